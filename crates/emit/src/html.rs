//! The HTML target: one self-contained, searchable docs page. Styles and the filter script are
//! inline and fixed (no registry text reaches them); every value goes through askama's HTML
//! escaper, which is safe for text and double-quoted attributes.

use askama::Template;
use errcodes_view::View;

use crate::{GeneratedFile, file, filters};

#[derive(Template)]
#[template(path = "html/error-codes.html")]
struct Page<'a> {
    v: &'a View,
    header: &'a [String],
}

pub(crate) fn source(v: &View, header: &[String]) -> askama::Result<GeneratedFile> {
    file("docs/error-codes.html".to_owned(), &Page { v, header })
}

pub(crate) fn package(v: &View, header: &[String]) -> askama::Result<Vec<GeneratedFile>> {
    Ok(vec![source(v, header)?])
}
