//! The dump every consumer prints, whatever its language: one record per code, in code order,
//! each field of the one info shape in a fixed order (code, name, message, HTTP status,
//! category id and label, retryable, docs path, deprecation, description, docs URL; an absent
//! value is empty), so that a test compares it with the registry exactly.

use errcodes_view::View;

use crate::RETIRED;

/// Ends a field of a dump: a control character, which no registry text may hold.
pub const FIELD: char = '\u{1f}';
/// Ends a record of a dump, likewise.
pub const RECORD: char = '\u{1e}';

/// What every consumer must print: one record per code, in code order.
pub fn expected_dump(view: &View) -> String {
    let mut out = String::new();
    for c in &view.codes {
        let category = view.category_of(c);
        let fields = [
            c.code.to_string(),
            c.name.clone(),
            c.message.clone(),
            c.http.to_string(),
            category.id.clone(),
            category.label.clone(),
            c.retryable.to_string(),
            c.docs_path.clone(),
            c.deprecated.clone().unwrap_or_default(),
            c.description.clone().unwrap_or_default(),
            c.docs_url.clone().unwrap_or_default(),
        ];
        out.push_str(&fields.join(&FIELD.to_string()));
        out.push(RECORD);
    }
    out
}

/// The dump's record for `code`, split into fields.
pub fn record(dump: &str, code: u16) -> Vec<String> {
    let prefix = format!("{code}{FIELD}");
    let record = dump
        .split(RECORD)
        .find(|r| r.starts_with(&prefix))
        .unwrap_or_else(|| panic!("no code {code}"));
    record.split(FIELD).map(str::to_owned).collect()
}

/// What the issue asks every consumer to show, read from a consumer's dump of the
/// repository's registry (with 1002 deprecated).
pub fn assert_platform_facts(dump: &str) {
    assert_eq!(record(dump, 1405)[1], "OPEN_SEARCH_NO_RESULT");
    assert_eq!(record(dump, 1406)[1], "PG_DATABASE_TRANSACTION_FAILED");
    for code in [1110, 1324, 1723] {
        let r = record(dump, code);
        assert_eq!(
            (r[3].as_str(), r[6].as_str()),
            ("429", "false"),
            "{code} is a 429 a retry cannot cure"
        );
    }
    assert_eq!(record(dump, 1104)[6], "true", "other 429s are retryable");
    assert_eq!(
        record(dump, 1124)[7],
        "/api-guides/reliability/error-codes#1124"
    );
    assert_eq!(
        record(dump, 1124)[10],
        "https://platform.turing.example/api-guides/reliability/error-codes#1124"
    );
    assert_eq!(record(dump, 1002)[8], "Use NOT_IMPLEMENTED (1001) instead.");
    assert_eq!(
        record(dump, 1002)[9],
        "The feature is not offered.\nCall `NOT_IMPLEMENTED` paths instead."
    );
    assert!(
        !dump.contains(&format!("{RETIRED}{FIELD}")),
        "a retired code is no code"
    );
}
