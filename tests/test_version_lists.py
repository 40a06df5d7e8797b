"""Four-part versions in a list of products' versions are not IPv4 addresses; hosts' addresses stay."""

from __future__ import annotations

import random

import pytest

from redactor.detect.pii.network import IpAddressDetector
from redactor.detect.pii.version_lists import in_version_list

_RNG = random.Random(1413)
_PRODUCTS = ("Kiosk", "Agent", "Vista POS", "Revit", "Chromium Embedded", "Edge WebView2", "Studio", ".NET")
_SEPARATORS = (", ", "; ", " / ", " | ")


def _public_quad() -> str:
    return f"{_RNG.randint(11, 99)}.{_RNG.randint(0, 9)}.{_RNG.randint(0, 99)}.{_RNG.randint(1, 254)}"


def _non_address_version() -> str:
    shape = _RNG.choice(("two", "three", "big"))
    if shape == "two":
        return f"{_RNG.randint(1, 30)}.{_RNG.randint(0, 20)}"
    if shape == "three":
        return f"{_RNG.randint(1, 30)}.{_RNG.randint(0, 20)}.{_RNG.randint(0, 99)}"
    return f"{_RNG.randint(1, 20)}.0.{_RNG.randint(1000, 9999)}.{_RNG.randint(1, 9)}"


@pytest.mark.parametrize("sep", _SEPARATORS)
def test_a_quad_beside_a_non_address_version_is_a_version(sep: str) -> None:
    for _ in range(10):
        quad, other = _public_quad(), _non_address_version()
        a, b = _RNG.sample(_PRODUCTS, 2)
        for text in (f"Installed: {a} {quad}{sep}{b} {other}.", f"Installed: {b} {other}{sep}{a} {quad}."):
            start = text.index(quad)
            assert in_version_list(text, start, start + len(quad)), text
            assert not IpAddressDetector().detect(text), text


@pytest.mark.parametrize("sep", _SEPARATORS)
def test_hosts_and_network_words_keep_addresses(sep: str) -> None:
    for _ in range(10):
        quad, other = _public_quad(), _non_address_version()
        for text in (
            f"Web {quad}{sep}Db {_public_quad()}",  # a list of hosts
            f"Client IP {quad}{sep}Chrome {other}",  # a user's address beside its browser
            f"login from {quad}{sep}Firefox {other}",
            f"{quad}{sep}Chrome {other}",  # no product name before the quad
        ):
            start = text.index(quad)
            assert not in_version_list(text, start, start + len(quad)), text
            assert IpAddressDetector().detect(text), text
