"""`ViewScanDetector` (the frame of the view-scanning secret detectors) and the detectors' reprs.

The frame must do what each detector's own `detect` did before it: take the unescaped view, ask
`admits` and (with `checks_prefilter`) the prefilter literals first, map view offsets back to the
raw text, and add the recurrences of what was found. Generated texts: random tokens, JSON-escaped
or not, with the prefilter literal present or absent.
"""

from __future__ import annotations

import json
import random
import string

import pytest

from redactor.detect.secrets import secret_detectors
from redactor.detect.secrets.escapes import EscapeView, ViewCache
from redactor.detect.secrets.recur import with_recurrences
from redactor.detect.secrets.role_vetoes import RoleVetoedDetector
from redactor.detect.secrets.spec import ENTITY
from redactor.detect.secrets.viewscan import Hit, SecretViewDetector, ViewScanDetector
from redactor.detect.span import Span

_RNG = random.Random(1212)


def _token(n: int = 24) -> str:
    """A long generated token with symbols and digits (one that `with_recurrences` spreads)."""
    body = "".join(_RNG.choice(string.ascii_letters + string.digits) for _ in range(n))
    return body[:8] + "!7#" + body[8:]


class _Marked(ViewScanDetector):
    """Finds the value after every ``mark=`` (any case) in the view (score 0.7)."""

    name = "secret.test.marked"
    prefilter: tuple[str, ...] = ("mark=",)

    def find(self, view: EscapeView) -> list[Hit]:
        out: list[Hit] = []
        pos = view.lower.find("mark=")
        while pos >= 0:
            start = pos + len("mark=")
            end = start
            while end < len(view.text) and not view.text[end].isspace() and view.text[end] not in "\"'":
                end += 1
            out.append((start, end, 0.7))
            pos = view.lower.find("mark=", end)
        return out


class _Gated(_Marked):
    """`_Marked`, but only in texts holding the literal ``gate!`` (any case)."""

    name = "secret.test.gated"
    prefilter: tuple[str, ...] = ("gate!",)
    checks_prefilter = True


class _Admitting(_Marked):
    name = "secret.test.admitting"

    def admits(self, view: EscapeView) -> bool:
        return "\n" in view.text


def _texts(n: int = 40) -> list[tuple[str, str]]:
    """(text, value) pairs: the value after ``mark=``, in prose, a JSON-escaped tool argument, or
    both with the value echoed again later in the text."""
    out = []
    for i in range(n):
        value = _token(_RNG.randint(20, 40))
        line = f"set mark={value} in the config"
        if i % 3 == 1:
            line = json.dumps({"cmd": f'echo "x"\nmark={value}\n'})[1:-1]
        if i % 3 == 2:
            line += f"\nlater the log printed {value} again"
        out.append((line, value))
    return out


@pytest.mark.parametrize(("text", "value"), _texts())
def test_frame_maps_views_back_and_adds_recurrences(text: str, value: str) -> None:
    det = _Marked(ViewCache())
    spans = det.detect(text)
    view = EscapeView(text)
    expected = with_recurrences(
        text, [Span(ENTITY, *view.to_raw(s, e), score, det.name) for s, e, score in det.find(view)]
    )
    assert spans == expected
    assert spans and all(text[s.start : s.end] == value for s in spans)
    assert all(s.entity == ENTITY and s.detector == det.name and s.score == 0.7 for s in spans)
    assert len(spans) == text.count(value)  # the echo is a recurrence of the value found


@pytest.mark.parametrize(("text", "value"), _texts(12))
def test_checks_prefilter_and_admits_gate_before_find(text: str, value: str) -> None:
    views = ViewCache()

    def offsets(det: ViewScanDetector, t: str) -> list[tuple[int, int]]:
        return [(s.start, s.end) for s in det.detect(t)]

    assert offsets(_Marked(views), text) != []
    assert _Gated(views).detect(text) == []  # find would find the value: the literal is missing
    gated = text + " GATE!"  # the literal is matched in the lower-cased view
    assert offsets(_Gated(views), gated) == offsets(_Marked(views), gated) == offsets(_Marked(views), text)
    one_line = text.replace("\\n", " ").replace("\n", " ")
    assert _Admitting(views).detect(one_line) == []
    if "\n" in EscapeView(text).text:
        assert offsets(_Admitting(views), text) == offsets(_Marked(views), text) != []


def test_frame_requires_find() -> None:
    class _Bare(ViewScanDetector):
        name = "secret.test.bare"

    with pytest.raises(NotImplementedError):
        _Bare(ViewCache()).detect("mark=abc")


_DETECTORS = secret_detectors()


def test_reprs_name_the_detector_and_never_a_value() -> None:
    values = [_token() for _ in range(5)]
    text = "\n".join(f"password = {v}\napi_key: {v}\nmark={v}" for v in values)
    found = 0
    for det in _DETECTORS:
        found += len(det.detect(text))
        shown = repr(det)
        assert all(v not in shown and v[:8] not in shown for v in values)
        if isinstance(det, RoleVetoedDetector):
            inner = type(det.inner).__name__
            assert shown.startswith(f"RoleVetoedDetector({inner}") and shown.endswith(")")
        if isinstance(det, SecretViewDetector):
            assert shown == f"{type(det).__name__}()"
    assert found > 0  # the detectors saw the values, and still did not show them


def test_view_scan_detectors_are_registered_and_declare_themselves() -> None:
    inner = [d.inner if isinstance(d, RoleVetoedDetector) else d for d in _DETECTORS]
    frames = [d for d in inner if isinstance(d, ViewScanDetector)]
    assert len(frames) >= 25
    own_loops = [d for d in inner if isinstance(d, SecretViewDetector) and not isinstance(d, ViewScanDetector)]
    assert len(own_loops) >= 10
    assert all(type(d).detect is not SecretViewDetector.detect for d in own_loops)
    for d in frames:
        assert d.name.startswith("secret.") and d.entities == (ENTITY,)
        assert type(d).find is not ViewScanDetector.find
        if type(d).checks_prefilter:
            assert d.prefilter  # a gate on no literal would admit nothing
