"""A JSON-unescaped view of a text, with offsets that map back to the original.

Tool-call arguments and truncated raw bodies arrive JSON-escaped: values sit inside ``\\"...\\"``
and line breaks are the two characters backslash-n. Every secret detector looks at the unescaped
view (so one pattern serves both forms) and maps its spans back with `EscapeView.to_raw`.

The decoding itself (which escapes, when a second level is decoded) is `redactor.detect.unescape`.
"""

from __future__ import annotations

from redactor.detect.unescape import Unescaped


class EscapeView:
    """`text` is what detectors scan; `to_raw` maps a span of it back to the original string.

    A thin face over `redactor.detect.unescape.Unescaped` (the one decoder with offset maps, shared
    with the PII detectors and NER), plus the lower-cased view the secret detectors search.
    """

    __slots__ = ("_view", "lower", "raw", "text")

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self._view = Unescaped(raw)
        self.text = self._view.text
        self.lower = self.text.lower()

    @property
    def escaped(self) -> bool:
        """True when the view differs from the raw text."""
        return not self._view.identity

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Map the half-open view span ``[start, end)`` to the raw text."""
        return self._view.to_raw(start, end)


class ViewCache:
    """Remembers the view of the last text, so the detectors of one set share one decoding.

    One slot, replaced atomically: safe to share between threads (a miss only costs a decode).
    """

    __slots__ = ("_slot",)

    def __init__(self) -> None:
        self._slot: tuple[str, EscapeView] | None = None

    def get(self, text: str) -> EscapeView:
        slot = self._slot
        if slot is not None and (slot[0] is text or slot[0] == text):
            return slot[1]
        view = EscapeView(text)
        self._slot = (text, view)
        return view
