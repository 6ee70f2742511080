//! The compatibility rules' UI tests, as data: every case under `tests/ui/<rule-id>/` is a
//! current registry `<case>.yaml`, the base it is compared with `<case>.base.yaml` (none: no
//! registry in the base), and `<case>.expected`, what `errcodes_compat::compare` returns:
//! every diagnostic with its labels and help, then the change summary. Run with
//! `UPDATE_EXPECT=1` to accept a deliberate change, then review the diff. The layout is
//! described in `crates/check/tests/ui/README.md`.
//!
//! The rule ids of [`CheckId::RULES`] are a public contract (CI gates fail on them), and each
//! rule has close neighbours that must not fire in its place: a message change is not a
//! rename, a code removed and reserved is retired, not removed, an `allow_breaking` entry for
//! another code accepts nothing. So each rule's folder holds a case where it fires and a case
//! named `near-…` where something next to it changed and it stays silent;
//! [`every_rule_fires_and_has_a_near_miss`] fails as soon as a rule is added without both.
//! Both registries of a case must pass `errcodes_check::check` without an error, so a case
//! cannot silently test an invalid registry.

use std::collections::BTreeSet;
use std::fmt::Write;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use errcodes_compat::{Comparison, compare};
use errcodes_model::{CheckId, Diagnostic, Origin, Registry, Severity, SourceFile};
use errcodes_testkit::ui;
use errcodes_view::Change;

/// Folders that are not named after a rule: `clean` (no diagnostic and no change) and `many`
/// (several rules at once).
const SPECIAL: &[&str] = &["clean", "many"];

fn ui() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ui")
}

/// One case: its path under `ui/` without extension (`<folder>/<name>`), its two sources and
/// their comparison, or why its registries cannot be compared.
struct Case {
    path: String,
    base: Option<SourceFile>,
    current: SourceFile,
    comparison: Result<Comparison, String>,
}

impl Case {
    fn folder(&self) -> &str {
        self.path.split_once('/').map_or("", |(folder, _)| folder)
    }

    fn name(&self) -> &str {
        self.path.rsplit_once('/').map_or(&*self.path, |(_, n)| n)
    }

    fn expected(&self) -> PathBuf {
        ui().join(format!("{}.expected", self.path))
    }

    fn load(path: &str) -> Case {
        let read = |ext: &str| {
            let file = ui().join(format!("{path}.{ext}"));
            std::fs::read(&file)
                .ok()
                .map(|bytes| SourceFile::decode(&format!("{path}.{ext}"), &bytes).0)
        };
        let base = read("base.yaml");
        let current = read("yaml").expect("the current registry");
        let comparison = (|| {
            let base = base.as_ref().map(|b| registry("base", b)).transpose()?;
            let current = registry("current", &current)?;
            Ok(compare(base.as_ref(), &current, "origin/main"))
        })();
        Case {
            path: path.to_owned(),
            base,
            current,
            comparison,
        }
    }

    fn diagnostics(&self) -> &[Diagnostic] {
        self.comparison
            .as_ref()
            .map_or(&[], |c| c.diagnostics.as_slice())
    }

    fn ids(&self) -> BTreeSet<&str> {
        self.diagnostics().iter().map(|d| d.id.as_str()).collect()
    }

    fn source(&self, origin: Origin) -> Option<&SourceFile> {
        match origin {
            Origin::Current => Some(&self.current),
            Origin::Base => self.base.as_ref(),
        }
    }

    /// Each diagnostic as `id severity at message`, then one line per label in order
    /// (`  at primary|secondary "text under it" label`) and `  help: …` if any, where `at` is
    /// `line:col` in the current registry or `base:line:col` in the base; then the change
    /// summary, one line per change.
    fn rendered(&self) -> String {
        let comparison = match &self.comparison {
            Ok(comparison) => comparison,
            Err(why) => return why.clone(),
        };
        let mut out = ui::render_diagnostics(
            &comparison.diagnostics,
            |l| {
                self.source(l.origin)
                    .and_then(|s| s.text.get(l.span.start..l.span.end))
                    .unwrap_or("?")
                    .to_owned()
            },
            |l| at(l.origin, l.span),
        );
        if !out.is_empty() {
            out.push('\n');
        }
        let changes = &comparison.changes;
        if changes.is_empty() {
            let _ = writeln!(out, "changes against {}: none", changes.base_name);
            return out;
        }
        let _ = writeln!(out, "changes against {}:", changes.base_name);
        let lists: [(&str, &[Change]); 4] = [
            ("added", &changes.added),
            ("deprecated", &changes.deprecated),
            ("changed", &changes.changed),
            ("retired", &changes.retired),
        ];
        for (kind, list) in lists {
            for c in list {
                let _ = writeln!(out, "  {kind} {} {}: {}", c.code, c.name, c.what);
            }
        }
        out
    }
}

fn at(origin: Origin, span: errcodes_model::Span) -> String {
    match origin {
        Origin::Current => format!("{}:{}", span.line, span.column),
        Origin::Base => format!("base:{}:{}", span.line, span.column),
    }
}

/// Reads `source`, which must read without a diagnostic and in which the checks must find no
/// error (warnings such as an unused category are allowed).
fn registry(which: &str, source: &SourceFile) -> Result<Registry, String> {
    let parsed = errcodes_yaml::parse(source);
    let errors: Vec<String> = parsed
        .registry
        .iter()
        .flat_map(errcodes_check::check)
        .filter(|d| d.severity == Severity::Error)
        .chain(parsed.diagnostics)
        .map(|d| format!("{} {}", d.id.as_str(), d.message))
        .collect();
    match parsed.registry {
        Some(registry) if errors.is_empty() => Ok(registry),
        _ => Err(format!("the {which} registry is not valid: {errors:#?}\n")),
    }
}

/// Every case under `ui/`, sorted by path, each compared once for all the tests below.
fn cases() -> &'static [Case] {
    static CASES: OnceLock<Vec<Case>> = OnceLock::new();
    CASES.get_or_init(|| {
        let mut paths: Vec<String> = files()
            .into_iter()
            .filter_map(|path| {
                let stem = path.strip_suffix(".yaml")?;
                (!stem.ends_with(".base")).then(|| stem.to_owned())
            })
            .collect();
        paths.sort();
        paths.iter().map(|p| Case::load(p)).collect()
    })
}

/// Every file under `ui/`, as its path there.
fn files() -> Vec<String> {
    ui::files(&ui()).into_iter().map(|(path, _)| path).collect()
}

#[test]
fn every_case_matches_its_expected_file() {
    ui::assert_expected(cases().iter().map(|case| {
        ui::Outcome {
            path: case.path.clone(),
            actual: case
                .comparison
                .as_ref()
                .map(|_| case.rendered())
                .map_err(Clone::clone),
            expected: case.expected(),
        }
    }));
}

/// Every file under `ui/` is a case's current registry, its base or its expected output.
#[test]
fn no_file_is_left_over() {
    let stems: BTreeSet<&str> = cases().iter().map(|c| c.path.as_str()).collect();
    for path in files() {
        let stem = [".base.yaml", ".yaml", ".expected"]
            .iter()
            .find_map(|ext| path.strip_suffix(ext));
        assert!(
            stem.is_some_and(|s| stems.contains(s)),
            "{path} belongs to no case (a `<case>.yaml` under tests/ui/<folder>/): delete it"
        );
    }
}

/// Every rule fires in a case of its folder, and has a `near-…` case there; a case is about
/// its folder: the rule fires, unless the case is a `near-…` one, where it must not.
#[test]
fn every_rule_fires_and_has_a_near_miss() {
    let mut missing = Vec::new();
    for rule in CheckId::RULES {
        let id = rule.as_str();
        let folder: Vec<&Case> = cases().iter().filter(|c| c.folder() == id).collect();
        if !folder.iter().any(|c| !c.name().starts_with("near-")) {
            missing.push(format!("{id}: no case where it fires"));
        }
        if !folder.iter().any(|c| c.name().starts_with("near-")) {
            missing.push(format!("{id}: no `near-…` case"));
        }
    }
    for case in cases() {
        let ids = case.ids();
        let folder = case.folder();
        let changes = case.comparison.as_ref().map(|c| &c.changes);
        let ok = match folder {
            "clean" => ids.is_empty() && changes.is_ok_and(|c| c.is_empty()),
            "many" => !ids.is_empty(),
            _ if !CheckId::from_id(folder).is_some_and(CheckId::is_compat_rule) => false,
            _ if case.name().starts_with("near-") => !ids.contains(folder),
            _ => ids.contains(folder),
        };
        if !ok {
            missing.push(format!(
                "{}: not about its folder (a rule or one of {SPECIAL:?}): {ids:?}",
                case.path
            ));
        }
    }
    assert!(missing.is_empty(), "{missing:#?}");
}

/// Every diagnostic `compare` returns is a rule, with its rule's severity and a primary label
/// listed first.
#[test]
fn every_diagnostic_is_a_rule() {
    for case in cases() {
        for d in case.diagnostics() {
            assert!(
                CheckId::RULES.contains(&d.id),
                "{}: `{}` is not in CheckId::RULES",
                case.path,
                d.id.as_str()
            );
            assert_eq!(
                d.severity,
                d.id.severity(),
                "{}: {}",
                case.path,
                d.id.as_str()
            );
            assert!(
                d.labels.first().is_some_and(|l| l.primary),
                "{}: {} lists a secondary label first: {:?}",
                case.path,
                d.id.as_str(),
                d.labels
            );
        }
    }
}
