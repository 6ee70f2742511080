//! The template filters, one per output context. Each returns text marked safe, so the guard
//! escaper lets it through; anything printed without one of these is refused by the guard.

use askama::filters::Safe;
use askama::{Result, Values};

use crate::escape;

/// `{{ s|rust_str }}`: a Rust string literal.
#[askama::filter_fn]
pub fn rust_str(s: impl AsRef<str>, _: &dyn Values) -> Result<Safe<String>> {
    Ok(Safe(escape::rust_str(s.as_ref())))
}

/// `{{ s|json_str }}`: a TypeScript string literal.
#[askama::filter_fn]
pub fn json_str(s: impl AsRef<str>, _: &dyn Values) -> Result<Safe<String>> {
    Ok(Safe(escape::json_str(s.as_ref())))
}

/// `{{ s|yaml_str }}`: a YAML double-quoted scalar that every YAML reader reads back.
#[askama::filter_fn]
pub fn yaml_str(s: impl AsRef<str>, _: &dyn Values) -> Result<Safe<String>> {
    Ok(Safe(escape::yaml_str(s.as_ref())))
}

/// `{{ s|python_str }}`: a Python string literal, in ASCII.
#[askama::filter_fn]
pub fn python_str(s: impl AsRef<str>, _: &dyn Values) -> Result<Safe<String>> {
    Ok(Safe(escape::python_str(s.as_ref())))
}

/// `{{ s|doc_lines("    /// ") }}`: doc-comment lines with the given prefix.
#[askama::filter_fn]
pub fn doc_lines(s: impl AsRef<str>, _: &dyn Values, prefix: &str) -> Result<Safe<String>> {
    Ok(Safe(escape::doc_lines(s.as_ref(), prefix)))
}

/// `{{ s|doc_text("    /// ") }}`: the text itself as comment lines, to be read back.
#[askama::filter_fn]
pub fn doc_text(s: impl AsRef<str>, _: &dyn Values, prefix: &str) -> Result<Safe<String>> {
    Ok(Safe(escape::comment_text(s.as_ref(), prefix)))
}

/// `{{ s|python_doc("    ") }}`: the inside of a Python docstring.
#[askama::filter_fn]
pub fn python_doc(s: impl AsRef<str>, _: &dyn Values, indent: &str) -> Result<Safe<String>> {
    Ok(Safe(escape::python_doc(s.as_ref(), indent)))
}

/// `{{ s|markdown_code }}`: a Markdown code span, in a table cell.
#[askama::filter_fn]
pub fn markdown_code(s: impl AsRef<str>, _: &dyn Values) -> Result<Safe<String>> {
    Ok(Safe(escape::markdown_code(s.as_ref())))
}

/// `{{ s|markdown_fence }}`: the fence of a code block that holds `s`.
#[askama::filter_fn]
pub fn markdown_fence(s: impl AsRef<str>, _: &dyn Values) -> Result<Safe<String>> {
    Ok(Safe(escape::markdown_fence(s.as_ref())))
}

/// `{{ url|markdown_link_url }}`: a link destination, `<url>`.
#[askama::filter_fn]
pub fn markdown_link_url(s: impl AsRef<str>, _: &dyn Values) -> Result<Safe<String>> {
    Ok(Safe(escape::markdown_link_url(s.as_ref())))
}

/// `{{ s|html_json_str }}`: a JSON string literal shown in HTML text (JSON-escaped, then
/// HTML-escaped). The HTML template's other values go through askama's own HTML escaper.
#[askama::filter_fn]
pub fn html_json_str(s: impl AsRef<str>, _: &dyn Values) -> Result<Safe<String>> {
    Ok(Safe(escape::html(&escape::json_str(s.as_ref()))))
}

/// `{{ s|markdown_code_span }}`: a Markdown code span, outside a table.
#[askama::filter_fn]
pub fn markdown_code_span(s: impl AsRef<str>, _: &dyn Values) -> Result<Safe<String>> {
    Ok(Safe(escape::markdown_code_span(s.as_ref())))
}

/// `{{ s|markdown_cell }}`: a Markdown table cell.
#[askama::filter_fn]
pub fn markdown_cell(s: impl AsRef<str>, _: &dyn Values) -> Result<Safe<String>> {
    Ok(Safe(escape::markdown_cell(s.as_ref())))
}
