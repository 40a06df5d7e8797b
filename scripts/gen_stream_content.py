"""Texts for `scripts/gen_stream.py`: prompts, file contents, terminal output, tool calls.

Each composer takes a `Ctx` (the user, their team, the repository, a random source, a target
size) and a `Bag`, writes a realistic text and records in the bag every sensitive value it planted.
Standard library only.
"""

# ruff: noqa: E501  (templates of realistic text lines read better unbroken)

from __future__ import annotations

import random
from dataclasses import dataclass, field

import gen_stream_values as v
from gen_stream_values import Bag, Person, User

VERBS = [
    "load",
    "parse",
    "sync",
    "render",
    "validate",
    "compute",
    "fetch",
    "normalize",
    "flush",
    "retry",
    "merge",
    "resolve",
    "export",
    "reconcile",
    "schedule",
    "archive",
    "encode",
    "hydrate",
    "dispatch",
    "index",
]
NOUNS = [
    "invoice",
    "ledger",
    "shipment",
    "customer",
    "session",
    "webhook",
    "payload",
    "report",
    "quota",
    "tenant",
    "order",
    "cart",
    "claim",
    "patient",
    "manifest",
    "route",
    "coupon",
    "refund",
    "batch",
    "address",
]
ERRORS = [
    "401 Unauthorized",
    "a KeyError",
    "a timeout after 30s",
    "ECONNREFUSED",
    "a 500 from the gateway",
    "a null pointer",
    "an SSL handshake error",
    "a schema mismatch",
    "duplicate key violations",
    "OOM kills",
]
PACKAGES = ["billing", "core", "api", "workers", "integrations", "models", "utils", "services", "adapters", "jobs"]


@dataclass
class Ctx:
    """Everything a composer needs: who is working, where, and how big texts should be."""

    rng: random.Random
    user: User
    team: list[Person]
    repo: str
    size: int  # target size of a tool result in characters
    seen: list[v.Value] = field(default_factory=list)  # values planted so far in the session

    def pick(self, seq):  # type: ignore[no-untyped-def]
        return self.rng.choice(seq)

    def ident(self) -> str:
        return f"{self.pick(VERBS)}_{self.pick(NOUNS)}"

    def rel_path(self, ext: str = "py") -> str:
        pkg, noun = self.pick(PACKAGES), self.pick(NOUNS)
        kind = self.pick(["client", "service", "handler", "models", "views", "tasks", "repository", "utils"])
        base = {
            "py": f"src/{pkg}/{noun}_{kind}.py",
            "ts": f"src/{pkg}/{noun}{kind.capitalize()}.ts",
            "go": f"internal/{pkg}/{noun}_{kind}.go",
            "java": f"src/main/java/com/app/{pkg}/{noun.capitalize()}{kind.capitalize()}.java",
        }
        return base.get(ext, f"config/{noun}.{ext}")

    def abs_path(self, rel: str, bag: Bag | None = None) -> str:
        """`rel` under the repository in the user's home (plants the OS user name when `bag`)."""
        if bag is not None:
            bag.add(v.USERNAME, self.user.os_user)
        parts = [p for p in rel.split("/") if p]
        return self.user.path(*(self._root_parts() + parts))

    def _root_parts(self) -> list[str]:
        return ["source", "repos", self.repo] if self.user.os == "Windows" else ["src", self.repo]

    def colleague(self) -> Person:
        return self.pick(self.team)

    def customer(self) -> Person:
        return v.make_person(self.rng)


# --- code and configuration files ------------------------------------------------------------
def _py_function(c: Ctx) -> str:
    name, arg, n = c.ident(), c.pick(NOUNS) + "_id", c.rng.randint(2, 900)
    body = c.pick(
        [
            f'    if not {arg}:\n        raise ValueError("missing {arg}")\n    resp = self._session.get(f"{{self.base_url}}/{c.pick(NOUNS)}s/{{{arg}}}", timeout={n % 60 + 5})\n    resp.raise_for_status()\n    return resp.json()',
            f'    rows = [r for r in self._cache.get({arg}, []) if r.status != "{c.pick(["void", "draft", "stale"])}"]\n    total = sum(r.amount for r in rows)\n    logger.debug("%d rows, total=%s", len(rows), total)\n    return round(total * {n / 100:.2f}, 2)',
            f"    for attempt in range({n % 5 + 2}):\n        try:\n            return self._{c.ident()}({arg})\n        except TransientError:\n            time.sleep(2 ** attempt)\n    raise RetryExhausted({arg})",
            f'    query = "SELECT id, status FROM {c.pick(NOUNS)}s WHERE {arg} = %s LIMIT {n}"\n    with self._pool.connection() as conn:\n        return conn.execute(query, ({arg},)).fetchall()',
        ]
    )
    return f'    def {name}(self, {arg}: str) -> dict:\n        """{name.replace("_", " ").capitalize()} for one {arg} (see #{n})."""\n{body.replace(chr(10), chr(10) + "    ")}\n'


def _ts_function(c: Ctx) -> str:
    a, b = c.pick(VERBS), c.pick(NOUNS).capitalize()
    n = c.rng.randint(2, 500)
    return (
        f"export async function {a}{b}(id: string, opts: {b}Options = {{}}): Promise<{b}> {{\n"
        f"  const res = await fetch(`${{BASE_URL}}/{b.lower()}s/${{id}}?limit={n}`, {{ headers: authHeaders() }});\n"
        f"  if (!res.ok) throw new HttpError(res.status, `{a} {b.lower()} failed`);\n"
        f"  return (await res.json()) as {b};\n}}\n"
    )


def _go_function(c: Ctx) -> str:
    a, b, n = c.pick(VERBS).capitalize(), c.pick(NOUNS).capitalize(), c.rng.randint(2, 500)
    return (
        f"func (s *Service) {a}{b}(ctx context.Context, id string) (*{b}, error) {{\n"
        f"\tctx, cancel := context.WithTimeout(ctx, {n % 30 + 1}*time.Second)\n\tdefer cancel()\n"
        f'\tvar out {b}\n\tif err := s.db.GetContext(ctx, &out, "SELECT * FROM {b.lower()}s WHERE id=$1", id); err != nil {{\n'
        f'\t\treturn nil, fmt.Errorf("{a.lower()} {b.lower()} %s: %w", id, err)\n\t}}\n\treturn &out, nil\n}}\n'
    )


def source_file(c: Ctx, bag: Bag, rel: str) -> str:
    """A source file with an author header, TODOs with e-mails and sometimes a hard-coded secret."""
    ext = rel.rsplit(".", 1)[-1]
    cm = "#" if ext == "py" else "//"
    head: list[str] = []
    if c.rng.random() < 0.5:
        a = c.colleague()
        head.append(f"{cm} Maintainer: {bag.add(v.PERSON, a.name)} <{bag.add(v.EMAIL, a.email)}>")
    if ext == "py":
        head += [
            "import logging",
            "import os",
            "import time",
            "",
            "import requests",
            "",
            "logger = logging.getLogger(__name__)",
            "",
        ]
    elif ext == "go":
        head += ["package " + c.pick(PACKAGES), "", 'import (\n\t"context"\n\t"fmt"\n\t"time"\n)', ""]
    else:
        head += ['import { authHeaders, HttpError } from "../http";', ""]
    if c.rng.random() < 0.35:
        prov = c.pick(
            [
                "stripe_live",
                "openai_project",
                "sendgrid",
                "google_api",
                "generic_api_key",
                "aws_secret_access_key",
                "slack_bot",
            ]
        )
        var = c.pick(v.SECRET_PROVIDERS[prov])
        val = bag.add(v.SECRET, v.secret(c.rng, prov), prov)
        head.append(
            f'{var} = os.environ.get("{var}", "{val}")  # FIXME: remove default'
            if ext == "py"
            else f'const {var} = "{val}"; // TODO move to vault'
        )
    if c.rng.random() < 0.4:
        who = c.colleague()
        head.append(
            f"{cm} TODO({bag.add(v.EMAIL, who.email)}): handle the {c.pick(NOUNS)} edge case from #{c.rng.randint(10, 4000)}"
        )
    if c.rng.random() < 0.15:
        head.append(
            f'DEFAULT_DSN = "{v.db_url(c.rng, bag)}"'
            if ext == "py"
            else f'const DEFAULT_DSN = "{v.db_url(c.rng, bag)}";'
        )
    parts = ["\n".join(head), ""]
    make = {"py": _py_function, "go": _go_function}.get(ext, _ts_function)
    if ext == "py":
        parts.append(f"class {c.pick(NOUNS).capitalize()}{c.pick(['Client', 'Service', 'Repository'])}:")
        parts.append(
            f'    def __init__(self, base_url: str = "https://{c.pick(NOUNS)}.internal.{c.user.enterprise}.net/v{c.rng.randint(1, 3)}"):\n        self.base_url = base_url\n        self._session = requests.Session()\n'
        )
    while sum(len(p) for p in parts) < c.size:
        parts.append(make(c))
    return "\n".join(parts)


def dotenv(c: Ctx, bag: Bag) -> str:
    lines = [
        f"# {c.repo} local settings (owner: {bag.add(v.PERSON, c.user.person.name)})",
        f"NODE_ENV={c.pick(['development', 'production', 'staging'])}",
        f"PORT={c.rng.choice([3000, 8000, 8080, 5173])}",
        f"DATABASE_URL={v.db_url(c.rng, bag)}",
    ]
    for prov in c.rng.sample(sorted(v.SECRET_PROVIDERS), c.rng.randint(3, 6)):
        if prov == "db_password":
            continue
        lines.append(f"{c.pick(v.SECRET_PROVIDERS[prov])}={bag.add(v.SECRET, v.secret(c.rng, prov), prov)}")
        if prov == "aws_access_key_id":
            lines.append(
                f"AWS_SECRET_ACCESS_KEY={bag.add(v.SECRET, v.secret(c.rng, 'aws_secret_access_key'), 'aws_secret_access_key')}"
            )
    if c.rng.random() < 0.6:
        lines.append(f"ADMIN_EMAIL={bag.add(v.EMAIL, c.colleague().email)}")
    if c.rng.random() < 0.3:
        lines.append(f'SUPPORT_PHONE="{bag.add(v.PHONE, c.colleague().phone)}"')
    return "\n".join(lines) + "\n"


def customers_csv(c: Ctx, bag: Bag) -> str:
    payments = c.rng.random() < 0.35
    head = "id,full_name,email,phone,address" + (",card_number,iban" if payments else "") + ",created_at"
    rows = [head]
    i = c.rng.randint(1000, 9000)
    while sum(len(r) + 1 for r in rows) < c.size:
        p = c.customer()
        name = c.pick(v.NATIVE_SCRIPT_NAMES) if c.rng.random() < 0.05 else p.name
        row = [
            str(i),
            bag.add(v.PERSON, name),
            bag.add(v.EMAIL, p.email),
            bag.add(v.PHONE, p.phone),
            '"' + bag.add(v.ADDRESS, p.address) + '"',
        ]
        if payments:
            row += [bag.add(v.CARD, v.card_number(c.rng)), bag.add(v.IBAN, v.iban(c.rng))]
        row.append(f"2026-0{c.rng.randint(1, 6)}-{c.rng.randint(10, 28)}")
        rows.append(",".join(row))
        i += c.rng.randint(1, 7)
    return "\n".join(rows) + "\n"


def config_yaml(c: Ctx, bag: Bag) -> str:
    out = [
        f"# deployed by {bag.add(v.EMAIL, c.user.person.email)}",
        "services:",
        f"  {c.repo}:",
        f"    image: ghcr.io/{c.user.org}/{c.repo}:{c.rng.randint(1, 9)}.{c.rng.randint(0, 40)}.{c.rng.randint(0, 9)}",
        "    environment:",
        f"      DATABASE_URL: {v.db_url(c.rng, bag)}",
    ]
    prov = c.pick(
        ["slack_webhook", "datadog", "sendgrid", "twilio_auth", "huggingface", "gitlab_pat", "azure_storage_key"]
    )
    out.append(f'      {c.pick(v.SECRET_PROVIDERS[prov])}: "{bag.add(v.SECRET, v.secret(c.rng, prov), prov)}"')
    if c.rng.random() < 0.3:
        block, line = v.pem_block(c.rng)
        indented = "\n      ".join(block.split("\n"))
        out.append("    tls_key: |\n      " + bag.add(v.SECRET, indented, "pem_private_key"))
        bag.add(v.SECRET, line, "pem_private_key_line")
    while sum(len(x) for x in out) < c.size:
        n = c.pick(NOUNS)
        out.append(
            f'  {n}-worker:\n    replicas: {c.rng.randint(1, 12)}\n    command: ["python", "-m", "{c.repo.replace("-", "_")}.{n}", "--batch", "{c.rng.randint(10, 999)}"]'
        )
    return "\n".join(out) + "\n"


def read_file_result(c: Ctx, bag: Bag) -> tuple[str, str]:
    """(relative path, contents) of a file the agent reads."""
    roll = c.rng.random()
    if roll < 0.04:
        block, line = v.pem_block(c.rng)
        bag.add(v.SECRET, line, "pem_private_key_line")
        return c.pick(["deploy/keys/deploy_key", "certs/server.key", ".ssh/id_ed25519_ci"]), bag.add(
            v.SECRET, block, "pem_private_key"
        ) + "\n"
    if roll < 0.18:
        return c.pick([".env", ".env.local", "config/.env.production"]), dotenv(c, bag)
    if roll < 0.36:
        return c.pick(
            ["tests/fixtures/customers.csv", "data/sample_customers.csv", "seed/customers_fixture.csv"]
        ), customers_csv(c, bag)
    if roll < 0.46:
        return c.pick(["docker-compose.yml", "deploy/values.yaml", "config/settings.yaml"]), config_yaml(c, bag)
    rel = c.rel_path(c.pick(["py", "py", "ts", "go"]))
    return rel, source_file(c, bag, rel)


# --- terminal output --------------------------------------------------------------------------
def _pad_log(c: Ctx, out: list[str], make) -> None:  # type: ignore[no-untyped-def]
    while sum(len(x) + 1 for x in out) < c.size:
        out.insert(max(1, len(out) - 2), make())


def shell_result(c: Ctx, bag_cmd: Bag, bag: Bag) -> tuple[str, str]:
    """(command, output) of something the agent runs in the terminal."""
    u, rng = c.user, c.rng
    kind = rng.choice(["pytest", "node", "gitlog", "env", "curl", "aws", "docker", "ls", "gitconfig", "java", "applog"])
    if kind == "pytest":
        test = f"tests/test_{c.pick(NOUNS)}.py"
        cust = c.customer()
        out = [
            f"============ test session starts ============ platform {'darwin' if u.os == 'macOS' else u.os.lower()} -- Python 3.11.{rng.randint(4, 9)}",
            f"rootdir: {c.abs_path('', bag)}",
            "F" * rng.randint(1, 3) + "." * rng.randint(5, 40),
            "================= FAILURES =================",
            "Traceback (most recent call last):",
            f'  File "{c.abs_path(c.rel_path())}", line {rng.randint(10, 400)}, in {c.ident()}',
            "    assert normalize(row) == expected",
            f"AssertionError: assert {{'name': '{bag.add(v.PERSON, cust.name)}', 'email': '{bag.add(v.EMAIL, cust.email)}'}} == {{'name': '{cust.name}', 'phone': '{bag.add(v.PHONE, cust.phone)}'}}",
            f"FAILED {test}::test_{c.ident()} - AssertionError",
        ]
        _pad_log(c, out, lambda: f"{test}::test_{c.ident()} PASSED [{rng.randint(1, 99):3d}%]")
        return f"cd {c.abs_path('')} && python -m pytest {test} -x -q", "\n".join(out)
    if kind == "node":
        fpath = c.abs_path(c.rel_path("ts").replace(".ts", ".js"))
        bag.add(v.USERNAME, u.os_user)
        out = [
            f"> {c.repo}@{rng.randint(1, 4)}.{rng.randint(0, 20)}.0 test",
            "> jest --runInBand",
            "",
            f"Error: connect ECONNREFUSED 127.0.0.1:{rng.choice([5432, 6379, 3306])}",
            f"    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:{rng.randint(1000, 1700)}:16)",
            f"    at Object.<anonymous> ({fpath}:{rng.randint(5, 300)}:{rng.randint(2, 40)})",
        ]
        _pad_log(
            c,
            out,
            lambda: (
                f"    at {c.pick(VERBS)}{c.pick(NOUNS).capitalize()} ({c.abs_path(c.rel_path('ts'))}:{rng.randint(5, 300)}:{rng.randint(2, 40)})"
            ),
        )
        return f"npm test -- {c.pick(NOUNS)}{c.pick(['Client', 'Service', 'Handler'])}", "\n".join(out)
    if kind == "gitlog":
        out = []
        while sum(len(x) + 1 for x in out) < c.size:
            a = rng.choice([*c.team, u.person])
            out += [
                f"commit {''.join(rng.choice(v.HEX) for _ in range(40))}",
                f"Author: {bag.add(v.PERSON, a.name)} <{bag.add(v.EMAIL, a.email)}>",
                f"Date:   {rng.choice(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} Jul {rng.randint(1, 28)} {rng.randint(8, 19):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} 2026 +0{rng.randint(0, 5)}00",
                "",
                f"    {c.pick(['Fix', 'Add', 'Refactor', 'Revert', 'Bump'])} {c.ident().replace('_', ' ')} ({'#' + str(rng.randint(10, 4000))})",
                "",
            ]
        return f"git log -n {len(out) // 6}", "\n".join(out)
    if kind == "env":
        bag.add(v.USERNAME, u.os_user)
        lines = [f"HOME={u.home}", f"USER={u.os_user}"]
        for prov in rng.sample(
            ["github_pat", "openai_project", "anthropic", "npm", "huggingface", "aws_access_key_id", "slack_user"], 3
        ):
            lines.append(f"{c.pick(v.SECRET_PROVIDERS[prov])}={bag.add(v.SECRET, v.secret(rng, prov), prov)}")
        return f"env | grep -iE 'home|user|key|token|secret|{c.pick(NOUNS)}'", "\n".join(lines)
    if kind == "curl":
        token = bag_cmd.add(v.SECRET, v.jwt(rng, u.person.email if rng.random() < 0.5 else None), "jwt")
        p = c.customer()
        body = (
            f'{{"id": {rng.randint(1000, 99999)}, "name": "{bag.add(v.PERSON, p.name)}", "email": "{bag.add(v.EMAIL, p.email)}", '
            f'"phone": "{bag.add(v.PHONE, p.phone)}", "shipping_address": "{bag.add(v.ADDRESS, p.address)}"}}'
        )
        cmd = f'curl -s -H "Authorization: Bearer {token}" https://api.{u.enterprise}.internal/v2/{c.pick(NOUNS)}s/{rng.randint(1, 9999)}'
        return cmd, body
    if kind == "aws":
        acct = "".join(rng.choice("0123456789") for _ in range(12))
        return f"aws sts get-caller-identity --profile {c.pick(NOUNS)}-{c.pick(['dev', 'prod', 'staging'])}", (
            f'{{\n    "UserId": "AIDA{"".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(17))}",\n'
            f'    "Account": "{acct}",\n    "Arn": "arn:aws:iam::{acct}:user/{bag.add(v.USERNAME, u.os_user)}"\n}}'
        )
    if kind == "docker":
        url = v.db_url(rng, bag)
        out = [
            f"{c.repo}-db-1   | LOG:  database system is ready to accept connections",
            f"{c.repo}-api-1  | sqlalchemy.exc.OperationalError: (psycopg.OperationalError) connection failed: {url}",
            f"{c.repo}-api-1  | [SQL: SELECT 1] (Background on this error at: https://sqlalche.me/e/20/e3q8)",
        ]
        _pad_log(
            c,
            out,
            lambda: (
                f'{c.repo}-api-1  | INFO:     {v.public_ip(rng)}:{rng.randint(1024, 65535)} - "GET /{c.pick(NOUNS)}s HTTP/1.1" {rng.choice([200, 200, 404, 500])}'
            ),
        )
        return f"docker compose logs --tail {rng.randint(20, 400)} {c.repo}-api", "\n".join(out)
    if kind == "ls":
        bag.add(v.USERNAME, u.os_user)
        out = [f"total {rng.randint(40, 400)}"]
        _pad_log(
            c,
            out,
            lambda: (
                f"{rng.choice(['-rw-r--r--', 'drwxr-xr-x', '-rw-------'])}  {rng.randint(1, 9)} {u.os_user}  staff  {rng.randint(64, 90000):>6} Jul {rng.randint(1, 28):2d} {rng.randint(8, 19):02d}:{rng.randint(0, 59):02d} {c.pick(NOUNS)}{rng.choice(['.py', '.md', '.json', '', '.csv'])}"
            ),
        )
        return f"ls -la {c.abs_path('')}", "\n".join(out)
    if kind == "gitconfig":
        bag.add(v.USERNAME, u.os_user)
        return f"cd {c.abs_path(c.pick(PACKAGES))} && git config --list --show-origin | grep user", (
            f"file:{u.home}/.gitconfig\tuser.name={bag.add(v.PERSON, u.person.name)}\nfile:{u.home}/.gitconfig\tuser.email={bag.add(v.EMAIL, u.person.email)}\n"
            f"file:.git/config\tbranch.{c.ident().replace('_', '-')}-{rng.randint(2, 9999)}.remote=origin"
        )
    if kind == "java":
        bag.add(v.USERNAME, u.os_user)
        out = [
            f"> Task :{c.pick(PACKAGES)}:test FAILED",
            f"{c.pick(NOUNS).capitalize()}ServiceTest > rejectsInvalid{c.pick(NOUNS).capitalize()}() FAILED",
            "    java.lang.IllegalStateException: customer record incomplete",
            f"        at com.app.{c.pick(PACKAGES)}.{c.pick(NOUNS).capitalize()}Service.validate({c.pick(NOUNS).capitalize()}Service.java:{rng.randint(20, 300)})",
        ]
        _pad_log(
            c,
            out,
            lambda: (
                f"        at com.app.{c.pick(PACKAGES)}.{c.pick(VERBS).capitalize()}er.run({u.home}/.gradle/caches/{rng.randint(7, 8)}.{rng.randint(0, 9)}/{c.pick(NOUNS)}.jar)"
            ),
        )
        return f"./gradlew :{c.pick(PACKAGES)}:test --tests '*{c.pick(NOUNS).capitalize()}*'", "\n".join(out)
    out = []  # application log lines with e-mails and client IPs

    def logline() -> str:
        p = c.customer()
        return (
            f"2026-07-0{rng.randint(1, 9)}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z level={rng.choice(['info', 'warn', 'error'])} "
            f'msg="{c.pick(VERBS)} {c.pick(NOUNS)}" user={bag.add(v.EMAIL, p.email)} ip={bag.add(v.IP, v.public_ip(rng))} latency_ms={rng.randint(3, 2000)}'
        )

    out.append(logline())
    _pad_log(c, out, logline)
    return f"kubectl logs deploy/{c.repo} --since=1h | tail -n 40", "\n".join(out)


def grep_result(c: Ctx, bag: Bag) -> tuple[str, str]:
    dom = c.user.person.email.split("@")[1]
    out: list[str] = []
    while sum(len(x) + 1 for x in out) < max(200, c.size // 3):
        rel = c.rel_path(c.pick(["py", "ts", "go"]))
        if c.rng.random() < 0.5:
            line = f'    notify("{bag.add(v.EMAIL, c.colleague().email)}", subject="{c.pick(NOUNS)} failed")'
        else:
            prov = c.pick(["github_pat", "stripe_live", "google_api", "generic_api_key", "slack_bot"])
            line = f'  apiKey: "{bag.add(v.SECRET, v.secret(c.rng, prov), prov)}",'
        out.append(f"{rel}:{c.rng.randint(1, 400)}:{line}")
    return f"@{dom}|apiKey|{c.ident()}", "\n".join(out)


def issue_text(c: Ctx, bag: Bag) -> tuple[int, str]:
    n = c.rng.randint(100, 9000)
    rep, cust = c.colleague(), c.customer()
    text = (
        f"#{n} {c.pick(NOUNS).capitalize()} export drops rows with non-ASCII names\n"
        f"Opened by {bag.add(v.PERSON, rep.name)} ({bag.add(v.EMAIL, rep.email)})\n\n"
        f"Customer {bag.add(v.PERSON, cust.name)} ({bag.add(v.EMAIL, cust.email)}, {bag.add(v.PHONE, cust.phone)}) "
        f"called support: their order to {bag.add(v.ADDRESS, cust.address)} was never exported.\n\n"
        f"Comment by {bag.add(v.USERNAME, c.user.login)}: reproduced locally, looks like the {c.ident()} step."
    )
    return n, text


# --- what people type and what the model answers ----------------------------------------------
def user_prompt(c: Ctx, bag: Bag) -> str:
    u, rng = c.user, c.rng
    col, cust = c.colleague(), c.customer()
    prov = c.pick(
        [
            "github_pat",
            "aws_access_key_id",
            "stripe_live",
            "openai_project",
            "slack_bot",
            "github_fine_grained",
            "anthropic",
        ]
    )
    var = c.pick(v.SECRET_PROVIDERS[prov])
    rel = c.rel_path(c.pick(["py", "ts", "go"]))
    templates = [
        lambda: (
            f"The nightly {c.ident().replace('_', ' ')} job fails with {c.pick(ERRORS)}. I exported {var}={bag.add(v.SECRET, v.secret(rng, prov), prov)} "
            f"before running it. Can you check {rel} and tell {bag.add(v.PERSON, col.name)} ({bag.add(v.EMAIL, col.email)}) what to change?"
        ),
        lambda: (
            f"Please add {bag.add(v.PERSON, cust.name)} ({bag.add(v.EMAIL, cust.email)}, {bag.add(v.PHONE, cust.phone)}) as the escalation "
            f"contact in docs/oncall/{c.pick(NOUNS)}.md and open a PR."
        ),
        lambda: (
            f"Import of the customers fixture fails for the row with {bag.add(v.PERSON, cust.name)}, address {bag.add(v.ADDRESS, cust.address)}. "
            f"Why? The code is in {rel}."
        ),
        lambda: (
            f"Refactor {rel} so the key is not hard-coded any more; right now it is `{bag.add(v.SECRET, v.secret(rng, prov), prov)}`."
        ),
        lambda: (
            f"Tests fail on my machine, the repo is at {c.abs_path('', bag)}. Run them and fix the failing one in {rel}."
        ),
        lambda: (
            f"Connect to {v.db_url(rng, bag)} and tell me why the {c.pick(NOUNS)}s table has duplicates since {rng.randint(1, 28)} July."
        ),
        lambda: (
            f"Summarise the last commits by {bag.add(v.PERSON, col.name)} and draft a short note to {bag.add(v.EMAIL, col.email)} "
            f"about the {c.ident().replace('_', ' ')} regression."
        ),
        lambda: (
            f"The invoice page shows my IBAN {bag.add(v.IBAN, v.iban(rng))} in full. Mask it to the last four digits in {rel}."
        ),
        lambda: (
            f"Hi, I'm {bag.add(v.PERSON, u.person.name)}, you can reach me on {bag.add(v.PHONE, u.person.phone)}. Update CODEOWNERS "
            f"and the README contact section for {c.repo}."
        ),
        lambda: f"Add type hints to {rel} and make {c.ident()} handle an empty list (issue #{rng.randint(10, 5000)}).",
        lambda: f"Explain what {c.ident()} in {rel} does, line {rng.randint(10, 300)} onwards, in two sentences.",
        lambda: (
            f"Card {bag.add(v.CARD, v.card_number(rng))} was charged twice for order {rng.randint(10000, 99999)}. "
            f"Find where {c.ident()} retries the charge."
        ),
    ]
    return c.pick(templates)()


def assistant_note(c: Ctx, what: str) -> str:
    """A short line the model writes before a tool call (specific, so fresh texts never repeat)."""
    return c.pick(
        [
            f"I'll look at {what} first.",
            f"Let me check {what} (around line {c.rng.randint(5, 400)}).",
            f"Checking {what} to see how {c.ident().replace('_', ' ')} is wired.",
            f"Next I'll inspect {what}.",
        ]
    )


def final_answer(c: Ctx, bag: Bag) -> str:
    """The model's closing answer; it sometimes repeats a value it saw (models echo secrets)."""
    parts = [
        c.pick(
            [
                f"The failure comes from {c.ident()} in {c.rel_path()}: it assumes every {c.pick(NOUNS)} has a {c.pick(NOUNS)}.",
                f"I updated {c.rel_path()} and the {c.pick(NOUNS)} tests pass now ({c.rng.randint(3, 90)} passed).",
                f"Root cause: {c.pick(ERRORS)} while calling {c.ident()}; I added a retry with backoff and a clearer error.",
            ]
        )
    ]
    echo = [x for x in c.seen if x.kind in (v.SECRET, v.EMAIL, v.PERSON, v.PHONE) and "\n" not in x.value]
    for x in c.rng.sample(echo, min(len(echo), c.rng.choice([0, 0, 1, 2]))):
        bag.add(x.kind, x.value, x.provider)
        parts.append(
            {
                v.SECRET: f"Note: `{x.value}` is a live credential in plain text; rotate it and load it from the secret store.",
                v.EMAIL: f"I'd send the summary to {x.value}.",
                v.PERSON: f"{x.value} should review this change.",
                v.PHONE: f"The contact number {x.value} is now in the runbook.",
            }[x.kind]
        )
    return " ".join(parts)
