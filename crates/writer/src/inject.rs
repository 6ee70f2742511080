//! Injection into a hand-written page: the text between `<!-- errcodes:begin -->` and
//! `<!-- errcodes:end -->` is replaced, and every byte outside the markers is kept. A page
//! without exactly one marker of each kind, in that order, is refused, so nothing is written
//! to a page whose region is ambiguous.

/// Opens the region errcodes owns.
pub const BEGIN: &str = "<!-- errcodes:begin -->";
/// Closes it.
pub const END: &str = "<!-- errcodes:end -->";

/// A page whose markers do not delimit exactly one region. Positions are 1-based lines and
/// columns (in characters).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InjectError {
    /// No begin marker.
    #[error(
        "the page has no `{BEGIN}` marker; add `{BEGIN}` and `{END}` on their own lines where the generated index goes"
    )]
    NoBegin,
    /// A begin marker but no end marker.
    #[error("`{BEGIN}` has no `{END}` after it")]
    NoEnd((usize, usize)),
    /// A marker appears twice.
    #[error("a second `{marker}` (the first is at {}:{}); the page must hold exactly one", .first.0, .first.1)]
    Doubled {
        /// The marker.
        marker: &'static str,
        /// Where it first appears.
        first: (usize, usize),
        /// Where it appears again.
        second: (usize, usize),
    },
    /// The end marker comes first.
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

/// The page with `region` between its markers, set off by blank lines; the region's line
/// breaks follow the page's (CRLF when the begin marker's line ends in CRLF).
pub fn splice(page: &str, region: &str) -> Result<String, InjectError> {
    let begin = only(page, BEGIN)?.ok_or(InjectError::NoBegin)?;
    let end = only(page, END)?.ok_or_else(|| InjectError::NoEnd(position(page, begin)))?;
    if end < begin {
        return Err(InjectError::EndBeforeBegin {
            end: position(page, end),
            begin: position(page, begin),
        });
    }
    let after_begin = begin + BEGIN.len();
    let newline = if page[after_begin..].starts_with("\r\n") {
        "\r\n"
    } else {
        "\n"
    };
    let body = region.trim_end_matches('\n').replace('\n', newline);
    let mut out = String::with_capacity(page.len() + region.len());
    out.push_str(&page[..after_begin]);
    for part in [newline, newline, &body, newline, newline] {
        out.push_str(part);
    }
    out.push_str(&page[end..]);
    Ok(out)
}

/// The byte offset of the one occurrence of `marker`, or an error if it occurs twice.
fn only(page: &str, marker: &'static str) -> Result<Option<usize>, InjectError> {
    let mut found = page.match_indices(marker).map(|(i, _)| i);
    let first = found.next();
    match (first, found.next()) {
        (Some(first), Some(second)) => Err(InjectError::Doubled {
            marker,
            first: position(page, first),
            second: position(page, second),
        }),
        (first, _) => Ok(first),
    }
}

/// The 1-based line and column (in characters) of a byte offset.
fn position(page: &str, offset: usize) -> (usize, usize) {
    let before = &page[..offset];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (
        before.matches('\n').count() + 1,
        before[line_start..].chars().count() + 1,
    )
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
    fn an_empty_region_is_filled() {
        let page = "<!-- errcodes:begin --><!-- errcodes:end -->";
        assert_eq!(
            splice(page, "x\n").unwrap(),
            "<!-- errcodes:begin -->\n\nx\n\n<!-- errcodes:end -->"
        );
    }

    #[test]
    fn crlf_pages_stay_crlf() {
        let page = "a\r\n<!-- errcodes:begin -->\r\n<!-- errcodes:end -->\r\nb\r\n";
        let out = splice(page, REGION).unwrap();
        assert!(!out.replace("\r\n", "").contains('\n'), "{out:?}");
        assert!(out.starts_with("a\r\n<!-- errcodes:begin -->\r\n\r\n<!-- generated -->\r\n"));
        assert!(out.ends_with("| 1 |\r\n\r\n<!-- errcodes:end -->\r\nb\r\n"));
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
                "<!-- errcodes:begin -->\n<!-- errcodes:end -->\né <!-- errcodes:begin -->",
                REGION
            ),
            Err(InjectError::Doubled {
                marker: BEGIN,
                first: (1, 1),
                second: (3, 3)
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
