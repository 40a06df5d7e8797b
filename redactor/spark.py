"""The redaction pipeline on Apache Spark, for archives past one machine.

The job gives the same output as `redactor run` over the same files with the same keyring:

1. The driver lists the input files (paths, globs, directories; in `redactor run`'s order) and
   the executors read them line by line exactly as `redactor run` does (`iter_file`: bytes,
   ``.gz``, the same line numbers and read errors), into rows ``(file_idx, source, line_no, raw,
   error, size, key)``, where ``key`` stands for the placeholder scope a line's record falls in
   (the raw ``user_id`` for scope ``user``, ``enterprise_id`` for ``enterprise``, the record key
   for ``record`` and for records without a user id), read from the parsed envelope only (the
   ``body`` string is not decoded). Lines that do not parse get one fixed key.
2. Rows are hash-partitioned by that key and sorted by input position within each partition, so
   each scope's records meet in one partition, in input order.
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
import json
import os
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from redactor.crypto.keyring import Keyring
from redactor.detect.engine import DetectionEngine
from redactor.errors import ConfigError, RecordError
from redactor.io.base import Dropped, InputLine, Quarantined, Redacted
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

INPUT_SCHEMA = "file_idx int, seq long, source string, line_no long, raw binary, error string, size long, key string"
"""``seq``: position in the file (a read error comes last with line number 0, as in `redactor run`)."""
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


def read_file(item: tuple[int, str], *, scope: Scope, max_bytes: int) -> Iterator[tuple[Any, ...]]:
    """Rows of one input file (runs on an executor)."""
    file_idx, path = item
    for seq, line in enumerate(iter_file(Path(path))):
        raw = line.raw if isinstance(line.raw, bytes) else str(line.raw).encode()
        key = UNPARSED if line.error else scope_key(raw, scope, max_bytes)
        yield (file_idx, seq, line.source, line.line_no, raw, line.error, len(raw), key)


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
            status, r.key, r.kind, json.dumps(r.record, ensure_ascii=False), None, None, r.source, r.line_no,
            *pos, r.subject, r.enterprise_id, r.timestamp_ms, json.dumps(dict(sorted(r.entities.items()))),
        )  # fmt: skip
    if isinstance(r, Quarantined):
        return ("quarantined", r.key, None, None, r.reason, r.detail, r.source, r.line_no,
                *pos, None, None, None, None)  # fmt: skip
    return ("dropped", r.key, None, None, r.reason, None, r.source, r.line_no, *pos, None, None, None, None)


def session(master: str | None = None, app_name: str = "redactor") -> SparkSession:
    """A Spark session; for ``local[...]`` masters, loopback only, no UI, this Python for workers.

    Under ``spark-submit`` (no `master`) the cluster's settings apply unchanged.
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
    return builder.getOrCreate()


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
    """The result rows (`RESULT_SCHEMA`) of redacting `files`; lazy, like any DataFrame."""
    if not files:
        raise ConfigError("no input files")
    sc = spark.sparkContext
    ring = copy.copy(keyring)
    ring.kms = None  # a KMS client does not travel; the keys are already unwrapped
    spec_bc = sc.broadcast(JobSpec(policy, ring, batch_size, now_ms))
    # Arrow batches handed to a partition: bounded, so a worker holds few raw lines at a time
    spark.conf.set("spark.sql.execution.arrow.maxRecordsPerBatch", str(max(batch_size * 4, 64)))
    reader = functools.partial(read_file, scope=policy.placeholders.scope, max_bytes=policy.limits.max_record_bytes)
    rows = sc.parallelize(list(enumerate(files)), len(files)).flatMap(reader)
    df = spark.createDataFrame(rows, INPUT_SCHEMA)
    n = partitions or sc.defaultParallelism
    return (
        df.repartition(n, "key")
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
        partitions: shuffle partitions (default: the cluster's default parallelism).
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
