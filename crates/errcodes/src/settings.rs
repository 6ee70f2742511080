//! What a command works on, settled once: the registry to read and the outputs to write.
//!
//! They come from `errcodes.toml`, found from the current folder upward (or named with
//! `--config`), and from the flags. Paths in the file resolve from the file's folder, flags
//! from the current folder. A flag may repeat the file or pick one of its outputs; a flag that
//! contradicts it is an error, never a silent override. With `--no-config`, or without a file,
//! the flags and their defaults are all there is.

use std::path::{Path, PathBuf};

use errcodes_targets::Target;

use crate::args::{Input, Output};
use crate::config::{self, At, Config, OutputSpec, RegistrySpec};
use crate::paths::{normalize, resolved, same, shown};

/// Where the registry comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Source {
    /// A `registry.yaml` on disk.
    Yaml(PathBuf),
    /// An enum annotated with `#[error_code(...)]` on disk.
    Rust {
        path: PathBuf,
        enum_name: Option<String>,
    },
    /// A file of a git repository at a pinned revision, read through the cache.
    Git {
        url: String,
        rev: String,
        path: String,
        enum_name: Option<String>,
    },
}

impl Source {
    /// The file on disk, when the registry is one.
    pub(crate) fn local_path(&self) -> Option<&Path> {
        match self {
            Source::Yaml(path) | Source::Rust { path, .. } => Some(path),
            Source::Git { .. } => None,
        }
    }

    /// The enum to read from Rust source, if one is named.
    pub(crate) fn enum_name(&self) -> Option<&str> {
        match self {
            Source::Yaml(_) => None,
            Source::Rust { enum_name, .. } | Source::Git { enum_name, .. } => enum_name.as_deref(),
        }
    }
}

/// One output of `gen` and `check`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Destination {
    /// Every target's package under a folder.
    Packages(PathBuf),
    /// One target's source file.
    File { target: Target, path: PathBuf },
    /// The Markdown index, between the markers of a hand-written page.
    Inject { target: Target, page: PathBuf },
}

impl Destination {
    /// The same output with its path made absolute and normalized.
    fn normalized(self) -> Self {
        match self {
            Destination::Packages(dir) => Destination::Packages(normalize(&dir)),
            Destination::File { target, path } => Destination::File {
                target,
                path: normalize(&path),
            },
            Destination::Inject { target, page } => Destination::Inject {
                target,
                page: normalize(&page),
            },
        }
    }
}

/// The registry and the outputs, and how to name the command that regenerates them.
#[derive(Debug)]
pub(crate) struct Settings {
    pub(crate) source: Source,
    pub(crate) outputs: Vec<Destination>,
    /// Whether the registry is the default `registry.yaml` that nothing named.
    pub(crate) defaulted: bool,
    /// The command that regenerates everything these settings check.
    pub(crate) fix: String,
}

/// How to find `errcodes.toml`: the global `--config` and `--no-config`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ConfigChoice<'a> {
    pub(crate) path: Option<&'a Path>,
    pub(crate) ignore: bool,
}

/// Settles what a command reads (and, with `output`, writes) from the config and the flags.
pub(crate) fn settle(
    choice: ConfigChoice<'_>,
    input: Option<&Input>,
    output: Option<&Output>,
) -> Result<Settings, String> {
    let config = read_config(choice)?;
    let flagged = input.and_then(flag_source);
    let (source, defaulted) = match (&config, flagged) {
        (Some(config), Some(flag)) => (agree_source(config, flag)?, false),
        (Some(config), None) => (config_source(&config.registry), false),
        (None, Some(flag)) => (flag, false),
        (None, None) => (Source::Yaml(normalize(Path::new("registry.yaml"))), true),
    };
    let flagged = output
        .map(flag_destination)
        .transpose()?
        .flatten()
        .map(Destination::normalized);
    let outputs = match (&config, flagged) {
        (Some(config), Some(flag)) => vec![agree_destination(config, flag)?],
        (Some(config), None) => {
            refuse_overlaps(config)?;
            config.outputs.iter().map(config_destination).collect()
        }
        (None, Some(flag)) => vec![flag],
        (None, None) => vec![Destination::Packages(normalize(Path::new("generated")))],
    };
    let fix = match (&config, choice.path) {
        (Some(_), Some(path)) => format!("errcodes gen --config {}", path.display()),
        (Some(_), None) => "errcodes gen".to_owned(),
        (None, _) if choice.ignore => {
            fix_from_flags(input, output).replacen("errcodes gen", "errcodes --no-config gen", 1)
        }
        (None, _) => fix_from_flags(input, output),
    };
    Ok(Settings {
        source,
        outputs,
        defaulted,
        fix,
    })
}

fn read_config(choice: ConfigChoice<'_>) -> Result<Option<Config>, String> {
    if choice.ignore {
        return Ok(None);
    }
    let path = match choice.path {
        Some(path) => path.to_owned(),
        None => {
            let here = std::env::current_dir()
                .map_err(|e| format!("could not read the current folder: {e}"))?;
            match config::find(&here) {
                Some(found) => found,
                None => return Ok(None),
            }
        }
    };
    let shown_path = PathBuf::from(shown(&path));
    let text = std::fs::read_to_string(&path)
        .map_err(|e| format!("could not read {}: {e}", shown_path.display()))?;
    config::parse(&shown_path, &text)
        .map(Some)
        .map_err(|e| e.to_string())
}

/// The registry the flags name, if they name one.
fn flag_source(input: &Input) -> Option<Source> {
    match (&input.rust_source, &input.registry) {
        (Some(path), _) => Some(Source::Rust {
            path: normalize(path),
            enum_name: input.enum_name.clone(),
        }),
        (None, Some(path)) => Some(Source::Yaml(normalize(path))),
        (None, None) => None,
    }
}

fn config_source(spec: &RegistrySpec) -> Source {
    match spec {
        RegistrySpec::File {
            path, enum_name, ..
        } => {
            if path.extension().is_some_and(|e| e == "rs") {
                Source::Rust {
                    path: path.clone(),
                    enum_name: enum_name.clone(),
                }
            } else {
                Source::Yaml(path.clone())
            }
        }
        RegistrySpec::Git {
            url,
            rev,
            path,
            enum_name,
            ..
        } => Source::Git {
            url: url.clone(),
            rev: rev.clone(),
            path: path.clone(),
            enum_name: enum_name.clone(),
        },
    }
}

/// The config's registry when the flag names the same one; else why they disagree.
fn agree_source(config: &Config, flag: Source) -> Result<Source, String> {
    let configured = config_source(&config.registry);
    let agrees = match (&configured, &flag) {
        (Source::Yaml(a), Source::Yaml(b)) => same(a, b),
        (
            Source::Rust {
                path: a,
                enum_name: x,
            },
            Source::Rust {
                path: b,
                enum_name: y,
            },
        ) => same(a, b) && (x.is_none() || y.is_none() || x == y),
        _ => false,
    };
    if agrees {
        // The flag may name the enum the file leaves to the default.
        return Ok(match (configured, flag) {
            (
                Source::Rust {
                    path,
                    enum_name: None,
                },
                Source::Rust { enum_name, .. },
            ) => Source::Rust { path, enum_name },
            (configured, _) => configured,
        });
    }
    let at = match &config.registry {
        RegistrySpec::File { at, .. } | RegistrySpec::Git { at, .. } => *at,
    };
    Err(contradiction(
        config,
        at,
        &format!("the flags name the registry {}", describe(&flag)),
        &format!("it reads {}", describe(&configured)),
    ))
}

fn describe(source: &Source) -> String {
    match source {
        Source::Yaml(path) => format!("{} as YAML", shown(path)),
        Source::Rust { path, enum_name } => match enum_name {
            Some(name) => format!("{} as Rust source (enum {name})", shown(path)),
            None => format!("{} as Rust source", shown(path)),
        },
        Source::Git { url, rev, path, .. } => format!("{path} at {rev} of {url}"),
    }
}

fn contradiction(config: &Config, at: At, flags: &str, file: &str) -> String {
    format!(
        "{flags}, which contradicts {}:{}:{}, where {file}\n  = help: drop the flags to use errcodes.toml, or pass --no-config to ignore it",
        config.file.display(),
        at.line,
        at.column,
    )
}

/// Refuses outputs that write into one another: the same file twice (through a symlink too),
/// or a file or folder inside a folder that another output fills with every package, whose
/// left-over files that output would otherwise remove.
fn refuse_overlaps(config: &Config) -> Result<(), String> {
    let outputs: Vec<(PathBuf, bool, At)> = config
        .outputs
        .iter()
        .map(|spec| {
            let (path, is_dir) = match spec {
                OutputSpec::Packages { dir, .. } => (dir, true),
                OutputSpec::File { path, .. } => (path, false),
                OutputSpec::Inject { page, .. } => (page, false),
            };
            (resolved(path), is_dir, at_of(spec))
        })
        .collect();
    for (index, (path, is_dir, at)) in outputs.iter().enumerate() {
        for (other, other_is_dir, other_at) in &outputs[..index] {
            let why = if path == other {
                "writes the same place as"
            } else if *other_is_dir && path.starts_with(other) {
                "writes inside the folder of every package of"
            } else if *is_dir && other.starts_with(path) {
                "fills with every package a folder that holds"
            } else {
                continue;
            };
            return Err(format!(
                "{}:{}:{}: this output {why} the output on line {}, so that one would take the other's files for its own left-overs\n  = help: give each output a place of its own",
                config.file.display(),
                at.line,
                at.column,
                other_at.line,
            ));
        }
    }
    Ok(())
}

/// The output the flags name, if they name one, with its path as given.
pub(crate) fn flag_destination(output: &Output) -> Result<Option<Destination>, String> {
    let destination = match (output.target, &output.out, &output.inject) {
        (None, None, None) => return Ok(None),
        (target, None, Some(page)) => {
            let injecting = injecting_target()?;
            match target {
                Some(other) if other != injecting => {
                    return Err(format!(
                        "--inject splices the {} index into a page, so it cannot be used with --target {}: drop --target, or write that target's file with --out FILE",
                        injecting.display_name(),
                        other.id()
                    ));
                }
                _ => Destination::Inject {
                    target: injecting,
                    page: page.clone(),
                },
            }
        }
        (Some(target), Some(file), _) => Destination::File {
            target,
            path: file.clone(),
        },
        (None, Some(dir), _) => Destination::Packages(dir.clone()),
        (Some(_), None, None) => {
            return Err(
                "--target needs --out FILE, or --inject PAGE for a page's index".to_owned(),
            );
        }
    };
    Ok(Some(destination))
}

/// The one target whose index `--inject` (and `inject =` in errcodes.toml) splices into a
/// page, so that naming it is optional.
pub(crate) fn injecting_target() -> Result<Target, String> {
    Target::ALL
        .iter()
        .copied()
        .find(|t| t.injects())
        .ok_or_else(|| "internal error: no target injects into a page".to_owned())
}

fn config_destination(spec: &OutputSpec) -> Destination {
    match spec {
        OutputSpec::Packages { dir, .. } => Destination::Packages(dir.clone()),
        OutputSpec::File { target, path, .. } => Destination::File {
            target: *target,
            path: path.clone(),
        },
        OutputSpec::Inject { target, page, .. } => Destination::Inject {
            target: *target,
            page: page.clone(),
        },
    }
}

/// The config's output that the flags pick; else why they disagree.
fn agree_destination(config: &Config, flag: Destination) -> Result<Destination, String> {
    let picked = config
        .outputs
        .iter()
        .find(|spec| match (config_destination(spec), &flag) {
            (Destination::Packages(a), Destination::Packages(b)) => same(&a, b),
            (
                Destination::File { target, path },
                Destination::File {
                    target: flagged,
                    path: file,
                },
            ) => target == *flagged && same(&path, file),
            (
                Destination::Inject { target, page },
                Destination::Inject {
                    target: flagged,
                    page: flagged_page,
                },
            ) => target == *flagged && same(&page, flagged_page),
            _ => false,
        });
    if let Some(spec) = picked {
        return Ok(config_destination(spec));
    }
    let at = config
        .outputs
        .first()
        .map_or(At { line: 1, column: 1 }, at_of);
    let listed: Vec<String> = config
        .outputs
        .iter()
        .map(|spec| describe_destination(&config_destination(spec)))
        .collect();
    Err(contradiction(
        config,
        at,
        &format!("the flags name the output {}", describe_destination(&flag)),
        &format!("the outputs are {}", listed.join(", ")),
    ))
}

fn at_of(spec: &OutputSpec) -> At {
    match spec {
        OutputSpec::Packages { at, .. }
        | OutputSpec::File { at, .. }
        | OutputSpec::Inject { at, .. } => *at,
    }
}

fn describe_destination(destination: &Destination) -> String {
    match destination {
        Destination::Packages(dir) => format!("every package under {}", shown(dir)),
        Destination::File { target, path } => {
            format!("the {} file {}", target.display_name(), shown(path))
        }
        Destination::Inject { page, .. } => format!("the index injected into {}", shown(page)),
    }
}

/// The command that regenerates with the same flags, when no config is read.
fn fix_from_flags(input: Option<&Input>, output: Option<&Output>) -> String {
    let mut command = String::from("errcodes gen");
    if let Some(input) = input {
        if let Some(source) = &input.rust_source {
            command.push_str(&format!(" --rust-source {}", source.display()));
            if let Some(name) = &input.enum_name {
                command.push_str(&format!(" --enum {name}"));
            }
        } else if let Some(registry) = input
            .registry
            .as_ref()
            .filter(|r| *r != Path::new("registry.yaml"))
        {
            command.push_str(&format!(" --registry {}", registry.display()));
        }
    }
    if let Some(target) = output.and_then(|o| o.target) {
        command.push_str(&format!(" --target {}", target.id()));
    }
    if let Some(out) = output
        .and_then(|o| o.out.as_ref())
        .filter(|d| *d != Path::new("generated"))
    {
        command.push_str(&format!(" --out {}", out.display()));
    }
    if let Some(page) = output.and_then(|o| o.inject.as_ref()) {
        command.push_str(&format!(" --inject {}", page.display()));
    }
    command
}
