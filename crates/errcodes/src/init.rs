//! `errcodes init`: a commented `errcodes.toml` in the current folder, and a starter
//! `registry.yaml` when the folder holds none, so that `errcodes gen` works at once.

use std::fs::OpenOptions;
use std::io::Write;
use std::path::Path;

use crate::config::{self, FILE_NAME};
use crate::exit::Exit;
use crate::paths::shown;

/// The config `init` writes: the registry beside it, every package under `generated/`, and
/// the other choices in comments.
const CONFIG: &str = include_str!("../starter/errcodes.toml");

/// The registry `init` writes when there is none: two categories and two codes, valid and
/// free of warnings.
const REGISTRY: &str = include_str!("../starter/registry.yaml");

/// Writes the starter files; never overwrites one.
pub(crate) fn run() -> Exit {
    match init(Path::new(".")) {
        Ok(lines) => {
            eprint!("{lines}");
            Exit::Ok
        }
        Err(message) => {
            eprintln!("error: {message}");
            Exit::Failed
        }
    }
}

/// Writes the starter files into `dir`; what to tell the user, or why nothing was written.
fn init(dir: &Path) -> Result<String, String> {
    let config_path = dir.join(FILE_NAME);
    if config_path.exists() {
        return Err(format!(
            "{} already exists; it was left as it is",
            shown(&config_path)
        ));
    }
    let registry_path = dir.join("registry.yaml");
    let mut said = String::new();
    let outer = dir
        .canonicalize()
        .ok()
        .and_then(|d| d.parent().and_then(config::find));
    create(&config_path, CONFIG)?;
    said.push_str(&format!("created {}\n", shown(&config_path)));
    if registry_path.exists() {
        said.push_str(&format!(
            "kept {}: errcodes.toml reads it\n",
            shown(&registry_path)
        ));
    } else {
        if let Err(message) = create(&registry_path, REGISTRY) {
            let _ = std::fs::remove_file(&config_path);
            return Err(message);
        }
        said.push_str(&format!(
            "created {}: a starter with two codes, to replace with yours\n",
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

    #[test]
    fn the_starter_config_reads_back_as_the_registry_beside_it_and_generated() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        let parsed = config::parse(&path, CONFIG).expect("the starter config is valid");
        match parsed.registry {
            config::RegistrySpec::File { path, .. } => {
                assert_eq!(path, dir.path().join("registry.yaml"));
            }
            config::RegistrySpec::Git { .. } => panic!("the starter reads a file"),
        }
        assert_eq!(parsed.outputs.len(), 1);
    }

    #[test]
    fn the_starter_registry_is_valid_without_warnings() {
        let parsed = errcodes_yaml::parse(&errcodes_model::SourceFile::new("r.yaml", REGISTRY));
        assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
        let diagnostics = errcodes_check::check(&parsed.registry.unwrap());
        assert!(diagnostics.is_empty(), "{diagnostics:?}");
    }

    #[test]
    fn init_never_overwrites() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("registry.yaml"), "mine").unwrap();
        let said = init(dir.path()).unwrap();
        assert!(said.contains("kept"), "{said}");
        assert_eq!(
            std::fs::read_to_string(dir.path().join("registry.yaml")).unwrap(),
            "mine"
        );
        let again = init(dir.path()).unwrap_err();
        assert!(again.contains("already exists"), "{again}");
    }
}
