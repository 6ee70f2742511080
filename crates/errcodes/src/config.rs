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
use std::path::{Component, Path, PathBuf};

use errcodes_model::Target;
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
    Inject { page: PathBuf, at: At },
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
        .map(|dir| normalize(&dir))
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
            (Some((Target::Markdown, _)), None, Some(page)) => Ok((
                OutputSpec::Inject {
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
                Some(if target == Target::Markdown {
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
            (None, None, Some(inject)) => Err(self.error(
                inject.key,
                "`inject` needs `target = \"markdown\"`".to_owned(),
                None,
            )),
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
            let names = Target::ALL.map(Target::id);
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
    normalize(&base.join(path))
}

/// `path` without `.` components, each `..` removing the component before it (none above the
/// root), as cargo normalizes manifest paths.
fn normalize(path: &Path) -> PathBuf {
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

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::{Expect, expect};

    /// Parses `text` as `errcodes.toml` in a fixed folder, so paths in results are stable.
    fn parsed(text: &str) -> Config {
        parse(&base().join(FILE_NAME), text).expect("the file is valid")
    }

    fn base() -> PathBuf {
        if cfg!(windows) {
            PathBuf::from(r"C:\repo")
        } else {
            PathBuf::from("/repo")
        }
    }

    fn refused(text: &str, expected: Expect) {
        let error = parse(Path::new(FILE_NAME), text).expect_err("the file is refused");
        expected.assert_eq(&error.to_string());
    }

    #[test]
    fn an_empty_file_means_every_default() {
        let config = parsed("");
        assert_eq!(config.dir, base());
        assert_eq!(config.file, base().join(FILE_NAME));
        assert_eq!(
            config.registry,
            RegistrySpec::File {
                path: base().join("registry.yaml"),
                enum_name: None,
                at: At::START,
            }
        );
        assert_eq!(
            config.outputs,
            [OutputSpec::Packages {
                dir: base().join("generated"),
                at: At::START,
            }]
        );
        assert_eq!(parsed("[registry]\n").registry, config.registry);
    }

    #[test]
    fn reads_every_output_form() {
        let config = parsed(
            "[registry]\npath = \"src/codes.rs\"\nenum = \"TuringErrorCode\"\n\n\
             [[outputs]]\ndir = \"generated\"\n\n\
             [[outputs]]\ntarget = \"typescript\"\npath = \"src/errors.ts\"\n\n\
             [[outputs]]\ntarget = \"markdown\"\ninject = \"docs/errors.md\"\n",
        );
        assert_eq!(
            config.registry,
            RegistrySpec::File {
                path: base().join("src").join("codes.rs"),
                enum_name: Some("TuringErrorCode".to_owned()),
                at: At { line: 1, column: 1 },
            }
        );
        assert_eq!(
            config.outputs,
            [
                OutputSpec::Packages {
                    dir: base().join("generated"),
                    at: At { line: 5, column: 1 },
                },
                OutputSpec::File {
                    target: Target::TypeScript,
                    path: base().join("src").join("errors.ts"),
                    at: At { line: 8, column: 1 },
                },
                OutputSpec::Inject {
                    page: base().join("docs").join("errors.md"),
                    at: At {
                        line: 12,
                        column: 1
                    },
                },
            ]
        );
        let inline = parsed(
            "outputs = [{ target = \"rust\", path = \"a.rs\" }, { target = \"html\", path = \
             \"b.html\" }, { target = \"python\", path = \"c.py\" }]",
        );
        let targets: Vec<_> = inline
            .outputs
            .iter()
            .map(|o| match o {
                OutputSpec::File { target, at, .. } => (*target, at.column),
                other => panic!("not a file output: {other:?}"),
            })
            .collect();
        assert_eq!(
            targets,
            [(Target::Rust, 12), (Target::Html, 48), (Target::Python, 86)]
        );
    }

    #[test]
    fn reads_a_git_registry() {
        let config = parsed(
            "[registry]\ngit = \"https://github.com/turing/backend.git\"\nrev = \"v2.4.0\"\n",
        );
        assert_eq!(
            config.registry,
            RegistrySpec::Git {
                url: "https://github.com/turing/backend.git".to_owned(),
                rev: "v2.4.0".to_owned(),
                path: "registry.yaml".to_owned(),
                enum_name: None,
                at: At::START,
            }
        );
        let config = parsed(
            "registry.git = \"git@github.com:turing/backend.git\"\nregistry.rev = \"0a1b2c3\"\n\
             registry.path = \"./crates//api/src/codes.rs\"\nregistry.enum = \"Code\"\n",
        );
        assert_eq!(
            config.registry,
            RegistrySpec::Git {
                url: "git@github.com:turing/backend.git".to_owned(),
                rev: "0a1b2c3".to_owned(),
                path: "crates/api/src/codes.rs".to_owned(),
                enum_name: Some("Code".to_owned()),
                at: At::START,
            }
        );
    }

    #[test]
    fn resolves_relative_paths_from_the_files_folder() {
        let temp = tempfile::tempdir().expect("a temporary folder");
        let file = temp.path().join("a").join("b").join(FILE_NAME);
        let text = "[registry]\npath = \"../r.yaml\"\n\n[[outputs]]\ndir = \"./out/../gen\"\n\n\
                    [[outputs]]\ntarget = \"rust\"\npath = \"../../x/codes.rs\"\n";
        let config = parse(&file, text).expect("the file is valid");
        let root = normalize(&std::path::absolute(temp.path()).expect("absolute"));
        assert_eq!(config.dir, root.join("a").join("b"));
        let RegistrySpec::File { path, .. } = &config.registry else {
            panic!("a file registry: {:?}", config.registry);
        };
        assert_eq!(*path, root.join("a").join("r.yaml"));
        let paths: Vec<_> = config
            .outputs
            .iter()
            .map(|o| match o {
                OutputSpec::Packages { dir: path, .. } | OutputSpec::File { path, .. } => {
                    path.clone()
                }
                other => panic!("unexpected output {other:?}"),
            })
            .collect();
        assert_eq!(
            paths,
            [
                root.join("a").join("b").join("gen"),
                root.join("x").join("codes.rs")
            ]
        );

        // A file given by a relative path resolves from the current folder made absolute.
        let config = parse(Path::new(FILE_NAME), "").expect("the file is valid");
        let here = normalize(&std::env::current_dir().expect("a current folder"));
        assert_eq!(config.dir, here);
        assert_eq!(config.file, Path::new(FILE_NAME));
    }

    #[test]
    fn keeps_absolute_paths_and_resolves_local_git_paths() {
        let elsewhere = if cfg!(windows) {
            r"D:\\elsewhere\\registry.yaml"
        } else {
            "/elsewhere/registry.yaml"
        };
        let config = parsed(&format!("[registry]\npath = \"{elsewhere}\"\n"));
        let RegistrySpec::File { path, .. } = &config.registry else {
            panic!("a file registry: {:?}", config.registry);
        };
        assert_eq!(*path, PathBuf::from(elsewhere.replace(r"\\", r"\")));

        let config = parsed("[registry]\ngit = \"../backend\"\nrev = \"v1\"\n");
        let RegistrySpec::Git { url, .. } = &config.registry else {
            panic!("a git registry: {:?}", config.registry);
        };
        let expected = base().parent().expect("a parent").join("backend");
        assert_eq!(Path::new(url), expected);

        for url in [
            "https://github.com/turing/backend.git",
            "ssh://git@host/backend",
            "file:///srv/backend.git",
            "git@github.com:turing/backend.git",
            "host:backend.git",
        ] {
            assert!(!is_local(url), "{url} is a URL");
        }
        for url in ["../backend", "backend", "./a:b", "/srv/backend.git"] {
            assert!(is_local(url), "{url} is a local path");
        }
    }

    #[test]
    fn refuses_invalid_toml_with_its_position() {
        refused(
            "[registry]\npath = \"a\npath = \"b\"\n",
            expect![[r#"errcodes.toml:2:10: invalid TOML: invalid basic string, expected `"`"#]],
        );
        refused(
            "[registry]\npath = \"a\"\npath = \"b\"\n",
            expect!["errcodes.toml:3:1: invalid TOML: duplicate key"],
        );
    }

    #[test]
    fn refuses_unknown_keys_with_did_you_mean() {
        refused(
            "[registry]\n  pth = \"registry.yaml\"\n",
            expect![[r#"
                errcodes.toml:2:3: unknown key `pth` in [registry]
                  = help: did you mean `path`?"#]],
        );
        refused(
            "[registry]\nfile = \"registry.yaml\"\n",
            expect![[r#"
                errcodes.toml:2:1: unknown key `file` in [registry]
                  = help: the keys of [registry] are: path, enum, git, rev"#]],
        );
        refused(
            "[regstry]\npath = \"registry.yaml\"\n",
            expect![[r#"
                errcodes.toml:1:2: unknown key `regstry` at the top level
                  = help: did you mean `registry`?"#]],
        );
        refused(
            "version = 1\n",
            expect![[r#"
                errcodes.toml:1:1: unknown key `version` at the top level
                  = help: the top-level keys are: registry, outputs"#]],
        );
        refused(
            "[[outputs]]\ndri = \"generated\"\n",
            expect![[r#"
                errcodes.toml:2:1: unknown key `dri` in [[outputs]]
                  = help: did you mean `dir`?"#]],
        );
    }

    #[test]
    fn refuses_wrong_types_and_blank_values() {
        refused(
            "registry = \"registry.yaml\"\n",
            expect![[r#"
                errcodes.toml:1:12: `registry` must be a table, not a string
                  = help: write a `[registry]` table, with `path = "…"` under it"#]],
        );
        refused(
            "[registry]\npath = 1\n",
            expect!["errcodes.toml:2:8: `path` in [registry] must be a string, not an integer"],
        );
        refused(
            "[outputs]\ndir = \"generated\"\n",
            expect![[r#"
                errcodes.toml:1:1: `outputs` must be an array of tables, not a table
                  = help: write each output as its own `[[outputs]]` table, with two brackets"#]],
        );
        refused(
            "outputs = [\"generated\"]\n",
            expect!["errcodes.toml:1:12: each entry of `outputs` must be a table, not a string"],
        );
        refused(
            "outputs = []\n",
            expect![[r#"
                errcodes.toml:1:11: `outputs` is empty, so nothing would be generated
                  = help: list an output, or leave `outputs` out to write every target's package under `generated`"#]],
        );
        refused(
            "[registry]\ngit = \"../backend\"\nrev = \"\"\n",
            expect!["errcodes.toml:3:7: `rev` in [registry] is empty"],
        );
        refused(
            "[registry]\ngit = \"  \"\nrev = \"v1\"\n",
            expect!["errcodes.toml:2:7: `git` in [registry] holds only whitespace"],
        );
        refused(
            "[registry]\npath = \"\"\n",
            expect!["errcodes.toml:2:8: `path` in [registry] is empty"],
        );
        refused(
            "[[outputs]]\ndir = true\n",
            expect!["errcodes.toml:2:7: `dir` in [[outputs]] must be a string, not a boolean"],
        );
    }

    #[test]
    fn refuses_contradictions_in_the_registry() {
        refused(
            "[registry]\npath = \"registry.yaml\"\nrev = \"v2.4.0\"\n",
            expect![
                "errcodes.toml:3:1: `rev` needs `git`: it names a revision of the git repository the registry is read from"
            ],
        );
        refused(
            "[registry]\ngit = \"https://github.com/turing/backend.git\"\n",
            expect![
                "errcodes.toml:2:1: `git` needs `rev`: the tag or commit of that repository to read the registry at, so that every run reads the same registry"
            ],
        );
        refused(
            "[registry]\nenum = \"TuringErrorCode\"\n",
            expect![[r#"
                errcodes.toml:2:1: `enum` names the enum of a Rust registry (a `.rs` path), but `registry.yaml` is read as YAML
                  = help: remove `enum`, or point `path` at the `.rs` file that holds the enum"#]],
        );
        refused(
            "[registry]\ngit = \"../backend\"\nrev = \"v1\"\npath = \"codes.yaml\"\nenum = \"Code\"\n",
            expect![[r#"
                errcodes.toml:5:1: `enum` names the enum of a Rust registry (a `.rs` path), but `codes.yaml` is read as YAML
                  = help: remove `enum`, or point `path` at the `.rs` file that holds the enum"#]],
        );
        refused(
            "[registry]\ngit = \"../backend\"\nrev = \"v1\"\npath = \"../registry.yaml\"\n",
            expect![[r#"
                errcodes.toml:4:8: `path` names a file inside the git repository, so `../registry.yaml` cannot be it
                  = help: write the path from the repository's root, without a leading `/` or `..`"#]],
        );
    }

    #[test]
    fn refuses_malformed_outputs() {
        refused(
            "[[outputs]]\ntarget = \"typscript\"\npath = \"src/errors.ts\"\n",
            expect![[r#"
                errcodes.toml:2:10: unknown target `typscript`
                  = help: did you mean `typescript`?"#]],
        );
        refused(
            "[[outputs]]\ntarget = \"go\"\npath = \"errors.go\"\n",
            expect![[r#"
                errcodes.toml:2:10: unknown target `go`
                  = help: the targets are: rust, typescript, python, markdown, html"#]],
        );
        refused(
            "[[outputs]]\ndir = \"generated\"\ntarget = \"rust\"\n",
            expect![
                "errcodes.toml:3:1: `dir` cannot be combined with `target`: an output is either every target's package under `dir`, or one target's file"
            ],
        );
        refused(
            "[[outputs]]\ntarget = \"rust\"\ninject = \"docs/errors.md\"\n",
            expect![[
                r#"errcodes.toml:2:10: `inject` works only with `target = "markdown"`, not `rust`: only the Markdown index is spliced into a page"#
            ]],
        );
        refused(
            "[[outputs]]\ntarget = \"markdown\"\npath = \"docs/errors.md\"\ninject = \"docs/errors.md\"\n",
            expect![
                "errcodes.toml:4:1: `path` and `inject` cannot be combined: an output either writes one target's file (`path`) or splices the Markdown index into a page (`inject`)"
            ],
        );
        refused(
            "[[outputs]]\ntarget = \"rust\"\n",
            expect![[r#"
                errcodes.toml:1:1: this output names `target = "rust"` but not the file to write
                  = help: add `path = "…"`: the file its source is written to"#]],
        );
        refused(
            "\n[[outputs]]\ntarget = \"markdown\"\n",
            expect![[r#"
                errcodes.toml:2:1: this output names `target = "markdown"` but not the file to write
                  = help: add `path = "…"` for the page, or `inject = "…"` to splice the index into a hand-written page"#]],
        );
        refused(
            "[[outputs]]\npath = \"src/errors.ts\"\n",
            expect![[r#"
                errcodes.toml:2:1: `path` needs `target`: the target whose source file is written there
                  = help: add `target = "…"`, or write `dir` instead for every target's package"#]],
        );
        refused(
            "[[outputs]]\ninject = \"docs/errors.md\"\n",
            expect![[r#"errcodes.toml:2:1: `inject` needs `target = "markdown"`"#]],
        );
        refused(
            "[[outputs]]\n",
            expect![[r#"
                errcodes.toml:1:1: this output names nothing to write
                  = help: write `dir = "…"` for every target's package, `target` and `path` for one target's file, or `target = "markdown"` and `inject` for a page's index"#]],
        );
    }

    #[test]
    fn refuses_two_outputs_writing_the_same_file() {
        refused(
            "[[outputs]]\ndir = \"generated\"\n\n[[outputs]]\ndir = \"./generated/\"\n",
            expect![
                "errcodes.toml:5:7: the folder `./generated/` is listed twice: first on line 2"
            ],
        );
        refused(
            "[[outputs]]\ntarget = \"markdown\"\npath = \"docs/errors.md\"\n\n\
             [[outputs]]\ntarget = \"markdown\"\ninject = \"docs/../docs/errors.md\"\n",
            expect![
                "errcodes.toml:7:10: `docs/../docs/errors.md` is written by two outputs: this one and the one on line 3"
            ],
        );
        refused(
            "outputs = [\n  { target = \"rust\", path = \"out\" },\n  { dir = \"out\" },\n]\n",
            expect![
                "errcodes.toml:3:11: `out` is written by two outputs: this one and the one on line 2"
            ],
        );
    }

    #[test]
    fn columns_count_characters() {
        refused(
            "[registry]\npath = \"é\"; x = 1\n",
            expect![[
                r#"errcodes.toml:2:11: invalid TOML: unexpected key or value, expected newline, `#`"#
            ]],
        );
    }

    #[test]
    fn finds_the_nearest_file_upward() {
        let temp = tempfile::tempdir().expect("a temporary folder");
        let root = std::path::absolute(temp.path()).expect("absolute");
        let nested = root.join("a").join("b").join("c");
        std::fs::create_dir_all(&nested).expect("folders");
        assert_eq!(find(&nested), find(&root));

        std::fs::write(root.join(FILE_NAME), "").expect("a file");
        assert_eq!(find(&nested), Some(root.join(FILE_NAME)));
        assert_eq!(find(&root), Some(root.join(FILE_NAME)));

        // A folder named like the file is not it: the search goes on above.
        std::fs::create_dir(root.join("a").join("b").join(FILE_NAME)).expect("a folder");
        assert_eq!(find(&nested), Some(root.join(FILE_NAME)));

        std::fs::write(root.join("a").join(FILE_NAME), "").expect("a file");
        assert_eq!(find(&nested), Some(root.join("a").join(FILE_NAME)));
    }
}
