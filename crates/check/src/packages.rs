//! The `packages:` section: names each package registry accepts, and a version all three
//! ecosystems read the same way.

use errcodes_model::{CheckId, Diagnostic, Registry, Spanned, Target, python_module};

pub(crate) fn check(registry: &Registry, out: &mut Vec<Diagnostic>) {
    let packages = &registry.packages;
    if let Some(version) = &packages.version
        && !is_version(&version.value)
    {
        out.push(
            Diagnostic::new(
                CheckId::InvalidPackageVersion,
                format!(
                    "package version `{}` is not MAJOR.MINOR.PATCH",
                    version.value
                ),
            )
            .primary(
                version.span,
                "Cargo, npm and PyPI must all read it the same way",
            )
            .help("use three numbers without leading zeros, such as `1.4.0`"),
        );
    }
    let names = [
        (
            &packages.rust,
            "Rust crate",
            is_crate_name as fn(&str) -> bool,
            "letters, digits, `-` and `_`, starting with a letter, at most 64 characters",
        ),
        (
            &packages.typescript,
            "npm package",
            is_npm_name,
            "lower-case letters, digits, `-`, `.`, `_` and `~`, optionally scoped as `@scope/name`, at most 214 characters",
        ),
        (
            &packages.python,
            "Python distribution",
            is_python_name,
            "letters, digits, `-`, `_` and `.`, starting and ending with a letter or digit, and an import name that is not a Python keyword",
        ),
    ];
    for (name, what, valid, rule) in names {
        if let Some(Spanned { value, span }) = name
            && !valid(value)
        {
            out.push(
                Diagnostic::new(
                    CheckId::InvalidPackageName,
                    format!("`{value}` is not a valid {what} name"),
                )
                .primary(*span, format!("not a {what} name"))
                .help(format!("a {what} name has {rule}")),
            );
        }
    }
}

fn is_version(v: &str) -> bool {
    let parts: Vec<&str> = v.split('.').collect();
    parts.len() == 3
        && parts.iter().all(|p| {
            !p.is_empty()
                && p.chars().all(|c| c.is_ascii_digit())
                && (p.len() == 1 || !p.starts_with('0'))
        })
}

fn is_crate_name(name: &str) -> bool {
    name.len() <= 64
        && name.starts_with(|c: char| c.is_ascii_alphabetic())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

fn is_npm_name(name: &str) -> bool {
    let part = |p: &str| {
        !p.is_empty()
            && !p.starts_with(['.', '_'])
            && p.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-._~".contains(c))
    };
    let valid = match name.strip_prefix('@') {
        Some(scoped) => scoped
            .split_once('/')
            .is_some_and(|(scope, rest)| part(scope) && part(rest)),
        None => part(name),
    };
    valid && name.len() <= 214
}

fn is_python_name(name: &str) -> bool {
    let edges_ok = name.starts_with(|c: char| c.is_ascii_alphanumeric())
        && name.ends_with(|c: char| c.is_ascii_alphanumeric());
    let module = python_module(name);
    edges_ok
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
        && !module.starts_with(|c: char| c.is_ascii_digit())
        && !Target::Python.is_reserved(&module)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions() {
        assert!(is_version("1.4.0") && is_version("0.0.10"));
        for bad in ["1.4", "1.04.0", "v1.0.0", "1.0.0-beta", "1..0", ""] {
            assert!(!is_version(bad), "{bad}");
        }
    }

    #[test]
    fn names() {
        assert!(
            is_crate_name("turing-error-codes") && !is_crate_name("1x") && !is_crate_name("a b")
        );
        assert!(is_npm_name("@turing/error-codes") && is_npm_name("error-codes"));
        for bad in ["Error", "@turing", "@/x", "_x", "a b"] {
            assert!(!is_npm_name(bad), "{bad}");
        }
        assert!(
            is_python_name("turing-error-codes")
                && !is_python_name("-x")
                && !is_python_name("1codes")
        );
        assert_eq!(python_module("Turing-Error.Codes"), "turing_error_codes");
    }
}
