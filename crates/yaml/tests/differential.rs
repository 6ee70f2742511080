//! The event reader against the serde reader. On every YAML file the tests use (the shipped
//! registry, the fixtures, the hostile corpus, the UI cases) and on random edits of them, a
//! document the event reader takes must give the same tree, spans included, and the same
//! registry and diagnostics as serde-saphyr's reader gives it. The `yaml_differential` fuzz
//! target asks the same of arbitrary bytes (`just fuzz`).

use std::path::{Path, PathBuf};

use errcodes_model::SourceFile;
use errcodes_yaml::differential::{by_events, by_serde};
use proptest::prelude::*;

/// Every YAML input of the repository's tests, with the shipped registry first.
fn inputs() -> Vec<(String, String)> {
    let root = errcodes_testkit::repo_root();
    let mut files = vec![root.join("registry.yaml")];
    for krate in std::fs::read_dir(root.join("crates")).unwrap() {
        collect(&krate.unwrap().path().join("tests"), &mut files);
    }
    let mut inputs: Vec<(String, String)> = files
        .iter()
        .filter_map(|path| {
            let bytes = std::fs::read(path).unwrap();
            let name = path.strip_prefix(&root).unwrap().display().to_string();
            let (source, not_utf8) = SourceFile::decode(&name, &bytes);
            not_utf8.is_none().then_some((name, source.text))
        })
        .collect();
    inputs.push(("hostile".to_owned(), errcodes_testkit::hostile_registry()));
    inputs.push(("deprecating".to_owned(), errcodes_testkit::deprecating()));
    inputs
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.map(|e| e.unwrap().path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect(&path, files);
        } else if path.extension().is_some_and(|e| e == "yaml" || e == "yml") {
            files.push(path);
        }
    }
}

/// Whether the event reader took `text`; panics with both readings when they differ.
fn agree(name: &str, text: &str) -> bool {
    let source = SourceFile::new(name, text);
    let Some(events) = by_events(&source) else {
        return false;
    };
    let serde = by_serde(&source);
    assert!(
        events == serde,
        "the two readers differ on {name}:\n{}",
        similar_lines(&serde, &events)
    );
    true
}

/// The first lines where the serde reading (`-`) and the event reading (`+`) part.
fn similar_lines(serde: &str, events: &str) -> String {
    let mut out = String::new();
    for (i, (a, b)) in serde.lines().zip(events.lines()).enumerate() {
        if a != b {
            out.push_str(&format!("line {}:\n- {a}\n+ {b}\n", i + 1));
            if out.lines().count() > 30 {
                break;
            }
        }
    }
    if out.is_empty() {
        out = format!(
            "one reading is longer: {} lines by serde, {} by events",
            serde.lines().count(),
            events.lines().count()
        );
    }
    out
}

#[test]
fn every_test_input_reads_the_same_both_ways() {
    let inputs = inputs();
    let taken: Vec<&str> = inputs
        .iter()
        .filter(|(name, text)| agree(name, text))
        .map(|(name, _)| name.as_str())
        .collect();
    // Not vacuous: the event reader takes every ordinary registry, the shipped one first.
    for name in [
        "registry.yaml",
        "hostile",
        "deprecating",
        "crates/errcodes/tests/fixtures/hostile.yaml",
        "crates/targets/tests/fixtures/small.yaml",
    ] {
        assert!(taken.contains(&name), "the event reader passed up {name}");
    }
    assert!(
        taken.len() * 2 > inputs.len(),
        "the event reader took only {} of {} inputs",
        taken.len(),
        inputs.len()
    );
}

/// Text that sits on the edges of YAML's scalar resolution and structure.
const TOKENS: &[&str] = &[
    "0x1F",
    "0X1F",
    "0o17",
    "0o19",
    "0b1",
    "1_000",
    "1__0",
    "_1",
    "0127",
    "-0127",
    "-0",
    "+5",
    "1e999",
    "-1e999",
    ".inf",
    "-.Inf",
    "-.nan",
    ".NaN",
    "1.5",
    "1e3",
    "inf",
    "nan",
    "18446744073709551616",
    "-9223372036854775809",
    "~",
    "null",
    "Null",
    "nULL",
    "True",
    "yes",
    "<<",
    "&a ",
    "*a",
    "!!str ",
    "!!int ",
    "!tag ",
    "---\n",
    "...\n",
    "\t",
    "\"",
    "'",
    "? ",
    ": ",
    "- ",
    "{",
    "}",
    "[",
    "]",
    ",",
    "#",
    "\n",
    "  ",
    "|\n  x\n",
    ">-\n  y\n",
    "\\u0041",
    "é",
    "\r\n",
    "\u{feff}",
    "%YAML 1.2\n",
    "",
    "code: ",
    "- code: 1000\n",
];

/// Applies `(position, deleted, token)` edits, positions as fractions of the text's length,
/// moved back to a character boundary.
fn edit(text: &str, edits: &[(u32, usize, usize)]) -> String {
    let mut text = text.to_owned();
    for &(at, deleted, token) in edits {
        let mut start = (text.len() as u64 * u64::from(at) / u64::from(u32::MAX)) as usize;
        while !text.is_char_boundary(start) {
            start -= 1;
        }
        let mut end = (start + deleted).min(text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        text.replace_range(start..end, TOKENS[token % TOKENS.len()]);
    }
    text
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: errcodes_testkit::tier::cases(256, 4096),
        ..ProptestConfig::default()
    })]

    #[test]
    fn edited_inputs_read_the_same_both_ways(
        pick in any::<usize>(),
        edits in proptest::collection::vec((any::<u32>(), 0_usize..12, any::<usize>()), 1..5),
    ) {
        static INPUTS: std::sync::OnceLock<Vec<(String, String)>> = std::sync::OnceLock::new();
        let inputs = INPUTS.get_or_init(|| {
            inputs().into_iter().filter(|(_, text)| text.len() < 1 << 16).collect()
        });
        let (name, text) = &inputs[pick % inputs.len()];
        agree(name, &edit(text, &edits));
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: errcodes_testkit::tier::cases(1024, 16384),
        ..ProptestConfig::default()
    })]

    /// Plain scalars built from the characters of numbers, booleans and nulls, as keys and
    /// as values: every one resolves to the same type both ways.
    #[test]
    fn scalars_resolve_the_same_both_ways(
        key in "[-+0-9a-fA-FxXoObB_.eEinNIfFlLuUtrsT~]{0,14}",
        value in "[-+0-9a-fA-FxXoObB_.eEinNIfFlLuUtrsT~ ]{0,14}",
    ) {
        let text = format!("{key}: {value}\nlist: [{value}, {key}]\n");
        agree("scalar.yaml", &text);
    }
}
