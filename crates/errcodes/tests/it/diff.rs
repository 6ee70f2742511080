//! The compatibility gate as users run it: against a file, against git revisions, in every
//! output format (JSON and Markdown golden-tested), and inside `check --base`.

use std::fs;

use expect_test::expect_file;

use crate::support::{check_current, errcodes, fixture, git, workspace_with};

/// A temporary folder with the two golden fixtures as `base.yaml` and `registry.yaml`.
fn pair() -> tempfile::TempDir {
    let dir = workspace_with(&fs::read_to_string(fixture("diff-current.yaml")).unwrap());
    fs::copy(fixture("diff-base.yaml"), dir.path().join("base.yaml")).unwrap();
    dir
}

#[test]
fn human_output_names_every_break_with_both_positions() {
    let dir = pair();
    let run = errcodes(dir.path(), &["diff", "--base", "base.yaml"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    for expected in [
        "error[code-renamed]: code 1202 changed its name from `CARD_EXPIRED` to `CARD_REJECTED`\n  --> registry.yaml:25:11",
        "  ::: base.yaml:25:11",
        "error[name-renumbered]: `ACCOUNT_UNVERIFIED` moved from code 1302 to 1304",
        "error[http-changed]: code 1203 `PAYMENT_TIMEOUT` changed its HTTP status from 504 to 408",
        "warning[category-changed]: code 1301 `ACCOUNT_LOCKED` moved from category `account` to `payment`",
        "note[break-accepted]: accepted [http-changed]: code 1301 `ACCOUNT_LOCKED` changed its HTTP status from 403 to 423",
        "accepted: 423 Locked is what the gateway has always sent; the registry was wrong.",
        "error[reserved-removed]: code 1299 and name `LEGACY_PAYMENT` are no longer reserved\n  --> base.yaml:",
        "note[code-retired]: code 1303 `OLD_SIGNUP_ERROR` is retired",
        "note[code-added]: code 1204 `PAYMENT_LIMIT` is new",
    ] {
        assert!(
            run.stderr.contains(expected),
            "missing {expected:?} in\n{}",
            run.stderr
        );
    }
    assert!(
        run.stderr.ends_with("error: 4 breaking changes against the base: undo them, or accept each with an `allow_breaking` entry and its reason\n"),
        "{}",
        run.stderr
    );
}

#[test]
fn json_output_is_golden() {
    let run = errcodes(
        pair().path(),
        &["diff", "--base", "base.yaml", "--format", "json"],
    );
    assert_eq!(run.code, 1);
    expect_file!["../golden/diff.json"].assert_eq(&run.stdout);
}

#[test]
fn markdown_output_is_golden() {
    let run = errcodes(
        pair().path(),
        &["diff", "--base", "base.yaml", "--format", "markdown"],
    );
    assert_eq!(run.code, 1);
    expect_file!["../golden/diff.md"].assert_eq(&run.stdout);
}

#[test]
fn github_output_annotates_breaks_and_notices() {
    let run = errcodes(
        pair().path(),
        &["diff", "--base", "base.yaml", "--format", "github"],
    );
    assert_eq!(run.code, 1);
    assert!(run.stdout.contains("::error file=registry.yaml,line=25,col=11,endColumn=24,title=errcodes code-renamed::code 1202 changed its name"), "{}", run.stdout);
    assert!(
        run.stdout.contains("%0Abase.yaml:25:11: old name"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("::error file=registry.yaml,title=errcodes reserved-removed::code 1299 and name `LEGACY_PAYMENT` are no longer reserved%0Abase.yaml:"), "{}", run.stdout);
    assert!(
        run.stdout.contains("::notice file=registry.yaml,line="),
        "{}",
        run.stdout
    );
}

#[test]
fn a_renumbering_against_head_1_is_caught_through_git() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    git(root, &["init", "--quiet"]);
    fs::write(root.join("README"), "no registry yet\n").unwrap();
    git(root, &["add", "."]);
    git(root, &["commit", "--quiet", "-m", "before the registry"]);
    fs::create_dir_all(root.join("api")).unwrap();
    let base = fs::read_to_string(fixture("diff-base.yaml")).unwrap();
    fs::write(root.join("api/registry.yaml"), &base).unwrap();
    git(root, &["add", "."]);
    git(root, &["commit", "--quiet", "-m", "the registry"]);
    let renumbered = base.replace(
        "  - code: 1203\n    name: PAYMENT_TIMEOUT",
        "  - code: 1209\n    name: PAYMENT_TIMEOUT",
    );
    fs::write(root.join("api/registry.yaml"), renumbered).unwrap();
    git(root, &["commit", "--quiet", "-am", "renumber"]);

    let api = root.join("api");
    let run = errcodes(&api, &["diff", "--base", "HEAD~1"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("error[name-renumbered]: `PAYMENT_TIMEOUT` moved from code 1203 to 1209"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("::: api/registry.yaml@HEAD~1:"),
        "{}",
        run.stderr
    );

    let first = errcodes(&api, &["diff", "--base", "HEAD~2"]);
    assert_eq!(
        first.code, 0,
        "a base without a registry: everything is new\n{}",
        first.stderr
    );
    assert!(
        first
            .stderr
            .contains("note[code-added]: code 1209 `PAYMENT_TIMEOUT` is new"),
        "{}",
        first.stderr
    );
    assert!(
        first
            .stderr
            .ends_with("no breaking change against HEAD~2\n"),
        "{}",
        first.stderr
    );

    let unknown = errcodes(&api, &["diff", "--base", "no-such-branch"]);
    assert_eq!(unknown.code, 2);
    assert_eq!(
        unknown.stderr,
        "error: `no-such-branch` is neither a file nor a git revision\n"
    );

    assert_eq!(errcodes(&api, &["gen"]).code, 0);
    let check = errcodes(&api, &["check", "--base", "HEAD~1"]);
    assert_eq!(
        check.code, 1,
        "check --base runs the gate too\n{}",
        check.stderr
    );
    let allowed = fs::read_to_string(api.join("registry.yaml")).unwrap()
        + "allow_breaking:\n  - code: 1209\n    rule: name-renumbered\n    reason: 1203 was never sent in production.\n";
    fs::write(api.join("registry.yaml"), allowed).unwrap();
    let check = errcodes(&api, &["check", "--base", "HEAD~1"]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    assert!(
        check
            .stderr
            .contains("note[break-accepted]: accepted [name-renumbered]"),
        "{}",
        check.stderr
    );
    assert!(
        check.stderr.ends_with(&format!(
            "{}; no breaking change against HEAD~1\n",
            check_current()
        )),
        "{}",
        check.stderr
    );
}

#[test]
fn a_base_outside_git_or_broken_cannot_be_compared() {
    let dir = workspace_with(&fs::read_to_string(fixture("diff-current.yaml")).unwrap());
    let outside = errcodes(dir.path(), &["diff", "--base", "main"]);
    assert_eq!(outside.code, 2);
    assert!(
        outside.stderr.starts_with(
            "error: `main` is not a file, and the registry is not in a git repository"
        ),
        "{}",
        outside.stderr
    );
    fs::write(dir.path().join("broken.yaml"), "version: 1\ncodes: [\n").unwrap();
    let broken = errcodes(dir.path(), &["diff", "--base", "broken.yaml"]);
    assert_eq!(broken.code, 2);
    assert!(
        broken
            .stderr
            .starts_with("error: the base registry broken.yaml cannot be read: broken.yaml:"),
        "{}",
        broken.stderr
    );
}

#[test]
fn reserved_and_allow_breaking_survive_rust_and_back() {
    let dir = pair();
    let rust = errcodes(dir.path(), &["export", "--to-rust"]);
    assert_eq!(rust.code, 0, "{}", rust.stderr);
    assert!(rust.stdout.contains("#[error_code(reserved(code = 1303, name = \"OLD_SIGNUP_ERROR\", reason = \"Sign-up moved to the identity service.\"))]"), "{}", rust.stdout);
    assert!(
        rust.stdout.contains(
            "#[error_code(allow_breaking(code = 1301, rule = \"http-changed\", reason = "
        ),
        "{}",
        rust.stdout
    );
    fs::write(dir.path().join("codes.rs"), &rust.stdout).unwrap();
    let yaml = errcodes(dir.path(), &["import", "--rust-source", "codes.rs"]);
    assert_eq!(yaml.code, 0, "{}", yaml.stderr);
    fs::write(dir.path().join("imported.yaml"), &yaml.stdout).unwrap();
    let again = errcodes(
        dir.path(),
        &["export", "--to-rust", "--registry", "imported.yaml"],
    );
    assert_eq!(again.stdout, rust.stdout);
    let from_rust = errcodes(
        dir.path(),
        &[
            "diff",
            "--base",
            "base.yaml",
            "--rust-source",
            "codes.rs",
            "--format",
            "json",
        ],
    );
    let from_yaml = errcodes(
        dir.path(),
        &["diff", "--base", "base.yaml", "--format", "json"],
    );
    let verdicts = |out: &str| {
        let doc: serde_json::Value = serde_json::from_str(out).unwrap();
        doc["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| (d["id"].to_string(), d["message"].to_string()))
            .collect::<std::collections::BTreeSet<_>>()
    };
    assert_eq!(
        verdicts(&from_rust.stdout),
        verdicts(&from_yaml.stdout),
        "the gate reads Rust like YAML"
    );
}

/// The version follows the gate through git: an added code with only a patch bump fails with
/// the version to use, and the minor bump it names passes.
#[test]
fn an_added_code_needs_a_minor_version_bump() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    git(root, &["init", "--quiet"]);
    let base = fs::read_to_string(fixture("diff-base.yaml"))
        .unwrap()
        .replacen(
            "categories:\n",
            "packages:\n  version: 1.4.2\ncategories:\n",
            1,
        );
    fs::write(root.join("registry.yaml"), &base).unwrap();
    git(root, &["add", "."]);
    git(root, &["commit", "--quiet", "-m", "the registry"]);
    let added = base.replacen(
        "  - code: 1203\n",
        "  - code: 1204\n    name: PAYMENT_REFUSED\n    http: 402\n    category: payment\n    message: Payment refused\n  - code: 1203\n",
        1,
    );
    fs::write(root.join("registry.yaml"), added.replace("1.4.2", "1.4.3")).unwrap();
    let run = errcodes(root, &["diff", "--base", "HEAD"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "error[version-not-bumped]: the changes against the base need a minor version bump from 1.4.2, but the version is 1.4.3"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("help: set `packages.version` to 1.5.0"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.ends_with(
            "error: the version does not follow the changes against the base: set `packages.version` as its help says\n"
        ),
        "a missing bump is not called a breaking change: {}",
        run.stderr
    );
    fs::write(root.join("registry.yaml"), added.replace("1.4.2", "1.5.0")).unwrap();
    let run = errcodes(root, &["diff", "--base", "HEAD"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

/// A shallow clone (as CI checks out by default) lacks the base: the message says so and names
/// the fetch that brings it, and after that fetch the comparison runs.
#[test]
fn a_shallow_clone_gets_a_hint_that_fetches_the_base() {
    let dir = tempfile::tempdir().unwrap();
    let origin = dir.path().join("origin");
    fs::create_dir(&origin).unwrap();
    git(&origin, &["init", "--quiet"]);
    let base = fs::read_to_string(fixture("diff-base.yaml")).unwrap();
    fs::write(origin.join("registry.yaml"), &base).unwrap();
    git(&origin, &["add", "."]);
    git(&origin, &["commit", "--quiet", "-m", "the registry"]);
    git(&origin, &["checkout", "--quiet", "-b", "feature"]);
    let renamed = base.replace("name: CARD_EXPIRED", "name: CARD_REJECTED");
    fs::write(origin.join("registry.yaml"), renamed).unwrap();
    git(&origin, &["commit", "--quiet", "-am", "rename"]);

    let url = format!("file://{}", origin.display());
    git(
        dir.path(),
        &[
            "clone", "--quiet", "--depth", "1", "--branch", "feature", &url, "clone",
        ],
    );
    let clone = dir.path().join("clone");
    assert_eq!(
        git(&clone, &["rev-parse", "--is-shallow-repository"]).trim(),
        "true"
    );

    let run = errcodes(&clone, &["diff", "--base", "origin/main"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.starts_with(
            "error: `origin/main` is neither a file nor a git revision\n  = help: this clone is shallow, so it may not hold `origin/main`: fetch it with `git fetch --depth=1 origin main:refs/remotes/origin/main`, or use `fetch-depth: 0` in actions/checkout"
        ),
        "{}",
        run.stderr
    );
    let history = errcodes(&clone, &["diff", "--base", "HEAD~1"]);
    assert_eq!(history.code, 2);
    assert!(
        history
            .stderr
            .contains("fetch it with `git fetch --unshallow`"),
        "{}",
        history.stderr
    );

    // The hint's own command, run as written, fetches what the comparison needs.
    let fetch = run.stderr.split('`').nth(5).unwrap();
    let words: Vec<&str> = fetch.split_whitespace().collect();
    assert_eq!(words[0], "git", "{fetch}");
    git(&clone, &words[1..]);
    let compared = errcodes(&clone, &["diff", "--base", "origin/main"]);
    assert_eq!(compared.code, 1, "{}", compared.stderr);
    assert!(
        compared.stderr.contains(
            "error[code-renamed]: code 1202 changed its name from `CARD_EXPIRED` to `CARD_REJECTED`"
        ),
        "{}",
        compared.stderr
    );
}
