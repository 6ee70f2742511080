//! Names and the identifiers they become: the enum's name, SCREAMING_SNAKE_CASE code names,
//! snake_case category ids, and what each target makes of them (collisions, reserved words).

use std::collections::BTreeMap;

use errcodes_model::{CheckId, Diagnostic, Registry, Span, limits};
use errcodes_targets::Target;
use errcodes_view::Names;
use heck::{ToShoutySnakeCase, ToSnakeCase, ToUpperCamelCase};

pub(crate) fn check(registry: &Registry, out: &mut Vec<Diagnostic>) {
    enum_name(registry, out);
    for code in &registry.codes {
        let name = &code.name.value;
        if name.chars().count() > limits::MAX_NAME_CHARS {
            out.push(
                Diagnostic::new(
                    CheckId::LimitExceeded,
                    format!(
                        "the name of code {} is {} characters long; the limit is {}",
                        code.code.value,
                        name.chars().count(),
                        limits::MAX_NAME_CHARS
                    ),
                )
                .primary(code.name.span, "too long")
                .help("shorten it: every SDK spells it out"),
            );
            continue;
        }
        if !is_screaming_snake(name) {
            out.push(
                Diagnostic::new(
                    CheckId::InvalidName,
                    format!(
                        "code {} has name `{name}`, which is not SCREAMING_SNAKE_CASE",
                        code.code.value
                    ),
                )
                .primary(
                    code.name.span,
                    "expected upper-case words joined by single underscores",
                )
                .help(format!("write it as `{}`", name.to_shouty_snake_case())),
            );
        }
    }
    for name in registry.reserved.iter().filter_map(|r| r.name.as_ref()) {
        if !is_screaming_snake(&name.value) {
            out.push(
                Diagnostic::new(
                    CheckId::InvalidName,
                    format!("reserved name `{}` is not SCREAMING_SNAKE_CASE", name.value),
                )
                .primary(name.span, "a retired name is spelt like every other name")
                .help(format!(
                    "write it as `{}`",
                    name.value.to_shouty_snake_case()
                )),
            );
        }
    }
    for category in &registry.categories {
        let id = &category.id.value;
        if !is_snake(id) {
            out.push(
                Diagnostic::new(
                    CheckId::InvalidCategoryId,
                    format!("category id `{id}` is not snake_case"),
                )
                .primary(
                    category.id.span,
                    "expected lower-case words joined by single underscores",
                )
                .help(format!("write it as `{}`", id.to_snake_case())),
            );
        }
    }
    let codes = registry
        .codes
        .iter()
        .map(|c| (c.name.value.as_str(), c.name.span));
    let names = Names::new(&registry.enum_name.value);
    idents(
        codes.collect(),
        "code name",
        Target::code_ident,
        &names,
        out,
    );
    let categories = registry
        .categories
        .iter()
        .map(|c| (c.id.value.as_str(), c.id.span));
    idents(
        categories.collect(),
        "category id",
        Target::category_ident,
        &names,
        out,
    );
    shared_scope(registry, out);
}

/// Reports a code and a category that become the same identifier in a target where the two
/// share one scope.
fn shared_scope(registry: &Registry, out: &mut Vec<Diagnostic>) {
    for &target in Target::ALL.iter().filter(|t| t.idents_share_scope()) {
        let categories: BTreeMap<String, (&str, Span)> = registry
            .categories
            .iter()
            .filter_map(|c| {
                let ident = target.category_ident(&c.id.value)?;
                Some((ident, (c.id.value.as_str(), c.id.span)))
            })
            .collect();
        for code in &registry.codes {
            let Some(ident) = target.code_ident(&code.name.value) else {
                continue;
            };
            if let Some((id, span)) = categories.get(&ident) {
                out.push(
                    Diagnostic::new(
                        CheckId::IdentifierCollision,
                        format!(
                            "code name `{}` and category id `{id}` become the same {} identifier `{ident}`",
                            code.name.value,
                            target.display_name()
                        ),
                    )
                    .primary(code.name.span, format!("`{}` becomes `{ident}`", code.name.value))
                    .secondary(*span, format!("`{id}` becomes `{ident}` too"))
                    .help("rename the code so the two differ"),
                );
            }
        }
    }
}

fn enum_name(registry: &Registry, out: &mut Vec<Diagnostic>) {
    let name = &registry.enum_name.value;
    let camel = name.to_upper_camel_case();
    let valid = name.starts_with(|c: char| c.is_ascii_uppercase())
        && name.chars().all(|c| c.is_ascii_alphanumeric())
        && camel == *name;
    let reserved = Target::ALL.iter().find(|t| t.is_reserved(name));
    if !valid || reserved.is_some() {
        let why = reserved.map_or(
            "it is not an UpperCamelCase ASCII identifier".to_owned(),
            |t| format!("it is a reserved word in {}", t.display_name()),
        );
        let mut d = Diagnostic::new(
            CheckId::InvalidEnumName,
            format!("`enum: {name}` cannot name the generated types: {why}"),
        )
        .primary(
            registry.enum_name.span,
            "used as the type name in every target",
        );
        if !valid && !camel.is_empty() {
            d = d.help(format!("write it as `{camel}`"));
        }
        out.push(d);
    }
}

/// Reports names that become the same identifier, or a reserved word, in some target.
fn idents(
    names: Vec<(&str, Span)>,
    what: &str,
    ident: fn(Target, &str) -> Option<String>,
    shared: &Names,
    out: &mut Vec<Diagnostic>,
) {
    for &target in Target::ALL {
        let declared = target.declared(shared);
        // Every name with its identifier, sorted by identifier (a stable sort keeps the
        // registry's order among names that share one): one allocation per name, not a map
        // node and a list per identifier.
        let mut by_ident: Vec<(String, &str, Span)> = names
            .iter()
            .filter_map(|&(name, span)| Some((ident(target, name)?, name, span)))
            .collect();
        by_ident.sort_by(|a, b| a.0.cmp(&b.0));
        for group in by_ident.chunk_by(|a, b| a.0 == b.0) {
            let id = &group[0].0;
            let users = group.iter().map(|(_, name, span)| (*name, *span));
            if target.is_reserved(id) || declared.contains(id) {
                for (name, span) in users.clone() {
                    out.push(
                        Diagnostic::new(
                            CheckId::ReservedWord,
                            format!(
                                "{what} `{name}` becomes `{id}`, a reserved word in {}",
                                target.display_name()
                            ),
                        )
                        .primary(span, format!("`{id}` in {}", target.display_name()))
                        .help("choose another name"),
                    );
                }
            }
            if group.len() == 1 {
                continue;
            }
            let mut distinct: Vec<(&str, Span)> = Vec::new();
            for user in users {
                if !distinct.iter().any(|d| d.0 == user.0) {
                    distinct.push(user);
                }
            }
            if let [(first, first_span), rest @ ..] = distinct.as_slice()
                && !rest.is_empty()
            {
                let others: Vec<String> = rest.iter().map(|(n, _)| format!("`{n}`")).collect();
                let mut d = Diagnostic::new(
                    CheckId::IdentifierCollision,
                    format!(
                        "{what}s `{first}` and {} become the same {} identifier `{id}`",
                        others.join(", "),
                        target.display_name()
                    ),
                );
                for (name, span) in rest {
                    d = d.primary(*span, format!("`{name}` becomes `{id}`"));
                }
                out.push(
                    d.secondary(*first_span, format!("`{first}` becomes `{id}` too"))
                        .help("rename one so the words differ, not only the underscores"),
                );
            }
        }
    }
}

/// `HTTP_TIMEOUT_ERROR`, `ASSISTANT_DALL_E_3_NOT_SUPPORTED`.
fn is_screaming_snake(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_uppercase())
        && name.split('_').all(|w| {
            !w.is_empty()
                && w.chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        })
}

/// `rate_limit`, `content_safety`.
fn is_snake(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase())
        && id.split('_').all(|w| {
            !w.is_empty()
                && w.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn screaming_snake() {
        assert!(is_screaming_snake("HTTP_TIMEOUT_ERROR"));
        assert!(is_screaming_snake("ASSISTANT_DALL_E_3_NOT_SUPPORTED"));
        for bad in ["", "_X", "X_", "X__Y", "Http", "1X", "X-Y", "ÄX"] {
            assert!(!is_screaming_snake(bad), "{bad}");
        }
    }

    #[test]
    fn snake() {
        assert!(is_snake("rate_limit"));
        for bad in ["", "Rate", "a__b", "_a", "a-b", "1a"] {
            assert!(!is_snake(bad), "{bad}");
        }
    }
}
