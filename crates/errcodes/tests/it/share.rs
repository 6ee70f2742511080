//! The man pages and shell completions that the install channels ship, under
//! `packaging/wheel-data/data/share`: maturin's `data` folder for the Python wheel (it must
//! exist in every source checkout and sdist, so the files are committed), copied into the npm
//! platform package by `packaging/dist.sh`. The binary prints them from its clap definition;
//! this test holds the committed copies to what it prints, through the writer `gen` and `check`
//! use. `UPDATE_EXPECT=1 cargo test -p errcodes --test it share` rewrites them.

use std::path::Path;

use errcodes_writer::{Leftovers, Mode, Planned, State};

use crate::conventions::commands;
use crate::support::{errcodes, repo_root, workspace_with};

const VALID: &str = include_str!("../../../../registry.yaml");

/// Every file, as the binary prints it, by its path under `share/`.
fn printed() -> Vec<Planned> {
    let dir = workspace_with(VALID);
    let print = |args: &[&str]| {
        let run = errcodes(dir.path(), args);
        assert_eq!(run.code, 0, "errcodes {args:?}: {}", run.stderr);
        run.stdout
    };
    let mut files = vec![Planned {
        path: "man/man1/errcodes.1".to_owned(),
        contents: print(&["man"]),
    }];
    for command in commands() {
        files.push(Planned {
            path: format!("man/man1/errcodes-{command}.1"),
            contents: print(&["man", &command]),
        });
    }
    for (shell, path) in [
        ("bash", "bash-completion/completions/errcodes"),
        ("zsh", "zsh/site-functions/_errcodes"),
        ("fish", "fish/vendor_completions.d/errcodes.fish"),
    ] {
        files.push(Planned {
            path: path.to_owned(),
            contents: print(&["completions", shell]),
        });
    }
    files
}

/// Every file under `dir`, as paths relative to `root`.
fn on_disk(root: &Path, dir: &Path, out: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries {
        let path = entry.unwrap().path();
        if path.is_dir() {
            on_disk(root, &path, out);
        } else {
            let relative = path.strip_prefix(root).unwrap();
            out.push(relative.to_string_lossy().replace('\\', "/"));
        }
    }
}

#[test]
fn the_shipped_man_pages_and_completions_are_current() {
    let share = repo_root().join("packaging/wheel-data/data/share");
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let mode = if update { Mode::Write } else { Mode::Check };
    let planned = printed();
    let fix = "run UPDATE_EXPECT=1 cargo test -p errcodes --test it share";
    let entries = errcodes_writer::sync(&share, &planned, Leftovers::Ignore, mode)
        .expect("packaging/wheel-data is writable");
    if !update {
        for entry in &entries {
            assert_eq!(entry.state, State::Current, "{}: {fix}", entry.path);
        }
    }
    let mut found = Vec::new();
    on_disk(&share, &share, &mut found);
    let leftovers: Vec<&String> = found
        .iter()
        .filter(|path| !planned.iter().any(|p| &p.path == *path))
        .collect();
    if update {
        for path in &leftovers {
            std::fs::remove_file(share.join(path)).unwrap();
        }
    } else {
        assert!(
            leftovers.is_empty(),
            "no command prints {leftovers:?}: {fix}"
        );
    }
}
