//! The writer's contract: check never writes, write makes check pass, untouched files stay
//! untouched, and foreign files are never removed.

use std::fs;
use std::io;
use std::path::Path;
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
            path: "a/mine.txt".into(),
            state: State::Foreign
        }
    );
    assert_eq!(
        entries[3],
        Entry {
            path: "a/old.txt".into(),
            state: State::Unexpected
        }
    );
    assert_eq!(entries.len(), 4);
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

/// The disk, but the `n`th write or rename (counting from 0) fails.
struct FailAt {
    writes: usize,
    renames: usize,
    fail_write: Option<usize>,
    fail_rename: Option<usize>,
}

impl Steps for FailAt {
    fn write(&mut self, path: &Path, contents: &str) -> io::Result<()> {
        self.writes += 1;
        if Some(self.writes - 1) == self.fail_write {
            return Err(io::Error::other("disk full"));
        }
        Disk.write(path, contents)
    }

    fn rename(&mut self, from: &Path, to: &Path) -> io::Result<()> {
        self.renames += 1;
        if Some(self.renames - 1) == self.fail_rename {
            return Err(io::Error::other("power cut"));
        }
        Disk.rename(from, to)
    }
}

fn plan_of(n: usize, version: &str) -> Vec<Planned> {
    (0..n)
        .map(|i| Planned {
            path: format!("d{}/f{i}.txt", i % 2),
            contents: format!("// {MARK}\n{version} {i}\n"),
        })
        .collect()
}

/// Writes `old`, then tries `new` with a failure injected, and returns the error and the files.
fn interrupted(
    fail_write: Option<usize>,
    fail_rename: Option<usize>,
) -> (WriteError, Vec<(String, Vec<u8>)>, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    sync(
        dir.path(),
        &plan_of(5, "old"),
        Leftovers::Marked(MARK),
        Mode::Write,
    )
    .unwrap();
    let new = plan_of(5, "new");
    let steps = FailAt {
        writes: 0,
        renames: 0,
        fail_write,
        fail_rename,
    };
    let plan = Plan {
        dir: dir.path(),
        files: &new,
        leftovers: Leftovers::Marked(MARK),
    };
    let error = sync_all_with(&[plan], Mode::Write, Box::new(steps)).unwrap_err();
    let mut files = Vec::new();
    for sub in ["d0", "d1"] {
        for entry in fs::read_dir(dir.path().join(sub)).unwrap() {
            let entry = entry.unwrap();
            files.push((
                format!("{sub}/{}", entry.file_name().to_string_lossy()),
                fs::read(entry.path()).unwrap(),
            ));
        }
    }
    files.sort();
    (error, files, dir)
}

#[test]
fn a_failed_write_while_staging_changes_no_file_and_leaves_no_temporary() {
    let (error, files, _dir) = interrupted(Some(3), None);
    assert!(error.to_string().starts_with("could not write "), "{error}");
    assert_eq!(files.len(), 5, "{files:?}");
    for (path, bytes) in files {
        assert!(
            String::from_utf8(bytes).unwrap().contains("old"),
            "{path} changed"
        );
    }
}

#[test]
fn a_failed_rename_leaves_each_file_whole_old_or_new_and_no_temporary() {
    let (error, files, _dir) = interrupted(None, Some(2));
    assert!(
        error.to_string().starts_with("could not replace "),
        "{error}"
    );
    assert_eq!(files.len(), 5, "no temporary file left: {files:?}");
    let (mut old, mut new) = (0, 0);
    for (path, bytes) in &files {
        let text = String::from_utf8(bytes.clone()).unwrap();
        let i = path
            .trim_start_matches(|c| c != 'f')
            .trim_start_matches('f')
            .trim_end_matches(".txt");
        if text == format!("// {MARK}\nold {i}\n") {
            old += 1;
        } else if text == format!("// {MARK}\nnew {i}\n") {
            new += 1;
        } else {
            panic!("{path} is torn: {text:?}");
        }
    }
    assert_eq!(
        (old, new),
        (3, 2),
        "the two files renamed before the failure are new"
    );
}

#[test]
fn several_folders_are_one_change_a_late_failure_writes_none_of_them() {
    let dir = tempfile::tempdir().unwrap();
    let (first, second) = (dir.path().join("first"), dir.path().join("second"));
    let plans = |version: &str| (plan_of(2, version), plan_of(2, version));
    let (old_a, old_b) = plans("old");
    let write = [
        Plan {
            dir: &first,
            files: &old_a,
            leftovers: Leftovers::Marked(MARK),
        },
        Plan {
            dir: &second,
            files: &old_b,
            leftovers: Leftovers::Ignore,
        },
    ];
    sync_all(&write, Mode::Write).unwrap();
    let (new_a, new_b) = plans("new");
    let check = [
        Plan {
            dir: &first,
            files: &new_a,
            leftovers: Leftovers::Marked(MARK),
        },
        Plan {
            dir: &second,
            files: &new_b,
            leftovers: Leftovers::Ignore,
        },
    ];
    let entries = sync_all(&check, Mode::Check).unwrap();
    assert_eq!(entries.len(), 2);
    assert!(
        entries
            .iter()
            .flatten()
            .all(|e| matches!(e.state, State::Stale { .. }))
    );
    // The last of the four staged files fails: the first folder's two are not replaced either.
    let steps = FailAt {
        writes: 0,
        renames: 0,
        fail_write: Some(3),
        fail_rename: None,
    };
    sync_all_with(&check, Mode::Write, Box::new(steps)).unwrap_err();
    for folder in [&first, &second] {
        for file in &old_a {
            let text = fs::read_to_string(folder.join(&file.path)).unwrap();
            assert!(text.contains("old"), "{} changed", file.path);
        }
        let names: Vec<String> = ["d0", "d1"]
            .iter()
            .flat_map(|sub| fs::read_dir(folder.join(sub)).unwrap())
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names.len(), 2, "no temporary file left: {names:?}");
    }
}

#[test]
fn a_file_without_the_marker_is_unowned_unless_the_plan_has_none_either() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("two.txt"), "a person wrote this\n").unwrap();
    fs::write(dir.path().join("empty"), "kept\n").unwrap();
    let mut files = plan("one");
    files.push(Planned {
        path: "empty".into(),
        contents: String::new(),
    });
    let unowned = || -> Vec<&str> {
        files
            .iter()
            .filter(|file| is_unowned(dir.path(), file, MARK))
            .map(|file| file.path.as_str())
            .collect()
    };
    assert_eq!(unowned(), ["two.txt"]);
    fs::write(dir.path().join("two.txt"), format!("// {MARK}\nold\n")).unwrap();
    assert!(unowned().is_empty());
}
