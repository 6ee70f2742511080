//! The Rust front-end, from the outside: the registry values `errcodes --rust-source` users
//! get. Its diagnostics (nothing unreadable is skipped) are data, in `tests/ui/` (see
//! `tests/ui.rs`); this file holds, in two parts:
//!
//! 1. **The grammar's rules** (the `//!` header of `src/grammar.rs`): default names and
//!    messages, overrides, keys spread over attributes, what is ignored, how the enum is
//!    found, and that spans (with or without a BOM) point at the right text.
//! 2. **Equivalence with YAML.** `fixtures/varied.rs` and `fixtures/varied.yaml` say the same
//!    thing; both must give the same generated files, byte for byte, and the same content hash.

use errcodes_model::{Diagnostic, Parsed, Registry, SourceFile, Span};

/// A valid enum. Tests edit it ([`edit`]) or add variants before its closing brace
/// ([`append`]): the first added line is line 7.
///
/// Positions used below: the enum's `#[error_code(...)]` is line 2 (`docs` at column 14,
/// `category` at 37), `DemoError` is 3:10, `UnknownError` 6:5 and its code `1000` 6:20.
const BASE: &str = "\
#[derive(Debug, Clone, Copy, ErrorCode)]
#[error_code(docs = \"/docs/errors\", category(id = \"other\", label = \"Other\"))]
pub enum DemoError {
    /// An error occurred
    #[error_code(http = 500, category = \"other\")]
    UnknownError = 1000,
}
";

/// [`BASE`] with each `(from, to)` replacement applied; `from` must occur exactly once.
fn edit(edits: &[(&str, &str)]) -> String {
    let mut text = BASE.to_owned();
    for (from, to) in edits {
        assert_eq!(text.matches(from).count(), 1, "`{from}` must occur once");
        text = text.replacen(from, to, 1);
    }
    text
}

/// [`BASE`] with `lines` added as the enum's last lines (the first at line 7).
fn append(lines: &[&str]) -> String {
    let mut text = BASE
        .strip_suffix("}\n")
        .expect("BASE ends the enum")
        .to_owned();
    for line in lines {
        text.push_str(line);
        text.push('\n');
    }
    text.push_str("}\n");
    text
}

/// Reads `text` as `codes.rs`, with `--enum` given as `enum_name`.
fn read(text: &str, enum_name: Option<&str>) -> (SourceFile, Parsed) {
    let source = SourceFile::new("codes.rs", text);
    let parsed = errcodes_rust_source::parse(&source, enum_name);
    (source, parsed)
}

/// The text a span covers.
fn slice(source: &SourceFile, span: Span) -> &str {
    &source.text[span.start..span.end]
}

/// Each diagnostic as `id severity message`, then one line per label in order
/// (`  line:col primary|secondary "text under it" label`) and `  help: …` if any: what
/// [`clean`] shows when a registry it expects clean is not.
fn render(source: &SourceFile, diagnostics: &[Diagnostic]) -> Vec<String> {
    let mut lines = Vec::new();
    for d in diagnostics {
        let severity = d.severity.as_str();
        lines.push(format!("{} {severity} {}", d.id.as_str(), d.message));
        for l in &d.labels {
            let kind = if l.primary { "primary" } else { "secondary" };
            lines.push(format!(
                "  {}:{} {kind} {:?} {}",
                l.span.line,
                l.span.column,
                slice(source, l.span),
                l.message
            ));
        }
        if let Some(help) = &d.help {
            lines.push(format!("  help: {help}"));
        }
    }
    lines
}

/// The registry `text` gives, which must come with no diagnostic at all, checks included.
fn clean(text: &str, enum_name: Option<&str>) -> (SourceFile, Registry) {
    let (source, parsed) = read(text, enum_name);
    let registry = parsed
        .registry
        .unwrap_or_else(|| panic!("no registry: {:#?}", render(&source, &parsed.diagnostics)));
    let mut diagnostics = parsed.diagnostics;
    diagnostics.extend(errcodes_check::check(&registry));
    assert_eq!(render(&source, &diagnostics), Vec::<String>::new());
    (source, registry)
}

const NOT_FOUND_ATTR: &str = "    #[error_code(http = 404, category = \"other\")]";

#[test]
fn the_base_is_clean() {
    let (source, registry) = clean(BASE, None);
    assert_eq!(registry.enum_name.value, "DemoError");
    assert_eq!(slice(&source, registry.enum_name.span), "DemoError");
    assert_eq!(registry.codes.len(), 1);
    assert_eq!(registry.unread.codes, 0);
}

#[test]
fn the_docs_example_is_read_and_checked() {
    let two = append(&[
        "    /// Another",
        "    #[error_code(http = 500, category = \"other\")]",
        "    Another = 1001,",
    ]);
    let named = two.replace(
        "docs = \"/docs/errors\",",
        "docs = \"/docs/errors\", docs_example = 1001,",
    );
    let (_, registry) = clean(&named, None);
    assert_eq!(registry.docs.example.as_ref().map(|e| e.value), Some(1001));
    let view = errcodes_view::View::new(&registry).expect("a view");
    assert_eq!(view.example_code().map(|c| c.code), Some(1001));
}

// ---- 1. The grammar's rules --------------------------------------------------------------

#[test]
fn the_name_defaults_to_screaming_snake_case_and_name_overrides_it() {
    let text = append(&[
        "    /// Timeout",
        "    #[error_code(http = 408, category = \"other\")]",
        "    HttpTimeoutError = 1124,",
        "    /// No DALL·E 3",
        "    #[error_code(http = 400, category = \"other\")]",
        "    AssistantDallE3Unsupported = 1500,",
        "    /// No DALL·E 3",
        "    #[error_code(http = 400, category = \"other\", name = \"ASSISTANT_DALL_E_3_NOT_SUPPORTED\")]",
        "    AssistantDallE3NotSupported = 1501,",
    ]);
    let (source, registry) = clean(&text, None);
    let names: Vec<(&str, &str)> = registry
        .codes
        .iter()
        .map(|c| (c.name.value.as_str(), slice(&source, c.name.span)))
        .collect();
    assert_eq!(
        names,
        [
            ("UNKNOWN_ERROR", "UnknownError"),
            ("HTTP_TIMEOUT_ERROR", "HttpTimeoutError"),
            (
                "ASSISTANT_DALL_E3_UNSUPPORTED",
                "AssistantDallE3Unsupported"
            ),
            (
                "ASSISTANT_DALL_E_3_NOT_SUPPORTED",
                "\"ASSISTANT_DALL_E_3_NOT_SUPPORTED\""
            ),
        ]
    );
}

/// `r#Match` is the identifier `Match`: the raw prefix is syntax, not part of the name, so
/// the default name is `MATCH`, not `R_MATCH`.
#[test]
fn a_raw_identifier_is_named_without_its_prefix() {
    let text = append(&["    /// Match", NOT_FOUND_ATTR, "    r#Match = 1001,"]);
    let (source, registry) = clean(&text, None);
    let name = &registry.codes[1].name;
    assert_eq!(name.value, "MATCH");
    assert_eq!(slice(&source, name.span), "r#Match");
}

#[test]
fn the_message_is_the_doc_comment() {
    // One leading space is removed from each line (a second one stays), blank lines at either
    // end go, inner ones stay, and a `#[doc = "…"]` is a line like any other. `#[doc(hidden)]`
    // is not a doc line: it is ignored, and so is the comment.
    let text = append(&[
        "    ///",
        "    ///   ",
        "    /// First line",
        "    #[doc(hidden)]",
        "    ///",
        "    ///  indented",
        "    ///no space",
        "    // not a doc comment",
        "    #[doc = \" from an attribute\"]",
        "    ///",
        "    #[error_code(http = 404, category = \"other\")]",
        "    NotFound = 1001,",
    ]);
    let (source, registry) = clean(&text, None);
    let code = &registry.codes[1];
    assert_eq!(
        code.message.value,
        "First line\n\n indented\nno space\nfrom an attribute"
    );
    // The span is the first doc line's, blank or not: where the comment starts.
    assert_eq!(slice(&source, code.message.span), "///");
    assert_eq!((code.message.span.line, code.message.span.column), (7, 5));
}

#[test]
fn message_wins_over_the_doc_comment() {
    let text = append(&[
        "    /// For rustdoc only.",
        "    #[error_code(http = 404, category = \"other\")]",
        "    #[error_code(message = \"Not found\")]",
        "    NotFound = 1001,",
    ]);
    let (source, registry) = clean(&text, None);
    let code = &registry.codes[1];
    assert_eq!(code.message.value, "Not found");
    assert_eq!(slice(&source, code.message.span), "\"Not found\"");
    // Without a doc comment, `message` alone is enough.
    let text = append(&[
        "    #[error_code(http = 404, category = \"other\", message = \"Not found\")]",
        "    NotFound = 1001,",
    ]);
    assert_eq!(clean(&text, None).1.codes[1].message.value, "Not found");
}

#[test]
fn keys_spread_over_several_attributes_combine() {
    let text = "\
#[derive(ErrorCode)]
#[error_code(docs = \"/docs/errors\")]
#[error_code(category(id = \"other\", label = \"Other\"))]
#[error_code(category(id = \"limits\", label = \"Limits\"))]
#[error_code(packages(version = \"2.0.0\"), packages(rust = \"demo-codes\"))]
#[error_code(packages(license = \"MIT\", repository = \"https://r.example\"))]
#[error_code(packages(homepage = \"https://h.example\", authors = [\"Ada\", \"Bob <b@x>\"]))]
#[error_code(docs_site = \"https://docs.example\")]
#[error_code(reserved(code = 1999, reason = \"gone\"))]
pub enum DemoError {
    /// Rate limited
    #[error_code(http = 429)]
    #[error_code(category = \"limits\")]
    #[error_code(retryable = false)]
    #[error_code(deprecated = \"Use 1001.\", description = \"More.\")]
    #[error_code(name = \"RATE_LIMITED\")]
    Limited = 1000,
    #[error_code(http = 404)]
    /// Not found
    #[error_code(category = \"other\")]
    NotFound = 1001,
}
";
    let (_, registry) = clean(text, None);
    assert_eq!(registry.docs.base_url.value, "/docs/errors");
    let categories: Vec<(&str, &str)> = registry
        .categories
        .iter()
        .map(|c| (c.id.value.as_str(), c.label.value.as_str()))
        .collect();
    assert_eq!(categories, [("other", "Other"), ("limits", "Limits")]);
    let packages = &registry.packages;
    assert_eq!(
        (
            packages.version.as_ref().map(|v| v.value.as_str()),
            packages
                .target("rust")
                .and_then(|p| p.get("name", "name"))
                .map(|v| v.value.as_str()),
            packages.targets.len(),
        ),
        (Some("2.0.0"), Some("demo-codes"), 1)
    );
    let text = |v: &Option<errcodes_model::Spanned<String>>| v.as_ref().map(|v| v.value.clone());
    assert_eq!(
        (
            text(&packages.license),
            text(&packages.repository),
            text(&packages.homepage),
            text(&registry.docs.site),
        ),
        (
            Some("MIT".to_owned()),
            Some("https://r.example".to_owned()),
            Some("https://h.example".to_owned()),
            Some("https://docs.example".to_owned()),
        )
    );
    let authors: Vec<&str> = packages.authors.iter().map(|a| a.value.as_str()).collect();
    assert_eq!(authors, ["Ada", "Bob <b@x>"]);
    assert_eq!(registry.reserved.len(), 1);
    let limited = &registry.codes[0];
    assert_eq!(
        (
            limited.code.value,
            limited.name.value.as_str(),
            limited.http.value,
            limited.category.value.as_str(),
            limited.message.value.as_str(),
            limited.retryable.as_ref().map(|r| r.value),
            limited.deprecated.as_ref().map(|d| d.value.as_str()),
            limited.description.as_ref().map(|d| d.value.as_str()),
        ),
        (
            1000,
            "RATE_LIMITED",
            429,
            "limits",
            "Rate limited",
            Some(false),
            Some("Use 1001."),
            Some("More."),
        )
    );
    let not_found = &registry.codes[1];
    assert_eq!(
        (
            not_found.http.value,
            not_found.category.value.as_str(),
            not_found.message.value.as_str()
        ),
        (404, "other", "Not found")
    );
}

#[test]
fn foreign_attributes_other_items_and_comments_are_ignored() {
    let text = "\
//! A module.
use std::fmt;

/// A struct.
#[derive(Debug)]
pub struct Body {
    code: u16,
}

/// Another enum, with fields and no codes: not read.
#[derive(Debug)]
pub enum Outcome {
    Done,
    Failed(Body),
    Retried { attempts: u8 },
}

/* The registry. */
#[derive(Debug, Clone, Copy, ErrorCode)]
#[repr(u16)]
#[serde(rename_all = \"snake_case\")]
#[error_code(docs = \"/docs/errors\", category(id = \"other\", label = \"Other\"))]
#[allow(clippy::enum_variant_names)]
pub enum DemoError {
    // a comment
    /// An error occurred
    #[allow(deprecated)]
    #[error_code(http = 500, category = \"other\")]
    #[serde(rename = \"unknown\")]
    #[doc(hidden)]
    #[deprecated(note = \"not really\")]
    #[cfg_attr(test, allow(unused))]
    UnknownError = 1000, // a trailing comment
    /* a block comment */
}

impl DemoError {
    pub const fn code(self) -> u16 {
        self as u16
    }
}

impl fmt::Display for DemoError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, \"{}\", self.code())
    }
}

mod tests {}
";
    let (_, registry) = clean(text, None);
    assert_eq!(registry.enum_name.value, "DemoError");
    let codes: Vec<(u16, &str, &str)> = registry
        .codes
        .iter()
        .map(|c| {
            (
                c.code.value,
                c.name.value.as_str(),
                c.message.value.as_str(),
            )
        })
        .collect();
    assert_eq!(codes, [(1000, "UNKNOWN_ERROR", "An error occurred")]);
    assert_eq!(registry.unread.codes, 0);
}

#[test]
fn an_enum_in_an_inline_module_is_found() {
    let text = format!(
        "pub mod errors {{\n    mod inner {{\n{}    }}\n}}\n",
        BASE.lines()
            .map(|l| format!("        {l}\n"))
            .collect::<String>()
    );
    let (source, registry) = clean(&text, None);
    assert_eq!(slice(&source, registry.enum_name.span), "DemoError");
    assert_eq!(
        (registry.enum_name.span.line, registry.enum_name.span.column),
        (5, 18)
    );
    assert_eq!(registry.codes[0].code.value, 1000);
}

#[test]
fn enum_picks_an_enum_that_does_not_derive_error_code() {
    let legacy = "\
#[error_code(docs = \"/legacy\", category(id = \"other\", label = \"Other\"))]
pub enum LegacyError {
    /// Legacy
    #[error_code(http = 500, category = \"other\")]
    Legacy = 900,
}
";
    let text = format!("{BASE}\n{legacy}");
    let (source, registry) = clean(&text, Some("LegacyError"));
    assert_eq!(slice(&source, registry.enum_name.span), "LegacyError");
    assert_eq!(registry.docs.base_url.value, "/legacy");
    assert_eq!(registry.codes[0].name.value, "LEGACY");
    // And `--enum` may name the deriving one too.
    assert_eq!(
        clean(&text, Some("DemoError")).1.enum_name.value,
        "DemoError"
    );
}

#[test]
fn a_derive_by_path_counts() {
    for derive in [
        "#[derive(Debug, errcodes_derive::ErrorCode)]",
        "#[derive(::errcodes::ErrorCode, Clone)]",
    ] {
        let text = edit(&[("#[derive(Debug, Clone, Copy, ErrorCode)]", derive)]);
        assert_eq!(clean(&text, None).1.enum_name.value, "DemoError");
    }
    // A derive of something else named like it does not: `tests/ui/enum-not-found/`.
}

#[test]
fn spans_point_at_the_text() {
    let text = append(&[
        "    /// 限流：请稍后再试",
        "    #[error_code(category = \"other\", message = \"限流 «x»\", http = 429, name = \"RATE_LIMITED\")]",
        "    Limited = 0x4_65,",
    ]);
    let (source, registry) = clean(&text, None);
    let at = |span: Span| (span.line, span.column, slice(&source, span).to_owned());
    assert_eq!(at(registry.enum_name.span), (3, 10, "DemoError".to_owned()));
    assert_eq!(
        at(registry.docs.base_url.span),
        (2, 21, "\"/docs/errors\"".to_owned())
    );
    let category = &registry.categories[0];
    assert_eq!(at(category.span), (2, 37, "category".to_owned()));
    assert_eq!(at(category.id.span), (2, 51, "\"other\"".to_owned()));
    assert_eq!(at(category.label.span), (2, 68, "\"Other\"".to_owned()));

    let unknown = &registry.codes[0];
    assert_eq!(at(unknown.name.span), (6, 5, "UnknownError".to_owned()));
    assert_eq!(at(unknown.code.span), (6, 20, "1000".to_owned()));
    assert_eq!(at(unknown.http.span), (5, 25, "500".to_owned()));
    assert_eq!(at(unknown.category.span), (5, 41, "\"other\"".to_owned()));
    assert_eq!(
        at(unknown.message.span),
        (4, 5, "/// An error occurred".to_owned())
    );

    // Columns count characters: the CJK text before `http` does not push it off.
    let limited = &registry.codes[1];
    assert_eq!(limited.code.value, 0x465);
    assert_eq!(at(limited.code.span), (9, 15, "0x4_65".to_owned()));
    assert_eq!(at(limited.http.span), (8, 65, "429".to_owned()));
    assert_eq!(at(limited.message.span), (8, 48, "\"限流 «x»\"".to_owned()));
    assert_eq!(
        at(limited.name.span),
        (8, 77, "\"RATE_LIMITED\"".to_owned())
    );
}

/// A UTF-8 BOM is invisible in editors: with it, every position (line, column and the bytes
/// under it) is that of the same text without it, shifted by the BOM's three bytes. The enum
/// starts on line 1, where a shift would show.
#[test]
fn a_bom_does_not_shift_positions() {
    let plain = "#[derive(ErrorCode)] #[error_code(docs = \"/d\", category(id = \"other\", label = \"Other\"))] pub enum DemoError {\n    /// An error occurred\n    #[error_code(http = 500, category = \"other\")]\n    UnknownError = 1000,\n}\n";
    let with_bom = format!("\u{feff}{plain}");
    let spans = |text: &str| {
        let (source, parsed) = errcodes_rust_source::parse_bytes("codes.rs", text.as_bytes(), None);
        let registry = parsed.registry.expect("a registry");
        assert!(parsed.diagnostics.is_empty());
        let code = &registry.codes[0];
        [
            registry.enum_name.span,
            registry.docs.base_url.span,
            registry.categories[0].id.span,
            code.name.span,
            code.code.span,
            code.http.span,
            code.message.span,
        ]
        .map(|s| (s.line, s.column, s.start, slice(&source, s).to_owned()))
    };
    let expected = spans(plain).map(|(line, column, start, text)| (line, column, start + 3, text));
    assert_eq!(expected[0], (1, 99, 101, "DemoError".to_owned()));
    assert_eq!(spans(&with_bom), expected);
}

/// CRLF line endings, which the YAML front-end accepts too, change no value and no position.
#[test]
fn crlf_line_endings_change_nothing() {
    let summary = |text: &str| {
        let (source, registry) = clean(text, None);
        let code = &registry.codes[0];
        let spans = [
            registry.enum_name.span,
            registry.docs.base_url.span,
            code.code.span,
            code.http.span,
            code.message.span,
        ]
        .map(|s| (s.line, s.column, slice(&source, s).to_owned()));
        (code.message.value.clone(), spans)
    };
    let lf = summary(BASE);
    assert_eq!(lf.1[0], (3, 10, "DemoError".to_owned()));
    assert_eq!(summary(&BASE.replace('\n', "\r\n")), lf);
}

// ---- 2. Equivalence with YAML ------------------------------------------------------------

const VARIED_RS: &str = include_str!("fixtures/varied.rs");
const VARIED_YAML: &str = include_str!("fixtures/varied.yaml");

/// The registry each fixture gives, each with no diagnostic at all.
fn varied() -> (Registry, Registry) {
    let (_, from_rust) = clean(VARIED_RS, None);
    let source = SourceFile::new("varied.yaml", VARIED_YAML);
    let parsed = errcodes_yaml::parse(&source);
    let from_yaml = parsed.registry.expect("a registry from YAML");
    let mut diagnostics = parsed.diagnostics;
    diagnostics.extend(errcodes_check::check(&from_yaml));
    assert_eq!(render(&source, &diagnostics), Vec::<String>::new());
    (from_rust, from_yaml)
}

#[test]
fn the_varied_fixture_reads_every_entry() {
    let (from_rust, _) = varied();
    assert_eq!(from_rust.enum_name.value, "VariedErrorCode");
    let codes: Vec<(u16, &str)> = from_rust
        .codes
        .iter()
        .map(|c| (c.code.value, c.name.value.as_str()))
        .collect();
    assert_eq!(
        codes,
        [
            (0, "SUCCESS"),
            (1110, "QUOTA_EXCEEDED"),
            (1000, "UNKNOWN_ERROR"),
            (1124, "HTTP_TIMEOUT_ERROR"),
            (1324, "TOO_MANY_API_KEYS"),
            (1123, "GATEWAY_TIMEOUT"),
            (1501, "ASSISTANT_DALL_E_3_NOT_SUPPORTED"),
            (1003, "SERVICE_UNAVAILABLE"),
        ]
    );
    assert_eq!(
        (from_rust.categories.len(), from_rust.reserved.len()),
        (4, 3)
    );
    assert_eq!(
        from_rust.codes[1].message.value,
        "Quota exceeded:\n  - per minute\n  - per day"
    );
}

#[test]
fn rust_and_yaml_give_the_same_files_byte_for_byte() {
    let (from_rust, from_yaml) = varied();
    let rust_view = errcodes_view::View::new(&from_rust).expect("a view from Rust");
    let yaml_view = errcodes_view::View::new(&from_yaml).expect("a view from YAML");
    let from_rust = errcodes_targets::emit_all(&rust_view).expect("files from Rust");
    let from_yaml = errcodes_targets::emit_all(&yaml_view).expect("files from YAML");
    assert!(from_yaml.len() > 4, "every target's package");
    assert_eq!(from_rust, from_yaml);
}

#[test]
fn rust_and_yaml_have_equal_views() {
    let (from_rust, from_yaml) = varied();
    let rust_view = errcodes_view::View::new(&from_rust).expect("a view from Rust");
    let yaml_view = errcodes_view::View::new(&from_yaml).expect("a view from YAML");
    assert_eq!(rust_view, yaml_view);
}
