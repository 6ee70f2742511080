//! The derive on the shipped registry: `registry.yaml` exported to Rust (the fixture, kept
//! current by [`export_is_current`]) compiles with `#[derive(ErrorCode)]`, its lookups say
//! what the registry says, code for code, and the CLI's reader reads it back to the same
//! registry.

use errcodes_model::SourceFile;
use errcodes_view::{SourceView, View};
use expect_test::expect_file;

include!("fixtures/turing_error_code.rs");

fn registry() -> errcodes_model::Registry {
    let text = include_str!("../../../registry.yaml");
    let parsed = errcodes_yaml::parse(&SourceFile::new("registry.yaml", text));
    assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
    parsed.registry.unwrap()
}

#[test]
fn export_is_current() {
    let exported = errcodes_emit::rust_enum(&SourceView::new(&registry())).unwrap();
    expect_file!["fixtures/turing_error_code.rs"].assert_eq(&exported);
}

#[test]
fn derived_lookups_say_what_the_registry_says() {
    let view = View::new(&registry()).unwrap();
    assert_eq!(TuringErrorCode::ALL.len(), view.codes.len());
    for (code, expected) in TuringErrorCode::ALL.iter().zip(&view.codes) {
        let category = view.category_of(expected);
        assert_eq!(code.code(), expected.code);
        assert_eq!(TuringErrorCode::from_code(expected.code), Some(*code));
        assert_eq!(code.name(), expected.name);
        assert_eq!(code.message(), expected.message);
        assert_eq!(code.http_status(), expected.http);
        assert_eq!(
            (code.category().id(), code.category().label()),
            (category.id.as_str(), category.label.as_str())
        );
        assert_eq!(code.is_retryable(), expected.retryable);
        assert_eq!(code.deprecated(), expected.deprecated.as_deref());
        assert_eq!(code.docs_path(), expected.docs_path);
        assert_eq!(code.code(), *code as u16, "the discriminant is the code");
    }
    assert_eq!(TuringErrorCode::from_code(view.unknown_example), None);
    assert_eq!(TuringErrorCategory::ALL.len(), view.categories.len());
    assert_eq!(
        TuringErrorCode::AssistantDallE3NotSupported.name(),
        "ASSISTANT_DALL_E_3_NOT_SUPPORTED"
    );
    assert!(!TuringErrorCode::UserExpenseOverBudget.is_retryable());
    assert!(TuringErrorCode::RateLimitExceeded.is_retryable());
    assert_eq!(
        TuringErrorCode::from_code(1406),
        Some(TuringErrorCode::PgDatabaseTransactionFailed)
    );
}

#[test]
fn the_cli_reader_reads_the_export_back_to_the_same_registry() {
    let text = include_str!("fixtures/turing_error_code.rs");
    let parsed = errcodes_rust_source::parse(&SourceFile::new("turing_error_code.rs", text), None);
    assert!(parsed.diagnostics.is_empty(), "{:?}", parsed.diagnostics);
    let from_rust = View::new(&parsed.registry.unwrap()).unwrap();
    let from_yaml = View::new(&registry()).unwrap();
    assert_eq!(from_rust, from_yaml);
    assert_eq!(
        errcodes_emit::emit_all(&from_rust).unwrap(),
        errcodes_emit::emit_all(&from_yaml).unwrap()
    );
}

#[test]
fn compile_errors() {
    trybuild::TestCases::new().compile_fail("tests/ui/*.rs");
}
