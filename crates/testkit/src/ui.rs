//! What the diagnostics UI tests of the check, compat and rust-source crates share: the walk
//! of a `tests/ui/` folder, the text form of diagnostics their `.expected` files hold, and the
//! comparison that `UPDATE_EXPECT=1` turns into an update. The layout is described in
//! `crates/check/tests/ui/README.md`.

use std::collections::BTreeSet;
use std::fmt::Write;
use std::path::{Path, PathBuf};

use errcodes_model::{Diagnostic, Parsed, Registry, SourceFile};

/// One case of the check or rust-source suites: its path under `ui/`
/// (`<folder>/<name>.<ext>`) and what its input yields.
pub struct Case {
    /// `<folder>/<name>.<ext>`.
    pub path: String,
    /// The input as read.
    pub source: SourceFile,
    /// What the front-end gave.
    pub parsed: Parsed,
    /// The front-end's diagnostics, then the checks' when a registry came back.
    pub diagnostics: Vec<Diagnostic>,
}

/// How a case's diagnostics are ordered.
#[derive(Clone, Copy)]
pub enum Order {
    /// As the front-end and the checks give them.
    AsFound,
    /// By position, as `errcodes check` prints them.
    ByPosition,
}

impl Case {
    /// Reads `bytes` as `path` says (a `.rs` file through the Rust front-end, with `--enum`
    /// given by a `//@ enum: NAME` line; anything else as YAML) and runs every check.
    pub fn run(path: &str, bytes: &[u8], order: Order) -> Case {
        let (source, parsed) = if path.ends_with(".rs") {
            let text = String::from_utf8_lossy(bytes);
            let enum_name = text
                .lines()
                .find_map(|l| l.strip_prefix("//@ enum: "))
                .map(str::to_owned);
            errcodes_rust_source::parse_bytes(path, bytes, enum_name.as_deref())
        } else {
            errcodes_yaml::parse_bytes(path, bytes)
        };
        let mut diagnostics = parsed.diagnostics.clone();
        if let Some(registry) = &parsed.registry {
            diagnostics.extend(errcodes_check::check(registry));
        }
        if let Order::ByPosition = order {
            errcodes_check::sort(&mut diagnostics);
        }
        Case {
            path: path.to_owned(),
            source,
            parsed,
            diagnostics,
        }
    }

    /// The folder, a check's id or a special folder such as `clean`.
    pub fn folder(&self) -> &str {
        self.path.split_once('/').map_or("", |(folder, _)| folder)
    }

    /// The file name without its extension.
    pub fn name(&self) -> &str {
        let file = self.path.rsplit_once('/').map_or(&*self.path, |(_, f)| f);
        file.split_once('.').map_or(file, |(stem, _)| stem)
    }

    /// `<folder>/<name>.expected` under `ui`.
    pub fn expected(&self, ui: &Path) -> PathBuf {
        ui.join(self.folder())
            .join(format!("{}.expected", self.name()))
    }

    /// What the `.expected` file must hold.
    pub fn rendered(&self) -> String {
        render(
            &self.source,
            self.parsed.registry.as_ref(),
            &self.diagnostics,
        )
    }

    /// The ids of the diagnostics.
    pub fn ids(&self) -> BTreeSet<&str> {
        self.diagnostics.iter().map(|d| d.id.as_str()).collect()
    }
}

/// Every file under `ui` one folder deep, as its path there (`<folder>/<name>`) and on disk;
/// a file directly in `ui` (its README) as its name.
pub fn files(ui: &Path) -> Vec<(String, PathBuf)> {
    let mut out = Vec::new();
    for folder in std::fs::read_dir(ui).expect("tests/ui").flatten() {
        let Ok(entries) = std::fs::read_dir(folder.path()) else {
            let name = folder.file_name().to_string_lossy().into_owned();
            out.push((name, folder.path()));
            continue;
        };
        let folder = folder.file_name().to_string_lossy().into_owned();
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            out.push((format!("{folder}/{name}"), entry.path()));
        }
    }
    out
}

/// Each diagnostic as `id severity line:col message`, then one line per label in order
/// (`  line:col primary|secondary "text under it" label`, the position written by `at`) and
/// `  help: …` if any.
pub fn render_diagnostics(
    diagnostics: &[Diagnostic],
    text_under: impl Fn(&errcodes_model::Label) -> String,
    at: impl Fn(&errcodes_model::Label) -> String,
) -> String {
    let mut out = String::new();
    for d in diagnostics {
        let main = d.labels.iter().find(|l| l.primary).or(d.labels.first());
        let position = main.map_or_else(|| "-".to_owned(), &at);
        let _ = writeln!(
            out,
            "{} {} {position} {}",
            d.id.as_str(),
            d.severity.as_str(),
            d.message
        );
        for l in &d.labels {
            let kind = if l.primary { "primary" } else { "secondary" };
            let line = format!("  {} {kind} {} {}", at(l), quote(&text_under(l)), l.message);
            let _ = writeln!(out, "{}", line.trim_end());
        }
        if let Some(help) = &d.help {
            let _ = writeln!(out, "  help: {help}");
        }
    }
    out
}

/// What one front-end run gives, as the check and rust-source `.expected` files hold it: the
/// diagnostics (positions in `source`), then a line when no registry came back or the
/// front-end left entries out.
pub fn render(
    source: &SourceFile,
    registry: Option<&Registry>,
    diagnostics: &[Diagnostic],
) -> String {
    let mut out = render_diagnostics(
        diagnostics,
        |l| {
            source
                .text
                .get(l.span.start..l.span.end)
                .unwrap_or("?")
                .to_owned()
        },
        |l| format!("{}:{}", l.span.line, l.span.column),
    );
    match registry {
        None => out.push_str("no registry\n"),
        Some(r) => {
            let u = r.unread;
            if u != Default::default() {
                let codes: Vec<String> = r.codes.iter().map(|c| c.code.value.to_string()).collect();
                let _ = writeln!(
                    out,
                    "registry: codes {}; left out: codes {}, categories {}, reserved {}, allow_breaking {}",
                    codes.join(", "),
                    u.codes,
                    u.categories,
                    u.reserved,
                    u.allow_breaking
                );
            }
        }
    }
    out
}

/// The text under a label, quoted; a long one is cut, with its length.
pub fn quote(text: &str) -> String {
    const MAX: usize = 60;
    if text.chars().count() <= MAX {
        return format!("{text:?}");
    }
    let head: String = text.chars().take(MAX / 2).collect();
    format!("{head:?}… ({} bytes)", text.len())
}

/// One case's outcome: its path under `ui/`, what it rendered (or why it could not run) and
/// its expected file.
pub struct Outcome {
    /// `<folder>/<name>.<ext>`.
    pub path: String,
    /// The rendered output, or why the case could not run.
    pub actual: Result<String, String>,
    /// `<folder>/<name>.expected` on disk.
    pub expected: PathBuf,
}

/// Compares every case with its expected file and fails listing every case that differs or
/// has none; with `UPDATE_EXPECT` set, writes the expected files instead.
pub fn assert_expected(outcomes: impl IntoIterator<Item = Outcome>) {
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let mut failures = Vec::new();
    for Outcome {
        path,
        actual,
        expected,
    } in outcomes
    {
        let actual = match actual {
            Ok(actual) => actual,
            Err(why) => {
                failures.push(format!("{path}: {why}"));
                continue;
            }
        };
        if !expected.exists() {
            if update {
                std::fs::create_dir_all(expected.parent().expect("a folder")).expect("a folder");
                std::fs::write(&expected, &actual).expect("writable");
            } else {
                failures.push(format!("{path}: no expected file"));
            }
            continue;
        }
        let outcome =
            std::panic::catch_unwind(|| expect_test::expect_file![expected].assert_eq(&actual));
        if outcome.is_err() {
            failures.push(format!("{path}: differs from its expected file"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} case(s) failed (run with UPDATE_EXPECT=1 to accept, then review the diff):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// A case is about its folder: in `<check-id>/`, the check fires, unless the case is named
/// `near-…` (something next to what the check is about, and it must stay silent); in
/// `clean/`, nothing fires and a registry comes back; in `many/`, something fires.
pub fn assert_each_case_is_about_its_folder(cases: &[Case], special: &[&str]) {
    let mut wrong = Vec::new();
    for case in cases {
        let ids = case.ids();
        let folder = case.folder();
        let ok = match folder {
            "clean" => ids.is_empty() && case.parsed.registry.is_some(),
            "many" => !ids.is_empty(),
            _ if errcodes_model::CheckId::from_id(folder)
                .is_none_or(errcodes_model::CheckId::is_compat_rule) =>
            {
                false
            }
            _ if case.name().starts_with("near-") => !ids.contains(folder),
            _ => ids.contains(folder),
        };
        if !ok {
            wrong.push(format!("{}: {ids:?}", case.path));
        }
    }
    assert!(
        wrong.is_empty(),
        "cases not about their folder (folders: a check id or one of {special:?}):\n{}",
        wrong.join("\n")
    );
}

/// `Diagnostic::labels` is documented as "every position involved, the primary one first";
/// the JSON report hands labels out in that order.
pub fn assert_primary_labels_first(cases: &[Case]) {
    for case in cases {
        for d in &case.diagnostics {
            assert!(
                d.labels.is_empty() || d.labels[0].primary,
                "{}: {} lists a secondary label first: {:?}",
                case.path,
                d.id.as_str(),
                d.labels
            );
        }
    }
}
