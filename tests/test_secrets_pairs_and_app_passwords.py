"""Credentials known by context (round 5): key-pair halves, app passwords, passwords named in prose.

Classes: an ``<id>:<secret>`` Authorization value after any scheme word (GoDaddy ``sso-key``),
an ``access id`` key (the id half of an access key pair), YAML ``keys:`` maps of generated key id
to secret (LiveKit), application passwords ``xxxx-xxxx-xxxx-xxxx`` under a password key, and
"password for X: <v>" sentences. Every positive row also runs JSON-escaped; near misses must stay
unmasked.
"""

from __future__ import annotations

import json

import pytest

from redactor.detect.secrets import secret_detectors

DETECTORS = secret_detectors()

KEY_ID = "Zq8PwLm3TnV6xRk"
SECRET_40 = "Hb3Lk9QpZx7Vw2MnRt5Yc8Fj1Gd4Ks6Ua0Ne3PiWo"
PAIR_ID = "Mt7QbWx2LpZ9sVc4_kRn8Hd5FjYa3"
PAIR_SECRET = "Gv6NcTq1XzPm8RwK4bLs0D"


def masked(text: str) -> set[str]:
    return {text[s.start : s.end] for d in DETECTORS for s in d.detect(text)}


def escaped(text: str) -> str:
    return json.dumps({"content": text})


POSITIVE = [
    # any scheme word, id and secret both masked, each alone
    (f"curl -H 'Authorization: sso-key {PAIR_ID}:{PAIR_SECRET}' https://api.example.net/v1/x", [PAIR_ID, PAIR_SECRET]),
    (f'headers = {{"Authorization": "api-key {PAIR_ID}:{PAIR_SECRET}"}}', [PAIR_ID, PAIR_SECRET]),
    # access id keys (the id half of an access key pair) with a random value
    (f"name=web-03\naccessid={KEY_ID}\nephemeral=true", [KEY_ID]),
    (f"SUMO_ACCESS_ID={KEY_ID}", [KEY_ID]),
    (f'{{"access_id": "{KEY_ID}", "region": "eu"}}', [KEY_ID]),
    # keys:/secrets: maps of generated key id -> secret
    (f"port: 7880\nkeys:\n  {KEY_ID}: {SECRET_40}\nlogging:\n  level: info\n", [KEY_ID, SECRET_40]),
    (f"api_keys:\n  ci-runner: {SECRET_40}\n", [SECRET_40]),
    # application passwords under a password key, in env files and prose
    ("FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD=kmwd-tbzq-rcha-vnye", ["kmwd-tbzq-rcha-vnye"]),
    ("BSKY_APP_PASSWORD=k3p9-zz1q-m0xa-77bt", ["k3p9-zz1q-m0xa-77bt"]),
    ('smtp_password: "kmwd tbzq rcha vnye"', ["kmwd tbzq rcha vnye"]),
    ("my app-specific password is kmwd-tbzq-rcha-vnye, use it for the CI upload", ["kmwd-tbzq-rcha-vnye"]),
    # a password named in a sentence with a colon after "for <what>"
    ("Reset done. Temporary password for the VPN portal: Heron!5531 (must be changed).", ["Heron!5531"]),
    ("The initial password for jdoe: Maple-7730x", ["Maple-7730x"]),
    # passwords in sentences without "is": with/use, user + pw pairs, creds user / pass
    ("you can log in as deploy with password Hx4vLq9mZt", ["Hx4vLq9mZt"]),
    ("user admin, pw Kv7mQx2pLw", ["Kv7mQx2pLw"]),
    ("smb://fs01/share (user jdoe, pass Tulip77xq)", ["Tulip77xq"]),
    ("creds are admin / Pz8!mqR2vt for the staging box", ["Pz8!mqR2vt"]),
    ("the login is ops:Wq3!zLp8Mx on the old jenkins", ["Wq3!zLp8Mx"]),
    # the password word in other languages
    ("mot de passe : Gr4nite!Peak", ["Gr4nite!Peak"]),
    ("contraseña: Gr4nite!Peak", ["Gr4nite!Peak"]),
    ("wachtwoord is Gr4nite!Peak", ["Gr4nite!Peak"]),
    # commands: net user, a password piped to sudo -S / chpasswd / passwd --stdin
    ("net user svc_backup Gr4nite!Peak /add", ["Gr4nite!Peak"]),
    ("echo 'Pl4net#991' | sudo -S systemctl restart nginx", ["Pl4net#991"]),
    ('echo "deploy:Hx4vLq9mZt" | chpasswd', ["Hx4vLq9mZt"]),
    ("printf 'Hx4vLq9mZt\\n' | passwd --stdin deploy", ["Hx4vLq9mZt"]),
    # a Wi-Fi pre-shared key is a passphrase (words allowed); Postfix sasl_passwd lines
    ('network={\n  ssid="HomeNet"\n  psk="Orchid-Lantern-72"\n}', ["Orchid-Lantern-72"]),
    ("[smtp.example.com]:587 jdoe@example.com:kmwdtbzqrchavnye", ["kmwdtbzqrchavnye"]),
    # bare config nouns naming a provider credential when the value is one opaque random token
    ("[pipedrive]\napi = 8f2c9b7a1e4d6c3b5a9f8e7d6c5b4a3f1e2d3c4b", ["8f2c9b7a1e4d6c3b5a9f8e7d6c5b4a3f1e2d3c4b"]),
    (
        "zoho.refresh=1000.8f2c9b7a1e4d6c3b5a9f8e7d6c5b4a3f.1e2d3c4b5a6f",
        ["1000.8f2c9b7a1e4d6c3b5a9f8e7d6c5b4a3f.1e2d3c4b5a6f"],
    ),
    ('kAgoraAppCertificate = @"8f2c9b7a1e4d6c3b5a9f8e7d6c5b4a3f";', ["8f2c9b7a1e4d6c3b5a9f8e7d6c5b4a3f"]),
    # the id half of a token id/secret pair, and a key id before its generated key on a CLI
    (
        f"ACME_TOKEN_ID=3f6c1d2e-8a9b-4c7d-9e0f-1a2b3c4d5e6f\nACME_TOKEN_SECRET={SECRET_40}",
        ["3f6c1d2e-8a9b-4c7d-9e0f-1a2b3c4d5e6f", SECRET_40],
    ),
    (
        f"$ acme token set --token-id tk-{PAIR_SECRET} --token-secret ts-{KEY_ID}9x",
        [f"tk-{PAIR_SECRET}", f"ts-{KEY_ID}9x"],
    ),
    (f"objstore account authorize 0071b9e3302f4c8a1d9e62b57 {SECRET_40}", ["0071b9e3302f4c8a1d9e62b57", SECRET_40]),
]

NEAR_MISSES = [
    # variables and placeholders after a scheme word
    "curl -H 'Authorization: sso-key $GODADDY_KEY:$GODADDY_SECRET' https://api.example.net",
    "Authorization: see the API guide for the scheme",
    # access ids that are not random, or references
    "access_id: 48812",
    "request_access_id = request.access_id",
    "accessible_id=Zq8PwLm3TnV6xRk",
    # keys:/secrets: maps of settings, names and references
    "keys:\n  sort: name\n  order: desc\n",
    "keys:\n  ServiceName1: ${SERVICE_KEY}\n",
    "secrets:\n  enabled: true\n  store: vault\n",
    "credentials:\n  username: deploy\n  region: eu-west-1\n",
    # four-letter groups that are not under a password key, or placeholders
    "slug: tour-days-mark-here",
    "APP_PASSWORD=xxxx-xxxx-xxxx-xxxx",
    # prose passwords without a value
    "The password for the VPN portal: see the vault entry",
    "password for the VPN portal: reset by admin",
    # sentences about logins and passwords that hold none
    "login is required for /admin",
    "credentials are stored in /etc/app/creds.json",
    "use the password field below the username",
    "sign in with password authentication disabled",
    "user root, password required",
    "login: user/password",
    "creds are username/password pairs",
    "Kennwort vergessen? Klicken Sie hier",
    "la contraseña debe tener 12 caracteres",
    # commands whose input is a variable, a prompt or not a password
    'echo "building v1.2.3" | tee -a build.log',
    "echo $SUDO_PASS | sudo -S apt-get update",
    "net user jdoe /domain",
    'net user "John Smith" * /add',
    'Set-ADAccountPassword -Identity jdoe -Reset -NewPassword (Read-Host -AsSecureString "pw")',
    # relay lines without a password, psk references
    "[smtp.example.com]:587 jdoe@example.com",
    "relay.example.com:25 deferred: connect to mx@example.com:25",
    "psk: ${WIFI_PSK}",
    # the same nouns holding settings, images, URLs and paths
    "api: v1",
    'api = "https://api.example.com/v2"',
    "api: ghcr.io/acme/api:1.4.2",
    "refresh: 3600",
    "refresh=true",
    "client_certificate: /etc/ssl/client.pem",
    '"api": "payments-service-internal"',
    # a token id without its secret; a login without a token
    "TOKEN_ID=3f6c1d2e-8a9b-4c7d-9e0f-1a2b3c4d5e6f",
    '"token_id": "tok_1N3xYz2eZvKYlo2C"',
    "gh auth login --with-token",
]


def test_secure_string_subexpression_is_not_the_value() -> None:
    text = 'Set-ADAccountPassword -Identity jdoe -NewPassword (ConvertTo-SecureString "Brk!9921aa" -AsPlainText -Force)'
    assert masked(text) == {"Brk!9921aa"}


@pytest.mark.parametrize(("text", "values"), POSITIVE)
@pytest.mark.parametrize("form", ["plain", "escaped"])
def test_context_credentials_are_masked(text: str, values: list[str], form: str) -> None:
    t = text if form == "plain" else escaped(text)
    found = masked(t)
    for v in values:
        assert v in found, (v, found)


def test_auth_pair_masks_halves_not_the_colon() -> None:
    text = f"Authorization: sso-key {PAIR_ID}:{PAIR_SECRET}"
    assert masked(text) == {PAIR_ID, PAIR_SECRET}


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_context_near_misses_are_left_alone(text: str) -> None:
    assert masked(text) == set()
