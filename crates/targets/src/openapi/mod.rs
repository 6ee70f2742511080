//! The OpenAPI target: an OpenAPI 3.1 document whose components an API's own specification
//! references (`$ref`) and the 50-odd generators that read OpenAPI turn into types, and a
//! JSON Schema 2020-12 file for consumers that read JSON Schema alone. It prints no
//! identifiers and has no package settings.
//!
//! The document (the source, self-contained for `gen --out FILE`) holds the code enum with
//! `x-enum-varnames` and `x-enum-descriptions`, which openapi-generator reads, and the
//! response body. The JSON Schema file is the same body at its root, the same enum under
//! `$defs`; the validator test proves both files say the same thing.

#[cfg(test)]
mod toolchain;

use askama::Template;
use errcodes_view::{CodeView, View};
use heck::ToKebabCase;

use crate::naming::default_package_name;
use crate::{Backend, Context, GeneratedFile, file, filters};

pub(crate) const TARGET: OpenApi = OpenApi;

pub(crate) struct OpenApi;

impl Backend for OpenApi {
    fn id(&self) -> &'static str {
        "openapi"
    }

    fn display_name(&self) -> &'static str {
        "OpenAPI"
    }

    fn package(&self, cx: &Context<'_>, out: &mut dyn FnMut(GeneratedFile)) -> askama::Result<()> {
        let (v, header, n) = (cx.view, cx.header, &Names::new(cx.view));
        out(file(
            format!("openapi/{}", n.body_schema),
            &BodySchema { v, header, n },
        )?);
        out(self.source(cx)?);
        Ok(())
    }

    fn source(&self, cx: &Context<'_>) -> askama::Result<GeneratedFile> {
        let (v, header, n) = (cx.view, cx.header, &Names::new(cx.view));
        file(format!("openapi/{}", n.document), &Document { v, header, n })
    }
}

/// The names only the OpenAPI templates print.
struct Names {
    /// The OpenAPI document, `turing-error-codes.openapi.yaml`.
    document: String,
    /// The JSON Schema file of the body, `turing-error-body.schema.json`, also its `$id`.
    body_schema: String,
}

impl Names {
    fn new(view: &View) -> Self {
        Names {
            document: format!("{}.openapi.yaml", default_package_name(view)),
            body_schema: format!("{}.schema.json", view.names.body_type.to_kebab_case()),
        }
    }

    /// A code's entry in `x-enum-descriptions`: its message, then for a deprecated code a
    /// paragraph saying so and what to use instead.
    fn description(&self, code: &CodeView) -> String {
        match &code.deprecated {
            Some(deprecated) => format!("{}\n\nDeprecated: {deprecated}", code.message),
            None => code.message.clone(),
        }
    }
}

#[derive(Template)]
#[template(path = "openapi/error-codes.openapi.yaml")]
struct Document<'a> {
    v: &'a View,
    header: &'a [String],
    n: &'a Names,
}

#[derive(Template)]
#[template(path = "openapi/error-body.schema.json")]
struct BodySchema<'a> {
    v: &'a View,
    header: &'a [String],
    n: &'a Names,
}
