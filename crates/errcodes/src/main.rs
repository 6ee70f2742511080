//! The `errcodes` binary: parses the command line and hands over to [`run`]. All it adds is
//! the process exit code, decided in one place ([`exit::Exit`]).

mod args;
mod exit;
mod load;
mod run;

use clap::Parser;

fn main() -> std::process::ExitCode {
    let args = args::Args::parse();
    run::run(&args).code()
}
