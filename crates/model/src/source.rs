//! Source text and positions: a [`Span`] is a byte range plus the 1-based line and column a
//! person reads in an editor, so diagnostics can both quote the source and name the position.

use serde::Serialize;

use crate::{CheckId, Diagnostic};

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

    /// Decodes `bytes` as UTF-8. Bytes that are not UTF-8 give a lossy text (so snippets can
    /// still be shown) and a `not-utf8` diagnostic at the first bad byte; more bytes than
    /// [`crate::limits::MAX_SOURCE_BYTES`] give a `limit-exceeded` one.
    pub fn decode(name: &str, bytes: &[u8]) -> (SourceFile, Option<Diagnostic>) {
        if bytes.len() > crate::limits::MAX_SOURCE_BYTES {
            let diagnostic = Diagnostic::new(
                CheckId::LimitExceeded,
                format!(
                    "the file is larger than the limit of {} MiB",
                    crate::limits::MAX_SOURCE_BYTES >> 20
                ),
            )
            .help("a registry is a few hundred kilobytes; is this the right file?");
            return (SourceFile::new(name, ""), Some(diagnostic));
        }
        match std::str::from_utf8(bytes) {
            Ok(text) => (SourceFile::new(name, text), None),
            Err(error) => {
                let valid = error.valid_up_to();
                let source = SourceFile::new(name, String::from_utf8_lossy(bytes).into_owned());
                let prefix = String::from_utf8_lossy(&bytes[..valid]);
                let line = prefix.matches('\n').count() + 1;
                let column = prefix.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
                let span = source.span_at(clamp(line), clamp(column));
                let diagnostic = Diagnostic::new(CheckId::NotUtf8, "the file is not valid UTF-8")
                    .primary(span, format!("invalid byte 0x{:02x} here", bytes[valid]))
                    .help("save the file as UTF-8");
                (source, Some(diagnostic))
            }
        }
    }

    /// An index of line starts, for front-ends that turn many line/column pairs into spans.
    pub fn line_index(&self) -> LineIndex<'_> {
        let starts = std::iter::once(0)
            .chain(self.text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        LineIndex {
            text: &self.text,
            starts,
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

/// Line starts of a text, to turn line/column pairs into byte offsets quickly.
#[derive(Debug, Clone)]
pub struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl LineIndex<'_> {
    /// The byte offset of 1-based `line` and 1-based character `column`, clamped to the line
    /// (its end, before the line break) and to the text.
    pub fn offset(&self, line: u32, column: u32) -> usize {
        let Some(&start) = self.starts.get((line as usize).saturating_sub(1)) else {
            return self.text.len();
        };
        let rest = &self.text[start..];
        let line_text = rest.split_inclusive('\n').next().unwrap_or("");
        let line_text = line_text.trim_end_matches(['\n', '\r']);
        start
            + line_text
                .char_indices()
                .nth(column.saturating_sub(1) as usize)
                .map_or(line_text.len(), |(at, _)| at)
    }

    /// The span from one line/column pair to another (1-based; the end is exclusive).
    pub fn span(&self, start: (u32, u32), end: (u32, u32)) -> Span {
        let from = self.offset(start.0, start.1);
        let to = self.offset(end.0, end.1).max(from);
        Span {
            start: from,
            end: to,
            line: start.0,
            column: start.1,
        }
    }
}

fn clamp(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
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
    fn line_index_offsets() {
        let file = SourceFile::new("r.rs", "ab\r\n限x\n");
        let index = file.line_index();
        assert_eq!(index.offset(1, 2), 1);
        assert_eq!(index.offset(1, 9), 2, "clamped before the line break");
        assert_eq!(index.offset(2, 2), 7);
        assert_eq!(index.offset(9, 1), file.text.len());
        let span = index.span((2, 1), (2, 2));
        assert_eq!(&file.text[span.start..span.end], "限");
    }

    #[test]
    fn decode_reports_the_first_bad_byte() {
        let (file, diagnostic) = SourceFile::decode("r", b"ok\nx\xffy");
        let diagnostic = diagnostic.unwrap();
        assert_eq!(diagnostic.id, CheckId::NotUtf8);
        assert_eq!(
            (
                diagnostic.labels[0].span.line,
                diagnostic.labels[0].span.column
            ),
            (2, 2)
        );
        assert!(file.text.contains('\u{fffd}'));
        assert!(SourceFile::decode("r", b"fine").1.is_none());
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
