//! The `packages:` section: a version every ecosystem reads the same way, and under each
//! target's id only the settings that target takes, each checked by the target itself.

use errcodes_model::{CheckId, Diagnostic, Registry, TargetPackage, suggest_help};
use errcodes_targets::Target;

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
    for package in &packages.targets {
        match Target::from_id(&package.target.value) {
            Some(target) => settings(target, package, out),
            None => {
                let mut keys = vec!["version"];
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
                        "not `version` nor a target with a package",
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
}
