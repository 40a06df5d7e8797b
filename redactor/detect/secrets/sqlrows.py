"""Credentials in the rows of SQL ``INSERT`` statements, found by their column.

Seeds, migrations, dumps and pasted fixes insert credentials positionally: the column list names
the credential once and each row's value stands at that position, with no key next to it::

    INSERT INTO connector_credentials (connector, username, secret) VALUES
      ('vertafore_ams360', 'acme_ams_api', 'Juniper3480*dz'),
      ('zywave', 'client:7f3a...', 'Tq9!xLm2Wz');

Each column name is classified like a key (`keys.classify`: ``password``, ``secret``,
``api_key``, ``client_secret``, ``access_token``...); a row's string literal in such a column
is reported when it passes the value rules for that strength (`values.accept`), and for password
columns when it is not one lower-case word or a password word with digits (``password1``: test
fixtures). Rows are read argument by argument (`sdkcalls.arguments`), so numbers, ``NULL``,
function calls (``NOW()``, ``crypt('x', gen_salt('bf'))``) and doubled quotes keep the positions
right; a row whose length differs from the column list is skipped. A statement without a column
list (``INSERT INTO integration_credentials VALUES ('tradify', '<token>', '2026-10-02')``) takes
the columns of the ``CREATE TABLE`` of the same table earlier in the text (its column definitions
in order; constraint clauses such as ``PRIMARY KEY (...)`` are not columns); without one it says
nothing about positions and is left alone.
"""

from __future__ import annotations

import re

from redactor.detect.first_chars import with_first_chars
from redactor.detect.secrets.credcalls import dummy_password
from redactor.detect.secrets.escapes import EscapeView
from redactor.detect.secrets.keys import Strength, classify
from redactor.detect.secrets.sdkcalls import arguments
from redactor.detect.secrets.values import accept
from redactor.detect.secrets.viewscan import Hit, ViewScanDetector

_INSERT = with_first_chars(
    re.compile(
        r"(?i)\binsert[ \t]+(?:ignore[ \t]+)?into[ \t]+[\w.`\"\[\]]{1,120}[ \t]*\((?P<cols>[^()]{1,1000})\)"
        r"\s*values\s*"
    )
)
_BARE_INSERT = with_first_chars(
    re.compile(r"(?i)\binsert[ \t]+(?:ignore[ \t]+)?into[ \t]+(?P<table>[\w.`\"\[\]]{1,120})\s+values\s*(?=\()")
)
"""An ``INSERT`` without a column list: its columns are those its table was created with."""
_CREATE = re.compile(
    r"(?i)\bcreate[ \t]+(?:(?:temporary|temp|unlogged)[ \t]+)?table[ \t]+(?:if[ \t]+not[ \t]+exists[ \t]+)?"
    r"(?P<table>[\w.`\"\[\]]{1,120})[ \t]*\("
)
_DEFINITION = re.compile(r"\s*[`\"\[]?(?P<name>[A-Za-z_][\w$]{0,63})[`\"\]]?(?:\s|$)")
_CONSTRAINT = frozenset({"primary", "foreign", "unique", "constraint", "check", "key", "index", "exclude", "like"})
"""First words of the clauses of a ``CREATE TABLE`` list that define no column."""
_COLUMN = re.compile(r"[ \t\r\n]*[`\"\[]?(?P<name>[A-Za-z_][\w$]{0,63})[`\"\]]?[ \t\r\n]*")
_ROW_START = re.compile(r"\s*\(")
_ROW_SEP = re.compile(r"\s*,\s*\(")
_MAX_ROWS = 200
_MAX_COLUMNS = 64


def _columns(cols: str) -> list[str] | None:
    out: list[str] = []
    for part in cols.split(","):
        m = _COLUMN.fullmatch(part)
        if m is None:
            return None
        out.append(m.group("name"))
    return out if len(out) <= _MAX_COLUMNS else None


def _table(name: str) -> str:
    """A table name as statements refer to it: quotes dropped, case folded."""
    return re.sub(r"[`\"\[\]]", "", name).lower()


def _created_columns(text: str) -> dict[str, tuple[int, list[str]]]:
    """Where each table a ``CREATE TABLE`` of `text` defines is first defined, and its column names."""
    tables: dict[str, tuple[int, list[str]]] = {}
    for m in _CREATE.finditer(text):
        parts = arguments(text, m.end(), max_args=_MAX_COLUMNS, max_span=4000)
        if not parts:
            continue
        cols: list[str] = []
        for part in parts:
            d = _DEFINITION.match(text, part.start, part.end)
            if d is None or part.value is not None:
                cols = []
                break
            if d.group("name").lower() not in _CONSTRAINT:
                cols.append(d.group("name"))
        if cols:
            tables.setdefault(_table(m.group("table")), (m.start(), cols))
    return tables


def _credential(value: str, strength: Strength) -> bool:
    if strength is Strength.PASSWORD and ((value.isalpha() and value.islower()) or dummy_password(value)):
        return False
    return accept(value, strength, quoted=True)


def scan(text: str) -> list[tuple[int, int]]:
    """(start, end) of each credential value in an ``INSERT`` row of `text`."""
    out: list[tuple[int, int]] = []
    for m in _INSERT.finditer(text):
        _rows(text, m.end(), _columns(m.group("cols")), out)
    created: dict[str, tuple[int, list[str]]] | None = None
    for m in _BARE_INSERT.finditer(text):
        if created is None:
            created = _created_columns(text)  # the rare case: read the definitions once
        start, cols = created.get(_table(m.group("table")), (len(text), []))
        _rows(text, m.end(), cols if start < m.start() else None, out)
    return out


def _rows(text: str, pos: int, cols: list[str] | None, out: list[tuple[int, int]]) -> None:
    """The credential values of the rows of one ``VALUES`` list starting at `pos`."""
    strengths = {i: s for i, c in enumerate(cols or ()) if (s := classify(c)) is not None}
    if not cols or not strengths:
        return
    row = _ROW_START.match(text, pos)
    rows = 0
    while row is not None and rows < _MAX_ROWS:
        args = arguments(text, row.end(), max_args=len(cols), max_span=4000)
        if args is None:
            break
        rows += 1
        if len(args) == len(cols):
            for i, strength in strengths.items():
                v = args[i].value
                if v is not None and _credential(v, strength):
                    out.append((args[i].start + 1, args[i].end - 1))
        close = args[-1].end if args else row.end()
        close = text.find(")", close)
        row = _ROW_SEP.match(text, close + 1) if close >= 0 else None


class SqlInsertDetector(ViewScanDetector):
    """Credential columns of SQL ``INSERT`` rows (``secret.sql.insert``)."""

    name = "secret.sql.insert"
    prefilter: tuple[str, ...] = ("insert",)

    def find(self, view: EscapeView) -> list[Hit]:
        return [(s, e, 0.8) for s, e in scan(view.text)]
