//! Diagnostics: what every stage reports instead of failing fast. Each carries a stable
//! [`CheckId`], a message, every position involved and, where there is one, the fix.

use serde::Serialize;

use crate::Span;

/// How bad a diagnostic is. Errors fail every command; warnings fail only
/// `check --deny-warnings`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The registry is wrong; nothing is generated from it.
    Error,
    /// Suspicious but usable.
    Warning,
    /// Worth knowing, never a failure (a code added, a message changed).
    Note,
}

impl Severity {
    /// `error`, `warning` or `note`, as printed.
    pub const fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "note",
        }
    }
}

/// Which source a label points into: the one being checked, or the base it is compared with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Origin {
    /// The registry under check.
    #[default]
    Current,
    /// The earlier registry of `--base`.
    Base,
}

macro_rules! check_ids {
    ($($variant:ident = $id:literal, $severity:ident, $doc:literal;)*) => {
        /// The stable identifier of each check. The ids are a public contract: tools filter on
        /// them, so an id is never renamed or reused.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum CheckId {
            $(#[doc = $doc] $variant,)*
        }

        impl CheckId {
            /// Every check, in documentation order.
            pub const ALL: &'static [CheckId] = &[$(CheckId::$variant,)*];

            /// The stable kebab-case id, as printed and as in JSON.
            pub const fn as_str(self) -> &'static str {
                match self { $(CheckId::$variant => $id,)* }
            }

            /// The severity this check reports with.
            pub const fn severity(self) -> Severity {
                match self { $(CheckId::$variant => Severity::$severity,)* }
            }

            /// One line on what the check finds.
            pub const fn summary(self) -> &'static str {
                match self { $(CheckId::$variant => $doc,)* }
            }
        }
    };
}

check_ids! {
    LimitExceeded = "limit-exceeded", Error, "The registry exceeds a documented limit (file size, text length, name length, YAML nesting, nodes or aliases).";
    NotUtf8 = "not-utf8", Error, "The file is not UTF-8.";
    YamlSyntax = "yaml-syntax", Error, "The file is not well-formed YAML.";
    DuplicateKey = "duplicate-key", Error, "A YAML mapping names the same key twice.";
    RustSyntax = "rust-syntax", Error, "The Rust source, or an `#[error_code(...)]` attribute in it, does not parse.";
    EnumNotFound = "enum-not-found", Error, "The Rust source has no enum to read (or several, and no `--enum` to choose).";
    UnsupportedVariant = "unsupported-variant", Error, "A variant the reader cannot read exactly: fields, or a missing or non-literal discriminant.";
    UnknownKey = "unknown-key", Error, "A key the schema does not know (a typo such as `htpp`).";
    MissingKey = "missing-key", Error, "A required key is absent.";
    WrongType = "wrong-type", Error, "A value has the wrong YAML type or is out of range.";
    CodeRemoved = "code-removed", Error, "A code of the base is gone and not listed under `reserved` (buf: ENUM_VALUE_NO_DELETE_UNLESS_NUMBER_RESERVED).";
    CodeRenamed = "code-renamed", Error, "A number of the base now carries another name (buf: ENUM_VALUE_SAME_NAME).";
    NameRenumbered = "name-renumbered", Error, "A name of the base now stands at another number.";
    ReservedRemoved = "reserved-removed", Error, "A code or name the base reserved is no longer reserved: reserved is forever.";
    HttpChanged = "http-changed", Error, "A code's HTTP status changed: clients branch on it.";
    CategoryChanged = "category-changed", Warning, "A code moved to another category.";
    MessageChanged = "message-changed", Note, "A code's message changed.";
    CodeDeprecated = "code-deprecated", Note, "A code is newly deprecated.";
    CodeAdded = "code-added", Note, "A code is new.";
    CodeRetired = "code-retired", Note, "A code was removed and listed under `reserved`.";
    BreakAccepted = "break-accepted", Note, "A breaking change that an `allow_breaking` entry accepts, with its reason.";
    UnusedAllow = "unused-allow", Note, "An `allow_breaking` entry matches no change against the base (remove it once merged).";
    VersionNotBumped = "version-not-bumped", Error, "`packages.version` did not grow as far as the changes against the base require: major for an accepted break, minor for a code added, deprecated, retired or recategorised, patch for any other change (Cargo's rules below 1.0).";
    UnknownRule = "unknown-rule", Error, "An `allow_breaking` entry names a rule that does not exist or cannot be accepted.";
    UnsupportedVersion = "unsupported-version", Error, "`version` is not a schema version this build reads.";
    NoCodes = "no-codes", Error, "The registry lists no codes, so there is nothing to generate.";
    InvalidEnumName = "invalid-enum-name", Error, "`enum` is not an UpperCamelCase identifier usable in every target.";
    InvalidDocsUrl = "invalid-docs-url", Error, "`docs.base_url` is empty or holds whitespace, control characters or `#`, or `docs.site` is not an `http(s)` URL to join a path `base_url` to.";
    UnknownDocsExample = "unknown-docs-example", Error, "`docs.example` names a code the registry does not have.";
    InvalidGuideUrl = "invalid-guide-url", Error, "A category's `guide` is not a path or an `http(s)` URL, or holds whitespace, control characters, `<`, `>`, `\\` or character references.";
    InvalidPackageName = "invalid-package-name", Error, "A package name is not valid for its registry (crates.io, npm, PyPI).";
    InvalidPackageVersion = "invalid-package-version", Error, "`packages.version` is not MAJOR.MINOR.PATCH.";
    InvalidPackageMetadata = "invalid-package-metadata", Error, "`packages.license` is not an SPDX expression, `repository` or `homepage` is not an `http(s)` URL, or an author is empty or not `Name <email>`.";
    InvalidCategoryId = "invalid-category-id", Error, "A category id is not snake_case.";
    DuplicateCategory = "duplicate-category", Error, "Two categories share an id.";
    DuplicateCode = "duplicate-code", Error, "Two entries share a code.";
    DuplicateName = "duplicate-name", Error, "Two entries share a name.";
    InvalidName = "invalid-name", Error, "A name is not SCREAMING_SNAKE_CASE.";
    IdentifierCollision = "identifier-collision", Error, "Two names become the same identifier in a target.";
    ReservedWord = "reserved-word", Error, "A name becomes a reserved word in a target.";
    UnknownCategory = "unknown-category", Error, "An entry names a category that is not declared.";
    UnusedCategory = "unused-category", Warning, "A declared category has no entry.";
    HttpStatusRange = "http-status-range", Error, "An HTTP status outside 100..=599.";
    SuccessStatus = "success-status", Error, "A non-zero code with a 2xx status.";
    EmptyText = "empty-text", Error, "A message or other text is empty or padded with whitespace.";
    ControlCharacter = "control-character", Error, "Text holds a control character other than newline and tab, or an invisible or bidirectional formatting character.";
    ReservedCodeUsed = "reserved-code-used", Error, "An entry uses a code listed under `reserved`.";
    ReservedNameUsed = "reserved-name-used", Error, "An entry uses a name listed under `reserved`.";
    DuplicateReserved = "duplicate-reserved", Error, "A code or name is listed under `reserved` twice.";
}

impl CheckId {
    /// The compatibility rules: what `errcodes diff` reports comparing with a base.
    pub const RULES: &'static [CheckId] = &[
        CheckId::CodeRemoved,
        CheckId::CodeRenamed,
        CheckId::NameRenumbered,
        CheckId::ReservedRemoved,
        CheckId::HttpChanged,
        CheckId::CategoryChanged,
        CheckId::MessageChanged,
        CheckId::CodeDeprecated,
        CheckId::CodeAdded,
        CheckId::CodeRetired,
        CheckId::BreakAccepted,
        CheckId::UnusedAllow,
        CheckId::VersionNotBumped,
    ];

    /// Whether this is a compatibility rule (see [`CheckId::RULES`]).
    pub fn is_compat_rule(self) -> bool {
        Self::RULES.contains(&self)
    }

    /// The check with this id.
    pub fn from_id(id: &str) -> Option<CheckId> {
        Self::ALL.iter().copied().find(|c| c.as_str() == id)
    }
}

impl Serialize for CheckId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// One position a diagnostic points at.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Label {
    /// Where.
    pub span: Span,
    /// What is there (may be empty).
    pub message: String,
    /// The position the diagnostic is about, as opposed to context.
    pub primary: bool,
    /// The source the span is in.
    pub origin: Origin,
}

/// A problem found in a source of truth.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// Which check found it.
    pub id: CheckId,
    /// How bad it is (the check's severity).
    pub severity: Severity,
    /// What is wrong, in one sentence.
    pub message: String,
    /// Every position involved, primary ones first.
    pub labels: Vec<Label>,
    /// How to fix it, when there is a fix to suggest.
    pub help: Option<String>,
}

impl Diagnostic {
    /// A diagnostic of check `id` with its message and no position yet.
    pub fn new(id: CheckId, message: impl Into<String>) -> Self {
        Self {
            id,
            severity: id.severity(),
            message: message.into(),
            labels: Vec::new(),
            help: None,
        }
    }

    /// Adds a primary position, after the primary ones already there and before every
    /// secondary one.
    #[must_use]
    pub fn primary(self, span: Span, message: impl Into<String>) -> Self {
        self.label(span, message.into(), true, Origin::Current)
    }

    /// Adds a secondary position.
    #[must_use]
    pub fn secondary(self, span: Span, message: impl Into<String>) -> Self {
        self.label(span, message.into(), false, Origin::Current)
    }

    /// Adds a primary position in the base (what was removed).
    #[must_use]
    pub fn base_primary(self, span: Span, message: impl Into<String>) -> Self {
        self.label(span, message.into(), true, Origin::Base)
    }

    /// Adds a secondary position in the base (what it was before).
    #[must_use]
    pub fn base(self, span: Span, message: impl Into<String>) -> Self {
        self.label(span, message.into(), false, Origin::Base)
    }

    /// Adds a label, keeping primary labels ahead of secondary ones.
    fn label(mut self, span: Span, message: String, primary: bool, origin: Origin) -> Self {
        let label = Label {
            span,
            message,
            primary,
            origin,
        };
        if primary {
            let at = self
                .labels
                .iter()
                .position(|l| !l.primary)
                .unwrap_or(self.labels.len());
            self.labels.insert(at, label);
        } else {
            self.labels.push(label);
        }
        self
    }

    /// Adds the suggested fix.
    #[must_use]
    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// The first primary position, where the diagnostic is reported.
    pub fn main_span(&self) -> Option<Span> {
        self.labels
            .iter()
            .find(|l| l.primary)
            .or(self.labels.first())
            .map(|l| l.span)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_ids_are_unique_kebab_case() {
        let mut seen = std::collections::BTreeSet::new();
        for id in CheckId::ALL {
            let s = id.as_str();
            assert!(seen.insert(s), "{s} listed twice");
            assert!(
                s.starts_with(|c: char| c.is_ascii_lowercase())
                    && s.chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{s}"
            );
        }
    }
}
