"""Generated application passwords written in groups, under a credential key or phrase.

Services that issue a password for one application print it in groups so people can type it:
WordPress and Pressbooks application passwords (six groups of four letters and digits separated
by spaces: ``r2S9 OXu1 36sE tQq4 zUK8 6WyV``), Google app passwords (four groups of four lower-case
letters: ``abcd efgh ijkl mnop``), Apple app-specific passwords (``abcd-efgh-ijkl-mnop``). The
space makes them fail the value rules of the key/value detectors for every key that is not a
password key (``'secret' => '...'``, ``app_token: "..."``).

A grouped value counts when it is quoted after a key that names a credential (`keys.classify`:
any strength), or follows an "app(lication) password" phrase of English prose, and its groups
are generated: four to six groups of four, each with a digit or both cases (the WordPress shape),
or four groups of four lower-case letters or digits (the Google/Apple shape, `values.app_password`)
that are not all words of the language (``this test will fail`` is four words).
"""

from __future__ import annotations

import re

from redactor.detect.secrets.entropy import wordiness
from redactor.detect.secrets.escapes import EscapeView
from redactor.detect.secrets.keys import classify
from redactor.detect.secrets.placeholders import is_placeholder
from redactor.detect.secrets.values import app_password
from redactor.detect.secrets.viewscan import Hit, ViewScanDetector

_GROUPS = r"[A-Za-z0-9]{4}(?:(?P<sep>[ \-])[A-Za-z0-9]{4})(?:(?P=sep)[A-Za-z0-9]{4}){2,4}"
_QUOTED = re.compile(rf"""(?P<q>["'`])(?P<v>{_GROUPS})(?P=q)""")
"""A quoted grouped value; the key before it is read by `_KEY` (the scan starts at quotes only)."""
_KEY = re.compile(r"""(?P<key>[A-Za-z_][\w.\-]{0,60})["'\]]{0,2}[ \t]*(?:=>|:=|=|:)[ \t]*\Z""")
"""``'secret' => ``, ``APP_PASSWORD=``, ``token: `` right before the quote."""
_PHRASE = re.compile(
    r"""(?i)\bapp(?:lication)?[ \-]?(?:specific[ \-])?passwords?\b[^\n]{0,40}?[:=][ \t]*["'`]?"""
    rf"""(?P<v>{_GROUPS})(?![\w\-])"""
)
"""``app password: abcd efgh ijkl mnop``, ``application password = r2S9 ...``."""


def _run(group: str) -> bool:
    """``abcd``, ``1234``, ``wxyz``: consecutive characters, the groups of documentation examples."""
    steps = {ord(b) - ord(a) for a, b in zip(group.lower(), group.lower()[1:], strict=False)}
    return steps in ({1}, {-1})


def grouped_secret(value: str) -> bool:
    """Four to six generated groups of four (WordPress) or a Google/Apple app password."""
    groups = re.split(r"[ \-]", value)
    if is_placeholder(value) or any(_run(g) for g in groups):
        return False
    if len(groups) == 4 and app_password(value):
        return wordiness(value.replace(" ", "").replace("-", "")) < 0.5
    if not 4 <= len(groups) <= 6 or len(set(groups)) < len(groups):
        return False
    for g in groups:
        mixed = any(c.isupper() for c in g) and any(c.islower() for c in g)
        if not (any(c.isdigit() for c in g) and any(c.isalpha() for c in g)) and not mixed:
            return False
    return True


_KEY_WORDS = ("pass", "secret", "token", "key", "auth", "cred", "pwd")
"""The detector's prefilter: a key must hold one of them (and name a credential, `keys.classify`)."""


def _named(key: str) -> bool:
    low = key.lower()
    return bool(key) and any(w in low for w in _KEY_WORDS) and classify(key) is not None


def scan(text: str) -> list[tuple[int, int]]:
    """(start, end) of each grouped application password in `text`."""
    out: list[tuple[int, int]] = []
    for m in _QUOTED.finditer(text):
        key = _KEY.search(text[max(0, m.start() - 80) : m.start()])
        name = key.group("key").strip("\"'[]") if key is not None else ""
        if _named(name) and grouped_secret(m.group("v")):
            out.append(m.span("v"))
    for m in _PHRASE.finditer(text) if "password" in text.lower() else ():
        if grouped_secret(m.group("v")):
            out.append(m.span("v"))
    return sorted(set(out))


class GroupedPasswordDetector(ViewScanDetector):
    """Grouped application passwords under a credential key (``secret.generic.grouped_password``)."""

    name = "secret.generic.grouped_password"
    prefilter: tuple[str, ...] = _KEY_WORDS

    def find(self, view: EscapeView) -> list[Hit]:
        return [(s, e, 0.8) for s, e in scan(view.text)]
