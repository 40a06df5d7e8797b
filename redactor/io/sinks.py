"""Sink registry: an output URI -> a `Sink`. One line per scheme; transports add theirs here.

- ``sqlite:///path.db`` (default ``sqlite:///redactor.db``): the embedded store.
- ``jsonl:///path``: JSON lines appended to a file.
- ``-``: JSON lines on standard output.
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


REGISTRY: dict[str, Factory] = {
    "sqlite": _sqlite,
    "jsonl": _jsonl,
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
