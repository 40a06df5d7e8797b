"""Phone numbers (``pii.phone``): shape rules, then libphonenumber for the world's numbering plans.

Five passes over the text, all behind one gate (seven digits close together) so text without
a digit run costs one regex search:

1. **Shape rules** (`redactor.detect.pii.phone_shapes`): a number of 7 to 15 digits in one of the
   shapes people write; unambiguous shapes alone, any other with a phone word nearby. Dates,
   times, IP addresses, versions, money and 10-digit epoch seconds are rejected.
2. **Numbering plans** (`redactor.detect.pii.phone_plans`), for candidates pass 1 left: wider
   separators, digits of any script, phone words of many languages, and libphonenumber
   validation (``+CC`` / ``00CC`` numbers valid for their country code; national numbers with a
   phone word; national numbers without one when valid for a region the surrounding text points
   to and grouped as that region writes them, `redactor.detect.pii.phone_groupings`).
3. and 4. **Phone keys and columns** (`redactor.detect.pii.phone_columns`): ``PhoneNumber=...``
   values and the cells of table columns named by a phone word.
5. **Siblings** (`redactor.detect.pii.phone_siblings`): national numbers written in exactly the
   shape of a number found in the same text (the other rows of a contact list).

Zero-filled placeholders (``+1 000 000 0000``) are dropped at the end.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.detect.pii._base import Finding, TextInfo, ViewDetector
from redactor.detect.pii.parcel_numbers import parcel_number
from redactor.detect.pii.phone_columns import KEY_WORDS, column_findings, keyed_findings, word_hits
from redactor.detect.pii.phone_plans import plan_findings
from redactor.detect.pii.phone_shapes import phone_digits, plausible_phone, shape_findings
from redactor.detect.pii.phone_siblings import sibling_findings

__all__ = ["PhoneDetector", "phone_digits", "plausible_phone"]

_GATE = re.compile(r"\d(?:[^\d\n]{0,3}\d){6}")
"""Seven digits, each within three characters of the next: every candidate of both passes
contains such a run (a separator is at most three characters: ``) (``, `` / ``). Python's ``re``
on purpose: on this pattern it is faster than RE2 through its wrapper, and reads any text."""
_ZERO_FILLED = re.compile(r"\d{0,4}0{8,}")
"""A zero-filled placeholder (``+385 00 000 0000``, ``+1 000 000 0000``, ``000-000-0000``): at
most four digits (a country and area code), then eight zeros or more. No example number of
libphonenumber's 245 regions and ten number types (3,387 formatted forms) is one."""


class PhoneDetector(ViewDetector):
    """Phone numbers (``pii.phone``)."""

    name = "pii.phone"
    shares_results = True  # pii.contact_row reads them too
    entities: tuple[str, ...] = ("PHONE_NUMBER",)

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        text = info.text
        if self.gated and _GATE.search(text) is None:
            return
        found = plan_findings(info, list(shape_findings(info)))
        hits = word_hits(text, KEY_WORDS)
        if hits:
            found = keyed_findings(info, found, hits)
            if "\n" in text:
                found = column_findings(info, found, hits)
        found = sibling_findings(info, found)
        for finding in found:
            if _ZERO_FILLED.fullmatch(phone_digits(text[finding[1] : finding[2]])) is None and not parcel_number(
                text, finding[1], finding[2]
            ):
                yield finding
