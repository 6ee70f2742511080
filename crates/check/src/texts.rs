//! Free text (messages, labels, deprecation notes, descriptions, reasons, the docs URL and the
//! category guides' links): never empty, never padded with whitespace, and free of control
//! characters other than newline and tab and of invisible or direction-changing characters.
//! Links must also be safe to print as a Markdown link destination and an HTML `href`.

use errcodes_model::{CheckId, Diagnostic, Registry, Spanned, limits};

pub(crate) fn check(registry: &Registry, out: &mut Vec<Diagnostic>) {
    for category in &registry.categories {
        text(
            &format!("category `{}`", category.id.value),
            "label",
            &category.label,
            out,
        );
        if let Some(guide) = &category.guide {
            check_guide(&category.id.value, guide, out);
        }
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
    if let Some(site) = &registry.docs.site {
        check_site(site, &url.value, out);
    }
}

/// `docs.site` is the origin (and maybe a path prefix) the docs are served from, joined to a
/// path `base_url`: so an `http(s)` URL without query or fragment, beside a `base_url` that is
/// not itself absolute.
fn check_site(site: &Spanned<String>, base_url: &str, out: &mut Vec<Diagnostic>) {
    if !is_http_url(&site.value) || site.value.contains(['?', '#']) {
        out.push(
            Diagnostic::new(
                CheckId::InvalidDocsUrl,
                "`docs.site` must be an http(s) URL without query or fragment",
            )
            .primary(site.span, "a code's docs URL is this joined to `base_url`")
            .help("for example `https://platform.example.com`"),
        );
    } else if scheme(base_url).is_some() {
        out.push(
            Diagnostic::new(
                CheckId::InvalidDocsUrl,
                "`docs.site` is given, but `docs.base_url` is already an absolute URL",
            )
            .primary(site.span, "there is no path to join this to")
            .help("remove `docs.site`, or make `base_url` a path such as `/docs/errors`"),
        );
    }
}

/// The scheme of an absolute URL (`https` of `https://…`), `None` for a path.
fn scheme(url: &str) -> Option<&str> {
    url.find([':', '/', '?', '#'])
        .filter(|&i| url[i..].starts_with(':'))
        .map(|i| &url[..i])
}

/// Whether `url` is an absolute `http(s)://host…` URL that is safe to print as a Markdown
/// link destination, an HTML `href` and a string in every target.
pub(crate) fn is_http_url(url: &str) -> bool {
    let rest = scheme(url)
        .filter(|s| s.eq_ignore_ascii_case("http") || s.eq_ignore_ascii_case("https"))
        .and_then(|s| url[s.len()..].strip_prefix("://"));
    let host = rest.map(|r| r.split(['/', '?', '#']).next().unwrap_or(""));
    host.is_some_and(|h| !h.is_empty())
        && !url
            .chars()
            .any(|c| c.is_whitespace() || forbidden(c) || matches!(c, '<' | '>' | '\\' | '"'))
        && !has_character_reference(url)
}

/// A guide link is a path (`/…`, `./…`, `docs/…`) or an `http(s)://` URL: no other scheme
/// (`javascript:` would run when clicked), and nothing that ends a Markdown link destination
/// or needs escaping in one.
fn check_guide(category: &str, guide: &Spanned<String>, out: &mut Vec<Diagnostic>) {
    let url = guide.value.as_str();
    let bad_scheme = scheme(url)
        .is_some_and(|s| !s.eq_ignore_ascii_case("http") && !s.eq_ignore_ascii_case("https"));
    let bad_char = url
        .chars()
        .any(|c| c.is_whitespace() || forbidden(c) || matches!(c, '<' | '>' | '\\'));
    if url.is_empty() || bad_scheme || bad_char || has_character_reference(url) {
        out.push(
            Diagnostic::new(
                CheckId::InvalidGuideUrl,
                format!(
                    "the guide of category `{category}` must be a path or an http(s) URL without whitespace, control characters, `<`, `>`, `\\` or character references"
                ),
            )
            .primary(guide.span, "linked from the docs page's troubleshooting section")
            .help("for example `/api-guides/reliability/rate-limits` or `https://example.com/guide`"),
        );
    }
}

/// Whether `s` holds an HTML character reference (`&colon;`, `&#58;`, `&#x3A;`): some Markdown
/// renderers decode them in link destinations even when escaped, which could turn a link
/// that passed the scheme rule into `javascript:`.
fn has_character_reference(s: &str) -> bool {
    s.match_indices('&').any(|(i, _)| {
        let rest = &s[i + 1..];
        let Some(end) = rest.find(';') else {
            return false;
        };
        let name = &rest[..end];
        let numeric = name.strip_prefix('#').map(|n| {
            n.strip_prefix(['x', 'X']).map_or_else(
                || !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()),
                |hex| !hex.is_empty() && hex.bytes().all(|b| b.is_ascii_hexdigit()),
            )
        });
        numeric.unwrap_or_else(|| {
            name.starts_with(|c: char| c.is_ascii_alphabetic())
                && name.bytes().all(|b| b.is_ascii_alphanumeric())
        })
    })
}

/// Reports empty, padded, overlong and control-character text.
pub(crate) fn text(owner: &str, field: &str, value: &Spanned<String>, out: &mut Vec<Diagnostic>) {
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
