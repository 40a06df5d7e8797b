"""`pii.honorific`: names beside titles of many languages; hits and the near misses real text has."""

from __future__ import annotations

# ruff: noqa: RUF001  # names and titles of other scripts are what this table is about
import pytest

from redactor.detect.pii.honorifics import HonorificDetector
from redactor.detect.span import Span


def found(text: str, *, gated: bool = True) -> list[str]:
    spans: list[Span] = HonorificDetector(gated=gated).detect(text)
    assert all(s.entity == "PERSON" and s.detector == "pii.honorific" for s in spans)
    return [text[s.start : s.end] for s in spans]


HITS = [
    # (text, names expected, why)
    ("Pole sana bwana Juma. Naomba namba yako", ["bwana Juma"], "Swahili title; the full stop ends the name"),
    ("Burak Bey kart numaranızı yazmayın", ["Burak"], "Turkish title after the name"),
    ("Fariin: Mudane Cabdullaahi Maxamed Xasan, lacagtaada", ["Mudane Cabdullaahi Maxamed Xasan"], "Somali title"),
    ("محترمہ عائشہ خان، آپ کا پارسل", ["محترمہ عائشہ خان"], "Urdu title, name ends at the Arabic comma"),
    ("西川さんのアカウントで発行したキーです。", ["西川"], "Japanese family name before さん"),
    ("明日の打ち合わせ、鈴木さんも来ます", ["鈴木"], "さん after a comma-bounded kanji run"),
    ("ORGANIZER: 高橋 健太 様", ["高橋 健太"], "spaced Japanese name before 様"),
    ("请联系王磊先生。", ["王磊"], "Chinese family name + given name before 先生"),
    ("안녕하세요 김민준님, 주문이 발송되었습니다.", ["김민준"], "Korean name glued to 님"),
    ("รับทราบค่ะ คุณณัฐพล", ["คุณณัฐพล"], "Thai title glued to the name"),
    ("नमस्ते राहुल जी, आपका", ["राहुल"], "Hindi जी after the name"),
    ("Merci. M. Dupont a appelé.", ["M. Dupont"], "French M. as a capital abbreviation"),
    ("Sra. García llamó ayer", ["Sra. García"], "Spanish title"),
    ("Thanks, Tanaka-san, see you.", ["Tanaka"], "romanised Japanese title with its hyphen"),
    ("ok. Kovács Eszter úr, ok.", ["Kovács Eszter"], "Hungarian úr after the name, lower case"),
]


@pytest.mark.parametrize(("text", "expected", "why"), HITS, ids=[r[2] for r in HITS])
def test_honorifics(text: str, expected: list[str], why: str) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected", "why"), HITS, ids=[r[2] for r in HITS])
def test_gate_changes_nothing(text: str, expected: list[str], why: str) -> None:
    """The RE2 gate only skips texts where no rule could match."""
    assert found(text, gated=False) == found(text, gated=True)


NEAR_MISSES = [
    ("Bay Area traffic is bad today.", "an English word that is a Turkish title, before an unknown word"),
    ("Pan Am flew there.", "'Pan' before a name no lexicon knows"),
    ("points out, some platforms (e.g. Darwin) do", "'g.' of 'e.g.'"),
    ("    g. Added the --tabs command-line option", "a list label"),
    ("    Cachegrind Dl Misses:       8.605.6", "a two-letter title without its full stop"),
    ("the export to Power BI. Verantwortlich ist", "an acronym that spells a title"),
    ("the TLS/SSL (Transport Layer Security aka Secure", "'aka' is no title"),
    ("Reported-by: ウさん", "one katakana letter is no name"),
    ("お客様各位、皆さん", "roles and groups before 様 and さん"),
    ("API仕様書を更新しました。", "仕様 'specification'"),
    ("首先生成配置文件。", "先生 inside 首先 + 生成"),
    ("고객님 안녕하세요.", "'customer' before 님"),
    ("คุณภาพของสินค้าดีมาก", "คุณภาพ 'quality'"),
    ("Sehr geehrter Herr,", "a title without a name"),
]


@pytest.mark.parametrize(("text", "why"), NEAR_MISSES, ids=[r[1] for r in NEAR_MISSES])
def test_near_misses(text: str, why: str) -> None:
    assert found(text) == []
