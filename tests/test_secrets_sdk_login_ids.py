"""Authorize.net API login ids, set as the merchant authentication's name in each SDK."""

from __future__ import annotations

import pytest

from redactor.detect.secrets import secret_detectors

DETECTORS = secret_detectors()


def spans(text: str) -> set[str]:
    """Every masked substring of `text`."""
    return {text[s.start : s.end] for d in DETECTORS for s in d.detect(text)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "MerchantAuthenticationType auth = new MerchantAuthenticationType();\n"
            'auth.setName("q7Rk2mZx9P");\nauth.setTransactionKey("Lm82Xq7Rt3Vb5Hn1");',
            "q7Rk2mZx9P",
        ),
        (
            "merchantAuth = apicontractsv1.merchantAuthenticationType()\nmerchantAuth.name = '5KP3u95bQpv'",
            "5KP3u95bQpv",
        ),
        ('{"createTransactionRequest": {"merchantAuthentication": {"name": "9bSaKC66uHg"}}}', "9bSaKC66uHg"),
        ("$merchantAuthentication->setName('Hq82Lmz7Tx');", "Hq82Lmz7Tx"),
    ],
)
def test_login_id_masked(text: str, value: str) -> None:
    assert value in spans(text)


@pytest.mark.parametrize(
    "text",
    [
        '$merchantAuthentication->setName(getenv("ANET_LOGIN_ID"));',
        "merchantAuth.name = 'LOGIN_ID_HERE'",
        'merchantAuthentication: { name: "YourLoginId" }',
        'merchant = Merchant()\nmerchant.setName("AcmeStore2024")',  # no merchant authentication object
    ],
)
def test_not_masked(text: str) -> None:
    assert spans(text) == set()
