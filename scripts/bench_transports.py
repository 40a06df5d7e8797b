#!/usr/bin/env python3
"""Measure throughput per transport and per sink on loopback (numbers for docs/transports.md).

Data: a deterministic realistic stream from scripts/gen_stream.py. Each source is measured
twice: with a parse-only step (the transport's own ceiling) and with the real pipeline
(policies/default.yaml; --ner to include the spaCy model). Sinks are measured writing the
pipeline's redacted output in batches of 256. Services are used when their variables are set
(S3_ENDPOINT, KAFKA_BOOTSTRAP, PG_DSN; see scripts/services.sh).

Usage: python scripts/bench_transports.py --records 2000 [--ner]
"""

from __future__ import annotations

import argparse
import gzip
import http.client
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from redactor.io.archives import ArchiveSource  # noqa: E402
from redactor.io.base import InputLine, Quarantined, Redacted, WriteResult  # noqa: E402
from redactor.io.checkpoint import Checkpoint  # noqa: E402
from redactor.io.delivery import Process, Result, deliver  # noqa: E402
from redactor.io.hec import TokenSet  # noqa: E402
from redactor.io.hec_server import HecReceiver, HecSettings, running  # noqa: E402
from redactor.secret import SecretBytes  # noqa: E402

Row = tuple[str, str, int, float, str]


class NullSink:
    def __init__(self) -> None:
        self.n = 0
        self.items: list[Redacted] = []

    def write(self, items: Sequence[Redacted]) -> WriteResult:
        self.n += len(items)
        self.items.extend(items)
        return WriteResult(written=len(items))

    def quarantine(self, items: Sequence[Quarantined]) -> None:
        self.n += len(items)

    def close(self) -> None:
        pass


def parse_only(lines: Sequence[InputLine]) -> Iterable[Result]:
    """The transport ceiling: parse each line, nothing else."""
    out: list[Result] = []
    for ln in lines:
        try:
            obj = ln.raw if isinstance(ln.raw, dict) else json.loads(ln.raw)
            key = str(obj.get("event_id") or obj.get("_document_id") or f"{ln.source}:{ln.line_no}")
            out.append(Redacted(key, "x", obj, ln.source, ln.line_no))
        except (ValueError, AttributeError):
            out.append(Quarantined(ln.source, ln.line_no, "invalid_json", "x"))
    return out


def make_pipeline(ner: bool) -> Process:
    from redactor.pipeline import Pipeline
    from redactor.policy import parse_policy

    text = (ROOT / "policies" / "default.yaml").read_text()
    if not ner:
        text = text.replace("  ner: true", "  ner: false")
    pipe = Pipeline(parse_policy(text), key=SecretBytes(b"b" * 32), batch_size=64)
    return pipe.process


def timed(fn: Callable[[], int]) -> tuple[int, float]:
    t = time.perf_counter()
    n = fn()
    return n, time.perf_counter() - t


def bench_archives(lines: list[str], process: Process, location: str, client: Any = None) -> int:
    sink = NullSink()
    src = ArchiveSource(location, Checkpoint(":memory:"), client=client, batch_lines=256)
    deliver(src.batches(), process, sink)
    return sink.n


def write_layout(lines: list[str], per_object: int, put: Callable[[str, bytes], None]) -> None:
    for i in range(0, len(lines), per_object):
        key = f"2026/07/08/13/{(i // per_object) % 60:02d}/{uuid.uuid4()}.json.log.gz"
        put(key, gzip.compress(("\n".join(lines[i : i + per_object]) + "\n").encode()))


def bench_hec(lines: list[str], process: Process, clients: int = 2, per_request: int = 100) -> int:
    sink = NullSink()
    receiver = HecReceiver(TokenSet.from_text("t"), process, sink, HecSettings(batch_events=256))

    def envelope(ln: str) -> str:
        try:
            obj = json.loads(ln)
        except ValueError:
            obj = None
        if not isinstance(obj, dict):  # malformed lines travel as string events (quarantined later)
            return json.dumps({"event": ln})
        return '{"event":' + ln + "}"

    bodies = [
        gzip.compress("".join(envelope(ln) for ln in lines[i : i + per_request]).encode())
        for i in range(0, len(lines), per_request)
    ]
    with running(receiver) as srv:

        def client(part: list[bytes]) -> None:
            conn = http.client.HTTPConnection("127.0.0.1", srv.port, timeout=300)
            for b in part:
                conn.request(
                    "POST",
                    "/services/collector",
                    body=b,
                    headers={"Authorization": "Splunk t", "Content-Encoding": "gzip"},
                )
                resp = conn.getresponse()
                resp.read()
                assert resp.status == 200, resp.status
            conn.close()

        threads = [threading.Thread(target=client, args=(bodies[i::clients],)) for i in range(clients)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    return sink.n


def bench_kafka(lines: list[str], process: Process, bootstrap: str) -> tuple[int, float]:
    from confluent_kafka import Producer
    from confluent_kafka.admin import AdminClient, NewTopic

    from redactor.io.kafka import KafkaSettings, run_kafka

    tag = uuid.uuid4().hex[:8]
    inp, out = f"bench-in-{tag}", f"bench-out-{tag}"
    admin = AdminClient({"bootstrap.servers": bootstrap})
    for f in admin.create_topics(
        [NewTopic(t, num_partitions=2, replication_factor=1) for t in (inp, out, out + "-q")]
    ).values():
        f.result(10)
    p = Producer({"bootstrap.servers": bootstrap, "linger.ms": 5})
    for ln in lines:
        p.produce(inp, value=ln.encode())
    p.flush(30)
    marks: list[float] = []
    total = [0]

    def on_batch(s: Any) -> None:
        marks.append(time.perf_counter())
        total[0] += s.lines

    first = [0.0]
    orig = process

    def proc(batch: Sequence[InputLine]) -> Iterable[Result]:
        if not first[0]:
            first[0] = time.perf_counter()
        return orig(batch)

    run_kafka(
        KafkaSettings(
            bootstrap=bootstrap,
            group=f"bench-{tag}",
            inputs=(inp,),
            output=out,
            quarantine=out + "-q",
            idle_exit_s=2.0,
            batch_max=256,
        ),
        proc,
        on_batch=on_batch,
    )
    return total[0], marks[-1] - first[0]  # from the first batch in hand (group join excluded)


def bench_github(n_records: int) -> tuple[int, float, int]:
    sys.path.insert(0, str(ROOT / "tests"))
    from fake_github import FakeGitHub  # type: ignore[import-not-found]

    from redactor.io.github_rest import GitHubPuller, UsageRecordsClient

    now = int(time.time() * 1000)
    fake = FakeGitHub("tok", now_ms=lambda: now)
    fake.emu["acme"] = [
        {
            "event_id": f"e{i}",
            "@timestamp": now - 1000 + i,
            "type": "request",
            "body": "{}",
            "endpoint": "/chat/completions",
        }
        for i in range(n_records)
    ]
    client = UsageRecordsClient("acme", SecretBytes(b"tok"), fake.url)
    puller = GitHubPuller(client, Checkpoint(":memory:"), now_ms=lambda: now)
    sink = NullSink()
    t = time.perf_counter()
    deliver(puller.batches(), parse_only, sink)
    dt = time.perf_counter() - t
    fake.close()
    return sink.n, dt, client.requests


def bench_sink(name: str, sink: Any, items: list[Redacted], batch: int = 256) -> Row:
    t = time.perf_counter()
    for i in range(0, len(items), batch):
        sink.write(items[i : i + batch])
    dt = time.perf_counter() - t
    sink.close()
    return ("sink", name, len(items), dt, f"batches of {batch}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--records", type=int, default=2000)
    ap.add_argument("--ner", action="store_true", help="include the spaCy model in the pipeline")
    opts = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-"))
    stream = tmp / "stream.jsonl"
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "gen_stream.py"),
            "--records",
            str(opts.records),
            "--seed",
            "7",
            "--out",
            str(stream),
        ],
        check=True,
        capture_output=True,
    )
    lines = [ln for ln in stream.read_text().splitlines() if ln.strip()]
    mb = sum(len(ln) for ln in lines) / 1e6
    print(
        f"data: {len(lines)} lines, {mb:.1f} MB, mean {mb * 1e6 / len(lines) / 1024:.1f} KiB/line (gen_stream seed 7)"
    )
    rows: list[Row] = []
    label = "pipeline (NER on)" if opts.ner else "pipeline (NER off)"

    def fresh() -> Process:
        # a new pipeline per measurement: its detection cache must not carry over between runs
        return make_pipeline(opts.ner)

    modes: list[tuple[str, Callable[[], Process]]] = [("parse only", lambda: parse_only), (label, fresh)]

    arc = tmp / "arc"

    def put_local(key: str, data: bytes) -> None:
        p = arc / key
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)

    write_layout(lines, 200, put_local)
    for mode, make in modes:
        proc = make()
        n, dt = timed(lambda proc=proc: bench_archives(lines, proc, str(arc)))
        rows.append(("archives (folder)", mode, n, dt, "objects of 200 lines"))
    s3 = os.environ.get("S3_ENDPOINT")
    if s3:
        import boto3

        client = boto3.client("s3", endpoint_url=s3, region_name="us-east-1")
        bucket = f"bench-{uuid.uuid4().hex[:8]}"
        client.create_bucket(Bucket=bucket)
        write_layout(lines, 200, lambda k, d: client.put_object(Bucket=bucket, Key=f"gh/{k}", Body=d))
        for mode, make in modes:
            proc = make()
            n, dt = timed(lambda proc=proc: bench_archives(lines, proc, f"s3://{bucket}/gh", client))
            rows.append(("archives (s3, moto)", mode, n, dt, "objects of 200 lines"))
    for mode, make in modes:
        proc = make()
        n, dt = timed(lambda proc=proc: bench_hec(lines, proc))
        rows.append(("HEC receiver", mode, n, dt, "2 clients, 100 events/request, gzip"))
    kb = os.environ.get("KAFKA_BOOTSTRAP")
    if kb:
        for mode, make in modes:
            n, dt = bench_kafka(lines, make(), kb)
            rows.append(("Kafka (Tansu)", mode, n, dt, "2 partitions, batches of 256, after group join"))
    n, dt, reqs = bench_github(2500)
    rows.append(("GitHub REST (loopback fake)", "parse only", n, dt, f"{reqs} requests of 25"))

    redacted = NullSink()
    deliver(
        [
            __import__("redactor.io.delivery", fromlist=["Batch"]).Batch(
                [InputLine("b", i, ln) for i, ln in enumerate(lines, 1)]
            )
        ],
        fresh(),
        redacted,
    )
    items = redacted.items
    from redactor.io.sqlite_store import SQLiteStore

    rows.append(bench_sink("sqlite (file)", SQLiteStore(tmp / "s.db"), items))
    if os.environ.get("PG_DSN"):
        import psycopg

        from redactor.io.postgres import PostgresSink

        schema = f"bench_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(os.environ["PG_DSN"], autocommit=True) as c:
            c.execute(f"CREATE SCHEMA {schema}")
        rows.append(
            bench_sink("postgresql", PostgresSink(f"{os.environ['PG_DSN']} options=-csearch_path={schema}"), items)
        )
        with psycopg.connect(os.environ["PG_DSN"], autocommit=True) as c:
            c.execute(f"DROP SCHEMA {schema} CASCADE")
    if s3:
        from redactor.io.s3_sink import S3Sink

        rows.append(bench_sink("s3 (moto)", S3Sink(f"s3://{bucket}/out", client=client), items))
    from redactor.io.http_forward import HttpForwardSink

    fwd_store = NullSink()
    receiver = HecReceiver(TokenSet.from_text("t"), parse_only, fwd_store)
    with running(receiver) as srv:
        rows.append(
            bench_sink(
                "http forward -> HEC",
                HttpForwardSink(
                    f"http://127.0.0.1:{srv.port}/services/collector", tmp / "spool", token=SecretBytes(b"t")
                ),
                items,
            )
        )

    print("\n| transport | processing | records | seconds | records/s | notes |")
    print("|---|---|---:|---:|---:|---|")
    for name, mode, n, dt, notes in rows:
        print(f"| {name} | {mode} | {n} | {dt:.2f} | {n / dt:,.0f} | {notes} |")


if __name__ == "__main__":
    main()
