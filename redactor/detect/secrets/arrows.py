"""A credential after an arrow in a line that names it (``secret.generic.arrow``).

Chat logs, notes and checklists hand values over with an arrow instead of a colon or a verb:
"[10:02] lucia: tenjin key for the hypercasual build -> 30F12WJN...", "staging password =>
Velvet7103@jc", "clave de API de Mailjet → Zk39...", "API-Schlüssel (Produktion) ⇒ `...`". The
label before the arrow (on the same line, after the last sentence end, at most 100 characters)
must hold a credential noun: an English one (password nouns, token, secret, credential, a key
with a credential qualifier, or a bare "key"/"keys") or one of the nouns of about eighty languages
(`context_i18n.credential_nouns`). The value is the one token right after the arrow (quotes and
backticks allowed) that ends the line or is followed by a blank or punctuation: generated
(`values.generated`) under any noun, a UUID under a token, secret or API-key noun, a chosen
password (`pwshape.password_shaped`) under a password noun.

Near misses kept out: arrows of code (``fn token() -> String``, ``$this->apiKey``, ``key -> value``:
the arrow needs blanks on both sides and the value must be generated); labels with a hash,
digest, checksum, commit, id, fingerprint, nonce, salt, signature or public word (a content
hash, a key id, a public key); a version, path, URL or placeholder after the arrow.
"""

# ruff: noqa: RUF001  # the arrows and the full-width colon of other scripts are the point here

from __future__ import annotations

import re

from redactor.detect.secrets.context_i18n import credential_nouns
from redactor.detect.secrets.escapes import EscapeView
from redactor.detect.secrets.placeholders import is_placeholder
from redactor.detect.secrets.pwshape import password_shaped
from redactor.detect.secrets.values import UUID, generated, is_reference
from redactor.detect.secrets.values_i18n import Kind
from redactor.detect.secrets.viewscan import Hit, ViewScanDetector

ARROWS: tuple[str, ...] = ("->", "=>", "→", "⇒", "⟶", "➜", "➔", "—>", "==>", "-->")
"""Arrows that hand a value over; found first (`_ARROW`), so the rest runs only at those places."""
_ARROW = re.compile(r"(?<=[ \t])(?:-->|==>|—>|->|=>|[→⇒⟶➜➔])[ \t]+")
"""An arrow with blanks on both sides (`_after_word` checks what stands before the blanks): never
``$x->y``, ``<=>`` or ``<->``. Matched from the arrow, so the scan skips other characters cheaply."""
_VALUE = re.compile(r"(?P<q>[`\"'“«]?)(?P<v>[A-Za-z0-9_\-+/=.~!@#$%^&*?:]{6,400}?)(?P=q)?(?=[\s.,;)」』]*(?:\s|$))")
_LABEL_START = re.compile(r".*(?:[.!?。！？][ \t]+|\]|:[ \t]+|\|)", re.DOTALL)
"""The last sentence end, chat timestamp or speaker before the arrow: the label starts after it."""
_NOT_CREDENTIAL = re.compile(
    r"(?i)hash|\bsha\d*\b|md5|digest|checksum|\bcommits?\b|fingerprint|(?:\b|_)ids?\b|integrity|etag|nonce"
    r"|uuid|guid|revision|\bsalt|\bgpg\b|\bpgp\b|signature|public|publishable|\bpub\b|\bcache|lookup|\bprimary"
    r"|\bforeign|\bpartition|\bsort|hotkey|shortcut|keyboard|keystroke|\bmap(?:ping)?\b|\bdict"
)
"""Labels of hashes, ids, public keys and lookup keys: their values are not secrets."""
_PASSWORD = re.compile(r"(?i)\b(?:password|passwd|passphrase|passcode|pwd|pw)s?\b")
_TOKEN = re.compile(
    r"(?i)\b(?:api[ _-]?keys?|apikeys?|secret|secrets|tokens?|credentials?|(?:private|access|license|signing"
    r"|encryption|master|auth|app|client|secret|rest|server|admin|sdk|webhook|account)[ _-]?(?:keys?|secret))\b"
)
"""English nouns of issued secrets (UUIDs count under them)."""
_BARE_KEY = re.compile(r"(?i)\bkeys?\b")
_CODE = re.compile(r"[{};]|\w\(|\b(?:fn|def|func|function|return|lambda|case|when)\b")
"""A line of code (a call, a block, a function signature), not a label."""


def _kinds(label: str) -> set[str]:
    """Which credential nouns the label holds: "password", "token" (an issued secret), "key"."""
    kinds: set[str] = set()
    if _PASSWORD.search(label):
        kinds.add("password")
    if _TOKEN.search(label):
        kinds.add("token")
    elif _BARE_KEY.search(label):
        kinds.add("key")
    for _s, _e, kind in credential_nouns(label):
        kinds.add("password" if kind is Kind.PASSWORD else "token" if kind is Kind.TOKEN else "key")
    return kinds


def _accepted(value: str, kinds: set[str]) -> bool:
    if is_placeholder(value) or is_reference(value, quoted=True):
        return False
    if generated(value):
        return True
    if "token" in kinds and UUID.fullmatch(value):
        return True
    return "password" in kinds and password_shaped(value)


def scan(view: EscapeView) -> list[tuple[int, int, float]]:
    """(start, end, score) of each value found, in view offsets."""
    text = view.text
    out: list[tuple[int, int, float]] = []
    for arrow in _ARROW.finditer(text):
        m = _VALUE.match(text, arrow.end())
        if m is None:
            continue
        label_end = arrow.start()
        while label_end > 0 and text[label_end - 1] in " \t":
            label_end -= 1
        if label_end == 0 or text[label_end - 1] in "\n\r<=-":
            continue  # ``<=>``, ``<->``, a line that starts with the arrow
        line_start = text.rfind("\n", 0, label_end) + 1
        label_start = max(line_start, label_end - 100)
        head = _LABEL_START.match(text, label_start, label_end)
        label = text[head.end() if head is not None else label_start : label_end]
        if not label.strip() or _NOT_CREDENTIAL.search(label) or _CODE.search(label):
            continue
        kinds = _kinds(label)
        if kinds and _accepted(m.group("v"), kinds):
            out.append((*m.span("v"), 0.75))
    return out


class ArrowValueDetector(ViewScanDetector):
    """A credential after an arrow in a line that names it (``secret.generic.arrow``)."""

    name = "secret.generic.arrow"
    prefilter: tuple[str, ...] = ARROWS

    def find(self, view: EscapeView) -> list[Hit]:
        return scan(view)
