"""Names written in scripts without capital letters (``pii.script_name``).

Every other name rule looks for capitalised words, which Arabic, Hebrew, Chinese, Japanese,
Korean, Thai and the Indic scripts do not have: ``ليلى حداد``, ``王磊``, ``김민준`` pass no
capitalisation test. Here such a run counts as a name only where the text says it is one:

- after a name cue in prose: ``customer name as on the ID card is ليلى حداد``, ``the supplier
  contact is 王磊``, ``named דוד כהן`` (not ``the supplier is 华为``: a company);
- as the value of a person-name field: ``"full_name": "王磊"``, ``contact_name: 김민준``
  (not a bare ``name``, which locale files use for translated labels);
- after a native label: ``姓名: 王磊`` (or a full-width colon), ``氏名: 山田太郎``, ``이름: 김민준``,
  ``الاسم: ليلى حداد``, ``שם: דוד כהן``.

A run is one to four words of one of these scripts (CJK: two to four characters, standing alone),
ending where the script ends.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.detect.pii._base import Finding, TextInfo, ViewDetector

_SPACED = (
    r"\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff"  # Arabic, Persian, Urdu letters
    r"\u05d0-\u05ea"  # Hebrew
    r"\u0e01-\u0e4e"  # Thai (no spaces between words, but names are written apart)
    r"\u0900-\u097f\u0980-\u09ff\u0b80-\u0bff\u0c00-\u0c7f"  # Devanagari, Bengali, Tamil, Telugu
    r"\u10d0-\u10ff\u1200-\u137f"  # Georgian, Ethiopic
    r"\u064b-\u065f"  # Arabic vowel marks
)
_CJK = r"\u4e00-\u9fff\u3400-\u4dbf\u3040-\u309f\u30a0-\u30ff\uac00-\ud7af"
_RUN = (
    r"(?:[" + _SPACED + r"]{2,20}(?:[ \t][" + _SPACED + r"]{2,20}){0,3}(?![" + _SPACED + r"])"
    r"|[" + _CJK + r"]{2,4}(?![" + _CJK + r"]))"
)
_PROSE_CUE = r"(?i:\b(?:name|contact(?: person)?)\b[^\n.;:!?]{0,40}?\b(?:is|was)|\bnamed|\bcalled)"
_NAME_KEYS = (
    r"(?i:(?:full|first|last|given|family|middle|display|legal|real|customer|contact|client|patient|employee"
    r"|owner|recipient|sender|holder|person|author|native|local)[_ -]?name|fullname|surname|nombre|nome)"
)
_NATIVE_LABELS = (
    r"(?:\u59d3\u540d|\u540d\u5b57|\u6c0f\u540d|\u540d\u524d|\u8054\u7cfb\u4eba|\u5ba2\u6237|\uc774\ub984|\uc131\uba85"
    r"|\u0627\u0644\u0627\u0633\u0645|\u0627\u0633\u0645|\u05e9\u05dd|\u0928\u093e\u092e)"
)
"""姓名 名字 氏名 名前 联系人 客户 이름 성명 الاسم اسم שם नाम."""
_CUES_BEFORE = re.compile(
    r"(?:" + _PROSE_CUE + r"[ \t]+|[\"'`]?\b" + _NAME_KEYS + r"[\"'`]?[ \t]*(?:=|:|=>)[ \t]*"
    r"|" + _NATIVE_LABELS + r"[ \t]*[:\uff1a=][ \t]*)[\"'\u201c]?$"
)
"""A name cue, key or native label that ends right where a run starts."""
_RUNS = re.compile(r"[" + _SPACED + _CJK + r"]+(?:[ \t][" + _SPACED + _CJK + r"]+)*")
"""Maximal runs of uncased-script words; each must then be a `_RUN` as a whole."""
_RUN_RE = re.compile(_RUN)


class ScriptNameDetector(ViewDetector):
    """Names in uncased scripts after a name cue, key or native label (``pii.script_name``)."""

    name = "pii.script_name"
    entities: tuple[str, ...] = ("PERSON",)

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        text = info.text
        if text.isascii():
            return
        for m in _RUNS.finditer(text):
            if (
                _RUN_RE.fullmatch(m.group()) is not None
                and _CUES_BEFORE.search(text, max(0, m.start() - 80), m.start()) is not None
            ):
                yield ("PERSON", m.start(), m.end(), 0.8)
