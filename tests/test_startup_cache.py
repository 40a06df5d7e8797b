"""The start-up caches are built at install time (issue 6: first output record <= 3 s after start).

Not a timed test. `python -m redactor.regex_cache --build` (run by `make install` and
`make startup-cache`) must leave a file from which the next start compiles no `re` pattern and
which it does not rewrite; a file built into a container image as root must be read by an
unprivileged user; the Makefile must keep running the build and the bytecode compile.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from redactor import regex_cache as rc
from tests.test_startup_structure import _build

ROOT = Path(__file__).resolve().parents[1]


def _env(cache: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "REDACTOR_DISABLE_SPEEDUPS"}
    env.update(REDACTOR_CACHE_DIR=str(cache), PYTHONPATH=str(ROOT))
    return env


def test_the_install_build_leaves_nothing_to_compile_at_the_next_start(tmp_path: Path) -> None:
    if not rc.supported():  # pragma: no cover - another interpreter: nothing is cached
        pytest.skip("regex code cache not supported on this interpreter")
    cmd = [sys.executable, "-m", "redactor.regex_cache", "--build", "--no-ner"]
    run = subprocess.run(cmd, cwd=ROOT, env=_env(tmp_path), capture_output=True, text=True, check=True)
    path = rc.cache_path({"REDACTOR_CACHE_DIR": str(tmp_path)})
    stored = rc.load(path)
    assert len(stored) > 1000
    assert f"{len(stored)} patterns" in run.stdout and "(written)" in run.stdout
    before = path.stat().st_mtime_ns, path.read_bytes()
    start = _build(tmp_path, "3")  # what `redactor run` does at start (engine built, NER off)
    assert start["misses"] == 0 and start["hits"] > 1000
    assert (path.stat().st_mtime_ns, path.read_bytes()) == before  # not rewritten
    again = subprocess.run(cmd, cwd=ROOT, env=_env(tmp_path), capture_output=True, text=True, check=True)
    assert "0 compiled now (already complete)" in again.stdout


@pytest.mark.parametrize("argv", [[], ["--no-ner"], ["--build", "--bogus"], ["--build", "--policy"]])
def test_build_without_the_flag_prints_usage_and_fails(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert rc.main(argv) == 2
    assert "--build" in capsys.readouterr().err


def test_the_builder_imports_nothing_that_compiles_a_pattern_before_the_block() -> None:
    """`argparse` imports `gettext`, whose module-level pattern would then be compiled outside the
    block and be missing from the file (a start that imports `gettext` inside it would miss)."""
    probe = "import sys, redactor.regex_cache as rc; rc.main(['--help']); print('gettext' in sys.modules)"
    run = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, env=_env(ROOT), capture_output=True, text=True, check=True
    )
    assert run.stdout.strip().splitlines()[-1] == "False"


def _stored(path: Path, pattern: str) -> None:
    with rc.compile_cache(path):
        re.compile(pattern)
    assert len(rc.load(path)) == 1


def test_a_root_owned_file_is_read_by_another_user(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "re.marshal"
    _stored(path, f"image-{tmp_path.name}-[0-9]{{4}}")
    owner = path.stat().st_uid
    stranger = max(owner, 0) + 4242  # neither the file's owner nor root
    monkeypatch.setattr(os, "geteuid", lambda: stranger)
    assert (rc.load(path) != {}) == (owner == 0), "root's file is trusted, another user's is not"
    if owner == 0:  # running as root: a file of a third user is still refused, a writable one too
        path.chmod(0o644)
        assert rc.load(path) != {}
        path.chmod(0o664)
        assert rc.load(path) == {}
        path.chmod(0o600)
        os.chown(path, stranger + 1, -1)
        assert rc.load(path) == {}


def test_make_install_builds_the_start_up_caches() -> None:
    text = (ROOT / "Makefile").read_text(encoding="utf-8")
    stamp = text.split("$(STAMP):", 1)[1].split("\n\n", 1)[0]
    assert "startup-cache" in stamp
    target = text.split("\nstartup-cache:", 1)[1].split("\n\n", 1)[0]
    assert "-m compileall" in target and "-m redactor.regex_cache --build" in target


def test_registering_the_commands_does_not_import_the_http_server() -> None:
    """Every command's start-up imports `redactor.cli` (all commands registered); `redactor serve`
    imports its HTTP server (`http.server`, `socketserver`) when it runs, not at registration."""
    probe = "import sys, redactor.cli; print(sorted({'redactor.io.hec_server', 'http.server'} & set(sys.modules)))"
    run = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, env=_env(ROOT), capture_output=True, text=True, check=True
    )
    assert run.stdout.strip().splitlines()[-1] == "[]"
