"""Parcel tracking numbers after their label (many languages) or in the UPS shape: not phones, not addresses."""

from __future__ import annotations

import random

import pytest

from redactor.detect.pii.address import AddressDetector
from redactor.detect.pii.parcel_numbers import parcel_number
from redactor.detect.pii.phones import PhoneDetector

_RNG = random.Random(1411)
_LABELS = (
    "Tracking number:", "tracking #", "Waybill no.", "AWB", "Nomor resi", "No. resi", "Sendungsnummer:",
    "numéro de suivi", "número de seguimiento:", "código de rastreio", "numero di tracciamento",
    "Track & Trace code:", "takip numaras\u0131", "mã vận đơn", "трек-номер", "追跡番号\uff1a", "운송장 번호",
)
_CARRIERS = ("", " DHL", " JNE", " PostNL", " DHL Express", " GLS")
_PHONE_LABELS = ("Tel.", "Telp", "phone:", "Mobil:", "WhatsApp", "téléphone :", "call me on")


def _digits(n: int) -> str:
    return "".join(_RNG.choice("0123456789") for _ in range(n))


def _number() -> str:
    shape = _RNG.choice(("run", "groups", "lead0"))
    if shape == "run":
        return "8" + _digits(_RNG.randint(9, 13))
    if shape == "groups":
        return f"0{_digits(3)} {_digits(4)} {_digits(4)}"
    return "0" + _digits(12)


def _ups() -> str:
    chars = "".join(_RNG.choice("0123456789ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(16))
    if _RNG.random() < 0.5:
        return "1Z" + chars
    return f"1Z {chars[:3]} {chars[3:6]} {chars[6:8]} {chars[8:12]} {chars[12:]}"


@pytest.mark.parametrize("label", _LABELS)
def test_a_number_after_a_tracking_label_is_a_parcel(label: str) -> None:
    for _ in range(5):
        value = _number()
        text = f"Pesanan sudah dikirim. {label}{_RNG.choice(_CARRIERS)} {value}. Terima kasih."
        start = text.index(value)
        assert parcel_number(text, start, start + len(value)), text


@pytest.mark.parametrize("label", _PHONE_LABELS)
def test_a_number_after_a_phone_label_is_not_a_parcel(label: str) -> None:
    for _ in range(5):
        value = _number()
        text = f"Order shipped with tracking.\n{label} {value}"
        start = text.index(value)
        assert not parcel_number(text, start, start + len(value)), text


def test_the_label_must_end_right_before_the_value() -> None:
    value = "0812 3456 7890"
    text = f"Tracking number is in the e-mail; call me on {value}"
    assert not parcel_number(text, text.index(value), text.index(value) + len(value))
    text = f"Sendungsnummer folgt.\n{value}"
    assert not parcel_number(text, text.index(value), text.index(value) + len(value))


def test_ups_numbers_are_parcels_wherever_they_stand() -> None:
    for _ in range(20):
        value = _ups()
        text = f"see {value} for details"
        assert parcel_number(text, text.index(value), text.index(value) + len(value)), value
    assert not parcel_number("1Z 999", 0, 6)


@pytest.mark.parametrize("label", _LABELS[:8])
def test_phone_detector_leaves_tracking_numbers(label: str) -> None:
    value = f"0{_digits(3)} {_digits(4)} {_digits(4)}"
    masked = f"Hubungi kami di telp {value}."
    spans = PhoneDetector().detect(masked)
    if not spans:
        pytest.skip("the phone detector does not read this shape as a phone at all")
    text = f"Paket dikirim. {label} {value}."
    assert not PhoneDetector().detect(text), text


def test_address_detector_leaves_ups_numbers() -> None:
    for _ in range(10):
        text = f"Delivery note DN-{_digits(5)}, tracking {_ups()}."
        assert not AddressDetector().detect(text), text
