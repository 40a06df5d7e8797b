"""Session-8 false-positive classes, each with the real value of the same shape that must stay caught.

- a hexadecimal value named by a version-control or digest noun of ~20 languages is a commit id,
  not the credential a nearby noun names (`git_vocab.git_reference` in ``secret.generic.i18n``);
- a vehicle identification number that proves itself (check digit, European filler) is public
  (`public_values.vehicle_id`);
- a capitalised run holding a holiday noun (``Ramazan Bayramı``) is a day, not a person
  (`_vocab.HOLIDAY_WORDS`: `names.clean_name`, the NER adapter through `ner_context.holiday_name`);
- a NER person that is a cell under a thing, place or day column of a markdown table, or a word
  listed beside a brand written as its domain, is no person (`ner_context.non_person_cell`,
  `ner_context.listed_with_brand`).
"""

# ruff: noqa: RUF001, RUF002  # words of other scripts are the point here

from __future__ import annotations

import random
import string

import pytest

from redactor.detect.ner_context import holiday_name, listed_with_brand, non_person_cell
from redactor.detect.pii._vocab import HOLIDAY_WORDS
from redactor.detect.pii.lexnames import GivenNameDetector
from redactor.detect.pii.names import is_person_name
from redactor.detect.presidio_adapter import NerAdapter
from redactor.detect.secrets.context_i18n import MultilingualSecretDetector
from redactor.detect.secrets.escapes import ViewCache
from redactor.detect.secrets.git_vocab import git_reference
from redactor.detect.secrets.placeholders import is_placeholder
from redactor.detect.secrets.public_values import is_public_value, vehicle_id
from tests.ner_checks import check_dropped_and_kept


def _found(detector: object, text: str) -> list[str]:
    """The values `detector` reports in `text`."""
    return [text[s.start : s.end] for s in detector.detect(text)]  # type: ignore[attr-defined]


# --- commit ids beside a credential noun ---------------------------------------------------------

_LANGUAGES = [
    # (language, a credential noun the i18n detector reads, a version-control noun of the language)
    ("Arabic", "رمز", "الالتزام"),
    ("Persian", "رمز", "کامیت"),
    ("Russian", "пароль", "коммит"),
    ("Ukrainian", "пароль", "коміт"),
    ("German", "Passwort", "Commit"),
    ("French", "mot de passe", "révision"),
    ("Spanish", "contraseña", "revisión"),
    ("Portuguese", "senha", "revisão"),
    ("Polish", "hasło", "rewizja"),
    ("Turkish", "şifre", "revizyon"),
    ("Chinese", "密码", "提交"),
    ("Japanese", "パスワード", "コミット"),
    ("Korean", "비밀번호", "커밋"),
    ("Hindi", "पासवर्ड", "कमिट"),
    ("Vietnamese", "mật khẩu", "mã băm"),
    ("Indonesian", "kata sandi", "komit"),
    ("Thai", "รหัสผ่าน", "คอมมิต"),
    ("Hebrew", "סיסמה", "קומיט"),
    ("Greek", "κωδικός", "υποβολή"),
]
_HEX = ["3cfcbe0", "7f08859a1c", "4be8d1ca07f93e", "5e1c0a9d3b7f2e84c6a1d09f7b3e2c5a8d4f6b10"]
_LAYOUTS = ["{cred} {git} `{v}` ok", "{git} {cred}: {v}", "{cred} {git}: {v}"]


@pytest.fixture(scope="module")
def i18n() -> MultilingualSecretDetector:
    return MultilingualSecretDetector(ViewCache())


@pytest.mark.parametrize(("language", "cred", "git"), _LANGUAGES, ids=[row[0] for row in _LANGUAGES])
def test_hex_after_a_version_control_noun_is_no_secret(
    i18n: MultilingualSecretDetector, language: str, cred: str, git: str
) -> None:
    for layout in _LAYOUTS:
        for v in _HEX:
            text = layout.format(cred=cred, git=git, v=v)
            assert _found(i18n, text) == [], (language, layout, len(v))


@pytest.mark.parametrize(("language", "cred", "git"), _LANGUAGES, ids=[row[0] for row in _LANGUAGES])
def test_credentials_beside_the_same_nouns_stay(
    i18n: MultilingualSecretDetector, language: str, cred: str, git: str
) -> None:
    # near misses: a hex password with no version-control noun, a real password after one
    assert _found(i18n, f"{cred}: 3cfcbe0a9b") == ["3cfcbe0a9b"], language
    assert _found(i18n, f"{cred} {git}: Kestrel744*xs") == ["Kestrel744*xs"], language


@pytest.mark.parametrize(
    ("text", "value", "commit"),
    [
        ("commit `3cfcbe0`", "3cfcbe0", True),
        ("the revision 4be8d1c", "4be8d1c", True),
        ("SHA256 of the build: 9F86D081884C7D65", "9F86D081884C7D65", True),
        ("коммит a1b2c3d", "a1b2c3d", True),
        # near misses: not hexadecimal, mixed case, no version-control noun, a word that only contains one
        ("commit token Kestrel744xs", "Kestrel744xs", False),
        ("commit 3cFcbE0a", "3cFcbE0a", False),
        ("the password is 3cfcbe0a", "3cfcbe0a", False),
        ("the shareholder 3cfcbe0a", "3cfcbe0a", False),
    ],
)
def test_git_reference(text: str, value: str, commit: bool) -> None:
    s = text.index(value)
    assert git_reference(text, 0, s, s + len(value)) is commit


# --- vehicle identification numbers --------------------------------------------------------------

_VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
_VALUES = dict(zip(_VIN_CHARS[:23], [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9], strict=True))
_VALUES.update({str(d): d for d in range(10)})
_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def _with_check_digit(body: str) -> str:
    """A 17-character VIN from `body` with position 9 set to its check digit."""
    total = sum(_VALUES[c] * w for c, w in zip(body, _WEIGHTS, strict=True)) % 11
    return body[:8] + ("X" if total == 10 else str(total)) + body[9:]


def _generated_vins(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        head = "".join(rng.choice(_VIN_CHARS) for _ in range(12))
        tail = "".join(rng.choice(string.digits) for _ in range(5))
        if sum(c.isalpha() for c in head) >= 3:
            out.append(_with_check_digit(head + tail))
    return out


def test_vins_with_a_valid_check_digit_are_public() -> None:
    vins = _generated_vins(300, seed=8)
    assert len(vins) > 200
    for vin in vins:
        assert vehicle_id(vin) and is_public_value(vin) and is_placeholder(vin), vin


@pytest.mark.parametrize(
    ("value", "public"),
    [
        ("1HGCM82633A004352", True),  # the check digit holds
        ("WVWZZZ3CZJE112233", True),  # a European VIN with the ZZZ filler
        ("WF0XXXTTGXKY12345", True),  # ... and with XXX
        # near misses: a wrong check digit, letters I/O/Q, a serial that ends in letters, 16 or 18 characters
        ("1HGCM82643A004352", False),
        ("1HGCM8263IA004352", False),
        ("1HGCM82633A0043AB", False),
        ("1HGCM82633A00435", False),
        ("1HGCM82633A0043521", False),
        ("WVWZZZ3CZJE11223Z", False),
    ],
)
def test_vehicle_id(value: str, public: bool) -> None:
    assert vehicle_id(value) is public


def test_random_upper_case_secrets_are_not_taken_for_vins() -> None:
    rng = random.Random(17)
    alphabet = string.ascii_uppercase + string.digits
    tokens = ["".join(rng.choice(alphabet) for _ in range(17)) for _ in range(20_000)]
    assert sum(map(vehicle_id, tokens)) <= 5


# --- holidays ------------------------------------------------------------------------------------

_GIVEN = ["Ramazan", "Hari", "Guru", "Maria", "Kurban", "Sri"]
_HOLIDAYS = ["Bayramı", "Jayanti", "Puasa", "Navidad", "Diwali", "Pesach", "Festival", "Ostermontag"]


@pytest.mark.parametrize("holiday", _HOLIDAYS)
def test_runs_holding_a_holiday_word_are_no_person(holiday: str) -> None:
    for given in _GIVEN:
        assert not is_person_name(f"{given} {holiday}"), (given, holiday)
        assert holiday_name([given.lower(), holiday.lower()])


@pytest.mark.parametrize(
    ("value", "person"),
    [
        ("Ramazan Yılmaz", True),
        ("Hari Krishnan", True),
        ("Guru Prasad", True),
        ("Maria Fernández", True),
    ],
)
def test_people_named_like_holidays_stay(value: str, person: bool) -> None:
    assert is_person_name(value) is person
    assert not holiday_name(value.lower().split())


def test_holiday_words_are_no_one_s_name() -> None:
    from redactor.detect.pii.given_names import GIVEN_NAMES, SURNAMES

    assert not HOLIDAY_WORDS & (GIVEN_NAMES | SURNAMES)


def test_holiday_word_before_a_case_suffix() -> None:
    assert holiday_name(["kurban", "bayramı'nda"])
    assert holiday_name(["kurban", "bayramı\u2019nda"])
    assert not holiday_name(["ramazan'ın"])


_TABLE = (
    "| date | holiday | offices |\n|---|---|---|\n| 2025-03-20 | Nowruz | Tehran |\n"
    "| 2025-03-31 | Ramazan Bayramı | İstanbul, Ankara |\n| 2025-06-06 | Kurban Bayramı | İstanbul |\n"
)


def test_holiday_table_through_the_given_name_detector() -> None:
    assert not any("Bayram" in v for v in _found(GivenNameDetector(), _TABLE))
    assert _found(GivenNameDetector(), _TABLE.replace("Ramazan Bayramı", "Ramazan Yılmaz")) == ["Ramazan Yılmaz"]


@pytest.fixture(scope="module")
def ner() -> NerAdapter:
    return NerAdapter()


@pytest.mark.parametrize(
    ("text", "dropped", "kept"),
    [
        (_TABLE, "Bayram", None),
        ("Kurban Bayramı'nda İstanbul'daydım, Diwali'de Pune'daydım.", "Bayram", None),
        # near misses: people whose given names also start holidays' names (Hari Raya, Guru Nanak Jayanti)
        ("Hari Krishnan will call you tomorrow about the invoice.", None, "Hari Krishnan"),
        ("My colleague Guru Prasad sent the file.", None, "Guru Prasad"),
    ],
)
def test_holidays_through_the_adapter(ner: NerAdapter, text: str, dropped: str | None, kept: str | None) -> None:
    check_dropped_and_kept(ner, text, dropped, kept)


# --- table columns of things, lists of brands ----------------------------------------------------

_THING_HEADERS = ["system", "Vendor", "site", "platform", "**Service**", "holiday", "PMS"]
_PERSON_HEADERS = ["name", "Contact", "owner", "assignee", "customer"]
_CELL_VALUES = ["Gorgias", "Guestline", "Lyon", "Kerlink", "Dahua"]


def _table(header: str, value: str) -> str:
    return (
        f"Migration notes:\n\n| {header} | contact | api key |\n|---|---|---|\n"
        f"| {value} | Margaux Petit | `701b544e56930a544141bf27` |\n| Hotelogix | Duarte Sousa | `fd968d990ec9b23d` |\n"
    )


@pytest.mark.parametrize("header", _THING_HEADERS)
def test_cells_under_a_thing_header_are_no_person(header: str) -> None:
    for value in _CELL_VALUES:
        text = _table(header, value)
        s = text.index(f"| {value} |") + 2
        assert non_person_cell(text, s, s + len(value)), (header, value)
        p = text.index("Margaux Petit")
        assert not non_person_cell(text, p, p + len("Margaux Petit"))  # the contact column stays


@pytest.mark.parametrize("header", _PERSON_HEADERS)
def test_cells_under_a_person_header_stay(header: str) -> None:
    text = _table(header, "Ingrid Berg")
    s = text.index("Ingrid Berg")
    assert not non_person_cell(text, s, s + len("Ingrid Berg"))


def test_credential_table_first_column_is_a_system() -> None:
    text = (
        "| PMS | credential | value |\n|---|---|---|\n| Hotelogix | consumer secret | fd96 |\n"
        "| Guestline | password | v |"
    )
    s = text.index("Guestline")
    assert non_person_cell(text, s, s + 9)
    # near misses: a person column of a credential table; a cell outside any table
    text = "| user | credential |\n|---|---|\n| Ingrid Berg | password |"
    s = text.index("Ingrid Berg")
    assert not non_person_cell(text, s, s + len("Ingrid Berg"))
    assert not non_person_cell("Gorgias said hello", 0, 7)


@pytest.mark.parametrize("domain", ["Booking.com", "Hotels.com", "Trip.com", "Zalando.de", "Shopify.io"])
def test_names_listed_with_a_domain_are_brands(domain: str) -> None:
    for layout in ("{d}, {w} and Agoda support it", "Agoda, {w} or {d} support it", "{w} / {d} rates", "{w} & {d}"):
        text = layout.format(d=domain, w="Expedia")
        s = text.index("Expedia")
        assert listed_with_brand(text, s, s + 7), (domain, layout)


@pytest.mark.parametrize(
    "text",
    [
        "Expedia and Anna went home early.",  # no domain in the list
        "Ask Anna, then open Booking.com tomorrow.",  # a domain outside the list
        "Email Anna Petrova, Booking.com and Bob",  # a full name is not judged
    ],
)
def test_people_not_listed_with_a_domain_stay(text: str) -> None:
    s = text.index("Anna")
    e = s + (len("Anna Petrova") if "Petrova" in text else 4)
    assert not listed_with_brand(text, s, e)


@pytest.mark.parametrize(
    ("text", "dropped", "kept"),
    [
        (_table("system", "Gorgias"), "Gorgias", "Margaux Petit"),
        ("| site | contact | phone |\n|---|---|---|\n| Lyon | Margaux Petit | +33 4 72 10 30 30 |", "Lyon", None),
        ("Booking.com, Expedia and Agoda all support the OTA_HotelAvailNotifRQ message.", "Expedia", None),
        # near miss: the same person under a contact header
        (_table("contact", "Ingrid Berg").replace("| contact | contact", "| owner | contact"), None, "Ingrid Berg"),
    ],
)
def test_things_through_the_adapter(ner: NerAdapter, text: str, dropped: str | None, kept: str | None) -> None:
    check_dropped_and_kept(ner, text, dropped, kept)
