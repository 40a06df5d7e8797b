"""`pii.salutation`: names after non-English greetings and below sign-offs; hits and near misses."""

from __future__ import annotations

# ruff: noqa: RUF001  # names and cues of other scripts are what this table is about
import pytest

from redactor.detect.pii.salutations import SalutationDetector
from redactor.detect.span import Span


def found(text: str) -> list[str]:
    spans: list[Span] = SalutationDetector().detect(text)
    assert all(s.entity == "PERSON" and s.detector == "pii.salutation" for s in spans)
    return [text[s.start : s.end] for s in spans if s.score >= 0.5]


HITS = [
    # (text, names expected, why)
    ("Hola María,\ngracias por todo", ["María"], "Spanish greeting"),
    ("Olá João! Tudo bem?", ["João"], "Portuguese greeting ending in a non-ASCII letter"),
    ("Guten Tag Herr Weber,\nanbei die Rechnung", ["Herr Weber"], "German greeting with an honorific"),
    ("> Hej Sven,\n> tack!", ["Sven"], "quoted mail"),
    ('{"body": "Ciao Marco, come va?"}', ["Marco"], "greeting at a JSON string's start"),
    ("Cordialement,\n\nÉlodie Marchand\nResponsable RH", ["Élodie Marchand"], "French sign-off, blank line"),
    ("Mit freundlichen Grüßen\nJonas Weber", ["Jonas Weber"], "German sign-off without a comma"),
    ("Saludos,\nMaría", ["María"], "one given name under a sign-off"),
    ("Beste Grüße\nJonas", ["Jonas"], "'Beste' is also a Dutch greeting: 'Grüße' is not taken for a name"),
    ("Mteja: Habari, naitwa Juma Hamisi Mrisho, nimelipa", ["Juma Hamisi Mrisho"], "Swahili 'I am called'"),
    ("میرا نام محمد عمران قریشی ہے، فون", ["محمد عمران قریشی"], "Urdu 'my name is', the copula ends the name"),
    ("müşteri: adım burak aydın", ["burak aydın"], "lower case after a strong intro, known given name"),
    ("مرحبا يا أحمد، كيف حالك", ["أحمد"], "Arabic greeting, vocative particle skipped"),
    ("ሰላም፣ ክፍያ\n\n— ሰላም ተስፋዬ", ["ሰላም ተስፋዬ"], "dash signature in Ethiopic on the last line"),
    ("Jelen voltak: Kovács Eszter (ügyfél), Nagy Bence", ["Kovács Eszter", "Nagy Bence"], "Hungarian attendees"),
    ("Ẹ jọ̀ọ́ ẹ fi ẹrù náà ranṣẹ́. Ẹ ṣé púpọ̀, Kẹ́hìndé.", ["Kẹ́hìndé"], "Yoruba sign-off inside the line"),
    ("「山本 さくらです。先日の注文", ["山本 さくら"], "Japanese self-introduction with です after a quote"),
    ("はじめまして、山田と申します。", ["山田"], "Japanese と申します"),
    ("김민준입니다. 문의드립니다.", ["김민준"], "Korean name + 입니다 at a line start"),
]


@pytest.mark.parametrize(("text", "expected", "why"), HITS, ids=[r[2] for r in HITS])
def test_salutations(text: str, expected: list[str], why: str) -> None:
    assert found(text) == expected


NEAR_MISSES = [
    ('print("Hola Mundo!")', "hello world"),
    ("Hallo zusammen,\nHallo Team,", "groups"),
    ("Gentile Cliente,\nla informiamo", "a role, not a name"),
    ("Sehr geehrte Damen und Herren,", "ladies and gentlemen"),
    ("Bonjour à tous,", "lower-case group"),
    ("x = 1  # Hola Pedro,", "not at a line start (a code comment after code)"),
    ("the point: Oi Kalle!", "greeting inside a sentence"),
    ("Cordialement,\nLe service client", "a team signs, not a person"),
    ("Mit freundlichen Grüßen\nIhr Support-Team", "a possessive and a team"),
    ("مرحبا، عندي مشكلة في الدفع", "an Arabic greeting, then the message"),
    ("السلام علیکم، میرا آرڈر نمبر 77120 ابھی", "an Urdu greeting, then the message"),
    ("ممنون می\u200cشوم راهنمایی کنید.", "a Persian thank-you inside a sentence"),
    ("これは仕様です。\n学生です。", "です after a word, not a spaced name"),
    ("개발자입니다.", "입니다 after a word with no family name"),
    ("Teilnehmer: 12\nParticipants: Engineering, Sales", "attendee labels before no people"),
]


@pytest.mark.parametrize(("text", "why"), NEAR_MISSES, ids=[r[1] for r in NEAR_MISSES])
def test_near_misses(text: str, why: str) -> None:
    assert found(text) == []
