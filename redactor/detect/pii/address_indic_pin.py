"""Indian addresses in an Indic script that end in a six-digit PIN code (``pii.address_indic_pin``).

An Indian postal address written in its own script (Telugu, Kannada, Malayalam, Tamil, Oriya,
Devanagari, Bengali, Gurmukhi, Gujarati) is a list of comma-separated place parts, village or
locality, town, taluk or district, then the PIN: ``<village>, <district> <district-word> 522017``,
``<house name>, <town>, <district> 686575``. No part needs a street word, so the street-type cores
and `pii.address_south` (which wants a house or street word) do not see it. The PIN is
``[1-8]\\d{5}`` (India Post: first digit the postal region, 1-8), written after a space, a hyphen
or a comma.

Taken: two to five parts, each one to three words of one of these scripts, separated by commas,
then the PIN at a word end (no letter or digit after it, no decimal or digit group), and no word of
these scripts right after it: an amount or count is followed by its unit or currency word
(``250000 రూపాయలు``), a PIN closes the address (punctuation, a line end, a Latin label). A leading
word "address" of these languages is a label, not a part. Gate: a letter of these scripts, then a
six-digit run.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.detect.pii._scan import Hit, ScanDetector

__all__ = ["IndicPinAddressDetector"]

_LETTERS = "\u0900-\u0963\u0966-\u0d7f"
"""Devanagari to Malayalam, without the danda and double danda (sentence ends)."""
_WORD = rf"[{_LETTERS}]{{2,}}"
_PART = rf"{_WORD}(?:[ \t]{_WORD}){{0,2}}"
_ADDRESS = re.compile(
    rf"(?<![{_LETTERS}\w])(?P<value>{_PART}(?:,[ \t]*{_PART}){{1,4}}(?:[ \t]*[,-][ \t]*|[ \t]+)[1-8]\d{{5}})"
    rf"(?![\w{_LETTERS}]|[.,]\d|[ \t]*[{_LETTERS}])"
)
_GATE = re.compile(rf"[{_LETTERS}]")
_PIN = re.compile(r"(?<!\d)[1-8]\d{5}(?!\d)")
_SCORE = 0.8
_LABELS = frozenset(
    (
        "पता",
        "पत्ता",
        "ঠিকানা",
        "ਪਤਾ",
        "સરનામું",
        "ଠିକଣା",  # Hindi, Marathi, Bengali, Punjabi, Gujarati, Oriya
        "முகவரி",
        "చిరునామా",
        "ವಿಳಾಸ",
        "വിലാസം",
        "മേൽവിലാസം",  # Tamil, Telugu, Kannada, Malayalam
    )
)
"""The word "address" of these languages: a label before the address, not a part of it."""
_FIRST_WORD = re.compile(rf"({_WORD})[ \t]+")


class IndicPinAddressDetector(ScanDetector):
    """Indic-script place lists that end in an Indian PIN code (``pii.address_indic_pin``)."""

    name = "pii.address_indic_pin"
    entity = "ADDRESS"
    non_ascii = True
    gate = _GATE

    def find(self, text: str) -> Iterator[Hit]:
        if _PIN.search(text) is None:
            return
        for m in _ADDRESS.finditer(text):
            start = m.start("value")
            w = _FIRST_WORD.match(text, start)
            if w is not None and w.group(1) in _LABELS:
                start = w.end()
            yield (start, m.end("value"), _SCORE)
