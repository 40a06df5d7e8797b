"""A lone word the English model calls a person, in a sentence of another language: not a name.

The English NER model reads capitalised words of other languages as people: a sentence-initial
verb or adverb (``Tha an luach ...`` in Gaelic, ``Huwag i-commit ...`` in Filipino, ``Verwacht: 0
fouten`` in Dutch, ``Nel file ... trovi`` in Italian), a German noun (``0 Fehler``, ``Anmeldung am
Händlerportal erfolgreich``) or a word of a translated string (``"Cartão de embarque."``). When
the whole piece is another language's, the adapter keeps only names the lexicons know
(`Chunk.english`); a chunk that also holds English (code, JSON keys, an English question) is read
as English and these words get through. This veto applies the same policy to the *clause*: a
one-word PERSON hit that no lexicon knows as a given or family name is dropped when

- the word itself is a function word of another language (`function_words_data`: spaCy's stop
  words of ~75 languages, less English ones), or
- its clause (the string it sits in, else its line, code spans blanked) holds no English function
  word and reads as another language: a function word of another language with at least half of
  the words foreign (not English by `lexicon.is_english`, or a function word of another language:
  ``ang``, ``de`` are in both), or three or more words of which three quarters are foreign.

Names the lexicons know (``Sjoerd``, ``Ayşe``) never reach this test, and an English clause keeps
every hit (``Quillane will upload``, ``Amadike and Hale``), so the rare names of English prose stay
masked; a rare name alone in a sentence of another language is the price, the same the adapter
already pays for whole texts in other languages.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from redactor.detect.pii._vocab import words
from redactor.detect.pii.lexicon import is_english

__all__ = ["clause_words", "foreign_lone_word"]

_CODE_SPAN = re.compile(r"`[^`\n]*`")
_WORD = re.compile(r"(?<![\w@$/\\.])[^\W\d_]{2,}(?![\w@/\\])")
_QUOTE = '"\u201c\u201d\u201e\u00ab\u00bb'

_ENGLISH_ONLY_FUNCTION = words(
    """
    the and with this that these those you your yours we our ours they their them are were been has
    had would should could not from which what when where who whom whose please there its into
    about after before because while does did doesn't don't isn't aren't can't won't it's i'm
    i've you're we're they're let's just only also very some any each every other such than then
    """
)
"""English function words that are no common word of the other languages written in Latin
letters (``an``, ``am``, ``in``, ``is``, ``die``, ``for``, ``was``, ``will`` are left out: Gaelic,
German, Dutch, Italian and the Nordic languages write them too)."""

_WINDOW = 2000
"""Characters read on each side of the hit: a longer line is read only this far (each hit reads
its line, so an unbounded read made many hits on one long line quadratic; the development sets'
longest line is under 1,900 characters)."""
_MIN_WORDS = 2
_FOREIGN_SHARE = 0.5
_STRONG_SHARE = 0.75
_STRONG_MIN = 3


def _segment(text: str, start: int, end: int) -> tuple[str, str]:
    """The line holding ``[start, end)`` with code spans blanked, split into the text before and
    after the hit; when the hit sits inside a quoted string on that line, only the string."""
    lo = text.rfind("\n", max(0, start - _WINDOW), start) + 1
    lo = max(lo, start - _WINDOW)
    hi = text.find("\n", end, end + _WINDOW)
    hi = min(len(text), end + _WINDOW) if hi < 0 else hi
    line = _CODE_SPAN.sub(lambda m: " " * len(m.group()), text[lo:hi])
    before, after = line[: start - lo], line[end - lo :]
    q_before = max(before.rfind(q) for q in _QUOTE)
    q_after = [i for i in (after.find(q) for q in _QUOTE) if i >= 0]
    if q_before >= 0 and q_after:
        inner = (before[q_before + 1 :], after[: min(q_after)])
        if len(_WORD.findall(inner[0] + " " + inner[1])) >= _MIN_WORDS:
            return inner
    return before, after


def clause_words(text: str, start: int, end: int) -> list[str]:
    """Words (two or more letters, not all capitals, not part of an identifier) of the hit's
    string or line, the hit itself left out, lower case."""
    before, after = _segment(text, start, end)
    return [w.lower() for w in _WORD.findall(before + " " + after) if not w.isupper()]


def foreign_lone_word(
    text: str,
    start: int,
    end: int,
    function_words: frozenset[str] | None = None,
    known_name: Callable[[str], bool] | None = None,
) -> bool:
    """Whether the one-word hit ``text[start:end]`` (no name of the lexicons: the caller checks)
    is a word of another language rather than a name (see the module docstring). `known_name`:
    whether a lower-case word is a name (names of the clause count as neither English nor foreign)."""
    if function_words is None:
        from redactor.detect.pii.function_words_data import FUNCTION_WORDS

        function_words = FUNCTION_WORDS
    word = text[start:end].lower().strip(".,;:!?'\u2019")
    if word in function_words and not is_english(word):
        return True  # "Huwag", "Nel", "Hier": another language's function word opening a sentence
    found = [w for w in clause_words(text, start, end) if known_name is None or not known_name(w)]
    if any(w in _ENGLISH_ONLY_FUNCTION for w in found):
        return False
    if len(found) < _MIN_WORDS:
        return False
    foreign = sum(1 for w in found if w in function_words or not is_english(w))  # "ang", "de": both
    share = foreign / len(found)
    if any(w in function_words for w in found) and share >= _FOREIGN_SHARE:
        return True
    return len(found) >= _STRONG_MIN and share >= _STRONG_SHARE
