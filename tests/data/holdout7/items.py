# ruff: noqa: E501, RUF001  -- item tables hold whole texts on one line; foreign letters are intended.
"""Seventh held-out set: agent material written blind, without running the detectors on it (see
README.md). Providers, carriers and sentence shapes none of eval-dev or holdout 1-6 used.
"""

from __future__ import annotations

import base64
import json

from _markup import IP, A, C, D, E, I, L, P, S, T, U, Z, esc, m, shell
from _values import ALNUM, DIGITS, HEX, HEXU, LOWNUM, UPNUM, Gen, grouped, iban, luhn_complete

B64URL = ALNUM + "-_"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def b64u(raw: str) -> str:
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def b64(raw: str) -> str:
    return base64.b64encode(raw.encode()).decode()


# ---------------------------------------------------------------------------------------------
# carriers of agent products and tools the earlier sets did not use


def oh_run(cmd: str, thought: str) -> str:
    """OpenHands `CmdRunAction` as stored in the event stream."""
    return '{"id": 41, "source": "agent", "action": "run", "args": {"command": "' + esc(cmd) + '", "is_input": false, "thought": "' + esc(thought) + '", "blocking": false}, "timeout": 120}'


def oh_obs(content: str, code: int = 0) -> str:
    """OpenHands `CmdOutputObservation`."""
    return '{"id": 42, "source": "agent", "observation": "run", "content": "' + esc(content) + '", "extras": {"metadata": {"exit_code": ' + str(code) + ', "working_dir": "/workspace", "py_interpreter_path": "/openhands/poetry/bin/python"}}, "cause": 41}'


def continue_call(name: str, args: dict[str, str]) -> str:
    """Continue.dev assistant message with `toolCalls`; arguments are a JSON string."""
    inner = "{" + ", ".join('"' + k + '": "' + esc(v) + '"' for k, v in args.items()) + "}"
    return '{"role": "assistant", "content": "", "toolCalls": [{"id": "tc_8f2a91", "type": "function", "function": {"name": "' + name + '", "arguments": "' + esc(inner) + '"}}]}'


def roo_diff(path: str, start: int, search: str, replace: str) -> str:
    """Roo Code `<apply_diff>` with a `:start_line:` marker."""
    return f"<apply_diff>\n<path>{path}</path>\n<diff>\n<<<<<<< SEARCH\n:start_line:{start}\n-------\n{search}\n=======\n{replace}\n>>>>>>> REPLACE\n</diff>\n</apply_diff>"


def q_bash(cmd: str, summary: str) -> str:
    """Amazon Q Developer CLI `execute_bash` tool use."""
    return '{"toolUseId": "tooluse_Hs7kQ2vRTeyN1", "name": "execute_bash", "args": {"command": "' + esc(cmd) + '", "summary": "' + esc(summary) + '"}}'


def windsurf_cmd(cmd: str, cwd: str) -> str:
    """Windsurf Cascade `run_command`."""
    return '{"tool": "run_command", "parameters": {"CommandLine": "' + esc(cmd) + '", "Cwd": "' + esc(cwd) + '", "Blocking": true, "SafeToAutoRun": false}}'


def zed_result(name: str, content: str) -> str:
    """Zed agent panel tool result."""
    return '{"tool_use_id": "toolu_01Zd9", "tool_name": "' + name + '", "is_error": false, "content": "' + esc(content) + '"}'


def goose_shell(cmd: str) -> str:
    """Goose `developer__shell` tool request."""
    return '{"id": "toolu_01Gs4", "toolCall": {"status": "success", "value": {"name": "developer__shell", "arguments": {"command": "' + esc(cmd) + '"}}}}'


def opencode_bash(cmd: str, desc: str, output: str) -> str:
    """opencode message part of a finished bash tool."""
    return '{"type": "tool", "tool": "bash", "callID": "call_oc71", "state": {"status": "completed", "input": {"command": "' + esc(cmd) + '", "description": "' + esc(desc) + '"}, "output": "' + esc(output) + '", "title": "' + esc(cmd[:40]) + '"}}'


def mcp_call(name: str, args: dict[str, str]) -> str:
    """MCP `tools/call` request (JSON-RPC)."""
    inner = ", ".join('"' + k + '": "' + esc(v) + '"' for k, v in args.items())
    return '{"jsonrpc": "2.0", "id": 7, "method": "tools/call", "params": {"name": "' + name + '", "arguments": {' + inner + "}}}"


def mcp_result(text: str) -> str:
    """MCP `tools/call` response with one text part."""
    return '{"jsonrpc": "2.0", "id": 7, "result": {"content": [{"type": "text", "text": "' + esc(text) + '"}], "isError": false}}'


def bedrock_use(name: str, field: str, value: str) -> str:
    """Amazon Bedrock Converse `toolUse` content block."""
    return '{"role": "assistant", "content": [{"toolUse": {"toolUseId": "tooluse_p0Wq8", "name": "' + name + '", "input": {"' + field + '": "' + esc(value) + '"}}}]}'


def bedrock_result(text: str) -> str:
    """Amazon Bedrock Converse `toolResult` content block."""
    return '{"role": "user", "content": [{"toolResult": {"toolUseId": "tooluse_p0Wq8", "content": [{"text": "' + esc(text) + '"}], "status": "success"}}]}'


def ollama_call(name: str, args: dict[str, str]) -> str:
    """Ollama /api/chat response with a tool call (arguments an object)."""
    inner = ", ".join('"' + k + '": "' + esc(v) + '"' for k, v in args.items())
    return '{"model": "qwen2.5-coder:14b", "message": {"role": "assistant", "content": "", "tool_calls": [{"function": {"name": "' + name + '", "arguments": {' + inner + "}}}]}, \"done\": true}"


def ipynb_cell(source: str, output: str) -> str:
    """A Jupyter code cell as stored in the .ipynb file (lists of lines)."""
    src = ",\n    ".join('"' + esc(x) + '"' for x in _lines(source))
    out = ",\n      ".join('"' + esc(x) + '"' for x in _lines(output))
    return ('{\n   "cell_type": "code",\n   "execution_count": 7,\n   "metadata": {},\n   "outputs": [\n    {\n     "name": "stdout",\n     "output_type": "stream",\n     "text": [\n      '
            + out + '\n     ]\n    }\n   ],\n   "source": [\n    ' + src + "\n   ]\n  }")


def _lines(text: str) -> list[str]:
    parts = text.split("\n")
    return [p + "\n" for p in parts[:-1]] + [parts[-1]]


def asciicast(lines: list[str]) -> str:
    """asciinema v2 recording events (output with CR LF)."""
    head = '{"version": 2, "width": 132, "height": 38, "timestamp": 1731402211, "env": {"SHELL": "/bin/zsh", "TERM": "xterm-256color"}}'
    return "\n".join([head] + [f'[{0.31 + 0.87 * i:.6f}, "o", "' + esc(x + "\r\n") + '"]' for i, x in enumerate(lines)])


def jenkins_log(lines: list[str]) -> str:
    return "\n".join(["Started by timer", "Running in Durability level: MAX_SURVIVABILITY", "[Pipeline] Start of Pipeline", "[Pipeline] node", "Running on agent-linux-04 in /var/lib/jenkins/workspace/storefront_main", "[Pipeline] {", "[Pipeline] sh", *lines, "[Pipeline] }", "[Pipeline] End of Pipeline", "Finished: SUCCESS"])


def gha_log(lines: list[str]) -> str:
    """GitHub Actions raw step log with 7-digit fractional timestamps."""
    return "\n".join(f"2025-03-04T10:{11 + i // 60:02d}:{i % 60:02d}.{1187302 + 2311 * i:07d}Z {x}" for i, x in enumerate(lines))


# ---------------------------------------------------------------------------------------------


def secrets(g: Gen) -> list[tuple[str, list[str], str]]:
    out: list[tuple[str, list[str], str]] = []

    def add(p: str, t: str, providers: list[str] | None = None) -> None:
        out.append((f"holdout7:{p}", providers or [p], t))

    add("mattermost", oh_run(f"curl -s -H 'Authorization: Bearer {S(g.s(LOWNUM, 26))}' https://chat.hollowpine.net/api/v4/users/me | jq .username", "Check that the bot token still authenticates before wiring it into the release notifier."))

    seed = "SU" + g.s(B32, 56)
    njwt = b64u('{"typ":"JWT","alg":"ed25519-nkey"}') + "." + b64u(json.dumps({"jti": g.s(B32, 52), "iat": 1731400012, "iss": "A" + g.s(B32, 55), "name": "ingest-svc", "sub": "U" + g.s(B32, 55), "nats": {"pub": {}, "sub": {}, "subs": -1, "data": -1, "payload": -1, "type": "user", "version": 2}})) + "." + g.b64(64, urlsafe=True).rstrip("=")
    add("nats", mcp_result(f"-----BEGIN NATS USER JWT-----\n{S(njwt)}\n------END NATS USER JWT------\n\n************************* IMPORTANT *************************\nNKEY Seed printed below can be used to sign and prove identity.\nNKEYs are sensitive and should be treated as secrets.\n\n-----BEGIN USER NKEY SEED-----\n{S(seed)}\n------END USER NKEY SEED------\n\n*************************************************************"))

    add("proxmox", roo_diff("infra/proxmox/provider.tf", 8, 'provider "proxmox" {\n  pm_api_url = "https://pve01.lab.hollowpine.net:8006/api2/json"\n}', f'provider "proxmox" {{\n  pm_api_url          = "https://pve01.lab.hollowpine.net:8006/api2/json"\n  pm_api_token_id     = "{U("terraform-prov@pve")}!ci"\n  pm_api_token_secret = "{S(g.uuid())}"\n  pm_tls_insecure     = true\n}}'))

    astra = "AstraCS:" + g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", 24) + ":" + g.s(HEX, 64)
    add("astra", ipynb_cell(f"from astrapy import DataAPIClient\n\nclient = DataAPIClient(\"{S(astra)}\")\ndb = client.get_database(\"https://{g.uuid()}-us-east-2.apps.astra.datastax.com\")\nprint(db.list_collection_names())", "['product_embeddings', 'support_tickets']"))

    prisma = g.jwt(json.dumps({"api_key": g.uuid(), "tenant_id": g.s(HEX, 64), "internal_secret": g.uuid()}, separators=(",", ":")))
    add("prisma", zed_result("read_file", f"# Environment variables declared in this file are available at build time\nDATABASE_URL=\"prisma://accelerate.prisma-data.net/?api_key={S(prisma)}\"\nDIRECT_DATABASE_URL=\"postgresql://{U('app')}@db.internal:5432/shop\"\nNEXT_PUBLIC_APP_NAME=\"Hollowpine Shop\""))

    grant = "1" + g.s(B58, 211)
    add("storj", goose_shell(f"uplink access import backups-prod {S(grant)} && uplink ls sj://nightly-dumps/ --access backups-prod"))

    add("riot+steam", f"Here's the config the stats worker reads; it crashes on startup with `KeyError: 'region'`:\n\n```yaml\nriot:\n  api_key: {S('RGAPI-' + g.uuid())}\n  platform: euw1\nsteam:\n  web_api_key: {S(g.s(HEXU, 32))}\n  app_id: 730\nrefresh_minutes: 15\n```\n\nThe code does `cfg['riot']['region']`, but the file only has `platform`.", ["riot", "steam"])

    tmdb = g.jwt(json.dumps({"aud": g.s(HEX, 32), "nbf": 1729811403.52, "sub": g.s(HEX, 24), "scopes": ["api_read"], "version": 1}, separators=(",", ":")))
    add("tmdb", ollama_call("write_file", {"path": "web/.env.local", "content": f"NEXT_PUBLIC_IMAGE_BASE=https://image.tmdb.org/t/p/w500\nTMDB_READ_ACCESS_TOKEN={S(tmdb)}\nREVALIDATE_SECONDS=3600\n"}))

    add("strava", f"import requests\n\n# exchange the long-lived refresh token for a fresh access token\nresp = requests.post(\n    \"https://www.strava.com/oauth/token\",\n    data={{\n        \"client_id\": 118204,\n        \"client_secret\": \"{S(g.s(HEX, 40))}\",\n        \"grant_type\": \"refresh_token\",\n        \"refresh_token\": \"{S(g.s(HEX, 40))}\",\n    }},\n    timeout=10,\n)\nresp.raise_for_status()")

    oanda = g.s(HEX, 32) + "-" + g.s(HEX, 32)
    add("coingecko+oanda", bedrock_use("write_file", "content", f"# bot.toml\n[feeds.coingecko]\nbase_url = \"https://pro-api.coingecko.com/api/v3\"\napi_key = \"{S('CG-' + g.mixed(ALNUM, 24))}\"\n\n[broker.oanda]\nenvironment = \"practice\"\naccount_id = \"101-004-{g.s(DIGITS, 8)}-001\"\ntoken = \"{S(oanda)}\"\n"), ["coingecko", "oanda"])

    add("omise", f"diff --git a/config/initializers/omise.rb b/config/initializers/omise.rb\nnew file mode 100644\n--- /dev/null\n+++ b/config/initializers/omise.rb\n@@ -0,0 +1,4 @@\n+require \"omise\"\n+\n+Omise.public_api_key = \"pkey_test_{g.s(LOWNUM, 19)}\"\n+Omise.secret_api_key = \"{S('skey_test_' + g.s(LOWNUM, 19))}\"")

    add("wompi", shell("heroku config -a tienda-bogota-api", f"=== tienda-bogota-api Config Vars\nDATABASE_URL:            postgres://{U('u9sd')}@ec2-3-91-12-4.compute-1.amazonaws.com:5432/d7l1 (managed)\nWOMPI_EVENTS_SECRET:     {S('prod_events_' + g.mixed(ALNUM, 32))}\nWOMPI_INTEGRITY_SECRET:  {S('prod_integrity_' + g.mixed(ALNUM, 32))}\nWOMPI_PRIVATE_KEY:       {S('prv_prod_' + g.mixed(ALNUM, 32))}\nWOMPI_PUBLIC_KEY:        pub_prod_{g.mixed(ALNUM, 32)}"))

    toss = "live_sk_" + g.mixed(ALNUM, 28)
    add("tosspayments", f"결제 승인 API가 계속 401을 돌려줘요. 헤더는 이렇게 보냈습니다:\n\nAuthorization: Basic {S(b64(toss + ':'))}\nContent-Type: application/json\n\n시크릿 키 원본은 {S(toss)} 이고, 뒤에 콜론 붙여서 base64 인코딩했어요. 클라이언트 키(live_ck_{g.mixed(ALNUM, 28)})는 프론트에서만 씁니다.")

    add("conekta", windsurf_cmd(f"php -r 'require \"vendor/autoload.php\"; \\Conekta\\Conekta::setApiKey(\"{S('key_' + g.mixed(ALNUM, 27))}\"); var_dump(\\Conekta\\Order::find(\"ord_2vFJk9bMq\"));'", "C:\\dev\\checkout-mx"))

    add("mpesa", f"// config/daraja.js\nmodule.exports = {{\n  env: 'production',\n  consumerKey: '{S(g.mixed(ALNUM, 48))}',\n  consumerSecret: '{S(g.mixed(ALNUM, 64))}',\n  shortCode: '4105227',\n  passKey: '{S(g.s(HEX, 64))}',\n  callbackUrl: 'https://api.dukamtaani.co.ke/mpesa/callback',\n}};")

    add("dingtalk+feishu", shell("cat /etc/prometheus-webhook-dingtalk/config.yml", f"## 告警通知机器人\ntargets:\n  ops-oncall:\n    url: https://oapi.dingtalk.com/robot/send?access_token={S(g.s(HEX, 64))}\n    secret: {S('SEC' + g.s(HEX, 64))}\n    mention:\n      all: true\n  feishu-bridge:\n    # 飞书群机器人（通过 relay 转发）\n    url: https://open.feishu.cn/open-apis/bot/v2/hook/{S(g.uuid())}\n    sign_secret: {S(g.mixed(ALNUM, 22))}\n"), ["dingtalk", "feishu"])

    add("pushover+ntfy", q_bash(f"curl -s -F 'token={S('a' + g.s(LOWNUM, 29))}' -F \"user=$PUSHOVER_USER\" -F 'message=restic backup finished' https://api.pushover.net/1/messages.json; curl -s -H 'Authorization: Bearer {S('tk_' + g.s(LOWNUM, 29))}' -d 'backup ok' https://ntfy.hollowpine.net/backups", "Send the two backup notifications by hand to test them"), ["pushover", "ntfy"])

    add("ory", gha_log(["##[group]Run ory patch project --file ory/identity.json", "ory patch project --file ory/identity.json", "shell: /usr/bin/bash -e {0}", "env:", f"  ORY_WORKSPACE_API_KEY: {S('ory_wak_' + g.mixed(ALNUM, 32))}", "  ORY_PROJECT: vibrant-curie-x9b2", "##[endgroup]", "Project updated successfully!"]))

    phase = "pss_service:v2:" + ":".join(g.s(HEX, 64) for _ in range(4))
    add("phase", f"services:\n  api:\n    build: .\n    command: phase run --app ledger --env production -- gunicorn app:app\n    environment:\n      PHASE_SERVICE_TOKEN: \"{S(phase)}\"\n      PHASE_HOST: https://console.phase.dev\n    ports:\n      - \"8000:8000\"")

    add("dotenvx", jenkins_log([f"+ export DOTENV_KEY=dotenv://:{S('key_' + g.s(HEX, 64))}@dotenvx.com/vault/.env.vault?environment=production", "+ npx dotenvx run -- npm run migrate", "[dotenvx@1.14.2] injecting env (23) from .env.vault", "Migrations complete: 3 applied"]))

    esri = "AAPK" + g.s(HEX, 32) + g.mixed(B64URL, 64)
    add("radar+esri+foursquare", continue_call("builtin_edit_existing_file", {"filepath": "geo/providers.py", "changes": f"PROVIDERS = {{\n    \"radar\": {{\"key\": \"{S('prj_live_sk_' + g.s(HEX, 40))}\", \"rps\": 10}},\n    \"arcgis\": {{\"key\": \"{S(esri)}\", \"rps\": 5}},\n    \"foursquare\": {{\"key\": \"{S('fsq3' + g.mixed(ALNUM + '+/', 44))}\", \"rps\": 50}},\n}}\n"}), ["radar", "esri", "foursquare"])

    add("aftership", f"POST /tracking/2024-10/trackings HTTP/1.1\nHost: api.aftership.com\nas-api-key: {S('asat_' + g.s(HEX, 32))}\nContent-Type: application/json\nContent-Length: 92\n\n{{\"tracking\":{{\"tracking_number\":\"1Z999AA10123456784\",\"slug\":\"ups\"}}}}")

    close = "api_" + g.mixed(ALNUM, 22) + "." + g.mixed(ALNUM, 22)
    add("close+keap+activecampaign", read_json_file("sync/integrations.json", {"close": {"api_key": S(close)}, "keap": {"service_account_key": S("KeapAK-" + g.s(HEX, 40))}, "activecampaign": {"url": "https://hollowpine.api-us1.com", "key": S(g.s(HEX, 72))}, "batch_size": "200"}), ["close", "keap", "activecampaign"])

    ml = g.jwt(json.dumps({"aud": "4", "jti": g.s(HEX, 80), "iat": 1730112000, "sub": str(g.rng.randint(100000, 999999)), "scopes": []}, separators=(",", ":")))
    add("braze+mailerlite", opencode_bash("grep -E 'BRAZE|MAILERLITE' .env.production", "Show the marketing keys the worker uses", f"BRAZE_REST_ENDPOINT=https://rest.fra-02.braze.eu\nBRAZE_API_KEY={S(g.uuid())}\nMAILERLITE_API_TOKEN={S(ml)}\n"), ["braze", "mailerlite"])

    add("personio", f"object PersonioConfig {{\n    const val BASE_URL = \"https://api.personio.de/v1\"\n    // partner credentials from Settings > Integrations > API credentials\n    const val CLIENT_ID = \"papi-{g.uuid()}\"\n    const val CLIENT_SECRET = \"{S('papi-' + g.mixed(ALNUM, 48))}\"\n}}")

    add("urlscan+hibp+tenable", shell("cat -A ~/.config/secops/keys.ini | sed 's/\\$$//'", f"[urlscan]\napi_key = {S(g.uuid())}\n\n[hibp]\nhibp-api-key = {S(g.s(HEX, 32))}\n\n[tenable]\naccess_key = {S(g.s(HEX, 64))}\nsecret_key = {S(g.s(HEX, 64))}\n"), ["urlscan", "hibp", "tenable"])

    add("socket+codacy+deepsource", f"when:\n  - event: [push, pull_request]\n\nsteps:\n  - name: supply-chain\n    image: node:22\n    environment:\n      SOCKET_SECURITY_API_KEY: {S('sktsec_' + g.mixed(ALNUM, 44) + '_api')}\n    commands:\n      - npx socket ci\n  - name: coverage\n    image: python:3.12\n    environment:\n      CODACY_PROJECT_TOKEN: {S(g.s(HEX, 32))}\n      DEEPSOURCE_DSN: https://{S(g.s(HEX, 32))}@app.deepsource.com\n    commands:\n      - pytest --cov --cov-report=xml\n      - bash <(curl -Ls https://coverage.codacy.com/get.sh) report -r coverage.xml", ["socket", "codacy", "deepsource"])

    add("zerotier+netbox+zabbix", f"# group_vars/homelab.yml\nzerotier_network_id: {g.s(HEX, 16)}\nzerotier_api_token: \"{S(g.mixed(ALNUM, 32))}\"\nnetbox_url: https://netbox.lab.hollowpine.net\nnetbox_token: {S(g.s(HEX, 40))}\nzabbix_server: 10.20.0.5\nzabbix_api_token: {S(g.s(HEX, 64))}\nntp_servers: [0.de.pool.ntp.org, 1.de.pool.ntp.org]", ["zerotier", "netbox", "zabbix"])

    add("opnsense", shell("cat ~/Downloads/OPNsense.localdomain_root_apikey.txt", f"key={S(g.mixed(ALNUM + '+/', 80))}\nsecret={S(g.mixed(ALNUM + '+/', 80))}\n"))

    add("nomad+consul", shell("nomad acl token self; echo CONSUL_HTTP_TOKEN=$CONSUL_HTTP_TOKEN", f"Accessor ID  = {g.uuid()}\nSecret ID    = {S(g.uuid())}\nName         = deploy-bot\nType         = client\nGlobal       = true\nCreate Time  = 2025-02-11 08:14:52.119 +0000 UTC\nExpiry Time  = <none>\nPolicies     = [deploy]\nCONSUL_HTTP_TOKEN={S(g.uuid())}"), ["nomad", "consul"])

    ha = g.jwt(json.dumps({"iss": g.s(HEX, 32), "iat": 1731000000, "exp": 2046360000}, separators=(",", ":")))
    add("homeassistant", f"rest_command:\n  garage_close:\n    url: \"http://192.168.1.40:8123/api/services/cover/close_cover\"\n    method: POST\n    headers:\n      authorization: \"Bearer {S(ha)}\"\n    payload: '{{\"entity_id\": \"cover.garage_door\"}}'")

    add("healthchecks", asciicast([f"➜  ~ curl -s -H 'X-Api-Key: {S(g.mixed(ALNUM, 32))}' https://healthchecks.io/api/v3/checks/ | jq '.checks[].name'", '"nightly-pg-dump"', '"restic-offsite"', "➜  ~ "]))

    jb = "perm:" + b64("l.okafor") + "." + b64("92-4418") + "." + g.mixed(ALNUM, 30)
    add("jetbrains", f"The publishPlugin task reads it from gradle.properties, so in `~/.gradle/gradle.properties` put\n\n    intellijPublishToken={S(jb)}\n\nand keep it out of the repository's own gradle.properties.")

    add("phabricator", shell("cat ~/.arcrc", f"{{\n  \"hosts\": {{\n    \"https://phab.hollowpine.net/api/\": {{\n      \"token\": \"{S('api-' + g.s(LOWNUM, 28))}\"\n    }}\n  }},\n  \"config\": {{\n    \"default\": \"https://phab.hollowpine.net/\"\n  }}\n}}"))

    add("kaggle", q_bash(f"mkdir -p ~/.kaggle && echo '{{\"username\":\"{U('ifeomaeze')}\",\"key\":\"{S(g.s(HEX, 32))}\"}}' > ~/.kaggle/kaggle.json && chmod 600 ~/.kaggle/kaggle.json", "Install the Kaggle credentials"))

    nep = b64(json.dumps({"api_address": "https://app.neptune.ai", "api_url": "https://app.neptune.ai", "api_key": g.uuid()}))
    add("neptune+clearml", ipynb_cell(f"import os\nos.environ[\"NEPTUNE_API_TOKEN\"] = \"{S(nep)}\"\nos.environ[\"CLEARML_API_ACCESS_KEY\"] = \"{S(g.s(UPNUM, 30))}\"\nos.environ[\"CLEARML_API_SECRET_KEY\"] = \"{S(g.mixed(ALNUM, 50))}\"\nrun = neptune.init_run(project=\"hollowpine/churn\")", "https://app.neptune.ai/hollowpine/churn/e/CHURN-112"), ["neptune", "clearml"])

    add("brightdata", f"# settings.py (scrapy)\nDOWNLOADER_MIDDLEWARES = {{\n    \"scrapy.downloadermiddlewares.httpproxy.HttpProxyMiddleware\": 110,\n}}\nHTTP_PROXY = \"http://{U('brd-customer-hl_' + g.s(HEX, 8) + '-zone-residential_fr')}:{S(g.s(LOWNUM, 12))}@brd.superproxy.io:33335\"\nCONCURRENT_REQUESTS = 8")

    add("zyte", windsurf_cmd(f"curl -s -u {S(g.s(HEX, 32))}: https://api.zyte.com/v1/extract -H 'Content-Type: application/json' -d '{{\"url\": \"https://books.toscrape.com\", \"browserHtml\": true}}'", "/workspace/crawler"))

    add("qualtrics+jotform", f"library(qualtRics)\nlibrary(httr)\n\nqualtrics_api_credentials(\n  api_key = \"{S(g.mixed(ALNUM, 40))}\",\n  base_url = \"fra1.qualtrics.com\",\n  install = FALSE\n)\nsurveys <- all_surveys()\n\n# follow-up form answers live in Jotform\njf <- GET(\"https://eu-api.jotform.com/form/241882265417058/submissions\",\n          query = list(apiKey = \"{S(g.s(HEX, 32))}\"))", ["qualtrics", "jotform"])

    add("webflow+contentstack", roo_diff("astro.config.mjs", 3, "export default defineConfig({\n  output: 'static',\n});", f"export default defineConfig({{\n  output: 'static',\n  integrations: [\n    webflowLoader({{ siteId: '6651c0a8f2e1b94d3a7c2e10', token: '{S(g.s(HEX, 64))}' }}),\n    contentstack({{ apiKey: 'blt{g.s(HEX, 16)}', managementToken: '{S('cs' + g.s(HEX, 32))}' }}),\n  ],\n}});"), ["webflow", "contentstack"])

    add("shortcut+plane", gha_log(["##[group]Run ./scripts/sync-issues.sh", "./scripts/sync-issues.sh", "shell: /usr/bin/bash -e {0}", "env:", f"  SHORTCUT_API_TOKEN: {S(g.uuid())}", f"  PLANE_API_KEY: {S('plane_api_' + g.s(HEX, 32))}", "  PLANE_WORKSPACE: hollowpine", "##[endgroup]", "synced 14 stories -> 14 work items"]), ["shortcut", "plane"])

    add("neverbounce+covalent", f"NEVERBOUNCE_KEY = \"{S('secret_' + g.s(HEX, 32))}\"  # list cleaning before the campaign\nCOVALENT_KEY = \"{S('cqt_' + g.mixed(ALNUM, 28))}\"  # wallet balances for the loyalty page\n", ["neverbounce", "covalent"])

    add("giphy+pexels", f"<!-- TODO move these to the server, they are visible in the bundle -->\n<script>\n  window.MEDIA_CFG = {{\n    giphyKey: \"{S(g.mixed(ALNUM, 32))}\",\n    pexelsKey: \"{S(g.mixed(ALNUM, 56))}\",\n    rating: \"g\"\n  }};\n</script>", ["giphy", "pexels"])

    add("rocketchat", oh_obs(f"$ env | grep ROCKETCHAT\nROCKETCHAT_URL=https://chat.hollowpine.net\nROCKETCHAT_USER_ID={g.mixed(ALNUM, 17)}\nROCKETCHAT_AUTH_TOKEN={S(g.mixed(B64URL, 43))}\nROCKETCHAT_ROOM=deployments"))

    add("turbopuffer+openpipe+voiceflow", f"export TURBOPUFFER_API_KEY={S('tpuf_' + g.mixed(ALNUM, 32))}\nexport OPENPIPE_API_KEY={S('opk_' + g.s(HEX, 40))}\nexport VOICEFLOW_API_KEY={S('VF.DM.' + g.s(HEX, 24) + '.' + g.mixed(ALNUM, 16))}\n", ["turbopuffer", "openpipe", "voiceflow"])

    add("mercury+persona", f"The onboarding service is failing its health check because the Mercury token was rotated. New values from the vault:\n\n- `MERCURY_API_TOKEN` → `{S('secret-token:mercury_production_wma_' + g.mixed(ALNUM, 44) + '_yrucrem')}`\n- `PERSONA_API_KEY` → `{S('persona_production_' + g.uuid())}`\n\nI updated both in Doppler; please restart the pods.", ["mercury", "persona"])

    add("gcore", f"2025-03-02 11:04:17,882 DEBUG urllib3.connectionpool Starting new HTTPS connection (1): api.gcore.com:443\n2025-03-02 11:04:17,883 DEBUG cdn.client request headers={{'Authorization': 'APIKey {S(str(g.rng.randint(10000, 99999)) + '$' + g.s(HEX, 128))}', 'Accept': 'application/json'}}\n2025-03-02 11:04:18,201 DEBUG urllib3.connectionpool https://api.gcore.com:443 \"POST /cdn/resources/418822/purge HTTP/1.1\" 201 0")

    add("nxcloud+develocity", f"# .buildkite/pipeline.yml\nenv:\n  NX_CLOUD_ACCESS_TOKEN: \"{S(b64(g.uuid() + '|read-write'))}\"\n  DEVELOCITY_ACCESS_KEY: \"ge.hollowpine.net={S(g.s(LOWNUM, 52))}\"\nsteps:\n  - label: \":nx: affected\"\n    command: npx nx affected -t test --parallel=3", ["nxcloud", "develocity"])

    add("inngest+triggerdev+svix+liveblocks", zed_result("read_file", f"INNGEST_SIGNING_KEY={S('signkey-prod-' + g.s(HEX, 64))}\nINNGEST_EVENT_KEY={S(g.mixed(B64URL, 86))}\nTRIGGER_SECRET_KEY={S('tr_prod_' + g.mixed(ALNUM, 20))}\nSVIX_WEBHOOK_SECRET={S('whsec_' + g.b64(24))}\nLIVEBLOCKS_SECRET_KEY={S('sk_prod_' + g.mixed(B64URL, 43))}\nNEXT_PUBLIC_LIVEBLOCKS_PUBLIC_KEY=pk_prod_{g.mixed(B64URL, 43)}"), ["inngest", "triggerdev", "svix", "liveblocks"])

    add("dbtcloud+prefect+metabase", f"```python\nDBT_CLOUD_TOKEN = \"{S('dbtc_' + g.mixed(B64URL, 43))}\"\nPREFECT_API_KEY = \"{S('pnu_' + g.mixed(ALNUM, 36))}\"\nMETABASE_API_KEY = \"{S('mb_' + g.b64(32))}\"\n```\n\nThese three are all the orchestrator needs; the Metabase key only has to be in the *Analytics* group.", ["dbtcloud", "prefect", "metabase"])

    add("flagsmith", f"import {{ Flagsmith }} from 'flagsmith-nodejs';\n\nexport const flags = new Flagsmith({{\n  environmentKey: '{S('ser.' + g.mixed(ALNUM, 22))}',\n  enableLocalEvaluation: true,\n}});")

    add("kakao+naver+wechat", f"지도/로그인 연동 키 정리 (운영)\n\n카카오 REST API: `Authorization: KakaoAK {S(g.s(HEX, 32))}`\n네이버 검색 API: X-Naver-Client-Id = {g.mixed(ALNUM, 20)}, X-Naver-Client-Secret = {S(g.mixed(ALNUM, 10))}\n위챗 공식계정: appid wx{g.s(HEX, 16)}, appsecret {S(g.s(HEX, 32))}", ["kakao", "naver", "wechat"])

    add("mailtrap+mandrill", f"MAIL_MAILER=smtp\nMAIL_HOST=live.smtp.mailtrap.io\nMAIL_PORT=587\nMAIL_USERNAME={U('api')}\nMAIL_PASSWORD={S(g.s(HEX, 32))}\nMANDRILL_SECRET={S('md-' + g.mixed(B64URL, 22))}\nMAIL_FROM_ADDRESS={E('no-reply@hollowpine.net')}", ["mailtrap", "mandrill"])

    add("getstream+sendbird+daily", continue_call("builtin_create_new_file", {"filepath": "server/realtime.ts", "contents": f"export const stream = StreamChat.getInstance('{g.s(LOWNUM, 12)}', '{S(g.s(LOWNUM, 64))}');\nexport const sendbird = {{ appId: '{g.uuid(upper=True)}', apiToken: '{S(g.s(HEX, 40))}' }};\nexport const daily = new DailyClient({{ apiKey: '{S(g.s(HEX, 64))}' }});\n"}), ["getstream", "sendbird", "daily"])

    add("coveo", f"[Coveo] push source setup\n  organizationId : hollowpineprod{g.s(LOWNUM, 8)}\n  sourceId       : hollowpineprod-{g.s(LOWNUM, 26)}\n  apiKey         : {S('xx' + g.uuid())}\n  region         : eu")

    add("helius+quicknode+tenderly", f"RPC_SOLANA=https://mainnet.helius-rpc.com/?api-key={S(g.uuid())}\nRPC_ETH=https://frosty-ancient-pond.quiknode.pro/{S(g.s(HEX, 40))}/\nTENDERLY_ACCESS_KEY={S(g.mixed(ALNUM, 32))}\nCHAIN_ID=1", ["helius", "quicknode", "tenderly"])

    add("bybit+geminiexchange", bedrock_result(f"exchanges:\n  bybit:\n    apiKey: {S(g.mixed(ALNUM, 18))}\n    secret: {S(g.mixed(ALNUM, 36))}\n  gemini:\n    apiKey: {S('account-' + g.mixed(ALNUM, 20))}\n    secret: {S(g.mixed(B58, 28))}\nrisk:\n  max_position_usd: 2500"), ["bybit", "geminiexchange"])

    add("apns", mcp_call("write_file", {"path": "push/AuthKey_7QX2M4KD9A.p8", "content": S(g.pem("PRIVATE KEY", 2)) + "\n"}))

    # passwords known only from the sentence
    add("password_pt_chat", f"Olá {P('Renata')}, a senha provisória da sua conta no portal é {S(g.password())} — troque no primeiro acesso, por favor.", ["password"])
    add("password_rabbitmqctl", shell(f"rabbitmqctl add_user {U('ingest')} '{S(g.password())}' && rabbitmqctl set_permissions -p / {U('ingest')} '.*' '.*' '.*'", "Adding user ...\nDone. Don't forget to grant the user permissions to some virtual hosts!\nSetting permissions for user in vhost \"/\" ..."), ["password"])
    add("password_nl_mail", f"Hoi {P('Daan')},\n\nJe VPN-account is aangemaakt. Gebruikersnaam: {U('d.vermeulen')}, tijdelijk wachtwoord: {S(g.password())}\nBij de eerste keer inloggen moet je het wijzigen.\n\nGroet,\nServicedesk", ["password"])
    add("password_cmdkey", windsurf_cmd(f"cmd /c cmdkey /add:fs02.corp.hollowpine.net /user:HOLLOWPINE\\{U('svc_backup')} /pass:{S(g.password())}", "C:\\ops"), ["password"])
    add("password_htpasswd", oh_run(f"htpasswd -bB /etc/nginx/.htpasswd {U('grafana-viewer')} '{S(g.password())}'", "Create the basic-auth user for the read-only dashboard."), ["password"])
    add("password_ipmitool_irc", f"[15:02] <{U('kenji_t')}> the ipmi on rack b3 node 7 is still factory: ipmitool -I lanplus -H 10.40.3.17 -U {U('ADMIN')} -P {S(g.password())} chassis power cycle\n[15:03] <{U('ava-r')}> ugh, ok, i'll rotate it after the window", ["password"])
    return out


def read_json_file(path: str, data: dict[str, object]) -> str:
    """A `cat` of a pretty-printed JSON file (markup kept inside the strings)."""
    return shell(f"cat {path}", json.dumps(data, indent=2, ensure_ascii=False))


def pii(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(src: str, t: str) -> None:
        out.append((f"holdout7:{src}", t))

    def ssn() -> str:
        return m("US_SSN", f"{g.rng.randint(101, 665)}-{g.rng.randint(10, 99)}-{g.rng.randint(1001, 9999)}")

    # developer identity in tool output
    add("git_shortlog", oh_obs(f"$ git shortlog -sne --since=2024-01-01\n   212\t{P('Aigerim Nurlanovna')} <{E('aigerim.n@hollowpine.net')}>\n   167\t{P('Mateus Carvalho Pinto')} <{E('mateus.pinto@hollowpine.net')}>\n    98\t{P('Oluwaseun Adeyemi-Cole')} <{E('seun@adeyemicole.dev')}>\n    41\t{P('Hoàng Minh Quân')} <{E('quan.hoang@hollowpine.net')}>\n    12\tdependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>"))
    add("git_blame", shell("git blame -L 40,43 --porcelain src/billing/tax.py | grep -E '^(author|author-mail) '", f"author {P('Siobhán Ní Bhriain')}\nauthor-mail <{E('siobhan.nibhriain@hollowpine.net')}>\nauthor {P('Rafał Zieliński')}\nauthor-mail <{E('rafal.z@hollowpine.net')}>"))
    add("sudo_journal", shell("journalctl -u sudo --since today --no-pager | tail -3", f"Mar 04 09:12:40 build-07 sudo[88121]: {U('kmensah')} : TTY=pts/2 ; PWD=/home/{U('kmensah')}/src/ledger ; USER=root ; COMMAND=/usr/bin/systemctl restart ledger\nMar 04 09:12:40 build-07 sudo[88121]: pam_unix(sudo:session): session opened for user root(uid=0) by {U('kmensah')}(uid=1004)\nMar 04 09:31:02 build-07 sudo[88510]: {U('lpetrova')} : user NOT in sudoers ; TTY=pts/5 ; PWD=/home/{U('lpetrova')} ; USER=root ; COMMAND=/usr/bin/apt upgrade"))
    add("powershell_prompt", f"PS C:\\Users\\{U('t.yilmaz')}\\source\\repos\\Invoicing> dotnet test\n  Determining projects to restore...\n  All projects are up-to-date for restore.\n  Invoicing.Tests -> C:\\Users\\{U('t.yilmaz')}\\source\\repos\\Invoicing\\tests\\bin\\Debug\\net8.0\\Invoicing.Tests.dll\nPassed!  - Failed:     0, Passed:    57, Skipped:     0, Total:    57")
    add("ldif", shell("ldapsearch -x -LLL -H ldaps://ldap.hollowpine.net -b ou=people,dc=hollowpine,dc=net '(uid=nkhumalo)' cn mail telephoneNumber uid", f"dn: uid={U('nkhumalo')},ou=people,dc=hollowpine,dc=net\ncn: {P('Nomvula Khumalo')}\nmail: {E('nomvula.khumalo@hollowpine.net')}\ntelephoneNumber: {T('+27 21 480 7712')}\nuid: {U('nkhumalo')}"))
    add("win_logon_event", f"An account was successfully logged on.\n\nSubject:\n\tSecurity ID:\t\tSYSTEM\n\tAccount Name:\t\tHP-WS-118$\n\nNew Logon:\n\tAccount Name:\t\t{U('a.haddad')}\n\tAccount Domain:\t\tHOLLOWPINE\n\tLogon ID:\t\t0x4F2A1C3\n\nNetwork Information:\n\tWorkstation Name:\tHP-WS-118\n\tSource Network Address:\t{IP('81.214.77.203')}\n\tSource Port:\t\t51544")
    add("code_comments_go", f"// Package geo resolves delivery zones.\n//\n// Maintainer: {P('Chukwuemeka Obi')} <{E('emeka.obi@hollowpine.net')}>\n// The zone polygons came from {P('Ingrid Solberg')}'s export of March 2024; ask her before changing them.\npackage geo\n\n// TODO({U('wparedes')}): drop the legacy zone ids once the new courier API is live.\nconst legacyZones = 14")
    add("rust_authors", zed_result("read_file", f"[package]\nname = \"fjord-sync\"\nversion = \"0.9.3\"\nedition = \"2021\"\nauthors = [\"{P('Eirik Haugland')} <{E('eirik@haugland.no')}>\", \"{P('Meera Krishnamurthy')} <{E('meera.k@fjordsync.io')}>\"]\nlicense = \"Apache-2.0\""))
    # records and API responses
    add("mcp_pg_customers", mcp_result(f"id | full_name | email | phone | date_of_birth\n----+-----------+-------+-------+--------------\n 1041 | {P('Dilnoza Yusupova')} | {E('dilnoza.yusupova@mail.ru')} | {T('+998 90 123 45 67')} | {D('1991-04-17')}\n 1042 | {P('Kwabena Asante')} | {E('k.asante@gmail.com')} | {T('+233 24 555 0192')} | {D('1987-11-02')}\n 1043 | {P('Margarethe Vogt')} | {E('m.vogt@web.de')} | {T('+49 170 3345128')} | {D('1979-06-30')}\n(3 rows)"))
    add("cognito_user", bedrock_result(json.dumps({"Username": "3f1c8e2a-7b1d-4c55-9a0e-2b7f6d11c4aa", "UserAttributes": [{"Name": "email", "Value": E("paulina.mendoza@outlook.com")}, {"Name": "phone_number", "Value": T("+525512345678")}, {"Name": "name", "Value": P("Paulina Mendoza Ruiz")}, {"Name": "birthdate", "Value": D("1995-02-08")}, {"Name": "email_verified", "Value": "true"}], "UserStatus": "CONFIRMED"}, ensure_ascii=False)))
    add("stripe_customer", tool_json({"id": "cus_R8fQ2kLmN3pX", "object": "customer", "name": P("Tomás Ibarra"), "email": E("tomas.ibarra@protonmail.com"), "phone": T("+34 612 48 93 07"), "address": {"line1": A("Calle de Toledo 84, 3º B"), "city": L("Madrid"), "postal_code": Z("28005"), "country": "ES"}, "livemode": True}))
    add("psql_expanded", shell("psql -x -c \"select * from members where id = 5521\"", f"-[ RECORD 1 ]--+-----------------------------------------\nid             | 5521\nfirst_name     | {P('Zeynep')}\nlast_name      | {P('Arslan')}\nemail          | {E('zeynep.arslan@yandex.com.tr')}\nphone          | {T('0532 417 88 09')}\naddress        | {A('Bağdat Caddesi No: 214 D:7, 34728 Kadıköy/İstanbul')}\ncreated_at     | 2024-09-14 18:22:05+03"))
    add("mongo_user_doc", f"test> db.users.findOne({{ _id: ObjectId('66f1a2b3c4d5e6f708192a3b') }})\n{{\n  _id: ObjectId('66f1a2b3c4d5e6f708192a3b'),\n  name: '{P('Ananya Bhattacharya')}',\n  email: '{E('ananya.b@rediffmail.com')}',\n  mobile: '{T('+91 98310 44721')}',\n  dob: '{D('1998-12-23')}',\n  lastLoginIp: '{IP('49.37.152.18')}',\n  address: '{A('14/2 Lake Gardens, Kolkata 700045')}'\n}}")
    add("datadog_rum_user", tool_json({"type": "view", "date": 1741082400123, "usr": {"id": "u_99213", "name": P("Björn Lindqvist"), "email": E("bjorn.lindqvist@telia.se")}, "network": {"client": {"ip": IP("83.250.14.77")}}, "view": {"url": "https://app.hollowpine.net/settings/billing"}}))
    add("sepa_xml", f"<CdtTrfTxInf>\n  <PmtId><EndToEndId>INV-2025-0311</EndToEndId></PmtId>\n  <Amt><InstdAmt Ccy=\"EUR\">1840.00</InstdAmt></Amt>\n  <Cdtr><Nm>{P('Élodie Marchand')}</Nm></Cdtr>\n  <CdtrAcct><Id><IBAN>{I(iban('FR', g.s(DIGITS, 10) + g.s(UPNUM, 11) + g.s(DIGITS, 2)))}</IBAN></Id></CdtrAcct>\n  <RmtInf><Ustrd>Facture 311 design mobile</Ustrd></RmtInf>\n</CdtTrfTxInf>\n<CdtTrfTxInf>\n  <Cdtr><Nm>{P('Joost van der Berg')}</Nm></Cdtr>\n  <CdtrAcct><Id><IBAN>{I(iban('NL', 'RABO' + g.s(DIGITS, 10)))}</IBAN></Id></CdtrAcct>\n</CdtTrfTxInf>")
    pl = iban("PL", g.s(DIGITS, 24))
    add("pl_invoice_pdftotext", shell("pdftotext -layout faktura_FV_118_2025.pdf - | head -14", f"FAKTURA VAT nr FV/118/2025\n\nSprzedawca:                              Nabywca:\n{P('Katarzyna Wiśniewska')}                     Hollowpine Sp. z o.o.\n{A('ul. Piotrkowska 112/4, 90-006 Łódź')}        {A('ul. Prosta 20, 00-850 Warszawa')}\ntel. {T('+48 601 234 567')}\n\nNumer rachunku: {I(grouped(pl[:2] + pl[2:4] + pl[4:], 4))}\nTermin płatności: 14 dni"))
    add("onboarding_form_us", f"NEW HIRE — PAYROLL SETUP (scanned, OCR)\nLegal name: {P('DeShawn Marcus Whitfield')}\nSSN: {ssn()}\nDate of birth: {D('03/14/1990')}\nHome address: {A('2218 N Kedzie Ave, Apt 3R, Chicago, IL 60647')}\nMobile: {T('(773) 408-2291')}\nIllinois driver's license: {m('US_DRIVER_LICENSE', 'W' + g.s(DIGITS, 11))}\nPersonal e-mail: {E('deshawn.whitfield@icloud.com')}")
    card = luhn_complete("5425", 16, g)
    add("payment_fail_log", f"2025-03-03T22:41:09.551Z WARN  checkout.charge declined code=insufficient_funds order=ORD-88213 card={C(grouped(card))} holder=\"{P('Leilani Kahananui')}\" ip={IP('174.205.39.118')}")
    card2 = luhn_complete("3782", 15, g)
    add("amex_chat", f"customer: hi, i need to update my card on file, the old one expired. new one is {C(card2[:4] + ' ' + card2[4:10] + ' ' + card2[10:])} exp 09/28\nagent ({P('Priscila')}): Thanks! For security please don't send card numbers in chat; I've removed it from the ticket and sent you a secure link at {E('r.okonkwo@yahoo.co.uk')}.")
    # pasted mails, tickets and chats
    add("de_mail_signature", f"Sehr geehrte Damen und Herren,\n\nanbei die unterschriebene Auftragsbestätigung. Bei Rückfragen erreichen Sie mich unter der unten stehenden Nummer.\n\nMit freundlichen Grüßen\n\n{P('Friederike Albrecht-Neumann')}\nLeiterin Einkauf\nAlbrecht Feinmechanik GmbH\n{A('Hauptstraße 47, 73033 Göppingen')}\nTel. {T('07161 965 43-12')}\n{E('f.albrecht-neumann@albrecht-feinmechanik.de')}")
    add("pt_br_ticket", bedrock_result(f"Ticket #48213 — Status: aberto\nCliente: {P('Luíza Fernandes Rocha')}\nTelefone: {T('(11) 98765-4321')}\nEndereço de entrega: {A('Rua Augusta, 1508 - apto 72, Consolação, São Paulo - SP, 01304-001')}\n\nMensagem: o pedido chegou com a tampa quebrada, quero a troca. Podem me ligar depois das 18h."))
    add("ja_delivery", f"配送先情報を確認してください。\n\nお名前：{P('佐々木 美咲')}（{P('Misaki Sasaki')}）様\n住所：{A('〒060-0042 北海道札幌市中央区大通西3丁目7 ノースビル502')}\n電話番号：{T('090-4418-2736')}\n\n上記の住所に明日午前中着で発送します。")
    add("ko_order", f"[주문 #20250304-118] 배송 정보\n받는 분: {P('박서연')}\n연락처: {T('010-7723-4190')}\n주소: {A('서울특별시 마포구 양화로 45, 1203호')}\n요청사항: 부재 시 경비실에 맡겨 주세요")
    add("ar_uae", f"مرحباً فريق الدعم،\n\nأنا {P('ليلى الحسيني')}، ولم يصلني رمز التحقق على رقمي {T('+971 50 318 2294')}. بريدي الإلكتروني هو {E('layla.alhusseini@gmail.com')}.\n\nشكراً")
    add("th_receipt", f"ใบเสร็จรับเงิน\nชื่อลูกค้า: {P('สมชาย วงศ์สวัสดิ์')}\nโทร: {T('081-234-5678')}\nที่อยู่: {A('99/12 ซอยสุขุมวิท 31 แขวงคลองเตยเหนือ เขตวัฒนา กรุงเทพฯ 10110')}")
    add("ru_request", f"Заявка на пропуск\nФИО: {P('Кузнецова Алёна Игоревна')}\nДата рождения: {D('12.07.1993')}\nТелефон: {T('8 (495) 123-45-67')}\nАдрес: {A('ул. Большая Полянка, д. 28, кв. 41, Москва, 119180')}")
    add("el_contact", f"Επικοινωνία για την παράδοση: {P('Γιώργος Παπαδόπουλος')}, τηλ. {T('210 7243 115')}, {A('Λεωφόρος Αλεξάνδρας 76, 114 73 Αθήνα')}.")
    add("he_note", f"הערה מהלקוח: אפשר להשאיר את החבילה אצל השכן. איש קשר: {P('נועה לוי')}, טלפון {T('052-614-3380')}.")
    add("es_mx_sms_log", f"2025-03-01 09:00:02 SMS to {T('+52 55 4127 9086')} delivered: \"Hola {P('Guadalupe')}, le recordamos su cita con la Dra. {P('Ximena Cárdenas')} el lunes 3 a las 10:30. Responda 1 para confirmar.\"\n2025-03-01 09:00:03 SMS to {T('+52 33 1845 2270')} delivered: \"Hola {P('Rodrigo')}, le recordamos su cita...\"")
    add("lowercase_chat", f"[10:14] {P('mira')}: can someone ask {P('ngozi')} whether the warehouse export is final\n[10:15] {P('tobi')}: she's out till thursday, {P('chiamaka')} has the file\n[10:15] {P('mira')}: ok ping {P('chiamaka okafor')} then, her number is {T('0803 555 2184')} if slack is down\n[10:16] {P('tobi')}: 👍")
    add("es_lowercase_chat", f"oye, el número de doña {P('carmen')} es {T('612 34 56 78')}, llámala tú que yo no llego. vive en {A('calle mayor 12, 2º izq, 50001 zaragoza')}")
    add("email_headers", f"Return-Path: <{E('lan.nguyen@vietsun.vn')}>\nReceived: from mail.vietsun.vn ({IP('113.160.92.41')}) by mx.hollowpine.net with ESMTPS id 4XkT2p1Lz; Tue, 4 Mar 2025 08:02:11 +0000\nFrom: \"{P('Nguyễn Thị Lan')}\" <{E('lan.nguyen@vietsun.vn')}>\nTo: {P('Dmitri Sokolov')} <{E('d.sokolov@hollowpine.net')}>\nCc: {E('accounts@vietsun.vn')}\nSubject: Re: Hợp đồng phân phối Q2")
    add("jira_comment_fr", tool_json({"id": "10488", "author": {"displayName": P("Amélie Rousseau"), "emailAddress": E("amelie.rousseau@hollowpine.net")}, "body": f"@{P('Karim Benali')} le client ({P('Hélène Duval')}, {T('06 12 45 78 90')}) attend toujours le remboursement, tu peux regarder ?", "created": "2025-03-03T16:20:11.000+0100"}))
    add("kenya_support", f"Agent notes — call 14:32\nCaller: {P('Wanjiru Kamau')}\nCallback: {T('0712 345 678')}\nLocation: {A('Moi Avenue, Kimathi House 4th Floor, Nairobi')}\nIssue: paid via M-Pesa twice for invoice 7712, wants one refunded.")
    add("india_kyc", ipynb_cell("df_kyc.loc[df_kyc.status == 'rejected', ['name', 'mobile', 'pincode', 'city']].head(2)", f"                 name          mobile  pincode       city\n0  {P('Venkatesh Iyer')}  {T('+91 98450 12367')}   {Z('560034')}  {L('Bengaluru')}\n1  {P('Harpreet Kaur Sandhu')}  {T('+91 98140 55021')}   {Z('160017')}  {L('Chandigarh')}"))
    add("czech_docstring", f"\"\"\"Výpočet DPH pro faktury.\n\nAutor: {P('Jiří Dvořák')} ({E('jiri.dvorak@seznam.cz')})\nRevize: {P('Markéta Horáková')}\n\"\"\"\n\nSAZBA_ZAKLADNI = 21")
    add("attendee_tsv", continue_call("builtin_read_file", {"filepath": "events/attendees.tsv"}) + "\n" + f"name\tcountry\temail\tphone\n{P('Aroha Ngata')}\tNZ\t{E('aroha.ngata@xtra.co.nz')}\t{T('021 884 3310')}\n{P('Sipho Ndlovu')}\tZA\t{E('sipho.ndlovu@mweb.co.za')}\t{T('082 441 7789')}\n{P('Fatuma Mwakyusa')}\tTZ\t{E('fatuma.mw@gmail.com')}\t{T('+255 754 228 901')}\n{P('Gabriel Ouellet')}\tCA\t{E('g.ouellet@videotron.ca')}\t{T('(514) 555-0148')}")
    add("go_fixture", f"var fixtures = []Customer{{\n\t{{Name: \"{P('Chidi Okeke')}\", Email: \"{E('chidi.okeke@hollowpine.net')}\", Phone: \"{T('+234 803 412 7765')}\"}},\n\t{{Name: \"{P('Astrid Fjeld')}\", Email: \"{E('astrid.fjeld@hollowpine.net')}\", Phone: \"{T('+47 412 33 908')}\"}},\n}}")
    add("nginx_access", shell("tail -n 3 /var/log/nginx/access.log", f"{IP('102.89.34.211')} - - [04/Mar/2025:07:41:02 +0000] \"POST /api/login HTTP/2.0\" 401 61 \"-\" \"okhttp/4.12.0\"\n{IP('2a02:8109:b6c0:3e00:5d1:77ff:fe21:9a04')} - - [04/Mar/2025:07:41:05 +0000] \"GET /api/me HTTP/2.0\" 200 512 \"-\" \"Mozilla/5.0\"\n{IP('187.190.44.6')} - {U('mflores')} [04/Mar/2025:07:41:09 +0000] \"GET /admin/ HTTP/2.0\" 200 8841 \"-\" \"Mozilla/5.0\""))
    add("zulip_review", f"**{P('Yaw Boateng')}**: I think the retry belongs in the client, not the worker\n**{P('Sofía Giménez')}**: agreed, but then the idempotency key has to travel with it\n**{P('Yaw Boateng')}**: fair. {P('Haruto')} wrote the original, let's ask him tomorrow")
    add("asciicast_ssh", asciicast([f"➜  ~ ssh {U('okafor.l')}@bastion.hollowpine.net", f"Last login: Mon Mar  3 18:02:44 2025 from {IP('197.210.53.12')}", f"{U('okafor.l')}@bastion:~$ "]))
    add("gh_actions_author", gha_log(["##[group]Run git log -1 --format='%an <%ae>'", "git log -1 --format='%an <%ae>'", "##[endgroup]", f"{P('Ioana Constantinescu')} <{E('ioana.constantinescu@hollowpine.net')}>"]))
    add("resume_snippet", f"{P('MAHMOUD EL-SAYED')}\nSenior Backend Engineer\n{A('12 Abbas El Akkad St, Nasr City, Cairo 11765')} · {T('+20 100 482 1937')} · {E('mahmoud.elsayed.dev@gmail.com')}\n\nExperience\n2021–present  Backend lead, Swvl — {L('Cairo')}")
    add("amazon_q_customer_csv", q_bash("grep '^88412,' exports/customers_2025-03.csv", "Find the customer row") + "\n" + f"88412,{P('Inês Ferreira')},{E('ines.ferreira@sapo.pt')},{T('+351 912 345 678')},{A('Rua de Santa Catarina 312, 4000-443 Porto')}")
    return out


def tool_json(data: dict[str, object]) -> str:
    """A tool result whose content is a JSON API response (one JSON string, escaped once)."""
    return '{"role": "tool", "tool_call_id": "call_h7Q2", "content": "' + esc(json.dumps(data, ensure_ascii=False)) + '"}'


def negatives(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(src: str, t: str) -> None:
        out.append((f"holdout7:{src}", t))

    add("sha256sum_release", oh_obs(f"$ sha256sum dist/*\n{g.s(HEX, 64)}  dist/fjord-sync-0.9.3-x86_64-unknown-linux-gnu.tar.gz\n{g.s(HEX, 64)}  dist/fjord-sync-0.9.3-aarch64-apple-darwin.tar.gz\n{g.s(HEX, 64)}  dist/fjord-sync-0.9.3-x86_64-pc-windows-msvc.zip"))
    add("terraform_plan_sensitive", shell("terraform plan -target=module.db", f"  # module.db.aws_db_instance.main will be updated in-place\n  ~ resource \"aws_db_instance\" \"main\" {{\n        id                  = \"db-{g.s(UPNUM, 26)}\"\n      ~ password            = (sensitive value)\n      ~ engine_version      = \"15.5\" -> \"15.8\"\n        kms_key_id          = \"arn:aws:kms:eu-central-1:{g.s(DIGITS, 12)}:key/{g.uuid()}\"\n        # (41 unchanged attributes hidden)\n    }}\n\nPlan: 0 to add, 1 to change, 0 to destroy."))
    add("vault_kv_metadata", shell("vault kv metadata get secret/ledger/db", "======== Metadata Path ========\nsecret/metadata/ledger/db\n\n========== Metadata ==========\nKey                     Value\n---                     -----\ncas_required            false\ncreated_time            2024-11-02T09:14:51.227Z\ncurrent_version         7\nmax_versions            10\n\n====== Version 7 ======\nKey              Value\n---              -----\ncreated_time     2025-02-27T16:03:12.902Z\ndeletion_time    n/a\ndestroyed        false"))
    add("env_example_placeholders", goose_shell("cat .env.example") + "\n" + "# copy to .env and fill in\nRADAR_SECRET_KEY=prj_live_sk_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nMERCURY_API_TOKEN=<paste token from the Mercury dashboard>\nKAKAO_REST_KEY=your-kakao-rest-api-key\nSMTP_PASSWORD=changeme\nSENTRY_DSN=\nFEATURE_FLAGS_KEY=${FLAGSMITH_SERVER_KEY}")
    add("ansible_vault_blob", zed_result("read_file", "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join(g.s(HEX, 80) for _ in range(5)) + "\n" + g.s(HEX, 36)))
    add("password_policy_prose", "The new policy: passwords need 14 characters, no composition rules, and are checked against the breached-password list at signup and on every change. Service accounts get no password at all; they authenticate with short-lived tokens from the workload identity provider, rotated every hour. Nobody should be pasting credentials into tickets — use the vault link instead.")
    add("product_catalogue", tool_json({"products": [{"sku": "BK-SYD-22", "name": "Sydney Commuter Backpack 22L", "colour": "Victoria Blue", "price": "89.00"}, {"sku": "MG-LIS-03", "name": "Lisbon Enamel Mug", "colour": "Jordan Sand", "price": "14.50"}, {"sku": "TS-MAR-M", "name": "Marie Linen Tee", "colour": "Florence Rose", "price": "32.00"}, {"sku": "LP-BER-1", "name": "Berlin Desk Lamp", "colour": "Graphite", "price": "64.90"}], "currency": "EUR"}))
    add("docker_network_inspect", shell("docker network inspect shop_default --format '{{range .Containers}}{{.Name}} {{.IPv4Address}}{{println}}{{end}}'", "shop-email-worker-1 172.19.0.4/16\nshop-phone-verify-1 172.19.0.5/16\nshop-address-lookup-1 172.19.0.6/16\nshop-postgres-1 172.19.0.2/16"))
    add("kubectl_pods_labels", shell("kubectl get pods -n identity", f"NAME                                READY   STATUS    RESTARTS   AGE\nemail-verifier-7d9f{g.s(LOWNUM, 6)}-{g.s(LOWNUM, 5)}     1/1     Running   0          3d2h\nphone-otp-5c8b{g.s(LOWNUM, 6)}-{g.s(LOWNUM, 5)}          1/1     Running   1          3d2h\npassword-reset-6f7a{g.s(LOWNUM, 6)}-{g.s(LOWNUM, 5)}     1/1     Running   0          19h\ntoken-exchange-84c1{g.s(LOWNUM, 6)}-{g.s(LOWNUM, 5)}     1/1     Running   0          19h"))
    add("windows_file_versions", shell("Get-Item .\\bin\\*.dll | % { \"{0,-28} {1}\" -f $_.Name, $_.VersionInfo.FileVersion }", "Microsoft.Data.SqlClient.dll 5.2.24241.1\nSystem.Text.Json.dll         8.0.1024.46610\nInvoicing.Core.dll           3.14.0.212\nGrpc.Net.Client.dll          2.67.0.0\nNewtonsoft.Json.dll          13.0.3.27908"))
    add("request_trace_uuids", "\n".join(f"2025-03-04T10:2{i}:0{i}.{g.s(DIGITS, 3)}Z INFO http request_id={g.uuid()} trace_id={g.s(HEX, 32)} span_id={g.s(HEX, 16)} route=/v2/orders/{{id}} status=200 dur_ms={g.rng.randint(8, 240)}" for i in range(4)))
    add("ssh_keygen_fingerprints", shell("for f in ~/.ssh/*.pub; do ssh-keygen -lf $f; done", f"256 SHA256:{g.b64(32).rstrip('=')} deploy-key-ledger (ED25519)\n3072 SHA256:{g.b64(32).rstrip('=')} ci-runner-build-07 (RSA)\n256 SHA256:{g.b64(32).rstrip('=')} yubikey-5c-nfc (ED25519-SK)"))
    add("nix_store_paths", shell("nix path-info -rS .#fjord-sync | tail -4", "".join(f"/nix/store/{g.s('0123456789abcdfghijklmnpqrsvwxyz', 32)}-{n}\t{g.rng.randint(100000, 99999999)}\n" for n in ("openssl-3.0.14", "sqlite-3.46.0", "zlib-1.3.1", "fjord-sync-0.9.3"))))
    add("flake_lock", ollama_call("read_file", {"path": "flake.lock"}) + "\n" + json.dumps({"nodes": {"nixpkgs": {"locked": {"lastModified": 1740932899, "narHash": "sha256-" + g.b64(32), "owner": "NixOS", "repo": "nixpkgs", "rev": g.s(HEX, 40), "type": "github"}}}, "root": "root", "version": 7}, indent=2))
    add("docker_images_digests", shell("docker images --digests hollowpine/ledger", "".join(f"hollowpine/ledger   {t:<8} sha256:{g.s(HEX, 64)}   {g.s(HEX, 12)}   {d}   {s}\n" for t, d, s in (("1.42.0", "2 days ago", "187MB"), ("1.41.3", "9 days ago", "186MB"), ("latest", "2 days ago", "187MB")))))
    add("vite_asset_manifest", create_file_like("dist/.vite/manifest.json", json.dumps({"src/main.ts": {"file": f"assets/main-{g.mixed(B64URL, 8)}.js", "css": [f"assets/main-{g.mixed(B64URL, 8)}.css"], "isEntry": True}, "src/pages/Checkout.vue": {"file": f"assets/Checkout-{g.mixed(B64URL, 8)}.js", "isDynamicEntry": True}}, indent=2)))
    add("cloud_migration_prose", "We moved the storefront from Heroku to Render last quarter and the image pipeline from Cloudinary to a Bunny storage zone in Frankfurt. Latency from Sydney and São Paulo dropped by about 40%, mostly because Render's Oregon region was swapped for Frankfurt plus the CDN edge. Next up is replacing Mailgun with Postmark for receipts and moving search from Algolia to Typesense.")
    add("kafka_consumer_groups", shell("kafka-consumer-groups.sh --bootstrap-server kafka-0.kafka:9092 --describe --group ledger-projector", f"GROUP             TOPIC            PARTITION  CURRENT-OFFSET  LOG-END-OFFSET  LAG  CONSUMER-ID                                          HOST          CLIENT-ID\nledger-projector  payments.events  0          18827341        18827341        0    consumer-ledger-1-{g.uuid()}  /10.12.4.31   consumer-ledger-1\nledger-projector  payments.events  1          18790022        18790025        3    consumer-ledger-2-{g.uuid()}  /10.12.4.32   consumer-ledger-2"))
    add("nvidia_smi_uuids", shell("nvidia-smi -L", f"GPU 0: NVIDIA L4 (UUID: GPU-{g.uuid()})\nGPU 1: NVIDIA L4 (UUID: GPU-{g.uuid()})"))
    add("timezone_list", windsurf_cmd("timedatectl list-timezones | grep -E '^(America|Africa)/' | head -8", "/srv/ops") + "\n" + "Africa/Abidjan\nAfrica/Accra\nAfrica/Addis_Ababa\nAfrica/Lagos\nAfrica/Nairobi\nAmerica/Argentina/Buenos_Aires\nAmerica/Bogota\nAmerica/Sao_Paulo")
    add("http_response_headers", f"HTTP/2 200\ndate: Tue, 04 Mar 2025 10:31:07 GMT\ncontent-type: application/json; charset=utf-8\netag: W/\"{g.s(HEX, 8)}-{g.mixed(B64URL, 27)}\"\nx-request-id: {g.uuid()}\ncf-ray: {g.s(HEX, 16)}-FRA\ntraceparent: 00-{g.s(HEX, 32)}-{g.s(HEX, 16)}-01\nstrict-transport-security: max-age=63072000; includeSubDomains; preload")
    add("java_stack_people_like_names", "Exception in thread \"main\" com.fasterxml.jackson.databind.exc.MismatchedInputException: Cannot deserialize value of type `java.time.LocalDate` from String \"31/02/2025\"\n\tat com.fasterxml.jackson.databind.DeserializationContext.reportInputMismatch(DeserializationContext.java:1767)\n\tat org.apache.kafka.streams.processor.internals.StreamThread.run(StreamThread.java:583)\n\tat io.hollowpine.ledger.MartinFowlerStyleRepository.load(MartinFowlerStyleRepository.java:88)\n\tat org.springframework.boot.SpringApplication.run(SpringApplication.java:1352)")
    add("openapi_schema_labels", continue_call("builtin_read_file", {"filepath": "api/openapi.yaml"}) + "\n" + "components:\n  schemas:\n    Customer:\n      type: object\n      required: [name, email, phone]\n      properties:\n        name: {type: string, maxLength: 120}\n        email: {type: string, format: email}\n        phone: {type: string, pattern: '^\\+[1-9][0-9]{7,14}$'}\n        date_of_birth: {type: string, format: date}\n        iban: {type: string, minLength: 15, maxLength: 34}")
    add("git_describe_versions", asciicast(["➜  ledger git:(main) git describe --tags --long", f"v1.42.0-3-g{g.s(HEX, 7)}", "➜  ledger git:(main) git tag --sort=-v:refname | head -3", "v1.42.0", "v1.41.3", "v1.41.2"]))
    add("aws_arns_listing", bedrock_result(json.dumps({"Roles": [{"RoleName": "ledger-task-role", "RoleId": "AROA" + g.s(UPNUM, 17), "Arn": f"arn:aws:iam::{g.s(DIGITS, 12)}:role/ledger-task-role"}, {"RoleName": "ledger-exec-role", "RoleId": "AROA" + g.s(UPNUM, 17), "Arn": f"arn:aws:iam::{g.s(DIGITS, 12)}:role/ledger-exec-role"}]}, indent=1)))
    add("age_encrypted_header", shell("head -c 300 backups/pg-2025-03-03.sql.age | cat -v | head -4", f"age-encryption.org/v1\n-> X25519 {g.b64(32).rstrip('=')}\n{g.b64(32).rstrip('=')}\n--- {g.b64(32).rstrip('=')}"))
    return out


def create_file_like(path: str, body: str) -> str:
    """Cline-free plain agent message quoting a generated file."""
    return f"Generated {path}:\n\n```json\n{body}\n```"
