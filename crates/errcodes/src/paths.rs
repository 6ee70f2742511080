//! Paths as the CLI compares and shows them: made absolute and normalized without touching the
//! disk (an output folder may not exist yet), and shown relative to the current folder, the
//! way the user typed them and the way GitHub annotations need them.

use std::path::{Component, Path, PathBuf};

/// `path` made absolute against the current folder, with `.` and `..` resolved lexically.
pub(crate) fn normalize(path: &Path) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
    let mut out = PathBuf::new();
    for component in absolute.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// Whether two paths name the same file or folder: the same target once symlinks are
/// resolved when both exist, else the same normalized path.
pub(crate) fn same(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => normalize(a) == normalize(b),
    }
}

/// `path` as the user sees it from the current folder: relative when it shares a folder with
/// it (`registry.yaml`, `../registry.yaml`), else absolute; `.` for the current folder.
pub(crate) fn shown(path: &Path) -> String {
    let target = normalize(path);
    let here = normalize(Path::new("."));
    let common = target
        .components()
        .zip(here.components())
        .take_while(|(a, b)| a == b)
        .count();
    // Only the root in common: an absolute path says more than a chain of `..`.
    if common <= 1 {
        return target.display().to_string();
    }
    let ups = here.components().count() - common;
    let mut relative = PathBuf::new();
    for _ in 0..ups {
        relative.push("..");
    }
    for component in target.components().skip(common) {
        relative.push(component);
    }
    if relative.as_os_str().is_empty() {
        ".".to_owned()
    } else {
        relative.display().to_string().replace('\\', "/")
    }
}

/// A file inside a shown folder, as one path (`generated/rust/src/codes.rs`, or `codes.rs` in
/// the current folder).
pub(crate) fn shown_in(dir: &str, file: &str) -> String {
    if dir == "." || dir.is_empty() {
        file.to_owned()
    } else {
        format!("{}/{file}", dir.trim_end_matches('/'))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizes_without_the_disk() {
        let here = std::env::current_dir().unwrap();
        assert_eq!(normalize(Path::new("a/./b/../c")), here.join("a/c"));
        assert_eq!(normalize(Path::new("/x/y/../z")), PathBuf::from("/x/z"));
    }

    #[test]
    fn shows_paths_from_the_current_folder() {
        let here = std::env::current_dir().unwrap();
        assert_eq!(shown(&here.join("registry.yaml")), "registry.yaml");
        assert_eq!(shown(&here), ".");
        let parent = here.parent().unwrap();
        assert_eq!(shown(&parent.join("x.yaml")), "../x.yaml");
        assert_eq!(shown(Path::new("/")), "/");
        assert_eq!(shown_in(".", "a.ts"), "a.ts");
        assert_eq!(
            shown_in("generated/", "rust/Cargo.toml"),
            "generated/rust/Cargo.toml"
        );
    }
}
