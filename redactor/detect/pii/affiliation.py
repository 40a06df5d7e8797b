"""People placed in a team or asked to work with someone (``pii.affiliation``).

Support threads, tickets and stand-up notes introduce colleagues by their team and pair people up:

- ``Grace Wanjiku from billing will follow up``, ``Tomás Ruiz in Finance``, ``Amara Obi of the
  payments team``: a name of two to four tokens right before ``from``/``in``/``at``/``of`` and a
  department word;
- ``can you pair with Hande Karaman tomorrow?``, ``please sync with Joon-ho Park``: a name of two
  to four tokens after ``pair``/``work``/``sync``/``meet``/``talk``/``coordinate``... ``with``.

Names must pass `names.clean_name` (two tokens at least: ``Customer Success from Sales`` and
``Microsoft Teams in IT`` fail on its word lists).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import re2  # type: ignore[import-untyped]  # google-re2 ships no type information

from redactor.detect.pii._base import TEXT_KINDS, Finding, TextInfo, ViewDetector
from redactor.detect.pii.names import NAME_RE, clean_name
from redactor.detect.pii.possessive import name_ending_at

_DEPARTMENTS = (
    r"(?i:billing|finance|accounting|accounts|payroll|human resources|people ops|legal|compliance|sales"
    r"|support|customer support|customer success|marketing|operations|security|engineering|product"
    r"|design|procurement|purchasing|logistics|shipping|fulfil?ment|warehouse|claims|underwriting|risk"
    r"|treasury|tax|audit|payments|onboarding|recruiting|talent|facilities|research|platform"
    r"|infrastructure|devops|admissions|registrar|reception|front desk|dispatch|the [a-z]+ team)"
    r"|HR|IT|QA|SRE|Ops|Infra|Data"
)
_TEAM_OF = re.compile(
    r"[ \t]+(?:from|in|at|of)[ \t]+(?:the[ \t]+)?(?:" + _DEPARTMENTS + r")"
    r"(?:[ \t]+(?i:team|department|dept\.?|desk|office))?\b"
)
"""``from billing``, ``in Finance``, ``of the payments team``: the name ends right before it."""
_WITH = re.compile(
    r"(?i:\b(?:pair|pairing|paired|work|working|sync|syncing|meet|meeting|talk|talking|speak|chat|coordinate"
    r"|follow up|catch up|team up|partner|liaise|connect)[ \t]+with[ \t]+)(?P<name>" + NAME_RE + r")"
)
_LITERALS = (" with ", " from ", " in ", " at ", " of ")
_ANY = re2.compile(
    r"(?i:(?:pair|work|sync|meet|talk|speak|chat|coordinate|follow up|catch up|team up|partner|liaise|connect)"
    r"(?:ing|ed)?[ \t]+with[ \t]+[^\W\d_])|" + _TEAM_OF.pattern
)
"""One linear RE2 pass: can either rule match anywhere in the text?"""


class AffiliationDetector(ViewDetector):
    """Names placed in a department or paired with someone (``pii.affiliation``)."""

    name = "pii.affiliation"
    entities: tuple[str, ...] = ("PERSON",)
    prefilter: tuple[str, ...] = _LITERALS

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        text = info.text
        if _ANY.search(text) is None:
            return
        for a, b in info.regions(TEXT_KINDS):
            if " with " in text[a:b]:
                for m in _WITH.finditer(text, a, b):
                    yield from _name(m)
            for m in _TEAM_OF.finditer(text, a, b):
                found = name_ending_at(text, m.start(), min_tokens=2)
                if found is not None:
                    yield ("PERSON", found[0], found[1], 0.75)


def _name(m: re.Match[str]) -> Iterator[Finding]:
    """The name of 2-4 tokens at the start of `m`'s name group, if there is one."""
    value = m.group("name")
    r = clean_name(value, min_tokens=2, max_tokens=4)
    if r is None:
        return
    start = m.start("name")
    yield ("PERSON", start + r[0], start + r[1], 0.75)
