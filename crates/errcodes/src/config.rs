//! The `errcodes.toml` file: where a repository's registry comes from and what is generated
//! from it, written once instead of on every command line. It is found by searching upward
//! from the current folder, as cargo, ruff and buf find theirs, and every relative path in it
//! resolves from the folder that holds it, so a command means the same from any subfolder.
//!
//! The file is walked as `toml`'s spanned document tree rather than deserialized with serde,
//! so that every refusal (an unknown key, a wrong type, a contradiction) has its own message
//! and the line and column of the key or value at fault.

use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

use errcodes_targets::Target;

use crate::paths::lexical;
use errcodes_model::suggest_help;
use toml::Spanned;
use toml::de::{DeString, DeTable, DeValue};

/// The name of the file, in the repository's root or any folder above the current one.
pub(crate) const FILE_NAME: &str = "errcodes.toml";

/// The registry read when `[registry]` names no path.
const DEFAULT_REGISTRY: &str = "registry.yaml";
/// The folder every target's package goes under when no output is listed.
const DEFAULT_OUT_DIR: &str = "generated";

const TOP_KEYS: &[&str] = &["registry", "outputs"];
const REGISTRY_KEYS: &[&str] = &["path", "enum", "git", "rev"];
const OUTPUT_KEYS: &[&str] = &["dir", "target", "path", "inject"];
const REGISTRY: &str = "[registry]";
const OUTPUTS: &str = "[[outputs]]";

/// The first file named [`FILE_NAME`] in `start` or one of its parents, up to the root; a
/// folder of that name is skipped. The search starts from `start` made absolute, so the path
/// returned is absolute.
pub(crate) fn find(start: &Path) -> Option<PathBuf> {
    let start = std::path::absolute(start).unwrap_or_else(|_| start.to_owned());
    start
        .ancestors()
        .map(|dir| dir.join(FILE_NAME))
        .find(|file| file.is_file())
}

/// What an `errcodes.toml` says, with every local path resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Config {
    /// The file, as its path was given (for messages).
    pub(crate) file: PathBuf,
    /// The absolute folder holding the file: every relative path resolves from it.
    pub(crate) dir: PathBuf,
    pub(crate) registry: RegistrySpec,
    /// Never empty.
    pub(crate) outputs: Vec<OutputSpec>,
}

/// Where the registry is read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum RegistrySpec {
    /// A file of this repository: a `.rs` path is an annotated Rust enum, anything else YAML.
    File {
        /// Absolute.
        path: PathBuf,
        enum_name: Option<String>,
        at: At,
    },
    /// A file of another git repository, at a tag or a commit.
    Git {
        /// A URL as written, or a local path made absolute.
        url: String,
        /// As written; that it is a tag or a commit and not a branch is checked when fetching.
        rev: String,
        /// Relative to the repository's root, `/`-separated, without `.` or `..`.
        path: String,
        enum_name: Option<String>,
        at: At,
    },
}

/// One thing to generate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum OutputSpec {
    /// Every target's package under this folder (absolute).
    Packages { dir: PathBuf, at: At },
    /// One target's single source file (absolute).
    File {
        target: Target,
        path: PathBuf,
        at: At,
    },
    /// The Markdown index spliced into this hand-written page (absolute).
    Inject {
        target: Target,
        page: PathBuf,
        at: At,
    },
}

/// A 1-based line and character column in the file: where an entry or table starts, for
/// messages. A default that the file does not state is at 1:1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct At {
    pub(crate) line: usize,
    pub(crate) column: usize,
}

impl At {
    const START: At = At { line: 1, column: 1 };
}

/// Why a file cannot be used, and where in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ConfigError {
    pub(crate) file: PathBuf,
    pub(crate) at: Option<At>,
    pub(crate) message: String,
    pub(crate) help: Option<String>,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(at) = self.at {
            write!(f, ":{}:{}", at.line, at.column)?;
        }
        write!(f, ": {}", self.message)?;
        if let Some(help) = &self.help {
            write!(f, "\n  = help: {help}")?;
        }
        Ok(())
    }
}

/// Reads the text of the file at `path`. Relative paths in it resolve from `path`'s folder,
/// made absolute (lexically: `..` removes the folder before it, symbolic links are not
/// followed).
pub(crate) fn parse(path: &Path, text: &str) -> Result<Config, ConfigError> {
    let reader = Reader { file: path, text };
    let parent = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let dir = std::path::absolute(parent)
        .map(|dir| lexical(&dir))
        .map_err(|e| ConfigError {
            file: path.to_owned(),
            at: None,
            message: format!("could not tell which folder holds the file: {e}"),
            help: None,
        })?;
    let root = DeTable::parse(text).map_err(|e| ConfigError {
        file: path.to_owned(),
        at: e.span().map(|span| reader.at(span.start)),
        message: format!("invalid TOML: {}", e.message()),
        help: None,
    })?;
    let mut registry = None;
    let mut outputs = None;
    for (key, value) in in_order(root.get_ref()) {
        match key.get_ref().as_ref() {
            "registry" => registry = Some(reader.registry(&dir, value)?),
            "outputs" => outputs = Some(reader.outputs(&dir, value)?),
            other => return Err(reader.unknown(key.span(), other, None, TOP_KEYS)),
        }
    }
    let registry = registry.unwrap_or_else(|| RegistrySpec::File {
        path: resolve(&dir, DEFAULT_REGISTRY),
        enum_name: None,
        at: At::START,
    });
    let outputs = outputs.unwrap_or_else(|| {
        vec![OutputSpec::Packages {
            dir: resolve(&dir, DEFAULT_OUT_DIR),
            at: At::START,
        }]
    });
    Ok(Config {
        file: path.to_owned(),
        dir,
        registry,
        outputs,
    })
}

/// A table's entries in the order the file states them (the table itself is sorted by key).
fn in_order<'a, 'i>(
    table: &'a DeTable<'i>,
) -> Vec<(&'a Spanned<DeString<'i>>, &'a Spanned<DeValue<'i>>)> {
    let mut entries: Vec<_> = table.iter().collect();
    entries.sort_by_key(|(key, _)| key.span().start);
    entries
}

/// A key with a non-blank string value, and where both are.
struct Field<'a> {
    key: Range<usize>,
    value: &'a str,
    span: Range<usize>,
}

/// The file's path and text, to turn byte spans into positioned errors.
struct Reader<'t> {
    file: &'t Path,
    text: &'t str,
}

impl Reader<'_> {
    /// The line and character column of a byte offset.
    fn at(&self, offset: usize) -> At {
        let before = &self.text[..self.text.floor_char_boundary(offset)];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        At {
            line: before.matches('\n').count() + 1,
            column: before[line_start..].chars().count() + 1,
        }
    }

    fn error(&self, span: Range<usize>, message: String, help: Option<String>) -> ConfigError {
        self.error_at(self.at(span.start), message, help)
    }

    fn error_at(&self, at: At, message: String, help: Option<String>) -> ConfigError {
        ConfigError {
            file: self.file.to_owned(),
            at: Some(at),
            message,
            help,
        }
    }

    /// An unknown key of `table` (`None`: the top level).
    fn unknown(
        &self,
        span: Range<usize>,
        key: &str,
        table: Option<&str>,
        known: &[&str],
    ) -> ConfigError {
        let (place, listed) = match table {
            Some(table) => (format!("in {table}"), format!("the keys of {table} are: ")),
            None => (
                "at the top level".to_owned(),
                "the top-level keys are: ".to_owned(),
            ),
        };
        self.error(
            span,
            format!("unknown key `{key}` {place}"),
            Some(suggest_help(key, known, &listed)),
        )
    }

    /// The value of `key` in `table`, which must be a string holding more than whitespace.
    fn field<'a>(
        &self,
        table: &str,
        key: &Spanned<DeString<'_>>,
        value: &'a Spanned<DeValue<'_>>,
    ) -> Result<Field<'a>, ConfigError> {
        let name = key.get_ref();
        match value.get_ref() {
            DeValue::String(text) if text.is_empty() => {
                Err(self.error(value.span(), format!("`{name}` in {table} is empty"), None))
            }
            DeValue::String(text) if text.trim().is_empty() => Err(self.error(
                value.span(),
                format!("`{name}` in {table} holds only whitespace"),
                None,
            )),
            DeValue::String(text) => Ok(Field {
                key: key.span(),
                value: text,
                span: value.span(),
            }),
            other => Err(self.error(
                value.span(),
                format!("`{name}` in {table} must be a string, not {}", a(other)),
                None,
            )),
        }
    }

    fn registry(
        &self,
        base: &Path,
        value: &Spanned<DeValue<'_>>,
    ) -> Result<RegistrySpec, ConfigError> {
        let DeValue::Table(table) = value.get_ref() else {
            return Err(self.error(
                value.span(),
                format!("`registry` must be a table, not {}", a(value.get_ref())),
                Some("write a `[registry]` table, with `path = \"…\"` under it".to_owned()),
            ));
        };
        let at = self.at(value.span().start);
        let (mut path, mut enum_name, mut git, mut rev) = (None, None, None, None);
        for (key, value) in in_order(table) {
            let slot = match key.get_ref().as_ref() {
                "path" => &mut path,
                "enum" => &mut enum_name,
                "git" => &mut git,
                "rev" => &mut rev,
                other => {
                    return Err(self.unknown(key.span(), other, Some(REGISTRY), REGISTRY_KEYS));
                }
            };
            *slot = Some(self.field(REGISTRY, key, value)?);
        }
        let path_text = path.as_ref().map_or(DEFAULT_REGISTRY, |p| p.value);
        match (git, rev) {
            (None, Some(rev)) => Err(self.error(
                rev.key,
                "`rev` needs `git`: it names a revision of the git repository the registry is \
                 read from"
                    .to_owned(),
                None,
            )),
            (Some(git), None) => Err(self.error(
                git.key,
                "`git` needs `rev`: the tag or commit of that repository to read the registry \
                 at, so that every run reads the same registry"
                    .to_owned(),
                None,
            )),
            (Some(git), Some(rev)) => Ok(RegistrySpec::Git {
                url: self.git_url(base, &git)?,
                rev: rev.value.to_owned(),
                path: match &path {
                    Some(path) => self.repository_path(path)?,
                    None => DEFAULT_REGISTRY.to_owned(),
                },
                enum_name: self.enum_name(enum_name, path_text)?,
                at,
            }),
            (None, None) => Ok(RegistrySpec::File {
                path: resolve(base, path_text),
                enum_name: self.enum_name(enum_name, path_text)?,
                at,
            }),
        }
    }

    /// `enum`, which only a Rust registry has.
    fn enum_name(
        &self,
        field: Option<Field<'_>>,
        path: &str,
    ) -> Result<Option<String>, ConfigError> {
        let Some(field) = field else {
            return Ok(None);
        };
        if Path::new(path).extension().is_some_and(|e| e == "rs") {
            return Ok(Some(field.value.to_owned()));
        }
        Err(self.error(
            field.key,
            format!(
                "`enum` names the enum of a Rust registry (a `.rs` path), but `{path}` is read \
                 as YAML"
            ),
            Some("remove `enum`, or point `path` at the `.rs` file that holds the enum".to_owned()),
        ))
    }

    /// `git` as a URL, or as a local path resolved from the file's folder.
    fn git_url(&self, base: &Path, field: &Field<'_>) -> Result<String, ConfigError> {
        if !is_local(field.value) {
            return Ok(field.value.to_owned());
        }
        resolve(base, field.value)
            .into_os_string()
            .into_string()
            .map_err(|_| {
                self.error(
                    field.span.clone(),
                    "`git` is a local path that is not valid UTF-8 once resolved from the folder \
                     of this file"
                        .to_owned(),
                    None,
                )
            })
    }

    /// `path` inside a git repository: relative to its root, `/`-separated, and never above it.
    fn repository_path(&self, field: &Field<'_>) -> Result<String, ConfigError> {
        let parts: Vec<&str> = field
            .value
            .split('/')
            .filter(|part| !matches!(*part, "" | "."))
            .collect();
        if field.value.starts_with('/') || parts.contains(&"..") || parts.is_empty() {
            return Err(self.error(
                field.span.clone(),
                format!(
                    "`path` names a file inside the git repository, so `{}` cannot be it",
                    field.value
                ),
                Some(
                    "write the path from the repository's root, without a leading `/` or `..`"
                        .to_owned(),
                ),
            ));
        }
        Ok(parts.join("/"))
    }

    fn outputs(
        &self,
        base: &Path,
        value: &Spanned<DeValue<'_>>,
    ) -> Result<Vec<OutputSpec>, ConfigError> {
        let DeValue::Array(entries) = value.get_ref() else {
            return Err(self.error(
                value.span(),
                format!(
                    "`outputs` must be an array of tables, not {}",
                    a(value.get_ref())
                ),
                Some(
                    "write each output as its own `[[outputs]]` table, with two brackets"
                        .to_owned(),
                ),
            ));
        };
        if entries.is_empty() {
            return Err(self.error(
                value.span(),
                "`outputs` is empty, so nothing would be generated".to_owned(),
                Some(format!(
                    "list an output, or leave `outputs` out to write every target's package \
                     under `{DEFAULT_OUT_DIR}`"
                )),
            ));
        }
        let mut outputs = Vec::new();
        // Each output's resolved path, whether it is a package folder, and its line.
        let mut written: Vec<(PathBuf, bool, usize)> = Vec::new();
        for entry in entries.iter() {
            let DeValue::Table(table) = entry.get_ref() else {
                return Err(self.error(
                    entry.span(),
                    format!(
                        "each entry of `outputs` must be a table, not {}",
                        a(entry.get_ref())
                    ),
                    None,
                ));
            };
            let (output, field) = self.output(base, self.at(entry.span().start), table)?;
            let path = match &output {
                OutputSpec::Packages { dir: path, .. }
                | OutputSpec::File { path, .. }
                | OutputSpec::Inject { page: path, .. } => path.clone(),
            };
            let packages = matches!(output, OutputSpec::Packages { .. });
            let line = self.at(field.span.start).line;
            if let Some((_, first_packages, first_line)) = written.iter().find(|w| w.0 == path) {
                let message = if packages && *first_packages {
                    format!(
                        "the folder `{}` is listed twice: first on line {first_line}",
                        field.value
                    )
                } else {
                    format!(
                        "`{}` is written by two outputs: this one and the one on line \
                         {first_line}",
                        field.value
                    )
                };
                return Err(self.error(field.span, message, None));
            }
            written.push((path, packages, line));
            outputs.push(output);
        }
        Ok(outputs)
    }

    /// One `[[outputs]]` entry, and the field naming what it writes.
    fn output<'a>(
        &self,
        base: &Path,
        at: At,
        table: &'a DeTable<'_>,
    ) -> Result<(OutputSpec, Field<'a>), ConfigError> {
        let (mut dir, mut target, mut path, mut inject) = (None, None, None, None);
        for (key, value) in in_order(table) {
            let slot = match key.get_ref().as_ref() {
                "dir" => &mut dir,
                "target" => &mut target,
                "path" => &mut path,
                "inject" => &mut inject,
                other => return Err(self.unknown(key.span(), other, Some(OUTPUTS), OUTPUT_KEYS)),
            };
            *slot = Some(self.field(OUTPUTS, key, value)?);
        }
        let target = match target {
            Some(field) => Some((self.target(&field)?, field)),
            None => None,
        };
        if let Some(dir) = dir {
            let other = [
                ("target", target.map(|(_, field)| field)),
                ("path", path),
                ("inject", inject),
            ]
            .into_iter()
            .find_map(|(name, field)| field.map(|field| (name, field)));
            return match other {
                None => Ok((
                    OutputSpec::Packages {
                        dir: resolve(base, dir.value),
                        at,
                    },
                    dir,
                )),
                Some((name, other)) => Err(self.error(
                    other.key,
                    format!(
                        "`dir` cannot be combined with `{name}`: an output is either every \
                         target's package under `dir`, or one target's file"
                    ),
                    None,
                )),
            };
        }
        match (target, path, inject) {
            (Some(_), Some(_), Some(inject)) => Err(self.error(
                inject.key,
                "`path` and `inject` cannot be combined: an output either writes one target's \
                 file (`path`) or splices the Markdown index into a page (`inject`)"
                    .to_owned(),
                None,
            )),
            (Some((target, _)), Some(path), None) => Ok((
                OutputSpec::File {
                    target,
                    path: resolve(base, path.value),
                    at,
                },
                path,
            )),
            (Some((target, _)), None, Some(page)) if target.injects() => Ok((
                OutputSpec::Inject {
                    target,
                    page: resolve(base, page.value),
                    at,
                },
                page,
            )),
            (Some((_, target)), None, Some(_)) => Err(self.error(
                target.span,
                format!(
                    "`inject` works only with `target = \"markdown\"`, not `{}`: only the \
                     Markdown index is spliced into a page",
                    target.value
                ),
                None,
            )),
            (Some((target, field)), None, None) => Err(self.error_at(
                at,
                format!(
                    "this output names `target = \"{}\"` but not the file to write",
                    field.value
                ),
                Some(if target.injects() {
                    "add `path = \"…\"` for the page, or `inject = \"…\"` to splice the index \
                     into a hand-written page"
                        .to_owned()
                } else {
                    "add `path = \"…\"`: the file its source is written to".to_owned()
                }),
            )),
            (None, Some(path), _) => Err(self.error(
                path.key,
                "`path` needs `target`: the target whose source file is written there".to_owned(),
                Some(
                    "add `target = \"…\"`, or write `dir` instead for every target's package"
                        .to_owned(),
                ),
            )),
            (None, None, Some(page)) => match crate::settings::injecting_target() {
                Ok(target) => Ok((
                    OutputSpec::Inject {
                        target,
                        page: resolve(base, page.value),
                        at,
                    },
                    page,
                )),
                Err(message) => Err(self.error(page.key, message, None)),
            },
            (None, None, None) => Err(self.error_at(
                at,
                "this output names nothing to write".to_owned(),
                Some(
                    "write `dir = \"…\"` for every target's package, `target` and `path` for one \
                     target's file, or `target = \"markdown\"` and `inject` for a page's index"
                        .to_owned(),
                ),
            )),
        }
    }

    fn target(&self, field: &Field<'_>) -> Result<Target, ConfigError> {
        Target::from_id(field.value).ok_or_else(|| {
            let names = Target::ids();
            self.error(
                field.span.clone(),
                format!("unknown target `{}`", field.value),
                Some(suggest_help(field.value, &names, "the targets are: ")),
            )
        })
    }
}

/// A value's type with its article, for "must be a string, not an integer".
fn a(value: &DeValue<'_>) -> &'static str {
    match value {
        DeValue::String(_) => "a string",
        DeValue::Integer(_) => "an integer",
        DeValue::Float(_) => "a float",
        DeValue::Boolean(_) => "a boolean",
        DeValue::Datetime(_) => "a date-time",
        DeValue::Array(_) => "an array",
        DeValue::Table(_) => "a table",
    }
}

/// Whether `git` names a local path rather than a URL, by git's own rule: no `://`, and not
/// scp-like (`host:path`, `user@host:path`), which it is when a `/` comes before the first
/// `:` or there is no `:`; on Windows a drive letter (`C:`) is local too.
fn is_local(url: &str) -> bool {
    if url.contains("://") {
        return false;
    }
    match url.split_once(':') {
        None => true,
        Some((before, _)) => {
            before.contains('/')
                || (cfg!(windows)
                    && before.len() == 1
                    && before.chars().all(|c| c.is_ascii_alphabetic()))
        }
    }
}

/// `path` resolved from `base` (absolute), lexically normalized; an absolute `path` stays
/// where it points.
fn resolve(base: &Path, path: &str) -> PathBuf {
    lexical(&base.join(path))
}

#[cfg(test)]
mod tests;
