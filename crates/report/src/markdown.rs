//! Markdown output: the change summary against the base and the problems, for a pull-request
//! comment or a changelog (rendered by `errcodes_targets::report_markdown`).

use errcodes_model::CheckId;
use errcodes_targets::{ReportPage, ReportProblem};
use errcodes_writer::State;

use crate::Findings;

/// Notes the change summary already lists.
const SUMMARISED: [CheckId; 4] = [
    CheckId::CodeAdded,
    CheckId::CodeDeprecated,
    CheckId::MessageChanged,
    CheckId::CodeRetired,
];

pub(crate) fn render(findings: &Findings<'_>) -> String {
    let problems = findings
        .diagnostics
        .iter()
        .filter(|d| !SUMMARISED.contains(&d.id))
        .map(|d| {
            let main = d.labels.iter().find(|l| l.primary).or(d.labels.first());
            let location = match (main, main.and_then(|l| findings.source_of(l.origin))) {
                (Some(label), Some(source)) => {
                    format!("{}:{}:{}", source.name, label.span.line, label.span.column)
                }
                (_, _) => findings.source.map(|s| s.name.clone()).unwrap_or_default(),
            };
            ReportProblem {
                severity: d.severity.as_str(),
                id: d.id.as_str(),
                location,
                message: d.message.clone(),
                help: d.help.clone(),
            }
        })
        .collect();
    let files = findings
        .files
        .iter()
        .filter_map(|f| {
            let state = match f.state {
                State::Current | State::Foreign => return None,
                State::Missing => "missing",
                State::Stale { .. } => "stale",
                State::Unexpected => "no longer generated",
            };
            Some((f.path.clone(), state))
        })
        .collect();
    let page = ReportPage {
        changes: findings.changes,
        problems,
        files,
        version_note: findings.version_note,
    };
    errcodes_targets::report_markdown(&page)
        .unwrap_or_else(|error| format!("internal error: {error}\n"))
}
