//! Escaping proven, not hoped: property tests build registries whose texts are arbitrary
//! Unicode weighted toward every target's syntax (quotes, backslashes, escapes, comment
//! terminators, template and Markdown syntax, newlines, tabs, joiners, astral characters,
//! long strings), generate every target, then compile and run each (rustc, tsc + node,
//! CPython), parse the Markdown page back with a CommonMark parser and the HTML page with
//! Python's HTML parser: every value must come back exactly, and no text may become markup. Many entries go into each compile so the default run stays short;
//! `just proptest` runs many more cases (`PROPTEST_CASES`).

use std::process::Command;

use errcodes_model::Registry;
use errcodes_testkit::dump::expected_dump;
use errcodes_testkit::hostile::registry;
use errcodes_testkit::{run, scratch};
use errcodes_view::View;
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

use crate::toolchains::{fill, link_typescript, python, python_module};

/// Generates every target for `registry` and checks every value comes back from each.
fn round_trip(registry: &Registry) -> Result<(), TestCaseError> {
    let errors: Vec<_> = errcodes_check::check(registry)
        .into_iter()
        .filter(|d| d.severity == errcodes_model::Severity::Error)
        .collect();
    prop_assert!(
        errors.is_empty(),
        "the generator made an invalid registry: {errors:?}"
    );
    let view = View::new(registry).unwrap();
    let expected = expected_dump(&view);
    let files = errcodes_targets::emit_all(&view).unwrap();
    let file = |suffix: &str| {
        &files
            .iter()
            .find(|f| f.path.ends_with(suffix))
            .unwrap()
            .contents
    };

    let work = scratch("roundtrip");
    std::fs::write(work.join("codes.rs"), file("src/codes.rs")).unwrap();
    std::fs::write(
        work.join("main.rs"),
        fill(include_str!("../toolchains/module_dump.rs"), &view),
    )
    .unwrap();
    run(Command::new("rustc").current_dir(&work).args([
        "--edition",
        "2024",
        "-o",
        "dump",
        "main.rs",
    ]));
    prop_assert_eq!(
        run(&mut Command::new(work.join("dump"))),
        expected.clone(),
        "Rust"
    );

    std::fs::write(work.join("index.ts"), file("src/index.ts")).unwrap();
    std::fs::write(
        work.join("dump.ts"),
        fill(include_str!("../toolchains/module_dump.ts"), &view),
    )
    .unwrap();
    std::fs::write(work.join("package.json"), "{\"type\": \"module\"}\n").unwrap();
    link_typescript(&work);
    run(Command::new(work.join("node_modules/.bin/tsc"))
        .current_dir(&work)
        .args([
            "--strict", "--target", "es2022", "--module", "nodenext", "--outDir", "out", "--types",
            "", "dump.ts",
        ]));
    prop_assert_eq!(
        run(Command::new("node").current_dir(&work).arg("out/dump.js")),
        expected.clone(),
        "TypeScript"
    );

    let module = work.join(python_module(&view));
    std::fs::create_dir_all(&module).unwrap();
    std::fs::write(module.join("__init__.py"), file("__init__.py")).unwrap();
    std::fs::write(
        work.join("dump.py"),
        fill(include_str!("../toolchains/module_dump.py"), &view),
    )
    .unwrap();
    prop_assert_eq!(
        run(Command::new(python().join("python"))
            .current_dir(&work)
            .arg("dump.py")),
        expected,
        "Python"
    );

    let rows = markdown_rows(file("docs/error-codes.md"));
    for code in &view.codes {
        let category = view.category_of(code);
        let mut described = format!("{} {}", code.name, code.message);
        if let Some(description) = &code.description {
            described.push_str(&format!("\n{description}"));
        }
        if let Some(deprecated) = &code.deprecated {
            described.push_str(&format!("\n已弃用: {deprecated}"));
        }
        let expected = vec![
            code.code.to_string(),
            code.http.to_string(),
            category.label.clone(),
            described,
        ];
        let row = rows.iter().find(|r| r[0] == expected[0]);
        let line = file("docs/error-codes.md")
            .lines()
            .find(|l| l.starts_with(&format!("| <a id=\"{}\">", code.code)))
            .unwrap_or_default();
        prop_assert_eq!(
            row,
            Some(&expected),
            "the Markdown row of {} is lost or differs: {:?}",
            code.code,
            line
        );
    }
    prop_assert_eq!(rows.len(), view.codes.len());
    let guides: Vec<String> = view
        .categories
        .iter()
        .filter_map(|k| k.guide.clone())
        .collect();
    prop_assert_eq!(
        markdown_links(file("docs/error-codes.md")),
        guides.clone(),
        "the Markdown page's guide links"
    );

    std::fs::write(work.join("page.html"), file("docs/error-codes.html")).unwrap();
    std::fs::write(
        work.join("html_dump.py"),
        include_str!("../toolchains/html_dump.py"),
    )
    .unwrap();
    let dump = run(Command::new(python().join("python"))
        .current_dir(&work)
        .args(["html_dump.py", "page.html"]));
    let page: serde_json::Value = serde_json::from_str(&dump).unwrap();
    check_html(&view, &page)
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

/// The destinations of the page's written links (not autolinks) that leave the page, as a
/// CommonMark renderer resolves them (entity references and backslash escapes decoded).
fn markdown_links(page: &str) -> Vec<String> {
    use pulldown_cmark::{Event, LinkType, Parser, Tag};
    Parser::new(page)
        .filter_map(|event| match event {
            Event::Start(Tag::Link {
                link_type: LinkType::Inline,
                dest_url,
                ..
            }) if !dest_url.starts_with('#') => Some(dest_url.to_string()),
            _ => None,
        })
        .collect()
}

/// The cells of every table row after the header, as a CommonMark renderer shows them: text
/// and code spans, `<br>` as a line break, autolinks as their text, anchors dropped.
fn markdown_rows(page: &str) -> Vec<Vec<String>> {
    use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
    let mut rows = Vec::new();
    let (mut row, mut cell, mut in_head) = (Vec::new(), String::new(), false);
    for event in Parser::new_ext(page, Options::ENABLE_TABLES) {
        match event {
            Event::Start(Tag::TableHead) => in_head = true,
            Event::End(TagEnd::TableHead) => {
                in_head = false;
                row.clear();
            }
            Event::End(TagEnd::TableCell) => row.push(std::mem::take(&mut cell)),
            Event::End(TagEnd::TableRow) if !in_head => rows.push(std::mem::take(&mut row)),
            Event::End(TagEnd::TableRow) => row.clear(),
            Event::Text(text) | Event::Code(text) => cell.push_str(&text),
            Event::InlineHtml(html) if html.as_ref() == "<br>" => cell.push('\n'),
            Event::SoftBreak | Event::HardBreak => cell.push('\n'),
            _ => {}
        }
    }
    rows.retain(|r| r.len() == 4 && r[0].parse::<u16>().is_ok());
    rows
}

#[test]
fn every_value_survives_every_target() {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(3);
    let mut runner = TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    });
    if let Err(failure) = runner.run(&registry(40), |registry| round_trip(&registry)) {
        match failure {
            proptest::test_runner::TestError::Fail(reason, _) => panic!("{reason}"),
            other => panic!("{other}"),
        }
    }
}
