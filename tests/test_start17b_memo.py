"""`regex_cache.memo`: facts derived from a pattern (first_chars' look-ahead) stored in the cache
file beside the compiled code. Not timed: the tests check that a stored fact is what a fresh
computation gives, that a block computes each missing fact once and stores it, and that outside a
block nothing is stored."""

from __future__ import annotations

import functools
import itertools
import marshal
import random
import re
from pathlib import Path

import pytest

from redactor import regex_cache as rc
from redactor.detect import first_chars as fc

pytestmark = pytest.mark.skipif(not rc.supported(), reason="regex code cache not supported here")


def _patterns(seed: int, n: int) -> list[re.Pattern[str]]:
    """Generated patterns of the shapes the detectors use: word alternations behind look-behinds,
    classes, case-insensitive parts, optional prefixes (no set), leading flags."""
    rnd = random.Random(seed)
    words = ["".join(rnd.choice("abcdeéßkxyzÅ_-") for _ in range(rnd.randint(2, 7))) for _ in range(40)]
    heads = ["", r"(?<![\w-])", r"\b", "(?i)", "(?i:x)?", "(?-i:[A-Z])", "[0-9]", r"\d", "."]
    out = []
    for i in range(n):
        alts = "|".join(re.escape(w) for w in rnd.sample(words, rnd.randint(1, 6)))
        text = rnd.choice(heads) + f"(?:{alts})" + rnd.choice(["", "[ :]+", r"\s*=", f"{i}"])
        out.append(re.compile(text, rnd.choice([0, re.I, re.M])))
    return out


def test_outside_a_block_memo_computes_every_time() -> None:
    calls = itertools.count()
    assert rc.memo("test/1", "p", 0, lambda: next(calls)) == 0
    assert rc.memo("test/1", "p", 0, lambda: next(calls)) == 1


def test_a_block_stores_each_fact_once_and_the_next_block_reads_it(tmp_path: Path) -> None:
    path = tmp_path / "re.marshal"
    calls: list[str] = []

    def compute(p: str) -> str:
        calls.append(p)
        return p.upper()

    with rc.compile_cache(path) as first:
        got1 = [rc.memo("test/1", p, 0, functools.partial(compute, p)) for p in ("ab", "cd", "ab")]
    assert first["memo_misses"] == 3 and first["memo_hits"] == 0  # the block stores on exit
    with rc.compile_cache(path) as second:
        got2 = [rc.memo("test/1", p, 0, functools.partial(compute, p)) for p in ("ab", "cd")]
        other = rc.memo("test/2", "ab", 0, lambda: "new kind")  # another kind: not the stored fact
        flags = rc.memo("test/1", "ab", re.I, lambda: "other flags")
    assert got1 == ["AB", "CD", "AB"] and got2 == ["AB", "CD"]
    assert (other, flags) == ("new kind", "other flags")
    assert second["memo_hits"] == 2 and second["memo_misses"] == 2
    assert calls == ["ab", "cd", "ab"]
    _, memo = rc.load_all(path)
    assert memo[("test/1", "ab", 0)] == "AB" and memo[("test/2", "ab", 0)] == "new kind"


def test_first_chars_from_the_file_equals_a_fresh_reading(tmp_path: Path) -> None:
    path = tmp_path / "re.marshal"
    pats = _patterns(17, 300)
    fresh = [fc._read(p) for p in pats]
    assert any(f is None for f in fresh) and sum(f is not None for f in fresh) > 100
    with rc.compile_cache(path):
        built = [fc.with_first_chars(p) for p in pats]
    with rc.compile_cache(path) as c:
        again = [fc.with_first_chars(p) for p in pats]
        read = [fc.first_chars(p) for p in pats]
    assert c["memo_misses"] == 0 and c["memo_hits"] >= len(pats)
    assert read == fresh
    assert [(p.pattern, p.flags) for p in again] == [(p.pattern, p.flags) for p in built]
    outside = [fc.with_first_chars(p) for p in pats]
    assert [(p.pattern, p.flags) for p in outside] == [(p.pattern, p.flags) for p in built]


def test_a_file_of_the_old_layout_or_a_damaged_memo_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "re.marshal"
    with rc.compile_cache(path):
        re.compile(f"layout-{tmp_path.name}-[0-9]+")
        rc.memo("test/1", "x", 0, lambda: "v")
    tag, items, facts = marshal.loads(path.read_bytes())
    assert len(items) == 1 and facts == [("test/1", "x", 0, "v")]
    path.write_bytes(marshal.dumps((tag, items)))  # format 1: no memo part
    assert rc.load_all(path) == ({}, {})
    path.write_bytes(marshal.dumps((tag, items, [("test/1", b"x", 0, "v")])))
    assert rc.load_all(path) == ({}, {})
