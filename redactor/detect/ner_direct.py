"""NER without Presidio: the model's entities as Presidio's `AnalyzerEngine` would report them.

The NER adapter (`redactor.detect.presidio_adapter`) used Presidio only as a wrapper: a
`SpacyNlpEngine` around our own pre-loaded spaCy pipeline and a registry holding one
`SpacyRecognizer`. Importing ``presidio_analyzer`` imports and compiles its ~40 predefined
recognizers (~170 patterns of the ``regex`` module) and ``tldextract`` (which the adapter then had
to force offline), none of which the product uses: ~0.6-0.7 s of a ~3 s start-up. Per chunk,
Presidio also builds `NlpArtifacts` (a lemma and a stop-word/punctuation look-up per token, for
context words `SpacyRecognizer` does not have) and deep-copies its results.

Presidio was imported even so: spaCy's `Language.__init__` loads every ``spacy_factories`` entry
point installed, and presidio-analyzer registers one (a Hugging Face token pipe), whose import
imports the whole package. `factory_plugins_off` switches that discovery off while our model is
loaded: the model's components are spaCy's own factories, so the same pipeline loads (if a
model needed a plugin, the adapter loads it again with discovery on).

`presidio_entities` computes the same list from the spaCy `Doc` directly, step by step as
presidio-analyzer 2.2 does it:

1. `SpacyNlpEngine._get_updated_entities`: an entity whose model label is in ``ignored`` is
   dropped; its label is mapped through ``mapping`` (an unmapped label is kept as it is); a mapped
   label in ``ignored`` is dropped. Every entity gets the configured default score (spaCy gives
   none; no low-score entity names are configured).
2. `SpacyRecognizer.analyze`: only entities whose label is one of ``wanted`` are reported.
3. Context enhancement changes nothing (`SpacyRecognizer` has no context words; no context is
   passed); the score threshold is 0.
4. `EntityRecognizer.remove_duplicates`: duplicates and zero scores go, a result contained in
   another of its type with a score at least as high goes, and the rest are ordered by
   (-score, start, -length).

``REDACTOR_DISABLE_SPEEDUPS=direct`` (or ``all``) runs the adapter through Presidio again;
`tests/test_ner_direct.py` compares both on generated texts and on stand-in entity lists.
"""

from __future__ import annotations

import contextlib
from collections.abc import Collection, Iterable, Iterator, Mapping
from itertools import groupby
from typing import Any

Entity = tuple[str, int, int, float]
"""(label, start, end, score): one reported entity, offsets into the text the model read."""


@contextlib.contextmanager
def factory_plugins_off(spacy_registry: Any) -> Iterator[None]:
    """While inside, creating a spaCy `Language` does not import ``spacy_factories`` entry points
    (``spacy_registry`` is ``spacy.util.registry``); restored on exit."""
    plugins = getattr(spacy_registry, "_entry_point_factories", None)
    if plugins is None or not getattr(plugins, "entry_points", False):
        yield
        return
    plugins.entry_points = False
    try:
        yield
    finally:
        plugins.entry_points = True


def remove_duplicates(found: Iterable[Entity]) -> list[Entity]:
    """Presidio's `EntityRecognizer.remove_duplicates` on plain tuples (same result, same order)."""
    ordered = sorted(set(found), key=lambda e: (e[0], e[1], -(e[2] - e[1]), -e[3]))
    kept: list[Entity] = []
    for _, group in groupby(ordered, key=lambda e: e[0]):
        active: list[Entity] = []
        for result in group:
            if result[3] == 0:
                continue
            active = [a for a in active if a[2] >= result[1]]
            if any(result[1] >= a[1] and result[2] <= a[2] and result[3] <= a[3] for a in active):
                continue
            kept.append(result)
            active.append(result)
    return sorted(kept, key=lambda e: (-e[3], e[1], -(e[2] - e[1])))


def presidio_entities(
    ents: Iterable[tuple[str, int, int]],
    *,
    mapping: Mapping[str, str],
    ignored: Collection[str],
    wanted: Collection[str],
    score: float,
) -> list[Entity]:
    """What `AnalyzerEngine.analyze(entities=wanted)` returns for a doc whose entities are
    ``ents`` ((model label, start char, end char), in the doc's order), as tuples."""
    found: list[Entity] = []
    for label, start, end in ents:
        if label in ignored:
            continue
        label = mapping.get(label, label)
        if label in ignored or label not in wanted:
            continue
        found.append((label, start, end, score))
    return remove_duplicates(found)
