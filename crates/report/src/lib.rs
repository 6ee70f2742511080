//! Reporting: turns diagnostics and the writer's file states into text, in one of four
//! [`Format`]s. It decides nothing: what passes and fails, and the exit code, are the CLI's;
//! it only prints the verdict it is given ([`Findings::ok`]).

mod diff;
mod github;
mod human;
mod json;
mod markdown;
mod position;

use errcodes_model::{Diagnostic, Origin, Severity, SourceFile};
use errcodes_writer::{Entry, State};

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// rustc-style text with source snippets, for people.
    Human,
    /// Exactly one JSON document on stdout, for tools, whatever the command and its outcome.
    Json,
    /// GitHub Actions workflow commands (`::error file=…,line=…::…`), for pull requests.
    Github,
    /// Markdown for a pull-request comment or a changelog: what changed against the base,
    /// then every problem.
    Markdown,
}

/// What a command found.
#[derive(Debug, Clone, Copy)]
pub struct Findings<'a> {
    /// The source the diagnostics point into, when one was read.
    pub source: Option<&'a SourceFile>,
    /// The base the source was compared with (`--base`), for labels in [`Origin::Base`].
    pub base: Option<&'a SourceFile>,
    /// What changed against the base, when there is one.
    pub changes: Option<&'a errcodes_view::Changes>,
    /// Every diagnostic.
    pub diagnostics: &'a [Diagnostic],
    /// The generated files and their states (empty for `validate`), each path as the user
    /// sees it from the current folder.
    pub files: &'a [Entry],
    /// The command that regenerates the files (empty where nothing is generated).
    pub fix: &'a str,
    /// Set when drifted files were written by another version of errcodes: one line saying
    /// which, shown before anything else, since the version may explain the drift.
    pub version_note: Option<&'a str>,
    /// The CLI's verdict: whether the command exits 0.
    pub ok: bool,
    /// What the command prints as its result (`import`'s YAML, `export`'s Rust), when it has
    /// one: it owns stdout, so every report goes to stderr beside it, and JSON carries it as
    /// the document's `output` string.
    pub output: Option<&'a str>,
}

impl Findings<'static> {
    /// The findings of a command that read no registry: nothing found, and not ok until the
    /// caller says otherwise.
    pub const NOTHING: Findings<'static> = Findings {
        source: None,
        base: None,
        changes: None,
        diagnostics: &[],
        files: &[],
        fix: "",
        version_note: None,
        ok: false,
        output: None,
    };
}

/// How to render, beyond the format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    /// Color human output.
    pub color: bool,
    /// How much of the stale files' diffs human output prints.
    pub diff: DiffStyle,
}

/// How much of the stale files' diffs human output prints, after a summary line per file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiffStyle {
    /// The first lines of each diff, up to a bound per file and in all, and how to see the rest.
    Short,
    /// Every line.
    Full,
    /// None: the summary alone.
    Stat,
}

/// Text for the two output streams.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Rendered {
    /// Machine-readable output and diffs.
    pub stdout: String,
    /// Human-readable diagnostics and progress.
    pub stderr: String,
}

impl<'a> Findings<'a> {
    /// The source a label's origin names.
    pub fn source_of(&self, origin: Origin) -> Option<&'a SourceFile> {
        match origin {
            Origin::Current => self.source,
            Origin::Base => self.base,
        }
    }

    /// The generated files that are not as they should be: missing, stale or left over.
    pub fn drifted(&self) -> impl Iterator<Item = &'a Entry> + use<'a> {
        self.files
            .iter()
            .filter(|f| !matches!(f.state, State::Current | State::Foreign))
    }

    /// How many diagnostics of `severity` there are.
    pub fn count(&self, severity: Severity) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| d.severity == severity)
            .count()
    }
}

/// Renders `findings` in `format`; `options` apply to human output only. With an
/// [`output`](Findings::output), JSON carries it and the other formats print it alone on
/// stdout, their report going to stderr.
pub fn render(format: Format, findings: &Findings<'_>, options: Options) -> Rendered {
    let report = match format {
        Format::Json => {
            return Rendered {
                stdout: json::render(findings, None),
                stderr: String::new(),
            };
        }
        Format::Human => human::render(findings, options),
        Format::Github => Rendered {
            stdout: github::render(findings),
            stderr: String::new(),
        },
        Format::Markdown => Rendered {
            stdout: markdown::render(findings),
            stderr: String::new(),
        },
    };
    match findings.output {
        Some(output) => Rendered {
            stdout: output.to_owned(),
            stderr: report.stderr + &report.stdout,
        },
        None => report,
    }
}

/// A command that could not run (exit 2): `message` says why. JSON gets its one document,
/// with `ok` false and the message as `error`; the other formats an `error:` line on stderr.
pub fn render_failure(format: Format, message: &str) -> Rendered {
    match format {
        Format::Json => {
            let nothing = Findings::NOTHING;
            Rendered {
                stdout: json::render(&nothing, Some(message)),
                stderr: String::new(),
            }
        }
        Format::Human | Format::Github | Format::Markdown => Rendered {
            stdout: String::new(),
            stderr: format!("error: {message}\n"),
        },
    }
}
