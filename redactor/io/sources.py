"""Input sources for `redactor run`: files (also .gz), directories, and standard input.

Lines are read as a stream (constant memory per line) and numbered from 1 per source.
`batches()` groups lines for the pipeline without waiting on a slow source: a batch is whatever
has arrived, up to its size, so a stdin filter answers each record as soon as it is read.
"""

from __future__ import annotations

import gzip
import os
import queue
import sys
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from redactor.errors import ConfigError
from redactor.io.base import InputLine

SUFFIXES = (".jsonl", ".json", ".ndjson", ".log", ".gz")


def _open(path: Path) -> IO[bytes] | gzip.GzipFile:
    if path.name.endswith(".gz"):
        return gzip.GzipFile(path, "rb")
    return path.open("rb")


def iter_file(path: Path, source: str | None = None) -> Iterator[InputLine]:
    name = source or str(path)
    try:
        with _open(path) as fh:
            for n, raw in enumerate(fh, 1):
                yield InputLine(name, n, raw.rstrip(b"\r\n"))
    except (OSError, EOFError, gzip.BadGzipFile) as e:  # a truncated .gz ends the file, not the run
        yield InputLine(name, 0, b"", error=f"cannot read the rest of the file ({type(e).__name__})")


def expand(inputs: Iterable[str]) -> list[str]:
    """Files and directories (recursively, sorted) and '-' for stdin, checked up front."""
    out: list[str] = []
    for i in inputs:
        if i == "-":
            out.append(i)
            continue
        p = Path(i)
        if p.is_dir():
            files = sorted(str(f) for f in p.rglob("*") if f.is_file() and f.name.endswith(SUFFIXES))
            if not files:
                raise ConfigError(f"{i}: directory holds no .jsonl/.json/.log/.gz files")
            out.extend(files)
        elif p.is_file():
            out.append(str(p))
        else:
            raise ConfigError(f"{i}: no such file or directory")
    return out


def iter_inputs(inputs: Iterable[str], stdin: IO[bytes] | None = None) -> Iterator[InputLine]:
    for i in inputs:
        if i == "-":
            fh = stdin or sys.stdin.buffer
            for n, raw in enumerate(_fd_lines(fh), 1):
                yield InputLine("stdin", n, raw.rstrip(b"\r"))
        else:
            yield from iter_file(Path(i))


def _fd_lines(fh: IO[bytes], chunk: int = 1 << 16) -> Iterator[bytes]:
    """Lines from a stream's file descriptor with plain `os.read` calls.

    Not through the buffered reader: a reader thread blocked in it holds its lock, and the
    interpreter aborts at exit when it cannot take that lock (a stdin filter stopped by SIGTERM).
    """
    try:
        fd = fh.fileno()
    except (AttributeError, OSError, ValueError):  # in-memory streams (tests)
        yield from (line.rstrip(b"\n") for line in fh)
        return
    buf = bytearray()
    while True:
        data = os.read(fd, chunk)
        if not data:
            break
        start = len(buf)
        buf += data
        cut = 0
        while (nl := buf.find(b"\n", max(start, cut))) >= 0:
            yield bytes(buf[cut:nl])
            cut = nl + 1
            start = cut
        if cut:
            del buf[:cut]
    if buf:
        yield bytes(buf)


_END = object()


def batches(
    lines: Iterable[InputLine], size: int, stop: threading.Event | None = None
) -> Iterator[list[InputLine]]:
    """Group lines into batches of at most `size`, never waiting for a batch to fill.

    A reader thread feeds a bounded queue; each batch is the next line (waited for) plus
    whatever else is already queued. Setting `stop` (e.g. on SIGTERM) ends the batches after
    the lines already handed out; a reader blocked on a silent source does not delay it.
    """
    q: queue.Queue[object] = queue.Queue(maxsize=size * 4)
    error: list[BaseException] = []

    def feed() -> None:
        try:
            for line in lines:
                q.put(line)
        except BaseException as e:  # re-raised in the consumer
            error.append(e)
        finally:
            q.put(_END)

    t = threading.Thread(target=feed, name="redactor-reader", daemon=True)
    t.start()
    done = False
    while not done:
        try:
            item = q.get(timeout=0.1)
        except queue.Empty:
            if stop is not None and stop.is_set():
                return
            continue
        if item is _END:
            break
        batch = [item]
        while len(batch) < size:
            try:
                nxt = q.get_nowait()
            except queue.Empty:
                break
            if nxt is _END:
                done = True
                break
            batch.append(nxt)
        yield batch  # type: ignore[misc]
        if stop is not None and stop.is_set():
            return
    if error:
        raise error[0]
