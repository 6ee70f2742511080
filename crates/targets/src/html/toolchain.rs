//! The HTML page read back by Python's HTML parser (`consumer/html_dump.py`, standard library
//! only): for a hostile registry, every code's row holds its values as text, and the page has
//! the tags and attributes of its template and no others, so that no registry text became
//! markup or script. The browser tests (crates/errcodes/tests/it/browser.rs) load it in
//! Chromium.

use std::process::Command;

use errcodes_testkit::{run, scratch};
use errcodes_view::View;
use proptest::prelude::*;

use crate::testing;

/// The slow-tier suite this test forms.
const SUITE: &str = "HTML page read back by Python's HTML parser";

fn read_back(view: &View) -> Result<(), TestCaseError> {
    let work = scratch("roundtrip-html");
    std::fs::write(work.join("page.html"), testing::source("html", view)).unwrap();
    std::fs::write(
        work.join("html_dump.py"),
        include_str!("consumer/html_dump.py"),
    )
    .unwrap();
    let dump = run(Command::new("python3")
        .current_dir(&work)
        .args(["html_dump.py", "page.html"]));
    let page: serde_json::Value = serde_json::from_str(&dump).unwrap();
    check_html(view, &page)
}

/// Every code's row of the HTML page, as Python's HTML parser read it, holds its values as
/// text; the page has the tags and attributes of the template and no others.
fn check_html(view: &View, page: &serde_json::Value) -> Result<(), TestCaseError> {
    let rows = page["rows"].as_array().unwrap();
    prop_assert_eq!(rows.len(), view.codes.len());
    for (code, row) in view.codes.iter().zip(rows) {
        let category = view.category_of(code);
        let mut notes = Vec::new();
        notes.extend(code.description.clone());
        notes.extend(code.deprecated.iter().map(|d| format!("已弃用:{d}")));
        let expected = serde_json::json!({
            "id": code.code.to_string(),
            "category": category.id,
            "code": code.code.to_string(),
            "http": code.http.to_string(),
            "name/code": code.name,
            "message/text": code.message,
            "note": notes.join("\u{1f}"),
            "label": category.label,
        });
        let cells = &row["cells"];
        let got = serde_json::json!({
            "id": row["id"],
            "category": row["data-category"],
            "code": cells["code/a"],
            "http": cells["http"],
            "name/code": cells["name/code"],
            "message/text": cells["message/text"],
            "note": cells.get("message/note").cloned().unwrap_or_else(|| "".into()),
            "label": cells["category"],
        });
        prop_assert_eq!(got, expected, "the HTML row of {}", code.code);
    }
    let tags: Vec<&String> = page["tags"].as_object().unwrap().keys().collect();
    let allowed = [
        "a", "body", "button", "code", "div", "h1", "h2", "h3", "head", "html", "input", "li",
        "main", "meta", "option", "output", "p", "pre", "script", "select", "span", "style",
        "table", "tbody", "td", "th", "thead", "title", "tr", "ul",
    ];
    for tag in &tags {
        prop_assert!(
            allowed.contains(&tag.as_str()),
            "registry text became a <{}> tag",
            tag
        );
    }
    prop_assert_eq!(
        &page["tags"]["script"],
        &serde_json::json!(1),
        "one script: the page's own"
    );
    for attribute in page["attributes"].as_array().unwrap() {
        let name = attribute.as_str().unwrap();
        prop_assert!(
            !name.starts_with("on"),
            "registry text became an event handler: {}",
            name
        );
    }
    let guides: Vec<String> = view
        .categories
        .iter()
        .filter_map(|k| k.guide.clone())
        .collect();
    prop_assert_eq!(&page["guides"], &serde_json::json!(guides), "guide links");
    Ok(())
}

/// Every value of the escaping fixture and of hostile registries reads back from the page.
#[test]
fn every_value_survives() {
    if !errcodes_testkit::tier::slow(SUITE) {
        return;
    }
    read_back(&testing::hostile().view).unwrap();
    testing::round_trip(testing::toolchain_cases(), read_back);
}
