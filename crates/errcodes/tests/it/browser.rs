//! The generated HTML page in a real browser: headless Chromium, driven by playwright-core
//! through `tests/browser/page.mjs`, because only a browser can tell whether the page's
//! script, styles and escaping work (filter, category select, count, deep links, copy
//! buttons, dark mode, phone width; no external requests, no errors).
//!
//! - the repository's committed `generated/docs/error-codes.html`, with the real registry's
//!   facts; its screenshots go to `test-artifacts/browser/` in the build's target folder
//!   (`target/test-artifacts/browser/` unless `CARGO_TARGET_DIR` moves it) and must not be
//!   blank;
//! - the escaping fixture rendered by `errcodes gen --target html`: its texts must stay text.
//!
//! Chromium is Debian's `/usr/bin/chromium`, pinned by `scripts/install-chromium.sh`, which
//! `scripts/test` runs before `cargo test` (a test never installs system packages); the pinned
//! playwright-core is installed by these tests into a cache under `target/`, without a
//! browser download. Both tests belong to the slow tier (`errcodes_testkit::tier`).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use errcodes_view::View;
use serde_json::{Value, json};

use crate::support::{errcodes, fixture, repo_root, workspace_with};
use errcodes_testkit::{npm_install, run, scratch, tools_dir, view_of};

/// The slow-tier suite these tests form.
const SUITE: &str = "browser (headless Chromium through playwright-core from npm)";

const PLAYWRIGHT_CORE: &str = "1.64.1";
const CHROMIUM: &str = "/usr/bin/chromium";

/// The number of codes in the repository's registry, which the page must list.
const REAL_CODES: usize = 258;

/// `node_modules` holding the pinned playwright-core, installed on first use.
fn playwright() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = tools_dir().join(format!("playwright-core-{PLAYWRIGHT_CORE}"));
        let manifest = dir.join("node_modules/playwright-core/package.json");
        if !manifest.exists() {
            npm_install(
                &dir,
                &format!("playwright-core@{PLAYWRIGHT_CORE}"),
                &[("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")],
            );
        }
        let manifest: Value =
            serde_json::from_str(&std::fs::read_to_string(&manifest).unwrap()).unwrap();
        assert_eq!(manifest["version"], PLAYWRIGHT_CORE);
        dir.join("node_modules")
    })
}

/// Fails, saying how to get it, when Debian's Chromium is missing: `scripts/test` installs it
/// before the tests run, and a test never installs system packages.
fn require_chromium() {
    assert!(
        Path::new(CHROMIUM).exists(),
        "{CHROMIUM} is missing: run the tests with `scripts/test`, which installs the pinned \
         Chromium first (scripts/install-chromium.sh: apt, as root)"
    );
}

/// Where the screenshots go: `test-artifacts/browser` beside `tmp/` in the target folder.
fn artifacts() -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .unwrap()
        .join("test-artifacts/browser");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// What the registry says, for page.mjs: code → {name, message, http, category}, the
/// categories' labels, and the retired codes.
fn expected(view: &View) -> Value {
    let codes: serde_json::Map<String, Value> = view
        .codes
        .iter()
        .map(|c| {
            let record = json!({
                "name": c.name,
                "message": c.message,
                "http": c.http,
                "category": view.category_of(c).id,
            });
            (c.code.to_string(), record)
        })
        .collect();
    let categories: HashMap<&str, &str> = view
        .categories
        .iter()
        .map(|c| (c.id.as_str(), c.label.as_str()))
        .collect();
    let retired: Vec<String> = view
        .reserved
        .iter()
        .filter_map(|r| r.code.map(|c| c.to_string()))
        .collect();
    json!({ "codes": codes, "categories": categories, "retired": retired })
}

/// Runs page.mjs on `html` (`mode` is `--expected` or `--hostile`) and returns its report.
fn page_checks(name: &str, html: &Path, view: &View, total: usize, mode: &str) -> String {
    require_chromium();
    let work = scratch(&format!("browser-{name}"));
    let expected_file = work.join("expected.json");
    std::fs::write(&expected_file, expected(view).to_string()).unwrap();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser/page.mjs");
    let report = run(Command::new("node")
        .arg(script)
        .arg(html)
        .arg(artifacts())
        .arg(total.to_string())
        .arg(mode)
        .arg(&expected_file)
        .env("NODE_PATH", playwright()));
    println!("{report}");
    report
}

/// Asserts a screenshot is `width`×`height` and shows something: at least 2% of its pixels
/// differ from the most common colour, in more than 32 colours. Returns that colour's
/// relative luminance (0 black, 1 white).
fn assert_not_blank(file: &str, width: u32, height: u32) -> f64 {
    let path = artifacts().join(file);
    let reader = std::io::BufReader::new(
        std::fs::File::open(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display())),
    );
    let mut decoder = png::Decoder::new(reader);
    decoder.set_transformations(png::Transformations::EXPAND | png::Transformations::STRIP_16);
    let mut reader = decoder.read_info().unwrap();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let frame = reader.next_frame(&mut buf).unwrap();
    assert_eq!((frame.width, frame.height), (width, height), "{file}");
    let channels = frame.color_type.samples();
    assert!(
        channels >= 3,
        "{file} is not in colour: {:?}",
        frame.color_type
    );
    let mut histogram: HashMap<[u8; 3], usize> = HashMap::new();
    for pixel in buf[..frame.buffer_size()].chunks_exact(channels) {
        *histogram.entry([pixel[0], pixel[1], pixel[2]]).or_default() += 1;
    }
    let (&common, &most) = histogram.iter().max_by_key(|(_, n)| **n).unwrap();
    let pixels = (width * height) as usize;
    let other = pixels - most;
    assert!(
        other * 50 >= pixels,
        "{file} is nearly blank: {other} of {pixels} pixels differ from {common:?}"
    );
    assert!(
        histogram.len() > 32,
        "{file} has only {} colours",
        histogram.len()
    );
    // WCAG relative luminance, as page.mjs computes it.
    let [r, g, b] = common.map(|c| {
        let c = f64::from(c) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    });
    0.2126 * r + 0.7152 * g + 0.0722 * b
}

/// Removes the screenshots a run is to write, so that stale ones cannot pass.
fn remove(files: &[&str]) {
    for file in files {
        let _ = std::fs::remove_file(artifacts().join(file));
    }
}

#[test]
fn browser_repository_page() {
    if !errcodes_testkit::tier::slow(SUITE) {
        return;
    }
    let view = view_of(&repo_root().join("registry.yaml"));
    assert_eq!(view.codes.len(), REAL_CODES);
    let html = repo_root().join("generated/docs/error-codes.html");
    let shots = ["desktop.png", "desktop-1406.png", "dark.png", "phone.png"];
    remove(&shots);
    page_checks("repository", &html, &view, REAL_CODES, "--expected");
    let light = assert_not_blank("desktop.png", 1280, 900);
    assert_not_blank("desktop-1406.png", 1280, 900);
    let dark = assert_not_blank("dark.png", 1280, 900);
    assert_not_blank("phone.png", 375, 812);
    assert!(
        light > 0.8 && dark < 0.05,
        "background luminance: light {light:.3}, dark {dark:.3}"
    );
}

#[test]
fn browser_hostile_page() {
    if !errcodes_testkit::tier::slow(SUITE) {
        return;
    }
    let registry = std::fs::read_to_string(fixture("hostile.yaml")).unwrap();
    let dir = workspace_with(&registry);
    let html = dir.path().join("hostile.html");
    let generated = errcodes(
        dir.path(),
        &["gen", "--target", "html", "--out", "hostile.html"],
    );
    assert_eq!(generated.code, 0, "{}", generated.stderr);
    let view = view_of(&dir.path().join("registry.yaml"));
    let shots = ["hostile-light.png", "hostile-dark.png", "hostile-phone.png"];
    remove(&shots);
    page_checks("hostile", &html, &view, view.codes.len(), "--hostile");
    assert_not_blank("hostile-light.png", 1280, 900);
    assert_not_blank("hostile-dark.png", 1280, 900);
    assert_not_blank("hostile-phone.png", 375, 812);
}
