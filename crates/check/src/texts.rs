//! Free text (messages, labels, deprecation notes, descriptions, reasons, the docs URL): never
//! empty, never padded with whitespace, and free of control characters other than newline
//! and tab and of invisible or direction-changing characters.

use errcodes_model::{CheckId, Diagnostic, Registry, Spanned, limits};

pub(crate) fn check(registry: &Registry, out: &mut Vec<Diagnostic>) {
    for category in &registry.categories {
        text(
            &format!("category `{}`", category.id.value),
            "label",
            &category.label,
            out,
        );
    }
    for code in &registry.codes {
        for (field, value) in code.texts() {
            text(&format!("code {}", code.code.value), field, value, out);
        }
    }
    for entry in &registry.reserved {
        text("a `reserved` entry", "reason", &entry.reason, out);
    }
    for entry in &registry.allow_breaking {
        text("an `allow_breaking` entry", "reason", &entry.reason, out);
    }
    let url = &registry.docs.base_url;
    if url.value.is_empty()
        || url
            .value
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '#')
    {
        out.push(
            Diagnostic::new(
                CheckId::InvalidDocsUrl,
                "`docs.base_url` must be a non-empty URL or path without whitespace, control characters or `#`",
            )
            .primary(url.span, "deep links are built as {base_url}#{code}")
            .help("for example `/api-guides/reliability/error-codes`"),
        );
    }
}

fn text(owner: &str, field: &str, value: &Spanned<String>, out: &mut Vec<Diagnostic>) {
    let s = &value.value;
    if s.len() > limits::MAX_TEXT_BYTES {
        out.push(
            Diagnostic::new(
                CheckId::LimitExceeded,
                format!(
                    "the `{field}` of {owner} is {} bytes long; the limit is {} KiB",
                    s.len(),
                    limits::MAX_TEXT_BYTES >> 10
                ),
            )
            .primary(value.span, "too long")
            .help("keep the message short and put details on the docs page"),
        );
        return;
    }
    if s.trim().is_empty() {
        out.push(
            Diagnostic::new(
                CheckId::EmptyText,
                format!("the `{field}` of {owner} is empty"),
            )
            .primary(value.span, "empty")
            .help(format!("write the {field} people will read")),
        );
    } else if s.trim() != s {
        out.push(
            Diagnostic::new(
                CheckId::EmptyText,
                format!("the `{field}` of {owner} starts or ends with whitespace"),
            )
            .primary(value.span, "padded with whitespace")
            .help("remove the padding (for a block scalar, use `|-` to drop the final newline)"),
        );
    }
    if let Some((index, c)) = s.chars().enumerate().find(|(_, c)| forbidden(*c)) {
        let kind = if c.is_control() {
            "control character"
        } else {
            "invisible or direction-changing character"
        };
        out.push(
            Diagnostic::new(
                CheckId::ControlCharacter,
                format!("the `{field}` of {owner} holds the {kind} U+{:04X} at character {}", u32::from(c), index + 1),
            )
            .primary(value.span, "in this text")
            .help("remove it: text may hold newlines and tabs, but no other control, invisible or bidirectional characters"),
        );
    }
}

/// Characters no registry text may hold: control characters other than newline and tab (no
/// target carries them faithfully in every context), and invisible or bidirectional formatting
/// characters, which make text read differently from what it is ("Trojan Source"; rustc
/// refuses them in literals and comments). Zero-width joiners stay allowed: emoji and some
/// scripts need them.
pub fn forbidden(c: char) -> bool {
    (c.is_control() && !matches!(c, '\n' | '\t'))
        || matches!(
            c,
            '\u{00AD}'
                | '\u{061C}'
                | '\u{180E}'
                | '\u{200B}'
                | '\u{200E}'
                | '\u{200F}'
                | '\u{2028}'..='\u{202E}'
                | '\u{2060}'..='\u{2064}'
                | '\u{2066}'..='\u{2069}'
                | '\u{FEFF}'
        )
}
