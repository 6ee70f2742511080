//! Golden tests: each emitter's output for a small registry whose texts stress every escaping
//! context. Run with `UPDATE_EXPECT=1` to accept a deliberate change, then review the diff.

use errcodes_model::{SourceFile, Target};
use errcodes_view::View;
use expect_test::expect_file;

fn view() -> View {
    let source = SourceFile::new("small.yaml", include_str!("fixtures/small.yaml"));
    let parsed = errcodes_yaml::parse(&source);
    assert!(parsed.diagnostics.is_empty(), "{:#?}", parsed.diagnostics);
    View::new(&parsed.registry.expect("a registry")).expect("a view")
}

fn render(target: Target) -> errcodes_emit::GeneratedFile {
    errcodes_emit::emit(target, &view()).expect("renders")
}

#[test]
fn rust() {
    let file = render(Target::Rust);
    assert_eq!(file.path, "rust/shop_error_code.rs");
    expect_file!["golden/shop_error_code.rs"].assert_eq(&file.contents);
}

#[test]
fn typescript() {
    let file = render(Target::TypeScript);
    assert_eq!(file.path, "typescript/shop-error-code.ts");
    expect_file!["golden/shop-error-code.ts"].assert_eq(&file.contents);
}

#[test]
fn python() {
    let file = render(Target::Python);
    assert_eq!(file.path, "python/shop_error_code.py");
    expect_file!["golden/shop_error_code.py"].assert_eq(&file.contents);
}

#[test]
fn markdown() {
    let file = render(Target::Markdown);
    assert_eq!(file.path, "docs/error-codes.md");
    expect_file!["golden/error-codes.md"].assert_eq(&file.contents);
}

#[test]
fn every_file_is_lf_with_one_trailing_newline_and_the_header() {
    for file in errcodes_emit::emit_all(&view()).unwrap() {
        assert!(!file.contents.contains('\r'), "{}", file.path);
        assert!(
            file.contents.ends_with('\n') && !file.contents.ends_with("\n\n"),
            "{}",
            file.path
        );
        let head: String = file.contents.lines().take(4).collect::<Vec<_>>().join("\n");
        assert!(
            head.contains(errcodes_emit::GENERATED_MARKER),
            "{}",
            file.path
        );
        assert!(head.contains("errcodes gen"), "{}", file.path);
        assert!(head.contains(&view().content_hash), "{}", file.path);
    }
}

#[test]
fn output_does_not_depend_on_entry_order() {
    let text = include_str!("fixtures/small.yaml");
    let (head, codes) = text.split_once("codes:\n").unwrap();
    let codes = format!("\n{codes}");
    let mut entries: Vec<&str> = codes
        .split("\n  - ")
        .map(str::trim_end)
        .filter(|e| !e.is_empty())
        .collect();
    entries.reverse();
    let reordered = format!("{head}codes:\n  - {}\n", entries.join("\n  - "));
    let parsed = errcodes_yaml::parse(&SourceFile::new("r.yaml", reordered));
    assert!(parsed.diagnostics.is_empty(), "{:#?}", parsed.diagnostics);
    let other = View::new(&parsed.registry.unwrap()).unwrap();
    assert_eq!(
        errcodes_emit::emit_all(&other).unwrap(),
        errcodes_emit::emit_all(&view()).unwrap()
    );
}
