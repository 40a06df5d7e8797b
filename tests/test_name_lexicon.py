"""The generated name lexicon (`redactor.detect.pii.names_data`, from Faker's person providers).

`scripts/build_name_lexicon.py --check` regenerates the module in memory and compares; a stale
module (Faker's pin, the spaCy model or the shared vocabularies changed) fails here with the
command that fixes it. The other tests pin the filters on the committed data.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from redactor.detect.pii._vocab import NOT_NAME_WORDS, ORG_WORDS, TECH_NAMES
from redactor.detect.pii.lexicon import is_english
from redactor.detect.pii.names_data import FAMILY, GIVEN

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_generated_module_is_up_to_date() -> None:
    run = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_name_lexicon.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert "is up to date" in run.stdout


def _all(groups: dict[str, str]) -> set[str]:
    return {w for text in groups.values() for w in text.split()}


@pytest.mark.parametrize(
    ("script", "kind", "name"),
    [
        ("latin", GIVEN, "chiamaka"),  # Igbo (yo/ig/en_NG locales)
        ("latin", GIVEN, "þjóstólfur"),  # Icelandic
        ("latin", FAMILY, "wiśniewski"),  # Polish
        ("latin", FAMILY, "hämäläinen"),  # Finnish
        ("cyrillic", GIVEN, "олександр"),  # Ukrainian
        ("greek", FAMILY, "παπαδόπουλος"),  # Greek
        ("georgian", GIVEN, "ნინო"),  # Georgian
        ("armenian", GIVEN, "արմեն"),  # Armenian
        ("hebrew", GIVEN, "יוסף"),  # Hebrew
        ("thai", GIVEN, "กฤตพร"),  # Thai
    ],
)
def test_names_of_many_scripts_are_there(script: str, kind: dict[str, str], name: str) -> None:
    assert name in kind[script].split()


def test_filters_hold_on_the_committed_data() -> None:
    names = _all(GIVEN) | _all(FAMILY)
    latin = set(GIVEN["latin"].split()) | set(FAMILY["latin"].split())
    assert len(names) > 40_000  # broad: ~85 locales
    assert not [n for n in latin if is_english(n)][:5]  # "james", "will", "hope", "rose" are words
    assert not (names & (NOT_NAME_WORDS | TECH_NAMES | ORG_WORDS))
    assert all(len(n) >= 3 for n in latin)
    # Faker lists these as names; they are places, products or common words of some language
    for word in ("florence", "lima", "berlin", "madrid", "julia", "amor", "ama", "azul", "among", "nella", "och"):
        assert word not in names, word
    assert all(n == n.lower() and " " not in n for n in names)
