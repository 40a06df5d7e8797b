# ruff: noqa: RUF001  -- names and labels of other scripts are the point here.
"""Session 15 (late): names after field labels in scripts the label detector read badly.

Burmese names written without spaces, Tibetan names whose syllables are joined by tsheg, Thaana
(Dhivehi) names with their vowel signs, Uyghur names under Uyghur labels, Hebrew surnames with a
maqaf, Hebrew court roles with the article (``המבקשת``) and Scottish Gaelic ``Nic`` surnames.
Names are generated from syllables with a seeded generator (none is taken from a data set); the
near misses are what a form holds instead of a name.
"""

from __future__ import annotations

import random

import pytest

from redactor.detect.pii.field_labels import FieldLabelDetector

_RNG = random.Random(2611)

_MY = ("ကျော်", "မင်း", "အောင်", "သန်း", "ဝင်း", "ထွန်း", "နွယ်", "ချို", "မြင့်", "ဇော်", "လှိုင်", "စိုး")
_BO = ("བསོད", "ནམས", "རྡོ", "རྗེ", "ཕུན", "ཚོགས", "དབང", "ཕྱུག", "བཀྲ", "ཤིས", "ལྷ", "མོ", "སྒྲོལ", "མ")
_DV = ("އިބްރާހީމް", "ފާތިމަތު", "މުޙައްމަދު", "އާމިނަތު", "ޙުސައިން", "ޝަހުމާ", "ނާޡިމް", "ރަޝީދާ")
_UG = ("ئابدۇرېھىم", "گۈلنار", "مەمەتجان", "پاتىگۈل", "ئەختەم", "زۇلپىيە", "نۇرمەمەت", "مۇقەددەس")
_HE_FIRST = ("יעל", "אורי", "תמר", "עמית", "מיכל", "איתי")
_HE_LAST = ("בן־חיים", "בר־לב", "בן־עמי", "בר־נתן", "בן־שושן")
_GD_FIRST = ("Mòrag", "Ealasaid", "Seonag", "Peigi", "Raonaid", "Iseabail")
_GD_LAST = ("NicAonghais", "NicIllEathain", "NicCoinnich", "NicRath", "NicFhionnlaigh")


def _pick(parts: tuple[str, ...], k: int, sep: str) -> str:
    return sep.join(_RNG.sample(parts, k))


def found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in FieldLabelDetector().detect(text) if s.entity == "PERSON"]


CASES: list[tuple[str, str]] = []
for _ in range(6):
    name = _pick(_MY, 3, "")
    CASES += [(f"အမည်: {name}\nဖုန်း: 09 {_RNG.randint(100, 999)}", name), (f"လူနာ: {name}၊ ဖုန်း: 09 1", name)]
    bo = _pick(_BO, 4, "་")
    CASES += [(f"མིང: {bo}།\nཁ་པར: +975 17", bo), (f"སློབ་ཕྲུག: {bo}\n", bo)]
    dv = _pick(_DV, 2, " ")
    CASES += [(f"ނަން: {dv}\nފޯނު: 7{_RNG.randint(100, 999)}", dv), (f"ބަލިމީހާ: {dv}\n", dv)]
    ug = _pick(_UG, 2, " ")
    CASES += [(f"ئىسمى: {ug}\nتېلېفون: 0991", ug), (f"بىمار: {ug}\n", ug)]
    he = f"{_RNG.choice(_HE_FIRST)} {_RNG.choice(_HE_LAST)}"
    CASES += [(f"המבקשת: {he}\nכתובת: רחוב", he), (f"שם מלא: {he}\n", he)]
    gd = f"{_RNG.choice(_GD_FIRST)} {_RNG.choice(_GD_LAST)}"
    CASES += [(f"Ainm: {gd}\nFòn: 01", gd), (f"Customer: {gd}\n", gd)]


@pytest.mark.parametrize(("text", "name"), CASES, ids=[f"case-{i}" for i in range(len(CASES))])
def test_name_after_label(text: str, name: str) -> None:
    assert found(text) == [name], text


NEAR = [
    "အမည်: မရှိ\n",  # "none"
    "အမည်: မသိ\n",  # "unknown"
    "མིང: མེད།\n",  # Tibetan "none"
    "ނަން: 12345\n",
    "ئىسمى: 2024-01-01\n",
    "Ainm: NicTest_v2\n",
    "Customer: getNicValue\n",
]


@pytest.mark.parametrize("text", NEAR)
def test_not_a_name(text: str) -> None:
    got = found(text)
    assert all(len(g) > 3 and g in text and not any(c.isdigit() for c in g) for g in got), (text, got)
    assert "NicTest_v2" not in got and "getNicValue" not in got and "မရှိ" not in got and "མེད" not in got
