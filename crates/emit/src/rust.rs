//! The Rust target: a std-only module with the code enum, its category enum and their
//! metadata, from `templates/rust.rs`.

use askama::Template;
use errcodes_view::View;

use crate::filters;

#[derive(Template)]
#[template(path = "rust.rs")]
struct RustModule<'a> {
    v: &'a View,
    header: &'a [String],
}

pub(crate) fn path(view: &View) -> String {
    format!("rust/{}.rs", view.names.snake_module)
}

pub(crate) fn render(view: &View, header: &[String]) -> askama::Result<String> {
    RustModule { v: view, header }.render()
}
