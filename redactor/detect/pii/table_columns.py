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

from redactor.detect.pii.line_arrays import json_tail

__all__ = ["column_cells", "name_part_rows"]

_COPY = re.compile(r"(?i)\bCOPY\s+[\w.\"]+\s*\(([^()\n]{1,2000})\)\s+FROM\s+stdin\b")
_COPY_CSV = re.compile(r"(?i)[\s(]*(?:WITH\b)?[\s(]*(?:FORMAT\s+)?CSV\b")
"""``COPY ... FROM stdin WITH (FORMAT csv)`` / ``WITH CSV``: comma-separated rows, not tab-separated."""
_CSV_DELIMITERS = (",", ";")
_DELIMITERS = ("\t", ";", ",", "|")
_MARKDOWN_RULE = re.compile(r"^[\s|:+-]*-{3,}[\s|:+-]*$")
_MAX_ROWS = 2000
_MAX_HEADER_CELL = 48
_QUOTES = " \t\"'`"


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def column_cells(text: str, word_start: int, word_end: int, *, overflow: bool = False) -> tuple[tuple[int, int], ...]:
    """The ``(start, end)`` of every cell, quotes and white space stripped, of the column whose
    header holds ``text[word_start:word_end]``; empty when that word is not in a table header.

    `overflow`: also read rows with more cells than the header (an unquoted comma in an address
    cell: ``118204,Tyrone,Beaumont,(614) 555-0190,2211 Cleveland Ave, Columbus, OH``), and yield
    both the cell at the column's index and the one as far from the row's end as the column is
    from the header's (the comma may stand after or before the column). One of the two is from
    another column; the caller must hold every cell to a shape only its column's values have."""
    ls, le = _line_bounds(text, word_start)
    line = text[ls:le]
    copy = _COPY.search(line)
    if copy is not None and copy.start(1) <= word_start - ls < copy.end(1):
        index = line.count(",", copy.start(1), word_start - ls)
        width = line.count(",", copy.start(1), copy.end(1)) + 1
        delim = "," if _COPY_CSV.match(line, copy.end()) else "\t"
        return tuple(_rows(text, le, delim, index, width, copy_dump=True, overflow=overflow))
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
    return tuple(_rows(text, le, delim, index, len(cells), copy_dump=False, overflow=overflow))


def _rows(
    text: str, pos: int, delim: str, index: int, width: int, *, copy_dump: bool, overflow: bool = False
) -> Iterator[tuple[int, int]]:
    """Cells at `index` of the rows of `width` columns (or more, with `overflow`) after the header
    line ending at `pos`."""
    for _ in range(_MAX_ROWS):
        if pos >= len(text):
            return
        start = pos + 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        pos = end
        end = start + json_tail(text[start:end])  # the last row of a table inside a JSON string
        row = text[start:end]
        if copy_dump and row == "\\.":
            return
        if delim == "|" and _MARKDOWN_RULE.match(row):
            continue
        cells = _split(row, delim)
        if len(cells) != width and not (overflow and len(cells) > width):
            return
        for at in sorted({index, index + len(cells) - width}):  # an overflow after or before the column
            a, b = start + cells[at][0], start + cells[at][1]
            while a < b and text[a] in _QUOTES:
                a += 1
            while b > a and text[b - 1] in _QUOTES:
                b -= 1
            if b > a:
                yield a, b


def name_part_rows(text: str, pos: int, delim: str, columns: list[int], width: int) -> Iterator[list[tuple[int, int]]]:
    """Per row after the header line ending at `pos`: the ``(start, end)`` of its non-empty cells
    at `columns`, quotes and white space stripped. Unlike `column_cells`, a row may hold more than
    `width` cells (an unquoted comma in a later address cell: ``118205,Nadia,Haddadi,...,87 E
    Tulane Rd, Columbus, OH 43202,1``); reading stops at the first line with fewer."""
    for _ in range(_MAX_ROWS):
        if pos >= len(text):
            return
        start = pos + 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        pos = end
        end = start + json_tail(text[start:end])
        row = text[start:end]
        if delim == "|" and _MARKDOWN_RULE.match(row):
            continue
        cells = _split(row, delim)
        if len(cells) < width:
            return
        spans: list[tuple[int, int]] = []
        for index in columns:
            a, b = start + cells[index][0], start + cells[index][1]
            while a < b and text[a] in _QUOTES:
                a += 1
            while b > a and text[b - 1] in _QUOTES:
                b -= 1
            if b > a:
                spans.append((a, b))
        yield spans


def _split(row: str, delim: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each cell of `row`; in a comma or semicolon table a cell in double
    quotes may hold the delimiter (CSV: ``4410,"Holloway, T.",1985-07-12``)."""
    if delim not in _CSV_DELIMITERS or '"' not in row:
        cells: list[tuple[int, int]] = []
        a = 0
        while (b := row.find(delim, a)) >= 0:
            cells.append((a, b))
            a = b + 1
        cells.append((a, len(row)))
        return cells
    out: list[tuple[int, int]] = []
    a, n = 0, len(row)
    while True:
        q = a
        while q < n and row[q] in " \t":
            q += 1
        if q < n and row[q] == '"':  # a quoted cell: up to the closing quote ("" is a quote)
            q += 1
            while q < n and not (row[q] == '"' and row[q + 1 : q + 2] != '"'):
                q += 2 if row[q] == '"' else 1
            if q >= n:
                return []  # an unclosed quote: not a row of this table
        b = row.find(delim, q)
        if b < 0:
            out.append((a, n))
            return out
        out.append((a, b))
        a = b + 1
