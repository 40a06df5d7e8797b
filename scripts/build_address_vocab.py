#!/usr/bin/env python3
"""Build `redactor/detect/pii/address_vocab_data.py`: street types and unit words from Faker's
address providers.

Faker's address providers (~65 locales) carry each locale's street-type words (``street_suffixes``,
``street_prefixes``, their ``_long``/``_short``/gendered variants, Korean ``road_suffixes``,
Vietnamese ``sub_street_prefixes``) and its unit words (``secondary_address_formats``: ``Apt.``,
``Piso``, ``բն.``...) and house-number marks (``No.``, ``д.``, ``Nr.``: the word before
``{{building_number}}`` in its formats) and place marks (``city_prefixes``, ``commune_prefixes``,
``district_suffixes``...: ``г.``, ``phường``, ``rayonu``). This script reads them (Faker is a
dev dependency only; the product imports the generated module, never Faker) and sorts each word
by where the locale's own formats put it:

- ``before``: a separate word before the street's name (``rue``, ``Calle``, ``ulica``, ``Jl.``, ``ул.``);
- ``start``: glued to the start of the name (Thai ``ถนน``);
- ``after``: a separate word after the name (``Street``, ``utca``, ``ქ.``, ``Umgwaqo``);
- ``ending``: glued to the end of the name (``straße``, ``vej``, ``gatan``; Korean ``로``).

A list whose placeholder sits right after another street-type placeholder (Malaysian
``{{street_prefix}} {{street_suffix}}``) or right before one (Swedish ``{{street_prefix}}{{street_suffix}}``)
holds street *names*, not types, and is skipped; so are lists of names (``streets``, ``street_titles``).

Usage::

    python scripts/build_address_vocab.py          # rewrite the module
    python scripts/build_address_vocab.py --check  # exit 1 if the committed module is stale
"""

# ruff: noqa: RUF001, RUF002, RUF003  -- Cyrillic and Armenian examples in docstrings and comments
from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import sys
import textwrap
from pathlib import Path

from _generated import check  # scripts/_generated.py (this folder is on sys.path)

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "redactor" / "detect" / "pii" / "address_vocab_data.py"

_TYPE_ATTR = re.compile(
    r"^(?:street|road|sub_street)_(?P<kind>suffix|prefix)es"
    r"(?:_(?P<variant>long|short|masc|fem|neu|feminine|masculine))?$"
)
_FORMAT_ATTRS = (
    "street_name_formats",
    "street_address_formats",
    "address_formats",
    "road_formats",
    "sub_street_formats",
    "street_formats",
)
_UNIT_WORD = re.compile(r"^(?P<word>[^\W\d_#%?@][^\s#%?@]*?)\s*[#%@?]")
"""The word of a unit format: ``Apt. ###`` -> ``Apt.``, ``Piso #`` -> ``Piso``, ``Flat #%#`` -> ``Flat``."""

_PLACE_ATTR = re.compile(r"^(?:city|commune|province|village|district|settlement|region)_(?:prefix|suffix)es$")
"""Place marks: ``г.`` (city), ``phường`` (ward), ``rayonu`` (district), ``ք.`` (town). English lists
(``North``, ``-ville``) are parts of names, not marks, and are not read."""
_NOT_TYPES = frozenset({"Norte", "Sur", "Este", "Oeste", "Bis", "Số"})
"""Direction and ``bis`` marks Spanish-speaking locales list as street suffixes, and Vietnamese ``Số``
("number", a house-number mark): not street types."""
_SKIP = frozenset({("ending", "en_BD")})
"""Lists read but not used: Bangladeshi English street words glued to names (``NasirKhaliRoad``) would
make every English word ending in ``park`` or ``stand`` a street."""

_MARK = re.compile(
    r"(?:^|(?<=[\s,]))([^\W\d_{}#%?@][^\s{}#%?@]{0,8}(?: [^\W\d_{}#%?@][^\s{}#%?@]{0,4})?)\s?"
    r"(?=\{\{(?:building|house)_number\}\}|[#%])"
)
"""A house-number mark: the word right before a building number in a format (``д. {{building_number}}``,
``Nr. %#``, ``H.No. ###``, ``বাসা নং %``), or a whole `building_prefixes` entry (``वडा``)."""

MIN_LEN = 2
"""Shorter entries (empty strings, single letters) are dropped; a Han, kana or Hangul character
is a word of its own and kept."""


def _tidy(formats: str) -> str:
    """Formats with their placeholders written one way: ``{{ district_suffix }}`` -> ``{{district_suffix}}``."""
    return re.sub(r"\{\{\s*(\w+)\s*\}\}", r"{{\1}}", formats)


def _locales() -> list[str]:
    import faker.providers.address as base

    return sorted(m.name for m in pkgutil.iter_modules(base.__path__))


def _position(placeholder: str, formats: str, kind: str) -> str | None:
    """Where the locale's formats put `placeholder`: before / after / ending, None for a names list."""
    token = "{{" + placeholder + "}}"
    i = formats.find(token)
    if i < 0:
        return "before" if kind == "prefix" else "after"
    before = formats[max(0, i - 2) : i]
    after = formats[i + len(token) : i + len(token) + 2]
    prev = formats[:i].rstrip()
    if prev.endswith(("{{street_prefix}}", "{{street_prefix_short}}", "{{street_prefix_long}}")):
        return None  # a name after a street type (Malaysian ``Jalan {{street_suffix}}``)
    if after == "{{":
        nxt = formats[i + len(token) :]
        if nxt.startswith(("{{street_suffix", "{{street_name_suffix")):
            return None  # a name stem glued before a street type (Swedish ``Björk`` + ``gatan``)
        return "start"  # a street type glued before the name (Thai ``ถนน`` + name)
    if before == "}}":
        return "ending"
    if after.startswith(" ") or after.startswith(","):
        return "before" if (i == 0 or formats[i - 1] in "'\n(") else "after"
    return "after"


def build() -> dict[str, dict[str, set[str]]]:
    """``{position: {locale: words}}`` for ``before``, ``start``, ``after``, ``ending`` and ``unit``."""
    out: dict[str, dict[str, set[str]]] = {
        "before": {},
        "start": {},
        "after": {},
        "ending": {},
        "unit": {},
        "mark": {},
        "place": {},
    }
    for loc in _locales():
        provider = importlib.import_module(f"faker.providers.address.{loc}").Provider
        attrs = {k: tuple(v) for k, v in vars(provider).items() if isinstance(v, (tuple, list, dict))}
        formats = _tidy("\n".join(str(f) for name in _FORMAT_ATTRS for f in attrs.get(name, ())))
        for name, values in sorted(attrs.items()):
            m = _TYPE_ATTR.match(name)
            if m is None:
                continue
            placeholder = name.replace("suffixes", "suffix").replace("prefixes", "prefix")
            pos = _position(placeholder, formats, m.group("kind"))
            if pos is None:
                continue
            for raw in values:
                word = str(raw).strip()
                if "{" in word or word in _NOT_TYPES or (pos, loc) in _SKIP:
                    continue
                if len(word) < MIN_LEN and not re.match(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]", word):
                    continue
                if pos == "ending":
                    word = word.lower()
                out[pos].setdefault(loc, set()).add(word)
        for name in ("building_number_formats", "street_address_formats", "address_formats", "building_prefixes"):
            for fmt in attrs.get(name, ()):
                found = [str(fmt).strip()] if name == "building_prefixes" else _MARK.findall(str(fmt))
                for mark in found:
                    if len(mark) >= MIN_LEN and not mark.isdigit():
                        out["mark"].setdefault(loc, set()).add(mark)
        if not loc.startswith("en"):
            every_format = _tidy("\n".join(str(f) for k, v in attrs.items() if k.endswith("_formats") for f in v))
            for name, values in sorted(attrs.items()):
                token = "{{" + name[:-2] + "}}" if name.endswith("es") else ""
                i = every_format.find(token) if token else -1
                if not _PLACE_ATTR.match(name) or i < 0:
                    continue
                if every_format[i + len(token) : i + len(token) + 1] != " " and every_format[max(0, i - 1) : i] != " ":
                    continue  # glued to the name (``Saint-``, ``-ville``, ``бург``): part of a name, no mark
                for raw in values:
                    word = str(raw).strip()
                    if len(word) >= 1 and "{" not in word and not word.isdigit():
                        out["place"].setdefault(loc, set()).add(word)
        for fmt in attrs.get("secondary_address_formats", ()):
            u = _UNIT_WORD.match(str(fmt).strip())
            if u is not None and len(u.group("word")) >= MIN_LEN:
                out["unit"].setdefault(loc, set()).add(u.group("word"))
    return out


def render(vocab: dict[str, dict[str, set[str]]]) -> str:
    """The module's text."""
    import faker

    lines = [
        '"""Street-type and unit words of Faker\'s address providers (generated, do not edit).',
        "",
        "Written by ``scripts/build_address_vocab.py`` from Faker " + faker.VERSION + "; run it again (or with",
        "``--check``) after changing Faker's pin. Per position, per Faker locale, the words separated by",
        "``|`` (a word may hold spaces: ``bin bast``). Positions: ``before`` (a word before the street's",
        "name), ``start`` (glued to its start), ``after`` (a word after it), ``ending`` (glued to the end",
        "of the name, lower case), ``unit`` (the word of a unit: ``Apt.``, ``Piso``), ``mark`` (a word",
        "before a house number: ``No.``, ``д.``, ``Nr.``), ``place`` (a word before or after a place",
        "name: ``г.``, ``phường``, ``rayonu``).",
        '"""',
        "",
        "# ruff: noqa: E501, RUF001, RUF002  # generated word lists; letters of other scripts look like Latin ones",
        "",
        "from __future__ import annotations",
        "",
    ]
    for pos in ("before", "start", "after", "ending", "unit", "mark", "place"):
        lines.append(f"{pos.upper()}: dict[str, str] = {{")
        for loc in sorted(vocab[pos]):
            body = "|".join(sorted(vocab[pos][loc]))
            wrapped = textwrap.wrap(body, 100, break_on_hyphens=False, break_long_words=False)
            if len(wrapped) == 1:
                lines.append(f'    "{loc}": "{body}",')
            else:
                lines.append(f'    "{loc}": (')
                # the wrap splits at spaces inside the string; keep them by re-joining exactly
                parts = re.findall(r".{1,100}(?:\s|$)|.+", body)
                lines.extend(f'        "{p}"' for p in parts if p)
                lines.append("    ),")
        lines.append("}")
    lines.append("")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="compare with the committed module; exit 1 if it differs")
    args = ap.parse_args()
    text = render(build())
    if args.check:
        return check(OUT, text, "scripts/build_address_vocab.py")
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
