//! The tests' two tiers. Plain `cargo test --workspace` runs the fast tier: no network, no
//! root, no package installs, no tool beyond cargo and rustc. The slow tier (the generated
//! packages through their real toolchains, the install channels, the browser, the largest
//! inputs through the debug binary, deeper property runs) runs with `ERRCODES_SLOW_TESTS=1`,
//! which `scripts/test` sets after installing what it needs.
//!
//! A test of the slow tier starts with `if !tier::slow("suite") { return; }`. With the tier
//! off, [`slow`] says on the terminal, once per suite and test binary, what it skipped and how
//! to run it, so that no skipped test passes unannounced.

use std::collections::BTreeSet;
use std::io::Write;
use std::sync::{Mutex, OnceLock};

/// The environment variable that turns the slow tier on, set to `1`.
pub const VAR: &str = "ERRCODES_SLOW_TESTS";

/// Whether the slow tier is on: `ERRCODES_SLOW_TESTS=1`. Unset, empty or `0` is off; any other
/// value fails the test that asks, so that a mistyped value cannot skip the tier unnoticed.
pub fn on() -> bool {
    static ON: OnceLock<Result<bool, String>> = OnceLock::new();
    match ON.get_or_init(|| parse(std::env::var(VAR))) {
        Ok(on) => *on,
        Err(message) => panic!("{message}"),
    }
}

/// What a value of [`VAR`] means.
fn parse(value: Result<String, std::env::VarError>) -> Result<bool, String> {
    match value {
        Err(std::env::VarError::NotPresent) => Ok(false),
        Ok(v) if v.is_empty() || v == "0" => Ok(false),
        Ok(v) if v == "1" => Ok(true),
        Ok(v) => Err(format!(
            "{VAR}={v:?}: set it to 1 (slow tier on) or 0 (off)"
        )),
        Err(e) => Err(format!("{VAR}: {e}")),
    }
}

/// The note [`slow`] prints for a skipped suite.
pub fn skipped_note(suite: &str) -> String {
    format!(
        "note: slow tier off, skipped: {suite}; run it with `scripts/test`, or \
         `{VAR}=1 cargo test` where its tools are installed"
    )
}

/// For a test of the slow tier, named by its `suite`: true when the tier is on. Otherwise
/// false, after printing [`skipped_note`] the first time this test binary skips `suite`.
///
/// The note goes straight to the process's stderr, not through `eprintln!`: libtest captures
/// only the print macros, so the note shows in a plain `cargo test` run, not only with
/// `--nocapture`.
#[must_use]
pub fn slow(suite: &str) -> bool {
    if on() {
        return true;
    }
    static SAID: Mutex<BTreeSet<String>> = Mutex::new(BTreeSet::new());
    let first = SAID
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .insert(suite.to_owned());
    if first {
        let _ = writeln!(std::io::stderr().lock(), "{}", skipped_note(suite));
    }
    false
}

/// How many cases a property test runs: `PROPTEST_CASES` when set, else `fast` in the fast
/// tier and `slow` in the slow one.
pub fn cases(fast: u32, slow: u32) -> u32 {
    match std::env::var("PROPTEST_CASES") {
        Ok(n) => n
            .parse()
            .unwrap_or_else(|_| panic!("PROPTEST_CASES={n:?} is not a number")),
        Err(_) if on() => slow,
        Err(_) => fast,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_note_names_the_suite_and_both_ways_to_run_it() {
        let note = skipped_note("typescript toolchain");
        for part in [
            "skipped: typescript toolchain",
            "`scripts/test`",
            "`ERRCODES_SLOW_TESTS=1 cargo test`",
        ] {
            assert!(note.contains(part), "{note}");
        }
    }

    #[test]
    fn only_1_turns_the_tier_on_and_a_typo_is_refused() {
        use std::env::VarError::{NotPresent, NotUnicode};
        assert_eq!(parse(Err(NotPresent)), Ok(false));
        assert_eq!(parse(Ok(String::new())), Ok(false));
        assert_eq!(parse(Ok("0".to_owned())), Ok(false));
        assert_eq!(parse(Ok("1".to_owned())), Ok(true));
        for typo in ["true", "yes", " 1"] {
            let refused = parse(Ok(typo.to_owned())).unwrap_err();
            assert!(refused.contains("set it to 1"), "{refused}");
        }
        assert!(parse(Err(NotUnicode("\u{fffd}".into()))).is_err());
    }

    #[test]
    fn property_runs_are_deeper_in_the_slow_tier() {
        let expected = match std::env::var("PROPTEST_CASES") {
            Ok(n) => n.parse().unwrap(),
            Err(_) if on() => 300,
            Err(_) => 3,
        };
        assert_eq!(cases(3, 300), expected);
    }
}
