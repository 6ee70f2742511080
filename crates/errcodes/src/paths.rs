//! Paths as the CLI compares and shows them: made absolute and normalized without touching the
//! disk (an output folder may not exist yet), and shown relative to the current folder, the
//! way the user typed them and the way GitHub annotations need them.

use std::path::{Component, Path, PathBuf};

/// `path` made absolute against the current folder, with `.` and `..` resolved lexically.
pub(crate) fn normalize(path: &Path) -> PathBuf {
    lexical(&std::path::absolute(path).unwrap_or_else(|_| path.to_owned()))
}

/// `path` without `.` components, each `..` removing the component before it (none above the
/// root), as cargo normalizes manifest paths. Symbolic links are not followed: the disk is
/// not read.
pub(crate) fn lexical(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                if matches!(out.components().next_back(), Some(Component::Normal(_))) {
                    out.pop();
                } else if !out.has_root() {
                    out.push("..");
                }
            }
            other => out.push(other.as_os_str()),
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

/// `path` with its longest existing part resolved through symlinks, the rest kept.
pub(crate) fn resolved(path: &Path) -> PathBuf {
    let mut rest = Vec::new();
    let mut existing = normalize(path);
    loop {
        if let Ok(resolved) = existing.canonicalize() {
            return rest.iter().rev().fold(resolved, |p, c| p.join(c));
        }
        match (
            existing.file_name().map(ToOwned::to_owned),
            existing.parent(),
        ) {
            (Some(name), Some(parent)) => {
                rest.push(name);
                existing = parent.to_owned();
            }
            _ => return normalize(path),
        }
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
