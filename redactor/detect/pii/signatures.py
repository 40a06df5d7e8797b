"""The writer's name in the signature block of a letter, mail or message (``pii.signature``).

Letters and mails end with who wrote them, and the name there often has no other cue:

- **after a closing**: a sign-off of any language (`salutation_vocab.LANGUAGES`, plus the English
  ones) alone on its line with whatever punctuation the writer used (``Üdvözlettel:``,
  ``Regards --``, ``Saludos.``), then, after at most one blank line, a line that is only a name
  (``Kovács Bence``, ``Анна Смирнова``, ``ليلى حداد``, ``山本 花子``), possibly followed by more
  signature lines. `pii.salutation` reads the common forms; this rule also takes colons and dashes
  and names that go on with a role after a comma (``Jonas Weber, Teamleiter``);
- **a name over a role line**: at the end of a message (the text's or a JSON string's end, or
  before a quoted earlier message), a line that is only a cased name (two to four tokens, the
  checks of `contact_cased`) after a blank line, directly followed by one to three short lines of
  which the first names a job or a company (``Rachel Okafor`` / ``Head of People``; ``Corinne
  Baumgartner`` / ``Leiterin Finanzen`` / ``Bahnhofstrasse 61``), in a text that has prose above
  the block. Section headings (``Getting Started`` / ``Install the package``), product names and
  code are not names by those checks.

Gate: one RE2 pass for a closing line or a line holding a job or company word; nothing else runs
on texts without one.
"""

from __future__ import annotations

# closings and names of other scripts are the point here
import re
from collections.abc import Iterator

import re2  # type: ignore[import-untyped]  # google-re2 ships no type information

from redactor.detect.pii import name_spans as ns
from redactor.detect.pii._base import TEXT_KINDS, Finding, TextInfo, ViewDetector
from redactor.detect.pii.contact_cased import tokens_ok
from redactor.detect.pii.dash_signatures import dash_signoff
from redactor.detect.pii.given_names import BROAD_GIVEN_NAMES, GIVEN_NAMES
from redactor.detect.pii.lexicon import is_english
from redactor.detect.pii.name_form import name_like
from redactor.detect.pii.record_vocab import JOB_WORDS, ORG_FORM_WORDS
from redactor.detect.pii.salutation_vocab import LANGUAGES

_ENGLISH_CLOSINGS = (
    "regards|best regards|kind regards|warm regards|warmest regards|best|all the best|cheers|sincerely"
    "|yours sincerely|sincerely yours|yours faithfully|faithfully|yours truly|yours|thanks|thank you|many thanks"
    "|thanks again|best wishes|with thanks|respectfully|with appreciation|with gratitude|take care|talk soon"
)
_CLOSINGS = sorted(
    {c for f in LANGUAGES.values() for c in f.sign_offs.split("|") if c} | set(_ENGLISH_CLOSINGS.split("|")),
    key=len,
    reverse=True,
)
_CLOSING_SOURCE = "|".join(r"[ \t]+".join(re.escape(p) for p in c.split(" ")) for c in _CLOSINGS)
_RE2_OPTIONS = re2.Options()
_RE2_OPTIONS.max_mem = 64 << 20
_CLOSING_LINE = re2.compile(
    r"(?m)^[ \t>]*(?i:" + _CLOSING_SOURCE + r")[ \t]*[,.:;!\-\x{2013}\x{2014}~\x{060c}\x{3001}\x{ff0c}\x{ff1a}]*"
    r"[ \t]*\r?\n",
    _RE2_OPTIONS,
)
"""A closing alone on its line, with any punctuation after it."""
_ROLE_WORDS = JOB_WORDS | ORG_FORM_WORDS
_LINE_NAME = re.compile(r"[ \t>]*(?P<name>[^\n]+?)[ \t.]*(?:,[ \t]*(?P<role>[^\n,]{2,40}))?[ \t]*(?=\r?\n|$|\")")
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|[\u0300-\u036f])*(?:[-'\u2019][^\W\d_](?:[^\W\d_]|[\u0300-\u036f])*)*")
_KNOWN = GIVEN_NAMES | BROAD_GIVEN_NAMES
_THAI_LINE = re.compile(r"[\u0e01-\u0e4e]{2,20}[ ][\u0e01-\u0e4e]{2,20}")
_QUOTED_REPLY = re.compile(r"(?i)(?:on .{4,80} wrote:|-{2,}[ ]*original message|from:[ \t]|>)")
_PROSE = re.compile(r"[^\n]*[^\W\d_]{2,}(?:[ \t]+[^\W\d_,.;:!?]+[,.;:!?]?){5,}")
"""A line of prose: six words or more."""


class SignatureDetector(ViewDetector):
    """Names in signature blocks: after a closing line, or over a role line at a message's end."""

    name = "pii.signature"
    entities: tuple[str, ...] = ("PERSON",)

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        text = info.text
        for m in _CLOSING_LINE.finditer(text):
            span = _name_line(text, _skip_blank(text, m.end()))
            if span is not None and info.kind_at(span[0]) in TEXT_KINDS:
                yield ("PERSON", span[0], span[1], 0.75)
        if "\n\n" in text:
            yield from _role_blocks(info)
        if "\n" in text and not text.isascii():
            yield from dash_signoff(text)  # "— వెంకటేశ్ నల్లపాటి, HPC బృందం" (`dash_signatures`)


def _skip_blank(text: str, pos: int) -> int:
    """Past one blank line (and the quote marks of a quoted mail)."""
    m = re.compile(r"(?:[ \t>]*\r?\n)?[ \t>]*").match(text, pos)
    return m.end() if m is not None else pos


def _name_line(text: str, pos: int) -> tuple[int, int] | None:
    """The name that is the whole line at `pos` (a role after a comma allowed)."""
    m = _LINE_NAME.match(text, pos)
    if m is None:
        return None
    a, z = m.span("name")
    name = m.group("name")
    if m.group("role") is not None and not _role_line(m.group("role")):
        return None
    ch = name[:1]
    if ns.script_at(text, a) is not None:
        span = ns.uncased_name(text, a, terminal=True)
    elif _glued(ch):
        span = ns.cjk_name(text, a, strong=True)
        if span is None and _THAI_LINE.fullmatch(name) is not None:
            span = (a, z)  # "อนิวัฒน์ วะคีมัน": a given and a family name
    else:
        toks = name.split()
        if not (1 <= len(toks) <= 4) or not ch.isupper():
            return None
        if len(toks) == 1:
            word = toks[0]
            if (
                (word.lower() not in _KNOWN and not name_like(word))
                or is_english(word.lower())
                or not word[1:].islower()
            ):
                return None
            return a, z
        return (a, z) if tokens_ok(toks) and all(_WORD.fullmatch(t.rstrip(".")) for t in toks) else None
    if span is None or span[1] < z - 1:
        return None
    return span


def _glued(ch: str) -> bool:
    o = ord(ch) if ch else 0
    return 0x3040 <= o <= 0x9FFF or 0xAC00 <= o <= 0xD7AF or 0x0E00 <= o <= 0x0E7F


def _role_line(line: str) -> bool:
    """A short line that names a job, a department or a company (``Head of People``,
    ``Leiterin Finanzen``, ``Kestrel Works Ltd``), not a sentence."""
    s = line.strip().strip("|").strip()
    if not s or len(s) > 60 or s.endswith((".", "?", "!", ":")) or len(s.split()) > 7:
        return False
    return any(w.lower() in _ROLE_WORDS for w in _WORD.findall(s))


def _role_blocks(info: TextInfo) -> Iterator[Finding]:
    """A name line after a blank line (or a closing line), over a role line, at the end of a message."""
    text = info.text
    for name_start in _paragraph_starts(text):
        name_end = text.find("\n", name_start)
        if name_end < 0:
            return
        role_start = name_end + 1
        role_end = min(
            (j for j in (text.find("\n", role_start), text.find('"', role_start)) if j >= 0), default=len(text)
        )
        if not _role_line(text[role_start:role_end].lstrip(" \t>")) or not _ends_message(text, role_end):
            continue
        if _PROSE.search(text, 0, name_start) is None:
            continue  # a letter has prose above its signature; a list of names and roles does not
        line = text[name_start:name_end]
        stripped = line.strip(" \t>*\r")
        toks = stripped.split()
        if not 2 <= len(toks) <= 4 or not tokens_ok(toks) or not all(_WORD.fullmatch(t.rstrip(".")) for t in toks):
            continue
        if any(w.lower() in _ROLE_WORDS for w in toks):
            continue
        a = name_start + line.index(stripped)
        if info.kind_at(a) in TEXT_KINDS:
            yield ("PERSON", a, a + len(stripped), 0.75)


def _paragraph_starts(text: str) -> Iterator[int]:
    """Starts of the lines after a blank line or a closing line."""
    i = text.find("\n\n")
    while i >= 0:
        j = i + 2
        while j < len(text) and text[j] == "\n":
            j += 1
        yield j
        i = text.find("\n\n", j)
    for m in _CLOSING_LINE.finditer(text):
        yield m.end()


def _blank_before(text: str, line_start: int) -> bool:
    """The line before `line_start` is blank or a closing."""
    prev_start = text.rfind("\n", 0, line_start - 1) + 1
    prev = text[prev_start : line_start - 1]
    return not prev.strip(" \t>\r") or _CLOSING_LINE.match(prev + "\n") is not None


def _ends_message(text: str, pos: int) -> bool:
    """Only up to four short signature lines (contact, address, web) follow `pos` before the end
    of the text, of the JSON string it is in, or of a quoted earlier message."""
    k = pos
    for _ in range(5):
        if k >= len(text) or text[k] in '"}]':
            return True
        if text[k] != "\n":
            return False
        nxt = text.find("\n", k + 1)
        nxt = len(text) if nxt < 0 else nxt
        line = text[k + 1 : nxt].strip(" \t\r>")
        if not line:
            after = text[k + 1 :].lstrip("\n \t\r")
            return not after or after[0] in '"}]' or _QUOTED_REPLY.match(after) is not None
        if line[0] in '"}]':
            return True
        if len(line) > 80 or _PROSE.fullmatch(line):
            return False
        k = nxt
    return False
