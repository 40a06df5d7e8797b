"""Key names whose vendor or product part holds a limit word (session 17, late round).

`keys.classify` vetoes a key name holding ``max``, ``min``, ``num``, ``count``, ``limit``,
``size`` or ``length`` anywhere: ``MAX_TOKEN_LENGTH`` and ``min_secret_len`` name rules about a
secret, not the secret. Product names hold the same words (``HBO Max``, ``3ds Max``, ``Mini``,
elevator and building platforms named ``... MAX``), so ``<VENDOR>_MAX_CLIENT_SECRET=<token>`` went
unread. Here such a name counts only when the limit word stands two or more words before the
secret noun, the rest of the name is a strong secret name, and the value is a long generated token
(24+ characters of both cases and digits): a limit is a number, never such a token.
"""

from __future__ import annotations

import re

from redactor.detect.secrets.keys import Strength, classify, words

LIMIT_WORDS = frozenset({"max", "min", "num", "count", "limit", "size", "length", "len"})
"""The limit words of `keys.classify`'s veto list."""
_TOKEN = re.compile(r"[A-Za-z0-9+/_\-]{24,200}={0,2}")


def limit_vendor_strength(key: str) -> Strength | None:
    """The strength `key` names once the limit words of a vendor part are set aside.

    Args:
        key: the key as written (``TKE_MAX_CLIENT_SECRET``).

    Returns:
        STRONG or KEY when a limit word stands two or more words before the last word and the
        name without the limit words is a secret name; None otherwise (``MAX_SECRET``,
        ``secret_max_len``, ``max_page_token``).
    """
    ws = words(key)
    if len(ws) < 3 or not any(w in LIMIT_WORDS for w in ws[:-2]):
        return None
    if any(w in LIMIT_WORDS for w in ws[-2:]):
        return None
    strength = classify("_".join(w for w in ws if w not in LIMIT_WORDS))
    return strength if strength in (Strength.STRONG, Strength.KEY) else None


def long_generated(value: str) -> bool:
    """A long generated token: 24+ key characters with upper and lower case letters and digits."""
    return (
        _TOKEN.fullmatch(value) is not None
        and any(c.isupper() for c in value)
        and any(c.islower() for c in value)
        and sum(c.isdigit() for c in value) >= 2
    )
