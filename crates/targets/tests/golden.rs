//! Golden tests: every file of every target's package for a small registry whose texts stress
//! every escaping context, compared with the files under each target's own
//! `src/<id>/golden/`. Run with `UPDATE_EXPECT=1` to accept a deliberate change, then review
//! the diff. A new target needs no code here: its folder holds its goldens.

use std::path::{Path, PathBuf};

use errcodes_model::SourceFile;
use errcodes_targets::Target;
use errcodes_view::View;
use expect_test::expect_file;

fn view() -> View {
    let source = SourceFile::new("small.yaml", include_str!("fixtures/small.yaml"));
    let parsed = errcodes_yaml::parse(&source);
    assert!(parsed.diagnostics.is_empty(), "{:#?}", parsed.diagnostics);
    View::new(&parsed.registry.expect("a registry")).expect("a view")
}

/// A target's golden folder, `src/<id>/golden/`.
fn golden_dir(target: Target) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src")
        .join(target.id())
        .join("golden")
}

/// Where a target's `gen --inject` region is kept: `region.<ext>`, the source's extension.
fn region_file(target: Target, view: &View) -> PathBuf {
    let source = errcodes_targets::source(target, view)
        .expect("renders")
        .path;
    let ext = source.rsplit_once('.').map_or("txt", |(_, ext)| ext);
    golden_dir(target).join(format!("region.{ext}"))
}

fn expect(path: PathBuf, contents: &str) {
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    }
    expect_file![path].assert_eq(contents);
}

#[test]
fn every_target_matches_its_goldens() {
    let view = view();
    for &target in Target::ALL {
        for file in errcodes_targets::package(target, &view).expect("renders") {
            expect(golden_dir(target).join(&file.path), &file.contents);
        }
        if let Some(region) = errcodes_targets::region(target, &view) {
            expect(region_file(target, &view), &region.expect("renders"));
        }
    }
}

#[test]
fn no_golden_file_is_left_over() {
    let view = view();
    for &target in Target::ALL {
        let root = golden_dir(target);
        let mut planned: Vec<PathBuf> = errcodes_targets::package(target, &view)
            .unwrap()
            .into_iter()
            .map(|f| root.join(f.path))
            .collect();
        if target.injects() {
            planned.push(region_file(target, &view));
        }
        let mut stack = vec![root.clone()];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
                let path = entry.path();
                if path.is_dir() {
                    stack.push(path);
                } else {
                    assert!(
                        planned.contains(&path),
                        "{} is no longer generated: delete it",
                        path.display()
                    );
                }
            }
        }
    }
}

#[test]
fn each_source_is_its_package_file() {
    let view = view();
    for &target in Target::ALL {
        let source = errcodes_targets::source(target, &view).unwrap();
        assert!(
            errcodes_targets::package(target, &view)
                .unwrap()
                .contains(&source),
            "{target:?}"
        );
    }
}

#[test]
fn every_file_is_lf_with_one_trailing_newline_and_the_header() {
    let view = view();
    for file in errcodes_targets::emit_all(&view).unwrap() {
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
            head.contains(errcodes_targets::GENERATED_MARKER),
            "{}",
            file.path
        );
        assert!(head.contains("errcodes gen"), "{}", file.path);
        assert!(head.contains(errcodes_targets::VERSION), "{}", file.path);
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
        errcodes_targets::emit_all(&other).unwrap(),
        errcodes_targets::emit_all(&view()).unwrap()
    );
}

/// `errcodes import` writes whatever a registry holds as YAML that reads back the same, even
/// text the checks would refuse (found by fuzzing: a retired name was printed unquoted), and
/// characters a YAML stream may not hold as written (U+FFFE) or that YAML 1.1 folds.
#[test]
fn the_yaml_writer_quotes_every_text() {
    let source = SourceFile::new("small.yaml", include_str!("fixtures/small.yaml"));
    let mut registry = errcodes_yaml::parse(&source).registry.unwrap();
    let name = registry.reserved[0].name.as_mut().unwrap();
    name.value = "old: \"error\" # not a comment \u{2028}\u{85}\u{FFFE}".to_owned();
    let yaml = errcodes_targets::registry_yaml(&registry).unwrap();
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

/// `packages:` in both forms (a target's name alone, or its settings) survives `import` to
/// YAML and `export --to-rust`, read back by each front-end.
#[test]
fn package_settings_survive_both_source_writers() {
    let text = include_str!("fixtures/small.yaml").replacen(
        "docs:",
        "packages:\n  version: 2.0.0\n  rust: shop-codes\n  typescript:\n    name: \"@shop/codes\"\ndocs:",
        1,
    );
    let registry = errcodes_yaml::parse(&SourceFile::new("p.yaml", text))
        .registry
        .unwrap();
    let settings = |r: &errcodes_model::Registry| {
        let mut out = vec![(
            "version".to_owned(),
            String::new(),
            r.packages.version.as_ref().unwrap().value.clone(),
        )];
        for t in &r.packages.targets {
            for s in &t.settings {
                let key = s.key.as_ref().map_or("", |k| k.value.as_str());
                out.push((
                    t.target.value.clone(),
                    key.to_owned(),
                    s.value.value.clone(),
                ));
            }
        }
        out
    };
    let expected = settings(&registry);
    assert_eq!(expected.len(), 3);
    let yaml = errcodes_targets::registry_yaml(&registry).unwrap();
    let from_yaml = errcodes_yaml::parse(&SourceFile::new("back.yaml", yaml));
    assert!(
        from_yaml.diagnostics.is_empty(),
        "{:?}",
        from_yaml.diagnostics
    );
    assert_eq!(settings(&from_yaml.registry.unwrap()), expected);
    let rust = errcodes_targets::rust_enum(&registry).unwrap();
    assert!(
        rust.contains("typescript(name = \"@shop/codes\")"),
        "{rust}"
    );
    let from_rust = errcodes_rust_source::parse(&SourceFile::new("back.rs", rust), None);
    assert!(
        from_rust.diagnostics.is_empty(),
        "{:?}",
        from_rust.diagnostics
    );
    assert_eq!(settings(&from_rust.registry.unwrap()), expected);
}
