//! The Markdown target: the docs page (error body, index, anchored table, retired codes,
//! troubleshooting guides, feedback), and the index region alone for `gen --inject`, which
//! splices it into a hand-written page. It prints no identifiers and has no package settings.

use askama::Template;
use errcodes_view::View;

use crate::{Backend, Context, GeneratedFile, Region, file, filters};

pub(crate) const TARGET: Markdown = Markdown;

pub(crate) struct Markdown;

impl Backend for Markdown {
    fn id(&self) -> &'static str {
        "markdown"
    }

    fn display_name(&self) -> &'static str {
        "Markdown"
    }

    fn package(&self, cx: &Context<'_>, out: &mut dyn FnMut(GeneratedFile)) -> askama::Result<()> {
        out(self.source(cx)?);
        Ok(())
    }

    fn source(&self, cx: &Context<'_>) -> askama::Result<GeneratedFile> {
        let (v, header) = (cx.view, cx.header);
        file("docs/error-codes.md".to_owned(), &Page { v, header })
    }

    fn region(&self) -> Option<Region> {
        Some(region)
    }
}

#[derive(Template)]
#[template(path = "markdown/error-codes.md")]
struct Page<'a> {
    v: &'a View,
    header: &'a [String],
}

#[derive(Template)]
#[template(path = "markdown/region.md")]
struct RegionPage<'a> {
    v: &'a View,
    version: &'static str,
}

/// What goes between the markers of a hand-written page: a one-line header comment, then the
/// index and the tables, ending with a newline.
fn region(cx: &Context<'_>) -> askama::Result<String> {
    RegionPage {
        v: cx.view,
        version: crate::VERSION,
    }
    .render()
}

#[cfg(test)]
mod toolchain;
