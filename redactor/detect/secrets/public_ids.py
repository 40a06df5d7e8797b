"""Values that are public by the role their structure gives them (session 17, negs17).

Two kinds of value a generic secret rule took on secret-free texts written for the session-17
negative corpus (tests/data/negatives17), recognised by structure, never by the value itself:

- ``advisory``: the id of a published security advisory. OSV's id schemes
  (https://ossf.github.io/osv-schema/, "id" and the prefixes registered there): GitHub's
  ``GHSA-xxxx-xxxx-xxxx`` (three groups of four from GitHub's 20-letter alphabet
  ``23456789cfghjmpqrvwx``, either case), ``CVE-YYYY-NNNN+``, ``PYSEC-YYYY-N``,
  ``RUSTSEC-YYYY-NNNN``, ``GO-YYYY-NNNN``, ``GSD-YYYY-N``, ``OSV-YYYY-N``, ``MAL-YYYY-N``,
  ``GHSL-YYYY-NNN``, Debian ``DSA-/DLA-NNNN-N``, Ubuntu ``USN-NNNN-N``, Red Hat
  ``RHSA-/RHBA-/RHEA-YYYY:NNNN``, Amazon ``ALAS[2]-YYYY-NNN``. A rule that reads "token
  leakage" after the id (``GHSA-...: Token leakage in debug logs``) took the id for the token.
- ``jwk_public``: a public member of a JSON Web Key (RFC 7517/7518): ``n``, ``e`` (RSA), ``x``,
  ``y``, ``crv`` (EC/OKP), ``kid``, ``x5c``, ``x5t``, ``x5t#S256``, ``x5u`` of the object around a
  ``"kty"``. The private members (``d``, ``p``, ``q``, ``dp``, ``dq``, ``qi``, ``k``) are
  keyfiles.JwkDetector's and stay masked; a JWKS document (``{"keys": [...]}``) is published.

`public_role(text, start, end, value)` names the kind or returns None; role_vetoes.role_veto asks
it for every rule and model span it judges.
"""

from __future__ import annotations

import re

_ADVISORY = re.compile(
    r"(?i:GHSA(?:-[23456789cfghjmpqrvwx]{4}){3})"
    r"|CVE-\d{4}-\d{4,7}|(?:PYSEC|RUSTSEC|GO|GSD|OSV|MAL|GHSL)-\d{4}-\d{1,7}"
    r"|(?:DSA|DLA)-\d{3,5}-\d{1,2}|USN-\d{3,5}-\d{1,2}|RH[SBE]A-\d{4}:\d{3,6}|ALAS2?(?:023)?-\d{4}-\d{3,5}"
)
"""Advisory ids of the OSV schemes (see the module docs), matched whole."""

_PUBLIC_MEMBER = re.compile(
    r"""["']?(?:n|e|x|y|crv|kid|x5c|x5t|x5t#S256|x5u|alg|use)["']?[ \t]*:[ \t]*\[?[ \t]*["']?$"""
)
"""The key of a JWK's public member right before the value (``"n": "``)."""
_KTY = re.compile(r"""["']?kty["']?[ \t]*:""")
_WINDOW = 4000
"""How far a JWK object may reach on either side of a member (an RSA-4096 modulus is ~700 chars)."""


def advisory_id(value: str) -> bool:
    """Whether `value` is a security advisory id (see the module docs)."""
    return _ADVISORY.fullmatch(value) is not None


def jwk_public_member(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the value of a public member of a JSON Web Key: its key is a
    public member's name and the innermost ``{...}`` object around it holds a ``kty``."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 40) : start]
    if _PUBLIC_MEMBER.search(before) is None:
        return False
    lo = max(0, start - _WINDOW)
    open_brace = text.rfind("{", lo, start)
    if open_brace < 0 or text.rfind("}", open_brace, start) >= 0:
        return False
    close = text.find("}", end, end + _WINDOW)
    if close < 0:
        return False
    return _KTY.search(text, open_brace, close) is not None


def public_role(text: str, start: int, end: int, value: str) -> str | None:
    """``advisory`` or ``jwk_public`` when the span is one (see the module docs), else None."""
    if "-" in value and advisory_id(value):
        return "advisory"
    if "kty" in text and jwk_public_member(text, start, end):
        return "jwk_public"
    return None
