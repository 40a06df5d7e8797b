"""`pii.home_path`: Sphinx cross-references (`~pkg.mod.Name` between backticks) are not home directories."""

from __future__ import annotations

import random

import pytest

from redactor.detect.pii.identity import HomePathDetector

_RNG = random.Random(1327)
_PKGS = ("numpy", "scipy.stats", "flask.logging", "hypothesis.strategies", "mylib.core")
_NAMES = ("bytes_", "ndarray", "wsgi_errors_stream", "gamma", "Parser")


def _found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in HomePathDetector().detect(text)]


@pytest.mark.parametrize("role", (":class:", ":func:", ":meth:", ":data:", ""))
def test_sphinx_reference_is_not_a_home_directory(role: str) -> None:
    target = f"{_RNG.choice(_PKGS)}.{_RNG.choice(_NAMES)}"
    text = f"    Returns\n    -------\n    out : {role}`~{target}`\n        The converted value."
    assert _found(text) == []


@pytest.mark.parametrize("login", ("alice", "k.brennan", "dev_ops1"))
def test_home_directories_after_a_tilde_stay(login: str) -> None:
    assert login in _found(f"    cp build.log ~{login}/logs/\n")
    assert _found(f"    run `ls ~{login}/bin` first\n") == [login]
