"""Personal data in structured text, found by its field name.

Agent sessions carry records: JSON tool results, Python/JS object literals, YAML and ``.env``
files, CSV exports, SQL ``INSERT`` statements. There the field name says what a value is, which is
far more reliable than the value's shape (``"last_name": "Ek"``). This detector reads:

- key/value pairs: ``"key": "value"``, ``key: value``, ``key=value``, ``key => 'value'``;
- CSV/TSV tables: a header line naming the columns, then the rows below it;
- SQL: ``INSERT INTO t (col, ...) VALUES (...), (...)``;
- psql expanded records (``-[ RECORD 1 ]``, then ``column | value`` lines).

Which keys count and how each value is checked live in `structured_fields`; this module finds
the pairs, cells and tuples. Each value is checked against its entity (a name must look like a
name, a card must pass Luhn, a phone must have 7-15 digits...). A bare ``name`` key only counts
when the same record also has a personal field (e-mail, phone, address...), so ``name: publish``
in a CI workflow is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.detect.first_chars import with_first_chars
from redactor.detect.pii._base import Finding, TextInfo, ViewDetector
from redactor.detect.pii.contact import plausible_phone
from redactor.detect.pii.line_arrays import json_tail, unwrap
from redactor.detect.pii.structured_fields import CHECKS, KEYS, finding, norm_key, with_name_parts

_KEYS = KEYS
"""The field registry (`structured_fields.KEYS`), under the name tests and callers used."""


_KV_QUOTED = re.compile(
    r"(?P<kq>[\"'`]?)(?P<key>[A-Za-z_][\w.-]{0,40}+)(?P=kq)\s*(?::|=>|=)\s*"
    r"(?P<vq>[\"'])(?P<val>[^\"'\n\\{\[][^\"'\n\\]{0,199})(?P=vq)"
)
"""``key: "value"`` pairs. The key is possessive (``{0,40}+``): a shorter key is always followed by
one of ``\\w.-``, never by the quote, space or separator that must come next, so giving characters
back could never produce a match, only cost time (same matches as with a greedy key).
"""
_KV_XML = re.compile(r"<(?P<key>[A-Za-z_][\w.-]{0,40})>(?P<val>[^<>\n]{1,200})</(?P=key)>")
"""``<name>Ibrahim Al-Farsi</name>``, ``<phone>...</phone>``."""
_KV_BARE = re.compile(
    r"(?m)^(?:[ \t]*\d{1,6}\t|[\w./-]{1,120}:\d{1,6}:)?"  # a line-numbered read, a `grep -n` hit
    r"[ \t>+-]*(?:export[ \t]+)?(?P<key>[A-Za-z_][\w.-]{0,40})[ \t]*[:=][ \t]*"
    r"(?P<val>[^\s\"'#{}\[\]][^\n#]{0,120}?)[ \t]*,?[ \t]*$"
)

_KV_NEXT_LINE = re.compile(
    r"(?m)^(?P<key>[A-Za-z][\w-]{1,40}):[ \t]*\n[ \t]+(?P<val>[^\s:\"][^\n:\"]{0,119}?)[ \t]*(?=$|\")"
)
"""A value indented on the line after its key, as ``dscl . -read`` prints it (``RealName:\n Thabo Nkosi``)."""
_KV_LOGFMT = re.compile(
    r"=(?P<val>[^\s=\"'&;,]+(?:[ ][^\s=\"'&;,]+){1,3}?)(?=[ \t]+[A-Za-z_][\w.-]{0,40}=|[ \t]*(?:\n|$))"
)
_LOGFMT_KEY = re.compile(r"(?<![\w.-])[A-Za-z_][\w.-]{0,40}$")
"""An unquoted value of several words between ``key=`` pairs of a log line
(``charge failed card=... name=Wouter Jansen amount=129.00``)."""


def _scan_logfmt(info: TextInfo) -> Iterator[Finding]:
    """`_KV_LOGFMT` values with their keys (found backwards from the ``=``, which anchors the scan)."""
    text = info.text
    if "=" not in text:
        return
    for m in _KV_LOGFMT.finditer(text):
        k = _LOGFMT_KEY.search(text, max(0, m.start() - 41), m.start())
        if k is not None:
            f = finding(info, k.group(), m.start("val"), m.group("val"))
            if f is not None:
                yield f


_NAME_ARRAY = re.compile(
    r"(?P<kq>[\"'])(?P<key>given(?:[_-]?names?)?)(?P=kq)\s*:\s*\[(?P<body>[^\[\]{}\n]{1,300})\]", re.I
)
"""A list of given names (FHIR ``HumanName.given``: ``"given": ["Maja", "Elin"]``)."""
_ARRAY_ITEM = re.compile(r"\s*(?P<q>[\"'])(?P<val>[^\"'\n\\]{1,80})(?P=q)\s*(?:,|$)")


def _scan_name_arrays(info: TextInfo) -> Iterator[Finding]:
    """Each string of a ``given`` list, judged as the value of a ``given`` key would be."""
    text = info.text
    for m in _NAME_ARRAY.finditer(text):
        pos, end = m.start("body"), m.end("body")
        while pos < end and (item := _ARRAY_ITEM.match(text, pos, end)) is not None and item.end() > pos:
            f = finding(info, m.group("key"), item.start("val"), item.group("val"))
            if f is not None:
                yield f
            pos = item.end()


_LINE_ARRAY = re.compile(
    r"(?P<kq>[\"'])(?P<key>(?:address_?)?lines?|street_?lines|address_?lines)(?P=kq)\s*:\s*\[(?P<body>[^\[\]{}]{1,400})\]",
    re.I,
)
"""The street lines of a postal address as a list (FHIR ``Address.line``, ``"address_lines": [...]``)."""
_POSTAL_PARTNER = re.compile(r"(?i)[\"'](?:city|postal_?code|postcode|zip(?:_?code)?|state|district|country)[\"']\s*:")
"""A key of the same postal address: what makes a ``line`` list an address, not a log's lines."""


def _scan_address_lines(info: TextInfo) -> Iterator[Finding]:
    """Each string of an address ``line`` list, when a city, postcode or state key follows it."""
    text = info.text
    for m in _LINE_ARRAY.finditer(text):
        if _POSTAL_PARTNER.search(text, m.end(), m.end() + 300) is None:
            continue
        pos, end = m.start("body"), m.end("body")
        while pos < end and (item := _ARRAY_ITEM.match(text, pos, end)) is not None and item.end() > pos:
            f = finding(info, "address", item.start("val"), item.group("val"))
            if f is not None:
                yield f
            pos = item.end()


def _xml_personal(text: str) -> bool:
    """Two or more personal elements in the document: a bare ``<name>`` is then a person's."""
    tags = {norm_key(t) for t in re.findall(r"<([A-Za-z_][\w.-]{0,40})>", text[:20_000])}
    return sum(1 for t in tags if t in KEYS) >= 2


class StructuredFieldDetector(ViewDetector):
    """Personal data in key/value pairs, CSV tables and SQL inserts (``pii.structured``)."""

    name = "pii.structured"
    entities: tuple[str, ...] = (
        "PERSON",
        "PHONE_NUMBER",
        "ADDRESS",
        "LOCATION",
        "DATE_OF_BIRTH",
        "US_SSN",
        "CREDIT_CARD",
        "IBAN_CODE",
        "USERNAME",
    )

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        text = info.text
        if "</" in text:
            for m in _KV_XML.finditer(text):
                f = finding(info, m.group("key"), m.start("val"), m.group("val"), cooccurs=_xml_personal(text))
                if f is not None:
                    yield f
        if ":" in text or "=" in text:
            for rx in (_KV_QUOTED, _KV_BARE) if ":\n" not in text else (_KV_QUOTED, _KV_BARE, _KV_NEXT_LINE):
                for m in rx.finditer(text):
                    f = finding(info, m.group("key"), m.start("val"), m.group("val"))
                    if f is not None:
                        yield f
            yield from _scan_logfmt(info)
            if "[" in text:
                yield from _scan_name_arrays(info)
                yield from _scan_address_lines(info)
        if "," in text or "\t" in text or ";" in text or "|" in text or _ALIGNED_GAP.search(text):
            yield from _scan_tables(info)
        if "insert" in text[:100_000].lower():
            yield from _scan_sql(info)
        if "BEGIN:VCARD" in text:
            yield from _scan_vcard(info)
        if "CN=" in text and ("ATTENDEE" in text or "ORGANIZER" in text):
            yield from _scan_vcalendar(info)
        if "[ RECORD " in text:
            yield from _scan_expanded(info)


# ---------------------------------------------------------------------------------------------
# CSV / TSV


_HEADER_FIELD = re.compile(r"[\"']?[^\W\d][\w .-]{0,40}[\"']?")
"""A column name, in any script (``date_of_birth``, ``Fecha de nacimiento``, ``生年月日``)."""
_ALIGNED = "  "
"""The pseudo-delimiter of a text table whose columns are runs of two or more spaces (pandas,
``docker ps``, fixed-width reports)."""
_ALIGNED_FIELD = re.compile(r"\S+(?: \S+)*")
_ALIGNED_GAP = re.compile(r"\S  +\S")
"""Two spaces between words: a text without it has no aligned table (indentation is not one)."""


def _split_row(line: str, delim: str) -> list[tuple[int, int]]:
    """Field spans of one delimited line (quotes respected, quotes excluded from the span)."""
    out: list[tuple[int, int]] = []
    i, n = 0, len(line)
    while i <= n:
        if i < n and line[i] == '"':
            j = i + 1
            while j < n:
                if line[j] == '"' and (j + 1 >= n or line[j + 1] != '"'):
                    break
                j += 2 if line[j] == '"' else 1
            out.append((i + 1, min(j, n)))
            k = line.find(delim, j)
            i = n + 1 if k < 0 else k + 1
        else:
            k = line.find(delim, i)
            if k < 0:
                out.append((i, n))
                break
            out.append((i, k))
            i = k + 1
    return out


_LINE_NO = re.compile(r"[ \t]*\d{1,6}\t|[ \t]*\d{1,6}:[ \t]")
"""``cat -n`` / read_file line numbers in front of each line of a file read."""
_SEPARATOR = re.compile(r"[ \t]*[|+]?[ \t]*:?-{3,}[-+|: \t]*$")
"""Markdown and psql table rules: ``|---|---|``, ``----+-----``."""


_JSON_VALUE_START = re.compile(r'": "(?=[^"]*$)')
"""The start of the last JSON string value on a line: a tool result's text (a table) starts there."""
_JSON_VALUE_END = re.compile(r'"(?=[,}\]]|$)')
_JSON_ITEM_START = re.compile(r'[ \t]*"(?=[^"]+$)')
"""The opening quote of a JSON array item that runs to the end of its line: a notebook keeps a
cell's printed output as a list of strings (``"text": ["   id   name   dob\\n0  11  ...``)."""


def _row_fields(row: str, delim: str, width: int) -> list[tuple[int, int]]:
    """Field spans of a table row; an aligned row may lead with an index column (pandas)."""
    if delim != _ALIGNED:
        return _split_row(row, delim)
    fields = [m.span() for m in _ALIGNED_FIELD.finditer(row)]
    if len(fields) == width + 1 and row[fields[0][0] : fields[0][1]].isdigit():
        return fields[1:]
    return fields


def _scan_tables(info: TextInfo) -> Iterator[Finding]:
    text = info.text
    lines: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        m = _LINE_NO.match(line)
        cut = m.end() if m is not None else 0
        lines.append((pos + cut, line[cut:]))
        pos += len(line) + 1
    lines = unwrap(lines)  # a notebook's output: one JSON string per line
    i = 0
    while i < len(lines):
        _start, line = lines[i]
        header = _header(line)
        in_json = False
        if header is None and '": "' in line and (v := _JSON_VALUE_START.search(line)) is not None:
            header = _header(line[v.end() :])  # {"type": "text", "text": "id | name | dob
            in_json = header is not None
        elif header is None and (v := _JSON_ITEM_START.match(line)) is not None:
            header = _header(line[v.end() :])  # a notebook's stream output: ["   id  name  dob\n0 ...
            in_json = header is not None
        if header is None:
            i += 1
            continue
        delim, names = header
        personal = sum(1 for n in names if norm_key(n) in KEYS) >= 2
        names = with_name_parts(names)  # "Nume,Prenume": the bare name column holds the family name
        i += 1
        while i < len(lines):
            rstart, row = lines[i]
            if in_json and (end := _JSON_VALUE_END.search(row)) is not None:
                row = row[: end.start()]  # the last row, before the string's closing quote
            else:
                row = row[: json_tail(row)]  # a table that starts a line into a JSON string
            if _SEPARATOR.match(row):
                i += 1
                continue
            fields = _row_fields(row, delim, len(names))
            if len(fields) != len(names):
                break
            for key, (a, b) in zip(names, fields, strict=True):
                f = finding(info, key, rstart + a, row[a:b], cooccurs=personal)
                if f is not None:
                    yield f
            i += 1


_NOT_IN_HEADER = re.compile(r"[^\w .\"',;\t|\s-]")
"""A character no header line holds: each field is a `_HEADER_FIELD` (after stripping white space),
so a line with any other character that is not a delimiter has a bad field whatever the delimiter."""


def _header(line: str) -> tuple[str, list[str]] | None:
    """The delimiter and column names if `line` is the header of a personal table."""
    if _NOT_IN_HEADER.search(line):
        return None
    return _header_fields(line)


def _header_fields(line: str) -> tuple[str, list[str]] | None:
    best: tuple[str, list[str]] | None = None
    for delim in (",", "\t", ";", "|"):
        parts = line.strip().strip("|").split(delim) if delim == "|" else line.strip().split(delim)
        if len(parts) < 2 or not all(_HEADER_FIELD.fullmatch(p.strip()) for p in parts):
            continue
        if _personal_columns(parts) and (best is None or len(parts) > len(best[1])):
            best = (delim, [p.strip() for p in line.split(delim)])
    if best is None and _ALIGNED in line.strip():
        parts = _ALIGNED_FIELD.findall(line)
        if all(_HEADER_FIELD.fullmatch(p) for p in parts) and _personal_columns(parts):
            best = (_ALIGNED, parts)
    return best


_SELF_EVIDENT = frozenset({"date", "phone", "ssn", "card", "iban", "name2"})
"""Value kinds whose column alone makes a table personal: each value is validated (a calendar
date, 7-15 digits of a phone, Luhn, mod-97, a name of two or more words under a column that names
a person's role: ``| Stage | Approver | Time |``), unlike a bare name or an address column."""


def _personal_columns(parts: list[str]) -> bool:
    """Two personal columns, or one self-evident column among three or more (``id | patient | dob``).
    A two-column line needs both (``nome | cognome``): ``key, value`` pairs are not tables."""
    specs = [KEYS.get(norm_key(p)) for p in parts]
    known = sum(1 for spec in specs if spec is not None)
    if known >= 2:
        return True
    return len(parts) >= 3 and any(spec is not None and spec[1] in _SELF_EVIDENT for spec in specs)


# ---------------------------------------------------------------------------------------------
# SQL INSERT

_INSERT = with_first_chars(re.compile(r"(?i)\binsert\s+into\s+[\w.\"`\[\]]+\s*\(([^)]{1,2000})\)\s*values\s*"))
_SQL_VALUE = re.compile(r"\s*('(?:[^']|'')*'|NULL|null|-?\d+(?:\.\d+)?|[^,()]+?)\s*(?=[,)])")


def _scan_sql(info: TextInfo) -> Iterator[Finding]:
    text = info.text
    for m in _INSERT.finditer(text):
        cols = [c.strip().strip('"`[]') for c in m.group(1).split(",")]
        personal = sum(1 for c in cols if norm_key(c) in KEYS) >= 2
        pos = m.end()
        while pos < len(text) and text[pos] == "(":
            pos += 1
            k = 0
            while True:
                v = _SQL_VALUE.match(text, pos)
                if v is None:
                    break
                val = v.group(1)
                if k < len(cols) and val.startswith("'"):
                    f = finding(info, cols[k], v.start(1) + 1, val[1:-1], cooccurs=personal)
                    if f is not None:
                        yield f
                k += 1
                pos = v.end()
                if text[pos] == ",":
                    pos += 1
                    continue
                break
            if pos < len(text) and text[pos] == ")":
                pos += 1
            tail = re.match(r"\s*,\s*", text[pos : pos + 20])
            if tail is None:
                break
            pos += tail.end()


# ---------------------------------------------------------------------------------------------
# psql expanded display (``\\x``, ``psql -x``)

_RECORD_HEADER = re.compile(r"(?m)^[ \t]*-\[ RECORD \d+ \][-+]*[ \t]*$")
_EXPANDED_ROW = re.compile(r"[ \t]*(?P<key>[A-Za-z_][\w.-]{0,40})[ \t]*\|[ \t]?(?P<val>[^\n]*?)[ \t]*(?:\n|$)")


def _scan_expanded(info: TextInfo) -> Iterator[Finding]:
    """``-[ RECORD 1 ]---`` blocks: one ``column | value`` line per field."""
    text = info.text
    for header in _RECORD_HEADER.finditer(text):
        rows: list[re.Match[str]] = []
        pos = header.end() + 1
        while pos < len(text) and (row := _EXPANDED_ROW.match(text, pos)) is not None and row.end() > pos:
            rows.append(row)
            pos = row.end()
        personal = sum(1 for r in rows if norm_key(r.group("key")) in KEYS) >= 2
        for r in rows:
            f = finding(info, r.group("key"), r.start("val"), r.group("val"), cooccurs=personal)
            if f is not None:
                yield f


# ---------------------------------------------------------------------------------------------
# vCard

_VCARD_LINE = re.compile(r"(?m)^(?:[ \t]*\d{1,6}\t)?[ \t]*(?P<prop>FN|N|ADR|TEL)(?:;[^:\n]*)?:(?P<val>[^\n]+?)[ \t]*$")


def _scan_vcard(info: TextInfo) -> Iterator[Finding]:
    """``FN:``, ``N:``, ``ADR:`` and ``TEL:`` properties of vCards (contact exports)."""
    text = info.text
    for m in _VCARD_LINE.finditer(text):
        prop, val, start = m.group("prop"), m.group("val"), m.start("val")
        if prop == "FN":
            r = CHECKS["name1"](val)
            if r is not None:
                yield ("PERSON", start + r[0], start + r[1], 0.85)
        elif prop == "N":
            pos = 0
            for part in val.split(";")[:3]:
                r = CHECKS["name1"](part) if part.strip() else None
                if r is not None:
                    yield ("PERSON", start + pos + r[0], start + pos + r[1], 0.85)
                pos += len(part) + 1
        elif prop == "ADR":
            body = val.strip(";")
            if len(body) >= 4 and any(c.isalpha() for c in body):
                a = start + val.index(body)
                yield ("ADDRESS", a, a + len(body), 0.85)
        elif plausible_phone(re.sub(r"^(?:tel:)", "", val)):
            a = start + (4 if val.startswith("tel:") else 0)
            yield ("PHONE_NUMBER", a, start + len(val), 0.85)


# ---------------------------------------------------------------------------------------------
# iCalendar

_ICAL_PERSON = re.compile(
    r"(?m)^(?:[ \t]*\d{1,6}\t)?[ \t]*(?:ORGANIZER|ATTENDEE|CONTACT)(?P<params>;[^:\n]*?)??;CN=(?P<q>\"?)"
    r"(?P<val>[^\";:\n]{1,80})(?P=q)(?=[;:])"
)
"""``ORGANIZER;CN=佐藤 美咲:mailto:...``, ``ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Rahul Menon":mailto:...``:
the common name of an invitation's organiser or attendee (RFC 5545 ``CN`` parameter)."""
_NOT_A_PERSON = re.compile(r"(?i);CUTYPE=(?:ROOM|RESOURCE|GROUP|UNKNOWN)")
"""A calendar user that is a room, a resource or a mailing list."""


def _scan_vcalendar(info: TextInfo) -> Iterator[Finding]:
    """The ``CN`` of each organiser and attendee line that is a person (a name of two words, or a
    name of a script without capitals)."""
    text = info.text
    for m in _ICAL_PERSON.finditer(text):
        line_end = text.find("\n", m.end())
        if _NOT_A_PERSON.search(text, m.start(), len(text) if line_end < 0 else line_end) is not None:
            continue
        r = CHECKS["name2"](m.group("val"))
        if r is not None:
            a = m.start("val")
            yield ("PERSON", a + r[0], a + r[1], 0.85)
