//! Helpers shared by the integration tests: running the binary, fixtures, temporary folders.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The repository's top-level folder.
pub use errcodes_testkit::repo_root;

/// How many files `gen` writes into `generated/` for any registry: every registered
/// target's package.
pub fn generated_count() -> usize {
    let view = errcodes_testkit::view_of(&repo_root().join("registry.yaml"));
    errcodes_targets::emit_all(&view).unwrap().len()
}

/// `gen`'s closing line when nothing changed, as the tests expect it.
pub fn gen_current() -> String {
    let n = generated_count();
    format!("{n} files in generated: 0 changed, {n} already current")
}

/// `check`'s closing line when everything is current.
pub fn check_current() -> String {
    format!("{} files in generated are current", generated_count())
}

/// A fixture under `tests/fixtures`.
pub fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// What a run of the binary did.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Runs `errcodes` with `args` in `dir`, without color.
pub fn errcodes(dir: &Path, args: &[&str]) -> Run {
    errcodes_with(dir, args, &[])
}

/// [`errcodes`] with more environment variables (`ERRCODES_CACHE_DIR`, say). Git is isolated
/// from the user's and the system's configuration, as in [`git`].
pub fn errcodes_with(dir: &Path, args: &[&str], env: &[(&str, &Path)]) -> Run {
    let output: Output = Command::new(env!("CARGO_BIN_EXE_errcodes"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .envs(env.iter().copied())
        .output()
        .expect("run errcodes");
    Run {
        code: output.status.code().expect("exit code"),
        stdout: String::from_utf8(output.stdout).expect("utf-8 stdout"),
        stderr: String::from_utf8(output.stderr).expect("utf-8 stderr"),
    }
}

/// A temporary folder holding a copy of `registry` as `registry.yaml`.
pub fn workspace_with(registry: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(dir.path().join("registry.yaml"), registry).expect("write registry");
    dir
}

/// Every file under `dir`, relative, sorted, with contents.
pub fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<(String, Vec<u8>)>) {
        let Ok(listing) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in listing.flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(root, &path, out);
            } else {
                let rel = path
                    .strip_prefix(root)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                out.push((rel, std::fs::read(&path).unwrap()));
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, dir, &mut out);
    out.sort();
    out
}

/// Runs git in `dir` with a fixed identity and branch name, and without the user's or the
/// system's configuration; what it printed, whether it succeeded or not.
pub fn git_output(dir: &Path, args: &[&str]) -> Output {
    Command::new("git")
        .args([
            "-c",
            "user.name=errcodes",
            "-c",
            "user.email=errcodes@example.com",
        ])
        .args([
            "-c",
            "init.defaultBranch=main",
            "-c",
            "merge.conflictStyle=merge",
        ])
        .args(args)
        .env("GIT_CONFIG_GLOBAL", "/dev/null")
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .current_dir(dir)
        .output()
        .expect("git runs")
}

/// [`git_output`] that must succeed; its stdout.
pub fn git(dir: &Path, args: &[&str]) -> String {
    let output = git_output(dir, args);
    assert!(
        output.status.success(),
        "git {args:?}: {}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).expect("utf-8 from git")
}
