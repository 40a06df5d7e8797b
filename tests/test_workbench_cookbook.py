"""docs/cookbook.md: every snippet validates, and every `check:` line under it holds, verified with
the product's own rule matching (transformer, retention stamping, encryption stage, decoding)."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
import yaml

from redactor.crypto.stage import EncryptStage
from redactor.detect.registry import detector_ids
from redactor.policy import Policy, parse_policy
from redactor.records import decode
from redactor.retention.stamp import field_classes
from redactor.secret import SecretBytes
from redactor.transform.operators import Transformer
from redactor.transform.placeholders import PlaceholderVault
from redactor.workbench.canary import CanaryFile
from redactor.workbench.carriers import CARRIERS, Ctx
from redactor.workbench.common import ephemeral_keyring
from redactor.workbench.diff import _Skips

DOC = Path(__file__).resolve().parents[1] / "docs" / "cookbook.md"
BLOCK = re.compile(r"```yaml( canaries)?\n(.*?)```\n((?:check: [^\n]*\n)*)", re.S)
KEY = SecretBytes(b"c" * 32)
MARK = "Qx7cookbookmark"


def snippets() -> list[tuple[str, bool, str, list[str]]]:
    text = DOC.read_text(encoding="utf-8")
    out = []
    for m in BLOCK.finditer(text):
        title = text[: m.start()].rsplit("\n## ", 1)[-1].split("\n", 1)[0]
        checks = [c.removeprefix("check: ").strip() for c in m.group(3).splitlines()]
        out.append((title, bool(m.group(1)), m.group(2), checks))
    return out


SNIPPETS = snippets()


def test_the_cookbook_has_its_recipes() -> None:
    assert len(SNIPPETS) >= 14
    assert DOC.read_text().count("```yaml") == len(SNIPPETS)  # no block escapes the test


@pytest.mark.parametrize(("title", "is_canaries", "body", "checks"), SNIPPETS, ids=[s[0] for s in SNIPPETS])
def test_snippet(tmp_path: Path, title: str, is_canaries: bool, body: str, checks: list[str]) -> None:
    assert checks, f"{title}: every snippet needs at least one check: line"
    if is_canaries:
        cf = CanaryFile.model_validate(yaml.safe_load(body))
        for c in checks:
            want = f"canaries {len(cf.canaries)}, keep {len(cf.keep)}, allow {','.join(cf.allow_in_clear)}"
            assert c == want
        return
    pol = parse_policy(body, f"cookbook: {title}")
    for c in checks:
        check(pol, c, tmp_path)


def _slot_kind_record(kind: str) -> dict[str, object]:
    carrier = {"tool_result": "tool_result", "prompt": "prompt", "assistant": "assistant", "system": "system"}[kind]
    return CARRIERS[carrier](Ctx(0, random.Random(0)), MARK)


def check(pol: Policy, line: str, tmp_path: Path) -> None:
    what, _, want = (x.strip() for x in line.partition("="))
    words = what.split()
    op = words[0]
    if op == "action":
        entity, path = words[1], words[2]
        action, rule = Transformer(pol, KEY, PlaceholderVault(KEY)).rule_for(entity, path)
        name = (rule.name or f"rules[{pol.rules.index(rule)}]") if rule else "default_action"
        assert f"{action.value} ({name})" == want, line
    elif op == "scope":
        assert pol.placeholders.scope.value == want, line
    elif op == "scanned":
        assert ("no" if _Skips(pol)(words[1]) else "yes") == want, line
    elif op == "detects":
        assert ("yes" if "*" in pol.detection.entities or words[1] in pol.detection.entities else "no") == want, line
    elif op == "min_score":
        assert pol.detection.min_score == float(want), line
    elif op == "disabled":
        assert words[1] in detector_ids(), f"{line}: no detector has that id"
        assert ("yes" if words[1] in pol.detection.disabled_detectors else "no") == want, line
    elif op == "identity":
        assert pol.fields.identity[words[1]].value == want, line
    elif op in ("encrypts", "encrypts-entity"):
        ring = ephemeral_keyring(tmp_path, random=lambda n: b"\x03" * n)
        stage = EncryptStage(pol.encryption, ring, now=0)
        rule = stage.field_rule(words[1]) if op == "encrypts" else stage.entity_rule(words[1], words[2])
        assert (rule.name if rule else "no") == want, line
        ring.close()
    elif op == "record-class":
        cls = pol.retention.record_class(words[1])
        assert (f"{cls} {pol.retention.classes[cls]}" if cls else "none") == want, line
    elif op == "field-class":
        rec = _slot_kind_record(words[1])
        classes = field_classes(pol.retention, rec)
        paths = [s.path for s in decode(rec).slots if MARK in s.text]
        assert len(paths) == 1
        cls = classes.get(paths[0])
        assert (f"{cls} {pol.retention.classes[cls]}" if cls else "none") == want, line
    elif op == "on_ingest_expired":
        assert pol.retention.on_ingest_expired == want, line
    else:
        raise AssertionError(f"unknown check {op!r} in {line!r}")


def test_a_wrong_check_fails(tmp_path: Path) -> None:
    """The checker is not vacuous: a claim that does not hold is caught."""
    pol = parse_policy("version: 1\nname: x\nrules:\n  - {name: m, entities: [CREDIT_CARD], action: mask}\n")
    check(pol, "action CREDIT_CARD body.messages[1].content = mask (m)", tmp_path)
    with pytest.raises(AssertionError):
        check(pol, "action CREDIT_CARD body.messages[1].content = placeholder (default_action)", tmp_path)
    with pytest.raises(AssertionError):
        check(pol, "scanned body.messages[1].content = no", tmp_path)
