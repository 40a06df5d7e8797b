"""`place_names_data` (cities, regions, countries from libphonenumber's geocoding data) is current."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from redactor.detect.pii.place_names_data import PLACE_NAMES

ROOT = Path(__file__).resolve().parents[1]


def test_place_names_hold_cities_and_countries_but_no_given_names() -> None:
    assert {"são paulo", "izmir", "kano", "nairobi", "portugal", "united states"} <= PLACE_NAMES
    assert not {"jordan", "florence", "austin", "ada", "sydney"} & PLACE_NAMES  # also people's names


@pytest.mark.skipif(importlib.util.find_spec("faker") is None, reason="Faker (a dev dependency) is not installed")
def test_place_names_module_is_current() -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_place_names.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
