//! The Python target: a Python module: an IntEnum of codes and an Enum of categories, with their metadata, from `templates/python.py`.

use askama::Template;
use errcodes_view::View;

use crate::filters;

#[derive(Template)]
#[template(path = "python.py")]
struct PythonModule<'a> {
    v: &'a View,
    header: &'a [String],
}

pub(crate) fn path(view: &View) -> String {
    format!("python/{}.py", view.names.snake_module)
}

pub(crate) fn render(view: &View, header: &[String]) -> askama::Result<String> {
    PythonModule { v: view, header }.render()
}
