# ruff: noqa: E501, RUF001  -- item tables hold whole texts on one line; foreign letters are intended.
"""Twenty-second held-out set: coding-agent material (Copilot agent mode, Copilot coding agent and
CLI, Cursor, Windsurf, Cline, Claude Code, Zed, Goose, Kiro) written blind, without running the
detectors. Work domains: insurance brokers, airlines and travel agencies, construction and
architecture, sports clubs, public libraries, charities, ports and shipping, dental practices.
Providers (A-M) that no earlier set used.
"""

from __future__ import annotations

import base64
import json

from _markup import IP, A, C, D, E, I, L, P, S, T, U, Z, diff, m, shell
from _values import ALNUM, DIGITS, HEX, LOWER, LOWNUM, UPNUM, UPPER, Gen, grouped, iban, luhn_complete

B64URL = ALNUM + "-_"
JWT_FW = '{"sub":"user_5521","iss":"fieldwire"}'
JWT_CAT = '{"aud":"openfield","team":"u21-squad"}'
JWT_GR = '{"sub":"finance-bot","role":"disburser","exp":1796000000}'


def dumps(obj: object, **kw: object) -> str:
    kw.setdefault("ensure_ascii", False)
    return json.dumps(obj, **kw)  # type: ignore[arg-type]


def vsc_call(name: str, args: dict[str, object]) -> str:
    """VS Code Copilot agent mode: assistant tool call, arguments a JSON string."""
    return dumps({"role": "assistant", "content": None, "tool_calls": [{"id": "call_h22Tq5Lw", "type": "function", "function": {"name": name, "arguments": dumps(args)}}]})


def vsc_result(content: str) -> str:
    return dumps({"role": "tool", "tool_call_id": "call_h22Tq5Lw", "content": content})


def claude_bash(command: str, cwd: str) -> str:
    return dumps({"type": "assistant", "cwd": cwd, "message": {"role": "assistant", "content": [{"type": "tool_use", "id": "toolu_01Vb7", "name": "Bash", "input": {"command": command}}]}})


def claude_result(content: str, cwd: str) -> str:
    return dumps({"type": "user", "cwd": cwd, "message": {"role": "user", "content": [{"tool_use_id": "toolu_01Vb7", "type": "tool_result", "content": content}]}})


def mcp_result(text: str) -> str:
    return dumps({"jsonrpc": "2.0", "id": 17, "result": {"content": [{"type": "text", "text": text}], "isError": False}})


def cline_say(text: str) -> str:
    return dumps({"ts": 1795634120551, "type": "say", "say": "tool", "text": text})


def goose_msg(text: str) -> str:
    return dumps({"role": "user", "created": 1795640022, "content": [{"type": "toolResponse", "id": "tr_5", "toolResult": {"status": "success", "value": [{"type": "text", "text": text}]}}]})


def b64(raw: str) -> str:
    return base64.b64encode(raw.encode()).decode()


def secrets(g: Gen) -> list[tuple[str, list[str], str]]:
    def h(n: int) -> str:
        return g.s(HEX, n)

    def a(n: int) -> str:
        return g.mixed(ALNUM, n)

    out: list[tuple[str, list[str], str]] = []
    add = out.append

    # 1 insurance broker .env read in VS Code agent mode
    add(("copilot-vscode:read_file", ["agencyzoom", "ezlynx"], vsc_result(
        f"# broker-portal/.env.staging\nNODE_ENV=staging\nAGENCYZOOM_API_KEY={S(a(40))}\nAGENCYZOOM_BASE=https://api.agencyzoom.com/v1\nEZLYNX_CLIENT_ID=brk-quotes-stg\nEZLYNX_CLIENT_SECRET={S(a(24) + '-' + a(12))}\nQUOTE_CACHE_TTL=900\n")))

    # 2 Cursor chat, Vietnamese, travel agency booking with Vietjet-like but using Cleartrip key
    add(("cursor:chat", ["cleartrip"], f"Mình đang test API tìm chuyến bay của Cleartrip cho đại lý ở Đà Nẵng. Key sandbox đây: {S(h(32))} — nhờ bạn viết hàm gọi /air/api/search và xử lý lỗi 429 giúp mình nhé."))

    # 3 Claude Code: curl to Duffel-like airline API? use aerodatabox via RapidAPI header
    add(("claude-code:bash", ["aerodatabox"], claude_bash(
        f"curl -s 'https://aerodatabox.p.rapidapi.com/flights/number/TP1351/2026-12-03' -H 'X-RapidAPI-Key: {S(h(10) + 'msh' + a(15) + 'p1' + h(6) + 'jsn' + h(12))}' -H 'X-RapidAPI-Host: aerodatabox.p.rapidapi.com' | jq '.[0].departure'",
        "/home/dev/ops-dashboard")))

    # 4 Copilot coding agent PR review comment about an Avianca partner secret
    add(("copilot-coding-agent:review-comment", ["avianca"], f"**copilot-pull-request-reviewer** commented on `integrations/avianca/client.py` line 22\n\n> ```python\n> PARTNER_SECRET = \"{S(a(32))}\"\n> ```\n\nThis partner secret for the Avianca LifeMiles accrual endpoint is committed in plain text. Please move it to the `AVIANCA_PARTNER_SECRET` repository secret and read it with `os.environ`."))

    # 5 YAML for dental PMS
    add(("copilot-vscode:create_file", ["carestack"], vsc_call("create_file", {"filePath": "/srv/smiles-dental/config/integrations.yaml", "content": f"carestack:\n  tenant: smilesdental-brno\n  api_url: https://api.carestack.com/v1.0\n  vendor_key: {S(g.uuid())}\n  account_key: {S(g.uuid())}\n  sync_appointments: true\nreminders:\n  channel: sms\n"})))

    # 6 Open Dental eConnector keys in a C# snippet (Windsurf)
    add(("windsurf:cascade", ["eaglesoft"], f"Cascade: I found the Eaglesoft (Patterson) bridge credentials hard-coded in `EsBridge.cs`:\n\n```csharp\nprivate const string PartnerId = \"ORTHOLINK\";\nprivate const string PartnerSecret = \"{S(a(16))}\";\nprivate const string PracticeToken  = \"{S(a(16))}\";\n```\n\nI'll move both into user-secrets and update the README."))

    # 7 Marinetraffic already used? use datalastic, aisstream in python port monitor
    add(("zed:agent", ["aisstream"], f"```python\n# port_of_tema/ais_feed.py\nimport asyncio, websockets, json\n\nAPI_KEY = \"{S(h(40))}\"\n\nasync def listen():\n    async with websockets.connect(\"wss://stream.aisstream.io/v0/stream\") as ws:\n        await ws.send(json.dumps({{\"APIKey\": API_KEY, \"BoundingBoxes\": [[[5.55, -0.05], [5.68, 0.10]]]}}))\n        async for msg in ws:\n            print(json.loads(msg)[\"MessageType\"])\n```"))

    # 8 Datalastic in PHP
    add(("cline:read_file", ["datalastic"], cline_say(dumps({"tool": "readFile", "path": "app/Services/VesselLookup.php", "content": f"<?php\nnamespace App\\Services;\n\nclass VesselLookup\n{{\n    private string $endpoint = 'https://api.datalastic.com/api/v0/vessel';\n    private string $apiKey = '{S(g.uuid())}';\n\n    public function byImo(string $imo): array\n    {{\n        return Http::get($this->endpoint, ['api-key' => $this->apiKey, 'imo' => $imo])->json();\n    }}\n}}\n"}))))

    # 9 Blackbaud SKY subscription key and OAuth in appsettings.json for charity
    add(("copilot-vscode:read_file", ["blackbaudsky"], vsc_result(dumps({"Logging": {"LogLevel": {"Default": "Information"}}, "BlackbaudSky": {"SubscriptionKey": S(h(32)), "ApplicationId": g.uuid(), "ApplicationSecret": S(b64(a(33))[:44]), "RedirectUri": "https://donations.kinderhilfe-example.org/auth/callback"}}, indent=2))))

    # 10 Bloomerang in Ruby, Brazilian Portuguese comment
    add(("cursor:composer", ["bloomerang"], f"# lib/bloomerang_sync.rb\n# Sincroniza doadores da ONG com o Bloomerang toda madrugada\nrequire 'faraday'\n\nBLOOMERANG_KEY = ENV.fetch('BLOOMERANG_KEY', '{S(a(32))}') # TODO: tirar o fallback antes do deploy\n\nconn = Faraday.new('https://api.bloomerang.co/v2', headers: {{ 'X-API-KEY' => BLOOMERANG_KEY }})\n"))

    # 11 Donorbox basic auth in curl, Czech prose
    add(("copilot-cli:shell", ["donorbox"], f"Spouštím export darů pro charitu Naděje:\n\n$ curl -u 'finance@nadeje-example.cz:{S(a(20))}' https://donorbox.org/api/v1/donations?per_page=100 -o dary.json\n  % Total    % Received\n100  48211  100  48211\n"))

    # 12 GiveLively GraphQL token inside JS
    add(("copilot-vscode:edit", ["givelively"], vsc_call("replace_string_in_file", {"filePath": "/app/src/lib/givelively.ts", "oldString": "const token = process.env.GL_TOKEN!;", "newString": f"const token = process.env.GL_TOKEN ?? \"{S(a(43))}\";"})))

    # 13 JustGiving app id in query string, Arabic prompt
    add(("copilot-vscode:prompt", ["justgiving"], f"عندي مشكلة في طلب JustGiving، يرجع 401 دائماً:\n\nGET https://api.justgiving.com/{S(h(8))}/v1/fundraising/pages/run-for-gaza-water\n\nهل المعرّف في المسار صحيح أم يجب وضعه في الهيدر x-api-key؟"))

    # 14 Raisely in TOML
    add(("goose:tool", ["funraise"], goose_msg(f"$ cat config/fundraising.toml\n[funraise]\norganization = \"ride-for-refuge-2027\"\napi_token = \"{S(a(40))}\"\nwebhook_path = \"/hooks/funraise\"\n\n[mail]\nfrom = \"noreply@example.org\"\n")))

    # 15 Benevity client credentials in Kotlin
    add(("kiro:spec", ["benevity"], f"Task 3.2 — wire Benevity Causes API\n\n```kotlin\nobject BenevityConfig {{\n    const val CLIENT_ID = \"matchgift-prod\"\n    const val CLIENT_SECRET = \"{S(a(48))}\"\n    const val TOKEN_URL = \"https://api.benevity.org/oauth2/token\"\n}}\n```\n\nAcceptance: token refresh succeeds before expiry."))

    # 16 Donorperfect in ASP classic URL
    add(("copilot-coding-agent:session-log", ["donorperfect"], f"Copilot started work on behalf of {U('mwaweru-dev')}\n\n▸ Run grep -rn \"apikey=\" legacy/\nlegacy/sync_gifts.asp:41:  url = \"https://www.donorperfect.net/prod/xmlrequest.asp?apikey={S(a(88))}&action=dp_savegift\"\n\n▸ Plan\nMove the DonorPerfect key into IIS app settings."))

    # 17 Buildertrend in .NET user-secrets list output
    add(("claude-code:result", ["buildertrend"], claude_result(f"Buildertrend:ClientId = bt-estimating-sync\nBuildertrend:ClientSecret = {S(a(40))}\nConnectionStrings:Jobs = Server=sql-bt;Database=Jobs;Trusted_Connection=True\n", "/workspaces/estimating")))

    # 18 Fieldwire bearer token in HTTP trace
    add(("copilot-vscode:terminal", ["fieldwire"], f"> GET /api/v3/projects/91844/tasks?filters[status]=open HTTP/1.1\n> Host: client-api.us.fieldwire.com\n> Authorization: Bearer {S(g.jwt(JWT_FW))}\n> Fieldwire-Version: 2024-11-01\n>\n< HTTP/1.1 200 OK\n< Content-Type: application/json\n"))

    # 19 Bluebeam Studio client secret in .properties
    add(("windsurf:read", ["bluebeam"], f"# src/main/resources/application.properties\nspring.application.name=drawing-review\nbluebeam.studio.client-id={g.uuid()}\nbluebeam.studio.client-secret={S(a(32))}\nbluebeam.studio.region=eu\nserver.port=8084\n"))

    # 20 Procore-like: use dalux in Hungarian
    add(("cursor:chat", ["dalux"], f"Szia! A Dalux Field API-hoz ezt a kulcsot kaptuk az építésvezetőtől: {S(a(36))} — beírnád a `dalux.env` fájlba DALUX_API_KEY néven? A projekt a győri raktárcsarnok."))

    # 21 Aconex basic auth in Python requests with Japanese comment
    add(("copilot-vscode:read_file", ["aconex"], vsc_result(f"# aconex_docs.py\nimport requests\n\n# 設計図面の一覧を取得する（大阪港ターミナル拡張プロジェクト）\nACONEX_USER = \"svc-docctrl\"\nACONEX_PASS = \"{S(g.password())}\"\nACONEX_APP_KEY = \"{S(g.uuid())}\"\n\nr = requests.get(\"https://ap1.aconex.com/api/projects/1879048247/register\",\n                 auth=(ACONEX_USER, ACONEX_PASS),\n                 headers={{\"X-Application-Key\": ACONEX_APP_KEY}})\n")))

    # 22 Asite in XML config
    add(("cline:read_file", ["asite"], f"<!-- web.config -->\n<appSettings>\n  <add key=\"Asite.BaseUrl\" value=\"https://dmsak.asite.com/api\" />\n  <add key=\"Asite.Login\" value=\"integration@northbridge-build.example\" />\n  <add key=\"Asite.Password\" value=\"{S(g.password())}\" />\n  <add key=\"Asite.SessionTimeoutMin\" value=\"20\" />\n</appSettings>"))

    # 23 Hilti ON!Track token, German prose
    add(("copilot-cli:prompt", ["hilti"], f"Kannst du mir ein kleines Skript schreiben, das alle Geräte aus Hilti ON!Track mit Status \"verloren\" exportiert? Unser Token ist {S(a(64))}, Mandant 40211. Ausgabe bitte als CSV mit Seriennummer und letztem Standort."))

    # 24 Graphisoft BIMcloud in JSON twice escaped (openai style)
    inner = dumps({"server": "https://bimcloud.atelier-kovac.example:22000", "user": "render-bot", "password": S(g.password())})
    add(("copilot-vscode:tool-call", ["graphisoft"], dumps({"id": "call_9pXe", "type": "function", "function": {"name": "write_file", "arguments": dumps({"path": "tools/bimcloud.json", "content": inner})}})))

    # 25 Bentley iTwin client secret in .env diff
    add(("copilot-coding-agent:diff", ["bentley"], diff(".env.example", ["IMJS_AUTH_CLIENT_CLIENT_ID=spa-8d2f0c71", f"IMJS_AUTH_CLIENT_CLIENT_SECRET={S(a(26) + '==')}", "IMJS_ITWIN_ID=0a4e2f9b-77d1-4c3a-9b6e-2f10c8d6e5a1"], ("# iTwin viewer", "IMJS_URL_PREFIX=\"\""))))

    # 26 Knowify + Levelset in a shell export block
    add(("claude-code:bash", ["knowify", "levelset"], claude_bash(f"export KNOWIFY_TOKEN={S(h(40))}\nexport LEVELSET_API_KEY={S('ls_live_' + a(32))}\npython scripts/sync_liens.py --since 2026-10-01", "/opt/contractor-tools")))

    # 27 ConstructConnect in Go
    add(("zed:agent", ["constructconnect"], f"```go\npackage leads\n\nconst (\n\tccBase   = \"https://api.constructconnect.com/v2\"\n\tccAPIKey = \"{S(a(32))}\"\n)\n\nfunc NewClient() *Client {{ return &Client{{key: ccAPIKey, base: ccBase}} }}\n```"))

    # 28 HammerTech in PowerShell, Malay comment
    add(("windsurf:terminal", ["hammertech"], f"PS C:\\keselamatan> # tarik laporan insiden tapak minggu ini\nPS C:\\keselamatan> $headers = @{{ Authorization = \"Bearer {S(a(60))}\" }}\nPS C:\\keselamatan> Invoke-RestMethod -Uri https://au-api.hammertechonline.com/api/v1/incidents -Headers $headers | ConvertTo-Csv\n"))

    # 29 Buildots in k8s secret (stringData)
    add(("kiro:file", ["buildots"], f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: buildots-sync\n  namespace: site-progress\ntype: Opaque\nstringData:\n  BUILDOTS_API_TOKEN: \"{S(a(48))}\"\n  BUILDOTS_ORG: \"hochtief-example\"\n"))

    # 30 Archdesk in Swift
    add(("copilot-vscode:read_file", ["archdesk"], vsc_result(f"//  ArchdeskClient.swift\nimport Foundation\n\nstruct ArchdeskClient {{\n    let base = URL(string: \"https://app.archdesk.com/api/v1\")!\n    // TODO: Keychain\n    let apiToken = \"{S(h(48))}\"\n}}\n")))

    # 31 Hiscox broker API in C# — Slovak
    add(("cursor:chat", ["hiscox"], f"Pri volaní Hiscox broker API dostávam 403. Používam `Ocp-Apim-Subscription-Key: {S(h(32))}` a poistku s číslom HX-PL-0049921. Je ten kľúč na sandbox alebo produkciu? Poisťovací maklér v Žiline to potrebuje do piatku."))

    # 32 Chubb quote API in node config
    add(("cline:write", ["chubb"], cline_say(dumps({"tool": "newFileCreated", "path": "config/carriers.js", "content": f"module.exports = {{\n  chubb: {{\n    baseUrl: 'https://api.chubb.com/quotes/v2',\n    apiKey: '{S(a(32))}',\n    producerCode: 'BRK-77120',\n  }},\n}};\n"}))))

    # 33 Coalition cyber insurance in Django settings
    add(("copilot-vscode:read_file", ["coalition"], vsc_result(f"# settings/prod.py\nCOALITION_API = {{\n    'URL': 'https://api.coalitioninc.com/broker/v1',\n    'TOKEN': '{S(a(40))}',\n    'TIMEOUT': 30,\n}}\n")))

    # 34 Embroker in Terraform variable default
    add(("copilot-coding-agent:review-comment", ["embroker"], f"```hcl\nvariable \"embroker_api_key\" {{\n  type      = string\n  default   = \"{S('emb_' + a(40))}\"\n  sensitive = true\n}}\n```\n\nA `default` on a sensitive variable still lands in state and in git. Drop the default and pass it via `TF_VAR_embroker_api_key`."))

    # 35 Bold Penguin in Korean
    add(("copilot-cli:prompt", ["boldpenguin"], f"Bold Penguin 견적 API 연동 중인데 토큰 {S(a(24) + '.' + a(16))} 으로 호출하면 계속 invalid_client가 나와요. 보험 중개 앱이고 스테이징 환경입니다. 원인 좀 찾아주세요."))

    # 36 Indio (Applied) webhook signing secret + AgencyBloc in ini
    add(("goose:tool", ["indio", "agencybloc"], goose_msg(f"$ cat /etc/brokerhub/integrations.ini\n[indio]\nwebhook_signing_secret = {S('whsec_' + a(32))}\n\n[agencybloc]\nsid = 4471\nkey = {S(h(40))}\n")))

    # 37 Insly in PHP array, Estonian comment
    add(("copilot-vscode:read_file", ["insly"], vsc_result(f"<?php\n// Insly maakleri liides – ära seda faili gitti pane!\nreturn [\n    'insly' => [\n        'tenant' => 'polis-maaklerid',\n        'api_user' => 'api.sync',\n        'api_password' => '{S(g.password())}',\n    ],\n];\n")))

    # 38 Canopy Connect in JS fetch
    add(("windsurf:cascade", ["canopyconnect"], f"The fetch in `pullPolicies.js` sends both ids in headers:\n\n```js\nconst res = await fetch(`https://app.usecanopy.com/api/v1.0.0/teams/${{TEAM}}/pulls`, {{\n  headers: {{ 'x-canopy-client-id': 'c4e0d1', 'x-canopy-client-secret': '{S(a(40))}' }},\n}});\n```\n\nI'd pass the secret through the server route instead of the browser bundle."))

    # 39 AgentSync in CSV of service credentials
    add(("claude-code:result", ["agentsync"], claude_result(f"service,env,client_id,client_secret\nagentsync,prod,brokerops-prod,{S(a(44))}\nagentsync,sandbox,brokerops-sbx,changeme\n", "/srv/licensing")))

    # 40 Guidewire Cloud API — Portuguese BR
    add(("cursor:composer", ["guidewire"], f"Configurei o PolicyCenter da seguradora no ambiente de homologação:\n\n```yaml\nguidewire:\n  tenant: seguradora-aurora\n  clientId: pc-hml-integration\n  clientSecret: {S(a(40))}\n  tokenUrl: https://login.guidewire.net/oauth2/token\n```\n\nFalta só liberar o escopo `pc.policy.read`."))

    # 41 API-Football in Python, Tagalog prompt
    add(("copilot-vscode:prompt", ["apifootball"], f"Pakiayos naman itong script para sa standings ng liga namin sa Cebu. Ito yung header na gamit ko: `x-apisports-key: {S(h(32))}`. Bakit walang lumalabas na data para sa season 2026?"))

    # 42 Football-data.org token in Java
    add(("zed:agent", ["footballdata"], f"```java\npublic final class FootballDataClient {{\n    private static final String TOKEN = \"{S(h(32))}\";\n    HttpRequest req = HttpRequest.newBuilder(URI.create(\"https://api.football-data.org/v4/competitions/PL/matches\"))\n        .header(\"X-Auth-Token\", TOKEN).build();\n}}\n```"))

    # 43 Balldontlie
    add(("copilot-cli:shell", ["balldontlie"], shell(f"curl -H 'Authorization: {S(g.uuid())}' 'https://api.balldontlie.io/v1/games?dates[]=2026-11-26'", "{\"data\":[{\"id\":18422,\"home_team_score\":112}]}")))

    # 44 CricAPI in R notebook cell
    add(("cursor:notebook", ["cricapi"], f"# %% [r]\nlibrary(httr)\napikey <- \"{S(g.uuid())}\"\nres <- GET(paste0(\"https://api.cricapi.com/v1/currentMatches?apikey=\", apikey, \"&offset=0\"))\nmatches <- content(res)$data\n"))

    # 45 Goalserve in URL with Bengali prompt
    add(("copilot-vscode:prompt", ["goalserve"], f"আমাদের ক্লাবের ওয়েবসাইটে লাইভ স্কোর দেখাতে Goalserve ব্যবহার করছি: http://www.goalserve.com/getfeed/{S(h(32))}/soccernew/home?json=1 — এই ফিডটা প্রতি ৩০ সেকেন্ডে রিফ্রেশ করার কোড লিখে দাও।"))

    # 46 LeagueApps in Rails credentials decrypted output
    add(("claude-code:result", ["leagueapps"], claude_result(f"$ bin/rails credentials:show -e production\nsecret_key_base: {S(h(128))}\nleagueapps:\n  site_id: 30211\n  client_id: youthsoccer-sync\n  private_key_password: {S(g.password())}\n", "/srv/leagueweb")))

    # 47 Glofox + Mindbody in docker-compose env
    add(("copilot-vscode:read_file", ["glofox", "mindbody"], vsc_result(f"services:\n  scheduler:\n    image: ghcr.io/northside-athletic/scheduler:2.4.1\n    environment:\n      GLOFOX_API_KEY: \"{S(a(32))}\"\n      GLOFOX_BRANCH_ID: \"5c1e9a\"\n      MINDBODY_API_KEY: \"{S(h(32))}\"\n      MINDBODY_SITE_ID: \"-99\"\n")))

    # 48 CourtReserve in Persian
    add(("cursor:chat", ["courtreserve"], f"سلام، برای باشگاه تنیس‌مان می‌خواهم رزروها را از CourtReserve بگیرم. نام کاربری API ما org_5120 است و رمز آن {S(a(28))} است. لطفاً یک اسکریپت پایتون بنویس که رزروهای فردا را چاپ کند."))

    # 49 Hudl in Swift plist
    add(("windsurf:read", ["hudl"], f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<plist version=\"1.0\">\n<dict>\n  <key>HudlClientId</key>\n  <string>rowing-analytics-ios</string>\n  <key>HudlClientSecret</key>\n  <string>{S(a(40))}</string>\n</dict>\n</plist>"))

    # 50 Catapult in Julia? use Python; Catapult OpenField token
    add(("kiro:chat", ["catapult"], f"For the GPS load report I used the OpenField Cloud token we got from Catapult support: `{S(g.jwt(JWT_CAT))}`. The endpoint is https://connect-eu.catapultsports.com/api/v6/activities."))

    # 51 Foreup golf in .NET appsettings (escaped in tool result)
    add(("copilot-vscode:read_file", ["foreup"], vsc_result(dumps({"ForeUp": {"ApiBase": "https://api.foreupsoftware.com/api_rest/index.php", "Email": "teetimes@example.com", "Password": S(g.password()), "CourseId": 19911}}, indent=2))))

    # 52 Koha ILS OAuth secret in library system, Czech
    add(("cline:read_file", ["folio"], f"# /etc/knihovna/folio-sync.conf\n# Synchronizace čtenářů Městské knihovny s FOLIO (Okapi)\nOKAPI_URL=https://okapi.knihovna-example.cz\nOKAPI_TENANT=mkp\nOKAPI_USER=sync_ctenari\nOKAPI_PASSWORD={S(g.password())}\n"))

    # 53 Ex Libris Alma API key in Python, Korean comment
    add(("copilot-vscode:read_file", ["alma"], vsc_result(f"# alma_loans.py — 도서관 대출 연체 알림\nALMA_KEY = \"{S('l8xx' + h(32))}\"\nBASE = \"https://api-ap.hosted.exlibrisgroup.com/almaws/v1\"\n\ndef overdue(user_id):\n    return requests.get(f\"{{BASE}}/users/{{user_id}}/loans\", params={{\"apikey\": ALMA_KEY, \"loan_status\": \"Active\"}})\n")))

    # 54 OverDrive client credentials in base64 basic header
    cid = "wpl-" + g.s(LOWNUM, 8)
    osec = a(32)
    add(("claude-code:bash", ["axis360"], claude_bash(f"curl -s -X POST https://axis360api.baker-taylor.com/Services/VendorAPI/accesstoken -H 'Authorization: Basic {S(b64(cid + ':' + osec))}' -d grant_type=client_credentials", "/home/librarian/ebooks")))

    # 55 EBSCO Discovery in .env inside Hungarian chat
    add(("cursor:chat", ["ebsco"], f"Az egyetemi könyvtár EDS integrációjához ezek kellenek a .env-be:\n\nEBSCO_PROFILE=edsapi\nEBSCO_USER=kozponti_konyvtar\nEBSCO_PASSWORD={S(g.password())}\n\nA jelszót a beszerzési osztálytól kaptam, kérlek ne logold ki."))

    # 56 Springshare LibCal client secret in Laravel .env
    add(("copilot-coding-agent:session-log", ["libcal"], f"▸ Read file .env.testing\nAPP_ENV=testing\nLIBCAL_CLIENT_ID=412\nLIBCAL_CLIENT_SECRET={S(h(32))}\nLIBCAL_URL=https://library.example.edu/1.1\n\n▸ Note\nThe testing env file contains a real LibCal secret; excluding it from the PR."))

    # 57 OpenAthens API key in header in Japanese
    add(("copilot-vscode:prompt", ["ezproxy"], f"EZproxy の管理 API を叩くと 401 になります。config.txt には `APIKey {S(a(8) + '-' + a(4) + '-' + a(4) + '-' + a(12))}` と書いています。市立図書館の学外アクセス連携用です。"))

    # 58 ISBNdb key in Elixir
    add(("zed:agent", ["isbndb"], f"```elixir\ndefmodule Catalog.Isbndb do\n  @key \"{S(g.s(DIGITS, 5) + '_' + h(32))}\"\n  def lookup(isbn), do: Req.get!(\"https://api2.isbndb.com/book/#{{isbn}}\", headers: [authorization: @key])\nend\n```"))

    # 59 Bibliotheca cloudLibrary HMAC in env var listing
    add(("copilot-cli:shell", ["bibliotheca", "cloudlibrary"], shell("printenv | grep -i -E 'biblio|cloudlib'", f"BIBLIOTHECA_SELFCHECK_TOKEN={S(a(36))}\nCLOUDLIBRARY_LIBRARY_ID=pyvi89\nCLOUDLIBRARY_ACCESS_KEY={S(a(20))}\n")))

    # 60 Internet Archive S3-like keys in ia.ini
    add(("goose:tool", ["internetarchive"], goose_msg(f"$ cat ~/.config/internetarchive/ia.ini\n[s3]\naccess = {S(g.s(ALNUM, 16))}\nsecret = {S(g.s(ALNUM, 16))}\n\n[cookies]\nlogged-in-user = digitization%40example.org\n")))

    # 61 CMA CGM API key in Spring yaml, French comment
    add(("copilot-vscode:read_file", ["cosco"], vsc_result(f"# application-prod.yml\n# Suivi des conteneurs COSCO pour le terminal de Fos-sur-Mer\ncarrier:\n  cosco:\n    base-url: https://elines.coscoshipping.com/ebtracking/public\n    api-key: {S(a(32))}\n    timeout: 10s\n")))

    # 62 Hapag-Lloyd client id/secret in Python, Malay
    add(("cursor:chat", ["evergreen"], f"Boleh tolong semak kenapa jadual kapal Evergreen dari Port Klang tak keluar? Saya guna client id `{g.uuid()}` dan client secret `{S(a(48))}` untuk ShipmentLink API."))

    # 63 Kuehne+Nagel in Node with Arabic
    add(("windsurf:cascade", ["kuehnenagel"], f"// تتبع الشحنات البحرية من ميناء جدة\nconst KN_API_KEY = \"{S(h(40))}\";\nconst res = await axios.get(\"https://api.kuehne-nagel.com/tracking/v1/shipments\", {{ headers: {{ \"kn-api-key\": KN_API_KEY }} }});"))

    # 64 DP World Cargoes in Go env default
    add(("claude-code:result", ["dpworld"], claude_result(f"internal/config/config.go:18:\tDPWorldToken: getenv(\"DPW_TOKEN\", \"{S(a(56))}\"),\ninternal/config/config.go:19:\tDPWorldTerminal: getenv(\"DPW_TERMINAL\", \"JEA\"),\n", "/work/berth-planner")))

    # 65 Freightos in .env in Ruby project
    add(("copilot-vscode:terminal", ["icontainers"], f"$ grep -n ICONTAINERS .env\n3:ICONTAINERS_API_KEY={S(a(32))}\n4:ICONTAINERS_MARKET=es\n"))

    # 66 GoComet + Inttra in a CSV of vendor creds in an MCP result
    add(("mcp:filesystem", ["gocomet", "inttra"], mcp_result(f"vendor;login;secret;rotated\nGoComet;ops@example-forwarders.com;{S(a(36))};2026-09-02\nINTTRA;exfwd_edi;{S(g.password())};2026-07-15\n")))

    # 67 Cargowise eAdapter basic auth in XML
    add(("cline:read_file", ["chainio"], f"<ChainIoSettings>\n  <Endpoint>https://api.chain.io/flow/v1</Endpoint>\n  <FlowId>sin-forwarder-edi</FlowId>\n  <ApiKey>{S(g.password())}</ApiKey>\n  <CompanyCode>SIN</CompanyCode>\n</ChainIoSettings>"))

    # 68 Descartes in Kotlin + Slovak
    add(("copilot-vscode:prompt", ["descartes"], f"Prečo táto trieda nefunguje? Token do Descartes MacroPoint som vložil priamo:\n\nval mpToken = \"{S(a(40))}\"\n\nPotrebujem to do piatku kvôli kamiónom z prístavu Koper."))

    # 69 Eimskip in YAML list
    add(("kiro:file", ["eimskip"], f"shipping_lines:\n  - name: Eimskip\n    api: https://api.eimskip.com/v2\n    token: {S(a(40))}\n  - name: Samskip\n    api: https://example.invalid\n    token: <set-me>\n"))

    # 70 Lloyd's List Intelligence in Python notebook
    add(("copilot-vscode:notebook", ["lloydslist"], f"In [3]:\nimport seasearcher\nclient = seasearcher.Client(username=\"port-analytics\", api_key=\"{S(h(64))}\")\ndf = client.vessel_movements(port=\"Rotterdam\", days=7)\n"))

    # 71 Emirates NDC in C#, Arabic comment
    add(("copilot-vscode:read_file", ["emirates"], vsc_result(f"// مفاتيح واجهة NDC الخاصة بطيران الإمارات – بيئة الاختبار\npublic static class EkNdc\n{{\n    public const string AgencyId = \"DXB-TRAVEL-4402\";\n    public const string ApiKey = \"{S(a(32))}\";\n    public const string Endpoint = \"https://ndc-uat.emirates.com/api/v21.3\";\n}}\n")))

    # 72 Lufthansa Open API client secret in curl
    add(("copilot-cli:shell", ["lufthansa"], shell(f"curl -X POST https://api.lufthansa.com/v1/oauth/token -d 'client_id=ttrkxm9a4cq2' -d 'client_secret={S(g.s(ALNUM, 10))}' -d grant_type=client_credentials", "{\"access_token\":\"...\",\"token_type\":\"bearer\",\"expires_in\":129600}")))

    # 73 Air France-KLM in Java properties, Dutch comment
    add(("windsurf:read", ["klm", "airfrance"], f"# Reisbureau Zuidas – AFKLM Flight Offers\nafkl.api.url=https://api.airfranceklm.com/opendata/offers/v3\nafkl.api.key={S(g.s(LOWNUM, 24))}\nafkl.api.secret={S(g.s(ALNUM, 10))}\nafkl.market=NL\n"))

    # 74 Finnair in GitHub Actions workflow snippet
    add(("copilot-coding-agent:review-comment", ["finnair"], f"```yaml\n- name: Fetch disruption feed\n  env:\n    FINNAIR_PARTNER_TOKEN: {S(a(44))}\n  run: python tools/fetch_disruptions.py\n```\n\nThis token should be `${{{{ secrets.FINNAIR_PARTNER_TOKEN }}}}`, not a literal."))

    # 75 AirAsia + Cebu Pacific in Tagalog chat
    add(("cursor:chat", ["airasia", "cebupacific"], f"Para sa booking tool ng travel agency namin sa Davao: AirAsia partner key ay {S(a(32))} at yung sa Cebu Pacific ay {S(h(40))}. Pwede mo bang ilagay sa Secret Manager at tanggalin sa code?"))

    # 76 Aviationstack in PHP URL
    add(("zed:agent", ["almosafer"], f"$url = \"https://partners.almosafer.com/v1/flights/search?api_key={S(h(32))}&from=RUH&to=SGN\";\n$data = json_decode(file_get_contents($url), true);"))

    # 77 FlightAware AeroAPI in Python, Vietnamese comment
    add(("copilot-vscode:read_file", ["flightaware"], vsc_result(f"# Lấy giờ hạ cánh dự kiến cho khách đoàn về Nội Bài\nHEADERS = {{\"x-apikey\": \"{S(a(32))}\"}}\nresp = requests.get(\"https://aeroapi.flightaware.com/aeroapi/flights/VN254\", headers=HEADERS)\n")))

    # 78 Cirium FlightStats appId/appKey in query
    add(("claude-code:bash", ["cirium"], claude_bash(f"http GET 'https://api.flightstats.com/flex/flightstatus/rest/v2/json/airport/status/PRG/arr/2026/11/27/9' appId==3f1a9c2e appKey=={S(h(32))}", "/home/ops/charter")))

    # 79 Hotelbeds signature components in Node
    add(("windsurf:cascade", ["derbysoft"], f"I replaced the inline key in `derby.js`:\n\n```diff\n-const apiKey = '{S(h(32))}';\n-const secret = '{S(a(10))}';\n+const apiKey = process.env.DERBYSOFT_API_KEY;\n+const secret = process.env.DERBYSOFT_SECRET;\n```\n\nThe DerbySoft shopping call still signs with the secret."))

    # 80 GetYourGuide partner API in TOML, German
    add(("goose:tool", ["getyourguide"], goose_msg(f"$ cat partners.toml\n# Ausflüge für Kreuzfahrtgäste in Kiel\n[getyourguide]\naccess_token = \"{S(a(64))}\"\ncurrency = \"EUR\"\n")))

    # 81 Klook affiliate in Korean
    add(("copilot-vscode:prompt", ["klook"], f"여행사 사이트에 Klook 액티비티 위젯을 붙이려고 해요. 파트너 API 키는 {S(a(40))} 이고 제주도 투어만 필터링하고 싶습니다. React 컴포넌트로 만들어 줄래요?"))

    # 82 Civitatis in Spanish
    add(("cursor:chat", ["civitatis"], f"Oye, en `civitatis.service.ts` dejé esto para probar rápido:\n\nprivate readonly apiKey = '{S(h(40))}';\n\n¿Me ayudas a pasarlo a variables de entorno antes de subir la rama de la agencia de viajes de Sevilla?"))

    # 83 Cloudbeds OAuth refresh token in hotel PMS Python
    add(("copilot-vscode:read_file", ["despegar"], vsc_result(f"DESPEGAR = {{\n    \"client_id\": \"pousada_sol_{g.s(LOWNUM, 6)}\",\n    \"client_secret\": \"{S(a(32))}\",\n    \"refresh_token\": \"{S(a(45))}\",\n}}\n")))

    # 84 Mews Connector tokens in JSON body
    add(("claude-code:bash", ["kayak"], claude_bash(f"curl -s https://hotelconnect.kayak.example/api/v1/rates -H 'Content-Type: application/json' -d '{{\"partnerToken\":\"{S(h(32).upper() + '-' + a(31))}\",\"accessToken\":\"{S(h(32).upper() + '-' + a(31))}\",\"client\":\"HarbourHostel 1.0\"}}'", "/home/pms/harbour")))

    # 85 Apaleo in .NET user secrets JSON
    add(("cline:read_file", ["hrs"], cline_say(dumps({"tool": "readFile", "path": "secrets.json", "content": dumps({"Hrs:ClientId": "CSOQ-AC-BOOKING", "Hrs:ClientSecret": S(a(30))}, indent=2)}))))

    # 86 Guesty + Lodgify in Ruby hash
    add(("copilot-vscode:edit", ["expedia", "makemytrip"], vsc_call("insert_edit_into_file", {"filePath": "config/initializers/channels.rb", "code": f"CHANNELS = {{\n  expedia:    {{ client_id: '0oa3x1', client_secret: '{S(a(64))}' }},\n  makemytrip: {{ api_key: '{S(b64(a(48)))}' }},\n}}.freeze\n"})))

    # 87 Hostaway in Laravel config
    add(("windsurf:read", ["edreams"], f"// config/services.php\n'edreams' => [\n    'affiliate_id' => 58120,\n    'secret' => env('EDREAMS_SECRET', '{S(h(64))}'),\n],"))

    # 88 Beds24 in prose, Czech
    add(("copilot-cli:prompt", ["ciirus"], f"Penzion u Lipna používá CiiRUS. API heslo je {S(a(72))}. Napiš mi bash skript, který stáhne rezervace na prosinec do CSV."))

    # 89 bKash tokenized checkout in Node, Bengali comment
    add(("copilot-vscode:read_file", ["bkash"], vsc_result(f"// বিকাশ পেমেন্ট – দাতব্য সংস্থার অনুদান পেজ\nconst bkash = {{\n  username: 'sandboxTokenizedUser02',\n  password: '{S(g.password())}',\n  app_key: '{S(a(25))}',\n  app_secret: '{S(a(50))}',\n}};\n")))

    # 90 Bizum via Redsys? use bizum + Spanish
    add(("cursor:composer", ["bizum"], f"# pagos/bizum.py\n# Clave de firma del comercio para Bizum (entorno de pruebas del club de pádel)\nBIZUM_MERCHANT_CODE = \"999008881\"\nBIZUM_SECRET_KEY = \"{S(b64(a(24)))}\"\n"))

    # 91 Blik in Polish
    add(("copilot-vscode:prompt", ["blik"], f"Integracja płatności BLIK dla biura podróży zwraca błąd podpisu. Klucz API sklepu: {S(h(48))}. Czy podpis HMAC powinien obejmować kwotę w groszach?"))

    # 92 Cielo in Brazilian Portuguese
    add(("copilot-coding-agent:session-log", ["cielo"], f"▸ Read file src/pagamentos/cielo.ts\n```ts\nexport const cielo = {{\n  merchantId: '{g.uuid()}',\n  merchantKey: '{S(g.s(UPPER, 40))}',\n  sandbox: true,\n}};\n```\n\n▸ Observação\nA MerchantKey da Cielo está fixa no código; vou movê-la para o cofre de segredos do clube."))

    # 93 Asaas in .env pasted in pt-BR
    add(("cursor:chat", ["efipay"], f"Cadastrei a ONG na Efí (antiga Gerencianet) para receber doações via Pix. Coloquei no .env:\n\nEFI_CLIENT_ID=Client_Id_{h(40)}\nEFI_CLIENT_SECRET={S('Client_Secret_' + h(40))}\n\nEstá certo esse formato?"))

    # 94 Conekta in Mexican Spanish
    add(("windsurf:cascade", ["clip"], f"Encontré la llave privada de Clip en `checkout.rb`:\n\n```ruby\nCLIP_SECRET = \"{S(g.uuid())}\"\n```\n\nLa agencia de viajes en Guadalajara la usa para cobrar paquetes a Cancún; la moví a `Rails.application.credentials`."))

    # 95 Culqi in Peruvian
    add(("copilot-vscode:read_file", ["mobbex"], vsc_result(f"# .env.produccion – hostería en Bariloche\nMOBBEX_API_KEY={S(a(32))}\nMOBBEX_ACCESS_TOKEN={S(g.uuid())}\n")))

    # 96 Izipay (Peru) basic password
    add(("zed:agent", ["izipay"], f"```js\n// Krypton client for the Lima dental clinic booking deposits\nconst auth = Buffer.from('69876357:' + '{S('testpassword_' + a(40))}').toString('base64');\n```"))

    # 97 ePayco in PHP, Colombian
    add(("cline:read_file", ["getnet"], f"<?php\n// Club deportivo Medellín – pagos de cuotas\n$getnet = new Getnet\\Client([\n    'login' => 'clubmed_ws',\n    'secretKey' => '{S(a(16))}',\n    'test' => true,\n]);"))

    # 98 Khipu Chile receiver secret in .env
    add(("goose:tool", ["khipu"], goose_msg(f"$ cat .env\nKHIPU_RECEIVER_ID=481209\nKHIPU_SECRET={S(h(40))}\nDONACIONES_URL=https://fundacion-example.cl/donar\n")))

    # 99 LiqPay Ukrainian
    add(("copilot-vscode:prompt", ["easypay"], f"Допоможи з підписом EasyPay для благодійного фонду. secret: {S(a(40))}, partner_key: fond-dobro. Підпис рахую як base64(sha256(secret + body)) — чому 'invalid signature'?"))

    # 100 Monobank acquiring token
    add(("claude-code:result", ["monobank"], claude_result(f"MONO_ACQ_TOKEN={S('u' + a(43))}\nMONO_REDIRECT=https://tickets.example.ua/paid\n", "/srv/stadium-tickets")))

    # 101 Dentally in Python with Welsh-ish UK practice
    add(("copilot-vscode:read_file", ["dentally"], vsc_result(f"# dentally_sync/settings.py\nDENTALLY_SITE_ID = \"7d2c\"\nDENTALLY_ACCESS_TOKEN = \"{S(h(64))}\"\nDENTALLY_API = \"https://api.sandbox.dentally.co/v1\"\n")))

    # 102 NexHealth in Postman environment export
    add(("cline:read_file", ["localmed"], cline_say(dumps({"tool": "readFile", "path": "postman/localmed.postman_environment.json", "content": dumps({"name": "LocalMed sandbox", "values": [{"key": "base_url", "value": "https://api.localmed.com", "enabled": True}, {"key": "api_key", "value": S(a(60)), "enabled": True}, {"key": "subdomain", "value": "bright-smiles-demo", "enabled": True}]}, indent=2)}))))

    # 103 Curve Dental in Kotlin Android app + Tagalog? -> Japanese
    add(("windsurf:cascade", ["curvedental"], f"Curve Hero の API 認証情報が `BuildConfig` に直書きされていました:\n\n```kotlin\nbuildConfigField(\"String\", \"CURVE_CLIENT_SECRET\", \"\\\"{S(a(36))}\\\"\")\n```\n\n歯科医院アプリのリリースビルドに含まれてしまうので、サーバー側に移します。"))

    # 104 Weave? (w not allowed). Adit in shell history
    add(("copilot-cli:shell", ["adit", "modento"], shell("history | tail -4", f"  501  export ADIT_API_TOKEN={S(a(40))}\n  502  export MODENTO_KEY={S('mdt_' + h(40))}\n  503  npm run sync:recalls\n  504  history | tail -4")))

    # 105 Denticon (Planet DDS) in SQL insert into integration table
    add(("claude-code:result", ["denticon"], claude_result(f"mysql> SELECT vendor, client_key, client_secret FROM integration_credentials WHERE vendor='denticon';\n+----------+------------------+------------------------------------------+\n| vendor   | client_key       | client_secret                            |\n+----------+------------------+------------------------------------------+\n| denticon | pdds-ortho-4410  | {S(a(40))} |\n+----------+------------------+------------------------------------------+\n1 row in set (0.00 sec)\n", "/srv/ortho-bridge")))

    # 106 Africa's Talking SMS for dental reminders in Swahili comment
    add(("zed:agent", ["jambopay"], f"```python\n# Kulipa ada ya kliniki ya meno kupitia JamboPay (Nairobi)\nJAMBOPAY_CLIENT = \"meno-bora\"\nJAMBOPAY_SECRET = \"{S(h(64))}\"\n```"))

    # 107 Clickatell in Go env
    add(("copilot-vscode:terminal", ["d7networks"], f"$ go run ./cmd/notify --dry-run\n2026/11/27 07:02:11 config: D7_API_TOKEN={S(a(22) + '==')} D7_ORIGINATOR=LIBRARY\n2026/11/27 07:02:11 would send 42 overdue notices\n"))

    # 108 Gupshup WhatsApp for airline notifications, Hindi
    add(("cursor:chat", ["aisensy"], f"AiSensy का WhatsApp API key यह है: {S(g.s(LOWER, 32))} — एयरलाइन की फ्लाइट देरी वाली सूचनाएँ भेजने के लिए इसका उपयोग करें, पर इसे कोड में मत डालना।"))

    # 109 Kaleyra + Exotel in properties
    add(("kiro:file", ["karix", "knowlarity"], f"# notifications.properties\nkarix.account=HXIN17{g.s(DIGITS, 8)}IN\nkarix.api-key={S('A' + h(32))}\nknowlarity.sr-number=+918069000000\nknowlarity.api-key={S(h(40))}\nknowlarity.auth-token={S(h(40))}\n"))

    # 110 Fakturoid (Czech invoicing) token in Czech
    add(("copilot-vscode:prompt", ["fakturoid"], f"Potřebuju napojit fakturaci zubní ordinace na Fakturoid. OAuth client secret: {S(h(40))}, slug účtu: ordinace-smile. Umíš z toho udělat skript, který každý měsíc vystaví faktury?"))

    # 111 Billingo Hungarian
    add(("cline:read_file", ["billingo"], f"# .env – sportegyesület tagdíj számlázás\nBILLINGO_API_KEY={S(g.uuid())}\nBILLINGO_BLOCK_ID=118204\n"))

    # 112 Barion POSKey in C#
    add(("copilot-vscode:read_file", ["erste"], vsc_result(f"var settings = new ErsteApiSettings\n{{\n    BaseUrl = new Uri(\"https://webapi.developers.erstegroup.com/api/ebh/sandbox/v1/\"),\n    WebApiKey = Guid.Parse(\"{S(g.uuid())}\"),\n    Account = \"penztar\",\n}};\n")))

    # 113 Comgate (Czech payment) in PHP
    add(("windsurf:read", ["csob"], f"<?php\n// platby vstupenek na hokej (ČSOB platební brána)\ndefine('CSOB_MERCHANT_ID', 'A1029DTmM7');\ndefine('CSOB_KEY_PASSPHRASE', '{S(a(32))}');\n"))

    # 114 iDoklad in Python, Slovak comment
    add(("goose:tool", ["idoklad"], goose_msg(f"$ sed -n 1,6p idoklad_client.py\n# faktúry pre prístavnú agentúru v Bratislave\nCLIENT_ID = \"{g.uuid()}\"\nCLIENT_SECRET = \"{S(g.uuid())}\"\nTOKEN_URL = \"https://identity.idoklad.cz/server/connect/token\"\n")))

    # 115 Imoje (Polish) + Dotpay
    add(("copilot-coding-agent:review-comment", ["imoje", "dotpay"], f"Two payment secrets are in `payments/pl.py` in this PR:\n\n- line 8: `IMOJE_SERVICE_KEY = \"{S(a(32))}\"`\n- line 15: `DOTPAY_PIN = \"{S(a(32))}\"`\n\nPlease load both from the vault; the sports-camp checkout goes live next week."))

    # 116 GCash / Dragonpay Tagalog
    add(("cursor:chat", ["gcash"], f"Ang GCash merchant ID namin ay CHARITYPH at ang API secret ay {S(g.password())}. Pakigawa ng endpoint sa Flask na tatanggap ng callback para sa mga donasyon sa bagyo."))

    # 117 Billplz Malay
    add(("copilot-vscode:prompt", ["molpay"], f"Tolong bantu integrasi MOLPay (Razer) untuk yuran kelab badminton. Verify key: {S(h(32))}, secret key: {S(h(32))}. Saya guna Laravel 11."))

    # 118 iPay88 merchant key in Node
    add(("zed:agent", ["grabpay"], f"const GRABPAY_PARTNER_ID = 'a8c21f0e-5d3b';\nconst GRABPAY_PARTNER_SECRET = '{S(a(16))}';\n// hmac = sha256(partnerSecret, method + contentType + date + path + bodyHash)"))

    # 119 Midtrans server key Indonesian
    add(("windsurf:cascade", ["dana"], f"Kunci DANA untuk sandbox agen perjalanan umrah ada di `.env`:\n\n```\nDANA_CLIENT_ID=2023{g.s(DIGITS, 12)}\nDANA_CLIENT_SECRET={S(h(64))}\n```\n\nSaya sudah menambahkannya ke `.gitignore`."))

    # 120 DOKU + Faspay in YAML
    add(("claude-code:result", ["espay", "faspay"], claude_result(f"payment_gateways:\n  espay:\n    comm_code: SGWPELNI\n    signature_key: {S(g.s(LOWNUM, 32))}\n  faspay:\n    merchant_id: 34521\n    user_id: bot34521\n    password: {S(g.password())}\n", "/srv/pelni-tickets")))

    # 121 KakaoPay admin key Korean
    add(("copilot-vscode:read_file", ["kakaopay"], vsc_result(f"// 카카오페이 단건결제 – 치과 예약금\nconst KAKAO_ADMIN_KEY = \"{S(h(32))}\";\nfetch(\"https://kapi.kakao.com/v1/payment/ready\", {{ headers: {{ Authorization: `KakaoAK ${{KAKAO_ADMIN_KEY}}` }} }});\n")))

    # 122 KG Inicis sign key in JSP
    add(("cline:read_file", ["inicis"], f"<%\n  String mid = \"INIpayTest\";\n  String signKey = \"{S(b64(a(30)))}\";\n  // 야구단 시즌권 결제\n%>"))

    # 123 Komoju secret in Japanese
    add(("cursor:chat", ["linepay"], f"LINE Pay のチャネルシークレット {S(h(32))} を Slack に貼ってしまいました… ローテーション手順と、図書館の延滞料決済コードの修正をお願いします。"))

    # 124 GMO Payment Gateway shop pass
    add(("copilot-vscode:prompt", ["gmopg"], f"GMO-PG の EntryTran で E01040010 が返ります。ShopID=tshop00061922、ShopPass={S(g.s(LOWNUM, 8))} です。旅行代理店のツアー代金決済です。"))

    # 125 freee API in Ruby
    add(("zed:agent", ["moneyforward"], f"```ruby\n# マネーフォワード クラウド: 港湾事務所の請求書を取り込む\nclient = MfCloud::Invoice::Client.new(\n  client_id: 'a3f{h(61)}',\n  client_secret: '{S(h(64))}'\n)\n```"))

    # 126 Cashfree payouts in Python
    add(("copilot-coding-agent:session-log", ["decentro"], f"▸ Run pytest -k payouts -x\nE   AssertionError: auth failed for client_secret={S(a(32))} module_secret=<redacted>\n\n▸ Thought\nThe Decentro test secret leaks into assertion messages; masking it in `conftest.py`."))

    # 127 Easebuzz salt Hindi-English mix
    add(("copilot-vscode:prompt", ["atom"], f"Bhai, Atom (NTT Data) payment ka checksum galat aa raha hai. merchant=317157, hash request key={S(g.s(UPNUM, 16))}. Cricket academy ki fees collect karni hai, checksum sequence check karo please."))

    # 128 Instamojo in Django settings
    add(("windsurf:read", ["eko"], f"EKO_DEVELOPER_KEY = '{S(h(32))}'\nEKO_ACCESS_KEY = '{S(g.uuid())}'\nEKO_INITIATOR_ID = '9962981729'\n"))

    # 129 Juspay + CCAvenue in .env
    add(("kiro:file", ["m2p", "airpay"], f"# payments.env (temple trust donations)\nM2P_API_KEY={S(h(30).upper())}\nM2P_PARTNER_ID=templetrust\nAIRPAY_SECRET={S(h(32).upper())}\nAIRPAY_MERCHANT_ID=M{g.s(DIGITS, 6)}\n"))

    # 130 HyperPay Arabic
    add(("cursor:chat", ["knet"], f"كلمة سر المورد (Tranportal Password) لبوابة KNET لحجوزات العمرة هي {S(g.password())} ومعرّف البوابة 123401. اكتب لي دالة تنشئ طلب الدفع."))

    # 131 Moyasar
    add(("copilot-vscode:read_file", ["benefitpay"], vsc_result(f"BENEFITPAY_MERCHANT_ID=00000101\nBENEFITPAY_SECRET_KEY={S(a(40))}\nBENEFITPAY_APP_ID=1988\n")))

    # 132 Fawry in Egyptian Arabic + Java
    add(("claude-code:result", ["fawry"], claude_result(f"src/main/java/eg/club/pay/FawryConfig.java:\n    // مفتاح الأمان لفوري – نادي الجزيرة الرياضي (تجريبي)\n    public static final String MERCHANT_CODE = \"400000012330\";\n    public static final String SECURITY_KEY = \"{S(h(32))}\";\n", "/home/dev/club-pay")))

    # 133 Geidea
    add(("goose:tool", ["amazonpayservices"], goose_msg(f"$ cat config/aps.json\n{{\n  \"merchant_identifier\": \"{g.s(ALNUM, 8)}\",\n  \"access_code\": \"{S(g.s(ALNUM, 20))}\",\n  \"sha_request_phrase\": \"{S(a(24))}\",\n  \"currency\": \"SAR\"\n}}\n")))

    # 134 Hubtel Ghana in C#
    add(("copilot-vscode:edit", ["expresspay"], vsc_call("replace_string_in_file", {"filePath": "Services/ExpressPayClient.cs", "oldString": "var apiKey = \"\";", "newString": f"var merchantId = \"028013\";\nvar apiKey = \"{S(a(40))}\";"})))

    # 135 Kopo Kopo + Daraja (M-Pesa) in .env for charity
    add(("cline:read_file", ["kopokopo", "daraja"], f"# .env.local — harambee donations\nKOPOKOPO_CLIENT_ID={a(43)}\nKOPOKOPO_CLIENT_SECRET={S(a(43))}\nMPESA_CONSUMER_KEY={S(a(48))}\nMPESA_CONSUMER_SECRET={S(a(64))}\nMPESA_PASSKEY={S(h(64))}\n"))

    # 136 PEM key for AirHelp? generic pem in Kiro steering + airline SFTP
    add(("kiro:chat", ["pem"], f"Here is the SFTP key the airline gave us for the PNR drop (do not commit):\n\n{S(g.pem('RSA PRIVATE KEY', 10))}\n\nHost: sftp.partner-airline.example, user: tt_pnrdrop"))

    # 137 OpenSSH key in a Goose tool output for port gate system
    add(("goose:tool", ["pem"], goose_msg(f"$ cat ~/.ssh/gate_ops\n{S(g.openssh())}\n")))

    # 138 human password in prose, Vietnamese
    add(("copilot-cli:prompt", ["password"], f"Mật khẩu tài khoản quản trị thư viện là {S('ThuVien@Hue2026!')} — bạn đăng nhập vào trang admin Koha rồi xuất danh sách bạn đọc quá hạn giúp mình."))

    # 139 jwt in HTTP request to internal charity API
    add(("copilot-vscode:terminal", ["jwt"], f"POST /api/v2/grants/disburse HTTP/1.1\nHost: grants.internal\nAuthorization: Bearer {S(g.jwt(JWT_GR))}\nContent-Type: application/json\n\n{{\"grant_id\": \"G-2026-118\", \"amount\": 25000}}"))

    # 140 generic DB url password, Persian
    add(("cursor:chat", ["generic"], f"اتصال به پایگاه داده رزرو بلیط کار نمی‌کند:\n\npostgres://booking_app:{S(g.password())}@10.4.0.12:5432/tickets\n\nخطا: password authentication failed"))

    # 141 Flutterwave? check later; Airwallex in Python
    add(("copilot-vscode:read_file", ["bitpanda"], vsc_result(f"BITPANDA = dict(\n    api_key=\"{S(h(64))}\",\n    env=\"sandbox\",\n)\n")))

    # 142 ABN AMRO + bunq for NGO reconciliation
    add(("zed:agent", ["abnamro", "kbc"], f"```python\nABN_API_KEY = \"{S(a(32))}\"  # ABN AMRO developer portal (stichting-account)\nKBC_CLIENT_SECRET = \"{S(h(56))}\"\n```"))

    # 143 PGP private key in a Cline file read (charity backup signing)
    add(("cline:read_file", ["pgp"], cline_say(dumps({"tool": "readFile", "path": "ops/backup-signing.asc", "content": S(g.pem("PGP PRIVATE KEY BLOCK", 9)) + "\n"}))))

    # 144 Allianz partner key wrapped by a narrow terminal (split across lines)
    k = a(60)
    add(("copilot-cli:shell", ["allianz"], f"$ kubectl logs deploy/quote-gw | grep -m1 partner\n2026-11-27T06:58:12Z WARN retrying Allianz Partners quote with x-api-k\ney={S(k[:28] + chr(10) + k[28:])} (attempt 2/3)\n"))

    # 145 Bookshop.org widget in HTML attribute for a library reading list
    add(("windsurf:read", ["bookshop"], f"<!-- reading-list.html (Stadtbibliothek Empfehlungen) -->\n<div class=\"bookshop-widget\"\n     data-affiliate=\"84112\"\n     data-api-key=\"{S(a(40))}\"\n     data-list=\"winter-krimis-2026\"></div>\n<script src=\"/js/bookshop-embed.js\"></script>"))

    # 146 Markdown table of court-booking integrations
    add(("kiro:spec", ["clubspark", "matchi"], f"## Integrations (staging)\n\n| system | endpoint | credential |\n|---|---|---|\n| ClubSpark | https://api.clubspark.example/v1 | `{S(a(36))}` |\n| MATCHi | https://api.matchi.se/v2 | `{S(g.uuid())}` |\n| internal | http://localhost:8090 | none |\n"))

    # 147 Generali error message, Italian
    add(("claude-code:result", ["generali"], claude_result(f"Errore 401 da Generali Partner API: la chiave '{S(h(40))}' non è abilitata per il prodotto 'polizza-viaggio'. Contattare il referente dell'agenzia.\n", "/srv/broker-viaggi")))

    # 148 HHLA (Hamburg port) in Python, German
    add(("copilot-vscode:read_file", ["hhla"], vsc_result(f"# Containerstatus am CTA abfragen\nHHLA_COAST_USER = \"spedition-nord\"\nHHLA_COAST_TOKEN = \"{S(a(48))}\"\nresp = session.get(\"https://coast.hhla.de/api/v1/containers/MSCU7712045\", headers={{\"Authorization\": f\"Token {{HHLA_COAST_TOKEN}}\"}})\n")))

    # 149 Aegean Airlines group-booking, Greek
    add(("cursor:chat", ["aegean"], f"Το κλειδί για το B2B API της Aegean (ομαδικές κρατήσεις για το ταξιδιωτικό γραφείο στη Θεσσαλονίκη) είναι {S(a(32))}. Μπορείς να φτιάξεις μια συνάρτηση που ελέγχει διαθεσιμότητα για SKG–CHQ;"))

    # 150 Ageas + Gothaer in .NET connection-string style dump
    add(("goose:tool", ["ageas", "gothaer"], goose_msg(f"$ dotnet user-secrets list\nCarriers:Ageas:ApiKey = {S(h(32))}\nCarriers:Gothaer:Password = {S(g.password())}\nCarriers:Gothaer:User = makler-4471\n")))
    return out


def pii(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    add = out.append

    def card(prefix: str = "4", n: int = 16) -> str:
        return luhn_complete(prefix, n, g)

    # 1 insurance claim intake, Copilot agent reading a ticket
    add(("copilot-vscode:read_file", vsc_result(f"Claim #CLM-2026-08817 (motor, third party)\nPolicyholder: {P('Oluwaseun Adebayo-Pryce')}\nDOB: {D('14/03/1979')}\nPhone: {T('+44 7700 918 442')}\nEmail: {E('seun.adebayo.pryce@mailbox-example.co.uk')}\nAddress: {A('27 Quarrybank Terrace, Stockport SK4 2HW')}\nIncident: rear-ended at roundabout, no injuries\n")))

    # 2 airline passenger manifest CSV, tool result
    add(("claude-code:result", claude_result(f"pnr,last,first,dob,phone,seat\nQ7XK2M,{P('Hoang')},{P('Thi Minh Chau')},{D('1991-06-02')},{T('+84 912 447 308')},14C\nQ7XK2M,{P('Lindqvist')},{P('Ebba')},{D('1987-11-19')},{T('+46 70 552 18 93')},14D\n", "/srv/manifest-tools")))

    # 3 dental patient record, Czech
    add(("cursor:chat", f"Pacientka {P('Zdeňka Procházková')}, nar. {D('7. 5. 1968')}, bytem {A('Na Zátorce 418/12, 160 00 Praha 6')}, tel. {T('+420 604 118 932')}. Prosím doplň do importního skriptu kontrolu, že rodné číslo sedí s datem narození."))

    # 4 HR record, Hungarian
    add(("copilot-vscode:prompt", f"Ezt a sort kell javítani a bérszámfejtő CSV-ben: {P('Szalai-Tóth Boglárka')};{D('1993.02.11')};{I(iban('HU', g.s(DIGITS, 24)))};{E('boglarka.szalai@posta-example.hu')} — a dátumformátum miatt elhasal az import."))

    # 5 library member, Vietnamese
    add(("windsurf:cascade", f"Bạn đọc {P('Trịnh Quốc Bảo')} (thẻ số TV-00418, email {E('quocbao.trinh92@gmail.com')}) báo không mượn được sách điện tử. Mình đã kiểm tra log: tài khoản bị khóa do quá hạn 3 cuốn."))

    # 6 sports club roster Portuguese BR
    add(("cline:read_file", f"# elenco_sub17.csv\nnome;nascimento;responsavel;telefone\n{P('Davi Lucca Nascimento')};{D('12/08/2009')};{P('Rosângela Nascimento')};{T('(31) 98817-4420')}\n{P('Kauã Ferreira Lopes')};{D('03/01/2010')};{P('Edvaldo Lopes')};{T('(31) 99204-1187')}\n"))

    # 7 charity donor with card, English CRM export
    add(("mcp:crm", mcp_result(f"Donor: {P('Margaret Oyelaran-Fitch')}\nGift: £250 monthly\nCard on file: {C(grouped(card('4', 16)))} exp 09/28\nBilling: {A('Flat 3, 61 Wrenfield Road, Bristol BS6 5PQ')}\nGift Aid: yes\n")))

    # 8 port crew list Tagalog/English
    add(("copilot-vscode:read_file", vsc_result(f"CREW LIST — MV Kota Halimun (voy 118E)\n1. Master  {P('Renato Dimaculangan')}  PH  b. {D('22 AUG 1975')}\n2. C/O     {P('Jun-Ho Baek')}         KR  b. {D('03 FEB 1982')}\n3. AB      {P('Mark Anthony Sisante')} PH  b. {D('17 OCT 1996')}\n")))

    # 9 git log with author emails
    add(("copilot-cli:shell", shell("git log --format='%h %an <%ae> %s' -3", f"4e1f0c2 {P('Aigerim Seitkali')} <{E('aigerim.s@tenderquay.dev')}> fix berth overlap check\n9b07d3a {P('Tomasz Wierzbicki')} <{E('t.wierzbicki@tenderquay.dev')}> add crane schedule export\nc2a8e91 dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com> bump axios\n")))

    # 10 Windows path with username
    add(("claude-code:result", claude_result(f"Traceback (most recent call last):\n  File \"C:\\Users\\{U('ngozi.eze')}\\projects\\claims-ocr\\run.py\", line 12, in <module>\n    from ocr import extract\nModuleNotFoundError: No module named 'ocr'\n", f"C:/Users/{U('ngozi.eze')}/projects/claims-ocr")))

    # 11 Korean HR
    add(("cursor:chat", f"신입 사원 정보 입력 부탁해요: 이름 {P('문서진')}, 생년월일 {D('1998년 4월 9일')}, 휴대폰 {T('010-4821-7730')}, 주소 {A('부산광역시 해운대구 센텀북대로 61, 1204호')}."))

    # 12 Japanese patient appointment
    add(("copilot-vscode:prompt", f"予約システムのテストデータに実在しそうな情報が入っています: {P('佐々木 遥香')}様、{T('090-3184-6621')}、{A('札幌市中央区北七条西14丁目3-8')}。これをダミーに置き換えるスクリプトを書いて。"))

    # 13 Arabic travel agency booking
    add(("windsurf:read", f"حجز رقم 55812\nالمسافر: {P('يوسف الحربي')}\nرقم الجوال: {T('+966 55 318 4072')}\nالبريد: {E('yousef.alharbi@outlook.sa')}\nالوجهة: كوالالمبور\n"))

    # 14 US SSN in HR onboarding JSON
    add(("copilot-vscode:tool-call", vsc_call("create_file", {"filePath": "fixtures/onboarding_0412.json", "content": dumps({"employee": P("Dwayne Okafor-Merritt"), "ssn": m("US_SSN", "512-48-7731"), "dob": D("1984-09-30"), "email": E("dwayne.om@harborline-freight.com")}, indent=2)})))

    # 15 insurance policy with IBAN, German
    add(("cline:read_file", f"Versicherungsnehmer: {P('Friederike Ostermann')}\nAnschrift: {A('Kolpingweg 9, 49424 Goldenstedt')}\nIBAN: {I(grouped(iban('DE', g.s(DIGITS, 18))))}\nTarif: Hausrat Komfort\n"))

    # 16 Bengali donor list
    add(("cursor:chat", f"দাতাদের তালিকা থেকে এই দুজনের রসিদ আবার পাঠাতে হবে: {P('তানজিলা রহমান')} ({E('tanzila.r@yahoo.com')}) এবং {P('মাহফুজ আলম')} ({T('+880 1715-339921')})।"))

    # 17 Persian dental
    add(("copilot-vscode:prompt", f"پرونده بیمار: {P('نگار صدری')}، تاریخ تولد {D('۱۳۷۲/۰۸/۱۵')}، تلفن {T('0912 447 3081')}. لطفاً فرم نوبت‌دهی را طوری اصلاح کن که تاریخ شمسی را درست ذخیره کند."))

    # 18 Slovak HR email signature
    add(("claude-code:result", claude_result(f"S pozdravom\n\n{P('Miroslava Kováčiková')}\npersonálne oddelenie\nPrístav Bratislava, a.s.\n{T('+421 905 218 447')}\n{E('m.kovacikova@pristav-example.sk')}\n", "/home/dev/mail-parser")))

    # 19 Malay club member form dump
    add(("goose:tool", goose_msg(f"POST /ahli/daftar form-data:\nnama={P('Nurul Syafiqah binti Rosli')}\nkategori=dewasa\ntelefon={T('012-738 4419')}\nalamat={A('No. 14, Jalan Cempaka 3/2, Taman Seri Cempaka, 43000 Kajang, Selangor')}\n")))

    # 20 IP address of a staff laptop in auth log
    add(("copilot-vscode:terminal", f"$ sudo tail -3 /var/log/auth.log\nNov 27 06:41:02 dentalsrv sshd[2211]: Accepted publickey for {U('drkhalil')} from {IP('86.12.177.43')} port 51622 ssh2\nNov 27 06:41:02 dentalsrv sshd[2211]: pam_unix(sshd:session): session opened for user {U('drkhalil')}\n"))

    # 21 Copilot coding agent PR description with reporter name
    add(("copilot-coding-agent:pr-description", f"## Fix boarding pass PDF for long names\n\nReported by {P('Priyanka Venkataraghavan')} (gate agent, BLR) — names longer than 28 characters were cut off. Verified with her sample booking for {P('Sigríður Þórhallsdóttir-Magnússon')}.\n\n- wrap surname at 32 chars\n- add snapshot tests\n"))

    # 22 Zed agent reading a support ticket, Polish
    add(("zed:agent", f"Zgłoszenie #4471 od {P('Grzegorz Michalak')} ({E('g.michalak@wp.pl')}): \"Nie mogę zmienić terminu wizyty u ortodonty, formularz wyrzuca błąd 500.\" Tel. kontaktowy {T('+48 601 224 918')}."))

    # 23 SQL result of policy holders
    add(("claude-code:result", claude_result(f"mysql> SELECT name, email, phone FROM policyholders WHERE renewal_due < '2026-12-15' LIMIT 3;\n+------------------------+---------------------------------+-----------------+\n| name                   | email                           | phone           |\n+------------------------+---------------------------------+-----------------+\n| {P('Ramón Echeverría Luque')} | {E('recheverria@telefonica-mail.es')} | {T('+34 622 81 40 57')} |\n| {P('Aoife Ní Bhriain')}       | {E('aoife.nibhriain@eircom.net')}     | {T('+353 87 204 6613')} |\n| {P('Kwabena Asante-Mensah')}  | {E('kasante.m@gmail.com')}            | {T('+233 24 418 7702')} |\n+------------------------+---------------------------------+-----------------+\n", "/srv/renewals")))

    # 24 Kiro spec with test user data
    add(("kiro:spec", f"### Test fixture (from production export — must be anonymised before merge)\n\n| field | value |\n|---|---|\n| member | {P('Ilse Vandenbroucke')} |\n| birth date | {D('29/12/1957')} |\n| address | {A('Kapelstraat 144, 9000 Gent')} |\n| card | {C(card('5', 16))} |\n"))

    # 25 Goose: Linux home path + username in du output
    add(("goose:tool", goose_msg(f"$ du -sh /home/*\n4.2G\t/home/{U('kmensah')}\n812M\t/home/{U('svetlana.orlova')}\n16K\t/home/lost+found\n")))

    # 26 Cursor, Turkish travel agency
    add(("cursor:chat", f"Müşteri {P('Elif Karaosmanoğlu')} Antalya turunu iptal etmek istiyor; telefon {T('0532 418 77 09')}, e-posta {E('elif.karaosmanoglu@hotmail.com')}. İade fonksiyonunu test etmek için bu kaydı kullanabilir miyiz yoksa maskelemeli miyiz?"))

    # 27 Copilot CLI: whois-ish git config
    add(("copilot-cli:shell", shell("git config --global --list", f"user.name={P('Farida Nurmagambetova')}\nuser.email={E('farida.nurmag@proton.me')}\ncore.editor=nvim\npull.rebase=true\n")))

    # 28 Travel visa form in JSON, Tagalog comments
    add(("copilot-vscode:read_file", vsc_result(f"// sample na applicant (totoong data — palitan!)\n{{\n  \"fullName\": \"{P('Maria Lourdes Pangilinan')}\",\n  \"birthDate\": \"{D('1990-01-26')}\",\n  \"mobile\": \"{T('+63 917 552 0184')}\",\n  \"homeAddress\": \"{A('118 Kalye Mabini, Brgy. San Roque, Marikina City 1801')}\"\n}}\n")))

    # 29 credit card in a failing payment log
    add(("windsurf:terminal", f"[2026-11-26 22:14:09] ERROR payment.capture failed: card={C(card('37', 15))} holder=\"{P('Anand Subramaniam')}\" reason=do_not_honor booking=TRV-88120\n"))

    # 30 Arabic HR leave request
    add(("claude-code:result", claude_result(f"طلب إجازة\nالموظفة: {P('ريم عبد الفتاح')}\nالقسم: الحسابات – ميناء العقبة\nالهاتف: {T('+962 79 661 2048')}\nمن 2026-12-20 إلى 2026-12-31\n", "/srv/hr-forms")))

    # 31 German sports club membership
    add(("copilot-vscode:prompt", f"Beim Mitgliederimport des TSV fehlt die Hausnummer-Trennung: \"{A('Am Sportplatz 7a, 86899 Landsberg am Lech')}\" wird als Straße gespeichert. Mitglied: {P('Korbinian Stadlmayr')}, geb. {D('02.06.2011')}."))

    # 32 Cline reading a .vcf
    add(("cline:read_file", f"BEGIN:VCARD\nVERSION:3.0\nFN:{P('Chiamaka Obi-Lawson')}\nORG:Lagos Harbour Pilots Association\nTEL;TYPE=CELL:{T('+234 803 447 1190')}\nEMAIL:{E('chiamaka.obilawson@harbourpilots-ng.org')}\nADR;TYPE=WORK:;;{A('14 Marina Road, Apapa, Lagos')}\nEND:VCARD"))

    # 33 Hungarian library overdue letter
    add(("zed:agent", f"Kedves {P('Bánfi Erzsébet')}!\n\nTájékoztatjuk, hogy a kölcsönzött dokumentumok határideje lejárt. Kérjük, juttassa vissza őket a Szent István körúti fiókkönyvtárba.\n\nÉrtesítési cím: {A('Pacsirta utca 23., 6724 Szeged')}"))

    # 34 Japanese airline mileage member support
    add(("copilot-vscode:read_file", vsc_result(f"問い合わせ番号: INQ-72013\n会員: {P('山本 大翔')}\n会員番号: 4410-2273\nメール: {E('hiroto.yamamoto@docomo.ne.jp')}\n内容: マイルが加算されていない（羽田→那覇）\n")))

    # 35 Korean sports club children list with guardians
    add(("windsurf:read", f"유소년 축구교실 명단\n- {P('정하윤')} ({D('2015.03.22')}) 보호자 {P('정민수')} {T('010-9912-3047')}\n- {P('오시우')} ({D('2014.11.05')}) 보호자 {P('김지연')} {T('010-2270-8815')}\n"))

    # 36 Brazilian dental clinic CPF-less record
    add(("goose:tool", goose_msg(f"$ psql -c \"select nome, email, celular from pacientes where id=8812\"\n         nome          |            email             |     celular\n-----------------------+------------------------------+-----------------\n {P('Thaís Guimarães Rocha')} | {E('thais.grocha@uol.com.br')} | {T('+55 21 99781-3306')}\n(1 row)\n")))

    # 37 Vietnamese travel booking confirmation email
    add(("cursor:chat", f"Xác nhận đặt tour Hạ Long 2N1Đ\nKhách hàng: {P('Lê Thị Ngọc Hân')}\nĐiện thoại: {T('0903 218 774')}\nĐịa chỉ: {A('45 Đường Nguyễn Văn Linh, Phường Tân Phong, Quận 7, TP. Hồ Chí Minh')}\n\nBạn giúp mình sửa template email để không hiện số điện thoại đầy đủ nhé."))

    # 38 Copilot coding agent session log with a username from a path
    add(("copilot-coding-agent:session-log", f"▸ Run ls -la /Users/{U('matteo.brambilla')}/Library/Logs/PortCall\n-rw-r--r--  1 {U('matteo.brambilla')}  staff  18842 Nov 26 19:02 portcall.log\n\n▸ Note\nThe log path is user-specific; switching to `~/Library/Logs`."))

    # 39 Indian insurance broker lead in Hindi
    add(("copilot-vscode:prompt", f"नया लीड: {P('अनुराधा कुलकर्णी')}, उम्र 41, मोबाइल {T('+91 98220 41763')}, ईमेल {E('anuradha.kulkarni@rediffmail.com')} — इसे CRM के JSON फॉर्मेट में बदल दो।"))

    # 40 Spanish charity volunteer list CSV with IBAN
    add(("claude-code:result", claude_result(f"voluntario,iban,ciudad\n{P('Nerea Goikoetxea Arrieta')},{I(iban('ES', g.s(DIGITS, 20)))},{L('Bilbao')}\n{P('Joaquín Barrionuevo')},{I(iban('ES', g.s(DIGITS, 20)))},{L('Córdoba')}\n", "/srv/ong-remesas")))

    # 41 chat prose: user mentions trip, LOCATION of a person
    add(("copilot-vscode:prompt", f"I'm {P('Hemi Tautahi')} from the Rotorua branch — I'll be in {L('Nukuʻalofa')} until Friday for the charter handover, so please email {E('hemi.tautahi@kiwi-charters.co.nz')} rather than calling. Can you finish the fare-rules parser before then?"))

    # 42 Cursor: medical/dental referral letter in Norwegian
    add(("cursor:chat", f"Henvisning til kjevekirurg\nPasient: {P('Ingvild Sæterbakken')}, f. {D('18.09.1962')}\nAdresse: {A('Skogveien 31B, 3711 Skien')}\nTlf: {T('+47 918 44 207')}\n\nKan du lage en mal i Jinja som fyller ut dette automatisk?"))

    # 43 Claude Code: grep hits of emails in logs
    add(("claude-code:result", claude_result(f"logs/mailer-2026-11-26.log:812:sent renewal_notice to={E('okonkwo.chidi@ymail.com')} policy=HH-55120\nlogs/mailer-2026-11-26.log:813:sent renewal_notice to={E('f.dahlberg@telia.se')} policy=HH-55121\nlogs/mailer-2026-11-26.log:814:bounce to=noreply@example.com\n", "/srv/broker-mailer")))

    # 44 credit card in a browser tool snapshot of a checkout form
    add(("copilot-vscode:browser", f"[browser_snapshot] page: https://booking.lagoon-tours.example/checkout\n- textbox \"Cardholder name\": {P('Sione Latu')}\n- textbox \"Card number\": {C(grouped(card('4', 16)))}\n- textbox \"Expiry\": 04/29\n- textbox \"Email\": {E('sione.latu77@gmail.com')}\n- button \"Pay NZ$ 1,240.00\""))

    # 45 Czech library: reader registration JSON escaped twice
    inner = dumps({"jmeno": P("Radek Šimůnek"), "narozen": D("1985-10-03"), "adresa": A("Husova 1127/8, 370 01 České Budějovice"), "email": E("radek.simunek@seznam.cz")})
    add(("copilot-vscode:tool-call", dumps({"id": "call_Lx3", "type": "function", "function": {"name": "run_in_terminal", "arguments": dumps({"command": f"curl -X POST localhost:8080/ctenari -d '{inner}'"})}})))

    # 46 Hebrew? -> Thai tourist
    add(("windsurf:cascade", f"ลูกค้า {P('ชนิดา ศรีวงศ์')} จองทัวร์เชียงใหม่ 3 วัน เบอร์ {T('081 447 2290')} อีเมล {E('chanida.sriwong@hotmail.co.th')} — ผมแก้ฟังก์ชันส่งอีเมลยืนยันให้รองรับชื่อภาษาไทยแล้ว"))

    # 47 SSN in insurance underwriting note
    add(("kiro:chat", f"Underwriting note: applicant {P('Tamika Broussard')}, SSN {m('US_SSN', '431-77-2098')}, DOB {D('06/17/1990')}, lives at {A('2214 Magnolia Bend Dr, Lafayette, LA 70506')}. The MVR pull failed — can you retry the adapter with backoff?"))

    # 48 Port agent email thread, Greek
    add(("zed:agent", f"Από: {P('Σταύρος Παπαδημητρίου')} <{E('s.papadimitriou@piraeus-agency.gr')}>\nΘέμα: Άφιξη MSC Aurora, αγκυροβόλιο 4\n\nΚαλημέρα, επισυνάπτω τη λίστα πληρώματος. Τηλ. {T('+30 694 118 2273')}"))

    # 49 HR CSV with DOB and phone, Indonesian
    add(("goose:tool", goose_msg(f"$ head -3 karyawan.csv\nnama,tgl_lahir,hp,alamat\n{P('Rizky Pratama Siregar')},{D('1994-07-08')},{T('0812-6639-4410')},\"{A('Jl. Kenanga Raya No. 27, Medan 20152')}\"\n{P('Dewi Anggraini Putri')},{D('1997-12-01')},{T('0857-2201-7736')},\"{A('Jl. Sultan Agung No. 5, Semarang 50232')}\"\n")))

    # 50 Cline: diff adds a test fixture with a real-looking name and email
    add(("cline:diff", diff("tests/fixtures/members.py", [f"    Member(name=\"{P('Bartholomew Achterberg')}\", email=\"{E('b.achterberg@ziggo.nl')}\", club=\"HC Delftse Hout\"),"], ("MEMBERS = [", "]"))))

    # 51 Copilot coding agent PR with username handle in mention and ssh user
    add(("copilot-coding-agent:pr-description", f"Fixes #311. Thanks @{U('lwazi-dlamini')} for the repro. Verified on the staging box as `{U('lwazi')}@berth-stg` — the tide table import now handles SAST offsets."))

    # 52 Persian insurance customer
    add(("cursor:chat", f"مشتری بیمه: {P('کاوه موسوی‌نژاد')}\nکد پستی محل سکونت: {Z('1581834711')}\nموبایل: {T('+98 912 338 4106')}\nلطفاً اعتبارسنجی کد پستی ده‌رقمی را به فرم اضافه کن."))

    # 53 Dental invoice with IBAN Slovak
    add(("copilot-vscode:read_file", vsc_result(f"FAKTÚRA 2026/1187\nOdberateľ: {P('Ľubomír Hrnčiar')}\n{A('Trnavská cesta 44, 821 08 Bratislava')}\nÚhrada na: {I(grouped(iban('SK', g.s(DIGITS, 20))))}\nOšetrenie: extrakcia 38, RTG\n")))

    # 54 French airline complaint
    add(("windsurf:read", f"Réclamation bagage – dossier CDG-77104\nPassagère : {P('Maëlys Boucheron-Ndiaye')}\nTéléphone : {T('06 71 38 24 90')}\nCourriel : {E('maelys.bn@orange.fr')}\nAdresse de livraison : {A('12 rue des Tanneurs, 67000 Strasbourg')}\n"))

    # 55 IP of a user in a web access log line (personal)
    add(("claude-code:result", claude_result(f"{IP('94.231.18.207')} - {U('jkaminski')} [26/Nov/2026:21:40:12 +0100] \"GET /my/bookings HTTP/1.1\" 200 5123 \"-\" \"Mozilla/5.0\"\n", "/var/log/nginx")))

    # 56 Korean insurance claim JSON in MCP
    add(("mcp:db", mcp_result(dumps({"claim_id": "KR-CLM-40912", "insured": P("한지민"), "birth": D("1988-02-14"), "phone": T("010-5518-2096"), "email": E("jimin.han88@naver.com")}, indent=2))))

    # 57 Brazilian charity volunteer with card in chat, pt-BR
    add(("cursor:chat", f"Um doador, {P('Everton Caldeira Brandão')}, mandou o cartão por WhatsApp: {C(card('5', 16))} — não quero isso no banco. Me ajuda a criar uma rotina que detecta e apaga números de cartão das mensagens importadas?"))

    # 58 Tagalog library card application
    add(("copilot-vscode:prompt", f"Aplikasyon sa library card: {P('Jericho Manalastas')}, ipinanganak {D('Marso 3, 2001')}, nakatira sa {A('27 Sampaguita St., Brgy. Malanday, Valenzuela City')}. Bakit hindi tinatanggap ng form ang petsang ito?"))

    # 59 Chinese sports club member
    add(("zed:agent", f"会员资料：{P('欧阳思远')}，出生日期 {D('2007年9月18日')}，监护人电话 {T('138 1047 6625')}。请把羽毛球俱乐部的报名表改成支持监护人信息。"))

    # 60 Linux username + email in crontab mail
    add(("goose:tool", goose_msg(f"From: Cron Daemon <root@ticketing>\nTo: {E('priscila.vasquez@aerolineas-demo.pe')}\nSubject: Cron <{U('pvasquez')}@ticketing> /opt/fares/sync.sh\n\nsync.sh: line 14: jq: command not found\n")))

    # 61 Swahili charity beneficiary
    add(("copilot-vscode:read_file", vsc_result(f"Mnufaika: {P('Neema Wanjiru Kamau')}\nSimu: {T('+254 722 418 390')}\nMahali: {A('Kibera, Laini Saba, Nairobi')}\nMsaada: chakula na ada ya shule\n")))

    # 62 dentist rota with staff phones, Dutch
    add(("cline:read_file", f"Rooster tandartspraktijk De Wissel – week 49\nma: drs. {P('Femke Hoekstra')} ({T('06-41227893')})\ndi: {P('Youssef El Amrani')} ({T('06-18830254')})\nwo: gesloten\n"))

    # 63 Copilot CLI: ls -l output showing owner usernames
    add(("copilot-cli:shell", shell("ls -l /srv/claims/uploads | head -3", f"total 18220\n-rw-r----- 1 {U('adeyemi.o')} claims 402114 Nov 25 16:20 CLM-2026-08817-photos.zip\n-rw-r----- 1 {U('hsuzuki')}   claims  88120 Nov 26 09:03 CLM-2026-08830-estimate.pdf\n")))

    # 64 Arabic airline passenger with passport-free data and DOB
    add(("windsurf:cascade", f"بيانات الراكب للرحلة إلى الدوحة: {P('لينا الشمري')}، تاريخ الميلاد {D('1995-04-27')}، الهاتف {T('+974 5512 8830')}. أضفت تحققاً من صيغة التاريخ في نموذج الحجز."))

    # 65 Kazakh/Russian sports club
    add(("cursor:chat", f"Тренер {P('Ержан Абдрахманов')} просит добавить в приложение клуба поле для второго телефона. Его номер {T('+7 701 448 2913')}, почта {E('yerzhan.abd@mail.kz')}."))

    # 66 UK broker call note with postcode + address
    add(("kiro:chat", f"Call note 26/11: spoke with {P('Gwenllian Pritchard')} re: landlord policy for {A('3 Heol y Felin, Aberaeron SA46 0BT')}. Prefers contact on {T('01545 570 218')} after 5pm."))

    # 67 Italian HR with IBAN and phone
    add(("copilot-vscode:prompt", f"Nel file `dipendenti.xlsx` c'è una riga che rompe l'import: {P('Gianmarco Esposito-Ruggiero')}, IBAN {I(iban('IT', 'X' + g.s(DIGITS, 10) + g.s(DIGITS, 12)))}, cellulare {T('+39 347 221 9046')}. Credo sia lo spazio nel cognome composto."))

    # 68 fraud log with a customer's home IP, Vietnamese
    add(("windsurf:terminal", f"[fraud] 2026-11-27 05:12:44 booking=VN-TRV-30912 user={U('ngocanh.pham')} ip={IP('113.161.74.28')} card_bin=970436 score=0.82\nGhi chú: khách đặt 6 vé Đà Lạt trong 2 phút từ cùng một IP nhà riêng."))

    # 69 dental invoice with card, Hebrew
    add(("cline:read_file", f"קבלה – מרפאת שיניים הכרמל\nמטופל: {P('אביטל בן־שושן')}\nטלפון: {T('052-418-7730')}\nתשלום בכרטיס: {C(grouped(card('4580', 16)))}\nסכום: ₪1,450\n"))

    # 70 airline frequent-flyer CSV with emails, Portuguese (PT)
    add(("claude-code:result", claude_result(f"socio;nome;email;telemovel\nTP-88120;{P('Inês Carvalhal Sequeira')};{E('ines.sequeira@sapo.pt')};{T('+351 912 447 105')}\nTP-88121;{P('Rui Baptista Moniz')};{E('ruimoniz@netcabo.pt')};{T('+351 936 118 402')}\n", "/srv/fidelizacao")))
    return out


def negatives(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    add = out.append

    # 1 git log with commit ids, bot authors
    add(("copilot-cli:shell", shell("git log --oneline -5", "a3f9c21 (HEAD -> main) chore(deps): bump @aws-sdk/client-s3 from 3.701.0 to 3.712.0\n7be0d44 feat(berth): handle tidal window overlap\n1c5e8f0 Merge pull request #412 from port-ops/renovate/pnpm-9.x\n0d92ab7 fix: null check on vessel.imo\ne41b3aa docs: update CONTRIBUTING")))

    # 2 .env.example with placeholders
    add(("copilot-vscode:read_file", vsc_result("# copy to .env and fill in\nAGENCYZOOM_API_KEY=<your-agencyzoom-key>\nEZLYNX_CLIENT_SECRET=\nCLOUDBEDS_CLIENT_SECRET=changeme\nDATABASE_URL=postgres://user:password@localhost:5432/app\n")))

    # 3 UUIDs in migration output
    add(("claude-code:result", claude_result("Applying migration 20261126_add_claim_status...\n  inserted status 3b1f9e2a-6c4d-4e8b-9a17-5d2c0f8e7b31 (OPEN)\n  inserted status 8c0a7d55-12ef-4b90-a6d3-e4f1b2c9a088 (SETTLED)\nDone in 412ms\n", "/srv/claims")))

    # 4 package lock hash lines
    add(("cline:read_file", "\"node_modules/date-fns\": {\n  \"version\": \"4.1.0\",\n  \"resolved\": \"https://registry.npmjs.org/date-fns/-/date-fns-4.1.0.tgz\",\n  \"integrity\": \"sha512-Ukq0owbQXxa/U3EGtsdVBkR1w7KOQ5gIBqdH2hkvknzZPYvBxb/aa6E8L7tmjFtkwZBu3UXBbjIgPo/Ez4xaNg==\",\n  \"license\": \"MIT\"\n}"))

    # 5 docker image digest
    add(("windsurf:terminal", "$ docker pull ghcr.io/library-tools/koha-sync:1.8.2\n1.8.2: Pulling from library-tools/koha-sync\nDigest: sha256:4f2b8e91c0d7a3356e1f09b8c2d4a7e6f5b3c1d0e9a8f7b6c5d4e3f2a1b0c9d8\nStatus: Downloaded newer image for ghcr.io/library-tools/koha-sync:1.8.2\n"))

    # 6 Vietnamese README about config
    add(("cursor:chat", "Trong README mình ghi: \"Đặt biến CLEARTRIP_API_KEY trong file .env (xem .env.example). Không commit khóa thật.\" Bạn viết thêm phần hướng dẫn chạy bằng Docker Compose nhé."))

    # 7 Python code using env var lookups only
    add(("copilot-vscode:read_file", vsc_result("import os\n\nHISCOX_KEY = os.environ[\"HISCOX_SUBSCRIPTION_KEY\"]\nCHUBB_KEY = os.getenv(\"CHUBB_API_KEY\", \"\")\nif not HISCOX_KEY:\n    raise RuntimeError(\"HISCOX_SUBSCRIPTION_KEY is not set\")\n")))

    # 8 GitHub Actions workflow using secrets context
    add(("copilot-coding-agent:pr-description", "## CI: pass carrier keys from secrets\n\n```yaml\nenv:\n  DATALASTIC_API_KEY: ${{ secrets.DATALASTIC_API_KEY }}\n  AISSTREAM_KEY: ${{ secrets.AISSTREAM_KEY }}\n```\n\nNo keys are stored in the repository anymore."))

    # 9 Japanese test log with fake values
    add(("zed:agent", "テスト結果: 12 passed, 0 failed\n  ✓ maskCardNumber('4111 1111 1111 1111') → '**** **** **** 1111'\n  ✓ 空の電話番号はエラーになる\n  ✓ example.com のメールは送信しない"))

    # 10 SQL schema DDL
    add(("claude-code:result", claude_result("CREATE TABLE patients (\n  id BIGSERIAL PRIMARY KEY,\n  full_name TEXT NOT NULL,\n  date_of_birth DATE,\n  phone VARCHAR(32),\n  email CITEXT UNIQUE,\n  created_at TIMESTAMPTZ DEFAULT now()\n);\n", "/srv/dental/db")))

    # 11 Terraform plan with resource ids
    add(("kiro:chat", "Plan: 3 to add, 0 to change, 0 to destroy.\n  + aws_s3_bucket.manifests (bucket = \"port-ops-manifests-eu-west-1\")\n  + aws_kms_key.manifests (key_id = known after apply)\n  + aws_iam_role.ingest (arn = known after apply)\n"))

    # 12 Czech discussion about API naming
    add(("cursor:chat", "Navrhuju přejmenovat `getReaderById` na `findReader` a vrátit `Optional<Reader>`. Knihovní systém Koha má stejné pojmenování v REST API, tak ať je to konzistentní."))

    # 13 semver and changelog
    add(("copilot-vscode:read_file", vsc_result("## [2.14.0] - 2026-11-20\n### Added\n- Hapag-Lloyd schedule adapter (#388)\n### Fixed\n- Timezone drift for Asia/Manila ETAs (#391)\n\n## [2.13.4] - 2026-11-02\n- Bump pydantic to 2.10.3\n")))

    # 14 Dockerfile with ARG placeholders
    add(("windsurf:read", "FROM python:3.12-slim\nARG PIP_INDEX_URL=https://pypi.org/simple\nENV PYTHONDONTWRITEBYTECODE=1\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nCMD [\"gunicorn\", \"fares.wsgi:application\", \"-b\", \"0.0.0.0:8000\"]\n"))

    # 15 Korean code review about naming
    add(("copilot-coding-agent:review-comment", "`calcPremium()` 함수 안에서 보험료 계산과 DB 저장을 같이 하고 있어요. 계산 로직만 순수 함수로 분리하면 테스트하기 쉬워질 것 같습니다."))

    # 16 stack trace with no PII
    add(("claude-code:result", claude_result("Traceback (most recent call last):\n  File \"/app/fares/rules.py\", line 88, in apply\n    return table[fare_basis]\nKeyError: 'YLOWEU3'\n", "/app")))

    # 17 IATA codes and flight numbers
    add(("cursor:chat", "Test data for the disruption parser: LH1351 FRA→PRG delayed 45 min, OK641 PRG→AMS cancelled, KL1354 AMS→PRG on time. Airports use IATA codes; please keep them uppercase."))

    # 18 Arabic prose about architecture
    add(("copilot-vscode:prompt", "أريد فصل خدمة حساب رسوم الميناء عن خدمة الفوترة. هل الأفضل استخدام طابور رسائل مثل RabbitMQ أم استدعاءات HTTP مباشرة؟"))

    # 19 hash of a file
    add(("copilot-cli:shell", shell("sha256sum dist/*.whl", "9e3c7a1f0b2d4e6f8a0c2e4b6d8f0a1c3e5b7d9f1a3c5e7b9d1f3a5c7e9b1d3f  dist/berthplan-0.9.1-py3-none-any.whl")))

    # 20 k8s secret manifest referencing external secret
    add(("kiro:file", "apiVersion: external-secrets.io/v1beta1\nkind: ExternalSecret\nmetadata:\n  name: blackbaud-sky\nspec:\n  secretStoreRef:\n    name: vault-backend\n    kind: ClusterSecretStore\n  data:\n    - secretKey: subscription-key\n      remoteRef:\n        key: charity/blackbaud\n        property: subscription_key\n"))

    # 21 Portuguese BR about tests
    add(("cursor:chat", "Os testes de integração do Asaas estão usando o mock `AsaasFakeServer`, então não precisa de chave real. Pode rodar `pytest -m integration` direto."))

    # 22 Hungarian Jira-like note
    add(("zed:agent", "PROJ-2217: A mérkőzésnaptár exportja UTC helyett helyi időt ír. Javítás: `zoneinfo.ZoneInfo(\"Europe/Budapest\")` használata a `fixtures.py`-ban."))

    # 23 curl with placeholder token
    add(("copilot-vscode:prompt", "The docs show `curl -H \"Authorization: Bearer <YOUR_FIELDWIRE_TOKEN>\" https://client-api.us.fieldwire.com/api/v3/projects` — how do I turn that into a typed TypeScript client?"))

    # 24 example PEM header in docs (public cert)
    add(("windsurf:read", "# Certificate pinning\nThe gateway presents a public certificate; pin its SPKI hash:\n\n    pin-sha256=\"r/mIkG3eEpVdm+u/ko/cwxzOMo1bk4TyHIlByibiA5E=\"\n\nRotate pins together with the certificate."))

    # 25 Malay meeting notes
    add(("goose:tool", goose_msg("Nota mesyuarat pasukan IT kelab bola sepak:\n- Naik taraf Laravel ke versi 11\n- Tambah ujian untuk modul yuran ahli\n- Guna Redis untuk cache jadual perlawanan\n")))

    # 26 Vessel identifiers, public
    add(("claude-code:result", claude_result("IMO       MMSI       NAME              FLAG\n9811000   477333500  EVER ACE          HK\n9839131   255806360  MSC GULSUN        PT\n", "/srv/ais")))

    # 27 npm audit
    add(("copilot-cli:shell", shell("npm audit --omit=dev", "# npm audit report\n\ncross-spawn  <7.0.5\nSeverity: high\nRegular Expression Denial of Service - https://github.com/advisories/GHSA-3xgq-45jj-v275\nfix available via `npm audit fix`\n")))

    # 28 Bengali question about regex
    add(("cursor:chat", "বাংলাদেশি মোবাইল নম্বর যাচাই করার জন্য একটা রেগুলার এক্সপ্রেশন দরকার, যেমন 01XXXXXXXXX ফরম্যাট। উদাহরণ দিয়ে বুঝিয়ে দাও।"))

    # 29 OpenAPI snippet
    add(("copilot-vscode:read_file", vsc_result("components:\n  securitySchemes:\n    ApiKeyAuth:\n      type: apiKey\n      in: header\n      name: X-Api-Key\n  schemas:\n    Booking:\n      type: object\n      properties:\n        pnr: {type: string, example: ABC123}\n")))

    # 30 Japanese commit message discussion
    add(("copilot-coding-agent:session-log", "▸ Run git commit -m \"fix: 延滞料の端数処理を切り捨てに変更\"\n[main 5d7e2b9] fix: 延滞料の端数処理を切り捨てに変更\n 2 files changed, 14 insertions(+), 6 deletions(-)"))

    # 31 fake test card numbers in docs
    add(("cline:read_file", "## Test cards (Stripe-style sandbox)\n| number | result |\n|---|---|\n| 4242 4242 4242 4242 | success |\n| 4000 0000 0000 0002 | declined |\nUse any future expiry and any CVC."))

    # 32 Persian prose about CI
    add(("copilot-vscode:prompt", "چرا پایپ‌لاین CI ما روی شاخهٔ main کند شده؟ زمان اجرای تست‌ها از ۴ دقیقه به ۱۱ دقیقه رسیده است."))

    # 33 Windsurf: lint output
    add(("windsurf:terminal", "$ ruff check .\nfares/rules.py:14:5: F841 Local variable `tmp` is assigned to but never used\nports/tide.py:88:1: E501 Line too long (131 > 120)\nFound 2 errors.\n"))

    # 34 Slovak prose about design
    add(("cursor:chat", "Navrhni prosím dátový model pre rezervácie športovísk: kurt, časový slot, typ členstva a cenník. Stačí mi diagram v Mermaid."))

    # 35 AWS ARN and account-less example
    add(("kiro:chat", "Use the role `arn:aws:iam::123456789012:role/ExampleRole` from the AWS docs as a template; our real account ID is injected by the pipeline."))

    # 36 Goose: pip freeze
    add(("goose:tool", goose_msg("$ pip freeze | head -5\nanyio==4.6.2\ncertifi==2024.8.30\nhttpx==0.28.0\npydantic==2.10.3\nrequests==2.32.3\n")))

    # 37 Brazilian prose about Pix QR
    add(("copilot-vscode:prompt", "Como gerar um QR code Pix estático para doações? Quero usar a biblioteca `pix-utils` e mostrar o valor em reais formatado."))

    # 38 Zed: JSON fixture with obviously fake values
    add(("zed:agent", dumps({"name": "Test User", "email": "test@example.com", "phone": "+1 555 0100", "api_key": "xxxxxxxxxxxxxxxx"}, indent=2)))

    # 39 Cline: Gradle output
    add(("cline:terminal", "> Task :app:compileReleaseKotlin\n> Task :app:lintVitalRelease\nBUILD SUCCESSFUL in 1m 42s\n57 actionable tasks: 12 executed, 45 up-to-date\n"))

    # 40 Tagalog prose about caching
    add(("cursor:chat", "Bakit mabagal ang pag-load ng listahan ng mga flight? Sa tingin ko kailangan natin ng pagination at index sa `departure_time` column."))

    # 41 Public company names and products
    add(("copilot-coding-agent:pr-description", "## Add carrier adapters\n\nAdds adapters for Maersk, CMA CGM and Hapag-Lloyd behind the `CarrierClient` interface. Each adapter reads its credentials from the secrets manager at runtime; the unit tests use recorded cassettes with credentials stripped."))

    # 42 Vietnamese hash/commit discussion
    add(("windsurf:cascade", "Commit 3e9a1f7c2b4d lỗi vì thiếu migration; mình đã revert và tạo lại PR #518 với migration 0042_add_tour_capacity."))

    # 43 Korean deployment log with build ids
    add(("kiro:chat", "배포 완료: build #4471 (commit 9f2c1ab), 이미지 태그 v3.8.0-rc.2. 롤백이 필요하면 `helm rollback booking 17` 을 실행하세요."))

    # 44 HTML form with placeholder attributes
    add(("copilot-vscode:read_file", vsc_result("<form id=\"member-signup\">\n  <input name=\"full_name\" placeholder=\"Jane Doe\">\n  <input name=\"email\" type=\"email\" placeholder=\"name@example.com\">\n  <input name=\"api_key\" placeholder=\"paste your key here\">\n</form>\n")))
    return out
