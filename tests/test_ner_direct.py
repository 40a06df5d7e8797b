"""NER without Presidio (`redactor.detect.ner_direct`): the same entities as through Presidio.

Three levels: the duplicate rule against Presidio's own on generated result lists; the whole
adapter, direct and through Presidio (``REDACTOR_DISABLE_SPEEDUPS=direct``), on generated texts
with the real model; and a fresh process showing the direct adapter no longer imports Presidio.
"""

from __future__ import annotations

import random
import subprocess
import sys
from pathlib import Path

import pytest

from redactor.detect import ner_direct
from redactor.detect.ner_direct import factory_plugins_off, presidio_entities, remove_duplicates
from redactor.detect.presidio_adapter import _IGNORED, _LABELS, NerAdapter

ROOT = Path(__file__).resolve().parents[1]
TYPES = ("PERSON", "LOCATION", "ORG")


def _random_results(rng: random.Random) -> list[tuple[str, int, int, float]]:
    out = []
    for _ in range(rng.randint(0, 12)):
        start = rng.randint(0, 30)
        out.append((rng.choice(TYPES), start, start + rng.randint(1, 12), rng.choice((0.0, 0.4, 0.85, 0.85, 1.0))))
    if out and rng.random() < 0.3:
        out.append(rng.choice(out))  # exact duplicates too
    return out


def test_remove_duplicates_is_presidios() -> None:
    from presidio_analyzer import EntityRecognizer, RecognizerResult

    rng = random.Random(6)
    for _ in range(2000):
        found = _random_results(rng)
        theirs = EntityRecognizer.remove_duplicates([RecognizerResult(t, s, e, sc) for t, s, e, sc in found])
        assert remove_duplicates(found) == [(r.entity_type, r.start, r.end, r.score) for r in theirs]


def test_labels_are_mapped_filtered_and_ordered() -> None:
    ents = [("GPE", 20, 26), ("PERSON", 0, 5), ("ORG", 7, 12), ("FAC", 30, 40), ("WEIRD", 41, 44)]
    got = presidio_entities(ents, mapping=_LABELS, ignored=_IGNORED, wanted=("PERSON", "LOCATION"), score=0.85)
    assert got == [("PERSON", 0, 5, 0.85), ("LOCATION", 20, 26, 0.85), ("LOCATION", 30, 40, 0.85)]
    assert presidio_entities(ents, mapping=_LABELS, ignored=_IGNORED, wanted=("PERSON",), score=0.0) == []


def test_factory_plugins_off_restores() -> None:
    class Plugins:
        entry_points = True

    class Registry:
        _entry_point_factories = Plugins()

    reg = Registry()
    with factory_plugins_off(reg):
        assert reg._entry_point_factories.entry_points is False
    assert reg._entry_point_factories.entry_points is True
    with pytest.raises(RuntimeError), factory_plugins_off(reg):
        raise RuntimeError
    assert reg._entry_point_factories.entry_points is True


FIRST = ("Angela", "Marta", "Kofi", "Hiroshi", "Priya", "Lars", "Chen", "Fatima", "Diego", "Olga")
LAST = ("Schneider", "Okafor", "Tanaka", "Sharma", "Nilsson", "Garcia", "Ivanova", "Dubois")
PLACES = ("Paris", "Lagos", "Osaka", "Toronto", "Lisbon", "Nairobi", "Denver", "Kraków", "Mount Kenya")
FRAMES = (
    "Yesterday {p} flew from {l} to meet {q}.",
    "{p} ({e}) lives near {l}; ask {q} about the {l} office.",
    "Please forward the invoice to {p} at the {l} branch, cc {q}.",
    "# TODO({p}): move the {l} cluster config before {q} reviews it",
    "Ping {q} when the deploy to {l} finishes. Thanks, {p}",
)


def _texts(rng: random.Random, n: int) -> list[str]:
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rng.randint(1, 3)):
            p = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            q = rng.choice(FIRST)
            e = f"{q.lower()}@example.org"
            parts.append(rng.choice(FRAMES).format(p=p, q=q, l=rng.choice(PLACES), e=e))
        out.append(" ".join(parts))
    return out


def test_adapter_same_spans_with_and_without_presidio(monkeypatch: pytest.MonkeyPatch) -> None:
    direct = NerAdapter(chunk_cache_size=0)
    monkeypatch.setenv("REDACTOR_DISABLE_SPEEDUPS", "direct")
    wrapped = NerAdapter(chunk_cache_size=0)
    assert direct._direct and not wrapped._direct
    assert direct._nlp.pipe_names == wrapped._nlp.pipe_names
    texts = _texts(random.Random(27), 120)
    a, b = direct.analyze_batch(texts), wrapped.analyze_batch(texts)
    assert a == b
    assert sum(len(s) for s in a) > 150  # the texts do hold entities
    # the raw model entities too (before the adapter's filters), chunk by chunk
    for text in texts[:40]:
        doc = direct._nlp(text)
        (item,) = wrapped._engine.process_batch([text], "en")
        assert direct._model_entities(text, doc) == wrapped._model_entities(text, item[1])


def test_direct_adapter_does_not_import_presidio() -> None:
    code = (
        "import sys\n"
        "from redactor.detect.presidio_adapter import NerAdapter\n"
        "NerAdapter()\n"
        "print(sorted(m for m in ('presidio_analyzer', 'tldextract') if m in sys.modules))\n"
        "import spacy\n"
        "print(spacy.util.registry._entry_point_factories.entry_points)\n"
    )
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True, cwd=ROOT)
    assert out.stdout.split("\n")[:2] == ["[]", "True"]


def test_module_names_its_switch() -> None:
    from redactor.detect.engine import SPEEDUPS

    assert "direct" in SPEEDUPS
    assert "REDACTOR_DISABLE_SPEEDUPS=direct" in (ner_direct.__doc__ or "")
