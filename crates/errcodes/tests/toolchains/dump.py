"""Print every code's values as the generated Python module gives them.

Also prove that an unknown code (the first argument) is refused.
"""

import sys

from SNAKE_MODULE import INFO_CONST, CODE_TYPE

unknown = int(sys.argv[1])
try:
    CODE_TYPE(unknown)
except ValueError:
    pass
else:
    raise AssertionError(f"unknown code {unknown} was accepted")

out = []
for code in CODE_TYPE:
    assert INFO_CONST[code].message == code.message
    fields = [
        str(int(code)),
        code.name,
        code.message,
        str(code.http_status),
        code.category.value,
        code.category.label,
        "true" if code.retryable else "false",
        code.docs_path,
    ]
    out.append("\x1f".join(fields) + "\x1e")
sys.stdout.buffer.write("".join(out).encode("utf-8"))
