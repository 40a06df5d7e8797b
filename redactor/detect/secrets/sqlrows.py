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
right; a row whose length differs from the column list is skipped. Statements without a column
list say nothing about positions and are left alone.
"""

from __future__ import annotations

import re

from redactor.detect.first_chars import with_first_chars
from redactor.detect.secrets.credcalls import dummy_password
from redactor.detect.secrets.escapes import ViewCache
from redactor.detect.secrets.keys import Strength, classify
from redactor.detect.secrets.recur import with_recurrences
from redactor.detect.secrets.sdkcalls import arguments
from redactor.detect.secrets.spec import ENTITY
from redactor.detect.secrets.values import accept
from redactor.detect.span import Span

_INSERT = with_first_chars(
    re.compile(
        r"(?i)\binsert[ \t]+(?:ignore[ \t]+)?into[ \t]+[\w.`\"\[\]]{1,120}[ \t]*\((?P<cols>[^()]{1,1000})\)"
        r"\s*values\s*"
    )
)
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


def _credential(value: str, strength: Strength) -> bool:
    if strength is Strength.PASSWORD and ((value.isalpha() and value.islower()) or dummy_password(value)):
        return False
    return accept(value, strength, quoted=True)


def scan(text: str) -> list[tuple[int, int]]:
    """(start, end) of each credential value in an ``INSERT`` row of `text`."""
    out: list[tuple[int, int]] = []
    for m in _INSERT.finditer(text):
        cols = _columns(m.group("cols"))
        if cols is None:
            continue
        strengths = {i: s for i, c in enumerate(cols) if (s := classify(c)) is not None}
        if not strengths:
            continue
        row = _ROW_START.match(text, m.end())
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
    return out


class SqlInsertDetector:
    """Credential columns of SQL ``INSERT`` rows (``secret.sql.insert``)."""

    name = "secret.sql.insert"
    entities: tuple[str, ...] = (ENTITY,)
    prefilter: tuple[str, ...] = ("insert",)

    def __init__(self, views: ViewCache) -> None:
        self._views = views

    def __repr__(self) -> str:
        return "SqlInsertDetector()"

    def detect(self, text: str) -> list[Span]:
        view = self._views.get(text)
        found = [Span(ENTITY, *view.to_raw(s, e), 0.8, self.name) for s, e in scan(view.text)]
        return with_recurrences(text, found)
