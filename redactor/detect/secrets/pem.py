"""Private key blocks, masked whole: PEM (RSA, EC, DSA, OpenSSH, PKCS#8, encrypted), PGP,
OpenVPN static keys and PuTTY. A block runs from its BEGIN line to its END line, or to the end of the text when the
text was cut off before the END line.

Other armored blocks whose label names a secret (``-----BEGIN USER NKEY SEED-----``, ``... SECRET
KEY-----``, ``... CREDENTIALS-----``, ``... TOKEN-----``) of any tool: their body, which is the secret.
"""

from __future__ import annotations

import re

from redactor.detect.secrets.spec import ENTITY
from redactor.detect.secrets.viewscan import SecretViewDetector
from redactor.detect.span import Span

_BEGIN = re.compile(r"-----BEGIN[ A-Z0-9_\-]{0,40}?(?:PRIVATE KEY(?: BLOCK)?|OpenVPN Static key V\d)-----")
_END = re.compile(r"-----END[ A-Z0-9_\-]{0,40}?(?:PRIVATE KEY(?: BLOCK)?|OpenVPN Static key V\d)-----")
_PUTTY = re.compile(r"PuTTY-User-Key-File-\d+:")
_PUTTY_END = re.compile(r"Private-MAC:[ \t]*[0-9a-fA-F]*")


class PrivateKeyBlockDetector(SecretViewDetector):
    """Whole private-key blocks, truncated ones included."""

    name = "secret.pem"
    prefilter: tuple[str, ...] = ("private key", "static key", "putty-user-key-file")

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


_ARMOR = re.compile(
    r"-----BEGIN (?P<label>[A-Z0-9 _\-]{0,40}?\b(?:SEED|SECRET|SECRETS|CREDENTIALS?|TOKEN|PASSWORD|PASSPHRASE)\b"
    r"[A-Z0-9 _\-]{0,40}?)-{5,}[ \t]*\n"
)
_ARMOR_END = re.compile(r"\n?-{5,}END [A-Z0-9 _\-]{1,80}-{5,}")


class ArmoredSecretDetector(SecretViewDetector):
    """The body of an armored block whose label names a secret (``secret.armored``).

    Private keys are `PrivateKeyBlockDetector`; public keys and certificates have no secret word
    in their label and are left alone.
    """

    name = "secret.armored"
    prefilter: tuple[str, ...] = ("-----begin",)

    def detect(self, text: str) -> list[Span]:
        view = self._views.get(text)
        t = view.text
        out: list[Span] = []
        for m in _ARMOR.finditer(t):
            if "PRIVATE KEY" in m.group("label"):
                continue  # the whole block is PrivateKeyBlockDetector's
            end_m = _ARMOR_END.search(t, m.end())
            end = end_m.start() if end_m is not None else len(t)
            body = t[m.end() : end].strip()
            if len(body) >= 16:
                s = t.index(body, m.end())
                out.append(Span(ENTITY, *view.to_raw(s, s + len(body)), 0.95, self.name))
        return out
