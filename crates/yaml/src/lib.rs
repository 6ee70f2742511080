//! Front-end for `registry.yaml`.
//!
//! Why not serde_yaml: it is deprecated and archived, gives no per-entry positions, and keeps
//! the last of two duplicate keys without a word. serde-saphyr is maintained, panic-free and
//! reports a position for every node. We do not derive the schema with serde either: a derived
//! struct stops at the first wrong type or unknown key. Instead [`tree`] reads the document
//! into a spanned node tree and [`schema`] walks it, so one run reports every problem.

mod schema;
mod tree;

use errcodes_model::{CheckId, Diagnostic, Registry, SourceFile};

/// What reading a registry produced: the registry when its shape allowed building one, and
/// every diagnostic found on the way. Entries that could not be read are left out of the
/// registry and reported.
#[derive(Debug)]
pub struct Parsed {
    /// The registry, unless the document's shape was unusable.
    pub registry: Option<Registry>,
    /// Every problem found while reading.
    pub diagnostics: Vec<Diagnostic>,
}

/// Reads raw bytes as a registry. Text that is not UTF-8 is reported at its first bad byte.
pub fn parse_bytes(name: &str, bytes: &[u8]) -> (SourceFile, Parsed) {
    match std::str::from_utf8(bytes) {
        Ok(text) => {
            let source = SourceFile::new(name, text);
            let parsed = parse(&source);
            (source, parsed)
        }
        Err(error) => {
            let valid = error.valid_up_to();
            let source = SourceFile::new(name, String::from_utf8_lossy(bytes).into_owned());
            let prefix = String::from_utf8_lossy(&bytes[..valid]);
            let line = prefix.matches('\n').count() + 1;
            let column = prefix.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            let span = source.span_at(clamp(line), clamp(column));
            let diagnostic = Diagnostic::new(CheckId::YamlSyntax, "the file is not valid UTF-8")
                .primary(span, format!("invalid byte 0x{:02x} here", bytes[valid]))
                .help("save the registry as UTF-8");
            (
                source,
                Parsed {
                    registry: None,
                    diagnostics: vec![diagnostic],
                },
            )
        }
    }
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

fn clamp(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}
