"""Case forms of Russian and Ukrainian given names: ``Тараса``, ``Марии``, ``Сергеем``, ``Ользі``.

East Slavic languages decline names: ``у Тараса Шевчука`` (at Taras Shevchenko's), ``с Марией
Ивановой`` (with Maria Ivanova), ``Дмитрию Соколову`` (to Dmitry Sokolov). A lexicon of dictionary
forms misses every name not in the nominative, which in running prose is most of them. `case_forms`
derives the oblique forms of a given name from its ending by the regular declension patterns (the
hard and soft masculine, the ``-ий``/``-ій`` masculine, the ``-а``/``-я``/``-ия``/``-ья``
feminine, the Ukrainian ``-о`` masculine and ``-ові``/``-і`` endings); `CASE_FORMS` holds them for
the names of `cyrillic_names_data`. They join `given_names.BROAD_GIVEN_NAMES`, so a form counts only
as the first word of a run of two or more capitalised name words (``Тараса Шевчука``).

Over-generation (a form no speaker would use, ``Лева`` for ``Лев``) costs nothing: it is a word no
text holds. Forms that are dictionary words in their own right are the risk; they need a second
name word after them like every broad name.
"""

# ruff: noqa: RUF001, RUF002  # Cyrillic letters that look like Latin ones

from __future__ import annotations

from redactor.detect.pii.cyrillic_names_data import NOMINATIVES

__all__ = ["CASE_FORMS", "case_forms"]

_HUSHING = frozenset("жшчщц")
_VELAR_HUSHING = frozenset("гкхжшчщ")
_CONSONANTS = frozenset("бвгджзклмнпрстфхцчшщ")


def case_forms(name: str) -> frozenset[str]:
    """The oblique case forms of the lower-case given name `name` (without `name` itself).

    Args:
        name: a nominative given name, lower case (``тарас``, ``марія``).

    Returns:
        Genitive, dative, accusative, instrumental and prepositional/locative forms of Russian and
        Ukrainian for the name's ending; empty for an ending with no regular pattern.
    """
    out: set[str] = set()
    last = name[-1:]
    stem = name[:-1]
    if len(name) < 3:
        return frozenset()
    if last in _CONSONANTS:  # тарас, иван, олег
        out |= {name + e for e in ("а", "у", "ом", "е", "ові", "і")}
        if last in _HUSHING:
            out |= {name + "ем", name + "еві"}
    elif name.endswith(("ий", "ій")):  # дмитрий, василий, сергій, анатолій
        out |= {stem + e for e in ("я", "ю", "ем", "и", "ї", "єм", "єві")}
        out |= {name[:-2] + e for e in ("ия", "ию", "ием", "ии", "ія", "ію", "ієм", "ієві", "ії")}
    elif last == "й":  # сергей, андрей, николай
        out |= {stem + e for e in ("я", "ю", "ем", "е", "єм", "єві", "ї")}
    elif last == "ь":  # игорь (masculine), любовь (feminine)
        out |= {stem + e for e in ("я", "ю", "ем", "е", "и", "і", "ею")}
    elif last == "о":  # дмитро, петро (Ukrainian masculine)
        out |= {stem + e for e in ("а", "у", "ом", "ові", "е", "і")}
    elif name.endswith(("ия", "ія")):  # мария, марія, виктория
        root = name[:-1]
        out |= {root + e for e in ("и", "ю", "ей", "ею", "ї", "єю")}
        out |= {name[:-2] + e for e in ("ии", "ию", "ией", "иею", "ії", "ію", "ією")}
    elif last == "я":  # наталья, дарья, илья, катя, оля
        out |= {stem + e for e in ("и", "е", "ю", "ей", "ею", "і", "ї", "єю")}
    elif last == "а":  # анна, ольга, никита
        gen = "и" if stem[-1:] in _VELAR_HUSHING else "ы"
        out |= {stem + e for e in (gen, "е", "у", "ой", "ою", "і", "и")}
        if stem.endswith("г"):
            out.add(stem[:-1] + "зі")  # ользі (Ukrainian dative of ольга)
        elif stem.endswith("к"):
            out.add(stem[:-1] + "ці")
    out.discard(name)
    return frozenset(out)


def _all_forms() -> frozenset[str]:
    forms: set[str] = set()
    for name in NOMINATIVES:
        forms |= case_forms(name)
    return frozenset(forms - NOMINATIVES)


CASE_FORMS: frozenset[str] = _all_forms()
"""Every oblique form of the names of `cyrillic_names_data` that is not itself a nominative there."""
