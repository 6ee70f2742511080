{% for line in header -%}
// {{ line }}
{% endfor %}
//! The error codes of the `{{ v.names.code_type }}` registry: every code with its name, message,
//! description, HTTP status, category, retryability, deprecation and docs links, and a response
//! body type that keeps codes this build does not know and is the error type. std only; `serde`
//! is an optional feature.
//!
//! ```
//! use {{ n.lib }}::{{ v.names.code_type }};
//!
{%- if let Some(ex) = v.example_code() %}
//! let code = {{ v.names.code_type }}::from_code({{ ex.code }}).expect("a known code");
//! assert_eq!(code.name(), {{ ex.name|rust_str }});
//! assert_eq!(code.http_status(), {{ ex.http }});
//! assert_eq!(code.category().id(), {{ v.category_of(ex).id|rust_str }});
//! assert_eq!(code.docs_path(), {{ ex.docs_path|rust_str }});
//! assert_eq!(code.docs_url(), {% if let Some(url) = ex.docs_url %}Some({{ url|rust_str }}){% else %}None{% endif %});
//! assert_eq!({{ ex.name|rust_str }}.parse::<{{ v.names.code_type }}>(), Ok(code));
{%- endif %}
//! assert_eq!({{ v.names.code_type }}::from_code({{ v.unknown_example }}), None);
//! ```
//!
//! With the `serde` feature, a failed response's body parses whatever its code:
//!
//! ```
//! # #[cfg(feature = "serde")]
//! # {
//! use {{ n.lib }}::{{ v.names.body_type }};
//!
//! let json = r#"{"code": {{ v.unknown_example }}, "message": "new", "data": {}, "trace_id": "t-1"}"#;
//! let body: {{ v.names.body_type }}<serde_json::Value> = serde_json::from_str(json).unwrap();
//! assert_eq!(body.code, {{ v.unknown_example }});
//! assert_eq!(body.known(), None);
//! # }
//! ```

#![forbid(unsafe_code)]

mod codes;

pub use codes::*;

/// The README's example, compiled and run as a doc test of this crate.
#[cfg(all(doctest, feature = "serde"))]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

