# ruff: noqa: E501, RUF001  -- item tables hold whole texts on one line; foreign letters are intended.
"""Nineteenth held-out set: coding-agent material from Copilot Chat, the Copilot coding agent,
Codex CLI, Gemini CLI, Amazon Q Developer, Qodo, Tabnine, OpenHands, Devin and Augment, written
blind (see README.md). Domains: biotech labs, maritime and ports, construction, sports clubs,
public transport, mining, travel agencies, municipal services, charities. Providers N-Z that no
earlier set used.
"""

from __future__ import annotations

import json

from _markup import IP, A, C, D, E, I, P, S, T, U, shell
from _values import ALNUM, DIGITS, HEX, HEXU, LOWNUM, UPNUM, Gen, iban, luhn_complete

B64URL = ALNUM + "-_"


def dumps(obj: object, **kw: object) -> str:
    kw.setdefault("ensure_ascii", False)
    return json.dumps(obj, **kw)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------------
# carriers


def codex_call(cmd: str, call: str = "call_c9XvT2") -> str:
    """Codex CLI rollout line: a shell function_call (arguments are a JSON string)."""
    return dumps({"type": "response_item", "payload": {"type": "function_call", "name": "shell", "arguments": dumps({"command": ["bash", "-lc", cmd], "workdir": "/workspace", "timeout_ms": 120000}), "call_id": call}})


def codex_out(output: str, call: str = "call_c9XvT2") -> str:
    """Codex CLI rollout line: the function_call_output (output is a JSON string inside)."""
    return dumps({"type": "response_item", "payload": {"type": "function_call_output", "call_id": call, "output": dumps({"output": output, "metadata": {"exit_code": 0, "duration_seconds": 0.4}})}})


def gemini_call(name: str, args: dict[str, object]) -> str:
    return dumps({"role": "model", "parts": [{"functionCall": {"name": name, "args": args}}]})


def gemini_resp(name: str, output: str) -> str:
    return dumps({"role": "user", "parts": [{"functionResponse": {"name": name, "response": {"output": output}}}]})


def openhands_run(cmd: str, out: str) -> str:
    a = dumps({"id": 41, "source": "agent", "action": "run", "args": {"command": cmd, "is_input": False, "thought": ""}})
    o = dumps({"id": 42, "source": "environment", "observation": "run", "content": out, "extras": {"metadata": {"exit_code": 0, "working_dir": "/workspace"}}})
    return a + "\n" + o


def q_chat(prompt: str, answer: str) -> str:
    return f"Amazon Q Developer\n\n> {prompt}\n\n{answer}"


def copilot_chat(turns: list[tuple[str, str]]) -> str:
    return "\n\n".join(f"**{who}:** {text}" for who, text in turns)


def pr_body(title: str, body: str) -> str:
    return f"## {title}\n\n{body}\n\n---\n*This pull request was created by Copilot coding agent.*"


def devin_msg(text: str) -> str:
    return f"Devin  ·  {text}"


def augment_view(path: str, body: str) -> str:
    lines = body.split("\n")
    return f"Augment Agent › view {path}\nHere's the result of running `cat -n` on {path}:\n" + "\n".join(f"{i:6d}\t{x}" for i, x in enumerate(lines, 1))


def tabnine(question: str, answer: str) -> str:
    return f"Tabnine Chat\nYou: {question}\nTabnine: {answer}"


def qodo(cmd: str, body: str) -> str:
    return f"**{cmd}** (Qodo Merge)\n\n{body}"


# ---------------------------------------------------------------------------------------------


def secrets(g: Gen) -> list[tuple[str, list[str], str]]:
    out: list[tuple[str, list[str], str]] = []

    def add(p: str, t: str, providers: list[str] | None = None) -> None:
        out.append((f"holdout19:{p}", providers or [p], t))

    # biotech / labs
    add("scinote", codex_call("grep -rn SCINOTE .env.lab") + "\n" + codex_out(f".env.lab:3:SCINOTE_BASE_URL=https://eln.helixora-bio.com\n.env.lab:4:SCINOTE_CLIENT_ID={g.s(LOWNUM, 43)}\n.env.lab:5:SCINOTE_CLIENT_SECRET={S(g.mixed(ALNUM, 43))}\n.env.lab:9:SCINOTE_TEAM_ID=12"))
    add("quartzy", f"# lab-supplies/sync_orders.rb\nrequire 'faraday'\n\nQUARTZY = Faraday.new(url: 'https://api.quartzy.com') do |f|\n  f.headers['Access-Token'] = '{S(g.s(HEX, 40))}'\n  f.headers['Accept'] = 'application/json'\nend\n\nresp = QUARTZY.get('/order-requests', lab_id: 'a2b8e3c1-lab-microbio')\nputs resp.status")
    add("protocolsio", gemini_call("run_shell_command", {"command": f"curl -s -H 'Authorization: Bearer {S(g.s(HEX, 64))}' 'https://www.protocols.io/api/v3/protocols?filter=user_private&page_size=20'", "description": "Lista protocolos privados del laboratorio"}))
    add("pennsieve", f"[global]\ndefault_profile = lab_neuro\n\n[lab_neuro]\napi_token = {g.uuid()}\napi_secret = {S(g.uuid())}\n\n# ~/.pennsieve/config.ini — skapad av Pennsieve-agenten, dela inte filen")
    add("veeva+qualio", q_chat("Why does the CAPA sync job fail with INVALID_SESSION_ID?", f"The job logs in to Vault with a fixed session and then calls Qualio. In `capa_sync/settings.py` I can see:\n\n```python\nVEEVA_VAULT_DNS = \"helixora.veevavault.com\"\nVEEVA_USERNAME = \"{E('integration@helixora.com')}\"\nVEEVA_PASSWORD = \"{S(g.password())}\"\nQUALIO_API_TOKEN = \"{S(g.mixed(ALNUM, 48))}\"\n```\n\nVault sessions expire after 20 minutes of inactivity; re-authenticate on INVALID_SESSION_ID instead of caching the session id for the whole run. I'd also move both credentials to AWS Secrets Manager."), ["veeva", "qualio"])
    add("synthace", f"synthace:\n  endpoint: https://api.synthace.io/v1\n  org: helixora-automation\n  credentials:\n    key_id: SYN-{g.s(UPNUM, 10)}\n    key_secret: \"{S(g.b64(36))}\"\nliquid_handler:\n  model: Hamilton STAR\n  deck: deck_v3.json")
    add("riffyn+strateos", f"Oi! Segue o trecho do notebook que quebrou depois da atualização do SDK:\n\n```python\nriffyn.api_key = \"{S(g.mixed(ALNUM, 32))}\"\nstrateos = StrateosConnection(email=\"{E('robo-bancada@helixora.com.br')}\", token=\"{S(g.mixed(B64URL, 20))}\", organization_id=\"org1e7kqmz\")\n```\n\nO erro é `401 Unauthorized` só no Strateos; o Riffyn funciona.", ["riffyn", "strateos"])
    add("openbis", shell("python -c \"from pybis import Openbis; o=Openbis('https://openbis.labnet.internal'); o.login('lims_sync', '" + S(g.password()) + "', save_token=True)\"", "Session token saved: lims_sync-251127021300123x" + g.s(HEXU, 32), prompt="(pybis) $ "), ["openbis", "password"])
    add("nanopore", f"{{\n  \"minknow\": {{\n    \"host\": \"gridion-02.seqlab.local\",\n    \"port\": 9502,\n    \"developer_api_token\": \"{S(g.uuid())}\"\n  }},\n  \"epi2me\": {{ \"workflow\": \"wf-human-variation\", \"profile\": \"singularity\" }}\n}}")
    add("numerai", f"Terjemahan komentar (Bahasa Indonesia) — file `lab/upload.R`:\n\n```r\n# Token untuk LabArchives dipindah ke .Renviron nanti\nlibrary(httr)\nNUMERAI_PUBLIC_ID <- \"{g.s(UPNUM, 32)}\"\nNUMERAI_SECRET_KEY <- \"{S(g.s(UPNUM, 64))}\"\nres <- POST(\"https://api-tournament.numer.ai\", add_headers(Authorization = paste0(\"Token \", NUMERAI_PUBLIC_ID, \"$\", NUMERAI_SECRET_KEY)))\n```", ["numerai"])

    # maritime and ports
    add("vesselfinder", f"$ curl -s \"https://api.vesselfinder.com/vesselslist?userkey={S('WS-' + g.s(UPNUM, 8) + '-' + g.s(UPNUM, 6))}&format=json\" | jq '.[0].AIS | {{MMSI, NAME, DESTINATION}}'\n{{\n  \"MMSI\": 257013820,\n  \"NAME\": \"NORDKAPP FJORD\",\n  \"DESTINATION\": \"NOBGO\"\n}}")
    add("stormglass", tabnine("Can you make this forecast call async?", f"Sure — here is the async version:\n\n```ts\nconst STORMGLASS_KEY = \"{S(g.s(HEX, 32) + '-' + g.s(HEX, 32))}\";\n\nexport async function swell(lat: number, lng: number) {{\n  const r = await fetch(`https://api.stormglass.io/v2/weather/point?lat=${{lat}}&lng=${{lng}}&params=swellHeight,windSpeed`, {{ headers: {{ Authorization: STORMGLASS_KEY }} }});\n  return r.json();\n}}\n```\n\nYou should not ship the key in the bundle; proxy the request through your API."))
    add("spire", f"query ($mmsi: [MMSI!]) {{\n  vessels(mmsi: $mmsi) {{ nodes {{ staticData {{ name imo }} lastPositionUpdate {{ latitude longitude timestamp }} }} }}\n}}\n\n# HTTP headers (GraphQL Playground)\n{{\n  \"Authorization\": \"Bearer {S(g.mixed(ALNUM, 32))}\"\n}}")
    add("searoutes+xeneta", f"| service   | env  | key                                  |\n|-----------|------|--------------------------------------|\n| searoutes | prod | `{S(g.mixed(ALNUM, 40))}` |\n| xeneta    | prod | `{S(g.s(HEX, 48))}` |\n| portcast  | prod | *(in Vault)* |\n\nKommentar: tabellen ska bort ur wikin innan revisionen.", ["searoutes", "xeneta"])
    add("portcast", devin_msg(f"I found the Portcast credentials hard-coded in `tracking/portcast_client.py` line 12 (`PORTCAST_API_KEY = \"{S(g.s(LOWNUM, 36))}\"`). I moved them to the `PORTCAST_API_KEY` secret in the Devin workspace and replaced the literal with `os.environ[\"PORTCAST_API_KEY\"]`. You should rotate the old key since it is in the git history."))
    add("portbase", f"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <appSettings>\n    <add key=\"Portbase.Endpoint\" value=\"https://api.portbase.com/track-trace/v2\" />\n    <add key=\"Portbase.ClientId\" value=\"terminal-rtm-planning\" />\n    <add key=\"Portbase.ClientSecret\" value=\"{S(g.mixed(ALNUM, 36))}\" />\n    <add key=\"Terminal.Code\" value=\"ECTDELTA\" />\n  </appSettings>\n</configuration>")
    add("sinay", openhands_run("cat config/sinay.yaml", f"sinay:\n  base_url: https://api.sinay.ai/co2/api/v2\n  api_key: \"{S(g.uuid())}\"\n  port_unlocode: NOOSL\nemissions:\n  report_daily: true"))
    add("navionics", f"// Kotlin (Android) — chart overlay for the marina app\nobject NavionicsConfig {{\n    const val SDK_KEY = \"{S('NAV-' + g.s(UPNUM, 24))}\"\n    const val LAYER = \"sonarchart\"\n}}")
    add("marine_password", f"Hei! Jeg har problemer med å koble til havnens SCADA-database fra skriptet. Passordet er {S(g.password())} og brukeren er `havn_lesetilgang`. Feilmeldingen er `FATAL: no pg_hba.conf entry for host`. Hva gjør jeg feil?", ["password"])

    # construction
    add("procore", gemini_call("write_file", {"file_path": "/home/dev/site-sync/.env", "content": f"PROCORE_CLIENT_ID={g.s(HEX, 64)}\nPROCORE_CLIENT_SECRET={S(g.s(HEX, 64))}\nPROCORE_COMPANY_ID=562949953421312\nPROCORE_REDIRECT_URI=urn:ietf:wg:oauth:2.0:oob\n"}))
    add("planradar", f"$ http GET https://www.planradar.com/api/v1/1284617/projects \"X-PlanRadar-API-Key:{S(g.s(HEX, 32))}\"\nHTTP/1.1 200 OK\nContent-Type: application/vnd.api+json\n\n{{\"data\":[{{\"id\":\"rqmxz\",\"type\":\"projects\",\"attributes\":{{\"name\":\"Bürogebäude Nordpark BA2\"}}}}]}}")
    add("plangrid+raken", f"# field-apps.toml\n[plangrid]\napi_key = \"{S(g.s(HEX, 40))}\"\nproject = \"b3c1-hospital-wing\"\n\n[raken]\nclient_id = \"raken-int-0417\"\nclient_secret = \"{S(g.mixed(ALNUM, 48))}\"\ndaily_report_hour = 17", ["plangrid", "raken"])
    add("viewpoint", f"Viewpoint Vista-integrationen (ekonomi) använder följande anslutning — tillfälligt, vi byter till Key Vault i sprint 14:\n\n    Server=vista-sql.bygg.local;Database=Viewpoint;User Id={U('vp_integration')};Password={S(g.password())};TrustServerCertificate=True", ["viewpoint", "password"])
    add("openspace", f"export const openspace = new OpenSpaceClient({{\n  region: 'eu',\n  apiKey: process.env.OPENSPACE_API_KEY ?? '{S('osk_' + g.mixed(ALNUM, 40))}',\n}});")
    add("simpro", f"The simPRO integration test prints the token on failure:\n\n```\nFAILED tests/test_simpro.py::test_jobs_sync - requests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://kiwiplumb.simprosuite.com/api/v1.0/companies/0/jobs/?access_token={S(g.s(HEX, 40))}\n```")
    add("tradify+rhumbix", f"CREATE TABLE integration_credentials (provider text, token text, updated date);\nINSERT INTO integration_credentials VALUES\n  ('tradify', '{S(g.mixed(ALNUM, 44))}', '2026-10-02'),\n  ('rhumbix', '{S(g.s(HEX, 40))}', '2026-10-05');", ["tradify", "rhumbix"])
    add("planfix", f"Ahoj, prosím skontroluj tento Dockerfile pre stavebný portál:\n\n```dockerfile\nFROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nENV PLANFIX_ACCOUNT=stavby-kosice\nENV PLANFIX_TOKEN={S(g.s(HEX, 32))}\nRUN pip install -r requirements.txt\nCMD [\"gunicorn\", \"portal.wsgi\"]\n```\n\nVraj je zlé mať token priamo v ENV, prečo?", ["planfix"])

    # sports clubs
    add("sportmonks", f"<?php\n// config/services.php\nreturn [\n    'sportmonks' => [\n        'token' => env('SPORTMONKS_TOKEN', '{S(g.mixed(ALNUM, 60))}'),\n        'league' => 501,\n    ],\n];")
    add("sportradar", shell("node scripts/fetch-fixtures.mjs", f"GET https://api.sportradar.com/soccer/trial/v4/en/competitions/sr:competition:17/seasons.json?api_key={S(g.mixed(ALNUM, 40))}\n→ 429 Too Many Requests (retry in 1s)"))
    add("teamsnap", copilot_chat([("user", f"my TeamSnap webhook isn't firing. token is {S(g.s(HEX, 64))} — is the header name right? I'm sending `X-Teamsnap-Token`"), ("GitHub Copilot", "TeamSnap's API expects `Authorization: Bearer <token>`; custom header names are ignored. Also, since you pasted the token here, regenerate it in the TeamSnap developer portal.")]))
    add("spond", f"# spond_sync.py — henter treningsoppmøte for G14-laget\nfrom spond import spond\n\nUSERNAME = \"{E('trener.g14@sandvikfk.no')}\"\nPASSWORD = \"{S(g.password())}\"\nGROUP_ID = \"C9DC791FFE63D8914E9AB2CAB1B1F8D3\"\n\ns = spond.Spond(username=USERNAME, password=PASSWORD)", ["spond", "password"])
    add("playtomic", f"padel-bot:\n  image: ghcr.io/clubpadel/booking-bot:1.4.2\n  environment:\n    PLAYTOMIC_CLIENT_ID: ea5d-club-integrations\n    PLAYTOMIC_CLIENT_SECRET: \"{S(g.mixed(ALNUM, 32))}\"\n    TENANT_ID: 4f1a0b5e-6c2d-4e0a-9d71-8e3b2c1f0a45\n    TZ: Europe/Madrid")
    add("pitchero+toornament", f"Buenas, os paso las credenciales del torneo de verano para el script de resultados (no las subáis al repo 🙏):\n\n- Pitchero API key: {S(g.s(HEX, 32))}\n- Toornament X-Api-Key: {S(g.mixed(B64URL, 43))}\n- client secret Toornament: {S(g.mixed(ALNUM, 50))}", ["pitchero", "toornament"])
    add("statsbomb", f"import os\nfrom statsbombpy import sb\n\ncreds = {{\"user\": \"{E('analytics@ifk-vastra.se')}\", \"passwd\": \"{S(g.mixed(ALNUM + '!@', 16))}\"}}\nevents = sb.events(match_id=3895302, creds=creds)", ["statsbomb"])
    add("opta", f"opta_feed:\n  outlet_key: {S(g.s(LOWNUM, 26))}\n  secret_key: {S(g.s(HEXU, 32))}\n  feeds: [MA1, MA2, TM3]\n  competition: 8  # Premier League")
    add("wodify+virtuagym", f"{{\"gyms\": [{{\"name\": \"CrossFit Østerbro\", \"platform\": \"wodify\", \"x-api-key\": \"{S(g.mixed(ALNUM, 40))}\"}}, {{\"name\": \"Fit Zone Utrecht\", \"platform\": \"virtuagym\", \"club_id\": 15523, \"api_key\": \"{S(g.s(LOWNUM, 32))}\", \"club_secret\": \"{S(g.s(HEX, 40))}\"}}]}}", ["wodify", "virtuagym"])
    add("sportsengine", f"Error: SportsEngine GraphQL request failed\n  at Client.request (node_modules/@sportsengine/client/dist/index.js:88:13)\n  request: POST https://api.sportsengine.com/graphql\n  headers: {{ authorization: 'Bearer {S(g.jwt(dumps({'sub': 'org_77120', 'scope': 'registrations:read'}, separators=(',', ':'))))}' }}\n  status: 401 invalid_token")
    add("theoddsapi", f"セルフホストの予想ボット用に、The Odds API のキーを環境変数に入れました: `ODDS_API_KEY={S(g.s(HEX, 32))}` — 毎月500リクエストまでなので、キャッシュを入れてください。", ["theoddsapi"])

    # public transport
    add("transitland", f"#!/usr/bin/env bash\nset -euo pipefail\nTL_KEY=\"{S(g.mixed(ALNUM, 32))}\"\ncurl -s -H \"apikey: $TL_KEY\" \"https://transit.land/api/v2/rest/feeds?spec=gtfs&search=tampere\" | jq '.feeds[].onestop_id'")
    add("navitia", f"import requests\nr = requests.get(\n    \"https://api.navitia.io/v1/coverage/fr-idf/journeys\",\n    params={{\"from\": \"2.3749;48.8467\", \"to\": \"2.2945;48.8584\"}},\n    auth=(\"{S(g.uuid())}\", \"\"),\n)\nprint(r.json()[\"journeys\"][0][\"duration\"])")
    add("opentransportdata", gemini_resp("read_file", f"# Swiss OJP client config\nojp:\n  endpoint: https://api.opentransportdata.swiss/ojp20\n  token: \"{S('eyJvcmciOiI2NDA2NTFhNTIyZmEwNTAwMDEyOWJiZTEiLCJpZCI6I' + g.mixed(ALNUM, 40))}\"\n  requestor_ref: mobi-app-prod"), ["opentransportdata"])
    add("ruter+vasttrafik", f"Hei team, her er oppsettet for sanntidsskjermene på stasjonen:\n\n```properties\nruter.client.name=skjerm-lillestrom\nruter.api.key={S(g.s(HEX, 32))}\nvasttrafik.client.id=Kx{g.s(ALNUM, 26)}\nvasttrafik.client.secret={S(g.mixed(ALNUM, 28))}\nrefresh.seconds=30\n```", ["ruter", "vasttrafik"])
    add("swiftly", f"POST /real-time/mbta/gtfs-rt-trip-updates HTTP/1.1\nHost: api.goswift.ly\nAuthorization: {S(g.s(HEX, 32))}\nAccept: application/json\nUser-Agent: headway-monitor/0.9")
    add("transitapp", f"// transit-widget.swift\nlet transitAPIKey = \"{S(g.s(HEX, 64))}\"\nvar req = URLRequest(url: URL(string: \"https://external.transitapp.com/v3/public/nearby_routes?lat=45.5&lon=-73.57\")!)\nreq.setValue(transitAPIKey, forHTTPHeaderField: \"apiKey\")")
    add("sbb+oebb", f"# Bahnhofsanzeige-Konfiguration\nSBB_CLIENT_ID=ch-ws-display-07\nSBB_CLIENT_SECRET={S(g.mixed(ALNUM + '~._', 40))}\nOEBB_HAFAS_AID={S(g.s(LOWNUM, 16))}\nOEBB_HAFAS_SALT={S(g.s(HEX, 32))}", ["sbb", "oebb"])
    add("skanetrafiken", f"Skånetrafikens API-nyckel för biljettvalideringen ligger nu i Azure App Configuration. Den gamla (`{S(g.s(HEX, 32))}`) är spärrad sedan i måndags, så om ni ser 401 i loggen är det därför.")
    add("trafi", f"<meta-data\n    android:name=\"com.trafi.sdk.API_KEY\"\n    android:value=\"{S(g.mixed(ALNUM, 36))}\" />")
    add("omio", f"قمت بتحديث ملف الإعدادات لخدمة الحجز. المفتاح الجديد لواجهة Omio هو {S(g.mixed(ALNUM, 32))} ويجب عدم مشاركته خارج الفريق.", ["omio"])

    # mining
    add("seequent", openhands_run("env | grep -i seequent", f"SEEQUENT_EVO_HUB=https://350mt.api.seequent.com\nSEEQUENT_EVO_ORG=8f1b2c3d-0a11-4e5f-9a6b-7c8d9e0f1a2b\nSEEQUENT_EVO_TOKEN={S(g.jwt(dumps({'aud': 'evo', 'sub': 'drillhole-sync'}, separators=(',', ':'))))}"))
    add("rpmglobal", f"[XPAC.Geobank]\nServer=GEOBANK01\\SQLEXPRESS\nDatabase=Geobank_PitWest\nUser={U('gb_reader')}\nPassword={S(g.password())}\nLicenseKey={S(g.s(UPNUM, 5) + '-' + g.s(UPNUM, 5) + '-' + g.s(UPNUM, 5) + '-' + g.s(UPNUM, 5))}", ["rpmglobal", "password"])
    add("wenco", f"Wenco FMS → data lake ETL is failing at step 3. Log excerpt:\n\n2026-11-24T05:12:44Z INFO  connecting wenco-api.minesite.local\n2026-11-24T05:12:44Z DEBUG auth header: WencoKey {S(g.b64(30))}\n2026-11-24T05:12:45Z ERROR 503 Service Unavailable (haul-cycles)")
    add("mining_pgp", f"வணக்கம்! சுரங்கத் தரவுக்கான காப்புப் பிரதியை மறைகுறியாக்க இந்த தனிப்பட்ட விசையைப் பயன்படுத்துகிறோம். இதை சரியாக இறக்குமதி செய்வது எப்படி?\n\n{S('-----BEGIN PGP PRIVATE KEY BLOCK-----' + chr(10) + chr(10) + chr(10).join(g.b64(48) for _ in range(6)) + chr(10) + '=' + g.s(ALNUM, 4) + chr(10) + '-----END PGP PRIVATE KEY BLOCK-----')}", ["pgp"])

    # travel agencies
    add("travelfusion", f"<CommandList>\n  <Login>\n    <Username>{U('tf_agency_lisboa')}</Username>\n    <Password>{S(g.password())}</Password>\n  </Login>\n  <XmlLoginId>{S(g.s(UPNUM, 16))}</XmlLoginId>\n  <LoginId>{S(g.s(UPNUM, 16))}</LoginId>\n</CommandList>", ["travelfusion", "password"])
    add("webbeds+tourplan", f"Sí, el problema está en `suppliers.yml`:\n\n```yaml\nwebbeds:\n  username: viajes_sol_api\n  password: \"{S(g.mixed(ALNUM + '$', 14))}\"\n  company_code: 1184\ntourplan:\n  agent_id: VSOLMAD\n  agent_password: \"{S(g.password())}\"\n```\n\nLa contraseña de WebBeds contiene `$`, que tu shell expande en el `envsubst`. Usa comillas simples o escapa el símbolo.", ["webbeds", "tourplan"])
    add("tourradar", f"$ tourradar-cli operators list --client-id op-portal-22 --client-secret {S(g.mixed(ALNUM, 40))} --limit 5\nID     NAME                       COUNTRY\n3102   Andes Trails SAC           PE\n4470   Kilimanjaro Peaks Ltd      TZ")
    add("peakwork+traveltek", f"[peakwork]\nplayer_hub = https://player-hub.peakwork.com\napi_key = {S(g.s(HEX, 40))}\n\n[traveltek]\nsitename = cruise-lounge\nusername = xmlcl\npassword = {S(g.password())}", ["peakwork", "traveltek"])
    add("rome2rio", f"Rome2Rio に問い合わせるときは key パラメータが必要です: `https://free.rome2rio.com/api/1.4/json/Search?key={S(g.mixed(ALNUM, 8))}&oName=Kyoto&dName=Nara` — このキーはテスト用ではなく本番のものなので、リポジトリから消してください。")
    add("serko+navan", pr_body("Move travel-booking credentials to GitHub Actions secrets", f"Fixes #412.\n\nThe workflow `nightly-expenses.yml` had two credentials inline:\n\n- Serko `SERKO_API_SECRET: {S(g.mixed(ALNUM, 36))}`\n- Navan `NAVAN_TOKEN: {S('nv_' + g.mixed(ALNUM, 40))}`\n\nBoth now come from `${{{{ secrets.* }}}}`. **Please rotate them**, they are in the history of `main`."), ["serko", "navan"])
    add("trainline", f"Trainline partner sandbox → prod cut-over checklist\n\n1. swap base URL to https://partner-api.thetrainline.com\n2. header `X-Api-Key: {S(g.mixed(ALNUM, 32))}`\n3. re-run contract tests")
    add("priceline", f"{{\"provider\":\"priceline\",\"refid\":\"10442\",\"api_key\":\"{S(g.s(HEX, 32))}\",\"endpoints\":{{\"hotels\":\"https://api.rezserver.com/api/hotel/getExpress.Results\"}}}}")
    add("tripit", f"oauth_consumer_key={g.s(HEX, 40)}&oauth_token={S(g.s(HEX, 40))}&oauth_signature_method=HMAC-SHA1&oauth_signature={g.b64(20)}&oauth_timestamp=1795592011&oauth_nonce=7a1f0c&oauth_version=1.0")

    # municipal services
    add("seeclickfix", gemini_call("run_shell_command", {"command": f"python tools/import_issues.py --source seeclickfix --api-key {S(g.s(HEX, 40))} --place 'city-of-harlow-bend'", "description": "Import pothole reports"}))
    add("zencity+polco", f"// municipal-surveys/.env.production\nZENCITY_API_KEY={S('zc_live_' + g.mixed(ALNUM, 32))}\nPOLCO_TOKEN={S(g.mixed(ALNUM, 40))}\nCITY_SLUG=lakeport", ["zencity", "polco"])
    add("nextrequest", f"Комментарий к задаче: токен NextRequest для портала открытых запросов (FOIA) — {S(g.s(HEX, 48))}. Его нужно перевыпустить, потому что он попал в публичный тикет.")
    add("opencities", f"Opencities CMS deploy failed:\n\nfatal: could not read Password for 'https://{S(g.s(HEX, 40))}@git.opencities.io/councils/westvale-web.git': terminal prompts disabled")
    add("municipal_password", f"Здравейте, колеги! За общинската система за паркиране: потребител `parking_admin`, парола {S(g.password())}. Моля, сменете я след първото влизане.", ["password"])
    add("openaq", f"library(openaq)\nSys.setenv(OPENAQ_API_KEY = \"{S(g.s(HEX, 64))}\")\nsensors <- list_locations(bbox = c(xmin = 23.2, ymin = 42.6, xmax = 23.4, ymax = 42.75))")
    add("waqi", f"air_quality:\n  provider: waqi\n  token: {S(g.s(HEX, 40))}\n  stations: [\"@8397\", \"@13683\"]")

    # charities
    add("ngpvan", f"import requests\nfrom requests.auth import HTTPBasicAuth\n\nVAN_APP = \"charity.foodbank\"\nVAN_KEY = \"{S(g.uuid() + '|1')}\"\nresp = requests.get(\"https://api.securevan.com/v4/people/find\", auth=HTTPBasicAuth(VAN_APP, VAN_KEY))")
    add("rallyup+pledge", f"# donation-sync.ini\n[rallyup]\naccount = harvest-table-2026\napi_token = {S(g.mixed(ALNUM, 36))}\n\n[pledge]\n; Pledge.to partner API\napi_key = {S(g.s(HEX, 64))}", ["rallyup", "pledge"])
    add("thegivingblock", f"La fundación recibe criptodonaciones vía The Giving Block. El login del API es `fundacion-aurora` y la contraseña `{S(g.password())}`; el refresh token vence a los 30 días: {S(g.b64(48, urlsafe=True).rstrip('='))}", ["thegivingblock", "password"])
    add("yourcause+whydonate", f"Provider,Environment,Secret\nYourCause,prod,{S(g.mixed(ALNUM, 32))}\nWhyDonate,prod,{S(g.s(HEX, 40))}\nWhyDonate,staging,xxxx-not-set", ["yourcause", "whydonate"])
    add("percent", f"Yoruba: Ẹ n lẹ o! Eyi ni koodu API fun Percent (ìforúkọsílẹ̀ àwọn aláàánú): `{S('sk_live_' + g.mixed(ALNUM, 32))}` — jọ̀wọ́ má ṣe fi síta.")
    add("submittable", f"Traceback (most recent call last):\n  File \"grants/fetch.py\", line 22, in <module>\n    client = Submittable(api_key=\"{S(g.s(HEX, 32))}\")\n  File \"grants/submittable.py\", line 9, in __init__\n    raise AuthError(\"key rejected\")\ngrants.submittable.AuthError: key rejected")
    more_secrets(g, add)
    return out


def more_secrets(g: Gen, add) -> None:  # type: ignore[no-untyped-def]
    add("openrouteservice", f"ors_client = openrouteservice.Client(key='{S('5b3ce3597851110001cf6248' + g.s(HEX, 32))}')\nroute = ors_client.directions(((8.681495, 49.41461), (8.687872, 49.420318)), profile='driving-hgv')", ["openrouteservice"])
    add("openhab", f"// openHAB → InfluxDB bridge for the pump stations (water utility)\nopenhab.url=http://oh-pumpstation-4:8080\nopenhab.token={S('oh.pumpbridge.' + g.mixed(ALNUM, 68))}\ninflux.bucket=pumps")
    add("onshape", f"Onshape API keys for the precast-panel configurator (access / secret):\n\nONSHAPE_ACCESS_KEY={g.mixed(ALNUM, 24)}\nONSHAPE_SECRET_KEY={S(g.mixed(ALNUM, 48))}")
    add("orderful+salsify", openhands_run("grep -h -A1 '_KEY\\|_TOKEN' deploy/values-prod.yaml", f"  ORDERFUL_API_KEY:\n    value: \"{S(g.s(HEX, 32))}\"\n  SALSIFY_ACCESS_TOKEN:\n    value: \"{S(g.mixed(ALNUM + '-_', 43))}\""), ["orderful", "salsify"])
    add("pachyderm", f"$ pachctl auth use-auth-token\nPlease paste your Pachyderm auth token:\n{S(g.s(HEX, 32))}\n$ pachctl list repo\nNAME          CREATED     SIZE (MASTER)\nplate_images  3 days ago  12.41GiB")
    add("proxycurl+rocketreach", f"Para o enriquecimento de doadores (ONG) usamos dois serviços:\n\n```python\nPROXYCURL_KEY = \"{S(g.mixed(ALNUM + '_-', 22))}\"\nROCKETREACH_KEY = \"{S(g.s(HEX, 37))}\"\n```\n\nPode reescrever para ler do Secret Manager do GCP?", ["proxycurl", "rocketreach"])
    add("quandl+tradier", f"#  Fondo de la fundación — script de cartera\nquandl.ApiConfig.api_key = \"{S(g.mixed(ALNUM + '_-', 20))}\"\nTRADIER = {{\"Authorization\": \"Bearer {S(g.mixed(ALNUM, 28))}\", \"Accept\": \"application/json\"}}", ["quandl", "tradier"])
    add("readthedocs", f"- name: Trigger docs build\n  run: |\n    curl -X POST -H \"Authorization: Token {S(g.s(HEX, 40))}\" \\\n      https://readthedocs.org/api/v3/projects/fleet-telemetry/versions/latest/builds/")
    add("rentcast", tabnine("why is this returning 401", f"In `housing/rentcast.go` you set `req.Header.Set(\"X-Api-Key\", \"{S(g.s(HEX, 32))}\")` but the URL is the sandbox host, which needs a separate sandbox key. Use the production host `api.rentcast.io/v1`, and load the key from the environment."))
    add("replit", f"Replit deployment secret export (shared by mistake in #club-website):\n\nREPL_IDENTITY_KEY={S('k2.secret.' + g.b64(48, urlsafe=True).rstrip('='))}")
    add("ripeatlas", f"from ripe.atlas.cousteau import Ping, AtlasCreateRequest\nATLAS_API_KEY = \"{S(g.uuid())}\"\nping = Ping(af=4, target=\"vts.portofrotterdam.example\", description=\"VTS latency\")\nreq = AtlasCreateRequest(key=ATLAS_API_KEY, measurements=[ping], sources=[])")
    add("sailthru+sendinblue", f"E-mailnieuwsbrief voor de sportclub — we stappen over van Sailthru naar Brevo.\n\nOud: sailthru api_key {g.s(HEX, 32)} / secret {S(g.s(HEX, 32))}\nNieuw: {S('xkeysib-' + g.s(HEX, 64) + '-' + g.mixed(ALNUM, 16))}", ["sailthru", "sendinblue"])
    add("scrapfly+semrush", f"[scraping]\nscrapfly_key = \"{S('scp-live-' + g.s(HEX, 32))}\"\n\n[seo]\nsemrush_key = \"{S(g.s(HEX, 32))}\"", ["scrapfly", "semrush"])
    add("smartcar", f"Smartcar fleet integration (municipal EV pool). Error from the webhook verifier:\n\nSmartcarError: invalid signature for payload, management token {S(g.uuid())} does not match application 4d1e7a20-8f1b-4c2b-9d5e-1a2b3c4d5e6f")
    add("weatherstack+openuv", f"<script>\n  const WEATHERSTACK = \"{S(g.s(HEX, 32))}\";\n  const OPENUV = \"{S('openuv-' + g.s(LOWNUM, 13) + '-io')}\";\n  // beach lifeguard dashboard\n</script>", ["weatherstack", "openuv"])
    add("yelp+zoominfo", f"{{\n  \"yelp\": {{\"api_key\": \"{S(g.mixed(ALNUM + '-_', 128))}\"}},\n  \"zoominfo\": {{\"username\": \"travel-desk\", \"password\": \"{S(g.password())}\"}}\n}}", ["yelp", "zoominfo", "password"])
    add("vanta", f"vanta-agent install: Vanta agent key is '{S(g.s(HEX, 64))}'\n[install] registering host mine-ops-ws-17 ... ok")
    add("oxforddictionaries+rawg", f"Hola! Uso estas dos APIs en mi app de quiz para el club de ajedrez:\n- Oxford Dictionaries app_key: {S(g.s(HEX, 32))}\n- RAWG key: {S(g.s(HEX, 32))}\n¿Cómo las escondo en una app de React Native?", ["oxforddictionaries", "rawg"])
    add("jwt_only", f"Authorization header captured by mitmproxy while testing the ferry booking app:\n\nauthorization: Bearer {S(g.jwt(dumps({'sub': 'booking-svc', 'role': 'admin', 'exp': 1796000000}, separators=(',', ':'))))}", ["jwt"])
    add("pem_rsa", f"Devin  ·  The Azure IoT edge gateway on the tug boats authenticates with this key; I found it in `edge/certs/device.key`:\n\n{S(g.pem('RSA PRIVATE KEY', 10))}\n\nI've added `edge/certs/*.key` to .gitignore.", ["pem"])
    # operations tooling used across those domains
    add("nodeping+statuscake", f"# uptime.tf\nprovider \"nodeping\" {{\n  token = \"{S(g.s(UPNUM, 32))}\"\n}}\n\nprovider \"statuscake\" {{\n  api_token = \"{S(g.mixed(ALNUM, 30))}\"\n}}\n\nresource \"nodeping_check\" \"ferry_booking\" {{\n  label  = \"ferry-booking\"\n  type   = \"HTTP\"\n  target = \"https://book.fjordline-demo.example/health\"\n}}", ["nodeping", "statuscake"])
    add("squadcast+zenduty", f"On-call routing for the port operations team:\n\n| tool      | integration key |\n| --------- | --------------- |\n| Squadcast | {S(g.s(HEX, 40))} |\n| Zenduty   | {S(g.uuid())} |\n\n(copied from 1Password by the Copilot agent when it rebuilt the runbook — remove before publishing)", ["squadcast", "zenduty"])
    add("uptrends", f"$ curl -u '{E('ops-monitor@ostrava-mhd.cz')}:{S(g.password())}' https://api.uptrends.com/v4/Monitor | jq length\n42", ["uptrends", "password"])
    add("testrail", augment_view("ci/testrail_upload.sh", f"#!/bin/sh\n# uploads junit results of the ticketing app\ntrcli -y \\\n  -h https://clubtickets.testrail.io \\\n  --project \"Season Tickets\" \\\n  -u {E('qa-bot@clubtickets.io')} \\\n  -k {S(g.mixed(ALNUM, 20) + '-' + g.mixed(ALNUM, 8))} \\\n  parse_junit -f reports/junit.xml"))
    add("redmine", f"# ~/.config/redmine-cli.yml\nurl: https://redmine.kommune-lindesnes.no\napi_key: {S(g.s(HEX, 40))}\nproject: vann-og-avlop")
    add("taiga+zenhub", copilot_chat([("user", f"Can you port our board export from Taiga to ZenHub? Taiga auth token is {S(g.jwt(dumps({'token_type': 'access', 'user_id': 311}, separators=(',', ':'))))} and the zenhub one is {S('zh_' + g.s(HEX, 64))}"), ("GitHub Copilot", "I can write the migration script, but I won't use the tokens you pasted directly — I'll read them from `TAIGA_TOKEN` and `ZENHUB_TOKEN`. Please revoke both, as this chat is logged.")]), ["taiga", "zenhub"])
    add("pivotaltracker", f"fetch(`https://www.pivotaltracker.com/services/v5/projects/2488102/stories?with_state=started`, {{\n  headers: {{ \"X-TrackerToken\": \"{S(g.s(HEX, 32))}\" }},\n}})")
    add("snipeit", f"Snipe-IT inventaris (bouwplaats laptops) — API-sleutel voor het script:\n\n{S(g.jwt(dumps({'aud': '1', 'jti': g.s(HEX, 40), 'scopes': []}, separators=(',', ':'))))}\n\nNa de audit verwijderen aub.", ["snipeit"])
    add("truenas", f"truenas:\n  host: nas-lab.helixora.local\n  api_key: \"{S(str(g.rng.randint(1, 40)) + '-' + g.mixed(ALNUM, 64))}\"\n  datasets:\n    - tank/sequencing/raw\n    - tank/sequencing/processed")
    add("unifi", f"UNIFI_CONTROLLER=https://10.20.0.1:8443\nUNIFI_USER={U('localadmin')}\nUNIFI_PASS={S(g.password())}\nUNIFI_SITE=marina-south", ["unifi", "password"])
    add("tinify+removebg", f"مرحبا، هذه المفاتيح التي نستخدمها لضغط صور المنتجات:\nTinyPNG: {S(g.mixed(ALNUM, 32))}\nremove.bg: {S(g.mixed(ALNUM, 24))}\nهل يمكنك كتابة سكربت Python يعالج مجلد images/ ؟", ["tinify", "removebg"])
    add("pdfmonkey+shotstack", f"const pdf = new PdfMonkey({{ apiKey: '{S(g.mixed(ALNUM + '-_', 20))}' }});\nconst video = new Shotstack.Client({{ key: '{S(g.mixed(ALNUM, 40))}', stage: false }});", ["pdfmonkey", "shotstack"])
    add("phrase+poeditor", f"phrase:\n  access_token: {S(g.s(HEX, 64))}\n  project_id: 3c7e0a9b1f2d4e68a5b0c9d8e7f6a1b2\n  push:\n    sources:\n      - file: ./locales/en.json\npoeditor:\n  api_token: {S(g.s(HEX, 32))}\n  project_id: 781203", ["phrase", "poeditor"])
    add("prerender", f"location @prerender {{\n    proxy_set_header X-Prerender-Token {S(g.mixed(ALNUM, 20))};\n    set $prerender 0;\n    if ($http_user_agent ~* \"googlebot|bingbot|yandex\") {{ set $prerender 1; }}\n}}")
    add("printify", shell("printify-sync --shop 9182731 --token " + S(g.jwt(dumps({'aud': '37d4bd3030', 'scopes': ['shops.read', 'products.write']}, separators=(',', ':')))), "synced 118 products (club merchandise)"))
    add("questionpro", f"Survey export cron (member satisfaction, sailing club):\n\n0 6 * * 1 /usr/bin/curl -s -H 'api-key: {S(g.uuid())}' https://api.questionpro.com/a/api/v2/surveys/8123771/responses > /srv/survey/weekly.json")
    add("rebilly+reloadly", f"BEGIN;\nUPDATE gateway_settings SET secret = '{S('sk_live_' + g.mixed(ALNUM, 40))}' WHERE gateway = 'rebilly';\nUPDATE gateway_settings SET secret = '{S(g.mixed(ALNUM, 48))}' WHERE gateway = 'reloadly';\nCOMMIT;", ["rebilly", "reloadly"])
    add("route4me+sygic", f"Der Tourenplaner für die Müllabfuhr nutzt zwei Dienste. Hier die aktuelle Konfiguration (bitte nicht weiterleiten):\n\n    route4me.api_key = {S(g.s(HEXU, 32))}\n    sygic.fleet.apiKey = {S(g.mixed(ALNUM, 40))}", ["route4me", "sygic"])
    add("ticketmaster+seatgeek", gemini_resp("read_file", f"TICKETMASTER_CONSUMER_KEY={S(g.mixed(ALNUM, 32))}\nTICKETMASTER_CONSUMER_SECRET={S(g.mixed(ALNUM, 16))}\nSEATGEEK_CLIENT_ID={g.s(ALNUM, 24)}\nSEATGEEK_CLIENT_SECRET={S(g.s(HEX, 64))}\n"), ["ticketmaster", "seatgeek"])
    add("weatherapi+windy", f"میں نے بندرگاہ کے ڈیش بورڈ کے لیے موسم کی چابیاں یہاں رکھ دی ہیں، براہ کرم انہیں .env میں منتقل کریں:\nweatherapi: {S(g.s(HEX, 31))}\nwindy point-forecast: {S(g.mixed(ALNUM, 32))}", ["weatherapi", "windy"])
    add("spacetrack", f"from spacetrack import SpaceTrackClient\nst = SpaceTrackClient(identity='{E('ais-sat@portlab.no')}', password='{S(g.mixed(ALNUM + '!#', 18))}')\nprint(st.gp(norad_cat_id=[43012], format='tle'))", ["spacetrack"])
    add("skyflow", f"vault:\n  id: q8d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5\n  url: https://ebfc9bee4242.vault.skyflowapis.com\nservice_account:\n  clientID: b5c6d7e8\n  keyID: f1a2b3c4\n  privateKey: |\n    {S(g.pem('PRIVATE KEY', 6).replace(chr(10), chr(10) + '    '))}", ["skyflow", "pem"])
    add("sendpulse+urbanairship", f"[notifications]\nsendpulse_id = {g.s(HEX, 32)}\nsendpulse_secret = {S(g.s(HEX, 32))}\nairship_app_key = {g.mixed(ALNUM, 22)}\nairship_master_secret = {S(g.mixed(ALNUM + '-_', 22))}", ["sendpulse", "urbanairship"])
    add("whereby", f"@Amazon Q /dev add a Whereby room for each tele-consult. Use this key for now: {S(g.jwt(dumps({'iss': 'https://accounts.srv.whereby.com', 'iat': 1795500000, 'aud': 'whereby-api'}, separators=(',', ':'))))}", ["whereby"])
    add("ssh_deploy", qodo("/describe", f"**Changes walkthrough**\n\n`deploy/keys/ferry_kiosk`: a private key was added to the repository.\n\n```\n{S(g.openssh())}\n```\n\n⚠️ This file should not be committed; use a deploy key stored as a repository secret instead."), ["pem"])
    add("generic_chinese", f"港口闸口系统的数据库连接串在 `application-prod.yml` 里：\n\n```yaml\nspring:\n  datasource:\n    url: jdbc:mysql://10.8.3.15:3306/gate?useSSL=true\n    username: {U('gate_app')}\n    password: {S(g.mixed(ALNUM + '@#', 16))}\n```\n\n请帮我改成从 Nacos 读取，不要明文。", ["generic", "password"])
    add("zamzar+wufoo", f"# forms → PDF pipeline of the charity shop volunteers sign-up\nWUFOO_SUBDOMAIN=helpinghands\nWUFOO_API_KEY={S(g.s(UPNUM, 4) + '-' + g.s(UPNUM, 4) + '-' + g.s(UPNUM, 4) + '-' + g.s(UPNUM, 4))}\nZAMZAR_API_KEY={S(g.s(HEX, 40))}", ["wufoo", "zamzar"])
    add("zenvia", f"curl -X POST https://api.zenvia.com/v2/channels/sms/messages \\\n  -H 'X-API-TOKEN: {S(g.mixed(ALNUM + '-_', 43))}' \\\n  -H 'Content-Type: application/json' \\\n  -d '{{\"from\": \"sentinela-obra\", \"to\": \"$PLANTAO_FONE\", \"contents\": [{{\"type\": \"text\", \"text\": \"Alerta: guindaste 3 parado\"}}]}}'")


def pii(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(src: str, t: str) -> None:
        out.append((f"holdout19:{src}", t))

    # biotech / labs
    add("lims-sample-row", openhands_run("sqlite3 lims.db \"select * from donors where id in (4412, 4413)\"", f"4412|{P('Ifeoluwa Adebanjo-Lind')}|{D('1986-02-17')}|{E('ife.adebanjo@posteo.se')}|{T('+46 73 418 22 90')}|consent=v3\n4413|{P('Tomasz Wierzbicki')}|{D('1979-11-03')}|{E('t.wierzbicki@onet.pl')}|{T('+48 602 117 384')}|consent=v2"))
    add("trial-participant-es", f"Hola, necesito que el script anonimice esta ficha antes de subirla al bucket:\n\nParticipante: {P('Maribel Quispe Huamán')}\nFecha de nacimiento: {D('23/08/1991')}\nDomicilio: {A('Calle de las Azucenas 14, 3º B, 28039 Madrid')}\nTeléfono: {T('612 448 903')}\nCorreo: {E('maribel.quispe91@gmail.com')}")
    add("sequencing-run-log", f"[2026-11-20 08:41:12] run PAQ40113 started by {U('kchanda')} on gridion-02\n[2026-11-20 08:41:12] operator: {P('Kalinda Chanda')} <{E('kalinda.chanda@helixora-bio.com')}>\n[2026-11-20 08:41:13] flowcell check: 1487 pores available")
    add("lab-notebook-ja", f"実験ノート 2026/11/18\n担当: {P('高松 彩花')}（内線 4127）\n緊急連絡先: {T('090-3817-5526')}\n試料 B-17 の遠心条件を 4,000 × g / 10 分に変更。")
    add("biobank-consent-pt", gemini_call("write_file", {"file_path": "fixtures/consentimento_real.json", "content": dumps({"nome": P("Joaquim Albuquerque Serrano"), "cpf_mascarado": "***.***.***-**", "nascimento": D("1968-05-30"), "endereco": A("Rua Padre Anchieta, 1187, apto 52, Curitiba - PR, 80410-030"), "telefone": T("(41) 99812-4470")}, indent=2)}))
    add("hr-lab-bg", f"Здравейте! Моля, добавете новия лаборант в системата:\n\nИме: {P('Десислава Георгиева Петкова')}\nДата на раждане: {D('09.04.1995')}\nАдрес: {A('ул. „Цар Асен“ 27, ет. 3, 1000 София')}\nIBAN за заплата: {I(iban('BG', 'UBBS' + '8002' + g.s(DIGITS, 10)))}\nТелефон: {T('+359 88 734 2210')}")

    # maritime and ports
    add("crew-list-csv", f"vessel,rank,name,nationality,dob,sign_on\nMV Skagerrak Dawn,Master,{P('Rolando Dimaculangan')},PH,{D('1974-03-12')},2026-09-14\nMV Skagerrak Dawn,Chief Officer,{P('Oleksandr Hrytsenko')},UA,{D('1983-10-01')},2026-10-02\nMV Skagerrak Dawn,Cook,{P('Ruben Tuala')},PH,{D('1990-06-25')},2026-09-14")
    add("port-gate-ticket-sv", f"Ärende #8812 (hamnportalen): Lastbilschauffören {P('Jonas Hedlund')} kommer inte in genom grind 4. Han nås på {T('070-552 18 34')} eller {E('jonas.hedlund.akeri@telia.com')}. Hans åkeri: Hedlunds Åkeri AB, {A('Sjöbogatan 11, 417 22 Göteborg')}.")
    add("marina-booking-no", copilot_chat([("user", f"Kan du lage en test for denne bookingen? Båtplass 14B, leietaker {P('Sigrun Aasheim')}, {A('Strandveien 48, 4616 Kristiansand')}, mobil {T('+47 915 62 048')}."), ("GitHub Copilot", "Her er en pytest-test som bruker fiktive data i stedet for ekte kundedata — jeg anbefaler å ikke legge ekte navn og adresser i testene.")]))
    add("harbour-master-signature", f"Best regards,\n\nCaptain {P('Farrukh Yuldashev')}\nDeputy Harbour Master\nPort of Aktau Ferry Terminal\nT: {T('+7 729 250 41 18')}\nM: {T('+7 701 388 0952')}\n{E('f.yuldashev@aktau-ferry.kz')}")
    add("pilot-roster-git-log", shell("git log --format='%h %an <%ae> %s' -3 -- roster/", f"9e1c3a7 {P('Mette Kjærgaard')} <{E('mette.kjaergaard@lodsvaesen.dk')}> roster: swap night shift 24/11\n3b77d02 {P('Anders Brødsgaard')} <{E('abr@lodsvaesen.dk')}> roster: add pilot boat 7\n0f4ca19 {P('Mette Kjærgaard')} <{E('mette.kjaergaard@lodsvaesen.dk')}> roster: december draft"))
    add("customs-invoice-ar", f"فاتورة رقم 2026-4471\nالعميل: {P('سلمان بن راشد الكعبي')}\nالعنوان: {A('شارع الكورنيش، مبنى 12، الشارقة')}\nالهاتف: {T('+971 50 614 2739')}\nالبريد: {E('salman.alkaabi@outlook.com')}")

    # construction
    add("site-induction-form", f"SITE INDUCTION — Westgate Tower, Level 14 fit-out\nName: {P('Hemi Tautahi')}\nDOB: {D('02/09/1988')}\nHome address: {A('27 Kowhai Crescent, Hamilton East, Hamilton 3216')}\nEmergency contact: {P('Aroha Tautahi')} {T('021 447 9032')}\nWhite card no: 7781-2204")
    add("subcontractor-payment", f"Hi, please update the subcontractor record for the scaffolding firm before Friday's payment run:\n\nAccount holder: {P('Radovan Kmeť')}\nIBAN: {I(iban('SK', g.s(DIGITS, 20)))}\nInvoice address: {A('Hlavná 112, 040 01 Košice')}")
    add("punch-list-comment", f"Punch list item #233 (bathroom 4.12): sealant missing. Reported by {P('Charlotte Okafor-Reid')}, assigned to {U('m.vasquez')}. Tenant contact for access: {T('07700 184 552')}.")
    add("procore-user-export", f"login,full_name,email,phone,company\n{U('dlaurent')},{P('Delphine Laurent')},{E('d.laurent@batir-sud.fr')},{T('+33 6 48 21 77 05')},Bâtir Sud\n{U('kyaw.thura')},{P('Kyaw Thura')},{E('kyaw.thura@batir-sud.fr')},{T('+33 7 61 90 34 28')},Bâtir Sud")
    add("crane-operator-licence-ur", f"کرین آپریٹر کی تفصیلات:\nنام: {P('محمد عرفان قریشی')}\nتاریخ پیدائش: {D('14-06-1984')}\nپتہ: {A('مکان نمبر 42، گلی 7، ماڈل ٹاؤن، لاہور')}\nفون: {T('0300 4172 658')}")
    add("worker-ssn-us", f">>> df[df.badge == 'C-1187'].to_dict('records')\n[{{'badge': 'C-1187', 'name': '{P('Darnell Whitfield')}', 'ssn': '{m_ssn('431-58-2290')}', 'dob': '{D('1981-12-04')}', 'trade': 'ironworker'}}]")

    # sports clubs
    add("member-list-yo", f"Ẹ kú àárọ̀! Àwọn ọmọ ẹgbẹ́ tuntun ti ẹgbẹ́ bọ́ọ̀lù wa:\n1. {P('Adebayo Ogunleye')} — {T('+234 803 417 2290')}\n2. {P('Funmilayo Adeyemi')} — {E('funmi.adeyemi@yahoo.com')}\nJọ̀wọ́ fi wọ́n sí inú ètò ìforúkọsílẹ̀.")
    add("club-membership-stripe-err", f"stripe.error.CardError: Your card was declined.\n  customer: cus_Qm81xLk20aZpwN\n  metadata: {{'member_name': '{P('Leilani Kahananui')}', 'member_email': '{E('leilani.k@hawaiitel.net')}', 'membership': 'family-2027'}}")
    add("junior-team-registration-sk", f"Prihláška do mládežníckeho tímu:\nMeno dieťaťa: {P('Matej Hudák')}\nDátum narodenia: {D('17. 5. 2014')}\nZákonný zástupca: {P('Zuzana Hudáková')}\nTelefón: {T('+421 905 331 847')}\nE-mail: {E('zuzana.hudakova@centrum.sk')}\nBydlisko: {A('Mierová 23, 821 05 Bratislava')}")
    add("referee-payment-pt-br", f"Olá, segue a planilha de pagamento dos árbitros da rodada 12:\n\n| Nome | Função | Chave Pix | Valor |\n|---|---|---|---|\n| {P('Thiago Bezerra Nogueira')} | árbitro central | {E('thiago.bnogueira@gmail.com')} | R$ 350 |\n| {P('Valquíria Matos')} | assistente 1 | {T('+55 81 99731-2084')} | R$ 350 |")
    add("gym-access-log", f"2026-11-25 06:02:11 door=main badge=77120 member=\"{P('Nikolaj Thorsen')}\" result=granted\n2026-11-25 06:03:40 door=main badge=80331 member=\"{P('Priyanka Venkataraman')}\" result=denied reason=expired\n2026-11-25 06:04:02 door=pool badge=77120 member=\"{P('Nikolaj Thorsen')}\" result=granted")
    add("coach-contact-zh", f"教练联系方式（请勿外传）：\n{P('陈志远')} 手机 {T('138 1742 6659')}，邮箱 {E('chenzhiyuan.coach@163.com')}\n训练地址：{A('上海市徐汇区漕溪北路 88 号体育馆 3 楼')}")
    add("tournament-card-payment", f"Payment received for Open Squash Cup entry:\n  name on card: {P('Hamish McAllister')}\n  card: {C(luhn_complete('4', 16, g))}\n  exp: 08/29\n  billing: {A('14 Braid Hills Road, Edinburgh EH10 6HA')}")

    # public transport
    add("lost-property-ticket", f"Lost property report #LP-20931\nLine 18, bus 4417, 2026-11-22 17:40\nOwner: {P('Gunnhild Berntsen')}\nItem: blue backpack with laptop\nContact: {T('+47 482 90 316')} / {E('gunnhild.berntsen@gmail.com')}")
    add("fare-dispute-email", f"From: {P('Oskar Lindqvist')} <{E('oskar.lindqvist@hotmail.se')}>\nTo: kundtjanst@sl.example\nSubject: Felaktig kontrollavgift\n\nHej, jag fick en kontrollavgift trots giltigt kort. Mitt kortnummer i appen är kopplat till personnummer... Ring mig gärna på {T('073-918 44 02')}.\n\nMvh {P('Oskar')}")
    add("driver-roster-ta", f"ஓட்டுநர் பணிப் பட்டியல் — டிப்போ 3\n{P('முருகன் சுப்பிரமணியம்')} — காலை ஷிஃப்ட் — {T('98410 27736')}\n{P('செல்வி ராஜேந்திரன்')} — மாலை ஷிஃப்ட் — {T('94440 61528')}")
    add("accessibility-booking", gemini_resp("read_file", f"booking_id: DRT-55102\npassenger: {P('Ingrid Vestergaard')}\npickup: {A('Nørrebrogade 184, 2200 København N')}\nwheelchair: true\nphone: {T('+45 21 64 83 09')}\nnotes: needs ramp, travels with carer"))
    add("travel-card-refund-iban", f"Refund request for annual travel card (card holder {P('Lucía Fernández Otxoa')}): please transfer €412.50 to {I(iban('ES', g.s(DIGITS, 20)))}. Address on file: {A('Avenida de Zumalakarregi 7, 2º izda, 20008 Donostia')}.")
    add("wifi-abuse-ip", f"Abuse report from the onboard Wi-Fi provider: passenger device with MAC 3c:22:fb:91:0e:47 (registered to {E('yusuf.demirci88@gmail.com')}) connected from {IP('88.234.17.205')} and triggered the torrent filter 14 times on train IC 2317.")

    # mining
    add("mine-incident-report", f"INCIDENT REPORT IR-2026-118\nSite: Kalgoorlie East pit\nInjured person: {P('Bradley Nguyen-Wallace')}\nDOB: {D('11/01/1992')}\nHome: {A('6 Boulder Road, Kalgoorlie WA 6430')}\nSupervisor: {P('Tamsin Carruthers')} ({T('0417 552 806')})\nDescription: minor laceration to left forearm while changing haul truck tyre.")
    add("geologist-cv-sw", f"CV — {P('Neema Wanjiru Kamau')}\nMwanajiolojia, uchimbaji wa dhahabu\nSimu: {T('+254 722 418 906')}\nBarua pepe: {E('neema.kamau.geo@gmail.com')}\nAnwani: {A('Moi Avenue 212, Nakuru')}")
    add("payroll-export-mine", f"EMP_ID;NAME;IBAN;BIRTHDATE\n50231;{P('Jaroslav Novotný')};{I(iban('CZ', g.s(DIGITS, 20)))};{D('1977-08-19')}\n50232;{P('Lenka Dvořáková')};{I(iban('CZ', g.s(DIGITS, 20)))};{D('1989-02-27')}")
    add("shift-handover-chat", f"[06:02] {U('b.okonkwo')}: morning, conveyor C3 tripped twice overnight\n[06:03] {U('lhaugen')}: yeah, called {P('Pieter van der Merwe')} at {T('+27 82 591 4470')}, he's coming in at 7\n[06:03] {U('b.okonkwo')}: 👍")

    # travel agencies
    add("booking-confirmation-de", f"Buchungsbestätigung Nr. TRV-889102\n\nReisende: {P('Friederike Hollmann')}, {P('Cem Hollmann')}\nGeburtsdatum (Hauptreisende): {D('03.12.1985')}\nAnschrift: {A('Kastanienallee 62, 10119 Berlin')}\nTelefon: {T('+49 170 4418823')}\nZahlung: Kreditkarte {C(luhn_complete('51', 16, g))}")
    add("passport-scan-ocr", f"OCR result (passport_scan_0931.jpg):\nSurname: {P('KARIMOVA')}\nGiven names: {P('Dilnoza')}\nDate of birth: {D('22 JUL 1993')}\nPlace of birth: TASHKENT\nConfidence: 0.97")
    add("group-tour-roster-json", dumps({"tour": "Andes Highlights 14D", "guide": {"name": P("Wilfredo Condori"), "phone": T("+51 984 227 615")}, "travellers": [{"name": P("Hiroshi Takeda"), "email": E("h.takeda@nifty.com")}, {"name": P("Ana Paula Ribeiro"), "email": E("anapaula.ribeiro@uol.com.br")}]}, indent=2))
    add("visa-support-letter-ar", f"إلى من يهمه الأمر،\nنؤكد أن السيد {P('عمر فاروق الحداد')} المولود في {D('1990/04/08')} سيسافر ضمن رحلتنا المنظمة إلى إسطنبول.\nللتواصل: {T('+962 79 558 3014')}")
    add("amex-refund", f"Agent note: refund the cancelled cruise deposit to the original card ({C(luhn_complete('37', 15, g))}, {P('Gwendolyn Achterberg')}). She asked to be called on {T('(503) 555-0193')} only after 5pm.")
    add("travel-agent-crm-ja", f"顧客メモ\n氏名: {P('佐々木 悠真')}\n生年月日: {D('1988年3月9日')}\n住所: {A('大阪府大阪市北区梅田2-4-9 グランドメゾン 805')}\n電話: {T('06-6345-1180')}\n希望: 12月 京都→金沢 2泊")

    # municipal services
    add("pothole-report-json", codex_out(dumps({"id": 55231, "category": "pothole", "reporter": {"name": P("Margarethe Lindholm"), "email": E("m.lindholm@gmx.de"), "phone": T("+49 151 2093 4471")}, "location": "Hafenstraße / Ecke Lindenweg"})))
    add("council-tax-letter", f"Dear Mr {P('Abimbola Fashola')},\n\nRe: Council Tax account 40018827, {A('Flat 3, 19 Wellington Terrace, Leeds LS6 2QT')}\n\nOur records show an outstanding balance of £312.40.")
    add("permit-application-yaml", f"applicant:\n  name: {P('Siosaia Taufa')}\n  address: {A('118 Mangere Road, Otahuhu, Auckland 1062')}\n  phone: {T('+64 21 776 4120')}\n  email: {E('s.taufa@xtra.co.nz')}\npermit:\n  type: building-consent\n  work: deck extension")
    add("library-overdue-sql", shell("psql -c \"select patron_id, full_name, email, phone from patrons where overdue_days > 60 limit 3\"", f" patron_id |      full_name      |            email             |     phone\n-----------+---------------------+------------------------------+---------------\n     10231 | {P('Zofia Wiśniewska')}    | {E('zofia.wisniewska@wp.pl')}       | {T('+48 512 330 981')}\n     10877 | {P('Aurelio Mancuso')}     | {E('aurelio.mancuso@libero.it')}    | {T('+39 347 210 5588')}\n(2 rows)"))
    add("resident-feedback-sv", f"Hej! Jag heter {P('Elsa Fjällström')} och bor på {A('Storgatan 41, 931 31 Skellefteå')}. Snöröjningen på vår gata har inte skett på fyra dagar. Nå mig på {T('070-331 62 95')}.")
    add("voter-helpdesk-ssn", f"Ticket 7781 — voter registration helpdesk\nCaller: {P('Jolene Baptiste')}\nSSN (last verification): {m_ssn('518-27-6643')}\nDOB: {D('06/14/1972')}\nAddress: {A('2210 Magnolia Ave, Baton Rouge, LA 70808')}")
    add("waste-collection-no", f"Innbygger {P('Torbjørn Ellingsen')} ({E('torbjorn.ellingsen@online.no')}) melder at søppelkassen på {A('Fjellveien 9, 5019 Bergen')} ikke ble tømt mandag.")

    # charities
    add("donor-crm-row", f"donor_id\tname\temail\tphone\tgift_aid\n88102\t{P('Niamh Ó Súilleabháin')}\t{E('niamh.osullivan@eircom.net')}\t{T('+353 87 219 4406')}\tyes\n88103\t{P('Babajide Coker')}\t{E('bcoker@btinternet.com')}\t{T('07911 204 667')}\tno")
    add("volunteer-signup-form", dumps({"form": "volunteer-signup", "fields": {"full_name": P("Mariana Oyarzún"), "date_of_birth": D("1999-01-31"), "street_address": A("Pasaje Los Aromos 1542, Ñuñoa, Santiago"), "mobile": T("+56 9 8741 2290"), "email": E("mariana.oyarzun@gmail.com")}}, ensure_ascii=True).replace("\\u27e6", "⟦").replace("\\u27e7", "⟧"))
    add("direct-debit-mandate", f"Direct debit mandate (SEPA) — Foodbank Friends\nDebtor: {P('Hendrik Jan Bosma')}\nIBAN: {I(iban('NL', 'RABO' + g.s(DIGITS, 10)))}\nAddress: {A('Zuiderdiep 77, 9711 HK Groningen')}\nSigned: 24-11-2026")
    add("gift-receipt-card", f"Thank you {P('Krystyna Malinowska')} for your gift of €50! Card ending ...\n[debug] payload={{\"pan\": \"{C(luhn_complete('4', 16, g))}\", \"cvc\": \"***\", \"email\": \"{E('k.malinowska@interia.pl')}\"}}")
    add("beneficiary-case-note-hi", f"केस नोट: लाभार्थी {P('सुनीता देवी यादव')}, उम्र 43, पता {A('मकान 17, गली 4, शास्त्री नगर, कानपुर 208005')}, फोन {T('94150 38276')}. राशन किट 25/11 को दी गई।")
    add("fundraiser-page-devin", devin_msg(f"I imported the fundraiser pages. One page contains a personal phone number in the bio of {P('Tariq Mahmood')} ({T('+44 7520 118 943')}) — should I hide it on the public page?"))

    # development context: paths, tool calls with user names
    add("home-path-traceback", f"Traceback (most recent call last):\n  File \"/Users/{U('ayodele.b')}/code/tidewatch/ingest.py\", line 41, in <module>\n    main()\n  File \"/Users/{U('ayodele.b')}/code/tidewatch/ingest.py\", line 37, in main\n    raise SystemExit(\"no AIS feed\")\nSystemExit: no AIS feed")
    add("pr-reviewers", pr_body("Add Gemini-based timetable summariser", f"Requested reviewers: @{U('ksenia-vol')}, @{U('rhys-ap')}\n\nThanks to {P('Ksenia Volkova')} for the GTFS fixtures. Contact for the timetable data licence: {P('Rhys ap Gwilym')} ({E('rhys.apgwilym@trafnidiaeth.cymru')})."))
    add("qodo-review-pii", qodo("/review", f"**Possible issue**: `tests/fixtures/patients.csv` contains what look like real records, e.g. `{P('Abena Owusu-Ansah')},{D('1965-09-12')},{T('+233 24 418 7702')}`. Replace them with generated fake data."))
    add("amazonq-chat-address", q_chat(f"Generate a shipping label for {P('Rosalind Ferreira-Keane')}, {A('92 Harbour Street, Cobh, Co. Cork P24 X620')}", "Here's a function that builds the label PDF using ReportLab. I've made name and address parameters rather than embedding them."))
    add("tabnine-ssh-config", tabnine(f"why does ssh ask for a password for {U('jukka.v')}@{IP('85.76.142.31')}?", "Your `~/.ssh/config` sets `IdentitiesOnly yes` but no `IdentityFile`; add `IdentityFile ~/.ssh/id_ed25519` under that Host."))
    add("augment-contributors", augment_view("CONTRIBUTORS.md", f"# Contributors\n\n- {P('Saoirse Ní Bhriain')} — GTFS parser\n- {P('Emre Kılıçarslan')} — map tiles\n- {P('Pham Thi Thu Ha')} — Vietnamese translation ({E('thuha.pham@fpt.vn')})"))
    add("codex-whois-ip", codex_call("grep -c 'Failed password' /var/log/auth.log") + "\n" + codex_out(f"Nov 26 22:14:03 ferry-kiosk sshd[811]: Failed password for {U('ebrahimi')} from {IP('5.119.44.203')} port 51732 ssh2\nNov 26 22:14:09 ferry-kiosk sshd[811]: Failed password for {U('ebrahimi')} from {IP('5.119.44.203')} port 51732 ssh2"))
    add("gemini-hr-onboarding", gemini_call("write_file", {"file_path": "onboarding/new_hires.md", "content": f"# New hires (December)\n\n| Name | Start | Phone |\n|---|---|---|\n| {P('Yaw Boateng')} | 01.12. | {T('+49 1523 4471089')} |\n| {P('Inés Carrasco Vidal')} | 08.12. | {T('+34 655 21 09 47')} |\n"}))
    add("devin-user-dob", devin_msg(f"The age-check bug: user {U('marko_92')} ({P('Marko Jovanović')}, born {D('1992-07-04')}) was shown the under-18 screen because the parser read the date as MM-DD."))
    return out


def m_ssn(v: str) -> str:
    from _markup import m

    return m("US_SSN", v)


def negatives(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(src: str, t: str) -> None:
        out.append((f"holdout19:{src}", t))

    add("gitlog-bots", shell("git log --oneline -6", "e3a91c4 (HEAD -> main, origin/main) chore(deps): bump pydantic from 2.9.2 to 2.10.1\n7f02b8d feat(ais): decode type 27 long-range messages\nb41c9e0 fix(berth): off-by-one in tide window\n0c6d2aa ci: pin actions/checkout to 11bd71901bbe5b1630ceea73d27597364c9af683\n58e1f37 docs: add ADR-0007 (event sourcing for gate moves)\n2d9be10 test: fixtures for UN/LOCODE NOBGO and SEGOT"))
    add("uuid-migration", "-- V42__vessel_visits.sql\nCREATE TABLE vessel_visit (\n    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),\n    imo char(7) NOT NULL,\n    berth_id uuid NOT NULL REFERENCES berth(id),\n    eta timestamptz,\n    ata timestamptz\n);\nINSERT INTO berth (id, code) VALUES ('3f8e2c41-9a7b-4d0e-8c15-6b2d7e9f1a03', 'BERTH-07');")
    add("placeholder-env-example", "# .env.example — copy to .env and fill in\nPROCORE_CLIENT_ID=<your-client-id>\nPROCORE_CLIENT_SECRET=<your-client-secret>\nSPORTMONKS_TOKEN=changeme\nSTORMGLASS_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nDATABASE_URL=postgres://user:password@localhost:5432/app")
    add("gosum-hashes", "github.com/paulmach/orb v0.11.1 h1:3koVegMC4X/WeiXYz9iswopaTwMem53NzTJuTF20JzU=\ngithub.com/paulmach/orb v0.11.1/go.mod h1:5mULz1xQfs3bmQm63QEJA6lNGujuRafwA5S/EnuLaLU=\ngithub.com/twpayne/go-geom v1.5.7 h1:7fdceDUr03/MP7rAKOaTV6x9njMiQdxB/D0PDzMTCDc=")
    add("npm-integrity", "\"node_modules/maplibre-gl\": {\n  \"version\": \"4.7.1\",\n  \"resolved\": \"https://registry.npmjs.org/maplibre-gl/-/maplibre-gl-4.7.1.tgz\",\n  \"integrity\": \"sha512-lgL7XpIwsgICiL82ITplfS7IGwrB1OJIw/pCvprDp2dhmSSEBgmPzYRvwYYYvJGJD7fxUv1Tvpih4nZ6VrLuaA==\",\n  \"license\": \"BSD-3-Clause\"\n}")
    add("docker-digest", shell("docker pull ghcr.io/opentripplanner/opentripplanner:2.6.0", "2.6.0: Pulling from opentripplanner/opentripplanner\nDigest: sha256:9b1e4f0c2d7a83e65f04b1d2c9e8a7f6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0\nStatus: Downloaded newer image for ghcr.io/opentripplanner/opentripplanner:2.6.0"))
    add("readme-sdk-placeholders", "## Quick start\n\n```python\nfrom tidewatch import Client\n\nclient = Client(api_key=\"YOUR_API_KEY\")\nclient.vessels.search(imo=\"9321483\")\n```\n\nReplace `YOUR_API_KEY` with the key from your dashboard. Never commit real keys.")
    add("sql-explain", "EXPLAIN ANALYZE SELECT count(*) FROM haul_cycle WHERE truck_id = 'HT-114' AND started_at > now() - interval '1 day';\n Aggregate  (cost=1842.11..1842.12 rows=1 width=8) (actual time=12.408..12.409 rows=1 loops=1)\n   ->  Index Only Scan using haul_cycle_truck_started_idx on haul_cycle\n Planning Time: 0.211 ms\n Execution Time: 12.447 ms")
    add("k8s-secret-ref", "env:\n  - name: NAVITIA_TOKEN\n    valueFrom:\n      secretKeyRef:\n        name: journey-planner\n        key: navitia-token\n  - name: LOG_LEVEL\n    value: info")
    add("gh-actions-secrets-ref", "- name: Deploy to Fly\n  run: flyctl deploy --remote-only\n  env:\n    FLY_API_TOKEN: ${{ secrets.FLY_API_TOKEN }}\n    SENTRY_RELEASE: ${{ github.sha }}")
    add("sha256sums", shell("sha256sum dist/*", "4a7d1ed414474e4033ac29ccb8653d9b7f3e1c5e0a8c6f2b9d7e4a1c3b5f7e9d  dist/gtfs_tools-1.3.0-py3-none-any.whl\n0b4f3c2a1e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2e1d0c9b8a7f6e5d4c3b  dist/gtfs_tools-1.3.0.tar.gz"))
    add("ja-review", "レビューありがとうございます。`berth_allocation.py` の `allocate()` は O(n²) なので、潮位ウィンドウをソートしてから二分探索するように直しました。テストは `pytest -k berth` で全て通っています。")
    add("es-explanation", "El error `KeyError: 'eta'` aparece porque la API de AIS no siempre envía el campo. Usa `msg.get('eta')` y trata `None` como \"desconocido\". También conviene validar el IMO con el dígito de control (los 7 dígitos, pesos 7..2).")
    add("pem-public-cert", "Root CA used by the terminal's MQTT broker (public certificate, safe to share):\n\n-----BEGIN CERTIFICATE-----\nMIIBtjCCAVugAwIBAgITBmyf1XSXNmY/Owua2eiedgPySjAKBggqhkjOPQQDAjA5\nMQswCQYDVQQGEwJVUzEPMA0GA1UEChMGQW1hem9uMRkwFwYDVQQDExBBbWF6b24g\nUm9vdCBDQSAzMB4XDTE1MDUyNjAwMDAwMFoXDTQwMDUyNjAwMDAwMFowOTELMAkG\n-----END CERTIFICATE-----")
    add("ssh-public-key", "Add this deploy key (public half) to the repository settings with read-only access:\n\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGx3m1dXb9Qk0Yv4p8Tz7sR2eN6cH5uJ1aW3oF9iL0kP ci-deploy@harbour-ci")
    add("mock-test-tokens", "def test_rejects_bad_token(client):\n    r = client.get(\"/api/berths\", headers={\"Authorization\": \"Bearer invalid-token\"})\n    assert r.status_code == 401\n\n\ndef test_accepts_fixture_token(client, fake_token):\n    r = client.get(\"/api/berths\", headers={\"Authorization\": f\"Bearer {fake_token}\"})\n    assert r.status_code == 200")
    add("terraform-plan", "  # aws_s3_bucket.core_samples will be created\n  + resource \"aws_s3_bucket\" \"core_samples\" {\n      + arn                         = (known after apply)\n      + bucket                      = \"pitwest-core-samples-prod\"\n      + id                          = (known after apply)\n    }\n\nPlan: 1 to add, 0 to change, 0 to destroy.")
    add("sv-commit-msg", "Fixa avrundning av biljettpriser\n\nZonpriset räknades i öre men avrundades två gånger, vilket gav 1 öre fel för vissa resor. Nu rundas bara slutsumman. Refs: #311")
    add("zh-api-doc", "### 获取泊位列表\n\n`GET /api/v2/berths?port=CNSHA`\n\n| 参数 | 类型 | 说明 |\n|---|---|---|\n| port | string | UN/LOCODE 港口代码 |\n| page | int | 页码，从 1 开始 |\n\n返回示例中的 `id` 均为 UUID，例如 `8c1f2e3d-4b5a-4968-9a7b-0c1d2e3f4a5b`。")
    add("ar-readme", "## التثبيت\n\nشغّل الأمر `pip install tidewatch==1.4.2` ثم أنشئ ملف `.env` من `.env.example`. لا تضع مفاتيح API حقيقية في المستودع؛ استخدم متغيرات البيئة.")
    add("pytest-output", shell("pytest -q tests/test_gtfs.py", "........s....                                                        [100%]\n12 passed, 1 skipped in 0.84s"))
    add("http-trace-public", "GET /v2/feeds?spec=gtfs HTTP/1.1\nHost: api.example.com\nAccept: application/json\nX-Request-ID: 5b6c1d2e-3f4a-4b5c-8d6e-7f8091a2b3c4\n\nHTTP/1.1 200 OK\nETag: W/\"6a1f3e9c0b2d\"\nCache-Control: max-age=60")
    add("jwt-docs-example-header", "A JWT has three parts separated by dots: header, payload and signature. The header is usually `{\"alg\": \"RS256\", \"typ\": \"JWT\"}`, base64url-encoded. Verify `exp`, `iss` and `aud` before trusting the claims.")
    add("semver-table", "| package | current | wanted | latest |\n|---|---|---|---|\n| @turf/turf | 6.5.0 | 6.5.0 | 7.1.0 |\n| leaflet | 1.9.4 | 1.9.4 | 1.9.4 |\n| proj4 | 2.11.0 | 2.12.1 | 2.12.1 |")
    add("no-config-comment", "[database]\nhost = localhost\nport = 5432\nname = lims_dev\n# user and password come from the PGUSER / PGPASSWORD environment variables\nsslmode = prefer")
    add("pt-br-pr-description", pr_body("Corrige cálculo de escala das obras", "O cálculo de área da laje usava metros em vez de centímetros no campo `espessura`. Adicionei testes com os casos do issue #88 e atualizei o CHANGELOG.\n\nChecklist:\n- [x] testes\n- [x] lint\n- [ ] docs"))
    add("codex-ls", codex_call("ls -la config") + "\n" + codex_out("total 24\ndrwxr-xr-x  5 root root 160 Nov 26 21:03 .\n-rw-r--r--  1 root root 412 Nov 26 21:03 app.toml\n-rw-r--r--  1 root root  97 Nov 26 21:03 secrets.example.toml\n-rw-r--r--  1 root root 230 Nov 26 21:03 logging.yaml"))
    add("gemini-grep", gemini_call("search_file_content", {"pattern": "api_key", "include": "**/*.py"}) + "\n" + gemini_resp("search_file_content", "src/client.py:12:    def __init__(self, api_key: str | None = None):\nsrc/client.py:13:        self.api_key = api_key or os.environ[\"TIDEWATCH_API_KEY\"]"))
    add("openhands-build", openhands_run("npm run build", "> club-portal@2.3.0 build\n> vite build\n\nvite v5.4.11 building for production...\n✓ 412 modules transformed.\ndist/assets/index-4f9a2c1b.js   188.42 kB │ gzip: 61.07 kB\n✓ built in 3.21s"))
    add("amazonq-explain", q_chat("What does the `--depth 1` flag do in git clone?", "It creates a shallow clone with only the latest commit, which speeds up CI for large repositories like the GTFS archive. Use `git fetch --unshallow` later if you need the full history."))
    add("tabnine-regex", tabnine("regex for IMO numbers?", "`^IMO\\s?\\d{7}$` matches `IMO 9321483`. To validate, multiply the first six digits by 7,6,5,4,3,2, sum them, and compare the last digit of the sum with the seventh digit."))
    add("devin-summary", devin_msg("Done. I upgraded Django 4.2.16 → 5.1.3, fixed the two deprecations in `permits/views.py`, and all 214 tests pass. The CI run is https://github.com/example-org/permits/actions/runs/11927450213."))
    add("augment-view-constants", augment_view("src/constants.ts", "export const DEFAULT_PORT = 'NOOSL';\nexport const TILE_URL = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';\nexport const MAX_DRAFT_M = 16.5;\nexport const API_VERSION = 'v2';"))
    add("qodo-suggestion", qodo("/improve", "**Suggestion**: `hashlib.md5(password)` is used in `legacy/auth.py` to compare credentials. Replace it with `argon2-cffi`'s `PasswordHasher().verify()`; MD5 is not suitable for password storage."))
    add("copilot-chat-uuid", copilot_chat([("user", "why is my idempotency key 0e3b7f52-91a4-4c6d-b8e2-5f17a0c9d3e6 rejected twice?"), ("GitHub Copilot", "The server stores idempotency keys for 24 hours. The second request with the same key and a different body returns 422. Generate a new UUID per logical operation.")]))
    add("sk-explanation", "Ahoj, chyba `ECONNREFUSED 127.0.0.1:6379` znamená, že Redis nebeží. Spusti `docker compose up -d redis` a skontroluj, či port 6379 nie je obsadený.")
    add("ta-comment", "# இந்த செயல்பாடு பேருந்து நிறுத்தங்களுக்கு இடையிலான தூரத்தை கணக்கிடுகிறது (ஹேவர்சைன் சூத்திரம்)\ndef haversine(lat1, lon1, lat2, lon2):\n    r = 6371.0\n    ...")
    add("bg-changelog", "## [1.8.0] — 2026-11-20\n### Добавено\n- Експорт на маршрутите в GTFS формат.\n### Поправено\n- Грешно часово време (EET/EEST) при разписанията след 29 октомври.")
    add("yo-docs", "Láti fi ètò náà sílẹ̀, tẹ `pip install club-scheduler`. Ẹ lo `club-scheduler --help` láti rí gbogbo àwọn àṣẹ.")
    add("no-test-data", "Testdataene under `tests/fixtures/` er generert med Faker og inneholder ingen ekte personer. Seed: 20261126. Kjør `make fixtures` for å lage dem på nytt.")
    add("ur-question", "کیا کوئی بتا سکتا ہے کہ `docker compose` میں healthcheck کیسے لکھتے ہیں؟ میرا کنٹینر بار بار restart ہو رہا ہے۔")
    add("base64-ordinary", "The fixture stores the GTFS header as base64: `YWdlbmN5X2lkLGFnZW5jeV9uYW1lLGFnZW5jeV91cmwsYWdlbmN5X3RpbWV6b25l` (decodes to `agency_id,agency_name,agency_url,agency_timezone`).")
    return out
