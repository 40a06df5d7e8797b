"""A cache of rendered slot texts, so a text replayed in the same scope is not rendered again.

History replay re-sends every earlier message of a conversation with each request. After
detection and propagation, such a text usually has exactly the spans it had last time, and its
rendering is then exactly the same string: every operator is a pure function of (entity, value,
field path, placeholder scope) once the scope has numbered the value, and a value keeps its
placeholder number in its scope (`PlaceholderVault` never renumbers). So the pipeline looks the
slot up by (scope, field path, JSON escaping, truncation, keyed digest of the text) and uses the
stored rendering only when the stored spans equal the current ones; anything else renders as
usual and replaces the entry.

What is never cached: slots whose path or findings are encrypted (envelopes are not
deterministic), and runs that collect findings (`policy explain`). The pipeline checks the first;
this module only stores and compares. The original text is not kept: entries hold its keyed
digest, the spans (offsets and types, no values) and the rendered text, which is output.
"""

from __future__ import annotations

import hashlib
import os
from collections import OrderedDict
from collections.abc import Sequence

from redactor.detect.span import Span

ENTRY_BYTES = 300
"""Estimated memory of one entry besides its spans and rendered text (key, tuple, slots)."""
SPAN_BYTES = 160
"""Estimated memory of one stored span."""


class RenderCache:
    """Rendered slot texts by (scope, path, escaping, truncation, text digest), LRU-bounded.

    Args:
        max_entries: most entries kept (0 disables the cache: `get` always misses).
        max_bytes: most estimated bytes kept (`ENTRY_BYTES` + `SPAN_BYTES` per span + two bytes
            per character of rendered text).
    """

    def __init__(self, max_entries: int = 50_000, max_bytes: int = 64 << 20) -> None:
        self._max_entries = max_entries
        self._max_bytes = max_bytes
        self._entries: OrderedDict[tuple[str, str, bool, bool, bytes], tuple[tuple[Span, ...], str, int]] = (
            OrderedDict()
        )
        self._key = os.urandom(16)
        self.size = 0
        self.hits = 0
        self.misses = 0

    def __repr__(self) -> str:
        return f"RenderCache({len(self._entries)} entries, texts hidden)"

    @property
    def enabled(self) -> bool:
        return self._max_entries > 0

    def key(
        self, scope: str, path: str, escaped: bool, truncated: bool, text: str
    ) -> tuple[str, str, bool, bool, bytes]:
        """The lookup key of one slot (the text enters only as a keyed digest)."""
        digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), key=self._key, digest_size=16).digest()
        return (scope, path, escaped, truncated, digest)

    def get(self, key: tuple[str, str, bool, bool, bytes], spans: Sequence[Span]) -> str | None:
        """The stored rendering for `key` if it was rendered from exactly `spans`, else None."""
        hit = self._entries.get(key)
        if hit is None or len(hit[0]) != len(spans) or hit[0] != tuple(spans):
            self.misses += 1
            return None
        self._entries.move_to_end(key)
        self.hits += 1
        return hit[1]

    def put(self, key: tuple[str, str, bool, bool, bytes], spans: Sequence[Span], rendered: str) -> None:
        """Remember `rendered` as the rendering of the slot `key` with `spans`."""
        if not self._max_entries:
            return
        size = ENTRY_BYTES + SPAN_BYTES * len(spans) + 2 * len(rendered)
        if size > self._max_bytes // 4:
            return
        old = self._entries.pop(key, None)
        if old is not None:
            self.size -= old[2]
        self._entries[key] = (tuple(spans), rendered, size)
        self.size += size
        while len(self._entries) > self._max_entries or self.size > self._max_bytes:
            _, gone = self._entries.popitem(last=False)
            self.size -= gone[2]
