"""`scripts/memory_profile.py` (issue 6, memory flat as the input grows): the memory split it reads
follows real allocations, and a short run (no NER) samples, then attributes memory to each cache.

The split is checked against allocations of known size: a pymalloc-sized burst raises the
pymalloc figure, a large native buffer raises malloc in use, and freeing them lowers both again.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "memory_profile.py"

pytestmark = pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="Linux /proc only")


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("memory_profile_script", SCRIPT)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules["memory_profile_script"] = mod
    spec.loader.exec_module(mod)
    return mod


mp = _load()


def test_pymalloc_figure_follows_small_objects() -> None:
    before = mp.pymalloc_mb()
    small = [(i, str(i)) for i in range(200_000)]  # tuples and short strings: pymalloc blocks
    during = mp.pymalloc_mb()
    del small
    after = mp.pymalloc_mb()
    assert during - before > 10  # 200k tuples + strings: well over 10 MB
    assert during - after > 10


@pytest.mark.skipif(mp.LIBC is None, reason="glibc mallinfo2 only")
def test_malloc_figure_follows_native_buffers() -> None:
    before = mp.state()["malloc_in_use"]
    blobs = [bytearray(100_000) for _ in range(200)]  # 100 kB each: malloc, below the mmap threshold
    during = mp.state()["malloc_in_use"]
    del blobs
    after = mp.state()["malloc_in_use"]
    assert during - before > 15
    assert during - after > 15


def test_short_run_samples_and_attributes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "mem.json"
    assert mp.main(["--records", "40", "--seed", "7", "--every", "10", "--no-ner", "--json", str(out)]) == 0
    report = json.loads(out.read_text())
    records = [s["records"] for s in report["samples"]]
    assert records == sorted(records) and records[-1] == report["end"]["records"]
    assert report["end"]["records"] >= 40  # gen_stream writes at least the lines asked for
    names = [row[0] for row in report["breakdown"]]
    for cache in ("engine result cache", "propagation memo", "render cache", "placeholder numbering"):
        assert any(n.startswith(cache) for n in names), cache
    assert all(r["rss"] > 0 and r["pymalloc"] > 0 for r in report["samples"])
    printed = capsys.readouterr().out
    assert "held by each cache" in printed and "built:" in printed
