"""E-mail addresses (phone numbers live in `redactor.detect.pii.phones`, re-exported here).

E-mail: a strict address pattern with a real top-level domain (letters, not a file extension
such as ``icon@2x.png``); the user part of ``scheme://user:pass@host`` is not an e-mail, nor is
``git@github.com``. No public-suffix download: the TLD check is local.

Phone numbers: `redactor.detect.pii.phones` (``PhoneDetector``, ``plausible_phone`` and
``phone_digits`` stay importable from this module).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.detect.first_chars import with_first_chars
from redactor.detect.pii._base import Finding, TextInfo, ViewDetector
from redactor.detect.pii._vocab import words
from redactor.detect.pii.example_contacts import placeholder_email
from redactor.detect.pii.phones import PhoneDetector, phone_digits, plausible_phone

__all__ = ["EmailDetector", "PhoneDetector", "message_id", "phone_digits", "plausible_phone"]

_EMAIL = with_first_chars(
    re.compile(
        r"(?<![\w.+%-])([A-Za-z0-9](?:[\w.+%'-]{0,62}[\w%+-])?@"
        r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+([A-Za-z]{2,24}))(?![\w-]|\.[A-Za-z0-9])"
    )
)
_AT_REACH = 64
"""The farthest an `_EMAIL` match's ``@`` is from its start: one character, at most 62, one more."""


def emails(text: str) -> Iterator[re.Match[str]]:
    """``_EMAIL.finditer(text)``, without trying the stretches no match can start in.

    Every match holds an ``@`` at most `_AT_REACH` characters after its start, so none starts before
    the first ``@`` at or after the end of the previous match, less `_AT_REACH`; from there the
    leftmost match is `_EMAIL`'s next one (its look-behind still sees the text before)."""
    pos = 0
    while (at := text.find("@", pos)) >= 0:
        m = _EMAIL.search(text, max(pos, at - _AT_REACH))
        if m is None:
            return
        yield m
        pos = m.end()


_NOT_TLDS = words(
    "png jpg jpeg gif svg webp ico bmp tif tiff js mjs cjs ts tsx jsx pyc go rb java class css scss"
    " html htm json yaml yml toml xml lock txt log gz tgz tar whl dll exe bin map wasm vue svelte kt"
    " swift php bat ps1 sql csv rst ipynb"
)
"""File extensions that are not top-level domains (``icon@2x.png``). Extensions that are also
country domains (``.pl``, ``.py``, ``.md``, ``.sh``, ``.rs``) stay e-mail domains."""
_NOT_LOCAL = frozenset({"git", "hg", "svn"})
_MSG_ID_HEADER = re.compile(r"(?im)^[ \t>]*(?:[\w-]*message-id|in-reply-to|references|content-id)[ \t]*:[^\n]*<$")
"""``Message-ID: <CAF3...@mail.gmail.com>``, ``In-Reply-To:``, ``References:``: ids that look like
mailboxes but name a message (or a MIME part), not a person."""


def message_id(text: str, start: int) -> bool:
    """True when the address at `start` is the ``<...>`` of a Message-ID-like header line."""
    if start == 0 or text[start - 1] != "<":
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return _MSG_ID_HEADER.match(text, line_start, start) is not None


_TOKEN_DELIMITERS = " \t\n\"'<>(),;="
_NEAR = 256
"""How far back the token delimiter before an address is looked for first."""


def _token_start(text: str, pos: int) -> int:
    """Index of the last `_TOKEN_DELIMITERS` character before `pos` (-1: none): looked for in the
    `_NEAR` characters before `pos` first, so a text with many addresses and no ``<`` is not
    scanned back to its start once per delimiter per address. The same index as
    ``max(text.rfind(c, 0, pos) for c in _TOKEN_DELIMITERS)``: a delimiter found near is later than
    any before it."""
    near = max(text.rfind(c, max(0, pos - _NEAR), pos) for c in _TOKEN_DELIMITERS)
    if near >= 0 or pos <= _NEAR:
        return near
    return max(text.rfind(c, 0, pos - _NEAR) for c in _TOKEN_DELIMITERS)


class EmailDetector(ViewDetector):
    """E-mail addresses (``pii.email``)."""

    name = "pii.email"
    shares_results = True  # pii.contact_row reads them too
    entities: tuple[str, ...] = ("EMAIL_ADDRESS",)
    prefilter: tuple[str, ...] = ("@",)

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        text = info.text
        for m in emails(text):
            tld = m.group(2).lower()
            local = m.group(1).split("@", 1)[0].lower()
            if tld in _NOT_TLDS or local in _NOT_LOCAL:
                continue
            if local.rpartition(".")[2] in _NOT_LOCAL and text.startswith(":", m.end(1)):
                continue  # git config ``url.git@github.com:.insteadOf``: an scp-style remote, not a mailbox
            token_start = _token_start(text, m.start())
            if "://" in text[token_start + 1 : m.start()]:
                continue  # credentials in a URL, not a mailbox
            if message_id(text, m.start()) or placeholder_email(m.group(1)):
                continue  # a Message-ID; ``test@example.com``: a documentation stand-in
            yield ("EMAIL_ADDRESS", m.start(1), m.end(1), 0.95)
