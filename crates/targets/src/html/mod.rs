//! The HTML target: one self-contained, searchable docs page. Styles and the filter script are
//! inline and fixed (no registry text reaches them); every value goes through askama's HTML
//! escaper, which is safe for text and double-quoted attributes. It prints no identifiers and
//! has no package settings.

use askama::Template;
use errcodes_view::View;

use crate::{Backend, Context, GeneratedFile, file, filters};

pub(crate) const TARGET: Html = Html;

pub(crate) struct Html;

impl Backend for Html {
    fn id(&self) -> &'static str {
        "html"
    }

    fn display_name(&self) -> &'static str {
        "HTML"
    }

    fn package(&self, cx: &Context<'_>, out: &mut dyn FnMut(GeneratedFile)) -> askama::Result<()> {
        out(self.source(cx)?);
        Ok(())
    }

    fn source(&self, cx: &Context<'_>) -> askama::Result<GeneratedFile> {
        let (v, header) = (cx.view, cx.header);
        file("docs/error-codes.html".to_owned(), &Page { v, header })
    }
}

#[derive(Template)]
#[template(path = "html/error-codes.html")]
struct Page<'a> {
    v: &'a View,
    header: &'a [String],
}

#[cfg(test)]
mod toolchain;
