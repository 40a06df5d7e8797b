"""A UUID written right after a secret's key name, with only a blank between them.

Prose and notes copy a setting's name and its value with a space instead of ``=`` or ``:``:
"Arcadia app: appId 4c2aebf9-..., appKey f4107f6d-...", "set CLIENT_SECRET 3f2b9c1d-... in the
portal", "api_token 8f2b9c1d-... and tenant_id ...". Generated values after such a name are
found by the scorer and the learned model; a UUID is not (a bare UUID is an id), so an API key
issued as a GUID was left. Here a UUID is taken when the word right before it (one blank or tab,
an optional quote) is written as a key name (snake, kebab, camel or upper case: ``appKey``,
``api_token``, ``CLIENT_SECRET``, not a plain word such as "token") and classifies as a token,
secret, API-key, password or authorization name (`keys.classify`; ``...Key`` lookup names,
ids, tenants, requests, sessions and correlation keys do not).
"""

from __future__ import annotations

import re

from redactor.detect.secrets.escapes import EscapeView
from redactor.detect.secrets.keys import Strength, classify
from redactor.detect.secrets.viewscan import Hit, ViewScanDetector

_UUID = re.compile(r"(?<![\w-])[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}(?![\w-])")
_NAME_BEFORE = re.compile(r"(?<![\w.$@/-])(?P<k>[A-Za-z][A-Za-z0-9]*(?:[_-][A-Za-z0-9]+)*)[ \t][`'\"]?$")
_KEY_STYLE = re.compile(r"[_-]|[a-z][A-Z]|^[A-Z0-9]{2,}$")
"""A key's spelling: a separator, a camel hump or all capitals (``apiKey``, ``API_TOKEN``, ``SEC``)."""
_STRONG = (Strength.STRONG, Strength.AUTH, Strength.PASSWORD)


def scan(view: EscapeView) -> list[tuple[int, int, float]]:
    """(start, end, score) of each UUID found, in view offsets."""
    text = view.text
    out: list[tuple[int, int, float]] = []
    for m in _UUID.finditer(text):
        s = m.start()
        if s > 0 and text[s - 1] in "`'\"" and text[m.end() : m.end() + 1] != text[s - 1]:
            continue  # an opening quote must close right after the UUID
        k = _NAME_BEFORE.search(text, max(0, s - 64), s)
        if k is None or not _KEY_STYLE.search(k.group("k")):
            continue
        if classify(k.group("k")) in _STRONG:
            out.append((s, m.end(), 0.7))
    return out


class SpacedGuidDetector(ViewScanDetector):
    """A UUID right after a secret's key name and a blank (``secret.generic.spaced_guid``)."""

    name = "secret.generic.spaced_guid"
    prefilter: tuple[str, ...] = ("-",)

    def find(self, view: EscapeView) -> list[Hit]:
        return scan(view)
