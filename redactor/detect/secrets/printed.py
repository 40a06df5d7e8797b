"""Credentials printed by tools: a new token after "save this token", a ``user / token`` log line.

Two carriers of tool output that name no key next to the value:

- CLI create-token output: a sentence that tells the user to keep a credential shown once
  ("save this token somewhere, you can't view it again", "copy it now", "your new API key is",
  "make sure to copy your personal access token now", "this is the only time the secret is
  shown", "store it securely", "Token created:") and, in the rest of that line or on one of the
  next three lines, a generated token (`values.generated`, dotted ``<id>.<secret>`` pairs too).
- A log line that prints the credentials of a call: ``auth: <user> / <token>``, ``credentials:
  <user> / <token>``, ``login=<user>/<token>``: the part after the slash when it is generated.

Only generated values count (20+ characters for the printed token), so prose that merely talks
about saving tokens, and a password a person typed, are left to the other rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.detect.secrets.escapes import EscapeView
from redactor.detect.secrets.values import generated
from redactor.detect.secrets.viewscan import Hit, ViewScanDetector

_SHOWN_ONCE = re.compile(
    r"(?i)\b(?:(?:save|copy|store|record|write\s+down|keep)\s+(?:this|the|your|it|them)"
    r"(?:\s+(?:new|api|access|secret|personal|auth|bot|deploy))*(?:\s+(?:token|key|secret|password|credentials?))?"
    r"(?:\s+(?:now|somewhere|securely|safely|in\s+a\s+safe\s+place))"
    r"|(?:can(?:no|')t|won'?t\s+be\s+able\s+to|will\s+not\s+be\s+able\s+to|cannot)\s+(?:view|see|retrieve|access|display)"
    r"\s+(?:it|this|them|the\s+\w+)\s+again"
    r"|(?:only|last)\s+time\s+(?:the|this|your|it)\s*(?:\w+\s+)?(?:is|will\s+be)\s+(?:shown|displayed)"
    r"|(?:shown|displayed)\s+only\s+once"
    r"|your\s+(?:new\s+)?(?:api\s+|access\s+|auth\s+|bot\s+|personal\s+access\s+)?(?:token|key|secret)\s+is\b"
    r"|(?:token|api\s+key|secret)\s+(?:created|generated)(?:\s+successfully)?\s*[:!.]"
    r"|(?:new|generated)\s+(?:api\s+|access\s+)?(?:token|key|secret)\s*:)"
)
"""What create-token commands and dashboards print next to a credential they show once."""
_PHRASE_LITERALS: tuple[str, ...] = (
    *("save this", "save the", "save your", "save it", "copy this", "copy the", "copy your", "copy it"),
    *("store this", "store the", "store your", "store it", "keep this", "keep the", "keep your", "keep it"),
    *("record this", "record the", "record your", "record it", "write down", "again", "last time"),
    *("save them", "copy them", "store them", "keep them", "record them"),
    *("only time", "only once", "your new", "your api", "your access", "your token", "your key"),
    *("your secret", "your auth", "your bot", "your personal", "created", "generated", "new token", "new key"),
    *("new secret", "new api", "new access"),
)
"""Lower-case literals one of which every `_SHOWN_ONCE` phrase holds: the phrase search runs only then."""
_TOKEN = re.compile(r"(?<![\w.+/=-])[A-Za-z0-9_][A-Za-z0-9_\-+/=.:]{19,299}(?![\w+/=-])")
_LINES_AFTER = 3
_USER_SLASH_TOKEN = re.compile(
    r"(?im)\b(?:auth|credentials?|creds|login|basic[ _-]?auth)[ \t]*[:=][ \t]*[\"']?"
    r"[^\s/\"']{1,128}[ \t]*/[ \t]*(?P<v>[A-Za-z0-9_\-.+=]{16,300})(?=[\"']?[ \t]*(?:$|[,;)]))"
)


def _split_pair(token: str) -> bool:
    """A token generated as a whole, or a ``<id>.<secret>`` / ``<id>:<secret>`` pair of generated parts."""
    token = token.rstrip(".:")
    if generated(token, min_len=20):
        return True
    parts = re.split(r"[.:]", token)
    return 2 <= len(parts) <= 3 and any(generated(p, min_len=16) for p in parts) and len(token) >= 24


def _phrases(text: str, low: str) -> Iterator[re.Match[str]]:
    """`_SHOWN_ONCE` matches, searched only in the lines that hold one of `_PHRASE_LITERALS`."""
    if len(low) != len(text) or not any(w in low for w in _PHRASE_LITERALS):
        return
    start = 0
    n = len(text)
    while start < n:
        end = low.find("\n", start)
        end = n if end < 0 else end
        line = low[start:end]
        if any(w in line for w in _PHRASE_LITERALS):
            yield from _SHOWN_ONCE.finditer(text, start, end)
        start = end + 1


def scan(view: EscapeView) -> list[tuple[int, int, float]]:
    """(start, end, score) of each printed credential, in view offsets."""
    text = view.text
    out: list[tuple[int, int, float]] = []
    low = view.lower
    for m in _phrases(text, low):
        end = m.end()
        for _ in range(_LINES_AFTER + 1):
            end = text.find("\n", end + 1)
            if end < 0:
                end = len(text)
                break
        for t in _TOKEN.finditer(text, m.end(), end):
            token = t.group().rstrip(".:")
            if "://" not in t.group() and _split_pair(token):
                out.append((t.start(), t.start() + len(token), 0.8))
                break
    slashed = "/" in text and ("auth" in low or "cred" in low or "login" in low)
    for m in _USER_SLASH_TOKEN.finditer(text) if slashed else iter(()):
        if generated(m.group("v")):
            out.append((*m.span("v"), 0.8))
    return out


class PrintedCredentialDetector(ViewScanDetector):
    """Tokens printed by create-token commands and ``user / token`` log lines (``secret.output.printed``)."""

    name = "secret.output.printed"
    prefilter: tuple[str, ...] = (*_PHRASE_LITERALS, "auth", "cred", "login")

    def find(self, view: EscapeView) -> list[Hit]:
        return scan(view)
