//! `errcodes init`: a commented `errcodes.toml` in the current folder, so that `errcodes gen`
//! works at once. The backend's gets a starter `registry.yaml` when the folder holds none; an
//! SDK's (`--git … --rev …`) pins a registry kept in another repository, read once to prove
//! it is there.

use std::fs::OpenOptions;
use std::io::Write;
use std::path::Path;

use errcodes_targets::Target;

use crate::args::{InitRegistry, Output};
use crate::config::{self, FILE_NAME};
use crate::paths::shown;
use crate::settings::{Destination, flag_destination};

/// The registry `init` writes when there is none: two categories and two codes, valid and
/// free of warnings.
const REGISTRY: &str = include_str!("../starter/registry.yaml");

const HEAD: &str = "\
# How this repository uses errcodes. `errcodes gen` and `errcodes check` find this file from
# this folder or any folder below it, and every path in it is relative to this file.
";

const REGISTRY_ALTERNATIVES: &str = "\
# The registry is a file of this repository (`path`; a `.rs` path is an annotated Rust enum),
# or, in a repository that does not hold it, a file of another git repository at a pinned tag
# or commit, fetched with git and cached:
# git = \"https://github.com/your-org/backend.git\"
# rev = \"v1.4.0\"
# path = \"registry.yaml\"
";

/// The commented-out output forms, naming every registered target.
fn output_alternatives() -> String {
    format!(
        "{OUTPUTS_HEAD}# ...one target's source file, to vendor ({})...\n{OUTPUTS_TAIL}",
        Target::ids().join(", ")
    )
}

const OUTPUTS_HEAD: &str = "\
# Outputs, as many as needed: every target's package under one folder...
# [[outputs]]
# dir = \"generated\"
#
";

const OUTPUTS_TAIL: &str = "\
# [[outputs]]
# target = \"typescript\"
# path = \"src/error-codes.ts\"
#
# ...or the Markdown index, between <!-- errcodes:begin --> and <!-- errcodes:end --> in a
# hand-written page:
# [[outputs]]
# target = \"markdown\"
# inject = \"docs/errors.md\"
";

/// Writes the starter files in the current folder, never over one; what to tell the user, one
/// line each, or why nothing was written.
pub(crate) fn run(registry: &InitRegistry, output: &Output) -> Result<String, String> {
    init(Path::new("."), registry, output)
}

/// Writes the starter files into `dir`; what to tell the user, or why nothing was written.
fn init(dir: &Path, registry: &InitRegistry, output: &Output) -> Result<String, String> {
    let config_path = dir.join(FILE_NAME);
    if config_path.exists() {
        return Err(format!(
            "{} already exists; it was left as it is",
            shown(&config_path)
        ));
    }
    let mut said = String::new();
    let registry_block = match (&registry.git, &registry.rev) {
        (Some(url), Some(rev)) => {
            said.push_str(&pinned(dir, url, rev, &registry.path)?);
            format!(
                "[registry]\ngit = {}\nrev = {}\npath = {}\n",
                quoted(url),
                quoted(rev),
                quoted(&registry.path)
            )
        }
        _ => "[registry]\npath = \"registry.yaml\"\n".to_owned(),
    };
    let text = format!(
        "{HEAD}\n{registry_block}{REGISTRY_ALTERNATIVES}\n{}\n{}",
        outputs_block(dir, output)?,
        output_alternatives()
    );
    // What is written must read back: the same parser as every later run.
    config::parse(&config_path, &text).map_err(|e| format!("internal error: {e}"))?;
    let outer = dir
        .canonicalize()
        .ok()
        .and_then(|d| d.parent().and_then(config::find));
    let registry_path = dir.join("registry.yaml");
    let starter = registry.git.is_none() && !registry_path.exists();
    create(&config_path, &text)?;
    said.push_str(&format!("created {}\n", shown(&config_path)));
    if starter {
        if let Err(message) = create(&registry_path, REGISTRY) {
            let _ = std::fs::remove_file(&config_path);
            return Err(message);
        }
        said.push_str(&format!(
            "created {}: a starter with two codes, to replace with yours\n",
            shown(&registry_path)
        ));
    } else if registry.git.is_none() {
        said.push_str(&format!(
            "kept {}: errcodes.toml reads it\n",
            shown(&registry_path)
        ));
    }
    if let Some(outer) = outer {
        said.push_str(&format!(
            "note: this folder and those below it now read {} instead of {}\n",
            shown(&config_path),
            shown(&outer)
        ));
    }
    said.push_str("next: run `errcodes gen`, then commit the files it writes\n");
    Ok(said)
}

/// Reads the pinned registry once, so that a mistyped URL, revision or path fails now.
fn pinned(dir: &Path, url: &str, rev: &str, path: &str) -> Result<String, String> {
    let local = dir.join(url);
    let reachable = if !url.contains("://") && local.exists() {
        crate::paths::normalize(&local).display().to_string()
    } else {
        url.to_owned()
    };
    let cache = crate::remote::cache_root()?;
    let fetched = crate::remote::read(&reachable, rev, path, &cache)?;
    Ok(format!(
        "read {path} at {rev} (commit {}) of {url}\n",
        fetched.commit.get(..12).unwrap_or(&fetched.commit)
    ))
}

/// The `[[outputs]]` table the flags name, else every package under `generated`.
fn outputs_block(dir: &Path, output: &Output) -> Result<String, String> {
    let Some(destination) = flag_destination(output)? else {
        return Ok("[[outputs]]\ndir = \"generated\"\n".to_owned());
    };
    if let Destination::Inject { page, .. } = &destination
        && !dir.join(page).is_file()
    {
        return Err(format!(
            "the page to inject into, {}, does not exist: write it first, with the lines `{}` and `{}` where the index goes",
            shown(page),
            errcodes_writer::inject::BEGIN,
            errcodes_writer::inject::END
        ));
    }
    let path = |p: &Path| quoted(&p.to_string_lossy().replace('\\', "/"));
    Ok(match destination {
        Destination::Packages(dir) => format!("[[outputs]]\ndir = {}\n", path(&dir)),
        Destination::File { target, path: file } => format!(
            "[[outputs]]\ntarget = {}\npath = {}\n",
            quoted(target.id()),
            path(&file)
        ),
        Destination::Inject { target, page } => format!(
            "[[outputs]]\ntarget = {}\ninject = {}\n",
            quoted(target.id()),
            path(&page)
        ),
    })
}

/// A TOML string, quoted and escaped as TOML needs.
fn quoted(value: &str) -> String {
    toml_writer::ToTomlValue::to_toml_value(value)
}

/// Creates `path` with `contents`, refusing to replace a file that appeared meanwhile.
fn create(path: &Path, contents: &str) -> Result<(), String> {
    OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .and_then(|mut file| file.write_all(contents.as_bytes()))
        .map_err(|e| format!("could not create {}: {e}", shown(path)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use errcodes_targets::Target;

    fn no_git() -> InitRegistry {
        InitRegistry {
            git: None,
            rev: None,
            path: "registry.yaml".to_owned(),
        }
    }

    fn no_output() -> Output {
        Output {
            target: None,
            out: None,
            inject: None,
        }
    }

    #[test]
    fn the_starter_reads_back_as_the_registry_beside_it_and_generated() {
        let dir = tempfile::tempdir().unwrap();
        init(dir.path(), &no_git(), &no_output()).unwrap();
        let path = dir.path().join(FILE_NAME);
        let text = std::fs::read_to_string(&path).unwrap();
        let parsed = config::parse(&path, &text).expect("the starter config is valid");
        match parsed.registry {
            config::RegistrySpec::File { path, .. } => {
                assert_eq!(
                    path,
                    crate::paths::normalize(&dir.path().join("registry.yaml"))
                );
            }
            config::RegistrySpec::Git { .. } => panic!("the starter reads a file"),
        }
        assert!(matches!(
            parsed.outputs.as_slice(),
            [config::OutputSpec::Packages { .. }]
        ));
    }

    #[test]
    fn flags_become_the_one_output() {
        let vendored = Output {
            target: Target::from_id("typescript"),
            out: Some("src/errors.ts".into()),
            inject: None,
        };
        let dir = tempfile::tempdir().unwrap();
        let block = outputs_block(dir.path(), &vendored).unwrap();
        assert_eq!(
            block,
            "[[outputs]]\ntarget = \"typescript\"\npath = \"src/errors.ts\"\n"
        );
        let page = Output {
            target: Target::from_id("markdown"),
            out: None,
            inject: Some("docs/errors \"x\".md".into()),
        };
        let missing = outputs_block(dir.path(), &page).unwrap_err();
        assert!(missing.contains("does not exist"), "{missing}");
        std::fs::create_dir_all(dir.path().join("docs")).unwrap();
        std::fs::write(dir.path().join("docs/errors \"x\".md"), "page").unwrap();
        assert_eq!(
            outputs_block(dir.path(), &page).unwrap(),
            "[[outputs]]\ntarget = \"markdown\"\ninject = 'docs/errors \"x\".md'\n"
        );
    }

    /// The starter as written, and with its commented-out settings (`site`, `packages:`)
    /// switched on, are valid without warnings.
    #[test]
    fn the_starter_registry_is_valid_without_warnings() {
        let uncommented: String = REGISTRY
            .lines()
            .map(|line| match line.split_once("# ") {
                Some((indent, rest))
                    if indent.trim().is_empty()
                        && rest
                            .trim_start()
                            .split_once(':')
                            .is_some_and(|(key, _)| !key.contains(' ')) =>
                {
                    format!("{indent}{rest}\n")
                }
                _ => format!("{line}\n"),
            })
            .collect();
        assert!(
            uncommented.contains("\npackages: ") && uncommented.contains("\n  version: 0.1.0"),
            "{uncommented}"
        );
        assert!(uncommented.contains("\n  site: https://"), "{uncommented}");
        for text in [REGISTRY, uncommented.as_str()] {
            let parsed = errcodes_yaml::parse(&errcodes_model::SourceFile::new("r.yaml", text));
            assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
            let registry = parsed.registry.unwrap();
            let diagnostics = errcodes_check::check(&registry);
            assert!(diagnostics.is_empty(), "{diagnostics:?}");
        }
    }

    #[test]
    fn init_never_overwrites() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("registry.yaml"), "mine").unwrap();
        let said = init(dir.path(), &no_git(), &no_output()).unwrap();
        assert!(said.contains("kept"), "{said}");
        assert_eq!(
            std::fs::read_to_string(dir.path().join("registry.yaml")).unwrap(),
            "mine"
        );
        let again = init(dir.path(), &no_git(), &no_output()).unwrap_err();
        assert!(again.contains("already exists"), "{again}");
    }
}
