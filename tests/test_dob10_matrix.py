"""The generated date-of-birth matrix of `tests/dob10_world.py` through the real engine
(session 10): recall on the positive matrix, nothing reported on the negative one.

Run ``PYTHONPATH=. python tests/test_dob10_matrix.py [-v]`` to print recall per language, format and
carrier over the whole matrix (``-v``: every miss).
"""

from __future__ import annotations

from tests.dob10_world import Case, covered, negative_cases, positive_cases, touched

_SAMPLE = 3
"""Every third case of each matrix goes through the real engine (the whole matrix: `_report`)."""


def _rates(engine: object, cases: list[Case], want: bool) -> tuple[dict[str, list[int]], list[Case]]:
    results = engine.analyze([c[0] for c in cases])  # type: ignore[attr-defined]
    rates: dict[str, list[int]] = {}
    bad: list[Case] = []
    for (text, value, tag), spans in zip(cases, results, strict=True):
        triples = [(s.entity, s.start, s.end) for s in spans]
        ok = covered(triples, text, value) if want else not touched(triples, text, value)
        lang, _, carrier = tag.split(":")
        for key in ("all", "lang:" + lang, "carrier:" + carrier):
            hit = rates.setdefault(key, [0, 0])
            hit[0] += ok
            hit[1] += 1
        if not ok:
            bad.append((text, value, tag))
    return rates, bad


def test_matrix_crosses_enough() -> None:
    cases = positive_cases()
    langs = {t.split(":")[0] for _, _, t in cases}
    formats = {t.split(":")[1] for _, _, t in cases}
    carriers = {t.split(":")[2] for _, _, t in cases}
    assert len(langs) >= 40 and len(formats) >= 20 and len(carriers) >= 15
    assert all(v in text for text, v, _ in [*cases, *negative_cases()])


def test_positive_matrix_recall(real_engine) -> None:  # type: ignore[no-untyped-def]
    rates, bad = _rates(real_engine, positive_cases()[::_SAMPLE], want=True)
    hit, total = rates["all"]
    assert hit / total >= 0.99, bad[:10]
    low = {k: v for k, v in rates.items() if k.startswith(("lang:", "carrier:")) and v[0] / v[1] < 0.95}
    assert not low, (low, bad[:10])


def test_negative_matrix_precision(real_engine) -> None:  # type: ignore[no-untyped-def]
    _, bad = _rates(real_engine, negative_cases()[::_SAMPLE], want=False)
    assert not bad, bad[:10]


def _report() -> None:  # pragma: no cover - a manual tool
    import sys
    from collections import Counter
    from pathlib import Path

    from redactor.pipeline import build_engine
    from redactor.policy import load_policy

    engine = build_engine(load_policy(Path(__file__).resolve().parents[1] / "policies" / "default.yaml"))
    for title, cases, want in (("positive", positive_cases(), True), ("negative", negative_cases(), False)):
        texts = [c[0] for c in cases]
        results = engine.analyze(texts)
        tot: Counter[str] = Counter()
        hit: Counter[str] = Counter()
        bad: list[Case] = []
        for (text, value, tag), spans in zip(cases, results, strict=True):
            triples = [(s.entity, s.start, s.end) for s in spans]
            ok = covered(triples, text, value) if want else not touched(triples, text, value)
            lang, fmt, carrier = tag.split(":")
            for k in ("ALL", "lang:" + lang, "fmt:" + fmt, "carrier:" + carrier):
                tot[k] += 1
                hit[k] += ok
            if not ok:
                bad.append((text, value, tag))
        print(f"== {title}: {hit['ALL']}/{tot['ALL']} ok ({hit['ALL'] / tot['ALL']:.3f})")
        for k in sorted(tot):
            if hit[k] < tot[k]:
                print(f"  {k:28s} {hit[k]:4d}/{tot[k]:4d}")
        if "-v" in sys.argv:
            for text, value, tag in bad:
                print(f"   MISS {tag}: {value!r} in {text!r}"[:300])


if __name__ == "__main__":  # pragma: no cover
    _report()
