//! The TypeScript target: an npm package that needs no build step. errcodes writes the
//! vendorable source `src/index.ts` and, from one template each, the JavaScript it compiles
//! to as ES module and CommonJS (`dist/index.js`, `dist/index.cjs`) and their declarations
//! (`dist/index.d.ts`, `dist/index.d.cts`), so a folder or workspace install works as is.
//! Codes keep their SCREAMING_SNAKE_CASE names as keys; each category gets an error class.
//! `packages.typescript` is the npm package's name, possibly scoped.

mod names;

use askama::Template;
use errcodes_model::{Diagnostic, Spanned};
use errcodes_view::View;

use crate::naming::invalid_package_name;
use crate::{Backend, Context, GeneratedFile, file, filters};

pub(crate) use names::Names;

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

    fn package(&self, cx: &Context<'_>, out: &mut dyn FnMut(GeneratedFile)) -> askama::Result<()> {
        let (v, header, n) = (cx.view, cx.header, &Names::new(cx));
        let tables = &Tables::new(v, n)?;
        let module = |cjs| Module {
            v,
            header,
            n,
            tables,
            cjs,
            export: if cjs { "" } else { "export " },
        };
        out(file("typescript/package.json".to_owned(), &Package { v, header, n })?);
        out(file("typescript/tsconfig.json".to_owned(), &Config { header })?);
        out(file("typescript/README.md".to_owned(), &Readme { v, header, n })?);
        out(index(v, header, n, tables)?);
        out(file("typescript/dist/index.js".to_owned(), &module(false))?);
        out(file("typescript/dist/index.cjs".to_owned(), &module(true))?);
        // The ESM and CommonJS declarations are the same text: rendered once.
        let types = Declarations { v, header, n }.render()?;
        out(GeneratedFile {
            path: "typescript/dist/index.d.ts".to_owned(),
            contents: types.clone(),
        });
        out(GeneratedFile {
            path: "typescript/dist/index.d.cts".to_owned(),
            contents: types,
        });
        Ok(())
    }

    fn source(&self, cx: &Context<'_>) -> askama::Result<GeneratedFile> {
        let n = &Names::new(cx);
        index(cx.view, cx.header, n, &Tables::new(cx.view, n)?)
    }
}

/// `src/index.ts`, the source file.
fn index(v: &View, header: &[String], n: &Names, tables: &Tables) -> askama::Result<GeneratedFile> {
    file(
        "typescript/src/index.ts".to_owned(),
        &Index {
            v,
            header,
            n,
            tables,
        },
    )
}

/// The four tables the source and both JavaScript files print alike (the category list, the
/// codes object, the info table, the class table), rendered once per package.
struct Tables {
    categories: String,
    codes: String,
    info: String,
    classes: String,
}

impl Tables {
    fn new(v: &View, n: &Names) -> askama::Result<Self> {
        let table = |table| Table { v, n, table }.render();
        Ok(Tables {
            categories: table("categories")?,
            codes: table("codes")?,
            info: table("info")?,
            classes: table("classes")?,
        })
    }
}

/// One of [`Tables`], named by `table`.
#[derive(Template)]
#[template(path = "typescript/tables.js")]
struct Table<'a> {
    v: &'a View,
    n: &'a Names,
    table: &'a str,
}

/// `src/index.ts`: the source an SDK can vendor.
#[derive(Template)]
#[template(path = "typescript/index.ts")]
struct Index<'a> {
    v: &'a View,
    header: &'a [String],
    n: &'a Names,
    tables: &'a Tables,
}

/// `dist/index.js` (`cjs` false) or `dist/index.cjs`: the source's JavaScript, one template
/// for both module systems.
#[derive(Template)]
#[template(path = "typescript/index.js")]
struct Module<'a> {
    v: &'a View,
    header: &'a [String],
    n: &'a Names,
    tables: &'a Tables,
    cjs: bool,
    /// What each exported declaration starts with: `export ` in an ES module; CommonJS
    /// assigns `exports` at the end instead.
    export: &'static str,
}

/// `dist/index.d.ts` and `dist/index.d.cts`, the same text: the JavaScript's declarations.
#[derive(Template)]
#[template(path = "typescript/index.d.ts")]
struct Declarations<'a> {
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

#[derive(Template)]
#[template(path = "typescript/README.md")]
struct Readme<'a> {
    v: &'a View,
    header: &'a [String],
    n: &'a Names,
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
