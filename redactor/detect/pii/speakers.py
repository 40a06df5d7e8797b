"""People in conversations: chat speakers, sign-offs, role nouns and lower-case names.

These complement `person.py` with the shapes agent transcripts carry when people talk:

- speaker labels of chat exports: ``[09:14] Valentina Russo: ...``, IRC ``<Lars Eriksen> ...``,
  Slack/Teams ``**Kofi Boateng** 10:02 AM``, ``> **Henrik** wrote:``, calendar and directory
  ``CN=Rosa Delgado``;
- sign-offs: ``Thanks, Priya``, ``-- Bronwyn Pritchard``;
- a role noun before a name: ``Customer Ahmed Benali``, ``the account holder is Siobhán Ní
  Bhriain``, ``the customer (Tyrone Whitfield)``;
- names written in lower case after a cue (``ask priya``, ``i'm olumide adeyemi``, ``standup:
  nadia fixed ...``), accepted only when no word of the name is English (`lexicon.is_english`)
  or technical jargon (those rules and word checks live in `speakers_lower.py`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.detect.pii._base import LINE_START, TEXT_KINDS, Finding, TextInfo, ViewDetector
from redactor.detect.pii._gates import Gates
from redactor.detect.pii._vocab import TECH_NAMES
from redactor.detect.pii.foreign_words import foreign_lone_word
from redactor.detect.pii.lexicon import is_english
from redactor.detect.pii.names import NAME_GATE, NAME_RE, clean_name
from redactor.detect.pii.speakers_lower import (
    _INTRO,
    _LOWER_ACTS,
    _LOWER_BEFORE_MAIL,
    _LOWER_CUES,
    _LOWER_LITERALS,
    _LOWER_RULES,
    _ROSTER_NAMES,
    _ROSTER_WORDS,
    _lower_full_name,
    _lower_name,
    _roster_names,
    _shared_cue,
)
from redactor.detect.prefilter import LiteralGroups

_N = r"(?P<name>" + NAME_RE + r")"

# Pieces shared by a rule and its gate (`_GATES`), so the gate is a piece of every match.
_THANKS = r"\b(?:thanks|thank you|cheers|regards|best|br|ta)"
_ROLES = (
    r"\b(?:customer|client|patient|tenant|applicant|candidate|employee|member|guest|passenger"
    r"|caller|requester|colleague|contractor|student|landlord|beneficiary|account holder|card ?holder"
    r"|recipient|buyer|seller|resident|visitor|subscriber|claimant|driver|courier)(?:'s name)?"
    r"(?:[ \t]+(?:is|was|named|called))?[ \t]+\(?"
)
_RELATED = (
    r"\b(?:thread|chat|conversation|sync|1:1|dm|catch-up|standup|lunch|interview|meeting|call)"
    r"[ \t]+with[ \t]+|\b(?:made|booked|registered|reserved|listed|filed)[ \t]+under[ \t]+"
    r"|\b(?:written|maintained|created|authored|developed|reviewed|approved|owned|signed|submitted)"
    r"[ \t]+by[ \t]+"
    r"|\b(?:commits|changes|work|edits|patches|pull requests|prs|code|review|comments)[ \t]+by[ \t]+"
    r"|\b(?:triggered|requested|initiated|started|deployed|merged|opened|assigned)[ \t]+by[ \t]+"
    r"|\b(?:contact|reach out to|address for|phone number for|details for|account of)[ \t]+"
    r"|\bbelong(?:s|ing)? to[ \t]+(?:\*\*|__)?"
)
_MODAL = (
    r"[ \t]+(?:should|must|will|can|could|would|needs to|has to|is going to)"
    r"[ \t]+(?:review|check|look|approve|sign|confirm|send|call|email|reply|follow|handle|update|test|verify|merge"
    r"|join|attend|present|host|dial in)"
)
_LIST_WORDS = (
    r"(?:attendees|participants|present|invitees|speakers|panelists|panellists"
    r"|reviewers|approvers|members|people|team|cc|bcc|to|with|owners|contacts|guests)"
)
_ASK_VERBS = r"\b(?:ping|ask|tell|cc|dm|remind|message|nudge|loop in|check with|sync with)"

_RULES: tuple[tuple[tuple[str, ...], re.Pattern[str], int, float], ...] = (
    # (literals, one of which must occur in the lower-cased text; pattern with a `name` group;
    # minimum tokens; score). These hold in prose, comments and strings.
    (("<",), re.compile(r"(?m)" + LINE_START + r"[ \t>]*<" + _N + r">[ \t]"), 1, 0.75),
    (
        ("**",),
        re.compile(
            r"(?m)"
            + LINE_START
            + r"[ \t>]*\*\*"
            + _N
            + r"\*\*[ \t]*(?=\d{1,2}:\d{2}|(?:wrote|said|replied|commented|asked)\b)"
        ),
        1,
        0.75,
    ),
    (
        ("wrote:", "replied:", "commented:"),
        re.compile(r"(?m)" + LINE_START + r"[ \t>]*" + _N + r"[ \t]+(?=(?:wrote|replied|commented):)"),
        1,
        0.75,
    ),
    (
        ("thank", "cheers", "regards", "best,", "br,", "ta,"),
        re.compile(r"(?i:" + _THANKS + r"),[ \t]+" + _N + r"[ \t]*[.!]?[ \t]*(?=\n|$|[\"'])"),
        1,
        0.75,
    ),
    (
        ("--", "\u2014", "\u2013"),
        re.compile(r"(?m)(?:^|(?<=[ \t\"']))(?:--|\u2014|\u2013)[ \t]*" + _N + r"[ \t]*[\"'”]?[ \t]*$"),
        2,
        0.75,
    ),
    (
        (
            "customer",
            "client",
            "patient",
            "tenant",
            "applicant",
            "candidate",
            "employee",
            "member",
            "guest",
            "passenger",
            "caller",
            "requester",
            "colleague",
            "contractor",
            "student",
            "landlord",
            "beneficiary",
            "holder",
            "recipient",
            "buyer",
            "seller",
            "resident",
            "visitor",
            "subscriber",
            "claimant",
            "driver",
            "courier",
        ),
        re.compile(r"(?i:" + _ROLES + r")" + _N),
        2,
        0.75,
    ),
    (
        (" with", " under", " by", "belong", "contact", "reach out", " for ", "account of"),
        re.compile(r"(?i:" + _RELATED + r")" + _N),
        2,
        0.75,
    ),
    (
        ("copyright", "(c)", "\u00a9"),
        re.compile(
            r"(?m)" + LINE_START + r"[ \t]*(?://+|#+|/\*+|\*|--|;+|<!--)[ \t]*"
            r"(?i:copyright|\(c\)|\u00a9)[ \t]+(?:(?i:\(c\)|\u00a9)[ \t]+)?"
            r"(?:\d{4}(?:[ \t]*[-\u2013,][ \t]*\d{4})*,?[ \t]+)"
            + _N
            + r"(?=[ \t]+(?:and|&)[ \t]+(?:contributors|others|the)\b|[ \t]*(?:[.,;<(]|$|\n))"
        ),
        2,
        0.75,
    ),
)

_MODAL_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?:;\n\"'(])[ \t]*|(?<=\bthat )|(?<=\band )|(?<=\bbut )|(?<=\bso )|(?<=\bwhile ))"
    + _N
    + r"(?="
    + _MODAL
    + r"\b)"
)
"""A two-word name as the subject of a request: ``Paolo Villanueva should review ...``."""

_LIST_CUE = re.compile(r"(?im)(?:^|(?<=\": \"))[ \t>*-]*" + _LIST_WORDS + r"[ \t]*:[ \t]*")
_LIST_ITEM = re.compile(r"[ \t]*(?:,|;|\band\b|&)?[ \t]*" + _N)
"""``Attendees: Marguerite Dubois, Tendai Moyo, Sigrid Holm``: every name of the list."""

_STRUCTURAL: tuple[tuple[str, re.Pattern[str], int, float], ...] = (
    # (literal that must occur, pattern, minimum tokens, score), in any kind of segment: chat
    # exports look like logs, calendar and directory entries like code
    ("]", re.compile(r"(?m)" + LINE_START + r"[ \t>]*\[[^\]\n]{3,30}\][ \t]+" + _N + r"[ \t]*:[ \t]"), 1, 0.75),
    (
        ":",
        re.compile(
            r"(?m)" + LINE_START + r"[ \t>]*(?:\d{1,4}[./-]\d{1,2}[./-]\d{2,4},?[ \t]+)?\d{1,2}:\d{2}(?::\d{2})?"
            r"(?:[ \t]?[APap][Mm])?(?:[ \t]+-|[ \t]*\])?[ \t]+" + _N + r"[ \t]*:[ \t]"
        ),
        1,
        0.75,
    ),
    ("cn=", re.compile(r"(?:\bCN|\bcn)=" + _N + r"(?=[ \t]*[:,;/\n\"]|$)"), 2, 0.8),
    # Teams/Slack copies put the speaker alone on the line after the time: ``[14:31] Sofia Castellanos``
    (
        "]",
        re.compile(
            r"(?m)" + LINE_START + r"[ \t>]*\[\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[APap][Mm])?\][ \t]+" + _N + r"[ \t]*$"
        ),
        2,
        0.75,
    ),
    # CI logs: ``Triggered by Nadia Petrova (npetrova)``
    ("by ", re.compile(r"\b(?:[Tt]riggered|[Rr]equested|[Ii]nitiated)[ \t]+by[ \t]+" + _N), 2, 0.75),
    # git blame: ``4e7a1c9b (Rohan Iyer      2024-03-02 11:14:09 +0530 40)``
    (
        "(",
        re.compile(r"(?m)" + LINE_START + r"\^?[0-9a-f]{7,40}[ \t]+(?:\S+[ \t]+)?\(" + _N + r"[ \t]+\d{4}-\d{2}-\d{2}"),
        1,
        0.8,
    ),
)

_CELL_CONTACT = r"[\"']?(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?\(?\d[\d ().-]{5,18}\d)[\"']?(?:[,;\t]|[ \t]*$)"
_CSV_NAME = re.compile(r"(?m)(?:^|(?<=[,;\t]))[ \t]*[\"']?" + _N + r"[\"']?(?=[,;\t]" + _CELL_CONTACT + r")")
"""A header-less CSV/TSV row: a name cell right before an e-mail or phone cell
(``1001,Jane Doe,jane@x.com,+1 555...``)."""

_LIST_NAME = re.compile(
    r"(?m)" + LINE_START + r"[ \t]*(?:[-*\u2022+]|\d{1,3}[.)])[ \t]+(?:\*\*)?" + _N + r"(?:\*\*)?"
    r"(?=[ \t]*(?:[\u2014\u2013:,|]|-(?=[ \t]))[ \t]*<?(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?\(?\d[\d ().-]{5,18}\d))"
)
"""A list item that is a name and a contact (``- Callum Fraser — callum@x.uk``, ``1. Name: +44 ...``)."""
_BORN_NAME = re.compile(_N + r"(?=[ \t]*\((?i:born|b\.|née|nee|dob|d\.o\.b\.)[ \t:])")
"""``Emeka Obi (born 14 February 1979)``: a name right before a parenthesised birth date."""
_BORN_LITERALS = ("(born", "(b.", "(née", "(nee", "(dob", "(d.o.b")

_ASK_NAME = re.compile(
    r"(?i:" + _ASK_VERBS + r")[ \t]+@?"
    r"(?P<name>[A-Z][a-z\u00e0-\u024f'-]+(?:[ \t]+[A-Z][a-z\u00e0-\u024f'-]+)?)"
    r"(?=[ \t]*(?:[,.!?;:)]|$|\n|[ \t](?:if|about|to|that|whether|and|on|for|when|once|before|after|the)\b))"
)
"""``ping Priyanka if it's the index``: a capitalised name after a chat verb; a single word must
not be English (``ask Support``, ``tell Grace`` stay)."""
_ASK_LITERALS = ("ping", "ask", "tell", "cc ", "dm ", "remind", "message", "nudge", "loop in", " with ")
"""Literals of `_ASK_NAME`: one must occur in the lower-cased text for it to run."""


_GATES = Gates(
    {
        "bracket_speaker": r"\[[^\]\n]{3,30}\][ \t]+",
        "time_speaker": r"\d{1,2}:\d{2}",
        "cn": r"(?:\bCN|\bcn)=",
        "time_alone": r"\[\d{1,2}:\d{2}",
        "triggered_by": r"\b(?:[Tt]riggered|[Rr]equested|[Ii]nitiated)[ \t]+by[ \t]",
        "blame": r"[ \t]\d{4}-\d{2}-\d{2}",
        "modal": _MODAL,
        "list_cue": r"(?i:" + _LIST_WORDS + r"[ \t]*:)",
        "ask": r"(?i:" + _ASK_VERBS + r")[ \t]+@?[A-Z]",
        "thanks": r"(?i:" + _THANKS + r"),[ \t]",
        "dash": r"(?:--|\x{2014}|\x{2013})[ \t]*" + NAME_GATE,
        "role": r"(?i:" + _ROLES + r")" + NAME_GATE,
        "related": r"(?i:" + _RELATED + r")" + NAME_GATE,
        "lower_intro": r"(?i:" + _INTRO + r")[ \t]+[a-z]",
        "lower_cue": r"(?i:" + _LOWER_CUES + r")[ \t]+[a-z]",
        "lower_acts": _LOWER_ACTS,
    }
)
"""Necessary conditions of the rules (see `Gates`); ``[ \\t]`` and ``\\d`` mean the same in both engines."""
_CONTACT_GATES = Gates(
    {
        # the contact cell or item after a name (the look-aheads of `_CSV_NAME`, `_LIST_NAME` and
        # `_LOWER_BEFORE_MAIL`), an address's domain cut after its first dot and letter
        "csv_contact": r"[,;\t][\"']?(?:[\w.+-]+@[\w-]+\.[\w-]|\+?\(?\d[\d ().-]{5,18}\d)",
        "list_contact": r"(?:[\x{2014}\x{2013}:,|]|-[ \t])[ \t]*<?(?:[\w.+-]+@[\w-]+\.[\w-]|\+?\(?\d[\d ().-]{5,18}\d)",
        "mail_after": r"[,;(<][ \t]*(?:mailto:)?[\w.+'-]+@[\w-]+\.[\w-]",
    }
)
"""Gates of the contact-cell rules, a set of their own: RE2 builds a set's automaton state by state
as texts reach them, and these gates in `_GATES` doubled the cost of building its states (~15 ->
~32 ms over the bench replay stream's new texts; ~15 + ~4 as two sets)."""
_STRUCTURAL_GATES = ("bracket_speaker", "time_speaker", "cn", "time_alone", "triggered_by", "blame")
_RULE_GATES: tuple[str | None, ...] = (None, None, None, "thanks", "dash", "role", "related", None)
_LOWER_GATES = ("lower_intro", "lower_cue", "lower_acts")
_ROSTER_LITERALS = ("add ", "invite", "take ", "remove", "swap", "put ", "move", "assign", "drop ")
_PARTICLE_LITERALS = (" van ", " von ", " ter ", " ten ")
_LITERALS = LiteralGroups(
    {
        **{f"structural{i}": (rule[0],) for i, rule in enumerate(_STRUCTURAL)},
        "born": _BORN_LITERALS,
        "ask": _ASK_LITERALS,
        **{f"rule{i}": rule[0] for i, rule in enumerate(_RULES)},
        "roster": _ROSTER_LITERALS,
        "particle": _PARTICLE_LITERALS,
        "from": (" from ",),
        **{f"lower{i}": lits for i, lits in enumerate(_LOWER_LITERALS)},
    }
)
"""The rules' literals (one of a group must occur in the lower-cased text for its rule to run),
all looked for in one pass."""


_CHAT_ROLE = re.compile(r"(?:Agent|Support|Operator|Moderator|Host|Rep|Advisor|Adviser)[ \t]+(?=[^\W\d_a-z])")
"""A role before a chat speaker's name: ``[14:02] Agent Naledi:`` names Naledi."""


def _without_chat_role(start: int, name: str) -> tuple[int, str]:
    """`name` (at `start`) without a leading chat role word."""
    m = _CHAT_ROLE.match(name)
    return (start, name) if m is None else (start + m.end(), name[m.end() :])


_DEPTS = (
    r"(?:finance|hr|legal|sales|support|marketing|ops|security|engineering|product"
    r"|design|accounting|payroll|procurement|compliance|it)\b"
)
_DEPT_GATE = re.compile(r" from " + _DEPTS)
_DEPT_SUBJECT = re.compile(
    r"(?m)(?:" + LINE_START + r"[ \t]*|(?<=[.!?;])[ \t]+)(?P<name>[A-Z][a-z\u00e0-\u024f'-]{2,})"
    r"(?=[ \t]+from[ \t]+" + _DEPTS + r")"
)
"""``Suharti from finance signed off``: a single non-English name introduced by their department."""


_PARTICLE_SURNAME = re.compile(
    r"\b(?:by|and|with|cc|ask|tell|ping|thanks)[ \t]+"
    r"(?P<name>(?:van|von|ter|ten)(?:[ \t]+(?:der|den|de|dem|'t))?"
    r"[ \t]+[A-Z][a-z\u00e0-\u024f]+(?:-[A-Z][a-z\u00e0-\u024f]+)?)"
    r"(?![\w-]|[ \t]+(?:[A-Z]|(?:museum|street|straat|road|weg|laan|park|bridge|station|hall|building|gallery)\b))"
)
"""A Dutch/Afrikaans/German surname led by its particles, standing for a person: ``and by van den
Berg for us``, ``ask van der Merwe``."""
_PARTICLE_NOT_PEOPLE = frozenset({"van der waals", "van de graaff", "von neumann", "van allen"})
"""Particle-led words that name laws, machines and belts, not people in the conversation."""


def _name_list(text: str, pos: int, end: int) -> Iterator[Finding]:
    """Names separated by commas, semicolons or "and", from `pos` to the end of the line."""
    eol = text.find("\n", pos, end)
    stop = end if eol < 0 else eol
    for _ in range(12):
        m = _LIST_ITEM.match(text, pos, stop)
        if m is None:
            return
        a = m.start("name")
        r = clean_name(m.group("name"), min_tokens=2, max_tokens=4)
        if r is None or a + r[1] != m.end("name"):
            return
        yield ("PERSON", a + r[0], a + r[1], 0.75)
        pos = m.end()


def _two_token_name(info: TextInfo, m: re.Match[str], score: float) -> Iterator[Finding]:
    """The match's `name` group when all of it is a name of two or more tokens, outside paths."""
    a = m.start("name")
    r = clean_name(m.group("name"), min_tokens=2, max_tokens=4)
    if r is not None and a + r[1] == m.end("name") and info.kind_at(a) != "path":
        yield ("PERSON", a + r[0], a + r[1], score)


class ConversationPersonDetector(ViewDetector):
    """Names of people talking and talked about (``pii.person_chat``)."""

    name = "pii.person_chat"
    entities: tuple[str, ...] = ("PERSON",)

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        text = info.text
        low = text.lower()
        passed = _GATES.passed(info.text, self.gated)
        contact = _CONTACT_GATES.passed(info.text, self.gated) if "@" in text or "+" in text else ()
        found = _LITERALS.found(low, self.gated)
        for i, ((_, rx, min_tokens, score), gate) in enumerate(zip(_STRUCTURAL, _STRUCTURAL_GATES, strict=True)):
            if f"structural{i}" not in found or gate not in passed:
                continue
            for m in rx.finditer(text):
                a, value = _without_chat_role(m.start("name"), m.group("name"))
                r = clean_name(value, min_tokens=min_tokens)
                if r is not None and info.kind_at(a) != "path":
                    yield ("PERSON", a + r[0], a + r[1], score)
        if ("@" in text or "+" in text) and ("," in text or ";" in text or "\t" in text) and "csv_contact" in contact:
            for m in _CSV_NAME.finditer(text):
                a = m.start("name")
                r = clean_name(m.group("name"), min_tokens=2, max_tokens=4)
                if r is not None and a + r[1] == m.end("name") and info.kind_at(a) != "path":
                    yield ("PERSON", a + r[0], a + r[1], 0.8)
        if ("@" in text or "+" in text) and "list_contact" in contact:
            for m in _LIST_NAME.finditer(text):
                yield from _two_token_name(info, m, 0.8)
        if "born" in found:
            for m in _BORN_NAME.finditer(text):
                yield from _two_token_name(info, m, 0.8)
        regions = info.regions(TEXT_KINDS)
        for ra, rb in regions if "modal" in passed else ():
            for m in _MODAL_SUBJECT.finditer(text, ra, rb):
                r = clean_name(m.group("name"), min_tokens=2)
                if r is not None and info.kind_at(m.start("name")) in TEXT_KINDS:
                    yield ("PERSON", m.start("name") + r[0], m.start("name") + r[1], 0.7)
        for ra, rb in regions if ":" in text and "list_cue" in passed else ():
            for m in _LIST_CUE.finditer(text, ra, rb):
                yield from _name_list(text, m.end(), rb)
        if "ask" in found and "ask" in passed:
            for ra, rb in regions:
                for m in _ASK_NAME.finditer(text, ra, rb):
                    a = m.start("name")
                    value = m.group("name")
                    r = clean_name(value)
                    if r is None or r != (0, len(value)) or info.kind_at(a) not in TEXT_KINDS:
                        continue
                    if " " in value.strip() or not (is_english(value.lower()) or value.lower() in TECH_NAMES):
                        yield ("PERSON", a, a + len(value), 0.7)
        for i, ((_, rx, min_tokens, score), rule_gate) in enumerate(zip(_RULES, _RULE_GATES, strict=True)):
            if f"rule{i}" not in found or not (rule_gate is None or rule_gate in passed):
                continue
            for ra, rb in regions:
                for m in rx.finditer(text, ra, rb):
                    a = m.start("name")
                    if info.kind_at(a) in ("code", "data", "path", "diff"):
                        continue
                    r = clean_name(m.group("name"), min_tokens=min_tokens)
                    if r is not None:
                        yield ("PERSON", a + r[0], a + r[1], score)
        if "roster" in found and _ROSTER_WORDS.search(text) is not None:
            for ra, rb in regions:
                for m in _ROSTER_NAMES.finditer(text, ra, rb):
                    if info.kind_at(m.start("names")) in TEXT_KINDS:
                        yield from _roster_names(text, m)
        if "particle" in found:
            for ra, rb in regions:
                for m in _PARTICLE_SURNAME.finditer(text, ra, rb):
                    value = m.group("name")
                    if value.lower() not in _PARTICLE_NOT_PEOPLE and info.kind_at(m.start("name")) in TEXT_KINDS:
                        yield ("PERSON", m.start("name"), m.end("name"), 0.7)
        if "@" in text and "mail_after" in contact:
            for m in _LOWER_BEFORE_MAIL.finditer(text):
                a = m.start("lname")
                if _lower_full_name(m.group("lname")) and info.kind_at(a) != "path":
                    yield ("PERSON", a, m.end("lname"), 0.7)
        if "from" in found and _DEPT_GATE.search(low) is not None:
            for ra, rb in regions:
                for m in _DEPT_SUBJECT.finditer(text, ra, rb):
                    value = m.group("name")
                    r = clean_name(value)
                    if r == (0, len(value)) and not is_english(value.lower()) and value.lower() not in TECH_NAMES:
                        yield ("PERSON", m.start("name"), m.end("name"), 0.7)
        for i, (literals, rx, gate) in enumerate(zip(_LOWER_LITERALS, _LOWER_RULES, _LOWER_GATES, strict=True)):
            if (literals and f"lower{i}" not in found) or gate not in passed:
                continue
            for ra, rb in regions:
                for m in rx.finditer(text, ra, rb):
                    a = m.start("lname")
                    r = _lower_name(m.group("lname"))
                    if r is not None and info.kind_at(a) in TEXT_KINDS:
                        if _shared_cue(text[m.start() : a]) and foreign_lone_word(text, a + r[0], a + r[1]):
                            continue  # "dela via ett engångslänk", "per favore": the cue is a word of that language
                        yield ("PERSON", a + r[0], a + r[1], 0.7)
