//! Checks: given a registry, return every diagnostic, never stopping at the first.
//!
//! Each module checks one concern; [`check`] runs them all and sorts the result by position so
//! that output is stable.

mod allow;
mod categories;
mod codes;
mod names;
mod packages;
mod texts;

pub use texts::forbidden as is_forbidden_char;

use errcodes_model::{Diagnostic, Registry};

/// Runs every check on `registry`.
pub fn check(registry: &Registry) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    names::check(registry, &mut out);
    packages::check(registry, &mut out);
    categories::check(registry, &mut out);
    codes::check(registry, &mut out);
    texts::check(registry, &mut out);
    allow::check(registry, &mut out);
    sort(&mut out);
    out
}

/// Orders diagnostics by where they are reported, then by check id.
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by_key(|d| (d.main_span().map(|s| s.start), d.id));
}
