"""People in meeting chat exports and calendar invites (``pii.meeting``).

Meeting tools write their chat and invite text in a few fixed shapes, all pasted into agent
sessions as they are:

- chat exports with a sender and a recipient: Zoom ``10:02:41 From Putri Anggraini to Everyone:``,
  ``10:03:02 From Aarav Mehta to Putri Anggraini(Direct Message):``, older Zoom
  ``00:12:45 From  Jane Doe : text``, Webex ``from Jane Doe to everyone:  10:02 AM``;
- display-name mentions copied from Slack or Teams: ``@Ingrid Solberg can you check?`` (two or
  three capitalised words in prose, comments or strings; ``@handles`` are `pii.handle`'s);
- transcripts: WebVTT voice tags ``<v Aarav Mehta>text</v>``, a ``Name: text`` cue line right
  after a ``00:00:01.000 --> 00:00:04.000`` timing line (Zoom and Teams ``.vtt``), and a name alone
  with a time on its line (Otter, Teams transcripts: ``Aarav Mehta  0:03``);
- invite attendee lines: Outlook/Teams ``Required: Siobhán Ní Bhriain; Fatima Al-Sayed``,
  ``Optional: Haruto Sato``, ``Required Attendees:``, ``Organizer:`` (``;`` or ``,``
  separated, an optional ``<mail>`` or ``(mail)`` after each name).

Each name must pass `names.clean_name` and fill its slot; a one-word attendee must not be an
English word (``Everyone``, ``Marketing``, ``Room``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.detect.pii._base import TEXT_KINDS, Finding, TextInfo, ViewDetector
from redactor.detect.pii.lexicon import is_english
from redactor.detect.pii.names import NAME_RE, clean_name

_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[APap]\.?[Mm]\.?)?"
_EVERYONE = r"(?:[Ee]veryone|[Aa]ll|[Aa]ll [Pp]anelists|[Hh]osts? and [Pp]anelists|[Ww]aiting [Rr]oom)"
_PRIVATE = r"(?:[ \t]*\((?:[Dd]irect [Mm]essage|[Pp]rivately|[Pp]rivate|DM)\))"
_CHAT = re.compile(
    r"[Ff]rom[ \t]+(?P<sender>" + NAME_RE + r")"
    r"(?:[ \t]+to[ \t]+(?:(?P<all>" + _EVERYONE + r")|(?P<recipient>" + NAME_RE + r")(?P<private>" + _PRIVATE + r")))?"
    r"[ \t]*:"
)
"""A chat export line. The recipient is everyone or marked private (``From London to Paris:`` is a
timetable); without a recipient a timestamp must lead (``From X:`` alone is a mail header). What
precedes ``From`` on its line must match `_CHAT_PREFIX`."""
_CHAT_PREFIX = re.compile(r"(?:[^\n]*\": \")?[ \t]*(?P<time>" + _TIME + r"[ \t]+)?")

_MENTION = re.compile(r"@(?<![\w@./\\-]@)(?P<name>[^\W\d_a-z][^\W\d_]+(?:[ \t][^\W\d_a-z][^\W\d_'-]+){1,2})\b")
"""A display-name mention as Slack and Teams copies write it: ``@Ingrid Solberg can you ...``."""
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?[ \t]+(?P<name>[^<>\n]{2,80})>")
"""A WebVTT voice tag: ``<v Aarav Mehta>``, ``<v.loud Putri Anggraini>``."""
_VTT_CUE = re.compile(
    r"(?m)^[ \t]*(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}[ \t]+-->[ \t]+(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}[^\n]*\n"
    r"[ \t]*(?:\d+[ \t]+)?(?P<name>" + NAME_RE + r")[ \t]*:[ \t]"
)
"""A transcript cue whose text starts with its speaker: ``00:00:01.000 --> 00:00:04.000\nName: text``."""
_TIME_AT_END = re.compile(r"(?m):\d{2}(?::\d{2})?[ \t]*$")
"""The minutes (and seconds) of the time that ends a speaker heading (``Aarav Mehta  0:03``); one or two
digits of hours and a blank come before, the rest of the line is the name. Matched from the colon,
which the regex engine finds fast."""

_INVITE = re.compile(
    r"(?im)(?:required|optional)(?:[ \t]+(?:attendees|participants|guests))?[ \t]*:[ \t]*(?P<list>[^\n]{2,1000})$"
    r"|organi[sz]er[ \t]*:[ \t]*(?P<one>[^\n]{2,200})$"
)
"""An attendee line, matched where its label word occurs; only indentation (or a JSON string's start)
may precede the label (`_LINE_HEAD`)."""
_LINE_HEAD = re.compile(r"(?:[^\n]*\": \")?[ \t]*(?i:meeting[ \t]+)?")
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
    prefilter: tuple[str, ...] = ("from ", "required", "optional", "organizer", "organiser", "<v", "-->", ":", "@")

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        text = info.text
        low = text.lower()
        if "from " in low:
            for m in _CHAT.finditer(text):
                line = text.rfind("\n", 0, m.start()) + 1
                prefix = _CHAT_PREFIX.fullmatch(text, max(line, m.start() - 200), m.start())
                if prefix is None:
                    continue
                if prefix.group("time") is None and m.group("all") is None and m.group("recipient") is None:
                    continue  # "From: ..." headers and prose are other detectors' business
                for group in ("sender", "recipient"):
                    if m.group(group) is None:
                        continue
                    f = _item(text, m.start(group), m.end(group))
                    if f is not None:
                        yield f
        if "@" in text:
            for m in _MENTION.finditer(text):
                if info.kind_at(m.start()) not in TEXT_KINDS:
                    continue  # "@Entity Table" in Java: an annotation
                r = clean_name(m.group("name"), min_tokens=2)
                if r is not None:
                    yield ("PERSON", m.start("name") + r[0], m.start("name") + r[1], 0.8)
        if "<v" in text:
            for m in _VOICE.finditer(text):
                if (f := _item(text, m.start("name"), m.end("name"))) is not None:
                    yield f
        if "-->" in text:
            for m in _VTT_CUE.finditer(text):
                if (f := _item(text, m.start("name"), m.end("name"))) is not None:
                    yield f
        yield from self._headings(text)
        if "required" in low or "optional" in low or "organi" in low:
            for m in self._invite_lines(text, low):
                line = text.rfind("\n", 0, m.start()) + 1
                if _LINE_HEAD.fullmatch(text, max(line, m.start() - 200), m.start()) is None:
                    continue
                if _INVITE_CUE.search(text, max(0, m.start() - 500), min(len(text), m.end() + 500)) is None:
                    continue  # "Optional: Dark Mode" in a settings page
                group = "list" if m.group("list") is not None else "one"
                yield from self._attendees(text, m.start(group), m.end(group))

    @staticmethod
    def _invite_lines(text: str, low: str) -> Iterator[re.Match[str]]:
        """`_INVITE` matches at each occurrence of its label words (no regex scan of the whole text)."""
        for word in ("required", "optional", "organi"):
            i = low.find(word)
            while i >= 0:
                m = _INVITE.match(text, i)
                if m is not None:
                    yield m
                i = low.find(word, i + 1)

    @staticmethod
    def _headings(text: str) -> Iterator[Finding]:
        """Speaker headings with a time: a name that heads two turns, or has a word that is not English
        (``Lunch Break  12:30`` in an agenda is neither)."""
        found: dict[str, list[Finding]] = {}
        for m in _TIME_AT_END.finditer(text):
            hours = m.start()
            while hours > 0 and text[hours - 1].isdigit() and m.start() - hours < 3:
                hours -= 1
            if not 1 <= m.start() - hours <= 2 or hours == 0 or text[hours - 1] not in " \t":
                continue
            f = _item(text, text.rfind("\n", 0, hours) + 1, hours - 1)
            if f is not None and " " in text[f[1] : f[2]]:
                found.setdefault(text[f[1] : f[2]], []).append(f)
        for name, hits in found.items():
            if len(hits) >= 2 or not all(is_english(w) for w in name.split()):
                yield from hits

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
