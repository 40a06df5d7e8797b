"""AWS KMS as the keyring's root of trust, against a real moto server on loopback."""

from __future__ import annotations

import base64
import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from redactor.crypto.envelope import DataKeys
from redactor.crypto.keyring import open_keyring
from redactor.crypto.kms import kms_from_config
from redactor.crypto.kms_aws import AwsKms
from redactor.crypto.stage import Decryptor, EncryptStage
from redactor.errors import KeyError_
from redactor.policy.encryption import EncryptionPolicy

T0 = 1_783_494_912_345
AWS_ENV = {"AWS_ACCESS_KEY_ID": "test", "AWS_SECRET_ACCESS_KEY": "test", "AWS_DEFAULT_REGION": "us-east-1"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def kms_endpoint(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A moto server (all AWS services, KMS included) on a free loopback port."""
    port = _free_port()
    exe = Path(sys.executable).with_name("moto_server")
    log = (tmp_path_factory.mktemp("moto") / "moto.log").open("wb")
    proc = subprocess.Popen([str(exe), "-H", "127.0.0.1", "-p", str(port)], stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"moto_server did not start (exit {proc.poll()})")
                time.sleep(0.05)
        old = {k: os.environ.get(k) for k in AWS_ENV}
        os.environ.update(AWS_ENV)
        yield f"http://127.0.0.1:{port}"
    finally:
        proc.terminate()
        proc.wait(10)
        log.close()
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def _new_kms_key(endpoint: str) -> str:
    import boto3

    client = boto3.client("kms", endpoint_url=endpoint, region_name="us-east-1")
    return str(client.create_key(Description="redactor test")["KeyMetadata"]["KeyId"])


def test_keyring_file_holds_only_kms_wrapped_keys(tmp_path: Path, kms_endpoint: str) -> None:
    key_id = _new_kms_key(kms_endpoint)
    kms = AwsKms(key_id, region="us-east-1", endpoint_url=kms_endpoint)
    p = tmp_path / "keyring.json"
    ring = open_keyring(p, env={}, create=True, now=T0, kms=kms)
    doc = json.loads(p.read_text())
    assert doc["kms"] == {"backend": "aws-kms", "key_id": key_id, "region": "us-east-1", "endpoint_url": kms_endpoint}
    assert all("material" not in k and "wrapped" in k for k in doc["keys"])
    raw = ring.hmac_key()[1].reveal()
    assert base64.b64encode(raw).decode() not in p.read_text()
    # reopening unwraps through KMS (the file names the backend)
    again = open_keyring(p, env={})
    assert again.hmac_key()[1].reveal() == raw
    assert [i.source for i in again.infos()] == ["kms"] * 5
    # envelopes made under a KMS-rooted keyring round-trip in a fresh process
    pol = EncryptionPolicy.model_validate({"rules": [{"name": "ir", "fields": ["a"], "keep_for": "30d"}]})
    env = EncryptStage(pol, ring, now=T0)(
        pol.rules[0], record_key="k", path="a", plaintext="hi", subject="s", enterprise_id=None, timestamp_ms=T0
    )
    assert env is not None
    assert Decryptor(open_keyring(p, env={})).decrypt(env, record_key="k", path="a") == "hi"


def test_wrapped_key_with_another_context_or_key_is_refused(tmp_path: Path, kms_endpoint: str) -> None:
    key_id = _new_kms_key(kms_endpoint)
    kms = AwsKms(key_id, region="us-east-1", endpoint_url=kms_endpoint)
    p = tmp_path / "keyring.json"
    open_keyring(p, env={}, create=True, now=T0, kms=kms)
    doc = json.loads(p.read_text())
    # move the pseudonym key's blob into the subject entry: the encryption context differs
    doc["keys"][2]["wrapped"] = doc["keys"][1]["wrapped"]
    p.write_text(json.dumps(doc))
    os.chmod(p, 0o600)
    with pytest.raises(KeyError_) as ei:
        open_keyring(p, env={})
    assert str(ei.value) == f"AWS KMS Decrypt with key {key_id} failed (InvalidCiphertextException)"


def test_rewrap_moves_a_plain_keyring_to_kms_and_keeps_data_keys(tmp_path: Path, kms_endpoint: str) -> None:
    p = tmp_path / "keyring.json"
    ring = open_keyring(p, env={}, create=True, now=T0)
    pol = EncryptionPolicy.model_validate({"rules": [{"name": "ir", "fields": ["a"], "keep_for": "30d"}]})
    env = EncryptStage(pol, ring, now=T0)(
        pol.rules[0], record_key="k", path="a", plaintext="before", subject="s", enterprise_id=None, timestamp_ms=T0
    )
    assert env is not None
    key_id = _new_kms_key(kms_endpoint)
    ring.set_kms(AwsKms(key_id, region="us-east-1", endpoint_url=kms_endpoint))
    assert "material" not in p.read_text()
    reopened = open_keyring(p, env={})
    assert DataKeys(reopened).rewrap() == (0, "kek-v1")  # same kek, nothing to re-wrap
    assert Decryptor(reopened).decrypt(env, record_key="k", path="a") == "before"


@pytest.mark.parametrize(
    ("conf", "message"),
    [
        ({"backend": "gcp-kms", "key_id": "x"}, "k.json: kms.backend must be one of aws-kms"),
        ({"backend": "aws-kms"}, "k.json: kms.key_id is required (a key id, ARN or alias/...)"),
        ("aws-kms", "k.json: kms must be an object"),
    ],
)
def test_bad_kms_sections(conf: object, message: str) -> None:
    with pytest.raises(KeyError_) as ei:
        kms_from_config(conf, where="k.json")
    assert str(ei.value) == message


def test_unreachable_kms_names_key_and_error_only(tmp_path: Path, kms_endpoint: str) -> None:
    from redactor.secret import SecretBytes

    port = _free_port()  # nothing listens here
    kms = AwsKms("alias/none", region="us-east-1", endpoint_url=f"http://127.0.0.1:{port}")
    with pytest.raises(KeyError_) as ei:
        kms.encrypt(SecretBytes(b"s" * 32), {"a": "b"})
    assert str(ei.value).startswith("AWS KMS Encrypt with key alias/none failed (")
    assert "ssss" not in str(ei.value)
    assert repr(kms) == "AwsKms(key_id='alias/none', region='us-east-1')"
