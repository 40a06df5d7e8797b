"""A size and a date in a directory listing is no street address (`ls -l`), while a street
whose name starts with a month abbreviation still is."""

from __future__ import annotations

import pytest

from redactor.detect.pii.address import AddressDetector

DETECTOR = AddressDetector()


def addresses(text: str) -> list[str]:
    return [text[s.start : s.end] for s in DETECTOR.detect(text)]


@pytest.mark.parametrize(
    "text",
    [
        "-rw-r--r--  1 dev dev  1204 Mar  3  2024 README.md",
        "drwxr-xr-x  2 dev dev  4096 Dec 31 23:59 backup",
        "total 48\n-rw-r--r-- 1 root root 22310 Jan 28 14:02 main.py\n-rwxr-xr-x 1 root root 912 Oct  7  2023 run.sh",
    ],
)
def test_listing_columns_are_not_addresses(text: str) -> None:
    assert addresses(text) == []


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Ship it to 1204 Mar Vista Ave, Los Angeles, CA 90066", "1204 Mar Vista Ave, Los Angeles, CA 90066"),
        ("Send to 12 May Street, Dunedin 9016, New Zealand", "12 May Street, Dunedin 9016, New Zealand"),
    ],
)
def test_streets_named_like_months_still_are(text: str, address: str) -> None:
    assert addresses(text) == [address]
