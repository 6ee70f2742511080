//! The Python target: a distribution (`pyproject.toml`, built by flit) holding the typed
//! package `<module>/` with the source file `__init__.py` and the PEP 561 marker `py.typed`.

use askama::Template;
use errcodes_view::View;

use crate::{GeneratedFile, file, filters};

#[derive(Template)]
#[template(path = "python/__init__.py")]
struct Init<'a> {
    v: &'a View,
    header: &'a [String],
}

#[derive(Template)]
#[template(path = "python/pyproject.toml")]
struct Project<'a> {
    v: &'a View,
    header: &'a [String],
}

pub(crate) fn source(v: &View, header: &[String]) -> askama::Result<GeneratedFile> {
    let path = format!("python/{}/__init__.py", v.names.packages.python_module);
    file(path, &Init { v, header })
}

pub(crate) fn package(v: &View, header: &[String]) -> askama::Result<Vec<GeneratedFile>> {
    let typed = GeneratedFile {
        path: format!("python/{}/py.typed", v.names.packages.python_module),
        contents: String::new(),
    };
    Ok(vec![
        file("python/pyproject.toml".to_owned(), &Project { v, header })?,
        source(v, header)?,
        typed,
    ])
}
