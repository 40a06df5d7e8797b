#!/usr/bin/env python3
"""Build `redactor/detect/pii/place_names_data.py`: names of cities, regions and countries.

The small spaCy model often calls a city a person (``São Paulo``, ``Lyon``, ``Izmir``): the NER
adapter then reads such a hit as a place, which is personal only in someone's story. The source is
the geocoding data libphonenumber (``phonenumbers``, already a dependency) ships: the English
descriptions of telephone number prefixes, which name the cities and regions of ~250 countries.
Only the descriptions of short prefixes are taken (country code plus up to `MAX_DEPTH` digits:
cities and regions with their own area codes, not every village), plus the countries' English
names. Each name is lower-cased; names with digits or punctuation other than ``-``/``'`` are left
out, and so is every one-word place that is a given or family name of any Faker person locale
(``jordan``, ``florence``, ``austin``, ``ada``: read unfiltered, as `build_product_names` reads
them), so that a person the model found is never turned into a place by this list.

Usage::

    python scripts/build_place_names.py            # rewrite the module
    python scripts/build_place_names.py --check    # exit 1 if the committed module is stale
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "redactor" / "detect" / "pii" / "place_names_data.py"
sys.path.insert(0, str(ROOT / "scripts"))

from _generated import check  # noqa: E402  # scripts/_generated.py (this folder is on sys.path)

MAX_DEPTH = 4
"""Digits after the country code: prefixes this short name cities and regions with area codes."""
_PLACE = re.compile(r"[^\W\d_][^\W\d_ '\u2019-]*(?:[ '\u2019-][^\W\d_]+)*")


def _country_code_length(prefix: str, codes: set[int]) -> int:
    for n in (1, 2, 3):
        if int(prefix[:n]) in codes:
            return n
    return 3


def build() -> list[str]:
    """The sorted, lower-cased place names."""
    import phonenumbers
    from phonenumbers.geodata import GEOCODE_DATA
    from phonenumbers.geodata.locale import LOCALE_DATA

    codes = set(phonenumbers.COUNTRY_CODE_TO_REGION_CODE)
    names: set[str] = set()
    for prefix, by_lang in GEOCODE_DATA.items():
        text = by_lang.get("en")
        if not text or len(prefix) - _country_code_length(prefix, codes) > MAX_DEPTH:
            continue
        names.update(part.strip() for part in text.split(","))
    for by_lang in LOCALE_DATA.values():
        name = by_lang.get("en", "")
        while name.startswith("*"):
            name = by_lang.get(name[1:], "")
        names.add(name)
    from build_product_names import person_words

    people = person_words()
    lowered = {n.lower() for n in names if len(n) >= 3 and _PLACE.fullmatch(n)}
    return sorted(n for n in lowered if " " in n or n not in people)


def render(names: list[str]) -> str:
    """The generated module's text: one name a line (names have spaces)."""
    body = "\n".join(f"        {json.dumps(n, ensure_ascii=False)}," for n in names)
    return (
        '"""Names of cities, regions and countries, lower case (generated, do not edit).\n\n'
        "Written by ``scripts/build_place_names.py`` from libphonenumber's English geocoding data\n"
        f"(descriptions of prefixes up to {MAX_DEPTH} digits after the country code) and its English\n"
        "country names; one-word places that are a given or family name of a Faker person locale\n"
        "are left out.\n"
        '"""\n\n'
        "# ruff: noqa: RUF001  # generated names; apostrophes of other scripts look like quotes\n\n"
        "from __future__ import annotations\n\n"
        "PLACE_NAMES: frozenset[str] = frozenset(\n    (\n" + body + "\n    )\n)\n"
        f'"""{len(names)} place names."""\n'
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="compare with the committed module; exit 1 if it differs")
    args = ap.parse_args()
    names = build()
    text = render(names)
    if args.check:
        return check(OUT, text, "scripts/build_place_names.py")
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(names)} names")
    return 0


if __name__ == "__main__":
    sys.exit(main())
