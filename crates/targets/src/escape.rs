//! How text becomes literal or comment in each target. Pure functions; the template filters in
//! [`crate::filters`] wrap them.

use std::fmt::Write;

/// A Rust string literal, escaped exactly as the compiler reads it. Printable ASCII without
/// quotes or backslashes needs no escaping, the common case, and skips proc-macro2's
/// per-character escaper.
pub fn rust_str(s: &str) -> String {
    quoted_printable(s, '"', b"").unwrap_or_else(|| proc_macro2::Literal::string(s).to_string())
}

/// A JSON string literal, which is also a valid TypeScript string literal.
pub fn json_str(s: &str) -> String {
    quoted_printable(s, '"', b"").unwrap_or_else(|| serde_json::to_string(s).unwrap_or_default())
}

/// `s` between `quote`s with `quote` and `\\` backslash-escaped, when it is printable ASCII
/// without any of `also`: the common case, which the Rust, JSON, Python and Go literals all
/// write so (the tests hold each to its own escaper). `None` otherwise, for that escaper.
pub(crate) fn quoted_printable(s: &str, quote: char, also: &[u8]) -> Option<String> {
    let bytes = s.as_bytes();
    if !bytes.iter().all(|b| (b' '..=b'~').contains(b))
        || (!also.is_empty() && bytes.iter().any(|b| also.contains(b)))
    {
        return None;
    }
    let mut out = String::with_capacity(s.len() + 8);
    out.push(quote);
    let mut run = 0;
    for (i, &b) in bytes.iter().enumerate() {
        if char::from(b) == quote || b == b'\\' {
            out.push_str(&s[run..i]);
            out.push('\\');
            run = i;
        }
    }
    out.push_str(&s[run..]);
    out.push(quote);
    Some(out)
}

/// A Python string literal in ASCII, quoted as ruff and black quote: double quotes unless
/// single quotes need fewer escapes.
pub fn python_str(s: &str) -> String {
    let quote = if s.matches('"').count() > s.matches('\'').count() {
        '\''
    } else {
        '"'
    };
    if let Some(quoted) = quoted_printable(s, quote, b"") {
        return quoted;
    }
    format!("{quote}{}{quote}", python_escape(s, quote, ""))
}

/// Python text in ASCII: backslashes, `quote`, newlines and tabs escaped, and every character
/// beyond ASCII as `\\uXXXX` or `\\UXXXXXXXX`, so that no linter takes registry text for
/// confusable characters in code (ruff's RUF001 to RUF003 flag fullwidth punctuation, common
/// in Chinese text). With `indent`, newlines stay line breaks followed by the indentation, as
/// a docstring's lines.
fn python_escape(s: &str, quote: char, indent: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            '\n' if !indent.is_empty() => {
                out.push('\n');
                out.push_str(indent);
            }
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            ' '..='~' => out.push(c),
            c if u32::from(c) <= 0xFFFF => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => {
                let _ = write!(out, "\\U{:08x}", u32::from(c));
            }
        }
    }
    out
}

/// Text as CommonMark inline content that renders as exactly that text: markup characters are
/// backslash-escaped, and so is anything a line could start a block with. Rustdoc and TSDoc
/// render Markdown, so doc comments use this too; escaping `*` also keeps `*/` out of block
/// comments.
pub fn markdown_inline(s: &str) -> Vec<String> {
    s.split('\n')
        .map(|line| {
            let mut out = String::with_capacity(line.len() + 8);
            markdown_line(&mut out, line);
            out
        })
        .collect()
}

/// Appends one line as Markdown inline content to `out`, which may already hold a prefix.
/// Once past the line's start (where `#`, `-`, `1.` and the like could open a block), runs of
/// characters that never need an escape are copied whole.
fn markdown_line(out: &mut String, line: &str) {
    let start = out.len();
    let mut at_start = true;
    let mut rest = line;
    while !rest.is_empty() {
        if !at_start {
            let run = rest
                .bytes()
                .position(|b| {
                    matches!(
                        b,
                        b'\\'
                            | b'`'
                            | b'*'
                            | b'_'
                            | b'['
                            | b']'
                            | b'<'
                            | b'>'
                            | b'|'
                            | b'~'
                            | b'$'
                            | b'&'
                            | b'/'
                            | b'h'
                    )
                })
                .unwrap_or(rest.len());
            out.push_str(&rest[..run]);
            rest = &rest[run..];
        }
        let Some(c) = rest.chars().next() else {
            break;
        };
        if let Some(url) = url_at(rest, &out[start..]) {
            out.push('<');
            out.push_str(url);
            out.push('>');
            rest = &rest[url.len()..];
            at_start = false;
            continue;
        }
        rest = &rest[c.len_utf8()..];
        let escape = match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '~' | '$' => true,
            '&' => rest.starts_with(|n: char| n.is_ascii_alphanumeric() || n == '#'),
            '#' | '-' | '+' | '=' => at_start,
            '.' | ')' => at_start_of_number(&out[start..]),
            '/' => out[start..].ends_with('*'),
            _ => false,
        };
        if escape {
            out.push('\\');
        }
        out.push(c);
        if !c.is_ascii_digit() && c != ' ' {
            at_start = false;
        }
    }
}

/// A bare `http://` or `https://` URL starting `rest`, after a word boundary: it runs to
/// whitespace or a closing bracket or quote, without trailing punctuation (GitHub's rule for
/// autolinks). It also stops at `*`, `\\` and `|`, which stay escaped, so that an autolink can
/// never carry `*/` into a block comment or split a table cell. Such URLs become `<autolinks>`, which rustdoc requires and every renderer
/// shows as the same text.
fn url_at<'a>(rest: &'a str, before: &str) -> Option<&'a str> {
    if !(rest.starts_with("https://") || rest.starts_with("http://")) {
        return None;
    }
    if before.ends_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    let end = rest
        .find(|c: char| {
            c.is_whitespace()
                || c.is_control()
                || matches!(
                    c,
                    ')' | ']' | '>' | '<' | '"' | '\'' | '`' | '*' | '\\' | '|'
                )
        })
        .unwrap_or(rest.len());
    let url = rest[..end].trim_end_matches(['.', ',', ';', ':', '!', '?']);
    let scheme = url.find("://").map_or(0, |i| i + 3);
    (url.len() > scheme).then_some(url)
}

/// Whether `out` so far is a line of only digits (so a `.` or `)` would start a list item).
fn at_start_of_number(out: &str) -> bool {
    let trimmed = out.trim_start_matches(' ');
    !trimmed.is_empty() && trimmed.chars().all(|c| c.is_ascii_digit())
}

/// Doc-comment lines: each line of `s` as Markdown after `prefix` (`/// ` or ` * `), with no
/// trailing space on empty lines and tabs as four spaces (as rustdoc and clippy expect).
pub fn doc_lines(s: &str, prefix: &str) -> String {
    let lines = s.matches('\n').count() + 1;
    let mut out = String::with_capacity(s.len() + s.len() / 8 + lines * prefix.len());
    for (i, line) in s.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if line.is_empty() {
            out.push_str(prefix.trim_end());
            continue;
        }
        out.push_str(prefix);
        if line.contains('\t') {
            markdown_line(&mut out, &line.replace('\t', "    "));
        } else {
            markdown_line(&mut out, line);
        }
    }
    out
}

/// Text as plain comment lines after `prefix`, exactly (no Markdown escaping), for sources
/// that read the text back from the comment; empty lines get no trailing space.
pub fn comment_text(s: &str, prefix: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2 * prefix.len());
    for (i, line) in s.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if line.is_empty() {
            out.push_str(prefix.trim_end());
        } else {
            out.push_str(prefix);
            out.push_str(line);
        }
    }
    out
}

/// Text as a Markdown code span that shows it exactly, inside a table cell: `|` escaped
/// (GitHub tables split on it even in code spans).
pub fn markdown_code(s: &str) -> String {
    markdown_code_span(&s.replace('|', "\\|"))
}

/// Text as a Markdown code span outside a table: a fence longer than any run of backticks in
/// it, padding where it starts or ends with a backtick, line breaks as spaces. No autolink
/// forms inside, so a URL stays text (it can be a link's text).
pub fn markdown_code_span(s: &str) -> String {
    let longest = s.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = if s.starts_with('`') || s.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{}{pad}{fence}", s.replace('\n', " "))
}

/// The backtick fence of a fenced code block that holds `s`: longer than any run of
/// backticks in it, and at least three.
pub fn markdown_fence(s: &str) -> String {
    let longest = s.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    "`".repeat((longest + 1).max(3))
}

/// A link destination in its `<…>` form, so that parentheses and spaces need no care; the
/// checks keep `<`, `>`, `\\` and line breaks out of links, and they are escaped regardless.
/// `&` is escaped too: CommonMark decodes entity references in destinations, which would
/// turn `javascript&colon;…` into a `javascript:` link.
pub fn markdown_link_url(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('<');
    for c in s.chars() {
        if matches!(c, '<' | '>' | '\\' | '&') {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('>');
    out
}

/// Text as HTML text or a double-quoted attribute value, through askama's HTML escaper.
pub fn html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    // Writing to a String cannot fail.
    let _ = askama::filters::Escaper::write_escaped_str(&askama::filters::Html, &mut out, s);
    out
}

/// A Markdown table cell: inline Markdown with line breaks as `<br>`.
pub fn markdown_cell(s: &str) -> String {
    markdown_inline(s).join("<br>")
}

/// The inside of a Python `"""` docstring, in ASCII as [`python_str`], lines after the first
/// indented by `indent` and no trailing whitespace on empty lines.
pub fn python_doc(s: &str, indent: &str) -> String {
    python_escape(s, '"', indent)
        .split('\n')
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("\n")
}

/// `s` as a YAML double-quoted scalar that every YAML reader reads back as `s`: its JSON
/// string literal (YAML reads JSON escapes in double-quoted scalars), with `\uXXXX` escapes
/// for the characters a YAML stream may not hold (YAML 1.2's `c-printable` leaves out U+FFFE
/// and U+FFFF, which `serde_json` writes as they are, and DEL and the C1 controls) and for the
/// ones YAML 1.1 readers (PyYAML, SnakeYAML) take for line breaks and fold: U+0085, U+2028
/// and U+2029.
pub(crate) fn yaml_str(s: &str) -> String {
    let json = json_str(s);
    if !json.contains(yaml_needs_escape) {
        return json;
    }
    let mut out = String::with_capacity(json.len() + 12);
    for c in json.chars() {
        if yaml_needs_escape(c) {
            let _ = write!(out, "\\u{:04X}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    out
}

/// Whether a character the JSON literal holds as written must be escaped in YAML.
fn yaml_needs_escape(c: char) -> bool {
    matches!(
        c,
        '\u{85}' | '\u{2028}' | '\u{2029}' | '\u{FFFE}' | '\u{FFFF}'
    ) || (c.is_control() && c != '\n' && c != '\t')
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    proptest! {
        /// The shortcut for printable ASCII writes what each language's own escaper writes.
        #[test]
        fn printable_ascii_is_quoted_as_each_escaper_quotes_it(s in "[ -~]{0,24}") {
            let rust = proc_macro2::Literal::string(&s).to_string();
            prop_assert_eq!(super::rust_str(&s), rust);
            prop_assert_eq!(super::json_str(&s), serde_json::to_string(&s).unwrap());
            let quote = if s.matches('"').count() > s.matches('\'').count() { '\'' } else { '"' };
            let python = format!("{quote}{}{quote}", super::python_escape(&s, quote, ""));
            prop_assert_eq!(super::python_str(&s), python);
        }
    }

    use super::*;

    #[test]
    fn the_plain_ascii_shortcut_agrees_with_proc_macro2() {
        for b in b' '..=b'~' {
            let s = format!("a{}b", char::from(b));
            assert_eq!(
                rust_str(&s),
                proc_macro2::Literal::string(&s).to_string(),
                "{s}"
            );
        }
    }

    #[test]
    fn rust_literals_escape_what_rustc_needs() {
        assert_eq!(rust_str("a\"b\\c\nd"), r#""a\"b\\c\nd""#);
        assert_eq!(rust_str("限流"), "\"限流\"");
    }

    #[test]
    fn json_literals() {
        assert_eq!(json_str("a\"b\\c\nd\u{7}"), r#""a\"b\\c\nd\u0007""#);
    }

    #[test]
    fn markdown_escapes_markup_but_not_plain_text() {
        assert_eq!(markdown_cell("a | b"), "a \\| b");
        assert_eq!(
            markdown_cell("unique_name *x* [l](u) <script>"),
            "unique\\_name \\*x\\* \\[l\\](u) \\<script\\>"
        );
        assert_eq!(markdown_cell("限流 & 配额 &amp;"), "限流 & 配额 \\&amp;");
        assert_eq!(markdown_cell("one\ntwo"), "one<br>two");
        assert_eq!(
            markdown_cell("# h\n- l\n12. n\nx-y"),
            "\\# h<br>\\- l<br>12\\. n<br>x-y"
        );
    }

    #[test]
    fn link_destinations_cannot_smuggle_entities_or_brackets() {
        assert_eq!(
            markdown_link_url("javascript&colon;alert(1)"),
            "<javascript\\&colon;alert(1)>"
        );
        assert_eq!(markdown_link_url("/a?b=1&c=<2>"), "</a?b=1\\&c=\\<2\\>>");
    }

    #[test]
    fn code_spans_fence_past_backticks() {
        assert_eq!(markdown_code("NOT_FOUND"), "`NOT_FOUND`");
        assert_eq!(markdown_code("a`b|c"), "``a`b\\|c``");
        assert_eq!(markdown_code("`x"), "`` `x ``");
    }

    #[test]
    fn bare_urls_become_autolinks() {
        assert_eq!(
            markdown_cell("login (https://a.b/c_d) now."),
            "login (<https://a.b/c_d>) now."
        );
        assert_eq!(markdown_cell("see http://x.y."), "see <http://x.y>.");
        assert_eq!(
            markdown_cell("nohttps://x https://"),
            "nohttps://x https://"
        );
    }

    #[test]
    fn doc_lines_have_no_trailing_space_and_no_comment_terminator() {
        assert_eq!(doc_lines("a\n\nb */", "/// "), "/// a\n///\n/// b \\*\\/");
    }

    #[test]
    fn python_literals_are_ascii() {
        assert_eq!(
            python_str("a\"b\\c\nd\té限😀'"),
            r#""a\"b\\c\nd\t\u00e9\u9650\U0001f600'""#
        );
        assert_eq!(python_str("say \"hi\""), r#"'say "hi"'"#);
    }

    #[test]
    fn python_docstrings_cannot_close_early() {
        assert_eq!(
            python_doc("say \"\"\"hi\\\n\nthere 限", "    "),
            "say \\\"\\\"\\\"hi\\\\\n\n    there \\u9650"
        );
    }

    #[test]
    fn yaml_plain_text_is_its_json_literal() {
        for s in [
            "",
            "Success",
            "a\"b\\c\nd\te",
            "限流 & 配额 😀",
            "# not: a comment",
        ] {
            assert_eq!(yaml_str(s), json_str(s), "{s}");
        }
    }

    #[test]
    fn yaml_escapes_yaml_1_1_line_breaks_and_non_printables() {
        assert_eq!(
            yaml_str("a\u{85}b\u{2028}c\u{2029}d\u{FFFE}e\u{FFFF}f\u{9F}g\u{7F}"),
            r#""a\u0085b\u2028c\u2029d\uFFFEe\uFFFFf\u009Fg\u007F""#
        );
        let s = "x\u{85}\u{2028}\u{FFFF}\u{7}\"\\";
        let back: String = serde_json::from_str(&yaml_str(s)).unwrap();
        assert_eq!(back, s);
    }
}
