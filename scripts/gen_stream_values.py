"""Fake people, contact details and secrets for `scripts/gen_stream.py` (standard library only).

Everything here is invented at random from a seeded `random.Random`: names drawn from several
cultures, e-mail addresses, phone numbers in national formats, street addresses, payment card
numbers and IBANs with valid check digits, and secrets with the right *shape* for many providers
(GitHub tokens even carry a valid CRC32 checksum, as real ones do). None of it is a real secret.
The word lists are our own; they are deliberately not taken from ../shared/eval-dev.
"""

# ruff: noqa: E501, RUF001  (secret-shape tables one a line; names keep their own letters, e.g. Turkish dotless i)

from __future__ import annotations

import base64
import json
import random
import re
import string
import unicodedata
import zlib
from dataclasses import dataclass, field

ALNUM = string.ascii_letters + string.digits
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
HEX = "0123456789abcdef"

# Kinds of planted values (the manifest's `kind`).
PERSON = "PERSON"
EMAIL = "EMAIL_ADDRESS"
PHONE = "PHONE_NUMBER"
ADDRESS = "ADDRESS"
USERNAME = "USERNAME"
IP = "IP_ADDRESS"
CARD = "CREDIT_CARD"
IBAN = "IBAN_CODE"
SECRET = "SECRET"


@dataclass(frozen=True, order=True)
class Value:
    """One planted sensitive value; `provider` names the secret format (empty for PII)."""

    kind: str
    value: str
    provider: str = ""


@dataclass
class Bag:
    """Collects the values planted while composing a text; `add` returns the value for inlining."""

    values: set[Value] = field(default_factory=set)

    def add(self, kind: str, value: str, provider: str = "") -> str:
        self.values.add(Value(kind, value, provider))
        return value


# --- names (first names, family names) by culture; country code for phones/addresses ----------
CULTURES: dict[str, tuple[str, list[str], list[str]]] = {
    "pl": (
        "PL",
        ["Łukasz", "Agnieszka", "Tomasz", "Katarzyna", "Wojciech", "Zofia", "Paweł", "Magdalena"],
        ["Nowak", "Wiśniewski", "Zielińska", "Wójcik", "Kamińska", "Lewandowski", "Dąbrowski", "Szymańska"],
    ),
    "west_africa": (
        "NG",
        ["Kofi", "Ama", "Yaw", "Efua", "Chinedu", "Ngozi", "Oluwaseun", "Adaeze"],
        ["Mensah", "Owusu", "Boateng", "Okafor", "Adeyemi", "Nwosu", "Eze", "Acheampong"],
    ),
    "in": (
        "IN",
        ["Ananya", "Rohan", "Vikram", "Sneha", "Arjun", "Kavya", "Siddharth", "Meera"],
        ["Iyer", "Chatterjee", "Deshpande", "Reddy", "Banerjee", "Nair", "Kulkarni", "Menon"],
    ),
    "cn": (
        "CN",
        ["Wei", "Xiaoling", "Jun", "Meiling", "Hao", "Yanyan", "Zhiwei", "Lina"],
        ["Zhang", "Liu", "Chen", "Huang", "Zhao", "Wu", "Xu", "Sun"],
    ),
    "jp": (
        "JP",
        ["Haruto", "Yui", "Sota", "Aoi", "Ren", "Hina", "Daiki", "Sakura"],
        ["Takahashi", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato", "Yoshida"],
    ),
    "kr": (
        "KR",
        ["Minjun", "Seoyeon", "Jiho", "Hayoon", "Dohyun", "Jiwoo"],
        ["Kim", "Park", "Choi", "Jung", "Kang", "Yoon"],
    ),
    "vn": ("VN", ["Minh", "Thao", "Quang", "Lan", "Tuan", "Huong"], ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu"]),
    "br": (
        "BR",
        ["João", "Ana Clara", "Thiago", "Beatriz", "Rafael", "Larissa", "Gustavo", "Camila"],
        ["Silva", "Oliveira", "Souza", "Costa", "Pereira", "Almeida", "Ferreira", "Rodrigues"],
    ),
    "es": (
        "ES",
        ["Alejandro", "Lucía", "Diego", "Valentina", "Javier", "Sofía", "Mateo", "Ximena"],
        ["García", "Hernández", "Martínez", "López", "González", "Ramírez", "Torres", "Flores"],
    ),
    "ar": (
        "AE",
        ["Omar", "Layla", "Youssef", "Nour", "Karim", "Rania", "Tariq", "Salma"],
        ["Haddad", "Khalil", "Nasser", "Saleh", "Mansour", "Farouk", "Aziz", "Hamdan"],
    ),
    "tr": (
        "TR",
        ["Emre", "Ayşe", "Burak", "Elif", "Mehmet", "Zeynep"],
        ["Yılmaz", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın"],
    ),
    "de": (
        "DE",
        ["Jonas", "Lena", "Felix", "Hannah", "Lukas", "Miriam", "Tobias", "Katrin"],
        ["Müller", "Schneider", "Fischer", "Becker", "Hoffmann", "Schäfer", "Krüger", "Wagner"],
    ),
    "nordic": (
        "SE",
        ["Søren", "Ingrid", "Mikael", "Astrid", "Henrik", "Freja"],
        ["Lindqvist", "Andersen", "Johansson", "Halvorsen", "Nyström", "Bergström"],
    ),
    "uk_ie": (
        "GB",
        ["Siobhán", "Ciarán", "Aoife", "Declan", "Fiona", "Niall", "Imogen", "Rhys"],
        ["O'Brien", "Murphy", "Gallagher", "Walsh", "Kavanagh", "Pemberton", "Hughes", "Fairweather"],
    ),
    "us": (
        "US",
        ["Tyler", "Brianna", "Marcus", "Jasmine", "Dustin", "Kayla", "Trevor", "Destiny"],
        ["Whitaker", "Coleman", "Brooks", "Jenkins", "Sullivan", "Reyes", "Foster", "Bennett"],
    ),
    "ua": (
        "UA",
        ["Dmytro", "Olena", "Serhiy", "Nataliya", "Andriy", "Yuliya"],
        ["Shevchenko", "Bondarenko", "Kovalenko", "Tkachenko", "Melnyk", "Kravchuk"],
    ),
    "gr": ("GR", ["Nikos", "Eleni", "Giorgos", "Katerina"], ["Papadopoulos", "Georgiou", "Konstantinou", "Dimitriou"]),
    "ph": ("PH", ["Jericho", "Maricel", "Paolo", "Kristine"], ["Santos", "Dela Cruz", "Bautista", "Villanueva"]),
}
NATIVE_SCRIPT_NAMES = ["田中 美咲", "김 서연", "Дмитро Коваль", "Ελένη Παππά", "王 建国"]
"""A few names in their own script (fixtures from non-English markets)."""

WEBMAIL = [
    "gmail.com",
    "outlook.com",
    "yahoo.com",
    "proton.me",
    "icloud.com",
    "web.de",
    "gmx.de",
    "orange.fr",
    "yahoo.co.jp",
    "hotmail.co.uk",
    "qq.com",
    "uol.com.br",
    "mail.ru",
    "example.com",
    "example.org",
]
COMPANIES = [  # (enterprise slug, display name, e-mail domain, EMU short code)
    ("kestrel-freight", "Kestrel Freight", "kestrelfreight.com", "kf"),
    ("lumen-health", "Lumen Health Systems", "lumenhealth.io", "lhs"),
    ("quillpoint", "Quillpoint Insurance", "quillpoint.example", "qp"),
    ("harbourline", "Harbourline Bank", "harbourline.co.uk", "hb"),
]


def ascii_fold(text: str) -> str:
    """`Łukasz Wiśniewski` -> `Lukasz Wisniewski` (for e-mail local parts and user names)."""
    text = text.replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("ø", "o").replace("Ø", "O")
    text = text.replace("ı", "i").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isascii())


def _slug(text: str) -> str:
    return "".join(c for c in ascii_fold(text).lower() if c.isalnum())


@dataclass(frozen=True)
class Person:
    first: str
    last: str
    email: str
    phone: str
    address: str
    country: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass(frozen=True)
class User:
    """A Copilot user: a person plus their GitHub login, OS account and machine."""

    person: Person
    user_id: int
    login: str
    os_user: str
    os: str  # macOS | Linux | Windows
    home: str
    enterprise: str
    enterprise_id: int
    org: str
    repos: tuple[str, ...]

    def path(self, *parts: str) -> str:
        sep = "\\" if self.os == "Windows" else "/"
        return sep.join([self.home, *parts])


def email_for(rng: random.Random, first: str, last: str, domain: str) -> str:
    f, lname = _slug(first), _slug(last)
    local = rng.choice(
        [
            f"{f}.{lname}",
            f"{f[0]}{lname}",
            f"{f}{lname[0]}",
            f"{f}_{lname}",
            f"{f}.{lname}{rng.randint(2, 99)}",
            f"{lname}.{f}",
            f"{f}{rng.randint(70, 99)}",
        ]
    )
    return f"{local}@{domain}"


def phone_for(rng: random.Random, country: str) -> str:
    d = lambda n: "".join(rng.choice(string.digits) for _ in range(n))  # noqa: E731
    fmts = {
        "US": [
            lambda: f"({rng.randint(201, 989)}) 555-01{d(2)}",
            lambda: f"+1 {rng.randint(201, 989)}-555-01{d(2)}",
            lambda: f"{rng.randint(201, 989)}.555.01{d(2)}",
        ],
        "GB": [lambda: f"+44 20 7946 0{d(3)}", lambda: f"020 7946 0{d(3)}", lambda: f"+44 7700 900{d(3)}"],
        "DE": [lambda: f"+49 30 {d(8)}", lambda: f"+49 (0)89 {d(3)} {d(4)}", lambda: f"0151 {d(8)}"],
        "PL": [lambda: f"+48 {d(3)} {d(3)} {d(3)}", lambda: f"+48 22 {d(3)} {d(2)} {d(2)}"],
        "FR": [lambda: f"+33 1 {d(2)} {d(2)} {d(2)} {d(2)}", lambda: f"06 {d(2)} {d(2)} {d(2)} {d(2)}"],
        "IN": [lambda: f"+91 9{d(4)} {d(5)}", lambda: f"+91-80-{d(8)}"],
        "JP": [lambda: f"+81 3-{d(4)}-{d(4)}", lambda: f"090-{d(4)}-{d(4)}"],
        "BR": [lambda: f"+55 11 9{d(4)}-{d(4)}", lambda: f"(21) 9{d(4)}-{d(4)}"],
        "NG": [lambda: f"+234 803 {d(3)} {d(4)}", lambda: f"0803 {d(3)} {d(4)}"],
        "AE": [lambda: f"+971 50 {d(3)} {d(4)}"],
        "AU": [lambda: f"+61 2 {d(4)} {d(4)}", lambda: f"04{d(2)} {d(3)} {d(3)}"],
        "KR": [lambda: f"+82 10-{d(4)}-{d(4)}"],
        "ES": [lambda: f"+34 6{d(2)} {d(3)} {d(3)}", lambda: f"+34 91 {d(3)} {d(2)} {d(2)}"],
    }
    options = fmts.get(country) or fmts[rng.choice(["US", "GB", "DE", "AU"])]
    return rng.choice(options)()


_STREETS = {
    "US": (
        ["Maple Avenue", "Cedar Lane", "Harbor View Drive", "Old Mill Road", "Sycamore Court"],
        ["Springfield, IL 627", "Bend, OR 977", "Ithaca, NY 148", "Tucson, AZ 857", "Raleigh, NC 276"],
    ),
    "GB": (
        ["Kingsway", "Mill Lane", "Albion Road", "Church Street", "Queen's Parade"],
        ["London WC2B", "Leeds LS6", "Bristol BS8", "Manchester M14", "Glasgow G12"],
    ),
    "DE": (
        ["Hauptstraße", "Lindenallee", "Bahnhofstraße", "Schillerweg", "Am Rosengarten"],
        ["10115 Berlin", "80331 München", "50667 Köln", "20095 Hamburg", "04109 Leipzig"],
    ),
    "FR": (
        ["rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire", "rue de la Paix"],
        ["69003 Lyon", "75011 Paris", "33000 Bordeaux", "31000 Toulouse"],
    ),
    "ES": (
        ["Calle de Alcalá", "Avenida de la Constitución", "Calle Mayor", "Paseo de Gracia"],
        ["28014 Madrid", "41001 Sevilla", "08007 Barcelona", "46002 Valencia"],
    ),
    "IN": (
        ["MG Road", "Residency Road", "Linking Road", "Anna Salai"],
        ["Bengaluru 5600", "Mumbai 4000", "Chennai 6000", "Pune 4110"],
    ),
    "JP": (
        ["Shibuya", "Umeda", "Sakae", "Tenjin"],
        ["Shibuya-ku, Tokyo 150-00", "Kita-ku, Osaka 530-00", "Naka-ku, Nagoya 460-00"],
    ),
    "BR": (
        ["Rua Augusta", "Avenida Paulista", "Rua das Flores", "Rua XV de Novembro"],
        ["São Paulo - SP, 01310-", "Curitiba - PR, 80020-", "Rio de Janeiro - RJ, 20040-"],
    ),
    "PL": (
        ["ul. Marszałkowska", "ul. Długa", "ul. Piotrkowska", "al. Jerozolimskie"],
        ["00-950 Warszawa", "90-001 Łódź", "80-831 Gdańsk", "31-042 Kraków"],
    ),
    "NG": (
        ["Adeola Odeku Street", "Awolowo Road", "Admiralty Way"],
        ["Victoria Island, Lagos", "Ikoyi, Lagos", "Lekki, Lagos"],
    ),
}


def address_for(rng: random.Random, country: str) -> str:
    if country not in _STREETS:  # lives abroad
        country = rng.choice(["US", "GB", "DE", "FR"])
    streets, places = _STREETS[country]
    street, place, n = rng.choice(streets), rng.choice(places), rng.randint(2, 480)
    extra = {"US": 2, "IN": 2, "JP": 2, "BR": 3}.get(country, 0)  # complete the postcode prefix
    place += "".join(rng.choice(string.digits) for _ in range(extra))
    if country == "GB":
        place += f" {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    if country in ("US", "GB", "IN", "NG"):
        unit = rng.choice(["", "", f"Apt {rng.randint(1, 40)}, ", f"Flat {rng.randint(1, 12)}, "])
        return f"{unit}{n} {street}, {place}"
    if country == "JP":
        return f"{rng.randint(1, 4)}-{rng.randint(1, 30)}-{rng.randint(1, 20)} {street}, {place}"
    if country in ("ES", "BR"):
        return f"{street}, {n}, {place}"
    return f"{street} {n}, {place}" if country in ("DE", "PL") else f"{n} {street}, {place}"


def make_person(rng: random.Random, domain: str | None = None, culture: str | None = None) -> Person:
    country, firsts, lasts = CULTURES[culture or rng.choice(sorted(CULTURES))]
    first, last = rng.choice(firsts), rng.choice(lasts)
    mail = email_for(rng, first, last, domain or rng.choice(WEBMAIL))
    return Person(first, last, mail, phone_for(rng, country), address_for(rng, country), country)


def make_user(rng: random.Random, user_id: int, company: tuple[str, str, str, str]) -> User:
    slug, _, domain, code = company
    p = make_person(rng, domain)
    f, lname = _slug(p.first), _slug(p.last)
    os_name = rng.choices(["macOS", "Linux", "Windows"], weights=[5, 3, 3])[0]
    os_user = rng.choice([f"{f[0]}{lname}", f, f"{f}.{lname}", f"{lname}{f[0]}", f"{f}{lname}"])
    if os_name == "Windows":
        os_user = rng.choice([os_user, ascii_fold(p.first) + ascii_fold(p.last)[0], ascii_fold(p.first).capitalize()])
    home = {"macOS": f"/Users/{os_user}", "Linux": f"/home/{os_user}", "Windows": f"C:\\Users\\{os_user}"}[os_name]
    login = f"{f[0]}{lname}_{code}" if rng.random() < 0.6 else f"{f}-{lname}_{code}"
    org = f"{slug.split('-')[0]}-{rng.choice(['platform', 'payments', 'data', 'mobile', 'web'])}"
    repos = tuple(rng.sample(REPOS, 3))
    return User(p, user_id, login, os_user, os_name, home, slug, 0, org, repos)


REPOS = [
    "payments-service",
    "shipment-tracker",
    "claims-portal",
    "patient-intake",
    "ledger-sync",
    "mobile-app",
    "data-pipelines",
    "infra-terraform",
    "notification-hub",
    "customer-api",
    "billing-worker",
    "search-indexer",
]


# --- check-digit helpers ------------------------------------------------------------------------
def luhn_complete(prefix_and_body: str) -> str:
    digits = [int(c) for c in prefix_and_body]
    total = 0
    for i, dgt in enumerate(reversed(digits)):
        if i % 2 == 0:
            dgt *= 2
            dgt -= 9 if dgt > 9 else 0
        total += dgt
    return prefix_and_body + str((10 - total % 10) % 10)


def card_number(rng: random.Random) -> str:
    prefix = rng.choice(["4", "51", "52", "55", "2221", "37", "6011"])
    length = 15 if prefix == "37" else 16
    raw = luhn_complete(prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1)))
    if rng.random() < 0.5:
        return raw
    groups = [raw[0:4], raw[4:10], raw[10:]] if length == 15 else [raw[i : i + 4] for i in range(0, 16, 4)]
    return rng.choice([" ", "-"]).join(groups)


def iban(rng: random.Random) -> str:
    country, length = rng.choice([("DE", 18), ("GB", 18), ("FR", 23), ("NL", 14), ("ES", 20)])
    if country in ("GB", "NL"):
        bban = "".join(rng.choice(string.ascii_uppercase) for _ in range(4))
        bban += "".join(rng.choice(string.digits) for _ in range(length - 4))
    else:
        bban = "".join(rng.choice(string.digits) for _ in range(length))
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    check = 98 - int(numeric) % 97
    return f"{country}{check:02d}{bban}"


def public_ip(rng: random.Random) -> str:
    if rng.random() < 0.15:
        return "2a02:" + ":".join(f"{rng.randint(0, 0xFFFF):x}" for _ in range(7))
    while True:
        a = rng.randint(1, 223)
        if a not in (10, 127, 169, 172, 192, 100):
            return f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


# --- secrets: right shape, random content, never real --------------------------------------------
def _r(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _b62(n: int) -> str:
    out = ""
    while n:
        n, rem = divmod(n, 62)
        out = B62[rem] + out
    return out.rjust(6, "0")


def github_token(rng: random.Random, prefix: str = "ghp") -> str:
    body = _r(rng, ALNUM, 30)
    return f"{prefix}_{body}{_b62(zlib.crc32(body.encode()))}"


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def jwt(rng: random.Random, email: str | None = None) -> str:
    header = {"alg": rng.choice(["HS256", "RS256", "ES256"]), "typ": "JWT"}
    claims: dict[str, object] = {"sub": str(rng.randint(10**5, 10**9)), "iat": 1783400000 + rng.randint(0, 90000)}
    if email:
        claims["email"] = email
    claims["scope"] = rng.choice(["read:orders write:orders", "admin", "openid profile email"])
    sig = _r(rng, B64URL, 43 if header["alg"] == "HS256" else 86)
    return f"{_b64url(json.dumps(header).encode())}.{_b64url(json.dumps(claims).encode())}.{sig}"


def pem_block(rng: random.Random) -> tuple[str, str]:
    """A fake private-key block and one of its body lines (both planted)."""
    label = rng.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    head = {
        "RSA PRIVATE KEY": "MIIEow",
        "PRIVATE KEY": "MIIEvQ",
        "EC PRIVATE KEY": "MHcCAQEE",
        "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAA",
    }[label]
    lines = [head + _r(rng, B64, 64 - len(head))] + [_r(rng, B64, 64) for _ in range(rng.randint(6, 14))]
    lines.append(_r(rng, B64, rng.randint(8, 60)) + "=")
    block = f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"
    return block, lines[1]


SECRET_PROVIDERS: dict[str, tuple[str, ...]] = {
    # provider: environment variable names it typically lives in
    "github_pat": ("GITHUB_TOKEN", "GH_TOKEN", "GITHUB_PAT"),
    "github_oauth": ("GH_OAUTH_TOKEN",),
    "github_fine_grained": ("GITHUB_TOKEN", "GH_PAT"),
    "aws_access_key_id": ("AWS_ACCESS_KEY_ID",),
    "aws_secret_access_key": ("AWS_SECRET_ACCESS_KEY",),
    "slack_bot": ("SLACK_BOT_TOKEN",),
    "slack_user": ("SLACK_USER_TOKEN",),
    "slack_webhook": ("SLACK_WEBHOOK_URL",),
    "stripe_live": ("STRIPE_SECRET_KEY", "STRIPE_API_KEY"),
    "openai_project": ("OPENAI_API_KEY",),
    "anthropic": ("ANTHROPIC_API_KEY",),
    "google_api": ("GOOGLE_MAPS_API_KEY", "FIREBASE_API_KEY"),
    "gitlab_pat": ("GITLAB_TOKEN",),
    "npm": ("NPM_TOKEN",),
    "sendgrid": ("SENDGRID_API_KEY",),
    "twilio_auth": ("TWILIO_AUTH_TOKEN",),
    "huggingface": ("HF_TOKEN",),
    "datadog": ("DD_API_KEY",),
    "azure_storage_key": ("AZURE_STORAGE_KEY",),
    "jwt": ("SESSION_TOKEN", "AUTH_TOKEN"),
    "generic_api_key": ("API_KEY", "PARTNER_API_KEY", "INTERNAL_API_SECRET", "SECRET_KEY"),
    "db_password": ("DB_PASSWORD", "POSTGRES_PASSWORD", "MYSQL_ROOT_PASSWORD"),
}


def secret(rng: random.Random, provider: str) -> str:
    """A random value with the shape of `provider`'s secrets."""
    makers = {
        "github_pat": lambda: github_token(rng, "ghp"),
        "github_oauth": lambda: github_token(rng, rng.choice(["gho", "ghu", "ghs"])),
        "github_fine_grained": lambda: (
            "github_pat_11" + _r(rng, string.ascii_uppercase + string.digits, 20) + "_" + _r(rng, ALNUM, 59)
        ),
        "aws_access_key_id": lambda: (
            rng.choice(["AKIA", "AKIA", "ASIA"]) + _r(rng, string.ascii_uppercase + "234567", 16)
        ),
        "aws_secret_access_key": lambda: _r(rng, B64, 40),
        "slack_bot": lambda: f"xoxb-{rng.randint(10**10, 10**12)}-{rng.randint(10**11, 10**13)}-{_r(rng, ALNUM, 24)}",
        "slack_user": lambda: (
            f"xoxp-{rng.randint(10**10, 10**12)}-{rng.randint(10**10, 10**12)}-{rng.randint(10**11, 10**13)}-{_r(rng, HEX, 32)}"
        ),
        "slack_webhook": lambda: (
            f"https://hooks.slack.com/services/T{_r(rng, string.ascii_uppercase + string.digits, 8)}/B{_r(rng, string.ascii_uppercase + string.digits, 10)}/{_r(rng, ALNUM, 24)}"
        ),
        "stripe_live": lambda: (
            rng.choice(["sk_live_", "rk_live_"])
            + (_r(rng, ALNUM, 24) if rng.random() < 0.4 else "51" + _r(rng, ALNUM, 97))
        ),
        "openai_project": lambda: "sk-proj-" + _r(rng, B64URL, 74) + "T3BlbkFJ" + _r(rng, B64URL, 74),
        "anthropic": lambda: "sk-ant-api03-" + _r(rng, B64URL, 93) + "AA",
        "google_api": lambda: "AIza" + _r(rng, B64URL, 35),
        "gitlab_pat": lambda: "glpat-" + _r(rng, B64URL, 20),
        "npm": lambda: github_token(rng, "npm"),
        "sendgrid": lambda: f"SG.{_r(rng, B64URL, 22)}.{_r(rng, B64URL, 43)}",
        "twilio_auth": lambda: _r(rng, HEX, 32),
        "huggingface": lambda: "hf_" + _r(rng, string.ascii_letters, 34),
        "datadog": lambda: _r(rng, HEX, 32),
        "azure_storage_key": lambda: _r(rng, B64, 86) + "==",
        "jwt": lambda: jwt(rng),
        "generic_api_key": lambda: rng.choice([_r(rng, HEX, 32), _r(rng, ALNUM, 40), _r(rng, B64URL, 48)]),
        "db_password": lambda: (
            _r(rng, ALNUM, rng.randint(4, 8))
            + rng.choice(["!", "#", "%", "-", "_"])
            + _r(rng, ALNUM, rng.randint(6, 12))
        ),
    }
    return makers[provider]()


def db_url(rng: random.Random, bag: Bag, user_name: str | None = None) -> str:
    """A database URL with an inline password (the password is planted, and so is the user)."""
    scheme, port = rng.choice(
        [("postgres", 5432), ("postgresql", 5432), ("mysql", 3306), ("mongodb+srv", 0), ("redis", 6379)]
    )
    pw = bag.add(SECRET, secret(rng, "db_password").replace("%", "x"), "db_url_password")
    db_user = user_name or rng.choice(["app", "svc_orders", "reporting", "admin", "etl"])
    host = rng.choice(
        [
            "db.internal",
            "prod-db-1.cluster-c9x2k.eu-west-1.rds.amazonaws.com",
            "cluster0.mq7z1.mongodb.net",
            "10.20.3.14",
            "pg-primary.svc.cluster.local",
        ]
    )
    where = host if port == 0 else f"{host}:{port}"
    return f"{scheme}://{db_user}:{pw}@{where}/{rng.choice(['orders', 'claims', 'app', 'ledger', '0'])}"


def autoplant(text: str, bag: Bag, user: User) -> None:
    """Record the user's own identifiers wherever they occur as a whole word."""
    for kind, val in (
        (USERNAME, user.os_user),
        (USERNAME, user.login),
        (PERSON, user.person.name),
        (EMAIL, user.person.email),
    ):
        if re.search(rf"(?<![A-Za-z0-9]){re.escape(val)}(?![A-Za-z0-9])", text):
            bag.add(kind, val)
