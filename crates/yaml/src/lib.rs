//! Front-end for `registry.yaml`.
//!
//! Why not serde_yaml: it is deprecated and archived, gives no per-entry positions, and keeps
//! the last of two duplicate keys without a word. serde-saphyr is maintained, panic-free and
//! reports a position for every node. We do not derive the schema with serde either: a derived
//! struct stops at the first wrong type or unknown key. Instead [`tree`] reads the document
//! into a spanned node tree and [`schema`] walks it, so one run reports every problem.
//!
//! The tree comes from granit-parser's events ([`events`]) whenever the document needs none
//! of YAML's rarer features; serde's visitor layer cost twice the parser's own work. Every
//! other document, and every syntax error and budget breach, goes through serde-saphyr
//! ([`serde_reader`]).

mod events;
mod scalar;
mod schema;
mod serde_reader;
mod tree;

use errcodes_model::{Parsed, SourceFile};

/// Reads raw bytes as a registry. Text that is not UTF-8 is reported at its first bad byte.
pub fn parse_bytes(name: &str, bytes: &[u8]) -> (SourceFile, Parsed) {
    let (source, not_utf8) = SourceFile::decode(name, bytes);
    let parsed = match not_utf8 {
        Some(diagnostic) => Parsed {
            registry: None,
            diagnostics: vec![diagnostic],
        },
        None => parse(&source),
    };
    (source, parsed)
}

/// Reads a registry from already-decoded text.
pub fn parse(source: &SourceFile) -> Parsed {
    match tree::read(source) {
        Ok(root) => schema::registry(source, &root),
        Err(diagnostic) => Parsed {
            registry: None,
            diagnostics: vec![diagnostic],
        },
    }
}

/// The two tree readers side by side, for the differential test and the fuzz target only:
/// not part of the API.
#[doc(hidden)]
pub mod differential {
    use errcodes_model::SourceFile;

    /// What the event reader makes of `source`, tree and then schema result, printed; `None`
    /// when it leaves the document to the serde reader.
    pub fn by_events(source: &SourceFile) -> Option<String> {
        crate::events::read(source).map(|root| print(source, Ok(root)))
    }

    /// What the serde reader makes of `source`, printed the same way.
    pub fn by_serde(source: &SourceFile) -> String {
        print(source, crate::serde_reader::read(source))
    }

    fn print(
        source: &SourceFile,
        root: Result<crate::tree::Node<'_>, errcodes_model::Diagnostic>,
    ) -> String {
        match root {
            Ok(root) => format!("{root:#?}\n{:#?}", crate::schema::registry(source, &root)),
            Err(diagnostic) => format!("{diagnostic:#?}"),
        }
    }
}
