"""Case forms of Russian and Ukrainian given names (`slavic_cases`) and the names they start.

The data module must be what Faker's lists give; the forms are checked against declensions from
grammar tables; names in running prose are judged on sentences generated from Faker's ``ru_RU``
and ``uk_UA`` person lists, each name put in the case its sentence governs."""

# ruff: noqa: RUF001, RUF002, RUF003  # Cyrillic letters that look like Latin ones

from __future__ import annotations

import random

import pytest
from faker import Faker

from redactor.detect.pii.cyrillic_names_data import NOMINATIVES
from redactor.detect.pii.lexnames import GivenNameDetector
from redactor.detect.pii.slavic_cases import case_forms


def test_the_data_module_is_fakers_lists() -> None:
    names: set[str] = set()
    for locale in ("ru_RU", "uk_UA"):
        fake = Faker(locale)
        provider = next(p for p in fake.providers if "person" in type(p).__module__)
        for attr in ("first_names_male", "first_names_female"):
            names |= {n.lower() for n in getattr(provider, attr)}
    assert names == NOMINATIVES


@pytest.mark.parametrize(
    ("name", "forms"),
    [
        ("тарас", {"тараса", "тарасу", "тарасом", "тарасові"}),  # hard masculine, Ukrainian dative
        ("сергей", {"сергея", "сергею", "сергеем"}),  # -ей
        ("сергій", {"сергія", "сергію", "сергієм"}),  # Ukrainian -ій
        ("дмитрий", {"дмитрия", "дмитрию", "дмитрием"}),  # -ий
        ("игорь", {"игоря", "игорю", "игорем"}),  # soft masculine
        ("петро", {"петра", "петру", "петром", "петрові"}),  # Ukrainian -о masculine
        ("анна", {"анны", "анне", "анну", "анной"}),  # -а feminine
        ("ольга", {"ольги", "ольге", "ольгу", "ольгой", "ользі"}),  # velar stem, Ukrainian г/з
        ("мария", {"марии", "марию", "марией"}),  # -ия
        ("марія", {"марії", "марію", "марією"}),  # Ukrainian -ія
        ("наталья", {"натальи", "наталье", "наталью", "натальей"}),  # -ья
    ],
)
def test_case_forms_from_grammar_tables(name: str, forms: set[str]) -> None:
    assert forms <= case_forms(name)
    assert name not in case_forms(name)


def _surname(surname: str, case: str, female: bool) -> str:
    """A Russian or Ukrainian family name in `case` (adjectival, -ов/-ин and -енко types)."""
    if surname.endswith(("енко", "ко", "их", "ых")):
        return surname  # not declined
    if female:
        if surname.endswith(("ова", "ева", "ина", "іна")):
            return surname[:-1] + "ой"
        if surname.endswith(("ская", "цкая")):
            return surname[:-2] + "ой"
        return surname
    if surname.endswith(("ий", "ой", "ый")):
        return surname[:-2] + {"gen": "ого", "dat": "ому", "ins": "им"}[case]
    if surname[-1] in "бвгджзклмнпрстфхцчшщ":
        return surname + {"gen": "а", "dat": "у", "ins": "ым" if surname.endswith(("ов", "ев", "ин")) else "ом"}[case]
    return surname


_GIVEN_ENDINGS = {  # the ending of each case, by the nominative's last letter class
    ("gen", "a"): ("ы", "и"),
    ("dat", "a"): ("е", "і"),
    ("ins", "a"): ("ой", "ей", "ою", "ею", "єю"),
    ("gen", "c"): ("а", "я"),
    ("dat", "c"): ("у", "ю"),
    ("ins", "c"): ("ом", "ем", "єм"),
}
_SENTENCES = {
    "gen": "Я был у {} вчера вечером.",
    "dat": "Позвони {} завтра, пожалуйста.",
    "ins": "Мы говорили с {} о проекте.",
}


@pytest.mark.parametrize("locale", ["ru_RU", "uk_UA"])
def test_declined_names_in_generated_sentences(locale: str) -> None:
    fake = Faker(locale)
    fake.seed_instance(5)
    rng = random.Random(locale)
    detector = GivenNameDetector()
    tried = missed = 0
    for i in range(120):
        female = i % 2 == 1
        given = (fake.first_name_female() if female else fake.first_name_male()).lower()
        surname = fake.last_name_female() if female else fake.last_name_male()
        case = rng.choice(sorted(_SENTENCES))
        ends = _GIVEN_ENDINGS[(case, "a" if given[-1] in "ая" else "c")]
        forms = sorted((f for f in case_forms(given) if f.endswith(ends)), key=len)
        if not forms:
            continue
        name = f"{forms[0].capitalize()} {_surname(surname, case, female)}"
        text = _SENTENCES[case].format(name)
        tried += 1
        missed += name not in {text[s.start : s.end] for s in detector.detect(text)}
    assert tried >= 100
    assert missed == 0


@pytest.mark.parametrize(
    "text",
    [
        "История Москвы и Великой Руси.",  # capitalised place words, no given name
        "Мы встретились с Натальей вчера.",  # a lone case form: weak evidence, not taken
        "Договор подписан у Нотариуса Москвы.",
    ],
)
def test_no_name(text: str) -> None:
    assert GivenNameDetector().detect(text) == []


def test_a_name_before_a_lower_case_cyrillic_word_is_not_cut_off() -> None:
    """``о`` after a name is a lower-case word, not a capitalised continuation of the name."""
    text = "Я вчера говорил с Марией Ивановой о проекте."
    assert [text[s.start : s.end] for s in GivenNameDetector().detect(text)] == ["Марией Ивановой"]
