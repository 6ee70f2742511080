//! The Go templates' filters, one per output context, wrapping [`super::escape`]. Each returns
//! text marked safe, so the guard escaper lets it through. The README's Markdown filters are
//! the shared ones, re-exported so that every Go template finds its filters here.

use askama::filters::Safe;
use askama::{Result, Values};

use super::escape;

pub use crate::filters::{doc_lines, markdown_code_span, markdown_fence, markdown_link_url};

/// `{{ s|go_str }}`: a Go interpreted string literal, in ASCII.
#[askama::filter_fn]
pub fn go_str(s: impl AsRef<str>, _: &dyn Values) -> Result<Safe<String>> {
    Ok(Safe(escape::go_str(s.as_ref())))
}

/// `{{ s|go_quote }}`: text quoted in a `//` doc comment, which gofmt leaves alone.
#[askama::filter_fn]
pub fn go_quote(s: impl AsRef<str>, _: &dyn Values) -> Result<Safe<String>> {
    Ok(Safe(escape::go_quote(s.as_ref())))
}

/// `{{ path|go_mod_token }}`: a module path in `go.mod`.
#[askama::filter_fn]
pub fn go_mod_token(s: impl AsRef<str>, _: &dyn Values) -> Result<Safe<String>> {
    Ok(Safe(escape::go_mod_token(s.as_ref())))
}
