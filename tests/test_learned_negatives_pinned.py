"""The pinned negatives of the learned secret model (`train_secret_context.pinned_files`).

The harvested negatives used to be a stride over every installed file (site-packages,
/usr/share/doc, /usr/lib/python3*), keyed by absolute path: one file more anywhere, or the venv in
another folder, changed which files were read and how they were sampled. The pinned source reads
only files of distributions pinned in a lock file at those versions, keyed by
``name==version/relative path`` and chosen by the CRC-32 of that key, so the choice is the same
wherever the pinned environment is installed, and a pin added elsewhere only displaces files.
Checked here on temporary lock files naming a few of the distributions installed for the tests.
"""

from __future__ import annotations

import importlib.metadata as md
import sys
import zlib
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def tsc() -> ModuleType:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import train_secret_context
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    return train_secret_context


def _installed(names: list[str]) -> list[tuple[str, str]]:
    out = []
    for name in names:
        try:
            out.append((name, md.version(name)))
        except md.PackageNotFoundError:
            continue
    return out


PINS = _installed(["pytest", "pluggy", "iniconfig", "packaging", "typer", "click", "pyyaml", "numpy"])


def _lock(tmp_path: Path, pins: list[tuple[str, str]], name: str = "lock.txt") -> Path:
    path = tmp_path / name
    path.write_text("# a comment\n" + "".join(f"{n}=={v}\n" for n, v in pins), encoding="utf-8")
    return path


def _pinned(tsc: ModuleType, monkeypatch: pytest.MonkeyPatch, lock: Path, most: int) -> list[tuple[str, Path]]:
    monkeypatch.setattr(tsc, "LOCK", lock)
    monkeypatch.setattr(tsc, "MAX_FILES", most)
    return list(tsc.pinned_files())


def test_keys_name_the_pin_and_a_relative_path(
    tsc: ModuleType, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert len(PINS) >= 3
    files = _pinned(tsc, monkeypatch, _lock(tmp_path, PINS), 400)
    assert 0 < len(files) <= 400
    pins = {f"{n}=={v}" for n, v in PINS}
    for key, path in files:
        pin, rel = key.split("/", 1)
        assert pin in pins and not rel.startswith("/"), key
        assert path.is_file(), key
        assert "__pycache__" not in key and Path(rel).name not in {"RECORD", "INSTALLER", "direct_url.json"}
        assert Path(rel).suffix in tsc.SUFFIXES or Path(rel).name in tsc.NAMES
    crcs = [zlib.crc32(k.encode()) for k, _ in files]
    assert crcs == sorted(crcs)
    assert files == _pinned(tsc, monkeypatch, _lock(tmp_path, PINS), 400)


def test_a_pin_added_only_displaces_files(tsc: ModuleType, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """With a distribution more, every chosen file of the others was chosen before (the stride over
    all files chose other files throughout)."""
    few = {k for k, _ in _pinned(tsc, monkeypatch, _lock(tmp_path, PINS[:-1]), 150)}
    more = {k for k, _ in _pinned(tsc, monkeypatch, _lock(tmp_path, PINS, "more.txt"), 150)}
    last = f"{PINS[-1][0]}=={PINS[-1][1]}/"
    assert any(k.startswith(last) for k in more)
    assert {k for k in more if not k.startswith(last)} <= few
    assert len(few) == 150


@pytest.mark.parametrize("bad", ["wrong version", "missing"])
def test_a_drifted_environment_is_an_error(
    tsc: ModuleType, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, bad: str
) -> None:
    name, version = PINS[0]
    pin = (name, version + ".post999") if bad == "wrong version" else ("no-such-dist-for-redactor", "1.0")
    with pytest.raises(SystemExit, match=pin[0]):
        _pinned(tsc, monkeypatch, _lock(tmp_path, [*PINS[1:], pin]), 100)
