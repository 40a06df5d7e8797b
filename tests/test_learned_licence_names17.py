"""Licence names and expressions are never candidates of the learned model (session 17).

Session 16 dropped SPDX ids in the detector, after scoring; the installed files' Debian and RPM
spellings (``LGPLv3+_or_GPLv2+``, ``GPL-2+-or-X11``) still scored over the threshold. The veto now
sits in the candidate generator (`learned_features._shape_vetoed`), which training uses too.
"""

from __future__ import annotations

import itertools
import random

import pytest

from redactor.detect.secrets import learned_features
from redactor.detect.secrets.learned import LearnedContextDetector
from redactor.detect.secrets.learned_features import candidates
from redactor.detect.secrets.licence_names import licence_name

ATOMS = ["GPL", "LGPL", "AGPL", "MPL", "GFDL", "Apache", "BSD", "Artistic", "Zope", "EPL"]
VERSIONS = ["v2", "v3", "-2", "-2.1", "v2.1", "-3.0", "v1.1", "_2.0", ""]
PLUS = ["+", ""]
JOINS = ["_or_", "-or-", "_and_", "-and-", ".or."]
PLAIN = ["MIT", "X11", "Expat", "ISC", "Zlib", "OFL", "Perl", "BSD-3-clause", "BSD-2-Clause"]
EXCEPTIONS = ["exceptions", "OpenSSL-exception", "classpath-exception", "GCC-exception-3.1", "font-exception-2.0"]


def _names() -> list[str]:
    """Licence names of every spelling, single and joined (generated, seeded)."""
    single = [a + v + p for a, v, p in itertools.product(ATOMS, VERSIONS, PLUS)] + PLAIN
    rng = random.Random(17)
    joined = [rng.choice(single) + rng.choice(JOINS) + rng.choice(single) for _ in range(60)]
    with_exc = [rng.choice(single) + rng.choice(["_with_", "-with-"]) + rng.choice(EXCEPTIONS) for _ in range(20)]
    return single + joined + with_exc


NAMES = _names()


def _keys() -> list[str]:
    """Licence keys and passwords that start like a licence name (generated, seeded)."""
    rng = random.Random(1717)
    alnum = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    out = []
    for _ in range(80):
        groups = ["".join(rng.choice(alnum) for _ in range(rng.choice((4, 5)))) for _ in range(rng.choice((3, 4, 5)))]
        if not any(any(c.isdigit() for c in g) and any(c.isalpha() for c in g) for g in groups):
            continue
        out.append(rng.choice(ATOMS).upper() + "-" + "-".join(groups))
        out.append("-".join(groups))
    mixed = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    for _ in range(40):
        tail = "".join(rng.choice(mixed) for _ in range(11)) + rng.choice("23456789")
        out.append(rng.choice(ATOMS) + rng.choice("-_") + "".join(rng.sample(tail, len(tail))))
    return [*out, "Tamarind!Sky", "harbor_2031", "GPLv2xQ9r", "Apache_Kq7Lm2Zp"]


KEYS = _keys()


@pytest.mark.parametrize("name", NAMES)
def test_licence_names_are_read(name: str) -> None:
    assert licence_name(name), name


@pytest.mark.parametrize("key", KEYS)
def test_keys_are_not_licence_names(key: str) -> None:
    assert not licence_name(key), key


@pytest.mark.parametrize(
    "carrier",
    [
        "Files: *\nCopyright: 2011 A. Writer\nLicense: {v}\n",
        "Name: libfoo\nVersion: 3.2\nLicense: {v}\nURL: https://example.org\n",
        '{{"name": "widgets", "license": "{v}"}}',
        "licence: {v}",
    ],
)
@pytest.mark.parametrize("name", ["LGPLv3+_or_GPLv2+", "GPL-2+-or-X11", "GPLv2+_with_exceptions", "MPLv1.1_or_LGPLv2+"])
def test_licence_expressions_are_no_candidates(carrier: str, name: str) -> None:
    text = carrier.format(v=name)
    start = text.index(name)
    assert not [c for c in candidates(text) if c.start <= start < c.end], text
    assert not [s for s in LearnedContextDetector().detect(text) if s.start <= start < s.end], text


def test_the_veto_is_in_the_candidate_generator() -> None:
    """Training reads `candidates` too: the veto must act there, not only in the detector."""
    learned_features._shape_vetoed.cache_clear()
    assert learned_features._shape_vetoed("LGPLv3+_or_GPLv2+")
    assert learned_features._shape_vetoed("BSD-3-Clause")
    assert not learned_features._shape_vetoed("4F2K-9QXM-77TR-PL0D")


@pytest.mark.parametrize("key", [k for k in KEYS if "-" in k and k.isupper()][:12])
def test_a_licence_key_stays_a_candidate(key: str) -> None:
    text = f"License key: {key}"
    assert [text[c.start : c.end] for c in candidates(text)] == [key]
