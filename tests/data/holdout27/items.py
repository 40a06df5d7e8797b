# ruff: noqa: E501, RUF001  -- item tables hold whole texts on one line; foreign letters are intended.
"""Twenty-seventh held-out set, written blind (see README.md). Domains: pharmaceutical clinical
trials, oil and gas and utilities, public transport operators, hotels and hospitality, media
streaming and podcasting, non-profits and NGOs, legal e-discovery and courts, semiconductor fabs and
electronics manufacturing. Providers N-Z that no earlier set used.
"""

from __future__ import annotations

import json

from _markup import IP, A, C, D, E, I, P, S, T, U, esc, m, shell
from _values import ALNUM, DIGITS, HEX, HEXU, LOWNUM, UPNUM, Gen, iban, luhn_complete

B64URL = ALNUM + "-_"


def dumps(obj: object, **kw: object) -> str:
    kw.setdefault("ensure_ascii", False)
    return json.dumps(obj, **kw)  # type: ignore[arg-type]


def N(value: str) -> str:
    """A national id number (labelled as the closest gold label, US_SSN only for US numbers)."""
    return m("US_SSN", value)


# carriers ------------------------------------------------------------------------------------

def nvim_chat(question: str, answer: str) -> str:
    """CopilotChat.nvim buffer."""
    return f"## User ───\n\n{question}\n\n## Copilot ───\n\n{answer}"


def xcode_chat(file: str, question: str, answer: str) -> str:
    return f"GitHub Copilot for Xcode · {file}\n› {question}\n\n{answer}"


def copilot_ext(ext: str, question: str, answer: str) -> str:
    return f"@{ext} {question}\n\n**{ext}** (Copilot Extension): {answer}"


def gh_models(model: str, prompt: str, response: str) -> str:
    return dumps({"model": model, "messages": [{"role": "user", "content": prompt}], "choices": [{"message": {"role": "assistant", "content": response}}]})


def usage_record(prompt: str, response: str, tool: dict[str, object] | None = None) -> str:
    """A Copilot usage record as pulled from the REST API (prompt, response, tool call)."""
    rec: dict[str, object] = {"timestamp": "2026-11-19T14:22:07Z", "surface": "copilot-agent", "model": "gpt-4.1", "prompt": prompt, "response": response}
    if tool is not None:
        rec["tool_calls"] = [tool]
    return dumps(rec)


def q_cli(cmd: str, out: str) -> str:
    """Amazon Q Developer CLI chat: a use_aws / execute_bash tool run."""
    return f"> run it\n\n🛠️  Using tool: execute_bash (trusted)\n ⋮\n ● I will run the following shell command:\n{cmd}\n\n ⋮\n ● Completed in 0.412s\n{out}"


def junie(step: str, body: str) -> str:
    return f"Junie › {step}\n{body}"


def tabnine(question: str, answer: str) -> str:
    return dumps({"source": "tabnine-chat", "conversation": [{"by": "user", "text": question}, {"by": "tabnine", "text": answer}]})


def augment(text: str) -> str:
    return f"Augment Agent\n────────────\n{text}"


def openhands(action: str, args: dict[str, object], observation: str) -> str:
    return dumps({"id": 41, "source": "agent", "action": action, "args": args}) + "\n" + dumps({"id": 42, "source": "environment", "observation": action, "content": observation})


def swe_traj(thought: str, action: str, observation: str) -> str:
    return dumps({"thought": thought, "action": action, "observation": observation}, indent=1)


def aider_hist(user: str, assistant: str) -> str:
    return f"#### {user}\n\n{assistant}"


def continue_log(prompt: str, completion: str) -> str:
    return dumps({"modelTitle": "Continue · claude", "prompt": prompt, "completion": completion})


def cursor_log(tool: str, params: dict[str, object], result: str) -> str:
    return f"[composer] tool={tool} params={dumps(params)}\n[composer] result:\n{result}"


def cody_chat(question: str, answer: str) -> str:
    return f"🧑 {question}\n🤖 Cody: {answer}"


def mcp_result(text: str) -> str:
    return dumps({"jsonrpc": "2.0", "id": 9, "result": {"content": [{"type": "text", "text": text}], "isError": False}})


def tool_call_twice(name: str, args: dict[str, object]) -> str:
    """A tool call whose arguments are a JSON string, logged again as a JSON string (twice escaped)."""
    inner = dumps({"type": "function", "function": {"name": name, "arguments": dumps(args)}})
    return dumps({"event": "tool_call", "raw": inner})


def tool_result_like(body: str) -> str:
    return dumps({"role": "tool", "tool_call_id": "toolu_h27", "content": body})


def grouped_card(number: str) -> str:
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))


def secrets(g: Gen) -> list[tuple[str, list[str], str]]:
    out: list[tuple[str, list[str], str]] = []

    def add(p: str, t: str, providers: list[str] | None = None) -> None:
        out.append((f"holdout27:{p}", providers or [p], t))

    # pharmaceutical clinical trials --------------------------------------------------------
    add("signanthealth", f"SIGNANT_API_BASE=https://api.signanthealth.com/v2\nSIGNANT_CLIENT_ID=study-onc-2291\nSIGNANT_CLIENT_SECRET={S(g.mixed(ALNUM, 48))}\nSIGNANT_STUDY=ONC-2291-P3")
    add("suvoda", nvim_chat("why does the IRT randomization sync 401?", f"Your `irt_sync.lua` sends the Suvoda key in the wrong header. You have `X-Api-Key: {S(g.s(HEX, 40))}` but the endpoint expects `Authorization: Bearer`. Also, move that key out of the file."))
    add("viedoc", f"# viedoc_export.py\nVIEDOC_TOKEN_URL = \"https://v4api.viedoc.net/connect/token\"\nVIEDOC_CLIENT_ID = \"{g.uuid()}\"\nVIEDOC_CLIENT_SECRET = \"{S(g.uuid())}\"\n\ndef fetch_odm(study_guid):\n    ...")
    add("yprime", f"yprime:\n  ediary_endpoint: https://ecoa.yprime.com/api/subjects\n  sponsor: nordlys-bio\n  api_key: {S(g.mixed(ALNUM, 32))}\n  retry: 3")
    add("trialbee", f"Hej! Trialbee Honey-integrationen för rekryteringen i Uppsala slutade fungera. Nyckeln i Lambda-miljön är {S('tbk_' + g.s(LOWNUM, 36))} — kan du kolla om den har roterats?")
    add("threadresearch", shell("curl -s https://api.threadresearch.com/v1/studies/TR-5521/participants -H \"Authorization: Token " + S(g.s(HEX, 48)) + "\" | jq length", "312"))
    add("obviohealth", usage_record("store the ObvioHealth webhook secret somewhere safe", f"I moved `OBVIO_WEBHOOK_SECRET={S('whsec_' + g.mixed(ALNUM, 32))}` out of `app.py` into the Secrets Manager entry `dct/obvio`.", {"name": "edit_file", "arguments": dumps({"path": "app.py"})}))
    add("science37", f"<configuration>\n  <appSettings>\n    <add key=\"S37.BaseUrl\" value=\"https://platform.science37.com/api\" />\n    <add key=\"S37.ApiKey\" value=\"{S(g.s(UPNUM, 40))}\" />\n  </appSettings>\n</configuration>")
    add("simpletrials", f"$ curl -s -X POST https://nordlysbio.simpletrials.com/api/v2/auth -d 'username={U('ctms.integration@nordlysbio.com')}&password={S('Nordlys-CTMS!2026')}'\n{{\"status\":\"ok\",\"session\":\"{S(g.s(HEXU, 64) + '.' + g.s(DIGITS, 10))}\"}}")
    add("sitero", f"[sitero]\nmentor_url = https://mentor.sitero.com\napi_user = {U('edc_feed')}\napi_password = {S('edcFeed#Sitero9')}")
    add("openclinica", f"Buongiorno, per l'export ODM da OpenClinica 4 del trial CARD-07 uso questo token: `{S(g.jwt(dumps({'sub': 'oc-export', 'study': 'CARD-07'}, separators=(',', ':'))))}`. Scade tra 30 giorni, poi lo rigenero.")
    add("slope", f"library(httr)\nslope_base  <- \"https://api.slopeclinical.com/v1/\"\nslope_token <- \"{S('slp_' + g.s(HEX, 40))}\"\nkits <- GET(paste0(slope_base, \"kits\"), add_headers(Authorization = paste(\"Bearer\", slope_token)))")
    add("trialmaster", junie("Reading src/main/resources/application.properties", f"trialmaster.url=https://tm.anjusoftware.com/TrialMaster\ntrialmaster.user={U('svc_tm_sync')}\ntrialmaster.password={S('Tm2026!Anju')}\n\nJunie: the password is committed in plain text; I will replace it with ${{TM_PASSWORD}}."))
    add("zelta", f"export ZELTA_API_KEY=\"{S('zk_live_' + g.mixed(ALNUM, 40))}\"\nexport ZELTA_TENANT=merative-demo\npython pull_queries.py --study DERM-12")
    add("paradigmhealth", tabnine("where is the Paradigm key configured?", f"In `config/sites.yaml`, line 8: `paradigm_api_key: {S(g.s(LOWNUM, 40))}`. I'd suggest loading it from the environment instead."))
    add("unlearn", f"import requests\n\nUNLEARN_KEY = \"{S('ulrn_' + g.mixed(ALNUM, 36))}\"\nr = requests.post(\n    \"https://api.unlearn.ai/v1/digital-twins\",\n    headers={{\"x-api-key\": UNLEARN_KEY}},\n    json={{\"indication\": \"ALS\", \"n\": 400}},\n)")
    add("phesi", f"Phesi Trial Accelerator — API credentials (do not forward)\n\nClient: Nordlys Bio\nKey: {S(g.s(HEX, 32))}\nSecret: {S(g.mixed(ALNUM, 44))}")
    add("saama", f"{{\n  \"saama\": {{\n    \"lsac_host\": \"https://lsac.saama.com\",\n    \"username\": \"{U('data_mgr_kr')}\",\n    \"password\": \"{S('Saama#LSAC2026')}\"\n  }}\n}}")
    add("trinetx", f"# TriNetX Live — cohort export\nTRINETX_API_TOKEN: {S(g.b64(33, urlsafe=True))}\nTRINETX_NETWORK: global-collab\nTRINETX_QUERY: q_7731")
    add("nference", openhands("run", {"command": "cat .env | grep NFERENCE"}, f"NFERENCE_API_KEY={S(g.s(HEX, 64))}\nNFERENCE_WORKSPACE=pharmacovigilance"))
    add("owkin", f"Bonjour {P('Léa')}, la clé du portail Owkin pour le projet d'histopathologie est {S('owk-' + g.s(LOWNUM, 32))}. Merci de ne pas la coller dans le notebook partagé, utilise le coffre Vault.")
    add("tempus", swe_traj("The config loader reads TEMPUS_API_KEY from settings.py; let me look.", "cat settings.py", f"DEBUG = False\nTEMPUS_BASE = 'https://api.tempus.com/lens'\nTEMPUS_API_KEY = '{S(g.mixed(ALNUM, 40))}'\n"))
    add("yseop", f"yseop_augmented_analytics:\n  url: https://compose.yseop.com/api/v1/\n  token: \"{S(g.s(HEX, 40))}\"\n  template: csr-section-11")
    add("wcg", f"WCG IRB Connexus sandbox\n  login: {U('irb.sub.nordlys')}\n  pw:    {S('IRBsandbox_44')}\nUse only for the protocol amendment upload test.")
    add("vitalograph", f"Vitalograph Spirotrac-Server: Der Dienstbenutzer {U('spiro_svc')} hat das Passwort {S('Spiro!Resp4')}. Bitte für die Studie RESP-4 in der Zentrale nicht im Klartext ablegen.")
    add("researchmanager", f"{{\n  \"ResearchManager\": {{\n    \"BaseUrl\": \"https://nl.researchmanager.com/api\",\n    \"ApiKey\": \"{S(g.uuid())}\"\n  }}\n}}")
    add("seqster", augment(f"`deploy/seqster.env` is tracked in git and contains:\n\n```\nSEQSTER_CLIENT_ID=nordlys-dct\nSEQSTER_CLIENT_SECRET={S(g.mixed(ALNUM, 52))}\n```\n\nI removed it from the index and added it to `.gitignore`; you still need to rotate the secret."))
    add("proofpilot", cody_chat("what does this line do? `pp = ProofPilot(api_key=...)`", f"It creates the ProofPilot client with a hard-coded key (`{S('pp_' + g.s(HEX, 40))}`). Anyone with repository access can read it, so rotate it and use `os.environ`."))
    add("reifyhealth", f"# StudyTeam (Reify Health) site feed\nstudyteam_token=\"{S(g.s(ALNUM, 48))}\"\ncurl -s -H \"Authorization: Bearer $studyteam_token\" https://api.studyteamapp.com/v1/referrals", ["reifyhealth"])
    add("teckro", f"teckro:\n  api: https://api.teckro.com\n  client_id: 4b71\n  client_secret: \"{S(g.mixed(ALNUM, 36))}\"")
    add("oncore", f"Hola {P('Marta')}, para el conector de OnCore (Advarra) en el hospital de Valladolid: usuario {U('oncore_api_vll')}, contraseña {S('Mart4_Valladolid')}. Cámbiala la semana que viene, por favor.", ["oncore"])
    add("vial", f"// vial-cro/config.ts\nexport const VIAL = {{\n  endpoint: 'https://api.vial.com/edc',\n  apiKey: '{S('vial_sk_' + g.mixed(ALNUM, 32))}',\n}};")
    add("studykik", f"> POST /v1/leads HTTP/1.1\n> Host: api.studykik.com\n> User-Agent: python-requests/2.32.3\n> Authorization: Token {S(g.s(HEX, 40))}\n> Content-Type: application/json\n>\n< HTTP/1.1 201 Created\n< x-request-id: {g.uuid()}\n< content-length: 58")
    add("pem", f"openhands@sandbox:/workspace$ cat certs/edc-signing.key\n{S(g.pem('RSA PRIVATE KEY', 6))}\nopenhands@sandbox:/workspace$")

    # oil and gas, utilities ----------------------------------------------------------------
    add("validere", f"[validere]\nhost = https://api.validere.com\nclient_id = permian-ops\nclient_secret = {S(g.mixed(ALNUM, 40))}\n; emissions + volumes sync, runs nightly")
    add("petroai", f"Petro.ai: usuario {U('wv_integ')} y clave {S('Neuquen#Pozos1')}. Lo dejo aquí sólo para la prueba de pozos en Neuquén, después lo borro del canal.")
    add("tachyus", f"TACHYUS_API_KEY={S(g.s(HEX, 32))}\nTACHYUS_URL=https://aqueon.tachyus.com/api/v1\nTACHYUS_FIELD=kern-river")
    add("xecta", f"xecta:\n  tenant: gulfshore\n  api_token: {S('xct_' + g.s(LOWNUM, 40))}\n  wells: [GS-12, GS-14, GS-19]")
    add("veerum", f"from veerum import Client\nclient = Client(api_key=\"{S(g.mixed(ALNUM, 32))}\")\ntwin = client.assets.get(\"platform-north-sea-07\")")
    add("spotfire", shell("spotfire-cli login --server https://spotfire.upstream.local --client-id ops-dash --client-secret " + S(g.mixed(ALNUM, 40)), "Logged in as ops-dash"))
    add("petrel", f"Petrel Studio-databasen (Stavanger) bruker fortsatt SQL-login {U('studio_admin')} med passord {S('Stavanger2026!')}. Dette må inn i Vault før revisjonen.")
    add("sitetracker", f"SITETRACKER_SF_USERNAME=integration@gridco.sitetracker\nSITETRACKER_SF_PASSWORD={S('Gridco_SF#77')}\nSITETRACKER_SF_TOKEN={S(g.mixed(ALNUM, 25))}")
    add("urbint", f"{{\"urbint\": {{\"api\": \"https://api.urbint.com/lens\", \"key\": \"{S(g.s(HEX, 48))}\"}}, \"region\": \"ohio-gas\"}}")
    add("opower", xcode_chat("UtilityAPI.swift", "why does the Opower fetch fail on device?", f"`let opowerSecret = \"{S(g.mixed(ALNUM, 40))}\"` is embedded in the app bundle, and the server rejects it from mobile clients. Move the call to your backend and rotate the secret."))
    add("utilidata", f"utilidata_karman:\n  mqtt_host: karman.utilidata.com\n  device_user: {U('feeder17-karman')}\n  device_password: \"{S('Karman!Feeder17')}\"")
    add("weavegrid", f"# weavegrid.toml — managed-charging pilot\n[weavegrid]\napi_key = \"{S('wg_' + g.mixed(ALNUM, 40))}\"\nutility = \"pge-pilot\"\n\n[weavegrid.retry]\nmax_attempts = 5\nbackoff_s = 2.5")
    add("uplight", f"resource \"aws_ssm_parameter\" \"uplight\" {{\n  name  = \"/billing/uplight/api_key\"\n  type  = \"SecureString\"\n  value = \"{S(g.s(HEX, 64))}\"\n}}")
    add("trilliant", f"Trilliant UnitySuite head-end: operador {U('he_ops2')} / {S('Distrib@Nov3')} (cambiado el 3 de noviembre, aviso de seguridad de la distribuidora).")
    add("sensus", f"<SensusAnalytics>\n  <Endpoint>https://analytics.sensus.com/api</Endpoint>\n  <User>{U('water_ami_ro')}</User>\n  <Password>{S('AMIwater#ro2')}</Password>\n</SensusAnalytics>")
    add("xylem", augment(f"I found the Xylem Vue token in `scripts/pull_flow.sh`:\n\n```bash\nXYLEM_TOKEN=\"{S(g.s(ALNUM, 44))}\"\n```\n\nI replaced it with `XYLEM_TOKEN=\"${{XYLEM_TOKEN:?}}\"`."))
    add("syrinix", f"Syrinix PIPEMINDER (red de agua, Monterrey): API key `{S(g.uuid())}`. Ojo, es la de producción, no la de pruebas.")
    add("zenner", f"Hallo {P('Jens')}, für das ZENNER Element IoT Portal (Stadtwerke) ist der API-Key {S(g.s(HEX, 40))}. Bitte nur im Ansible-Vault speichern.")
    add("vertiv", shell("curl -s -u " + U("monitor") + ":" + S('Ups!Dc2monitor') + " https://ups-dc2.vertiv.local/api/v1/status", '{"battery":"97%","load":"41%"}'))
    add("ruthsai", f"package petro\n\n// TODO({U('kaveh')}): read from vault before the Delaware Basin demo\nconst ruthsAIKey = \"{S(g.mixed(ALNUM, 32))}\"\n\nfunc newClient() *Client {{\n\treturn &Client{{BaseURL: \"https://api.ruths.ai/petro\", Key: ruthsAIKey}}\n}}")
    add("welltrax", f"welltrax.api.user={U('haul_feed')}\nwelltrax.api.password={S('Haul#Tickets26')}\nwelltrax.api.url=https://api.welltrax.com/v2")
    add("welldatabase", f"import requests\nr = requests.post('https://app.welldatabase.com/api/v2/wells/search',\n    headers={{'Api-Key': '{S(g.uuid())}', 'User-Agent': 'permian-ops'}},\n    json={{'Filters': {{'State': ['TX']}}}})")
    add("ospreydata", aider_hist("rotate the osprey key in docker-compose", f"docker-compose.yml\n```yaml\n<<<<<<< SEARCH\n      OSPREY_API_KEY: {S(g.s(HEX, 40))}\n=======\n      OSPREY_API_KEY: ${{OSPREY_API_KEY}}\n>>>>>>> REPLACE\n```"))
    add("rigminder", f"RIGMINDER_USERNAME={U('analyst@basinco.com')}\nRIGMINDER_PASSWORD={S('Delaware!Basin5')}\nRIGMINDER_API=https://api.rigminder.com/v1")
    add("ondiflo", f"Ondiflo ticket sync — token {S(g.s(LOWNUM, 32))} (haul ticket API, Midland yard)")
    add("osmose", q_cli("aws secretsmanager get-secret-value --secret-id osmose/pole-inspection --query SecretString --output text", dumps({"osmose_api_key": "KEYX"}).replace("KEYX", S(g.s(HEX, 32)))))
    add("wattics", f"Wattics 대시보드 API 키: {S(g.s(HEX, 40))} — 부산 공장 에너지 모니터링용입니다. 절대 깃에 올리지 마세요.")
    add("pecanstreet", f"# Dataport (Pecan Street)\nPGHOST=dataport.pecanstreet.org\nPGUSER={U('uni_grid_lab')}\nPGPASSWORD={S('Dataport_UniLab1')}")
    add("petrode", f"petrode:\n  url: https://app.petrode.com\n  api_key: {S(g.s(UPNUM, 32))}")
    add("p2energy", f"P2 Energy Solutions BOLO: Server=p2bolo;Database=BOLO;User Id={U('bolo_rpt')};Password={S('BoloRpt!2025')};")
    add("powerley", continue_log("const POWERLEY_SECRET = ", f"\"{S(g.mixed(ALNUM, 40))}\";\nconst POWERLEY_URL = \"https://api.powerley.com\";"))
    add("resonant", f"Resonant Link grid-edge: token `{S('rl_' + g.s(HEX, 48))}` (Bombay feeder pilot)")

    # public transport operators --------------------------------------------------------------
    add("nomadtransit", f"android {{\n    defaultConfig {{\n        applicationId \"coach.sunline.driver\"\n        buildConfigField \"String\", \"NOMAD_TRANSIT_KEY\", \"\\\"{S(g.mixed(ALNUM, 32))}\\\"\"\n    }}\n}}")
    add("passio", f"Passio GO feed for the campus shuttles: `https://passio3.com/api/v1?key={S(g.s(HEX, 32))}` — the key is the one from the contract, please don't post it in #transit-public.")
    add("pysae", f"Salut {P('Hugo')}, pour l'API temps réel de Pysae (réseau de Vannes) le token est {S(g.s(LOWNUM, 40))}. Je l'ai mis dans le .env du serveur GTFS-RT.")
    add("routematch", f"[routematch]\nwsdl = https://paratransit.routematch.com/RMWS/Service.svc?wsdl\nusername = {U('rm_dispatch_api')}\npassword = {S('Paratransit#RM8')}")
    add("tripspark", f"<TripSpark>\n  <StreetsUrl>https://streets.metrotransit.local/api</StreetsUrl>\n  <ApiKey>{S(g.uuid(upper=True))}</ApiKey>\n</TripSpark>")
    add("ubitransport", f"UBITRANSPORT_CLIENT_ID=reseau-macon\nUBITRANSPORT_CLIENT_SECRET={S(g.mixed(ALNUM, 40))}")
    add("scheidtbachmann", f"Scheidt & Bachmann fare back office: Benutzer {U('fbo_export')}, Passwort {S('Verbund!Fare2026')}. Verbindung nur über das VPN des Verkehrsverbunds.")
    add("vixtechnology", f"vix:\n  account_based_ticketing:\n    base_url: https://abt.vixtechnology.com/api\n    client_secret: \"{S(g.mixed(ALNUM, 48))}\"")
    add("tranzer", tabnine("can you check the Tranzer ticketing config?", f"`validators.json` has `\"tranzer_api_token\": \"{S(g.s(HEX, 40))}\"` — that is the live token for the Utrecht pilot. Move it to the secret store."))
    add("vontas", f"$ export VONTAS_TRANSITMASTER_KEY={S(g.s(UPNUM, 36))}\n$ python export_apc.py --garage north")
    add("ventra", f"# Ventra partner API (fare media)\nVENTRA_PARTNER_ID=cta-pilot-07\nVENTRA_PARTNER_SECRET={S(g.mixed(ALNUM, 44))}")
    add("vossloh", f"Vossloh 轨道监测平台的接口密码是 {S('Gleis#Diag2026')}，账号 {U('track_diag_cn')}。请在周五之前放到配置中心。")
    add("wanderu", f"const wanderu = new WanderuClient({{\n  partnerId: 'bus-aggregator-eu',\n  apiKey: '{S(g.s(HEX, 32))}',\n}});")
    add("thales", f"Thales TransCity: 服务账号 {U('tc_gateway')} / 密码 {S('Shenzhen!Metro8')}（深圳地铁测试环境）", ["thales"])
    add("transitscreen", f"2026-11-19 07:12:44,118 WARN  displays.sync  GET https://api.transitscreen.com/v2/screens/lobby-tower-b?api_key={S(g.s(HEX, 64))} -> 403 Forbidden (attempt 3/3)\n2026-11-19 07:12:44,120 ERROR displays.sync  giving up; screen will show cached departures")
    add("rideco", copilot_ext("rideco", "test the RideCo on-demand sandbox", f"Using your sandbox key `{S('rdc_test_' + g.mixed(ALNUM, 32))}` I booked a test trip from Stop 114 to the hospital. Note that this key is now in your chat history."))
    add("sparelabs", f"SPARE_API_TOKEN={S(g.jwt(dumps({'sub': 'school-runs', 'org': 'spare-partner-441'}, separators=(',', ':'))))}\nSPARE_REGION=ca-central", ["sparelabs"])

    # hotels and hospitality ------------------------------------------------------------------
    add("operacloud", f"OHIP (Oracle Hospitality) gateway:\nx-app-key: {g.uuid()}\nclient_id: harbourview_Client\nclient_secret: {S(g.mixed(ALNUM + '-_', 36))}", ["operacloud"])
    add("nuitee", f"LITEAPI_KEY={S('prod_' + g.uuid())}\n# Nuitee LiteAPI, used by the booking widget", ["nuitee"])
    add("nexudus", f"Olá! A conta de API da Nexudus para o espaço de coworking no Porto é {U('api@cowork-porto.pt')} e a palavra-passe {S('Cowork!Porto2026')}. Depois de configurares, muda-a.")
    add("oaky", f"oaky:\n  hotel_id: 88213\n  api_key: {S(g.s(HEX, 40))}\n  upsell_language: de")
    add("operto", shell("curl -s -H \"Authorization: " + S(g.s(ALNUM, 40)) + "\" https://teams-api.operto.com/api/v1/properties?perPage=2", '{"data":[{"PropertyID":17,"Name":"Casa Alfama"}]}'))
    add("pricelabs", f"import os, requests\nPRICELABS_KEY = os.getenv('PRICELABS_KEY', '{S(g.mixed(ALNUM, 40))}')\nrequests.post('https://api.pricelabs.co/v1/listings', headers={{'X-API-Key': PRICELABS_KEY}})")
    add("quicktext", f"Quicktext Velma chatbot: la clé API de l'hôtel Le Panier (Marseille) est {S(g.s(LOWNUM, 32))}. Elle apparaît aussi dans le widget JS, il faudrait passer par un proxy.")
    add("quore", f"QUORE_API_USER={U('hk-integration')}\nQUORE_API_PASSWORD={S('Housekeep#Miami3')}\nQUORE_PROPERTY=miami-south-beach")
    add("rategain", f"<RateGain>\n  <Channel>UNO</Channel>\n  <Username>{U('rg_xml_lisbon')}</Username>\n  <Password>{S('Lisboa_RateGain1')}</Password>\n</RateGain>")
    add("rentalsunited", f"<Pull_ListProp_RQ>\n  <Authentication>\n    <UserName>{U('ops@villasmallorca.es')}</UserName>\n    <Password>{S('Mallorca!Villas9')}</Password>\n  </Authentication>\n</Pull_ListProp_RQ>")
    add("revinate", cursor_log("read_file", {"path": "crm/revinate.env"}, f"REVINATE_API_KEY={S(g.s(HEX, 32))}\nREVINATE_API_SECRET={S(g.s(HEX, 64))}\nREVINATE_HOTEL=4411"))
    add("rmscloud", f"rms:\n  agent_id: 1422\n  agent_password: \"{S(g.password())}\"\n  client_id: 11281\n  client_password: \"{S(g.password())}\"")
    add("roomkey", f"# config/initializers/roomkey.rb\nRoomkey.configure do |c|\n  c.endpoint  = \"https://pms.roomkeypms.com/api\"\n  c.api_token = \"{S(g.s(HEX, 48))}\"\n  c.property  = \"MIA-SB-01\"\nend")
    add("sabeeapp", f"SabeeApp API — Budapest, Hotel Duna\napi_key: {S(g.s(LOWNUM, 40))}\n(Kérlek, ne küldd tovább e-mailben.)")
    add("saltoks", f"SALTO_KS_CLIENT_ID=hotel-keys-app\nSALTO_KS_CLIENT_SECRET={S(g.mixed(ALNUM, 40))}\nSALTO_KS_SITE={g.uuid()}")
    add("septeo", f"Septeo Hospitality (ex-Hotelinking): login {U('admin.riviera')} mot de passe {S('Riviera#Septeo24')}")
    add("shiji", f"{{\"ShijiEnterprisePlatform\": {{\"tenantId\": \"{g.uuid()}\", \"clientSecret\": \"{S(g.mixed(ALNUM, 44))}\"}}}}")
    add("roomcloud", f"RoomCloud チャネルマネージャー: ユーザー名 {U('rc_kyoto_inn')}、パスワード {S('Kyoto!Inn2026')} です。ホテルの設定画面でのみ使用してください。")
    add("sirvoy", f"<?php\n// booking-widget/config.php\nreturn [\n    'sirvoy_engine' => 7731,\n    'sirvoy_token'  => '{S(g.s(HEX, 40))}',\n    'locale'        => 'sv_SE',\n];")
    add("octorate", f"$ curl -H 'Authorization: Bearer {S(g.s(ALNUM, 40))}' https://api.octorate.com/connect/rest/v1/reservation?accommodationId=88213\n{{\"data\":[]}}")
    add("sonder", f"// sonder-ops/src/keys.go\nconst sonderPartnerKey = \"{S('snd_' + g.mixed(ALNUM, 40))}\"")
    add("stay22", f"<script src=\"https://scripts.stay22.com/letmeallez.js\" data-aid=\"festivalpt\" data-key=\"{S(g.s(HEX, 32))}\"></script>")
    add("synxis", f"synxis.soap.user={U('crs_harbourview')}\nsynxis.soap.password={S('Harbour#CRS12044')}\nsynxis.chain=12044")
    add("tokeet", f"Hej {P('Elin')}! Tokeet-kontot för stugorna i Åre: konto-id 1599230011.2244 och API-nyckeln {S(g.uuid())}. Lägg in den i Bitwarden, inte i Slack.")
    add("travelclick", f"TravelClick iHotelier OTA_HotelAvailRQ — RequestorID ID=\"harbour\" MessagePassword=\"{S('iHotelier!Harbour5')}\"")
    add("trustyou", f"Dag {P('Wouter')}, de TrustYou-sleutel voor de reviewwidget van ons hotel in Brugge is {S(g.uuid())}. Ik heb hem al in de Azure Key Vault gezet; mag uit de code.")
    add("unifocus", f"Unifocus Knowcross: ο λογαριασμός υπηρεσίας είναι {U('kx_svc_rhodes')} και ο κωδικός {S(g.password())}. Παρακαλώ άλλαξέ τον μετά την εγκατάσταση στη Ρόδο.")
    add("uplisting", f"curl https://connect.uplisting.io/properties -H \"Authorization: Basic {S(g.b64(30))}\"")
    add("vacasa", f"# values-prod.yaml (helm upgrade owner-portal ./chart -f values-prod.yaml)\nreplicaCount: 3\nenv:\n  VACASA_CLIENT_ID: owner-portal\n  VACASA_CLIENT_SECRET: \"{S(g.mixed(ALNUM, 48))}\"\ningress:\n  host: owners.coastalstays.com")
    add("virdee", f"virdee:\n  property: the-harbor-hotel\n  api_key: {S('vd_' + g.s(HEX, 40))}")
    add("visionline", f"ASSA ABLOY Visionline: Benutzer {U('sys')} Passwort {S(g.password())} (Server im Keller, Hotel Alpenrose)")
    add("webrezpro", f"WebRezPro API: token={S(g.s(HEX, 40))}&property=1182")
    add("wheelhouse", f"WHEELHOUSE_API_KEY={S(g.mixed(ALNUM, 36))}\nWHEELHOUSE_USER={U('revenue@coastalstays.com')}")
    add("yanolja", f"야놀자 클라우드 API 키: {S(g.s(HEX, 40))}\n호텔 코드: SEL-2291 — 운영 서버에만 넣어주세요.")
    add("trivago", f"variable \"trivago_api_key\" {{\n  type    = string\n  default = \"{S(g.s(HEX, 64))}\"\n}}\n\nmodule \"metasearch\" {{\n  source  = \"./modules/metasearch\"\n  api_key = var.trivago_api_key\n}}")
    add("onity", f"Onity DirectKey: partner_id=77 api_secret={S(g.mixed(ALNUM, 32))}")
    add("nuvola", f"Nuvola housekeeping app — token `{S(g.s(LOWNUM, 36))}` for the Mexico City property")

    # media streaming and podcasting --------------------------------------------------------
    add("podbean", f"Halo {P('Rina')}, client secret Podbean untuk podcast kantor kita: {S(g.s(LOWNUM, 20))} (client id {g.s(HEX, 20)}). Tolong simpan di Vault, jangan di spreadsheet.")
    add("spreaker", f"Ciao {P('Giulia')}, il token OAuth di Spreaker per il podcast «Cronache di quartiere» è {S(g.s(HEX, 40))}. L'ho aggiunto ai secrets di GitHub Actions, cancellalo da qui.")
    add("simplecast", f"const simplecast = axios.create({{\n  baseURL: 'https://api.simplecast.com',\n  headers: {{ Authorization: 'Bearer {S(g.jwt(dumps({'sub': 'show-ops', 'scope': 'podcasts:write'}, separators=(',', ':'))))}' }},\n}});")
    add("transistor", shell("curl -s https://api.transistor.fm/v1/episodes -H 'x-api-key: " + S(g.mixed(ALNUM, 22)) + "' | jq '.data[0].attributes.title'", '"Ep. 112: Interview with a night-bus driver"'))
    add("riverside", f"riverside:\n  workspace: studio-b\n  api_key: {S('rvs_' + g.s(ALNUM, 40))}")
    add("podchaser", f"mutation {{ requestAccessToken(input: {{grant_type: CLIENT_CREDENTIALS, client_id: \"9c71a\", client_secret: \"{S(g.mixed(ALNUM, 40))}\"}}) {{ access_token }} }}")
    add("omnystudio", f"ازيك يا {P('كريم')}، الـ consumer key بتاع Omny Studio للبودكاست هو {S(g.s(HEX, 32))}. متحطوش في الكود، حطه في الـ secrets.", ["omnystudio"])
    add("pinecast", f"Pinecast analytics export token: {S(g.s(HEX, 32))} (read-only, but still don't paste it in public issues)")
    add("redcircle", f"// src/main.rs\nconst REDCIRCLE_TOKEN: &str = \"{S(g.mixed(ALNUM, 48))}\";\n\nfn client() -> reqwest::Client {{\n    let mut h = HeaderMap::new();\n    h.insert(AUTHORIZATION, format!(\"Bearer {{}}\", REDCIRCLE_TOKEN).parse().unwrap());\n    reqwest::Client::builder().default_headers(h).build().unwrap()\n}}")
    add("zencastr", f"Zencastr 웹훅 시크릿이 `{S('zc_whsec_' + g.s(LOWNUM, 32))}` 입니다. 녹음 완료 이벤트 서명 검증에 씁니다.")
    add("podtrac", f"[podtrac]\nuser = {U('analytics@nightbus.fm')}\npassword = {S(g.password())}")
    add("podsights", f"In [7]: os.environ['PODSIGHTS_API_KEY']\nOut[7]: '{S(g.s(HEX, 40))}'\n\nIn [8]: campaigns = ps.campaigns(org='nightbus-media')")
    add("veeps", f"Veeps livestream ingest: rtmps://live.veeps.com:443/app/{S(g.s(LOWNUM, 32))}")
    add("whooshkaa", f"Whooshkaa API: curl 'https://api.whooshkaa.com/shows/4411/episodes?api_key={S(g.s(ALNUM, 40))}'")
    add("rephonic", f"Hallo {P('Jana')}, der Rephonic-API-Schlüssel für die Gästesuche ist {S(g.s(HEX, 32))}. Bitte nur in der .env auf dem Redaktionsserver speichern.")
    add("vhx", f"import vhx\nvhx.api_key = \"{S(g.mixed(ALNUM, 32))}\"\ncustomers = vhx.Customer.list(product=1182)")
    add("streamyard", f"StreamYard custom RTMP destination — stream key: {S(g.s(LOWNUM, 4) + '-' + g.s(LOWNUM, 4) + '-' + g.s(LOWNUM, 4) + '-' + g.s(LOWNUM, 4))}")
    add("restream", f"RESTREAM_CLIENT_ID={g.uuid()}\nRESTREAM_CLIENT_SECRET={S(g.uuid())}")
    add("wowza", f"WSC_API_KEY={S(g.mixed(ALNUM, 64))}\nWSC_ACCESS_KEY={S(g.mixed(ALNUM, 64))}", ["wowza"])
    add("theoplayer", f"const player = new THEOplayer.Player(el, {{\n  libraryLocation: '/vendor/theoplayer',\n  license: '{S('sZP7IYe6T6' + g.s(B64URL, 60))}',\n}});")
    add("vodlix", f"public final class VodlixConfig {{\n    public static final String BASE_URL = \"https://api.vodlix.com/v1\";\n    public static final String API_KEY = \"{S(g.s(HEX, 40))}\";\n    private VodlixConfig() {{}}\n}}")
    add("qencode", f"from qencode import client\nq = client('{S(g.s(HEX, 12))}')\ntask = q.create_task()")
    add("pandavideo", f"Oi! A chave da API do Panda Video para os cursos é {S('panda-' + g.s(HEX, 40))}. Coloquei no .env do servidor de Belo Horizonte.")
    add("vodacast", f"VODACAST_API_KEY={S(g.mixed(ALNUM + '-_', 44))}\nVODACAST_CHANNEL=local-news-44")
    add("viewlift", f"viewlift:\n  site: sportsnet-plus\n  x_api_key: {S(g.mixed(ALNUM, 40))}")
    add("targetvideo", f"TargetVideo Brid player: API token {S(g.s(HEX, 32))}")
    add("sproutvideo", shell("curl -H 'SproutVideo-Api-Key: " + S(g.s(HEX, 32)) + "' https://api.sproutvideo.com/v1/videos?per_page=1", '{"total":318}'))
    add("yospace", f"Yospace CSM: shared secret for the ad-insertion session API = {S(g.mixed(ALNUM, 32))}")
    add("youbora", f"youbora.Plugin({{accountCode: 'rtve-test', 'content.title': 'Telediario'}}) // api secret: {S(g.s(HEX, 32))}", ["youbora"])
    add("verimatrix", f"FROM node:20-alpine\nWORKDIR /app\nCOPY . .\nENV VERIMATRIX_STREAMING_PROTECTION_KEY={S(g.s(HEX, 64))}\nRUN npm ci --omit=dev\nCMD [\"node\", \"license-proxy.js\"]")
    add("synamedia", f"Synamedia Iris: il client secret per l'ambiente di staging è {S(g.mixed(ALNUM, 40))}")
    add("nagra", f"[nagra_opentv]\nhost = ssp.nagra-cloud.com\nkey = {S(g.s(HEXU, 32))}")
    add("rumble", f"{{\n  \"settings\": {{\n    \"server\": \"rtmp://live.rumble.com/live\",\n    \"key\": \"{S(g.mixed(ALNUM, 48))}\",\n    \"use_auth\": false\n  }},\n  \"type\": \"rtmp_custom\"\n}}")
    add("tritondigital", f"Triton Digital: usuario {U('radio_ads_mx')} / contraseña {S(g.password())} para el reporte de audiencia.")
    add("streamguys", f"icecast source: source / {S(g.password())}  (StreamGuys mount /nightbus-hq)")
    add("shoutcast", f"; sc_serv.conf\nadminpassword={S(g.password())}\npassword={S(g.password())}\nportbase=8000")
    add("podigee", f"Hej {P('Mads')}, Podigee-tokenet til vores podcast om Aarhus' busser er {S(g.s(HEX, 40))}. Jeg har lagt det i CI-variablerne, så du kan slette det fra README'en.")
    add("sounder", f"Bonjour, voici le token Sounder de l'émission : {S(g.mixed(ALNUM, 40))}. À utiliser uniquement dans le script de publication.")
    add("podomatic", f"podomatic_password: {S(g.password())}")
    add("pippa", f"Moi! Pippa-podcastin API-avain on {S('pk_' + g.s(LOWNUM, 40))}. Se on nyt GitHub Actionsin salaisuuksissa, älä laita sitä koodiin.")
    add("spacial", f"SAM Broadcaster (Spacial) DB: user={U('sam_admin')} password={S(g.password())}")
    add("ooyala", f"OOYALA_API_KEY={g.s(ALNUM, 28)}.{g.s(ALNUM, 5)}\nOOYALA_API_SECRET={S(g.mixed(ALNUM, 40))}")
    add("vewd", f"vewd_store_partner_secret = \"{S(g.s(HEX, 48))}\"")
    add("viaccessorca", f"Viaccess-Orca DRM: customer 4412 key {S(g.s(HEXU, 32))}", ["viaccessorca"])

    # non-profits and NGOs ------------------------------------------------------------------
    add("publicinput", f"Salut {P('Andrei')}, tokenul PublicInput pentru consultarea publică a primăriei este {S(g.s(HEX, 64))}. L-am pus în GitLab ca variabilă mascată.")
    add("pledgemanager", f"PledgeManager: orgId=greenpath apiKey={S(g.s(HEX, 32))}")
    add("pledgeit", f"pledgeit:\n  partner_id: gp-2291\n  partner_password: \"{S(g.password())}\"")
    add("raiseright", f"Καλημέρα {P('Νίκο')}, το token του RaiseRight για τον έρανο του σχολείου είναι {S(g.s(UPNUM, 32))}. Μην το ανεβάσεις στο GitHub, σε παρακαλώ.")
    add("simplydonate", f"SimplyDonate — API key for the donor import job: {S(g.mixed(ALNUM, 48))}")
    add("soapboxengage", f"soapbox_engage_key = '{S(g.s(HEX, 32))}'", ["soapboxengage"])
    add("nonprofiteasy", f"NonProfitEasy: login {U('admin.foodbank')} password {S(g.password())}")
    add("teamraiser", f"Luminate Online TeamRaiser API: api_key={S(g.s(ALNUM, 20))}&login_name={U('apiadmin')}&login_password={S(g.password())}")
    add("unitedway", f"spring:\n  application:\n    name: campaign-sync\nunitedway:\n  partner-key: {S(g.uuid())}\n  campaign: spring-gala-2027")
    add("simprints", f"$ curl -s https://api.simprints.com/v1/projects/wash-tz/enrolments?limit=1 \\\n    -H 'Authorization: Bearer {S(g.mixed(ALNUM, 40))}' | jq '.total'\n1842")
    add("tiltify", f"Tiltify: client_id {g.s(HEX, 64)}, client_secret {S(g.s(HEX, 64))} — charity stream for the children's hospital.")
    add("ruffalonoellevitz", f"Cześć {P('Tomek')}, klucz API do RNL (Ruffalo Noel Levitz) dla kampanii stypendialnej to {S(g.s(LOWNUM, 40))}. Proszę nie wrzucać go na Confluence.", ["ruffalonoellevitz"])
    add("subsplash", f"Salut! Pour le formulaire de dons Subsplash de la banque alimentaire de Sherbrooke, la clé webhook est {S(g.mixed(ALNUM, 32))}.")
    add("paybee", f"$ docker run -d --name auction-sync -e PAYBEE_API_KEY={S(g.s(HEX, 40))} -e EVENT_ID=gala27 ghcr.io/greenpath/auction-sync:1.4\n8f1c2e7a9b04")
    add("openfn", f"OpenFn project credential (donor sync): api_secret {S(g.mixed(ALNUM, 36))}")
    add("ticketor", f"Ticketor REST: Basic {S(g.b64(36))}\n(user:password for the theatre box office)")
    add("volgistics", f"Chào chị {P('Lan')}, khóa API Volgistics của tổ chức tình nguyện là {S(g.s(UPNUM, 24))} (tài khoản 44821). Em đã lưu trong kho bí mật rồi.")
    add("volunteerhub", f"volunteerhub:\n  org: riverclean\n  username: {U('api_riverclean')}\n  password: {S(g.password())}")
    add("volunteermatch", f"VolunteerMatch API: X-WSSE UsernameToken Username=\"{U('ngo-sync')}\" PasswordDigest based on key {S(g.s(HEX, 40))}")
    add("uniteus", f"היי {P('דנה')}, ה-client secret של Unite Us לפרויקט ההפניות הוא {S(g.mixed(ALNUM, 48))}. אל תשימי אותו בקוד בבקשה.")
    add("planningcenter", f"PLANNING_CENTER_APP_ID={g.s(HEX, 64)}\nPLANNING_CENTER_SECRET={S(g.s(HEX, 64))}", ["planningcenter"])
    add("springly", f"Springly (association des parents d'élèves): identifiant {U('tresorier.ape')} / mot de passe {S(g.password())}")
    add("opencollective", f"$ curl -s https://api.opencollective.com/graphql/v2 \\\n    -H 'Personal-Token: {S(g.s(HEX, 40))}' \\\n    -d '{{\"query\":\"{{ collective(slug: \\\"riverclean\\\") {{ stats {{ balance {{ value }} }} }} }}\"}}'\n{{\"data\":{{\"collective\":{{\"stats\":{{\"balance\":{{\"value\":4210.55}}}}}}}}}}")
    add("ushahidi", f"Ushahidi platform client: client_id=ushahidiui client_secret={S(g.mixed(ALNUM, 36))}")
    add("primero", shell("curl -s -H 'Authorization: Bearer " + S(g.s(HEX, 40)) + "' https://primero.ngo-cp.org/api/v2/cases?per=1", '{"metadata":{"total":14}}'))
    add("surveycto", f"SurveyCTO server tanzania-wash: user {U('data.manager@wash-tz.org')} pass {S(g.password())}")
    add("ona", f"library(ona)\nona_token <- \"{S(g.s(HEX, 40))}\"\nsubmissions <- onaDownload(\"771203\", \"wash_tz\", token = ona_token)\nnrow(submissions)")
    add("vomo", f"Vomo volunteer API token: {S(g.mixed(ALNUM, 40))}")

    # legal e-discovery and courts ------------------------------------------------------------
    add("nextpoint", tool_call_twice("write_file", {"path": "nextpoint/worker.properties", "content": f"nextpoint.host=app.nextpoint.com\nnextpoint.api.key={S(g.s(UPNUM, 5) + '-' + g.s(UPNUM, 5) + '-' + g.s(UPNUM, 5) + '-' + g.s(UPNUM, 5))}\n"}))
    add("zapproved", f"# Invoke-LegalHoldSync.ps1\n$ZapprovedKey = '{S(g.mixed(ALNUM, 40))}'\n$headers = @{{ 'X-Api-Key' = $ZapprovedKey }}\nInvoke-RestMethod -Uri 'https://api.zapproved.com/v1/holds' -Headers $headers")
    add("onna", f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: onna-collector\ntype: Opaque\nstringData:\n  ONNA_API_TOKEN: \"{S(g.s(HEX, 48))}\"")
    add("ontrack", f"KLDiscovery Ontrack Nebula: servicegebruiker {U('zl_ingest')} met wachtwoord {S(g.password())}. Graag na het onderzoek voor de rechtbank Antwerpen resetten.")
    add("venio", f"<connectionStrings>\n  <add name=\"VenioReview\" connectionString=\"Server=venio-sql;Database=VenioPCD;User Id={U('venio_app')};Password={S(g.password())};\" />\n</connectionStrings>")
    add("prevail", f"Prevail deposition platform — API token for case 2026-CV-1182 (read-only transcripts): {S(g.s(HEX, 64))}")
    add("pagevault", f"services.AddHttpClient<PageVaultClient>(c =>\n{{\n    c.BaseAddress = new Uri(\"https://api.page-vault.com/\");\n    c.DefaultRequestHeaders.Add(\"X-Api-Key\", \"{S(g.mixed(ALNUM, 32))}\");\n}});")
    add("trialdirector", f"TrialDirector 360 cloud sync — refresh token: {S(g.b64(48, urlsafe=True))}")
    add("onelegal", f"One Legal eFiling: usuario {U('efile.bot@lawfirm-tx.com')} contraseña {S(g.password())} — sólo para pruebas en el condado de Harris.")
    add("pacerpro", f"Hola {P('Jordi')}, la clau de l'API de PacerPro per al despatx és {S(g.s(HEX, 40))}. No la posis al repositori; l'he afegida als secrets del Jenkins.")
    add("syllo", f"# syllo.yaml — privilege-review export\nworkspace: shapiro-lindqvist/matter-4471\nsyllo_api_token: {S(g.mixed(ALNUM, 40))}\nbatch_size: 500")
    add("zuva", f"ZUVA_API_URL=https://us.app.zuva.ai/api/v2\nZUVA_TOKEN={S(g.mixed(ALNUM, 52))}")
    add("tymetrix", f"Hola, Tymetrix 360 OAuth: client_secret = {S(g.s(HEX, 32))}. Lo uso en el script de facturación del despacho en Barcelona.")
    add("zolasuite", f"Zola Suite API — bearer {S(g.b64(33, urlsafe=True))}", ["zolasuite"])
    add("xakia", usage_record("why does the Xakia matter upload fail?", f"The refresh token in `xakia_client.py` (`{S(g.s(ALNUM, 64))}`) has been revoked. Generate a new one in Xakia's settings and keep it out of the repository."))
    add("surepoint", f"สวัสดีครับ รหัสผ่านฐานข้อมูล SurePoint ของสำนักงานกฎหมายคือ {S(g.password())} ผู้ใช้ {U('sp_reporting')} ใช้เฉพาะรายงานเท่านั้นครับ")
    add("opus2", f"Opus 2 Magnum: X-Api-Key {S(g.uuid())} (arbitration case LCIA 264411)")
    add("veritone", f"import {{ Veritone }} from '@veritone/sdk';\n\nexport const vt = new Veritone({{\n  env: 'us-1',\n  token: '{S(g.uuid() + ':' + g.s(HEX, 48))}',\n}});")
    add("zegal", f"Zegal API-Schlüssel für die Vertragsvorlagen: {S(g.mixed(ALNUM, 44))} — nur für die Kanzlei Frankfurt, bitte nicht ins Wiki.")
    add("veritext", f"VERITEXT_API_KEY={S('vtx_' + g.s(LOWNUM, 40))}\nVERITEXT_FIRM=shapiro-lindqvist")

    # semiconductor fabs and electronics manufacturing -----------------------------------------
    add("synopsys", f"# license server for the fab EDA farm\nexport SNPSLMD_LICENSE_FILE=27020@lic01.fab.local\nexport SYNOPSYS_SOLVNET_PASSWORD='{S(g.password())}'")
    add("silvaco", f"Silvaco 下载门户账号 {U('cad_admin_hsinchu')} 密码 {S(g.password())}，新竹厂区专用。")
    add("pdfsolutions", f"Exensio (PDF Solutions) REST: api_key={S(g.s(HEX, 40))}")
    add("ontoinnovation", f"onto:\n  discover_server: https://discover.fab7.local\n  user: {U('yield_eng')}\n  password: \"{S(g.password())}\"")
    add("tokyoelectron", f"東京エレクトロンの装置ポータル（TELeMetrics）のAPIトークン: {S(g.s(HEX, 48))}\n熊本工場のみで使用。")
    add("teradyne", f"Merhaba {P('Emre')}, Teradyne IG-XL lisans anahtarı: {S(g.s(UPNUM, 4) + '-' + g.s(UPNUM, 4) + '-' + g.s(UPNUM, 4) + '-' + g.s(UPNUM, 4))}. Test katındaki UltraFLEX için, başkasıyla paylaşma lütfen.")
    add("yieldhub", f"yieldHUB API — Bearer {S(g.jwt(dumps({'sub': 'test-floor', 'site': 'penang'}, separators=(',', ':'))))}")
    add("yielddynamics", f"YIELD_DYNAMICS_DB_URL=postgresql://{U('ydx')}:{S(g.password())}@ydx-db.fab.local:5432/yield")
    add("qualtera", f"Qualtera (Synopsys) API key: {S(g.s(HEX, 32))} — pour le site de Crolles.")
    add("tignis", shell("airflow connections add tignis_api --conn-type http --conn-host https://api.tignis.com --conn-password '" + S(g.mixed(ALNUM, 40)) + "'", "Successfully added `conn_id`=tignis_api : http://:******@https://api.tignis.com:"))
    add("nanotronics", f"nanotronics:\n  nsight_api: https://nsight.nanotronics.local\n  api_key: {S(g.s(HEX, 40))}")
    add("neurala", f"Neurala VIA inspection: license {S(g.s(UPNUM, 25))}")
    add("siliconexpert", f"curl -s 'https://api.siliconexpert.com/ProductAPI/search/authenticateUser?login={U('bom_bot')}&apiKey={S(g.s(ALNUM, 20))}'")
    add("octopart", f"const res = await fetch(`https://octopart.com/api/v4/rest/parts/match?apikey={S(g.s(HEX, 32))}&queries=${{encodeURIComponent(q)}}`);\nconst {{ results }} = await res.json();")
    add("nexar", f"넥사(Nexar) 부품 검색 API 클라이언트 시크릿: {S(g.mixed(ALNUM, 40))}\n클라이언트 ID는 {g.uuid()} 입니다. 구미 공장 BOM 도구에서만 쓰세요.")
    add("z2data", f"Z2Data API 密钥：{S(g.s(HEX, 40))}（元器件风险查询，深圳 PCBA 工厂）")
    add("trendforce", f"Ciao {P('Marco')}, la chiave API di TrendForce per i prezzi DRAM è {S(g.mixed(ALNUM, 32))}. È quella aziendale, quindi niente notebook pubblici per favore.")
    add("supplyframe", f"supplyframe:\n  key: {S(g.s(HEX, 32))}\n  secret: {S(g.s(HEX, 32))}")
    add("ultralibrarian", f"Oi {P('Rita')}, o token do Ultra Librarian para o plugin do KiCad é {S(g.mixed(ALNUM, 40))}. Guardei também no cofre da equipa de hardware em Aveiro.")
    add("snapeda", f"SnapEDA API token: {S(g.s(HEX, 40))} (KiCad library plugin)")
    add("upverter", f"diff --git a/tools/bom_sync.py b/tools/bom_sync.py\n@@ -8,6 +8,7 @@ import requests\n BASE = \"https://upverter.com/api/v1\"\n-API_KEY = os.environ[\"UPVERTER_API_KEY\"]\n+# quick fix for the demo, revert later\n+API_KEY = \"{S(g.s(HEX, 32))}\"\n \n def sync(project_id):")
    add("zuken", f"Zuken CR-8000 license server: admin / {S(g.password())}")
    add("yieldwerx", f"yieldWerx DB: sa / {S(g.password())} @ ywx-sql.smt.local")
    add("proshop", f"Hola {P('Lucía')}, la clave de la API de ProShop ERP para la planta de montaje es {S(g.s(ALNUM, 32))}. Guárdala en el gestor de contraseñas y bórrala de este chat.")
    add("sourcengine", f"Sourcengine API: X-Api-Key: {S(g.uuid())}")
    add("winsource", f"winsource_api_secret = \"{S(g.mixed(ALNUM, 32))}\"")
    add("rochesterelectronics", f"Rochester Electronics EDI portal: {U('edi_buyer_7')} / {S(g.password())}")
    add("quectel", f"AT+QMTCONN=0,\"iot-fab-monitor\",\"{U('quectel_bg96')}\",\"{S(g.password())}\"")
    add("ublox", f"UBLOX_THINGSTREAM_DEVICE_TOKEN={S(g.s(UPNUM, 20))}\nUBLOX_PP_CLIENT_ID=device-{g.uuid()}")
    add("nordicsemi", f"nRF Cloud API key: {S(g.s(HEX, 40))}")
    add("stmicro", f"STM32Cube.AI Developer Cloud token: {S(g.jwt(dumps({'sub': 'fab-ai', 'aud': 'stm32ai-cloud'}, separators=(',', ':'))))}")
    add("renesas", f"Renesas Quick-Connect Studio: token {S(g.s(HEX, 48))}")
    add("nxp", f"NXP EdgeLock 2GO: api_key={S(g.mixed(ALNUM, 40))}")
    add("siliconlabs", f"# .gitlab-ci.yml\nflash_test:\n  stage: test\n  variables:\n    SILABS_SIMPLICITY_TOKEN: \"{S(g.s(HEX, 40))}\"\n  script:\n    - slt install commander\n    - commander device info")
    add("seeed", f"SenseCAP (Seeed) API: ID {g.s(UPNUM, 16)} key {S(g.s(HEXU, 64))}")
    add("tektronix", f"Tektronix TekDrive: access key {S(g.mixed(ALNUM, 40))}")
    add("rohdeschwarz", f"R&S VISA instrument web login: instrument / {S(g.password())} (FSW43 lab 3)")

    # generic carriers: notebooks, CI, manifests, diffs, tables, tool calls --------------------
    add("sense", f"{{\n \"cells\": [\n  {{\n   \"cell_type\": \"code\",\n   \"source\": [\n    \"import sense_energy\\n\",\n    \"mon = sense_energy.Senseable()\\n\",\n    \"mon.authenticate('{U('grid.lab@uni-utrecht.nl')}', '{S(g.password())}')\"\n   ]\n  }}\n ]\n}}")
    add("wateroptics", f"name: reservoir-sync\non: [workflow_dispatch]\njobs:\n  sync:\n    runs-on: ubuntu-latest\n    env:\n      WATEROPTICS_API_KEY: {S(g.s(HEX, 40))}\n    steps:\n      - run: python sync_levels.py")
    add("odk", f"diff --git a/collect/settings.json b/collect/settings.json\n@@ -3,4 +3,5 @@\n   \"server_url\": \"https://central.health-ngo.org/v1/key/\",\n+  \"username\": \"{U('enumerator07')}\",\n+  \"password\": \"{S(g.password())}\",\n   \"form_update_mode\": \"match_exactly\"")
    add("tempus", gh_models("openai/gpt-4.1", f"Refactor this: `TEMPUS_SANDBOX_KEY = \"{S(g.mixed(ALNUM, 40))}\"` into settings", "Use `os.environ[\"TEMPUS_SANDBOX_KEY\"]` and load it from a .env file that is git-ignored."))
    add("npaw", xcode_chat("StreamAnalytics.swift", "YOUBORAの設定が動かないのはなぜ？", f"`NpawPlugin(accountCode: \"nightbus\", apiSecret: \"{S(g.s(HEX, 32))}\")` のシークレットがアプリに直書きされています。NPAW のダッシュボードで再発行し、サーバー側で署名してください。"))
    add("podcorn", f"amqp://{U('podcorn_ingest')}:{S(g.password())}@mq.nightbus.internal:5672/sponsorships  # Podcorn sponsorship events consumer")
    add("radioco", cursor_log("run_terminal_cmd", {"command": "grep -rn radio.co config/"}, f"config/stream.yml:4:  radioco_station_id: s8a1c2f3d4\nconfig/stream.yml:5:  radioco_api_key: {S(g.mixed(ALNUM, 32))}"))
    add("threadresearch", f"{{\"role\": \"tool\", \"content\": \"{esc('THREAD_API_TOKEN=' + S(g.s(HEX, 48)) + chr(10) + 'THREAD_STUDY=TR-5521')}\"}}")
    add("generic", f"| Service | User | Secret |\n|---|---|---|\n| depot CAD/AVL | {U('avl_ops')} | `{S(g.password())}` |\n| ticket vending | {U('tvm_maint')} | `{S(g.password())}` |\n| passenger Wi-Fi portal | admin | `<ask {P('Rui')}>` |", ["password"])
    add("pem", tool_call_twice("create_file", {"path": "deploy/fab-mes/tls.key", "content": S(g.pem("PRIVATE KEY", 5))}))
    add("pem", "  ssh_private_key: |\n    " + S(g.openssh().replace("\n", "\n    ")) + "\n  host: scada-jump.utility.local")
    add("jwt", f"ขอบคุณครับ token สำหรับ API ระบบจองโรงแรมที่ภูเก็ต: {S(g.jwt(dumps({'sub': 'booking-svc', 'hotel': 'HKT-08'}, separators=(',', ':'))))} หมดอายุพรุ่งนี้")
    add("password", f"Chào anh, mật khẩu tài khoản quản trị hệ thống bán vé xe buýt Đà Nẵng là {S('DaNang@XeBuyt2026')}. Đừng gửi qua Zalo nhé.")
    add("password", f"Merhaba, İzmir otelinin PMS sunucusu için yönetici şifresi: {S('Izmir.Otel!1907')} — kullanıcı adı {U('pms_admin')}. Lütfen kasaya kaydet.")
    add("password", f"Habari, nenosiri la seva ya tafiti za kliniki (Moshi) ni {S('Kilimanjaro_Moshi88')} kwa mtumiaji {U('ctu_datamgr')}. Usiliweke kwenye GitHub.")
    add("password", f"Witaj, hasło do konta serwisowego systemu SCADA elektrociepłowni w Łodzi: {S('Lodz#Cieplownia24')}. Login: {U('scada_ro')}.")
    add("password", f"Bună, parola pentru contul de administrare al platformei de podcast este {S('Podcast-Lansare!7')}. Te rog s-o schimbi după lansare.")
    add("password", f"Привет, парола за базата на съдебния архив в Пловдив: {S('Plovdiv2026*arhiv')} (потребител {U('arch_reader')}).")
    add("password", f"Здраво, лозинка за приступ серверу мерења у Новом Саду је {S('Tramvaj!NoviSad09')}, корисник {U('mjerenje_ns')}.")
    add("password", f"Hoi, het wachtwoord voor de Tessitura-testomgeving van het theater in Gent is {S('Gent_Theater#42')}. Niet in Teams zetten aub.", ["password"])
    add("password", f"Hei, Helsingin kaukolämpöverkon historian-palvelimen salasana on {S('Kaukolampo!Hki1')}, käyttäjä {U('kl_hist')}.")
    add("password", f"مرحبا، كلمة سر حساب نظام التذاكر في مترو عمّان هي {S('Amman$Metro2025')} واسم المستخدم {U('amman_ticket_ops')}.")
    add("password", f"שלום, הסיסמה לשרת ה-eDiscovery במשרד בתל אביב היא {S('TelAviv!Disc0very')}. המשתמש: {U('ediscovery_svc')}.")
    add("password", f"გამარჯობა, თბილისის სასტუმროს ჯავშნების სისტემის პაროლია {S('Tbilisi#Hotel77')}, მომხმარებელი {U('tbs_frontdesk')}.")
    add("password", f"Բարև, Երևանի դեղագործական փորձարկման սերվերի գաղտնաբառը {S('Yerevan.Pharma!3')} է։")
    add("password", f"Сәлем, Алматы автобус паркінің диспетчерлік жүйесінің құпия сөзі: {S('Almaty_Avtopark24')}.")
    add("password", f"ਸਤ ਸ੍ਰੀ ਅਕਾਲ, ਲੁਧਿਆਣਾ ਫੈਕਟਰੀ ਦੇ MES ਸਰਵਰ ਦਾ ਪਾਸਵਰਡ {S('Ludhiana@MES2026')} ਹੈ। ਯੂਜ਼ਰ {U('mes_ldh')}.")
    add("password", f"नमस्ते, काठमाडौंको NGO डाटाबेसको पासवर्ड {S('Kathmandu#NGO81')} हो। प्रयोगकर्ता {U('ngo_ktm_admin')}।")
    add("password", f"ሰላም፣ የአዲስ አበባ የፖድካስት ስቱዲዮ አገልጋይ የይለፍ ቃል {S('AddisPodcast!19')} ነው።")
    add("password", f"Halo, kata sandi dasbor streaming radio di Yogyakarta adalah {S('Jogja_Radio#2025')}. Jangan dibagikan ke grup WhatsApp ya.")
    add("password", f"Kia ora, ko te kupuhipa mō te pūnaha whakarite hōtēra i Rotorua: {S('Rotorua!Hotel4u')}. Kaua e tuku ki te rōpū katoa.")
    add("password", f"Moni, oro aṣínà fún server ìdánwò oògùn ní Ibadan ni {S('Ibadan#Trial2026')}. Má ṣe fi sí GitHub.")
    add("password", f"Hallo, die wagwoord vir die Kaapstadse munisipale water-telemetrie is {S('Kaapstad!Water15')}. Gebruiker: {U('water_ct_ro')}.")
    add("password", f"வணக்கம், சென்னை குறைக்கடத்தி ஆலையின் MES தரவுத்தள கடவுச்சொல் {S('Chennai_Fab@64')}. பயனர் {U('fab_chn_mes')}.")
    add("password", f"નમસ્તે, અમદાવાદ હોટલના PMS સર્વરનો પાસવર્ડ {S('Amdavad#Hotel22')} છે.")
    add("password", f"سلام، کراچی کی بس کمپنی کے ڈیش بورڈ کا پاس ورڈ {S('Karachi_Bus!786')} ہے۔ صارف نام {U('khi_bus_admin')}۔")
    add("password", f"Hej, adgangskoden til Rejsekort-testserveren i Aarhus er {S('Aarhus!Rejse23')}. Brugernavn {U('rk_test')}.")
    add("password", f"Hola, la contrasenya del servidor del jutjat de Girona per a l'e-discovery és {S('Girona#Jutjat2026')}.")
    add("password", f"Olá, a palavra-passe do servidor de ensaios clínicos em Coimbra é {S('Coimbra!Ensaios7')}, utilizador {U('ensaios_cbr')}.")
    add("password", f"Γεια, ο κωδικός του διακομιστή του λιμανιού του Πειραιά για τα δρομολόγια είναι {S('Pireas_Limani!8')}.")
    add("password", f"Bok, lozinka za pristup sustavu za tramvaje u Zagrebu je {S('ZET#Tramvaj2026')}, korisnik {U('zet_dispecer')}.")
    add("password", f"Talofa, o le upu faataga mo le server o le falemalolo i Apia: {S('Apia!Falemalolo5')}.")
    add("password", f"Ndewo, okwuntughe maka sava ọrụ ebere na Enugu bụ {S('Enugu#Charity26')}.")
    add("password", f"Sugeng enjing, tembung sandhi server podcast ing Solo yaiku {S('SoloPodcast*2025')}.")
    add("password", f"Silav, şîfreya servera NGO li Hewlêrê {S('Hewler!NGO2026')} e.")
    add("password", f"ሰላም፣ ናይ መቐለ ሆቴል ሰርቨር ምስጢራዊ ቃል {S('Mekele#Hotel12')} እዩ።")
    return out


def pii(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(src: str, t: str) -> None:
        out.append((f"holdout27:{src}", t))

    def card(prefix: str, n: int = 16) -> str:
        return luhn_complete(prefix, n, g)

    # clinical trials
    add("trial-ae-report", f"SAE narrative (site 104, Leuven): the subject, {P('Pieter Van den Broeck')}, born {D('14/03/1961')}, was admitted on day 43 with dyspnoea. Investigator contact: {E('pieter.vdbroeck@uzleuven-trials.be')}, {T('+32 16 34 88 12')}.")
    add("trial-consent-form", f"Informed consent — participant {P('Amaia Etxeberria Goikoetxea')}\nFecha de nacimiento: {D('1978-09-02')}\nDirección: {A('Calle Hondarribia 17, 3º izda, 20013 Donostia-San Sebastián')}\nTeléfono: {T('+34 943 27 51 06')}")
    add("trial-crm-row", f"site_id,pi_name,pi_email,pi_phone\n231,Dr. {P('Oluwaseun Adebayo')},{E('o.adebayo@luth-research.ng')},{T('+234 803 441 2290')}\n232,{P('Chiamaka Nwosu')},{E('c.nwosu@unth-ctu.ng')},{T('+234 706 118 5532')}")
    add("trial-payment", f"Participant travel reimbursement\nName: {P('Jakob Lindqvist')}\nIBAN: {I(iban('SE', '5000' + '0000' + g.s(DIGITS, 12)))}\nAmount: SEK 840 (visits 3 and 4)")
    add("trial-pv-email", f"Von: {P('Sabine Hofmeister')} <{E('s.hofmeister@pharmakovigilanz-rhein.de')}>\nBetreff: Verdachtsfall Nebenwirkung\n\nPatientin geb. {D('22.07.1954')}, wohnhaft {A('Rheinallee 41, 55116 Mainz')}. Rückruf bitte unter {T('06131 4470 218')}.")
    add("trial-screening-log", nvim_chat("clean up this screening log before I commit it", f"The CSV still contains identifiable data in row 7: `{P('Leilani Kahananui')}`, DOB `{D('1990-11-30')}`, phone `{T('(808) 555-0193')}`. I removed those columns and kept only the screening number."))
    add("trial-japanese", f"治験参加者の連絡先（大阪会場）\n氏名: {P('高橋 美咲')}\n生年月日: {D('1985年4月12日')}\n住所: {A('大阪府大阪市北区梅田3-1-3')}\n電話: {T('090-4821-7730')}")
    add("trial-korean", f"임상시험 대상자 {P('김지훈')} 님 (생년월일 {D('1972.06.18')}) 의 방문 일정이 변경되었습니다. 연락처 {T('010-3941-2278')}, 주소 {A('서울특별시 송파구 올림픽로 300')}")
    # oil, gas, utilities
    osullivan = "Margaret O'Sullivan"
    add("utility-billing", f"Customer complaint #44821\nAccount holder: {P(osullivan)}\nService address: {A('12 Glenageary Park, Dún Laoghaire, Co. Dublin A96 X2K7')}\nCard on file: {C(grouped_card(card('4', 16)))}\nPhone: {T('+353 87 412 6630')}")
    add("utility-meter-reader", f"Ortsbegehung Zählerwechsel: Kunde {P('Ewa Wiśniewska-Krause')}, {A('Bahnhofstraße 7, 04109 Leipzig')}, Telefon {T('+49 341 2289 541')}. Schlüssel beim Nachbarn.")
    add("oilfield-hr", f"HR record — rotation roster\nEmployee: {P('Nnamdi Okonkwo')}\nDate of birth: {D('1983-01-09')}\nNational ID (NIN): {N('40219876531')}\nNext of kin: {P('Ifeoma Okonkwo')}, {T('+234 812 660 4419')}")
    add("gas-field-crew", f"Ekip listesi — Trakya saha çalışması\n1. {P('Mehmet Yıldırım')} — {T('+90 532 418 22 07')}\n2. {P('Ayşe Demirtaş')} — {T('+90 505 771 39 80')}\n3. {P('Emre Kılıç')} — {E('emre.kilic@trakyagaz.com.tr')}")
    add("utility-outage-ticket", f"Ticket UT-20931: outage reported by {P('Priya Raghunathan')} ({E('priya.r@outlook.in')}) at {A('No. 14, 3rd Cross, Indiranagar, Bengaluru 560038')}. Callback {T('+91 98450 21734')}.")
    add("water-debt", f"Relance impayé — {P('Jean-Baptiste Nkurunziza')}, {A('27 rue des Tanneurs, 1000 Bruxelles')}, IBAN {I(iban('BE', g.s(DIGITS, 12)))}.")
    # public transport
    add("transit-lost-found", f"Lost & found form\nName: {P('Siobhán Ní Bhriain')}\nEmail: {E('siobhan.nibhriain@gmail.com')}\nPhone: {T('+44 7700 900 418')}\nItem: grey backpack, route 46A, 19 Nov")
    add("transit-concession", f"Solicitud de abono social — {P('Rosa María Quispe Huamán')}, DNI {N('45821093')}, nacida el {D('03/05/1949')}, domicilio {A('Jr. Huallaga 512, Cercado de Lima 15001')}.")
    add("transit-driver-roster", f"kuljettaja;puhelin;syntymäaika\n{P('Mikko Häkkinen')};{T('+358 40 771 2283')};{D('12.08.1976')}\n{P('Aino Korhonen')};{T('+358 50 418 0921')};{D('02.02.1991')}")
    add("transit-complaint-greek", f"Παράπονο επιβάτη: {P('Γιώργος Παπαδόπουλος')}, τηλ. {T('+30 694 551 2038')}, email {E('g.papadopoulos@hotmail.gr')}. Το λεωφορείο 040 δεν σταμάτησε στη στάση.")
    add("transit-fine-dutch", f"Proces-verbaal zwartrijden: {P('Thijs De Smedt')}, geboren {D('19-10-2001')}, {A('Kortrijksesteenweg 211, 9000 Gent')}, rijksregisternummer {N('01.10.19-273.58')}.")
    add("transit-card-refund", q_cli("aws dynamodb get-item --table-name refunds --key '{\"id\":{\"S\":\"RF-7731\"}}'", dumps({"Item": {"name": {"S": "NAMEX"}, "card": {"S": "CARDX"}, "email": {"S": "EMAILX"}}}).replace("NAMEX", P("Kwame Mensah-Boateng")).replace("CARDX", C(card('5', 16))).replace("EMAILX", E("kwame.mb@proton.me"))))
    add("transit-arabic", f"شكوى راكب: الاسم {P('يوسف الحلبي')}، الهاتف {T('+961 3 418 227')}، العنوان {A('شارع الحمرا، بناية الريّس، بيروت')}. الباص رقم ٢٤ تأخر ساعة.")
    # hotels
    add("hotel-folio", f"FOLIO #88213 — Hotel Alpenrose\nGuest: {P('Chloé Marchetti')}\nAddress: {A('Via dei Coronari 118, 00186 Roma')}\nCard: {C(grouped_card(card('4', 16)))}\nDate of birth: {D('1987-12-24')}")
    add("hotel-registration-card", f"Meldeschein\nName: {P('Lukas Brunner')}\nGeburtsdatum: {D('07.06.1969')}\nAnschrift: {A('Mariahilfer Straße 88/12, 1070 Wien')}\nPassnummer: {N('P4481920')}")
    add("hotel-crm-json", tool_result_like(dumps({"guest": {"name": "N1", "email": "E1", "phone": "T1", "loyalty": "GOLD"}}).replace("N1", P("Aiyana Whitehorse")).replace("E1", E("aiyana.whitehorse@yahoo.com")).replace("T1", T("+1 604 555 0172"))))
    add("hotel-thai-booking", f"การจอง #TH-4471\nชื่อผู้เข้าพัก: {P('สมชาย ศรีสุวรรณ')}\nโทร: {T('081 234 5678')}\nอีเมล: {E('somchai.sri@gmail.com')}")
    add("hotel-vietnamese", f"Khách: {P('Nguyễn Thị Thu Hà')}, sinh ngày {D('15/08/1993')}, địa chỉ {A('27 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội')}, SĐT {T('0912 345 678')}.")
    add("hotel-chargeback", f"Chargeback dispute: cardholder {P('Hamid Rezaei')} says he never stayed. Card {C(card('37', 15))}, email {E('h.rezaei@gmx.de')}.")
    add("hotel-cn-guest", f"客人资料：{P('王晓明')}，身份证号 {N('110105198806153217')}，手机 {T('138 1024 7766')}，住址 {A('北京市朝阳区建国路88号')}。")
    add("hotel-staff-schedule", augment(f"I read `staff_roster.csv`. It contains personal data: {P('Fatima Zahra El Amrani')} ({T('+212 661 448 203')}), {P('Youssef Benali')} ({E('y.benali@riad-fes.ma')}). I will not commit this file."))
    add("hotel-samoan", f"Igoa o le malo: {P('Tavita Faleolo')}, telefoni {T('+685 772 4419')}, tuatusi {A('Vaea Street, Apia')}.")
    # media and podcasting
    add("podcast-guest-release", f"Guest release form\nGuest: {P('Ngozi Adichie-Balogun')}\nEmail: {E('ngozi.ab@podmail.ng')}\nPhone: {T('+234 809 221 4410')}\nAddress: {A('14 Admiralty Way, Lekki Phase 1, Lagos')}")
    add("podcast-payout", f"Creator payout — {P('Matteo Bianchi')}\nIBAN {I(iban('IT', 'X' + g.s(DIGITS, 10) + g.s(DIGITS, 12)))}\nCodice fiscale {N('BNCMTT88C12F205Z')}")
    add("streaming-support", tabnine("what's wrong with this support ticket parser?", f"The sample ticket you pasted contains a real-looking customer: `{P('Daniela Ferreira')} <{E('daniela.ferreira@sapo.pt')}>`, phone `{T('+351 912 448 771')}`. Replace it with a fake fixture before adding it to tests."))
    add("streaming-git-log", f"$ git log --format='%an <%ae>' -3\n{P('Tomás Oyarzún')} <{E('tomas.oyarzun@streamcl.dev')}>\n{P('Ingrid Sæther')} <{E('ingrid@saether.no')}>\n{P('Ravi Shankar Iyer')} <{E('ravi.iyer@streamcl.dev')}>")
    add("streaming-home-path", f"Traceback (most recent call last):\n  File \"/home/{U('anneke.vdwalt')}/projects/transcoder/run.py\", line 12, in <module>\n    import ffmpeg\nModuleNotFoundError: No module named 'ffmpeg'")
    add("media-contract-hebrew", f"חוזה שידור: {P('נועה לוי')}, ת.ז. {N('039481275')}, טלפון {T('052-744-1893')}, כתובת {A('רחוב דיזנגוף 120, תל אביב')}.")
    add("media-amharic", f"የእንግዳ መረጃ: {P('ሰላማዊት ተስፋዬ')}፣ ስልክ {T('+251 91 144 7720')}።")
    add("media-ip-login", f"Suspicious login to the creator dashboard for {U('djkofi_accra')} from {IP('41.210.155.73')} (Accra). Account owner: {P('Kofi Asante')}.")
    # NGOs
    add("ngo-donor-row", f"donor_id,name,email,phone,amount\n1182,{P('Wanjiru Kamau')},{E('wanjiru.kamau@gmail.com')},{T('+254 722 418 906')},5000\n1183,{P('Otieno Ochieng')},{E('otieno.o@yahoo.co.ke')},{T('+254 733 550 271')},2500")
    add("ngo-volunteer", f"Volunteer application\nName: {P('Tanvir Hossain')}\nDOB: {D('1999-04-21')}\nAddress: {A('House 12, Road 7, Dhanmondi, Dhaka 1205')}\nPhone: {T('+880 1712 448 209')}")
    add("ngo-beneficiary-swahili", f"Mnufaika: {P('Neema Mwakyusa')}, namba ya simu {T('+255 754 118 302')}, anaishi {A('Mtaa wa Uhuru, Kariakoo, Dar es Salaam')}.")
    add("ngo-grant-iban", f"Grant disbursement to field coordinator {P('Ana-Maria Popescu')}: IBAN {I(iban('RO', 'BTRL' + g.s(UPNUM, 16)))}, BT Cluj.")
    add("ngo-kurdish", f"Navê xebatkar: {P('Rojîn Berzincî')}, telefon {T('+964 750 441 2290')}, navnîşan {A('Gulan Street, Hewlêr')}.")
    add("ngo-georgian", f"მოხალისე: {P('ნინო ბერიძე')}, ტელ. {T('+995 599 41 22 87')}, ელფოსტა {E('nino.beridze@gmail.com')}.")
    add("ngo-armenian", f"Շահառու՝ {P('Արմեն Պետրոսյան')}, հեռ. {T('+374 91 448 210')}, հասցե՝ {A('Աբովյան 22, Երևան')}։")
    add("ngo-nepali", f"स्वयंसेवक: {P('सीता श्रेष्ठ')}, फोन {T('+977 984 1122 334')}, ठेगाना {A('ठमेल, काठमाडौं ४४६००')}।")
    add("ngo-maori", f"Kaiāwhina: {P('Aroha Te Whata')}, waea {T('021 448 9921')}, īmēra {E('aroha.tewhata@xtra.co.nz')}.")
    add("ngo-card-donation", mcp_result(f"Stripe-like export row: donor={P('Lars Øgaard')} card={C(card('4', 16))} exp=08/28 email={E('lars.ogaard@live.dk')}"))
    # legal / courts
    add("court-docket", f"Case 2:26-cv-01182 — Plaintiff {P('Rosalind Achterberg')}, residing at {A('4417 Magnolia Ave, Long Beach, CA 90807')}, SSN {N('521-44-8903')}, DOB {D('02/17/1974')}.")
    add("ediscovery-custodian", f"Custodian list (privileged)\n- {P('Hiroshi Tanaka')} — {E('h.tanaka@kaisha-legal.jp')}\n- {P('Beatriz Oliveira Santos')} — {E('beatriz.santos@advocacia.com.br')}\n- {P('Dmitri Volkov')} — {T('+7 916 441 2209')}")
    add("court-polish", f"Pozew: powód {P('Katarzyna Zielińska')}, PESEL {N('85071204568')}, zam. {A('ul. Piotrkowska 104/6, 90-006 Łódź')}, tel. {T('+48 601 448 227')}.")
    add("court-romanian", f"Citație: pârâtul {P('Ionuț Dumitrescu')}, CNP {N('1840312410021')}, domiciliat în {A('Str. Memorandumului 21, Cluj-Napoca 400114')}.")
    add("court-serbian", f"Тужилац: {P('Милош Петровић')}, ЈМБГ {N('1503986710025')}, адреса {A('Кнеза Михаила 12, Београд')}.")
    add("court-bulgarian", f"Ищец: {P('Десислава Георгиева')}, ЕГН {N('8807124413')}, адрес {A('ул. Витоша 45, София 1000')}.")
    add("court-croatian", f"Tužitelj: {P('Ivana Horvat')}, OIB {N('48291037768')}, adresa {A('Ilica 55, 10000 Zagreb')}.")
    add("ediscovery-privlog", swe_traj("The privilege log fixture has real names; check it.", "head -3 fixtures/privlog.csv", f"doc_id,author,recipient\nDOC-0001,{P('Margarethe Lindström')},{E('m.lindstrom@lindstrom-advokat.se')}\nDOC-0002,{P('Kalani Akana')},{E('kakana@hawaiilaw.com')}\n"))
    add("court-address-french", f"Assignation à comparaître : Mme {P('Nathalie Rousseau')}, née le {D('09/01/1966')}, demeurant {A('14 rue de la République, 69002 Lyon')}, n° de sécurité sociale {N('2 66 01 69 123 456 78')}.")
    add("legal-italian-email", f"Gentile avv. {P('Francesca Lombardi')}, le invio il fascicolo del cliente {P('Salvatore Russo')} (tel. {T('+39 333 418 2290')}, {E('salvatore.russo@libero.it')}).")
    # semiconductors / electronics
    add("fab-badge-log", f"badge_id,name,entered,area\n77120,{P('Chen Wei-Ling')},2026-11-18 06:02,FAB12-Litho\n77188,{P('Lim Jun Hao')},2026-11-18 06:05,FAB12-Etch")
    add("fab-hr-malay", f"Rekod pekerja: {P('Nurul Aisyah binti Ahmad')}, No. KP {N('910412-07-5538')}, telefon {T('+60 12-448 2290')}, alamat {A('23 Jalan Bayan Lepas, 11900 Pulau Pinang')}.")
    add("fab-contractor-de", f"Fremdfirmen-Anmeldung Reinraum Dresden: {P('Volker Schimanski')}, Mobil {T('+49 171 448 2290')}, E-Mail {E('v.schimanski@reinraum-service.de')}.")
    add("ems-invoice", f"INVOICE 2026-1182\nBill to: {P('Sofía Castañeda')}\n{A('Av. Chapultepec 480, Col. Americana, 44160 Guadalajara, Jal.')}\nCard: {C(card('5', 16))} (paid 2026-11-02)")
    add("fab-ssh-home", f"$ ls /home/\n{U('kaveh.tehrani')}  {U('m.ozturk')}  shared  yield-bot")
    add("fab-vpn-ip", f"VPN session for {P('Arjun Mehta')} ({U('amehta')}) from home address {IP('49.37.212.88')} — flagged for impossible travel.")
    add("fab-japanese-shift", f"シフト表：{P('佐藤 健一')}（{T('080-3314-2290')}）、{P('鈴木 由美')}（{E('yumi.suzuki@fab-kumamoto.jp')}）")
    add("fab-chinese-contact", f"供应商联系人：{P('李娜')}，电话 {T('+86 755 8844 1290')}，邮箱 {E('li.na@szpcba.cn')}。")
    add("ems-danish", f"Medarbejder: {P('Mette Kjærgaard')}, CPR {N('120488-1442')}, adresse {A('Vesterbrogade 41, 1620 København V')}.")
    add("fab-afrikaans", f"Werknemer: {P('Pieter-Jan Botha')}, ID-nommer {N('8804125009087')}, selfoon {T('082 448 2290')}.")
    add("fab-indonesian", f"Data karyawan: {P('Dewi Lestari')}, NIK {N('3174056104900003')}, alamat {A('Jl. Kemang Raya No. 8, Jakarta Selatan 12730')}.")
    add("fab-gujarati-contact", f"સંપર્ક: {P('હેતલ પટેલ')}, ફોન {T('+91 98250 44182')}.")
    add("fab-tamil-contact", f"தொடர்பு: {P('கார்த்திக் சுப்ரமணியம்')}, தொலைபேசி {T('+91 94440 21873')}.")
    add("fab-punjabi", f"ਕਰਮਚਾਰੀ: {P('ਗੁਰਪ੍ਰੀਤ ਸਿੰਘ')}, ਫ਼ੋਨ {T('+91 98140 33271')}.")
    add("fab-urdu", f"ملازم: {P('عائشہ صدیقی')}، فون {T('+92 300 448 2290')}، پتہ {A('گلبرگ III، لاہور')}۔")
    add("fab-kazakh", f"Қызметкер: {P('Айгерім Сапарова')}, тел. {T('+7 701 448 2290')}, ЖСН {N('910412400125')}.")
    add("fab-yoruba", f"Òṣìṣẹ́: {P('Adébáyọ̀ Ọlágúnjú')}, fóònù {T('+234 803 550 1290')}.")
    add("fab-igbo", f"Onye ọrụ: {P('Chukwuemeka Eze')}, ekwentị {T('+234 805 221 7781')}.")
    add("fab-tigrinya", f"ሰራሕተኛ: {P('ዮናስ ገብረሚካኤል')}፣ ቴሌፎን {T('+291 7 124 458')}።")
    add("fab-javanese", f"Karyawan: {P('Bambang Susilo')}, nomer HP {T('0812-2544-1190')}, alamat {A('Jl. Malioboro 52, Yogyakarta')}.")
    add("trial-finnish", f"Tutkimushoitaja {P('Satu Lehtonen')} soitti: potilas {P('Veikko Nieminen')} (henkilötunnus {N('120356-123K')}) siirtää käyntiä. Puhelin {T('040 558 2217')}.")
    add("hotel-german-mail", f"Sehr geehrte Frau {P('Annegret Wöllner')},\nvielen Dank für Ihre Buchung vom 12.11. Ihre hinterlegte Adresse: {A('Schillerstraße 14, 79098 Freiburg im Breisgau')}. Bei Rückfragen erreichen Sie uns unter {T('+49 761 2904 118')}.\n\nMit freundlichen Grüßen\n{P('Kerstin Albrecht')}, Rezeption")
    add("ngo-spanish-form", f"Ficha de voluntariado\nNombre: {P('Jordi Puigdemunt Serra')}\nCorreo: {E('jordi.puigdemunt@gmail.com')}\nMóvil: {T('+34 636 418 227')}\nDirección: {A('Carrer de Verdi 88, 08012 Barcelona')}")
    add("court-turkish", f"Davacı: {P('Zeynep Aksoy')}, T.C. Kimlik No {N('10948765404')}, adres {A('Bağdat Caddesi No:214 D:7, Kadıköy/İstanbul')}, tel. {T('+90 216 448 21 90')}.")
    add("podcast-italian-iban", f"Ciao {P('Lorenzo Galli')}, per il compenso dell'intervista mi serve conferma dell'IBAN: {I(iban('IT', 'X' + '03069' + '09606' + g.s(DIGITS, 12)))}. Grazie!")
    add("utility-dutch-ticket", f"Storingsmelding 88213: {P('Lieve Vermeulen')}, {A('Meir 44, 2000 Antwerpen')}, tel. {T('+32 3 448 21 90')}. Gasgeur in de kelder.")
    add("aider-pii", aider_hist("replace the customer in the test with a fake one", f"tests/test_invoice.py\n```python\n<<<<<<< SEARCH\n    customer = Customer(name=\"{P('Priyanka Venkataraman')}\", email=\"{E('priyanka.v@tatamotors.example.in')}\")\n=======\n    customer = Customer(name=\"Test Customer\", email=\"customer@example.com\")\n>>>>>>> REPLACE\n```"))
    add("cody-pii-chinese", cody_chat("这个日志里有个人信息吗？", f"有的：第 12 行包含乘客 {P('张伟')} 的手机号 {T('139 1187 4420')} 和家庭住址 {A('上海市徐汇区漕溪北路 398 号')}。建议在写入日志前脱敏。"))
    add("cursor-pii", cursor_log("grep", {"pattern": "@", "path": "seed/users.sql"}, f"INSERT INTO users VALUES (1, '{P('Emilia Nowakowska')}', '{E('emilia.nowakowska@wp.pl')}', '{T('+48 512 448 221')}');"))
    add("copilot-usage-pii", usage_record("summarise this ticket", f"The customer {P('Rahul Deshpande')} ({E('rahul.deshpande@rediffmail.com')}) wants a refund for the Pune hotel booking."))
    add("continue-pii", continue_log("# contact: ", f"{P('Helga Björnsdóttir')} <{E('helga.bjornsdottir@simnet.is')}>, {T('+354 861 4420')}"))
    add("junie-pii", junie("Reviewing fixtures/patients.json", f"This fixture has a realistic record: name {P('Giorgos Antoniou')}, date of birth {D('1958-03-27')}, address {A('Odos Ermou 14, 105 63 Athens')}. I will replace it with synthetic data."))
    add("openhands-pii", openhands("run", {"command": "psql -c 'select name, phone from passengers limit 2'"}, f"     name      |     phone\n---------------+-----------------\n {P('Olusegun Bankole')} | {T('+234 802 771 4430')}\n {P('Mariam Keita')}  | {T('+223 76 44 12 90')}"))
    return out


def negatives(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(src: str, t: str) -> None:
        out.append((f"holdout27:{src}", t))

    add("ci-secrets-refs", "jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./deploy.sh\n        env:\n          VIEDOC_CLIENT_SECRET: ${{ secrets.VIEDOC_CLIENT_SECRET }}\n          SUVODA_API_KEY: ${{ secrets.SUVODA_API_KEY }}\n          STUDY: ONC-2291-P3")
    add("env-example", "# .env.example — copy to .env and fill in\nPODBEAN_CLIENT_ID=\nPODBEAN_CLIENT_SECRET=<your-client-secret>\nSPREAKER_TOKEN=changeme\nTRANSISTOR_API_KEY=xxxxxxxxxxxxxxxxxxxxxx")
    add("git-log-hashes", f"$ git log --oneline -4\n{g.s(HEX, 7)} fix(irt): retry randomization on 503\n{g.s(HEX, 7)} chore: bump viedoc-client to 4.2.1\n{g.s(HEX, 7)} docs: describe the eCOA export\n{g.s(HEX, 7)} test: add fixtures for visit windows")
    add("docker-digest", f"$ docker pull ghcr.io/nordlys/edc-bridge:2.14.0\n2.14.0: Pulling from nordlys/edc-bridge\nDigest: sha256:{g.s(HEX, 64)}\nStatus: Downloaded newer image for ghcr.io/nordlys/edc-bridge:2.14.0")
    add("gtfs-stops", "stop_id,stop_name,stop_lat,stop_lon,zone_id\n8821,Gare de Vannes,47.66509,-2.75229,A\n8822,Place de la République,47.65802,-2.76011,A\n8830,Kercado,47.67421,-2.74388,B")
    add("uuid-fixtures", f"INSERT INTO study_visits (id, study_id, visit_no) VALUES\n  ('{g.uuid()}', 'ONC-2291', 1),\n  ('{g.uuid()}', 'ONC-2291', 2),\n  ('{g.uuid()}', 'ONC-2291', 3);")
    add("lockfile", f"\"node_modules/@theoplayer/web-ui\": {{\n  \"version\": \"1.9.3\",\n  \"resolved\": \"https://registry.npmjs.org/@theoplayer/web-ui/-/web-ui-1.9.3.tgz\",\n  \"integrity\": \"sha512-{g.b64(64)}\"\n}}")
    add("k8s-secretref", "env:\n  - name: OPOWER_CLIENT_SECRET\n    valueFrom:\n      secretKeyRef:\n        name: opower-credentials\n        key: client-secret\n  - name: REGION\n    value: us-west-2")
    add("terraform-var", "variable \"rategain_password\" {\n  type      = string\n  sensitive = true\n}\n\nresource \"aws_secretsmanager_secret\" \"rategain\" {\n  name = \"hotel/rategain/password\"\n}")
    add("docs-example-key", "From the Qencode docs:\n\n```python\nclient = qencode.client(\"YOUR_API_KEY\")\n```\n\nReplace `YOUR_API_KEY` with the key from your project settings page.")
    add("python-getenv", "import os\n\nSMOKEBALL_CLIENT_ID = os.environ[\"SMOKEBALL_CLIENT_ID\"]\nSMOKEBALL_CLIENT_SECRET = os.environ.get(\"SMOKEBALL_CLIENT_SECRET\")\nif not SMOKEBALL_CLIENT_SECRET:\n    raise RuntimeError(\"SMOKEBALL_CLIENT_SECRET is not set\")")
    add("build-log", f"[INFO] Building fab-mes-adapter 3.7.0-SNAPSHOT\n[INFO] BUILD SUCCESS\n[INFO] Total time:  01:42 min\n[INFO] Finished at: 2026-11-19T08:44:12Z\nBuild #4471 (commit {g.s(HEX, 40)})")
    add("wafer-ids", "lot_id,wafer,slot,die_x,die_y,bin\nN7A2291.1,W03,3,14,22,1\nN7A2291.1,W03,3,15,22,7\nN7A2291.1,W04,4,14,22,1")
    add("spanish-placeholder", "Para configurar la integración con Triton Digital, copia `config.sample.yaml` a `config.yaml` y sustituye `usuario: TU_USUARIO` y `contraseña: TU_CONTRASEÑA` por los datos que te dé el equipo de radio. No subas el archivo real.")
    add("german-docs", "Die Zugangsdaten für das ZENNER-Portal liegen im Tresor unter »Stadtwerke/Zenner/API«. Im Code wird nur `os.environ['ZENNER_API_KEY']` gelesen; der Wert steht nirgends im Repository.")
    add("japanese-release", "リリースノート v2.3.0（2026-11-15）\n- TEL装置ログの取り込みを高速化（約40%）\n- ビルド番号: 20261115.4\n- 既知の問題: ロット ID N7A2291 の再処理は手動です")
    add("order-numbers", "Order HB-2026-118830 confirmed\nRoom: Deluxe King, 3 nights\nConfirmation code: 7KQ4-P2ZR\nCheck-in: 2026-12-04 15:00\nTotal: EUR 612.00")
    add("openhands-negative", openhands("run", {"command": "pytest tests/test_fares.py -q"}, "........................ [100%]\n24 passed in 1.82s"))
    add("swe-negative", swe_traj("The test expects the parser to reject placeholder keys.", "cat tests/fixtures/keys.yaml", "podbean:\n  client_id: test-client-id\n  client_secret: test-client-secret\nsimplecast:\n  token: dummy-token-for-tests\n"))
    add("aider-negative", aider_hist("add a docstring to load_config", "config.py\n```python\n<<<<<<< SEARCH\ndef load_config(path):\n=======\ndef load_config(path):\n    \"\"\"Read the YAML file at `path`; secrets come from the environment, never the file.\"\"\"\n>>>>>>> REPLACE\n```"))
    add("mcp-negative", mcp_result("Repository nordlys/edc-bridge: 412 stars, default branch main, last release v2.14.0 (2026-11-10). Open issues: 17. License: Apache-2.0."))
    add("usage-record-negative", usage_record("how do I paginate the Spreaker episodes API?", "Pass `limit` and use the `next_url` from each response until it is null. Your token stays in the `Authorization` header, read from `SPREAKER_TOKEN`."))
    add("q-cli-negative", q_cli("aws s3 ls s3://nightbus-media-archive/2026/11/ --summarize", "2026-11-18 09:12:44   48120331 ep112-master.wav\n2026-11-18 09:14:02    6120448 ep112.mp3\n\nTotal Objects: 2\n   Total Size: 54240779"))
    add("coordinates", "Well header — GS-14\nSurface location: 29.43612 N, -94.89113 W\nSpud date: 2026-03-11\nTD: 14,220 ft MD\nAPI number: 42-167-31182")
    add("versions-table", "| package | version | sha |\n|---|---|---|\n| nrfutil | 7.13.0 | 3f9a1c2 |\n| zephyr | 3.7.0 | a8b1e04 |\n| mcuboot | 2.1.0 | 0c44d7e |")
    add("hex-colors", "--brand-primary: #1f6feb;\n--brand-accent: #d29922;\n--on-air-red: #e5534b;\n--panel-bg: #0d1117;")
    add("company-names", "Vendors shortlisted for the hotel PMS replacement: Oracle OPERA Cloud, Shiji Enterprise Platform, Mews, protel Air, Stayntouch. Decision meeting on 12 December in Lisbon.")
    add("cli-help", "Usage: sitero-export [OPTIONS]\n\n  --api-key TEXT     API key (or set SITERO_API_KEY)\n  --study TEXT       Study code, e.g. CARD-07\n  --since DATE       Only records changed since DATE\n  -h, --help         Show this message and exit.")
    add("french-meeting", "Compte rendu du 18/11 : le réseau de bus de Vannes passe à la billettique Ubitransport le 1er février. Points ouverts : format GTFS-RT, numérotation des lignes (L1 à L12), migration des abonnements scolaires.")
    add("chinese-changelog", "更新日志：\n- 修复了 Z2Data 查询在元器件编号含斜杠时失败的问题\n- 版本号 4.8.2，构建号 20261117.3\n- API 密钥请在环境变量 Z2DATA_API_KEY 中设置")
    add("arabic-notice", "تنبيه: تم تحديث جدول الحافلات للخط ٢٤ اعتباراً من ١ ديسمبر. رقم الإصدار 3.2.0. لا حاجة لأي إجراء من المستخدمين.")
    add("korean-doc", "설정 방법: `YANOLJA_API_KEY` 환경 변수에 발급받은 키를 넣으세요. 예시 값 `<발급받은-키>` 는 실제로 동작하지 않습니다.")
    add("test-card-fixture", "# Stripe test cards used in the donation form tests\nSUCCESS = \"4242 4242 4242 4242\"\nDECLINED = \"4000 0000 0000 0002\"\nEXPIRY = \"12/34\"\nCVC = \"123\"")
    add("fake-person-fixture", "factory.Faker.override_default_locale('de_DE')\nclass GuestFactory(factory.Factory):\n    name = factory.Faker('name')\n    email = factory.Faker('email')\n    phone = factory.Faker('phone_number')")
    add("jwt-doc-placeholder", "Send the token as `Authorization: Bearer <jwt>`. The payload must contain `sub` (the site id) and `exp`. Tokens are issued by `/oauth/token` and live 15 minutes.")
    add("sql-schema", "CREATE TABLE guests (\n  id uuid PRIMARY KEY,\n  full_name text NOT NULL,\n  email text,\n  phone text,\n  password_hash text NOT NULL,\n  created_at timestamptz DEFAULT now()\n);")
    add("regex-code", "SECRET_PATTERNS = {\n    \"qencode\": re.compile(r\"\\b[a-f0-9]{12}\\b\"),\n    \"podbean\": re.compile(r\"\\b[a-z0-9]{20}\\b\"),\n}")
    add("timestamps-log", "2026-11-19T14:22:07.331Z INFO  fare-engine  tap accepted card_token=tok_redacted route=46A stop=8821\n2026-11-19T14:22:09.102Z INFO  fare-engine  tap accepted card_token=tok_redacted route=46A stop=8822")
    add("masked-values", "Connection test:\n  host: venio-sql.lawfirm.local\n  user: ********\n  password: ********\n  result: OK (142 ms)")
    add("cursor-negative", cursor_log("list_dir", {"path": "src/drm"}, "verimatrix_client.ts\nwidevine_license.ts\nfairplay_cert_loader.ts\nindex.ts"))
    add("cody-negative", cody_chat("what is `ONNA_API_TOKEN` used for?", "It's read in `collector/auth.py` and sent as a bearer token to the Onna collections API. The value comes from the Kubernetes secret `onna-collector`; it isn't in the code."))
    add("xcode-negative", xcode_chat("PlayerView.swift", "add a 15-second skip button", "Added `Button(\"+15s\") { player.seek(by: 15) }` next to the play button, with accessibility label \"Skip forward 15 seconds\"."))
    add("nvim-negative", nvim_chat("explain this diff", "It renames `fetch_meter_reads` to `fetch_interval_reads` and switches the date format to ISO 8601 (`2026-11-19T00:00:00Z`). No behaviour change otherwise."))
    add("junie-negative", junie("Running gradle test", "> Task :test\nBUILD SUCCESSFUL in 48s\n7 actionable tasks: 3 executed, 4 up-to-date"))
    add("tabnine-negative", tabnine("generate a regex for lot ids", "`^[A-Z]\\d[A-Z]\\d{4}\\.\\d$` matches ids like N7A2291.1."))
    add("augment-negative", augment("I searched the repo for hard-coded credentials in `hotel-pms/`. All of them are read from `settings.SECRETS`, which loads from AWS Secrets Manager at start-up. Nothing to change."))
    add("continue-negative", continue_log("def parse_icecast_status(xml: str) -> dict:\n    ", "root = ET.fromstring(xml)\n    return {\"listeners\": int(root.findtext('listeners') or 0)}"))
    add("gh-models-negative", gh_models("mistral-ai/mistral-large", "translate 'boarding pass' into Portuguese", "Cartão de embarque."))
    add("copilot-ext-negative", copilot_ext("docker", "why is the image so large?", "The builder stage copies `node_modules` into the final image. Use a multi-stage build and `npm ci --omit=dev`; the image drops from 1.2 GB to about 180 MB."))
    add("diff-negative", "diff --git a/config/defaults.yaml b/config/defaults.yaml\n@@ -4,3 +4,3 @@\n-timeout_seconds: 30\n+timeout_seconds: 45\n retries: 3\n api_key: ${WELLTRAX_API_KEY}")
    add("court-case-public", "Public docket: Case No. 1:26-cv-04411 (S.D.N.Y.), filed 2026-10-02. Nature of suit: 830 Patent. Assigned judge listed on PACER. Next hearing: 2027-01-15.")
    add("thai-neg", "ประกาศ: ระบบจองห้องพักจะปิดปรับปรุงวันที่ 3 ธันวาคม 2026 เวลา 01:00–03:00 น. เวอร์ชันใหม่ 5.1.0")
    add("nepali-notice", "सूचना: कार्यालय भवनको नयाँ ठेगाना र सम्पर्क विवरण वेबसाइटमा छ। संस्करण 2.0.1।")
    add("pgp-public", "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBGVk2b0BEADKx7l9... (truncated public key, published on keys.openpgp.org)\n-----END PGP PUBLIC KEY BLOCK-----")
    add("twice-escaped-neg", tool_call_twice("run_terminal_cmd", {"command": "kubectl get pods -n fab-mes", "cwd": "/workspace"}))
    add("spanish-neg-ci", "Los tests de integración con Triton Digital usan `TRITON_USER=usuario_demo` y `TRITON_PASS=contraseña_demo`, que el sandbox acepta para cualquiera. En producción los valores vienen de `${{ secrets.TRITON_PASS }}`.")
    add("portuguese-neg", "Nota de versão 3.4.0 do app de bilhética do Metro do Porto: corrigido o cálculo de zonas (Z2→Z3), o identificador de pedido passa a ser UUID v7 e a build 20261118.2 já está na Play Store.")
    add("italian-neg", "Riunione di reparto: il lotto N7A2291 ha una resa del 94,1%, il die (14,22) è ricorrente nel bin 7. Azione: controllare la camera di etch ETCH-03 entro venerdì.")
    add("german-neg-log", "2026-11-18 06:02:11 INFO  Badge-Leser FAB12-Litho: 231 Zutritte, 0 Fehler\n2026-11-18 06:02:11 INFO  Reinraumklasse ISO 5 eingehalten (0,3 µm: 812/m³)")
    add("polish-neg", "Aktualizacja rozkładu: linia tramwajowa 8 w Łodzi kursuje co 10 minut od 1 grudnia. Numer zmiany: ZTM-2026-1182. Szczegóły na stronie przewoźnika.")
    add("swedish-neg", "Tips: sätt `TOKEET_API_KEY` i miljön innan du kör `make sync`. I exemplet används `TOKEET_API_KEY=din-nyckel-här`, vilket inte är en riktig nyckel.")
    add("greek-neg", "Ενημέρωση: η έκδοση 2.8.1 της εφαρμογής κρατήσεων διορθώνει το σφάλμα με τις ημερομηνίες άφιξης. Αριθμός build 4471, commit 9c4e1a7.")
    add("hebrew-neg", "תזכורת: הדיון בתיק 44821-11-26 נדחה ל-15.01.2027 בשעה 09:30. אין צורך להגיש מסמכים נוספים.")
    add("korean-neg-build", "빌드 #20261119.7 성공 — 테스트 412개 통과, 커버리지 87.3%. 배포 대상: staging-apac.")
    add("vietnamese-neg", "Lịch bảo trì hệ thống đặt phòng: 02:00–04:00 ngày 05/12/2026. Phiên bản mới 4.2.0 thêm hỗ trợ thanh toán QR.")
    add("turkish-neg", "Örnek yapılandırma: `api_key: <BURAYA-ANAHTAR>` ve `password: degistir`. Gerçek değerleri asla depoya koymayın.")
    add("indonesian-neg", "Rilis 1.12.0: memperbaiki sinkronisasi data donatur, menambah ekspor CSV, dan memperbarui dependensi (requests 2.32.3, pydantic 2.9.2).")
    add("french-neg-k8s", "Le secret Kubernetes `nuitee-liteapi` est monté en variable d'environnement ; dans le dépôt il n'y a que la référence :\n\n```yaml\nenvFrom:\n  - secretRef:\n      name: nuitee-liteapi\n```")
    add("japanese-neg-sample", "サンプルコードの `API_KEY = \"your-api-key\"` は置き換えてください。実際のキーは環境変数 `NEXAR_CLIENT_SECRET` から読み込みます。")
    add("chinese-neg-wafer", "晶圆批次 N7A2291.1，良率 94.1%，测试程序版本 TP_v3.2.7，测试机台 UltraFLEX-04，完成时间 2026-11-18 21:40。")
    add("arabic-neg-docs", "لتشغيل الخدمة محلياً، انسخ الملف `.env.example` إلى `.env` واترك `API_KEY=changeme` كما هو للتجربة؛ المفتاح الحقيقي موجود في خزنة الفريق.")
    add("swahili-neg", "Taarifa: mfumo wa kuchangia wa shirika utafungwa kwa matengenezo tarehe 3 Desemba 2026, saa 2 usiku hadi saa 4 usiku. Toleo jipya ni 2.1.0.")
    add("usage-record-neg-tool", usage_record("list the fab dashboards", "There are three dashboards: Litho OEE, Etch Chamber Health and Wafer Yield by Lot.", {"name": "list_dashboards", "arguments": dumps({"folder": "fab12"})}))
    add("ini-placeholder", "[tritondigital]\nuser = REPLACE_ME\npassword = REPLACE_ME\n; ask the ad-ops team for real values")
    return out
