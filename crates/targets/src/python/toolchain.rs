//! The Python distribution used the way an SDK uses it, through the real toolchain: the module
//! through mypy `--strict`, ruff (every rule) and `ruff format`, then `pip install`ed and
//! imported by a consumer script that mypy also checks; the consumer exercises the whole API
//! and prints every value back. The escaping property test imports the source file alone and
//! compares every value. The pinned mypy, ruff and flit are installed into a cache under
//! `target/`.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use errcodes_testkit::dump::expected_dump;
use errcodes_testkit::{pinned_venv, pip_install, run, scratch};
use errcodes_view::View;
use proptest::prelude::*;

use crate::testing::{self, Case, fill, package_name, write_package};

const MYPY: &str = "1.20.2";
const RUFF: &str = "0.17.6";
const FLIT_CORE: &str = "3.12.0";

/// `bin/` of a virtualenv with the pinned mypy, ruff and flit, made on first use.
fn python() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        pinned_venv(&[
            format!("mypy=={MYPY}"),
            format!("ruff=={RUFF}"),
            format!("flit_core=={FLIT_CORE}"),
        ])
    })
}

/// The import name of the distribution, as the README documents it.
fn module(view: &View) -> String {
    package_name(view, "python")
        .to_ascii_lowercase()
        .replace(['-', '.'], "_")
}

/// Fills a Python consumer template.
fn fill_python(template: &str, view: &View) -> String {
    fill(template, view).replace("PYTHON_MODULE", &module(view))
}

fn check(case: &Case) -> String {
    let view = &case.view;
    let module = &module(view);
    let work = scratch(&format!("py-{}", case.name));
    let package = write_package("python", view, &work.join("package"));
    std::fs::write(work.join("ruff.toml"), include_str!("consumer/ruff.toml")).unwrap();
    let bin = python();
    run(Command::new(bin.join("ruff"))
        .current_dir(&work)
        .args(["check", "--no-cache", "package"]));
    run(Command::new(bin.join("ruff")).current_dir(&work).args([
        "format",
        "--no-cache",
        "--check",
        "package",
    ]));
    run(Command::new(bin.join("mypy")).current_dir(&package).args([
        "--strict",
        "--python-version",
        "3.9",
        "--no-incremental",
        "-p",
        module,
    ]));
    let site = work.join("site");
    run(pip_install(&bin.join("python"))
        .args(["--no-build-isolation", "--no-deps", "--target"])
        .arg(&site)
        .arg(&package));
    assert!(
        site.join(module).join("py.typed").exists(),
        "the installed package is marked typed"
    );
    std::fs::write(
        work.join("consumer.py"),
        fill_python(include_str!("consumer/consumer.py"), view),
    )
    .unwrap();
    run(Command::new(bin.join("mypy"))
        .current_dir(&work)
        .env("MYPYPATH", &site)
        .args([
            "--strict",
            "--python-version",
            "3.9",
            "--no-incremental",
            "consumer.py",
        ]));
    let dump = run(Command::new(bin.join("python"))
        .current_dir(&work)
        .env("PYTHONPATH", &site)
        .arg("consumer.py")
        .arg(case.unknown.to_string()));
    assert_eq!(
        dump,
        expected_dump(view),
        "the Python package disagrees with the registry"
    );
    dump
}

testing::case_tests!(check);

/// Every value of a hostile registry comes back from the source file, imported by CPython.
#[test]
fn every_value_survives() {
    testing::round_trip(|view| {
        let work = scratch("roundtrip-python");
        let module = work.join(module(view));
        std::fs::create_dir_all(&module).unwrap();
        std::fs::write(module.join("__init__.py"), testing::source("python", view)).unwrap();
        std::fs::write(
            work.join("dump.py"),
            fill_python(include_str!("consumer/module_dump.py"), view),
        )
        .unwrap();
        prop_assert_eq!(
            run(Command::new(python().join("python"))
                .current_dir(&work)
                .arg("dump.py")),
            expected_dump(view)
        );
        Ok(())
    });
}
