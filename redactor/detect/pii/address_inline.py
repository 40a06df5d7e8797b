"""Addresses quoted as inline code in prose (session 16, late).

Agents' answers put the values they talk about between backticks (markdown inline code): ``the
rows for `Ann Lee` at `9 Baker Street, London` are duplicates``. `segment` types every such span
``code`` (identifiers, commands, paths), and `pii.address` reads no code, so an address an
assistant quotes back was never found however plain it was.

`inline_values` gives the insides of the backtick spans that sit in a prose line and read as
words, not code: at least two spaces (three words), a comma (a street and a place), a letter
and a digit, and none of the characters code is written with (``()[]{}=<>;/\\|$@#*_`` and
``:``/``.`` inside a word). `pii.address` reads those as text; its cores still decide whether
an address is there (a house number and a street word), so a quoted sentence or list of names
masks nothing.
"""

from __future__ import annotations

import re

from redactor.detect.pii._base import TextInfo

_SPAN = re.compile(r"(?<!`)`([^`\n]{8,120})`(?!`)")
_CODE_CHARS = re.compile(r"[()\[\]{}=<>;/\\|$@#*_~^%+\"]|[:.](?=\w)")


def _wordlike(inner: str) -> bool:
    return (
        inner.count(" ") >= 2
        and "," in inner
        and any(c.isdigit() for c in inner)
        and any(c.isalpha() for c in inner)
        and _CODE_CHARS.search(inner) is None
        and not inner.startswith(" ")
    )


def inline_values(info: TextInfo) -> list[tuple[int, int]]:
    """View ranges of word-like inline code spans of prose lines (see the module docstring)."""
    text = info.text
    if "`" not in text:
        return []
    out: list[tuple[int, int]] = []
    for m in _SPAN.finditer(text):
        a = m.start()
        if a > 0 and info.kind_at(a - 1) != "prose":
            continue
        if _wordlike(m.group(1)):
            out.append((m.start(1), m.end(1)))
    return out
