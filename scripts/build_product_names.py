#!/usr/bin/env python3
"""Build `redactor/detect/pii/product_names_data.py`: one-word names of software that are no one's
name, and the names that are also common English words.

NER models take library, product and company names for people ("Weasel", "Proxy", "Parameter
Store", "Continuum Analytics"). The most used packages of two public registries are a broad,
reviewable list of such names: the PyPI packages ranked among the 15,000 most downloaded and the
npm packages with 200,000+ downloads a month, as listed in the package tables this workplace
keeps (``--pypi``, ``--npm``: tab-separated, a header row, the name first).

Filters, applied to every name:

- letters only, four or more (``dask``, ``pydantic``; not ``py-yaml``, ``s3fs``, ``six``);
- not a given or family name of any Faker person locale (read unfiltered, so English-word names
  such as ``baker``, ``rose``, ``hope`` stay names), of `names_data`, or of `given_names`
  (``GIVEN_NAMES``, ``SURNAMES``, ``PLACE_NAMES`` and the Chinese surnames).

``NAME_WORDS``: every person word of the same lists that is an English word of the pinned spaCy
model's lemma tables (`redactor.detect.pii.common_words` keeps those as names).

Faker is a dev dependency only; the product imports the generated module.

Usage::

    python scripts/build_product_names.py                 # rewrite the module
    python scripts/build_product_names.py --check         # exit 1 if the committed module is stale
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "redactor" / "detect" / "pii" / "product_names_data.py"
PACKAGES = Path("/work/.library/env/packages")
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from _generated import check  # noqa: E402  # scripts/_generated.py (this folder is on sys.path)
from build_name_lexicon import PERSON_LOCALES, _norm, _strings  # noqa: E402

from redactor.detect.pii import names_data  # noqa: E402
from redactor.detect.pii.given_names import CHINESE_SURNAMES, GIVEN_NAMES, PLACE_NAMES, SURNAMES  # noqa: E402

NPM_MIN_DOWNLOADS = 200_000
_NAME = re.compile(r"[a-z]{4,}")


def person_words() -> set[str]:
    """Every single word of every Faker person-provider list (first, last, prefixes, all locales)."""
    out: set[str] = set()
    for locale in PERSON_LOCALES:
        cls = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attr, value in vars(cls).items():
            if attr.startswith("_") or callable(value) or isinstance(value, (property, classmethod, staticmethod)):
                continue
            for s in _strings(value):
                out.update(_norm(w) for w in s.split())
    for lists in (names_data.GIVEN, names_data.FAMILY):
        for words in lists.values():
            out.update(words.split())
    return out | set(GIVEN_NAMES) | set(SURNAMES) | set(PLACE_NAMES) | set(CHINESE_SURNAMES)


def registry_names(pypi: Path, npm: Path) -> Iterator[str]:
    """Names of the most used PyPI (ranked) and npm (`NPM_MIN_DOWNLOADS`+) packages, lower case."""
    with pypi.open(encoding="utf-8") as f:
        next(f)
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) > 3 and cols[3].strip():
                yield cols[0].lower()
    with npm.open(encoding="utf-8") as f:
        next(f)
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if len(cols) > 2 and cols[2].isdigit() and int(cols[2]) >= NPM_MIN_DOWNLOADS:
                yield cols[0].lower()


def english_name_words() -> list[str]:
    """Person-name words (`person_words`) that are English words of the model's lemma tables or
    regular inflections of one (``barnes``, ``jared``: `lexicon.is_english`)."""
    from redactor.detect.pii.common_words import non_noun_lemmas
    from redactor.detect.pii.lexicon import is_english

    lemmas = non_noun_lemmas()
    return sorted(w for w in person_words() if w.isalpha() and (w in lemmas or is_english(w)))


def build(pypi: Path, npm: Path) -> tuple[list[str], int]:
    """The sorted product words, and how many registry names were person words."""
    names = {n for n in registry_names(pypi, npm) if _NAME.fullmatch(n)}
    people = person_words()
    return sorted(names - people), len(names & people)


def _fill(words: list[str]) -> str:
    return textwrap.fill(" ".join(words), width=100, initial_indent="    ", subsequent_indent="    ")


def render(words: list[str], dropped: int, name_words: list[str]) -> str:
    """The generated module's text."""
    body = _fill(words)
    return (
        '"""One-word names of widely used software packages that are no one\'s given or family name\n'
        "(generated, do not edit).\n\n"
        "Written by ``scripts/build_product_names.py`` from the PyPI packages ranked among the 15,000 most\n"
        f"downloaded and the npm packages with {NPM_MIN_DOWNLOADS:,}+ downloads a month; {dropped} names that\n"
        "are also people's names (Faker's person lists, `names_data`, `given_names`) were left out.\n"
        '"""\n\n'
        "from __future__ import annotations\n\n"
        "from redactor.detect.pii._vocab import words\n\n"
        'PRODUCT_WORDS: frozenset[str] = words("""\n' + body + '\n""")\n'
        f'"""{len(words)} lower-case package names."""\n\n'
        'NAME_WORDS: frozenset[str] = words("""\n' + _fill(name_words) + '\n""")\n'
        f'"""{len(name_words)} given or family names that are also English words of the pinned spaCy\n'
        'model (``rich``, ``will``, ``fleming``): `common_words` keeps them as names."""\n'
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="compare with the committed module; exit 1 if it differs")
    ap.add_argument("--pypi", type=Path, default=PACKAGES / "pypi.tsv")
    ap.add_argument("--npm", type=Path, default=PACKAGES / "npm.tsv")
    args = ap.parse_args()
    for p in (args.pypi, args.npm):
        if not p.is_file():
            print(f"error: {p}: package table not found (pass --pypi/--npm)", file=sys.stderr)
            return 2
    words, dropped = build(args.pypi, args.npm)
    text = render(words, dropped, english_name_words())
    if args.check:
        return check(OUT, text, "scripts/build_product_names.py")
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(words)} words ({dropped} person names left out)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
