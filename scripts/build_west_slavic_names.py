#!/usr/bin/env python3
"""Build `redactor/detect/pii/west_slavic_names_data.py`: Polish, Czech and Slovak given names.

Source: the ``first_names_male`` / ``first_names_female`` lists of Faker's ``pl_PL``, ``cs_CZ``
and ``sk_SK`` person providers (Faker is pinned in the lock file), lower-cased, one word each.
`redactor.detect.pii.west_slavic_cases` derives the oblique case forms from them.

Usage::

    python scripts/build_west_slavic_names.py            # rewrite the module
    python scripts/build_west_slavic_names.py --check    # exit 1 if the committed module is stale
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

from faker import Faker

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "redactor" / "detect" / "pii" / "west_slavic_names_data.py"
sys.path.insert(0, str(ROOT / "scripts"))

from _generated import check  # noqa: E402  # scripts/_generated.py (this folder is on sys.path)

LOCALES = ("pl_PL", "cs_CZ", "sk_SK")


def build() -> tuple[list[str], list[str]]:
    """Sorted masculine and feminine given names of `LOCALES` (lower case, single words)."""
    male: set[str] = set()
    female: set[str] = set()
    for locale in LOCALES:
        person = Faker(locale).provider("faker.providers.person")
        for names, out in ((person.first_names_male, male), (person.first_names_female, female)):  # type: ignore[attr-defined]
            out.update(n.lower() for n in names if n.isalpha())
    return sorted(male), sorted(female)


def _block(names: list[str]) -> str:
    return textwrap.indent(textwrap.fill(" ".join(names), width=100), "    ")


def render(male: list[str], female: list[str]) -> str:
    """The generated module's text."""
    return (
        '"""Polish, Czech and Slovak given names (generated, do not edit).\n\n'
        "Written by ``scripts/build_west_slavic_names.py`` from the first-name lists of Faker's pl_PL,\n"
        "cs_CZ and sk_SK person providers, lower case.\n"
        '"""\n\n'
        "from __future__ import annotations\n\n"
        "from redactor.detect.pii._vocab import words\n\n"
        'MASCULINE: frozenset[str] = words("""\n' + _block(male) + '\n""")\n'
        f'"""{len(male)} masculine given names."""\n'
        'FEMININE: frozenset[str] = words("""\n' + _block(female) + '\n""")\n'
        f'"""{len(female)} feminine given names."""\n'
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="compare with the committed module; exit 1 if it differs")
    args = ap.parse_args()
    male, female = build()
    text = render(male, female)
    if args.check:
        return check(OUT, text, "scripts/build_west_slavic_names.py")
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(male)} masculine, {len(female)} feminine")
    return 0


if __name__ == "__main__":
    sys.exit(main())
