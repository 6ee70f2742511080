//! What several targets share about names: the default package name, the diagnostic for a
//! package name its registry would refuse, and UpperCamelCase of a code name. Each target's
//! own rules live in its folder.

use errcodes_model::{CheckId, Diagnostic, Spanned};
use errcodes_view::View;
use heck::{ToKebabCase, ToUpperCamelCase};

/// A SCREAMING_SNAKE_CASE name in UpperCamelCase by heck's rules: `HTTP_TIMEOUT_ERROR` is
/// `HttpTimeoutError`. The checks and several targets derive one for every code, so the
/// common case takes a shortcut: a name whose words are upper-case ASCII letters and digits is
/// capitalised word by word ([`push_capitalized`]); any other name goes through heck.
pub(crate) fn upper_camel(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for word in name.split('_') {
        if !push_capitalized(word, &mut out) {
            return name.to_upper_camel_case();
        }
    }
    out
}

/// Appends `word` capitalised (`TIMEOUT` as `Timeout`, `V2X` as `V2x`) and returns true when
/// it is upper-case ASCII letters and digits: heck finds no word boundary inside such a word
/// (digits are neither case), and capitalises it. Appends nothing and returns false for any
/// other word.
pub(crate) fn push_capitalized(word: &str, out: &mut String) -> bool {
    let bytes = word.as_bytes();
    if bytes.is_empty()
        || !bytes
            .iter()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
    {
        return false;
    }
    out.push(char::from(bytes[0]));
    out.extend(
        bytes[1..]
            .iter()
            .map(|b| char::from(b.to_ascii_lowercase())),
    );
    true
}

/// The package name a target uses when `packages.<id>` names none: the enum's name in
/// kebab-case, plural (`turing-error-codes`).
pub(crate) fn default_package_name(view: &View) -> String {
    format!("{}s", view.names.code_type.to_kebab_case())
}

/// Reports `value` as a name the package registry `what` (such as "Rust crate") refuses,
/// where `rule` says what a valid one has.
pub(crate) fn invalid_package_name(
    value: &Spanned<String>,
    what: &str,
    rule: &str,
    out: &mut Vec<Diagnostic>,
) {
    out.push(
        Diagnostic::new(
            CheckId::InvalidPackageName,
            format!("`{}` is not a valid {what} name", value.value),
        )
        .primary(value.span, format!("not a {what} name"))
        .help(format!("a {what} name has {rule}")),
    );
}

#[cfg(test)]
mod tests {
    use heck::ToUpperCamelCase;
    use proptest::prelude::*;

    use super::upper_camel;

    proptest! {
        /// The shortcut gives heck's answer, on the names it takes and on those it passes on.
        #[test]
        fn upper_camel_is_hecks(name in "[A-Z0-9_]{0,6}(_[A-Z0-9]{1,7}){0,3}|[A-Za-z0-9_]{0,12}") {
            prop_assert_eq!(upper_camel(&name), name.to_upper_camel_case());
        }
    }
}
