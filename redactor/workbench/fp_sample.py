"""A code-heavy sample with no sensitive values, for measuring the false-positive rate.

Source code, logs, diffs, lock files, stack traces, UUIDs, hashes and identifiers of the kind
agent sessions carry in tool results and arguments. Nothing here is personal data or a
credential, so every finding a policy makes on it is a false positive. Random parts (hashes,
ids) come from a seeded `random.Random`.
"""

from __future__ import annotations

import base64
import random
import uuid
from collections.abc import Callable

HEX = "0123456789abcdef"


def _hex(r: random.Random, n: int) -> str:
    return "".join(r.choice(HEX) for _ in range(n))


def _uuid(r: random.Random) -> str:
    return str(uuid.UUID(int=r.getrandbits(128), version=4))


def _b64(r: random.Random, n: int) -> str:
    return base64.b64encode(r.randbytes(n)).decode()


def _python(r: random.Random) -> str:
    return (
        "def load_settings(path: Path) -> Settings:\n"
        '    """Read the settings file and apply environment overrides."""\n'
        "    raw = yaml.safe_load(path.read_text())\n"
        "    token_ttl = int(os.environ.get('TOKEN_TTL_SECONDS', '3600'))\n"
        "    password_min_length = raw.get('password_min_length', 12)\n"
        "    return Settings(**raw, token_ttl=token_ttl, password_min_length=password_min_length)\n"
    )


def _js(r: random.Random) -> str:
    return (
        "export async function fetchUser(userId) {\n"
        "  const res = await fetch(`/api/users/${userId}`, { headers: { Accept: 'application/json' } });\n"
        "  if (!res.ok) throw new Error(`request failed: ${res.status}`);\n"
        "  const { firstName, lastName, email } = await res.json();\n"
        "  return { name: `${firstName} ${lastName}`, email };\n"
        "}\n"
    )


def _go(r: random.Random) -> str:
    return (
        "func (s *Server) handleLogin(w http.ResponseWriter, r *http.Request) {\n"
        "\tvar req LoginRequest\n"
        "\tif err := json.NewDecoder(r.Body).Decode(&req); err != nil {\n"
        '\t\thttp.Error(w, "bad request", http.StatusBadRequest)\n'
        "\t\treturn\n"
        "\t}\n"
        "\tsession, err := s.auth.Authenticate(r.Context(), req.Username, req.Password)\n"
        "}\n"
    )


def _go_sum(r: random.Random) -> str:
    mods = [
        "github.com/stretchr/testify v1.9.0",
        "golang.org/x/sys v0.21.0",
        "google.golang.org/grpc v1.64.0",
        "github.com/google/uuid v1.6.0",
    ]
    return "\n".join(f"{m} h1:{_b64(r, 32)}\n{m}/go.mod h1:{_b64(r, 32)}" for m in mods)


def _lockfile(r: random.Random) -> str:
    return (
        '    "node_modules/lodash": {\n'
        '      "version": "4.17.21",\n'
        f'      "resolved": "https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz",\n'
        f'      "integrity": "sha512-{_b64(r, 64)}"\n'
        "    },\n"
    )


def _diff(r: random.Random) -> str:
    return (
        f"diff --git a/src/billing/invoice.py b/src/billing/invoice.py\nindex {_hex(r, 7)}..{_hex(r, 7)} 100644\n"
        "--- a/src/billing/invoice.py\n+++ b/src/billing/invoice.py\n@@ -41,7 +41,9 @@ class InvoiceJob:\n"
        "-        total = sum(line.amount for line in lines)\n"
        "+        total = sum((line.amount for line in lines), Decimal(0))\n"
        "+        if total < 0:\n+            raise ValueError('negative invoice total')\n"
    )


def _log(r: random.Random) -> str:
    return "\n".join(
        f"2026-07-{r.randrange(10, 28)}T{r.randrange(10, 23)}:{r.randrange(10, 59)}:{r.randrange(10, 59)}"
        f".{r.randrange(100, 999)}Z "
        f"INFO  request_id={_uuid(r)} method=GET path=/api/v2/orders status=200 duration_ms={r.randrange(3, 900)}"
        for _ in range(4)
    )


def _traceback(r: random.Random) -> str:
    return (
        "Traceback (most recent call last):\n"
        '  File "/usr/lib/python3.11/site-packages/urllib3/connectionpool.py", line 793, in urlopen\n'
        "    response = self._make_request(conn, method, url, timeout=timeout_obj)\n"
        '  File "/app/src/billing/ledger_client.py", line 57, in post_entries\n'
        "    raise LedgerError(f'ledger API returned {resp.status_code}')\n"
        "billing.errors.LedgerError: ledger API returned 401\n"
    )


def _git_log(r: random.Random) -> str:
    return "\n".join(f"{_hex(r, 40)} refactor: split invoice totals into a helper" for _ in range(3))


def _docker(r: random.Random) -> str:
    return (
        f"FROM python:3.11-slim@sha256:{_hex(r, 64)}\n"
        "RUN pip install --no-cache-dir -r requirements.txt\n"
        'ENV PYTHONUNBUFFERED=1 PORT=8080\nEXPOSE 8080\nCMD ["gunicorn", "app:create_app()"]\n'
    )


def _k8s(r: random.Random) -> str:
    return (
        "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: billing-worker\n  labels:\n    app: billing\n"
        "spec:\n  replicas: 3\n  template:\n    spec:\n      containers:\n        - name: worker\n"
        "          image: ghcr.io/example/billing-worker:1.14.2\n          env:\n"
        "            - name: DB_PASSWORD\n              valueFrom:\n"
        "                secretKeyRef: {name: billing-db, key: password}\n"
    )


def _sql(r: random.Random) -> str:
    return (
        "SELECT o.id, o.created_at, sum(l.amount) AS total\nFROM orders o JOIN order_lines l ON l.order_id = o.id\n"
        "WHERE o.status = 'paid' AND o.created_at >= now() - interval '30 days'\n"
        "GROUP BY o.id ORDER BY total DESC LIMIT 50;\n"
    )


def _test_output(r: random.Random) -> str:
    return (
        f"============================= test session starts ==============================\n"
        f"collected {r.randrange(50, 400)} items\n\ntests/test_invoice.py ........F.....  [ 42%]\n"
        "FAILED tests/test_invoice.py::test_negative_total - AssertionError: assert Decimal('-3.50') >= 0\n"
    )


def _hashes(r: random.Random) -> str:
    return (
        f"sha256sum dist/app.tar.gz\n{_hex(r, 64)}  dist/app.tar.gz\n"
        f"md5: {_hex(r, 32)}\ncommit {_hex(r, 40)}\ncorrelation id {_uuid(r)}\n"
    )


def _css(r: random.Random) -> str:
    return ".btn-primary {\n  background: #1f6feb;\n  border: 1px solid #388bfd;\n  padding: 6px 16px;\n}\n"


def _env_template(r: random.Random) -> str:
    return "# copy to .env and fill in\nDATABASE_URL=\nAPI_TOKEN=\nLOG_LEVEL=info\nFEATURE_FLAGS=invoices,ledger\n"


def _npm_output(r: random.Random) -> str:
    return (
        f"added {r.randrange(100, 900)} packages, and audited {r.randrange(900, 1200)} packages in 9s\n"
        "found 0 vulnerabilities\n> build\n> vite build\nvite v5.3.1 building for production...\n"
        f"dist/assets/index-{_hex(r, 8)}.js   142.31 kB | gzip: 45.90 kB\n"
    )


def _terraform(r: random.Random) -> str:
    return (
        'resource "aws_s3_bucket" "audit_logs" {\n  bucket = "acme-audit-logs-prod"\n'
        '  tags = { team = "platform", retention = "400d" }\n}\n'
        'variable "db_password" {\n  type      = string\n  sensitive = true\n}\n'
    )


SNIPPETS: dict[str, Callable[[random.Random], str]] = {
    "python": _python,
    "javascript": _js,
    "go": _go,
    "go.sum": _go_sum,
    "package-lock": _lockfile,
    "diff": _diff,
    "log": _log,
    "traceback": _traceback,
    "git-log": _git_log,
    "dockerfile": _docker,
    "kubernetes": _k8s,
    "sql": _sql,
    "test-output": _test_output,
    "hashes": _hashes,
    "css": _css,
    "env-template": _env_template,
    "npm-output": _npm_output,
    "terraform": _terraform,
}
"""Kind of text -> generator. Each is code or tool output with nothing sensitive in it."""

FP_CARRIERS = ("tool_result", "tool_arguments", "assistant", "prompt")
"""Where the sample is planted (code mostly travels in tool traffic)."""


def fp_texts(seed: int = 0, rounds: int = 2) -> list[tuple[str, str]]:
    """(kind, text) pairs: every snippet kind `rounds` times with fresh random parts."""
    rng = random.Random(seed ^ 0x5EED)
    return [(f"{kind}#{i}", make(rng)) for i in range(rounds) for kind, make in SNIPPETS.items()]
