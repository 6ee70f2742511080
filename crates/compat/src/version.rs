//! The version follows the gate, as cargo-semver-checks has a crate's version follow its API:
//! comparing with a base, `packages.version` must have grown as far as the changes require
//! (an accepted break: major; a code added, deprecated or retired, or moved to another
//! category: minor; anything else the generated packages say differently: patch), read with
//! Cargo's rules below 1.0 (`0.x.y`: x is the major part, y the rest; `0.0.z`: every bump is
//! major). A registry that states no version, and whose base stated none, is not versioned,
//! and the rule stays silent.

use errcodes_model::{CheckId, Diagnostic, Registry};
use errcodes_view::{DEFAULT_PACKAGE_VERSION, View};

/// How far a version must grow, or has grown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Level {
    Patch,
    Minor,
    Major,
}

impl Level {
    const fn name(self) -> &'static str {
        match self {
            Level::Patch => "patch",
            Level::Minor => "minor",
            Level::Major => "major",
        }
    }
}

/// Reports a version that did not grow as far as `diagnostics` (the rules' findings against
/// `base`) and the other differences between the two registries require.
pub(crate) fn check(
    base: &Registry,
    current: &Registry,
    diagnostics: &[Diagnostic],
) -> Option<Diagnostic> {
    let stated = current.packages.version.as_ref()?;
    let then_text = base
        .packages
        .version
        .as_ref()
        .map_or(DEFAULT_PACKAGE_VERSION, |v| v.value.as_str());
    let (then, now) = (parse(then_text)?, parse(&stated.value)?);
    let needed = needed(base, current, diagnostics)?;
    if bump(then, now).is_some_and(|done| done >= needed) {
        return None;
    }
    let (major, minor, patch) = then;
    let next = match (needed, major, minor) {
        (_, 0, 0) => (0, 0, patch + 1),
        (Level::Major, 0, _) => (0, minor + 1, 0),
        (_, 0, _) => (0, minor, patch + 1),
        (Level::Major, ..) => (major + 1, 0, 0),
        (Level::Minor, ..) => (major, minor + 1, 0),
        (Level::Patch, ..) => (major, minor, patch + 1),
    };
    let mut d = Diagnostic::new(
        CheckId::VersionNotBumped,
        format!(
            "the changes against the base need a {} version bump from {then_text}, but the version is {}",
            needed.name(),
            stated.value
        ),
    )
    .primary(stated.span, format!("{} or later", show(next)));
    if let Some(v) = &base.packages.version {
        d = d.base(v.span, "the base's version");
    }
    Some(d.help(format!(
        "set `packages.version` to {}: {}",
        show(next),
        why(needed)
    )))
}

/// What the largest change requires, or `None` when nothing the packages say changed.
fn needed(base: &Registry, current: &Registry, diagnostics: &[Diagnostic]) -> Option<Level> {
    let level = diagnostics
        .iter()
        .filter_map(|d| match d.id {
            CheckId::BreakAccepted => Some(Level::Major),
            CheckId::CodeAdded
            | CheckId::CodeDeprecated
            | CheckId::CodeRetired
            | CheckId::CategoryChanged => Some(Level::Minor),
            CheckId::MessageChanged => Some(Level::Patch),
            _ => None,
        })
        .max();
    level.or_else(|| differs(base, current).then_some(Level::Patch))
}

/// Whether the generated packages would say anything differently, the version aside (a
/// label, a description, a guide, a docs link).
fn differs(base: &Registry, current: &Registry) -> bool {
    match (View::new(base), View::new(current)) {
        (Ok(mut then), Ok(now)) => {
            then.version.clone_from(&now.version);
            then != now
        }
        _ => false,
    }
}

/// The kind of bump from `then` to `now`, or `None` when `now` is not greater.
fn bump(then: (u64, u64, u64), now: (u64, u64, u64)) -> Option<Level> {
    if now <= then {
        return None;
    }
    Some(match (then, now) {
        ((a, ..), (b, ..)) if b > a => Level::Major,
        ((0, 0, _), _) => Level::Major,
        ((0, a, _), (_, b, _)) if b > a => Level::Major,
        ((0, ..), _) => Level::Minor,
        ((_, a, _), (_, b, _)) if b > a => Level::Minor,
        _ => Level::Patch,
    })
}

fn why(level: Level) -> &'static str {
    match level {
        Level::Major => "a break was accepted, so clients must opt in to this version",
        Level::Minor => "codes were added, deprecated, retired or moved to another category",
        Level::Patch => "a message, label, description or link changed",
    }
}

fn parse(v: &str) -> Option<(u64, u64, u64)> {
    let mut parts = v.split('.').map(|p| p.parse::<u64>().ok());
    let version = (parts.next()??, parts.next()??, parts.next()??);
    parts.next().is_none().then_some(version)
}

fn show((major, minor, patch): (u64, u64, u64)) -> String {
    format!("{major}.{minor}.{patch}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bumps_follow_cargo_below_one() {
        assert_eq!(bump((1, 2, 3), (2, 0, 0)), Some(Level::Major));
        assert_eq!(bump((1, 2, 3), (1, 3, 0)), Some(Level::Minor));
        assert_eq!(bump((1, 2, 3), (1, 2, 4)), Some(Level::Patch));
        assert_eq!(bump((0, 2, 3), (0, 3, 0)), Some(Level::Major));
        assert_eq!(bump((0, 2, 3), (0, 2, 4)), Some(Level::Minor));
        assert_eq!(bump((0, 0, 3), (0, 0, 4)), Some(Level::Major));
        assert_eq!(bump((1, 2, 3), (1, 2, 3)), None);
        assert_eq!(bump((1, 2, 3), (1, 1, 9)), None);
        assert_eq!(parse("1.2"), None);
        assert_eq!(parse("1.2.3.4"), None);
    }
}
