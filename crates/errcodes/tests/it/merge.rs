//! Generated files that review and merge, proven with real git on the shipped registry: one
//! added code changes only the lines that describe it (the figures are the table in docs/packages.md),
//! two branches that each add a code merge with no conflict and stay current, and the
//! documented recipe resolves the conflict that neighbouring additions do cause.

use std::fs;
use std::path::Path;

use crate::support::{errcodes, git, git_output, repo_root};

/// The most lines one added code may change in any generated file.
const MOST_LINES_PER_FILE: usize = 40;

/// The generated files that say nothing about the codes, so that no registry edit may change
/// them: those that every target renders the same for the shipped registry and for it with a
/// code deprecated and another retired (`Cargo.toml`, `package.json`, `py.typed`, …).
fn code_free() -> Vec<String> {
    let render = |text: &str| {
        let view = errcodes_testkit::view_of_text("registry.yaml", text);
        errcodes_targets::emit_all(&view).unwrap()
    };
    let shipped = render(&fs::read_to_string(repo_root().join("registry.yaml")).unwrap());
    let edited = render(&errcodes_testkit::deprecating());
    let free: Vec<String> = shipped
        .iter()
        .filter(|file| edited.contains(file))
        .map(|file| format!("generated/{}", file.path))
        .collect();
    assert!(
        free.contains(&"generated/rust/Cargo.toml".to_owned()),
        "{free:?}"
    );
    free
}

/// Where docs/packages.md keeps the measured figures.
const BEGIN: &str = "<!-- lines-changed:begin -->\n";
const END: &str = "<!-- lines-changed:end -->";

/// A code with a one-line message, as a registry entry.
fn entry(code: u16, name: &str) -> String {
    format!(
        "  - code: {code}\n    name: {name}\n    http: 502\n    category: common\n    message: {name} happened\n"
    )
}

/// `registry` with `text` inserted right after the entry of code `after`.
fn insert_after(registry: &str, after: u16, text: &str) -> String {
    let start = registry
        .find(&format!("  - code: {after}\n"))
        .unwrap_or_else(|| panic!("code {after} is in the registry"));
    let end = registry[start + 1..]
        .find("\n  - code: ")
        .map_or(registry.len(), |i| start + 1 + i + 1);
    format!("{}{text}{}", &registry[..end], &registry[end..])
}

/// Writes the registry, regenerates and commits everything.
fn commit_registry(dir: &Path, registry: &str, message: &str) {
    fs::write(dir.join("registry.yaml"), registry).unwrap();
    let run = errcodes(dir, &["gen"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    git(dir, &["add", "--all"]);
    git(dir, &["commit", "--quiet", "-m", message]);
}

/// A git repository holding the shipped registry and its generated files, on `main`.
fn repository() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    git(dir.path(), &["init", "--quiet"]);
    let registry = fs::read_to_string(repo_root().join("registry.yaml")).unwrap();
    commit_registry(dir.path(), &registry, "the registry");
    dir
}

fn registry_of(dir: &Path) -> String {
    fs::read_to_string(dir.join("registry.yaml")).unwrap()
}

/// Lines added plus lines removed, per generated file, between two revisions.
fn lines_changed(dir: &Path, from: &str, to: &str) -> Vec<(String, usize)> {
    let files = git(
        dir,
        &["ls-tree", "-r", "--name-only", to, "--", "generated"],
    );
    let numstat = git(dir, &["diff", "--numstat", from, to, "--", "generated"]);
    files
        .lines()
        .map(|file| {
            let changed = numstat
                .lines()
                .filter_map(|line| {
                    let mut parts = line.split('\t');
                    let (added, removed) = (parts.next()?, parts.next()?);
                    (parts.next()? == file).then(|| {
                        added.parse::<usize>().unwrap() + removed.parse::<usize>().unwrap()
                    })
                })
                .sum();
            (file.to_owned(), changed)
        })
        .collect()
}

#[test]
fn one_added_code_changes_only_its_own_lines_and_the_readme_says_how_many() {
    let dir = repository();
    let root = dir.path();
    let added = insert_after(
        &registry_of(root),
        1124,
        &entry(1125, "HTTP_PROXY_ERROR").replace("common", "rate_limit"),
    );
    commit_registry(root, &added, "add 1125");
    let figures = lines_changed(root, "HEAD~1", "HEAD");
    assert!(figures.len() >= 10, "{figures:?}");
    let code_free = code_free();
    for (file, changed) in &figures {
        assert!(
            *changed <= MOST_LINES_PER_FILE,
            "{file}: {changed} lines changed by one code"
        );
        if code_free.contains(file) {
            assert_eq!(*changed, 0, "{file} does not depend on the codes");
        } else {
            assert!(*changed > 0, "{file} does not show the new code");
        }
    }
    let mut table = String::from("| generated file | lines changed |\n|---|---|\n");
    for (file, changed) in &figures {
        let file = file.trim_start_matches("generated/");
        table.push_str(&format!("| `{file}` | {changed} |\n"));
    }
    let readme_path = repo_root().join("docs/packages.md");
    let readme = fs::read_to_string(&readme_path).unwrap();
    let start = readme
        .find(BEGIN)
        .expect("docs/packages.md has the lines-changed markers")
        + BEGIN.len();
    let end = readme[start..].find(END).expect("an end marker") + start;
    if readme[start..end] != table {
        if std::env::var_os("UPDATE_EXPECT").is_some() {
            let updated = format!("{}{table}{}", &readme[..start], &readme[end..]);
            fs::write(&readme_path, updated).unwrap();
        } else {
            panic!(
                "docs/packages.md's lines-changed table is out of date (run with UPDATE_EXPECT=1):\n{table}"
            );
        }
    }
}

#[test]
fn a_code_below_every_other_moves_no_example_when_the_example_is_named() {
    let dir = repository();
    let root = dir.path();
    let registry = registry_of(root);
    assert!(
        registry.contains("  example: 1000"),
        "the shipped registry names its example"
    );
    commit_registry(
        root,
        &insert_after(&registry, 0, &entry(999, "EARLIEST_ERROR")),
        "add 999",
    );
    let code_free = code_free();
    for (file, changed) in lines_changed(root, "HEAD~1", "HEAD") {
        let most = match file.as_str() {
            f if code_free.iter().any(|c| c == f) => 0,
            "generated/docs/error-codes.md" => 1,
            _ => MOST_LINES_PER_FILE,
        };
        assert!(
            changed <= most,
            "{file}: {changed} lines changed by code 999"
        );
    }
}

/// Branches `first` and `second` off `main`, each adding one code `(after, code, name)` with
/// its regenerated files; `second` is checked out. The registry on `main`.
fn two_branches(root: &Path, first: (u16, u16, &str), second: (u16, u16, &str)) -> String {
    let base = registry_of(root);
    for (branch, (after, code, name)) in [("first", first), ("second", second)] {
        git(root, &["checkout", "--quiet", "-b", branch, "main"]);
        commit_registry(
            root,
            &insert_after(&base, after, &entry(code, name)),
            &format!("add {code}"),
        );
    }
    base
}

#[test]
fn two_branches_that_each_add_a_code_merge_cleanly_and_stay_current() {
    let dir = repository();
    let root = dir.path();
    two_branches(
        root,
        (1124, 1125, "HTTP_PROXY_ERROR"),
        (2851, 2852, "PORTAL_SESSION_EXPIRED"),
    );
    let merge = git_output(root, &["merge", "--no-edit", "first"]);
    assert!(
        merge.status.success(),
        "git merge conflicted:\n{}{}",
        String::from_utf8_lossy(&merge.stdout),
        String::from_utf8_lossy(&merge.stderr)
    );
    let merged = registry_of(root);
    assert!(merged.contains("code: 1125") && merged.contains("code: 2852"));
    let check = errcodes(root, &["check"]);
    assert_eq!(check.code, 0, "{}{}", check.stdout, check.stderr);
}

#[test]
fn neighbouring_additions_conflict_and_the_documented_recipe_resolves_them() {
    let dir = repository();
    let root = dir.path();
    let base = two_branches(
        root,
        (1124, 1125, "HTTP_PROXY_ERROR"),
        (1124, 1126, "HTTP_TUNNEL_ERROR"),
    );
    let merge = git_output(root, &["merge", "--no-edit", "first"]);
    assert!(!merge.status.success(), "the same spot was edited twice");
    // The recipe: resolve registry.yaml by hand, run `errcodes gen`, commit.
    let both = insert_after(
        &base,
        1124,
        &format!(
            "{}{}",
            entry(1125, "HTTP_PROXY_ERROR"),
            entry(1126, "HTTP_TUNNEL_ERROR")
        ),
    );
    fs::write(root.join("registry.yaml"), both).unwrap();
    let run = errcodes(root, &["gen"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    git(root, &["add", "--all"]);
    git(root, &["commit", "--quiet", "--no-edit"]);
    let check = errcodes(root, &["check"]);
    assert_eq!(check.code, 0, "{}{}", check.stdout, check.stderr);
    let grep = git_output(root, &["grep", "-l", "^<<<<<<< ", "HEAD", "--", "."]);
    assert_eq!(
        grep.status.code(),
        Some(1),
        "conflict markers left in {}",
        String::from_utf8_lossy(&grep.stdout)
    );
}
