"""Dotted quads in a list of software versions: a product's version, not a host's address.

Release notes, build banners and support tickets list the versions of what they run, one product
after another: ``Vista Kiosk 5.0.3.17, SQL Server 16.0.4135.4, .NET 8.0.11``. A four-part
version there has the shape of an IPv4 address; its neighbours give it away: the next (or
previous) item of the list is a name and a dotted number that is no address (two or three parts,
or a part above 255, or five parts and more). A list of hosts (``web 10.0.0.5, db 10.0.0.6``) has
addresses for neighbours and is left alone (session 14).

`in_version_list` says it of a quad that is itself written after a product name (a word that opens
with a capital letter or a dot: ``Kiosk``, ``.NET``), has such a neighbour on its line and no
network word (``IP``, ``host``, ``client``, ``from``: `_ADDRESS_WORDS`) in the 40 characters before it.
"""

from __future__ import annotations

import re

_NAME_BEFORE = re.compile(r"(?:^|[\s(,;])[.A-Z][\w.+#-]*[ \t]+(?:v|V)?$")
"""A product name (capitalised, or ``.NET``) and an optional ``v`` right before the quad."""

_NEXT_ITEM = re.compile(r"[ \t]*[,;/|][ \t]*(?:[.A-Za-z][\w.+#-]*[ \t]+){1,3}[vV]?(\d+(?:\.\d+)+)(?!\w|\.\d)")
"""The next item of the list: ``, SQL Server 16.0.4135.4`` (one to three words, then a dotted number)."""

_PREV_ITEM = re.compile(
    r"(?:^|[\s(])[.A-Za-z][\w.+#-]*[ \t]+[vV]?(\d+(?:\.\d+)+)[ \t]*[,;/|][ \t]*(?:[.A-Z][\w.+#-]*[ \t]+){1,3}$"
)
"""The previous item of the list, ending with its separator and the names before the quad."""


_ADDRESS_WORDS = re.compile(
    r"(?i)(?<![a-z])(?:ip|ipv4|ips|addr|address|adresse|dirección|direccion|endereço|indirizzo|host|hostname|gateway|gw"
    r"|client|server|peer|remote|source|src|dst|dest|destination|router|proxy|dns|nameserver|resolver|endpoint"
    r"|node|vpn|nat|wan|lan|public|private|static|origin|from|to|at|via|user|login|allow|deny|block|ban)(?![a-z])"
)
"""Words of a network line: a quad after them is an address even in a list with versions
(``Client IP 81.2.69.142, Chrome 120.0``)."""


def _version_not_address(dotted: str) -> bool:
    parts = dotted.split(".")
    return len(parts) != 4 or any(int(p) > 255 or (len(p) > 1 and p[0] == "0") for p in parts)


def in_version_list(text: str, start: int, end: int) -> bool:
    """Whether the dotted quad `text[start:end]` is one version of a list of versions (module docs)."""
    line_start = max(text.rfind("\n", 0, start) + 1, start - 120)
    if _NAME_BEFORE.search(text, line_start, start) is None:
        return False
    if _ADDRESS_WORDS.search(text, max(line_start, start - 40), start) is not None:
        return False
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else min(line_end, end + 80)
    after = _NEXT_ITEM.match(text, end, line_end)
    if after is not None and _version_not_address(after.group(1)):
        return True
    before = _PREV_ITEM.search(text, line_start, start)
    return before is not None and _version_not_address(before.group(1))
