"""Session 16 (late, latepii): name labels of ~40 more languages, and UK region signs for phones.

Generated cases: every Latin-script person label of `field_vocab_world` in three carriers (a line,
a field after a comma, a two-cell table row) with names of the label's region written for this
test; labels of other scripts with names of their script; near misses that must stay unmasked.
"""

from __future__ import annotations

import pytest

from redactor.detect.pii.field_labels import FieldLabelDetector
from redactor.detect.pii.field_vocab import PERSON_LABELS, WEAK_LABELS
from redactor.detect.pii.field_vocab_world import WORLD_PERSON_LABELS, WORLD_WEAK
from redactor.detect.pii.phone_groupings import valid_national
from redactor.detect.pii.phone_vocab import regions_near
from redactor.detect.pii.phones import PhoneDetector

_DETECTOR = FieldLabelDetector()
_PHONES = PhoneDetector()

_NAMES = {
    "tn": ("Tumelo Seretse", "Onalenna Mokgatle"),
    "st": ("Lineo Khoabane", "Teboho Lerotholi"),
    "ny": ("Tiyamike Mwale", "Madalitso Chirwa"),
    "sn": ("Tapiwa Mushonga", "Rufaro Chikore"),
    "rw": ("Aline Uwase", "Jean Habimana"),
    "lg": ("Nakato Ssemwogerere", "Musoke Kato"),
    "mg": ("Hery Rakotomalala", "Voahangy Razafy"),
    "ln": ("Mbuyi Tshimanga", "Nzuzi Lukusa"),
    "om": ("Lensa Gudeta", "Tolera Bekele"),
    "ss": ("Sibusiso Shongwe", "Lindiwe Magagula"),
    "ts": ("Tsakani Baloyi", "Hlulani Maluleke"),
    "ve": ("Mpho Netshiavha", "Rudzani Ramabulana"),
    "nr": ("Sipho Mahlangu", "Nomsa Skhosana"),
    "haw": ("Leilani Kapaona", "Kaleo Nakoa"),
    "mi": ("Mereana Waaka", "Tama Whaanga"),
    "sm": ("Sina Tuilagi", "Mele Leota"),
    "to": ("Siaosi Vaipulu", "Losana Vea"),
    "fj": ("Litia Naivalu", "Jone Rabuka"),
    "ty": ("Hinano Teriitahi", "Moana Tetuanui"),
    "ch": ("Jesse Cruz", "Rosa Taitano"),
    "qu": ("Juana Choque", "Saturnino Huaman"),
    "ay": ("Felipa Ticona", "Eusebio Apaza"),
    "gn": ("Ramona Benítez", "Aníbal Acosta"),
    "ht": ("Rosemonde Dorsainvil", "Jacques Désir"),
    "eu": ("Miren Arregi", "Iñaki Goikoetxea"),
    "lb": ("Nathalie Weber", "Jang Schmit"),
    "fy": ("Sjoerd Wijbenga", "Geartsje Dijkstra"),
    "br": ("Gwenola Le Bihan", "Yann Kerbrat"),
    "jv": ("Sri Wahyuni", "Bambang Suharto"),
    "su": ("Euis Rohaeti", "Asep Sunandar"),
    "ceb": ("Maricel Tabanao", "Junrey Abellana"),
    "ilo": ("Marites Agbayani", "Rogelio Pascua"),
    "tet": ("Ermelinda Ximenes", "Abilio Belo"),
    "wo": ("Awa Seck", "Ousmane Sarr"),
    "ckb": ("ڕێبوار عەزیز", "شیلان کەریم"),
    "sd": ("علي سيال", "زينب ميمڻ"),
    "yi": ("שמואל גרינבערג", "רחל פֿעלדמאַן"),
    "ky": ("Айгүл Асанова", "Бакыт Абдыкадыров"),
    "tg": ("Фарзона Саидова", "Баҳодур Назаров"),
    "tt": ("Гөлназ Вәлиева", "Рамил Гыйззәтуллин"),
}


def _labels(lang: str) -> list[str]:
    return [w for w in WORLD_PERSON_LABELS[lang].split("|") if w not in WORLD_WEAK]


def _cases() -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    for lang, names in _NAMES.items():
        for i, label in enumerate(_labels(lang)):
            name = names[i % 2]
            cap = label[0].upper() + label[1:]
            out.append((lang, f"{cap}: {name}", name))
            out.append((lang, f"Rejista 2026/114 — {cap}: {name}, tel. +255 712 448 019", name))
            out.append((lang, f"| {cap} | {name} |", name))
    return out


_CASES = _cases()


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in _DETECTOR.detect(text) if s.entity == "PERSON"]


def test_every_world_language_is_merged_into_the_person_labels() -> None:
    for lang, labels in WORLD_PERSON_LABELS.items():
        merged = set(PERSON_LABELS[lang].split("|"))
        assert set(labels.split("|")) <= merged, lang
    assert WORLD_WEAK <= WEAK_LABELS
    assert len(WORLD_PERSON_LABELS) >= 35


def test_generated_labelled_names_are_found() -> None:
    missed = [(lang, text) for lang, text, name in _CASES if name not in _found(text)]
    assert len(_CASES) > 500
    # a few role labels are also words a name check refuses alone; the labels of a name must all work
    assert len(missed) <= 0.03 * len(_CASES), missed[:20]
    for lang in _NAMES:
        first = _labels(lang)[0]
        text = f"{first[0].upper()}{first[1:]}: {_NAMES[lang][0]}"
        assert _found(text) == [_NAMES[lang][0]], text


@pytest.mark.parametrize(
    "text",
    [
        "non: Jean Pierre",  # a weak label in lower case: a config key or a word
        "la réponse est non: Jean Pierre",  # a weak label inside prose
        "Non: merci",  # one word after a whole-person label
        "Leina: Gaborone",  # one word after a whole-person label
        "Ingoa: TBD",  # a placeholder
        "Izena: unknown",
        "Suti: ${NAME}",
    ],
)
def test_near_misses_are_not_found(text: str) -> None:
    assert _found(text) == []


def test_world_weak_labels_need_a_line_start_and_two_words() -> None:
    assert _found("Non: Rosemonde Dorsainvil") == ["Rosemonde Dorsainvil"]
    assert _found("Kliyan an di non: Rosemonde Dorsainvil") == []


@pytest.mark.parametrize(
    ("digits", "ok"),
    [
        ("07700 900 561", True),  # Ofcom drama mobile range, UK grouping
        ("07700 900123", True),
        ("01632 960 555", True),
        ("0770 0900 418", False),  # not the UK grouping
        ("07700 901 418", False),  # outside the reserved block and unallocated
    ],
)
def test_fiction_mobiles_are_valid_in_their_region(digits: str, ok: bool) -> None:
    assert valid_national(digits, ("GB",)) is ok
    assert valid_national(digits, ("FR",)) is False


@pytest.mark.parametrize("sign", ["NHS no. on file", "HMRC reference", "DVLA licence", "National Insurance"])
def test_one_country_institutions_name_their_region(sign: str) -> None:
    text = f"{sign}.\nNext of kin: Ruth Abbott (07400 123 456)"
    assert "GB" in regions_near(text, text.index("07400"), len(text) - 1)
    found = [text[s.start : s.end] for s in _PHONES.detect(text)]
    assert found == ["07400 123 456"]


def test_national_mobile_without_a_region_sign_stays_unread() -> None:
    text = "Next of kin: Ruth Abbott (07400 123 456)"
    assert [text[s.start : s.end] for s in _PHONES.detect(text)] == []
