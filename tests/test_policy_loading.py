"""Policies load strictly and fail closed with errors that point (file, path, line) and teach."""

from __future__ import annotations

from pathlib import Path

import pytest

from redactor.errors import PolicyError
from redactor.policy import Action, load_policy, parse_policy, policy_version

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = sorted((ROOT / "policies").glob("*.yaml"))


def test_there_are_shipped_policies() -> None:
    assert {p.name for p in SHIPPED} >= {"default.yaml", "strict.yaml"}


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_every_shipped_policy_validates(path: Path) -> None:
    pol = load_policy(path)
    assert pol.version == 1
    assert pol.name == path.stem


def _problems(text: str) -> list[str]:
    with pytest.raises(PolicyError) as ei:
        parse_policy(text, "team.yaml")
    assert ei.value.source == "team.yaml"
    return ei.value.problems


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a mask char of two characters: points at rules[0].mask.char with its line
        (
            "version: 1\nname: t\nrules:\n  - entities: [EMAIL_ADDRESS]\n    action: mask\n    mask: {char: '**'}\n",
            'rules[0].mask.char (line 6): must be one character (got "**")',
        ),
        # unknown key (typo) anywhere is an error, never ignored
        (
            "version: 1\nname: t\ndetection:\n  min_scor: 0.3\n",
            "detection.min_scor (line 4): Extra inputs are not permitted "
            "(unknown key; check the spelling against `redactor policy schema`)",
        ),
        # unknown entity names fail closed and list the allowed ones
        (
            "version: 1\nname: t\nrules:\n  - entities: [EMAIL]\n    action: redact\n",
            "rules[0].entities (line 4): unknown entity type(s) EMAIL; allowed: * or SECRET",
        ),
        # keep on everything would leave secrets in clear
        (
            "version: 1\nname: t\nrules:\n  - action: keep\n",
            "rules[0] (line 4): action keep would leave secrets in clear",
        ),
        # default_action keep is refused
        (
            "version: 1\nname: t\ndefault_action: keep\n",
            "default_action (line 3): default_action keep would leave unmatched findings",
        ),
        # wrong version
        ("version: 2\nname: t\n", "version (line 1): Input should be 1"),
        # options that do not match the action
        (
            "version: 1\nname: t\nrules:\n  - entities: [PERSON]\n    action: redact\n    mask: {char: '#'}\n",
            "mask options given but action is redact",
        ),
        # unknown action lists the allowed ones
        (
            "version: 1\nname: t\nrules:\n  - action: hide\n",
            "rules[0].action (line 4): Input should be 'placeholder', 'pseudonym', 'mask', 'redact' or 'keep'",
        ),
        # identity fields are whole envelope fields: a path would silently never apply
        (
            "version: 1\nname: t\nfields:\n  identity: {body.user: redact}\n",
            "fields.identity (line 4): identity names top-level envelope fields (like user_id or actor), "
            "not paths: body.user",
        ),
        # score out of range
        (
            "version: 1\nname: t\ndetection: {min_score: 3}\n",
            "detection.min_score (line 3): Input should be less than or equal to 1",
        ),
    ],
)
def test_invalid_policies_point_and_teach(text: str, expected: str) -> None:
    problems = _problems(text)
    assert any(expected in p for p in problems), problems


def test_every_problem_is_reported_not_just_the_first() -> None:
    problems = _problems("version: 1\nname: t\ndetection: {min_score: 3, bogus: 1}\ndefault_action: keep\n")
    assert len(problems) == 3


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "the file is empty; start from policies/default.yaml"),
        ("- a\n- b\n", "the top level must be a mapping of keys, got a list"),
        ("name: t\n", "version: missing; add `version: 1` at the top"),
        ("version: 1\nname: [unclosed\n", "line 3, column 1: "),
    ],
)
def test_unparseable_files(text: str, expected: str) -> None:
    assert any(expected in p for p in _problems(text))


def test_missing_file_says_where_policies_are(tmp_path: Path) -> None:
    with pytest.raises(PolicyError) as ei:
        load_policy(tmp_path / "nope.yaml")
    assert "file not found; shipped policies are in policies/" in str(ei.value)


def test_policy_version_changes_with_content() -> None:
    a = parse_policy("version: 1\nname: t\n")
    b = parse_policy("version: 1\nname: t\ndefault_action: redact\n")
    assert policy_version(a).startswith("t@")
    assert policy_version(a) != policy_version(b)
    assert policy_version(a) == policy_version(parse_policy("version: 1\nname: t\n"))


def test_defaults_fail_closed() -> None:
    pol = parse_policy("version: 1\nname: t\n")
    assert pol.default_action is Action.PLACEHOLDER
    assert pol.fields.metadata == []  # nothing is safe unless listed
    assert pol.detection.entities == ["*"]
