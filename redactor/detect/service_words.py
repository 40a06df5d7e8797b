"""A capitalised word that the same text also spells as a service's machine name.

The NER model calls a lone vendor name a person (``Push to Chocolatey``, ``Upload the APK to
Bitbar``, ``Appium caps for Kobiton``, ``ربط بوابة Paymob``). Agent sessions that name a service
usually also hold its machine spellings, and those never spell a person:

- a label of a host name (``push.chocolatey.org``, ``https://cloud.bitbar.com``,
  ``api.bitmovin.com``): the host of a URL or a bare domain, not an e-mail's domain (after ``@``:
  mailboxes are often named after their owner's family);
- the first word of an upper-case environment or constant name (``PAYMOB_API_KEY``,
  ``HELCIM_TOKEN``) or of a camelCase identifier (``kobitonServerUrl``, ``helcimToken``).

A one-word hit only: a full name (``Orla Kavanagh``) is a person even when a domain holds one of
its words (``kavanagh-design.ie`` is not matched either: a label must equal the word). A known
given name is never taken for a service: ``Thanks, Anna`` stays a person beside ``anna.dev`` or
``ANNA_HOME`` (a personal site or a user's variable names its owner).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

from redactor import cache_budget
from redactor.detect.pii.given_names import BROAD_GIVEN_NAMES, GIVEN_NAMES

_HOST = re.compile(r"(?<![\w@.-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24})(?![\w-])")
"""A host name in lower-cased text, not preceded by ``@`` (mailbox domains) or a word character."""


def named_service(text: str, word: str) -> bool:
    """Whether `word` (one word, as found) is also a host label, the head of an upper-case constant
    or the head of a camelCase identifier in `text` (see the module docs)."""
    word = word.strip(".,;:!?'\"\u2019")
    if len(word) < 4 or not word.isalpha():
        return False
    low = word.lower()
    if low in GIVEN_NAMES or low in BROAD_GIVEN_NAMES:
        return False  # a person's name that also names their site or variables
    if len(text) >= INDEX_MIN:
        found = _index(text).named(word.upper(), low)
        if found is not None:
            return found
    if re.search(r"(?<![A-Za-z0-9])" + re.escape(word.upper()) + r"_[A-Z]", text):
        return True  # PAYMOB_API_KEY
    if re.search(r"(?<![A-Za-z0-9_])" + re.escape(low) + r"[A-Z][a-z]", text):
        return True  # kobitonServerUrl, helcimToken
    lowered = text.lower()
    if low not in lowered:
        return False
    return any(low in m.group(1).split(".")[:-1] for m in _HOST.finditer(lowered) if low in m.group(1))


INDEX_MIN = 4096
"""Texts this long (characters) answer `named_service` from one index per text: the NER adapter
asks once per one-word person, and three scans of the whole text per question made a long text's
cost grow with its length squared (session 15: 10x on 4x the lines). Shorter texts scan directly."""

_MAX_HEAD = 64
"""Longest head the index keeps; a longer word is answered by the direct scans."""

_ASCII_ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
_CONST_AT = re.compile(r"(?<=[^\W\d_])_[A-Z]")
"""``_X`` after a letter: where an upper-case constant's head ends (``PAYMOB_API``)."""
_CAMEL_AT = re.compile(r"(?<=[^\W\d_])[A-Z][a-z]")
"""``Xy`` after a letter: where a camelCase identifier's head ends (``kobitonServer``)."""


def _heads(text: str, ends: Iterator[re.Match[str]], before: frozenset[str]) -> set[str]:
    """Every ``text[j:i]`` (1 to `_MAX_HEAD` letters) that ends where a match of `ends` starts and is
    not preceded by a character of `before`: what ``(?<![before])WORD<end>`` matches for a WORD of
    letters."""
    out: set[str] = set()
    for m in ends:
        i = m.start()
        j = i
        while j > 0 and i - j < _MAX_HEAD and text[j - 1].isalpha():
            j -= 1
            if j == 0 or text[j - 1] not in before:
                out.add(text[j:i])
    return out


class _Index:
    """What `named_service` asks of one text, computed once: the letter heads of its upper-case
    constants and camelCase identifiers, and the non-final labels of its host names."""

    __slots__ = ("camel", "const", "labels", "size", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.const = _heads(text, _CONST_AT.finditer(text), _ASCII_ALNUM)
        self.camel = _heads(text, _CAMEL_AT.finditer(text), _ASCII_ALNUM | {"_"})
        self.labels = {label for m in _HOST.finditer(text.lower()) for label in m.group(1).split(".")[:-1]}
        sets = (self.const, self.camel, self.labels)
        self.size = sys.getsizeof(text) + sum(sys.getsizeof(s) + sum(map(sys.getsizeof, s)) for s in sets)
        """Bytes the index keeps alive (the text, its sets and their words)."""

    def named(self, upper: str, low: str) -> bool | None:
        """The answer, or None when a word the index cannot answer for (not letters, too long)."""
        if not (upper.isalpha() and low.isalpha()) or len(upper) > _MAX_HEAD or len(low) > _MAX_HEAD:
            return None
        return upper in self.const or low in self.camel or low in self.labels


_last: tuple[_Index, ...] = ()


def _index(text: str) -> _Index:
    """The index of `text` (the last text's is kept: the adapter asks about one text at a time)."""
    global _last
    for index in _last:
        if index.text is text:
            return index
    index = _Index(text)
    _last = (index,)
    return index


class _Kept:
    """The kept index under the ``texts`` share of `redactor.cache_budget`."""

    def held_bytes(self) -> int:
        return sum(index.size for index in _last)

    def trim(self, limit: int) -> None:
        global _last
        if self.held_bytes() > limit:
            _last = ()


cache_budget.text_holder(__name__, _Kept())


AGENT_GIVEN_NAMES: frozenset[str] = frozenset({"devin", "cody", "jules", "junie", "kiro"})
"""Coding agents named like people (Cognition's Devin, Sourcegraph's Cody, Google's Jules,
JetBrains' Junie, Amazon's Kiro); the
agents that bear no one's name (Tabnine, Codeium, Aider, ...) are in `_vocab.TECH_NAMES`."""

_AGENT_CUE = re.compile(
    r"[ \t]+(?:session|sessions|chat|agent|transcript|log|logs|run|task|workspace|ai|playbook)\b", re.IGNORECASE
)
"""What follows an agent's name in an agent transcript header (``Devin session log``, ``Cody chat``)."""


_SPEAKER_DOT = re.compile(r"[ \t]*[\u00b7\u2022\u22c5\u25b6\u25b8\u25ba\u203a\u276f\u00bb][ \t]")
"""The separator glyph after a speaker in a rendered agent transcript: a middle dot or bullet
(``Devin  ·  Done.``), or a triangle, arrow head or guillemet (``Devin ▸ Opened ticket``,
``Cody \u203a Reading``, ``Jules \u276f Done``)."""


_ROBOT_SPEAKER = re.compile(r"[ \t]*(?:\U0001f916|\[bot\]|\(bot\))[ \t]*$")
"""A robot face or a bot tag before a speaker's name at its line start (``🤖 Cody: It's read in
...``): the transcript's assistant turn."""
_SPEAKER_COLON = re.compile(r"[ \t]*:[ \t]")


def agent_name(view: str, start: int, end: int) -> bool:
    """Whether ``view[start:end]`` is a coding agent named like a person, used as the agent: the
    name followed on its line by a session word (``Devin session log``, ``[Cody Chat]``), or the
    speaker header of a rendered transcript turn, the name alone at its line start before a middle
    dot (``Devin  ·  I upgraded Django``), or after a robot face (``🤖 Cody: ...``). ``Devin said the
    build is green`` stays a person."""
    if view[start:end].lower() not in AGENT_GIVEN_NAMES:
        return False
    if _AGENT_CUE.match(view, end) is not None:
        return True
    line_start = view.rfind("\n", 0, start) + 1
    if _ROBOT_SPEAKER.fullmatch(view, line_start, start) is not None and (
        _SPEAKER_COLON.match(view, end) is not None or _SPEAKER_DOT.match(view, end) is not None
    ):
        return True  # "🤖 Cody: It's read in ...": the assistant's turn
    return not view[line_start:start].strip(" \t\"'>*#") and _SPEAKER_DOT.match(view, end) is not None
