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
    /// The packages' version and each target's package settings; each target derives what
    /// is absent from `enum_name`.
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
    /// Where the docs are served (`https://platform.example.com`): joined to a path
    /// `base_url`, it gives each code an absolute docs URL.
    pub site: Option<Spanned<String>>,
}

/// The optional `packages:` section: the version and metadata every package shares, and each
/// target's own settings under its id (`rust: turing-error-codes`, `go: {module: …, package:
/// …}`). The front-ends read any key beside the shared ones ([`Packages::SHARED_KEYS`]) as a
/// target id; the checks hold the list of targets and what each accepts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Packages {
    /// The version of every package, `MAJOR.MINOR.PATCH`.
    pub version: Option<Spanned<String>>,
    /// The license, an SPDX expression (`MIT OR Apache-2.0`).
    pub license: Option<Spanned<String>>,
    /// The source repository's URL.
    pub repository: Option<Spanned<String>>,
    /// The project's home page.
    pub homepage: Option<Spanned<String>>,
    /// The authors, `Name` or `Name <email>`, in order.
    pub authors: Vec<Spanned<String>>,
    /// The targets' settings, in source order.
    pub targets: Vec<TargetPackage>,
}

/// `packages.<target>`: one target's package settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TargetPackage {
    /// The key, a target id such as `rust`.
    pub target: Spanned<String>,
    /// The settings, in source order.
    pub settings: Vec<PackageSetting>,
}

/// One setting of a target's package.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackageSetting {
    /// The setting's key, or `None` for the short form `rust: name`, which sets the target's
    /// first key (its package's name).
    pub key: Option<Spanned<String>>,
    /// The value.
    pub value: Spanned<String>,
}

impl Packages {
    /// The keys every package shares; any other key of `packages:` is a target id.
    pub const SHARED_KEYS: &'static [&'static str] =
        &["version", "license", "repository", "homepage", "authors"];

    /// The settings of the target with this id, if the registry gives any.
    pub fn target(&self, id: &str) -> Option<&TargetPackage> {
        self.targets.iter().find(|t| t.target.value == id)
    }
}

impl TargetPackage {
    /// The value of `key`, where `main` is the key the short form sets.
    pub fn get(&self, key: &str, main: &str) -> Option<&Spanned<String>> {
        self.settings
            .iter()
            .find(|s| s.key.as_ref().map_or(key == main, |k| k.value == key))
            .map(|s| &s.value)
    }
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
