# ruff: noqa: E501, RUF001  -- item tables hold whole texts on one line; foreign letters are intended.
"""Twentieth held-out set, written blind (see README.md). Domains: recruiting/HR tech, veterinary
clinics, restaurants and food delivery, fashion retail, museums and archives, civic tech and
elections, water and waste utilities, marketing agencies. Providers A-M that no earlier set used.
"""

from __future__ import annotations

import base64
import json

from _markup import IP, A, C, D, E, I, L, P, S, T, U, Z, m, shell
from _values import ALNUM, DIGITS, HEX, HEXU, LOWER, LOWNUM, UPNUM, UPPER, Gen, iban, luhn_complete

B64URL = ALNUM + "-_"


def dumps(obj: object, **kw: object) -> str:
    kw.setdefault("ensure_ascii", False)
    return json.dumps(obj, **kw)  # type: ignore[arg-type]


def b64(raw: str) -> str:
    return base64.b64encode(raw.encode()).decode()


# ---------------------------------------------------------------------------------------------
# carriers


def copilot_call(name: str, args: dict[str, object], cid: str = "call_h20Xb7") -> str:
    """Copilot agent mode (VS Code): assistant message with a tool call; arguments a JSON string."""
    return dumps({"role": "assistant", "content": "", "tool_calls": [{"id": cid, "type": "function", "function": {"name": name, "arguments": dumps(args)}}]})


def copilot_tool(content: str, cid: str = "call_h20Xb7") -> str:
    return dumps({"role": "tool", "tool_call_id": cid, "content": content})


def copilot_cli(cmd: str, out: str) -> str:
    """GitHub Copilot CLI transcript: a shell tool run and its output."""
    return f"● Run shell command\n  $ {cmd}\n  ↪ {len(out.splitlines())} lines\n" + "\n".join("  " + x for x in out.split("\n"))


def cursor_bg(task: str, events: list[tuple[str, str]]) -> str:
    """Cursor background agent event log (one JSON object per line)."""
    lines = [dumps({"type": "task", "prompt": task, "agentId": "bc-7f21c0d9"})]
    for kind, text in events:
        lines.append(dumps({"type": kind, "text": text}))
    return "\n".join(lines)


def cascade(user: str, steps: list[str]) -> str:
    """Windsurf Cascade transcript export."""
    return f"### User Input\n\n{user}\n\n### Planner Response\n\n" + "\n\n".join(steps)


def cline_say(tool: str, path: str, content: str) -> str:
    """Cline / Roo Code: the `say: tool` message with JSON text."""
    return dumps({"ts": 1795641122031, "type": "say", "say": "tool", "text": dumps({"tool": tool, "path": path, "content": content})})


def roo_cmd(cmd: str, output: str) -> str:
    """Roo Code: execute_command tool use in XML and the output echoed back."""
    return f"<execute_command>\n<command>{cmd}</command>\n</execute_command>\n\n[execute_command for '{cmd}'] Result:\nCommand executed in terminal within working directory.\nExit code: 0\nOutput:\n{output}"


def continue_ctx(path: str, body: str, question: str) -> str:
    """Continue: a message with an @file context item."""
    return f"```{path}\n{body}\n```\n\n{question}"


def junie(steps: list[tuple[str, str]]) -> str:
    """JetBrains Junie plan/run log."""
    return "\n".join(f"[{n}] {title}\n{body}" for n, (title, body) in enumerate(steps, 1))


def warp_block(cmd: str, out: str, cwd: str = "~/src") -> str:
    """A Warp block shared with Warp AI."""
    return f"{cwd} ❯ {cmd}\n{out}"


def claude_bash(command: str, cwd: str) -> str:
    return dumps({"type": "assistant", "cwd": cwd, "message": {"role": "assistant", "content": [{"type": "tool_use", "id": "toolu_01H20c", "name": "Bash", "input": {"command": command}}]}})


def claude_out(content: str, cwd: str) -> str:
    return dumps({"type": "user", "cwd": cwd, "message": {"role": "user", "content": [{"tool_use_id": "toolu_01H20c", "type": "tool_result", "content": content}]}})


def mcp(tool: str, args: dict[str, object]) -> str:
    return dumps({"jsonrpc": "2.0", "id": 7, "method": "tools/call", "params": {"name": tool, "arguments": args}})


def mcp_res(text: str) -> str:
    return dumps({"jsonrpc": "2.0", "id": 7, "result": {"content": [{"type": "text", "text": text}]}})


def nb(src: str, out: str) -> str:
    return dumps({"cell_type": "code", "execution_count": 4, "metadata": {}, "source": src.splitlines(keepends=True), "outputs": [{"output_type": "stream", "name": "stdout", "text": out.splitlines(keepends=True)}] if out else []}, indent=1)


# ---------------------------------------------------------------------------------------------


def secrets(g: Gen) -> list[tuple[str, list[str], str]]:
    out: list[tuple[str, list[str], str]] = []

    def add(p: str, t: str, providers: list[str] | None = None) -> None:
        out.append((f"holdout20:{p}", providers or [p], t))

    # recruiting / HR tech
    add("ashby", copilot_call("read_file", {"filePath": "/workspaces/talent-sync/.env.local"}) + "\n" + copilot_tool(f"ASHBY_API_KEY={S(g.mixed(ALNUM, 40))}\nASHBY_WEBHOOK_SECRET={S(g.s(HEX, 64))}\nSYNC_INTERVAL_MIN=15\nLOG_LEVEL=debug"))
    add("bullhorn", f"# bullhorn.properties  (staffing sync, do not commit)\nbullhorn.rest.clientId=7c1e2a44-{g.s(HEX, 4)}-4a3b-9d1e-{g.s(HEX, 12)}\nbullhorn.rest.clientSecret={S(g.mixed(ALNUM, 32))}\nbullhorn.rest.username={U('api.lumenstaff')}\nbullhorn.rest.password={S(g.password())}\nbullhorn.rest.loginUrl=https://auth-west.bullhornstaffing.com/oauth/authorize", ["bullhorn", "password"])
    add("breezyhr", f"Salut ! Le script d'import des candidats renvoie 401 depuis ce matin. Voici l'appel :\n\ncurl -s https://api.breezy.hr/v3/company/8a31c0f2e7d9/positions \\\n  -H 'Authorization: {S(g.s(HEX, 64))}'\n\nJ'ai régénéré le jeton hier soir, c'est peut-être lié ?")
    add("jazzhr", f"<?php\n// wp-content/plugins/careers-feed/config.php\ndefine('JAZZHR_API_KEY', '{S(g.mixed(ALNUM, 32))}');\ndefine('JAZZHR_CACHE_TTL', 900);\n$jobs = wp_remote_get('https://api.resumatorapi.com/v1/jobs/status/open?apikey=' . JAZZHR_API_KEY);")
    jv = g.mixed(ALNUM, 24)
    add("jobvite", cascade("Fix the Jobvite requisition sync, it stopped pulling new reqs.", [f"I'll check how the client authenticates.\n\n*Viewed `sync/jobvite_client.py` lines 1-22*\n\n```python\nJOBVITE_API = \"https://api.jobvite.com/api/v2/job\"\nJOBVITE_KEY = \"lumenstaff_api\"\nJOBVITE_SECRET = \"{S(jv)}\"\n\ndef fetch(start=1):\n    return requests.get(JOBVITE_API, params={{\"api\": JOBVITE_KEY, \"sc\": JOBVITE_SECRET, \"start\": start, \"count\": 500}})\n```", "The secret is hard-coded, and `start` is never advanced, so every run re-reads the first page. I'll loop until `total` is reached and move the secret to an environment variable."]))
    add("icims", f"[icims]\ncustomer_id = 4172\nbase_url = https://api.icims.com/customers/4172\nclient_id = {g.mixed(ALNUM, 20)}\nclient_secret = {S(g.mixed(ALNUM + '-_', 48))}\naudience = https://api.icims.com/v1/\ntoken_url = https://login.icims.com/oauth/token")
    add("comeet", f"// src/integrations/comeet.ts\nexport const comeet = {{\n  companyUid: \"A7.00B\",\n  token: \"{S(g.s(HEXU, 32))}\",\n  baseUrl: \"https://www.comeet.co/careers-api/2.0\",\n}};")
    add("hibob", roo_cmd("cat .env | grep -i bob", f"HIBOB_SERVICE_USER_ID=SERVICE-{g.s(DIGITS, 5)}\nHIBOB_SERVICE_USER_TOKEN={S(g.mixed(ALNUM, 40))}\nHIBOB_BASE=https://api.hibob.com/v1"))
    add("factorial", f"Hola, ¿me ayudas a paginar esto? Devuelve solo 25 empleados.\n\n```ruby\nclient = Faraday.new(url: 'https://api.factorialhr.com/api/2025-10-01/resources') do |f|\n  f.request :authorization, 'Bearer', '{S(g.mixed(ALNUM, 43))}'\nend\nres = client.get('employees/employees')\n```")
    add("deel", f"$ gh secret list -R lumen/payroll-bridge\nDEEL_API_TOKEN  Updated 2026-11-02\n$ grep -rn DEEL .github/workflows/\n.github/workflows/sync.yml:18:      DEEL_API_TOKEN: ${{{{ secrets.DEEL_API_TOKEN }}}}\n.github/workflows/sync.yml:41:      # fallback for local runs: DEEL_API_TOKEN={S(g.mixed(ALNUM, 20) + '.' + g.mixed(ALNUM, 44))}")
    add("gusto", dumps({"gusto": {"client_id": g.mixed(B64URL, 43), "client_secret": S(g.mixed(B64URL, 43)), "refresh_token": S(g.mixed(B64URL, 43)), "company_uuid": g.uuid()}}, indent=2))
    add("justworks", f"Warp AI, why is this failing?\n\n~/payroll ❯ http POST https://public-api.justworks.com/v1/oauth/token grant_type=client_credentials client_id=jw_cli_{g.s(LOWNUM, 12)} client_secret={S(g.mixed(ALNUM, 36))}\nHTTP/1.1 400 Bad Request\n{{\"error\":\"unsupported_grant_type\"}}")
    add("lattice", f"import {{ Client }} from './lattice'\n\n// TODO(ops): rotate after offboarding sprint\nconst lattice = new Client({{ token: '{S(g.s(HEX, 48))}' }})\nconst reviews = await lattice.reviewCycles.list({{ state: 'active' }})")
    add("cultureamp", f"terraform {{\n  required_providers {{ cultureamp = {{ source = \"local/cultureamp\" }} }}\n}}\n\nprovider \"cultureamp\" {{\n  account_id    = \"5e9f2c1a\"\n  client_id     = \"{g.mixed(ALNUM, 26)}\"\n  client_secret = \"{S(g.mixed(ALNUM, 52))}\"\n}}")
    add("kenjo", f"Hallo, unser Kenjo-Export bricht ab. Der API-Key steht in der `.env` des Containers:\n\nKENJO_API_KEY={S(g.mixed(ALNUM, 64))}\n\nKannst du prüfen, ob `/auth/login` oder `/employees` den Fehler wirft?")
    add("humaans", junie([("Open humaans sync", "src/main/kotlin/hr/HumaansClient.kt"), ("Inspect token handling", f"private val token = \"{S(g.mixed(ALNUM, 40))}\"\nprivate val http = HttpClient(CIO) {{ defaultRequest {{ header(\"Authorization\", \"Bearer $token\") }} }}"), ("Plan", "Read the token from HUMAANS_TOKEN and fail fast when it is missing.")]))
    add("employmenthero", f"EH_CLIENT_ID: \"{g.uuid()}\"\nEH_CLIENT_SECRET: \"{S(g.mixed(ALNUM, 44))}\"\nEH_REDIRECT_URI: \"https://hr-bridge.lumen.au/callback\"\nEH_REFRESH_TOKEN: \"{S(g.mixed(B64URL, 64))}\"")
    add("deputy", f"-- seed for local dev, DON'T RUN IN PROD\nINSERT INTO integrations (tenant, kind, endpoint, secret)\nVALUES ('cafe-rasa', 'deputy', 'https://cafe-rasa.au.deputy.com/api/v1', '{S(g.s(HEX, 32))}');")
    add("checkr", f"```js\n// pages/api/background-check.js\nconst CHECKR_KEY = '{S(g.s(HEX, 40))}'\nconst auth = Buffer.from(CHECKR_KEY + ':').toString('base64')\nawait fetch('https://api.checkr.com/v1/invitations', {{ method: 'POST', headers: {{ Authorization: `Basic ${{auth}}` }}, body }})\n```\nis it ok to keep the key here if the repo is private?")
    add("certn", f"CERTN_API_KEY   {S(g.s(HEX, 40))}\nCERTN_TEAM_ID   {g.uuid()}\nCERTN_ENV       production")
    add("goodhire+hireright", f"| vendor    | env  | key |\n|-----------|------|-----|\n| GoodHire  | prod | `{S(g.mixed(ALNUM, 32))}` |\n| HireRight | prod | `{S(g.uuid())}` |\n| HireRight | uat  | (see vault) |", ["goodhire", "hireright"])
    add("codility", f"Po co ten `sleep(2)`? Wklejam cały skrypt:\n\n```bash\n#!/usr/bin/env bash\nTOKEN=\"{S(g.mixed(ALNUM, 40))}\"\ncurl -s -H \"Authorization: Bearer $TOKEN\" https://codility.com/api/tests/ | jq '.results[].id'\nsleep 2\n```")
    add("hackerrank+coderbyte", f"# assessments.yml\nproviders:\n  hackerrank:\n    api_key: {S(g.s(HEX, 64))}\n    base_url: https://www.hackerrank.com/x/api/v3\n  coderbyte:\n    org: lumen-talent\n    api_key: {S(g.mixed(ALNUM, 30))}", ["hackerrank", "coderbyte"])
    add("codesignal", copilot_cli("echo $CODESIGNAL_API_KEY | head -c 60", S(g.mixed(ALNUM, 48))))
    add("hirevue", f"HireVue entegrasyonu için anahtarlar (sadece test ortamı değil, canlı!):\n- client_id: hv_{g.s(LOWNUM, 10)}\n- client_secret: {S(g.mixed(ALNUM, 40))}\nBunları vault'a taşıyıp koddan silebilir misin?")
    add("manatal", f">>> import manatal\n>>> c = manatal.Client(token=\"{S(g.s(HEX, 40))}\")\n>>> c.candidates.count()\n1843")
    add("beamery+eightfold", f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: talent-crm\ntype: Opaque\nstringData:\n  BEAMERY_API_KEY: \"{S(g.mixed(ALNUM, 36))}\"\n  EIGHTFOLD_API_KEY: \"{S(g.mixed(ALNUM, 44))}\"", ["beamery", "eightfold"])
    add("loxo", f"Loxo ATS key for the agency: {S(g.s(HEX, 32))} (domain app.loxo.co, agency slug `brightpath-search`). Can you wire the candidates endpoint?")
    add("jobadder", f"<appSettings>\n  <add key=\"JobAdder:ClientId\" value=\"{g.s(LOWNUM, 26)}\" />\n  <add key=\"JobAdder:ClientSecret\" value=\"{S(g.mixed(ALNUM, 52))}\" />\n  <add key=\"JobAdder:RefreshToken\" value=\"{S(g.s(HEX, 32))}\" />\n</appSettings>")
    add("jobdiva+ceipal", f"JOBDIVA_CLIENTID=4112\nJOBDIVA_USERNAME={E('integration@brightpath.example')}\nJOBDIVA_PASSWORD={S(g.password())}\nCEIPAL_API_KEY={S(g.s(HEX, 40))}\nCEIPAL_EMAIL={E('ops@brightpath.example')}", ["jobdiva", "ceipal", "password"])
    add("isolved+dayforce", f"Connection strings from the old payroll box, copied from `C:\\payroll\\bridge\\app.config`:\n\nisolved  : https://api.myisolved.com  key={S(g.s(HEX, 32))}\ndayforce : https://www.dayforcehcm.com/Api/lumen  user={U('DF_API_SVC')} pass={S(g.password())}", ["isolved", "dayforce", "password"])
    add("leapsome", f"[leapsome] 2026-11-26T09:14:02Z DEBUG request GET https://api.leapsome.com/scim/v1/Users headers={{'Authorization': 'Bearer {S(g.mixed(ALNUM, 40))}', 'Accept': 'application/scim+json'}}")
    add("connecteam", f"Connecteam के लिए API key यह है: {S(g.uuid())}\nइसे `CONNECTEAM_API_KEY` में डालकर shift sync चालू कर दो, और कोड में hard-code मत करना।")
    add("keka+darwinbox", f"# payroll connectors (India)\nkeka:\n  tenant: lumenin\n  client_id: {g.uuid()}\n  client_secret: {S(g.mixed(ALNUM, 32))}\n  api_key: {S(g.mixed(ALNUM, 40))}\ndarwinbox:\n  subdomain: lumenin\n  api_key: {S(g.s(HEX, 32))}\n  dataset_key: {S(g.s(HEX, 64))}", ["keka", "darwinbox"])

    # veterinary clinics
    add("ezyvet", f"Bonjour, l'intégration ezyVet de la clinique vétérinaire ne récupère plus les rendez-vous. Config actuelle :\n\n```yaml\nezyvet:\n  partner_id: lumenvet-{g.s(DIGITS, 4)}\n  client_id: {g.mixed(ALNUM, 24)}\n  client_secret: {S(g.mixed(ALNUM, 40))}\n  site_uid: {g.s(HEX, 32)}\n```\n\nMerci d'avance !")
    add("covetrus", copilot_call("run_in_terminal", {"command": f"curl -X POST https://api.covetrus.com/v2/auth/token -d 'client_id=clinic-ops' -d 'client_secret={S(g.mixed(ALNUM, 36))}'", "explanation": "Request a Covetrus pharmacy API token", "isBackground": False}))
    add("idexx", f"# VetConnect PLUS lab results poller\nIDEXX_USERNAME = \"{U('kliniek.dekoog')}\"\nIDEXX_PASSWORD = \"{S(g.password())}\"\nIDEXX_API_KEY = \"{S(g.s(HEX, 32))}\"\nPOLL_EVERY = 300  # seconden", ["idexx", "password"])
    add("instinctvet+digitail", f"$ kubectl get secret vet-integrations -o jsonpath='{{.data}}' | jq 'map_values(@base64d)'\n{{\n  \"INSTINCT_API_TOKEN\": \"{S(g.mixed(ALNUM, 48))}\",\n  \"DIGITAIL_API_KEY\": \"{S('dgt_' + g.mixed(ALNUM, 40))}\",\n  \"REGION\": \"eu\"\n}}", ["instinctvet", "digitail"])
    add("animana", f"Συνάδελφοι, το Animana webhook απορρίπτεται με 403. Το κλειδί υπογραφής που βάλαμε στο .env είναι\n\nANIMANA_WEBHOOK_SECRET={S(g.s(HEX, 64))}\n\nκαι η επαλήθευση γίνεται με HMAC-SHA256 στο σώμα. Μήπως λείπει το timestamp;")
    add("evetpractice", f"query {{ patients(limit: 5) {{ id name species }} }}\n\n# headers used in Insomnia\nAuthorization: {S(g.mixed(ALNUM, 32))}\nX-EVP-Practice: 1184")
    add("allydvm+avimark", f"Sync agent settings (C:\\ProgramData\\AllyDVM\\agent.ini)\n\n[Ally]\nPracticeId=90211\nApiKey={S(g.mixed(UPNUM, 32))}\n\n[AVImark]\nDsn=AVImarkSQL\nUid={U('avimark_ro')}\nPwd={S(g.password())}", ["allydvm", "avimark", "password"])
    add("impromed+antech", f"  File \"/opt/labsync/antech.py\", line 41, in login\n    raise AuthError(f\"Antech rejected {{self.account}} with key {{self.key}}\")\nlabsync.errors.AuthError: Antech rejected 55120 with key {S(g.s(HEXU, 40))}\n2026-11-26 07:02:10 WARN impromed bridge token={S(g.mixed(ALNUM, 28))} expires_in=0", ["antech", "impromed"])
    add("hippomanager", f"Hippo Manager export for Dr. {P('Okafor')}'s mobile equine practice runs via their API, token `{S(g.mixed(ALNUM, 32))}`. I just want to pull invoices from last month into a CSV.")
    add("bitwerx+gingr", f"# .env.production — pet resort\nBITWERX_API_KEY=\"{S(g.s(HEX, 40))}\"\nGINGR_SUBDOMAIN=happytails\nGINGR_API_KEY=\"{S(g.s(HEX, 32))}\"", ["bitwerx", "gingr"])
    add("daysmart", f"Habari! Msimbo huu wa kuunganisha DaySmart Vet unakataa ombi. Ufunguo wetu ni {S(g.mixed(ALNUM, 36))} na tunaita https://api.daysmart.com/vet/v1/appointments kwa kichwa `X-Api-Key`. Tatizo liko wapi?")
    add("airvet", dumps({"mcpServers": {"airvet": {"command": "npx", "args": ["-y", "@lumenvet/airvet-mcp"], "env": {"AIRVET_PARTNER_KEY": S(g.mixed(ALNUM, 40)), "AIRVET_ENV": "production"}}}}, indent=2))

    # restaurants and food delivery
    dd_secret = g.b64(32, urlsafe=True).rstrip("=")
    add("doordash", f"```python\nimport jwt, time\n\naccess_key = {{\n    \"developer_id\": \"{g.uuid()}\",\n    \"key_id\": \"{g.uuid()}\",\n    \"signing_secret\": \"{S(dd_secret)}\",\n}}\n\ntoken = jwt.encode({{\"aud\": \"doordash\", \"iss\": access_key[\"developer_id\"], \"kid\": access_key[\"key_id\"], \"exp\": int(time.time() + 300)}}, jwt.utils.base64url_decode(access_key[\"signing_secret\"]), algorithm=\"HS256\", headers={{\"dd-ver\": \"DD-JWT-V1\"}})\n```\nWhy do I get `invalid signature`?")
    add("grubhub", f"grubhub:\n  partner_key: \"{g.mixed(ALNUM, 20)}\"\n  client_id: \"{g.mixed(ALNUM, 22)}\"\n  secret_key: \"{S(g.b64(32))}\"\n  issue_date: 2026-09-01")
    add("deliveroo", warp_block("curl -u 'lumen-kitchens:" + S(g.mixed(ALNUM, 40)) + "' https://api.developers.deliveroo.com/order/v1/integrator/brands", "{\"error\":\"forbidden\",\"message\":\"site not linked\"}", "~/kitchen-hub"))
    add("justeat", f"Hoi! Onze Thuisbezorgd/Just Eat koppeling stuurt menu-updates maar krijgt 401.\n\nJUSTEAT_API_KEY={S(g.mixed(ALNUM, 32))}\nJUSTEAT_RESTAURANT_ID=221874\n\nKun je naar `menu_push.py` kijken?")
    add("foodpanda+foodora", f"DH_ENV=prod\nFOODPANDA_PLUGIN_SECRET={S(g.mixed(ALNUM, 48))}\nFOODORA_PLUGIN_SECRET={S(g.mixed(ALNUM, 48))}\nDH_CHAIN_CODE=k9xq", ["foodpanda", "foodora"])
    add("chownow", f"const client = axios.create({{\n  baseURL: 'https://api.chownow.com/api/v3',\n  headers: {{ 'X-Api-Key': '{S(g.s(HEX, 40))}', 'X-Restaurant-Id': '40517' }},\n}});")
    add("gloriafood", f"Nasze zamówienia z GloriaFood nie trafiają do drukarki. Klucz restauracji (Poll API): {S(g.mixed(ALNUM, 20))}. Co robię źle w pętli pollingu?")
    add("menufy", cline_say("readFile", "integrations/menufy/config.json", dumps({"storeId": 88213, "apiToken": S(g.mixed(ALNUM, 36)), "webhook": "https://hooks.tacoloco.example/menufy"})))
    add("bentobox", f"<!-- templates/reservations.html -->\n<div id=\"bbx-widget\" data-site=\"ostra-bar\" data-key=\"pub_4Hq2\"></div>\n<script>\n  // server-side only! moved by mistake\n  window.BENTO_ADMIN_TOKEN = \"{S(g.mixed(ALNUM, 44))}\";\n</script>")
    add("chowly+itsacheckmate", f"2026-11-26 11:40:03 ERROR [delivery-bridge] chowly auth failed (key={S(g.s(HEX, 32))})\n2026-11-26 11:40:04 ERROR [delivery-bridge] checkmate auth failed token={S(g.mixed(ALNUM, 40))}\n2026-11-26 11:40:04 INFO  retry in 60s", ["chowly", "itsacheckmate"])
    add("eatapp", f"Eat App rezervasyon API anahtarımız: {S(g.mixed(ALNUM, 32))}\nRestoran kimliği: 2f7b. Bunu `settings.py` içinde ortam değişkenine çevirir misin?")
    add("hungerstation+jahez", f"# مفاتيح التوصيل — لا ترفعها إلى GitHub\nHUNGERSTATION_VENDOR_KEY = \"{S(g.mixed(ALNUM, 40))}\"\nJAHEZ_API_SECRET = \"{S(g.s(HEX, 48))}\"\nBRANCH = \"riyadh-olaya\"", ["hungerstation", "jahez"])
    add("careem+mrsool", f"careem_now:\n  merchant_id: MRC-{g.s(DIGITS, 6)}\n  api_key: {S(g.mixed(ALNUM, 36))}\nmrsool:\n  business_token: {S(g.mixed(ALNUM, 48))}", ["careem", "mrsool"])
    add("getir", f"Getir Yemek entegrasyonunda token süresi doluyor. Şu an kullanılan:\n\nappSecretKey: {S(g.s(HEX, 64))}\nrestaurantSecretKey: {S(g.s(HEX, 64))}\n\nİkisini de yenilememiz gerekir mi?")
    add("ifood", f"Oi! O polling do iFood parou. Minhas credenciais no `appsettings.json`:\n\n\"IFood\": {{\n  \"ClientId\": \"{g.uuid()}\",\n  \"ClientSecret\": \"{S(g.mixed(ALNUM, 96).lower())}\",\n  \"MerchantId\": \"{g.uuid()}\"\n}}")
    add("gojek+grabfood", f"Halo, tolong cek kenapa webhook GoFood dan GrabFood gagal verifikasi.\n\nGOBIZ_CLIENT_SECRET={S(g.mixed(ALNUM, 32))}\nGRAB_CLIENT_ID={g.s(HEX, 32)}\nGRAB_CLIENT_SECRET={S(g.mixed(ALNUM, 16))}\n\nOutlet kami di Jakarta Selatan.", ["gojek", "grabfood"])
    add("lunchbox+marketman", f"| integration | key | owner |\n|---|---|---|\n| Lunchbox | {S(g.s(HEX, 40))} | ops |\n| MarketMan | {S(g.mixed(ALNUM, 32))} | purchasing |", ["lunchbox", "marketman"])
    add("craftable+apicbase", f"// recipe-costing/.env.ts\nexport const CRAFTABLE_TOKEN = \"{S(g.mixed(ALNUM, 40))}\";\nexport const APICBASE = {{ clientId: \"{g.mixed(ALNUM, 40)}\", clientSecret: \"{S(g.mixed(ALNUM, 40))}\" }};", ["craftable", "apicbase"])
    add("menulog", f"G'day, menulog order webhook: our HMAC secret is {S(g.b64(32))} — the signature check in `verify.go` always fails, can you see why?")
    add("hellofresh", copilot_tool(f"$ cat ~/.config/hf-partner/credentials\n[default]\npartner_id = culinary-labs\napi_secret = {S(g.mixed(ALNUM, 48))}\n"))
    add("deliveryhero", f"\"env\": [\n  {{\"name\": \"DH_POS_USERNAME\", \"value\": \"{U('pos-lumen-berlin')}\"}},\n  {{\"name\": \"DH_POS_PASSWORD\", \"value\": \"{S(g.password())}\"}}\n]", ["deliveryhero", "password"])
    add("boltfood", f"Tere! Bolt Food integratsioon: integration key `{S(g.mixed(ALNUM, 40))}`, provider id 1183. Miks tellimused topelt tulevad?")
    add("eposnow", f"using var http = new HttpClient();\nhttp.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(\"Basic\", \"{S(b64(g.mixed(UPNUM, 32) + ':' + g.mixed(UPNUM, 32)))}\");\nvar res = await http.GetAsync(\"https://api.eposnowhq.com/api/V4/Transaction\");")
    add("goparrot+hubrise", f"goparrot_api_key: {S(g.mixed(ALNUM, 40))}\nhubrise:\n  client_id: {g.s(DIGITS, 9)}.clients.hubrise.com\n  client_secret: {S(g.s(HEX, 32))}\n  access_token: {S(g.s(HEX, 32))}", ["goparrot", "hubrise"])
    add("iiko", f"Привет! iikoCloud отдаёт 401 на /api/1/access_token. Передаю вот так:\n\nPOST https://api-ru.iiko.services/api/1/access_token\n{{\"apiLogin\": \"{S(g.s(HEX, 32))}\"}}\n\nЛогин создан в iikoWeb вчера.")
    add("ezcater", f"ezcater:\n  api_token: \"{S(g.uuid())}\"\n  caterer_id: 96411")
    add("foodics", f"FOODICS_TOKEN={S(g.jwt(dumps({'aud': '9a1d', 'jti': g.s(HEX, 40), 'sub': '8f1c', 'scopes': ['general.read', 'orders.limited.read']}, separators=(',', ':'))))}")
    add("loyverse+lavu", f"Two POS keys for the café franchise, please put them into 1Password and remove them from the repo:\n* Loyverse: {S(g.s(HEX, 32))}\n* Lavu: dataname=cafe_kimi, key={S(g.mixed(ALNUM, 20))}, token={S(g.mixed(ALNUM, 20))}", ["loyverse", "lavu"])
    add("dotykacka", f"Ahoj, refresh token pro Dotykačku: {S(g.s(HEX, 64))} — cloud id 311204. Funguje to na stage, ale v produkci ne.")
    add("cuboh", f"cuboh_api_key = '{S(g.mixed(ALNUM, 36))}'  # kitchen tablet aggregator")

    # fashion retail
    add("farfetch", f"[farfetch]\nstore_id = 11407\nclient_id = {g.s(LOWNUM, 24)}\nclient_secret = {S(g.mixed(ALNUM, 64))}\nscope = api\nendpoint = https://api.farfetch.net/v1/")
    add("asos", f"Ciao, l'import ordini dal marketplace ASOS fallisce. Ecco la chiamata del nostro job Scala:\n\n```scala\nval req = basicRequest.get(uri\"https://marketplace.asos.com/api/orders\").header(\"Ocp-Apim-Subscription-Key\", \"{S(g.s(HEX, 32))}\")\n```")
    add("aboutyou", f"# about you partner portal\nAY_API_KEY={S(g.mixed(ALNUM, 40))}\nAY_SHOP=de")
    add("lamoda+modanisa", f"$ cat marketplaces.toml\n[lamoda]\nclient_id = \"{g.s(DIGITS, 6)}\"\nsecret = \"{S(g.s(HEX, 40))}\"\n\n[modanisa]\nsupplier_id = 7734\napi_key = \"{S(g.uuid())}\"\napi_secret = \"{S(g.mixed(ALNUM, 32))}\"", ["lamoda", "modanisa"])
    add("joor", f"JOOR wholesale orders — token for the showroom account: {S(g.s(HEX, 32))}. The brand id is 20934. Use GET /v4/orders?since=2026-11-01.")
    add("centra", copilot_call("create_file", {"filePath": "/workspaces/atelier-web/.env", "content": f"CENTRA_API_URL=https://atelier.centra.com/graphql\nCENTRA_INTEGRATION_TOKEN={S(g.mixed(ALNUM, 64))}\nCENTRA_CHECKOUT_TOKEN=public-{g.s(LOWNUM, 12)}\n"}))
    add("bigcartel", f"Oversized tees shop: BigCartel account `{U('moonlitthreads')}`, API login `{U('moonlitthreads')}` / password `{S(g.password())}`. Can you write a script that lists products that are sold out?", ["bigcartel", "password"])
    add("depop+grailed", f"[depop]\nbearer = {S(g.mixed(ALNUM, 40))}\n[grailed]\nalgolia_app = MNRWEFSS2Q\nsession = {S(g.s(HEX, 64))}", ["depop", "grailed"])
    add("lyst+mytheresa", f"feeds:\n  - name: lyst\n    sftp: sftp://{U('ateliernord')}:{S(g.password())}@feeds.lyst.com:22/inbox\n  - name: mytheresa\n    api_key: {S(g.mixed(ALNUM, 48))}", ["lyst", "mytheresa", "password"])
    add("laredoute", f"Bonjour, voici notre conf de la marketplace La Redoute (Mirakl en dessous, mais clé dédiée) :\nLAREDOUTE_SHOP_KEY={S(g.uuid())}\nLAREDOUTE_SHOP_ID=2291\nPouvez-vous ajouter la pagination sur /api/orders ?")
    add("ajio+myntra", f"# seller connectors\nAJIO_SELLER_TOKEN = \"{S(g.mixed(ALNUM, 40))}\"\nMYNTRA_PARTNER_SECRET = \"{S(g.s(HEX, 40))}\"", ["ajio", "myntra"])
    add("globale", f"const GlobalE = {{\n  merchantId: 1291,\n  merchantGUID: \"{S(g.uuid())}\",\n  countryCoefficients: true,\n}}")
    add("boohoo+cdon", f"2026-11-26T14:02:11Z partner-feed boohoo PUT /products 401 (x-api-key={S(g.mixed(ALNUM, 32))})\n2026-11-26T14:02:13Z partner-feed cdon POST /api/article/bulk 200 (Authorization: api {S(g.uuid())})", ["boohoo", "cdon"])
    add("dafiti", f"Oi, o token da Dafiti Seller Center é {S(g.s(HEX, 40))} e o usuário {E('integracao@modaviva.example')}. Pode montar a assinatura HMAC para o endpoint ProductCreate?")
    add("konga", f"KONGA_MERCHANT_ID=NG-{g.s(DIGITS, 5)}\nKONGA_API_KEY={S(g.mixed(ALNUM, 36))}")

    # museums and archives
    add("collectiveaccess", f"<?php\n# setup.php (CollectiveAccess Providence)\ndefine(\"__CA_DB_HOST__\", 'localhost');\ndefine(\"__CA_DB_USER__\", '{U('ca_museum')}');\ndefine(\"__CA_DB_PASSWORD__\", '{S(g.password())}');\ndefine(\"__CA_DB_DATABASE__\", 'collections');\ndefine(\"__CA_APP_NAME__\", 'stadsmuseum');", ["collectiveaccess", "password"])
    add("axiell", f"Hei! Axiell Collections WebAPI kysyy tunnuksia. Käytän näitä:\n\nusername: {U('webapi_kokoelmat')}\npassword: {S(g.password())}\n\nOnko `/wwwopac.ashx?database=collect&search=all` oikea kysely?", ["axiell", "password"])
    add("europeana", f"```r\nlibrary(httr2)\nresp <- request(\"https://api.europeana.eu/record/v2/search.json\") |>\n  req_url_query(wskey = \"{S(g.s(LOWER, 9))}\", query = \"what:\\\"tapestry\\\"\", rows = 50) |>\n  req_perform()\n```")
    add("dpla", f"DPLA_API_KEY={S(g.s(HEX, 32))}  # requested via POST /v2/api_key/…")
    add("archiveorg", f"[s3]\naccess = {S(g.mixed(ALNUM, 16))}\nsecret = {S(g.mixed(ALNUM, 16))}\n\n[cookies]\nlogged-in-user = {E('archive-digitization%40stadsarchief.example')}\nlogged-in-sig = {S(g.mixed(ALNUM + '%', 60))}")
    add("archivesspace", shell("curl -s -F password=\"" + S(g.password()) + "\" \"http://localhost:8089/users/" + U("archivist") + "/login\"", "{\"session\":\"" + S(g.s(HEX, 64)) + "\",\"user\":{\"username\":\"" + U("archivist") + "\"}}"), ["archivesspace", "password"])
    add("archivematica", f"Archivematica storage service: user {U('am_pipeline')}, api key {S(g.s(HEX, 40))}. Dashboard at https://am.archief.example. Can you write the transfer script?")
    add("cooperhewitt+harvardartmuseums", f"```js\n// exhibition-kiosk/src/keys.js\nexport const COOPER_HEWITT_TOKEN = \"{S(g.s(HEX, 32))}\";\nexport const HAM_APIKEY = \"{S(g.uuid())}\";\n```", ["cooperhewitt", "harvardartmuseums"])
    add("brooklynmuseum+artsy", f"ARTSY_CLIENT_ID={g.s(HEX, 20)}\nARTSY_CLIENT_SECRET={S(g.s(HEX, 32))}\nBROOKLYN_MUSEUM_API_KEY={S(g.mixed(ALNUM, 32))}", ["brooklynmuseum", "artsy"])
    add("collectionspace", f"# docker-compose.override.yml\nservices:\n  cspace:\n    environment:\n      CSPACE_JEE_DB_PASSWORD: \"{S(g.password())}\"\n      CSPACE_ADMIN_PASSWORD: \"{S(g.password())}\"", ["collectionspace", "password"])
    add("gallerysystems", f"eMuseum API (Gallery Systems) — key {S(g.s(HEX, 40))}; the /objects/json endpoint returns 403 with it.")
    add("cuseum", f"Cuseum member-card push: CUSEUM_API_KEY='{S(g.mixed(ALNUM, 40))}' and venue 'marstrand-konsthall'.")
    add("digitalnz", f"Kia ora! I'm querying DigitalNZ with api_key={S(g.mixed(ALNUM, 20))} but the `and[category][]=Images` filter returns nothing. Any idea?")
    add("contentdm+exlibris", f"# library-discovery/config.yaml\ncontentdm:\n  server: https://cdm17221.contentdm.oclc.org\n  license: {S(g.s(UPNUM, 20))}\nalma:\n  region: eu\n  api_key: {S('l8xx' + g.s(HEX, 32))}", ["contentdm", "exlibris"])
    add("koha+bibliocommons", f"Koha REST (biblioteca municipal) client_secret: {S(g.uuid())}\nBiblioCommons API key: {S(g.s(LOWNUM, 24))}\n¿Cómo sincronizo las reservas cada 10 minutos?", ["koha", "bibliocommons"])
    add("hoopla+catalogit", f"hoopla_patron_api_secret: {S(g.mixed(ALNUM, 32))}\ncatalogit_hub_token: {S(g.s(HEX, 48))}", ["hoopla", "catalogit"])
    add("artworkarchive+libib", f"Artwork Archive key is {S(g.mixed(ALNUM, 30))} and the Libib one is {S(g.s(HEX, 40))}-{g.s(DIGITS, 6)}. Both go into the small-gallery inventory tool.", ["artworkarchive", "libib"])

    # civic tech and elections
    add("ballotpedia+ballotready", f"# voter-guide/.env\nBALLOTPEDIA_API_KEY={S(g.mixed(ALNUM, 40))}\nBALLOTREADY_API_KEY={S(g.s(HEX, 32))}\nELECTION_DATE=2026-11-03", ["ballotpedia", "ballotready"])
    add("democracyworks", f"curl -H 'Accept: application/json' -H 'Authorization: Bearer {S(g.mixed(ALNUM, 40))}' 'https://api.democracy.works/v2/elections?district-divisions=ocd-division/country:us/state:co'")
    add("electionbuddy", f"Witam, eksportuję wyniki głosowania ze ElectionBuddy. Klucz API: {S(g.s(HEX, 40))}. Skrypt zwraca pustą listę wyborców — dlaczego?")
    add("civicplus+granicus", f"granicus:\n  govdelivery_token: {S(g.mixed(ALNUM, 32))}\n  legistar_client: springfield\n  legistar_token: {S(g.mixed(ALNUM, 40))}\ncivicplus:\n  site: springfield-il\n  api_key: {S(g.uuid())}", ["granicus", "govdelivery", "legistar", "civicplus"])
    add("accela", f"POST https://apis.accela.com/oauth2/token HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\nx-accela-appid: 63611802\n\nclient_id=63611802&client_secret={S(g.s(HEX, 32))}&grant_type=password&username={U('permits.bot')}&password={S(g.password())}&scope=records&agency_name=ISLANDTON&environment=PROD", ["accela", "password"])
    add("citizenlab+decidim", f"Goeiemiddag, voor het participatieplatform van de gemeente gebruiken we:\n- CitizenLab (Go Vocal) public API: secret `{S(g.mixed(ALNUM, 48))}`\n- Decidim API: token `{S(g.mixed(ALNUM, 32))}`\nKun je een script maken dat alle voorstellen van dit jaar exporteert?", ["citizenlab", "decidim"])
    add("fixmystreet", f"[open311]\nendpoint = https://www.fixmystreet.com/open311/v2\napi_key = {S(g.mixed(ALNUM, 24))}\njurisdiction_id = fixmystreet")
    add("everyaction+actionnetwork", f"EVERYACTION_APP_NAME=lumen.canvass\nEVERYACTION_API_KEY={S(g.uuid() + '|1')}\nACTION_NETWORK_API_KEY={S(g.s(HEX, 32))}", ["everyaction", "actionnetwork"])
    add("actblue", f"ActBlue CSV API creds for the campaign finance report: client uuid {g.uuid()}, client secret {S(g.mixed(ALNUM, 43))}. Please add the download to the nightly job.")
    add("mobilizeamerica+civicrm", f"// sync.php\n$mobilize_key = '{S(g.mixed(ALNUM, 48))}';\n$civi = civicrm_api3('Contact', 'get', ['api_key' => '{S(g.mixed(ALNUM, 24))}', 'key' => '{S(g.s(HEX, 32))}']);", ["mobilizeamerica", "civicrm"])
    add("democracyclub+cicero", f"DC_API_KEY = \"{S(g.s(HEX, 40))}\"  # developers.democracyclub.org.uk\nCICERO_KEY = \"{S(g.s(HEX, 40))}\"  # cicero.azavea.com", ["democracyclub", "cicero"])
    add("congressgov+fec+govinfo+datagov", f"Tenemos cuatro claves de api.data.gov en el cuaderno del proyecto de transparencia:\n\n```python\nCONGRESS_KEY = \"{S(g.mixed(ALNUM, 40))}\"\nFEC_KEY = \"{S(g.mixed(ALNUM, 40))}\"\nGOVINFO_KEY = \"{S(g.mixed(ALNUM, 40))}\"\nDATAGOV_KEY = \"{S(g.mixed(ALNUM, 40))}\"\n```\n¿Podemos usar una sola?", ["congressgov", "fec", "govinfo", "datagov"])
    add("ckan+dkan", f"ckan.ini:\nckan.site_url = https://data.kota-example.go.id\nsqlalchemy.url = postgresql://{U('ckan_default')}:{S(g.password())}@db/ckan_default\napi_token.jwt.encode.secret = string:{S(g.mixed(ALNUM, 40))}\n\ndkan harvester: X-DKAN-Token {S(g.s(HEX, 32))}", ["ckan", "dkan", "password"])
    add("govuknotify+gcnotify", f"NOTIFY_API_KEY={S('polling-reminders-' + g.uuid() + '-' + g.uuid())}\nGC_NOTIFY_API_KEY={S('gcntfy-elections-' + g.uuid() + '-' + g.uuid())}", ["govuknotify", "gcnotify"])

    # water and waste utilities
    add("aquarius", f"Aquarius Time-Series (AQUARIUS Samples) voor het waterschap:\nSAMPLES_URL=https://waterschap.aqsamples.com/api\nSAMPLES_TOKEN={S(g.s(HEX, 32) + '-' + g.s(HEX, 8))}\n\nKun je de meetpunten van vandaag ophalen met pandas?")
    add("kisters", f"# KiWIS / WISKI connector\nkisters:\n  base: https://wiski.stadtwerke-example.de/KiWIS/KiWIS\n  user: {U('kiwis_read')}\n  password: {S(g.password())}\n  token: {S(g.mixed(ALNUM, 32))}", ["kisters", "password"])
    add("innovyze", copilot_cli("az keyvault secret show --vault-name wtr-ops --name innovyze-info360 --query value -o tsv", S(g.mixed(ALNUM, 52))))
    add("badgermeter", f"Badger Meter BEACON AMA export: `curl -u {E('beacon_api@hollowcreekwater.gov')}:{S(g.password())} https://api.beaconama.net/v2/eds/range?Start_Date=2026-11-01`\nIt returns a 302 to the login page instead of the CSV.", ["badgermeter", "password"])
    add("itron+kamstrup", f"<Connectors>\n  <Itron endpoint=\"https://temetra.itron.example/api\" apiKey=\"{S(g.s(HEX, 40))}\" />\n  <Kamstrup endpoint=\"https://api.kamstrup.com/readyapi\" clientId=\"{g.uuid()}\" clientSecret=\"{S(g.mixed(ALNUM, 40))}\" />\n</Connectors>", ["itron", "kamstrup"])
    add("flume+hydrawise", f"Home water dashboard (Home Assistant secrets.yaml):\n\nflume_client_id: {g.mixed(ALNUM, 20)}\nflume_client_secret: {S(g.mixed(ALNUM, 40))}\nflume_password: {S(g.password())}\nhydrawise_api_key: {S(g.s(HEXU, 4) + '-' + g.s(HEXU, 4) + '-' + g.s(HEXU, 4) + '-' + g.s(HEXU, 4))}", ["flume", "hydrawise", "password"])
    add("aclara+amcs", f"2026-11-26 03:00:01 INFO  billing-etl starting\n2026-11-26 03:00:02 DEBUG aclara session: POST /api/login {{\"user\":\"{U('etl_billing')}\",\"pass\":\"{S(g.password())}\"}}\n2026-11-26 03:00:05 DEBUG amcs platform: using key {S(g.mixed(ALNUM, 48))}\n2026-11-26 03:00:09 INFO  pulled 48211 reads", ["aclara", "amcs", "password"])
    add("compology+enevo", f"Containers fill-level sensors, two vendors — keys:\n\n| vendor | key |\n| --- | --- |\n| Compology | {S(g.s(HEX, 40))} |\n| Enevo | {S(g.mixed(ALNUM, 32))} |", ["compology", "enevo"])
    add("bigbelly+evreka", f"Ayer rotamos las claves de los contenedores inteligentes, pero el servicio sigue usando las viejas:\nBIGBELLY_X_TOKEN={S(g.mixed(ALNUM, 32))}\nEVREKA_API_KEY={S(g.mixed(ALNUM, 40))}\n¿Dónde se cachean?", ["bigbelly", "evreka"])
    add("ecube", f"Ecube Labs CleanCityNetworks API: `Authorization: Token {S(g.s(HEX, 40))}` — Cascade, please add retries to routes.py.")
    add("cityworks+cartegraph", f"# asset-mgmt integration settings\ncityworks.url=https://cw.okanagan-water.example/Cityworks\ncityworks.user={U('cw_integration')}\ncityworks.password={S(g.password())}\ncartegraph.url=https://cg.okanagan-water.example/Cartegraph\ncartegraph.apiToken={S(g.mixed(ALNUM, 36))}", ["cityworks", "cartegraph", "password"])
    add("lucity+hach", f"Hach WIMS ODBC DSN password: {S(g.password())}\nLucity REST key: {S(g.uuid(upper=True))}", ["hach", "lucity", "password"])
    add("hydropoint+aquasight", f"ส่งคีย์ให้ครับ ใช้กับระบบรดน้ำอัจฉริยะ\nHYDROPOINT_KEY={S(g.mixed(ALNUM, 32))}\nAQUASIGHT_KEY={S(g.s(HEX, 40))}\nช่วยเขียน cron ดึงข้อมูลทุกชั่วโมงหน่อย", ["hydropoint", "aquasight"])
    add("klir", f"python -m intake.klir --org thames-valley --token {S(g.mixed(ALNUM, 44))} --since 2026-11-20")

    # marketing agencies
    add("agencyanalytics", f"The agency reporting bot (AgencyAnalytics) key: {S(g.s(HEX, 64))}. It's for the Fenwick & Rhodes account. Build me a weekly PDF job.")
    add("databox+dashthis", f"DATABOX_PUSH_TOKEN={S(g.s(LOWNUM, 32))}\nDASHTHIS_API_KEY={S(g.mixed(ALNUM, 40))}", ["databox", "dashthis"])
    add("funnel", f"# funnel.io export to BigQuery\nexport FUNNEL_API_TOKEN='{S(g.mixed(ALNUM, 48))}'\nbq load --source_format=CSV marketing.spend ./funnel_export.csv")
    add("adespresso+adroll", f"adroll:\n  client_id: {g.mixed(ALNUM, 22)}\n  client_secret: {S(g.mixed(ALNUM, 40))}\n  access_token: {S(g.mixed(ALNUM, 30))}\nadespresso_api_key: {S(g.s(HEX, 32))}", ["adroll", "adespresso"])
    add("ahrefs", f"Hey! Can you build a quick rank tracker? Our Ahrefs API v3 key: {S(g.mixed(ALNUM + '-_', 40))}")
    add("buffer+loomly", f"// social-scheduler/config.go\nconst (\n\tbufferAccessToken = \"{S('1/' + g.s(HEX, 32))}\"\n\tloomlyAPIKey      = \"{S(g.mixed(ALNUM, 32))}\"\n)", ["buffer", "loomly"])
    add("later", f"Later (later.com) influencer API — Bearer {S(g.mixed(ALNUM, 40))}")
    add("agorapulse+brandwatch", f"AGORAPULSE_API_KEY={S(g.mixed(ALNUM, 40))}\nBRANDWATCH_TOKEN={S(g.uuid())}\nBRANDWATCH_PROJECT=1998240177", ["agorapulse", "brandwatch"])
    add("meltwater", f"curl -H \"apikey: {S(g.mixed(ALNUM, 40))}\" https://api.meltwater.com/v3/searches")
    add("mention+awario+brand24", f"Media monitoring keys (moved from the Notion page):\nMention: {S(g.mixed(ALNUM, 64))}\nAwario: {S(g.s(HEX, 32))}\nBrand24: {S(g.s(HEX, 40))}", ["mention", "awario", "brand24"])
    add("keyhole", f"Keyhole hashtag tracker, token `{S(g.mixed(ALNUM, 36))}` — dlaczego webhook wysyła dane dwa razy?")
    add("campaigner+constantcontact", f"# newsletters\ncampaigner_api_key = \"{S(g.uuid())}\"\nconstant_contact = {{ client_id = \"{g.uuid()}\", client_secret = \"{S(g.mixed(ALNUM + '_-', 22))}\", refresh_token = \"{S(g.mixed(ALNUM, 32))}\" }}", ["campaigner", "constantcontact"])
    add("drip+emarsys", f"DRIP_API_TOKEN={S(g.s(HEX, 32))}\nDRIP_ACCOUNT_ID=9183011\nEMARSYS_USER={U('lumen_agency001')}\nEMARSYS_SECRET={S(g.mixed(ALNUM, 20))}", ["drip", "emarsys"])
    add("acoustic+bloomreach", f"ACOUSTIC_CLIENT_SECRET={S(g.uuid())}\nACOUSTIC_REFRESH_TOKEN={S(g.mixed(ALNUM, 48))}\nBLOOMREACH_API_SECRET={S(g.mixed(LOWNUM, 64))}", ["acoustic", "bloomreach"])
    add("clevertap+leanplum", f"<meta-data android:name=\"CLEVERTAP_ACCOUNT_ID\" android:value=\"W88-{g.s(UPNUM, 3)}-{g.s(UPNUM, 4)}\"/>\n<meta-data android:name=\"CLEVERTAP_TOKEN\" android:value=\"{g.s(LOWNUM, 3)}-{g.s(LOWNUM, 3)}\"/>\n<!-- server side, should NOT be here -->\n<meta-data android:name=\"CLEVERTAP_PASSCODE\" android:value=\"{S(g.s(UPPER, 6) + '-' + g.s(UPPER, 6) + '-' + g.s(UPPER, 4))}\"/>\n<meta-data android:name=\"LEANPLUM_PROD_KEY\" android:value=\"{S('prod_' + g.mixed(ALNUM, 43))}\"/>", ["clevertap", "leanplum"])
    add("kissmetrics+heap", f"KISSmetrics API key: {S(g.s(HEX, 40))}\nHeap server-side: HEAP_API_KEY={S(g.uuid())}", ["kissmetrics", "heap"])
    add("hotjar+crazyegg", f"hotjar:\n  site_id: 3512044\n  client_id: {g.mixed(ALNUM, 20)}\n  client_secret: {S(g.mixed(ALNUM, 40))}\ncrazyegg:\n  api_key: {S(g.s(UPNUM, 20))}\n  api_secret: {S(g.s(HEX, 32))}", ["hotjar", "crazyegg"])
    add("mouseflow+luckyorange", f"Mouseflow REST: user {E('analytics@fenwickrhodes.example')} token {S(g.s(HEX, 32))}\nLucky Orange API key: {S(g.mixed(ALNUM, 40))}", ["mouseflow", "luckyorange"])
    add("lusha+kaspr+dropcontact", f"Лиды для агентства, ключи enrichment:\nLUSHA_API_KEY={S(g.uuid())}\nKASPR_API_KEY={S(g.s(HEX, 32))}\nDROPCONTACT_ACCESS_TOKEN={S(g.mixed(ALNUM, 30))}\nНе коммить это, пожалуйста.", ["lusha", "kaspr", "dropcontact"])
    add("mailshake+instantly", f"Cold outreach stack:\n- Mailshake API key `{S(g.s(HEX, 32))}`\n- Instantly API v2 key `{S(b64(g.uuid() + ':' + g.mixed(ALNUM, 12)))}`", ["mailshake", "instantly"])
    add("coschedule+conductor", f"COSCHEDULE_TOKEN={S(g.mixed(ALNUM, 40))}\nCONDUCTOR_API_KEY={S(g.s(HEX, 32))}\nCONDUCTOR_SECRET={S(g.s(HEX, 32))}", ["coschedule", "conductor"])
    add("brightedge+botify+lumar", f"SEO tools (client: Larkspur Outdoor)\n  brightedge  token {S(g.s(HEX, 40))}\n  botify      token {S(g.s(HEX, 40))}\n  lumar       key id {g.mixed(ALNUM, 12)} secret {S(g.mixed(ALNUM, 40))}", ["brightedge", "botify", "lumar"])
    add("majestic+dataforseo", f"import requests\nMAJESTIC = '{S(g.s(HEXU, 32))}'\nDFS_LOGIN = '{E('seo@fenwickrhodes.example')}'\nDFS_PASSWORD = '{S(g.s(HEX, 16))}'\nr = requests.post('https://api.dataforseo.com/v3/serp/google/organic/live/advanced', auth=(DFS_LOGIN, DFS_PASSWORD), json=[{{'keyword': 'hiking boots', 'location_code': 2826}}])", ["majestic", "dataforseo"])

    # more non-English carriers
    add("avature", f"Bonjour Copilot, le connecteur Avature du cabinet renvoie « invalid_client ». Extrait de `avature.properties` :\n\navature.portal=https://cabinet-lumen.avature.net\navature.client.id={g.mixed(ALNUM, 24)}\navature.client.secret={S(g.mixed(ALNUM, 48))}\n\nLe secret a été copié depuis le portail ce matin.")
    add("greythr", f"greytHR API ke liye maine ye credentials daale hain, phir bhi 401 aa raha hai:\n\nGREYTHR_DOMAIN=lumenin.greythr.com\nGREYTHR_API_USER={U('api_payroll')}\nGREYTHR_API_KEY={S(g.mixed(ALNUM, 40))}\n\nkya header galat hai?")
    add("bizneo+kallidus", f"Hola! Estas son las claves del piloto de formación:\n| sistema | clave |\n|---|---|\n| Bizneo HR | {S(g.s(HEX, 40))} |\n| Kallidus Learn | {S(g.mixed(ALNUM, 36))} |\nNo las subas al repo, por favor.", ["bizneo", "kallidus"])
    add("hireology+crelate", roo_cmd("grep -rn 'KEY' config/ats.env", f"config/ats.env:3:HIREOLOGY_API_KEY={S(g.s(HEX, 32))}\nconfig/ats.env:7:CRELATE_API_KEY={S(g.mixed(ALNUM, 32))}"), ["hireology", "crelate"])
    add("jobscore+clearcompany", f"Cześć! Integracja z JobScore i ClearCompany — klucze w `appsettings.Production.json`:\n\n\"JobScore\": {{ \"ApiKey\": \"{S(g.s(HEX, 32))}\" }},\n\"ClearCompany\": {{ \"ClientId\": \"cc-lumen\", \"ClientSecret\": \"{S(g.mixed(ALNUM, 44))}\" }}\n\nCzy można je przenieść do Azure Key Vault?", ["jobscore", "clearcompany"])
    add("fountain", f"Merhaba! Fountain (saatlik işe alım) webhook'u için imza anahtarı: {S(g.s(HEX, 64))}\nDoğrulama kodu `X-Fountain-Signature` başlığını okuyor ama hep false dönüyor.")
    add("homebase+betterworks", f"Olá! Ajuda com estas integrações do restaurante:\n```ini\n[homebase]\napi_key = {S(g.mixed(ALNUM, 40))}\nlocation_id = 77120\n\n[betterworks]\ntoken = {S(g.s(HEX, 40))}\n```\nO cron não lê o arquivo quando roda como root.", ["homebase", "betterworks"])
    add("gem+dover", f"Ukrainian recruiter wrote: «Ось ключі до Gem і Dover, підключи їх до нашого пайплайну кандидатів: GEM_API_KEY={S(g.mixed(ALNUM, 40))}, DOVER_API_TOKEN={S(g.mixed(ALNUM, 48))}. Дякую!»", ["gem", "dover"])
    add("harver", f"Halo, integrasi Harver untuk rekrutmen massal kurir: `X-Api-Key: {S(g.uuid())}` — kenapa endpoint /candidates mengembalikan 403 di produksi?")
    add("adp+charliehr", f"סודות של מערכות שכר (להעביר לכספת!):\nADP_CLIENT_ID={g.uuid()}\nADP_CLIENT_SECRET={S(g.uuid())}\nCHARLIEHR_CLIENT_ID={g.mixed(ALNUM, 20)}\nCHARLIEHR_CLIENT_SECRET={S(g.mixed(ALNUM, 40))}", ["adp", "charliehr"])
    add("deepcrawl", f"Ο παλιός λογαριασμός DeepCrawl (πλέον Lumar) έχει ακόμα ενεργό κλειδί: id {g.s(DIGITS, 4)}, value {S(g.mixed(ALNUM, 44))}. Μπορείς να το απενεργοποιήσεις από το script;")

    add("jobylon", continue_ctx("src/feeds/jobylon.py", f"import httpx\n\nJOBYLON_APP_ID = 3391\nJOBYLON_APP_KEY = \"{S(g.mixed(ALNUM, 32))}\"\n\ndef jobs():\n    return httpx.get(\"https://feed.jobylon.com/feeds/\" + JOBYLON_APP_KEY + \"/?format=json\").json()", "Hej! Varför får vi en tom lista? Flödet fungerade i går."))
    add("homerun", mcp("create_or_update_file", {"owner": "lumen-talent", "repo": "careers-site", "path": "config/homerun.json", "branch": "main", "message": "chore: homerun config", "content": dumps({"homerun": {"api_token": S(g.mixed(ALNUM, 40)), "vacancy_filter": "published"}}, indent=2)}))
    add("demandforce", f"Demandforce reminders for the vet group — `DF_LICENSE_KEY={S(g.s(UPNUM, 24))}` in `reminders/.env`. Can you check why SMS go out twice?")
    # generic: passwords, keys, tokens without a named vendor
    add("password_vet_wifi", f"Заметки для нового администратора ветклиники «Добрый доктор»:\n- Wi-Fi для персонала: VetStaff-5G, пароль {S(g.password())}\n- Гостевой Wi-Fi: VetGuest, пароль на стойке регистрации\n- Роутер: 192.168.8.1, логин {U('admin')}, пароль {S(g.password())}", ["password"])
    add("pem_kiosk", claude_bash("cat deploy/kiosk-tls/museum-kiosk.key", "/home/" + U("ines.moreau") + "/museum-kiosk") + "\n" + claude_out(S(g.pem("PRIVATE KEY", 10)), "/home/" + U("ines.moreau") + "/museum-kiosk"), ["pem"])
    add("jwt_election_admin", f"2026-11-04T01:12:40Z DEBUG tally-api request: POST /precincts/117/results\n  authorization: Bearer {S(g.jwt(dumps({'sub': 'county-clerk-07', 'role': 'results_admin', 'county': 'Lowell', 'exp': 1793750400}, separators=(',', ':'))))}\n  content-length: 2211", ["jwt"])
    add("password_sqlcmd", f"PS C:\\ops> sqlcmd -S waste-billing-db.internal -U {U('billing_rw')} -P \"{S(g.password())}\" -Q \"EXEC dbo.CloseMonth @Period='2026-10'\"\nSqlcmd: Warning: The last operation was terminated because the user pressed CTRL+C.", ["password"])
    add("generic_hmac_go", f"package webhook\n\n// signingKey verifies the kitchen display webhooks.\nvar signingKey = []byte(\"{S(g.mixed(ALNUM, 48))}\")\n\nfunc Verify(body []byte, sig string) bool {{\n\tm := hmac.New(sha256.New, signingKey)\n\tm.Write(body)\n\treturn hmac.Equal([]byte(hex.EncodeToString(m.Sum(nil))), []byte(sig))\n}}", ["generic"])
    add("password_mongo_uri", f"שלום, השרת של מערכת הגיוס לא מצליח להתחבר ל-MongoDB. זו מחרוזת החיבור:\nmongodb+srv://{U('recruit_app')}:{S(g.password())}@cluster0.k2x9e.mongodb.net/ats?retryWrites=true\nמה לא בסדר?", ["password"])
    add("openssh_deploy", f"Cline, please add this deploy key to the museum-archive runner:\n\n{S(g.openssh())}\n\nand then run the rsync job.", ["pem"])
    add("generic_django", f"# settings/production.py  (fashion storefront)\nSECRET_KEY = \"{S(g.s(LOWNUM + '!@#$%^&*(-_=+)', 50))}\"\nDEBUG = False\nALLOWED_HOSTS = [\"shop.atelier-nord.example\"]", ["generic"])
    add("password_htpasswd_prose", f"Mbona login ya dashibodi ya maji inakataa? Nimeweka mtumiaji {U('mhandisi')} na nenosiri {S(g.password())} kwenye .htpasswd kupitia `htpasswd -b`.", ["password"])
    add("generic_rails_master", copilot_call("run_in_terminal", {"command": f"RAILS_MASTER_KEY={S(g.s(HEX, 32))} bin/rails credentials:show", "explanation": "Show credentials for the reservation app", "isBackground": False}), ["generic"])
    return out


def pii(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(src: str, t: str) -> None:
        out.append((f"holdout20:{src}", t))

    # recruiting / HR
    add("ats_candidate_json", copilot_tool(dumps({"candidate": {"id": 88120, "first_name": P("Oluwaseun"), "last_name": P("Adeyemi-Brandt"), "email": E("seun.adeyemibrandt@gmail.com"), "phone": T("+44 7700 914382"), "stage": "Onsite", "source": "Referral", "referrer": P("Marit Solheim")}}, indent=2)))
    add("offer_letter_fr", f"Objet : Promesse d'embauche\n\nMadame {P('Clémence Aubertin')},\n\nNous avons le plaisir de vous confirmer votre recrutement au poste de cheffe de projet data à compter du 5 janvier 2027. Votre adresse déclarée : {A('14 rue des Tanneurs, 67000 Strasbourg')}. Date de naissance : {D('22/08/1991')}.\n\nPour toute question : {P('Yannick Le Goff')}, {T('03 88 41 27 90')}.")
    add("hr_onboarding_us", f"new_hire:\n  legal_name: {P('Darnell T. Whitaker')}\n  dob: {D('1988-02-29')}\n  ssn: {m('US_SSN', '538-41-7726')}\n  home_address: {A('2207 Magnolia Bend Dr, Apt 4, Baton Rouge, LA 70808')}\n  personal_email: {E('dwhitaker88@outlook.com')}\n  mobile: {T('(225) 614-0937')}\n  start_date: 2026-12-01")
    add("interview_slack_pl", f"[10:02] {U('k.zielinska')}: Hej, kandydatka {P('Weronika Dąbrowska')} prosi o przesunięcie rozmowy na czwartek. Jej numer: {T('+48 512 640 918')}\n[10:04] {U('tomasz.b')}: ok, daj znać {P('Ani')} z HR\n[10:05] {U('k.zielinska')}: wysłane na {E('weronika.dabrowska@wp.pl')}")
    add("payroll_csv_nl", f"personeelsnr;naam;iban;geboortedatum;woonplaats\n1042;{P('Sanne de Wit-Koster')};{I(iban('NL', 'RABO' + '0' + g.s(DIGITS, 9)))};{D('03-11-1994')};{L('Zwolle')}\n1043;{P('Mehmet Yıldırım')};{I(iban('NL', 'INGB' + '000' + g.s(DIGITS, 7)))};{D('17-05-1987')};{L('Deventer')}")
    add("referral_email_tr", f"From: {P('Elif Karaca')} <{E('elif.karaca@lumenstaff.example')}>\nTo: {E('ik@lumenstaff.example')}\nSubject: Aday önerisi\n\nMerhaba, eski ekip arkadaşım {P('Burak Öztürk')} backend pozisyonu için çok uygun. Telefonu {T('0532 418 27 61')}, LinkedIn'de de var. CV ekte.\n\nSaygılarımla,\n{P('Elif')}")
    add("background_check_result", junie([("Run failing test", "./gradlew test --tests BackgroundCheckMapperTest"), ("Output", f"expected:<Report(subject={P('Priya Raghunathan')}, dob={D('1990-07-14')}, ssn={m('US_SSN', '611-20-4583')}, status=CLEAR)> but was:<Report(subject={P('Priya Raghunathan')}, dob=null, ssn=null, status=CLEAR)>"), ("Fix", "Map `dateOfBirth` and `ssn` from the nested `subject` object.")]))
    add("git_log_hr_repo", shell("git log -3 --format='%h %an <%ae> %s'", f"9c1e2f0 {P('Nokuthula Mahlangu')} <{E('nokuthula.m@lumenstaff.example')}> fix: timezone of interview slots\n41bd7a3 {P('Joaquín Ferreyra')} <{E('jferreyra@users.noreply.github.com')}> feat: scorecard export\nd20a8e5 {P('Nokuthula Mahlangu')} <{E('nokuthula.m@lumenstaff.example')}> chore: bump deps"))
    add("hr_leave_he", f"בקשת חופשה\nשם העובדת: {P('נועה בן-דוד')}\nמספר טלפון: {T('052-7713904')}\nכתובת: {A('רחוב הרצל 41, רחובות')}\nתאריכים: 14/12–21/12\nמאשר: {P('אבי שטרן')}")
    add("timesheet_hi", f"नमस्ते {P('सुनीता चौहान')} जी, आपकी अक्टूबर की timesheet में 3 दिन missing हैं। कृपया {E('sunita.chauhan@lumenin.example')} से HR portal में login करके भर दें। कोई दिक्कत हो तो {P('राहुल मेहता')} को {T('98201 44736')} पर call करें।")
    add("cv_parse_result", cline_say("readFile", "fixtures/parsed_cv_0193.json", dumps({"name": P("Ioana Mărgineanu"), "email": E("ioana.margineanu@yahoo.ro"), "phone": T("+40 744 216 903"), "address": A("Strada Mihai Eminescu 27, bl. B3, ap. 12, Cluj-Napoca 400012"), "birthdate": D("1996-03-09"), "skills": ["Python", "Airflow"]}, ensure_ascii=False)))
    add("ats_notes_id", f"Catatan interview untuk {P('Rizky Pratama Nugroho')} (kandidat Data Engineer). Dia tinggal di {A('Jl. Kaliurang KM 7 No. 19, Sleman, Yogyakarta 55581')}, bisa dihubungi di {T('0812-2739-4410')}. Interviewer: {P('Dewi Anggraini')}.")
    add("employee_sql", shell("psql -c \"select id, full_name, email, phone from employees where team='payroll'\"", f" id  |      full_name       |            email             |      phone\n-----+----------------------+------------------------------+-----------------\n 311 | {P('Thandiwe Mokoena')}     | {E('thandiwe.m@lumen.co.za')}       | {T('082 449 1275')}\n 318 | {P('Hendrik van Rensburg')} | {E('hvrensburg@lumen.co.za')}       | {T('+27 21 461 0389')}\n(2 rows)", "hr=> "))

    # veterinary clinics
    add("vet_appointment_el", f"Ραντεβού: Παρασκευή 11:30\nΙδιοκτήτης: {P('Γιώργος Παπαδημητρίου')}\nΚινητό: {T('694 718 2205')}\nΔιεύθυνση: {A('Οδός Αγίου Δημητρίου 58, 54630 Θεσσαλονίκη')}\nΖώο: «Μπίλι», σκύλος, 7 ετών — εμβόλιο λύσσας")
    add("vet_invoice_json", copilot_tool(dumps({"invoice": "INV-2026-4471", "client": {"name": P("Aoife Ní Bhriain"), "email": E("aoife.nibhriain@eircom.net"), "phone": T("087 331 9042"), "address": A("12 Ballyhooly Road, Mayfield, Cork T23 XK72")}, "patient": {"name": "Biscuit", "species": "feline"}, "total": 184.5, "card_last4": "4417"}, ensure_ascii=False)))
    add("vet_reminder_sms_log", f"2026-11-25 09:00:12 sms.sent to={T('+61 412 775 093')} body=\"Hi {P('Callum')}, Pepper is due for her C5 booster at Banksia Vet. Reply Y to confirm.\"\n2026-11-25 09:00:13 sms.sent to={T('+61 423 018 664')} body=\"Hi {P('Mei Ling')}, Otis is due for a dental check.\"")
    add("vet_referral_nl", f"Doorverwijzing naar specialist\nEigenaar: {P('Femke Jansen-Verbeek')}, {A('Kerkstraat 112, 3581 RB Utrecht')}, tel. {T('06-41829370')}\nDier: Kooikerhondje 'Moos', 4 jaar\nVerwijzend dierenarts: drs. {P('Pieter Hoogland')}")
    add("vet_crm_csv", f"owner_first,owner_last,email,phone,postcode,pet\n{P('Siobhan')},{P('McAllister')},{E('siobhanmca@btinternet.com')},{T('07911 238450')},{Z('BT7 1NN')},Rufus\n{P('Kwabena')},{P('Asante')},{E('k.asante@gmail.com')},{T('07438 992107')},{Z('M14 5RL')},Nala")
    add("vet_card_payment", f"[stripe-terminal] 2026-11-26 16:44:02 charge failed for {P('Rosa Delgado Ibarra')}: card {C(luhn_complete('4', 16, g))} exp 09/28 — do_not_honor\n[stripe-terminal] clinic=Valle Verde Veterinaria")
    add("vet_owner_th", f"ข้อมูลเจ้าของสัตว์เลี้ยง\nชื่อ: {P('สมชาย ศรีสุวรรณ')}\nโทร: {T('081 234 7719')}\nที่อยู่: {A('99/12 ซอยสุขุมวิท 71 แขวงพระโขนงเหนือ เขตวัฒนา กรุงเทพฯ 10110')}\nสัตว์เลี้ยง: แมว ชื่อ \"ส้มโอ\" อายุ 3 ปี")
    add("vet_prompt_owner", f"Can you add a migration that merges duplicate owners? Example: {P('Hamid Karimi')} ({E('hamid.karimi77@gmail.com')}) and {P('H. Karimi')} ({T('604-555-0199')}) are the same person at {A('3380 Kingsway, Vancouver, BC V5R 5L1')}.")

    # restaurants and food delivery
    add("delivery_order_json", dumps({"order_id": "DD-88192-XK", "customer": {"name": P("Tamsin Okoro"), "phone": T("+1 312-555-0148"), "address": A("1450 N Milwaukee Ave, Apt 3R, Chicago, IL 60622"), "instructions": "buzz 3R, leave at door"}, "items": [{"sku": "BOWL-TERIYAKI", "qty": 2}], "courier": {"first_name": P("Luis")}}, indent=2))
    add("reservation_tr", f"Rezervasyon: Cumartesi 20:00, 6 kişi\nAd Soyad: {P('Ayşe Gül Demirtaş')}\nTel: {T('+90 533 207 81 46')}\nE-posta: {E('aysegul.demirtas@hotmail.com')}\nNot: doğum günü pastası, glutensiz")
    add("complaint_ticket_pt", f"Ticket #55812 — Pedido chegou frio\nCliente: {P('Ana Beatriz Figueiredo')}\nEndereço: {A('Rua Augusta, 1508, apto 72, Consolação, São Paulo - SP, 01304-001')}\nTelefone: {T('(11) 98734-2210')}\nEntregador: {P('Cláudio Nascimento')}\nReembolso aprovado por {U('sup.marina')}")
    add("loyalty_sql_ko", shell("sqlite3 loyalty.db \"select name, phone, points from members order by points desc limit 2\"", f"{P('김서연')}|{T('010-4821-7730')}|12400\n{P('박준호')}|{T('010-9917-2084')}|11850"))
    add("catering_email_de", f"Hallo Frau {P('Schulze-Wendt')},\n\nvielen Dank für die Anfrage zum Firmen-Catering am 12.12. Lieferadresse: {A('Hafenstraße 7, 20359 Hamburg')}, 3. OG. Bei Rückfragen erreichen Sie mich unter {T('040 3187 2264')}.\n\nBeste Grüße\n{P('Jonas Petersen')}\nKüchenchef, Elbblick Kantine")
    add("driver_roster_sw", f"Orodha ya wasambazaji wa leo (Nairobi):\n1. {P('Wanjiru Kamau')} — {T('0722 418 906')}\n2. {P('Otieno Ouma')} — {T('+254 733 521 448')}\n3. {P('Baraka Mwangi')} — {T('0710 883 215')}\nMsimamizi: {P('Achieng Odhiambo')}")
    add("pos_refund_log", f"2026-11-26 21:14:55 refund approved by manager {U('rmalik')} for card ****{g.s(DIGITS, 4)}\n2026-11-26 21:15:02 receipt emailed to {E('j.whitford@icloud.com')}\n2026-11-26 21:16:40 guest {P('Jessamy Whitford')} signed up for loyalty, phone {T('(415) 555-0163')}")
    add("food_app_crash", f"Fatal Exception: java.lang.IllegalStateException: address not geocodable: \"{A('ул. Большая Покровская, 18, кв. 41, Нижний Новгород, 603005')}\"\n    at ru.yumbox.checkout.AddressValidator.validate(AddressValidator.kt:88)\n  user: {P('Анастасия Воронцова')} ({E('a.vorontsova@yandex.ru')})")
    add("staff_schedule_vi", f"Lịch ca tuần này – Quán Phở Hạnh:\nThứ 2: {P('Nguyễn Thị Hạnh')} ({T('0903 482 117')})\nThứ 3: {P('Trần Minh Khoa')} ({T('0912 664 083')})\nQuản lý: {P('Lê Văn Tùng')}")

    # fashion retail
    add("return_request_it", f"Richiesta di reso #R-2291\nCliente: {P('Giulia Ferraresi')}\nIndirizzo di ritiro: {A('Via Santo Stefano 44, 40125 Bologna BO')}\nTelefono: {T('+39 347 221 9084')}\nIBAN per il rimborso: {I(iban('IT', 'X' + g.s(DIGITS, 10) + g.s(UPNUM, 12)))}\nMotivo: taglia sbagliata (M → L)")
    add("shopify_order_export", f"Name,Email,Billing Name,Billing Address1,Billing City,Billing Zip,Billing Phone\n#10441,{E('laila.haddad@gmail.com')},{P('Laila Haddad')},{A('27 Rue Oberkampf')},{L('Paris')},{Z('75011')},{T('+33 6 12 48 90 37')}\n#10442,{E('oskar.lindqvist@telia.se')},{P('Oskar Lindqvist')},{A('Sveavägen 88')},{L('Stockholm')},{Z('113 59')},{T('070-482 19 33')}")
    add("size_quiz_chat", f"**User:** our stylist bot logs are showing full customer profiles, is that ok? example row:\n`{{\"customer\": \"{P('Chiamaka Eze')}\", \"dob\": \"{D('1999-12-02')}\", \"email\": \"{E('chiamaka.eze@yahoo.com')}\", \"bust\": 92, \"waist\": 74}}`\n\n**Cursor:** No — the log line includes a name, a date of birth and an e-mail address. I'll drop the `customer`, `dob` and `email` keys from the logger and keep only the measurements with an anonymous id.")
    add("klarna_dispute_pl", f"Reklamacja od klientki {P('Magdalena Wróblewska-Nowak')} ({E('m.wroblewska@onet.pl')}, {T('601 338 472')}). Adres dostawy: {A('ul. Piotrkowska 137 m. 9, 90-434 Łódź')}. Zwrot na konto {I(iban('PL', g.s(DIGITS, 24)))}.")
    add("warehouse_label_ro", f"^XA\n^FO40,40^A0N,30,30^FD{P('Andrei Popescu-Vlad')}^FS\n^FO40,80^A0N,26,26^FD{A('Bd. Unirii 62, bl. K3, sc. 2, ap. 31, București 030833')}^FS\n^FO40,120^A0N,26,26^FDTel {T('0722 904 318')}^FS\n^XZ")
    add("crm_vip_ar", f"عميلة مميزة: {P('ريم الشمري')}\nالجوال: {T('+966 55 318 4402')}\nالبريد: {E('reem.alshammari@gmail.com')}\nالعنوان: {A('حي الملقا، شارع أنس بن مالك 4127، الرياض 13521')}\nملاحظات: تفضل التوصيل مساءً")
    add("gift_card_fraud", f"Fraud review — gift card purchases over 500 EUR\n| buyer | card | ip |\n|---|---|---|\n| {P('Kasper Mørk')} | {C(luhn_complete('5', 16, g))} | {IP('185.44.72.19')} |\n| {P('Liesbeth Claes')} | {C(luhn_complete('37', 15, g))} | {IP('91.183.10.244')} |")

    # museums and archives
    add("donor_record_en", f"Donor record (Raiser's Edge export)\nConstituent: Mrs. {P('Evangeline Thistlewood')}\nAddress: {A('4 Chantry Close, Wells, Somerset BA5 2PJ')}\nPhone: {T('01749 672 310')}\nGift: £2,500 towards the tapestry conservation fund\nRelationship manager: {P('Rupert Ashdown')}")
    add("reading_room_booking_uk", f"Бронювання читального залу архіву\nДослідник: {P('Олена Костенко')}\nЕл. пошта: {E('olena.kostenko@ukr.net')}\nТелефон: {T('+380 67 218 4490')}\nФонд 1247, опис 3, справи 12–18")
    add("oral_history_meta", f"<record>\n  <title>Oral history: dockworkers of Rotterdam, 1960s</title>\n  <interviewee>{P('Cornelis Bakker')}</interviewee>\n  <interviewee_birthdate>{D('1938-06-21')}</interviewee_birthdate>\n  <interviewer>{P('Saskia Vermeulen')}</interviewer>\n  <contact>{E('s.vermeulen@stadsarchief.example')}</contact>\n</record>")
    add("volunteer_list_museum", f"Volunteer guides, weekend rota:\n- {P('Harriet Oyelaran')}, {T('07700 900 417')}, {E('harriet.oyelaran@gmail.com')}\n- {P('Tomás Ó Súilleabháin')}, {T('07700 900 952')}\n- {P('Yuki Tanabe')}, {E('yuki.tanabe.guide@gmail.com')}")
    add("image_rights_request_ja", f"{P('渡辺 真理子')} 様\n\n所蔵作品の画像使用申請を受け付けました。請求書送付先: {A('〒604-8005 京都府京都市中京区恵比須町 534-3')}\nご不明点は学芸課 {P('森本')} ({T('075-221-4813')}) までお問い合わせください。")
    add("archive_user_login", f"Nov 26 10:41:12 atom-archive sshd[2281]: Accepted publickey for {U('hjalmarsson')} from {IP('83.250.17.92')} port 51822 ssh2\nNov 26 10:44:03 atom-archive sudo: {U('hjalmarsson')} : TTY=pts/0 ; PWD=/var/www/atom ; USER=root ; COMMAND=/usr/bin/php symfony search:populate")

    # civic tech and elections
    add("voter_helpline_ticket", f"Helpline ticket #2026-1104-0871\nCaller: {P('Marisol Quintero')}\nDOB: {D('04/17/1979')}\nRegistered address: {A('918 W Alameda St, Santa Fe, NM 87501')}\nPhone: {T('505-555-0172')}\nIssue: polling place changed, wants to confirm the new one.")
    add("petition_signers_es", f"Firmantes verificados (muestra):\n{P('Iratxe Etxeberria')}, {E('iratxe.etxe@gmail.com')}, {L('Donostia')}\n{P('Guillermo Sáenz de Ugarte')}, {E('gsaenz@telefonica.net')}, {L('Logroño')}")
    add("council_foi_request", f"From: {P('Gareth Pritchard')} <{E('gareth.pritchard@protonmail.com')}>\nSubject: FOI request — pothole repair spend 2025\n\nDear Records Officer,\nplease send the response to {A('17 Heol Gwyn, Pontypridd CF37 4RJ')}. My phone is {T('01443 480 226')}.")
    add("canvass_export", f"van_id,first_name,last_name,phone,address,support\n118204,{P('Tyrone')},{P('Beaumont')},{T('(614) 555-0190')},{A('2211 Cleveland Ave, Columbus, OH 43211')},2\n118205,{P('Nadia')},{P('Haddadi')},{T('(614) 555-0137')},{A('87 E Tulane Rd, Columbus, OH 43202')},1")
    add("poll_worker_fr", f"Liste des assesseurs – bureau de vote n°14\n{P('Fatoumata Diallo')} – {T('06 71 28 44 09')}\n{P('Gérard Lemoine')} – {T('06 18 90 37 51')}\nPrésidente du bureau : {P('Martine Rousseau')}")
    add("github_issue_civic", mcp_res(dumps({"number": 412, "title": "Map shows wrong precinct for my street", "user": {"login": U("jmbeki-dev")}, "body": f"Hi, I'm {P('Jabulani Mbeki')}. For {A('45 Jan Smuts Ave, Parktown, Johannesburg 2193')} the app shows precinct 12 but my letter says 19."}, ensure_ascii=False)))

    # water and waste utilities
    add("water_account_csv", f"account_no,holder,service_address,phone,iban\n400918221,{P('Jürgen Obermaier')},{A('Lindenweg 3, 85354 Freising')},{T('08161 49 22 07')},{I(iban('DE', g.s(DIGITS, 18)))}\n400918244,{P('Zeynep Aksoy')},{A('Bahnhofstr. 19a, 85356 Freising')},{T('0176 2284 9913')},{I(iban('DE', g.s(DIGITS, 18)))}")
    add("leak_report_sms", f"Leak report via SMS gateway:\nfrom={T('+234 803 412 7761')}\nbody=\"Burst pipe in front of {A('14 Adeola Odeku Street, Victoria Island, Lagos')}, water everywhere. - {P('Folake Adebayo')}\"")
    add("waste_pickup_complaint_ro", f"Sesizare ridicare gunoi\nNume: {P('Mihaela Constantinescu')}\nAdresă: {A('Str. Avram Iancu 15, Sibiu 550166')}\nTelefon: {T('0745 318 209')}\nE-mail: {E('mihaela.c@gmail.com')}\nDescriere: containerul de reciclare nu a fost golit de 3 săptămâni.")
    add("meter_reader_app_log", f"I/MeterSync( 4412): upload ok route=R-17 reader={U('sipho.n')}\nI/MeterSync( 4412): customer note: \"dog in yard, call Mrs. {P('Naidoo')} first {T('083 552 9014')}\"\nI/MeterSync( 4412): gps=-29.8587,31.0218")
    add("billing_dispute_gr", f"Αίτημα διόρθωσης λογαριασμού ύδρευσης\nΚαταναλωτής: {P('Αικατερίνη Μαυρίδου')}\nΑρ. παροχής: 0041-2277\nΔιεύθυνση: {A('Ερμού 112, 10558 Αθήνα')}\nIBAN επιστροφής: {I(iban('GR', g.s(DIGITS, 7) + g.s(UPNUM, 16)))}")
    add("direct_debit_be", f"Domiciliëring afvalbeheer\nNaam: {P('Wouter Van den Broeck')}\nRekening: {I(iban('BE', g.s(DIGITS, 12)))}\nAdres: {A('Kortrijksesteenweg 231, 9000 Gent')}\nGeboortedatum: {D('11.01.1983')}")

    # marketing agencies
    add("lead_form_dump", f"POST /api/leads 201\n{{\"name\":\"{P('Valentina Cruz Moreno')}\",\"email\":\"{E('valentina.cruz@estudiocruz.mx')}\",\"phone\":\"{T('+52 55 4127 8830')}\",\"company\":\"Estudio Cruz\",\"budget\":\"10-25k\",\"utm_source\":\"linkedin\",\"ip\":\"{IP('189.203.44.17')}\"}}")
    add("influencer_contract_ta", f"ஒப்பந்தம்: இன்ஸ்டாகிராம் விளம்பரம் (3 ரீல்கள்)\nகலைஞர்: {P('கார்த்திகா சுப்பிரமணியன்')}\nதொலைபேசி: {T('+91 98401 27736')}\nமின்னஞ்சல்: {E('karthika.creates@gmail.com')}\nமுகவரி: {A('12, 4வது குறுக்குத் தெரு, அடையாறு, சென்னை 600020')}")
    add("newsletter_bounce", f"Final-Recipient: rfc822; {E('pieter-jan.devos@skynet.be')}\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 <{E('pieter-jan.devos@skynet.be')}>: Recipient address rejected\nX-Campaign-Owner: {P('Lotte Peeters')}")
    add("client_kickoff_notes", f"Kickoff notes — Larkspur Outdoor\nAttendees: {P('Imogen Fairweather')} (CMO), {P('Raj Malhotra')} (our side), {P('Sunny Park')}\nImogen's mobile for approvals: {T('+1 (303) 555-0126')}\nAssets go to {E('imogen@larkspur-outdoor.example')}")
    add("crm_export_sv", f"kontakt;e-post;telefon;stad\n{P('Linnéa Bergström')};{E('linnea.bergstrom@gmail.com')};{T('073-518 22 40')};{L('Umeå')}\n{P('Aleksi Mäkinen')};{E('aleksi.makinen@elisa.fi')};{T('+358 40 718 2253')};{L('Tampere')}")
    add("ad_account_audit", f"$ gh api /orgs/fenwick-rhodes/members --jq '.[].login'\n{U('imogenfw')}\n{U('rajm-dev')}\n{U('sunnypark')}\n$ git config user.email\n{E('raj.malhotra@fenwickrhodes.example')}")
    add("windows_path_user", f"Error: ENOENT: no such file or directory, open 'C:\\Users\\{U('adaeze.okonkwo')}\\Documents\\campaigns\\q4\\brief.docx'\n    at Object.openSync (node:fs:573:3)")
    add("whatsapp_export_hi", f"[26/11/26, 9:14:02 AM] {P('Rohit Bansal')}: bhai client ka number de do\n[26/11/26, 9:15:40 AM] {P('Neha Arora')}: {T('+91 99100 43871')} — Mr. {P('Vikram Sethi')}, unka email {E('vikram.sethi@sethitextiles.in')}\n[26/11/26, 9:16:02 AM] {P('Rohit Bansal')}: thanks 🙏")
    add("notebook_segment", nb("df[df.ltv > 2000][['name', 'email', 'city']].head(3)", f"              name                      email       city\n412   {P('Haruto Sakamoto')}   {E('haruto.sakamoto@docomo.ne.jp')}      {L('Sendai')}\n1877  {P('Bongani Dlamini')}    {E('bongani.dlamini@mweb.co.za')}     {L('Durban')}\n2903  {P('Ewa Jankowska')}      {E('ewa.jankowska@interia.pl')}      {L('Gdańsk')}"))
    add("ko_delivery_address", f"배달 주소 확인 부탁드립니다.\n주문자: {P('이지은')}\n연락처: {T('010-3318-2740')}\n주소: {A('서울특별시 마포구 월드컵북로 396, 101동 1203호')}\n요청사항: 문 앞에 두고 벨 눌러주세요")
    add("pt_vet_record", f"Ficha do tutor\nNome: {P('Joana Rebelo Carvalho')}\nNIF no ficheiro separado\nMorada: {A('Rua de Cedofeita 311, 4050-181 Porto')}\nTelemóvel: {T('912 448 307')}\nE-mail: {E('joana.rcarvalho@sapo.pt')}\nAnimal: gato 'Tareco', 9 anos")
    add("vi_hr_contract", f"HỢP ĐỒNG LAO ĐỘNG\nBên B: Ông {P('Phạm Quốc Bảo')}\nNgày sinh: {D('12/06/1993')}\nĐịa chỉ: {A('45 Nguyễn Huệ, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh')}\nĐiện thoại: {T('0987 215 330')}")
    add("uk_utility_account", f"Абонент: {P('Степан Гнатюк')}\nОсобовий рахунок: 0448120913\nАдреса: {A('вул. Городоцька, 174, кв. 8, Львів, 79022')}\nТел.: {T('+380 93 415 27 60')}\nIBAN для повернення: {I(iban('UA', g.s(DIGITS, 6) + g.s(DIGITS, 19)))}")
    add("id_museum_member", f"Kartu anggota museum baru:\nNama: {P('Siti Nurhaliza Rahmawati')}\nTanggal lahir: {D('21-04-1985')}\nEmail: {E('siti.rahmawati@yahoo.co.id')}\nHP: {T('+62 813-9021-4456')}")
    add("sw_voter_registration_help", f"Habari, naitwa {P('Neema Mushi')}. Nimejiandikisha kupiga kura lakini jina langu halionekani. Namba yangu ni {T('0754 219 883')} na ninaishi {A('Mtaa wa Uhuru 22, Kariakoo, Dar es Salaam')}.")
    add("dob_in_prompt", f"Write a Jest test for `ageFromDob`. Use my colleague as the example: {P('Kofi Boateng')}, born {D('2 March 1992')}, should be 34.")
    add("cursor_home_path", cursor_bg("Fix lint errors in the restaurant menu importer", [("tool_call", f"read_file /Users/{U('marguerite.lavoie')}/code/menu-importer/src/index.ts"), ("assistant", "The unused imports come from the old CSV parser; removing them.")]))
    return out


def negatives(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(src: str, t: str) -> None:
        out.append((f"holdout20:{src}", t))

    add("env_example_hr", "# .env.example — copy to .env and fill in\nASHBY_API_KEY=<your-ashby-key>\nGREENHOUSE_HARVEST_TOKEN=\nHIBOB_SERVICE_USER_TOKEN=changeme\nDEEL_API_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxx\nWEBHOOK_SECRET=${WEBHOOK_SECRET}")
    add("git_log_oneline", shell("git log --oneline -6", "a41f9c2 (HEAD -> main, origin/main) fix(menu): round prices to 2 decimals\n7e03bd1 feat(kds): show allergen icons\n0c9d5e8 chore(deps): bump fastapi from 0.115.2 to 0.115.4\n5b2a7f1 refactor: extract DeliveryQuote dataclass\ne88c014 test: cover courier ETA edge cases\n19af3d6 Merge pull request #212 from kitchen-hub/feat/prep-times"))
    add("uuid_migration", "-- 0031_add_pickup_windows.sql\nCREATE TABLE pickup_windows (\n  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),\n  kitchen_id uuid NOT NULL REFERENCES kitchens(id),\n  opens_at time NOT NULL,\n  closes_at time NOT NULL\n);\nINSERT INTO kitchens (id, slug) VALUES ('3f1b7c2e-9a40-4d6e-b812-5c0e7a9d4f31', 'test-kitchen');")
    add("package_lock_integrity", "\"node_modules/date-fns\": {\n  \"version\": \"4.1.0\",\n  \"resolved\": \"https://registry.npmjs.org/date-fns/-/date-fns-4.1.0.tgz\",\n  \"integrity\": \"sha512-Ukq0owbQXxa/U3EGtsdVBkR1w7KOQ5gIBqdH2hkvknzZPYvBxb/aa6E8L7tmjFtkwZBu3UXBbjIgPo/Ez4xaNg==\",\n  \"license\": \"MIT\"\n}")
    add("docker_digest", "FROM python:3.12-slim@sha256:af4e85f1cac90dd3771e47292ea7c8a9830abfabbe4faa5c53f158854c2e819d\nWORKDIR /app\nCOPY pyproject.toml uv.lock ./\nRUN pip install uv==0.5.4 && uv sync --frozen --no-dev\nCOPY src/ src/\nUSER 10001\nCMD [\"uvicorn\", \"vetsync.api:app\", \"--host\", \"0.0.0.0\", \"--port\", \"8080\"]")
    add("k8s_secret_ref", "env:\n  - name: EZYVET_CLIENT_SECRET\n    valueFrom:\n      secretKeyRef:\n        name: vet-integrations\n        key: ezyvet-client-secret\n  - name: LOG_LEVEL\n    value: info")
    add("gha_secrets_expr", "jobs:\n  deploy:\n    runs-on: ubuntu-24.04\n    steps:\n      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2\n      - run: ./scripts/deploy.sh\n        env:\n          FOODICS_TOKEN: ${{ secrets.FOODICS_TOKEN }}\n          SENTRY_DSN: ${{ vars.SENTRY_DSN }}")
    add("prose_museums_en", "The exhibition pulls object records from the Rijksmuseum, the Metropolitan Museum of Art and Europeana through their public APIs, and images are served as IIIF manifests. Each API needs a key, which we keep in the vault under `museum/*`; nothing in the repo should contain one.")
    add("prose_vet_fr", "Pour la clinique vétérinaire, on synchronise les rendez-vous depuis ezyVet toutes les cinq minutes. Le jeton d'accès expire au bout d'une heure et il est renouvelé automatiquement ; il n'est jamais écrit sur disque. Les identifiants sont lus depuis les variables d'environnement au démarrage.")
    add("prose_delivery_id", "Integrasi GoFood dan GrabFood memakai webhook. Setiap pesanan punya order_id seperti `GF-2611-88314`, dan status berubah dari ACCEPTED ke DELIVERED. Kunci API disimpan di Secret Manager, bukan di repo.")
    add("pytest_output", "============================= test session starts ==============================\nplatform linux -- Python 3.12.7, pytest-8.3.3, pluggy-1.5.0\nrootdir: /workspaces/ballot-tools\ncollected 48 items\n\ntests/test_precincts.py ........................                          [ 50%]\ntests/test_results.py ........................                            [100%]\n\n============================== 48 passed in 1.92s ==============================")
    add("sha_checksums", "$ sha256sum dist/*\n3b5d5c3712955042212316173ccf37be800a3f6c0ec3fd2a1e2d4f2d8a2e7c91  dist/waterly_client-2.4.0-py3-none-any.whl\n9f2c1e0b7a3d4e5f60718293a4b5c6d7e8f9012345678abcdef0123456789abc  dist/waterly_client-2.4.0.tar.gz")
    add("placeholders_readme_pl", "## Konfiguracja\n\nSkopiuj `config.example.yaml` do `config.yaml` i uzupełnij:\n\n```yaml\nbreezy:\n  api_token: \"<TWÓJ_TOKEN>\"\njobvite:\n  api_key: \"YOUR_API_KEY\"\n  secret: \"YOUR_SECRET\"\n```\n\nNigdy nie commituj pliku `config.yaml`.")
    add("sentry_event_ids", "{\"event_id\": \"b8e2d1f07a4c4d59a3f6e1c02d9b7a44\", \"release\": \"menu-importer@3.7.1\", \"environment\": \"production\", \"platform\": \"node\", \"exception\": {\"values\": [{\"type\": \"TypeError\", \"value\": \"Cannot read properties of undefined (reading 'price')\"}]}, \"tags\": {\"kitchen\": \"test-kitchen\", \"trace_id\": \"4bf92f3577b34da6a3ce929d0e0e4736\"}}")
    add("http_429_trace", "HTTP/2 429\ncontent-type: application/json\nretry-after: 30\nx-ratelimit-limit: 120\nx-ratelimit-remaining: 0\nx-request-id: req_01JDX4T8QW5N2M3K7P9R6S0V1Y\n\n{\"error\": \"rate_limited\", \"detail\": \"Too many requests to /v1/appointments\"}")
    add("terraform_plan", "  # google_secret_manager_secret.ashby_key will be created\n  + resource \"google_secret_manager_secret\" \"ashby_key\" {\n      + id        = (known after apply)\n      + project   = \"lumen-talent-prod\"\n      + secret_id = \"ashby-api-key\"\n      + replication { auto {} }\n    }\n\nPlan: 1 to add, 0 to change, 0 to destroy.")
    add("public_ssh_key", "# deploy/authorized_keys (public keys only)\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHb3kQp7m2Xr0aZ4vN8sWc1LtY6eJfD5uG9hK2oP3iQx ci-deploy\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIM2rT8vXk4pQ1aN7zB0cY3eW6fH9jL5sD2gK8uO4iE1m backup-runner")
    add("stripe_pk_and_ids", "const stripe = Stripe('pk_test_TYooMQauvdEDq54NiTphI7jx');\n// objects from the test dashboard\nconst price = 'price_1QF8xJ2eZvKYlo2C0bX4fTgh';\nconst product = 'prod_R8Vh3kLm2NqP0s';")
    add("prose_civic_es", "El portal de participación ciudadana usa Decidim con autenticación por OAuth. Los resultados de las elecciones municipales se publican en formato CSV abierto, con un identificador por mesa (por ejemplo `28-079-05-021-A`). No hay datos personales en el conjunto publicado.")
    add("prose_water_nl", "Het waterschap meet elk kwartier het peil bij gemaal De Blocq van Kuffeler. De meetreeksen komen uit WISKI en worden als JSON gepubliceerd met tijdstempels in UTC. Sleutels voor de API staan in de kluis, niet in deze repository.")
    add("prose_marketing_tr", "Ajansımız müşteri raporlarını haftalık olarak hazırlıyor. Google Ads, Meta ve TikTok verileri BigQuery'ye aktarılıyor; kampanya kimlikleri `cmp_2026_q4_outdoor_17` gibi görünüyor. API anahtarları Secret Manager'da saklanıyor.")
    add("prose_fashion_ja", "在庫同期ジョブは毎晩2時に実行されます。SKUは `AW26-TEE-OVR-BLK-M` の形式で、JANコードは13桁です。APIキーは環境変数から読み込み、ログには出力しません。")
    add("prose_food_th", "ระบบรับออเดอร์ของร้านอาหารเชื่อมต่อกับ LINE MAN และ Grab ผ่าน webhook ทุกออเดอร์มีรหัสเช่น `LM-261126-0042` และ token ถูกเก็บใน Secret Manager ไม่ได้อยู่ในโค้ด")
    add("prose_hr_uk", "Інтеграція з ATS синхронізує вакансії кожні 15 хвилин. Токени доступу зберігаються у сховищі секретів і ротуються щомісяця; у логах ми бачимо лише їхні ідентифікатори, наприклад `key_7f3a`.")
    add("prose_archive_el", "Το ψηφιακό αρχείο χρησιμοποιεί AtoM και Archivematica. Κάθε πακέτο AIP έχει UUID και checksum SHA-256, που ελέγχονται κάθε εβδομάδα. Οι κωδικοί πρόσβασης δεν αποθηκεύονται στο αποθετήριο.")
    add("prose_elections_hi", "चुनाव परिणाम डैशबोर्ड हर 5 मिनट में public CSV feed से data लेता है। हर booth का एक code होता है, जैसे `AC-142-PS-087`। इसमें किसी मतदाता का निजी data नहीं है।")
    add("prose_vet_sw", "Mfumo wa kliniki ya mifugo unatuma vikumbusho vya chanjo kila Jumatatu. Funguo za API zimehifadhiwa kwenye vault, na hakuna taarifa za wamiliki zinazoandikwa kwenye logi.")
    add("prose_waste_ro", "Aplicația de colectare a deșeurilor afișează programul pe străzi, nu pe adrese individuale. Datele vin din API-ul primăriei în format GeoJSON, cu coduri de zonă precum `SB-Z07`.")
    add("iiif_manifest", "{\"@context\": \"http://iiif.io/api/presentation/3/context.json\", \"id\": \"https://iiif.museum.example/manifest/obj-1927-0441\", \"type\": \"Manifest\", \"label\": {\"en\": [\"Tapestry fragment, wool and silk, c. 1520\"]}, \"items\": [{\"id\": \"https://iiif.museum.example/canvas/p1\", \"type\": \"Canvas\", \"height\": 6200, \"width\": 4800}]}")
    add("csv_menu_skus", "sku,name,price_eur,ean13,allergens\nBOWL-TERI-01,Teriyaki bowl,12.90,4006381333931,\"soy,sesame\"\nSAL-GRK-02,Greek salad,9.50,4012345678901,milk\nDRK-LEM-03,Lemonade,3.80,4000417025005,")
    add("cargo_lock", "[[package]]\nname = \"serde_json\"\nversion = \"1.0.133\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"c7fceb2473b9166b2294ef05efcb65a3db80803f0b03ef86a5fc88a2b85ee377\"")
    add("otel_trace", "2026-11-26T12:04:55.118Z INFO  [otel] span=ProcessOrder trace_id=5b8efff798038103d269b633813fc60c span_id=eee19b7ec3c1b174 parent=00f067aa0ba902b7 duration_ms=41 kitchen=test-kitchen status=OK")
    add("jwks_public", "{\"keys\": [{\"kty\": \"RSA\", \"use\": \"sig\", \"kid\": \"2026-11-a\", \"alg\": \"RS256\", \"n\": \"u1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw7onLRnrq0_IzW7yWR7QkrmBL7jTKEn5u-qKhbwKfBstIs-bMY2Zkp18gnTxKLxoS2tFczGkPLPgizskuemMghRniWaoLcyehkd3qqGElvW_VDL5AaWTg0nLVkjRo9z-40RQzuVaE8AkAFmxZzow3x-VJYKdjykkJ0iT9wCS0DRTXu269V264Vf_3jvredZiKRkgwlL9xNAwxXFg0x_XFw005UWVRIkdgcKWTjpBP2dPwVZ4WWC-9aGVd-Gyn1o0CLelf4rEjGoXbAAEgAqeGUxrcIlbjXfbcmw\", \"e\": \"AQAB\"}]}")
    add("cline_plan_no_secrets", "<thinking>\nThe user wants the Getir webhook handler to verify signatures. The secret must come from `process.env.GETIR_WEBHOOK_SECRET`; I should not print it. I'll add a constant-time comparison and a test with a dummy value like `test-secret`.\n</thinking>\n\n<replace_in_file>\n<path>src/webhooks/getir.ts</path>\n</replace_in_file>")
    add("pip_freeze", "$ pip freeze | head\nanyio==4.6.2.post1\ncertifi==2024.8.30\ncharset-normalizer==3.4.0\nhttpx==0.27.2\nidna==3.10\npydantic==2.9.2\npydantic_core==2.23.4\nsniffio==1.3.1")
    add("public_company_prose", "We compared Deliveroo, DoorDash, Just Eat Takeaway and Glovo for the pilot in Lisbon and Madrid. Uber Eats had the widest coverage, but the commission was higher. The board picked two partners for Q1.")
    add("html_public_widget", "<script src=\"https://widgets.bentobox.example/reserve.js\" data-site=\"ostra-bar\" data-public-key=\"pub_demo\" defer></script>\n<link rel=\"stylesheet\" href=\"/static/app.css?v=7e03bd1\" integrity=\"sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC\" crossorigin=\"anonymous\">")
    add("warp_ls", warp_block("ls -la deploy/", "total 24\ndrwxr-xr-x  5 root root 4096 Nov 26 09:12 .\ndrwxr-xr-x 12 root root 4096 Nov 26 09:10 ..\n-rw-r--r--  1 root root  812 Nov 26 09:12 compose.yml\n-rw-r--r--  1 root root  204 Nov 26 09:12 .env.example\ndrwxr-xr-x  2 root root 4096 Nov 26 09:11 nginx", "/srv/kitchen-hub"))
    add("copilot_review_comment", copilot_call("github_add_review_comment", {"path": "src/settings.py", "line": 14, "body": "Please don't default `SECRET_KEY` to `\"dev-insecure-change-me\"` in production; raise if the environment variable is missing."}))
    add("ip_private_nginx", "upstream vet_api {\n    server 10.0.4.21:8080 max_fails=3;\n    server 10.0.4.22:8080 max_fails=3;\n}\nserver {\n    listen 443 ssl http2;\n    server_name api.vet.example;\n    ssl_certificate /etc/ssl/certs/vet.pem;\n}")
    add("semver_changelog", "## 2.4.0 (2026-11-20)\n- Added: Kamstrup READy meter import (#88)\n- Fixed: timezone of leak alerts (#91)\n- Changed: minimum Python 3.10\n\n## 2.3.2 (2026-10-30)\n- Fixed: retry on 502 from the billing API")
    add("gradle_deps", "+--- com.squareup.retrofit2:retrofit:2.11.0\n|    \\--- com.squareup.okhttp3:okhttp:4.12.0\n+--- com.clevertap.android:clevertap-android-sdk:7.0.3\n\\--- com.google.firebase:firebase-messaging:24.1.0")
    add("ical_public_event", "BEGIN:VEVENT\nUID:exhibit-opening-2026-12-05-main-hall\nDTSTART:20261205T180000Z\nDTEND:20261205T210000Z\nSUMMARY:Opening night — Textiles of the Silk Road\nLOCATION:Main Hall\nEND:VEVENT")
    add("fake_card_docs", "For testing the café checkout use Stripe's test card 4242 4242 4242 4242 with any future expiry and any CVC. Live cards are never used in CI.")
    add("prose_pl_delivery", "Integracja z Glovo i Wolt działa przez webhooki. Każde zamówienie ma identyfikator w rodzaju `WLT-7F3A-221`, a sekret do podpisu HMAC jest w Azure Key Vault. W repozytorium trzymamy tylko `.env.example` z wartościami `changeme`.")
    add("prose_he_museum", "מערכת הקטלוג של המוזיאון מושכת רשומות מ-Europeana ומ-DPLA. כל פריט מזוהה ב-UUID, והתמונות מוגשות דרך IIIF. המפתחות שמורים בכספת ולא בקוד.")
    add("prose_ko_water", "수질 모니터링 대시보드는 5분마다 센서 데이터를 가져옵니다. 측정소 코드는 `WQ-HAN-014` 형식이며, API 키는 비밀 관리자에 저장되어 있고 로그에는 기록되지 않습니다.")
    add("prose_pt_fashion", "A loja usa a API da Centra para o catálogo e a Dafiti como marketplace. Os SKUs seguem o padrão `VER26-VEST-LIN-AZ-38`; as credenciais ficam no cofre, e no repositório só existe `CENTRA_TOKEN=<token>`.")
    add("base64_image", "<img alt=\"logo\" src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAKklEQVR42mNkYPhfz0AEYBxVSF+FwCRhGEPjoMbRhnYMgVgDmRWsFwBz3QkRM2dUsQAAAABJRU5ErkJggg==\">")
    return out
