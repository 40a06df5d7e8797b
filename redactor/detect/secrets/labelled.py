"""A credential written alone on its line, under a line that names it and ends with a colon.

Mail, chat and tickets put the value on its own line after a sentence that says what it is:
"hier der API-Schlüssel für die IONOS DNS-API:" / blank line / the key; "Here is the new
password for the staging VPN:" / the password; "Token:" / the token. The label line must hold a
credential noun of any language (`context_i18n.credential_nouns`: password, token, key nouns;
PINs are left to the i18n rules) and no hash, digest, commit, id or fingerprint word; the value
line must hold one token and nothing else (backticks and quotes allowed): generated (`generated`,
hex too) under a token or key noun, password-shaped or generated under a password noun.
"""

# ruff: noqa: RUF001  # the full-width colon of CJK labels is the point here

from __future__ import annotations

import re

from redactor.detect.secrets.context_i18n import credential_nouns
from redactor.detect.secrets.context_prose import HASHY
from redactor.detect.secrets.escapes import EscapeView
from redactor.detect.secrets.pwshape import password_shaped
from redactor.detect.secrets.values import generated
from redactor.detect.secrets.values_i18n import Kind
from redactor.detect.secrets.viewscan import Hit, ViewScanDetector

_LINE_END_COLON = re.compile(r"[:：][ \t]*\n")
"""Where a label line ends: found first, so the rest runs only at those few places."""
_VALUE_LINE = re.compile(
    r"(?:[ \t]*\n)?[ \t>]*(?P<q>[`\"']?)(?P<v>[A-Za-z0-9_\-+/=.~!@#$%^&*?:]{6,400})(?P=q)[ \t]*(?=\n|$)"
)
"""After an optional blank line, one token alone on its line (backticks or quotes allowed)."""
_PUBLIC = re.compile(r"(?i)\b(?:public|publishable|pub)\b")
_CODE_LABEL = re.compile(
    r"[\[\]{}=<>;]|\w\([^()\s]*\)[ \t]*$|^[ \t]*(?:if|elif|else|for|while|def|class|try|except|with|case)\b"
)
"""A line of code that ends with a colon (``if tokens:``, ``def token(self):``): no label."""
_ENGLISH_PASSWORD = re.compile(r"(?i)\b(?:password|passwd|passphrase|passcode)s?\b")
_ENGLISH_TOKEN = re.compile(
    r"(?i)\b(?:api[ _-]?key|secret|token|credentials?"
    r"|(?:private|access|license|signing|encryption|master|auth|app|client|secret)[ _-]?(?:key|secret))s?\b"
)
"""English nouns (the i18n vocabulary leaves English to the English rules); a bare "key" is not
one ("The key steps are:")."""


def scan(view: EscapeView) -> list[tuple[int, int, float]]:
    """(start, end, score) of each value found, in view offsets."""
    text = view.text
    out: list[tuple[int, int, float]] = []
    for end in _LINE_END_COLON.finditer(text):
        m = _VALUE_LINE.match(text, end.end())
        if m is None:
            continue  # the usual case (a YAML or code block opens): checked first, it is the cheapest
        label = text[text.rfind("\n", 0, end.start()) + 1 : end.start()]
        if not 3 <= len(label) <= 200 or HASHY.search(label) or _PUBLIC.search(label) or _CODE_LABEL.search(label):
            continue
        kinds = {kind for _s, _e, kind in credential_nouns(label)}
        if _ENGLISH_PASSWORD.search(label):
            kinds.add(Kind.PASSWORD)
        if _ENGLISH_TOKEN.search(label):
            kinds.add(Kind.TOKEN)
        v = m.group("v")
        if (Kind.PASSWORD in kinds and (password_shaped(v) or generated(v))) or (
            kinds & {Kind.TOKEN, Kind.KEY} and generated(v)
        ):
            out.append((*m.span("v"), 0.75))
    return out


class LabelledLineDetector(ViewScanDetector):
    """A credential alone on the line after a line naming it (``secret.generic.label_line``)."""

    name = "secret.generic.label_line"
    prefilter: tuple[str, ...] = (":", "：")

    def admits(self, view: EscapeView) -> bool:
        return "\n" in view.text

    def find(self, view: EscapeView) -> list[Hit]:
        return scan(view)
