//! Source text and positions: a [`Span`] is a byte range plus the 1-based line and column a
//! person reads in an editor, so diagnostics can both quote the source and name the position.

use serde::Serialize;

/// A source of truth that a front-end read: the name to show in diagnostics and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    /// The path as the user gave it (shown in `file:line:col`).
    pub name: String,
    /// The whole text, as read.
    pub text: String,
}

impl SourceFile {
    /// Wraps already-read text; no I/O happens here.
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            text: text.into(),
        }
    }

    /// The span of the character at 1-based `line` and `column` (columns count characters),
    /// clamped to the text. Front-ends whose parser reports only line and column use this.
    pub fn span_at(&self, line: u32, column: u32) -> Span {
        let mut offset = 0;
        for (index, text) in self.text.split_inclusive('\n').enumerate() {
            if index + 1 == line as usize {
                let within = text
                    .char_indices()
                    .nth(column.saturating_sub(1) as usize)
                    .map_or(text.trim_end_matches(['\n', '\r']).len(), |(at, _)| at);
                let start = offset + within;
                let end = self.text[start..]
                    .chars()
                    .next()
                    .map_or(start, |c| start + c.len_utf8());
                let end = if self.text[start..end].contains(['\n', '\r']) {
                    start
                } else {
                    end
                };
                return Span {
                    start,
                    end,
                    line,
                    column,
                };
            }
            offset += text.len();
        }
        Span {
            start: self.text.len(),
            end: self.text.len(),
            line,
            column,
        }
    }
}

/// Where something stands in its source: bytes `start..end`, and the 1-based line and
/// character column of `start`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize)]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset just past the last byte.
    pub end: usize,
    /// 1-based line of `start`.
    pub line: u32,
    /// 1-based column of `start`, counted in characters.
    pub column: u32,
}

/// A value together with the span it was read from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spanned<T> {
    /// The value.
    pub value: T,
    /// Where it was read.
    pub span: Span,
}

impl<T> Spanned<T> {
    /// Pairs a value with its span.
    pub fn new(value: T, span: Span) -> Self {
        Self { value, span }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn span_at_counts_characters_not_bytes() {
        let file = SourceFile::new("r.yaml", "a: 1\nmessage: 限流 x\n");
        let span = file.span_at(2, 13);
        assert_eq!(&file.text[span.start..span.end], "x");
        assert_eq!((span.line, span.column), (2, 13));
    }

    #[test]
    fn span_at_past_the_end_is_empty_and_clamped() {
        let file = SourceFile::new("r.yaml", "a: 1\n");
        let span = file.span_at(9, 1);
        assert_eq!((span.start, span.end), (5, 5));
        let eol = file.span_at(1, 40);
        assert_eq!((eol.start, eol.end), (4, 4));
    }
}
