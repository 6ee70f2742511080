"""Print every code's values as the generated Python source file gives them."""

import sys

from PYTHON_MODULE import CODE_TYPE

out = []
for code in CODE_TYPE:
    info = code.info
    fields = [
        str(int(info.code)),
        info.name,
        info.message,
        str(info.http_status),
        info.category.value,
        info.category.label,
        "true" if info.retryable else "false",
        info.docs_path,
        info.deprecated or "",
        info.description or "",
        info.docs_url or "",
    ]
    out.append("\x1f".join(fields) + "\x1e")
sys.stdout.buffer.write("".join(out).encode("utf-8"))
