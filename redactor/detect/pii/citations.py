"""Author lists of bibliography records (``pii.citation_author``).

A reference manager's export names people in a fixed syntax that no prose cue marks, and in the
order ``Surname, Given`` that the name-run rules (`lexnames`, the NER model) read as two words:

- **BibTeX / BibLaTeX** ``author``, ``editor``, ``translator`` fields: ``author = {Kowalski, Jan
  and van der Berg, Joost and Anna Nowak}``, quoted or braced, one person per ``and``. A
  braced group inside (``{{World Health Organization}}``) is a corporate author and ``others``
  stands for nobody; both are skipped. Every name is split on the BibTeX separator, so the list
  is read by its syntax, not by a lexicon: surnames and given names of any culture count.
- **RIS** lines ``AU  - Kowalski, Jan`` / ``A1``-``A4``, ``ED`` (the tag, two spaces, a dash).

A name counts when its words are name-shaped (`names.is_name_token`: letters, apostrophes and
hyphens, initials with a dot; a particle such as ``van der`` or ``de la`` in lower case), two to
six of them (a lone word is a role or a handle as often: ``author = "Admin"``); a part holding
digits, ``@``, braces (a corporate author, a LaTeX accent) or more than six words is left alone.
Texts without ``author``, ``editor``, ``translator`` or an RIS tag cost one substring test per
literal (the ``prefilter``)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.detect.pii._base import Finding, TextInfo, ViewDetector
from redactor.detect.pii._vocab import NAME_PARTICLES
from redactor.detect.pii.names import is_name_token

__all__ = ["CitationAuthorDetector"]

_BIBTEX_FIELD = re.compile(
    r"(?i)(?<![\w-])(?:author|editor|translator|bookauthor)[ \t]*=[ \t]*(?:\{(?P<braced>(?:[^{}\n]|\{[^{}\n]*\})*)\}"
    r"|\"(?P<quoted>[^\"\n]*)\")"
)
"""A BibTeX field holding people, its value braced (one level of inner braces allowed, for a
corporate author or an accent ``{\\'e}``) or quoted, on one line."""
_RIS_LINE = re.compile(r"(?m)^[ \t]*(?:AU|A[1-4]|ED)  - (?P<value>[^\n]+?)[ \t]*$")
"""An RIS person tag: ``AU  - Kowalski, Jan`` (two spaces before the dash, as the format fixes)."""
_AND = re.compile(r"[ \t]+(?:and|AND)[ \t]+")
_WORD = re.compile(r"[^\s,]+")


def _person(value: str) -> bool:
    """Whether one list entry (``Kowalski, Jan``, ``Anna Nowak``, ``van der Berg, J.``) is a name."""
    if not value or "{" in value or value.strip().lower() == "others":
        return False  # a corporate author in braces, or "and others"
    words = _WORD.findall(value)
    if not 1 <= len(words) <= 6 or value.count(",") > 2:
        return False
    named = 0
    for word in words:
        if word.lower() in NAME_PARTICLES and word.islower():
            continue
        if not is_name_token(word) and not (len(word) == 2 and word[0].isupper() and word[1] == "."):
            return False
        named += 1
    return named >= 2 and any(len(w.rstrip(".")) > 1 and w[0].isupper() for w in words)


def _entries(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Offsets of the ``and``-separated entries of ``text[start:end]``, trimmed of blanks."""
    pos = start
    for sep in [*_AND.finditer(text, start, end), None]:
        stop = end if sep is None else sep.start()
        a, b = pos, stop
        while a < b and text[a] in " \t":
            a += 1
        while b > a and text[b - 1] in " \t,":
            b -= 1
        if a < b:
            yield a, b
        if sep is not None:
            pos = sep.end()


class CitationAuthorDetector(ViewDetector):
    """People in BibTeX author/editor fields and RIS author lines (``pii.citation_author``)."""

    name = "pii.citation_author"
    entities: tuple[str, ...] = ("PERSON",)
    prefilter: tuple[str, ...] = ("author", "editor", "translator", "au  - ", "a1  - ", "a2  - ", "ed  - ")

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        """Yield one finding per person of every author list."""
        text = info.text
        for m in _BIBTEX_FIELD.finditer(text):
            group = "braced" if m.group("braced") is not None else "quoted"
            for a, b in _entries(text, m.start(group), m.end(group)):
                if _person(text[a:b]):
                    yield ("PERSON", a, b, 0.85)
        if "  - " in text:
            for m in _RIS_LINE.finditer(text):
                a, b = m.start("value"), m.end("value")
                if _person(text[a:b]):
                    yield ("PERSON", a, b, 0.85)
