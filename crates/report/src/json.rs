//! JSON output: one document with every diagnostic (each with all its positions) and every
//! file state, for tools. The shape is versioned by its `version` field.

use errcodes_model::{Diagnostic, Origin, Severity};
use errcodes_writer::State;
use serde::Serialize;

use crate::Findings;
use crate::position::end;

#[derive(Serialize)]
struct Document<'a> {
    version: u32,
    errors: usize,
    warnings: usize,
    diagnostics: Vec<JsonDiagnostic<'a>>,
    files: Vec<JsonFile<'a>>,
    /// Set when drifted files were written by another version of errcodes.
    #[serde(skip_serializing_if = "Option::is_none")]
    version_note: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    changes: Option<&'a errcodes_view::Changes>,
}

#[derive(Serialize)]
struct JsonDiagnostic<'a> {
    id: &'static str,
    severity: Severity,
    message: &'a str,
    file: Option<&'a str>,
    labels: Vec<JsonLabel<'a>>,
    help: Option<&'a str>,
}

#[derive(Serialize)]
struct JsonLabel<'a> {
    file: Option<&'a str>,
    origin: Origin,
    line: u32,
    column: u32,
    end_line: u32,
    end_column: u32,
    byte_start: usize,
    byte_end: usize,
    primary: bool,
    message: &'a str,
}

#[derive(Serialize)]
struct JsonFile<'a> {
    path: String,
    state: &'static str,
    diff: Option<&'a str>,
}

pub(crate) fn render(findings: &Findings<'_>) -> String {
    let document = Document {
        version: 1,
        errors: findings.count(Severity::Error),
        warnings: findings.count(Severity::Warning),
        changes: findings.changes,
        version_note: findings.version_note,
        diagnostics: findings
            .diagnostics
            .iter()
            .map(|d| diagnostic(findings, d))
            .collect(),
        files: findings
            .files
            .iter()
            .map(|f| {
                let (state, diff) = match &f.state {
                    State::Current => ("current", None),
                    State::Missing => ("missing", None),
                    State::Stale { diff } => ("stale", Some(diff.as_str())),
                    State::Unexpected => ("unexpected", None),
                    State::Foreign => ("foreign", None),
                };
                JsonFile {
                    path: f.path.clone(),
                    state,
                    diff,
                }
            })
            .collect(),
    };
    let mut text = serde_json::to_string_pretty(&document).unwrap_or_default();
    text.push('\n');
    text
}

fn diagnostic<'a>(findings: &Findings<'a>, d: &'a Diagnostic) -> JsonDiagnostic<'a> {
    JsonDiagnostic {
        id: d.id.as_str(),
        severity: d.severity,
        message: &d.message,
        file: findings.source.map(|s| s.name.as_str()),
        labels: d
            .labels
            .iter()
            .map(|l| {
                let source = findings.source_of(l.origin);
                let (end_line, end_column) = end(source, l.span);
                JsonLabel {
                    file: source.map(|s| s.name.as_str()),
                    origin: l.origin,
                    line: l.span.line,
                    column: l.span.column,
                    end_line,
                    end_column,
                    byte_start: l.span.start,
                    byte_end: l.span.end,
                    primary: l.primary,
                    message: &l.message,
                }
            })
            .collect(),
        help: d.help.as_deref(),
    }
}
