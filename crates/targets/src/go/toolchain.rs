//! The Go package used the way an SDK uses it, through Debian's Go 1.19 (pinned in
//! `toolchain.apt`, installed by `scripts/test`; a test never installs it): the module passes
//! `gofmt -l`, `go vet` and `go test` (its examples), `go mod tidy` leaves `go.mod` as it is,
//! the source file vets alone in another module (vendored), and a consumer module that
//! `require`s the package (through `replace`) exercises the whole API and prints every value
//! back, which must equal the registry's dump. This holds for the repository's registry, for it
//! with a code deprecated and one retired, for the hostile fixture and for property-test text.
//! Nothing is downloaded: `GOPROXY=off`, and the caches live under the tools folder.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use errcodes_testkit::dump::{assert_platform_facts, expected_dump};
use errcodes_testkit::{run, scratch};
use errcodes_view::View;

use crate::testing::{self, Case, write_package};

/// The slow-tier suite these tests form.
const SUITE: &str = "Go toolchain (gofmt, go vet, go test, a consumer module)";

/// The `go` command of Debian's `golang-go`, checked once to be the pinned release.
fn go_binary() -> &'static Path {
    static GO: OnceLock<PathBuf> = OnceLock::new();
    GO.get_or_init(|| {
        let go = PathBuf::from("/usr/bin/go");
        let version = Command::new(&go).arg("version").output();
        let version = version.map_or_else(
            |_| String::new(),
            |o| String::from_utf8_lossy(&o.stdout).into_owned(),
        );
        assert!(
            version.starts_with("go version go1.19"),
            "the Go tests need Debian's golang-go 1.19 at /usr/bin/go (found {version:?}): run \
             scripts/test, which installs what crates/targets/src/go/toolchain.apt names"
        );
        go
    })
}

/// A go command in `dir`, offline, with its caches under the tools folder.
fn go(dir: &Path) -> Command {
    let tools = errcodes_testkit::tools_dir().join("go");
    let mut command = Command::new(go_binary());
    command
        .current_dir(dir)
        .env("GOPATH", tools.join("path"))
        .env("GOCACHE", tools.join("cache"))
        .env("GOFLAGS", "-mod=mod")
        .env("GOPROXY", "off")
        .env("GOSUMDB", "off")
        .env("GOENV", "off")
        .env("GOWORK", "off")
        .env("GOTOOLCHAIN", "local")
        .env("GO111MODULE", "on")
        .env("CGO_ENABLED", "0");
    command
}

/// Asserts that gofmt would change nothing under `dir`, showing its diff otherwise.
fn assert_gofmt_clean(dir: &Path) {
    let gofmt = go_binary().with_file_name("gofmt");
    let listed = run(Command::new(&gofmt).arg("-l").arg(dir));
    if !listed.is_empty() {
        let diff = Command::new(&gofmt).arg("-d").arg(dir).output().unwrap();
        panic!(
            "gofmt would reformat {listed}:\n{}",
            String::from_utf8_lossy(&diff.stdout)
        );
    }
}

/// The names the docs promise for a view, filled into a consumer, and the sample code that
/// the consumer finds by category: 1104 when the registry has it (a retryable rate-limit code
/// in the repository's registry), else the first code, with its category's id.
fn fill(template: &str, view: &View, module: &str, package: &str) -> String {
    let n = &view.names;
    let error_type = if n.stem == n.code_type {
        n.body_type.clone()
    } else {
        n.stem.clone()
    };
    let sample = view
        .codes
        .iter()
        .find(|c| c.code == 1104)
        .or(view.codes.first());
    let (sample_code, sample_category) = sample.map_or(("-1".to_owned(), String::new()), |c| {
        (c.code.to_string(), view.category_of(c).id.clone())
    });
    template
        .replace("SAMPLE_CODE", &sample_code)
        .replace("SAMPLE_CATEGORY", &format!("{sample_category:?}"))
        .replace("MODULE_PATH", module)
        .replace("PACKAGE_NAME", package)
        .replace("LOOKUP_FN", &format!("Lookup{}", n.code_type))
        .replace("BY_NAME_FN", &format!("{}ByName", n.code_type))
        .replace("ALL_CODES_FN", &format!("{}s", n.code_type))
        .replace("ALL_CATEGORIES_FN", &format!("{}Categories", n.stem))
        .replace("PARSE_FN", &format!("Parse{error_type}"))
        .replace("PARSE_RESPONSE_FN", &format!("Parse{error_type}Response"))
        .replace("INFO_TYPE", &n.info_type)
        .replace("CODE_TYPE", &n.code_type)
        .replace("CATEGORY_TYPE", &n.category_type)
        .replace("ERROR_TYPE", &error_type)
}

/// Writes the view's Go module and a consumer of it under `work`, proves the module clean
/// with the Go tools, runs the consumer and returns what it printed. `names` adds the file
/// that spells out the repository registry's names.
fn check_go(view: &View, work: &Path, unknown: u16, names: bool) -> String {
    write_module(view, work);
    write_vendored(view, work);
    let default_module = format!(
        "example.com/{}",
        crate::naming::default_package_name(view)
    );
    let module = testing::setting(view, "go", "module", "module").unwrap_or(default_module);
    let package = testing::setting(view, "go", "package", "module")
        .unwrap_or_else(|| format!("{}s", view.names.code_type.to_ascii_lowercase()));
    let consumer = work.join("consumer");
    std::fs::create_dir_all(&consumer).unwrap();
    std::fs::write(
        consumer.join("go.mod"),
        format!(
            "module consumer\n\ngo 1.19\n\nrequire {module} v0.0.0\n\nreplace {module} => ../module\n"
        ),
    )
    .unwrap();
    let main = fill(include_str!("consumer/consumer.go"), view, &module, &package);
    std::fs::write(consumer.join("main.go"), main).unwrap();
    if names {
        std::fs::write(
            consumer.join("turing.go"),
            include_str!("consumer/turing.go"),
        )
        .unwrap();
    }
    run(go(&consumer).args(["vet", "."]));
    run(go(&consumer).args(["run", "."]).arg(unknown.to_string()))
}

/// Writes the package to `work/module` and proves it clean: gofmt, vet, its examples, and a
/// `go.mod` that `go mod tidy` leaves as it is.
fn write_module(view: &View, work: &Path) {
    let dir = write_package("go", view, &work.join("module"));
    assert_gofmt_clean(&dir);
    run(go(&dir).args(["vet", "./..."]));
    run(go(&dir).args(["test", "-count=1", "./..."]));
    let go_mod = std::fs::read_to_string(dir.join("go.mod")).unwrap();
    run(go(&dir).args(["mod", "tidy"]));
    assert_eq!(
        std::fs::read_to_string(dir.join("go.mod")).unwrap(),
        go_mod,
        "go mod tidy changes nothing"
    );
    assert!(!dir.join("go.sum").exists(), "no dependencies");
}

/// Writes the source file alone into another module, as `gen --target go --out` vendors it,
/// and vets it there: it holds its package clause and imports.
fn write_vendored(view: &View, work: &Path) {
    let vendored = work.join("vendored");
    std::fs::create_dir_all(&vendored).unwrap();
    std::fs::write(vendored.join("codes.go"), testing::source("go", view)).unwrap();
    std::fs::write(
        vendored.join("go.mod"),
        "module example.com/vendored\n\ngo 1.19\n",
    )
    .unwrap();
    run(go(&vendored).args(["vet", "./..."]));
}

/// Builds the case's module and consumer, and checks the consumer's dump.
fn check_case(case: &Case, names: bool) -> String {
    let view = &case.view;
    let dump = check_go(view, &scratch(&format!("go-{}", case.name)), case.unknown, names);
    assert_eq!(dump, expected_dump(view), "the Go module disagrees with the registry");
    dump
}

#[test]
fn repository() {
    if !errcodes_testkit::tier::slow(SUITE) {
        return;
    }
    check_case(&testing::repository(), true);
}

#[test]
fn deprecating_consumer() {
    if !errcodes_testkit::tier::slow(SUITE) {
        return;
    }
    let case = testing::deprecating();
    assert_platform_facts(&check_case(&case, true));
    let source = testing::source("go", &case.view);
    let doc = "\t// NotSupported is code 1002: \"Not supported\".\n\t//\n\t// Deprecated: \"Use NOT_IMPLEMENTED (1001) instead.\"\n\tNotSupported TuringErrorCode = 1002\n";
    assert!(source.contains(doc), "the Go deprecation paragraph");
}

#[test]
fn hostile() {
    if !errcodes_testkit::tier::slow(SUITE) {
        return;
    }
    check_case(&testing::hostile(), false);
}

/// Escaping proven, not hoped: registries of arbitrary text weighted toward every target's
/// syntax (`errcodes_testkit::hostile`) render to a module that gofmt, vet and the consumer
/// accept, and every value comes back exactly. Many entries go into each build so the default
/// run stays short; `PROPTEST_CASES` runs more.
#[test]
fn every_value_survives() {
    if !errcodes_testkit::tier::slow(SUITE) {
        return;
    }
    testing::round_trip(testing::toolchain_cases(), |view| {
        let dump = check_go(view, &scratch("go-proptest"), view.unknown_example, false);
        proptest::prop_assert_eq!(dump, expected_dump(view));
        Ok(())
    });
}
