"""`redactor policy test`: synthetic canaries in every field kind, the survival check, officer
canary files, and the false-positive sample. Real detectors (no NER, for speed)."""

from __future__ import annotations

import json
import random
import re
import zlib
from pathlib import Path
from typing import Any

import pytest

from redactor.cli import main
from redactor.detect.entities import ENTITIES
from redactor.detect.secrets.validators import crc32_base62_ok, jwt_header_ok
from redactor.errors import PolicyError
from redactor.policy import parse_policy
from redactor.records import decode
from redactor.workbench.canary import CanaryFile, CanaryRun, load_canary_file, survives
from redactor.workbench.canary_values import builtin_canaries, iban_de, luhn_card
from redactor.workbench.carriers import CARRIERS, Ctx, truncated_mid_value
from redactor.workbench.common import engines_for, ephemeral_keyring, pipeline_for
from redactor.workbench.fp_sample import FP_CARRIERS, fp_texts

T0 = 1_783_494_912_345

POLICY = """
version: 1
name: canary-test
detection: {ner: false}
fields:
  metadata: [type, endpoint, enterprise_id, github_request_id, event_id, "@timestamp", truncated, _document_id,
             action, created_at, operation_type, business, org, repo]
  identity: {user_id: pseudonym, actor: pseudonym, user: pseudonym, external_identity_nameid: pseudonym,
             actor_ip: redact, user_agent: redact}
rules:
  - name: secrets-are-removed
    entities: [SECRET]
    action: placeholder
"""
NO_NER = "allow_in_clear: [PERSON, LOCATION]\n"  # NER-only findings in this build, with NER off here


def run(tmp_path: Path, policy: str = POLICY, canary_file: str | None = None, seed: int = 0) -> Any:
    pol = parse_policy(policy)
    ring = ephemeral_keyring(tmp_path, random=lambda n: b"\x02" * n)
    [engine] = engines_for([pol])
    cf = CanaryFile.model_validate(__import__("yaml").safe_load(canary_file)) if canary_file else None
    rep = CanaryRun(
        pipeline_for(pol, engine, ring, now_ms=T0),
        policy_name=pol.name,
        canary_file=cf,
        seed=seed,
        now_ms=T0,
        fp_rounds=1,
    ).run()
    ring.close()
    return rep


# --- the canaries themselves ------------------------------------------------------------------------------


def test_every_entity_type_has_a_canary() -> None:
    assert {c.entity for c in builtin_canaries()} == set(ENTITIES)


def test_canaries_are_reproducible_by_seed() -> None:
    a, b, c = builtin_canaries(1), builtin_canaries(1), builtin_canaries(2)
    assert [x.text for x in a] == [x.text for x in b]
    assert [x.text for x in a] != [x.text for x in c]


def _luhn_ok(number: str) -> bool:
    digits = [int(d) for d in number if d.isdigit()]
    total = sum(d if i % 2 == 0 else (d * 2 - 9 if d * 2 > 9 else d * 2) for i, d in enumerate(reversed(digits)))
    return total % 10 == 0


def _iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    moved = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97 == 1


@pytest.mark.parametrize("seed", range(5))
def test_checksummed_formats_are_valid(seed: int) -> None:
    by = {c.name: c for c in builtin_canaries(seed)}
    for name in (
        "secret.github.pat",
        "secret.github.oauth",
        "secret.github.server_to_server",
        "secret.github.refresh",
        "secret.npm.access_token",
    ):
        assert crc32_base62_ok(by[name].needles[0]), name
    assert jwt_header_ok(by["secret.jwt"].needles[0])
    card = by["pii.credit_card"].needles[0]
    assert _luhn_ok(card) and len(card.replace(" ", "")) == 16
    assert _iban_ok(by["pii.iban"].needles[0])


def test_checksum_near_misses_are_rejected() -> None:
    """The independent checks above are not vacuous: one changed digit breaks each."""
    rng = random.Random(7)
    card, iban = luhn_card(rng), iban_de(rng)
    bad_card = card[:-1] + str((int(card[-1]) + 1) % 10)
    bad_iban = iban[:5] + str((int(iban[5]) + 1) % 10) + iban[6:]
    assert not _luhn_ok(bad_card) and not _iban_ok(bad_iban)
    tok = next(c for c in builtin_canaries(7) if c.name == "secret.github.pat").needles[0]
    assert not crc32_base62_ok(tok[:-1] + ("A" if tok[-1] != "A" else "B"))
    assert zlib.crc32(b"") == 0  # (sanity of the stdlib the generator relies on)


# --- carriers -----------------------------------------------------------------------------------------------------

EXPECTED_KIND = {
    "system": "system",
    "prompt": "prompt",
    "assistant": "assistant",
    "tool_arguments": "tool_arguments",
    "tool_result": "tool_result",
    "anthropic_tool_use": "tool_arguments",
    "responses_function_output": "tool_result",
    "sse_body": "assistant",
    "truncated_body": "prompt",
    "audit_event": "audit_field",
}


@pytest.mark.parametrize("carrier", sorted(CARRIERS))
def test_each_carrier_puts_the_text_in_its_field_kind(carrier: str) -> None:
    text = "canary text Zq7Xw9 planted here"
    rec = CARRIERS[carrier](Ctx(T0, random.Random(0)), text)
    dec = decode(json.loads(json.dumps(rec)))
    kinds = {str(s.kind) for s in dec.slots if "Zq7Xw9" in s.text}
    assert kinds == {EXPECTED_KIND[carrier]}


def test_truncated_mid_value_cuts_inside_the_value() -> None:
    rec = truncated_mid_value(Ctx(T0, random.Random(0)), "token ghp_ABCDEFGHIJ", 12)
    assert rec["truncated"] is True
    assert rec["body"].endswith('"content": "Output: token ghp_AB')
    assert "ABC" not in rec["body"]


# --- the survival check ---------------------------------------------------------------------------------------------

NEEDLE = 'pa$$"w0rd\\x'


@pytest.mark.parametrize(
    ("record", "alive"),
    [
        ({"a": f"x {NEEDLE} y"}, True),  # plain string
        ({"body": json.dumps({"m": [{"content": NEEDLE}]})}, True),  # inside a JSON body
        ({"body": json.dumps({"args": json.dumps({"c": NEEDLE})})}, True),  # arguments inside a body
        ({"body": "data: " + json.dumps({"d": NEEDLE}) + "\n\ndata: [DONE]"}, True),  # SSE line
        ({"body": json.dumps({"c": f"cut {NEEDLE} and mo"})[:-3]}, True),  # truncated, not JSON any more
        ({"a": "x <SECRET_1> y"}, False),  # masked
        ({"a": NEEDLE[:-1]}, False),  # near miss: one character short
        ({"n": 12345}, False),
    ],
)
def test_survives(record: dict[str, Any], alive: bool) -> None:
    assert survives(record, [NEEDLE]) is alive


def test_number_needles_match_numbers() -> None:
    assert survives({"user_id": 731906552}, ["731906552"])
    assert not survives({"user_id": 731906553}, ["731906552"])


# --- full runs --------------------------------------------------------------------------------------------------------


def test_default_like_policy_masks_every_covered_canary(tmp_path: Path) -> None:
    rep = run(tmp_path, canary_file="version: 1\n" + NO_NER)
    assert rep.by_status("survived") == [] and rep.by_status("not_stored") == []
    statuses = {c.name: c.status for c in rep.canaries}
    assert all(
        statuses[f"secret.{n}"] == "masked"
        for n in ("github.pat", "aws.access_key_id", "pem", "jwt", "url.credentials", "slack.bot_token")
    )
    assert statuses["identity.audit_envelope"] == "masked" and statuses["identity.user_id"] == "masked"
    assert rep.not_covered == ["ORGANIZATION", "URL"]  # no detector of this build reports them
    assert not rep.failed
    secrets = [c for c in rep.canaries if c.entity == "SECRET"]
    assert all(len(c.masked_in) == len(CARRIERS) + 1 for c in secrets)  # + the cut-mid-value body


def test_a_policy_that_stops_masking_emails_fails(tmp_path: Path) -> None:
    keep = POLICY + "  - name: emails-in-clear\n    entities: [EMAIL_ADDRESS]\n    action: keep\n"
    rep = run(tmp_path, keep, canary_file="version: 1\n" + NO_NER)
    (bad,) = rep.by_status("survived")
    assert (bad.name, bad.entity) == ("pii.email", "EMAIL_ADDRESS")
    assert sorted(bad.survived_in) == sorted(CARRIERS)
    assert rep.failed
    allowed = run(tmp_path, keep, canary_file="version: 1\nallow_in_clear: [PERSON, LOCATION, EMAIL_ADDRESS]\n")
    assert [c.name for c in allowed.by_status("allowed")].count("pii.email") == 1
    assert not allowed.failed


def test_officer_canaries_and_keep_guards(tmp_path: Path) -> None:
    cf = (
        "version: 1\n" + NO_NER + "canaries:\n"
        "  - name: badge-number\n    text: 'badge EMP-4711-2209 for the night shift'\n"
        "    must_not_survive: ['EMP-4711-2209']\n    fields: [prompt, tool_result]\n"
        "  - name: on-call-mail\n    text: 'page oncall-payments@acme-canary.example now'\n"
        "keep:\n"
        "  - name: release-tag\n    text: 'release v2026.07.08-rc1 built from main'\n"
        "  - name: mail-in-keep\n    text: 'write to someone@acme-canary.example'\n    fields: [prompt]\n"
    )
    rep = run(tmp_path, canary_file=cf)
    by = {c.name: c for c in rep.canaries}
    assert by["badge-number"].status == "survived" and sorted(by["badge-number"].survived_in) == [
        "prompt",
        "tool_result",
    ]
    assert by["on-call-mail"].status == "masked" and len(by["on-call-mail"].masked_in) == len(CARRIERS)
    assert rep.keep_broken == {"mail-in-keep": ["prompt"]}  # an e-mail address cannot be kept
    assert rep.keep_total == 2 and rep.failed


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("version: 1\nallow_in_clear: [SECRET]\n", "allow_in_clear: SECRET can never be allowed in clear"),
        ("version: 1\nallow_in_clear: [EMAIL]\n", "allow_in_clear: unknown entity type(s) EMAIL;"),
        ("version: 1\ncanaries: [{name: a, text: b, fields: [body]}]\n", "canaries[0].fields[0]: Input should be"),
        (
            "version: 1\ncanaries: [{name: a, text: b, colour: red}]\n",
            "canaries[0].colour: Extra inputs are not permitted",
        ),
        ("version: 2\n", "version: Input should be 1"),
    ],
)
def test_canary_file_errors_point(tmp_path: Path, text: str, problem: str) -> None:
    p = tmp_path / "team.canaries.yaml"
    p.write_text(text)
    with pytest.raises(PolicyError) as ei:
        load_canary_file(p)
    assert str(ei.value).startswith(f"{p}: invalid policy")
    assert any(x.startswith(problem) for x in ei.value.problems), ei.value.problems


def test_false_positive_sample_is_counted(tmp_path: Path) -> None:
    rep = run(tmp_path, canary_file="version: 1\n" + NO_NER)
    assert rep.fp_texts == len(fp_texts(0, 1)) * len(FP_CARRIERS)
    assert rep.fp_rate == rep.fp_flagged / rep.fp_texts
    # a threshold of 0 turns every finding on the code sample into a false positive we can see
    loose = run(
        tmp_path,
        POLICY.replace("detection: {ner: false}", "detection: {ner: false, min_score: 0.0}"),
        canary_file="version: 1\n" + NO_NER,
    )
    assert loose.fp_flagged >= rep.fp_flagged
    assert sum(loose.fp_findings.values()) == sum(loose.fp_entities.values())


def test_fp_sample_has_no_planted_values() -> None:
    texts = " ".join(t for _, t in fp_texts(0, 2))
    for c in builtin_canaries(0):
        assert not any(n in texts for n in c.needles), c.name
    assert not re.search(r"[\w.]+@[\w-]+\.[a-z]{2,}", texts)  # no e-mail address at all


def test_cli_exit_code_and_canary_file_next_to_policy(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pol = tmp_path / "team.yaml"
    pol.write_text(POLICY + "  - name: emails-in-clear\n    entities: [EMAIL_ADDRESS]\n    action: keep\n")
    (tmp_path / "team.canaries.yaml").write_text("version: 1\n" + NO_NER)
    with pytest.raises(SystemExit) as ei:
        main(["policy", "test", str(pol)])
    assert ei.value.code == 6
    out = capsys.readouterr().out
    assert "SURVIVED: 1\n  pii.email [EMAIL_ADDRESS] in system, prompt, assistant" in out
    assert f"canary file: {tmp_path / 'team.canaries.yaml'}" in out
    assert out.rstrip().endswith("FAIL: 1 canary(ies) not masked, 0 keep-guard(s) changed (exit 6)")
    pol.write_text(POLICY)
    main(["policy", "test", str(pol), "--json"])
    doc = json.loads(capsys.readouterr().out)
    assert doc["result"] == "pass" and doc["counts"]["survived"] == 0
    assert doc["false_positives"]["texts"] == len(fp_texts(0, 2)) * len(FP_CARRIERS)


def test_cli_output_holds_no_canary_value(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pol = tmp_path / "p.yaml"
    pol.write_text(POLICY + "  - name: emails-in-clear\n    entities: [EMAIL_ADDRESS]\n    action: keep\n")
    with pytest.raises(SystemExit):
        main(["policy", "test", str(pol), "--canaries", str(_write(tmp_path, "version: 1\n" + NO_NER))])
    out = capsys.readouterr().out
    for c in builtin_canaries(0):
        assert not any(n in out for n in c.needles if len(n) > 6), c.name


def _write(tmp_path: Path, text: str) -> Path:
    p = tmp_path / "c.yaml"
    p.write_text(text)
    return p


def test_shipped_default_policy_masks_secrets_and_contact_data(tmp_path: Path, real_engine: Any) -> None:
    """The shipped default policy with the real engine (NER included): every secret canary, in
    every field kind and cut off mid-value, and the contact and identity canaries are masked."""
    from redactor.policy import load_policy

    pol = load_policy(Path(__file__).resolve().parents[1] / "policies" / "default.yaml")
    ring = ephemeral_keyring(tmp_path, random=lambda n: b"\x04" * n)
    rep = CanaryRun(pipeline_for(pol, real_engine, ring, now_ms=T0), policy_name=pol.name, now_ms=T0, fp_rounds=1).run()
    ring.close()
    status = {c.name: c.status for c in rep.canaries}
    must = [
        c.name
        for c in rep.canaries
        if c.entity
        in (
            "SECRET",
            "IDENTITY",
            "EMAIL_ADDRESS",
            "PHONE_NUMBER",
            "CREDIT_CARD",
            "IBAN_CODE",
            "US_SSN",
            "USERNAME",
            "PERSON",
        )
    ]
    assert len(must) > 35
    assert {n: status[n] for n in must if status[n] != "masked"} == {}
