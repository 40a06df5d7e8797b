"""Secrets of providers nobody listed, as classes (issue 3, session 6).

Generated matrices, seeded, each with near misses that must stay unmasked:

- random lower-case keys under secret names (`wordlike`, `values.identifier_like`): key names x
  carriers x seeded random letters; words, identifiers and German compounds stay;
- UUIDs that are credentials (``curl -u <uuid>:``) while request/trace/correlation ids stay;
- API keys as URL path segments (`urlpaths`): hosts x positions x key shapes; commit ids, package
  digests, resource ids and OpenStack project ids stay;
- passwords as short flags of tools nobody listed (`commands`), ports, paths and options stay;
- passwords as positional arguments of credential constructors and login calls (`credcalls`);
- tokens printed by create-token commands and ``auth: user / token`` log lines (`printed`).
"""

from __future__ import annotations

import json
import random
import string

import pytest

from redactor.detect.secrets import secret_detectors
from redactor.detect.secrets.values import identifier_like
from redactor.detect.secrets.wordlike import letter_score, reads_as_words

DETECTORS = secret_detectors()
_RNG = random.Random(6003)


def masked(text: str, value: str) -> bool:
    """Some secret detector covers every occurrence's first character of `value` in `text`."""
    start = text.index(value)
    end = start + len(value)
    return any(s.start <= start and s.end >= end for d in DETECTORS for s in d.detect(text))


def touched(text: str, value: str) -> bool:
    """Some secret span overlaps `value`."""
    start = text.index(value)
    end = start + len(value)
    return any(s.start < end and s.end > start for d in DETECTORS for s in d.detect(text))


def _letters(n: int, alphabet: str = string.ascii_lowercase) -> str:
    return "".join(_RNG.choice(alphabet) for _ in range(n))


def _lower_digits(n: int) -> str:
    while True:
        v = _letters(n, string.ascii_lowercase + string.digits)
        if sum(c.isdigit() for c in v) >= 2 and v[0].isalpha():
            return v


def _hex(n: int) -> str:
    while True:
        v = _letters(n, "0123456789abcdef")
        if any(c.isalpha() for c in v) and any(c.isdigit() for c in v):
            return v


def _base62(n: int) -> str:
    while True:
        v = _letters(n, string.ascii_letters + string.digits)
        if sum(c.isdigit() for c in v) >= 3 and any(c.isupper() for c in v) and any(c.islower() for c in v):
            return v


def _uuid() -> str:
    h = _hex(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


# --- random lower-case letters read as random, words as words --------------------------------


def test_random_lower_case_strings_are_rarely_identifiers() -> None:
    rng = random.Random(11)
    strings = ["".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(16, 40))) for _ in range(4000)]
    rate = sum(identifier_like(s) for s in strings) / len(strings)
    assert rate < 0.035  # the vowel-share test alone: about 0.09


@pytest.mark.parametrize(
    "word",
    [
        "authenticationtokenvalue",  # English words glued
        "getUserNameFromDatabase",  # camelCase
        "AbstractAsyncContextManager",  # few vowels, still words (the vowel test alone rejected it)
        "Nutzfahrzeugtechnik",  # German compound
        "kraftfahrzeugtechnikwerkstatt",  # German compound, 28 per cent vowels
        "Datenbankverbindungsfehler",
        "waarschijnlijkheidsrekening",  # Dutch
        "przedsiebiorstwowielkie",  # Polish, folded
        "SERVICEACCOUNTNAMESPACE",  # upper-case words
    ],
)
def test_words_and_compounds_read_as_words(word: str) -> None:
    assert identifier_like(word)
    assert reads_as_words(word)


def test_letter_score_orders_words_above_random_letters() -> None:
    assert letter_score("authenticationtoken") > 0.0 > letter_score("ouvadwgwzakzevyfzoutpqgvagwetaqi")


KEY_NAMES = ("MW_API_KEY", "api_key", "apiToken", "CLIENT_SECRET", "auth_token", "SECRET_KEY", "x-api-key")
CARRIERS = (
    "ENV {k}={v}",
    "export {k}={v}",
    "{k}: {v}",
    '{{"{k}": "{v}"}}',
    '{k} = "{v}"',
    "  {k}: '{v}'",
    '{{\\"{k}\\": \\"{v}\\"}}',  # JSON-escaped inside a tool result
    "${k} = '{v}';",  # PHP
    'const {k} = "{v}";',  # JS
    '{k} := "{v}"',  # Go
    "set {k}={v}",  # Windows cmd
    "<{k}>{v}</{k}>",  # XML
    "- name: {k}\n  value: {v}",  # Kubernetes env
)


@pytest.mark.parametrize("key", KEY_NAMES)
@pytest.mark.parametrize("carrier", CARRIERS)
def test_random_lower_case_key_under_secret_name_is_masked(key: str, carrier: str) -> None:
    for value in (
        next(v for v in iter(lambda: _letters(32), "") if not identifier_like(v)),
        _lower_digits(40),
    ):
        text = "config:\n" + carrier.format(k=key, v=value) + "\n"
        assert masked(text, value), text


@pytest.mark.parametrize("carrier", CARRIERS)
@pytest.mark.parametrize(
    "value",
    ["authenticationtokenvalue", "kraftfahrzeugtechnikwerkstatt", "AbstractAsyncContextManager"],
)
def test_word_values_under_secret_names_stay(carrier: str, value: str) -> None:
    text = carrier.format(k="API_KEY", v=value)
    assert not touched(text, value), text


# --- UUIDs that are credentials, ids that are not ----------------------------------------------


@pytest.mark.parametrize(
    "template",
    [
        "curl https://api.example.my/v3/bills -u {u}: -d amount=100",
        "curl -s --user {u}: https://api.example.com/charges",
        "api_key: {u}",
        "X-Api-Key: {u}",
        '"apiKey": "{u}"',
    ],
)
def test_uuid_credentials_are_masked(template: str) -> None:
    u = _uuid()
    assert masked(template.format(u=u), u)


@pytest.mark.parametrize(
    "template",
    [
        "request_id: {u}",
        "X-Request-Id: {u}",
        '"traceId": "{u}"',
        "correlation_id={u}",
        '"sessionId": "{u}", "message": "hello"',
        "curl https://api.example.com/v1/users/{u}",
        "GET https://api.example.com/v2/orders/{u}/items",
    ],
)
def test_uuid_ids_stay(template: str) -> None:
    u = _uuid()
    assert not touched(template.format(u=u), u)


# --- keys as URL path segments -----------------------------------------------------------------

PATH_KEY_URLS = (
    "https://api.{host}/v2/{k}/uptime/monitors/0/30/",  # after a version segment, before a method
    "https://gateway.{host}/api/{k}/subgraphs/id/Qm",  # after an api segment
    "https://{host}/apikey/{k}/status",
    "https://{host}/key/{k}",
    "https://submit.{host}/acme/{k}/minidump",  # ingest host
    "https://eth-mainnet.{host}/{k}",  # node gateway host
    "https://rpc.{host}/api/v2/bundler/{k}",
    "wss://bsc.{host}nodes.io/ws/{k}",
)
HOSTS = ("example.io", "uptime-monitor.com", "telemetry.dev")


@pytest.mark.parametrize("url", PATH_KEY_URLS)
@pytest.mark.parametrize("host", HOSTS)
@pytest.mark.parametrize("shape", ["hex32", "hex64", "base62"])
def test_key_in_path_is_masked(url: str, host: str, shape: str) -> None:
    k = {"hex32": _hex(32), "hex64": _hex(64), "base62": _base62(32)}[shape]
    for carrier in ("url: {}", "curl -s '{}'", 'const endpoint = "{}";', '{{\\"url\\": \\"{}\\"}}'):
        text = carrier.format(url.format(host=host, k=k))
        assert masked(text, k), text


@pytest.mark.parametrize(
    "url",
    [
        "https://github.com/acme/tool/commit/{h40}",
        "https://gitlab.com/acme/tool/-/blob/{h40}/README.md",
        "https://files.pythonhosted.org/packages/ab/cd/{h64}/pkg-1.0.tar.gz",
        "https://registry.example.com/v2/app/blobs/sha256:{h64}",
        "https://api.example.com/v1/users/{uuid}",
        "https://compute.example.com/v2.1/{h32}/servers/detail",  # an OpenStack project id
        "https://cdn.example.com/assets/{h32}/app.js",
        "https://www.gravatar.com/avatar/{h32}",
        "https://api.example.com/v1/{uuid}",  # a resource id after a version
        "https://example.com/docs/{h32}",
        "https://ipfs.example.com/ipfs/{h64}",
        "https://rpc.example.com/tx/{h64}",  # a transaction hash on a node host
        # shapes seen in installed files:
        "ws://127.0.0.1:9229/{uuid}",  # a Node.js inspector session
        "https://keys.openpgp.org/vks/v1/by-fingerprint/{h40}",
        "https://api.semanticscholar.org/graph/v1/paper/{h40}",
        "https://www.data.gv.at/katalog/dataset/{uuid}",
        "https://data.example.ua/en/dataset/x-120/resource/{uuid}",
        "https://app.codacy.com/project/badge/Grade/{h32}",
        "https://media.tenor.com/images/{h32}/tenor.gif",
    ],
)
def test_content_addresses_and_resource_ids_in_paths_stay(url: str) -> None:
    h32, h40, h64, u = _hex(32), _hex(40), _hex(64), _uuid()
    text = "see " + url.format(h32=h32, h40=h40, h64=h64, uuid=u)
    for value in (h32, h40, h64, u):
        if value in text:
            assert not touched(text, value), text


# --- short password flags of tools nobody listed ------------------------------------------------

TOOLS = (
    "caprover deploy -h https://captain.example.cd",
    "acmectl login --user ops",
    "vpnc-connect corp",
    "backupd push",
)
PASSWORDS = ("granite@8888", "Otter4392%hs", "tundra*6997", "xK9mQ2vLp7Wz")


@pytest.mark.parametrize("tool", TOOLS)
@pytest.mark.parametrize("flag", ["-p {q}{v}{q}", "-P {q}{v}{q}", "-p={q}{v}{q}", "-pw {q}{v}{q}"])
@pytest.mark.parametrize("pw", PASSWORDS)
def test_short_password_flag_of_unknown_tool(tool: str, flag: str, pw: str) -> None:
    for q in ("", "'", '"'):
        text = f"$ {tool} {flag.format(q=q, v=pw)} -a invoice-api"
        assert masked(text, pw), text


@pytest.mark.parametrize(
    "command",
    [
        "docker run -p 8080:80 nginx",
        "ssh -p 2222 deploy@host",
        "pytest -p no:cacheprovider -q",
        "mkdir -p /srv/app/data",
        "docker compose -p billing-stack up -d",
        "xargs -P 4 -n 1 echo",
        "wget -P downloads/v1.2 https://example.com/f",
        "git add -p src/main.py",
        "python -m pip install -p Python3.11",
        "kubectl port-forward svc/web -p 8443:443",
    ],
)
def test_short_flags_that_are_not_passwords_stay(command: str) -> None:
    value = command.split(" -p ")[-1].split(" -P ")[-1].split()[0]
    assert not touched(command, value), command


# --- credential constructors and login calls -----------------------------------------------------

CALLS = (
    'cluster = Cluster(url, ClusterOptions(PasswordAuthenticator("{u}", "{p}")))',
    'var cred = new NetworkCredential("{u}", "{p}");',
    'var cred = new NetworkCredential("{u}", "{p}", "CORP");',
    'new UsernamePasswordCredentials("{u}", "{p}")',
    'return new PasswordAuthentication("{u}", "{p}".toCharArray());',
    "r = requests.get(url, auth=HTTPBasicAuth('{u}', '{p}'))",
    'String credential = Credentials.basic("{u}", "{p}");',
    "server.login('{u}', '{p}')",
    "ftp.login('{u}', '{p}')",
    "Http::withBasicAuth('{u}', '{p}')->get($url);",
    "await client.signIn('{u}', '{p}')",
)


@pytest.mark.parametrize("call", CALLS)
@pytest.mark.parametrize("pw", PASSWORDS)
def test_password_argument_of_credential_call(call: str, pw: str) -> None:
    text = call.format(u="svc_sync", p=pw)
    assert masked(text, pw), text


@pytest.mark.parametrize(
    ("call", "value"),
    [
        ('login("user", "secret")', "secret"),  # a placeholder word in docs
        ("NetworkCredential(user, password)", "password"),  # variables
        ('is_authorized("admin", "Xk9!mq2Lp")', "Xk9!mq2Lp"),  # a predicate, not a credential call
        ('print("login", "Please enter your password")', "Please enter your password"),
        ('BasicAuth("https://x.example.com", "Tr0ub4dor&3")', "Tr0ub4dor&3"),  # a URL, not a user
        ('format_message("svc", "Xk9!mq2Lp")', "Xk9!mq2Lp"),  # no credential word in the name
        ('flight.BasicAuth("user", "pass2")', "pass2"),  # a dummy of test code
        ("client.authenticate(HttpBasicClientAuthHandler('test', 'p4ssw0rd'))", "p4ssw0rd"),  # leetspeak dummy
        ('basic_auth = flight.BasicAuth("username1", "password1")', "password1"),
    ],
)
def test_calls_without_a_literal_password_stay(call: str, value: str) -> None:
    assert not touched(call, value), call


# --- tokens printed by tools -----------------------------------------------------------------------

PHRASES = (
    'created token "ci-runner"; save this token somewhere, you can\'t view it again.',
    "Make sure to copy your personal access token now. You won't be able to see it again!",
    "Your new API key is:",
    "Token created successfully:",
    "This is the only time the secret will be shown.",
    "New token:",
)


@pytest.mark.parametrize("phrase", PHRASES)
@pytest.mark.parametrize("layout", ["{p}\n{t}", "{p} {t}", "{p}\n\n  {t}\n"])
def test_token_printed_after_shown_once_phrase(phrase: str, layout: str) -> None:
    for token in (
        _lower_digits(16) + "." + _letters(12, string.ascii_letters) + "7Qx" + _lower_digits(20),
        "".join(_RNG.choice(string.ascii_letters + string.digits) for _ in range(40)) + "9",
    ):
        text = "$ tool tokens create\n" + layout.format(p=phrase, t=token)
        assert masked(text, token), text


@pytest.mark.parametrize(
    "text",
    [
        "Save this token somewhere safe.\nThen run tool login --token-stdin < file",
        "You can't view it again, so copy it now.\nhttps://docs.example.com/tokens/create-personal-access-token",
        "Your new API key is ready in the dashboard under Settings > ApiKeysManagementPage.",
        "Token created successfully: ci-runner-production-deployments-2026",
    ],
)
def test_shown_once_prose_without_a_generated_token_stays(text: str) -> None:
    assert not any(d.detect(text) for d in DETECTORS if d.name == "secret.output.printed"), text


@pytest.mark.parametrize("label", ["auth", "credentials", "login", "basic_auth"])
@pytest.mark.parametrize("user", ["ci@limpopo-ag.co.za", "deploy-bot", "svc_backup"])
def test_user_slash_token_log_line(label: str, user: str) -> None:
    token = _lower_digits(40)
    text = f"[2026-11-21 08:03:12] POST https://x.example.com/deploy\n[2026-11-21 08:03:12] {label}: {user} / {token}\n"
    assert masked(text, token), text


def test_user_slash_word_log_line_stays() -> None:
    text = "[2026-11-21 08:03:12] auth: deploy / read-write-permissions-granted\n"
    assert not touched(text, "read-write-permissions-granted")


# --- CSV/TSV exports with a credential column ------------------------------------------------------

EXPORT_HEADERS = (
    ("name", "url", "username", "password", "note"),  # Chrome, Edge
    ("url", "username", "password", "totp", "extra", "name", "grouping", "fav"),  # LastPass
    ("Account", "Login Name", "Password", "Web Site", "Comments"),  # KeePass
    ("folder", "type", "name", "login_uri", "login_username", "login_password"),  # Bitwarden
    ("service", "user", "api_token", "env"),  # a team's key sheet (token column: generated values)
)


@pytest.mark.parametrize("header", EXPORT_HEADERS)
@pytest.mark.parametrize("delimiter", [",", "\t", ";"])
@pytest.mark.parametrize("quoted", [False, True])
def test_credential_column_of_delimited_export(header: tuple[str, ...], delimiter: str, quoted: bool) -> None:
    col = next(i for i, h in enumerate(header) if "pass" in h.lower() or "token" in h.lower())
    token_column = "token" in header[col]
    rows = []
    values = []
    for n in range(3):
        cells = ["" if n == 1 and i == len(header) - 1 else f"cell{n}{i}" for i in range(len(header))]
        cells[0] = "https://portal.example.com" if header[0] == "url" else "Staging, EU" if quoted else "Staging EU"
        value = _base62(24) if token_column else PASSWORDS[n]
        cells[col] = value
        values.append(value)
        rows.append(delimiter.join(f'"{c}"' if quoted else c for c in cells))
    head = delimiter.join(f'"{h}"' if quoted else h for h in header)
    text = head + "\n" + "\n".join(rows) + "\n"
    for value in values:
        assert masked(text, value), text


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("id,name,password_hash,created\n1,bob,pbkdf2_sha256$abc$def,2020\n", "pbkdf2_sha256$abc$def"),  # a hash column
        ("user,password,result\nalice,pass,fail\nbob,fail,pass\n", "fail"),  # test results
        ("name,password,note\nbob,********,reset\n", "********"),  # a mask
        ("name,password_reset_count,role\nbob,Xk9!mq2Lp,admin\n", "Xk9!mq2Lp"),  # a count column (vetoed)
        ("a,b\nname,password\nbob\n", "bob"),  # no row with as many cells as the header
    ],
)
def test_delimited_tables_without_credential_values_stay(text: str, value: str) -> None:
    assert not any(
        s.start <= text.index(value) < s.end
        for d in DETECTORS
        if d.name == "secret.generic.chosen"
        for s in d.detect(text)
    ), text


def test_port_then_csv_cells_is_not_a_url_password() -> None:
    text = "Build NAS,http://10.20.0.14:5000,buildbot,Xk9!mq2Lp,,Infra"
    assert not any(d.detect(text) for d in DETECTORS if d.name == "secret.url.credentials")


# --- passwords glued to their owner, SAP hdbuserstore -----------------------------------------------


@pytest.mark.parametrize("owner", ["remote", "local", "server", "client", "service", "oper", "vnc", "imap"])
@pytest.mark.parametrize("carrier", ["{k} = {v}", "{k}: {v}", '{k}="{v}"'])
def test_password_glued_to_owner(owner: str, carrier: str) -> None:
    for key in (owner + "pass", owner.upper() + "_PASS", owner + "pw"):
        text = carrier.format(k=key, v="bramble#3520")
        assert masked(text, "bramble#3520"), text


@pytest.mark.parametrize(
    "text",
    ["compass = north-east-2x", "bypass = cache-only-42", "remotepasseval = get_pass()", "trespass = forbidden-7"],
)
def test_words_ending_in_pass_stay(text: str) -> None:
    value = text.split(" = ")[1]
    assert not touched(text, value), text


@pytest.mark.parametrize("pw", PASSWORDS)
def test_hdbuserstore_set_password(pw: str) -> None:
    text = f"$ hdbuserstore -i SET BWLOAD hana-prd.corp.local:30015 BW_LOADER {pw}\n$ hdbuserstore LIST\n"
    assert masked(text, pw), text


# --- hex keys under secret names; digests, commits and checksums stay --------------------------------

HEX_CARRIERS = (
    "{k}={v}",  # .env
    "export {k}={v}",
    "{k}: {v}",  # YAML
    '{{"{k}": "{v}"}}',  # JSON
    '{{\\"{k}\\": \\"{v}\\"}}',  # JSON inside a tool result
    'const {k} = "{v}";',  # JS/Go
    "${k} = '{v}';",  # PHP
    '{k} = "{v}"',  # TOML, Python
    "-H '{k}: {v}'",  # a curl header
)
HEX_KEY_NAMES = ("API_KEY", "apiSecret", "client_secret", "X-Api-Key", "AUTH_TOKEN", "secretKey", "access_token")


@pytest.mark.parametrize("carrier", HEX_CARRIERS)
@pytest.mark.parametrize("key", HEX_KEY_NAMES)
def test_hex_key_under_secret_name(carrier: str, key: str) -> None:
    for n in (32, 40, 64):
        value = _hex(n)
        text = carrier.format(k=key, v=value)
        assert masked(text, value), text


@pytest.mark.parametrize(
    "template",
    [
        "commit {h40}\nAuthor: A <a@example.com>",
        '    "integrity": "sha1-{h40}",',
        "{h64}  dist/app-1.2.0.tar.gz",  # sha256sum output
        "sha256: {h64}",
        'ETag: "{h32}"',
        'checksum = "{h64}"',
        "md5sum: {h32}",
        "HEAD is now at {h40} Merge pull request #12",
        '"request_id": "{h32}"',
        "trace_id={h32}",
        "Fingerprint: {h40}",
    ],
)
def test_digests_commits_and_ids_stay(template: str) -> None:
    h32, h40, h64 = _hex(32), _hex(40), _hex(64)
    text = template.format(h32=h32, h40=h40, h64=h64)
    for value in (h32, h40, h64):
        if value in text:
            assert not touched(text, value), text


@pytest.mark.parametrize("header", EXPORT_HEADERS[:4])
@pytest.mark.parametrize("levels", [1, 2])
def test_delimited_export_inside_a_tool_result(header: tuple[str, ...], levels: int) -> None:
    col = next(i for i, h in enumerate(header) if "pass" in h.lower())
    rows = [",".join(PASSWORDS[n] if i == col else f"c{n}{i}" for i in range(len(header))) for n in range(3)]
    text = ",".join(header) + "\n" + "\n".join(rows)
    for _ in range(levels):
        text = json.dumps({"role": "tool", "content": text})
    for pw in PASSWORDS[:3]:
        assert masked(text, pw), text
