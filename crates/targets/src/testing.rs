//! What the targets' toolchain tests share: the registries every target is proven on, writing
//! a target's package into a scratch folder, the names the consumers' templates use, and the
//! escaping property test's runner. Each target's own test lives in its folder
//! (`src/<id>/toolchain.rs`) and uses these. A test that runs a toolchain beyond rustc belongs
//! to the slow tier (`errcodes_testkit::tier`) and starts by asking `tier::slow`.

use std::path::{Path, PathBuf};

use errcodes_model::Severity;
use errcodes_view::View;
use heck::ToKebabCase;
use proptest::test_runner::{Config, TestCaseError, TestError, TestRunner};

use crate::Target;

/// A registry a toolchain test runs on, and the code its consumers must refuse as unknown.
pub(crate) struct Case {
    /// Names the scratch folders.
    pub(crate) name: &'static str,
    pub(crate) view: View,
    pub(crate) unknown: u16,
}

/// The repository's own registry.
pub(crate) fn repository() -> Case {
    let view = errcodes_testkit::view_of(&errcodes_testkit::repo_root().join("registry.yaml"));
    Case {
        name: "repository",
        unknown: view.unknown_example,
        view,
    }
}

/// The repository's registry with 1002 deprecated and the retired code as the unknown one.
pub(crate) fn deprecating() -> Case {
    Case {
        name: "deprecating",
        view: errcodes_testkit::view_of_text("registry.yaml", &errcodes_testkit::deprecating()),
        unknown: errcodes_testkit::RETIRED,
    }
}

/// The escaping fixture.
pub(crate) fn hostile() -> Case {
    let view =
        errcodes_testkit::view_of_text("hostile.yaml", &errcodes_testkit::hostile_registry());
    Case {
        name: "hostile",
        unknown: view.unknown_example,
        view,
    }
}

/// The three tests of a target's toolchain test, one per registry: `$check(&Case) -> String`
/// builds the package and its consumer for the case and returns the consumer's dump, which
/// for the deprecating registry must show the platform's facts. They belong to the slow tier,
/// as the suite `$suite`.
macro_rules! case_tests {
    ($check:path, $suite:expr) => {
        #[test]
        fn repository() {
            if !errcodes_testkit::tier::slow($suite) {
                return;
            }
            $check(&$crate::testing::repository());
        }

        #[test]
        fn consumer() {
            if !errcodes_testkit::tier::slow($suite) {
                return;
            }
            errcodes_testkit::dump::assert_platform_facts(&$check(&$crate::testing::deprecating()));
        }

        #[test]
        fn hostile() {
            if !errcodes_testkit::tier::slow($suite) {
                return;
            }
            $check(&$crate::testing::hostile());
        }
    };
}
pub(crate) use case_tests;

/// The registered target with this id.
pub(crate) fn target(id: &str) -> Target {
    Target::from_id(id).expect("a registered target")
}

/// Writes the package of target `id` into `dir` (each path without its first folder, so that
/// `rust/Cargo.toml` lands at `dir/Cargo.toml`) and returns `dir`.
pub(crate) fn write_package(id: &str, view: &View, dir: &Path) -> PathBuf {
    for file in crate::package(target(id), view).expect("renders") {
        let relative = file
            .path
            .split_once('/')
            .map_or(&*file.path, |(_, rest)| rest);
        let path = dir.join(relative);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, file.contents).unwrap();
    }
    dir.to_owned()
}

/// The contents of the source file of target `id`.
pub(crate) fn source(id: &str, view: &View) -> String {
    crate::source(target(id), view).expect("renders").contents
}

/// `packages.<id>.<key>` as the registry states it, where `main` is the key the short form
/// `<id>: value` sets.
pub(crate) fn setting(view: &View, id: &str, key: &str, main: &str) -> Option<String> {
    view.packages
        .iter()
        .filter(|p| p.target == id)
        .flat_map(|p| &p.settings)
        .find(|(k, _)| k.as_deref().unwrap_or(main) == key)
        .map(|(_, value)| value.clone())
}

/// The package name `packages.<id>` gives, else the enum's name in kebab-case, plural: what
/// the README promises, stated here independently of the targets' code.
pub(crate) fn package_name(view: &View, id: &str) -> String {
    setting(view, id, "name", "name")
        .unwrap_or_else(|| format!("{}s", view.names.code_type.to_kebab_case()))
}

/// Fills the shared placeholders of a consumer template with the view's type names; each
/// target replaces its own placeholders after.
pub(crate) fn fill(template: &str, view: &View) -> String {
    let n = &view.names;
    template
        .replace("BODY_TYPE", &n.body_type)
        .replace("CATEGORY_TYPE", &n.category_type)
        .replace("UNKNOWN_CODE_TYPE", &format!("Unknown{}", n.code_type))
        .replace("CODE_TYPE", &n.code_type)
        .replace("INFO_CONST", &n.info_const)
}

/// The escaping property test's cases for a target whose every case runs an external
/// toolchain, a test of the slow tier: a dozen, or `PROPTEST_CASES`.
pub(crate) fn toolchain_cases() -> u32 {
    errcodes_testkit::tier::cases(12, 12)
}

/// The escaping property test: `cases` registries of 40 codes whose texts are hostile to every
/// target's syntax (see `errcodes_testkit::hostile`), each checked by `check`. Callers take
/// `cases` from `errcodes_testkit::tier::cases`, so that the slow tier runs more of them and
/// `PROPTEST_CASES` any number.
pub(crate) fn round_trip(cases: u32, check: impl Fn(&View) -> Result<(), TestCaseError>) {
    let mut runner = TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    });
    let result = runner.run(&errcodes_testkit::hostile::registry(40), |registry| {
        let errors: Vec<_> = errcodes_check::check(&registry)
            .into_iter()
            .filter(|d| d.severity == Severity::Error)
            .collect();
        proptest::prop_assert!(
            errors.is_empty(),
            "the generator made an invalid registry: {errors:?}"
        );
        check(&View::new(&registry).unwrap())
    });
    if let Err(failure) = result {
        match failure {
            TestError::Fail(reason, _) => panic!("{reason}"),
            other => panic!("{other}"),
        }
    }
}
