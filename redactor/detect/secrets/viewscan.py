"""The common frame of the secret detectors that scan the unescaped view of a text.

Most context detectors do the same five things: declare a `name`, report `ENTITY`, list the
literals of their `prefilter`, keep the shared `ViewCache`, and in `detect` take the view, find
``(start, end, score)`` triples in view offsets, map them back to the raw text and add the
recurrences of what they found (`redactor.detect.secrets.recur`). `ViewScanDetector` does all of
that once; a detector says only what is its own:

* `find` (required): the triples in view offsets;
* `admits` (optional): a cheap check of the view before `find` (``"\\n" in view.text``);
* `checks_prefilter`: `detect` itself returns nothing unless a `prefilter` literal occurs in the
  lower-cased view (the engine's prefilter looks at the raw text, and a direct call at nothing).

Its `repr` names the class and nothing else: no value it saw. Detectors with a loop of their own
over the view (``secret.pem``, ``secret.url.credentials``...) subclass `SecretViewDetector`, the
same frame without `find`: `name`, `entities`, `prefilter`, the `ViewCache` and the `repr`, and
their own `detect`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from redactor.detect.secrets.escapes import EscapeView, ViewCache
from redactor.detect.secrets.recur import with_recurrences
from redactor.detect.secrets.spec import ENTITY
from redactor.detect.span import Span

__all__ = ["Hit", "SecretViewDetector", "ViewScanDetector"]

Hit = tuple[int, int, float]
"""``(start, end, score)`` of a value, in view offsets."""


class SecretViewDetector:
    """A secret detector over the unescaped view of a text: `name`, `entities`, `prefilter`, the
    shared `ViewCache` (``self._views``) and a `repr` without values. Subclasses set `name` and
    `prefilter` and implement `detect`."""

    name: str
    entities: tuple[str, ...] = (ENTITY,)
    prefilter: tuple[str, ...] = ()

    def __init__(self, views: ViewCache) -> None:
        self._views = views

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"

    def detect(self, text: str) -> list[Span]:
        raise NotImplementedError


class ViewScanDetector(SecretViewDetector):
    """A secret detector that finds `Hit` triples in the view of a text (`find`), reported with
    their recurrences. Subclasses set `name` and `prefilter` and implement `find`."""

    checks_prefilter: ClassVar[bool] = False
    """True: `detect` returns nothing unless one `prefilter` literal occurs in ``view.lower``."""

    def admits(self, view: EscapeView) -> bool:
        """Whether `find` may find anything in `view` (a cheap check; True unless overridden)."""
        return True

    def find(self, view: EscapeView) -> Iterable[Hit]:
        """``(start, end, score)`` of every value found in `view`, in view offsets."""
        raise NotImplementedError

    def detect(self, text: str) -> list[Span]:
        view = self._views.get(text)
        if self.checks_prefilter and not any(p in view.lower for p in self.prefilter):
            return []
        if not self.admits(view):
            return []
        found = [Span(ENTITY, *view.to_raw(s, e), score, self.name) for s, e, score in self.find(view)]
        return with_recurrences(text, found)
