//! The registry written back as a source: `registry.yaml` (for `errcodes import`) or an
//! annotated Rust enum (for `errcodes export --to-rust`), from `templates/source/`.

mod view;

use askama::Template;
use errcodes_model::Registry;

use crate::{EmitError, filters};
use view::SourceView;

#[derive(Template)]
#[template(path = "source/registry.yaml")]
struct Yaml<'a> {
    v: &'a SourceView,
}

#[derive(Template)]
#[template(path = "source/enum.rs")]
struct Enum<'a> {
    v: &'a SourceView,
}

/// The registry as `registry.yaml`, schema version 1.
pub fn registry_yaml(registry: &Registry) -> Result<String, EmitError> {
    Yaml {
        v: &SourceView::new(registry),
    }
    .render()
    .map_err(|source| EmitError {
        target: "registry.yaml",
        source,
    })
}

/// The registry as an enum annotated for `#[derive(ErrorCode)]`.
pub fn rust_enum(registry: &Registry) -> Result<String, EmitError> {
    Enum {
        v: &SourceView::new(registry),
    }
    .render()
    .map_err(|source| EmitError {
        target: "Rust enum",
        source,
    })
}
