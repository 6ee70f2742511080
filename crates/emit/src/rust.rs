//! The Rust target: a std-only crate (`Cargo.toml`, `src/lib.rs` with tested examples) around
//! the source file `src/codes.rs`, which also works alone through `include!`.

use askama::Template;
use errcodes_view::View;

use crate::{GeneratedFile, file, filters};

#[derive(Template)]
#[template(path = "rust/codes.rs")]
struct Codes<'a> {
    v: &'a View,
    header: &'a [String],
}

#[derive(Template)]
#[template(path = "rust/lib.rs")]
struct Lib<'a> {
    v: &'a View,
    header: &'a [String],
}

#[derive(Template)]
#[template(path = "rust/Cargo.template.toml")]
struct Manifest<'a> {
    v: &'a View,
    header: &'a [String],
}

pub(crate) fn source(v: &View, header: &[String]) -> askama::Result<GeneratedFile> {
    file("rust/src/codes.rs".to_owned(), &Codes { v, header })
}

pub(crate) fn package(v: &View, header: &[String]) -> askama::Result<Vec<GeneratedFile>> {
    Ok(vec![
        file("rust/Cargo.toml".to_owned(), &Manifest { v, header })?,
        file("rust/src/lib.rs".to_owned(), &Lib { v, header })?,
        source(v, header)?,
    ])
}
