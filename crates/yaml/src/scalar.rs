//! What an untagged plain scalar means: null, a boolean, an integer, a number or a string.
//!
//! The rules are serde-saphyr's untyped resolution (`deserialize_any`) under the options the
//! serde reader sets: YAML 1.2 booleans only (`strict_booleans`), and a decimal with a leading
//! zero kept as a string (`leading_zero_numbers_as_strings`), so `0127` is never octal.
//! serde-saphyr keeps its parsers private, so they are restated here; the differential test
//! and the fuzz target hold both readers to the same answer. A scalar whose meaning serde-saphyr
//! would refuse or treat specially (a non-finite number, the merge key `<<`) gets `None`: the
//! event reader then leaves the whole document to the serde reader.

use std::borrow::Cow;

use crate::tree::Value;

/// Resolves a plain (unquoted, untagged) scalar.
pub(crate) fn plain(text: Cow<'_, str>) -> Option<Value<'_>> {
    if matches!(&*text, "" | "~" | "null" | "Null" | "NULL") {
        return Some(Value::Null);
    }
    if text == "<<" {
        return None;
    }
    let trimmed = trim(&text);
    match trimmed {
        "true" | "True" | "TRUE" => return Some(Value::Bool(true)),
        "false" | "False" | "FALSE" => return Some(Value::Bool(false)),
        _ => {}
    }
    let unsigned = trimmed.strip_prefix(['+', '-']).unwrap_or(trimmed);
    let uppercase_radix = matches!(unsigned.as_bytes(), [b'0', b'X' | b'O' | b'B', ..]);
    if uppercase_radix || is_signed_nan(trimmed) || leading_zero_decimal(trimmed) {
        return Some(Value::Str(text));
    }
    if let Some(int) = integer(trimmed) {
        return Some(Value::Int(int));
    }
    match float(trimmed) {
        Some(number) if number.is_finite() => Some(Value::Float),
        Some(_) => None,
        None => Some(Value::Str(text)),
    }
}

/// The padding serde-saphyr trims before it converts a scalar.
fn trim(text: &str) -> &str {
    text.trim_matches([' ', '\t', '\r', '\n'])
}

fn is_signed_nan(trimmed: &str) -> bool {
    trimmed
        .strip_prefix(['+', '-'])
        .is_some_and(|unsigned| matches!(unsigned, ".nan" | ".NaN" | ".NAN"))
}

/// `0127`, `+0127`, `-0127`: a decimal with a redundant leading zero.
fn leading_zero_decimal(trimmed: &str) -> bool {
    let digits = trimmed.strip_prefix(['+', '-']).unwrap_or(trimmed);
    digits.len() > 1 && digits.starts_with('0') && digits.bytes().all(|b| b.is_ascii_digit())
}

/// An `i64` for a leading `-`, else a `u64`: decimal, or `0x`, `0o`, `0b` with lowercase
/// prefixes, each with single underscores between digits.
fn integer(trimmed: &str) -> Option<i128> {
    let (negative, rest) = match trimmed.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, trimmed.strip_prefix('+').unwrap_or(trimmed)),
    };
    let (radix, digits) = if let Some(d) = rest.strip_prefix("0x") {
        (16, d)
    } else if let Some(d) = rest.strip_prefix("0o") {
        (8, d)
    } else if let Some(d) = rest.strip_prefix("0b") {
        (2, d)
    } else {
        if rest.starts_with('0') && rest != "0" {
            return None;
        }
        (10, rest)
    };
    let magnitude = i128::try_from(digits_value(digits, radix)?).ok()?;
    if negative {
        i64::try_from(-magnitude).ok().map(i128::from)
    } else {
        u64::try_from(magnitude).ok().map(i128::from)
    }
}

/// The value of `digits` in `radix`; an underscore must stand between two digits.
fn digits_value(digits: &str, radix: u32) -> Option<u128> {
    let bytes = digits.as_bytes();
    let mut value: u128 = 0;
    let mut saw_digit = false;
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'_' {
            let between =
                i > 0 && bytes[i - 1] != b'_' && bytes.get(i + 1).is_some_and(|&n| n != b'_');
            if !between {
                return None;
            }
            continue;
        }
        let digit = char::from(b).to_digit(16).filter(|&d| d < radix)?;
        value = value
            .checked_mul(u128::from(radix))?
            .checked_add(u128::from(digit))?;
        saw_digit = true;
    }
    saw_digit.then_some(value)
}

/// A YAML 1.2 number: `.inf`, `.nan` and their signed and capitalised spellings, a finite
/// decimal, or a numeral that overflows to infinity (`1e999`). Rust's own `inf` and `nan`
/// spellings stay strings.
fn float(trimmed: &str) -> Option<f64> {
    let (negative, unsigned) = match trimmed.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, trimmed.strip_prefix('+').unwrap_or(trimmed)),
    };
    match unsigned {
        ".nan" | ".NaN" | ".NAN" => return Some(f64::NAN),
        ".inf" | ".Inf" | ".INF" if negative => return Some(f64::NEG_INFINITY),
        ".inf" | ".Inf" | ".INF" => return Some(f64::INFINITY),
        _ => {}
    }
    let parsed = trimmed.parse::<f64>().ok()?;
    let numeral = unsigned.as_bytes().first().is_some_and(u8::is_ascii_digit);
    (parsed.is_finite() || numeral && parsed.is_infinite()).then_some(parsed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(text: &str) -> &'static str {
        plain(Cow::Borrowed(text)).map_or("passed up", |value| value.kind())
    }

    #[test]
    fn each_spelling_resolves_as_serde_saphyr_resolves_it() {
        let cases = [
            ("", "nothing (null)"),
            ("~", "nothing (null)"),
            ("NULL", "nothing (null)"),
            ("nULL", "a string"),
            ("True", "a boolean"),
            ("yes", "a string"),
            ("1000", "an integer"),
            ("+1000", "an integer"),
            ("-1", "an integer"),
            ("1_000", "an integer"),
            ("1__000", "a string"),
            ("_1", "a string"),
            ("0", "an integer"),
            ("-0", "an integer"),
            ("0127", "a string"),
            ("-0127", "a string"),
            ("0x1F", "an integer"),
            ("0X1F", "a string"),
            ("0o17", "an integer"),
            ("0o18", "a string"),
            ("0b101", "an integer"),
            ("0x", "a string"),
            ("18446744073709551615", "an integer"),
            ("18446744073709551616", "a non-integer number"),
            ("-9223372036854775808", "an integer"),
            ("-9223372036854775809", "a non-integer number"),
            ("1.5", "a non-integer number"),
            ("1e3", "a non-integer number"),
            (".5", "a non-integer number"),
            ("inf", "a string"),
            ("NaN", "a string"),
            ("-.nan", "a string"),
            (".inf", "passed up"),
            ("1e999", "passed up"),
            ("<<", "passed up"),
            ("1.2.3", "a string"),
        ];
        let wrong: Vec<_> = cases
            .iter()
            .filter(|(text, expected)| kind(text) != *expected)
            .map(|(text, expected)| format!("{text:?}: {} (expected {expected})", kind(text)))
            .collect();
        assert!(wrong.is_empty(), "{wrong:#?}");
    }
}
