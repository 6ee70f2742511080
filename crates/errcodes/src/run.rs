//! The commands: read, check, render, write or compare, report. Glue between the pipeline's
//! crates; every exit status comes from here through [`Exit`].

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use errcodes_model::{Diagnostic, Registry, Severity, SourceFile, Target};
use errcodes_report::{Findings, Format, Rendered};
use errcodes_view::View;
use errcodes_writer::{Entry, Leftovers, Mode, Planned, State};

use clap::ValueEnum;

use crate::args::{Args, Color, Command, FormatArg, Input, Output, TargetArg};
use crate::exit::Exit;

/// Runs the parsed command line.
pub(crate) fn run(args: &Args) -> Exit {
    let format = match args.format {
        FormatArg::Human => Format::Human,
        FormatArg::Json => Format::Json,
        FormatArg::Github => Format::Github,
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
        } => validate(&style, input, *deny_warnings),
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
        Command::Gen { input, output } => generate(&style, input, output, Mode::Write, false),
        Command::Check {
            input,
            output,
            deny_warnings,
        } => generate(&style, input, output, Mode::Check, *deny_warnings),
    }
}

/// How to print.
struct Style {
    format: Format,
    color: bool,
}

/// A registry read and checked.
struct Loaded {
    source: SourceFile,
    diagnostics: Vec<Diagnostic>,
    /// The registry and its view, when nothing is wrong.
    valid: Option<(Registry, View)>,
}

/// What `import` and `export` write.
enum SourceFormat {
    Yaml,
    Rust,
}

/// Where generated files go: every package under a folder, or one target's source file.
struct Destination {
    /// The folder the writer works in.
    dir: PathBuf,
    /// The folder as shown to the user.
    shown: String,
    /// The one target, if only one.
    target: Option<Target>,
    /// The file name within `dir`, with a target.
    file_name: String,
}

impl Destination {
    fn new(output: &Output) -> Self {
        match (output.target, &output.out) {
            (Some(target), Some(file)) => {
                let dir = file
                    .parent()
                    .filter(|p| !p.as_os_str().is_empty())
                    .unwrap_or(Path::new("."));
                Destination {
                    dir: dir.to_owned(),
                    shown: dir.display().to_string(),
                    target: Some(target_of(target)),
                    file_name: file
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default(),
                }
            }
            (_, out) => {
                let dir = out.clone().unwrap_or_else(|| PathBuf::from("generated"));
                Destination {
                    shown: dir.display().to_string(),
                    dir,
                    target: None,
                    file_name: String::new(),
                }
            }
        }
    }

    /// The files to write or compare, and what to do about leftovers.
    fn plan(
        &self,
        view: &View,
    ) -> Result<(Vec<Planned>, Leftovers<'static>), errcodes_emit::EmitError> {
        match self.target {
            Some(target) => {
                let file = errcodes_emit::source(target, view)?;
                let planned = Planned {
                    path: self.file_name.clone(),
                    contents: file.contents,
                };
                Ok((vec![planned], Leftovers::Ignore))
            }
            None => {
                let files = errcodes_emit::emit_all(view)?;
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

fn target_of(target: TargetArg) -> Target {
    match target {
        TargetArg::Rust => Target::Rust,
        TargetArg::Typescript => Target::TypeScript,
        TargetArg::Python => Target::Python,
        TargetArg::Markdown => Target::Markdown,
    }
}

fn validate(style: &Style, input: &Input, deny_warnings: bool) -> Exit {
    let loaded = match load(input) {
        Ok(loaded) => loaded,
        Err(message) => return fail(&message),
    };
    let findings = findings(&loaded, &[], "");
    print_findings(style, &findings);
    let exit = verdict(&findings, deny_warnings);
    summary(
        style,
        &findings,
        exit,
        "the registry is valid",
        &fix_command(input, None),
    );
    exit
}

fn generate(
    style: &Style,
    input: &Input,
    output: &Output,
    mode: Mode,
    deny_warnings: bool,
) -> Exit {
    let loaded = match load(input) {
        Ok(loaded) => loaded,
        Err(message) => return fail(&message),
    };
    let destination = Destination::new(output);
    let fix = fix_command(input, Some(output));
    let Some((_, view)) = &loaded.valid else {
        let findings = findings(&loaded, &[], &destination.shown);
        print_findings(style, &findings);
        summary(style, &findings, Exit::Problems, "", &fix);
        return Exit::Problems;
    };
    let (planned, leftovers) = match destination.plan(view) {
        Ok(plan) => plan,
        Err(error) => return fail(&format!("internal error: {error}")),
    };
    let entries = match errcodes_writer::sync(&destination.dir, &planned, leftovers, mode) {
        Ok(entries) => entries,
        Err(error) => return fail(&error.to_string()),
    };
    let compared: &[Entry] = if mode == Mode::Check { &entries } else { &[] };
    let findings = findings(&loaded, compared, &destination.shown);
    print_findings(style, &findings);
    if mode == Mode::Write {
        written(style, &entries, &destination.shown);
        return Exit::Ok;
    }
    let exit = verdict(&findings, deny_warnings);
    let ok = match entries.len() {
        1 => format!("{}/{} is current", destination.shown, entries[0].path),
        n => format!("{n} files in {} are current", destination.shown),
    };
    summary(style, &findings, exit, &ok, &fix);
    exit
}

/// Reads and checks the registry, from YAML or Rust source; a view only when nothing is wrong.
fn load(input: &Input) -> Result<Loaded, String> {
    let path = input.rust_source.as_ref().unwrap_or(&input.registry);
    let bytes = std::fs::read(path)
        .map_err(|e| format!("could not read the registry {}: {e}", path.display()))?;
    let name = path.display().to_string();
    let (source, parsed) = match &input.rust_source {
        Some(_) => errcodes_rust_source::parse_bytes(&name, &bytes, input.enum_name.as_deref()),
        None => errcodes_yaml::parse_bytes(&name, &bytes),
    };
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

/// Prints the registry as a source of the other kind, on stdout; diagnostics as ever.
fn write_source(style: &Style, input: &Input, format: SourceFormat) -> Exit {
    let loaded = match load(input) {
        Ok(loaded) => loaded,
        Err(message) => return fail(&message),
    };
    let findings = findings(&loaded, &[], "");
    print_findings(style, &findings);
    let Some((registry, _)) = &loaded.valid else {
        summary(
            style,
            &findings,
            Exit::Problems,
            "",
            &fix_command(input, None),
        );
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

fn findings<'a>(loaded: &'a Loaded, files: &'a [Entry], out_dir: &'a str) -> Findings<'a> {
    Findings {
        source: Some(&loaded.source),
        diagnostics: &loaded.diagnostics,
        files,
        out_dir,
    }
}

fn verdict(findings: &Findings<'_>, deny_warnings: bool) -> Exit {
    let drift = findings.files.iter().any(|f| f.state != State::Current);
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
fn summary(style: &Style, findings: &Findings<'_>, exit: Exit, ok: &str, fix: &str) {
    if style.format != Format::Human {
        return;
    }
    let errors = findings.count(Severity::Error);
    let warnings = findings.count(Severity::Warning);
    let drifted = findings
        .files
        .iter()
        .filter(|f| f.state != State::Current)
        .count();
    let line = match exit {
        Exit::Ok if warnings > 0 => format!("{ok} ({warnings} {})\n", plural(warnings, "warning")),
        Exit::Ok => format!("{ok}\n"),
        _ if errors > 0 => format!(
            "error: the registry has {errors} {} and {warnings} {}: nothing was generated\n",
            plural(errors, "error"),
            plural(warnings, "warning")
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
            State::Missing => "created",
            State::Stale { .. } => "updated",
            State::Unexpected => "removed",
        };
        text.push_str(&format!("{verb} {dir}/{}\n", entry.path));
    }
    let changed = entries.iter().filter(|e| e.state != State::Current).count();
    text.push_str(&format!(
        "{} files in {dir}: {changed} changed, {} already current\n",
        entries.len(),
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
