"""An SDK's use of the generated Python package.

Every lookup and body parse, then every code's values printed back for the test to compare
with the registry. The first argument is a code the registry does not have.
"""

import sys

from PYTHON_MODULE import BODY_TYPE, CATEGORY_TYPE, CODE_TYPE, INFO_CONST

unknown = int(sys.argv[1])
assert CODE_TYPE.from_code(unknown) is None
body = BODY_TYPE.from_dict({"code": unknown, "message": "m", "data": {"k": 1}, "trace_id": "t-1"})
assert (body.code, body.known, body.data, body.trace_id) == (unknown, None, {"k": 1}, "t-1")
assert BODY_TYPE.from_dict({"code": 7, "message": "m"}).trace_id is None
cases: list[tuple[dict[str, object], type[Exception]]] = [
    ({"code": "7", "message": "m"}, TypeError),
    ({"code": True, "message": "m"}, TypeError),
    ({"code": 70000, "message": "m"}, ValueError),
    ({"code": 7}, TypeError),
    ({"code": 7, "message": "m", "trace_id": 1}, TypeError),
]
for bad, error in cases:
    try:
        BODY_TYPE.from_dict(bad)
    except error:
        pass
    else:
        raise AssertionError(bad)
for not_a_mapping in ([1, 2], "body", None):
    try:
        BODY_TYPE.from_dict(not_a_mapping)  # type: ignore[arg-type]
    except TypeError:
        pass
    else:
        raise AssertionError(not_a_mapping)
first = next(iter(CODE_TYPE))
try:
    INFO_CONST[first] = INFO_CONST[first]  # type: ignore[index]
except TypeError:
    pass
else:
    raise AssertionError("the info table is read-only")

out = []
previous = -1
for code in CODE_TYPE:
    assert CODE_TYPE.from_code(int(code)) is code
    assert CODE_TYPE[code.name] is code
    assert INFO_CONST[code].message == code.message
    assert BODY_TYPE.from_dict({"code": int(code), "message": "m"}).known is code
    assert int(code) > previous
    previous = int(code)
    category: CATEGORY_TYPE = code.category
    assert isinstance(category, str)
    assert category == category.value
    fields = [
        str(int(code)),
        code.name,
        code.message,
        str(code.http_status),
        category.value,
        category.label,
        "true" if code.retryable else "false",
        code.docs_path,
        code.deprecated or "",
    ]
    out.append("\x1f".join(fields) + "\x1e")
sys.stdout.buffer.write("".join(out).encode("utf-8"))
