"""Session 12 late round (latesec): ``Label: user / password`` lines without a login word (`labelpairs`).

Generated lines cross labels of several languages and scripts (a system name, a portal, a
database, with or without one word between the colon and the user), account names, chosen
passwords and endings (end of line, ``@ host``, a note in parentheses, a new sentence); the
password is found exactly and the user is left alone. Near misses: dates, fractions, ``read /
write``, versions and slugs, two passwords side by side, a pair that does not close the line.
"""

# labels of other scripts are the point here

from __future__ import annotations

import random

import pytest

from redactor.detect.secrets import secret_detectors
from redactor.detect.secrets.escapes import ViewCache
from redactor.detect.secrets.labelpairs import LabelPairDetector

_RNG = random.Random(2727)
_LABELS = [
    "Acme Billing DB:",
    "staging mqtt broker:",
    "Portal de proveedores:",
    "Vendor-Portal (Lager):",
    "Сервер отчётов:",
    "ระบบคลังสินค้า:",
    "Hệ thống kho:",
]
_WORDS = ["Harbor", "Velvet", "Quartz", "Otter", "Saffron", "Marble", "Lumen", "granite", "ember"]
_USERS = ["sa", "svc_report", "edi_clerk_3", "coach.k.o", "ops-admin", "root", "jdoe2"]
_MIDDLE = ["", "operator ", "usuario "]
_ENDS = ["", "\n", "  (rotated monthly)", " @ db01.internal", ". Change it after the demo."]


def _chosen() -> str:
    w = _RNG.choice(_WORDS)
    digits = "".join(_RNG.choice("0123456789") for _ in range(_RNG.randint(2, 4)))
    sym = _RNG.choice("!@#$%&*?+")
    return _RNG.choice([f"{w}{sym}{digits}", f"{digits}{w.lower()}{sym}", f"{w}{digits}{sym}"])


def _found(text: str) -> set[str]:
    return {text[s.start : s.end] for s in LabelPairDetector(ViewCache()).detect(text)}


def test_generated_labelled_pairs_found_exactly() -> None:
    for _ in range(60):
        label = _RNG.choice(_LABELS)
        user, pw = _RNG.choice(_USERS), _chosen()
        text = f"notes\n{label} {_RNG.choice(_MIDDLE)}{user} / {pw}{_RNG.choice(_ENDS)}"
        assert _found(text) == {pw}, text


def test_pair_through_all_detectors_masks_password_not_user() -> None:
    text = "Warehouse DB: svc_report / 8842Harbor? @ wh-sql.local"
    spans = [s for d in secret_detectors() for s in d.detect(text)]
    covered = {i for s in spans for i in range(s.start, s.end)}
    pw = text.index("8842Harbor?")
    assert all(i in covered for i in range(pw, pw + len("8842Harbor?")))
    u = text.index("svc_report")
    assert not any(i in covered for i in range(u, u + len("svc_report")))


@pytest.mark.parametrize(
    "text",
    [
        "Period: 2024-01-01 / 2024-02-01",
        "Ratio: 3 / 4 of the runs",
        "Modes: read / write",
        "Versions: v1.2.3 / v2.0.0-rc1",
        "Paths: src/app / lib/util",
        "Panel administracyjny — admin / Harbor!2024",
        "Both: Harbor!24 / Velvet?99",
        "Totals: ops_team / Harbor!2024 were compared in the report",
        "see the table below / Harbor!2024",
        "Slugs: my_app / release-candidate",
    ],
)
def test_near_misses_not_found(text: str) -> None:
    assert _found(text) == set()


def test_generated_near_miss_values_not_found() -> None:
    for _ in range(40):
        a = _RNG.randint(1, 28)
        b = _RNG.randint(1, 12)
        text = f"{_RNG.choice(_LABELS)} {_RNG.choice(_USERS)} / {a:02d}.{b:02d}.{_RNG.randint(1990, 2030)}"
        assert _found(text) == set(), text


@pytest.mark.parametrize(
    "text",
    [
        "Warehouse DB: Xk9mP2qL7vB4 / 8842Harbor?",  # the "user" is password-shaped: two values side by side
        "Room: 1204 / 8842Harbor?",  # a number, not a user
        "Warehouse DB: svc_report / Xk9mP2qL7vB4",  # password-shaped, no symbol: left to userpairs and its cues
    ],
)
def test_pair_checks_each_alone(text: str) -> None:
    """Each near miss differs from the found control (``svc_report / 8842Harbor?``) in one check."""
    assert _found(text) == set()
    assert _found("Warehouse DB: svc_report / 8842Harbor?") == {"8842Harbor?"}
