"""Secrets in the build settings of mobile apps: property lists and Gradle build fields.

Apple property lists (``Info.plist``, ``*.xcconfig``-generated plists, SDK config plists) write a
setting as a ``<key>`` element followed by its value element, and Android Gradle scripts declare
build constants with the name and the value as separate arguments::

    <key>StripeSecretKey</key>
    <string>9f2b...</string>

    buildConfigField "String", "MAPBOX_SECRET_TOKEN", "\\"sk.eyJ1...\\""
    buildConfigField("String", "API_KEY", "\\"4f0e...\\"")
    resValue "string", "client_secret", "Zq7L..."

Neither is a ``name = value`` pair the assignment rules read. The name must classify as a secret
(`keys.classify`); the value must pass that strength's rules (`values.accept`) and, under a
weaker ``...Key`` name, be generated (`values.generated`); under a password name a plausible
password (`credargs.plausible_password`). Only the value is masked. Public client ids, bundle ids,
URL schemes, versions and ``$(VARIABLE)`` references are no secret names or values.
"""

from __future__ import annotations

import re

from redactor.detect.secrets.credargs import plausible_password
from redactor.detect.secrets.escapes import EscapeView
from redactor.detect.secrets.keys import Strength, classify
from redactor.detect.secrets.values import accept, generated
from redactor.detect.secrets.viewscan import Hit, ViewScanDetector

_PLIST = re.compile(r"<key>[ \t]*(?P<k>[^<>\n]{1,80}?)[ \t]*</key>\s{0,200}?<string>(?P<v>[^<>\n]{1,400})</string>")
_GRADLE = re.compile(
    r"\b(?:buildConfigField|resValue)[ \t]*\(?[ \t]*[\"'](?:String|string)[\"'][ \t]*,"
    r"[ \t]*[\"'](?P<k>[\w.\-]{1,80})[\"']"
    r"[ \t]*,[ \t]*\"(?:\\?\")?(?P<v>[^\"\\\n]{1,400})(?:\\?\")?\""
)
"""``buildConfigField "String", "NAME", "\\"value\\""`` (the value quoted again for Java, which the
unescaped view may read as ``""value""``) and ``resValue "string", "name", "value"``."""
PREFILTER: tuple[str, ...] = ("<key>", "buildconfigfield", "resvalue")


def _credential(value: str, strength: Strength) -> bool:
    if not accept(value, strength, quoted=True):
        return False
    if strength is Strength.PASSWORD:
        return plausible_password(value) or generated(value)
    if strength is Strength.KEY:
        return generated(value)
    return True


def scan(view: EscapeView) -> list[tuple[int, int, float]]:
    """(start, end, score) of each value found, in view offsets."""
    text = view.text
    low = view.lower
    out: list[tuple[int, int, float]] = []
    for rx, literal in ((_PLIST, "<key>"), (_GRADLE, "buildconfigfield"), (_GRADLE, "resvalue")):
        if literal not in low or (rx is _GRADLE and literal == "resvalue" and "buildconfigfield" in low):
            continue  # one pass of the Gradle pattern finds both declarations
        for m in rx.finditer(text):
            strength = classify(m.group("k"))
            if strength is not None and _credential(m.group("v").strip(), strength):
                s, e = m.span("v")
                while text[s] in " \t":
                    s += 1
                while text[e - 1] in " \t":
                    e -= 1
                out.append((s, e, 0.8))
    return out


class MobileConfigDetector(ViewScanDetector):
    """Secret-named values in property lists and Gradle build fields (``secret.code.mobile_config``)."""

    name = "secret.code.mobile_config"
    prefilter: tuple[str, ...] = PREFILTER
    checks_prefilter = True

    def find(self, view: EscapeView) -> list[Hit]:
        return scan(view)
