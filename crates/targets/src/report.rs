//! The Markdown report of `--format markdown`, for a pull-request comment or a changelog:
//! what changed against the base, then every problem and every out-of-date file. From
//! `templates/report/changes.md`.

use askama::Template;
use errcodes_view::Changes;

use crate::{EmitError, filters};

/// What the Markdown report shows.
#[derive(Debug, Clone, Default)]
pub struct ReportPage<'a> {
    /// The changes against the base, with `--base`.
    pub changes: Option<&'a Changes>,
    /// Problems worth a line: errors, warnings, and notes the change summary does not cover.
    pub problems: Vec<ReportProblem>,
    /// `(path, state)` of generated files that are not current.
    pub files: Vec<(String, &'static str)>,
    /// Which other version of errcodes wrote some of those files, when one did.
    pub version_note: Option<&'a str>,
}

/// One problem, as the report's table shows it.
#[derive(Debug, Clone)]
pub struct ReportProblem {
    /// `error`, `warning` or `note`.
    pub severity: &'static str,
    /// The check id.
    pub id: &'static str,
    /// `file:line:col`.
    pub location: String,
    /// The message.
    pub message: String,
    /// The fix.
    pub help: Option<String>,
}

impl ReportPage<'_> {
    fn is_empty(&self) -> bool {
        self.problems.is_empty() && self.files.is_empty() && self.changes.is_none()
    }
}

#[derive(Template)]
#[template(path = "report/changes.md")]
struct Page<'a> {
    page: &'a ReportPage<'a>,
}

/// Renders the report.
pub fn report_markdown(page: &ReportPage<'_>) -> Result<String, EmitError> {
    Page { page }.render().map_err(|source| EmitError {
        target: "Markdown report",
        source,
    })
}
