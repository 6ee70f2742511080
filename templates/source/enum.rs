// The {{ v.enum_name }} registry as an annotated enum, written by `errcodes export --to-rust`.
// `errcodes validate --rust-source <this file>` reads it back; `#[derive(ErrorCode)]` compiles it.

use errcodes_derive::ErrorCode;

/// An error code of the platform: the `code` of a failed response's body.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, ErrorCode)]
#[repr(u16)]
#[error_code(docs = {{ v.docs_base_url|rust_str }})]
{%- if let Some(example) = v.docs_example %}
#[error_code(docs_example = {{ example }})]
{%- endif %}
{%- if let Some(site) = v.docs_site %}
#[error_code(docs_site = {{ site|rust_str }})]
{%- endif %}
{%- if !v.packages.is_empty() %}
#[error_code(packages(
{%- for (key, short, settings) in v.packages %}{{ key }}
{%- if let Some(value) = short %} = {{ value|rust_str }}
{%- else %}({% for (setting, value) in settings %}{{ setting }} = {{ value|rust_str }}{% if !loop.last %}, {% endif %}{% endfor %})
{%- endif %}{% if !loop.last %}, {% endif %}{% endfor -%}
))]
{%- endif %}
{%- if !v.authors.is_empty() %}
#[error_code(packages(authors = [{% for author in v.authors %}{{ author|rust_str }}{% if !loop.last %}, {% endif %}{% endfor %}]))]
{%- endif %}
{%- for (id, label, guide) in v.categories %}
#[error_code(category(id = {{ id|rust_str }}, label = {{ label|rust_str }}
{%- if let Some(guide) = guide %}, guide = {{ guide|rust_str }}{% endif %}))]
{%- endfor %}
{%- for r in v.reserved %}
#[error_code(reserved(
{%- if let Some(code) = r.code %}code = {{ code }}, {% endif -%}
{%- if let Some(name) = r.name %}name = {{ name|rust_str }}, {% endif -%}
reason = {{ r.reason|rust_str }}))]
{%- endfor %}
{%- for (code, rule, reason) in v.allow_breaking %}
#[error_code(allow_breaking(code = {{ code }}, rule = {{ rule|rust_str }}, reason = {{ reason|rust_str }}))]
{%- endfor %}
pub enum {{ v.enum_name }} {
{%- for c in v.codes %}
{%- if c.message_as_doc %}
{{ c.message|doc_text("    /// ") }}
{%- endif %}
    #[error_code(http = {{ c.http }}, category = {{ c.category|rust_str }})]
{%- if c.needs_name %}
    #[error_code(name = {{ c.name|rust_str }})]
{%- endif %}
{%- if !c.message_as_doc %}
    #[error_code(message = {{ c.message|rust_str }})]
{%- endif %}
{%- if let Some(retryable) = c.retryable %}
    #[error_code(retryable = {{ retryable }})]
{%- endif %}
{%- if let Some(deprecated) = c.deprecated %}
    #[error_code(deprecated = {{ deprecated|rust_str }})]
{%- endif %}
{%- if let Some(description) = c.description %}
    #[error_code(description = {{ description|rust_str }})]
{%- endif %}
    {{ c.variant }} = {{ c.code }},
{%- endfor %}
}

