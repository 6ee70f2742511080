//! An SDK's use of the generated crate: every lookup, conversion and body parse, then every
//! code's values printed back for the test to compare with the registry. The first argument
//! is a code the registry does not have.

use RUST_LIB::{BODY_TYPE, CATEGORY_TYPE, CODE_TYPE, UNKNOWN_CODE_TYPE};

/// The registry's rate-limit code, when it has one (the test fills it in).
const RATE_LIMITED: Option<u16> = RATE_LIMIT_CODE;

fn wire(code: u16) -> String {
    format!(r#"{{"code":{code},"message":"m","data":{{"k":1}},"trace_id":"t-1"}}"#)
}

fn body(code: u16) -> BODY_TYPE<serde_json::Value> {
    let body: BODY_TYPE<serde_json::Value> = serde_json::from_str(&wire(code)).expect("a body parses whatever its code");
    assert_eq!(serde_json::to_string(&body).unwrap(), wire(code), "a body writes back the exact wire body");
    body
}

/// What an SDK call returns: the failed response's body is the error, which `?` passes on.
fn call(code: u16) -> Result<(), Box<dyn std::error::Error>> {
    let failed: Result<(), BODY_TYPE<serde_json::Value>> = Err(body(code));
    failed?;
    Ok(())
}

fn main() {
    let unknown: u16 = std::env::args().nth(1).and_then(|a| a.parse().ok()).expect("an unknown code");
    assert_eq!(CODE_TYPE::from_code(unknown), None);
    assert_eq!(CODE_TYPE::try_from(unknown), Err(UNKNOWN_CODE_TYPE(unknown)));
    assert!("NOT A NAME".parse::<CODE_TYPE>().is_err());
    let new = body(unknown);
    assert_eq!((new.code, new.known(), new.data.as_ref().and_then(|d| d["k"].as_i64())), (unknown, None, Some(1)));
    assert_eq!((new.category(), new.retryable(), new.docs_url()), (None, false, None), "an unknown code has no facts");
    for (status, retryable) in [(503, true), (408, true), (429, true), (400, false), (500, false)] {
        assert_eq!(new.retryable_with_status(status), retryable, "an unknown code in a {status} response");
    }
    assert_eq!(new.trace_id.as_deref(), Some("t-1"));
    assert_eq!(new.to_string(), format!("m (code {unknown}), trace id t-1"));
    let again: BODY_TYPE<serde_json::Value> =
        serde_json::from_str(&serde_json::to_string(&new).unwrap()).unwrap();
    assert_eq!(again, new, "a body survives a round trip");
    let error = call(unknown).unwrap_err();
    let passed = error.downcast_ref::<BODY_TYPE<serde_json::Value>>().expect("`?` keeps the body");
    assert_eq!(passed, &new);
    assert!(error.to_string().starts_with("m (code"));
    if let Some(code) = RATE_LIMITED {
        let limited = body(code);
        assert_eq!(limited.category().map(CATEGORY_TYPE::id), Some("rate_limit"), "{code} is a rate limit");
        assert!(limited.retryable() && limited.retryable_with_status(400), "{code} is retryable whatever the status");
    }
    let bare: BODY_TYPE<Option<u8>> = serde_json::from_str(r#"{"code": 7, "message": "m"}"#).unwrap();
    assert_eq!((bare.data, bare.trace_id), (None, None), "data and trace_id may be absent");
    /// A `data` type with no `Default`: `null` still parses.
    #[derive(Debug, PartialEq, serde::Deserialize)]
    struct Context {
        #[allow(dead_code)]
        field: u8,
    }
    let null: BODY_TYPE<Context> =
        serde_json::from_str(r#"{"code": 7, "message": "m", "data": null, "trace_id": null}"#).unwrap();
    assert_eq!((null.data, null.trace_id), (None, None), "null data and trace_id parse");
    let traced: BODY_TYPE<serde_json::Value> =
        serde_json::from_str(&format!(r#"{{"code": {unknown}, "message": "m", "data": {{}}, "trace_id": null}}"#)).unwrap();
    assert_eq!((traced.to_string(), traced.trace_id), (format!("m (code {unknown})"), None), "a null trace id is none");
    assert!(CODE_TYPE::ALL.windows(2).all(|w| w[0] < w[1]));
    assert!(serde_json::from_str::<CODE_TYPE>(&unknown.to_string()).is_err(), "an unknown code is no code");
    assert!(serde_json::from_str::<CATEGORY_TYPE>(r#""no_such_category""#).is_err());
    if let Some(code) = CODE_TYPE::from_code(1124) {
        assert_eq!(serde_json::to_string(&code).unwrap(), "1124");
        assert_eq!(serde_json::from_str::<CODE_TYPE>("1124").unwrap(), code);
    }

    let mut out = String::new();
    for &code in CODE_TYPE::ALL {
        assert_eq!(CODE_TYPE::from_code(code.code()), Some(code));
        assert_eq!(CODE_TYPE::try_from(code.code()), Ok(code));
        assert_eq!(u16::from(code), code.code());
        assert_eq!(code.name().parse::<CODE_TYPE>(), Ok(code));
        assert_eq!(code.to_string(), format!("{} ({})", code.name(), code.code()));
        let known = body(code.code());
        assert_eq!(known.known(), Some(code));
        assert_eq!((known.category(), known.retryable(), known.docs_url()), (Some(code.category()), code.is_retryable(), code.docs_url()));
        for status in [400, 503] {
            assert_eq!(known.retryable_with_status(status), code.is_retryable(), "a known code's own answer wins");
        }
        let wire = serde_json::to_string(&code).unwrap();
        assert_eq!(wire, code.code().to_string(), "a code serializes as its number");
        assert_eq!(serde_json::from_str::<CODE_TYPE>(&wire).unwrap(), code);
        let category = serde_json::to_string(&code.category()).unwrap();
        assert_eq!(category, serde_json::to_string(code.category().id()).unwrap(), "a category as its id");
        assert_eq!(serde_json::from_str::<CATEGORY_TYPE>(&category).unwrap(), code.category());
        assert!(CATEGORY_TYPE::ALL.contains(&code.category()));
        assert_eq!(code.category().to_string(), code.category().label());
        let fields = [
            code.code().to_string(),
            code.name().to_owned(),
            code.message().to_owned(),
            code.http_status().to_string(),
            code.category().id().to_owned(),
            code.category().label().to_owned(),
            code.is_retryable().to_string(),
            code.docs_path().to_owned(),
            code.deprecated().unwrap_or_default().to_owned(),
            code.description().unwrap_or_default().to_owned(),
            code.docs_url().unwrap_or_default().to_owned(),
        ];
        out.push_str(&fields.join("\u{1f}"));
        out.push('\u{1e}');
    }
    print!("{out}");
}
