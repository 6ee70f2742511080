//! Every name a target prints, derived once from the registry's `enum` and `packages:`.

use errcodes_model::{Packages, python_module};
use heck::{ToKebabCase, ToShoutySnakeCase, ToSnakeCase};
use serde::Serialize;

/// Names derived from the registry's `enum`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Names {
    /// The code enum, `TuringErrorCode`.
    pub code_type: String,
    /// The enum name without a trailing `Code`, `TuringError`.
    pub stem: String,
    /// The category enum, `TuringErrorCategory`.
    pub category_type: String,
    /// The metadata record type, `TuringErrorInfo`.
    pub info_type: String,
    /// The union of names, `TuringErrorName`.
    pub name_type: String,
    /// The response body type, `TuringErrorBody`.
    pub body_type: String,
    /// The metadata table constant, `TURING_ERROR_INFO`.
    pub info_const: String,
    /// TypeScript lookup function, `describeTuringErrorCode`.
    pub ts_describe_fn: String,
    /// TypeScript type guard, `isTuringErrorCode`.
    pub ts_guard_fn: String,
    /// TypeScript body parser, `parseTuringErrorBody`.
    pub ts_parse_body_fn: String,
    /// Rust error of `TryFrom<u16>`, `UnknownTuringErrorCode`.
    pub rust_unknown_code: String,
    /// Rust error of `FromStr`, `UnknownTuringErrorName`.
    pub rust_unknown_name: String,
    /// Rust's private metadata struct of a code, `TuringErrorCodeMeta` (prefixed so that
    /// `include!` cannot clash with other items).
    pub rust_code_meta: String,
    /// The same for a category, `TuringErrorCategoryMeta`.
    pub rust_category_meta: String,
    /// `turing_error_code`, for prose.
    pub snake_module: String,
    /// The Python module's `__all__`, sorted as isort and ruff sort it (constants, classes,
    /// then the rest).
    pub python_exports: Vec<String>,
    /// The packages.
    pub packages: PackageNames,
}

/// The generated packages' names and version, from `packages:` or derived from the enum.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PackageNames {
    /// `MAJOR.MINOR.PATCH` of every package (default `0.1.0`).
    pub version: String,
    /// The crate, `turing-error-codes`.
    pub rust_crate: String,
    /// The crate as Rust code names it, `turing_error_codes`.
    pub rust_lib: String,
    /// The npm package, `turing-error-codes` or a scoped name.
    pub npm: String,
    /// The Python distribution, `turing-error-codes`.
    pub python_dist: String,
    /// The Python import name, `turing_error_codes`.
    pub python_module: String,
    /// One line on what the packages hold.
    pub description: String,
}

/// The version packages get when the registry names none.
pub const DEFAULT_PACKAGE_VERSION: &str = "0.1.0";

impl Names {
    pub(crate) fn new(code_type: &str, packages: &Packages) -> Self {
        let stem = code_type
            .strip_suffix("Code")
            .filter(|s| !s.is_empty())
            .unwrap_or(code_type);
        Names {
            code_type: code_type.to_owned(),
            stem: stem.to_owned(),
            category_type: format!("{stem}Category"),
            info_type: format!("{stem}Info"),
            name_type: format!("{stem}Name"),
            body_type: format!("{stem}Body"),
            info_const: format!("{stem}Info").to_shouty_snake_case(),
            ts_describe_fn: format!("describe{code_type}"),
            ts_guard_fn: format!("is{code_type}"),
            ts_parse_body_fn: format!("parse{stem}Body"),
            rust_unknown_code: format!("Unknown{code_type}"),
            rust_unknown_name: format!("Unknown{stem}Name"),
            rust_code_meta: format!("{code_type}Meta"),
            rust_category_meta: format!("{stem}CategoryMeta"),
            snake_module: code_type.to_snake_case(),
            python_exports: python_exports(&[
                format!("{stem}Body"),
                format!("{stem}Category"),
                code_type.to_owned(),
                format!("{stem}Info").to_shouty_snake_case(),
                format!("{stem}Info"),
            ]),
            packages: PackageNames::new(code_type, packages),
        }
    }
}

/// isort's order for `__all__`: SCREAMING_CASE, then CamelCase, then the rest.
fn python_exports(names: &[String]) -> Vec<String> {
    let mut names = names.to_vec();
    names.sort_by_key(|n| {
        let class = if n.chars().all(|c| !c.is_ascii_lowercase()) {
            0
        } else if n.starts_with(|c: char| c.is_ascii_uppercase()) {
            1
        } else {
            2
        };
        (class, n.clone())
    });
    names
}

impl PackageNames {
    fn new(code_type: &str, packages: &Packages) -> Self {
        let default = format!("{}s", code_type.to_kebab_case());
        let named = |name: &Option<errcodes_model::Spanned<String>>| {
            name.as_ref()
                .map_or_else(|| default.clone(), |n| n.value.clone())
        };
        let rust_crate = named(&packages.rust);
        let python_dist = named(&packages.python);
        PackageNames {
            version: packages
                .version
                .as_ref()
                .map_or_else(|| DEFAULT_PACKAGE_VERSION.to_owned(), |v| v.value.clone()),
            rust_lib: rust_crate.replace('-', "_"),
            rust_crate,
            npm: named(&packages.typescript),
            python_module: python_module(&python_dist),
            description: format!("The error codes of the {code_type} registry."),
            python_dist,
        }
    }
}
