"""Credentials in the rows of delimited tables whose header row names a credential column.

Part of ``secret.generic.context`` (context.py runs it). Query results, exports and pasted
spreadsheets give each credential a column once, in the header, and the value on every row below
at that position, with no key next to it::

    | vendor   | client_key       | client_secret                            |
    +----------+------------------+------------------------------------------+
    | denticon | pdds-ortho-4410  | vEN4DPYmp1J567n63M6PLNnTIJONnT86CBf572aS |

    vendor;login;secret;rotated
    INTTRA;exfwd_edi;9046granite!;2026-07-15

Carriers: psql/mysql and Markdown tables (``|``), box-drawn CLI tables (``│``, ``┃``), and
CSV/TSV/semicolon exports (``,``, ``\\t``, ``;``; at least three columns, since two words with a
comma are prose). A header is a line whose every cell is a column name (up to three words of
letters, digits and ``_.-``, 40 characters) and one of whose names classifies as a credential key
(`keys.classify`, except bare ``key``). The rows follow it directly (border lines such as
``+---+`` or ``|---|`` are skipped) and end at a blank line or a line without the delimiter; a row
whose cell count differs from the header's is skipped. A cell is taken when it passes the value
rules of its column's strength (`values.accept`) and, besides, is generated (`values.generated`),
or, under a password or ``secret`` column, is a plausible chosen password with a letter and a
non-letter (`credargs.plausible_password`: not a word, a dummy ``password1`` or an identifier).
"""

from __future__ import annotations

import re

from redactor.detect.secrets.credargs import plausible_password
from redactor.detect.secrets.keys import Strength, classify
from redactor.detect.secrets.values import accept, generated

HEADER_CUE = re.compile(r"pass|pwd|secret|token|key|cred")
"""The literals of which a header line must hold one (lower-cased text): the gate of `header_tables`."""
_DELIMITERS = ("|", "│", "┃", "\t", ";", ",")
"""Cell delimiters, by priority: the first one a header line holds is its delimiter."""
_BARS = frozenset("|│┃")
_NAME = re.compile(r"(?=.{1,40}$)[A-Za-z][A-Za-z0-9_.-]*(?: [A-Za-z0-9_.-]+){0,2}")
"""A column name: up to three words, 40 characters (a clause of prose is no name)."""
_BORDER = re.compile(r"[\s|+\-=:│┃─━┼╪╋┿├┤┬┴┌┐└┘╭╮╰╯]*")
"""A table's border or header-separator line (``+----+``, ``|---|:--|``, ``├──┼──┤``)."""
_STRIP = " \t`\"'*"
_MAX_ROWS = 200
_MAX_LINE = 2000


def _cells(line: str, delim: str) -> list[tuple[int, str]]:
    """(offset in the line, stripped text) of each cell; outer bars of a bar table are borders."""
    start, end = 0, len(line)
    if delim in _BARS:
        inner = line.strip()
        lead = line.index(inner[0]) if inner else 0
        start, end = lead, lead + len(inner)
        if line[start:end].startswith(delim):
            start += 1
        if end > start and line[end - 1] == delim:
            end -= 1
    cells: list[tuple[int, str]] = []
    pos = start
    while True:
        nxt = line.find(delim, pos, end)
        stop = end if nxt < 0 else nxt
        raw = line[pos:stop]
        value = raw.strip(_STRIP)
        cells.append((pos + raw.index(value) if value else pos, value))
        if nxt < 0:
            return cells
        pos = nxt + 1


def _header(line: str) -> tuple[str, list[tuple[int, Strength, bool]]] | None:
    """The delimiter and the credential columns (index, strength, chosen passwords allowed) of a
    header line, or None when the line is not a header naming one."""
    delim = next((d for d in _DELIMITERS if d in line), None)
    if delim is None:
        return None
    cells = _cells(line, delim)
    if len(cells) < (2 if delim in _BARS else 3) or not all(_NAME.fullmatch(c) for _, c in cells):
        return None
    wanted: list[tuple[int, Strength, bool]] = []
    for i, (_, name) in enumerate(cells):
        strength = classify(name.strip().replace(" ", "_").replace("-", "_"))
        if strength is None or strength is Strength.KEY:
            continue
        chosen = strength is Strength.PASSWORD or "secret" in name.lower()
        wanted.append((i, strength, chosen))
    return (delim, wanted) if wanted else None


def _taken(value: str, strength: Strength, chosen: bool) -> bool:
    """A cell value under a credential column that is one."""
    if not value or any(c.isspace() for c in value) or not accept(value, strength, quoted=True):
        return False
    if generated(value):
        return True
    return chosen and any(c.isalpha() for c in value) and not value.isalpha() and plausible_password(value)


def header_tables(text: str, low: str, out: list[tuple[int, int, float]]) -> None:
    """Each credential cell of a delimited table below a header that names its column (see module)."""
    seen: set[int] = set()
    for cue in HEADER_CUE.finditer(low):
        start = text.rfind("\n", 0, cue.start()) + 1
        quote = text.rfind('": "', start, cue.start())
        start = start if quote < 0 else quote + 4  # a JSON string that is the table (a tool result)
        if start in seen:
            continue
        seen.add(start)
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if end - start > _MAX_LINE:
            continue
        header = _header(text[start:end])
        if header is None:
            continue
        delim, wanted = header
        width = len(_cells(text[start:end], delim))
        pos = end + 1
        for _ in range(_MAX_ROWS):
            if pos >= len(text):
                break
            stop = text.find("\n", pos)
            stop = len(text) if stop < 0 else stop
            line = text[pos:stop]
            if not line.strip() or (delim not in line and not _BORDER.fullmatch(line)):
                break
            if not _BORDER.fullmatch(line):
                cells = _cells(line, delim)
                if len(cells) == width:
                    for i, strength, chosen in wanted:
                        offset, value = cells[i]
                        if _taken(value, strength, chosen):
                            out.append((pos + offset, pos + offset + len(value), 0.75))
            pos = stop + 1
