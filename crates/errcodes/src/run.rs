//! The commands: read, check, render, write or compare, report. Glue between the pipeline's
//! crates; every exit status comes from here through [`Exit`].

use std::io::{IsTerminal, Write};
use std::path::Path;

use errcodes_model::{Diagnostic, Severity, SourceFile};
use errcodes_report::{Findings, Format, Rendered};
use errcodes_view::View;
use errcodes_writer::{Entry, Mode, Planned, State};

use crate::args::{Args, Color, Command, FormatArg};
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
    let out = Output { format, color };
    match &args.command {
        Command::Validate {
            input,
            deny_warnings,
        } => validate(&out, &input.registry, *deny_warnings),
        Command::Gen { input, out: dir } => {
            generate(&out, &input.registry, dir, Mode::Write, false)
        }
        Command::Check {
            input,
            out: dir,
            deny_warnings,
        } => generate(&out, &input.registry, dir, Mode::Check, *deny_warnings),
    }
}

struct Output {
    format: Format,
    color: bool,
}

/// A registry read and checked.
struct Loaded {
    source: SourceFile,
    diagnostics: Vec<Diagnostic>,
    view: Option<View>,
}

fn validate(out: &Output, registry: &Path, deny_warnings: bool) -> Exit {
    let loaded = match load(registry) {
        Ok(loaded) => loaded,
        Err(message) => return fail(&message),
    };
    let findings = findings(&loaded, &[], "");
    emit(out, &findings);
    let exit = verdict(&findings, deny_warnings);
    summary(
        out,
        &findings,
        exit,
        "the registry is valid",
        &fix_command(registry, None),
    );
    exit
}

fn generate(out: &Output, registry: &Path, dir: &Path, mode: Mode, deny_warnings: bool) -> Exit {
    let loaded = match load(registry) {
        Ok(loaded) => loaded,
        Err(message) => return fail(&message),
    };
    let dir_name = dir.display().to_string();
    let Some(view) = &loaded.view else {
        let findings = findings(&loaded, &[], &dir_name);
        emit(out, &findings);
        summary(
            out,
            &findings,
            Exit::Problems,
            "",
            &fix_command(registry, None),
        );
        return Exit::Problems;
    };
    let files = match errcodes_emit::emit_all(view) {
        Ok(files) => files,
        Err(error) => return fail(&format!("internal error: {error}")),
    };
    let planned: Vec<Planned> = files
        .into_iter()
        .map(|f| Planned {
            path: f.path,
            contents: f.contents,
        })
        .collect();
    let entries = match errcodes_writer::sync(dir, &planned, errcodes_emit::GENERATED_MARKER, mode)
    {
        Ok(entries) => entries,
        Err(error) => return fail(&error.to_string()),
    };
    let findings = findings(
        &loaded,
        if mode == Mode::Check { &entries } else { &[] },
        &dir_name,
    );
    emit(out, &findings);
    if mode == Mode::Write {
        written(out, &entries, &dir_name);
        return Exit::Ok;
    }
    let exit = verdict(&findings, deny_warnings);
    let fix = fix_command(registry, Some(dir));
    summary(
        out,
        &findings,
        exit,
        &format!("{} files in {dir_name} are current", entries.len()),
        &fix,
    );
    exit
}

/// Reads and checks the registry; a view only when nothing is wrong.
fn load(path: &Path) -> Result<Loaded, String> {
    let bytes = std::fs::read(path)
        .map_err(|e| format!("could not read the registry {}: {e}", path.display()))?;
    let (source, parsed) = errcodes_yaml::parse_bytes(&path.display().to_string(), &bytes);
    let mut diagnostics = parsed.diagnostics;
    let mut view = None;
    if let Some(registry) = parsed.registry {
        diagnostics.extend(errcodes_check::check(&registry));
        errcodes_check::sort(&mut diagnostics);
        if !diagnostics.iter().any(|d| d.severity == Severity::Error) {
            view = Some(View::new(&registry).map_err(|e| format!("internal error: {e}"))?);
        }
    }
    Ok(Loaded {
        source,
        diagnostics,
        view,
    })
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

fn emit(out: &Output, findings: &Findings<'_>) {
    print(&errcodes_report::render(out.format, findings, out.color));
}

/// The closing line for people; machine formats carry the same facts in their own shape.
fn summary(out: &Output, findings: &Findings<'_>, exit: Exit, ok: &str, fix: &str) {
    if out.format != Format::Human {
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
        _ => {
            format!(
                "error: {warnings} {} denied by --deny-warnings\n",
                plural(warnings, "warning")
            )
        }
    };
    print(&Rendered {
        stdout: String::new(),
        stderr: line,
    });
}

fn written(out: &Output, entries: &[Entry], dir: &str) {
    if out.format != Format::Human {
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
fn fix_command(registry: &Path, dir: Option<&Path>) -> String {
    let mut command = String::from("errcodes gen");
    if registry != Path::new("registry.yaml") {
        command.push_str(&format!(" --registry {}", registry.display()));
    }
    if let Some(dir) = dir.filter(|d| *d != Path::new("generated")) {
        command.push_str(&format!(" --out {}", dir.display()));
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
