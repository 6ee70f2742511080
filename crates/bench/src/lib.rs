//! Registries of any size for the benchmarks, written the way people write them: a YAML
//! registry and the equivalent annotated Rust enum. Sizes above 65,536 repeat codes (a code is
//! a `u16`), so such registries are invalid on purpose: they measure reading and checking,
//! and the reporting of tens of thousands of problems.

use std::fmt::Write;

/// A registry of `n` entries in `registry.yaml` form.
pub fn yaml(n: usize) -> String {
    let mut out = String::from(
        "version: 1\nenum: BenchErrorCode\ndocs:\n  base_url: /docs/errors\ncategories:\n  - id: general\n    label: General\n  - id: quota\n    label: 限流 & 配额\ncodes:\n",
    );
    for i in 0..n {
        let (code, http, category) = entry(i);
        let _ = write!(
            out,
            "  - code: {code}\n    name: ERROR_{i}\n    http: {http}\n    category: {category}\n    message: \"Error {i} happened: see the \\\"docs\\\" | retry later\"\n"
        );
    }
    out
}

/// The same registry as an enum annotated for `#[derive(ErrorCode)]`.
pub fn rust(n: usize) -> String {
    let mut out = String::from(
        "#[derive(Clone, Copy, ErrorCode)]\n#[error_code(docs = \"/docs/errors\")]\n#[error_code(category(id = \"general\", label = \"General\"), category(id = \"quota\", label = \"限流 & 配额\"))]\npub enum BenchErrorCode {\n",
    );
    for i in 0..n {
        let (code, http, category) = entry(i);
        let _ = write!(
            out,
            "    /// Error {i} happened: see the \"docs\" | retry later\n    #[error_code(http = {http}, category = \"{category}\", name = \"ERROR_{i}\")]\n    Error{i} = {code},\n"
        );
    }
    out.push_str("}\n");
    out
}

/// Code, HTTP status and category of entry `i`.
fn entry(i: usize) -> (usize, u16, &'static str) {
    let code = i % 65_536;
    let http = if code == 0 {
        200
    } else {
        400 + u16::try_from(i % 100).unwrap_or(0)
    };
    (
        code,
        http,
        if i.is_multiple_of(2) {
            "quota"
        } else {
            "general"
        },
    )
}
