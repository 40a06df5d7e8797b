"""`pii.script_name`: names in uncased scripts after a cue, key or native label; hits and near misses."""

# ruff: noqa: RUF001  -- Arabic, Hebrew and CJK samples are the point of these tests.
from __future__ import annotations

import pytest

from redactor.detect.pii.scripts import ScriptNameDetector
from redactor.detect.span import Span


def found(text: str) -> list[str]:
    spans: list[Span] = ScriptNameDetector().detect(text)
    assert all(s.entity == "PERSON" and s.detector == "pii.script_name" for s in spans)
    return [text[s.start : s.end] for s in spans if s.score >= 0.5]


HITS = [
    # (text, names expected, why)
    (
        "CRM note: customer name as on the ID card is ليلى حداد (Layla Haddad in Latin script); "
        "the Shanghai supplier contact is 王磊.",
        ["ليلى حداد", "王磊"],
        "prose cues: Arabic two words, Chinese two characters",
    ),
    ('{"full_name": "김민준", "city": "Seoul"}', ["김민준"], "Korean in a person-name key"),
    ("contact_name: דוד כהן\nphone: +972 50 123 4567", ["דוד כהן"], "Hebrew in a YAML name key"),
    ("姓名：山田太郎\n住所：東京都", ["山田太郎"], "native label with a full-width colon"),
    ("a new hire named अनिल कुमार joined", ["अनिल कुमार"], "Devanagari after 'named'"),
    ("ليلى حداد", ["ليلى حداد"], "no cue, but a known given name and the word after it"),
]


@pytest.mark.parametrize(("text", "expected", "why"), HITS, ids=[r[2] for r in HITS])
def test_script_names(text: str, expected: list[str], why: str) -> None:
    assert found(text) == expected


NEAR_MISSES = [
    ('{"name": "设置", "description": "设置页面"}', "a bare 'name' key in a locale file"),
    ("The supplier is 华为 in Shenzhen", "a company after a non-name cue"),
    ("customer name is 这是一个很长的句子而不是名字", "a CJK run longer than a name"),
    ("مرحبا بالجميع", "no cue and no known given name"),
    ("customer name is Layla Haddad", "Latin script is other detectors' business"),
]


@pytest.mark.parametrize(("text", "why"), NEAR_MISSES, ids=[r[1] for r in NEAR_MISSES])
def test_near_misses(text: str, why: str) -> None:
    assert found(text) == []
