"""The regex code cache (`redactor.regex_cache`) never writes record text to disk (session 12 review).

The cache keeps the pattern text of every pattern compiled while an engine is built. A pattern
built from a record's values (a recurrence search, an escaped value) would put that value in a
file under ``~/.cache``. A fresh process builds an engine with the cache on, detects texts holding
generated values, then builds a second engine (a build after detection is the case where patterns
compiled from text could be swept in); neither value may appear in the file's bytes.
"""

from __future__ import annotations

import os
import random
import string
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_no_record_text_in_the_cache_file(tmp_path: Path) -> None:
    rng = random.Random(1227)
    secret = "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(32))
    person = "Zorwick Quandelmayer"
    code = (
        "import sys\n"
        "from redactor.policy import load_policy\n"
        "from redactor.pipeline import build_engine\n"
        "policy = load_policy('policies/default.yaml')\n"
        "engine = build_engine(policy, load_ner=False)\n"
        "text = sys.argv[1]\n"
        "spans = engine.analyze([text, text + ' again ' + text])\n"
        "print(sum(len(s) for s in spans))\n"
        "build_engine(policy, load_ner=False)\n"
    )
    text = f"export API_SECRET={secret}\nContact: {person}, phone +48 512 640 918, {secret}"
    env = {k: v for k, v in os.environ.items() if k != "REDACTOR_DISABLE_SPEEDUPS"}
    env.update(REDACTOR_CACHE_DIR=str(tmp_path), PYTHONPATH=str(ROOT))
    run = subprocess.run(
        [sys.executable, "-c", code, text], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    assert int(run.stdout.strip().splitlines()[-1]) > 0  # the engine found the values
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert files, "the build wrote no cache file: the check would prove nothing"
    for path in files:
        data = path.read_bytes()
        for value in (secret, person, "Quandelmayer", "512 640 918"):
            assert value.encode() not in data, (path.name, value)
            assert value.encode("utf-16-le") not in data, (path.name, value)
