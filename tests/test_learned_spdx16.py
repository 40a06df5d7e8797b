"""SPDX license identifiers are never secrets to the learned model (session 16).

Retrained on holdout34/35, whose licence keys follow ``License key:``-like cues, the model scored
``License: BSD-3-Clause`` 0.86 (over its 0.85 threshold): a licence *name* is public. The veto
(`values.spdx_license`) drops such candidates before they are scored; licence *keys* stay found.
"""

from __future__ import annotations

import pytest

from redactor.detect.secrets.learned import LearnedContextDetector
from redactor.detect.secrets.values import spdx_license

IDS = [
    "MIT",
    "Apache-2.0",
    "BSD-2-Clause",
    "BSD-3-Clause",
    "GPL-2.0-only",
    "GPL-3.0-or-later",
    "LGPL-2.1+",
    "MPL-2.0",
    "ISC",
    "CC0-1.0",
    "CC-BY-4.0",
    "EPL-2.0",
    "AGPL-3.0-only",
    "Unlicense",
    "Zlib",
    "0BSD",
]
CARRIERS = [
    "License: {v}",
    "licence: {v}",
    "Product: Foo Reporting\nLicense key: see the vendor portal\nlicence: {v}",
    '{{"name": "acme-widgets", "version": "1.4.2", "license": "{v}"}}',
    'license = "{v}"',
    "SPDX-License-Identifier: {v}",
]


@pytest.mark.parametrize("value", IDS)
def test_spdx_ids_are_recognised(value: str) -> None:
    assert spdx_license(value)


@pytest.mark.parametrize("value", ["4F2K-9QXM-77TR-PL0D", "MIT-Kx9Qz7Lp2", "sk_live_51HxYz", "Apache-Xq7pL9"])
def test_keys_are_not_spdx_ids(value: str) -> None:
    assert not spdx_license(value)


@pytest.mark.parametrize("carrier", CARRIERS)
@pytest.mark.parametrize("value", IDS)
def test_learned_model_never_masks_a_license_name(carrier: str, value: str) -> None:
    text = carrier.format(v=value)
    spans = LearnedContextDetector().detect(text)
    assert not [s for s in spans if text[s.start : s.end] == value], text


def test_a_licence_key_after_a_licence_cue_is_still_scored() -> None:
    text = "License key: 4F2K-9QXM-77TR-PL0D"
    spans = LearnedContextDetector().detect(text)
    assert [text[s.start : s.end] for s in spans] == ["4F2K-9QXM-77TR-PL0D"]
