"""What a person's name looks like: the shape checks shared by every PERSON detector.

A name is one to five tokens: capitalised words in any script (``Šemsudin``, ``Þorkell``,
``O'Brien``, ``Jean-Luc``, ``McDonald``, ``IJzermans``), initials (``K.``), lower-case particles
inside (``van den``), optionally after an honorific (``Mrs.``). A run that goes on into an
organisation word (`ORG_WORDS`: ``Baltic Freight``, ``Kowalczyk Transport``) is no name. Code identifiers are not names:
``GetToken``, ``pageChunker``, ``snake_case``, dotted or digit-bearing tokens, and words from
`NOT_NAME_WORDS` / `TECH_NAMES` are rejected.
"""

from __future__ import annotations

import itertools
import re

from redactor.detect.pii._vocab import NAME_PARTICLES, NOT_NAME_WORDS, ORG_WORDS, TECH_NAMES, TITLES

_TOKEN = re.compile(r"[^\W\d_](?:[^\W\d_]|['\u2019-](?=[^\W\d_]))*\.?")
_PASCAL_PREFIXES = ("Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "Fitz", "O'", "D'", "IJ")

TITLE_RE = r"(?:" + "|".join(t.capitalize() + "|" + t.upper() + "|" + t for t in TITLES) + r")\.?"
"""Regex source for an honorific (``Mr``, ``MRS.``, ``ms.``)."""

NAME_TOKEN_RE = r"[^\W\d_](?:[^\W\d_]|['\u2019-](?=[^\W\d_]))*\.?"
"""Regex source for one name-ish token (letters of any script, inner apostrophes/hyphens)."""

_INITIALS = r"[A-Z]\.(?:-[A-Z]\.)+"
"""Hyphenated initials of a compound given name: ``J.-P.`` (Jean-Pierre)."""
_CAP = r"(?:" + _INITIALS + r"|[^\W\d_a-z](?:[^\W\d_]|['\u2019-](?=[^\W\d_]))*\.?)"
_PARTICLE_WORD = r"(?:" + "|".join(sorted(NAME_PARTICLES, key=len, reverse=True)) + r")"
_PARTICLE = _PARTICLE_WORD + r"(?:[ \t]+" + _PARTICLE_WORD + r")?(?=[ \t]+[^\W\d_a-z])"
"""One or two particles before a capitalised word: ``van der Merwe``, ``de la Fuente``."""
NAME_RE = r"(?:" + TITLE_RE + r"\s+)?" + _CAP + r"(?:[ \t]+(?:" + _CAP + r"|" + _PARTICLE + r")){0,5}"
"""Regex source for a candidate name run: capitalised first token, up to four more tokens.

Candidates are then trimmed and checked with `clean_name`.
"""
NAME_GATE = r"(?:[A-Z]|" + TITLE_RE + r")"
"""RE2 source for how every `NAME_RE` match starts in ASCII text (an honorific or a capital):
for `redactor.detect.pii._gates.Gates`."""

_TITLES = frozenset(TITLES)
_INITIALS_RX = re.compile(_INITIALS)


def is_name_token(tok: str) -> bool:
    """A capitalised word or an initial that could be part of a person's name."""
    t = tok.rstrip(".")
    if _INITIALS_RX.fullmatch(tok):
        return True
    if not t or not _TOKEN.fullmatch(tok):
        return False
    if len(t) == 1:
        return t.isupper()
    if not t[0].isupper():
        return False
    if t.isupper() and len(t) > 1:
        return False  # ACRONYMS and SHOUTED WORDS
    if t.lower() in NOT_NAME_WORDS:
        return False
    inner_caps = sum(1 for prev, c in itertools.pairwise(t) if c.isupper() and prev.islower())
    if len(t) > 2 and t[1].isupper() and any(c.islower() for c in t[2:]) and not t.startswith(_PASCAL_PREFIXES):
        return False  # ETag, IPhone, JSONParser: acronym glued to a word
    return not (inner_caps and not t.startswith(_PASCAL_PREFIXES))


def clean_name(
    candidate: str,
    *,
    min_tokens: int = 1,
    max_tokens: int = 5,
    particle_start: bool = False,
    allow_tech: bool = False,
) -> tuple[int, int] | None:
    """Trim `candidate` to its longest leading name, or None if it is not one.

    Returns ``(start, end)`` offsets into `candidate` (an honorific at the start is kept). Stops
    at the first token that is neither a name token nor a particle; trailing particles and
    initials-only results are dropped. `allow_tech`: keep words that also name products (``Hugo``,
    ``Kafka``), for cues that only people take (a greeting).
    """
    tokens = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", candidate)]
    if not tokens:
        return None
    i = 0
    start = tokens[0][0]
    if tokens[0][2].rstrip(".").lower() in _TITLES and len(tokens) > 1:
        i = 1
    kept: list[tuple[int, int, str]] = []
    for a, _b, tok in tokens[i:]:
        bare = tok.rstrip(",;:!?\"')")
        trimmed = len(bare) != len(tok)
        if kept and bare.rstrip(".").lower() in ORG_WORDS and bare[:1].isupper():
            return None  # "Baltic Freight", "Riverside Family Clinic": an organisation
        if is_name_token(bare) or ((kept or particle_start) and bare.lower() in NAME_PARTICLES):
            kept.append((a, a + len(bare), bare))
        else:
            break
        if trimmed or sum(1 for k in kept if k[2].lower() not in NAME_PARTICLES) >= max_tokens:
            break  # particles do not count: "María José García-Huidobro de la Fuente"
    while kept and kept[-1][2].lower() in NAME_PARTICLES and (kept[-1][2].islower() or len(kept) == 1):
        kept.pop()  # "Anthony van": a dangling particle; "Quang Le", "Ana Da": a capitalised surname
    if len(kept) < min_tokens or not kept:
        return None
    if all(len(t.rstrip(".")) == 1 or t.lower() in NAME_PARTICLES for _, _, t in kept):
        return None
    if not allow_tech and any(t.lower().rstrip(".") in TECH_NAMES for _, _, t in kept):
        return None  # "Kafka", "Presidio Analyzer", "Platform Gitea": products, not people
    if kept[0][2].lower() in NAME_PARTICLES and not particle_start:
        return None
    end = kept[-1][1]
    if candidate[end - 1 : end] == "." and len(kept[-1][2].rstrip(".")) > 1:
        end -= 1  # a sentence's full stop, not an initial's
    return (start if i else kept[0][0]), end


def is_person_name(text: str, *, min_tokens: int = 1) -> bool:
    """The whole of `text` is a plausible person's name."""
    r = clean_name(text.strip(), min_tokens=min_tokens)
    return r is not None and r[1] == len(text.strip())
