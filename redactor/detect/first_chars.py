"""A look-ahead for the characters every match of a Python regex can start with.

Python's ``re`` tries a pattern at every position of the text. A pattern that starts with a
look-behind, a ``\\b`` or an alternation of words (``(?i)(?<![\\w-])(?:init|login|auth...)``)
gets no help from the engine's own prefix scan, so each position costs a try of every
alternative. `with_first_chars` puts ``(?=[...])`` in front, the set of characters a match can
begin with, read from the parsed pattern: one class test rejects most positions. A match still
starts only where the pattern itself matches, so the matches are the same (the look-ahead holds
wherever the pattern can match: its set covers every first character, with the same case rules,
because it is compiled inside the same pattern, with ``(?i:...)`` / ``(?-i:...)`` as the parts
it comes from).

The reading is conservative: a pattern whose first character is not a plain character or class
(``.``, ``\\w``, a back-reference, a negated class, a part that can match the empty string)
gives no set, and the pattern is returned unchanged.
"""

from __future__ import annotations

import re
from re import _constants as sre_c  # type: ignore[attr-defined]  # the parser's own opcodes
from re import _parser as sre_parse  # type: ignore[attr-defined]  # the parser Python's re compiles from

from redactor import regex_cache

_Items = list[tuple[bool, int, int]]
"""Code point ranges ``(ignore_case, low, high)``: what a match may start with."""

_ZERO_WIDTH = {sre_c.AT, sre_c.ASSERT, sre_c.ASSERT_NOT}
_REPEATS = {sre_c.MAX_REPEAT, sre_c.MIN_REPEAT, sre_c.POSSESSIVE_REPEAT}
_LEADING_FLAGS = re.compile(r"\A\(\?[aiLmsux]+\)")


def _class(items: list[tuple[object, object]], ic: bool) -> _Items | None:
    out: _Items = []
    for op, av in items:
        if op is sre_c.LITERAL:
            assert isinstance(av, int)
            out.append((ic, av, av))
        elif op is sre_c.RANGE:
            assert isinstance(av, tuple)
            out.append((ic, av[0], av[1]))
        else:  # a category (\w, \d), a negation: too broad to gain anything, or unknown
            return None
    return out


def _first(seq: list[tuple[object, object]], ic: bool) -> tuple[_Items, bool] | None:
    """First characters of the sequence `seq` and whether it can match the empty string."""
    out: _Items = []
    for op, av in seq:
        if op in _ZERO_WIDTH:
            continue
        if op is sre_c.LITERAL:
            assert isinstance(av, int)
            return [*out, (ic, av, av)], False
        if op is sre_c.IN:
            assert isinstance(av, list)
            chars = _class(av, ic)
            return None if chars is None else ([*out, *chars], False)
        if op is sre_c.BRANCH:
            assert isinstance(av, tuple)
            sub = [_first(list(alt), ic) for alt in av[1]]
            if any(s is None for s in sub):
                return None
            items = [i for s in sub if s is not None for i in s[0]]
            if not any(s is not None and s[1] for s in sub):
                return [*out, *items], False
            out.extend(items)
            continue
        if op is sre_c.SUBPATTERN:
            assert isinstance(av, tuple)
            _group, add, remove, body = av
            inner = (ic or bool(add & sre_c.SRE_FLAG_IGNORECASE)) and not remove & sre_c.SRE_FLAG_IGNORECASE
            got = _first(list(body), inner)
            if got is None:
                return None
            out.extend(got[0])
            if not got[1]:
                return out, False
            continue
        if op in _REPEATS:
            assert isinstance(av, tuple)
            low, _high, body = av
            got = _first(list(body), ic)
            if got is None:
                return None
            out.extend(got[0])
            if low > 0 and not got[1]:
                return out, False
            continue
        if op is sre_c.ATOMIC_GROUP:
            assert isinstance(av, sre_parse.SubPattern)
            got = _first(list(av), ic)
            if got is None:
                return None
            out.extend(got[0])
            if not got[1]:
                return out, False
            continue
        return None  # ., a back-reference, a conditional group...
    return out, True


def _source(items: _Items) -> str:
    parts = []
    for ic in (False, True):
        ranges = sorted({(a, b) for i, a, b in items if i == ic})
        if ranges:
            body = "".join(
                re.escape(chr(a)) if a == b else re.escape(chr(a)) + "-" + re.escape(chr(b)) for a, b in ranges
            )
            parts.append(("(?i:[" if ic else "(?-i:[") + body + "])")
    return "|".join(parts)


MEMO_KIND = "first_chars/1"
"""The name `first_chars`' results are stored under in the regex cache file (`regex_cache.memo`):
change the number when the reading changes, so no stored result of the old reading is used."""


def first_chars(rx: re.Pattern[str]) -> str | None:
    """The look-ahead body for `rx` (``(?-i:[...])|(?i:[...])``), or None when the first character of
    a match is not read from plain characters and classes only.

    A pure function of the pattern text and flags: inside the start-up's `regex_cache.compile_cache`
    block the result is read from the cache file (the parse costs ~0.2 CPU s per start)."""
    return regex_cache.memo(MEMO_KIND, rx.pattern, rx.flags, lambda: _read(rx))


def _read(rx: re.Pattern[str]) -> str | None:
    parsed = sre_parse.parse(rx.pattern, rx.flags)
    got = _first(list(parsed), bool(parsed.state.flags & sre_c.SRE_FLAG_IGNORECASE))
    if got is None or got[1] or not got[0]:
        return None
    return _source(got[0])


_ORIGINALS: dict[tuple[str, int], re.Pattern[str]] = {}
"""Each pattern `with_first_chars` made -> the pattern it was made from (`original_of`)."""


def with_first_chars(rx: re.Pattern[str]) -> re.Pattern[str]:
    """`rx` behind a look-ahead for the characters its matches can start with (`rx` itself when
    none can be read): the same matches, the same groups, fewer positions tried."""
    head = first_chars(rx) if not rx.flags & re.VERBOSE else None  # (a comment could swallow the ")")
    if head is None:
        return rx
    body = _LEADING_FLAGS.sub("", rx.pattern, count=1)
    fast = re.compile("(?=" + head + ")(?:" + body + ")", rx.flags)
    _ORIGINALS[(fast.pattern, fast.flags)] = rx
    return fast


def original_of(rx: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern `rx` was made from by `with_first_chars` (`rx` itself if it was not): what the
    tests compare it with."""
    return _ORIGINALS.get((rx.pattern, rx.flags), rx)
