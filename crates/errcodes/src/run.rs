//! The commands: settle what to read and write, read, check, compare, render, write or
//! compare with the disk, report. Glue between the pipeline's crates; every exit status comes
//! from here through [`Exit`].

use std::io::{IsTerminal, Write};

use errcodes_compat::Comparison;
use errcodes_model::{CheckId, Diagnostic, Severity, SourceFile};
use errcodes_report::{DiffStyle, Findings, Format, Options, Rendered};
use errcodes_writer::{Entry, Mode, Session, State};

use crate::args::{Args, Color, Command, DiffArg, FormatArg, Input, Output};
use crate::exit::Exit;
use crate::load::{self, Loaded};
use crate::outputs;
use crate::paths::normalize;
use crate::settings::{self, ConfigChoice, Settings, Source};

/// Runs the parsed command line.
pub(crate) fn run(args: &Args) -> Exit {
    let color = match args.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
    };
    let diff = match &args.command {
        Command::Check { diff, .. } => *diff,
        _ => DiffArg::Short,
    };
    let style = Style {
        format: format(args.format),
        options: Options {
            color,
            diff: match diff {
                DiffArg::Short => DiffStyle::Short,
                DiffArg::Full => DiffStyle::Full,
                DiffArg::Stat => DiffStyle::Stat,
            },
        },
        quiet: args.quiet,
    };
    let choice = ConfigChoice {
        path: args.config.as_deref(),
        ignore: args.no_config,
    };
    let settle =
        |input: Option<&Input>, output: Option<&Output>| settings::settle(choice, input, output);
    let settled = match &args.command {
        Command::Init { registry, output } => {
            return match crate::init::run(registry, output) {
                Ok(said) => {
                    initialized(&style, &said);
                    Exit::Ok
                }
                Err(message) => style.fail(&message),
            };
        }
        Command::Completions { shell } => {
            return printed(&style, &crate::help::completions(*shell));
        }
        Command::Man { command } => {
            return match crate::help::man(command.as_deref()) {
                Ok(page) => printed(&style, &page),
                Err(message) => style.fail(&message),
            };
        }
        Command::Import {
            rust_source,
            enum_name,
        } => {
            let source = Source::Rust {
                path: normalize(rust_source),
                enum_name: enum_name.clone(),
            };
            return write_source(&style, &source, SourceFormat::Yaml);
        }
        Command::Validate { input, .. }
        | Command::Diff { input, .. }
        | Command::Export { input, .. } => settle(Some(input), None),
        Command::Gen { input, output } | Command::Check { input, output, .. } => {
            settle(Some(input), Some(output))
        }
    };
    let settings = match settled {
        Ok(settings) => settings,
        Err(message) => return style.fail(&message),
    };
    match &args.command {
        Command::Validate { deny_warnings, .. } => report(&style, &settings, None, *deny_warnings),
        Command::Diff {
            base,
            deny_warnings,
            ..
        } => report(&style, &settings, Some(base), *deny_warnings),
        Command::Gen { .. } => generate(&style, &settings, Mode::Write, None, false),
        Command::Check {
            base,
            deny_warnings,
            ..
        } => generate(
            &style,
            &settings,
            Mode::Check,
            base.as_deref(),
            *deny_warnings,
        ),
        Command::Export { .. } => write_source(&style, &settings.source, SourceFormat::Rust),
        Command::Init { .. }
        | Command::Import { .. }
        | Command::Completions { .. }
        | Command::Man { .. } => Exit::Ok,
    }
}

/// The output format as the report crate names it.
pub(crate) fn format(arg: FormatArg) -> Format {
    match arg {
        FormatArg::Human => Format::Human,
        FormatArg::Json => Format::Json,
        FormatArg::Github => Format::Github,
        FormatArg::Markdown => Format::Markdown,
    }
}

/// How to print.
struct Style {
    format: Format,
    options: Options,
    /// `--quiet`: no success lines, only problems.
    quiet: bool,
}

impl Style {
    /// Could not run: say why (in JSON, as the one document), exit 2.
    fn fail(&self, message: &str) -> Exit {
        print(&errcodes_report::render_failure(self.format, message));
        Exit::Failed
    }
}

/// What `import` and `export` write.
enum SourceFormat {
    Yaml,
    Rust,
}

/// A registry, checked, and compared with a base when there is one.
struct Checked {
    loaded: Loaded,
    /// The base's text and what comparing with it found.
    compared: Option<(SourceFile, Comparison)>,
    /// Every diagnostic: the registry's, then the comparison's.
    diagnostics: Vec<Diagnostic>,
}

impl Checked {
    fn new(settings: &Settings, base: Option<&str>) -> Result<Checked, String> {
        let loaded = load::load(&settings.source, settings.defaulted)?;
        let compared = match (base, &loaded.valid) {
            (Some(spec), Some((registry, _))) => {
                let base = load::base(spec, &settings.source)?;
                let comparison = errcodes_compat::compare(base.registry.as_ref(), registry, spec);
                Some((base.source, comparison))
            }
            _ => None,
        };
        let mut diagnostics = loaded.diagnostics.clone();
        if let Some((_, comparison)) = &compared {
            diagnostics.extend(comparison.diagnostics.iter().cloned());
        }
        Ok(Checked {
            loaded,
            compared,
            diagnostics,
        })
    }

    fn findings<'a>(
        &'a self,
        files: &'a [Entry],
        fix: &'a str,
        version_note: Option<&'a str>,
    ) -> Findings<'a> {
        Findings {
            source: Some(&self.loaded.source),
            base: self.compared.as_ref().map(|(source, _)| source),
            changes: self
                .compared
                .as_ref()
                .map(|(_, comparison)| &comparison.changes),
            diagnostics: &self.diagnostics,
            files,
            fix,
            version_note,
            ok: false,
            output: None,
        }
    }
}

/// `validate` and `diff`: check (and compare), report.
fn report(style: &Style, settings: &Settings, base: Option<&str>, deny_warnings: bool) -> Exit {
    let checked = match Checked::new(settings, base) {
        Ok(checked) => checked,
        Err(message) => return style.fail(&message),
    };
    let findings = checked.findings(&[], "", None);
    let exit = verdict(&findings, deny_warnings);
    let findings = judged(findings, exit);
    print_findings(style, &findings);
    let ok = match &checked.compared {
        Some((_, comparison)) => format!(
            "no breaking change against {}",
            comparison.changes.base_name
        ),
        None => "the registry is valid".to_owned(),
    };
    summary(style, &findings, exit, &ok, "");
    exit
}

/// `gen` and `check`: check (and compare, with a base), render every output, then write them
/// all as one change or compare them with the disk.
fn generate(
    style: &Style,
    settings: &Settings,
    mode: Mode,
    base: Option<&str>,
    deny_warnings: bool,
) -> Exit {
    let mut checked = match Checked::new(settings, base) {
        Ok(checked) => checked,
        Err(message) => return style.fail(&message),
    };
    let fix = settings.fix.as_str();
    // Rendering needs only the view: the model goes before it (some 25 MB at 65,536 codes).
    let Some((_, view)) = checked.loaded.valid.take() else {
        let findings = judged(checked.findings(&[], fix, None), Exit::Problems);
        print_findings(style, &findings);
        summary(style, &findings, Exit::Problems, "", fix);
        return Exit::Problems;
    };
    // Every page is read and rendered before anything is compared or written; the packages
    // are rendered file by file as the writer compares them, and nothing is written unless
    // every file could be.
    let rendered = match settings
        .outputs
        .iter()
        .map(|destination| outputs::render(destination, &view, mode))
        .collect::<Result<Vec<_>, _>>()
    {
        Ok(rendered) => rendered,
        Err(message) => return style.fail(&message),
    };
    let mut session = Session::new(mode);
    let synced = match outputs::sync(&rendered, &view, &mut session) {
        Ok(synced) => synced,
        Err(message) => return style.fail(&message),
    };
    if let Err(error) = session.commit() {
        return style.fail(&error.to_string());
    }
    let note = match mode {
        Mode::Check => outputs::version_note(&rendered, &synced),
        Mode::Write => None,
    };
    // Each entry's path as the user sees it, and each output's summary of its files.
    let mut entries = Vec::new();
    let mut outputs = Vec::new();
    for (output, found) in rendered.iter().zip(synced) {
        outputs.push((output.shown.as_str(), counts(&found)));
        entries.extend(found.into_iter().map(|entry| Entry {
            path: output.shown_path(&entry.path),
            state: entry.state,
        }));
    }
    if mode == Mode::Write {
        let findings = judged(checked.findings(&[], fix, None), Exit::Ok);
        print_findings(style, &findings);
        written(style, &entries, &outputs);
        return Exit::Ok;
    }
    let findings = checked.findings(&entries, fix, note.as_deref());
    let exit = verdict(&findings, deny_warnings);
    let findings = judged(findings, exit);
    print_findings(style, &findings);
    let owned: Vec<&Entry> = entries
        .iter()
        .filter(|e| e.state != State::Foreign)
        .collect();
    let mut ok = match (owned.as_slice(), outputs.as_slice()) {
        ([one], [_]) => format!("{} is current", one.path),
        (all, [(dir, _)]) => format!("{} files in {} are current", all.len(), folder(dir)),
        (all, many) => format!("{} files in {} outputs are current", all.len(), many.len()),
    };
    if let Some((_, comparison)) = &checked.compared {
        ok.push_str(&format!(
            "; no breaking change against {}",
            comparison.changes.base_name
        ));
    }
    summary(style, &findings, exit, &ok, fix);
    exit
}

/// Files of one output that errcodes owns, and how many of them changed.
#[derive(Debug, Clone, Copy)]
struct Counts {
    owned: usize,
    changed: usize,
}

fn counts(entries: &[Entry]) -> Counts {
    let owned = entries.iter().filter(|e| e.state != State::Foreign);
    Counts {
        owned: owned.clone().count(),
        changed: owned.filter(|e| e.state != State::Current).count(),
    }
}

/// Prints the registry as a source of the other kind, on stdout; diagnostics as ever.
fn write_source(style: &Style, source: &Source, format: SourceFormat) -> Exit {
    let loaded = match load::load(source, false) {
        Ok(loaded) => loaded,
        Err(message) => return style.fail(&message),
    };
    let findings = Findings {
        source: Some(&loaded.source),
        base: None,
        changes: None,
        diagnostics: &loaded.diagnostics,
        files: &[],
        fix: "",
        version_note: None,
        ok: false,
        output: None,
    };
    let Some((registry, _)) = &loaded.valid else {
        print_findings(style, &findings);
        summary(style, &findings, Exit::Problems, "", "");
        return Exit::Problems;
    };
    let text = match format {
        SourceFormat::Yaml => errcodes_targets::registry_yaml(registry),
        SourceFormat::Rust => errcodes_targets::rust_enum(registry),
    };
    match text {
        Ok(text) => {
            print_findings(
                style,
                &Findings {
                    output: Some(&text),
                    ..judged(findings, Exit::Ok)
                },
            );
            Exit::Ok
        }
        Err(error) => style.fail(&format!("internal error: {error}")),
    }
}

/// What `completions` and `man` print: on stdout, or as the JSON document's `output`.
fn printed(style: &Style, text: &str) -> Exit {
    let findings = Findings {
        ok: true,
        output: Some(text),
        ..Findings::NOTHING
    };
    print_findings(style, &findings);
    Exit::Ok
}

/// What `init` did, for people (under `--quiet`, only its notes); JSON gets its one document.
fn initialized(style: &Style, said: &str) {
    if style.format == Format::Json {
        let findings = Findings {
            ok: true,
            ..Findings::NOTHING
        };
        print_findings(style, &findings);
        return;
    }
    let stderr = said
        .lines()
        .filter(|line| !style.quiet || line.starts_with("note:"))
        .map(|line| format!("{line}\n"))
        .collect();
    print(&Rendered {
        stdout: String::new(),
        stderr,
    });
}

/// `findings` with the verdict the exit status gives.
fn judged(findings: Findings<'_>, exit: Exit) -> Findings<'_> {
    Findings {
        ok: exit == Exit::Ok,
        ..findings
    }
}

fn verdict(findings: &Findings<'_>, deny_warnings: bool) -> Exit {
    let drift = findings
        .files
        .iter()
        .any(|f| !matches!(f.state, State::Current | State::Foreign));
    let errors = findings.count(Severity::Error) > 0;
    let warnings = deny_warnings && findings.count(Severity::Warning) > 0;
    if drift || errors || warnings {
        Exit::Problems
    } else {
        Exit::Ok
    }
}

fn print_findings(style: &Style, findings: &Findings<'_>) {
    print(&errcodes_report::render(
        style.format,
        findings,
        style.options,
    ));
}

/// The closing line for people; machine formats carry the same facts in their own shape.
/// `fix` is the command that regenerates, for commands that generate (empty for the others).
fn summary(style: &Style, findings: &Findings<'_>, exit: Exit, ok: &str, fix: &str) {
    if style.format != Format::Human || (style.quiet && exit == Exit::Ok) {
        return;
    }
    let errors = findings.count(Severity::Error);
    let warnings = findings.count(Severity::Warning);
    let drifted = findings
        .files
        .iter()
        .filter(|f| !matches!(f.state, State::Current | State::Foreign))
        .count();
    let registry_errors = findings
        .diagnostics
        .iter()
        .any(|d| d.severity == Severity::Error && !d.id.is_compat_rule());
    let line = match exit {
        Exit::Ok if warnings > 0 => format!("{ok} ({warnings} {})\n", plural(warnings, "warning")),
        Exit::Ok => format!("{ok}\n"),
        _ if registry_errors => format!(
            "error: the registry has {errors} {} and {warnings} {}{}\n",
            plural(errors, "error"),
            plural(warnings, "warning"),
            if fix.is_empty() {
                ""
            } else {
                ": nothing was generated"
            }
        ),
        _ if errors > 0 => {
            let bumps = findings
                .diagnostics
                .iter()
                .filter(|d| d.id == CheckId::VersionNotBumped)
                .count();
            let breaks = errors - bumps;
            let bump = "set `packages.version` as its help says";
            if breaks == 0 {
                format!("error: the version does not follow the changes against the base: {bump}\n")
            } else {
                format!(
                    "error: {breaks} breaking {} against the base: undo {}, or accept {} with an `allow_breaking` entry and its reason{}\n",
                    plural(breaks, "change"),
                    if breaks == 1 { "it" } else { "them" },
                    if breaks == 1 { "it" } else { "each" },
                    if bumps > 0 {
                        format!("; then {bump}")
                    } else {
                        String::new()
                    },
                )
            }
        }
        _ if drifted > 0 => format!(
            "error: {drifted} generated {} out of date: run `{fix}` to update, then commit the result\n",
            if drifted == 1 { "file is" } else { "files are" }
        ),
        _ => format!(
            "error: {warnings} {} denied by --deny-warnings\n",
            plural(warnings, "warning")
        ),
    };
    print(&Rendered {
        stdout: String::new(),
        stderr: line,
    });
}

fn written(style: &Style, entries: &[Entry], outputs: &[(&str, Counts)]) {
    if style.format != Format::Human {
        return;
    }
    let mut text = String::new();
    for entry in entries {
        let verb = match entry.state {
            State::Current => continue,
            _ if style.quiet && entry.state != State::Foreign => continue,
            State::Foreign => {
                text.push_str(&format!(
                    "note: {} is not written by errcodes; left alone\n",
                    entry.path
                ));
                continue;
            }
            State::Missing => "created",
            State::Stale { .. } => "updated",
            State::Unexpected => "removed",
        };
        text.push_str(&format!("{verb} {}\n", entry.path));
    }
    for (dir, counts) in outputs.iter().filter(|_| !style.quiet) {
        text.push_str(&format!(
            "{} {} in {}: {} changed, {} already current\n",
            counts.owned,
            plural(counts.owned, "file"),
            folder(dir),
            counts.changed,
            counts.owned - counts.changed
        ));
    }
    print(&Rendered {
        stdout: String::new(),
        stderr: text,
    });
}

/// A shown folder in a sentence: "this folder" rather than ".".
fn folder(shown: &str) -> &str {
    if shown == "." { "this folder" } else { shown }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        word.to_owned()
    } else {
        format!("{word}s")
    }
}

/// Writes what people read (stderr) before what tools and diffs read (stdout), so that on a
/// terminal a note about the whole run comes before any diff.
fn print(rendered: &Rendered) {
    let _ = std::io::stderr()
        .lock()
        .write_all(rendered.stderr.as_bytes());
    let _ = std::io::stdout()
        .lock()
        .write_all(rendered.stdout.as_bytes());
}
