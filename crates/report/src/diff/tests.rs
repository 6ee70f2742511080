//! The drifted files' summary and bounded diffs, on diffs shaped like the writer's.

use expect_test::expect_file;

use super::{PER_FILE, Stat, TOTAL, render, stat};
use crate::DiffStyle;
use errcodes_writer::{Entry, State};

/// A unified diff of `path` that removes `removed` lines and adds `added`, with a line of
/// context, as `similar` writes it.
fn unified(path: &str, removed: usize, added: usize) -> String {
    let mut diff = format!(
        "--- a/{path}\n+++ b/{path}\n@@ -1,{} +1,{} @@\n context\n",
        removed + 1,
        added + 1
    );
    for i in 0..removed {
        diff.push_str(&format!("-old line {i}\n"));
    }
    for i in 0..added {
        diff.push_str(&format!("+new line {i}\n"));
    }
    diff
}

fn stale(path: &str, removed: usize, added: usize) -> Entry {
    Entry {
        path: path.to_owned(),
        state: State::Stale {
            diff: unified(path, removed, added),
        },
    }
}

#[test]
fn stat_counts_hunk_lines_not_headers() {
    let diff = "--- a/x.lua\n+++ b/x.lua\n@@ -1,3 +1,2 @@\n keep\n--- a removed Lua comment\n-x = 1\n++y\n";
    assert_eq!(
        stat(diff),
        Stat {
            added: 1,
            removed: 2
        }
    );
    assert_eq!(stat(""), Stat::default());
}

#[test]
fn short_diffs_are_bounded_per_file_and_in_all() {
    let entries: Vec<Entry> = (0..8)
        .map(|i| stale(&format!("generated/file{i}.txt"), 40, i))
        .chain([
            Entry {
                path: "generated/new.txt".to_owned(),
                state: State::Missing,
            },
            Entry {
                path: "generated/old.txt".to_owned(),
                state: State::Unexpected,
            },
        ])
        .collect();
    let drifted: Vec<&Entry> = entries.iter().collect();
    let short = render(&drifted, DiffStyle::Short);
    let (_, diffs) = short.split_once("\n\n").unwrap();
    let diff_lines = diffs
        .lines()
        .filter(|l| !l.is_empty() && !l.starts_with('['))
        .count();
    assert!(diff_lines <= TOTAL, "{diff_lines} lines");
    expect_file!["golden/short.txt"].assert_eq(&short);
    let full = render(&drifted, DiffStyle::Full);
    for entry in &entries {
        if let State::Stale { diff } = &entry.state {
            assert!(full.contains(diff.as_str()), "{}", entry.path);
        }
    }
    assert!(!full.contains("cut short"), "{full}");
    expect_file!["golden/stat.txt"].assert_eq(&render(&drifted, DiffStyle::Stat));
}

#[test]
fn a_short_diff_is_printed_whole() {
    let entry = stale("codes.rs", 2, 1);
    let text = render(&[&entry], DiffStyle::Short);
    assert!(text.lines().count() < PER_FILE);
    assert_eq!(
        text,
        format!(
            " codes.rs | +1 -2\n 1 file out of date: +1 -2\n\n{}",
            unified("codes.rs", 2, 1)
        )
    );
}
