//! The checks' UI tests, as data: every case under `tests/ui/<check-id>/` is a whole registry
//! (`<case>.yaml`, or `<case>.rs` for the Rust front-end) and `<case>.expected` holds what
//! `errcodes check` finds in it, rendered one diagnostic per line with its labels and help.
//! Run with `UPDATE_EXPECT=1` to accept a deliberate change, then review the diff. The layout
//! and the rules the meta-tests below enforce are in `tests/ui/README.md`.
//!
//! The ids are a public contract, so [`every_check_has_a_case`] fails as soon as a check is
//! added without a case; the compatibility rules ([`CheckId::RULES`]), which compare two
//! registries, are left to `crates/compat/tests/ui/`, which has the same guard.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use errcodes_model::CheckId;
use errcodes_testkit::ui::{self, Case, Order};

/// Inputs built here rather than kept as files: too large to review, or kept elsewhere in the
/// repository. Each is a case like the others, with its `.expected` file beside the folder's
/// other cases.
const GENERATED: &[(&str, Input)] = &[
    ("limit-exceeded/message-over-64-kib.yaml", || {
        let long = "x".repeat(errcodes_model::limits::MAX_TEXT_BYTES + 1);
        let base = std::fs::read_to_string(ui().join("clean/base.yaml")).expect("the base");
        base.replace("message: An error occurred", &format!("message: {long}"))
            .into_bytes()
    }),
    ("limit-exceeded/file-over-64-mib.yaml", || {
        vec![b' '; errcodes_model::limits::MAX_SOURCE_BYTES + 1]
    }),
    // The registry copied from the published page, with its duplicate 1405.
    ("duplicate-code/published-page-1405.yaml", || {
        include_bytes!("../../errcodes/tests/fixtures/page-duplicate-1405.yaml").to_vec()
    }),
];

/// Builds a generated input.
type Input = fn() -> Vec<u8>;

/// Folders that are not named after a check: `clean` (every case yields nothing at all) and
/// `many` (several checks at once).
const SPECIAL: &[&str] = &["clean", "many"];

fn ui() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/ui")
}

/// Every input under `ui/` and every [`GENERATED`] one, sorted by path, each run once (a
/// billion laughs takes seconds in a debug build) for all the tests below.
fn cases() -> &'static [Case] {
    static CASES: OnceLock<Vec<Case>> = OnceLock::new();
    CASES.get_or_init(|| {
        let mut cases: Vec<Case> = GENERATED
            .iter()
            .map(|(path, bytes)| Case::run(path, &bytes(), Order::AsFound))
            .collect();
        for (path, file) in files() {
            if path.ends_with(".yaml") || path.ends_with(".rs") {
                cases.push(Case::run(
                    &path,
                    &std::fs::read(&file).expect("readable"),
                    Order::AsFound,
                ));
            }
        }
        cases.sort_by(|a, b| a.path.cmp(&b.path));
        cases
    })
}

/// Every file under `ui/`, as its path there and on disk.
fn files() -> Vec<(String, PathBuf)> {
    ui::files(&ui())
}

#[test]
fn every_case_matches_its_expected_file() {
    ui::assert_expected(cases().iter().map(|case| ui::Outcome {
        path: case.path.clone(),
        actual: Ok(case.rendered()),
        expected: case.expected(&ui()),
    }));
}

/// Every file under `ui/` is an input or the expected output of one, and no two inputs share
/// an expected file.
#[test]
fn no_expected_file_is_left_over() {
    let cases = cases();
    let mut expected = BTreeSet::new();
    for case in cases {
        assert!(
            expected.insert(case.expected(&ui())),
            "two inputs share {}",
            case.expected(&ui()).display()
        );
    }
    for (path, file) in files() {
        if path == "README.md" || path.ends_with(".yaml") || path.ends_with(".rs") {
            continue;
        }
        assert!(
            expected.contains(&file),
            "{path} is not the expected output of an input under tests/ui: delete it"
        );
    }
}

/// Every check has a folder, and a case there where it fires.
#[test]
fn every_check_has_a_case() {
    let cases = cases();
    let mut untested = Vec::new();
    for id in CheckId::ALL.iter().filter(|id| !id.is_compat_rule()) {
        let fires = cases
            .iter()
            .filter(|c| c.folder() == id.as_str())
            .any(|c| c.diagnostics.iter().any(|d| d.id == *id));
        if !fires {
            untested.push(id.as_str());
        }
    }
    assert!(
        untested.is_empty(),
        "checks without a case under tests/ui/<id>/ where they fire: {untested:?}"
    );
}

/// A case is about its folder: in `<check-id>/`, the check fires, unless the case is named
/// `near-…` (something next to what the check is about, and it must stay silent); in
/// `clean/`, nothing fires and a registry comes back; in `many/`, something fires.
#[test]
fn each_case_is_about_its_folder() {
    ui::assert_each_case_is_about_its_folder(cases(), SPECIAL);
}

/// `Diagnostic::labels` is documented as "every position involved, the primary one first";
/// the JSON report hands labels out in that order.
#[test]
fn every_diagnostic_lists_its_primary_label_first() {
    ui::assert_primary_labels_first(cases());
}

#[test]
fn the_real_registry_is_clean() {
    let case = Case::run(
        "registry.yaml",
        include_bytes!("../../../registry.yaml"),
        Order::AsFound,
    );
    assert_eq!(case.rendered(), "");
}
