"""Envelopes: round trips, one opaque error for every tampering, binding to record and field,
deterministic (SIV) joins, rotation, shredding, and no key material in reprs."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redactor.crypto.datakeys import Label, period_of
from redactor.crypto.envelope import ENVELOPE_RE, DataKeys, Envelope
from redactor.crypto.keyring import Keyring, open_keyring
from redactor.crypto.stage import Decryptor, EncryptStage, attach, record_key_of
from redactor.errors import DecryptionError
from redactor.policy.encryption import EncryptionPolicy

T0 = 1_783_494_912_345  # 2026-07-08T07:15:12Z
DAY = 86_400_000
OPAQUE = "cannot decrypt: wrong key, destroyed key, wrong record or field, or tampered data"

POLICY = EncryptionPolicy.model_validate(
    {
        "rules": [
            {"name": "ir", "fields": ["body.messages[*].content"], "keep_for": "30d", "period": "day"},
            {
                "name": "emails",
                "entities": ["EMAIL_ADDRESS"],
                "mode": "instead",
                "deterministic": True,
                "key_scope": "enterprise",
                "period": "none",
                "keep_for": "400d",
            },
        ]
    }
)
IR, EMAILS = POLICY.rules


@pytest.fixture(scope="module")
def ring(tmp_path_factory: pytest.TempPathFactory) -> Keyring:
    return open_keyring(tmp_path_factory.mktemp("ring") / "keyring.json", env={}, create=True, now=T0)


@pytest.fixture(scope="module")
def stage(ring: Keyring) -> EncryptStage:
    return EncryptStage(POLICY, ring, now=T0)


def _enc(
    stage: EncryptStage,
    text: str,
    *,
    key: str = "ev1",
    path: str = "body.messages[0].content",
    subject: str = "s_a",
    rule: object = IR,
) -> str:
    env = stage(
        rule,
        record_key=key,
        path=path,
        plaintext=text,
        subject=subject,  # type: ignore[arg-type]
        enterprise_id="4242",
        timestamp_ms=T0,
    )
    assert env is not None
    return env


@settings(max_examples=150, deadline=None)
@given(text=st.text(max_size=300), key=st.text(min_size=1, max_size=40), deterministic=st.booleans())
def test_decrypt_of_encrypt_is_identity(
    stage: EncryptStage, ring: Keyring, text: str, key: str, deterministic: bool
) -> None:
    rule = EMAILS if deterministic else IR
    env = _enc(stage, text, key=key, rule=rule)
    assert ENVELOPE_RE.fullmatch(env)
    assert Decryptor(ring).decrypt(env, record_key=key, path="body.messages[0].content") == text


@settings(max_examples=200, deadline=None)
@given(data=st.data())
def test_any_flipped_bit_is_the_one_opaque_error(stage: EncryptStage, ring: Keyring, data: st.DataObject) -> None:
    det = data.draw(st.booleans())
    env = Envelope.parse(_enc(stage, "marta.kowalski@example.com", rule=EMAILS if det else IR))
    pos = data.draw(st.integers(0, len(env.blob) * 8 - 1))
    blob = bytearray(env.blob)
    blob[pos // 8] ^= 1 << (pos % 8)
    bad = str(Envelope(env.alg, env.kid, bytes(blob)))
    with pytest.raises(DecryptionError) as ei:
        Decryptor(ring).decrypt(bad, record_key="ev1", path="body.messages[0].content")
    assert str(ei.value) == OPAQUE


def test_every_failure_cause_gives_the_same_error(stage: EncryptStage, ring: Keyring) -> None:
    dec = Decryptor(ring)
    env = _enc(stage, "hello Priya")
    other = _enc(stage, "hello Priya", subject="s_b")  # another subject: another data key
    kid_a, kid_b = Envelope.parse(env).kid, Envelope.parse(other).kid
    assert kid_a != kid_b
    header, _, rest = env.rpartition(".")
    cases = {
        "wrong record": (env, "ev2", "body.messages[0].content"),
        "wrong field": (env, "ev1", "body.messages[1].content"),
        "key id swapped to another live key": (env.replace(kid_a, kid_b), "ev1", "body.messages[0].content"),
        "unknown key id": (env.replace(kid_a, "dk_" + "0" * 20), "ev1", "body.messages[0].content"),
        "algorithm swapped": (env.replace("rdx1.g.", "rdx1.s."), "ev1", "body.messages[0].content"),
        "truncated": (header + "." + rest[:10], "ev1", "body.messages[0].content"),
        "not an envelope": ("hello", "ev1", "body.messages[0].content"),
        "bad base64 tail": (env + "=", "ev1", "body.messages[0].content"),
    }
    for name, (e, key, path) in cases.items():
        with pytest.raises(DecryptionError) as ei:
            dec.decrypt(e, record_key=key, path=path)
        assert str(ei.value) == OPAQUE, name
    assert dec.decrypt(env, record_key="ev1", path="body.messages[0].content") == "hello Priya"


def test_gcm_envelopes_are_randomised_siv_ones_are_deterministic_per_field(stage: EncryptStage, ring: Keyring) -> None:
    a, b = _enc(stage, "same"), _enc(stage, "same")
    assert a != b  # random nonce
    x = _enc(stage, "kwame@example.com", key="ev1", rule=EMAILS)
    y = _enc(stage, "kwame@example.com", key="ev9", rule=EMAILS)  # another record: joinable
    z = _enc(stage, "kwame@example.com", key="ev1", rule=EMAILS, path="body.messages[1].content")
    assert x == y and x != z
    assert x.startswith("rdx1.s.")
    dec = Decryptor(ring)
    assert dec.decrypt(x, record_key="anything", path="body.messages[0].content") == "kwame@example.com"
    with pytest.raises(DecryptionError):
        dec.decrypt(x, record_key="ev1", path="body.messages[1].content")


def test_keys_are_per_scope_and_period(stage: EncryptStage, ring: Keyring) -> None:
    kid = lambda e: Envelope.parse(e).kid  # noqa: E731
    day1 = _enc(stage, "x", subject="s_p")
    same_day = _enc(stage, "y", subject="s_p")
    next_day = stage(
        IR, record_key="k", path="p", plaintext="z", subject="s_p", enterprise_id="4242", timestamp_ms=T0 + DAY
    )
    assert next_day is not None
    assert kid(day1) == kid(same_day) != kid(next_day)
    row = ring.datakeys.get(kid(day1))
    assert row is not None
    assert row.label == Label("ir", "subject", "s_p", "2026-07-08")
    assert row.destroy_after_ms == period_of("day", T0)[2] + 30 * DAY  # type: ignore[operator]


def test_values_past_keep_for_are_not_encrypted(ring: Keyring) -> None:
    stage = EncryptStage(POLICY, ring, now=T0 + 30 * DAY)
    assert (
        stage(IR, record_key="k", path="p", plaintext="old", subject="s", enterprise_id=None, timestamp_ms=T0) is None
    )
    assert stage.skipped_expired == 1
    assert (
        stage(IR, record_key="k", path="p", plaintext="new", subject="s", enterprise_id=None, timestamp_ms=T0 + 1)
        is not None
    )


@pytest.mark.parametrize(
    ("period", "ts", "label", "start", "end"),
    [
        ("day", T0, "2026-07-08", "2026-07-08", "2026-07-09"),
        ("week", T0, "2026-W28", "2026-07-06", "2026-07-13"),  # ISO week, Monday to Monday
        ("month", T0, "2026-07", "2026-07-01", "2026-08-01"),
        ("month", 1_796_083_200_000, "2026-12", "2026-12-01", "2027-01-01"),  # 2026-12-01: year rolls
        ("year", T0, "2026", "2026-01-01", "2027-01-01"),
        ("day", 1_783_468_799_999, "2026-07-07", "2026-07-07", "2026-07-08"),  # last ms of a day
    ],
)
def test_periods(period: str, ts: int, label: str, start: str, end: str) -> None:
    import datetime as dt

    ms = lambda d: int(dt.datetime.fromisoformat(d).replace(tzinfo=dt.UTC).timestamp() * 1000)  # noqa: E731
    assert period_of(period, ts) == (label, ms(start), ms(end))


def test_period_none_has_no_bounds() -> None:
    assert period_of("none", T0) == ("none", None, None)


def test_kek_rotation_and_rewrap_keep_old_envelopes_readable(tmp_path: Path) -> None:
    ring = open_keyring(tmp_path / "k.json", env={}, create=True, now=T0)
    stage = EncryptStage(POLICY, ring, now=T0)
    env = _enc(stage, "before rotation")
    ring.rotate("kek", now=T0 + 1)
    stage2 = EncryptStage(POLICY, ring, now=T0)
    env2 = _enc(stage2, "after rotation", subject="s_new")
    rows = {r.kid: r.kek_id for r in ring.datakeys.rows()}
    assert rows[Envelope.parse(env).kid] == "kek-v1"
    assert rows[Envelope.parse(env2).kid] == "kek-v2"  # new data keys use the newest kek
    n, kek = DataKeys(ring).rewrap()
    assert (n, kek) == (1, "kek-v2")
    assert {r.kek_id for r in ring.datakeys.rows()} == {"kek-v2"}
    fresh = open_keyring(tmp_path / "k.json", env={})
    dec = Decryptor(fresh)
    assert dec.decrypt(env, record_key="ev1", path="body.messages[0].content") == "before rotation"
    assert dec.decrypt(env2, record_key="ev1", path="body.messages[0].content") == "after rotation"


def test_destroyed_data_key_cannot_decrypt(tmp_path: Path) -> None:
    ring = open_keyring(tmp_path / "k.json", env={}, create=True, now=T0)
    stage = EncryptStage(POLICY, ring, now=T0)
    env = _enc(stage, "shred me")
    keep = _enc(stage, "keep me", subject="s_other")
    assert ring.datakeys.destroy([Envelope.parse(env).kid], now=T0, reason="erasure") == 1
    assert ring.datakeys.destroy([Envelope.parse(env).kid], now=T0, reason="erasure") == 0  # idempotent
    dec = Decryptor(open_keyring(tmp_path / "k.json", env={}))
    with pytest.raises(DecryptionError):
        dec.decrypt(env, record_key="ev1", path="body.messages[0].content")
    assert dec.decrypt(keep, record_key="ev1", path="body.messages[0].content") == "keep me"
    # the wrapped key is gone from the file, not just flagged
    row = ring.datakeys.get(Envelope.parse(env).kid)
    assert row is not None and row.wrapped is None and row.destroyed_reason == "erasure"
    # a new record for the same subject and period gets a fresh key
    again = _enc(EncryptStage(POLICY, open_keyring(tmp_path / "k.json", env={}), now=T0), "new")
    assert Envelope.parse(again).kid != Envelope.parse(env).kid


def test_decrypt_record_finds_sidecar_and_embedded_envelopes(stage: EncryptStage, ring: Keyring) -> None:
    import json

    side = _enc(stage, "original prompt", key="ev7")
    inline = _enc(stage, "jane@example.com", key="ev7", rule=EMAILS, path="body.messages[1].content")
    body = {
        "messages": [
            {"role": "user", "content": "<PERSON_1> asked"},
            {"role": "user", "content": f"mail {inline} please"},
        ]
    }
    record = {"event_id": "ev7", "body": json.dumps(body)}
    attach(record, "ev7", {"body.messages[0].content": side})
    assert record_key_of(record) == "ev7"
    out = Decryptor(ring).decrypt_record(record, record_key="ev7")
    assert [(d.path, d.text) for d in out] == [
        ("body.messages[0].content", "original prompt"),
        ("body.messages[1].content", "jane@example.com"),
    ]
    assert "original prompt" not in repr(out)


def test_reprs_hide_key_material(tmp_path: Path) -> None:
    ring = open_keyring(tmp_path / "k.json", env={}, create=True, now=T0)
    stage = EncryptStage(POLICY, ring, now=T0)
    env = _enc(stage, "secret-ish")
    keys = DataKeys(ring)
    cipher = keys.by_id(Envelope.parse(env).kid)
    row = ring.datakeys.get(cipher.kid)
    assert row is not None and row.wrapped is not None
    dek = cipher._dek.reveal()
    shown = " ".join(
        [repr(cipher), repr(row), repr(Envelope.parse(env)), repr(stage), repr(keys.keyring), repr(ring.datakeys)]
    )
    for secret in (dek, row.wrapped):
        assert secret.hex() not in shown and base64.b64encode(secret).decode() not in shown
        assert repr(secret) not in shown
    assert repr(cipher) == f"_Cipher(kid={cipher.kid!r})"


def test_stage_pickles_for_worker_processes(tmp_path: Path) -> None:
    import pickle

    ring = open_keyring(tmp_path / "k.json", env={}, create=True, now=T0)
    stage = EncryptStage(POLICY, ring, now=T0)
    env = _enc(stage, "before pickling")  # fills the caches (AEAD objects cannot be pickled)
    clone = pickle.loads(pickle.dumps(stage))
    env2 = _enc(clone, "after pickling")
    assert Envelope.parse(env2).kid == Envelope.parse(env).kid  # same label, same data key
    assert Decryptor(ring).decrypt(env2, record_key="ev1", path="body.messages[0].content") == "after pickling"
