{% for line in header -%}
// {{ line }}
{% endfor -%}
//
// The {{ v.names.code_type }} registry's codes, std only (serde behind the `serde` feature).
// This file is the `{{ n.crate_name }}` crate's module; it also works alone
// through `include!` (declare a `serde` feature in the including crate to get serde support).

/// An error code of the platform: the `code` of a failed response's body.
///
/// The enum is `#[non_exhaustive]`: a newer registry adds codes. A code this build does not
/// know is not lost: [`{{ v.names.body_type }}`] keeps it as a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u16)]
#[non_exhaustive]
#[allow(clippy::doc_markdown)] // The variants' docs are the registry's messages: prose, not code.
pub enum {{ v.names.code_type }} {
{%- for c in v.codes %}
{{ c.message|doc_lines("    /// ") }}
{%- if let Some(d) = c.deprecated %}
    #[deprecated(note = {{ d|rust_str }})]
{%- endif %}
    {{ n.variant(c) }} = {{ c.code }},
{%- endfor %}
}

{% include "rust/api.rs" -%}
