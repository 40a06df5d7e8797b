"""The keyring: private files only, keys from the environment, rotation, and no key material in
reprs or errors."""

from __future__ import annotations

import base64
import json
import os
import stat
from pathlib import Path

import pytest

from redactor.crypto.keyring import PURPOSES, open_keyring
from redactor.errors import KeyError_

T0 = 1_783_494_912_345


def _counter_random() -> object:
    state = {"n": 0}

    def rnd(n: int) -> bytes:
        state["n"] += 1
        return bytes([state["n"] % 256]) * n

    return rnd


def test_create_makes_a_0600_file_with_one_key_per_purpose(tmp_path: Path) -> None:
    p = tmp_path / "sub" / "keyring.json"
    ring = open_keyring(p, env={}, create=True, now=T0)
    assert stat.S_IMODE(p.stat().st_mode) == 0o600
    assert [i.purpose for i in ring.infos()] == list(PURPOSES)
    assert [i.id for i in ring.infos()] == [f"{x}-v1" for x in PURPOSES]
    assert all(i.created_ms == T0 for i in ring.infos())
    again = open_keyring(p, env={})
    assert again.hmac_key()[1] == ring.hmac_key()[1]
    assert again.hmac_key()[0] == "pseudonym-v1"


@pytest.mark.parametrize(
    ("mode", "refused"),
    [
        (0o600, False),  # owner only: fine
        (0o400, False),  # owner read-only: fine
        (0o640, True),  # group can read
        (0o604, True),  # others can read
        (0o644, True),  # the usual umask result
        (0o620, True),  # group can write (could swap keys)
        (0o601, True),  # others can execute: any bit for group/others is refused
    ],
)
def test_keyring_file_readable_by_group_or_others_is_refused(tmp_path: Path, mode: int, refused: bool) -> None:
    p = tmp_path / "keyring.json"
    open_keyring(p, env={}, create=True, now=T0)
    os.chmod(p, mode)
    if refused:
        with pytest.raises(KeyError_) as ei:
            open_keyring(p, env={})
        assert str(ei.value) == (
            f"{p}: keyring is accessible by group or others (mode {mode:04o}); run `chmod 600 {p}`"
        )
    else:
        assert open_keyring(p, env={}).hmac_key()[0] == "pseudonym-v1"


def test_missing_keyring_says_how_to_create_one(tmp_path: Path) -> None:
    with pytest.raises(KeyError_) as ei:
        open_keyring(tmp_path / "nope.json", env={})
    assert str(ei.value) == f"{tmp_path / 'nope.json'}: no keyring; create one with `redactor keys init`"


def test_path_from_environment_then_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    p = tmp_path / "elsewhere.json"
    open_keyring(p, env={}, create=True, now=T0)
    assert open_keyring(env={"REDACTOR_KEYRING": str(p)}).path == p
    monkeypatch.chdir(tmp_path)
    ring = open_keyring(env={}, create=True, now=T0)
    assert ring.path == Path(".redactor/keyring.json")
    assert (tmp_path / ".redactor" / "keyring.json").exists()
    assert ring.datakeys_uri == "sqlite:///.redactor/keyring.datakeys.db"


def test_keys_from_environment_newest_first_and_derived_per_purpose() -> None:
    r1, r2 = b"\x01" * 32, b"\x02" * 32
    env = {"REDACTOR_KEYRING_KEY": f"r2:{base64.b64encode(r2).decode()}, r1:{base64.b64encode(r1).decode()}"}
    ring = open_keyring(env=env)
    kid, key = ring.hmac_key("pseudonym")
    assert kid == "pseudonym-r2"
    only_r2 = open_keyring(env={"REDACTOR_KEYRING_KEY": f"r2:{base64.b64encode(r2).decode()}"})
    assert only_r2.hmac_key()[1] == key  # same root, same derived key
    # purposes get different keys from one root
    assert not ring.newest("subject")[1].equals(ring.newest("pseudonym")[1])
    assert ring.path is None
    assert [k for k, _ in ring.all("subject")] == ["subject-r2", "subject-r1"]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("", "REDACTOR_KEYRING_KEY is empty; expected id:base64[,id:base64...], newest first"),
        ("nocolon", "REDACTOR_KEYRING_KEY entry 1: expected id:base64 (id of letters, digits, - or _)"),
        ("a:!!!", "REDACTOR_KEYRING_KEY entry 1: key material is not valid base64"),
        (
            "a:" + base64.b64encode(b"short").decode(),
            "REDACTOR_KEYRING_KEY entry 1: root key must be at least 32 bytes (got 5)",
        ),
        (
            "a:" + base64.b64encode(b"x" * 32).decode() + ",a:" + base64.b64encode(b"y" * 32).decode(),
            "REDACTOR_KEYRING_KEY: duplicate key ids",
        ),
    ],
)
def test_bad_environment_keys_are_refused_without_echoing_them(value: str, message: str) -> None:
    env = {"REDACTOR_KEYRING_KEY": value}
    if value == "":  # an empty variable means "not set": fall through to the file
        env["REDACTOR_KEYRING"] = "/nonexistent/keyring.json"
        with pytest.raises(KeyError_, match="no keyring"):
            open_keyring(env=env)
        return
    with pytest.raises(KeyError_) as ei:
        open_keyring(env=env)
    assert str(ei.value) == message


def test_rotation_adds_newest_and_keeps_old_for_reading(tmp_path: Path) -> None:
    p = tmp_path / "keyring.json"
    ring = open_keyring(p, env={}, create=True, now=T0)
    old_id, old = ring.newest("kek")
    info = ring.rotate("kek", now=T0 + 1)
    assert info.id == "kek-v2"
    reopened = open_keyring(p, env={})
    assert reopened.newest("kek")[0] == "kek-v2"
    assert reopened.get(old_id) == old
    assert stat.S_IMODE(p.stat().st_mode) == 0o600


def test_subject_ids_cover_every_subject_key(tmp_path: Path) -> None:
    ring = open_keyring(tmp_path / "k.json", env={}, create=True, now=T0)
    first = ring.subject_id(48151623)
    assert first == ring.subject_id("48151623")  # ints and their strings are the same subject
    assert first.startswith("s_") and len(first) == 34
    ring.rotate("subject", now=T0 + 1)
    assert ring.subject_id(48151623) != first
    assert ring.subject_ids(48151623) == [ring.subject_id(48151623), first]
    assert ring.subject_id(48151624) != ring.subject_id(48151623)


@pytest.mark.parametrize(
    ("purpose", "message"),
    [
        ("kek", "the kek is for wrapping data keys, not for HMAC; use another purpose"),
        ("pseudonyms", "unknown key purpose 'pseudonyms'; known: kek, pseudonym, subject, cache, ledger"),
    ],
)
def test_hmac_key_purposes(tmp_path: Path, purpose: str, message: str) -> None:
    ring = open_keyring(tmp_path / "k.json", env={}, create=True, now=T0)
    with pytest.raises(KeyError_) as ei:
        ring.hmac_key(purpose)
    assert str(ei.value) == message


def test_reprs_and_file_errors_never_show_key_material(tmp_path: Path) -> None:
    p = tmp_path / "k.json"
    ring = open_keyring(p, env={}, create=True, now=T0, random=_counter_random())  # type: ignore[arg-type]
    doc = json.loads(p.read_text())
    materials = [base64.b64decode(k["material"]) for k in doc["keys"]]
    shown = repr(ring) + str(ring.infos()) + repr(ring.hmac_key()) + f"{ring.hmac_key()[1]}"
    for m in materials:
        assert m.hex() not in shown and base64.b64encode(m).decode() not in shown and repr(m) not in shown
    assert repr(ring) == f"Keyring(source={str(p)!r}, keys=[kek-v1, pseudonym-v1, subject-v1, cache-v1, ledger-v1])"
    # a corrupt entry names the entry, not its content
    doc["keys"][1]["material"] = "%%%" + doc["keys"][1]["material"]
    p.write_text(json.dumps(doc))
    os.chmod(p, 0o600)
    with pytest.raises(KeyError_) as ei:
        open_keyring(p, env={})
    assert str(ei.value) == f"{p}: keys[1]: key material is not valid base64"


def test_not_a_keyring(tmp_path: Path) -> None:
    p = tmp_path / "k.json"
    p.write_text('{"hello": 1}')
    os.chmod(p, 0o600)
    with pytest.raises(KeyError_) as ei:
        open_keyring(p, env={})
    assert str(ei.value) == f"{p}: not a redactor keyring (format redactor-keyring, version 1)"


def test_keyring_pickles_without_its_database_connection(tmp_path: Path) -> None:
    import pickle

    ring = open_keyring(tmp_path / "k.json", env={}, create=True, now=T0)
    _ = ring.datakeys  # opens the SQLite data-key store
    clone = pickle.loads(pickle.dumps(ring))
    assert clone.hmac_key()[1] == ring.hmac_key()[1]
    assert list(clone.datakeys.rows()) == []
