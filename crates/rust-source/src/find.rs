//! Finding the enum in a file: the one named by `--enum`, else the only one deriving
//! `ErrorCode`, wherever it stands (inline modules included).

use errcodes_model::{CheckId, Diagnostic};
use syn::{File, Item, ItemEnum};

use crate::Spans;

/// Whether `item` has `#[derive(…ErrorCode…)]` (by any path ending in `ErrorCode`).
pub fn derives_error_code(item: &ItemEnum) -> bool {
    item.attrs
        .iter()
        .filter(|a| a.path().is_ident("derive"))
        .any(|attr| {
            let mut found = false;
            let _ = attr.parse_nested_meta(|meta| {
                found |= meta
                    .path
                    .segments
                    .last()
                    .is_some_and(|s| s.ident == "ErrorCode");
                Ok(())
            });
            found
        })
}

pub(crate) fn find<'f>(
    file: &'f File,
    enum_name: Option<&str>,
    spans: &mut impl Spans,
    file_start: errcodes_model::Span,
) -> Result<&'f ItemEnum, Box<Diagnostic>> {
    let mut enums = Vec::new();
    collect(&file.items, &mut enums);
    let chosen: Vec<&ItemEnum> = match enum_name {
        Some(name) => enums.iter().copied().filter(|e| e.ident == name).collect(),
        None => enums
            .iter()
            .copied()
            .filter(|e| derives_error_code(e))
            .collect(),
    };
    match chosen.as_slice() {
        [one] => Ok(one),
        [] => {
            let names: Vec<String> = enums.iter().map(|e| format!("`{}`", e.ident)).collect();
            let message = match enum_name {
                Some(name) => format!("the Rust source has no enum named `{name}`"),
                None => "the Rust source has no enum deriving `ErrorCode`".to_owned(),
            };
            let help = if names.is_empty() {
                "the file declares no enum".to_owned()
            } else {
                format!(
                    "the file declares {}; derive `ErrorCode` on one or pass `--enum NAME`",
                    names.join(", ")
                )
            };
            Err(Box::new(
                Diagnostic::new(CheckId::EnumNotFound, message)
                    .primary(file_start, "in this file")
                    .help(help),
            ))
        }
        [first, rest @ ..] => {
            let (message, help) = match enum_name {
                Some(name) => (
                    format!(
                        "{} enums are named `{name}`; which one is the registry?",
                        rest.len() + 1
                    ),
                    "rename all but one, or keep the registry's enum in a file of its own"
                        .to_owned(),
                ),
                None => (
                    format!(
                        "{} enums derive `ErrorCode`; which one is the registry?",
                        rest.len() + 1
                    ),
                    "pass `--enum NAME`".to_owned(),
                ),
            };
            let mut diagnostic = Diagnostic::new(CheckId::EnumNotFound, message)
                .primary(spans.span(first.ident.span()), "this one");
            for other in rest {
                diagnostic = diagnostic.primary(spans.span(other.ident.span()), "or this one");
            }
            Err(Box::new(diagnostic.help(help)))
        }
    }
}

fn collect<'f>(items: &'f [Item], out: &mut Vec<&'f ItemEnum>) {
    for item in items {
        match item {
            Item::Enum(e) => out.push(e),
            Item::Mod(m) => {
                if let Some((_, items)) = &m.content {
                    collect(items, out);
                }
            }
            _ => {}
        }
    }
}
