//! Categories: declared once, every entry's category declared, every declared one used. The
//! last two need every entry, so they are skipped when the front-end could not read some.

use std::collections::HashMap;

use errcodes_model::{CheckId, Diagnostic, Registry};

pub(crate) fn check(registry: &Registry, out: &mut Vec<Diagnostic>) {
    let mut declared = HashMap::new();
    for category in &registry.categories {
        let id = category.id.value.as_str();
        match declared.get(id) {
            Some(first) => out.push(
                Diagnostic::new(
                    CheckId::DuplicateCategory,
                    format!("category `{id}` is declared twice"),
                )
                .primary(category.id.span, "declared again here")
                .secondary(*first, "first declared here")
                .help("remove one of the two declarations"),
            ),
            None => {
                declared.insert(id, category.id.span);
            }
        }
    }
    let all_categories_read = registry.unread.categories == 0;
    for code in registry.codes.iter().filter(|_| all_categories_read) {
        let id = code.category.value.as_str();
        if !declared.contains_key(id) {
            let ids: Vec<&str> = registry
                .categories
                .iter()
                .map(|c| c.id.value.as_str())
                .collect();
            let help = errcodes_model::suggest_help(
                id,
                &ids,
                "declare it under `categories`, or use one of: ",
            );
            out.push(
                Diagnostic::new(
                    CheckId::UnknownCategory,
                    format!(
                        "code {} is in category `{id}`, which is not declared",
                        code.code.value
                    ),
                )
                .primary(code.category.span, "not under `categories`")
                .help(help),
            );
        }
    }
    let all_codes_read = registry.unread.codes == 0;
    for category in registry.categories.iter().filter(|_| all_codes_read) {
        let id = category.id.value.as_str();
        if !registry.codes.iter().any(|c| c.category.value == id) {
            out.push(
                Diagnostic::new(
                    CheckId::UnusedCategory,
                    format!("category `{id}` has no codes"),
                )
                .primary(category.id.span, "declared but never used")
                .help("remove it, or give it its first code"),
            );
        }
    }
}
