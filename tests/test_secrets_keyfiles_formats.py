"""The offline checks and near misses of the key-file and credential-file detectors: checksums
(base58check, bech32), byte arrays, documented example values, references instead of values,
file names that do and do not name a secret. Positive rows also run JSON-escaped."""

from __future__ import annotations

import json
import random

import pytest
from keyfile_world import Gen

from redactor.detect.secrets import secret_detectors
from redactor.detect.secrets.filedumps import secret_path
from redactor.detect.secrets.keyfiles import b58check, bech32_valid, byte_array, extended_private, gossip_key, wif
from redactor.detect.secrets.keys import Strength

DETECTORS = secret_detectors()
OURS = ("secret.keyfile.", "secret.cred.", "secret.file_contents")
G = Gen(random.Random(41))


def ours(text: str) -> list[str]:
    return sorted({text[s.start : s.end] for d in DETECTORS if d.name.startswith(OURS) for s in d.detect(text)})


def flip(value: str, i: int) -> str:
    """`value` with character `i` replaced by another of the same alphabet."""
    c = value[i]
    alt = "2" if c != "2" else "3"
    return value[:i] + alt + value[i + 1 :]


WIF = G.b58check(b"\x80" + G.raw(32) + b"\x01")
XPRV = G.b58check(bytes.fromhex("0488ade4") + b"\0" * 9 + G.raw(32) + b"\0" + G.raw(32))
XPUB = G.b58check(bytes.fromhex("0488b21e") + b"\0" * 9 + G.raw(32) + b"\2" + G.raw(32))
NSEC = G.bech32("nsec", G.raw(32))


def test_base58check_accepts_the_real_checksum_and_rejects_one_changed_character() -> None:
    assert b58check(WIF) is not None
    assert b58check(flip(WIF, 20)) is None
    assert b58check("0OIl") is None  # characters base58 leaves out


def test_wif_and_extended_private_keys_are_told_from_public_ones() -> None:
    assert wif(WIF)
    assert not wif(G.b58check(b"\x00" + G.raw(20)))  # an address: version 0x00, 20 bytes
    assert extended_private(XPRV)
    assert not extended_private(XPUB)  # key data starts 0x02/0x03, not 0x00


def test_bech32_checksum() -> None:
    assert bech32_valid(NSEC)
    assert not bech32_valid(flip(NSEC, 30))


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        (",".join(str(b) for b in G.raw(64)), True),  # 64 random bytes
        (",".join(str(i) for i in range(64)), False),  # a range: sorted
        (",".join(str(i % 8) for i in range(64)), False),  # 8 distinct values
        (",".join(str(b) for b in G.raw(63)), False),  # 63 numbers, not a keypair
        (",".join(str(b + 200) for b in G.raw(64)), False),  # numbers over 255
    ],
)
def test_byte_array_keypair_shape(value: str, ok: bool) -> None:
    assert byte_array(value) is ok


def test_gossip_key_lengths() -> None:
    assert gossip_key(G.b64(32))
    assert gossip_key(G.b64(16))
    assert not gossip_key(G.b64(20))  # 20 bytes is no AES key size
    assert not gossip_key("A" * 44)  # not random


@pytest.mark.parametrize(
    ("path", "strength"),
    [
        ("config/master.key", Strength.STRONG),  # Rails
        ("/var/lib/rancher/k3s/server/node-token", Strength.STRONG),
        ("/run/secrets/db_password", Strength.PASSWORD),  # named by keys.classify
        ("/run/secrets/app", Strength.KEY),  # a Docker secret of any name
        ("/tmp/prov.pass", Strength.PASSWORD),
        ("/etc/mongodb/keyfile", Strength.STRONG),
        ("/tmp/release.sec", Strength.KEY),
        ("README.md", None),  # near misses: files that hold no single secret
        ("src/keyboard.py", None),
        ("docs/tokenizer.md", None),
        ("/etc/hosts", None),
    ],
)
def test_secret_path(path: str, strength: Strength | None) -> None:
    assert secret_path(path) == strength


KEY40 = G.alnum(40)
WORDS = ["".join(G.rng.choice("abcdefghiklmnoprstuvwy") for _ in range(G.rng.randint(3, 8))) for _ in range(24)]
PW = G.password()

POSITIVE = [
    (f"$ cat config/master.key\n{G.hex(16)}\n$ ls", "master key printed"),
    (f"user@host:~$ sudo cat /run/secrets/api_token\n{KEY40}\nuser@host:~$", "docker secret after a prompt"),
    (f"echo '{PW}' | sudo tee /etc/app/smtp.pass >/dev/null", "written with tee"),
    (f"otpauth://totp/ACME:bob?issuer=ACME&secret={G.b64(10)[:0]}JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", "otpauth URI"),
    (f"haproxy: stats auth ops:{PW}", "HAProxy inline"),
    (f"redis-cli ACL SETUSER worker on >{PW} ~jobs:* +@list", "Redis ACL"),
    ("Your recovery phrase:\n" + " ".join(WORDS), "24 words after recovery phrase"),
    (f'AuthLDAPBindPassword "{PW}"', "Apache directive, quoted"),
    (f"[build : sign] untrusted comment: minisign encrypted secret key\n[build : sign] "
     f"{__import__('base64').b64encode(b'EdScB2' + G.raw(152)).decode()}", "minisign behind a log prefix"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "why"), POSITIVE, ids=[w for _, w in POSITIVE])
def test_positive_rows_plain_and_escaped(text: str, why: str) -> None:
    assert ours(text), why
    escaped = json.dumps({"tool": "run_in_terminal", "arguments": {"command": text}})
    assert ours(escaped), why


NEAR_MISSES = [
    ("$ cat README.md\n" + G.hex(16) + "\n", "a hex line in a file that is not secret-named"),
    ("$ cat config/master.key\ncat: config/master.key: No such file or directory\n", "an error, not contents"),
    ("$ cat .secrets.env\nDB_PASSWORD=hunter2x\nAPI_URL=https://x.example\n", "a config file: generic's job"),
    ("AuthLDAPBindPassword exec:/usr/local/bin/ldap-pw", "Apache reads the password from a program"),
    ("requirepass foobared", "redis.conf's documented example"),
    ("client lab { secret = testing123 }\n    secret testing123", "FreeRADIUS's documented example"),
    ("rocommunity public default\nrwcommunity private", "SNMP's default communities"),
    ('createUser username MD5 "password"', "net-snmp's sample"),
    ("kubeadm join 10.0.0.1:6443 --token abcdef.0123456789abcdef", "kubeadm's documented token"),
    ("user alice on +@all ~* >${ALICE_PASSWORD}", "Redis ACL with a variable"),
    ("user bob said > hello there", "a line about a user, not an ACL rule"),
    ("    stats auth admin:%[env(STATS_PW)]", "HAProxy reading the environment"),
    ("the syntax is ``stats auth user:pass``", "a syntax summary names the fields"),
    ("    username and password login, session cookies", "prose that starts like a Cisco username line"),
    ('mnemonic: "test test test test test test test test test test test junk"', "Hardhat's documented mnemonic"),
    ("A mnemonic is a memory aid: it helps you remember things in the right order.", "the word in prose"),
    ("Terraform will perform: + result = (sensitive value)", "plan output"),
    ('{"kty": "RSA", "n": "' + G.b64(64).replace("+", "-").replace("/", "_") + '", "e": "AQAB"}', "public JWK"),
    ("frame = [" + ",".join(str(min(255, 90 + i)) for i in range(64)) + "]", "a pixel row: sorted ramp"),
    ("# follow me at " + G.bech32("npub", G.raw(32)), "a Nostr public key"),
    ('"desc": "wpkh(' + XPUB + '/0/*)"', "an xpub descriptor"),
    ("use Net::POP3;\nuse IO::Socket;", "Perl imports are no sasl_passwd lines"),
    ('encrypt = "{{ key \\"consul/gossip\\" }}"', "a template, not a gossip key"),
    ("ssh-keygen -t ed25519 -f ~/.ssh/id_ed25519 -N ''", "a key being made, not shown"),
]


@pytest.mark.parametrize(("text", "why"), NEAR_MISSES, ids=[w for _, w in NEAR_MISSES])
def test_near_misses_get_no_span_from_these_detectors(text: str, why: str) -> None:
    assert ours(text) == [], why
