//! The npm package used the way an SDK uses it, through the real toolchain: built and packed
//! by `npm pack` (strict `tsc`), installed into a consumer project whose strict `tsc` build
//! node then runs; the consumer exercises the whole API and prints every value back. The
//! escaping property test compiles the source file alone and compares every value. The
//! pinned TypeScript is installed into a cache under `target/`.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use errcodes_testkit::dump::expected_dump;
use errcodes_testkit::{npm_install, run, scratch, tools_dir};
use errcodes_view::View;
use proptest::prelude::*;

use crate::testing::{self, Case, fill, package_name, write_package};

const TYPESCRIPT: &str = "7.0.2";

/// `node_modules` holding the pinned TypeScript, installed on first use.
fn typescript() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = tools_dir().join(format!("typescript-{TYPESCRIPT}"));
        let tsc = dir.join("node_modules/.bin/tsc");
        if !tsc.exists() {
            npm_install(&dir, &format!("typescript@{TYPESCRIPT}"), &[]);
        }
        assert!(run(Command::new(&tsc).arg("--version")).contains(TYPESCRIPT));
        dir.join("node_modules")
    })
}

/// Makes the cached TypeScript available to the project at `dir`, as `npm install` would.
fn link_typescript(dir: &Path) {
    let modules = dir.join("node_modules");
    std::fs::create_dir_all(modules.join(".bin")).unwrap();
    std::os::unix::fs::symlink(typescript().join("typescript"), modules.join("typescript"))
        .unwrap();
    std::os::unix::fs::symlink("../typescript/bin/tsc", modules.join(".bin/tsc")).unwrap();
}

/// Fills a TypeScript consumer template.
fn fill_typescript(template: &str, view: &View) -> String {
    let (code_type, stem) = (&view.names.code_type, &view.names.stem);
    fill(template, view)
        .replace("DESCRIBE_FN", &format!("describe{code_type}"))
        .replace("GUARD_FN", &format!("is{code_type}"))
        .replace("PARSE_BODY_FN", &format!("parse{stem}Body"))
        .replace("NPM_PACKAGE", &package_name(view, "typescript"))
}

fn check(case: &Case) -> String {
    let view = &case.view;
    let work = scratch(&format!("ts-{}", case.name));
    let package = write_package("typescript", view, &work.join("package"));
    link_typescript(&package);
    let tarball = run(Command::new("npm")
        .current_dir(&package)
        .args(["pack", "--silent", "--pack-destination"])
        .arg(&work));
    let tarball = work.join(tarball.trim());
    let consumer = work.join("consumer");
    std::fs::create_dir_all(&consumer).unwrap();
    std::fs::write(
        consumer.join("package.json"),
        "{\"name\": \"consumer\", \"private\": true, \"type\": \"module\"}\n",
    )
    .unwrap();
    run(Command::new("npm")
        .current_dir(&consumer)
        .args([
            "install",
            "--silent",
            "--no-audit",
            "--no-fund",
            "--offline",
        ])
        .arg(&tarball));
    link_typescript(&consumer);
    std::fs::write(
        consumer.join("consumer.ts"),
        fill_typescript(include_str!("consumer/consumer.ts"), view),
    )
    .unwrap();
    std::fs::write(
        consumer.join("tsconfig.json"),
        include_str!("consumer/tsconfig.json"),
    )
    .unwrap();
    run(Command::new(consumer.join("node_modules/.bin/tsc"))
        .current_dir(&consumer)
        .args(["-p", "tsconfig.json"]));
    let dump = run(Command::new("node")
        .current_dir(&consumer)
        .arg("out/consumer.js")
        .arg(case.unknown.to_string()));
    assert_eq!(
        dump,
        expected_dump(view),
        "the npm package disagrees with the registry"
    );
    dump
}

testing::case_tests!(check);

/// Every value of a hostile registry comes back from the source file, compiled by strict
/// `tsc` and run by node.
#[test]
fn every_value_survives() {
    testing::round_trip(|view| {
        let work = scratch("roundtrip-typescript");
        std::fs::write(work.join("index.ts"), testing::source("typescript", view)).unwrap();
        std::fs::write(
            work.join("dump.ts"),
            fill_typescript(include_str!("consumer/module_dump.ts"), view),
        )
        .unwrap();
        std::fs::write(work.join("package.json"), "{\"type\": \"module\"}\n").unwrap();
        link_typescript(&work);
        run(Command::new(work.join("node_modules/.bin/tsc"))
            .current_dir(&work)
            .args([
                "--strict", "--target", "es2022", "--module", "nodenext", "--outDir", "out",
                "--types", "", "dump.ts",
            ]));
        prop_assert_eq!(
            run(Command::new("node").current_dir(&work).arg("out/dump.js")),
            expected_dump(view)
        );
        Ok(())
    });
}
