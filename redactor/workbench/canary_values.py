"""Synthetic canaries: shape-valid fake secrets of many catalogue formats and fake personal data
of every entity type, each in a sentence a real session could contain.

Every value is generated from a seeded `random.Random`, so a run is reproducible and nothing real
is ever used. Tokens carry valid checksums where the format has one (GitHub and npm CRC32,
credit-card Luhn, IBAN mod-97) so that a detector validating them must accept them.
"""

from __future__ import annotations

import base64
import json
import random
import string
import zlib
from collections.abc import Callable
from dataclasses import dataclass

ALNUM = string.ascii_letters + string.digits
BASE62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
HEX = "0123456789abcdef"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
BECH32 = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"


@dataclass(frozen=True, slots=True)
class Canary:
    """One planted value.

    Attributes:
        name: stable id, e.g. ``secret.github.pat`` or ``pii.email``.
        entity: the entity type a policy must treat it as.
        text: the sentence or snippet planted in a field (contains the value).
        needles: substrings that must not survive anywhere in the redacted record (the value,
            or its distinctive parts).
        origin: ``builtin`` or the officer's canary file.
    """

    name: str
    entity: str
    text: str
    needles: tuple[str, ...]
    origin: str = "builtin"

    def __repr__(self) -> str:  # canary values are fake, but keep reprs value-free anyway
        return f"Canary({self.name!r}, {self.entity})"


def _s(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _base62(n: int, width: int) -> str:
    out = []
    while n:
        n, r = divmod(n, 62)
        out.append(BASE62[r])
    return "".join(reversed(out)).rjust(width, "0")


def crc_token(rng: random.Random, prefix: str) -> str:
    """GitHub / npm shape: prefix, 30 random base62 characters, base62(CRC32) in 6."""
    body = _s(rng, ALNUM, 30)
    return prefix + body + _base62(zlib.crc32(body.encode()), 6)


def luhn_card(rng: random.Random, prefix: str = "4", length: int = 16) -> str:
    """A Luhn-valid card number, grouped by four."""
    digits = [int(c) for c in prefix] + [rng.randrange(10) for _ in range(length - len(prefix) - 1)]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    digits.append((10 - total % 10) % 10)
    s = "".join(map(str, digits))
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def iban_de(rng: random.Random) -> str:
    """A German IBAN with valid mod-97 check digits, grouped by four."""
    bban = _s(rng, string.digits, 18)
    num = int(bban + "131400")  # D=13 E=14, then 00
    check = 98 - num % 97
    s = f"DE{check:02d}{bban}"
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def jwt(rng: random.Random) -> str:
    def seg(obj: object) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")

    head = seg({"alg": "HS256", "typ": "JWT"})
    body = seg({"sub": str(rng.randrange(10**8)), "name": "canary", "iat": 1783000000 + rng.randrange(10**6)})
    return f"{head}.{body}.{_s(rng, B64URL, 43)}"


def pem_block(rng: random.Random) -> str:
    lines = [_s(rng, B64, 64) for _ in range(8)] + [_s(rng, B64, 24) + "=="]
    return "-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END RSA PRIVATE KEY-----"


SecretMaker = Callable[[random.Random], tuple[str, str]]
"""Returns (planted text, secret value)."""


def _v(text: str, value: str) -> tuple[str, str]:
    return text.replace("{v}", value), value


SECRET_MAKERS: dict[str, SecretMaker] = {
    "github.pat": lambda r: _v("export GITHUB_TOKEN={v}", crc_token(r, "ghp_")),
    "github.oauth": lambda r: _v("the OAuth token {v} was revoked", crc_token(r, "gho_")),
    "github.server_to_server": lambda r: _v("installation token: {v}", crc_token(r, "ghs_")),
    "github.refresh": lambda r: _v("refresh_token={v}", crc_token(r, "ghr_")),
    "github.fine_grained_pat": lambda r: _v(
        "gh auth login --with-token <<< {v}", "github_pat_" + _s(r, ALNUM, 22) + "_" + _s(r, ALNUM, 59)
    ),
    "gitlab.pat": lambda r: _v(
        "git clone https://oauth2:{v}@gitlab.example.com/team/app.git", "glpat-" + _s(r, ALNUM, 20)
    ),
    "npm.access_token": lambda r: _v("//registry.npmjs.org/:_authToken={v}", crc_token(r, "npm_")),
    "pypi.upload_token": lambda r: _v("TWINE_PASSWORD={v}", "pypi-AgEIcHlwaS5vcmc" + _s(r, B64URL, 70)),
    "aws.access_key_id": lambda r: _v("aws_access_key_id = {v}", "AKIA" + _s(r, B32, 16)),
    "aws.secret_access_key": lambda r: _v("aws_secret_access_key = {v}", _s(r, ALNUM + "+/", 40)),
    "gcp.api_key": lambda r: _v("const mapsKey = '{v}';", "AIza" + _s(r, B64URL, 35)),
    "azure.storage_account_key": lambda r: _v(
        "DefaultEndpointsProtocol=https;AccountName=canarystore;AccountKey={v};EndpointSuffix=core.windows.net",
        _s(r, ALNUM + "+/", 86) + "==",
    ),
    "slack.bot_token": lambda r: _v(
        "SLACK_BOT_TOKEN={v}", f"xoxb-{_s(r, string.digits, 12)}-{_s(r, string.digits, 13)}-{_s(r, ALNUM, 24)}"
    ),
    "slack.webhook": lambda r: _v(
        "curl -X POST {v} -d @payload.json",
        f"https://hooks.slack.com/services/T{_s(r, B32, 9)}/B{_s(r, B32, 9)}/{_s(r, ALNUM, 24)}",
    ),
    "stripe.secret_key": lambda r: _v('stripe.api_key = "{v}"', "sk_live_" + _s(r, ALNUM, 32)),
    "openai.project_key": lambda r: _v("OPENAI_API_KEY={v}", "sk-proj-" + _s(r, B64URL, 80)),
    "anthropic.api_key": lambda r: _v("x-api-key: {v}", "sk-ant-api03-" + _s(r, B64URL, 93) + "AA"),
    "huggingface.token": lambda r: _v("huggingface-cli login --token {v}", "hf_" + _s(r, ALNUM, 34)),
    "sendgrid.api_key": lambda r: _v("SENDGRID_API_KEY='{v}'", f"SG.{_s(r, B64URL, 22)}.{_s(r, B64URL, 43)}"),
    "twilio.api_key": lambda r: _v("twilio api key sid {v}", "SK" + _s(r, HEX, 32)),
    "digitalocean.token": lambda r: _v("doctl auth init -t {v}", "dop_v1_" + _s(r, HEX, 64)),
    "shopify.token": lambda r: _v("X-Shopify-Access-Token: {v}", "shpat_" + _s(r, HEX, 32)),
    "vault.service_token": lambda r: _v("VAULT_TOKEN={v}", "hvs." + _s(r, B64URL, 95)),
    "doppler.token": lambda r: _v("DOPPLER_TOKEN={v}", "dp.pt." + _s(r, ALNUM, 43)),
    "age.secret_key": lambda r: _v("# age key file\n{v}", "AGE-SECRET-KEY-1" + _s(r, BECH32, 58)),
    "jwt": lambda r: _v("Authorization: Bearer {v}", jwt(r)),
    "pem": lambda r: _v("{v}", pem_block(r)),
    "url.credentials": lambda r: _v(
        "DATABASE_URL=postgres://svc_billing:{v}@db.internal.example:5432/billing", _s(r, ALNUM, 20)
    ),
    "generic.assignment": lambda r: _v('db_password = "{v}"', _s(r, ALNUM, 10) + "!" + _s(r, ALNUM, 8)),
    "cli.password": lambda r: _v("mysql -h db.internal -u admin -p{v} billing", _s(r, ALNUM, 16)),
    "curl.basic_auth": lambda r: _v("curl -u deploy:{v} https://ci.example.com/api/json", _s(r, ALNUM, 18)),
}
"""Catalogue format id (without ``secret.``) -> maker. The planted text is how such a value
typically appears in a prompt, a tool call or a tool result."""


def _ssn(rng: random.Random) -> str:
    area = rng.choice([a for a in range(101, 665) if a != 666])
    return f"{area:03d}-{rng.randrange(10, 99):02d}-{rng.randrange(1000, 9999):04d}"


def _cpf(rng: random.Random) -> str:
    """A Brazilian CPF with valid check digits, written ``ddd.ddd.ddd-dd``."""
    d = [rng.randrange(10) for _ in range(9)]
    for n in (9, 10):
        d.append(sum(d[i] * (n + 1 - i) for i in range(n)) * 10 % 11 % 10)
    s = "".join(map(str, d))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def _fixed(value: str) -> Callable[[random.Random], str]:
    return lambda _r: value


@dataclass(frozen=True, slots=True)
class PiiMaker:
    """A personal-data canary: `template` with ``{v}`` replaced by `value(rng)`; `parts` are
    extra needles (e.g. first and last name separately)."""

    name: str
    entity: str
    template: str
    value: Callable[[random.Random], str]
    parts: tuple[str, ...] = ()


PII_MAKERS: tuple[PiiMaker, ...] = (
    PiiMaker(
        "pii.person.intro",
        "PERSON",
        "Hi, my name is {v} and I maintain this service.",
        _fixed("Henrike Vasquez-Lindqvist"),
        ("Henrike", "Vasquez-Lindqvist"),
    ),
    PiiMaker(
        "pii.person.git",
        "PERSON",
        "Author: {v} <o.abernathy@canary-mail.example>",
        _fixed("Oluwaseun Abernathy-Kowalczyk"),
        ("Oluwaseun", "Abernathy-Kowalczyk"),
    ),
    PiiMaker(
        "pii.email",
        "EMAIL_ADDRESS",
        "send the report to {v} before Friday",
        lambda r: f"h.lindqvist{r.randrange(100, 999)}@northwind-canary.example",
    ),
    PiiMaker(
        "pii.phone", "PHONE_NUMBER", "call me on {v} after six", lambda r: f"+44 20 7946 0{r.randrange(100, 999)}"
    ),
    PiiMaker("pii.credit_card", "CREDIT_CARD", "card number {v} was declined", luhn_card),
    PiiMaker("pii.iban", "IBAN_CODE", "refund to IBAN {v} please", iban_de),
    PiiMaker("pii.us_ssn", "US_SSN", "SSN: {v}", _ssn),
    PiiMaker(
        "pii.us_driver_license",
        "US_DRIVER_LICENSE",
        "driver's license number {v} issued in California",
        lambda r: "D" + _s(r, string.digits, 7),
    ),
    PiiMaker("pii.national_id", "NATIONAL_ID", "CPF do titular: {v}", _cpf),
    PiiMaker(
        "pii.ip_address",
        "IP_ADDRESS",
        "ssh from my laptop at {v} is blocked",
        lambda r: f"81.{r.randrange(2, 250)}.{r.randrange(2, 250)}.{r.randrange(2, 250)}",
    ),
    PiiMaker(
        "pii.address",
        "ADDRESS",
        "ship it to {v}",
        lambda r: f"{r.randrange(100, 9999)} Larkspur Avenue, Springfield, IL 62704",
    ),
    PiiMaker("pii.location", "LOCATION", "I will be working from {v} all of next month.", _fixed("Reykjavik")),
    PiiMaker("pii.location.trip", "LOCATION", "I am flying to {v} on Monday for the customer visit.", _fixed("Lisbon")),
    PiiMaker(
        "pii.date_of_birth",
        "DATE_OF_BIRTH",
        "date of birth: {v}",
        lambda r: f"{r.randrange(1950, 2000)}-0{r.randrange(1, 9)}-{r.randrange(10, 28)}",
    ),
    PiiMaker("pii.username.home", "USERNAME", "cd /home/{v}/src/billing && make test", _fixed("hvlindqvist")),
    PiiMaker("pii.username.windows", "USERNAME", "opened C:\\Users\\{v}\\Documents\\notes.txt", _fixed("okowalczyk7")),
    PiiMaker(
        "pii.url",
        "URL",
        "my profile is at {v}",
        _fixed("https://social.example/@henrike.vasquez.lindqvist"),
        ("henrike.vasquez.lindqvist",),
    ),
    PiiMaker(
        "pii.organization",
        "ORGANIZATION",
        "I work for {v} in their data team.",
        _fixed("Quillmoor Biotherapeutics GmbH"),
        ("Quillmoor",),
    ),
)
"""Personal-data canaries; every entity type but SECRET has at least one."""


def key_needles(value: str) -> tuple[str, ...]:
    """The value, and each whitespace-separated piece of it that looks like key material (8+
    characters with a digit): a PEM block with one line left in clear has leaked."""
    pieces = [p for p in value.split() if len(p) >= 8 and any(ch.isdigit() for ch in p)]
    return tuple(dict.fromkeys([value, *pieces]))


def builtin_canaries(seed: int = 0) -> list[Canary]:
    """Every built-in canary, generated from `seed` (same seed, same values)."""
    rng = random.Random(seed)
    out: list[Canary] = []
    for name, make in SECRET_MAKERS.items():
        text, value = make(rng)
        out.append(Canary(f"secret.{name}", "SECRET", text, key_needles(value)))
    for m in PII_MAKERS:
        value = m.value(rng)
        out.append(Canary(m.name, m.entity, m.template.replace("{v}", value), (value, *m.parts)))
    return out
