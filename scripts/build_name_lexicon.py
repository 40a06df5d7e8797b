#!/usr/bin/env python3
"""Build `redactor/detect/pii/names_data.py`: given and family names from Faker's person providers.

The hand-written lexicon (`redactor.detect.pii.given_names`) is precise but covers what its
authors thought of. Faker ships curated name lists for ~85 locales (census and registry top
lists, romanised and native-script), which is a broad and reviewable source. This script reads
them (Faker is a dev dependency only; the product imports the generated module, never Faker),
filters them, and writes one committed Python module of lower-case names grouped by kind
(given / family) and script.

Filters, each applied to every single-token entry (multi-word entries are skipped):

- shorter than 3 characters (vowel signs of Indic scripts count; 2 for Han, kana and Hangul,
  whose characters are syllables);
- mixed scripts, digits or other non-letters (apostrophes and hyphens inside are kept);
- an English word (`lexicon.is_english`, the spaCy model's lemma tables) or a word of the shared
  vocabularies (`_vocab.NOT_NAME_WORDS`, `TECH_NAMES`, `ORG_WORDS`, `SYSTEM_USERS`);
- a common word of any language Faker has a word list for (its lorem word lists and colour
  names) or spaCy a stop-word list for (~75 languages), so a name of one locale that is a plain
  word of another is out too (``nagy`` is Hungarian for "big", ``nella`` Italian for "in the");
- a place: a single-word city, country, region or province of a Faker address provider (lists of
  at most `MAX_PLACES`), or `given_names.PLACE_NAMES`;
- `_DENY`: product, software and brand names that Faker lists as names (kept short and commented).

Usage::

    python scripts/build_name_lexicon.py          # rewrite the module
    python scripts/build_name_lexicon.py --check  # exit 1 if the committed module is stale
    python scripts/build_name_lexicon.py --stats  # what each filter took, per script

The module goes stale when Faker's pin, the spaCy model or the shared vocabularies change; run
the script again then.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.resources
import sys
import textwrap
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "redactor" / "detect" / "pii" / "names_data.py"
sys.path.insert(0, str(ROOT))

from _generated import check  # noqa: E402  # scripts/_generated.py (this folder is on sys.path)

from redactor.detect.pii._vocab import NOT_NAME_WORDS, ORG_WORDS, SYSTEM_USERS, TECH_NAMES  # noqa: E402
from redactor.detect.pii.given_names import PLACE_NAMES  # noqa: E402
from redactor.detect.pii.lexicon import english_words, is_english  # noqa: E402


def _split(text: str) -> tuple[str, ...]:
    """The whitespace-separated words of `text` in order (lists read better as text)."""
    return tuple(text.split())


PERSON_LOCALES: tuple[str, ...] = _split(
    "ar_AA ar_DZ ar_PS ar_SA az_AZ bg_BG bn_BD cs_CZ da_DK de_AT de_CH de_DE de_LI de_LU el_GR en en_GB en_IE "
    "en_IN en_KE en_NG en_NZ en_PK en_TH en_US es_AR es_CA es_CL es_CO es_ES es_MX et_EE fa_IR fi_FI fr_BE "
    "fr_CA fr_CH fr_DZ fr_FR fr_QC ga_IE gu_IN ha_NG he_IL hi_IN hr_HR hu_HU hy_AM id_ID ig_NG is_IS it_IT "
    "ja_JP ka_GE ko_KR lt_LT lv_LV mk_MK mr_IN ne_NP nl_BE nl_NL no_NO or_IN pl_PL pt_BR pt_PT ro_RO ru_RU "
    "si_LK sk_SK sl_SI sv_SE sw ta_IN th_TH tr_TR tw_GH uk_UA uz_UZ vi_VN yo_NG zh_CN zh_TW zu_ZA"
)
"""Faker person locales read (all of Faker 40.54's but the generic ``es``, whose lists are the
base class's placeholders)."""

WORD_LOCALES: tuple[tuple[str, str], ...] = tuple(
    ("lorem", loc)
    for loc in _split(
        "ar_AA az_AZ bn_BD cs_CZ da_DK de_DE el_GR en_US es_ES fa_IR fil_PH fr_FR he_IL hy_AM it_IT ja_JP la "
        "mk_MK nl_NL pl_PL ru_RU th_TH uk_UA vi_VN zh_CN"
    )
) + tuple(
    ("color", loc)
    for loc in _split(
        "ar_PS az_AZ bg_BG cs_CZ da_DK de_DE el_GR es_ES fa_IR fr_FR he_IL hr_HR hu_HU hy_AM id_ID ka_GE pt_BR "
        "ru_RU sk_SK th_TH uk_UA uz_UZ vi_VN"
    )
)
"""Faker providers whose word lists are common words (lorem texts, colour names)."""

PLACE_ATTRS: tuple[str, ...] = _split(
    """cities city_names countries states provinces regions departments municipalities districts counties
    cantons prefectures wilayas real_city_names concelhos estados region_names region_oblast
    region_republics luzon_provinces mindanao_provinces"""
)
"""Address-provider attributes that list places (single words of them are dropped)."""
MAX_PLACES = 1000
"""Longer lists (Italy's 16,559 comuni, Slovakia's and the Low Countries' villages) hold so many
small places named after saints and people (``Barbara``, ``Amelia``) that they would empty the
lexicon; places that stand in text in their own right are in the shorter lists."""

_DENY_TEXT = """
    tesla mercedes porsche lexus audi kia nissan toyota honda mazda dell lenovo nokia siri alexa cortana
    electron hermes celery flask jasmine mocha chai karma gatsby nuxt astro remix ember backbone
    marionette knockout meteor mercury apollo athena artemis minerva juno jupiter neptune pluto vesta
    hydra medusa aurora nova luna stella sierra alpha delta echo foxtrot tango kilo zulu xray
    html yaml toml json xml css sass less bash perl python ruby rust java kotlin scala swift dart
    elixir erlang haskell julia ada nim crystal groovy lua
    lage राज्य
"""
_DENY: frozenset[str] = frozenset(_split(_DENY_TEXT))
"""Software, products, brands, mythology and spelling-alphabet words that Faker's census lists
hold as names: in text about code they name things far more often than people. Last line:
common words the word lists miss, found by a false-positive scan (Dutch ``lage`` "low", as in
village names; Hindi and Nepali ``राज्य`` "state")."""


_SCRIPTS: dict[str, str] = {
    "LATIN": "latin",
    "GREEK": "greek",
    "CYRILLIC": "cyrillic",
    "ARMENIAN": "armenian",
    "GEORGIAN": "georgian",
    "ARABIC": "arabic",
    "HEBREW": "hebrew",
    "THAI": "thai",
    "DEVANAGARI": "devanagari",
    "BENGALI": "bengali",
    "TAMIL": "tamil",
    "GUJARATI": "gujarati",
    "ORIYA": "oriya",
    "SINHALA": "sinhala",
    "HANGUL": "hangul",
    "CJK": "han",
    "HIRAGANA": "kana",
    "KATAKANA": "kana",
}
"""Unicode script (first word of a letter's character name) -> group name in the module."""
SYLLABIC = frozenset({"hangul", "han", "kana"})


def script_of(word: str) -> str | None:
    """The one script of `word`'s letters (combining marks follow their letter), or None."""
    found: set[str] = set()
    for ch in word:
        if ch in "'-\u2019" or unicodedata.category(ch).startswith("M"):
            continue
        if not ch.isalpha():
            return None
        group = _SCRIPTS.get(unicodedata.name(ch, "?").split()[0])
        if group is None:
            return None
        found.add(group)
    return found.pop() if len(found) == 1 else None


def _strings(value: object) -> Iterator[str]:
    """The strings of a provider attribute: a list, tuple, dict (weights) or nested sequence."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        yield from (k for k in value if isinstance(k, str))
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _strings(v)


def _provider_attrs(kind: str, locale: str) -> dict[str, object]:
    """The attributes a locale's provider class defines itself (inherited placeholders left out)."""
    cls = importlib.import_module(f"faker.providers.{kind}.{locale}").Provider
    return dict(vars(cls))


def _kind_of(attr: str) -> str | None:
    """``given``, ``family`` or None for a person-provider attribute (Icelandic patronymic stems,
    ``last_names_without_suffix``, are no names on their own)."""
    if attr == "last_names_without_suffix":
        return None
    if "romanized" in attr and ("first" in attr or "last" in attr):
        return "given" if "first" in attr else "family"
    if attr.startswith("first_") and "names" in attr and "pairs" not in attr:
        return "given"
    if "last_names" in attr or attr in ("male_last_names", "unisex_last_names"):
        return "family"
    return None


def _norm(word: str) -> str:
    return unicodedata.normalize("NFC", word.strip()).lower()


def _single_words(values: Iterable[str]) -> set[str]:
    return {_norm(v) for v in values if v.strip() and len(v.split()) == 1}


@dataclass
class Lexicon:
    """Names kept per (kind, script), and what each filter dropped."""

    kept: dict[tuple[str, str], set[str]] = field(default_factory=dict)
    dropped: Counter[tuple[str, str]] = field(default_factory=Counter)
    """(filter, script) -> entries dropped."""


def common_words() -> set[str]:
    """Common words of every language Faker has a word list for (single words, lower case)."""
    out: set[str] = set()
    for kind, locale in WORD_LOCALES:
        for attr, value in _provider_attrs(kind, locale).items():
            if attr.startswith("_") or attr == "language_locale_codes":
                continue
            if isinstance(value, (list, tuple, dict)):
                out |= _single_words(_strings(value))
    return out


def stop_words() -> set[str]:
    """Stop words of every language spaCy ships one for (~75: function words, pronouns, common
    verbs and adverbs), single words, lower case. spaCy is a runtime dependency already."""
    import pkgutil

    import spacy.lang

    out: set[str] = set()
    for info in sorted(pkgutil.iter_modules(spacy.lang.__path__), key=lambda m: m.name):
        if not info.ispkg:
            continue
        try:
            module = importlib.import_module(f"spacy.lang.{info.name}.stop_words")
        except ImportError:  # a language without a stop-word list
            continue
        out |= _single_words(getattr(module, "STOP_WORDS", ()))
    return out


def place_names() -> set[str]:
    """Single-word places of every Faker address provider, plus `given_names.PLACE_NAMES`."""
    import faker.providers.address as address

    out: set[str] = set(PLACE_NAMES)
    for info in sorted(importlib.resources.files(address).iterdir(), key=lambda p: p.name):
        if not info.is_dir() or info.name.startswith("_"):
            continue
        attrs = _provider_attrs("address", info.name)
        for attr in PLACE_ATTRS:
            places = list(_strings(attrs.get(attr, ())))
            if len(places) <= MAX_PLACES:
                out |= _single_words(places)
    return out


def build() -> Lexicon:
    """Read, filter and group the names."""
    if not english_words():
        raise SystemExit("error: the spaCy model's word list is missing (install models/requirements.txt first)")
    words, places = common_words() | stop_words(), place_names()
    shared = NOT_NAME_WORDS | TECH_NAMES | ORG_WORDS | SYSTEM_USERS
    lex = Lexicon()
    raw: dict[tuple[str, str], set[str]] = {}
    for locale in PERSON_LOCALES:
        for attr, value in _provider_attrs("person", locale).items():
            kind = _kind_of(attr)
            if kind is None or attr.startswith("_"):
                continue
            for name in _strings(value):
                if len(name.split()) != 1:
                    lex.dropped["several words", "-"] += 1
                    continue
                low = _norm(name)
                script = script_of(low)
                if script is None:
                    lex.dropped["mixed script or non-letters", "-"] += 1
                    continue
                raw.setdefault((kind, script), set()).add(low)
    for (kind, script), names in sorted(raw.items()):
        keep: set[str] = set()
        for low in sorted(names):
            if len(low) < (2 if script in SYLLABIC else 3):
                reason = "short"
            elif is_english(low) or low in shared:
                reason = "english or shared vocabulary"
            elif low in words:
                reason = "common word (Faker word lists, spaCy stop words)"
            elif low in places:
                reason = "place"
            elif low in _DENY:
                reason = "product or tech name"
            else:
                keep.add(low)
                continue
            lex.dropped[reason, script] += 1
        lex.kept[kind, script] = keep
    return lex


def render(lex: Lexicon) -> str:
    """The module's text."""
    import faker

    lines = [
        '"""Given and family names from Faker\'s person providers (generated, do not edit).',
        "",
        "Written by ``scripts/build_name_lexicon.py`` from Faker " + faker.VERSION + "; run it again (or with",
        "``--check``) after changing Faker's pin, the spaCy model or the shared vocabularies. Lower-case",
        "names, one word each, filtered (English words, common and stop words of Faker's and spaCy's",
        "languages, places, products and tech names, entries under three letters dropped). Locales read:",
        "",
        *textwrap.wrap(" ".join(PERSON_LOCALES), 100),
        '"""',
        "",
        "# ruff: noqa: E501, RUF001  # generated word lists; Greek and Cyrillic letters look like Latin ones",
        "",
        "from __future__ import annotations",
        "",
    ]
    for kind in ("given", "family"):
        groups = sorted(s for k, s in lex.kept if k == kind)
        lines.append(f"{kind.upper()}: dict[str, str] = {{")
        for script in groups:
            names = sorted(lex.kept[kind, script])
            lines.append(f'    "{script}": """')
            lines.extend("    " + row for row in textwrap.wrap(" ".join(names), 110, break_on_hyphens=False))
            lines.append('""",')
        lines.append("}")
        what = "Given" if kind == "given" else "Family"
        lines.append(f'"""{what} names per script (whitespace-separated, lower case)."""')
        lines.append("")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="compare with the committed module; exit 1 if it differs")
    ap.add_argument("--stats", action="store_true", help="print what was kept and dropped per script")
    args = ap.parse_args()
    lex = build()
    text = render(lex)
    if args.stats:
        for (kind, script), names in sorted(lex.kept.items()):
            print(f"kept {kind:6} {script:10} {len(names)}")
        for (reason, script), n in sorted(lex.dropped.items()):
            print(f"dropped {reason:30} {script:10} {n}")
    if args.check:
        return check(OUT, text, "scripts/build_name_lexicon.py")
    if not args.stats:
        OUT.write_text(text, encoding="utf-8")
        print(
            f"wrote {OUT.relative_to(ROOT)}: "
            + ", ".join(f"{k}/{s} {len(v)}" for (k, s), v in sorted(lex.kept.items()))
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
