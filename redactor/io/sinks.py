"""Sink registry: an output URI -> a `Sink`. One line per scheme; transports add theirs here.

- ``sqlite:///path.db`` (default ``sqlite:///redactor.db``): the embedded store.
- ``jsonl:///path``: JSON lines appended to a file.
- ``-``: JSON lines on standard output.
- ``postgresql://`` / ``postgres://``: PostgreSQL (redactor.io.postgres).
- ``s3://bucket/prefix``: gzip JSON lines in the streaming layout (redactor.io.s3_sink).
- ``http(s)://...``: forward to HEC or a webhook with a disk spool (redactor.io.http_forward).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from redactor.errors import ConfigError
from redactor.io.base import Sink

DEFAULT_OUTPUT = "sqlite:///redactor.db"


@dataclass(frozen=True)
class SinkOptions:
    policy_version: str | None = None


Factory = Callable[[str, SinkOptions], Sink]


def _sqlite(uri: str, opts: SinkOptions) -> Sink:
    from redactor.io.sqlite_store import SQLiteStore

    return SQLiteStore(path_of(uri), policy_version=opts.policy_version)


def _jsonl(uri: str, opts: SinkOptions) -> Sink:
    from redactor.io.jsonl import JsonlSink

    return JsonlSink.to_path(path_of(uri))


def _transport(module: str, name: str) -> Factory:
    """A factory from redactor.io.<module> imported on first use (psycopg/boto3 load lazily)."""

    def factory(uri: str, opts: SinkOptions) -> Sink:
        import importlib

        return getattr(importlib.import_module(f"redactor.io.{module}"), name)(uri, opts)  # type: ignore[no-any-return]

    return factory


REGISTRY: dict[str, Factory] = {
    "sqlite": _sqlite,
    "jsonl": _jsonl,
    "postgresql": _transport("postgres", "open_postgres_sink"),
    "postgres": _transport("postgres", "open_postgres_sink"),
    "s3": _transport("s3_sink", "open_s3_sink"),
    "http": _transport("http_forward", "open_http_sink"),
    "https": _transport("http_forward", "open_http_sink"),
}


def path_of(uri: str) -> str:
    """``sqlite:///rel/x.db`` -> ``rel/x.db``; ``sqlite:////abs/x.db`` -> ``/abs/x.db``."""
    rest = uri.split("://", 1)[1]
    if not rest.startswith("/"):
        raise ConfigError(f"{uri}: expected SCHEME:///path (three slashes)")
    path = rest[1:]
    if not path:
        raise ConfigError(f"{uri}: no path given")
    return path


def open_sink(uri: str, **options: Any) -> Sink:
    """Open the sink an output URI names. Raises ConfigError listing the known schemes."""
    opts = SinkOptions(**options)
    if uri == "-":
        from redactor.io.jsonl import JsonlSink

        return JsonlSink.stdout()
    scheme = urlsplit(uri).scheme
    factory = REGISTRY.get(scheme)
    if factory is None:
        known = ", ".join(f"{s}://" for s in sorted(REGISTRY))
        raise ConfigError(f"{uri}: unknown output; use one of {known} or - for stdout")
    return factory(uri, opts)
