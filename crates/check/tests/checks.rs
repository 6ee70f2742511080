//! One test per check: for every [`CheckId`], a minimal registry with exactly that defect, and
//! an assertion on the whole outcome: the check's id, its severity, its message, the
//! line:column of every label (primary and secondary) and its help. A fixture that yields
//! only the expected diagnostic also proves that no other check fires by mistake.
//!
//! The ids are a public contract, so [`every_check_has_a_test`] fails as soon as a check is
//! added without a test here; the compatibility rules ([`CheckId::RULES`]), which compare two
//! registries, are left to `crates/compat/tests/rules.rs`, which has the same guard. The YAML
//! front-end's checks (`yaml-syntax` … `no-codes`) are covered too: users see their
//! diagnostics exactly like those of the semantic checks.
//!
//! Then whole registries: the real `registry.yaml` (no diagnostics), the fixture copied from
//! the published page (exactly its duplicate 1405) and one registry with several defects (all
//! of them reported in one run). Last, properties across checks: every diagnostic lists its
//! primary label first (the renderer below sorts labels, so only that test sees their order),
//! and an entry the front-end had to leave out causes no follow-on diagnostic.

use std::collections::BTreeSet;

use errcodes_model::{CheckId, Diagnostic, SourceFile};

/// The ids the tests below cover; [`every_check_has_a_test`] compares it with
/// [`CheckId::ALL`].
const TESTED: &[&str] = &[
    "limit-exceeded",
    "not-utf8",
    "yaml-syntax",
    "duplicate-key",
    "rust-syntax",
    "enum-not-found",
    "unsupported-variant",
    "unknown-key",
    "missing-key",
    "wrong-type",
    "unsupported-version",
    "no-codes",
    "invalid-enum-name",
    "invalid-docs-url",
    "unknown-docs-example",
    "invalid-guide-url",
    "invalid-package-name",
    "invalid-package-version",
    "invalid-package-metadata",
    "invalid-category-id",
    "duplicate-category",
    "duplicate-code",
    "duplicate-name",
    "invalid-name",
    "identifier-collision",
    "reserved-word",
    "unknown-category",
    "unused-category",
    "http-status-range",
    "success-status",
    "empty-text",
    "control-character",
    "reserved-code-used",
    "reserved-name-used",
    "duplicate-reserved",
    "unknown-rule",
];

/// A valid registry. The fixtures edit it ([`edit`]) or add lines after its end ([`append`]):
/// appended lines start at line 21, inside `codes`, until a fixture opens `reserved:`.
///
/// Line numbers used by the assertions: `enum` 2, `base_url` 4, category `other` 8 (its
/// label 9), code 1000 at 16 (name 17, http 18, category 19, message 20).
const BASE: &str = "\
version: 1
enum: DemoError
docs:
  base_url: /docs/errors
categories:
  - id: success
    label: Success
  - id: other
    label: Other
codes:
  - code: 0
    name: SUCCESS
    http: 200
    category: success
    message: Success
  - code: 1000
    name: UNKNOWN_ERROR
    http: 500
    category: other
    message: An error occurred
";

/// Reads `text` as `registry.yaml` and, when a registry came back, runs every check on it:
/// the front-end's diagnostics first, then the checks'.
fn diagnose(text: &str) -> Vec<Diagnostic> {
    let parsed = errcodes_yaml::parse(&SourceFile::new("registry.yaml", text));
    let mut diagnostics = parsed.diagnostics;
    if let Some(registry) = &parsed.registry {
        diagnostics.extend(errcodes_check::check(registry));
    }
    diagnostics
}

/// Each diagnostic as `id severity line:col message`, then one line per label
/// (`  line:col primary|secondary text`, primary labels first) and `  help: …` if any.
/// The diagnostics about one target's identifiers (their messages name it), so that a
/// naming test does not change when another target is registered.
fn run_for(text: &str, target: &str) -> Vec<String> {
    let about: Vec<Diagnostic> = diagnose(text)
        .into_iter()
        .filter(|d| d.message.contains(&format!(" {target} ")) || d.message.ends_with(target))
        .collect();
    render(&about)
}

fn render(diagnostics: &[Diagnostic]) -> Vec<String> {
    let mut lines = Vec::new();
    for d in diagnostics {
        lines.push(format!("{} {}", head(d), d.message));
        let mut labels: Vec<_> = d.labels.iter().collect();
        labels.sort_by_key(|l| !l.primary);
        for l in labels {
            let kind = if l.primary { "primary" } else { "secondary" };
            lines.push(format!(
                "  {}:{} {kind} {}",
                l.span.line, l.span.column, l.message
            ));
        }
        if let Some(help) = &d.help {
            lines.push(format!("  help: {help}"));
        }
    }
    lines
}

/// `id severity line:col` of a diagnostic, for tests that do not pin the message.
fn head(d: &Diagnostic) -> String {
    let severity = d.severity.as_str();
    let at = d
        .main_span()
        .map_or_else(|| "-".to_owned(), |s| format!("{}:{}", s.line, s.column));
    format!("{} {severity} {at}", d.id.as_str())
}

/// Renders what `text` yields.
fn run(text: &str) -> Vec<String> {
    render(&diagnose(text))
}

/// A valid Rust source for the Rust front-end's checks: the enum is `DemoError` at 3:10, its
/// one variant `UnknownError` at 6:5.
const RUST_BASE: &str = "\
#[derive(Debug, ErrorCode)]
#[error_code(docs = \"/docs/errors\", category(id = \"other\", label = \"Other\"))]
pub enum DemoError {
    /// An error occurred
    #[error_code(http = 500, category = \"other\")]
    UnknownError = 1000,
}
";

/// Like [`diagnose`], for a Rust source read with `--enum` given as `enum_name`.
fn diagnose_rust(text: &str, enum_name: Option<&str>) -> Vec<Diagnostic> {
    let parsed = errcodes_rust_source::parse(&SourceFile::new("codes.rs", text), enum_name);
    let mut diagnostics = parsed.diagnostics;
    if let Some(registry) = &parsed.registry {
        diagnostics.extend(errcodes_check::check(registry));
    }
    diagnostics
}

/// Renders what the Rust source `text` yields.
fn run_rust(text: &str, enum_name: Option<&str>) -> Vec<String> {
    render(&diagnose_rust(text, enum_name))
}

/// [`RUST_BASE`] with `from` (which must occur once) replaced by `to`.
fn edit_rust(from: &str, to: &str) -> String {
    assert_eq!(
        RUST_BASE.matches(from).count(),
        1,
        "`{from}` must occur once"
    );
    RUST_BASE.replacen(from, to, 1)
}

/// [`BASE`] with each `(from, to)` replacement applied; `from` must occur exactly once, so a
/// fixture cannot silently stop containing its defect.
fn edit(edits: &[(&str, &str)]) -> String {
    let mut text = BASE.to_owned();
    for (from, to) in edits {
        assert_eq!(
            text.matches(from).count(),
            1,
            "`{from}` must occur once in the base"
        );
        text = text.replacen(from, to, 1);
    }
    text
}

/// [`BASE`] followed by `lines` (the first at line 21).
fn append(lines: &[&str]) -> String {
    let mut text = BASE.to_owned();
    for line in lines {
        text.push_str(line);
        text.push('\n');
    }
    text
}

/// A code entry in category `other`, to append: 5 lines, `code:` at column 11.
fn entry(code: &str, name: &str, extra: &[&str]) -> Vec<String> {
    let mut lines = vec![
        format!("  - code: {code}"),
        format!("    name: {name}"),
        "    http: 400".to_owned(),
        "    category: other".to_owned(),
        "    message: Something failed".to_owned(),
    ];
    lines.extend(extra.iter().map(|l| (*l).to_owned()));
    lines
}

/// [`BASE`] followed by entries built with [`entry`].
fn append_entries(entries: &[Vec<String>]) -> String {
    let lines: Vec<&str> = entries.iter().flatten().map(String::as_str).collect();
    append(&lines)
}

#[test]
fn the_base_registry_is_clean() {
    assert_eq!(run(BASE), Vec::<String>::new());
}

#[test]
fn every_check_has_a_test() {
    let tested: BTreeSet<&str> = TESTED.iter().copied().collect();
    assert_eq!(tested.len(), TESTED.len(), "TESTED lists an id twice");
    // The compatibility rules compare two registries; `crates/compat/tests/rules.rs` covers
    // them, and its own test fails when one of them has no case.
    let all: BTreeSet<&str> = CheckId::ALL
        .iter()
        .filter(|id| !id.is_compat_rule())
        .map(|id| id.as_str())
        .collect();
    let untested: Vec<_> = all.difference(&tested).collect();
    let unknown: Vec<_> = tested.difference(&all).collect();
    assert!(
        untested.is_empty(),
        "checks without a test in this file: {untested:?}"
    );
    assert!(
        unknown.is_empty(),
        "TESTED names ids that are not checks: {unknown:?}"
    );
}

// ---- The YAML front-end --------------------------------------------------------------------

/// Every documented limit is refused with its own message: a text over 64 KiB, a name over
/// 64 characters, YAML nested deeper than 24 levels, aliases that explode, a file over 64 MiB.
#[test]
fn limit_exceeded() {
    let long = "x".repeat(errcodes_model::limits::MAX_TEXT_BYTES + 1);
    let text = edit(&[("message: An error occurred", &format!("message: {long}"))]);
    assert_eq!(
        run(&text),
        [
            "limit-exceeded error 20:14 the `message` of code 1000 is 65537 bytes long; the limit is 64 KiB",
            "  20:14 primary too long",
            "  help: keep the message short and put details on the docs page",
        ]
    );
    let name = format!("N{}", "_X".repeat(32));
    let text = edit(&[("name: UNKNOWN_ERROR", &format!("name: {name}"))]);
    assert_eq!(
        run(&text),
        [
            "limit-exceeded error 17:11 the name of code 1000 is 65 characters long; the limit is 64",
            "  17:11 primary too long",
            "  help: shorten it: every SDK spells it out",
        ]
    );
    let deep = format!("version: 1\nx: {}{}\n", "[".repeat(100), "]".repeat(100));
    let heads: Vec<String> = diagnose(&deep)
        .iter()
        .map(|d| format!("{} {}", head(d), d.message))
        .collect();
    assert_eq!(
        heads,
        [
            "limit-exceeded error 2:27 the registry exceeds a limit: YAML nesting deeper than 24 levels"
        ]
    );
    let mut bomb = String::from("version: 1\na: &a [x, x, x, x, x, x, x, x, x, x]\n");
    for (name, previous) in ["b", "c", "d", "e", "f", "g", "h", "i"]
        .into_iter()
        .zip(["a", "b", "c", "d", "e", "f", "g", "h"])
    {
        bomb.push_str(&format!(
            "{name}: &{name} [{}]\n",
            vec![format!("*{previous}"); 10].join(", ")
        ));
    }
    let ids: Vec<&str> = diagnose(&bomb).iter().map(|d| d.id.as_str()).collect();
    assert_eq!(
        ids,
        ["limit-exceeded"],
        "a billion laughs is refused, not expanded"
    );
    let huge = vec![b' '; errcodes_model::limits::MAX_SOURCE_BYTES + 1];
    let (_, parsed) = errcodes_yaml::parse_bytes("registry.yaml", &huge);
    assert_eq!(
        render(&parsed.diagnostics)[0],
        "limit-exceeded error - the file is larger than the limit of 64 MiB"
    );
}

/// Bytes that are not UTF-8 are reported where they start.
#[test]
fn not_utf8() {
    let mut bytes = BASE.as_bytes().to_vec();
    let at = BASE.find("Other").expect("label") + 2;
    bytes[at] = 0xff;
    let (_, parsed) = errcodes_yaml::parse_bytes("registry.yaml", &bytes);
    assert!(parsed.registry.is_none());
    assert_eq!(
        render(&parsed.diagnostics),
        [
            "not-utf8 error 9:14 the file is not valid UTF-8",
            "  9:14 primary invalid byte 0xff here",
            "  help: save the file as UTF-8",
        ]
    );
}

#[test]
fn yaml_syntax() {
    let text = edit(&[("message: Success", "message: \"Success")]);
    assert_eq!(
        run(&text),
        [
            "yaml-syntax error 15:14 the registry is not valid YAML: unclosed quote",
            "  15:14 primary unclosed quote",
        ]
    );
    let text = edit(&[("    name: SUCCESS", "   name: SUCCESS")]);
    assert_eq!(
        run(&text),
        [
            "yaml-syntax error 12:4 the registry is not valid YAML: while parsing a block collection, did not find expected '-' indicator",
            "  12:4 primary while parsing a block collection, did not find expected '-' indicator",
        ]
    );
}

#[test]
fn duplicate_key() {
    let text = append_entries(&[entry("1001", "NOT_FOUND", &["    http: 404"])]);
    assert_eq!(
        run(&text),
        [
            "duplicate-key error 26:5 `http` is given twice in the entry for code 1001",
            "  26:5 primary given again here",
            "  23:5 secondary first given here",
            "  help: YAML keys must be unique: keep one of them",
        ]
    );
}

#[test]
fn unknown_key() {
    // The typo `htpp` is unknown, and so `http` is missing: both are reported.
    let text = append(&[
        "  - code: 1001",
        "    name: NOT_FOUND",
        "    htpp: 404",
        "    category: other",
        "    message: Not found",
    ]);
    assert_eq!(
        run(&text),
        [
            "unknown-key error 23:5 unknown key `htpp` in the entry for code 1001",
            "  23:5 primary not part of schema version 1",
            "  help: did you mean `http`?",
            "missing-key error 21:5 the entry for code 1001 has no `http`",
            "  21:5 primary `http` is required here",
        ]
    );
    // Without a close match, the help lists the keys allowed there.
    let text = edit(&[(
        "  base_url: /docs/errors",
        "  base_url: /docs/errors\n  colour: red",
    )]);
    assert_eq!(
        run(&text),
        [
            "unknown-key error 5:3 unknown key `colour` in `docs`",
            "  5:3 primary not part of schema version 1",
            "  help: the keys allowed here are: base_url, example, site",
        ]
    );
}

#[test]
fn missing_key() {
    let text = append(&[
        "  - code: 1001",
        "    name: NOT_FOUND",
        "    http: 404",
        "    category: other",
    ]);
    assert_eq!(
        run(&text),
        [
            "missing-key error 21:5 the entry for code 1001 has no `message`",
            "  21:5 primary `message` is required here",
        ]
    );
    let text = edit(&[("enum: DemoError\n", "")]);
    assert_eq!(
        run(&text),
        [
            "missing-key error 1:1 the registry has no `enum`",
            "  1:1 primary `enum` is required here"
        ]
    );
    assert_eq!(
        run(""),
        [
            "missing-key error 1:1 the registry is empty",
            "  1:1 primary no content",
            "  help: start the file with `version: 1`",
        ]
    );
}

#[test]
fn wrong_type() {
    // Each defect sits in an added entry, so the base's entries keep every category used.
    let text = append_entries(&[entry("\"1001\"", "NOT_FOUND", &[])]);
    assert_eq!(
        run(&text),
        [
            "wrong-type error 21:11 `code` must be an integer in 0..=65535, found a string",
            "  21:11 primary a string",
            "  help: remove the quotes",
        ]
    );
    let text = append_entries(&[entry("70000", "NOT_FOUND", &[])]);
    assert_eq!(
        run(&text),
        [
            "wrong-type error 21:11 `code` must be in 0..=65535, found 70000",
            "  21:11 primary out of range",
        ]
    );
    let text = append_entries(&[entry("1001", "NOT_FOUND", &["    retryable: maybe"])]);
    assert_eq!(
        run(&text),
        [
            "wrong-type error 26:16 `retryable` must be `true` or `false`, found a string",
            "  26:16 primary a string",
        ]
    );
    let text = append_entries(&[entry("1001", "404", &[])]);
    assert_eq!(
        run(&text),
        [
            "wrong-type error 22:11 `name` must be a string, found an integer",
            "  22:11 primary an integer",
            "  help: quote it: \"404\"",
        ]
    );
}

#[test]
fn unsupported_version() {
    let text = edit(&[("version: 1", "version: 2")]);
    assert_eq!(
        run(&text),
        [
            "unsupported-version error 1:10 schema version 2 is not supported",
            "  1:10 primary this build reads version 1",
            "  help: use a release of errcodes that reads this version, or convert the file",
        ]
    );
    let future = "version: 2\nschema_of_the_future: true\n";
    let heads: Vec<String> = diagnose(future).iter().map(head).collect();
    assert_eq!(
        heads,
        ["unsupported-version error 1:10"],
        "keys of another version are not judged"
    );
    let missing = edit(&[("version: 1\n", "")]);
    assert_eq!(
        diagnose(&missing).iter().map(head).collect::<Vec<_>>(),
        ["missing-key error 1:1"]
    );
}

#[test]
fn invalid_package_version() {
    let text = edit(&[("docs:\n", "packages:\n  version: 1.04.0\ndocs:\n")]);
    assert_eq!(
        run(&text),
        [
            "invalid-package-version error 4:12 package version `1.04.0` is not MAJOR.MINOR.PATCH",
            "  4:12 primary every package registry must read it the same way",
            "  help: use three numbers without leading zeros, such as `1.4.0`",
        ]
    );
}

#[test]
fn invalid_package_name() {
    let text = edit(&[(
        "docs:\n",
        "packages:\n  rust: 9lives\n  typescript: \"@Turing/codes\"\n  python: class\ndocs:\n",
    )]);
    let heads: Vec<String> = diagnose(&text)
        .iter()
        .map(|d| format!("{} {}", head(d), d.message))
        .collect();
    assert_eq!(
        heads,
        [
            "invalid-package-name error 4:9 `9lives` is not a valid Rust crate name",
            "invalid-package-name error 5:15 `@Turing/codes` is not a valid npm package name",
            "invalid-package-name error 6:11 `class` is not a valid Python distribution name",
        ]
    );
    let valid = edit(&[(
        "docs:\n",
        "packages:\n  version: 2.10.0\n  rust: turing-error-codes\n  typescript: \"@turing/error-codes\"\n  python: turing-error-codes\ndocs:\n",
    )]);
    assert!(diagnose(&valid).is_empty());
}

/// The shared metadata: an SPDX license, `http(s)` links and `Name <email>` authors, each a
/// near miss of a valid value; the valid ones pass, from YAML and from Rust.
#[test]
fn invalid_package_metadata() {
    let text = edit(&[(
        "docs:\n",
        "packages:\n  license: MIT OR Apache2\n  repository: github.com/turing/codes\n  homepage: javascript:alert(1)\n  authors: [Ada <ada@example.com, \" Bob\", 7]\ndocs:\n",
    )]);
    assert_eq!(
        run(&text),
        [
            "wrong-type error 7:43 an item of `packages.authors` must be a string, found an integer",
            "  7:43 primary an integer",
            "  help: quote it: \"7\"",
            "invalid-package-metadata error 4:12 `packages.license` is not an SPDX license expression: unknown term",
            "  4:12 primary crates.io, npm and PyPI read it as SPDX",
            "  help: use SPDX identifiers, such as `MIT`, `Apache-2.0` or `MIT OR Apache-2.0`",
            "invalid-package-metadata error 5:15 `packages.repository` must be an http(s) URL",
            "  5:15 primary every package links to it",
            "  help: for example `https://github.com/turing/error-codes`",
            "invalid-package-metadata error 6:13 `packages.homepage` must be an http(s) URL",
            "  6:13 primary every package links to it",
            "  help: for example `https://github.com/turing/error-codes`",
            "invalid-package-metadata error 7:13 author `Ada <ada@example.com` is not `Name` or `Name <email>`",
            "  7:13 primary Cargo, npm and PyPI read authors in this form",
            "  help: for example `Turing Platform <platform@turing.example>`",
            "empty-text error 7:35 the `author` of `packages.authors` starts or ends with whitespace",
            "  7:35 primary padded with whitespace",
            "  help: remove the padding (for a block scalar, use `|-` to drop the final newline)",
        ]
    );
    let valid = edit(&[(
        "docs:\n",
        "packages:\n  license: MIT OR Apache-2.0\n  repository: https://github.com/turing/codes\n  homepage: http://turing.example\n  authors: [Ada <ada@example.com>, Bob]\ndocs:\n",
    )]);
    assert!(diagnose(&valid).is_empty(), "{:?}", run(&valid));
    let rust = edit_rust(
        "category(id",
        "packages(license = \"MIT\", repository = \"https://x.example/r\", authors = [\"Ada\", 7]), category(id",
    );
    assert_eq!(
        run_rust(&rust, None),
        [
            "wrong-type error 2:117 an item of `authors` must be a string literal",
            "  2:117 primary not a string literal",
        ]
    );
    let rust = edit_rust("category(id", "packages(authors = \"Ada\"), category(id");
    assert_eq!(
        run_rust(&rust, None),
        [
            "wrong-type error 2:56 `authors` must be an array of strings, `[\"…\", …]`",
            "  2:56 primary not an array",
        ]
    );
}

/// `packages:` is keyed by target id: the front-end takes any key, and the checks know which
/// targets exist and which settings each takes, in the long form and the short one.
#[test]
fn package_settings_are_checked_by_their_target() {
    let text = edit(&[(
        "docs:\n",
        "packages:\n  rst: x\n  markdown: page\n  rust:\n    nme: x\n    name: 9lives\n  python: [x]\ndocs:\n",
    )]);
    assert_eq!(
        run(&text),
        [
            "wrong-type error 9:11 `packages.python` must be a string (the package's name) or a mapping, found a list",
            "  9:11 primary a list",
            "unknown-key error 4:3 unknown key `rst` in `packages`",
            "  4:3 primary not a shared key nor a target with a package",
            "  help: did you mean `rust`?",
            "unknown-key error 5:3 the Markdown target has no package settings",
            "  5:3 primary nothing to set here",
            "  help: remove `markdown` from `packages`",
            "unknown-key error 7:5 unknown key `nme` in `packages.rust`",
            "  7:5 primary not a setting of the Rust package",
            "  help: did you mean `name`?",
            "invalid-package-name error 8:11 `9lives` is not a valid Rust crate name",
            "  8:11 primary not a Rust crate name",
            "  help: a Rust crate name has letters, digits, `-` and `_`, starting with a letter, at most 64 characters",
        ]
    );
    let rust = edit_rust(
        "category(id",
        "packages(version = \"1.0.0\", rust(name = \"demo\", nam = \"x\"), pyton = \"demo\"), category(id",
    );
    assert_eq!(
        run_rust(&rust, None),
        [
            "unknown-key error 2:85 unknown key `nam` in `packages.rust`",
            "  2:85 primary not a setting of the Rust package",
            "  help: did you mean `name`?",
            "unknown-key error 2:97 unknown key `pyton` in `packages`",
            "  2:97 primary not a shared key nor a target with a package",
            "  help: did you mean `python`?",
        ]
    );
}

#[test]
fn no_codes() {
    let text = "\
version: 1
enum: DemoError
docs:
  base_url: /docs/errors
categories: []
codes: []
";
    assert_eq!(
        run(text),
        [
            "no-codes error 6:8 the registry lists no codes",
            "  6:8 primary an empty list",
            "  help: add the first code: `- {code: 1000, name: …, http: …, category: …, message: …}`",
        ]
    );
}

// ---- The Rust front-end --------------------------------------------------------------------

#[test]
fn the_rust_base_is_clean() {
    assert_eq!(run_rust(RUST_BASE, None), Vec::<String>::new());
}

#[test]
fn rust_syntax() {
    // The file does not parse: one diagnostic, and nothing else is read.
    let text = edit_rust(
        "UnknownError = 1000,",
        "UnknownError = 1000\n    NotFound = 1001,",
    );
    assert_eq!(
        run_rust(&text, None),
        [
            "rust-syntax error 7:5 the Rust source does not parse: expected `,`",
            "  7:5 primary expected `,`",
        ]
    );
    // An `#[error_code(...)]` does not parse: reported where it breaks.
    let text = edit_rust(
        "category = \"other\")]",
        "category = \"other\", retryable = )]",
    );
    assert_eq!(
        run_rust(&text, None),
        [
            "rust-syntax error 5:62 this `#[error_code(...)]` does not parse: unexpected end of input, expected an expression",
            "  5:62 primary unexpected end of input, expected an expression",
            "  help: write `#[error_code(key = value, …)]`",
        ]
    );
}

#[test]
fn enum_not_found() {
    // No enum derives `ErrorCode`.
    let text = edit_rust("#[derive(Debug, ErrorCode)]", "#[derive(Debug)]");
    assert_eq!(
        run_rust(&text, None),
        [
            "enum-not-found error 1:1 the Rust source has no enum deriving `ErrorCode`",
            "  1:1 primary in this file",
            "  help: the file declares `DemoError`; derive `ErrorCode` on one or pass `--enum NAME`",
        ]
    );
    // Two do, and no `--enum` says which.
    let text =
        format!("{RUST_BASE}\n#[derive(errcodes_derive::ErrorCode)]\nenum OtherError {{}}\n");
    assert_eq!(
        run_rust(&text, None),
        [
            "enum-not-found error 3:10 2 enums derive `ErrorCode`; which one is the registry?",
            "  3:10 primary this one",
            "  10:6 primary or this one",
            "  help: pass `--enum NAME`",
        ]
    );
    // `--enum` names an enum the file does not declare.
    assert_eq!(
        run_rust(RUST_BASE, Some("MissingError")),
        [
            "enum-not-found error 1:1 the Rust source has no enum named `MissingError`",
            "  1:1 primary in this file",
            "  help: the file declares `DemoError`; derive `ErrorCode` on one or pass `--enum NAME`",
        ]
    );
}

#[test]
fn unsupported_variant() {
    // Fields, no discriminant, a discriminant that is not an integer literal: each variant is
    // reported and left out, and nothing else fires.
    let text = edit_rust(
        "    UnknownError = 1000,\n",
        "    UnknownError = 1000,
    /// Not found
    #[error_code(http = 404, category = \"other\")]
    NotFound(String) = 1001,
    /// Gone
    #[error_code(http = 410, category = \"other\")]
    Gone,
    /// Teapot
    #[error_code(http = 418, category = \"other\")]
    Teapot = 1000 + 3,
",
    );
    assert_eq!(
        run_rust(&text, None),
        [
            "unsupported-variant error 9:13 variant `NotFound` has fields; an error code is a unit variant",
            "  9:13 primary fields",
            "  help: write `NotFound = <code>`",
            "unsupported-variant error 12:5 variant `Gone` has no explicit code",
            "  12:5 primary needs `= <code>`",
            "  help: write `Gone = <code>`: implicit discriminants would renumber codes silently",
            "unsupported-variant error 15:14 the code of `Teapot` is not an integer literal",
            "  15:14 primary not a literal",
            "  help: write the code as a literal, such as `= 1124`, so that it can be read without compiling",
        ]
    );
}

// ---- Names ---------------------------------------------------------------------------------

#[test]
fn invalid_enum_name() {
    let text = edit(&[("enum: DemoError", "enum: demo_error")]);
    assert_eq!(
        run(&text),
        [
            "invalid-enum-name error 2:7 `enum: demo_error` cannot name the generated types: it is not an UpperCamelCase ASCII identifier",
            "  2:7 primary used as the type name in every target",
            "  help: write it as `DemoError`",
        ]
    );
    let text = edit(&[("enum: DemoError", "enum: Error")]);
    assert_eq!(
        run(&text),
        [
            "invalid-enum-name error 2:7 `enum: Error` cannot name the generated types: it is a reserved word in TypeScript",
            "  2:7 primary used as the type name in every target",
        ]
    );
}

#[test]
fn invalid_docs_url() {
    for url in [
        "/docs/errors#top",
        "\"\"",
        "/docs/my errors",
        "\"/docs/\\x01\"",
    ] {
        let text = edit(&[("base_url: /docs/errors", &format!("base_url: {url}"))]);
        assert_eq!(
            run(&text),
            [
                "invalid-docs-url error 4:13 `docs.base_url` must be a non-empty URL or path without whitespace, control characters or `#`",
                "  4:13 primary deep links are built as {base_url}#{code}",
                "  help: for example `/api-guides/reliability/error-codes`",
            ],
            "base_url: {url}"
        );
    }
}

/// `docs.site` is an `http(s)` origin joined to a path `base_url`: a near miss of each rule.
#[test]
fn invalid_docs_site() {
    let cases = [
        (
            "/docs/errors\n  site: platform.example",
            "`docs.site` must be an http(s) URL without query or fragment",
        ),
        (
            "/docs/errors\n  site: https://platform.example/?x=1",
            "`docs.site` must be an http(s) URL without query or fragment",
        ),
        (
            "https://platform.example/docs\n  site: https://platform.example",
            "`docs.site` is given, but `docs.base_url` is already an absolute URL",
        ),
    ];
    for (docs, message) in cases {
        let text = edit(&[("base_url: /docs/errors", &format!("base_url: {docs}"))]);
        let heads: Vec<String> = diagnose(&text)
            .iter()
            .map(|d| format!("{} {}", head(d), d.message))
            .collect();
        assert_eq!(
            heads,
            [format!("invalid-docs-url error 5:9 {message}")],
            "{docs}"
        );
    }
    let valid = edit(&[(
        "base_url: /docs/errors",
        "base_url: /docs/errors\n  site: https://platform.example/",
    )]);
    assert!(diagnose(&valid).is_empty());
    let rust = edit_rust("category(id", "docs_site = \"ftp://x\", category(id");
    assert_eq!(
        diagnose_rust(&rust, None)
            .iter()
            .map(|d| d.id.as_str())
            .collect::<Vec<_>>(),
        ["invalid-docs-url"]
    );
}

#[test]
fn unknown_docs_example() {
    let text = edit(&[(
        "base_url: /docs/errors",
        "base_url: /docs/errors\n  example: 4242",
    )]);
    assert_eq!(
        run(&text),
        [
            "unknown-docs-example error 5:12 `docs.example` names code 4242, which the registry does not have",
            "  5:12 primary the code the docs' examples show",
            "  help: name one of the codes, or leave `example` out to show the lowest code but 0",
        ]
    );
    let named = edit(&[(
        "base_url: /docs/errors",
        "base_url: /docs/errors\n  example: 1000",
    )]);
    assert!(
        !run(&named)
            .iter()
            .any(|d| d.starts_with("unknown-docs-example")),
        "{named}"
    );
}

#[test]
fn invalid_guide_url() {
    for guide in [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "data:text/html,x",
        "\"\"",
        "/guides/rate limits",
        "/guides/<x>",
        "\"/guides/\\\\x\"",
        "\"/guides/\\u202Ex\"",
        "javascript&colon;alert(1)",
        "java&#115;cript&#58;alert(1)",
        "/a&#X3a;b",
    ] {
        let text = edit(&[(
            "    label: Other\n",
            &format!("    label: Other\n    guide: {guide}\n"),
        )]);
        assert_eq!(
            run(&text),
            [
                "invalid-guide-url error 10:12 the guide of category `other` must be a path or an http(s) URL without whitespace, control characters, `<`, `>`, `\\` or character references",
                "  10:12 primary linked from the docs page's troubleshooting section",
                "  help: for example `/api-guides/reliability/rate-limits` or `https://example.com/guide`",
            ],
            "guide: {guide}"
        );
    }
    for guide in [
        "/guides/rate-limits",
        "guides/rate-limits.md#429",
        "./timeouts?lang=zh",
        "https://example.com/a:b",
        "HTTP://example.com",
        "/path/with:colon",
        "/search?a=1&b=2;c",
        "/x&;y&#;z&#xg;",
    ] {
        let text = edit(&[(
            "    label: Other\n",
            &format!("    label: Other\n    guide: {guide}\n"),
        )]);
        assert!(run(&text).is_empty(), "guide: {guide}: {:?}", run(&text));
    }
}

#[test]
fn invalid_category_id() {
    let text = edit(&[
        ("id: other", "id: Other"),
        ("category: other", "category: Other"),
    ]);
    assert_eq!(
        run(&text),
        [
            "invalid-category-id error 8:9 category id `Other` is not snake_case",
            "  8:9 primary expected lower-case words joined by single underscores",
            "  help: write it as `other`",
        ]
    );
}

#[test]
fn duplicate_category() {
    let text = edit(&[(
        "    label: Other\n",
        "    label: Other\n  - id: other\n    label: Misc\n",
    )]);
    assert_eq!(
        run(&text),
        [
            "duplicate-category error 10:9 category `other` is declared twice",
            "  10:9 primary declared again here",
            "  8:9 secondary first declared here",
            "  help: remove one of the two declarations",
        ]
    );
}

/// Category labels are text like any other: empty or padded, they are `empty-text`.
#[test]
fn empty_label() {
    let empty = edit(&[("label: Other", "label: \"\"")]);
    assert_eq!(
        run(&empty),
        [
            "empty-text error 9:12 the `label` of category `other` is empty",
            "  9:12 primary empty",
            "  help: write the label people will read",
        ]
    );
    let padded = edit(&[("label: Other", "label: \" Other\"")]);
    let heads: Vec<String> = diagnose(&padded).iter().map(head).collect();
    assert_eq!(heads, ["empty-text error 9:12"]);
}

#[test]
fn duplicate_code() {
    let text = append_entries(&[entry("1000", "OTHER_ERROR", &[])]);
    assert_eq!(
        run(&text),
        [
            "duplicate-code error 21:11 code 1000 is used by 2 entries: `UNKNOWN_ERROR`, `OTHER_ERROR`",
            "  21:11 primary used again by `OTHER_ERROR`",
            "  16:11 secondary first used by `UNKNOWN_ERROR`",
            "  help: a code identifies one error; give all but one of them another code: 1001 is the next free code in 1000..=1099",
        ]
    );
    // The next free code wraps to the start of the hundred, and skips reserved codes.
    let text = append_entries(&[
        entry("1099", "FIRST_ERROR", &[]),
        entry(
            "1099",
            "SECOND_ERROR",
            &["reserved:", "  - code: 1001", "    reason: retired"],
        ),
    ]);
    assert_eq!(
        run(&text),
        [
            "duplicate-code error 26:11 code 1099 is used by 2 entries: `FIRST_ERROR`, `SECOND_ERROR`",
            "  26:11 primary used again by `SECOND_ERROR`",
            "  21:11 secondary first used by `FIRST_ERROR`",
            "  help: a code identifies one error; give all but one of them another code: 1002 is the next free code in 1000..=1099",
        ]
    );
}

#[test]
fn duplicate_name() {
    let text = append_entries(&[entry("1001", "UNKNOWN_ERROR", &[])]);
    assert_eq!(
        run(&text),
        [
            "duplicate-name error 22:11 name `UNKNOWN_ERROR` is used by codes 1000 and 1001",
            "  22:11 primary used again by code 1001",
            "  17:11 secondary first used by code 1000",
            "  help: a name identifies one error in every language: rename one of them",
        ]
    );
}

#[test]
fn invalid_name() {
    let text = edit(&[("name: UNKNOWN_ERROR", "name: UnknownError")]);
    assert_eq!(
        run(&text),
        [
            "invalid-name error 17:11 code 1000 has name `UnknownError`, which is not SCREAMING_SNAKE_CASE",
            "  17:11 primary expected upper-case words joined by single underscores",
            "  help: write it as `UNKNOWN_ERROR`",
        ]
    );
}

/// A retired name is a former code name: spelt like one. (Found by fuzzing: a retired name
/// with quotes in it reached `errcodes import`'s YAML unquoted.)
#[test]
fn invalid_reserved_name() {
    let text = append(&[
        "reserved:",
        "  - name: \"old: error\"",
        "    reason: retired",
    ]);
    assert_eq!(
        run(&text),
        [
            "invalid-name error 22:11 reserved name `old: error` is not SCREAMING_SNAKE_CASE",
            "  22:11 primary a retired name is spelt like every other name",
            "  help: write it as `OLD_ERROR`",
        ]
    );
}

#[test]
fn identifier_collision() {
    let text = append_entries(&[
        entry("1001", "FOO_BAR1", &[]),
        entry("1002", "FOO_BAR_1", &[]),
    ]);
    assert_eq!(
        run_for(&text, "Rust"),
        [
            "identifier-collision error 27:11 code names `FOO_BAR1` and `FOO_BAR_1` become the same Rust identifier `FooBar1`",
            "  27:11 primary `FOO_BAR_1` becomes `FooBar1`",
            "  22:11 secondary `FOO_BAR1` becomes `FooBar1` too",
            "  help: rename one so the words differ, not only the underscores",
        ]
    );
}

#[test]
fn reserved_word() {
    let text = append_entries(&[entry("1001", "SELF", &[])]);
    assert_eq!(
        run_for(&text, "Rust"),
        [
            "reserved-word error 22:11 code name `SELF` becomes `Self`, a reserved word in Rust",
            "  22:11 primary `Self` in Rust",
            "  help: choose another name",
        ]
    );
    let text = edit(&[
        ("id: other", "id: self"),
        ("category: other", "category: self"),
    ]);
    assert_eq!(
        run_for(&text, "Rust"),
        [
            "reserved-word error 8:9 category id `self` becomes `Self`, a reserved word in Rust",
            "  8:9 primary `Self` in Rust",
            "  help: choose another name",
        ]
    );
}

// ---- Categories ----------------------------------------------------------------------------

#[test]
fn unknown_category() {
    let text = append(&[
        "  - code: 1001",
        "    name: NOT_FOUND",
        "    http: 404",
        "    category: othr",
        "    message: Not found",
    ]);
    assert_eq!(
        run(&text),
        [
            "unknown-category error 24:15 code 1001 is in category `othr`, which is not declared",
            "  24:15 primary not under `categories`",
            "  help: did you mean `other`?",
        ]
    );
}

#[test]
fn unused_category() {
    let text = edit(&[(
        "    label: Other\n",
        "    label: Other\n  - id: billing\n    label: Billing\n",
    )]);
    assert_eq!(
        run(&text),
        [
            "unused-category warning 10:9 category `billing` has no codes",
            "  10:9 primary declared but never used",
            "  help: remove it, or give it its first code",
        ]
    );
}

// ---- Codes ---------------------------------------------------------------------------------

#[test]
fn http_status_range() {
    for status in ["600", "99", "0"] {
        let text = edit(&[("http: 500", &format!("http: {status}"))]);
        assert_eq!(
            run(&text),
            [
                format!(
                    "http-status-range error 18:11 code 1000 has HTTP status {status}, outside 100..=599"
                ),
                "  18:11 primary not an HTTP status".to_owned(),
                "  help: use the status the platform answers with, such as 400, 404, 429 or 500"
                    .to_owned(),
            ]
        );
    }
}

#[test]
fn success_status() {
    let text = edit(&[("http: 500", "http: 201")]);
    assert_eq!(
        run(&text),
        [
            "success-status error 18:11 error code 1000 has the success status 201",
            "  18:11 primary a 2xx status",
            "  16:11 secondary a non-zero code is an error",
            "  help: errors answer with a 4xx or 5xx status; only code 0 is a success",
        ]
    );
}

// ---- Text ----------------------------------------------------------------------------------

#[test]
fn empty_text() {
    let text = edit(&[("message: An error occurred", "message: \"\"")]);
    assert_eq!(
        run(&text),
        [
            "empty-text error 20:14 the `message` of code 1000 is empty",
            "  20:14 primary empty",
            "  help: write the message people will read",
        ]
    );
    let padded = [
        ("message: \" An error occurred \"", "20:14"),
        // A block scalar keeps its final newline; the span starts at the text.
        ("message: |\n      An error occurred", "21:7"),
    ];
    for (message, at) in padded {
        let text = edit(&[("message: An error occurred", message)]);
        assert_eq!(
            run(&text),
            [
                format!("empty-text error {at} the `message` of code 1000 starts or ends with whitespace"),
                format!("  {at} primary padded with whitespace"),
                "  help: remove the padding (for a block scalar, use `|-` to drop the final newline)"
                    .to_owned(),
            ],
            "{message}"
        );
    }
    let text = append(&["reserved:", "  - code: 1500", "    reason: \"\""]);
    assert_eq!(
        run(&text),
        [
            "empty-text error 23:13 the `reason` of a `reserved` entry is empty",
            "  23:13 primary empty",
            "  help: write the reason people will read",
        ]
    );
}

#[test]
fn control_character() {
    const HELP: &str = "  help: remove it: text may hold newlines and tabs, but no other control, invisible or bidirectional characters";
    for escaped in ["\\a", "\\x07", "\\u0007"] {
        let text = edit(&[(
            "message: An error occurred",
            &format!("message: \"a{escaped}b\""),
        )]);
        assert_eq!(
            run(&text),
            [
                "control-character error 20:14 the `message` of code 1000 holds the control character U+0007 at character 2",
                "  20:14 primary in this text",
                HELP,
            ],
            "{escaped}"
        );
    }
    // A bidirectional override (\u{202E}) makes text read differently from what it is.
    let text = edit(&[("label: Other", "label: \"Oth\\u202Eer\"")]);
    assert_eq!(
        run(&text),
        [
            "control-character error 9:12 the `label` of category `other` holds the invisible or direction-changing character U+202E at character 4",
            "  9:12 primary in this text",
            HELP,
        ]
    );
    // Newline and tab are allowed.
    let text = edit(&[(
        "message: An error occurred",
        "message: \"An\\terror\\noccurred\"",
    )]);
    assert_eq!(run(&text), Vec::<String>::new());
}

// ---- Reserved ------------------------------------------------------------------------------

#[test]
fn reserved_code_used() {
    let text = append(&["reserved:", "  - code: 1000", "    reason: retired in 2020"]);
    assert_eq!(
        run(&text),
        [
            "reserved-code-used error 16:11 code 1000 is reserved and cannot be used by `UNKNOWN_ERROR`",
            "  16:11 primary uses a retired code",
            "  22:11 secondary retired: retired in 2020",
            "  help: retired codes are never reused, so old clients cannot misread new errors: pick a new code",
        ]
    );
}

#[test]
fn reserved_name_used() {
    let text = append(&[
        "reserved:",
        "  - name: UNKNOWN_ERROR",
        "    reason: retired in 2020",
    ]);
    assert_eq!(
        run(&text),
        [
            "reserved-name-used error 17:11 name `UNKNOWN_ERROR` is reserved and cannot be used by code 1000",
            "  17:11 primary uses a retired name",
            "  22:11 secondary retired: retired in 2020",
            "  help: retired names are never reused: pick a new name",
        ]
    );
}

#[test]
fn duplicate_reserved() {
    let text = append(&[
        "reserved:",
        "  - code: 1500",
        "    name: OLD_ERROR",
        "    reason: retired in 2020",
        "  - code: 1500",
        "    name: OLD_ERROR",
        "    reason: retired again",
    ]);
    assert_eq!(
        run(&text),
        [
            "duplicate-reserved error 25:11 code 1500 is reserved twice",
            "  25:11 primary reserved again here",
            "  22:11 secondary first reserved here",
            "  help: keep one entry, with the reason it was retired",
            "duplicate-reserved error 26:11 name `OLD_ERROR` is reserved twice",
            "  26:11 primary reserved again here",
            "  23:11 secondary first reserved here",
            "  help: keep one entry, with the reason it was retired",
        ]
    );
}

// ---- Accepted breaking changes -------------------------------------------------------------

/// An `allow_breaking` entry must name a rule that can fire and be accepted: an error or a
/// warning of the compatibility gate. A typo gets a suggestion; a note-level rule (nothing to
/// accept) gets the list of the rules that can be accepted.
#[test]
fn unknown_rule() {
    let text = append(&[
        "allow_breaking:",
        "  - code: 1000",
        "    rule: code-renamd",
        "    reason: renamed on purpose",
    ]);
    assert_eq!(
        run(&text),
        [
            "unknown-rule error 23:11 `allow_breaking` names `code-renamd`, which is not a rule that can be accepted",
            "  23:11 primary not a breaking-change rule",
            "  help: did you mean `code-renamed`?",
        ]
    );
    let text = append(&[
        "allow_breaking:",
        "  - code: 1000",
        "    rule: code-added",
        "    reason: new on purpose",
    ]);
    assert_eq!(
        run(&text),
        [
            "unknown-rule error 23:11 `allow_breaking` names `code-added`, which is not a rule that can be accepted",
            "  23:11 primary not a breaking-change rule",
            "  help: the rules that can be accepted are: code-removed, code-renamed, name-renumbered, reserved-removed, http-changed, category-changed",
        ]
    );
    // Every rule that can be accepted is accepted by the check.
    for rule in [
        "code-removed",
        "code-renamed",
        "name-renumbered",
        "reserved-removed",
        "http-changed",
        "category-changed",
    ] {
        let text = append(&[
            "allow_breaking:",
            "  - code: 1000",
            &format!("    rule: {rule}"),
            "    reason: on purpose",
        ]);
        assert_eq!(run(&text), Vec::<String>::new(), "{rule}");
    }
}

// ---- Whole registries ----------------------------------------------------------------------

#[test]
fn the_real_registry_is_clean() {
    assert_eq!(
        run(include_str!("../../../registry.yaml")),
        Vec::<String>::new()
    );
}

#[test]
fn the_published_page_is_rejected_for_its_duplicate_1405() {
    let text = include_str!("../../errcodes/tests/fixtures/page-duplicate-1405.yaml");
    let lines: Vec<u32> = (1..)
        .zip(text.lines())
        .filter(|(_, line)| line.trim() == "- code: 1405")
        .map(|(number, _)| number)
        .collect();
    let [first, second] = lines[..] else {
        panic!("expected two `code: 1405` lines: {lines:?}")
    };
    assert_eq!(
        run(text),
        [
            format!("duplicate-code error {second}:11 code 1405 is used by 2 entries: `OPEN_SEARCH_NO_RESULT`, `PG_DATABASE_TRANSACTION_FAILED`"),
            format!("  {second}:11 primary used again by `PG_DATABASE_TRANSACTION_FAILED`"),
            format!("  {first}:11 secondary first used by `OPEN_SEARCH_NO_RESULT`"),
            "  help: a code identifies one error; give all but one of them another code: 1406 is the next free code in 1400..=1499".to_owned(),
        ]
    );
}

#[test]
fn every_defect_is_reported_in_one_run() {
    let text = append(&[
        "  - code: 1001",
        "    name: NOT_FOUND",
        "    http: 404",
        "    htpp: 404",
        "    category: other",
        "    message: Not found",
        "  - code: 1002",
        "    name: RATE_LIMITED",
        "    http: 429",
        "    category: other",
        "    message: Too many requests",
        "    retryable: maybe",
        "  - code: 1000",
        "    name: INTERNAL_ERROR",
        "    http: 500",
        "    category: other",
        "    message: Internal error",
        "  - code: 1003",
        "    name: QUOTA_EXCEEDED",
        "    http: 429",
        "    category: quota",
        "    message: Quota exceeded",
    ]);
    let heads: Vec<String> = diagnose(&text).iter().map(head).collect();
    assert_eq!(
        heads,
        [
            "unknown-key error 24:5",
            "wrong-type error 32:16",
            "duplicate-code error 33:11",
            "unknown-category error 41:15",
        ]
    );
}

// ---- Invariants and follow-on diagnostics --------------------------------------------------

/// `Diagnostic::labels` is documented as "every position involved, the primary one first";
/// the JSON report hands labels out in that order.
#[test]
fn every_diagnostic_lists_its_primary_label_first() {
    let fixtures = [
        append_entries(&[entry("1000", "OTHER_ERROR", &[])]),
        append_entries(&[entry("1001", "UNKNOWN_ERROR", &[])]),
        append_entries(&[
            entry("1001", "FOO_BAR1", &[]),
            entry("1002", "FOO_BAR_1", &[]),
        ]),
        append(&[
            "reserved:",
            "  - code: 1000",
            "    name: UNKNOWN_ERROR",
            "    reason: gone",
        ]),
        append(&[
            "reserved:",
            "  - code: 1500",
            "    reason: a",
            "  - code: 1500",
            "    reason: b",
        ]),
        edit(&[("http: 500", "http: 201")]),
        edit(&[(
            "    label: Other\n",
            "    label: Other\n  - id: other\n    label: Misc\n",
        )]),
        append_entries(&[entry("1001", "NOT_FOUND", &["    http: 404"])]),
        include_str!("../../errcodes/tests/fixtures/page-duplicate-1405.yaml").to_owned(),
    ];
    for text in &fixtures {
        let diagnostics = diagnose(text);
        assert!(!diagnostics.is_empty());
        for d in diagnostics {
            assert!(
                d.labels.first().is_some_and(|l| l.primary),
                "{} lists a secondary label first: {:?}",
                d.id.as_str(),
                d.labels
            );
        }
    }
}

/// An entry the front-end cannot read is reported and left out of the registry; its category
/// is still used, and saying otherwise is a false positive.
#[test]
fn an_unreadable_code_does_not_leave_its_category_unused() {
    let text = edit(&[(
        "message: An error occurred",
        "message: An error occurred\n    retryable: maybe",
    )]);
    let heads: Vec<String> = diagnose(&text).iter().map(head).collect();
    assert_eq!(heads, ["wrong-type error 21:16"]);
}

/// A category the front-end cannot read is still declared: its codes are not in an unknown
/// category.
#[test]
fn an_unreadable_category_does_not_leave_its_codes_uncategorised() {
    let text = edit(&[("label: Other", "label: 42")]);
    let heads: Vec<String> = diagnose(&text).iter().map(head).collect();
    assert_eq!(heads, ["wrong-type error 9:12"]);
}

/// With `leading_zero_numbers_as_strings`, an unquoted `01001` reads as a string; the help
/// must not tell the user to remove quotes that are not there.
#[test]
fn a_leading_zero_is_not_called_quotes() {
    let text = append_entries(&[entry("01001", "NOT_FOUND", &[])]);
    let diagnostics = diagnose(&text);
    let heads: Vec<String> = diagnostics.iter().map(head).collect();
    assert_eq!(heads, ["wrong-type error 21:11"]);
    let help = diagnostics[0].help.as_deref().unwrap_or("");
    assert!(
        !help.contains("quote"),
        "help for an unquoted 01001: {help:?}"
    );
}
