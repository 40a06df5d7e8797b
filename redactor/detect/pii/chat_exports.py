"""Speakers of chat and meeting exports (``pii.chat_export``), by the formats' line shapes.

Chat transcripts are pasted into agent sessions in the text-export and copy-paste formats of
their products (WhatsApp, Telegram, Signal, LINE, KakaoTalk, WeChat, Viber, Slack, Teams, Zoom,
Google Chat and Meet, Discord, IRC/Matrix, Skype, Mattermost, Rocket.Chat, help-desk threads,
subtitle and transcript files). Each format is one declarative spec (`chat_formats.FORMATS`);
the line shape is the evidence, so the speaker check can accept names of any script and, in the
product-specific shapes, lower case (`speaker_entity`). It still rejects what fills the slot
outside chats: log levels and service names (``INFO``, ``uvicorn.error``, ``worker-1``),
system senders (``You``, ``System``, ``Bot``, ``Meta AI``), products, code and sentences.

This complements `speakers.py` (``pii.person_chat``: ``[09:14] Name:``, ``<Name>``, ``**Name**
10:02``, capitalised names only) and `meeting.py` (``pii.meeting``: Zoom ``From X to Y:``, VTT
voice tags, Otter headings, invites): formats they lack, and names they cannot take (scripts
without case, lower-case contact names, single words, handles). Where both match, the engine
merges the equal spans.

Cost: one RE2 pass (`_GATES`) decides whether a text holds a clock time (``\\d:\\d\\d``), a
ticket verb or a literal trigger (``<v``, ``from_name``, ``@``); a text without them costs that
pass only. Otherwise only the lines holding one are matched, once each, and the heading formats
only on lines that end with a time.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from redactor.detect.pii._base import Finding, TextInfo, ViewDetector
from redactor.detect.pii._gates import Gates
from redactor.detect.pii._vocab import NAME_PARTICLES, NOT_NAME_WORDS, SYSTEM_USERS, TECH_NAMES, words
from redactor.detect.pii.chat_formats import FORMATS, TICKET_WORDS, ChatFormat
from redactor.detect.pii.lexicon import is_english
from redactor.detect.pii.names import clean_name

SYSTEM_SPEAKERS: frozenset[str] = words("""
    you me system bot admin administrator everyone all unknown anonymous guest user moderator host
    co-host cohost organizer organiser presenter panelist attendee participant speaker narrator
    whatsapp telegram signal line kakaotalk wechat viber messenger slack teams zoom skype discord
    mattermost rocket.chat zendesk intercom freshdesk google meet hangouts chat group channel server
    service support helpdesk notification notifications reminder announcement automod webhook
    deleted account meta ai chatgpt assistant agent customer client operator visitor waiting room
    info information warn warning error err debug trace fatal critical notice alert emerg emergency
    severe fine finer finest verbose success succeeded fail failed failure ok note status step stage
    job task build test run exception traceback caused stack thread main worker scheduler
    stdout stderr output input result response request query reply message messages today yesterday
    나 시스템 알림 관리자 오픈채팅봇 自分 システム 通知 管理者 我 你 系统 系統 通知 管理员 群主 机器人
    所有人 全体成员 全體成員 모두 全員 全体 全员
""")
"""Lower-case words that fill a speaker slot without naming a person (system senders, log levels)."""

_HTML_TAGS = words("""
    a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption
    cite code col colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset
    figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hr html i iframe img input ins kbd
    label legend li link main map mark menu meta meter nav noscript object ol optgroup option output
    p param picture pre progress q rp rt ruby s samp script section select slot small source span
    strong style sub summary sup table tbody td template textarea tfoot th thead time title tr track
    u ul var video wbr svg path g rect circle
""")
"""HTML element names (the WHATWG element index): ``10:02 <div>`` is markup, not an IRC nick."""

_HANDLE = re.compile(r"[A-Za-z_\[\]\\^{}|`][\w.\-\[\]\\^{}|`]{1,39}(?:#\d{4})?")
_PARTICLES = NAME_PARTICLES | words("آل بن بنت ابن أبو ابو عبد")
"""Particles that do not count toward a name's five words (``كنعان آل محمد بن علي بن جماز``)."""
_CHAT_ROLE = re.compile(
    r"(?:Agent|Support|Operator|Moderator|Host|Co-host|Rep|Advisor|Adviser|Admin|Dr\.?)[ \t]+(?=[^\W\d_a-z])"
)
"""A role or title before a speaker's name, dropped from the span (as `speakers.py` does)."""
_TAG_AFTER = re.compile(r"[ \t]*\([^()\n]{1,40}\)[ \t]*$")
"""A parenthesised tag after a display name: ``(External)``, ``(Guest)``, ``(Sales)``."""
_LAST_FIRST = re.compile(r"(?P<last>[^,\s][^,]*),[ \t]+(?P<first>[^,\s][^,]*)")
"""``Petrova, Anna``: a directory display name, surname first."""
_HANDLE_MARK = re.compile(r"[\d._-]")
"""What marks a lower-case word as an account handle where a bare word is not enough."""
_JOINERS = frozenset("'\u2019-.\u30fb\u00b7")
_CJK = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_SYMBOL_TAIL = re.compile(r"[\s\W]+$")


def _token_ok(tok: str) -> bool:
    """Letters (any script) and combining marks, with inner apostrophes, hyphens, dots or a
    katakana middle dot; a trailing dot only after one letter (an initial)."""
    if not tok or unicodedata.category(tok[0])[0] != "L":
        return False
    prev_joiner = False
    for ch in tok[1:]:
        cat = unicodedata.category(ch)[0]
        if cat in "LM":
            prev_joiner = False
        elif ch in _JOINERS and not prev_joiner:
            prev_joiner = True
        else:
            return False
    if "." in tok and any(len(part) > 1 for part in tok.split(".")):
        return False  # "uvicorn.error", "St.John": dotted words are identifiers; "J.R." stays
    return not prev_joiner or tok.endswith(".")


def _uncased(tok: str) -> bool:
    """The token's script writes no capitals (CJK, Arabic, Thai...; Georgian Mkhedruli, whose
    Mtavruli capitals are not used in names)."""
    return tok[0].lower() == tok[0].upper() or "\u10d0" <= tok[0] <= "\u10ff"


def _is_handle(value: str) -> bool:
    """An account handle: no blanks, and a digit, a separator or lower case marks it as one."""
    if _HANDLE.fullmatch(value) is None or value.lower() in _HTML_TAGS:
        return False
    core = value.split("#", 1)[0]
    parts = [p for p in re.split(r"[._\-\[\]\\^{}|`\d]+", core.lower()) if p]
    if not parts or any(p in SYSTEM_SPEAKERS or p in TECH_NAMES or p in SYSTEM_USERS for p in parts):
        return False
    return not core.isdigit() and (core.lower() not in NOT_NAME_WORDS)


def speaker_entity(value: str, *, lenient: bool, handles: bool) -> str | None:
    """``PERSON`` or ``USERNAME`` when `value` (a format's speaker slot) names someone, else None.

    Lenient (product-specific shapes): 1-5 tokens of letters of any script, lower case allowed;
    not a system sender, log level, product or code word; a lone lower-case Latin word must not
    be English (``mom``, ``worker``). Weak (shapes that also occur outside chats): a capitalised
    name that `names.clean_name` takes whole, or words of a script without case (a run of CJK
    characters at most four long); a lone word must not be English. With `handles`, a value
    without blanks that looks like an account (``anna_k``, ``lena.vogel``, ``bob#1234``) is a
    USERNAME.
    """
    last_first = _LAST_FIRST.fullmatch(value)
    if last_first is not None:
        # "Petrova, Anna" (Teams, Outlook): checked as "Anna Petrova"; the span keeps the comma
        value = last_first.group("first") + " " + last_first.group("last")
    tokens = value.split()
    if not 1 <= sum(1 for t in tokens if t.lower() not in _PARTICLES) <= 5 or len(tokens) > 8:
        return None
    lows = [t.lower() for t in tokens]
    if " ".join(lows) in SYSTEM_SPEAKERS or any(t in TECH_NAMES for t in lows):
        return None
    if all(t in SYSTEM_SPEAKERS or t in NOT_NAME_WORDS or t in SYSTEM_USERS for t in lows):
        return None
    if not all(_token_ok(t) for t in tokens):
        if handles and len(tokens) == 1 and _is_handle(value):
            return "USERNAME"
        return None
    single = len(tokens) == 1
    tok0 = tokens[0]
    if single and len(tok0) < 2:
        return None  # "<T>": a type parameter, an initial
    if single and len(tok0) > 1 and tok0.isupper() and not _uncased(tok0):
        return None  # INFO, ERROR, JSON
    uncased = all(_uncased(t) for t in tokens)
    if uncased:
        if any(len(t) > 20 for t in tokens) or (not lenient and any(len(t) > 4 for t in tokens if _CJK.match(t))):
            return None  # a CJK sentence or label run, not a name
        return "PERSON"
    if lenient:
        if single and tok0.islower():
            if handles:
                return "USERNAME" if _is_handle(tok0) else None
            if is_english(tok0):
                return None  # "worker", "mom"
        return "PERSON"
    r = clean_name(value, min_tokens=1)
    if r is None or r != (0, len(value)):
        if handles and single and _is_handle(value) and (_HANDLE_MARK.search(value) or not is_english(lows[0])):
            return "USERNAME"
        return None
    if single and is_english(lows[0]):
        return None
    return "PERSON"


@dataclass(frozen=True, slots=True)
class _Hit:
    fmt: ChatFormat
    entity: str
    start: int
    end: int
    value: str


_TIME = re.compile(r"\d:\d\d|\d\.[0-5]\d(?:\.[0-5]\d)?(?:[ \t\u00a0]-|\])")
"""What a candidate line holds: a clock time (``14:02``; WhatsApp's Indonesian and Finnish
``14.02`` only before `` -`` or ``]``)."""
_TIMED = tuple(f for f in FORMATS if f.trigger == "time")
_TICKET = tuple(f for f in FORMATS if f.trigger == "ticket")
_TICKET_WORD = re.compile("|".join(re.escape(w) for w in TICKET_WORDS))
_GATES = Gates(
    {
        "time": r"\d:\d\d|\d\.[0-5]\d",
        "ticket": "|".join(re.escape(w) for w in TICKET_WORDS),
        **{f.trigger: re.escape(f.trigger) for f in FORMATS if f.trigger not in ("time", "ticket")},
    }
)
"""Which triggers occur in a text, in one RE2 pass (`_gates.Gates`): relaxed `_TIME`, `_TICKET_WORD`
and the literal triggers (``<v``, ``from_name``...)."""
_LITERAL = tuple(f for f in FORMATS if f.trigger not in ("time", "ticket"))


_TAIL_FORMATS = frozenset({"telegram.copy", "discord.copy", "heading.time", "zoom.transcript"})
"""Formats whose line ends with the time (headings): tried only on lines that do."""
_HEAD = tuple(f for f in _TIMED if f.name not in _TAIL_FORMATS)
_TAILED = tuple(f for f in _TIMED if f.name in _TAIL_FORMATS)
_TIME_TAIL = re.compile(r"\d[:.]\d\d[^\n\d]{0,8}$", re.MULTILINE)
"""A line that ends with a time (and an AM/PM marker, a bracket)."""


def _candidate_lines(text: str, matches: Iterator[re.Match[str]]) -> Iterator[tuple[int, int, int]]:
    """``(start, end, first match)`` of each line holding one of `matches` (in order), once per
    line; linear in the text however many matches a long line holds."""
    end = -1
    for m in matches:
        p = m.start()
        if p < end:
            continue  # another match on a line already yielded
        a = text.rfind("\n", 0, p) + 1
        e = text.find("\n", p)
        end = len(text) if e < 0 else e
        yield a, end, p


def _line_starts(text: str, a: int, upto: int) -> list[int]:
    """Where a speaker line may start on the line beginning at `a`: the line start and, in a
    JSON string written on one line, right after the last ``": "`` before `upto`."""
    starts = [a]
    j = text.rfind('": "', a, upto)
    if j >= 0:
        starts.append(j + 4)
    return starts


def _next_line_is_text(text: str, end: int, fmt: ChatFormat) -> bool:
    """The line after position `end` (the end of a heading) holds some text and is not itself a
    heading of `fmt` (timetables and agendas are rows of headings)."""
    nl = text.find("\n", end)
    if nl < 0:
        return False
    nxt = text.find("\n", nl + 1)
    line = text[nl + 1 : len(text) if nxt < 0 else nxt].strip()
    if not line or line.startswith(('"', "}", "]")):
        return False
    return fmt.line.match(text, nl + 1) is None


def _english_heading(h: _Hit, per_value: dict[str, int]) -> bool:
    """A weak heading whose name heads one turn and is all English words (``Lunch Break``): it
    counts only next to a heading of the same format that is surely a name, and only with two words
    or more (``Tracy Taylor`` in a conversation with ``Charles Foster``, who speaks twice)."""
    return (
        h.fmt.heading
        and h.fmt.names == "weak"
        and h.entity == "PERSON"
        and per_value[h.value] < 2
        and all(is_english(w.lower()) for w in h.value.split())
    )


def _lone_cased_word(h: _Hit) -> bool:
    """A one-word PERSON of a cased script (``Reconnecting``; ``张伟`` is not one)."""
    return h.entity == "PERSON" and " " not in h.value and not _uncased(h.value)


class ChatExportDetector(ViewDetector):
    """Speaker names of chat and meeting export formats (``pii.chat_export``)."""

    name = "pii.chat_export"
    entities: tuple[str, ...] = ("PERSON", "USERNAME")

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        text = info.text
        passed = _GATES.passed(text, self.gated)
        hits: list[_Hit] = []
        times = _TIME.finditer(text) if "time" in passed else iter(())
        for a, e, p in _candidate_lines(text, times):
            formats = _TIMED if _TIME_TAIL.search(text, max(a, e - 40), e) is not None else _HEAD
            for start in _line_starts(text, a, p):
                for fmt in formats:
                    hits.extend(self._match(text, fmt, start))
        for fmt in _LITERAL:
            if fmt.trigger in passed and fmt.trigger in text:
                for vm in fmt.line.finditer(text):
                    hits.extend(self._hit(fmt, vm))
        verbs = _TICKET_WORD.finditer(text) if "ticket" in passed else iter(())
        for a, _e, p in _candidate_lines(text, verbs):
            for start in _line_starts(text, a, p):
                for fmt in _TICKET:
                    hits.extend(self._match(text, fmt, start))
        yield from self._accepted(text, hits)

    def _match(self, text: str, fmt: ChatFormat, start: int) -> list[_Hit]:
        m = fmt.line.match(text, start)
        if m is None:
            return []
        if fmt.heading and not _next_line_is_text(text, m.end(), fmt):
            return []
        return list(self._hit(fmt, m))

    @staticmethod
    def _hit(fmt: ChatFormat, m: re.Match[str]) -> Iterator[_Hit]:
        group = "name" if m.group("name") is not None else "name2"
        raw = m.group(group)
        if raw is None:
            return
        value = raw.strip().lstrip("~").strip()
        tag = _TAG_AFTER.search(value)
        if tag is not None and tag.start() > 0:
            value = value[: tag.start()]  # "Anna Petrova (External)": Teams' guest tag
        tail = _SYMBOL_TAIL.search(value)
        if tail is not None and tail.start() > 0 and not value.endswith("."):
            value = value[: tail.start()]  # "Anna 🌸": the emoji is no part of the name
        if not value:
            return
        role = _CHAT_ROLE.match(value)
        if role is not None:
            value = value[role.end() :]  # "[14:02] Agent Naledi:" names Naledi
        a = m.start(group) + raw.index(value)
        entity = speaker_entity(value, lenient=fmt.names == "lenient", handles=fmt.handles)
        if entity is not None:
            yield _Hit(fmt, entity, a, a + len(value), value)

    @staticmethod
    def _accepted(text: str, hits: list[_Hit]) -> Iterator[Finding]:
        """Hits whose format has its evidence: enough lines (or its cue), and for headings a name
        that heads two turns or is not all English words."""
        per_format: dict[str, int] = {}
        per_value: dict[str, int] = {}
        for h in hits:
            per_format[h.fmt.name] = per_format.get(h.fmt.name, 0) + 1
            per_value[h.value] = per_value.get(h.value, 0) + 1
        cue_seen: dict[str, bool] = {}
        anchored = {h.fmt.name for h in hits if not _english_heading(h, per_value)}
        for h in hits:
            fmt = h.fmt
            if per_format[fmt.name] < fmt.min_lines:
                if fmt.cue is None:
                    continue
                if fmt.name not in cue_seen:
                    cue_seen[fmt.name] = fmt.cue.search(text) is not None
                if not cue_seen[fmt.name]:
                    continue
            if _english_heading(h, per_value) and (fmt.name not in anchored or " " not in h.value):
                continue  # "Lunch Break  12:30" in an agenda
            if fmt.heading and fmt.names == "weak" and _lone_cased_word(h):
                continue  # "[10:02:11] Reconnecting" above a stack frame
            yield (h.entity, h.start, h.end, 0.8 if fmt.names == "lenient" else 0.75)
