//! The registry: the enum's name, where its docs live, its categories, its codes and the codes
//! retired for good. Field for field what schema version 1 of `registry.yaml` holds.

use crate::{Span, Spanned};

/// HTTP statuses whose codes are retryable unless the registry says otherwise: request
/// timeout, too many requests, service unavailable.
pub const RETRYABLE_STATUSES: [u16; 3] = [408, 429, 503];

/// The schema version this build reads and writes.
pub const SUPPORTED_VERSION: u32 = 1;

/// A whole source of truth.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Registry {
    /// The enum's name in every target, UpperCamelCase (`TuringErrorCode`).
    pub enum_name: Spanned<String>,
    /// Where the published page lives.
    pub docs: DocsConfig,
    /// Package names and version of the generated Rust crate, npm package and Python
    /// distribution; each absent value has a default derived from `enum_name`.
    pub packages: Packages,
    /// The categories, in the order the page lists them.
    pub categories: Vec<Category>,
    /// The codes, in source order (the view sorts them).
    pub codes: Vec<Code>,
    /// Retired codes and names that may never be used again.
    pub reserved: Vec<Reserved>,
    /// Breaking changes accepted on purpose, each with its reason.
    pub allow_breaking: Vec<AllowBreaking>,
    /// Entries the front-end could not read (and reported); checks that need every entry
    /// of a list, such as "category never used", stay silent when that list is incomplete.
    pub unread: Unread,
}

/// A breaking change accepted on purpose: the compatibility rule `rule` may fire for `code`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AllowBreaking {
    /// The code the change is about (before or after it, for a renumbering).
    pub code: Spanned<u16>,
    /// The rule's id, such as `code-renamed`.
    pub rule: Spanned<String>,
    /// Why the break is acceptable; shown wherever the break is reported.
    pub reason: Spanned<String>,
    /// The whole entry.
    pub span: Span,
}

/// How many entries of each list a front-end left out because it could not read them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Unread {
    /// Entries of `categories`.
    pub categories: usize,
    /// Entries of `codes`.
    pub codes: usize,
    /// Entries of `reserved`.
    pub reserved: usize,
    /// Entries of `allow_breaking`.
    pub allow_breaking: usize,
}

/// Where the docs page lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocsConfig {
    /// A code's deep link is `{base_url}#{code}`.
    pub base_url: Spanned<String>,
    /// The code the docs' examples show (default: the lowest code but 0). Naming it keeps the
    /// examples still when a lower code is added.
    pub example: Option<Spanned<u16>>,
}

/// The optional `packages:` section.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Packages {
    /// The version of every package, `MAJOR.MINOR.PATCH`.
    pub version: Option<Spanned<String>>,
    /// The Rust crate's name.
    pub rust: Option<Spanned<String>>,
    /// The npm package's name, possibly scoped.
    pub typescript: Option<Spanned<String>>,
    /// The Python distribution's name; its import name is the same in snake_case.
    pub python: Option<Spanned<String>>,
}

/// A category of codes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Category {
    /// Stable snake_case id, used by entries and in generated code.
    pub id: Spanned<String>,
    /// What the page shows.
    pub label: Spanned<String>,
    /// A troubleshooting guide for the category's errors, linked from the docs page: a path
    /// or an `http(s)` URL.
    pub guide: Option<Spanned<String>>,
    /// The whole entry.
    pub span: Span,
}

/// One error code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Code {
    /// The number clients branch on.
    pub code: Spanned<u16>,
    /// SCREAMING_SNAKE_CASE name.
    pub name: Spanned<String>,
    /// HTTP status the platform answers with.
    pub http: Spanned<u16>,
    /// A declared category id.
    pub category: Spanned<String>,
    /// The English message sent in the response body.
    pub message: Spanned<String>,
    /// Whether retrying the same request can succeed.
    pub retryable: Option<Spanned<bool>>,
    /// Why the code is deprecated and what to use instead.
    pub deprecated: Option<Spanned<String>>,
    /// Longer Markdown for the docs.
    pub description: Option<Spanned<String>>,
    /// The whole entry.
    pub span: Span,
}

/// A retired code, name, or both.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reserved {
    /// The retired number, if a number was retired.
    pub code: Option<Spanned<u16>>,
    /// The retired name, if a name was retired.
    pub name: Option<Spanned<String>>,
    /// Why it was retired.
    pub reason: Spanned<String>,
    /// The whole entry.
    pub span: Span,
}

impl Code {
    /// Whether retrying the same request can succeed: `retryable:` when the registry says,
    /// else whether the HTTP status is one of [`RETRYABLE_STATUSES`].
    pub fn is_retryable(&self) -> bool {
        self.retryable
            .as_ref()
            .map_or(RETRYABLE_STATUSES.contains(&self.http.value), |r| r.value)
    }

    /// Every free-text field with what it is called in the schema, for the text checks.
    pub fn texts(&self) -> impl Iterator<Item = (&'static str, &Spanned<String>)> {
        [
            ("message", Some(&self.message)),
            ("deprecated", self.deprecated.as_ref()),
            ("description", self.description.as_ref()),
        ]
        .into_iter()
        .filter_map(|(field, text)| text.map(|t| (field, t)))
    }
}
