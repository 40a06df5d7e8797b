"""The caches share one byte budget (`redactor.cache_budget`, issue 6: flat memory).

Each test fills a cache well past its share and checks the bytes it holds: the estimate each cache
keeps, and for the helper caches the bytes Python actually allocated (tracemalloc), so an entry
estimate far below the truth fails here too.
"""

from __future__ import annotations

import functools
import random
import string
import sys
import tracemalloc
import types
from collections import OrderedDict
from collections.abc import Iterator

import pytest

from redactor import cache_budget
from redactor.errors import ConfigError

MB = 1 << 20


def test_the_budget_comes_from_the_environment() -> None:
    assert cache_budget.total_bytes({}) == int(cache_budget.DEFAULT_MB * MB)
    assert cache_budget.total_bytes({cache_budget.ENV: "8"}) == 8 * MB
    assert cache_budget.total_bytes({cache_budget.ENV: " 0.5 "}) == MB // 2
    for bad in ("0", "-3", "lots", "nan", "inf"):
        with pytest.raises(ConfigError):
            cache_budget.total_bytes({cache_budget.ENV: bad})


def test_the_shares_add_up_to_the_budget() -> None:
    assert abs(sum(cache_budget.SHARES.values()) - 1.0) < 1e-9
    total = 40 * MB
    assert sum(cache_budget.share(n, total) for n in cache_budget.SHARES) <= total


def _tokens(rng: random.Random, n: int) -> Iterator[str]:
    alphabet = string.ascii_letters + string.digits + "_-"
    for i in range(n):
        yield f"{i}" + "".join(rng.choices(alphabet, k=rng.randint(4, 40)))


@pytest.fixture
def fake_module() -> Iterator[types.ModuleType]:
    """A ``redactor`` module with two helper caches much larger than a small budget allows."""
    mod = types.ModuleType("redactor._budget_test_helpers")

    @functools.lru_cache(maxsize=200_000)
    def pieces(token: str) -> tuple[int, int]:
        return len(token), token.count("a")

    @functools.lru_cache(maxsize=50_000)
    def shout(token: str) -> str:
        return token.upper() + "!"

    @functools.lru_cache(maxsize=8)  # not registered: not counted
    def table(key: str) -> str:
        return key * 2

    for f in (pieces, shout, table):
        f.__wrapped__.__module__ = mod.__name__  # type: ignore[attr-defined]
        f.__wrapped__.__qualname__ = f.__wrapped__.__name__  # type: ignore[attr-defined]
    cache_budget.helper()(pieces)  # registered where defined, as the tree's caches are
    cache_budget.helper()(shout)
    mod.pieces, mod.shout, mod.table = pieces, shout, table  # type: ignore[attr-defined]
    sys.modules[mod.__name__] = mod
    yield mod
    del sys.modules[mod.__name__]
    for f in (pieces, shout):
        del cache_budget._REGISTERED[f"{mod.__name__}.{f.__wrapped__.__name__}"]  # type: ignore[attr-defined]
    for f in (pieces, shout, table):
        f.cache_clear()


def test_helper_caches_filled_past_their_share_hold_at_most_it(fake_module: types.ModuleType) -> None:
    budget = 4 * MB
    caches = cache_budget.HelperCaches(budget)
    caches.refresh()
    ours = {h.name.rsplit(".", 1)[1]: h for h in caches.helpers if h.name.startswith(fake_module.__name__)}
    assert set(ours) == {"pieces", "shout"}  # the unregistered table is not counted
    f_pieces, f_shout = fake_module.pieces, fake_module.shout  # type: ignore[attr-defined]
    rng = random.Random(15)
    batch = 500
    for i, tok in enumerate(_tokens(rng, 120_000)):  # ten times what the share holds
        f_pieces(tok)
        f_shout(tok)
        if i % batch == batch - 1:
            caches.enforce()
            assert caches.estimated() <= caches.budget
    assert caches.clears >= 10
    # the bytes really held (tracemalloc): fill again from empty while tracing, then clear
    for h in ours.values():
        h.func.cache_clear()
    tracemalloc.start()
    try:
        for i, tok in enumerate(_tokens(rng, 30_000)):
            f_pieces(tok)
            f_shout(tok)
            if i % batch == batch - 1:
                caches.enforce()
        for tok in _tokens(rng, batch // 2):  # part of a batch since the last check
            f_pieces(tok)
            f_shout(tok)
        before = tracemalloc.get_traced_memory()[0]
        held = {name: h.func.cache_info().currsize for name, h in ours.items()}
        for h in ours.values():
            h.func.cache_clear()
        freed = before - tracemalloc.get_traced_memory()[0]
        assert all(held.values())
        # what they really hold: within the share plus the half batch since the last check
        assert freed <= caches.budget + batch * sum(h.entry_bytes for h in ours.values()), (freed, caches.budget)
        estimate = sum(held[n] * h.entry_bytes for n, h in ours.items())
        assert freed <= estimate * 1.25, (freed, estimate)  # the default entry estimate holds
    finally:
        tracemalloc.stop()


def test_measured_entry_sizes_cover_what_the_real_helpers_keep() -> None:
    """The largest helper, `_token_words`, filled with generated tokens under tracemalloc: the
    bytes per entry stay within the measured estimate the budget counts."""
    from redactor.detect.secrets import learned_features as lf

    name = "redactor.detect.secrets.learned_features._token_words"
    lf._token_words.cache_clear()
    rng = random.Random(32)
    tokens = [f"{w}_{rng.choice(['id', 'Name', 'value'])}" for w in _tokens(rng, 3000)]
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for t in tokens:
            lf._token_words(t)
        grown = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
        lf._token_words.cache_clear()
    # the token strings themselves were made before tracing: add their size, as the cache keeps them
    grown += sum(sys.getsizeof(t) for t in tokens)
    assert grown / len(tokens) <= cache_budget.registered()[name].entry_bytes * 1.5


def test_the_engine_keeps_every_cache_within_its_share(monkeypatch: pytest.MonkeyPatch) -> None:
    """The production detectors (no model) over generated texts past a 2 MB budget: the engine's
    result cache, the segmentation cache and the helper caches end within their shares."""
    from redactor.detect import segment as seg
    from redactor.pipeline import build_engine
    from redactor.policy import load_policy
    from tests.conftest import ROOT

    monkeypatch.setenv(cache_budget.ENV, "2")
    total = 2 * MB
    monkeypatch.setattr(seg, "_CACHE_BYTES", cache_budget.share("segment"))
    cache_budget.reset()
    engine = build_engine(load_policy(ROOT / "policies" / "default.yaml"), load_ner=False)
    assert engine.settings.cache_bytes == cache_budget.share("engine", total)
    rng = random.Random(141)
    words = ["deploy", "token", "Maria", "server", "config", "the", "to", "and", "ERROR", "path"]
    for _batch in range(12):
        texts = [
            " ".join(
                rng.choice(words) if rng.random() < 0.6 else next(_tokens(rng, 1)) for _ in range(rng.randint(5, 60))
            )
            for _ in range(64)
        ]
        engine.analyze(texts)
        assert engine.cache_bytes <= cache_budget.share("engine", total)
        assert seg.cache_bytes() <= cache_budget.share("segment", total)
        helpers = cache_budget.helpers()
        assert helpers.budget == cache_budget.share("helpers", total)
        assert helpers.estimated() <= helpers.budget
        assert cache_budget.texts_held() <= cache_budget.share("texts", total)
    assert cache_budget.helpers().clears > 0  # the budget was reached, not merely unused
    seg.clear_cache()
    monkeypatch.delenv(cache_budget.ENV)
    cache_budget.reset()


def test_the_pipeline_path_answers_stay_within_their_share(monkeypatch: pytest.MonkeyPatch) -> None:
    from redactor.detect.engine import DetectionEngine
    from redactor.pipeline import SKIP_ENTRY_BYTES, Pipeline
    from redactor.policy import load_policy
    from redactor.secret import SecretBytes
    from tests.conftest import ROOT

    monkeypatch.setenv(cache_budget.ENV, "1")
    pipe = Pipeline(
        load_policy(ROOT / "policies" / "default.yaml"),
        key=SecretBytes(b"k" * 32, "test"),
        engine=DetectionEngine([], None),
    )
    limit = cache_budget.share("paths", MB)
    assert pipe._skip_max_bytes == limit
    paths = [f"body.messages[{i}].content[{i % 7}].text" for i in range(limit // 100)]  # past the share
    first = [pipe._skipped(p) for p in paths]
    assert pipe._skip_bytes == sum(sys.getsizeof(p) + SKIP_ENTRY_BYTES for p in pipe._skip_cache) <= limit
    assert len(pipe._skip_cache) < len(paths)
    assert [pipe._skipped(p) for p in paths] == first  # answers do not depend on what is remembered


def test_the_ner_chunk_cache_stays_within_its_share() -> None:
    from redactor.detect.presidio_adapter import NerAdapter, _chunk_bytes

    ner = NerAdapter.__new__(NerAdapter)  # the cache alone: no model loaded
    ner.chunk_cache_size, ner.chunk_cache_max_bytes, ner.chunk_cache_bytes = 100_000, 64 * 1024, 0
    ner._chunk_cache = OrderedDict()
    rng = random.Random(7)
    for i in range(5000):
        found = tuple(("PERSON", j, j + 5, 0.85) for j in range(rng.randint(0, 4)))
        ner._remember_chunk(i.to_bytes(16, "big"), found)
        assert ner.chunk_cache_bytes == sum(_chunk_bytes(v) for v in ner._chunk_cache.values()) <= 64 * 1024
    assert 0 < len(ner._chunk_cache) < 5000


def _long_text(rng: random.Random, lines: int) -> str:
    words = ["deploy", "Maria", "obj.Morgan", "Morgan(", "PAYMOB_API_KEY", "kobitonServerUrl", "zürich", "日本"]
    return "\n".join(
        " ".join(rng.choice(words) if rng.random() < 0.5 else next(_tokens(rng, 1)) for _ in range(rng.randint(3, 12)))
        for _ in range(lines)
    )


def test_caches_of_whole_texts_stay_within_their_share(monkeypatch: pytest.MonkeyPatch) -> None:
    """Long generated texts, far more than the ``texts`` share of a 1 MB budget holds, read by
    every cache of whole texts (re2 position marks, the unescaped view, the analysed form, the
    identifier and service-name indexes): while a text is read the caches hold at most the share
    plus that text's own entries, and after the batch's `enforce` at most the share. Answers are
    the same as with nothing kept."""
    import re2  # type: ignore[import-untyped]

    from redactor.detect import ident_index, re2_positions, service_words
    from redactor.detect.pii._base import text_info
    from redactor.detect.unescape import unescape

    monkeypatch.setenv(cache_budget.ENV, "1")
    cache_budget.reset()
    limit = cache_budget.share("texts", MB)
    assert cache_budget.texts_budget() == limit
    names = set(cache_budget.text_holders())
    for module in (re2_positions, ident_index, service_words):
        assert module.__name__ in names
    re2_positions.install()
    pattern = re2.compile(r"Morgan|Maria")
    rng = random.Random(16)
    texts = [_long_text(rng, rng.randint(200, 900)) for _ in range(24)]  # ~1-5 x the share each
    reached = 0
    for batch in range(0, len(texts), 4):
        answers = []
        for text in texts[batch : batch + 4]:
            own = sys.getsizeof(text)
            answers.append(
                (
                    [m.span() for m in pattern.finditer(text)],
                    unescape(text).text,
                    text_info(text).segments,
                    ident_index.ident_used(text, "Morgan"),
                    service_words.named_service(text, "Paymob"),
                )
            )
            # the text's own entries may pass the share (a walk over it must stay linear), no more
            held = cache_budget.texts_held()
            reached = max(reached, held)
            assert held <= limit + 12 * own, (held, limit, own)
        cache_budget.enforce()
        assert cache_budget.texts_held() <= limit
        cache_budget.reset()  # nothing kept: the same answers
        re2_positions.uninstall()
        for text, answer in zip(texts[batch : batch + 4], answers, strict=True):
            assert answer == (
                [m.span() for m in pattern.finditer(text)],
                unescape(text).text,
                text_info(text).segments,
                ident_index.ident_used(text, "Morgan"),
                service_words.named_service(text, "Paymob"),
            )
        re2_positions.install()
    assert reached > limit  # the texts were big enough to need the budget
    monkeypatch.delenv(cache_budget.ENV)
    cache_budget.reset()
