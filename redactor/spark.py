"""The redaction pipeline on Apache Spark, for archives past one machine.

The job gives the same output as `redactor run` over the same files with the same keyring:

1. The driver lists the input files (paths, globs, directories; in `redactor run`'s order) and
   the executors read them line by line exactly as `redactor run` does (`iter_file`: bytes,
   ``.gz``, the same line numbers and read errors), into rows ``(file_idx, source, line_no, raw,
   error, size, key)``, where ``key`` stands for the placeholder scope a line's record falls in
   (the raw ``user_id`` for scope ``user``, ``enterprise_id`` for ``enterprise``, the record key
   for ``record`` and for records without a user id), read from the parsed envelope only (the
   ``body`` string is not decoded). Lines that do not parse get one fixed key.
2. A first, light pass over the input weighs each scope (a keyed digest of its key and its
   bytes; no content, no user id reaches the driver) and plans the partitions: whole scopes,
   heaviest first to the lightest partition (`plan_partitions`). Rows are then routed to their
   planned partition (`Route`) and sorted by input position within it, so each scope's records
   meet in one partition, in input order, and the partitions carry about equal work. (Hashing
   the key instead, a dozen users into two partitions split the work 29/71: the one big
   partition was the job's critical path.)
3. `mapInPandas` runs the same `Pipeline` over each partition: a fresh placeholder vault per
   partition, and one detection engine (the spaCy model) per Python worker process, cached in a
   module global by policy version. Placeholder numbers and propagated values depend only on
   the scope's records in order, hence the same output as a local run. (One caveat: a local
   run keeps propagated values for at most 4096 scopes at a time, least recently used first
   out; with more users interleaved than that, Spark, holding fewer scopes per partition, may
   mask a recurrence the local run had forgotten.)
4. Redacted records are written as JSON lines (ordered by input position: the part files, in
   name order, are the local run's output file) or Parquet; quarantine entries (where and why,
   never content) go to a separate folder. Keys are deduplicated as `redactor run` does (first
   occurrence wins) within a partition; records with the same key and different scope keys are
   not deduplicated (a downstream store is idempotent by key anyway).

Keys: the driver opens the keyring (``REDACTOR_KEYRING_KEY`` or a keyring file) and broadcasts it
(without any KMS client) to the executors; nothing here logs or prints key material. The raw
input crosses the shuffle: on a cluster enable ``spark.io.encryption.enabled`` and
``spark.network.crypto.enabled`` (see docs/spark.md).
"""

from __future__ import annotations

import copy
import functools
import glob
import hashlib
import heapq
import json
import operator
import os
import sys
import time
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from redactor.crypto.keyring import Keyring
from redactor.detect.engine import DetectionEngine
from redactor.errors import ConfigError, RecordError
from redactor.io.base import Dropped, InputLine, Quarantined, Redacted
from redactor.io.record_text import record_json
from redactor.io.sources import expand, iter_file
from redactor.pipeline import Pipeline, build_engine
from redactor.policy.loader import policy_version
from redactor.policy.model import Policy, Scope
from redactor.records import classify, record_key
from redactor.runner import Summary

if TYPE_CHECKING:
    import pandas as pd  # type: ignore[import-untyped]  # no stubs installed
    from pyspark.broadcast import Broadcast  # type: ignore[import-not-found]  # no py.typed
    from pyspark.sql import DataFrame, SparkSession

UNPARSED = "~unparsed"
"""Partition key of lines whose envelope does not parse (they are quarantined anyway)."""

INPUT_SCHEMA = (
    "file_idx int, seq long, source string, line_no long, raw binary, error string, size long, key string, part long"
)
"""``seq``: position in the file (a read error comes last with line number 0, as in `redactor run`);
``part``: the routed partition value (`Route`)."""
RESULT_COLUMNS = (
    "status",  # redacted | duplicate | quarantined | dropped
    "key",  # idempotency key (event_id / _document_id / digest); None when unknown
    "kind",  # usage | audit (redacted rows)
    "record",  # the redacted record as one JSON line, exactly as `redactor run` writes it
    "reason",  # quarantine / drop reason code
    "detail",  # quarantine detail: where and what, never content
    "source",
    "line_no",
    "file_idx",  # input position: file (in listing order) ...
    "seq",  # ... and line within it
    "size",  # input line bytes
    "subject",  # keyed data-subject id
    "enterprise_id",
    "timestamp_ms",
    "entities",  # JSON object: entity type -> spans transformed
)
RESULT_SCHEMA = (
    "status string, key string, kind string, record string, reason string, detail string, source string, "
    "line_no long, file_idx int, seq long, size long, subject string, enterprise_id string, timestamp_ms long, "
    "entities string"
)
FORMATS = ("jsonl", "parquet")
PARTITIONS_PER_CORE = 2
"""Default redaction partitions per default-parallelism slot: balanced, and a few spare so a
mis-weighed partition does not leave a core idle at the end."""


def scope_key(raw: bytes | str, scope: Scope, max_bytes: int) -> str:
    """The partition key of a raw line: records of one placeholder scope always share it.

    It follows `Pipeline`'s scope rule on the raw envelope: ``user:<raw user_id>`` (the pipeline
    scopes by the keyed subject id of that same value; a record without a usable user id is its
    own scope), ``enterprise:<enterprise_id>``, ``record:<record key>``. `UNPARSED` for a line
    that is too large, not UTF-8, not JSON or not a record (the pipeline quarantines those).
    """
    if len(raw) > max_bytes:
        return UNPARSED
    try:
        obj = json.loads(raw)
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        return UNPARSED
    if not isinstance(obj, dict):
        return UNPARSED
    if scope is Scope.ENTERPRISE:
        return f"enterprise:{obj.get('enterprise_id', obj.get('business_id', obj.get('business')))}"
    if scope is Scope.USER:
        user = obj.get("user_id", obj.get("user"))
        if isinstance(user, str | int) and not isinstance(user, bool):
            return f"user:{user}"
    try:
        return f"record:{record_key(obj, classify(obj))}"
    except (RecordError, RecursionError):
        return UNPARSED


def list_inputs(inputs: Sequence[str]) -> list[str]:
    """Paths, globs and directories -> files, in `redactor run`'s order (globs sorted)."""
    out: list[str] = []
    for i in inputs:
        if i == "-":
            raise ConfigError("redactor spark reads files, not standard input (-)")
        if glob.has_magic(i):
            found = sorted(glob.glob(i, recursive=True))
            if not found:
                raise ConfigError(f"{i}: no file matches")
            out.extend(expand(found))
        else:
            out.extend(expand([i]))
    return out


def _keyed_lines(path: str, scope: Scope, max_bytes: int) -> Iterator[tuple[int, InputLine, bytes, str]]:
    """(position, line, raw bytes, scope key) of each line of one input file."""
    for seq, line in enumerate(iter_file(Path(path))):
        raw = line.raw if isinstance(line.raw, bytes) else str(line.raw).encode()
        yield seq, line, raw, UNPARSED if line.error else scope_key(raw, scope, max_bytes)


def key_sizes(item: tuple[int, str], *, scope: Scope, max_bytes: int, salt: bytes) -> Iterator[tuple[int, int]]:
    """(scope digest, line weight) of each line of one input file (runs on an executor; the sizing pass)."""
    for _, _, raw, key in _keyed_lines(item[1], scope, max_bytes):
        yield scope_digest(key, salt), len(raw) + LINE_COST


def read_file(
    item: tuple[int, str], *, scope: Scope, max_bytes: int, route: Broadcast[Route]
) -> Iterator[tuple[Any, ...]]:
    """Rows (`INPUT_SCHEMA`) of one input file (runs on an executor)."""
    file_idx, path = item
    r = route.value
    for seq, line, raw, key in _keyed_lines(path, scope, max_bytes):
        yield (file_idx, seq, line.source, line.line_no, raw, line.error, len(raw), key, r.value(key))


LINE_COST = 512
"""Bytes a line weighs in the partition plan besides its own size (per-record work: parsing, rendering)."""
MAX_PLANNED_KEYS = 200_000
"""Above this many scopes the plan is not collected to the driver: scopes are spread by digest."""


def scope_digest(key: str, salt: bytes) -> int:
    """A 64-bit keyed digest of a scope key: the plan names scopes by it, never by user ids."""
    return int.from_bytes(hashlib.blake2b(key.encode(), digest_size=8, key=salt).digest(), "big")


@dataclass(frozen=True)
class Route:
    """Which partition each scope goes to; broadcast to the readers.

    `values[p]` is a number that Spark's hash partitioning (``pmod(hash(x), n)``) sends to
    partition `p`, so repartitioning by the routed column puts a scope exactly where `plan` says.
    A scope the plan does not name goes to ``digest % n`` (the same on every executor), so a scope
    is never split, whatever the plan holds; the plan only decides the balance.
    """

    plan: dict[int, int] = field(repr=False)  # scope digest -> partition
    values: tuple[int, ...]
    salt: bytes = field(repr=False)

    def value(self, key: str) -> int:
        """The routed column value of scope key `key`."""
        d = scope_digest(key, self.salt)
        p = self.plan.get(d)
        return self.values[d % len(self.values) if p is None else p]


def plan_partitions(sizes: Mapping[int, int], n: int) -> dict[int, int]:
    """Scopes -> partitions ``0..n-1``, balanced by weight (heaviest first to the lightest partition).

    Whole scopes only: a scope heavier than the total over `n` gets a partition of its own and
    sets the job's critical path. Deterministic: ties break by digest.
    """
    loads = [(0, p) for p in range(n)]
    plan: dict[int, int] = {}
    for digest, size in sorted(sizes.items(), key=lambda kv: (-kv[1], kv[0])):
        load, p = heapq.heappop(loads)
        plan[digest] = p
        heapq.heappush(loads, (load + size, p))
    return plan


def plan_route(spark: SparkSession, files: Sequence[str], policy: Policy, n: int, salt: bytes) -> Route:
    """Weigh every scope in one pass over the input (digests and sizes only) and plan `n` partitions."""
    sizer = functools.partial(
        key_sizes, scope=policy.placeholders.scope, max_bytes=policy.limits.max_record_bytes, salt=salt
    )
    sc = spark.sparkContext
    sizes = sc.parallelize(list(enumerate(files)), len(files)).flatMap(sizer).reduceByKey(operator.add)
    got = sizes.take(MAX_PLANNED_KEYS + 1)
    plan = plan_partitions(dict(got), n) if len(got) <= MAX_PLANNED_KEYS else {}
    return Route(plan, hash_values(spark, n), salt)


def hash_values(spark: SparkSession, n: int) -> tuple[int, ...]:
    """For each partition ``p < n``, a long that Spark's hash partitioning into `n` sends to `p`.

    Found with Spark's own ``hash`` (Murmur3, seed 42: the expression `HashPartitioning` uses).
    """
    from pyspark.sql import functions as F

    found: dict[int, int] = {}
    lo, span = 0, 64 * n
    while len(found) < n:  # 64 candidates per partition: one round unless very unlucky
        for r in spark.range(lo, lo + span).select("id", F.expr(f"pmod(hash(id), {n})").alias("p")).collect():
            found.setdefault(int(r["p"]), int(r["id"]))
        lo += span
    return tuple(found[p] for p in range(n))


@dataclass(frozen=True)
class JobSpec:
    """What every partition needs; broadcast once. Holds key material: never log it (its parts'
    reprs hide the keys)."""

    policy: Policy
    keyring: Keyring
    batch_size: int
    now_ms: int


_ENGINES: dict[str, DetectionEngine] = {}
"""One detection engine per Python worker process, by policy version (the model loads once)."""


def engine_for(policy: Policy) -> DetectionEngine:
    version = policy_version(policy)
    engine = _ENGINES.get(version)
    if engine is None:
        _ENGINES.clear()
        engine = _ENGINES[version] = build_engine(policy)
    return engine


def redact_partition(spec_bc: Broadcast[JobSpec], batches: Iterator[pd.DataFrame]) -> Iterator[pd.DataFrame]:
    """The `mapInPandas` function: one partition's rows (in input order) -> result rows."""
    import pandas as pd

    pipeline: Pipeline | None = None  # built on the first batch: an empty partition loads no model
    seen: set[str] = set()
    for pdf in batches:
        if pipeline is None:
            spec = spec_bc.value
            pipeline = Pipeline(
                spec.policy,
                key=spec.keyring.hmac_key("pseudonym")[1],
                engine=engine_for(spec.policy),
                subject_of=spec.keyring.subject_id,
                keyring=spec.keyring,
                now_ms=functools.partial(int, spec.now_ms),
                batch_size=spec.batch_size,
            )
        lines = [
            InputLine(src, int(n), bytes(raw), err if isinstance(err, str) else None)
            for src, n, raw, err in zip(pdf["source"], pdf["line_no"], pdf["raw"], pdf["error"], strict=True)
        ]
        pos = list(zip(pdf["file_idx"], pdf["seq"], pdf["size"], strict=True))
        results = zip(pipeline.process(lines), pos, strict=True)
        rows = [_row(r, (int(f), int(q), int(b)), seen) for r, (f, q, b) in results]
        out = pd.DataFrame(rows, columns=list(RESULT_COLUMNS))
        for col in ("line_no", "seq", "size", "timestamp_ms"):
            out[col] = out[col].astype("Int64")
        out["file_idx"] = out["file_idx"].astype("Int32")
        yield out


def _row(r: Redacted | Quarantined | Dropped, pos: tuple[int, int, int], seen: set[str]) -> tuple[Any, ...]:
    """One result row (`RESULT_COLUMNS`); `pos` is (file_idx, seq, size)."""
    if isinstance(r, Redacted):
        status = "duplicate" if r.key in seen else "redacted"
        seen.add(r.key)
        return (
            status, r.key, r.kind, record_json(r.record, separators=None), None, None, r.source, r.line_no,
            *pos, r.subject, r.enterprise_id, r.timestamp_ms, json.dumps(dict(sorted(r.entities.items()))),
        )  # fmt: skip
    if isinstance(r, Quarantined):
        return ("quarantined", r.key, None, None, r.reason, r.detail, r.source, r.line_no,
                *pos, None, None, None, None)  # fmt: skip
    return ("dropped", r.key, None, None, r.reason, None, r.source, r.line_no, *pos, None, None, None, None)


def session(
    master: str | None = None, app_name: str = "redactor", conf: Mapping[str, str] | None = None
) -> SparkSession:
    """A Spark session; for ``local[...]`` masters, loopback only, no UI, this Python for workers.

    Under ``spark-submit`` (no `master`) the cluster's settings apply unchanged. `conf`: extra
    settings (e.g. an event log for scripts/spark_bench.py), applied last.
    """
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName(app_name)
    if master is not None:
        builder = builder.master(master)
    if master is not None and master.startswith("local"):
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        builder = (
            builder.config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            # raw lines cross the shuffle: encrypted on disk and on the (loopback) wire
            .config("spark.io.encryption.enabled", "true")
            .config("spark.authenticate", "true")
            .config("spark.network.crypto.enabled", "true")
        )
    for k, v in (conf or {}).items():
        builder = builder.config(k, v)
    return builder.getOrCreate()


def routed_input(
    spark: SparkSession, files: Sequence[str], policy: Policy, n: int, salt: bytes | None = None
) -> DataFrame:
    """The input rows (`INPUT_SCHEMA`) in `n` partitions, every scope whole in the one `plan_route` chose.

    Runs one eager job first (`plan_route`: a pass over the input that weighs each scope) so the
    partitions get about equal work; `salt` keys the scope digests of the plan (default: 16
    random bytes). Lazy after that, like any DataFrame.
    """
    if not files:
        raise ConfigError("no input files")
    sc = spark.sparkContext
    route = sc.broadcast(plan_route(spark, files, policy, n, os.urandom(16) if salt is None else salt))
    reader = functools.partial(
        read_file, scope=policy.placeholders.scope, max_bytes=policy.limits.max_record_bytes, route=route
    )
    rows = sc.parallelize(list(enumerate(files)), len(files)).flatMap(reader)
    return spark.createDataFrame(rows, INPUT_SCHEMA).repartition(n, "part")


def redact_frame(
    spark: SparkSession,
    files: Sequence[str],
    policy: Policy,
    keyring: Keyring,
    *,
    now_ms: int,
    partitions: int | None = None,
    batch_size: int = 64,
) -> DataFrame:
    """The result rows (`RESULT_SCHEMA`) of redacting `files`; lazy, like any DataFrame.

    `partitions` defaults to `PARTITIONS_PER_CORE` times the default parallelism; each is
    balanced by `routed_input` (one eager sizing pass over the input).
    """
    if not files:
        raise ConfigError("no input files")
    sc = spark.sparkContext
    ring = copy.copy(keyring)
    ring.kms = None  # a KMS client does not travel; the keys are already unwrapped
    spec_bc = sc.broadcast(JobSpec(policy, ring, batch_size, now_ms))
    # Arrow batches handed to a partition: bounded, so a worker holds few raw lines at a time
    spark.conf.set("spark.sql.execution.arrow.maxRecordsPerBatch", str(max(batch_size * 4, 64)))
    n = partitions or PARTITIONS_PER_CORE * sc.defaultParallelism
    return (
        routed_input(spark, files, policy, n)
        .sortWithinPartitions("file_idx", "seq")
        .mapInPandas(functools.partial(redact_partition, spec_bc), RESULT_SCHEMA)
    )


def summarize(results: DataFrame, seconds: float) -> Summary:
    """The run summary (counts only), in `redactor run`'s terms."""
    from pyspark.sql import functions as F

    s = Summary(seconds=seconds)
    for row in results.groupBy("status", "reason").agg(F.count("*").alias("n"), F.sum("size").alias("b")).collect():
        n = int(row["n"])
        s.read += n
        s.bytes_read += int(row["b"] or 0)
        if row["status"] == "redacted":
            s.written += n
        elif row["status"] == "duplicate":
            s.duplicates += n
        elif row["status"] == "quarantined":
            s.quarantined[row["reason"]] += n
        else:
            s.dropped[row["reason"]] += n
    ents = (
        results.where(F.col("status").isin("redacted", "duplicate"))
        .select(F.explode(F.from_json("entities", "map<string,long>")))
        .groupBy("key")
        .agg(F.sum("value").alias("n"))
        .collect()
    )
    s.entities = Counter({r["key"]: int(r["n"]) for r in ents})
    return s


def run_job(
    spark: SparkSession,
    inputs: Sequence[str],
    policy: Policy,
    keyring: Keyring,
    out_dir: str,
    *,
    now_ms: int,
    partitions: int | None = None,
    batch_size: int = 64,
    fmt: str = "jsonl",
    ordered: bool = True,
    overwrite: bool = False,
    clock: Any = time.monotonic,
) -> Summary:
    """Redact `inputs` into `out_dir`/redacted and `out_dir`/quarantine; return the summary.

    Args:
        spark: the session (`session()` locally; spark-submit's on a cluster).
        inputs: files, globs, directories (local or any shared filesystem the executors see).
        policy: the validated policy.
        keyring: the keyring (pseudonym, subject and, for encrypting policies, kek keys).
        out_dir: output folder (created; must not exist unless `overwrite`).
        now_ms: the job's clock (epoch ms) for retention stamping and data-key periods; one value
            for the whole job so every executor agrees.
        partitions: redaction partitions (default: `PARTITIONS_PER_CORE` x the default parallelism).
        batch_size: lines per detection batch inside a partition.
        fmt: ``jsonl`` (one record per line, `redactor run`'s bytes) or ``parquet`` (all columns).
        ordered: sort the output by input position (one more shuffle; the part files concatenate
            to the local run's output file).
        overwrite: replace an existing output folder.
    """
    if fmt not in FORMATS:
        raise ConfigError(f"format must be one of {', '.join(FORMATS)} (got {fmt!r})")
    files = list_inputs(inputs)
    if "://" not in out_dir and not overwrite:
        for sub in ("redacted", "quarantine"):
            if Path(out_dir, sub).exists():
                raise ConfigError(f"{Path(out_dir, sub)}: already exists; choose another folder or use --overwrite")
    start = clock()
    results = redact_frame(spark, files, policy, keyring, now_ms=now_ms, partitions=partitions, batch_size=batch_size)
    from pyspark import StorageLevel
    from pyspark.sql import functions as F

    results = results.persist(StorageLevel.MEMORY_AND_DISK)  # detection runs once for all outputs
    try:
        mode = "overwrite" if overwrite else "errorifexists"
        good = results.where(F.col("status") == "redacted")
        if ordered:
            good = good.orderBy("file_idx", "seq")
        if fmt == "jsonl":
            good.select("record").write.mode(mode).text(f"{out_dir}/redacted")
        else:
            good.drop("status", "reason", "detail", "seq").write.mode(mode).parquet(f"{out_dir}/redacted")
        bad = results.where(F.col("status") == "quarantined").orderBy("file_idx", "seq")
        bad.select("source", F.col("line_no").alias("line"), "reason", "detail", "key").write.mode(mode).option(
            "ignoreNullFields", "false"
        ).json(f"{out_dir}/quarantine")
        return summarize(results, clock() - start)
    finally:
        results.unpersist()


if __name__ == "__main__":  # spark-submit .../redactor/spark.py INPUTS... -p POLICY -o OUT
    from redactor.cli import main

    main(["spark", *sys.argv[1:]])
