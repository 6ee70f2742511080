//! The npm package used the way an SDK uses it, through the real toolchain. The package as
//! written, with no build step: its source passes strict `tsc`, publint and
//! `@arethetypeswrong/cli --pack` report nothing, and `npm pack`'s tarball is installed into a
//! consumer project whose strict `tsc` build node runs: an ES module consumer and a CommonJS
//! one (`require`), each on its own copy of the classes, exercising the whole API and printing
//! every value back, beside the README's example, which must compile. The same consumer then
//! runs from a folder install of the package. The
//! escaping property test compiles the source file alone and runs the error checks on it. The
//! pinned tools are installed into a cache under `target/`.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use errcodes_testkit::dump::expected_dump;
use errcodes_testkit::{npm_install, run, scratch, tools_dir};
use errcodes_view::View;
use heck::ToUpperCamelCase;
use proptest::prelude::*;

use crate::testing::{self, Case, fill, package_name, write_package};

/// The slow-tier suite these tests form.
const SUITE: &str = "TypeScript toolchain (tsc, publint, attw from npm; node)";

const TYPESCRIPT: &str = "7.0.2";
const PUBLINT: &str = "0.3.25";
const ATTW: &str = "0.18.5";

/// The `bin` folder of the pinned npm package `spec` (`name@version`), installed on first use
/// into `dir` under the tools cache; `version` checks the executable `exe`.
fn tool(dir: &str, spec: &str, exe: &str, version: &str) -> PathBuf {
    let dir = tools_dir().join(dir);
    let bin = dir.join("node_modules/.bin");
    if !bin.join(exe).exists() {
        npm_install(&dir, spec, &[]);
    }
    assert!(run(Command::new(bin.join(exe)).arg("--version")).contains(version));
    bin
}

/// The pinned `tsc`.
fn tsc() -> Command {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    let bin = BIN.get_or_init(|| {
        tool(
            &format!("typescript-{TYPESCRIPT}"),
            &format!("typescript@{TYPESCRIPT}"),
            "tsc",
            TYPESCRIPT,
        )
    });
    Command::new(bin.join("tsc"))
}

/// The pinned publint and attw.
fn linters() -> &'static (PathBuf, PathBuf) {
    static BINS: OnceLock<(PathBuf, PathBuf)> = OnceLock::new();
    BINS.get_or_init(|| {
        (
            tool(
                &format!("publint-{PUBLINT}"),
                &format!("publint@{PUBLINT}"),
                "publint",
                PUBLINT,
            ),
            tool(
                &format!("attw-{ATTW}"),
                &format!("@arethetypeswrong/cli@{ATTW}"),
                "attw",
                ATTW,
            ),
        )
    })
}

/// The base error class and the category classes' prefix, as the README states the rule: the
/// stem when it ends in `Error` and is not the codes object's name, else the stem and `Error`.
fn error_class(view: &View) -> (String, String) {
    let stem = &view.names.stem;
    let class = if stem.ends_with("Error") && *stem != view.names.code_type {
        stem.clone()
    } else {
        format!("{stem}Error")
    };
    let prefix = class.strip_suffix("Error").unwrap_or(&class).to_owned();
    (class, prefix)
}

/// Fills a TypeScript consumer template, `package` being what it imports the package from.
/// The lines between `// RATE_BEGIN` and `// RATE_END` (catching 1104 as its category's
/// class) stay only when the registry has code 1104.
fn fill_typescript(template: &str, view: &View, package: &str) -> String {
    let (code_type, stem) = (&view.names.code_type, &view.names.stem);
    let (class, prefix) = error_class(view);
    let rate = view.codes.iter().find(|c| c.code == 1104);
    let mut kept = String::new();
    let mut skipping = false;
    for line in template.lines() {
        match line.trim() {
            "// RATE_BEGIN" => skipping = rate.is_none(),
            "// RATE_END" => skipping = false,
            _ if !skipping => {
                kept.push_str(line);
                kept.push('\n');
            }
            _ => {}
        }
    }
    let rate_class = rate.map_or_else(String::new, |c| {
        format!(
            "{prefix}{}Error",
            view.category_of(c).id.to_upper_camel_case()
        )
    });
    fill(&kept, view)
        .replace("CATEGORIES_CONST", &categories_const(view))
        .replace("IS_ERROR_FN", &format!("is{class}"))
        .replace("ERROR_CLASS", &class)
        .replace("ERROR_PREFIX", &prefix)
        .replace("RATE_CLASS", &rate_class)
        .replace("DESCRIBE_FN", &format!("describe{code_type}"))
        .replace("GUARD_FN", &format!("is{code_type}"))
        .replace("PARSE_BODY_FN", &format!("parse{stem}Body"))
        .replace("NPM_PACKAGE", package)
}

/// `TURING_ERROR_CATEGORIES`: the info table's name with `CATEGORIES` for `INFO`.
fn categories_const(view: &View) -> String {
    let info = &view.names.info_const;
    format!("{}CATEGORIES", info.strip_suffix("INFO").unwrap_or(info))
}

/// Writes the consumer project's sources into `dir`, importing the package by its name.
fn write_consumer(dir: &Path, view: &View) {
    let package = package_name(view, "typescript");
    for (name, template) in [
        ("consumer.ts", include_str!("consumer/consumer.ts")),
        ("errors.ts", include_str!("consumer/errors.ts")),
        ("require.cts", include_str!("consumer/require.cts")),
    ] {
        std::fs::write(dir.join(name), fill_typescript(template, view, &package)).unwrap();
    }
    std::fs::write(
        dir.join("tsconfig.json"),
        include_str!("consumer/tsconfig.json"),
    )
    .unwrap();
}

/// A consumer project at `dir` with the package installed from `from` (a tarball or the
/// package's folder), built by strict `tsc` with the README's example, and run by node;
/// returns what it printed.
fn consume(dir: &Path, from: &Path, case: &Case) -> String {
    std::fs::create_dir_all(dir).unwrap();
    std::fs::write(
        dir.join("package.json"),
        "{\"name\": \"consumer\", \"private\": true, \"type\": \"module\"}\n",
    )
    .unwrap();
    run(Command::new("npm")
        .current_dir(dir)
        .args([
            "install",
            "--silent",
            "--no-audit",
            "--no-fund",
            "--offline",
        ])
        .arg(from));
    write_consumer(dir, &case.view);
    let readme = std::fs::read_to_string(
        dir.join("node_modules")
            .join(package_name(&case.view, "typescript"))
            .join("README.md"),
    )
    .unwrap();
    let example = readme
        .split_once("```ts\n")
        .and_then(|(_, rest)| rest.split_once("\n```"))
        .expect("the README shows the package in TypeScript")
        .0;
    std::fs::write(dir.join("readme.ts"), format!("{example}\n")).unwrap();
    run(tsc().current_dir(dir).args(["-p", "tsconfig.json"]));
    run(Command::new("node")
        .current_dir(dir)
        .arg("out/consumer.js")
        .arg(case.unknown.to_string()))
}

/// publint and attw on the package folder: both must report nothing.
fn lint(package: &Path) {
    let (publint, attw) = linters();
    let said = run(Command::new(publint.join("publint"))
        .current_dir(package)
        .args(["run", "--strict", "."]));
    assert!(said.contains("All good!"), "publint:\n{said}");
    let said = run(Command::new(attw.join("attw"))
        .current_dir(package)
        .args(["--pack", ".", "--format", "ascii"]));
    assert!(said.contains("No problems found"), "attw:\n{said}");
}

fn check(case: &Case) -> String {
    let view = &case.view;
    let work = scratch(&format!("ts-{}", case.name));
    let package = write_package("typescript", view, &work.join("package"));
    run(tsc().current_dir(&package).args(["-p", "tsconfig.json"]));
    lint(&package);
    let tarball = run(Command::new("npm")
        .current_dir(&package)
        .args(["pack", "--silent", "--pack-destination"])
        .arg(&work));
    let dump = consume(&work.join("consumer"), &work.join(tarball.trim()), case);
    assert_eq!(
        dump,
        expected_dump(view),
        "the npm package disagrees with the registry"
    );
    assert_eq!(
        consume(&work.join("folder"), &package, case),
        dump,
        "a folder install of the package works as the tarball does, with no build"
    );
    dump
}

testing::case_tests!(check, SUITE);

/// Every value of a hostile registry comes back from the source file, compiled by strict
/// `tsc` and run by node after the error classes' checks.
#[test]
fn every_value_survives() {
    if !errcodes_testkit::tier::slow(SUITE) {
        return;
    }
    testing::round_trip(testing::toolchain_cases(), |view| {
        let work = scratch("roundtrip-typescript");
        std::fs::write(work.join("index.ts"), testing::source("typescript", view)).unwrap();
        for (name, template) in [
            ("dump.ts", include_str!("consumer/module_dump.ts")),
            ("errors.ts", include_str!("consumer/errors.ts")),
        ] {
            std::fs::write(work.join(name), fill_typescript(template, view, "./index.js"))
                .unwrap();
        }
        std::fs::write(work.join("package.json"), "{\"type\": \"module\"}\n").unwrap();
        run(tsc().current_dir(&work).args([
            "--strict",
            "--exactOptionalPropertyTypes",
            "--noUncheckedIndexedAccess",
            "--target",
            "es2022",
            "--module",
            "nodenext",
            "--outDir",
            "out",
            "--types",
            "",
            "dump.ts",
        ]));
        prop_assert_eq!(
            run(Command::new("node")
                .current_dir(&work)
                .arg("out/dump.js")
                .arg(view.unknown_example.to_string())),
            expected_dump(view)
        );
        Ok(())
    });
}
