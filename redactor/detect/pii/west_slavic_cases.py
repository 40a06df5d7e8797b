"""Case forms of Polish, Czech and Slovak given names: ``Agnieszką``, ``Petrem``, ``Janě``, ``Tomaszowi``.

West Slavic languages decline names as Russian and Ukrainian do (`slavic_cases` covers those):
``z Agnieszką Kowalską`` (with), ``s Petrem Novákem`` (with), ``Janě Novotné`` (to),
``Tomaszowi Wiśniewskiemu`` (to). A lexicon of dictionary forms misses them. `case_forms` derives
the oblique forms of a nominative given name from its ending and gender by the regular declension
patterns of the three languages:

- masculine names ending in a consonant (``jan``, ``piotr``, ``tomáš``; a mobile ``e`` dropped:
  ``marek`` -> ``marka``, ``paweł`` -> ``pawła``, ``pavel`` -> ``pavla``): ``-a -u -owi -ovi -em
  -iem -om -e -i -ie``, and the softened locative/vocative (``piotrze``, ``petře``, ``pawle``);
- masculine names in ``-í`` (``jiří``): ``-ího -ímu -ím``;
- feminine names (and masculine ones) in ``-a`` (``anna``, ``agnieszka``, ``jana``): ``-y -i -ę -ą
  -u -ou -e -ej``, and the softened dative/locative (``annie``, ``agnieszce``, ``janě``,
  ``petře``, ``marcie``, ``olze``);
- names in ``-ia``/``-ja`` and Czech ``-ie``/``-e`` (``maria``, ``zofia``, ``marie``, ``lucie``):
  ``-ii -ię -ią``, ``-ii -ií``; Slovak ``-ia`` (``mária``): ``-ie -iu -iou``.

The feminine vocative in ``-o`` (``Anno``, ``Mario``) is left out: it stands alone in a greeting,
and it is a nominative of other languages (``Mariko``, ``Mario``, ``Emilio``).

Over-generation (a form no speaker uses) costs nothing: no text holds it. Forms that are words in
their own right are the risk: `case_form_set` drops function words of spaCy's languages, English
words and the nominatives of every culture's given names (those are `lexnames`' to judge), and
the detector (`declined_names`) asks for a surname after each form.
"""

from __future__ import annotations

from functools import lru_cache

from redactor.detect.pii._vocab import words
from redactor.detect.pii.function_words_data import FUNCTION_WORDS
from redactor.detect.pii.given_names import BROAD_GIVEN_NAMES, GIVEN_NAMES
from redactor.detect.pii.lexicon import is_english
from redactor.detect.pii.west_slavic_names_data import FEMININE, MASCULINE

__all__ = ["case_form_set", "case_forms"]

_VOWELS = frozenset("aeiouyáéíóúýěůąęó")
_MOBILE_E = ("ek", "eł", "el", "ec", "eň", "eń")
"""Endings whose ``e`` drops in the oblique cases (``marek`` -> ``marka``, ``karel`` -> ``karla``)."""
_SOFT_DATIVE = (
    ("k", ("ce",)),
    ("g", ("dze", "ze")),
    ("h", ("ze",)),
    ("ch", ("sze", "še")),
    ("r", ("rze", "ře")),
    ("ł", ("le",)),
    ("t", ("cie", "tě")),
    ("d", ("dzie", "dě")),
    ("n", ("nie", "ně")),
    ("s", ("sie",)),
    ("z", ("zie",)),
    ("w", ("wie",)),
    ("v", ("vě",)),
    ("m", ("mie", "mě")),
    ("b", ("bie", "bě")),
    ("p", ("pie", "pě")),
    ("l", ("li", "le")),
)
"""The last consonant of a stem and what it becomes before the dative/locative ``-e`` of Polish
(``annie``, ``agnieszce``, ``marcie``, ``barbarze``) and Czech (``janě``, ``petře``, ``martě``)."""


def _soft(stem: str) -> set[str]:
    """`stem` with its last consonant softened before the dative/locative ending."""
    for end, forms in _SOFT_DATIVE:
        if stem.endswith(end):
            return {stem[: -len(end)] + f for f in forms}
    return set()


def case_forms(name: str, *, feminine: bool) -> frozenset[str]:
    """The oblique case forms of the lower-case nominative given name `name` (without `name`).

    Args:
        name: a nominative given name, lower case (``jan``, ``agnieszka``, ``jiří``).
        feminine: whether the name is a woman's (a consonant-final woman's name, ``ingrid``, is
            not declined: it gets no forms).

    Returns:
        Genitive, dative, accusative, instrumental, locative (and masculine vocative) forms of Polish, Czech
        and Slovak for the name's ending; empty for an ending with no regular pattern.
    """
    if len(name) < 3:
        return frozenset()
    out: set[str] = set()
    last = name[-1]
    if name.endswith(("ia", "ja", "ya")):  # maria, zofia, natalia; slovak mária
        stem = name[:-1]
        out |= {stem + e for e in ("i", "ę", "ą", "e", "u", "ou")}
    elif name.endswith(("ie", "e")) and feminine:  # marie, lucie, alice
        stem = name[:-1]
        out |= {stem + e for e in ("i", "í")}
    elif last == "a":  # anna, agnieszka, jana; kuba, jirka
        stem = name[:-1]
        out |= {stem + e for e in ("y", "i", "ę", "ą", "u", "ou", "e", "ej")}
        out |= _soft(stem)
    elif last == "í" and not feminine:  # jiří
        out |= {name + e for e in ("ho", "mu", "m")}
    elif last not in _VOWELS and not feminine:  # jan, piotr, tomáš, marek
        stems = {name}
        if name.endswith(_MOBILE_E):
            stems.add(name[:-2] + name[-1])
        for stem in stems:
            out |= {stem + e for e in ("a", "u", "owi", "ovi", "em", "iem", "om", "e", "i", "ie")}
            out |= {f for f in _soft(stem) if f.endswith(("rze", "ře", "le", "nie", "cie", "dzie"))}
    return frozenset(out - {name})


_COMMON_MASCULINE = words("""
    piotr krzysztof andrzej tomasz paweł jan michał marcin stanisław jakub adam marek łukasz grzegorz
    mateusz wojciech mariusz dariusz zbigniew jerzy maciej rafał robert kamil józef ryszard tadeusz
    janusz kacper szymon bartosz jacek sławomir roman kazimierz henryk artur sebastian damian daniel
    przemysław wiesław dawid patryk filip hubert witold leszek mirosław zdzisław
    jiří petr josef pavel martin jaroslav tomáš miroslav zdeněk františek václav michal karel milan
    vladimír lukáš david ladislav stanislav ondřej radek vojtěch antonín matěj aleš libor dušan vít
    šimon peter ján jozef juraj štefan ľubomír pavol matej marián igor róbert
""")
_COMMON_FEMININE = words("""
    anna maria katarzyna małgorzata agnieszka barbara ewa krystyna elżbieta magdalena joanna zofia
    aleksandra monika teresa danuta natalia julia karolina marta beata dorota halina jadwiga jolanta
    irena grażyna iwona alicja paulina justyna bożena urszula hanna renata helena sylwia agata
    wiktoria patrycja izabela emilia ewelina weronika dominika kinga lena oliwia zuzanna martyna
    gabriela
    jana marie eva hana lenka kateřina lucie věra alena petra veronika jaroslava tereza martina
    michaela jitka ludmila zdeňka ivana eliška zuzana markéta barbora jarmila kristýna klára natálie
    adéla karolína šárka pavla simona iveta blanka kamila vlasta dana marcela
    mária katarína lucia andrea kristína
""")
"""The most common given names of Poland, Czechia and Slovakia (written by hand from national name
statistics; Faker's Polish lists lack many of them: ``katarzyna``, ``zofia``, ``maria``)."""


@lru_cache(maxsize=1)
def case_form_set() -> frozenset[str]:
    """Oblique forms of the names of `west_slavic_names_data`, less function words, English words
    and the given names of every culture the lexicons know (``emilio``, ``mario``, ``sandro``,
    ``lauri``: a form of ``emilia``... that is another language's nominative is `lexnames`' to
    judge); lower case, built on first use (the English word list loads lazily)."""
    masculine = MASCULINE | _COMMON_MASCULINE
    feminine_names = FEMININE | _COMMON_FEMININE
    nominatives = masculine | feminine_names
    out: set[str] = set()
    for names, feminine in ((masculine, False), (feminine_names, True)):
        for name in names:
            out |= case_forms(name, feminine=feminine)
    out -= nominatives | GIVEN_NAMES | BROAD_GIVEN_NAMES
    return frozenset(f for f in out if f not in FUNCTION_WORDS and not is_english(f))
