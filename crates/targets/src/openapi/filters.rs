//! The OpenAPI templates' filters: the crate's `json_str` for the JSON Schema file, and
//! `yaml_str` for the YAML document, a JSON string literal (YAML reads JSON escapes in
//! double-quoted scalars) that also escapes what a YAML reader would not take as written.

use std::fmt::Write;

use askama::filters::Safe;
use askama::{Result, Values};

pub(crate) use crate::filters::json_str;

/// `{{ s|yaml_str }}`: a YAML double-quoted scalar that every YAML reader reads back as `s`.
#[askama::filter_fn]
pub fn yaml_str(s: impl ToString, _: &dyn Values) -> Result<Safe<String>> {
    Ok(Safe(yaml_quoted(&s.to_string())))
}

/// `s` as a JSON string literal, with `\uXXXX` escapes for the characters a YAML stream may
/// not hold (YAML 1.2's `c-printable` leaves out U+FFFE and U+FFFF, which `serde_json`
/// writes as they are, and DEL and the C1 controls) and for the ones YAML 1.1 readers
/// (PyYAML, SnakeYAML) take for line breaks and fold: U+0085, U+2028 and U+2029.
pub(crate) fn yaml_quoted(s: &str) -> String {
    let json = crate::escape::json_str(s);
    if !json.contains(needs_escape) {
        return json;
    }
    let mut out = String::with_capacity(json.len() + 12);
    for c in json.chars() {
        if needs_escape(c) {
            let _ = write!(out, "\\u{:04X}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    out
}

/// Whether a character the JSON literal holds as written must be escaped in YAML.
fn needs_escape(c: char) -> bool {
    matches!(
        c,
        '\u{85}' | '\u{2028}' | '\u{2029}' | '\u{FFFE}' | '\u{FFFF}'
    ) || (c.is_control() && c != '\n' && c != '\t')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_its_json_literal() {
        for s in ["", "Success", "a\"b\\c\nd\te", "限流 & 配额 😀", "# not: a comment"] {
            assert_eq!(yaml_quoted(s), crate::escape::json_str(s), "{s}");
        }
    }

    #[test]
    fn line_breaks_of_yaml_1_1_and_non_printables_are_escaped() {
        assert_eq!(
            yaml_quoted("a\u{85}b\u{2028}c\u{2029}d\u{FFFE}e\u{FFFF}f\u{9F}g\u{7F}"),
            r#""a\u0085b\u2028c\u2029d\uFFFEe\uFFFFf\u009Fg\u007F""#
        );
    }

    #[test]
    fn the_literal_reads_back_as_json() {
        let s = "x\u{85}\u{2028}\u{FFFF}\u{7}\"\\";
        let back: String = serde_json::from_str(&yaml_quoted(s)).unwrap();
        assert_eq!(back, s);
    }
}
