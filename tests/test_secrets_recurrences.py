"""A secret found next to its key is masked where it recurs in the same text, as a whole token."""

from __future__ import annotations

import pytest

from redactor.detect.secrets import secret_detectors
from redactor.detect.secrets.recur import with_recurrences
from redactor.detect.span import Span

DETECTORS = secret_detectors()


def masked(text: str) -> list[tuple[int, int]]:
    """Sorted distinct (start, end) of every span."""
    return sorted({(s.start, s.end) for d in DETECTORS for s in d.detect(text)})


def test_repl_echo_of_an_assigned_secret_is_masked() -> None:
    value = "Tq8vLm2Xw9Rk4Zp7Nb1Vc6Hd3Js5Gf0Ya8Ue2Wi4Ol"
    text = f'julia> ENV["ACME_API_SECRET"] = "{value}"\n"{value}"\n'
    first = text.index(value)
    second = text.index(value, first + 1)
    assert masked(text) == [(first, first + len(value)), (second, second + len(value))]


def test_recurrence_of_a_cli_password_is_masked() -> None:
    text = "$ mosquitto_pub -u iot -P 'Hx7!kq29Lm' -t a -m b\nError: bad password Hx7!kq29Lm for iot\n"
    starts = [s for s, _ in masked(text)]
    assert starts == [text.index("Hx7!kq29Lm"), text.rindex("Hx7!kq29Lm")]


def test_value_inside_a_longer_token_is_not_a_recurrence() -> None:
    text = "aaaSecretValue1234bbb and SecretValue1234 here"
    span = Span("SECRET", text.rindex("SecretValue1234"), text.rindex("SecretValue1234") + 15, 0.8, "t")
    assert with_recurrences(text, [span]) == [span]


@pytest.mark.parametrize("value", ["Ed25519PrivateKey", "auth_info[2]", "SWFValidationException", "Winter2024x"])
def test_code_names_and_plain_words_do_not_propagate(value: str) -> None:
    text = f"x = {value}\nuse({value})\n{value}\n"
    span = Span("SECRET", 4, 4 + len(value), 0.8, "t")
    assert with_recurrences(text, [span]) == [span]


def test_short_values_do_not_propagate() -> None:
    text = "pw1234x then pw1234x"
    span = Span("SECRET", 0, 7, 0.8, "t")
    assert with_recurrences(text, [span]) == [span]


def test_every_whole_occurrence_is_added_once() -> None:
    text = "k=Zx81!m2Qw9 / Zx81!m2Qw9 / (Zx81!m2Qw9)"
    span = Span("SECRET", 2, 12, 0.8, "t")
    out = with_recurrences(text, [span])
    assert [(s.start, s.end) for s in out] == [(2, 12), (15, 25), (29, 39)]
    assert all(s.detector == "t" and s.score == 0.8 for s in out)
