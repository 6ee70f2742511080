"""Print every code's values as the generated Python source file gives them."""

import sys

from PYTHON_MODULE import CODE_TYPE

out = []
for code in CODE_TYPE:
    fields = [
        str(int(code)),
        code.name,
        code.message,
        str(code.http_status),
        code.category.value,
        code.category.label,
        "true" if code.retryable else "false",
        code.docs_path,
        code.deprecated or "",
    ]
    out.append("\x1f".join(fields) + "\x1e")
sys.stdout.buffer.write("".join(out).encode("utf-8"))
