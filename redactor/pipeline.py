"""The pipeline: parse → classify → decode → detect → transform → encode, batch by batch.

`Pipeline(policy, ...).process(lines)` yields exactly one `Redacted`, `Quarantined` or `Dropped`
(a record past its retention, dropped on purpose under the policy) per input line, in input order.
Detection runs over all texts of a batch at once (one NER call), so speed
work (`nlp.pipe`, worker processes) does not change this interface. Any failure of one record
quarantines that record with a reason; the others go on. Nothing unredacted is ever yielded.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from redactor import cache_budget
from redactor.crypto.keyring import Keyring
from redactor.crypto.stage import EncryptStage, attach
from redactor.detect.budget import overrun
from redactor.detect.engine import DetectionEngine, EngineSettings, disabled_speedups
from redactor.detect.entities import SECRET
from redactor.detect.span import Span
from redactor.errors import ConfigError, DropRecord, RecordError
from redactor.io.base import Dropped, InputLine, Quarantined, Redacted
from redactor.pipeline_heap import GEN0_THRESHOLD as GEN0_THRESHOLD  # re-exported: callers import them from here
from redactor.pipeline_heap import collector_paused as collector_paused
from redactor.pipeline_heap import freeze_heap as freeze_heap
from redactor.policy.encryption import EncryptionRule, Mode
from redactor.policy.loader import policy_version
from redactor.policy.model import IdentityAction, Policy, Scope
from redactor.records import DecodedRecord, PathPattern, classify, decode, record_key
from redactor.records.objkeys import safe_path
from redactor.retention.stamp import RetentionStage
from redactor.secret import SecretBytes
from redactor.transform.operators import Replacement, Transformer, apply_replacements
from redactor.transform.placeholders import PlaceholderVault, VaultBackend
from redactor.transform.propagate import Propagator, json_unescape
from redactor.transform.rendered import RenderCache

FIRST_BATCH = 4
"""Lines in the first detection batch (results do not depend on how lines are batched)."""

LOOKAHEAD = 2
"""Batches sent to an asynchronous engine's workers ahead of the one being transformed."""

TAIL_TOKEN = re.compile(r"[^\s\"'<>(),;\[\]{}]+$")
"""The partial token at the end of a truncated text (masked: it may be half a secret)."""


@dataclass(frozen=True, slots=True)
class Finding:
    """One transformed finding, for `policy explain` (no value unless asked for)."""

    path: str
    kind: str
    entity: str
    detector: str
    score: float
    action: str
    rule: str
    start: int
    end: int
    value: str | None = None


class PendingSpans(Protocol):
    """Detection under way (`ParallelEngine.submit`); `result()` waits for the spans per text."""

    def result(self) -> list[list[Span]]: ...


@dataclass(frozen=True, slots=True)
class _Prepared:
    """A parsed batch: each line's decoded record (or its quarantine) and the texts to detect."""

    parsed: list[tuple[InputLine, DecodedRecord] | Quarantined]
    texts: list[str]


@dataclass(slots=True)
class Explained:
    """The result for one line plus what was found where."""

    result: Redacted | Quarantined | Dropped
    findings: list[Finding] = field(default_factory=list)


SKIP_ENTRY_BYTES = 120
"""Estimated memory of one remembered field path besides the string: dictionary slot, hash, bool."""


def build_engine(policy: Policy, *, ner: object | None = None, load_ner: bool = True) -> DetectionEngine:
    """The detection engine a policy asks for (NER loaded unless the policy switches it off).

    Built with the cyclic collector paused (`collector_paused`): the detector modules, the
    lexicons and the model are imported and built here, and collecting while they are built finds
    almost nothing.
    """
    from redactor.regex_cache import compile_cache

    with collector_paused(), compile_cache():
        from redactor.detect.registry import all_detectors

        d = policy.detection
        settings = EngineSettings(
            min_score=d.min_score,
            entities=None if "*" in d.entities else frozenset(d.entities),
            disabled_detectors=frozenset(d.disabled_detectors),
            budget_s=policy.limits.detect_budget_s,
        )
        if ner is None and d.ner and load_ner:
            from redactor.detect.presidio_adapter import NerAdapter

            ner = NerAdapter()
        return DetectionEngine(all_detectors(), ner, settings)  # type: ignore[arg-type]


class Pipeline:
    """Redacts records under one policy.

    Args:
        policy: a validated policy (`redactor.policy.load_policy`).
        key: HMAC key (pseudonyms, placeholder digests). From the keyring in production.
        engine: detection engine; built from the policy when omitted.
        vault_backend: persistence for placeholder numbers (the SQLite store), so numbering stays
            consistent across runs.
        subject_of: maps a raw user id to the stored data-subject id (the keyring's
            `subject_id`); defaults to a keyed pseudonym under `key`.
        keyring: needed when the policy encrypts anything (data keys).
        now_ms: clock (epoch ms) for retention at ingest and data-key periods; required when
            the policy has encryption rules or retention classes.
        batch_size: lines per detection batch.
    """

    def __init__(
        self,
        policy: Policy,
        *,
        key: SecretBytes,
        engine: DetectionEngine | None = None,
        vault_backend: VaultBackend | None = None,
        subject_of: Callable[[str | int], str] | None = None,
        keyring: Keyring | None = None,
        now_ms: Callable[[], int] | None = None,
        batch_size: int = 64,
    ) -> None:
        self.policy = policy
        self.version = policy_version(policy)
        self.engine = engine if engine is not None else build_engine(policy)
        self.transformer = Transformer(policy, key, PlaceholderVault(key, vault_backend))
        self._key = key
        self._subject_of = subject_of
        self.batch_size = batch_size
        self._skip = [PathPattern.parse(p) for p in (*policy.fields.metadata, *policy.fields.identity)]
        self._skip_always = [PathPattern.parse(p) for p in policy.fields.identity]  # objects too
        # field path -> 0 scanned, 1 skipped when a scalar (metadata), 2 always skipped (identity);
        # the ``paths`` share of the byte budget
        self._skip_cache: dict[str, int] = {}
        self._skip_bytes = 0
        self._skip_max_bytes = cache_budget.share("paths")
        self._identity = [(PathPattern.parse(p), p, a) for p, a in policy.fields.identity.items()]
        off = disabled_speedups()
        memo, render = cache_budget.share("memo"), cache_budget.share("render")  # one byte budget
        self._propagator = Propagator(memo_entries=0 if "memo" in off else 50_000, memo_bytes=memo)
        self._rendered = RenderCache(max_entries=0 if "render" in off else 50_000, max_bytes=render)
        self.encrypt: EncryptStage | None = None
        self.retention: RetentionStage | None = None
        if policy.encryption.rules:
            if keyring is None or now_ms is None:
                raise ConfigError("this policy encrypts fields: the pipeline needs a keyring and a clock")
            self.encrypt = EncryptStage(policy.encryption, keyring, now=now_ms)
        if policy.retention.classes:
            if now_ms is None:
                raise ConfigError("this policy has retention classes: the pipeline needs a clock")
            self.retention = RetentionStage(policy.retention, encryption=policy.encryption, now=now_ms())
            self._now_ms = now_ms

    # -- public API -----------------------------------------------------------------------------
    def process(self, lines: Iterable[InputLine]) -> Iterator[Redacted | Quarantined | Dropped]:
        """One result per line, in order: redacted, quarantined, or dropped under the retention policy."""
        for item in self.explain(lines, collect=False):
            yield item.result

    def explain(
        self, lines: Iterable[InputLine], *, collect: bool = True, show_values: bool = False
    ) -> Iterator[Explained]:
        """One `Explained` per line, in order.

        With an engine that detects asynchronously (`ParallelEngine`), up to `LOOKAHEAD` later
        batches are read and sent to detection before a batch's results are yielded (see
        `explain_batches`); a live source whose lines may pause should go through
        `redactor.runner.run`, which looks ahead only over lines that have already arrived.
        """
        for _, explained in self.explain_batches(self._batched(lines), collect=collect, show_values=show_values):
            yield from explained

    def _batched(self, lines: Iterable[InputLine]) -> Iterator[list[InputLine]]:
        batch: list[InputLine] = []
        # a small first batch: the first result comes out early (start-up), not after batch_size lines
        size = min(FIRST_BATCH, self.batch_size)
        for line in lines:
            batch.append(line)
            if len(batch) >= size:
                yield batch
                batch = []
                size = self.batch_size
        if batch:
            yield batch

    def explain_batches(
        self,
        batches: Iterable[Sequence[InputLine]],
        *,
        collect: bool = False,
        show_values: bool = False,
        ready: Callable[[], bool] | None = None,
        lookahead: int = LOOKAHEAD,
    ) -> Iterator[tuple[Sequence[InputLine], list[Explained]]]:
        """Each batch with its results (as `process_batch` gives them), in order.

        With an engine that has `submit` (`ParallelEngine`), detection overlaps the rest: up to
        `lookahead` later batches are parsed and sent to the workers before a batch is
        transformed, so the workers detect while this process parses and transforms. Results
        are the same as batch by batch: detection results do not depend on batching, and the
        transform (numbering, propagation) still runs on the batches in input order.

        Never holds output back waiting for input: after each batch, `ready()` says whether the
        next one is already available (default: always, for in-memory iterables); when it is
        not, every batch sent so far is finished and yielded before `batches` is asked for
        more. The first batch is never held back (start-up).
        """
        submit: Callable[[Sequence[str]], PendingSpans] | None = getattr(self.engine, "submit", None)
        if submit is None or lookahead < 1:
            for batch in batches:
                yield batch, self.process_batch(batch, collect=collect, show_values=show_values)
            return
        running: deque[tuple[Sequence[InputLine], _Prepared, PendingSpans | Exception]] = deque()
        first = True
        for batch in batches:
            prep = self._prepare(batch)
            try:
                pending: PendingSpans | Exception = submit(prep.texts)
            except Exception as e:  # e.g. the workers cannot start: this batch is quarantined
                pending = e
            running.append((batch, prep, pending))
            hold = lookahead if not first and (ready is None or ready()) else 0
            first = False
            while len(running) > hold:
                done, prep, pending = running.popleft()
                yield done, self._finish(prep, pending, collect, show_values)
        while running:
            done, prep, pending = running.popleft()
            yield done, self._finish(prep, pending, collect, show_values)

    def process_batch(
        self, batch: Sequence[InputLine], *, collect: bool = False, show_values: bool = False
    ) -> list[Explained]:
        """The results of one batch, in order (detection of all its texts in one engine call)."""
        prep = self._prepare(batch)
        try:
            spans: list[list[Span]] | Exception = self.engine.analyze(prep.texts)
        except Exception as e:  # a detector bug must not lose the batch: quarantine each record
            spans = e
        return self._complete(prep, spans, collect, show_values)

    def _prepare(self, batch: Sequence[InputLine]) -> _Prepared:
        parsed: list[tuple[InputLine, DecodedRecord] | Quarantined] = [self._parse_safe(line) for line in batch]
        texts: list[str] = []
        for p in parsed:
            if isinstance(p, tuple):
                texts.extend(s.text for s in p[1].slots)
        return _Prepared(parsed, texts)

    def _parse_safe(self, line: InputLine) -> tuple[InputLine, DecodedRecord] | Quarantined:
        """`_parse`, except that an error it did not foresee quarantines this one line instead of
        ending the run (the batch's other lines go on)."""
        try:
            return self._parse(line)
        except ValueError as e:
            if "digits" in str(e):  # json: an integer longer than Python converts (sys.get_int_max_str_digits)
                return self._q(line, "too_large", "a JSON number has more digits than can be converted")
            return self._q(line, "internal_error", f"could not parse the record ({type(e).__name__})")
        except Exception as e:
            return self._q(line, "internal_error", f"could not parse the record ({type(e).__name__})")

    def _finish(
        self, prep: _Prepared, pending: PendingSpans | Exception, collect: bool, show_values: bool
    ) -> list[Explained]:
        spans: list[list[Span]] | Exception
        if isinstance(pending, Exception):
            spans = pending
        else:
            try:
                spans = pending.result()
            except Exception as e:
                spans = e
        return self._complete(prep, spans, collect, show_values)

    def _complete(
        self, prep: _Prepared, all_spans: list[list[Span]] | Exception, collect: bool, show_values: bool
    ) -> list[Explained]:
        """Transform each parsed record with its spans; a detection failure quarantines the batch."""
        parsed = prep.parsed
        if isinstance(all_spans, Exception):
            e = all_spans
            return [
                Explained(
                    p
                    if isinstance(p, Quarantined)
                    else self._q(
                        p[0],
                        "detection_error",
                        f"detection of this line's batch failed ({type(e).__name__}); every record of the batch "
                        "is kept back",
                    )
                )
                for p in parsed
            ]
        out: list[Explained] = []
        pos = 0
        for p in parsed:
            if isinstance(p, Quarantined):
                out.append(Explained(p))
                continue
            line, dec = p
            spans = all_spans[pos : pos + len(dec.slots)]
            pos += len(dec.slots)
            slow = self._too_slow(dec, spans)
            if slow is not None:
                out.append(Explained(self._q(line, "too_slow", slow, record_key(dec.record, dec.kind))))
                continue
            try:
                out.append(self._transform(line, dec, spans, collect, show_values))
            except RecordError as e:
                out.append(Explained(self._q(line, e.reason, str(e))))
            except DropRecord as e:
                out.append(Explained(Dropped(line.source, line.line_no, e.reason, record_key(dec.record, dec.kind))))
            except Exception as e:
                out.append(
                    Explained(self._q(line, "internal_error", f"could not transform the record ({type(e).__name__})"))
                )
        cache_budget.enforce()  # the transform's helper caches (name forms, paths) stay in their share
        return out

    def _too_slow(self, dec: DecodedRecord, spans_per_slot: Sequence[list[Span]]) -> str | None:
        """The quarantine detail when a field's detection was stopped at its time budget (where,
        how long, in which pass; never a value), else None."""
        for slot, spans in zip(dec.slots, spans_per_slot, strict=True):
            hit = overrun(spans)
            if hit is not None:
                seconds, stage = hit
                return (
                    f"field {safe_path(slot.path)}: detection stopped after {seconds:.1f} s of work (in {stage}), "
                    f"over the budget of {self.policy.limits.detect_budget_s:g} s per field (limits.detect_budget_s)"
                )
        return None

    # -- stages ------------------------------------------------------------------------------------
    @staticmethod
    def _q(line: InputLine, reason: str, detail: str, key: str | None = None) -> Quarantined:
        return Quarantined(line.source, line.line_no, reason, detail, key)

    def _parse(self, line: InputLine) -> tuple[InputLine, DecodedRecord] | Quarantined:
        if line.error:
            return self._q(line, "read_error", line.error)
        raw = line.raw
        obj: Any
        if isinstance(raw, dict):
            obj = raw
        else:
            size = len(raw)
            if size > self.policy.limits.max_record_bytes:
                return self._q(
                    line,
                    "too_large",
                    f"line is {size} bytes, over the limit of {self.policy.limits.max_record_bytes} "
                    "(limits.max_record_bytes)",
                )
            try:
                text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
            except UnicodeDecodeError as e:
                return self._q(line, "bad_encoding", f"line is not UTF-8: invalid byte at offset {e.start} of {size}")
            if not text.strip():
                return self._q(line, "empty_line", "empty line" if not text else "line holds only whitespace")
            try:
                obj = json.loads(text)
            except json.JSONDecodeError as e:
                return self._q(
                    line,
                    "malformed_json",
                    _json_error(e, len(text)),
                )
            except RecursionError:
                return self._q(line, "too_deep", "line: JSON nested too deeply to parse")
        try:
            kind = classify(obj)
            dec = decode(
                obj,
                skip=self._skipped,
                skip_container=self._skipped_container,
                max_depth=self.policy.limits.max_depth,
            )
            record_key(obj, kind)
        except RecordError as e:
            return self._q(line, e.reason, str(e))
        except RecursionError:
            return self._q(line, "too_deep", "record nested too deeply to decode")
        return line, dec

    def _skipped(self, path: str) -> bool:
        return self._skip_code(path) > 0

    def _skipped_container(self, path: str) -> bool:
        """An object or array at a safe-metadata path is scanned; at an identity path it is not."""
        return self._skip_code(path) > 1

    def _skip_code(self, path: str) -> int:
        hit = self._skip_cache.get(path)
        if hit is None:
            hit = 0
            if any(p.matches(path) for p in self._skip):
                hit = 2 if any(p.matches(path) for p in self._skip_always) else 1
            size = sys.getsizeof(path) + SKIP_ENTRY_BYTES
            if len(self._skip_cache) >= 100_000 or self._skip_bytes + size > self._skip_max_bytes:
                self._skip_cache.clear()  # a new generation (paths of one stream repeat)
                self._skip_bytes = 0
            self._skip_cache[path] = hit
            self._skip_bytes += size
        return hit

    def _scope(self, dec: DecodedRecord, key: str, subject: str | None) -> str:
        """The placeholder scope id. Keyed ids only: raw user ids never reach the store."""
        scope = self.policy.placeholders.scope
        if scope is Scope.RECORD:
            return f"record:{key}"
        if scope is Scope.ENTERPRISE:
            rec = dec.record
            ent = rec.get("enterprise_id", rec.get("business_id", rec.get("business")))
            return f"enterprise:{ent}"
        return f"user:{subject}" if subject is not None else f"record:{key}"

    def _transform(
        self,
        line: InputLine,
        dec: DecodedRecord,
        spans_per_slot: Sequence[list[Span]],
        collect: bool,
        show_values: bool,
    ) -> Explained:
        key = record_key(dec.record, dec.kind)
        subject = self._subject(dec.record)
        scope = self._scope(dec, key, subject)
        ts = dec.record.get("@timestamp")
        ts = ts if isinstance(ts, int) and not isinstance(ts, bool) else None
        ent = dec.record.get("enterprise_id", dec.record.get("business_id"))
        enterprise = None if ent is None else str(ent)
        used_rules: set[str] = set()
        seal = self._sealer(key, subject, enterprise, ts, used_rules)
        sidecar: dict[str, str] = {}
        counts: Counter[str] = Counter()
        findings: list[Finding] = []
        new_texts: list[str | None] = []
        spans_per_slot = self._propagator.extend(
            scope, [s.text for s in dec.slots], spans_per_slot, [s.json_escaped for s in dec.slots]
        )
        rendered = self._rendered if self._rendered.enabled and not collect else None
        for slot, spans in zip(dec.slots, spans_per_slot, strict=True):
            spans = list(spans)
            if slot.truncated_tail:
                spans = _with_tail(slot.text, spans)
            cache_key = None
            if rendered is not None and spans and self._cacheable(slot.path, spans):
                cache_key = rendered.key(scope, slot.path, slot.json_escaped, slot.truncated_tail, slot.text)
                hit = rendered.get(cache_key, spans)
                if hit is not None:
                    for s in spans:
                        counts[s.entity] += 1
                    new_texts.append(hit)
                    continue
            reps: list[Replacement] = []
            for n, s in enumerate(spans):
                value = slot.text[s.start : s.end]
                new, action, rule = self.transformer.render(s.entity, value, slot.path, scope)
                env_rule = (
                    self.encrypt.entity_rule(s.entity, slot.path) if self.encrypt and s.entity != SECRET else None
                )
                if env_rule is not None:
                    env = seal(env_rule, slot.path, json_unescape(value) if slot.json_escaped else value)
                    if env is not None and env_rule.mode is Mode.INSTEAD:
                        new, action = env, "encrypt"
                    elif env is not None:
                        sidecar[f"{slot.path}#{n}"] = env
                if slot.json_escaped:
                    new = json.dumps(new)[1:-1]
                counts[s.entity] += 1
                reps.append(Replacement(s.start, s.end, new, s.entity, action, rule, s.detector, s.score))
                if collect:
                    findings.append(
                        Finding(
                            slot.path,
                            str(slot.kind),
                            s.entity,
                            s.detector,
                            round(s.score, 3),
                            action,
                            rule,
                            s.start,
                            s.end,
                            value if show_values else None,
                        )
                    )
            new_text = apply_replacements(slot.text, reps) if reps else None
            if cache_key is not None and new_text is not None and rendered is not None:
                rendered.put(cache_key, spans, new_text)
            field_rule = self.encrypt.field_rule(slot.path) if self.encrypt else None
            if field_rule is not None:
                # the field's original text, with secrets masked (secrets are never encrypted)
                secrets_only = [r for r in reps if r.entity == SECRET]
                plain = apply_replacements(slot.text, secrets_only) if secrets_only else slot.text
                env = seal(field_rule, slot.path, json_unescape(plain) if slot.json_escaped else plain)
                if env is not None and field_rule.mode is Mode.INSTEAD:
                    new_text = env
                elif env is not None:
                    sidecar[slot.path] = env
            new_texts.append(new_text)
        record = dec.rebuild(new_texts)
        for pat, name, action in self._identity:
            if name in record and pat.matches(name):
                if action is not IdentityAction.KEEP:
                    counts["IDENTITY"] += 1
                record[name] = self.transformer.identity(name, action, record[name])
        if used_rules:
            attach(record, key, sidecar)
        expiries: dict[str, int] = {}
        if self.retention is not None:
            self.retention.now = self._now_ms()
            expiries = self.retention(record, dec.kind.value, ts, used_rules).expiries
        red = Redacted(
            key=key,
            kind=dec.kind.value,
            record=record,
            source=line.source,
            line_no=line.line_no,
            timestamp_ms=ts,
            subject=subject,
            enterprise_id=enterprise,
            entities=counts,
            expiries=expiries,
        )
        return Explained(red, findings)

    def _cacheable(self, path: str, spans: Sequence[Span]) -> bool:
        """Whether a slot's rendering is a pure function of its text and spans (nothing in it is
        encrypted: envelopes differ on every call), so `RenderCache` may keep it."""
        enc = self.encrypt
        if enc is None:
            return True
        if enc.field_rule(path) is not None:
            return False
        return all(s.entity == SECRET or enc.entity_rule(s.entity, path) is None for s in spans)

    def _subject(self, rec: dict[str, Any]) -> str | None:
        raw_user = rec.get("user_id", rec.get("user"))
        if not isinstance(raw_user, str | int) or isinstance(raw_user, bool):
            return None
        if self._subject_of is not None:
            return self._subject_of(raw_user)
        return str(self.transformer.identity("user_id", IdentityAction.PSEUDONYM, raw_user))

    def _sealer(
        self, key: str, subject: str | None, enterprise: str | None, ts: int | None, used: set[str]
    ) -> Callable[[EncryptionRule, str, str], str | None]:
        def seal(rule: EncryptionRule, path: str, plaintext: str) -> str | None:
            if self.encrypt is None:
                return None
            if ts is None:
                raise RecordError(
                    "no_timestamp", "cannot encrypt: the record has no integer @timestamp (data keys are per period)"
                )
            env = self.encrypt(
                rule,
                record_key=key,
                path=path,
                plaintext=plaintext,
                subject=subject,
                enterprise_id=enterprise,
                timestamp_ms=ts,
            )
            if env is not None:
                used.add(rule.name)
            return env

        return seal


def _json_error(e: json.JSONDecodeError, length: int) -> str:
    """Where and what of a JSON syntax error, never the text: ``malformed JSON at line 1 column 12
    (char 11 of 40): Expecting ',' delimiter``. `e.msg` may end in "starting at" (an unterminated
    string); the position then follows it as its object."""
    where = f"line {e.lineno} column {e.colno} (char {e.pos} of {length})"
    end = "; the line ends there (truncated?)" if e.pos >= length else ""
    if e.msg.endswith(" at"):
        return f"malformed JSON: {e.msg} {where}{end}"
    return f"malformed JSON at {where}: {e.msg}{end}"


def _with_tail(text: str, spans: list[Span]) -> list[Span]:
    """Add a span over the trailing partial token of a truncated text, unless already covered."""
    m = TAIL_TOKEN.search(text)
    if not m:
        return spans
    tail = Span("SECRET", m.start(), m.end(), 1.0, "truncation.tail")
    if any(s.start <= tail.start and s.end >= tail.end for s in spans):
        return spans
    from redactor.detect.engine import resolve

    return resolve([*spans, tail])
