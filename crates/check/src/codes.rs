//! Codes and names: each used once, never a retired one, an HTTP status that makes sense, and
//! a docs example that is one of them.

use std::collections::{BTreeMap, HashMap, HashSet};

use errcodes_model::{CheckId, Code, Diagnostic, Registry};

pub(crate) fn check(registry: &Registry, out: &mut Vec<Diagnostic>) {
    duplicates(registry, out);
    reserved(registry, out);
    for code in &registry.codes {
        http(code, out);
    }
    example(registry, out);
}

/// `docs.example` must be one of the codes (when every entry could be read, so that an
/// unreadable entry is not taken for a missing code).
fn example(registry: &Registry, out: &mut Vec<Diagnostic>) {
    let Some(example) = &registry.docs.example else {
        return;
    };
    if registry.unread.codes > 0 || registry.codes.iter().any(|c| c.code.value == example.value) {
        return;
    }
    out.push(
        Diagnostic::new(
            CheckId::UnknownDocsExample,
            format!(
                "`docs.example` names code {}, which the registry does not have",
                example.value
            ),
        )
        .primary(example.span, "the code the docs' examples show")
        .help("name one of the codes, or leave `example` out to show the lowest code but 0"),
    );
}

fn duplicates(registry: &Registry, out: &mut Vec<Diagnostic>) {
    let mut by_code: BTreeMap<u16, Vec<&Code>> = BTreeMap::new();
    let mut by_name: BTreeMap<&str, Vec<&Code>> = BTreeMap::new();
    for code in &registry.codes {
        by_code.entry(code.code.value).or_default().push(code);
        by_name.entry(&code.name.value).or_default().push(code);
    }
    let taken: HashSet<u16> = registry
        .codes
        .iter()
        .map(|c| c.code.value)
        .chain(
            registry
                .reserved
                .iter()
                .filter_map(|r| r.code.as_ref().map(|c| c.value)),
        )
        .collect();
    for (number, users) in &by_code {
        let [first, rest @ ..] = users.as_slice() else {
            continue;
        };
        if rest.is_empty() {
            continue;
        }
        let names: Vec<String> = users
            .iter()
            .map(|c| format!("`{}`", c.name.value))
            .collect();
        let mut d = Diagnostic::new(
            CheckId::DuplicateCode,
            format!(
                "code {number} is used by {} entries: {}",
                users.len(),
                names.join(", ")
            ),
        )
        .secondary(
            first.code.span,
            format!("first used by `{}`", first.name.value),
        );
        for code in rest {
            d = d.primary(
                code.code.span,
                format!("used again by `{}`", code.name.value),
            );
        }
        let hundred = number - number % 100;
        let help = match next_free(&taken, *number) {
            Some(free) => format!(
                "a code identifies one error; give all but one of them another code: {free} is the next free code in {hundred}..={}",
                hundred.saturating_add(99)
            ),
            None => format!(
                "a code identifies one error; {hundred}..={} is full, so use another range",
                hundred.saturating_add(99)
            ),
        };
        out.push(d.help(help));
    }
    for (name, users) in &by_name {
        let [first, rest @ ..] = users.as_slice() else {
            continue;
        };
        for code in rest {
            out.push(
                Diagnostic::new(
                    CheckId::DuplicateName,
                    format!(
                        "name `{name}` is used by codes {} and {}",
                        first.code.value, code.code.value
                    ),
                )
                .primary(
                    code.name.span,
                    format!("used again by code {}", code.code.value),
                )
                .secondary(
                    first.name.span,
                    format!("first used by code {}", first.code.value),
                )
                .help("a name identifies one error in every language: rename one of them"),
            );
        }
    }
}

/// The first code after `number` in its hundred (wrapping to the hundred's start) that no
/// entry uses and no `reserved` entry retired.
fn next_free(taken: &HashSet<u16>, number: u16) -> Option<u16> {
    let hundred = number - number % 100;
    let last = hundred.saturating_add(99);
    (number.saturating_add(1)..=last)
        .chain(hundred..number)
        .find(|n| !taken.contains(n))
}

fn reserved(registry: &Registry, out: &mut Vec<Diagnostic>) {
    let mut codes = HashMap::new();
    let mut names = HashMap::new();
    for entry in &registry.reserved {
        if let Some(code) = &entry.code
            && let Some(first) = codes.insert(code.value, code.span)
        {
            out.push(
                Diagnostic::new(
                    CheckId::DuplicateReserved,
                    format!("code {} is reserved twice", code.value),
                )
                .primary(code.span, "reserved again here")
                .secondary(first, "first reserved here")
                .help("keep one entry, with the reason it was retired"),
            );
        }
        if let Some(name) = &entry.name
            && let Some(first) = names.insert(name.value.as_str(), name.span)
        {
            out.push(
                Diagnostic::new(
                    CheckId::DuplicateReserved,
                    format!("name `{}` is reserved twice", name.value),
                )
                .primary(name.span, "reserved again here")
                .secondary(first, "first reserved here")
                .help("keep one entry, with the reason it was retired"),
            );
        }
    }
    for code in &registry.codes {
        for entry in &registry.reserved {
            if let Some(retired) = entry.code.as_ref().filter(|r| r.value == code.code.value) {
                out.push(
                    Diagnostic::new(
                        CheckId::ReservedCodeUsed,
                        format!("code {} is reserved and cannot be used by `{}`", code.code.value, code.name.value),
                    )
                    .primary(code.code.span, "uses a retired code")
                    .secondary(retired.span, format!("retired: {}", entry.reason.value))
                    .help("retired codes are never reused, so old clients cannot misread new errors: pick a new code"),
                );
            }
            if let Some(retired) = entry.name.as_ref().filter(|r| r.value == code.name.value) {
                out.push(
                    Diagnostic::new(
                        CheckId::ReservedNameUsed,
                        format!(
                            "name `{}` is reserved and cannot be used by code {}",
                            code.name.value, code.code.value
                        ),
                    )
                    .primary(code.name.span, "uses a retired name")
                    .secondary(retired.span, format!("retired: {}", entry.reason.value))
                    .help("retired names are never reused: pick a new name"),
                );
            }
        }
    }
}

fn http(code: &Code, out: &mut Vec<Diagnostic>) {
    let status = code.http.value;
    if !(100..=599).contains(&status) {
        out.push(
            Diagnostic::new(
                CheckId::HttpStatusRange,
                format!(
                    "code {} has HTTP status {status}, outside 100..=599",
                    code.code.value
                ),
            )
            .primary(code.http.span, "not an HTTP status")
            .help("use the status the platform answers with, such as 400, 404, 429 or 500"),
        );
    } else if code.code.value != 0 && (200..300).contains(&status) {
        out.push(
            Diagnostic::new(
                CheckId::SuccessStatus,
                format!(
                    "error code {} has the success status {status}",
                    code.code.value
                ),
            )
            .primary(code.http.span, "a 2xx status")
            .secondary(code.code.span, "a non-zero code is an error")
            .help("errors answer with a 4xx or 5xx status; only code 0 is a success"),
        );
    }
}
