"""Session 11 speed: pure helpers remembered per argument (`functools.lru_cache`) answer exactly
as the functions they wrap, in any call order and with the cache full or cold.

The cached helpers are called again and again with the same arguments (the same token judged by
several secret detectors, the same name run by several PII detectors; docs/performance.md
section 22). A cache is only exact when the function reads nothing but its arguments and returns
an immutable value; these tests compare every cached helper with its uncached original
(``__wrapped__``) on generated arguments, twice over in shuffled order, so a helper that came to
depend on call order or on mutable state would show here.
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable
from typing import Any

import pytest

from redactor.detect.pii import names
from redactor.detect.secrets import entropy, randomness, values

_WORDS = (  # noqa: SIM905  # a word list kept readable
    "maria jose garcia van der berg de la fuente o'neill anne-marie kafka redis docker the and "
    "password token secret key api build deploy release main origin hotel airport clinic freight "
    "Dr. Mr Mrs Prof. Sra. J. K. McDonald MacLeod DeShawn iPhone ETag JSONParser"
).split()


def _tokens(rng: random.Random, n: int) -> list[str]:
    """Generated strings of the shapes the helpers see: random tokens of every alphabet and length,
    hex, base64, words glued by separators, placeholders, names with particles, odd Unicode."""
    alphabets = [
        string.ascii_letters + string.digits,
        string.hexdigits.lower(),
        string.ascii_letters + string.digits + "+/=",
        string.ascii_lowercase,
        string.ascii_uppercase + string.digits + "_",
        string.ascii_letters + string.digits + "!@#$%^&*-_.~",
        "aeiouxyzqwrtplkm",
        "абвгдеёжзийклмнопрстуфхцчшщэюяΑΒΓδεζηθ日本語名前テスト한국어ÄÖÜßéèçñ",
    ]
    out: list[str] = ["", "x", "ab", "<YOUR_API_KEY>", "xxxxxxxx", "changeme", "${SECRET}", "{{ token }}"]
    for _ in range(n):
        kind = rng.randrange(6)
        if kind < 3:
            alpha = rng.choice(alphabets)
            size = rng.choice((1, 3, 6, 8, 12, 16, 20, 24, 32, 40, 64, 90))
            out.append("".join(rng.choice(alpha) for _ in range(size)))
        elif kind == 3:
            sep = rng.choice(("-", "_", ".", "", " ", "/"))
            out.append(sep.join(rng.choice(_WORDS) for _ in range(rng.randint(1, 5))))
        elif kind == 4:
            picked = rng.sample(_WORDS, rng.randint(1, 6))
            out.append(" ".join(w.capitalize() if rng.random() < 0.7 else w for w in picked))
        else:
            out.append(rng.choice(_WORDS) + rng.choice(("", "1", "2024", "_v2", "!", "42x")))
    return out


def _check(cached: Callable[..., Any], calls: list[tuple[tuple[Any, ...], dict[str, Any]]], seed: int) -> None:
    original = cached.__wrapped__  # type: ignore[attr-defined]
    cached.cache_clear()  # type: ignore[attr-defined]
    expected = [original(*a, **k) for a, k in calls]
    rng = random.Random(seed)
    for _ in range(2):  # cold, then warm, each in a new order
        order = list(range(len(calls)))
        rng.shuffle(order)
        for i in order:
            a, k = calls[i]
            got = cached(*a, **k)
            assert got == expected[i] and type(got) is type(expected[i]), (cached, a, k, got, expected[i])
    assert cached.cache_info().hits >= len(calls)  # type: ignore[attr-defined]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_secret_helpers_match_originals(seed: int) -> None:
    toks = _tokens(random.Random(seed), 600)
    _check(entropy.wordiness, [((t,), {}) for t in toks], seed)
    _check(entropy.shannon, [((t,), {}) for t in toks], seed)
    _check(randomness.gate, [((t,), {}) for t in toks], seed)
    gen_calls = [((t,), {}) for t in toks]
    gen_calls += [((t,), {"hex_ok": False}) for t in toks[::3]]
    gen_calls += [((t,), {"min_len": 12}) for t in toks[::5]]
    _check(values.generated, gen_calls, seed)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_name_helpers_match_originals(seed: int) -> None:
    toks = _tokens(random.Random(seed), 600)
    _check(names.is_name_token, [((t,), {}) for t in toks], seed)
    calls: list[tuple[tuple[Any, ...], dict[str, Any]]] = []
    for i, t in enumerate(toks):
        calls.append(((t,), {}))
        calls.append(((t,), {"min_tokens": 2, "max_tokens": 4}))
        if i % 4 == 0:
            calls.append(((t,), {"particle_start": True, "allow_tech": True}))
    _check(names.clean_name, calls, seed)


def test_cached_results_are_immutable() -> None:
    """A cached answer is shared by every caller: it must be a value no caller can change."""
    toks = _tokens(random.Random(7), 300)
    for t in toks:
        answers = (entropy.wordiness(t), entropy.shannon(t), randomness.gate(t), values.generated(t))
        for got in (*answers, names.is_name_token(t)):
            assert isinstance(got, bool | float)
        r = names.clean_name(t)
        assert r is None or (isinstance(r, tuple) and all(isinstance(x, int) for x in r))


def test_long_arguments_are_computed_not_kept() -> None:
    """`short_cache` keeps only short arguments: a long value is answered directly (same answer)
    and leaves the cache as it was, so long distinct values cannot pin memory."""
    rng = random.Random(11)
    alpha = string.ascii_letters + string.digits + "+/"
    longs = ["".join(rng.choice(alpha) for _ in range(n)) for n in (257, 300, 1000, 5000)]
    longs.append(" ".join(rng.choice(_WORDS).capitalize() for _ in range(80)))
    for helper in (entropy.wordiness, entropy.shannon, randomness.gate, values.generated, names.is_name_token):
        helper.cache_clear()  # type: ignore[attr-defined]
        for v in longs:
            assert helper(v) == helper.__wrapped__(v)  # type: ignore[attr-defined]
        assert helper.cache_info().currsize == 0  # type: ignore[attr-defined]
    names.clean_name.cache_clear()
    assert names.clean_name(longs[-1], min_tokens=2) == names.clean_name.__wrapped__(longs[-1], min_tokens=2)
    assert names.clean_name.cache_info().currsize == 0
    assert entropy.wordiness("x" * 256) == entropy.wordiness.__wrapped__("x" * 256)  # type: ignore[attr-defined]
    assert entropy.wordiness.cache_info().currsize == 1  # type: ignore[attr-defined]
