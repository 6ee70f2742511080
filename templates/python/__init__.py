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
from typing import Final

__all__ = [
{%- for name in n.exports %}
    "{{ name }}",
{%- endfor %}
]


class {{ v.names.category_type }}(str, enum.Enum):
    """A category of error codes, as the docs page groups them: ``value`` is its id."""
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
{%- if let Some(d) = c.description %}

    {{ d|python_doc("    ") }}
{%- endif %}
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
    def info(self) -> {{ v.names.info_type }}:
        """Everything the registry says of the code."""
        return {{ v.names.info_const }}[self]

    @property
    def message(self) -> str:
        """The English message sent with the code."""
        return self.info.message

    @property
    def description(self) -> str | None:
        """Longer Markdown on the code, if the registry has some."""
        return self.info.description

    @property
    def http_status(self) -> int:
        """The HTTP status the platform answers with."""
        return self.info.http_status

    @property
    def category(self) -> {{ v.names.category_type }}:
        """The category the docs page lists the code under."""
        return self.info.category

    @property
    def retryable(self) -> bool:
        """Whether retrying the same request can succeed."""
        return self.info.retryable

    @property
    def deprecated(self) -> str | None:
        """Why the code is deprecated and what to use instead, if it is."""
        return self.info.deprecated

    @property
    def docs_path(self) -> str:
        """The path of the code's entry on the docs page."""
        return self.info.docs_path

    @property
    def docs_url(self) -> str | None:
        """The absolute URL of the code's entry on the docs page, if the registry has a site."""
        return self.info.docs_url


@dataclasses.dataclass(frozen=True, slots=True)
class {{ v.names.info_type }}:
    """What the registry says of one error code; ``category`` carries its id and label."""

    code: {{ v.names.code_type }}
    name: str
    message: str
    description: str | None
    http_status: int
    category: {{ v.names.category_type }}
    retryable: bool
    deprecated: str | None
    docs_path: str
    docs_url: str | None


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

        Raises ``TypeError`` when the body is not a mapping or a field has the wrong type
        (``code`` not an integer, ``message`` not a string, ``trace_id`` neither a string nor
        ``None``), and ``ValueError`` when ``code`` or ``message`` is missing or ``code`` is a
        bool or outside 0..=65535; fields are checked in that order.
        """
        code, message, trace_id = _read_body(body)
        return cls(code=code, message=message, data=body.get("data"), trace_id=trace_id)


class {{ n.base_error }}(Exception):
    """A failed response of the platform, raised by an SDK with :meth:`from_body`.

    ``from_body`` returns the subclass of the code's category (one per category, named
    after its id), so that ``except`` can pick a category; a code this build does not know
    is a plain ``{{ n.base_error }}``.
    """

    code: int
    """The ``code`` of the body, kept as sent."""
    message: str
    """The ``message`` of the body."""
    data: object
    """The ``data`` of the body, ``None`` when it had none."""
    trace_id: str | None
    """The ``trace_id`` of the body, ``None`` when it had none."""
    http_status: int | None
    """The response's HTTP status, when the SDK gave it."""

    def __init__(
        self,
        code: int,
        message: str,
        *,
        data: object = None,
        trace_id: str | None = None,
        http_status: int | None = None,
    ) -> None:
        """Make the error of a body; :meth:`from_body` checks one and picks the subclass.

        A ``data`` or ``trace_id`` of ``None`` is left out of :meth:`to_dict`.
        """
        super().__init__(code, message)
        self.code = code
        self.message = message
        self.data = data
        self.trace_id = trace_id
        self.http_status = http_status
        self._keys = _wire_keys(data=data is not None, trace_id=trace_id is not None)

    @staticmethod
    def from_body(
        body: Mapping[str, object],
        http_status: int | None = None,
    ) -> {{ n.base_error }}:
        """Make the error of a decoded JSON body and the response's HTTP status.

        Returns the subclass of the code's category for a code this build knows, else a
        plain ``{{ n.base_error }}``. Raises ``TypeError`` and ``ValueError`` as
        :meth:`{{ v.names.body_type }}.from_dict` does, and for ``http_status`` (checked last):
        ``TypeError`` when it is neither an integer nor ``None``, ``ValueError`` when it is a
        bool or outside 100..=599.
        """
        code, message, trace_id = _read_body(body)
        _check_http_status(http_status)
        error = _error_class(code)(
            code,
            message,
            data=body.get("data"),
            trace_id=trace_id,
            http_status=http_status,
        )
        error._keys = _wire_keys(data="data" in body, trace_id="trace_id" in body)  # noqa: SLF001
        return error

    @property
    def info(self) -> {{ v.names.info_type }} | None:
        """What the registry says of the code, or ``None`` for a code this build does not know."""
        known = {{ v.names.code_type }}.from_code(self.code)
        return None if known is None else known.info

    @property
    def retryable(self) -> bool:
        """Whether retrying can succeed: the code's, else whether the HTTP status is 408, 429 or 503."""
        info = self.info
        if info is not None:
            return info.retryable
        return self.http_status in _RETRYABLE_STATUSES

    @property
    def docs_url(self) -> str | None:
        """The absolute URL of the code's entry on the docs page, if known."""
        info = self.info
        return None if info is None else info.docs_url

    def to_dict(self) -> dict[str, object]:
        """Return the wire body: ``code``, ``message``, and ``data`` and ``trace_id`` if it had them."""
        body: dict[str, object] = {"code": int(self.code), "message": self.message}
        if "data" in self._keys:
            body["data"] = self.data
        if "trace_id" in self._keys:
            body["trace_id"] = self.trace_id
        return body

    def __str__(self) -> str:
        """``code NAME: message``, with the HTTP status and trace id when known."""
        info = self.info
        name = "" if info is None else f" {info.name}"
        text = f"{self.code}{name}: {self.message}"
        if self.http_status is not None:
            text += f" (HTTP {self.http_status})"
        if self.trace_id is not None:
            text += f" [trace_id {self.trace_id}]"
        return text

    def __repr__(self) -> str:
        """Show the class and the fields."""
        return (
            f"{type(self).__name__}(code={self.code!r}, message={self.message!r}, "
            f"data={self.data!r}, trace_id={self.trace_id!r}, http_status={self.http_status!r})"
        )
{%- for c in v.categories %}


class {{ n.error_class(c) }}({{ n.base_error }}):
    """A code of the ``{{ c.id }}`` category."""
{%- endfor %}


def _error_class(code: int) -> type[{{ n.base_error }}]:
    """Return the class of the error of ``code``: its category's, or the base class."""
    known = {{ v.names.code_type }}.from_code(code)
    if known is None:
        return {{ n.base_error }}
    return _ERROR_CLASSES[known.category]


def _read_body(body: Mapping[str, object]) -> tuple[int, str, str | None]:
    """Read ``code``, ``message`` and ``trace_id`` of a body, checked as ``from_dict`` says."""
    if not isinstance(body, Mapping):
        msg = f"the body must be a mapping, not {type(body).__name__}"
        raise TypeError(msg)
    code = _read_code(body)
    if "message" not in body:
        msg = "the body has no message"
        raise ValueError(msg)
    message = body["message"]
    if not isinstance(message, str):
        msg = f"message must be a string, not {type(message).__name__}"
        raise TypeError(msg)
    trace_id = body.get("trace_id")
    if trace_id is not None and not isinstance(trace_id, str):
        msg = f"trace_id must be a string or None, not {type(trace_id).__name__}"
        raise TypeError(msg)
    return code, message, trace_id


def _read_code(body: Mapping[str, object]) -> int:
    """Read the ``code`` of a body: present, an integer but not a bool, in 0..=65535."""
    if "code" not in body:
        msg = "the body has no code"
        raise ValueError(msg)
    code = body["code"]
    if type(code) is bool:
        msg = f"code must be an integer, not the bool {code}"
        raise ValueError(msg)
    if not isinstance(code, int):
        msg = f"code must be an integer, not {type(code).__name__}"
        raise TypeError(msg)
    if not 0 <= code <= _MAX_CODE:
        msg = f"code must be in 0..=65535, not {code}"
        raise ValueError(msg)
    return code


def _check_http_status(status: object) -> None:
    """Refuse an HTTP status that is neither ``None`` nor an integer in 100..=599."""
    if status is None:
        return
    if type(status) is bool:
        msg = f"http_status must be an integer, not the bool {status}"
        raise ValueError(msg)
    if not isinstance(status, int):
        msg = f"http_status must be an integer, not {type(status).__name__}"
        raise TypeError(msg)
    if not _MIN_STATUS <= status <= _MAX_STATUS:
        msg = f"http_status must be in 100..=599, not {status}"
        raise ValueError(msg)


def _wire_keys(*, data: bool, trace_id: bool) -> frozenset[str]:
    """Return the keys ``to_dict`` writes beside ``code`` and ``message``."""
    pairs = (("data", data), ("trace_id", trace_id))
    return frozenset(key for key, present in pairs if present)


_MAX_CODE: Final = 65535
_MIN_STATUS: Final = 100
_MAX_STATUS: Final = 599
_RETRYABLE_STATUSES: Final = frozenset({408, 429, 503})

_CATEGORY_LABELS: Final[dict[{{ v.names.category_type }}, str]] = {
{%- for c in v.categories %}
    {{ v.names.category_type }}.{{ n.category(c) }}: {{ c.label|python_str }},
{%- endfor %}
}

{{ n.categories_const }}: Final = tuple({{ v.names.category_type }})
"""Every category, in the docs page's order; each has its id as ``value`` and a ``label``."""

_ERROR_CLASSES: Final[dict[{{ v.names.category_type }}, type[{{ n.base_error }}]]] = {
{%- for c in v.categories %}
    {{ v.names.category_type }}.{{ n.category(c) }}: {{ n.error_class(c) }},
{%- endfor %}
}

_{{ v.names.info_const }}: Final[dict[{{ v.names.code_type }}, {{ v.names.info_type }}]] = {
{%- for c in v.codes %}
    {{ v.names.code_type }}.{{ c.name }}: {{ v.names.info_type }}(
        code={{ v.names.code_type }}.{{ c.name }},
        name="{{ c.name }}",
        message={{ c.message|python_str }},
        description={% if let Some(d) = c.description %}{{ d|python_str }}{% else %}None{% endif %},
        http_status={{ c.http }},
        category={{ v.names.category_type }}.{{ n.category(v.category_of(c)) }},
        retryable={% if c.retryable %}True{% else %}False{% endif %},
        deprecated={% if let Some(d) = c.deprecated %}{{ d|python_str }}{% else %}None{% endif %},
        docs_path={{ c.docs_path|python_str }},
        docs_url={% if let Some(u) = c.docs_url %}{{ u|python_str }}{% else %}None{% endif %},
    ),
{%- endfor %}
}

# Read-only: one assignment must not change a code's facts for the whole process.
{{ v.names.info_const }}: Final = MappingProxyType(_{{ v.names.info_const }})

