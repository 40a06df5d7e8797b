"""IP addresses (v4 and v6).

Version strings (``Chrome/73.0.3683.86``, ``v1.2.3.4``), OIDs and longer dotted runs are not
addresses. Loopback, unspecified, link-local, multicast, broadcast and netmask values identify
nobody and are skipped; private-range addresses (RFC 1918, ULA) are reported below the default
threshold (score 0.4) so a strict policy can still ask for them.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator

import re2  # type: ignore[import-untyped]  # google-re2 ships no type information

from redactor.detect.first_chars import with_first_chars
from redactor.detect.pii._base import Finding, TextInfo, ViewDetector, window_before
from redactor.detect.pii._gates import Gates
from redactor.detect.pii.version_lists import in_version_list

_V4 = with_first_chars(
    re.compile(
        r"(?<![\w.-])((?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9]))"
        r"(?![\w]|\.\d)"
    )
)
"""ASCII digits only: ``\\d`` would take Arabic-Indic digits (``10.0.0.1٣٣``), which no address has."""
_KEY_COLON = re.compile(r"(?:[\])]|(?<![\w-])[\w-]*[G-Zg-z_][\w-]*):$")
"""What may stand right before a dotted quad glued to a colon: a bracketed or parenthesised field
(ocserv's ``main[user]:81.2.69.142:51422``, ``(vpn):...``) or a key with a letter that is no hex
digit (``ip:``, ``client:``, ``remote_addr:``). A colon after hex digits or another colon is part of
an IPv6 address (``::ffff:192.0.2.1``) or a time, not a key."""
_PURL_AT = re.compile(r"(?i)(?<![\w.-])pkg:[a-z][a-z0-9.+-]*/[^\s@]{1,200}@$")
"""A package URL (purl, as SBOMs list them: ``pkg:maven/org.acme/lib@``, ``pkg:npm/left-pad@``)
right before a dotted quad: the quad is the package's version, not a host."""
_V6 = with_first_chars(
    re.compile(
        r"(?<![\w:.])((?:[0-9A-Fa-f]{1,4}:){1,7}:?(?::?[0-9A-Fa-f]{1,4}){1,7}|::(?:[0-9A-Fa-f]{1,4}:?){1,7})(?![\w:])"
    )
)
_PORT = re.compile(r":\d{1,5}(?!\d)")
"""After ``name/`` a dotted quad is an address only as a socket address (OpenVPN ``user/ip:port``);
otherwise it is a path or version segment (``pkg/1.2.3.4/``)."""
_V4_GATE = Gates({"v4": r"\d\.\d{1,3}\.\d{1,3}\.\d"})
"""Four dot-separated groups of one to three digits: a piece of every `_V4` match."""
_VERSION_WORDS = re.compile(
    r"(?<![a-z])(?:version|ver[ .:]|release|build|v=|sdk|chrome|firefox|safari"
    r"|(?:section|policy|kernel|linux)[ \t]+$|,[ \t]*(?:[<>]=?|[=!~]=)[ \t]*$"
    r"|(?:upgrad|bump|downgrad|pinn?)(?:e|es|ed|ing)?[ \t]+(?:[\w.+-]+[ \t]+)?(?:to|from)[ \t]+)|,v[ \t]+"
)
"""Words before a dotted quad that make it a version; whole words (``server`` is not ``ver``).
``upgrade V8 to 2.0.6.1``, ``bump grpc from ...``: a version change (not "update": "update the
allow-list to" an address); ``file.c,v 1.10.2.3``: an RCS ``$Id$`` revision; ``RFC 5890, section
2.3.2.4``, ``Standards-Version``/``Policy 4.6.0.1``, ``Linux 2.6.8.1``; a requirement specifier
after a comma (``<5.0.0,>=3.7.4.1``)."""
_VERSION_CHANGE = re.compile(
    r"(?i)\b(?:bump|upgrad|downgrad)(?:s|e|es|ed|ing)?[ \t]+[^\s]{1,80}[ \t]+from[ \t]+"
    r"(?:v?\d+(?:\.\d+){1,5}[ \t]+to[ \t]+v?)?$"
)
"""A package's version change up to a dotted quad: ``bump photon-realtime from `` and ``... from
4.1.8.4 to `` (Dependabot and Renovate titles and bodies). `_VERSION_WORDS` reads 16 characters
before the quad; a package name is often longer. Not "update" (``update the allow-list from
10.0.0.4 to ...`` may move an address)."""


def _version_change(text: str, start: int) -> bool:
    """Whether the dotted quad at `start` is the old or new version of a `_VERSION_CHANGE` on its line."""
    if "from" not in text[max(0, start - 40) : start].lower():
        return False
    line = text.rfind("\n", max(0, start - 160), start) + 1
    return _VERSION_CHANGE.search(text[max(line, start - 160) : start]) is not None


_REQUIREMENT = re.compile(r"([A-Za-z][\w.\-\[\]]*)[ \t]*(?:[=<>!~]=)[ \t]*$")
"""Right before a dotted quad, a package name and a requirement operator: ``pkg==4.1.0.2``,
``grpcio>=1.2.3.4``. Not a filter on an address field (``ip.addr == 10.1.2.3``: `_ADDRESS_FIELD`)."""
_ADDRESS_FIELD = re.compile(r"(?i)ip|addr|host|src|dst|peer|client|remote|server|source|dest|net")
_VERSION_COLUMN = re.compile(r"[0-9]+(?:\.[0-9]+){2,}")
"""A dotted run of three or more numbers: a version when any part is over 255 or it has 5+ parts."""
_PRERELEASE = re.compile(r"[-+~][A-Za-z]|-\d{1,3}(?![\d.])")
"""A pre-release, build or packaging revision after a dotted quad (``11.3.244.8-node.23``,
``4.1.0.2+deb``, Debian's ``alsa-lib (1.2.7.2-1)``): a version, not an address (a range goes on
with a dotted number: ``10.0.0.1-10.0.0.9``)."""


_WELL_KNOWN = frozenset(
    {
        "1.2.3.4",
        "1.1.1.1",
        "1.0.0.1",
        "8.8.8.8",
        "8.8.4.4",
        "9.9.9.9",
        "4.4.4.4",
        "4.2.2.2",
        "208.67.222.222",
        "208.67.220.220",
        "2001:4860:4860::8888",
        "2001:4860:4860::8844",
    }
)
"""Placeholder and public-resolver addresses: they identify no one."""


def _not_an_address(run: str) -> bool:
    """A dotted number run that cannot be an IPv4 address (``8.0.1024.46610``, ``5.2.24241.1``)."""
    parts = run.split(".")
    return len(parts) != 4 or any(len(p) > 3 or int(p) > 255 for p in parts)


def _byte_pairs(value: str, groups: list[str]) -> bool:
    """Colon-separated bytes: six or more groups of exactly two hex digits and no ``::``.

    That is how MAC addresses (``9f:d8:7d:09:01:f5``), EUI-64 ids and certificate or key
    fingerprints (``4D:3F:92:B8:45:BF:08:8A``) are written; an IPv6 address drops leading zeros and
    compresses zero runs, so it is not all two-digit groups.
    """
    return "::" not in value and len(groups) >= 6 and all(len(g) == 2 for g in groups)


_SECTION_AFTER = re.compile(r"\.[ \t]+[^\W\d_]")
_CHANGELOG_HEAD = re.compile(r"[ \t]*[a-z0-9][\w.+-]*[ \t]+\($")
_CHANGELOG_TAIL = re.compile(r"\)[ \t]+[\w-]+(?:[ \t]+[\w-]+)*;")


def _numbering(text: str, start: int, end: int) -> bool:
    """A dotted quad that numbers something: a section heading at a line start, parts of at most
    two digits (``2.2.1.1. Unix platforms``), or the version of a Debian changelog entry
    (``debianutils (4.8.6.3) unstable;``)."""
    line_start = text.rfind("\n", 0, start) + 1
    head = text[line_start:start]
    if not head.strip() and _SECTION_AFTER.match(text, end):
        return all(len(part) <= 2 for part in text[start:end].split("."))  # "81.2.69.142. That host": an address
    return _CHANGELOG_HEAD.fullmatch(head) is not None and _CHANGELOG_TAIL.match(text, end) is not None


def _padded(text: str, pos: int) -> bool:
    """Whether the value at `pos` is set in a column: two spaces or a tab right before it."""
    return pos >= 2 and (text[pos - 2 : pos] == "  " or text[pos - 1] == "\t")


def _version_column(text: str, start: int) -> bool:
    """Whether the dotted quad at `start` sits in a column of version numbers: a line above or
    below (within three) has, at the same column, a dotted run that is no address, both padded
    into the column (two spaces or a tab before them). A table of
    file or package versions (``Grpc.Net.Client.dll   2.67.0.0`` under
    ``System.Text.Json.dll   8.0.1024.46610``); the address columns of logs hold addresses only."""
    line_start = text.rfind("\n", 0, start) + 1
    col = start - line_start
    if col < 2 or not _padded(text, start):
        return False
    pos = line_start
    above: list[int] = []
    for _ in range(3):
        if pos == 0:
            break
        prev = text.rfind("\n", 0, pos - 1) + 1
        above.append(prev)
        pos = prev
    below: list[int] = []
    pos = text.find("\n", start)
    for _ in range(3):
        if pos < 0:
            break
        below.append(pos + 1)
        pos = text.find("\n", pos + 1)
    for other in above + below:
        m = _VERSION_COLUMN.match(text, other + col)
        if m is not None and _padded(text, other + col) and _not_an_address(m.group()):
            end = text.find("\n", other)
            if end < 0 or m.end() <= end:
                return True
    return False


_V6_PORT = with_first_chars(re.compile(r"(?<![\w:.])((?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}):[0-9]{1,5}(?![\w:])"))
_V6_PORT_GATE = re2.compile(r"(?:[0-9A-Fa-f]{1,4}:){8}[0-9]")
"""Nine colon-separated groups: a piece of every `_V6_PORT` match (one linear RE2 search)."""
"""A full eight-group IPv6 address with its port after one more colon, unbracketed, as HAProxy and
some access logs print a client (``2001:4dd0:f12a:9:6c11:5eff:fe40:7a1d:40418``): eight groups
leave no doubt where the address ends."""
_PERSONAL_LOGIN = re.compile(r"(?<![\w.@-])[a-z][a-z'-]+[._][a-z][a-z'-]+@$")
"""``first.last@`` right before an address: a person's login to that host (``ssh priya.raman@...``)."""
_CLF_USER = re.compile(r"[ \t]+-[ \t]+(?!-[ \t])[\w.@-]{2,64}[ \t]+\[\d{1,2}/[A-Z][a-z]{2}/\d{4}:")
"""The Common Log Format after a client address: ``- user [03/Jun/2024:...`` with a user (not ``-``)."""


_SENDER_HEADER = re.compile(
    r"(?i)(?:^|[\n\"])[ \t]*(?:received:[ \t]+from[ \t]|x-(?:originating|sender|client|real)-ip:|x-forwarded-for:)"
    r"(?:(?![ \t(]by[ \t])[^\n\"])*$"
)
"""The mail and proxy headers that record the sending client's address: ``Received: from mail.x
([203.0.113.77])``, ``X-Originating-IP: [10.1.2.3]``, ``X-Forwarded-For: ...``, on the same line (not the relay after
``by`` in a ``Received:`` line)."""


_DOCUMENTATION = tuple(
    ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")
)
"""The documentation ranges (RFC 5737, RFC 3849): examples put them where a public address stands."""


def _someones(text: str, start: int, end: int) -> bool:
    """A private or documentation-range address that a person used: the host of a ``first.last@``
    login, the client of an access-log line with an authenticated user, or (a documentation
    address only) the sender a mail or proxy header records. Other private addresses identify a
    machine of a network, not a person, and stay below the threshold: an RFC 1918 address in a
    ``Received:`` line is an internal relay (``mail-gw.example-bank.com [10.12.0.5]``)."""
    if _PERSONAL_LOGIN.search(text, max(0, start - 65), start) is not None or _CLF_USER.match(text, end) is not None:
        return True
    addr = ipaddress.ip_address(text[start:end])
    return (
        any(addr in net for net in _DOCUMENTATION)
        and _SENDER_HEADER.search(text, max(0, start - 160), start) is not None
    )


def _score(addr: ipaddress.IPv4Address | ipaddress.IPv6Address) -> float | None:
    if str(addr) in _WELL_KNOWN or addr.is_loopback or addr.is_unspecified or addr.is_link_local or addr.is_multicast:
        return None
    if isinstance(addr, ipaddress.IPv4Address):
        first = int(str(addr).split(".", 1)[0])
        if first == 255 or str(addr).endswith((".255", ".0")) or first == 0:
            return None  # broadcast and network addresses: a whole subnet, no one host
    if addr.is_private:
        return 0.4
    return 0.9


class IpAddressDetector(ViewDetector):
    """IPv4 and IPv6 addresses (``pii.ip_address``)."""

    name = "pii.ip_address"
    entities: tuple[str, ...] = ("IP_ADDRESS",)

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        text = info.text
        if "." in text and "v4" in _V4_GATE.passed(text, self.gated):
            for m in _V4.finditer(text):
                if m.start() > 0 and text[m.start() - 1] == "/" and not _PORT.match(text, m.end()):
                    continue
                if (
                    m.start() > 0
                    and text[m.start() - 1] == ":"
                    and not _KEY_COLON.search(text, max(0, m.start() - 40), m.start())
                ):
                    continue
                if _VERSION_WORDS.search(window_before(text, m.start(), 16)) or _version_change(text, m.start()):
                    continue
                if (
                    m.start() > 0
                    and text[m.start() - 1] == "@"
                    and _PURL_AT.search(text, max(0, m.start() - 240), m.start())
                ):
                    continue
                if _PRERELEASE.match(text, m.end()) or _numbering(text, m.start(), m.end()):
                    continue
                req = _REQUIREMENT.search(text, max(0, m.start() - 64), m.start())
                if req is not None and not _ADDRESS_FIELD.search(req.group(1)):
                    continue
                if _version_column(text, m.start()) or in_version_list(text, m.start(1), m.end(1)):
                    continue
                score = _score(ipaddress.IPv4Address(m.group(1)))
                if score is not None:
                    if score < 0.5 and _someones(text, m.start(1), m.end(1)):
                        score = 0.85
                    yield ("IP_ADDRESS", m.start(1), m.end(1), score)
        if ":" in text:
            gate = not self.gated or (text.count(":") >= 8 and _V6_PORT_GATE.search(text) is not None)
            for m in _V6_PORT.finditer(text) if gate else ():
                try:
                    v6 = ipaddress.IPv6Address(m.group(1))
                except ValueError:
                    continue
                score = _score(v6)
                if score is not None:
                    yield ("IP_ADDRESS", m.start(1), m.end(1), score)
            for m in _V6.finditer(text):
                value = m.group(1)
                if value.count(":") < 2 or (sum(c.isalpha() for c in value) == 0 and value.count(":") < 4):
                    continue
                try:
                    addr = ipaddress.IPv6Address(value)
                except ValueError:
                    continue
                groups = [g for g in value.split(":") if g]
                if len(groups) < 3 or _byte_pairs(value, groups) or text.startswith(("\u2026", "..."), m.end()):
                    continue
                score = _score(addr)
                if score is not None:
                    yield ("IP_ADDRESS", m.start(1), m.end(1), score)
