"""Kafka consumer group -> redacted output topic, against a real Kafka-protocol broker (Tansu)."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterable, Sequence
from typing import Any

import pytest

from redactor.io.base import InputLine, Quarantined, Redacted
from redactor.io.kafka import KafkaDeliveryError, KafkaSettings, run_kafka
from tests.services import kafka_bootstrap, stand_in_process, unique, usage_record

__all__ = ["kafka_bootstrap"]

pytestmark = pytest.mark.services


def create_topics(bootstrap: str, *names: str, partitions: int = 2) -> None:
    from confluent_kafka.admin import AdminClient, NewTopic

    admin = AdminClient({"bootstrap.servers": bootstrap})
    for f in admin.create_topics(
        [NewTopic(n, num_partitions=partitions, replication_factor=1) for n in names]
    ).values():
        f.result(10)


def produce(bootstrap: str, topic: str, values: Iterable[bytes | None]) -> None:
    from confluent_kafka import Producer

    p = Producer({"bootstrap.servers": bootstrap, "linger.ms": 5})
    for i, v in enumerate(values):
        p.produce(topic, value=v, key=str(i).encode())
    assert p.flush(10) == 0


def read_all(
    bootstrap: str, topic: str, expected: int, timeout: float = 30, partitions: int = 2
) -> list[Any]:
    from confluent_kafka import OFFSET_BEGINNING, Consumer, TopicPartition

    c = Consumer(
        {"bootstrap.servers": bootstrap, "group.id": unique("reader-"), "enable.auto.commit": False}
    )
    c.assign(
        [TopicPartition(topic, p, OFFSET_BEGINNING) for p in range(partitions)]
    )  # no group join
    out: list[Any] = []
    deadline = time.monotonic() + timeout
    while len(out) < expected and time.monotonic() < deadline:
        for m in c.consume(100, 0.5):
            if m.error() is None:
                out.append(m)
    # a short extra wait: anything beyond `expected` would be a duplicate
    for m in c.consume(100, 0.5):
        if m.error() is None:
            out.append(m)
    c.close()
    return out


def committed(bootstrap: str, group: str, topic: str, partitions: int = 2) -> list[int]:
    from confluent_kafka import Consumer, TopicPartition

    c = Consumer({"bootstrap.servers": bootstrap, "group.id": group})
    offs = c.committed([TopicPartition(topic, p) for p in range(partitions)], timeout=10)
    c.close()
    return [o.offset for o in offs]


def settings(bootstrap: str, inp: str, out: str, group: str, **kw: Any) -> KafkaSettings:
    return KafkaSettings(
        bootstrap=bootstrap,
        group=group,
        inputs=(inp,),
        output=out,
        quarantine=out + "-quarantine",
        idle_exit_s=kw.pop("idle_exit_s", 1.5),
        **kw,
    )


def test_consume_redact_produce_commit(kafka_bootstrap: str) -> None:
    inp, out, group = unique("raw-"), unique("red-"), unique("g-")
    create_topics(kafka_bootstrap, inp, out, out + "-quarantine")
    produce(
        kafka_bootstrap,
        inp,
        [json.dumps(usage_record(i)).encode() for i in range(40)] + [b"{not json", None],
    )
    stats = run_kafka(settings(kafka_bootstrap, inp, out, group), stand_in_process)
    assert (stats.lines, stats.written, stats.quarantined) == (41, 40, 2)
    msgs = read_all(kafka_bootstrap, out, 40)
    assert sorted(m.key().decode() for m in msgs) == [f"evt-{i:06d}" for i in range(40)]
    assert all(json.loads(m.value())["body"] == "[stand-in: redacted]" for m in msgs)
    q = [json.loads(m.value()) for m in read_all(kafka_bootstrap, out + "-quarantine", 2)]
    assert sorted(x["reason"] for x in q) == ["empty_message", "invalid_json"]
    assert all(x["source"].startswith(f"kafka:{inp}/") for x in q)
    assert sum(committed(kafka_bootstrap, group, inp)) == 42  # every offset committed
    # a second run of the same group finds nothing new
    again = run_kafka(settings(kafka_bootstrap, inp, out, group, idle_exit_s=1.0), stand_in_process)
    assert again.lines == 0


class _Oversize:
    """Processing that makes one output too large for the producer (a delivery the broker never acks)."""

    def __call__(self, lines: Sequence[InputLine]) -> Iterable[Redacted | Quarantined]:
        for r in stand_in_process(lines):
            if isinstance(r, Redacted) and r.key == "evt-000003":
                r.record["body"] = "x" * 50_000
            yield r


def test_offsets_are_not_committed_when_output_is_not_acknowledged(kafka_bootstrap: str) -> None:
    inp, out, group = unique("raw-"), unique("red-"), unique("g-")
    create_topics(kafka_bootstrap, inp, out, out + "-quarantine", partitions=1)
    produce(kafka_bootstrap, inp, [json.dumps(usage_record(i)).encode() for i in range(10)])
    bad = settings(kafka_bootstrap, inp, out, group, producer={"message.max.bytes": 20_000})
    with pytest.raises(KafkaDeliveryError, match="MSG_SIZE_TOO_LARGE"):
        run_kafka(bad, _Oversize())
    assert committed(kafka_bootstrap, group, inp, 1) == [
        -1001
    ]  # nothing committed (OFFSET_INVALID)
    # restart with a working output: every record arrives (some possibly twice, never missing)
    run_kafka(settings(kafka_bootstrap, inp, out, group), stand_in_process)
    keys = [m.key().decode() for m in read_all(kafka_bootstrap, out, 10, partitions=1)]
    assert set(keys) == {f"evt-{i:06d}" for i in range(10)}
    assert committed(kafka_bootstrap, group, inp, 1) == [10]


def test_two_consumers_share_the_partitions(kafka_bootstrap: str) -> None:
    inp, out, group = unique("raw-"), unique("red-"), unique("g-")
    create_topics(kafka_bootstrap, inp, out, out + "-quarantine", partitions=2)
    produce(kafka_bootstrap, inp, [json.dumps(usage_record(i)).encode() for i in range(60)])
    seen: list[set[str]] = [set(), set()]

    def worker(n: int) -> None:
        def proc(lines: Sequence[InputLine]) -> Iterable[Redacted | Quarantined]:
            seen[n].update(ln.source for ln in lines)
            return list(stand_in_process(lines))

        run_kafka(settings(kafka_bootstrap, inp, out, group, idle_exit_s=4.0), proc)

    threads = [threading.Thread(target=worker, args=(n,)) for n in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    keys = [m.key().decode() for m in read_all(kafka_bootstrap, out, 60)]
    assert set(keys) == {f"evt-{i:06d}" for i in range(60)}
    assert sum(committed(kafka_bootstrap, group, inp)) == 60
    assert seen[0] | seen[1] == {f"kafka:{inp}/0", f"kafka:{inp}/1"}
