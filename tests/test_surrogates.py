"""Texts holding UTF-16 surrogates (emoji as JSON escapes, halves cut off) are detected, not crashed on.

JSON allows a lone surrogate escape (``"\\ud83d"``), and tool arguments carry emoji as escaped
pairs (``\\"\\ud83d\\ude00\\"``). Python keeps a lone surrogate as a character no UTF-8 encoder
accepts, and RE2 (the gates, several detectors) reads UTF-8 only: such a text used to stop
`redactor detect` with an internal error. These tests fail if that comes back or if the offsets
of what is found around the surrogates drift.
"""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from redactor.cli import app
from redactor.detect.unescape import Unescaped

EMAIL = "maria.hernandez@example.org"


def _found(engine, text: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {text[s.start : s.end]: s.entity for s in engine.analyze([text])[0]}


def test_a_lone_surrogate_in_the_text_is_read_past(real_engine) -> None:  # type: ignore[no-untyped-def]
    text = f"ping \ud83d then write to {EMAIL} with password=Xk9#mQ2vL8pZ \udc00 thanks"
    found = _found(real_engine, text)
    assert found.get(EMAIL) == "EMAIL_ADDRESS"
    assert found.get("Xk9#mQ2vL8pZ") == "SECRET"


def test_escaped_emoji_and_lone_escapes_in_tool_arguments(real_engine) -> None:  # type: ignore[no-untyped-def]
    args = '{"command": "echo \\"\\ud83d\\ude00 done\\ud83d\\" && mail ' + EMAIL + ' --password=Xk9#mQ2vL8pZ"}'
    found = _found(real_engine, args)
    assert found.get(EMAIL) == "EMAIL_ADDRESS"
    assert found.get("Xk9#mQ2vL8pZ") == "SECRET"


def test_the_view_decodes_a_pair_as_one_code_point_and_a_lone_half_as_fffd() -> None:
    raw = 'say \\"\\ud83d\\ude00\\" then \\ud83d and \\u00e9 end'
    view = Unescaped(raw)
    assert "\U0001f600" in view.text and "\ufffd" in view.text and "é" in view.text
    assert not any(0xD800 <= ord(c) <= 0xDFFF for c in view.text)
    i = view.text.index("\U0001f600")
    start, end = view.to_raw(i, i + 1)
    assert raw[start:end] == "\\ud83d\\ude00"
    j = view.text.index("end")
    start, end = view.to_raw(j, j + 3)
    assert raw[start:end] == "end"


def test_redactor_detect_answers_every_line(tmp_path: Path) -> None:
    lines = [
        {"id": "pair", "text": 'x = "\\ud83d\\ude00" and ' + EMAIL},
        {"id": "lone", "text": "lone \ud83d then " + EMAIL},
    ]
    corpus = tmp_path / "texts.jsonl"
    corpus.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    res = CliRunner().invoke(app, ["detect", str(corpus)])
    assert res.exit_code == 0, res.output
    out = [json.loads(x) for x in res.output.splitlines() if x.startswith("{")]
    assert [o["id"] for o in out] == ["pair", "lone"]
    for o, src in zip(out, lines, strict=True):
        assert EMAIL in [src["text"][s["start"] : s["end"]] for s in o["spans"]]
