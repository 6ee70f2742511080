//! The command line, as clap reads it: every command's help, with its examples and the exit
//! statuses that apply to it (each block is written to fit 80 columns; clap wraps the rest to
//! the terminal).

use std::path::PathBuf;

use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{Parser, Subcommand, ValueEnum};
use errcodes_targets::Target;

const EXIT_CODES: &str = "\
Exit status:
  0  success
  1  problems found: an invalid registry, stale or missing generated files, a
     breaking change, or warnings under --deny-warnings
  2  could not run: bad usage, an invalid errcodes.toml or a flag that
     contradicts it, an unreadable registry, an unwritable output
Each command's --help lists the statuses it can end with.";

const INIT_HELP: &str = "\
Examples:
  errcodes init
      the backend: registry.yaml here, every package under generated/
  errcodes init --git https://github.com/turing/backend.git --rev v2.4.0 \\
                --target typescript --out src/errors.ts
      an SDK that vendors one file of a registry kept elsewhere

Exit status:
  0  the files were written
  2  errcodes.toml already exists (nothing is overwritten), or the --git
     registry cannot be read";

const GEN_HELP: &str = "\
Examples:
  errcodes gen
      every output errcodes.toml lists (without one, every package under
      generated/)
  errcodes gen --target typescript --out src/errors.ts
      one target's source file
  errcodes gen --inject docs/errors.md
      the Markdown index, between the markers of a hand-written page

Exit status:
  0  the registry is valid; every changed file was written
  1  the registry is invalid: nothing was written
  2  could not run: bad usage, an invalid errcodes.toml or a flag that
     contradicts it, an unreadable registry, an unwritable output, a file in
     the way that errcodes did not write, an --inject page without exactly one
     begin and one end marker";

const CHECK_HELP: &str = "\
Examples:
  errcodes check
      fail on a stale file, with a summary per file and a short diff
  errcodes check --diff full
      every line of every diff
  errcodes check --base origin/main --format github
      in CI: the compatibility gate too, as pull-request annotations

Exit status:
  0  the registry is valid and every generated file is current
  1  problems found: an invalid registry; a missing, stale or left-over
     generated file; a breaking change against --base; or warnings under
     --deny-warnings
  2  could not run: bad usage, an invalid errcodes.toml or a flag that
     contradicts it, an unreadable registry or base, an --inject page without
     exactly one begin and one end marker";

const DIFF_HELP: &str = "\
Examples:
  errcodes diff --base origin/main
      every change since the main branch
  errcodes diff --base HEAD~1 --format markdown > changes.md
      a summary for a pull-request comment
  errcodes diff --base old/registry.yaml
      against a file

Exit status:
  0  no breaking change against the base
  1  a breaking change, an invalid registry, or warnings under --deny-warnings
  2  could not run: bad usage, an invalid errcodes.toml, an unreadable
     registry, a base that is neither a file nor a git revision, or a base
     that does not parse";

const VALIDATE_HELP: &str = "\
Examples:
  errcodes validate
  errcodes validate --rust-source src/error_code.rs --deny-warnings

Exit status:
  0  the registry is valid (warnings allowed)
  1  the registry is invalid, or has warnings under --deny-warnings
  2  could not run: bad usage, an invalid errcodes.toml, an unreadable
     registry";

const IMPORT_HELP: &str = "\
Examples:
  errcodes import --rust-source src/error_code.rs > registry.yaml

With --format json, the YAML is the document's `output` string.

Exit status:
  0  the enum is valid and its registry.yaml was printed
  1  the enum is invalid: its problems are reported and nothing is printed
  2  could not run: bad usage or an unreadable file";

const EXPORT_HELP: &str = "\
Examples:
  errcodes export --to-rust > src/error_code.rs
  errcodes validate --rust-source src/error_code.rs
      reads it back

With --format json, the Rust source is the document's `output` string.

Exit status:
  0  the registry is valid and its enum was printed
  1  the registry is invalid: its problems are reported and nothing is printed
  2  could not run: bad usage, an invalid errcodes.toml, an unreadable
     registry";

const COMPLETIONS_HELP: &str = "\
Examples:
  errcodes completions bash > /etc/bash_completion.d/errcodes
  errcodes completions zsh > ~/.zfunc/_errcodes
      with `fpath+=~/.zfunc` before `compinit` in ~/.zshrc
  errcodes completions fish > ~/.config/fish/completions/errcodes.fish

Exit status:
  0  the script was printed
  2  bad usage";

const MAN_HELP: &str = "\
Examples:
  errcodes man > errcodes.1 && man ./errcodes.1
  errcodes man check > errcodes-check.1

Exit status:
  0  the page was printed
  2  bad usage, or no such command";

/// Keeps a platform's error codes in one registry and generates Rust, TypeScript, Python,
/// Markdown and HTML from it.
#[derive(Debug, Parser)]
#[command(name = "errcodes", version, after_help = EXIT_CODES, propagate_version = true)]
pub(crate) struct Args {
    #[command(subcommand)]
    pub(crate) command: Command,
    /// When to color human output.
    #[arg(long, value_enum, default_value_t = Color::Auto, global = true)]
    pub(crate) color: Color,
    /// Output format: human (rustc-style), json (exactly one document on stdout, with `ok`
    /// true when the exit status is 0; `output` holds what import, export, completions and
    /// man print, `error` why a command could not run), github (workflow annotations),
    /// markdown (a change summary and the problems, for a pull-request comment).
    #[arg(long, value_enum, default_value_t = FormatArg::Human, global = true)]
    pub(crate) format: FormatArg,
    /// Print only problems: no closing summary, no list of written files.
    #[arg(short, long, global = true)]
    pub(crate) quiet: bool,
    /// Read this errcodes.toml instead of searching for one from the current folder upward.
    #[arg(long, value_name = "PATH", global = true, conflicts_with = "no_config")]
    pub(crate) config: Option<PathBuf>,
    /// Ignore any errcodes.toml: only the flags (and their defaults) count.
    #[arg(long, global = true)]
    pub(crate) no_config: bool,
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Write a commented errcodes.toml in the current folder, and a starter registry.yaml when
    /// the folder holds none and no --git is given.
    #[command(after_help = INIT_HELP)]
    Init {
        #[command(flatten)]
        registry: InitRegistry,
        #[command(flatten)]
        output: Output,
    },
    /// Validate the registry and write every generated file whose content changed.
    #[command(after_help = GEN_HELP, mut_arg("inject", |arg| arg.help(GEN_INJECT)))]
    Gen {
        #[command(flatten)]
        input: Input,
        #[command(flatten)]
        output: Output,
    },
    /// Validate the registry and fail if any generated file is missing, stale or left over;
    /// never writes.
    #[command(after_help = CHECK_HELP, mut_arg("inject", |arg| arg.help(CHECK_INJECT)))]
    Check {
        #[command(flatten)]
        input: Input,
        #[command(flatten)]
        output: Output,
        /// Also run the compatibility gate against this base (a file, or a git revision such as
        /// `origin/main`).
        #[arg(long, value_name = "REF_OR_PATH")]
        base: Option<String>,
        /// Fail on warnings too.
        #[arg(long)]
        deny_warnings: bool,
        /// How much of each stale file's diff to print (human output; JSON always holds every
        /// line).
        #[arg(long, value_enum, value_name = "HOW", default_value_t = DiffArg::Short)]
        diff: DiffArg,
    },
    /// Compare the registry with a base and report every change, failing on breaking ones.
    #[command(after_help = DIFF_HELP)]
    Diff {
        #[command(flatten)]
        input: Input,
        /// The earlier registry: a file, or a git revision (`origin/main`, `HEAD~1`) at which the
        /// registry's path is read through git.
        #[arg(long, value_name = "REF_OR_PATH")]
        base: String,
        /// Fail on warnings too.
        #[arg(long)]
        deny_warnings: bool,
    },
    /// Print the registry read from an annotated Rust enum as `registry.yaml`.
    #[command(after_help = IMPORT_HELP)]
    Import {
        /// The Rust file holding the enum.
        #[arg(long, value_name = "PATH")]
        rust_source: PathBuf,
        /// The enum to read (default: the only enum deriving `ErrorCode`).
        #[arg(long = "enum", value_name = "NAME")]
        enum_name: Option<String>,
    },
    /// Print the registry as an enum annotated for `#[derive(ErrorCode)]`.
    #[command(after_help = EXPORT_HELP)]
    Export {
        #[command(flatten)]
        input: Input,
        /// Print Rust (the only format so far; required so that others can follow).
        #[arg(long, required = true)]
        to_rust: bool,
    },
    /// Validate the registry only.
    #[command(after_help = VALIDATE_HELP)]
    Validate {
        #[command(flatten)]
        input: Input,
        /// Fail on warnings too.
        #[arg(long)]
        deny_warnings: bool,
    },
    /// Print the completion script for a shell.
    #[command(after_help = COMPLETIONS_HELP)]
    Completions {
        /// The shell to complete in.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), of errcodes or of one of its commands.
    #[command(after_help = MAN_HELP)]
    Man {
        /// The command whose page to print (default: errcodes itself, which lists them all).
        #[arg(value_name = "COMMAND")]
        command: Option<String>,
    },
}

/// `--inject` as `gen` uses it.
const GEN_INJECT: &str = "The hand-written page whose region between `<!-- errcodes:begin -->` and \
`<!-- errcodes:end -->` gets the Markdown index (implies --target markdown); every byte \
around the region is kept";

/// `--inject` as `check` uses it: `check` never writes.
const CHECK_INJECT: &str = "The hand-written page whose region between `<!-- errcodes:begin -->` and \
`<!-- errcodes:end -->` must hold the current Markdown index (implies --target markdown); \
nothing is written";

/// Where `init` says the registry comes from: by default `registry.yaml` beside the config.
#[derive(Debug, clap::Args)]
pub(crate) struct InitRegistry {
    /// Read the registry from this git repository (a URL or a local path); `init` reads it
    /// once to prove the revision and the file are there.
    #[arg(long, value_name = "URL", requires = "rev")]
    pub(crate) git: Option<String>,
    /// With --git: the tag or commit to pin.
    #[arg(long, value_name = "TAG_OR_COMMIT", requires = "git")]
    pub(crate) rev: Option<String>,
    /// With --git: the registry's path in that repository.
    #[arg(
        long,
        value_name = "PATH",
        requires = "git",
        default_value = "registry.yaml"
    )]
    pub(crate) path: String,
}

#[derive(Debug, clap::Args)]
pub(crate) struct Input {
    /// The registry to read (default: errcodes.toml's, else registry.yaml).
    #[arg(long, value_name = "PATH")]
    pub(crate) registry: Option<PathBuf>,
    /// Read the registry from a Rust enum annotated with `#[error_code(...)]` instead.
    #[arg(long, value_name = "PATH", conflicts_with = "registry")]
    pub(crate) rust_source: Option<PathBuf>,
    /// The enum to read from `--rust-source` (default: the only enum deriving `ErrorCode`).
    #[arg(long = "enum", value_name = "NAME", requires = "rust_source")]
    pub(crate) enum_name: Option<String>,
}

#[derive(Debug, clap::Args)]
#[group(id = "output")]
pub(crate) struct Output {
    /// Only this target's source file, at the file `--out` names; without it, every target's
    /// package goes under the folder `--out` names. With an errcodes.toml, the flags pick one
    /// of its outputs.
    #[arg(long, value_parser = target_parser(), requires = "destination")]
    pub(crate) target: Option<Target>,
    /// The output folder (default: errcodes.toml's outputs, else `generated`), or with
    /// `--target` the output file.
    #[arg(long, group = "destination")]
    pub(crate) out: Option<PathBuf>,
    /// The hand-written page whose region between `<!-- errcodes:begin -->` and
    /// `<!-- errcodes:end -->` holds the Markdown index (implies --target markdown).
    #[arg(long, value_name = "PAGE", group = "destination")]
    pub(crate) inject: Option<PathBuf>,
}

/// `--target`'s values: every target's id, from the one list of targets.
fn target_parser() -> impl TypedValueParser<Value = Target> {
    PossibleValuesParser::new(Target::ids())
        .try_map(|id| Target::from_id(&id).ok_or("not a target"))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Color {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum FormatArg {
    Human,
    Json,
    Github,
    Markdown,
}

/// `check --diff`: how much of the diffs to print.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum DiffArg {
    /// A summary per file, then the first lines of each diff, up to a bound.
    Short,
    /// A summary per file, then every line of every diff.
    Full,
    /// Only the summary per file.
    Stat,
}
