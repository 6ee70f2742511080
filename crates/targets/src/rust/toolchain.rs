//! The Rust package used the way an SDK uses it, through the real toolchain: the crate through
//! rustfmt, clippy (`-D warnings -W clippy::pedantic`), its doc tests (the README's example
//! among them) and rustdoc (`-D warnings`), `cargo package` with its verify build and no
//! warning, then a consumer crate with a path dependency on it (with the `serde` feature)
//! that exercises the whole API and prints every value back, and a crate that `include!`s the
//! source file alone. The escaping property test compiles the source file with rustc and
//! compares every value.

use std::path::Path;
use std::process::Command;

use errcodes_testkit::dump::expected_dump;
use errcodes_testkit::{run, scratch, tools_dir};
use errcodes_view::View;
use proptest::prelude::*;

use crate::testing::{self, Case, fill, package_name, write_package};

/// The slow-tier suite of the crate and consumer tests; the property test needs rustc alone
/// and stays in the fast tier.
const SUITE: &str = "Rust toolchain (clippy, rustdoc, doc tests, cargo package on the generated crate)";

/// The rate-limit code the consumer checks when the registry has it, as the issue names it.
const RATE_LIMIT_CODE: u16 = 1104;

/// Fills a Rust consumer template.
fn fill_rust(template: &str, view: &View) -> String {
    let krate = package_name(view, "rust");
    let rate_limited = if view.codes.iter().any(|c| c.code == RATE_LIMIT_CODE) {
        format!("Some({RATE_LIMIT_CODE})")
    } else {
        "None".to_owned()
    };
    fill(template, view)
        .replace("RUST_LIB", &krate.replace('-', "_"))
        .replace("RUST_CRATE", &krate)
        .replace("RATE_LIMIT_CODE", &rate_limited)
}

/// The warning `cargo package` gives for a registry that states no license, and may: the
/// generator cannot choose one. Every other warning fails the test.
const NO_LICENSE: &str = "warning: manifest has no license or license-file";

/// `cargo package` of the crate in the scratch workspace, verify build included: it must
/// succeed and warn about nothing (but [`NO_LICENSE`] when the registry states none). The
/// scratch folder is no git checkout of its own (the repository ignores it), so cargo needs
/// no `--allow-dirty`; its own target folder keeps the cases, run in parallel, apart.
fn cargo_package(work: &Path, rust_crate: &str, view: &View) {
    let output = Command::new(env!("CARGO"))
        .current_dir(work)
        .args(["package", "-p", rust_crate])
        .env("CARGO_TARGET_DIR", work.join("package-target"))
        .env_remove("RUSTFLAGS")
        .output()
        .expect("cargo runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "cargo package failed:\n{stderr}");
    assert!(stderr.contains("Verifying"), "cargo package verifies the build:\n{stderr}");
    let allowed = view.metadata.license.is_none().then_some(NO_LICENSE);
    let warnings: Vec<&str> = stderr
        .lines()
        .filter(|line| line.contains("warning") && Some(*line) != allowed)
        .collect();
    assert!(warnings.is_empty(), "cargo package warned:\n{stderr}");
    let krate = work
        .join("package-target/package")
        .join(format!("{rust_crate}-{}.crate", view.version));
    assert!(krate.is_file(), "{} is packaged", krate.display());
}

fn check(case: &Case) -> String {
    let view = &case.view;
    let work = scratch(&format!("rust-{}", case.name));
    let krate = write_package("rust", view, &work.join("package"));
    let target = tools_dir().join("cargo-target");
    let cargo = |dir: &Path| {
        let mut c = Command::new(env!("CARGO"));
        c.current_dir(dir)
            .env("CARGO_TARGET_DIR", &target)
            .env_remove("RUSTFLAGS");
        c
    };
    for file in ["src/lib.rs", "src/codes.rs"] {
        run(Command::new("rustfmt")
            .args(["--check", "--edition", "2024"])
            .arg(krate.join(file)));
    }
    let rust_crate = package_name(view, "rust");
    let consumer = work.join("consumer");
    std::fs::create_dir_all(consumer.join("src")).unwrap();
    let manifest = format!(
        "[package]\nname = \"consumer\"\nversion = \"0.0.0\"\nedition = \"2024\"\n\n[dependencies]\n{rust_crate} = {{ path = \"../package\", features = [\"serde\"] }}\nserde = {{ version = \"1\", features = [\"derive\"] }}\nserde_json = \"1\"\n",
    );
    std::fs::write(consumer.join("Cargo.toml"), manifest).unwrap();
    // An SDK that vendors the source file alone and `include!`s it.
    let vendored = work.join("vendored");
    std::fs::create_dir_all(vendored.join("src")).unwrap();
    std::fs::copy(krate.join("src/codes.rs"), vendored.join("src/codes.rs")).unwrap();
    std::fs::write(
        vendored.join("src/lib.rs"),
        "//! Vendored error codes.\n\ninclude!(\"codes.rs\");\n",
    )
    .unwrap();
    let manifest = "[package]\nname = \"vendored\"\nversion = \"0.0.0\"\nedition = \"2024\"\n\n[features]\nserde = []\n";
    std::fs::write(vendored.join("Cargo.toml"), manifest).unwrap();
    let workspace =
        "[workspace]\nresolver = \"3\"\nmembers = [\"package\", \"consumer\", \"vendored\"]\n";
    std::fs::write(work.join("Cargo.toml"), workspace).unwrap();
    std::fs::write(
        consumer.join("src/main.rs"),
        fill_rust(include_str!("consumer/consumer.rs"), view),
    )
    .unwrap();
    // The package and its consumer share a workspace, as in an SDK's repository.
    let package = ["-p", rust_crate.as_str()];
    for features in [&["--no-default-features"][..], &["--all-features"]] {
        run(cargo(&consumer)
            .args(["clippy", "--quiet", "--all-targets"])
            .args(package)
            .args(features)
            .args(["--", "-D", "warnings", "-W", "clippy::pedantic"]));
    }
    run(cargo(&consumer)
        .args(["test", "--quiet", "--doc", "--all-features"])
        .args(package));
    run(cargo(&consumer)
        .args(["doc", "--quiet", "--no-deps", "--all-features"])
        .args(package)
        .env("RUSTDOCFLAGS", "-D warnings"));
    run(cargo(&consumer).args(["clippy", "--quiet", "--", "-D", "warnings"]));
    run(cargo(&vendored).args(["clippy", "--quiet", "--", "-D", "warnings"]));
    assert!(
        case.name == "hostile" || view.codes.iter().any(|c| c.code == RATE_LIMIT_CODE),
        "the consumer checks {RATE_LIMIT_CODE} on the platform's registries"
    );
    cargo_package(&work, &rust_crate, view);
    let dump = run(cargo(&consumer)
        .args(["run", "--quiet", "--"])
        .arg(case.unknown.to_string()));
    assert_eq!(
        dump,
        expected_dump(view),
        "the Rust crate disagrees with the registry"
    );
    dump
}

testing::case_tests!(check, SUITE);

/// Every value of a hostile registry comes back from the source file, compiled by rustc.
#[test]
fn every_value_survives() {
    testing::round_trip(errcodes_testkit::tier::cases(3, 40), |view| {
        let work = scratch("roundtrip-rust");
        std::fs::write(work.join("codes.rs"), testing::source("rust", view)).unwrap();
        std::fs::write(
            work.join("main.rs"),
            fill_rust(include_str!("consumer/module_dump.rs"), view),
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
            expected_dump(view)
        );
        Ok(())
    });
}
