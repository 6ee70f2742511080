//! Test support shared by the crates' tests: the two tiers ([`tier`]), running commands,
//! scratch folders and pinned tools cached under the build's target folder, the registries the
//! toolchain tests use, the dump every consumer prints ([`dump`]) and hostile text for the
//! escaping property tests ([`hostile`]) and what the diagnostics UI tests share ([`ui`]).
//! Never published; nothing here installs system packages, and npm and PyPI packages only in
//! the slow tier.

pub mod dump;
pub mod hostile;
pub mod tier;
pub mod ui;

use std::path::{Path, PathBuf};
use std::process::Command;

use errcodes_view::View;

/// The repository's root folder.
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("repository root")
}

/// Runs a command and returns its stdout, failing the test with everything it said otherwise.
pub fn run(command: &mut Command) -> String {
    let shown = format!("{command:?}");
    let output = command
        .output()
        .unwrap_or_else(|e| panic!("could not start {shown}: {e}"));
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success(),
        "{shown} failed ({}):\n{stdout}\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    stdout
}

/// The cache of installed tools: `tmp/toolchains` under the build's target folder.
pub fn tools_dir() -> PathBuf {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(|| repo_root().join("target"), PathBuf::from);
    target.join("tmp/toolchains")
}

/// A scratch folder for one check, emptied first.
pub fn scratch(name: &str) -> PathBuf {
    let dir = tools_dir().join("work").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Copies a folder tree.
pub fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap().flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Fails unless the slow tier is on: the fast tier installs nothing.
fn slow_tier_only(what: &str) {
    assert!(
        tier::on(),
        "{what} needs the network: gate the test with errcodes_testkit::tier::slow"
    );
}

/// Installs the npm package `spec` (`name@version`) into `dir/node_modules`; slow tier only.
pub fn npm_install(dir: &Path, spec: &str, env: &[(&str, &str)]) {
    slow_tier_only(&format!("npm install {spec}"));
    std::fs::create_dir_all(dir).unwrap();
    run(Command::new("npm")
        .args(["install", "--silent", "--no-audit", "--no-fund", "--prefix"])
        .arg(dir)
        .arg(spec)
        .envs(env.iter().copied()));
}

/// `bin/` of a virtualenv under the tools folder holding exactly `requirements` (each pinned
/// with `==`), made once: its folder is named after them, and a stamp says it is complete.
/// Slow tier only.
pub fn pinned_venv(requirements: &[String]) -> PathBuf {
    slow_tier_only(&format!("pip install {}", requirements.join(" ")));
    let venv = tools_dir().join(format!(
        "venv-{}",
        requirements.join("-").replace("==", "-")
    ));
    let stamp = venv.join("installed");
    if !stamp.exists() {
        run(Command::new("python3")
            .args(["-m", "venv", "--clear"])
            .arg(&venv));
        run(pip_install(&venv.join("bin/python")).args(requirements));
        std::fs::write(&stamp, "").unwrap();
    }
    venv.join("bin")
}

/// `python -m pip install`, quietly; the caller adds what to install and how.
pub fn pip_install(python: &Path) -> Command {
    let mut command = Command::new(python);
    command.args([
        "-m",
        "pip",
        "install",
        "--quiet",
        "--disable-pip-version-check",
    ]);
    command
}

/// The view of a registry given as YAML text, which must be clean.
pub fn view_of_text(name: &str, text: &str) -> View {
    let (_, parsed) = errcodes_yaml::parse_bytes(name, text.as_bytes());
    assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
    View::new(&parsed.registry.unwrap()).unwrap()
}

/// The view of the registry file at `path`.
pub fn view_of(path: &Path) -> View {
    view_of_text("registry.yaml", &std::fs::read_to_string(path).unwrap())
}

/// The code [`deprecating`] retires: a consumer must refuse it like any unknown code.
pub const RETIRED: u16 = 1325;

/// The repository's registry with `NOT_SUPPORTED` (1002) deprecated, with a description, and
/// [`RETIRED`] retired.
pub fn deprecating() -> String {
    let registry = std::fs::read_to_string(repo_root().join("registry.yaml")).unwrap();
    let entry =
        "    name: NOT_SUPPORTED\n    http: 400\n    category: other\n    message: Not supported\n";
    assert!(registry.contains(entry));
    let deprecated = format!(
        "{entry}    deprecated: Use NOT_IMPLEMENTED (1001) instead.\n    description: |-\n      The feature is not offered.\n      Call `NOT_IMPLEMENTED` paths instead.\n"
    );
    let retired = format!(
        "reserved:\n  - code: {RETIRED}\n    name: API_KEY_QUOTA\n    reason: Replaced by TOO_MANY_API_KEYS.\n"
    );
    registry.replacen(entry, &deprecated, 1) + &retired
}

/// The escaping fixture: a registry whose texts stress every target's syntax.
pub fn hostile_registry() -> String {
    std::fs::read_to_string(repo_root().join("crates/errcodes/tests/fixtures/hostile.yaml"))
        .unwrap()
}
