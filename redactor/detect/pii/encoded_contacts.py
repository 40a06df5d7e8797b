"""E-mail addresses written in an encoding (``pii.email_encoded``).

An address that travels inside a URL, a form body or HTML is often not written with a plain
``@``: percent-encoded (``jane.doe%40gmail.com`` in ``?email=`` or ``mailto:`` links, and encoded
twice, ``%2540``, when a URL is put inside another), or as an HTML character reference
(``jane&#64;gmail.com``, ``&#x40;``, ``&commat;``, the usual spam-harvester obfuscation). The
plain-address rule (`redactor.detect.pii.contact`) needs the ``@`` and sees none of them.

Rules: the local part and the domain follow the plain rule's shape (a dotted domain ending in a
letter top-level domain that is no file extension); percent-encoded dots, pluses and hyphens
(``%2E``, ``%2B``, ``%2D``) may stand in the local part; a local part may start right after
another percent escape (``mailto%3Ajane%40...``). Documentation stand-ins
(`example_contacts.placeholder_email` on the decoded address: ``test%40example.com``) are left
alone. Texts without one of the encoded at-signs cost one substring test per literal
(the ``prefilter``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import unquote

from redactor.detect.pii._base import Finding, TextInfo, ViewDetector
from redactor.detect.pii._vocab import words
from redactor.detect.pii.example_contacts import placeholder_email

__all__ = ["EncodedEmailDetector"]

_AT_FORMS = ("%40", "%2540", "&#64;", "&#x40;", "&commat;")
"""The encoded at-signs, lower case (the ``prefilter`` literals)."""
_ENCODED_EMAIL = re.compile(
    r"(?:(?<=%[0-9A-Fa-f]{2})|(?<![\w.+%&;-]))"
    r"(?P<local>[A-Za-z0-9](?:[\w.+'-]|%2[BbDdEe]|%5[Ff]){0,62})"
    r"(?P<at>%(?:25)?40|&#64;|&#[xX]40;|&commat;)"
    r"(?P<domain>(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+(?P<tld>[A-Za-z]{2,24}))"
    r"(?![\w-]|\.[A-Za-z0-9])"
)
_NOT_TLDS = words(
    "png jpg jpeg gif svg webp ico js mjs ts tsx jsx py pyc go rb java class css html htm json yaml yml toml xml"
    " lock txt log gz tgz tar whl dll exe bin map wasm vue kt swift php sql csv"
)
"""File extensions (``pkg%40scope.tgz``, ``icon%402x.png``): no top-level domain."""


def _decoded(local: str, domain: str) -> str:
    """The plain address for a percent-encoded `local` part and `domain`."""
    return unquote(local) + "@" + domain


class EncodedEmailDetector(ViewDetector):
    """Percent-encoded and HTML-escaped e-mail addresses (``pii.email_encoded``)."""

    name = "pii.email_encoded"
    entities: tuple[str, ...] = ("EMAIL_ADDRESS",)
    prefilter: tuple[str, ...] = _AT_FORMS

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        """Yield one finding per encoded address, the whole encoded form (``jane%40gmail.com``)."""
        text = info.text
        for m in _ENCODED_EMAIL.finditer(text):
            if m.group("tld").lower() in _NOT_TLDS:
                continue
            if placeholder_email(_decoded(m.group("local"), m.group("domain"))):
                continue
            yield ("EMAIL_ADDRESS", m.start(), m.end(), 0.9)
