//! The `packages:` section: a version every ecosystem reads the same way, metadata every
//! package registry accepts (an SPDX license, `http(s)` links, `Name <email>` authors), and
//! under each target's id only the settings that target takes, each checked by the target
//! itself.

use errcodes_model::{
    CheckId, Diagnostic, Packages, Registry, Spanned, TargetPackage, suggest_help,
};
use errcodes_targets::Target;

use crate::texts;

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
                "every package registry must read it the same way",
            )
            .help("use three numbers without leading zeros, such as `1.4.0`"),
        );
    }
    metadata(packages, out);
    for package in &packages.targets {
        match Target::from_id(&package.target.value) {
            Some(target) => settings(target, package, out),
            None => {
                let mut keys = Packages::SHARED_KEYS.to_vec();
                keys.extend(
                    Target::ALL
                        .iter()
                        .filter(|t| !t.package_keys().is_empty())
                        .map(|t| t.id()),
                );
                let id = &package.target.value;
                out.push(
                    Diagnostic::new(
                        CheckId::UnknownKey,
                        format!("unknown key `{id}` in `packages`"),
                    )
                    .primary(
                        package.target.span,
                        "not a shared key nor a target with a package",
                    )
                    .help(suggest_help(
                        id,
                        &keys,
                        "the keys allowed here are: ",
                    )),
                );
            }
        }
    }
}

/// The settings under one target's id.
fn settings(target: Target, package: &TargetPackage, out: &mut Vec<Diagnostic>) {
    let keys = target.package_keys();
    let id = target.id();
    let Some(&main) = keys.first() else {
        out.push(
            Diagnostic::new(
                CheckId::UnknownKey,
                format!(
                    "the {} target has no package settings",
                    target.display_name()
                ),
            )
            .primary(package.target.span, "nothing to set here")
            .help(format!("remove `{id}` from `packages`")),
        );
        return;
    };
    for setting in &package.settings {
        let key = setting.key.as_ref().map_or(main, |k| k.value.as_str());
        if keys.contains(&key) {
            target
                .backend()
                .check_package_setting(key, &setting.value, out);
        } else if let Some(k) = &setting.key {
            out.push(
                Diagnostic::new(
                    CheckId::UnknownKey,
                    format!("unknown key `{key}` in `packages.{id}`"),
                )
                .primary(
                    k.span,
                    format!("not a setting of the {} package", target.display_name()),
                )
                .help(suggest_help(key, keys, "the keys allowed here are: ")),
            );
        }
    }
}

/// `license`, `repository`, `homepage` and `authors`.
fn metadata(packages: &Packages, out: &mut Vec<Diagnostic>) {
    if let Some(license) = &packages.license
        && let Err(error) = spdx::Expression::parse(&license.value)
    {
        out.push(
            Diagnostic::new(
                CheckId::InvalidPackageMetadata,
                format!(
                    "`packages.license` is not an SPDX license expression: {}",
                    error.reason
                ),
            )
            .primary(license.span, "crates.io, npm and PyPI read it as SPDX")
            .help("use SPDX identifiers, such as `MIT`, `Apache-2.0` or `MIT OR Apache-2.0`"),
        );
    }
    for (key, url) in [
        ("repository", &packages.repository),
        ("homepage", &packages.homepage),
    ] {
        if let Some(url) = url
            && !texts::is_http_url(&url.value)
        {
            out.push(
                Diagnostic::new(
                    CheckId::InvalidPackageMetadata,
                    format!("`packages.{key}` must be an http(s) URL"),
                )
                .primary(url.span, "every package links to it")
                .help("for example `https://github.com/turing/error-codes`"),
            );
        }
    }
    for author in &packages.authors {
        texts::text("`packages.authors`", "author", author, out);
        if !is_author(&author.value) {
            out.push(author_diagnostic(author));
        }
    }
}

/// `Name` or `Name <email>`: the one form Cargo, npm and PyPI all read.
fn is_author(author: &str) -> bool {
    match author.split_once('<') {
        None => !author.contains('>'),
        Some((name, rest)) => {
            let Some(email) = rest.strip_suffix('>') else {
                return false;
            };
            let valid_email = email.split_once('@').is_some_and(|(user, host)| {
                !user.is_empty() && !host.is_empty() && !host.contains('@')
            });
            !name.trim().is_empty()
                && name.ends_with(' ')
                && valid_email
                && !email.contains(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | ','))
        }
    }
}

fn author_diagnostic(author: &Spanned<String>) -> Diagnostic {
    Diagnostic::new(
        CheckId::InvalidPackageMetadata,
        format!("author `{}` is not `Name` or `Name <email>`", author.value),
    )
    .primary(author.span, "Cargo, npm and PyPI read authors in this form")
    .help("for example `Turing Platform <platform@turing.example>`")
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
    fn authors() {
        for good in [
            "Turing Platform",
            "Ada <ada@example.com>",
            "Ada Lovelace <a@b>",
        ] {
            assert!(is_author(good), "{good}");
        }
        for bad in [
            "<ada@example.com>",
            "Ada<ada@example.com>",
            "Ada <ada>",
            "Ada <ada@example.com",
            "Ada ada@example.com>",
            "Ada <a@b@c>",
            "Ada <a b@c>",
        ] {
            assert!(!is_author(bad), "{bad}");
        }
    }
}
