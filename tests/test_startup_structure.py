"""Start-up must not regress structurally (issue 6: first output record <= 3 s after start).

Not a timed test: each check names work that once ran at every start and must not come back.

* A warm start compiles no regex: every `re` pattern the engine build compiles has the same text in
  every process, so `redactor.regex_cache` finds its stored code and does not rewrite its file.
  A pattern joined from a set in hash order (ties of a longest-first sort included) changes its
  text from process to process, misses at every start (a full `re` parse and compile) and makes
  the cache file be rewritten (~4 MB) at every start. Two processes with different hash seeds.
* Building an engine matches no RE2 set: the literal sets' self-check (a text made of all their
  literals) made RE2 build DFA states no real text reaches. The check runs here instead, on every
  set the registry builds.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import re2  # type: ignore[import-untyped]  # google-re2 ships no type information

from redactor.detect import prefilter

ROOT = Path(__file__).resolve().parents[1]

_BUILD = """
import json, sys
from redactor import regex_cache as rc
counts = {}
orig = rc.compile_cache
def spy(path=None):
    cm = orig(path)
    class W:
        def __enter__(self):
            c = cm.__enter__(); counts['c'] = c; return c
        def __exit__(self, *a):
            return cm.__exit__(*a)
    return W()
rc.compile_cache = spy
from redactor.policy import load_policy
from redactor.pipeline import build_engine
build_engine(load_policy('policies/default.yaml'), load_ner=False)
print(json.dumps(counts['c']))
"""


def _build(cache: Path, seed: str) -> dict[str, int]:
    env = {k: v for k, v in os.environ.items() if k != "REDACTOR_DISABLE_SPEEDUPS"}
    env.update(REDACTOR_CACHE_DIR=str(cache), PYTHONPATH=str(ROOT), PYTHONHASHSEED=seed)
    run = subprocess.run([sys.executable, "-c", _BUILD], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    counts: dict[str, int] = json.loads(run.stdout.strip().splitlines()[-1])
    return counts


def test_a_warm_start_compiles_no_regex_and_rewrites_no_cache(tmp_path: Path) -> None:
    from redactor import regex_cache

    if not regex_cache.supported():  # pragma: no cover - another interpreter: nothing is cached
        pytest.skip("regex code cache not supported on this interpreter")
    first = _build(tmp_path, "1")
    assert first["misses"] > 1000 and first["hits"] == 0
    path = regex_cache.cache_path({"REDACTOR_CACHE_DIR": str(tmp_path)})
    written = path.stat().st_mtime_ns, path.read_bytes()
    second = _build(tmp_path, "2")  # another hash seed: another order of every set
    assert second["misses"] == 0, "a pattern's text differs between processes (joined from a set's order?)"
    assert second["hits"] == first["misses"]
    assert first["memo_misses"] > 20 and second["memo_misses"] == 0  # first_chars read from the file
    assert second["memo_hits"] == first["memo_misses"]
    assert (path.stat().st_mtime_ns, path.read_bytes()) == written


def _literal_sets() -> list[tuple[str, Any, tuple[str, ...]]]:
    """Every RE2 literal set the registry builds: the engine's keyword prefilter and each
    `LiteralGroups` of a detector module, with its literals in set order."""
    from redactor.detect.engine import DetectionEngine
    from redactor.detect.pii import contact_rows, speakers
    from redactor.detect.registry import all_detectors
    from redactor.detect.secrets import context

    engine = DetectionEngine(all_detectors(), None)
    assert engine.prefilter is not None
    out: list[tuple[str, Any, tuple[str, ...]]] = [("keywords", engine.prefilter._set, engine.prefilter.literals)]
    for name, groups in (
        ("speakers", speakers._LITERALS),
        ("contact_rows", contact_rows._ANCHOR_LITERALS),
        ("context", context._CUES),
    ):
        lits = tuple(dict.fromkeys(lit for g in groups.groups.values() for lit in g if lit))
        out.append((name, groups._set, lits))
    return out


def test_every_literal_set_passes_the_self_check_it_no_longer_runs_at_start() -> None:
    sets = _literal_sets()
    assert sum(len(lits) for _, _, lits in sets) > 1000
    for name, s, lits in sets:
        assert s is not None, name
        prefilter.self_check(s, lits)  # raises RuntimeError on a miss


def test_building_the_sets_matches_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    inner = re2.Set.Match

    def counted(self: Any, text: Any) -> Any:
        calls.append(len(text))
        return inner(self, text)

    monkeypatch.delenv("REDACTOR_DISABLE_SPEEDUPS", raising=False)
    monkeypatch.setattr(re2.Set, "Match", counted)
    from redactor.detect.engine import DetectionEngine
    from redactor.detect.prefilter import LiteralGroups
    from redactor.detect.registry import all_detectors

    DetectionEngine(all_detectors(), None)
    LiteralGroups({"a": ("x", "yz"), "b": ("q",)})
    assert calls == []


def test_the_self_check_still_runs_when_asked_and_catches_a_lost_literal(monkeypatch: pytest.MonkeyPatch) -> None:
    s = prefilter.literal_set(("alpha", "beta", "gamma"), check=True)
    assert sorted(s.Match(b"beta gamma")) == [1, 2]
    monkeypatch.setattr(prefilter, "SELF_CHECK", True)
    prefilter.literal_set(("one", "two"))
    with pytest.raises(RuntimeError, match="found 3 of 4"):
        prefilter.self_check(s, ("alpha", "beta", "gamma", "delta"))


_LAZY = """
import json
from redactor.policy import load_policy
from redactor.pipeline import build_engine
from redactor.detect.pii import field_label_finder as fl
engine = build_engine(load_policy('policies/default.yaml'), load_ner=False)
before = [f.cache_info().currsize for f in (fl._find, fl._find_latin, fl._find_other)]
engine.analyze(["Name: Jane Example, call me", "Prénom : Jeanne, ПІБ: Іван Петренко"])
after = [f.cache_info().currsize for f in (fl._find, fl._find_latin, fl._find_other)]
print(json.dumps([before, after]))
"""


def test_field_label_finders_behind_a_gate_are_compiled_on_first_use(tmp_path: Path) -> None:
    """`pii.field_label`'s whole finder and its two halves are reached only by some texts (a
    non-ASCII character; hits that might overlap): an engine build compiles none of them."""
    env = {k: v for k, v in os.environ.items() if k != "REDACTOR_DISABLE_SPEEDUPS"}
    env.update(REDACTOR_CACHE_DIR=str(tmp_path), PYTHONPATH=str(ROOT))
    run = subprocess.run([sys.executable, "-c", _LAZY], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    before, after = json.loads(run.stdout.strip().splitlines()[-1])
    assert before == [0, 0, 0]
    assert after[2] == 1  # a non-ASCII text reached `_FIND_OTHER`


def test_the_lazy_finders_are_the_module_attributes_they_were() -> None:
    from redactor.detect.pii import field_label_finder as fl

    assert fl._FIND is fl._find() and fl._FIND_OTHER is fl._find_other() and fl._FIND_LATIN is fl._find_latin()
    with pytest.raises(AttributeError):
        _ = fl._NO_SUCH_FINDER
    text = "Vorname: Jürgen, name: Ann, ПІБ: Іван"
    data = text.encode()
    hits = fl._split_hits(data)
    assert hits is None or hits == fl._byte_hits(fl._FIND, data)
    assert list(fl._hits(text)) == list(fl._hits(text, fast=False))
