# ruff: noqa: RUF002, RUF003  -- non-Latin samples and punctuation are the point of this module.
"""Names heading a record row in a non-Latin script (``pii.record_name``).

A record of a person, in any language, is written as ``<label>: <name>, <field> <value>``: the
label says what the record is (``고객 정보:``, ``Тужилац:``, ``የእንግዳ መረጃ:``, ``客人资料：``), the
name follows the colon, and the next field is a phone number, a date, an id or an e-mail address:

- ``고객 정보: 박서연, 생년월일 1991.07.14`` (Korean), ``客人资料：王晓明，身份证号 1101...`` (Chinese),
  ``シフト表：山田 花子（080-5521-7734）`` (Japanese);
- ``സംപർക്കം: ഹേതൽ പട്ടേൽ, ഫോൺ +91 ...``-like rows in the Indic scripts (Devanagari, Bengali,
  Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Sinhala), Myanmar, Ethiopic,
  Georgian, Armenian, Arabic and Hebrew;
- ``Ищец: Милена Стоянова, ЕГН 7501...`` (Cyrillic: each word capitalised).

The label names no "name", so the row's value does the work: a run of letters counts only when
it is two to four words (CJK: a known family name first, or family and given name apart, see
`name_spans.cjk_name`), none a function word, and a phone/id (seven or more digits), a date or an
e-mail address follows within a short field label after the comma. A status line
(``状态：完成，耗时 12 s``) has no such value; one word (``الحالة: مكتمل، ...``) is not taken.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from redactor.detect.pii._scan import Hit, ScanDetector
from redactor.detect.pii.cjk_places_data import CJK_PLACES
from redactor.detect.pii.function_words_data import UNCASED_FUNCTION_WORDS
from redactor.detect.pii.name_spans import cjk_name

_SPACED = (
    r"\u0620-\u065f\u066e-\u06d3\u06fa-\u06ff"  # Arabic, Persian, Urdu letters and marks (not ، ؛ ۔)
    r"\u05d0-\u05ea"  # Hebrew
    r"\u0531-\u0587"  # Armenian
    r"\u0900-\u0dff"  # Devanagari ... Sinhala (digits and dandas removed in `_letters`)
    r"\u1000-\u109f"  # Myanmar
    r"\u10d0-\u10ff\u1200-\u135f"  # Georgian, Ethiopic letters (not its punctuation ፣ ።)
)
_WORD = r"[" + _SPACED + r"]{2,24}"
_CYR_WORD = r"[\u0410-\u042f\u0401\u0402\u0408-\u040b\u040f\u0406\u0407\u0404][\u0430-\u045f]{1,20}"
_CJK = r"\u4e00-\u9fff\u3005\uac00-\ud7af"
_RUN = (
    r"(?P<run>" + _WORD + r"(?:[ \t]" + _WORD + r"){1,3}(?![" + _SPACED + r"])"
    r"|" + _CYR_WORD + r"(?:[ \t]" + _CYR_WORD + r"){1,2}(?![\u0400-\u045f])"
    r"|(?P<cjk>[" + _CJK + r"]{2,4}|[" + _CJK + r"]{1,2}[ \u3000][" + _CJK + r"]{1,3})(?![" + _CJK + r"]))"
)
_VALUE = (
    r"(?:\+?\d[\d \-.()/]{5,18}\d"  # a phone or id number (digits counted in `_value_ok`)
    r"|\d{1,4}[./-]\d{1,2}[./-]\d{2,4}"  # a date
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)"  # an e-mail address
)
_ROW = re.compile(
    r"(?<=[^\W\d_]|[\u0900-\u0dff\u1000-\u109f])[ \t]?[:\uff1a][ \t]*"
    + _RUN
    + r"[ \t]*(?P<sep>[,\uff0c\u3001\u060c\u1363;/\uff08(\u104a])"
    r"[^\n\u3002!?\uff01\uff1f]{0,24}?(?<![\w+-])(?P<value>" + _VALUE + r")(?![\w@])"
)


def _letters(run: str) -> bool:
    """Every character of a spaced run is a letter or a combining mark (no digit, no danda)."""
    return all(ch in " \t" or unicodedata.category(ch)[0] in "LM" for ch in run)


def _value_ok(value: str) -> bool:
    if "@" in value:
        return True
    digits = sum(ch.isdigit() for ch in value)
    if re.fullmatch(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}", value):
        return True
    return digits >= 7


class RecordNameDetector(ScanDetector):
    """A name after a record label and before a phone, date, id or e-mail field (``pii.record_name``)."""

    name = "pii.record_name"
    entity = "PERSON"
    non_ascii = True
    needles = (":", "\uff1a")

    def find(self, text: str) -> Iterator[Hit]:
        for m in _ROW.finditer(text):
            if not _value_ok(m.group("value")):
                continue
            start, end = m.start("run"), m.end("run")
            run = m.group("run")
            if m.group("cjk") is not None:
                span = cjk_name(text, start)
                if span is None or span[1] > end or run.replace(" ", "") in CJK_PLACES:
                    continue
                yield (span[0], span[1], 0.75)
                continue
            if not _letters(run):
                continue
            if any(w in UNCASED_FUNCTION_WORDS or w.lower() in UNCASED_FUNCTION_WORDS for w in run.split()):
                continue
            yield (start, end, 0.75)
