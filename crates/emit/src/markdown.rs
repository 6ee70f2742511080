//! The Markdown target: the docs page (error body, index, anchored table, retired codes,
//! troubleshooting guides, feedback), and the index region alone for `gen --inject`, which
//! splices it into a hand-written page.

use askama::Template;
use errcodes_view::View;

use crate::{GeneratedFile, file, filters};

#[derive(Template)]
#[template(path = "markdown/error-codes.md")]
struct Page<'a> {
    v: &'a View,
    header: &'a [String],
}

#[derive(Template)]
#[template(path = "markdown/region.md")]
struct Region<'a> {
    v: &'a View,
    version: &'static str,
}

pub(crate) fn source(v: &View, header: &[String]) -> askama::Result<GeneratedFile> {
    file("docs/error-codes.md".to_owned(), &Page { v, header })
}

pub(crate) fn package(v: &View, header: &[String]) -> askama::Result<Vec<GeneratedFile>> {
    Ok(vec![source(v, header)?])
}

/// What goes between the markers of a hand-written page: a one-line header comment, then the
/// index and the tables, ending with a newline.
pub(crate) fn region(v: &View) -> askama::Result<String> {
    Region {
        v,
        version: crate::VERSION,
    }
    .render()
}
