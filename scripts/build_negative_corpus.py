#!/usr/bin/env python3
"""Build a negative corpus from this machine's own files, and summarise what detection masks in it.

Texts that hold no secret and, mostly, no personal data: files sampled from the virtualenv's
site-packages (source, docs, READMEs, configs, test fixtures, changelogs), /usr/share/doc, /etc
(files whose path names keys, secrets, shadow or credentials are skipped), man pages, and the
output of common shell commands run in this repository (``ls -la``, ``ps``, ``env`` with values
removed, ``git log``, ``pip list``, ``df``...). Each text is used plain, wrapped in a JSON tool
result, an MCP ``result`` or a fenced block, as agents see them. Sampling is seeded.

Package author names and e-mails (AUTHORS, copyright lines, METADATA) ARE personal data; read
the summary by detector and by value before calling anything a false positive.

Usage::

    python scripts/build_negative_corpus.py build OUT_DIR          # OUT_DIR/corpus.jsonl
    redactor detect --text-field text --policy policies/default.yaml OUT_DIR/corpus.jsonl > pred.jsonl
    python scripts/build_negative_corpus.py summary OUT_DIR/corpus.jsonl pred.jsonl [--values]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import sysconfig
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXTS = frozenset(
    {".py", ".md", ".rst", ".txt", ".yaml", ".yml", ".json", ".toml", ".cfg", ".ini", ".html", ".js", ".ts"}
    | {".c", ".h", ".pyi", ".csv", ".xml", ".sh", ".j2", ".jinja"}
)
NAMES = frozenset(("METADATA", "README", "CHANGES", "LICENSE", "AUTHORS", "RECORD", "entry_points.txt"))
SKIP_ETC = re.compile(r"shadow|gshadow|ssl/private|\.key$|\.pem$|secret|credential|passwd-")
COMMANDS = (
    "ls -la",
    "ls -la redactor/detect",
    "ls -la /usr/lib | head -60",
    "ps aux | head -40",
    "df -h",
    "uname -a",
    "git log --stat -n 8",
    "git log -n 15",
    "pip list 2>/dev/null | head -120",
    "env | sed 's/=.*/=/' | sort",
    "cat /proc/cpuinfo | head -30",
    "free -m",
    "mount | head -30",
    "ls -la /etc | head -60",
    "find redactor -name '*.py' | head -80",
    "dpkg -l | head -80",
    "cat /proc/meminfo | head -30",
    "git log --format='%h %ad %s' --date=iso -n 40",
    "git diff --stat HEAD~5 HEAD",
    "pip freeze | head -100",
    "cat /etc/os-release",
    "locale 2>/dev/null",
    "ulimit -a",
)
"""Shell commands whose output is sampled (run in the repository, with the running interpreter's PATH)."""


class Builder:
    """Collects texts; `rng` decides samples, cuts and carriers."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.records: list[dict[str, object]] = []

    def cut(self, text: str, size: int = 1800) -> str:
        """A window of about `size` characters starting at a line."""
        if len(text) <= size:
            return text
        start = self.rng.randrange(0, len(text) - size)
        start = text.rfind("\n", 0, start) + 1
        return text[start : start + size]

    def add(self, source: str, text: str, carrier: str | None) -> None:
        """One record; `carrier`: None (plain), ``tool``, ``mcp`` or ``fence``."""
        text = text.strip("\n")
        if not text.strip():
            return
        n = len(self.records)
        if carrier == "tool":
            text = json.dumps({"tool_call_id": f"call_{n}", "role": "tool", "name": "read_file", "content": text})
        elif carrier == "mcp":
            text = json.dumps({"jsonrpc": "2.0", "id": n, "result": {"content": [{"type": "text", "text": text}]}})
        elif carrier == "fence":
            text = "Here is the file you asked about:\n\n```\n" + text + "\n```\n"
        self.records.append({"id": f"neg-{n:05d}", "source": source, "kind": "negative", "text": text, "spans": []})

    def files(self, source: str, paths: list[Path], count: int, carriers: tuple[str | None, ...]) -> None:
        """Up to `count` readable UTF-8 text files of `paths`, in a seeded order."""
        self.rng.shuffle(paths)
        taken = 0
        for path in paths:
            if taken >= count:
                break
            try:
                text = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            if "\x00" in text or len(text) < 80:
                continue
            self.add(f"{source}:{path.suffix}", self.cut(text), self.rng.choice(carriers))
            taken += 1


def build(out: Path, seed: int, per_source: int) -> int:
    """Write ``out/corpus.jsonl``; returns the number of records."""
    b = Builder(random.Random(seed))
    site = Path(sysconfig.get_paths()["purelib"])
    wanted = [
        p
        for p in site.rglob("*")
        if p.is_file() and (p.suffix in EXTS or p.name in NAMES) and p.stat().st_size < 2_000_000
    ]
    b.files("site-packages", sorted(wanted), per_source * 9, (None, None, "tool", "mcp", "fence"))
    docs = sorted(p for p in Path("/usr/share/doc").rglob("*") if p.is_file() and p.suffix != ".gz")
    b.files("usr-share-doc", docs, per_source, (None, "tool"))
    etc = sorted(
        p for p in Path("/etc").rglob("*") if p.is_file() and os.access(p, os.R_OK) and not SKIP_ETC.search(str(p))
    )
    b.files("etc", etc, per_source, (None, "tool", "fence"))
    pages = sorted(os.listdir("/usr/share/man/man1")) if Path("/usr/share/man/man1").is_dir() else []
    b.rng.shuffle(pages)
    taken = 0
    for page in pages:
        if taken >= per_source * 2 // 3:
            break
        run = subprocess.run(
            ["man", "-P", "cat", page.split(".")[0]],
            capture_output=True,
            text=True,
            env={**os.environ, "MANWIDTH": "80"},
            check=False,
        )
        if run.returncode == 0 and len(run.stdout) >= 200:
            b.add("man", b.cut(run.stdout), b.rng.choice((None, "tool")))
            taken += 1
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}:{os.environ.get('PATH', '')}"}
    for command in COMMANDS:
        run = subprocess.run(command, shell=True, capture_output=True, text=True, cwd=ROOT, env=env, check=False)
        output = b.cut(run.stdout, 2500)
        b.add("shell:" + command, "$ " + command + "\n" + output, None)
        b.add("shell:" + command, json.dumps({"command": command, "exit_code": 0, "stdout": output}), None)
    out.mkdir(parents=True, exist_ok=True)
    with (out / "corpus.jsonl").open("w", encoding="utf-8") as f:
        for record in b.records:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    return len(b.records)


def summary(corpus: Path, predictions: Path, values: bool) -> None:
    """Records with any masking, regions per detector and entity, and (with `values`) the masked values."""
    texts = {r["id"]: r for r in map(json.loads, corpus.read_text(encoding="utf-8").splitlines())}
    per: Counter[tuple[str, str]] = Counter()
    shown: Counter[tuple[str, str, str]] = Counter()
    masked = 0
    for line in predictions.read_text(encoding="utf-8").splitlines():
        p = json.loads(line)
        masked += bool(p["spans"])
        for s in p["spans"]:
            per[(s["detector"], s["entity"])] += 1
            text = texts[p["id"]]["text"]
            shown[(s["detector"], texts[p["id"]]["source"], text[s["start"] : s["end"]])] += 1
    share = masked / max(1, len(texts))
    print(f"records {len(texts)}, with any masking {masked} ({share:.3f}), regions {sum(per.values())}")
    for (detector, entity), n in per.most_common():
        print(f"{n:6}  {detector}  {entity}")
    if values:
        for (detector, source, value), n in sorted(shown.items()):
            print(f"{n:4}  {detector}  {source}  {value!r}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build", help="write OUT_DIR/corpus.jsonl")
    b.add_argument("out", type=Path)
    b.add_argument("--seed", type=int, default=7)
    b.add_argument("--per-source", type=int, default=120, help="texts per source (site-packages takes 9x)")
    s = sub.add_parser("summary", help="regions per detector of a `redactor detect` run over the corpus")
    s.add_argument("corpus", type=Path)
    s.add_argument("predictions", type=Path)
    s.add_argument("--values", action="store_true", help="also list every masked value (may be personal data)")
    args = ap.parse_args()
    if args.cmd == "build":
        print(f"{build(args.out, args.seed, args.per_source)} records in {args.out / 'corpus.jsonl'}")
    else:
        summary(args.corpus, args.predictions, args.values)
    return 0


if __name__ == "__main__":
    sys.exit(main())
