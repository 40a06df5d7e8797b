"""`pii.contact_row`, `pii.signature` and `translit`: names anchored by contact data and signatures.

Tables of records written for these tests (not taken from an evaluation set), near misses that
must stay unmasked, and the generated matrix of `tests/contact_world.py` (name culture x record
shape x carrier) with its negatives.
"""

from __future__ import annotations

# ruff: noqa: RUF001  # names and words of other scripts are what these tests are about
import pytest

from redactor.detect.pii.contact_cased import tokens_ok
from redactor.detect.pii.contact_rows import ContactRowDetector
from redactor.detect.pii.signatures import SignatureDetector
from redactor.detect.pii.translit import local_pieces, same_name, skeleton, word_score
from tests.contact_world import found, negatives, positives

_ROWS = ContactRowDetector()
_SIGS = SignatureDetector()


def _names(detector: ContactRowDetector | SignatureDetector, text: str) -> list[str]:
    return [text[s.start : s.end] for s in detector.detect(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a markdown table row with a phone cell
        ("| 1042 | Chiamaka Eze | +234 803 555 0192 | Enugu |", ["Chiamaka Eze"]),
        # a list item with a date of birth and a phone
        ("- Tendai Moyo, DOB 1987-03-14, +263 77 212 3456", ["Tendai Moyo"]),
        # a clause: the name right before ", <phone word> <number>"
        ("Ticket: Leyla Həsənova, telefon +994 55 212 34 56", ["Leyla Həsənova"]),
        # the same in Devanagari: a whole cell of two words before a phone word
        ("कृपया जाँचें: अंकित वर्मा, फ़ोन +91 98765 43210", ["अंकित वर्मा"]),
        # a Cyrillic name right before the number
        ("lookup: Даурен Абенов +7 701 234 5678", ["Даурен Абенов"]),
        # one-word cells that spell the e-mail local part (transliterated), and an initial
        ("1201;Светлана;Иванова;svetlana.ivanova@mail.ru;+7 912 345-67-89", ["Светлана", "Иванова"]),
        ("1202;Пётр;Соколов;p.sokolov@mail.ru;+7 912 345-67-80", ["Соколов", "Пётр"]),
        # a Thai name over the phone line, with its Latin transliteration in parentheses
        ("ลูกค้า: สมศักดิ์ ใจดี (Somsak Jaidee)\nโทร: +66 81 234 5678", ["สมศักดิ์ ใจดี", "Somsak Jaidee"]),
        # a role noun read across scripts (Gujarati ગ્રાહક = Hindi ग्राहक), a postposition and "number" cut off
        ("ગ્રાહક કિરણ પટેલ નો નંબર +91 98250 12345", ["કિરણ પટેલ"]),
        # inside a Swahili sentence: a known name after a lower-case word, a phone in the line
        ("mteja Baraka Mwangi alipiga simu jana, namba yake ni +255 754 123 456", ["Baraka Mwangi"]),
        # Han and Hangul cells (a family name first)
        ("- 王伟 | 电话 +86 139 1234 5678", ["王伟"]),
        ("| 김서연 | +82 10-1234-5678 |", ["김서연"]),
        # dashes between cells, three name tokens
        ("Pedido 2231 – Mariana Souza Lima – tel +55 11 91234-5678", ["Mariana Souza Lima"]),
        # an all-caps name line of a shipping label (a known given name in it)
        ("MARIA LOURDES DIMACULANGAN\nBLK 7 LOT 22 MABINI ST.\n+63 917 842 3310", ["MARIA LOURDES DIMACULANGAN"]),
        # particles inside a name
        ("| 88213 | Rhian ap Dafydd | +44 7700 900123 |", ["Rhian ap Dafydd"]),
        # e-mail echo in an uncased script, mid-sentence
        ("පාරිභෝගික සුනිල් ජයසූරිය ගේ ඊමේල් sunil.jayasuriya@example.lk වේ", ["සුනිල් ජයසූරිය"]),
    ],
)
def test_names_in_contact_records(text: str, expected: list[str]) -> None:
    assert sorted(_names(_ROWS, text)) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        "| Acme Support | +1 800 555 0199 |",  # a company (English words)
        "- Kindle Paperwhite | $139 | +1 206 555 0100",  # a product (Paperwhite: two English words)
        "Head Office, +44 20 7946 0000",  # a place in a company
        "Santo Domingo | +1 809 555 0100",  # a city (a place prefix)
        "Rio de Janeiro; +55 21 98765-4321",  # a city (the gazetteer)
        "Calle Mayor, 12 | +34 912 345 678",  # a street (a street word first)
        "const SUPPORT_PHONE = '+1 415 555 0100'; // Customer Service",  # code and a desk
        "Northwind Traders, +1 425 555 0100",  # a company (an English compound and a business noun)
        "Hollowpine Sp. z o.o. | +48 22 123 45 67",  # a company form
        "רשימת אנשי קשר\nטלפון: 052-734-8812",  # an uncased heading alone over a phone line
        "رقم الجوال +971 50 418 2290",  # "mobile number": a label, not a name
        "- ग्राहक सेवा | +91 98765 43210",  # "customer service": one word after a role
        "Order #5521 | Blue Widget | Qty 2 | +1 312 555 0100",  # a product row
        "Release 2.4.1 (2024-05-01), see https://example.com or call +1 650 555 0100",  # no name at all
        "Contact Details\nPhone: +1 650 555 0100\nE-mail: info@example.com",  # a section heading
        "Kovács Bence works on the parser; see docs/parser.md",  # a name with no contact data: not this rule's
    ],
)
def test_not_names(text: str) -> None:
    assert _names(_ROWS, text) == []


def test_gate_skips_texts_without_anchor_shapes() -> None:
    text = "Oluwatobi Akinola | 24 Admiralty Way | Lagos"  # a row, but no phone, e-mail, IBAN or birth date
    assert _names(_ROWS, text) == []
    assert _names(ContactRowDetector(gated=False), text) == []


def test_gated_and_ungated_agree_on_the_matrix() -> None:
    ungated = ContactRowDetector(gated=False)
    for case in list(positives())[::7]:
        assert _ROWS.detect(case.text) == ungated.detect(case.text), case


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a letter ending in a name over a role line
        (
            "To whom it may concern,\n\nThis letter confirms that the employee works with us.\n\nRachel Okafor\n"
            "Head of People",
            ["Rachel Okafor"],
        ),
        # a closing with a colon (Hungarian), the name on the next line
        ("Kedves Ügyfelünk!\n\nA számlát elküldtük.\n\nÜdvözlettel:\nNagy Eszter", ["Nagy Eszter"]),
        # a closing, a blank line, the name, then role and company lines
        (
            "Mit freundlichen Grüßen\n\nFriederike Albrecht-Neumann\nLeiterin Einkauf\nAlbrecht Feinmechanik GmbH",
            ["Friederike Albrecht-Neumann"],
        ),
        # a role after a comma on the name line
        ("С уважением,\nАнна Смирнова, менеджер", ["Анна Смирнова"]),
        # the letter is a JSON string value
        (
            '{"body": "Dear Sam,\\nThe invoice is attached and paid in full.\\n\\nJonas Weber\\nSales Manager"}',
            ["Jonas Weber"],
        ),
    ],
)
def test_signatures(text: str, expected: list[str]) -> None:
    assert _names(_SIGS, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a heading over a team name at a letter's end
        "Hi all,\n\nThe deploy is done and all checks passed on staging today.\n\nGetting Started\nEngineering Team",
        # a closing over a team, not a person
        "Hi all,\n\nThe deploy is done and all checks passed on staging today.\n\nBest regards,\nPlatform Group",
        # a list of names and roles without prose above: a table, not a signature
        "\n\nJonas Weber\nSales Manager",
        # a role line followed by more prose: not the end of the message
        "Please read this.\n\nJonas Weber\nSales Manager\nwill present the figures to the whole team next week.",
    ],
)
def test_not_signatures(text: str) -> None:
    assert _names(_SIGS, text) == []


def test_translit_skeletons() -> None:
    assert skeleton("వెంకట") == skeleton("venkat")  # anusvara written m
    assert skeleton("احمد") == skeleton("ahmad")  # Arabic without vowels
    assert skeleton("Цветелина") == skeleton("tsvetelina")
    pieces = local_pieces("srinivas.gowda")
    assert [word_score(w, pieces) for w in ("ಶ್ರೀನಿವಾಸ", "ಗೌಡ", "ಬೆಂಗಳೂರು")] == [2, 1, 0]
    assert same_name("ສຸກສະຫວັນ ພົມມະວົງ", "Souksavanh Phommavong")
    assert not same_name("ສຸກສະຫວັນ ພົມມະວົງ", "Vientiane Capital")


@pytest.mark.parametrize(
    ("tokens", "ok"),
    [
        (["Rachel", "Okafor"], True),  # an English-word given name beside a known surname
        (["Tristan", "van", "Luinenburg"], True),  # an English word first, a non-English surname last
        (["Customer", "Service"], False),  # a label
        (["Northwind", "Traders"], False),  # an English compound and an English word
        (["Nguyễn", "Thị", "Lan"], True),  # a street word inside is a middle name
        (["Admiralty", "Way"], False),  # a street word last
        (["Ho", "Chi", "Minh", "City"], False),  # a place
    ],
)
def test_tokens_ok(tokens: list[str], ok: bool) -> None:
    assert tokens_ok(tokens) is ok


def test_matrix_positives() -> None:
    cases = list(positives())
    hit = [c for c in cases if found(c, [(s.start, s.end) for d in (_ROWS, _SIGS) for s in d.detect(c.text)])]
    by_shape: dict[str, list[int]] = {}
    for c in cases:
        by_shape.setdefault(c.shape, [0, 0])[1] += 1
    for c in hit:
        by_shape[c.shape][0] += 1
    assert len(hit) / len(cases) >= 0.95, len(hit) / len(cases)
    for shape, (n, total) in by_shape.items():
        assert n / total >= 0.85, (shape, n / total)


def test_matrix_negatives() -> None:
    fired = [c for c in negatives() if _ROWS.detect(c.text) or _SIGS.detect(c.text)]
    assert fired == []
