//! What several targets share about names: the default package name and the diagnostic for a
//! package name its registry would refuse. Each target's own rules live in its folder.

use errcodes_model::{CheckId, Diagnostic, Spanned};
use errcodes_view::View;
use heck::ToKebabCase;

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
