{#- The API of a code enum: everything but the enum itself, with every path spelt out so
    that it can stand in any module. `rust/codes.rs` includes it after the enum it
    generates; `#[derive(ErrorCode)]` renders it alone, after the enum a person wrote, and
    without the body's serde attributes (`n.serde`), since the deriving crate need not declare
    a `serde` feature. -#}
/// A category of [`{{ v.names.code_type }}`]s, as the docs page groups them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum {{ v.names.category_type }} {
{%- for c in v.categories %}
{{ c.label|doc_lines("    /// ") }}
    {{ n.category(c) }},
{%- endfor %}
}

impl {{ v.names.category_type }} {
    /// Every category, in the order the docs page lists them.
    pub const ALL: &'static [Self] = &[
        // In the registry's order.
{%- for c in v.categories %}
        Self::{{ n.category(c) }},
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

    const fn meta(self) -> &'static {{ n.category_meta }} {
        match self {
{%- for c in v.categories %}
            Self::{{ n.category(c) }} => &{{ n.category_meta }} {
                id: {{ c.id|rust_str }},
                label: {{ c.label|rust_str }},
            },
{%- endfor %}
        }
    }
}

impl std::fmt::Display for {{ v.names.category_type }} {
    /// Writes the label.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.label())
    }
}

/// What the registry says of one category.
struct {{ n.category_meta }} {
    id: &'static str,
    label: &'static str,
}

#[allow(deprecated)] // Deprecated codes are still codes: every lookup must know them.
impl {{ v.names.code_type }} {
    /// Every code, in ascending order.
    pub const ALL: &'static [Self] = &[
        // In ascending order of code.
{%- for c in v.codes %}
        Self::{{ n.variant(c) }},
{%- endfor %}
    ];

    /// The code with this number, or `None` for a code this build does not know.
    #[must_use]
    #[allow(clippy::too_many_lines)] // One arm per code: a jump table, not logic.
    pub const fn from_code(code: u16) -> Option<Self> {
        Some(match code {
{%- for c in v.codes %}
            {{ c.code }} => Self::{{ n.variant(c) }},
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
        {{ n.code_meta }}::stated(self.meta().deprecated)
    }

    /// What the code means and what to do about it, in Markdown, if the registry says.
    #[must_use]
    pub const fn description(self) -> Option<&'static str> {
        {{ n.code_meta }}::stated(self.meta().description)
    }

    /// The path of the code's entry on the docs page.
    #[must_use]
    pub const fn docs_path(self) -> &'static str {
        self.meta().docs_path
    }

    /// The absolute URL of the code's entry on the docs page, if the registry names the docs
    /// site.
    #[must_use]
    pub const fn docs_url(self) -> Option<&'static str> {
        {{ n.code_meta }}::stated(self.meta().docs_url)
    }

    #[allow(clippy::too_many_lines)] // One arm per code: a table, not logic.
    const fn meta(self) -> &'static {{ n.code_meta }} {
        match self {
{%- for c in v.codes %}
            Self::{{ n.variant(c) }} => &{{ n.code_meta }} {
                name: {{ c.name|rust_str }},
                message: {{ c.message|rust_str }},
                http_status: {{ c.http }},
                category: {{ v.names.category_type }}::{{ n.category(v.category_of(c)) }},
                retryable: {{ c.retryable }},
                deprecated: {% if let Some(d) = c.deprecated %}{{ d|rust_str }}{% else %}""{% endif %},
                description: {% if let Some(d) = c.description %}{{ d|rust_str }}{% else %}""{% endif %},
                docs_path: {{ c.docs_path|rust_str }},
                docs_url: {% if let Some(url) = c.docs_url %}{{ url|rust_str }}{% else %}""{% endif %},
            },
{%- endfor %}
        }
    }
}

impl TryFrom<u16> for {{ v.names.code_type }} {
    type Error = {{ n.unknown_code }};

    fn try_from(code: u16) -> Result<Self, Self::Error> {
        Self::from_code(code).ok_or({{ n.unknown_code }}(code))
    }
}

impl From<{{ v.names.code_type }}> for u16 {
    fn from(code: {{ v.names.code_type }}) -> u16 {
        code.code()
    }
}

impl std::str::FromStr for {{ v.names.code_type }} {
    type Err = {{ n.unknown_name }};

    /// Parses a `SCREAMING_SNAKE_CASE` name.
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Self::from_name(name).ok_or_else(|| {{ n.unknown_name }}(name.to_owned()))
    }
}

impl std::fmt::Display for {{ v.names.code_type }} {
    /// Writes the name and the number, as `NAME (1234)`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({})", self.name(), self.code())
    }
}

/// A number that is not a [`{{ v.names.code_type }}`] of this build (a newer server may send it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct {{ n.unknown_code }}(pub u16);

impl std::fmt::Display for {{ n.unknown_code }} {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "unknown error code {}", self.0)
    }
}

impl std::error::Error for {{ n.unknown_code }} {}

/// A name that is not a [`{{ v.names.code_type }}`] of this build.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct {{ n.unknown_name }}(pub String);

impl std::fmt::Display for {{ n.unknown_name }} {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "unknown error code name {:?}", self.0)
    }
}

impl std::error::Error for {{ n.unknown_name }} {}

/// The body of a failed response, `{code, message, data, trace_id}`.
///
/// `code` is kept as sent, so a code newer than this build is not lost; [`Self::known`] says
/// whether this build knows it. `D` is the type of `data` (such as `serde_json::Value`).
#[derive(Clone, Debug, PartialEq, Eq)]
{%- if n.serde %}
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
{%- endif %}
pub struct {{ v.names.body_type }}<D> {
    /// The error code, known or not.
    pub code: u16,
    /// The message the server sent.
    pub message: String,
    /// Context that depends on the error: `None` when the body has none, or `null`, whatever
    /// `D` is.
    pub data: Option<D>,
    /// The request's trace id, to quote when reporting the error.
{%- if n.serde %}
    #[cfg_attr(
        feature = "serde",
        serde(default, skip_serializing_if = "Option::is_none")
    )]
{%- endif %}
    pub trace_id: Option<String>,
}

impl<D> {{ v.names.body_type }}<D> {
    /// The code, if this build knows it.
    #[must_use]
    pub const fn known(&self) -> Option<{{ v.names.code_type }}> {
        {{ v.names.code_type }}::from_code(self.code)
    }

    /// The code's category, if this build knows the code.
    #[must_use]
    pub const fn category(&self) -> Option<{{ v.names.category_type }}> {
        match self.known() {
            Some(code) => Some(code.category()),
            None => None,
        }
    }

    /// Whether retrying the same request can succeed; `false` for a code this build does not
    /// know (see [`Self::retryable_with_status`] to fall back on the response's status).
    #[must_use]
    pub const fn retryable(&self) -> bool {
        match self.known() {
            Some(code) => code.is_retryable(),
            None => false,
        }
    }

    /// Whether retrying the same request can succeed, given the HTTP status of the response
    /// that carried this body: the code's own answer when this build knows the code, else
    /// whether the status is one a retry can cure ({% for s in n.retryable_statuses %}{{ s }}{% if !loop.last %}, {% endif %}{% endfor %}).
    #[must_use]
    pub const fn retryable_with_status(&self, http_status: u16) -> bool {
        match self.known() {
            Some(code) => code.is_retryable(),
            None => matches!(http_status, {% for s in n.retryable_statuses %}{{ s }}{% if !loop.last %} | {% endif %}{% endfor %}),
        }
    }

    /// The absolute URL of the code's entry on the docs page, if this build knows the code
    /// and the registry names the docs site.
    #[must_use]
    pub const fn docs_url(&self) -> Option<&'static str> {
        match self.known() {
            Some(code) => code.docs_url(),
            None => None,
        }
    }
}

impl<D> std::fmt::Display for {{ v.names.body_type }}<D> {
    /// Writes the message, the code (with its name when known) and the trace id.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
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

impl<D: std::fmt::Debug> std::error::Error for {{ v.names.body_type }}<D> {}

/// What the registry says of one code. An optional text is `""` when the registry states none
/// (it never states an empty one), so that each field is a bare literal, which rustfmt leaves
/// on its line however long.
struct {{ n.code_meta }} {
    name: &'static str,
    message: &'static str,
    http_status: u16,
    category: {{ v.names.category_type }},
    retryable: bool,
    deprecated: &'static str,
    description: &'static str,
    docs_path: &'static str,
    docs_url: &'static str,
}

impl {{ n.code_meta }} {
    /// An optional text: `None` for `""`.
    const fn stated(text: &'static str) -> Option<&'static str> {
        if text.is_empty() { None } else { Some(text) }
    }
}
{% if n.serde %}
// With the `serde` feature, a code is its number and a category its id, as on the wire.

#[cfg(feature = "serde")]
impl serde::Serialize for {{ v.names.code_type }} {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u16(self.code())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for {{ v.names.code_type }} {
    /// Reads a number; one this build does not know is an error (read a body's `code` as a
    /// number to keep it).
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let code = <u16 as serde::Deserialize>::deserialize(deserializer)?;
        Self::from_code(code).ok_or_else(|| serde::de::Error::custom({{ n.unknown_code }}(code)))
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for {{ v.names.category_type }} {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.id())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for {{ v.names.category_type }} {
    /// Reads an id; one this build does not know is an error.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let id = <String as serde::Deserialize>::deserialize(deserializer)?;
        Self::ALL
            .iter()
            .copied()
            .find(|category| category.id() == id)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown category {id:?}")))
    }
}
{% endif %}
