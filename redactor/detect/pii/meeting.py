"""People in meeting chat exports and calendar invites (``pii.meeting``).

Meeting tools write their chat and invite text in a few fixed shapes, all pasted into agent
sessions as they are:

- chat exports with a sender and a recipient: Zoom ``10:02:41 From Putri Anggraini to Everyone:``,
  ``10:03:02 From Aarav Mehta to Putri Anggraini(Direct Message):``, older Zoom
  ``00:12:45 From  Jane Doe : text``, Webex ``from Jane Doe to everyone:  10:02 AM``;
- invite attendee lines: Outlook/Teams ``Required: Siobhán Ní Bhriain; Fatima Al-Sayed``,
  ``Optional: Haruto Sato``, ``Required Attendees:``, ``Organizer:`` (``;`` or ``,``
  separated, an optional ``<mail>`` or ``(mail)`` after each name).

Each name must pass `names.clean_name` and fill its slot; a one-word attendee must not be an
English word (``Everyone``, ``Marketing``, ``Room``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.detect.pii._base import LINE_START, Finding, TextInfo, ViewDetector
from redactor.detect.pii.lexicon import is_english
from redactor.detect.pii.names import NAME_RE, clean_name

_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[APap]\.?[Mm]\.?)?"
_EVERYONE = r"(?:[Ee]veryone|[Aa]ll|[Aa]ll [Pp]anelists|[Hh]osts? and [Pp]anelists|[Ww]aiting [Rr]oom)"
_PRIVATE = r"(?:[ \t]*\((?:[Dd]irect [Mm]essage|[Pp]rivately|[Pp]rivate|DM)\))"
_CHAT = re.compile(
    r"(?m)" + LINE_START + r"[ \t]*(?P<time>" + _TIME + r"[ \t]+)?[Ff]rom[ \t]+(?P<sender>" + NAME_RE + r")"
    r"(?:[ \t]+to[ \t]+(?:(?P<all>" + _EVERYONE + r")|(?P<recipient>" + NAME_RE + r")(?P<private>" + _PRIVATE + r")))?"
    r"[ \t]*:"
)
"""A chat export line. The recipient is everyone or marked private (``From London to Paris:`` is a
timetable); without a recipient a timestamp must lead (``From X:`` alone is a mail header)."""

_INVITE = re.compile(
    r"(?im)" + LINE_START + r"[ \t]*(?:required|optional)(?:[ \t]+(?:attendees|participants|guests))?"
    r"[ \t]*:[ \t]*(?P<list>[^\n]{2,1000})$"
    r"|" + LINE_START + r"[ \t]*(?:organi[sz]er|meeting organi[sz]er)[ \t]*:[ \t]*(?P<one>[^\n]{2,200})$"
)
_INVITE_CUE = re.compile(
    r"(?im)^[ \t]*(?:when|where|location|organi[sz]er|subject|dial-in|join(?: [\w ]{0,30})?|meeting id"
    r"|conference id|passcode)[ \t]*:|\b(?:meeting|invite|invitation|calendar|teams|zoom|webex)\b"
)
"""Evidence that a ``Required:``/``Optional:`` line belongs to a calendar invite."""
_CONTACT_AFTER = re.compile(r"[ \t]*(?:<[^<>\n]*>|\([^()\n]*@[^()\n]*\)|\[[^\]\n]*@[^\]\n]*\])[ \t]*$")


def _item(text: str, a: int, b: int) -> Finding | None:
    """The attendee name that fills ``text[a:b]`` (after stripping a mailbox), or None."""
    item = text[a:b]
    m = _CONTACT_AFTER.search(item)
    if m is not None:
        item = item[: m.start()]
    stripped = item.strip().strip("\"'")
    if not stripped:
        return None
    start = a + item.index(stripped)
    r = clean_name(stripped, min_tokens=1)
    if r is None or r != (0, len(stripped)):
        return None
    if " " not in stripped and is_english(stripped):
        return None  # "Everyone", "Marketing": not a person
    return ("PERSON", start, start + len(stripped), 0.8)


class MeetingPersonDetector(ViewDetector):
    """Senders and recipients of meeting chat lines, invite attendees (``pii.meeting``)."""

    name = "pii.meeting"
    entities: tuple[str, ...] = ("PERSON",)
    prefilter: tuple[str, ...] = ("from ", "required", "optional", "organizer", "organiser")

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        text = info.text
        low = text.lower()
        if "from " in low:
            for m in _CHAT.finditer(text):
                if m.group("time") is None and m.group("all") is None and m.group("recipient") is None:
                    continue  # "From: ..." headers and prose are other detectors' business
                for group in ("sender", "recipient"):
                    if m.group(group) is None:
                        continue
                    f = _item(text, m.start(group), m.end(group))
                    if f is not None:
                        yield f
        if "required" in low or "optional" in low or "organi" in low:
            for m in _INVITE.finditer(text):
                if _INVITE_CUE.search(text, max(0, m.start() - 500), min(len(text), m.end() + 500)) is None:
                    continue  # "Optional: Dark Mode" in a settings page
                group = "list" if m.group("list") is not None else "one"
                yield from self._attendees(text, m.start(group), m.end(group))

    @staticmethod
    def _attendees(text: str, a: int, b: int) -> Iterator[Finding]:
        body = text[a:b]
        sep = ";" if ";" in body else ","
        pos = a
        for part in body.split(sep):
            f = _item(text, pos, pos + len(part))
            if f is not None:
                yield f
            pos += len(part) + 1
