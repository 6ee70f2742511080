//! What changed between a base registry and the current one, as the Markdown summary for a
//! pull request or a changelog shows it. `errcodes-compat` fills it in.

use serde::Serialize;

/// Changes between two registries, each list sorted by code.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Changes {
    /// The base as named on the command line (`origin/main`, a path).
    pub base_name: String,
    /// New codes.
    pub added: Vec<Change>,
    /// Newly deprecated codes; `what` says why.
    pub deprecated: Vec<Change>,
    /// Codes whose HTTP status, category or message changed; `what` says how.
    pub changed: Vec<Change>,
    /// Codes removed and reserved; `what` is the reason.
    pub retired: Vec<Change>,
}

/// One line of [`Changes`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    /// The code.
    pub code: u16,
    /// Its name (its former name, for a retired code).
    pub name: String,
    /// What to say about it.
    pub what: String,
}

impl Changes {
    /// Whether nothing changed.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty()
            && self.deprecated.is_empty()
            && self.changed.is_empty()
            && self.retired.is_empty()
    }
}
