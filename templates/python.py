{% for line in header -%}
# {{ line }}
{% endfor -%}
#
# Text beyond ASCII is written as \u escapes, so that no linter mistakes it for confusable
# characters.
"""Error codes of the {{ v.names.code_type }} registry. No dependencies."""

from __future__ import annotations

import enum
from typing import Final, NamedTuple


class {{ v.names.category_type }}(enum.Enum):
    """A category of error codes, as the docs page groups them."""
{% for c in v.categories %}
    {{ c.python_member }} = {{ c.id|python_str }}
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
    """{{ c.message|python_doc("    ") }}"""
{%- endfor %}

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


_CATEGORY_LABELS: Final[dict[{{ v.names.category_type }}, str]] = {
{%- for c in v.categories %}
    {{ v.names.category_type }}.{{ c.python_member }}: {{ c.label|python_str }},
{%- endfor %}
}

{{ v.names.info_const }}: Final[dict[{{ v.names.code_type }}, {{ v.names.info_type }}]] = {
{%- for c in v.codes %}
    {{ v.names.code_type }}.{{ c.name }}: {{ v.names.info_type }}(
        message={{ c.message|python_str }},
        http_status={{ c.http }},
        category={{ v.names.category_type }}.{{ v.category_of(c).python_member }},
        retryable={% if c.retryable %}True{% else %}False{% endif %},
        docs_path={{ c.docs_path|python_str }},
        deprecated={% if let Some(d) = c.deprecated %}{{ d|python_str }}{% else %}None{% endif %},
    ),
{%- endfor %}
}

