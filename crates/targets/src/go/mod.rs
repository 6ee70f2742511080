//! The Go target: a module (`go.mod`, `README.md`, and `example_test.go`, examples that
//! `go test` runs and the docs show) around the source file `codes.go`, which also works alone, vendored into any
//! package. Codes are typed constants named the Go way (`HTTPTimeoutError`), categories
//! constants prefixed with `Category`, all in one package scope; `packages.go` sets the module
//! path and the package name. The manifest's template is `go/go.template.mod`, so that no Go
//! tool takes the templates folder for a module.

#[cfg(test)]
mod checks;
mod escape;
mod filters;
mod naming;
mod settings;
#[cfg(test)]
mod toolchain;

use std::collections::HashMap;

use askama::Template;
use errcodes_model::{Diagnostic, Spanned};
use errcodes_view::{CategoryView, CodeView, View};

use crate::{Backend, Context, GeneratedFile, file};

pub(crate) const TARGET: Go = Go;

pub(crate) struct Go;

impl Backend for Go {
    fn id(&self) -> &'static str {
        "go"
    }

    fn display_name(&self) -> &'static str {
        "Go"
    }

    fn code_ident(&self, name: &str) -> Option<String> {
        Some(naming::code_ident(name))
    }

    fn category_ident(&self, id: &str) -> Option<String> {
        Some(naming::category_ident(id))
    }

    fn is_reserved(&self, ident: &str) -> bool {
        naming::is_reserved(ident)
    }

    fn declared(&self, names: &errcodes_view::Names) -> Vec<String> {
        let mut declared = Declared::new(names).into_names();
        declared.extend([names.code_type.clone(), names.category_type.clone()]);
        declared
    }

    fn idents_share_scope(&self) -> bool {
        true
    }

    fn package_keys(&self) -> &'static [&'static str] {
        settings::KEYS
    }

    fn check_package_setting(&self, key: &str, value: &Spanned<String>, out: &mut Vec<Diagnostic>) {
        settings::check(key, value, out);
    }

    fn package(&self, cx: &Context<'_>, out: &mut dyn FnMut(GeneratedFile)) -> askama::Result<()> {
        let (v, header, n) = (cx.view, cx.header, &Names::new(cx));
        out(file("go/go.mod".to_owned(), &Module { header, n })?);
        out(codes(v, header, n)?);
        out(file("go/example_test.go".to_owned(), &Examples { v, header, n })?);
        out(file("go/README.md".to_owned(), &Readme { v, header, n })?);
        Ok(())
    }

    fn source(&self, cx: &Context<'_>) -> askama::Result<GeneratedFile> {
        codes(cx.view, cx.header, &Names::new(cx))
    }
}

/// `codes.go`, the source file.
fn codes(v: &View, header: &[String], n: &Names) -> askama::Result<GeneratedFile> {
    file("go/codes.go".to_owned(), &Codes { v, header, n })
}

/// The names only the Go templates print; the rest are the view's shared names.
pub(crate) struct Names {
    /// The module path, `github.com/turing/error-codes-go`.
    module: String,
    /// The package name, `turingerrors`.
    package: String,
    /// Whether an importer names the package in its import: the module path does not end in
    /// it (a major version suffix aside).
    aliased: bool,
    /// The package-level names derived from the enum's names.
    declared: Declared,
    /// The category constant the docs' examples use: the first retryable code's (a rate-limit
    /// category, typically), else the example code's, else the first category's.
    category_example: Option<String>,
    /// Each code's constant, by the code's name: the templates print it up to five times per
    /// code.
    codes: HashMap<String, String>,
    /// Each category's constant, by id: printed once per code of the category.
    categories: HashMap<String, String>,
}

impl Names {
    fn new(cx: &Context<'_>) -> Self {
        let names = &cx.view.names;
        let module = cx
            .setting("module")
            .map_or_else(|| settings::default_module(cx.view), str::to_owned);
        let package = cx
            .setting("package")
            .map_or_else(|| settings::default_package(cx.view), str::to_owned);
        let declared = Declared::new(names);
        let view = cx.view;
        let category_example = view
            .retry_example()
            .map(|c| view.category_of(c))
            .or(view.categories.first())
            .map(|c| naming::category_ident(&c.id));
        let codes = view
            .codes
            .iter()
            .map(|c| (c.name.clone(), naming::code_ident(&c.name)))
            .collect();
        let categories = view
            .categories
            .iter()
            .map(|c| (c.id.clone(), naming::category_ident(&c.id)))
            .collect();
        Names {
            aliased: last_element(&module) != package,
            module,
            package,
            declared,
            category_example,
            codes,
            categories,
        }
    }

    /// A code's constant, `HTTPTimeoutError`.
    fn code(&self, c: &CodeView) -> &str {
        &self.codes[&c.name]
    }

    /// A category's constant, `CategoryRateLimit`.
    fn category(&self, c: &CategoryView) -> &str {
        &self.categories[&c.id]
    }
}

/// The package-level names the generated file declares from the enum's names, besides the
/// code and category types. A code's constant must be none of them.
struct Declared {
    /// The stem, `TuringError`, or the body type's name when the enum's name does not end in
    /// `Code`.
    error_type: String,
    /// `LookupTuringErrorCode`.
    lookup_fn: String,
    /// `TuringErrorCodeByName`.
    by_name_fn: String,
    /// `TuringErrorCodes`.
    codes_fn: String,
    /// `TuringErrorCategories`.
    categories_fn: String,
    /// `ParseTuringError`.
    parse_fn: String,
    /// `ParseTuringErrorResponse`.
    parse_response_fn: String,
    /// The record of one code's facts, the view's `TuringErrorInfo`.
    info_type: String,
}

impl Declared {
    fn new(names: &errcodes_view::Names) -> Self {
        let error_type = if names.stem == names.code_type {
            names.body_type.clone()
        } else {
            names.stem.clone()
        };
        let code_type = &names.code_type;
        Declared {
            lookup_fn: format!("Lookup{code_type}"),
            by_name_fn: format!("{code_type}ByName"),
            codes_fn: format!("{code_type}s"),
            categories_fn: format!("{}Categories", names.stem),
            parse_fn: format!("Parse{error_type}"),
            parse_response_fn: format!("Parse{error_type}Response"),
            info_type: names.info_type.clone(),
            error_type,
        }
    }

    fn into_names(self) -> Vec<String> {
        vec![
            self.error_type,
            self.lookup_fn,
            self.by_name_fn,
            self.codes_fn,
            self.categories_fn,
            self.parse_fn,
            self.parse_response_fn,
            self.info_type,
        ]
    }
}

/// The last element of a module path, skipping a major version suffix (`/v2`).
fn last_element(module: &str) -> &str {
    let mut elements = module.rsplit('/');
    let last = elements.next().unwrap_or_default();
    let is_major = last.len() > 1
        && last.starts_with('v')
        && last[1..].chars().all(|c| c.is_ascii_digit());
    match elements.next() {
        Some(before) if is_major => before,
        _ => last,
    }
}

#[derive(Template)]
#[template(path = "go/codes.go")]
struct Codes<'a> {
    v: &'a View,
    header: &'a [String],
    n: &'a Names,
}

#[derive(Template)]
#[template(path = "go/example_test.go")]
struct Examples<'a> {
    v: &'a View,
    header: &'a [String],
    n: &'a Names,
}

#[derive(Template)]
#[template(path = "go/README.md")]
struct Readme<'a> {
    v: &'a View,
    header: &'a [String],
    n: &'a Names,
}

#[derive(Template)]
#[template(path = "go/go.template.mod")]
struct Module<'a> {
    header: &'a [String],
    n: &'a Names,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The names `Names` settles for a registry's text.
    fn names(text: &str) -> Names {
        let view = errcodes_testkit::view_of_text("registry.yaml", text);
        let header = crate::header(&view);
        Names::new(&Context::new(crate::Target(&TARGET), &view, &header))
    }

    #[test]
    fn the_short_form_sets_the_module_path() {
        let text = "version: 1\nenum: ShopErrorCode\npackages:\n  go: github.com/shop/codes\ndocs:\n  base_url: /docs/errors\ncategories:\n  - id: auth\n    label: Auth\ncodes:\n  - code: 1\n    name: NOT_SIGNED_IN\n    http: 401\n    category: auth\n    message: Not signed in\n";
        let n = names(text);
        assert_eq!(n.module, "github.com/shop/codes");
        assert_eq!(n.package, "shoperrorcodes");
    }

    /// Every function and type the source declares at package level, read from the rendered
    /// file, is a name `declared` keeps codes and categories from becoming.
    #[test]
    fn every_package_level_name_is_declared() {
        let text = std::fs::read_to_string(errcodes_testkit::repo_root().join("registry.yaml"))
            .unwrap();
        for enum_name in ["TuringErrorCode", "ShopStatus"] {
            let view = errcodes_testkit::view_of_text(
                "registry.yaml",
                &text.replacen("enum: TuringErrorCode", &format!("enum: {enum_name}"), 1),
            );
            let source = crate::testing::source("go", &view);
            let declared: Vec<&str> = source
                .lines()
                .filter_map(|line| {
                    let rest = line
                        .strip_prefix("func ")
                        .or_else(|| line.strip_prefix("type "))?;
                    let end = rest.find(|c: char| !c.is_alphanumeric() && c != '_')?;
                    Some(&rest[..end])
                })
                .filter(|name| !name.is_empty())
                .collect();
            if enum_name == "TuringErrorCode" {
                for name in ["TuringErrorInfo", "ParseTuringErrorResponse", "TuringError"] {
                    assert!(declared.contains(&name), "{name} in {declared:?}");
                }
            }
            let listed = TARGET.declared(&view.names);
            for name in declared {
                assert!(
                    listed.iter().any(|l| l == name),
                    "`{name}`, declared by the {enum_name} source, is in Backend::declared"
                );
            }
        }
    }

    #[test]
    fn imports_are_aliased_unless_the_path_ends_in_the_package() {
        assert_eq!(last_element("github.com/turing/error-codes-go"), "error-codes-go");
        assert_eq!(last_element("example.com/turingerrors/v2"), "turingerrors");
        assert_eq!(last_element("example.com/v2"), "example.com");
        assert_eq!(last_element("example.com/vx"), "vx");
    }

    #[test]
    fn names_follow_the_enum() {
        let text = std::fs::read_to_string(errcodes_testkit::repo_root().join("registry.yaml"))
            .unwrap();
        for (enum_name, error, parse) in [
            ("TuringErrorCode", "TuringError", "ParseTuringError"),
            ("ShopStatus", "ShopStatusBody", "ParseShopStatusBody"),
        ] {
            let n = names(&text.replacen("enum: TuringErrorCode", &format!("enum: {enum_name}"), 1));
            assert_eq!(
                (n.declared.error_type.as_str(), n.declared.parse_fn.as_str()),
                (error, parse)
            );
            assert_eq!(n.module, "github.com/turing/error-codes-go");
            assert_eq!((n.package.as_str(), n.aliased), ("turingerrors", true));
        }
    }
}
