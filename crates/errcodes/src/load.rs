//! Reading sources: the registry (YAML or Rust, from a file or a pinned git revision),
//! checked, and the base of `--base`, from a file or from git at a revision.

use std::path::{Path, PathBuf};
use std::process::Command;

use errcodes_model::{Diagnostic, Parsed, Registry, Severity, SourceFile};
use errcodes_view::View;

use crate::paths::shown;
use crate::settings::Source;

/// What a run that was told nothing finds when the current folder holds no registry.
const NO_REGISTRY: &str = "no registry.yaml in this folder, and no errcodes.toml here or in any folder above: run `errcodes init` to start one, or name the registry with --registry PATH";

/// A registry read and checked.
pub(crate) struct Loaded {
    pub(crate) source: SourceFile,
    pub(crate) diagnostics: Vec<Diagnostic>,
    /// The registry and its view, when nothing is wrong.
    pub(crate) valid: Option<(Registry, View)>,
}

/// Reads and checks the registry, from YAML or Rust source; a view only when nothing is wrong.
/// `defaulted` says that nothing named the registry, for a better message when it is missing.
pub(crate) fn load(source: &Source, defaulted: bool) -> Result<Loaded, String> {
    let (name, bytes) = match source {
        Source::Yaml(path) | Source::Rust { path, .. } => {
            let bytes = read_bounded(path).map_err(|e| {
                if defaulted && !path.exists() {
                    NO_REGISTRY.to_owned()
                } else {
                    e
                }
            })?;
            (shown(path), bytes)
        }
        Source::Git { url, rev, path, .. } => {
            let cache = crate::remote::cache_root()?;
            let fetched = crate::remote::read(url, rev, path, &cache)?;
            (fetched.name, fetched.bytes)
        }
    };
    let (source, parsed) = parse(source, &name, &bytes);
    let mut diagnostics = parsed.diagnostics;
    let mut valid = None;
    if let Some(registry) = parsed.registry {
        diagnostics.extend(errcodes_check::check(&registry));
        errcodes_check::sort(&mut diagnostics);
        if !diagnostics.iter().any(|d| d.severity == Severity::Error) {
            let view = View::new(&registry).map_err(|e| format!("internal error: {e}"))?;
            valid = Some((registry, view));
        }
    }
    Ok(Loaded {
        source,
        diagnostics,
        valid,
    })
}

/// Reads a file, but never more than one byte past the size limit (the front-end reports the
/// limit), so a huge file cannot exhaust memory.
fn read_bounded(path: &Path) -> Result<Vec<u8>, String> {
    let failed = |e: std::io::Error| format!("could not read the registry {}: {e}", shown(path));
    let file = std::fs::File::open(path).map_err(failed)?;
    let mut bytes = Vec::new();
    let limit = u64::try_from(errcodes_model::limits::MAX_SOURCE_BYTES).unwrap_or(u64::MAX) + 1;
    std::io::Read::read_to_end(&mut std::io::Read::take(file, limit), &mut bytes)
        .map_err(failed)?;
    Ok(bytes)
}

fn parse(source: &Source, name: &str, bytes: &[u8]) -> (SourceFile, Parsed) {
    if is_rust(source) {
        errcodes_rust_source::parse_bytes(name, bytes, source.enum_name())
    } else {
        errcodes_yaml::parse_bytes(name, bytes)
    }
}

/// Whether the registry is Rust source: named so, or a `.rs` file in a git repository.
fn is_rust(source: &Source) -> bool {
    match source {
        Source::Yaml(_) => false,
        Source::Rust { .. } => true,
        Source::Git { path, .. } => path.ends_with(".rs"),
    }
}

/// The base of a comparison: its text and the registry read from it (empty when the base has
/// no registry at all, so that everything is new).
pub(crate) struct Base {
    pub(crate) source: SourceFile,
    pub(crate) registry: Option<Registry>,
}

/// Reads `spec` as a file if one exists at that path, else as a git revision at which the
/// registry's own path is read. A base that does not parse cannot be compared with: that is
/// an error (exit 2), reported with the base's first problem.
pub(crate) fn base(spec: &str, source: &Source) -> Result<Base, String> {
    let (name, bytes) = if Path::new(spec).is_file() {
        let bytes =
            std::fs::read(spec).map_err(|e| format!("could not read the base {spec}: {e}"))?;
        (spec.to_owned(), Some(bytes))
    } else {
        let Some(path) = source.local_path() else {
            return Err(format!(
                "`{spec}` is not a file, and a revision needs the registry in this repository, but it is read from another git repository: compare with a file instead"
            ));
        };
        from_git(spec, path)?
    };
    let Some(bytes) = bytes else {
        return Ok(Base {
            source: SourceFile::new(name, ""),
            registry: None,
        });
    };
    // A base file is read by its extension (a `.rs` file as Rust source, anything else as
    // YAML), so a move from registry.yaml to the backend's enum can be gated too; a base
    // from git is the registry's own path, read like the registry.
    let base_is_rust = if Path::new(spec).is_file() {
        spec.ends_with(".rs")
    } else {
        is_rust(source)
    };
    let (source, parsed) = if base_is_rust {
        errcodes_rust_source::parse_bytes(&name, &bytes, source.enum_name())
    } else {
        errcodes_yaml::parse_bytes(&name, &bytes)
    };
    let first_error = parsed
        .diagnostics
        .iter()
        .find(|d| d.severity == Severity::Error);
    match (parsed.registry, first_error) {
        (Some(registry), None) => Ok(Base {
            source,
            registry: Some(registry),
        }),
        (_, error) => {
            let why = error.map_or_else(String::new, |d| {
                let at = d
                    .main_span()
                    .map_or_else(String::new, |s| format!(":{}:{}", s.line, s.column));
                format!(": {name}{at}: {}", d.message)
            });
            Err(format!("the base registry {name} cannot be read{why}"))
        }
    }
}

/// The registry's file at revision `rev`, through git: `None` when it did not exist there.
fn from_git(rev: &str, path: &Path) -> Result<(String, Option<Vec<u8>>), String> {
    let absolute = std::fs::canonicalize(path)
        .map_err(|e| format!("could not read the registry {}: {e}", path.display()))?;
    let dir = absolute
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_owned);
    let top = git(&dir, &["rev-parse", "--show-toplevel"])
        .map_err(|e| format!("`{rev}` is not a file, and the registry is not in a git repository to read it from ({e})"))?;
    let top =
        std::fs::canonicalize(String::from_utf8_lossy(&top).trim()).map_err(|e| e.to_string())?;
    let relative = absolute
        .strip_prefix(&top)
        .map_err(|_| {
            format!(
                "{} is outside the git repository {}",
                path.display(),
                top.display()
            )
        })?
        .to_string_lossy()
        .replace('\\', "/");
    git(
        &dir,
        &[
            "rev-parse",
            "--verify",
            "--quiet",
            &format!("{rev}^{{commit}}"),
        ],
    )
    .map_err(|_| {
        format!(
            "`{rev}` is neither a file nor a git revision{}",
            shallow_hint(&dir, rev)
        )
    })?;
    let name = format!("{relative}@{rev}");
    let object = format!("{rev}:{relative}");
    if git(&dir, &["cat-file", "-e", &object]).is_err() {
        return Ok((name, None));
    }
    let bytes = git(&dir, &["show", &object])
        .map_err(|e| format!("could not read {object} from git: {e}"))?;
    Ok((name, Some(bytes)))
}

/// When the clone is shallow (as CI checkouts are by default), why `rev` may be missing and
/// the command that fetches it; else nothing.
fn shallow_hint(dir: &Path, rev: &str) -> String {
    let shallow = git(dir, &["rev-parse", "--is-shallow-repository"])
        .is_ok_and(|out| String::from_utf8_lossy(&out).trim() == "true");
    if !shallow {
        return String::new();
    }
    let remotes = git(dir, &["remote"]).unwrap_or_default();
    let remotes = String::from_utf8_lossy(&remotes);
    let fetch = match rev.split_once('/') {
        Some((remote, branch))
            if !branch.is_empty() && remotes.lines().any(|r| r.trim() == remote) =>
        {
            format!("git fetch --depth=1 {remote} {branch}:refs/remotes/{remote}/{branch}")
        }
        _ => "git fetch --unshallow".to_owned(),
    };
    format!(
        "\n  = help: this clone is shallow, so it may not hold `{rev}`: fetch it with `{fetch}`, or use `fetch-depth: 0` in actions/checkout"
    )
}

/// Runs git in `dir`; its stdout, or what it said on stderr.
fn git(dir: &Path, args: &[&str]) -> Result<Vec<u8>, String> {
    let output = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .map_err(|e| format!("could not run git: {e}"))?;
    if output.status.success() {
        Ok(output.stdout)
    } else {
        Err(String::from_utf8_lossy(&output.stderr).trim().to_owned())
    }
}
