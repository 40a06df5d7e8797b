"""Addresses that end in an unmistakable postcode (`redactor.detect.pii.address_postcode`).

The matrix renders Faker's street addresses and places of five locales (United Kingdom,
United States, Canada, Azerbaijan; Ireland with Eircodes built from the format, since Faker's
``en_IE`` postcodes are not Eircodes) in three orders inside five carriers; every address must be
caught (at least 80 % of it, the corpus scorer's rule). The near misses hold postcodes without a
street before them, or prose before a postcode-shaped token.
"""

from __future__ import annotations

# ruff: noqa: RUF001  # Azerbaijani letters are what some rows test
import itertools
import random

import pytest
from faker import Faker

from redactor.detect.pii.address_postcode import PostcodeAddressDetector

_DETECTOR = PostcodeAddressDetector()
_EIRCODE_KEYS = ("D02", "D6W", "H91", "P31", "T12", "V94", "A94", "F92", "R95", "X91")
_EIRCODE_ID = "0123456789ACDEFHKNPRTVWXY"


def _eircode(rng: random.Random) -> str:
    ident = "".join(rng.choice(_EIRCODE_ID) for _ in range(3))
    return f"{rng.choice(_EIRCODE_KEYS)} {rng.choice('ACDEFHKNPRTVWXY')}{ident}"


def _addresses(seed: int = 10) -> list[tuple[str, str]]:
    """(locale, one-line address) pairs: street, unit, place and postcode in the locale's order."""
    rng = random.Random(seed)
    out: list[tuple[str, str]] = []
    for locale in ("en_GB", "en_IE", "en_US", "en_CA", "az_AZ"):
        fake = Faker(locale)
        fake.seed_instance(seed)
        for _ in range(12):
            street, city = fake.street_address().replace("\n", ", "), fake.city()
            if locale == "en_IE":
                out.append((locale, f"{street}, {city}, Co. Cork {_eircode(rng)}"))
            elif locale == "en_GB":
                unit = "" if street.startswith("Flat") else f"Flat {rng.randint(1, 9)}, "
                out.append((locale, f"{unit}{street}, {city} {fake.postcode()}"))
            elif locale == "en_US":
                out.append(
                    (locale, f"{street}, Apt {rng.randint(1, 40)}, {city}, {fake.state_abbr()} {fake.zipcode()}")
                )
            elif locale == "en_CA":
                out.append((locale, f"{street}, {city}, {fake.province_abbr()} {fake.postcode()}"))
            else:
                out.append(
                    (locale, f"{city} küç. {rng.randint(1, 99)}, mənzil {rng.randint(1, 99)}, Bakı {fake.postcode()}")
                )
    return out


CARRIERS = (
    "Please send the parcel to {a} by Friday.",
    "Shipping: {a}\nThanks",
    '4410,"Example Person",1985-07-12,"{a}"',
    "<p>We moved to <b>{a}</b> last week.</p>",
    '{{"name": "Example", "address": "{a}"}}',
)


@pytest.mark.parametrize(
    ("locale", "address", "carrier"), [(loc, a, c) for (loc, a), c in itertools.product(_addresses(), CARRIERS)]
)
def test_matrix(locale: str, address: str, carrier: str) -> None:
    text = carrier.format(a=address)
    start = text.index(address)
    end = start + len(address)
    spans = [s for s in _DETECTOR.detect(text) if s.entity == "ADDRESS"]
    covered = sum(1 for i in range(start, end) if any(s.start <= i < s.end for s in spans))
    assert covered >= 0.8 * len(address), (locale, [text[s.start : s.end] for s in spans])


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("Our office is in Leeds LS6 1AB.", "a place and postcode alone"),
        ("We have 3 offices, Leeds LS6 1AB", "prose with a number before the place"),
        ("Version 2, CA 94103", "a version, not a house"),
        ("Mon 9 am, Fri 5 pm, Leeds LS6 1AB", "opening hours"),
        ("Send 5 units to NY 10001 asap", "no comma-separated street part"),
        ("error E12 at D02 1234 in module", "an Eircode-shaped token without a letter in its identifier"),
        ("ticket 4410, status open, AZ 1010", "a status line"),
    ],
)
def test_near_misses(text: str, why: str) -> None:
    assert [text[s.start : s.end] for s in _DETECTOR.detect(text)] == [], why


def test_eircode_of_digits_only_is_no_postcode() -> None:
    """``D02 1234`` has an Eircode's shape, but an Eircode's identifier nearly always holds a
    letter (a ticket or an order number reads like it); control: ``D02 X285`` in the same line."""
    line = "Ship to: 12 Harcourt Street, Dublin 2, {code} please"
    assert _DETECTOR.detect(line.format(code="D02 1234")) == []
    assert len(_DETECTOR.detect(line.format(code="D02 X285"))) == 1


def test_address_longer_than_its_reach_is_not_taken() -> None:
    """An address starts at most 160 characters before its postcode; four parts of long place
    words reach further (a list of places, not an address). Control: two of those parts."""
    part = "Abbotsford Gardens Lower Terrace"
    far = "Ship to: 12 Harcourt Street, " + ", ".join([part] * 4) + ", London SW1A 1AA"
    near = "Ship to: 12 Harcourt Street, " + ", ".join([part] * 2) + ", London SW1A 1AA"
    assert _DETECTOR.detect(far) == []
    assert len(_DETECTOR.detect(near)) == 1
