//! JSON output: one document with the verdict, every diagnostic (each with all its positions),
//! every file state and the command's output, for tools. The shape is versioned by its
//! `version` field: 2 added `ok`, `output` and `error`, and counts drifted files in `errors`.

use errcodes_model::{Diagnostic, Origin, Severity};
use errcodes_writer::State;
use serde::Serialize;

use crate::Findings;
use crate::position::end;

#[derive(Serialize)]
struct Document<'a> {
    version: u32,
    /// Whether the command exits 0.
    ok: bool,
    /// Why the command could not run (exit 2).
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'a str>,
    /// Error diagnostics plus generated files out of date, each an `error` in human output.
    errors: usize,
    warnings: usize,
    diagnostics: Vec<JsonDiagnostic<'a>>,
    files: Vec<JsonFile<'a>>,
    /// Set when drifted files were written by another version of errcodes.
    #[serde(skip_serializing_if = "Option::is_none")]
    version_note: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    changes: Option<&'a errcodes_view::Changes>,
    /// What the command prints (`import`'s YAML, `export`'s Rust, a completion script, a
    /// manual page).
    #[serde(skip_serializing_if = "Option::is_none")]
    output: Option<&'a str>,
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

/// The document; `error` says why the command could not run.
pub(crate) fn render(findings: &Findings<'_>, error: Option<&str>) -> String {
    let document = Document {
        version: 2,
        ok: findings.ok,
        error,
        output: findings.output,
        errors: findings.count(Severity::Error) + findings.drifted().count(),
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
