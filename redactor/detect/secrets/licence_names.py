"""Licence *names* and licence expressions, as package metadata writes them: public, never secrets.

The learned secret-context model (`learned_features`) learned licence *keys* after ``License
key:``-like cues (holdout34/35), and with them that the word "license" cues a secret: it scored
``License: BSD-3-Clause`` and, on this machine's installed files, the Debian copyright files'
``License: LGPLv3+_or_GPLv2+`` and ``License: GPL-2+-or-X11`` over its threshold (session 17:
7 of 7 learned spans on the build_negative_corpus texts, 15 of 25 on all installed-file chunks).
A licence name is one of three spellings, joined into an expression:

- an SPDX identifier (`values.spdx_license`: ``MIT``, ``BSD-3-Clause``, ``GPL-3.0-or-later``);
- a Debian copyright-format (DEP-5) short name: ``GPL-2+``, ``LGPL-2.1+``, ``BSD-3-clause``,
  ``Expat``, ``Artistic``, ``Perl``, ``Zope-2.1``;
- a Fedora/RPM ``License:`` tag name: ``GPLv2+``, ``LGPLv3``, ``MPLv1.1``, ``ASL_2.0``, ``OFL``;

joined by ``or``, ``and`` or ``with`` (``_or_``, ``-or-``, ``.and.``), the last of which may name
an exception (``GPLv2+_with_exceptions``, ``GPL-2.0-with-classpath-exception``,
``GCC-exception-3.1``). A licence *key* has no such reading: its groups mix letters and digits
(``4F2K-9QXM-77TR-PL0D``) or follow a licence word with random characters (``MIT-Kx9Qz7Lp2``).
"""

from __future__ import annotations

import re

from redactor.detect.secrets.values import LICENCE_TAIL_WORDS, spdx_license

_NAMES = (
    "A?GPL|LGPL|GFDL|MPL|EPL|CPL|QPL|OSL|AFL|APSL|CDDL|SISSL|ZPL|ASL|LPPL|EUPL|BSL|CECILL(?:-[ABC])?"
    "|Apache|Artistic|BSD|0BSD|MIT|X11|Expat|ISC|Zlib|Boost|OpenSSL|SSLeay|W3C|Unicode|Unlicense|WTFPL"
    "|CC0|CC-BY(?:-(?:SA|NC|ND))*|Zope|Python|PSF|Perl|Ruby|PHP|NCSA|IJG|libpng|curl|OFL|Vim|Sleepycat"
)
_ATOM = (
    rf"(?i:{_NAMES})"
    r"(?:[-_]?v?[0-9]+(?:\.[0-9]+)*)?\+?"  # a version: GPLv2, GPL-2, LGPL-2.1, MPLv1.1, ASL_2.0, GPL+
    rf"(?:-(?:[0-9]+(?:\.[0-9]+)*|(?i:{LICENCE_TAIL_WORDS}|{_NAMES})(?![A-Za-z])))*\+?"  # SPDX-style tails
)
"""A licence name: its tails are versions, SPDX tail words (`values.LICENCE_TAIL_WORDS`) or other
licence names (``Artistic-1.0-Perl``), never any word: ``Ruby-tiger-42`` is a word password."""
_EXCEPTION = r"(?:(?i:exceptions?)|(?:[A-Za-z0-9]{2,16}[-_.]){0,3}(?i:exception)(?:[-_.]?[0-9]+(?:\.[0-9]+)*)?)"
_JOIN = r"[-_.]+(?i:or|and|with)[-_.]+"
_EXPRESSION = re.compile(rf"{_ATOM}(?:{_JOIN}(?:{_ATOM}|{_EXCEPTION}))*")
"""Licence names joined into an expression (a whole token: `re.fullmatch`)."""


def licence_name(token: str) -> bool:
    """Whether `token` is a licence name or expression: an SPDX id, a Debian or Fedora short name,
    or such names joined by ``or``/``and``/``with`` (an exception may follow ``with``).

    Args:
        token: a whole candidate token.

    Returns:
        True when the whole token reads as licence names (public, never a credential).
    """
    return spdx_license(token) or _EXPRESSION.fullmatch(token) is not None
