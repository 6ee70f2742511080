//! The Rust target: a std-only crate ready to publish (`Cargo.toml` with the registry's package
//! metadata, a `README.md`, `src/lib.rs` with tested examples) around the source file
//! `src/codes.rs`, which also works alone through `include!`. Its names are UpperCamelCase
//! variants; `packages.rust` is the crate's name.
//!
//! The enum's API (`templates/rust/api.rs`) has one source: the source file includes it after
//! the enum it generates, and `#[derive(ErrorCode)]` renders it through [`derive_api`] after
//! the enum a person wrote.

use std::borrow::Cow;
use std::collections::HashMap;

use askama::Template;
use errcodes_model::{Diagnostic, RETRYABLE_STATUSES, Spanned};
use errcodes_view::{CategoryView, CodeView, View};

use crate::naming::{default_package_name, invalid_package_name};
use crate::{Backend, Context, EmitError, GeneratedFile, file, filters};

pub(crate) const TARGET: Rust = Rust;

pub(crate) struct Rust;

impl Backend for Rust {
    fn id(&self) -> &'static str {
        "rust"
    }

    fn display_name(&self) -> &'static str {
        "Rust"
    }

    fn code_ident(&self, name: &str) -> Option<String> {
        Some(variant(name))
    }

    fn category_ident(&self, id: &str) -> Option<String> {
        Some(variant(id))
    }

    fn is_reserved(&self, ident: &str) -> bool {
        RESERVED.contains(&ident)
    }

    fn package_keys(&self) -> &'static [&'static str] {
        &["name"]
    }

    fn check_package_setting(&self, _key: &str, value: &Spanned<String>, out: &mut Vec<Diagnostic>) {
        if !is_crate_name(&value.value) {
            invalid_package_name(
                value,
                "Rust crate",
                "letters, digits, `-` and `_`, starting with a letter, at most 64 characters",
                out,
            );
        }
    }

    fn package(&self, cx: &Context<'_>, out: &mut dyn FnMut(GeneratedFile)) -> askama::Result<()> {
        let (v, header, n) = (cx.view, cx.header, &Names::new(cx));
        out(file("rust/Cargo.toml".to_owned(), &Manifest { v, header, n })?);
        out(file("rust/README.md".to_owned(), &Readme { v, header, n })?);
        out(file("rust/src/lib.rs".to_owned(), &Lib { v, header, n })?);
        out(self.source(cx)?);
        Ok(())
    }

    fn source(&self, cx: &Context<'_>) -> askama::Result<GeneratedFile> {
        let (v, header, n) = (cx.view, cx.header, &Names::new(cx));
        file("rust/src/codes.rs".to_owned(), &Codes { v, header, n })
    }
}

/// The names only the Rust templates print.
pub(crate) struct Names {
    /// The crate, `turing-error-codes`.
    crate_name: String,
    /// The crate as Rust code names it, `turing_error_codes`.
    lib: String,
    /// The error of `TryFrom<u16>`, `UnknownTuringErrorCode`.
    unknown_code: String,
    /// The error of `FromStr`, `UnknownTuringErrorName`.
    unknown_name: String,
    /// The private metadata struct of a code, `TuringErrorCodeMeta` (prefixed so that
    /// `include!` cannot clash with other items).
    code_meta: String,
    /// The same for a category, `TuringErrorCategoryMeta`.
    category_meta: String,
    /// Each code's variant, by code: this target's own names, or, when `#[derive(ErrorCode)]`
    /// renders, the variants of the enum a person wrote, which need not be the same. The
    /// templates print each up to four times.
    variants: HashMap<u16, String>,
    /// Each category's variant, by id.
    categories: HashMap<String, String>,
    /// The HTTP statuses a retry can cure, the fallback of an unknown code's retryability.
    retryable_statuses: &'static [u16],
    /// Whether the body type derives serde's traits under the `serde` feature: in the crate
    /// and the vendored file, not under the derive (the deriving crate may have no such
    /// feature, and an undeclared one warns).
    serde: bool,
}

impl Names {
    fn new(cx: &Context<'_>) -> Self {
        let crate_name = cx
            .setting("name")
            .map_or_else(|| default_package_name(cx.view), str::to_owned);
        let (code_type, stem) = (&cx.view.names.code_type, &cx.view.names.stem);
        Names {
            lib: crate_name.replace('-', "_"),
            crate_name,
            unknown_code: format!("Unknown{code_type}"),
            unknown_name: format!("Unknown{stem}Name"),
            code_meta: format!("{code_type}Meta"),
            category_meta: format!("{stem}CategoryMeta"),
            variants: cx
                .view
                .codes
                .iter()
                .map(|c| (c.code, variant(&c.name)))
                .collect(),
            categories: cx
                .view
                .categories
                .iter()
                .map(|c| (c.id.clone(), variant(&c.id)))
                .collect(),
            retryable_statuses: &RETRYABLE_STATUSES,
            serde: true,
        }
    }

    /// A code's variant, `HttpTimeoutError`.
    fn variant(&self, c: &CodeView) -> Cow<'_, str> {
        self.variants
            .get(&c.code)
            .map_or_else(|| Cow::Owned(variant(&c.name)), |v| Cow::Borrowed(v.as_str()))
    }

    /// A category's variant, `RateLimit`.
    fn category(&self, c: &CategoryView) -> &str {
        &self.categories[&c.id]
    }
}

#[derive(Template)]
#[template(path = "rust/codes.rs")]
struct Codes<'a> {
    v: &'a View,
    header: &'a [String],
    n: &'a Names,
}

#[derive(Template)]
#[template(path = "rust/api.rs")]
struct Api<'a> {
    v: &'a View,
    n: &'a Names,
}

/// The API `#[derive(ErrorCode)]` adds to an enum a person wrote, whose variants are
/// `variants` (by code): the same text `src/codes.rs` holds after its own enum.
pub fn derive_api(view: &View, variants: HashMap<u16, String>) -> Result<String, EmitError> {
    let header = crate::header(view);
    let cx = Context::new(crate::Target(&TARGET), view, &header);
    let n = &Names {
        variants,
        serde: false,
        ..Names::new(&cx)
    };
    Api { v: view, n }.render().map_err(|source| EmitError {
        target: TARGET.display_name(),
        source,
    })
}

#[derive(Template)]
#[template(path = "rust/lib.rs")]
struct Lib<'a> {
    v: &'a View,
    header: &'a [String],
    n: &'a Names,
}

#[derive(Template)]
#[template(path = "rust/Cargo.template.toml")]
struct Manifest<'a> {
    v: &'a View,
    header: &'a [String],
    n: &'a Names,
}

impl Manifest<'_> {
    /// Where docs.rs publishes the crate's API docs.
    fn documentation(&self) -> String {
        format!("https://docs.rs/{}", self.n.crate_name)
    }
}

#[derive(Template)]
#[template(path = "rust/README.md")]
struct Readme<'a> {
    v: &'a View,
    header: &'a [String],
    n: &'a Names,
}

impl Readme<'_> {
    /// The code the usage example fails with: the first retryable one, whose category and
    /// retry are worth showing, else the docs' example code.
    fn example(&self) -> Option<&CodeView> {
        self.v.retry_example()
    }
}

/// The variant a code name or category id becomes: `HTTP_TIMEOUT_ERROR` is
/// `HttpTimeoutError`, `rate_limit` is `RateLimit`.
pub(crate) fn variant(name: &str) -> String {
    crate::naming::upper_camel(name)
}

/// crates.io's rule.
fn is_crate_name(name: &str) -> bool {
    name.len() <= 64
        && name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// Rust's strict and reserved keywords (2024 edition), plus names the generated module
/// defines itself.
const RESERVED: &[&str] = &[
    "as", "async", "await", "break", "const", "continue", "crate", "dyn", "else", "enum", "extern",
    "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut",
    "pub", "ref", "return", "self", "Self", "static", "struct", "super", "trait", "true", "type",
    "unsafe", "use", "where", "while", "abstract", "become", "box", "do", "final", "macro",
    "override", "priv", "try", "typeof", "unsized", "virtual", "yield", "union",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn idents_are_upper_camel_and_can_collide() {
        assert_eq!(Rust.code_ident("HTTP_TIMEOUT_ERROR").unwrap(), "HttpTimeoutError");
        assert_eq!(Rust.code_ident("FOO_BAR1"), Rust.code_ident("FOO_BAR_1"));
        assert!(Rust.is_reserved(&Rust.code_ident("SELF").unwrap()));
        assert_eq!(Rust.category_ident("rate_limit").unwrap(), "RateLimit");
    }

    #[test]
    fn crate_names() {
        assert!(is_crate_name("turing-error-codes"));
        assert!(!is_crate_name("1x") && !is_crate_name("a b"));
    }
}

#[cfg(test)]
mod toolchain;
