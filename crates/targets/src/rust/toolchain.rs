//! The Rust package used the way an SDK uses it, through the real toolchain: the crate through
//! rustfmt, clippy (`-D warnings -W clippy::pedantic`), its doc tests and rustdoc
//! (`-D warnings`), then a consumer crate with a path dependency on it (with the `serde`
//! feature) that exercises the whole API and prints every value back, and a crate that
//! `include!`s the source file alone. The escaping property test compiles the source file
//! with rustc and compares every value.

use std::path::Path;
use std::process::Command;

use errcodes_testkit::dump::expected_dump;
use errcodes_testkit::{run, scratch, tools_dir};
use errcodes_view::View;
use proptest::prelude::*;

use crate::testing::{self, Case, fill, package_name, write_package};

/// Fills a Rust consumer template.
fn fill_rust(template: &str, view: &View) -> String {
    let krate = package_name(view, "rust");
    fill(template, view)
        .replace("RUST_LIB", &krate.replace('-', "_"))
        .replace("RUST_CRATE", &krate)
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

testing::case_tests!(check);

/// Every value of a hostile registry comes back from the source file, compiled by rustc.
#[test]
fn every_value_survives() {
    testing::round_trip(|view| {
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
