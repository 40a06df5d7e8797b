"""Kafka (and Azure Event Hubs' Kafka endpoint): consume raw records, produce redacted ones.

A consumer group reads the input topic(s) with auto-commit off. For each polled batch the
records are processed, the redacted ones are produced to the output topic (Kafka key = the
record's idempotency key, value = the redacted record as JSON) and quarantine entries to the
quarantine topic; the producer is flushed and every delivery report checked; only then are the
batch's offsets committed. A crash or a failed delivery therefore re-delivers the batch to the
group (at-least-once); downstream dedups by key (or compacts the topic by key). Scale out by
starting more processes with the same group id: partitions are shared among them.

Message locations are ``kafka:<topic>/<partition>`` with the offset as line number.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from redactor.errors import ConfigError, RedactorError
from redactor.io.base import InputLine, Quarantined, Redacted, WriteResult
from redactor.io.delivery import Batch, DeliveryStats, Process, deliver
from redactor.io.record_text import record_json

log = logging.getLogger("redactor.kafka")

JOIN_GRACE_S = 15.0
"""Extra idle allowance before this consumer's first partition assignment."""


class KafkaDeliveryError(RedactorError):
    """The broker did not acknowledge every output message; offsets were not committed."""


@dataclass(frozen=True, slots=True)
class KafkaSettings:
    """Topics, group and knobs.

    Attributes:
        bootstrap: ``host:port[,host:port]``.
        group: Consumer group id (processes sharing it share partitions).
        inputs: Topics with raw records.
        output: Topic for redacted records.
        quarantine: Topic for quarantine entries (locations and reasons, no content).
        batch_max: Messages per processing batch.
        poll_s: Longest wait for a batch.
        flush_timeout_s: Longest wait for the broker to acknowledge a batch's output.
        idle_exit_s: Stop after this long without messages (None: run until stopped).
        consumer: Extra librdkafka consumer settings (e.g. SASL for Event Hubs).
        producer: Extra librdkafka producer settings.
    """

    bootstrap: str
    group: str
    inputs: tuple[str, ...]
    output: str
    quarantine: str
    batch_max: int = 500
    poll_s: float = 1.0
    flush_timeout_s: float = 30.0
    idle_exit_s: float | None = None
    consumer: dict[str, Any] = field(default_factory=dict)
    producer: dict[str, Any] = field(default_factory=dict)

    def consumer_config(self) -> dict[str, Any]:
        return {
            "bootstrap.servers": self.bootstrap,
            "group.id": self.group,
            "enable.auto.commit": False,
            "enable.auto.offset.store": False,
            "auto.offset.reset": "earliest",
            "session.timeout.ms": 6000,
            "heartbeat.interval.ms": 500,
            "partition.assignment.strategy": "cooperative-sticky",
            "fetch.wait.max.ms": 50,  # a batch in hand is processed without waiting to fill up
            **self.consumer,
        }

    def producer_config(self) -> dict[str, Any]:
        return {
            "bootstrap.servers": self.bootstrap,
            "acks": "all",
            "linger.ms": 5,
            "compression.type": "lz4",  # gzip cost 10x more CPU per batch on loopback
            **self.producer,
        }


class KafkaSink:
    """Produces redacted records and quarantine entries; `write` returns once all are acked."""

    def __init__(self, producer: Any, output: str, quarantine: str, *, flush_timeout_s: float = 30.0) -> None:
        self._p = producer
        self.output = output
        self.quarantine_topic = quarantine
        self._timeout = flush_timeout_s

    def _produce_all(self, topic: str, messages: Sequence[tuple[bytes | None, bytes]]) -> None:
        errors: list[str] = []

        def report(err: Any, msg: Any) -> None:
            if err is not None:
                errors.append(str(err.name() if hasattr(err, "name") else err))

        from confluent_kafka import KafkaException

        try:
            for key, value in messages:
                while True:
                    try:
                        self._p.produce(topic, value=value, key=key, on_delivery=report)
                        break
                    except BufferError:  # local queue full: let deliveries drain
                        self._p.poll(0.1)
        except KafkaException as e:
            raise KafkaDeliveryError(f"kafka: producing to {topic} failed ({e.args[0].name()})") from e
        left = self._p.flush(self._timeout)
        if left:
            raise KafkaDeliveryError(f"kafka: {left} message(s) to {topic} not acknowledged in {self._timeout:.0f} s")
        if errors:
            raise KafkaDeliveryError(
                f"kafka: {len(errors)} message(s) to {topic} failed ({', '.join(sorted(set(errors)))})"
            )

    def write(self, items: Sequence[Redacted]) -> WriteResult:
        msgs = [
            (
                it.key.encode(),
                record_json(it.record).encode(),
            )
            for it in items
        ]
        self._produce_all(self.output, msgs)
        return WriteResult(written=len(items))

    def quarantine(self, items: Sequence[Quarantined]) -> None:
        from redactor.io.jsonl import quarantine_json

        self._produce_all(self.quarantine_topic, [(None, quarantine_json(q).encode()) for q in items])

    def close(self) -> None:
        self._p.flush(self._timeout)


class KafkaSource:
    """Batches of consumed messages whose `commit` commits their offsets synchronously."""

    def __init__(
        self,
        consumer: Any,
        settings: KafkaSettings,
        *,
        stop: threading.Event | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._c = consumer
        self.settings = settings
        self._stop = stop or threading.Event()
        self._clock = clock
        self.messages = 0

    def batches(self) -> Iterator[Batch]:
        from confluent_kafka import KafkaError, KafkaException, TopicPartition

        # Idle time counts from the last partition assignment (joining a group takes seconds);
        # a consumer that never gets partitions waits a grace period longer.
        idle_since = self._clock() + JOIN_GRACE_S

        def on_assign(consumer: Any, partitions: list[Any]) -> None:
            nonlocal idle_since
            idle_since = self._clock()

        self._c.subscribe(list(self.settings.inputs), on_assign=on_assign)
        while not self._stop.is_set():
            msgs = self._c.consume(self.settings.batch_max, self.settings.poll_s)
            lines: list[InputLine] = []
            rejected: list[Quarantined] = []
            high: dict[tuple[str, int], int] = {}
            for m in msgs:
                err = m.error()
                if err is not None:
                    if err.code() == KafkaError._PARTITION_EOF:
                        continue
                    if err.fatal() or not err.retriable():
                        raise KafkaDeliveryError(f"kafka: consumer error {err.name()}")
                    log.warning("kafka: transient consumer error %s", err.name())
                    continue
                where = f"kafka:{m.topic()}/{m.partition()}"
                high[(m.topic(), m.partition())] = max(high.get((m.topic(), m.partition()), -1), m.offset())
                value = m.value()
                if value is None or not value.strip():
                    rejected.append(
                        Quarantined(
                            where,
                            m.offset(),
                            "empty_message",
                            f"{where}@{m.offset()}: empty message",
                        )
                    )
                else:
                    lines.append(InputLine(where, m.offset(), value))
            if not high:
                if self.settings.idle_exit_s is not None and self._clock() - idle_since >= self.settings.idle_exit_s:
                    return
                continue
            idle_since = self._clock()
            self.messages += len(lines) + len(rejected)
            offsets = [TopicPartition(t, p, o + 1) for (t, p), o in sorted(high.items())]

            def commit(offsets: list[Any] = offsets) -> None:
                try:
                    self._c.commit(offsets=offsets, asynchronous=False)
                except KafkaException as e:
                    # e.g. the partitions moved to another consumer mid-batch: they will be
                    # delivered again there (duplicates, absorbed by key), never lost.
                    log.warning(
                        "kafka: offset commit failed (%s); batch will be redelivered",
                        e.args[0].name(),
                    )

            yield Batch(lines, rejected, commit)


def run_kafka(
    settings: KafkaSettings,
    process: Process,
    *,
    stop: threading.Event | None = None,
    on_batch: Callable[[DeliveryStats], None] | None = None,
) -> DeliveryStats:
    """Consume, process, produce, commit until `stop` is set (or idle for `idle_exit_s`)."""
    try:
        from confluent_kafka import Consumer, Producer
    except ImportError as e:  # pragma: no cover
        raise ConfigError("kafka needs confluent-kafka (pip install confluent-kafka)") from e
    if not settings.inputs:
        raise ConfigError("kafka: give at least one input topic")
    if settings.output in settings.inputs:
        raise ConfigError(f"kafka: output topic {settings.output!r} is also an input topic")
    consumer = Consumer(settings.consumer_config())
    producer = Producer(settings.producer_config())
    sink = KafkaSink(producer, settings.output, settings.quarantine, flush_timeout_s=settings.flush_timeout_s)
    source = KafkaSource(consumer, settings, stop=stop)
    try:
        return deliver(source.batches(), process, sink, on_batch=on_batch)
    finally:
        try:
            producer.flush(settings.flush_timeout_s)
        finally:
            consumer.close()
