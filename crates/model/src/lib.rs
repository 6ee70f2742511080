//! The registry model: what a source of truth says, with where it says it.
//!
//! Every front-end (YAML today, Rust source later) produces a [`Registry`]; the checks, the view
//! and the emitters only ever read one. Nothing here does I/O: source text comes in as a
//! [`SourceFile`] that the caller has already read.

mod diagnostic;
pub mod limits;
mod registry;
mod source;
mod suggest;

pub use diagnostic::{CheckId, Diagnostic, Label, Origin, Severity};
pub use registry::{
    AllowBreaking, Category, Code, DocsConfig, PackageSetting, Packages, RETRYABLE_STATUSES,
    Registry, Reserved, SUPPORTED_VERSION, TargetPackage, Unread,
};
pub use source::{LineIndex, SourceFile, Span, Spanned};
pub use suggest::{suggest, suggest_help};

/// What a front-end produced: the registry when the source's shape allowed building one, and
/// every diagnostic found on the way. Entries that could not be read are left out of the
/// registry (and counted in [`Registry::unread`]) and reported.
#[derive(Debug)]
pub struct Parsed {
    /// The registry, unless the source was unusable.
    pub registry: Option<Registry>,
    /// Every problem found while reading.
    pub diagnostics: Vec<Diagnostic>,
}
