//! The derive on the shipped registry: `registry.yaml` exported to Rust (the fixture, kept
//! current by [`export_is_current`]) compiles with `#[derive(ErrorCode)]`, its lookups say
//! what the registry says, code for code, and the CLI's reader reads it back to the same
//! registry.

use errcodes_model::SourceFile;
use errcodes_view::View;
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
    let exported = errcodes_targets::rust_enum(&registry()).unwrap();
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
        assert_eq!(code.description(), expected.description.as_deref());
        assert_eq!(code.docs_url(), expected.docs_url.as_deref());
        assert!(
            code.docs_url().is_some(),
            "the registry names the docs site"
        );
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

/// The derive and the Rust target share one source: what the derive adds after the enum is,
/// byte for byte, what the generated `codes.rs` holds after its own enum, but for the body's
/// serde attributes and impls (the deriving crate need not declare a `serde` feature).
#[test]
fn the_derive_expands_to_what_follows_the_generated_enum() {
    let view = View::new(&registry()).unwrap();
    let variants = view
        .codes
        .iter()
        .map(|c| {
            (
                c.code,
                format!("{:?}", TuringErrorCode::from_code(c.code).unwrap()),
            )
        })
        .collect();
    let api = errcodes_targets::rust_derive_api(&view, variants).unwrap();
    let rust = errcodes_targets::Target::from_id("rust").unwrap();
    let source = errcodes_targets::source(rust, &view).unwrap().contents;
    let enum_end = source.find("\n}\n\n").expect("the enum ends") + 4;
    assert!(source[..enum_end].contains(&format!("pub enum {} {{", view.names.code_type)));
    let serde_attrs = [
        "#[cfg_attr(feature = \"serde\", derive(serde::Serialize, serde::Deserialize))]\n",
        "    #[cfg_attr(\n        feature = \"serde\",\n        serde(default, skip_serializing_if = \"Option::is_none\")\n    )]\n",
    ];
    let serde_impls = source
        .find("\n// With the `serde` feature")
        .expect("the serde impls close the file");
    let mut expected = source[enum_end..serde_impls].to_owned();
    for attr in serde_attrs {
        assert!(expected.contains(attr), "{attr}");
        expected = expected.replacen(attr, "", 1);
    }
    assert_eq!(expected, api);
}

#[test]
fn the_derive_gives_the_whole_api() {
    let code = TuringErrorCode::RateLimitExceeded;
    assert_eq!(code.name().parse::<TuringErrorCode>(), Ok(code));
    assert_eq!(
        "NO_SUCH_CODE".parse::<TuringErrorCode>(),
        Err(UnknownTuringErrorName("NO_SUCH_CODE".to_owned()))
    );
    assert_eq!(TuringErrorCode::try_from(code.code()), Ok(code));
    assert_eq!(
        TuringErrorCode::try_from(9999),
        Err(UnknownTuringErrorCode(9999))
    );
    assert_eq!(
        code.to_string(),
        format!("{} ({})", code.name(), code.code())
    );
    assert_eq!(TuringErrorCategory::RateLimit.to_string(), "限流 & 配额");
    let body = TuringErrorBody {
        code: 9999,
        message: "new".to_owned(),
        data: None::<()>,
        trace_id: Some("t-1".to_owned()),
    };
    assert_eq!(
        (
            body.known(),
            body.category(),
            body.retryable(),
            body.docs_url()
        ),
        (None, None, false, None)
    );
    assert!(body.retryable_with_status(503) && !body.retryable_with_status(400));
    let limited = TuringErrorBody {
        code: code.code(),
        ..body.clone()
    };
    assert_eq!(limited.category(), Some(TuringErrorCategory::RateLimit));
    assert!(limited.retryable() && limited.retryable_with_status(400));
    assert_eq!(limited.docs_url(), code.docs_url());
    assert_eq!(body.to_string(), "new (code 9999), trace id t-1");
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
        errcodes_targets::emit_all(&from_rust).unwrap(),
        errcodes_targets::emit_all(&from_yaml).unwrap()
    );
}

#[test]
fn compile_errors() {
    trybuild::TestCases::new().compile_fail("tests/ui/*.rs");
}
