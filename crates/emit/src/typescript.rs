//! The TypeScript target: an npm package (`package.json`, `tsconfig.json`, built to `dist/`
//! when packed) around the source file `src/index.ts`.

use askama::Template;
use errcodes_view::View;

use crate::{GeneratedFile, file, filters};

#[derive(Template)]
#[template(path = "typescript/index.ts")]
struct Index<'a> {
    v: &'a View,
    header: &'a [String],
}

#[derive(Template)]
#[template(path = "typescript/package.json")]
struct Package<'a> {
    v: &'a View,
    header: &'a [String],
}

#[derive(Template)]
#[template(path = "typescript/tsconfig.json")]
struct Config<'a> {
    header: &'a [String],
}

pub(crate) fn source(v: &View, header: &[String]) -> askama::Result<GeneratedFile> {
    file("typescript/src/index.ts".to_owned(), &Index { v, header })
}

pub(crate) fn package(v: &View, header: &[String]) -> askama::Result<Vec<GeneratedFile>> {
    Ok(vec![
        file("typescript/package.json".to_owned(), &Package { v, header })?,
        file("typescript/tsconfig.json".to_owned(), &Config { header })?,
        source(v, header)?,
    ])
}
