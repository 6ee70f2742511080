//! The type names every target shares, derived once from the registry's `enum`. Names that
//! only one language uses (its functions, its package's name) live in that target's folder.

use heck::{ToShoutySnakeCase, ToSnakeCase, ToUpperCamelCase};
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
    /// The base error class of the SDKs that have error classes, `TuringError`: the stem when
    /// it ends in `Error` and is not the code type's own name (an `enum` without `Code`), else
    /// the stem with `Error` added, so that it never takes the codes' name.
    pub error_type: String,
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
            error_type: if stem.ends_with("Error") && stem != code_type {
                stem.to_owned()
            } else {
                format!("{stem}Error")
            },
            info_const: format!("{stem}Info").to_shouty_snake_case(),
            snake_module: code_type.to_snake_case(),
        }
    }
}

impl Names {
    /// A category's error class, a subclass of [`Names::error_type`]: the category's id in
    /// UpperCamelCase before the base's `Error`, `TuringRateLimitError`.
    pub fn category_error(&self, category_id: &str) -> String {
        let prefix = self
            .error_type
            .strip_suffix("Error")
            .unwrap_or(&self.error_type);
        format!("{prefix}{}Error", category_id.to_upper_camel_case())
    }
}

#[cfg(test)]
mod tests {
    use super::Names;

    #[test]
    fn error_classes_follow_the_stem() {
        let turing = Names::new("TuringErrorCode");
        assert_eq!(turing.error_type, "TuringError");
        assert_eq!(turing.category_error("rate_limit"), "TuringRateLimitError");
        assert_eq!(Names::new("ShopCode").error_type, "ShopError");
        let no_code = Names::new("ShopError");
        assert_eq!(no_code.error_type, "ShopErrorError");
        assert_eq!(no_code.category_error("payment"), "ShopErrorPaymentError");
        assert_eq!(Names::new("Codes").category_error("auth"), "CodesAuthError");
    }
}
