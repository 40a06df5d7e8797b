"""Archive source (local folder and moto S3) and the S3 sink, with checkpoints."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from typing import Any

import pytest

from redactor.errors import ConfigError
from redactor.io.archives import ArchiveSource
from redactor.io.checkpoint import Checkpoint
from redactor.io.delivery import deliver
from redactor.io.s3 import S3Location, layout_match
from redactor.io.s3_sink import S3Sink, layout_key
from tests.services import MemorySink, s3_bucket, s3_client, stand_in_process, usage_record

__all__ = ["s3_bucket", "s3_client"]  # fixtures used below


@pytest.mark.parametrize(
    ("key", "ok"),
    [
        ("2026/07/08/13/05/0e6f2c1a.json.log.gz", True),  # observed: 5 levels, .json.log.gz
        ("2026/07/13/05/0e6f2c1a.json.gz", True),  # documented: 4 levels, .json.gz
        ("2026/07/08/13/05/0e6f2c1a.json.gz", True),  # 5 levels, .json.gz
        ("2026/07/13/05/0e6f2c1a.json.log.gz", True),  # 4 levels, .json.log.gz
        ("audit/github/2026/07/08/13/05/x.json.log.gz", True),  # under a parent prefix
        ("2026/13/08/13/05/x.json.log.gz", False),  # month 13
        ("2026/07/08/24/05/x.json.log.gz", False),  # hour 24
        ("2026/07/08/13/60/x.json.log.gz", False),  # minute 60
        ("2026/07/08/13/05/x.jsonl.gz", False),  # other extension
        ("2026/07/08/13/05/x.json.log", False),  # not compressed
        ("2026/07/08/x.json.log.gz", False),  # too few levels (YYYY/MM/DD only)
        ("26/07/08/13/05/x.json.log.gz", False),  # two-digit year
    ],
)
def test_layout_match(key: str, ok: bool) -> None:
    assert layout_match(key) is ok


def gz_lines(records: list[dict[str, Any]], extra: bytes = b"") -> bytes:
    return gzip.compress(b"".join(json.dumps(r).encode() + b"\n" for r in records) + extra)


def make_tree(root: Path, objects: dict[str, bytes]) -> None:
    for rel, data in objects.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)


def local_objects() -> dict[str, bytes]:
    return {
        "2026/07/08/13/05/a.json.log.gz": gz_lines([usage_record(i) for i in range(0, 3)]),
        "2026/07/08/13/06/b.json.log.gz": gz_lines([usage_record(i) for i in range(3, 5)]),
        "2026/07/13/07/c.json.gz": gz_lines([usage_record(5)]),  # 4-level prefix
        "README.txt": b"not an archive object",  # ignored: not in the layout
    }


def test_local_folder_reads_all_and_rerun_skips(tmp_path: Path) -> None:
    make_tree(tmp_path / "arc", local_objects())
    ck = Checkpoint(tmp_path / "ck.db")
    sink = MemorySink()
    src = ArchiveSource(str(tmp_path / "arc"), ck, batch_lines=2)
    stats = deliver(src.batches(), stand_in_process, sink)
    assert sorted(sink.records) == [f"evt-{i:06d}" for i in range(6)]
    assert stats.lines == 6
    assert (src.stats.objects_read, src.stats.ignored_layout) == (3, 1)
    # sources are object paths with line numbers within the object
    first = sink.records["evt-000001"]
    assert first.source.endswith("2026/07/08/13/05/a.json.log.gz") and first.line_no == 2
    # rerun: nothing is read again
    again = ArchiveSource(str(tmp_path / "arc"), ck)
    assert list(again.batches()) == []
    assert again.stats.skipped_done == 3
    # a new object appears: only it is read
    make_tree(tmp_path / "arc", {"2026/07/08/14/00/d.json.log.gz": gz_lines([usage_record(9)])})
    sink2 = MemorySink()
    deliver(ArchiveSource(str(tmp_path / "arc"), ck).batches(), stand_in_process, sink2)
    assert list(sink2.records) == ["evt-000009"]


def test_failed_write_leaves_objects_pending(tmp_path: Path) -> None:
    make_tree(tmp_path / "arc", local_objects())
    ck = Checkpoint(tmp_path / "ck.db")
    sink = MemorySink()
    src = ArchiveSource(str(tmp_path / "arc"), ck, batch_lines=3)
    batches = src.batches()
    deliver([next(batches)], stand_in_process, sink)  # lines 0-2: object a complete
    sink.fail_next = 1
    with pytest.raises(OSError, match="sink unavailable"):
        deliver(batches, stand_in_process, sink)
    assert ck.count_done("archive-objects") == 1  # only a; b and c were not stored
    deliver(ArchiveSource(str(tmp_path / "arc"), ck).batches(), stand_in_process, sink)
    assert sorted(sink.records) == [f"evt-{i:06d}" for i in range(6)]
    assert ck.count_done("archive-objects") == 3


def test_corrupt_object_is_quarantined_and_marked_done(tmp_path: Path) -> None:
    good = gz_lines([usage_record(1), usage_record(2)])
    truncated = gz_lines([usage_record(i) for i in range(10, 60)])[:-40]
    make_tree(
        tmp_path / "arc",
        {
            "2026/07/08/13/05/a.json.log.gz": good,
            "2026/07/08/13/06/b.json.log.gz": truncated,
            "2026/07/08/13/07/c.json.log.gz": b"definitely not gzip",
        },
    )
    ck = Checkpoint(tmp_path / "ck.db")
    sink = MemorySink()
    deliver(ArchiveSource(str(tmp_path / "arc"), ck).batches(), stand_in_process, sink)
    reasons = sorted((q.reason, Path(q.source).name) for q in sink.quarantined)
    assert reasons == [
        ("unreadable_object", "b.json.log.gz"),
        ("unreadable_object", "c.json.log.gz"),
    ]
    assert {"evt-000001", "evt-000002"} <= set(sink.records)
    # b's complete lines before the cut were delivered; the entry says where reading stopped
    b_entry = next(q for q in sink.quarantined if q.source.endswith("b.json.log.gz"))
    delivered_b = [k for k, r in sink.records.items() if r.source.endswith("b.json.log.gz")]
    assert b_entry.line_no == len(delivered_b) + 1
    assert ck.count_done("archive-objects") == 3


def test_over_long_line_is_quarantined_not_truncated(tmp_path: Path) -> None:
    big = dict(usage_record(2), body="x" * 5000)
    make_tree(
        tmp_path / "arc",
        {"2026/07/08/13/05/a.json.log.gz": gz_lines([usage_record(1), big, usage_record(3)])},
    )
    sink = MemorySink()
    src = ArchiveSource(str(tmp_path / "arc"), Checkpoint(":memory:"), max_line_bytes=1000)
    deliver(src.batches(), stand_in_process, sink)
    assert sorted(sink.records) == ["evt-000001", "evt-000003"]
    assert [(q.reason, q.line_no) for q in sink.quarantined] == [("line_too_long", 2)]
    assert sink.records["evt-000003"].line_no == 3


def test_bad_locations() -> None:
    with pytest.raises(ConfigError, match="not a folder"):
        ArchiveSource("/nonexistent/folder", Checkpoint(":memory:"))
    with pytest.raises(ConfigError, match="expected s3://bucket"):
        S3Location.parse("s3:///prefix-only")


def test_layout_key() -> None:
    assert layout_key("out", 1_783_494_912_345, "u") == "out/2026/07/08/07/15/u.json.log.gz"
    assert layout_key("", 0, "u") == "1970/01/01/00/00/u.json.log.gz"


# --- real S3 (moto server) -------------------------------------------------------------------
@pytest.mark.services
def test_s3_archive_source_streams_and_checkpoints(s3_bucket: str, s3_client: Any, tmp_path: Path) -> None:
    for rel, data in local_objects().items():
        s3_client.put_object(Bucket=s3_bucket, Key=f"github/{rel}", Body=data)
    s3_client.put_object(
        Bucket=s3_bucket,
        Key="other/2026/07/08/13/05/z.json.log.gz",
        Body=gz_lines([usage_record(99)]),
    )
    ck = Checkpoint(tmp_path / "ck.db")
    sink = MemorySink()
    src = ArchiveSource(f"s3://{s3_bucket}/github/", ck, client=s3_client)
    deliver(src.batches(), stand_in_process, sink)
    assert sorted(sink.records) == [f"evt-{i:06d}" for i in range(6)]  # not other/ and not README
    assert sink.records["evt-000005"].source == f"s3://{s3_bucket}/github/2026/07/13/07/c.json.gz"
    again = ArchiveSource(f"s3://{s3_bucket}/github/", ck, client=s3_client)
    assert list(again.batches()) == []


@pytest.mark.services
def test_s3_sink_writes_layout_readable_by_the_archive_source(s3_bucket: str, s3_client: Any, tmp_path: Path) -> None:
    items = list(
        stand_in_process(
            [
                __import__("redactor.io.base", fromlist=["InputLine"]).InputLine("t", i, json.dumps(usage_record(i)))
                for i in range(1, 5)
            ]
        )
    )
    sink = S3Sink(f"s3://{s3_bucket}/redacted", client=s3_client)
    res = sink.write(items)  # type: ignore[arg-type]
    assert (res.written, res.duplicates) == (4, 0)
    sink.write(items)  # type: ignore[arg-type]  # redelivery of the same batch: same object
    keys = [o["Key"] for o in s3_client.list_objects_v2(Bucket=s3_bucket)["Contents"]]
    assert len(keys) == 1 and layout_match(keys[0]) and keys[0].startswith("redacted/2026/07/08/")
    back = MemorySink()
    deliver(
        ArchiveSource(f"s3://{s3_bucket}/redacted", Checkpoint(":memory:"), client=s3_client).batches(),
        stand_in_process,
        back,
    )
    assert sorted(back.records) == [f"evt-{i:06d}" for i in range(1, 5)]
    assert back.records["evt-000001"].record["body"] == "[stand-in: redacted]"


def test_max_objects_limits_a_run(tmp_path: Path) -> None:
    make_tree(tmp_path / "arc", local_objects())
    ck = Checkpoint(tmp_path / "ck.db")
    sink = MemorySink()
    deliver(ArchiveSource(str(tmp_path / "arc"), ck, max_objects=1).batches(), stand_in_process, sink)
    assert sorted(sink.records) == [f"evt-{i:06d}" for i in range(3)]  # object a only
    deliver(ArchiveSource(str(tmp_path / "arc"), ck).batches(), stand_in_process, sink)
    assert len(sink.records) == 6
