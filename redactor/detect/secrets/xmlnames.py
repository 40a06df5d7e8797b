"""Credentials under XML names that configuration schemas define and key names do not say.

Some schemas name a credential with a word the key rules do not read as one, or wrap it where
they do not look. `NAMES` lists them, each from its schema's documentation:

- Windows WLAN profile (``WLAN_profile`` schema): ``<sharedKey><keyType>passPhrase</keyType>
  <protected>false</protected><keyMaterial>X</keyMaterial></sharedKey>``;
- WildFly/JBoss Elytron: ``<credential-reference clear-text="X"/>``;
- ASP.NET ``<machineKey validationKey="X" decryptionKey="X"/>``;
- NuGet ``<packageSourceCredentials>``: ``<add key="ClearTextPassword" value="X"/>``;
- Windows unattend.xml: the value of a password element is its ``<Value>`` child:
  ``<AdministratorPassword><Value>X</Value><PlainText>false</PlainText></AdministratorPassword>``,
  ``<Credentials>...<Password><Value>X</Value></Password>`` (any parent that `keys.classify` reads
  as a password or secret).

Values pass the value rules of a password (`values.accept`), not one lower-case word, not a
placeholder or a variable (``$(Password)``, ``${pw}``, ``%PASSWORD%``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from redactor.detect.first_chars import with_first_chars
from redactor.detect.secrets.credcalls import dummy_password
from redactor.detect.secrets.escapes import EscapeView
from redactor.detect.secrets.keys import Strength, classify
from redactor.detect.secrets.values import accept, generated
from redactor.detect.secrets.viewscan import Hit, ViewScanDetector

NAMES: dict[str, Strength] = {
    "keymaterial": Strength.PASSWORD,  # Windows WLAN_profile <keyMaterial>
    "clear-text": Strength.PASSWORD,  # WildFly Elytron <credential-reference clear-text=...>
    "cleartextpassword": Strength.PASSWORD,  # NuGet <add key="ClearTextPassword" value=...>
    "validationkey": Strength.KEY,  # ASP.NET <machineKey validationKey=...> (default: AutoGenerate,...)
    "decryptionkey": Strength.KEY,  # ASP.NET <machineKey decryptionKey=...>
}
"""Schema names (lower case) whose value is a credential, and what their value must look like
(`Strength.KEY`: generated, `values.generated`; `Strength.PASSWORD`: the password rules)."""

_ALT = "|".join(re.escape(n) for n in sorted(NAMES, key=len, reverse=True))
_ELEMENT = with_first_chars(
    re.compile(r"(?i)<(?:[\w.-]{1,30}:)?(?P<n>" + _ALT + r")(?:[ \t][^<>]{0,200})?>[ \t]*(?P<v>[^<>\s]{1,300})[ \t]*</")
)
"""``<keyMaterial>X</keyMaterial>``."""
_QUOTED = r"(?P<q>[\"'])(?P<v>[^\"'<>\n]{1,300})(?P=q)"
"""A quoted attribute value."""
_ATTRIBUTE = with_first_chars(re.compile(r"(?i)(?<![\w-])(?P<n>" + _ALT + r")[ \t]*=[ \t]*" + _QUOTED))
"""``clear-text="X"``, ``validationKey="X"`` inside a tag."""
_ADD = with_first_chars(
    re.compile(r"(?i)<add[ \t]+key[ \t]*=[ \t]*[\"'](?P<n>" + _ALT + r")[\"'][ \t]+value[ \t]*=[ \t]*" + _QUOTED)
)
"""``<add key="ClearTextPassword" value="X"/>``."""
_VALUE_CHILD = with_first_chars(
    re.compile(r"<(?P<n>[A-Za-z][\w.-]{0,60})>\s{0,40}<Value>[ \t]*(?P<v>[^<>\s]{1,300})[ \t]*</Value>")
)
"""``<AdministratorPassword><Value>X</Value>``: the parent names the value (unattend.xml)."""
_NOT_VALUE = re.compile(r"^[$%{\[]|\$\(|\$\{|%\w+%")


def plausible(value: str, strength: Strength) -> bool:
    """Whether `value` is a credential of `strength` rather than a placeholder, variable or word."""
    if _NOT_VALUE.search(value) or (value.isalpha() and value.islower()) or dummy_password(value):
        return False
    if strength is Strength.KEY:
        return generated(value)
    return accept(value, strength, quoted=True)


class XmlSchemaNameDetector(ViewScanDetector):
    """Credentials under schema-defined XML names (``secret.xml.schema_name``)."""

    name = "secret.xml.schema_name"
    prefilter: tuple[str, ...] = (*NAMES, "<value>")

    def admits(self, view: EscapeView) -> bool:
        return "<" in view.text or "=" in view.text

    def find(self, view: EscapeView) -> Iterable[Hit]:
        text = view.text
        for rx in (_ELEMENT, _ATTRIBUTE, _ADD):
            for m in rx.finditer(text):
                if plausible(m.group("v"), NAMES[m.group("n").lower()]):
                    yield m.start("v"), m.end("v"), 0.85
        if "<Value>" in text:
            for m in _VALUE_CHILD.finditer(text):
                strength = classify(m.group("n"))
                if strength is not None and strength >= Strength.STRONG and plausible(m.group("v"), strength):
                    yield m.start("v"), m.end("v"), 0.85
