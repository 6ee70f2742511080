//! `errcodes.toml` as a repository uses it: found from any folder below it, paths resolved
//! from its own folder, flags that repeat it or pick one of its outputs, flags that
//! contradict it, a registry pinned in another git repository (a local bare repository
//! stands in for the remote), `init`, and the note about files written by another version.

use std::fs;
use std::path::Path;

use crate::cli::VALID;
use crate::support::{
    Run, check_current, errcodes_with, generated_count, git, snapshot, workspace_with,
};

/// A folder holding [`VALID`] as `registry.yaml` and, if given, `config` as `errcodes.toml`;
/// and an empty git cache.
fn project(config: Option<&str>) -> (tempfile::TempDir, tempfile::TempDir) {
    let dir = workspace_with(VALID);
    if let Some(config) = config {
        fs::write(dir.path().join("errcodes.toml"), config).unwrap();
    }
    (dir, tempfile::tempdir().unwrap())
}

/// Runs `errcodes` in `dir` with the git cache in `cache`.
fn errcodes_in(dir: &Path, cache: &Path, args: &[&str]) -> Run {
    errcodes_with(dir, args, &[("ERRCODES_CACHE_DIR", cache)])
}

const PAGE: &str =
    "# Errors\n\nOur words.\n\n<!-- errcodes:begin -->\n<!-- errcodes:end -->\n\nMore words.\n";

/// A repository root with the registry, a page and a config naming three outputs.
fn repository() -> tempfile::TempDir {
    let dir = workspace_with(VALID);
    let root = dir.path();
    fs::create_dir_all(root.join("docs")).unwrap();
    fs::create_dir_all(root.join("sub/deeper")).unwrap();
    fs::write(root.join("docs/errors.md"), PAGE).unwrap();
    fs::write(
        root.join("errcodes.toml"),
        "[registry]\npath = \"registry.yaml\"\n\n[[outputs]]\ndir = \"generated\"\n\n[[outputs]]\ntarget = \"typescript\"\npath = \"sdk/codes.ts\"\n\n[[outputs]]\ntarget = \"markdown\"\ninject = \"docs/errors.md\"\n",
    )
    .unwrap();
    dir
}

#[test]
fn a_config_is_found_from_below_and_its_paths_resolve_from_its_own_folder() {
    let dir = repository();
    let root = dir.path();
    let deeper = root.join("sub/deeper");
    let cache = tempfile::tempdir().unwrap();
    let generated = errcodes_in(&deeper, cache.path(), &["gen"]);
    assert_eq!(generated.code, 0, "{}", generated.stderr);
    assert!(root.join("generated/rust/src/codes.rs").is_file());
    assert!(root.join("sdk/codes.ts").is_file());
    assert!(
        !deeper.join("generated").exists(),
        "nothing lands in the current folder"
    );
    let page = fs::read_to_string(root.join("docs/errors.md")).unwrap();
    assert!(page.starts_with("# Errors\n\nOur words.\n") && page.ends_with("\nMore words.\n"));
    assert!(page.contains("CARD_DECLINED"), "{page}");
    assert!(
        generated.stderr.contains("created ../../sdk/codes.ts"),
        "paths are shown from the current folder: {}",
        generated.stderr
    );
    let check = errcodes_in(&deeper, cache.path(), &["check"]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    assert!(
        check.stderr.ends_with(&format!(
            "{} files in 3 outputs are current\n",
            generated_count() + 2
        )),
        "{}",
        check.stderr
    );
    fs::write(
        root.join("registry.yaml"),
        VALID.replace("Card declined", "Card refused"),
    )
    .unwrap();
    let stale = errcodes_in(&deeper, cache.path(), &["check"]);
    assert_eq!(stale.code, 1);
    assert!(
        stale
            .stderr
            .contains("error: ../../docs/errors.md is stale")
            && stale
                .stderr
                .ends_with("run `errcodes gen` to update, then commit the result\n"),
        "with a config the fix needs no flags: {}",
        stale.stderr
    );
}

#[test]
fn flags_may_repeat_the_config_or_pick_an_output_but_not_contradict_it() {
    let dir = repository();
    let root = dir.path();
    let cache = tempfile::tempdir().unwrap();
    assert_eq!(errcodes_in(root, cache.path(), &["gen"]).code, 0);
    let same = errcodes_in(
        &root.join("sub"),
        cache.path(),
        &["check", "--registry", "../registry.yaml"],
    );
    assert_eq!(same.code, 0, "{}", same.stderr);
    let one = errcodes_in(
        root,
        cache.path(),
        &["check", "--target", "typescript", "--out", "sdk/codes.ts"],
    );
    assert_eq!(one.code, 0, "{}", one.stderr);
    assert!(
        one.stderr.ends_with("sdk/codes.ts is current\n"),
        "{}",
        one.stderr
    );
    fs::write(root.join("other.yaml"), VALID).unwrap();
    let before = snapshot(root);
    let other = errcodes_in(root, cache.path(), &["gen", "--registry", "other.yaml"]);
    assert_eq!(other.code, 2);
    assert_eq!(
        other.stderr,
        "error: the flags name the registry other.yaml as YAML, which contradicts errcodes.toml:1:1, where it reads registry.yaml as YAML\n  = help: drop the flags to use errcodes.toml, or pass --no-config to ignore it\n"
    );
    let elsewhere = errcodes_in(
        root,
        cache.path(),
        &["gen", "--target", "rust", "--out", "sdk/codes.rs"],
    );
    assert_eq!(elsewhere.code, 2);
    assert!(
        elsewhere.stderr.starts_with(
            "error: the flags name the output the Rust file sdk/codes.rs, which contradicts errcodes.toml:4:1, where the outputs are every package under generated, the TypeScript file sdk/codes.ts, the index injected into docs/errors.md"
        ),
        "{}",
        elsewhere.stderr
    );
    assert_eq!(before, snapshot(root), "a contradiction writes nothing");
    let ignored = errcodes_in(
        root,
        cache.path(),
        &["--no-config", "check", "--registry", "other.yaml"],
    );
    assert_eq!(ignored.code, 0, "{}", ignored.stderr);
    assert!(
        ignored.stderr.ends_with(&format!("{}\n", check_current())),
        "{}",
        ignored.stderr
    );
}

#[test]
fn an_invalid_config_exits_2_with_its_position_and_writes_nothing() {
    let (dir, cache) = project(Some(
        "[registry]\npath = \"registry.yaml\"\n\n[[outputs]]\ntarget = \"typscript\"\npath = \"a.ts\"\n",
    ));
    let root = dir.path();
    let before = snapshot(root);
    let run = errcodes_in(root, cache.path(), &["gen"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr
            .starts_with("error: errcodes.toml:5:10: unknown target `typscript`"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("did you mean `typescript`?"),
        "{}",
        run.stderr
    );
    assert_eq!(before, snapshot(root));
}

/// A bare repository holding the registry at tag `v1` (with a later, different commit on
/// `main`), and the full id of the tagged commit.
fn remote(parent: &Path) -> (std::path::PathBuf, String) {
    let work = parent.join("backend");
    fs::create_dir_all(&work).unwrap();
    git(&work, &["init", "--quiet"]);
    fs::write(work.join("registry.yaml"), VALID).unwrap();
    git(&work, &["add", "."]);
    git(&work, &["commit", "--quiet", "-m", "registry"]);
    git(&work, &["tag", "v1"]);
    let commit = git(&work, &["rev-parse", "HEAD"]).trim().to_owned();
    fs::write(
        work.join("registry.yaml"),
        VALID.replace("Card declined", "Card declined by the bank"),
    )
    .unwrap();
    git(&work, &["commit", "--quiet", "-am", "later"]);
    let bare = parent.join("backend.git");
    git(
        parent,
        &["clone", "--quiet", "--bare", "backend", "backend.git"],
    );
    (bare, commit)
}

fn sdk_with(parent: &Path, rev: &str) -> std::path::PathBuf {
    let sdk = parent.join("sdk");
    fs::create_dir_all(sdk.join("src")).unwrap();
    fs::write(
        sdk.join("errcodes.toml"),
        format!(
            "[registry]\ngit = \"../backend.git\"\nrev = \"{rev}\"\npath = \"registry.yaml\"\n\n[[outputs]]\ntarget = \"typescript\"\npath = \"src/errors.ts\"\n"
        ),
    )
    .unwrap();
    sdk
}

#[test]
fn a_registry_pinned_in_another_git_repository_is_read_through_the_cache() {
    let parent = tempfile::tempdir().unwrap();
    let (bare, commit) = remote(parent.path());
    let cache = tempfile::tempdir().unwrap();
    let sdk = sdk_with(parent.path(), "v1");
    let generated = errcodes_in(&sdk, cache.path(), &["gen"]);
    assert_eq!(generated.code, 0, "{}", generated.stderr);
    let vendored = fs::read_to_string(sdk.join("src/errors.ts")).unwrap();
    assert!(
        vendored.contains("\"Card declined\""),
        "the tag's registry, not main's"
    );
    assert_eq!(errcodes_in(&sdk, cache.path(), &["check"]).code, 0);
    // The tag is cached: the remote is not needed any more.
    fs::rename(&bare, parent.path().join("moved.git")).unwrap();
    let offline = errcodes_in(&sdk, cache.path(), &["check"]);
    assert_eq!(offline.code, 0, "{}", offline.stderr);
    fs::write(
        sdk.join("src/errors.ts"),
        vendored.replace("\"Card declined\"", "\"Card OK\""),
    )
    .unwrap();
    let edited = errcodes_in(&sdk, cache.path(), &["check"]);
    assert_eq!(edited.code, 1, "{}", edited.stderr);
    assert!(
        edited.stderr.contains("error: src/errors.ts is stale"),
        "{}",
        edited.stderr
    );
    fs::rename(parent.path().join("moved.git"), &bare).unwrap();
    // A full commit works as well as a tag.
    let by_commit = sdk_with(parent.path(), &commit);
    let run = errcodes_in(&by_commit, cache.path(), &["gen"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

#[test]
fn an_unknown_revision_or_an_unreachable_remote_exits_2_and_writes_nothing() {
    let parent = tempfile::tempdir().unwrap();
    let (bare, _) = remote(parent.path());
    let cache = tempfile::tempdir().unwrap();
    let sdk = sdk_with(parent.path(), "v2");
    let unknown = errcodes_in(&sdk, cache.path(), &["gen"]);
    assert_eq!(unknown.code, 2, "{}", unknown.stderr);
    assert!(
        unknown
            .stderr
            .starts_with("error: revision `v2` is not a tag or a commit of "),
        "{}",
        unknown.stderr
    );
    let branch = sdk_with(parent.path(), "main");
    let moving = errcodes_in(&branch, cache.path(), &["gen"]);
    assert_eq!(moving.code, 2, "{}", moving.stderr);
    assert!(moving.stderr.contains("is a branch"), "{}", moving.stderr);
    fs::remove_dir_all(&bare).unwrap();
    let unreachable = errcodes_in(&sdk_with(parent.path(), "v1"), cache.path(), &["check"]);
    assert_eq!(unreachable.code, 2, "{}", unreachable.stderr);
    assert!(
        unreachable
            .stderr
            .starts_with("error: could not reach the git repository "),
        "{}",
        unreachable.stderr
    );
    assert_eq!(snapshot(&sdk.join("src")), [], "nothing was written");
}

#[test]
fn init_starts_a_repository_that_generates_at_once_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let init = errcodes_in(dir.path(), cache.path(), &["init"]);
    assert_eq!(init.code, 0, "{}", init.stderr);
    assert!(
        init.stderr.contains("created errcodes.toml"),
        "{}",
        init.stderr
    );
    assert!(
        init.stderr.contains("created registry.yaml"),
        "{}",
        init.stderr
    );
    let generated = errcodes_in(dir.path(), cache.path(), &["gen"]);
    assert_eq!(generated.code, 0, "{}", generated.stderr);
    let check = errcodes_in(dir.path(), cache.path(), &["check", "--deny-warnings"]);
    assert_eq!(check.code, 0, "{}", check.stderr);
    let before = snapshot(dir.path());
    let again = errcodes_in(dir.path(), cache.path(), &["init"]);
    assert_eq!(again.code, 2);
    assert_eq!(
        again.stderr,
        "error: errcodes.toml already exists; it was left as it is\n"
    );
    assert_eq!(before, snapshot(dir.path()));
}

#[test]
fn init_pins_a_registry_of_another_repository_after_reading_it_once() {
    let parent = tempfile::tempdir().unwrap();
    remote(parent.path());
    let cache = tempfile::tempdir().unwrap();
    let sdk = parent.path().join("sdk");
    fs::create_dir_all(&sdk).unwrap();
    let wrong = errcodes_in(
        &sdk,
        cache.path(),
        &[
            "init",
            "--git",
            "../backend.git",
            "--rev",
            "v9",
            "--target",
            "typescript",
            "--out",
            "src/errors.ts",
        ],
    );
    assert_eq!(wrong.code, 2, "{}", wrong.stderr);
    assert!(
        wrong
            .stderr
            .starts_with("error: revision `v9` is not a tag or a commit of "),
        "{}",
        wrong.stderr
    );
    assert_eq!(snapshot(&sdk), [], "nothing was written");
    let init = errcodes_in(
        &sdk,
        cache.path(),
        &[
            "init",
            "--git",
            "../backend.git",
            "--rev",
            "v1",
            "--target",
            "typescript",
            "--out",
            "src/errors.ts",
        ],
    );
    assert_eq!(init.code, 0, "{}", init.stderr);
    assert!(
        init.stderr.starts_with("read registry.yaml at v1 (commit "),
        "{}",
        init.stderr
    );
    assert!(
        !sdk.join("registry.yaml").exists(),
        "an SDK gets no starter registry"
    );
    let config = fs::read_to_string(sdk.join("errcodes.toml")).unwrap();
    assert!(
        config.contains(
            "[registry]\ngit = \"../backend.git\"\nrev = \"v1\"\npath = \"registry.yaml\"\n"
        ),
        "{config}"
    );
    assert!(
        config.contains("[[outputs]]\ntarget = \"typescript\"\npath = \"src/errors.ts\"\n"),
        "{config}"
    );
    let generated = errcodes_in(&sdk, cache.path(), &["gen"]);
    assert_eq!(generated.code, 0, "{}", generated.stderr);
    assert!(sdk.join("src/errors.ts").is_file());
    assert_eq!(errcodes_in(&sdk, cache.path(), &["check"]).code, 0);
}

#[test]
fn files_written_by_another_version_are_named_first_in_one_line() {
    let (dir, cache) = project(None);
    let root = dir.path();
    assert_eq!(errcodes_in(root, cache.path(), &["gen"]).code, 0);
    let ours = format!("@generated by errcodes {}", env!("CARGO_PKG_VERSION"));
    for file in [
        "generated/rust/src/codes.rs",
        "generated/typescript/src/index.ts",
    ] {
        let path = root.join(file);
        let text = fs::read_to_string(&path).unwrap();
        fs::write(&path, text.replace(&ours, "@generated by errcodes 0.0.9")).unwrap();
    }
    let run = errcodes_in(root, cache.path(), &["check"]);
    assert_eq!(run.code, 1);
    let first = run.stderr.lines().next().unwrap_or_default();
    assert_eq!(
        first,
        format!(
            "note: 2 of the drifted files were written by errcodes 0.0.9, and this is errcodes {}: the differences below may come from the version, not only from the registry; run the version that wrote them, or regenerate with this one and commit the result",
            env!("CARGO_PKG_VERSION")
        )
    );
    assert_eq!(run.stderr.matches("note:").count(), 1, "{}", run.stderr);
    let json = errcodes_in(root, cache.path(), &["check", "--format", "json"]);
    let document: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert!(
        document["version_note"]
            .as_str()
            .is_some_and(|n| n.contains("errcodes 0.0.9")),
        "{}",
        json.stdout
    );
    let markdown = errcodes_in(root, cache.path(), &["check", "--format", "markdown"]);
    assert!(
        markdown
            .stdout
            .contains("### Generated files out of date\n\n> 2 of the drifted files were written by errcodes 0.0.9"),
        "{}",
        markdown.stdout
    );
    let github = errcodes_in(root, cache.path(), &["check", "--format", "github"]);
    assert!(
        github
            .stdout
            .starts_with("::warning title=errcodes%3A written by another version::2 of"),
        "{}",
        github.stdout
    );
}

#[test]
fn outputs_that_write_into_one_another_are_refused_before_anything_is_written() {
    let (dir, cache) = project(Some(
        "[[outputs]]\ndir = \"generated\"\n\n[[outputs]]\ntarget = \"typescript\"\npath = \"generated/typescript/src/errors.ts\"\n",
    ));
    let root = dir.path();
    let before = snapshot(root);
    let run = errcodes_in(root, cache.path(), &["gen"]);
    assert_eq!(run.code, 2);
    assert_eq!(
        run.stderr,
        "error: errcodes.toml:4:1: this output writes inside the folder of every package of the output on line 1, so that one would take the other's files for its own left-overs\n  = help: give each output a place of its own\n"
    );
    assert_eq!(before, snapshot(root));
    // The same folder reached through a symlink is the same place.
    std::os::unix::fs::symlink("generated", root.join("mirror")).unwrap();
    fs::create_dir_all(root.join("generated")).unwrap();
    fs::write(
        root.join("errcodes.toml"),
        "[[outputs]]\ndir = \"generated\"\n\n[[outputs]]\ndir = \"mirror\"\n",
    )
    .unwrap();
    let run = errcodes_in(root, cache.path(), &["gen"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.starts_with(
            "error: errcodes.toml:4:1: this output writes the same place as the output on line 1"
        ),
        "{}",
        run.stderr
    );
    assert_eq!(snapshot(&root.join("generated")), [], "nothing was written");
}

#[test]
fn a_file_someone_else_wrote_is_never_replaced() {
    let (dir, cache) = project(None);
    let root = dir.path();
    fs::create_dir_all(root.join("src")).unwrap();
    fs::write(root.join("src/app.ts"), "export const mine = 1;\n").unwrap();
    let before = snapshot(root);
    for command in ["gen", "check"] {
        let run = errcodes_in(
            root,
            cache.path(),
            &[
                "--no-config",
                command,
                "--target",
                "typescript",
                "--out",
                "src/app.ts",
            ],
        );
        assert_eq!(run.code, 2, "{command}: {}", run.stderr);
        assert_eq!(
            run.stderr,
            "error: src/app.ts was not written by errcodes (no `@generated by errcodes` line at the top), so errcodes will not replace it: move it away, or generate somewhere else\n"
        );
    }
    assert_eq!(before, snapshot(root));
}

#[test]
fn an_injected_page_is_named_as_the_user_names_it_and_only_its_region_is_read() {
    let (dir, cache) = project(None);
    let root = dir.path();
    fs::create_dir_all(root.join("real")).unwrap();
    fs::create_dir_all(root.join("docs")).unwrap();
    let prose = "# Errors\n\nThe table below is written by errcodes; do not edit it.\n\n";
    fs::write(
        root.join("real/page.md"),
        format!("{prose}<!-- errcodes:begin -->\n<!-- errcodes:end -->\n"),
    )
    .unwrap();
    std::os::unix::fs::symlink("../real/page.md", root.join("docs/errors.md")).unwrap();
    fs::write(
        root.join("errcodes.toml"),
        "[[outputs]]\ntarget = \"markdown\"\ninject = \"docs/errors.md\"\n",
    )
    .unwrap();
    let stale = errcodes_in(root, cache.path(), &["check"]);
    assert_eq!(stale.code, 1);
    assert!(
        stale.stderr.starts_with("error: docs/errors.md is stale"),
        "no note about versions from the prose, and the link's name: {}",
        stale.stderr
    );
    let generated = errcodes_in(root, cache.path(), &["gen"]);
    assert_eq!(generated.code, 0, "{}", generated.stderr);
    assert!(
        generated.stderr.starts_with("updated docs/errors.md\n"),
        "{}",
        generated.stderr
    );
    assert!(
        fs::symlink_metadata(root.join("docs/errors.md"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    // `check` never writes, so a read-only page is fine for it.
    let page = root.join("real/page.md");
    let mut permissions = fs::metadata(&page).unwrap().permissions();
    permissions.set_readonly(true);
    fs::set_permissions(&page, permissions).unwrap();
    let check = errcodes_in(root, cache.path(), &["check"]);
    assert_eq!(check.code, 0, "{}", check.stderr);
}

#[test]
fn without_a_config_the_fix_repeats_no_config() {
    let (dir, cache) = project(Some("[[outputs]]\ndir = \"elsewhere\"\n"));
    let root = dir.path();
    let run = errcodes_in(
        root,
        cache.path(),
        &["--no-config", "check", "--out", "gen2"],
    );
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.ends_with(
            "run `errcodes --no-config gen --out gen2` to update, then commit the result\n"
        ),
        "{}",
        run.stderr
    );
}
