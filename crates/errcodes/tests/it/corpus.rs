//! The bad-input corpus (`tests/corpus/`, each file described in its README): every broken
//! registry is refused with exit 1, its check id and its position, every valid edge case is
//! accepted, and no input makes `errcodes` panic, hang, leak parser internals, or touch
//! `generated/`. Then the inputs that stop `errcodes` from running at all (exit 2).
//!
//! Each corpus file is run in a fresh folder where it is `registry.yaml` and where
//! `generated/` already holds the output of `valid-plain.yaml`. Every valid edge case means
//! exactly what `valid-plain.yaml` means, so for every file, valid or not, `generated/` must
//! come out byte for byte as it went in. The two inputs that take the debug binary seconds per
//! run (the alias bomb, a 10 MB message) belong to the slow tier (`errcodes_testkit::tier`).

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::{check_current, gen_current, generated_count, snapshot};

/// A run that takes longer than this is a hang. This is a guard, not a performance test.
const HANG_GUARD: Duration = Duration::from_secs(20);

/// More than this on stderr means a snippet echoed a huge line instead of eliding it.
const MAX_STDERR: usize = 64 << 10;

/// What a corpus file must do.
#[derive(Clone, Copy)]
enum Expect {
    /// Accepted: exit 0, and `gen` finds `generated/` already current.
    Valid,
    /// Refused: exit 1, a diagnostic with this check id whose primary position is `at`, and
    /// stderr holding each of `also`.
    Error {
        id: &'static str,
        at: At,
        also: &'static [&'static str],
    },
}

/// Where the primary label of the expected diagnostic must be.
#[derive(Clone, Copy)]
enum At {
    /// This line and column (1-based; columns in characters, as an editor shows them).
    Exact(u32, u32),
    /// On this character, wherever it is (for limits whose exact position depends on the
    /// limit's value); the human and JSON positions must still agree.
    OnChar(char),
}

const fn error(id: &'static str, line: u32, column: u32, also: &'static [&'static str]) -> Expect {
    Expect::Error {
        id,
        at: At::Exact(line, column),
        also,
    }
}

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus")
}

fn corpus_file(name: &str) -> Vec<u8> {
    std::fs::read(corpus_dir().join(name)).unwrap_or_else(|e| panic!("corpus file {name}: {e}"))
}

/// The slow-tier suite of the inputs that take the debug binary seconds per run (marked
/// `slow` in the table). The check crate's UI tests cover their diagnostics in the fast tier.
const SLOW: &str = "corpus: the alias bomb and the 10 MB message through the debug binary";

/// One test per corpus file, and the list of every file the table names. A file marked
/// `#[slow(SUITE)]` is a test of the slow tier, in that suite.
macro_rules! corpus {
    ($($(#[slow($suite:expr)])? $test:ident: $file:literal => $expect:expr;)*) => {
        const TABLE: &[&str] = &[$($file),*];
        $(
            #[test]
            fn $test() {
                $(
                    if !errcodes_testkit::tier::slow($suite) {
                        return;
                    }
                )?
                run_case($file, &corpus_file($file), $expect);
            }
        )*
    };
}

corpus! {
    // Valid edge cases: same meaning as valid-plain.yaml, so nothing to regenerate.
    valid_plain: "valid-plain.yaml" => Expect::Valid;
    valid_crlf: "valid-crlf.yaml" => Expect::Valid;
    valid_bom: "valid-bom.yaml" => Expect::Valid;
    valid_bom_crlf: "valid-bom-crlf.yaml" => Expect::Valid;
    valid_comment_heavy: "valid-comment-heavy.yaml" => Expect::Valid;
    valid_flow_style: "valid-flow-style.yaml" => Expect::Valid;
    valid_document_markers: "valid-document-markers.yaml" => Expect::Valid;
    valid_merge_keys: "valid-merge-keys.yaml" => Expect::Valid;
    valid_tag_binary: "valid-tag-binary.yaml" => Expect::Valid;

    // Not a registry at all.
    empty: "empty.yaml" => error("missing-key", 1, 1, &["the registry is empty"]);
    comment_only: "comment-only.yaml" => error("missing-key", 1, 1, &["the registry is empty"]);
    bare_scalar: "bare-scalar.yaml" =>
        error("wrong-type", 1, 1, &["the registry must be a mapping, found a string"]);
    list_root: "list-root.yaml" =>
        error("wrong-type", 1, 1, &["the registry must be a mapping, found a list"]);
    invalid_utf8: "invalid-utf8.yaml" => error("not-utf8", 20, 20, &["invalid byte 0xe9"]);
    binary_garbage: "binary-garbage.bin" => error("not-utf8", 1, 2, &["invalid byte 0xff"]);

    // YAML syntax.
    truncated: "truncated.yaml" => error("yaml-syntax", 18, 5, &[]);
    tab_indentation: "tab-indentation.yaml" => error("yaml-syntax", 17, 1, &["tab"]);
    unclosed_quote: "unclosed-quote.yaml" => error("yaml-syntax", 20, 14, &["unclosed quote"]);
    unclosed_flow_bracket: "unclosed-flow-bracket.yaml" =>
        error("yaml-syntax", 20, 14, &["unclosed bracket"]);
    unclosed_flow_bracket_midfile: "unclosed-flow-bracket-midfile.yaml" =>
        error("yaml-syntax", 6, 3, &[]);
    nul_byte: "nul-byte.yaml" => error("yaml-syntax", 20, 18, &[]);
    multiple_documents: "multiple-documents.yaml" =>
        error("yaml-syntax", 22, 1, &["document"]);
    tag_custom: "tag-custom.yaml" => error("yaml-syntax", 20, 14, &["`!shout`"]);
    tag_binary_not_utf8: "tag-binary-not-utf8.yaml" => error("yaml-syntax", 20, 23, &["UTF-8"]);
    tag_binary_control_character: "tag-binary-control-character.yaml" =>
        error("control-character", 20, 23, &["U+0007"]);

    // Parse limits.
    #[slow(SLOW)]
    alias_bomb: "alias-bomb.yaml" => Expect::Error {
        id: "limit-exceeded",
        at: At::OnChar('*'),
        also: &["limit"],
    };
    deep_nesting: "deep-nesting.yaml" => Expect::Error {
        id: "limit-exceeded",
        at: At::OnChar('['),
        also: &["limit", "nesting"],
    };

    // Schema: version, keys, types, ranges.
    version_2: "version-2.yaml" =>
        error("unsupported-version", 1, 10, &["schema version 2 is not supported"]);
    version_string: "version-string.yaml" =>
        error("wrong-type", 1, 10, &[
            "`version` must be an integer, found a string",
            "remove the quotes",
        ]);
    version_missing: "version-missing.yaml" =>
        error("missing-key", 1, 1, &["the registry has no `version`"]);
    unknown_root_key: "unknown-root-key.yaml" =>
        error("unknown-key", 5, 1, &["unknown key `colour` in the registry"]);
    unknown_entry_key: "unknown-entry-key.yaml" => error("unknown-key", 18, 5, &[
        "unknown key `htpp` in the entry for code 1201",
        "did you mean `http`?",
        "error[missing-key]: the entry for code 1201 has no `http`",
    ]);
    non_string_key: "non-string-key.yaml" => error("wrong-type", 18, 5, &[
        "a key in the entry for code 1201 must be a string, found an integer",
    ]);
    duplicate_key_root: "duplicate-key-root.yaml" =>
        error("duplicate-key", 3, 1, &[
            "`enum` is given twice in the registry",
            "first given here",
        ]);
    duplicate_key_entry: "duplicate-key-entry.yaml" => error("duplicate-key", 19, 5, &[
        "`http` is given twice in the entry for code 1201",
        "first given here",
    ]);
    missing_code: "missing-code.yaml" =>
        error("missing-key", 16, 5, &["entry #2 of `codes` has no `code`"]);
    missing_name: "missing-name.yaml" =>
        error("missing-key", 16, 5, &["the entry for code 1201 has no `name`"]);
    missing_http: "missing-http.yaml" =>
        error("missing-key", 16, 5, &["the entry for code 1201 has no `http`"]);
    missing_category: "missing-category.yaml" =>
        error("missing-key", 16, 5, &["the entry for code 1201 has no `category`"]);
    missing_message: "missing-message.yaml" =>
        error("missing-key", 16, 5, &["the entry for code 1201 has no `message`"]);
    wrong_type_code_string: "wrong-type-code-string.yaml" =>
        error("wrong-type", 16, 11, &[
            "`code` must be an integer in 0..=65535, found a string",
            "remove the quotes",
        ]);
    wrong_type_message_list: "wrong-type-message-list.yaml" =>
        error("wrong-type", 20, 14, &["`message` must be a string, found a list"]);
    wrong_type_http_mapping: "wrong-type-http-mapping.yaml" =>
        error("wrong-type", 18, 11, &["`http` must be an integer in 0..=65535, found a mapping"]);
    wrong_type_category_bool: "wrong-type-category-bool.yaml" =>
        error("wrong-type", 19, 15, &[
            "`category` must be a string, found a boolean",
            "quote it: \"true\"",
        ]);
    code_negative: "code-negative.yaml" =>
        error("wrong-type", 16, 11, &["`code` must be in 0..=65535, found -1201"]);
    code_float: "code-float.yaml" =>
        error("wrong-type", 16, 11, &[
            "`code` must be an integer in 0..=65535, found a non-integer number",
        ]);
    code_huge: "code-huge.yaml" =>
        error("wrong-type", 16, 11, &["`code` must be in 0..=65535, found 70000000000"]);
    code_65536: "code-65536.yaml" =>
        error("wrong-type", 16, 11, &["`code` must be in 0..=65535, found 65536"]);
    bom_unknown_key: "bom-unknown-key.yaml" =>
        error("unknown-key", 1, 1, &["unknown key `colour` in the registry"]);
    bom_crlf_unknown_entry_key: "bom-crlf-unknown-entry-key.yaml" => error("unknown-key", 18, 5, &[
        "did you mean `http`?",
        "error[missing-key]: the entry for code 1201 has no `http`\n  --> registry.yaml:16:5",
    ]);

    // Checks on the content.
    http_99: "http-99.yaml" =>
        error("http-status-range", 18, 11, &["code 1201 has HTTP status 99, outside 100..=599"]);
    http_600: "http-600.yaml" =>
        error("http-status-range", 18, 11, &["code 1201 has HTTP status 600, outside 100..=599"]);
    http_0: "http-0.yaml" =>
        error("http-status-range", 18, 11, &["code 1201 has HTTP status 0, outside 100..=599"]);
    success_status_nonzero_code: "success-status-nonzero-code.yaml" =>
        error("success-status", 18, 11, &["error code 1201 has the success status 200"]);
    duplicate_code: "duplicate-code.yaml" => error("duplicate-code", 16, 11, &[
        "code 0 is used by 2 entries: `SUCCESS`, `CARD_DECLINED`",
        "first used by `SUCCESS`",
    ]);
    duplicate_name: "duplicate-name.yaml" => error("duplicate-name", 17, 11, &[
        "name `SUCCESS` is used by codes 0 and 1201",
        "first used by code 0",
    ]);
    control_character: "control-character.yaml" =>
        error("control-character", 20, 14, &["the control character U+0007"]);
    bidi_override: "bidi-override.yaml" =>
        error("control-character", 9, 12, &["U+202E"]);
    empty_message: "empty-message.yaml" =>
        error("empty-text", 20, 14, &["the `message` of code 1201 is empty"]);
    padded_message: "padded-message.yaml" =>
        error("empty-text", 20, 14, &["starts or ends with whitespace"]);
    name_lower_case: "name-lower-case.yaml" =>
        error("invalid-name", 17, 11, &[
            "`lower_case`, which is not SCREAMING_SNAKE_CASE",
            "write it as `LOWER_CASE`",
        ]);
    name_trailing_underscore: "name-trailing-underscore.yaml" =>
        error("invalid-name", 17, 11, &["`TRAILING_`, which is not SCREAMING_SNAKE_CASE"]);
    name_reserved_word: "name-reserved-word.yaml" =>
        error("reserved-word", 17, 11, &["`SELF` becomes `Self`, a reserved word in Rust"]);
    identifier_collision: "identifier-collision.yaml" => error("identifier-collision", 22, 11, &[
        "`FOO_BAR1` and `FOO_BAR_1` become the same Rust identifier `FooBar1`",
    ]);
    unknown_category: "unknown-category.yaml" =>
        error("unknown-category", 19, 15, &["category `shipping`, which is not declared"]);
    reserved_code_used: "reserved-code-used.yaml" =>
        error("reserved-code-used", 16, 11, &["code 1201 is reserved"]);
    no_codes: "no-codes.yaml" => error("no-codes", 10, 8, &["the registry lists no codes"]);
}

/// A 10 MB message: too big to commit, so written here. Refused at the message, and the
/// snippet is elided rather than echoed.
#[test]
fn huge_message() {
    if !errcodes_testkit::tier::slow(SLOW) {
        return;
    }
    let base = String::from_utf8(corpus_file("valid-plain.yaml")).unwrap();
    let registry = base.replace(
        "message: Card declined",
        &format!("message: {}", "x".repeat(10 << 20)),
    );
    run_case(
        "(generated) a 10 MB message",
        registry.as_bytes(),
        Expect::Error {
            id: "limit-exceeded",
            at: At::Exact(20, 14),
            also: &["limit"],
        },
    );
}

/// The nesting limit is refused at the first `[` past it, and the message names the limit:
/// the file's `codes: ` is 7 columns, so the `[` at column 7 + N is the one at depth N + 1
/// (the root mapping being depth 1).
#[test]
fn deep_nesting_is_refused_at_the_first_level_past_the_limit() {
    let dir = seeded();
    std::fs::write(
        dir.path().join("registry.yaml"),
        corpus_file("deep-nesting.yaml"),
    )
    .unwrap();
    let run = run(dir.path(), &["validate", "--format", "json"]);
    let doc: serde_json::Value = serde_json::from_str(&run.stdout).expect("one JSON document");
    let diagnostic = &doc["diagnostics"][0];
    let message = diagnostic["message"].as_str().unwrap_or_default();
    let limit: Vec<u64> = message
        .split(|c: char| !c.is_ascii_digit())
        .filter_map(|n| n.parse().ok())
        .collect();
    assert_eq!(limit.len(), 1, "the message names the limit: {message}");
    let label = primary_label(diagnostic).expect("a primary label");
    assert_eq!(
        (label.0, u64::from(label.1)),
        (2, 7 + limit[0]),
        "{message}"
    );
}

/// Every corpus file is in the table and in the corpus README, and the other way round.
#[test]
fn every_corpus_file_is_tested_and_documented() {
    let mut on_disk: Vec<String> = std::fs::read_dir(corpus_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name != "README.md" && name != ".gitattributes")
        .collect();
    on_disk.sort();
    let mut table: Vec<String> = TABLE.iter().map(|s| (*s).to_owned()).collect();
    table.sort();
    assert_eq!(on_disk, table, "tests/corpus and the table differ");
    assert!(on_disk.len() >= 40, "{} files", on_disk.len());
    // The bytes a file is about survived checkout (no line-ending conversion).
    let bom = b"\xef\xbb\xbf";
    let crlf = |b: &[u8]| b.windows(2).filter(|w| w == b"\r\n").count();
    let lf = |b: &[u8]| b.iter().filter(|&&c| c == b'\n').count();
    for name in [
        "valid-crlf.yaml",
        "valid-bom-crlf.yaml",
        "bom-crlf-unknown-entry-key.yaml",
    ] {
        let bytes = corpus_file(name);
        assert!(
            crlf(&bytes) > 0 && crlf(&bytes) == lf(&bytes),
            "{name} is CRLF throughout"
        );
    }
    for name in [
        "valid-bom.yaml",
        "valid-bom-crlf.yaml",
        "bom-unknown-key.yaml",
        "bom-crlf-unknown-entry-key.yaml",
    ] {
        assert!(
            corpus_file(name).starts_with(bom),
            "{name} starts with a BOM"
        );
    }
    for name in on_disk.iter().filter(|n| !n.contains("crlf")) {
        assert_eq!(crlf(&corpus_file(name)), 0, "{name} has LF line endings");
    }
    assert!(corpus_file("nul-byte.yaml").contains(&0));
    assert!(std::str::from_utf8(&corpus_file("invalid-utf8.yaml")).is_err());
    assert!(std::str::from_utf8(&corpus_file("nul-byte.yaml")).is_ok());
    assert!(
        std::fs::read_to_string(corpus_dir().join("tab-indentation.yaml"))
            .unwrap()
            .contains("\n\tname:")
    );
    let readme = std::fs::read_to_string(corpus_dir().join("README.md")).unwrap();
    for name in &on_disk {
        assert!(
            readme.contains(&format!("`{name}`")),
            "{name} is not in tests/corpus/README.md"
        );
    }
}

/// `--registry` naming a folder: exit 2, and nothing is written.
#[test]
fn a_folder_as_the_registry_exits_2() {
    let dir = seeded();
    std::fs::create_dir(dir.path().join("folder.yaml")).unwrap();
    cannot_run(
        dir.path(),
        &["--registry", "folder.yaml"],
        "error: could not read the registry folder.yaml: ",
    );
}

/// `--registry` naming nothing, or no `registry.yaml` at all: exit 2, and nothing is written.
#[test]
fn a_missing_registry_exits_2() {
    let dir = seeded();
    cannot_run(
        dir.path(),
        &["--registry", "nope.yaml"],
        "error: could not read the registry nope.yaml: ",
    );
    std::fs::remove_file(dir.path().join("registry.yaml")).unwrap();
    cannot_run(
        dir.path(),
        &[],
        "error: no registry.yaml in this folder, and no errcodes.toml here or in any folder above: run `errcodes init`",
    );
}

/// `--out` naming a file where a folder is needed: exit 2, and nothing is written.
#[test]
fn an_output_folder_that_is_a_file_exits_2_and_writes_nothing() {
    let dir = seeded();
    std::fs::write(dir.path().join("out"), "a file, not a folder\n").unwrap();
    for command in ["gen", "check"] {
        let before = snapshot(dir.path());
        let run = run(dir.path(), &[command, "--out", "out"]);
        let mut problems = Vec::new();
        sane(&run, &mut problems);
        if run.code != Some(2) || !run.stderr.contains("out: it is not a folder") {
            problems.push(format!("exit {:?}: {}", run.code, run.stderr));
        }
        if before != snapshot(dir.path()) {
            problems.push("the folder changed".to_owned());
        }
        assert!(problems.is_empty(), "{command} --out out: {problems:#?}");
    }
}

/// The tests run as root, so permissions cannot make a folder unwritable; a regular file in
/// `--out`'s parent path does. Exit 2, and nothing is written, for the package folder and for
/// one target's file.
#[test]
fn an_output_under_a_file_exits_2_and_writes_nothing() {
    let dir = seeded();
    std::fs::write(dir.path().join("blocker"), "a file, not a folder\n").unwrap();
    let cases: [&[&str]; 6] = [
        &["gen", "--out", "blocker/generated"],
        &["check", "--out", "blocker/generated"],
        &["gen", "--out", "blocker/deeper/generated"],
        &["gen", "--target", "rust", "--out", "blocker/codes.rs"],
        &["check", "--target", "rust", "--out", "blocker/codes.rs"],
        &[
            "gen",
            "--target",
            "python",
            "--out",
            "blocker/deeper/errors.py",
        ],
    ];
    for args in cases {
        let before = snapshot(dir.path());
        let run = run(dir.path(), args);
        let mut problems = Vec::new();
        sane(&run, &mut problems);
        if run.code != Some(2)
            || !run.stderr.starts_with("error: ")
            || !run.stderr.contains("blocker")
        {
            problems.push(format!("exit {:?}: {}", run.code, run.stderr));
        }
        if before != snapshot(dir.path()) {
            problems.push("the folder changed".to_owned());
        }
        assert!(problems.is_empty(), "{args:?}: {problems:#?}");
    }
}

/// Runs `validate`, `check` and `gen` with `args`: each exits 2 with `message` and writes
/// nothing.
fn cannot_run(dir: &Path, args: &[&str], message: &str) {
    for command in ["validate", "check", "gen"] {
        let before = snapshot(dir);
        let mut full = vec![command];
        full.extend_from_slice(args);
        let run = run(dir, &full);
        let mut problems = Vec::new();
        sane(&run, &mut problems);
        if run.code != Some(2) || !run.stderr.starts_with(message) {
            problems.push(format!("exit {:?}: {}", run.code, run.stderr));
        }
        if before != snapshot(dir) {
            problems.push("the folder changed".to_owned());
        }
        assert!(problems.is_empty(), "{full:?}: {problems:#?}");
    }
}

/// A temporary folder with `valid-plain.yaml` as `registry.yaml` and `generated/` written
/// from it.
fn seeded() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::write(
        dir.path().join("registry.yaml"),
        corpus_file("valid-plain.yaml"),
    )
    .unwrap();
    let seed = run(dir.path(), &["gen"]);
    assert_eq!(seed.code, Some(0), "seeding generated/: {}", seed.stderr);
    assert_eq!(
        snapshot(&dir.path().join("generated")).len(),
        generated_count()
    );
    dir
}

/// Runs one corpus input through `validate`, `check`, `gen` and `validate --format json`,
/// collecting every broken expectation before failing, so one run shows all of them.
fn run_case(name: &str, bytes: &[u8], expect: Expect) {
    let dir = seeded();
    std::fs::write(dir.path().join("registry.yaml"), bytes).unwrap();
    let before = snapshot(dir.path());
    let mut problems = Vec::new();
    let mut human_at = None;
    for command in ["validate", "check", "gen"] {
        let run = run(dir.path(), &[command]);
        let mut found = Vec::new();
        sane(&run, &mut found);
        match expect {
            Expect::Valid => {
                if run.code != Some(0) {
                    found.push(format!("exit {:?}, expected 0", run.code));
                }
                let done = match command {
                    "validate" => "the registry is valid".to_owned(),
                    "check" => check_current(),
                    _ => gen_current(),
                };
                if !run.stderr.contains(&done) {
                    found.push(format!("stderr lacks {done:?}"));
                }
            }
            Expect::Error { id, at, also } => {
                if run.code != Some(1) {
                    found.push(format!("exit {:?}, expected 1", run.code));
                }
                match header_position(&run.stderr, id) {
                    None => found.push(format!("no `error[{id}]` with a `-->` position")),
                    Some(position) => {
                        if let At::Exact(line, column) = at
                            && position != (line, column)
                        {
                            found.push(format!(
                                "error[{id}] is at registry.yaml:{}:{}, expected {line}:{column}",
                                position.0, position.1
                            ));
                        }
                        human_at = Some(position);
                    }
                }
                for fragment in also {
                    if !run.stderr.contains(fragment) {
                        found.push(format!("stderr lacks {fragment:?}"));
                    }
                }
                if command != "validate" && !run.stderr.contains("nothing was generated") {
                    found.push("stderr lacks \"nothing was generated\"".to_owned());
                }
            }
        }
        if before != snapshot(dir.path()) {
            found.push("the folder changed (generated/ or registry.yaml)".to_owned());
            std::fs::remove_dir_all(dir.path().join("generated")).ok();
            restore(dir.path(), &before);
        }
        if !found.is_empty() {
            problems.push(format!(
                "`errcodes {command}`:\n  - {}\n  stderr:\n{}",
                found.join("\n  - "),
                excerpt(&run.stderr)
            ));
        }
    }
    json_agrees(dir.path(), expect, human_at, &mut problems);
    assert!(
        problems.is_empty(),
        "corpus file {name}:\n{}",
        problems.join("\n")
    );
}

/// `validate --format json` reports the same: one document, the expected id, and its primary
/// label at the expected position (and where the human output put it).
fn json_agrees(
    dir: &Path,
    expect: Expect,
    human_at: Option<(u32, u32)>,
    problems: &mut Vec<String>,
) {
    let run = run(dir, &["validate", "--format", "json"]);
    let mut found = Vec::new();
    sane(&run, &mut found);
    match serde_json::from_str::<serde_json::Value>(&run.stdout) {
        Err(e) => found.push(format!("stdout is not one JSON document: {e}")),
        Ok(doc) => match expect {
            Expect::Valid => {
                if doc["errors"] != 0 {
                    found.push(format!("{} errors", doc["errors"]));
                }
            }
            Expect::Error { id, at, .. } => {
                let diagnostic = doc["diagnostics"]
                    .as_array()
                    .and_then(|all| all.iter().find(|d| d["id"] == id));
                match diagnostic.and_then(primary_label) {
                    None => found.push(format!("no `{id}` diagnostic with a primary label")),
                    Some(position) => {
                        match at {
                            At::Exact(line, column) if position != (line, column) => {
                                found.push(format!(
                                    "{id} is at {}:{}, expected {line}:{column}",
                                    position.0, position.1
                                ));
                            }
                            At::OnChar(c) if char_at(dir, position) != Some(c) => {
                                found.push(format!(
                                    "{id} is at {}:{}, which is not a `{c}`",
                                    position.0, position.1
                                ));
                            }
                            _ => {}
                        }
                        if let Some(human) = human_at
                            && human != position
                        {
                            found.push(format!(
                                "the human output says {}:{} but JSON says {}:{}",
                                human.0, human.1, position.0, position.1
                            ));
                        }
                    }
                }
            }
        },
    }
    if !found.is_empty() {
        problems.push(format!(
            "`errcodes validate --format json`:\n  - {}",
            found.join("\n  - ")
        ));
    }
}

/// The (line, column) of a diagnostic's primary label in the JSON output.
fn primary_label(diagnostic: &serde_json::Value) -> Option<(u32, u32)> {
    let label = diagnostic["labels"]
        .as_array()?
        .iter()
        .find(|l| l["primary"] == true)?;
    Some((
        u32::try_from(label["line"].as_u64()?).ok()?,
        u32::try_from(label["column"].as_u64()?).ok()?,
    ))
}

/// The character of `registry.yaml` at a 1-based line and column.
fn char_at(dir: &Path, (line, column): (u32, u32)) -> Option<char> {
    let text = std::fs::read_to_string(dir.join("registry.yaml")).ok()?;
    text.lines()
        .nth(usize::try_from(line).ok()? - 1)?
        .chars()
        .nth(usize::try_from(column).ok()? - 1)
}

/// The `--> registry.yaml:LINE:COL` that follows the first `error[id]` header.
fn header_position(stderr: &str, id: &str) -> Option<(u32, u32)> {
    let header = format!("error[{id}]");
    let mut lines = stderr.lines().skip_while(|l| !l.starts_with(&header));
    lines.next()?;
    let arrow = lines
        .next()?
        .trim_start()
        .strip_prefix("--> registry.yaml:")?;
    let (line, column) = arrow.split_once(':')?;
    Some((line.parse().ok()?, column.parse().ok()?))
}

/// What must hold for every run, whatever the input: no panic, no hang, no flood on stderr,
/// and no parser internals in place of a message.
fn sane(run: &Outcome, found: &mut Vec<String>) {
    if run.code == Some(101) || run.stderr.contains("panicked") {
        found.push("panicked".to_owned());
    }
    if run.elapsed > HANG_GUARD {
        found.push(format!("took {:?}: a hang (killed)", run.elapsed));
    } else if run.code.is_none() {
        found.push("killed by a signal".to_owned());
    }
    if run.stderr.len() > MAX_STDERR {
        found.push(format!("{} bytes on stderr", run.stderr.len()));
    }
    for internal in [
        "from_str",
        "Options",
        "budget breached",
        "BudgetBreach",
        "Error::",
    ] {
        if run.stderr.contains(internal) {
            found.push(format!(
                "stderr shows parser internals ({internal:?}) instead of a message"
            ));
        }
    }
    if let Some(debug) = rust_debug_struct(&run.stderr) {
        found.push(format!(
            "stderr shows a raw Rust Debug value ({debug:?}) instead of a message"
        ));
    }
}

/// A `Name { field: … }` Debug rendering in `text`, if any.
fn rust_debug_struct(text: &str) -> Option<&str> {
    text.match_indices(" { ").find_map(|(i, _)| {
        let name_start = text[..i]
            .rfind(|c: char| !c.is_ascii_alphanumeric())
            .map_or(0, |p| p + 1);
        let name = &text[name_start..i];
        let rest = &text[i + 3..];
        let field_len = rest
            .find(|c: char| !(c.is_ascii_lowercase() || c == '_'))
            .unwrap_or(0);
        let is_debug = name.starts_with(|c: char| c.is_ascii_uppercase())
            && field_len > 0
            && rest[field_len..].starts_with(": ");
        is_debug.then(|| &text[name_start..(i + 3 + field_len + 2).min(text.len())])
    })
}

/// Puts the folder back as `snapshot` saw it, so that one command's damage does not hide the
/// next command's behaviour.
fn restore(dir: &Path, snapshot: &[(String, Vec<u8>)]) {
    for (path, bytes) in snapshot {
        let path = dir.join(path);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).ok();
        }
        std::fs::write(path, bytes).ok();
    }
}

fn excerpt(stderr: &str) -> String {
    let mut end = stderr.len().min(2000);
    while !stderr.is_char_boundary(end) {
        end -= 1;
    }
    let more = if end < stderr.len() { "\n    …" } else { "" };
    let body: Vec<String> = stderr[..end]
        .lines()
        .map(|l| format!("    | {l}"))
        .collect();
    format!("{}{more}", body.join("\n"))
}

/// What one run did; `code` is `None` when it was killed.
struct Outcome {
    code: Option<i32>,
    stdout: String,
    stderr: String,
    elapsed: Duration,
}

/// Runs `errcodes` in `dir`, without color, killing it after [`HANG_GUARD`] so that a hang
/// fails the test instead of stalling it.
fn run(dir: &Path, args: &[&str]) -> Outcome {
    let start = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_errcodes"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env_remove("RUST_BACKTRACE")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run errcodes");
    let drain = |mut pipe: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            pipe.read_to_end(&mut bytes).ok();
            bytes
        })
    };
    let stdout = drain(Box::new(child.stdout.take().unwrap()));
    let stderr = drain(Box::new(child.stderr.take().unwrap()));
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for errcodes") {
            break status;
        }
        if start.elapsed() > HANG_GUARD {
            child.kill().ok();
            break child.wait().expect("wait for errcodes");
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let elapsed = start.elapsed();
    Outcome {
        code: status.code(),
        stdout: String::from_utf8_lossy(&stdout.join().unwrap()).into_owned(),
        stderr: String::from_utf8_lossy(&stderr.join().unwrap()).into_owned(),
        elapsed,
    }
}
