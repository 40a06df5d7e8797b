"""Words a text also uses as identifiers, answered from one index per long text.

The NER adapter drops a name whose word the same text uses as an identifier elsewhere
(`IDENT_USE`, moved here from `presidio_adapter`: after ``.``, ``&`` or ``*`` as a whole word (``obj.Morgan``,
``&Morgan``), or before ``(``, ``.x``, ``{``, ``_`` or ``::`` (``Morgan(``, ``Morgan_id``)). It
asked with one regex search of the whole text per token of every accepted entity: on a long text
(many entities) the cost grew with the length squared (session 15: a 5,000-line text spent most
of its detection time there). `ident_used` answers the same question; for a text of `INDEX_MIN`
characters or more, a token of word characters is looked up in the sets of such identifiers,
built by one pass over the text (kept for the last text only); shorter texts and other tokens
are searched directly, as before.

**Exact.** For a token of word characters (``\\w+``, at most `MAX_TOKEN`) the pattern matches
exactly when the token is a whole word run after ``.``/``&``/``*`` (that sign not after ``*``),
or the start of a word run, ending before ``(``, ``.`` + an ASCII letter, ``{`` or ``::`` (then
the whole run) or before an ``_`` inside the run; `tests/test_ident_index.py` compares both on
generated texts.
"""

from __future__ import annotations

import re
import sys

from redactor import cache_budget

IDENT_USE = "(?:(?<![*])[.&*]{tok}\\b|\\b{tok}(?:\\(|\\.[A-Za-z]|\\{{|_|::))"
"""The identifier use of a token (the adapter's pattern, `tok` escaped)."""

INDEX_MIN = 4096
"""Texts this long (characters) are answered from the index."""

MAX_TOKEN = 64
"""Longest token the index holds; longer ones are searched directly."""

_WORD = re.compile(r"\w+")
_AFTER_SIGN = re.compile(r"(?<![*])[.&*](\w+)")
"""A word run right after ``.``/``&``/``*`` (the sign itself not after ``*``)."""
_RUN_END = re.compile(r"\(|\.[A-Za-z]|\{|::")
"""What ends an identifier head after a whole word run."""


class _Index:
    __slots__ = ("heads", "signed", "size", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.signed = {m.group(1) for m in _AFTER_SIGN.finditer(text) if len(m.group(1)) <= MAX_TOKEN}
        heads: set[str] = set()
        for m in _WORD.finditer(text):
            run = m.group()
            if _RUN_END.match(text, m.end()) is not None and len(run) <= MAX_TOKEN:
                heads.add(run)
            k = run.find("_", 1)
            while 0 < k <= MAX_TOKEN:
                heads.add(run[:k])
                k = run.find("_", k + 1)
        self.heads = heads
        self.size = (
            sys.getsizeof(text)
            + sys.getsizeof(self.signed)
            + sys.getsizeof(heads)
            + sum(map(sys.getsizeof, self.signed))
            + sum(map(sys.getsizeof, heads))
        )
        """Bytes the index keeps alive (the text, its sets and their words)."""

    def used(self, token: str) -> bool:
        return token in self.signed or token in self.heads


_last: tuple[_Index, ...] = ()


def _index(text: str) -> _Index:
    global _last
    for index in _last:
        if index.text is text:
            return index
    index = _Index(text)
    _last = (index,)
    return index


class _Kept:
    """The kept index under the ``texts`` share of `redactor.cache_budget` (released after a batch
    when a text past the share was read)."""

    def held_bytes(self) -> int:
        return sum(index.size for index in _last)

    def trim(self, limit: int) -> None:
        global _last
        if self.held_bytes() > limit:
            _last = ()


cache_budget.text_holder(__name__, _Kept())


def ident_used(text: str, token: str) -> bool:
    """Whether `text` uses `token` as an identifier (``re.search(IDENT_USE.format(tok=re.escape(token)), text)``)."""
    if len(text) >= INDEX_MIN and 0 < len(token) <= MAX_TOKEN and _WORD.fullmatch(token) is not None:
        return _index(text).used(token)
    return re.search(IDENT_USE.format(tok=re.escape(token)), text) is not None
