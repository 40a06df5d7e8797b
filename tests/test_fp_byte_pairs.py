"""Colon-separated bytes are not IPv6 addresses: MAC addresses, EUI-64 ids, key fingerprints.

Each row: (text, values the detector must report, why); an empty tuple is a near miss.
"""

from __future__ import annotations

import pytest

from redactor.detect.pii.network import IpAddressDetector


def found(detector: object, text: str) -> tuple[str, ...]:
    spans = detector.detect(text)  # type: ignore[attr-defined]
    return tuple(text[s.start : s.end] for s in spans if s.score >= 0.5)


ROWS = [
    ("empreinte SHA-256 `4D:3F:92:B8:45:BF:08:8A…`", (), "a truncated certificate fingerprint"),
    ('node_network_info{address="9f:d8:7d:09:01:f5",device="eth0"} 1', (), "a MAC address"),
    ("ssh-keygen -l: MD5:16:27:ac:a5:76:28:2d:36:63:1b:56:4d:eb:df:a6:48 (RSA)", (), "an MD5 key fingerprint"),
    ("interface id 02:1a:2b:ff:fe:3c:4d:5e", (), "an EUI-64 id"),
    ("client 2a02:c7f:48ab:9e00:1d4f:2b7c:9ad3:6e01 logged in", ("2a02:c7f:48ab:9e00:1d4f:2b7c:9ad3:6e01",), "IPv6"),
    ("from 2a02:c7f:48ab::6e01 port 22", ("2a02:c7f:48ab::6e01",), "compressed IPv6"),
]


@pytest.mark.parametrize(("text", "expected", "why"), ROWS, ids=[r[2] for r in ROWS])
def test_byte_pairs_are_not_ipv6(text: str, expected: tuple[str, ...], why: str) -> None:
    assert found(IpAddressDetector(), text) == expected
