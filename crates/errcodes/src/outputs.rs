//! Rendering each output of `gen` and `check` into what the writer compares and writes: every
//! package under a folder, one target's source file, or a hand-written page with the index
//! spliced between its markers. The packages are rendered file by file inside the writer's
//! session, each compared (and staged) and dropped before the next is rendered, so that a
//! registry of 65,536 codes never holds its hundreds of megabytes of output at once. Also what
//! is read back from the disk about them: files that errcodes did not write, and the versions
//! that wrote the drifted ones.

use std::path::{Path, PathBuf};

use errcodes_targets::WrittenBy;
use errcodes_view::View;
use errcodes_writer::{Entry, Leftovers, Mode, Planned, Session, State};

use crate::paths::{shown, shown_in};
use crate::settings::Destination;

/// One output, rendered: the folder the writer works in and the files to put there.
pub(crate) struct Rendered {
    /// The folder the paths of `files` are relative to: relative to the current folder when
    /// it is below it, so that the writer's messages name it as the user does.
    pub(crate) dir: PathBuf,
    /// The folder as the user sees it.
    pub(crate) shown: String,
    pub(crate) files: Files,
    pub(crate) leftovers: Leftovers<'static>,
    /// For one file written by itself, its path as the user named it (a symlinked page is
    /// written where it points, but named as the link).
    pub(crate) named: Option<String>,
    /// Whether the one file is a hand-written page of which errcodes owns only the region.
    pub(crate) region: bool,
}

/// An output's files: rendered already, or every target's package, which [`sync`] renders one
/// by one.
pub(crate) enum Files {
    Rendered(Vec<Planned>),
    Packages,
}

impl Rendered {
    /// A file of this output as the user sees it from the current folder.
    pub(crate) fn shown_path(&self, file: &str) -> String {
        match &self.named {
            Some(named) => named.clone(),
            None => shown_in(&self.shown, file),
        }
    }
}

/// Renders `destination` from `view`; an error message when an `--inject` page cannot be
/// read, has no single region, or (for `gen`) is read-only: nothing is written then.
pub(crate) fn render(
    destination: &Destination,
    view: &View,
    mode: Mode,
) -> Result<Rendered, String> {
    let internal = |e: errcodes_targets::EmitError| format!("internal error: {e}");
    match destination {
        Destination::Packages(dir) => Ok(Rendered {
            dir: PathBuf::from(shown(dir)),
            shown: shown(dir),
            files: Files::Packages,
            leftovers: Leftovers::Marked(errcodes_targets::GENERATED_MARKER),
            named: None,
            region: false,
        }),
        Destination::File { target, path } => {
            let file = errcodes_targets::source(*target, view).map_err(internal)?;
            Ok(single(path, path, file.contents))
        }
        Destination::Inject { target, page } => {
            let region = errcodes_targets::region(*target, view)
                .ok_or_else(|| format!("the {} target has no region to inject", target.id()))?
                .map_err(internal)?;
            let text = read_page(page, mode)?;
            let contents = errcodes_writer::inject::splice(&text, &region).map_err(|e| match e
                .position()
            {
                Some((line, column)) => format!("{}:{line}:{column}: {e}", shown(page)),
                None => format!("{}: {e}", shown(page)),
            })?;
            // A symlinked page is written where it points, so the link stays a link.
            let resolved = std::fs::canonicalize(page).unwrap_or_else(|_| page.clone());
            Ok(Rendered {
                region: true,
                ..single(page, &resolved, contents)
            })
        }
    }
}

/// One file written by itself into a folder that is someone else's: other files there are
/// left alone. `shown_as` is the path the user named, `path` where it is written.
fn single(shown_as: &Path, path: &Path, contents: String) -> Rendered {
    let parent = |file: &Path| {
        file.parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."))
            .to_owned()
    };
    Rendered {
        dir: PathBuf::from(shown(&parent(path))),
        shown: shown(&parent(shown_as)),
        files: Files::Rendered(vec![Planned {
            path: path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            contents,
        }]),
        leftovers: Leftovers::Ignore,
        named: Some(shown(shown_as)),
        region: false,
    }
}

/// Compares every output with the disk through `session`, rendering the packages file by
/// file, and in [`Mode::Write`] stages what changed; returns each output's entries in the
/// order of `rendered`. An error says why the run must stop, and the caller then drops the
/// session, which leaves the disk as it was. That includes a generated file that would replace
/// one someone else wrote (no `@generated by errcodes` line at the top): such a file is never
/// overwritten, and every one is named.
pub(crate) fn sync(
    rendered: &[Rendered],
    view: &View,
    session: &mut Session,
) -> Result<Vec<Vec<Entry>>, String> {
    let marker = errcodes_targets::GENERATED_MARKER;
    let mut unowned: Vec<String> = Vec::new();
    let mut all = Vec::with_capacity(rendered.len());
    for output in rendered {
        let mut entries = Vec::new();
        let mut paths: Vec<String> = Vec::new();
        let mut failed = None;
        let mut take = |file: &Planned| {
            if failed.is_some() {
                return;
            }
            if !output.region && errcodes_writer::is_unowned(&output.dir, file, marker) {
                unowned.push(output.shown_path(&file.path));
            } else if unowned.is_empty() {
                match session.file(&output.dir, file) {
                    Ok(entry) => entries.push(entry),
                    Err(error) => failed = Some(error.to_string()),
                }
            }
            paths.push(file.path.clone());
        };
        match &output.files {
            Files::Packages => errcodes_targets::emit_each(view, &mut |file| {
                take(&Planned {
                    path: file.path,
                    contents: file.contents,
                });
            })
            .map_err(|e| format!("internal error: {e}"))?,
            Files::Rendered(files) => files.iter().for_each(&mut take),
        }
        if let Some(message) = failed {
            return Err(message);
        }
        let paths: Vec<&str> = paths.iter().map(String::as_str).collect();
        entries.extend(
            session
                .leftovers(&output.dir, &paths, output.leftovers)
                .map_err(|e| e.to_string())?,
        );
        all.push(entries);
    }
    if unowned.is_empty() {
        return Ok(all);
    }
    let one = unowned.len() == 1;
    Err(format!(
        "{} {} not written by errcodes (no `{marker}` line at the top), so errcodes will not replace {}: move {} away, or generate somewhere else",
        unowned.join(", "),
        if one { "was" } else { "were" },
        if one { "it" } else { "them" },
        if one { "it" } else { "them" },
    ))
}

/// One line naming the other versions of errcodes that wrote the drifted files (stale ones,
/// and left-overs), if any did: a newer or older errcodes may render the same registry
/// differently. In an injected page only the region is errcodes', so only it is read.
pub(crate) fn version_note(rendered: &[Rendered], synced: &[Vec<Entry>]) -> Option<String> {
    let mut others: Vec<String> = Vec::new();
    let mut files = 0;
    for (output, entries) in rendered.iter().zip(synced) {
        let drifted = entries
            .iter()
            .filter(|e| matches!(e.state, State::Stale { .. } | State::Unexpected));
        for entry in drifted {
            let Ok(text) = std::fs::read_to_string(output.dir.join(&entry.path)) else {
                continue;
            };
            let text = if output.region {
                text.find(errcodes_writer::inject::BEGIN)
                    .map_or("", |at| &text[at..])
            } else {
                &text
            };
            let other = match errcodes_targets::written_by(text) {
                Some(WrittenBy::Version(v)) if v != errcodes_targets::VERSION => {
                    format!("errcodes {v}")
                }
                Some(WrittenBy::Unversioned) => {
                    "an errcodes from before headers named their version".to_owned()
                }
                _ => continue,
            };
            files += 1;
            if !others.contains(&other) {
                others.push(other);
            }
        }
    }
    if others.is_empty() {
        return None;
    }
    Some(format!(
        "{files} of the drifted files {} written by {}, and this is errcodes {}: the differences below may come from the version, not only from the registry; run the version that wrote them, or regenerate with this one and commit the result",
        if files == 1 { "was" } else { "were" },
        others.join(" and "),
        errcodes_targets::VERSION,
    ))
}

/// The hand-written page of `--inject`, which must exist, be UTF-8 and, for `gen`, writable:
/// it is rewritten around its region, so a lossy read would lose what the user wrote.
fn read_page(path: &Path, mode: Mode) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| {
        format!(
            "could not read the page to inject into {}: {e}",
            shown(path)
        )
    })?;
    if mode == Mode::Write && std::fs::metadata(path).is_ok_and(|m| m.permissions().readonly()) {
        return Err(format!(
            "{}: the page is read-only; it was left as it is",
            shown(path)
        ));
    }
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{}: the page is not UTF-8 (byte {}); it was left as it is",
            shown(path),
            e.utf8_error().valid_up_to()
        )
    })
}
