"""Helpers the workbench commands share: a throw-away keyring, shared engines, path grouping."""

from __future__ import annotations

import base64
import os
import re
from collections.abc import Callable, Sequence
from pathlib import Path

from redactor.crypto.keyring import ENV_KEY, Keyring, open_keyring
from redactor.detect.engine import DetectionEngine
from redactor.pipeline import Pipeline, build_engine
from redactor.policy import Policy

Random = Callable[[int], bytes]
"""Returns n random bytes (os.urandom in production, a seeded source in tests)."""

_INDEX = re.compile(r"\[\d+\]")


def ephemeral_keyring(workdir: Path, *, random: Random = os.urandom) -> Keyring:
    """A keyring that exists only for one run: one random root key held in memory
    (`SecretBytes`), purpose keys derived from it, data keys in a scratch SQLite file under
    `workdir`. Nothing it encrypts can be decrypted after the run."""
    root = base64.b64encode(random(32)).decode("ascii")
    env = {ENV_KEY: f"workbench:{root}"}
    return open_keyring(env=env, datakeys="sqlite:///" + str(workdir / "workbench-datakeys.db"))


def engines_for(policies: Sequence[Policy]) -> list[DetectionEngine]:
    """One detection engine per policy; policies with equal detection settings share one, and
    the NER model is loaded at most once."""
    by_settings: dict[str, DetectionEngine] = {}
    ner: object | None = None
    out: list[DetectionEngine] = []
    for p in policies:
        sig = p.detection.model_dump_json()
        engine = by_settings.get(sig)
        if engine is None:
            if p.detection.ner and ner is not None:
                engine = build_engine(p, ner=ner)
            else:
                engine = build_engine(p, load_ner=p.detection.ner)
                if p.detection.ner:
                    ner = engine.ner
            by_settings[sig] = engine
        out.append(engine)
    return out


def pipeline_for(policy: Policy, engine: DetectionEngine, keyring: Keyring, *, now_ms: int) -> Pipeline:
    """A pipeline over an in-memory placeholder vault, encrypting (if the policy says so) under
    `keyring`, with the clock pinned at `now_ms`."""
    _, key = keyring.hmac_key("pseudonym")
    return Pipeline(
        policy, key=key, engine=engine, subject_of=keyring.subject_id, keyring=keyring, now_ms=lambda: now_ms
    )


def field_group(path: str) -> str:
    """A concrete field path with array indices generalised: ``body.messages[3].content`` ->
    ``body.messages[*].content`` (how the workbench groups findings)."""
    return _INDEX.sub("[*]", path.split("#", 1)[0])
