"""The written-out table of non-ASCII decimal digits is the one `unicodedata` gives."""

from __future__ import annotations

import sys
import unicodedata

from redactor.detect.pii import dates_local


def test_digit_zeros_are_every_run_of_decimal_digits() -> None:
    digits = {
        chr(c): str(unicodedata.digit(chr(c)))
        for c in range(0x80, sys.maxunicode + 1)
        if unicodedata.category(chr(c)) == "Nd"
    }
    assert str.maketrans(digits) == dates_local._DIGITS


def test_digits_are_translated_one_for_one() -> None:
    text = "\u0661\u0669\u0668\u0667-\u0966\u0969 \uff12\uff10\uff12\uff14 x"  # Arabic-Indic, Devanagari, full-width
    assert dates_local.ascii_digits(text) == "1987-03 2024 x"
