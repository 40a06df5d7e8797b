"""Bad inputs that valid-looking JSON can still carry: numbers too long to convert, nesting too
deep to parse, lone surrogate escapes. Each must be refused with a clear reason or stored intact,
never end the stream, never be forwarded unredacted.

Python refuses to convert an integer literal of more than ``sys.get_int_max_str_digits()`` digits
(4300 by default) and raises a plain ValueError (not a JSONDecodeError); a document nested deeper
than the interpreter's recursion limit raises RecursionError. Both are valid JSON grammar.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from redactor.io import hec
from redactor.io.base import InputLine, Quarantined, Redacted
from redactor.io.hec_server import HecReceiver, HecSettings, running
from redactor.io.jsonl import JsonlSink
from redactor.io.record_text import record_json
from redactor.io.sqlite_store import SQLiteStore
from redactor.records.keys import record_key
from redactor.records.model import RecordKind
from tests.services import MemorySink, stand_in_process, usage_record
from tests.test_io_hec import AUTH, post, tokens
from tests.test_pipeline import GHP, chat, pipe, usage

LIMIT = sys.get_int_max_str_digits() or 4300
# numbers just over the conversion limit and far over it, with and without sign / in arrays
HUGE_NUMBERS = [
    "9" * (LIMIT + 1),
    "-" + "1" * (LIMIT + 1),
    "7" * (3 * LIMIT),
    "[" + "5" * (LIMIT + 7) + "]",
]
DEPTHS = [sys.getrecursionlimit() + 10, 4 * sys.getrecursionlimit()]


def _event_with(raw_value: str, i: int) -> bytes:
    rec = usage_record(i)
    text = json.dumps({"event": rec})
    return (text[:-2] + f', "extra": {raw_value}' + "}}").encode()


@pytest.mark.parametrize("number", HUGE_NUMBERS)
@pytest.mark.parametrize("before", [0, 1, 3])
def test_parse_events_refuses_a_number_too_long_to_convert(number: str, before: int) -> None:
    good = "".join(json.dumps({"event": usage_record(i)}) for i in range(before))
    body = good.encode() + _event_with(number, 99)
    with pytest.raises(hec.HecRequestError) as info:
        hec.parse_events(body)
    reply = info.value.reply
    assert (reply.status, reply.code) == (400, 6)
    assert json.loads(reply.body())["invalid-event-number"] == before
    assert number[:40] not in reply.body().decode()  # the reply names the event, not the value


@pytest.mark.parametrize("depth", DEPTHS)
@pytest.mark.parametrize("before", [0, 2])
def test_parse_events_refuses_nesting_too_deep_to_parse(depth: int, before: int) -> None:
    good = "".join(json.dumps({"event": usage_record(i)}) for i in range(before))
    body = good.encode() + _event_with("[" * depth + "]" * depth, 5)
    with pytest.raises(hec.HecRequestError) as info:
        hec.parse_events(body)
    assert (info.value.reply.status, info.value.reply.code) == (400, 6)
    assert json.loads(info.value.reply.body())["invalid-event-number"] == before


def test_number_under_the_limit_is_still_accepted() -> None:
    events = hec.parse_events(_event_with("9" * (LIMIT - 1), 3))
    assert len(events) == 1
    event: Any = events[0]
    assert isinstance(event, dict) and event["extra"] == int("9" * (LIMIT - 1))


def test_receiver_answers_400_stores_nothing_and_goes_on() -> None:
    sink = MemorySink()
    receiver = HecReceiver(tokens(), stand_in_process, sink, HecSettings(max_body_bytes=200_000))
    with running(receiver) as srv:
        good = json.dumps({"event": usage_record(1)}).encode()
        for bad in (good + _event_with(HUGE_NUMBERS[0], 2), _event_with("[" * DEPTHS[0] + "]" * DEPTHS[0], 3)):
            status, reply = post(srv.port, bad, AUTH)
            assert (status, reply["code"]) == (400, 6)
            assert sink.records == {}  # all or nothing: the good event of the request is not stored
        status, reply = post(srv.port, good, AUTH)  # the receiver still serves
        assert (status, reply["code"]) == (200, 0)
        assert sorted(sink.records) == [usage_record(1)["event_id"]]


# --- lone surrogates: valid JSON escapes that json.loads turns into unencodable code points ---------
SURROGATES = ["\ud83d", "\ude00", "\udc00\ud800", "\udfff", "\ud800"]


def _sur_records(sur: str, n: int) -> list[str]:
    """Usage-record lines (JSON text) with the lone surrogate `sur` in an envelope field, at the
    cut end of the body, in the event id, and a plain record; each body holds a token."""
    good = usage(json.dumps(chat(f"plain {GHP}")), eid=f"plain-{n}")
    in_field = usage(json.dumps(chat(f"field {GHP}")), eid=f"field-{n}", note=f"x{sur}y")
    cut_body = usage(json.dumps(chat(f"cut {GHP}"))[:-4] + sur, eid=f"cut-{n}")
    in_id = usage(json.dumps(chat(f"id {GHP}")), eid=f"id{sur}-{n}")
    return [json.dumps(r) for r in (good, in_field, cut_body, in_id, good | {"event_id": f"last-{n}"})]


def _check_text(text: str, n: int) -> None:
    """Output text written by a sink: no token, and each record decodes with its surrogates."""
    assert GHP not in text
    recs = [json.loads(line) for line in text.splitlines() if line.strip()]
    ids = [r["event_id"] for r in recs]
    assert f"plain-{n}" in ids and f"field-{n}" in ids and f"cut-{n}" in ids and f"last-{n}" in ids
    assert any(i.startswith("id") and i.endswith(f"-{n}") for i in ids)  # the odd event id is stored too


@pytest.mark.parametrize("n", range(len(SURROGATES)))
def test_jsonl_and_sqlite_sinks_store_records_with_lone_surrogates(n: int, tmp_path: Path) -> None:
    sur = SURROGATES[n]
    lines = [InputLine("t.jsonl", i, raw) for i, raw in enumerate(_sur_records(sur, n), 1)]
    results = list(pipe().process(lines))
    redacted = [r for r in results if isinstance(r, Redacted)]
    assert len(redacted) == len(lines)  # nothing quarantined, nothing dropped
    field = next(r for r in redacted if r.key == f"field-{n}")
    assert field.record["note"] == f"x{sur}y"  # the value itself is kept
    out = tmp_path / "out.jsonl"
    sink = JsonlSink.to_path(out)
    assert sink.write(redacted).written == len(lines)
    sink.close()
    text = out.read_bytes().decode("utf-8")  # strict UTF-8
    _check_text(text, n)
    assert json.loads(text.splitlines()[1])["note"] == f"x{sur}y"  # the escape decodes to the same value
    store = SQLiteStore(tmp_path / "s.db")
    assert store.write(redacted).written == len(lines)
    rows = store.conn.execute("SELECT key, record FROM records").fetchall()
    assert len(rows) == len(lines)
    _check_text("\n".join(r[1] for r in rows), n)
    assert all(r[0].encode("utf-8") for r in rows)  # keys are storable text


@pytest.mark.parametrize("sur", SURROGATES)
@pytest.mark.parametrize("separators", [None, (",", ":")])
def test_record_json_escapes_only_lone_surrogates(sur: str, separators: tuple[str, str] | None) -> None:
    obj = {"a": f"é{sur}ü", "b": ["\\", f"\\{sur}"], "ok": "naïve ✓ 😀", "n": 1}
    text = record_json(obj, separators=separators)
    text.encode("utf-8")  # never raises
    assert json.loads(text) == obj
    plain = {"ok": "naïve ✓ 😀", "b": ["\\"]}  # no surrogate: exactly json.dumps(ensure_ascii=False)
    assert record_json(plain, separators=separators) == json.dumps(plain, ensure_ascii=False, separators=separators)


def test_record_keys_are_storable_and_distinct() -> None:
    keys = {
        record_key({"event_id": f"e{s}", "type": "t", "endpoint": "/", "body": ""}, RecordKind.USAGE)
        for s in SURROGATES
    }
    assert len(keys) == len(SURROGATES)
    for k in keys:
        k.encode("utf-8")
    assert record_key({"event_id": "plain-é"}, RecordKind.USAGE) == "plain-é"  # others unchanged
    assert record_key({"_document_id": f"d{SURROGATES[0]}", "action": "a"}, RecordKind.AUDIT).encode("utf-8")


# --- the pipeline: one line the parser cannot take must not end the run -------------------------
@pytest.mark.parametrize("number", HUGE_NUMBERS)
def test_pipeline_quarantines_a_number_too_long_to_convert_and_goes_on(number: str) -> None:
    bad = json.dumps(usage(json.dumps(chat(f"x {GHP}")), eid="big"))[:-1] + f', "n": {number}' + "}"
    lines = [
        InputLine("t.jsonl", 1, json.dumps(usage(json.dumps(chat(f"a {GHP}")), eid="a"))),
        InputLine("t.jsonl", 2, bad),
        InputLine("t.jsonl", 3, bad.encode()),
        InputLine("t.jsonl", 4, json.dumps(usage(json.dumps(chat(f"b {GHP}")), eid="b"))),
    ]
    results = list(pipe().process(lines))
    assert [type(r).__name__ for r in results] == ["Redacted", "Quarantined", "Quarantined", "Redacted"]
    for q in results[1:3]:
        assert isinstance(q, Quarantined) and q.reason == "too_large" and "digits" in q.detail
        assert number[:30] not in q.detail and GHP not in q.detail
    assert all(GHP not in json.dumps(r.record) for r in results if isinstance(r, Redacted))


def test_pipeline_quarantines_an_unforeseen_parse_error_and_goes_on(monkeypatch: pytest.MonkeyPatch) -> None:
    import redactor.pipeline as pipeline_module

    real = pipeline_module.decode

    def failing(obj: Any, **kw: Any) -> Any:
        if obj.get("event_id") == "boom":
            raise KeyError(GHP)  # an error that even carries a value: the detail must not show it
        return real(obj, **kw)

    monkeypatch.setattr(pipeline_module, "decode", failing)
    lines = [
        InputLine("t.jsonl", i, json.dumps(usage(json.dumps(chat(f"{i} {GHP}")), eid=eid)))
        for i, eid in enumerate(["a", "boom", "b"], 1)
    ]
    results = list(pipe().process(lines))
    assert [type(r).__name__ for r in results] == ["Redacted", "Quarantined", "Redacted"]
    q = results[1]
    assert isinstance(q, Quarantined) and q.reason == "internal_error" and q.line_no == 2
    assert GHP not in q.detail and "KeyError" in q.detail
