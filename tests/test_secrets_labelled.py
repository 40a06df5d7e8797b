# ruff: noqa: RUF001  # labels of other languages and scripts are the point here
"""A credential alone on its line under a line that names it (``secret.generic.label_line``).

Generated matrix: label lines in nine languages that name a token, key or password and end with a
colon, then (after an optional blank line, in backticks or quotes or bare) a seeded generated
token or a chosen password. Near misses: the same value lines under hash, checksum, commit, id,
fingerprint and public-key labels, and credential labels over words, numbers, paths and URLs.
"""

from __future__ import annotations

import random
import string

import pytest

from redactor.detect.secrets import secret_detectors
from redactor.detect.secrets.escapes import ViewCache
from redactor.detect.secrets.labelled import LabelledLineDetector

DETECTORS = secret_detectors()
LABELLED = LabelledLineDetector(ViewCache())
_RNG = random.Random(46)

TOKEN_LABELS = (
    "Here is the API key for the staging tenant:",
    "hier der API-Schlüssel für die IONOS DNS-API, damit ihr die Zertifikate erneuern könnt:",
    "Voici la clé API du compte de production :",
    "Aquí está el token de acceso para el webhook:",
    "本番環境のAPIキー：",
    "生产环境的访问令牌：",
    "Токен доступа для бота:",
    "Token:",
    "Client secret (rotate after the demo):",
)
PASSWORD_LABELS = (
    "Here is the new password for the staging VPN:",
    "Das neue WLAN-Passwort lautet:",
    "Le mot de passe temporaire :",
    "Contraseña del portal de proveedores:",
    "管理画面のパスワード：",
)


def _token() -> str:
    alphabet = string.ascii_letters + string.digits
    while True:
        v = "".join(_RNG.choice(alphabet) for _ in range(_RNG.randrange(24, 64)))
        if sum(c.isdigit() for c in v) >= 2:
            return v


def _hex(n: int) -> str:
    return "".join(_RNG.choice("0123456789abcdef") for _ in range(n))


def _layout(label: str, value: str, style: int) -> str:
    return [
        f"{label}\n{value}\n",
        f"Hi all,\n\n{label}\n\n{value}\n\nThanks",
        f"{label}\n`{value}`",
        f'{label}\n"{value}"\n',
    ][style]


@pytest.mark.parametrize("label", TOKEN_LABELS)
@pytest.mark.parametrize("style", range(4))
def test_generated_tokens_under_a_naming_line_are_masked(label: str, style: int) -> None:
    for value in (_token(), _hex(40), f"{_hex(32)}.{_token()}"):
        text = _layout(label, value, style)
        assert [text[s.start : s.end] for s in LABELLED.detect(text)] == [value], text


@pytest.mark.parametrize("label", PASSWORD_LABELS)
@pytest.mark.parametrize("value", ["Velvet7103@jc", "9493Otter@", "Saffron$1192", "Tr0ub4dor&3"])
def test_chosen_passwords_under_a_password_line_are_masked(label: str, value: str) -> None:
    text = _layout(label, value, 1)
    assert any(text[s.start : s.end] == value for s in LABELLED.detect(text))


@pytest.mark.parametrize(
    "label",
    [
        "SHA256 checksum of the key file:",
        "Commit that rotated the token:",
        "Build ID:",
        "Request id of the failing token refresh:",
        "Public key:",
        "Key fingerprint:",
        "Cache key:",
        "Primary key:",
        "The key steps are:",
        "Digest of the secret bundle:",
    ],
)
def test_hashes_ids_and_public_keys_under_other_labels_are_left_alone(label: str) -> None:
    for value in (_hex(40), _hex(64), _token()):
        assert not LABELLED.detect(_layout(label, value, 1))


@pytest.mark.parametrize("label", TOKEN_LABELS + PASSWORD_LABELS)
@pytest.mark.parametrize(
    "value", ["installDependencies", "1234567890123", "/etc/app/secrets/token.txt", "https://vault.example.com/ui"]
)
def test_values_that_are_no_credential_are_left_alone(label: str, value: str) -> None:
    assert not LABELLED.detect(_layout(label, value, 1))


def test_a_value_with_more_on_its_line_is_left_to_other_rules() -> None:
    assert not LABELLED.detect(f"API key:\n{_token()} (expires in 30 days)\n")


def test_registered() -> None:
    text = f"Token:\n{_token()}\n"
    assert any(s.detector == "secret.generic.label_line" for d in DETECTORS for s in d.detect(text))


@pytest.mark.parametrize(
    "code",
    [
        "    if tokens:\n        result.append(tokens[-1])\n",
        "    def token(self):\n        return_the_cached_token_value\n",
        "            elif token[1] == ')':\n                stacks[-1].append(token)\n",
    ],
)
def test_code_lines_ending_with_a_colon_are_no_labels(code: str) -> None:
    assert not LABELLED.detect(code)
