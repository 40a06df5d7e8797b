"""Credentials in XML elements that carry a namespace prefix, attributes or a naming attribute.

The key/value rules read ``<password>X</password>``; SOAP, WS-Security, Maven, Spring, .NET and
vendor XML wrap the same value in forms they do not see:

- a namespace prefix and attributes on the element: ``<wsse:Password Type="...#PasswordText">X
  </wsse:Password>``, ``<sec:ClientSecret>X</sec:ClientSecret>``, ``<password
  encrypted="false">X</password>``, ``<ApiKey xmlns="urn:...">X</ApiKey>``;
- a generic element named by an attribute, the value as its text: ``<entry key="password">X
  </entry>``, ``<property name="apiSecret">X</property>``, ``<param name="token">X</param>``,
  ``<setting name="ApiKey"><value>X</value></setting>`` (.NET settings).

The element's (or the naming attribute's) name is classified like a key (`keys.classify`); the
text must pass the value rules of that strength (`values.accept`), and for passwords not be one
lower-case word or a password word with digits (``password1``: samples). Only the text is masked.
"""

from __future__ import annotations

import re

from redactor.detect.first_chars import with_first_chars
from redactor.detect.secrets.credcalls import dummy_password
from redactor.detect.secrets.escapes import EscapeView
from redactor.detect.secrets.keys import Strength, classify
from redactor.detect.secrets.values import accept
from redactor.detect.secrets.viewscan import Hit, ViewScanDetector

_TEXT = r"(?P<v>[^<>\s][^<>\n]{0,300}?)"
_ELEMENT = with_first_chars(
    re.compile(
        r"<(?P<prefix>[A-Za-z][\w.-]{0,30}:)?(?P<tag>[A-Za-z][\w.-]{0,60})(?P<attrs>[ \t\n][^<>]{0,400}?)?>"
        r"[ \t]*" + _TEXT + r"[ \t]*</(?P=prefix)?(?P=tag)>"
    )
)
"""An element with its text; the prefix and attributes are what the key/value rules leave."""
_NAMED = with_first_chars(
    re.compile(
        r"<(?P<tag>entry|property|param|parameter|setting|item|add|var|variable|secret|credential)[ \t\n]"
        r"[^<>]{0,200}?\b(?:key|name|id)[ \t]*=[ \t]*(?P<q>[\"'])(?P<name>[A-Za-z][\w.:-]{0,80})(?P=q)[^<>]{0,200}?>"
        r"[ \t\n]*(?:<value>[ \t\n]*)?" + _TEXT + r"[ \t\n]*(?:</value>[ \t\n]*)?</(?P=tag)>"
    )
)
"""A generic element named by a ``key``/``name``/``id`` attribute, the value as its text."""


def _credential(name: str, value: str) -> bool:
    strength = classify(name)
    if strength is None:
        return False
    value = value.strip()
    if strength is Strength.PASSWORD and ((value.isalpha() and value.islower()) or dummy_password(value)):
        return False
    return accept(value, strength, quoted=True)


def scan(text: str) -> list[tuple[int, int]]:
    """(start, end) of each credential element's text in `text`."""
    out: list[tuple[int, int]] = []
    for m in _ELEMENT.finditer(text):
        if (m.group("prefix") or m.group("attrs")) and _credential(m.group("tag"), m.group("v")):
            out.append(m.span("v"))
    for m in _NAMED.finditer(text):
        if _credential(m.group("name"), m.group("v")):
            out.append(m.span("v"))
    return out


class XmlElementDetector(ViewScanDetector):
    """Credential elements with namespaces, attributes or naming attributes (``secret.xml.element``)."""

    name = "secret.xml.element"
    prefilter: tuple[str, ...] = ("<",)

    def admits(self, view: EscapeView) -> bool:
        return "</" in view.text

    def find(self, view: EscapeView) -> list[Hit]:
        return [(s, e, 0.8) for s, e in scan(view.text)]
