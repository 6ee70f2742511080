//! The TypeScript target: an npm package (`package.json`, `tsconfig.json`, built to `dist/`
//! when packed) around the source file `src/index.ts`. Codes keep their SCREAMING_SNAKE_CASE
//! names as keys; `packages.typescript` is the npm package's name, possibly scoped.

use askama::Template;
use errcodes_model::{Diagnostic, Spanned};
use errcodes_view::View;

use crate::naming::{default_package_name, invalid_package_name};
use crate::{Backend, Context, GeneratedFile, file, filters};

pub(crate) const TARGET: TypeScript = TypeScript;

pub(crate) struct TypeScript;

impl Backend for TypeScript {
    fn id(&self) -> &'static str {
        "typescript"
    }

    fn display_name(&self) -> &'static str {
        "TypeScript"
    }

    fn code_ident(&self, name: &str) -> Option<String> {
        Some(name.to_owned())
    }

    fn is_reserved(&self, ident: &str) -> bool {
        RESERVED.contains(&ident)
    }

    fn package_keys(&self) -> &'static [&'static str] {
        &["name"]
    }

    fn check_package_setting(&self, _key: &str, value: &Spanned<String>, out: &mut Vec<Diagnostic>) {
        if !is_npm_name(&value.value) {
            invalid_package_name(
                value,
                "npm package",
                "lower-case letters, digits, `-`, `.`, `_` and `~`, optionally scoped as `@scope/name`, at most 214 characters",
                out,
            );
        }
    }

    fn package(&self, cx: &Context<'_>) -> askama::Result<Vec<GeneratedFile>> {
        let (v, header, n) = (cx.view, cx.header, &Names::new(cx));
        Ok(vec![
            file("typescript/package.json".to_owned(), &Package { v, header, n })?,
            file("typescript/tsconfig.json".to_owned(), &Config { header })?,
            self.source(cx)?,
        ])
    }

    fn source(&self, cx: &Context<'_>) -> askama::Result<GeneratedFile> {
        let (v, header, n) = (cx.view, cx.header, &Names::new(cx));
        file("typescript/src/index.ts".to_owned(), &Index { v, header, n })
    }
}

/// The names only the TypeScript templates print.
pub(crate) struct Names {
    /// The npm package, `turing-error-codes` or a scoped name.
    package: String,
    /// The lookup function, `describeTuringErrorCode`.
    describe_fn: String,
    /// The type guard, `isTuringErrorCode`.
    guard_fn: String,
    /// The body parser, `parseTuringErrorBody`.
    parse_body_fn: String,
}

impl Names {
    fn new(cx: &Context<'_>) -> Self {
        let (code_type, stem) = (&cx.view.names.code_type, &cx.view.names.stem);
        Names {
            package: cx
                .setting("name")
                .map_or_else(|| default_package_name(cx.view), str::to_owned),
            describe_fn: format!("describe{code_type}"),
            guard_fn: format!("is{code_type}"),
            parse_body_fn: format!("parse{stem}Body"),
        }
    }
}

#[derive(Template)]
#[template(path = "typescript/index.ts")]
struct Index<'a> {
    v: &'a View,
    header: &'a [String],
    n: &'a Names,
}

#[derive(Template)]
#[template(path = "typescript/package.json")]
struct Package<'a> {
    v: &'a View,
    header: &'a [String],
    n: &'a Names,
}

#[derive(Template)]
#[template(path = "typescript/tsconfig.json")]
struct Config<'a> {
    header: &'a [String],
}

/// npm's rule for new packages.
fn is_npm_name(name: &str) -> bool {
    let part = |p: &str| {
        !p.is_empty()
            && !p.starts_with(['.', '_'])
            && p.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-._~".contains(c))
    };
    let valid = match name.strip_prefix('@') {
        Some(scoped) => scoped
            .split_once('/')
            .is_some_and(|(scope, rest)| part(scope) && part(rest)),
        None => part(name),
    };
    valid && name.len() <= 214
}

/// ECMAScript and TypeScript reserved words and the globals the generated module must not
/// shadow.
const RESERVED: &[&str] = &[
    "break",
    "case",
    "catch",
    "class",
    "const",
    "continue",
    "debugger",
    "default",
    "delete",
    "do",
    "else",
    "enum",
    "export",
    "extends",
    "false",
    "finally",
    "for",
    "function",
    "if",
    "import",
    "in",
    "instanceof",
    "new",
    "null",
    "return",
    "super",
    "switch",
    "this",
    "throw",
    "true",
    "try",
    "typeof",
    "var",
    "void",
    "while",
    "with",
    "as",
    "implements",
    "interface",
    "let",
    "package",
    "private",
    "protected",
    "public",
    "static",
    "yield",
    "any",
    "boolean",
    "number",
    "string",
    "symbol",
    "type",
    "undefined",
    "never",
    "unknown",
    "object",
    "Object",
    "Number",
    "String",
    "Boolean",
    "Symbol",
    "Array",
    "Record",
    "Readonly",
    "Error",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn npm_names() {
        assert!(is_npm_name("@turing/error-codes") && is_npm_name("error-codes"));
        for bad in ["Error", "@turing", "@/x", "_x", "a b"] {
            assert!(!is_npm_name(bad), "{bad}");
        }
    }
}

#[cfg(test)]
mod toolchain;
