# ruff: noqa: E501, RUF001
"""Negative texts: developer material that looks sensitive but holds no secret and no personal data."""

from __future__ import annotations

import hashlib

from _values import HEX, Gen
from h21_carriers import (
    aider,
    amazonq,
    amp_tool,
    codex_exec,
    devin,
    gemini,
    jb_chat,
    oh_run,
    pr_body,
    review,
    tabnine,
    vs_chat,
    vsc_call,
    vsc_result,
)


def negatives(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(src: str, t: str) -> None:
        out.append(("holdout21:" + src, t))

    sha = lambda: g.s(HEX, 40)  # noqa: E731
    add("git_log_oneline", f"$ git log --oneline -6\n{sha()[:7]} (HEAD -> main, origin/main) firmware: bump zigbee stack to 3.1.2\n{sha()[:7]} ota: verify image signature before flashing\n{sha()[:7]} Merge pull request #412 from lanternfish/fix-ota-timeout\n{sha()[:7]} ci: cache arm-none-eabi toolchain\n{sha()[:7]} docs: wiring diagram for rev C board\n{sha()[:7]} chore(deps): bump esp-idf to v5.3.1")
    add("sha256sums", "\n".join(f"{hashlib.sha256(n.encode()).hexdigest()}  {n}" for n in ["thermo-fw-2.8.0.bin", "thermo-fw-2.8.0.elf", "bootloader-1.4.bin", "partition-table.bin"]))
    add("env_example", "# .env.example — copy to .env and fill in\nNANOLEAF_TOKEN=<your-token>\nNETATMO_CLIENT_ID=\nNETATMO_CLIENT_SECRET=changeme\nTADO_PASSWORD=xxxxxxxx\nMQTT_URL=mqtt://user:password@localhost:1883\nLOG_LEVEL=info")
    add("uuid_migration", f"-- V42__seed_roles.sql\nINSERT INTO roles (id, name) VALUES\n  ('{g.uuid()}', 'pharmacist'),\n  ('{g.uuid()}', 'technician'),\n  ('{g.uuid()}', 'store_manager'),\n  ('{g.uuid()}', 'auditor');")
    add("package_lock_fragment", f"    \"node_modules/zod\": {{\n      \"version\": \"3.23.8\",\n      \"resolved\": \"https://registry.npmjs.org/zod/-/zod-3.23.8.tgz\",\n      \"integrity\": \"sha512-{g.b64(64)}\",\n      \"license\": \"MIT\"\n    }},")
    add("go_sum", f"github.com/eclipse/paho.mqtt.golang v1.5.0 h1:{g.b64(32)}\ngithub.com/eclipse/paho.mqtt.golang v1.5.0/go.mod h1:{g.b64(32)}\ngolang.org/x/net v0.30.0 h1:{g.b64(32)}")
    add("dockerfile", "FROM python:3.12-slim@sha256:" + g.s(HEX, 64) + "\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nENV PORT=8080 \\\n    WORKERS=4\nUSER 10001\nCMD [\"gunicorn\", \"-b\", \"0.0.0.0:8080\", \"pharmacy_api.wsgi\"]")
    add("ci_log", f"Run actions/checkout@v4\n  with:\n    repository: lanternfish/dealer-portal\n    token: ***\nSyncing repository: lanternfish/dealer-portal\nHEAD is now at {sha()[:7]} Merge pull request #1881\nRun npm ci\nadded 1412 packages in 38s\nRun npm test\nTests: 622 passed, 622 total\nTime: 41.83 s")
    add("copilot_chat_explain", vs_chat([("me", "What does `services.AddDataProtection().PersistKeysToFileSystem(...)` do?"), ("ai", "It tells ASP.NET Core where to store the data-protection key ring (the keys used to encrypt cookies and antiforgery tokens). By default keys live in memory or the user profile; persisting them to a shared folder or blob lets several instances decrypt each other's cookies. Protect that folder, and in production prefer `ProtectKeysWithAzureKeyVault` or a certificate.")]))
    add("jwt_doc_placeholder", "## Authentication\n\nSend the access token in the `Authorization` header:\n\n```http\nGET /v2/prescriptions HTTP/1.1\nHost: api.example.com\nAuthorization: Bearer <ACCESS_TOKEN>\n```\n\nTokens expire after 3600 seconds. Refresh with `POST /oauth/token` and `grant_type=refresh_token`.")
    add("k8s_secret_ref", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: soc-enricher\nspec:\n  template:\n    spec:\n      containers:\n        - name: enricher\n          image: ghcr.io/lanternfish/soc-enricher:1.9.3\n          env:\n            - name: VULNERS_API_KEY\n              valueFrom:\n                secretKeyRef:\n                  name: enricher-secrets\n                  key: vulners-api-key\n            - name: OTX_API_KEY\n              valueFrom:\n                secretKeyRef: {name: enricher-secrets, key: otx-api-key}")
    add("pytest_output", "============================= test session starts ==============================\nplatform linux -- Python 3.12.7, pytest-8.3.3, pluggy-1.5.0\nrootdir: /workspace/fitness-sync\ncollected 57 items\n\ntests/test_garmin.py ........                                            [ 14%]\ntests/test_strava_webhook.py ...........                                 [ 33%]\ntests/test_zones.py ......................................               [100%]\n\n============================== 57 passed in 3.02s ==============================")
    add("ioc_hashes", f"IOC list for INC-2026-1142 (public, shared with ISAC)\nsha256:\n{g.s(HEX, 64)}  loader.dll\n{g.s(HEX, 64)}  update.ps1\nmd5:\n{g.s(HEX, 32)}\ndomains:\nhalcyonbank-hr[.]com\ncdn-sync[.]top")
    add("terraform_plan", "  # aws_s3_bucket.dailies will be created\n  + resource \"aws_s3_bucket\" \"dailies\" {\n      + arn    = (known after apply)\n      + bucket = \"northern-tide-dailies-eu\"\n      + id     = (known after apply)\n      + tags   = {\n          + \"project\" = \"northern-tide\"\n        }\n    }\n\nPlan: 3 to add, 0 to change, 0 to destroy.")
    add("vin_decode", "VIN 1HGCV1F34LA012874 decoded via NHTSA vPIC:\n  Make: HONDA\n  Model: Accord\n  Model Year: 2020\n  Plant: Marysville, Ohio\n  Engine: 1.5L L4 turbo\n\nNote: a VIN identifies the vehicle, not the owner.")
    add("korean_readme", "## 설치 방법\n\n1. `pip install -r requirements.txt`\n2. `.env.example` 파일을 `.env`로 복사하세요.\n3. `PORTONE_API_SECRET` 값에는 포트원 관리자 콘솔에서 발급받은 키를 넣으세요 (예: `your-api-secret`).\n4. `python manage.py runserver`\n\n테스트 카드 번호는 포트원 문서를 참고하세요.")
    add("test_card_policy", "For the checkout tests use the sandbox card numbers listed in the payment provider's docs (look them up there, don't paste them into fixtures), with any future expiry and any CVC. Never use a real card in the test suite; CI greps for 13-19 digit runs and fails the build.")
    add("semver_changelog", "## [2.8.0] - 2026-11-20\n### Added\n- Thread 1.4 border router support\n- OTA delta updates (bsdiff)\n### Fixed\n- Watchdog reset when Wi-Fi RSSI < -85 dBm (#388)\n\n## [2.7.3] - 2026-10-02\n### Security\n- Bump mbedTLS to 3.6.2 (CVE-2024-45159)")
    add("openapi_spec", "components:\n  securitySchemes:\n    ApiKeyAuth:\n      type: apiKey\n      in: header\n      name: X-API-Key\n  schemas:\n    Vehicle:\n      type: object\n      properties:\n        vin: {type: string, minLength: 17, maxLength: 17}\n        stockNumber: {type: string, example: P22817}\n        msrp: {type: number, example: 48950}")
    add("slurm_squeue", "$ squeue -p gpu-long\n             JOBID PARTITION     NAME     USER ST       TIME  NODES NODELIST(REASON)\n           8812031  gpu-long  train_a      svc  R    1:02:11      2 gpu[014-015]\n           8812040  gpu-long  eval_bs      svc PD       0:00      1 (Priority)\n           8812044  gpu-long  sweep_12     svc PD       0:00      4 (Resources)")
    add("nginx_conf", "server {\n    listen 443 ssl http2;\n    server_name portal.example.org;\n    ssl_certificate     /etc/ssl/certs/portal.pem;\n    ssl_certificate_key /etc/ssl/private/portal.key;\n    location /api/ {\n        proxy_pass http://127.0.0.1:8080;\n        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n    }\n}")
    add("pt_pr_description", pr_body("Corrige cálculo de IVA nas faturas da farmácia", "Esta PR corrige o arredondamento do IVA (6% / 23%) nas linhas de fatura.\n\n- Adiciona testes para valores com 3 casas decimais\n- Usa `Decimal` com `ROUND_HALF_UP`\n- Não altera o formato SAF-T\n\nCommit principal: `" + sha() + "`"))
    add("codex_grep_none", codex_exec(["bash", "-lc", "rg -n 'api_key|secret|password' src/ | head"], "src/config.py:12:    api_key: str = Field(default='', description='Set via SMARTHOME_API_KEY')\nsrc/config.py:13:    password: SecretStr | None = None\nsrc/auth.py:40:def hash_password(raw: str) -> str:\n"))
    add("da_code_review", review("app/booking/service.py", 88, [("copilot-pull-request-reviewer", "Denne løkke kalder databasen én gang per booking. Overvej at hente alle hold med én forespørgsel (`select_related('studio')`)."), ("dev-team-bot", "Rettet i næste commit.")]))
    add("fi_gemini_answer", gemini("Miten lasken sykkeen harjoitusalueet Karvosen kaavalla?", "Karvosen kaava: tavoitesyke = leposyke + (maksimisyke − leposyke) × intensiteetti. Esimerkiksi leposykkeellä 55 ja maksimisykkeellä 190 alue 2 (60–70 %) on 136–150 lyöntiä minuutissa."))
    add("openhands_ls", oh_run("ls -la firmware/build", "total 2140\ndrwxr-xr-x 4 root root    4096 Nov 26 09:12 .\n-rw-r--r-- 1 root root 1048576 Nov 26 09:12 thermo-fw.bin\n-rw-r--r-- 1 root root  982311 Nov 26 09:12 thermo-fw.elf\n-rw-r--r-- 1 root root      65 Nov 26 09:12 thermo-fw.bin.sha256"))
    add("html_form", "<form method=\"post\" action=\"/login\">\n  <label for=\"email\">E-mail</label>\n  <input id=\"email\" name=\"email\" type=\"email\" placeholder=\"name@example.com\" required>\n  <label for=\"pw\">Password</label>\n  <input id=\"pw\" name=\"password\" type=\"password\" autocomplete=\"current-password\">\n  <input type=\"hidden\" name=\"csrfmiddlewaretoken\" value=\"{{ csrf_token }}\">\n  <button>Sign in</button>\n</form>")
    add("base64_text", f"$ echo 'hello from the build server' | base64\naGVsbG8gZnJvbSB0aGUgYnVpbGQgc2VydmVyCg==\n$ echo -n 'pharmacy-api' | sha1sum\n{hashlib.sha1(b'pharmacy-api').hexdigest()}  -")
    add("cs_question", "Ahoj, jak v Pythonu nejlépe ověřit podpis webhooku? Dokumentace říká, že hlavička `X-Signature` obsahuje HMAC-SHA256 těla zprávy a tajný klíč mám uložit do proměnné prostředí `WEBHOOK_SECRET`. Stačí `hmac.compare_digest`?")
    add("lt_answer", tabnine("Kaip sukurti Django modelį vaistinės užsakymui?", "Štai pavyzdys:\n\n```python\nclass Order(models.Model):\n    created = models.DateTimeField(auto_now_add=True)\n    status = models.CharField(max_length=16, choices=Status.choices)\n    total = models.DecimalField(max_digits=10, decimal_places=2)\n```"))
    add("fa_docs", "برای اتصال به درگاه، ابتدا متغیر `ZARINPAL_MERCHANT_ID` را در فایل `.env` تعریف کنید (مقدار نمونه: `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`). سپس دستور `python manage.py migrate` را اجرا کنید.")
    add("docker_compose", "services:\n  homeassistant:\n    image: ghcr.io/home-assistant/home-assistant:2026.11.3\n    volumes:\n      - ./config:/config\n    network_mode: host\n  mosquitto:\n    image: eclipse-mosquitto:2.0.20\n    ports: [\"1883:1883\"]\n  zigbee2mqtt:\n    image: koenkk/zigbee2mqtt:1.42.0\n    environment:\n      - TZ=Europe/Helsinki")
    add("amazonq_explain", amazonq(["> q chat", "> what IAM permissions does the lambda need to read from Secrets Manager?", "It needs `secretsmanager:GetSecretValue` on the secret's ARN, for example `arn:aws:secretsmanager:eu-west-1:123456789012:secret:enricher/otx-AbCdEf`, and `kms:Decrypt` if the secret uses a customer managed key."]))
    add("devin_tests", devin(["ubuntu@devin-box:~/dealer-portal$ pnpm test --filter inventory", "> inventory@0.14.2 test", "> vitest run", " ✓ src/vin.test.ts (12)", " ✓ src/pricing.test.ts (31)", " Test Files  2 passed (2)", "      Tests  43 passed (43)"]))
    add("aider_refactor", aider("aider src/zones.py", ["#### extract the zone math into a pure function", "I'll add `hr_zone(hr: int, rest: int, max_hr: int) -> int` and make `classify()` call it.\n\nsrc/zones.py\n```python\n<<<<<<< SEARCH\n    pct = (hr - rest) / (max_hr - rest)\n=======\n    pct = hr_zone_pct(hr, rest, max_hr)\n>>>>>>> REPLACE\n```"]))
    add("jb_chat_kotlin", jb_chat([("me", "Why does `Room` complain about a missing migration from 7 to 8?"), ("ai", "You bumped `version = 8` in `@Database` but did not supply `Migration(7, 8)`. Either add the migration with the `ALTER TABLE workouts ADD COLUMN cadence INTEGER` statement or, during development only, call `fallbackToDestructiveMigration()`.")]))
    add("amp_grep", amp_tool("Grep", {"pattern": "TODO", "path": "src"}, "src/ingest/shotgrid.py:88: # TODO: paginate /api/v1/entity/shots\nsrc/ingest/frameio.py:41: # TODO: retry on 429 with Retry-After\nsrc/render/queue.py:12: # TODO: priority for hero shots"))
    add("vsc_tool_call_neg", vsc_call("run_in_terminal", {"command": "git rev-parse HEAD && git describe --tags", "explanation": "Show the current commit and tag", "isBackground": False}) + "\n" + vsc_result(f"{sha()}\nv3.11.0-14-g{sha()[:7]}\n"))
    add("zh_tw_question", "請問在 Next.js 中要怎麼安全地存放金流的 HashKey？目前是放在 `.env.local`，部署到 Vercel 時再用環境變數設定，這樣可以嗎？")
    add("tl_explain", "Ang `UUID` tulad ng `123e4567-e89b-12d3-a456-426614174000` ay hindi sikreto — identifier lang ito ng record. Pero ang API key ay dapat nasa environment variable, hindi sa code.")
    add("placeholder_connection", "Connection string template for the dealer DMS export:\n\n    Server=<host>;Database=<db>;User Id=<user>;Password=<password>;\n\nReplace the angle-bracket placeholders from the vault at deploy time; the pipeline fails if any `<...>` remains.")
    add("mr_question", "Flutter अ‍ॅपमध्ये Firebase कॉन्फिग फाइल (google-services.json) git मध्ये ठेवावी का? त्यामधील project_id आणि app id गुप्त नसतात असं वाचलं, पण खात्री करून घ्यायची आहे.")
    add("es_latam_answer", vs_chat([("me", "¿Cómo genero un UUID v7 en .NET 9?"), ("ai", "Desde .NET 9 puedes usar `Guid.CreateVersion7()`. Por ejemplo: `var id = Guid.CreateVersion7(); // 0193a1f2-6c4e-7d1a-9b3f-2e8c5d7a1f40`. Los UUID v7 son ordenables por tiempo, útiles como claves primarias.")]))
    add("csv_metrics", "date,active_members,checkins,avg_session_min\n2026-11-20,4412,1893,52.4\n2026-11-21,4418,2011,49.8\n2026-11-22,4420,2390,57.1\n2026-11-23,4425,2254,55.0")
    add("hr_bad_example", "Primjer (izmišljeni) podataka za testove: ime `Test Korisnik`, e-pošta `test@example.com`, telefon `+385 00 000 0000`. Ne koristite stvarne podatke u fixtureima.")
    return out
