# ruff: noqa: E501, RUF001  -- item tables hold whole texts on one line; foreign letters are intended.
"""Twenty-fifth held-out set, written blind (see README.md). Domains: factories and industrial IoT,
aerospace and drones, mining and oil & gas, fashion and retail e-commerce, ticketing and live events,
accounting and payroll firms, non-profit fundraising, public transport and mobility. Providers N-Z
that no earlier set used.
"""

from __future__ import annotations

import json

from _markup import IP, A, C, D, E, I, P, S, T, U, m, shell
from _values import ALNUM, DIGITS, HEX, HEXU, LOWER, LOWNUM, UPNUM, Gen, iban, luhn_complete

B64URL = ALNUM + "-_"


def dumps(obj: object, **kw: object) -> str:
    kw.setdefault("ensure_ascii", False)
    return json.dumps(obj, **kw)  # type: ignore[arg-type]


def N(value: str) -> str:
    """A national id number (labelled as the closest gold label, US_SSN only for US numbers)."""
    return m("US_SSN", value)


# carriers ------------------------------------------------------------------------------------

def copilot_cli(cmd: str, out: str) -> str:
    """GitHub Copilot CLI session log: a shell tool request and its result."""
    return f"● Run shell command\n  $ {cmd}\n  └ {out.replace(chr(10), chr(10) + '    ')}"


def copilot_chat_web(question: str, answer: str) -> str:
    return f"**You** asked Copilot on github.com:\n{question}\n\n**Copilot**\n{answer}"


def xcode_chat(file: str, question: str, answer: str) -> str:
    return f"[GitHub Copilot for Xcode — {file}]\nUser: {question}\nCopilot: {answer}"


def eclipse_chat(question: str, answer: str) -> str:
    return f"Copilot Chat (Eclipse)\n>> {question}\n{answer}"


def review_comment(path: str, line: int, body: str) -> str:
    return dumps({"path": path, "line": line, "side": "RIGHT", "body": body, "user": {"login": "copilot-pull-request-reviewer[bot]"}})


def gemini_assist(prompt: str, answer: str) -> str:
    return dumps({"author": "user", "text": prompt}) + "\n" + dumps({"author": "gemini-code-assist", "text": answer})


def cody_tool(name: str, args: dict[str, object], output: str) -> str:
    return dumps({"type": "tool_use", "name": name, "input": args}) + "\n" + dumps({"type": "tool_result", "content": [{"type": "text", "text": output}]})


def qodo_step(cmd: str, out: str) -> str:
    return dumps({"agent": "qodo-gen", "step": "terminal", "command": cmd, "stdout": out, "exit": 0})


def warp_block(cmd: str, out: str) -> str:
    return f"Warp AI ⟫ running `{cmd}`\n{out}"


def opencode_part(tool: str, inp: dict[str, object], out: str) -> str:
    return dumps({"type": "tool", "tool": tool, "state": {"status": "completed", "input": inp, "output": out}})


def kilo_msg(text: str) -> str:
    return dumps({"ts": 1795000000000, "type": "say", "say": "text", "text": text})


def trae_log(lines: list[str]) -> str:
    return "\n".join(f"[Trae Builder] {x}" for x in lines)


def aider_hist(user: str, assistant: str) -> str:
    return f"#### {user}\n\n{assistant}"


def tabby_event(prefix: str, completion: str) -> str:
    return dumps({"event": "completion", "segments": {"prefix": prefix}, "choices": [{"index": 0, "text": completion}]})


def llm_log(prompt: str, response: str) -> str:
    return f"# 2026-11-20T09:14:02 conversation: 01jh7q\n\n## Prompt\n\n{prompt}\n\n## Response\n\n{response}"


def mcp_result(text: str) -> str:
    return dumps({"jsonrpc": "2.0", "id": 17, "result": {"content": [{"type": "text", "text": text}], "isError": False}})


def tool_result_twice(obj: object) -> str:
    """A tool result whose content is a JSON document, kept as a JSON string inside the log record."""
    return dumps({"role": "tool", "tool_call_id": "toolu_h25", "content": dumps({"ok": True, "data": obj})})


def grouped_card(number: str) -> str:
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))


def tool_call_twice(name: str, args: dict[str, object]) -> str:
    """A tool call whose arguments are a JSON string, logged again as a JSON string (twice escaped)."""
    inner = dumps({"type": "function", "function": {"name": name, "arguments": dumps(args)}})
    return dumps({"event": "tool_call", "raw": inner})


def secrets(g: Gen) -> list[tuple[str, list[str], str]]:
    out: list[tuple[str, list[str], str]] = []

    def add(p: str, t: str, providers: list[str] | None = None) -> None:
        out.append((f"holdout25:{p}", providers or [p], t))

    # factories and industrial IoT ----------------------------------------------------------
    add("seeq", f"# historian export for the extrusion line\nfrom seeq import spy\n\nspy.login(url=\"https://plant-analytics.seeq.site\", access_key=\"{g.s(UPNUM, 22)}\", password=\"{S(g.mixed(ALNUM, 32))}\")\nsignals = spy.search({{'Path': 'Extruder 4 >> Melt Temp'}})")
    add("tulip", copilot_cli("curl -s -u apikey.2_" + g.s(ALNUM, 17) + ":" + S(g.mixed(ALNUM, 40)) + " https://acme-mfg.tulip.co/api/v3/tables/Kz7Lq/records?limit=5", '[{"id":"WO-88213","station":"Pack-02","status":"done"}]'))
    add("sightmachine", f"SIGHTMACHINE_TENANT=bracketworks\nSIGHTMACHINE_API_KEY={S(g.s(HEX, 40))}\nSIGHTMACHINE_API_SECRET={S(g.s(HEX, 64))}\nSM_FACTORY=plant-ostrava")
    add("vorne", f"Hola equipo, el tablero XL de Vorne en la línea 3 de Querétaro no publica al MES. La clave de la API REST que puse en el Node-RED es `{S(g.s(HEX, 32))}` — ¿alguien sabe si hay que regenerarla después del update de firmware?")
    add("xmpro", f"<appSettings>\n  <add key=\"XMPro:DataStreamUrl\" value=\"https://ds.xmpro.cloud/api/v1\" />\n  <add key=\"XMPro:ApiKey\" value=\"{S(g.uuid())}\" />\n  <add key=\"XMPro:CollectionId\" value=\"pump-station-west\" />\n</appSettings>")
    add("waylay", opencode_part("bash", {"command": "cat config/waylay.json"}, dumps({"domain": "factory.waylay.io", "apiKey": "KEY_PLACEHOLDER", "apiSecret": "SECRET_PLACEHOLDER"}, indent=2).replace("KEY_PLACEHOLDER", S(g.s(HEX, 24))).replace("SECRET_PLACEHOLDER", S(g.mixed(ALNUM, 40)))))
    add("parsable", f"[parsable]\nbase = https://api.parsable.net/api\nteam_id = 5521\njwt = {S(g.jwt(dumps({'sub': 'svc-connected-worker', 'team': 5521}, separators=(',', ':'))))}")
    add("proficy", f"Guten Tag, im Proficy Historian (Werk Linz) hat der Service-User {U('svc_hist_read')} ein neues Passwort bekommen: {S(g.password())}. Bitte in der Grafana-Datasource eintragen, ich hab's noch nicht im Tresor.")
    add("opto22", shell("curl -k -H 'apiKey: " + S(g.s(ALNUM, 32)) + "' https://groov-epic-03.line2.local/manage/api/v1/io/local/modules/0/channels/4/analog/status", '{"value": 71.42}', prompt="pi@gateway:~ $ "))
    add("redlion", f"# Red Lion FlexEdge DA50 — MQTT connector\nmqtt:\n  broker: ssl://broker.plant.example:8883\n  client_id: flexedge-da50-b7\n  username: {U('flexedge_b7')}\n  password: \"{S(g.password())}\"\n  topic_root: spBv1.0/PressShop")
    add("tatsoft", f"Prezado, no FrameworX da Tatsoft a conexão com o SQL do historiador está assim: `Server=hist01;Database=FrameworX;User Id={U('fx_runtime')};Password={S(g.password())};` — dá pra mover pra um arquivo protegido?")
    add("vtscada", review_comment("scada/vtscada_bridge.py", 22, f"Hard-coded VTScada REST credentials: `VTS_REALM_PASSWORD = \"{S(g.password())}\"`. Please pull this from the plant vault (the water utility audit flagged exactly this last year)."))
    add("softing", f"$ edgeconnector-cli login --host 10.20.4.15 --user admin --password '{S(g.password())}'\nLogged in to Softing edgeConnector Siemens v3.6\n$ edgeconnector-cli tags list --plc S7-1500_Press4 | head -3")
    add("sepasoft", f"-- Sepasoft MES gateway: OEE downtime sync\nEXEC sp_addlinkedserver @server='MES_OEE';\nEXEC sp_addlinkedsrvlogin 'MES_OEE', 'false', NULL, 'mes_oee_sync', '{S(g.password())}';")
    add("twinthread", f"TWINTHREAD_URL=https://app.twinthread.com\nTWINTHREAD_TOKEN={S('tt_' + g.mixed(ALNUM, 44))}\nASSET_GROUP=compressors-line-b")
    add("oden", f"import {{ OdenClient }} from '@oden/sdk';\n\nconst oden = new OdenClient({{\n  org: 'polyfilm-ohio',\n  apiToken: '{S(g.s(LOWNUM, 48))}',\n}});\nawait oden.metrics.query({{ line: 'cast-film-2', metric: 'gauge_um' }});")
    add("worximity", f"Salut! Pour le tableau TileConnect de Worximity à l'usine de Drummondville, le jeton API est {S(g.s(HEX, 40))}. Je l'ai mis temporairement dans le script PowerShell, on le déplace dans Azure Key Vault lundi.")
    add("redzone", aider_hist("move the redzone token out of settings.py", f"Here's the change:\n\nsettings.py\n```python\n<<<<<<< SEARCH\nREDZONE_API_TOKEN = \"{S(g.mixed(ALNUM, 36))}\"\n=======\nREDZONE_API_TOKEN = os.environ[\"REDZONE_API_TOKEN\"]\n>>>>>>> REPLACE\n```"))
    add("plataine", f"plataine:\n  endpoint: https://tpo.plataine.com/api\n  customer: aerocomposites-wichita\n  client_secret: {S(g.mixed(ALNUM + '_-', 40))}")
    add("zededa", shell("zcli login --server zedcontrol.zededa.net --token " + S(g.s(HEX, 64)), "Login succeeded. Enterprise: cannery-edge"))
    add("zerynth", f"# zdm.json (device provisioning for the cold-room sensors)\n{{\n  \"device_id\": \"dev-4hj9kq2\",\n  \"workspace\": \"wks-cannery\",\n  \"password\": \"{S(g.jwt(dumps({'sub': 'dev-4hj9kq2', 'key': 0}, separators=(',', ':'))))}\"\n}}")
    add("tagoio", f"Ahoj, v TagoIO jsme vytvořili nové zařízení pro kompresorovnu v Plzni. Device token: {S(g.uuid())}. Prosím nastav ho do ESP32 firmwaru (soubor secrets.h), ne do repozitáře.")
    add("relayr", f"RELAYR_CLIENT_ID={g.uuid()}\nRELAYR_CLIENT_SECRET={S(g.mixed(ALNUM, 30))}\nRELAYR_AUTH=https://login.relayr.io/oauth2/token")
    add("sensorfact", tabby_event("SENSORFACT_API_KEY = ", f"\"{S('sf_' + g.s(HEX, 40))}\"\nSENSORFACT_SITE = \"roosendaal-bakery\""))
    add("toolsense", f"| Gerät | Schlüssel |\n|---|---|\n| ToolSense Gateway Halle 2 | `{S(g.s(ALNUM, 32))}` |\n| Testgerät | `<noch offen>` |")
    add("nanoprecise", kilo_msg(f"I found the Nanoprecise MachineDoctor credentials in `ingest/config.ini`: `api_key = {S(g.s(HEX, 32))}`. I'll replace it with an environment variable and add the file to .gitignore."))
    add("nexeed", f"nexeed:\n  identity: https://access.bosch-iot-suite.com/token\n  client_id: mes-bridge-homburg\n  client_secret: \"{S(g.mixed(ALNUM, 24) + '.' + g.mixed(ALNUM, 12))}\"\n  tenant: 6f3b")
    add("novotek", f"Hei, Novotek-konsulenten ga oss denne lisensnøkkelen og passordet til iFIX-serveren på Mo i Rana: bruker {U('ifix_eng')} / passord {S(g.password())}. Kan du legge det inn i Ansible-vaulten?")
    add("schneider", f"resource \"azurerm_key_vault_secret\" \"ecostruxure\" {{\n  name         = \"schneider-ecostruxure-api-key\"\n  value        = \"{S(g.s(HEX, 48))}\"\n  key_vault_id = azurerm_key_vault.plant.id\n}}")
    add("siemens", mcp_result(f"Found 1 match in edge-apps/mindsphere.env:\nMDSP_CLIENT_ID=techuser-press\nMDSP_CLIENT_SECRET={S(g.mixed(ALNUM, 44))}\nMDSP_TENANT=gearbox"))
    add("yokogawa", f"ヨコガワのCENTUM連携サーバのパスワードです（今日だけ共有）: {S(g.password())}\nユーザー名は {U('ctm_opc_ro')} です。終わったらSlackから消してください。")
    add("omron", f"// NJ501 Sysmac Gateway — read counters\nvar plc = new OmronFinsClient(\"192.168.250.1\", 9600);\nplc.Login(\"{U('sysmac_eng')}\", \"{S(g.password())}\");")
    add("wago", f"WAGO PFC200 web-based management:\n  user: admin\n  password: {S(g.password())}\n(set by the integrator during commissioning, cabinet E-14)")
    add("pilz", shell("curl -s -H 'Authorization: Bearer " + S(g.b64(36, urlsafe=True)) + "' https://pnoz-gw.line1.local/api/v2/diagnostics", '{"state":"RUN","errors":[]}'))
    add("phoenixcontact", f"[proficloud]\n; Phoenix Contact PROFICLOUD.io device onboarding\nuuid = {g.uuid()}\nonboarding_secret = {S(g.s(UPNUM, 16))}")
    add("wonderware", f"Wonderware Historian SQL login (legacy, line 5): `wwAdmin` / `{S(g.password())}` — Copilot, please write the pyodbc code so the password comes from keyring instead.")
    add("rockwell", gemini_assist("Why does my FactoryTalk Hub call fail?", f"Your request sends `x-api-key: {S(g.s(ALNUM, 40))}` to the old domain. FactoryTalk Hub moved the endpoint; also, this key is now visible in this chat, so revoke it in the Rockwell portal and create a new one."))
    add("uptake", f"UPTAKE_API_BASE=https://api.uptake.com/fusion\nUPTAKE_CLIENT_ID=fleet-rail-ne\nUPTAKE_CLIENT_SECRET={S(g.mixed(ALNUM, 48))}")
    add("senseye", f"Ciao, Senseye PdM ci ha mandato la chiave per lo stabilimento di Brescia: {S(g.s(HEX, 8) + '-' + g.s(HEX, 8) + '-' + g.s(HEX, 16))}. Va messa nel connettore OPC UA, ma non nel repository, mi raccomando.")
    add("verdigris", f"verdigris_token = \"{S(g.b64(30))}\"\nbuilding = \"sfo-warehouse-7\"\npanel = \"MDP-A\"")

    # aerospace and drones ------------------------------------------------------------------
    add("pix4d", f"PIX4D_CLIENT_ID={g.s(ALNUM, 40)}\nPIX4D_CLIENT_SECRET={S(g.s(ALNUM, 128))}\nPIX4D_API=https://cloud.pix4d.com/oauth2/token/")
    add("skydio", xcode_chat("DockSync.swift", "is it ok to keep the Skydio Cloud token here?", f"No. `let skydioToken = \"{S(g.s(HEX, 64))}\"` ships inside the app bundle. Move it to the server and fetch short-lived tokens from there."))
    add("wingtra", f"Ahoj, WingtraCLOUD účet pro geodety z Košíc: {E('geodezia.kosice@mapovanie.sk')}, heslo {S(g.password())}. Potrebujem to dať do skriptu na sťahovanie misií.")
    add("parrot", f"// ANAFI Ai: 4G pairing with FreeFlight\nconst PARROT_ACADEMY_TOKEN = \"{S(g.mixed(ALNUM, 48))}\";\nconst DRONE_SERIAL = \"PI040443AA1D123456\";")
    add("sensefly", f"eMotion sync config\n  account = survey-ops\n  senseFly cloud key = {S(g.s(UPNUM, 8) + '-' + g.s(UPNUM, 8) + '-' + g.s(UPNUM, 8))}")
    add("propeller", shell("export PROPELLER_API_TOKEN=" + S(g.s(HEX, 40)) + " && python sync_surveys.py --site quarry-ballarat", "Fetched 14 surveys, 3 new stockpile reports"))
    add("skyward", f"skyward:\n  api: https://api.skyward.io/v2\n  org: linewalk-drones\n  key: {S(g.mixed(ALNUM, 32))}")
    add("unifly", f"Bonjour, pour l'intégration UTM Unifly (zone de Charleroi), la clé API de test est {S(g.uuid())} et le mot de passe du compte technique {S(g.password())}. À supprimer de ce fil après copie.")
    add("zipline", f"ZIPLINE_PARTNER_ID=health-district-7\nZIPLINE_API_SECRET={S('zl_sk_' + g.mixed(ALNUM, 40))}\nZIPLINE_WEBHOOK_URL=https://orders.hd7.example/zipline")
    add("satellogic", cody_tool("read_file", {"path": "ingest/aleph.py"}, f"AUTH = {{\n    \"client_id\": \"{g.s(ALNUM, 32)}\",\n    \"client_secret\": \"{S(g.mixed(ALNUM + '-_', 64))}\",\n    \"audience\": \"https://api.satellogic.com/\",\n}}"))
    add("umbra", f"$ umbra-canopy search --bbox -111.9,40.6,-111.7,40.8 --token {S(g.mixed(ALNUM, 40))}\n2 SAR collects found (2026-11-18, 2026-11-22)")
    add("skywatch", f"SKYWATCH_API_KEY={S(g.uuid())}\nSKYWATCH_EARTHCACHE_URL=https://api.skywatch.co/earthcache")
    add("up42", f"up42:\n  username: {E('imagery-desk@tailings-watch.org')}\n  password: \"{S(g.password())}\"\n  workspace_id: {g.uuid()}")
    add("nearmap", f"Nearmap tiles for the mine lease overlay:\nhttps://api.nearmap.com/tiles/v3/Vert/{{z}}/{{x}}/{{y}}.jpg?apikey={S(g.s(ALNUM, 48))}\nUse the Vert layer, not the Pano one.")
    add("openaip", f"const headers = {{ 'x-openaip-api-key': '{S(g.s(HEX, 32))}' }};\nconst res = await fetch('https://api.core.openaip.net/api/airspaces?country=AT', {{ headers }});")
    add("satnogs", f"SatNOGS-Station (Reykjavík) — stillingar:\nSATNOGS_API_TOKEN={S(g.s(HEX, 40))}\nSATNOGS_STATION_ID=2871\nSATNOGS_SOAPY_RX_DEVICE=driver=rtlsdr")
    add("n2yo", f"Чому запит до N2YO повертає порожній список? URL: https://api.n2yo.com/rest/v1/satellite/above/50.45/30.52/0/70/18/&apiKey={S(g.s(UPNUM, 6) + '-' + g.s(UPNUM, 6) + '-' + g.s(UPNUM, 6) + '-' + g.s(UPNUM, 4))}")
    add("orbitalinsight", f"ORBITAL_INSIGHT_TOKEN=\"{S(g.jwt(dumps({'sub': 'terrascope-oilstorage', 'aud': 'go.orbitalinsight.com'}, separators=(',', ':'))))}\"")
    add("ursaspace", f"ursa:\n  client_id: {g.s(LOWNUM, 24)}\n  client_secret: {S(g.mixed(ALNUM, 48))}\n  product: oil-storage-cushing")
    add("skyfi", tool_call_twice("http_request", {"method": "POST", "url": "https://app.skyfi.com/platform-api/archives", "headers": {"X-Skyfi-Api-Key": S(g.s(HEX, 32))}, "body": {"aoi": "POLYGON((...))"}}))
    add("spaceknow", f"Dobrý den, klíč k SpaceKnow API pro monitoring povrchových dolů: {S(g.b64(32, urlsafe=True).rstrip('='))}. Prosím, uložte ho do GitLab CI proměnných jako masked.")
    add("vexcel", f"VEXCEL_USERNAME={U('gisteam_tucson')}\nVEXCEL_PASSWORD={S(g.password())}\nVEXCEL_LAYER=urban-ortho")
    add("swissas", f"Grüezi mitenand, für die AMOS-Schnittstelle (Swiss-AS) bei der Wartung in Altenrhein: technischer User {U('amos_ifc')}, Passwort {S(g.password())}. Bitte nicht ins Confluence kopieren.")
    add("traxxall", f"TRAXXALL_API_USER=mx-tracking-aog\nTRAXXALL_API_KEY={S(g.s(HEX, 48))}")
    add("veryon", f"veryon:\n  tenant: regional-air-mx\n  client_secret: \"{S(g.mixed(ALNUM, 40))}\"\n  fleet: [XA-ULM, XA-UQS]")
    add("rusada", eclipse_chat("Why does EnvisionClient fail at login?", f"The constructor gets `new EnvisionClient(\"https://envision.mro.local\", \"{U('env_api')}\", \"{S(g.password())}\")` — the password is hard-coded. Load it from the Rusada ENVISION secrets file instead and check the user is not locked."))
    add("skywise", f"# Airbus Skywise Foundry token for the reliability dashboard\nexport SKYWISE_TOKEN=\"{S(g.s(ALNUM, 36) + '.' + g.s(ALNUM, 120))}\"\npython reliability.py --ata 32 --fleet A320")
    add("navblue", f"[navblue_n-flight]\nurl=https://api.navblue.aero/flightplanning\nusername={U('ops_dispatch3')}\npassword={S(g.password())}")
    add("uavionix", f"uAvionix SkyLine API — ключ для демо в Алматы: {S(g.s(HEX, 40))}\nЛогин: {E('demo-ops@skycorridor.kz')}")
    add("opendronemap", f"WebODM / NodeODM token:\n  nodeodm://processing.mapping-coop.org:3000?token={S(g.s(LOWNUM, 32))}")
    add("percepto", f"PERCEPTO_AIM_URL=https://aim.percepto.co\nPERCEPTO_API_KEY={S(g.s(HEX, 32))}\nPERCEPTO_SITE=refinery-north")
    add("wingcopter", f"Sannu, ga maɓallin Wingcopter API don isar da magunguna a Kano: {S(g.mixed(ALNUM, 36))}. Don Allah kar ka saka shi a GitHub.")
    add("volocopter", f"volocopter:\n  voloiq_base: https://voloiq.volocopter.com/api\n  service_account: {U('ops-sim-bruchsal')}\n  service_password: {S(g.password())}")
    add("quantumsystems", f"QS_TRINITY_CLOUD_TOKEN={S(g.b64(40, urlsafe=True))}\nQS_FLEET=trinity-pro-04")

    # mining and oil & gas ------------------------------------------------------------------
    add("sandvik", f"SANDVIK_OPTIMINE_URL=https://optimine.kiruna-ug.local/api\nSANDVIK_OPTIMINE_USER={U('optimine_int')}\nSANDVIK_OPTIMINE_PASSWORD={S(g.password())}")
    add("orica", f"// BlastIQ shot-plan upload\nconst orica = axios.create({{\n  baseURL: 'https://blastiq.orica.com/api/v1',\n  headers: {{ 'Ocp-Apim-Subscription-Key': '{S(g.s(HEX, 32))}' }},\n}});")
    add("plotlogic", f"Plotlogic OreSense — connexion au lidar de la mine de Rouyn-Noranda:\n  client: abitibi-pit2\n  secret: {S(g.mixed(ALNUM, 40))}\nMerci de ne pas le coller dans Teams.")
    add("newtrax", f"[newtrax]\nhost=newtrax-gw.underground.local\nport=443\napi_user={U('ntx_tagging')}\napi_key={S(g.s(HEXU, 40))}")
    add("petrosys", f"<PetrosysConnection>\n  <Server>pet-db02</Server>\n  <User>{U('petro_gis')}</User>\n  <Password>{S(g.password())}</Password>\n</PetrosysConnection>")
    add("pason", f"$ pason-datahub export --rig 547 --from 2026-11-01 --api-key {S(g.s(HEX, 32))} --format witsml\nExported 12,441 records (1 s) to ./out/rig547.xml")
    add("petrolink", f"Petrolink PetroVault WITSML server\n  URL: https://witsml.petrolink.net/store/WMLS.asmx\n  Login: {U('ops_reservoir_ab')}\n  Password: {S(g.password())}")
    add("quorum", f"quorum_onpoint:\n  tenant: permian-midstream\n  api_key: {S(g.mixed(ALNUM, 44))}\n  gas_day_cutover: '09:00'")
    add("weatherford", f"Weatherford ForeSite API isteği 401 döndürüyor. Header şöyle: `Authorization: Basic {S(g.b64(27))}` — kullanıcı adı ve şifre doğru mu kontrol eder misin?")
    add("woodmac", f"WOODMAC_LENS_API_KEY={S(g.s(HEX, 32))}\nWOODMAC_DATASET=upstream-valuations\nWOODMAC_REGION=north-sea")
    add("rystad", f"import requests\n\nr = requests.get(\n    \"https://api.rystadenergy.com/cube/v2/data\",\n    headers={{\"x-api-key\": \"{S(g.mixed(ALNUM, 40))}\"}},\n    params={{\"cube\": \"UCube\", \"country\": \"Norway\"}},\n)")
    add("novilabs", f"Novi Labs — токен для прогноза добычи (Пермский бассейн): {S('nl_' + g.s(LOWNUM, 40))}. Положи его в секреты GitHub Actions, пожалуйста.")
    add("tgs", f"# TGS well data (Longbow) export script\nTGS_USER={E('geo.data@basin-analytics.com')}\nTGS_PASSWORD={S(g.password())}\nTGS_API=https://api.tgs.com/welldata")
    add("slb", f"delfi:\n  # SLB DELFI data platform service principal\n  client_id: {g.uuid()}\n  client_secret: {S(g.mixed(ALNUM, 34) + '~' + g.mixed(ALNUM, 6))}\n  data_partition: opendes")
    add("oilpriceapi", f"curl -H 'Authorization: Token {S(g.s(HEX, 32))}' 'https://api.oilpriceapi.com/v1/prices/latest?by_code=BRENT_CRUDE_USD'")
    add("vaisala", f"Vaisala Xweather lightning feed for the blast hold-off rule:\n  client_id: {g.s(ALNUM, 20)}\n  client_secret: {S(g.s(ALNUM, 40))}")
    add("generic:fms", review_comment("fms/sync.py", 41, "Nit: the fleet-management DB password is still in the source file (`FMS_DB_PASSWORD = \"" + S(g.password()) + "\"`). Use the mine-site vault and rotate the value."), ["password"])
    add("password:pgpass", f"$ cat ~/.pgpass\nreservoir-db.internal:5432:wells:{U('reservoir_ro')}:{S(g.password())}", ["password"])
    add("pem:scada", f"Copilot, I pasted the key for the SCADA VPN jump host below, can you convert it to PuTTY format?\n\n{S(g.pem('RSA PRIVATE KEY', 10))}", ["pem"])

    # fashion and retail e-commerce ---------------------------------------------------------
    add("nosto", f"NOSTO_ACCOUNT_ID=shopify-5512094\nNOSTO_API_TOKEN_APPS={S(g.s(ALNUM, 64))}\nNOSTO_API_TOKEN_EMAIL={S(g.s(ALNUM, 64))}")
    add("nuorder", f"NuORDER OAuth 1.0 (wholesale line sheets FW27):\n  consumer_key: {g.s(ALNUM, 24)}\n  consumer_secret: {S(g.s(ALNUM, 48))}\n  token: {S(g.s(ALNUM, 24))}\n  token_secret: {S(g.s(ALNUM, 48))}")
    add("ordergroove", f"# subscriptions sync (Ordergroove → ERP)\nOG_PUBLIC_ID=\"{g.s(HEX, 32)}\"\nOG_HASH_KEY=\"{S(g.mixed(ALNUM, 32))}\"")
    add("orderdesk", shell("curl -s https://app.orderdesk.me/api/v2/orders -H 'ORDERDESK-STORE-ID: 48213' -H 'ORDERDESK-API-KEY: " + S(g.mixed(ALNUM, 40)) + "'", '{"status":"success","total_records":17}'))
    add("revolve", f"Hola, para el marketplace de Revolve el equipo de CDMX me pasó este token de proveedor: {S(g.s(HEX, 40))}. ¿Lo agrego al .env de staging o lo ponemos en el Secret Manager de una vez?")
    add("ssense", f"ssense_vendor:\n  portal: https://vendors.ssense.com/api\n  vendor_id: 30771\n  api_secret: '{S(g.mixed(ALNUM, 32))}'")
    add("stitchfix", f"STITCHFIX_PARTNER_KEY={S(g.s(LOWNUM, 40))}\nSTITCHFIX_BRAND=northwind-denim")
    add("thredup", f"// resale-as-a-service returns feed\nexport const THREDUP_RAAS = {{ clientId: 'rs_aurora', clientSecret: '{S(g.mixed(ALNUM, 36))}' }};")
    add("vinted", f"Sveiki! Vinted Pro API raktas mūsų parduotuvei (Kaunas): {S(g.s(HEX, 48))}. Įdėk į serverio .env, bet ne į Git, ačiū.")
    add("vestiaire", f"[vestiaire_collective]\nseller_id = 9911820\napi_key = {S(g.s(UPNUM, 32))}\nsandbox = false")
    add("yoox", f"YNAP/YOOX dropship FTP:\n  host: sftp.partners.yoox.com\n  user: {U('vnd_milano_0443')}\n  password: {S(g.password())}")
    add("shein", f"SHEIN 开放平台（台灣站）配置：\nopen_key_id = {g.s(UPNUM, 32)}\nsecret_key = {S(g.s(UPNUM, 32))}\n請勿把 secret_key 提交到 Git。")
    add("temu", f"TEMU_APP_KEY={g.s(HEX, 32)}\nTEMU_APP_SECRET={S(g.s(HEX, 40))}\nTEMU_ACCESS_TOKEN={S('upl' + g.s(LOWNUM, 45))}")
    add("poshmark", copilot_chat_web("my poshmark lister script stopped working", "The script logs in as `" + U("vintage.jules") + "` with `POSH_PASSWORD = \"" + S(g.password()) + "\"`. Poshmark now asks for a one-time code on new devices; keep the password in the keychain and handle the OTP prompt."))
    add("salesfloor", f"SALESFLOOR_RETAILER=maison-lavande\nSALESFLOOR_API_KEY={S(g.mixed(ALNUM, 40))}")
    add("swell", f"import swell from 'swell-node';\nswell.init('atelier-rive-gauche', '{S(g.s(ALNUM, 32))}');\nconst products = await swell.get('/products', {{ limit: 25 }});")
    add("spreecommerce", f"# config/initializers/spree.rb\nSpree::Api::Config[:requires_authentication] = true\nENV['SPREE_ADMIN_TOKEN'] ||= '{S(g.s(HEX, 48))}'")
    add("sylius", f"###> sylius/sylius ###\nSYLIUS_FIXTURES_HOSTNAME=boutique.local\nSYLIUS_MESSENGER_TRANSPORT_MAIN_DSN=doctrine://default\nSYLIUS_PAYPAL_SIGNATURE={S(g.mixed(ALNUM, 56))}\n###< sylius/sylius ###")
    add("truefit", f"Hallo! In de size advisor staat de True Fit-sleutel hard-coded: `truefit.apiKey = \"{S(g.s(HEX, 32))}\"`. Kan je die naar de Gentse server-config verplaatsen?")
    add("virtusize", f"<script>\n  window.virtusizeIntegration = {{ apiKey: '{g.s(HEX, 40)}', env: 'production' }};\n</script>\n<!-- server side only: VIRTUSIZE_SECRET={S(g.s(HEX, 40))} -->")
    add("vueai", f"VUEAI_API_KEY={S(g.s(HEX, 32))}\nVUEAI_CATALOG=kurta-collection-ss27")
    add("refersion", f"$ http GET https://api.refersion.com/v2/affiliate/list Refersion-Public-Key:{g.s(LOWER, 2)}_{g.s(HEX, 20)} Refersion-Secret-Key:{S('sec_' + g.s(HEX, 20))}\nHTTP/1.1 200 OK")
    add("tapcart", f"TAPCART_APP_ID=ZyvR2\nTAPCART_API_KEY={S(g.s(HEX, 48))}")
    add("rebuy", opencode_part("read", {"filePath": "theme/snippets/rebuy.liquid"}, f"{{% comment %}} TODO remove before launch {{% endcomment %}}\n<script>window.REBUY_KEY = '{S(g.s(HEX, 40))}';</script>"))
    add("smileio", f"SMILE_PRIVATE_KEY={S('sk_' + g.s(LOWNUM, 24))}\nSMILE_PUBLISHABLE_KEY=pub_{g.s(LOWNUM, 24)}")
    add("stamped", f"Stamped.io reviews import:\n  public key: pubkey-{g.s(ALNUM, 24)}\n  private key: {S('key-' + g.s(ALNUM, 24))}\n  store hash: 41023")
    add("okendo", f"fetch('https://api.okendo.io/enterprise/reviews', {{ headers: {{ Authorization: 'Bearer {S(g.b64(48, urlsafe=True).rstrip('='))}' }} }})")
    add("reviewsio", f"REVIEWSIO_STORE=lumen-knitwear\nREVIEWSIO_API_KEY={S(g.s(HEX, 32))}")
    add("pushowl", f"Merhaba, PushOwl bildirim kampanyası için API anahtarım: {S(g.s(HEX, 40))}. Kampanya scriptine eklemeden önce maskeleyebilir misin?")
    add("postscript", f"POSTSCRIPT_API_KEY={S('sk_' + g.s(HEX, 32))}\nPOSTSCRIPT_SHOP=kith-and-kin")
    add("recart", f"{{\n  \"recart\": {{ \"apiKey\": \"{S(g.s(HEX, 32))}\", \"siteId\": \"rc_40012\" }}\n}}")
    add("swym", f"SWYM_PID={g.b64(24)}\nSWYM_API_KEY={S(g.s(HEX, 64))}\nSWYM_ENDPOINT=https://swymstore-v3pro-01.swymrelay.com")
    add("returnly", f"# returns portal\nreturnly:\n  api_token: \"{S(g.s(HEX, 40))}\"\n  store: 'ligne-roset-outlet'")
    add("narvar", f"narvar.username={U('retailer_ops_api')}\nnarvar.password={S(g.password())}\nnarvar.endpoint=https://ws.narvar.com/api/v1")
    add("routeapp", trae_log(["Scanning repository for hard-coded credentials", f"storefront/route.ts:3  ROUTE_SECRET_TOKEN = '{S(g.mixed(ALNUM, 40))}'", "Suggest: read from process.env.ROUTE_SECRET_TOKEN"]))
    add("orderhive", f"ORDERHIVE_ID_TOKEN={S(g.jwt(dumps({'cognito:username': 'wh-sofia', 'token_use': 'id'}, separators=(',', ':'))))}\nORDERHIVE_REFRESH_TOKEN={S(g.b64(90))}")
    add("pepperi", f"PEPPERI_CONSUMER_KEY={S(g.s(ALNUM, 32))}\nPEPPERI_ENV=sandbox")
    add("zedonk", f"Zedonk wholesale export user: {U('export-ss27')}\npass: {S(g.password())}\n(— Shoreditch studio)")
    add("stylight", f"stylight_feed:\n  partner: kleiderei-wien\n  token: {S(g.s(LOWNUM, 32))}")
    add("zalora", f"Salam, API key Zalora Seller Center kedai kami di Kuala Lumpur: {S(g.s(HEX, 40))}. Tolong jangan letak dalam fail config yang di-commit.")
    add("onbuy", f"ONBUY_CONSUMER_KEY={S('ck_live_' + g.s(HEX, 32))}\nONBUY_SECRET_KEY={S('sk_live_' + g.s(HEX, 32))}")

    # ticketing and live events -------------------------------------------------------------
    add("tixr", f"TIXR_CLIENT_PRIVATE_KEY={S(g.s(HEX, 64))}\nTIXR_CPK=cpk_{g.s(LOWNUM, 16)}\nTIXR_GROUP_ID=4471")
    add("tickettailor", shell("curl -s -u " + S("sk_" + g.s(DIGITS, 4) + "_" + g.s(DIGITS, 6) + "_" + g.s(HEX, 32)) + ": https://api.tickettailor.com/v1/orders?limit=3", '{"data":[{"id":"or_5521","status":"completed"}]}'))
    add("ticketsource", f"Ticketsource API (box office Galway):\nAuthorization: Bearer {S('skl-' + g.s(LOWNUM, 40))}\nVenue: Town Hall Theatre")
    add("universe", f"UNIVERSE_CLIENT_ID={g.s(HEX, 64)}\nUNIVERSE_CLIENT_SECRET={S(g.s(HEX, 64))}\nUNIVERSE_REDIRECT=https://tickets.fringe.example/callback")
    add("vividseats", f"vividseats:\n  broker_id: 88103\n  api_token: {S(g.uuid())}\n  sync_interval_s: 90")
    add("stubhub", f"Slm! StubHub Pro API üçün client secret: {S(g.mixed(ALNUM, 40))}. Bakı konserti üçün bilet sinxronizasiyası bu açarla işləyir, zəhmət olmasa onu repoya qoyma.")
    add("songkick", f"const SONGKICK_KEY = '{S(g.s(ALNUM, 16))}';\nfetch(`https://api.songkick.com/api/3.0/artists/${{id}}/calendar.json?apikey=${{SONGKICK_KEY}}`)")
    add("setlistfm", f"curl -H 'x-api-key: {S(g.uuid())}' -H 'Accept: application/json' https://api.setlist.fm/rest/1.0/search/setlists?artistName=Sigur%20R%C3%B3s")
    add("residentadvisor", f"RA_PROMOTER_ID=118204\nRA_PARTNER_TOKEN={S(g.s(HEX, 48))}\nRA_EVENT_FEED=https://ra.co/graphql")
    add("skiddle", f"SKIDDLE_API_KEY={S(g.s(HEX, 32))}\n# used by the Leeds listings scraper; rotate after the festival")
    add("seetickets", f"<SeeTicketsConfig>\n  <ClientId>fest-ops-bristol</ClientId>\n  <Secret>{S(g.mixed(ALNUM, 32))}</Secret>\n</SeeTicketsConfig>")
    add("ticketspice", f"TicketSpice webhook secret for the rodeo: {S(g.s(HEX, 40))}\n(copied from the admin → Integrations page)")
    add("yapsody", f"yapsody.api_key={S(g.s(ALNUM, 40))}\nyapsody.account=teatro-municipal-lima")
    add("peatix", f"Peatix のイベント連携用トークン：{S(g.s(ALNUM, 40))}\n主催者アカウント：{E('events@kobe-jazz-street.jp')}\n※ Slack には貼らないでください")
    add("passline", f"Che, te paso el token de Passline para la fecha de La Plata: {S(g.mixed(ALNUM, 36))}. Lo necesitás para el control de acceso con los lectores QR.")
    add("queueit", f"queueit:\n  customer_id: bigarena\n  secret_key: {S(g.uuid() + '-' + g.uuid())}\n  waiting_room: presale-tour-27")
    add("ticketek", f"TICKETEK_API_USER={U('syd_partner_feed')}\nTICKETEK_API_PASSWORD={S(g.password())}")
    add("showpass", f"headers = {{\"Authorization\": \"Token {S(g.s(HEX, 40))}\"}}\nresp = httpx.get(\"https://www.showpass.com/api/venue/events/\", headers=headers)")
    add("shotgun", f"Hello, le token organisateur Shotgun pour la soirée à Bruxelles est `{S(g.jwt(dumps({'organizerId': 204118, 'scope': 'tickets:read'}, separators=(',', ':'))))}`. Tu peux le brancher au script de check-in ?")
    add("tickpick", f"TICKPICK_PARTNER_KEY={S(g.s(LOWNUM, 32))}")
    add("vivenu", f"import requests\nVIVENU = requests.Session()\nVIVENU.headers['Authorization'] = 'Bearer {S('key_' + g.s(HEX, 40))}'\nevents = VIVENU.get('https://vivenu.com/api/events').json()")
    add("pretix", opencode_part("bash", {"command": "grep -n token .pretixrc"}, f"3:token = {S(g.s(LOWNUM, 64))}\n4:url = https://pretix.eu/api/v1/organizers/kulturfabrik/"))
    add("tito", f"TITO_API_TOKEN={S('secret_live_' + g.mixed(ALNUM, 20))}\nTITO_ACCOUNT=rustfest\nTITO_EVENT=2027")
    add("swoogo", f"swoogo_consumer_key: {g.s(ALNUM, 25)}\nswoogo_consumer_secret: {S(g.s(ALNUM, 40))}")
    add("whova", f"Whova integration (medical congress, Riyadh)\napi_key = {S(g.s(HEX, 32))}\nevent_id = wmc27")
    add("sessionize", f"שלום, הטוקן של Sessionize לכנס בתל אביב: {S(g.s(LOWNUM, 8))} — הוא ב-URL של ה-API, אז בבקשה אל תשימו אותו בקוד הפרונט.")
    add("weezevent", f"WEEZEVENT_API_KEY={S(g.s(HEX, 32))}\nWEEZEVENT_USERNAME={E('billetterie@festival-namur.be')}\nWEEZEVENT_PASSWORD={S(g.password())}")
    add("yurplan", f"yurplan:\n  client_id: {g.s(LOWNUM, 20)}\n  client_secret: {S(g.s(LOWNUM, 40))}")
    add("xceed", f"curl -X GET 'https://api.xceed.me/v1/events' -H 'X-Api-Key: {S(g.uuid())}'")
    add("wegow", f"WEGOW_TOKEN={S(g.s(HEX, 40))}\n# Wegow promotor Valencia")
    add("ticketone", f"Ciao, per il connettore TicketOne del palazzetto di Bologna: utente {U('bo_arena_feed')} e password {S(g.password())}. Da mettere in Vault appena possibile.")
    add("ticketswap", f"TICKETSWAP_API_KEY={S(g.s(HEX, 64))}\nTICKETSWAP_ORGANIZER=lowlands-partners")
    add("paylogic", f"paylogic.api.key={S(g.s(HEX, 32))}\npaylogic.api.secret={S(g.s(HEX, 64))}")
    add("spektrix", f"// Spektrix API v3 HMAC signing\nconst SPEKTRIX_USER = 'api_webfeed';\nconst SPEKTRIX_KEY = '{S(g.b64(64))}';")
    add("tessitura", f"Tessitura REST (symphony hall) — usergroup webapi, location BOXOFFICE, user {U('tn_webapi')}, password {S(g.password())}.")
    add("patronmanager", f"sfdx force:auth:jwt:grant --clientid {g.s(ALNUM, 85)} --jwtkeyfile ./pm.key --username {E('integration@playhouse.patronmanager')}\n# PatronManager org password (do not reuse): {S(g.password())}")
    add("seatsio", f"SEATSIO_SECRET_KEY={S(g.uuid())}\nSEATSIO_WORKSPACE_KEY={g.uuid()}\nSEATSIO_REGION=eu")
    add("ticketsolve", f"Sæl, lykillinn að Ticketsolve API fyrir Hörpu er {S(g.s(HEX, 40))}. Vinsamlegast settu hann í leyndarmálin á GitLab, ekki í kóðann.")
    add("prekindle", f"PREKINDLE_ORG_ID=5520\nPREKINDLE_API_KEY={S(g.s(UPNUM, 24))}")

    # accounting and payroll ----------------------------------------------------------------
    add("yuki", f"<!-- Yuki SOAP webservice (boekhouding) -->\n<Authenticate>\n  <accessKey>{S(g.uuid())}</accessKey>\n</Authenticate>")
    add("oneup", f"ONEUP_USER_ID=3310\nONEUP_API_KEY={S(g.s(HEX, 32))}")
    add("patriotsoftware", f"Patriot Software payroll import:\n  company: riverbend-dental\n  api key: {S(g.s(UPNUM, 20))}")
    add("paycom", f"PAYCOM_SID={g.s(DIGITS, 6)}\nPAYCOM_TOKEN={S(g.s(HEX, 64))}")
    add("payworks", f"Bonjour, le jeton de l'API Payworks pour le client de Gatineau: {S(g.mixed(ALNUM, 36))}. On le met dans le coffre d'Azure, pas dans le fichier settings.json.")
    add("velocityglobal", f"velocity_global:\n  client_id: eor-sync\n  client_secret: {S(g.mixed(ALNUM, 48))}")
    add("omnipresent", f"OMNIPRESENT_API_KEY={S('op_live_' + g.s(LOWNUM, 40))}")
    add("spendesk", f"curl https://public-api.spendesk.com/v1/payables -H 'Authorization: Bearer {S(g.b64(42, urlsafe=True))}'")
    add("soldo", f"soldo:\n  client_id: {g.s(ALNUM, 32)}\n  client_secret: {S(g.s(ALNUM, 32))}\n  fingerprint_token: {S(g.s(HEX, 64))}")
    add("sevdesk", f"Hallo, mein sevDesk-API-Token fürs Kanzlei-Skript: {S(g.s(HEX, 32))}. Muss ich den noch irgendwie schützen, bevor ich den Code auf GitHub stelle?")
    add("vertex", f"vertex_o_series:\n  trusted_id: {S(g.s(UPNUM, 12))}\n  url: https://tax.vertexsmb.com/vertex-ws/services/CalculateTax90")
    add("sovos", f"SOVOS_USERNAME={U('einvoice_it_prod')}\nSOVOS_PASSWORD={S(g.password())}\nSOVOS_HMAC_SECRET={S(g.s(HEX, 40))}")
    add("taxdoo", f"taxdoo:\n  api_token: {S(g.s(ALNUM, 48))}\n  oss_country: DE")
    add("zamp", f"ZAMP_API_TOKEN={S(g.s(HEX, 64))}")
    add("numeral", f"const numeral = new NumeralClient({{ apiKey: '{S('nk_live_' + g.mixed(ALNUM, 32))}' }});")
    add("planful", f"Planful data load:\n  tenant: sentinel-retail\n  login: {E('fpa.loader@sentinel-retail.com')}\n  password: {S(g.password())}")
    add("prophix", f"[prophix]\nserver=prophix.cpa-firm.local\nuser={U('pfx_import')}\npwd={S(g.password())}")
    add("vena", f"vena_api_user = \"{g.s(HEX, 32)}\"\nvena_api_key = \"{S(g.s(HEX, 32))}\"\n# used by the close-checklist exporter")
    add("workiva", f"WORKIVA_CLIENT_ID={g.s(HEX, 32)}\nWORKIVA_CLIENT_SECRET={S(g.mixed(ALNUM, 40))}")
    add("onestream", f"OneStream REST: POST /OneStreamApi/api/DataProvider/GetAdoDataSetForSqlCommand\nAuthorization: Bearer {S(g.b64(64))}")
    add("xledger", f"Hei! Xledger-tokenet til regnskapsbyrået i Bergen: {S(g.s(ALNUM, 40))}. Legg det i GitHub Secrets som XLEDGER_TOKEN.")
    add("tripletex", f"TRIPLETEX_CONSUMER_TOKEN={S(g.jwt(dumps({'tokenId': 6121, 'token': 'consumer'}, separators=(',', ':'))))}\nTRIPLETEX_EMPLOYEE_TOKEN={S(g.jwt(dumps({'tokenId': 9988, 'token': 'employee'}, separators=(',', ':'))))}")
    add("poweroffice", f"POWEROFFICE_APP_KEY={g.uuid()}\nPOWEROFFICE_CLIENT_KEY={S(g.uuid())}\nPOWEROFFICE_SUBSCRIPTION_KEY={S(g.s(HEX, 32))}")
    add("visma", f"visma_eaccounting:\n  client_id: payroll-bridge\n  client_secret: \"{S(g.mixed(ALNUM, 40))}\"\n  refresh_token: \"{S(g.s(HEX, 64))}\"")
    add("reckon", f"Reckon One API subscription key: {S(g.s(HEX, 32))} (sandbox for the Newcastle bookkeeping office)")
    add("silverfin", f"SILVERFIN_CLIENT_ID={g.s(ALNUM, 43)}\nSILVERFIN_SECRET={S(g.s(ALNUM, 43))}\nSILVERFIN_FIRM_ID=11482")
    add("sage", f"Sage Business Cloud Accounting:\n  refresh_token: {S(g.s(HEX, 64))}\n  business: ledger-and-co-ltd")
    add("tiime", f"Bonjour, pour l'export comptable Tiime du cabinet de Liège, voici le jeton: {S(g.mixed(ALNUM, 40))}. Il expire fin décembre.")
    add("zervant", f"ZERVANT_API_KEY={S(g.s(HEX, 40))}")
    add("onvio", f"Onvio (Thomson Reuters) — conta de integração:\n  usuário: {U('folha_integ_sp')}\n  senha: {S(g.password())}\nPrecisamos disso no robô da folha, mas não no Git.")
    add("staffology", f"curl -u 'apikey:{S(g.uuid())}' https://api.staffology.co.uk/employers")
    add("snelstart", f"SNELSTART_CLIENTKEY={S(g.b64(80))}\nSNELSTART_SUBSCRIPTION={S(g.s(HEX, 32))}")
    add("stampli", f"stampli:\n  api_key: {S(g.s(HEX, 48))}\n  org: 77120")
    add("yooz", f"YOOZ_LOGIN={U('ap_automation')}\nYOOZ_PASSWORD={S(g.password())}")
    add("vicai", f"VIC_AI_TOKEN={S(g.s(LOWNUM, 48))}\nVIC_AI_ORG=harbour-accountants")
    add("volopay", f"Volopay API key කියන්නේ මේක: {S(g.s(HEX, 40))}. කරුණාකර GitHub එකට දාන්න එපා.")
    add("pliant", f"PLIANT_CLIENT_ID={g.uuid()}\nPLIANT_CLIENT_SECRET={S(g.mixed(ALNUM, 48))}")
    add("rillet", f"rillet:\n  api_key: \"{S('rl_' + g.s(HEX, 48))}\"")

    # non-profit fundraising and CRM --------------------------------------------------------
    add("salsalabs", f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: salsa-engage\n  namespace: advocacy\ntype: Opaque\nstringData:\n  SALSA_ENGAGE_TOKEN: \"{S(g.s(ALNUM, 44) + '-' + g.s(ALNUM, 20))}\"")
    add("winred", f"- name: Nightly donor export\n  env:\n    WINRED_API_KEY: {S(g.s(HEX, 40))}\n  run: python export_donors.py --since yesterday")
    add("wildapricot", f"POST /auth/token HTTP/1.1\nHost: oauth.wildapricot.org\nAuthorization: Basic {S(g.b64(36))}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&scope=auto")
    add("wealthengine", f"WEALTHENGINE_API_KEY={S(g.uuid())}\nWEALTHENGINE_ENV=prod")
    add("windfall", f"windfall:\n  org: coastal-food-bank\n  token: {S(g.mixed(ALNUM, 40))}")
    add("omatic", f"Omatic Cloud (ImportOmatic) connector — username {U('io_import_svc')}, password {S(g.password())}. The data team will rotate it after the year-end appeal.")
    add("novi", f"NOVI_AMS_API_KEY={S(g.b64(32))}\nNOVI_AMS_TENANT=state-nurses-association")
    add("nimble", f"const nimble = axios.create({{ baseURL: 'https://app.nimble.com/api/v1', headers: {{ Authorization: 'Bearer {S(g.s(LOWNUM, 30))}' }} }});")
    add("patreon", f"PATREON_CLIENT_ID={g.s(ALNUM, 64)}\nPATREON_CLIENT_SECRET={S(g.s(ALNUM, 64))}\nPATREON_CREATOR_ACCESS_TOKEN={S(g.s(ALNUM, 43))}")
    add("swiftaid", f"swiftaid.api_key={S(g.s(HEX, 32))}\nswiftaid.charity_number=1100452")
    add("thankview", f"ThankView video campaign sync:\n  token: {S(g.s(ALNUM, 60))}\n  campaign: giving-tuesday-27")
    add("snowball", f"Snowball fundraising webhook secret: {S(g.s(HEX, 32))}\nEndpoint: https://crm.shelter-partners.org/hooks/snowball")
    add("wegive", f"WEGIVE_API_KEY={S('wg_' + g.mixed(ALNUM, 40))}")
    add("sumac", f"Sumac API: organization 4411, security token {S(g.s(UPNUM, 16))}, user {E('ops@youthcamp-ontario.ca')}")

    # public transport and mobility ---------------------------------------------------------
    add("uber", f"UBER_CLIENT_ID={g.s(B64URL, 32)}\nUBER_CLIENT_SECRET={S(g.s(B64URL, 40))}\nUBER_ORG_ID={g.uuid()}")
    add("ola", f"ओला कॉर्पोरेट API की चाबी: {S(g.s(HEX, 32))}\nपुणे ऑफिसच्या कर्मचाऱ्यांच्या राईड रिपोर्टसाठी वापरतो, कृपया ही Git मध्ये टाकू नका.")
    add("nextbike", f"NEXTBIKE_API_KEY={S(g.s(ALNUM, 16))}\nNEXTBIKE_DOMAIN=le")
    add("tier", cody_tool("run_terminal_command", {"command": "cat infra/tier.tfvars"}, f"tier_api_key    = \"{S(g.s(HEX, 40))}\"\ntier_zone       = \"vienna-inner\"\nfleet_batch_max = 150"))
    add("voi", f"voi_operator:\n  city: tallinn\n  client_id: voi-b2b-tll\n  client_secret: {S(g.mixed(ALNUM, 40))}")
    add("spin", f"SPIN_MDS_TOKEN={S(g.jwt(dumps({'provider_id': 'spin', 'aud': 'mds.city.gov'}, separators=(',', ':'))))}")
    add("poppy", f"Poppy car-sharing partner feed for the Brussels region:\n  https://api.poppy.be/partner/v1/vehicles?token={S(g.s(HEX, 40))}")
    add("swapfiets", f"SWAPFIETS_API_KEY={S(g.s(HEX, 32))}\nSWAPFIETS_COUNTRY=BE")
    add("vanmoof", f"{{\"cells\": [{{\"cell_type\": \"code\", \"source\": [\"import vanmoof\\n\", \"client = vanmoof.Client(email='{E('fleet@velo-coop.nl')}', password='{S(g.password())}')\\n\", \"bikes = client.bikes()\"]}}]}}")
    add("pbsc", f"PBSC API (bike share back office, Montréal):\n  client_id=bixi-ops\n  client_secret={S(g.mixed(ALNUM, 36))}")
    add("smoove", f"smoove:\n  operator: velo-lyon-sud\n  api_token: {S(g.s(HEX, 48))}")
    add("ridecell", f"RIDECELL_TENANT=fleetshare-ch\nRIDECELL_API_KEY={S(g.s(HEX, 40))}")
    add("wunder", f"Wunder Mobility Fleet API — Grüezi, der Token für Zürich: {S(g.mixed(ALNUM, 48))}. Bitte nur im Secret Store von Azure ablegen.")
    add("zipcar", f"zipcar_business_password={S(g.password())}\nzipcar_business_user={E('fleet.admin@brightpath-consulting.com')}")
    add("sharenow", f"SHARENOW_CLIENT_ID=share-now-b2b-ham\nSHARENOW_CLIENT_SECRET={S(g.mixed(ALNUM, 40))}")
    add("via", f"Via Transportation on-demand partner API:\n  Authorization: Basic {S(g.b64(30))}\n  city: jersey-city")
    add("optibus", f"OPTIBUS_CLIENT_SECRET={S(g.mixed(ALNUM, 48))}\nOPTIBUS_DATASET=winter-timetable-2027")
    add("remix", f"REMIX_API_TOKEN={S(g.s(HEX, 40))}\nREMIX_PROJECT=bus-network-redesign")
    add("trapeze", f"Server=trapeze-db.transit.local;Database=TRAPEZE_PASS;User Id={U('trpz_report')};Password={S(g.password())};Encrypt=True;")
    add("waze", f"מפתח ה-API של Waze for Cities לפרויקט התחבורה בחיפה: {S(g.s(HEX, 32))}. אל תכניסו אותו לריפו.")
    add("transdev", f"transdev_fares:\n  brand: metro-valley\n  api_key: {S(g.s(HEX, 48))}\n  api_secret: {S(g.b64(32))}")
    add("tokentransit", f"TOKEN_TRANSIT_API_KEY={S('tt_live_' + g.s(LOWNUM, 32))}")
    add("passportinc", f"passport_parking:\n  operator_id: city-of-raleigh\n  api_key: {S(g.s(HEX, 40))}")
    add("parkmobile", f"$ curl -H 'Authorization: Bearer {S(g.jwt(dumps({'sub': 'enforcement-app', 'zone': '23001'}, separators=(',', ':'))))}' https://api.parkmobile.io/enforcement/v1/sessions?zone=23001\n[]")
    add("paybyphone", f"Hi team, the PayByPhone enforcement API password is {S(g.password())} (user {U('pbp_enf_lisbon')}). Could you put it in the secret manager and remove it from this Teams chat?")
    add("ringgo", f"ringgo:\n  user: {U('ringgo_council_api')}\n  password: {S(g.password())}")
    add("ridango", f"RIDANGO_API_KEY={S(g.s(HEX, 32))}\nRIDANGO_OPERATOR=tartu-linnaliin")
    add("zeelo", f"ZEELO_API_TOKEN={S(g.s(ALNUM, 48))}\nZEELO_SITE=jlr-solihull")
    add("padam", f"Padam Mobility — clé API transport à la demande (Namur): {S(g.uuid())}")
    add("spare", f"SPARE_API_KEY={S('sk_' + g.s(LOWNUM, 40))}\nSPARE_ORG=microtransit-okotoks")
    add("tripshot", f"tripshot.api.token={S(g.s(HEX, 48))}\ntripshot.api.base=https://api.tripshot.com")
    add("sncf", f"SNCF_NAVITIA_TOKEN={S(g.uuid())}")
    add("rejseplanen", f"REJSEPLANEN_ACCESS_ID={S(g.s(HEX, 32))}")
    add("renfe", f"Oye, el usuario de Renfe Data para el robot de incidencias es {U('renfe_incid_bot')} y la contraseña {S(g.password())}. Mejor lo guardamos en AWS Secrets Manager.")
    add("trenitalia", f"[trenitalia_b2b]\nagency_code = 55432\nusername = {U('agz_roma_b2b')}\npassword = {S(g.password())}")
    add("vy", f"VY_SUBSCRIPTION_KEY={S(g.s(HEX, 32))}\n# Vy tog-API (Oslo S), brukt av informasjonsskjermene")
    add("wienerlinien", f"WL_SENDER={S(g.s(ALNUM, 16))}\n# Wiener Linien Echtzeit (alte API)")
    add("rmv", f"https://www.rmv.de/hapi/departureBoard?accessId={S(g.uuid())}&id=3000010&format=json")
    add("vbb", f"VBB_ACCESS_ID={S(g.s(LOWNUM, 8) + '-' + g.s(LOWNUM, 4) + '-' + g.s(LOWNUM, 4) + '-' + g.s(LOWNUM, 4) + '-' + g.s(LOWNUM, 12))}")
    add("stib", f"STIB_OPENDATA_KEY={S(g.s(HEX, 32))}\n# STIB-MIVB waiting times, Bruxelles")
    add("septa", f"septa:\n  key: {S(g.s(HEX, 40))}\n  route_filter: [MFL, BSL]")
    add("njtransit", f"NJT_USERNAME={U('nj_feed_dev')}\nNJT_PASSWORD={S(g.password())}\nNJT_GTFS=https://developer.njtransit.com/api/GTFSG/getGTFS")
    add("translink", f"TRANSLINK_API_KEY={S(g.s(ALNUM, 20))}\n# Vancouver RTTI")
    add("ptv", f"PTV_DEV_ID=3000{g.s(DIGITS, 3)}\nPTV_API_KEY={S(g.uuid())}")
    add("tfnsw", f"curl -H 'Authorization: apikey {S(g.jwt(dumps({'jti': 'tfnsw', 'iat': 1790000000}, separators=(',', ':'))))}' https://api.transport.nsw.gov.au/v1/gtfs/realtime/buses")
    add("octranspo", f"OC_APP_ID={g.s(HEX, 8)}\nOC_API_KEY={S(g.s(HEX, 32))}")
    add("stm", f"STM_API_KEY={S('l7' + g.s(HEX, 30))}\n# STM Montréal GTFS-RT")
    add("ttc", f"TTC_NEXTBUS_PARTNER_KEY={S(g.s(HEX, 32))}")
    add("trimet", f"TRIMET_APP_ID={S(g.s(HEXU, 25))}")
    add("sptrans", f"Olho Vivo SPTrans: POST /v2.1/Login/Autenticar?token={S(g.s(HEX, 64))}\nRetorno: true")
    add("navitime", f"NAVITIME_RAPIDAPI_KEY={S(g.s(HEX, 50))}\n# 乗換案内（東京）")
    add("nextbus", f"NEXTBUS_AGENCY=sf-muni\nNEXTBUS_API_KEY={S(g.s(HEX, 32))}")
    add("umo", f"umo:\n  agency: valley-metro\n  client_id: umo-fare-capping\n  client_secret: \"{S(g.mixed(ALNUM, 40))}\"")
    add("openssh:depot", f"[read_file ~/.ssh/depot_gateway]\n{S(g.openssh())}", ["pem"])

    # more carriers and languages -----------------------------------------------------------
    add("piletilevi", f"Tere! Piletilevi partneri API ühendus: https://{U('kontsert_tartu')}:{S(g.password())}@partner.piletilevi.ee/api/v2/events — kas saaksid selle keskkonnamuutujasse tõsta? Praegu on see otse cron-skriptis.")
    add("ticketshop", f"diff --git a/sync/ticketshop.py b/sync/ticketshop.py\nindex 71c0e2a..9d3f4b8 100644\n--- a/sync/ticketshop.py\n+++ b/sync/ticketshop.py\n@@ -3,3 +3,4 @@ import requests\n BASE = \"https://api.ticketshop.lv/v1\"\n+API_ATSLEGA = \"{S(g.s(HEX, 40))}\"  # pagaidām, kamēr nav Vault\n def pasakumi():")
    add("tiketa", f"Labas, Tiketa sistemos slaptažodis pardavimų ataskaitoms: {S(g.password())}, vartotojas {U('ataskaitos_vilnius')}. Prašau neįkelti į repozitoriją.")
    add("ticketportal", f"Ahoj, do Ticketportalu sme dostali nový API kľúč pre amfiteáter v Trenčíne: {S(g.s(ALNUM, 32))}. Dajte ho prosím do GitLab CI ako chránenú premennú.")
    add("ticketino+starticket", f"# Tickets Schweiz\nTICKETINO_API_KEY={S(g.s(HEX, 32))}\nSTARTICKET_USER={U('gurten_feed')}\nSTARTICKET_PASSWORD={S(g.password())}", ["ticketino", "starticket"])
    add("ticketcorner", f"Grüezi! Der Ticketcorner-Partnerzugang fürs Hallenstadion läuft über diese Adresse: amqps://{U('hs_partner')}:{S(g.password())}@mq.ticketcorner.ch:5671/events — bitte nicht so in die Doku übernehmen.")
    add("oeticket", f"oeticket:\n  veranstalter: donauinselfest-partner\n  api_secret: \"{S(g.mixed(ALNUM, 40))}\"  # Servus, bitte vor dem Merge in den Vault")
    add("ticketline", f"Olá, a chave da API da Ticketline para o Coliseu do Porto é {S(g.s(HEX, 32))}. Coloca-a no cofre do Azure, por favor, e não no appsettings.json.")
    add("sympla", f"Oi! O token da Sympla pro evento de Recife tá no código: `const SYMPLA_TOKEN = '{S(g.s(HEX, 64))}'`. Dá pra mover pro .env antes do PR?")
    add("tuboleta+superboletos", f"| plataforma | variable | valor |\n|---|---|---|\n| TuBoleta | TUBOLETA_API_KEY | {S(g.s(UPNUM, 24))} |\n| Superboletos | SUPERBOLETOS_SECRET | {S(g.mixed(ALNUM, 32))} |\n| Mapa | MAP_TILES | https://tiles.example.org/{{z}}/{{x}}/{{y}} |", ["tuboleta", "superboletos"])
    add("puntoticket", f"Hola, el token de Puntoticket para el Movistar Arena de Santiago: {S(g.uuid())}. ¿Me ayudas a sacarlo del docker-compose.yml?")
    add("yes24", f"YES24 티켓 파트너 API 키입니다: {S(g.s(HEX, 40))}\n공연장 연동 스크립트에만 쓰고, 깃에는 올리지 마세요.")
    add("ticketlink", f"ticketlink:\n  partner_code: TL-BUSAN-07\n  secret: \"{S(g.mixed(ALNUM, 32))}\"  # 부산 공연장 연동")
    add("pia", f"チケットぴあ連携APIのパスワードを共有します：{S(g.password())}（ユーザー：{U('pia_link_osaka')}）。作業後に変更してください。")
    add("tixcraft+opentix", f"拓元（tixCraft）與 OPENTIX 的串接設定：\nTIXCRAFT_API_KEY={S(g.s(HEX, 32))}\nOPENTIX_CLIENT_SECRET={S(g.mixed(ALNUM, 40))}\n請勿提交到 GitHub。", ["tixcraft", "opentix"])
    add("uklon", f"Привіт! Токен Uklon Business для корпоративних поїздок київського офісу: {S(g.s(HEX, 48))}. Поклади його, будь ласка, в секрети GitHub Actions.")
    add("yango", f"Yango Deli/Taxi B2B — ключ API для офиса в Ташкенте: {S(g.s(HEX, 32))}, client id 7781. Не коммитьте его.")
    add("pathao", f"Pathao Courier API এর client secret: {S(g.mixed(ALNUM, 40))}। এটা .env ফাইলে রাখুন, কোডে না।")
    add("pickme", f"PickMe Business API යතුර: {S(g.s(HEX, 40))}\nකොළඹ කාර්යාලයේ ගමන් වාර්තා සඳහා පමණක් භාවිතා කරන්න.")
    add("tada+passapp", f"TADA និង PassApp សម្រាប់ការិយាល័យភ្នំពេញ៖\nTADA_API_KEY={S(g.s(HEX, 32))}\nPASSAPP_TOKEN={S(g.mixed(ALNUM, 40))}", ["tada", "passapp"])
    add("yassir", f"سلام خويا، الكلي تاع Yassir API للتوصيل في العاصمة: {S(g.mixed(ALNUM, 36))}. ما تحطوش في GitHub.")
    add("snapp+tapsi", f"کلیدهای API تاکسی اینترنتی برای سفرهای سازمانی:\nSNAPP_API_KEY={S(g.s(HEX, 32))}\nTAPSI_CLIENT_SECRET={S(g.mixed(ALNUM, 40))}\nلطفاً این‌ها را در گیت قرار ندهید.", ["snapp", "tapsi"])
    add("obilet", f"obilet:\n  partner_id: 4412\n  api_key: \"{S(g.s(HEX, 40))}\"  # Ankara-İzmir otobüs seferleri, prod anahtarı")
    add("tanda", f"mongodb+srv://{U('tanda_roster_sync')}:{S(g.password())}@cluster0.payroll-au.mongodb.net/rosters?retryWrites=true")
    add("quipu", f"Hola, el token de Quipu para la gestoría de Valencia es {S(g.mixed(ALNUM, 40))}. Lo necesito en el script de facturas, pero que no quede en el repo.")
    add("payhero", f"redis://:{S(g.password())}@payhero-queue.internal:6379/2  # PayHero payroll export jobs")
    add("taxually", f"TAXUALLY_API_KEY={S(g.s(HEX, 48))}\n# VAT filings DE/FR/IT for the fashion outlet")
    return out


def pii(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(src: str, t: str) -> None:
        out.append((f"holdout25:{src}", t))

    def card(prefix: str, n: int = 16) -> str:
        return luhn_complete(prefix, n, g)

    # factories, aerospace, mining -----------------------------------------------------------
    add("shift-handover-es-mx", f"Entrega de turno — Planta Apodaca, línea 2\nSupervisor saliente: {P('Rogelio Zamarripa Treviño')}\nSupervisora entrante: {P('Itzel Cuauhtémoc Bautista')}\nPendiente: el PLC de la prensa 7 se reinicia solo. Si pasa de nuevo llamar a mantenimiento al {T('+52 81 1642 7730')} o escribir a {E('itzel.bautista@metalformados-nl.mx')}.")
    add("badge-export-cs", cody_tool("read_file", {"path": "exports/badges_plzen.csv"}, f"badge,jmeno,datum_narozeni,telefon\n40117,{P('Kateřina Vondráčková')},{D('14.03.1991')},{T('+420 734 118 062')}\n40118,{P('Radek Šťastný')},{D('02.11.1987')},{T('+420 603 495 210')}"))
    add("git-log-de-at", shell("git log -3 --format='%an <%ae> %s' -- mes/connector", f"{P('Leopold Hinterberger')} <{E('l.hinterberger@kunststoff-wels.at')}> OPC-UA Timeout erhöht\n{P('Aylin Demirtaş')} <{E('aylin.demirtas@kunststoff-wels.at')}> Schichtmodell 3x8\n{P('Florian Pichler')} <{E('f.pichler@kunststoff-wels.at')}> fix: Zählerstand doppelt"))
    add("home-path-ja", f"Traceback (most recent call last):\n  File \"/Users/{U('takumi.kawaguchi')}/work/scada-bridge/poll.py\", line 44, in <module>\n    client.connect()\nConnectionRefusedError: [Errno 61] Connection refused\n\nこのエラーは何ですか？PLCのIPは192.168.0.10です。")
    add("pilot-roster", f"| Pilot | Base | Mobile | Email |\n|---|---|---|---|\n| {P('Marisol Ekwueme')} | Helena base | {T('(406) 555-0187')} | {E('marisol.e@bigskyaerial.com')} |\n| {P('Dmitri Volkonsky')} | Billings base | {T('(406) 555-0143')} | {E('dvolkonsky@bigskyaerial.com')} |")
    add("hr-record-is", f"Starfsmannaskrá — flugvirki\nNafn: {P('Guðrún Hallgrímsdóttir')}\nKennitala: {N('120588-2349')}\nHeimilisfang: {A('Hraunbæ 102, 110 Reykjavík')}\nSími: {T('+354 862 4410')}\nReikningur: {I(iban('IS', g.s(DIGITS, 22)))}")
    add("drone-incident-uk", f"Incident report DR-2291\nRemote pilot: {P('Oleksandr Hrytsenko')}\nHome address: {A('Flat 4, 17 Mill Lane, Leeds LS12 4HT')}\nDate of birth: {D('7 June 1994')}\nContact: {T('07700 900 418')}\nSummary: loss of link at 85 m AGL over the quarry, RTH engaged.")
    add("mine-induction-zu", f"Ifomu yokungena emayini — Rustenburg\nIgama: {P('Sibusiso Mthembu')}\nUsuku lokuzalwa: {D('1989-08-21')}\nInombolo kamazisi: {N('8908215123086')}\nUcingo: {T('+27 82 664 1093')}\nIkheli: {A('45 Nelson Mandela Drive, Rustenburg, 0299')}")
    add("payroll-slip-nb", f"Lønnsslipp november — Hammerfest LNG\nAnsatt: {P('Sigrun Aasheim Nilsen')}\nFødselsnummer: {N('03079245612')}\nKonto: {I(iban('NO', g.s(DIGITS, 11)))}\nAdresse: {A('Storgata 12, 9600 Hammerfest')}")
    add("hse-chat-ar-gulf", f"هلا، المشرف {P('خالد بن سعيد الكعبي')} يقول إن العامل {P('عمران حسين')} تعرض لإصابة بسيطة في الحفار رقم ٧. رقم جواله {T('+971 50 418 2276')} ، وإيميله {E('imran.hussain@desertrig-ops.ae')}. نحتاج نعبي نموذج الحادث اليوم.")
    add("rig-crew-list-ru", f"Вахта 14/14, куст 212:\n1. {P('Тимур Рашидович Галиев')}, д.р. {D('11.09.1985')}, тел. {T('+7 912 640-33-18')}\n2. {P('Анастасия Крюкова')}, д.р. {D('30.01.1993')}, тел. {T('+7 922 117-04-56')}\nСменный мастер: {P('Игорь Белоусов')}")
    add("contractor-invoice-tr", f"FATURA #2026-1187\nYüklenici: {P('Emre Kocabıyık')}\nAdres: {A('Atatürk Bulvarı No:144 D:6, 06640 Çankaya/Ankara')}\nTC Kimlik: {N('31904128776')}\nIBAN: {I(iban('TR', g.s(DIGITS, 5) + '0' + g.s(DIGITS, 16)))}\nHizmet: Kuyu başı vana bakımı, 3 gün")
    add("ip-personal-vpn", f"Access log excerpt — the only login to the historian from outside the plant last night came from {P('Benedikt Aigner')}'s home connection, {IP('84.115.201.77')}, at 02:13. Could you ask him whether that was him?")
    add("xcode-chat-ko", xcode_chat("CrewProfile.swift", "프리뷰에 실제 데이터 넣어도 돼요?", f"프리뷰에 `CrewProfile(name: \"{P('박지훈')}\", phone: \"{T('010-4821-7730')}\", birth: \"{D('1992-05-17')}\")` 처럼 실제 직원 정보가 들어가 있어요. 가짜 데이터로 바꾸는 걸 권장합니다."))
    add("mn-geologist", f"Сайн байна уу! Геологич {P('Батбаяр Энхтуяа')}-ийн утас {T('+976 9911 4072')}, и-мэйл {E('enkhtuya.b@gobi-minerals.mn')}. Өмнөговь дахь өрөмдлөгийн тайланг түүнд илгээнэ үү.")
    add("aider-crew-hu", aider_hist("a tesztadatokat cseréld le, ezek valódiak", f"Igazad van, a `fixtures/dolgozok.json` valódi adatokat tartalmaz ({P('Szabó Réka')}, {E('reka.szabo@bauxit-halimba.hu')}, {T('+36 30 512 8841')}). Lecserélem őket kitalált értékekre."))

    # fashion and retail ------------------------------------------------------------------------
    add("order-export-pt-br", f"pedido,cliente,cpf,email,endereco\n88120,{P('Luana Figueiredo Sampaio')},{N('318.406.927-50')},{E('luana.sampaio@uol.com.br')},{A('Rua Augusta 1508, apto 32, Consolação, São Paulo - SP, 01304-001')}\n88121,{P('Thiago Moreira')},{N('052.771.369-08')},{E('thiagomoreira88@gmail.com')},{A('Av. Sete de Setembro 220, Salvador - BA, 40060-000')}")
    add("chargeback-card", f"Chargeback ticket #CB-4471\nCustomer: {P('Priyanka Raghunathan')}\nCard: {C(grouped_card(card('4539')))}\nBilling: {A('88 Queen Street West, Toronto, ON M5H 2M5')}\nPhone: {T('+1 416 555 0192')}\nReason: item not received (linen trench, size M)")
    add("returns-chat-fr-be", f"Bonjour, c'est {P('Maëlle Vanderstraeten')}. Je voudrais retourner la robe commandée la semaine passée. Mon adresse: {A('Rue de la Brasserie 41, 1050 Ixelles')}. Vous pouvez me joindre au {T('+32 478 21 66 09')}. Le remboursement sur {I(iban('BE', g.s(DIGITS, 12)))} svp.")
    add("vip-crm-zh-tw", f"VIP 客戶資料（信義店）\n姓名：{P('林佳穎')}\n生日：{D('1990年4月18日')}\n手機：{T('0912-345-678')}\n地址：{A('台北市信義區松仁路100號12樓')}\n電子郵件：{E('chiaying.lin@gmail.com')}")
    add("stylist-notes-it", f"Note della stylist per la cliente {P('Ginevra Bonaccorsi')} (tel. {T('+39 347 902 1158')}): taglia 40, preferisce lino e colori neutri. Consegna a {A('Via Solferino 27, 20121 Milano')}.")
    add("marketplace-seller-ms", f"Penjual baru di platform kami:\nNama: {P('Nurul Aisyah binti Kamaruddin')}\nNo. KP: {N('910423-14-5528')}\nTelefon: {T('+60 12-718 4403')}\nAlamat: {A('No. 22, Jalan SS 15/4, 47500 Subang Jaya, Selangor')}")
    add("fraud-review-json", mcp_result(dumps({"order": "W-220183", "risk": 0.91, "customer": {"name": P("Jarrah Whitfield"), "email": E("jarrah.whitfield@outlook.com"), "ip": IP("101.176.42.9"), "card_last4": "4471"}, "shipping": A("9 Banksia Crescent, Fremantle WA 6160")})))
    add("size-exchange-uk-ua", f"Добрий день! Мене звати {P('Ярослава Кравчук')}, замовлення №55120. Прошу обміняти кросівки на розмір 38. Адреса: {A('вул. Сагайдачного 14, кв. 9, Київ, 04070')}, телефон {T('+380 67 412 95 03')}.")
    add("loyalty-csv-nl-be", f"klantnr;naam;geboortedatum;gsm\nLB-7781;{P('Jolien De Smedt')};{D('22/08/1996')};{T('0479 55 18 21')}\nLB-7782;{P('Pieter-Jan Verhaegen')};{D('03/12/1984')};{T('0486 30 77 14')}")
    add("review-comment-card", review_comment("tests/fixtures/checkout.json", 12, f"This fixture contains what looks like a real card (`{C(card('5412', 16))}`) and a real customer name ({P('Anneliese Brückner')}). Please replace with a test PAN such as the processor's documented ones."))
    add("amex-ticket-ar-maghreb", f"سلام، الزبونة {P('فاطمة الزهراء بنعلي')} اتصلت وقالت بلي البطاقة ديالها {C(card('37', 15))} تخصمات مرتين. الهاتف ديالها {T('+212 661 47 20 93')}. عافاك شوف المعاملة.")

    # ticketing ---------------------------------------------------------------------------------
    add("accessibility-request", f"Hi, I'm {P('Declan Ó Súilleabháin')} and I booked two wheelchair spaces for the 14 March show (order TT-88210). My carer is {P('Niamh Brennan')}. Best number is {T('+353 87 412 0936')}. Thanks!")
    add("guest-list-lv", f"Viesu saraksts — koncerts Arēnā Rīga\n{P('Elīna Kalniņa')} +1, {T('+371 2941 7706')}\n{P('Mārtiņš Ozoliņš')}, {E('martins.ozolins@inbox.lv')}\n{P('Dace Liepiņa')}, {T('+371 2655 0318')}")
    add("refund-et", f"Tere! Soovin raha tagasi tühistatud festivali eest. Nimi: {P('Kertu Tamm')}, isikukood {N('49203112745')}, konto {I(iban('EE', g.s(DIGITS, 16)))}. Aitäh!")
    add("scanner-log-lt", f"2026-11-21 20:41:07 gate=B3 ticket=VLN-55120 holder=\"{P('Gediminas Petrauskas')}\" dob={D('1998-02-09')} status=ADMITTED\n2026-11-21 20:41:11 gate=B3 ticket=VLN-55121 holder=\"{P('Austėja Kazlauskienė')}\" dob={D('2001-07-30')} status=ADMITTED")
    add("promoter-contract-sk", f"ZMLUVA O SPOLUPRÁCI\nPromotér: {P('Matej Hrušovský')}, nar. {D('5. 4. 1988')}, bytom {A('Obchodná 52, 811 06 Bratislava')}\nBankové spojenie: {I(iban('SK', g.s(DIGITS, 20)))}\nKontakt: {E('matej.hrusovsky@koncerty-ba.sk')}")
    add("presale-form-sl", f"Obrazec za predprodajo:\nIme in priimek: {P('Tjaša Kovačič')}\nE-pošta: {E('tjasa.kovacic@siol.net')}\nTelefon: {T('+386 41 622 803')}\nNaslov: {A('Trubarjeva cesta 18, 1000 Ljubljana')}")
    add("box-office-be", f"Квіткі на канцэрт у Мінску замовіла {P('Алеся Шчаснавіч')}, тэлефон {T('+375 29 612-44-80')}, пошта {E('alesia.shchasnavich@tut.by')}. Трэба выслаць пацверджанне.")
    add("vip-crm-az", f"VIP qonaq: {P('Leyla Məmmədova')}\nDoğum tarixi: {D('19.11.1990')}\nMobil: {T('+994 50 318 44 27')}\nÜnvan: {A('Nizami küçəsi 71, mənzil 15, Bakı AZ1000')}")
    add("chat-export-fa", f"[۱۴:۰۲] {P('نیلوفر احمدی')}: بلیت‌ها رو برای کنسرت تهران گرفتم\n[۱۴:۰۳] {P('آرش کریمی')}: عالیه! شماره من {T('0912 448 7310')} هست، بلیتمو بفرست\n[۱۴:۰۵] {P('نیلوفر احمدی')}: ایمیلتو بده: \n[۱۴:۰۶] {P('آرش کریمی')}: {E('arash.karimi.music@gmail.com')}")
    add("refund-card-he", f"שלום, אני {P('נועה ברקוביץ')}, הזמנתי כרטיסים להופעה בבארבי וההופעה בוטלה. החיוב היה בכרטיס {C(card('4580', 16))}. ת.ז. {N('302418576')}. טלפון: {T('054-771-2093')}.")

    # accounting and payroll -------------------------------------------------------------------
    add("payroll-change-de-ch", f"Mutationsmeldung Lohn — per 1. Dezember\nMitarbeiterin: {P('Seraina Caduff')}\nAHV-Nr.: {N('756.4419.2203.18')}\nNeue Adresse: {A('Bahnhofstrasse 9, 7000 Chur')}\nNeues Konto: {I(iban('CH', g.s(DIGITS, 17)))}")
    add("w2-us", f"W-2 correction request\nEmployee: {P('Tamika Rae Jefferson')}\nSSN: {N('512-48-7730')}\nDOB: {D('09/14/1986')}\nAddress: {A('2207 Magnolia Ave, Apt 3B, Birmingham, AL 35205')}\nPlease reissue box 12 code DD.")
    add("ledger-sql-es-ar", f"INSERT INTO proveedores (razon_social, cuit, titular, cbu_alias, email) VALUES\n  ('Estudio Contable Ferraro', '30-71566012-9', '{P('Lucía Ferraro')}', 'ferraro.estudio.sur', '{E('lucia.ferraro@estudioferraro.com.ar')}');")
    add("client-onboarding-bn", f"নতুন ক্লায়েন্ট (কর ফাইলিং)\nনাম: {P('তানভীর আহমেদ চৌধুরী')}\nজন্মতারিখ: {D('১২/০৩/১৯৮৭')}\nমোবাইল: {T('+880 1711-482093')}\nঠিকানা: {A('বাড়ি ২৩, রোড ৭, ধানমন্ডি, ঢাকা ১২০৫')}")
    add("payroll-mr", f"पगार बदलाची विनंती: कर्मचारी {P('स्नेहल पाटील')}, मोबाईल {T('+91 98220 41735')}, ईमेल {E('snehal.patil@lekha-associates.in')}. नवीन पत्ता: {A('फ्लॅट ५, साई सदन, कर्वे रोड, पुणे ४११००४')}.")
    add("invoice-ne", f"बिल नं. ०४४२\nग्राहक: {P('सुजाता श्रेष्ठ')}\nठेगाना: {A('ठमेल मार्ग ९, काठमाडौं ४४६००')}\nफोन: {T('+977 984-1234-567')}\nसेवा: वार्षिक लेखापरीक्षण")
    add("sepa-mandate-fr-ca", f"Mandat de prélèvement — Cabinet comptable Lévesque\nDébiteur : {P('Jean-Philippe Gagnon')}\nAdresse : {A('455, rue Saint-Jean, Québec (Québec) G1R 1P3')}\nCourriel : {E('jp.gagnon@videotron.ca')}\nTéléphone : {T('418 555-0176')}")
    add("expense-claim-pt", f"Reembolso de despesas — {P('Inês Carvalho Matos')}\nNIB/IBAN: {I(iban('PT', g.s(DIGITS, 21)))}\nTelemóvel: {T('+351 912 004 731')}\nMotivo: deslocação a Braga para auditoria")
    add("tax-portal-hu", f"Ügyfél: {P('Kovács Bence')}, adóazonosító jel: {N('8412307716')}, születési idő: {D('1981. 06. 02.')}, cím: {A('1137 Budapest, Pozsonyi út 38.')}")
    add("slack-export-it", dumps([{"user": "U02K9", "real_name": P("Federica Lombardi"), "text": "Mandami il cedolino di " + P("Marco Esposito") + ", il suo IBAN è " + I(iban("IT", "X" + g.s(DIGITS, 10) + g.s(DIGITS, 12))), "ts": "1795012001.0042"}]))
    add("cheque-sinhala", f"ගෙවීම් ලැබීම\nනම: {P('නිමල් පෙරේරා')}\nදුරකථන: {T('+94 77 412 8830')}\nලිපිනය: {A('42/3, ගාලු පාර, කොළඹ 03')}\nමුදල: රු. 45,000")
    add("xero-contact-my", f"ဖောက်သည်: {P('ခင်မာလာ')}\nဖုန်း: {T('+95 9 421 773 018')}\nလိပ်စာ: {A('အမှတ် ၁၂၊ ဗိုလ်ချုပ်လမ်း၊ ရန်ကုန်')}\nအီးမေးလ်: {E('khinmalar.acc@gmail.com')}")
    add("client-km", f"អតិថិជនថ្មី៖ {P('សុខ ចាន់ធា')}\nទូរស័ព្ទ៖ {T('+855 12 884 301')}\nអាសយដ្ឋាន៖ {A('ផ្ទះលេខ ២៤ ផ្លូវ ២៧១ ភ្នំពេញ')}")
    add("payroll-ha", f"Sannu, don Allah a canza asusun albashin {P('Aminu Bello Danjuma')}. Sabuwar lambar waya: {T('+234 803 417 2290')}. Imel: {E('aminu.danjuma@kanoaccounts.ng')}.")

    # non-profit -------------------------------------------------------------------------------
    add("donor-csv-us", f"donor_id,name,email,phone,address,card\n55012,{P('Harold Whitaker')},{E('hwhitaker1947@aol.com')},{T('(617) 555-0139')},{A('14 Elm Street, Brookline, MA 02446')},{C(card('4716'))}\n55013,{P('Yasmin Al-Farsi')},{E('yasmin.alfarsi@gmail.com')},{T('(617) 555-0172')},{A('220 Beacon St, Apt 5, Boston, MA 02116')},")
    add("gift-aid-uk", f"Gift Aid declaration\nFull name: {P('Bronwen Llewellyn')}\nHome address: {A('3 Heol y Bont, Caerphilly CF83 1AB')}\nEmail: {E('bronwen.llew@btinternet.com')}\nI want to Gift Aid my donation of £250 to Valleys Food Share.")
    add("legacy-pledge-de-at", f"Verlassenschaftszusage — {P('Hildegard Oberhuber')}, geb. {D('23.02.1941')}, {A('Linzer Gasse 7, 5020 Salzburg')}. Kontakt über Neffen {P('Martin Oberhuber')}, {T('+43 664 882 1903')}.")
    add("volunteer-form-es-mx", kilo_msg(f"Leí el formulario de voluntarios: {P('Guadalupe Itzamná Canul')}, {E('lupita.canul@hotmail.com')}, {T('999 412 7730')}, {A('Calle 60 #415 x 47, Centro, 97000 Mérida, Yuc.')}. ¿Quieres que lo importe al CRM de la fundación?"))
    add("crm-note-ko", f"후원자 메모: {P('최수민')} 님이 정기후원 계좌를 변경 요청함. 연락처 {T('010-2284-7391')}, 주소 {A('서울특별시 마포구 월드컵북로 396, 1203호')}, 생년월일 {D('1979-11-03')}.")
    add("major-gift-fr-be", f"Note de rencontre — grand donateur\nM. {P('Baudouin de Ligne-Hennaut')} et Mme {P('Sophie Vermeiren')} souhaitent soutenir le projet école. Adresse : {A('Avenue Louise 210, 1050 Bruxelles')}. Téléphone : {T('+32 2 640 18 77')}.")
    add("raffle-winner-zu", f"Siyakuhalalisela! Owinile: {P('Nomvula Dlamini')}, ucingo {T('+27 71 602 4458')}, i-imeyili {E('nomvula.d@webmail.co.za')}.")

    # transport and mobility -------------------------------------------------------------------
    add("ride-dispute-id", f"Rider complaint #RH-77410\nRider: {P('Adebayo Ogunleye')} ({E('adebayo.ogunleye@yahoo.com')}, {T('+44 7911 123 456')})\nDriver: {P('Kwame Asante')}\nPickup: {A('27 Old Gloucester Street, London WC1N 3AX')}\nRider says the fare was doubled.")
    add("bikeshare-account-no", tool_result_twice({"member": {"navn": P("Ingrid Solbakken"), "epost": E("ingrid.solbakken@online.no"), "mobil": T("+47 412 88 130"), "adresse": A("Thorvald Meyers gate 33, 0555 Oslo")}, "plan": "årskort"}))
    add("lost-property-de-ch", f"Fundbüro SBB Bern: Rucksack gefunden, darin ein Ausweis auf {P('Lorenz Aebischer')}, geb. {D('11.10.2003')}, Adresse {A('Länggassstrasse 51, 3012 Bern')}. Besitzer informiert unter {T('+41 79 518 22 60')}.")
    add("driver-onboarding-ar-maghreb", f"ملف سائق جديد (تونس العاصمة)\nالاسم: {P('يوسف بن عمار')}\nتاريخ الولادة: {D('1991/04/12')}\nالهاتف: {T('+216 22 418 390')}\nالعنوان: {A('12 نهج ابن خلدون، تونس 1001')}")
    add("transit-card-registration-ja", f"交通系ICカード記名登録\n氏名：{P('佐々木 美咲')}\n生年月日：{D('1997年2月14日')}\n電話番号：{T('090-3812-4476')}\n住所：{A('大阪府大阪市北区梅田3-1-1')}")
    add("scooter-fine-ru", f"Штраф за парковку самоката: пользователь {P('Максим Сергеевич Лаптев')}, телефон {T('+7 916 482-17-03')}, карта {C(card('2200', 16))}. Сумма 1500 ₽.")
    add("taxi-cc-tr", f"Sürücü başvurusu: {P('Zeynep Aksoy')}, doğum tarihi {D('08.05.1993')}, telefon {T('0532 418 77 20')}, e-posta {E('zeynepaksoy93@hotmail.com')}.")
    add("bus-cctv-request", f"Subject access request\nFrom: {P('Amara Okafor')} <{E('amara.okafor@protonmail.com')}>\nI travelled on route 38 on 12 November around 17:40 and request CCTV footage of myself. DOB {D('02/07/1990')}, Oyster card registered to {A('Flat 12, 88 Essex Road, London N1 8LU')}.")
    add("home-path-cs", shell("ls ~/projekty/mhd-brno", "gtfs_import.py  README.md  config.toml", prompt=f"{U('ondrej.vesely')}@ntb-dpmb:~$ "))
    add("home-path-win", f"PS C:\\Users\\{U('v.nguyenthanh')}\\source\\repos\\FareEngine> dotnet test\n  Passed!  - Failed: 0, Passed: 212, Skipped: 3")
    add("carpool-whatsapp-pt-br", f"[08:12, 21/11/2026] {P('Rafaela Nogueira')}: gente, quem vai pro aeroporto amanhã às 5h?\n[08:13, 21/11/2026] {P('Caio Albuquerque')}: eu! meu zap é {T('(31) 98812-4473')}\n[08:15, 21/11/2026] {P('Rafaela Nogueira')}: passo na {A('Rua da Bahia 1148, Belo Horizonte')}")
    add("ev-charging-receipt", f"Charging receipt #CH-20931\nDriver: {P('Søren Kjærgaard')}\nCard: {C(card('5137', 16))}\nAddress on file: {A('Vesterbrogade 112, 1620 København V')}\nkWh: 38.2")
    add("gemini-rider-en", gemini_assist("Anonymize this rider row for the bug report", f"The row `{P('Chiamaka Eze')}, {E('chiamaka.eze@gmail.com')}, {T('+1 (202) 555-0148')}, {A('1420 Columbia Rd NW, Washington, DC 20009')}` contains personal data. Here is an anonymized version: `Rider A, rider-a@example.com, +1 (202) 555-0100, 1 Example St`."))
    add("paratransit-eligibility", f"Paratransit eligibility file\nApplicant: {P('Rosalind Featherstone')}\nDOB: {D('March 3, 1948')}\nSSN: {N('219-66-4031')}\nAddress: {A('77 Willow Bend Rd, Dayton, OH 45402')}\nCaregiver phone: {T('937-555-0116')}")
    add("warp-crm-query", warp_block("psql -c \"select name, email, phone from members where id=9912\"", f"       name        |            email             |     phone\n-------------------+------------------------------+----------------\n {P('Mei-Ling Castellanos')} | {E('meiling.castellanos@gmail.com')} | {T('+1 312 555 0184')}\n(1 row)"))
    add("qodo-test-data", qodo_step("pytest tests/test_payroll.py -k iban -q", f"FAILED tests/test_payroll.py::test_iban_roundtrip - AssertionError: '{I(iban('DE', g.s(DIGITS, 18)))}' != 'DE00 0000 ...'\nholder={P('Friederike Langenscheidt')}\n1 failed, 14 passed in 0.82s"))
    add("opencode-hr-ro", opencode_part("read", {"filePath": "seed/employees.yaml"}, f"- name: {P('Andreea Popescu')}\n  email: {E('andreea.popescu@contabil-cluj.ro')}\n  phone: '{T('+40 744 512 309')}'\n  iban: {I(iban('RO', 'BTRL' + g.s(DIGITS, 16)))}"))
    add("trae-tickets", trae_log(["Reading support/tickets/48812.md", f"Customer {P('Hamid Rahimi')} ({E('h.rahimi@posteo.de')}) reports duplicate ticket charge", f"Card ending shown in screenshot: {C(card('4917', 16))} — full number visible, redacting in the reply draft"]))
    add("tabby-form", tabby_event("const demoUser = {\n  name: ", f"\"{P('Oluwaseun Adeyemi')}\",\n  email: \"{E('seun.adeyemi@gmail.com')}\",\n  phone: \"{T('+234 809 552 1170')}\",\n}};"))
    add("llm-cli-summary", llm_log("Summarize this complaint in one line", f"{P('Wiremu Tane Ngata')} ({T('021 448 3907')}, {A('14 Karaka Street, Rotorua 3010')}) says the bus driver skipped his stop twice and asks for a callback."))
    add("copilot-cli-hr-uk", copilot_cli("grep -i 'tribunal' hr/cases.csv", f"2026-10-14,{P('Gareth Pritchard-Jones')},{E('gareth.pj@gmail.com')},unfair dismissal,{A('18 Ffordd Las, Wrexham LL11 2AB')}"))
    add("eclipse-junit-fixture", eclipse_chat("Why does CustomerMapperTest fail?", f"The fixture builds `new Customer(\"{P('Henrike Vossberg')}\", \"{E('henrike.vossberg@web.de')}\", LocalDate.parse(\"{D('1983-10-27')}\"))` but the mapper expects the date as dd.MM.yyyy. Also consider replacing this real-looking person with synthetic data."))
    add("invoice-nl", f"Factuur 2026-0419\nAan: {P('Bram van der Linden')}\n{A('Keizersgracht 412, 1016 GC Amsterdam')}\nIBAN: {I(iban('NL', 'INGB' + g.s(DIGITS, 10)))}\nBetreft: jaarrekening 2025")
    add("hr-fi-dob", f"Uusi työntekijä: {P('Aino Väisänen')}, syntynyt {D('17.09.1995')}, puh. {T('+358 40 771 2284')}, osoite {A('Hämeenkatu 14 B 22, 33100 Tampere')}.")
    add("donor-pl", f"Darczyńca: {P('Zofia Wiśniewska-Kurek')}, tel. {T('+48 601 442 918')}, e-mail {E('zofia.kurek@wp.pl')}, adres {A('ul. Długa 44/12, 80-831 Gdańsk')}.")
    add("ride-receipt-vi", f"Biên lai chuyến đi\nKhách hàng: {P('Nguyễn Thị Thu Hà')}\nSĐT: {T('0903 418 772')}\nĐón tại: {A('72 Lê Thánh Tôn, Quận 1, TP. Hồ Chí Minh')}")
    add("hr-record-el", f"Στοιχεία εργαζομένου: {P('Δημήτρης Παπαδόπουλος')}, ημερομηνία γέννησης {D('04/06/1988')}, τηλ. {T('+30 694 412 7730')}, διεύθυνση {A('Ερμού 52, 10563 Αθήνα')}.")
    add("crew-login-ip", f"Security note: the MES admin console was opened from {IP('2a02:8108:1c40:3e00:91d4:6b21:aa07:5c13')} — that is {P('Jonas Weißkirchen')}'s home IPv6 per the VPN exception list. He confirmed it was him.")
    add("season-ticket-holder-ar", f"Socio: {P('Facundo Martín Iturralde')}\nDNI: {N('33.418.207')}\nNacimiento: {D('12/12/1987')}\nDomicilio: {A('Av. Corrientes 3247, piso 4, C1193 CABA')}\nCelular: {T('+54 9 11 4182-7730')}")
    add("payroll-mx-clabe", f"Alta en nómina: {P('Ximena Ochoa Valdivia')}, RFC {N('OOVX900312KL4')}, CURP {N('OOVX900312MJCCLM08')}, correo {E('ximena.ochoa@despacho-ochoa.mx')}, celular {T('33 1840 2296')}.")
    return out


def negatives(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(src: str, t: str) -> None:
        out.append((f"holdout25:{src}", t))

    add("gha-secrets-refs", "jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - name: Push MES config\n        env:\n          TULIP_API_KEY: ${{ secrets.TULIP_API_KEY }}\n          TULIP_API_SECRET: ${{ secrets.TULIP_API_SECRET }}\n        run: ./scripts/push_tables.sh --factory ${{ vars.FACTORY_ID }}")
    add("commit-ids", shell("git log --oneline -5", "3f9c2a1e fix(historian): handle tag rename on PI AF\n8d41b07c chore: bump pymodbus to 3.7.4\nc0ffee12 feat(oee): availability from downtime events\n5a7e9d3b docs: PLC naming convention\n1b2c3d4e test: fixture for S7 DB100 layout"))
    add("sha256-sums", "SHA256SUMS for firmware-groov-epic-4.2.1\n9f2c4e7a1b3d5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8  groov-epic-4.2.1.bin\n0d1e2f3a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f  groov-epic-4.2.1.sig")
    add("uuid-assets", "asset_id,asset_type,line\n7c1e4b9a-2f3d-4e8a-9b6c-0d5e1f2a3b4c,CNC,L1\n1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d,Robot,L1\n9e8d7c6b-5a4f-4e3d-2c1b-0a9f8e7d6c5b,Conveyor,L2")
    add("placeholders-env-example", "# .env.example — copy to .env and fill in\nSKYDIO_API_TOKEN=<your-token>\nPIX4D_CLIENT_ID=your-client-id\nPIX4D_CLIENT_SECRET=changeme\nNEARMAP_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxx\nUP42_PASSWORD=")
    add("env-lookup-python", "import os\n\nSEEQ_URL = os.environ.get(\"SEEQ_URL\", \"https://localhost:34216\")\nSEEQ_PASSWORD = os.environ[\"SEEQ_PASSWORD\"]\nVAISALA_SECRET = os.getenv(\"VAISALA_CLIENT_SECRET\")\nif not VAISALA_SECRET:\n    raise SystemExit(\"set VAISALA_CLIENT_SECRET\")")
    add("doc-example-aws", "From the vendor docs (example values only):\n\n    export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n    export AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n\nReplace both with the credentials of the drone-imagery bucket role.")
    add("coordinates-es", "Coordenadas de los pozos del campo Loma Campana (WGS84):\n- LC-1021: -38.2471, -68.9913\n- LC-1022: -38.2502, -68.9870\n- LC-1023: -38.2539, -68.9821\nProfundidad media: 2.950 m")
    add("versions-lock", "pymodbus==3.7.4\nasyncua==1.1.5\nopcua-client==0.98.13\npycomm3==1.2.14\nsnap7==1.4.1\npaho-mqtt==2.1.0\nsparkplug-b==1.0.3")
    add("build-numbers-ci", "Build #4812 (main) — passed in 6m 12s\nArtifact: mes-connector-2.14.0-b4812.tar.gz\nImage: ghcr.io/factoryops/mes-connector:2.14.0@sha256:4b7d9e1f2a3c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6\nPrevious: #4811 failed (flaky test_opc_reconnect)")
    add("order-numbers-pt", "Relatório de pedidos do dia 21/11:\nPED-2026-118204 — 3 itens — R$ 489,70 — enviado\nPED-2026-118205 — 1 item — R$ 129,90 — aguardando pagamento\nPED-2026-118206 — 5 itens — R$ 1.204,50 — cancelado\nTotal: 3 pedidos")
    add("sku-table", "| SKU | Descrição | Tam | Estoque |\n|---|---|---|---|\n| TRN-LIN-0412-M | Trench de linho areia | M | 14 |\n| TRN-LIN-0412-L | Trench de linho areia | L | 9 |\n| SNK-VLC-88-38 | Tênis couro branco | 38 | 22 |")
    add("ticket-barcodes-test", "# test fixtures — obviously fake tickets\nTICKETS = [\n    {\"barcode\": \"0000000000001\", \"seat\": \"A-1\", \"holder\": \"Test Holder\"},\n    {\"barcode\": \"0000000000002\", \"seat\": \"A-2\", \"holder\": \"Test Holder\"},\n]\nassert all(t[\"holder\"] == \"Test Holder\" for t in TICKETS)")
    add("event-schedule-it", "Programma Festival Jazz di Umbria — venerdì 18 luglio\n19:00 apertura cancelli (varco B)\n20:30 primo set, Arena Santa Giuliana\n22:15 secondo set\nBiglietti: settore A € 65, settore B € 45, codice evento UJ27-0718")
    add("iban-doc-format", "An IBAN has the form CCkk BBBB BBBB ..., where CC is the country code and kk the check digits. In the form validator we only check the length per country (DE: 22, AT: 20, NO: 15) and the mod-97 rule; see ISO 13616.")
    add("card-test-pans", "Payment sandbox test cards (from the processor's public docs):\n- 4242 4242 4242 4242 — succeeds\n- 4000 0000 0000 0002 — declined\n- 4000 0025 0000 3155 — requires 3DS\nUse any future expiry and any CVC.")
    add("jwt-structure-explain", "A JWT is three base64url parts separated by dots: header.payload.signature. Our payroll gateway only checks `exp` and `aud`; the signing key lives in KMS (`alias/payroll-jwt`). Never log the token itself, only its `jti`.")
    add("tf-variables", "variable \"xledger_token\" {\n  description = \"Xledger API token for the ledger sync\"\n  type        = string\n  sensitive   = true\n}\n\nresource \"aws_ssm_parameter\" \"xledger\" {\n  name  = \"/finance/xledger/token\"\n  type  = \"SecureString\"\n  value = var.xledger_token\n}")
    add("k8s-secretref", "env:\n  - name: SPENDESK_TOKEN\n    valueFrom:\n      secretKeyRef:\n        name: spendesk\n        key: token\n  - name: LOG_LEVEL\n    value: info")
    add("hash-migration-sql", "-- donors table migration 0042\nALTER TABLE donors ADD COLUMN email_sha256 CHAR(64);\nUPDATE donors SET email_sha256 = encode(digest(lower(email), 'sha256'), 'hex');\nCREATE INDEX donors_email_sha256_idx ON donors (email_sha256);")
    add("gtfs-stops", "stop_id,stop_name,stop_lat,stop_lon\n8503000,Zürich HB,47.378177,8.540192\n8507000,Bern,46.948832,7.439122\n8500010,Basel SBB,47.547412,7.589563")
    add("timestamps-log", "2026-11-26T06:00:01.114Z INFO  fare-engine started (pid 4127)\n2026-11-26T06:00:01.902Z INFO  loaded 18,204 fare rules\n2026-11-26T06:00:02.310Z WARN  tariff zone 7B has no capping rule\n2026-11-26T06:00:02.311Z INFO  ready on :8080")
    add("placeholder-chat-de", "Hallo, in der README steht `export SEVDESK_TOKEN=dein-token-hier`. Muss ich da wirklich meinen Token reinschreiben oder liest das Skript den aus der .env? Ich will nichts Echtes committen.")
    add("public-companies-fr", "Comparatif des plateformes de billetterie pour le festival : Weezevent, Yurplan, Shotgun et See Tickets. Critères : frais par billet, contrôle d'accès hors ligne, API publique, support en français. Décision prévue jeudi.")
    add("code-identifiers-ts", "export interface PayrollRun {\n  runId: string;\n  periodStart: Date;\n  periodEnd: Date;\n  secretRef: string; // name of the vault entry, not the secret\n  tokenTtlSeconds: number;\n}\n\nexport const DEFAULT_TOKEN_TTL = 3600;")
    add("sparkplug-topics", "spBv1.0/PressShop/NBIRTH/edge-node-04\nspBv1.0/PressShop/DDATA/edge-node-04/press-07\nspBv1.0/PressShop/NDEATH/edge-node-04\nQoS 1, retain false, bdSeq=42")
    add("flight-plan-icao", "(FPL-DRN41-VG\n-ZZZZ/L-V/S\n-ZZZZ0800\n-N0045 VFR\n-ZZZZ0030\n-DEP/4752N01310E DEST/4752N01310E OPR/LINEWALK DRONES RMK/BVLOS TRIAL)")
    add("mine-assay-ru", "Результаты пробирного анализа, скважина BH-2207:\nинтервал 112,0–114,0 м — Au 3,41 г/т\nинтервал 114,0–116,0 м — Au 0,87 г/т\nинтервал 116,0–118,0 м — Au 5,12 г/т\nЛаборатория: партия L-26-1187")
    add("well-api-numbers", "Permit list (API well numbers are public identifiers):\n42-317-41522-00-00 Martin County, TX\n42-329-44018-00-00 Midland County, TX\n30-025-50127-00-00 Lea County, NM")
    add("changeme-ini", "[historian]\nhost = historian.local\nuser = admin\npassword = changeme\n; default from the installer, the real one is set by Ansible at deploy time")
    add("mcp-empty-search", mcp_result("Searched 214 files for 'api_key' in plant-gateway/: 0 matches outside tests/. tests/fixtures/gateway.yaml uses api_key: TEST_ONLY_NOT_A_KEY."))
    add("review-comment-style", review_comment("src/tickets/seatmap.ts", 88, "Consider extracting `SECTION_COLORS` into the theme file; the seat map and the checkout summary both hard-code `#1f6feb`. Otherwise LGTM."))
    add("aider-refactor", aider_hist("rename token to accessToken everywhere in the ridehail client", "I'll update `client.ts`, `auth.ts` and the tests. The values still come from `process.env.RIDEHAIL_ACCESS_TOKEN`; nothing is hard-coded."))
    add("copilot-cli-env-list", copilot_cli("env | grep ^PAYROLL_ | cut -d= -f1", "PAYROLL_API_URL\nPAYROLL_API_TOKEN\nPAYROLL_COMPANY_ID\nPAYROLL_TIMEOUT"))
    add("gemini-explain-ja", gemini_assist("このコードのトークンは安全ですか？", "はい。`token = os.environ[\"NAVITIME_KEY\"]` のように環境変数から読み込んでいるので、リポジトリにはトークン自体は含まれていません。CI では GitHub Actions の secrets 経由で渡してください。"))
    add("ko-release-notes", "릴리스 노트 v3.8.0 (2026-11-20)\n- 좌석 선택 화면 성능 개선 (렌더링 40% 단축)\n- 공연 취소 시 자동 환불 배치 추가\n- 버그 수정: 잔여석 수가 음수로 표시되던 문제\n빌드 번호: 38012")
    add("zh-tw-ops-notes", "產線周報（第 47 週）\n- 射出成型機 #3 稼動率 91.2%\n- 不良率 0.8%，主要為毛邊\n- 下週安排 PLC 韌體更新（版本 4.2.1）\n- 無安全事故")
    add("ar-gulf-ops", "تحديث الحقل: إنتاج البئر رقم ١٤ بلغ ٣٢٠٠ برميل يومياً، وتمت صيانة المضخة الكهربائية الغاطسة. لا توجد حوادث سلامة هذا الأسبوع. الاجتماع القادم يوم الأحد الساعة ٩ صباحاً.")
    add("he-standup", "עדכון יומי: סיימנו את המיגרציה של טבלת הנסיעות, נשארו שתי בדיקות אינטגרציה שנכשלות בגלל timeout. מחר נעבוד על חישוב מחיר לפי אזורים.")
    add("fa-budget", "بودجه پیشنهادی کمپین زمستانی خیریه: تبلیغات ۱۲۰ میلیون تومان، رویداد جمع‌آوری کمک ۸۰ میلیون تومان، هزینه‌های اداری ۳۰ میلیون تومان. هدف: ۲ میلیارد تومان.")
    add("uk-transit-changes", "Зміни в розкладі з 1 грудня: маршрут №24 курсуватиме кожні 12 хвилин у години пік, нічний автобус Н3 подовжено до вокзалу. Тарифи без змін.")
    add("tr-accounting", "Ay sonu kapanış kontrol listesi: banka mutabakatları, KDV beyannamesi taslağı, amortisman kayıtları, stok sayım farkları. Son tarih: 28 Kasım.")
    add("hu-mes", "A 2-es gyártósor OEE értéke 78,4% volt a héten. A leállások fő oka a szerszámcsere (41 perc), ezt SMED workshoppal csökkentjük.")
    add("no-bikeshare-stats", "Bysykkel-statistikk for oktober: 412 318 turer, snittlengde 13 minutter, mest brukte stasjon Aker Brygge. Ingen avvik i betalingsløsningen.")
    add("is-flight-ops", "Flugáætlun dróna við Hellisheiði: þrjú flug á dag, hámarkshæð 120 m, leyfi frá Samgöngustofu nr. 2026-118. Veðurmörk: vindur undir 10 m/s.")
    add("lt-fashion-campaign", "Žiemos kolekcijos kampanija: 30 % nuolaida paltams nuo gruodžio 1 d., nemokamas pristatymas nuo 50 €. Kodai bus sugeneruoti automatiškai per CRM.")
    add("et-ticket-faq", "KKK: pileti saab tagastada kuni 14 päeva enne üritust. Tagastamisel peetakse kinni teenustasu 2 €. Ostetud piletid leiad oma konto alt jaotisest „Minu piletid“.")
    add("lv-payroll-calendar", "Algu izmaksas kalendārs 2027: katra mēneša 10. datumā; ja tas ir brīvdiena, iepriekšējā darba dienā. Avansi netiek izmaksāti.")
    add("sk-scada-alarms", "Prehľad alarmov za noc: 14 × nízky tlak v čerpacej stanici ČS-3, 2 × porucha komunikácie s RTU-07, 0 kritických. Všetky potvrdené operátorom.")
    add("sl-non-profit", "Letno poročilo društva: 1.240 prostovoljnih ur, 86 razdeljenih paketov hrane na mesec, 12 novih partnerskih organizacij. Hvala vsem!")
    add("ms-mobility", "Statistik e-hailing bulan Oktober: purata masa menunggu 4.2 minit, 18% perjalanan ke KLIA, kadar pembatalan 3.1%. Tiada insiden keselamatan dilaporkan.")
    add("bn-ops", "এই সপ্তাহে কারখানার উৎপাদন লক্ষ্য ৯৬% অর্জিত হয়েছে। মেশিন ৪-এর রক্ষণাবেক্ষণ শনিবার সকাল ৮টায়।")
    add("ne-bus", "नयाँ बस रुट: रत्नपार्क देखि भक्तपुर, हरेक १५ मिनेटमा, भाडा रु. ४०। मंसिर १ देखि लागू।")
    add("mn-mining", "Уурхайн долоо хоногийн тайлан: олборлолт 184 мянган тонн, тэсэлгээ 6 удаа, ослын тохиолдол 0.")
    add("zu-event", "Umcimbi wokuqoqa imali uzoba ngoMgqibelo ehholo lomphakathi. Amathikithi ayi-R100, izingane zingena mahhala.")
    add("km-transport", "កាលវិភាគឡានក្រុងថ្មី៖ ខ្សែ ០៣ ចេញរៀងរាល់ ២០ នាទីម្ដង ចាប់ពីម៉ោង ៦ ព្រឹក ដល់ ៨ យប់។")
    add("my-fashion", "ဆောင်းရာသီ စုစည်းမှု အသစ် ရောက်ရှိပါပြီ။ အရွယ်အစား S မှ XL အထိ ရနိုင်ပါသည်။")
    add("si-accounting", "මාසික ගිණුම් වාර්තාව සඳහා අවසන් දිනය නොවැම්බර් 28 වේ. සියලු වවුචර් පරීක්ෂා කරන්න.")
    add("mr-factory", "उत्पादन अहवाल: लाईन ३ वर या आठवड्यात १२,४०० युनिट्स तयार झाले, नाकारलेले प्रमाण ०.६%.")
    add("ha-transport", "Sabon jadawalin bas: daga Kano zuwa Kaduna kowace awa biyu, farashi Naira 4,500. Za a fara daga ranar Litinin.")
    add("az-fashion", "Yeni kolleksiya: qış paltoları 20% endirimlə, çatdırılma Bakı daxilində pulsuzdur. Kampaniya 15 dekabra qədər davam edir.")
    add("be-nonprofit", "Дабрачынная акцыя: сабралі 340 скрынак з адзеннем і 1,2 тоны прадуктаў. Дзякуй валанцёрам!")
    add("opencode-test-run", opencode_part("bash", {"command": "npm test -- --silent"}, "PASS src/fares/capping.test.ts\nPASS src/fares/zones.test.ts\nTest Suites: 2 passed, 2 total\nTests:       48 passed, 48 total\nTime:        3.412 s"))
    add("kilo-plan", kilo_msg("Plan: 1) add a `DonorImport` service that reads the CSV path from config, 2) validate email syntax only (no lookups), 3) write rows to the staging table, 4) add tests with synthetic donors such as `donor-001@example.org`."))
    add("trae-lint", trae_log(["Running ruff on plant_gateway/", "plant_gateway/opc.py:88:5: F841 local variable 'session_id' is assigned to but never used", "Fixed 1 issue, 0 remaining"]))
    add("tabby-complete-ids", tabby_event("ORDER_STATUSES = ", "[\"PENDING\", \"PAID\", \"SHIPPED\", \"RETURNED\", \"REFUNDED\"]"))
    add("llm-cli-regex", llm_log("regex for a ticket code like UJ27-0718", "Use `^[A-Z]{2}\\d{2}-\\d{4}$`. It matches `UJ27-0718` and rejects `uj27-718`."))
    add("xcode-chat-nothing", xcode_chat("TicketScanner.swift", "why is the camera black on launch?", "You request camera access in `viewDidLoad` but start the `AVCaptureSession` on the main thread before permission is granted. Move `startRunning()` into the completion handler of `requestAccess(for:)`."))
    add("qodo-migration", qodo_step("alembic upgrade head", "INFO  [alembic.runtime.migration] Running upgrade 9b2f41c0d7e3 -> 4e1a77c2b9f0, add payroll_period table\nINFO  [alembic.runtime.migration] Running upgrade 4e1a77c2b9f0 -> c8d2e5f1a3b6, index on employee_id"))
    add("warp-docker-ps", warp_block("docker ps --format '{{.Names}} {{.Status}}'", "historian-proxy Up 3 days\nmqtt-broker Up 3 days\nnode-red Up 2 hours (healthy)"))
    add("example-dsn-docs", "Connection string format (docs):\n\n    postgresql://USER:PASSWORD@HOST:5432/DBNAME\n\nFor local development use the docker-compose defaults in `compose.yaml`; production credentials come from Vault.")
    add("dummy-emails-fixture", "def make_donor(i: int) -> dict:\n    return {\"id\": i, \"email\": f\"donor{i:03d}@example.org\", \"name\": f\"Donor {i}\", \"phone\": \"+1-555-0100\"}")
    return out
