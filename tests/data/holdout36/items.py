# ruff: noqa: E501, RUF001  -- item tables hold whole texts on one line; foreign letters are intended.
"""Thirty-sixth held-out set, written blind (see README.md). Domains: airlines and airports,
insurance brokers, schools and universities, hotels and hostels, breweries and wineries, shipping
lines and ports, dental and veterinary clinics, law firms and notaries, film and TV production.
Providers A-M that no earlier set used.
"""

from __future__ import annotations

import json

from _markup import IP, A, C, D, E, I, P, S, T, U, m
from _values import ALNUM, DIGITS, HEX, HEXU, LOWNUM, UPNUM, Gen, iban, luhn_complete

B64URL = ALNUM + "-_"
LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
AV_PAYLOAD = '{"sub":"charter-ops","tenant":"av-4471","iat":1795500000}'
ED_PAYLOAD = '{"sub":"menu-translator","org":"harbour-hotels","exp":1798000000}'


def dumps(obj: object, **kw: object) -> str:
    kw.setdefault("ensure_ascii", False)
    return json.dumps(obj, **kw)  # type: ignore[arg-type]


def N(value: str) -> str:
    """A national id number (labelled as the closest gold label, US_SSN only for US numbers)."""
    return m("US_SSN", value)


def card4(number: str) -> str:
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))


# carriers ------------------------------------------------------------------------------------

def review(path: str, line: int, comment: str, suggestion: str) -> str:
    """A Copilot code review comment with a suggested change."""
    return f"copilot-pull-request-reviewer[bot] commented on {path}#L{line}\n\n{comment}\n\n```suggestion\n{suggestion}\n```"


def firewall(host: str, body: str) -> str:
    """The Copilot coding agent's firewall warning in a PR comment."""
    return f"> [!WARNING]\n> Firewall rules blocked me from connecting to one or more addresses\n>\n> - `{host}`\n>   - Triggering command: `{body}` (dns block)\n>\n> If you need me to access these hosts, add them to the custom allowlist in the repository's Copilot coding agent settings."


def session(step: str, body: str) -> str:
    """A step of the Copilot coding agent session log shown in the PR timeline."""
    return f"copilot-swe-agent[bot] · session log\n▸ {step}\n{body}"


def setup_fail(step: str, log: str) -> str:
    return f"copilot-setup-steps / copilot-setup-steps (ubuntu-latest)\nRun {step}\n{log}\nError: Process completed with exit code 1."


def hec(event: dict[str, object]) -> str:
    """A Splunk HEC event as the audit-log stream delivers it."""
    return dumps({"time": 1795845211, "host": "github.com", "source": "github-audit-stream", "sourcetype": "github:enterprise:audit", "event": event})


def datadog(msg: dict[str, object]) -> str:
    return dumps({"ddsource": "github", "service": "copilot-audit", "hostname": "audit-log-streaming", "message": dumps(msg)})


def eventhub(body: str) -> str:
    return dumps({"SequenceNumber": 40712, "Offset": "21474840112", "EnqueuedTimeUtc": "11/27/2026 6:02:41 PM", "Properties": {}, "Body": body})


def vscode_call(tool: str, args: dict[str, object]) -> str:
    """A Copilot agent-mode tool call in VS Code (chat debug view)."""
    return dumps({"kind": "toolInvocation", "toolId": tool, "input": args, "source": "GitHub Copilot Chat"})


def vscode_term(cmd: str, out: str) -> str:
    return f"Copilot ▸ Run in Terminal\n$ {cmd}\n{out}"


def claude(tool: str, body: str) -> str:
    return f"⏺ {tool}\n  ⎿  {body}"


def gemini(step: str, body: str) -> str:
    return f"Gemini Code Assist ▸ {step}\n{body}"


def junie(step: str, body: str) -> str:
    return f"Junie › {step}\n{body}"


def devin(text: str) -> str:
    return f"Devin · session 9b31\n{text}"


def replit(text: str) -> str:
    return f"Replit Agent\n{text}"


def bolt(action: str, body: str) -> str:
    return f'<boltAction type="file" filePath="{action}">\n{body}\n</boltAction>'


def lovable(text: str) -> str:
    return f"Lovable AI\n{text}"


def cline(tool: str, args: dict[str, str]) -> str:
    return dumps({"type": "say", "say": "tool", "text": dumps({"tool": tool, **args})})


def kilo(mode: str, text: str) -> str:
    return f"Kilo Code [{mode}]\n{text}"


def openhands(action: str, args: dict[str, object], observation: str) -> str:
    return dumps({"id": 31, "source": "agent", "action": action, "args": args}) + "\n" + dumps({"id": 32, "source": "environment", "observation": action, "content": observation})


def swe_traj(thought: str, action: str, observation: str) -> str:
    return dumps({"thought": thought, "action": action, "observation": observation}, indent=1)


def mcp(text: str, server: str = "github") -> str:
    return f"[mcp:{server}] " + dumps({"jsonrpc": "2.0", "id": 7, "result": {"content": [{"type": "text", "text": text}], "isError": False}})


def twice(name: str, args: dict[str, object]) -> str:
    """A tool call whose arguments are a JSON string, logged again as a JSON string (twice escaped)."""
    inner = dumps({"type": "function", "function": {"name": name, "arguments": dumps(args)}})
    return dumps({"event": "tool_call", "raw": inner})


def once(name: str, args: dict[str, object]) -> str:
    return dumps({"type": "function", "function": {"name": name, "arguments": dumps(args)}})


def secrets(g: Gen) -> list[tuple[str, list[str], str]]:
    out: list[tuple[str, list[str], str]] = []

    def add(p: str, t: str, providers: list[str] | None = None) -> None:
        out.append((f"holdout36:{p}", providers or [p], t))

    # airlines and airports -------------------------------------------------------------------
    add("aena", f"# .env.local — slot monitor for MAD/BCN\nAENA_OPENDATA_URL=https://apis.aena.es/opendata/v2\nAENA_SUBSCRIPTION_KEY={S(g.s(HEX, 32))}\nPOLL_SECONDS=90")
    add("changi", review("services/fids/changi_client.ts", 22, "This Changi Airport Group API key is committed in plain text. Please read it from `process.env.CAG_API_KEY` and rotate the current one.", f"const apiKey = process.env.CAG_API_KEY!; // was '{S(g.mixed(ALNUM, 32))}'"))
    add("fraport", f"fraport:\n  api:\n    base_url: https://developer.fraport.de/api/flights/1.0\n    client_id: ground-ops-dashboard\n    client_secret: {S(g.mixed(ALNUM, 40))}\n  terminals: [T1, T2]")
    add("etihad", f"$ curl -s https://api.etihad.com/ndc/v21.3/AirShopping -H 'Ocp-Apim-Subscription-Key: {S(g.s(HEX, 32))}' -H 'Content-Type: application/xml' -d @shop_auh_lhr.xml | head -c 200\n<IATA_AirShoppingRS xmlns=\"http://www.iata.org/IATA/2015/00/2021.3/IATA_AirShoppingRS\"><Response><DataLists>")
    add("iberia", f"Hola, para el entorno de preproducción de Iberia NDC usa este API key: {S(g.mixed(ALNUM, 28))} (se lo pedí a {P('Joaquín')} del equipo de distribución). No lo subas al repo, por favor, lo meto en el vault esta tarde.")
    add("condor", f"[condor-partner]\nendpoint = https://partner-api.condor.com/v1/bookings\nagency_code = DE-HAM-4471\napi_secret = {S(g.s(LOWNUM, 36))}")
    add("eurowings", session("Inspecting tests/fixtures/ew_config.json", f"I noticed the fixture contains what looks like a live Eurowings partner token:\n\n```json\n{{\"ew_partner_token\": \"{S('ewp_' + g.mixed(ALNUM, 40))}\", \"market\": \"DE\"}}\n```\n\nI replaced it with `\"<redacted>\"` and added a note to rotate it."))
    add("jet2", f"import os\nimport httpx\n\nJET2_HOLIDAYS_KEY = \"{S(g.s(HEXU, 40))}\"  # TODO: move to Key Vault\n\nasync def availability(dep: str, dest: str):\n    async with httpx.AsyncClient() as c:\n        return await c.get(f\"https://trade.jet2holidays.com/api/avail/{{dep}}/{{dest}}\", headers={{\"X-Api-Key\": JET2_HOLIDAYS_KEY}})")
    add("brussels-airlines", f"Dag {P('Pieter')}, de testaccount voor de Brussels Airlines corporate booking tool: gebruiker {U('sn.corp.qa07')}, wachtwoord {S('Zaventem!Hangar3')}. Niet doorsturen aub, het is gekoppeld aan onze echte kredietlijn.")
    add("edelweiss", f"<edelweiss>\n  <endpoint>https://api.flyedelweiss.com/charter/v2</endpoint>\n  <operator>WK</operator>\n  <apiKey>{S(g.mixed(ALNUM, 36))}</apiKey>\n</edelweiss>")
    add("austrian-airlines", f"os_ndc.api_url=https://ndc.austrian.com/api/v1\nos_ndc.client_id=reiseburo-graz-ndc\nos_ndc.client_secret={S(g.mixed(ALNUM, 48))}\nos_ndc.timeout=20s")
    add("aerobahn", claude("Bash(grep -rn AEROBAHN config/)", f"config/surface.yml:8:  aerobahn_api_key: \"{S(g.s(HEX, 40))}\"\n     config/surface.yml:9:  aerobahn_site: KDFW"))
    add("assaia", f"Привіт! Assaia ApronAI токен для стенду в Борисполі: {S('asy_' + g.mixed(ALNUM, 44))}. Я вставив його в Slack випадково, треба перевипустити через портал.")
    add("brock-solutions", vscode_call("copilot_createFile", {"filePath": "/src/baggage/brock.cfg", "content": f"[brock]\nbhs_host = bhs-gw.internal\nuser = {U('bhs_integration')}\npassword = {S('Carousel7-Belt!')}\n"}))
    add("copenhagen-airport", f"CPH_DATA_API=https://api.cph.dk/flightinfo/v3\nCPH_DATA_API_KEY={S(g.s(HEX, 32))}\n# fra Kastrup-teamet, gyldig til 2027")
    add("dublin-airport", f"- name: Fetch DUB gate plan\n  run: |\n    curl -sf -H \"daa-api-key: {S(g.mixed(ALNUM, 40))}\" https://api.dublinairport.com/gates/v1/plan > gates.json\n    jq length gates.json")
    add("avinode", devin(f"I found an Avinode marketplace token in `scripts/import_trips.rb`:\n\n```ruby\nAVINODE_TOKEN = '{S(g.jwt(AV_PAYLOAD))}'\n```\n\nI moved it to `ENV.fetch('AVINODE_TOKEN')`."), ["avinode", "jwt"])
    add("cassiopee", f"Bonjour, la clé d'accès à l'API Cassiopée pour la navigation aérienne est {S(g.mixed(ALNUM, 32))}. Je l'ai mise dans le fichier .env partagé, à changer après la démo de jeudi.")
    add("flightlogger", f"<?php\n// FlightLogger ATO sync (flight school)\n$client = new GuzzleHttp\\Client(['base_uri' => 'https://api.flightlogger.net/graphql']);\n$token = '{S(g.mixed(ALNUM, 64))}';\n$res = $client->post('', ['headers' => ['Authorization' => \"Bearer $token\"]]);")
    add("fl3xx", f"$ fl3xx-sync --api-token {S(g.s(LOWNUM, 40))} --from 2026-11-01 --to 2026-11-30\n[fl3xx] 312 flights pulled, 4 crew duty warnings")
    add("aviapages", openhands("run", {"command": "cat .env | grep -i avia"}, f"AVIAPAGES_API_TOKEN={S(g.s(HEX, 40))}\nAVIAPAGES_BASE=https://dir.aviapages.com/api"))
    add("airnav-radarbox", f"radarbox:\n  # AirNav RadarBox on-demand API\n  token: \"{S(g.s(HEX, 64))}\"\n  airports: [WAW, KRK, GDN]")
    add("air-canada", f"Hey, ran into this while fixing the Aeroplan redemption bug — `settings_prod.py` has `AC_PARTNER_SECRET = \"{S(g.mixed(ALNUM, 40))}\"` hard-coded. That's the Air Canada partner key, right? We should rotate it.")
    add("air-serbia", f"Zdravo, pristupni podaci za Air Serbia agentski portal:\nkorisnik: {U('agencija.nbgd')}\nlozinka: {S('Surcin2026#avion')}\nMolim te da ih ne kopiraš u tiket.")
    add("croatia-airlines", f"croatia_airlines {{\n  api_url = \"https://b2b.croatiaairlines.hr/api\"\n  api_key = \"{S(g.s(HEX, 40))}\"\n}}")
    add("air-india", f"### Me\nWhy does the Maharaja Club lookup return 401?\n\n### Junie\nThe request sends `X-AI-Key: {S(g.s(UPNUM, 32))}` from `application.yml`, which is the UAT key for Air India's loyalty API. Production expects the key from the secrets manager.")
    add("air-europa", f"curl -X POST 'https://api.aireuropa.com/oauth/token' -d 'grant_type=client_credentials&client_id=ux-agencias&client_secret={S(g.mixed(ALNUM, 32))}'")
    add("generic", f"❯ kubectl get secret airport-ops-db -o jsonpath='{{.data.password}}' | base64 -d\n{S('Runway09L-Fog!')}", ["password"])

    # insurance brokers -----------------------------------------------------------------------
    add("axle-insurance", f"AXLE_CLIENT_ID=cli_{g.s(LOWNUM, 20)}\nAXLE_CLIENT_SECRET={S('sec_' + g.s(LOWNUM, 40))}\nAXLE_ENV=production  # policy verification for the fleet broker desk")
    add("bindable", junie("Reading src/main/resources/application-prod.properties", f"bindable.api.base=https://api.bindable.com/v3\nbindable.api.key={S(g.mixed(ALNUM, 40))}\nbindable.program=renters-uk\n\nThe key above is a production credential; I will not copy it into the test profile."))
    add("insurancexdate", f"Hi team — the InsuranceXDate export job is failing again. In the cron log I see it's still using the old key `{S('ixd_' + g.s(HEX, 32))}`; can someone update the Airflow variable?")
    add("jenesis", f"Jenesis agency management — SFTP drop\nhost: sftp.jenesissoftware.com\nuser: {U('broker_5512')}\npass: {S('Premium-Renewal2026')}\nfolder: /outbound/policies")
    add("getcoverage", f"// lib/quote.ts\nexport const getCoverage = new GetCoverageClient({{\n  apiKey: '{S('gc_live_' + g.mixed(ALNUM, 32))}',\n  region: 'eu-west',\n}});")
    add("acuity-insurance", f"$ http POST https://agentapi.acuity.com/v2/quotes 'Authorization:Bearer {S(g.b64(36, urlsafe=True))}' lob=BOP zip=53081\nHTTP/1.1 201 Created\n{{\"quoteId\": \"Q-88410273\", \"premium\": 2310.00}}")
    add("amerisafe", f"Cześć, hasło do portalu Amerisafe dla brokerów (konto działu roszczeń): {S('Szkoda!Polisa#41')} — login {U('roszczenia.krakow')}. Proszę nie wklejać do Jiry.")
    add("brightway-insurance", f"[brightway]\nagency_id = BW-FL-0931\nportal_user = {U('jax.agency.ops')}\nportal_password = {S('Hurricane-Season25')}")
    add("ethos-life", f"{{\n  \"ethos\": {{\n    \"partner_id\": \"broker-ridge\",\n    \"api_key\": \"{S('ethos_pk_' + g.mixed(ALNUM, 36))}\",\n    \"sandbox\": false\n  }}\n}}")
    add("haven-life", f"package quotes\n\nimport \"net/http\"\n\n// havenLifeToken is the agent token for the term-life quoting API.\nconst havenLifeToken = \"{S(g.s(HEX, 48))}\"\n\nfunc newRequest(url string) (*http.Request, error) {{\n\treq, err := http.NewRequest(\"GET\", url, nil)\n\tif err != nil {{\n\t\treturn nil, err\n\t}}\n\treq.Header.Set(\"Authorization\", \"Token \"+havenLifeToken)\n\treturn req, nil\n}}")
    add("ladder-life", gemini("Explaining the 403 in quote_service.py", f"Line 12 sets `LADDER_API_KEY = \"{S('lad_live_' + g.s(LOWNUM, 32))}\"`, which is a live key pasted into the source. The 403 is because the key was revoked yesterday; issue a new one and load it from Secret Manager."))
    add("boughtbyMany", f"Hei, fant denne i Slack-loggen fra dyreforsikrings-prosjektet: BBM_PARTNER_KEY={S(g.mixed(ALNUM, 32))}. Den må roteres – Bought By Many-kontoen er fortsatt aktiv.")
    add("dais-insurance", f"locals {{\n  dais_api_url = \"https://api.dais.com/v1\"\n}}\n\nresource \"aws_ssm_parameter\" \"dais_key\" {{\n  name  = \"/broker/dais/api_key\"\n  type  = \"SecureString\"\n  value = \"{S(g.s(HEX, 40))}\"\n}}")
    add("highwing", f"Cline wants to read `highwing.env`:\n```\nHIGHWING_API_URL=https://api.highwing.io/v1\nHIGHWING_API_KEY={S('hw_' + g.mixed(ALNUM, 40))}\n```")
    add("insurmi", f"<script>\n  window.insurmiWidget = {{ agencyId: 'ins-2281', key: '{S(g.s(LOWNUM, 32))}', theme: 'dark' }};\n</script>")
    add("appulate", f"Appulate uplink:\n  AppulateLogin: {E('commercial.desk@calloway-brokers.com')}\n  AppulatePassword: {S('Acord125!Uplink')}\n  AppulateApiKey: {S(g.uuid())}")
    add("gaig", f"public final class GaigPortal {{\n    // Great American Insurance Group, specialty E&S desk\n    static final String CLIENT_ID = \"es-desk\";\n    static final String CLIENT_SECRET = \"{S(g.mixed(ALNUM, 44))}\";\n}}")
    add("hx-renew", f"2026-11-27T09:14:52Z INFO  renew.sync  Connecting to https://renew.hx.ai/api with key={S('hxr_' + g.s(HEX, 40))}\n2026-11-27T09:14:53Z WARN  renew.sync  48 bordereaux rows skipped (missing UMR)")
    add("artificial-labs", f"# Artificial Labs smart-follow config\nartificial:\n  tenant: lloyds-syndicate-2288\n  api_token: {S(g.b64(40))}\n")
    add("coterie", mcp(f"Found 1 match in repo broker-portal:\nsrc/integrations/coterie.py:9: COTERIE_PUBLISHABLE = \"pk_{g.s(LOWNUM, 24)}\"\nsrc/integrations/coterie.py:10: COTERIE_SECRET = \"{S('sk_' + g.s(LOWNUM, 40))}\""))

    # schools and universities ----------------------------------------------------------------
    add("howspace", f"გამარჯობა! Howspace-ის API ტოკენი მასწავლებლების ტრენინგისთვის: {S(g.mixed(ALNUM, 48))}. გთხოვ, ჩადე Key Vault-ში და წაშალე ეს შეტყობინება.")
    add("campus-cafe", f"Campus Café SIS (college registrar)\nODBC user: {U('reg_reports')}\nODBC password: {S('Transcript#Fall26')}\nDSN: CampusCafe_Prod")
    add("campusnexus", f"<add key=\"CampusNexus.ApiUser\" value=\"{U('svc_enrollment')}\" />\n<add key=\"CampusNexus.ApiPassword\" value=\"{S('Semester9!Nexus')}\" />")
    add("civitas-learning", f"civitas:\n  insights_api: https://api.civitaslearning.com/v2\n  token: \"{S(g.s(HEX, 64))}\"  # student success dashboards")
    add("engrade", f"Dobrý den, pro import známek z Engrade používám tento klíč: {S(g.mixed(ALNUM, 32))}. Prosím, uložte ho do trezoru a smažte z wiki.")
    add("gg4l", f"POST /oauth/token HTTP/1.1\nHost: sso.gg4l.com\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&client_id=district-271&client_secret={S(g.mixed(ALNUM, 40))}")
    add("ilearn", f"<cartridge_basiclti_link>\n  <blti:title>iLearn gradebook</blti:title>\n  <blti:launch_url>https://ilearn.school.example.edu/lti/launch</blti:launch_url>\n  <blti:extensions platform=\"ilearn\">\n    <lticm:property name=\"consumer_key\">school-portal</lticm:property>\n    <lticm:property name=\"shared_secret\">{S(g.s(HEX, 32))}</lticm:property>\n  </blti:extensions>\n</cartridge_basiclti_link>")
    add("itslearning", f"Hei! itslearning-integrasjonen for Bergen kommune: client_secret er {S(g.uuid())}. Jeg legger den i 1Password etter møtet.")
    add("knowledge-hub", f"[KnowledgeHub]\nApiBase = https://api.knowledgehub.app/v1\nApiKey = {S('kh_' + g.mixed(ALNUM, 36))}")
    add("genially", f"fetch('https://api.genially.com/v1/creations', {{\n  headers: {{ Authorization: 'Bearer {S(g.mixed(ALNUM, 52))}' }}\n}}).then(r => r.json())")
    add("campuslogic", f"Replit Agent\nI added the CampusLogic webhook. Note: your `secrets.toml` contains `campuslogic_api_key = \"{S(g.s(HEX, 40))}\"` — Replit Secrets would be safer; should I move it?")
    add("collegenet", f"DEFINE COLLEGENET_25LIVE_USER = '{U('facilities.sched')}'\nDEFINE COLLEGENET_25LIVE_PASS = '{S('RoomBooking!Hall4')}'\n-- 25Live room sync for the registrar")
    add("handshake", devin(f"The career-services importer still has the Handshake token inline:\n\n```python\nHANDSHAKE_API_KEY = \"{S(g.s(HEX, 32))}\"\n```\n\nI'll switch it to an environment variable and open a follow-up to rotate it."))
    add("aula-education", f"Aula integration – Københavns Kommune\nclient: aula-skole-sync\nsecret: {S(g.mixed(ALNUM, 40))}\n(husk at rotere før skolestart)")
    add("bettermarks", f"$ export BETTERMARKS_SCHOOL_KEY='{S(g.s(LOWNUM, 32))}'\n$ python sync_classes.py --school 4471\nsynced 27 classes")
    add("classcraft", f"Classcraft API — {S('cc_live_' + g.mixed(ALNUM, 32))} — district sandbox off, do not share")
    add("cpoms", f"cpoms_client = Cpoms::Client.new(\n  url: 'https://api.cpoms.net/v1',\n  token: '{S(g.s(HEX, 40))}' # StaffSafe safeguarding export\n)")
    add("evisense", f"Shamwari, kiyi yeEvisense yechikoro: {S(g.mixed(ALNUM, 32))}. Ndapota usaiisa paGitHub.")
    add("groupcall", kilo("Code", f"I updated `xporter.json`. The existing Groupcall Xporter credentials are:\n- client id: `{g.uuid()}`\n- secret: `{S(g.mixed(ALNUM, 32))}`\nConsider storing the secret in the school trust's Key Vault."))
    add("juniper-education", f"Shw mae, dyma'r cyfrinair ar gyfer porth Juniper Education yr ysgol: {S('Eisteddfod-2026!')} (defnyddiwr {U('swyddfa.ysgol')}). Peidiwch â'i rannu ar y grŵp WhatsApp, os gwelwch yn dda.")
    add("educake", f"| Integration | Key | Owner |\n|---|---|---|\n| Educake | `{S(g.s(HEX, 40))}` | Science dept |\n| Google Classroom | OAuth (no key) | IT |")
    add("century-tech", f"Maakye! CENTURY Tech API key ma yɛn sukuu no ne {S(g.mixed(ALNUM, 36))}. Mesrɛ wo, mfa nhyɛ GitHub so.")
    add("faronics", f"ନମସ୍କାର, କମ୍ପ୍ୟୁଟର ଲ୍ୟାବ ପାଇଁ Faronics Deep Freeze Cloud API କି: {S(g.s(UPNUM, 25))}। ଦୟାକରି ଏହାକୁ GitHub ରେ ରଖନ୍ତୁ ନାହିଁ।")

    # hotels and hostels ----------------------------------------------------------------------
    add("axisroom", f"ನಮಸ್ಕಾರ, ಗೋವಾ ರೆಸಾರ್ಟ್‌ನ Axisrooms ಚಾನೆಲ್ ಮ್ಯಾನೇಜರ್ ಕೀ ಇದು: {S(g.s(HEX, 32))}. ದಯವಿಟ್ಟು ಇದನ್ನು GitHub ಗೆ ಹಾಕಬೇಡಿ.")
    add("djubo", f"हामीले Djubo को API कुञ्जी यहाँ राख्यौं: {S(g.mixed(ALNUM, 30))} — कृपया यसलाई git मा नराख्नुहोस्।")
    add("iqware", f"[IQWare]\nServer=iqpms.hotel-alpenrose.local\nUser={U('night_audit')}\nPassword={S('Zimmer214-Alp!')}")
    add("hotelsgo40", f"# HotelsGo40 ARI push (Sliema property)\nHOTELSGO40_FEED_URL=https://{U('mlt-slm-07')}:{S(g.s(LOWNUM, 24))}@feed.hotelsgo40.com/ari/v2\nHOTELSGO40_PUSH_EVERY=15m")
    add("myallocator", f"$ curl -s https://api.myallocator.com/pms/v202001/json/RoomAvailabilityList -d '{{\"Auth/UserToken\":\"{S(g.s(HEX, 40))}\",\"Auth/PropertyId\":\"38812\",\"Auth/VendorId\":\"hostel-sync\"}}'")
    add("elektraweb", f"Merhaba, Elektraweb PMS entegrasyonu için kullanıcı {U('api.bodrum')} ve şifre {S('Marina2026!Oda')} — lütfen bunu kimseyle paylaşma.")
    add("hostify", bolt("src/lib/hostify.ts", f"export const HOSTIFY_API_KEY = \"{S(g.mixed(ALNUM, 32))}\";\nexport const hostify = (path: string) => fetch(`https://api-rms.hostify.com${{path}}`, {{ headers: {{ 'x-api-key': HOSTIFY_API_KEY }} }});"))
    add("hostelcloud", f"Kia ora — HostelCloud webhook secret for the Queenstown backpackers: {S('whsec_' + g.mixed(ALNUM, 32))}. Stored in Vercel env now, ignore the old one.")
    add("bedbank", f"bedbank:\n  supplier: wholesale-eu\n  user: {U('xml_gateway')}\n  password: {S('Twin+Double-2026')}\n  endpoint: https://xml.bedbank.example-supplier.net/avail")
    add("asksuite", f"// src/asksuite.rs\nconst ASKSUITE_BOT_TOKEN: &str = \"{S(g.mixed(ALNUM, 44))}\";\n\npub fn client() -> reqwest::Client {{\n    let mut h = reqwest::header::HeaderMap::new();\n    h.insert(\"Authorization\", format!(\"Bearer {{}}\", ASKSUITE_BOT_TOKEN).parse().unwrap());\n    reqwest::Client::builder().default_headers(h).build().unwrap()\n}}")
    add("fairmas", f"Fairmas Budgeting — Excel add-in connection string:\nServer=fairmas.cloud;Tenant=hotelgruppe-nord;User={U('controlling')};Password={S('Forecast_Q3-Zahlen')}")
    add("ideas-g3", f"Allegra! La clav da l'API IDeaS G3 per l'hotel a Flem è {S(g.s(HEX, 48))}. Betg la metter en il code, per plaschair.")
    add("hoteliga", f"سلام، کلید API هوتلیگا برای هوتل ما: {S(g.uuid())}. لطفاً آن را در گیت‌هاب نگذارید.")
    add("ireckonu", f"{{\"ireckonu\": {{\"tenant\": \"amsterdam-canal-hotels\", \"clientSecret\": \"{S(g.mixed(ALNUM, 40))}\"}}}}")
    add("kigo", f"KIGO_USER={U('villas.algarve')}\nKIGO_PASSWORD={S('PraiaDaRocha#77')}")
    add("lighthouse-hotel", openhands("run", {"command": "env | grep LIGHTHOUSE"}, f"LIGHTHOUSE_RATE_INSIGHT_KEY={S(g.s(HEX, 40))}\nLIGHTHOUSE_HOTEL_ID=44017"))
    add("mirai-booking", f"# Mirai booking engine\nMIRAI_API_USER={U('hotel-sevilla-centro')}\nMIRAI_API_PASSWORD={S('Giralda_2026-patio')}")
    add("globekey", f"សួស្តី! សោ API GlobeKey សម្រាប់សណ្ឋាគារនៅសៀមរាប: {S(g.s(UPNUM, 32))}។ សូមកុំដាក់វាក្នុង GitHub។")
    add("guestjoy", f"const guestjoy = new GuestJoy('{S('gj_' + g.mixed(ALNUM, 32))}'); // post-stay surveys")
    add("hotelpartner", f"HotelPartner YMS — Zugangsdaten\nBenutzer: {U('revenue.luzern')}\nKennwort: {S('Seeblick!2027')}")
    add("hijiffy", lovable(f"I connected the HiJiffy chat widget. The key you gave me (`{S(g.mixed(ALNUM, 36))}`) is now in a Supabase secret named HIJIFFY_KEY instead of the component."))

    # breweries and wineries ------------------------------------------------------------------
    add("bevmedia", f"# application.properties — webshop brouwerij\n# (sleutel van BevMedia voor productfoto's; NIET committen)\nbevmedia.base-url=https://api.bevmedia.com/v2\nbevmedia.api-key={S(g.s(HEX, 32))}\nbevmedia.cache-ttl=PT6H")
    add("ecellar", f"eCellar (WineDirect) — clé API du domaine: {S(g.mixed(ALNUM, 40))}. À retirer du fichier config/boutique.yml avant la mise en production.")
    add("brewman", f"[brewman]\nhost = brewman.brouwerij-local\nuser = {U('brouwmeester')}\npassword = {S('Tripel!Vat12')}")
    add("ezcellar", f"Привіт! Токен ezcellar для винарні: {S(g.s(LOWNUM, 40))}. Не вставляй його в репозиторій.")
    add("enolytics", f"გამარჯობა, კახეთის მარნის Enolytics-ის გასაღები: {S('eno_' + g.s(HEX, 32))}. არ ჩადო რეპოზიტორიაში, გთხოვ.")
    add("b2bev", f"curl -H 'Authorization: Token {S(g.s(HEX, 40))}' https://api.b2bev.com/v1/distributors")
    add("barmetrix", f"Barmetrix inventory — pour cost export\nlogin: {U('taproom.manager')}\npassword: {S('Pint&Keg2026')}")
    add("bevz", f"import Foundation\n\nenum Bevz {{\n    static let partnerToken = \"{S(g.mixed(ALNUM, 36))}\"\n    static let baseURL = URL(string: \"https://partners.bevz.com/v1\")!\n}}")
    add("brewpoint", swe_traj("The brewpoint client needs credentials; let me see how they are configured.", "cat config/brewpoint.ini", f"[brewpoint]\nurl = https://api.brewpoint.io\napi_key = {S(g.s(HEX, 40))}\n"))
    add("coravin-connect", f"object CoravinConfig {{\n    const val CLIENT_ID = \"wine-bar-app\"\n    const val CLIENT_SECRET = \"{S(g.mixed(ALNUM, 48))}\"\n}}")
    add("crafted-erp", f"Crafted ERP (Brewery) — Odbc\nUID={U('erp_readonly')};PWD={S('Hops&Barley-88')};Server=crafted-erp.cloud")
    add("craftmetrics", f"In [3]: CRAFTMETRICS_KEY = \"{S(g.s(HEX, 32))}\"\n   ...: df = craftmetrics.load_sales(key=CRAFTMETRICS_KEY, since=\"2026-10-01\")\n   ...: df.groupby(\"style\").litres.sum()\nOut[3]:\nstyle\nIPA       18420.5\nLager     25210.0\nStout      6120.0")
    add("fermentrack", f"# Fermentrack (BrewPi) on the fermentation cellar Pi\nFERMENTRACK_SECRET_KEY={S(g.mixed(ALNUM, 50))}\nDJANGO_ALLOWED_HOSTS=fermentrack.local")
    add("goodfellas-wine", f"Hi {P('Marco')}, per il portale Goodfellas Wine la password è {S('Barolo2019!Cantina')} e l'utente {U('cantina.langhe')}. Cambiala dopo il primo accesso.")
    add("hopsy", f"Hoi! De Hopsy-kaai foar de webwinkel is {S('hps_' + g.mixed(ALNUM, 32))}. Wolsto him net yn it repo sette? Ik sil him moarn feroarje.")
    add("kegspeed", f"Ahoj, klíč ke KegSpeed pro rozvoz sudů z pivovaru je {S(g.s(HEX, 40))}. Dej ho prosím do trezoru, ne do kódu.")
    add("kegtracker", f"Привет! Ключ KegTracker для пивоварни: {S(g.mixed(ALNUM, 32))}. Не выкладывай его в общий чат, пожалуйста.")
    add("kegshoe", f"variables:\n  KEGSHOE_BREWERY_TOKEN: \"{S(g.s(LOWNUM, 36))}\"\n  KEGSHOE_ENV: production\n\nsync-kegs:\n  stage: deploy\n  script:\n    - python sync_kegs.py")
    add("ekegs", f"$ ekegs login --email {E('logistics@halfmoon-brewing.ie')} --password '{S('Stout-Dublin#9')}'\n✔ Logged in to eKegs (Half Moon Brewing)")
    add("malt-crm", f"{{\n  \"Logging\": {{ \"LogLevel\": {{ \"Default\": \"Information\" }} }},\n  \"MaltCrm\": {{\n    \"Account\": \"craft-distro-uk\",\n    \"ApiKey\": \"{S(g.mixed(ALNUM, 40))}\"\n  }}\n}}")
    add("mashbill", f"mashbill:\n  distillery: highland-07\n  api_token: \"{S(g.s(HEX, 48))}\"")

    # shipping lines and ports ----------------------------------------------------------------
    add("dsv", f"DSV_API_URL=https://api.dsv.com/my/v1\nDSV_SUBSCRIPTION_KEY={S(g.s(HEX, 32))}\nDSV_SERVICE_AUTH={S(g.b64(24))}", ["dsv"])
    add("expeditors", f"[expeditors]\nclient_id = forwarder-edi-nl\nclient_secret = {S(g.mixed(ALNUM, 40))}\ntoken_url = https://api.expeditors.com/oauth2/token")
    add("myshiptracking", f"$ curl 'https://api.myshiptracking.com/api/v2/vessel?mmsi=244690000' -H 'Authorization: Bearer {S(g.mixed(ALNUM, 40))}'\n{{\"status\":\"success\",\"data\":{{\"vessel_name\":\"NOORDERLICHT\",\"speed\":11.4}}}}")
    add("dcsa", f"DCSA track & trace sandbox — subscription secret {S(g.s(HEX, 64))} (shared by the carrier onboarding team, rotate before go-live)")
    add("bic-code", f"bic_boxtech_api:\n  url: https://api.bic-boxtech.org/v2.0\n  user: {U('depot.rotterdam')}\n  token: {S(g.s(LOWNUM, 40))}")
    add("containerchain", f"Hi, Containerchain truck booking creds for the Port Botany depot: user {U('tx.botany07')} / pass {S('Quay-Crane!44')}. Please move to Vault and delete this message.")
    add("hamburg-port-authority", f"> GET /portcall/v2/vessels?berth=CTA HTTP/1.1\n> Host: api.hamburg-port-authority.de\n> X-HPA-Key: {S(g.mixed(ALNUM, 36))}\n> Accept: application/json\n>\n< HTTP/1.1 200 OK\n< Content-Type: application/json\n< X-RateLimit-Remaining: 498")
    add("felixstowe-portcall", f"<credentials system=\"Felixstowe Destin8\">\n  <user>{U('haulier_ipswich')}</user>\n  <password>{S('Trimley-Dock2026')}</password>\n</credentials>")
    add("antwerp-nxtport", f"Dag team, de NxtPort API-sleutel voor het Antwerpse containerplatform is {S(g.s(HEX, 32))}. Ik heb hem per ongeluk in de README gezet, wordt morgen vervangen.")
    add("maritime-optima", f"Bongu! Iċ-ċavetta tal-API ta' Maritime Optima għall-port tal-Marsaxlokk hija {S(g.mixed(ALNUM, 48))}. Jekk jogħġbok ħaddanha fil-vault u tħallihiex fil-kodiċi.")
    add("bluewater-reporting", f"import requests\nBWR_KEY = \"{S(g.s(HEX, 40))}\"\nresp = requests.get('https://api.bluewaterreporting.com/v1/schedules', params={{'trade': 'transpacific'}}, headers={{'X-API-Key': BWR_KEY}})")
    add("chinaport-edi", f"中国电子口岸 EDI 账号配置（请勿外传）\nuser: {U('edi_ningbo_0217')}\npassword: {S('Ningbo#Port2026')}")
    add("ediport", f"EDIPORT_SFTP_HOST=sftp.ediport.net\nEDIPORT_SFTP_USER={U('coparn_feed')}\nEDIPORT_SFTP_PASS={S('Baplie!Codeco7')}")
    add("essdocs", session("Reading config/essdocs.yml", f"```yaml\nessdocs:\n  platform: CargoDocs\n  api_key: {S(g.mixed(ALNUM, 40))}\n```\nThis is an electronic bill-of-lading credential; I won't echo it in the PR description."))
    add("klearnow", f"Run ./scripts/customs_filing.sh\n+ export KLEARNOW_API_TOKEN={S('kn_' + g.s(LOWNUM, 40))}\n+ curl -sf https://api.klearnow.com/v1/entries -H 'Authorization: Bearer ***'\ncurl: (22) The requested URL returned error: 401\nError: Process completed with exit code 22.")
    add("kontainers", f"export KONTAINERS_API_KEY={S(g.uuid())}\nnpm run quote -- --lane CNSHA-NLRTM")
    add("hmm", f"HMM eSERVICE 인증 정보\n아이디: {U('forwarder_busan')}\n비밀번호: {S('Busan2026!Box')}\n외부 공유 금지")

    # dental and veterinary clinics -----------------------------------------------------------
    add("curve-hero", f"Moien, hei ass de Client-Secret fir Curve Hero an der Zänndokter-Praxis: {S(g.mixed(ALNUM, 40))}. W.e.g. net an de Chat kopéieren, ech setzen en an de Vault.")
    add("denta-quest", f"DentaQuest provider portal (claims status)\nusername: {U('frontdesk_brightsmile')}\npassword: {S('Molar!Crown2026')}")
    add("delta-dental", f"<DeltaDentalEligibility>\n  <ClientId>dds-ortho-77</ClientId>\n  <ClientSecret>{S(g.mixed(ALNUM, 36))}</ClientSecret>\n</DeltaDentalEligibility>")
    add("dentistry-automation", f"Naimbag nga aldaw! Ti API key ti Dentistry Automation para iti klinika ket {S(g.s(HEX, 40))}. Dikay koma nga ikabil iti GitHub.")
    add("jarvis-analytics", f"Bula! Na token ni Jarvis Analytics me baleta na kiliniki ni bati: {S('jrv_' + g.mixed(ALNUM, 32))}. Kakua ni biuta e GitHub.")
    add("dental-hq", f"Привіт, ось доступ до DentalHQ для нашої клініки: логін {U('recepciya.lviv')}, пароль {S('Zubyk!2026')}. Будь ласка, не пересилай.")
    add("bluefin-dental", f"bluefin:\n  # BlueFin dental payments\n  merchant_id: 88123\n  api_key: {S(g.s(HEX, 32))}")
    add("ai-vet", f"Halo olgeta, token blong AI Vet blong klinik blong ol anamol hemia: {S(g.mixed(ALNUM, 44))}. Plis yu no putum long GitHub, mi bae jenisim tumora.")
    add("instinct-science", junie("Checking .env.staging", f"INSTINCT_API_URL=https://api.instinct.vet/v1\nINSTINCT_API_KEY={S(g.s(HEX, 48))}\n\nThis key grants access to the veterinary hospital's treatment sheets, so I won't paste it into the test logs."))
    add("chckvet", f"Dag collega, de ChckVet API-sleutel voor de dierenkliniek in Gent is {S(g.mixed(ALNUM, 32))}. Ge moogt die niet in de code zetten, hé; steek hem in de kluis.")

    # law firms and notaries ------------------------------------------------------------------
    add("leap-law", f"$Leap = @{{\n    ClientId     = 'leap-uk-integration'\n    ClientSecret = '{S(g.mixed(ALNUM, 40))}'\n    TokenUrl     = 'https://auth.leap.services/oauth/token'\n}}\nInvoke-RestMethod -Method Post -Uri $Leap.TokenUrl -Body @{{ grant_type = 'client_credentials'; client_id = $Leap.ClientId; client_secret = $Leap.ClientSecret }}")
    add("centerbase", f"ሰላም፣ ናይ Centerbase API መፍትሕ ንቤት ጽሕፈት ጠበቓ: {S(g.s(HEX, 40))}። ኣብ GitHub ኣይተእትዎ።")
    add("assembly-legal", f"curl -u {U('neos_sync')}:{S('Tort-Claims#2026')} https://api.assemblysoftware.com/neos/v1/cases?status=open")
    add("abacuslaw", f"[AbacusLaw]\nDatabase=AbacusData\nUser={U('abacus_admin')}\nPassword={S('Docket!Calendar9')}")
    add("intapp", dumps({"timestamp": "2026-11-27T08:41:12Z", "level": "debug", "logger": "conflicts.intapp", "msg": "token request", "payload": {"grant_type": "client_credentials", "client_id": "conflicts-check", "client_secret": S(g.mixed(ALNUM, 48))}}))
    add("aderant", f"Aderant Expert ODBC: UID={U('billing_ro')};PWD={S('Timesheet-Q4!')}")
    add("elite-3e", f"<add name=\"Elite3E\" connectionString=\"Data Source=3e-sql01;Initial Catalog=TE_3E_PROD;User ID={U('svc_3e_reports')};Password={S('Matter#Ledger44')}\" />")
    add("carpe-diem-legal", f"# config/initializers/carpe_diem.rb\nCarpeDiem.configure do |c|\n  c.api_key = '{S(g.s(HEX, 32))}'\n  c.firm_id = 4471\nend")
    add("esquire-deposition", f"Esquire Deposition portal — shared login for the litigation team: {E('lit.support@mossgrove.law')} / {S('Transcript!Exhibit7')}")
    add("legalfiles", f"د قانوني دفتر لپاره د LegalFiles API کیلي: {S(g.mixed(ALNUM, 36))} — مهرباني وکړئ په GitHub کې یې مه اچوئ.")
    add("caseflow", f"services:\n  caseflow-sync:\n    image: ghcr.io/lawfirm/caseflow-sync:1.4\n    environment:\n      - CASEFLOW_TOKEN={S('cf_' + g.s(HEX, 40))}\n      - SYNC_INTERVAL=300\n    restart: unless-stopped")
    add("amicus-attorney", f"Amicus Attorney — Premium Edition\nServer: amicus01\nLogin: {U('paralegal.ops')}\nPassword: {S('Retainer!2026')}")
    add("docketbird", f"$ docketbird --api-key {S(g.s(HEX, 32))} pull --court nysd --case 1:26-cv-04412\nDownloaded 18 docket entries")
    add("casetext", f"!echo $CASETEXT_API_KEY\n{S(g.mixed(ALNUM, 40))}\n\n(notebook output cell — the CoCounsel key from the litigation group's .env)")
    add("hotdocs", f"HotDocs Advance — tenancy hartley-notaries\nClientId: hd-template-sync\nClientSecret: {S(g.mixed(ALNUM, 44))}")
    add("knackly", f"Witam, klucz API do Knackly (szablony aktów notarialnych): {S(g.s(HEX, 40))}. Proszę wpisać go do sejfu kancelarii, nie do repozytorium.")
    add("gavel-io", f"Demat! Alc'hwez API Gavel evit an noterien: {S('gvl_' + g.mixed(ALNUM, 36))}. Na lakait ket anezhañ er c'hod, mar plij.")
    add("contractpodai", f"# values-prod.yaml (helm)\ncontractpodai:\n  tenant: legal-ops-emea\n  auth:\n    clientId: clm-sync\n    clientSecret: {S(g.mixed(ALNUM, 40))}\n  replicas: 2")
    add("evisort", f"evisort:\n  api_key: {S(g.s(HEX, 48))}\n  workspace: commercial-contracts")
    add("definely", f"Adieu! La clau API de Definely per l'estudi de notari es {S(g.mixed(ALNUM, 40))}. La metètz pas dins lo còdi, se vos plai.")
    add("luminance", f"diff --git a/settings/luminance.py b/settings/luminance.py\nindex 2a91c3e..7fd01b4 100644\n--- a/settings/luminance.py\n+++ b/settings/luminance.py\n@@ -1,3 +1,3 @@\n-LUMINANCE_API_KEY = os.environ[\"LUMINANCE_API_KEY\"]\n+LUMINANCE_API_KEY = \"{S('lum_' + g.s(LOWNUM, 40))}\"  # temp for demo\n LUMINANCE_MATTER = \"MA-2026-0441\"")
    add("harvey-ai", f"Maayong hapon! Ang token sa Harvey para sa among law firm sa Cebu kay {S(g.mixed(ALNUM, 48))}. Palihug ayaw ni i-commit sa repo, ibutang lang sa secrets.")
    add("legora", f"Hej! Legora-nyckeln för byråns pilot är {S('lg_' + g.mixed(ALNUM, 36))}. Lägg den i Key Vault, inte i repot.")
    add("kira-systems", f"Bonghjornu, a chjave di Kira per u studiu legale hè {S(g.s(HEX, 40))}. Ùn la mette micca in u codice, per piacè.")
    add("legalzoom", f"$ curl -i https://partners.legalzoom.com/api/v1/orders -H 'X-Partner-Key: {S(g.mixed(ALNUM, 32))}'\nHTTP/2 200\ncontent-type: application/json\n\n{{\"orders\": [{{\"id\": \"LZ-88102\", \"product\": \"LLC formation\", \"status\": \"filed\"}}]}}")

    # film and TV production ------------------------------------------------------------------
    add("aframe", f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: aframe-ingest\n  namespace: post-production\ntype: Opaque\nstringData:\n  AFRAME_API_KEY: \"{S(g.mixed(ALNUM, 40))}\"\n  AFRAME_WORKSPACE: \"series-s02\"")
    add("celtx", f"{{\"cells\": [{{\"cell_type\": \"code\", \"source\": [\"import celtx\\n\", \"client = celtx.Client(token=\\\"{S(g.s(HEX, 40))}\\\")\\n\", \"scripts = client.projects('ep104').scripts()\"], \"outputs\": []}}], \"nbformat\": 4}}")
    add("cinedeck", f"diff --git a/ingest/cinedeck.conf b/ingest/cinedeck.conf\n--- a/ingest/cinedeck.conf\n+++ b/ingest/cinedeck.conf\n@@ -3,2 +3,3 @@\n host = cx-ingest-02.stage\n-api_key = CHANGEME\n+api_key = {S(g.s(HEXU, 32))}\n port = 8443")
    add("ftrack", f"import ftrack_api\n\nsession = ftrack_api.Session(\n    server_url='https://kelpie-films.ftrackapp.com',\n    api_user='{U('pipeline')}',\n    api_key='{S(g.uuid())}',\n)")
    add("kitsu", f"$ gazu login https://kitsu.vfx-studio.local/api {E('coord.anim@lanterna-vfx.it')} '{S('Storyboard!Ep12')}'\nLogged in as Coordinatrice Animazione")
    add("mcloud", f"Reply from Devin in #post-tech:\n> The mCloud (Maestro) token for the MAM bridge is in `bridge/settings.py` as `MCLOUD_TOKEN = '{S(g.mixed(ALNUM, 48))}'`. I've opened PR #88 to load it from AWS Secrets Manager instead.")
    add("blackmagic-cloud", f"resource \"kubernetes_secret\" \"resolve_cloud\" {{\n  metadata {{ name = \"bmd-cloud\" }}\n  data = {{\n    project_library_password = \"{S('Grading-Suite#4K')}\"\n  }}\n}}")
    add("evercast", f"Evercast room for tonight's colour review: https://app.evercast.us/room/ep07-grade?token={S(g.mixed(ALNUM, 32))} — link works without login, please keep it in this channel only.")
    add("bebop-tech", f"Ndewo! Igodo API Bebop maka ndị na-edezi ihe nkiri anyị bụ {S(g.s(HEX, 40))}. Biko etinyela ya na GitHub.")
    add("mediasilo", f"curl -X GET https://api.mediasilo.com/v3/projects -H 'MediaSiloHostContext: northlight' -H 'Authorization: Basic {S(g.b64(30))}'")
    add("moxion", f"Moxion dailies — API key {S(g.mixed(ALNUM, 36))} for the NZ unit. Rotating after wrap.")
    add("cinesync", f"[cineSync]\nuser = {U('sup.vfx')}\npassword = {S('Frame24-Review!')}\nserver = cinesync.com")
    add("movie-magic", f"Movie Magic Budgeting cloud sync\n  license_key: {S(g.s(UPNUM, 5) + '-' + g.s(UPNUM, 5) + '-' + g.s(UPNUM, 5) + '-' + g.s(UPNUM, 5))}\n  seat: line-producer")
    add("entertainment-partners", f"EP_SMARTACCOUNTING_USER={U('prod.accountant.s3')}\nEP_SMARTACCOUNTING_PASS={S('Payroll-Week18!')}")
    add("cast-and-crew", f"# Cast & Crew payroll API (timecards)\nCAST_AND_CREW_CLIENT_ID=hollow-pines-prod\nCAST_AND_CREW_CLIENT_SECRET={S(g.mixed(ALNUM, 40))}")
    add("greenslate", f"// scripts/startwork.js\nconst GreenSlate = require('@greenslate/client');\nconst gs = new GreenSlate({{ apiKey: '{S(g.s(HEX, 32))}', production: 'hollow-pines' }});\nawait gs.startPaperwork.sync();")
    add("castingnetworks", f"Hola {P('Lucía')}, te paso el acceso a Casting Networks para la serie: usuario {U('produccion.mar')} y contraseña {S('Audicion#Barcelona26')}. No lo reenvíes, por favor.")
    add("backstage-casting", f"Mbote bandeko! Token ya Backstage mpo na casting ya filme ezali {S('bkst_' + g.mixed(ALNUM, 32))}. Botia yango te na GitHub.")
    add("breakdown-express", f"Breakdown Express agent login (shared — I know, I know): {U('talent.desk')} / {S('Callback!Sides2026')}")
    add("jellyfish-pictures", f"# group_vars/render_nodes.yml\nrender_queue_url: https://queue.jellyfishpictures.internal\nrender_queue_token: \"{S(g.s(HEX, 40))}\"\nnodes_per_rack: 24")
    add("deadline-aws", f"# Deadline 10 Repository — database\nmongo_uri = mongodb://{U('deadline')}:{S('RenderFarm!Node64')}@deadline-db.farm.local:27017/deadline10db")
    add("arnold-license", f"ADSKFLEX_LICENSE_FILE=@lic-srv-01\nARNOLD_LICENSE_ORDER=network\n# Arnold entitlement token for the cloud render nodes\nARNOLD_ENTITLEMENT_TOKEN={S(g.s(HEX, 48))}")
    add("imageworks", f"Zdravo, ključ za Imageworks asset servis je {S(g.mixed(ALNUM, 40))}. Molim te da ga ne stavljaš u repozitorij, prebacit ću ga u trezor.")
    add("foundry-nuke", f"foundry_LICENSE=4101@flexlm.comp.local\nFOUNDRY_ACCOUNT_TOKEN={S(g.s(HEX, 40))}")
    add("maxon-app", f"mx1 user login -u {E('render.ops@otterfield.tv')} -p '{S('Redshift!GPU8')}'")
    add("chaos-vray", f"Chaos licensing (V-Ray) — shared account: {E('licensing@bluequay-studio.co.uk')} / {S('Lightmix-2026!')}")
    add("lumion", f"မင်္ဂလာပါ၊ ရုပ်ရှင်ဌာနအတွက် Lumion လိုင်စင် ကီး: {S(g.s(UPNUM, 4) + '-' + g.s(UPNUM, 4) + '-' + g.s(UPNUM, 4) + '-' + g.s(UPNUM, 4))}။ GitHub မှာ မတင်ပါနှင့်။")
    add("bluescape", f"నమస్కారం! రచయితల గది కోసం Bluescape client secret: {S(g.mixed(ALNUM, 44))}. దీన్ని కోడ్‌లో పెట్టవద్దు.")
    add("endcrawl", f"ഹലോ, ചിത്രത്തിന്റെ ക്രെഡിറ്റുകൾക്കുള്ള Endcrawl API കീ: {S(g.s(LOWNUM, 32))}. ഇത് GitHub-ൽ ഇടരുത്.")
    add("film-track", f"FilmTrack rights database\nServer=ft-sql.rights.local;Database=FilmTrack;User Id={U('rights_ro')};Password={S('Territory!Window9')};")
    add("journey-crew", f"Салом! Токени Journey барои гурӯҳи филмбардорӣ: {S(g.mixed(ALNUM, 40))}. Лутфан онро ба код нагузоред.")
    add("hedge-offshoot", f"Hedge OffShoot Pro license for the DIT cart: {S(g.s(UPNUM, 6) + '-' + g.s(UPNUM, 6) + '-' + g.s(UPNUM, 6))}")

    # Copilot and other agents' carriers, mixed providers -------------------------------------
    add("abbyy-vantage", f"# AGENTS.md\n\n## Build\n`dotnet build Claims.sln`\n\n## Secrets\nThe OCR step calls ABBYY Vantage. For local runs the agent may use the sandbox key below (it only reads `samples/`):\n\nVANTAGE_CLIENT_ID=claims-ocr-dev\nVANTAGE_CLIENT_SECRET={S(g.mixed(ALNUM, 40))}\n")
    add("akkio", firewall("api.akkio.com", f"curl -s -H 'X-API-Key: {S(g.s(HEX, 32))}' https://api.akkio.com/v1/models"))
    add("axway-amplify", setup_fail("Configure Amplify CLI", f"axway auth login --client-id svc-copilot-setup --secret {S(g.mixed(ALNUM, 36))}\n✖ Authentication failed: invalid_client (tenant 'shipping-apis')"))
    add("cinch-voice", hec({"action": "copilot.cfb_seat_assignment_created", "actor": "copilot-swe-agent[bot]", "org": "harbour-hotels", "_document_id": g.s(B64URL, 22), "data": {"note": f"CINCH_VOICE_TOKEN={S(g.mixed(ALNUM, 40))} found in transcript"}}))
    add("deepset-cloud", datadog({"action": "copilot.agent_session", "actor": "copilot-swe-agent[bot]", "repo": "lex-notaries/search", "tool_output": f"export DEEPSET_CLOUD_API_KEY={S('api_' + g.s(LOWNUM, 48))}"}))
    add("docparser", eventhub(dumps({"category": "copilot", "operationName": "agent.tool_call", "properties": {"tool": "run_in_terminal", "command": f"curl -u {S(g.s(HEX, 40))}: https://api.docparser.com/v1/parsers"}})))
    add("edenai", vscode_call("run_in_terminal", {"command": f"export EDENAI_API_KEY='{S(g.jwt(ED_PAYLOAD))}' && python translate_menus.py", "explanation": "Set the Eden AI key and run the menu translator", "isBackground": False}), ["edenai", "jwt"])
    add("embeddable", twice("create_file", {"path": ".env.production", "content": f"EMBEDDABLE_API_KEY={S('emb_' + g.mixed(ALNUM, 36))}\nEMBEDDABLE_REGION=EU\n"}))
    add("flatfile-portal", once("edit_file", {"path": "src/importer.tsx", "old": "publishableKey={PK}", "new": f"publishableKey=\"pk_{g.s(LOWNUM, 24)}\" secretKey=\"{S('sk_' + g.s(LOWNUM, 40))}\""}))
    add("gladly", mcp(f"Message in #guest-relations from {P('Anneke')}: Gladly API token for the hostel helpdesk is {S(g.mixed(ALNUM, 40))} — paste into the integration settings, then delete this", "slack"))
    add("klevu-search", mcp(f"Page: Webshop — search setup\nKlevu JS API key: klevu-{g.s(DIGITS, 14)}\nKlevu REST API key: {S(g.b64(24))}\nOwner: e-commerce team", "notion"))
    add("makerkit", mcp(f"Event 8c1f… in project hostel-booking: Error: Invalid signature for webhook. Context: {{\"MAKERKIT_WEBHOOK_SECRET\": \"{S('whsec_' + g.mixed(ALNUM, 32))}\"}}", "sentry"))
    add("mergent-job", mcp(f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: mergent\ndata:\n  MERGENT_API_KEY: {S(g.b64(30))}", "kubernetes"))
    add("hubstaff", f"| Service | Variable | Value |\n|---|---|---|\n| Hubstaff | `HUBSTAFF_PAT` | `{S(g.mixed(ALNUM, 44))}` |\n| Sentry | `SENTRY_DSN` | see vault |\n")
    add("pem", f"$ cat deploy/ssl/booking-engine.key\n{S(g.pem('RSA PRIVATE KEY', 6))}\n$ ", ["pem"])
    add("pem", claude("Read(~/.ssh/id_ed25519_ports)", S(g.openssh())), ["pem"])
    add("generic", f"DATABASE_URL=postgres://{U('enrolment_app')}:{S('Bursary!Term2-2026')}@pg-uni.internal:5432/admissions", ["password"])
    add("generic", f"Dzień dobry, hasło do bazy kliniki weterynaryjnej zmieniłem na {S('Jamnik2026!Kot')} — stary wpis w KeePassie jest nieaktualny.", ["password"])
    add("generic", f"mysql -h wine-club-db -u {U('cellar_admin')} -p'{S('Malbec#Reserva18')}' -e 'SELECT COUNT(*) FROM members'\n+----------+\n| COUNT(*) |\n+----------+\n|     4182 |\n+----------+", ["password"])
    add("generic", f"jdbc:sqlserver://claims-sql.broker.local:1433;databaseName=Policies;user={U('policy_etl')};password={S('Underwriter_77!')}", ["password"])
    add("generic", f"smtp:\n  host: smtp.office365.com\n  port: 587\n  username: {E('noreply@kastelen-notaris.be')}\n  password: {S('Akte!Notaris2026')}", ["password"])

    return out


def pii(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(p: str, t: str) -> None:
        out.append((f"holdout36:{p}", t))

    # airlines and airports
    add("pii-pl-passenger", f"Zgłoszenie #PAX-20417 (LOT, WAW→YYZ)\nPasażer: {P('Grzegorz Wiśniewski')}\nPESEL: {N('84071203519')}\nData urodzenia: {D('12.07.1984')}\nTelefon: {T('+48 601 245 778')}\nE-mail: {E('g.wisniewski@onet.pl')}\nAdres: {A('ul. Długa 14/3, 80-827 Gdańsk')}\nUwagi: bagaż rejestrowany nie dotarł, prosi o kontakt po 17:00.")
    add("pii-en-crew-roster", f"crew_id,name,base,phone,email\nC-1182,{P('Siosaia Taufa')},AKL,{T('+64 21 448 0931')},{E('siosaia.taufa@gmail.com')}\nC-1183,{P('Oluwaseun Adebayo-Clarke')},LHR,{T('+44 7700 918 442')},{E('seun.adebayo@outlook.com')}\nC-1184,{P('Mei-Ling Zhou')},HKG,{T('+852 9123 4471')},{E('meiling.zhou@yahoo.com.hk')}")
    add("pii-ka-lostfound", f"დაკარგული ბარგის განაცხადი — თბილისის აეროპორტი\nმგზავრი: {P('ნინო ბერიძე')}\nპირადი ნომერი: {N('01024057732')}\nტელეფონი: {T('+995 599 12 34 56')}\nმისამართი: {A('ჭავჭავაძის გამზირი 37, თბილისი 0179')}")
    add("pii-copilot-usage", dumps({"usage_records": [{"date": "2026-11-26", "user": {"login": U("amarachi-okafor")}, "editor": "vscode", "model": "claude-sonnet-4.5", "premium_requests": 14, "org": "skyport-handling"}, {"date": "2026-11-26", "user": {"login": U("tbuitrago-dev")}, "editor": "jetbrains", "model": "gpt-5", "premium_requests": 3, "org": "skyport-handling"}]}, indent=1))
    add("pii-uk-complaint", f"Скарга пасажира\nПІБ: {P('Олена Петрівна Коваленко')}\nДата народження: {D('03.11.1991')}\nРНОКПП: {N('3391104528')}\nТелефон: {T('+380 67 455 12 09')}\nЕл. пошта: {E('olena.kovalenko91@ukr.net')}\nРейс PS 101 затримано на 9 годин; просить компенсацію згідно з правилами.")
    add("pii-fo-booking", f"Bílegging — Atlantic Airways\nNavn: {P('Rógvi Joensen')}\nFøðingardagur: {D('22.05.1979')}\nTelefon: {T('+298 21 44 87')}\nBústaður: {A('Niels Finsens gøta 12, FO-100 Tórshavn')}\nTeldupostur: {E('rogvi.joensen@olivant.fo')}")
    add("pii-card-refund", f"Claude Code\n⏺ Read(exports/refunds_nov.csv)\n  ⎿  booking_ref,passenger,card,amount\n     QX7PLM,{P('Daniela Araújo')},{C(card4(luhn_complete('4539', 16, g)))},412.80 EUR\n     TT9WEK,{P('Kwabena Asante')},{C(luhn_complete('5412', 16, g))},96.00 EUR\n\n⏺ This file has full card numbers; I'll stop here and not paste more of it.")
    # insurance brokers
    add("pii-mt-policy", f"Polza tal-assigurazzjoni tad-dar\nIsem: {P('Carmen Vella')}\nKarta tal-Identità: {N('0412389M')}\nIndirizz: {A('12, Triq San Pawl, Ħaż-Żebbuġ ZBG 1012')}\nTelefon: {T('+356 7912 3456')}\nData tat-twelid: {D('14/02/1988')}")
    add("pii-en-broker-email", f"From: {P('Hamish McAllister')} <{E('hamish@mcallister-brokers.co.uk')}>\nTo: {E('claims@underwriting-desk.co.uk')}\nSubject: Re: water damage claim 22-0419\n\nHi both,\n\nThe insured is {P('Priya Raghunathan')}, DOB {D('09/08/1976')}, at {A('Flat 4, 27 Clarendon Road, Leeds LS2 9NZ')}. Her mobile is {T('07911 203 448')}. Loss adjuster visit booked for Tuesday.\n\n{P('Hamish McAllister')}\nAccount Executive\n{T('0113 496 0721')}")
    add("pii-lb-claim", f"Schuedensmeldung — Autosversécherung\nNumm: {P('Jang Weber')}\nMatricule: {N('1985061412345')}\nAdress: {A('12, rue de la Gare, L-3236 Bettembourg')}\nTelefon: {T('+352 621 447 902')}\nE-Mail: {E('jang.weber@pt.lu')}")
    add("pii-iban-premium", f"Lastschriftmandat für die Prämie\nKontoinhaberin: {P('Gesine Thormählen')}\nIBAN: {I(iban('DE', '37040044' + g.s(DIGITS, 10)))}\nAnschrift: {A('Am Markt 3, 25813 Husum')}")
    add("pii-crm-row", f"| Client | Phone | Email | Policy |\n|---|---|---|---|\n| {P('Tendai Moyo')} | {T('+263 77 214 5583')} | {E('tendai.moyo@zol.co.zw')} | MTR-88214 |\n| {P('Rutendo Chikwanha')} | {T('+263 71 908 1174')} | {E('rchikwanha@gmail.com')} | HOM-10442 |")
    add("pii-sn-policy", f"Ndatanidzo yeinishuwarenzi yemotokari\nZita: {P('Tatenda Mutasa')}\nNhamba yefoni: {T('+263 78 331 4402')}\nKero: {A('14 Fife Avenue, Harare')}\nZuva rekuzvarwa: {D('17/06/1990')}\nNhamba yechitupa: {N('63-1204471 R 42')}")
    add("pii-cs-lead", f"Nový zájemce o pojištění odpovědnosti\nJméno: {P('Radka Dvořáková')}\nRodné číslo: {N('865214/0437')}\nTelefon: {T('+420 737 214 880')}\nE-mail: {E('radka.dvorakova@seznam.cz')}\nAdresa: {A('Palackého 218/7, 612 00 Brno')}")
    add("pii-hec-audit", hec({"action": "copilot.content_exclusion_changed", "actor": U("ilka-nieminen"), "actor_ip": IP("83.102.44.17"), "user_agent": "Mozilla/5.0", "org": "nordic-brokers", "created_at": 1795845100000}))
    # schools and universities
    add("pii-te-student", f"విద్యార్థి ప్రవేశ ఫారం\nపేరు: {P('శ్రీనివాస్ రెడ్డి కొండా')}\nపుట్టిన తేదీ: {D('05-09-2008')}\nఆధార్: {N('4821 7730 9914')}\nతల్లిదండ్రుల ఫోన్: {T('+91 98490 12345')}\nచిరునామా: {A('ఇంటి నం. 8-2-293, రోడ్ నం. 12, బంజారా హిల్స్, హైదరాబాద్ 500034')}")
    add("pii-kn-marks", f"ವಿದ್ಯಾರ್ಥಿ: {P('ಅನನ್ಯಾ ಗೌಡ')}\nಜನ್ಮ ದಿನಾಂಕ: {D('21/01/2010')}\nಪೋಷಕರ ಇಮೇಲ್: {E('gowda.family@gmail.com')}\nದೂರವಾಣಿ: {T('+91 94480 55671')}\nವಿಳಾಸ: {A('#44, 3ನೇ ಕ್ರಾಸ್, ಜಯನಗರ 4ನೇ ಬ್ಲಾಕ್, ಬೆಂಗಳೂರು 560011')}")
    add("pii-ml-hostel", f"ഹോസ്റ്റൽ അപേക്ഷ\nപേര്: {P('ഫാത്തിമ ഷെറിൻ')}\nജനനത്തീയതി: {D('11-04-2006')}\nമൊബൈൽ: {T('+91 94470 33812')}\nവിലാസം: {A('തെക്കേമഠം, പാലാരിവട്ടം, എറണാകുളം 682025')}")
    add("pii-en-git-log", f"$ git log --format='%h %an <%ae> %s' -4\na41c09e {P('Nomvula Dlamini')} <{E('nomvula.dlamini@students.wits.ac.za')}> Fix timetable clash detection\n7be2f31 {P('Javier Etxeberria')} <{E('jetxeberria@ehu.eus')}> Add Basque translations\n3d90c6a dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com> Bump django from 5.1.2 to 5.1.4\n0f3ab77 {P('Aigerim Sadykova')} <{E('a.sadykova@nu.edu.kz')}> Grade export to CSV")
    add("pii-cy-enrol", f"Ffurflen gofrestru — Ysgol Gynradd Llanbedr\nEnw'r plentyn: {P('Gwenllian Pritchard')}\nDyddiad geni: {D('30/03/2019')}\nRhiant: {P('Dafydd Pritchard')}\nFfôn: {T('07700 900 318')}\nCyfeiriad: {A('Bryn Awel, Ffordd y Capel, Llanbedr LL45 2PB')}")
    add("pii-br-school", f"Skol Diwan Gwengamp — enskrivadur\nAnv: {P('Maiwenn Le Goff')}\nDeiziad ganedigezh: {D('08/10/2017')}\nPellgomz: {T('06 12 47 88 30')}\nChomlec'h: {A('4 straed ar Justis, 22200 Gwengamp')}")
    add("pii-junie-grades", junie("Running tests", f"FAILED tests/test_export.py::test_transcript_pdf\nAssertionError: expected '{P('Ama Serwaa Owusu')}' got '{P('Ama Serwa Owusu')}'\n  student_id=ST-22841 email={E('ama.owusu@st.ug.edu.gh')} dob={D('2004-02-17')}\n\nThe fixture uses a real student record; I'll replace it with a synthetic one."))
    add("pii-tw-parent", f"Ɔkyerɛkyerɛfo, me ba {P('Kofi Mensah Boateng')} bɛba sukuu ɔkyena. Me fon nɔma ne {T('+233 24 418 3390')}. Yɛte {A('House No. 12, Asafo Market Road, Kumasi')}. — {P('Akosua Boateng')}")
    add("pii-home-path", vscode_term("python manage.py test grades", f"Traceback (most recent call last):\n  File \"/home/{U('lwazi.khumalo')}/src/school-portal/grades/tests.py\", line 48, in test_rank\n    self.assertEqual(rank, 3)\nAssertionError: 4 != 3"))
    # hotels and hostels
    add("pii-sr-cyr-guest", f"Пријава госта — Хостел Калемегдан\nИме и презиме: {P('Милица Јовановић')}\nЈМБГ: {N('2304994715062')}\nДатум рођења: {D('23.04.1994')}\nТелефон: {T('+381 64 221 4870')}\nАдреса: {A('Краља Петра 41, 11000 Београд')}")
    add("pii-bs-reservation", f"Rezervacija #88412\nGost: {P('Emina Hadžić')}\nTelefon: {T('+387 61 447 219')}\nE-mail: {E('emina.hadzic@bih.net.ba')}\nAdresa: {A('Ferhadija 17, 71000 Sarajevo')}\nDolazak: 14.12.2026, 2 noći, soba s pogledom na Baščaršiju.")
    add("pii-fy-booking", f"Boeking Hotel De Friesche Poort\nNamme: {P('Sjoerd Hoekstra')}\nTillefoan: {T('+31 6 4120 8873')}\nAdres: {A('Nieuwestad 88, 8911 CT Ljouwert')}\nBertedatum: {D('02-06-1965')}")
    add("pii-hotel-passport", f"Front desk note (night shift): guest {P('Abdulrahman Al-Sabah')} in room 612 asked us to keep a copy of his passport. Passport no. {N('K04471928')}, born {D('19 Jan 1983')}, mobile {T('+965 9981 2204')}. Filed in the safe, not in Opera.")
    add("pii-ceb-guest", f"Maayong buntag! Ako si {P('Maricel Dela Cruz')}, naa koy reservation sa inyong hostel sa Disyembre 20. Akong numero {T('+63 917 845 2201')} ug email {E('maricel.delacruz@yahoo.com')}. Salamat!")
    add("pii-tpi-guest", f"Gude! Mi {P('Joseph Kaupa')} bilong Goroka. Mi laik bukim rum long 3-pela nait. Namba fon bilong mi {T('+675 7241 8830')}. Adres: {A('Seksen 12, Lot 7, Goroka, Eastern Highlands')}.")
    add("pii-datadog-login", datadog({"action": "copilot.cfb_seat_added", "actor": "hr-automation[bot]", "user": U("marek-sobczak"), "org": "hostel-collective", "created_at": "2026-11-25T07:12:00Z"}))
    # breweries and wineries
    add("pii-oc-winery", f"Comanda de vin — Domeni de la Clapa\nClient: {P('Joan Bonafont')}\nAdreça: {A('12 carrièra dels Fabres, 34700 Lodeva')}\nTelefòn: {T('06 71 22 48 19')}\nCorrièl: {E('joan.bonafont@laposte.net')}")
    add("pii-co-winery", f"Ordine di vinu — Cantina di Patrimoniu\nNome: {P('Ghjuvan Petru Santucci')}\nIndirizzu: {A('Lieu-dit Morta Maio, 20253 Patrimoniu')}\nTelefonu: {T('+33 6 12 45 78 90')}")
    add("pii-rm-brewery", f"Chara {P('Flurina Caduff')}, grazia fitg per Vossa empustaziun da 24 buttiglias. Nus tramettain ellas a {A('Via Principala 22, 7180 Mustér')}. Sche nus avain dumondas, clamain nus sin {T('+41 79 412 55 08')}.")
    add("pii-invoice-ie", f"INVOICE 2026-1147 — Kilbrack Craft Brewery\nBill to: {P('Siobhán Ní Bhriain')}\n{A('The Old Forge, Main Street, Dingle, Co. Kerry, V92 X2P4')}\nIBAN for payment refund: {I(iban('IE', 'BOFI' + '900017' + g.s(DIGITS, 8)))}\nTotal: €384.00")
    # dental and veterinary clinics
    add("pii-ru-dental", f"Карта пациента — стоматология «Улыбка»\nФИО: {P('Артём Сергеевич Кузнецов')}\nДата рождения: {D('27.08.1987')}\nСНИЛС: {N('112-233-445 95')}\nТелефон: {T('+7 916 204-88-31')}\nАдрес: {A('ул. Малая Бронная, д. 24, кв. 17, Москва, 123104')}")
    add("pii-vet-owner", f"Patient: Biscuit (Labrador, 7y)\nOwner: {P('Aroha Te Whata')}\nPhone: {T('027 448 9102')}\nEmail: {E('aroha.tewhata@xtra.co.nz')}\nAddress: {A('18 Kowhai Street, Rotorua 3010')}\nNotes: owner prefers text reminders; dental scale booked 04/12.")
    add("pii-nl-vet", f"Dag dokter, ik ben {P('Lieselot Vermeulen')}, de baasje van Moos. Mijn gsm-nummer is {T('0478 21 44 90')} en we wonen in de {A('Kortrijksesteenweg 214, 9000 Gent')}. Kan ik de afspraak van donderdag verzetten? Groetjes!")
    add("pii-sentry-dental", mcp(f"Issue DENT-4411: ValueError in reminders.send_sms\nbreadcrumbs: patient_name='{P('Bich Ngoc Tran')}' phone='{T('+61 412 330 871')}' email='{E('bichngoc.tran@bigpond.com')}'", "sentry"))
    add("pii-ps-dental", f"د ناروغ معلومات\nنوم: {P('احمد ولي کاکړ')}\nد زیږون نیټه: {D('۱۳۶۸/۰۵/۱۲')}\nد تلیفون شمېره: {T('+93 70 441 2280')}\nپته: {A('کارته چهار، د جادې ۳ کوڅه، کابل')}")
    add("pii-prs-vet", f"فرم پذیرش حیوان خانگی\nنام مالک: {P('زهرا حسینی')}\nشماره تماس: {T('+93 79 882 1450')}\nایمیل: {E('zahra.hosseini@gmail.com')}\nنشانی: {A('سرک دوم، ناحیه ششم، مزار شریف')}")
    add("pii-stripe-dental", mcp(dumps({"object": "customer", "id": "cus_Qx7" + "mP2vL9kTz", "name": P("Chiamaka Eze"), "email": E("chiamaka.eze@gmail.com"), "phone": T("+234 803 441 2290"), "address": {"line1": A("14 Adeola Odeku Street, Victoria Island, Lagos")}}), "stripe"))
    add("pii-ig-vet", f"Nnọọ dọkịta, aha m bụ {P('Chukwuemeka Obi')}. Nkịta m na-arịa ọrịa. Biko kpọọ m na {T('+234 806 117 3302')}. Adreesị m: {A('No. 7 Ogui Road, Enugu')}.")
    add("pii-tg-dental", f"Варақаи бемор — клиникаи дандонпизишкӣ\nНому насаб: {P('Фарҳод Раҳимов')}\nСанаи таваллуд: {D('14.03.1992')}\nТелефон: {T('+992 93 445 1188')}\nСуроға: {A('кӯчаи Рӯдакӣ 48, хонаи 12, Душанбе')}")
    # law firms and notaries
    add("pii-sr-lat-notary", f"Overa potpisa — Javni beležnik {P('Dragana Nikolić')}\nPodnosilac: {P('Stefan Marković')}\nJMBG: {N('1507988710245')}\nAdresa: {A('Bulevar oslobođenja 112, 21000 Novi Sad')}\nTelefon: {T('+381 63 884 1207')}")
    add("pii-law-intake", f"NEW MATTER INTAKE\nClient: {P('Marisol Quiñones-Ortega')}\nDOB: {D('1972-12-04')}\nSSN: {m('US_SSN', '541-77-2093')}\nPhone: {T('(505) 881-4420')}\nAddress: {A('2210 Calle del Sol NW, Albuquerque, NM 87104')}\nOpposing party: {P('Dennis Haverford')}\nConflict check: clear")
    add("pii-notion-law", mcp(f"Database: Conveyancing pipeline\nRow: 47 Oakwood Drive sale\n  Seller: {P('Gareth Llewellyn')} ({E('gareth.llewellyn@btinternet.com')})\n  Buyer: {P('Yuki Tanabe')} ({T('+44 7384 220 118')})\n  Property: {A('47 Oakwood Drive, Cardiff CF23 9HL')}", "notion"))
    add("pii-pl-notary", f"Akt notarialny — projekt\nStawający: {P('Zofia Maria Nowicka')}, PESEL {N('90031509864')}, zamieszkała: {A('ul. Piotrkowska 120 m. 5, 90-006 Łódź')}, legitymująca się dowodem osobistym {N('ABC 512344')}.\nNotariusz: {P('Krzysztof Lewandowski')}")
    add("pii-my-lawyer", f"ရှေ့နေရုံး — အမှုအပ်နှံသူ\nအမည်: ဒေါ်{P('ခင်မာလာဝင်း')}\nဖုန်း: {T('+95 9 420 118 337')}\nလိပ်စာ: {A('အမှတ် ၄၅၊ ဗိုလ်ချုပ်လမ်း၊ ဗဟန်းမြို့နယ်၊ ရန်ကုန်')}")
    add("pii-km-notary", f"ឯកសារសារការី\nឈ្មោះ: {P('សុខ វិចិត្រា')}\nថ្ងៃខែឆ្នាំកំណើត: {D('12/09/1989')}\nទូរស័ព្ទ: {T('+855 12 448 903')}\nអាសយដ្ឋាន: {A('ផ្ទះលេខ ២៤ ផ្លូវ ៥១ សង្កាត់បឹងកេងកង ១ ភ្នំពេញ')}")
    add("pii-ti-lawyer", f"ናብ ጠበቃ ዝተላእከ መልእኽቲ\nስም: {P('ሰላም ገብረመድህን')}\nተሌፎን: {T('+291 7 112 440')}\nኣድራሻ: {A('ጎደና ሓርነት 145፣ ኣስመራ')}")
    add("pii-law-git", f"commit 9e41a0c2f7d3b8e6a1c4f0d2b7e9a3c5f8d1b4e6\nAuthor: {P('Ngozi Umeh')} <{E('ngozi.umeh@umeh-legal.ng')}>\nDate:   Wed Nov 25 17:02:44 2026 +0100\n\n    Redact client names from the e-discovery fixtures\n\n    Co-authored-by: {P('Laurentiu Popescu')} <{E('laurentiu.popescu@umeh-legal.ng')}>")
    add("pii-ee-witness", f"Nyaɖiɖi na ʋɔnudrɔ̃la\nŊkɔ: {P('Kwame Agbeko')}\nFon: {T('+233 20 661 4471')}\nAdrɛs: {A('Plot 9, Ho-Aflao Road, Ho')}")
    add("pii-ff-notary", f"Binndi tiimtaare — {P('Aminata Diallo')}\nNjibina: {D('04/06/1985')}\nTelefon: {T('+221 77 412 88 30')}\nNokku: {A('Rue 10 x 13, Médina, Dakar')}")
    # film and TV production
    add("pii-callsheet", f"CALL SHEET — \"Lighthouse Keepers\" Day 14\nDirector: {P('Ingrid Solvang')} {T('+47 922 48 117')}\n1st AD: {P('Tomás Ó Ceallaigh')} {T('+353 87 220 4415')}\nLead: {P('Adwoa Nyarko')} — pickup 05:40 from {A('22 Harbour View Terrace, Whitby YO21 3PN')}\nUnit base: North Marine Road car park")
    add("pii-ln-casting", f"Mbote! Nazali {P('Grâce Mbuyi')}, nalingi kosala casting mpo na filme. Nimero na ngai {T('+243 81 447 2290')}, email {E('grace.mbuyi@gmail.com')}. Nazali na {A('Avenue Kasa-Vubu 118, Kinshasa/Kalamu')}.")
    add("pii-sg-extras", f"Mbi yeke {P('Parfait Ngaïkoïsset')}. Mbi ye ti sara kusala na yâ ti filme. Numéro ti mbi: {T('+236 72 44 18 09')}.")
    add("pii-payroll-crew", f"crew_payroll_nov.csv\nname,role,iban,phone\n{P('Bartosz Zieliński')},gaffer,{I(iban('PL', '10501445' + g.s(DIGITS, 16)))},{T('+48 512 330 908')}\n{P('Salma Bennani')},script supervisor,{I(iban('FR', '30006000' + '01' + g.s(DIGITS, 13)))},{T('+33 7 81 22 49 05')}")
    add("pii-slack-dm", mcp(f"#production-office\n@{U('kateryna.b')}: {P('Kateryna Bondar')} here — my new address for the contract is {A('Kaiserstraße 48, 60329 Frankfurt am Main')}\n@{U('jmorrow')}: thanks, updated in Wrapbook", "slack"))
    add("pii-lu-actor", f"Moien {P('Claire Schmit')}, hei ass de Kontrakt fir d'Serie. Mir hunn Är Adress {A('23, rue Principale, L-5240 Sandweiler')} an Är Telefonsnummer {T('+352 691 227 814')} agedroen. Gebuertsdatum: {D('11.09.1993')}.")
    add("pii-devin-talent", devin(f"I imported `talent_db.xlsx`. Heads-up: row 12 contains a real person's data (\"{P('Sefo Leiataua')}\", {E('sefo.leiataua@gmail.com')}, {T('+685 772 4411')}). I've left it out of the seed fixtures."))
    # shipping lines and ports
    add("pii-ship-crew-list", f"IMO CREW LIST — MV Baltic Meridian\n1. {P('Rolando Dizon')}, Master, PH, born {D('1974-03-22')}, seaman book {N('C0882147')}\n2. {P('Volodymyr Shevchuk')}, Chief Officer, UA, born {D('1981-11-09')}, seaman book {N('AB 482119')}\n3. {P('Mateo Fifita')}, AB, TO, born {D('1996-06-30')}")
    add("pii-ilo-seafarer", f"Naimbag nga aldaw! Siak ni {P('Romeo Agbayani')}, seaman manipud Laoag. Ti numero ko ket {T('+63 927 441 0918')}. Ti address ko: {A('Brgy. 5 San Pedro, Laoag City, Ilocos Norte')}.")
    add("pii-tet-port", f"Formuláriu rejistu — Portu Dili\nNaran: {P('Joanico da Costa Belo')}\nData moris: {D('15/08/1990')}\nTelefone: {T('+670 7723 4418')}\nHela fatin: {A('Rua de Audian, Aldeia 3, Dili')}")
    add("pii-fj-port", f"Bula vinaka! O yau o {P('Salote Vunivalu')}. Au vinakata meu sota kei na vanua ni ka ni vakadinadina. Naba ni talevoni: {T('+679 924 1187')}. Tiko e {A('12 Ratu Sukuna Road, Suva')}.")
    add("pii-bi-port", f"Halo, mi {P('Jimmy Tarip')} blong Tanna. Namba blong mi {T('+678 771 4402')}. Mi stap long {A('Nambatu, Port Vila, Efate')}. Mi wantem save long sip blong Santo.")
    add("pii-ug-shipping", f"يۈك ئىگىسى: {P('ئابدۇرېھىم تۇرسۇن')}\nتېلېفون: {T('+86 138 9912 4470')}\nئادرېس: {A('ئۈرۈمچى شەھىرى، تەڭرىتاغ رايونى، يەنئەن يولى 88-نومۇر')}")
    add("pii-bo-shipment", f"ཐོ་འགོད་པ། {P('བསོད་ནམས་རྡོ་རྗེ')}།\nཁ་པར། {T('+91 94180 22714')}\nཁ་བྱང་། {A('McLeod Ganj, Dharamshala, Himachal Pradesh 176219')}")
    add("pii-or-clinic", f"ରୋଗୀ ନାମ: {P('ସୁଭଶ୍ରୀ ମହାନ୍ତି')}\nଜନ୍ମ ତାରିଖ: {D('02/12/1998')}\nଫୋନ୍: {T('+91 94370 11826')}\nଠିକଣା: {A('ପ୍ଲଟ୍ ନଂ ୪୪, ସହିଦ ନଗର, ଭୁବନେଶ୍ୱର ୭୫୧୦୦୭')}")
    add("pii-as-school", f"ছাত্ৰীৰ নাম: {P('প্ৰিয়াংকা বৰুৱা')}\nজন্ম তাৰিখ: {D('19/07/2011')}\nঅভিভাৱকৰ ফোন: {T('+91 94350 66120')}\nঠিকনা: {A('হাউচ নং ১২, জু ৰোড, গুৱাহাটী ৭৮১০০৫')}")
    add("pii-ne-hotel", f"पाहुना दर्ता — होटल पोखरा लेकसाइड\nनाम: {P('सुनिता गुरुङ')}\nनागरिकता नं.: {N('४४-०१-७२-०८८१२')}\nफोन: {T('+977 984 612 3307')}\nठेगाना: {A('लेकसाइड-६, पोखरा, कास्की')}")
    add("pii-ip-vpn", f"Bolt\nI checked the login audit you pasted. The suspicious sign-ins for {E('viktoria.hrabec@pivovar-zatec.cz')} all come from {IP('89.24.117.203')}, which she confirmed is her home connection in Žatec, so nothing unusual.")
    add("pii-card-lovable", lovable(f"I removed the hard-coded test payment from `checkout.test.ts` — it used a real card ({C(luhn_complete('3782', 15, g))}, exp 09/28) belonging to {P('Hiroshi Matsumoto')}. Use Stripe's test numbers instead."))
    add("pii-swe-traj", swe_traj("The failing test loads a guest record; let me inspect it.", "cat tests/fixtures/guest_1042.json", dumps({"guest": P("Lindiwe Nkosi"), "email": E("lindiwe.nkosi@webmail.co.za"), "phone": T("+27 82 447 1190"), "dob": D("1986-05-14")})))
    # payments, audit streams and more agents
    add("pii-ge-iban", f"ხელშეკრულება — სასტუმრო „ძველი თბილისი“\nმიმწოდებელი: {P('გიორგი ლომიძე')}\nIBAN: {I(iban('GE', 'TB' + g.s(DIGITS, 16)))}\nტელეფონი: {T('+995 577 40 22 18')}\nელფოსტა: {E('giorgi.lomidze@gmail.com')}")
    add("pii-ua-iban", f"Реквізити для повернення передоплати за хостел:\nОтримувач: {P('Тарас Мельник')}\nIBAN: {I(iban('UA', '305299' + g.s(DIGITS, 19)))}\nІПН: {N('3120417755')}\nПризначення: повернення за бронювання №4471")
    add("pii-ba-iban", f"Uplatnica — advokatska kancelarija\nUplatilac: {P('Adnan Begović')}, {A('Maršala Tita 9, 71000 Sarajevo')}\nIBAN: {I(iban('BA', '1290079401' + g.s(DIGITS, 6)))}\nSvrha: predujam za zastupanje")
    add("pii-rs-iban", f"Подаци за исплату хонорара (снимање серије)\nИме: {P('Немања Илић')}\nIBAN: {I(iban('RS', '160' + g.s(DIGITS, 15)))}\nТелефон: {T('+381 65 448 2290')}")
    add("pii-cz-iban", f"Faktura č. 2026/118 — pivovar U Tří lip\nOdběratel: {P('Ondřej Novotný')}\nIČO: 27114471\nBankovní spojení: {I(iban('CZ', '0800' + g.s(DIGITS, 16)))}\nDoručit na: {A('Husova 14, 438 01 Žatec')}")
    add("pii-mt-iban", f"Rimborż tal-ħlas tal-iskola\nĠenitur: {P('Marija Camilleri')}\nIBAN: {I(iban('MT', 'VALL' + '22013' + g.s(UPNUM, 18)))}\nIndirizz elettroniku: {E('marija.camilleri@gmail.com')}")
    add("pii-fo-iban", f"Endurgjald fyri ferju-ferð\nNavn: {P('Sólrun Hansen')}\nKontonummar (IBAN): {I(iban('FO', '9181' + g.s(DIGITS, 10)))}\nTelefon: {T('+298 55 12 90')}")
    add("pii-eventhub-login", eventhub(dumps({"category": "AuditLogs", "action": "copilot.session_started", "actor": U("ngozi-umeh"), "actor_ip": IP("102.89.34.211"), "repo": "umeh-legal/e-discovery", "created_at": "2026-11-27T17:58:03Z"})))
    add("pii-hec-seat", hec({"action": "copilot.cfb_seat_assignment_created", "actor": U("aleksandra-wojcik"), "user": U("piotr-zawadzki"), "org": "lot-ground-services", "actor_location": {"country_code": "PL"}}))
    add("pii-review-card", review("tests/fixtures/bookings.json", 17, "This fixture appears to contain a real card number and cardholder. Please replace it with a documented test card.", f"\"card\": \"4242424242424242\",  // was \"{C(luhn_complete('4916', 16, g))}\" ({P('Ewa Kamińska')})"))
    add("pii-kilo-crm", kilo("Ask", f"Here are the first rows of `crm_export.csv` you asked about:\n\n| name | email | phone | city |\n|---|---|---|---|\n| {P('Mohammed Al-Amin Chowdhury')} | {E('m.chowdhury@gmail.com')} | {T('+880 1711 448 203')} | Dhaka |\n| {P('Thandiwe Sithole')} | {E('thandi.sithole@icloud.com')} | {T('+27 83 220 1147')} | Durban |\n\nI'd suggest not committing this file."))
    add("pii-replit-signup", replit(f"The signup form works. Test submission from the logs:\n  name={P('Isabela Ferraz Monteiro')}\n  email={E('isabela.ferraz@uol.com.br')}\n  phone={T('+55 11 98812-4470')}\n  cpf={N('418.772.093-51')}\nThat looks like real data, so I cleared the submissions table."))
    add("pii-cline-guests", cline("readFile", {"path": "data/guests_dec.csv", "content": f"room,guest,phone,checkin\n104,{P('Hendrik van der Merwe')},{T('+27 72 118 4490')},2026-12-18\n207,{P('Leilani Kahananui')},{T('+1 808 555 0142')},2026-12-19\n"}))
    add("pii-openhands-psql", openhands("run", {"command": "psql -c 'select name, email, dob from students limit 3'"}, f"        name        |             email              |    dob\n--------------------+--------------------------------+------------\n {P('Saanvi Iyer')}         | {E('saanvi.iyer@student.iitm.ac.in')} | {D('2005-08-14')}\n {P('Rahul Menon')}        | {E('rahul.menon@student.iitm.ac.in')} | {D('2004-11-02')}\n(2 rows)"))
    add("pii-gemini-hr", gemini("Reviewing hr/onboarding.py", f"The seed function inserts a real employee: `Employee(name=\"{P('Kateřina Horáková')}\", birth_date=\"{D('1990-04-27')}\", phone=\"{T('+420 604 118 229')}\", address=\"{A('Vinohradská 112, 130 00 Praha 3')}\")`. Replace it with generated data before merging."))
    add("pii-claude-home", claude("Bash(ls ~/Projects)", f"/Users/{U('sione.fifita')}/Projects/port-scheduler\n     /Users/{U('sione.fifita')}/Projects/crew-rota\n     /Users/{U('sione.fifita')}/Projects/dotfiles"))
    add("pii-pl-hr", f"Karta pracownika — Kancelaria Notarialna\nImię i nazwisko: {P('Agnieszka Kaczmarek-Wróbel')}\nData urodzenia: {D('1983-09-30')}\nPESEL: {N('83093011248')}\nNr konta: {I(iban('PL', '1140' + '2004' + g.s(DIGITS, 16)))}\nAdres: {A('ul. Słowackiego 21/4, 31-159 Kraków')}\nTelefon: {T('+48 502 771 364')}")
    add("pii-ru-ticket", f"Тикет #SUP-7741\nОт: {P('Дмитрий Волков')} <{E('d.volkov@yandex.ru')}>\nТема: не приходит код подтверждения\n\nЗдравствуйте! Бронирую номер в хостеле, SMS с кодом на {T('+7 903 118-44-20')} не приходит уже час. Мой IP, если нужно: {IP('95.165.28.114')}.")
    return out


def negatives(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(p: str, t: str) -> None:
        out.append((f"holdout36:{p}", t))

    add("neg-agents-md", "# AGENTS.md\n\n## Setup\n- `uv sync --frozen`\n- Copy `.env.example` to `.env`; every key there is a placeholder (`AENA_SUBSCRIPTION_KEY=<your-key>`).\n\n## Rules\n- Never commit real keys. CI reads them from `${{ secrets.FLIGHT_API_KEY }}`.\n- Run `pytest -q tests/unit` before pushing.")
    add("neg-setup-steps", "name: \"Copilot Setup Steps\"\non: workflow_dispatch\njobs:\n  copilot-setup-steps:\n    runs-on: ubuntu-latest\n    permissions:\n      contents: read\n    steps:\n      - uses: actions/checkout@v5\n      - uses: actions/setup-python@v6\n        with:\n          python-version: \"3.12\"\n      - run: pip install -r requirements-dev.txt\n        env:\n          PIP_INDEX_URL: ${{ secrets.PRIVATE_PYPI_URL }}")
    add("neg-firewall", "> [!WARNING]\n> Firewall rules blocked me from connecting to one or more addresses\n>\n> - `api.flightlogger.net`\n>   - Triggering command: `/usr/bin/python3 -m pytest tests/integration -k schedule` (dns block)\n>\n> If you need me to access these hosts, add them to the custom allowlist in the repository's Copilot coding agent settings.")
    add("neg-env-example", "# .env.example — copy to .env and fill in\nCHANGI_API_KEY=<your-token>\nFRAPORT_CLIENT_ID=\nFRAPORT_CLIENT_SECRET=changeme\nHOSTIFY_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nDATABASE_URL=postgres://user:password@localhost:5432/dev")
    add("neg-git-log", "$ git log --oneline -6\ne3f1a9c (HEAD -> main, origin/main) Merge pull request #412 from harbour/copilot/fix-berth-overlap\n7c2d4b0 Fix berth overlap when ETA crosses midnight\n91ab6e2 Bump pydantic from 2.9.2 to 2.10.1\n4f0e3d7 Add ISO 6346 check digit validation\nb87c19a Refactor vessel schedule parser\n2d6a8f1 Initial import")
    add("neg-docker-digest", "$ docker pull ghcr.io/harbour-ops/berth-planner:2.14.3\n2.14.3: Pulling from harbour-ops/berth-planner\nDigest: sha256:9f2c7a41e0b38d5c6f1e27a9b4d3c8e0f5a61b72c9d84e3f0a1b5c6d7e8f9a0b\nStatus: Downloaded newer image for ghcr.io/harbour-ops/berth-planner:2.14.3")
    add("neg-uuid-log", "2026-11-27T10:02:11.447Z INFO  booking.service  request_id=6f1c2e8a-4b7d-4c19-9e3a-2d5f8b0a71c4 hotel_id=HTL-0441 nights=3 status=CONFIRMED latency_ms=182\n2026-11-27T10:02:11.512Z INFO  booking.service  request_id=0b9d4e7f-1a2c-4f8e-b6d3-9c7a5e2f1048 hotel_id=HTL-0441 nights=1 status=PENDING latency_ms=95")
    add("neg-container-ids", "Container numbers on manifest BLX-2026-11-0882:\nMSKU 907032 3\nTGHU 812445 0\nCSQU 305438 3\nSeal numbers: 4471092, 4471093, 4471094\nVGM verified 2026-11-26 14:20 UTC at Gate 4.")
    add("neg-icao-codes", "| ICAO | IATA | Airport | Runway |\n|---|---|---|---|\n| EPWA | WAW | Warsaw | 11/29 |\n| LKPR | PRG | Prague | 06/24 |\n| UKBB | KBP | Boryspil | 18L/36R |\n| UGTB | TBS | Tbilisi | 13R/31L |")
    add("neg-coordinates", "berths:\n  - id: K-1913\n    lat: 51.9012\n    lon: 4.4417\n    depth_m: 16.6\n  - id: K-1914\n    lat: 51.9031\n    lon: 4.4389\n    depth_m: 16.6\n# WGS84, source: port nautical chart 2026 edition")
    add("neg-secret-refs", "- name: Deploy to staging\n  env:\n    LEGORA_API_KEY: ${{ secrets.LEGORA_API_KEY }}\n    KIRA_API_TOKEN: ${{ secrets.KIRA_API_TOKEN }}\n    SENTRY_DSN: ${{ vars.SENTRY_DSN }}\n  run: ./deploy.sh --env staging --sha ${{ github.sha }}")
    add("neg-env-lookup", "import os\n\nAPI_KEY = os.environ[\"ETIHAD_NDC_KEY\"]\nBASE_URL = os.getenv(\"ETIHAD_NDC_URL\", \"https://api.etihad.com/ndc/v21.3\")\nTIMEOUT = int(os.getenv(\"NDC_TIMEOUT\", \"20\"))\n\nif not API_KEY:\n    raise RuntimeError(\"ETIHAD_NDC_KEY is not set\")")
    add("neg-docs-example", "### Authentication\n\nSend your key in the `X-Api-Key` header:\n\n```bash\ncurl -H \"X-Api-Key: YOUR_API_KEY\" https://api.example.com/v1/ports\n```\n\nReplace `YOUR_API_KEY` with the key from the dashboard. Keys look like `pk_live_…` and are 32 characters long.")
    add("neg-test-fixture", "def test_guest_masking():\n    guest = Guest(name=\"Test Guest\", email=\"guest@example.com\", phone=\"+1 555 0100\", card=\"4111 1111 1111 1111\")\n    masked = mask(guest)\n    assert masked.card == \"**** **** **** 1111\"\n    assert masked.email == \"g***@example.com\"")
    add("neg-semver-changelog", "## [3.8.0] - 2026-11-20\n### Added\n- Support for DCSA Track & Trace 2.2 events\n### Fixed\n- Timezone bug in ETA calculation (#1182)\n## [3.7.4] - 2026-10-02\n### Changed\n- Bump `lxml` to 5.3.0, `requests` to 2.32.3")
    add("neg-build-numbers", "Build #48211 succeeded in 6m 42s\nArtifact: hotel-pms-connector-4.2.0+build.48211.jar (SHA-1 3f9a2c7e1b0d48a5c6e92f1d7b3a0c4e8f5d2a19)\nTests: 1 204 passed, 3 skipped\nCoverage: 81.4 %")
    add("neg-order-numbers", "Order summary — Bodega Online\nOrder no.: WO-2026-118402\nItems: 6 × Rioja Crianza 2021, 3 × Albariño 2024\nShipping: standard, tracking 1Z 999 AA1 01 2345 6784\nTotal: 142,50 €\nEstimated delivery: 3–5 working days")
    add("neg-pl-docs", "Aby uruchomić testy integracyjne, ustaw zmienną `AMERISAFE_API_KEY` w pliku `.env`. W repozytorium jest tylko plik `.env.example` z wartością `<twój-klucz>`. Prawdziwe klucze trzymamy w Azure Key Vault i nigdy nie wklejamy ich do zgłoszeń.")
    add("neg-cs-release", "Vydání 2.4.1 systému pro správu známek\n- oprava výpočtu průměru (chyba #381)\n- nový export do CSV\n- aktualizace knihovny Django na 5.1.4\nKontrolní součet balíčku: sha256 4b1e9d0c7a2f58e3b6d1c0a9f7e4b2d8c5a3f1e0b9d7c6a5f4e3d2c1b0a9f8e7")
    add("neg-uk-ci", "Збірка №7731 пройшла успішно.\nГілка: main, коміт 8a41f0c.\nТести: 512 пройдено, 0 провалено.\nСекрети підставляються з `${{ secrets.ASSAIA_TOKEN }}` — у журналі вони замасковані як ***.")
    add("neg-ru-explain", "Ключ API никогда не хранится в коде: сервис читает его из переменной окружения `HAPAG_API_KEY` при старте. Если переменная пуста, приложение завершается с кодом 78. Пример значения в документации — `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`.")
    add("neg-sr-cyr-schedule", "Ред летења — београдски аеродром\nЛет JU 540 за Париз полеће у 07:15 са излаза C4.\nЛет JU 212 за Франкфурт касни 40 минута.\nШифре аеродрома: BEG, CDG, FRA.")
    add("neg-nl-vlaams", "Beste collega's, de nieuwe versie van de reservatietool (v5.2.0) staat klaar op de acceptatieomgeving. De API-sleutels blijven dezelfde; die zitten in de kluis en niet in de code. Gelieve enkel met de testhotels (HTL-TEST-01 t.e.m. HTL-TEST-05) te werken.")
    add("neg-ka-readme", "ეს სკრიპტი ამოწმებს ფრენების განრიგს. გასაღები უნდა შეინახოთ ცვლადში `FLIGHT_API_KEY`; საცავში მხოლოდ ნიმუშია: `FLIGHT_API_KEY=<თქვენი-გასაღები>`.")
    add("neg-te-log", "నిర్మాణం విజయవంతమైంది. సంస్కరణ 1.9.3, కమిట్ 5c7e2a1. పరీక్షలు: 340 ఉత్తీర్ణత, 2 దాటవేయబడ్డాయి. API కీ పర్యావరణ వేరియబుల్ నుండి చదవబడుతుంది.")
    add("neg-sw-example-jwt", "The JWT in our docs is the well-known sample from jwt.io and is not a credential:\n\n`eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c`\n\nIt is used only in `docs/auth.md` to explain the three parts.")
    add("neg-aws-example", "AWS's documentation uses these example credentials, which do not work:\n\n```\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n```\n\nOur Terraform backend reads real ones from the CI role.")
    add("neg-terraform-var", "variable \"fraport_client_secret\" {\n  type      = string\n  sensitive = true\n}\n\nresource \"azurerm_key_vault_secret\" \"fraport\" {\n  name         = \"fraport-client-secret\"\n  value        = var.fraport_client_secret\n  key_vault_id = azurerm_key_vault.ops.id\n}")
    add("neg-k8s-secretref", "env:\n  - name: KITSU_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: kitsu-credentials\n        key: password\n  - name: KITSU_HOST\n    value: https://kitsu.internal/api")
    add("neg-review-comment", "copilot-pull-request-reviewer[bot] commented on src/claims/client.py#L31\n\nThe timeout is hard-coded to 5 seconds, which is shorter than the broker API's documented p99 latency. Consider making it configurable.\n\n```suggestion\ntimeout = float(os.getenv(\"CLAIMS_TIMEOUT\", \"15\"))\n```")
    add("neg-usage-bots", dumps({"usage_records": [{"date": "2026-11-26", "actor": "copilot-swe-agent[bot]", "model": "claude-sonnet-4.5", "premium_requests": 41, "org": "lanterna-vfx"}, {"date": "2026-11-26", "actor": "dependabot[bot]", "model": None, "premium_requests": 0, "org": "lanterna-vfx"}]}, indent=1))
    add("neg-hec-settings", hec({"action": "copilot.policy_updated", "actor": "github-actions", "org": "nordic-brokers", "policy": "copilot_chat_in_ide", "old_value": "disabled", "new_value": "enabled"}))
    add("neg-vscode-call", vscode_call("run_in_terminal", {"command": "npm run test -- --coverage", "explanation": "Run the unit tests with coverage", "isBackground": False}))
    add("neg-claude-grep", "⏺ Bash(grep -rn \"API_KEY\" src/ | head)\n  ⎿  src/config.ts:4:export const API_KEY = process.env.BEDBANK_API_KEY ?? '';\n     src/config.ts:5:if (!API_KEY) throw new Error('BEDBANK_API_KEY missing');\n     src/client.ts:12:  headers: { 'x-api-key': API_KEY },")
    add("neg-hash-table", "| File | SHA-256 |\n|---|---|\n| ep104_v3.mov | 7d1f4c2a9e0b3d58c6a1f2e7b9d0c4a3e5f8b1d6c2a0e9f7b3d5c1a8e4f2b6d0 |\n| ep104_v3.wav | c0a9e8f7d6b5c4a3e2f1d0c9b8a7e6f5d4c3b2a1e0f9d8c7b6a5e4f3d2c1b0a9 |\n| ep104_subs.srt | 2b4d6f8a0c1e3a5c7e9b1d3f5a7c9e0b2d4f6a8c1e3b5d7f9a0c2e4b6d8f1a3c |")
    add("neg-timecodes", "EDL: EP107_LOCK_V4\n001  A012C004 V  C  01:02:14:08 01:02:19:20 00:00:00:00 00:00:05:12\n002  A014C011 V  C  02:11:03:01 02:11:07:14 00:00:05:12 00:00:09:25\n* FROM CLIP NAME: A012C004_261114_R2KL.MOV")
    add("neg-openhands-ls", openhands("run", {"command": "ls -la config/"}, "total 24\ndrwxr-xr-x 2 root root 4096 Nov 27 09:11 .\n-rw-r--r-- 1 root root  312 Nov 27 09:11 settings.example.toml\n-rw-r--r-- 1 root root 1204 Nov 27 09:11 logging.toml\n-rw-r--r-- 1 root root  188 Nov 27 09:11 ports.toml"))
    add("neg-mcp-k8s", mcp("NAME                         READY   STATUS    RESTARTS   AGE\nberth-planner-7c9d5b6f4-x2kqp   1/1     Running   0          3d\nberth-planner-7c9d5b6f4-zm8wt   1/1     Running   1          3d\nredis-0                         1/1     Running   0          12d", "kubernetes"))
    add("neg-cy-notice", "Bydd y system cofrestru myfyrwyr ar gau ddydd Sadwrn rhwng 02:00 a 06:00 ar gyfer cynnal a chadw. Fersiwn newydd: 4.11.0. Dim angen newid eich cyfrinair.")
    add("neg-mt-release", "Skeda tat-titjiriet — Ajruport Internazzjonali ta' Malta\nKM 102 lejn Londra: 06:45, Gate 3\nKM 478 lejn Ruma: 10:20, Gate 7 (ittardjat 25 minuta)\nFR 3391 lejn Kraków: 13:05, Gate 11")
    add("neg-lb-maintenance", "Den Hotelsystem gëtt e Sonndeg tëscht 01:00 an 03:00 Auer aktualiséiert (Versioun 7.3). Reservatiounen, déi an där Zäit erakommen, ginn duerno automatesch veraarbecht.")
    add("neg-ne-readme", "यो परियोजनाले होटल बुकिङ जाँच गर्छ। API कुञ्जी `.env` फाइलमा राख्नुहोस्; नमूना मान `<तपाईंको-कुञ्जी>` मात्र हो। संस्करण २.१.०।")
    add("neg-ml-ci", "ബിൽഡ് #3321 വിജയിച്ചു. ശാഖ: main. കമ്മിറ്റ്: 9f3e1b2. എല്ലാ ടെസ്റ്റുകളും പാസായി. രഹസ്യങ്ങൾ `${{ secrets.DEPLOY_KEY }}` വഴിയാണ് നൽകുന്നത്.")
    add("neg-my-notice", "ဘီယာချက်လုပ်ငန်း အသုတ် #B-2611\nအပူချိန်: 18.5°C\nဆီးဂရဗ်တီ: 1.048 → 1.011\nပုလင်းသွင်းမည့်ရက်: 2026-12-04\nဗားရှင်း: brewlog 0.9.2")
    add("neg-km-release", "តារាងថ្នាក់រៀន — ឆមាសទី ២\nច័ន្ទ 07:30 គណិតវិទ្យា (បន្ទប់ B12)\nអង្គារ 09:00 រូបវិទ្យា (បន្ទប់ C03)\nពុធ 13:30 ភាសាអង់គ្លេស (បន្ទប់ A07)\nកូដថ្នាក់: GR11-SCI-02")
    add("neg-ig-note", "Usoro ụgbọ mmiri — Ọdụ ụgbọ mmiri Onne\nMV ATLANTIC PEARL: ọ ga-abata 2026-12-02 08:00, ebe nkwụsị B4\nMV KANO STAR: ọ ga-apụ 2026-12-03 17:30\nNọmba njem: 26W48, 26E49")
    add("neg-sn-note", "Hurongwa hwemishonga yembwa — kiriniki yemhuka\nSvondo 1: DHPP (batch 7731-B)\nSvondo 4: Rabies (batch R-2026-118)\nSvondo 12: DHPP booster\nChirongwa v2.3, chakagadziriswa 2026-11-20")
    add("neg-tpi-note", "Taim bilong sip long Lae:\n- MV Kumul Express i kam long Mande 0600, i go long Tunde 1800\n- MV Rabaul Queen i kam long Fraide 1400\nBerth 3 na Berth 5. Voyage namba: KX-4471, RQ-0912.")
    add("neg-lorem-fixture", "FIXTURE_GUESTS = [\n    {\"name\": \"Jane Doe\", \"email\": \"jane.doe@example.com\", \"room\": 101},\n    {\"name\": \"John Doe\", \"email\": \"john.doe@example.org\", \"room\": 102},\n]\n# Obviously fake data, used only by tests/test_checkin.py")
    add("neg-iban-format", "IBAN format reference used by the refund validator:\n- Germany: DE + 2 check digits + 18 digits (22 chars)\n- Malta: MT + 2 check digits + 4 letters + 23 alphanumerics (31 chars)\n- Poland: PL + 2 check digits + 24 digits (28 chars)\nThe validator rejects any value whose mod-97 remainder is not 1.")
    add("neg-public-company", "Carrier comparison for the Rotterdam–Shanghai lane (Q4 2026):\n| Carrier | Transit (days) | Reliability |\n|---|---|---|\n| Hapag-Lloyd | 31 | 68 % |\n| CMA CGM | 33 | 61 % |\n| HMM | 32 | 64 % |\nSource: public schedule reliability report, November edition.")
    add("neg-ssh-pubkey", "Added the deploy key to the repo (public part only, as expected):\n\n`ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJ7n0VqgX3p1m4b5Zc2KqL8wT9yR6sD1fH0uE3aJ2kPo deploy@ci`\n\nThe private half stays in the CI secret store.")
    add("neg-cline-plan", cline("readFile", {"path": "src/notary/templates/deed.html", "content": "<h1>{{ deed.title }}</h1>\n<p>Signed before {{ notary.full_name }} on {{ deed.date | date('d.m.Y') }}</p>"}))
    add("neg-twice-escaped", twice("run_tests", {"path": "tests/test_boarding.py", "args": "-k 'not slow' --maxfail=1"}))
    add("neg-stripe-test", "Use Stripe's documented test cards in staging only:\n- 4242 4242 4242 4242 (Visa, succeeds)\n- 4000 0000 0000 9995 (declined, insufficient funds)\nAny future expiry date and any 3-digit CVC work.")
    add("neg-gemini-explain", gemini("Explaining config/loader.py", "The loader merges `defaults.toml` with environment variables prefixed `WINERY_`. Secrets such as `WINERY_ECELLAR_KEY` are never logged: `redact()` replaces them with `***` before the config is printed."))
    add("neg-session-shas", "copilot-swe-agent[bot] · session log\n▸ Running tests\nCommitted 4e7a1d9 \"Validate ISO 6346 check digits\" and pushed to copilot/container-check.\nWorkflow run 19384412077 started (CI / test, attempt 1).\nAll 214 tests passed in 38.2s.")
    add("neg-go-sum", "github.com/google/uuid v1.6.0 h1:NIvaJDMOsjHA8n1jAhLSgzrAzy1Hgr+hNrb57e+94F0=\ngithub.com/google/uuid v1.6.0/go.mod h1:TIyPZe4MgqvfeYDBFedMoGGpEw/LqOeaOT+nhxU+yHo=\ngolang.org/x/text v0.21.0 h1:zyQAAkrwaneQ066sspRyJaG9VNi/YJ1NfzcGB3hZ/qo=")
    add("neg-npm-integrity", "\"node_modules/date-fns\": {\n  \"version\": \"4.1.0\",\n  \"resolved\": \"https://registry.npmjs.org/date-fns/-/date-fns-4.1.0.tgz\",\n  \"integrity\": \"sha512-Ukq0owbQXxa/U3EGtsdVBkR1w7KOQ5gIBqdH2hkvknzZPYvBxb/aa6E8L7tmjFtkwZBu3UXBbjIgPo/Ez4xaNg==\",\n  \"license\": \"MIT\"\n}")
    add("neg-sri", "<script src=\"https://cdn.jsdelivr.net/npm/flatpickr@4.6.13/dist/flatpickr.min.js\" integrity=\"sha384-5JqMv4L/Xa0hfvtF06qboNdhvuYXUku9ZrhZh3bSk8VXF0A/RuSLHpLsSV9Zqhl6\" crossorigin=\"anonymous\"></script>")
    add("neg-tf-plan", "  # azurerm_key_vault_secret.kira will be updated in-place\n  ~ resource \"azurerm_key_vault_secret\" \"kira\" {\n        id    = \"https://legal-ops-kv.vault.azure.net/secrets/kira-token/9c1e4f7a2b3d4e5f8a9b0c1d2e3f4a5b\"\n      ~ value = (sensitive value)\n    }\n\nPlan: 0 to add, 1 to change, 0 to destroy.")
    add("neg-configmap", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: hotel-booking-config\ndata:\n  BOOKING_MAX_NIGHTS: \"30\"\n  CURRENCY: \"EUR\"\n  FEATURE_FLAGS: \"late_checkout,city_tax_v2\"\n  CACHE_TTL_SECONDS: \"600\"")
    add("neg-datadog-bot", datadog({"action": "copilot.agent_session", "actor": "copilot-swe-agent[bot]", "repo": "kelpie-films/dailies-ingest", "status": "completed", "duration_s": 842, "commits": ["a1f3c9e", "07bd2e4"]}))
    add("neg-eventhub-metrics", eventhub(dumps({"category": "Metrics", "metricName": "copilot_premium_requests", "total": 18402, "org": "harbour-hotels", "interval": "PT1H"})))
    add("neg-ps-readme", "دا پروژه د روغتون د وختونو د ټاکلو لپاره ده. د API کیلي په `.env` کې ساتل کیږي؛ په ذخیره کې یوازې `API_KEY=<ستاسو-کیلي>` نمونه شته.")
    add("neg-ug-release", "مېھمانخانا ياتاق تىزىملىكى: 101 (يالغۇز كارىۋات)، 102 (قوش كارىۋات)، 201 (ئائىلە ياتىقى). باھا: 380 يۈەن / كېچە. نۇسخا 2.3.0.")
    add("neg-ti-note", "ናይ ቤት ፍርዲ ቆጸራታት — ሰሙን 49\nጉዳይ ቁ. 2026/ፍ/0441 — ሰኑይ 09:00\nጉዳይ ቁ. 2026/ፍ/0517 — ረቡዕ 14:30\nኣዳራሽ 3")
    add("neg-fo-note", "Ferðaætlan — Smyril\nTórshavn–Krambatangi: mánadag kl. 07:30, 12:00, 17:15\nKrambatangi–Tórshavn: mánadag kl. 09:45, 14:30, 19:30\nRutenummar 7, útgáva 2026-11.")
    add("neg-br-notice", "Ar stumm nevez eus ar meziant (2.7.0) a zo prest. Ne vez ket lakaet an alc'hwezioù API er c'hod; lennet e vezont eus an endro.")
    add("neg-placeholder-yaml", "legalfiles_api:\n  url: https://county-attorney.legalfiles.com/api\n  key: ${LEGALFILES_API_KEY}\ndefinely:\n  token: \"{{ vault('secret/definely#token') }}\"\nkira:\n  token: REPLACE_ME")
    return out
