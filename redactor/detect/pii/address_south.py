# ruff: noqa: RUF001, RUF002  -- letters and punctuation of other scripts are the point here.
"""Addresses in South Asian and Ethiopic scripts, read as lists of parts (``pii.address_south``).

In Urdu, Hindi, Nepali, Bengali, Punjabi, Gujarati and Amharic an address is written as a list of
parts separated by the script's comma (``,`` ``،`` ``፣``): a house number with its word, a lane or
street, a sector, ward or sub-city, a town, perhaps a postcode. No part has to be a street name
with a type, so the street-type cores of `pii.address_locale` do not see them:

- ``پتہ مکان نمبر 45، گلی 7، جی-11/3، اسلام آباد ہے۔`` (Urdu: house no. 45, street 7, sector G-11/3);
- ``पता मकान 17, गली 4, शास्त्री नगर, कानपुर 208005, फोन ...`` (Hindi);
- ``ठेगाना ललितपुर महानगरपालिका वडा नं. ३, पुल्चोक`` (Nepali: metropolitan city, ward no. 3);
- ``ঠিকানা বাড়ি ২৩, রোড ৭, ধানমন্ডি, ঢাকা ১২০৫`` (Bengali: house 23, road 7);
- ``አድራሻ፡ ቦሌ ክፍለ ከተማ፣ ወረዳ 03፣ የቤት ቁጥር 1187።`` (Amharic: sub-city, woreda, house number).

An address starts after an address label of these languages (``پتہ``, ``पता``, ``ठेगाना``,
``ঠিকানা``, ``ਪਤਾ``, ``સરનામું``, ``አድራሻ``) or at a house-number word followed by a number. Its
parts run to the end of the sentence (``۔`` ``।`` ``።``, a full stop before a word), a line break,
or the first part that is something else: a phone word or number, an e-mail address, a label
(colon), a long clause. Evidence: a digit and a house, street, sector or ward word of these
languages (`_UNIT_WORDS`) among the parts, and at least two parts after a label (three without
one). The copula that closes an Urdu, Hindi or Nepali clause (``ہے``, ``है``, ``हो``) is no part.
``پتہ`` and ``पता`` also mean "known" (``مجھے پتہ نہیں``, ``पता है``): such a sentence has no list of
parts with a house word and a number, so it is not read.

Gate: the text is not ASCII and holds a letter of these scripts; then one search for a label or a
house word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.detect.pii._scan import Hit, ScanDetector
from redactor.detect.pii.phone_vocab import PHONE_WORDS_ANY

__all__ = ["SouthAsianAddressDetector"]

_LABELS = (
    "پتہ", "پتا", "ایڈریس",  # Urdu
    "पता", "ठेगाना", "पत्ता",  # Hindi, Nepali, Marathi
    "ঠিকানা",  # Bengali
    "ਪਤਾ",  # Punjabi
    "સરનામું",  # Gujarati
    "አድራሻ",  # Amharic
)  # fmt: skip
"""Address labels: Urdu pata and "address", Hindi pata, Nepali thegana, Marathi patta, Bengali
thikana, Punjabi pata, Gujarati saranamum, Amharic adrasha."""

_HOUSE_WORDS = (
    "مکان نمبر", "مکان", "گھر نمبر", "فلیٹ", "پلاٹ",  # Urdu house (no.), flat, plot
    "मकान नं.", "मकान नंबर", "मकान", "घर नं.", "घर नंबर", "फ्लैट", "प्लॉट",  # Hindi/Nepali
    "বাড়ি নং", "বাড়ি", "বাসা", "ফ্ল্যাট", "হোল্ডিং",  # Bengali house, flat, holding
    "ਮਕਾਨ ਨੰ.", "ਮਕਾਨ", "ਘਰ ਨੰ.",  # Punjabi
    "મકાન નં.", "મકાન", "ઘર નં.",  # Gujarati
    "የቤት ቁጥር", "የቤት ቁ.",  # Amharic house number
)  # fmt: skip
"""House-number words that may open an address without a label (a number must follow)."""

_UNIT_WORDS = (
    *_HOUSE_WORDS,
    "گلی", "سیکٹر", "سڑک", "روڈ", "محلہ", "بلاک", "فیز", "ٹاؤن", "کالونی",  # Urdu
    "गली", "सेक्टर", "रोड", "मार्ग", "मोहल्ला", "ब्लॉक", "वार्ड", "वडा", "टोल", "नगरपालिका", "महानगरपालिका",
    "कॉलोनी", "फेज",  # Hindi, Nepali (वडा ward, टोल neighbourhood, नगरपालिका municipality)
    "রোড", "লেন", "ব্লক", "সেক্টর", "মহল্লা", "ওয়ার্ড",  # Bengali
    "ਗਲੀ", "ਸੈਕਟਰ", "ਰੋਡ", "ਮੁਹੱਲਾ",  # Punjabi
    "શેરી", "સોસાયટી", "રોડ", "સેક્ટર",  # Gujarati
    "ክፍለ ከተማ", "ወረዳ", "ቀበሌ", "መንገድ",  # Amharic sub-city, woreda, kebele, road
)  # fmt: skip
"""Words of house, street, sector, ward and sub-city parts: one of them must be among the parts."""


def _alt(words: tuple[str, ...]) -> str:
    # longest first, ties by text: the same pattern text in every process (its compiled code is cached)
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


_WORDLIKE = r"[\w\u0900-\u0dff\u1200-\u135f\u0600-\u06ff\u200c\u200d]"
"""A character of a word in these scripts (Indic vowel signs and joiners are not `\\w`)."""
_START = re.compile(
    r"(?<!" + _WORDLIKE + r")(?:(?P<label>" + _alt(_LABELS) + r")(?!" + _WORDLIKE + r")[ \t]*[:\u1361\uff1a]?[ \t]*"
    r"|(?=(?:" + _alt(_HOUSE_WORDS) + r")[ \t]*\d))"
)
_UNIT_RX = re.compile(r"(?<!" + _WORDLIKE + r")(?:" + _alt(_UNIT_WORDS) + r")(?!" + _WORDLIKE + r")")
_PART_SEP = re.compile(r"[ \t]*[,\u060c\u1363][ \t]*")
_CLAUSE_END = re.compile(r"[\u06d4\u0964\u1362\n;!?]|\.(?=[ \t]+[^\W\d_])|\.$")
"""Where the address's sentence ends: Urdu ``۔``, Devanagari ``।``, Ethiopic ``።``, a line break,
a full stop before a word (``नं. ३`` and ``No. 14`` keep theirs)."""
_COPULA = re.compile(r"[ \t]+(?:ہے|ہیں|تھا|تھی|है|हैं|था|थी|हो|छ|হয়|আছে|ነው)[ \t]*$")
_KNOWN_SENSE = re.compile(
    r"(?:ہے|ہیں|تھا|نہیں|کہ|چلا|چل|لگا|لگ|کر|کریں|کرو|تو|है|हैं|था|थी|नहीं|कि|चला|चल|लगा|लग|कर|करें|करो|तो|छ|छैन|भयो|गर)"
    r"(?![\w\u0900-\u097f\u0600-\u06ff])"
)
"""The first word after ``پتہ`` / ``पता`` when they mean "known" (``پتہ نہیں``, ``पता है कि``, ``पता चला``,
``पता करें``): no address follows."""
_DIGIT = re.compile(r"\d")
_SCRIPTS = re.compile(r"[\u0600-\u06ff\u0900-\u0aff\u1200-\u135f]")
"""A letter of the scripts read here: Arabic (Urdu), Devanagari, Bengali, Gurmukhi, Gujarati, Ethiopic."""
_LONG_NUMBER = re.compile(r"\d(?:[ -]?\d){6}")
_MAX_PARTS = 7
_MAX_PART_WORDS = 6
_MAX_PART_CHARS = 48


def _parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The comma-separated parts of ``text[start:end]``, up to the first that is not an address part."""
    out: list[tuple[int, int]] = []
    pos = start
    while pos < end and len(out) < _MAX_PARTS:
        sep = _PART_SEP.search(text, pos, end)
        a, b = pos, (sep.start() if sep else end)
        part = text[a:b]
        if not part.strip() or len(part) > _MAX_PART_CHARS or len(part.split()) > _MAX_PART_WORDS:
            break
        if "@" in part or ":" in part or _LONG_NUMBER.search(part) or PHONE_WORDS_ANY.search(part.lower()):
            break  # a phone, an e-mail address, a label: the record's next field
        out.append((a, b))
        if sep is None:
            break
        pos = sep.end()
    return out


class SouthAsianAddressDetector(ScanDetector):
    """Addresses of Urdu, Hindi, Nepali, Bengali, Punjabi, Gujarati and Amharic (``pii.address_south``)."""

    name = "pii.address_south"
    entity = "ADDRESS"
    non_ascii = True
    gate = _SCRIPTS

    def find(self, text: str) -> Iterator[Hit]:
        last = -1
        for m in _START.finditer(text):
            start = m.end()
            if start < last or (m.group("label") and _KNOWN_SENSE.match(text, start)):
                continue
            stop = _CLAUSE_END.search(text, start)
            end = stop.start() if stop else len(text)
            parts = _parts(text, start, min(end, start + 400))
            if not parts:
                continue
            a, b = parts[0][0], parts[-1][1]
            copula = _COPULA.search(text, a, b)
            if copula is not None:
                b = copula.start()
            value = text[a:b]
            needed = 2 if m.group("label") else 3
            if len(parts) < needed or _DIGIT.search(value) is None or _UNIT_RX.search(value) is None:
                continue
            last = b
            yield (a, b, 0.8)
