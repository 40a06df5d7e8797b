"""Machine values under personal keys: resource references, MAC addresses and ``host:port`` under
``address`` keys are not postal addresses; Terraform references are not user names.

Each row: (text, values the detector must report, why); an empty tuple is a near miss.
"""

from __future__ import annotations

import pytest

from redactor.detect.pii.structured import StructuredFieldDetector


def found(detector: object, text: str) -> tuple[str, ...]:
    spans = detector.detect(text)  # type: ignore[attr-defined]
    return tuple(text[s.start : s.end] for s in spans if s.score >= 0.5)


STRUCTURED = [
    ('{"address": "aws_subnet.private[0]", "type": "aws_subnet", "name": "private"}', (), "a Terraform address"),
    ('node_network_info{address="9f:d8:7d:09:01:f5",broadcast="ff:ff:ff:ff:ff:ff"} 1', (), "a MAC address"),
    ('{"address": "db.internal:5432", "user": "app"}', (), "host:port"),
    ('{"address": "Calle de Toledo 84, 3º B", "city": "Madrid"}', ("Calle de Toledo 84, 3º B", "Madrid"), "a street"),
    ('{"address": "梅田3-1-3", "city": "Osaka"}', ("梅田3-1-3", "Osaka"), "a Japanese address has no spaces"),
    ('resource "x" "y" {\n  user_name = snowflake_user.dbt_ci.name\n}', (), "an HCL reference"),
    ('user_name = "k.brennan"', ("k.brennan",), "a login"),
]


@pytest.mark.parametrize(("text", "expected", "why"), STRUCTURED, ids=[r[2] for r in STRUCTURED])
def test_machine_values_under_personal_keys(text: str, expected: tuple[str, ...], why: str) -> None:
    assert found(StructuredFieldDetector(), text) == expected
