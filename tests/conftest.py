"""Shared fixtures. The real spaCy model is loaded once per session (it takes ~1 s)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from redactor.secret import SecretBytes

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def hmac_key() -> SecretBytes:
    return SecretBytes(b"k" * 32, "test-pseudonym")


@pytest.fixture(scope="session")
def real_engine():  # type: ignore[no-untyped-def]
    """The production detection engine for the default policy (real detectors, real model)."""
    from redactor.pipeline import build_engine
    from redactor.policy import load_policy

    return build_engine(load_policy(ROOT / "policies" / "default.yaml"))


@pytest.fixture(autouse=True)
def _no_ambient_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tests never pick up a developer's keyring from the environment."""
    for var in ("REDACTOR_KEYRING", "REDACTOR_KEYRING_KEY", "REDACTOR_DATAKEYS"):
        monkeypatch.delenv(var, raising=False)
    os.environ.setdefault("HYPOTHESIS_STORAGE_DIRECTORY", str(ROOT / ".hypothesis"))
