//! The type names every target shares, derived once from the registry's `enum`. Names that
//! only one language uses (its functions, its package's name) live in that target's folder.

use heck::{ToShoutySnakeCase, ToSnakeCase};
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
    /// `turing_error_code`, for prose.
    pub snake_module: String,
}

/// The version packages get when the registry names none.
pub const DEFAULT_PACKAGE_VERSION: &str = "0.1.0";

impl Names {
    /// The names of the registry whose enum is `code_type`.
    pub fn new(code_type: &str) -> Self {
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
            snake_module: code_type.to_snake_case(),
        }
    }
}
