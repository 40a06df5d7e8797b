"""The per-field detection time budget (`redactor.detect.budget`, ``limits.detect_budget_s``).

A clock is injected everywhere (no sleeping, no timing): a test detector advances it by what its
pass "costs". What is proved: a field over the budget stops the detectors after the pass that used
it up (no later pass, no NER), the record holding it is quarantined ``too_slow`` with the field
path and the seconds (never a value) and the next record is processed; the budget off (0) or not
reached gives exactly today's spans, with the real detectors on generated texts; NER time is
charged by characters; a too-slow text is remembered; the worker pool gives the same; the budget
is not part of the policy fingerprint. Also the bad-input messages (where and what, no content).
"""

from __future__ import annotations

import json
import random
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import pytest

from redactor.cli import main
from redactor.detect.base import PatternDetector
from redactor.detect.budget import TOO_SLOW, charge_by_chars, marker, overrun
from redactor.detect.engine import DetectionEngine, EngineSettings
from redactor.detect.span import Span
from redactor.errors import PolicyError
from redactor.io.base import InputLine, Quarantined, Redacted
from redactor.io.delivery import Batch, DeliveryStats, deliver_batch
from redactor.io.hec_server import Metrics
from redactor.parallel import ParallelEngine
from redactor.pipeline import Pipeline, build_engine
from redactor.policy import Policy, parse_policy
from redactor.policy.loader import policy_version
from redactor.secret import SecretBytes
from tests.services import MemorySink

SLOW = "\x00costly"  # a text holding it costs the slow detector `COST` seconds of the fake clock
COST = 100.0
KEY = SecretBytes(b"k" * 32)


class FakeClock:
    """A work clock that only moves when a test detector says work was done."""

    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        return self.t


class Slow:
    """A detector whose pass costs `COST` seconds on texts holding `SLOW`, else `each` seconds."""

    name = "test.slow"
    entities = ("SECRET",)

    def __init__(self, clock: FakeClock, each: float = 0.0) -> None:
        self.clock = clock
        self.each = each
        self.calls = 0

    def detect(self, text: str) -> list[Span]:
        self.calls += 1
        self.clock.t += COST if SLOW in text else self.each
        return []


class Counting:
    """A detector that counts the texts it read (runs after `Slow`)."""

    name = "test.count"
    entities = ("SECRET",)

    def __init__(self) -> None:
        self.seen: list[str] = []

    def detect(self, text: str) -> list[Span]:
        self.seen.append(text)
        return []


EMAIL = PatternDetector("test.email", "EMAIL_ADDRESS", r"[\w.+-]+@[\w-]+\.[\w.]+", score=0.9)


def engine(budget: float, clock: FakeClock, *, each: float = 0.0) -> tuple[DetectionEngine, Slow, Counting]:
    slow, count = Slow(clock, each), Counting()
    eng = DetectionEngine(
        [EMAIL, slow, count],  # type: ignore[list-item]
        None,
        EngineSettings(budget_s=budget, cache_size=1000),
        clock=clock,
    )
    return eng, slow, count


def policy(budget: float) -> Policy:
    return parse_policy(f"version: 1\nname: b\ndetection: {{ner: false}}\nlimits: {{detect_budget_s: {budget}}}\n")


def usage(content: str, n: int) -> str:
    body = json.dumps({"model": "m", "messages": [{"role": "user", "content": content}]})
    return json.dumps(
        {
            "@timestamp": 1_700_000_000_000 + n,
            "type": "request",
            "user_id": "u1",
            "enterprise_id": 42,
            "github_request_id": f"r{n}",
            "endpoint": "/chat/completions",
            "event_id": f"e{n}",
            "body": body,
        }
    )


def lines(*raws: str) -> list[InputLine]:
    return [InputLine("t.jsonl", i + 1, r) for i, r in enumerate(raws)]


# --- the engine ------------------------------------------------------------------------------------


@pytest.mark.parametrize("budget", [1.0, 30.0, 99.0])
def test_a_text_over_the_budget_stops_after_that_pass_and_gives_the_marker(budget: float) -> None:
    clock = FakeClock()
    eng, slow, count = engine(budget, clock)
    texts = ["mail a@b.example " + SLOW, "mail c@d.example"]
    out = eng.analyze(texts)
    hit = overrun(out[0])
    assert hit is not None and hit[1] == "test.slow" and hit[0] == pytest.approx(COST)
    assert out[0][0].entity == TOO_SLOW and (out[0][0].start, out[0][0].end) == (0, len(texts[0]))
    assert count.seen == [texts[1]]  # the pass after the slow one never read the slow text
    assert [s.entity for s in out[1]] == ["EMAIL_ADDRESS"] and overrun(out[1]) is None
    assert slow.calls == 2


def test_under_the_budget_or_with_the_budget_off_nothing_changes() -> None:
    clock = FakeClock()
    on, _, _ = engine(COST + 1, clock)  # the slow pass fits
    off, _, _ = engine(0.0, clock)
    texts = [f"x{i} mail u{i}@h{i}.example {SLOW if i % 2 else ''}" for i in range(20)]
    assert on.analyze(texts) == off.analyze(texts)
    assert all(overrun(r) is None for r in on.analyze(texts))


def test_the_budget_adds_up_over_the_passes_of_one_text_only() -> None:
    clock = FakeClock()
    eng, _, _ = engine(5.0, clock, each=3.0)  # each text's slow pass costs 3 s: under 5 alone
    out = eng.analyze([f"mail v{i}@w.example" for i in range(10)])  # 30 s for the batch
    assert all(overrun(r) is None for r in out)
    assert all([s.entity for s in r] == ["EMAIL_ADDRESS"] for r in out)


def _generated(rng: random.Random, n: int) -> list[str]:
    words = ["deploy", "password:", "Maria", "Lopez", "street", "token", "api_key=", "call", "+1 415", "born"]
    out = []
    for _ in range(n):
        parts = [rng.choice(words) for _ in range(rng.randint(3, 12))]
        if rng.random() < 0.5:
            parts.insert(
                rng.randint(0, len(parts)), f"{rng.choice('abcxyz')}{rng.randint(1, 99)}@mail{rng.randint(1, 9)}.org"
            )
        if rng.random() < 0.4:
            parts.append("sk_live_" + "".join(rng.choice("ABCDEFGHJKabcdefgh0123456789") for _ in range(24)))
        if rng.random() < 0.3:
            parts.append(f"{rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(1000, 9999)}")
        out.append(" ".join(parts))
    return out


@pytest.mark.parametrize("prefilter", [True, False])
def test_real_detectors_give_the_same_spans_with_a_budget_that_is_not_reached(prefilter: bool) -> None:
    pol = parse_policy("version: 1\nname: r\ndetection: {ner: false}\n")
    base = build_engine(pol)
    settings = EngineSettings(cache_size=0, prefilter=prefilter)
    off = DetectionEngine(base.detectors, None, settings)
    clock = FakeClock()  # never moves: the budget is never reached
    on = DetectionEngine(
        base.detectors, None, EngineSettings(cache_size=0, prefilter=prefilter, budget_s=0.001), clock=clock
    )
    texts = _generated(random.Random(17), 60)
    assert on.analyze(texts) == off.analyze(texts)
    assert any(r for r in off.analyze(texts))  # the texts do hold findings


class FakeNer:
    """NER whose batch costs `cost` seconds of the clock; reports nothing."""

    def __init__(self, clock: FakeClock, cost: float) -> None:
        self.clock, self.cost = clock, cost
        self.read: list[str] = []

    def analyze_batch(self, texts: Sequence[str], known: Sequence[Sequence[Span]] | None = None) -> list[list[Span]]:
        self.read.extend(texts)
        self.clock.t += self.cost
        return [[] for _ in texts]


def test_ner_time_is_charged_by_characters_and_a_stopped_text_skips_ner() -> None:
    clock = FakeClock()
    ner = FakeNer(clock, 100.0)
    eng = DetectionEngine([Slow(clock)], ner, EngineSettings(budget_s=50.0), clock=clock)  # type: ignore[list-item]
    short, long, costly = "a" * 10, "b" * 990, "c " + SLOW
    out = eng.analyze([short, long, costly])
    assert overrun(out[0]) is None  # 1 s of the 100
    hit = overrun(out[1])
    assert hit is not None and hit[1] == "ner" and hit[0] == pytest.approx(99.0)
    assert costly not in ner.read and overrun(out[2]) is not None
    assert charge_by_chars(10.0, ["ab", "abc", ""]) == pytest.approx([4.0, 6.0, 0.0])
    assert charge_by_chars(10.0, ["", ""]) == [0.0, 0.0]


def test_a_too_slow_text_is_remembered_and_not_detected_again() -> None:
    clock = FakeClock()
    eng, slow, _ = engine(10.0, clock)
    text = "again " + SLOW
    first = eng.analyze([text])
    second = eng.analyze([text])
    assert first == second and overrun(second[0]) is not None
    assert slow.calls == 1


class Ticking(FakeClock):
    """Every reading is one second later (work between readings that no detector accounts for)."""

    def __call__(self) -> float:
        self.t += 1.0
        return self.t


def test_time_spent_outside_the_passes_counts_too() -> None:
    eng = DetectionEngine([], None, EngineSettings(budget_s=0.5), clock=Ticking())
    (out,) = eng.analyze(["no detector reads this"])
    hit = overrun(out)
    assert hit is not None and hit[1] == "prefilter"
    # three readings (start on both clocks, end): 2 s; under a 2.5 s budget nothing is stopped
    assert DetectionEngine([], None, EngineSettings(budget_s=2.5), clock=Ticking()).analyze(["x"]) == [[]]


def test_the_work_clock_is_read_only_when_the_cheap_bound_says_the_budget_may_be_used_up() -> None:
    work, wall = FakeClock(), FakeClock()
    reads = 0

    def counted() -> float:
        nonlocal reads
        reads += 1
        return work()

    class Both(Slow):
        def detect(self, text: str) -> list[Span]:  # the pass costs the same on both clocks
            wall.t += COST if SLOW in text else self.each
            return super().detect(text)

    eng = DetectionEngine(
        [EMAIL, Both(work, 1.0), Counting()],  # type: ignore[list-item]
        None,
        EngineSettings(budget_s=30.0, cache_size=0),
        clock=counted,
        bound=wall,
    )
    out = eng.analyze([f"t{i} mail m{i}@n.example" for i in range(5)])
    assert all(overrun(r) is None for r in out) and reads == 2 * 5  # start and end of each text
    reads = 0
    (slow,) = eng.analyze(["x " + SLOW])
    assert overrun(slow) is not None and reads == 3
    wall.t += 0.0
    busy = DetectionEngine(
        [Slow(work, 20.0), Slow(work, 20.0)],  # type: ignore[list-item]
        None,
        EngineSettings(budget_s=30.0),
        clock=work,
        bound=lambda: wall.t + 1000.0 * work.t,  # a wall clock far ahead: the work clock decides
    )
    hit = overrun(busy.analyze(["y"])[0])
    assert hit is not None and hit[0] == pytest.approx(40.0)


def test_the_marker_reads_back() -> None:
    m = marker("abc", 31.25, "secret.generic")
    assert overrun(m) == (pytest.approx(31.25), "secret.generic")
    assert overrun([]) is None
    assert overrun([Span("SECRET", 0, 1, 1.0, "x")]) is None
    assert overrun([*m, Span("SECRET", 0, 1, 1.0, "x")]) is None


# --- the pipeline ----------------------------------------------------------------------------------


def test_a_record_over_the_budget_is_quarantined_and_the_next_one_is_processed() -> None:
    clock = FakeClock()
    eng, _, _ = engine(30.0, clock)
    secret_mail = "zed.quarantine@example.net"
    raws = [usage(f"write to {secret_mail} {SLOW}", 1), usage("mail b.next@example.org", 2)]
    results = list(Pipeline(policy(30), key=KEY, engine=eng).process(lines(*raws)))
    q, r = results
    assert isinstance(q, Quarantined) and q.reason == "too_slow"
    assert q.detail.startswith("field body.messages[0].content: detection stopped after 100.0 s")
    assert "100.0 s" in q.detail and "test.slow" in q.detail and "limits.detect_budget_s" in q.detail
    assert secret_mail not in q.detail and "zed" not in q.detail
    assert q.key is not None and q.line_no == 1
    assert isinstance(r, Redacted) and "b.next@example.org" not in json.dumps(r.record)


def test_with_the_budget_off_the_same_record_is_redacted() -> None:
    clock = FakeClock()
    eng, _, _ = engine(0.0, clock)
    raws = [usage(f"write to zed.q@example.net {SLOW}", 1)]
    (r,) = Pipeline(policy(0), key=KEY, engine=eng).process(lines(*raws))
    assert isinstance(r, Redacted) and "zed.q@example.net" not in json.dumps(r.record)


def test_the_policy_budget_reaches_the_engine_and_not_the_fingerprint() -> None:
    assert build_engine(policy(7.5)).settings.budget_s == 7.5
    assert build_engine(parse_policy("version: 1\nname: b\ndetection: {ner: false}\n")).settings.budget_s == 30.0
    assert policy_version(policy(7.5)) == policy_version(policy(30)) == policy_version(policy(0))
    assert policy_version(policy(7.5)) != policy_version(parse_policy("version: 1\nname: b\n"))  # ner differs
    with pytest.raises(PolicyError, match="detect_budget_s"):
        policy(-1)


# --- workers ---------------------------------------------------------------------------------------

WORKER_CLOCK = FakeClock()


def slow_engine(pol: Policy) -> DetectionEngine:
    """Worker-side engine (module level: workers import it) with the policy's budget."""
    return DetectionEngine(
        [EMAIL, Slow(WORKER_CLOCK)],  # type: ignore[list-item]
        None,
        EngineSettings(budget_s=pol.limits.detect_budget_s, cache_size=0),
        clock=WORKER_CLOCK,
    )


def test_workers_quarantine_the_slow_record_and_go_on() -> None:
    pol = policy(30)
    with ParallelEngine(pol, workers=2, factory=slow_engine, timeout_s=60.0) as par:
        raws = [usage(f"n{i} mail p{i}@q.example" + (f" {SLOW}" if i in (2, 5) else ""), i) for i in range(8)]
        results = list(Pipeline(pol, key=KEY, engine=par, batch_size=3).process(lines(*raws)))
        again = par.analyze(["once more " + SLOW])  # a worker's marker reaches the caller as it is
    assert [type(r).__name__ for r in results] == ["Redacted"] * 2 + ["Quarantined"] + ["Redacted"] * 2 + [
        "Quarantined"
    ] + ["Redacted"] * 2
    for r in results:
        if isinstance(r, Quarantined):
            assert r.reason == "too_slow" and "test.slow" in r.detail and "@q.example" not in r.detail
        else:
            assert "@q.example" not in json.dumps(r.record)
    assert overrun(again[0]) is not None


# --- bad-input messages ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "reason", "says"),
    [
        ('{"type": "request", "body": "abc', "malformed_json", "Unterminated string starting at line 1 column 29"),
        ('{"type": "request" "body": 1}', "malformed_json", "malformed JSON at line 1 column 20 (char 19 of 29)"),
        ('{"type": "request", "body": 1', "malformed_json", "the line ends there (truncated?)"),
        ("   ", "empty_line", "line holds only whitespace"),
        ("", "empty_line", "empty line"),
        (b'{"a": "\xff"}', "bad_encoding", "line is not UTF-8: invalid byte at offset 7 of 10"),
    ],
)
def test_bad_input_messages_say_where_and_what(raw: str | bytes, reason: str, says: str) -> None:
    (q,) = Pipeline(policy(30), key=KEY, engine=DetectionEngine([EMAIL], None)).process([InputLine("t.jsonl", 1, raw)])
    assert isinstance(q, Quarantined) and q.reason == reason
    assert says in q.detail, q.detail
    assert " at at " not in q.detail and "abc" not in q.detail and "request" not in q.detail


# --- the command line --------------------------------------------------------------------------------


def test_run_detect_budget_quarantines_and_goes_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A budget too small for any detector pass (real clock): every record is quarantined
    ``too_slow``, one after the other (the run goes on after the first), nothing is written, the
    summary counts them by reason; without the option the same run stores both."""
    pol = tmp_path / "p.yaml"
    pol.write_text("version: 1\nname: cli\ndetection: {ner: false}\n")
    src = tmp_path / "in.jsonl"
    src.write_text(usage("mail cli.person@example.org please", 1) + "\n" + usage("call me later", 2) + "\n")

    def run(tag: str, *extra: str) -> tuple[list[dict[str, object]], str, str]:
        out, quar = tmp_path / f"{tag}.jsonl", tmp_path / f"{tag}-q.jsonl"
        args = ["run", "-p", str(pol), str(src), "-o", f"jsonl:///{out}", "-q", str(quar)]
        try:
            main([*args, "--keyring", str(tmp_path / "k.json"), *extra])
        except SystemExit as e:  # a run with quarantined lines may exit non-zero
            assert e.code != 2, "usage error"
        entries = [json.loads(x) for x in quar.read_text().splitlines()] if quar.exists() else []
        return entries, out.read_text() if out.exists() else "", capsys.readouterr().err

    entries, stored, err = run("tight", "--detect-budget", "0.000000001")
    assert [e["reason"] for e in entries] == ["too_slow", "too_slow"]
    assert "cli.person" not in json.dumps(entries) and not stored.strip()
    assert "too_slow 2" in err
    entries, stored, err = run("default")
    assert entries == [] and stored.count("\n") == 2 and "cli.person" not in stored, err


# --- metrics -------------------------------------------------------------------------------------------


def test_delivery_and_hec_metrics_count_quarantines_by_reason() -> None:
    clock = FakeClock()
    eng, _, _ = engine(30.0, clock)
    pipe = Pipeline(policy(30), key=KEY, engine=eng)
    sink = MemorySink()
    batch = Batch(lines(usage(f"a {SLOW}", 1), usage("b", 2), "{not json", usage(f"c {SLOW}", 4)))
    stats = deliver_batch(batch, pipe.process, sink)
    assert stats.quarantined == 3 and stats.written == 1
    assert stats.by_reason == Counter({"too_slow": 2, "malformed_json": 1})
    assert stats.as_dict()["quarantined_by_reason"] == {"malformed_json": 1, "too_slow": 2}
    total = DeliveryStats()
    total.add(stats)
    total.add(stats)
    assert total.by_reason["too_slow"] == 4
    m = Metrics()
    m.quarantine(stats.by_reason)
    m.quarantine(Counter({"too_slow": 1}))
    text = m.render({})
    assert 'redactor_hec_events_quarantined_by_reason_total{reason="too_slow"} 3' in text
    assert 'redactor_hec_events_quarantined_by_reason_total{reason="malformed_json"} 1' in text
