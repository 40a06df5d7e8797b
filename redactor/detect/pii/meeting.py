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

# ruff: noqa: RUF001  -- attendee labels of other languages and full-width punctuation are the point here.
from __future__ import annotations

import re
from collections.abc import Iterator

import re2  # type: ignore[import-untyped]  # google-re2 ships no type information

from redactor.detect.pii._base import TEXT_KINDS, Finding, TextInfo, ViewDetector
from redactor.detect.pii.field_labels import name_value
from redactor.detect.pii.given_names import GIVEN_NAMES
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
_MINUTES_LABELS = (
    "attendees|attendee list|participants|present|in attendance|attendance|invitees|meeting attendees"
    "|teilnehmer|teilnehmende|anwesend|anwesende|présents|participants|asistentes|participantes|presentes"
    "|presenti|partecipanti|aanwezig|aanwezigen|deelnemers|obecni|uczestnicy|přítomni|účastníci|prítomní"
    "|jelen voltak|jelen vannak|résztvevők|jelenlévők|katılımcılar|katılanlar|osallistujat|läsnä|deltagare"
    "|närvarande|deltakere|til stede|deltagere|fremmødte|peserta|hadir|yang hadir|dalo|waliohudhuria"
    "|washiriki|người tham dự|thành phần tham dự|thành viên tham dự|dumalo|mga dumalo|участники|присутствовали"
    "|присутні|учасники|uczestnicy spotkania|prezenți|participanți|συμμετέχοντες|παρόντες"
    "|出席者|参加者|参会人员|出席人员|与会人员|出席|参加者一覧|참석자|참석|参与者"
)
_LABELS = frozenset(form for label in _MINUTES_LABELS.split("|") for form in (label, label.replace("\u0131", "i")))
"""The attendee labels, lower case (a Turkish dotless i also as ``i``: ``KATILIMCILAR`` lowers so)."""
_LABEL_GATE = re2.compile(
    "(?i:" + re.sub("[\u0130\u0131\u017f\u212a]", ".", _MINUTES_LABELS) + r")[ \t]*(?:\*\*)?[ \t]*[:\x{ff1a}]"
)
"""A label, then a colon, searched by RE2 in one linear pass: a text without one has no attendee
line, and its colons are not looked at (the letters whose case partner is ASCII are wildcards, so
the search holds wherever lower-casing could make a label)."""
_LABEL_HEAD = re.compile(r"[ \t]*(?:[-*\u2022#>]+[ \t]*)?(?:\*\*)?")
"""What may come before the label on its line (or in its JSON string): indentation, a list marker,
markdown emphasis. Only labels within 120 characters of the line's (or the string's) start are read."""
_BODY_HEAD = re.compile(r"(?:\*\*)?[ \t]*")
_LIST_SEPARATORS = re.compile(r"[;,、，；]|[ \t]+(?:and|und|et|en|és|ve|na|dan|và|и|och|og|ja)[ \t]+|[ \t]+&[ \t]+")
_ROLE_AFTER = re.compile(r"[ \t]*[(（][^()（）\n@]{1,40}[)）][ \t]*$")
"""A role or company after an attendee (``(vendor)``, ``(ügyfél)``, ``（客户）``)."""
_CONTACT_AFTER = re.compile(r"[ \t]*(?:<[^<>\n]*>|\([^()\n]*@[^()\n]*\)|\[[^\]\n]*@[^\]\n]*\])[ \t]*$")


def _item(text: str, a: int, b: int, *, whole: bool = False) -> Finding | None:
    """The attendee name that fills ``text[a:b]`` (after stripping a mailbox), or None. `whole`: a
    role in brackets after the name is stripped too, and a name `field_labels.name_value` takes
    whole counts (``Nguyen Van An``, whose last word is also a particle; ``王秀英``)."""
    item = text[a:b]
    m = _CONTACT_AFTER.search(item)
    if m is not None:
        item = item[: m.start()]
    if whole and (m := _ROLE_AFTER.search(item)) is not None:
        item = item[: m.start()]
    stripped = item.strip().strip("\"'")
    if not stripped:
        return None
    start = a + item.index(stripped)
    r = clean_name(stripped, min_tokens=1)
    if (r is None or r != (0, len(stripped))) and (not whole or name_value(stripped, weak=False) != len(stripped)):
        return None
    if " " not in stripped and is_english(stripped):
        return None  # "Everyone", "Marketing": not a person
    return ("PERSON", start, start + len(stripped), 0.8)


def _minutes_line(text: str, start: int, colon: int) -> Iterator[Finding]:
    """The attendees after `colon` when ``text[start:colon]`` (a line's or a JSON string's start up to
    the colon) is an attendee label."""
    head = _LABEL_HEAD.match(text, start, colon)
    label = text[head.end() if head is not None else start : colon].rstrip(" \t")
    label = label.removesuffix("**").rstrip(" \t").lower()
    if label not in _LABELS:
        return
    pos = _BODY_HEAD.match(text, colon + 1).end()  # type: ignore[union-attr]  # matches the empty string
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    if (j := text.find('"', pos, end)) >= 0:
        end = j  # the end of a JSON string value
    last = pos
    for sep in [*_LIST_SEPARATORS.finditer(text, pos, end), None]:
        f = _item(text, last, end if sep is None else sep.start(), whole=True)
        if f is not None and _person_item(text[f[1] : f[2]]):
            yield f
        if sep is not None:
            last = sep.end()


def _person_item(name: str) -> bool:
    """A minutes list item of one cased word must be a known given name (``Vertrieb``, ``Legal``:
    teams); two words, or a name of a script without capitals, stand as they are."""
    return " " in name or not any(c.isupper() for c in name) or name.lower() in GIVEN_NAMES


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
        if not self.gated or _LABEL_GATE.search(text) is not None:
            yield from self._minutes(text)
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
    def _minutes(text: str) -> Iterator[Finding]:
        """Each name of a minutes attendee line that is whole (``Present: Yes`` is no list of people).

        The line is found from its colon: what stands between the line's start (after a list marker,
        indentation or markdown emphasis) and the colon must be one of the labels, which is a set
        lookup; no pattern of ~150 labels runs over the text."""
        for colon in ":\uff1a":
            c = text.find(colon)
            while c >= 0:
                if text[c - 1 : c] != '"':  # a JSON key's colon
                    lo = max(0, c - 120)
                    start = text.rfind("\n", lo, c) + 1 or (0 if lo == 0 else -1)
                    quote = text.rfind('": "', max(lo, start), c)
                    if quote >= 0:
                        start = quote + 4  # a JSON string's start: the label opens the value
                    if start >= 0:
                        yield from _minutes_line(text, start, c)
                c = text.find(colon, c + 1)

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
