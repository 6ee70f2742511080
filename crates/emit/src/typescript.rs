//! The TypeScript target: a TypeScript module: the literal union of codes, the name-to-code object and the metadata table, with lookup functions, from `templates/typescript.ts`.

use askama::Template;
use errcodes_view::View;

use crate::filters;

#[derive(Template)]
#[template(path = "typescript.ts")]
struct TypeScriptModule<'a> {
    v: &'a View,
    header: &'a [String],
}

pub(crate) fn path(view: &View) -> String {
    format!("typescript/{}.ts", view.names.kebab_module)
}

pub(crate) fn render(view: &View, header: &[String]) -> askama::Result<String> {
    TypeScriptModule { v: view, header }.render()
}
