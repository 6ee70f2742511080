//! The Markdown page read back by a CommonMark parser (pulldown-cmark): for a hostile registry,
//! every code's row holds its values exactly, and the guide links resolve to the registry's,
//! so that no registry text became markup.

use errcodes_view::View;
use proptest::prelude::*;

use crate::testing;

fn check(view: &View) -> Result<(), TestCaseError> {
    let page = testing::source("markdown", view);
    let rows = markdown_rows(page.as_str());
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
        let line = page
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
        markdown_links(page.as_str()),
        guides.clone(),
        "the Markdown page's guide links"
    );

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

/// Every value of the escaping fixture and of hostile registries reads back from the page.
#[test]
fn every_value_survives() {
    check(&testing::hostile().view).unwrap();
    testing::round_trip(errcodes_testkit::tier::cases(16, 256), check);
}
