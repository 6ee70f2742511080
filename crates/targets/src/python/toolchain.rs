//! The Python distribution used the way an SDK uses it, through the real toolchain: the module
//! through mypy `--strict`, ruff (every rule) and `ruff format`; the distribution built into a
//! wheel and an sdist by `python -m build`, which `twine check --strict` and
//! `check-wheel-contents` must pass clean; the wheel installed into a fresh virtualenv, whose
//! metadata must state the registry's, and imported by a consumer script that mypy also
//! checks. The consumer exercises the whole API (the error types, malformed bodies by the
//! thousand) and prints every value back. The escaping property test imports the source file
//! alone and compares every value. The pinned tools are installed into a cache under
//! `target/`.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use errcodes_testkit::dump::expected_dump;
use errcodes_testkit::{pinned_venv, pip_install, run, scratch};
use errcodes_view::View;
use heck::{ToShoutySnakeCase, ToUpperCamelCase};
use proptest::prelude::*;

use crate::testing::{self, Case, fill, package_name, write_package};

/// The slow-tier suite these tests form.
const SUITE: &str = "Python toolchain (a virtualenv with mypy, ruff, build, twine from PyPI)";

const MYPY: &str = "1.20.2";
const RUFF: &str = "0.17.6";
const FLIT_CORE: &str = "3.12.0";
const BUILD: &str = "1.6.1";
const TWINE: &str = "7.0.0";
const CHECK_WHEEL_CONTENTS: &str = "0.6.3";

/// `bin/` of a virtualenv with the pinned linters, build backend and packaging checkers, made
/// on first use.
fn python() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        pinned_venv(&[
            format!("mypy=={MYPY}"),
            format!("ruff=={RUFF}"),
            format!("flit_core=={FLIT_CORE}"),
            format!("build=={BUILD}"),
            format!("twine=={TWINE}"),
            format!("check-wheel-contents=={CHECK_WHEEL_CONTENTS}"),
        ])
    })
}

/// The import name of the distribution, as the README documents it.
fn module(view: &View) -> String {
    package_name(view, "python")
        .to_ascii_lowercase()
        .replace(['-', '.'], "_")
}

/// The exception of a category, as the README states the rule, derived here on its own: the
/// base class (the stem, with `Error` added unless it ends in `Error` and is not the codes'
/// name) without its `Error`, the id in UpperCamelCase, then `Error`.
fn error_class(view: &View, id: &str) -> String {
    let stem = &view.names.stem;
    let base = if stem.ends_with("Error") && *stem != view.names.code_type {
        stem.clone()
    } else {
        format!("{stem}Error")
    };
    let prefix = base.strip_suffix("Error").unwrap_or(&base);
    format!("{prefix}{}Error", id.to_upper_camel_case())
}

/// Fills a Python consumer template. The code whose category's exception the consumer catches
/// is 1104, a rate limit, where the registry has it, else the docs' example code.
fn fill_python(template: &str, view: &View) -> String {
    let caught = view
        .codes
        .iter()
        .find(|c| c.code == 1104)
        .or_else(|| view.example_code())
        .expect("a code");
    let class_names = view
        .categories
        .iter()
        .map(|c| format!("\"{}\": \"{}\"", c.id, error_class(view, &c.id)))
        .collect::<Vec<_>>()
        .join(", ");
    fill(template, view)
        .replace("PYTHON_MODULE", &module(view))
        .replace("INFO_TYPE", &view.names.info_type)
        .replace("ERROR_BASE", &view.names.stem)
        .replace(
            "ERROR_SUBCLASS",
            &error_class(view, &view.category_of(caught).id),
        )
        .replace("SUBCLASS_CODE", &caught.code.to_string())
        .replace(
            "CATEGORIES_CONST",
            &format!("{}Categories", view.names.stem).to_shouty_snake_case(),
        )
        .replace("ERROR_CLASS_NAMES", &format!("{{{class_names}}}"))
}

/// The files of `dir`, sorted.
fn files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    files
}

/// Lints the package, builds its wheel and sdist and checks both; returns the wheel.
fn build(work: &Path, package: &Path, module: &str) -> PathBuf {
    let bin = python();
    std::fs::write(work.join("ruff.toml"), include_str!("consumer/ruff.toml")).unwrap();
    run(Command::new(bin.join("ruff"))
        .current_dir(work)
        .args(["check", "--no-cache", "package"]));
    run(Command::new(bin.join("ruff")).current_dir(work).args([
        "format",
        "--no-cache",
        "--check",
        "package",
    ]));
    run(Command::new(bin.join("mypy")).current_dir(package).args([
        "--strict",
        "--python-version",
        "3.10",
        "--no-incremental",
        "-p",
        module,
    ]));
    let dist = work.join("dist");
    run(Command::new(bin.join("python"))
        .args(["-m", "build", "--no-isolation", "--sdist", "--wheel", "--outdir"])
        .arg(&dist)
        .arg(package));
    let built = files(&dist);
    assert_eq!(built.len(), 2, "one sdist and one wheel: {built:?}");
    let twine = run(Command::new(bin.join("twine"))
        .args(["check", "--strict"])
        .args(&built));
    assert_eq!(twine.matches("PASSED").count(), 2, "{twine}");
    assert!(!twine.contains("WARNING"), "{twine}");
    let wheel = built
        .into_iter()
        .find(|p| p.extension().is_some_and(|e| e == "whl"))
        .expect("a wheel");
    let contents = run(Command::new(bin.join("check-wheel-contents")).arg(&wheel));
    assert!(contents.trim_end().ends_with("OK"), "{contents}");
    wheel
}

/// The installed distribution's metadata, as `importlib.metadata` reads it, against the
/// registry's: name, version, license, authors with an email, URLs, Python, README.
fn assert_metadata(python: &Path, view: &View) {
    let script = "import email.utils, importlib.metadata as m, json, sys\n\
        md = m.metadata(sys.argv[1])\n\
        print(json.dumps({\n\
        'name': md['Name'], 'version': md['Version'], 'python': md['Requires-Python'],\n\
        'license': md.get('License-Expression'), 'readme': md['Description-Content-Type'],\n\
        'urls': sorted(md.get_all('Project-URL') or []),\n\
        'emails': [list(a) for a in email.utils.getaddresses(md.get_all('Author-email') or [])],\n\
        'typed': 'Typing :: Typed' in md.get_all('Classifier')}))";
    let dist = package_name(view, "python");
    let got: serde_json::Value =
        serde_json::from_str(&run(Command::new(python).args(["-c", script, &dist]))).unwrap();
    let m = &view.metadata;
    let mut urls: Vec<String> = [
        ("Repository", &m.repository),
        ("Homepage", &m.homepage),
        ("Documentation", &view.docs_url),
    ]
    .into_iter()
    .filter_map(|(label, url)| Some(format!("{label}, {}", url.as_ref()?)))
    .collect();
    urls.sort();
    let emails: Vec<[String; 2]> = m
        .authors
        .iter()
        .filter_map(|a| {
            let (name, email) = a.strip_suffix('>')?.rsplit_once(" <")?;
            Some([name.to_owned(), email.to_owned()])
        })
        .collect();
    assert_eq!(
        got,
        serde_json::json!({
            "name": dist,
            "version": view.version,
            "python": ">=3.10",
            "license": m.license,
            "readme": "text/markdown",
            "urls": urls,
            "emails": emails,
            "typed": true,
        })
    );
}

fn check(case: &Case) -> String {
    let view = &case.view;
    let module = &module(view);
    let work = scratch(&format!("py-{}", case.name));
    let package = write_package("python", view, &work.join("package"));
    let wheel = build(&work, &package, module);
    let venv = work.join("venv");
    run(Command::new("python3").args(["-m", "venv"]).arg(&venv));
    let interpreter = venv.join("bin/python");
    run(pip_install(&interpreter)
        .args(["--no-index", "--no-deps"])
        .arg(&wheel));
    assert_metadata(&interpreter, view);
    std::fs::write(
        work.join("consumer.py"),
        fill_python(include_str!("consumer/consumer.py"), view),
    )
    .unwrap();
    // mypy finds the installed package only through its `py.typed` marker.
    run(Command::new(python().join("mypy"))
        .current_dir(&work)
        .arg("--python-executable")
        .arg(&interpreter)
        .args([
            "--strict",
            "--python-version",
            "3.10",
            "--no-incremental",
            "consumer.py",
        ]));
    let dump = run(Command::new(&interpreter)
        .current_dir(&work)
        .arg("consumer.py")
        .arg(case.unknown.to_string()));
    assert_eq!(
        dump,
        expected_dump(view),
        "the Python package disagrees with the registry"
    );
    dump
}

testing::case_tests!(check, SUITE);

/// Every value of a hostile registry comes back from the source file, imported by CPython.
#[test]
fn every_value_survives() {
    if !errcodes_testkit::tier::slow(SUITE) {
        return;
    }
    testing::round_trip(testing::toolchain_cases(), |view| {
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
