//! The writer: one function, [`sync`], compares the files a run generates with what is on disk
//! and, in [`Mode::Write`], makes the disk match. `gen` and `check` both call it, so what
//! `check` calls stale is exactly what `gen` rewrites (as rust-analyzer's
//! `ensure_file_contents`).
//!
//! Writes are atomic and all-or-nothing as far as a file system allows: every changed file is
//! first written to a temporary file beside it, and only when all of them are written are they
//! renamed into place. Files whose content is already right are not touched.

use std::collections::BTreeSet;
use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use similar::TextDiff;

/// Whether [`sync`] may change the disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Write missing and stale files, remove unexpected ones.
    Write,
    /// Only report.
    Check,
}

/// A file a run generates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Planned {
    /// Path under the output folder, `/`-separated.
    pub path: String,
    /// The whole contents.
    pub contents: String,
}

/// How a file on disk compares with what the run generates.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum State {
    /// Already right.
    Current,
    /// Not on disk.
    Missing,
    /// On disk with other contents; the unified diff from disk to generated.
    Stale {
        /// `--- a/path` / `+++ b/path` unified diff.
        diff: String,
    },
    /// On disk, carrying the generated marker, but no longer generated.
    Unexpected,
}

/// One file and its state (as found before any write).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Path under the output folder, `/`-separated.
    pub path: String,
    /// What was found.
    pub state: State,
}

/// An I/O failure, with the path and what was being done to it.
#[derive(Debug, thiserror::Error)]
#[error("could not {action} {}: {source}", path.display())]
pub struct WriteError {
    /// What was being done.
    pub action: &'static str,
    /// To which path.
    pub path: PathBuf,
    /// The OS error.
    #[source]
    pub source: io::Error,
}

/// Compares `planned` with `out_dir`; in [`Mode::Write`] also makes `out_dir` match. Files in
/// the folders the plan writes to that start with `marker` but are no longer planned are
/// reported as [`State::Unexpected`] (and removed when writing); files without the marker are
/// never touched.
pub fn sync(
    out_dir: &Path,
    planned: &[Planned],
    marker: &str,
    mode: Mode,
) -> Result<Vec<Entry>, WriteError> {
    if out_dir.exists() && !out_dir.is_dir() {
        return Err(WriteError {
            action: "use as the output folder",
            path: out_dir.to_owned(),
            source: io::Error::new(io::ErrorKind::NotADirectory, "it is not a folder"),
        });
    }
    let mut entries = Vec::with_capacity(planned.len());
    for file in planned {
        let path = out_dir.join(&file.path);
        let state = match read_if_exists(&path)? {
            None => State::Missing,
            Some(old) if old == file.contents => State::Current,
            Some(old) => State::Stale {
                diff: diff(&file.path, &old, &file.contents),
            },
        };
        entries.push(Entry {
            path: file.path.clone(),
            state,
        });
    }
    for path in unexpected(out_dir, planned, marker)? {
        entries.push(Entry {
            path,
            state: State::Unexpected,
        });
    }
    if mode == Mode::Write {
        apply(out_dir, planned, &entries)?;
    }
    Ok(entries)
}

fn read_if_exists(path: &Path) -> Result<Option<String>, WriteError> {
    match fs::read(path) {
        Ok(bytes) => {
            Ok(Some(String::from_utf8(bytes).unwrap_or_else(|e| {
                String::from_utf8_lossy(e.as_bytes()).into_owned()
            })))
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(source) => Err(WriteError {
            action: "read",
            path: path.to_owned(),
            source,
        }),
    }
}

fn diff(path: &str, old: &str, new: &str) -> String {
    TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(3)
        .header(&format!("a/{path}"), &format!("b/{path}"))
        .to_string()
}

/// Marked files in the plan's folders that the plan does not generate.
fn unexpected(
    out_dir: &Path,
    planned: &[Planned],
    marker: &str,
) -> Result<Vec<String>, WriteError> {
    let wanted: BTreeSet<&str> = planned.iter().map(|p| p.path.as_str()).collect();
    let folders: BTreeSet<&str> = planned
        .iter()
        .map(|p| p.path.rsplit_once('/').map_or("", |(dir, _)| dir))
        .collect();
    let mut found = Vec::new();
    for folder in folders {
        let dir = out_dir.join(folder);
        let listing = match fs::read_dir(&dir) {
            Ok(listing) => listing,
            Err(e) if e.kind() == io::ErrorKind::NotFound => continue,
            Err(source) => {
                return Err(WriteError {
                    action: "list",
                    path: dir,
                    source,
                });
            }
        };
        for item in listing {
            let item = item.map_err(|source| WriteError {
                action: "list",
                path: dir.clone(),
                source,
            })?;
            let Ok(name) = item.file_name().into_string() else {
                continue;
            };
            let rel = if folder.is_empty() {
                name
            } else {
                format!("{folder}/{name}")
            };
            let is_file = item.file_type().is_ok_and(|t| t.is_file());
            if is_file && !wanted.contains(rel.as_str()) && starts_with_marker(&item.path(), marker)
            {
                found.push(rel);
            }
        }
    }
    found.sort();
    Ok(found)
}

/// Whether the file's first line holds `marker`.
fn starts_with_marker(path: &Path, marker: &str) -> bool {
    let mut head = Vec::with_capacity(512);
    let read = fs::File::open(path).and_then(|f| f.take(512).read_to_end(&mut head));
    read.is_ok()
        && String::from_utf8_lossy(&head)
            .lines()
            .next()
            .is_some_and(|l| l.contains(marker))
}

fn apply(out_dir: &Path, planned: &[Planned], entries: &[Entry]) -> Result<(), WriteError> {
    let mut staged: Vec<(PathBuf, PathBuf)> = Vec::new();
    let staging = planned
        .iter()
        .zip(entries)
        .filter(|(_, e)| matches!(e.state, State::Missing | State::Stale { .. }));
    for (file, _) in staging {
        let target = out_dir.join(&file.path);
        let temp = temp_path(&target);
        let written = target
            .parent()
            .map_or(Ok(()), fs::create_dir_all)
            .and_then(|()| fs::write(&temp, &file.contents));
        if let Err(source) = written {
            discard(&staged);
            let _ = fs::remove_file(&temp);
            return Err(WriteError {
                action: "write",
                path: target,
                source,
            });
        }
        staged.push((temp, target));
    }
    for (index, (temp, target)) in staged.iter().enumerate() {
        if let Err(source) = fs::rename(temp, target) {
            discard(&staged[index..]);
            return Err(WriteError {
                action: "replace",
                path: target.clone(),
                source,
            });
        }
    }
    for entry in entries.iter().filter(|e| e.state == State::Unexpected) {
        let path = out_dir.join(&entry.path);
        fs::remove_file(&path).map_err(|source| WriteError {
            action: "remove",
            path,
            source,
        })?;
    }
    Ok(())
}

fn temp_path(target: &Path) -> PathBuf {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    target.with_file_name(format!(".{name}.errcodes-{}.tmp", std::process::id()))
}

fn discard(staged: &[(PathBuf, PathBuf)]) {
    for (temp, _) in staged {
        let _ = fs::remove_file(temp);
    }
}

#[cfg(test)]
mod tests;
