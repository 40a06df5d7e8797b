"""Generic secret detectors: key/value forms, URLs, command lines, key blocks, placeholders,
non-secrets, and the JSON-escaped form of all of them."""

# ruff: noqa: E501  -- token patterns and sample tokens are long literals; wrapping them hurts reading.

from __future__ import annotations

import json
import random
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redactor.detect.secrets import secret_detectors
from redactor.detect.secrets.escapes import EscapeView
from redactor.detect.unescape import Unescaped

DETECTORS = secret_detectors()
_RNG = random.Random(7)
ALNUM = string.ascii_letters + string.digits


def rand(alphabet: str, n: int) -> str:
    """Seeded random characters (test values that look generated)."""
    return "".join(_RNG.choice(alphabet) for _ in range(n))


TOKEN = rand(ALNUM, 32)
HEXKEY = rand("0123456789abcdef", 40)
PASSWORD = "ohng5aiCee"


def spans(text: str) -> list[tuple[int, int]]:
    return [(s.start, s.end) for d in DETECTORS for s in d.detect(text)]


def coverage(text: str, value: str) -> float:
    """Share of the characters of the first occurrence of `value` inside some span."""
    i = text.index(value)
    sp = spans(text)
    return sum(any(a <= k < b for a, b in sp) for k in range(i, i + len(value))) / len(value)


def escaped(text: str) -> str:
    """`text` as it appears inside a JSON string (quotes and newlines escaped)."""
    return json.dumps({"arguments": {"content": text}})


POSITIVE = [
    # (carrier, secret value) -- generic forms with a provider nobody lists ("zylker").
    (f"ZYLKER_API_KEY={TOKEN}", TOKEN),  # .env
    (f"export ZYLKER_TOKEN='{TOKEN}'", TOKEN),  # shell export
    (f'"zylker_api_key": "{TOKEN}",', TOKEN),  # JSON
    (f"zylker.api-key: {TOKEN}", TOKEN),  # YAML with dotted kebab key
    (f'const zylkerKey = "{TOKEN}";', TOKEN),  # JS const, camelCase ...Key
    (f'zylkerSecret := "{TOKEN}"', TOKEN),  # Go
    (f'os.environ["ZYLKER_SECRET"] = "{TOKEN}"', TOKEN),  # Python environ assignment
    (f'[default]\nzylker_token = "{TOKEN}"\n', TOKEN),  # TOML
    (f'curl -H "Authorization: Bearer {TOKEN}" https://api.example.test', TOKEN),  # header in curl
    (f"Authorization: Basic {HEXKEY}", HEXKEY),  # basic auth header
    (f"x-api-key: {TOKEN}", TOKEN),  # api key header
    (f"'Authorization': 'token {TOKEN}'", TOKEN),  # python dict header with scheme
    (f'client = Zylker(api_key="{TOKEN}")', TOKEN),  # keyword argument
    (f'zylker.setToken("{TOKEN}")', TOKEN),  # setter call
    (f'- name: ZYLKER_TOKEN\n  value: "{TOKEN}"', TOKEN),  # Kubernetes env entry
    (f'<add key="ZylkerApiKey" value="{TOKEN}" />', TOKEN),  # .NET appSettings
    (f"<password>{PASSWORD}</password>", PASSWORD),  # XML element
    (f"spring.datasource.password={PASSWORD}", PASSWORD),  # Java properties
    (f"Server=sql01;Database=crm;User Id=bob;Password={PASSWORD};", PASSWORD),  # ADO.NET
    (f"jdbc:mysql://db:3306/app?user=bob&password={PASSWORD}&ssl=true", PASSWORD),  # JDBC query
    (f"DATABASE_URL=postgresql://bob:{PASSWORD}@db.internal:5432/app", PASSWORD),  # URL credentials
    (f"mongodb+srv://bob:{PASSWORD}@cluster0.example.net/db", PASSWORD),  # MongoDB
    (f"redis://:{PASSWORD}@cache:6379/0", PASSWORD),  # Redis, empty user
    (f"amqp://guest:{PASSWORD}@rabbit:5672/", PASSWORD),  # AMQP
    (f"jdbc:oracle:thin:scott/{PASSWORD}@db:1521:orcl", PASSWORD),  # Oracle thin
    (f"mysql -h db -u bob -p'{PASSWORD}' orders < dump.sql", PASSWORD),  # mysql -p'...'
    (f"mysqldump -u root -p{PASSWORD} app", PASSWORD),  # mysql -pPASS
    (f"psql --password={PASSWORD} -h db", PASSWORD),  # --password=
    (f"app --api-token {TOKEN} --verbose", TOKEN),  # --flag value
    (f"curl -u bob:{PASSWORD} https://example.test", PASSWORD),  # curl basic auth
    (f"sshpass -p {PASSWORD} ssh bob@host", PASSWORD),  # sshpass
    (f"requirepass {PASSWORD}", PASSWORD),  # redis.conf
    (f"machine api.example.test login bob password {PASSWORD}", PASSWORD),  # .netrc
    (f"--set imagePullSecret.password={HEXKEY}", HEXKEY),  # helm --set
    (
        "DISCORD_API_KEY=374844926365420163",
        "374844926365420163",
    ),  # numeric id under a provider key
    (f"the api token is {TOKEN}", TOKEN),  # prose
    (f"zyl_{TOKEN}", f"zyl_{TOKEN}"),  # unknown vendor prefix + random body
]


@pytest.mark.parametrize(("text", "value"), POSITIVE)
def test_generic_forms_are_masked(text: str, value: str) -> None:
    assert coverage(text, value) >= 0.99


@pytest.mark.parametrize(("text", "value"), POSITIVE)
def test_generic_forms_are_masked_json_escaped(text: str, value: str) -> None:
    raw = escaped(text)
    assert coverage(raw, value) >= 0.99


def test_span_covers_value_only_not_key_or_quotes() -> None:
    text = f'"zylker_token": "{TOKEN}"'
    start = text.index(TOKEN)
    assert (start, start + len(TOKEN)) in spans(text)


def test_json_escaped_span_maps_back_to_raw_offsets() -> None:
    raw = escaped(f'config = {{"zylker_token": "{TOKEN}"}}\nother = 1')
    start = raw.index(TOKEN)
    assert (start, start + len(TOKEN)) in spans(raw)


RSA = "\n".join(rand(ALNUM + "+/", 64) for _ in range(5))


@pytest.mark.parametrize(
    "block",
    [
        f"-----BEGIN RSA PRIVATE KEY-----\n{RSA}\n-----END RSA PRIVATE KEY-----",  # PKCS#1
        f"-----BEGIN PRIVATE KEY-----\n{RSA}\n-----END PRIVATE KEY-----",  # PKCS#8
        f"-----BEGIN OPENSSH PRIVATE KEY-----\n{RSA}\n-----END OPENSSH PRIVATE KEY-----",  # OpenSSH
        f"-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n{RSA}\n-----END PGP PRIVATE KEY BLOCK-----",  # PGP
    ],
)
def test_private_key_blocks_are_masked_whole(block: str) -> None:
    text = f"key file:\n{block}\ndone"
    start = text.index("-----BEGIN")
    assert (start, start + len(block)) in spans(text)
    raw = escaped(text)
    rs = raw.index("-----BEGIN")
    re_ = raw.index("-----", raw.index("-----END") + 5) + 5
    assert (rs, re_) in spans(raw)


def test_truncated_private_key_is_masked_to_end_of_text() -> None:
    text = f'{{"private_key": "-----BEGIN PRIVATE KEY-----\\n{RSA[:100]}'
    start = text.index("-----BEGIN")
    assert (start, len(text)) in spans(text)


def test_service_account_json_private_key() -> None:
    sa = json.dumps(
        {
            "type": "service_account",
            "private_key": f"-----BEGIN PRIVATE KEY-----\n{RSA}\n-----END PRIVATE KEY-----\n",
        }
    )
    assert coverage(sa, RSA.split("\n")[0]) == 1.0


NEGATIVE = [
    "3fa85f64-5717-4562-b3fc-2c963f66afa6",  # bare UUID
    '{"id": "3fa85f64-5717-4562-b3fc-2c963f66afa6", "X-Request-Id": "7c9e6679-7425-40de-944b-e07e0f3b2c9a"}',  # GUIDs
    'clientId = "73082700-1f09-405b-80d0-3131bfd6272d"',  # client ids are not secrets
    "commit 8e94f98e922983d23e43c17dd9a76fd7e1095b80\n977236c fix: panic (#1696)",  # commit ids, short shas
    "github.com/kr/pty v1.1.1/go.mod h1:pFQYn66WHrOpPYNljwOMqo10TkYh1fy3cYio2l3bCsQ=",  # go.sum
    "10e76e02d2ddc0fa91590e65249dbbb572fd9e322779f8a6eea228ef29087c3c  dist/notes.txt",  # sha256sum
    '"integrity": "sha512-7Ug3Hq/BHF8tfx9Rx0QpnR/oDEp3Bt5rvyCIjd89kL6dz/9WOy0mOCIgNjYb5P5ti4ks/tHUKuT1tH4RBWx9PA=="',  # lockfile
    "FROM python:3.11-slim@sha256:2bac43769ace90ebd3ad83e5392295e25dfc58e58543d3ab326c3330b505283d",  # image digest
    "echo 'Q29weXJpZ2h0IChjKSAyMDE5IFphY2hhcnkgUmljZQ==' | base64 -d",  # base64 of ordinary text
    'version = "2.31.0-rc1"\nrequires-python = ">=3.11"',  # versions
    "/usr/local/lib/python3.11/site-packages/requests/auth.py",  # file path
    "def measureLatencyAndHandleErrors(ctx, start, err):",  # identifiers
    "token := s.conn.GetToken()",  # code reference, not a value
    'api_key = os.environ["OPENAI_API_KEY"]',  # environment lookup
    "password: ${DB_PASSWORD}",  # variable reference
    "  ~ resource \"aws_db_instance\" \"main\" {\n      ~ password = (sensitive value)\n    }",  # terraform plan
    'password = (known after apply)\ntoken    = (sensitive)',  # terraform plan markers
    "GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}",  # Actions expression
    "const apiKey = process.env.STRIPE_SECRET_KEY;",  # process.env
    "HUGGINGFACE_API_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx,",  # placeholder
    'sumo_access_key   = "<SUMOLOGIC ACCESS KEY>"',  # angle placeholder
    "ZYLKER_API_KEY=your-api-key-here",  # visible placeholder text
    "password: changeme",  # default placeholder
    "password = '********'",  # masked
    'password: ""',  # empty
    "PuttyPassword=0",  # too short
    'sequenceKey = "18"',  # not a secret key
    "max_tokens=4096, temperature=0.2",  # token count
    "curl --user ${f5user}:${f5pass} https://x",  # curl with variables
    "curl --user neo4j:[PASSWORD] http://[IP]:7474/db/data/",  # curl with placeholders
    "postgres://user:password@localhost:5432/app",  # documentation URL
    "mysql -u root -p mydb < dump.sql",  # interactive -p
    "ssh -p 2222 user@host",  # -p is a port
    "tar -pxzf archive.tar.gz",  # -p is a flag
    "BuildKey=release-2024-10-01-rc1",  # structured name
    "Authorization: Bearer <SECRET_3>",  # our own output placeholder
    "ZYLKER_TOKEN=<SECRET_1>\npassword: [REDACTED]\nuser: <PERSON_1>",  # idempotence
    "DATABASE_URL=postgresql://<USERNAME_1>:<SECRET_2>@db:5432/app",  # idempotence in URLs
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_non_secrets_produce_no_span(text: str) -> None:
    assert spans(text) == []


@pytest.mark.parametrize("text", NEGATIVE)
def test_non_secrets_produce_no_span_json_escaped(text: str) -> None:
    assert spans(escaped(text)) == []


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(["a", "b", '"', "\\", "\n", "/", "\\n", '\\"', "\\u0041"]), max_size=30
    ).map("".join)
)
def test_escape_view_maps_every_span_back_inside_the_raw_text(raw: str) -> None:
    view = EscapeView(raw)
    for i in range(len(view.text)):
        s, e = view.to_raw(i, i + 1)
        assert 0 <= s < e <= len(raw)
        # A decoded character comes from the raw slice it maps to (one decoding level; with two,
        # the slice is escaped twice)
        two_levels = view.text != Unescaped(raw, levels=1).text
        assert json_decode_or_same(raw[s:e]) == view.text[i] or two_levels


def json_decode_or_same(chunk: str) -> str:
    try:
        return str(json.loads(f'"{chunk}"'))
    except json.JSONDecodeError:
        return chunk


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=string.ascii_letters + string.digits + " =:_-\n\"'", max_size=120))
def test_detecting_is_idempotent_on_redacted_output(text: str) -> None:
    # Replace every detected span by a placeholder; the result must yield no new span.
    sp = sorted(set(spans(text)))
    out, last = [], 0
    for a, b in sp:
        if a < last:
            continue
        out.append(text[last:a])
        out.append("<SECRET_1>")
        last = b
    out.append(text[last:])
    assert spans("".join(out)) == []
