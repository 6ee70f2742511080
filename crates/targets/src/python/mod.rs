//! The Python target: a distribution (`pyproject.toml`, built by flit, and the `README.md`
//! PyPI shows) holding the typed package `<module>/` with the source file `__init__.py` and
//! the PEP 561 marker `py.typed`. Codes are `IntEnum` members under their own names,
//! categories SCREAMING_SNAKE_CASE members, and each category has an exception class under
//! the base `TuringError`; `packages.python` is the distribution's name, imported in
//! snake_case.

mod filters;
mod metadata;
mod names;

use askama::Template;
use errcodes_model::{Diagnostic, Spanned};
use errcodes_view::{CodeView, View};
use heck::ToShoutySnakeCase;

use crate::naming::invalid_package_name;
use crate::{Backend, Context, GeneratedFile, file};
use metadata::Meta;
use names::Names;

pub(crate) const TARGET: Python = Python;

pub(crate) struct Python;

impl Backend for Python {
    fn id(&self) -> &'static str {
        "python"
    }

    fn display_name(&self) -> &'static str {
        "Python"
    }

    fn code_ident(&self, name: &str) -> Option<String> {
        Some(name.to_owned())
    }

    fn category_ident(&self, id: &str) -> Option<String> {
        Some(member(id))
    }

    fn is_reserved(&self, ident: &str) -> bool {
        RESERVED.contains(&ident)
    }

    fn package_keys(&self) -> &'static [&'static str] {
        &["name"]
    }

    fn check_package_setting(&self, _key: &str, value: &Spanned<String>, out: &mut Vec<Diagnostic>) {
        if !is_distribution_name(&value.value) {
            invalid_package_name(
                value,
                "Python distribution",
                "letters, digits, `-`, `_` and `.`, starting and ending with a letter or digit, and an import name that is not a Python keyword",
                out,
            );
        }
    }

    fn package(&self, cx: &Context<'_>, out: &mut dyn FnMut(GeneratedFile)) -> askama::Result<()> {
        let (v, header, n) = (cx.view, cx.header, &Names::new(cx));
        let meta = &Meta::new(v);
        let example = v.retry_example();
        out(file("python/pyproject.toml".to_owned(), &Project { v, header, n, meta })?);
        out(file("python/README.md".to_owned(), &Readme { v, header, n, example })?);
        out(self.source(cx)?);
        out(GeneratedFile {
            path: format!("python/{}/py.typed", n.module),
            contents: String::new(),
        });
        Ok(())
    }

    fn source(&self, cx: &Context<'_>) -> askama::Result<GeneratedFile> {
        let (v, header, n) = (cx.view, cx.header, &Names::new(cx));
        file(format!("python/{}/__init__.py", n.module), &Init { v, header, n })
    }
}

#[derive(Template)]
#[template(path = "python/__init__.py")]
struct Init<'a> {
    v: &'a View,
    header: &'a [String],
    n: &'a Names,
}

#[derive(Template)]
#[template(path = "python/pyproject.toml")]
struct Project<'a> {
    v: &'a View,
    header: &'a [String],
    n: &'a Names,
    meta: &'a Meta,
}

#[derive(Template)]
#[template(path = "python/README.md")]
struct Readme<'a> {
    v: &'a View,
    header: &'a [String],
    n: &'a Names,
    /// The code whose category the usage section catches.
    example: Option<&'a CodeView>,
}

/// The member a category id becomes: `rate_limit` is `RATE_LIMIT`.
fn member(id: &str) -> String {
    id.to_shouty_snake_case()
}

/// The import name of a distribution: lower case, with `-` and `.` as `_`
/// (`turing-error-codes` is imported as `turing_error_codes`).
fn module(distribution: &str) -> String {
    distribution.to_ascii_lowercase().replace(['-', '.'], "_")
}

/// PyPI's rule, and an import name Python accepts.
fn is_distribution_name(name: &str) -> bool {
    let edges_ok = name.starts_with(|c: char| c.is_ascii_alphanumeric())
        && name.ends_with(|c: char| c.is_ascii_alphanumeric());
    let module = module(name);
    edges_ok
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
        && !module.starts_with(|c: char| c.is_ascii_digit())
        && !RESERVED.contains(&module.as_str())
}

/// Python's keywords and soft keywords, and names `IntEnum` itself defines.
const RESERVED: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield", "match", "case", "type", "_", "name", "value", "mro",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distribution_names() {
        assert!(is_distribution_name("turing-error-codes"));
        assert!(!is_distribution_name("-x") && !is_distribution_name("1codes"));
        assert_eq!(module("Turing-Error.Codes"), "turing_error_codes");
    }

    #[test]
    fn category_members() {
        assert_eq!(Python.category_ident("rate_limit").unwrap(), "RATE_LIMIT");
    }
}

#[cfg(test)]
mod toolchain;
