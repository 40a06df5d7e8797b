"""Credentials in the request items of HTTPie and xh command lines.

Part of ``secret.generic.context`` (context.py runs it). HTTPie (``http``, ``https``) and xh
(``xh``, ``xhs``) take a request's parts as items after the URL, each a name, a separator and a
value with no space: ``name==value`` is a query parameter, ``Name:value`` a header, ``name=value``
a JSON string field and ``name:=value`` raw JSON::

    http GET 'https://api.flightstats.com/flex/...' appId==3f1a9c2e appKey==c68ad58b612c515f1143...

``==`` and ``:`` are not assignments the assignment detectors read, so a key passed this way was
left. An item whose name classifies as a credential key (`keys.classify`, except bare ``key``) is
taken when its value passes that strength's value rules (`values.accept`) and is generated
(`values.generated`), or, for a password name, is a plausible password
(`credargs.plausible_password`). Only items on the command's own line count (up to a pipe,
``;``, ``&`` or the line's end); values may be quoted.
"""

from __future__ import annotations

import re

from redactor.detect.secrets.credargs import plausible_password
from redactor.detect.secrets.keys import Strength, classify
from redactor.detect.secrets.values import accept, generated

HTTPIE_CUES = ("http ", "https ", "xh ", "xhs ")
"""The program names followed by a space, of which one must occur (lower-cased) for `httpie_items` to run."""
_COMMAND = re.compile(r"(?m)(?:^|(?<=[\s'\"`(]))(?:https?|xhs?)[ \t]+(?=[^\n|;&]*(?:==|:=|[:=]))[^\n|;&]*")
"""An HTTPie or xh command line with at least one item separator, up to a pipe or separator."""
_ITEM = re.compile(
    r"(?<![^\s'\"])['\"]?(?P<k>[A-Za-z][\w.-]{0,63})(?P<sep>==|:=|:|=)['\"]?(?P<v>[^\s'\"\\]{4,300})(?=[\s'\"\\]|$)"
)


def httpie_items(text: str, out: list[tuple[int, int, float]]) -> None:
    """Each credential item of an HTTPie/xh command line (see module)."""
    for command in _COMMAND.finditer(text):
        for item in _ITEM.finditer(text, command.start(), command.end()):
            strength = classify(item.group("k"))
            if strength is None or strength is Strength.KEY or item.group("v").startswith("//"):
                continue  # ``https://``: the URL itself
            v = item.group("v")
            if not accept(v, strength, quoted=True):
                continue
            if generated(v) or (strength is Strength.PASSWORD and plausible_password(v)):
                out.append((*item.span("v"), 0.75))
