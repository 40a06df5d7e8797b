"""Display names of mailboxes and author tags (``pii.mailbox``).

RFC 5322 puts a person's name in front of their address, and mail clients, git, package
manifests and doc comments copy that form everywhere:

- quoted display names: ``"Ingrid Solberg" <ingrid@telenor.no>``, ``'Ana Lima' <a@x.io>``,
  surname first ``"Okonkwo, Chidi" <c@x.ng>`` (also unquoted after a header label or a ``;``:
  ``To: Okonkwo, Chidi <c@x.ng>``), in header lists (``To:``, ``Cc:``, ``Reply-To:``) or anywhere
  else; the RFC 822 comment form ``ingrid@telenor.no (Ingrid Solberg)``;
- HTML-escaped mailboxes: ``Karthik Subramaniam &lt;karthik.s@x.studio&gt;``,
  ``&quot;Name&quot; &lt;mail&gt;`` (the unescaped ``Name <mail>`` form is `pii.person_context`'s);
- author tags of doc comments and modules: ``@author Karthik Subramaniam``, ``__author__ = "Name"``.

The name must fill its slot (`names.clean_name`); shared and service mailboxes
(``"Acme Support" <support@acme.io>``, ``"GitHub" <noreply@github.com>``) name no one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.detect.pii._base import Finding, TextInfo, ViewDetector
from redactor.detect.pii.echo import ROLE_LOCAL_PARTS, fold
from redactor.detect.pii.names import clean_name

_ADDR = r"(?:mailto:)?(?P<local>[\w.%+'-]{1,64})@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,24}"
_QUOTED = re.compile(
    r"(?:\"|&quot;|')(?P<name>[^\"'<>@\n&]{2,80})(?:\"|&quot;|')[ \t]*(?:<|&lt;)[ \t]*" + _ADDR + r"[ \t]*(?:>|&gt;)"
)
"""``"Display Name" <addr>``, ``&quot;Name&quot; &lt;addr&gt;``."""
_ESCAPED = re.compile(r"&lt;[ \t]*" + _ADDR + r"[ \t]*&gt;")
"""``&lt;addr&gt;``: the name before it (``Name &lt;addr&gt;``) is the longest run of name tokens."""
_ANGLED = re.compile(r"<[ \t]*" + _ADDR + r"[ \t]*>")
"""``<addr>``: an unquoted ``Surname, Given <addr>`` (Outlook writes them so) fills the slot before it."""
_SLOT_START = re.compile(r"(?:^|[:;\n])[ \t]*[^:;\n]*$")
_COMMENT_FORM = re.compile(r"@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,24}[ \t]+\((?P<name>[^()\n@]{2,80})\)")
"""``addr (Display Name)``: the old RFC 822 comment form, still written by some tools."""
_LOCAL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.%+'-")
_AUTHOR = re.compile(
    r"(?m)(?:@author[ \t]+|\b__author__[ \t]*=[ \t]*[\"'])(?P<name>[^\W\d_][^\n<>&\"'@*{}()\[\]]{1,80}?)"
    r"[ \t]*(?:[\"'<(]|&lt;|\*/|$)"
)


def _name(text: str, a: int, b: int, *, tail: bool = False) -> Finding | None:
    """A PERSON finding for the name in ``text[a:b]``, or None.

    `tail`: the slot may hold words before the name (``@author Ana Lima &lt;...``): keep the
    longest name of 2-5 tokens that ends the slot. Otherwise the name must fill the slot; a
    ``Surname, Given`` slot is one name.
    """
    slot = text[a:b]
    stripped = slot.strip()
    if not stripped:
        return None
    start = a + slot.index(stripped)
    if tail:
        words = list(re.finditer(r"\S+", stripped))
        for i in range(max(0, len(words) - 5), len(words) - 1):
            cand = stripped[words[i].start() :]
            r = clean_name(cand, min_tokens=2)
            if r == (0, len(cand)):
                return ("PERSON", start + words[i].start(), start + len(stripped), 0.85)
        return None
    parts = stripped.split(",")
    if len(parts) == 2 and all(p.strip() for p in parts):
        ok = all(clean_name(p.strip(), min_tokens=1) == (0, len(p.strip())) for p in parts)
        return ("PERSON", start, start + len(stripped), 0.85) if ok else None
    r = clean_name(stripped, min_tokens=1)
    if r != (0, len(stripped)):
        return None
    return ("PERSON", start, start + len(stripped), 0.85)


def _personal(local: str) -> bool:
    """The address's local part is not a shared or service mailbox."""
    pieces = re.split(r"[._+%'\-\d]+", fold(local))
    return not any(p in ROLE_LOCAL_PARTS for p in pieces if p)


class MailboxNameDetector(ViewDetector):
    """Display names of quoted or HTML-escaped mailboxes, ``@author`` tags (``pii.mailbox``)."""

    name = "pii.mailbox"
    entities: tuple[str, ...] = ("PERSON",)
    prefilter: tuple[str, ...] = ("@", "__author__")

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        text = info.text
        if "<" in text or "&lt;" in text:
            for m in _QUOTED.finditer(text):
                if _personal(m.group("local")) and (f := _name(text, m.start("name"), m.end("name"))) is not None:
                    yield f
        if "&lt;" in text:
            for m in _ESCAPED.finditer(text):
                a = max(text.rfind("\n", 0, m.start()) + 1, m.start() - 80)
                if _personal(m.group("local")) and (f := _name(text, a, m.start(), tail=True)) is not None:
                    yield f
        if "<" in text:
            for m in _ANGLED.finditer(text):
                slot = _SLOT_START.search(text, max(0, m.start() - 80), m.start())
                if slot is None or "," not in text[slot.start() : m.start()] or not _personal(m.group("local")):
                    continue
                a = slot.start() + (0 if slot.start() == 0 and text[:1] not in ":;\n" else 1)
                if (f := _name(text, a, m.start())) is not None:
                    yield f
        for m in _COMMENT_FORM.finditer(text):
            i = m.start()
            while i > 0 and text[i - 1] in _LOCAL_CHARS:
                i -= 1
            personal = i < m.start() and _personal(text[i : m.start()])
            if personal and (f := _name(text, m.start("name"), m.end("name"))) is not None:
                yield f
        if "@author" in text or "__author__" in text:
            for m in _AUTHOR.finditer(text):
                if (f := _name(text, m.start("name"), m.end("name"))) is not None:
                    yield f
