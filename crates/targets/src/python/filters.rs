//! The Python templates' filters: the shared ones, and the two contexts only the Python
//! package writes (TOML strings in `pyproject.toml`, Markdown text in the README). Each
//! returns text marked safe, so the guard escaper lets it through.

use askama::filters::Safe;
use askama::{Result, Values};

pub(crate) use crate::filters::*;

/// `{{ s|toml_str }}`: a TOML basic string. A JSON string literal is one, but for DEL, which
/// JSON leaves as it is and TOML refuses in a string.
#[askama::filter_fn]
pub fn toml_str(s: impl AsRef<str>, _: &dyn Values) -> Result<Safe<String>> {
    Ok(Safe(
        crate::escape::json_str(s.as_ref()).replace('\u{7f}', "\\u007f"),
    ))
}

/// `{{ s|markdown_text }}`: Markdown inline text that renders as exactly `s`, its lines kept.
#[askama::filter_fn]
pub fn markdown_text(s: impl AsRef<str>, _: &dyn Values) -> Result<Safe<String>> {
    Ok(Safe(
        crate::escape::markdown_inline(s.as_ref()).join("\n"),
    ))
}
