"""Cells of a table column named by its header: CSV/TSV/semicolon/pipe tables and PostgreSQL
``COPY ... (columns) FROM stdin`` dumps.

`column_cells` takes the position of a header word (a birth word for `dates`, a phone word for
`phones`) and, when that word stands in a header line, yields the cells of its column in the rows
below: ``meno;dátum narodenia;adresa`` then ``Matej Horváth;03.11.1987;Hlavná 41``, or
``COPY public.patients (id, full_name, date_of_birth, phone) FROM stdin;`` then tab-separated rows
up to ``\\.``; a header may open a JSON string value (a file read in a tool result). The caller
validates each cell (a whole calendar date, a plausible phone number).

A header line holds no digit and at least three columns (two delimiters); a row has the header's
number of columns; reading stops at the first line that is not such a row (a blank line, prose,
``\\.``). Cells are not unquoted across delimiters: a row whose quoted cell holds the delimiter
has another column count and ends the table, which loses rows but never shifts a column.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["column_cells"]

_COPY = re.compile(r"(?i)\bCOPY\s+[\w.\"]+\s*\(([^()\n]{1,2000})\)\s+FROM\s+stdin\b")
_DELIMITERS = ("\t", ";", ",", "|")
_MARKDOWN_RULE = re.compile(r"^[\s|:+-]*-{3,}[\s|:+-]*$")
_MAX_ROWS = 2000
_MAX_HEADER_CELL = 48
_QUOTES = " \t\"'`"


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def column_cells(text: str, word_start: int, word_end: int) -> tuple[tuple[int, int], ...]:
    """The ``(start, end)`` of every cell, quotes and white space stripped, of the column whose
    header holds ``text[word_start:word_end]``; empty when that word is not in a table header."""
    ls, le = _line_bounds(text, word_start)
    line = text[ls:le]
    copy = _COPY.search(line)
    if copy is not None and copy.start(1) <= word_start - ls < copy.end(1):
        index = line.count(",", copy.start(1), word_start - ls)
        width = line.count(",", copy.start(1), copy.end(1)) + 1
        return tuple(_rows(text, le, "\t", index, width, copy_dump=True))
    json_value = line.rfind('": "', 0, word_start - ls)
    if json_value >= 0:  # {"content": "name;dob;city\nAnn;...: the table starts inside a JSON string
        ls += json_value + 4
        line = text[ls:le]
    if any(c.isdigit() for c in line):
        return ()
    delim = max(_DELIMITERS, key=line.count)
    if line.count(delim) < 2:
        return ()
    index = line.count(delim, 0, word_start - ls)
    cells = line.split(delim)
    if len(cells[index].strip(_QUOTES)) > _MAX_HEADER_CELL:
        return ()
    return tuple(_rows(text, le, delim, index, len(cells), copy_dump=False))


def _rows(text: str, pos: int, delim: str, index: int, width: int, *, copy_dump: bool) -> Iterator[tuple[int, int]]:
    """Cells at `index` of the rows of `width` columns after the header line ending at `pos`."""
    for _ in range(_MAX_ROWS):
        if pos >= len(text):
            return
        start = pos + 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        row = text[start:end]
        pos = end
        if copy_dump and row == "\\.":
            return
        if delim == "|" and _MARKDOWN_RULE.match(row):
            continue
        if row.count(delim) != width - 1:
            return
        a = start
        for _ in range(index):
            a = text.index(delim, a, end) + 1
        b = text.find(delim, a, end)
        b = end if b < 0 else b
        while a < b and text[a] in _QUOTES:
            a += 1
        while b > a and text[b - 1] in _QUOTES:
            b -= 1
        if b > a:
            yield a, b
