//! The writer's contract: check never writes, write makes check pass, untouched files stay
//! untouched, and foreign files are never removed.

use std::fs;
use std::time::SystemTime;

use super::*;

const MARK: &str = "@generated";

fn plan(contents: &str) -> Vec<Planned> {
    vec![
        Planned {
            path: "a/one.txt".into(),
            contents: format!("// {MARK}\n{contents}\n"),
        },
        Planned {
            path: "two.txt".into(),
            contents: format!("// {MARK}\ntwo\n"),
        },
    ]
}

fn states(entries: &[Entry]) -> Vec<(&str, &State)> {
    entries
        .iter()
        .map(|e| (e.path.as_str(), &e.state))
        .collect()
}

#[test]
fn check_on_empty_folder_reports_missing_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let entries = sync(&out, &plan("one"), Leftovers::Marked(MARK), Mode::Check).unwrap();
    assert_eq!(
        states(&entries),
        [("a/one.txt", &State::Missing), ("two.txt", &State::Missing)]
    );
    assert!(!out.exists());
}

#[test]
fn write_then_check_is_current_and_rewrite_touches_nothing() {
    let dir = tempfile::tempdir().unwrap();
    sync(
        dir.path(),
        &plan("one"),
        Leftovers::Marked(MARK),
        Mode::Write,
    )
    .unwrap();
    let entries = sync(
        dir.path(),
        &plan("one"),
        Leftovers::Marked(MARK),
        Mode::Check,
    )
    .unwrap();
    assert!(entries.iter().all(|e| e.state == State::Current));
    let before: Vec<SystemTime> = ["a/one.txt", "two.txt"]
        .iter()
        .map(|p| {
            fs::metadata(dir.path().join(p))
                .unwrap()
                .modified()
                .unwrap()
        })
        .collect();
    std::thread::sleep(std::time::Duration::from_millis(20));
    sync(
        dir.path(),
        &plan("one"),
        Leftovers::Marked(MARK),
        Mode::Write,
    )
    .unwrap();
    let after: Vec<SystemTime> = ["a/one.txt", "two.txt"]
        .iter()
        .map(|p| {
            fs::metadata(dir.path().join(p))
                .unwrap()
                .modified()
                .unwrap()
        })
        .collect();
    assert_eq!(before, after);
    let leftovers: Vec<_> = fs::read_dir(dir.path().join("a"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(leftovers.len(), 1, "{leftovers:?}");
}

#[test]
fn stale_file_gets_a_unified_diff_and_check_leaves_it() {
    let dir = tempfile::tempdir().unwrap();
    sync(
        dir.path(),
        &plan("one"),
        Leftovers::Marked(MARK),
        Mode::Write,
    )
    .unwrap();
    let entries = sync(
        dir.path(),
        &plan("uno"),
        Leftovers::Marked(MARK),
        Mode::Check,
    )
    .unwrap();
    let State::Stale { diff } = &entries[0].state else {
        panic!("{entries:?}")
    };
    assert!(
        diff.contains("--- a/a/one.txt\n+++ b/a/one.txt\n"),
        "{diff}"
    );
    assert!(diff.contains("-one\n+uno\n"), "{diff}");
    assert!(
        fs::read_to_string(dir.path().join("a/one.txt"))
            .unwrap()
            .contains("one")
    );
}

#[test]
fn marked_leftovers_are_unexpected_and_removed_but_foreign_files_stay() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("a")).unwrap();
    fs::write(dir.path().join("a/old.txt"), format!("// {MARK}\nold\n")).unwrap();
    fs::write(dir.path().join("a/mine.txt"), "written by a person\n").unwrap();
    let entries = sync(
        dir.path(),
        &plan("one"),
        Leftovers::Marked(MARK),
        Mode::Check,
    )
    .unwrap();
    assert_eq!(
        entries[2],
        Entry {
            path: "a/old.txt".into(),
            state: State::Unexpected
        }
    );
    assert_eq!(entries.len(), 3);
    sync(
        dir.path(),
        &plan("one"),
        Leftovers::Marked(MARK),
        Mode::Write,
    )
    .unwrap();
    assert!(!dir.path().join("a/old.txt").exists());
    assert!(dir.path().join("a/mine.txt").exists());
}

#[test]
fn ignoring_leftovers_neither_reports_nor_removes_them() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("old.txt"), format!("// {MARK}\nold\n")).unwrap();
    let entries = sync(dir.path(), &plan("one"), Leftovers::Ignore, Mode::Write).unwrap();
    assert!(
        entries.iter().all(|e| e.state == State::Missing),
        "{entries:?}"
    );
    assert!(dir.path().join("old.txt").exists());
}

#[test]
fn output_path_that_is_a_file_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("file");
    fs::write(&file, "x").unwrap();
    let error = sync(&file, &plan("one"), Leftovers::Marked(MARK), Mode::Write).unwrap_err();
    assert!(error.to_string().contains("it is not a folder"), "{error}");
}
