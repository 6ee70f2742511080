//! The registry model: what a source of truth says, with where it says it.
//!
//! Every front-end (YAML today, Rust source later) produces a [`Registry`]; the checks, the view
//! and the emitters only ever read one. Nothing here does I/O: source text comes in as a
//! [`SourceFile`] that the caller has already read.

mod diagnostic;
mod registry;
mod source;
mod suggest;
mod target;

pub use diagnostic::{CheckId, Diagnostic, Label, Severity};
pub use registry::{
    Category, Code, DocsConfig, Packages, RETRYABLE_STATUSES, Registry, Reserved,
    SUPPORTED_VERSION, Unread,
};
pub use source::{SourceFile, Span, Spanned};
pub use suggest::suggest;
pub use target::{Target, TargetIdents, python_module};
