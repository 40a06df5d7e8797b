"""Four-part versions are not IPv4 addresses (``pii.ip_address``): Debian package revisions,
section and policy numbers, kernel versions, requirement specifiers after a comma.

Each row: (text, values the detector must report, why); an empty tuple is a near miss.
"""

from __future__ import annotations

import pytest

from redactor.detect.pii.network import IpAddressDetector

ROWS = [
    ("Requires-Dist: typing-extensions <5.0.0,>=3.7.4.1 ; python_version < '3.8'", (), "a specifier list"),
    ("See [RFC 5890, section 2.3.2.4](https://www.rfc-editor.org/rfc/rfc5890)", (), "a section number"),
    ("  * Declare compliance with Policy 4.6.0.1", (), "Debian Standards-Version"),
    ("alsa-lib (1.2.7.2-1) unstable; urgency=medium", (), "a Debian changelog header"),
    ("Use Linux 2.6.8.1 but don't use the ALSA modules", (), "a kernel version"),
    ("2.2.1. Free versions\n\n2.2.1.1. Unix platforms\n2.2.1.2. OS/2", (), "numbered section headings"),
    ("debianutils (4.8.6.3) unstable; urgency=medium", (), "a Debian entry without revision"),
    ("81.2.69.142. That host is the gateway", ("81.2.69.142",), "an address with a part over 99 opening a sentence"),
    ("curl (81.2.69.142) failed", ("81.2.69.142",), "an address in parentheses"),
    ("firewall policy allow src 81.2.69.142 dst 10.0.0.4", ("81.2.69.142",), "policy words far from the address"),
    ("ip.addr == 81.2.69.142", ("81.2.69.142",), "a filter on an address field"),
    ("client 81.2.69.142-81.2.69.150 blocked", ("81.2.69.142",), "a range goes on with a dotted number"),
]


@pytest.mark.parametrize(("text", "expected", "why"), ROWS, ids=[r[2] for r in ROWS])
def test_versions_are_not_addresses(text: str, expected: tuple[str, ...], why: str) -> None:
    spans = IpAddressDetector().detect(text)
    assert tuple(text[s.start : s.end] for s in spans if s.score >= 0.5) == expected
