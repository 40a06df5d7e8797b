#!/usr/bin/env python3
"""Build `redactor/detect/pii/function_words_data.py`: function words of languages other than English.

The English NER model reads capitalised words of other languages as people (``Despliega la
versión``, ``Reinicia la CLAU al seu valor``, ``Sandi yang dimasukkan salah``). Whether a short
line is written in another language shows in its function words: articles, pronouns,
prepositions and auxiliaries. The source is the stop-word lists spaCy ships for its ~75
languages (``spacy/lang/<lang>/stop_words.py``, read as files so no language package is imported).
Kept: lower-case words of a cased script (the NER rule reads lower-case words only), 2-15
letters, that are neither an English stop word (spaCy's ``en`` list) nor an English function
word of the lexicon (`redactor.detect.pii.lexicon`), nor an English word of four or more
letters (`lexicon.english_words`) nor a common three-letter English word (`ENGLISH_TOO`), so
``in``, ``to``, ``die``, ``will``, ``order`` stay out of the table where English shares them.

Usage::

    python scripts/build_function_words.py            # rewrite the module
    python scripts/build_function_words.py --check    # exit 1 if the committed module is stale
"""

from __future__ import annotations

import argparse
import ast
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "redactor" / "detect" / "pii" / "function_words_data.py"
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))

from _generated import check  # noqa: E402  # scripts/_generated.py (this folder is on sys.path)

_ENGLISH_TOO = """
    add air arm art ass bad bag bar bat bet bin bum cam car cat con cum die dig dog dot ego end fan
    far fat fez fin fir gag gap gen god gun hat hay hem hen hit hop hut ill inn jam jog kin lab lad
    lap lie log man mar mat men met mud nag nap net nun oft pad pan pat pet pie pig pit pop pot pub
    rag ram rat rod rot rub sad sap saw sea see sex sin sob sod son sum sun tab tag tan tap tar tat
    tie tin toe tom ton tot tub van vet wan war wet yon zen
"""
ENGLISH_TOO = frozenset(_ENGLISH_TOO.split())
"""Three-letter foreign stop words that are common English words too (German ``die``, Swedish
``dog``, Danish ``man``): a line holding them says nothing about its language. Longer foreign stop
words that are English words (``will``, ``over``, ``come``, ``order``, ``state``) are left out by
the English word list (`lexicon.english_words`); shorter ones (``la``, ``el``, ``het``, ``und``)
are kept unless listed here, since English word lists hold them as rare loans."""


def _stop_words(path: Path) -> set[str]:
    """The ``STOP_WORDS`` of one spaCy stop_words.py, read without importing it."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            found.update(node.value.split())
    return found


def build() -> str:
    import spacy

    from redactor.detect.pii import lexicon

    lang_dir = Path(spacy.__file__).parent / "lang"
    english = _stop_words(lang_dir / "en" / "stop_words.py") | set(lexicon._FUNCTION_WORDS) | ENGLISH_TOO
    vocab = lexicon.english_words()
    langs: list[str] = []
    table: set[str] = set()
    uncased: set[str] = set()
    for path in sorted(lang_dir.glob("*/stop_words.py")):
        lang = path.parent.name
        if lang in ("en", "xx"):
            continue
        langs.append(lang)
        for w in _stop_words(path):
            w = w.strip().lower()
            if w and not any(c.isupper() or c.islower() or c.isdigit() or c.isascii() for c in w):
                uncased.add(w)  # Devanagari, Arabic, Hebrew, Thai...: no case to test
                continue
            if not (w.isalpha() and w.islower() and 2 <= len(w) <= 15) or w in english:
                continue
            if len(w) > 3 and w in vocab:
                continue  # an English word too: "will", "over", "order"
            table.add(w)
    body = "\n".join(f"    {w}" for w in sorted(table))
    body_uncased = "\n".join(f"    {w}" for w in sorted(uncased))
    return f'''"""Function words of languages other than English, lower case (generated, do not edit).

Written by ``scripts/build_function_words.py`` from the stop-word lists spaCy ships for
{len(langs)} languages:
{textwrap.fill(", ".join(langs), 96)},
minus every English stop word and function word, every English word of four or more letters
and common three-letter English words.
"""

# ruff: noqa: RUF001  # generated words; letters of other scripts look like ASCII

from __future__ import annotations

from redactor.detect.pii._vocab import words

FUNCTION_WORDS: frozenset[str] = words(
    """
{body}
    """
)
"""{len(table)} words of cased scripts (Latin, Cyrillic, Greek, Armenian...)."""

UNCASED_FUNCTION_WORDS: frozenset[str] = words(
    """
{body_uncased}
    """
)
"""{len(uncased)} function words of scripts without case (Devanagari, Arabic, Hebrew, Thai...), all of them:
English shares none."""
'''


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the committed module is stale")
    args = parser.parse_args()
    text = build()
    if args.check:
        return check(OUT, text, "scripts/build_function_words.py")
    OUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
