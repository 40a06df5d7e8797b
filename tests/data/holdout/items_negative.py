"""Held-out negative texts: no secret and no personal data, but plenty that looks like it.

Lockfile integrity strings, digests, UUIDs, commit ids, base64 blobs, minified code, resource
ids, payment object ids, public keys and certificates, placeholders, and prose about tokens and
passwords that contains none.
"""

# ruff: noqa: E501  -- item tables hold whole texts on one line.
from __future__ import annotations

from _markup import cat_n, create_file, diff, fenced, openai_call, read_file, shell, tool_result
from _values import ALNUM, B64URL, HEX, LOWNUM, Gen

Item = tuple[str, str]


def negatives(g: Gen) -> list[Item]:
    h = lambda n: g.s(HEX, n)  # noqa: E731
    b = g.b64
    u = g.uuid
    texts = [
        read_file("package-lock.json",
            f'    "node_modules/lodash.merge": {{\n      "version": "4.6.2",\n      "resolved": "https://registry.npmjs.org/lodash.merge/-/lodash.merge-4.6.2.tgz",\n      "integrity": "sha512-{b(64)}",\n      "dev": true\n    }},\n    "node_modules/ms": {{\n      "version": "2.1.3",\n      "integrity": "sha512-{b(64)}"\n    }}'),
        f'"@babel/code-frame@^7.22.13":\n  version "7.23.5"\n  resolved "https://registry.yarnpkg.com/@babel/code-frame/-/code-frame-7.23.5.tgz#{h(40)}"\n  integrity sha512-{b(64)}\n  dependencies:\n    "@babel/highlight" "^7.23.4"',
        f"github.com/klauspost/compress v1.17.4 h1:{b(32)}\ngithub.com/klauspost/compress v1.17.4/go.mod h1:{b(32)}\ngolang.org/x/sys v0.16.0 h1:{b(32)}",
        f'[[package]]\nname = "serde_json"\nversion = "1.0.111"\nsource = "registry+https://github.com/rust-lang/crates.io-index"\nchecksum = "{h(64)}"',
        f"requests==2.31.0 \\\n    --hash=sha256:{h(64)} \\\n    --hash=sha256:{h(64)}\nurllib3==2.1.0 \\\n    --hash=sha256:{h(64)}",
        shell("docker images --digests", f"REPOSITORY          TAG       DIGEST                                                                    IMAGE ID       SIZE\npostgres            16        sha256:{h(64)}   {h(12)}   432MB\nredis               7-alpine  sha256:{h(64)}   {h(12)}   41MB"),
        fenced("yaml", f"apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  replicas: 3\n  template:\n    spec:\n      containers:\n        - name: api\n          image: ghcr.io/northwind/api@sha256:{h(64)}\n          env:\n            - name: DATABASE_PASSWORD\n              valueFrom:\n                secretKeyRef:\n                  name: api-db\n                  key: password\n            - name: STRIPE_API_KEY\n              valueFrom:\n                secretKeyRef:\n                  name: stripe\n                  key: api-key",
               "The deployment reads credentials from secrets, nothing is hard-coded:"),
        fenced("yaml", "jobs:\n  publish:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11\n      - run: npm publish\n        env:\n          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}\n          SENTRY_AUTH_TOKEN: ${{ secrets.SENTRY_AUTH_TOKEN }}",
               "Pinned the checkout action to a commit:"),
        create_file("infra/main.tf", 'resource "aws_db_instance" "main" {\n  identifier     = "orders-prod"\n  engine         = "postgres"\n  username       = var.db_username\n  password       = var.db_password\n  kms_key_id     = aws_kms_key.rds.arn\n  storage_encrypted = true\n}\n'),
        fenced("python", 'import os\n\nclient = OpenAI(api_key=os.environ["OPENAI_API_KEY"])\nresp = client.chat.completions.create(model="gpt-4o-mini", max_tokens=4096, messages=messages)\nprint(resp.usage.total_tokens)',
               "Read the key from the environment instead:"),
        create_file("auth/oauth.py", 'TOKEN_URL = "https://oauth2.googleapis.com/token"\nAUTHORIZE_URL = "https://accounts.google.com/o/oauth2/v2/auth"\nREFRESH_TOKEN_TTL = 60 * 60 * 24 * 30\n\n\ndef refresh(session):\n    token = session.get("refresh_token")\n    if not token:\n        raise AuthError("no refresh token")\n    return exchange(token)\n'),
        fenced("python", 'password_hash = bcrypt.hashpw(password.encode(), bcrypt.gensalt(rounds=12))\nif not bcrypt.checkpw(candidate.encode(), password_hash):\n    raise InvalidPassword()', "Hash it before storing:"),
        cat_n(".env.example", "DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/app\nSTRIPE_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx\nSENDGRID_API_KEY=<your-sendgrid-key>\nJWT_SECRET=change-me\nREDIS_PASSWORD="),
        fenced("bash", 'curl -H "Authorization: Bearer $GITHUB_TOKEN" \\\n     -H "Accept: application/vnd.github+json" \\\n     https://api.github.com/repos/OWNER/REPO/actions/runs', "Use your token from the environment:"),
        f"2025-03-02T10:11:12.331Z INFO  http.request method=GET path=/v1/orders status=200 request_id={u()} trace_id={h(32)} span_id={h(16)} duration_ms=41",
        shell("sha256sum dist/*", f"{h(64)}  dist/northwind-2.4.0-py3-none-any.whl\n{h(64)}  dist/northwind-2.4.0.tar.gz"),
        shell("git log --oneline -6", "\n".join(f"{h(7)} {msg}" for msg in ["fix(api): retry on 429", "chore: bump eslint to 9.1", "refactor token refresh into its own module", "docs: explain the password policy", "feat: rotate signing keys weekly", "test: cover expired session tokens"])),
        shell("git rev-parse HEAD && git describe --tags", f"{h(40)}\nv3.8.1-14-g{h(7)}"),
        f'<img alt="logo" src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA{g.s(ALNUM + "+/", 180)}AAAAAElFTkSuQmCC">',
        f'!function(e,t){{"object"==typeof exports&&"undefined"!=typeof module?module.exports=t():"function"==typeof define&&define.amd?define(t):(e=e||self).Qx=t()}}(this,function(){{"use strict";var e="{g.s(ALNUM, 24)}",t=function(n){{return n.replace(/[A-Z]/g,function(r){{return"-"+r.toLowerCase()}})}};return{{k:e,t:t}}}});\n//# sourceMappingURL=qx.min.js.map',
        f'<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.2/dist/js/bootstrap.bundle.min.js" integrity="sha384-{g.s(ALNUM + "+/", 64)}" crossorigin="anonymous"></script>',
        shell("aws ec2 describe-instances --query 'Reservations[].Instances[].[InstanceId,SubnetId,ImageId]' --output text",
              f"i-0{h(16)}\tsubnet-0{h(16)}\tami-0{h(16)}\ni-0{h(16)}\tsubnet-0{h(16)}\tami-0{h(16)}"),
        f"arn:aws:kms:eu-west-1:482913775012:key/{u()}\narn:aws:iam::482913775012:role/service-role/orders-lambda-role\narn:aws:s3:::northwind-exports-prod",
        f"/subscriptions/{u()}/resourceGroups/rg-payments-prod/providers/Microsoft.KeyVault/vaults/kv-payments-prod",
        tool_result(f'{{"id": "pi_3{g.mixed(ALNUM, 23)}", "object": "payment_intent", "amount": 2599, "currency": "eur", "customer": "cus_{g.mixed(ALNUM, 14)}", "latest_charge": "ch_3{g.mixed(ALNUM, 23)}", "status": "succeeded"}}'),
        "const stripe = Stripe('pk_live_51" + g.mixed(ALNUM, 96) + "');\nconst elements = stripe.elements();",
        fenced("text", f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{g.s(ALNUM + '+/', 43)} deploy@build-runner", "Add this public key to the server's authorized_keys:"),
        "-----BEGIN CERTIFICATE-----\n" + "\n".join(g.b64(48) for _ in range(8)) + "\n-----END CERTIFICATE-----",
        "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n" + "\n".join(g.b64(48) for _ in range(6)) + f"\n={g.s(ALNUM, 4)}\n-----END PGP PUBLIC KEY BLOCK-----",
        fenced("yaml", f"webhooks:\n  - name: validate.northwind.io\n    clientConfig:\n      service:\n        name: validator\n        namespace: platform\n      caBundle: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t{g.s(ALNUM, 120)}", "The webhook configuration:"),
        'docker-compose.yml:\nservices:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it in .env}\n      POSTGRES_USER: ${POSTGRES_USER:-app}',
        fenced("yaml", "postgresql:\n  auth:\n    existingSecret: orders-db-credentials\n    secretKeys:\n      adminPasswordKey: postgres-password\n      userPasswordKey: password", "Point the chart at the existing secret:"),
        f".btn-primary {{ color: #1f6feb; background: #0d1117; }}\n@font-face {{ font-family: Inter; src: url(data:font/woff2;base64,d09GMgABAAAAA{g.s(ALNUM + '+/', 150)}) format('woff2'); }}",
        '<path d="M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm0 18c-4.41 0-8-3.59-8-8s3.59-8 8-8 8 3.59 8 8-3.59 8-8 8z"/>',
        shell("kubectl get pods -n payments", f"NAME                          READY   STATUS    RESTARTS   AGE\napi-{h(10)}-{g.s(LOWNUM, 5)}      1/1     Running   0          2d3h\nworker-{h(10)}-{g.s(LOWNUM, 5)}   1/1     Running   2          2d3h"),
        shell("docker ps --format '{{.ID}} {{.Image}} {{.Names}}'", f"{h(12)} postgres:16 orders-db-1\n{h(12)} redis:7 orders-cache-1"),
        f"version https://git-lfs.github.com/spec/v1\noid sha256:{h(64)}\nsize 48213990",
        f"/nix/store/{g.s('0123456789abcdfghijklmnpqrsvwxyz', 32)}-python3-3.11.6/bin/python3.11",
        f'db.orders.find({{ _id: ObjectId("{h(24)}") }})\n{{ "_id": ObjectId("{h(24)}"), "status": "shipped", "items": 3 }}',
        f"Content-Security-Policy: script-src 'self' 'nonce-{g.b64(12)}'; object-src 'none'\nETag: W/\"{h(8)}-{h(4)}\"",
        f"require (\n\tgithub.com/google/uuid v1.6.0\n\tgolang.org/x/exp v0.0.0-20240112132812-{h(12)}\n)",
        tool_result("$ npm audit\n# npm audit report\n\nsemver  <7.5.2\nSeverity: moderate\nRegular Expression Denial of Service - https://github.com/advisories/GHSA-c2qf-rxjj-qqgw\nfix available via `npm audit fix`\n\n1 moderate severity vulnerability"),
        "Exception in thread \"main\" java.lang.IllegalStateException: token cache not initialised\n\tat com.northwind.auth.TokenCache.get(TokenCache.java:88)\n\tat com.northwind.auth.ApiClient.call(ApiClient.java:41)\n\tat com.northwind.Main.main(Main.java:17)",
        "Never commit API keys or passwords to the repository. Store the token in the secrets manager, reference it by name, and rotate the key if it was ever exposed. The password is stored hashed with Argon2.",
        "Could you explain the difference between an access token and a refresh token? Also, how long should a session token live?",
        "Run Black and Ruff before committing, then ask Copilot to write the docstrings. Jenkins will pick up the branch.",
        create_file("config/app.yaml", "timezone: Europe/Berlin\nlocale: de_DE\ncurrency: EUR\nfeature_flags:\n  new_checkout: true\n  token_refresh_v2: false\n"),
        fenced("python", 'GITHUB_TOKEN_RE = re.compile(r"gh[pousr]_[A-Za-z0-9]{36}")\nAWS_KEY_RE = re.compile(r"(?:AKIA|ASIA)[A-Z2-7]{16}")\n\ndef looks_like_secret(s: str) -> bool:\n    return bool(GITHUB_TOKEN_RE.search(s) or AWS_KEY_RE.search(s))',
               "These regexes are what the pre-commit hook uses:"),
        f"xxd -l 64 firmware.bin\n00000000: 7f45 4c46 0201 0100 0000 0000 0000 0000  .ELF............\n00000010: 0300 3e00 0100 0000 {h(4)} {h(4)} 0000 0000  ..>.....{g.s(LOWNUM, 8)}",
        f"_globals['DESCRIPTOR']._serialized_options = b'Z\\x0b{g.s(LOWNUM, 6)}/pb'\n_globals['_ORDER']._serialized_start=54\n_globals['_ORDER']._serialized_end=219",
        cat_n("SHA256SUMS", f"{h(64)}  northwind-cli_2.4.0_linux_amd64.tar.gz\n{h(64)}  northwind-cli_2.4.0_darwin_arm64.tar.gz\n{h(64)}  northwind-cli_2.4.0_windows_amd64.zip"),
        fenced("yaml", "auth:\n  issuer: https://login.northwind-labs.io/oauth2/default\n  client_id: 0oa" + g.mixed(ALNUM, 17) + "\n  redirect_uri: https://app.northwind-labs.io/callback\n  scopes: [openid, profile, email]",
               "The SPA uses PKCE, so there is no client secret:"),
        f'{{"took": 4, "hits": {{"total": 2, "hits": [{{"_index": "orders-2025.03", "_id": "{g.mixed(B64URL, 20)}", "_score": 1.0}}, {{"_index": "orders-2025.03", "_id": "{g.mixed(B64URL, 20)}", "_score": 0.8}}]}}}}',
        tool_result(f"Successfully built {h(12)}\nSuccessfully tagged orders-api:2.4.0\nThe push refers to repository [ghcr.io/northwind/orders-api]\n2.4.0: digest: sha256:{h(64)} size: 2417"),
        openai_call("run_in_terminal", {"command": "vault kv get -field=password secret/data/orders/db | wc -c"}),
        'path "secret/data/orders/*" {\n  capabilities = ["read", "list"]\n}\npath "auth/token/renew-self" {\n  capabilities = ["update"]\n}',
        diff("src/auth/session.ts", ["  const maxTokenAge = 15 * 60 * 1000;", "  const refreshToken = await store.getRefreshToken(sessionId);"], ("export async function renew(sessionId: string) {", "  return issue(refreshToken, maxTokenAge);")),
        fenced("json", '{\n  "openapi": "3.0.3",\n  "components": {\n    "securitySchemes": {\n      "ApiKeyAuth": {"type": "apiKey", "in": "header", "name": "X-API-Key"},\n      "bearerAuth": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}\n    }\n  }\n}', "Here's the security section of the spec:"),
        f"Apple Team ID: {g.s('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 10)}\nBundle ID: io.northwind.orders\nProvisioning profile UUID: {u().upper()}",
        f"Traceback (most recent call last):\n  File \"/home/runner/work/orders/orders/app/client.py\", line 41, in fetch\n    raise TokenExpired(f\"token {{token_id}} expired at {{exp}}\")\napp.errors.TokenExpired: token {u()} expired at 2025-03-02T10:00:00Z",
        f"poetry.lock:\n[[package]]\nname = \"cryptography\"\nversion = \"42.0.5\"\nfiles = [\n    {{file = \"cryptography-42.0.5-cp39-abi3-manylinux_2_28_x86_64.whl\", hash = \"sha256:{h(64)}\"}},\n]",
        f"  /home/runner/.cache/pip/wheels/{h(2)}/{h(2)}/{h(60)}\n  C:\\Program Files\\Git\\usr\\bin\\bash.exe\n  /Users/Shared/Library/Caches/pip",
        f"Build #4821 finished in 6m 12s. Artifacts: orders-api-{h(8)}.tar.gz, coverage-{h(8)}.xml. Cache key: linux-node20-{h(64)}",
        create_file("tests/test_auth.py", 'import pytest\n\nFAKE_TOKEN = "test-token"\nFAKE_PASSWORD = "password123"\n\n\n@pytest.fixture\ndef client(app):\n    return app.test_client(headers={"Authorization": f"Bearer {FAKE_TOKEN}"})\n'),
        fenced("properties", "spring.datasource.url=jdbc:postgresql://localhost:5432/orders\nspring.datasource.username=${DB_USER}\nspring.datasource.password=${DB_PASSWORD}\nspring.jpa.hibernate.ddl-auto=validate",
               "application.properties now reads everything from the environment:"),
        f"Sentry event {h(32)} grouped under issue ORDERS-API-3F2; fingerprint {{{{ default }}}}; release orders-api@2.4.0+{h(7)}",
        f"pnpm-lock.yaml:\n  /zod@3.22.4:\n    resolution: {{integrity: sha512-{b(64)}}}\n    dev: false",
        "Cron: 0 3 * * 1  backup --retention 14d --target s3://northwind-backups/pg/ --kms-key alias/backup-key",
        f"mysql> SELECT id, sku, price FROM products LIMIT 2;\n+----+----------------+-------+\n| id | sku            | price |\n+----+----------------+-------+\n|  1 | NW-{h(8).upper()} | 19.90 |\n|  2 | NW-{h(8).upper()} | 24.50 |\n+----+----------------+-------+",
        f"Slack channel {g.s('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 10)}, thread ts 1718003921.000200, bot id B0{g.s('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 9)}",
        f"export const environment = {{\n  production: true,\n  apiBaseUrl: '/api',\n  buildHash: '{h(20)}',\n  sentryRelease: 'web@{h(12)}'\n}};",
        f"Checksums verified. gpg: Signature made Mon 03 Mar 2025 09:12:44 CET\ngpg:                using EDDSA key {h(40).upper()}\ngpg: Good signature from \"Northwind Release Signing\"",
        f"The cache key is built from the lockfile hash ({h(64)}) plus the runner OS, so changing any dependency invalidates it.",
        f"Your session expired. Reference code: {g.s('ABCDEFGHJKLMNPQRSTUVWXYZ23456789', 12)}. Please sign in again.",
        f"terraform.tfstate (excerpt):\n  \"attributes\": {{\n    \"id\": \"sg-0{h(16)}\",\n    \"arn\": \"arn:aws:ec2:eu-west-1:482913775012:security-group/sg-0{h(16)}\",\n    \"owner_id\": \"482913775012\"\n  }}",
        f"gradle/verification-metadata.xml:\n<component group=\"com.squareup.okhttp3\" name=\"okhttp\" version=\"4.12.0\">\n   <artifact name=\"okhttp-4.12.0.jar\">\n      <sha256 value=\"{h(64)}\" origin=\"Generated by Gradle\"/>\n   </artifact>\n</component>",
    ]
    return [("holdout:negative", t) for t in texts]
