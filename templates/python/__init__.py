{% for line in header -%}
# {{ line }}
{% endfor -%}
#
# Text beyond ASCII is written as \u escapes, so that no linter mistakes it for confusable
# characters.
"""The error codes of the {{ v.names.code_type }} registry. No dependencies."""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Mapping
from types import MappingProxyType
from typing import Final, NamedTuple

__all__ = [
{%- for name in n.exports %}
    "{{ name }}",
{%- endfor %}
]


class {{ v.names.category_type }}(str, enum.Enum):
    """A category of error codes, as the docs page groups them."""
{% for c in v.categories %}
    {{ n.category(c) }} = {{ c.id|python_str }}
    """{{ c.label|python_doc("    ") }}"""
{%- endfor %}

    @property
    def label(self) -> str:
        """The label the docs page shows."""
        return _CATEGORY_LABELS[self]


class {{ v.names.code_type }}(enum.IntEnum):
    """An error code of the platform: the ``code`` of a failed response's body."""
{% for c in v.codes %}
    {{ c.name }} = {{ c.code }}
    """{{ c.message|python_doc("    ") }}
{%- if let Some(d) = c.deprecated %}

    Deprecated: {{ d|python_doc("    ") }}
{%- endif %}"""
{%- endfor %}

    @classmethod
    def from_code(cls, code: int) -> {{ v.names.code_type }} | None:
        """Return the member for ``code``, or ``None`` for a code this build does not know."""
        try:
            return cls(code)
        except ValueError:
            return None

    @property
    def message(self) -> str:
        """The English message sent with the code."""
        return {{ v.names.info_const }}[self].message

    @property
    def http_status(self) -> int:
        """The HTTP status the platform answers with."""
        return {{ v.names.info_const }}[self].http_status

    @property
    def category(self) -> {{ v.names.category_type }}:
        """The category the docs page lists the code under."""
        return {{ v.names.info_const }}[self].category

    @property
    def retryable(self) -> bool:
        """Whether retrying the same request can succeed."""
        return {{ v.names.info_const }}[self].retryable

    @property
    def docs_path(self) -> str:
        """The path of the code's entry on the docs page."""
        return {{ v.names.info_const }}[self].docs_path

    @property
    def deprecated(self) -> str | None:
        """Why the code is deprecated and what to use instead, if it is."""
        return {{ v.names.info_const }}[self].deprecated


class {{ v.names.info_type }}(NamedTuple):
    """What the registry says of one error code."""

    message: str
    http_status: int
    category: {{ v.names.category_type }}
    retryable: bool
    docs_path: str
    deprecated: str | None


@dataclasses.dataclass(frozen=True)
class {{ v.names.body_type }}:
    """The body of a failed response, ``{code, message, data, trace_id}``.

    ``code`` is kept as sent, so a code newer than this build is not lost; ``known`` says what
    this build knows of it.
    """

    code: int
    message: str
    data: object = None
    trace_id: str | None = None

    @property
    def known(self) -> {{ v.names.code_type }} | None:
        """The code, or ``None`` for a code this build does not know."""
        return {{ v.names.code_type }}.from_code(self.code)

    @classmethod
    def from_dict(cls, body: Mapping[str, object]) -> {{ v.names.body_type }}:
        """Read a decoded JSON body; an unknown code is kept, never refused.

        Raises ``TypeError`` when the body is not a mapping or a field has the wrong type, and
        ``ValueError`` when the code is not in 0..=65535.
        """
        if not isinstance(body, Mapping):
            msg = f"the body must be a mapping, not {type(body).__name__}"
            raise TypeError(msg)
        code = body.get("code")
        message = body.get("message")
        trace_id = body.get("trace_id")
        if not isinstance(code, int) or isinstance(code, bool):
            msg = f"code must be an integer, not {code!r}"
            raise TypeError(msg)
        if not 0 <= code <= _MAX_CODE:
            msg = f"code must be in 0..=65535, not {code}"
            raise ValueError(msg)
        if not isinstance(message, str):
            msg = f"message must be a string, not {message!r}"
            raise TypeError(msg)
        if trace_id is not None and not isinstance(trace_id, str):
            msg = f"trace_id must be a string, not {trace_id!r}"
            raise TypeError(msg)
        return cls(code=code, message=message, data=body.get("data"), trace_id=trace_id)


_MAX_CODE: Final = 65535

_CATEGORY_LABELS: Final[dict[{{ v.names.category_type }}, str]] = {
{%- for c in v.categories %}
    {{ v.names.category_type }}.{{ n.category(c) }}: {{ c.label|python_str }},
{%- endfor %}
}

_{{ v.names.info_const }}: Final[dict[{{ v.names.code_type }}, {{ v.names.info_type }}]] = {
{%- for c in v.codes %}
    {{ v.names.code_type }}.{{ c.name }}: {{ v.names.info_type }}(
        message={{ c.message|python_str }},
        http_status={{ c.http }},
        category={{ v.names.category_type }}.{{ n.category(v.category_of(c)) }},
        retryable={% if c.retryable %}True{% else %}False{% endif %},
        docs_path={{ c.docs_path|python_str }},
        deprecated={% if let Some(d) = c.deprecated %}{{ d|python_str }}{% else %}None{% endif %},
    ),
{%- endfor %}
}

# Read-only: one assignment must not change a code's facts for the whole process.
{{ v.names.info_const }}: Final = MappingProxyType(_{{ v.names.info_const }})

