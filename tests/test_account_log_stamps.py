"""`pii.account` chat logins: a program's ISO timestamp opens a log line, whose next word is a component."""

from __future__ import annotations

import random

import pytest

from redactor.detect.pii.accounts import AccountNameDetector

_RNG = random.Random(1327)
_WORDS = ("scheduler", "ingest", "uplink", "kmensah", "lena_k", "r.okonjo", "tracker2")


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in AccountNameDetector().detect(text)]


def _day() -> str:
    return f"2026-{_RNG.randint(1, 12):02d}-{_RNG.randint(1, 28):02d}"


def _time() -> str:
    return f"{_RNG.randint(0, 23):02d}:{_RNG.randint(0, 59):02d}:{_RNG.randint(0, 59):02d}"


@pytest.mark.parametrize("shape", ("{d}T{t}.{ms}Z", "{d}T{t}Z", "{d} {t}.{ms}", "{d}T{t}+02:00", "{d} {t},{ms}"))
def test_machine_stamp_opens_a_log_line(shape: str) -> None:
    stamp = shape.format(d=_day(), t=_time(), ms=f"{_RNG.randint(0, 999):03d}")
    word = _RNG.choice(_WORDS)
    assert _found(f"[{stamp}] {word}: pass {_RNG.randint(1000, 99999)} started") == []


@pytest.mark.parametrize("shape", ("{hm}", "{d} {hm}", "{d}, {hm}"))
def test_chat_stamp_still_marks_a_login(shape: str) -> None:
    stamp = shape.format(d=_day(), hm=_time()[:5])
    login = _RNG.choice(("lena_k", "r.okonjo", "kmensah2"))
    assert _found(f"[{stamp}] {login}: Rafael restarted the db") == [login]
