"""Names, addresses and phone numbers on ZPL shipping labels (``pii.zpl_label``, session 12).

Zebra printers take labels in ZPL: each printed line is a field, ``^FO x,y`` (its place), ``^A``
(its font) and ``^FD`` data ``^FS``; a label runs from ``^XA`` to ``^XZ``. Agents write and debug
them for shipping and badge printing, so the recipient's block stands there one line per field::

    ^XA
    ^FO50,50^A0N,40,40^FDEwa Nowicka^FS
    ^FO50,100^A0N,30,30^FDul. Długa 17/4, 80-831 Gdańsk^FS
    ^FO50,150^A0N,30,30^FDTel. +48 601 222 333^FS
    ^XZ

Other detectors read the text, where ``^FDMarta`` is glued to the command and nothing says "name".
This one reads the fields of each label: a phone field (a phone word and a number, or a number with
a ``+`` country code), address fields (letters and a house or postal number: with a comma or two
more words a line on its own, else one only in a contact block), and a name field (two to four
capitalised name words, `names.is_person_name`). A label counts only when it holds a contact block:
a name field with an address line on its own or a phone field, or such an address with a phone
field. Barcodes' data (``^BC``... ``^FD12345678^FS``), bare numbers, headings (``SHIP TO``,
``FROM``) and product lines are no field of those kinds.

Gate: ``^FD`` in the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.detect.pii._base import Finding
from redactor.detect.pii._scan import ScanDetector
from redactor.detect.pii.names import is_person_name

_LABEL = re.compile(r"\^XA(.*?)(?:\^XZ|\Z)", re.S)
_FIELD = re.compile(r"\^FD(?P<data>[^\^\n]{1,160}?)[ \t]*(?=\^FS|\^|\n|\Z)")
_BARCODE_BEFORE = re.compile(r"\^B[0-9A-Z][^\^]*\^FO?[^\^]*$|\^B[0-9A-Z][^\^]*$")
_PHONE_WORD = re.compile(
    r"(?i)^(?:tel|tél|phone|ph|mob|mobile|cell|telefon|teléfono|telefone|telefono|telefoon|puh|тел|t)\.?:?[ \t]*"
)
_PHONE = re.compile(r"\+?\(?\d[\d ()./-]{6,18}\d")
_ADDRESS = re.compile(r"[^\W\d_]{2,}")
_HEADING = re.compile(r"(?i)^(?:ship(?:ping)? to|deliver to|from|to|sender|recipient|return address)[: ]*$")


def _phone(data: str) -> tuple[int, int] | None:
    """The number's offsets in a phone field's `data`."""
    m = _PHONE_WORD.match(data)
    rest = data[m.end() :] if m else data
    p = _PHONE.fullmatch(rest)
    if p is None or (m is None and not rest.startswith("+")):
        return None
    if sum(c.isdigit() for c in rest) < 7:
        return None
    off = len(data) - len(rest)
    return off, len(data)


def _address(data: str) -> int:
    """2: an address line on its own (a number, a word, and a comma or three words); 1: a line that
    is one only in a contact block (``Hauptstraße 5``, ``10115 Berlin``); 0: none."""
    if "@" not in data and any(c.isdigit() for c in data) and _ADDRESS.search(data):
        return 2 if "," in data or len(data.split()) >= 3 else 1
    return 0


def _name(data: str) -> bool:
    tokens = data.split()
    return (
        2 <= len(tokens) <= 4
        and all(t[:1].isupper() for t in tokens)
        and not data.isupper()
        and not any(c.isdigit() for c in data)
        and is_person_name(data, min_tokens=2)
    )


class ZplLabelDetector(ScanDetector):
    """Names, addresses and phone numbers on ZPL labels (``pii.zpl_label``)."""

    name = "pii.zpl_label"
    entities: tuple[str, ...] = ("PERSON", "ADDRESS", "PHONE_NUMBER")
    prefilter: tuple[str, ...] = ("^fd",)
    needles = ("^FD",)

    def findings(self, text: str) -> Iterator[Finding]:
        blocks = [(m.start(1), m.end(1)) for m in _LABEL.finditer(text)] or [(0, len(text))]
        for a, b in blocks:
            yield from self._label(text, a, b)

    @staticmethod
    def _label(text: str, a: int, b: int) -> Iterator[Finding]:
        names: list[tuple[int, int]] = []
        addresses: list[tuple[int, int]] = []
        weak: list[tuple[int, int]] = []
        phones: list[tuple[int, int]] = []
        for m in _FIELD.finditer(text, a, b):
            data = m.group("data")
            s = m.start("data")
            if _BARCODE_BEFORE.search(text, max(a, s - 60), m.start()) or _HEADING.match(data):
                continue
            p = _phone(data)
            if p is not None:
                phones.append((s + p[0], s + p[1]))
            elif kind := _address(data):
                (addresses if kind == 2 else weak).append((s, s + len(data)))
            elif _name(data) and not names:
                names.append((s, s + len(data)))
        if not (names and (addresses or phones)) and not (addresses and phones):
            return
        for s, e in names:
            yield ("PERSON", s, e, 0.8)
        for s, e in sorted(addresses + weak):
            yield ("ADDRESS", s, e, 0.75)
        for s, e in phones:
            yield ("PHONE_NUMBER", s, e, 0.8)
