//! Reporting: turns diagnostics and the writer's file states into text, in one of four
//! [`Format`]s. It decides nothing: what passes and fails, and the exit code, are the CLI's.

mod github;
mod human;
mod json;
mod markdown;
mod position;

use errcodes_model::{Diagnostic, Origin, Severity, SourceFile};
use errcodes_writer::Entry;

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// rustc-style text with source snippets, for people.
    Human,
    /// One JSON document on stdout, for tools.
    Json,
    /// GitHub Actions workflow commands (`::error file=…,line=…::…`), for pull requests.
    Github,
    /// Markdown for a pull-request comment or a changelog: what changed against the base,
    /// then every problem.
    Markdown,
}

/// What a command found.
#[derive(Debug, Clone, Copy)]
pub struct Findings<'a> {
    /// The source the diagnostics point into, when one was read.
    pub source: Option<&'a SourceFile>,
    /// The base the source was compared with (`--base`), for labels in [`Origin::Base`].
    pub base: Option<&'a SourceFile>,
    /// What changed against the base, when there is one.
    pub changes: Option<&'a errcodes_view::Changes>,
    /// Every diagnostic.
    pub diagnostics: &'a [Diagnostic],
    /// The generated files and their states (empty for `validate`), each path as the user
    /// sees it from the current folder.
    pub files: &'a [Entry],
    /// The command that regenerates the files (empty where nothing is generated).
    pub fix: &'a str,
    /// Set when drifted files were written by another version of errcodes: one line saying
    /// which, shown before anything else, since the version may explain the drift.
    pub version_note: Option<&'a str>,
}

/// Text for the two output streams.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Rendered {
    /// Machine-readable output and diffs.
    pub stdout: String,
    /// Human-readable diagnostics and progress.
    pub stderr: String,
}

impl<'a> Findings<'a> {
    /// The source a label's origin names.
    pub fn source_of(&self, origin: Origin) -> Option<&'a SourceFile> {
        match origin {
            Origin::Current => self.source,
            Origin::Base => self.base,
        }
    }

    /// How many diagnostics of `severity` there are.
    pub fn count(&self, severity: Severity) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    }
}

/// Renders `findings` in `format`; `color` applies to human output only.
pub fn render(format: Format, findings: &Findings<'_>, color: bool) -> Rendered {
    match format {
        Format::Human => human::render(findings, color),
        Format::Json => Rendered {
            stdout: json::render(findings),
            stderr: String::new(),
        },
        Format::Github => Rendered {
            stdout: github::render(findings),
            stderr: String::new(),
        },
        Format::Markdown => Rendered {
            stdout: markdown::render(findings),
            stderr: String::new(),
        },
    }
}
