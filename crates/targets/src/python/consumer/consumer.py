"""An SDK's use of the generated Python package, installed from its built wheel.

Every lookup, body parse and error type, thousands of malformed bodies (only ``TypeError``
and ``ValueError`` may come out, the one the docstrings name), then every code's values
printed back for the test to compare with the registry. The first argument is a code the
registry does not have. The test fills in the names, the code whose category's exception
is caught (``SUBCLASS_CODE``), and each category's exception name as the README states it.
"""

import dataclasses
import json
import pickle
import random
import sys
from collections.abc import Mapping
from types import MappingProxyType

import PYTHON_MODULE as package
from PYTHON_MODULE import (
    BODY_TYPE,
    CATEGORIES_CONST,
    CATEGORY_TYPE,
    CODE_TYPE,
    ERROR_BASE,
    ERROR_SUBCLASS,
    INFO_CONST,
    INFO_TYPE,
)

CLASS_NAMES: dict[str, str] = ERROR_CLASS_NAMES
WIRE_KEYS = ("code", "message", "data", "trace_id")

unknown = int(sys.argv[1])
assert CODE_TYPE.from_code(unknown) is None

# The body type, as before the error types.
body = BODY_TYPE.from_dict({"code": unknown, "message": "m", "data": {"k": 1}, "trace_id": "t-1"})
assert (body.code, body.known, body.data, body.trace_id) == (unknown, None, {"k": 1}, "t-1")
assert BODY_TYPE.from_dict({"code": 7, "message": "m", "trace_id": None}).trace_id is None

# The categories: declared order, labels, and one exception class each, exported.
assert CATEGORIES_CONST == tuple(CATEGORY_TYPE)
assert list(CLASS_NAMES) == [c.value for c in CATEGORIES_CONST]
classes: dict[CATEGORY_TYPE, type[ERROR_BASE]] = {}
for listed in CATEGORIES_CONST:
    name = CLASS_NAMES[listed.value]
    assert name in package.__all__, name
    kind = getattr(package, name)
    assert isinstance(kind, type) and issubclass(kind, ERROR_BASE) and kind is not ERROR_BASE
    assert kind.__name__ == name
    classes[listed] = kind
assert len(set(classes.values())) == len(classes)
assert ERROR_SUBCLASS is classes[CODE_TYPE(SUBCLASS_CODE).category]

# The category's exception for SUBCLASS_CODE, with `trace_id: null` and the wire body back.
example = CODE_TYPE(SUBCLASS_CODE)
wire: dict[str, object] = {
    "code": SUBCLASS_CODE,
    "message": example.message,
    "data": {"retry_after": [1, 2.5, None, "s"]},
    "trace_id": None,
}
caught = False
try:
    raise ERROR_BASE.from_body(json.loads(json.dumps(wire)), example.http_status)
except ERROR_SUBCLASS as sub:
    caught = True
    assert type(sub) is ERROR_SUBCLASS
    assert (sub.code, sub.message, sub.data, sub.trace_id) == (SUBCLASS_CODE, example.message, wire["data"], None)
    assert sub.http_status == example.http_status
    assert sub.info is example.info and sub.info is INFO_CONST[example]
    assert sub.retryable is example.retryable
    assert sub.docs_url == example.docs_url
    assert sub.to_dict() == wire
    assert json.loads(json.dumps(sub.to_dict())) == wire
    assert str(SUBCLASS_CODE) in str(sub) and example.name in str(sub)
    copy = pickle.loads(pickle.dumps(sub))
    assert type(copy) is ERROR_SUBCLASS
    assert (copy.to_dict(), copy.http_status, str(copy)) == (wire, sub.http_status, str(sub))
assert caught

# An unknown code is the base class, retryable by the HTTP status alone.
for given, retryable in ((503, True), (400, False), (408, True), (429, True), (None, False)):
    try:
        raise ERROR_BASE.from_body({"code": unknown, "message": "m"}, given)
    except ERROR_BASE as base:
        assert type(base) is ERROR_BASE, type(base)
        assert not isinstance(base, tuple(classes.values()))
        assert (base.info, base.docs_url, base.http_status) == (None, None, given)
        assert base.retryable is retryable, given
        assert base.to_dict() == {"code": unknown, "message": "m"}
        assert type(pickle.loads(pickle.dumps(base))) is ERROR_BASE

# The frozen table and the frozen info.
first = next(iter(CODE_TYPE))
assert isinstance(INFO_CONST, MappingProxyType)
try:
    INFO_CONST[first] = INFO_CONST[first]  # type: ignore[index]
except TypeError:
    pass
else:
    raise AssertionError("the info table is read-only")
try:
    first.info.message = "changed"  # type: ignore[misc]
except dataclasses.FrozenInstanceError:
    pass
else:
    raise AssertionError("an info is frozen")


# Malformed input: the documented exception, never another, and an accepted body comes back.
def expected_error(body: object, status: object) -> type[Exception] | None:
    """What the docstrings say `from_body` raises, field by field in their order."""
    if not isinstance(body, Mapping):
        return TypeError
    if "code" not in body:
        return ValueError
    code = body["code"]
    if isinstance(code, bool):
        return ValueError
    if not isinstance(code, int):
        return TypeError
    if not 0 <= code <= 65535:
        return ValueError
    if "message" not in body:
        return ValueError
    if not isinstance(body["message"], str):
        return TypeError
    trace_id = body.get("trace_id")
    if trace_id is not None and not isinstance(trace_id, str):
        return TypeError
    if status is None:
        return None
    if isinstance(status, bool):
        return ValueError
    if not isinstance(status, int):
        return TypeError
    return None if 100 <= status <= 599 else ValueError


rng = random.Random(14)
SCALARS: list[object] = [
    None, True, False, 0, -1, 7, unknown, SUBCLASS_CODE, 65535, 65536, 10**40, -(10**40),
    7.0, float("nan"), float("inf"), "", "7", "m", b"7", 3j,
]
CODES = [int(c) for c in CODE_TYPE] + [unknown]


def junk(depth: int) -> object:
    """A JSON-like value, or one no JSON decoder makes (bytes, tuples, non-str keys)."""
    kind = rng.randrange(5) if depth > 0 else 0
    if kind == 0:
        return rng.choice(SCALARS)
    size = rng.randrange(4)
    if kind == 1:
        return [junk(depth - 1) for _ in range(size)]
    if kind == 2:
        return tuple(junk(depth - 1) for _ in range(size))
    if kind == 3:
        return {rng.choice(WIRE_KEYS): junk(depth - 1) for _ in range(size)}
    return {rng.choice(SCALARS): junk(depth - 1) for _ in range(size)}


def malformed() -> object:
    """A body: junk, or a valid one with fields removed, replaced or added."""
    if rng.random() < 0.2:
        return junk(3)
    body: dict[object, object] = {"code": rng.choice(CODES), "message": "m"}
    if rng.random() < 0.5:
        body["data"] = junk(3)
    if rng.random() < 0.5:
        body["trace_id"] = rng.choice([None, "t-1"])
    for _ in range(rng.randrange(3)):
        action = rng.randrange(3)
        if action == 0:
            body.pop(rng.choice(WIRE_KEYS), None)
        elif action == 1:
            body[rng.choice(WIRE_KEYS)] = junk(2)
        else:
            body[rng.choice(SCALARS)] = junk(1)
    return MappingProxyType(body) if rng.random() < 0.2 else body


STATUSES: list[object] = [None, None, 400, 408, 429, 503, 99, 600, True, "503", 503.0, 10**30, -1]
outcomes = {"accepted": 0, "TypeError": 0, "ValueError": 0}
for _ in range(5000):
    bad = malformed()
    status = rng.choice(STATUSES)
    expected = expected_error(bad, status)
    body_expected = expected_error(bad, None)
    try:
        BODY_TYPE.from_dict(bad)  # type: ignore[arg-type]
    except (TypeError, ValueError) as refused:
        assert type(refused) is body_expected, (bad, refused)
    else:
        assert body_expected is None, bad
    try:
        error = ERROR_BASE.from_body(bad, status)  # type: ignore[arg-type]
    except (TypeError, ValueError) as refused:
        assert type(refused) is expected, (bad, status, refused)
        outcomes[type(refused).__name__] += 1
        continue
    assert expected is None, (bad, status)
    assert isinstance(bad, Mapping)
    outcomes["accepted"] += 1
    known = CODE_TYPE.from_code(error.code)
    assert type(error) is (ERROR_BASE if known is None else classes[known.category])
    assert error.to_dict() == {k: bad[k] for k in WIRE_KEYS if k in bad}
    assert repr(pickle.loads(pickle.dumps(error)).to_dict()) == repr(error.to_dict())
    assert str(error) and repr(error)
assert min(outcomes.values()) > 100, outcomes

# Every code: its exception, its info (the one shape), printed back.
out = []
previous = -1
for code in CODE_TYPE:
    assert CODE_TYPE.from_code(int(code)) is code
    assert CODE_TYPE[code.name] is code
    assert BODY_TYPE.from_dict({"code": int(code), "message": "m"}).known is code
    assert int(code) > previous
    previous = int(code)
    info: INFO_TYPE = INFO_CONST[code]
    assert info is code.info and info.code is code and info.name == code.name
    assert (info.message, info.description, info.http_status) == (code.message, code.description, code.http_status)
    assert (info.category, info.retryable, info.deprecated) == (code.category, code.retryable, code.deprecated)
    assert (info.docs_path, info.docs_url) == (code.docs_path, code.docs_url)
    for given in (None, 400, 503):
        error = ERROR_BASE.from_body({"code": int(code), "message": "m"}, given)
        assert type(error).__name__ == CLASS_NAMES[info.category.value]
        assert error.info is info and error.retryable is info.retryable
    category: CATEGORY_TYPE = info.category
    assert isinstance(category, str)
    assert category == category.value
    fields = [
        str(int(info.code)),
        info.name,
        info.message,
        str(info.http_status),
        category.value,
        category.label,
        "true" if info.retryable else "false",
        info.docs_path,
        info.deprecated or "",
        info.description or "",
        info.docs_url or "",
    ]
    out.append("\x1f".join(fields) + "\x1e")
sys.stdout.buffer.write("".join(out).encode("utf-8"))
