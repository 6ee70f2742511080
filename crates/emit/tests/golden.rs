//! Golden tests: every file of every target's package for a small registry whose texts stress
//! every escaping context. Run with `UPDATE_EXPECT=1` to accept a deliberate change, then
//! review the diff.

use std::path::Path;

use errcodes_model::{SourceFile, Target};
use errcodes_view::View;
use expect_test::expect_file;

fn view() -> View {
    let source = SourceFile::new("small.yaml", include_str!("fixtures/small.yaml"));
    let parsed = errcodes_yaml::parse(&source);
    assert!(parsed.diagnostics.is_empty(), "{:#?}", parsed.diagnostics);
    View::new(&parsed.registry.expect("a registry")).expect("a view")
}

fn golden(target: Target) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    for file in errcodes_emit::package(target, &view()).expect("renders") {
        if std::env::var_os("UPDATE_EXPECT").is_some() {
            let path = root.join(&file.path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        }
        expect_file![root.join(&file.path)].assert_eq(&file.contents);
    }
}

#[test]
fn rust() {
    golden(Target::Rust);
}

#[test]
fn typescript() {
    golden(Target::TypeScript);
}

#[test]
fn python() {
    golden(Target::Python);
}

#[test]
fn markdown() {
    golden(Target::Markdown);
}

#[test]
fn html() {
    golden(Target::Html);
}

#[test]
fn markdown_region() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let region = errcodes_emit::markdown_region(&view()).expect("renders");
    expect_file![root.join("docs/region.md")].assert_eq(&region);
}

#[test]
fn no_golden_file_is_left_over() {
    let mut planned: Vec<String> = errcodes_emit::emit_all(&view())
        .unwrap()
        .into_iter()
        .map(|f| f.path)
        .collect();
    planned.push("docs/region.md".to_owned());
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let mut stack = vec![root.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path
                    .strip_prefix(&root)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                assert!(
                    planned.contains(&rel),
                    "{rel} is no longer generated: delete it"
                );
            }
        }
    }
}

#[test]
fn each_source_is_its_package_file() {
    let view = view();
    for target in Target::ALL {
        let source = errcodes_emit::source(target, &view).unwrap();
        assert!(
            errcodes_emit::package(target, &view)
                .unwrap()
                .contains(&source),
            "{target:?}"
        );
    }
}

#[test]
fn every_file_is_lf_with_one_trailing_newline_and_the_header() {
    let view = view();
    for file in errcodes_emit::emit_all(&view).unwrap() {
        if file.path.ends_with("py.typed") {
            assert_eq!(file.contents, "", "PEP 561 marker");
            continue;
        }
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
        assert!(head.contains(errcodes_emit::VERSION), "{}", file.path);
    }
}

#[test]
fn output_does_not_depend_on_entry_order() {
    let text = include_str!("fixtures/small.yaml");
    let (head, rest) = text.split_once("codes:\n").unwrap();
    let (codes, reserved) = rest.split_once("reserved:\n").unwrap();
    let codes = format!("\n{codes}");
    let mut entries: Vec<&str> = codes
        .split("\n  - ")
        .map(str::trim_end)
        .filter(|e| !e.is_empty())
        .collect();
    entries.reverse();
    let reordered = format!(
        "{head}codes:\n  - {}\nreserved:\n{reserved}",
        entries.join("\n  - ")
    );
    let parsed = errcodes_yaml::parse(&SourceFile::new("r.yaml", reordered));
    assert!(parsed.diagnostics.is_empty(), "{:#?}", parsed.diagnostics);
    let other = View::new(&parsed.registry.unwrap()).unwrap();
    assert_eq!(
        errcodes_emit::emit_all(&other).unwrap(),
        errcodes_emit::emit_all(&view()).unwrap()
    );
}

/// `errcodes import` writes whatever a registry holds as YAML that reads back the same, even
/// text the checks would refuse (found by fuzzing: a retired name was printed unquoted).
#[test]
fn the_yaml_writer_quotes_every_text() {
    let source = SourceFile::new("small.yaml", include_str!("fixtures/small.yaml"));
    let mut registry = errcodes_yaml::parse(&source).registry.unwrap();
    let name = registry.reserved[0].name.as_mut().unwrap();
    name.value = "old: \"error\" # not a comment".to_owned();
    let yaml = errcodes_emit::registry_yaml(&errcodes_view::SourceView::new(&registry)).unwrap();
    let back = errcodes_yaml::parse(&SourceFile::new("back.yaml", yaml))
        .registry
        .unwrap();
    let names = |r: &errcodes_model::Registry| {
        r.reserved
            .iter()
            .map(|e| e.name.as_ref().map(|n| n.value.clone()))
            .collect::<std::collections::BTreeSet<_>>()
    };
    assert_eq!(names(&back), names(&registry));
}
