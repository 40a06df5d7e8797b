#!/usr/bin/env python3
"""Build `redactor/detect/pii/cjk_places_data.py`: place names written in Chinese, Japanese and Korean.

A role label of a CJK form (``担当:``, ``经办:``, ``담당:``) may hold a place as well as a person
(``經辦: 連江``, a county; ``담당: 부천시``, a city), and a Chinese place can open with a family name
character (``金門``). The source is the geocoding data libphonenumber (``phonenumbers``, already a
dependency) ships: the ``zh``, ``zh_Hant``, ``ja`` and ``ko`` descriptions of telephone number
prefixes (provinces, prefectures, cities and counties with their own area codes) and the country
names of those languages. A Chinese description such as ``甘肃省定西市`` yields its parts with and
without their administrative suffix (``甘肃省``, ``甘肃``, ``定西市``, ``定西``). Places that are a
family or given name of a Faker person locale (Japanese towns and surnames share many names:
``上野``, ``三木``) are left out, so that this list never turns a person into a place.

Usage::

    python scripts/build_cjk_places.py            # rewrite the module
    python scripts/build_cjk_places.py --check    # exit 1 if the committed module is stale
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "redactor" / "detect" / "pii" / "cjk_places_data.py"
sys.path.insert(0, str(ROOT / "scripts"))

from _generated import check  # noqa: E402  # scripts/_generated.py (this folder is on sys.path)

LANGS = ("zh", "zh_Hant", "ja", "ko")
_ADMIN = re.compile(
    "(\u7279\u522b\u884c\u653f\u533a|\u7279\u5225\u884c\u653f\u5340|\u81ea\u6cbb\u533a|\u81ea\u6cbb\u5dde|\u81ea\u6cbb\u53bf"
    "|\u7279\u5225\u5e02|\u7279\u5225\u81ea\u6cbb\u5e02|\u5e83\u57df\u5e02|\u5730\u533a|\u7701|\u5e02|\u53bf|\u7e23|\u76df|\u5dde|\u533a|\u5340)"
)
"""Administrative suffixes that end a part of a Chinese or Korean-Han description: 特别行政区
自治区 自治州 自治县 特別市 广域市 地区 省 市 县/縣 盟 州 区/區."""
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]{2,12}")


def _parts(desc: str) -> set[str]:
    """The description, its comma- or blank-separated pieces and their suffix-split parts."""
    out: set[str] = set()
    for piece in re.split(r"[,\u3001\uff0c\s]+", desc):
        if not piece:
            continue
        out.add(piece)
        cut = [p for p in _ADMIN.split(piece) if p]
        joined = ""
        for i, p in enumerate(cut):
            if _ADMIN.fullmatch(p):
                continue
            suffix = cut[i + 1] if i + 1 < len(cut) and _ADMIN.fullmatch(cut[i + 1]) else ""
            out.update((p, p + suffix))
            joined += p + suffix
    return {p for p in out if _CJK.fullmatch(p)}


def person_names() -> set[str]:
    """Every family and given name of the CJK Faker person locales, as written."""
    from faker import Faker

    out: set[str] = set()
    for loc in ("zh_CN", "zh_TW", "ja_JP", "ko_KR"):
        for provider in Faker(loc).factories[0].providers:
            for attr in ("last_names", "first_names", "first_names_male", "first_names_female"):
                values = getattr(provider, attr, ())
                out.update(str(v) for v in (values if isinstance(values, (tuple, list, dict)) else ()))
    return out


def build() -> list[str]:
    """The sorted place names."""
    from phonenumbers.geodata import GEOCODE_DATA
    from phonenumbers.geodata.locale import LOCALE_DATA

    names: set[str] = set()
    for by_lang in GEOCODE_DATA.values():
        for lang in LANGS:
            if lang in by_lang:
                names |= _parts(by_lang[lang])
    for by_lang in LOCALE_DATA.values():
        for lang in LANGS:
            name = by_lang.get(lang, "")
            for _ in range(3):  # "*aa": the same as the name of another language
                if name.startswith("*"):
                    name = by_lang.get(name[1:], "")
            names |= _parts(name)
    people = person_names()
    return sorted(n for n in names if n not in people)


def render(names: list[str]) -> str:
    """The generated module's text."""
    body = "\n".join(f"        {json.dumps(n, ensure_ascii=False)}," for n in names)
    return (
        '"""Place names in Chinese, Japanese and Korean (generated, do not edit).\n\n'
        "Written by ``scripts/build_cjk_places.py`` from libphonenumber's zh, zh_Hant, ja and ko\n"
        "geocoding data and country names, Chinese descriptions also split at their administrative\n"
        "suffixes; names that are a family or given name of a CJK Faker person locale are left out.\n"
        '"""\n\n'
        "from __future__ import annotations\n\n"
        "CJK_PLACES: frozenset[str] = frozenset(\n    (\n" + body + "\n    )\n)\n"
        f'"""{len(names)} place names."""\n'
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="compare with the committed module; exit 1 if it differs")
    args = ap.parse_args()
    names = build()
    text = render(names)
    if args.check:
        return check(OUT, text, "scripts/build_cjk_places.py")
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(names)} names")
    return 0


if __name__ == "__main__":
    sys.exit(main())
