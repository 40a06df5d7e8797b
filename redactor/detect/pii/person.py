"""People's names found by their context, where NER is weak.

spaCy's small model finds about half of the names in agent transcripts; the rest sit in
predictable places. Each rule below finds a candidate right after (or in front of) a cue and keeps
it only if `names.clean_name` accepts it:

- introductions: ``my name is X``, ``call me X``, ``I'm X's ...``, ``named X``;
- honorifics: ``Mr. X``, ``ms. X``, ``Dr X``;
- labels: ``Name: X``, ``Contact: X``, ``Directed by: X``, ``User: X`` (line starts, or mid-line
  for two-word names);
- greetings and sign-offs: ``Dear X``, ``Hi X,``, ``Regards,\\nX``;
- relations: ``my partner's name X``, ``my kid X``, ``assistant to X``;
- dialogue: ``X: "..."`` speaker labels;
- contact blocks: a line that is only a name, followed within a few lines by a phone, e-mail or
  address cue (``Phone:``, ``Personal Info``, a street line).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.detect.first_chars import with_first_chars
from redactor.detect.pii._base import LINE_START, TEXT_KINDS, Finding, TextInfo, ViewDetector
from redactor.detect.pii._gates import WS, Gates
from redactor.detect.pii.names import NAME_RE, TITLE_RE, clean_name

_N = r"(?P<name>" + NAME_RE + r")"

# Cue sources shared by a rule and its gate (`_GATES`), so the gate is a piece of every match.
_INTRO = (
    r"(?:my name is|my name's|name is|named(?: him| her| them| it)?|call me|calls me"
    r"|signed,?|yours truly,?|i am|i'm|it's me,?|speaking with|talking to|spoke (?:to|with)|ask for)"
)
_LABELS = (
    r"(?i:full[ _]?name|first[ _]?name|last[ _]?name|surname|name"
    r"|contact(?: person)?"
    r"|customer|client|patient|employee|applicant|candidate|author|owner|assignee|reporter"
    r"|reviewer|requester|recipient|sender|attn|attention|directed by|written by|produced by"
    r"|signed by|prepared by|approved by|submitted by|created by|account holder|card ?holder"
    r"|beneficiary|guardian|spouse|emergency contact|next of kin|maiden name|mother'?s maiden name"
    r"|father|mother|passenger|guest|tenant|landlord|witness|signature|to|from|cc|user"
    r"|debtor|claimant|insured|policy ?holder|payer|payee|guarantor|borrower|consignee|addressee"
    r"|real ?name|member|student|resident|respondent|plaintiff|defendant|deceased)"
)
_MID_LABELS = r"\b(?:name|contact|customer|client|patient|user|attn|by|signed|address)[ \t]*:"
_GREETINGS = r"\b(?:dear|hi|hello|hey|greetings|thanks|thank you|good morning|good afternoon)"
_SIGN_OFFS = (
    r"\b(?:regards|best|cheers|sincerely|thanks|thank you|best wishes|kind regards|warm regards|"
    r"yours|respectfully|take care|talk soon),?[ \t]*\n"
)
_OWNERS = r"(?:my|our|his|her|their|your)"
_RELATIONS = (
    r"(?:kid|son|daughter|child|wife|husband|partner|friend|boss"
    r"|manager|colleague|coworker|co-worker|mother|father|mom|mum|dad|brother|sister|uncle|aunt"
    r"|cousin|grandmother|grandfather|grandma|grandpa|nephew|niece|neighbou?r|doctor|lawyer"
    r"|landlord|tenant|roommate|fianc[ée]e?|girlfriend|boyfriend|spouse|assistant|guardian)"
)
_CUES = (
    r"(?:assistant to|married to|engaged to|reports to|on behalf of|care of|c/o|per|tell|ask|remind|"
    r"notify|inform|email|escalate to|hand (?:it |this )?over to|loop in|"
    r"cc|ping|thanks to|according to|reported by|signed by|founded by|hosted by|sent by|"
    r"interview with|meeting with|call with|add|heard|tennis player|player|commenter|singer|"
    r"actor|actress|author|writer|director|ceo|founder|president|minister|senator|professor"
    r"|(?:record|profile|account|details|entry|file|info|information|data|contact) (?:for|of))"
)
_ACTS = (
    r"[ \t]+(?:told|asked|said|says|wrote|replied|called|emailed"
    r"|texted|thinks|thought|wants|wanted|needs|lives|lived|works|worked|spent|began|joined|left|visited"
    r"|met|flew|drove|moved|was born|is married|married|has been|will join)"
)
_ACTED_ON = (
    r"\b(?:told|asked|thanked|emailed|texted|called|met|invited|hired|married|phoned|visited|"
    r"introduced|contacted|cc'd|pinged)"
)
_ADDRESSED = (
    r"(?i:can|could|would|will|please|do|did|are|is"
    r"|have|thanks|thank|I|we|you|let|how|what|where|when|why)"
)

_RULES: tuple[tuple[re.Pattern[str], int, float, bool], ...] = (
    # (pattern with a `name` group, minimum tokens, score, only outside code)
    (
        with_first_chars(re.compile(r"(?i:\b" + _INTRO + r"\s+)" + _N)),
        1,
        0.8,
        False,
    ),
    (
        with_first_chars(re.compile(r"(?<![\w.])(?<!\d[ \t])" + r"(?P<name>" + TITLE_RE + r"[ \t]+" + NAME_RE + r")")),
        1,
        0.85,
        False,
    ),
    (
        re.compile(r"(?m)" + LINE_START + r"[ \t>*#-]*" + _LABELS + r"[ \t]*[:=][ \t]*" + _N),
        1,
        0.8,
        True,
    ),
    (
        re.compile(r"(?i:" + _MID_LABELS + r"[ \t]*)" + _N),
        2,
        0.75,
        True,
    ),
    (
        re.compile(r"(?i:" + _GREETINGS + r"[ \t]+)" + _N + r"(?=\s*[,!:\n])"),
        1,
        0.75,
        True,
    ),
    (
        re.compile(r"(?i:" + _SIGN_OFFS + r"[ \t>]*)" + _N + r"[ \t]*(?=\n|$)"),
        1,
        0.75,
        True,
    ),
    (
        re.compile(r"(?i:\b" + _OWNERS + r"\s+" + _RELATIONS + r"(?:'s(?: full)? name(?: is)?)?\s+)" + _N),
        1,
        0.8,
        False,
    ),
    (
        with_first_chars(re.compile(r"(?i:\b" + _CUES + r"\s+)" + _N)),
        2,
        0.75,
        True,
    ),
    (
        re.compile(r"(?:^|(?<=[.!?\"'=\n])[ \t]*)" + _N + r"(?=" + _ACTS + r"\b)"),
        1,
        0.7,
        True,
    ),
    (
        with_first_chars(
            re.compile(r"(?i:" + _ACTED_ON + r"[ \t]+)" + _N + r"(?=[ \t]*(?:[.,;!?]|that|about|to|if|whether|and|$))")
        ),
        1,
        0.7,
        True,
    ),
    (
        re.compile(r"(?m)(?:^|(?<=[\"'=]))[ \t>]*" + _N + r",[ \t]+(?=" + _ADDRESSED + r"\b)"),
        1,
        0.7,
        True,
    ),
    (
        re.compile(r"(?m)(?:^|(?<=[\"'=]))[ \t>]*(?P<name>[^\W\d_][^\W\d_'\u2019-]{1,30})[ \t]*:[ \t]*[\"\u201c]"),
        1,
        0.7,
        True,
    ),
)

_GATES = Gates(
    {
        "intro": r"(?i:\b" + _INTRO + r")",
        "title": TITLE_RE + WS,
        "label": _LABELS + r"[ \t]*[:=]",
        "mid_label": r"(?i:" + _MID_LABELS + r")",
        "greeting": r"(?i:" + _GREETINGS + r"[ \t])",
        "sign_off": r"(?i:" + _SIGN_OFFS + r")",
        "relation": r"(?i:\b" + _OWNERS + WS + r"+" + _RELATIONS + r")",
        "cue": r"(?i:\b" + _CUES + WS + r")",
        "acts": _ACTS,
        "acted_on": r"(?i:" + _ACTED_ON + r"[ \t])",
        "addressed": r",[ \t]+" + _ADDRESSED,
        "speaker": r":[ \t]*[\"\x{201c}]",
    }
)
"""One gate per rule of `_RULES`, in order: a piece of every match of the rule (see `Gates`)."""
_RULE_GATES = tuple(_GATES.names)

_NAME_BEFORE_MAIL = re.compile(r"[ \t]*[(<\[][ \t]*(?:mailto:)?[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
"""A contact right after a name: ``Thao Hoang (thao@x.com)``, ``Jane Doe <jane@x.org>``."""
_NAME_TOKENS_BEFORE = re.compile(r"(?:\S+[ \t]+){0,4}\S+$")
_OPENERS = frozenset("\\\"'`([{")

_NAME_LINE = re.compile(r"(?m)(?:^|(?<=[\"'=]))[ \t>\"']*" + _N + r"[ \t\"',.]*$")
_CONTACT_CUE = re.compile(
    r"(?i)\b(?:phone|mobile|cell|tel|fax|desk|e-?mail|address|personal info|website|born|dob)\b\s*:?"
    r"|@[\w-]+\.[a-z]{2,}|^\s*[>\s]*\d{1,6}\s+[^\W\d_]|\b(?:apt|suite|unit|box)\.?\s+\d|\bcorner of\b",
    re.MULTILINE,
)


_NOT_TEXT = frozenset({"code", "data", "path", "diff"})
_RUNS_ON = re.compile(r"[ \t]+(?!(?:and|or|und|et|y|e|i|og|och)\b)[a-z]")
"""A label's value that goes on with a lower-case word (not a conjunction) after the name."""
_STREET_FIRST = re.compile(
    r"[ \t>]*[^\W\d_][^\W\d_'.-]+(?:[ \t][^\W\d_][^\W\d_'.-]*){0,3}[ \t]+\d{1,5}[A-Za-z]?(?:[/-]\d{1,5}[A-Za-z]?)?,"
)
"""A street line that starts with the street's name: ``Rua Garrett 120, 2.º Esq.``, ``Vinohradská 1511/230,``."""
_COLUMN_GAP = re.compile(r"\S[ \t]{2,}(?=\S)")


_GIVEN_AFTER = re.compile(r",[ \t]*(?P<given>" + NAME_RE + r")[ \t]*(?=\n|$|\\n)")


def _given_after_surname(text: str, end: int) -> int:
    """End of a ``Surname, Given`` label value (``Claimant: Mitchell, Brodie``), else `end`."""
    m = _GIVEN_AFTER.match(text, end)
    if m is None:
        return end
    given = m.group("given")
    r = clean_name(given, max_tokens=3)
    return m.start("given") + r[1] if r is not None and r[1] == len(given) else end


_LETTER_GREETING = re.compile(
    r"(?im)^[ \t>]*(?:dear|hi|hello|hey|good (?:morning|afternoon|evening)|bonjour|bonsoir|hallo|hola|ol\u00e1"
    r"|ciao|buongiorno|hoi|beste|hej|hei|cze\u015b\u0107|merhaba|estimad[oa]|querid[oa]|cher|ch\u00e8re|liebe|lieber"
    r"|sehr geehrte[r]?|geachte|caro|cara|prezad[oa])\b[^\n]{0,60}[,!:]?[ \t]*$"
)
"""A letter's greeting line (``Bonjour Anne-Sophie,``): the text is a letter and may end in a signature."""
_SIGNATURE_LINE = re.compile(r"[ \t>]*[^\W\d_][^\n.!?:;@/\\=<>{}]{1,40}")
"""A short line below a signature name: a role, a department, a company (no sentence, no contact)."""


def _signature_tail(text: str, end: int) -> bool:
    """After `end` come only zero to two short role/company lines, then the end of the text."""
    rest = text[end:].strip("\n").rstrip()
    if len(rest) > 100:
        return False
    lines = [ln for ln in rest.split("\n") if ln.strip()] if rest else []
    return len(lines) <= 2 and all(_SIGNATURE_LINE.fullmatch(ln.rstrip()) for ln in lines)


def _block_start(text: str, pos: int) -> bool:
    """The line holding `pos` starts the text or follows a blank line (the head of an address block)."""
    line_start = text.rfind("\n", 0, pos) + 1
    if line_start == 0:
        return True
    prev_start = text.rfind("\n", 0, line_start - 1) + 1
    return not text[prev_start : line_start - 1].strip()


def _column_row(text: str, line_start: int) -> bool:
    """The line at `line_start` continues the column layout of the line above (a CLI ``KEY  VALUE``
    listing such as ``Client Id        PlatformCLI`` over ``Connected Status Connected``)."""
    if line_start < 2:
        return False
    prev_start = text.rfind("\n", 0, line_start - 1) + 1
    prev = text[prev_start : line_start - 1]
    end = text.find("\n", line_start)
    line = text[line_start : end if end >= 0 else len(text)]
    for gap in _COLUMN_GAP.finditer(prev):
        col = gap.end()
        if 2 <= col < len(line) and line[col - 1] == " " and not line[col].isspace() and not line[col - 2].isspace():
            return True
    return False


def _name_before(text: str, end: int, score: float) -> Iterator[Finding]:
    """The longest name (2-5 tokens) that ends right at `end` on the same line."""
    line_start = text.rfind("\n", 0, end) + 1
    window = text[max(line_start, end - 80) : end]
    m = _NAME_TOKENS_BEFORE.search(window)
    if m is None:
        return
    tokens = list(re.finditer(r"\S+", m.group()))
    base = end - len(window) + m.start()
    for i in range(max(0, len(tokens) - 5), len(tokens) - 1):
        a = base + tokens[i].start()
        while a < end and text[a] in _OPENERS:
            a += 1  # a quoted list item: "\"Luca Bianchi-Rossi <luca@x.dev>\""
        candidate = text[a:end]
        r = clean_name(candidate, min_tokens=2)
        if r is not None and a + r[1] == end and r[0] == 0:
            yield ("PERSON", a, end, score)
            return


class PersonContextDetector(ViewDetector):
    """Names after introductions, honorifics, labels, greetings and relations (``pii.person_context``)."""

    name = "pii.person_context"
    entities: tuple[str, ...] = ("PERSON",)

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        text = info.text
        regions = info.regions(TEXT_KINDS)
        passed = _GATES.passed(info.text, self.gated)
        for (rx, min_tokens, score, need_text), gate in zip(_RULES, _RULE_GATES, strict=True):
            if gate not in passed:
                continue
            for ra, rb in regions:
                for m in rx.finditer(text, ra, rb):
                    a = m.start("name")
                    if need_text and info.kind_at(a) in _NOT_TEXT:
                        continue
                    r = clean_name(m.group("name"), min_tokens=min_tokens)
                    if r is None:
                        continue
                    if gate == "label" and _RUNS_ON.match(text, a + r[1]) is not None:
                        continue  # "- name: Render app config": a task title, not a person
                    end = a + r[1]
                    if gate == "label":
                        end = _given_after_surname(text, end)
                    yield ("PERSON", a + r[0], end, score)
        for ra, rb in regions:
            for m in _NAME_LINE.finditer(text, ra, rb):
                yield from self._name_line(info, m)
        if "@" in text:
            for m in _NAME_BEFORE_MAIL.finditer(text):
                yield from _name_before(text, m.start(), 0.8)

    @staticmethod
    def _name_line(info: TextInfo, m: re.Match[str]) -> Iterator[Finding]:
        """A line holding only a name, followed by contact lines."""
        text = info.text
        a = m.start("name")
        r = clean_name(m.group("name"), min_tokens=2, max_tokens=4)
        if r is None or a + r[1] != m.end("name") or info.kind_at(a) in _NOT_TEXT:
            return
        if _column_row(text, text.rfind("\n", 0, a) + 1):
            return  # a row of a column listing, not a name heading
        following = text[m.end() : m.end() + 160].split("\n")[1:6]
        if any(_CONTACT_CUE.search(line) for line in following):
            yield ("PERSON", a + r[0], a + r[1], 0.75)
        elif following and _STREET_FIRST.match(following[0]) and _block_start(text, a):
            yield ("PERSON", a + r[0], a + r[1], 0.75)  # a letter's or label's name line over its street
        elif a > 0 and _block_start(text, a) and _signature_tail(text, m.end()) and _LETTER_GREETING.search(text, 0, a):
            yield ("PERSON", a + r[0], a + r[1], 0.75)  # a letter's signature: name, then a role line or two
