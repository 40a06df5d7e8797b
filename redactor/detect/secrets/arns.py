"""Amazon Resource Names: identifiers, never secrets, even when they name one.

``arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf`` names a Secrets Manager
secret: ``secret:`` is the resource type, ``prod/db`` the secret's name and ``-AbCdEf`` the six
random characters the service appends. An IAM policy, a CLI call or a runbook that quotes it
shows no credential. `after_arn_prefix` tells the assignment detector that a key word
(``secret``) is an ARN's resource type; `outside_arns` drops context findings that lie inside an
ARN (the random-looking name of an RDS-managed secret, ``rds!db-<uuid>-Qw3rTy``). The format is
AWS's: ``arn:partition:service:region:account-id:resource`` (partitions ``aws``, ``aws-cn``,
``aws-us-gov``...; region and account may be empty).
"""

from __future__ import annotations

import re

_PREFIX = r"\barn:[a-z][\w-]{0,20}:[a-z0-9-]{1,40}:[a-z0-9-]{0,30}:\d{0,12}:"
_ARN_PREFIX_END = re.compile(_PREFIX + "$")
_ARN = re.compile(_PREFIX + r"[^\s\"'`<>,;)\]}\\]{1,500}")
"""A whole ARN: the prefix, then the resource up to a blank, quote, bracket or separator."""


def after_arn_prefix(text: str, ks: int) -> bool:
    """Whether an ARN's ``arn:...:<account>:`` prefix ends right at `ks` (the key's start)."""
    return _ARN_PREFIX_END.search(text, max(0, ks - 120), ks) is not None


def outside_arns(text: str, found: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """`found` without the findings that overlap an ARN of `text` (offsets of `text`)."""
    if not found or "arn:" not in text:
        return found
    arns = [m.span() for m in _ARN.finditer(text)]
    if not arns:
        return found
    return [f for f in found if not any(f[0] < e and s < f[1] for s, e in arns)]
