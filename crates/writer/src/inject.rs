//! Injection into a hand-written page: the lines between a line that holds only
//! `<!-- errcodes:begin -->` and a line that holds only `<!-- errcodes:end -->` are replaced,
//! and every other byte is kept, the marker lines included. A marker quoted inside other text
//! is not a marker. A page without exactly one marker line of each kind, in that order, is
//! refused, so nothing is written to a page whose region is ambiguous.

/// Opens the region errcodes owns.
pub const BEGIN: &str = "<!-- errcodes:begin -->";
/// Closes it.
pub const END: &str = "<!-- errcodes:end -->";

/// A page whose marker lines do not delimit exactly one region. Positions are 1-based lines
/// and columns (in characters, a byte-order mark not counted).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InjectError {
    /// No begin marker line.
    #[error(
        "the page has no line holding only `{BEGIN}`; add `{BEGIN}` and `{END}`, each on a line of its own, where the generated index goes"
    )]
    NoBegin,
    /// A begin marker line but no end marker line.
    #[error("`{BEGIN}` has no line holding only `{END}` after it")]
    NoEnd((usize, usize)),
    /// A marker line appears twice.
    #[error("a second `{marker}` (the first is at {}:{}); the page must hold exactly one", .first.0, .first.1)]
    Doubled {
        /// The marker.
        marker: &'static str,
        /// Where it first appears.
        first: (usize, usize),
        /// Where it appears again.
        second: (usize, usize),
    },
    /// The end marker line comes first.
    #[error("`{END}` comes before `{BEGIN}` at {}:{}", .begin.0, .begin.1)]
    EndBeforeBegin {
        /// Where the end marker is.
        end: (usize, usize),
        /// Where the begin marker is.
        begin: (usize, usize),
    },
}

impl InjectError {
    /// Where in the page the problem is, if at one place.
    pub fn position(&self) -> Option<(usize, usize)> {
        match self {
            InjectError::NoBegin => None,
            InjectError::NoEnd(at) => Some(*at),
            InjectError::Doubled { second, .. } => Some(*second),
            InjectError::EndBeforeBegin { end, .. } => Some(*end),
        }
    }
}

/// One marker line: where the line starts and ends (after its line break), and where the
/// marker is, as a position.
#[derive(Debug, Clone, Copy)]
struct MarkerLine {
    start: usize,
    end: usize,
    at: (usize, usize),
}

/// The page with `region` between its marker lines, set off by blank lines. The region's line
/// breaks follow the page's (CRLF when its first line ends in CRLF).
pub fn splice(page: &str, region: &str) -> Result<String, InjectError> {
    let begin = only(page, BEGIN)?.ok_or(InjectError::NoBegin)?;
    let end = only(page, END)?.ok_or(InjectError::NoEnd(begin.at))?;
    if end.start < begin.start {
        return Err(InjectError::EndBeforeBegin {
            end: end.at,
            begin: begin.at,
        });
    }
    let newline = match page.find('\n') {
        Some(i) if page[..i].ends_with('\r') => "\r\n",
        _ => "\n",
    };
    let body = region.trim_end_matches('\n').replace('\n', newline);
    let mut out = String::with_capacity(page.len() + region.len());
    out.push_str(&page[..begin.end]);
    if !page[..begin.end].ends_with('\n') {
        out.push_str(newline);
    }
    for part in [newline, &body, newline, newline] {
        out.push_str(part);
    }
    out.push_str(&page[end.start..]);
    Ok(out)
}

/// The one line that holds only `marker` (and whitespace), or an error if there are two.
fn only(page: &str, marker: &'static str) -> Result<Option<MarkerLine>, InjectError> {
    let mut found = marker_lines(page, marker);
    let first = found.next();
    match (first, found.next()) {
        (Some(first), Some(second)) => Err(InjectError::Doubled {
            marker,
            first: first.at,
            second: second.at,
        }),
        (first, _) => Ok(first),
    }
}

fn marker_lines<'a>(page: &'a str, marker: &'a str) -> impl Iterator<Item = MarkerLine> + 'a {
    let mut start = 0;
    page.split_inclusive('\n')
        .enumerate()
        .filter_map(move |(index, line)| {
            let line_start = start;
            start += line.len();
            let text = if index == 0 {
                line.trim_start_matches('\u{feff}')
            } else {
                line
            };
            (text.trim() == marker).then(|| {
                let indent = text.len() - text.trim_start().len();
                MarkerLine {
                    start: line_start,
                    end: start,
                    at: (index + 1, text[..indent].chars().count() + 1),
                }
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    const REGION: &str = "<!-- generated -->\n\n| a |\n|---|\n| 1 |\n";

    #[test]
    fn replaces_only_the_region() {
        let page = "# Title\n\nProse *kept*.\n\n<!-- errcodes:begin -->\nold\ntable\n<!-- errcodes:end -->\n\nMore prose.";
        let out = splice(page, REGION).unwrap();
        assert_eq!(
            out,
            "# Title\n\nProse *kept*.\n\n<!-- errcodes:begin -->\n\n<!-- generated -->\n\n| a |\n|---|\n| 1 |\n\n<!-- errcodes:end -->\n\nMore prose."
        );
        assert_eq!(
            splice(&out, REGION).unwrap(),
            out,
            "splicing again changes nothing"
        );
    }

    #[test]
    fn markers_quoted_in_prose_are_not_markers() {
        let page = "Put `<!-- errcodes:begin -->` and `<!-- errcodes:end -->` on lines of their own:\n  <!-- errcodes:begin -->  \n<!-- errcodes:end -->";
        let out = splice(page, "x\n").unwrap();
        assert_eq!(
            out,
            "Put `<!-- errcodes:begin -->` and `<!-- errcodes:end -->` on lines of their own:\n  <!-- errcodes:begin -->  \n\nx\n\n<!-- errcodes:end -->"
        );
        assert_eq!(
            splice("<!-- errcodes:begin --><!-- errcodes:end -->", "x\n"),
            Err(InjectError::NoBegin)
        );
    }

    #[test]
    fn crlf_pages_stay_crlf() {
        for page in [
            "a\r\n<!-- errcodes:begin -->\r\n<!-- errcodes:end -->\r\nb\r\n",
            "a\r\n<!-- errcodes:begin --> \r\n<!-- errcodes:end -->\r\nb\r\n",
        ] {
            let out = splice(page, REGION).unwrap();
            assert!(!out.replace("\r\n", "").contains('\n'), "{out:?}");
            assert!(out.ends_with("| 1 |\r\n\r\n<!-- errcodes:end -->\r\nb\r\n"));
        }
    }

    #[test]
    fn bad_markers_are_refused_with_positions() {
        assert_eq!(splice("no markers", REGION), Err(InjectError::NoBegin));
        assert_eq!(
            splice("x\n  <!-- errcodes:begin -->\n", REGION),
            Err(InjectError::NoEnd((2, 3)))
        );
        assert_eq!(
            splice(
                "\u{feff}<!-- errcodes:begin -->\n<!-- errcodes:end -->\n\t<!-- errcodes:begin -->",
                REGION
            ),
            Err(InjectError::Doubled {
                marker: BEGIN,
                first: (1, 1),
                second: (3, 2)
            })
        );
        assert_eq!(
            splice(
                "<!-- errcodes:begin -->\n<!-- errcodes:end -->\n<!-- errcodes:end -->",
                REGION
            ),
            Err(InjectError::Doubled {
                marker: END,
                first: (2, 1),
                second: (3, 1)
            })
        );
        let err = splice("<!-- errcodes:end -->\n<!-- errcodes:begin -->", REGION).unwrap_err();
        assert_eq!(err.position(), Some((1, 1)));
        assert_eq!(
            err.to_string(),
            "`<!-- errcodes:end -->` comes before `<!-- errcodes:begin -->` at 2:1"
        );
    }
}
