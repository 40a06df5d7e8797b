"""Private key blocks, masked whole: PEM (RSA, EC, DSA, OpenSSH, PKCS#8, encrypted), PGP,
OpenVPN static keys and PuTTY. A block runs from its BEGIN line to its END line, or to the end of the text when the
text was cut off before the END line.
"""

from __future__ import annotations

import re

from redactor.detect.secrets.escapes import ViewCache
from redactor.detect.secrets.spec import ENTITY
from redactor.detect.span import Span

_BEGIN = re.compile(r"-----BEGIN[ A-Z0-9_\-]{0,40}?(?:PRIVATE KEY(?: BLOCK)?|OpenVPN Static key V\d)-----")
_END = re.compile(r"-----END[ A-Z0-9_\-]{0,40}?(?:PRIVATE KEY(?: BLOCK)?|OpenVPN Static key V\d)-----")
_PUTTY = re.compile(r"PuTTY-User-Key-File-\d+:")
_PUTTY_END = re.compile(r"Private-MAC:[ \t]*[0-9a-fA-F]*")


class PrivateKeyBlockDetector:
    """Whole private-key blocks, truncated ones included."""

    name = "secret.pem"
    entities: tuple[str, ...] = (ENTITY,)
    prefilter: tuple[str, ...] = ("private key", "static key", "putty-user-key-file")

    def __init__(self, views: ViewCache) -> None:
        self._views = views

    def detect(self, text: str) -> list[Span]:
        view = self._views.get(text)
        t = view.text
        out: list[Span] = []
        pos = 0
        while True:
            m = _BEGIN.search(t, pos)
            if m is None:
                break
            end_m = _END.search(t, m.end())
            end = end_m.end() if end_m is not None else len(t)
            out.append(Span(ENTITY, *view.to_raw(m.start(), end), 0.99, self.name))
            pos = end
        pos = 0
        while True:
            m = _PUTTY.search(t, pos)
            if m is None:
                break
            end_m = _PUTTY_END.search(t, m.end())
            end = end_m.end() if end_m is not None else len(t)
            out.append(Span(ENTITY, *view.to_raw(m.start(), end), 0.99, "secret.putty"))
            pos = end
        return out
