# ruff: noqa: E501, RUF001  -- item tables hold whole texts on one line; foreign letters are intended.
"""Fifth held-out set: agent material written blind, without running the detectors on it (see
README.md). Providers, carriers and sentence shapes none of eval-dev or holdout 1-4 used.
"""

from __future__ import annotations

import base64
import re

from _markup import (
    IP,
    A,
    C,
    D,
    E,
    I,
    L,
    P,
    S,
    T,
    U,
    Z,
    cat_n,
    create_file,
    diff,
    edit_file,
    esc,
    fenced,
    m,
    openai_call,
    read_file,
    shell,
    tool_result,
)
from _values import ALNUM, DIGITS, HEX, HEXU, LOWNUM, UPNUM, Gen, iban, luhn_complete

B64URL = ALNUM + "-_"
B32L = "abcdefghijklmnopqrstuvwxyz234567"

K8S_SA = '{"aud":["https://kubernetes.default.svc"],"exp":1718003600,"iat":1718000000,"iss":"https://kubernetes.default.svc","kubernetes.io":{"namespace":"billing","serviceaccount":{"name":"exporter"}},"sub":"system:serviceaccount:billing:exporter"}'


def tool_use(name: str, key: str, value: str) -> str:
    """An Anthropic-style tool_use block with one string argument."""
    return '{"type": "tool_use", "id": "toolu_01Xb7", "name": "' + name + '", "input": {"' + key + '": "' + esc(value) + '"}}'


def mcp_call(tool: str, args: dict[str, str]) -> str:
    """A JSON-RPC `tools/call` request of the Model Context Protocol."""
    inner = ", ".join('"' + k + '": "' + esc(v) + '"' for k, v in args.items())
    return '{"jsonrpc": "2.0", "id": 17, "method": "tools/call", "params": {"name": "' + tool + '", "arguments": {' + inner + "}}}"


def notebook(cells: list[list[str]]) -> str:
    """An .ipynb document (code cells; each cell a list of source lines)."""
    parts = []
    for src in cells:
        lines = ", ".join('"' + esc(x) + '"' for x in src)
        parts.append('{"cell_type": "code", "execution_count": null, "metadata": {}, "outputs": [], "source": [' + lines + "]}")
    return '{"cells": [' + ", ".join(parts) + '], "metadata": {"kernelspec": {"name": "python3"}}, "nbformat": 4, "nbformat_minor": 5}'


def gha_log(lines: list[str], start: str = "2024-07-02T10:14:03") -> str:
    """GitHub Actions raw log lines: an ISO timestamp with 7 fractional digits, then the text."""
    return "\n".join(f"{start}.{1123456 + 731 * i:07d}Z {x}" for i, x in enumerate(lines))


def box_table(headers: list[str], rows: list[list[str]]) -> str:
    """A MySQL client result table; cells may hold markup (widths count the visible text)."""
    widths = [max(len(_visible(r[i])) for r in [headers, *rows]) for i in range(len(headers))]
    rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+"

    def line(cells: list[str]) -> str:
        return "|" + "|".join(" " + c + " " * (w - len(_visible(c)) + 1) for c, w in zip(cells, widths, strict=True)) + "|"

    return "\n".join([rule, line(headers), rule, *(line(r) for r in rows), rule])


def _visible(marked: str) -> str:
    return re.sub("⟦[A-Z_]+\\|(.*?)⟧", r"\1", marked)


def secrets(g: Gen) -> list[tuple[str, list[str], str]]:
    out: list[tuple[str, list[str], str]] = []

    def add(p: str, t: str) -> None:
        out.append((f"holdout5:{p}", [p], t))

    add("linode", cat_n("~/.config/linode-cli", f"[DEFAULT]\ndefault-user = {U('mkovacevic')}\n\n[{U('mkovacevic')}]\ntoken = {S(g.s(HEX, 64))}\nregion = eu-central\ntype = g6-standard-2\nimage = linode/debian12"))
    add("vultr", create_file("infra/providers.tf", f"terraform {{\n  required_providers {{\n    vultr = {{\n      source  = \"vultr/vultr\"\n      version = \"2.21.0\"\n    }}\n  }}\n}}\n\nprovider \"vultr\" {{\n  api_key     = \"{S(g.s(UPNUM, 36))}\"\n  rate_limit  = 100\n  retry_limit = 3\n}}\n"))
    add("auth0", tool_result(f"{{\n  \"Logging\": {{ \"LogLevel\": {{ \"Default\": \"Warning\" }} }},\n  \"Auth0\": {{\n    \"Domain\": \"larkspur-prod.eu.auth0.com\",\n    \"Audience\": \"https://api.larkspur.studio\",\n    \"ClientId\": \"{g.mixed(ALNUM, 32)}\",\n    \"ClientSecret\": \"{S(g.mixed(B64URL, 64))}\"\n  }},\n  \"AllowedHosts\": \"*\"\n}}\n"))
    add("axiom", edit_file("src/telemetry.rs", "let client = axiom_rs::Client::new()?;", f"let client = axiom_rs::Client::builder()\n        .with_token(\"{S('xaat-' + g.uuid())}\")\n        .with_org_id(\"larkspur-x7k2\")\n        .build()?;"))
    add("langfuse", f"traces aren't showing up in the dashboard at all. this is what the worker gets:\n\nLANGFUSE_PUBLIC_KEY=pk-lf-{g.uuid()}\nLANGFUSE_SECRET_KEY={S('sk-lf-' + g.uuid())}\nLANGFUSE_HOST=https://cloud.langfuse.com\n\nthe flush() call returns without error")
    add("wandb", notebook([["!pip install -q wandb\n"], [f"!wandb login {S(g.s(HEX, 40))}\n"], ["run = wandb.init(project=\"reranker-ablation\", config=cfg)\n"]]))
    add("salesforce", shell("sf org display --target-org prod", f"=== Org Description\n\n KEY              VALUE\n ──────────────── ──────────────────────────────────────\n Access Token     {S('00D' + g.s(ALNUM, 12) + '!AQ8AQ' + g.mixed(ALNUM + '._', 92))}\n Alias            prod\n Api Version      61.0\n Client Id        PlatformCLI\n Connected Status Connected\n Instance Url     https://larkspur.my.salesforce.com\n Username         {E('dana.ferreira@larkspur.studio')}"))
    add("woocommerce", read_file("wp-content/plugins/ls-sync/includes/class-api.php", f"<?php\nuse Automattic\\WooCommerce\\Client;\n\n$woocommerce = new Client(\n    'https://shop.bergkaffee.de',\n    '{S('ck_' + g.s(HEX, 40))}',\n    '{S('cs_' + g.s(HEX, 40))}',\n    ['version' => 'wc/v3', 'timeout' => 30]\n);", 12))
    add("paypal", read_file("src/main/resources/application-prod.properties", f"server.port=8443\npaypal.mode=live\npaypal.client.id=A{g.mixed(B64URL, 79)}\npaypal.client.secret={S('E' + g.mixed(B64URL, 79))}\npaypal.webhook.id=8PT597110X687430LK"))
    add("binance", fenced("python", f"import ccxt\n\nexchange = ccxt.binance({{\n    'apiKey': '{S(g.mixed(ALNUM, 64))}',\n    'secret': '{S(g.mixed(ALNUM, 64))}',\n    'options': {{'defaultType': 'future'}},\n}})\nprint(exchange.fetch_balance()['USDT'])", "ccxt keeps raising `binance {\"code\":-2015,\"msg\":\"Invalid API-key, IP, or permissions for action.\"}`. My script:", "I did enable futures on the key. What else could it be?"))
    add("finnhub", read_file("R/fetch_quotes.R", f"library(httr)\n\nquote <- function(sym) {{\n  res <- GET(\"https://finnhub.io/api/v1/quote\",\n             query = list(symbol = sym, token = \"{S('c' + g.s(LOWNUM, 19))}\"))\n  content(res, as = \"parsed\")\n}}"))
    add("akamai", tool_result(f"$ cat ~/.edgerc\n[default]\nclient_secret = {S(g.b64(32))}\nhost = akab-{g.s(LOWNUM, 16)}-{g.s(LOWNUM, 16)}.luna.akamaiapis.net\naccess_token = {S('akab-' + g.s(LOWNUM, 16) + '-' + g.s(LOWNUM, 16))}\nclient_token = {S('akab-' + g.s(LOWNUM, 16) + '-' + g.s(LOWNUM, 16))}\n"))
    add("godaddy", shell(f"curl -s -H 'Authorization: sso-key {S(g.mixed(ALNUM, 12) + '_' + g.mixed(ALNUM, 22))}:{S(g.mixed(ALNUM, 22))}' 'https://api.godaddy.com/v1/domains?statuses=ACTIVE' | jq -r '.[].domain'", "larkspur.studio\nlarkspur.dev\nbergkaffee.de"))
    add("porkbun", mcp_call("dns_create_record", {"domain": "larkspur.dev", "type": "TXT", "name": "_acme-challenge", "content": "q8Fv1pN2sS4", "apikey": S("pk1_" + g.s(HEX, 64)), "secretapikey": S("sk1_" + g.s(HEX, 64))}))
    add("hcaptcha", diff("internal/signup/captcha.go", [f"var hcaptchaSecret = envOr(\"HCAPTCHA_SECRET\", \"{S('0x' + g.s(HEX, 40))}\")", "", "func verifyCaptcha(ctx context.Context, token string) error {"], ("import \"net/http\"", "\treturn postVerify(ctx, hcaptchaSecret, token)"), 31))
    add("cratesio", shell(f"cargo login {S('cio' + g.mixed(ALNUM, 32))}", "warning: `cargo login <token>` is deprecated in favor of reading `<token>` from stdin\n       Login token for `crates-io` saved"))
    add("hexpm", gha_log(["##[group]Run env | sort", "env | sort", "shell: /usr/bin/bash -e {0}", "##[endgroup]", "CI=true", "ELIXIR_VERSION=1.17.1", f"HEX_API_KEY={S(g.s(HEX, 32))}", "HOME=/home/runner", "MIX_ENV=prod"]))
    add("mozillaamo", read_file("package.json", f"{{\n  \"name\": \"tab-ledger\",\n  \"version\": \"0.9.4\",\n  \"scripts\": {{\n    \"build\": \"web-ext build -s dist\",\n    \"sign\": \"web-ext sign -s dist --channel=listed --api-key=$AMO_JWT_ISSUER --api-secret={S(g.s(HEX, 64))}\"\n  }}\n}}"))
    add("matrix", openai_call("run_in_terminal", {"command": f"curl -s 'https://matrix.hackspace-gent.be/_matrix/client/v3/joined_rooms?access_token={S('syt_' + base64.b64encode(b'ops-bot').decode().rstrip('=') + '_' + g.mixed(ALNUM, 20) + '_' + g.mixed(ALNUM, 6))}' | jq .", "explanation": "List the rooms the bot account has joined"}))
    add("trello", f"ok so the power-up works locally with this, but in prod the board sync dies with 401:\n\n```js\nconst trello = new Trello(\"{g.s(HEX, 32)}\", \"{S('ATTA' + g.s(HEX, 64) + g.s(HEXU, 8))}\");\nawait trello.getCardsOnList(LIST_ID);\n```")
    add("youtrack", create_file("Tools/IssueSync/YouTrackClient.cs", f"public sealed class YouTrackClient\n{{\n    private readonly HttpClient _http = new() {{ BaseAddress = new Uri(\"https://larkspur.youtrack.cloud/api/\") }};\n\n    public YouTrackClient()\n    {{\n        _http.DefaultRequestHeaders.Authorization =\n            new AuthenticationHeaderValue(\"Bearer\", \"{S('perm:' + base64.b64encode(b'ivan.petrov').decode() + '.' + base64.b64encode(b'48-3').decode() + '.' + g.mixed(ALNUM, 30))}\");\n    }}\n}}\n"))
    add("harvest", read_file("lib/timesheets/harvest.rb", f"module Timesheets\n  HEADERS = {{\n    \"Harvest-Account-Id\" => \"1482233\",\n    \"Authorization\" => \"Bearer {S(g.s(DIGITS, 7) + '.pt.' + g.mixed(B64URL, 86))}\",\n    \"User-Agent\" => \"Timesheet sync ({E('billing-ops@larkspur.studio')})\"\n  }}.freeze\nend", 3))
    add("zoho", cat_n("config/zoho.php", f"<?php\n\nreturn [\n    'client_id' => '1000.{g.s(UPNUM, 30)}',\n    'client_secret' => '{S(g.s(HEX, 42))}',\n    'refresh_token' => '{S('1000.' + g.s(HEX, 32) + '.' + g.s(HEX, 32))}',\n    'accounts_url' => 'https://accounts.zoho.eu',\n];"))
    add("pipedrive", f"{{\"level\":\"warn\",\"time\":\"2024-07-03T08:12:55.301Z\",\"svc\":\"crm-sync\",\"msg\":\"rate limited, backing off 2000ms\",\"url\":\"https://larkspur.pipedrive.com/api/v1/deals?api_token={S(g.s(HEX, 40))}&limit=500&start=1500\"}}")
    add("duo", tool_result(f"[ad_client]\nhost=dc1.corp.larkspur.local\nservice_account_username={U('svc_duoproxy')}\nservice_account_password={S(g.password())}\nsearch_dn=DC=corp,DC=larkspur,DC=local\n\n[radius_server_auto]\nikey=DI{g.s(UPNUM, 18)}\nskey={S(g.mixed(ALNUM, 40))}\napi_host=api-3f9c21ab.duosecurity.com\nradius_ip_1=10.20.0.15\nfailmode=safe\n"))
    add("exoscale", f"exo CLI says `invalid request: missing or invalid API credentials` — my config:\n\n```toml\ndefaultaccount = \"larkspur\"\n\n[[accounts]]\n  account = \"{E('ops@larkspur.studio')}\"\n  defaultZone = \"ch-gva-2\"\n  key = \"{S('EXO' + g.s(HEX, 24))}\"\n  name = \"larkspur\"\n  secret = \"{S(g.mixed(B64URL, 43))}\"\n```")
    add("huaweicloud", fenced("go", f"auth := basic.NewCredentialsBuilder().\n\tWithAk(\"{S(g.s(UPNUM, 20))}\").\n\tWithSk(\"{S(g.mixed(ALNUM, 40))}\").\n\tWithProjectId(\"{g.s(HEX, 32)}\").\n\tBuild()\n\nclient := ecs.NewEcsClient(ecs.EcsClientBuilder().WithRegion(region.ValueOf(\"ap-southeast-3\")).WithCredential(auth).Build())", "Here is your snippet with the credentials builder moved before the client, which is what the SDK expects:", "I would still move the AK/SK into environment variables before committing this."))
    yc = "y0_AgAAAAA" + g.mixed(B64URL, 49)
    add("yandexcloud", shell(f"yc config set token {S(yc)}", "") + shell("yc config list", f"token: {S(yc)}\ncloud-id: b1g8d7k2q9v4rnm0c1e5\nfolder-id: b1gq2j7ho4t3l8m6kd0s\ncompute-default-zone: ru-central1-a"))
    add("influxdb", read_file("/etc/telegraf/telegraf.conf", f"[agent]\n  interval = \"10s\"\n  flush_interval = \"10s\"\n\n[[outputs.influxdb_v2]]\n  urls = [\"https://eu-central-1-1.aws.cloud2.influxdata.com\"]\n  token = \"{S(g.b64(64, urlsafe=True))}\"\n  organization = \"larkspur\"\n  bucket = \"host-metrics\"", 1))
    add("cockroachdb", read_file("src/main/resources/application.yml", f"spring:\n  datasource:\n    url: jdbc:postgresql://ledger-prod-7712.7tc.aws-eu-central-1.cockroachlabs.cloud:26257/ledger?sslmode=verify-full&user={U('ledger_app')}&password={S(g.mixed(B64URL, 22))}\n    hikari:\n      maximum-pool-size: 12"))
    add("livekit", create_file("deploy/livekit.yaml", f"port: 7880\nrtc:\n  tcp_port: 7881\n  port_range_start: 50000\n  port_range_end: 60000\nkeys:\n  {S('API' + g.mixed(ALNUM, 12))}: {S(g.mixed(ALNUM, 43))}\nlogging:\n  level: info\n"))
    add("rancher", read_file("~/.kube/rancher-prod.yaml", f"apiVersion: v1\nkind: Config\nclusters:\n- name: \"prod\"\n  cluster:\n    server: \"https://rancher.larkspur.studio/k8s/clusters/c-m-7x2kq9bd\"\nusers:\n- name: \"prod\"\n  user:\n    token: \"{S('kubeconfig-u-' + g.s(LOWNUM, 10) + ':' + g.s(LOWNUM, 54))}\"\ncurrent-context: \"prod\""))
    add("harbor", tool_result(shell(f"docker login harbor.larkspur.studio -u '{U('robot$ci-push')}' -p {S(g.mixed(ALNUM, 32))}", "WARNING! Using --password via the CLI is insecure. Use --password-stdin.\nWARNING! Your password will be stored unencrypted in /root/.docker/config.json.\nLogin Succeeded")))
    add("teamcity", read_file(".gitlab-ci.yml", f"trigger-teamcity:\n  stage: deploy\n  script:\n    - >\n      curl -fsS -X POST https://tc.larkspur.studio/app/rest/buildQueue\n      -H \"Authorization: Bearer {S('eyJ0eXAiOiAiVENWMiJ9.' + g.b64(27, urlsafe=True).rstrip('=') + '.' + g.b64(48, urlsafe=True).rstrip('='))}\"\n      -H 'Content-Type: application/xml'\n      -d '<build><buildType id=\"Ledger_Release\"/></build>'"))
    add("ngrok", shell("cat ~/.config/ngrok/ngrok.yml", f"version: \"2\"\nauthtoken: {S('2' + g.mixed(ALNUM, 26) + '_' + g.mixed(ALNUM, 21))}\ntunnels:\n  webhook:\n    proto: http\n    addr: 3000"))
    add("onesignal", create_file("App/Push/PushClient.swift", f"var request = URLRequest(url: URL(string: \"https://api.onesignal.com/notifications\")!)\nrequest.httpMethod = \"POST\"\nrequest.setValue(\"Key {S('os_v2_app_' + g.s(B32L, 113))}\", forHTTPHeaderField: \"Authorization\")\nrequest.setValue(\"application/json\", forHTTPHeaderField: \"Content-Type\")\n"))
    add("reddit", read_file("praw.ini", f"[modbot]\nclient_id={g.mixed(B64URL, 22)}\nclient_secret={S(g.mixed(B64URL, 30))}\nusername={U('kemal_yildiz')}\npassword={S(g.password())}\nuser_agent=larkspur-modtools/0.3 by u/{U('kemal_yildiz')}"))
    add("sumologic", shell("sudo cat /opt/SumoCollector/config/user.properties", f"name=web-03\naccessid={S('su' + g.mixed(ALNUM, 12))}\naccesskey={S(g.mixed(ALNUM, 64))}\nephemeral=true\nsources=/opt/SumoCollector/sources.json", "ubuntu@web-03:~$ "))
    add("coralogix", read_file("k8s/otel-collector.yaml", f"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: otel-collector-conf\n  namespace: observability\ndata:\n  collector.yaml: |\n    exporters:\n      coralogix:\n        domain: \"eu2.coralogix.com\"\n        private_key: \"{S('cxtp_' + g.mixed(ALNUM, 30))}\"\n        application_name: \"ledger\"\n        subsystem_name: \"api\""))
    box_pem = "-----BEGIN ENCRYPTED PRIVATE KEY-----\\n" + "\\n".join(g.b64(48) for _ in range(5)) + "\\n" + g.b64(21) + "\\n-----END ENCRYPTED PRIVATE KEY-----"
    add("box", read_file("config/box_config.json", f"{{\n  \"boxAppSettings\": {{\n    \"clientID\": \"{g.s(LOWNUM, 32)}\",\n    \"clientSecret\": \"{S(g.mixed(ALNUM, 32))}\",\n    \"appAuth\": {{\n      \"publicKeyID\": \"{g.s(LOWNUM, 8)}\",\n      \"privateKey\": \"{S(box_pem)}\\n\",\n      \"passphrase\": \"{S(g.s(HEX, 32))}\"\n    }}\n  }},\n  \"enterpriseID\": \"918273\"\n}}"))
    add("llamacloud", f">>> from llama_parse import LlamaParse\n>>> parser = LlamaParse(api_key=\"{S('llx-' + g.mixed(ALNUM, 48))}\", result_type=\"markdown\")\n>>> docs = parser.load_data(\"q2_board_pack.pdf\")\nStarted parsing the file under job_id {g.uuid()}\n>>> len(docs)\n14")
    add("brave", read_file(".vscode/mcp.json", f"{{\n  \"servers\": {{\n    \"brave-search\": {{\n      \"command\": \"npx\",\n      \"args\": [\"-y\", \"@modelcontextprotocol/server-brave-search\"],\n      \"env\": {{\n        \"BRAVE_API_KEY\": \"{S('BSA' + g.mixed(ALNUM, 27))}\"\n      }}\n    }}\n  }}\n}}"))
    asc_pem = "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(g.b64(48) for _ in range(3)) + "\\n" + g.b64(9) + "\\n-----END PRIVATE KEY-----"
    add("appstoreconnect", cat_n("fastlane/api_key.json", f"{{\n  \"key_id\": \"{g.s(UPNUM, 10)}\",\n  \"issuer_id\": \"{g.uuid()}\",\n  \"key\": \"{S(asc_pem)}\",\n  \"in_house\": false\n}}"))
    add("apple", f"# fastlane/.env.default\nFASTLANE_USER={E('mina.kazemi@larkspur.studio')}\nFASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD={S('-'.join(g.s('abcdefghijklmnopqrstuvwxyz', 4) for _ in range(4)))}\nFASTLANE_SKIP_UPDATE_CHECK=1")
    add("bluesky", f"for the release-notes bot I made a Bluesky app password, it's {S('-'.join(g.s(LOWNUM, 4) for _ in range(4)))}, and the account is @{U('noura-haddad.bsky.social')}. Can you wire it into the GitHub Action so it posts on each tag?")
    add("pandadoc", read_file("lib/contracts/pandadoc.ex", f"defmodule Contracts.PandaDoc do\n  @base \"https://api.pandadoc.com/public/v1\"\n\n  def list_documents do\n    Req.get!(@base <> \"/documents\",\n      headers: [{{\"authorization\", \"API-Key {S(g.s(HEX, 40))}\"}}]\n    ).body\n  end\nend"))
    add("laravel", tool_result(f"APP_NAME=Ledger\nAPP_ENV=production\nAPP_KEY={S('base64:' + g.b64(32))}\nAPP_DEBUG=false\nAPP_URL=https://ledger.larkspur.studio\nLOG_CHANNEL=stack\n"))
    add("django", diff("ledger/settings/prod.py", [f"SECRET_KEY = \"{S(g.mixed(ALNUM + '!@#%^&*(-_=+)', 50))}\"", "DEBUG = False"], ("from .base import *  # noqa", "ALLOWED_HOSTS = [\"ledger.larkspur.studio\"]"), 3))
    add("rails", shell(f"RAILS_MASTER_KEY={S(g.s(HEX, 32))} bin/rails credentials:show", "aws:\n  region: eu-west-1\nsmtp:\n  port: 587\n"))
    putty = base64.b64encode(b"\x00\x00\x00\x20" + bytes(g.rng.getrandbits(8) for _ in range(32))).decode()
    add("putty", f"WinSCP won't take this key, is the format wrong?\n\nPuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: eddsa-key-20240611\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAI{g.s(ALNUM, 39)}\n{g.s(ALNUM, 4)}\nPrivate-Lines: 1\n{S(putty)}\nPrivate-MAC: {g.s(HEX, 64)}")
    add("password", f"the staging db password is {S(g.password())} — can you put it in docker-compose.override.yml for the `api` service so I stop typing it?")
    add("password", tool_result(f"{{\"ticket\":{{\"id\":48812,\"subject\":\"VPN portal locked\",\"comments\":[{{\"author_id\":9912,\"public\":false,\"body\":\"Reset done. Temporary password for the VPN portal: {S(g.password())} (must be changed at first login).\"}}]}}}}"))
    add("password", openai_call("run_command", {"cmd": f"mysql -h db-staging.internal -u {U('reporting')} -p'{S(g.password())}' -e 'SHOW TABLES' analytics"}))
    add("password", f"PS C:\\Windows\\system32> cmdkey /add:fs01.corp.larkspur.local /user:CORP\\{U('a.nowak')} /pass:{S(g.password())}\n\nCMDKEY: Credential added successfully.")
    add("password", read_file("/etc/fstab", f"UUID={g.uuid()} /               ext4    errors=remount-ro 0 1\n//nas01/finance  /mnt/finance  cifs  username={U('jmbeki')},password={S(g.password())},uid=1000,vers=3.0  0  0"))
    add("password", shell("ps -eo pid,args | grep [j]ava", f"  2231 /usr/lib/jvm/java-17/bin/java -Xmx2g -Djavax.net.ssl.keyStore=/opt/ledger/keystore.p12 -Djavax.net.ssl.keyStorePassword={S(g.password())} -jar /opt/ledger/ledger.jar"))
    add("generic", create_file("src/main/java/studio/larkspur/webhooks/Signer.java", f"package studio.larkspur.webhooks;\n\nfinal class Signer {{\n    // shared with the partner portal; rotate with them\n    private static final String SIGNING_SECRET = \"{S(g.mixed(ALNUM, 48))}\";\n\n    private Signer() {{}}\n}}\n"))
    add("generic", shell("curl -v https://reports.larkspur.internal/api/export?fmt=csv -o export.csv", f"*   Trying 10.20.4.17:443...\n* Connected to reports.larkspur.internal (10.20.4.17) port 443\n> GET /api/export?fmt=csv HTTP/1.1\n> Host: reports.larkspur.internal\n> Authorization: Basic {S(base64.b64encode(('exporter:' + g.mixed(ALNUM, 18)).encode()).decode())}\n> User-Agent: curl/8.5.0\n>\n< HTTP/1.1 200 OK"))
    add("jwt", shell("kubectl -n billing create token exporter --duration=1h", S(g.jwt(K8S_SA))))
    return out


def pii(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(src: str, t: str) -> None:
        out.append((f"holdout5:{src}", t))

    def ssn() -> str:
        return f"{g.rng.randint(101, 665)}-{g.rng.randint(10, 99)}-{g.rng.randint(1001, 9999)}"

    add("email_raw_headers", f"Return-Path: <{E('seun.bakare@paystackhq.ng')}>\nFrom: {P('Oluwaseun Bakare')} <{E('seun.bakare@paystackhq.ng')}>\nTo: \"{P('Ingrid Solberg')}\" <{E('ingrid.solberg@telenor.no')}>\nCc: {P('Rafael Quispe Mamani')} <{E('rquispe@pucp.edu.pe')}>\nSubject: Re: settlement file for May\nDate: Tue, 11 Jun 2024 08:41:17 +0100\nMessage-ID: <CAF3q9{g.s(ALNUM, 20)}@mail.gmail.com>\n\n{P('Ingrid')}, attached is the corrected file. {P('Rafael')}, please confirm the totals.")
    add("git_log_fuller", shell("git log -1 --pretty=fuller", f"commit {g.s(HEX, 40)}\nAuthor:     {P('Aigerim Zhakupova')} <{E('aigerim.zh@larkspur.studio')}>\nAuthorDate: Mon Jun 10 17:02:44 2024 +0500\nCommit:     {P('Rhys Llewellyn')} <{E('rhys.llewellyn@larkspur.studio')}>\nCommitDate: Tue Jun 11 09:15:03 2024 +0100\n\n    ledger: round half-even when splitting fees\n\n    Co-authored-by: {P('Bat-Erdene Ganbold')} <{E('baterdene.g@protonmail.com')}>"))
    add("git_blame_porcelain", shell("git blame --line-porcelain -L 88,88 src/fees.py", f"{g.s(HEX, 40)} 88 88 1\nauthor {P('Mei-Ling Chou')}\nauthor-mail <{E('meiling.chou@larkspur.studio')}>\nauthor-time 1712730401\nauthor-tz +0800\ncommitter {P('Mei-Ling Chou')}\ncommitter-mail <{E('meiling.chou@larkspur.studio')}>\nsummary fees: cap FX markup\nfilename src/fees.py\n\treturn min(markup, Decimal(\"0.025\"))"))
    add("git_log_format", tool_result(shell("git log --format='%h %an <%ae> %s' -3", f"{g.s(HEX, 7)} {P('Trần Minh Khoa')} <{E('khoa.tran@larkspur.studio')}> fix(api): retry on 429\n{g.s(HEX, 7)} dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com> chore(deps): bump serde to 1.0.203\n{g.s(HEX, 7)} {P('Eleni Papadopoulou')} <{E('eleni.p@larkspur.studio')}> docs: describe settlement states")))
    rows = [["88", P("Tereza Nováková"), E("tereza.novakova@seznam.cz"), L("Brno")], ["91", P("Emre Yılmaz"), E("emre.yilmaz@yandex.com.tr"), L("İzmir")]]
    add("mysql_box", shell("mysql -e 'SELECT id, full_name, email, city FROM customers WHERE id IN (88, 91)' shop", box_table(["id", "full_name", "email", "city"], rows) + "\n2 rows in set (0.01 sec)"))
    add("sqlite_line_mode", shell("sqlite3 -line app.db \"SELECT * FROM patients WHERE id = 7\"", f"          id = 7\n   full_name = {P('Siddharth Iyer')}\n       email = {E('sid.iyer91@gmail.com')}\n       phone = {T('+91 99402 18873')}\n         dob = {D('1991-03-27')}\n   allergies = penicillin"))
    add("psql_expanded", shell("psql -x -c \"SELECT full_name, shipping_address, phone FROM orders WHERE id = 30412\"", f"-[ RECORD 1 ]----+------------------------------------------------------\nfull_name        | {P('João Pedro Almeida')}\nshipping_address | {A('Rua Augusta 1503, apto 42, Consolação, São Paulo - SP, 01305-100')}\nphone            | {T('+55 11 98812-3374')}"))
    add("csv_quoted_header", read_file("imports/members_2024.csv", f"\"name\",\"email\",\"street\",\"city\",\"postcode\"\n\"{P('Sanne de Vries')}\",\"{E('sanne.devries@ziggo.nl')}\",\"{A('Keizersgracht 284-2')}\",\"{L('Amsterdam')}\",\"{Z('1016 EW')}\"\n\"{P('Björn Lindqvist')}\",\"{E('bjorn.lindqvist@telia.se')}\",\"{A('Drottninggatan 53')}\",\"{L('Stockholm')}\",\"{Z('111 21')}\""))
    add("tsv_header_sheet", f"pasting from the payroll sheet:\n\nName\tPhone\tIBAN\n{P('Giorgos Antoniou')}\t{T('+30 694 518 2207')}\t{I(iban('GR', '0110125' + g.s(DIGITS, 16)))}\n{P('Oksana Melnyk')}\t{T('+380 67 412 8830')}\t{I(iban('UA', '305299' + g.s(DIGITS, 19)))}")
    rows = [
        '"' + P("Okonkwo, Chidi") + '",' + E("chidi.okonkwo@outlook.com") + "," + T("+234 803 555 1290"),
        '"' + P("Haddad, Layla") + '",' + E("layla.haddad@hotmail.fr") + "," + T("+33 6 12 45 78 90"),
        "",
        "dedupe these against the CRM export please",
    ]
    add("csv_surname_first", '{"role": "user", "content": "' + esc("\n".join(rows)) + '"}')
    add("stripe_like_customer", tool_result(f"{{\n  \"id\": \"cus_Q8mZ3kTw1xYb\",\n  \"object\": \"customer\",\n  \"name\": \"{P('Camila Gutiérrez')}\",\n  \"email\": \"{E('camila.gutierrez@uniandes.edu.co')}\",\n  \"phone\": \"{T('+57 310 482 2291')}\",\n  \"address\": {{\n    \"line1\": \"{A('Carrera 7 # 71-21, Oficina 502')}\",\n    \"city\": \"{L('Bogotá')}\",\n    \"postal_code\": \"{Z('110231')}\",\n    \"country\": \"CO\"\n  }}\n}}"))
    add("hr_api_json", tool_result(f"{{\"worker\":{{\"id\":\"W-20931\",\"legalName\":{{\"given\":\"{P('Selamawit')}\",\"family\":\"{P('Tesfaye')}\"}},\"dateOfBirth\":\"{D('1988-11-02')}\",\"personalEmail\":\"{E('selam.tesfaye@gmail.com')}\",\"hireDate\":\"2021-04-12\",\"costCenter\":\"CC-410\"}}}}"))
    add("zoom_chat", f"10:02:15 From {P('Aarav Mehta')} to Everyone:\n\tcan someone share the deck link again?\n10:02:41 From {P('Putri Anggraini')} to Everyone:\n\tsent it to your email {E('aarav.mehta@larkspur.studio')}\n10:03:02 From {P('Aarav Mehta')} to {P('Putri Anggraini')}(Direct Message):\n\tthanks! also my mobile if the wifi drops: {T('+62 812 3344 7781')}")
    add("telegram_export", read_file("exports/chat_export/result.json", f"{{\n  \"name\": \"Courier coordination\",\n  \"messages\": [\n    {{\"id\": 5512, \"date\": \"2024-06-14T09:11:40\", \"from\": \"{P('Dmitri Volkov')}\", \"from_id\": \"user148822031\", \"text\": \"I'm at the gate, call {T('+7 916 482-19-07')}\"}},\n    {{\"id\": 5513, \"date\": \"2024-06-14T09:12:02\", \"from\": \"{P('Zarina Abdullaeva')}\", \"from_id\": \"user90317744\", \"text\": \"coming down\"}}\n  ]\n}}"))
    add("matrix_element_log", f"[2024-06-14 11:20] <@{U('kofi.mensah')}:matrix.org> {P('Akosua')}, the invoice should go to {A('14 Oxford Street, Osu, Accra')}, not the old office\n[2024-06-14 11:21] <@{U('akosua.boateng')}:matrix.org> noted, updating the template")
    add("mattermost_paste", f"{P('Ayşe Demir')}  10:14 AM\nyeni adresim / new address for the contract: {A('Bağdat Caddesi No: 214 D: 7, 34728 Kadıköy/İstanbul')}\ntelefon: {T('+90 532 418 77 02')}")
    add("gcal_event_json", tool_result(f"{{\"kind\":\"calendar#event\",\"summary\":\"Quarterly review\",\"location\":\"{A('Herengracht 420, 1017 BZ Amsterdam')}\",\"start\":{{\"dateTime\":\"2024-07-08T10:00:00+02:00\"}},\"attendees\":[{{\"email\":\"{E('pieter.bakker@larkspur.studio')}\",\"displayName\":\"{P('Pieter Bakker')}\",\"responseStatus\":\"accepted\"}},{{\"email\":\"{E('yusuf.elamrani@gmail.com')}\",\"displayName\":\"{P('Youssef El Amrani')}\",\"responseStatus\":\"needsAction\"}}]}}"))
    add("outlook_invite", f"Ledger go-live retro\nWhen: Thursday, 18 July 2024 14:00-15:00 (UTC+01:00) Dublin\nWhere: {A('Apartment 9, The Maltings, Bow Street, Dublin 7, D07 XY21')}\nRequired: {P('Siobhán Ní Bhriain')}; {P('Fatima Al-Sayed')}; {P('Park Ji-woo')}\nOptional: {P('Haruto Sato')}\n\nDial-in: {T('+353 1 437 2280')}")
    add("gh_issue_view", shell("gh issue view 212 --comments", f"Refund not received #212\nOpen • {U('mkaraca')} opened about 2 days ago • 2 comments\n\n  I ordered on 3 June and still nothing. You can reach me at {T('+90 533 207 19 44')}.\n\n{U('lwanjiku')} (Member) • 1 day ago\n  Thanks {P('Mehmet')}, I've escalated to finance; {P('Grace Wanjiku')} from billing will follow up."))
    add("zendesk_ticket", tool_result(f"{{\"ticket\":{{\"id\":77120,\"requester\":{{\"name\":\"{P('Cian Mac Cárthaigh')}\",\"email\":\"{E('cian.maccarthaigh@eircom.net')}\",\"phone\":\"{T('+353 87 234 5518')}\"}},\"description\":\"Parcel went to my old place. New address is {A('22 Mill Street, Ballincollig, Co. Cork, P31 E4T2')}.\"}}}}"))
    add("linear_comment", f"**{P('Noa Ben-David')}** commented on LED-418:\n\n> @{U('hkaraman')} the export still includes the dob column for EU users. cc @{U('ssubramaniam')}, can you pair with {P('Hande Karaman')} tomorrow?")
    add("javadoc_author", create_file("src/main/java/studio/larkspur/fx/RateCache.java", f"/**\n * Caches FX rates per settlement day.\n *\n * @author {P('Karthik Subramaniam')} &lt;{E('karthik.s@larkspur.studio')}&gt;\n * @since 2.4\n */\npublic final class RateCache {{\n}}\n"))
    add("go_todo_comment", f"// TODO({U('okwuosa')}): drop this once the Lagos warehouse migrates; ask {P('Ngozi Eze')} before removing.\nfunc legacyRoute(w http.ResponseWriter, r *http.Request) {{\n\thttp.Redirect(w, r, \"/v2\"+r.URL.Path, http.StatusPermanentRedirect)\n}}")
    add("cargo_authors", read_file("Cargo.toml", f"[package]\nname = \"ledger-core\"\nversion = \"0.7.2\"\nedition = \"2021\"\nauthors = [\"{P('Noa Ben-David')} <{E('noa.bendavid@larkspur.studio')}>\", \"{P('Bence Kovács')} <{E('bence.kovacs@larkspur.studio')}>\"]\nlicense = \"MPL-2.0\""))
    add("php_docblock", f"<?php\n/**\n * Invoice PDF renderer.\n *\n * @author    {P('Zofia Wiśniewska')} <{E('z.wisniewska@larkspur.studio')}>\n * @copyright 2023 Larkspur Studio\n */\nfinal class InvoicePdf\n{{\n}}")
    add("html_address", f"<footer>\n  <p>Responsable de la publication : {P('Élodie Marchand')}</p>\n  <address>\n    {A('27 avenue Jean Médecin, 06000 Nice')}<br>\n    Tél. <a href=\"tel:{T('+33493882140')}\">{T('+33 4 93 88 21 40')}</a>\n  </address>\n</footer>")
    add("jsonld_person", f"<script type=\"application/ld+json\">\n{{\"@context\":\"https://schema.org\",\"@type\":\"Person\",\"name\":\"{P('Lucía Ferrández Soler')}\",\"telephone\":\"{T('+34 612 34 56 78')}\",\"address\":\"{A('Carrer de Colón 22, 4ª, 46004 València')}\"}}\n</script>")
    add("markdown_oncall_table", f"## On-call, week 29\n\n| Day | Engineer | Mobile |\n|-----|----------|--------|\n| Mon | {P('Wang Lei')} | {T('+86 138 1047 2259')} |\n| Tue | {P('Somchai Wongsakul')} | {T('+66 81 734 2290')} |\n| Wed | {P('Maria Clara Santos')} | {T('+63 917 845 2210')} |")
    add("w9_form", f"Form W-9 (Rev. March 2024)\n1 Name: {P('Darius Whitfield-Jones')}\n5 Address: {A('2231 NE Alberta St, Apt 3, Portland, OR 97211')}\nPart I  Social security number: {m('US_SSN', ssn())}")
    add("rental_form", f"Vehicle rental — driver details\nDriver: {P('Kalea Nakamura')}\nDate of birth: {D('07/19/1994')}\nCalifornia DL: {m('US_DRIVER_LICENSE', 'Y' + g.s(DIGITS, 7))}\nPickup: SFO, 2024-08-02")
    add("dob_french", f"Objet : attestation\n\nJe soussignée, {P('Amélie Rousseau')}, née le {D('12 mai 1990')} à {L('Rennes')}, demeurant {A('8 rue de la Monnaie, 35000 Rennes')}, certifie sur l'honneur...")
    add("dob_german", f"Antragsteller\nName: {P('Friedrich Obermaier')}\nGeburtsdatum: {D('04.07.1975')}\nAnschrift: {A('Sendlinger Straße 41, 80331 München')}\nTelefon: {T('+49 89 2318 4470')}")
    add("vpn_log", f"2024-06-18T07:58:12Z openvpn[914]: {U('aokafor')}/{IP('41.90.64.118')}:51822 MULTI: Learn: 10.8.0.14 -> {U('aokafor')}/{IP('41.90.64.118')}:51822\n2024-06-18T08:03:40Z openvpn[914]: {U('bsantos')}/{IP('177.72.141.9')}:40312 TLS: Initial packet from [AF_INET]{IP('177.72.141.9')}:40312")
    add("apache_remote_user", f"{IP('89.187.162.41')} - {U('lfernandez')} [18/Jun/2024:09:14:02 +0200] \"POST /intranet/payslips/download HTTP/1.1\" 200 48211 \"https://intranet.larkspur.studio/payslips\" \"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5)\"")
    add("gdpr_export", openai_call("write_file", {"path": "out/dsar_4471.json", "content": f"{{\"subject\": \"{P('Chen Jiahui')}\", \"email\": \"{E('jiahui.chen@qq.com')}\", \"last_login_ip\": \"{IP('2408:8207:2a6b:3c10::1e')}\", \"signup_ip\": \"{IP('115.236.88.207')}\"}}"}))
    add("powershell_prompt", f"PS C:\\Users\\{U('tmensah')}\\source\\repos\\Billing> dotnet build\nMSBuild version 17.10.4+10fbfbf2e for .NET\n  Determining projects to restore...\n  Billing -> C:\\Users\\{U('tmensah')}\\source\\repos\\Billing\\bin\\Debug\\net8.0\\Billing.dll")
    add("npm_log_path", f"npm ERR! code EACCES\nnpm ERR! syscall mkdir\nnpm ERR! path /usr/local/lib/node_modules/pnpm\n\nnpm ERR! A complete log of this run can be found in: /Users/{U('ingridsolberg')}/.npm/_logs/2024-06-19T08_12_44_118Z-debug-0.log")
    add("wsl_path", tool_use("bash", "command", f"cp /mnt/c/Users/{U('Shirin.Farahani')}/Downloads/contracts_2024.zip ~/work/ && unzip -l ~/work/contracts_2024.zip"))
    add("jupyter_runtime", f"[I 2024-06-19 10:02:11.402 ServerApp] Kernel started: {g.uuid()}\n[I 2024-06-19 10:02:11.405 ServerApp] Connecting to: /Users/{U('jiahui.chen')}/Library/Jupyter/runtime/kernel-{g.uuid()}.json")
    add("gh_pr_view", shell("gh pr view 981", f"ledger: async settlement export #981\nOpen • {U('bkovacs')} wants to merge 6 commits into main from async-export\nReviewers: {U('eleni-pap')} (Approved), {U('rllewellyn')} (Changes requested)\nAssignees: {U('bkovacs')}\nLabels: backend"))
    add("iban_email_it", f"Gentile {P('Francesca Bellandi')},\n\nle coordinate per il rimborso sono: IBAN {I(iban('IT', 'K' + g.s(DIGITS, 10) + g.s(DIGITS, 12)))}, intestato a {P('Marco Bellandi')}.\n\nCordiali saluti")
    add("card_support_chat", f"Customer ({P('Julián Ferreyra')}): I was charged twice on my Amex {C(luhn_complete('37', 15, g))}\nAgent: sorry about that! can you confirm the billing address?\nCustomer: {A('Av. Corrientes 1847, piso 5 depto B, C1045AAC Buenos Aires')}")
    add("card_tool_args", openai_call("create_payment_intent", {"amount": "4200", "currency": "jpy", "card_number": C(luhn_complete("3528", 16, g)), "cardholder": P("Hinata Kobayashi"), "exp": "09/27"}))
    add("address_kr_geocode", openai_call("geocode", {"address": A("15 Teheran-ro 4-gil, Gangnam-gu, Seoul 06232"), "language": "en"}))
    add("address_sg_delivery", f"Delivery note #DN-22817\nDeliver to: {P('Lim Wei Ming')}\n{A('Blk 412 Ang Mo Kio Ave 10, #08-1123, Singapore 560412')}\nContact: {T('+65 9123 8841')}")
    add("address_nz_yaml", f"# fixtures/real_customer_do_not_commit.yml\ncustomer:\n  name: {P('Aroha Ngata')}\n  address: \"{A('45 Cuba Street, Te Aro, Wellington 6011')}\"\n  mobile: \"{T('+64 21 555 0193')}\"")
    add("address_ke_voicemail", f"Voicemail transcript (0:41): \"Hi, this is {P('Baraka Otieno')}, calling about the delivery to {A('Apartment 6B, Riverside Drive, Westlands, Nairobi 00800')}. Please call me back on {T('+254 722 418 903')}. Thanks.\"")
    add("address_ch_signature", f"Freundliche Grüsse\n\n{P('Corinne Baumgartner')}\nLeiterin Finanzen\n{A('Bahnhofstrasse 61, 8001 Zürich')}\nT {T('+41 44 215 33 08')} | M {T('+41 79 412 33 08')}")
    add("address_eg_prose", f"please double-check the customs form: consignee {P('Mahmoud Farouk')}, {A('17 Mohamed Mazhar Street, Zamalek, Cairo 11211')}, mobile {T('+20 100 482 3917')}")
    add("address_cz_invoice", f"FAKTURA 2024-0612\nOdběratel: {P('Jakub Dvořák')}\n{A('Vinohradská 1511/230, 100 00 Praha 10')}\nIBAN: {I(iban('CZ', '0800' + g.s(DIGITS, 16)))}")
    add("address_ph_chat", f"hi! pls update my shipping address to {A('Unit 1204, Tower 2, One Serendra, 11th Avenue, Bonifacio Global City, Taguig 1634')} — {P('Carmela Reyes')}")
    add("address_pt_letter", f"{P('Inês Carvalho')}\n{A('Rua Garrett 120, 2.º Esq., 1200-205 Lisboa')}\n\nLisboa, 20 de junho de 2024\n\nExmos. Senhores,")
    sysmsg = ("You are the finance assistant for Larkspur Studio. The current user is " + P("Ngozi Eze")
              + ", head of finance; approvals above EUR 10,000 need " + P("Hamid Rezaei") + ". Reply in British English.")
    add("system_prompt_names", '{"role": "system", "content": "' + esc(sysmsg) + '"}')
    add("lowercase_names", f"remind me to ping {P('zofia wiśniewska')} about the migration and ask {P('bence')} whether the Kraków VAT export is done")
    add("script_names", f"CRM note: customer name as on the ID card is {P('ليلى حداد')} ({P('Layla Haddad')} in Latin script); the Shanghai supplier contact is {P('王磊')}.")
    add("html_staff_table", f"<table class=\"staff\">\n  <tr><th>Name</th><th>E-mail</th></tr>\n  <tr><td>{P('Anwesha Chatterjee')}</td><td>{E('anwesha.c@larkspur.studio')}</td></tr>\n  <tr><td>{P('Shirin Farahani')}</td><td>{E('shirin.farahani@larkspur.studio')}</td></tr>\n</table>")
    add("us_ssn_prose", f"{P('Darnell')}'s SSN on the onboarding packet was {m('US_SSN', ssn())} but payroll has a different one, which is right?")
    add("card_mastercard_log", f"2024-06-21 16:40:02 ERROR checkout.gateway declined pan={C(luhn_complete('52', 16, g))} holder=\"{P('Ewa Zielińska')}\" reason=insufficient_funds")
    add("ip_support", f"The customer ({E('oksana.melnyk@ukr.net')}) keeps getting blocked by the WAF; her home IP is {IP('93.74.118.' + str(g.rng.randint(10, 250)))}, can you allow-list it for 24h?")
    return out


def negatives(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(src: str, t: str) -> None:
        out.append((f"holdout5:{src}", t))

    sm = base64.b64encode(b'{"version":3,"sources":["../src/fees.ts"],"names":["split","cents"],"mappings":"AAAA,SAASA,MAAMC"}').decode()
    add("gemfile_lock", read_file("Gemfile.lock", "GEM\n  remote: https://rubygems.org/\n  specs:\n    nokogiri (1.16.6-x86_64-linux)\n      racc (~> 1.4)\n    rack (3.1.3)\n\nPLATFORMS\n  x86_64-linux\n\nBUNDLED WITH\n   2.5.11"))
    add("composer_lock", f"{{\n    \"name\": \"guzzlehttp/guzzle\",\n    \"version\": \"7.8.1\",\n    \"source\": {{\n        \"type\": \"git\",\n        \"url\": \"https://github.com/guzzle/guzzle.git\",\n        \"reference\": \"{g.s(HEX, 40)}\"\n    }},\n    \"dist\": {{\n        \"type\": \"zip\",\n        \"shasum\": \"\"\n    }}\n}}")
    add("flake_lock", read_file("flake.lock", f"{{\n  \"nodes\": {{\n    \"nixpkgs\": {{\n      \"locked\": {{\n        \"lastModified\": 1718530797,\n        \"narHash\": \"sha256-{g.b64(32)}\",\n        \"owner\": \"NixOS\",\n        \"repo\": \"nixpkgs\",\n        \"rev\": \"{g.s(HEX, 40)}\",\n        \"type\": \"github\"\n      }}\n    }}\n  }}\n}}"))
    add("docker_inspect", shell("docker image inspect ledger-api:2.4.1 --format '{{json .RepoDigests}} {{json .Config.Env}}'", f"[\"ghcr.io/larkspur/ledger-api@sha256:{g.s(HEX, 64)}\"] [\"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin\",\"LANG=C.UTF-8\",\"PYTHON_VERSION=3.12.4\",\"PORT=8080\"]"))
    add("kubectl_pods_wide", shell("kubectl -n billing get pods -o wide", f"NAME                          READY   STATUS    RESTARTS   AGE   IP            NODE\nledger-api-7d9f8b6c5d-{g.s(LOWNUM, 5)}   1/1     Running   0          3h    10.42.1.17    ip-10-0-3-21.eu-west-1.compute.internal\nledger-api-7d9f8b6c5d-{g.s(LOWNUM, 5)}   1/1     Running   1          3h    10.42.2.9     ip-10-0-4-88.eu-west-1.compute.internal"))
    add("git_reflog", shell("git reflog -4", "\n".join(f"{g.s(HEX, 7)} HEAD@{{{i}}}: {x}" for i, x in enumerate(["commit: fees: cap FX markup", "rebase (finish): returning to refs/heads/fx-cap", "checkout: moving from main to fx-cap", "pull --ff-only: Fast-forward"]))))
    add("mysql_explain_tree", "EXPLAIN FORMAT=TREE SELECT * FROM orders WHERE customer_id = 88\\G\n*************************** 1. row ***************************\nEXPLAIN: -> Index lookup on orders using idx_customer (customer_id=88)  (cost=4.25 rows=12)\n1 row in set (0.00 sec)")
    add("product_catalogue", "sku,name,colour,price_eur\nCH-OSLO-01,Oslo lounge chair,walnut,649.00\nLP-LISB-02,Lisbon pendant lamp,brass,189.00\nTB-KYOT-03,Kyoto side table,black ash,229.00\nRG-MARR-04,Marrakesh wool rug,sand,410.00")
    add("env_example_doc", read_file("docs/configuration.md", "Create `.env` from this template:\n\n```\nLINODE_TOKEN=<your-linode-token>\nAUTH0_CLIENT_SECRET=<from the Auth0 dashboard>\nBINANCE_API_KEY=xxxxxxxxxxxxxxxx\nDB_PASSWORD=changeme\n```\n\nNever commit the filled-in file."))
    add("tech_names_prose", "Jenkins still triggers the nightly job, a leftover from the Hudson days; the firmware team writes Ada, the data team runs Kafka and Cassandra, and Sinatra serves the internal status page. Marathon schedules the batch workers.")
    add("sourcemap_b64", f"export const split=(a,b)=>Math.floor(a/b);\n//# sourceMappingURL=data:application/json;base64,{sm}")
    add("tfstate_excerpt", f"{{\n  \"version\": 4,\n  \"terraform_version\": \"1.8.5\",\n  \"serial\": 212,\n  \"lineage\": \"{g.uuid()}\",\n  \"resources\": [{{\"type\": \"vultr_instance\", \"name\": \"web\", \"instances\": [{{\"attributes\": {{\"id\": \"{g.uuid()}\", \"region\": \"fra\", \"plan\": \"vc2-2c-4gb\"}}}}]}}]\n}}")
    add("prometheus_metrics", "# HELP http_requests_total Total HTTP requests.\n# TYPE http_requests_total counter\nhttp_requests_total{method=\"post\",code=\"200\"} 1027 1718530797123\nhttp_requests_total{method=\"post\",code=\"400\"} 3 1718530797123\nprocess_start_time_seconds 1.71852e+09")
    add("pip_outdated", shell("pip list --outdated", "Package    Version Latest Type\n---------- ------- ------ -----\nhttpx      0.26.0  0.27.0 wheel\npydantic   2.6.4   2.7.4  wheel\nurllib3    2.2.1   2.2.2  wheel"))
    add("changelog_bot", "## [2.4.1](https://github.com/larkspur/ledger/compare/v2.4.0...v2.4.1) (2024-06-12)\n\n### Bug Fixes\n\n* **api:** retry on 429 ([#978](https://github.com/larkspur/ledger/issues/978)) ([8c1f0e2](https://github.com/larkspur/ledger/commit/8c1f0e2))\n* **fees:** cap FX markup ([#975](https://github.com/larkspur/ledger/issues/975)) ([41d9ab7](https://github.com/larkspur/ledger/commit/41d9ab7))")
    add("rspec_seed", "Randomized with seed 48213\n..........F....\n\nFinished in 2.41 seconds (files took 0.812 seconds to load)\n15 examples, 1 failure\n\nRandomized with seed 48213")
    add("xxd_dump", shell("xxd -l 48 ledger.db", "00000000: 5351 4c69 7465 2066 6f72 6d61 7420 3300  SQLite format 3.\n00000010: 1000 0202 0040 2020 0000 0b1c 0000 0019  .....@  ........\n00000020: 0000 0000 0000 0000 0000 0007 0000 0004  ................"))
    add("cargo_build", f"   Compiling serde v1.0.203\n   Compiling ledger-core v0.7.2 (/app/ledger-core)\n    Finished `release` profile [optimized] target(s) in 41.72s\n     Removed target/release/deps/ledger_core-{g.s(HEX, 16)}.d")
    add("go_panic", f"panic: runtime error: index out of range [3] with length 3\n\ngoroutine 41 [running]:\nmain.(*Splitter).Next(0xc000{g.s(HEX, 6)}, {{0xc000{g.s(HEX, 6)}, 0x3, 0x4}})\n\t/app/internal/split/splitter.go:88 +0x1b4\ncreated by main.run in goroutine 1\n\t/app/cmd/ledger/main.go:52 +0x2c5")
    add("sql_ddl", fenced("sql", "CREATE TABLE customers (\n  id            bigserial PRIMARY KEY,\n  full_name     text NOT NULL,\n  email         citext UNIQUE NOT NULL,\n  phone         text,\n  password_hash text NOT NULL,\n  created_at    timestamptz DEFAULT now()\n);", "The migration I'd suggest:"))
    add("aws_describe_instances", tool_result(f"{{\n  \"Reservations\": [{{\n    \"Instances\": [{{\n      \"InstanceId\": \"i-0{g.s(HEX, 16)}\",\n      \"ImageId\": \"ami-0{g.s(HEX, 16)}\",\n      \"InstanceType\": \"t3.medium\",\n      \"KeyName\": \"deploy-2024\",\n      \"PrivateIpAddress\": \"10.0.3.21\",\n      \"SubnetId\": \"subnet-0{g.s(HEX, 16)}\"\n    }}]\n  }}]\n}}"))
    add("gitlab_ci_vars", read_file(".gitlab-ci.yml", "build-image:\n  stage: build\n  script:\n    - docker login -u \"$CI_REGISTRY_USER\" -p \"$CI_REGISTRY_PASSWORD\" \"$CI_REGISTRY\"\n    - docker build -t \"$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA\" .\n    - docker push \"$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA\""))
    add("external_secret", "apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: ledger-db\nspec:\n  secretStoreRef:\n    name: aws-parameter-store\n    kind: ClusterSecretStore\n  data:\n    - secretKey: password\n      remoteRef:\n        key: /prod/ledger/db_password")
    add("ansible_vault_refs", "- name: Render app config\n  ansible.builtin.template:\n    src: app.env.j2\n    dest: /etc/ledger/app.env\n    mode: \"0600\"\n  vars:\n    db_password: \"{{ vault_db_password }}\"\n    api_token: \"{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/ledger:token') }}\"")
    add("http_headers", f"HTTP/2 200\ncontent-type: application/json; charset=utf-8\netag: W/\"5e15-{g.s(HEX, 27)}\"\nx-request-id: {g.uuid()}\ntraceparent: 00-{g.s(HEX, 32)}-{g.s(HEX, 16)}-01\ncf-ray: 89{g.s(HEX, 14)}-FRA")
    add("cloud_regions_prose", "We run the primary cluster in Frankfurt on Oracle Cloud, with a read replica in Warsaw; the Dublin and Singapore offices only use the EU endpoint, which keeps latency under 40 ms for Madrid and Milan too.")
    add("otel_span_json", f"{{\"traceId\":\"{g.s(HEX, 32)}\",\"spanId\":\"{g.s(HEX, 16)}\",\"parentSpanId\":\"{g.s(HEX, 16)}\",\"name\":\"POST /v1/settlements\",\"kind\":2,\"startTimeUnixNano\":\"1718530797123456789\",\"endTimeUnixNano\":\"1718530797187654321\",\"status\":{{\"code\":1}}}}")
    add("maven_tree", "[INFO] studio.larkspur:ledger:jar:2.4.1\n[INFO] +- org.springframework.boot:spring-boot-starter-web:jar:3.3.1:compile\n[INFO] |  \\- org.springframework:spring-webmvc:jar:6.1.10:compile\n[INFO] \\- org.apache.commons:commons-lang3:jar:3.14.0:compile")
    add("ssh_fingerprint", shell("ssh-keygen -lf ~/.ssh/id_ed25519.pub", f"256 SHA256:{g.b64(32).rstrip('=')} no comment (ED25519)"))
    add("password_policy_doc", "Password rules for the customer portal: at least 12 characters, no reuse of the last 5, rotated every 180 days. Tokens issued by the API expire after 15 minutes; refresh tokens after 30 days. Store only the argon2id hash.")
    add("bot_chat_only", "[10:00] github-actions: ✅ ledger#981 checks passed\n[10:02] renovate: opened PR #982 \"update dependency pydantic to v2.7.4\"\n[10:05] pagerduty: incident #4410 resolved automatically")
    add("unicode_catalogue", "| 商品 | SKU | 価格 |\n|---|---|---|\n| 京都 トートバッグ | KY-TOTE-01 | ¥3,200 |\n| 大阪 マグカップ | OS-MUG-02 | ¥1,450 |")
    return out
