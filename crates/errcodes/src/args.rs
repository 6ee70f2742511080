//! The command line, as clap reads it.

use std::path::PathBuf;

use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{Parser, Subcommand, ValueEnum};
use errcodes_targets::Target;

const EXIT_CODES: &str = "\
Exit status:
  0  success: the registry is valid and, for check, every generated file is current
  1  problems found: an invalid registry, stale or missing generated files,
     or warnings under --deny-warnings
  2  could not run: bad usage, an invalid errcodes.toml or a flag that contradicts it,
     an unreadable registry (or one its git repository cannot give), an unwritable
     output folder, an --inject page without exactly one begin and one end marker";

const INIT_EXAMPLES: &str = "\
Examples:
  errcodes init                      the backend: registry.yaml here, every package under generated/
  errcodes init --git https://github.com/turing/backend.git --rev v2.4.0 \\
                --target typescript --out src/errors.ts
                                     an SDK that vendors one file of a registry kept elsewhere

Exit status:
  0  the files were written
  2  errcodes.toml already exists (nothing is overwritten), or the --git registry cannot be read";

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
    /// Output format: human (rustc-style), json (one document on stdout), github (workflow
    /// annotations), markdown (a change summary and the problems, for a pull-request comment).
    #[arg(long, value_enum, default_value_t = FormatArg::Human, global = true)]
    pub(crate) format: FormatArg,
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
    #[command(after_help = INIT_EXAMPLES)]
    Init {
        #[command(flatten)]
        registry: InitRegistry,
        #[command(flatten)]
        output: Output,
    },
    /// Validate the registry and write every generated file whose content changed.
    #[command(after_help = EXIT_CODES)]
    Gen {
        #[command(flatten)]
        input: Input,
        #[command(flatten)]
        output: Output,
    },
    /// Validate the registry and fail if any generated file is missing, stale or left over;
    /// never writes.
    #[command(after_help = EXIT_CODES)]
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
    },
    /// Compare the registry with a base and report every change, failing on breaking ones.
    #[command(after_help = EXIT_CODES)]
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
    #[command(after_help = EXIT_CODES)]
    Import {
        /// The Rust file holding the enum.
        #[arg(long, value_name = "PATH")]
        rust_source: PathBuf,
        /// The enum to read (default: the only enum deriving `ErrorCode`).
        #[arg(long = "enum", value_name = "NAME")]
        enum_name: Option<String>,
    },
    /// Print the registry as an enum annotated for `#[derive(ErrorCode)]`.
    #[command(after_help = EXIT_CODES)]
    Export {
        #[command(flatten)]
        input: Input,
        /// Print Rust (the only format so far; required so that others can follow).
        #[arg(long, required = true)]
        to_rust: bool,
    },
    /// Validate the registry only.
    #[command(after_help = EXIT_CODES)]
    Validate {
        #[command(flatten)]
        input: Input,
        /// Fail on warnings too.
        #[arg(long)]
        deny_warnings: bool,
    },
}

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
    /// Only this target's source file, written to (or checked at) the file `--out` names, or
    /// with `--inject` (markdown only) its index spliced into a hand-written page; without it,
    /// every target's package goes under the folder `--out` names. With an errcodes.toml, the
    /// flags pick one of its outputs.
    #[arg(long, value_parser = target_parser(), requires = "destination")]
    pub(crate) target: Option<Target>,
    /// The output folder (default: errcodes.toml's outputs, else `generated`), or with
    /// `--target` the output file.
    #[arg(long, group = "destination")]
    pub(crate) out: Option<PathBuf>,
    /// With `--target markdown`: the hand-written page whose region between
    /// `<!-- errcodes:begin -->` and `<!-- errcodes:end -->` holds the index (gen rewrites the
    /// region, check compares it); every byte around it is kept.
    #[arg(long, value_name = "PAGE", group = "destination", requires = "target")]
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
