{% for line in header -%}
// {{ line }}
{% endfor -%}
//
// Error codes of the {{ v.names.code_type }} registry, std only. Use it with `include!` or as a
// module of its own.

/// A category of [`{{ v.names.code_type }}`]s, as the docs page groups them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum {{ v.names.category_type }} {
{%- for c in v.categories %}
{{ c.label|doc_lines("    /// ") }}
    {{ c.rust_variant }},
{%- endfor %}
}

impl {{ v.names.category_type }} {
    /// Every category, in the order the docs page lists them.
    pub const ALL: &'static [Self] = &[
        // In the registry's order.
{%- for c in v.categories %}
        Self::{{ c.rust_variant }},
{%- endfor %}
    ];

    /// The stable id, as in the registry.
    pub const fn id(self) -> &'static str {
        {{ v.names.rust_category_meta.table }}[self as usize].id
    }

    /// The label the docs page shows.
    pub const fn label(self) -> &'static str {
        {{ v.names.rust_category_meta.table }}[self as usize].label
    }
}

/// What the registry says of one category.
struct {{ v.names.rust_category_meta.ty }} {
    id: &'static str,
    label: &'static str,
}

/// One entry per category, in declaration order.
const {{ v.names.rust_category_meta.table }}: [{{ v.names.rust_category_meta.ty }}; {{ v.categories.len() }}] = [
{%- for c in v.categories %}
    {{ v.names.rust_category_meta.ty }} {
        id: {{ c.id|rust_str }},
        label: {{ c.label|rust_str }},
    },
{%- endfor %}
];

/// An error code of the platform: the `code` of a failed response's body.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[repr(u16)]
#[non_exhaustive]
pub enum {{ v.names.code_type }} {
{%- for c in v.codes %}
{{ c.message|doc_lines("    /// ") }}
{%- if let Some(d) = c.deprecated %}
    ///
{{ d|doc_lines("    /// Deprecated: ") }}
{%- endif %}
    {{ c.rust_variant }} = {{ c.code }},
{%- endfor %}
}

impl {{ v.names.code_type }} {
    /// Every code, in ascending order.
    pub const ALL: &'static [Self] = &[
        // In ascending order of code: `from_code` searches it.
{%- for c in v.codes %}
        Self::{{ c.rust_variant }},
{%- endfor %}
    ];

    /// The code with this number, if this build knows it.
    pub const fn from_code(code: u16) -> Option<Self> {
        let (mut low, mut high) = (0, Self::ALL.len());
        while low < high {
            let middle = low + (high - low) / 2;
            let found = Self::ALL[middle];
            if found as u16 == code {
                return Some(found);
            }
            if (found as u16) < code {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        None
    }

    /// The number sent in the response body.
    pub const fn code(self) -> u16 {
        self as u16
    }

    /// The SCREAMING_SNAKE_CASE name, as in the registry.
    pub const fn name(self) -> &'static str {
        self.meta().name
    }

    /// The English message sent with the code.
    pub const fn message(self) -> &'static str {
        self.meta().message
    }

    /// The HTTP status the platform answers with.
    pub const fn http_status(self) -> u16 {
        self.meta().http_status
    }

    /// The category the docs page lists the code under.
    pub const fn category(self) -> {{ v.names.category_type }} {
        self.meta().category
    }

    /// Whether retrying the same request can succeed.
    pub const fn is_retryable(self) -> bool {
        self.meta().retryable
    }

    /// The path of the code's entry on the docs page.
    pub const fn docs_path(self) -> &'static str {
        self.meta().docs_path
    }

    const fn meta(self) -> &'static {{ v.names.rust_code_meta.ty }} {
        let (mut low, mut high) = (0, {{ v.names.rust_code_meta.table }}.len());
        while high - low > 1 {
            let middle = low + (high - low) / 2;
            if {{ v.names.rust_code_meta.table }}[middle].code <= self as u16 {
                low = middle;
            } else {
                high = middle;
            }
        }
        &{{ v.names.rust_code_meta.table }}[low]
    }
}

/// What the registry says of one code.
struct {{ v.names.rust_code_meta.ty }} {
    code: u16,
    name: &'static str,
    message: &'static str,
    http_status: u16,
    category: {{ v.names.category_type }},
    retryable: bool,
    docs_path: &'static str,
}

/// One entry per code, in ascending order of code.
const {{ v.names.rust_code_meta.table }}: [{{ v.names.rust_code_meta.ty }}; {{ v.codes.len() }}] = [
{%- for c in v.codes %}
    {{ v.names.rust_code_meta.ty }} {
        code: {{ c.code }},
        name: {{ c.name|rust_str }},
        message: {{ c.message|rust_str }},
        http_status: {{ c.http }},
        category: {{ v.names.category_type }}::{{ v.category_of(c).rust_variant }},
        retryable: {{ c.retryable }},
        docs_path: {{ c.docs_path|rust_str }},
    },
{%- endfor %}
];

