//! The Rust front-end's UI tests, as data: what `errcodes check --rust-source` users get.
//! Every case under `tests/ui/<check-id>/` is a whole Rust file (`<case>.rs`; a line
//! `//@ enum: NAME` passes `--enum NAME`), and `<case>.expected` holds its diagnostics (the
//! front-end's, then the checks' when a registry came back, sorted by position like the CLI
//! does), one per line with the line:column and the text under every label, its help, and a
//! last line when no registry came back or variants were left out. Run with
//! `UPDATE_EXPECT=1` to accept a deliberate change, then review the diff. The layout is
//! described in `crates/check/tests/ui/README.md`.
//!
//! A front-end that reads a *programming language* can fail quietly in ways the YAML one
//! cannot: a variant it does not understand could simply vanish from the generated SDKs. So
//! every construct the grammar cannot read exactly (a variant with fields, a missing or
//! non-literal discriminant, a missing or misspelt key, a wrong literal, an attribute or file
//! that does not parse, …) has a case here, and `many/` holds one file with all of them.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use errcodes_testkit::ui::{self, Case, Order};

/// Inputs built here rather than kept as files, because they are too large to review. Each is
/// a case like the others, with its `.expected` file beside the folder's other cases.
const GENERATED: &[(&str, Input)] = &[
    // Deep nesting is refused before syn, which recurses, can overflow the stack on it.
    ("limit-exceeded/brackets-nested-too-deep.rs", || {
        format!(
            "enum E {{ A = {}1{} }}\n",
            "(".repeat(100_000),
            ")".repeat(100_000)
        )
        .into_bytes()
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
            .map(|(path, bytes)| Case::run(path, &bytes(), Order::ByPosition))
            .collect();
        for (path, file) in files() {
            if path.ends_with(".rs") {
                cases.push(Case::run(
                    &path,
                    &std::fs::read(&file).expect("readable"),
                    Order::ByPosition,
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
        if path.ends_with(".rs") {
            continue;
        }
        assert!(
            expected.contains(&file),
            "{path} is not the expected output of an input under tests/ui: delete it"
        );
    }
}

/// A case is about its folder: in `<check-id>/`, the check fires, unless the case is named
/// `near-…` (something next to what the check is about, and it must stay silent); in
/// `clean/`, nothing fires and a registry comes back; in `many/`, something fires.
#[test]
fn each_case_is_about_its_folder() {
    ui::assert_each_case_is_about_its_folder(cases(), SPECIAL);
}

/// `Diagnostic::labels` is documented as "every position involved, the primary one first".
#[test]
fn every_diagnostic_lists_its_primary_label_first() {
    ui::assert_primary_labels_first(cases());
}
