//! GitHub Actions workflow commands: one `::error` or `::warning` annotation per diagnostic at
//! its primary position (other positions go into the text), and one per drifted file.

use std::fmt::Write;

use errcodes_model::{Diagnostic, Origin, Severity};
use errcodes_writer::State;

use crate::Findings;
use crate::position::end;

pub(crate) fn render(findings: &Findings<'_>) -> String {
    let mut out = String::new();
    if let Some(note) = findings.version_note {
        let _ = writeln!(
            out,
            "::warning title={}::{}",
            property("errcodes: written by another version"),
            data(note)
        );
    }
    for d in findings.diagnostics {
        annotation(&mut out, findings, d);
    }
    for entry in findings.files {
        let what = match entry.state {
            State::Current | State::Foreign => continue,
            State::Missing => "is missing",
            State::Stale { .. } => "is stale",
            State::Unexpected => "is no longer generated",
        };
        let path = &entry.path;
        let _ = writeln!(
            out,
            "::error file={},title={}::{}",
            property(path),
            property("errcodes: generated file out of date"),
            data(&format!(
                "{path} {what}: run `{}` and commit the result",
                findings.fix
            ))
        );
    }
    out
}

fn annotation(out: &mut String, findings: &Findings<'_>, d: &Diagnostic) {
    let command = match d.severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "notice",
    };
    let mut properties = Vec::new();
    if let Some(source) = findings.source {
        properties.push(format!("file={}", property(&source.name)));
    }
    let main = d.labels.iter().find(|l| l.primary).or(d.labels.first());
    if let Some(label) = main.filter(|l| l.origin == Origin::Current) {
        let span = label.span;
        let (end_line, end_column) = end(findings.source, span);
        properties.push(format!("line={},col={}", span.line, span.column));
        if end_line > span.line {
            properties.push(format!("endLine={end_line}"));
        } else {
            properties.push(format!("endColumn={end_column}"));
        }
    }
    properties.push(format!(
        "title={}",
        property(&format!("errcodes {}", d.id.as_str()))
    ));
    let mut text = d.message.clone();
    for label in d
        .labels
        .iter()
        .filter(|l| Some(*l) != main || l.origin == Origin::Base)
    {
        let file = match (label.origin, findings.source_of(label.origin)) {
            (Origin::Base, Some(base)) => format!("{}:", base.name),
            _ => String::new(),
        };
        let _ = write!(
            text,
            "\n{file}{}:{}: {}",
            label.span.line, label.span.column, label.message
        );
    }
    if let Some(help) = &d.help {
        let _ = write!(text, "\nhelp: {help}");
    }
    let _ = writeln!(out, "::{command} {}::{}", properties.join(","), data(&text));
}

/// Escapes a workflow command's message.
fn data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a workflow command's property value.
fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}
