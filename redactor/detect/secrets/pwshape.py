"""Human-chosen passwords near a password word, and credential columns of tables.

Two carriers the key/value and sentence rules miss:

- A password a person chose (``9493Otter@``, ``Velvet7103@jc``, ``Saffron$1192``) a few words
  after a password noun of any language, with words, a colon or a clause between them ("the
  Wi-Fi password of the warehouse was changed, the new one is ...", "Temporary password from the
  reset mail: ..."). The value is the first token in the rest of the sentence that has the shape
  of a chosen password (`password_shaped`): 6-64 characters, letters and digits, and a symbol or
  both cases, not a URL, e-mail, path, date, time, version, host, file name, reference or code.
- A table whose header row names a credential column (``| user | password |``,
  ``| system | user | key |``, psql/CSV-like ``name | token``), and a CSV/TSV export whose header
  line does (``name,url,username,password,note`` of a password manager or a browser): each value
  of that column that passes the value rules of the column's key strength (`values.accept`).
"""

# ruff: noqa: RUF001  # quotes and punctuation of other scripts are the point here

from __future__ import annotations

import re

from redactor.detect.secrets.context_i18n import PASSWORD_PREFILTER, password_nouns
from redactor.detect.secrets.entropy import classes, is_hex, mixed_runs, reads_as_word, shannon, wordiness
from redactor.detect.secrets.escapes import EscapeView
from redactor.detect.secrets.keys import Strength, classify, words
from redactor.detect.secrets.names_i18n import i18n_strength
from redactor.detect.secrets.placeholders import is_placeholder
from redactor.detect.secrets.values import UUID, accept, generated, numeric_key
from redactor.detect.secrets.viewscan import Hit, ViewScanDetector

_WINDOW = 160
_CLAUSE_END = re.compile(r"[。！？\n{}\[\]<>|=]|[.!?](?=\s+[A-ZÀ-Ý\"'(]|\s*$)")
"""Where the search after a noun stops: a sentence end, a line end, or code and markup structure."""
_LABEL = re.compile(r"[\w\-]{0,12}[\"'*]{0,2}[ \t]*[:：=]")
"""A noun used as a label or key (``Password:``, ``"password": ``, ``**Passwort:**``)."""
_TOKEN = re.compile(r"(?<![^\s\"'`(«“„‘:=*])[^\s\"'`»”’)]{6,80}")
_SYMBOLS = frozenset("!@#$%^&*+=?~_-.")
_PASSWORD_SYMBOLS = frozenset("!@#$%^&*+=?~")
"""Symbols people put in passwords; ``_ - .`` also join the words of identifiers and names."""
_CODE_AFTER = re.compile(r"[(\[.]\w|[(\[]|_")
"""A noun followed by a call, an index, an attribute or a longer identifier is code."""
_NOT_PASSWORD = re.compile(
    r"""://|^[@#$%]|[(){}\[\]<>,;"'\\/|`]|^[\w.+-]+@[\w-]+\.[\w.]+$|^\d{1,4}[-/.:]\d{1,2}[-/.:]\d{1,4}"""
    r"""|^\d{1,2}:\d\d|^[vV]?\d+(?:\.\d+)+|^\+?\d[\d\-.]+$|^[\w\-]+(?:\.[A-Za-z][\w\-]*)+$|^\d+(?:[.,]\d+)?%$"""
    r"""|^[A-Z]{2,}[#\-/]?\d+(?:[.\-]\d+)*$|^\d+[A-Za-z]{1,3}$|^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"""
)
"""URLs, handles, variables, code, e-mails, dates, times, versions, numbers, dotted names (hosts,
files, attributes), issue keys and standards (``SD-20417``, ``PKCS#12``) and quantities (``133ms``):
not chosen passwords."""


def password_shaped(value: str) -> bool:
    """A token with the shape of a chosen password: 3+ letters, digits, and a symbol such as
    ``!@#$%&*?`` or, with only ``_ - .`` (the separators of identifiers), both cases and no words."""
    n = len(value)
    if not 6 <= n <= 64 or _NOT_PASSWORD.search(value):
        return False
    if sum(c.isalpha() for c in value) < 3 or not any(c.isdigit() for c in value):
        return False
    if value[0] == value[-1] and not value[0].isalnum():
        return False  # *E187*, _emphasis_: markup around a word
    symbol = any(c in _PASSWORD_SYMBOLS for c in value)
    mixed = any(c.isupper() for c in value) and any(c.islower() for c in value)
    if not symbol and not (mixed and wordiness(value) < 0.5):
        return False
    if is_placeholder(value) or not all(c.isalnum() or c in _SYMBOLS for c in value):
        return False
    return accept(value, Strength.PASSWORD, quoted=True)


_WORDS_AND_NUMBER = re.compile(r"[A-Z][a-z]{2,14}(?:-[A-Z][a-z]{1,14}){1,2}-?\d{2,4}[!@#$%&*?]?")
"""Two or three capitalised words joined by hyphens and a number (``Harbor-Light-2031``,
``Ferry-Dock2031!``): a passphrase a person chose, which `password_shaped` leaves as words. Taken only
as the first such token after a password noun in the same clause."""


def chosen_passwords(text: str, low: str, out: list[tuple[int, int, float]]) -> None:
    """The first password-shaped token after each password noun, in the rest of its sentence."""
    done = -1
    for _ns, ne in password_nouns(text, low):
        if ne < done or _CODE_AFTER.match(text, ne):
            continue
        limit = min(len(text), ne + _WINDOW)
        end = _CLAUSE_END.search(text, ne, limit)
        limit = end.start() if end is not None else limit
        label = _LABEL.match(text, ne) is not None
        for m in _TOKEN.finditer(text, ne, min(len(text), limit + 1)):  # a final ``!``/``?`` is the value's
            v = m.group().rstrip(".,;:")
            lead = len(v) - len(v.lstrip("*")) if v.startswith("**") else 0
            v = v[lead:].removesuffix("**")
            if password_shaped(v) or _WORDS_AND_NUMBER.fullmatch(v):
                out.append((m.start() + lead, m.start() + lead + len(v), 0.7))
                done = m.end()
                break
            if label:
                break  # ``password: X``: X is the value or there is none (the key/value rules' case)


_CHOSEN_SYMBOLS = frozenset("!@#$%^&*+?~")


def chosen_under_key(value: str) -> bool:
    """A password a person chose, quoted under a key or secret name that is not "password"
    (``KEY="quartz$9605"``, ``API_SECRET = "Otter!4390"``): 8-40 characters with 3+ letters, 2+
    digits and one of ``!@#$%^&*+?~`` between them (`pwshape.password_shaped`); a key name's
    generated values are `values.accept`'s."""
    return (
        8 <= len(value) <= 40
        and sum(c.isdigit() for c in value) >= 2
        and any(c in _CHOSEN_SYMBOLS for c in value[1:-1])
        and _NOT_CHOSEN.search(value) is None
        and password_shaped(value)
    )


_NOT_CHOSEN = re.compile(
    r"(?i)%[-+ #0-9.]*[sdifxr]|\{\}|\b(?:ctrl|control|alt|shift|cmd|command|meta|super|option|fn)\+"
)
"""A format string (``user_%d``, ``{}``) or a keyboard shortcut (``ctrl+F12``): chosen by no one."""


def short_generated(value: str) -> bool:
    """An 8-15 character key as legacy payment and SMS APIs issue them (``1H2FI5QIRK``,
    ``2hg3FUmNNL``): letters and digits only, 3+ letters and a digit, both cases, or one case and
    2+ digits alternating with letters 4+ times; no hex-only value (a short hash or id), no words,
    no placeholder. Taken only under a key the name rules call a key or secret."""
    n = len(value)
    if not 8 <= n <= 15 or not value.isascii() or not value.isalnum() or is_hex(value) or is_placeholder(value):
        return False
    digits = sum(c.isdigit() for c in value)
    if not digits or sum(c.isalpha() for c in value) < 3:
        return False
    if not (classes(value) >= 3 or (digits >= 2 and mixed_runs(value) >= 4)):
        return False
    if any(reads_as_word(m.group()) for m in _LOWER_RUN.finditer(value)):
        return False  # ``iPhone12Pro``, ``utf8mb4``-like names hold a word
    return shannon(value) >= 2.9 and wordiness(value) < 0.5


_LOWER_RUN = re.compile(r"[A-Z]?[a-z]{3,}")


# --- credential columns ------------------------------------------------------------------------


def _cells(line: str) -> list[tuple[int, str]]:
    """(offset in line, stripped text) of each cell of a table row."""
    out: list[tuple[int, str]] = []
    pos = 0
    body = line
    if body.lstrip().startswith("|"):
        pos = body.index("|") + 1
    while pos <= len(body):
        bar = body.find("|", pos)
        cell = body[pos : bar if bar >= 0 else len(body)]
        stripped = cell.strip().strip("`*")
        if stripped or bar >= 0:
            out.append((pos + cell.find(stripped) if stripped else pos, stripped))
        if bar < 0:
            break
        pos = bar + 1
    if out and not out[-1][1]:
        out.pop()
    return out


_HEADER_CELL = re.compile(r"[A-Za-z\u00C0-\u024F][\w \-]{0,39}")
_MD_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$")
_PSQL_RULE = re.compile(r"^[ \t]*-{3,}(?:\+-{3,})*[ \t]*$|^[ \t]*-{10,}[ \t]*$")


def _credential_columns(header: list[tuple[int, str]]) -> dict[int, tuple[Strength, bool]]:
    """Column index -> (strength, issued), for each header cell that is a plain label naming a
    credential; `issued` when the name says what was issued (``secret``, ``api_secret``,
    ``integration key``, not a bare ``key`` nor a ``key id``), so the column's UUIDs, short and
    numeric keys and chosen passwords count too (`_column_value`). Another language's key noun
    (``clave``, ``Schlüssel``, ``klucz``) names a key column as a bare ``key`` does: its values
    must look generated."""
    cols: dict[int, tuple[Strength, bool]] = {}
    for i, (_off, name) in enumerate(header):
        if not _HEADER_CELL.fullmatch(name) or len(name.split()) > 3:
            continue
        key = name.replace(" ", "_")
        strength = classify(key)
        if strength is None and i > 0 and i18n_strength(key) is not None:
            cols[i] = (Strength.KEY, "_" in key)  # ``| sistema | clave |``: a bare noun, generated values only
            continue
        if strength is not None:
            ws = words(key)
            issued = ws[-1:] != ["id"] and (strength is not Strength.KEY or len(ws) >= 2)
            cols[i] = (strength, issued)
    return cols


def _line_starts(lines: list[str]) -> list[int]:
    """Offset of each of `lines` (a text split at ``\n``) in the text."""
    starts: list[int] = []
    pos = 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    return starts


def credential_tables(text: str, out: list[tuple[int, int, float]]) -> None:
    """Values of the credential columns of every table: a header row, a rule line (Markdown
    ``|---|---|`` or psql ``----+----``), then rows with as many cells as the header."""
    lines = text.split("\n")
    starts = _line_starts(lines)
    for h in range(len(lines) - 2):
        if "|" not in lines[h]:
            continue
        ruled = _MD_RULE.match(lines[h + 1]) or _PSQL_RULE.match(lines[h + 1])
        if not ruled and not _framed_header(lines[h], lines[h + 1]):
            continue
        header = _cells(lines[h])
        cols = _credential_columns(header) if len(header) >= 2 else {}
        i = h + 2 if ruled else h + 1
        while cols and i < len(lines) and "|" in lines[i]:
            cells = _cells(lines[i])
            if len(cells) != len(header):
                break
            for c, (strength, issued) in cols.items():
                off, v = cells[c]
                if _column_value(v, strength, issued):
                    s = starts[i] + off
                    out.append((s, s + len(v), 0.75))
            i += 1


_FRAMED = re.compile(r"^[ \t]*\|.*\|[ \t]*$")


def _framed_header(line: str, following: str) -> bool:
    """A header without a rule line (psql ``\\pset border 2`` without lines, hand-made tables):
    both lines framed by ``|``, the same number of cells, and every header cell a plain label."""
    if not (_FRAMED.match(line) and _FRAMED.match(following)):
        return False
    header = _cells(line)
    return len(header) == len(_cells(following)) and all(_HEADER_CELL.fullmatch(n) for _o, n in header)


_DELIMITERS = (",", "\t", ";")
_JSON_OPENING = re.compile(r'^[^\n]*"[\w.-]{1,40}"[ \t]*:[ \t]*"(?=[^"\n]*$)')
"""A JSON string the export was printed into (a tool result): the header starts after it."""
_JSON_CLOSING = re.compile(r'(?:"[ \t]*[}\],]*[ \t]*)+$')


def _split_row(line: str, delimiter: str) -> list[tuple[int, str]]:
    """(offset in line, text) of each cell of a delimited row; a double-quoted cell may hold the
    delimiter (``"Smith, J"``); the quotes are not part of the text."""
    out: list[tuple[int, str]] = []
    pos = 0
    n = len(line)
    while pos <= n:
        if pos < n and line[pos] == '"':
            close = line.find('"', pos + 1)
            while close >= 0 and close + 1 < n and line[close + 1] == '"':
                close = line.find('"', close + 2)  # "" inside a quoted cell
            if close < 0:
                return []
            out.append((pos + 1, line[pos + 1 : close]))
            pos = close + 1
            if pos < n and line[pos] != delimiter:
                return []
        else:
            end = line.find(delimiter, pos)
            end = n if end < 0 else end
            out.append((pos, line[pos:end]))
            pos = end
        pos += 1
    return out


def delimited_tables(text: str, out: list[tuple[int, int, float]]) -> None:
    """Values of the credential columns of CSV/TSV exports (password managers, browsers:
    ``name,url,username,password,note``): a header line of 3+ plain labels, one of them naming a
    credential, then the rows with as many cells."""
    lines = text.split("\n")
    starts = _line_starts(lines)
    h = 0
    while h < len(lines) - 1:
        line = lines[h].rstrip("\r")
        opening = _JSON_OPENING.search(line)
        skip = opening.end() if opening is not None else 0  # ``{"content": "name,url,...``
        line = line[skip:]
        delimiter = next((d for d in _DELIMITERS if line.count(d) >= 2), None)
        header = _split_row(line, delimiter) if delimiter else []
        names = [(off, name.strip()) for off, name in header]
        cols = _credential_columns(names) if len(names) >= 3 and all(n for _o, n in names) else {}
        if not cols or not all(_HEADER_CELL.fullmatch(n) for _o, n in names):
            h += 1
            continue
        i = h + 1
        while i < len(lines) and delimiter is not None:
            row = lines[i].rstrip("\r")
            closing = _JSON_CLOSING.search(row) if not row.startswith('"') else None
            cells = _split_row(row[: closing.start()] if closing is not None else row, delimiter)
            if len(cells) != len(header):
                break
            for c, (strength, issued) in cols.items():
                off, v = cells[c]
                if v == v.strip() and _column_value(v, strength, issued):
                    s = starts[i] + off
                    out.append((s, s + len(v), 0.75))
            i += 1
        h = max(i, h + 1)


def _column_value(v: str, strength: Strength, issued: bool) -> bool:
    """A password needs a digit or symbol (``| pass | fail |`` is a result) and no code quotes; a
    key or token must look generated, or, in a column whose name says what was issued, be a UUID,
    a short or numeric key as some vendors issue them, or (a secret, token) a chosen password."""
    if len(v) < 4 or any(c in v for c in " '\"()[]{}<>") or is_placeholder(v):
        return False
    if strength is Strength.PASSWORD:
        return not v.isalpha() and accept(v, strength, quoted=True)
    if generated(v) and accept(v, strength, quoted=True):
        return True
    if not issued:
        return False
    if UUID.fullmatch(v) is not None or short_generated(v) or _issued_short(v) or numeric_key(v):
        return True
    return strength is not Strength.KEY and chosen_under_key(v)


def _issued_short(v: str) -> bool:
    """A 10-15 character key of both cases and digits with no words in it (``AFRxfJEzpq74uhZ``):
    in a column whose name says it was issued, looser than `short_generated` (whose runs of
    lower-case letters must not read as words: they often do in random keys of this length)."""
    if not 10 <= len(v) <= 15 or not v.isascii() or not v.isalnum() or is_placeholder(v):
        return False
    if not (any(c.isdigit() for c in v) and any(c.isupper() for c in v) and any(c.islower() for c in v)):
        return False
    return wordiness(v) < 0.5 and shannon(v) >= 3.0


def scan(view: EscapeView) -> list[tuple[int, int, float]]:
    """(start, end, score) of each value found, in view offsets."""
    out: list[tuple[int, int, float]] = []
    chosen_passwords(view.text, view.lower, out)
    if "|" in view.text:
        credential_tables(view.text, out)
    if "," in view.text or "\t" in view.text or ";" in view.text:
        delimited_tables(view.text, out)
    return out


_COLUMN_WORDS = ("secret", "token", "key", "pass", "pwd", "credential")
"""Words of which one ends or starts a credential column name of a delimited export."""
COLUMN_PREFILTER: tuple[str, ...] = tuple(
    sorted({lit for w in _COLUMN_WORDS for d in _DELIMITERS for lit in (f"{w}{d}", f"{d}{w}")})
)
"""Literals of a header cell naming a credential next to a delimiter (``vendor,endpoint,secret,``,
``api_key;``): a CSV/TSV export without a password word or a ``|`` still reaches the detector."""


class ChosenPasswordDetector(ViewScanDetector):
    """Chosen passwords near a password word; credential table columns (``secret.generic.chosen``)."""

    name = "secret.generic.chosen"
    prefilter: tuple[str, ...] = (*PASSWORD_PREFILTER, "|", *COLUMN_PREFILTER)

    def find(self, view: EscapeView) -> list[Hit]:
        return scan(view)
