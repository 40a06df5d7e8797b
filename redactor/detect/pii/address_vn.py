"""Vietnamese addresses that end in a city or province (``pii.address_vn``).

Vietnamese addresses run from the house to the province, comma-separated, with no postcode
people write: ``112 Lê Lợi, Quận 1, TP. Hồ Chí Minh``, ``72 Lê Thánh Tôn, Phường Bến Nghé, Quận 1,
TP. Hồ Chí Minh``, ``số 18 ngõ 42 phố Thịnh Hào 1, Đống Đa, Hà Nội``. The detector anchors on
the last part: a province or city of Faker's ``vi_VN`` provider (`address_vn_data`), or any name
after a city/province mark (``TP.``, ``Thành phố``, ``Tỉnh``), right after a comma. From there it
walks back over the parts as `address_postcode.address_start` does (short parts of capitalised
words, Vietnamese address words and house numbers, to the earliest part with a house number).

Evidence: the anchor carries a mark, or a part before it is an administrative unit (``Phường``,
``Quận``, ``Huyện``, ``Xã``, ``Thị xã``, ``Thị trấn``...), or the first part holds a Vietnamese street
word (``số``, ``ngõ``, ``phố``, ``đường``, ``hẻm``...). ``12 Example Road, Huế`` alone is not enough.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.detect.pii._scan import Hit, ScanDetector
from redactor.detect.pii.address_postcode import address_start
from redactor.detect.pii.address_vn_data import PLACE_MARKS, PLACES, UNIT_WORDS

__all__ = ["VietnameseAddressDetector"]

_UPPER = "A-Z\u00c0-\u00de\u0110\u1ea0-\u1ef8"
"""Capital letters of Vietnamese (Latin-1 capitals, Đ, and the stacked-diacritic capitals; a lower
case letter of that range is accepted too: the name test is only that it starts with a letter)."""
_NAME = r"[" + _UPPER + r"][^\W\d_]*"
_MARK = "(?:" + "|".join(map(re.escape, sorted(PLACE_MARKS, key=len, reverse=True))) + ")"
_ANCHOR = re.compile(
    r",[ \t]*(?P<anchor>"
    r"(?P<mark>" + _MARK + r"[ \t]*)?(?:" + "|".join(map(re.escape, sorted(PLACES, key=len, reverse=True))) + r")"
    r"|" + _MARK + r"[ \t]*" + _NAME + r"(?:[ \t]" + _NAME + r"){0,3}"
    r")(?![^\W\d_])(?:[ \t]\d{5,6}(?!\d))?"
)
"""A comma, then a known province or city (with an optional mark) or a mark and a name, and an
optional postcode."""
_ADMIN = re.compile(
    r"(?:^|,)[ \t]*(?:Phường|Quận|Huyện|Xã|Thị xã|Thị trấn|phường|quận|huyện|xã|thị xã|thị trấn|P\.|Q\.)[ \t]"
)
_STREET_WORD = re.compile(
    r"(?<![^\W\d_])(?:số|Số|ngõ|ngách|hẻm|kiệt|"
    + "|".join(map(re.escape, sorted(UNIT_WORDS, key=len, reverse=True)))
    + r")(?![^\W\d_])"
)
_MAX_SPAN = 200


class VietnameseAddressDetector(ScanDetector):
    """Vietnamese addresses that end in a province or city (``pii.address_vn``)."""

    name = "pii.address_vn"
    entity = "ADDRESS"
    non_ascii = True  # Vietnamese street, ward and place names hold letters outside ASCII

    def find(self, text: str) -> Iterator[Hit]:
        for m in _ANCHOR.finditer(text):
            a = m.start("anchor")
            line_start = text.rfind("\n", 0, a) + 1
            start = address_start(text, line_start, m.start())
            if start is None or a - start > _MAX_SPAN:
                continue
            chain = text[start : m.start()]
            if m.group("mark") or _ADMIN.search(chain) or _STREET_WORD.search(chain.split(",")[0]):
                yield (start, m.end(), 0.8)
