"""Session 16 late round: licence keys after a licence word of any language
(`secret.generic.licence_key`), password hashes under password-hash names
(`secret.generic.password_hash`) and camelCase password keys in the role vetoes; generated cases."""

from __future__ import annotations

import hashlib
import random
import string

import pytest

from redactor.detect.secrets.escapes import ViewCache
from redactor.detect.secrets.licence_keys import CUE_STEMS, VETOES, LicenceKeyDetector
from redactor.detect.secrets.password_hashes import PasswordHashDetector, names_password_hash
from redactor.detect.secrets.role_vetoes import _after_password_key

_RNG = random.Random(16_2811)
_UPPER = string.ascii_uppercase + string.digits


def _mixed(n: int) -> str:
    """n upper-case letters and digits with at least 4 of each."""
    while True:
        value = "".join(_RNG.choice(_UPPER) for _ in range(n))
        if sum(c.isdigit() for c in value) >= 4 and sum(c.isalpha() for c in value) >= 4 and len(set(value)) >= 8:
            return value


def _grouped(groups: int, size: int) -> str:
    while True:
        value = "-".join(_mixed(16)[:size] for _ in range(groups))
        letters = sum(c.isalpha() for c in value)
        digits = sum(c.isdigit() for c in value)
        if letters >= 3 and digits >= 3 and all(any(c.isalpha() for c in g) for g in value.split("-")):
            return value


def _licence(text: str) -> list[str]:
    return [text[s.start : s.end] for s in LicenceKeyDetector(ViewCache()).detect(text)]


_LICENCE_LINES = (
    "{v} licenza club (sede): {k}",
    "{v} Lizenzschlüssel: {k}",
    "{v} ліцензія сервера: {k}",
    "{v} licencia del servidor = {k}",
    "{v} ライセンスキー {k}",
    "{v} 授权码：{k}",  # noqa: RUF001
    "{v} lisans anahtarı: {k}",  # noqa: RUF001
    "{v} licence key for the lab workstation:\n{k}",
    "{V}_LICENSE={k}",
    "<LicenseKey>{k}</LicenseKey>",
    "{v} product key {k}",
    "{v} clé de licence : {k}",
)
_VENDORS = ("Orbitex CAD", "Quarrymind", "Velostat Pro", "Tolvern Print RIP", "Hexalab")


@pytest.mark.parametrize("line", _LICENCE_LINES)
@pytest.mark.parametrize("shape", ("g4x4", "g5x5", "g6x4", "c20", "c25", "c32"))
def test_licence_key_after_a_licence_word_is_found(line: str, shape: str) -> None:
    if shape.startswith("g"):
        size, groups = (int(x) for x in shape[1:].split("x"))
        key = _grouped(groups, size)
    else:
        key = _mixed(int(shape[1:]))
    vendor = _RNG.choice(_VENDORS)
    text = line.format(v=vendor, V=vendor.upper().replace(" ", "_"), k=key)
    assert _licence(text) == [key]


@pytest.mark.parametrize(
    "line",
    (
        "driving licence: {k}",
        "Führerschein {k}",
        "licence plate {k}",
        "licence number {k}",
        "license sha256 {k}",
        "the build {k} was signed",  # no licence word
        "Licence renewed. Ticket {k}",  # a sentence ends between the word and the value
    ),
)
def test_licence_vetoes_and_missing_cue(line: str) -> None:
    for key in (_mixed(20), _grouped(4, 5)):
        assert _licence(line.format(k=key)) == []


@pytest.mark.parametrize(
    "value",
    (
        "4111-1111-1111-1111",  # a card number: no letters
        "AB12-CD34",  # two groups only
        "ABCD-EFGH-IJKL-MNOP",  # no digits
        "A1B2-C3D4E5-F6",  # uneven groups
        "a1b2c-3d4e5-f6g7h-8i9j0",  # lower case
        "ABCDEFGHJKLMNPQRSTUV",  # letters only
        "12345678901234567890",  # digits only
        "XXXXXXXXXXXX00000000",  # a filler run
    ),
)
def test_licence_value_shapes_refused(value: str) -> None:
    assert _licence(f"Licence key: {value}") == []


def test_every_cue_stem_is_lower_case_and_no_veto_is_a_cue() -> None:
    assert all(stem == stem.lower() for stem in CUE_STEMS)
    assert not set(VETOES) & set(CUE_STEMS)


def _hashes() -> list[str]:
    seed = str(_RNG.random()).encode()
    return [
        hashlib.md5(seed).hexdigest(),
        hashlib.sha1(seed).hexdigest(),
        hashlib.sha256(seed).hexdigest(),
        hashlib.sha512(seed).hexdigest(),
        "$2b$12$" + "".join(_RNG.choice(string.ascii_letters + string.digits + "./") for _ in range(53)),
        "$6$"
        + "".join(_RNG.choice(string.ascii_letters) for _ in range(8))
        + "$"
        + "".join(_RNG.choice(string.ascii_letters + string.digits + "./") for _ in range(86)),
        "pbkdf2:sha256:600000$"
        + "".join(_RNG.choice(string.ascii_letters) for _ in range(16))
        + "$"
        + hashlib.sha256(seed + b"x").hexdigest(),
    ]


@pytest.mark.parametrize(
    "line",
    (
        "PASSWORD_SHA256={h}",
        'password_sha256 = "{h}"',
        "adminPasswordHash: {h}",
        "hashed_password: '{h}'",
        '"password_hash": "{h}",',
        "ROOT_PWD_MD5={h}",
        "kennwort_hash => '{h}'",
        "[relay]\nuser = ops\npassword_digest = {h}\n",
    ),
)
def test_password_hash_under_a_hash_name_is_found(line: str) -> None:
    for h in _hashes():
        text = line.format(h=h)
        assert [text[s.start : s.end] for s in PasswordHashDetector(ViewCache()).detect(text)] == [h]


@pytest.mark.parametrize(
    "text",
    (
        "password_hash = bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=12))",
        "  password_hash text NOT NULL,\n  created_at timestamptz DEFAULT now()",
        "file_sha256 = {h}",  # a digest of a file, not of a password
        "commit_hash: {h}",
        "password_hash = get_hash(user)",
        "password_sha256 = <your hash here>",
    ),
)
def test_password_hash_refusals(text: str) -> None:
    for h in _hashes()[:4]:
        t = text.format(h=h)
        assert PasswordHashDetector(ViewCache()).detect(t) == []


@pytest.mark.parametrize(
    ("name", "expected"),
    (
        ("password_sha256", True),
        ("PASSWORDHASH", True),
        ("adminPasswordHash", True),
        ("pwd_md5", True),
        ("hashed_password", True),
        ("password", False),
        ("file_hash", False),
        ("api_key_sha256", False),
    ),
)
def test_names_password_hash(name: str, expected: bool) -> None:
    assert names_password_hash(name) is expected


@pytest.mark.parametrize(
    ("before", "expected"),
    (
        ("DbPassword=", True),
        ("SmtpPassword: ", True),
        ('adminPwd = "', True),
        ("ftpPass=", True),
        ("mqttKennwort: ", True),
        ("db_password=", True),
        ("bypass=", False),
        ("compass: ", False),
        ("Encompassword=", False),
    ),
)
def test_camel_case_password_keys_lift_the_identifier_veto(before: str, expected: bool) -> None:
    text = before + "Quarry_Lamp5"
    assert _after_password_key(text, len(before)) is expected


def _uuid() -> str:
    h = "".join(_RNG.choice("0123456789abcdef") for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


@pytest.mark.parametrize(
    "line",
    (
        "Tha iuchair API aig {v}: {k}. Feumar a thoirt air falbh.",
        "Kia ora, te kī API o {v} mō te ratonga: {k}",
        "{v} : la clé API du partenaire est {k}",
        "Der API-Schlüssel für {v} lautet {k}",
        "Klucz API dla {v}: {k}",
        "{v} API কী: {k}",
    ),
)
def test_api_key_phrases_of_other_languages(line: str) -> None:
    from redactor.detect.secrets.context_prose import named_tokens

    for key in (_uuid(), "".join(_RNG.choice("0123456789abcdef") for _ in range(32))):
        if not any(c.isalpha() for c in key):
            continue
        text = line.format(v=_RNG.choice(_VENDORS), k=key)
        out: list[tuple[int, int, float]] = []
        named_tokens(text, out)
        assert [text[a:b] for a, b, _ in out] == [key]


@pytest.mark.parametrize(
    "line",
    (
        "La clé API du commit hash: {k}",  # a hash word in the phrase
        "Tha iuchair API aig {v}: 12345",  # no generated value
        "La clé API de test: VOTRE_CLE_ICI",
        "Der API-Schlüssel ist in der Datei {v}.",
    ),
)
def test_api_key_phrases_refusals(line: str) -> None:
    from redactor.detect.secrets.context_prose import named_tokens

    text = line.format(v=_RNG.choice(_VENDORS), k=_uuid())
    out: list[tuple[int, int, float]] = []
    named_tokens(text, out)
    assert out == []
