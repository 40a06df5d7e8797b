# ruff: noqa: E501, RUF001  -- item tables hold whole texts on one line; foreign letters are intended.
"""Twelfth held-out set: the ingestion side of enterprise operations (observability and SIEM
exports, Kubernetes, Terraform, configuration management, CI/CD, streams, databases, crash
reports, IoT firmware, payment and telecom back offices) as GitHub Copilot and other coding
agents carry it, written blind, without running the detectors on it (see README.md).
Providers (A-M) that none of eval-dev or holdout..holdout11 used.
"""

from __future__ import annotations

import base64
import json

from _markup import IP, A, C, D, E, I, P, S, T, U, shell
from _values import ALNUM, DIGITS, HEX, HEXU, LOWER, LOWNUM, UPNUM, UPPER, Gen, iban, luhn_complete

B64URL = ALNUM + "-_"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
BSN = "\\n"


def dumps(obj: object, **kw: object) -> str:
    """`json.dumps` keeping non-ASCII characters (and so the span markup) as they are."""
    kw.setdefault("ensure_ascii", False)
    return json.dumps(obj, **kw)  # type: ignore[arg-type]


def b64(raw: str) -> str:
    return base64.b64encode(raw.encode()).decode()


# ---------------------------------------------------------------------------------------------
# carriers


def vsc_call(name: str, args: dict[str, object], call: str = "call_R7kd2LqA") -> str:
    """VS Code agent mode: an assistant message with one tool call (arguments a JSON string)."""
    return dumps({"role": "assistant", "content": None, "tool_calls": [{"id": call, "type": "function", "function": {"name": name, "arguments": dumps(args)}}]})


def vsc_result(content: str, call: str = "call_R7kd2LqA") -> str:
    return dumps({"role": "tool", "tool_call_id": call, "content": content})


def terminal(cmd: str, output: str) -> str:
    """VS Code `run_in_terminal` call and its result."""
    return vsc_call("run_in_terminal", {"command": cmd, "explanation": "Run the command to inspect the output", "isBackground": False}) + "\n" + vsc_result(output)


def usage_record(messages: list[dict[str, object]], user_id: int = 80331527, ts: int = 1795672019533) -> str:
    """A Copilot usage record: the request body is a JSON string in `body`."""
    body = dumps({"model": "gpt-4.1", "stream": True, "messages": messages}, separators=(",", ":"))
    return dumps({"type": "request", "user_id": user_id, "enterprise_id": 6641, "github_request_id": "A1F0:2E7C1:8B31D4:9C20A7F:6927B0E3", "endpoint": "/chat/completions", "body": body, "@timestamp": ts, "event_id": "c81e2d4a-5f3b-4a70-9e61-0d7b2a5c9f18"})


def usage_response(text: str, ts: int = 1795672024101) -> str:
    body = dumps({"id": "chatcmpl-C9x2", "object": "chat.completion", "model": "gpt-4.1", "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}]}, separators=(",", ":"))
    return dumps({"type": "response", "user_id": 80331527, "enterprise_id": 6641, "github_request_id": "A1F0:2E7C1:8B31D4:9C20A7F:6927B0E3", "endpoint": "/chat/completions", "body": body, "@timestamp": ts, "event_id": "0b9a7c3e-61d2-4f85-b3a0-7e4c2d9f1a06", "truncated": False})


def codex(cmd: str, output: str, exit_code: int = 0) -> str:
    """Codex CLI rollout lines: a `shell` function call and its output (both JSON strings)."""
    call = dumps({"type": "response_item", "payload": {"type": "function_call", "name": "shell", "arguments": dumps({"command": ["bash", "-lc", cmd], "workdir": "/workspace", "timeout_ms": 120000}), "call_id": "call_k2Pz8"}})
    out = dumps({"type": "response_item", "payload": {"type": "function_call_output", "call_id": "call_k2Pz8", "output": dumps({"output": output, "metadata": {"exit_code": exit_code, "duration_seconds": 0.8}})}})
    return call + "\n" + out


def gemini(tool: str, args: dict[str, object], result: str) -> str:
    """Gemini CLI chat history: a functionCall part and the functionResponse."""
    a = dumps({"role": "model", "parts": [{"functionCall": {"name": tool, "args": args}}]})
    b = dumps({"role": "user", "parts": [{"functionResponse": {"name": tool, "response": {"output": result}}}]})
    return a + "\n" + b


def windsurf(user: str, reply: str) -> str:
    """A Windsurf Cascade conversation exported as markdown."""
    return f"## User\n\n{user}\n\n## Cascade\n\n{reply}\n"


def cline_cmd(cmd: str, output: str) -> str:
    """Cline `ui_messages.json` entries: the command ask and its output."""
    return dumps([{"ts": 1795673110421, "type": "ask", "ask": "command", "text": cmd}, {"ts": 1795673112987, "type": "say", "say": "command_output", "text": output}], indent=2)


def continue_step(user: str, tool: str, args: dict[str, object], output: str) -> str:
    """A Continue session history item with a tool call and its output."""
    return dumps({"history": [{"message": {"role": "user", "content": user}}, {"message": {"role": "assistant", "content": "", "toolCalls": [{"id": "tc_41", "type": "function", "function": {"name": tool, "arguments": dumps(args)}}]}}, {"message": {"role": "tool", "toolCallId": "tc_41", "content": output}}]}, indent=1)


def amazonq(user: str, reply: str) -> str:
    return f"> {user}\n\n{reply}"


def devin(lines: list[str]) -> str:
    """A Devin-style session log: timestamped shell and editor steps."""
    return "\n".join(f"[2026-11-20 09:{14 + i:02d}:{(i * 7) % 60:02d}] {x}" for i, x in enumerate(lines))


def hec(event: object, sourcetype: str, host: str = "ip-10-20-4-17", time: float = 1795661203.118) -> str:
    """A Splunk HTTP Event Collector payload."""
    return dumps({"time": time, "host": host, "source": "http:ops-ingest", "sourcetype": sourcetype, "index": "main", "event": event})



# prose that users wrote in their own language before pasting the material (no personal data)
PRE = {
    "chronosphere": "Czy możesz sprawdzić, dlaczego kolektor nie wysyła metryk? Oto konfiguracja:",
    "fluentd": "Ten forward do agregatora przestał działać po aktualizacji. Konfigurace agenta:",
    "lumigo": "Prosím o kontrolu serverless.yml, nasazení na AWS padá:",
    "middleware": "Tento Dockerfile buildujem v pipeline, ale APM nič neposiela. Vidíš chybu?",
    "checkmk": "Zakaj mi ta klic REST API vrne samo del gostiteljev?",
    "icinga": "Molim te, pregledaj ove ApiUser objekte prije nego ih pushamo u git:",
    "appoptics": "Агентът не се свързва с колектора. Ето конфигурацията:",
    "bigpanda": "Овај JSON шаљемо из Alertmanager моста, али BigPanda враћа 401:",
    "crowdsec": "Bouncer'ı ekledim, şimdi anahtarı nginx modülüne nasıl vereceğim?",
    "exabeam": "Kodėl Filebeat nesiunčia įvykių į Exabeam? Konfigūracija:",
    "arcsight": "SmartConnector pēc restartēšanas neatjaunojas. Šeit ir agent.properties fragments:",
    "devo": "Kas see Devo konfiguratsioon on õige? Saatja ütleb 'unauthorized':",
    "darktrace": "Skoðaðu þennan Go kóða, undirskriftin passar ekki við það sem Darktrace vill:",
    "carbonblack": "Mae'r sgript cbc-sdk yn methu ag awdurdodi. Dyma'r ffeil credentials:",
    "loganalytics": "Script honek ez du ezer bidaltzen Log Analytics-era. Zer dago gaizki?",
    "fleetdm": "Por que o orbit non se rexistra no servidor Fleet? Este é o ficheiro:",
    "imperva": "A mund ta kontrollosh këtë thirrje? Cache-i nuk pastrohet:",
    "awx": "Энэ AWX командыг ажиллуулахад job эхэлж байна, гэхдээ токен нь команд дотор харагдаж байна:",
    "k3s": "ການຕິດຕັ້ງ agent ຄ້າງຢູ່ບ່ອນນີ້, ຊ່ວຍເບິ່ງແດ່:",
    "komodor": "இந்த helm கட்டளை cluster-ல் agent-ஐ நிறுவுகிறது, ஆனால் dashboard-ல் தெரியவில்லை:",
    "bamboo": "આ Bamboo બિલ્ડ લોગમાં deploy પગલું નિષ્ફળ જાય છે:",
    "gocd": "ଏହି cruise-config.xml ର server ଅଂଶ ଦେଖନ୍ତୁ, agent ରେଜିଷ୍ଟର ହେଉନାହିଁ:",
    "codefresh": "Codefresh CLI kontekstini yaratdım, amma pipeline-lar görünmür:",
    "cirrus": "Ин .cirrus.yml дар ARM контейнер кор намекунад. Лутфан санҷед:",
    "instaclustr": "Бул consumer.properties файлы менен Kafkaга туташа албай жатам:",
    "keboola": "Waxaan isku dayay inaan Keboola job ka socodsiiyo CLI-ga, laakiin wuu fashilmay:",
    "datafold": "Biko lelee workflow a, Datafold upload anaghị arụ ọrụ:",
    "bigeye": "Ẹ jọ̀ọ́, ẹ ṣàyẹ̀wò fáìlì bigeye.yaml yìí, ìsopọ̀ náà kò ṣiṣẹ́:",
    "alation": "Ndicela ujonge le fayile ye-.env, i-Alation API ayiphenduli:",
    "kestra": "Hierdie Kestra-vloei kan nie aan die databasis koppel nie. Kyk asseblief:",
    "dremio": "Azafady, jereo ity fikirakirana Dremio ity, tsy mety ny fifandraisana:",
    "greptime": "Telegraf ကနေ GreptimeDB ကို ဒေတာ မပို့နိုင်ဘူး။ config က ဒီလိုပါ:",
    "exasol": "Exasol-ക്ക് CSV ഇമ്പോർട്ട് ചെയ്യുമ്പോൾ കണക്ഷൻ പിശക് വരുന്നു:",
    "hana": "ဤ hdbuserstore အမိန့်များကို script ထဲမှ ဖယ်ရှားလိုပါသည်:",
    "instabug": "ఈ AppDelegate కోడ్‌లో టోకెన్‌ను Info.plist నుండి చదివేలా మార్చండి:",
    "backtrace": "ਇਹ minidump ਅੱਪਲੋਡ ਕਮਾਂਡ CI ਵਿੱਚ ਚੱਲਦੀ ਹੈ, ਕੀ ਇਹ ਠੀਕ ਹੈ?",
    "countly": "Flutter ඇප් එකේ Countly init කරන කොටස මෙයයි, key එක env එකට ගෙනියන්න:",
    "losant": "Losant ডিভাইস প্রমাণীকরণ ব্যর্থ হচ্ছে, কোডটি দেখুন:",
    "mender": "Mender client ने सर्वरशी जोडणी होत नाही. ही mender.conf फाइल आहे:",
    "cybersource": "Konfigurasi CyberSource ini untuk gateway pembayaran kami. Adakah sesuatu yang salah?",
    "moneris": "Ang PHP code na ito ay para sa Moneris. Bakit nagre-return ng 'Invalid API token'?",
    "marqeta": "Faili hili la .env lina vigezo vya Marqeta. Je, kuna tatizo?",
    "increase": "Ngiyacela uhlole le khodi ye-Increase, ukudluliselwa kwe-ACH kuyehluleka:",
    "aircall": "Aircall API-ի այս հարցումը աշխատում է, բայց ուզում եմ բանալին դուրս բերել script-ից:",
    "asterisk": "AMI-ს ეს კონფიგურაცია CRM-ის ხიდისთვისაა. უსაფრთხოა?",
    "freeswitch": "ESL-სთვის ეს event_socket.conf გვაქვს production-ზე:",
    "kannel": "Hii ni usanidi wa Kannel kwa SMSC ya MTN. SMS hazitumwi:",
    "addigy": "Questa è la configurazione di Addigy per lo script di inventario; funziona ma vorrei spostarla in Vault:",
    "datto": "Dit is het env-bestand van de Datto RMM-koppeling, kun je het omzetten naar Key Vault?",
    "leaseweb": "Este provider de Terraform para Leaseweb falha com 401. Alguma ideia?",
    "affirm": "Estas son las variables de Affirm en producción, ¿las movemos a Secrets Manager?",
    "buckaroo": "Diese Buckaroo-Variablen liegen noch im Repo, bitte nach Vault verschieben:",
    "maya": "Ito ang config ng Maya sa production, pakilipat sa AWS Secrets Manager:",
}


# ---------------------------------------------------------------------------------------------


def secrets(g: Gen) -> list[tuple[str, list[str], str]]:
    out: list[tuple[str, list[str], str]] = []

    def add(p: str, t: str, providers: list[str] | None = None) -> None:
        if p in PRE:
            t = PRE[p] + "\n\n" + (t if t.startswith(("$ ", "#", "[", "<")) else "```\n" + t + "\n```")
        out.append((f"holdout12:{p}", providers or [p], t))

    # ---- observability, SIEM, log shipping
    add("chronosphere", f"# otel-collector.yaml (gateway)\nexporters:\n  otlphttp/chronosphere:\n    endpoint: https://acme-prod.chronosphere.io/openmetrics\n    headers:\n      API-Token: {S(g.s(HEX, 64))}\n    compression: gzip\nservice:\n  pipelines:\n    metrics:\n      receivers: [prometheus]\n      exporters: [otlphttp/chronosphere]")
    add("cribl", terminal("curl -s -X POST https://main-fluffy-otter.cribl.cloud/api/v1/auth/login -d @creds.json; cat creds.json", f"{{\"token\":\"{S(g.jwt(dumps({'sub': 'admin', 'exp': 1795690000}, separators=(',', ':'))))}\",\"forcePasswordChange\":false}}\n{{\n  \"username\": \"{U('admin')}\",\n  \"password\": \"{S(g.password())}\"\n}}"), ["cribl", "jwt", "password"])
    add("fluentd", f"<match app.**>\n  @type forward\n  <security>\n    self_hostname fluent-agent-03\n    shared_key {S(g.mixed(ALNUM, 28))}\n  </security>\n  <server>\n    name aggregator\n    host 10.31.0.12\n    port 24224\n  </server>\n  <buffer>\n    flush_interval 5s\n  </buffer>\n</match>")
    add("graylog", f"Proč mi Graylog vrací 401? Token jsem vygeneroval včera v System → Users → Edit tokens.\n\n```bash\ncurl -u {S(g.s(LOWNUM, 52))}:token \\\n  -H 'X-Requested-By: cli' \\\n  'https://graylog.intra.brnosoft.cz/api/search/universal/relative?query=level:3&range=3600'\n```\n\nVe webu to funguje, z CLI ne.")
    add("humio", vsc_call("read_file", {"filePath": "/srv/vector/vector.toml", "startLine": 1, "endLine": 30}) + "\n" + vsc_result(f"[sources.journald]\ntype = \"journald\"\n\n[sinks.logscale]\ntype = \"humio_logs\"\ninputs = [\"journald\"]\nendpoint = \"https://cloud.community.humio.com\"\ntoken = \"{S(g.uuid())}\"\nencoding.codec = \"json\"\ncompression = \"gzip\""))
    add("lumigo", f"# serverless.yml\ncustom:\n  lumigo:\n    token: {S('t_' + g.s(HEX, 20))}\n    nodePackageManager: npm\nplugins:\n  - serverless-lumigo\nfunctions:\n  ingest:\n    handler: src/ingest.handler\n    timeout: 30")
    add("logicmonitor", f"A LogicMonitor collector nem küld adatot. A konfiguráció:\n\n```ini\n[lm]\ncompany = budaker\naccess_id = {g.mixed(ALNUM, 20)}\naccess_key = {S(g.mixed(ALNUM + '[]{{}}+=-_', 40))}\nlog_source = syslog-gw-02\n```\n\nA hibaüzenet: `HTTP 401 Authentication failed`. Mi lehet a baj?")
    add("middleware", f"FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci --omit=dev\nENV MW_API_KEY={S(g.s(LOWER, 32))}\nENV MW_TARGET=https://kbh21.middleware.io:443\nENV MW_SERVICE_NAME=checkout-api\nCMD [\"node\", \"-r\", \"@middleware.io/node-apm/register\", \"server.js\"]")
    add("last9", codex("grep -rn LAST9 deploy/ .env*", f"deploy/prometheus.yml:41:      password: {S(g.mixed(ALNUM, 32))}  # LAST9 remote_write\n.env.staging:3:LAST9_REMOTE_WRITE_USER={g.s(DIGITS, 6)}\n.env.staging:4:LAST9_REMOTE_WRITE_URL=https://app-tsdb.last9.io/v1/metrics/{g.s(HEX, 32)}/sender/acme/write"))
    add("dash0", f"helm upgrade --install dash0-operator dash0-operator/dash0-operator \\\n  --namespace dash0-system --create-namespace \\\n  --set operator.dash0Export.enabled=true \\\n  --set operator.dash0Export.endpoint=ingress.eu-west-1.aws.dash0.com:4317 \\\n  --set operator.dash0Export.token={S('auth_' + g.mixed(ALNUM, 40))} \\\n  --set operator.clusterName=prod-fra-1")
    add("baselime", f"Salut ! J'ai mis la clé Baselime directement dans le handler pour tester, tu peux la déplacer dans SSM ?\n\n```ts\nimport {{ BaselimeSDK }} from '@baselime/node-opentelemetry';\nconst sdk = new BaselimeSDK({{\n  baselimeKey: '{S(g.s(HEX, 40))}',\n  service: 'facturation-ingest',\n}});\nsdk.start();\n```")
    add("hyperdx", gemini("read_file", {"absolute_path": "/home/dev/obs/.env"}, f"HYPERDX_API_KEY={S(g.uuid())}\nOTEL_EXPORTER_OTLP_ENDPOINT=https://in-otel.hyperdx.io\nOTEL_SERVICE_NAME=ledger-worker\nLOG_LEVEL=info"))
    add("checkmk", f"$ curl -s -H 'Authorization: Bearer automation {S(g.s(UPPER + DIGITS, 32))}' \\\n    -H 'Accept: application/json' \\\n    'https://monitor.kvarnby.se/prod/check_mk/api/1.0/domain-types/host_config/collections/all' | jq '.value | length'\n412")
    add("icinga", f"// /etc/icinga2/conf.d/api-users.conf\nobject ApiUser \"director\" {{\n  password = \"{S(g.mixed(ALNUM, 22))}\"\n  permissions = [ \"*\" ]\n}}\n\nobject ApiUser \"{U('grafana-ro')}\" {{\n  password = \"{S(g.password())}\"\n  permissions = [ \"objects/query/*\", \"status/query\" ]\n}}")
    add("librenms", f"ईमेल अलर्ट के बजाय मैं LibreNMS API से सीधे डिवाइस सूची खींचना चाहता हूँ। यह स्क्रिप्ट देखिए:\n\n```python\nimport requests\nTOKEN = \"{S(g.s(HEX, 32))}\"\nr = requests.get(\"https://nms.punepower.in/api/v0/devices\", headers={{\"X-Auth-Token\": TOKEN}})\nprint(r.json()[\"count\"])\n```\n\nयह 502 देता है, क्या nginx timeout बढ़ाना होगा?")
    add("appoptics", f"[solarwinds_apm]\nservice_key = {S(g.mixed(ALNUM + '-_', 71))}:billing-batch\ncollector = apm.collector.na-01.cloud.solarwinds.com\nlog_level = 2")
    bp_app = g.s(HEX, 32)
    add("bigpanda", f"{{\n  \"kind\": \"incident-bridge\",\n  \"bigpanda\": {{\n    \"app_key\": \"{bp_app}\",\n    \"bearer_token\": \"{S(g.s(HEX, 32))}\",\n    \"endpoint\": \"https://integrations.bigpanda.io/oim/api/alerts\"\n  }},\n  \"dedupe_window_s\": 300\n}}")
    add("incidentio", amazonq("Why does my Terraform incident.io provider say unauthorized?", f"The provider is reading the key from the block below, and the value looks truncated when compared with the one in your `terraform.tfvars` (it is missing the last characters):\n\n```hcl\nprovider \"incident\" {{\n  api_key = \"{S('inc_live_' + g.mixed(ALNUM, 48))}\"\n}}\n```\n\nMove it to `INCIDENT_API_KEY` in the environment and remove it from version control; rotate it in Settings → API keys since it was committed."))
    add("hetrixtools", f"Bonjour, le monitoring HetrixTools n'apparaît plus dans Grafana depuis hier soir. La datasource est ainsi :\n\n    url: https://api.hetrixtools.com/v2/{S(g.s(HEX, 32))}/uptime/monitors/0/30/\n\nMerci d'avance !")
    add("crowdsec", shell("sudo cscli bouncers add nginx-edge-02", f"API key for 'nginx-edge-02':\n\n   {S(g.mixed(ALNUM, 32))}\n\nPlease keep this key since you will not be able to retrieve it!", prompt="root@edge-02:~# "))
    add("exabeam", f"# filebeat.yml -> Exabeam Cloud Collector\noutput.http:\n  hosts: [\"https://api.eu.exabeam.cloud/cloud-collectors/v1/logs/json\"]\n  headers:\n    Authorization: \"Token {S(g.s(LOWNUM, 48))}\"\n  ssl.verification_mode: full")
    add("arcsight", f"# /opt/arcsight/connectors/current/user/agent/agent.properties (excerpt)\nagents[0].destination[0].params=<?xml version\\=\"1.0\"?><ParameterValues><Parameter Name\\=\"host\" Value\\=\"esm.sec.ro-bank.local\"/><Parameter Name\\=\"port\" Value\\=\"8443\"/></ParameterValues>\nagents[0].destination[0].password={S(g.password())}\nagents[0].destination[0].username={U('smartconn_svc')}")
    add("logrhythm", terminal("Get-Content C:\\LogRhythm\\scripts\\ioc-sync.ps1 -TotalCount 12", f"$ErrorActionPreference = 'Stop'\n$LrApiToken = '{S(g.jwt(dumps({'uid': 'ioc-sync', 'rid': 'globalAdmin', 'iss': 'logrhythm'}, separators=(',', ':'))))}'\n$headers = @{{ Authorization = \"Bearer $LrApiToken\" }}\nInvoke-RestMethod -Uri 'https://lrapi.corp.local:8501/lr-admin-api/lists/' -Headers $headers"))
    add("chronicle", f"Chronicle ingestion fails with PERMISSION_DENIED after the service account rotation. The forwarder config:\n\n```yaml\noutput:\n  url: malachiteingestion-pa.googleapis.com:443\n  identity:\n    collector_id: {g.uuid()}\n    customer_id: {g.uuid()}\n    secret_key: |\n      {S(g.pem('PRIVATE KEY', 6).replace(chr(10), chr(10) + '      '))}\n```", ["chronicle", "pem"])
    add("devo", f"[devo]\naddress = collector-eu.devo.io\nport = 443\ndomain = sklep_prod\nchain = /etc/devo/chain.crt\napi_key = {g.s(LOWNUM, 32)}\napi_secret = {S(g.s(LOWNUM, 32))}\ntoken = {S(g.s(HEX, 32))}")
    add("darktrace", f"// darktrace_pull.go\nconst (\n\tdtHost    = \"https://dt-master.corp.local\"\n\tdtPublic  = \"{g.uuid()}\"\n\tdtPrivate = \"{S(g.uuid())}\"\n)\n\nfunc sign(path, ts string) string {{\n\tm := hmac.New(sha1.New, []byte(dtPrivate))\n\tm.Write([]byte(path + \"\\n\" + dtPublic + \"\\n\" + ts))\n\treturn hex.EncodeToString(m.Sum(nil))\n}}")
    cb_id = g.s(UPNUM, 10)
    add("carbonblack", f"[default]\nurl=https://defense-eu.conferdeploy.net\ntoken={S(g.s(UPNUM, 24))}/{cb_id}\norg_key=7DESJ9GN\nssl_verify=True")
    add("loganalytics", f"#!/usr/bin/env bash\n# Ship the nightly Kafka lag report to the Log Analytics workspace (HTTP Data Collector API)\nWORKSPACE_ID=\"{g.uuid()}\"\nSHARED_KEY=\"{S(g.b64(64))}\"\nLOG_TYPE=KafkaLag\nbody=$(cat lag.json)\ndate=$(date -u +\"%a, %d %b %Y %H:%M:%S GMT\")")
    add("fleetdm", f"# /etc/default/orbit\nORBIT_FLEET_URL=https://fleet.mesa-hq.io\nORBIT_ENROLL_SECRET={S(g.mixed(ALNUM, 32))}\nORBIT_ENABLE_SCRIPTS=true\nORBIT_UPDATE_URL=https://tuf.fleetctl.com")
    add("kolide", f"Katika usanidi wa osquery nimeweka hivi, lakini launcher haijiandikishi:\n\n```\n--hostname=k2device.kolide.com\n--enroll_secret={S(g.jwt(dumps({'organization': 'dar-labs', 'kid': g.s(HEX, 8)}, separators=(',', ':'))))}\n--transport=jsonrpc\n--root_directory=/var/kolide-k2/k2device.kolide.com\n```\n\nNaomba msaada.")
    add("logentries", hec({"severity": "warning", "message": "log shipper misconfigured, falling back to token input", "shipper": {"name": "r7-insight", "endpoint": "eu.data.logs.insight.rapid7.com:443", "token": "⟦SECRET|" + g.uuid() + "⟧"}}, "logshipper:json"))
    add("imperva", f"$ curl -s -X POST 'https://my.imperva.com/api/prov/v1/sites/purge' \\\n  -H 'x-API-Id: {g.s(DIGITS, 5)}' \\\n  -H 'x-API-Key: {S(g.uuid())}' \\\n  -d 'site_id=81472233'\n{{\"res\":0,\"res_message\":\"OK\"}}")
    add("fortinet", f"config system api-user\n    edit \"ansible-automation\"\n        set accprofile \"super_admin\"\n        set vdom \"root\"\n        config trusthost\n            edit 1\n                set ipv4-trusthost 10.50.0.0 255.255.0.0\n            next\n        end\n    next\nend\n# generated key: {S(g.s(ALNUM, 30))}\n# fortigate.yml -> ansible_httpapi_session_key: {{'access_token': '<see above>'}}")
    add("mist", f"Hola, el script de inventario de Mist (Juniper) se para con 403 en /api/v1/orgs. ¿Me ayudas?\n\n```python\nMIST_TOKEN = \"{S(g.mixed(ALNUM, 84))}\"\nORG = \"{g.uuid()}\"\nresp = requests.get(f\"https://api.eu.mist.com/api/v1/orgs/{{ORG}}/inventory\", headers={{\"Authorization\": f\"Token {{MIST_TOKEN}}\"}})\n```")
    add("aruba", f"central_info:\n  base_url: https://apigw-eucentral3.central.arubanetworks.com\n  client_id: {g.mixed(ALNUM, 32)}\n  client_secret: {S(g.mixed(ALNUM, 32))}\n  customer_id: {g.s(HEX, 32)}\n  username: {E('netops@vinhomes-dc.vn')}\n  password: {S(g.password())}\nssl_verify: true", ["aruba", "password"])
    add("arista", f"$ export CVP_TOKEN='{S(g.jwt(dumps({'did': 7391, 'dkd': 0, 'exp': 1798000000, 'reqd': 'ansible'}, separators=(',', ':'))))}'\n$ ansible-playbook -i inventory/cvaas.yml playbooks/provision.yml --limit leafs\nPLAY [Provision leaf switches] ********************************************\nTASK [arista.cvp.cv_device_v3] *********************************************\nok: [cvaas]")
    add("mikrotik", f"/user add name={U('backup-bot')} group=read password=\"{S(g.password())}\"\n/system scheduler add name=nightly-backup interval=1d on-event=\"/system backup save name=nightly; /tool fetch upload=yes url=\\\"sftp://10.88.1.5/backups/nightly.backup\\\" user=backup password=\\\"{S(g.mixed(ALNUM, 14))}\\\" src-path=nightly.backup\"", ["mikrotik", "password"])
    add("f5", f"- name: Pool member maintenance\n  hosts: localhost\n  vars:\n    provider:\n      server: bigip-dmz-01.corp.local\n      user: {U('ansible')}\n      password: \"{S(g.password())}\"\n      validate_certs: yes\n  tasks:\n    - f5networks.f5_modules.bigip_pool_member:\n        provider: \"{{{{ provider }}}}\"\n        pool: web_pool\n        host: 10.4.2.11\n        state: disabled")
    add("infoblox", f"Infoblox WAPI-ს ვიძახებ ასე, მაგრამ SSL შეცდომას მაძლევს:\n\n```\ncurl -k -u {U('ipam-sync')}:{S(g.password())} \"https://gm.tbilisi-dc.local/wapi/v2.12/record:a?name~=api\"\n```\n\nრა უნდა შევცვალო?", ["infoblox", "password"])
    add("elasticapm", vsc_call("replace_string_in_file", {"filePath": "/Users/dev/api/config/elastic-apm.js", "oldString": f"  secretToken: '{S(g.mixed(ALNUM, 24))}',", "newString": "  secretToken: process.env.ELASTIC_APM_SECRET_TOKEN,"}))

    # ---- Kubernetes, Terraform, configuration management
    add("kubernetes", terminal("kubeadm token create --print-join-command", f"kubeadm join 10.0.12.4:6443 --token {S(g.s(LOWNUM, 6) + '.' + g.s(LOWNUM, 16))} --discovery-token-ca-cert-hash sha256:{g.s(HEX, 64)}"))
    add("k3s", f"$ curl -sfL https://get.k3s.io | K3S_URL=https://10.10.0.2:6443 K3S_TOKEN={S('K10' + g.s(HEX, 64) + '::server:' + g.s(HEX, 32))} sh -\n[INFO]  Finding release for channel stable\n[INFO]  Using v1.31.2+k3s1 as release\n[INFO]  systemd: Starting k3s-agent")
    kube_sa = g.jwt(dumps({"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "monitoring", "kubernetes.io/serviceaccount/secret.name": "prom-reader-token", "sub": "system:serviceaccount:monitoring:prom-reader"}, separators=(",", ":")))
    add("kubernetes_sa", cline_cmd("kubectl -n monitoring get secret prom-reader-token -o jsonpath='{.data.token}' | base64 -d", S(kube_sa)), ["kubernetes", "jwt"])
    add("fluxcd", f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: flux-system\n  namespace: flux-system\ntype: Opaque\nstringData:\n  username: flux-bot\n  password: {S(g.password())}\n---\napiVersion: source.toolkit.fluxcd.io/v1\nkind: GitRepository\nmetadata:\n  name: flux-system\n  namespace: flux-system\nspec:\n  url: https://github.com/lumen-ops/fleet-infra\n  secretRef:\n    name: flux-system", ["fluxcd", "password"])
    add("kubecost", f"# values-kubecost.yaml\nkubecostToken: \"{S(b64('platform@taupo-freight.co.nz:' + g.s(HEX, 12)))}\"\nglobal:\n  prometheus:\n    enabled: false\n    fqdn: http://prometheus-server.monitoring.svc:80\nkubecostProductConfigs:\n  productKey:\n    key: \"{S(g.s(UPNUM, 24))}\"\n    enabled: true")
    add("komodor", f"$ helm repo add komodorio https://helm-charts.komodor.io\n$ helm upgrade --install komodor-agent komodorio/komodor-agent \\\n    --set apiKey={S(g.uuid())} \\\n    --set clusterName=gke-eu-west4-prod \\\n    --wait --timeout=90s --namespace komodor --create-namespace\nRelease \"komodor-agent\" has been upgraded. Happy Helming!")
    add("atlantis", f"# atlantis-values.yaml\norgAllowlist: github.com/harbourline/*\ngithub:\n  user: {U('harbourline-atlantis')}\n  token: ${{ATLANTIS_GH_TOKEN}}\n  secret: {S(g.s(HEX, 40))}\nrepoConfig: |\n  repos:\n  - id: /.*/\n    apply_requirements: [approved, mergeable]", ["atlantis"])
    add("env0", f"env0 API-kallet mitt feiler med 401. Hva er galt?\n\n```bash\nexport ENV0_API_KEY={g.s(LOWNUM, 16)}\nexport ENV0_API_SECRET={S(g.mixed(ALNUM + '-_', 32))}\ncurl -u \"$ENV0_API_KEY:$ENV0_API_SECRET\" https://api.env0.com/organizations\n```")
    add("awx", f"$ awx --conf.host https://awx.ops.pietra.it --conf.token {S(g.mixed(ALNUM, 30))} job_templates launch 'Patch Linux fleet' --monitor\n------Starting Standard Out Stream------\nPLAY [Apply security updates] **************************\nTASK [Gathering Facts] *********************************\nok: [web-01.pietra.it]")
    add("chef", f"# ~/.chef/config.rb\nnode_name       '{U('kaveh.ops')}'\nclient_key      \"#{{current_dir}}/kaveh.ops.pem\"\nchef_server_url 'https://chef.fabrika.kz/organizations/ops'\ncookbook_path   [\"#{{current_dir}}/../cookbooks\"]\n\n$ cat ~/.chef/kaveh.ops.pem\n{S(g.pem('RSA PRIVATE KEY', 7))}", ["chef", "pem"])
    tf_pw = g.password()
    add("password_tfstate", codex("jq '.resources[] | select(.type==\"aws_db_instance\") | .instances[0].attributes | {identifier, username, password, endpoint}' terraform.tfstate", f"{{\n  \"identifier\": \"payments-pg\",\n  \"username\": \"{U('pgadmin')}\",\n  \"password\": \"{S(tf_pw)}\",\n  \"endpoint\": \"payments-pg.c9xw1k2aq8zd.eu-central-1.rds.amazonaws.com:5432\"\n}}"), ["password"])
    add("password_tfplan", f"Terraform will perform the following actions:\n\n  # azurerm_mssql_server.billing will be created\n  + resource \"azurerm_mssql_server\" \"billing\" {{\n      + administrator_login          = \"{U('sqladmin')}\"\n      + administrator_login_password = \"{S(g.password())}\"\n      + fully_qualified_domain_name  = (known after apply)\n      + location                     = \"westeurope\"\n      + name                         = \"billing-sql-weu\"\n      + version                      = \"12.0\"\n    }}\n\nPlan: 1 to add, 0 to change, 0 to destroy.", ["password"])
    add("password_ansible_vault", f"Ansible vault-parolimni shu yerda qoldirdim, CI ishlayaptimi tekshirib ko'rasizmi?\n\n```\n$ cat .vault_pass\n{S(g.password())}\n$ ansible-playbook site.yml --vault-password-file .vault_pass -i inventories/toshkent\n```", ["password"])

    # ---- CI/CD
    add("bamboo", f"build 20-Nov-2026 10:41:07  Executing task 'Deploy artifact'\nbuild 20-Nov-2026 10:41:07  curl -H \"Authorization: Bearer {S(g.mixed(ALNUM, 44))}\" -X POST https://bamboo.corp.local/rest/api/latest/queue/OPS-DEPLOY\nbuild 20-Nov-2026 10:41:08  {{\"planKey\":\"OPS-DEPLOY\",\"buildNumber\":418}}")
    add("concourse", f"# credentials.yml for fly set-pipeline -l\ngit-private-key: |\n  {S(g.openssh().replace(chr(10), chr(10) + '  '))}\nregistry-password: {S(g.mixed(ALNUM, 24))}\nslack-webhook: https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX", ["concourse", "pem", "password"])
    add("gocd", f"<server agentAutoRegisterKey=\"{S(g.uuid())}\" webhookSecret=\"{S(g.uuid())}\" serverId=\"{g.uuid()}\" tokenGenerationKey=\"{S(g.uuid())}\">\n  <security>\n    <authConfigs>\n      <authConfig id=\"ldap\" pluginId=\"cd.go.authentication.ldap\" />\n    </authConfigs>\n  </security>\n</server>")
    add("codefresh", f"$ codefresh auth create-context --api-key {S(g.s(HEX, 24) + '.' + g.s(HEX, 32))}\nContext: default created\n$ codefresh get pipelines | head -3\nNAME                          UPDATED\nwarehouse/ingest-kafka        3 days ago")
    add("cirrus", f"env:\n  CIRRUS_CLONE_DEPTH: 1\n  SONAR_TOKEN: ENCRYPTED[{g.s(HEX, 96)}]\n  DOCKER_PASSWORD: {S(g.mixed(ALNUM, 26))}\n\ntask:\n  name: build-arm\n  arm_container:\n    image: golang:1.23\n  script: make release")
    add("appcenter", f"Tolong bantu. Pipeline CodePush saya gagal dengan \"Unauthorized\":\n\n```\nappcenter codepush release-react -a toko-rinjani/kasir-android -d Production --token {S(g.s(HEX, 40))}\n```\n\nToken ini baru saya buat di App Center kemarin.")
    add("buddy", f"- pipeline: \"deploy-edge\"\n  actions:\n  - action: \"Upload to S3\"\n    type: \"AMAZON_S3\"\n    integration_hash: \"{g.s(LOWNUM, 20)}\"\n  - action: \"Notify\"\n    type: \"HTTP\"\n    url: \"https://api.buddy.works/workspaces/zephyr/projects/edge/pipelines/41/executions\"\n    headers:\n      Authorization: \"Bearer {S(g.mixed(ALNUM, 40))}\"")
    add("earthly", shell("earthly account create-token ci-runner --expiry 2027-01-01", f"created token \"ci-runner\" which will expire in 2027-01-01 00:00:00 +0000 UTC; save this token somewhere, you can't view it again.\n{S(g.s(LOWNUM, 16) + '.' + g.mixed(ALNUM, 40))}"))
    add("deployhq", f"[2026-11-21 08:03:12] POST https://limpopo-ag.deployhq.com/projects/portal/deployments\n[2026-11-21 08:03:12] auth: {E('ci@limpopo-ag.co.za')} / {S(g.s(LOWNUM, 40))}\n[2026-11-21 08:03:13] 201 Created deployment 4412")
    add("coolify", f"name: deploy\non: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n          curl -s -X GET \"https://coolify.sudstack.ro/api/v1/deploy?uuid=k8s0gw4&force=false\" \\\n            -H \"Authorization: Bearer {S(str(g.rng.randint(1, 40)) + '|' + g.mixed(ALNUM, 40))}\"")
    add("koyeb", f"Koyeb'de deploy sırasında `401 invalid token` alıyorum. Actions tarafında şöyle:\n\n```yaml\n- uses: koyeb-community/koyeb-actions@v2\n  with:\n    api_token: {S(g.s(LOWNUM, 64))}\n```\n\nSecret'ı doğrudan yazdım çünkü secrets çalışmıyordu.")
    add("caprover", f"$ caprover deploy -h https://captain.apps.kinshasa-tech.cd -p '{S(g.password())}' -a invoice-api -b main\nPreparing deployment to CapRover...\nBuild started for invoice-api\nDeployed successfully invoice-api", ["caprover", "password"])
    add("github_actions_log", f"2026-11-20T11:02:44.1837211Z ##[group]Run docker/login-action@v3\n2026-11-20T11:02:44.1838007Z with:\n2026-11-20T11:02:44.1838390Z   registry: registry.gitlab.example.internal\n2026-11-20T11:02:44.1838821Z   username: {U('deploy-bot')}\n2026-11-20T11:02:44.1839250Z   password: {S(g.mixed(ALNUM, 20))}\n2026-11-20T11:02:44.1839611Z   logout: true\n2026-11-20T11:02:44.1840004Z ##[endgroup]\n2026-11-20T11:02:45.5529113Z Login Succeeded!", ["password"])

    # ---- streams, data pipelines, databases
    add("instaclustr", f"bootstrap.servers=kafka-3f12.cnodes.io:9093\nsecurity.protocol=SASL_SSL\nsasl.mechanism=SCRAM-SHA-256\nsasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\"{U('ickafka')}\" password=\"{S(g.s(HEX, 32))}\";\nssl.truststore.location=/etc/kafka/truststore.jks")
    add("conduktor", f"# platform-config.yaml\ndatabase:\n  url: postgresql://{U('conduktor')}:{S(g.password())}@pg.internal:5432/conduktor\nadmin:\n  email: {E('kafka-admins@nordljus.fi')}\n  password: {S(g.password())}\nlicense: \"{S(g.jwt(dumps({'org': 'nordljus', 'plan': 'enterprise'}, separators=(',', ':'))))}\"", ["conduktor", "password", "jwt"])
    add("decodable", f"$ decodable secret create --name kinesis-sk --value '{S(g.mixed(ALNUM + '/+', 40))}'\nCreated secret kinesis-sk (id 3a9f81c2)\n$ cat ~/.decodable/auth\nversion: 1.0.0\ntokens:\n  default:\n    access_token: {S(g.s(B64URL, 43))}\n    refresh_token: {S(g.s(B64URL, 43))}", ["decodable"])
    add("materialize", f"Materialize के app password से psql जोड़ते समय SSL त्रुटि आ रही है:\n\n```\npsql \"postgres://{E('svc-ingest@kolhapur-dairy.in').replace('@', '%40')}:{S('mzp_' + g.s(HEX, 64))}@g2x7p4.eu-west-1.aws.materialize.cloud:6875/materialize?sslmode=require\"\n```")
    add("hivemq", f"#include <PubSubClient.h>\nconst char* mqtt_server = \"9f2c41aa0b3e4d1c.s1.eu.hivemq.cloud\";\nconst int   mqtt_port   = 8883;\nconst char* mqtt_user   = \"{U('greenhouse-node-07')}\";\nconst char* mqtt_pass   = \"{S(g.password())}\";\n\nvoid reconnect() {{\n  while (!client.connected()) {{\n    client.connect(\"gh-07\", mqtt_user, mqtt_pass);\n  }}\n}}")
    add("emqx", f"$ curl -u {g.s(HEX, 16)}:{S(g.mixed(ALNUM, 57))} -X GET 'https://n1a2b3c4.ala.eu-central-1.emqxsl.com:8443/api/v5/clients?limit=2'\n{{\"meta\":{{\"count\":2}},\"data\":[{{\"clientid\":\"meter-4412\",\"connected\":true}},{{\"clientid\":\"meter-4413\",\"connected\":false}}]}}")
    add("lenses", f"lenses.secret.file=/mnt/secrets/security.conf\nlenses.kafka.brokers=\"SASL_SSL://b-1.msk.internal:9096\"\nlenses.kafka.settings.client.sasl.jaas.config=\"org.apache.kafka.common.security.scram.ScramLoginModule required username='{U('lenses')}' password='{S(g.password())}';\"\nlenses.security.user=admin\nlenses.security.password={S(g.mixed(ALNUM, 18))}", ["lenses", "password"])
    add("axual", f"Hallo, de consumer van Axual geeft `SaslAuthenticationException`. Config:\n\n```java\nprops.put(\"sasl.jaas.config\", \"org.apache.kafka.common.security.scram.ScramLoginModule required username=\\\"{U('dijkstra-erp-prod')}\\\" password=\\\"{S(g.mixed(ALNUM, 30))}\\\";\");\nprops.put(\"bootstrap.servers\", \"bootstrap-axual-eu.axual.cloud:9094\");\n```")
    add("airbyte", vsc_call("create_file", {"filePath": "/home/dev/elt/terraform/airbyte.tf", "content": f"provider \"airbyte\" {{\n  server_url    = \"https://api.airbyte.com/v1\"\n  client_id     = \"{g.uuid()}\"\n  client_secret = \"{S(g.mixed(ALNUM, 32))}\"\n}}\n\nresource \"airbyte_connection\" \"pg_to_bq\" {{\n  name           = \"orders pg -> bq\"\n  source_id      = airbyte_source_postgres.orders.source_id\n  destination_id = airbyte_destination_bigquery.dwh.destination_id\n}}\n"}))
    add("hevo", f"HEVO_API_KEY={g.s(UPNUM, 20)}\nHEVO_API_SECRET={S(g.s(HEX, 32))}\nHEVO_REGION=asia\n# pipelines paused every Sunday 02:00 IST by the ops cron")
    add("meltano", f"plugins:\n  extractors:\n  - name: tap-postgres\n    config:\n      host: 10.12.0.30\n      port: 5432\n      user: {U('meltano_ro')}\n      password: {S(g.password())}\n      database: crm\n  loaders:\n  - name: target-snowflake\n    config:\n      account: dk31551.eu-west-1\n      user: MELTANO\n      password: {S(g.mixed(ALNUM, 24))}", ["meltano", "password"])
    add("matillion", f"Matillion API-n kautta yritän käynnistää jobin, mutta saan virheen 403.\n\n```\ncurl -X POST -u {U('api-user')}:{S(g.password())} \\\n  https://etl.lumivaara.fi/rest/v1/group/name/Lumivaara/project/name/DWH/version/name/default/job/name/load_orders/run?environmentName=prod\n```\n\nKäyttäjällä pitäisi olla oikeudet.", ["matillion", "password"])
    add("census", f"Census sync trigger in the nightly Airflow DAG:\n\n```python\nCENSUS_SECRET = \"{S('secret-token:' + g.mixed(ALNUM, 32))}\"\nrequests.post(\"https://app.getcensus.com/api/v1/syncs/88213/trigger\", headers={{\"Authorization\": f\"Bearer {{CENSUS_SECRET}}\"}})\n```")
    add("hightouch", dumps({"name": "trigger-hightouch-sync", "image": "curlimages/curl:8.10.1", "args": ["-X", "POST", "https://api.hightouch.com/api/v1/syncs/trigger", "-H", "Authorization: Bearer ⟦SECRET|" + g.uuid() + "⟧", "-d", "{\"syncSlug\":\"orders-to-braze\"}"]}, indent=2))
    add("keboola", f"$ export KBC_STORAGE_TOKEN={S(str(g.rng.randint(100, 9999)) + '-' + str(g.rng.randint(10000, 999999)) + '-' + g.mixed(ALNUM, 40))}\n$ kbc remote job run --branch main keboola.snowflake-transformation/1182733\nJob 98144120 created, status: processing")
    add("datafold", f"# .github/workflows/datafold.yml\n      - name: Upload dbt artifacts to Datafold\n        run: datafold dbt upload --ci-config-id 412 --run-type pull_request --commit-sha ${{{{ github.sha }}}}\n        env:\n          DATAFOLD_APIKEY: {S(g.mixed(ALNUM, 40))}")
    add("montecarlo", f"[montecarlo]\nmcd_id = {g.s(HEX, 32)}\nmcd_token = {S(g.mixed(ALNUM, 80))}\n# rotated by: {P('Ifeoma Chukwuemeka')} 2026-11-03")
    add("bigeye", f"# bigeye.yaml\napi_conf:\n  base_url: https://app.bigeye.com\n  api_key: {S('bge_' + g.s(HEX, 48))}\nworkspace_id: 1042\ntable_deployments:\n  - fq_table_name: dwh.analytics.fct_orders")
    add("atlan", f"Атлан SDK-ны Jupyter-де іске қосқанда 403 қатесі шығады:\n\n```python\nimport os\nos.environ[\"ATLAN_BASE_URL\"] = \"https://almaty-data.atlan.com\"\nos.environ[\"ATLAN_API_KEY\"] = \"{S(g.jwt(dumps({'sub': g.uuid(), 'typ': 'Bearer', 'azp': 'atlan-argo'}, separators=(',', ':'))))}\"\nfrom pyatlan.client.atlan import AtlanClient\nclient = AtlanClient()\n```")
    add("alation", f"ALATION_HOST=https://alation.corp.local\nALATION_USER_ID=412\nALATION_REFRESH_TOKEN={S(g.mixed(ALNUM, 86))}\nALATION_API_ACCESS_TOKEN={S(g.mixed(ALNUM + '-_', 86))}")
    add("collibra", f"collibra:\n  url: https://ostrava-bank.collibra.com\n  username: {U('svc_lineage')}\n  password: \"{S(g.password())}\"\n  harvester:\n    schedule: \"0 2 * * *\"\n    lineage_sources: [snowflake, tableau]", ["collibra", "password"])
    add("datahub", f"source:\n  type: kafka\n  config:\n    connection:\n      bootstrap: \"broker:9092\"\nsink:\n  type: datahub-rest\n  config:\n    server: \"https://datahub.lagos-fintech.ng/gms\"\n    token: \"{S(g.jwt(dumps({'actorType': 'USER', 'actorId': 'ingest-bot', 'type': 'PERSONAL', 'version': '2'}, separators=(',', ':'))))}\"")
    add("gxcloud", f"$ export GX_CLOUD_ORGANIZATION_ID={g.uuid()}\n$ export GX_CLOUD_ACCESS_TOKEN={S(g.s(HEX, 32) + '.' + g.s(HEX, 64))}\n$ python checkpoints/run_orders.py\nCalculating Metrics: 100%|██████████| 21/21 [00:02<00:00,  9.17it/s]\nsuccess: True")
    add("hex", f"Hex API-დან ნოუთბუქის გაშვება მინდა GitHub Actions-იდან:\n\n```bash\ncurl -X POST https://app.hex.tech/api/v1/project/{g.uuid()}/run \\\n  -H \"Authorization: Bearer {S('hxtw_' + g.s(HEX, 72))}\" \\\n  -H 'Content-Type: application/json' -d '{{\"inputParams\":{{\"region\":\"GE\"}}}}'\n```")
    add("mode", f"mode_token = \"{g.s(HEX, 12)}\"\nmode_secret = \"{S(g.s(HEX, 48))}\"\nauth = HTTPBasicAuth(mode_token, mode_secret)\nr = requests.get(\"https://app.mode.com/api/kalahari/reports/7f4d2a/runs\", auth=auth)")
    add("cube", f"# .env for cube.js\nCUBEJS_DB_TYPE=postgres\nCUBEJS_DB_HOST=pg-replica.internal\nCUBEJS_DB_USER={U('cube_ro')}\nCUBEJS_DB_PASS={S(g.password())}\nCUBEJS_API_SECRET={S(g.s(HEX, 64))}\nCUBEJS_DEV_MODE=false", ["cube", "password"])
    add("astronomer", f"$ astro login astronomer.io --token-login {S(g.jwt(dumps({'https://astronomer.io/jwt/deployment_id': 'clp9x2', 'iss': 'https://api.astronomer.io', 'scope': 'deployment'}, separators=(',', ':'))))}\nSuccessfully authenticated to Astronomer\n$ astro deploy clp9x2 -f\nAuthenticated to Astronomer\nBuilding image...")
    add("kestra", f"id: sync-ledger\nnamespace: finance.prod\ntasks:\n  - id: extract\n    type: io.kestra.plugin.jdbc.postgresql.Query\n    url: jdbc:postgresql://10.30.1.4:5432/ledger\n    username: {U('kestra')}\n    password: \"{S(g.password())}\"\n    sql: SELECT * FROM journal WHERE posted_at > '{{{{ trigger.date }}}}'", ["kestra", "password"])
    add("imply", f"$ curl -X POST 'https://pakkausvaunu.eu-central-1.aws.api.imply.io/v1/projects/{g.uuid()}/events/clickstream' \\\n   -H 'Authorization: Basic {S(b64('apikey:pok_' + g.mixed(ALNUM, 50)))}' \\\n   -d @events.ndjson\n{{\"failed\":0,\"total\":1000}}")
    add("firebolt", f"from firebolt.client.auth import ClientCredentials\nfrom firebolt.db import connect\n\nconn = connect(\n    auth=ClientCredentials(\"{g.mixed(ALNUM, 32)}\", \"{S(g.mixed(ALNUM + '-_', 64))}\"),\n    account_name=\"ptt-analytics\",\n    engine_name=\"ingest_engine\",\n    database=\"telemetry\",\n)")
    add("dremio", f"[dremio]\nhost = dremio.lake.internal\nport = 32010\nusername = {U('arrow_flight_svc')}\ntoken = {S(g.b64(48))}\ntls = true")
    add("cratedb", f"Crate-ஐ Grafana-வில் இணைக்கும் போது \"password authentication failed\" வருகிறது. என் datasource:\n\n```yaml\n- name: CrateDB\n  type: postgres\n  url: chennai-iot.aks1.westeurope.azure.cratedb.net:5432\n  user: {U('admin')}\n  secureJsonData:\n    password: \"{S(g.mixed(ALNUM, 24))}\"\n```")
    add("couchbase", f"  File \"/app/sync/capella.py\", line 22, in connect\n    cluster = Cluster(\"couchbases://cb.zx9p1q3r.cloud.couchbase.com\", ClusterOptions(PasswordAuthenticator(\"{U('sync_gateway')}\", \"{S(g.password())}\")))\ncouchbase.exceptions.AuthenticationException: <ec=6, category=couchbase.common, message=authentication_failure (6)>", ["couchbase", "password"])
    add("arangodb", f"ARANGO_URL=https://4a19c0e7b2d3.arangodb.cloud:8529\nARANGO_USER={U('root')}\nARANGO_ROOT_PASSWORD={S(g.mixed(ALNUM, 20))}\nARANGO_DB=fraud_graph")
    add("edgedb", f"$ edgedb instance credentials -I acme/orders --json\n{{\n  \"host\": \"orders--acme.c-73.i.aws.edgedb.cloud\",\n  \"port\": 5656,\n  \"user\": \"{U('edgedb')}\",\n  \"database\": \"edgedb\",\n  \"secret_key\": \"{S('nbwt_' + g.jwt(dumps({'edb.i': ['acme/orders'], 'edb.r.all': True}, separators=(',', ':'))))}\"\n}}")
    add("greptime", f"[[outputs.influxdb_v2]]\n  urls = [\"https://ap-southeast-1.aws.greptime.cloud/v1/influxdb\"]\n  organization = \"\"\n  bucket = \"kl_sensors\"\n  token = \"{U('telegraf')}:{S(g.mixed(ALNUM, 24))}\"")
    add("mariadb", f"$ mariadb-dump -h mariadb-primary.db.svc -u {U('backup')} -p'{S(g.password())}' --single-transaction --routines inventory | gzip > /backups/inventory-$(date +%F).sql.gz\nmariadb-dump: Deprecated program name. It will be removed in a future release, use '/usr/bin/mariadb-dump' instead", ["mariadb", "password"])
    add("exasol", f"import pyexasol\nC = pyexasol.connect(dsn='exa-cluster.brno.local:8563', user='{U('ETL_LOAD')}', password='{S(g.password())}', schema='STAGE', encryption=True)\nC.import_from_file('daily_sales.csv', ('STAGE', 'DAILY_SALES'))", ["exasol", "password"])
    add("hana", f"# hdbuserstore list\nDATA FILE       : /usr/sap/hdbclient/.hdb/erp01/SSFS_HDB.DAT\n\n$ hdbuserstore SET BWLOAD hana-prd.corp.local:30015 {U('BW_LOADER')} {S(g.password())}\n$ hdbsql -U BWLOAD \"SELECT COUNT(*) FROM SAPABAP1.VBAK\"\nCOUNT(*)\n18233091", ["hana", "password"])
    add("flyway", f"flyway.url=jdbc:postgresql://pg-prod.internal:5432/billing\nflyway.user={U('flyway_migrator')}\nflyway.password={S(g.password())}\nflyway.licenseKey={S('FL01' + g.s(HEXU, 60))}\nflyway.locations=filesystem:sql/migrations", ["flyway", "password"])
    add("liquibase", f"Liquibase Pro khởi chạy báo lỗi license. File liquibase.properties của tôi:\n\n```properties\nchangeLogFile=db/changelog/db.changelog-master.yaml\nurl=jdbc:oracle:thin:@//ora-prd.hanoi.local:1521/ERPPDB\nusername={U('LB_DEPLOY')}\npassword={S(g.password())}\nliquibase.licenseKey={S(g.b64(96))}\n```", ["liquibase", "password"])
    add("bytebase", f"$ curl -s https://bytebase.bcn-salut.cat/v1/auth/login -d '{{\"email\":\"{E('api-sa@service.bytebase.com')}\",\"password\":\"{S('bbs_' + g.mixed(ALNUM, 20))}\",\"web\":false}}'\n{{\"token\":\"{S(g.jwt(dumps({'name': 'api-sa', 'aud': ['bb.user.access.sa'], 'iss': 'bytebase'}, separators=(',', ':'))))}\"}}", ["bytebase", "jwt"])

    # ---- mobile crash reporting, IoT
    add("instabug", f"// AppDelegate.swift\nimport Instabug\n\nfunc application(_ application: UIApplication, didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]?) -> Bool {{\n    Instabug.start(withToken: \"{S(g.s(HEX, 32))}\", invocationEvents: [.shake, .screenshot])\n    return true\n}}")
    add("embrace", f"# Upload dSYMs to Embrace in the Xcode build phase\nEMBRACE_ID=k8Q2z\nEMBRACE_TOKEN={S(g.s(HEX, 32))}\n\"${{PODS_ROOT}}/EmbraceIO/run.sh\" -- ${{EMBRACE_ID}} ${{EMBRACE_TOKEN}}")
    add("bitdrift", f"Bitdrift SDK ते Android मध्ये सुरू करताना crash होतो. कोड असा आहे:\n\n```kotlin\nLogger.start(\n    apiKey = \"{S(g.b64(66, urlsafe=True).rstrip('='))}\",\n    sessionStrategy = SessionStrategy.Fixed(),\n)\n```\n\nलॉग मध्ये `invalid api key` दिसतं.")
    add("backtrace", f"$ curl -v --data-binary @crash.dmp 'https://submit.backtrace.io/harborpay/{S(g.s(HEX, 64))}/minidump'\n> POST /harborpay/... HTTP/2\n< HTTP/2 200\n{{\"response\":\"ok\",\"_rxid\":\"0300000000a47c11\"}}")
    add("countly", f"Countly.init(\n  CountlyConfig(\n    appKey: '{S(g.s(HEX, 40))}',\n    serverURL: 'https://analytics.yangon-mart.com.mm',\n  )..setLoggingEnabled(false),\n);")
    add("emergetools", f"# fastlane/Fastfile\nlane :upload_size do\n  emerge(\n    api_token: '{S(g.mixed(ALNUM, 32))}',\n    file_path: 'build/Koala.xcarchive.zip',\n    build_type: 'release'\n  )\nend")
    add("blynk", f"#define BLYNK_TEMPLATE_ID \"TMPL4xQ2rB9mZ\"\n#define BLYNK_TEMPLATE_NAME \"Pump Controller\"\n#define BLYNK_AUTH_TOKEN \"{S(g.mixed(ALNUM + '-_', 32))}\"\n\n#include <BlynkSimpleEsp32.h>\nchar ssid[] = \"FarmShed-2G\";\nchar pass[] = \"{S(g.password())}\";", ["blynk", "password"])
    add("arduinocloud", f"$ arduino-cloud-cli credentials init --client-id {g.mixed(ALNUM, 32)} --client-secret {S(g.mixed(ALNUM, 64))}\nCredentials file successfully initialized at: /home/pi/.arduino15/arduino-cloud-credentials.yaml")
    add("balena", f"balena login --token {S(g.mixed(ALNUM, 32))}\nbalena push kioskfleet-sg\n[Info]  Starting build for kioskfleet-sg, user {U('jwtan')}\n[Info]  Dashboard link: https://dashboard.balena-cloud.com/apps/2134412/devices")
    add("golioth", f"# prj.conf additions for the gateway board\nCONFIG_GOLIOTH_SAMPLE_PSK_ID=\"gw-ngong-03@nairobi-water\"\nCONFIG_GOLIOTH_SAMPLE_PSK=\"{S(g.mixed(ALNUM, 24))}\"\nCONFIG_GOLIOTH_FIRMWARE_SDK=y\nCONFIG_NET_L2_OPENTHREAD=n")
    add("hologram", f"Hologram ki sim card ka data usage nikalna tha, ye curl chalaya:\n\n```\ncurl --user apikey:{S(g.s(LOWNUM, 32))} 'https://dashboard.hologram.io/api/1/usage/data?orgid=41221&timestart=1795000000'\n```\n\nPar response khaali aa raha hai, kya orgid galat hai?")
    add("losant", f"const losant = require('losant-rest');\nconst client = losant.createClient();\nawait client.auth.authenticateDevice({{ credentials: {{\n  deviceId: '{g.s(HEX, 24)}',\n  key: '{g.uuid()}',\n  secret: '{S(g.s(HEX, 64))}'\n}}}});")
    add("mender", f"$ cat /etc/mender/mender.conf\n{{\n  \"ServerURL\": \"https://eu.hosted.mender.io\",\n  \"TenantToken\": \"{S(g.jwt(dumps({'mender.tenant': g.s(HEX, 24), 'iss': 'Mender', 'sub': g.s(HEX, 24)}, separators=(',', ':'))))}\",\n  \"UpdatePollIntervalSeconds\": 1800,\n  \"InventoryPollIntervalSeconds\": 28800\n}}")
    add("memfault", f"Memfault project key prj.conf mein daal di, phir bhi chunk upload 401 de raha hai:\n\n```\nCONFIG_MEMFAULT_NCS_PROJECT_KEY=\"{S(g.s(HEX, 32))}\"\nCONFIG_MEMFAULT_NCS_DEVICE_ID_IMEI=y\n```")
    add("chirpstack", f"# chirpstack-rest-api forwarder\nCHIRPSTACK_SERVER=chirpstack.lora.kumasi-agri.com:8080\nCHIRPSTACK_API_TOKEN={S(g.jwt(dumps({'aud': 'chirpstack', 'iss': 'chirpstack', 'sub': g.uuid(), 'typ': 'key'}, separators=(',', ':'))))}\n# device app keys are provisioned via OTAA, see devices.csv")
    add("datacake", f"Datacake GraphQL-ը կանչում եմ այսպես, բայց `Not authenticated` եմ ստանում.\n\n```js\nfetch('https://api.datacake.co/graphql/', {{\n  method: 'POST',\n  headers: {{ Authorization: 'Token {S(g.s(HEX, 40))}' }},\n  body: JSON.stringify({{ query: '{{ allDevices {{ id verboseName }} }}' }})\n}})\n```")
    esph = g.b64(32)
    add("esphome", f"esphome:\n  name: boiler-room\n\napi:\n  encryption:\n    key: \"{S(esph)}\"\n\nota:\n  - platform: esphome\n    password: \"{S(g.s(HEX, 32))}\"\n\nwifi:\n  ssid: \"Kotelna\"\n  password: \"{S(g.password())}\"", ["esphome", "password"])
    add("emnify", f"import requests\n# emnify application token from the portal (Integrations -> Application tokens)\nAPP_TOKEN = \"{S(g.jwt(dumps({'esc.app': 4471, 'esc.appsecret': g.uuid(), 'iss': 'spc-frontend'}, separators=(',', ':'))))}\"\nauth = requests.post(\"https://cdn.emnify.net/api/v1/authenticate\", json={{\"application_token\": APP_TOKEN}}).json()")
    fw = ", ".join("0x" + g.s(HEXU, 2) for _ in range(16))
    add("generic_fw_key", f"/* firmware/src/secrets.c -- generated by provision.py, DO NOT COMMIT */\n#include <stdint.h>\n\nconst uint8_t LORAWAN_APP_KEY[16] = {{ {S(fw)} }};\nconst uint8_t DEV_EUI[8] = {{ 0x70, 0xB3, 0xD5, 0x7E, 0xD0, 0x05, 0x1A, 0x2C }};\nconst char *OTA_HMAC_HEX = \"{S(g.s(HEX, 64))}\";", ["generic"])

    # ---- payments and telecom back offices
    add("cybersource", f"cybersource:\n  merchantID: bancoandino_ecom\n  runEnvironment: api.cybersource.com\n  authenticationType: http_signature\n  merchantKeyId: {g.uuid()}\n  merchantsecretKey: {S(g.b64(32))}")
    add("bluesnap", f"$ curl -s -u '{U('API_1718833022144')}:{S(g.password())}' https://ws.bluesnap.com/services/2/transactions/1048822211\n<card-transaction><transaction-type>AUTH_CAPTURE</transaction-type><amount>49.00</amount></card-transaction>", ["bluesnap", "password"])
    add("clover", f"Clover REST ile siparişleri çekiyorum ama 401 dönüyor:\n\n```\nGET https://api.eu.clover.com/v3/merchants/{g.s(UPNUM, 13)}/orders?limit=100\nAuthorization: Bearer {S(g.uuid())}\n```")
    add("moneris", f"<?php\n$store_id = 'monca02231';\n$api_token = '{S(g.mixed(ALNUM, 20))}';\n$txnArray = ['type' => 'purchase', 'order_id' => 'ord-' . time(), 'amount' => '14.99', 'pan' => $pan, 'expdate' => '2812', 'crypt_type' => '7'];\n$mpgTxn = new mpgTransaction($txnArray);\n$mpgRequest = new mpgRequest($mpgTxn);")
    add("marqeta", f"MARQETA_BASE_URL=https://tallinn-card.marqeta.com/v3\nMARQETA_APPLICATION_TOKEN={g.uuid()}\nMARQETA_ADMIN_ACCESS_TOKEN={S(g.uuid())}\nMARQETA_JIT_WEBHOOK_SECRET={S(g.mixed(ALNUM, 32))}")
    add("lithic", gemini("run_shell_command", {"command": "grep -n LITHIC .env.production"}, f"12:LITHIC_API_KEY={S(g.uuid())}\n13:LITHIC_WEBHOOK_SECRET={S('whsec_' + g.b64(24))}\n14:LITHIC_ENV=production"))
    add("increase", f"import Increase from 'increase';\nconst increase = new Increase({{ apiKey: '{S('production_' + g.mixed(ALNUM, 30))}', environment: 'production' }});\nconst ach = await increase.achTransfers.create({{ account_id: 'account_in71c4amph0vgo2qllky', amount: 10000, statement_descriptor: 'Payroll' }});")
    add("airwallex", f"$ curl -X POST https://api.airwallex.com/api/v1/authentication/login \\\n  -H 'x-client-id: {g.mixed(ALNUM, 22)}' \\\n  -H 'x-api-key: {S(g.s(HEX, 96))}'\n{{\"expires_at\":\"2026-11-21T09:41:12+0000\",\"token\":\"{S(g.jwt(dumps({'type': 'client', 'data_center_region': 'HK'}, separators=(',', ':'))))}\"}}", ["airwallex", "jwt"])
    add("finix", f"FINIX_USERNAME={g.s(UPNUM, 2) + g.mixed(ALNUM, 22)}\nFINIX_PASSWORD={S(g.uuid())}\nFINIX_MERCHANT_ID=MUgWbPVvtKbzjKNNGKqdQYV7\nFINIX_ENV=live")
    add("helcim", f"Helcim Pay.js token is in the Razor view, the reviewer flagged it:\n\n```cshtml\n<script>\n  const helcimToken = \"{S(g.s(LOWNUM, 40))}\";\n  appendHelcimPayIframe(\"@Model.CheckoutToken\");\n</script>\n```")
    add("btcpay", f"BTCPay Greenfield API: the webhook handler in the Laravel app\n\n```php\n'btcpay' => [\n    'host' => 'https://pay.kaunas-coffee.lt',\n    'api_key' => '{S(g.s(HEX, 40))}',\n    'store_id' => '{g.mixed(ALNUM, 44)}',\n    'webhook_secret' => '{S(g.mixed(ALNUM, 26))}',\n],\n```")
    add("ccavenue", f"ccavenue:\n  merchant_id: \"2284451\"\n  access_code: AVQL12KJ88BA14LQAB\n  working_key: {S(g.s(HEXU, 32))}\n  redirect_url: https://shop.kochi-spices.in/payment/ccavenue/return")
    add("interswitch", f"Barka da safiya! Ina samun `invalid_client` daga Interswitch Passport. Ga lambar:\n\n```js\nconst auth = Buffer.from('{g.s(UPNUM, 30)}:{S(g.b64(30))}').toString('base64');\nconst res = await fetch('https://passport.interswitchng.com/passport/oauth/token?grant_type=client_credentials', {{ method: 'POST', headers: {{ Authorization: `Basic ${{auth}}` }} }});\n```")
    add("cinetpay", f"<?php\n// config/cinetpay.php\nreturn [\n    'apikey'     => '{S(g.s(DIGITS, 12) + g.mixed(ALNUM, 20))}',\n    'site_id'    => '5870144',\n    'secret_key' => '{S(g.s(DIGITS, 10) + g.mixed(ALNUM, 16))}',\n    'notify_url' => 'https://abidjan-express.ci/cinetpay/notify',\n];")
    add("fedapay", f"FEDAPAY_ENVIRONMENT=live\nFEDAPAY_SECRET_KEY={S('sk_live_' + g.mixed(ALNUM + '-', 24))}\nFEDAPAY_PUBLIC_KEY=pk_live_{g.mixed(ALNUM + '-', 24)}")
    add("kkiapay", f"window.openKkiapayWidget({{\n  amount: 5000,\n  api_key: \"{g.s(HEX, 32)}\",\n  sandbox: false,\n  phone: \"\",\n}});\n// server side (never in the bundle!)\nconst KKIAPAY_PRIVATE = \"{S('tpk_' + g.s(HEX, 32))}\";\nconst KKIAPAY_SECRET = \"{S('tsk_' + g.s(HEX, 32))}\";")
    add("jazzcash", f"# settings.py\nJAZZCASH_MERCHANT_ID = \"MC{g.s(DIGITS, 5)}\"\nJAZZCASH_PASSWORD = \"{S(g.s(LOWNUM, 10))}\"\nJAZZCASH_INTEGRITY_SALT = \"{S(g.s(LOWNUM, 10))}\"\nJAZZCASH_RETURN_URL = \"https://lahore-books.pk/payments/jazzcash/return/\"")
    add("esewa", f"eSewa ePay v2 को signature बनाउँदा मिलेन। मेरो कोड:\n\n```python\nSECRET = \"{S(g.mixed(ALNUM, 16))}\"\nmsg = f\"total_amount={{total}},transaction_uuid={{uuid}},product_code=NP-ES-KTMMART\"\nsig = base64.b64encode(hmac.new(SECRET.encode(), msg.encode(), hashlib.sha256).digest()).decode()\n```")
    add("khalti", f"$ curl -X POST https://khalti.com/api/v2/epayment/initiate/ \\\n  -H 'Authorization: key {S(g.s(HEX, 32))}' \\\n  -H 'Content-Type: application/json' \\\n  -d '{{\"return_url\":\"https://pokhara-treks.com.np/khalti/return\",\"amount\":150000,\"purchase_order_id\":\"T-7712\"}}'\n{{\"pidx\":\"{g.mixed(ALNUM, 22)}\",\"payment_url\":\"https://pay.khalti.com/?pidx=...\"}}")
    add("fonepay", f"fonepay:\n  merchant_code: NBQM0041\n  secret_key: {S(g.s(HEX, 32))}\n  username: {U('ktmmart_api')}\n  password: {S(g.password())}\n  qr_endpoint: https://merchantapi.fonepay.com/api/merchant/merchantDetailsForThirdParty/thirdPartyDynamicQrDownload", ["fonepay", "password"])
    add("kbzpay", f"KBZPay API ချိတ်ဆက်ရာတွင် sign မှားနေသည်ဟု ပြနေပါသည်။\n\n```java\nString appId = \"kp{g.s(HEX, 30)}\";\nString merchCode = \"{g.s(DIGITS, 6)}\";\nString appKey = \"{S(g.s(LOWNUM, 32))}\";\n```")
    add("billplz", f"curl https://www.billplz.com/api/v3/bills \\\n  -u {S(g.uuid())}: \\\n  -d collection_id=inbmmepb \\\n  -d email={E('aina.kamaruddin@gmail.com')} \\\n  -d name=\"{P('Aina Kamaruddin')}\" \\\n  -d amount=2000 \\\n  -d callback_url=\"https://kedai-ipoh.my/webhook/\" \\\n  -d description=\"Bayaran yuran tuisyen\"")
    add("ipay88", f"Kunci pedagang iPay88 dalam repo — tolong alihkan ke Secrets Manager:\n\n```csharp\nprivate const string MerchantCode = \"M{g.s(DIGITS, 5)}\";\nprivate const string MerchantKey = \"{S(g.mixed(ALNUM, 10))}\";\n```")
    add("abapayway", f"# ABA PayWay (ធនាគារ ABA) — ការកំណត់\nPAYWAY_MERCHANT_ID=ec{g.s(DIGITS, 6)}\nPAYWAY_API_KEY={S(g.s(HEX, 40))}\nPAYWAY_API_URL=https://checkout.payway.com.kh/api/payment-gateway/v1/payments/purchase\n# សូមកុំ commit ឯកសារនេះ")
    add("bog", f"import requests\n# Bank of Georgia Online Payments — საქართველოს ბანკი\nresp = requests.post(\"https://oauth2.bog.ge/auth/realms/bog/protocol/openid-connect/token\", auth=(\"{g.s(DIGITS, 5)}\", \"{S(g.mixed(ALNUM, 32))}\"), data={{\"grant_type\": \"client_credentials\"}})")
    add("idram", f"Idram-ի callback-ի ստորագրությունը չի համընկնում։\n\n```php\ndefine('IDRAM_EDP_REC_ACCOUNT', '110000{g.s(DIGITS, 3)}');\ndefine('IDRAM_SECRET_KEY', '{S(g.mixed(ALNUM, 24))}');\n$hash = md5(IDRAM_EDP_REC_ACCOUNT . ':' . $amount . ':' . IDRAM_SECRET_KEY . ':' . $billNo . ':' . $payerAccount . ':' . $transId . ':' . $transDate);\n```")
    add("kaspi", f"kaspi_shop:\n  api_url: https://kaspi.kz/shop/api/v2/orders\n  x_auth_token: {S(g.b64(33))}\n  merchant_id: 30211789\n# Kaspi магазин токенін ауыстыру: Баптаулар → Токен")
    add("click", f"CLICK_SERVICE_ID = 27541\nCLICK_MERCHANT_ID = 19233\nCLICK_SECRET_KEY = \"{S(g.mixed(ALNUM, 14))}\"\nCLICK_MERCHANT_USER_ID = 40112\n# Click.uz prepare/complete so'rovlarida sign_string = md5(click_trans_id + service_id + SECRET_KEY + ...)")
    add("comgate", f"Comgate platební brána vrací code=1400 (chybné heslo). Nastavení v .env:\n\n```\nCOMGATE_MERCHANT=471893\nCOMGATE_SECRET={S(g.mixed(ALNUM, 32))}\nCOMGATE_TEST=false\n```\n\nHeslo jsem kopíroval z klientského portálu.")
    add("gopay", f"$ curl -v https://gate.gopay.cz/api/oauth2/token \\\n  -u '{g.s(DIGITS, 10)}:{S(g.mixed(ALNUM, 8))}' \\\n  -d 'grant_type=client_credentials&scope=payment-create'\n< HTTP/1.1 200 OK\n{{\"token_type\":\"bearer\",\"access_token\":\"{S('AAArt' + g.mixed(ALNUM, 40))}\",\"expires_in\":1800}}")
    add("barion", f"A Barion POSKey-t véletlenül commitoltam a `appsettings.Production.json`-ba:\n\n```json\n\"Barion\": {{\n  \"POSKey\": \"{S(g.s(HEX, 32))}\",\n  \"Payee\": \"{E('penzugy@debrecen-konyv.hu')}\",\n  \"Environment\": \"Prod\"\n}}\n```\n\nHogyan írjam át úgy, hogy a Key Vaultból jöjjön?")
    add("euplatesc", f"// euplatesc.ro — configurare magazin\n$mid = '4498113{g.s(DIGITS, 5)}';\n$key = '{S(g.s(HEXU, 64))}';\n// fp_hash se calculează cu hex2bin($key) peste câmpurile comenzii")
    add("mobilpay", f"Certificatul privat mobilPay (NETOPIA) e citit din repo, nu din vault:\n\n```\n$ cat certs/sandbox.4QHL-IJ7C-UXRR-8T3N-PUZWprivate.key\n{S(g.pem('PRIVATE KEY', 6))}\n```", ["mobilpay", "pem"])
    add("lleida", f"Hola! L'enviament d'SMS per Lleida.net falla amb codi 1400. Aquesta és la crida:\n\n```json\n{{\"sms\": {{\"user\": \"{U('bcn_reserves')}\", \"password\": \"{S(g.password())}\", \"dst\": {{\"num\": [\"+34600000000\"]}}, \"txt\": \"Recordatori de cita\"}}}}\n```", ["lleida", "password"])
    add("bandwidth", f"BW_ACCOUNT_ID={g.s(DIGITS, 7)}\nBW_USERNAME={U('api_msg_prod')}\nBW_PASSWORD={S(g.password())}\nBW_MESSAGING_APPLICATION_ID={g.uuid()}\nBW_VOICE_CALLBACK_URL=https://callbacks.telco.example.net/bw/voice", ["bandwidth", "password"])
    add("aircall", f"$ curl -u {g.s(HEX, 32)}:{S(g.s(HEX, 32))} https://api.aircall.io/v1/calls?per_page=1\n{{\"calls\":[{{\"id\":1829912,\"direction\":\"inbound\",\"status\":\"done\",\"duration\":93}}],\"meta\":{{\"total\":41233}}}}")
    add("cmcom", f"var client = new TextClient(new Guid(\"{S(g.uuid(upper=True))}\"));\nvar result = await client.SendMessageAsync(\"Uw verificatiecode is 481223\", \"Nordwind\", new List<string> {{ \"0031600000000\" }}, reference: \"otp\");")
    add("dialpad", f"Dialpad webhook ra kuoneshwa 401 kwenye logi za Cloud Run:\n\n```\nPOST https://dialpad.com/api/v2/webhooks?apikey={S(g.mixed(ALNUM, 64))}\n```")
    add("esendex", f"<add key=\"Esendex.AccountReference\" value=\"EX0{g.s(DIGITS, 6)}\" />\n<add key=\"Esendex.Username\" value=\"{E('alerts@kirkwall-ferries.co.uk')}\" />\n<add key=\"Esendex.Password\" value=\"{S(g.password())}\" />", ["esendex", "password"])
    add("asterisk", f"; /etc/asterisk/manager.conf\n[general]\nenabled = yes\nport = 5038\nbindaddr = 127.0.0.1\n\n[crm-bridge]\nsecret = {S(g.mixed(ALNUM, 18))}\ndeny=0.0.0.0/0.0.0.0\npermit=10.20.0.0/255.255.0.0\nread = call,cdr\nwrite = originate")
    add("freeswitch", f"<configuration name=\"event_socket.conf\" description=\"Socket Client\">\n  <settings>\n    <param name=\"listen-ip\" value=\"0.0.0.0\"/>\n    <param name=\"listen-port\" value=\"8021\"/>\n    <param name=\"password\" value=\"{S(g.password())}\"/>\n  </settings>\n</configuration>")
    add("genesys", f"Genesys Cloud OAuth (client credentials) lyckas inte från Lambda:\n\n```python\nGENESYS_CLIENT_ID = \"{g.uuid()}\"\nGENESYS_CLIENT_SECRET = \"{S(g.mixed(ALNUM + '-_', 43))}\"\nREGION = \"mypurecloud.de\"\n```")
    add("kannel", f"group = core\nadmin-port = 13000\nadmin-password = {S(g.password())}\nsmsbox-port = 13001\n\ngroup = smsc\nsmsc = smpp\nsmsc-id = mtn-gh\nhost = 10.99.8.4\nport = 2775\nsmsc-username = {U('acc_ghana01')}\nsmsc-password = {S(g.s(LOWNUM, 8))}", ["kannel", "password"])
    add("jasmin", f"jcli : smppccm -a\n> cid nigeria_mno_1\n> host 41.58.0.10\n> port 2775\n> username {U('jas_ng01')}\n> password {S(g.mixed(ALNUM, 8))}\n> submit_throughput 110\n> ok\nSuccessfully added connector [nigeria_mno_1]")
    add("messente", f"messente_api:\n  username: {g.s(HEX, 32)}\n  password: {S(g.s(HEX, 32))}\n  sender: TartuKlinik")
    add("mnotify", f"https://api.mnotify.com/api/sms/quick?key={S(g.mixed(ALNUM, 40))}\n\nPOST body: {{\"recipient\":[\"0240000000\"],\"sender\":\"KsiEvents\",\"message\":\"Your ticket is confirmed\"}}")

    # ---- endpoint management, PAM, certificates, cloud
    add("jamf", f"Jamf Pro API-klienten i GitHub Actions får 401:\n\n```yaml\nenv:\n  JAMF_URL: https://bergen-skole.jamfcloud.com\n  JAMF_CLIENT_ID: {g.uuid()}\n  JAMF_CLIENT_SECRET: {S(g.mixed(ALNUM + '-_', 64))}\n```")
    add("kandji", f"$ curl -s -H 'Authorization: Bearer {S(g.uuid())}' 'https://oslofjord.api.eu.kandji.io/api/v1/devices?limit=300' | jq length\n212")
    add("mosyle", f"MOSYLE_ACCESS_TOKEN={S(g.s(HEX, 64))}\nMOSYLE_EMAIL={E('it-admin@liceo-valencia.es')}\nMOSYLE_PASSWORD={S(g.password())}", ["mosyle", "password"])
    add("addigy", f"addigy:\n  client_id: {g.s(HEX, 32)}\n  client_secret: {S(g.s(HEX, 64))}\n  realm: prod")
    add("automox", f"$ Invoke-RestMethod -Uri 'https://console.automox.com/api/servers?o=88213' -Headers @{{Authorization = 'Bearer {S(g.uuid())}'}} | Select-Object -First 2 name, os_version\n\nname          os_version\n----          ----------\nWS-PRG-0412   10.0.22631\nWS-PRG-0413   10.0.22631")
    add("action1", f"Action1 API ни чақирганимда \"invalid_client\" хатоси:\n\n```powershell\n$body = @{{ client_id = 'api-key-{g.uuid()}@action1.com'; client_secret = '{S(g.mixed(ALNUM, 32))}' }}\nInvoke-RestMethod -Method Post -Uri 'https://app.eu.action1.com/api/3.0/oauth2/token' -Body $body\n```")
    add("connectwise", f"var auth = Convert.ToBase64String(Encoding.UTF8.GetBytes(\"tamarind+{g.mixed(ALNUM, 16)}:{S(g.mixed(ALNUM, 16))}\"));\nclient.DefaultRequestHeaders.Add(\"clientId\", \"{g.uuid()}\");\nclient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(\"Basic\", auth);")
    add("datto", f"# datto-rmm.env\nDATTO_API_URL=https://merlot-api.centrastage.net\nDATTO_API_KEY={g.s(UPNUM, 32)}\nDATTO_API_SECRET_KEY={S(g.s(UPNUM, 32))}")
    add("akeyless", f"$ akeyless auth --access-id p-{g.s(LOWNUM, 12)} --access-key {S(g.b64(32))} --access-type access_key\nAuthentication succeeded.\nToken: {S('t-' + g.s(HEX, 32))}")
    add("beyondtrust", f"BEYONDTRUST_API_URL=https://pam.corp.local/BeyondTrust/api/public/v3\nBEYONDTRUST_API_KEY={S(g.s(HEX, 128))}\nBEYONDTRUST_RUNAS={U('svc_pam_sync')}")
    add("delinea", f"tss init --url https://vault.secretservercloud.eu --username {U('svc_ci')} --password '{S(g.password())}'\ntss secret --secret 4412 --field password", ["delinea", "password"])
    add("keeper", f"$ ksm profile init --token {S('US:' + g.b64(32, urlsafe=True).rstrip('='))}\nAdded profile _default to INI config file located at /home/runner/keeper.ini")
    add("digicert", f"$ curl -s -H 'X-DC-DEVKEY: {S(g.s(UPNUM, 64))}' https://www.digicert.com/services/v2/order/certificate?filters[status]=expiring | jq '.orders[].certificate.common_name'\n\"api.mercado-rio.com.br\"\n\"*.staging.mercado-rio.com.br\"")
    add("leaseweb", f"provider \"leaseweb\" {{\n  api_token = \"{S(g.uuid())}\"\n}}\n\nresource \"leaseweb_public_cloud_instance\" \"kafka\" {{\n  region = \"eu-west-3\"\n  type   = \"lsw.m5a.xlarge\"\n}}")
    add("equinix", f"$ metal init\nMetal API Tokens can be obtained through the portal at https://console.equinix.com/.\nToken (hidden): \nProject ID: {g.uuid()}\n$ cat ~/.config/equinix/metal.yaml\ntoken: {S(g.mixed(ALNUM, 32))}\nproject-id: {g.uuid()}")
    add("coreweave", f"apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://k8s.ord1.coreweave.com\n  name: coreweave\nusers:\n- name: token-{g.s(LOWNUM, 5)}\n  user:\n    token: {S(g.s(HEX, 64))}")
    add("filebase", f"[filebase]\ntype = s3\nprovider = Filebase\naccess_key_id = {g.s(UPNUM, 20)}\nsecret_access_key = {S(g.mixed(ALNUM, 40))}\nendpoint = https://s3.filebase.com")
    add("idrive", f"$ rclone config show idrive-e2\n[idrive-e2]\ntype = s3\nprovider = IDrive\naccess_key_id = {g.mixed(ALNUM, 20)}\nsecret_access_key = {S(g.mixed(ALNUM, 40))}\nendpoint = k4v2.fra.idrivee2-31.com")
    add("ceph", codex("radosgw-admin user info --uid=loki-chunks | jq '.keys'", f"[\n  {{\n    \"user\": \"loki-chunks\",\n    \"access_key\": \"{g.s(UPNUM, 20)}\",\n    \"secret_key\": \"{S(g.mixed(ALNUM, 40))}\"\n  }}\n]"))
    add("latitude", f"export LATITUDESH_AUTH_TOKEN={S(g.s(HEX, 32))}\nterraform apply -target=latitudesh_server.loki_ingest -auto-approve")
    add("fiserv", f"Fiserv CommerceHub HMAC imzası tutmuyor, ayarlar:\n\n```\nFISERV_API_KEY={g.mixed(ALNUM, 32)}\nFISERV_API_SECRET={S(g.mixed(ALNUM, 43))}\nFISERV_MERCHANT_ID=100008000003683\n```")
    add("amazonpay", f"$config = [\n    'public_key_id' => 'LIVE-{g.s(UPNUM, 24)}',\n    'private_key'   => \"{S(g.pem('PRIVATE KEY', 5).replace(chr(10), BSN))}\",\n    'region'        => 'eu',\n    'sandbox'       => false,\n];", ["amazonpay", "pem"])
    add("affirm", f"AFFIRM_PUBLIC_API_KEY={g.s(UPNUM, 16)}\nAFFIRM_PRIVATE_API_KEY={S(g.mixed(ALNUM, 32))}\nAFFIRM_ENV=live")
    add("ingenico", f"connect:\n  apiEndpoint: https://world.api-ingenico.com\n  merchantId: \"1274\"\n  apiKeyId: {g.s(HEX, 16)}\n  secretApiKey: {S(g.b64(30))}")
    add("computop", f"computop.merchant_id=Zeitfracht_ecom\ncomputop.blowfish_password={S(g.mixed(ALNUM, 16))}\ncomputop.hmac_password={S(g.mixed(ALNUM, 32))}")
    add("multisafepay", f"Klantmelding: webhook MultiSafepay werkt niet. In `config/payment.php` staat:\n\n```php\n'multisafepay_api_key' => '{S(g.s(HEX, 40))}',\n'multisafepay_test' => false,\n```")
    add("buckaroo", f"BUCKAROO_WEBSITE_KEY={g.mixed(ALNUM, 10)}\nBUCKAROO_SECRET_KEY={S(g.s(UPNUM, 32))}\nBUCKAROO_MODE=live")
    add("hipay", f"$ curl -u '{g.s(DIGITS, 8)}.secure-gateway.hipay-tpp.com:{S('Live_' + g.mixed(ALNUM, 24))}' https://secure-gateway.hipay-tpp.com/rest/v1/order -d currency=EUR -d amount=29.90 -d orderid=HP-4421")
    add("lemonway", f"lemonway:\n  oauth_url: https://auth.lemonway.com/oauth/api/v1/oauth/token\n  api_key: {S(g.b64(33))}\n  wallet_prefix: SCORPIO-\n  environment: live")
    add("ceca", f"# TPV Virtual CECA\nceca.acquirer_bin=0000554027\nceca.terminal_id=00000003\nceca.merchant_id=087132011\nceca.clave_encriptacion={S(g.mixed(ALNUM, 8))}")
    add("dragonpay", f"Salamat! Pero bakit palaging `invalid digest` ang Dragonpay postback? Ito ang settings:\n\n```python\nDRAGONPAY_MERCHANT_ID = \"CEBUSHOES\"\nDRAGONPAY_PASSWORD = \"{S(g.mixed(ALNUM, 10))}\"\n```")
    add("maya", f"maya:\n  public_key: pk-{g.mixed(ALNUM, 43)}\n  secret_key: {S('sk-' + g.mixed(ALNUM, 43))}\n  webhook_url: https://davao-grocer.ph/maya/webhook")
    return out


def pii(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(t: str) -> None:
        out.append(("holdout12:pii", t))

    def card(prefix: str = "4", n: int = 16) -> str:
        return luhn_complete(prefix, n, g)

    # observability and SIEM exports
    add(hec({"EventCode": 4625, "LogName": "Security", "ComputerName": "WS-BRQ-0211.corp.local", "TargetUserName": "⟦USERNAME|" + "jnovakova" + "⟧", "TargetDomainName": "CORP", "IpAddress": "⟦IP_ADDRESS|" + "89.24.118.203" + "⟧", "FailureReason": "Unknown user name or bad password.", "LogonType": 10}, "WinEventLog:Security", host="WS-BRQ-0211"))
    add(f"Nov 20 03:14:22 bastion-01 sshd[22871]: Accepted publickey for {U('tkvaratskhelia')} from {IP('31.146.88.17')} port 50122 ssh2: ED25519 SHA256:1m4oQk2b8V0sXc7lN6rT3yE9fU5jH2gK4dP8wZ1aB0c\nNov 20 03:14:22 bastion-01 sshd[22871]: pam_unix(sshd:session): session opened for user {U('tkvaratskhelia')}(uid=1043) by (uid=0)\nNov 20 03:19:40 bastion-01 sudo: {U('tkvaratskhelia')} : TTY=pts/2 ; PWD=/home/{U('tkvaratskhelia')} ; USER=root ; COMMAND=/usr/bin/journalctl -u kafka --since today")
    add(dumps({"@timestamp": "2026-11-19T22:41:07.332Z", "log.level": "info", "message": "password reset requested", "service.name": "identity-api", "user": {"email": "⟦EMAIL_ADDRESS|mihaela.dumitrescu@gmail.com⟧", "full_name": "⟦PERSON|Mihaela Dumitrescu⟧"}, "client": {"ip": "⟦IP_ADDRESS|86.124.77.190⟧", "geo": {"city_name": "Cluj-Napoca"}}, "trace.id": "4bf92f3577b34da6a3ce929d0e0e4736"}))
    add(f"level=error ts=2026-11-21T07:02:11.481Z caller=notify.go:112 msg=\"sms delivery failed\" recipient={T('+36 30 418 2270')} name=\"{P('Szabó Eszter')}\" provider_status=UNDELIVERABLE retry=3")
    add(f"<134>1 2026-11-20T14:22:09.118+05:30 pos-gw-07 billing 4412 - - customer={P('Venkata Subrahmanyam Rao')} mobile={T('+91 98490 31772')} email={E('vsrao.hyd@rediffmail.com')} action=refund amount=1299.00 INR")
    add(f"PS C:\\Users\\{U('a.petrosyan')}> Start-Transcript -Path C:\\Temp\\patch-night.txt\n**********************\nWindows PowerShell transcript start\nStart time: 20261120231502\nUsername: CORP\\{U('a.petrosyan')}\nRunAs User: CORP\\{U('a.petrosyan')}\nMachine: EVN-SRV-DB02 (Microsoft Windows NT 10.0.20348.0)\nHost Application: C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe\n**********************\nPS> Get-ADUser -Identity {U('h.sargsyan')} -Properties EmailAddress, MobilePhone | Select Name, EmailAddress, MobilePhone\n\nName           EmailAddress                  MobilePhone\n----           ------------                  -----------\n{P('Hovhannes Sargsyan')} {E('h.sargsyan@araratbank.am')}  {T('+374 91 482 337')}")
    add(vsc_call("run_in_terminal", {"command": "logcli query '{app=\"kyc-service\"} |= \"rejected\"' --limit 3", "explanation": "Look at recent KYC rejections", "isBackground": False}) + "\n" + vsc_result(f"2026-11-21T08:11:03Z {{app=\"kyc-service\"}} level=warn msg=\"document rejected\" applicant=\"{P('Ana Lúcia Ferreira')}\" dob={D('1987-03-22')} reason=blurry_photo\n2026-11-21T08:09:47Z {{app=\"kyc-service\"}} level=warn msg=\"document rejected\" applicant=\"{P('Tomasz Wróblewski')}\" dob={D('1979-11-05')} reason=expired\n2026-11-21T08:02:30Z {{app=\"kyc-service\"}} level=warn msg=\"document rejected\" applicant=\"{P('Nodira Yusupova')}\" dob={D('1995-06-30')} reason=name_mismatch"))
    add(f"Datadog-loki näyttää, että tukipyyntö tuli asiakkaalta {P('Aino Heikkinen')} ({E('aino.heikkinen@kolumbus.fi')}, puh. {T('040 718 2294')}). Osoite tilauksessa: {A('Puistokatu 14 B 9, 33200 Tampere')}. Voitko etsiä samasta lokista, miksi tilaus jäi jumiin?")
    add(dumps({"timestamp": 1795650122000, "status": "warn", "service": "loyalty", "message": "duplicate member merge", "attributes": {"member_a": {"name": "⟦PERSON|Kofi Mensah-Bonsu⟧", "phone": "⟦PHONE_NUMBER|+233 24 411 9082⟧"}, "member_b": {"name": "⟦PERSON|Kofi M. Bonsu⟧", "phone": "⟦PHONE_NUMBER|024 411 9082⟧"}}}, indent=2))
    # Kubernetes, Terraform, config management
    add(shell("kubectl get configmap oncall-roster -n sre -o yaml", f"apiVersion: v1\ndata:\n  primary: \"{P('Lars Øvrebø')} <{E('lars.ovrebo@fjordnett.no')}> {T('+47 917 34 225')}\"\n  secondary: \"{P('Ingrid Haugland')} <{E('ingrid.haugland@fjordnett.no')}> {T('+47 481 20 993')}\"\nkind: ConfigMap\nmetadata:\n  name: oncall-roster\n  namespace: sre"))
    add(f"# values.yaml for the internal-status chart\nmaintainers:\n  - name: {P('Thandiwe Dlamini')}\n    email: {E('thandiwe.dlamini@umgeni-water.co.za')}\n  - name: {P('Sipho Nkosi')}\n    email: {E('s.nkosi@umgeni-water.co.za')}\nimage:\n  repository: ghcr.io/umgeni/status\n  tag: 2.4.1")
    add(f"  # module.iam.aws_iam_user.contractors[\"{U('ppatil')}\"] will be created\n  + resource \"aws_iam_user\" \"contractors\" {{\n      + name = \"{U('ppatil')}\"\n      + tags = {{\n          + \"Owner\" = \"{P('Pranav Patil')}\"\n          + \"Email\" = \"{E('pranav.patil@sahyadri-infra.in')}\"\n        }}\n    }}")
    add(f"TASK [users : create local accounts] *******************************************\nchanged: [db-ro-1] => (item={{'name': '{U('ebuka')}', 'comment': '{P('Ebuka Obi')}', 'shell': '/bin/bash'}})\nchanged: [db-ro-1] => (item={{'name': '{U('aigerim.s')}', 'comment': '{P('Aigerim Seitkali')}', 'shell': '/bin/zsh'}})\nok: [db-ro-1] => (item={{'name': 'deploy', 'comment': 'CI deploy user', 'shell': '/bin/sh'}})")
    add(f"# Chef data bag: users/{U('mtanaka')}.json\n{{\n  \"id\": \"{U('mtanaka')}\",\n  \"comment\": \"{P('田中 真理子')} ({P('Mariko Tanaka')})\",\n  \"email\": \"{E('m-tanaka@hokuriku-denki.co.jp')}\",\n  \"groups\": [\"sysadmin\", \"dba\"]\n}}")
    add(f"Hieradata'da kişisel bilgi var mı diye kontrol eder misin? `data/nodes/ank-mail-01.yaml`:\n\n```yaml\nprofile::postfix::admin_contact: {E('emre.yildirim@anadolu-kargo.com.tr')}\nprofile::motd::owner: \"{P('Emre Yıldırım')}\"\nprofile::motd::phone: \"{T('0532 418 77 09')}\"\n```")
    # CI/CD logs
    add(f"Running with gitlab-runner 17.5.1 (a1b2c3d4)\n  on shared-runner-07 t3_xYz9k, system ID: s_8f1c2e\nFetching changes with git depth set to 20...\nChecking out 5e0c9d1a as detached HEAD (ref is main)...\n$ git log -1 --format='%an <%ae>'\n{P('Katalin Farkas')} <{E('katalin.farkas@szeged-soft.hu')}>\n$ ./scripts/release.sh\nTagging v3.18.0 by {U('kfarkas')}")
    add(f"[Pipeline] echo\nBuild triggered by {P('Rahel Tesfaye')} ({U('rtesfaye')})\n[Pipeline] sh\n+ notify-sms --to {T('+251 91 124 5580')} --msg 'prod deploy started'\nSMS queued: id=88213")
    add(f"Commit dd41a07 (HEAD -> release/2.9)\nAuthor: {P('Bui Thi Thu Ha')} <{E('thuha.bui@saigon-logistics.vn')}>\nDate:   Thu Nov 20 16:41:03 2026 +0700\n\n    fix(ingest): handle Kafka rebalance during commit\n\n    Co-authored-by: {P('Nguyễn Văn Khoa')} <{E('khoa.nguyen@saigon-logistics.vn')}>")
    add(f"Azure DevOps run #20261121.4 — approvals\n| Stage | Approver | Time |\n|---|---|---|\n| staging | {P('Siobhán Ní Bhriain')} | 09:12 |\n| prod | {P('Pádraig Ó Súilleabháin')} | 10:47 |\n\nNotification sent to {E('siobhan.nibhriain@corribtech.ie')} and {E('padraig.osuilleabhain@corribtech.ie')}.")
    # streams, DB dumps, migration logs
    add(shell("kafka-console-consumer --bootstrap-server localhost:9092 --topic crm.customers --from-beginning --max-messages 2", dumps({"id": 7712, "first_name": "⟦PERSON|Jiří⟧", "last_name": "⟦PERSON|Procházka⟧", "email": "⟦EMAIL_ADDRESS|jiri.prochazka@seznam.cz⟧", "phone": "⟦PHONE_NUMBER|+420 603 118 442⟧", "op": "c"}) + "\n" + dumps({"id": 7713, "first_name": "⟦PERSON|Veronika⟧", "last_name": "⟦PERSON|Dvořáková⟧", "email": "⟦EMAIL_ADDRESS|vdvorakova@centrum.cz⟧", "phone": "⟦PHONE_NUMBER|731 552 019⟧", "op": "c"}) + "\nProcessed a total of 2 messages"))
    add(f"COPY public.patients (id, full_name, date_of_birth, phone, address) FROM stdin;\n1041\t{P('Mthunzi Zulu')}\t{D('1968-09-14')}\t{T('082 559 1204')}\t{A('23 Jabulani Street, Soweto, 1868')}\n1042\t{P('Nomvula Khumalo')}\t{D('1990-02-27')}\t{T('071 880 4419')}\t{A('7 Mabaleng Road, Mamelodi, 0122')}\n\\.")
    add(f"INSERT INTO `customers` VALUES (3301,'{P('Alexandru Popescu')}','{E('alex.popescu@yahoo.ro')}','{T('0722 514 908')}','{A('Strada Avram Iancu 12, Sibiu 550182')}','2024-03-11'),(3302,'{P('Ioana Mureșan')}','{E('ioana.muresan@gmail.com')}','{T('0745 301 277')}','{A('Bulevardul Eroilor 41, Brașov 500030')}','2024-03-12');")
    add(f"2026-11-21 02:00:14 INFO  [flyway] Migrating schema \"hr\" to version \"57 - backfill employee emails\"\n2026-11-21 02:00:15 WARN  [V57__backfill] could not derive email for employee_id=412 name='{P('Ólafur Sigurðsson')}', using fallback {E('olafur.sigurdsson@reykjafrost.is')}\n2026-11-21 02:00:15 INFO  [flyway] Successfully applied 1 migration to schema \"hr\"")
    add(f"mysql> SELECT id, name, msisdn, imsi_last4, plan FROM subscribers WHERE churn_risk > 0.9 LIMIT 3;\n+-------+---------------------+---------------+------------+----------+\n| id    | name                | msisdn        | imsi_last4 | plan     |\n+-------+---------------------+---------------+------------+----------+\n| 88120 | {P('Aminu Bello')}         | {T('2348031457720')} | 4471       | Smart200 |\n| 88231 | {P('Zainab Abdullahi')}    | {T('2348064418932')} | 0093       | Lite     |\n| 88497 | {P('Chinedu Okafor')}      | {T('2347038812245')} | 7712       | Smart500 |\n+-------+---------------------+---------------+------------+----------+")
    add(f"Debezium event (before/after) from the `members` table:\n\n```json\n{{\"before\":{{\"id\":55,\"name\":\"{P('Kamal Perera')}\",\"nic_dob\":\"{D('1983-07-19')}\",\"phone\":\"{T('077 412 8830')}\"}},\"after\":{{\"id\":55,\"name\":\"{P('Kamal Perera')}\",\"nic_dob\":\"{D('1983-07-19')}\",\"phone\":\"{T('071 992 1045')}\"}},\"op\":\"u\",\"source\":{{\"db\":\"colombo_club\"}}}}\n```\n\nකරුණාකර මෙම වෙනස්කම සඳහා audit log එකක් ලියන්න.")
    ro_iban = iban("RO", "BTRL" + g.s(UPNUM, 16))
    add(f"pg_restore: processing data for table \"public.payouts\"\npg_restore: error: COPY failed for table \"payouts\": ERROR:  value too long for type character varying(22)\nCONTEXT:  COPY payouts, line 3, column iban: \"{I(ro_iban)}\"\nrow: 3\t{P('Radu Constantin')}\t{I(ro_iban)}\t1450.00")
    # mobile crash reports
    add(f"Incident Identifier: 8C2F0B14-7E4A-4B3D-9A11-53F2C0D7E9A4\nHardware Model:      iPhone15,3\nProcess:             Kassa [4412]\nPath:                /private/var/containers/Bundle/Application/1D2E3F40-5A6B-4C7D-8E9F-0A1B2C3D4E5F/Kassa.app/Kassa\nUser ID:             501\nDate/Time:           2026-11-20 18:22:41.3311 +0100\n\nLast Exception Backtrace:\n0   CoreFoundation  0x1a2b3c4d5 __exceptionPreprocess + 164\n\nApplication Specific Information:\n*** -[KAUserProfileView setEmail:]: email={E('kristoffer.lund@outlook.dk')} name={P('Kristoffer Lund')}")
    add(f"FATAL EXCEPTION: main\nProcess: ng.paystack.agentapp, PID: 18832\njava.lang.IllegalStateException: agent profile invalid: AgentProfile(name={P('Hauwa Musa Danjuma')}, phone={T('+234 803 552 1190')}, bvnDob={D('12/04/1992')})\n\tat ng.agent.profile.ProfileValidator.validate(ProfileValidator.kt:88)\n\tat ng.agent.onboarding.OnboardingViewModel.submit(OnboardingViewModel.kt:141)")
    add(f"Sentry-এর এই ইভেন্টে গ্রাহকের তথ্য এসে গেছে, এটা মুছে দেওয়ার scrubber লিখে দাও:\n\n```\nuser: {{ id: 55102, email: \"{E('tanvir.ahmed@gmail.com')}\", username: \"{U('tanvir_dhk')}\", ip_address: \"{IP('103.112.41.77')}\" }}\nextra: {{ delivery_address: \"{A('House 12, Road 7, Dhanmondi, Dhaka 1205')}\" }}\n```")
    add(f"Firebase Crashlytics custom keys dump:\n  user_name = {P('Sunita Thapa Magar')}\n  user_phone = {T('+977 984-1122334')}\n  last_screen = CheckoutFragment\n  build = 4.12.0 (4120)")
    # IoT / embedded
    add(f"// device provisioning record (do not ship)\n{{\n  \"serial\": \"TH-0041-22\",\n  \"owner\": \"{P('Oğuz Kaan Demir')}\",\n  \"owner_email\": \"{E('okdemir@yandex.com.tr')}\",\n  \"install_address\": \"{A('Atatürk Cd. No:118 D:4, 35220 Konak/İzmir')}\",\n  \"wifi_ssid\": \"DEMIR_5G\"\n}}")
    add(f"Smart-meter-ის ინსტალაციის ჩანაწერი:\nმომხმარებელი: {P('ნინო ბერიძე')} ({P('Nino Beridze')})\nმისამართი: {A('ჭავჭავაძის გამზ. 37, თბილისი 0179')}\nტელ.: {T('+995 599 41 22 87')}\nმრიცხველი: GE-EL-7712034")
    add(f"The MQTT bridge logs the owner on every connect, which we should stop:\n\n```\n1795661833: New client connected from {IP('95.56.241.118')}:51233 as lock-88a1 (p2, c1, k60, u'{U('baurzhan.k')}').\n1795661833: owner lookup: {P('Бауыржан Қасымов')} {T('+7 701 441 2290')}\n```")
    # payment and telecom back offices
    add(f"chargeback_case,merchant,card,cardholder,amount\nCB-22041,Lisboa Tours,{C(card('4'))},{P('Rui Carvalho Matos')},412.00\nCB-22042,Lisboa Tours,{C(card('5'))},{P('Beatriz Sousa')},89.90")
    add(f"2026-11-21 10:14:55.201 INFO  [settlement] payout created beneficiary=\"{P('Florian Gruber')}\" iban={I(iban('AT', g.s(DIGITS, 16)))} amount=2410.55 EUR ref=POUT-99411\n2026-11-21 10:14:55.377 INFO  [settlement] payout created beneficiary=\"{P('Magdalena Wiśniewska')}\" iban={I(iban('PL', g.s(DIGITS, 24)))} amount=918.00 PLN ref=POUT-99412")
    add(f"Xin kiểm tra giao dịch bị từ chối của khách {P('Lê Minh Châu')}, SĐT {T('0903 412 778')}, thẻ {C(grouped_card(card('3528', 16)))} (JCB). Lỗi 05 - Do not honour, lúc 14:22 ngày 20/11.")
    add(f"CDR export (ERICSSON-MSC-02) first rows:\nrecord_type;calling;called;start;duration;cell_id\nMOC;{T('+998 90 123 45 67')};{T('+998 93 411 22 08')};20261120091203;184;43401-1021-5531\nMTC;{T('+998 97 700 18 44')};{T('+998 90 123 45 67')};20261120091911;61;43401-1021-5531")
    add(f"KYC back office — ማረጋገጫ ያስፈልጋል:\nስም: {P('ሰላማዊት ገብረመድህን')}\nየትውልድ ቀን: {D('1991-08-14')}\nስልክ: {T('+251 911 40 22 87')}\nኢሜይል: {E('selamawit.g@ethionet.et')}")
    add(f"Número de cliente 88213 — {P('Montserrat Puig i Ferrer')}\nAdreça: {A('Carrer de Mallorca 214, 3r 2a, 08008 Barcelona')}\nTelèfon: {T('+34 634 118 902')}\nIBAN domiciliació: {I(iban('ES', g.s(DIGITS, 20)))}\nObservacions: vol factura en català.")
    add(f"Subscriber port-in request\nName: {P('Nomsa Mahlangu')}\nID/DOB: {D('03 March 1985')}\nMSISDN to port: {T('083 441 2077')}\nDonor: Vodacom  Recipient: Cell C\nContact email: {E('nomsa.mahlangu@webmail.co.za')}")
    add(f"Invoice #RF-2026-1187\nBill to: {P('Arjun Singh Dhillon')}\n{A('Plot 44, Phase 7, Industrial Area, Mohali, Punjab 160055')}\nGSTIN: 03AAACR5055K1Z5\nਸੰਪਰਕ: {T('+91 98145 77012')}\nਧੰਨਵਾਦ!")
    add(f"Payroll export (US) — do not email:\nemployee,ssn,dob,state\n{P('Dwayne Ellison')},{m_ssn('523-41-8870')},{D('1979-05-30')},OH\n{P('Marisol Quintanilla')},{m_ssn('612-09-4417')},{D('1988-12-02')},TX")
    # agents carrying PII
    add(usage_record([{"role": "system", "content": "You are GitHub Copilot. The user's git identity is " + P("Oyelaran Adeyemi") + " <" + E("oyelaran.adeyemi@lagoshub.ng") + ">."}, {"role": "user", "content": "summarise the failed Splunk HEC deliveries from today's log"}]))
    add(codex("git shortlog -sne --since=2026-10-01 | head -4", f"    41\t{P('Ragnhild Solberg')} <{E('ragnhild@bergensk.no')}>\n    17\t{P('Mateus Albuquerque')} <{E('mateus.albuquerque@gmail.com')}>\n     9\t{P('Chen Yiwen')} <{E('yiwen.chen@hotmail.com')}>\n     2\tdependabot[bot] <{E('49699333+dependabot[bot]@users.noreply.github.com')}>"))
    add(gemini("read_file", {"absolute_path": "/home/" + U("kwabena") + "/ops/escalation.md"}, f"# Escalation\n1. On-call SRE — see PagerDuty\n2. {P('Kwabena Owusu-Ansah')}, {T('+233 20 811 4502')}\n3. {P('Efua Boateng')}, {E('efua.boateng@accra-grid.com.gh')}"))
    add(windsurf(f"our Splunk search returns these, can you dedupe by user?\n\n```\n2026-11-20 user={U('mkaraman')} src={IP('78.180.4.211')} action=login_failed\n2026-11-20 user={U('mkaraman')} src={IP('78.180.4.211')} action=login_failed\n2026-11-20 user={U('selin.ak')} src={IP('88.241.30.9')} action=login_ok\n```", "Use `| stats count by user, src, action` after the base search; it collapses the repeated rows and keeps one line per user and source address."))
    add(cline_cmd("psql -c \"select name, email, phone from support_agents where team='night'\"", f"        name          |            email             |     phone\n----------------------+------------------------------+---------------\n {P('Phan Thị Ngọc Anh')}    | {E('ngocanh.phan@hcmsupport.vn')}  | {T('+84 912 345 210')}\n {P('Sokha Chhim')}          | {E('sokha.chhim@pp-support.kh')}   | {T('+855 12 448 903')}\n(2 rows)"))
    add(continue_step("why does the Chef run fail on this node?", "read_file", {"filepath": "/home/" + U("vkowalczyk") + "/chef-repo/nodes/krk-app-02.json"}, f"{{\n  \"name\": \"krk-app-02\",\n  \"normal\": {{\n    \"contact\": \"{P('Wojciech Kowalczyk')} <{E('w.kowalczyk@krakow-it.pl')}>\",\n    \"tags\": [\"app\"]\n  }},\n  \"run_list\": [\"recipe[base]\", \"recipe[app::deploy]\"]\n}}"))
    add(amazonq(f"Who last modified the Glue job? CloudTrail says userIdentity arn:aws:iam::412233019944:user/{U('bilal.qureshi')}", f"The last `UpdateJob` call came from the IAM user `{U('bilal.qureshi')}` at 2026-11-20T07:41Z from source IP {IP('39.46.118.22')}; the console session was signed in as {P('Bilal Qureshi')}."))
    add(devin([f"$ whoami\n{U('devin')}", "$ cat support/ticket-55102.txt", f"Customer: {P('Thiri Aung')}\nPhone: {T('09 450 118 372')}\nAddress: {A('No. 42, Bogyoke Aung San Road, Pabedan Township, Yangon')}\nIssue: meter readings not syncing since firmware 3.2", "Opened PR #881: throttle meter sync retries"]))
    add(f"ഹലോ, ഈ Airflow task log-ൽ ഉപഭോക്താവിന്റെ വിവരങ്ങൾ കാണുന്നു:\n\n```\n[2026-11-21, 04:12:09 IST] {{python.py:201}} INFO - upserted customer {P('Anjali Menon')} ({E('anjali.menon@gmail.com')}, {T('+91 94470 21183')})\n```\n\nഇത് മാസ്ക് ചെയ്യാൻ ഒരു filter ചേർക്കാമോ?")
    add(f"Prometheus alertmanager receiver, the bridge still resolves to a personal phone:\n\n```yaml\nreceivers:\n- name: sms-oncall\n  webhook_configs:\n  - url: http://sms-bridge:9097/send?to=oncall-primary&template=page\n```\nAlso {P('Johanna Pichler')} left the team; her number {T('+43 664 1234 5678')} should go.")
    add(f"Hei! Voitko tarkistaa, miksi {P('Eero Mäkelä')} ei saa hälytyksiä Opsgenien kautta? Hänen tietonsa: {E('eero.makela@iki.fi')}, {T('+358 50 441 2093')}, käyttäjätunnus {U('emakela')}.")
    add(f"Windows Event 4720: A user account was created.\nSubject:\n\tAccount Name:\t\t{U('adm.kovacs')}\n\tAccount Domain:\t\tBUDA\nNew Account:\n\tAccount Name:\t\t{U('zs.toth')}\n\tDisplay Name:\t\t{P('Tóth Zsófia')}\n\tUser Principal Name:\t{E('zs.toth@buda-energia.hu')}")
    add(f"Ticket #44120 (Zendesk → Jira sync)\nReporter: {P('Ngozi Eze')} <{E('ngozi.eze@yahoo.com')}>\nShipping address: {A('15 Admiralty Way, Lekki Phase 1, Lagos 106104')}\nPhone: {T('0805 331 2290')}\nThe parcel tracker shows delivered but nothing arrived.")
    add(f"Ukiangalia log ya M-Pesa callback, jina na namba ya mteja vinaonekana wazi:\n\n```\nResultDesc=The service request is processed successfully. MpesaReceiptNumber=SKL4T2XQ9P PhoneNumber={T('254712448019')} FirstName={P('Wanjiru')} LastName={P('Kamau')}\n```")
    add(f"Order webhook payload the support bot logged:\n{{\"order\":\"SO-7741\",\"ship_to\":{{\"name\":\"{P('Pooja Deshmukh')}\",\"line1\":\"{A('Flat 302, Shivkrupa Apartments, Karve Road, Kothrud, Pune 411038')}\",\"phone\":\"{T('+91 90110 44721')}\"}},\"items\":3}}")
    add(f"Hallo {P('Jonas Vermeulen')},\n\nde export uit Graylog bevat je thuisadres ({A('Kerkstraat 41, 9000 Gent')}) omdat het in het profielveld stond. Ik heb het uit de stream gehaald.\n\nGroeten,\n{P('Femke Janssens')}\nSecurity Operations")
    add(f"Okta System Log: user.session.start SUCCESS\nactor: {P('Leilani Kahale')} ({E('leilani.kahale@alohagrid.com')})\nclient.ipAddress: {IP('72.234.18.201')}\nclient.geographicalContext: Honolulu, Hawaii, US")
    add(f"Τα logs του Nginx δείχνουν επανειλημμένες αποτυχίες από τον χρήστη {U('gpapadakis')} ({P('Γιώργος Παπαδάκης')}) από την IP {IP('94.66.210.37')}. Μπορείς να φτιάξεις κανόνα fail2ban;")
    add(f"Helpdesk chat export\n[09:02] {P('Jia Hui Lim')}: hi, my badge doesn't open level 5\n[09:03] agent: can you confirm your staff email and mobile?\n[09:03] {P('Jia Hui Lim')}: {E('jiahui.lim@straitsbank.com.sg')}, {T('9123 4417')}\n[09:05] agent: fixed, please retry")
    add(f"Driver onboarding form dump (US):\nname={P('Tyrell Washington')}\ndob={D('07/19/1993')}\nlicense={m_dl('W255-4410-9921')}\nssn={m_ssn('401-77-2093')}\naddress={A('1840 Peachtree Ln, Apt 6, Decatur, GA 30030')}")
    add(f"Réclamation client reçue via l'API du centre d'appels :\n- Nom : {P('Aïssatou Diallo')}\n- Téléphone : {T('+221 77 418 22 90')}\n- Courriel : {E('aissatou.diallo@orange.sn')}\n- Adresse : {A('Cité Keur Gorgui, Villa 112, Dakar')}")
    add(f"Կարո՞ղ ես ստուգել, թե ինչու {P('Արամ Պետրոսյան')}-ի ({E('aram.petrosyan@mail.ru')}) հաշիվը արգելափակվեց Keycloak-ում՝ վերջին մուտքը {IP('46.70.199.14')}-ից։")
    add(f"Nepal branch incident: लगइन असफल भयो प्रयोगकर्ता {U('rshrestha')} ({P('राजेश श्रेष्ठ')}), फोन {T('+977 9851 022 334')}, IP {IP('27.34.68.219')}.")
    add(f"Telugu support queue export:\nటికెట్ 7712 — {P('సాయి కిరణ్ రెడ్డి')} ({P('Sai Kiran Reddy')}), ఫోన్ {T('+91 99490 11872')}, ఇమెయిల్ {E('saikiran.reddy@gmail.com')} — బిల్లు రెండుసార్లు వచ్చింది.")
    add(f"Hallo, ich habe im Loki-Export folgende Zeile gefunden:\n`msg=\"address verified\" customer=\"{P('Friederike Baumgärtner')}\" street=\"{A('Schillerstraße 27, 04109 Leipzig')}\" born={D('02.11.1974')}`\nIst das DSGVO-konform?")
    return out


def grouped_card(v: str) -> str:
    return " ".join(v[i : i + 4] for i in range(0, len(v), 4))


def m_ssn(v: str) -> str:
    from _markup import m

    return m("US_SSN", v)


def m_dl(v: str) -> str:
    from _markup import m

    return m("US_DRIVER_LICENSE", v)


def negatives(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(t: str) -> None:
        out.append(("holdout12:negative", t))

    add(hec({"message": "consumer group rebalanced", "group": "orders-enricher", "generation": 412, "members": 6, "partitions_assigned": [0, 1, 2, 3], "trace_id": "5b8efff798038103d269b633813fc60c"}, "kafka:consumer"))
    add(shell("kubectl get pods -n ingest -o wide", "NAME                              READY   STATUS    RESTARTS   AGE   IP            NODE\nvector-agent-7d9c8b6f4-2xkqp      1/1     Running   0          3d    10.244.1.17   aks-pool1-31529113-vmss000002\nvector-agent-7d9c8b6f4-m8vtz      1/1     Running   1          3d    10.244.2.9    aks-pool1-31529113-vmss000003\nkafka-connect-0                   1/1     Running   0          11h   10.244.3.41   aks-pool2-77201842-vmss000000"))
    add("# values.yaml (loki-stack)\nloki:\n  auth_enabled: true\n  storage:\n    type: s3\n    s3:\n      endpoint: s3.eu-central-1.amazonaws.com\n      secretAccessKey: ${LOKI_S3_SECRET}\n      accessKeyId: ${LOKI_S3_KEY}\n  existingSecretForConfig: loki-config\nimage:\n  digest: sha256:3f2b8a8e91c04d7e5a2f19b6d0c7e4a1b5f8d9e2c3a4b6f7e8d9c0b1a2f3e4d5")
    add("Terraform will perform the following actions:\n\n  # aws_kinesis_stream.clickstream will be updated in-place\n  ~ resource \"aws_kinesis_stream\" \"clickstream\" {\n        id          = \"arn:aws:kinesis:eu-west-1:123456789012:stream/clickstream\"\n        name        = \"clickstream\"\n      ~ shard_count = 4 -> 8\n        tags        = {\n            \"team\" = \"data-platform\"\n        }\n    }\n\nPlan: 0 to add, 1 to change, 0 to destroy.")
    add("resource \"aws_secretsmanager_secret_version\" \"db\" {\n  secret_id     = aws_secretsmanager_secret.db.id\n  secret_string = jsonencode({ username = var.db_user, password = random_password.db.result })\n}\n\nresource \"random_password\" \"db\" {\n  length  = 32\n  special = true\n}")
    add(".env.example\n# copy to .env and fill in\nCHRONOSPHERE_API_TOKEN=<your-token>\nDASH0_AUTH_TOKEN=auth_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nMZ_APP_PASSWORD=mzp_0000000000000000000000000000000000000000000000000000000000000000\nBIGEYE_API_KEY=bge_...\nCENSUS_SECRET=secret-token:changeme\nKKIAPAY_SECRET=tsk_REPLACE_ME")
    add(shell("ansible-playbook site.yml --check --diff -l kafka", "PLAY [kafka] *******************************************************************\n\nTASK [Gathering Facts] *********************************************************\nok: [kafka-01]\nok: [kafka-02]\n\nTASK [kafka : render server.properties] ****************************************\n--- before: /etc/kafka/server.properties\n+++ after: /etc/kafka/server.properties\n@@ -12 +12 @@\n-num.network.threads=3\n+num.network.threads=8\nchanged: [kafka-01]\n\nPLAY RECAP *********************************************************************\nkafka-01 : ok=2 changed=1 unreachable=0 failed=0\nkafka-02 : ok=2 changed=0 unreachable=0 failed=0"))
    add("2026-11-20T11:04:12.0021937Z ##[group]Run actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11\n2026-11-20T11:04:12.0022803Z with:\n2026-11-20T11:04:12.0023201Z   repository: lumen-ops/ingest\n2026-11-20T11:04:12.0023624Z   token: ***\n2026-11-20T11:04:12.0024009Z   ssh-strict: true\n2026-11-20T11:04:12.0024412Z ##[endgroup]\n2026-11-20T11:04:13.7712290Z HEAD is now at 9f3c2e1 chore(deps): bump confluent-kafka to 2.6.1")
    add("Fluent Bit v3.1.9\n* Copyright (C) 2015-2024 The Fluent Bit Authors\n[2026/11/21 07:00:01] [ info] [fluent bit] version=3.1.9, commit=2a7c1b3d4e, pid=1\n[2026/11/21 07:00:01] [ info] [input:tail:tail.0] initializing\n[2026/11/21 07:00:01] [ info] [output:es:es.0] worker #0 started\n[2026/11/21 07:00:02] [ warn] [engine] failed to flush chunk '1-1795662001.312402118.flb', retry in 9 seconds: task_id=3, input=tail.0 > output=es.0")
    add(shell("kafka-consumer-groups --bootstrap-server localhost:9092 --describe --group billing-sink", "GROUP         TOPIC            PARTITION  CURRENT-OFFSET  LOG-END-OFFSET  LAG   CONSUMER-ID                                           HOST          CLIENT-ID\nbilling-sink  invoices.v2      0          1841203         1841220         17    consumer-billing-sink-1-3c1e8a0b-5d2f-4a61-9b7e-0f4d2c1a8e93  /10.12.4.21   consumer-billing-sink-1\nbilling-sink  invoices.v2      1          1840077         1840077         0     consumer-billing-sink-1-3c1e8a0b-5d2f-4a61-9b7e-0f4d2c1a8e93  /10.12.4.21   consumer-billing-sink-1"))
    add("-- V58__add_payout_indexes.sql\nCREATE INDEX CONCURRENTLY IF NOT EXISTS ix_payouts_status_created\n    ON payouts (status, created_at DESC);\nALTER TABLE payouts ADD CONSTRAINT ck_payouts_iban_len CHECK (char_length(iban) BETWEEN 15 AND 34);\nCOMMENT ON COLUMN payouts.iban IS 'ISO 13616, validated in app layer';")
    add("Liquibase Community 4.29.2 by Liquibase\nRunning Changeset: db/changelog/2026/11/0412-add-audit.yaml::0412-1::platform-team\nRunning Changeset: db/changelog/2026/11/0412-add-audit.yaml::0412-2::platform-team\nUPDATE SUMMARY\nRun:                          2\nPreviously run:             118\nFiltered out:                 0\nTotal change sets:          120\nLiquibase: Update has been successful. Rows affected: 0")
    add("Exception Type:  EXC_BAD_ACCESS (SIGSEGV)\nException Subtype: KERN_INVALID_ADDRESS at 0x0000000000000010\nTermination Reason: SIGNAL 11 Segmentation fault: 11\n\nThread 0 Crashed:\n0   libswiftCore.dylib   0x000000019a8b4c10 swift_retain + 24\n1   Kassa                0x0000000104e3a2f8 ReceiptPrinter.flush() + 212 (ReceiptPrinter.swift:88)\n\nBinary Images:\n0x104d90000 - 0x10512ffff Kassa arm64  <6a1f0c3e9b2d4e7f8a5c1b0d3e2f4a6b> /private/var/containers/Bundle/Application/Kassa.app/Kassa")
    add("--------- beginning of crash\nE AndroidRuntime: FATAL EXCEPTION: WorkManager-Worker-2\nE AndroidRuntime: Process: com.example.meterreader, PID: 9921\nE AndroidRuntime: java.lang.NullPointerException: Attempt to invoke virtual method 'int java.lang.String.length()' on a null object reference\nE AndroidRuntime: \tat com.example.meterreader.sync.UploadWorker.doWork(UploadWorker.kt:57)")
    add("// Public LoRaWAN identifiers, safe to keep in the repo\nconst uint8_t JOIN_EUI[8] = { 0x70, 0xB3, 0xD5, 0x7E, 0xD0, 0x00, 0x00, 0x00 };\n// DEV_EUI is read from the SX1262 module at boot\n// APP_KEY is injected by provision.py from the HSM, never stored here\n#define LORA_REGION LORAMAC_REGION_EU868")
    add("esphome:\n  name: greenhouse-sensor\n\napi:\n  encryption:\n    key: !secret api_key\n\nota:\n  - platform: esphome\n    password: !secret ota_password\n\nwifi:\n  ssid: !secret wifi_ssid\n  password: !secret wifi_password")
    add("I (312) cpu_start: ESP-IDF v5.3.1 2nd stage bootloader\nI (318) cpu_start: compile time Nov 20 2026 10:41:12\nI (324) esp_image: segment 0: paddr=00010020 vaddr=3f400020 size=0a1c4h ( 41412) map\nI (402) wifi:mode : sta (24:0a:c4:12:9f:3e)\nI (1402) esp_netif_handlers: sta ip: 192.168.4.23, mask: 255.255.255.0, gw: 192.168.4.1")
    add(codex("git log --oneline -6", "9f3c2e1 chore(deps): bump confluent-kafka to 2.6.1\n4e0a7d2 feat(ingest): batch HEC posts to 512 events\n1b9c44f fix(loki): escape label values with quotes\n7a2d0e9 ci: cache terraform providers\nc3f18b2 docs: runbook for consumer lag alerts\n0d6e5a1 test: fixtures for Windows event 4625 parser"))
    add(gemini("read_file", {"absolute_path": "/workspace/go.sum"}, "github.com/IBM/sarama v1.43.3 h1:Yj6L2IaNvb2mRBop39N7mmJAHBVY3dTPncr3qGVkxPA=\ngithub.com/IBM/sarama v1.43.3/go.mod h1:FVIRaLrhK3Cla/9FfRF5X9Zua2KpS3SYIXxhac1H+FQ=\ngithub.com/klauspost/compress v1.17.11 h1:In6xLpyWOi1+C7tXUUWv2ot1QvBjxevKAaI6IXrJmUc=\ngithub.com/klauspost/compress v1.17.11/go.mod h1:pMDklpSncoRMuLFrf1W9Ss9KT+0rH90U12bZKk7uwG0="))
    add(windsurf("What does `sourcetype=WinEventLog:Security EventCode=4625` mean in Splunk?", "Event ID 4625 is \"An account failed to log on\". The `sourcetype` tells Splunk which parser to apply; for the Windows add-on it extracts fields such as `TargetUserName`, `LogonType` and `FailureReason`. A typical triage search is:\n\n```\nindex=wineventlog EventCode=4625 | stats count by TargetUserName, IpAddress | where count > 20\n```"))
    add(cline_cmd("helm list -A", "NAME            NAMESPACE       REVISION  UPDATED                                  STATUS    CHART                   APP VERSION\ncert-manager    cert-manager    7         2026-11-18 09:12:44.1 +0000 UTC          deployed  cert-manager-v1.16.1    v1.16.1\nloki            observability   12        2026-11-20 16:03:10.9 +0000 UTC          deployed  loki-6.18.0             3.2.1\nstrimzi         kafka           4         2026-11-02 11:41:27.3 +0000 UTC          deployed  strimzi-kafka-operator-0.44.0  0.44.0"))
    add(continue_step("explain this Puppet manifest", "read_file", {"filepath": "manifests/ntp.pp"}, "class profile::ntp (\n  Array[String] $servers = ['0.pool.ntp.org', '1.pool.ntp.org'],\n) {\n  package { 'chrony': ensure => installed }\n  file { '/etc/chrony/chrony.conf':\n    content => epp('profile/chrony.conf.epp', { 'servers' => $servers }),\n    notify  => Service['chronyd'],\n  }\n  service { 'chronyd': ensure => running, enable => true }\n}"))
    add(amazonq("How do I rotate the Kinesis Firehose delivery to Splunk HEC token?", "Create a new HEC token in Splunk (Settings → Data inputs → HTTP Event Collector), store it in Secrets Manager, then update the Firehose destination with `aws firehose update-destination --delivery-stream-name splunk-delivery --current-delivery-stream-version-id 3 --destination-id destinationId-000000000001 --splunk-destination-update HECToken=<new-token>`. Keep the old token enabled until the stream shows no delivery errors, then disable it."))
    add(devin(["$ make test", "pytest -q tests/\n........................................ [100%]\n212 passed in 14.38s", "$ git push origin feat/hec-batching", "Opened PR #412 in lumen-ops/ingest: batch HEC posts (512 events or 1 MiB)"]))
    add(usage_record([{"role": "user", "content": "write a Logstash grok pattern for lines like `2026-11-20T10:01:12Z INFO [worker-3] processed batch=4412 size=512 took=83ms`"}]))
    add(usage_response("```\n%{TIMESTAMP_ISO8601:ts} %{LOGLEVEL:level} \\[%{DATA:worker}\\] processed batch=%{INT:batch:int} size=%{INT:size:int} took=%{INT:took_ms:int}ms\n```\nThe `:int` suffix makes Logstash store the numbers as integers."))
    add("Ez a leírás a Kafka-fogyasztók lemaradásának (consumer lag) figyeléséről szól. A Burrow vagy a kafka-lag-exporter méri, a Prometheus gyűjti, a Grafana-panel a `kafka_consumergroup_lag` metrikát mutatja partíciónként. A riasztás küszöbe 10 000 üzenet öt percen át.")
    add("Tento runbook popisuje obnovu clusteru Elasticsearch ze snapshotu v S3. Nejprve zastavte ingest ve Vectoru, pak spusťte `POST _snapshot/s3_repo/nightly-2026.11.20/_restore` s `indices: logs-*` a počkejte, až bude stav clusteru zelený.")
    add("Acest ghid explică cum se configurează Filebeat pentru a trimite jurnalele Windows către Logstash pe portul 5044 și cum se verifică ingestia în Kibana (index pattern `winlogbeat-*`).")
    add("Tämä on Terraform-moduulin README: se luo Azure Event Hubs -nimiavaruuden, kaksi kuluttajaryhmää (`siem`, `archive`) ja diagnostiikka-asetukset, jotka ohjaavat Activity Login Log Analytics -työtilaan.")
    add("Dette skriptet roterer loggfiler i /var/log/ingest hver natt og komprimerer dem med zstd. Konfigurasjonen ligger i `/etc/logrotate.d/ingest` og beholder 14 generasjoner.")
    add("Aquest document descriu com es fa el desplegament amb Argo CD: cada entorn té la seva carpeta a `envs/`, i la sincronització és automàtica per a `dev` i manual per a `prod`.")
    add("Panduan ini menerangkan cara memasang Vector sebagai DaemonSet dalam kluster Kubernetes dan menghantar log ke OpenSearch. Tetapkan `batch.max_bytes` kepada 10 MB untuk mengurangkan beban.")
    add("Kafka Connect-ის Debezium კონექტორი ცვლილებებს კითხულობს PostgreSQL-ის WAL-იდან და აგზავნის თემაში `dbserver1.public.orders`. `snapshot.mode` დააყენეთ `initial`-ზე პირველი გაშვებისთვის.")
    add("Այս Helm chart-ը տեղադրում է Prometheus-ը, Alertmanager-ը և Grafana-ն `monitoring` namespace-ում։ Պահեստավորման համար օգտագործվում է 50Gi PVC։")
    add("Бұл нұсқаулықта Splunk Universal Forwarder-ді Windows серверлеріне орнату және `inputs.conf` арқылы Security журналын жинау сипатталған.")
    add("Ushbu hujjat Jenkins pipeline-ning bosqichlarini tushuntiradi: build, test, Docker image yaratish va Helm orqali staging muhitiga joylashtirish.")
    add("Wannan jagora yana bayyana yadda ake saita Grafana Loki don tattara log daga kwantenoni, da kuma yadda ake rubuta tambayoyin LogQL kamar `{app=\"api\"} |= \"error\"`.")
    add("ဤလမ်းညွှန်တွင် Kafka topic အသစ်ဖန်တီးပုံနှင့် retention.ms ကို ၇ ရက်အဖြစ် သတ်မှတ်ပုံကို ရှင်းပြထားသည်။")
    add("ಈ ಲೇಖನವು Terraform state ಅನ್ನು S3 backend ಮತ್ತು DynamoDB lock table ಬಳಸಿ ಹೇಗೆ ಸಂಗ್ರಹಿಸುವುದು ಎಂದು ವಿವರಿಸುತ್ತದೆ.")
    add("यो कागजातले GitLab CI मा Docker image बनाउने र Harbor registry मा push गर्ने चरणहरू वर्णन गर्छ। `CI_REGISTRY_PASSWORD` जस्ता चलहरू project settings मा masked variable को रूपमा राख्नुहोस्।")
    add("ਇਹ ਗਾਈਡ ਦੱਸਦੀ ਹੈ ਕਿ Datadog Agent ਨੂੰ Kubernetes ਵਿੱਚ Helm ਨਾਲ ਕਿਵੇਂ ਇੰਸਟਾਲ ਕਰਨਾ ਹੈ; API key ਨੂੰ `existingSecret` ਰਾਹੀਂ ਪਾਓ, values.yaml ਵਿੱਚ ਨਹੀਂ।")
    add("Le tableau de bord Grafana `Ingestion / Kafka` affiche le débit par topic, la latence p99 du producteur et le nombre de messages rejetés par le schéma Avro (Confluent Schema Registry, sujet `orders-value`, version 14).")
    add("Idempotency-Key: 6f1c2b9e-3a4d-4e5f-8a7b-9c0d1e2f3a4b\nX-Request-Id: req_01JD3K7Q2M8X5V9T4N6P0R1S2W\nstripe-version: 2024-06-20\nHTTP/2 200\ncontent-type: application/json\n{\"object\":\"list\",\"data\":[],\"has_more\":false,\"url\":\"/v1/payouts\"}")
    add("ISO 8583 message dump (test vector from the scheme's public spec)\nMTI: 0200\nDE2  PAN: 411111******1111 (masked by the simulator)\nDE3  Processing code: 000000\nDE4  Amount: 000000001000\nDE11 STAN: 000123\nDE41 Terminal ID: TERM0001\nDE49 Currency: 978")
    add("| setting | default | note |\n|---|---|---|\n| `hec.token` | `<unset>` | read from `SPLUNK_HEC_TOKEN` |\n| `hec.endpoint` | `https://splunk.example.com:8088` | |\n| `batch.size` | `512` | events |\n| `tls.verify` | `true` | |")
    add("commit 4e0a7d2c91b5f3e8a6d2c7b1e0f9a8d3c5b7e1f2\nMerge: 1b9c44f 7a2d0e9\nDate:   Wed Nov 19 08:00:12 2026 +0000\n\n    build(deps): bump hashicorp/aws from 5.74.0 to 5.76.0 in /infra")
    add("{\"keys\":[{\"kty\":\"RSA\",\"kid\":\"2026-11-rotation\",\"use\":\"sig\",\"alg\":\"RS256\",\"n\":\"0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw\",\"e\":\"AQAB\"}]}")
    add("# chef-client run summary\nChef Infra Client, version 18.5.0\nResolving cookbooks for run list: [\"base\", \"kafka::broker\"]\nSynchronizing cookbooks:\n  - base (2.3.1)\n  - kafka (4.0.7)\nConverging 41 resources\nRunning handlers complete\nInfra Phase complete, 3/41 resources updated in 12 seconds")
    return out
