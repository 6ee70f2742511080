//! The compatibility gate, as `buf breaking` is for protobuf: an error code is a public
//! contract, so comparing the current registry with a base (the pull request's target) finds
//! every change and says which ones break clients.
//!
//! Rules ([`CheckId::RULES`]), each a stable id: a code removed without being reserved, a
//! number with another name, a name at another number, a reservation dropped, an HTTP status
//! changed (errors); a category changed (warning); a message changed, a code deprecated, added
//! or retired (notes); a version that did not grow as far as the changes require (error). A
//! break is accepted only by an `allow_breaking` entry in the current
//! registry naming the code and the rule, with a reason; it is then reported as a note that
//! quotes the reason. Pure: both registries come in, diagnostics and the change summary go out.

mod version;

use std::collections::HashMap;

use errcodes_model::{CheckId, Code, Diagnostic, Registry, Severity};
use errcodes_view::{Change, Changes};

/// What comparing with a base found.
#[derive(Debug, Clone)]
pub struct Comparison {
    /// Every change that matters, breaking or not: errors first, then warnings, then notes,
    /// each by position (current before base).
    pub diagnostics: Vec<Diagnostic>,
    /// The summary for people.
    pub changes: Changes,
}

/// A diagnostic and the codes an `allow_breaking` entry may name to accept it.
struct Finding {
    diagnostic: Diagnostic,
    codes: Vec<u16>,
}

/// Compares `current` with `base` (`None`: the base had no registry, so everything is new);
/// `base_name` is how the user named the base.
pub fn compare(base: Option<&Registry>, current: &Registry, base_name: &str) -> Comparison {
    let (base_codes, base_reserved) =
        base.map_or((&[][..], &[][..]), |b| (&b.codes[..], &b.reserved[..]));
    let mut findings = Vec::new();
    let mut changes = Changes {
        base_name: base_name.to_owned(),
        ..Changes::default()
    };
    let now_by_code: HashMap<u16, &Code> =
        current.codes.iter().map(|c| (c.code.value, c)).collect();
    let now_by_name: HashMap<&str, &Code> = current
        .codes
        .iter()
        .map(|c| (c.name.value.as_str(), c))
        .collect();
    let then_by_code: HashMap<u16, &Code> = base_codes.iter().map(|c| (c.code.value, c)).collect();
    let then_by_name: HashMap<&str, &Code> = base_codes
        .iter()
        .map(|c| (c.name.value.as_str(), c))
        .collect();
    let reserved_code = |n: u16| {
        current
            .reserved
            .iter()
            .find(|r| r.code.as_ref().is_some_and(|c| c.value == n))
    };

    for then in base_codes {
        let (number, name) = (then.code.value, then.name.value.as_str());
        let moved = now_by_name
            .get(name)
            .filter(|moved| moved.code.value != number);
        if let Some(moved) = moved {
            findings.push(Finding {
                diagnostic: Diagnostic::new(
                    CheckId::NameRenumbered,
                    format!("`{name}` moved from code {number} to {}", moved.code.value),
                )
                .primary(moved.code.span, format!("now {}", moved.code.value))
                .base(then.code.span, format!("was {number}"))
                .help(format!(
                    "clients that know `{name}` as {number} will misread it: keep {number}, and add a new name for a new code"
                )),
                codes: vec![number, moved.code.value],
            });
        }
        match now_by_code.get(&number) {
            Some(now) => compare_code(then, now, &mut findings, &mut changes),
            None if moved.is_some() => {}
            None => {
                if let Some(retired) = reserved_code(number) {
                    findings.push(Finding {
                        diagnostic: Diagnostic::new(
                            CheckId::CodeRetired,
                            format!("code {number} `{name}` is retired"),
                        )
                        .primary(retired.span, format!("reserved: {}", retired.reason.value))
                        .base(then.code.span, "was here"),
                        codes: vec![number],
                    });
                    changes.retired.push(Change {
                        code: number,
                        name: name.to_owned(),
                        what: retired.reason.value.clone(),
                    });
                } else {
                    findings.push(Finding {
                        diagnostic: Diagnostic::new(
                            CheckId::CodeRemoved,
                            format!("code {number} `{name}` was removed without being reserved"),
                        )
                        .base_primary(then.code.span, "removed")
                        .help(format!(
                            "clients may still receive {number}; to retire it, list it under `reserved:` (code: {number}, name: {name}, reason: …) so it is never reused"
                        )),
                        codes: vec![number],
                    });
                }
            }
        }
    }
    for now in &current.codes {
        let number = now.code.value;
        if then_by_code.contains_key(&number) || then_by_name.contains_key(now.name.value.as_str())
        {
            continue;
        }
        findings.push(Finding {
            diagnostic: Diagnostic::new(
                CheckId::CodeAdded,
                format!("code {number} `{}` is new", now.name.value),
            )
            .primary(now.code.span, "added"),
            codes: vec![number],
        });
        changes.added.push(Change {
            code: number,
            name: now.name.value.clone(),
            what: now.message.value.clone(),
        });
    }
    for then in base_reserved {
        let code_kept = then.code.as_ref().is_none_or(|code| {
            current
                .reserved
                .iter()
                .any(|r| r.code.as_ref().is_some_and(|c| c.value == code.value))
        });
        let name_kept = then.name.as_ref().is_none_or(|name| {
            current
                .reserved
                .iter()
                .any(|r| r.name.as_ref().is_some_and(|n| n.value == name.value))
        });
        let dropped = [
            (!code_kept)
                .then(|| then.code.as_ref().map(|c| format!("code {}", c.value)))
                .flatten(),
            (!name_kept)
                .then(|| then.name.as_ref().map(|n| format!("name `{}`", n.value)))
                .flatten(),
        ];
        let dropped: Vec<String> = dropped.into_iter().flatten().collect();
        if !dropped.is_empty() {
            let verb = if dropped.len() == 1 { "is" } else { "are" };
            findings.push(Finding {
                diagnostic: Diagnostic::new(
                    CheckId::ReservedRemoved,
                    format!("{} {verb} no longer reserved", dropped.join(" and ")),
                )
                .base_primary(then.span, format!("reserved: {}", then.reason.value))
                .help("a reservation is forever: old clients may still send or expect it; keep the entry"),
                codes: then.code.iter().map(|c| c.value).collect(),
            });
        }
    }
    let mut diagnostics = accept(current, findings);
    if let Some(base) = base {
        diagnostics.extend(version::check(base, current, &diagnostics));
    }
    diagnostics.sort_by_key(|d| {
        (
            d.severity,
            d.labels.first().map(|l| (l.origin, l.span.start)),
            d.id,
        )
    });
    for list in [
        &mut changes.added,
        &mut changes.deprecated,
        &mut changes.changed,
        &mut changes.retired,
    ] {
        list.sort_by_key(|c| c.code);
    }
    Comparison {
        diagnostics,
        changes,
    }
}

/// Compares one code that keeps its number.
fn compare_code(then: &Code, now: &Code, findings: &mut Vec<Finding>, changes: &mut Changes) {
    let number = now.code.value;
    let name = now.name.value.as_str();
    if then.name.value != now.name.value {
        findings.push(Finding {
            diagnostic: Diagnostic::new(
                CheckId::CodeRenamed,
                format!("code {number} changed its name from `{}` to `{name}`", then.name.value),
            )
            .primary(now.name.span, "new name")
            .base(then.name.span, "old name")
            .help(format!(
                "code {number} means `{}` to existing clients: give the new error a new code, and retire or deprecate the old one",
                then.name.value
            )),
            codes: vec![number],
        });
        return;
    }
    let mut what = Vec::new();
    if then.http.value != now.http.value {
        findings.push(Finding {
            diagnostic: Diagnostic::new(
                CheckId::HttpChanged,
                format!(
                    "code {number} `{name}` changed its HTTP status from {} to {}",
                    then.http.value, now.http.value
                ),
            )
            .primary(now.http.span, format!("now {}", now.http.value))
            .base(then.http.span, format!("was {}", then.http.value))
            .help("clients branch on the status: keep it, or add a new code"),
            codes: vec![number],
        });
        what.push(format!("HTTP {} → {}", then.http.value, now.http.value));
    }
    if then.category.value != now.category.value {
        findings.push(Finding {
            diagnostic: Diagnostic::new(
                CheckId::CategoryChanged,
                format!(
                    "code {number} `{name}` moved from category `{}` to `{}`",
                    then.category.value, now.category.value
                ),
            )
            .primary(now.category.span, format!("now `{}`", now.category.value))
            .base(then.category.span, format!("was `{}`", then.category.value)),
            codes: vec![number],
        });
        what.push(format!(
            "category {} → {}",
            then.category.value, now.category.value
        ));
    }
    if then.message.value != now.message.value {
        findings.push(Finding {
            diagnostic: Diagnostic::new(
                CheckId::MessageChanged,
                format!("the message of code {number} `{name}` changed"),
            )
            .primary(now.message.span, "new message")
            .base(then.message.span, "old message"),
            codes: vec![number],
        });
        what.push(format!(
            "message “{}” → “{}”",
            then.message.value, now.message.value
        ));
    }
    if !what.is_empty() {
        changes.changed.push(Change {
            code: number,
            name: name.to_owned(),
            what: what.join("; "),
        });
    }
    if let (None, Some(deprecated)) = (&then.deprecated, &now.deprecated) {
        findings.push(Finding {
            diagnostic: Diagnostic::new(
                CheckId::CodeDeprecated,
                format!("code {number} `{name}` is deprecated"),
            )
            .primary(deprecated.span, "deprecated"),
            codes: vec![number],
        });
        changes.deprecated.push(Change {
            code: number,
            name: name.to_owned(),
            what: deprecated.value.clone(),
        });
    }
}

/// Turns the breaks an `allow_breaking` entry names into notes that quote its reason, and
/// reports the entries that match nothing.
fn accept(current: &Registry, findings: Vec<Finding>) -> Vec<Diagnostic> {
    let mut used = vec![false; current.allow_breaking.len()];
    let mut out = Vec::with_capacity(findings.len());
    for finding in findings {
        let d = finding.diagnostic;
        let allowed = (d.severity != Severity::Note)
            .then(|| {
                current.allow_breaking.iter().position(|a| {
                    a.rule.value == d.id.as_str() && finding.codes.contains(&a.code.value)
                })
            })
            .flatten();
        match allowed {
            Some(index) => {
                used[index] = true;
                let entry = &current.allow_breaking[index];
                let mut accepted = Diagnostic::new(
                    CheckId::BreakAccepted,
                    format!("accepted [{}]: {}", d.id.as_str(), d.message),
                );
                accepted.labels = d.labels;
                out.push(
                    accepted.secondary(entry.span, format!("accepted: {}", entry.reason.value)),
                );
            }
            None => out.push(d),
        }
    }
    for (entry, used) in current.allow_breaking.iter().zip(used) {
        if !used {
            out.push(
                Diagnostic::new(
                    CheckId::UnusedAllow,
                    format!(
                        "`allow_breaking` for code {} and `{}` matches no change",
                        entry.code.value, entry.rule.value
                    ),
                )
                .primary(entry.span, "matches nothing against this base")
                .help("once the change is in the base, the entry can go"),
            );
        }
    }
    out
}
