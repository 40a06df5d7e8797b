"""Names joined by a patronymic or clan particle (``pii.particle_name``).

Some naming traditions put a word between a given and a family name that marks the pair as a
person's name on its own, whatever the sentence around it:

- Irish ``Ní`` / ``Nic`` ("daughter of"), ``Ó`` / ``Ua`` ("descendant of"), ``Uí`` / ``Mhic``
  (married forms): ``Siobhán Ní Dhomhnaill``, ``Pádraig Ó Súilleabháin``, ``Máire Nic Giolla``;
- Malay, Indonesian and Arabic ``bin`` / ``binti`` / ``bte`` / ``ibn`` / ``bint`` ("son / daughter
  of") and Malaysian Indian ``a/l`` / ``a/p``: ``Nurul Aisyah binti Kamarudin``, ``Ahmad Faizal
  bin Abdullah``, ``Suresh a/l Raman``.

The span runs from the given names (up to three capitalised words before the particle that are
not English words: ``Dear Siobhán Ní Dhomhnaill`` -> ``Siobhán Ní Dhomhnaill``) to the family
name (one or two capitalised words after it; Irish particles take one). Not matched: a particle
with no given name before it (``Ó Súilleabháin`` alone, ``bin Laden``), lower-case words
(``the recycle bin Monday``), and ``Mac`` (``Apple Mac Mini``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.detect.pii._scan import Hit, ScanDetector
from redactor.detect.pii.lexicon import is_english

_CAP = r"[^\W\d_a-z\u00e0-\u00ff](?:[^\W\d_]|[\u0300-\u036f]|['\u2019-](?=[^\W\d_]))+"
"""A capitalised word of two or more letters (accents and apostrophes inside)."""
_PARTICLE = re.compile(
    r"(?<![\w'\u2019-])(?P<p>N\u00ed|Nic|\u00d3|Ua|U\u00ed|Mhic|bin|binti|bte|bint|ibn|a/l|a/p)[ ]"
    r"(?P<fam>" + _CAP + r"(?:[ ]" + _CAP + r")?)(?![\w'\u2019@.-]*[\w@])"
)
_IRISH = frozenset({"N\u00ed", "Nic", "\u00d3", "Ua", "U\u00ed", "Mhic"})
_GATE = re.compile(r"(?:N\u00ed|Nic|\u00d3|Ua|U\u00ed|Mhic|bin|binti|bte|bint|ibn|a/[lp]) [^\W\d_a-z]")
_CAP_BEFORE = re.compile(r"(?:^|(?<=[\s\"'(\[|>:,;]))(" + _CAP + r")[ ]$")


def _given_start(text: str, pos: int) -> int:
    """Start of the given names that end right before `pos` (``pos`` when there are none)."""
    start = pos
    for _ in range(3):
        m = _CAP_BEFORE.search(text, max(0, start - 40), start)
        if m is None or is_english(m.group(1).lower()):
            break
        start = m.start(1)
    return start


class ParticleNameDetector(ScanDetector):
    """Given name(s), a patronymic or clan particle, a family name (``pii.particle_name``)."""

    name = "pii.particle_name"
    entity = "PERSON"
    gate = _GATE

    def find(self, text: str) -> Iterator[Hit]:
        for m in _PARTICLE.finditer(text):
            start = _given_start(text, m.start())
            if start == m.start():
                continue
            end = m.end("fam")
            fam = m.group("fam").split(" ")
            if m.group("p") in _IRISH or is_english(fam[-1].lower()):
                end = m.start("fam") + len(fam[0])
            if is_english(fam[0].lower()) and m.group("p") not in _IRISH:
                continue
            yield (start, end, 0.8)
