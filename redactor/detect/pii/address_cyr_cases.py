# ruff: noqa: RUF001, RUF002  -- Cyrillic address words are the point here.
"""Russian and Ukrainian streets in their case forms (``pii.address_cyr_cases``).

`pii.address_native` reads a Russian address in the form of a form or an envelope: the street type
in the nominative or abbreviated (``ул. Тверская, д. 7``). In a sentence the type is declined
(``на улице Алабяна, 13к2``, ``живу на Ленинском проспекте, д. 12``, ``по улице Гагарина, дом 5``,
``на вулиці Шевченка, буд. 7``), and the house number often comes bare after a comma, with its
building (``13к2``, ``13 корп. 2``, ``7/1``, ``15а``). This detector reads:

- a street type of Russian or Ukrainian in any case (`_TYPES`: улица/улице/улицу/улицы/улицей,
  проспект(е|а|ом), переулок/переулке/переулка, бульвар(е|а), площадь/площади, шоссе,
  набережная/набережной, проезд(е|а); вулиця/вулиці/вулицю, провулок/провулку, площа/площі...),
  before or after a capitalised name of one to three words (``улице Алабяна``, ``Ленинском
  проспекте``, ``улице Маршала Жукова``);
- then a house number: after a mark (``д.``, ``дом``, ``доме``, ``буд.``, ``будинок``), or bare
  after a comma, with its building, block or letter (``13к2``, ``13 корп. 2``, ``13, стр. 1``);
- then an optional flat or office (``кв. 12``, ``оф. 5``) and a city after a comma (``г. Москва``).

The street type is part of the address; the preposition before it (``на``, ``по``) is not. A name
with no house number (``на улице Ленина было тихо``) is not an address here.

Gate: a Cyrillic letter in a text that is not ASCII; the address pattern then runs only in a window
around each street-type stem (`_GATE`), never over the whole text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.detect.pii._scan import Hit, ScanDetector

__all__ = ["CyrillicCaseAddressDetector"]

_TYPES = (
    # Russian: street, avenue, lane, boulevard, square, highway, embankment, passage, alley, dead end
    "улица|улице|улицу|улицы|улицей|ул\\."
    "|проспект|проспекте|проспекта|проспектом|просп\\.|пр-т|пр-те"
    "|переулок|переулке|переулка|переулком|пер\\."
    "|бульвар|бульваре|бульвара|бульваром|б-р"
    "|площадь|площади|площадью|пл\\."
    "|шоссе|ш\\."
    "|набережная|набережной|набережную|наб\\."
    "|проезд|проезде|проезда|проездом"
    "|аллея|аллее|аллеи|аллею"
    "|тупик|тупике"
    # Ukrainian: street, avenue, lane, boulevard, square, embankment
    "|вулиця|вулиці|вулицю|вулицею|вул\\."
    "|проспекті|проспектом|провулок|провулку|провулком|пров\\."
    "|бульварі|площа|площі|площею|набережна|набережній"
)
_UP = "А-ЯЁІЇЄҐ"
_LOW = "а-яёіїєґʼ'"
_NAME_WORD = "(?:[" + _UP + "0-9][" + _LOW + _UP + "0-9-]*|[1-9]\\d?-?(?:я|й|го|ая|ой|ої|а))"
"""A capitalised word of a street name (``Алабяна``, ``Маршала``, ``Ленинском``), or an ordinal
(``1-я``, ``3-й``)."""
_NAME = _NAME_WORD + "(?:[ ]" + _NAME_WORD + "){0,2}"
_MARK = "(?:д\\.|дом|доме|дома|буд\\.|будинок|будинку)"
_HOUSE = (
    "\\d{1,4}(?!\\d)(?:[" + _LOW + "](?![" + _LOW + "\\d]))?(?:/\\d{1,4})?"
    "(?:к\\d{1,2}|[ ]?(?:корп\\.|к\\.|стр\\.|корпус)[ ]?\\d{1,2})?"
)
_NUMBER = (
    "(?:,?[ ](?:в[ ])?" + _MARK + "[ ]?" + _HOUSE + "|,[ ]" + _HOUSE + "(?![\\d.,:]\\d|[ ]?(?:%|год|лет|раз|чел|руб)))"
)
_UNIT = "(?:,?[ ](?:кв\\.|квартира|оф\\.|офис)[ ]?\\d{1,5})?"
_CITY = (
    "(?:,[ ](?:г\\.[ ]?|м\\.[ ]?)?[" + _UP + "][" + _LOW + "-]+(?:[ ][" + _UP + "][" + _LOW + "-]+)?"
    "(?![" + _LOW + "]|[ ]?\\d))?"
)
_ADDRESS = re.compile(
    "(?<![" + _LOW + _UP + "\\w])(?:"
    "(?i:" + _TYPES + ")[ ]?" + _NAME + "|" + _NAME + "[ ](?:" + _TYPES + ")"
    ")" + _NUMBER + _UNIT + _CITY
)
_GATE = re.compile(
    "(?i:улиц|проспект|пр-т|переул|бульв|б-р|площа|шоссе|набережн|проезд|алле|тупик|вулиц|провул"
    "|ул\\.|пер\\.|пл\\.|вул\\.)"
)


_CYRILLIC = re.compile("[\u0400-\u04ff]")
_BEFORE_TYPE = 80
"""How far before a street-type word its address may start (a name of up to three words)."""
_AFTER_TYPE = 200
"""How far after it the address may end (name, house, unit and city)."""


class CyrillicCaseAddressDetector(ScanDetector):
    """Russian and Ukrainian streets in case forms with a house number (``pii.address_cyr_cases``)."""

    name = "pii.address_cyr_cases"
    entity = "ADDRESS"
    non_ascii = True
    gate = _CYRILLIC

    def find(self, text: str) -> Iterator[Hit]:
        seen: set[int] = set()
        for hit in _GATE.finditer(text):  # the address around each street-type word only
            lo, hi = max(0, hit.start() - _BEFORE_TYPE), min(len(text), hit.end() + _AFTER_TYPE)
            for m in _ADDRESS.finditer(text, lo, hi):
                if m.start() not in seen and m.start() <= hit.start() < m.end():
                    seen.add(m.start())
                    yield (m.start(), m.end(), 0.8)
