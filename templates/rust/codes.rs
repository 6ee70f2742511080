{% for line in header -%}
// {{ line }}
{% endfor -%}
//
// The {{ v.names.code_type }} registry's codes, std only (serde behind the `serde` feature).
// This file is the `{{ v.names.packages.rust_crate }}` crate's module; it also works alone
// through `include!` (declare a `serde` feature in the including crate to get serde support).

use std::fmt;
use std::str::FromStr;

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
    #[must_use]
    pub const fn id(self) -> &'static str {
        self.meta().id
    }

    /// The label the docs page shows.
    #[must_use]
    pub const fn label(self) -> &'static str {
        self.meta().label
    }

    const fn meta(self) -> &'static {{ v.names.rust_category_meta }} {
        match self {
{%- for c in v.categories %}
            Self::{{ c.rust_variant }} => &{{ v.names.rust_category_meta }} {
                id: {{ c.id|rust_str }},
                label: {{ c.label|rust_str }},
            },
{%- endfor %}
        }
    }
}

impl fmt::Display for {{ v.names.category_type }} {
    /// Writes the label.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// What the registry says of one category.
struct {{ v.names.rust_category_meta }} {
    id: &'static str,
    label: &'static str,
}

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
    {{ c.rust_variant }} = {{ c.code }},
{%- endfor %}
}

#[allow(deprecated)] // Deprecated codes are still codes: every lookup must know them.
impl {{ v.names.code_type }} {
    /// Every code, in ascending order.
    pub const ALL: &'static [Self] = &[
        // In ascending order of code.
{%- for c in v.codes %}
        Self::{{ c.rust_variant }},
{%- endfor %}
    ];

    /// The code with this number, or `None` for a code this build does not know.
    #[must_use]
    #[allow(clippy::too_many_lines)] // One arm per code: a jump table, not logic.
    pub const fn from_code(code: u16) -> Option<Self> {
        Some(match code {
{%- for c in v.codes %}
            {{ c.code }} => Self::{{ c.rust_variant }},
{%- endfor %}
            _ => return None,
        })
    }

    /// The code with this `SCREAMING_SNAKE_CASE` name, or `None`.
    #[must_use]
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|code| code.name() == name)
    }

    /// The number sent in the response body.
    #[must_use]
    pub const fn code(self) -> u16 {
        self as u16
    }

    /// The `SCREAMING_SNAKE_CASE` name, as in the registry.
    #[must_use]
    pub const fn name(self) -> &'static str {
        self.meta().name
    }

    /// The English message sent with the code.
    #[must_use]
    pub const fn message(self) -> &'static str {
        self.meta().message
    }

    /// The HTTP status the platform answers with.
    #[must_use]
    pub const fn http_status(self) -> u16 {
        self.meta().http_status
    }

    /// The category the docs page lists the code under.
    #[must_use]
    pub const fn category(self) -> {{ v.names.category_type }} {
        self.meta().category
    }

    /// Whether retrying the same request can succeed.
    #[must_use]
    pub const fn is_retryable(self) -> bool {
        self.meta().retryable
    }

    /// Why the code is deprecated and what to use instead, if it is.
    #[must_use]
    pub const fn deprecated(self) -> Option<&'static str> {
        self.meta().deprecated
    }

    /// The path of the code's entry on the docs page.
    #[must_use]
    pub const fn docs_path(self) -> &'static str {
        self.meta().docs_path
    }

    #[allow(clippy::too_many_lines)] // One arm per code: a table, not logic.
    const fn meta(self) -> &'static {{ v.names.rust_code_meta }} {
        match self {
{%- for c in v.codes %}
            Self::{{ c.rust_variant }} => &{{ v.names.rust_code_meta }} {
                name: {{ c.name|rust_str }},
                message: {{ c.message|rust_str }},
                http_status: {{ c.http }},
                category: {{ v.names.category_type }}::{{ v.category_of(c).rust_variant }},
                retryable: {{ c.retryable }},
                deprecated: {% if let Some(d) = c.deprecated %}Some({{ d|rust_str }}){% else %}None{% endif %},
                docs_path: {{ c.docs_path|rust_str }},
            },
{%- endfor %}
        }
    }
}

impl TryFrom<u16> for {{ v.names.code_type }} {
    type Error = {{ v.names.rust_unknown_code }};

    fn try_from(code: u16) -> Result<Self, Self::Error> {
        Self::from_code(code).ok_or({{ v.names.rust_unknown_code }}(code))
    }
}

impl From<{{ v.names.code_type }}> for u16 {
    fn from(code: {{ v.names.code_type }}) -> u16 {
        code.code()
    }
}

impl FromStr for {{ v.names.code_type }} {
    type Err = {{ v.names.rust_unknown_name }};

    /// Parses a `SCREAMING_SNAKE_CASE` name.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::from_name(name).ok_or_else(|| {{ v.names.rust_unknown_name }}(name.to_owned()))
    }
}

impl fmt::Display for {{ v.names.code_type }} {
    /// Writes the name and the number, as `NAME (1234)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({})", self.name(), self.code())
    }
}

/// A number that is not a [`{{ v.names.code_type }}`] of this build (a newer server may send it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct {{ v.names.rust_unknown_code }}(pub u16);

impl fmt::Display for {{ v.names.rust_unknown_code }} {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown error code {}", self.0)
    }
}

impl std::error::Error for {{ v.names.rust_unknown_code }} {}

/// A name that is not a [`{{ v.names.code_type }}`] of this build.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct {{ v.names.rust_unknown_name }}(pub String);

impl fmt::Display for {{ v.names.rust_unknown_name }} {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown error code name {:?}", self.0)
    }
}

impl std::error::Error for {{ v.names.rust_unknown_name }} {}

/// The body of a failed response, `{code, message, data, trace_id}`.
///
/// `code` is kept as sent, so a code newer than this build is not lost; [`Self::known`] says
/// whether this build knows it. `D` is the type of `data` (such as `serde_json::Value`).
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct {{ v.names.body_type }}<D> {
    /// The error code, known or not.
    pub code: u16,
    /// The message the server sent.
    pub message: String,
    /// Context that depends on the error.
    #[cfg_attr(feature = "serde", serde(default))]
    pub data: D,
    /// The request's trace id, to quote when reporting the error.
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
    pub trace_id: Option<String>,
}

impl<D> {{ v.names.body_type }}<D> {
    /// The code, if this build knows it.
    #[must_use]
    pub const fn known(&self) -> Option<{{ v.names.code_type }}> {
        {{ v.names.code_type }}::from_code(self.code)
    }
}

impl<D> fmt::Display for {{ v.names.body_type }}<D> {
    /// Writes the message, the code (with its name when known) and the trace id.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.known() {
            Some(known) => write!(f, "{} ({}, code {})", self.message, known.name(), self.code)?,
            None => write!(f, "{} (code {})", self.message, self.code)?,
        }
        match &self.trace_id {
            Some(trace_id) => write!(f, ", trace id {trace_id}"),
            None => Ok(()),
        }
    }
}

impl<D: fmt::Debug> std::error::Error for {{ v.names.body_type }}<D> {}

/// What the registry says of one code.
struct {{ v.names.rust_code_meta }} {
    name: &'static str,
    message: &'static str,
    http_status: u16,
    category: {{ v.names.category_type }},
    retryable: bool,
    deprecated: Option<&'static str>,
    docs_path: &'static str,
}

