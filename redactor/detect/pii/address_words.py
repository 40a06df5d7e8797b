"""Word lists and label lines of the street-address detector (`redactor.detect.pii.address`).

Data, not logic, apart from `labelled_values`: the cue words that make an address likely, the
stop words no place name holds, lower-case street abbreviations, and the address labels whose
``Label: value`` lines the segmenter reads as code (``key: value`` looks like YAML).
"""

from __future__ import annotations

import re

from redactor.detect.pii._base import TextInfo
from redactor.detect.pii._vocab import words

LABEL_WORDS = (
    "addr",
    "adres",  # also adresse, adress
    "direcci",
    "endere",
    "indirizzo",
    "anschrift",
    "domicil",
    "location",
    "street",
    "stra\u00dfe",
    "strasse",
    "\u0430\u0434\u0440\u0435\u0441",
    "\u4f4f\u6240",
    "\u5730\u5740",
    "\uc8fc\uc18c",
)
ADDRESS_LABEL = re.compile("(?i:" + "|".join(LABEL_WORDS) + ")")
"""Address words of labels in English, Spanish, Portuguese, French, Italian, German, Dutch, Polish,
Russian (адрес), Japanese (住所), Chinese (地址) and Korean (주소)."""
LABEL_LINE = re.compile(r"[ \t>*#-]*(?P<key>[^\W\d_](?:[^\W\d_]|[ '\u2019-]){0,30}?)[ \t]*[:\uff1a][ \t]*(?=\S)")
"""A label (words only: ``Shipping address``, ``Dirección de envío``), a colon, a value."""

CUES = (
    "address",
    "lives at",
    "live at",
    "living at",
    "moved to",
    "move to",
    "sent to",
    "send it to",
    "send a new one to",
    "ship to",
    "shipped to",
    "deliver",
    "located at",
    "location:",
    "office is at",
    "meet you at",
    "meet at",
    "drops you off at",
    "arrived at",
    "taxi to",
    "directions to",
    "street",
    "billing",
    "shipping",
    "residence",
    "reside",
    "headquartered",
    "visit us at",
    "find us at",
    "enter on",
    "mailing",
    "postal",
    "home is",
    "stay at",
    "staying at",
    "sent to:",
    "user:",
    "vive en",  # Spanish, Portuguese, French, Italian, German, Dutch: lives in / address
    "vive em",
    "mora en",
    "mora em",
    "habite",
    "wohnt",
    "woont",
    "abita",
    "direcci",
    "endere\u00e7o",
    "endereco",
    "adresse",
    "anschrift",
    "indirizzo",
    "domicilio",
    "morada",
    "entrega",
    "env\u00edo",
    "livraison",
    "lieferung",
    "moro n",  # Portuguese: I live in/on
    "moro em",
    "ship it to",
)
NOT_TEXT = frozenset({"code", "data", "path", "diff"})


LOWER_STREET_ABBREVIATIONS = frozenset(
    words(
        "ul. al. pl. os. str. \u0443\u043b. \u0432\u0443\u043b. \u043f\u0440."
        " \u043f\u0440\u043e\u0441\u043f. \u043f\u0440\u043e\u0432. \u0431\u0443\u043b."
    )
)
"""Lower-case street-type abbreviations written before a street name (Polish ``ul.``, Russian
``ул.``, Ukrainian ``вул.``, ``просп.``, ``пров.``, Bulgarian ``бул.``)."""


PLACE_STOP = frozenset(
    words("""
    the a an and or is are was were be been to of for with from by at please thanks thank you i we
    he she it they my your our this that these those what when where why how can could would
    should will not no yes if then else return error parser stops failing record message end
    phone mobile fax desk email e-mail website personal info address name date born
    """)
)


def label_lines(text: str) -> list[int]:
    """Starts of the lines holding an address word (`ADDRESS_LABEL`), ascending."""
    low = text.lower()
    if len(low) != len(text):  # a letter whose lower case is longer: offsets would shift
        found = [m.start() for m in ADDRESS_LABEL.finditer(text)]
    else:
        found = []
        for word in LABEL_WORDS:
            i = low.find(word)
            while i >= 0:
                found.append(i)
                i = low.find(word, i + 1)
    return sorted({text.rfind("\n", 0, i) + 1 for i in found})


def labelled_values(info: TextInfo) -> list[tuple[int, int]]:
    """Values of ``Address: ...`` lines the segmenter took for code (``key: value`` reads like
    YAML): the address rules read them like prose."""
    text = info.text
    out: list[tuple[int, int]] = []
    for start in label_lines(text):
        m = LABEL_LINE.match(text, start)
        if m is None or ADDRESS_LABEL.search(m.group("key")) is None or info.kind_at(m.end()) not in NOT_TEXT:
            continue
        end = text.find("\n", m.end())
        out.append((m.end(), len(text) if end < 0 else end))
    return out
