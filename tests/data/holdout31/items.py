# ruff: noqa: E501, RUF001  -- item tables hold whole texts on one line; foreign letters are intended.
"""Thirty-first held-out set, written blind (see README.md). Domains: oil, gas and pipelines,
childcare and nurseries, funeral services and cemeteries, parking/tolls/EV charging, architecture
and engineering firms, blood banks and diagnostic labs, cinemas and theatres, fitness studios.
Providers N-Z that no earlier set used.
"""

from __future__ import annotations

import json

from _markup import IP, A, C, D, E, I, P, S, T, U, m
from _values import ALNUM, DIGITS, HEX, HEXU, LOWNUM, UPNUM, Gen, iban, luhn_complete

B64URL = ALNUM + "-_"
LOWER = "abcdefghijklmnopqrstuvwxyz"


def dumps(obj: object, **kw: object) -> str:
    kw.setdefault("ensure_ascii", False)
    return json.dumps(obj, **kw)  # type: ignore[arg-type]


def N(value: str) -> str:
    """A national id number (labelled as the closest gold label, US_SSN only for US numbers)."""
    return m("US_SSN", value)


# carriers ------------------------------------------------------------------------------------

def fw_block(host: str, body: str) -> str:
    """Copilot coding agent session log with a firewall warning."""
    return f"Copilot coding agent · session 0c7e91\n⚠ Firewall rules blocked me from connecting to one or more addresses\n  - {host} (dns block)\n\n{body}"


def pr_comment(body: str) -> str:
    return f"Copilot commented on this pull request · 3 hours ago\n\n{body}"


def audit_ndjson(events: list[dict[str, object]]) -> str:
    """Copilot audit-log stream lines as written to S3/GCS (one JSON object a line)."""
    return "\n".join(dumps(e) for e in events)


def xcode(q: str, a: str) -> str:
    return f"GitHub Copilot for Xcode — Chat\n👤 {q}\n🤖 {a}"


def eclipse(q: str, a: str) -> str:
    return f"[Copilot Chat - Eclipse 2026-09]\n> {q}\n{a}"


def nes(path: str, before: str, after: str) -> str:
    """A Copilot next-edit suggestion as logged by the extension."""
    return dumps({"kind": "nextEditSuggestion", "uri": f"file:///home/dev/repo/{path}", "before": before, "suggestion": after, "accepted": True})


def ext_call(agent: str, body: str) -> str:
    return f"@{agent} (Copilot Extension) responded:\n{body}"


def hook_out(event: str, payload: dict[str, object]) -> str:
    """Claude Code hook stdin as written to a log by the hook script."""
    return f"[hook {event}] " + dumps(payload)


def cc_export(turns: list[tuple[str, str]]) -> str:
    return "\n\n".join(f"{'>' if who == 'user' else '⏺'} {t}" for who, t in turns)


def codex(task: str, body: str) -> str:
    return f"Codex · cloud task {task}\n$ setup: ./scripts/codex_setup.sh\n{body}"


def cursor_bg(body: str) -> str:
    return f"Cursor Background Agent (bc-7a41) ─ running in remote env\n{body}"


def amp(thread: str, body: str) -> str:
    return f"Amp thread T-{thread}\n{body}"


def tabnine(q: str, a: str) -> str:
    return dumps({"product": "tabnine-chat", "messages": [{"role": "user", "text": q}, {"role": "assistant", "text": a}]})


def cont(q: str, a: str) -> str:
    return f"Continue  ·  claude-sonnet\nUser\n{q}\n\nAssistant\n{a}"


def aider_hist(cmd: str, body: str) -> str:
    return f"# aider chat started at 2026-11-26 08:14:02\n\n#### {cmd}\n\n{body}"


def openhands(action: str, args: dict[str, object], observation: str) -> str:
    return dumps({"id": 31, "source": "agent", "action": action, "args": args}) + "\n" + dumps({"id": 32, "source": "environment", "observation": action, "content": observation})


def devin(text: str) -> str:
    return f"Devin session export — 9e21\n{text}"


def swe(thought: str, action: str, obs: str) -> str:
    return dumps({"thought": thought, "action": action, "observation": obs})


def windsurf(title: str, body: str) -> str:
    return f"Cascade memory · {title}\n{body}"


def mcp(server: str, text: str) -> str:
    return dumps({"jsonrpc": "2.0", "id": 7, "result": {"content": [{"type": "text", "text": text}], "isError": False}, "_server": server})


def twice(name: str, args: dict[str, object]) -> str:
    inner = dumps({"type": "function", "function": {"name": name, "arguments": dumps(args)}})
    return dumps({"event": "tool_call", "raw": inner})


def amex(number: str) -> str:
    return f"{number[:4]} {number[4:10]} {number[10:]}"


def card4(number: str) -> str:
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))


def secrets(g: Gen) -> list[tuple[str, list[str], str]]:
    out: list[tuple[str, list[str], str]] = []

    def add(p: str, t: str, providers: list[str] | None = None) -> None:
        out.append((f"holdout31:{p}", providers or [p], t))

    # oil, gas and pipelines ------------------------------------------------------------------
    add("quorum-software", f"QUORUM_ONE_URL=https://myquorum.quorumsoftware.com/api\nQUORUM_CLIENT_ID=gas-scheduling\nQUORUM_CLIENT_SECRET={S(g.mixed(ALNUM, 44))}\nNOMINATION_CYCLE=timely")
    add("schlumberger", fw_block("api.delfi.slb.com", f"I tried to fetch the well log from the DELFI data platform but the host is not on the allow list. The setup script exports:\n\n```yaml\n- name: DELFI token\n  env:\n    SLB_DELFI_APPKEY: {S(g.s(HEX, 32))}\n```\n\nPlease add api.delfi.slb.com to the firewall allow list or run the step outside the agent."))
    add("totalenergies", f"[totalenergies]\nportal = https://b2b.totalenergies.com/fuelcards/api\nlogin = {U('flotte.lyon')}\npassword = {S('Raffinerie_Donges44')}\n; cartes carburant de la flotte de maintenance")
    add("petronas", f"$ curl -s https://api.mesra.petronas.com/v2/stations?state=Selangor \\\n    -H 'X-Petronas-Key: {S(g.mixed(ALNUM, 40))}'\n{{\"stations\": 412, \"page\": 1}}")
    add("phillips66", cc_export([("user", "the rack price sync is broken again, can you look at sync/p66.ts"), ("assistant", f"Read sync/p66.ts (48 lines). The client is built with a literal key:\n\n  const client = new RackPriceClient({{ apiKey: \"{S('p66_' + g.s(LOWNUM, 36))}\" }});\n\nThat key also appears in the test snapshot. I'll move it to process.env.P66_API_KEY and update the snapshot.")]))
    add("valero", f"<appSettings>\n  <add key=\"ValeroEdiEndpoint\" value=\"https://edi.valero.com/as2\" />\n  <add key=\"ValeroEdiUser\" value=\"{U('TERM_CORPUS_07')}\" />\n  <add key=\"ValeroEdiPassword\" value=\"{S('Crude&Corpus2026')}\" />\n</appSettings>")
    add("suncor", f"Suncor Petro-Canada SuperPass API — clé de service pour le pilote de Fort McMurray : {S(g.s(UPNUM, 32))}\nNe la mettez pas dans Teams, je l'ai copiée ici juste pour Jonathan.")
    add("sunoco", f"sunoco:\n  lubricants_portal:\n    base_url: https://portal.sunocolp.com/api/v1\n    api_key: {S(g.s(HEX, 40))}\n    terminal_codes: [\"NED\", \"MRC\"]")
    add("woodside", f"# woodside_scada_bridge.py\nWOODSIDE_HISTORIAN = \"https://pi.woodside.com.au/piwebapi\"\nAUTH = (\"svc_pluto_trend\", \"{S('NorthWestShelf#88')}\")\n# TODO: remove before the HAZOP review")
    add("santos", tabnine("why does the Moomba production report job return 401?", f"Your `.env.local` sets `SANTOS_DATAHUB_TOKEN={S(g.mixed(ALNUM, 52))}` but the Data Hub expects it in the `Ocp-Apim-Subscription-Key` header, not as a bearer token. Also, that token is in the repo history — rotate it."))
    add("saudi-aramco", f"Aramco iktva supplier portal service account\nuser: {U('iktva-svc-204')}\npass: {S('Ghawar!Field1948')}")
    add("sinopec", f"中石化加油卡接口配置（测试环境）：\nappKey = sinopec-fleet-sh\nappSecret = {S(g.s(HEX, 32))}\n别提交到 git，已经加到 .gitignore 了。")
    add("statoil", f"# legacy Statoil Fuel & Retail card API (still used by the Oslo depots)\nSTATOIL_FR_USER={U('depot_oslo_nord')}\nSTATOIL_FR_PASS={S('Fjellheim-Diesel7')}")
    add("transcanada", f"resource \"vault_generic_secret\" \"tc_energy\" {{\n  path = \"secret/pipelines/tcenergy\"\n  data_json = jsonencode({{\n    ngtl_api_user = \"{U('ngtl-nomination-bot')}\"\n    ngtl_api_key  = \"{S(g.mixed(ALNUM, 36))}\"\n  }})\n}}")
    add("transco", f"POST /ebb/nominations HTTP/1.1\nHost: www.1line.williams.com\nAuthorization: Basic {S(g.b64(30))}\nContent-Type: application/xml\n\n<Nomination pipeline=\"Transco\" cycle=\"ID2\"/>")
    add("williams", f"Hey, the 1Line (Williams) EBB password for the shipper account was reset to {S('Leidy-Hub-2026!')} — login {U('shpr_42117')}. Please update the nomination bot config.")
    add("repsol", f"Hola equipo, os paso la clave de la API de Waylet (Repsol) para el piloto de flotas: {S(g.s(LOWNUM, 48))}\nCaduca el 31/12; no la reenviéis por correo, porfa.")
    add("naturgy", f"NATURGY_AREACLIENTES_USER={U('comunidad.lavapies12')}\nNATURGY_AREACLIENTES_PASS={S('Butano.Naranja64')}\n# lectura de contadores de gas de la comunidad")
    add("neste", f"```toml\n[neste.my_card]\nendpoint = \"https://api.neste.com/mycard/v1\"\nclient_id = \"fleet-tampere\"\nclient_secret = \"{S(g.mixed(ALNUM, 40))}\"\n```")
    add("sabic", f"2026-11-26T07:12:44Z INFO  sabic.plantlink connecting as {U('jubail-ops')}\n2026-11-26T07:12:44Z DEBUG sabic.plantlink headers={{'X-Api-Key': '{S(g.s(HEXU, 32))}', 'Accept': 'application/json'}}\n2026-11-26T07:12:45Z ERROR sabic.plantlink 503 Service Unavailable")
    add("orsted", f"Hej, Ørsted Ladeboks-API'et bruger nu en ny nøgle: {S('ors_' + g.s(ALNUM, 40))}. Jeg har opdateret den i 1Password, men den ligger stadig i `charger/config.py` på main.")
    add("novatel", f"// gnss_pipeline_survey.cpp\n// NovAtel Waypoint cloud upload\nstatic const char* kWaypointUser = \"{U('pipeline-survey')}\";\nstatic const char* kWaypointKey = \"{S(g.s(HEX, 48))}\";")
    add("omnitracs", f"omnitracs:\n  services_portal: https://services.omnitracs.com/qtracsWS\n  company_id: PIPETRUCK\n  username: {U('ws_pipetruck')}\n  password: {S('Kenworth$T680')}")
    add("sensorup", openhands("run", {"command": "cat config/sensorup.json"}, f"{{\n  \"sensorthings_url\": \"https://methane.sensorup.com/v1.0\",\n  \"api_key\": \"{S(g.mixed(ALNUM, 32))}\"\n}}"))
    add("semtech", f"# LoRa Basics Station for the wellhead pressure sensors\nexport SEMTECH_LORA_CLOUD_TOKEN=\"{S('AQEA' + g.s(B64URL, 60))}\"\nstation --home /etc/station")
    add("rheem", f"Kunci pembangun Rheem EcoNet untuk pemanas air stesen pemampat: {S(g.s(HEX, 32))} (pengguna {U('facility.ops@pipecorp.example')})")
    add("tesoro", f"-- migration 0042_tesoro_feed.sql\nINSERT INTO feed_credentials (feed, username, secret) VALUES ('tesoro_rack', 'anacortes_ro', '{S('Anacortes#Rack91')}');")
    add("xcel", codex("7f1e", f"$ cat .env\nXCEL_GREEN_BUTTON_CLIENT=codex-ev-pilot\nXCEL_GREEN_BUTTON_SECRET={S(g.mixed(ALNUM, 40))}\n$ pytest tests/test_billing.py -q\n3 passed in 0.41s"))

    # parking, tolls, EV charging -------------------------------------------------------------
    add("spothero", f"const spothero = new SpotHeroClient({{\n  partnerId: 'garage-ops',\n  apiKey: '{S(g.s(HEX, 40))}',\n}});")
    add("parkwhiz", f"PARKWHIZ_API_KEY={S(g.mixed(ALNUM, 32))}\nPARKWHIZ_ENV=production\nPARKWHIZ_LOCATION_IDS=4412,4413,4420")
    add("parkopedia", f"$ http GET https://api.parkopedia.com/v3/spaces lat==52.37 lng==4.89 apikey=={S(g.s(LOWNUM, 32))}\nHTTP/1.1 200 OK\nContent-Type: application/json")
    add("passport-parking", f"Passport Labs operator API — token for the Charlotte uptown zones: {S('pp_live_' + g.s(LOWNUM, 40))}\nI pasted it here so Copilot can see the failing request; revoke after.")
    add("t2systems", f"<T2Flex>\n  <Server>https://t2flex.cityparking.example/T2Flex</Server>\n  <User>{U('lpr_integration')}</User>\n  <Password>{S('Meter-Maid_2026')}</Password>\n</T2Flex>")
    add("skidata", f"[skidata.parking.logic]\nhost=10.4.0.22\noperator=P3-Flughafen\napi_user={U('pl_api')}\napi_password={S('Schranke!Ost44')}")
    add("swarco", f"Servus, der SWARCO MyCity-Zugang für die Parkleitsystem-Schnittstelle: Benutzer {U('pls-graz')}, Passwort {S('Ampel-Gruen+2025')}. Bitte nicht ins Wiki kopieren.")
    add("tollguru", f"import requests\n\nTOLLGURU_KEY = \"{S(g.mixed(ALNUM, 32))}\"\nresp = requests.post(\"https://apis.tollguru.com/toll/v2/origin-destination-waypoints\", headers={{\"x-api-key\": TOLLGURU_KEY}}, json=payload)")
    add("nayax", f"NAYAX_LYNX_TOKEN={S(g.s(HEX, 64))}\nNAYAX_OPERATOR_ID=88231\n# EV kiosk card readers at lot B")
    add("plugshare", f"diff --git a/ev/plugshare.go b/ev/plugshare.go\n@@ -8,3 +8,4 @@ const (\n \tbaseURL = \"https://api.plugshare.com/v3\"\n+\tpsKey   = \"{S(g.mixed(ALNUM, 36))}\"\n )")
    add("openevse", f"# OpenEVSE WiFi v4 — MQTT to the depot broker\nmqtt_server=broker.depot.example\nmqtt_user={U('evse-bay7')}\nmqtt_pass={S('Bay7-Charge!')}\nhttp_pass={S('evse-admin-2019')}")
    add("openadr", f"openadr:\n  vtn_url: https://vtn.utility.example/OpenADR2/Simple/2.0b\n  ven_id: ven-garage-02\n  client_cert: /etc/ven/cert.pem\n  client_key: |\n    {S(g.pem('PRIVATE KEY', 5).replace(chr(10), chr(10) + '    '))}", ["openadr", "pem"])
    add("tritium", f"Kabsat ti naibaga ni Manong iti chat: ti token ti MyTritium para iti fleet dashboard ket {S('tri_' + g.s(ALNUM, 44))}. Saanyo nga ibinglay daytoy iti sabali.")
    add("ubitricity", f"{{\"ubitricity\": {{\"heinz_api\": \"https://api.ubitricity.com/cpo\", \"token\": \"{S(g.uuid())}\", \"lamp_posts\": 312}}}}")
    add("volta", f"$ export VOLTA_CHARGING_API_KEY={S(g.s(HEX, 32))}\n$ node scripts/station-status.js --site mall-of-america\nsite mall-of-america: 24 stations, 3 offline")
    add("wattev", f"{{\"wattev\": {{\"client_id\": \"fleet-sched\", \"client_secret\": \"{S(g.mixed(ALNUM, 48))}\", \"site\": \"bakersfield\"}}}}")
    add("zeva", f"ZEVA_API_USERNAME={U('bc-fleet-sync')}\nZEVA_API_PASSWORD={S('Cedar&Salmon42')}")
    add("recharge-ev", f"Recharge (Mer) Norge – nøkkel til ladestasjon-API-et: {S(g.s(HEX, 40))}. Ho ligg òg i config/lading.yaml, så vi må rotere ho.")
    add("shell-recharge", f"$ az keyvault secret show --vault-name ev-prod --name shell-recharge-key --query value -o tsv\n{S(g.mixed(ALNUM, 40))}")
    add("octopusenergy", f"OCTOPUS_API_KEY={S('sk_live_' + g.mixed(ALNUM, 24))}\nOCTOPUS_ACCOUNT=A-4F1C22E7\n# Intelligent Octopus Go dispatch windows for the car park chargers")
    add("nuvve", f"nuvve_v2g:\n  endpoint: https://givepower.nuvve.com/api\n  fleet: school-buses-sd\n  api_key: \"{S(g.s(LOWNUM, 40))}\"")
    add("venturaparking", f"Ventura Parking backoffice: {U('admin.sesvanderhave')} / {S('Valet#Parking1')}")
    add("tatapower", f"Tata Power EZ Charge का API key: {S(g.s(UPNUM, 28))} — इसे कृपया repo में मत डालो, मैंने गलती से .env.example में डाल दिया था।")
    add("rivian", cursor_bg(f"Step 3/6: reading fleet/rivian.py\n  RIVIAN_FLEET_CLIENT_SECRET = \"{S(g.mixed(ALNUM, 44))}\"\nThe secret is hard-coded; I replaced it with os.environ and added a note to the PR."))
    add("vattenfall", f"InCharge (Vattenfall) CPO-nyckel för Stockholm-garaget: {S(g.s(HEX, 36))}\nAnvänd den bara i staging.")
    add("npower", f"npower business API\n  username: {U('estate.energy@carparkco.example')}\n  password: {S('Kilowatt-Hour88')}")
    add("viridian", f"Viridian EV-laddning: token za punionice u Splitu je {S(g.mixed(ALNUM, 30))}. Molim te, nemoj ga slati na grupni chat, stavio sam ga u Vault.")

    # childcare and nurseries -----------------------------------------------------------------
    add("procare", f"# Procare Online → payroll export\nPROCARE_SCHOOL_ID=rainbow-kids-211\nPROCARE_API_TOKEN={S(g.s(HEX, 40))}")
    add("storypark", f"Kia ora, Storypark integration key for the Kōwhai centre: {S(g.mixed(ALNUM, 36))}. Please keep it out of the shared drive.")
    add("tadpoles", f"$ python tadpoles_export.py --email director@littlefrogs.example --password '{S('Lily.Pad.2024')}'\nDownloaded 1,204 daily reports.")
    add("tapestry-journal", f"[tapestry]\nschool = hillside-nursery\napi_key = {S(g.s(LOWNUM, 40))}\n; EYFS observations sync")
    add("parentmail", f"ParentMail PMX API\n  username: {U('pmx_stmarys_office')}\n  password: {S('SchoolRun#Wednesday9')}")
    add("parenta", f"{{\"parenta\": {{\"abacus_url\": \"https://abacus.parenta.com/api\", \"nursery\": \"bumblebees-leeds\", \"token\": \"{S(g.mixed(ALNUM, 48))}\"}}}}")
    add("parentzone", f"ParentZone (Connect Childcare) – clé API pour la crèche « Les Petits Loups » : {S(g.s(HEX, 32))}\nmerci de ne pas la partager avec le prestataire photo.")
    add("qikkids", f"QIKKIDS_USER={U('centre-admin-brunswick')}\nQIKKIDS_PASS={S('Kookaburra!Laugh3')}\nQIKKIDS_SERVICE=QK-55120")
    add("sentral", f"Mālō e lelei! Ko e kī fakapulipuli ʻo e Sentral ki he lēsisita ʻo e fānau ʻi he OSHC: {S(g.mixed(ALNUM, 40))}. Kātaki ʻoua ʻe vahevahe eni.")
    add("schoolcomms", f"schoolcomms:\n  api: https://api.schoolcomms.com/v2\n  key: {S(g.s(HEX, 32))}\n  school_urn: 104533")
    add("schoolmoney", f"SchoolMoney (Tucasi) merchant credentials for the breakfast club: merchant={U('bclub-ashford')} secret={S(g.mixed(ALNUM, 24))}")
    add("tucasi", f"$ curl -u {U('tucasi_sync')}:{S('Dinner-Money77')} https://api.tucasi.com/scomis/v1/balances\n[{{\"pupil\": 4412, \"balance\": 3.40}}]")
    add("tootoot", f"$ gh secret list\nTOOTOOT_WEBHOOK_SECRET  Updated 2026-11-20\n$ cat .env.local | grep TOOTOOT\nTOOTOOT_WEBHOOK_SECRET={S('whsec_' + g.mixed(ALNUM, 32))}")
    add("weduc", f"Hi both — Weduc admin login for the nursery app is {U('office@acornsnursery.example')} / {S('Acorns2Oaks!')}. Can one of you check the push notifications?")
    add("wisenet", f"# Wisenet LMS (childcare certificate courses)\nWISENET_API_KEY={S(g.uuid())}\nWISENET_TENANT=early-learning-academy")
    add("xplor", f"Xplor Playground API – clé : {S('xpl_' + g.s(ALNUM, 40))}\nÀ mettre dans le coffre-fort, pas dans le README.")
    add("xplorhomestart", f"{{\"homestart\": {{\"username\": \"{U('hs-coord-ballarat')}\", \"password\": \"{S('FamilyDay_Care22')}\"}}}}")
    add("nurserycam", f"NurseryCam Live stream key for Room 2 (Toddlers): {S(g.s(HEX, 32))} — this is what the parents' app uses, do not post it anywhere public.")
    add("pupilasset", f"const pupilAsset = axios.create({{\n  baseURL: 'https://api.pupilasset.com/v1',\n  headers: {{ Authorization: 'Token {S(g.s(LOWNUM, 40))}' }},\n}});")
    add("owlcarepro", f"OWLCARE_API_KEY={S(g.mixed(ALNUM, 40))}", ["owlcarepro"])

    # funeral services and cemeteries ---------------------------------------------------------
    add("passare", f"# Passare funeral home management\nPASSARE_ORG=hillcrest-fh\nPASSARE_API_KEY={S(g.s(HEX, 40))}\nPASSARE_WEBHOOK_SECRET={S(g.mixed(ALNUM, 32))}")
    add("tukios", f"<?php\n// obituaries feed for the memorial livestream page\ndefine('TUKIOS_API_KEY', '{S(g.mixed(ALNUM, 32))}');\n$feed = tukios_fetch('hillcrest', TUKIOS_API_KEY);")
    add("tribute-tech", f"TRIBUTE_TECHNOLOGY_TOKEN={S(g.s(LOWNUM, 48))}\nTRIBUTE_SITE=oakwoodmemorial")
    add("plot-box", f"$ plotbox login --tenant st-kentigern --client-id cemetery-gis --client-secret {S(g.mixed(ALNUM, 40))}\n✔ logged in")
    add("pontem", f"Pontem (PlotBox) / CemSites – service user {U('gis-export')} password {S('Headstone-Row-14')}")
    add("osiris-software", f"[osiris]\ndsn = https://osiris.crematorium.example/api\nuser = {U('crem-scheduler')}\npassword = {S('Ashes2Ashes-2025')}")
    add("srs-computing", f"Tha an tòcan airson SRS Computing (clàr a' chladh) seo: {S(g.s(HEXU, 32))}. Feumaidh sinn fear ùr a dh'iarraidh às dèidh seo.")
    add("perfectmemorials", f"perfectmemorials:\n  affiliate_id: 4491\n  api_key: {S(g.mixed(ALNUM, 32))}")
    add("remembr", f"REMEMBR_PUBLIC_KEY=pk_remembr_demo\nREMEMBR_SECRET_KEY={S('sk_remembr_' + g.s(LOWNUM, 32))}")
    add("ufuneral", f"Hola, la contraseña del panel de uFuneral para la sala velatoria de Rosario es {S('Velatorio*Sur19')} (usuario {U('sala.sur')}). Cambiala después de cargar los avisos.")
    add("webcemeteries", f"WebCemeteries export job:\n  WEBCEM_USER={U('clerk-springvale')}\n  WEBCEM_KEY={S(g.s(HEX, 32))}")

    # architecture and engineering ------------------------------------------------------------
    add("speckle", f"SPECKLE_SERVER_URL=https://speckle.xyz\nSPECKLE_TOKEN={S(g.s(HEX, 42))}\n# stream for the Gasworks competition model")
    add("trimble-connect", f"from trimble_connect import Client\nclient = Client(client_id=\"bim-sync\", client_secret=\"{S(g.mixed(ALNUM, 36))}\", region=\"eu\")")
    add("tekla", f"<TeklaStructuresSettings>\n  <ModelSharing user=\"{U('steel.detailing@archeng.example')}\" password=\"{S('Girder&Bolt-88')}\"/>\n</TeklaStructuresSettings>")
    add("newforma", f"Newforma Konekt API token for project 2419 (Museum extension): {S(g.s(LOWNUM, 40))}")
    add("nemetschek", f"NEMETSCHEK_BIMPLUS_TOKEN={S(g.uuid())}\nBIMPLUS_TEAM=studio-vienna")
    add("vectorworks", f"Vectorworks Cloud Services — tài khoản render: {U('vw-render-farm')}, mật khẩu {S('Render4Ever!')}. Nhớ đổi mật khẩu sau khi xuất xong bản vẽ.")
    add("solibri", f"solibri_checker:\n  license_server: lic.archeng.example\n  solibri_id_user: {U('qa-checker')}\n  solibri_id_password: {S('ClashFree_2026')}")
    add("revizto", f"$ curl -H 'Authorization: Bearer {S(g.b64(36, urlsafe=True))}' https://api.revizto.com/v5/projects\n[{{\"id\": 88, \"title\": \"Harbour Bridge retrofit\"}}]")
    add("rhino3d", f"# Rhino.Compute on the render node\nRHINO_COMPUTE_KEY={S(g.mixed(ALNUM, 32))}\nRHINO_COMPUTE_URL=http://10.20.4.5:8081")
    add("sketchup", f"SketchUp 3D Warehouse API key used in the importer: `{S(g.s(HEX, 32))}`. Found it in `tools/warehouse.rb` line 12.")
    add("projectwise", f"<add key=\"ProjectWise.Datasource\" value=\"pw-eu.bentley.com:engineering-01\" />\n<add key=\"ProjectWise.User\" value=\"{U('pw_batch')}\" />\n<add key=\"ProjectWise.Password\" value=\"{S('Bentley#Bridge4')}\" />")
    add("synchro", f"SYNCHRO_CONTROL_TOKEN={S(g.b64(48, urlsafe=True).rstrip('='))}")
    add("oasys", f"Oasys GSA licence server credentials (Arup pilot): user {U('gsa-node-3')}, key {S(g.s(UPNUM, 25))}")
    add("orgadata", f"LogiKal Cloud (Orgadata) – API-Schlüssel für die Fassadenplanung: {S(g.mixed(ALNUM, 40))}")
    add("rib-itwo", f"rib_itwo40:\n  host: https://itwo40.rib-software.com\n  client_secret: \"{S(g.mixed(ALNUM, 44))}\"\n  company: 1012")
    add("sefaira", f"Sefaira-Plugin im Architekturbüro Basel: SEFAIRA_PLUGIN_TOKEN={S(g.s(HEX, 40))} (Energieanalyse fürs Schulhaus-Projekt), bitte nöd witergäh.")
    add("spacemaker", f"Autodesk Forma (ex-Spacemaker) app secret: {S(g.mixed(ALNUM, 48))}")
    add("strusoft", f"FEM-Design (StruSoft) licensnyckel till konstruktionskontoret i Malmö: {S('-'.join(g.s(UPNUM, 5) for _ in range(5)))}")
    add("unanet", f"UNANET_BASE=https://archeng.unanet.biz/archeng\nUNANET_USER={U('timesheet-bot')}\nUNANET_PASS={S('BillableHours$40')}")
    add("pinnacle-series", f"Pinnacle Series CAD standards portal: {U('cad.manager')} / {S('Layers&Linetypes9')}\n(bu hesabı sadece BIM koordinatörü kullanıyor)")
    add("qbuild", f"QBuild contractor portal API key: {S(g.s(HEX, 32))}")
    add("revit-cloud", f"APS (Revit Cloud Worksharing) client:\n  APS_CLIENT_ID={g.s(ALNUM, 32)}\n  APS_CLIENT_SECRET={S(g.mixed(ALNUM, 16))}")

    # blood banks and diagnostic labs ---------------------------------------------------------
    add("sunquest", f"SUNQUEST_LIS_HOST=lis.regionalhealth.example\nSUNQUEST_HL7_USER={U('hl7_iface')}\nSUNQUEST_HL7_PASS={S('Specimen#Tube-12')}")
    add("safetrace", f"SafeTrace Tx (Haemonetics) web service:\n  url: https://bloodbank.hospital.example/SafeTraceTx/api\n  api_key: {S(g.s(HEX, 40))}")
    add("sanquin", f"Hoi Sanne, de API-sleutel voor het Sanquin donorportaal (testomgeving) is {S(g.mixed(ALNUM, 36))}. Zet hem aub in de kluis en niet in Teams.")
    add("nhsbt", cont("why does OBOS return invalid_client?", f"The `obos.client_secret` in `config/prod.toml` is `{S(g.mixed(ALNUM, 40))}`, but OBOS rotates secrets every 90 days and this one was issued in June. Request a new one from the NHSBT integration team."))
    add("vitalant", f"vitalant:\n  hospital_services_api: https://hs.vitalant.org/api\n  account: phx-general\n  token: {S(g.s(LOWNUM, 48))}")
    add("terumo-bct", f"# Terumo BCT Trima Accel connectivity (TOMEs)\nTOMES_USER={U('apheresis_ws')}\nTOMES_PASSWORD={S('Plasma+Platelets5')}")
    add("quest-diagnostics", f"$ curl -s -X POST https://api.questdiagnostics.com/care360/v1/orders \\\n  -H 'Authorization: Bearer {S(g.b64(48, urlsafe=True).rstrip(chr(61)))}' -d @order.json\n{{\"status\": \"accepted\"}}")
    add("synlab", f"SYNLAB Befundportal – technischer Benutzer {U('praxis-dr-huber-api')}, Passwort {S('Laborwert!7Tage')}")
    add("unilabs", f"Grüezi mitenand, de Unilabs Resultat-API-Schlüssel isch {S(g.s(HEX, 32))}. Bitte nöd im Confluence ablegge, i han en scho im Vault.")
    add("sonic-healthcare", f"sonic:\n  eresults:\n    hl7_listener_port: 6661\n    hl7_password: {S('Pathology-Courier3')}\n    lab: douglass-hanly-moir")
    add("sysmex", f"[sysmex_caresphere]\nurl = https://caresphere.sysmex.com/api\nclient_secret = {S(g.mixed(ALNUM, 40))}")
    add("werfen", f"Werfen GEMweb Plus — servicio LDAP: usuario {U('gemweb-svc')}, clave {S('Gasometria!2025')}")
    add("roche-navify", f"NAVIFY_CLIENT_ID=lab-automation\nNAVIFY_CLIENT_SECRET={S(g.mixed(ALNUM, 44))}")
    add("siemens-healthineers", f"Ir-riċevitur tat-teamplay (Siemens Healthineers) fil-laboratorju juża ċ-ċavetta {S(g.s(HEX, 64))}. Tpoġġihiex fil-wiki, jekk jogħġbok.")
    add("natera", f"Natera partner portal SFTP: sftp://{U('clinic-4471')}:{S('Panorama#Screen8')}@sftp.natera.com/results")
    add("neogenomics", f"neogenomics:\n  portal_user: {U('onc-lab-austin')}\n  portal_password: {S('Flow&Cytometry21')}")
    add("pathai", f"name: slide-sync\non: push\njobs:\n  sync:\n    runs-on: ubuntu-latest\n    env:\n      PATHAI_AISIGHT_TOKEN: {S('pai_' + g.s(LOWNUM, 40))}\n    steps:\n      - run: python sync.py")
    add("proscia", pr_comment(f"`concentriq/client.py` builds the client with `api_key=\"{S(g.s(HEX, 40))}\"`. Even though it is read-only, a Concentriq key gives access to slide images with patient metadata; please read it from settings."))
    add("sectra", f"<SectraPathology>\n  <ServiceUser>{U('dp_import')}</ServiceUser>\n  <ServicePassword>{S('WholeSlide_Image9')}</ServicePassword>\n</SectraPathology>")
    add("psyche-systems", f"Psyche Systems WindoPath LIS connection string: Server=lis01;Database=WindoPath;User Id={U('wp_report')};Password={S('Histology#Block4')};")
    add("orchard-lis", f"ORCHARD_HARVEST_DSN=mssql://{U('harvest_ro')}:{S('Orchard-Harvest-5')}@orchard-db.lab.example:1433/harvest")
    add("softlab", f"Bonjour, le mot de passe du moteur d'interface SoftLab pour le flux banque de sang est {S('SoftBank-Cross3')}. Je le note ici le temps que l'équipe de Lausanne le mette dans CyberArk.")
    add("omnilab", f"Η σύνδεση με το OmniLab LIS στο εργαστήριο της Λευκωσίας χρειάζεται το κλειδί {S(g.s(UPNUM, 40))}· το έβαλα προσωρινά στο config.yaml, θα το μεταφέρω στο Key Vault.")
    add("nextgen", f"```csharp\nvar client = new NextGenApiClient(\n    baseUrl: \"https://nativeapi.nextgen.com/nge/prod\",\n    subscriptionKey: \"{S(g.s(HEX, 32))}\",\n    siteId: \"4421\");\n```")
    add("netsmart", f"Netsmart CareFabric के लिए client secret ये है: {S(g.mixed(ALNUM, 40))} — इसे Key Vault में डाल दो, और Teams से मैसेज डिलीट कर दो।")
    add("optum", f"$ export OPTUM_CLAIMS_CLIENT_SECRET='{S(g.mixed(ALNUM, 32))}'\n$ ./submit_claims.sh batch-2026-11-25.csv")
    add("olympus", f"PS C:\\scanner> net use Z: \\\\vs200-01\\slides /user:{U('scanner01')} {S('Microscope!40x')}\nThe command completed successfully.")
    add("qdiagnostics", twice("http_request", {"method": "GET", "url": "https://portal.q2labsolutions.com/api/results?study=Q2-4412", "headers": {"X-Q2-Token": S(g.s(LOWNUM, 40))}}))

    # cinemas and theatres --------------------------------------------------------------------
    add("vista-entertainment", audit_ndjson([
        {"@timestamp": 1795758112000, "action": "copilot.usage_record", "actor": "kiosk-dev", "repo": "cinemaco/kiosk", "model": "gpt-5", "surface": "vscode", "prompt_excerpt": f"why is VISTA_CONNECT_TOKEN={S(g.s(HEX, 32))} rejected by WSVistaWebClient"},
        {"@timestamp": 1795758119000, "action": "copilot.usage_record", "actor": "kiosk-dev", "repo": "cinemaco/kiosk", "model": "gpt-5", "surface": "vscode", "prompt_excerpt": "add retry to loyalty lookup"},
    ]))
    add("veezi", xcode("The Veezi session list is empty in the iOS app, any idea?", f"In `VeeziService.swift` the token is `let accessToken = \"{S(g.mixed(ALNUM, 26))}\"`. Veezi returns an empty list when the token belongs to another site. Move it to the xcconfig that is excluded from git and check the site id."))
    add("odeon", f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: odeon-offers\n  namespace: promo\ntype: Opaque\nstringData:\n  ODEON_PARTNER_KEY: \"{S(g.s(HEX, 40))}\"")
    add("vue-cinemas", pr_comment(f"The new `VueLoyaltyClient` takes `client_secret` from `appsettings.Development.json`, which now contains `\"ClientSecret\": \"{S(g.mixed(ALNUM, 40))}\"`. That file is committed. Consider user-secrets instead."))
    add("pathe", f"Hoi! Voor de Pathé-bioscoopbonnen gebruiken we de partner-API. Sleutel (acceptatie): {S(g.s(LOWNUM, 36))}. In Paramaribo draaien we dezelfde code, dus daar niet opnieuw aanvragen.")
    add("regal", eclipse("Where does the Regal Crown Club key come from in RewardsConfig.java?", f"It is a constant:\n\n```java\nprivate static final String CROWN_CLUB_KEY = \"{S(g.s(UPNUM, 32))}\";\n```\n\nLoad it from `System.getenv(\"REGAL_CROWN_KEY\")` instead."))
    add("theatremanager", f"[theatremanager]\nserver = https://tm.playhouse.example\nuser = {U('web_sales')}\npassword = {S('Curtain-Call#8')}")
    add("ovationtix", hook_out("PostToolUse", {"session_id": "e41c", "tool_name": "Bash", "tool_input": {"command": "grep OVATION .env"}, "tool_response": {"stdout": f"OVATIONTIX_CLIENT_ID=27118\nOVATIONTIX_API_KEY={S(g.s(HEX, 40))}", "exit_code": 0}}))
    add("tixly", f"Hej! Tixly API-nøglen til teatrets billetsalg er {S(g.mixed(ALNUM, 40))}. Den ligger også i Slack-tråden fra i går, så lad os rotere den efter premieren.")
    add("purplepass", f"| setting | value |\n|---|---|\n| Purplepass API | `{S(g.s(HEX, 32))}` |\n| event id | 88120 |\n| box office | Lyric Hall |")
    add("showtix", f"# ShowTix4U scraping job (box office reports)\nSHOWTIX4U_USER={U('boxoffice-lyric')}\nSHOWTIX4U_PASS={S('Matinee&Evening4')}")
    add("rts-cinema", aider_hist("/ask why does the RTS upload fail", f"The upload script logs in with theatre code 1142 and the password `{S('Popcorn#Butter19')}` hard-coded in `rts_upload.py`. RTS answers 403 because the web user is locked. Rotate the password and read it from the environment."))
    add("savoy-systems", f"Tiyatro gişesi için Savoy Systems POS senkronizasyon anahtarı: {S(g.mixed(ALNUM, 32))} — lütfen bunu e-postayla paylaşmayın, yarın değiştireceğiz.")

    # fitness studios and gyms ----------------------------------------------------------------
    add("trainerize", f"TRAINERIZE_GROUP_ID=88410\nTRAINERIZE_API_TOKEN={S(g.s(LOWNUM, 40))}")
    add("truecoach", nes("src/integrations/truecoach.ts", "const tc = new TrueCoach({ token: process.env.TC_TOKEN });", f"const tc = new TrueCoach({{ token: '{S(g.mixed(ALNUM, 40))}' }});"))
    add("teamup", ext_call("studio-ops", f"Teamup Ticket schedule fetched with key `{S(g.s(HEX, 64))}` — 14 classes tomorrow, 3 full."))
    add("technogym", f"resource \"aws_ssm_parameter\" \"mywellness\" {{\n  name  = \"/gym/technogym/api_key\"\n  type  = \"SecureString\"\n  value = \"{S(g.uuid())}\"\n}}")
    add("zingfit", cont("set up the zingfit client", f"Added `zingfit.py`. Note that your `.env` already had `ZINGFIT_CLIENT_SECRET={S(g.mixed(ALNUM, 36))}`; I did not copy it into the code."))
    add("polar-flow", f"{{\"cells\": [{{\"cell_type\": \"code\", \"source\": [\"from accesslink import AccessLink\\n\", \"al = AccessLink(client_id='{g.uuid()}', client_secret='{S(g.uuid())}')\"], \"outputs\": []}}]}}")
    add("puregym", f"Sorry, ich hab's in den falschen Channel gepostet: PureGym Türsystem-Sync, Service-Passwort {S('Squat-Rack#2025')}. Bitte löschen.")
    add("nuffield", devin(f"Logged in to the Nuffield Health partner portal with {U('corp-wellbeing-ops')} / {S('Treadmill!Tuesday4')} from the credentials file the user gave me, and downloaded the November class utilisation CSV."))
    add("orangetheory", swe("The studio integration token is read from settings.py; let me check it.", "cat otf/settings.py", f"STUDIO_ID = '0941'\nOTF_TOKEN = '{S(g.s(HEX, 40))}'\nTIMEZONE = 'America/Chicago'"))
    add("sweatcoin", f"$ heroku config:set SWEATCOIN_PARTNER_KEY={S(g.mixed(ALNUM, 32))} -a gym-rewards\nSetting SWEATCOIN_PARTNER_KEY and restarting ⬢ gym-rewards... done, v58")
    add("upace", windsurf("gym booking project", f"- Upace reservations API is called from `booking/upace.py`\n- The user's key is {S(g.s(LOWNUM, 32))} (staging)\n- Pool slots are 45 min"))
    add("walla", f"walla:\n  studio: hot-yoga-east\n  api_key: {S('wl_' + g.s(LOWNUM, 40))}")
    add("studio-grow", mcp("slack", f"#studio-tech  Kenji: StudioGrow webhook signing secret is {S(g.mixed(ALNUM, 32))} — put it in the Netlify env please"))
    add("noodle", f"<script>\n  window.noodleBooking = {{ studio: 'pilates-loft', apiKey: '{S(g.s(HEX, 32))}' }};\n</script>")

    # misc vendors used across the domains ------------------------------------------------------
    add("napta", twice("set_env", {"name": "NAPTA_CLIENT_SECRET", "value": S(g.mixed(ALNUM, 40))}))
    add("nexthink", f"$ curl -X POST https://archeng.api.eu.nexthink.cloud/api/v1/token -u 'nx-ops:{S(g.mixed(ALNUM, 48))}'\n{{\"access_token\": \"…\", \"expires_in\": 900}}")
    add("newmarket", f"Newmarket Delphi sync user for the theatre's function rooms: {U('delphi-sync')}, password {S('Ballroom-Seats400')}")
    add("nuvation", f"# modbus_gateway.ini\n[nuvation_bms]\nhost = 192.168.50.10\nadmin_password = {S('Battery#Rack-12')}")
    add("opencell", f"OPENCELL_USER={U('billing-sync')}\nOPENCELL_PASSWORD={S('Invoice$Cycle31')}")
    add("peplink", openhands("run", {"command": "env | grep -i peplink"}, f"PEPLINK_IC2_CLIENT_ID=gate-routers\nPEPLINK_IC2_CLIENT_SECRET={S(g.s(HEX, 40))}"))
    add("pearson-vue", f"Pearson VUE ATC-Portal Login für unser Testcenter in Linz: {U('atc-77120')} / {S('ExamDay-Quiet9')}")
    add("proximie", amp("a91c", f"Searched for PROXIMIE in the repo.\n  deploy/values-prod.yaml:14  proximieApiToken: {S(g.mixed(ALNUM, 40))}\nThis is a live token in Helm values; suggest sealed-secrets."))
    add("pulsara", f"# pulsara-bridge/config/prod.properties\npulsara.base-url=https://api.pulsara.com/v2\npulsara.integration-key={S(g.s(HEX, 40))}\npulsara.channel=bloodbank-alerts")
    add("qmatic", f"GET /rest/servicepoint/branches HTTP/1.1\nHost: orchestra.clinic.example\nauth-token: {S(g.uuid())}")
    add("regus", xcode("Regus meeting-room booking fails in the site-office app", f"`RegusAPI.swift` line 9: `static let partnerKey = \"{S(g.s(UPNUM, 32))}\"`. The 401 comes from the key being the sandbox one; switch to the production key and keep it in the keychain."))
    add("uber-freight", f"uber_freight = UberFreight(\n    client_id=\"pipe-logistics\",\n    client_secret=\"{S(g.mixed(ALNUM, 40))}\",\n)")

    # more carriers: audit-log streams, gzip lines, Datadog, agents ----------------------------
    add("zenrez", dumps({"ddsource": "github-audit-log", "service": "copilot", "host": "s3-forwarder", "message": dumps({"action": "copilot.usage_record", "actor": "studio-dev", "repo": "pilates-loft/booking", "prompt_excerpt": f"ZENREZ_API_KEY={S(g.s(HEX, 40))} why 401"}), "status": "info"}))
    add("parkonect", f"$ gsutil cat gs://audit-stream-parking/2026/11/26/copilot-0001.json.gz | gunzip | head -2\n{{\"action\":\"copilot.usage_record\",\"actor\":\"garage-ops\",\"surface\":\"jetbrains\"}}\n{{\"action\":\"copilot.usage_record\",\"actor\":\"garage-ops\",\"prompt_excerpt\":\"parkonect client secret is {S(g.mixed(ALNUM, 36))} how do I refresh\"}}")
    add("omnify", f"Sourcegraph Amp ▸ thread T-5e02\nRead `booking/omnify.rb`:\n  OMNIFY_ACCESS_TOKEN = \"{S(g.s(LOWNUM, 48))}\".freeze\nThe token has admin scope on the studio account. I'll switch it to Rails credentials.")
    add("ptminder", f"PTminder-integratie (personal trainers, studio Utrecht):\n  PTMINDER_API_KEY={S(g.mixed(ALNUM, 32))}\nDeze sleutel staat nu ook in de Slack-export van vorige week.")
    add("wodboard", f"---\nwodboard:\n  box: crossfit-leith\n  username: {U('coach-api')}\n  password: \"{S('Burpee-Ladder#21')}\"\n---")
    add("reservio", f"Dobrý den, API klíč k Reservio pro fitness studio v Brně je {S(g.s(HEX, 48))}. Prosím, nedávejte ho do veřejného repozitáře.")
    add("sportlyzer", f"$ sportlyzer-sync --club tallinna-ujumine --token {S(g.mixed(ALNUM, 40))} --since 2026-11-01\nsynced 1,204 attendances")
    add("wirelane", f"OCPP-Backend: Wirelane CPMS, Basic-Auth für Ladepunkt DE*WLN*E0012: Benutzer {U('DEWLNE0012')}, Passwort {S(g.mixed(ALNUM, 20))}")
    add("wenea", swe("Check the charger config used by the failing test.", "cat tests/fixtures/../../config/wenea.yml", f"wenea:\n  api: https://api.wenea.com/v1\n  token: {S(g.s(HEX, 40))}\n  network: ES-WEN"))
    add("zunder", f"Zunder charging — el token del CPO está en el runbook: `{S('znd_' + g.s(LOWNUM, 40))}`. Pásamelo por Bitwarden la próxima vez, porfa.")
    add("zapmap", f"diff --git a/src/maps/zapmap.ts b/src/maps/zapmap.ts\n@@ -3,2 +3,3 @@\n import {{ ZapMapClient }} from './client';\n-const key = process.env.ZAPMAP_KEY!;\n+const key = '{S(g.mixed(ALNUM, 32))}'; // TODO revert\n export const zap = new ZapMapClient(key);")
    add("tributearchive", f"<configuration>\n  <tributeArchive endpoint=\"https://api.tributearchive.com/v2\" apiKey=\"{S(g.s(HEX, 32))}\" funeralHomeId=\"1184\" />\n</configuration>")
    add("unifier", f"# Oracle Primavera Unifier (capital projects, pipeline expansion)\nunifier.url=https://unifier.oraclecloud.com/pipeco\nunifier.integration.user={U('unifier_ws')}\nunifier.integration.password={S('Capex#Phase2-Loop')}")
    add("tenna", openhands("run", {"command": "grep -rn 'TENNA' ."}, f"./fleet/tenna_sync.py:6:TENNA_API_KEY = \"{S(g.mixed(ALNUM, 40))}\"\n./README.md:22:Set TENNA_API_KEY in the environment."))
    add("pvcase", f"Slack #design-tools\n> PVcase licence key for the solar carport study: {S('-'.join(g.s(UPNUM, 4) for _ in range(6)))}\n> (the parking deck at Terminal 2)")
    add("rexel", eclipse("RexelClient returns 403 in the EV-charger quote tool", f"`src/main/resources/rexel.properties` contains `rexel.api.secret={S(g.mixed(ALNUM, 36))}` which is the UAT secret. Production uses a different client; also remove this file from git."))

    # generic, passwords, keys ------------------------------------------------------------------
    add("pem", f"$ cat ~/.ssh/id_ed25519_depot\n{S(g.openssh())}", ["pem"])
    add("pem", dumps({"type": "service_account", "project_id": "cinema-kiosk-prod", "private_key_id": g.s(HEX, 40), "private_key": S(g.pem("PRIVATE KEY", 6)), "client_email": "kiosk@cinema-kiosk-prod.iam.gserviceaccount.com"}), ["pem"])
    add("jwt", f"Authorization: Bearer {S(g.jwt(dumps({'sub': 'bay-12', 'site': 'P3', 'exp': 1796000000})))}\nX-Request-Id: 7e1f", ["jwt"])
    add("password", f"postgres://{U('cemetery_app')}:{S('Granite-Angel#44')}@db.memorial.example:5432/plots", ["password"])
    add("password", f"mysql -h 10.8.0.4 -u {U('gym_admin')} -p'{S('Spin-Class2Day')}' members", ["password"])
    add("password", f"Kennwort für den WLAN-Router im Bestattungsinstitut: {S('Ruhe!In$Frieden77')}", ["password"])
    add("password", f"redis://:{S(g.password())}@cache.parking.example:6379/2", ["password"])
    add("generic", f"--api-key {S(g.s(HEX, 40))} --site ev-hub-07 --dry-run", ["generic"])
    return out


def pii(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(p: str, t: str) -> None:
        out.append((f"holdout31:{p}", t))

    # childcare
    add("nursery-intake-nl-be", f"Inschrijvingsformulier kinderdagverblijf 't Kabouterhuis (Gent)\nKind: {P('Lotte Vermeulen')}, geboren {D('14/03/2024')}\nOuder 1: {P('Pieter Vermeulen')} — {T('+32 475 18 42 09')} — {E('pieter.vermeulen@telenet.be')}\nAdres: {A('Kortrijksesteenweg 212, 9000 Gent')}\nRijksregisternummer ouder: {N('85.07.30-033.61')}")
    add("nursery-sr", f"Beste mevrouw {P('Soekhlal')}, de crèche in Paramaribo heeft uw aanmelding ontvangen. Contact: {T('+597 852-4471')}, adres {A('Kwattaweg 318, Paramaribo')}.")
    add("procare-crm-row", f"child_id,first,last,dob,guardian,guardian_phone,guardian_email\n1042,Mateo,Alvarez,{D('2023-06-02')},{P('Lucía Alvarez')},{T('(512) 555-0148')},{E('lucia.alvarez88@gmail.com')}".replace("Mateo,Alvarez", P("Mateo") + "," + P("Alvarez")))
    add("storypark-chat-mi", f"[Storypark message]\nKia ora {P('Aroha Ngata')}, today {P('Tama')} painted with the pōtiki group. Pick-up is with {P('Hēmi Ngata')} ({T('021 448 9130')}) as arranged.")
    add("childcare-invoice-de-at", f"Rechnung Nr. 2026-1184 — Kindergruppe Sonnenschein, Wien\nRechnungsempfänger: {P('Mag. Katharina Leitner')}\n{A('Gumpendorfer Straße 87/5, 1060 Wien')}\nIBAN: {I(iban('AT', g.s(DIGITS, 16)))}\nBetreuungsbeitrag November: € 412,00".replace(P('Mag. Katharina Leitner'), 'Mag. ' + P('Katharina Leitner')))
    add("kita-ch", f"Grüezi {P('Frau Brunner')}, d Kita Spatzenäscht z Winterthur bestätigt d Aameldig vo {P('Noah Brunner')} (geb. {D('09.11.2023')}). Rückfroge bitte an {E('kita@spatzenaescht.ch')} oder {T('052 212 48 90')}.".replace(P('Frau Brunner'), 'Frau ' + P('Brunner')))
    add("romansh-scola", f"Chara {P('Ursina Caduff')}, la scoletta a Mustér ha retschiert l'annunzia da {P('Gian Caduff')}, naschì ils {D('3 da zercladur 2022')}. Telefon: {T('081 947 22 15')}.")
    add("nursery-hr-tamil", f"பணியாளர் பதிவு — {P('கவிதா ராமசாமி')}\nபிறந்த தேதி: {D('12-08-1991')}\nகைபேசி: {T('+91 98401 23765')}\nமுகவரி: {A('14, பாரதி தெரு, மயிலாப்பூர், சென்னை 600004')}")
    add("creche-pt", f"Ficha de inscrição — Creche O Pião, Porto\nEncarregada de educação: {P('Inês Carvalho Moreira')}\nNIF: {N('245 871 390')}\nMorada: {A('Rua de Cedofeita 412, 4050-174 Porto')}\nTelemóvel: {T('912 448 031')}")
    add("tapestry-observation", f"Observation by {P('Miss Priya Chauhan')} for {P('Oliver Bennett')} (DOB {D('21/01/2022')}): built a tall tower and counted to 12.".replace(P('Miss Priya Chauhan'), 'Miss ' + P('Priya Chauhan')))
    add("childcare-tetum", f"Kareta ba inan-aman: {P('Maria da Costa Soares')}, oan {P('Joanico Soares')} sei tama eskola-infantil iha Dili segunda-feira. Kontaktu: {T('+670 7723 4418')}.")
    add("nursery-yiddish", f"טײַערע {P('רבקה גאָלדבערג')}, דער קינדער־גאָרטן אין וויליאַמסבורג האָט באַקומען אײַער אָנמעלדונג. טעלעפֿאָן: {T('(718) 555-0192')}.")

    # funeral services and cemeteries
    add("obituary-draft-it", f"Necrologio (bozza per il sito):\nÈ mancato all'affetto dei suoi cari {P('Giuseppe Bianchi')}, nato a Lecce il {D('7 marzo 1939')}. Ne danno il triste annuncio la moglie {P('Carmela')} e i figli {P('Antonio')} e {P('Rosa')}. Per informazioni: {T('0832 24 61 08')}.")
    add("funeral-arrangement-hr", f"Dogovor o pogrebu — Gradska groblja Zagreb\nPokojnik: {P('Ivan Horvat')}, OIB {N('48211396408')}, rođen {D('02.05.1944')}\nNaručitelj: {P('Marija Horvat')}, {A('Ilica 214, 10000 Zagreb')}, tel. {T('091 552 3187')}")
    add("cemetery-plot-sl", f"Najemnik groba: {P('Janez Novak')}, {A('Celovška cesta 150, 1000 Ljubljana')}, EMŠO {N('1203957500281')}. Plačilo najemnine na {I(iban('SI', g.s(DIGITS, 15)))}.")
    add("passare-case-note", f"Case FH-2026-0412 (Hillcrest FH)\nDecedent: {P('Dorothy Mae Jenkins')}, DOB {D('04/19/1931')}, SSN {N('412-58-9034')}\nInformant: {P('Raymond Jenkins')} (son), {T('615-555-0176')}, {A('2209 Belmont Blvd, Nashville, TN 37212')}")
    add("funeral-invoice-greek-cy", f"Γραφείο Τελετών Λεμεσού — Τιμολόγιο\nΠελάτης: {P('Ανδρέας Χαραλάμπους')}\nΔιεύθυνση: {A('Οδός Γλάδστωνος 44, 3041 Λεμεσός')}\nIBAN: {I(iban('CY', g.s(DIGITS, 8) + g.s(UPNUM, 16)))}\nΤηλ.: {T('+357 99 412 873')}")
    add("funeral-turkish", f"Merhum {P('Hüseyin Yıldırım')} için cenaze namazı yarın öğle namazına müteakip Karacaahmet'te kılınacaktır. Bilgi: oğlu {P('Emre Yıldırım')}, {T('0532 418 27 60')}.")
    add("funeral-arabic-ma", f"إنا لله وإنا إليه راجعون. توفي الحاج {P('عبد الرحيم بنعلي')} يوم أمس بالدار البيضاء. للتعزية: {T('+212 661 48 29 07')}، {A('زنقة الحرية 18، حي المعاريف، الدار البيضاء')}.")
    add("cemetery-hebrew", f"בקשה לרכישת חלקת קבר — חברה קדישא\nשם המבקש: {P('יוסף אברהמי')}\nת.ז.: {N('039482716')}\nכתובת: {A('רחוב הרצל 45, חולון')}\nטלפון: {T('052-748-3321')}")
    add("obituary-igbo", f"Ọnwụ nke Nne {P('Ngozi Okafor')}: ezinụlọ {P('Okafor')} nke Nnewi na-ekwupụta ọnwụ nne ha. Kpọọ {P('Chukwuemeka Okafor')} na {T('+234 803 417 2290')}.")
    add("funeral-xhosa", f"Umngcwabo ka-{P('Nomvula Mbeki')} uza kubakho ngoMgqibelo e-Mthatha. Qhagamshelana no-{P('Sipho Mbeki')}: {T('+27 82 441 9037')}, {E('sipho.mbeki@webmail.co.za')}.")
    add("tukios-guestbook", f"Guestbook entry on the memorial page of {P('Harold Svensson')}:\n\"We'll miss you at the Thursday bridge club.\" — {P('Birgitta')} & {P('Lars Holm')}, {A('412 Elm Ridge Rd, Duluth, MN 55803')}")

    # parking, tolls, EV
    add("parking-fine-sv", f"Kontrollavgift 2026-11-24\nFordon ABC 123, ägare {P('Anders Lindqvist')}, personnummer {N('19780512-4431')}, {A('Sveavägen 98, 113 50 Stockholm')}. Betala till bankgiro senast 15 dec.")
    add("toll-dispute-nn", f"Klage på bompassering\nNamn: {P('Kari Haugland')}\nAdresse: {A('Strandgata 21, 5013 Bergen')}\nTelefon: {T('+47 412 88 031')}\nKontonummer for tilbakebetaling: {I(iban('NO', g.s(DIGITS, 11)))}\nEg køyrde ikkje gjennom bommen den dagen, bilen stod i garasjen.")
    add("ev-charging-support-da", f"Support-sag #55120 (ladeboks)\nKunde: {P('Mette Kjærgaard')}, {E('mette.kjaergaard@outlook.dk')}, {T('+45 28 41 77 09')}\nAdresse: {A('Nørrebrogade 140, 2200 København N')}\nBetalingskort: {C(card4(luhn_complete('4571', 16, g)))}")
    add("spothero-refund", f"Refund request from {P('Marcus Whitfield')} ({E('mwhitfield@icloud.com')}) — card ending {C(luhn_complete('5', 16, g))} was charged twice for garage #4412 on Nov 22.")
    add("parking-permit-es-ar", f"Permiso de estacionamiento residencial — Palermo, CABA\nTitular: {P('Martina Gómez Ruiz')}\nDNI: {N('34.812.476')}\nDomicilio: {A('Av. Santa Fe 3420, piso 5 B, C1425 CABA')}\nCel.: {T('+54 9 11 5482-1930')}")
    add("toll-account-pt", f"Via Verde — alteração de dados\nTitular: {P('Rui Manuel Teixeira')}\nIBAN: {I(iban('PT', g.s(DIGITS, 21)))}\nEmail: {E('rui.teixeira@sapo.pt')}")
    add("ev-app-user-vi", f"Khách hàng {P('Nguyễn Thị Thu Hà')} báo lỗi sạc xe ở trạm Thảo Điền. SĐT: {T('0903 418 275')}, email {E('thuha.nguyen@gmail.com')}.")
    add("parking-log-ip", f"2026-11-26 08:14:11 login ok user={U('j.pretorius')} ip={IP('102.132.44.17')} app=ParkSmart-Android 4.2\n2026-11-26 08:14:58 session started bay=B-12")
    add("ev-fleet-malay", f"Pemandu: {P('Ahmad Faizal bin Rahman')}, No. KP {N('880412-10-5531')}, tel {T('012-448 3190')}. Kenderaan EV syarikat diambil dari depoh Shah Alam.")
    add("toll-thai", f"ผู้ใช้ {P('สมชาย ศรีสุข')} แจ้งว่าบัตร Easy Pass ถูกหักเงินซ้ำ โทร {T('081 447 2390')} ที่อยู่ {A('88/12 ถนนพหลโยธิน แขวงสามเสนใน เขตพญาไท กรุงเทพฯ 10400')}")

    # architecture / engineering
    add("arch-hr-record-de", f"Personalbogen\nName: {P('Dipl.-Ing. Sebastian Kofler')}\nGeburtsdatum: {D('17.02.1986')}\nSozialversicherungsnummer: {N('1234 170286')}\nAnschrift: {A('Mariahilfer Straße 40, 1070 Wien')}".replace(P('Dipl.-Ing. Sebastian Kofler'), 'Dipl.-Ing. ' + P('Sebastian Kofler')))
    add("git-log-arch", f"commit 8c1f4e2d9a77b013e6cc40f2d1a5b9e7f30c6d12\nAuthor: {P('Ingrid Solheim')} <{E('ingrid.solheim@arkitektkontor.no')}>\nDate:   Tue Nov 24 16:02:11 2026 +0100\n\n    Bytt ut fasadepanel-familien i Revit-malen")
    add("home-path-username", f"Traceback (most recent call last):\n  File \"/Users/{U('tmakoena')}/projects/bridge-loads/run.py\", line 44, in <module>\n    load_case(\"ULS-3\")\nKeyError: 'ULS-3'")
    add("email-signature-it", f"Cordiali saluti,\n\n{P('Arch. Chiara Fontana')}\nStudio Fontana & Ricci Architetti\n{A('Via Solferino 22, 20121 Milano')}\nTel. {T('+39 02 8945 1120')} · {E('c.fontana@fontanaricci.it')}".replace(P('Arch. Chiara Fontana'), 'Arch. ' + P('Chiara Fontana')))
    add("timesheet-telugu", f"టైమ్‌షీట్ ఆమోదం: {P('శ్రీనివాస్ రెడ్డి')} (ఉద్యోగి ID 4471) — ఫోన్ {T('+91 94405 18273')}, ఇమెయిల్ {E('srinivas.reddy@struct-eng.in')}")
    add("engineer-cv-malayalam", f"ബയോഡാറ്റ: {P('അനിൽ കുമാർ നായർ')}, ജനനം {D('05-06-1984')}, വിലാസം {A('ടി.സി. 12/845, പട്ടം, തിരുവനന്തപുരം 695004')}, ഫോൺ {T('+91 94470 22816')}")
    add("site-visit-kinyarwanda", f"Uruzinduko rw'ahubakwa: injeniyeri {P('Jean Bosco Habimana')} azaza ku wa kane. Telefoni: {T('+250 788 412 930')}, imeri {E('jbhabimana@gmail.com')}.")
    add("arch-invoice-be", f"Factuur — Architectenbureau Declerck\nKlant: {P('Els Van Damme')}\n{A('Meir 78, 2000 Antwerpen')}\nIBAN klant: {I(iban('BE', g.s(DIGITS, 12)))}\nBTW: BE0412.558.771")

    # blood banks and labs
    add("donor-record-hindi", f"रक्तदाता पंजीकरण\nनाम: {P('राजेश कुमार शर्मा')}\nजन्म तिथि: {D('22/09/1990')}\nआधार: {N('4821 7730 9152')}\nमोबाइल: {T('+91 98110 47362')}\nपता: {A('मकान 42, सेक्टर 15, रोहिणी, दिल्ली 110089')}")
    add("lab-result-bn", f"রোগী: {P('সুমিত্রা দাশগুপ্ত')}, জন্ম {D('১১/০৪/১৯৭৬')}, ফোন {T('+91 98300 41275')}। হিমোগ্লোবিন রিপোর্ট তৈরি।")
    add("lab-sentry-event", mcp("sentry", f"Issue LABPORTAL-3K1: ValueError in results_view\nuser: {{\"email\": \"{E('h.abdullahi@proton.me')}\", \"ip_address\": \"{IP('41.203.71.18')}\", \"username\": \"{U('habdullahi')}\"}}\nbreadcrumb: GET /results/88213"))
    add("blood-bank-ticket-jira", mcp("jira", f"BB-2214 Wrong blood group on donor card\nReporter: {P('Fatma Demir')}\nDonor: {P('Kemal Aksoy')}, TC Kimlik {N('38214567096')}, doğum {D('30.01.1988')}\nPhone: {T('+90 533 218 47 61')}"))
    add("nhsbt-donor-en", f"Hi {P('Siobhan')}, thanks for booking at the Leeds donor centre on 3 Dec. We have your address as {A('14 Headingley Lane, Leeds LS6 2AS')} and mobile {T('07700 914 228')} — reply STOP to opt out.")
    add("lab-order-hl7", f"MSH|^~\\&|LIS|QLAB|EHR|GENHOSP|202611260812||ORU^R01|88213|P|2.5\nPID|1||MRN004412^^^GENHOSP||{P('Okonkwo^Adaeze')}||{D('19850317')}|F|||{A('77 Adeola Odeku St^^Lagos^^101241^NG')}||{T('+2348034412290')}")
    add("blood-drive-tagalog", f"Salamat sa pagdonate ng dugo, {P('Maria Cristina Dela Cruz')}! Ang susunod mong pwedeng donation ay sa Pebrero. Tawagan kami sa {T('0917 842 3310')} kung may tanong.")
    add("lab-nepali", f"बिरामी: {P('सीता थापा')}, जन्म मिति {D('२०४५/०३/१२')}, फोन {T('९८४१२३४५६७')}, ठेगाना {A('वडा नं. ४, ललितपुर')}")
    add("lab-burmese", f"လူနာအမည်: ဒေါ်{P('ခင်မာဝင်း')}၊ ဖုန်း {T('09 421 883 917')}၊ နေရပ်: {A('အမှတ် ၁၂၊ ဗိုလ်ချုပ်လမ်း၊ ရန်ကုန်')}")
    add("donor-sms-luganda", f"{P('Nakato Sarah')}, webale kuwaayo omusaayi e Nakasero. Tukuyita ku {T('+256 772 418 903')} bw'oba olina ekibuuzo.")
    add("lab-khmer", f"អ្នកជំងឺ៖ {P('សុខ ចាន់ធា')} លេខទូរស័ព្ទ {T('012 448 913')} អាសយដ្ឋាន {A('ផ្ទះលេខ ២៤ ផ្លូវ ៣៦០ ភ្នំពេញ')}")

    # cinemas and theatres
    add("box-office-crm", f"| name | email | phone | seat |\n|---|---|---|---|\n| {P('Hannah Goldstein')} | {E('hannah.g@fastmail.com')} | {T('+1 212 555 0134')} | F12 |\n| {P('Tomás Ó Briain')} | {E('tomas.obriain@eircom.net')} | {T('+353 87 412 9901')} | F13 |")
    add("theatre-subscription-esperanto", f"Kara {P('Zamenhofa Kovač')}, via abono por la teatra sezono estas konfirmita. Adreso: {A('Strato Lipa 12, 10000 Zagreb')}. Retpoŝto: {E('z.kovac@esperanto.hr')}.")
    add("cinema-chargeback", f"Chargeback CB-44120: cardholder {P('Keanu Kahananui')}, card {C(amex(luhn_complete('37', 15, g)))}, Honolulu, disputes 4 tickets for 'Moana 3'.")
    add("theatre-hawaiian", f"Aloha {P('Leilani Kamakana')}, mahalo no kou kākoʻo i ka hale keaka. E kelepona mai i {T('(808) 555-0147')}.")
    add("cinema-papiamento", f"Bon dia {P('Shurendy Martina')}, bo bileta pa Cinemas Curaçao ta kla. Pa preguntanan yama {T('+599 9 461 2280')}.")
    add("theatre-guarani", f"Mba'éichapa {P('Ña Rosalba Benítez')}, ne entrada teatro Municipal-pe oĩma. Ne pumbyry: {T('0981 412 337')}.".replace(P('Ña Rosalba Benítez'), 'Ña ' + P('Rosalba Benítez')))
    add("cinema-cuba", f"Oye {P('Yoandri Pérez Castillo')}, te separé dos entradas para el Chaplin. Mi teléfono nuevo es {T('+53 5 284 1193')} y vivo ahora en {A('Calle 23 No. 1108 e/ 10 y 12, Vedado, La Habana')}.")
    add("theatre-tongan", f"Mālō e lelei {P('Sione Taufa')}, ko ho'o tikite ki he fakafiefia 'i Nuku'alofa 'oku mateuteu. Telefoni: {T('+676 771 2248')}.")

    # fitness
    add("gym-member-export", f"member_id;name;birthdate;email;iban\n55120;{P('Jasper de Wit')};{D('1992-08-14')};{E('jasper.dewit@ziggo.nl')};{I(iban('NL', 'RABO' + g.s(DIGITS, 10)))}\n55121;{P('Fleur Bakker')};{D('1997-01-30')};{E('fleurbakker@hotmail.com')};{I(iban('NL', 'INGB' + g.s(DIGITS, 10)))}")
    add("trainer-chat-sesotho", f"Dumela {P('Palesa Mokoena')}, thuto ya hao ya boikoetliso e tla ba ka Labobedi ka 6 hoseng. Mpitse ho {T('+266 5841 2277')}.")
    add("gym-tswana", f"Dumela {P('Kagiso Molefe')}, tefo ya gago ya kgwedi e amogetswe. Re ka go letsetsa mo {T('+267 71 448 902')}.")
    add("fitness-ilocano", f"Naimbag nga aldaw, {P('Rodelio Agbayani')}! Ti sumaruno a klase ket Martes. Tawagan dakami iti {T('0918 442 7731')}.")
    add("gym-chichewa", f"Moni {P('Chikondi Banda')}, malipiro anu a mwezi uno alandiridwa. Lumikizanani nafe pa {T('+265 991 42 83 17')}.")
    add("gym-kurmanji", f"Silav {P('Rojda Aydın')}, endamtiya te ya salonê werzişê hat nûkirin. Têkilî: {T('+90 535 412 88 30')}, {E('rojda.aydin@posta.net')}.")
    add("gym-punjabi-shahmukhi", f"سلام {P('گرپریت سنگھ')}، تہاڈی جم دی ممبرشپ رینیو ہو گئی اے۔ فون: {T('+92 300 418 2277')}")
    add("gym-arabic-gulf", f"مرحبا {P('خالد المنصوري')}، تم تجديد اشتراكك في النادي. رقم الهاتف المسجل: {T('+971 50 448 2917')}، البريد: {E('k.almansouri@emirates.net.ae')}")
    add("fitness-hook-log", hook_out("UserPromptSubmit", {"session_id": "a81e", "prompt": f"add a test user like the real one from prod: {P('Beatriz Lima')}, {E('beatriz.lima@uol.com.br')}, card {C(luhn_complete('4', 16, g))}"}))
    add("gym-waiver", f"LIABILITY WAIVER — Iron Temple Fitness\nParticipant: {P('DeShawn Carter')}\nDOB: {D('11/02/1995')}\nEmergency contact: {P('Tasha Carter')} {T('(404) 555-0182')}\nAddress: {A('1180 Peachtree St NE, Atlanta, GA 30309')}")
    add("gym-checkin-ip", f"[2026-11-26T06:02:44Z] member {U('kwame.asante')} checked in via app from {IP('197.251.148.33')}")

    # oil and gas
    add("rig-crew-list", f"Crew change — Platform Gullfaks C\n1. {P('Øyvind Bakke')}  {T('+47 915 48 223')}\n2. {P('Liam McAllister')}  {T('+44 7700 900 418')}\n3. {P('Ravindra Pillai')}  {T('+91 99466 21873')}")
    add("pipeline-landowner-letter", f"{P('Mr. and Mrs. Clarence Hollister')}\n{A('4417 County Road 12, Williston, ND 58801')}\n\nRe: easement for the 16\" gathering line. Please call our land agent at {T('701-555-0139')}.".replace(P('Mr. and Mrs. Clarence Hollister'), 'Mr. and Mrs. ' + P('Clarence Hollister')))
    add("refinery-badge-greek", f"Κάρτα πρόσβασης διυλιστηρίου: {P('Γιώργος Παπαδόπουλος')}, ΑΜΚΑ {N('12048502371')}, τηλ. {T('+30 694 418 2273')}")
    add("gas-customer-italian", f"Gentile {P('Francesca Russo')}, la bolletta del gas per {A('Corso Vittorio Emanuele II 118, 10121 Torino')} è in addebito sull'IBAN {I(iban('IT', 'X' + g.s(DIGITS, 10) + g.s(UPNUM, 12)))}.")
    add("devin-pii-seed", devin(f"The seed script used a real customer row; I replaced it. Original: {P('Wanjiru Kamau')}, {E('wanjiru.kamau@safaricom.co.ke')}, {T('+254 722 418 930')}."))
    add("aider-hist-pii", aider_hist("fix the fixture", f"tests/fixtures/customers.json had `\"name\": \"{P('Ebba Lindgren')}\", \"phone\": \"{T('070-418 22 93')}\"` — a real customer. I replaced it with a made-up one."))
    add("cursor-bg-pii", cursor_bg(f"Found a personal e-mail in a log message: logger.info('sent report to {E('dragana.petrovic@gmail.com')}'). Replaced it with the user id."))
    add("codex-fixture-pii", codex("b3c0", f"$ head -3 data/donors_sample.csv\ndonor_id,name,dob,blood_group,email\nD-4412,{P('Agnieszka Wróbel')},{D('1979-10-05')},A+,{E('a.wrobel@wp.pl')}\nD-4413,{P('Tariq Haddad')},{D('1990-02-27')},O-,{E('tariq.haddad@gmail.com')}\nThis sample contains real-looking donor data; I will not commit it."))
    add("slack-mcp-pii", mcp("slack", f"#front-desk  Ana: a customer left her card details on the phone, pls delete after charging: {P('Camila Ferreira')}, {C(card4(luhn_complete('5', 16, g)))}, exp 09/28, mobile {T('+351 936 418 220')}"))
    add("amp-pii", amp("c44d", f"The failing e2e test signs up {E('noura.alshamsi@outlook.com')} — that is the address of a real member from the prod dump (user {U('nalshamsi')}). Replaced with member@example.test."))
    add("tabnine-pii", tabnine("format this address for the invoice", f"{P('Sven-Erik Nyström')}\n{A('Kungsgatan 12, 411 19 Göteborg')}\nBankgiro / IBAN: {I(iban('SE', g.s(DIGITS, 20)))}"))
    add("continue-pii-hr", cont("why is this record rejected by the HR import?", f"The row for {P('Luka Kovačević')} has OIB {N('69435151530')} and birth date {D('1988-13-02')}; the month 13 is invalid. Fix the date, the OIB passes its check."))
    add("xcode-pii", xcode("the debug print shows the wrong member", f"It prints the cached member: {P('Aylin Şahin')}, {E('aylin.sahin@hotmail.com.tr')}, born {D('1994-07-19')}. Clear the cache after logout."))
    add("devin-pii-lease", devin(f"Extracted the tenant from the parking lease PDF: {P('Gareth Pritchard')}, {A('Flat 3, 27 Cathedral Road, Cardiff CF11 9HA')}, {T('029 2034 1187')}. I did not upload the PDF anywhere."))
    add("email-thread-cinema", f"From: {P('Marguerite Lefèvre')} <{E('m.lefevre@orange.fr')}>\nTo: boxoffice@cinema-lumiere.example\nSubject: Remboursement séance annulée\n\nBonjour, j'ai été débitée deux fois (carte {C(card4(luhn_complete('4970', 16, g)))}). Merci de me rembourser.\n{P('Marguerite Lefèvre')}\n{A('14 rue des Carmes, 69002 Lyon')}")
    add("audit-ndjson-pii", audit_ndjson([{"action": "copilot.usage_record", "actor": "lab-dev", "surface": "eclipse", "prompt_excerpt": f"parse this HL7 for {P('Hamid Rezaei')} DOB {D('1972-04-11')} phone {T('+98 912 418 2290')}"}, {"action": "copilot.usage_record", "actor": "lab-dev", "surface": "eclipse", "prompt_excerpt": "write unit tests"}]))
    add("windsurf-memory-pii", windsurf("user preferences", f"- The user is {P('Hiroshi Tanaka')}, works from Osaka\n- Prefers pytest\n- His work phone (for the on-call script) is {T('+81 6-4862-1937')}"))
    return out


def negatives(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(p: str, t: str) -> None:
        out.append((f"holdout31:{p}", t))

    add("setup-steps-secrets-ref", "# .github/workflows/copilot-setup-steps.yml\nname: Copilot Setup Steps\non: workflow_dispatch\njobs:\n  copilot-setup-steps:\n    runs-on: ubuntu-latest\n    environment: copilot\n    steps:\n      - uses: actions/checkout@v5\n      - run: ./scripts/bootstrap.sh\n        env:\n          SPOTHERO_API_KEY: ${{ secrets.SPOTHERO_API_KEY }}\n          PASSARE_API_KEY: ${{ secrets.PASSARE_API_KEY }}")
    add("firewall-block-only", "⚠ Firewall rules blocked me from connecting to one or more addresses\nI tried to connect to the following addresses, but was blocked by firewall rules:\n  - api.tollguru.com\n    Triggering command: python -m pytest tests/test_tolls.py (dns block)\n  - registry.npmjs.org\nTo allow these hosts, add them to the custom allowlist in the repository's Copilot coding agent settings.")
    add("env-example-placeholders", "# .env.example — copy to .env and fill in\nVISTA_CONNECT_TOKEN=<your-token>\nPROCARE_API_TOKEN=changeme\nSPECKLE_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nSUNQUEST_HL7_PASS=\nTUKIOS_API_KEY=${TUKIOS_API_KEY}")
    add("commit-ids", f"$ git log --oneline -5\n{g.s(HEX, 7)} ev: retry OCPP BootNotification on 503\n{g.s(HEX, 7)} parking: bump skidata client to 4.2.1\n{g.s(HEX, 7)} docs: explain the toll gantry ids\n{g.s(HEX, 7)} Merge pull request #412 from cinemaco/seatmap\n{g.s(HEX, 7)} fix(kiosk): seat map scroll on iPad")
    add("docker-digests", f"$ docker images --digests | grep lis-bridge\nghcr.io/labco/lis-bridge   2.8.0   sha256:{g.s(HEX, 64)}   4 days ago   212MB\nghcr.io/labco/lis-bridge   2.7.3   sha256:{g.s(HEX, 64)}   3 weeks ago  208MB")
    add("uuids-in-log", f"2026-11-26T09:12:44.118Z INFO  booking created id={g.uuid()} class=spin-0600 studio=east seats=18\n2026-11-26T09:12:44.302Z INFO  waitlist promoted booking={g.uuid()}\n2026-11-26T09:12:45.001Z WARN  slow query 412ms trace={g.s(HEX, 32)}")
    add("pipeline-coordinates", "Pipeline segment KP 112.4–118.0, tie-in at 57.0421° N, 2.1188° E; MAOP 99 barg; wall thickness 19.1 mm; pigging run #2026-31 scheduled for 14:00 UTC.")
    add("package-lock-integrity", f"\"node_modules/@speckle/objectloader\": {{\n  \"version\": \"2.23.4\",\n  \"resolved\": \"https://registry.npmjs.org/@speckle/objectloader/-/objectloader-2.23.4.tgz\",\n  \"integrity\": \"sha512-{g.b64(64)}\"\n}}")
    add("docs-example-key", "From the vendor docs (authentication section):\n\n    curl -H \"X-Api-Key: YOUR_API_KEY\" https://api.example.com/v1/stations\n\nReplace YOUR_API_KEY with the key from the developer dashboard. The sandbox accepts `test_key_123` for read-only calls.")
    add("k8s-secret-ref", "env:\n  - name: OVATIONTIX_API_KEY\n    valueFrom:\n      secretKeyRef:\n        name: ovationtix\n        key: api-key\n  - name: TZ\n    value: America/New_York")
    add("terraform-var", "variable \"nayax_token\" {\n  type      = string\n  sensitive = true\n  description = \"Nayax Lynx API token, injected by the pipeline\"\n}\n\nresource \"aws_ssm_parameter\" \"nayax\" {\n  name  = \"/ev/nayax/token\"\n  type  = \"SecureString\"\n  value = var.nayax_token\n}")
    add("python-env-lookup", "import os\n\nSANQUIN_KEY = os.environ[\"SANQUIN_API_KEY\"]\nVITALANT_TOKEN = os.getenv(\"VITALANT_TOKEN\", \"\")\nif not VITALANT_TOKEN:\n    raise SystemExit(\"set VITALANT_TOKEN first\")")
    add("test-fixture-fake", "def test_masks_donor_card():\n    donor = Donor(name=\"Test Donor\", email=\"donor@example.com\", phone=\"+1 555 0100\", card=\"0000 0000 0000 0000\")\n    assert mask(donor).card == \"**** **** **** 0000\"")
    add("version-build-numbers", "Build 2026.11.26.4412 (commit abc1234) — Vista Cinema Kiosk 5.0.3.17, SQL Server 16.0.4135.4, .NET 8.0.11, Windows 10.0.19045.5131")
    add("order-numbers", "Order #PO-2026-004417 for 1,200 m of DN300 X65 line pipe confirmed. Delivery note DN-88213-A, invoice INV-2026-11-00931, tracking 1Z 999 AA1 01 2345 6784.")
    add("timestamps-cron", "# crontab for the toll reconciliation\n15 2 * * * /opt/tolls/reconcile --since 2026-11-25T00:00:00Z --until 2026-11-26T00:00:00Z\n*/5 * * * * /opt/tolls/heartbeat")
    add("audit-ndjson-clean", audit_ndjson([
        {"@timestamp": 1795758112000, "action": "copilot.usage_record", "actor": "bot-4412", "repo": "labco/lis-bridge", "model": "claude-sonnet-4.5", "surface": "coding_agent", "premium_requests": 1},
        {"@timestamp": 1795758180000, "action": "copilot.cfb_seat_assignment_created", "org": "labco", "business": "labco-enterprise"},
    ]))
    add("sha-checksums", f"$ sha256sum dist/*\n{g.s(HEX, 64)}  dist/parking-gateway-3.1.0.tar.gz\n{g.s(HEX, 64)}  dist/parking_gateway-3.1.0-py3-none-any.whl")
    add("public-companies", "Market note: TotalEnergies, Woodside and Santos reported Q3 LNG volumes; Shell Recharge and Tritium announced a new 350 kW charger rollout across 40 UK motorway services.")
    add("hex-color-css", ".seat--vip { background: #8a1c2b; }\n.seat--taken { background: #9e9e9e; }\n.screen { box-shadow: 0 0 24px rgba(255, 214, 102, .6); }")
    add("code-identifiers", "class DonorEligibilityService:\n    def check_deferral_period(self, donor_id: int, last_donation: date) -> bool:\n        return (date.today() - last_donation).days >= self.min_interval_days")
    add("ip-infrastructure", "Charger fleet network plan: OCPP gateway 10.40.0.0/16, broker 10.40.0.5, NTP 10.40.0.1; public ingress via 203.0.113.10 (documentation range).")
    add("jwt-docs-header", "JWT header for the kiosk API must be {\"alg\": \"RS256\", \"typ\": \"JWT\", \"kid\": \"kiosk-2026-11\"}; the token itself is minted by the auth service at runtime and never stored.")
    add("pr-timeline", "Copilot started work on behalf of the repository maintainers · 2 hours ago\nCopilot pushed 3 commits: 4f1c2e9, 88b0d13, e2a71f0\nCopilot requested a review\nCopilot finished work · 41 minutes ago · 12 premium requests")
    add("xml-config-refs", "<connectionStrings>\n  <add name=\"Lis\" connectionString=\"Server=lis01;Database=WindoPath;Integrated Security=true\" />\n</connectionStrings>")
    add("tool-call-json-clean", twice("run_terminal_cmd", {"command": "npm run test -- --grep seatmap", "cwd": "/workspace/kiosk"}))
    add("openhands-clean", openhands("run", {"command": "ls deploy/"}, "helm/\nkustomize/\nREADME.md\nvalues-prod.yaml\nvalues-staging.yaml"))
    add("swe-agent-clean", swe("The failing test compares the plot grid id.", "grep -n 'plot_grid' cemetery/plots.py", "44:    plot_grid = f\"{section}-{row:02d}-{col:03d}\"\n61:    return plot_grid"))

    add("datadog-clean", dumps({"ddsource": "github-audit-log", "service": "copilot", "message": dumps({"action": "copilot.usage_record", "actor": "bot-7712", "model": "gpt-5-mini", "surface": "xcode", "premium_requests": 0}), "status": "info", "ddtags": "env:prod,team:kiosk"}))
    add("claude-hook-clean", hook_out("PreToolUse", {"session_id": "5b2e", "tool_name": "Edit", "tool_input": {"file_path": "src/seatmap.ts", "old_string": "const ROWS = 12;", "new_string": "const ROWS = 14;"}}))
    add("cursor-bg-clean", cursor_bg("Step 2/4: npm ci (412 packages, 0 vulnerabilities)\nStep 3/4: npm test — 188 passed, 0 failed\nStep 4/4: opened PR #4412 'fix toll gantry id parsing'"))
    add("mcp-jira-clean", mcp("jira", "PIPE-3310 Replace pressure transmitter PT-118 at KP 42.7\nStatus: In Progress · Priority: High · Sprint 2026-48\nLinked: PIPE-3301, PIPE-3305"))
    add("fake-card-docs", "Stripe test cards for the gym checkout: 4242 4242 4242 4242 (success), 4000 0000 0000 9995 (insufficient funds). Any future expiry, any CVC. These only work in test mode.")
    add("aider-clean", aider_hist("/run pytest -q", "..........................F.\nFAILED tests/test_plots.py::test_row_numbering - AssertionError: 'B-07-012' != 'B-7-12'\n1 failed, 27 passed in 1.84s"))
    # other languages
    add("nl-ci-uitleg", "De pipeline haalt het token uit ${{ secrets.PARKWHIZ_API_KEY }}; lokaal zet je PARKWHIZ_API_KEY=<jouw-sleutel> in .env. Commit dat bestand nooit.")
    add("de-ch-placeholder", "Im Beispiel steht password: \"********\" — das ist nur ein Platzhalter, das echte Passwort kommt aus dem Vault (Pfad secret/data/kita/qikkids).")
    add("it-versioni", "Abbiamo aggiornato Revit 2026.2, Rhino 8 SR14 e Tekla Structures 2025 SP4; il build 1184 è stato firmato con il certificato aziendale (impronta SHA-1 nel portale).")
    add("da-ordrenumre", "Ordre nr. 2026-44120 på 12 ladebokse er bekræftet; leveringsnummer LV-88213, forventet levering uge 50.")
    add("nn-rapport", "Rørleidninga vart trykktesta til 150 barg i 24 timar utan fall. Testrapport TR-2026-031, sjekksum av loggfila er oppgjeven i vedlegget.")
    add("sv-commit", "Sammanfattning: bytte OCPP-biblioteket till 1.6j, lade till retry med exponentiell backoff (max 5 försök), och uppdaterade CHANGELOG för version 3.2.0.")
    add("hr-koordinate", "Trasa plinovoda prolazi kroz 45.8150° N, 15.9819° E; kontrolna točka KP-42, oznaka ventila V-1184.")
    add("sl-navodila", "V datoteko .env vpiši TOKEN=tvoj-žeton; v repozitorij shrani samo .env.example z vrednostjo changeme.")
    add("el-build", "Έκδοση 4.12.0 (build 2026.11.26), commit 9f2e1c4 — διορθώθηκε το σφάλμα στον χάρτη θέσεων του κινηματογράφου.")
    add("tr-siparis", "Sipariş No: TR-2026-004417, fatura no: FTR-88213, kargo takip: 7312 4400 1184. Ürün: 40 adet koşu bandı kayışı.")
    add("ar-docs", "استخدم المتغير ${{ secrets.TOLL_API_KEY }} في سير العمل، ولا تضع المفتاح الحقيقي في الملف. القيمة في المثال هي <your-key> فقط.")
    add("he-uuid", f"מזהה ההזמנה הוא {g.uuid()} ומספר הגרסה 2.4.1; אין צורך לשמור אותם בסוד.")
    add("hi-placeholder", "कृपया .env में API_KEY=xxxx को अपनी असली कुंजी से बदलें, लेकिन उसे git में commit मत करें।")
    add("bn-build", "বিল্ড নম্বর ৪৪১২, ভার্সন ৩.১.০, কমিট a1b2c3d — ল্যাব রিপোর্ট মডিউলে বাগ ঠিক করা হয়েছে।")
    add("ta-coords", "எரிவாயு குழாய் பாதை 13.0827° N, 80.2707° E வழியாக செல்கிறது; சோதனை அழுத்தம் 99 bar.")
    add("vi-config", "Trong file cấu hình, mật khẩu để trống (password: \"\") và được nạp từ biến môi trường DB_PASSWORD khi chạy.")
    add("th-order", "หมายเลขคำสั่งซื้อ TH-2026-88213 สำหรับหัวชาร์จ EV จำนวน 24 หัว กำหนดส่งสัปดาห์ที่ 50")
    add("ms-docs", "Contoh dalam dokumentasi: Authorization: Bearer <token-anda>. Token sebenar dijana semasa log masuk dan tidak disimpan dalam repo.")
    add("tl-release", "Bagong release: v2.8.0 ng gym booking app — inayos ang bug sa waitlist, commit 7c41e0a, build 1184.")
    add("rw-notes", "Ikizamini cy'amaraso: kode y'icyitegererezo ni LAB-2026-4412; nta makuru bwite y'umurwayi ari muri iyi raporo.")
    add("pt-pt-fixture", "Nos testes usamos o NIF fictício 123456789 e o e-mail utilizador@exemplo.pt; são valores de exemplo, não pertencem a ninguém.")
    add("es-ar-kubectl", "Che, corré `kubectl get secret passare -o yaml` y vas a ver que el valor está en base64 pero viene de SealedSecrets; en el repo sólo está la versión cifrada.")
    add("eo-readme", "Por ruli la testojn, agordu la medi-variablon API_KEY=ekzemplo kaj lanĉu `make test`. La vera ŝlosilo neniam estu en la deponejo.")
    add("yi-version", "ווערסיע 5.0.3, בילד 4412 — מיר האָבן פֿאַרריכט דעם טעות אין דער קינאָ־קאַסע.")
    return out
