//! Line and column of a span's end, which the model does not store (front-ends give starts).

use errcodes_model::{SourceFile, Span};

/// The 1-based line and character column just past the span's last character.
pub(crate) fn end(source: Option<&SourceFile>, span: Span) -> (u32, u32) {
    let Some(text) = source.and_then(|s| s.text.get(span.start..span.end)) else {
        return (span.line, span.column);
    };
    match text.rsplit_once('\n') {
        None => (span.line, span.column + count(text.chars().count())),
        Some((before, last)) => (
            span.line + count(before.matches('\n').count() + 1),
            1 + count(last.chars().count()),
        ),
    }
}

fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}
