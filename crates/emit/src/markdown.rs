//! The Markdown target: the docs table, one anchored row per code.

use askama::Template;
use errcodes_view::View;

use crate::{GeneratedFile, file, filters};

#[derive(Template)]
#[template(path = "markdown/error-codes.md")]
struct Page<'a> {
    v: &'a View,
    header: &'a [String],
}

pub(crate) fn source(v: &View, header: &[String]) -> askama::Result<GeneratedFile> {
    file("docs/error-codes.md".to_owned(), &Page { v, header })
}

pub(crate) fn package(v: &View, header: &[String]) -> askama::Result<Vec<GeneratedFile>> {
    Ok(vec![source(v, header)?])
}
