"""Chinese and Korean names by their shape, where the text puts a person (``pii.cjk_name``).

A Chinese name is a family name from a short list and one or two given-name characters
(``王秀英``, ``李强``, ``欧阳娜娜``); a Korean name a family syllable and two given syllables
(``김민서``, ``이하늘``). The lists (`cjk_names_data`, from Faker's zh_CN, zh_TW and ko_KR person
lists and published frequency lists) make the shape; the shape alone is not enough in text
without spaces, so a run of that shape counts as a name only where the text puts a person:

- a chat speaker: at least two lines starting with a name-shaped run and a colon
  (``李建国：服务器...`` / ``王秀英：收到``), or a name over a time (``张伟  09:21``);
- a contact list item: a numbered or bulleted line starting with one, and holding a phone number
  or an e-mail address (``1. 王秀英，138 1234 5678，上海市...``);
- right before a phone number, after a non-Han character or a call verb
  (``如联系不上请致电 李强 021-5830 1122``);
- after a call verb, ending its clause (``如有問題請聯絡 陳冠廷。``, ``请通知王磊，``);
- the value of a person-role key (``"receiver": "김민서"``, ``sender: 王磊``; not a bare
  ``name``, which locale files use for labels and products);
- the last line of a message after a dash, with at most one word before it
  (``— QA팀 이하늘``, a signature).

A nickname in parentheses right after a name found so (``陈晓明（小明）``) is a name too.
"""

# ruff: noqa: RUF002  # Han and Hangul samples with their full-width punctuation
from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.detect.pii._scan import Hit, ScanDetector
from redactor.detect.pii._vocab import words
from redactor.detect.pii.cjk_names_data import (
    HAN_DOUBLE_SURNAMES,
    HAN_GIVEN,
    HAN_SURNAMES,
    HANGUL_DOUBLE_SURNAMES,
    HANGUL_GIVEN,
    HANGUL_SURNAMES,
    NOT_NAMES,
)

_HAN = "\u4e00-\u9fff"
_HANGUL = "\uac00-\ud7af"
_GATE = re.compile("[" + _HAN + _HANGUL + "]")
_NAME = "(?P<n>[" + _HAN + "]{2,4}|[" + _HANGUL + "]{3,4})"
"""A candidate run (its shape is checked by `is_cjk_name`)."""
_END = "(?![" + _HAN + _HANGUL + "])"

_SPEAKER = re.compile(r"(?m)^[ \t>]*(?:\[[^\]\n]{1,25}\][ \t]*)?" + _NAME + _END + r"[ \t]*[:\uff1a][ \t]*(?=\S)")
"""A line that starts with a run and a colon, then text (a chat line, or a form label)."""
_SPEAKER_OVER_TIME = re.compile(r"(?m)^[ \t]*" + _NAME + _END + r"[ \t]+\d{1,2}:\d{2}(?::\d{2})?[ \t]*$")
"""A chat export's speaker header: the name, then the time, alone on a line (``张伟  09:21``)."""
_LIST_ITEM = re.compile(
    r"(?m)^[ \t]*(?:\d{1,3}[.)\u3001\uff0e]|[-*\u2022\u00b7])[ \t]*"
    + _NAME
    + _END
    + r"(?=[ \t]*[\uff0c,\u3001:\uff1a(\uff08\t ])(?P<rest>[^\n]*)"
)
"""A numbered or bulleted line that starts with a run and a separator."""
_CONTACT_IN_LINE = re.compile(r"\d[\d \-]{5,}\d|@")
_PHONE = re.compile(r"(?<![\dA-Za-z_])\+?(?:\(\d{1,4}\)[ -]?)?\d[\d \-]{6,16}\d(?!\d)")
_BEFORE_PHONE = re.compile(r"[ \t]*[:\uff1a,\uff0c]?[ \t]*$")
_CALL_VERBS = tuple(words("致电 联系 聯繫 联络 聯絡 打给 打給 拨打 撥打 告诉 告訴 通知 转告 轉告 找"))
"""Verbs after which a Han run is who to call (``请致电李强``)."""
_ROLE_KEY = re.compile(
    r"[\"']?\b(?i:receiver|sender|recipient|consignee|shipper|buyer|seller|customer|client|contact|assignee"
    r"|assigned_to|approver|reviewer|owner|author|employee|staff|manager|driver|courier|patient|applicant"
    r"|guardian|payer|payee|beneficiary|holder|account_holder|cardholder|requester|reporter|member"
    r"|(?:[a-z]+_)?(?:full_?|real_?|person_?|contact_?)name)[\"']?[ \t]*(?:=|:|=>)[ \t]*[\"']?"
    + _NAME
    + _END
    + r"(?=[\"'\s,;}]|\Z)"
)
"""A person-role key whose whole value (quoted or not) is a run."""
_SIGN_OFF = re.compile(r"(?m)^[ \t]*[\u2014\u2013-]{1,2}[ \t]*(?:\S+[ \t]+)?" + _NAME + r"[ \t]*\Z")
"""The last line of the text: a dash, at most one word (a team), a run."""
_NICKNAME = re.compile(r"[(\uff08](?P<n>[" + _HAN + r"]{2,3})[)\uff09]")


def is_cjk_name(run: str) -> bool:
    """True when `run` has the shape of a Chinese (family name and one or two given-name
    characters) or Korean (family syllable and two given syllables) personal name."""
    if not run or run in NOT_NAMES:
        return False
    if "\uac00" <= run[0] <= "\ud7af":
        if run[:2] in HANGUL_DOUBLE_SURNAMES:
            given = run[2:]
        elif run[0] in HANGUL_SURNAMES:
            given = run[1:]
        else:
            return False
        return len(given) == 2 and all(c in HANGUL_GIVEN for c in given)
    if run[:2] in HAN_DOUBLE_SURNAMES:
        given = run[2:]
    elif run[0] in HAN_SURNAMES:
        given = run[1:]
    else:
        return False
    return 1 <= len(given) <= 2 and all(c in HAN_GIVEN for c in given)


def _speakers(text: str) -> Iterator[tuple[int, int]]:
    found = [(m.start("n"), m.end("n")) for m in _SPEAKER.finditer(text) if is_cjk_name(m.group("n"))]
    if len(found) >= 2:
        yield from found
    for m in _SPEAKER_OVER_TIME.finditer(text):
        if is_cjk_name(m.group("n")):
            yield m.start("n"), m.end("n")


def _list_items(text: str) -> Iterator[tuple[int, int]]:
    for m in _LIST_ITEM.finditer(text):
        if is_cjk_name(m.group("n")) and _CONTACT_IN_LINE.search(m.group("rest")) is not None:
            yield m.start("n"), m.end("n")


def _before_phones(text: str) -> Iterator[tuple[int, int]]:
    for m in _PHONE.finditer(text):
        if sum(c.isdigit() for c in m.group()) < 7:
            continue
        gap = _BEFORE_PHONE.search(text, max(0, m.start() - 4), m.start())
        end = m.start() if gap is None else gap.start()
        start = end
        while start > 0 and start > end - 8 and _GATE.match(text, start - 1) is not None:
            start -= 1
        run = text[start:end]
        for size in (4, 3, 2):
            if size > len(run) or not is_cjk_name(run[-size:]):
                continue
            head = run[:-size]
            if not head or head.endswith(_CALL_VERBS):
                yield end - size, end
                break


_AFTER_CALL = re.compile(
    "(?:" + "|".join(sorted(words("致电 联系 聯繫 联络 聯絡 打给 打給 告诉 告訴 通知 转告 轉告"))) + ")[ \t]?"
    "(?P<n>[" + _HAN + "]{2,4})(?=[\u3002\uff0c\uff01\uff1f\u3001,.!?;\uff1b]|[ \t]*(?:\n|$))"
)
"""A Han run between a call verb and the clause's end (``如有問題請聯絡 陳冠廷。``): who to contact."""


def _after_call_verbs(text: str) -> Iterator[tuple[int, int]]:
    for m in _AFTER_CALL.finditer(text):
        if is_cjk_name(m.group("n")):
            yield m.start("n"), m.end("n")


def _role_values(text: str) -> Iterator[tuple[int, int]]:
    for m in _ROLE_KEY.finditer(text):
        if is_cjk_name(m.group("n")):
            yield m.start("n"), m.end("n")


def _sign_off(text: str) -> Iterator[tuple[int, int]]:
    tail = text.rstrip()
    m = _SIGN_OFF.search(tail, max(0, tail.rfind("\n")))
    if m is not None and is_cjk_name(m.group("n")) and tail[: m.start()].strip():
        yield m.start("n"), m.end("n")


class CjkNameDetector(ScanDetector):
    """Chinese and Korean names of a name's shape in a person's place (``pii.cjk_name``)."""

    name = "pii.cjk_name"
    entity = "PERSON"
    non_ascii = True
    gate = _GATE

    def find(self, text: str) -> Iterator[Hit]:
        for finder in (_speakers, _list_items, _before_phones, _role_values, _sign_off, _after_call_verbs):
            for start, end in finder(text):
                yield (start, end, 0.8)
                nick = _NICKNAME.match(text, end)
                if nick is not None:
                    yield (nick.start("n"), nick.end("n"), 0.75)
