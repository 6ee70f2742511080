//! The drifted files for people, as `git diff --stat --patch` shows them: a summary line per
//! file (its path, and the lines the regeneration adds and removes), then the diffs, bounded
//! per file and in all unless every line is asked for, with how to see the rest.

use std::fmt::Write;

use errcodes_writer::{Entry, State};

use crate::DiffStyle;

/// The most lines of one file's diff [`DiffStyle::Short`] prints, headers included.
const PER_FILE: usize = 24;
/// The most lines of diff [`DiffStyle::Short`] prints in all.
const TOTAL: usize = 120;

/// Lines a unified diff adds and removes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Stat {
    added: usize,
    removed: usize,
}

/// Counts the `+` and `-` lines of a unified diff's hunks (not its `---`/`+++` headers).
fn stat(diff: &str) -> Stat {
    let mut stat = Stat::default();
    let hunks = diff.lines().skip_while(|line| !line.starts_with("@@"));
    for line in hunks {
        match line.as_bytes().first() {
            Some(b'+') => stat.added += 1,
            Some(b'-') => stat.removed += 1,
            _ => {}
        }
    }
    stat
}

/// The summary and the diffs of `drifted` (entries that are not current), for stdout.
pub(crate) fn render(drifted: &[&Entry], style: DiffStyle) -> String {
    let mut out = String::new();
    if drifted.is_empty() {
        return out;
    }
    let width = drifted
        .iter()
        .map(|e| e.path.chars().count())
        .max()
        .unwrap_or(0);
    let mut total = Stat::default();
    for entry in drifted {
        let what = match &entry.state {
            State::Stale { diff } => {
                let stat = stat(diff);
                total.added += stat.added;
                total.removed += stat.removed;
                format!("+{} -{}", stat.added, stat.removed)
            }
            State::Missing => "missing".to_owned(),
            State::Unexpected => "no longer generated".to_owned(),
            State::Current | State::Foreign => continue,
        };
        let _ = writeln!(out, " {:<width$} | {what}", entry.path);
    }
    let _ = writeln!(
        out,
        " {} out of date: +{} -{}",
        files(drifted.len()),
        total.added,
        total.removed
    );
    if style == DiffStyle::Stat {
        return out;
    }
    let (mut shown, mut all, mut cut_files) = (0, 0, 0);
    for entry in drifted {
        let State::Stale { diff } = &entry.state else {
            continue;
        };
        let lines: Vec<&str> = diff.lines().collect();
        all += lines.len();
        let room = match style {
            DiffStyle::Full => lines.len(),
            DiffStyle::Short | DiffStyle::Stat => PER_FILE.min(TOTAL - shown),
        };
        if room < 3 {
            cut_files += 1;
            continue;
        }
        out.push('\n');
        let take = lines.len().min(room);
        for line in &lines[..take] {
            out.push_str(line);
            out.push('\n');
        }
        shown += take;
        if take < lines.len() {
            let _ = writeln!(out, "[… {} more lines]", lines.len() - take);
        }
    }
    if shown < all {
        let _ = write!(
            out,
            "\n[the diffs are cut short: {shown} of {all} lines shown"
        );
        if cut_files > 0 {
            let _ = write!(out, ", none of {}", files(cut_files));
        }
        let _ = writeln!(out, "; `--diff full` prints every line]");
    }
    out
}

fn files(n: usize) -> String {
    if n == 1 {
        "1 file".to_owned()
    } else {
        format!("{n} files")
    }
}

#[cfg(test)]
mod tests;
