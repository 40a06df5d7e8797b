"""`redactor.regex_cache`: patterns built from stored code are the patterns `re` builds."""

from __future__ import annotations

import os
import random
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from redactor import regex_cache as rc

pytestmark = pytest.mark.skipif(not rc.supported(), reason="interpreter without the re internals this reproduces")

ROOT = Path(__file__).resolve().parents[1]


def _random_patterns(seed: int, n: int) -> list[tuple[str | bytes, int]]:
    """Patterns from a small grammar: groups (named too), classes, lookarounds, quantifiers,
    alternations, inline and outside flags, non-ASCII, str and bytes."""
    rng = random.Random(seed)
    atoms = [r"\d", r"\w", r"[a-fA-F0-9]", r"[^\W\d_]", "x", "é", r"\b", r"\s", ".", r"\.", "[-_]", r"\u4e00"]

    def piece(depth: int) -> str:
        r = rng.random()
        if depth > 2 or r < 0.45:  # quantifiers on single atoms only (no catastrophic backtracking)
            return rng.choice(atoms) + rng.choice(["", "", "*", "+?", "{1,3}", "?"])
        if r < 0.6:
            a = "(?:" + "|".join(piece(depth + 1) for _ in range(rng.randint(2, 4))) + ")"
        elif r < 0.7:
            a = f"(?P<g{rng.randint(0, 10**6)}>" + piece(depth + 1) + ")"
        elif r < 0.8:
            a = rng.choice(["(?=", "(?!", "(?<=", "(?<!"]) + rng.choice(atoms[:5]) + ")"
        elif r < 0.9:
            a = "(" + piece(depth + 1) + ")"
        else:
            a = "(?i:" + piece(depth + 1) + ")"
        return a

    out: list[tuple[str | bytes, int]] = []
    for _ in range(n):
        src = "".join(piece(0) for _ in range(rng.randint(1, 6)))
        flags = rng.choice([0, re.I, re.M, re.S, re.X, re.I | re.M, re.A])
        if rng.random() < 0.2 and src.isascii() and "\\u" not in src:
            out.append((src.encode(), flags & ~re.A if flags & re.A else flags))
        else:
            out.append((src, flags))
    return out


def _fresh(pattern: str | bytes, flags: int) -> re.Pattern[str] | re.Pattern[bytes] | None:
    try:
        return rc._compiler.compile(pattern, flags)  # type: ignore[no-any-return]
    except re.error:
        return None


def test_stored_code_builds_the_same_patterns(tmp_path: Path) -> None:
    pats = [(p, f) for p, f in _random_patterns(7, 400) if _fresh(p, f) is not None]
    assert len(pats) > 200
    path = tmp_path / "re.marshal"
    with rc.compile_cache(path) as first:
        for p, f in pats:
            rc._compiler.compile(p, f)
    assert first["misses"] == len(set(pats)) or first["misses"] == len(pats)
    assert path.exists() and oct(path.stat().st_mode & 0o777) == "0o600"
    stored = rc.load(path)
    assert len(stored) == len({(type(p), p, f) for p, f in pats})
    with rc.compile_cache(path) as second:
        built = [rc._compiler.compile(p, f) for p, f in pats]
    assert second == {"hits": len(pats), "misses": 0, "memo_hits": 0, "memo_misses": 0}
    rng = random.Random(3)
    for (p, f), got in zip(pats, built, strict=True):
        want: Any = _fresh(p, f)
        assert got == want  # CPython: equal flags, pattern text and code
        assert (got.groups, got.groupindex, got.flags) == (want.groups, want.groupindex, want.flags)
        for _ in range(3):
            s = "".join(rng.choice("ab9 x.é_-\u4e00AF\n") for _ in range(rng.randint(0, 16)))
            subject: str | bytes = s if isinstance(p, str) else s.encode()
            assert [m.span() for m in got.finditer(subject)] == [m.span() for m in want.finditer(subject)]


def test_errors_raise_as_re_does(tmp_path: Path) -> None:
    with rc.compile_cache(tmp_path / "re.marshal"), pytest.raises(re.error) as inside:
        re.compile("(?P<a>x)(?P<a>y)")
    with pytest.raises(re.error) as outside:
        re.compile("(?P<a>x)(?P<a>y)")
    assert str(inside.value) == str(outside.value)


def test_the_block_restores_re_and_nests(tmp_path: Path) -> None:
    before = rc._compiler.compile
    with rc.compile_cache(tmp_path / "a") as outer:
        patched = rc._compiler.compile
        assert patched is not before
        with rc.compile_cache(tmp_path / "b") as inner:
            assert rc._compiler.compile is patched
            re.compile("nested-[0-9]+-only")
        assert inner == {"hits": 0, "misses": 0, "memo_hits": 0, "memo_misses": 0}
    assert rc._compiler.compile is before
    assert outer["misses"] == 1 and (tmp_path / "a").exists() and not (tmp_path / "b").exists()


@pytest.mark.parametrize(
    "content",
    [b"", b"not marshal", b"\x00" * 50, None],  # None: a valid file from another interpreter
)
def test_damaged_or_foreign_files_are_ignored(tmp_path: Path, content: bytes | None) -> None:
    import marshal

    path = tmp_path / "re.marshal"
    path.write_bytes(
        content if content is not None else marshal.dumps(("other-python", [("x", 0, (0, [1], 0, {}, ()))]))
    )
    path.chmod(0o600)
    assert rc.load(path) == {}
    with rc.compile_cache(path) as c:
        got = re.compile(f"damaged-{tmp_path.name}-[a-z]+")  # a text `re`'s own cache has not seen
    assert c["misses"] == 1 and got.fullmatch(f"damaged-{tmp_path.name}-abc")
    assert len(rc.load(path)) == 1  # rewritten


def test_a_file_others_may_write_is_not_trusted(tmp_path: Path) -> None:
    path = tmp_path / "re.marshal"
    with rc.compile_cache(path):
        re.compile("trusted-[0-9]{3}")
    assert len(rc.load(path)) == 1
    path.chmod(0o666)
    assert rc.load(path) == {}


def test_switched_off_and_unwritable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REDACTOR_DISABLE_SPEEDUPS", "regex")
    before = rc._compiler.compile
    with rc.compile_cache(tmp_path / "off") as c:
        assert rc._compiler.compile is before
        re.compile("switched-off-[0-9]")
    assert c == {"hits": 0, "misses": 0, "memo_hits": 0, "memo_misses": 0} and not (tmp_path / "off").exists()
    monkeypatch.delenv("REDACTOR_DISABLE_SPEEDUPS")
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with rc.compile_cache(blocker / "sub" / "re.marshal") as c:  # a file where the directory should be
        assert re.compile("unwritable-[0-9]").match("unwritable-1")
    assert c["misses"] == 1


def test_cache_path_follows_the_environment(tmp_path: Path) -> None:
    tag = sys.implementation.cache_tag
    assert rc.cache_path({"REDACTOR_CACHE_DIR": str(tmp_path)}) == tmp_path / f"re-{tag}-f{rc.FORMAT}.marshal"
    assert rc.cache_path({"XDG_CACHE_HOME": str(tmp_path)}) == tmp_path / "redactor" / f"re-{tag}-f{rc.FORMAT}.marshal"


def test_every_pattern_an_engine_build_stores_equals_a_fresh_compile(tmp_path: Path) -> None:
    """A real build in a fresh process (the detector modules' and the pipeline's patterns): every
    stored entry builds the pattern `re` builds, and a second build finds nearly all of them."""
    code = (
        "import json, sys\n"
        "from redactor import regex_cache as rc\n"
        "counts = {}\n"
        "orig = rc.compile_cache\n"
        "def spy(path=None):\n"
        "    cm = orig(path)\n"
        "    class W:\n"
        "        def __enter__(self):\n"
        "            c = cm.__enter__(); counts['c'] = c; return c\n"
        "        def __exit__(self, *a):\n"
        "            return cm.__exit__(*a)\n"
        "    return W()\n"
        "rc.compile_cache = spy\n"
        "from redactor.policy import load_policy\n"
        "from redactor.pipeline import build_engine\n"
        "build_engine(load_policy('policies/default.yaml'), load_ner=False)\n"
        "print(json.dumps(counts['c']))\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "REDACTOR_DISABLE_SPEEDUPS"}
    env.update(REDACTOR_CACHE_DIR=str(tmp_path), PYTHONPATH=str(ROOT))
    runs = [
        subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
        for _ in range(2)
    ]
    import json

    first, second = (json.loads(r.stdout.strip().splitlines()[-1]) for r in runs)
    assert first["misses"] > 1000 and first["hits"] == 0
    # patterns whose text differs between processes (built from a set's order) are the only misses
    assert second["hits"] > 1000 and second["misses"] < 50
    stored = rc.load(rc.cache_path({"REDACTOR_CACHE_DIR": str(tmp_path)}))
    assert len(stored) > 1000
    for (_, pattern, flags), entry in stored.items():
        assert rc.build(pattern, entry) == _fresh(pattern, flags)
