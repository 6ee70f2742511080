//! Hostile text for the escaping property tests: arbitrary Unicode weighted toward every
//! target's syntax (quotes, backslashes, escapes, comment terminators, template and Markdown
//! syntax, newlines, tabs, joiners, astral characters, long strings), and registries made of
//! it. Every target's round trip draws from here, so a new target faces the same text.

use errcodes_model::{Category, Code, DocsConfig, Packages, Registry, Span, Spanned, Unread};
use proptest::prelude::*;

/// Characters every target's syntax gives a meaning to, and some it does not expect.
const TRICKY: &[char] = &[
    '"', '\'', '`', '\\', '/', '*', '$', '{', '}', '[', ']', '(', ')', '<', '>', '&', '|', '#',
    '%', '!', '?', '~', '_', '-', '+', '=', '.', ':', ';', ',', '@', '^', '\n', '\t', ' ', ' ',
    'é', 'ß', '限', '流', '，', '（', '😀', '\u{200d}', '\u{301}', 'Ω', '\u{a0}', '\u{3000}',
];

/// Fragments that open or close something in some target.
const FRAGMENTS: &[&str] = &[
    "*/",
    "/*",
    "//",
    "\"\"\"",
    "'''",
    "${",
    "#{",
    "{{",
    "}}",
    "{%",
    "%}",
    "<!--",
    "-->",
    "<script>",
    "</script>",
    "\\n",
    "\\u{41}",
    "\\x41",
    "\r\n",
    "https://example.com/a_b?c=d&e=f",
    "1. ",
    "- ",
    "# ",
    "> ",
    "| a | b |",
    "&amp;",
    "&#35;",
    "\\",
    "\"",
    "u'",
    "r#\"",
];

/// Text of up to `max` pieces, trimmed, never empty, holding no character the checks refuse.
pub fn text(max: usize) -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => proptest::sample::select(TRICKY).prop_map(String::from),
        2 => proptest::sample::select(FRAGMENTS).prop_map(|f| f.replace('\r', "")),
        3 => "[a-zA-Z0-9 ]{1,6}",
        1 => any::<char>().prop_map(String::from),
    ];
    proptest::collection::vec(piece, 1..max).prop_map(|parts| {
        let text: String = parts
            .concat()
            .chars()
            .filter(|c| !errcodes_check::is_forbidden_char(*c))
            .collect();
        let text = text.trim().to_owned();
        if text.is_empty() {
            "x".to_owned()
        } else {
            text
        }
    })
}

/// A path, `/` then text without whitespace or `#`.
pub fn url() -> impl Strategy<Value = String> {
    text(12).prop_map(|t| {
        let t: String = t
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '#')
            .collect();
        format!("/{t}")
    })
}

/// A guide link: a path the checks accept, full of characters that mean something in HTML
/// attributes and Markdown link destinations. Some start like an entity that a renderer
/// decoding it would turn into a `javascript:` link (without the `;` that the checks refuse),
/// and `;` becomes `,` so that no text is a character reference.
pub fn guide() -> impl Strategy<Value = String> {
    const LEADS: &[&str] = &[
        "",
        "javascript&colon",
        "java&#115cript&#58",
        "&&amp(a)",
        "(a)",
    ];
    (proptest::sample::select(LEADS), url()).prop_map(|(lead, u)| {
        let u: String = u
            .chars()
            .filter(|c| !matches!(c, '<' | '>' | '\\') && !c.is_control())
            .map(|c| if c == ';' { ',' } else { c })
            .collect();
        format!("{lead}{u}")
    })
}

fn spanned<T>(value: T) -> Spanned<T> {
    Spanned::new(value, Span::default())
}

/// A registry of `entries` codes with arbitrary texts.
pub fn registry(entries: usize) -> impl Strategy<Value = Registry> {
    let codes = proptest::collection::vec(
        (
            text(40),
            proptest::option::of(text(12)),
            proptest::option::of(text(12)),
            400u16..=599,
            any::<bool>(),
            any::<u8>(),
        ),
        entries,
    );
    let guide = proptest::option::of(guide());
    (url(), text(8), text(8), guide, codes, any::<bool>()).prop_map(
        |(base_url, label_a, label_b, guide, codes, site)| Registry {
            enum_name: spanned("FuzzErrorCode".to_owned()),
            docs: DocsConfig {
                base_url: spanned(base_url),
                site: site.then(|| spanned("https://docs.example/".to_owned())),
                example: None,
            },
            packages: Packages::default(),
            categories: vec![
                Category {
                    id: spanned("alpha".to_owned()),
                    label: spanned(label_a),
                    guide: guide.map(spanned),
                    span: Span::default(),
                },
                Category {
                    id: spanned("beta".to_owned()),
                    label: spanned(label_b),
                    guide: None,
                    span: Span::default(),
                },
            ],
            codes: codes
                .into_iter()
                .enumerate()
                .map(
                    |(i, (message, deprecated, description, http, retryable, pick))| Code {
                        code: spanned(1000 + u16::try_from(i).unwrap()),
                        name: spanned(format!("CODE_{i}")),
                        http: spanned(http),
                        category: spanned(if pick % 2 == 0 { "alpha" } else { "beta" }.to_owned()),
                        message: spanned(message),
                        retryable: Some(spanned(retryable)),
                        deprecated: deprecated.map(spanned),
                        description: description.map(spanned),
                        span: Span::default(),
                    },
                )
                .collect(),
            reserved: Vec::new(),
            allow_breaking: Vec::new(),
            unread: Unread::default(),
        },
    )
}
