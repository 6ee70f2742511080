//! What `packages.go` takes: `module`, the Go module's path (the short form `go: <path>` sets
//! it), and `package`, the package's name; their defaults, derived from the enum's name; and
//! the rules a value must follow, as the go command checks them.

use errcodes_model::{Diagnostic, Spanned};
use errcodes_view::View;

use super::naming::is_keyword_or_predeclared;
use crate::naming::{default_package_name, invalid_package_name};

/// The keys of `packages.go`; the first is the one the short form sets.
pub(crate) const KEYS: &[&str] = &["module", "package"];

/// Reports a `module` or `package` value the go command would refuse.
pub(crate) fn check(key: &str, value: &Spanned<String>, out: &mut Vec<Diagnostic>) {
    if key == "package" {
        if !is_package_name(&value.value) {
            invalid_package_name(
                value,
                "Go package",
                "lower-case ASCII letters and digits, starting with a letter, and is not a Go keyword, a predeclared identifier, `main` or `init`",
                out,
            );
        }
    } else if !is_module_path(&value.value) {
        invalid_package_name(
            value,
            "Go module",
            "path elements of ASCII letters, digits, `-`, `.`, `_` and `~` joined by `/`, none starting or ending with `.`; a first element that is a lower-case domain name with a dot (`github.com`); and a major version suffix, if any, of `/v2` or above",
            out,
        );
    }
}

/// The module path when the registry names none: `example.com/` and the default package
/// name of every target (`example.com/turing-error-codes`), a placeholder in the form the go
/// command requires.
pub(crate) fn default_module(view: &View) -> String {
    format!("example.com/{}", default_package_name(view))
}

/// The package name when the registry names none: the enum's name in lower case, plural
/// (`turingerrorcodes`).
pub(crate) fn default_package(view: &View) -> String {
    format!("{}s", view.names.code_type.to_ascii_lowercase())
}

/// A package name that `go vet` and every importer accept without an alias or a lint:
/// lower-case ASCII letters and digits, starting with a letter; not a keyword or predeclared
/// identifier, and neither `main` (a command, which cannot be imported) nor `init` (which
/// cannot name an import).
pub(crate) fn is_package_name(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        && !is_keyword_or_predeclared(name)
        && name != "main"
        && name != "init"
}

/// The rule of `golang.org/x/mod/module.CheckPath`, which a module others `require` must
/// follow: its elements, its first element (a domain name) and its major version suffix.
pub(crate) fn is_module_path(path: &str) -> bool {
    let first = path.split('/').next().unwrap_or_default();
    !path.starts_with('-')
        && path.split('/').all(is_path_element)
        && first.contains('.')
        && first
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '-')
        && has_valid_major_suffix(path)
}

/// One element of a module path (`checkElem`): not empty, not only dots, no leading or
/// trailing dot, only `[A-Za-z0-9-._~]`, and, up to its first dot, neither a name Windows
/// reserves nor a Windows short name (`EXAMPLE~1`).
fn is_path_element(elem: &str) -> bool {
    const WINDOWS: &[&str] = &[
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7",
        "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    ];
    let short = elem.split('.').next().unwrap_or_default();
    let short_name = short.rsplit_once('~').is_some_and(|(_, digits)| {
        !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit())
    });
    !elem.is_empty()
        && !elem.starts_with('.')
        && !elem.ends_with('.')
        && elem
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_' | '~'))
        && !WINDOWS.iter().any(|w| w.eq_ignore_ascii_case(short))
        && !short_name
}

/// `module.SplitPathVersion`: a final `/vN` (digits and dots after `v`) must be `/v2` or
/// above, with no leading zero and no dot; a `gopkg.in/` path must end in `.vN` (`.v0` and
/// up, `-unstable` allowed).
fn has_valid_major_suffix(path: &str) -> bool {
    if let Some(rest) = path.strip_prefix("gopkg.in/") {
        let unstable = rest.strip_suffix("-unstable");
        let rest = unstable.unwrap_or(rest);
        let digits = rest.trim_end_matches(|c: char| c.is_ascii_digit());
        let major = &rest[digits.len()..];
        return digits.ends_with(".v")
            && digits.len() > 2
            && !major.is_empty()
            && (!major.starts_with('0') || (major == "0" && unstable.is_none()));
    }
    let prefix = path.trim_end_matches(|c: char| c.is_ascii_digit() || c == '.');
    let major = &path[prefix.len()..];
    if major.is_empty() || !prefix.ends_with("/v") || prefix.len() < 3 {
        return true;
    }
    !major.contains('.') && !major.starts_with('0') && major != "1"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn module_paths() {
        for good in [
            "github.com/turing/error-codes-go",
            "example.com/turing-error-codes",
            "go.turing.ai/errors/v2",
            "example.com/A_b~c.d",
            "example.com/v1x",
            "gopkg.in/yaml.v3",
            "gopkg.in/check.v1-unstable",
            "example.com/vendor.v1",
        ] {
            assert!(is_module_path(good), "{good}");
        }
        for bad in [
            "",
            "turing-error-codes",
            "GitHub.com/turing/codes",
            "-x.com/y",
            "/example.com/y",
            "example.com/",
            "example.com//y",
            "example.com/.y",
            "example.com/y.",
            "example.com/..",
            "example.com/a b",
            "example.com/é",
            "example.com/a\\b",
            "example.com/con",
            "example.com/com1.txt",
            "example.com/EXAMPLE~1",
            "example.com/y/v1",
            "example.com/y/v02",
            "example.com/y/v2.0",
            "gopkg.in/yaml",
            "gopkg.in/yaml.v03",
            "example_x.com/y",
        ] {
            assert!(!is_module_path(bad), "{bad}");
        }
    }

    #[test]
    fn package_names() {
        for good in ["turingerrors", "errcodes2", "x"] {
            assert!(is_package_name(good), "{good}");
        }
        for bad in [
            "", "Turing", "turing_errors", "turing-errors", "2x", "type", "string", "main",
            "init", "_", "é",
        ] {
            assert!(!is_package_name(bad), "{bad}");
        }
    }

    #[test]
    fn defaults_are_valid() {
        let view = errcodes_testkit::view_of(&errcodes_testkit::repo_root().join("registry.yaml"));
        assert!(is_module_path(&default_module(&view)));
        assert_eq!(default_package(&view), "turingerrorcodes");
        assert!(is_package_name(&default_package(&view)));
    }

    #[test]
    fn the_check_names_what_is_wrong() {
        let mut out = Vec::new();
        let value = |s: &str| Spanned::new(s.to_owned(), errcodes_model::Span::default());
        check("module", &value("github.com/turing/error-codes-go"), &mut out);
        check("package", &value("turingerrors"), &mut out);
        assert!(out.is_empty(), "{out:?}");
        check("module", &value("error codes"), &mut out);
        check("package", &value("func"), &mut out);
        let messages: Vec<&str> = out.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(
            messages,
            [
                "`error codes` is not a valid Go module name",
                "`func` is not a valid Go package name"
            ]
        );
    }
}
