"""The keys / decrypt / retention / hold / erase / ledger commands, as a new user would run them:
exact messages and exit codes through the real entry point."""

from __future__ import annotations

import json
import os
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from redactor.cli import main
from redactor.crypto.keyring import open_keyring
from redactor.crypto.stage import EncryptStage, attach
from redactor.io.base import Redacted
from redactor.io.sqlite_store import SQLiteStore
from redactor.policy import load_policy
from redactor.retention.stamp import RetentionStage

T0 = 1_783_494_912_345  # 2026-07-08T07:15:12.345Z
DAY = 86_400_000
OPAQUE = "cannot decrypt: wrong key, destroyed key, wrong record or field, or tampered data"

POLICY = """\
version: 1
name: incident-response
encryption:
  rules:
    - name: ir
      fields: ["body.messages[*].content"]
      keep_for: 30d
      period: day
retention:
  classes: {metadata: 400d, prompts: 30d}
  records: [{kinds: ["*"], class: metadata}]
  fields: [{fields: ["body.messages[*].content"], class: prompts}]
"""


ACTOR_COMMANDS = {"keys rotate", "keys rewrap", "retention enforce", "hold add", "hold release"}


class Cli:
    def __init__(self, tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.tmp = tmp
        self.capsys = capsys
        self.keyring = tmp / "keys" / "keyring.json"
        self.store = f"sqlite:///{tmp / 'redactor.db'}"
        self.policy = tmp / "policy.yaml"
        self.policy.write_text(POLICY)

    def __call__(self, *args: str, common: bool = True) -> tuple[int, str, str]:
        argv = list(args)
        cmd = " ".join(args[:2])
        if common:
            argv += ["--keyring", str(self.keyring)]
            if args[0] != "keys" or args[1] in ("rotate", "rewrap"):
                argv += ["--store", self.store]
            if cmd in ACTOR_COMMANDS or args[0] in ("decrypt", "erase"):
                argv += ["--actor", "dpo@acme.example"]
        code = 0
        try:
            main(argv)
        except SystemExit as e:
            code = int(e.code or 0)
        out, err = self.capsys.readouterr()
        return code, out, err


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(tmp_path, capsys)


def _ingest(cli: Cli) -> list[dict[str, Any]]:
    """What `redactor run` will do once encryption is wired in: encrypt, stamp, store, export."""
    pol = load_policy(cli.policy)
    ring = open_keyring(cli.keyring, env={})
    enc = EncryptStage(pol.encryption, ring, now=T0)
    ret = RetentionStage(pol.retention, encryption=pol.encryption, now=T0)
    items, exported = [], []
    for i, (key, user) in enumerate([("a1", 1001), ("b1", 1002)]):
        subject = ring.subject_id(user)
        body = {"messages": [{"role": "user", "content": f"<PERSON_1> asks {i}"}]}
        env = enc(
            enc.field_rule("body.messages[0].content"),
            record_key=key,  # type: ignore[arg-type]
            path="body.messages[0].content",
            plaintext=f"Marta asks {i}",
            subject=subject,
            enterprise_id="4242",
            timestamp_ms=T0,
        )
        assert env is not None
        rec = {
            "type": "request",
            "endpoint": "/chat/completions",
            "user_id": subject,
            "event_id": key,
            "body": json.dumps(body),
            "@timestamp": T0,
        }
        attach(rec, key, {"body.messages[0].content": env})
        res = ret(rec, "usage", T0, encrypted_rules=["ir"])
        items.append(
            Redacted(
                key=key,
                kind="usage",
                record=rec,
                source="t",
                line_no=i + 1,
                timestamp_ms=T0,
                subject=subject,
                enterprise_id="4242",
                expiries=res.expiries,
            )
        )
        exported.append(json.loads(json.dumps(rec)))
    store = SQLiteStore(cli.store.removeprefix("sqlite:///"), policy_version="incident-response@1")
    store.write(items)
    store.close()
    (cli.tmp / "siem-export.jsonl").write_text("".join(json.dumps(r) + "\n" for r in exported))
    return exported


def test_keys_init_list_rotate_rewrap(cli: Cli) -> None:
    code, out, err = cli("keys", "init")
    assert code == 0, err
    assert out.splitlines() == [
        f"created keyring {cli.keyring} (mode 0600) with keys: kek-v1, pseudonym-v1, subject-v1, cache-v1, ledger-v1",
        f"data keys will be stored in sqlite:///{cli.keyring.parent / 'keyring.datakeys.db'}",
        "keep the keyring and data keys private and backed up apart from the data",
    ]
    assert cli("keys", "init")[0:3:2] == (
        4,
        f"error: {cli.keyring}: a keyring already exists; use `redactor keys rotate` to add keys\n",
    )
    _ingest(cli)
    code, out, _ = cli("keys", "list")
    lines = out.splitlines()
    assert lines[0] == f"keyring {cli.keyring}"
    assert re.fullmatch(r"kek-v1 +kek +\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ +file  newest", lines[2])
    assert lines[-1].startswith("data keys: 2 live, 0 destroyed (sqlite:///")
    code, out, err = cli("keys", "rotate", "--purpose", "kek")
    assert (code, out) == (
        0,
        "added kek-v2 (newest; older keys kept for reading)\n"
        "next: `redactor keys rewrap` re-wraps the data keys under the new kek\n",
    )
    code, out, _ = cli("keys", "rewrap")
    assert (code, out) == (0, "re-wrapped 2 data key(s) under kek-v2\n")
    code, out, _ = cli("keys", "rotate", "--purpose", "kekk")
    assert code == 2
    code, out, err = cli("ledger", "verify")
    assert code == 0, err
    assert out.splitlines()[0] == "ledger: intact: 2 entries; hashes, links and MACs verified"
    shown = [json.loads(x) for x in cli("ledger", "show", "--store", cli.store, common=False)[1].splitlines()]
    assert [(e["kind"], e["actor"], e["details"]) for e in shown] == [
        ("keys.rotate", "dpo@acme.example", {"added": ["kek-v2"]}),
        ("keys.rewrap", "dpo@acme.example", {"data_keys_rewrapped": 2, "kek": "kek-v2"}),
    ]


def test_group_readable_keyring_is_refused_with_the_fix(cli: Cli) -> None:
    cli("keys", "init")
    os.chmod(cli.keyring, 0o644)
    code, out, err = cli("keys", "list")
    assert (code, out) == (4, "")
    assert (
        err == f"error: {cli.keyring}: keyring is accessible by group or others (mode 0644); "
        f"run `chmod 600 {cli.keyring}`\n"
    )


def test_decrypt_round_trip_is_recorded_before_output(cli: Cli) -> None:
    cli("keys", "init")
    _ingest(cli)
    code, out, err = cli("decrypt", "--purpose", "incident INC-2041", "--key", "a1")
    assert code == 0, err
    assert [json.loads(x) for x in out.splitlines()] == [
        {"key": "a1", "path": "body.messages[0].content", "kid": json.loads(out)["kid"], "text": "Marta asks 0"}
    ]
    con = sqlite3.connect(cli.store.removeprefix("sqlite:///"))
    kind, reason, actor, details = con.execute("SELECT kind, reason, actor, details FROM ledger").fetchone()
    assert (kind, reason, actor) == ("decrypt", "incident INC-2041", "dpo@acme.example")
    assert json.loads(details) == {
        "records": 1,
        "envelopes": 1,
        "failed": 0,
        "key_ids": [json.loads(out)["kid"]],
        "source": "store",
        "subjects": [],
    }
    assert "Marta" not in details
    # --user selects by subject
    code, out, _ = cli("decrypt", "--purpose", "audit", "--user", "1002")
    assert [json.loads(x)["text"] for x in out.splitlines()] == ["Marta asks 1"]


@pytest.mark.parametrize(
    ("args", "code", "err"),
    [
        (["decrypt", "--purpose", "x"], 2, "error: say what to decrypt: --key, --user or --input\n"),
        (
            ["decrypt", "--purpose", " ", "--key", "a1"],
            2,
            "error: --purpose must say why (it is recorded in the ledger)\n",
        ),
        (["decrypt", "--purpose", "x", "--key", "zz"], 2, "error: no record with key 'zz' in the store\n"),
        (
            ["decrypt", "--purpose", "x", "--key", "a1", "--field", "body..x"],
            2,
            "error: --field: invalid path pattern 'body..x': ",
        ),  # the rest is the records module's wording
        (
            ["retention", "enforce", "--policy", "{policy}", "--now", "yesterday"],
            2,
            "error: --now: expected epoch milliseconds or an ISO 8601 date/time like 2026-07-08 or "
            "2026-07-08T12:00:00Z (got 'yesterday')\n",
        ),
        (
            ["hold", "add", "--reason", "r", "--owner", "o"],
            2,
            "error: a hold needs --user, --enterprise, --from or --to\n",
        ),
        (["hold", "release", "H-0009", "--reason", "r"], 2, "error: no hold H-0009; see `redactor hold list`\n"),
    ],
)
def test_usage_errors(cli: Cli, args: list[str], code: int, err: str) -> None:
    cli("keys", "init")
    _ingest(cli)
    args = [a.replace("{policy}", str(cli.policy)) for a in args]
    got = cli(*args)
    assert got[0] == code
    assert got[2] == err or (err.endswith(": ") and got[2].startswith(err))
    assert got[1] == ""


def test_store_must_exist(cli: Cli) -> None:
    cli("keys", "init")
    code, _, err = cli("hold", "list")
    assert (code, err) == (
        2,
        f"error: {cli.tmp / 'redactor.db'}: no such store; write one with `redactor run -o {cli.store}`, "
        "or pass --store\n",
    )


def test_holds_enforcement_erasure_and_ledger(cli: Cli) -> None:
    cli("keys", "init")
    exported = _ingest(cli)
    bob = open_keyring(cli.keyring, env={}).subject_id(1002)
    bob_kid = exported[1]["_encrypted"]["body.messages[0].content"].split(".")[2]
    code, out, _ = cli("hold", "add", "--user", "1002", "--reason", "Case 2026-17", "--owner", "legal")
    assert (code, out) == (0, f"placed hold H-0001: subject {bob}\n")
    code, out, _ = cli("hold", "list")
    assert re.fullmatch(rf"H-0001  subject {bob}  owner=legal  reason='Case 2026-17'  since \S+Z  active\n", out)
    # 31 days on: prompts (30d) of alice are stripped, bob's are held; alice's key is destroyed
    code, out, err = cli("retention", "enforce", "--policy", str(cli.policy), "--now", "2026-08-09")
    assert code == 0, err
    assert out.splitlines()[:5] == [
        "records deleted: 0",
        "fields stripped: 1 (prompts: 1)",
        "envelopes removed: 1 (ir: 1)",
        "data keys destroyed: 1",
        "skipped 1 record(s) under legal hold H-0001",
    ]
    assert out.splitlines()[5:] == ["kept 1 data key(s) under legal hold H-0001", "ledger entry #2"]
    # erasing a held subject is refused
    code, out, err = cli("erase", "--user", "1002", "--reason", "DSR-7")
    assert (code, out) == (1, "")
    assert err == (
        f"error: subject {bob} is under legal hold H-0001; nothing was erased. "
        "Release the hold (`redactor hold release ID`) and run the erasure again\n"
    )
    assert cli("hold", "release", "H-0001", "--reason", "case closed")[1] == (
        "released hold H-0001; the next `redactor retention enforce` catches up\n"
    )
    code, out, err = cli("erase", "--user", "1002", "--reason", "DSR-7", "--policy", str(cli.policy))
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "ERASURE CERTIFICATE"
    assert lines[1] == f"subject ids:          {bob}"
    assert lines[3].startswith("policy version:       incident-response@")
    assert lines[4:6] == [
        "records deleted:      1",
        f"data keys destroyed:  1 ({bob_kid})",
    ]
    head = lines[-1].removeprefix("verify with:          redactor ledger verify --head ")
    # the copy exported to the SIEM before the erasure can no longer be decrypted
    code, out, err = cli("decrypt", "--purpose", "check", "--input", str(cli.tmp / "siem-export.jsonl"))
    assert (code, out) == (4, "")
    assert err.splitlines() == [
        f"cannot decrypt: {cli.tmp / 'siem-export.jsonl'}:1 body.messages[0].content",
        f"cannot decrypt: {cli.tmp / 'siem-export.jsonl'}:2 body.messages[0].content",
        f"error: {OPAQUE}",
    ]
    # the ledger is intact, and the erasure's head is in it
    code, out, err = cli("ledger", "verify", "--head", head)
    assert code == 0, err
    assert out.splitlines()[0] == "ledger: intact: 6 entries; hashes, links and MACs verified"
    kinds = [json.loads(x)["kind"] for x in cli("ledger", "show", "--store", cli.store, common=False)[1].splitlines()]
    assert kinds == ["hold.add", "retention.enforce", "erase.refused", "hold.release", "erase", "decrypt"]
    # tamper with the erasure entry: verify fails with exit 7 and says which entry
    con = sqlite3.connect(cli.store.removeprefix("sqlite:///"))
    con.execute(
        "UPDATE ledger SET details = replace(details, '\"records_deleted\":1', '\"records_deleted\":0') "
        "WHERE kind='erase'"
    )
    con.commit()
    code, out, err = cli("ledger", "verify")
    assert (code, out) == (7, "")
    assert err.splitlines() == [
        "problem: entry 5: content does not match its hash (altered)",
        "ledger: NOT intact: 1 problem(s) in 6 entries",
    ]


def test_decrypt_exported_copy_of_another_user_still_works_after_erasure(cli: Cli) -> None:
    cli("keys", "init")
    _ingest(cli)
    assert cli("erase", "--user", "1001")[0] == 0
    code, out, err = cli("decrypt", "--purpose", "check", "--input", str(cli.tmp / "siem-export.jsonl"), "--key", "b1")
    assert code == 0, err
    assert [json.loads(x)["text"] for x in out.splitlines()] == ["Marta asks 1"]


def test_erase_dry_run(cli: Cli) -> None:
    cli("keys", "init")
    _ingest(cli)
    code, out, _ = cli("erase", "--user", "1001", "--dry-run")
    assert code == 0
    assert out.splitlines()[0] == "ERASURE CERTIFICATE (DRY RUN: nothing was changed)"
    assert "records deleted:      1" in out
    code, out, _ = cli("decrypt", "--purpose", "x", "--key", "a1")
    assert json.loads(out)["text"] == "Marta asks 0"
