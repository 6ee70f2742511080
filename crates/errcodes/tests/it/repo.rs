//! The repository itself: its generated files are current, and its docs table says what the
//! published page says, but for the one duplicate the registry resolves.

use std::collections::BTreeMap;
use std::fs;

use crate::support::{errcodes, fixture, repo_root};

#[test]
fn generated_files_are_current() {
    let run = errcodes(&repo_root(), &["check", "--deny-warnings"]);
    assert_eq!(
        run.code, 0,
        "generated/ is stale: run `just gen`\n{}{}",
        run.stderr, run.stdout
    );
}

/// `(code, http, category label, name, message)` of each row of a Markdown-ish table.
type Row = (u16, u16, String, String, String);

/// The published page's rows; a message that continues on the next physical line keeps its
/// line break.
fn page_rows() -> Vec<Row> {
    let page = fs::read_to_string(fixture("published-page.txt")).unwrap();
    let mut rows: Vec<Row> = Vec::new();
    for line in page.lines() {
        let cells: Vec<&str> = line.split(" | ").collect();
        if let [first, http, label, rest] = cells.as_slice()
            && let Some(code) = first.strip_prefix("| ").and_then(|c| c.parse().ok())
        {
            let rest = rest.trim_end_matches(" |");
            let (name, message) = rest.split_once(' ').unwrap();
            rows.push((
                code,
                http.parse().unwrap(),
                label.to_string(),
                name.to_owned(),
                message.to_owned(),
            ));
        } else if let Some(last) = rows.last_mut()
            && !last.4.ends_with('.')
            && line.ends_with(" |")
        {
            last.4 = format!("{}\n{}", last.4, line.trim_end_matches(" |"));
        }
    }
    rows
}

/// Undoes the Markdown escaping of a generated cell.
fn unescape(cell: &str) -> String {
    let mut out = String::new();
    let mut chars = cell
        .replace("<br>", "\n")
        .chars()
        .collect::<Vec<_>>()
        .into_iter()
        .peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.extend(chars.next()),
            '<' => {}
            '>' => {}
            c => out.push(c),
        }
    }
    out
}

fn generated_rows() -> Vec<Row> {
    let table = fs::read_to_string(repo_root().join("generated/docs/error-codes.md")).unwrap();
    table
        .lines()
        .filter(|l| l.starts_with("| <a id="))
        .map(|line| {
            let cells: Vec<&str> = line
                .trim_start_matches("| ")
                .trim_end_matches(" |")
                .split(" | ")
                .collect();
            let code: u16 = cells[0].split('"').nth(1).unwrap().parse().unwrap();
            assert!(cells[0].ends_with(&format!("[{code}](#{code})")), "{line}");
            let (name, message) = cells[3].split_once(' ').unwrap();
            (
                code,
                cells[1].parse().unwrap(),
                unescape(cells[2]),
                name.trim_matches('`').to_owned(),
                unescape(message),
            )
        })
        .collect()
}

#[test]
fn docs_table_holds_every_row_of_the_published_page_with_1405_resolved() {
    let page = page_rows();
    assert_eq!(page.len(), 258);
    let generated = generated_rows();
    assert_eq!(generated.len(), 258);
    let mut expected: Vec<Row> = page
        .into_iter()
        .map(|mut row| {
            if row.3 == "PG_DATABASE_TRANSACTION_FAILED" {
                assert_eq!(row.0, 1405);
                row.0 = 1406;
            }
            row
        })
        .collect();
    expected.sort_by_key(|r| r.0);
    assert_eq!(generated, expected);
    let codes: BTreeMap<u16, &str> = generated.iter().map(|r| (r.0, r.3.as_str())).collect();
    assert_eq!(codes.len(), 258, "codes are unique");
    assert_eq!(codes[&1405], "OPEN_SEARCH_NO_RESULT");
    assert_eq!(codes[&1406], "PG_DATABASE_TRANSACTION_FAILED");
}

#[test]
fn registry_says_why_1406_moved() {
    let registry = fs::read_to_string(repo_root().join("registry.yaml")).unwrap();
    let at = registry
        .find("  - code: 1406\n    name: PG_DATABASE_TRANSACTION_FAILED")
        .expect("1406 entry");
    let comment = registry[..at]
        .lines()
        .rev()
        .take(2)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        comment.contains("1405") && comment.trim_start().starts_with('#'),
        "{comment}"
    );
}
