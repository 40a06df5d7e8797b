"""A person's name in brackets after their login (``pii.handle_name``, session 12).

Logs, SOC notes, access reviews and chat exports name an account and then, in brackets, whose it
is: ``Konto j.brenner (Julia Brenner) gesperrt``, ``user mkowalski (Marek Kowalski) logged in``,
``صارف bilal.qureshi (بلال قریشی)``, ``사용자 minsu.kim (김민수)``. The bracketed words are taken as
a name when the login spells one of them (`translit.word_score` on the login's pieces: the same
word in any script, by its consonant skeleton), so ``deploy (Production Build)`` or ``root
(System Administrator)`` stay out: no bracketed word is spelled by the login.

The login is one token of lower-case ASCII letters and digits with ``.``, ``_`` or ``-`` (no
``@``, no ``/``); the brackets hold one to four words of letters (no digits, no code
punctuation), capitalised where the script has capitals and neither all capitals nor camelCase
(``variant_name (VARIANT)``, ``task_template (TaskTemplate)`` are code); one word is enough when the login spells
it and it is not the whole login (``jdoe (Doe)`` is too thin; ``anna.k (Anna Kowalczyk)``). A login
of one piece may carry an initial before or after the surname (``mkowalski``, ``kowalskim``).

Gate: `` (`` after a lower-case letter or digit in the text; the checks run only there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.detect.pii._scan import Hit, ScanDetector
from redactor.detect.pii._vocab import NOT_NAME_WORDS, TECH_NAMES
from redactor.detect.pii.translit import local_pieces, word_score

_PAIR = re.compile(
    r"(?<![\w@/.:-])(?P<login>[a-z][a-z0-9]*(?:[._-][a-z0-9]+){0,3})[ \t]+[(\uff08]"
    r"(?P<name>[^\W\d_][^()\uff08\uff09\d\n,;:@/\\=<>{}\[\]]{0,60}?)[)\uff09]"
)
_CASED = re.compile(r"[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u052f]")
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|[\u0300-\u036f\u0900-\u0dff\u0e31-\u0e4e\u1000-\u109f\u17b4-\u17d3'-])*")
_INNER_CAP = re.compile(r"^(?!Mc|Mac|O'|D').*[a-z][A-Z]")
_STOP = frozenset({"user", "admin", "root", "system", "service", "account", "bot", "test"})


def _name_words(name: str) -> list[str] | None:
    words = name.split()
    if not 1 <= len(words) <= 4 or any(_WORD.fullmatch(w) is None for w in words):
        return None
    for w in words:
        if _CASED.match(w) and (not w[0].isupper() or (len(w) > 1 and w.isupper()) or _INNER_CAP.search(w)):
            return None  # lower case, VARIANT, TaskTemplate: code words (McDonald, O'Neil are names)
        low = w.casefold()
        if low in TECH_NAMES or (low in NOT_NAME_WORDS and len(low) > 3) or low in _STOP:
            return None
    return words


class HandleNameDetector(ScanDetector):
    """A person's name in brackets after their login (``pii.handle_name``)."""

    name = "pii.handle_name"
    entity = "PERSON"
    needles = (" (", "(\uff08", " \uff08")

    def find(self, text: str) -> Iterator[Hit]:
        for m in _PAIR.finditer(text):
            login, name = m.group("login"), m.group("name").strip()
            words = _name_words(name)
            if words is None or login in _STOP:
                continue
            pieces = local_pieces(login)
            if login.isalpha() and len(login) >= 6:  # mkowalski, kowalskim: an initial glued on
                pieces = pieces | local_pieces(login[1:]) | local_pieces(login[:-1])
            scores = [word_score(w, pieces) for w in words]
            if max(scores) < 2 and sum(scores) < 2:
                continue  # the login spells none of the words
            if len(words) == 1 and (scores[0] < 2 or words[0].casefold() == login):
                continue
            start = m.start("name") + (len(m.group("name")) - len(m.group("name").lstrip()))
            yield (start, start + len(name), 0.8)
