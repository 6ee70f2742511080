//! The commands: read, check, compare, render, write or compare with the disk, report. Glue
//! between the pipeline's crates; every exit status comes from here through [`Exit`].

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use clap::ValueEnum;
use errcodes_compat::Comparison;
use errcodes_model::{Diagnostic, Severity, SourceFile, Target};
use errcodes_report::{Findings, Format, Rendered};
use errcodes_view::View;
use errcodes_writer::{Entry, Leftovers, Mode, Planned, State};

use crate::args::{Args, Color, Command, FormatArg, Input, Output, TargetArg};
use crate::exit::Exit;
use crate::load::{self, Loaded};

/// Runs the parsed command line.
pub(crate) fn run(args: &Args) -> Exit {
    let format = match args.format {
        FormatArg::Human => Format::Human,
        FormatArg::Json => Format::Json,
        FormatArg::Github => Format::Github,
        FormatArg::Markdown => Format::Markdown,
    };
    let color = match args.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none(),
    };
    let style = Style { format, color };
    match &args.command {
        Command::Validate {
            input,
            deny_warnings,
        } => report(&style, input, None, *deny_warnings),
        Command::Diff {
            input,
            base,
            deny_warnings,
        } => report(&style, input, Some(base), *deny_warnings),
        Command::Gen { input, output } => generate(&style, input, output, Mode::Write, None, false),
        Command::Check {
            input,
            output,
            base,
            deny_warnings,
        } => generate(
            &style,
            input,
            output,
            Mode::Check,
            base.as_deref(),
            *deny_warnings,
        ),
        Command::Import {
            rust_source,
            enum_name,
        } => {
            let input = Input {
                registry: PathBuf::from("registry.yaml"),
                rust_source: Some(rust_source.clone()),
                enum_name: enum_name.clone(),
            };
            write_source(&style, &input, SourceFormat::Yaml)
        }
        Command::Export { input, .. } => write_source(&style, input, SourceFormat::Rust),
    }
}

/// How to print.
struct Style {
    format: Format,
    color: bool,
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
    fn new(input: &Input, base: Option<&str>) -> Result<Checked, String> {
        let loaded = load::load(input)?;
        let compared = match (base, &loaded.valid) {
            (Some(spec), Some((registry, _))) => {
                let base = load::base(spec, input)?;
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

    fn findings<'a>(&'a self, files: &'a [Entry], out_dir: &'a str) -> Findings<'a> {
        Findings {
            source: Some(&self.loaded.source),
            base: self.compared.as_ref().map(|(source, _)| source),
            changes: self
                .compared
                .as_ref()
                .map(|(_, comparison)| &comparison.changes),
            diagnostics: &self.diagnostics,
            files,
            out_dir,
        }
    }
}

/// Where generated files go: every package under a folder, one target's source file, or the
/// Markdown index injected into a hand-written page.
struct Destination {
    /// The folder the writer works in.
    dir: PathBuf,
    /// The folder as shown to the user.
    shown: String,
    /// The one target, if only one.
    target: Option<Target>,
    /// The file name within `dir`, with a target.
    file_name: String,
    /// The hand-written page, as given, that gets only the index between its markers.
    inject: Option<PathBuf>,
}

impl Destination {
    fn new(output: &Output) -> Result<Self, String> {
        let file = match (output.target, &output.out, &output.inject) {
            (Some(TargetArg::Markdown), None, Some(page)) => page,
            (Some(_), None, Some(_)) => {
                return Err("--inject works with --target markdown only".to_owned());
            }
            (Some(_), Some(file), _) => file,
            (_, out, _) => {
                let dir = out.clone().unwrap_or_else(|| PathBuf::from("generated"));
                return Ok(Destination {
                    shown: dir.display().to_string(),
                    dir,
                    target: None,
                    file_name: String::new(),
                    inject: None,
                });
            }
        };
        let target = output.target.map(target_of);
        let parent = |file: &Path| {
            file.parent()
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(Path::new("."))
                .to_owned()
        };
        let shown = parent(file).display().to_string();
        // A symlinked page is written where it points, so the link stays a link.
        let resolved = match &output.inject {
            Some(page) => std::fs::canonicalize(page).unwrap_or_else(|_| page.clone()),
            None => file.clone(),
        };
        let file = &resolved;
        Ok(Destination {
            dir: parent(file),
            shown,
            target,
            file_name: file
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            inject: output.inject.clone(),
        })
    }

    /// The files to write or compare, and what to do about leftovers; an error message when
    /// an `--inject` page cannot be read or has no single region.
    fn plan(&self, view: &View) -> Result<(Vec<Planned>, Leftovers<'static>), String> {
        let internal = |e: errcodes_emit::EmitError| format!("internal error: {e}");
        if let Some(path) = &self.inject {
            let region = errcodes_emit::markdown_region(view).map_err(internal)?;
            let page = read_page(path)?;
            let contents = errcodes_writer::inject::splice(&page, &region).map_err(|e| match e
                .position()
            {
                Some((line, column)) => format!("{}:{line}:{column}: {e}", path.display()),
                None => format!("{}: {e}", path.display()),
            })?;
            let planned = Planned {
                path: self.file_name.clone(),
                contents,
            };
            return Ok((vec![planned], Leftovers::Ignore));
        }
        match self.target {
            Some(target) => {
                let file = errcodes_emit::source(target, view).map_err(internal)?;
                let planned = Planned {
                    path: self.file_name.clone(),
                    contents: file.contents,
                };
                Ok((vec![planned], Leftovers::Ignore))
            }
            None => {
                let files = errcodes_emit::emit_all(view).map_err(internal)?;
                let planned = files.into_iter().map(|f| Planned {
                    path: f.path,
                    contents: f.contents,
                });
                Ok((
                    planned.collect(),
                    Leftovers::Marked(errcodes_emit::GENERATED_MARKER),
                ))
            }
        }
    }
}

/// The hand-written page of `--inject`, which must exist, be writable and be UTF-8: it is
/// rewritten around its region, so a lossy read would lose what the user wrote.
fn read_page(path: &Path) -> Result<String, String> {
    let bytes = std::fs::read(path).map_err(|e| {
        format!(
            "could not read the page to inject into {}: {e}",
            path.display()
        )
    })?;
    if std::fs::metadata(path).is_ok_and(|m| m.permissions().readonly()) {
        return Err(format!(
            "{}: the page is read-only; it was left as it is",
            path.display()
        ));
    }
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "{}: the page is not UTF-8 (byte {}); it was left as it is",
            path.display(),
            e.utf8_error().valid_up_to()
        )
    })
}

fn target_of(target: TargetArg) -> Target {
    match target {
        TargetArg::Rust => Target::Rust,
        TargetArg::Typescript => Target::TypeScript,
        TargetArg::Python => Target::Python,
        TargetArg::Markdown => Target::Markdown,
        TargetArg::Html => Target::Html,
    }
}

/// `validate` and `diff`: check (and compare), report.
fn report(style: &Style, input: &Input, base: Option<&str>, deny_warnings: bool) -> Exit {
    let checked = match Checked::new(input, base) {
        Ok(checked) => checked,
        Err(message) => return fail(&message),
    };
    let findings = checked.findings(&[], "");
    print_findings(style, &findings);
    let exit = verdict(&findings, deny_warnings);
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

/// `gen` and `check`: check (and compare, with a base), render, write or compare with the disk.
fn generate(
    style: &Style,
    input: &Input,
    output: &Output,
    mode: Mode,
    base: Option<&str>,
    deny_warnings: bool,
) -> Exit {
    let checked = match Checked::new(input, base) {
        Ok(checked) => checked,
        Err(message) => return fail(&message),
    };
    let destination = match Destination::new(output) {
        Ok(destination) => destination,
        Err(message) => return fail(&message),
    };
    let fix = fix_command(input, Some(output));
    let Some((_, view)) = &checked.loaded.valid else {
        let findings = checked.findings(&[], &destination.shown);
        print_findings(style, &findings);
        summary(style, &findings, Exit::Problems, "", &fix);
        return Exit::Problems;
    };
    let (planned, leftovers) = match destination.plan(view) {
        Ok(plan) => plan,
        Err(message) => return fail(&message),
    };
    let entries = match errcodes_writer::sync(&destination.dir, &planned, leftovers, mode) {
        Ok(entries) => entries,
        Err(error) => return fail(&error.to_string()),
    };
    let compared: &[Entry] = if mode == Mode::Check { &entries } else { &[] };
    let findings = checked.findings(compared, &destination.shown);
    print_findings(style, &findings);
    if mode == Mode::Write {
        written(style, &entries, &destination.shown);
        return Exit::Ok;
    }
    let exit = verdict(&findings, deny_warnings);
    let owned: Vec<&Entry> = entries
        .iter()
        .filter(|e| e.state != State::Foreign)
        .collect();
    let mut ok = match owned.as_slice() {
        [one] => format!("{}/{} is current", destination.shown, one.path),
        all => format!("{} files in {} are current", all.len(), destination.shown),
    };
    if let Some((_, comparison)) = &checked.compared {
        ok.push_str(&format!(
            "; no breaking change against {}",
            comparison.changes.base_name
        ));
    }
    summary(style, &findings, exit, &ok, &fix);
    exit
}

/// Prints the registry as a source of the other kind, on stdout; diagnostics as ever.
fn write_source(style: &Style, input: &Input, format: SourceFormat) -> Exit {
    let loaded = match load::load(input) {
        Ok(loaded) => loaded,
        Err(message) => return fail(&message),
    };
    let findings = Findings {
        source: Some(&loaded.source),
        base: None,
        changes: None,
        diagnostics: &loaded.diagnostics,
        files: &[],
        out_dir: "",
    };
    print_findings(style, &findings);
    let Some((registry, _)) = &loaded.valid else {
        summary(style, &findings, Exit::Problems, "", "");
        return Exit::Problems;
    };
    let view = errcodes_view::SourceView::new(registry);
    let text = match format {
        SourceFormat::Yaml => errcodes_emit::registry_yaml(&view),
        SourceFormat::Rust => errcodes_emit::rust_enum(&view),
    };
    match text {
        Ok(text) => {
            print(&Rendered {
                stdout: text,
                stderr: String::new(),
            });
            Exit::Ok
        }
        Err(error) => fail(&format!("internal error: {error}")),
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
        style.color,
    ));
}

/// The closing line for people; machine formats carry the same facts in their own shape.
/// `fix` is the command that regenerates, for commands that generate (empty for the others).
fn summary(style: &Style, findings: &Findings<'_>, exit: Exit, ok: &str, fix: &str) {
    if style.format != Format::Human {
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
        _ if errors > 0 => format!(
            "error: {errors} breaking {} against the base: undo {}, or accept {} with an `allow_breaking` entry and its reason\n",
            plural(errors, "change"),
            if errors == 1 { "it" } else { "them" },
            if errors == 1 { "it" } else { "each" },
        ),
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

fn written(style: &Style, entries: &[Entry], dir: &str) {
    if style.format != Format::Human {
        return;
    }
    let mut text = String::new();
    for entry in entries {
        let verb = match entry.state {
            State::Current => continue,
            State::Foreign => {
                text.push_str(&format!(
                    "note: {dir}/{} is not written by errcodes; left alone\n",
                    entry.path
                ));
                continue;
            }
            State::Missing => "created",
            State::Stale { .. } => "updated",
            State::Unexpected => "removed",
        };
        text.push_str(&format!("{verb} {dir}/{}\n", entry.path));
    }
    let entries: Vec<&Entry> = entries
        .iter()
        .filter(|e| e.state != State::Foreign)
        .collect();
    let changed = entries.iter().filter(|e| e.state != State::Current).count();
    text.push_str(&format!(
        "{} {} in {dir}: {changed} changed, {} already current\n",
        entries.len(),
        plural(entries.len(), "file"),
        entries.len() - changed
    ));
    print(&Rendered {
        stdout: String::new(),
        stderr: text,
    });
}

/// The command that regenerates with the same inputs.
fn fix_command(input: &Input, output: Option<&Output>) -> String {
    let mut command = String::from("errcodes gen");
    if let Some(source) = &input.rust_source {
        command.push_str(&format!(" --rust-source {}", source.display()));
        if let Some(name) = &input.enum_name {
            command.push_str(&format!(" --enum {name}"));
        }
    } else if input.registry != Path::new("registry.yaml") {
        command.push_str(&format!(" --registry {}", input.registry.display()));
    }
    if let Some(target) = output
        .and_then(|o| o.target)
        .and_then(|t| t.to_possible_value())
    {
        command.push_str(&format!(" --target {}", target.get_name()));
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

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        word.to_owned()
    } else {
        format!("{word}s")
    }
}

/// Could not run: say why, exit 2.
fn fail(message: &str) -> Exit {
    print(&Rendered {
        stdout: String::new(),
        stderr: format!("error: {message}\n"),
    });
    Exit::Failed
}

fn print(rendered: &Rendered) {
    let _ = std::io::stdout()
        .lock()
        .write_all(rendered.stdout.as_bytes());
    let _ = std::io::stderr()
        .lock()
        .write_all(rendered.stderr.as_bytes());
}
