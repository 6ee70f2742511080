//! The install channels of the binary, each installed the way a user installs it, from the
//! files `packaging/dist.sh` builds into `target/dist` (run once per test run; it uploads
//! nothing):
//!
//! - the Python wheel, `pip install`ed into a fresh virtualenv;
//! - the npm launcher and platform package, installed from their tarballs into a fresh
//!   project with `npm install --offline`, run through `npx`;
//! - the `.crate` files of every published crate, and `cargo install --path`;
//! - the GitHub Action's script, `packaging/action/run.sh`, with pip pointed at the wheel,
//!   and `action.yml` against GitHub's schema;
//! - the pre-commit hook, through `pre-commit try-repo` on a committed copy of this working
//!   tree, whose pip builds the wheel with maturin (the first build takes a while; pre-commit
//!   gets this build's target folder through `CARGO_TARGET_DIR`).
//!
//! Each channel's `errcodes --version` must say this crate's version. The pinned
//! check-jsonschema and pre-commit are installed by these tests into a cache under `target/`.
//! Every test here belongs to the slow tier (`errcodes_testkit::tier`).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

use crate::support::{errcodes, git, repo_root, workspace_with};
use errcodes_testkit::{pinned_venv, pip_install, run, scratch};

/// The slow-tier suite these tests form.
const SUITE: &str =
    "install channels (packaging/dist.sh, pip, npm, cargo install, the Action, pre-commit)";

const CHECK_JSONSCHEMA: &str = "0.39.0";
const PRE_COMMIT: &str = "4.7.0";

/// What every channel's `errcodes --version` prints.
const VERSION_LINE: &str = concat!("errcodes ", env!("CARGO_PKG_VERSION"));

/// Every crate `cargo package` must produce, and no other (errcodes-bench is not published).
const PUBLISHED: [&str; 11] = [
    "errcodes",
    "errcodes-check",
    "errcodes-compat",
    "errcodes-derive",
    "errcodes-model",
    "errcodes-report",
    "errcodes-rust-source",
    "errcodes-targets",
    "errcodes-view",
    "errcodes-writer",
    "errcodes-yaml",
];

/// This build's target folder (`CARGO_TARGET_TMPDIR` is its `tmp/`).
fn target_dir() -> &'static Path {
    Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("target folder")
}

/// `target/dist`, filled by `packaging/dist.sh` on first use. Every test here calls it first,
/// so nothing else builds into `target/release` while the script runs; a failure is kept and
/// reported by every test, not run again.
fn dist() -> &'static Path {
    static DIR: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    let built = DIR.get_or_init(|| {
        let mut script = Command::new(repo_root().join("packaging/dist.sh"));
        script.env("CARGO_TARGET_DIR", target_dir());
        match outcome(&mut script) {
            (Some(0), _) => Ok(target_dir().join("dist")),
            (code, said) => Err(format!("packaging/dist.sh failed ({code:?}):\n{said}")),
        }
    });
    match built {
        Ok(dir) => dir,
        Err(message) => panic!("{message}"),
    }
}

/// The one file in `target/dist` whose name is `{prefix}{version}{suffix}`.
fn artifact(prefix: &str, suffix: &str) -> PathBuf {
    let start = format!("{prefix}{}", env!("CARGO_PKG_VERSION"));
    let found: Vec<PathBuf> = std::fs::read_dir(dist())
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| {
            let name = path.file_name().unwrap().to_string_lossy();
            name.starts_with(&start) && name.ends_with(suffix)
        })
        .collect();
    assert_eq!(found.len(), 1, "{start}…{suffix} in target/dist: {found:?}");
    found.into_iter().next().unwrap()
}

/// The first line `command --version` prints.
fn version_of(command: &mut Command) -> String {
    run(command.arg("--version")).trim_end().to_owned()
}

/// `bin/` of a virtualenv holding the pinned check-jsonschema and pre-commit, made on first use.
fn python_tools() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        pinned_venv(&[
            format!("check-jsonschema=={CHECK_JSONSCHEMA}"),
            format!("pre-commit=={PRE_COMMIT}"),
        ])
    })
}

/// A temporary folder holding the repository's registry and the files `errcodes gen` makes
/// from it. Outside the repository, whose own `errcodes.toml` would otherwise be found upward.
fn generated_project() -> tempfile::TempDir {
    let registry = std::fs::read_to_string(repo_root().join("registry.yaml")).unwrap();
    let dir = workspace_with(&registry);
    let generated = errcodes(dir.path(), &["gen"]);
    assert_eq!(generated.code, 0, "{}", generated.stderr);
    dir
}

/// Makes `project`'s generated Rust source stale, as a hand edit would.
fn hand_edit(project: &Path) {
    let file = project.join("generated/rust/src/codes.rs");
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, text + "// edited by hand\n").unwrap();
}

/// Runs a command that may fail, and says everything it printed.
fn outcome(command: &mut Command) -> (Option<i32>, String) {
    let Output {
        status,
        stdout,
        stderr,
    } = command.output().expect("start command");
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&stdout),
        String::from_utf8_lossy(&stderr)
    );
    (status.code(), said)
}

/// A scratch SDK project whose `errcodes.toml` pins the repository's registry at tag `v1` of
/// a local bare git repository (standing in for the backend's remote) and vendors one file.
struct PinnedSdk {
    _dir: tempfile::TempDir,
    sdk: PathBuf,
    cache: PathBuf,
    vendored: &'static str,
}

fn pinned_sdk(target: &str, vendored: &'static str) -> PinnedSdk {
    let dir = tempfile::tempdir().unwrap();
    let backend = dir.path().join("backend");
    std::fs::create_dir_all(&backend).unwrap();
    std::fs::copy(
        repo_root().join("registry.yaml"),
        backend.join("registry.yaml"),
    )
    .unwrap();
    git(&backend, &["init", "--quiet"]);
    git(&backend, &["add", "registry.yaml"]);
    git(&backend, &["commit", "--quiet", "--message", "registry"]);
    git(&backend, &["tag", "v1"]);
    git(
        dir.path(),
        &["clone", "--quiet", "--bare", "backend", "backend.git"],
    );
    let sdk = dir.path().join("sdk");
    std::fs::create_dir_all(&sdk).unwrap();
    std::fs::write(
        sdk.join("errcodes.toml"),
        format!(
            "[registry]\ngit = \"../backend.git\"\nrev = \"v1\"\n\n[[outputs]]\ntarget = \"{target}\"\npath = \"{vendored}\"\n"
        ),
    )
    .unwrap();
    let cache = dir.path().join("cache");
    PinnedSdk {
        _dir: dir,
        sdk,
        cache,
        vendored,
    }
}

/// What a user of the SDK does with the installed `errcodes`: `gen`, then `check` passes; a
/// hand edit of the vendored file makes `check` fail with exit 1.
fn check_as_an_sdk(errcodes: impl Fn() -> Command, project: &PinnedSdk) {
    let in_sdk = |args: &[&str]| {
        let mut command = errcodes();
        command
            .current_dir(&project.sdk)
            .args(args)
            .env("ERRCODES_CACHE_DIR", &project.cache)
            .env("NO_COLOR", "1");
        outcome(&mut command)
    };
    let (code, said) = in_sdk(&["gen"]);
    assert_eq!(code, Some(0), "{said}");
    let (code, said) = in_sdk(&["check"]);
    assert_eq!(code, Some(0), "{said}");
    assert!(said.contains(" is current"), "{said}");
    let file = project.sdk.join(project.vendored);
    let text = std::fs::read_to_string(&file).unwrap();
    std::fs::write(
        &file,
        text.replacen("HTTP_TIMEOUT_ERROR", "HTTP_TIMEOUT", 1),
    )
    .unwrap();
    let (code, said) = in_sdk(&["check"]);
    assert_eq!(code, Some(1), "{said}");
    assert!(
        said.contains(&format!("error: {} is stale", project.vendored)),
        "{said}"
    );
}

#[test]
fn wheel_installs_into_a_fresh_virtualenv() {
    if !errcodes_testkit::tier::slow(SUITE) {
        return;
    }
    let wheel = artifact("errcodes-", ".whl");
    // The Python SDK's own virtualenv, as in a real SDK repository.
    let project = pinned_sdk("python", "src/turing_sdk/errors.py");
    let venv = project.sdk.join(".venv");
    run(Command::new("python3").args(["-m", "venv"]).arg(&venv));
    run(pip_install(&venv.join("bin/python"))
        .arg("--no-index")
        .arg(wheel));
    assert_eq!(
        version_of(&mut Command::new(venv.join("bin/errcodes"))),
        VERSION_LINE
    );
    // The wheel's data folder puts the man pages and completions under the prefix's share/.
    assert_share_holds_the_pages_and_completions(&venv.join("share"));
    check_as_an_sdk(|| Command::new(venv.join("bin/errcodes")), &project);
}

/// A prefix's `share/` holds the man pages and the bash, zsh and fish completions.
fn assert_share_holds_the_pages_and_completions(share: &Path) {
    let page = std::fs::read_to_string(share.join("man/man1/errcodes-check.1")).unwrap();
    assert!(page.contains(".TH errcodes-check 1"), "{page}");
    for (path, says) in [
        ("bash-completion/completions/errcodes", "errcodes"),
        ("zsh/site-functions/_errcodes", "#compdef errcodes"),
        (
            "fish/vendor_completions.d/errcodes.fish",
            "complete -c errcodes",
        ),
    ] {
        let script = std::fs::read_to_string(share.join(path)).unwrap();
        assert!(script.contains(says), "{path}: {script}");
    }
}

#[test]
fn npm_packages_install_offline_and_run_through_npx() {
    if !errcodes_testkit::tier::slow(SUITE) {
        return;
    }
    let launcher = artifact("errcodes-", ".tgz");
    let platform = artifact("errcodes-cli-linux-x64-", ".tgz");
    // The TypeScript SDK itself is the npm project, as in a real SDK repository.
    let project = pinned_sdk("typescript", "src/errors.ts");
    std::fs::write(
        project.sdk.join("package.json"),
        r#"{ "name": "scratch-sdk", "version": "0.0.0", "private": true }"#,
    )
    .unwrap();
    run(Command::new("npm")
        .current_dir(&project.sdk)
        .args([
            "install",
            "--silent",
            "--no-audit",
            "--no-fund",
            "--offline",
            "--save-dev",
        ])
        .arg(launcher)
        .arg(platform));
    let npx = || {
        let mut c = Command::new("npx");
        c.current_dir(&project.sdk)
            .args(["--no-install", "errcodes"]);
        c
    };
    assert_eq!(version_of(&mut npx()), VERSION_LINE);
    // The platform package carries the man pages and completions too.
    assert_share_holds_the_pages_and_completions(
        &project
            .sdk
            .join("node_modules/@errcodes/cli-linux-x64/share"),
    );
    // The binary's exit status comes through the launcher.
    assert_eq!(outcome(npx().arg("no-such-command")).0, Some(2));
    check_as_an_sdk(npx, &project);
}

#[test]
fn every_published_crate_is_packaged_with_its_templates() {
    if !errcodes_testkit::tier::slow(SUITE) {
        return;
    }
    let mut found: Vec<String> = std::fs::read_dir(dist())
        .unwrap()
        .filter_map(|entry| {
            let name = entry.unwrap().file_name().to_string_lossy().into_owned();
            let stem = name.strip_suffix(concat!("-", env!("CARGO_PKG_VERSION"), ".crate"))?;
            Some(stem.to_owned())
        })
        .collect();
    found.sort();
    assert_eq!(found, PUBLISHED);
    // The targets crate reads its templates through the `templates` symlink, which `cargo
    // package` follows; a folder holding a file named `Cargo.toml` it would leave out.
    let packaged = run(Command::new("tar")
        .arg("tzf")
        .arg(artifact("errcodes-targets-", ".crate")));
    let prefix = concat!("errcodes-targets-", env!("CARGO_PKG_VERSION"), "/");
    for template in [
        "templates/rust/codes.rs",
        "templates/rust/api.rs",
        "templates/rust/Cargo.template.toml",
        "templates/html/error-codes.html",
        "askama.toml",
    ] {
        assert!(
            packaged
                .lines()
                .any(|line| line == format!("{prefix}{template}")),
            "{template}:\n{packaged}"
        );
    }
}

#[test]
fn cargo_install_from_the_path_works() {
    if !errcodes_testkit::tier::slow(SUITE) {
        return;
    }
    dist();
    let root = scratch("dist-cargo-install");
    run(Command::new(env!("CARGO"))
        .args(["install", "--quiet", "--locked", "--path"])
        .arg(repo_root().join("crates/errcodes"))
        .arg("--root")
        .arg(&root)
        .arg("--target-dir")
        .arg(target_dir()));
    assert_eq!(
        version_of(&mut Command::new(root.join("bin/errcodes"))),
        VERSION_LINE
    );
}

#[test]
fn github_action_checks_a_project() {
    if !errcodes_testkit::tier::slow(SUITE) {
        return;
    }
    let action_yml = repo_root().join("action.yml");
    let tools = python_tools();
    run(Command::new(tools.join("check-jsonschema"))
        .args(["--builtin-schema", "vendor.github-actions"])
        .arg(&action_yml));
    // The inputs' defaults, read as GitHub reads them (ruamel.yaml comes with check-jsonschema).
    let defaults = run(Command::new(tools.join("python"))
        .arg("-c")
        .arg(
            "import json, sys; from ruamel.yaml import YAML\n\
         inputs = YAML(typ='safe').load(open(sys.argv[1]))['inputs']\n\
         print(json.dumps({name: spec['default'] for name, spec in inputs.items()}))",
        )
        .arg(&action_yml));
    let defaults: serde_json::Value = serde_json::from_str(&defaults).unwrap();
    assert_eq!(
        defaults["version"],
        env!("CARGO_PKG_VERSION"),
        "action.yml installs another release"
    );
    assert_eq!(defaults["args"], "check --format github");

    let work = scratch("dist-action");
    let dir = generated_project();
    let project = dir.path();
    let action = || {
        let mut c = Command::new(repo_root().join("packaging/action/run.sh"));
        c.env("ERRCODES_VERSION", defaults["version"].as_str().unwrap())
            .env("ERRCODES_ARGS", defaults["args"].as_str().unwrap())
            .env("ERRCODES_WORKING_DIRECTORY", project)
            .env("RUNNER_TEMP", work.join("runner-temp"))
            .env("PIP_NO_INDEX", "1")
            .env("PIP_FIND_LINKS", dist());
        c
    };
    let (code, said) = outcome(&mut action());
    assert_eq!(code, Some(0), "{said}");
    hand_edit(project);
    let (code, said) = outcome(&mut action());
    assert_eq!(code, Some(1), "{said}");
    assert!(
        said.lines()
            .any(|l| l.starts_with("::error file=generated/rust/src/codes.rs,")),
        "{said}"
    );
}

/// A committed copy of this working tree: every tracked file as it is now, and every new file
/// that is not ignored (so the hook definition and the packaging are tested before they are
/// committed). Symlinks stay symlinks.
fn snapshot_of_working_tree(dir: &Path) -> PathBuf {
    let root = repo_root();
    let listing = run(Command::new("git").current_dir(&root).args([
        "ls-files",
        "-z",
        "--cached",
        "--others",
        "--exclude-standard",
    ]));
    for relative in listing.split('\0').filter(|p| !p.is_empty()) {
        let from = root.join(relative);
        let Ok(meta) = std::fs::symlink_metadata(&from) else {
            continue; // deleted in the working tree
        };
        let to = dir.join(relative);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        if meta.file_type().is_symlink() {
            std::os::unix::fs::symlink(std::fs::read_link(&from).unwrap(), &to).unwrap();
        } else if meta.is_file() {
            std::fs::copy(&from, &to).unwrap();
        }
    }
    git(dir, &["init", "--quiet"]);
    git(dir, &["add", "--all"]);
    git(
        dir,
        &["commit", "--quiet", "--no-verify", "--message", "snapshot"],
    );
    dir.to_owned()
}

#[test]
fn pre_commit_hook_checks_a_project() {
    if !errcodes_testkit::tier::slow(SUITE) {
        return;
    }
    dist();
    let tools = python_tools();
    run(Command::new(tools.join("pre-commit"))
        .args(["validate-manifest"])
        .arg(repo_root().join(".pre-commit-hooks.yaml")));
    let work = scratch("dist-pre-commit");
    let hooks = snapshot_of_working_tree(&work.join("errcodes"));
    let dir = generated_project();
    let project = dir.path();
    git(project, &["init", "--quiet"]);
    git(project, &["add", "--all"]);
    let try_repo = || {
        let mut c = Command::new(tools.join("pre-commit"));
        c.current_dir(project)
            .arg("try-repo")
            .arg(&hooks)
            .args(["errcodes-check", "--all-files"])
            .env("PRE_COMMIT_HOME", work.join("pre-commit-home"))
            .env("CARGO_TARGET_DIR", target_dir());
        c
    };
    let (code, said) = outcome(&mut try_repo());
    assert_eq!(code, Some(0), "{said}");
    hand_edit(project);
    let (code, said) = outcome(&mut try_repo());
    assert_eq!(code, Some(1), "{said}");
    assert!(
        said.contains("generated/rust/src/codes.rs is stale"),
        "{said}"
    );
}
