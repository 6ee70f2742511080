//! Front-end for `registry.yaml`.
//!
//! Why not serde_yaml: it is deprecated and archived, gives no per-entry positions, and keeps
//! the last of two duplicate keys without a word. serde-saphyr is maintained, panic-free and
//! reports a position for every node. We do not derive the schema with serde either: a derived
//! struct stops at the first wrong type or unknown key. Instead [`tree`] reads the document
//! into a spanned node tree and [`schema`] walks it, so one run reports every problem.

mod schema;
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
