"""Polish, Czech and Slovak names in an oblique case (``pii.declined_name``).

``z Agnieszką Kowalską``, ``s Petrem Novákem``, ``Janě Novotné``, ``Tomaszowi Wiśniewskiemu``: in
running West Slavic prose most names are declined, and neither the given-name lexicons (dictionary
forms) nor the English NER model know the forms. A run counts when:

- its first word is a capitalised oblique case form of a Polish, Czech or Slovak given name
  (`west_slavic_cases.case_form_set`: derived from the names by the declension rules, function
  words and English words removed);
- the next word is a capitalised name-shaped word (`names.is_name_token`) of three letters or
  more that is no function word of spaCy's languages, no English word, no place
  (`given_names.PLACE_NAMES`) and no organisation or facility word (``Jana Pawła II``: a pope
  and a street); a third such word is taken when the second is also a case form (``Annę Marię
  Kowalską``);
- the run stands in natural-language text (prose, strings, comments).

A lone form (``z Agnieszką``) is not taken: many forms are words of some language when alone.
The gate is a regex search for a letter of the Polish, Czech or Slovak alphabets that English
lacks (``ą ę ł ś ż č ě ř š ů ...``; a West Slavic text of a sentence or more nearly always holds
one), else for a dative/instrumental ending before a capitalised word (text typed without
diacritics).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import re2  # type: ignore[import-untyped]  # google-re2 ships no type information

from redactor.detect.pii._base import TEXT_KINDS, Finding, TextInfo, ViewDetector
from redactor.detect.pii._vocab import FACILITY_WORDS, ORG_WORDS
from redactor.detect.pii.function_words_data import FUNCTION_WORDS
from redactor.detect.pii.given_names import PLACE_NAMES
from redactor.detect.pii.lexicon import is_english
from redactor.detect.pii.names import is_name_token
from redactor.detect.pii.west_slavic_cases import case_form_set

__all__ = ["DeclinedNameDetector"]

_LETTERS = re.compile("[ąćęłńśźżčďěňřšťůľĺŕôĄĆĘŁŃŚŹŻČĎĚŇŘŠŤŮĽĹŔ]")
"""A letter of the Polish, Czech or Slovak alphabet outside Latin-1's common ones."""
_ASCII_HINT = re.compile("[emiu][ \t][A-ZÀ-Þ]")
_ASCII_FORM = re2.compile("[A-ZÀ-Þ]\\pL{0,15}(?:owi|ovi|em|om|ou)[ \t]+[A-ZÀ-Þ]")
"""A capitalised word with a dative or instrumental ending before another capitalised word
(``Markiem Lewandowskim``, ``Martinou Kubekovou``, ``Janovi Novakovi``): a short sentence typed
without diacritics holds no other sign of its language. Looked for (RE2, one linear pass) only in
texts where `_ASCII_HINT`, the last letter of such an ending, a blank and a capital, occurs: on
the texts of the bench replay stream (4 MB) the two ``re`` searches cost ~26 ms of CPU, one RE2
search of both branches ~45 ms."""
_PAIR = re.compile(
    r"(?<![\w@#$/.-])([^\W\d_a-z][^\W\d_]+)[ \t]+([^\W\d_a-z][^\W\d_-]+(?:-[^\W\d_a-z][^\W\d_]+)?)(?![\w@])"
)
"""Two capitalised words separated by blanks (a hyphenated second word allowed: ``Nowak-Jeziorańska``)."""


def _surname(word: str) -> bool:
    """Whether `word` may be the family name after a declined given name."""
    lower = word.lower()
    if len(word) < 3 or not is_name_token(word) or lower in FUNCTION_WORDS or lower in PLACE_NAMES:
        return False
    if lower in ORG_WORDS or lower in FACILITY_WORDS:
        return False
    return not is_english(lower.split("-", 1)[0])


class DeclinedNameDetector(ViewDetector):
    """Declined Polish, Czech and Slovak given name + family name (``pii.declined_name``)."""

    name = "pii.declined_name"
    entities: tuple[str, ...] = ("PERSON",)

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        """Yield one finding per declined name run in natural-language text."""
        text = info.text
        if (
            self.gated
            and _LETTERS.search(text) is None
            and (_ASCII_HINT.search(text) is None or _ASCII_FORM.search(text) is None)
        ):
            return
        forms = case_form_set()
        pos = 0
        while (m := _PAIR.search(text, pos)) is not None:
            first, second = m.group(1), m.group(2)
            if first.lower() not in forms:
                pos = m.start(2)  # the second word may open the next pair
                continue
            if not _surname(second) or info.kind_at(m.start()) not in TEXT_KINDS:
                pos = m.start(2)
                continue
            end = m.end()
            if second.lower() in forms:  # Annę Marię Kowalską
                third = _PAIR.match(text, m.start(2))
                if third is not None and _surname(third.group(2)):
                    end = third.end()
            yield ("PERSON", m.start(), end, 0.8)
            pos = end
