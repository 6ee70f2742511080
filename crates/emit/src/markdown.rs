//! The Markdown target: the Markdown docs table, one anchored row per code, from `templates/markdown.md`.

use askama::Template;
use errcodes_view::View;

use crate::filters;

#[derive(Template)]
#[template(path = "markdown.md")]
struct MarkdownModule<'a> {
    v: &'a View,
    header: &'a [String],
}

pub(crate) fn path(_view: &View) -> String {
    "docs/error-codes.md".to_owned()
}

pub(crate) fn render(view: &View, header: &[String]) -> askama::Result<String> {
    MarkdownModule { v: view, header }.render()
}
