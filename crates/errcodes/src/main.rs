//! The `errcodes` binary: parses the command line and hands over to [`run`]. All it adds is
//! the process exit code, decided in one place ([`exit::Exit`]).

mod args;
mod config;
mod exit;
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
    let args = args::Args::parse();
    let worker = std::thread::Builder::new()
        .stack_size(STACK)
        .spawn(move || run::run(&args));
    match worker.map(std::thread::JoinHandle::join) {
        Ok(Ok(exit)) => exit.code(),
        _ => exit::Exit::Failed.code(),
    }
}
