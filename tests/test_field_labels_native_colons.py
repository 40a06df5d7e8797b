"""``pii.field_label`` with the colons of scripts that have their own (session 12).

Ethiopic forms write ``ስም፡ አበበ ከበደ`` (the word space ``፡`` as a colon; also ``፥`` and the preface
colon ``፦``), Khmer ``ឈ្មោះ៖ ចាន់ សុភា`` (``៖``), Armenian ``անուն՝ Արմեն Պետրոսյան`` (``՝`` after a
label); a name then ends at the script's own comma or full stop (``፣``, ``។``, ``၊``). The cases are
generated: every person and address label the vocabulary lists for the language x the script's
colons x names (Faker's Armenian provider; common Amharic and Khmer names written here) x a line
end or a following field.
"""

# ruff: noqa: RUF001, RUF002, RUF003  # labels and values of other scripts are the point of these tests
from __future__ import annotations

import itertools

import pytest
from faker import Faker

from redactor.detect.pii.field_labels import FieldLabelDetector
from redactor.detect.pii.field_vocab import ADDRESS_LABELS, PERSON_LABELS

_DET = FieldLabelDetector()

_AM_NAMES = ("አበበ ከበደ", "ሰላማዊት ገብረ", "ዮሐንስ ተስፋዬ", "መሰረት አለሙ", "ሄኖክ ብርሃኑ", "ትዕግስት ወልደ")
_KM_NAMES = ("ចាន់ សុភា", "ហេង សំណាង", "ម៉ៅ ស្រីនិច", "លី វិចិត្រ", "សុខ ដារ៉ា", "គឹម សុខា")
_FAKE = Faker("hy_AM")
_FAKE.seed_instance(12)
_HY_NAMES = tuple(_FAKE.unique.name() for _ in range(6))
_SCRIPTS = {
    # lang: (colons, names, the comma before a next field, a next field, an address)
    "am": ("\u1361\u1365\u1366", _AM_NAMES, "\u1363", "ስልክ\u1361 +251 922 18 0456", "የካ ክፍለ ከተማ፣ ወረዳ 11፣ የቤት ቁጥር 207"),
    "km": ("\u17d6", _KM_NAMES, "\u17d4", "ទូរស័ព្ទ\u17d6 +855 17 220 915", "ផ្ទះលេខ ១២ ផ្លូវ ៥៩៨ សង្កាត់ច្បារអំពៅ"),
    "hy": ("\u055d", _HY_NAMES, ",", "հեռ. +374 93 118 640", "Տիգրան Մեծի պող. 42, բն. 15, Երևան 0010"),
}


def _cases() -> list[tuple[str, str, str]]:
    out = []
    for lang, (colons, names, comma, nxt, _addr) in _SCRIPTS.items():
        labels = PERSON_LABELS[lang].split("|")
        for (label, colon), name in zip(itertools.product(labels, colons), itertools.cycle(names), strict=False):
            out.append((lang, f"{label}{colon} {name}", name))
            out.append((lang, f"{label}{colon} {name}{comma} {nxt}", name))
    return out


_CASES = _cases()


def _found(text: str, entity: str) -> list[str]:
    return [text[s.start : s.end] for s in _DET.detect(text) if s.entity == entity]


def test_matrix_size() -> None:
    assert len(_CASES) > 100
    assert {lang for lang, _, _ in _CASES} == set(_SCRIPTS)


@pytest.mark.parametrize("lang", sorted(_SCRIPTS))
def test_names_after_native_colons(lang: str) -> None:
    cases = [(t, n) for lg, t, n in _CASES if lg == lang]
    hits = sum(1 for t, n in cases if n in _found(t, "PERSON"))
    missed = [t for t, n in cases if n not in _found(t, "PERSON")]
    assert hits / len(cases) >= 0.95, missed[:10]


@pytest.mark.parametrize("lang", sorted(_SCRIPTS))
def test_addresses_after_native_colons(lang: str) -> None:
    colons, _names, _comma, _nxt, addr = _SCRIPTS[lang]
    labels = ADDRESS_LABELS[lang].split("|")
    texts = [f"{label}{colon} {addr}" for label in labels for colon in colons]
    hits = [t for t in texts if any(addr in v for v in _found(t, "ADDRESS"))]
    assert len(hits) / len(texts) >= 0.9, sorted(set(texts) - set(hits))[:10]


def test_name_ends_at_the_native_comma() -> None:
    text = "ደንበኛ\u1361 ዮሐንስ አለሙ\u1363 ስልክ\u1361 +251 922 18 0456"
    assert _found(text, "PERSON") == ["ዮሐንስ አለሙ"]


def test_address_ends_at_the_native_full_stop() -> None:
    text = "អាសយដ្ឋាន\u17d6 ផ្ទះលេខ ៧ ផ្លូវ ៦៣ បាត់ដំបង\u17d4 សូមអរគុណ"
    assert _found(text, "ADDRESS") == ["ផ្ទះលេខ ៧ ផ្លូវ ៦៣ បាត់ដំបង"]


@pytest.mark.parametrize(
    "text",
    [
        "ደንበኛ\u1361 ሰላም",  # one word after a role: a chat speaker's greeting, not a name
        "ስም\u1361 N/A",  # a placeholder
        "ឈ្មោះ\u17d6 {{customer_name}}",  # a template slot
        "ሀገር\u1361 ኢትዮጵያ ሪፐብሊክ",  # not a person label: "country"
        "ទីក្រុង\u17d6 ភ្នំ ពេញ",  # "city": not a person label
        "անուն՝ build",  # a lower-case Latin word after an Armenian label
    ],
)
def test_near_misses(text: str) -> None:
    assert _found(text, "PERSON") == []


def test_armenian_comma_inside_prose_is_no_label() -> None:
    # ՝ is a comma in running Armenian; after a word that is no label nothing is read
    assert _found("Երեկ՝ Արմեն Պետրոսյան", "PERSON") == []
