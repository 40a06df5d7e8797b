"""PERSON by token-level evidence: given names of many cultures (`pii.given_name`), and names in
uncased scripts after person-shaped native labels or a known given name (`pii.script_name`)."""

# ruff: noqa: RUF001  # native-script samples hold full-width colons and parentheses on purpose

from __future__ import annotations

import pytest

from redactor.detect.pii.given_names import GIVEN_NAMES, PLACE_NAMES, UNCASED_GIVEN_NAMES
from redactor.detect.pii.lexnames import GivenNameDetector
from redactor.detect.pii.scripts import ScriptNameDetector


def _found(detector: GivenNameDetector | ScriptNameDetector, text: str) -> list[str]:
    return [text[s.start : s.end] for s in detector.detect(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an XML element: no cue but the name itself
        ("<Cdtr><Nm>Élodie Marchand</Nm></Cdtr>", "Élodie Marchand"),
        # lower-case particles inside a run
        ("<Nm>Joost van der Berg</Nm>", "Joost van der Berg"),
        # a pdftotext column: the run stops at the column gap
        ("Katarzyna Wiśniewska                     Hollowpine Sp. z o.o.", "Katarzyna Wiśniewska"),
        # the whole run, where NER stops short
        ('"Value": "Paulina Mendoza Ruiz"}', "Paulina Mendoza Ruiz"),
        # a bold chat speaker
        ("**Yaw Boateng**: I think the retry belongs in the client", "Yaw Boateng"),
        # a DataFrame printout row
        ("0  Venkatesh Iyer  +91 98450 12367   560034  Bengaluru", "Venkatesh Iyer"),
        # Greek script is cased: the same rule
        ("Επικοινωνία για την παράδοση: Γιώργος Παπαδόπουλος, τηλ. 210 7243 115", "Γιώργος Παπαδόπουλος"),
        # Cyrillic
        ("Передайте документы: Ольга Смирнова, бухгалтерия", "Ольга Смирнова"),
        # an English given name with a surname that is not an English word
        ("the invoice went to Maria Kowalczyk yesterday", "Maria Kowalczyk"),
        # a single given name that is not an English word, in an English sentence
        ("ok ping me when Beatriz sends it over to the team", "Beatriz"),
        ("agent (Priscila): Thanks! For security please don't send card numbers in chat", "Priscila"),
        # a shouted résumé heading alone on its line
        ("MAHMOUD EL-SAYED\nSenior Backend Engineer\nCairo", "MAHMOUD EL-SAYED"),
        # lower-case chat: a given name that is not English, in an English line
        ("[10:15] tobi: she's out till thursday, chiamaka has the file", "chiamaka"),
        # ... in the possessive
        ("can you check why ngozi's account is locked? she tried five times", "ngozi"),
        # ... grown over a following surname
        ("ok so we should ping chiamaka okafor about the export then", "chiamaka okafor"),
        # lower-case after an honorific of another language
        ("oye, el número de doña carmen es 612 34 56 78", "carmen"),
    ],
)
def test_given_name_runs(text: str, name: str) -> None:
    assert name in _found(GivenNameDetector(), text)


@pytest.mark.parametrize(
    "text",
    [
        # places that start with or end in a given name
        "Latency from Sydney and São Paulo dropped by about 40%",
        "3,San Diego,US,1386932",
        "meet at Victoria Street after the talk",
        "the Sofia University campus",
        # a product name made of a given name and English words
        '{"name": "Marie Linen Tee", "colour": "Florence Rose"}',
        # English words after an English given name
        "Max Retries exceeded while calling the API",
        # fixtures and identifiers in code
        'df = spark.createDataFrame([(2, "Alice"), (5, "Bob")], ["age", "name"])',
        "{'id': 'Brian-Gladman-3-Clause', 'deprecated': False}",
        "see Sven.py and Anja@host for details",
        "customers_fixture.csv:2:1001,Jane Doe,jane@example.com",  # the placeholder name
        # a month abbreviation
        "deployed on Jan 5 to production",
        # a given name that is a common word of another language, in that language
        "Ama bir sonraki makine bu lifleri ayırır ve yeniden dokur",
        # lower-case: code lines, English words, Spanish prose
        "    elif node_check is not None:",
        "we should ask mark about the release",
        "el marco legal de la propuesta es claro y la clara idea es simple",
    ],
)
def test_given_name_near_misses(text: str) -> None:
    assert _found(GivenNameDetector(), text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # an unknown given name (not English) before a known family name
        ("please send it to Thandiwe Nkosi today", ["Thandiwe Nkosi"]),
        # Chinese order: family name, then a pinyin given name; and the Western order
        ("the ticket from Zhang Wei about the export", ["Zhang Wei"]),
        ("Lei Wang and Chen Jie reviewed it", ["Chen Jie", "Lei Wang"]),
    ],
)
def test_family_names(text: str, names: list[str]) -> None:
    assert sorted(_found(GivenNameDetector(), text)) == names


@pytest.mark.parametrize(
    "text",
    [
        "He Ran the tests",  # a sentence word that is also a Chinese family name, then an English word
        "Calle Garcia 12, Madrid",  # a street named after a person
        "San Martin was busy",  # a place
        "Universidad Nacional Garcia",  # a longer capitalised phrase
        "Wang Lei Street",  # goes on into a place word
        "Sun Java is old",  # not a pinyin given name
    ],
)
def test_family_name_near_misses(text: str) -> None:
    assert _found(GivenNameDetector(), text) == []


def test_lone_surrogates_are_read() -> None:
    text = "broken \udac0 byte, then ping me when Beatriz sends it to the team"
    assert _found(GivenNameDetector(), text) == ["Beatriz"]


def test_lexicon_has_no_english_placeholders_or_places_alone() -> None:
    # the single-name rule relies on these exclusions; each must still be in force
    assert "sofia" in PLACE_NAMES
    assert {"julia", "ada", "ruby", "hugo", "alexa", "siri", "can"}.isdisjoint(GIVEN_NAMES)
    assert all(n == n.lower() and not n.endswith("_") for n in GIVEN_NAMES)
    assert "\u05e0\u05d5\u05e2\u05d4" in UNCASED_GIVEN_NAMES  # נועה


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Korean label ending in a person noun (받는 분 "the one receiving")
        ("받는 분: 박서연\n연락처: 010-7723-4190", "박서연"),
        ("신청자: 김민준\n", "김민준"),
        # Chinese label ending in 人
        ("负责人：王磊\n电话：13800138000", "王磊"),
        # Thai label holding ชื่อ "name"
        ("ชื่อลูกค้า: สมชาย วงศ์สวัสดิ์\nโทร: 081-234-5678", "สมชาย วงศ์สวัสดิ์"),
        # Hebrew איש קשר "contact person"
        ("איש קשר: נועה לוי, טלפון 052-614-3380.", "נועה לוי"),
        # a known Arabic given name inside an uncued run: the name and the word after it
        ("أنا ليلى الحسيني، ولم يصلني رمز التحقق", "ليلى الحسيني"),
        # a Japanese name with its transliteration in full-width parentheses: both
        ("お名前：佐々木 美咲（Misaki Sasaki）様", "Misaki Sasaki"),
        ("お名前：佐々木 美咲（Misaki Sasaki）様", "佐々木 美咲"),
    ],
)
def test_script_names(text: str, name: str) -> None:
    assert name in _found(ScriptNameDetector(), text)


@pytest.mark.parametrize(
    "text",
    [
        # Korean labels ending in 자 that are no person: 숫자 "number", 문자 "text"
        "숫자: 일이삼\n",
        "문자: 안녕하세요\n",
        # a Chinese label that holds 人 but does not end in it (人数 "number of people")
        "人数：三人\n",
        # Arabic prose without a known given name or a cue
        "مرحباً فريق الدعم، لم يصلني رمز التحقق",
    ],
)
def test_script_name_near_misses(text: str) -> None:
    assert _found(ScriptNameDetector(), text) == []
