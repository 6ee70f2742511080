//! Exit codes, like diff(1): the only place the process's status is decided.

use std::process::ExitCode;

/// How a command ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Exit {
    /// 0: everything is fine.
    Ok,
    /// 1: the command ran and found problems (an invalid registry, stale files, or warnings
    /// under `--deny-warnings`).
    Problems,
    /// 2: the command could not run (usage, unreadable input, unwritable output).
    Failed,
}

impl Exit {
    pub(crate) fn code(self) -> ExitCode {
        match self {
            Exit::Ok => ExitCode::SUCCESS,
            Exit::Problems => ExitCode::from(1),
            Exit::Failed => ExitCode::from(2),
        }
    }
}
