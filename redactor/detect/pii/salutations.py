"""Names after greetings, below sign-offs and after "my name is", in about 75 languages (``pii.salutation``).

`pii.person_context` knows English greetings and sign-offs (``Hi Priya,``, ``Regards,\\nJane``).
Mail, tickets and chat in other languages put names in the same places; the cue words are the
language table of `salutation_vocab`:

- greetings at a line's start: ``Hola María,``, ``Liebe Frau Weber,``, ``Habari Rehema,``,
  ``Здравствуйте, Анна!``, ``مرحبا ليلى،``, ``नमस्ते राहुल जी,``, ``안녕하세요 김민준님``,
  ``สวัสดีครับ คุณสมชาย`` (a cased name must end at a comma, ``!``, ``:`` or the line's end);
- sign-offs: ``Cordialement,\\nÉlodie Marchand``, ``Saludos, María``, ``С уважением,\\nАнна
  Смирнова``, ``شكراً،\\nليلى حداد``, ``감사합니다.\\n김민준 드림`` (the name alone on the next
  non-empty line; one word only if it is a known given name or the text's last line);
- a dash signature on a text's last line in an uncased script: ``— ሰላም ተስፋዬ``;
- self-introductions anywhere: ``me llamo Ana Ruiz``, ``naitwa Juma Hamisi``, ``меня зовут Олег``,
  ``میرا نام محمد عمران ہے``, ``我叫王磊``, ``저는 김민준입니다``, ``adım burak aydın`` (lower case
  only when the first word is a known given name).

Where the name ends is `name_spans`' business. A greeting's "name" must not be a word for the
world, a group or a role (``Hola Mundo!``, ``Hallo zusammen``, ``Liebe Kolleginnen``, ``مرحبا
بالجميع``, ``大家好``, ``안녕하세요 고객님``). One RE2 pass over every cue of every language gates
the rule (texts without a cue cost that pass only).
"""

from __future__ import annotations

# ruff: noqa: RUF001, RUF002  # cues and examples in other scripts (and their punctuation) are the point here
import re
import unicodedata
from collections.abc import Iterator

import re2  # type: ignore[import-untyped]  # google-re2 ships no type information

from redactor.detect.pii import name_spans as ns
from redactor.detect.pii._base import TEXT_KINDS, Finding, TextInfo, ViewDetector
from redactor.detect.pii._vocab import words
from redactor.detect.pii.given_names import BROAD_GIVEN_NAMES, GIVEN_NAMES, UNCASED_GIVEN_NAMES
from redactor.detect.pii.name_form import name_like
from redactor.detect.pii.salutation_vocab import ATTENDEE_LABELS, LANGUAGES, ROLE_BEFORE_TITLE, UNCASED_GROUP_WORDS

_KINDS: dict[str, set[str]] = {}
"""Normalised cue -> which rules it starts (``greeting``, ``sign_off``, ``intro``)."""
for _forms in LANGUAGES.values():
    for _kind, _field in (("greeting", _forms.greetings), ("sign_off", _forms.sign_offs), ("intro", _forms.intros)):
        for _cue in filter(None, _field.split("|")):
            _KINDS.setdefault(_cue, set()).add(_kind)
for _cue in ATTENDEE_LABELS.split("|"):
    _KINDS.setdefault(_cue, set()).add("attendees")
for _cue in ("hi", "hey"):
    _KINDS.pop(_cue, None)  # English greetings are pii.person_context's
_WEAK_INTROS = frozenset(
    (
        *("soy", "sóc", "io sono", "ja sam", "ek is", "ni naiz", "jiena", "mimi ni", "aš esu", "unë jam", "jas sum"),
        *("аз съм", "ako si", "ako po si", "tôi là", "em là", "mình là", "anh là", "chị là", "ngingu", "ndingu"),
        *("waxaan ahay", "მე ვარ"),
    )
)
"""Intros that are only "I am" in a cased script: a one-word name must be a known given name
(``soy Ingeniero`` is no name)."""
_PRONOUN_INTROS = words("""
    أنا انا من میں मैं আমি אני ਮੈਂ હું मी म நான் నేను ನಾನು ഞാൻ මම እኔ ես 本人 我是 私は わたしは 僕は わたくし 저는 나는
""")
"""Intros that are only "I" (or "I am") in an uncased script: the name must be followed by a
copula (``میں ... ہوں``, ``私は山田です``, ``저는 김민준입니다``) or start with a known given name."""
_COPULA_AFTER = re.compile(
    r"[ \t]*(?:ہوں|ہے|हूँ|हूं|है|ነኝ|هستم|است|আমি|হই|ਹਾਂ|છું|आहे|ছি|です|と申します|といいます|と言います"
    r"|입니다|이에요|예요|이라고|라고|(?<=[\u4e00-\u9fff])[，,。！!]|$)",
    re.M,
)
_TITLES = frozenset(t.rstrip(".") for f in LANGUAGES.values() for t in f.titles.split("|") if t)
_AFTER_TITLES = frozenset(t for f in LANGUAGES.values() for t in f.after.split("|") if t) | frozenset(
    ("\ub4dc\ub9bc", "\uc62c\ub9bc")
)
"""Honorifics after a name (and Korean 드림/올림 "from", which follow the writer's name)."""


def _cue_source(cue: str) -> str:
    src = r"[ \t]+".join(re.escape(part) for part in cue.split(" "))
    if cue[:1].isascii() and cue[:1].isalpha():
        src = r"\b" + src
    if cue[-1:].isascii() and cue[-1:].isalpha():
        src += r"\b"
    return src


_RE2_OPTIONS = re2.Options()
_RE2_OPTIONS.max_mem = 64 << 20  # the DFA of ~1,000 case-folded alternatives needs more than 8 MB
_LINE_CUES = list(_KINDS)  # intros too: "Moi c'est Léa" is an intro, not the Finnish "Moi"
_FIND = re2.compile(
    r"(?:^|[\n\"'\x{201c}\x{300c}:\x{ff1a}\]>])[ \t>]*(?P<line>(?i:"
    + "|".join(_cue_source(c) for c in sorted(_LINE_CUES, key=len, reverse=True))
    + r"))|(?P<intro>(?i:"
    + "|".join(_cue_source(c) for c, k in sorted(_KINDS.items(), key=lambda x: -len(x[0])) if "intro" in k)
    + r"))|(?P<inline>(?i:"
    + "|".join(_cue_source(c) for c, k in sorted(_KINDS.items(), key=lambda x: -len(x[0])) if "sign_off" in k)
    + r"))[ \t]*[,\x{060c}\x{3001}\x{ff0c}\x{1363}]"
    r"|[\x{3005}\x{30a1}-\x{30fc}\x{4e00}-\x{9fff}\x{3041}-\x{3096}](?P<post>\x{3068}\x{7533}\x{3057}\x{307e}\x{3059}"
    r"|\x{3068}\x{3044}\x{3044}\x{307e}\x{3059}|\x{3068}\x{8a00}\x{3044}\x{307e}\x{3059}|\x{3067}\x{3059})"
    r"|[\x{ac00}-\x{d7af}](?P<ko>\x{c785}\x{b2c8}\x{b2e4})",
    _RE2_OPTIONS,
)
"""Every cue of every language, longest first: greetings and sign-offs where a line, a quoted
string or a speaker label starts, self-introductions anywhere, sign-offs anywhere before a comma
(``Ẹ ṣé púpọ̀, Kẹ́hìndé.``). One linear RE2 pass finds where rules may start."""
_GROUPS = {g: _FIND.groupindex[g] for g in ("line", "intro", "inline", "post", "ko")}
_SIGN_OFF_WORDS = re.compile(
    r"(?i)(?:" + "|".join(re.escape(c) for c, k in _KINDS.items() if "sign_off" in k) + r")|.*grü(?:ß|ss)"
)
"""A "name" that is itself a sign-off (``Beste Grüße``: ``Beste`` is also a Dutch greeting)."""
_MESSAGE_GOES_ON = re.compile(r",[ \t]+[^\W\d_A-Z]")
"""After a greeted name, the message goes on in lower case on the same line."""
_GREETING_END = re.compile(
    r"[ \t]*(?:[,!:;.\u060c\u061b\u06d4\u0964\u1361\u1362\u1363\u3001\u3002\uff0c\uff01\uff1a\u055d\u0589]|$)", re.M
)
"""What may follow a greeted name: a comma, ``!``, ``:``, a full stop (any script) or the line's end."""
_BETWEEN = re.compile(r"[ \t]*[,\u060c\u3001\uff0c]?[ \t]*")
_DASH_LINE = re.compile(r"(?m)^[ \t>]*(?:\u2014|\u2013|--|-)[ \t]*")
_KNOWN = GIVEN_NAMES | BROAD_GIVEN_NAMES | UNCASED_GIVEN_NAMES


class SalutationDetector(ViewDetector):
    """Names after greetings and self-introductions and below sign-offs of many languages."""

    name = "pii.salutation"
    entities: tuple[str, ...] = ("PERSON",)

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        text = info.text
        span: tuple[int, int] | None
        for hit in _FIND.finditer(text):
            group = next(g for g in ("line", "intro", "inline", "post", "ko") if hit.group(g) is not None)
            pos, end = hit.span(_GROUPS[group])
            if group in ("post", "ko"):
                span = _name_before_copula(text, pos, strong=group == "post" and text[pos] != "\u3067")
                if span is not None and info.kind_at(span[0]) in TEXT_KINDS:
                    yield ("PERSON", span[0], span[1], 0.7)
                continue
            if not _bounded(text, pos, end) or info.kind_at(pos) not in TEXT_KINDS:
                continue
            cue = " ".join(text[pos:end].lower().split())
            kinds = _KINDS.get(cue, set())
            span = None
            if group == "inline":
                span = _sign_off_inline(text, end)
                if span is not None:
                    yield ("PERSON", span[0], span[1], 0.7)
                continue
            if "attendees" in kinds and _at_line_start(text, pos):
                yield from _attendees(text, end)
                continue
            if "intro" in kinds:
                span = _intro(text, end, cue)
            if span is None and "greeting" in kinds and _at_line_start(text, pos):
                span = _greeting(text, end)
            if span is None and "sign_off" in kinds and _at_line_start(text, pos):
                span = _sign_off(text, end)
            if span is not None:
                yield ("PERSON", span[0], span[1], 0.75)
        if not text.isascii():
            yield from _dash_signature(text)


def _bounded(text: str, start: int, end: int) -> bool:
    """The cue is a whole word where its script has spaces (``hola``, not ``Ayatollah``), and ends
    where a character ends in every script (``म`` "I" is no cue in ``में``: a vowel sign follows)."""
    before = text[start - 1 : start]
    after = text[end : end + 1]
    if after and unicodedata.category(after).startswith("M"):
        return False  # a combining mark: the cue's last letter is part of a longer syllable
    if before and (before.isalpha() or before in "'\u2019") and not _glued_script(text[start]):
        return False
    return not (after and after.isalpha() and not _glued_script(text[end - 1]) and not _glued_script(after))


def _glued_script(ch: str) -> bool:
    """Scripts written without spaces between words (CJK, Thai, Lao, Khmer, Myanmar)."""
    o = ord(ch)
    return 0x2E80 <= o <= 0xD7AF or 0x0E00 <= o <= 0x0EFF or 0x1000 <= o <= 0x109F or 0x1780 <= o <= 0x17FF


def _name_at(
    text: str, pos: int, *, strong: bool, lower_ok: bool = False, allow_tech: bool = False, terminal: bool = False
) -> tuple[int, int] | None:
    """The name that starts at `pos` (blanks skipped), in whatever script it is written."""
    i = pos
    while i < len(text) and text[i] in " \t\u00a0\u3000":
        i += 1
    if i >= len(text):
        return None
    ch = text[i]
    if 0x0E01 <= ord(ch) <= 0x0E4E:
        return _thai(text, i, titled_only=terminal)
    if ns.script_at(text, i) is not None:
        return ns.uncased_name(text, i, stops=_AFTER_TITLES, terminal=terminal)
    if _glued_script(ch):
        return ns.cjk_name(text, i, strong=strong)
    t = _title_end(text, i)
    span = ns.cased_name(text, t, lower_ok=lower_ok, allow_tech=allow_tech)
    if span is not None and t != i:
        return i, span[1]
    return span


def _title_end(text: str, pos: int) -> int:
    """After a lower-case honorific of any language (``sig.ra``, ``pani``), else `pos`."""
    m = re.match(r"[^\W\d_]+(?:\.[^\W\d_]+)?\.?(?=[ \t])", text[pos : pos + 20])
    if m is None or m.group().rstrip(".").lower() not in _TITLES or not m.group()[:1].islower():
        return pos
    j = pos + m.end()
    while j < len(text) and text[j] in " \t":
        j += 1
    return j


_THAI_TITLES = (
    "\u0e19\u0e32\u0e07\u0e2a\u0e32\u0e27",
    "\u0e04\u0e38\u0e13",
    "\u0e19\u0e32\u0e22",
    "\u0e19\u0e32\u0e07",
)
"""นางสาว คุณ นาย นาง (longest first)."""


def _thai(text: str, pos: int, *, titled_only: bool = False) -> tuple[int, int] | None:
    from redactor.detect.pii.honorifics import thai_titled  # one module reads both

    for t in _THAI_TITLES:
        if text.startswith(t, pos):
            return thai_titled(text, pos, pos + len(t))
    return None if titled_only else ns.thai_name(text, pos)


def _intro(text: str, end: int, cue: str) -> tuple[int, int] | None:
    strong = cue not in _WEAK_INTROS and cue not in _PRONOUN_INTROS
    span = _name_at(text, end, strong=strong, lower_ok=strong)
    if span is None:
        return None
    if cue in _PRONOUN_INTROS:
        first = text[span[0] : span[1]].split()[0]
        if first not in _KNOWN and not name_like(first) and _COPULA_AFTER.match(text, span[1]) is None:
            return None
    ch = text[span[0]]
    if not strong and ns.script_at(text, span[0]) is None and ch.lower() != ch.upper() and not ch.isupper():
        return None
    if cue in _WEAK_INTROS:
        first = text[span[0] : span[1]].split()[0]
        if first.lower() not in _KNOWN and not name_like(first) and len(text[span[0] : span[1]].split()) < 2:
            return None  # "soy Ingeniero": one capitalised word no lexicon knows
    return span


def _greeting(text: str, end: int) -> tuple[int, int] | None:
    b = _BETWEEN.match(text, end)
    start = b.end() if b is not None else end
    if start < len(text) and text[start] in "\n\r":
        return None
    in_message = _MESSAGE_GOES_ON.match(text, _line_end_of_name(text, start)) is not None
    span = _name_at(text, start, strong=False, allow_tech=in_message, terminal=True)
    if span is None:
        return None
    name = text[span[0] : span[1]]
    if _SIGN_OFF_WORDS.fullmatch(name) is not None:
        return None
    if ns.script_at(text, span[0]) is None and not _glued_script(text[span[0]]):
        after = _after_titles(text, span[1])
        if _GREETING_END.match(text, after) is None:
            return None  # "Hola Juan Carlos es ..." is fine, "Hallo Welt und ..." the rule cannot tell
    return span


_TO_PUNCT = re.compile(r"[^\n,!:]*")
"""A name's line up to a comma, "!" or colon."""
_COMMA = re.compile(r"[ \t]*[,\u060c\u3001\uff0c\u1363][ \t]*")
"""A comma of any script, with blanks."""
_COLON = re.compile(r"[ \t]*[:\uff1a][ \t]*")
"""A colon (ASCII or full-width), with blanks."""
_TO_EOL = re.compile(r"[^\n]*")
"""The rest of a line."""


def _line_end_of_name(text: str, pos: int) -> int:
    m = _TO_PUNCT.match(text, pos)
    return m.end() if m is not None else pos


def _after_titles(text: str, pos: int) -> int:
    """Past an honorific that follows a name (``Burak Bey,``, ``Tanaka-san,``)."""
    m = re.match(r"(?:[ \t]+|-)([^\W\d_]+)", text[pos : pos + 24])
    if m is not None and m.group(1).lower() in _AFTER_TITLES:
        return pos + m.end()
    return pos


def _sign_off(text: str, end: int) -> tuple[int, int] | None:
    m = _SIGN_OFF_PUNCT.match(text, end)
    j = m.end() if m is not None else end
    if j < len(text) and text[j] not in "\r\n":
        if not any(c in text[end:j] for c in ",\u060c\u3001\uff0c\u1363"):
            return None
        span = _name_at(text, j, strong=False, terminal=True)  # "Saludos, María" on one line
        if span is None or _rest_of_line(text, span[1]):
            return None
        return span if _name_line_ok(text, span) else None
    k = j
    for _ in range(3):
        if k < len(text) and text[k] == "\r":
            k += 1
        if k >= len(text) or text[k] != "\n":
            return None
        k += 1
        while k < len(text) and text[k] in " \t>":
            k += 1
        if k < len(text) and text[k] not in "\r\n":
            break
    span = _name_at(text, k, strong=False)
    if span is None or _rest_of_line(text, span[1]):
        return None
    return span if _name_line_ok(text, span) else None


_SIGN_OFF_PUNCT = re.compile(r"[ \t]*[,.!\u060c\u06d4\u0964\u1362\u1363\u3001\u3002\uff01\uff0c]?[ \t]*")
"""What may end a sign-off line: a comma, full stop or ``!`` of any script."""


_JA_RUN_BEFORE = re.compile(
    "(?:[\u3005\u4e00-\u9fff\u30a1-\u30fc]{1,4}[ \u3000])?[\u3005\u4e00-\u9fff\u30a1-\u30fc]{1,4}"
    "(?:[ \u3000][\u3041-\u3096]{2,4})?$"
)
_KO_WORD_BEFORE = re.compile("[\uac00-\ud7af]{2,4}$")
_SELF_BEFORE = ("\u79c1\u306f", "\u308f\u305f\u3057\u306f", "\u50d5\u306f", "\u3010", "\u300c", "\u300e")
"""私は わたしは 僕は and the opening brackets 【 「 『: a self-introduction's name may start after them."""


def _name_before_copula(text: str, pos: int, *, strong: bool) -> tuple[int, int] | None:
    """A speaker's own name before a Japanese or Korean "I am": ``山田と申します`` anywhere (`strong`);
    ``山本 さくらです``, ``김민준입니다`` only where a line, a quote or ``私は`` starts it, and (です)
    a family and a given name written apart."""
    if text[pos] == "\uc785":
        m = _KO_WORD_BEFORE.search(text, max(0, pos - 4), pos)
        if m is None or not _self_start(text, m.start()):
            return None
        return ns.hangul_name(text, m.start(), pos, titled=False)
    m = _JA_RUN_BEFORE.search(text, max(0, pos - 14), pos)
    if m is None:
        return None
    name = m.group()
    if name in ROLE_BEFORE_TITLE or name in UNCASED_GROUP_WORDS:
        return None
    if not strong and (not any(c in name for c in " \u3000") or not _self_start(text, m.start())):
        return None
    if strong and not (_self_start(text, m.start()) or not "\u4e00" <= text[m.start() - 1 : m.start()] <= "\u9fff"):
        return None
    return m.start(), pos


def _self_start(text: str, start: int) -> bool:
    """Where a self-introduction may start: a line, a quote, a bracket or 私は right before."""
    head = text[max(0, start - 5) : start]
    return start == 0 or head.endswith(_SELF_BEFORE) or _at_line_start(text, start)


def _sign_off_inline(text: str, end: int) -> tuple[int, int] | None:
    """A sign-off inside a line, a comma, then a name that ends the line or the text
    (``... Ẹ ṣé púpọ̀, Kẹ́hìndé.``, ``Asante sana, Juma``)."""
    m = _COMMA.match(text, end)
    if m is None:
        return None
    span = _name_at(text, m.end(), strong=False, terminal=True)
    if span is None or _rest_of_line(text, span[1]):
        return None
    return span if _name_line_ok(text, span) else None


_ITEM_SEP = re.compile(
    r"[ \t]*(?:\([^()\n]{1,30}\))?[ \t]*"
    r"(?:[,;\u060c\u3001\uff0c]|[ \t](?:and|und|y|e|et|és|i|ve|и|і|και|dan|và|og|och|en|ja)[ \t])[ \t]*"
)
"""Between two attendees: a comma (any script) or "and", after an optional role in parentheses."""


def _attendees(text: str, end: int) -> Iterator[Finding]:
    """The people listed after a minutes label (``Teilnehmer: Jonas Weber, Anna Roth``,
    ``Jelen voltak: Kovács Eszter (ügyfél), Nagy Bence``): each item up to the line's end."""
    m = _COLON.match(text, end)
    if m is None:
        return
    line_end = text.find("\n", m.end())
    line_end = len(text) if line_end < 0 else line_end
    i = m.end()
    while i < line_end:
        span = _name_at(text, i, strong=True)
        if span is None or span[1] > line_end:
            return
        name = text[span[0] : span[1]]
        if (
            len(name.split()) > 1
            or _glued_script(name[0])
            or ns.script_at(name, 0) is not None
            or name.lower() in _KNOWN
            or name_like(name)
        ):
            yield ("PERSON", span[0], span[1], 0.7)
        sep = _ITEM_SEP.match(text, span[1], line_end)
        if sep is None:
            return
        i = sep.end()


def _rest_of_line(text: str, pos: int) -> bool:
    """Something other than blanks, a full stop, an honorific/"from" word or the JSON closers of
    the string the line is in follows `pos` on its line."""
    m = _TO_EOL.match(text, pos)
    rest = (m.group() if m is not None else "").strip().strip(".,!\u3002\u0964\u06d4\u1362").strip("\"'}]) ")
    return bool(rest) and rest.lower().lstrip("-") not in _AFTER_TITLES


def _name_line_ok(text: str, span: tuple[int, int]) -> bool:
    """A one-word name line is a known given name or the last line of the text."""
    name = text[span[0] : span[1]]
    if _SIGN_OFF_WORDS.fullmatch(name) is not None:
        return False
    if len(name.split()) > 1 or _glued_script(name[0]):
        return True
    return (
        name.lower() in _KNOWN
        or name_like(name)
        or not text[span[1] :].strip().strip(".!\u3002\u0964\u06d4\u1362").strip("\"'}]) \n")
    )


def _dash_signature(text: str) -> Iterator[Finding]:
    """``— ሰላም ተስፋዬ``: a dash and a name in an uncased script on the text's last non-empty line."""
    tail = text.rstrip()
    line_start = tail.rfind("\n") + 1
    m = _DASH_LINE.match(tail, line_start)
    if m is None or ns.script_at(tail, m.end()) is None:
        return
    span = ns.uncased_name(tail, m.end(), stops=_AFTER_TITLES)
    if span is not None and not _rest_of_line(tail, span[1]) and line_start > 0:
        yield ("PERSON", span[0], span[1], 0.7)


def _at_line_start(text: str, pos: int) -> bool:
    """Only blanks, ``>`` quote marks, an opening quote or a short speaker label (``Agent:``,
    ``[10:02] Ana:``) stand between the line's start and `pos`."""
    i = pos
    while i > 0 and text[i - 1] in " \t>":
        i -= 1
    if i == 0 or text[i - 1] in "\n\"'\u201c\u300c":
        return True
    line_start = text.rfind("\n", 0, i) + 1
    head = text[line_start:i]
    lead = head.lstrip()[:1]
    if not lead or (lead.islower() and not lead.isdigit()):
        return False  # "the point: Oi Kalle!" is a sentence, not a speaker label
    return len(head) <= 40 and head.rstrip().endswith((":", "\uff1a")) and head.count(":") + head.count("\uff1a") <= 3
