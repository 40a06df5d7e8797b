"""A generated matrix of credential-bearing file formats and key encodings.

Each `FileFormat` writes one file of a documented format (WireGuard, minisign, .pgpass, Terraform
state, HAProxy...) around freshly generated values, and says which substrings are secrets and
which are public parts that must stay. Each file is then shown in five carriers: the raw file,
``cat`` output in a tool result, JSON-escaped inside tool-call arguments, every line behind a CI
log prefix (``[deploy : step-3] ...``), and fenced in a prose answer. Negatives are files of the
same formats that hold no secret (public keys, placeholders,
the example values the format's own documentation ships, hashes that are not credentials).

The file layouts follow each tool's documentation (man pages, sample configs), not any
evaluation corpus; values come from `random.Random(seed)`.
"""

from __future__ import annotations

# ruff: noqa: E501  # one file or one negative per table row reads better than wrapped strings
import base64
import json
import random
import string
from collections.abc import Callable, Iterator

import keyfile_world_creds as creds
from keyfile_world_base import Built, Case, Gen
from keyfile_world_base import lines as _lines

# --- key encodings -----------------------------------------------------------------------------


def minisign(g: Gen) -> Built:
    key = base64.b64encode(b"EdScB2" + g.raw(152)).decode()
    pub = base64.b64encode(b"Ed" + g.raw(40)).decode()
    text = f"untrusted comment: minisign encrypted secret key\n{key}\n"
    return Built("~/.minisign/minisign.key", text + f"\n# public key: {pub}\n", (key,), (pub,))


def signify(g: Gen) -> Built:
    key = base64.b64encode(b"EdBK" + g.raw(100)).decode()
    return Built("/etc/signify/app.sec", f"untrusted comment: signify secret key\n{key}\n", (key,))


def wireguard(g: Gen) -> Built:
    k, p, psk = g.b64(32), g.b64(32), g.b64(32)
    text = (
        f"[Interface]\nAddress = 10.8.0.2/32\nPrivateKey = {k}\nDNS = 10.8.0.1\n\n[Peer]\n"
        f"PublicKey = {p}\nPresharedKey = {psk}\nEndpoint = vpn.example.net:51820\nAllowedIPs = 0.0.0.0/0\n"
    )
    return Built("/etc/wireguard/wg0.conf", text, (k, psk), (p,))


def openvpn_tls_crypt_v2(g: Gen) -> Built:
    body = _lines(g.b64(300))
    text = (
        "client\ndev tun\nremote vpn.example.net 1194\n<tls-crypt-v2>\n"
        f"-----BEGIN OpenVPN tls-crypt-v2 client key-----\n{body}\n"
        "-----END OpenVPN tls-crypt-v2 client key-----\n</tls-crypt-v2>\n"
    )
    return Built("client.ovpn", text, tuple(body.split("\n")))


def solana(g: Gen) -> Built:
    arr = "[" + ",".join(str(b) for b in g.raw(64)) + "]"
    return Built("~/.config/solana/id.json", arr, (arr[1:-1],))


def hardhat(g: Gen) -> Built:
    k = g.hex(32)
    text = (
        "module.exports = {\n  solidity: '0.8.24',\n  networks: {\n    sepolia: {\n"
        f"      url: 'https://rpc.sepolia.org',\n      accounts: ['0x{k}'],\n    }},\n  }},\n}};\n"
    )
    return Built("hardhat.config.js", text, (k,))


def foundry(g: Gen) -> Built:
    k = g.hex(32)
    return Built("", f"cast send 0xdead --value 1ether --private-key 0x{k} --rpc-url $RPC\n", (k,))


def bitcoin_wif(g: Gen) -> Built:
    wif = g.b58check(b"\x80" + g.raw(32) + b"\x01")
    addr = g.b58check(b"\x00" + g.raw(20))
    return Built("", f'bitcoin-cli importprivkey {wif} "cold" false\n# address {addr}\n', (wif,), (addr,))


def bitcoin_xprv(g: Gen) -> Built:
    xprv = g.b58check(bytes.fromhex("0488ade4") + b"\0" * 9 + g.raw(32) + b"\0" + g.raw(32))
    xpub = g.b58check(bytes.fromhex("0488b21e") + b"\0" * 9 + g.raw(32) + b"\2" + g.raw(32))
    text = (
        '[\n  {\n    "desc": "wpkh(' + xprv + '/84h/0h/0h/0/*)#8l7w7a4q",\n    "active": true\n  },\n'
        '  {\n    "desc": "wpkh(' + xpub + '/84h/0h/0h/1/*)#3k9x2q0c",\n    "active": true\n  }\n]\n'
    )
    return Built("", text, (xprv,), (xpub,))


def nostr(g: Gen) -> Built:
    nsec = g.bech32("nsec", g.raw(32))
    npub = g.bech32("npub", g.raw(32))
    return Built("", f"nak event --sec {nsec} -c 'gm'\n# signed as {npub}\n", (nsec,), (npub,))


def bip39(g: Gen) -> Built:
    words = " ".join(
        "".join(g.rng.choice("abcdefghijklmnoprstuvwy") for _ in range(g.rng.randint(3, 8))) for _ in range(12)
    )
    text = (
        f'require("dotenv").config();\nconst wallet = ethers.Wallet.fromPhrase(process.env.X);\n// MNEMONIC="{words}"\n'
    )
    return Built("", text, (words,))


def vault_init(g: Gen) -> Built:
    shares = [g.b64(33) for _ in range(3)]
    text = (
        "".join(f"Unseal Key {i + 1}: {k}\n" for i, k in enumerate(shares))
        + "\nVault initialized with 3 key shares and a key threshold of 2.\n"
    )
    return Built("", "$ vault operator init -key-shares=3 -key-threshold=2\n" + text, tuple(shares))


def jwk(g: Gen) -> Built:
    n = base64.urlsafe_b64encode(g.raw(256)).decode().rstrip("=")
    d = base64.urlsafe_b64encode(g.raw(256)).decode().rstrip("=")
    p = base64.urlsafe_b64encode(g.raw(128)).decode().rstrip("=")
    q = base64.urlsafe_b64encode(g.raw(128)).decode().rstrip("=")
    dp = base64.urlsafe_b64encode(g.raw(128)).decode().rstrip("=")
    doc = {"kty": "RSA", "kid": "sig-2024", "use": "sig", "n": n, "e": "AQAB", "d": d, "p": p, "q": q, "dp": dp}
    return Built("jwks.json", json.dumps({"keys": [doc]}, indent=2), (d, p, q, dp), (n,))


def jwk_oct(g: Gen) -> Built:
    k = base64.urlsafe_b64encode(g.raw(32)).decode().rstrip("=")
    return Built("hmac.jwk", json.dumps({"kty": "oct", "alg": "HS256", "k": k}), (k,))


def tor_onion(g: Gen) -> Built:
    k = g.b64(64)
    return Built("", f"ADD_ONION ED25519-V3:{k} Flags=Detach Port=80,127.0.0.1:8080\n", (k,))


def zerotier(g: Gen) -> Built:
    pub, sec = g.hex(64), g.hex(64)
    return Built("/var/lib/zerotier-one/identity.secret", f"{g.hex(5)}:0:{pub}:{sec}\n", (sec,), (pub,))


def jenkins(g: Gen) -> Built:
    enc = "AQAAABAAAAAQ" + g.b64(48)
    text = (
        "<com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n  <scope>GLOBAL</scope>\n"
        f"  <id>deploy</id>\n  <username>deploy</username>\n  <password>{{{enc}}}</password>\n"
        "</com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n"
    )
    return Built("/var/lib/jenkins/credentials.xml", text, (enc,))


def rails_master_key(g: Gen) -> Built:
    k = g.hex(16)
    return Built("config/master.key", f"{k}\n", (k,))


def consul_gossip(g: Gen) -> Built:
    k = g.b64(32)
    return Built("/etc/consul.d/consul.hcl", f'datacenter = "dc1"\ndata_dir = "/opt/consul"\nencrypt = "{k}"\n', (k,))


def k3s_token(g: Gen) -> Built:
    t = f"K10{g.hex(32)}::server:{g.hex(16)}"
    return Built("/var/lib/rancher/k3s/server/node-token", t + "\n", (t,))


def kubeadm_join(g: Gen) -> Built:
    t = f"{g.lower(6)}.{g.lower(16)}"
    ca = g.hex(32)
    text = f"kubeadm join 10.0.0.10:6443 --token {t} \\\n    --discovery-token-ca-cert-hash sha256:{ca}\n"
    return Built("", text, (t,), (ca,))


def erlang_cookie(g: Gen) -> Built:
    c = "".join(g.rng.choice(string.ascii_uppercase) for _ in range(20))
    return Built("/var/lib/rabbitmq/.erlang.cookie", c, (c,))


def mongo_keyfile(g: Gen) -> Built:
    k = _lines(g.b64(300), 76)
    return Built("/etc/mongodb/keyfile", k + "\n", tuple(k.split("\n")))


FORMATS: dict[str, Callable[[Gen], Built]] = {
    f.__name__: f
    for f in (
        # key encodings
        minisign, signify, wireguard, openvpn_tls_crypt_v2, solana, hardhat, foundry, bitcoin_wif,
        bitcoin_xprv, nostr, bip39, vault_init, jwk, jwk_oct, tor_onion, zerotier, jenkins, rails_master_key, consul_gossip,
        k3s_token, kubeadm_join, erlang_cookie, mongo_keyfile,
        # credential files and directives
        creds.netrc, creds.pgpass, creds.htpasswd, creds.shadow, creds.docker_config, creds.npmrc,
        creds.maven, creds.nuget, creds.composer_auth, creds.kubeconfig, creds.helm_minio, creds.tf_state,
        creds.tf_outputs, creds.wp_config, creds.nextcloud, creds.haproxy, creds.apache_ldap, creds.redis,
        creds.sssd, creds.snmpd, creds.cisco, creds.ipsec_secrets, creds.freeradius, creds.wpa,
        creds.unattend, creds.filezilla, creds.svn_simple, creds.pgbouncer_userlist, creds.sasl_passwd, creds.dovecot, creds.rabbitmq,
        creds.recovery_conf, creds.otpauth, creds.otp_seed, creds.jenkins_groovy, creds.echo_to_secret_file,
        creds.heredoc_key_file, creds.tf_random_attributes, creds.tf_access_key,
    )
}  # fmt: skip
"""Every positive format by name."""

RAW_BLIND = frozenset(
    {"rails_master_key", "erlang_cookie", "mongo_keyfile", "pgpass", "sasl_passwd", "pgbouncer_userlist"}
)
"""Formats whose bare contents carry no mark of what they are (a line of hex, of capitals, of
base64, of colon-separated fields): they are expected only where a carrier names the file."""


# --- negatives ---------------------------------------------------------------------------------


def negatives(g: Gen) -> list[tuple[str, str]]:
    """(name, text) of files of the same formats without a secret."""
    return [
        ("minisign public key", f"untrusted comment: minisign public key 8E0B5E2A7F3C\n{base64.b64encode(b'Ed' + g.raw(40)).decode()}\n"),
        ("signify public key", f"untrusted comment: signify public key\n{base64.b64encode(b'Ed' + g.raw(40)).decode()}\n"),
        ("wireguard peer only", f"[Peer]\nPublicKey = {g.b64(32)}\nAllowedIPs = 10.8.0.0/24\nEndpoint = 198.51.100.7:51820\n"),
        ("jwk public", json.dumps({"kty": "EC", "crv": "P-256", "x": base64.urlsafe_b64encode(g.raw(32)).decode().rstrip("="), "y": base64.urlsafe_b64encode(g.raw(32)).decode().rstrip("="), "kid": "k1"})),
        ("small int array", "[" + ",".join(str(i) for i in range(64)) + "]"),
        ("pixel row", "[" + ",".join(str(min(255, 100 + i // 4)) for i in range(64)) + "]"),
        ("npub only", f"# follow me: {g.bech32('npub', g.raw(32))}\n"),
        ("xpub descriptor", '{"desc": "wpkh(' + g.b58check(bytes.fromhex("0488b21e") + b"\0" * 9 + g.raw(32) + b"\2" + g.raw(32)) + '/0/*)"}'),
        ("sha256sum output", f"{g.hex(32)}  dist/app.tar.gz\n{g.hex(32)}  dist/app.zip\n"),
        ("git log", f"commit {g.hex(20)}\nAuthor: CI <ci@example.com>\n\n    bump deps\n"),
        ("redis documented example", "# requirepass foobared\nport 6379\n"),
        ("haproxy placeholder", "listen stats\n    stats auth admin:${STATS_PASSWORD}\n"),
        ("radius documented example", "client localhost {\n    ipaddr = 127.0.0.1\n    secret = testing123\n}\n"),
        ("snmp public community", "rocommunity public localhost\nsnmp-server community public RO\n"),
        ("pgpass placeholder", "localhost:5432:mydb:myuser:<password>\n"),
        ("netrc placeholder", "machine api.example.com\n  login YOUR_LOGIN\n  password YOUR_PASSWORD\n"),
        ("shadow locked", "root:*:19700:0:99999:7:::\nnobody:!:19700::::::\ndaemon:!!:19700::::::\n"),
        ("tf state non-sensitive", json.dumps({"version": 4, "resources": [{"type": "aws_instance", "instances": [{"attributes": {"ami": "ami-0abcdef1234567890", "result": "ok"}, "sensitive_attributes": []}]}]}, indent=2)),
        ("tf plan sensitive", '  + result = (sensitive value)\n  + password = (sensitive value)\n'),
        ("ansible vault", "$ANSIBLE_VAULT;1.1;AES256\n" + _lines(g.hex(160), 80) + "\n"),
        ("kubeadm placeholder", "kubeadm join <control-plane-host>:<port> --token <token> --discovery-token-ca-cert-hash sha256:<hash>\n"),
        ("wp-config sample", "define( 'AUTH_KEY',         'put your unique phrase here' );\ndefine( 'NONCE_SALT',       'put your unique phrase here' );\n"),
        ("consul encrypt ref", 'encrypt = "{{ key \\"consul/gossip\\" }}"\n'),
        ("empty values", "requirepass \"\"\nstats auth admin:\nAuthLDAPBindPassword \"\"\n"),
        ("hardhat env", "accounts: [process.env.PRIVATE_KEY],\n"),
        ("hardhat default mnemonic", 'accounts: { mnemonic: "test test test test test test test test test test test junk" }\n'),
        ("mnemonic in prose", "A mnemonic is a memory aid: it helps you remember a list of things in the right order.\n"),
        ("ipsec rsa only", ": RSA moonKey.pem\n"),
    ]  # fmt: skip


# --- carriers ----------------------------------------------------------------------------------


def carriers(b: Built) -> Iterator[tuple[str, str]]:
    """(carrier, text) of one file shown five ways."""
    yield "raw", b.text
    if b.path:
        yield "cat", f"$ cat {b.path}\n{b.text}"
        args = {"filePath": b.path.replace("~", "/home/dev"), "content": b.text}
        yield "tool_args", json.dumps({"name": "create_file", "arguments": json.dumps(args)})
    else:
        yield "cat", f"$ history | tail -3\n{b.text}"
        yield "tool_args", json.dumps({"name": "run_in_terminal", "arguments": json.dumps({"command": b.text})})
    yield (
        "ci_log",
        "".join(f"[deploy : step-3] {line}\n" for line in f"+ cat {b.path or 'notes.txt'}\n{b.text}".splitlines()),
    )
    where = f" (`{b.path}`)" if b.path else ""
    yield "prose", f"Here is the file{where} as it is now:\n\n```\n{b.text}\n```\n\nLet me know if it works."


def cases(seed: int = 7, per_format: int = 3) -> list[Case]:
    """Every format, `per_format` generated files each, in every carrier."""
    g = Gen(random.Random(seed))
    out: list[Case] = []
    for name, build in FORMATS.items():
        for _ in range(per_format):
            b = build(g)
            for carrier, text in carriers(b):
                if carrier == "raw" and name in RAW_BLIND:
                    continue
                out.append(Case(name, carrier, text, b.secrets, b.publics))
    return out


def negative_cases(seed: int = 11) -> list[Case]:
    """Every negative in every carrier."""
    g = Gen(random.Random(seed))
    out: list[Case] = []
    for name, text in negatives(g):
        for carrier, t in carriers(Built("", text, ())):
            out.append(Case(name, carrier, t, (), ()))
    return out
