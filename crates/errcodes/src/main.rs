//! The `errcodes` binary: parses the command line and hands over to [`run`]. All it adds is
//! the process exit code, decided in one place ([`exit::Exit`]), and a usage error as the
//! one JSON document when `--format json` was asked for.

mod args;
mod config;
mod exit;
mod help;
mod init;
mod load;
mod outputs;
mod paths;
mod remote;
mod run;
mod settings;

use clap::Parser;

/// The stack the commands run on: the front-ends' parsers recurse per nesting level, which the
/// documented limits bound; this leaves them a wide margin on every platform.
const STACK: usize = 64 << 20;

fn main() -> std::process::ExitCode {
    let args = match args::Args::try_parse() {
        Ok(args) => args,
        Err(error) => return usage(&error),
    };
    let worker = std::thread::Builder::new()
        .stack_size(STACK)
        .spawn(move || run::run(&args));
    match worker.map(std::thread::JoinHandle::join) {
        Ok(Ok(exit)) => exit.code(),
        _ => exit::Exit::Failed.code(),
    }
}

/// A command line clap refused, or `--help` and `--version`, which clap prints and which exit
/// 0. A refusal exits 2, with clap's message on stderr and, under `--format json`, the one
/// document on stdout.
fn usage(error: &clap::Error) -> std::process::ExitCode {
    let _ = error.print();
    if !error.use_stderr() {
        return exit::Exit::Ok.code();
    }
    // The line did not parse, so the format is looked for as written: `--format json` or
    // `--format=json`, wherever it stands.
    let words: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let json = words.iter().any(|w| w == "--format=json")
        || words
            .windows(2)
            .any(|w| w[0] == "--format" && w[1] == "json");
    if json {
        let text = error.render().to_string();
        let message = text.strip_prefix("error: ").unwrap_or(&text).trim_end();
        let rendered = errcodes_report::render_failure(errcodes_report::Format::Json, message);
        print!("{}", rendered.stdout);
    }
    exit::Exit::Failed.code()
}
