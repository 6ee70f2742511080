//! Rendering each output of `gen` and `check` into what the writer compares and writes: every
//! package under a folder, one target's source file, or a hand-written page with the index
//! spliced between its markers.

use std::path::{Path, PathBuf};

use errcodes_view::View;
use errcodes_writer::{Leftovers, Mode, Planned};

use crate::paths::{shown, shown_in};
use crate::settings::Destination;

/// One output, rendered: the folder the writer works in and the files to put there.
pub(crate) struct Rendered {
    /// The folder the paths of `files` are relative to: relative to the current folder when
    /// it is below it, so that the writer's messages name it as the user does.
    pub(crate) dir: PathBuf,
    /// The folder as the user sees it.
    pub(crate) shown: String,
    pub(crate) files: Vec<Planned>,
    pub(crate) leftovers: Leftovers<'static>,
    /// For one file written by itself, its path as the user named it (a symlinked page is
    /// written where it points, but named as the link).
    pub(crate) named: Option<String>,
    /// Whether the one file is a hand-written page of which errcodes owns only the region.
    pub(crate) region: bool,
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
    let internal = |e: errcodes_emit::EmitError| format!("internal error: {e}");
    match destination {
        Destination::Packages(dir) => {
            let files = errcodes_emit::emit_all(view).map_err(internal)?;
            Ok(Rendered {
                dir: PathBuf::from(shown(dir)),
                shown: shown(dir),
                files: files
                    .into_iter()
                    .map(|f| Planned {
                        path: f.path,
                        contents: f.contents,
                    })
                    .collect(),
                leftovers: Leftovers::Marked(errcodes_emit::GENERATED_MARKER),
                named: None,
                region: false,
            })
        }
        Destination::File { target, path } => {
            let file = errcodes_emit::source(*target, view).map_err(internal)?;
            Ok(single(path, path, file.contents))
        }
        Destination::Inject(page) => {
            let region = errcodes_emit::markdown_region(view).map_err(internal)?;
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
        files: vec![Planned {
            path: path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            contents,
        }],
        leftovers: Leftovers::Ignore,
        named: Some(shown(shown_as)),
        region: false,
    }
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
