"""The detection engine: every detector plus the NER adapter over a batch of texts.

It owns overlap resolution, score and entity filtering, the self-placeholder guard (our own
output is never detected again, so redaction is idempotent) and a bounded, keyed,
content-addressed cache of results, so repeated texts (history replay) are analysed once.

Speed-ups, none of which changes a result (each can be switched off to prove it, see
`DISABLE_ENV`):

* the cache: results per text, keyed by a keyed BLAKE2b digest of the text (the text itself is
  not kept), least recently used first out, bounded in entries and in estimated bytes;
* the prefilter (`redactor.detect.prefilter`): one RE2 pass over the lower-cased text decides
  which detectors with literal prefilters can match, instead of one substring scan per literal.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol

from redactor import cache_budget
from redactor.detect import budget as work_budget
from redactor.detect.base import Detector
from redactor.detect.entities import PRIORITY
from redactor.detect.prefilter import KeywordPrefilter, literals_of
from redactor.detect.span import Span

PLACEHOLDER_RE = re.compile(r"<[A-Z][A-Z_]*(?:_\d+|:[a-z2-7]{6,16})>|\[REDACTED\]")
"""Our own replacements: ``<EMAIL_ADDRESS_3>``, ``<PERSON:ab3kq2z7xyfe>``, ``[REDACTED]``."""


_UNICODE_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")


def prefilter_view(text: str) -> str:
    """The lower-cased text prefilter literals are looked for in.

    Detectors also read the JSON-unescaped text, where ``\\u003c`` is ``<``: when the text holds
    such escapes, their decoded form is appended, so a literal hidden by an escape still lets its
    detector run (the prefilter may only ever skip detectors that cannot match).
    """
    low = text.lower()
    if "\\u" in text:
        low += "\n" + _UNICODE_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text).lower()
    return low


_SURROGATE = re.compile("[\ud800-\udfff]")


def _readable(text: str) -> str:
    """`text` with each lone surrogate (a JSON ``\\ud83d`` without its pair) as U+FFFD: same length."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


class NerLike(Protocol):
    def analyze_batch(
        self, texts: Sequence[str], known: Sequence[Sequence[Span]] | None = None
    ) -> list[list[Span]]: ...


DISABLE_ENV = "REDACTOR_DISABLE_SPEEDUPS"
"""Environment variable: comma list of speed-ups to switch off (`SPEEDUPS`), or ``all``. A
diagnostic: results must be identical either way (`scripts/eval.py` and `scripts/bench.py
--check-speedups` compare); only speed changes."""

SPEEDUPS = ("cache", "prefilter", "memo", "chunks", "render", "regex", "direct", "gateset", "gatechunks")
"""``cache``: the engine's result cache; ``prefilter``: the RE2 keyword prefilter; ``memo``:
propagation's per-text memory (`redactor.transform.propagate`); ``chunks``: the NER adapter's
cache of model entities per chunk text (`redactor.detect.presidio_adapter`); ``render``: the
pipeline's cache of rendered slot texts (`redactor.transform.rendered`); ``regex``: compiled regex code kept
across processes (`redactor.regex_cache`, start-up only); ``direct``: the NER adapter calls spaCy
without Presidio (`redactor.detect.ner_direct`; start-up and per chunk); ``gateset``: all PII
detectors' gates decided in one RE2 pass per text (`redactor.detect.pii._gates`); ``gatechunks``:
that pass split over RE2 sets of a dozen gates each, whose lazily built DFAs cost less on a
stream's first texts (`redactor.detect.pii._gates.CHUNK`)."""

ENTRY_BYTES = 200
"""Estimated memory of one cache entry without spans: digest, tuple, dictionary slot."""
SPAN_BYTES = 160
"""Estimated memory of one cached span: the object, its integers and score, its tuple slot."""


def disabled_speedups(environ: dict[str, str] | None = None) -> frozenset[str]:
    """The speed-ups `DISABLE_ENV` switches off (unknown names are an error, not ignored)."""
    from redactor.errors import ConfigError

    raw = (os.environ if environ is None else environ).get(DISABLE_ENV, "")
    names = {n.strip() for n in raw.split(",") if n.strip()}
    if "all" in names:
        return frozenset(SPEEDUPS)
    unknown = names - set(SPEEDUPS)
    if unknown:
        raise ConfigError(f"{DISABLE_ENV}: unknown speed-up {sorted(unknown)[0]!r} (known: {', '.join(SPEEDUPS)}, all)")
    return frozenset(names)


@dataclass(frozen=True)
class EngineSettings:
    """What the engine reports and how it may save work.

    Attributes:
        min_score: spans scoring below are dropped.
        entities: entity types reported; None = all.
        disabled_detectors: detector names that do not run.
        cache_size: most texts whose results are cached; 0 disables the cache.
        cache_bytes: most estimated bytes the cache may hold (`ENTRY_BYTES` per text plus
            `SPAN_BYTES` per span; the texts themselves are never kept); by default the
            ``engine`` share of the caches' byte budget (`redactor.cache_budget`).
        prefilter: decide with one RE2 pass which detectors with literal prefilters run.
        budget_s: seconds of work (the engine's clock, CPU time by default) one text's
            detection may use; past it the text's result is the `too_slow` marker
            (`redactor.detect.budget`). 0 = no limit.
    """

    min_score: float = 0.5
    entities: frozenset[str] | None = None  # None = all
    disabled_detectors: frozenset[str] = frozenset()
    cache_size: int = 50_000
    cache_bytes: int = field(default_factory=lambda: cache_budget.share("engine"))
    prefilter: bool = True
    budget_s: float = 0.0


def resolve(spans: Iterable[Span]) -> list[Span]:
    """Merge overlapping spans into non-overlapping ones.

    Overlapping findings become one span covering their union (so no part of any detected value
    survives), typed by the best finding: highest score, then entity priority (SECRET first),
    then longest. The statistical model only names the union when no pattern detector's finding
    is longer than its own: "Avenida Paulista 1578, São Paulo" found whole as an ADDRESS stays an
    ADDRESS even when NER calls its first words a PERSON with a higher score.
    """
    ordered = sorted(spans, key=lambda s: (s.start, -s.end))
    out: list[Span] = []
    group: list[Span] = []
    end = -1

    def flush() -> None:
        if not group:
            return
        best = min(group, key=lambda s: (-s.score, PRIORITY.get(s.entity, 99), -(s.end - s.start)))
        if best.detector.startswith("ner."):
            longer = [s for s in group if not s.detector.startswith("ner.") and len(s) > len(best)]
            if longer:
                best = min(longer, key=lambda s: (-s.score, PRIORITY.get(s.entity, 99), -(s.end - s.start)))
        out.append(Span(best.entity, group[0].start, max(s.end for s in group), best.score, best.detector))

    for s in ordered:
        if group and s.start >= end:
            flush()
            group = []
        group.append(s)
        end = max(end, s.end) if len(group) > 1 else s.end
    flush()
    return out


def _inside_placeholder(span: Span, guards: list[tuple[int, int]]) -> bool:
    return any(a <= span.start and span.end <= b for a, b in guards)


class DetectionEngine:
    """Runs detectors and NER over texts; thread-compatible, not thread-safe (one per worker)."""

    def __init__(
        self,
        detectors: Sequence[Detector],
        ner: NerLike | None = None,
        settings: EngineSettings | None = None,
        clock: Callable[[], float] | None = None,
        bound: Callable[[], float] | None = None,
    ) -> None:
        settings = settings or EngineSettings()
        # read only under a budget: the work clock, and a cheap clock never slower than it (an
        # injected clock is its own bound)
        self.clock = clock if clock is not None else work_budget.WORK_CLOCK
        self.bound = bound if bound is not None else clock if clock is not None else work_budget.BOUND_CLOCK
        off = disabled_speedups()
        if off:
            settings = replace(
                settings,
                cache_size=0 if "cache" in off else settings.cache_size,
                prefilter=settings.prefilter and "prefilter" not in off,
            )
        self.settings = settings
        self.detectors = [d for d in detectors if d.name not in self.settings.disabled_detectors]
        self._literals = [literals_of(d) for d in self.detectors]
        self.prefilter = KeywordPrefilter(self.detectors) if self.settings.prefilter else None
        self.ner = ner
        self._cache: OrderedDict[bytes, tuple[Span, ...]] = OrderedDict()
        self._cache_key = os.urandom(16)
        self.cache_bytes = 0
        self.cache_hits = 0
        self.cache_misses = 0

    def _digest(self, text: str) -> bytes:
        return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), key=self._cache_key, digest_size=16).digest()

    def _keep(self, s: Span) -> bool:
        ents = self.settings.entities
        return s.score >= self.settings.min_score and (ents is None or s.entity in ents)

    def _regex_spans(self, text: str) -> list[Span]:
        spans: list[Span] = []
        if self.prefilter is not None:
            detectors = self.detectors
            for i in self.prefilter.select(prefilter_view(text)):
                spans.extend(detectors[i].detect(text))
            return spans
        lowered: str | None = None
        for d, pre in zip(self.detectors, self._literals, strict=True):
            if pre:
                if lowered is None:
                    lowered = prefilter_view(text)
                if not any(p in lowered for p in pre):
                    continue
            spans.extend(d.detect(text))
        return spans

    def _remember(self, key: bytes, found: tuple[Span, ...]) -> None:
        """Cache `found` under `key`, then drop least recently used entries over the bounds."""
        limit, budget = self.settings.cache_size, self.settings.cache_bytes
        size = ENTRY_BYTES + SPAN_BYTES * len(found)
        if not limit or size > budget:
            return
        old = self._cache.pop(key, None)
        if old is not None:
            self.cache_bytes -= ENTRY_BYTES + SPAN_BYTES * len(old)
        self._cache[key] = found
        self.cache_bytes += size
        while len(self._cache) > limit or self.cache_bytes > budget:
            _, dropped = self._cache.popitem(last=False)
            self.cache_bytes -= ENTRY_BYTES + SPAN_BYTES * len(dropped)

    def analyze(self, texts: Sequence[str]) -> list[list[Span]]:
        """Resolved, filtered spans for each text, in order."""
        results: list[list[Span] | None] = [None] * len(texts)
        todo: dict[bytes, list[int]] = {}
        for i, t in enumerate(texts):
            if not t or t.isspace():
                results[i] = []
                continue
            k = self._digest(t)
            hit = self._cache.get(k) if self.settings.cache_size else None
            if hit is not None:
                self._cache.move_to_end(k)
                self.cache_hits += 1
                results[i] = list(hit)
            else:
                todo.setdefault(k, []).append(i)
        if todo:
            keys = list(todo)
            # detectors read a same-length form without lone surrogates (RE2 reads UTF-8 only), so
            # their offsets hold for the text itself
            uniq = [_readable(texts[todo[k][0]]) for k in keys]
            self.cache_misses += len(uniq)
            if self.settings.budget_s > 0:
                found_all = self._budgeted(uniq, self.settings.budget_s)
            else:
                patterns = [self._regex_spans(t) for t in uniq]
                # NER last: it need not read what the patterns already explain
                ner_spans = self.ner.analyze_batch(uniq, patterns) if self.ner is not None else [[] for _ in uniq]
                found_all = [
                    self._finish(text, [*pat, *ner]) for text, pat, ner in zip(uniq, patterns, ner_spans, strict=True)
                ]
            for k, found in zip(keys, found_all, strict=True):
                self._remember(k, tuple(found))
                for i in todo[k]:
                    results[i] = list(found)
            cache_budget.enforce()  # the helper caches filled while detecting: keep them in their share
        return [r if r is not None else [] for r in results]

    def _selected(self, text: str) -> Iterator[Detector]:
        """The detectors whose prefilters let them run on `text`, in order (as `_regex_spans`)."""
        if self.prefilter is not None:
            detectors = self.detectors
            for i in self.prefilter.select(prefilter_view(text)):
                yield detectors[i]
            return
        lowered: str | None = None
        for d, pre in zip(self.detectors, self._literals, strict=True):
            if pre:
                if lowered is None:
                    lowered = prefilter_view(text)
                if not any(p in lowered for p in pre):
                    continue
            yield d

    def _budgeted(self, texts: Sequence[str], budget: float) -> list[list[Span]]:
        """`analyze`'s results for new texts, each text's detection stopped once it used more than
        `budget` seconds of `clock` (checked after each detector pass and after NER): such a
        text's result is the `too_slow` marker instead (`redactor.detect.budget`)."""
        clock, bound = self.clock, self.bound
        patterns: list[list[Span]] = []
        used: list[float] = []
        stopped: list[str | None] = []  # the pass after which a text was over its budget
        for text in texts:
            t0, b0 = clock(), bound()
            spans: list[Span] = []
            stage: str | None = None
            for d in self._selected(text):
                spans.extend(d.detect(text))
                if bound() - b0 > budget and clock() - t0 > budget:  # the cheap clock first
                    stage = d.name
                    break
            spent = clock() - t0
            if stage is None and spent > budget:  # no pass ran long: the prefilter's selection did
                stage = "prefilter"
            patterns.append(spans)
            used.append(spent)
            stopped.append(stage)
        live = [i for i, s in enumerate(stopped) if s is None]
        ner_spans: list[list[Span]] = [[] for _ in texts]
        if self.ner is not None and live:
            t0 = clock()
            got = self.ner.analyze_batch([texts[i] for i in live], [patterns[i] for i in live])
            shares = work_budget.charge_by_chars(clock() - t0, [texts[i] for i in live])
            for i, spans, share in zip(live, got, shares, strict=True):
                ner_spans[i] = spans
                used[i] += share
                if used[i] > budget:
                    stopped[i] = "ner"
        return [
            work_budget.marker(text, spent, stage) if stage is not None else self._finish(text, [*pat, *ner])
            for text, pat, ner, spent, stage in zip(texts, patterns, ner_spans, used, stopped, strict=True)
        ]

    def _finish(self, text: str, spans: list[Span]) -> list[Span]:
        kept = [s for s in spans if self._keep(s)]
        if not kept:
            return []
        guards = [m.span() for m in PLACEHOLDER_RE.finditer(text)]
        if guards:
            kept = [s for s in kept if not _inside_placeholder(s, guards)]
        # stand-ins of fixtures and UI hints (imported here: the pii package imports this module)
        from redactor.detect.pii.fixtures import without_stand_ins

        return resolve(without_stand_ins(text, kept))
