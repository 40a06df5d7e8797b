#!/usr/bin/env python3
"""Spark scaling of `redactor spark`: ``local[1]`` against ``local[2]`` (or any masters) on one input.

Each (master, round) runs in its own process: start a session (not timed), optionally warm the
Python workers on a small stream (each loads the model once; not timed), then time one
`redactor.spark.run_job` over the input. Per run it prints the job's seconds and records/s; the
CPU seconds of the driver, the JVM (and its threads by name: JIT compilers, GC, task threads)
and each Python worker over the timed job (from /proc: who competes for the cores, and how
evenly the workers shared the redaction); and a per-stage breakdown from Spark's event log:
wall time, task count, the longest and the mean task, the summed task run time. The stages of
timed job i are those of the jobs in job group ``timed<i>``. ``--repeat`` times the job again in
the same session; the later jobs are not comparable with the first: the workers' detection
caches already hold the input's texts.

With ``--check`` the script also runs `redactor run` (in-process, one worker) once over the same
input with the same keyring, reports its rate for reference, and checks that every Spark job's
redacted output and quarantine entries are identical to it.

Usage: python scripts/spark_bench.py INPUT [--masters 'local[1],local[2]'] [--rounds 2] [--repeat 2]
       [--partitions N] [--warmup FILE] [--check] [--json OUT]

Needs ``REDACTOR_KEYRING_KEY`` (or ``--keyring``), Java 17 and the project venv.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CLK_TCK = os.sysconf("SC_CLK_TCK")


# --- process CPU from /proc ------------------------------------------------------------------------
def _procs() -> dict[int, tuple[int, str, float, float]]:
    """pid -> (ppid, comm, own CPU s, reaped children's CPU s) of every readable process."""
    out: dict[int, tuple[int, str, float, float]] = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            stat = Path(f"/proc/{d}/stat").read_text()
        except OSError:
            continue
        comm = stat[stat.index("(") + 1 : stat.rindex(")")]
        f = stat[stat.rindex(")") + 2 :].split()
        # fields after comm: state ppid ... utime(11) stime(12) cutime(13) cstime(14)
        out[int(d)] = (int(f[1]), comm, (int(f[11]) + int(f[12])) / CLK_TCK, (int(f[13]) + int(f[14])) / CLK_TCK)
    return out


def tree_cpu(root: int) -> dict[int, tuple[str, float]]:
    """CPU seconds of each descendant of `root` (Python processes include their reaped children)."""
    procs = _procs()
    kids: dict[int, list[int]] = defaultdict(list)
    for pid, (ppid, *_rest) in procs.items():
        kids[ppid].append(pid)
    out: dict[int, tuple[str, float]] = {}
    todo = list(kids[root])
    while todo:
        pid = todo.pop()
        _, comm, own, reaped = procs[pid]
        out[pid] = (comm, own if comm == "java" else own + reaped)
        todo.extend(kids[pid])
    return out


def jvm_threads(tree: dict[int, tuple[str, float]]) -> dict[str, float]:
    """CPU seconds of the JVM's live threads in `tree`, by thread name without its number (JIT, GC, tasks)."""
    out: dict[str, float] = defaultdict(float)
    for pid, (comm, _) in tree.items():
        if comm != "java":
            continue
        for task in Path(f"/proc/{pid}/task").glob("*/stat"):
            try:
                stat = task.read_text()
            except OSError:
                continue
            name = stat[stat.index("(") + 1 : stat.rindex(")")].rstrip("0123456789#-").strip()
            f = stat[stat.rindex(")") + 2 :].split()
            out[name] += (int(f[11]) + int(f[12])) / CLK_TCK
    return out


def thread_delta(before: dict[str, float], after: dict[str, float]) -> dict[str, float]:
    """The JVM thread groups that used more than 0.1 CPU-s between two `jvm_threads` snapshots."""
    d = {k: round(v - before.get(k, 0.0), 2) for k, v in after.items()}
    return dict(sorted(((k, v) for k, v in d.items() if v > 0.1), key=lambda kv: -kv[1]))


def cpu_delta(before: dict[int, tuple[str, float]], after: dict[int, tuple[str, float]]) -> dict[str, Any]:
    """JVM and Python-worker CPU seconds spent between two `tree_cpu` snapshots."""
    jvm, workers = 0.0, []
    for pid, (comm, cpu) in after.items():
        d = cpu - before.get(pid, (comm, 0.0))[1]
        if comm == "java":
            jvm += d
        elif d > 0.05:
            workers.append(round(d, 2))
    return {"jvm_cpu_s": round(jvm, 2), "python_cpu_s": round(sum(workers), 2), "python_cpu_each": sorted(workers)}


# --- the event log ---------------------------------------------------------------------------------
def stages_of(log: Path, group: str) -> list[dict[str, Any]]:
    """Per-stage breakdown of the jobs in job group `group`, from a Spark event log (file or v2 folder)."""
    job_stages: dict[int, list[int]] = {}
    wanted: set[int] = set()
    info: dict[int, dict[str, Any]] = {}
    tasks: dict[int, list[dict[str, Any]]] = defaultdict(list)
    files = sorted(log.glob("events_*"), key=lambda f: int(f.name.split("_")[1])) if log.is_dir() else [log]
    for line in (x for f in files for x in f.read_text(encoding="utf-8").splitlines()):
        ev = json.loads(line)
        kind = ev["Event"]
        if kind == "SparkListenerJobStart":
            props = ev.get("Properties") or {}
            job_stages[ev["Job ID"]] = ev["Stage IDs"]
            if props.get("spark.jobGroup.id") == group:
                wanted.update(ev["Stage IDs"])
        elif kind == "SparkListenerStageCompleted":
            si = ev["Stage Info"]
            info[si["Stage ID"]] = si
        elif kind == "SparkListenerTaskEnd":
            tasks[ev["Stage ID"]].append(ev)
    out = []
    for sid in sorted(wanted & info.keys()):
        si = info[sid]
        ts = tasks[sid]
        durs = [(t["Task Info"]["Finish Time"] - t["Task Info"]["Launch Time"]) / 1000 for t in ts]
        run = sum(t["Task Metrics"]["Executor Run Time"] for t in ts) / 1000 if ts else 0.0
        cpu = sum(t["Task Metrics"]["Executor CPU Time"] for t in ts) / 1e9 if ts else 0.0
        sw = sum(t["Task Metrics"]["Shuffle Write Metrics"]["Shuffle Bytes Written"] for t in ts)
        rdds = " ".join(sorted({r["Name"] for r in si.get("RDD Info", [])}))
        out.append(
            {
                "stage": sid,
                "name": si["Stage Name"].split(" at ")[0],
                "python": "MapInPandas" in rdds or "PythonRDD" in rdds or "mapInPandas" in rdds,
                "rdds": rdds[:200],
                "wall_s": round((si["Completion Time"] - si["Submission Time"]) / 1000, 2),
                "tasks": len(ts),
                "task_max_s": round(max(durs, default=0.0), 2),
                "task_mean_s": round(sum(durs) / len(durs), 2) if durs else 0.0,
                "task_run_sum_s": round(run, 2),
                "jvm_task_cpu_s": round(cpu, 2),
                "shuffle_write_mb": round(sw / 1e6, 2),
                "task_s": sorted((round(d, 2) for d in durs), reverse=True)[:16],
            }
        )
    return out


# --- one run (own process) -------------------------------------------------------------------------
def child(opts: argparse.Namespace) -> list[dict[str, Any]]:
    from redactor.crypto.keyring import open_keyring
    from redactor.policy import load_policy
    from redactor.spark import run_job, session

    logdir = Path(tempfile.mkdtemp(prefix="spark-bench-log-"))
    policy = load_policy(opts.policy)
    ring = open_keyring(opts.keyring)
    conf = {
        "spark.eventLog.enabled": "true",
        "spark.eventLog.dir": logdir.as_uri(),
        "spark.eventLog.compress": "false",
        **dict(kv.split("=", 1) for kv in opts.conf),
    }
    t0 = time.monotonic()
    spark = session(opts.child, app_name="redactor-spark-bench", conf=conf)
    sc = spark.sparkContext
    sc.setLogLevel("ERROR")
    started = time.monotonic() - t0
    now_ms = 1_790_000_000_000
    kw: dict[str, Any] = {"now_ms": now_ms, "partitions": opts.partitions, "batch_size": opts.batch_size}
    warm_s = None
    if opts.warmup:
        sc.setJobGroup("warmup", "warmup")
        t1 = time.monotonic()
        run_job(spark, [str(opts.warmup)], policy, ring, str(opts.out / "warmup"), overwrite=True, **kw)
        warm_s = round(time.monotonic() - t1, 2)
    me = os.getpid()
    runs = []
    for i in range(opts.repeat):
        sc.setJobGroup(f"timed{i}", f"timed{i}")
        before, cpu0 = tree_cpu(me), time.process_time()
        threads0 = jvm_threads(before)
        summary = run_job(spark, [str(opts.input)], policy, ring, str(opts.out / f"job{i}"), overwrite=True, **kw)
        after = tree_cpu(me)
        cpu = cpu_delta(before, after)
        cpu["jvm_threads"] = thread_delta(threads0, jvm_threads(after))
        cpu["driver_cpu_s"] = round(time.process_time() - cpu0, 2)
        runs.append(
            {
                "master": opts.child,
                "job": i,
                "session_start_s": round(started, 2),
                "warmup_s": warm_s,
                "seconds": round(summary.seconds, 2),
                "records": summary.read,
                "records_per_s": round(summary.read / summary.seconds, 1),
                **cpu,
            }
        )
    spark.stop()
    logs = list(logdir.iterdir())
    for run in runs:
        run["stages"] = stages_of(logs[0], f"timed{run['job']}") if len(logs) == 1 else []
    shutil.rmtree(logdir, ignore_errors=True)
    return runs


# --- the driver of the comparison -------------------------------------------------------------------
def _load() -> str:
    return Path("/proc/loadavg").read_text().split()[0]


def run_local(opts: argparse.Namespace, out: Path) -> dict[str, Any]:
    """`redactor run` in-process (one worker) over the input, for reference and the output check."""
    args = [sys.executable, "-m", "redactor.cli", "run", "-p", str(opts.policy), str(opts.input),
            "-o", f"jsonl:///{out / 'local.jsonl'}", "-q", str(out / "local-q.jsonl"), "--summary-json"]  # fmt: skip
    if opts.keyring:
        args += ["--keyring", str(opts.keyring)]
    t0 = time.monotonic()
    r0 = os.times()
    res = subprocess.run(args, capture_output=True, check=False)
    r1 = os.times()
    if res.returncode:
        raise SystemExit(f"redactor run failed: {res.stderr.decode()[-2000:]}")
    s = json.loads(res.stderr.decode().strip().splitlines()[-1])
    return {
        "master": "redactor run",
        "seconds": s["seconds"],
        "records": s["read"],
        "records_per_s": s["records_per_second"],
        "process_cpu_s": round(r1.children_user + r1.children_system - r0.children_user - r0.children_system, 2),
        "wall_s": round(time.monotonic() - t0, 2),
    }


def same_output(local_dir: Path, job: Path) -> bool:
    """The Spark job's redacted part files concatenate to the local output; quarantine entries equal."""
    red = b"".join(p.read_bytes() for p in sorted((job / "redacted").glob("part-*")))
    q = [json.loads(x) for p in sorted((job / "quarantine").glob("part-*")) for x in p.read_text().splitlines()]
    local_q = [json.loads(x) for x in (local_dir / "local-q.jsonl").read_text().splitlines()]
    return red == (local_dir / "local.jsonl").read_bytes() and q == local_q


def parent(opts: argparse.Namespace) -> dict[str, Any]:
    base = Path(tempfile.mkdtemp(prefix="spark-bench-"))
    report: dict[str, Any] = {"input": str(opts.input), "runs": []}
    if opts.check:
        report["local"] = {**run_local(opts, base), "load": _load()}
        print(json.dumps(report["local"]), file=sys.stderr)
    for rnd in range(opts.rounds):
        for master in opts.masters.split(","):
            out = base / f"{master.replace('[', '').replace(']', '')}-{rnd}"
            args = [sys.executable, __file__, str(opts.input), "--child", master, "--out", str(out),
                    "--policy", str(opts.policy), "--batch-size", str(opts.batch_size)]  # fmt: skip
            if opts.partitions:
                args += ["--partitions", str(opts.partitions)]
            if opts.warmup:
                args += ["--warmup", str(opts.warmup)]
            args += ["--repeat", str(opts.repeat)]
            if opts.keyring:
                args += ["--keyring", str(opts.keyring)]
            for kv in opts.conf:
                args += ["--conf", kv]
            load0 = _load()
            res = subprocess.run(args, capture_output=True, check=False)
            if res.returncode:
                raise SystemExit(f"{master}: {res.stderr.decode()[-3000:]}")
            for run in json.loads(res.stdout.decode().strip().splitlines()[-1]):
                run["load"] = f"{load0}->{_load()}"
                if opts.check:
                    run["same_as_local"] = same_output(base, out / f"job{run['job']}")
                report["runs"].append(run)
                print(json.dumps({k: v for k, v in run.items() if k != "stages"}), file=sys.stderr)
    if not opts.keep:
        shutil.rmtree(base, ignore_errors=True)
    return report


def render(report: dict[str, Any]) -> str:
    lines = [f"input: {report['input']}"]
    if "local" in report:
        loc = report["local"]
        lines.append(
            f"redactor run (in-process, 1 worker): {loc['seconds']} s, {loc['records_per_s']} records/s, "
            f"process CPU {loc['process_cpu_s']} s (incl. start-up), load {loc['load']}"
        )
    for r in report["runs"]:
        same = "" if "same_as_local" not in r else f", output same as local: {r['same_as_local']}"
        lines.append(
            f"{r['master']} job {r['job']}: {r['seconds']} s, {r['records_per_s']} records/s; "
            f"CPU s driver {r['driver_cpu_s']}, "
            f"JVM {r['jvm_cpu_s']}, Python workers {r['python_cpu_s']} {r['python_cpu_each']}; load {r['load']}{same}"
        )
        lines.append(f"    JVM threads (CPU s): {r.get('jvm_threads', {})}")
        for s in r["stages"]:
            lines.append(
                f"    stage {s['stage']:>3} {s['name'][:24]:<24} {'py' if s['python'] else '  '} "
                f"wall {s['wall_s']:>6} s  "
                f"tasks {s['tasks']:>3}  max {s['task_max_s']:>6}  mean {s['task_mean_s']:>6}  "
                f"run-sum {s['task_run_sum_s']:>6}  shuffle-w {s['shuffle_write_mb']} MB"
            )
    return "\n".join(lines)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("input", type=Path, help="JSON-lines input (e.g. from scripts/gen_stream.py)")
    ap.add_argument("--masters", default="local[1],local[2]", help="comma-separated Spark masters, run in turn")
    ap.add_argument("--rounds", type=int, default=1, help="rounds over all masters (interleaved)")
    ap.add_argument("--partitions", type=int, help="redaction partitions (default: redactor spark's)")
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--policy", type=Path, default=ROOT / "policies" / "default.yaml")
    ap.add_argument("--keyring", type=Path)
    ap.add_argument("--warmup", type=Path, help="small stream run first in each session (not timed)")
    ap.add_argument("--repeat", type=int, default=1, help="timed jobs per session (the first warms the JVM)")
    ap.add_argument("--conf", action="append", default=[], help="extra Spark setting key=value (repeatable)")
    ap.add_argument("--check", action="store_true", help="also run `redactor run` and compare outputs")
    ap.add_argument("--keep", action="store_true", help="keep the output folders")
    ap.add_argument("--json", type=Path, help="write the report here as JSON")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    opts = parse_args(argv)
    if opts.child:
        print(json.dumps(child(opts)))
        return 0
    report = parent(opts)
    print(render(report))
    if opts.json:
        opts.json.write_text(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
