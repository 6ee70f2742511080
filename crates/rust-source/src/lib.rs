//! Front-end for Rust source: the backend's enum, annotated with `#[error_code(...)]`, read
//! into the registry model with positions in the Rust file.
//!
//! [`grammar`] is the one parser of the attribute grammar; `errcodes-derive` uses it too, so
//! the compiler and the CLI can never read the same enum differently. [`build`] turns what it
//! read into a [`Registry`](errcodes_model::Registry); [`find`] picks the enum out of a file.

pub mod build;
mod find;
pub mod grammar;

use errcodes_model::{LineIndex, Parsed, SourceFile, Span, limits};

pub use build::{Spans, read_enum};
pub use find::derives_error_code;

/// Reads raw bytes of a Rust file; `enum_name` picks the enum, else the only one deriving
/// `ErrorCode`.
pub fn parse_bytes(name: &str, bytes: &[u8], enum_name: Option<&str>) -> (SourceFile, Parsed) {
    let (source, not_utf8) = SourceFile::decode(name, bytes);
    let parsed = match not_utf8 {
        Some(diagnostic) => Parsed {
            registry: None,
            diagnostics: vec![diagnostic],
        },
        None => parse(&source, enum_name),
    };
    (source, parsed)
}

/// Reads an already-decoded Rust file.
pub fn parse(source: &SourceFile, enum_name: Option<&str>) -> Parsed {
    let mut spans = FileSpans {
        index: source.line_index(),
        bom: source.text.starts_with('\u{feff}'),
    };
    if let Some(diagnostic) = too_deep(source, &mut spans) {
        return Parsed {
            registry: None,
            diagnostics: vec![diagnostic],
        };
    }
    let file = match syn::parse_file(&source.text) {
        Ok(file) => file,
        Err(error) => {
            let diagnostic = errcodes_model::Diagnostic::new(
                errcodes_model::CheckId::RustSyntax,
                format!("the Rust source does not parse: {error}"),
            )
            .primary(spans.span(error.span()), error.to_string());
            return Parsed {
                registry: None,
                diagnostics: vec![diagnostic],
            };
        }
    };
    let file_start = spans.index.span((1, 1), (1, 1));
    match find::find(&file, enum_name, &mut spans, file_start) {
        Ok(item) => read_enum(item, &mut spans),
        Err(diagnostic) => Parsed {
            registry: None,
            diagnostics: vec![*diagnostic],
        },
    }
}

/// Refuses sources nested deeper than [`limits::MAX_RUST_DEPTH`] before syn, which recurses,
/// sees them. Tokenizing and the depth walk use no recursion. Lexing errors are left to syn,
/// which reports them with a position.
fn too_deep(source: &SourceFile, spans: &mut FileSpans<'_>) -> Option<errcodes_model::Diagnostic> {
    use proc_macro2::TokenTree;
    let text = source.text.strip_prefix('\u{feff}').unwrap_or(&source.text);
    let tokens: proc_macro2::TokenStream = text.parse().ok()?;
    let mut stack = vec![tokens.into_iter()];
    while let Some(level) = stack.last_mut() {
        match level.next() {
            Some(TokenTree::Group(group)) => {
                if stack.len() > limits::MAX_RUST_DEPTH {
                    let span = spans.span(group.span_open());
                    return Some(
                        errcodes_model::Diagnostic::new(
                            errcodes_model::CheckId::LimitExceeded,
                            format!(
                                "the Rust source nests brackets deeper than {} levels",
                                limits::MAX_RUST_DEPTH
                            ),
                        )
                        .primary(span, "too deep"),
                    );
                }
                stack.push(group.stream().into_iter());
            }
            Some(_) => {}
            None => {
                stack.pop();
            }
        }
    }
    None
}

/// Positions in the file being read, from proc-macro2's line and column locations.
struct FileSpans<'a> {
    index: LineIndex<'a>,
    /// syn drops a leading byte-order mark before parsing, so its columns on line 1 do not
    /// count it; the text the index reads still has it, so byte offsets shift by one
    /// character there (the column shown stays the editor's, which ignores the mark).
    bom: bool,
}

impl Spans for FileSpans<'_> {
    fn span(&mut self, span: proc_macro2::Span) -> Span {
        let (start, end) = (span.start(), span.end());
        let bom = self.bom;
        let at = |l: proc_macro2::LineColumn| {
            let shift = usize::from(bom && l.line == 1);
            (
                u32::try_from(l.line).unwrap_or(u32::MAX),
                u32::try_from(l.column + 1 + shift).unwrap_or(u32::MAX),
            )
        };
        let mut span = self.index.span(at(start), at(end));
        span.column = u32::try_from(start.column + 1).unwrap_or(u32::MAX);
        span
    }
}
