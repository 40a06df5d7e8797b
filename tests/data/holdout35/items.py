# ruff: noqa: E501, RUF001  -- item tables hold whole texts on one line; foreign letters are intended.
"""Thirty-fifth held-out set, written blind (see README.md). Domains: nursing homes and home care,
solar and wind farms, car dealerships and garages, restaurants and food delivery, real-estate
agencies, charities and NGOs, gyms and sports centres, print shops and publishers, game studios.
Providers N-Z that no earlier set used.
"""

from __future__ import annotations

import json

from _markup import IP, A, C, D, E, I, P, S, T, U, Z, create_file, diff, m, openai_call, tool_result
from _values import ALNUM, DIGITS, HEX, HEXU, LOWNUM, UPNUM, Gen, iban, luhn_complete

B64URL = ALNUM + "-_"
LOWER = "abcdefghijklmnopqrstuvwxyz"


def dumps(obj: object, **kw: object) -> str:
    kw.setdefault("ensure_ascii", False)
    return json.dumps(obj, **kw)  # type: ignore[arg-type]


def N(value: str) -> str:
    """A national id number (labelled as the closest gold label, US_SSN only for US numbers)."""
    return m("US_SSN", value)


def card4(number: str) -> str:
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))


# carriers ------------------------------------------------------------------------------------

def jira_issue(key: str, summary: str, body: str) -> str:
    """An issue assigned to the Copilot coding agent from Jira."""
    return f"[Jira → GitHub] {key}: {summary}\nAssignee: Copilot (coding agent)\n\n{body}"


def linear_issue(key: str, title: str, body: str) -> str:
    return f"Linear {key} · {title}\nDelegated to @Copilot\n---\n{body}"


def azure_board(wi: int, title: str, body: str) -> str:
    return f"Azure Boards work item #{wi} — {title}\nState: Active  ·  Assigned to: GitHub Copilot\n\n{body}"


def pr_thread(pr: int, who: str, comment: str, reply: str) -> str:
    """A review thread on a pull request opened by the Copilot coding agent."""
    return f"PR #{pr} (copilot/…) · review thread\n{who}: {comment}\nCopilot: {reply}"


def setup_steps(steps: str) -> str:
    return f"# .github/workflows/copilot-setup-steps.yml\nname: Copilot Setup Steps\non: workflow_dispatch\njobs:\n  copilot-setup-steps:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v5\n{steps}"


def ndjson(*rows: dict[str, object]) -> str:
    """Copilot usage records streamed as NDJSON (one JSON document a line)."""
    return "\n".join(dumps(r) for r in rows)


def s3_batch(key: str, *rows: dict[str, object]) -> str:
    return f"s3://copilot-usage-exports/{key}  (gunzipped)\n" + ndjson(*rows)


def datadog_log(service: str, message: str) -> str:
    return dumps({"ddsource": "github-copilot", "service": service, "host": "i-0c1e", "status": "info", "message": message})


def gcs_object(obj: str, *rows: dict[str, object]) -> str:
    return f"gs://copilot-usage-eu/{obj}\n" + ndjson(*rows)


def eventhub(body: str) -> str:
    return dumps({"SequenceNumber": 40112, "Offset": "8589940736", "EnqueuedTimeUtc": "11/27/2026 14:02:51", "Properties": {"source": "copilot-usage"}, "Body": body})


def copilot_cli(prompt: str, out: str) -> str:
    return f"> {prompt}\n\n● {out}"


def eclipse(q: str, a: str) -> str:
    return f"[Copilot Chat — Eclipse 2026-09]\n>> {q}\n{a}"


def jb(q: str, a: str) -> str:
    return f"### Me\n{q}\n\n### GitHub Copilot\n{a}"


def space(name: str, q: str, a: str) -> str:
    return f"Copilot Space: {name}\n> {q}\n\n{a}"


def codex_rollout(cmd: list[str], output: str) -> str:
    """OpenAI Codex CLI rollout lines (function call + output)."""
    a = dumps({"type": "response_item", "payload": {"type": "function_call", "name": "shell", "arguments": dumps({"command": cmd})}})
    b = dumps({"type": "response_item", "payload": {"type": "function_call_output", "output": dumps({"output": output, "metadata": {"exit_code": 0}})}})
    return a + "\n" + b


def codex_cloud(task: str, body: str) -> str:
    return f"Codex · cloud task {task}\n\n{body}"


def cursor_bg(body: str) -> str:
    return f"Cursor Background Agent ▸ bc-7e21\n{body}"


def cursor_rule(name: str, body: str) -> str:
    return f"---\ndescription: {name}\nalwaysApply: true\n---\n{body}"


def windsurf_memory(title: str, body: str) -> str:
    return dumps({"memory": {"title": title, "content": body, "source": "cascade", "workspace": "/repo"}})


def tabnine(q: str, a: str) -> str:
    return f"Tabnine Chat\nQ: {q}\nA: {a}"


def qodo_merge(body: str) -> str:
    return f"## PR Reviewer Guide 🔍\n\n<table><tr><td>🔒 <strong>Security concerns</strong><br><br>{body}</td></tr></table>"


def coderabbit(path: str, body: str) -> str:
    return f"**coderabbitai** commented on `{path}`\n\n_⚠️ Potential issue_\n\n{body}"


def sweep(body: str) -> str:
    return f"Sweep: I'm working on this issue.\n\n{body}"


def plandex(body: str) -> str:
    return f"plandex ▸ tell\n📄 Building changes…\n{body}"


def interpreter(code: str, out: str) -> str:
    return f"▌ Open Interpreter\n```python\n{code}\n```\nOutput:\n{out}"


def goose(tool: str, out: str) -> str:
    return f"─── {tool} | developer ──────\n{out}"


def roo(mode: str, body: str) -> str:
    return dumps({"ts": 1795874400123, "type": "say", "say": "tool", "mode": mode, "text": body})


def trae(body: str) -> str:
    return f"Trae · Builder\n{body}"


def mcp(server: str, text: str) -> str:
    return dumps({"jsonrpc": "2.0", "id": 7, "result": {"content": [{"type": "text", "text": text}], "isError": False}, "_server": server})


def twice(name: str, args: dict[str, object]) -> str:
    """A tool call whose arguments are a JSON string, logged again as a JSON string (twice escaped)."""
    inner = dumps({"type": "function", "function": {"name": name, "arguments": dumps(args)}})
    return dumps({"event": "tool_call", "raw": inner})


def secrets(g: Gen) -> list[tuple[str, list[str], str]]:
    out: list[tuple[str, list[str], str]] = []

    def add(p: str, t: str, providers: list[str] | None = None) -> None:
        out.append((f"holdout35:{p}", providers or [p], t))

    JW_SHOP = '{"sub":"shop_81a2","iat":1795870000}'
    JW_WOLT = '{"venue":"kallio-ramen","iat":1795860000}'
    JW_POCKET = '{"sub":"writer-tools","scope":"content:write","iat":1795850000}'

    # solar and wind farms ----------------------------------------------------------------------
    add("nextracker", jb("¿Por qué el cliente de NX Navigator devuelve 401 en la planta de Atacama?", f"En `src/main/resources/application-prod.yml` el secreto del cliente está vencido:\n\n```yaml\nnextracker:\n  client-id: planta-atacama-2\n  client-secret: {S(g.mixed(ALNUM, 48))}\n```\n\nPide uno nuevo en el portal de Nextracker y guárdalo en Vault; no lo dejes en el YAML."))
    add("solax-cloud", jira_issue("ENRG-412", "Inverter poller returns 'tokenId invalid'", f"The SolaX Cloud poller in `pollers/solax.py` started failing overnight. Log excerpt:\n\n```\nGET https://www.solaxcloud.com/proxyApp/proxy/api/getRealtimeInfo.do?tokenId={S(g.s(UPNUM, 20) + g.s(DIGITS, 6))}&sn=SWQ3KX7R2N\n<- {{\"success\":false,\"exception\":\"tokenId invalid\"}}\n```\n\nPlease make the poller read the token from the secret store and retry with backoff."))
    add("sofar-solar", f"# sofar.toml – SolarMAN/Sofar OpenAPI bridge\n[sofar]\napp_id = \"2026111409\"\napp_secret = \"{S(g.s(HEX, 32))}\"\naccount = \"{E('ops@quinta-sol.pt')}\"\npassword_sha256 = \"{S(g.s(HEX, 64))}\"")
    add("shinemonitor", f"$ curl -s \"http://api.shinemonitor.com/public/?sign=$(python sign.py)&salt=1795870011&token={S(g.s(HEX, 64))}&action=queryPlantCurrentData&plantid=41873\"\n{{\"err\":0,\"desc\":\"ERR_NONE\",\"dat\":[{{\"key\":\"ENERGY_TODAY\",\"val\":\"1843.2\"}}]}}")
    add("zonneplan", f"Hoi team, de Zonneplan-koppeling voor het zonnepark in Dronten staat nu live. API-sleutel: {S('zp_live_' + g.s(LOWNUM, 36))} — graag na het weekend roteren, ik heb hem ook in Slack geplakt 🙈")
    add("trianel", openai_call("write_file", {"path": "config/direktvermarktung.yaml", "content": f"trianel:\n  portal: https://dv.trianel.com/api\n  mandant: WP-Husum-Nord\n  user: {U('scada-export')}\n  password: {S('Windkraft_Husum#24')}\n"}))
    add("statkraft", f"[statkraft_ppa]\nbase_url = https://ppa-api.statkraft.com/v1\nsubscription_key = {S(g.s(HEX, 32))}\nportfolio = NO-Smøla-2\n; nøkkelen er personlig, ikke del den")
    add("uniper", cursor_bg(f"I ran the existing integration test and it uses a real Uniper trading API key:\n\n```python\nUNIPER_KEY = \"{S(g.mixed(ALNUM, 40))}\"  # TODO remove before merge\n```\n\nI've replaced it with `os.environ['UNIPER_KEY']` and added it to `.env.example` as an empty value."))
    add("svea-solar", f"Hej! Svea Solars partner-API för offerterna i Uppsala: nyckeln är `{S('sv_' + g.s(HEX, 40))}` och den ligger just nu i `offert/settings.py`. Kan du flytta den till Key Vault innan fredag?")
    add("ormat", f"Ingia ya PI historian ya kituo cha jotoardhi (Ormat, Olkaria) iko kwenye `historian.xml`:\n\n<connection name=\"ormat-geo-historian\">\n  <host>pi.ormat-ops.net</host>\n  <user>{U('svc_pi_reader')}</user>\n  <password>{S('Geotherm@lSteam55')}</password>\n</connection>\n\nTafadhali badilisha nenosiri baada ya ukaguzi.")
    add("nextera", tabnine("nextera settlement API가 403을 돌려줘요", f"`config/settlement.yaml`에 들어 있는 키 `{S(g.s(HEXU, 40))}`는 테스트 거래상대방(prairie-wind-llc)용입니다. 운영 키를 따로 발급받고, 이 키는 저장소 기록에 남았으니 폐기하세요."))
    add("qcells", codex_rollout(["bash", "-lc", "grep -rn QCELLS .env"], f".env:7:QCELLS_QHOME_TOKEN={S(g.b64(36, urlsafe=True))}\n.env:8:QCELLS_SITE=haus-linz-22"))
    add("raptor-maps", f"import requests\n\nRAPTOR_TOKEN = \"{S('rm_' + g.mixed(ALNUM, 40))}\"\nresp = requests.get(\n    \"https://api.raptormaps.com/solar_farms/8812/inspections\",\n    headers={{\"Authorization\": f\"Bearer {{RAPTOR_TOKEN}}\"}},\n)")
    add("sitemark", f"Sitemark's export webhook kept failing because the signing secret in `webhooks.json` was the sandbox one. Current value: `{S('whsec_' + g.mixed(ALNUM, 32))}`. I've asked {P('Emre')} to rotate it in the Sitemark console.")
    add("skyspecs", f"SKYSPECS_HORIZON_USER={E('blade-inspections@ventos-norte.pt')}\nSKYSPECS_HORIZON_TOKEN={S(g.mixed(ALNUM, 44))}\nSKYSPECS_FARM=VN-Serra-Amarela")
    add("zeitview", coderabbit("infra/lambda/zeitview_sync/handler.py", f"The Zeitview API key is inlined in the handler:\n\n```python\nheaders = {{\"x-api-key\": \"{S(g.s(LOWNUM, 40))}\"}}\n```\n\nMove it to AWS Secrets Manager and read it on cold start; the Lambda role already has `secretsmanager:GetSecretValue`."))
    add("wattwatchers", f"$ export WW_API_KEY=key_{S(g.s(HEX, 32))}\n$ curl -s -H \"Authorization: Bearer key_$WW_API_KEY\" https://api-v3.wattwatchers.com.au/devices | jq length\n37")
    add("wattbuy", f"Olá equipa, o cliente da WattBuy em `src/wattbuy.ts` tem a chave escrita à mão:\n\n```ts\nexport const wattbuy = new WattBuyClient({{ apiKey: '{S(g.mixed(ALNUM, 40))}', zip: '78701' }});\n```\n\nPodem passar isto para `process.env.WATTBUY_KEY` antes do merge? Obrigado!")
    add("windsim", f"Windsim-lisenssipalvelin: windsim-lic.tuulivoima.fi:27000\nLisenssiavain: {S(g.s(UPNUM, 5) + '-' + g.s(UPNUM, 5) + '-' + g.s(UPNUM, 5) + '-' + g.s(UPNUM, 5))}\nÄlä lisää tätä wikiin.")
    add("vestas", azure_board(22817, "Rotate Vestas Online Business API credentials", f"The old credentials are still in `pipelines/scada-import.yml`:\n\n```yaml\nvariables:\n  VESTAS_VOB_USER: {U('vob-api-eu-0231')}\n  VESTAS_VOB_PASSWORD: '{S('N4celle-Yaw-2025!')}'\n```\n\nMove them to a variable group linked to Key Vault and delete them from the YAML."))
    add("wattsight", f"# Volue Insight (Wattsight) – spot-prisprognoser\nWATTSIGHT_CLIENT_ID = \"fjordkraft-trading\"\nWATTSIGHT_CLIENT_SECRET = \"{S(g.mixed(ALNUM, 64))}\"")
    add("zeversolar", f"Zeversolar 逆变器云平台的请求把密钥放在了 URL 里：\n\nGET /api/v1/inverter/realtime?key={S(g.s(UPNUM, 16))}&sn=ZS3000TL-88213 HTTP/1.1\nHost: www.solarcloud.zeversolar.com\n\n这个 URL 会出现在代理日志中，建议改用请求头传递。")
    add("zeigo", tabnine("why does the Zeigo Network import script 401?", f"Your script sends `Authorization: Token {S(g.s(HEX, 48))}` but Zeigo expects the token in `X-Zeigo-Key`. Also, this token is in the file history now; rotate it after you fix the header."))
    add("openei", f"library(httr)\nopenei_key <- \"{S(g.mixed(ALNUM, 40))}\"\nr <- GET(\"https://api.openei.org/utility_rates\", query = list(version = 8, format = \"json\", api_key = openei_key, address = \"Boulder, CO\"))")
    add("opensolar", f"OpenSolar's org token for Kōwhai Solar leaked in the design export — `Authorization: Bearer {S('s_' + g.s(HEX, 40))}`. Rotated in the org settings at 10:42; old one is dead now but it's in the job log.")
    add("otovo", windsurf_memory("Otovo partner integration", f"Otovo partner API uses header `X-Otovo-Key`. Current key (PT market, installer 4471): {S(g.mixed(ALNUM, 32))}. Endpoint https://partners.otovo.com/api/v2. Rotate every 90 days."))
    add("ostrom", f"ℹ️ Ostrom API (Smart-Meter) – Zugang für die Hausverwaltung Graz:\nClient-ID: hv-graz-03\nClient-Secret: {S(g.mixed(ALNUM, 40))}\nBitte nicht in E-Mails weiterleiten.")
    add("pvsyst", f"@echo off\nREM PVsyst batch licence activation on the design VM\nset PVSYST_LICENSE={S(g.s(UPNUM, 4) + '-' + g.s(UPNUM, 4) + '-' + g.s(UPNUM, 4) + '-' + g.s(UPNUM, 4))}\n\"C:\\Program Files\\PVsyst8.0\\PVsyst.exe\" /activate %PVSYST_LICENSE%")
    add("quadrical", f"Quadrical Rubik के डैशबोर्ड के लिए API टोकन: {S(g.s(HEX, 40))} — यह अभी `config.py` में हार्डकोड है, कृपया इसे Azure Key Vault में रखें।")
    add("raycatch", goose("shell", f"$ cat .env.raycatch\nRAYCATCH_TENANT=ps-alentejo\nRAYCATCH_API_KEY={S(g.mixed(ALNUM, 36))}"))
    add("reonic", f"Hallo zusammen,\n\nder Reonic-Export für die Angebote in Oberösterreich bricht ab, weil der API-Schlüssel in `reonic.json` abgelaufen ist:\n\n{{\n  \"reonic\": {{\n    \"baseUrl\": \"https://api.reonic.de/rest/v2\",\n    \"apiKey\": \"{S('rk_' + g.s(LOWNUM, 44))}\"\n  }}\n}}\n\nKann jemand einen neuen Schlüssel anlegen und ihn im Tresor ablegen? Danke, lg")
    add("rated-power", f"pvDesign (RatedPower) API — for the yield-study pipeline:\n  RATEDPOWER_API_KEY={S(g.s(HEX, 8) + '-' + g.s(HEX, 4) + '-' + g.s(HEX, 4) + '-' + g.s(HEX, 4) + '-' + g.s(HEX, 12))}\nThe key is scoped to the Iberia workspace.")
    add("renewables-ninja", f"import requests\ns = requests.Session()\ns.headers = {{'Authorization': 'Token {S(g.s(HEX, 40))}'}}\nr = s.get('https://www.renewables.ninja/api/data/wind', params={{'lat': 57.1, 'lon': -2.1, 'capacity': 1.0}})")
    add("solargis", f"<WS:GetDataRequest xmlns:WS=\"http://geomodel.eu/schema/ws/data\">\n  <site id=\"parque-ica\" lat=\"-14.07\" lng=\"-75.73\"/>\n</WS:GetDataRequest>\n<!-- POST https://solargis.info/ws/rest/datadelivery/request?key={S(g.s(HEX, 32))} -->")
    add("solarnetwork", f"solarnetwork:\n  token_id: {g.s(ALNUM, 20)}\n  token_secret: {S(g.mixed(ALNUM, 30))}\n  node_id: 372")
    add("solarweb", f"Fronius Solar.web API — accessKeyValue: {S(g.uuid())}\n(Für die Anlagen in Wels und Linz; nicht im Ticket posten!)")
    add("sunnova", f"$ sunnova-partner login --client-id dealer-88321 --client-secret '{S(g.mixed(ALNUM, 40))}'\nAuthenticated as dealer-88321 (Sunnova partner portal)")
    add("sunrun", pr_thread(412, U("maria-ops"), "Is this Sunrun key meant to be here?", f"No — good catch. I've removed `SUNRUN_PARTNER_KEY = \"{S(g.s(HEX, 40))}\"` from `settings/base.py` and the setting now comes from the environment."))
    add("nordex", f"# Export SCADA Nordex — parc éolien de l'Aisne\n# identifiants du data-hub, à déplacer dans le coffre avant la mise en prod\nexport NDX_HUB_URL=https://datahub.nordex-online.com\nexport NDX_HUB_USER={U('export_parc_eolien_aisne')}\nexport NDX_HUB_PASS='{S('Pales-Mistral-2024')}'")
    add("nrgi", f"NRGi's elpris-API: adgang med nøglen {S(g.s(HEX, 32))} — den ligger i `prisfeed/.env` på produktionsserveren.")
    add("ohmconnect", f"{{\"role\":\"tool\",\"content\":\"OHMCONNECT_API_KEY={S('ohm_' + g.s(LOWNUM, 32))}\\nOHMCONNECT_ZIP=94607\"}}")
    add("omnidian", f"ℹ️ Omnidian homeowner API: `x-omnidian-key: {S(g.mixed(ALNUM, 40))}` (prod). The staging key is different; don't swap them again.")
    add("pv-magic", f"pv magic integration\n\n- endpoint: https://portal.pvmagic.co.za/api\n- key: {S(g.s(HEX, 24))}\n- site: Worcester-Farm-2\n\n{P('Sibiya')} said the key works for all 14 inverters.")
    add("nexus-solar", f"Nexus Solar Energy backoffice\nusuario: {U('instalaciones.cordoba')}\ncontraseña: {S('Pampa-Solar-2026')}\nURL: https://backoffice.nexussolarenergy.com.ar")
    add("optimus-solar", f"OPTIMUS_SOLAR_TOKEN=\"{S(g.b64(30))}\"  # Optimus Solar Monitoring, planta Tarapacá")

    # nursing homes and home care -------------------------------------------------------------
    add("nourish", f"NOURISH_CARE_BASE=https://api.nourishcare.com/v1\nNOURISH_CARE_CLIENT_ID=oak-lodge-care\nNOURISH_CARE_CLIENT_SECRET={S(g.mixed(ALNUM, 40))}")
    add("nurse-grid", linear_issue("CARE-219", "NurseGrid shift sync fails for night rota", f"The sync job logs the whole request on failure, including the header `Authorization: Bearer {S('ng_' + g.mixed(ALNUM, 38))}`. Please stop logging headers and redact the existing log lines."))
    add("nursa", f"// Nursa per-diem shifts\nconst nursa = axios.create({{\n  baseURL: 'https://api.nursa.com/facility/v2',\n  headers: {{ 'X-Api-Key': '{S(g.uuid())}' }},\n}});")
    add("nurseboard", f"@channel Kalau ada yang debug webhook NurseBoard, secret-nya ada di `nurseboard.ini`:\n\n[nurseboard]\nwebhook_secret={S(g.s(HEX, 40))}\nfacility=willow-grove\n\nTolong jangan di-commit ya, tambahkan ke .gitignore.")
    add("onshift", f"ONSHIFT_API_USER={E('integrations@brookhaven-senior.com')}\nONSHIFT_API_PASSWORD={S('Brookhaven!Shift7')}\nONSHIFT_ORG_ID=5521")
    add("palliaassist", f"PalliAssist-koppeling (thuiszorg Gent): token {S(g.s(LOWNUM, 32))}. Staat in de Teams-chat van vorige week, daar mag het eigenlijk niet staan.")
    add("rosterapp", goose("text_editor", f"Wrote config/rosterapp.yaml:\n\nrosterapp:\n  tenant: helping-hands-nz\n  api_key: \"{S(g.mixed(ALNUM, 32))}\"\n  timezone: Pacific/Auckland\n\nNote: I used the key from your message; consider storing it in the keychain instead."))
    add("swiftcare", f"$ swiftcare-cli visits export --from 2026-11-01 --token {S(g.s(HEX, 40))} > visits.csv\nExported 1,284 visits")
    add("tena-identifi", f"TENA Identifi (Essity) — Datenexport für Pflegeheim Innsbruck\nAPI-Key: {S(g.mixed(ALNUM, 36))}\nGültig bis 31.03.2027")
    add("voalte", f"<add key=\"VoalteMessagingApiKey\" value=\"{S(g.s(HEXU, 32))}\" />\n<add key=\"VoalteFacility\" value=\"St-Agnes-West\" />")
    add("vitalhub", f"VitalHub Client Care API — client id `vh-kingston-ltc`, secret `{S(g.mixed(ALNUM, 48))}`. The Kingston site uses the same pair for Procura, which we should split.")
    add("welbi", eclipse("Where do we configure the Welbi activities calendar token?", f"In `src/main/resources/welbi.properties`:\n\n```properties\nwelbi.api.url=https://api.welbi.co/v1\nwelbi.api.token={S(g.s(HEX, 48))}\n```\n\nThis token is live; you should externalise it with an environment variable before committing."))
    add("yourcareplan", f"`YOURCAREPLAN_SECRET` ニューキャッスル事業所の本番値: `{S(g.mixed(ALNUM, 40))}` — ここには貼らないでください、と前回もお願いしました…")
    add("zorgdomein", f"zorgdomein:\n  oauth:\n    client_id: vvt-amstelveen\n    client_secret: {S(g.mixed(ALNUM, 44))}\n    token_url: https://acc.zorgdomein.nl/oauth/token")
    add("nedap-ons", f"Nedap Ons API-certificaat (PKCS#12) wachtwoord: {S('Ons-Zorg-Rotterdam-19')}\nBestand: certs/ons-api-client.p12")
    add("roster-online", f"Gidi, hapa ndivyo ninavyoendesha usafirishaji wa zamu:\n\n$ ROSTER_ONLINE_KEY={S(g.s(HEX, 32))} ROSTER_ONLINE_SITE=bondi-care python export_shifts.py\n\nUfunguo huo ni wa uzalishaji, tafadhali uubadilishe baadaye.")
    add("stannah", f"Stannah stairlift service portal — engineer login for the Leeds homes\nuser: {U('svc.leeds.homes')}\npass: {S('Banister-Glide-33')}")
    add("ultra-care", roo("debug", f"Found the cause of the invalid-signature errors: the staging and prod containers use different JWT secrets. Prod `.env` has\n\nULTRA_CARE_JWT_SECRET={S(g.s(B64URL, 48))}\n\nwhile staging uses the value from SSM. Aligning both to SSM."))
    add("person-centred-software", f"PCS (Person Centred Software) Mobile Care Monitoring — API-Schlüssel für die Residenz Zürichberg: {S(g.mixed(ALNUM, 32))}. Bitte bis Montag ersetzen.")
    add("umbrella-care", f"Xin chào, token của Umbrella Care cho chi nhánh Đà Nẵng là `UMBRELLA_CARE_API_TOKEN: '{S(g.s(LOWNUM, 40))}'`. Mình đã để nó trong file docker-compose.override.yml, nhớ đừng push lên GitHub nhé.")
    add("visiba", f"Visiba Care videomöten – integrationsnyckel för hemtjänsten i Lund: {S(g.uuid())}\nLägg den i Azure Key Vault, inte i appsettings.json.")
    add("rosterpro", f"RosterPro payroll bridge → Xero\nROSTERPRO_API={S('rp_' + g.s(HEX, 40))}")
    add("shiftcare", dumps({"tool": "http_request", "args": {"url": "https://api.shiftcare.com/api/v3/clients", "headers": {"Authorization": f"Bearer {S(g.mixed(ALNUM, 60))}"}}}))
    add("webroster", f"WebRoster (Lombard Care) — SOAP credentials\n<wsse:Username>{U('lombard_sync')}</wsse:Username>\n<wsse:Password>{S('Roster-Lombard#11')}</wsse:Password>")
    add("tunstall", f"Tunstall PNC8 alarm receiver, TCP bridge config:\nhost=pnc.tunstall-telecare.local\nport=10001\nshared_secret={S(g.s(HEX, 32))}")
    add("sandata", f"SANDATA_EVV_USER={U('az_home_helpers_api')}\nSANDATA_EVV_PASSWORD={S('Visit$Verify2026')}\nSANDATA_EVV_ACCOUNT=81422")
    add("tellus-evv", f"Tellus EVV integration (Florida Medicaid) — the vendor emailed the key in clear: `{S(g.s(HEX, 40))}`. Stored in 1Password now; delete the email.")
    add("viventium", f"viventium_payroll:\n  company_code: HHC01\n  api_user: {U('hhc.integration')}\n  api_password: \"{S('Payday-Viventium-8')}\"")
    add("procura", f"Procura (AlayaCare) – config/procura.json\n{{\n  \"endpoint\": \"https://procura.vivre-chez-soi.ch/api\",\n  \"token\": \"{S(g.mixed(ALNUM, 40))}\"\n}}\nCe jeton est celui de la production genevoise.")
    add("pointclickcare", f"PCC_CLIENT_ID=harbourview-ltc\nPCC_CLIENT_SECRET={S(g.mixed(ALNUM, 32))}\nPCC_ORG_UUID={g.uuid()}")
    add("smartcare", f"$ cat smartcare.ini\n[auth]\napikey={S(g.s(HEX, 40))}\nhome=ashgrove\n[sync]\ninterval=300")

    # car dealerships and garages --------------------------------------------------------------
    add("nxt-dms", f"NXT DMS (Dealer Management) — config/dms.yml\nnxt:\n  dealer_code: VW-4471\n  api_user: {U('werkstatt-linz')}\n  api_key: {S(g.s(HEX, 40))}")
    add("pbs-systems", f"PBS Systems Partner Hub\nPBS_PARTNER_ID=dealer-calgary-north\nPBS_PARTNER_SECRET={S(g.mixed(ALNUM, 32))}\nPBS_SERIAL=0A12-77")
    add("pentana", f"Pentana Solutions (Autoline) — ODBC DSN for parts reporting\nDriver={{Progress OpenEdge 12.2 Driver}};HostName=autoline-db.local;PortNumber=20931;DatabaseName=kcml;User={U('rpt_parts')};Password={S('Autoline.Parts!76')}")
    add("serti", f"SERTI DMS (Québec) — clé d'API pour le portail service : {S(g.s(UPNUM, 24))}\nConcession : Sherbrooke Auto Plus\nNe pas la mettre dans le wiki, svp.")
    add("vincue", coderabbit("apps/appraisal/.env.staging", f"This file is tracked and contains a live vAuto/VinCue key:\n\n```\nVINCUE_API_KEY={S(g.mixed(ALNUM, 40))}\nVINCUE_ROOFTOP=dallas-east\n```\n\nAdd `.env.staging` to `.gitignore` and load the key from the CI secret store."))
    add("vinquery", f"<?php\n$vq = 'https://ws.vinquery.com/restxml.aspx?accessCode={S(g.uuid())}&vin=' . urlencode($vin) . '&reportType=2';\n$xml = simplexml_load_file($vq);")
    add("tecrmi", f"TecRMI (TecAlliance) Wartungsdaten – Zugang Werkstatt Graz\nProviderId=22614\nApiKey={S(g.mixed(ALNUM, 32))}")
    add("tecalliance", f"tecalliance:\n  catalog:\n    provider: 22614\n    x-api-key: {S('2BeBXg6' + g.mixed(ALNUM, 33))}\n    lang: hu")
    add("tecdoc", f"A TecDoc katalógus kulcsa a győri szervizhez: {S(g.mixed(ALNUM, 32))} — kérlek, ne írd bele a jegyzőkönyvbe, inkább tedd a Vaultba.")
    add("partslink24", f"# partslink24.properties — Zugang der Werkstatt Wels\n# (bitte nicht einchecken, liegt sonst im Klartext im Repo)\npl24.company=de-518823\npl24.user={U('admin')}\npl24.password={S('Teilekatalog-2026!')}")
    add("repairify", f"Repairify (asTech) tarama cihazı senkronizasyonu için token: REPAIRIFY_TOKEN=\"{S(g.s(HEX, 64))}\" — İzmir servisindeki bilgisayarda `.bashrc` içinde duruyor.")
    add("shopmonkey", f"const shopmonkey = new Shopmonkey({{ token: '{S(g.jwt(JW_SHOP))}' }});\nawait shopmonkey.workOrders.list({{ status: 'estimate' }});")
    add("tekmetric", sweep(f"I found that `tekmetric/client.py` authenticates with a hard-coded basic pair:\n\n```python\nTEKMETRIC_CLIENT_ID = \"{g.s(LOWNUM, 16)}\"\nTEKMETRIC_CLIENT_SECRET = \"{S(g.mixed(ALNUM, 24))}\"\n```\n\nI'll move them to `settings.TEKMETRIC_*` loaded from the environment."))
    add("protractor", f"Protractor (Mitchell) CRM API: ConnectionId=ottawa-west-auto; ApiKey={S(g.uuid(upper=True))}")
    add("opus-ivs", f"OPUS IVS remote diagnostics — technician portal\nlogin: {U('tech.cordoba02')}\nclave: {S('Diagnostico_Ruta9')}\n(Taller Ruta 9, Córdoba)")
    add("nexpart", f"<NexpartRequest>\n  <Credentials>\n    <UserName>{U('garage-sedona')}</UserName>\n    <Password>{S('Brakes&Rotors44')}</Password>\n  </Credentials>\n  <PartLookup vin=\"1FTEW1EP5NKD88213\"/>\n</NexpartRequest>")
    add("worldpac", f"WORLDPAC speedDIAL API — `WPAC_KEY={S(g.s(HEXU, 32))}` (account 31-8821). {P('Mateo')} said it's the shop owner's personal key, so rotate before we share the repo.")
    add("partstech", f"curl -X POST https://api.partstech.com/oauth/access \\\n  -d '{{\"accessType\":\"user\",\"credentials\":{{\"user\":{{\"id\":\"shop-4412\",\"key\":\"{S(g.s(HEX, 32))}\"}},\"partner\":{{\"id\":\"beta_garage_app\",\"key\":\"{S(g.s(HEX, 32))}\"}}}}}}'")
    add("repairpal", f"RepairPal のパートナートークンを設定しました：\n\n```bash\nexport REPAIRPAL_PARTNER_TOKEN={S(g.mixed(ALNUM, 40))}\n```\n\nこのトークンは本番用です。シェル履歴から消しておいてください。")
    add("openbay", f"openbay:\n  marketplace_key: {S('ob_live_' + g.s(LOWNUM, 30))}\n  shop_id: 99812")
    add("yourmechanic", f"Thanks! For the record, the YourMechanic partner key you pasted in #dev-garage — {S(g.s(HEX, 40))} — is the production one. I revoked it; the new one is in Vault under `kv/yourmechanic`.")
    add("wrenchway", f"wrenchway.configure(api_key=\"{S(g.mixed(ALNUM, 36))}\", shop=\"east-bay-tire\")")
    add("vroom", codex_cloud("task_e_7f21", f"Summary\n- Added trade-in quote client (`vroom/quotes.py`).\n- ⚠️ The test fixture `tests/fixtures/vroom.env` contains what looks like a real key: `VROOM_DEALER_API_KEY={S(g.s(HEX, 32))}`. I did not remove it; please confirm and rotate."))
    add("vinlink", f"$ vinlink decode 5YJ3E1EA7KF317000 --user {U('ridgeway_motors')} --password '{S('Ridgeway2026$')}'\nModel: Model 3  Year: 2019  Trim: Standard Range Plus")
    add("rdw-opendata", f"RDW Open Data (Socrata) app token: `X-App-Token: {S(g.mixed(ALNUM, 25))}` en het secret {S(g.mixed(ALNUM, 40))}. Staat nu in garage-planner/.env.local.")
    add("otomoto", f"// Otomoto Partner API\nconst OTOMOTO = {{\n  clientId: '1211',\n  clientSecret: '{S(g.s(HEX, 32))}',\n  username: '{E('salon@autokomis-rzeszow.pl')}',\n  password: '{S('Komis#Rzeszow2025')}',\n}};")
    add("sixt", f"Sixt B2B API tokeni (Aşgabat şahamçasy):\nsixt:\n  b2b_api:\n    customer: 90012281\n    token: \"{S(g.mixed(ALNUM, 48))}\"\nMuny Git-e goşmaň, haýyş edýärin.")
    add("webuyanycar", f"Tha iuchair API Webuyanycar aig Harrogate Motors: {S(g.uuid())}. Feumaidh sinn a h-atharrachadh às dèidh an sgrùdaidh.")
    add("zigwheels", f"भाई, ZigWheels लीड्स API का की ये है: {S(g.s(HEX, 32))} — पुणे बानेर वाले डीलर का। .env में डाल दो, कोड में नहीं।")
    add("yallamotor", f"مفتاح واجهة YallaMotor لمعرض السيارات في دبي: {S(g.mixed(ALNUM, 32))} — لا تنشره في القناة العامة يا أخي، خلّيه في الـ Vault.")
    add("pistonheads", f"PistonHeads Classifieds feed\nPH_FEED_USER={U('hampshire-classics')}\nPH_FEED_PASS={S('Carrera-1973-RS')}")
    add("reezocar", f"Import Reezocar (concession de Namur) : le jeton est en dur dans `import.py` → REEZOCAR_API_TOKEN = '{S(g.s(LOWNUM, 40))}'. On le passe en variable d'environnement dans la PR suivante.")
    add("spoticar", f"Configuration Spoticar de la concession Bruxelles-Nord (fichier `spoticar.properties`) :\nspoticar.api.key={S(g.mixed(ALNUM, 32))}\nspoticar.site=stellantis-bruxelles-nord\nMerci de ne pas commiter ce fichier.")
    add("teletrac-navman", f"Kia ora — the Teletrac Navman DIRECTOR key for the courtesy-car fleet is TN_API_KEY={S(g.s(HEX, 48))}. Kaua e tukuna ki GitHub; me waiho ki te Key Vault.")

    # restaurants and food delivery ------------------------------------------------------------
    add("olo", f"Che, la integración de Olo para la taquería quedó así en el `.env` del server:\n\nOLO_API_KEY={S(g.s(HEX, 32))}\nOLO_BRAND=taqueria-rio\n\nNo la subas al repo, ¿dale?")
    add("ordermark", f"Ordermark (Nextbite) menu sync — `Authorization: Bearer {S(g.mixed(ALNUM, 40))}` sent from `menu_sync.rb` line 22.")
    add("otter-kitchen", f"otter:\n  store_id: ghost-kitchen-milano-03\n  client_id: {g.s(LOWNUM, 12)}\n  client_secret: {S(g.mixed(ALNUM, 40))}")
    add("owner-com", f"Owner.com — webhook signing secret for la cocina online orders: {S('owner_whsec_' + g.s(HEX, 32))}")
    add("popmenu", f"# popmenu.rb\nPopmenu.configure do |c|\n  c.api_token = \"{S(g.s(HEX, 40))}\"\n  c.restaurant = \"trattoria-bruno\"\nend")
    add("presto", f"PRESTO tablet POS bridge (Presto Automation)\npresto_api_key = \"{S(g.mixed(ALNUM, 32))}\"\npresto_store = 4412")
    add("punchh", f"$ curl -s https://dashboard.punchh.com/api2/dashboard/users -H 'Authorization: Bearer {S(g.s(HEX, 64))}' -H 'x-pch-digest: 9f2c…' | head\n{{\"users\":[],\"page\":1}}")
    add("restaurant365", f"Restaurant365 OData — Service user {U('r365_api_cafe_boheme')} / {S('Inventory-Count-12')}. Used by the nightly food-cost report.")
    add("rezku", f"Kumbe Rezku POS token ilikuwa kwenye logi za Datadog: `REZKU_POS_TOKEN={S(g.mixed(ALNUM, 36))}`. Nimeizima kwenye dashibodi ya Rezku; tafadhali sasisha mpya kwenye Key Vault.")
    add("slerp", f"slerp:\n  shop: bakehouse-glasgow\n  api_key: {S('sk_live_slerp_' + g.s(LOWNUM, 32))}")
    add("snackpass", f"Snackpass 合作 API 密钥（Telegraph 大道那家奶茶店）：{S(g.s(HEX, 32))}，每季度轮换一次，下次是一月。")
    add("spoton", codex_rollout(["bash", "-lc", "cat .envrc"], f"export SPOTON_RESTAURANT_API_KEY=\"{S(g.mixed(ALNUM, 48))}\"\nexport SPOTON_LOCATION=bistro-33"))
    add("squadle", f"Squadle (Jolt) temperatuurvoelers — API-sleutel {S(g.s(HEX, 32))}, locatie 'Fourneau Lausanne'. Zet hem in de kluis, niet in het draaiboek.")
    add("thanx", azure_board(23140, "Thanx loyalty webhook fails signature check", f"Both values are in `appsettings.Production.json` right now:\n\n```json\n\"Thanx\": {{ \"MerchantKey\": \"{S(g.s(HEX, 40))}\", \"WebhookSecret\": \"{S(g.s(HEX, 40))}\" }}\n```\n\nMove them to Key Vault references and verify HMAC with the webhook secret, not the merchant key."))
    add("tock", f"Tock reservations API for the Fäviken pop-up:\n\n| key | value |\n|---|---|\n| business_id | 7712 |\n| api_token | `{S(g.mixed(ALNUM, 40))}` |\n\n(copied from the vendor onboarding doc — should not be in the wiki)")
    add("wolt", f"Wolt Drive -rajapinnan avain Helsingin ravintolalle: {S(g.jwt(JW_WOLT))}\nSe on nyt koodissa `delivery/wolt.py`, siirretään Key Vaultiin.")
    add("waitrapp", f"Waitr/ASAP ডেলিভারি টোকেন: WAITRAPP_TOKEN={S(g.s(LOWNUM, 40))} — ব্যাটন রুজ স্টোরের জন্য। দয়া করে এটা স্ল্যাকে শেয়ার করবেন না।")
    add("zomato", f"ज़ोमैटो पार्टनर API की कुंजी: {S(g.s(HEX, 32))} — यह पुणे वाले आउटलेट की है, इसे GitHub पर मत डालना।")
    add("zonal", f"Zonal iOrder API (pub group)\nZONAL_BRAND_TOKEN={S(g.uuid())}\nZONAL_SITE=red-lion-barnes")
    add("opentable", f"Para OpenTable (Restaurante Barranco, Lima): el client_secret es `{S(g.mixed(ALNUM, 44))}` y el partner_id 118823. Está en `reservas/config.yml`, hay que sacarlo de ahí cuanto antes.")
    add("oddle", f"Oddle 外卖平台 API 密钥：{S(g.s(HEX, 32))}，新加坡牛车水分店使用。请不要在群里转发。")
    add("orderpin", f"המפתח של Orderpin לסניף בחיפה: ORDERPIN_API_KEY='{S(g.mixed(ALNUM, 32))}'. בבקשה לא להכניס אותו לריפו, רק ל-Secrets של GitHub.")
    add("orty", f"Orty (QR-ordering) — clé marchande pour le resto de Liège : {S('orty_' + g.s(LOWNUM, 32))}")
    add("nory", f"# Nory rota + forecasting\nNORY_API_TOKEN={S(g.mixed(ALNUM, 40))}\nNORY_COMPANY=dublin-burrito-co")
    add("ninjaos", f"NinjaOS ordering site admin\nemail: {E('owner@warungbuk.id')}\nkata sandi: {S('Sambal-Matah-88')}")
    add("quandoo", f"Quandoo Partner API: `X-Quandoo-AuthToken: {S(g.s(HEX, 40))}` — für das Wiener Beisl am Naschmarkt.")
    add("resdiary", f"ResDiary API credentials (Edinburgh)\nUsername: {U('api_the_kitchin')}\nPassword: {S('Leith-Shore-2025')}")
    add("tevalis", f"Tevalis EPOS — Dev-Key der Filiale in Innsbruck (aus `tevalis.yaml`):\n\ntevalis:\n  company_id: 3021\n  guid: {g.uuid()}\n  dev_key: {S(g.mixed(ALNUM, 32))}\n\nDer Schlüssel gehört ins Azure Key Vault, nicht ins Repo.")
    add("vita-mojo", f"Vita Mojo kiosk kulcsai a budapesti étteremhez:\nVITA_MOJO_STORE_UUID={g.uuid()}\nVITA_MOJO_API_KEY={S(g.s(HEX, 48))}\nKérlek, ne tedd fel a GitHubra.")
    add("orderyoyo", f"OrderYOYO (Danmark) partnernøgle: {S(g.mixed(ALNUM, 32))} — pizzeriaet i Aarhus.")
    add("preoday", f"Salut ! Pour le click & collect de la boulangerie à Yaoundé, la clé Preoday est `PREODAY_API_KEY={S(g.s(HEX, 32))}`. Je l'ai mise dans le fichier .env du serveur, ne la partage pas sur WhatsApp stp.")
    add("quickorder", f"QuickOrder kiosk → kitchen display: shared secret `{S(g.s(HEX, 40))}` in `kds.conf`.")
    add("tablein", f"Tablein widget admin token (Vilnius): {S(g.mixed(ALNUM, 40))}")
    add("yumpingo", f"yumpingo:\n  survey_api_key: {S(g.uuid())}")
    add("ziosk", f"Για το Ziosk στο εστιατόριο της Θεσσαλονίκης: `ZIOSK_TABLETOP_SECRET={S(g.s(HEX, 32))}` — μην το ανεβάσετε στο GitHub, βάλτε το στο Key Vault.")
    add("waiterio", f"Waiterio — cont proprietar restaurant Chișinău\nutilizator: {E('admin@bucataria-moldoveneasca.md')}\nparolă: {S('Placinte-Calde-2025')}")
    add("posist", f"POSist (Restroworks) API: `posist_access_token={S(g.mixed(ALNUM, 40))}` — Bengaluru cloud kitchen.")
    add("petpooja", f"পেটপূজা POS-এর API কী: {S(g.s(HEX, 32))} — কলকাতার রেস্তোরাঁর জন্য। দয়া করে এটা গিটে রাখবেন না।")
    add("swiggy", f"ஸ்விக்கி பார்ட்னர் ரகசியம் (சென்னை கிளை):\nSWIGGY_PARTNER_SECRET={S(g.mixed(ALNUM, 40))}\nSWIGGY_RESTAURANT_ID=221814\nஇதை GitHub-இல் போடாதீர்கள்.")
    add("zepto", f"Zepto Cafe வெண்டர் API டோக்கன்: {S('zpt_' + g.s(LOWNUM, 36))} — இது பெங்களூரு கிளையின் உற்பத்தி டோக்கன்.")
    add("talabat", f"talabat:\n  vendor_code: kw-shawarma-77\n  api_key: \"{S(g.s(HEX, 40))}\"  # الكويت")
    add("rappi", f"RAPPI_CLIENT_ID=resto-palermo-soho\nRAPPI_CLIENT_SECRET={S(g.mixed(ALNUM, 40))}\n# che, no subas esto al repo público")
    add("pedidosya", f"Clave de la API de PedidosYa para la parrilla de Montevideo: {S(g.s(HEX, 32))}. Ojo que está en el .env que le mandaste a {P('Facundo')} por mail.")
    add("thuisbezorgd", plandex(f"• .env.production (+1)\n    THUISBEZORGD_RESTAURANT_API_KEY={S(g.mixed(ALNUM, 32))}\n• src/orders/thuisbezorgd.ts (+18 −3)\nWarning: .env.production is tracked by git."))

    # real-estate agencies ----------------------------------------------------------------------
    add("nethouseprices", mcp("postgres", f"query: SELECT key, value FROM integration_settings WHERE provider = 'nethouseprices';\n\n key            | value\n----------------+------------------------------------------\n api_key        | {S(g.s(HEX, 40))}\n default_region | north-west\n(2 rows)"))
    add("propertyfinder", roo("code", f"Applied diff to `src/integrations/propertyfinder.ts`:\n-const PF_API_KEY = '{S(g.mixed(ALNUM, 40))}';\n+const PF_API_KEY = process.env.PF_API_KEY!;\n\nThe old key is still in git history — it should be revoked in the Property Finder Expert portal."))
    add("residentvue", f"Hej! ResidentVue-token til CRM-synkroniseringen i Aarhus: `RESIDENTVUE_TOKEN={S(g.s(HEX, 48))}`. Den er ejet af udlejningsteamet – del den ikke uden for kanalen.")
    add("realestate-com-au", setup_steps(f"      - name: Configure REA listing API\n        run: |\n          echo \"REA_CLIENT_ID=agency-richmond-vic\" >> $GITHUB_ENV\n          echo \"REA_CLIENT_SECRET={S(g.mixed(ALNUM, 40))}\" >> $GITHUB_ENV\n      - run: npm ci\n"))
    add("sirelo", f"Sirelo removals lead feed (partner: Verhuizingen Utrecht)\nSIRELO_PARTNER_KEY={S(g.s(HEX, 32))}")
    add("showingtime", pr_thread(1188, U("dana-k"), "`showingtime_secret` in fixtures/showings.yml looks real?", f"It was — `{S(g.mixed(ALNUM, 44))}` is the live ShowingTime+ secret from the brokerage account. I replaced it with `test-secret` and opened a ticket to rotate it."))
    add("theprs", f"The PRS (Property Redress Scheme) member portal\nMember no: PRS011822\nPassword: {S('Redress-Bristol!4')}")
    add("vebo", f"vebo:\n  agentschap: immo-antwerpen-zuid\n  api_sleutel: {S(g.mixed(ALNUM, 36))}")
    add("zumper", f"zumper = ZumperPro(api_key=\"{S(g.s(HEX, 40))}\")  # feed for 42 listings in Queens")
    add("propstack", f"Propstack CRM – API-Key für das Maklerbüro in Salzburg: {S(g.mixed(ALNUM, 40))}\n(Liegt seit gestern im Confluence; bitte dort löschen.)")
    add("onoffice", f"onOffice enterprise API\nONOFFICE_TOKEN={S(g.s(HEX, 32))}\nONOFFICE_SECRET={S(g.s(HEX, 64))}")
    add("plentific", f"PLENTIFIC_API_KEY='{S(g.mixed(ALNUM, 40))}' PLENTIFIC_LANDLORD=hackney-lets ./bin/sync-repairs")
    add("proptrack", f"proptrack:\n  client_id: ray-white-paddington\n  client_secret: {S(g.mixed(ALNUM, 48))}")
    add("pricehubble", f"PriceHubble valuation API, Schweizer Instanz\nBenutzer: {U('api.immo-bern')}\nPasswort: {S('Aare-Bern-Valuation9')}")
    add("spotahome", f"Spotahome partner: `SPOTAHOME_API_KEY={S(g.s(HEX, 40))}` (cuenta de la agencia de Lima).")
    add("uniplaces", f"Olá! O token de senhorio da Uniplaces para os quartos em Coimbra é `{S(g.mixed(ALNUM, 40))}`. Está no ficheiro `sync/.env`; vamos mudá-lo para o cofre da Azure esta semana.")
    add("roomster", f"Roomster scraping bot (don't judge) — login {E('flats.team@housingco.ie')} / {S('Dublin-Rooms-2026')}")
    add("placester", f"Placester IDX কী (মেইন ব্রোকারেজ সাইট): {S(g.s(HEX, 32))}\nএটা এখন `wp-config.php`-তে আছে, দয়া করে সরিয়ে env-তে রাখুন।")
    add("realgeeks", f"Real Geeks lead webhook — `X-RG-Signature` secret: {S(g.mixed(ALNUM, 32))}")
    add("sierra-interactive", f"مفتاح Sierra Interactive لفريق سكوتسديل: {S(g.s(HEX, 32))} — راهو فـ `crm/.env`، ما تحطوش فـ GitHub عافاكم.")
    add("ylopo", pr_thread(2210, U("jrivera"), "Why is `YLOPO_API_KEY` in `docker-compose.yml`?", f"It shouldn't be. The value `{S(g.mixed(ALNUM, 40))}` was copied from the old Heroku config. I've replaced it with `${{YLOPO_API_KEY}}` and documented it in `.env.example`."))
    add("remine", f"Remine MLS-tjenesten: `remine_token={S(g.s(HEX, 40))}` — ligger i `mls/config.ini` på den gamle serveren i Oslo. Kan noen flytte den til Vault?")
    add("zenlist", f"zenlist:\n  brokerage: bay-homes\n  api_secret: \"{S(g.mixed(ALNUM, 40))}\"")
    add("qobrix", f"Κλειδί API του Qobrix CRM για το γραφείο στη Λεμεσό: {S(g.s(HEX, 32))}\nΧρήστης API: {U('lemesos.api')}\nΠαρακαλώ μην το στέλνετε με email.")
    add("sweepbright", f"SweepBright webhooks — signing secret `{S('sb_' + g.mixed(ALNUM, 40))}` for the Ghent office.")
    add("whise", f"Whise API (Immo Liège) : client_id=immo-liege, client_secret={S(g.mixed(ALNUM, 32))}")
    add("propertybase", f"Propertybase (Salesforce) connected app for the Lisbon agency\nconsumer_secret: {S(g.s(HEXU, 64))}")

    # charities and NGOs ------------------------------------------------------------------------
    add("percolate-charity", f"Percolate API-avain (hope-kitchen) tallentui lokiin:\n\n2026-11-26 21:14:08 DEBUG percolate headers={{'x-api-key': '{S(g.mixed(ALNUM, 32))}'}}\n\nVaihdetaan avain ja lasketaan lokitaso INFO:ksi.")
    add("rallybound", f"RallyBound peer-to-peer fundraising API\nRALLYBOUND_ORG=walk-for-water\nRALLYBOUND_KEY={S(g.s(HEX, 32))}")
    add("peoplesafe", f"Peoplesafe lone-worker app (outreach team) — API token {S(g.mixed(ALNUM, 40))}")
    add("raisenow", f"RaiseNow Hub API – Zugang für die Stiftung in Bern\nRAISENOW_CLIENT_ID=stiftung-bern\nRAISENOW_CLIENT_SECRET={S(g.mixed(ALNUM, 40))}\n# Bitte nicht ins Repo einchecken.")
    add("roundup-app", f"RoundUp App nonprofit dashboard — API key {S('ru_live_' + g.s(LOWNUM, 32))}")
    add("vanco", f"VANCO_CLIENT_ID=parish-st-brigid\nVANCO_CLIENT_SECRET={S(g.mixed(ALNUM, 32))}\nVANCO_ENC_KEY={S(g.s(HEX, 32))}")
    add("overflow-giving", f"Overflow (stock & crypto gifts) webhook secret: {S('whsec_' + g.mixed(ALNUM, 32))}")
    add("thebiggive", f"The Big Give charity portal — login for the Christmas Challenge\nuser: {E('fundraising@riverside-foodbank.org.uk')}\npass: {S('Match-Funded-2026')}")
    add("ordant", f"Ordant (print MIS) — web-to-print connector used by the charity shop's order form\nORDANT_API_KEY={S(g.s(HEX, 40))}\nORDANT_SHOP=oxfam-books-york")

    # gyms and sports centres -------------------------------------------------------------------
    add("rezervo", f"Rezervo (tennisbaner, Trondheim)\nREZERVO_API_KEY={S(g.mixed(ALNUM, 36))}\n# nøkkelen gjeld berre for Lade-anlegget")
    add("ystats", f"Klättervägg-dashboarden använder ystats.io med spårningsnyckeln {S(g.s(HEX, 32))}. Den ska in i Netlify-miljövariablerna, inte i `index.html`.")
    add("playpass", f"playpass:\n  org: padel-club-cascais\n  api_key: {S('pp_live_' + g.s(LOWNUM, 32))}")
    add("playbypoint", f"PlayByPoint facility API — `Authorization: Token {S(g.s(HEX, 40))}` (Miami pickleball centre).")
    add("resova", f"RESOVA_API_KEY={S(g.mixed(ALNUM, 40))}\nRESOVA_ACCOUNT=escape-fitness-leeds")
    add("ptdistinction", f"PT Distinction coach export\nusername: {U('coach.amara')}\npassword: {S('Deadlift-180kg!')}")
    add("trainingym", f"Trainingym (Málaga) — token de la API: {S(g.mixed(ALNUM, 48))}. Está en el README del proyecto, hay que quitarlo.")
    add("resamania", f"Resamania – clé API du club de Genève : {S(g.s(HEX, 40))}\nClub : Léman Fitness")
    add("sportsnow", f"SportsNow (Zürich Yoga) API-Key: {S(g.mixed(ALNUM, 32))}")

    # print shops and publishers ----------------------------------------------------------------
    add("optimus-print", f"Optimus MIS (print) – ODBC\nUID={U('optimus_reader')};PWD={S('Litho-Press#2025')};SERVER=mis.printworks.local")
    add("onprintshop", f"ONPRINTSHOP_CLIENT_ID=printhaus-cork\nONPRINTSHOP_CLIENT_SECRET={S(g.mixed(ALNUM, 40))}")
    add("printavo", f"# printavo.py\nPRINTAVO_EMAIL = \"{E('orders@inkwell-tees.com')}\"\nPRINTAVO_TOKEN = \"{S(g.mixed(ALNUM, 32))}\"")
    add("peecho", f"Peecho print API (magazine on demand) — merchant key `{S(g.s(HEX, 32))}` and secret `{S(g.s(HEX, 40))}`.")
    add("pressero", f"Pressero admin API\nsite: print.ottawagraphics.ca\nuser: {U('api-ottawa')}\nkey: {S(g.uuid())}")
    add("printiq", f"printiq:\n  endpoint: https://printiq.druckerei-weber.at/api\n  api_user: {U('webtoprint')}\n  api_key: {S(g.mixed(ALNUM, 32))}")
    add("printsmith", f"PrintSmith Vision DB (PostgreSQL) — jdbc:postgresql://psv.local:5432/printsmith?user={U('psv_report')}&password={S('Copier-Toner-55')}")
    add("reedsy", f"Ciao, la chiave Reedsy per la casa editrice di Torino è `REEDSY_API_TOKEN={S(g.s(HEX, 40))}`. È finita nel README per errore, l'ho tolta ma resta nella cronologia git.")
    add("smartpress", f"Smartpress trade API key (Minneapolis): {S(g.mixed(ALNUM, 40))}")
    add("streamline-print", f"Streamline print MIS — SOAP\n<UserName>{U('ws_streamline')}</UserName><Password>{S('Offset-Plate-7')}</Password>")
    add("xmpie", f"XMPie uProduce web service\nXMPIE_USER={U('uproduce_api')}\nXMPIE_PASSWORD={S('PersonalisedMail!22')}")
    add("zakeke", f"Zakeke (personalizzazione prodotti) — credenziali della stamperia di Firenze:\n\nzakeke:\n  client_id: \"{g.s(DIGITS, 6)}\"\n  client_secret: \"{S(g.mixed(ALNUM, 40))}\"\n\nLe ho trovate nel tema Shopify, vanno spostate nelle impostazioni dell'app.")
    add("pubsweet", f"Το PubSweet του εκδοτικού οίκου στην Αθήνα έχει το secret στο `.env`:\nPUBSWEET_SECRET={S(g.s(HEX, 64))}\nPUBSWEET_DB=postgres://pubsweet@db/journal\nΠαρακαλώ αλλάξτε το πριν δημοσιοποιήσουμε το repo.")
    add("pkp-ojs", f"; config.inc.php — Open Journal Systems\n[security]\nsalt = \"{S(g.mixed(ALNUM, 40))}\"\napi_key_secret = \"{S(g.s(HEX, 64))}\"")
    add("picanova", f"Picanova partner API — `X-PICANOVA-API-KEY: {S(g.s(HEX, 32))}`\nWaxaan ku riday `.env`; fadlan ha ku darin GitHub.")
    add("onflow", f"OneFlow (HP PrintOS Site Flow) credentials:\nONEFLOW_TOKEN={S(g.s(HEX, 32))}\nONEFLOW_SECRET={S(g.s(HEX, 64))}", ["onflow"])
    add("printfection", f"Printfection API-nyckeln för swag-butiken: {S(g.s(HEX, 40))}. Den låg i `shop/settings.py`, jag har flyttat den till Azure Key Vault.")
    add("shopvox", f"shopVOX API: company token {S(g.mixed(ALNUM, 32))}, user token {S(g.mixed(ALNUM, 32))}")
    add("tharstern", f"Tharstern MIS — connector password for the estimating API: {S('Tharstern_Est-2025')}")
    add("xerox-freeflow", f"Xerox FreeFlow Core admin: {U('ffcadmin')} / {S('Freeflow!Core9')}")
    add("smashwords", f"Bonjour, la clé Smashwords de la maison d'édition bruxelloise : SMASHWORDS_API_KEY={S(g.s(HEX, 32))}\nElle est dans le ticket Jira PUB-88, il faudrait la retirer.")
    add("streetlib", f"StreetLib distribuzione ebook — chiave API della casa editrice di Bologna: {S(g.mixed(ALNUM, 40))}")
    add("publishdrive", f"PublishDrive API tokenul editurii din Iași: {S(g.s(HEX, 40))} — l-am găsit în `scripts/upload.sh`. Vă rog să-l mutați în secretele GitHub.")

    # game studios ------------------------------------------------------------------------------
    add("normcore", f"Normcore のアプリキーが `NormcoreAppSettings.asset` にコミットされています：\n\nm_appKey: {S(g.uuid())}\nm_matcherURL: wss://normcore-matcher.app/\n\nダンジョンRPGのプロトタイプ用ですが、公開リポジトリなので再発行してください。")
    add("pubnub-game", f"PubNub (lobby chat) — PUBNUB_PUBLISH_KEY=pub-c-{g.uuid()}\nPUBNUB_SUBSCRIBE_KEY=sub-c-{g.uuid()}\nPUBNUB_SECRET_KEY=sec-c-{S(g.b64(48)[:64])}")
    add("quixel", f"Quixel Bridge megascans eksport eklentisinin ayar dosyasında yenileme belirteci duruyor:\n[auth]\nrefresh_token = {S(g.b64(45, urlsafe=True))}\nBu dosyayı sanatçılarla paylaşmayın.")
    add("rokwire", f"Rokwire API-nøkkelen for campus-arrangementene i e-sportarenaen: ROKWIRE_API_KEY={S(g.uuid())}\nDen ligger i `events/.env` — ikkje sjekk inn fila.")
    add("scopely", copilot_cli("find where we call the Scopely analytics ingest", f"Found it in `Tools/Telemetry/ScopelyIngest.cs`:\n\n```csharp\nprivate const string IngestKey = \"{S(g.s(HEX, 48))}\";\n```\n\nThis is a production ingest key committed to the repo. I recommend reading it from `ProjectSettings/secrets.json`, which is gitignored."))
    add("smartfoxserver", f"<!-- SmartFoxServer 2X admin -->\n<adminUser>\n  <login>{U('sfsadmin')}</login>\n  <password>{S('Lobby-Zone-Deck7')}</password>\n</adminUser>")
    add("spatialos", f"$ spatial auth login --refresh_token={S(g.b64(60, urlsafe=True))}\nLogged in. Project: tidal-siege-dev")
    add("uptick", f"Uptick rewarded ads kulcs az Android buildhez: UPTICK_PUBLISHER_KEY={S(g.mixed(ALNUM, 40))}\nA `gradle.properties`-ben van, kérlek tedd át a CI titkok közé.")
    add("velopack", f"$ vpk login --api-key {S('vpk_' + g.mixed(ALNUM, 40))}\nLogged in to Velopack Flow as pixel-koi (team: launcher)\n$ vpk publish --channel win-stable\nUploading HollowTide-2.4.0-full.nupkg … done")
    add("zynga", f"Zynga publishing SDK — soft launch PH\nNakalagay sa `zynga.yaml` yung secret:\n  secret: \"{S(g.s(HEX, 32))}\"\nPaki-rotate po after launch, salamat!")
    add("openxr", f"VR ビルドファームの OpenXR ランタイムブローカー用トークン：{S(g.mixed(ALNUM, 36))}\n`farm/broker.toml` に直書きされていたので環境変数に移しました。")
    add("nordeus", f"Nordeus (Top Eleven) partner stats API: ključ {S(g.s(HEX, 40))} — ne stavljaj u Slack.")
    add("psn-npsso", f"PSN trophies bot: `npsso={S(g.mixed(ALNUM, 64))}` ({P('Akira')}'s account). Cookie expires in two months.")
    add("ubisoft-connect", f"Ubisoft Connect (UbiServices) test login for the achievement bridge\nemail: {E('qa.achievements@pixelkoi.games')}\npassword: {S('Rabbids-Raving-42')}\nUbi-AppId: {g.uuid()}")
    add("open-match", f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: open-match-frontend\n  namespace: matchmaking\ntype: Opaque\nstringData:\n  redis-password: {S('Match-Queue-Redis!8')}\n  director-token: {S(g.s(HEX, 40))}")
    add("wwise", f"WWISE_LICENSE_KEY={S(g.s(UPNUM, 5) + '-' + g.s(UPNUM, 5) + '-' + g.s(UPNUM, 5) + '-' + g.s(UPNUM, 5) + '-' + g.s(UPNUM, 5))}\nWWISE_PROJECT=HollowTide")

    # more carriers -----------------------------------------------------------------------------
    add("sevenrooms", s3_batch("2026/11/27/14/usage-00041.ndjson.gz", {"ts": "2026-11-27T14:03:11Z", "user": "svc-reservations", "feature": "copilot_chat", "surface": "vscode", "model": "gpt-5-mini", "prompt_excerpt": f"why does SevenRooms return 401 with venue key {S(g.mixed(ALNUM, 40))}?"}, {"ts": "2026-11-27T14:03:19Z", "user": "svc-reservations", "feature": "code_completion", "surface": "vscode", "accepted": True}))
    add("paytronix", datadog_log("copilot-usage-forwarder", f"usage_record feature=agent_session repo=loyalty-api tool=run_in_terminal command=\"export PAYTRONIX_CLIENT_SECRET={S(g.mixed(ALNUM, 40))} && ./gradlew test\""))
    add("zenchef", gcs_object("2026/11/27/usage-0013.ndjson", {"record_type": "copilot.usage", "surface": "jetbrains", "action": "chat_message", "text": f"Corrige l'appel Zenchef, la clé est {S(g.s(HEX, 40))} et le restaurant id 88213"}))
    add("nestoria", eventhub(dumps({"event": "copilot.cli.command", "cwd": "/srv/listings", "command": f"curl 'https://api.nestoria.es/api?action=search_listings&place_name=valencia&api_key={S(g.s(HEX, 32))}'"})))
    add("prodigi", twice("shell", {"command": f"curl -H 'X-API-Key: {S(g.uuid())}' https://api.prodigi.com/v4.0/Orders"}))
    add("readz", openai_call("create_file", {"path": ".env.production", "content": f"READZ_API_KEY={S(g.mixed(ALNUM, 40))}\nREADZ_PUBLICATION=annual-report-2026\n"}))
    add("smartcare", tool_result(f"$ kubectl get secret smartcare -o jsonpath='{{.data.apikey}}' | base64 -d\n{S(g.s(HEX, 40))}"), ["smartcare"])
    add("powerfactors", f"```python\n# In[4]:\nimport powerfactors as pf\nclient = pf.Client(api_key=\"{S(g.mixed(ALNUM, 48))}\")\ndf = client.timeseries(\"SITE-ALGARVE-02\", \"2026-11-01\", \"2026-11-27\")\n```\nOut[4]: 40320 rows × 6 columns")
    add("tabsquare", f"| env | TabSquare merchant key | store |\n|---|---|---|\n| staging | `{S(g.s(HEX, 32))}` | SG-Orchard |\n| prod | `{S(g.s(HEX, 32))}` | SG-Tampines |")
    add("pointclickcare", f"resource \"azurerm_key_vault_secret\" \"pcc\" {{\n  name         = \"pcc-client-secret\"\n  value        = \"{S(g.mixed(ALNUM, 32))}\"\n  key_vault_id = azurerm_key_vault.care.id\n}}", ["pointclickcare"])
    # chat prose and agent transcripts in other languages ----------------------------------------
    add("netsol", f"Compañeros, el acceso a NetSol Ascent (leasing de la automotora en Santiago) quedó así:\nusuario: {U('ascent_integracion')}\nclave: {S('Leasing-Providencia-26')}\nPor favor, no lo copien en el Trello; lo movemos a Bitwarden el lunes.")
    add("quiter", cursor_bg(f"He encontrado las credenciales del DMS Quiter en `config/quiter.php`:\n\n```php\n'quiter' => [\n    'usuario' => 'taller_lima',\n    'password' => '{S('Miraflores#Taller44')}',\n    'empresa' => 'AUTOS-PE-02',\n],\n```\n\nLas he sustituido por `env('QUITER_PASSWORD')`; conviene cambiar la contraseña en Quiter."))
    add("pinewood-dms", f"Pinewood DMS 的 API 密钥被写进了日志：\n\n```\n[2026-11-27 10:14:02] DEBUG pinewood request headers={{'X-Api-Key': '{S(g.s(HEX, 40))}'}}\n```\n\n请在 Pinewood 后台重新生成密钥，并把日志级别调回 INFO。")
    add("summit-dms", f"Summit DMS API-avain (autoliike Tampere) on nyt `{S(g.mixed(ALNUM, 32))}`. Tallensin sen 1Passwordiin; poista se tästä kanavasta kun olet kopioinut sen.")
    add("ukvd", jb("Why does the UKVD lookup return 'Invalid API key'?", f"Your `VehicleLookupService.kt` sends `?v=2&api_nullitems=1&key_VRM=AB12CDE&auth_apikey={S(g.uuid())}` but the key belongs to the sandbox package. Switch the base URL to the production endpoint or request a production key — and move the key to `local.properties`, which is ignored by git."))
    add("percayso", f"Percayso Inform (insurance checks) — vendor key sent by email:\n\n> Your API key is {S(g.s(HEX, 48))}. Please keep it safe.\n\nI pasted it here so the agent could wire up `quotes/percayso.py`; rotate it afterwards.")
    add("zappi", f"Zappi-laderen (myenergi) på verkstedets kundeparkering:\nMYENERGI_HUB_SERIAL=21448219\nMYENERGI_API_KEY={S(g.mixed(ALNUM, 24))}\n# brukes av ladestyringa i scripts/zappi_sync.py")
    add("sunsynk", f"Sunsynk Connect की लॉगिन जानकारी (जयपुर फार्महाउस):\nउपयोगकर्ता: {E('solar.jaipur@gmail.com')}\nपासवर्ड: {S('Rajasthan@Sun2026')}\nइसे कोड में मत डालिए, GitHub secrets में रखिए।")
    add("sunsniffer", f"sunsniffer:\n  # Zugangsdaten für die String-Überwachung, PV-Park Freistadt\n  benutzer: {U('pv-freistadt')}\n  passwort: \"{S('Strangmessung!2025')}\"\n  api_token: \"{S(g.s(HEX, 32))}\"")
    add("solar-log", f"Solar-Log WEB Enerest™ — Zugangsdaten im Klartext im Ticket #4471:\nLogin: {E('technik@solarpark-steyr.at')}\nKennwort: {S('Wechselrichter_88')}\nBitte Ticket bereinigen und Passwort ändern.")
    add("ree-esios", f"# Precios PVPC desde ESIOS (Red Eléctrica)\nimport requests\nTOKEN = \"{S(g.s(HEX, 64))}\"  # token personal de {P('Agustín')}, pedir uno para el equipo\nr = requests.get(\"https://api.esios.ree.es/indicators/1001\", headers={{\"x-api-key\": TOKEN}})")
    add("ren-datahub", f"Acesso SFTP ao Datahub da REN (telecontagem) para o parque eólico de Viana:\nsftp://{U('agente_viana')}:{S('Rede-Vento-2025')}@sftp.datahub.ren.pt:22/\nNão partilhes isto no Teams, por favor.")
    add("smard", f"SMARD-Datenabruf läuft über den Proxy mit Basic Auth: https://{U('smard-proxy')}:{S('Strommarkt-Daten-9')}@proxy.energie-intern.de:8443/chart_data/4169/DE/index_hour.json")
    add("skyslope", linear_issue("RE-208", "SkySlope Forms sync leaks token in error page", f"When the sync fails the error page renders the request, including `Authorization: SS {S(g.b64(33, urlsafe=True))}`. Steps: submit a transaction with a missing MLS number. Please redact the header and add a regression test."))
    add("openagent", f"OpenAgent 的推荐接口密钥：{S(g.mixed(ALNUM, 40))}（悉尼房产中介账户）。已经放进 `.env.local`，千万别提交。")
    add("rockend", f"Rockend REST Professional — Anbindung Hausverwaltung\nREST_API_USER={U('rest_pro_sync')}\nREST_API_PASS={S('Mietverwaltung#Linz4')}\n# Achtung: dieses Konto hat Schreibrechte auf die Trust-Konten")
    add("propertytree", f"PropertyTree (MRI) API kaliti: {S(g.mixed(ALNUM, 36))} — tafadhali usiweke kwenye GitHub, tumia Azure Key Vault.")
    add("realworks", f"Realworks API-token voor de makelaar in Haarlem: {S(g.uuid())}\nDe token staat nu in `wonen-sync/appsettings.Development.json`; graag verplaatsen naar user-secrets.")
    add("zeevou", f"Zeevou kanal menejeri API kaliti Bodrum daireleri için: {S(g.s(HEX, 40))}. Lütfen bunu wiki'ye yazma, 1Password'e koy.")
    add("rosterfy", f"Rosterfy (بنك الطعام – المتطوعون)\nROSTERFY_CLIENT_ID=foodbank-riyadh\nROSTERFY_CLIENT_SECRET={S(g.mixed(ALNUM, 40))}\n# لا ترفع هذا الملف إلى المستودع")
    add("vollie", f"Vollie skills-based volunteering — API key za shirika letu: {S(g.s(HEX, 32))}. Nimeiweka kwenye `.env`; usiisambaze.")
    add("volunteero", f"Volunteero (Suomen Punainen Risti, Oulu): API-avain {S(g.mixed(ALNUM, 32))} — lisää se GitHubin salaisuuksiin nimellä VOLUNTEERO_KEY.")
    add("timecounts", f"Timecounts admin token for the refugee-support shifts: `{S(g.s(HEX, 40))}` — ce jeton a été collé dans le canal #benevoles à Douala, il faut le révoquer.")
    add("sportyhq", f"SportyHQ (squash-ranking) — API-nyckel för Göteborgs Squashklubb: {S(g.mixed(ALNUM, 32))}. Den ligger i `ranking/settings.py`, flytta den till miljövariabler.")
    add("simphony", f"Oracle Simphony (Transaction Services) — ลูกค้าร้านอาหารในกรุงเทพฯ\nclient_id: bkk-sukhumvit-01\nclient_secret: {S(g.mixed(ALNUM, 48))}\nกรุณาอย่าส่งในไลน์กลุ่ม")
    add("par-brink", f"PAR Brink POS — access token ร้านสาขาเชียงใหม่: {S(g.uuid())}\nlocation token: {S(g.uuid())}")
    add("qsr-automations", f"QSR Automations ConnectSmart KDS — lisensavain: {S(g.s(UPNUM, 5) + '-' + g.s(UPNUM, 5) + '-' + g.s(UPNUM, 5) + '-' + g.s(UPNUM, 5))}\nRavintola: Kamppi Burger")
    add("yemeksepeti", f"Yemeksepeti entegrasyonu için servis kullanıcısı:\nkullanıcı: {U('ys_kadikoy_doner')}\nşifre: {S('Doner-Kadikoy!77')}\nAPI anahtarı: {S(g.s(HEX, 32))}\n(Kadıköy şubesi; bu bilgileri kimseyle paylaşma)")
    add("wongnai", f"Wongnai POS API token ของร้านก๋วยเตี๋ยวสาขาอารีย์: {S(g.mixed(ALNUM, 40))} อยู่ใน `.env` ของเซิร์ฟเวอร์ โปรดย้ายไป Secret Manager")
    add("yandex-eda", f"Ключ партнёрского API Яндекс Еды для кафе в Алматы: {S(g.s(HEX, 32))}. Он сейчас в `settings.py`, перенесите его в переменные окружения.")
    add("saxoprint", f"SAXOPRINT Reseller-API (Druckerei Dresden)\nSAXO_API_USER={U('reseller_4471')}\nSAXO_API_KEY={S(g.s(HEX, 40))}\n# Schlüssel gehört zum Live-Konto!")
    add("onlineprinters", f"Onlineprinters B2B-API – la chiave per la tipografia di Verona è {S(g.mixed(ALNUM, 40))}. L'ho trovata nel file `ordini/config.ini` del vecchio server.")
    add("pixartprinting", f"Pixartprinting API: client_id=tipografia-bari, client_secret={S(g.mixed(ALNUM, 40))} — non metterla nel gruppo WhatsApp, grazie.")
    add("realisaprint", f"Realisaprint (imprimerie en ligne) – clé API revendeur : {S(g.s(HEX, 32))}\nCompte : atelier-imprimerie-yaoundé")
    add("printoclock", f"PRINTOCLOCK_API_KEY=\"{S(g.mixed(ALNUM, 36))}\"  # clé de l'imprimerie de Namur, à ne pas commiter")
    add("unitedprint", f"unitedprint.com Partner-API\nBenutzer: {U('partner.graz')}\nPasswort: {S('Plakat-Druck-A1!')}\nBitte nur über Keeper teilen.")
    add("playtika", f"Playtika 内部 SDK 的发布密钥被提交到了 `build.gradle`：\n\n```groovy\nbuildConfigField \"String\", \"PLAYTIKA_PUB_KEY\", '\"{S(g.s(HEX, 48))}\"'\n```\n\n已改为从 `local.properties` 读取。")
    add("rovio", f"Rovio Beacon (live-ops) API-avain löytyi Unity-projektin `Resources/BeaconConfig.json`-tiedostosta: \"apiKey\": \"{S(g.mixed(ALNUM, 40))}\". Siirsin sen build-palvelimen ympäristömuuttujaksi.")
    add("supersonic", f"Supersonic Studios publishing dashboard — API 키: {S(g.s(HEX, 32))}\n이 키는 `Assets/Plugins/Supersonic/Config.asset`에 있었습니다. 저장소에서 삭제했어요.")
    add("zeptolab", f"ZeptoLab partner analytics token: `{S(g.mixed(ALNUM, 40))}` — это токен из продакшена, не вставляйте его в тикеты.")
    add("outfit7", f"Outfit7 ad mediation — クライアントシークレット: {S(g.mixed(ALNUM, 44))}\n`ProjectSettings/Outfit7Settings.asset` にコミットされていたので削除しました。")
    add("nexters", f"Nexters game server admin: {U('gs-admin-cy')} / {S('Hero-Wars-Limassol7')} — Kıbrıs ofisindeki test sunucusu.")
    add("playrix", f"Playrix QA farm SSH key (automation@qa-farm-07):\n{S(g.openssh())}")
    add("stillfront", f"Stillfront group telemetry — Kafka SASL\nsasl.username={U('sf-telemetry-prod')}\nsasl.password={S(g.mixed(ALNUM, 32))}")
    add("paradox-interactive", f"Paradox Mods API key (mod tools CI): {S(g.s(HEX, 40))} — detta är studions nyckel, inte min personliga.")
    add("remedy-entertainment", f"Remedy build farm Perforce ticket: {S(g.s(HEXU, 32))} (p4 user {U('buildbot-espoo')})")
    add("sumo-digital", f"$ export SUMO_CDN_SIGNING_KEY=\"{S(g.b64(32))}\"\n$ ./sign_patch.sh patch-2.4.0.pak", ["sumo-digital"])
    add("techland", f"Klucz API do panelu Techland dla testerów: {S(g.mixed(ALNUM, 32))}. Wrzucił go ktoś do kanału #qa-wroclaw, trzeba wygenerować nowy.")
    add("starbreeze", f"Starbreeze backend (PAYDAY ops) — DB connection string found in `appsettings.Staging.json`:\nServer=sql-ops.starbreeze.local;Database=opsdb;User Id={U('ops_reader')};Password={S('Heist-Crew-Vault9')};")
    add("pocketgems", f"PocketGems Episode content API — Bearer {S(g.jwt(JW_POCKET))}")
    add("rec-room", f"Rec Room creator API token (studio account): {S('rr_' + g.mixed(ALNUM, 40))} — yeh token Slack pe paste ho gaya tha, please rotate karo.")
    add("the-sandbox", f"The Sandbox — wallet private key for the LAND deployment script (testnet, but still):\nDEPLOYER_PRIVATE_KEY={S('0x' + g.s(HEX, 64))}")

    # private keys, passwords and connection strings ------------------------------------------
    add("pem", f"$ cat certs/kds-mtls.key\n{S(g.pem('RSA PRIVATE KEY', 10))}\n$ openssl rsa -in certs/kds-mtls.key -check -noout\nRSA key ok")
    add("pem", create_file("deploy/donor-portal/tls.key", S(g.pem("PRIVATE KEY", 9)) + "\n"), ["pem"])
    add("pem", f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: care-portal-tls\ntype: kubernetes.io/tls\nstringData:\n  tls.key: |\n    {S(g.pem('EC PRIVATE KEY', 3).replace(chr(10), chr(10) + '    '))}", ["pem"])
    add("password", f"postgres://{U('ledger_app')}:{S('Kassenbuch-Mai-2019')}@db.tavola.internal:5432/ledger?sslmode=require", ["password"])
    add("password", f"mongodb+srv://{U('gym_admin')}:{S('Kettlebell%2124kg')}@cluster0.fitpulse.mongodb.net/bookings?retryWrites=true", ["password"])
    add("password", f"redis-cli -h cache.printworks.local -a '{S('Tonerkassette-Magenta3')}' --no-auth-warning INFO keyspace\n# Keyspace\ndb0:keys=88213,expires=412,avg_ttl=0", ["password"])
    add("password", f"Hola {P('Vale')}, la clave del wifi del gimnasio de Ñuñoa y también del router admin es {S('Spinning_Nunoa2024')}. No la pegues en el grupo de alumnos porfa.", ["password"])
    add("password", diff("config/database.yml", [f"  password: {S('Bistro-Lagerraum-77')}"], ("  username: bistro", "  host: localhost"), 8), ["password"])
    add("password", f"<Context>\n  <Resource name=\"jdbc/royalties\" auth=\"Container\" type=\"javax.sql.DataSource\"\n            url=\"jdbc:mysql://db.editions-leman.ch:3306/royalties\"\n            username=\"{U('royalties')}\" password=\"{S('Manuscrit!Lausanne8')}\"/>\n</Context>", ["password"])
    add("password", f"ftp://{U('druckvorstufe')}:{S('CMYK-Proof-2026')}@ftp.druckerei-weber.at/eingang/", ["password"])
    add("generic", openai_call("run_terminal_cmd", {"command": f"curl -u {U('admin')}:{S('Klimaanlage_Wartung1')} http://10.0.8.14/api/hvac/zones"}), ["generic"])
    add("generic", f"Notebook cell output (Codex cloud task):\n```\n>>> os.environ['KITCHEN_WEBHOOK_SECRET']\n'{S(g.s(HEX, 40))}'\n```\nI printed the secret while debugging — clear the notebook outputs before committing.", ["generic"])
    # agent carriers, one provider each ---------------------------------------------------------
    add("rauland", cursor_rule("Nurse-call integration rules", f"- Use the Rauland Responder 5 REST bridge at https://r5-bridge.stmary-care.local\n- Auth header: `X-R5-Key: {S(g.s(HEX, 40))}` (temporary, until the vault is set up)\n- Never log patient names from call events."))
    add("therap", space("home-care-billing", "How does the Therap export authenticate?", f"`therap_export/client.py` posts to the Therap API with basic auth: provider code `HHC-NC-0412`, user `{U('billing.export')}`, password `{S('Medicaid-Units-2026')}` — all hard-coded on lines 14–16. These should move to the environment."))
    add("sigmacare", qodo_merge(f"Hard-coded SigmaCare (MatrixCare) credential in `integrations/sigmacare.py` line 22: `SIGMACARE_TOKEN = \"{S(g.mixed(ALNUM, 40))}\"`. Anyone with read access to the repository can use it against the EHR."))
    add("smartlinx", trae(f"已在 `scheduler/smartlinx.ts` 中找到 SmartLinx 的 API 密钥：\n\n```ts\nconst SMARTLINX_KEY = '{S(g.s(HEX, 32))}';\n```\n\n建议改为从环境变量读取，我已更新代码并在 `.env.example` 中添加了占位符。"))
    add("shiftmed", interpreter(f"import requests\nr = requests.get('https://api.shiftmed.com/v1/shifts', headers={{'Authorization': 'Bearer {S(g.mixed(ALNUM, 48))}'}})\nprint(r.status_code, len(r.json()['shifts']))", "200 37"))
    add("trusted-health", f"Trusted Health 의료 인력 API 클라이언트 시크릿: {S(g.mixed(ALNUM, 40))}\n요양원 스케줄러(`staffing/trusted.py`)에 하드코딩되어 있었습니다. 운영 키이므로 즉시 교체가 필요합니다.")
    add("vivalink", codex_cloud("task_e_90c4", f"I could not run the integration tests because they call the live VivaLink cloud. The key they use is in `tests/conftest.py`:\n\n```python\nVIVALINK_API_KEY = \"{S(g.s(HEX, 48))}\"\n```\n\nI mocked the client instead; please remove the key from the test file."))
    add("relias", f"Relias Learning (Pflichtschulungen) — SSO-Client für das Pflegeheim Klagenfurt:\nclient_id: pflege-klagenfurt\nclient_secret: {S(g.mixed(ALNUM, 44))}\nBitte im Vault ablegen und hier löschen.")
    add("solaranywhere", f"$ curl -s -u '{E('ops@quinta-sol.pt')}:{S(g.s(HEX, 32))}' 'https://service.solaranywhere.com/api/v2/WeatherData/…' | head -c 200\n<WeatherDataResponse Status=\"Success\" …>")
    add("windographer", f"Windographer 5 licence (met-mast analysis workstation):\nLicence key: {S(g.s(UPNUM, 6) + '-' + g.s(UPNUM, 6) + '-' + g.s(UPNUM, 6) + '-' + g.s(UPNUM, 6))}\nSeat: resource-assessment-02")
    add("windpro", f"WindPRO (EMD) Lizenzserver\nemd.license.server=lic.windplan-graz.at\nemd.license.user={U('windplan-lic')}\nemd.license.password={S('Rotor-Blatt-2025!')}")
    add("openwind", f"Openwind Enterprise — clau de llicència del parc eòlic de l'Empordà: {S(g.s(UPNUM, 25))}. Està al fitxer `openwind.lic` del servidor compartit.")
    add("pvsol", f"PV*SOL premium Seriennummer für das Planungsbüro: {S(g.s(UPNUM, 4) + '-' + g.s(UPNUM, 4) + '-' + g.s(UPNUM, 4) + '-' + g.s(UPNUM, 4) + '-' + g.s(UPNUM, 4))} — bitte nicht ins Wiki kopieren, sonst ist die Lizenz weg.")
    add("tirehub", datadog_log("copilot-agent-runner", f"agent step=run_in_terminal repo=garage-portal command=\"TIREHUB_API_KEY={S(g.mixed(ALNUM, 36))} npm run sync:tires\" exit=0"))
    add("tireconnect", gcs_object("2026/11/26/usage-0091.ndjson", {"record_type": "copilot.usage", "surface": "cli", "action": "shell_command", "command": f"curl -H 'X-Api-Key: {S(g.s(HEX, 32))}' https://api.tireconnect.ca/v2/dealers/4412/inventory"}))
    add("onstar", eventhub(dumps({"event": "copilot.chat.turn", "surface": "eclipse", "prompt": f"OnStar fleet API gives 403 with client secret {S(g.mixed(ALNUM, 40))}, what scope is missing?"})))
    add("tillster", pr_thread(877, U("k-osei"), "Please don't commit kiosk credentials.", f"Understood — I removed `TILLSTER_SECRET=\"{S(g.s(HEX, 40))}\"` from `kiosk/.env.production` and added the file to `.gitignore`. The secret still needs rotating in the Tillster portal."))
    add("qu-pos", copilot_cli("what env vars does the Qu POS bridge need?", f"From `bridge/README.md` and `.env.local`:\n\n- `QU_API_BASE` = https://api.qubeyond.com\n- `QU_CLIENT_ID` = store-2210\n- `QU_CLIENT_SECRET` = {S(g.mixed(ALNUM, 40))}\n\nNote: `.env.local` contains a live secret; don't share this output."))
    add("sunday-app", f"sunday (paiement à table) — clé d'API du restaurant à Genève :\n\n```\nSUNDAY_API_KEY={S('sk_live_' + g.mixed(ALNUM, 32))}\n```\n\nElle est apparue dans les logs du déploiement d'hier; à révoquer aujourd'hui.")
    add("tabit", f"מפתח ה-API של Tabit למסעדה בנמל תל אביב: {S(g.s(HEX, 40))}\nהוא נמצא כרגע בקובץ `tabit/config.json` — צריך להעביר ל-Key Vault.")
    add("wisely", sweep(f"While adding the waitlist webhook I noticed `wisely/settings.py` contains the live Wisely signing secret:\n\n```python\nWISELY_WEBHOOK_SECRET = \"{S(g.s(HEX, 64))}\"\n```\n\nI'll read it from `os.environ` and leave a note to rotate it."))
    add("tenantturner", f"TenantTurner (showings) — API key {S(g.mixed(ALNUM, 32))}\nIlagay natin ito sa GitHub Secrets, hindi sa `.env` na naka-commit.")
    add("showmojo", windsurf_memory("ShowMojo integration", f"ShowMojo API: POST https://showmojo.com/api/v3/listings with header `Authorization: Token token={S(g.s(HEX, 32))}`. Agency account: coastal-realty-sd."))
    add("raisedonors", roo("code", f"Updated `donations/raisedonors.py`:\n-RAISEDONORS_KEY = \"{S(g.mixed(ALNUM, 40))}\"\n+RAISEDONORS_KEY = os.environ[\"RAISEDONORS_KEY\"]\nThe old key is still valid in RaiseDonors; revoke it."))
    add("wellyx", f"Wellyx (gym management) API — ኤፒአይ ቁልፍ: {S(g.mixed(ALNUM, 36))}\nእባክዎ ይህን ቁልፍ በGitHub ላይ አያስቀምጡ።")
    add("trainheroic", goose("shell", f"$ grep -rn TRAINHEROIC config/\nconfig/prod.env:4:TRAINHEROIC_COACH_TOKEN={S(g.mixed(ALNUM, 40))}\nconfig/prod.env:5:TRAINHEROIC_TEAM=varsity-rowing"))
    add("teambuildr", jira_issue("ATH-55", "TeamBuildr sync posts wrong weights", f"Repro uses the live org key from `teambuildr.cfg` (`api_key = {S(g.s(HEX, 40))}`), so please switch to the sandbox org before running the repro script."))
    add("quadient", f"Quadient Inspire Flex — administratorkonto för utskriftsflödet:\nanvändare: {U('inspire_admin')}\nlösenord: {S('Kuvertering!Borlange3')}\nflytta till CyberArk innan revisionen.")
    add("prinergy", f"Prinergy Workflow (Kodak) JTP-koppeling — gebruiker {U('jtp_connector')} met wachtwoord {S('Plaatbelichter-CTP9')}. Dit staat in `prinergy.properties` op de drukkerijserver.")
    add("xitron", f"Xitron Navigator RIP — shared hotfolder over SMB: \\\\rip01\\hot$ user {U('riphot')} pass {S('Navigator-RIP-1188')}")
    add("sketchfab", openai_call("bash", {"command": f"curl -F 'modelFile=@boss_koi.glb' -F 'name=Boss Koi' -H 'Authorization: Token {S(g.s(HEX, 32))}' https://api.sketchfab.com/v3/models"}))
    add("razer-gold", f"Razer Gold merchant — application code `{g.s(DIGITS, 10)}` dan secret key `{S(g.s(HEX, 32))}` untuk top-up di game kita. Jangan taruh di repo client ya, hanya di server.")
    add("superawesome", f"SuperAwesome Kids Web Services (COPPA login) — client secret: {S(g.mixed(ALNUM, 44))}\nHuduma ya Kids Web Services inahitaji idhini ya mzazi; usishiriki siri hii.")
    return out


def pii(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(src: str, t: str) -> None:
        out.append((f"holdout35:{src}", t))

    # nursing homes and home care -------------------------------------------------------------
    add("care-plan-ticket", jira_issue("CARE-88", "Care plan PDF shows wrong GP", f"Resident record #4471 renders the old GP in the PDF. Data from the staging copy:\n\nResident: {P('Margaret Okonkwo-Lewis')}\nDOB: {D('14/02/1938')}\nNHS number: {N('721 448 2905')}\nNext of kin: {P('Chidi Okonkwo')} ({T('07700 900 418')})\nRoom 12, Willow Wing\n\nExpected GP: Dr. {P('Harriet Vance')}, Oakfield Surgery."))
    add("hemtjanst-schema", f"Hemtjänst Lund – besöksschema vecka 48\n\nBrukare: {P('Gunnel Åkesson')}, {A('Klostergatan 14B, 222 22 Lund')}\nPersonnummer: {N('380611-4127')}\nAnhörig: {P('Per Åkesson')}, tel {T('070-412 88 31')}\nNyckelbox kod finns i Procapita, inte här.")
    add("pflegeheim-hr", f"Personalakte (Auszug) – Seniorenresidenz Mariahilf, Wien\n\nName: {P('Dragana Petrović')}\nGeburtsdatum: {D('03.09.1979')}\nSV-Nummer: {N('4711 030979')}\nAdresse: {A('Gumpendorfer Straße 88/3/14, 1060 Wien')}\nIBAN: {I(iban('AT', '1420020' + g.s(DIGITS, 9)))}\nTelefon: {T('+43 664 218 4471')}")
    add("home-care-visit-log", f"visit_id,carer,client,client_address,checked_in,gps\n88213,{P('Blessing Adeyemi')},{P('Harold Pemberton')},\"{A('27 Sycamore Close, Didcot OX11 7RJ')}\",2026-11-26T08:02:11Z,51.6062 -1.2410\n88214,{P('Blessing Adeyemi')},{P('Joan Whitlock')},\"{A('3 Mill Lane, Didcot OX11 8HB')}\",2026-11-26T09:15:40Z,51.6108 -1.2385")
    add("kaigo-chat", f"【介護記録】\n利用者：{P('佐々木 トメ')}様（{D('1934年5月2日')}生）\n住所：{A('東京都世田谷区経堂2丁目14-7')}\n緊急連絡先：長男 {P('佐々木 浩二')} {T('090-4418-2271')}\n本日の体温 36.4℃、食事 8割摂取。")
    add("thuiszorg-mail", f"Beste collega,\n\nVoor de nieuwe cliënt in Gent:\n{P('Marie-Louise Vandenberghe')}\n{A('Kortrijksesteenweg 512, 9000 Gent')}\nRijksregisternummer: {N('41.07.22-268.43')}\nHuisarts: dokter {P('Pieter De Smet')}\nDochter: {P('Els Vandenberghe')} – {T('0476 21 88 13')} – {E('els.vdb@telenet.be')}\n\nGroet,\n{P('Sofie Claes')}\nThuiszorg Vlaanderen")
    add("evv-mcp", mcp("salesforce", dumps({"totalSize": 2, "records": [{"Name": P("Rosa Elvira Quispe"), "Phone": T("(520) 555-0148"), "MailingStreet": A("1820 E Helen St, Tucson, AZ 85719"), "Birthdate": D("1941-08-19")}, {"Name": P("Walter Brunsfeld"), "Phone": T("(520) 555-0172"), "MailingStreet": A("402 N 5th Ave, Tucson, AZ 85705"), "Birthdate": D("1936-01-30")}]})))
    add("casa-riposo", f"Ciao {P('Giulia')}, ti giro i dati dell'ospite che entra lunedì nella RSA di Bergamo:\n{P('Ernesto Colombo')}, nato il {D('12/12/1933')}\nCodice fiscale {N('CLMRST33T12A794K')}\nfiglio {P('Marco Colombo')}, cell. {T('+39 347 882 1190')}\nGrazie!")
    add("lar-idosos", f"Ficha de admissão – Lar de São Bento, Braga\nNome: {P('Maria da Conceição Ferreira')}\nData de nascimento: {D('07-04-1940')}\nNIF: {N('187 442 310')}\nMorada: {A('Rua do Souto 112, 4700-329 Braga')}\nContacto do filho: {T('+351 912 448 771')}")

    # solar and wind ----------------------------------------------------------------------------
    add("landowner-lease", f"Pachtvertrag Windpark Weinviertel – Grundeigentümer\n\n| Name | Anschrift | IBAN |\n|---|---|---|\n| {P('Leopold Hintermayer')} | {A('Hauptstraße 23, 2136 Laa an der Thaya')} | {I(iban('AT', '3200000' + g.s(DIGITS, 9)))} |\n| {P('Theresia Gruber')} | {A('Kellergasse 4, 2170 Poysdorf')} | {I(iban('AT', '3225000' + g.s(DIGITS, 9)))} |")
    add("solar-lead-crm", mcp("hubspot", dumps({"results": [{"id": "88213", "properties": {"firstname": P("Aroha"), "lastname": P("Ngata"), "email": E("aroha.ngata@xtra.co.nz"), "phone": T("+64 21 448 9012"), "address": A("14 Kowhai Street, Hamilton 3204"), "system_size_kw": "6.6"}}]})))
    add("installer-invoice", f"FACTURA Nº 2026-0412\nInstalaciones Solares Pampa S.R.L.\n\nCliente: {P('Nahuel Fernández')}\nDNI: {N('31.884.220')}\nDomicilio: {A('Av. Colón 1420, X5000 Córdoba')}\nTeléfono: {T('+54 9 351 448-2210')}\nTarjeta: {C(card4(luhn_complete('4517', 16, g)))}\nTotal: ARS 4.812.000")
    add("wind-tech-roster", f"Teknikere, Vindpark Hornsea-lot B (uke 48)\n- {P('Mads Kjærgaard')}, tlf {T('+45 22 41 88 07')}, {E('mads.k@vindservice.dk')}\n- {P('Sune Østergaard')}, tlf {T('+45 30 12 44 91')}\n- {P('Freja Lund')}, tlf {T('+45 28 77 10 62')}\nCPR for adgangskort: {N('120389-2231')} (Mads)")
    add("agrivoltaic-git-log", f"$ git log --format='%h %an <%ae> %s' -4\n4be8d1c {P('Ioana Munteanu')} <{E('ioana.munteanu@solaris-md.md')}> fix inverter export timezone\n9a01f3e {P('Vasile Rotaru')} <{E('v.rotaru@solaris-md.md')}> add Chisinau weather station\n71cc2a0 {P('Ioana Munteanu')} <{E('ioana.munteanu@solaris-md.md')}> bump pandas\n0e88d12 dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com> Bump requests")
    add("tuulivoima-maanomistaja", f"Maanvuokrasopimus, Tuulipuisto Kalajoki\nVuokranantaja: {P('Eino Heikkilä')}\nHenkilötunnus: {N('140552-117H')}\nOsoite: {A('Rantatie 8, 85100 Kalajoki')}\nTilinumero: {I(iban('FI', '4055' + g.s(DIGITS, 10)))}")
    add("solar-hu-ugyfel", f"Ügyfél adatai – napelem telepítés\nNév: {P('Kovács Erzsébet')}\nSzületési idő: {D('1962. 03. 18.')}\nCím: {A('Petőfi Sándor utca 17., 6720 Szeged')}\nTelefon: {T('+36 30 441 2287')}\nBankszámla: {I(iban('HU', '11773016' + g.s(DIGITS, 16)))}")

    # car dealerships and garages --------------------------------------------------------------
    add("dealer-credit-app", f"CREDIT APPLICATION – Ridgeway Motors\nApplicant: {P('Terrence L. Whitfield')}\nSSN: {N('521-44-8810')}\nDOB: {D('06/21/1986')}\nAddress: {A('4410 Juniper Ridge Dr, Colorado Springs, CO 80918')}\nCell: {T('(719) 555-0193')}\nEmail: {E('t.whitfield86@gmail.com')}\nDriver license: {m('US_DRIVER_LICENSE', '17-448-2210')}")
    add("garage-booking-ar", f"حجز صيانة – مركز الخليج للسيارات\nالاسم: {P('خالد بن سعيد الكعبي')}\nالجوال: {T('+971 50 448 2190')}\nالبريد: {E('khalid.alkaabi@outlook.ae')}\nالسيارة: لاند كروزر 2021، رقم الشاسيه JTMHV05J904182213\nالموعد: الثلاثاء 10:30")
    add("werkstatt-ticket", linear_issue("GAR-311", "Kundendaten im Fehlerlog", f"Beim Speichern eines Auftrags landet der komplette Kunde im Log:\n\n```\nERROR save_order failed customer={{name='{P('Urs Bachmann')}', street='{A('Seestrasse 41, 8802 Kilchberg')}', tel='{T('+41 79 448 12 90')}', ahv='{N('756.4418.2290.17')}'}}\n```\n\nBitte das Logging auf die Auftragsnummer reduzieren."))
    add("tr-servis-formu", f"Servis kabul formu\nMüşteri: {P('Emre Yıldırım')}\nT.C. Kimlik No: {N('28441922106')}\nTelefon: {T('0532 448 21 90')}\nAdres: {A('Bağdat Caddesi No: 214/5, 34728 Kadıköy/İstanbul')}\nPlaka: 34 ABC 812")
    add("used-car-sale-greek", f"Συμφωνητικό πώλησης μεταχειρισμένου οχήματος\nΠωλητής: {P('Γεώργιος Παπαδόπουλος')}, ΑΦΜ {N('048812290')}\nΔιεύθυνση: {A('Λεωφόρος Κηφισίας 214, 15231 Χαλάνδρι')}\nΑγοραστής: {P('Ελένη Κωνσταντίνου')}, τηλ. {T('694 418 2290')}")
    add("dealer-crm-zendesk", mcp("zendesk", dumps({"ticket": {"id": 48812, "subject": "Recall appointment", "requester": {"name": P("Siobhan Ní Bhriain"), "email": E("siobhan.nibhriain@eircom.net"), "phone": T("+353 87 448 2190")}, "description": f"Hi, my Qashqai is under the airbag recall, reg 191-D-44821. I'm at {A('12 Seafield Road, Clontarf, Dublin 3, D03 E4X2')}. Thanks, Siobhan"}})))
    add("trade-in-sms", f"Twilio message log (sid SM8f2…):\nFrom: {T('+1 416 555 0177')}\nTo: Messaging Service MG-trade-in (short code 44821)\nBody: Hi it's {P('Priyanka Raghunathan')}, confirming the trade-in appraisal for tomorrow. My address for the pickup is {A('88 Harbord St, Toronto, ON M5S 1G5')}.")
    add("vn-gara", f"Phiếu tiếp nhận xe – Gara Phú Nhuận\nChủ xe: {P('Nguyễn Thị Thu Hà')}\nCCCD: {N('079188004412')}\nSĐT: {T('0903 448 219')}\nĐịa chỉ: {A('142 Phan Xích Long, Phường 2, Quận Phú Nhuận, TP.HCM')}")
    add("id-bengkel", f"Halo kak, ini data untuk servis berkala:\nNama: {P('Rizky Pratama Wibisono')}\nNIK: {N('3174051208900003')}\nNo HP: {T('0812-4418-2290')}\nAlamat: {A('Jl. Kemang Raya No. 21, Jakarta Selatan 12730')}\nMakasih ya 🙏")

    # restaurants and food delivery ------------------------------------------------------------
    add("delivery-support-chat", f"[Support chat export – Rappi AR]\n14:02 Cliente ({P('Lucía Benítez')}): el pedido no llegó, estoy en {A('Gorriti 4820, piso 3 B, C1414 CABA')}\n14:03 Agente: disculpá, ¿me confirmás tu teléfono?\n14:03 Cliente: {T('11 4418-2290')}\n14:05 Agente: listo, te reintegramos. Código de reembolso RF-8821.")
    add("reservation-sevenrooms", f"Reservation #R-44812\nGuest: {P('Ahmed Raza Qureshi')}\nParty: 6, Fri 19:30\nPhone: {T('+44 7700 900 331')}\nEmail: {E('ahmed.r.qureshi@btinternet.com')}\nNotes: nut allergy; anniversary — wife {P('Sana Qureshi')}")
    add("restaurant-payroll", f"Nómina noviembre – Restaurante La Picantería (Lima)\n\n{P('Rosa María Huamán Quispe')}\tDNI {N('44182290')}\tCargo: cocinera\n{P('Jhonatan Mamani Ccori')}\tDNI {N('72218810')}\tTeléfono {T('+51 987 448 219')}")
    add("food-courier-hr", f"Courier onboarding – Wolt Helsinki\nNimi: {P('Abdirahman Warsame')}\nSyntymäaika: {D('02.11.1997')}\nPuhelin: {T('+358 40 448 2190')}\nTilinumero: {I(iban('FI', '2112' + g.s(DIGITS, 10)))}\nOsoite: {A('Itäkatu 9 B 41, 00930 Helsinki')}")
    add("ghost-kitchen-slack", f"@channel the Deliveroo rider who was hurt yesterday is {P('Tomasz Wiśniewski')}; his sister {P('Agnieszka Wiśniewska')} called from {T('+48 601 448 219')}. Please don't share outside the ops team.")
    add("swahili-order", f"Habari! Oda yako imefika. Mpokeaji: {P('Neema Wanjiru Kamau')}, simu {T('+254 712 448 219')}, anwani {A('Ngong Road, Kilimani Apartments, Nyumba 4C, Nairobi')}. Asante kwa kuagiza!")
    add("thai-delivery", f"ที่อยู่จัดส่ง: {A('99/14 ซอยสุขุมวิท 49 แขวงคลองตันเหนือ เขตวัฒนา กรุงเทพฯ 10110')}\nผู้รับ: {P('สมชาย ใจดี')}\nโทร: {T('081 448 2190')}\nหมายเหตุ: ฝากไว้ที่ป้อม รปภ.")
    add("card-dispute", f"Chargeback CB-20261127-018\nCardholder: {P('Fiona MacLeod')}\nCard: {C(luhn_complete('5412', 16, g))}\nBilling: {A('17 Rose Street, Edinburgh EH2 2PR')}\nMerchant: The Kitchin (Leith)\nReason: duplicate charge")
    add("hi-kitchen-staff", f"किचन स्टाफ सूची – पुणे आउटलेट\n1. {P('राजेश कुमार यादव')} — {T('98220 44812')} — आधार {N('4418 2290 7731')}\n2. {P('सुनीता देशमुख')} — {T('97654 12880')}")
    add("zh-delivery-complaint", f"客户投诉记录\n姓名：{P('王丽娟')}\n电话：{T('138 1044 8219')}\n地址：{A('上海市徐汇区漕溪北路88号2号楼1503室')}\n内容：外卖送错，要求退款。")

    # real estate ------------------------------------------------------------------------------
    add("lease-application", f"Rental application – 42 Queens Blvd, Apt 5F\nApplicant: {P('Marisol Ortega-Vance')}\nDOB: {D('1991-07-04')}\nSSN: {N('612-48-2290')}\nCurrent address: {A('1187 Fulton St, Apt 3, Brooklyn, NY 11238')}\nEmployer: NYU Langone\nPhone: {T('(347) 555-0182')}")
    add("makler-expose-anfrage", f"Neue Anfrage über ImmoScout24 (Objekt 1441822):\n\nVon: Dr. {P('Anja Röhrig')}\nE-Mail: {E('anja.roehrig@gmx.at')}\nTel.: {T('+43 676 448 2190')}\nNachricht: Wir (2 Erwachsene, 1 Kind) interessieren uns für die Wohnung in Salzburg-Lehen.")
    add("hebrew-lease", f"הסכם שכירות – דירה ברחוב {A('שינקין 41, תל אביב-יפו')}\nהשוכר: {P('נועה בן-דוד')}\nת.ז.: {N('304418229')}\nטלפון: {T('052-448-2190')}\nחשבון בנק לתשלום: {I(iban('IL', '010800' + g.s(DIGITS, 13)))}")
    add("agent-signature", f"Thanks again for coming to the open house!\n\n--\n{P('Kwame Asante-Boateng')}\nSenior Agent | Coastal Realty San Diego\nDRE #02188221\n{T('+1 (619) 555-0144')} | {E('kwame@coastalrealtysd.com')}\n{A('2150 Pacific Hwy, Suite 300, San Diego, CA 92101')}")
    add("propertyfinder-lead", mcp("hubspot", dumps({"contact": {"firstname": P("Fatima"), "lastname": P("Al-Mansoori"), "phone": T("+971 55 448 2190"), "email": E("fatima.almansoori@gmail.com"), "enquiry": "3BR villa, Arabian Ranches, budget AED 4.5m"}})))
    add("nynorsk-utleige", f"Hei!\nEg har no sendt kontrakten for hybelen i {A('Kong Oscars gate 18, 5017 Bergen')} til {P('Ingrid Sæbø')}. Ho har fødselsnummer {N('04059944182')} og telefon {T('+47 412 48 229')}. Depositum til konto {I(iban('NO', '1503' + g.s(DIGITS, 7)))}.\nHelsing {P('Ola Vikane')}")
    add("ko-real-estate", f"전세 계약서 초안\n임차인: {P('김민지')}\n주민등록번호: {N('920315-2448219')}\n주소: {A('서울특별시 마포구 월드컵북로 21길 14, 302호')}\n연락처: {T('010-4482-1903')}")
    add("tenant-ip-log", f"2026-11-27T09:14:22Z tenant-portal login ok user={U('m.ortega-vance')} ip={IP('98.116.44.219')} ua=\"Mozilla/5.0 (iPhone; CPU iPhone OS 19_1 like Mac OS X)\"\n2026-11-27T09:15:02Z tenant-portal payment_submitted user={U('m.ortega-vance')} amount=2950.00")
    add("fr-be-compromis", f"Compromis de vente – Immo Liège\nVendeurs : {P('Jean-Pierre Lambotte')} et {P('Martine Lambotte-Dubois')}\nDomicile : {A('Rue Saint-Gilles 214, 4000 Liège')}\nNuméro national : {N('57.03.14-221.38')}\nCompte : {I(iban('BE', '0632' + g.s(DIGITS, 8)))}")

    # charities and NGOs ------------------------------------------------------------------------
    add("donor-export", f"donor_id,name,email,postcode,gift_aid,last_gift\nD-44812,{P('Eleanor Pryce-Jones')},{E('eleanor.pj@talktalk.net')},{Z('CF10 3NB')},yes,25.00\nD-44813,{P('Rajinder Singh Bains')},{E('rsbains@hotmail.co.uk')},{Z('LE4 6FQ')},yes,100.00\nD-44814,{P('Morag Sutherland')},{E('morag.s@btopenworld.com')},{Z('IV2 3JH')},no,10.00")
    add("gaelic-volunteer", f"Tapadh leibh airson clàradh mar shaor-thoileach!\nAinm: {P('Catrìona NicLeòid')}\nFòn: {T('07700 900 512')}\nPost-d: {E('catriona.nicleoid@gmail.com')}\nSeòladh: {A('14 Sràid na h-Eaglaise, Steòrnabhagh HS1 2DH')}")
    add("ngo-beneficiary-am", f"የተጠቃሚ መረጃ – የምግብ ድጋፍ ፕሮግራም\nስም: {P('አበበ ተስፋዬ ገብሬ')}\nስልክ: {T('+251 911 448 219')}\nአድራሻ: {A('ቦሌ ክፍለ ከተማ ወረዳ 03 የቤት ቁጥር 1182 አዲስ አበባ')}")
    add("somali-cash-transfer", f"Liiska gargaarka lacageed – Hargeysa\n1. {P('Hodan Cabdi Faarax')} – {T('+252 63 448 2190')}\n2. {P('Axmed Maxamed Jaamac')} – {T('+252 63 441 8822')}\nLacagta waxaa lagu diri doonaa Zaad.")
    add("yoruba-sms", f"Ẹ kú àárọ̀ {P('Adébáyọ̀ Ọláolúwa')}! A ti gba ẹ̀bùn rẹ. Nọ́mbà fóònù rẹ: {T('+234 803 448 2190')}. Adirẹsi: {A('12 Awolowo Road, Ikoyi, Lagos')}. O ṣeun!")
    add("zulu-food-parcel", f"Uhlu lwamaphasela okudla – eThekwini\nIgama: {P('Nomvula Dlamini')}\nInombolo kamazisi: {N('8804120448082')}\nUcingo: {T('072 448 2190')}\nIkheli: {A('14 Umgeni Road, Durban 4001')}")
    add("hausa-registration", f"Rijistar masu cin gajiyar shirin\nSuna: {P('Aisha Abubakar Musa')}\nLambar waya: {T('+234 806 441 8822')}\nAdireshi: {A('No. 22 Titin Zoo, Kano')}")
    add("malagasy-donor", f"Mpanome: {P('Rakotomalala Hery Andrianina')}\nFinday: {T('+261 34 44 821 90')}\nAdiresy: {A('Lot II J 184, Ivandry, Antananarivo 101')}\nMisaotra betsaka!")
    add("kinyarwanda-beneficiary", f"Amakuru y'uwahawe inkunga\nAmazina: {P('Uwimana Claudine')}\nIndangamuntu: {N('1 1988 7 0044822 1 90')}\nTelefoni: {T('+250 788 448 219')}\nAderesi: Akarere ka Gasabo, Umurenge wa Kimironko")
    add("wolof-sms", f"Salaam aleekum {P('Fatou Ndiaye')}, sa ndimbal bi agsi na. Sa nimero: {T('+221 77 448 21 90')}. Jërëjëf!")
    add("charity-gift-aid-git", f"diff --git a/tests/fixtures/donors.json b/tests/fixtures/donors.json\n@@ -1,3 +1,9 @@\n [\n+  {{\"name\": \"{P('Gwyneth Llewellyn')}\", \"address\": \"{A('9 Heol y Frenhines, Caerfyrddin SA31 1JR')}\"}},\n+  {{\"name\": \"{P('Dafydd ap Rhys')}\", \"address\": \"{A('3 Stryd Fawr, Llanbedr Pont Steffan SA48 7BA')}\"}}\n ]\n(this was copied from production, please replace with fakes)")
    add("xhosa-volunteer", f"Igama: {P('Siphokazi Mbeki')}\nUmnxeba: {T('083 441 8822')}\nIdilesi: {A('22 Oxford Street, East London 5201')}\nUmhla wokuzalwa: {D('11/06/1994')}")

    # gyms and sports centres -------------------------------------------------------------------
    add("gym-member-export", f"{{\"member_id\": \"M-88213\", \"name\": \"{P('Bongani Khumalo')}\", \"email\": \"{E('bongani.k@webmail.co.za')}\", \"dob\": \"{D('1993-02-17')}\", \"card\": \"{C(luhn_complete('4000', 16, g))}\", \"plan\": \"annual\"}}")
    add("padel-club-pt", f"Sócios novos – Padel Club Cascais\n{P('Inês Carvalho Sampaio')} | {E('ines.sampaio@sapo.pt')} | {T('+351 936 448 219')}\n{P('Duarte Lobo Antunes')} | {E('duarte.lobo@gmail.com')} | {T('+351 917 441 882')}")
    add("climbing-waiver", f"LIABILITY WAIVER — signed 2026-11-26\nParticipant: {P('Kaito Nakamura')}\nDate of birth: {D('2010-09-02')} (minor)\nParent/guardian: {P('Yui Nakamura')}\nEmergency phone: {T('(206) 555-0137')}\nAddress: {A('2217 NW Market St, Seattle, WA 98107')}")
    add("yoga-ch-de", f"Grüezi {P('Regula Zürcher')}\n\nIhr Abo im Yogastudio Zürich-Wiedikon wurde verlängert. Wir belasten das Konto {I(iban('CH', '00700' + g.s(DIGITS, 12)))}.\n\nFreundliche Grüsse\n{P('Nadia Keller')}, Studioleitung")
    add("gym-fa", f"فرم عضویت باشگاه\nنام: {P('سارا محمدی')}\nکد ملی: {N('0084482190')}\nتلفن همراه: {T('0912 448 2190')}\nنشانی: {A('تهران، خیابان ولیعصر، کوچه نیلوفر، پلاک ۱۸')}")
    add("ur-cricket-academy", f"کرکٹ اکیڈمی رجسٹریشن\nنام: {P('محمد عمر فاروق')}\nتاریخ پیدائش: {D('2008-04-11')}\nوالد کا فون: {T('0300 448 2190')}\nپتہ: {A('مکان نمبر 14، گلی 7، جی-9/2، اسلام آباد')}")
    add("tamil-gym", f"உறுப்பினர் விவரம்\nபெயர்: {P('கார்த்திகேயன் சுப்ரமணியம்')}\nகைபேசி: {T('+91 98410 44821')}\nமுகவரி: {A('14, பெசன்ட் நகர் 2வது அவென்யூ, சென்னை 600090')}")
    add("tl-gym-chat", f"Hi po! Ito po yung details ko for the membership:\n{P('Maria Kristina dela Cruz')}\n{T('0917 448 2190')}\n{A('Unit 12B, The Grove Tower, C5 Road, Ugong, Pasig City')}\nSalamat po!")
    add("gym-trainer-home-path", f"Traceback (most recent call last):\n  File \"/Users/{U('ezgi.arslan')}/code/gym-booking/app/main.py\", line 88, in <module>\n    sync_classes()\n  File \"/Users/{U('ezgi.arslan')}/code/gym-booking/app/sync.py\", line 41, in sync_classes\n    raise TimeoutError(\"Mindbody timed out\")\nTimeoutError: Mindbody timed out")

    # print shops and publishers ----------------------------------------------------------------
    add("author-contract", f"Contrat d'édition – Éditions du Léman\nAuteur : {P('Aminata Touré-Beyeler')}\nNé(e) le : {D('22 août 1982')}\nAdresse : {A('Avenue de la Gare 12, 1003 Lausanne')}\nAVS : {N('756.8821.4482.03')}\nCompte : {I(iban('CH', '04835' + g.s(DIGITS, 12)))}")
    add("print-order", f"Order #PR-448219 — Wedding invitations (120)\nShip to: {P('Chiamaka Eze')} & {P('Tobias Brandt')}\n{A('Lindenstraße 4, 10969 Berlin')}\nPhone: {T('+49 1512 4482190')}\nPaid with {C(card4(luhn_complete('5233', 16, g)))}")
    add("royalty-statement-ro", f"Decont drepturi de autor T3/2026\nAutor: {P('Ana-Maria Ciobanu')}\nCNP: {N('2850614134482')}\nIBAN: {I(iban('RO', 'BTRL' + g.s(UPNUM, 16)))}\nSuma: 4.812,00 RON")
    add("copilot-space-authors", space("publisher-royalties", "Why is the royalty job failing for one author?", f"The row for author 118 has a malformed IBAN. From `data/authors_2026.csv`:\n\n```\n118,{P('Linnea Bergström')},{E('linnea.bergstrom@telia.se')},{I(iban('SE', '5000' + g.s(DIGITS, 16)))}\n```\n\nThe IBAN itself is valid; the problem is the trailing space in the CSV column. Strip fields before validating."))
    add("da-print-kunde", f"Kunde: {P('Søren Kierkegaard Holm')}\nAdresse: {A('Nørregade 21, 1165 København K')}\nTelefon: {T('+45 31 44 82 19')}\nCVR: 44821902 (firma)\nBestilling: 500 visitkort")

    # game studios ------------------------------------------------------------------------------
    add("playtest-nda", f"PLAYTEST NDA — Hollow Tide closed alpha\nName: {P('Oluwaseun Bakare')}\nDate of birth: {D('1999-12-03')}\nEmail: {E('seun.bakare@proton.me')}\nDiscord: {U('seunplays#0412')}\nCountry: Nigeria")
    add("player-support-redis", mcp("redis", f"> HGETALL player:88213\n1) \"display_name\"\n2) \"KoiSlayer\"\n3) \"email\"\n4) \"{E('marta.gonzalez.rivas@gmail.com')}\"\n5) \"last_ip\"\n6) \"{IP('186.22.144.18')}\"\n7) \"country\"\n8) \"AR\""))
    add("studio-payroll-mn", f"Цалингийн жагсаалт – 11-р сар\n{P('Батбаяр Ганболд')} – РД: {N('УБ90041822')} – утас {T('9911 4482')}\n{P('Оюунчимэг Дорж')} – РД: {N('ЧБ95121107')} – утас {T('8810 2290')}")
    add("game-crash-path", f"Unhandled exception in HollowTide.exe\n   at SaveSystem.Write(String path) in C:\\Users\\{U('jokinen.aapo')}\\Projects\\HollowTide\\Assets\\Scripts\\SaveSystem.cs:line 88\n   at GameManager.OnApplicationQuit()\nSave path: C:\\Users\\{U('jokinen.aapo')}\\AppData\\LocalLow\\PixelKoi\\HollowTide\\slot1.sav")
    add("lao-tester", f"ຜູ້ທົດສອບເກມ: {P('ສົມພອນ ວົງສະຫວັນ')}\nເບີໂທ: {T('+856 20 5544 8219')}\nທີ່ຢູ່: {A('ບ້ານໂພນໄຊ, ເມືອງໄຊເສດຖາ, ນະຄອນຫຼວງວຽງຈັນ')}")
    add("sinhala-qa", f"QA කණ්ඩායම් සාමාජිකයා: {P('නිමල් පෙරේරා')}\nදුරකථන: {T('077 448 2190')}\nලිපිනය: {A('නො. 24, ගාලු පාර, කොළඹ 03')}")
    add("dhivehi-contact", f"ނަން: {P('އަޙްމަދު ނަޝީދު')}\nފޯނު: {T('+960 778 4482')}\nއެޑްރެސް: {A('ހ. ނޫރާނީވިލާ، މާލެ')}")
    add("turkmen-hr", f"Işgäriň maglumatlary\nAdy: {P('Merdan Annaýew')}\nDoglan senesi: {D('15.03.1995')}\nTelefon: {T('+993 65 44 82 19')}\nSalgy: {A('Aşgabat ş., Bitarap Türkmenistan şaýoly 44, jaý 12')}")
    add("marathi-support", f"नमस्कार, माझे नाव {P('प्राजक्ता कुलकर्णी')} आहे. माझा फोन {T('+91 98901 44821')} आणि ईमेल {E('prajakta.k@rediffmail.com')}. माझे गेम खाते बंद झाले आहे, कृपया मदत करा.")
    add("bn-player-refund", f"রিফান্ড অনুরোধ\nনাম: {P('তানভীর আহমেদ চৌধুরী')}\nফোন: {T('+880 1711-448219')}\nকার্ড: {C(card4(luhn_complete('4571', 16, g)))}")
    # more PII, more languages and carriers ------------------------------------------------------
    add("cl-boleta-gimnasio", f"Boleta electrónica N° 448219 – Gimnasio Ñuñoa Fit\nCliente: {P('Camila Ignacia Rojas Fuentealba')}\nRUT: {N('18.442.190-K')}\nDirección: {A('Av. Irarrázaval 3120, depto. 504, Ñuñoa, Santiago')}\nFono: {T('+56 9 8448 2190')}\nPlan anual: $389.900")
    add("cm-ong-benevole", f"Fiche bénévole – ONG Main Tendue, Douala\nNom : {P('Mbarga Essomba Jean-Claude')}\nTéléphone : {T('+237 6 77 44 82 19')}\nE-mail : {E('jc.mbarga@yahoo.fr')}\nQuartier : {A('Rue Njo-Njo, Bonapriso, Douala')}\nDisponibilité : week-ends")
    add("md-angajat", f"Fișă angajat – Restaurant La Plăcinte, Chișinău\nNume: {P('Ion Ceban')}\nIDNP: {N('2004011822190')}\nData nașterii: {D('14.07.1990')}\nTelefon: {T('+373 69 448 219')}\nIBAN salariu: {I(iban('MD', '24AG' + g.s(UPNUM, 16)))}")
    add("nb-treningssenter", f"Medlemsskjema – Treningssenteret på Grünerløkka\nNavn: {P('Sigrid Haugen Nilsen')}\nFødselsdato: {D('23.05.1988')}\nAdresse: {A('Thorvald Meyers gate 41, 0555 Oslo')}\nMobil: {T('+47 934 48 219')}\nKontonummer for trekk: {I(iban('NO', '6011' + g.s(DIGITS, 7)))}")
    add("it-fattura-tipografia", f"FATTURA n. 2026/1182\nTipografia Scaligera S.r.l. – Verona\n\nSpett.le {P('Alessandra Benedetti')}\n{A('Via Mazzini 41, 37121 Verona VR')}\nC.F. {N('BNDLSN84C52L781Q')}\nPagamento su IBAN {I(iban('IT', 'X0542811101' + g.s(DIGITS, 12)))}")
    add("jp-booking-export", f"予約ID,氏名,電話,メール\nR-0412,{P('山本 さくら')},{T('080-4482-1903')},{E('sakura.yamamoto@docomo.ne.jp')}\nR-0413,{P('高橋 健太')},{T('090-1182-4470')},{E('kenta.t@gmail.com')}")
    add("ko-game-refund", f"환불 요청 티켓 #88213\n이름: {P('박서준')}\n이메일: {E('seojun.park@naver.com')}\n전화: {T('010-2290-4418')}\n결제 카드: {C(card4(luhn_complete('5310', 16, g)))}\n사유: 중복 결제")
    add("gulf-real-estate-whatsapp", f"[27/11/2026, 19:42] {P('Mariam Al Hashemi')}: السلام عليكم، أبغى أشوف الشقة في المارينا بكرة\n[27/11/2026, 19:43] {P('Mariam Al Hashemi')}: رقمي {T('+971 56 448 2190')} وإيميلي {E('mariam.hashemi@icloud.com')}\n[27/11/2026, 19:45] Agent: تمام، الساعة 5 العصر تناسبك؟")
    add("ma-livraison", f"Commande #44821 – Glovo Casablanca\nالزبون: {P('يوسف بنعلي')}\nالهاتف: {T('+212 6 61 44 82 19')}\nالعنوان: {A('23 زنقة ابن منير، المعاريف، الدار البيضاء')}\nملاحظة: عيط ليا ملي توصل")
    add("fa-donor-receipt", f"رسید کمک مالی\nنام اهداکننده: {P('مریم حسینی')}\nشماره تماس: {T('0935 448 2190')}\nایمیل: {E('maryam.hosseini@yahoo.com')}\nمبلغ: ۵٬۰۰۰٬۰۰۰ ریال")
    add("ur-home-care", f"گھریلو نگہداشت – مریض کی تفصیل\nنام: {P('بشیر احمد قریشی')}\nشناختی کارڈ: {N('35202-4418229-1')}\nتاریخ پیدائش: {D('03-02-1946')}\nبیٹا: {P('عمران قریشی')}، فون {T('0321 448 2190')}")
    add("el-gym-signup", f"Εγγραφή μέλους – Γυμναστήριο Πάτρας\nΟνοματεπώνυμο: {P('Δημήτρης Αλεξίου')}\nΗμ. γέννησης: {D('19/10/1992')}\nΑΜΚΑ: {N('19109204418')}\nΚινητό: {T('697 448 2190')}\nΔιεύθυνση: {A('Μαιζώνος 112, 26221 Πάτρα')}")
    add("sv-linux-home", f"$ ls -la /home/{U('linnea.b')}/projekt/royalties\ntotal 24\ndrwxr-xr-x 4 {U('linnea.b')} staff 4096 nov 27 09:14 .\n-rw-r--r-- 1 {U('linnea.b')} staff  882 nov 27 09:14 pyproject.toml\ndrwxr-xr-x 3 {U('linnea.b')} staff 4096 nov 27 09:14 src")
    add("hu-ticket-ip", f"Hibajegy #5521 – fiókzárolás\nFelhasználó: {P('Szabó Bence')} ({E('bence.szabo@freemail.hu')})\nUtolsó sikeres bejelentkezés: 2026-11-26 21:14, IP: {IP('84.236.118.42')}\nA felhasználó szerint nem ő próbálkozott.")
    add("da-hr-record", f"Medarbejderoplysninger – Køkkenet, Nyhavn\nNavn: {P('Mette Frederiksen Lund')}\nCPR-nr.: {N('210694-1182')}\nAdresse: {A('Nyhavn 17, 2. th., 1051 København K')}\nReg./konto: {I(iban('DK', '5000' + g.s(DIGITS, 10)))}")
    add("pt-email-signature", f"Com os melhores cumprimentos,\n\n{P('Rui Miguel Tavares')}\nDiretor de Vendas – Imobiliária Ribeira\n{T('+351 22 448 2190')} · {E('rui.tavares@imoribeira.pt')}\n{A('Rua das Flores 88, 4050-265 Porto')}")
    add("ch-de-garage", f"Offerte Nr. 2026-4471 – Garage Zürichberg AG\n\nHerr {P('Beat Hürlimann')}\n{A('Bergstrasse 112, 8032 Zürich')}\nTel. {T('+41 44 448 21 90')}\nFahrzeug: VW ID.4, Kontrollschild ZH 448219")
    add("id-crm-hubspot", mcp("hubspot", dumps({"results": [{"properties": {"firstname": P("Dewi"), "lastname": P("Lestari Sihombing"), "email": E("dewi.lestari@yahoo.co.id"), "phone": T("+62 812 4482 1903"), "city": "Medan"}}]})))
    add("zh-hr-onboarding", f"新员工入职信息\n姓名：{P('陈志强')}\n身份证号：{N('440305199204118213')}\n出生日期：{D('1992年4月11日')}\n手机：{T('139 2244 8219')}\n住址：{A('广东省深圳市南山区科技园南路18号')}")
    add("tr-git-config", f"$ git config --list | grep user\nuser.name={P('Zeynep Aydoğan')}\nuser.email={E('zeynep.aydogan@pixelkoi.games')}\n$ whoami\n{U('zaydogan')}")
    add("twilio-call-log", mcp("twilio", dumps({"calls": [{"from": T("+44 7911 448219"), "to": "client:reception-desk", "status": "completed", "duration": "184", "caller_name": P("Imogen Fairweather")}]})))
    add("copilot-review-pii", pr_thread(3310, "lead-dev", "Where did this fixture come from?", f"It's from a production export — it contains a real customer: `{{\"name\": \"{P('Heinrich Obermüller')}\", \"iban\": \"{I(iban('DE', '37040044' + g.s(DIGITS, 10)))}\", \"phone\": \"{T('+49 171 4482190')}\"}}`. I'll replace it with generated data."))
    add("usage-record-pii", s3_batch("2026/11/27/09/usage-00007.ndjson.gz", {"ts": "2026-11-27T09:41:02Z", "user": U("kofi.mensah"), "feature": "copilot_chat", "surface": "visualstudio", "prompt_excerpt": f"write a letter to {P('Abena Owusu')} at {A('14 Oxford Street, Osu, Accra')} about her overdue rent"}))
    add("pos-refund-log", f"2026-11-27 20:41:18 WARN refund manual-entry terminal=T4 cashier=#12 card={C(luhn_complete('4929', 16, g))} exp=08/28 name=\"{P('Aoife Brennan')}\" amount=-38.50 EUR\n2026-11-27 20:41:19 INFO refund approved auth=A81C2")
    add("game-store-fraud", f"Fraud review — order HT-2026-118822\nBuyer: {P('Lukas Steiner')} <{E('lukas.steiner@bluewin.ch')}>\nCard: {C(card4(luhn_complete('5168', 16, g)))} (3-D Secure: failed)\nSign-up IP: {IP('178.197.214.66')}\nDecision: hold")
    add("charity-form-ip", f"Form submission #8821 (Donate monthly)\nname: {P('Guðrún Sigurðardóttir')}\nemail: {E('gudrun.s@simnet.is')}\namount: 25 EUR\nsubmitted_from: {IP('2a01:6f0:8821:4c00:1d2e:99af:3b10:7c21')}\nconsent: yes")
    add("amex-invoice-es", f"Factura del catering – Fundación Sonrisas\nTitular: {P('Valentina Cárdenas Oyarzún')}\nTarjeta: {C(luhn_complete('3782', 15, g))}\nDirección de facturación: {A('Calle Larga 245, Valparaíso')}\nTotal: CLP 1.240.000")
    add("gym-login-audit", datadog_log("member-portal", f"login_success member={U('th.nguyen88')} ip={IP('113.161.72.19')} club=saigon-d3 device=android"))
    add("print-card-chat", f"[Zendesk chat] {P('Kenji Watanabe')}: hi, can you charge the poster order to my other card? {C(card4(luhn_complete('3530', 16, g)))}, exp 11/29\n[Zendesk chat] Agent: Please don't send card numbers in chat — I'll send you a secure payment link instead.")
    return out


def negatives(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(src: str, t: str) -> None:
        out.append((f"holdout35:{src}", t))

    add("setup-steps-secrets-ref", setup_steps("      - name: Install deps\n        run: pip install -r requirements.txt\n      - name: Configure inverter API\n        env:\n          SOLAX_TOKEN: ${{ secrets.SOLAX_TOKEN }}\n          NEXTRACKER_CLIENT_SECRET: ${{ secrets.NEXTRACKER_CLIENT_SECRET }}\n        run: python scripts/check_env.py\n"))
    add("env-example", "# .env.example — copy to .env and fill in\nNOURISH_CARE_CLIENT_ID=\nNOURISH_CARE_CLIENT_SECRET=<your-client-secret>\nSANDATA_EVV_USER=changeme\nSANDATA_EVV_PASSWORD=changeme\nTUNSTALL_SHARED_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
    add("git-log-hashes", f"$ git log --oneline -6\n{g.s(HEX, 7)} (HEAD -> main, origin/main) Merge pull request #412 from copilot/fix-solax-retry\n{g.s(HEX, 7)} Retry SolaX poller with exponential backoff\n{g.s(HEX, 7)} Read inverter token from Key Vault\n{g.s(HEX, 7)} Bump pvlib from 0.11.2 to 0.13.0\n{g.s(HEX, 7)} Add Kalajoki wind farm to site list\n{g.s(HEX, 7)} Initial commit")
    add("docker-digests", f"$ docker images --digests | grep kitchen\nghcr.io/tavola/kitchen-display   2.8.1   sha256:{g.s(HEX, 64)}   4b1e0a9c2f11   3 days ago   188MB\nghcr.io/tavola/order-router      1.14.0  sha256:{g.s(HEX, 64)}   9e77c03d1a52   5 days ago   96.4MB")
    add("usage-record-clean", ndjson({"ts": "2026-11-27T08:11:42Z", "enterprise": "pixel-koi", "feature": "code_completion", "editor": "jetbrains", "language": "csharp", "suggestions": 14, "accepted": 6, "request_id": g.uuid()}, {"ts": "2026-11-27T08:11:58Z", "enterprise": "pixel-koi", "feature": "chat", "editor": "jetbrains", "model": "claude-sonnet-4.5", "tokens_in": 2211, "tokens_out": 388, "request_id": g.uuid()}))
    add("terraform-vars", "variable \"quandoo_auth_token\" {\n  type        = string\n  sensitive   = true\n  description = \"Quandoo partner token. Set via TF_VAR_quandoo_auth_token in CI, never in tfvars.\"\n}\n\nresource \"azurerm_key_vault_secret\" \"quandoo\" {\n  name         = \"quandoo-auth-token\"\n  value        = var.quandoo_auth_token\n  key_vault_id = azurerm_key_vault.rest.id\n}")
    add("k8s-secretref", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: matchmaker\nspec:\n  template:\n    spec:\n      containers:\n        - name: director\n          image: ghcr.io/pixel-koi/open-match-director:1.8.0\n          env:\n            - name: REDIS_PASSWORD\n              valueFrom:\n                secretKeyRef:\n                  name: open-match-frontend\n                  key: redis-password")
    add("turbine-coordinates", "turbine_id,lat,lon,hub_height_m,rated_kw\nKAL-01,64.2871,23.9484,150,5600\nKAL-02,64.2903,23.9611,150,5600\nKAL-03,64.2936,23.9739,150,5600\nKAL-04,64.2968,23.9866,150,5600")
    add("vin-decode", "VIN 1FTEW1EP5NKD88213 decoded:\n  WMI: 1FT (Ford Motor Company, truck)\n  Model year: 2022 (N)\n  Plant: D (Dearborn)\n  Serial: 88213\nRecall campaigns: 22S41, 23V-112 — none open.")
    add("stripe-docs-example", "From the Stripe docs, test mode only:\n\n```bash\ncurl https://api.stripe.com/v1/charges \\\n  -u sk_test_4eC39HqLyjWDarjtT1zdp7dc: \\\n  -d amount=2000 -d currency=eur -d source=tok_visa\n```\n\nThat's the public documentation key; it can't touch a live account.")
    add("test-fixture-fake", "# tests/fixtures/residents.py — obviously fake data, do not replace with real records\nRESIDENT = {\n    \"name\": \"Test Resident\",\n    \"dob\": \"1900-01-01\",\n    \"nhs_number\": \"000 000 0000\",\n    \"phone\": \"00000 000000\",\n    \"address\": \"1 Example Street, Exampletown\",\n}")
    add("order-numbers", "Bestellübersicht Druckerei Weber, KW 48\nAuftrag 2026-44812  Flyer A5, 5.000 Stk.   Status: Druck\nAuftrag 2026-44813  Broschüre A4, 250 Stk. Status: Weiterverarbeitung\nAuftrag 2026-44814  Visitenkarten, 500 Stk. Status: Versand\nSumme netto: 3.812,40 EUR")
    add("build-numbers", "Unity Cloud Build #4471 — HollowTide (Android, release)\nCommit 9f2c1a0  ·  Unity 6000.2.8f1  ·  Gradle 8.11\nBuild succeeded in 18m 42s\nArtifact: HollowTide-2.4.0-b4471.aab (148.2 MB)\nBuild GUID 7d0f3e2a-51b4-4c8e-9a10-2f6b44e1c9d7")
    add("es-ar-placeholder", "Che, para correr la integración de PedidosYa local tenés que poner tu propia clave en el .env:\n\nPEDIDOSYA_API_KEY=<tu-clave-aca>\n\nNo uses la de producción, pedí una de sandbox en el portal de partners.")
    add("uuid-idempotency", f"POST /v3/orders HTTP/1.1\nHost: api.prodigi.com\nIdempotency-Key: {g.uuid()}\nX-Request-Id: {g.uuid()}\nContent-Type: application/json\n\n{{\"merchantReference\": \"PO-2026-1182\", \"shippingMethod\": \"Standard\", \"items\": [{{\"sku\": \"GLOBAL-CAN-10x10\", \"copies\": 2}}]}}")
    add("jp-rules", cursor_rule("介護記録アプリのルール", "- 利用者の氏名・生年月日・住所はログに出力しない\n- APIキーは必ず環境変数から読む（例: `process.env.NOURISH_API_KEY`）\n- テストデータには `テスト 太郎` のような明らかな架空値を使う\n- コミット前に `npm run lint` を実行"))
    add("windsurf-memory-clean", windsurf_memory("Project conventions: kitchen-display", "Orders flow: POS → order-router (Go) → KDS (React). Secrets come from Doppler; the CLI is `doppler run -- make dev`. Never print env in CI logs. Order ids look like ORD-2026-XXXXXX."))
    add("semver-changelog", "## 3.2.0 — 2026-11-20\n- Support OCPP 2.0.1 for the wallbox chargers\n- Fix rounding of kWh in monthly invoices (#1182)\n\n## 3.1.4 — 2026-10-02\n- Bump cryptography to 46.0.1\n- Drop Python 3.9")
    add("secrets-manager-lookup", "import boto3\n\nsm = boto3.client(\"secretsmanager\", region_name=\"eu-west-1\")\nsecret = sm.get_secret_value(SecretId=\"prod/restaurant365/odata\")[\"SecretString\"]\nclient = R365Client.from_json(secret)")
    add("fr-ch-docs", "Pour configurer l'accès à RaiseNow, définissez les variables suivantes dans votre environnement :\n\n| Variable | Exemple |\n|---|---|\n| `RAISENOW_CLIENT_ID` | `mon-organisation` |\n| `RAISENOW_CLIENT_SECRET` | `<secret fourni par RaiseNow>` |\n\nNe les committez jamais dans le dépôt.")
    add("coderabbit-clean", coderabbit("src/booking/slots.ts", "The slot generation loop is O(n²) over the trainer list; for the Zürich studio (48 trainers × 96 slots) this is fine, but consider a Map keyed by `trainerId` if the list grows.\n\n```diff\n-const t = trainers.find(x => x.id === slot.trainerId);\n+const t = trainersById.get(slot.trainerId);\n```"))
    add("qodo-clean", qodo_merge("No security concerns identified. The PR only changes how `OrderTotal` rounds VAT (19% → applied per line instead of per order)."))
    add("sha-checksums", f"SHA256SUMS for pvsyst-export-tool 1.4.2\n{g.s(HEX, 64)}  pvsyst-export-1.4.2-linux-x86_64.tar.gz\n{g.s(HEX, 64)}  pvsyst-export-1.4.2-macos-arm64.tar.gz\n{g.s(HEX, 64)}  pvsyst-export-1.4.2-windows-x64.zip")
    add("timestamps-log", "2026-11-27T06:00:00.004Z INFO  scheduler  job=forecast-refresh run=88213 started\n2026-11-27T06:00:41.918Z INFO  forecast   sites=37 horizon=48h model=lgbm-v14\n2026-11-27T06:01:02.220Z WARN  forecast   site=PS-ALENTEJO-3 missing irradiance for 2026-11-26T23:00Z, interpolated\n2026-11-27T06:01:05.007Z INFO  scheduler  job=forecast-refresh run=88213 finished rc=0")
    add("public-companies-tr", "Türkiye'deki rüzgar santralleri için rakipler: Enerjisa Üretim, Borusan EnBW, Polat Enerji ve Nordex'in İzmir kanat fabrikası. Piyasa payları EPDK'nın 2025 raporundan alındı.")
    add("de-at-env-lookup", "Der Token wird zur Laufzeit gelesen:\n\n```python\ntoken = os.environ.get(\"PROPSTACK_API_KEY\")\nif not token:\n    raise RuntimeError(\"PROPSTACK_API_KEY fehlt – bitte in der .env setzen\")\n```\n\nIm Repo steht nur die `.env.example` mit leerem Wert.")
    add("game-ids", "Steam app 2841190 (Hollow Tide) — depot 2841191 (Windows), depot 2841192 (Linux)\nBuild ID 18822104 set live on branch `public` at 2026-11-26 17:00 UTC\nAchievement API names: ACH_FIRST_TIDE, ACH_KOI_100, ACH_NO_DAMAGE_BOSS3")
    add("mcp-postgres-schema", mcp("postgres", "query: \\d residents\n\n   Column    |  Type   | Nullable\n-------------+---------+----------\n id          | uuid    | not null\n full_name   | text    | not null\n dob         | date    | not null\n room        | text    |\n created_at  | timestamptz | not null\n\nIndexes:\n    \"residents_pkey\" PRIMARY KEY, btree (id)"))
    add("mcp-twilio-status", mcp("twilio", dumps({"sid": "SM" + g.s(HEX, 32), "status": "delivered", "num_segments": "1", "price": "-0.0079", "price_unit": "USD", "api_version": "2010-04-01", "error_code": None})))
    add("ko-design-doc", "배달 주문 API 설계\n- 주문 ID: `ORD-{yyyyMMdd}-{6자리 일련번호}` 형식 (예: ORD-20261127-000412)\n- 인증: `Authorization: Bearer <access_token>` — 토큰은 환경 변수 `DELIVERY_API_TOKEN`에서 읽음\n- 타임아웃 3초, 재시도 2회")
    add("ar-gulf-placeholder", "الرجاء وضع مفتاح YallaMotor الخاص بك هنا:\nYALLAMOTOR_API_KEY=xxxxxxxxxxxxxxxx\nلا تستخدم المفتاح التجريبي في الإنتاج.")
    add("copilot-cli-clean", copilot_cli("run the tests for the reservations module", "Ran `pytest tests/reservations -q`:\n\n```\n........................................ [ 88%]\n.....                                    [100%]\n45 passed in 3.41s\n```\n\nAll tests pass. No changes were needed."))
    add("codex-rollout-clean", codex_rollout(["bash", "-lc", "rg -n 'TODO' src/printqueue | head"], "src/printqueue/spool.py:41:# TODO: handle duplex for A3\nsrc/printqueue/imposition.py:118:# TODO: bleed of 3mm is hard-coded"))
    add("tabnine-clean", tabnine("how do I convert kWh to MWh in pandas?", "Divide the column by 1000:\n\n```python\ndf[\"energy_mwh\"] = df[\"energy_kwh\"] / 1000\n```"))
    add("pt-release-notes", "Notas da versão 5.4 da app do Padel Club:\n- Reservas recorrentes às terças\n- Correção do fuso horário (Europe/Lisbon)\n- O código de reserva passa a ter 8 caracteres, por ex. PCX-4K8T")
    add("jwt-doc-example", "The JWT in the Shopmonkey docs is just the canonical sample from jwt.io:\n\neyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c\n\nDecode it and you'll see the dummy subject 1234567890.")
    add("linear-clean", linear_issue("GYM-77", "Class booking shows wrong capacity", "The capacity for 'Spin 45' should be 24, not 42. Repro: open /classes/spin-45 on 2026-11-28 and compare with the admin view. Probably a swapped digit in the seed migration `0042_class_capacity.py`."))
    add("azure-board-clean", azure_board(23011, "Switch PDF renderer for royalty statements", "Replace wkhtmltopdf with WeasyPrint 66. Acceptance: statements render in under 2 s, fonts embedded (Noto Sans + Noto Sans Devanagari), A4 with 15 mm margins."))
    add("sv-config-clean", "# Konfiguration för hemtjänstplaneringen\n[planering]\nmax_besok_per_dag = 9\nrestid_minuter = 15\ntidszon = Europe/Stockholm\nanvand_kartor = true")
    add("hi-docs", "सेटअप:\n1. `.env.example` को `.env` में कॉपी करें\n2. `ZOMATO_API_KEY=` के आगे अपनी कुंजी डालें (उदाहरण: `your-key-here`)\n3. `npm run dev` चलाएँ")
    add("vi-log", "2026-11-27 08:02:11 INFO  đồng bộ lịch hẹn: 128 bản ghi\n2026-11-27 08:02:12 WARN  bỏ qua 2 bản ghi thiếu biển số xe\n2026-11-27 08:02:12 INFO  hoàn tất trong 1.2s")
    add("id-ci-config", "name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v5\n      - uses: actions/setup-python@v6\n        with:\n          python-version: '3.13'\n      - run: pytest -q  # uji modul pemesanan bengkel")
    add("sw-chat-clean", "Habari timu, mfumo wa kupokea oda utazimwa Jumamosi saa 2 usiku hadi saa 4 kwa matengenezo. Hakuna hatua inayohitajika kutoka kwenu.")
    add("el-invoice-template", "Πρότυπο τιμολογίου (template):\nΑρ. τιμολογίου: {{invoice_no}}\nΠελάτης: {{customer_name}}\nΑΦΜ: {{vat_id}}\nΣύνολο: {{total}} €")
    add("he-deploy-notes", "הערות פריסה: גרסה 2.8.1 עלתה לייצור ב-27/11 בשעה 14:00. מספר בנייה 4471, קומיט 9f2c1a0. אין שינויי סכימה.")
    add("fi-placeholder-yaml", "wolt:\n  api_key: ${WOLT_API_KEY}   # asetetaan ympäristömuuttujana\n  venue_id: kallio-ramen\n  timeout_s: 10")
    add("zh-readme", "## 配置\n\n在 `config.yaml` 中设置：\n\n```yaml\noddle:\n  api_key: \"<在此填写>\"\n  store: sg-chinatown\n```\n\n密钥请从 1Password 的“外卖平台”保管库中获取。")
    add("ro-migration", "Migrarea 0042 adaugă coloana `cod_comanda` (varchar 16) și indexul `idx_comenzi_data`. Rulați `python manage.py migrate` înainte de a porni serverul.")
    add("it-menu-api", "GET /api/v2/menu?lang=it&categoria=primi\n\n[{\"id\": 112, \"nome\": \"Tagliatelle al ragù\", \"prezzo\": 12.5}, {\"id\": 113, \"nome\": \"Risotto alla milanese\", \"prezzo\": 14.0}]")
    add("hu-sql-placeholder", "-- a jelszót a Vaultból olvassuk, itt csak helyőrző\nCREATE USER riport WITH PASSWORD 'CHANGE_ME';\nGRANT SELECT ON ALL TABLES IN SCHEMA public TO riport;")
    add("sweep-clean", sweep("I will add pagination to `GET /listings` using `?cursor=` tokens. Changes:\n- `api/listings.py`: accept `cursor`, return `next_cursor`\n- `tests/test_listings.py`: 3 new tests\nNo configuration changes are needed."))
    add("plandex-clean", plandex("• src/imposition/sheet.ts (+42 −8)\n• src/imposition/bleed.ts (new)\nApplied 2 changes. Run `npm test` to verify."))
    add("interpreter-clean", interpreter("import pandas as pd\ndf = pd.read_csv('turbines.csv')\nprint(df.rated_kw.sum())", "22400"))
    add("goose-clean", goose("text_editor", "Viewed src/reservations/models.py (lines 1-40). The `Reservation` model has fields: id, table_id, starts_at, party_size, status."))
    add("roo-clean", roo("architect", "Proposed structure for the donor portal:\n- apps/web (Next.js)\n- apps/api (FastAPI)\n- packages/ui\nAuth via the charity's existing Entra ID tenant; no secrets in the repo."))
    add("trae-clean", trae("已创建 `src/kds/OrderCard.tsx`，并更新了 `src/kds/index.ts` 的导出。运行 `pnpm dev` 预览。"))
    add("hash-passwords-test", "def test_hash_roundtrip():\n    h = hash_password(\"correct horse battery staple\")\n    assert verify_password(\"correct horse battery staple\", h)\n    assert not verify_password(\"wrong\", h)")
    add("mcp-supabase-clean", mcp("supabase", "Listed 4 tables in schema public: bookings (1,284 rows), classes (96 rows), trainers (48 rows), studios (3 rows). RLS enabled on all tables."))
    add("mcp-salesforce-clean", mcp("salesforce", dumps({"totalSize": 3, "records": [{"Name": "Windpark Weinviertel GmbH", "Type": "Customer"}, {"Name": "Solaris MD SRL", "Type": "Partner"}, {"Name": "Pixel Koi Games Ltd", "Type": "Prospect"}]})))
    add("es-cl-docs-placeholder", "Para probar la integración con NetSol en local:\n\n1. Copia `config/netsol.example.yml` a `config/netsol.yml`.\n2. Reemplaza `usuario: TU_USUARIO` y `clave: TU_CLAVE` por las credenciales de sandbox.\n3. Ejecuta `bundle exec rspec spec/netsol`.\n\nNunca uses las credenciales de producción en tu máquina.")
    add("fr-cm-meeting-notes", "Compte rendu – réunion ONG du 26/11\n- Budget 2027 validé (48 200 000 FCFA)\n- Migration du site vers Next.js 16 prévue en janvier\n- Les clés API seront gérées dans Doppler, plus jamais dans les fichiers .env partagés\n- Prochaine réunion : 10/12 à 15h")
    add("ar-gulf-eventhub-clean", eventhub(dumps({"event": "copilot.chat.turn", "surface": "vscode", "language": "ar", "prompt_chars": 412, "completion_chars": 1880, "model": "gpt-5", "request_id": "req_7d0f3e2a51b4"})))
    add("ja-cursor-bg-clean", cursor_bg("`src/kaigo/schedule.ts` の週次スケジュール生成をリファクタリングしました。\n- 祝日判定を `@holiday-jp/holiday_jp` に置き換え\n- テスト 24 件追加（すべて成功）\nシークレットや個人情報には触れていません。"))
    add("th-release-note", "บันทึกการออกรุ่น 4.2.0\n- เพิ่มการสั่งอาหารล่วงหน้า\n- แก้บั๊กเวลาในโซน Asia/Bangkok\n- หมายเลขคำสั่งซื้อรูปแบบใหม่: TH-2026-000412")
    add("nl-api-doc-example", "Voorbeeld uit de Realworks API-documentatie:\n\n```http\nGET /api/v1/woningen HTTP/1.1\nAuthorization: Bearer <jouw-token>\n```\n\nVervang `<jouw-token>` door het token uit het Realworks-portaal.")
    add("sw-usage-dashboard", "Muhtasari wa matumizi ya Copilot – Novemba\n- Watumiaji hai: 42\n- Mapendekezo yaliyokubaliwa: 18,402 (31%)\n- Lugha kuu: TypeScript, Python, Kotlin\nHakuna data binafsi iliyohifadhiwa katika ripoti hii.")
    add("de-copilot-space-clean", space("werkstatt-planer", "Wie berechnet das System die Dauer einer Inspektion?", "Die Dauer kommt aus der Tabelle `arbeitswerte` (AW, 1 AW = 5 Minuten). Für eine große Inspektion beim Golf 8 sind 24 AW hinterlegt, also 2 Stunden. Die Werte stammen aus dem Herstellerkatalog und werden monatlich importiert."))
    add("ko-hash-list", "체크섬 확인:\nsha1  a94a8fe5ccb19ba61c4c0873d391e987982fbbd3  release/kds-2.8.1.apk\nmd5   5d41402abc4b2a76b9719d911017c592  release/kds-2.8.1.apk\n둘 다 빌드 서버 출력과 일치합니다.")
    add("fi-eclipse-clean", eclipse("Miten lisään uuden tuulivoimalan sivustolistaan?", "Lisää rivi tiedostoon `sites.csv` muodossa `KAL-05,64.3001,23.9994,150,5600` ja aja `mvn -q test`. Koordinaatit ovat WGS84-muodossa."))
    add("hi-qodo-clean", qodo_merge("कोई सुरक्षा समस्या नहीं मिली। यह PR केवल मेनू की कीमतों को दो दशमलव स्थानों तक गोल करता है।"))
    add("pl-placeholder-k8s", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: techland-qa\nstringData:\n  api-key: \"REPLACE_ME\"  # uzupełnia pipeline z Vaulta\n  webhook-secret: \"REPLACE_ME\"")
    return out
