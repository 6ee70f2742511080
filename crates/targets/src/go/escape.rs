//! How registry text becomes Go source: an interpreted string literal that the compiler reads
//! back as exactly that text, the same text quoted for a doc comment that gofmt leaves as it
//! is, and a `go.mod` path. Pure functions; `filters.rs` wraps them for the templates.

use std::fmt::Write;

/// A Go interpreted string literal in printable ASCII: `"` and `\` escaped, control
/// characters as `\n`, `\t`, … or `\xXX`, and every character beyond ASCII as `\uXXXX` or
/// `\UXXXXXXXX`, so that no text can end the literal, break the line, or hide in the source.
pub(crate) fn go_str(s: &str) -> String {
    quote(s, false)
}

/// Text quoted for a `//` doc comment: a string literal as [`go_str`] writes it, but for
/// letters and digits beyond ASCII, which stay as they are so that the comment reads (`"限流"`).
/// The literal keeps line breaks, tabs and Unicode spaces out of the comment, so gofmt (which
/// reformats doc comments since Go 1.19) never sees an indented line, a list, a heading or a
/// trailing space; a second `` ` `` or `'` in a row is written `\x60` or `\x27`, since go/doc
/// turns ``` `` ``` and `''` into curly quotes.
pub(crate) fn go_quote(s: &str) -> String {
    quote(s, true)
}

/// A path in `go.mod`: bare when it holds only the characters of a module path, quoted
/// otherwise (as `go mod edit -fmt` writes it).
pub(crate) fn go_mod_token(s: &str) -> String {
    let bare = !s.is_empty()
        && !s.contains("//")
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_' | '~' | '/' | '+'));
    if bare { s.to_owned() } else { go_str(s) }
}

fn quote(s: &str, comment: bool) -> String {
    let doubled: &[u8] = if comment { b"`'" } else { b"" };
    crate::escape::quoted_printable(s, '"', doubled).unwrap_or_else(|| escaped(s, comment))
}

/// [`quote`] character by character, for any text.
fn escaped(s: &str, comment: bool) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    let mut previous = None;
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{7}' => out.push_str("\\a"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{b}' => out.push_str("\\v"),
            '`' | '\'' if comment && previous == Some(c) => {
                let _ = write!(out, "\\x{:02x}", u32::from(c));
            }
            ' '..='~' => out.push(c),
            c if comment && !c.is_ascii() && c.is_alphanumeric() => out.push(c),
            c if c.is_ascii() => {
                let _ = write!(out, "\\x{:02x}", u32::from(c));
            }
            c if u32::from(c) <= 0xFFFF => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => {
                let _ = write!(out, "\\U{:08x}", u32::from(c));
            }
        }
        previous = Some(c);
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The shortcut for printable ASCII quotes as the full escaper does.
        #[test]
        fn printable_ascii_takes_the_shortcut_unchanged(s in "[ -~]{0,24}", comment: bool) {
            proptest::prop_assert_eq!(quote(&s, comment), escaped(&s, comment));
        }
    }

    #[test]
    fn literals_escape_quotes_backslashes_and_controls() {
        assert_eq!(go_str("plain text"), "\"plain text\"");
        assert_eq!(go_str("a\"b\\c"), r#""a\"b\\c""#);
        assert_eq!(
            go_str("\u{7}\u{8}\u{c}\n\r\t\u{b}\u{0}\u{1f}\u{7f}"),
            r#""\a\b\f\n\r\t\v\x00\x1f\x7f""#
        );
        assert_eq!(go_str("`'' */ ${x}"), "\"`'' */ ${x}\"");
    }

    #[test]
    fn literals_are_ascii() {
        assert_eq!(go_str("é限😀"), r#""\u00e9\u9650\U0001f600""#);
        assert_eq!(
            go_str("\u{a0}\u{3000}\u{200d}\u{2028}\u{301}"),
            r#""\u00a0\u3000\u200d\u2028\u0301""#
        );
        let any = "a\"\\\n\té限😀\u{200d}\u{7f}";
        assert!(go_str(any).chars().all(|c| (' '..='~').contains(&c)));
    }

    #[test]
    fn comments_keep_letters_and_break_doubled_quotes() {
        assert_eq!(go_quote("限流 & 配额"), "\"限流 & 配额\"");
        assert_eq!(go_quote("ünï\u{301}"), "\"ünï\\u0301\"");
        assert_eq!(go_quote("a\nb\tc\u{3000}"), r#""a\nb\tc\u3000""#);
        assert_eq!(go_quote("can't"), "\"can't\"");
        assert_eq!(go_quote("''' ``"), r#""'\x27\x27 `\x60""#);
        assert!(!go_quote("x''y``z").contains("''") && !go_quote("``").contains("``"));
    }

    #[test]
    fn module_paths_in_go_mod() {
        assert_eq!(go_mod_token("github.com/a/b-c_d~e/v2"), "github.com/a/b-c_d~e/v2");
        assert_eq!(go_mod_token("a b"), "\"a b\"");
        assert_eq!(go_mod_token("a//b"), "\"a//b\"");
        assert_eq!(go_mod_token(""), "\"\"");
    }
}
