"""Bad inputs that valid-looking JSON can still carry: numbers too long to convert and nesting too
deep to parse. Each must be refused with a clear reason, never end the stream or be forwarded.

Python refuses to convert an integer literal of more than ``sys.get_int_max_str_digits()`` digits
(4300 by default) and raises a plain ValueError (not a JSONDecodeError); a document nested deeper
than the interpreter's recursion limit raises RecursionError. Both are valid JSON grammar.
"""

from __future__ import annotations

import json
import sys
from typing import Any

import pytest

from redactor.io import hec
from redactor.io.hec_server import HecReceiver, HecSettings, running
from tests.services import MemorySink, stand_in_process, usage_record
from tests.test_io_hec import AUTH, post, tokens

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
