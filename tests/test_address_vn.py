"""Vietnamese addresses that end in a city or province (`redactor.detect.pii.address_vn`).

The matrix joins Faker ``vi_VN`` street addresses, communes/wards, districts and provinces or
cities (with and without their marks) in three orders, inside five carriers; every address must
be caught (80 % of its characters, the corpus scorer's rule). Near misses: place names in prose,
a bare street and a city without any unit, mark or Vietnamese street word.
"""

from __future__ import annotations

import itertools
import random

import pytest
from faker import Faker

from redactor.detect.pii.address_vn import VietnameseAddressDetector

_DETECTOR = VietnameseAddressDetector()


def _addresses(seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    fake = Faker("vi_VN")
    fake.seed_instance(seed)
    out: list[str] = []
    for _ in range(15):
        street, commune = fake.street_address(), fake.commune_name()
        district = f"Quận {rng.randint(1, 12)}"
        out.append(f"{street}, Phường {commune}, {district}, {fake.city()}")  # ward, district, marked city
        out.append(f"{street}, Xã {commune}, {fake.province()}")  # commune and province (marked or not)
        out.append(f"{street}, {district}, TP. {rng.choice(('Hồ Chí Minh', 'Hà Nội', 'Đà Nẵng'))}")
    return out


CARRIERS = (
    "Giao hàng tới {a} trước thứ Sáu.",
    "Địa chỉ: {a}\nĐiện thoại: 0903 123 456",
    "- Nguyễn Văn A | DOB 1986-05-19 | {a} | +84 90 318 2274",
    '{{"name": "Nguyễn Văn A", "address": "{a}"}}',
    "<td>{a}</td>",
)


@pytest.mark.parametrize(("address", "carrier"), list(itertools.product(_addresses(), CARRIERS)))
def test_matrix(address: str, carrier: str) -> None:
    text = carrier.format(a=address)
    start = text.index(address)
    end = start + len(address)
    spans = [s for s in _DETECTOR.detect(text) if s.entity == "ADDRESS"]
    covered = sum(1 for i in range(start, end) if any(s.start <= i < s.end for s in spans))
    assert covered >= 0.8 * len(address), [text[s.start : s.end] for s in spans]


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("Tôi sống ở Hà Nội, còn anh ấy ở Huế.", "places in prose"),
        ("Có 3 người đến, Hà Nội", "a count before a place"),
        ("Phiên bản 2 Beta, Huế", "a version before a place"),
        ("12 Example Road, Huế", "a street with no unit, mark or Vietnamese street word"),
        ("Chuyến bay VN 123, Đà Nẵng lúc 8 giờ", "a flight number"),
    ],
)
def test_near_misses(text: str, why: str) -> None:
    assert [text[s.start : s.end] for s in _DETECTOR.detect(text)] == [], why
