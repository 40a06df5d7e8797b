# ruff: noqa: E501, RUF001  -- item tables hold whole texts on one line; foreign letters are intended.
"""Twenty-ninth held-out set, written blind (see README.md). Domains: railways and rolling stock
maintenance, elections and civic tech, satellite operators and ground stations, fisheries and
aquaculture, law firms and notaries, wineries/breweries/distilleries, staffing and payroll agencies,
university research computing. Providers N-Z that no earlier set used.
"""

from __future__ import annotations

import json

from _markup import IP, A, C, D, E, I, P, S, T, U, Z, m
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

def review(path: str, line: int, comment: str, suggestion: str) -> str:
    """A Copilot code review comment with a suggested change."""
    return f"copilot-pull-request-reviewer[bot] reviewed {path} line {line}\n\n{comment}\n\n```suggestion\n{suggestion}\n```"


def vs_chat(question: str, answer: str) -> str:
    """GitHub Copilot Chat in Visual Studio, exported."""
    return f"[GitHub Copilot Chat — Visual Studio 2026]\nYou: {question}\nGitHub Copilot: {answer}"


def jb_chat(question: str, answer: str) -> str:
    """Copilot in a JetBrains IDE, chat export (markdown)."""
    return f"### Me\n{question}\n\n### GitHub Copilot\n{answer}"


def space(name: str, question: str, answer: str) -> str:
    return f"Copilot Space: {name}\n> {question}\n\n{answer}"


def usage_page(items: list[dict[str, object]], page: int = 2) -> str:
    """A page of GET /enterprises/{enterprise}/copilot/usage-records."""
    return dumps({"total_count": 1840, "page": page, "per_page": 50, "usage_records": items}, indent=2)


def eventhub(body: str) -> str:
    """An Azure Event Hubs capture record (Avro read out as JSON)."""
    return dumps({"SequenceNumber": 88213, "Offset": "4294971264", "EnqueuedTimeUtc": "11/26/2026 09:41:17 AM", "SystemProperties": {"x-opt-enqueued-time": 1795772477000}, "Properties": {"source": "copilot-telemetry"}, "Body": body})


def gemini(step: str, body: str) -> str:
    return f"Gemini Code Assist (agent mode) ▸ {step}\n{body}"


def amazonq(question: str, answer: str) -> str:
    return f"Amazon Q Developer (IDE)\nUser: {question}\n\nAmazon Q: {answer}"


def junie(step: str, body: str) -> str:
    return f"Junie › {step}\n{body}"


def zencoder(body: str) -> str:
    return dumps({"agent": "zencoder", "step": "repo_grokking", "output": body})


def qodo(question: str, answer: str) -> str:
    return f"Qodo Gen ─ /ask {question}\n\n{answer}"


def tabby(prompt: str, answer: str) -> str:
    return dumps({"event": "chat_completion", "tabby_version": "0.31.2", "prompt": prompt, "answer": answer})


def refact(tool: str, result: str) -> str:
    return dumps({"role": "tool", "tool_name": tool, "content": result, "refact_session": "s-7781"})


def plandex(plan: str, body: str) -> str:
    return f"plandex ▸ plan {plan}\n📄 Building changes…\n{body}"


def aider_diff(path: str, search: str, replace: str) -> str:
    """Aider's diff edit format (SEARCH/REPLACE block)."""
    return f"{path}\n```\n<<<<<<< SEARCH\n{search}\n=======\n{replace}\n>>>>>>> REPLACE\n```"


def openhands(action: str, args: dict[str, object], observation: str) -> str:
    return dumps({"id": 17, "source": "agent", "action": action, "args": args}) + "\n" + dumps({"id": 18, "source": "environment", "observation": action, "content": observation})


def devin(text: str) -> str:
    return f"Devin  ·  session 4f2c\n{text}"


def mcp_result(text: str) -> str:
    return dumps({"jsonrpc": "2.0", "id": 12, "result": {"content": [{"type": "text", "text": text}], "isError": False}})


def twice(name: str, args: dict[str, object]) -> str:
    """A tool call whose arguments are a JSON string, logged again as a JSON string (twice escaped)."""
    inner = dumps({"type": "function", "function": {"name": name, "arguments": dumps(args)}})
    return dumps({"event": "tool_call", "raw": inner})


def card4(number: str) -> str:
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))


def secrets(g: Gen) -> list[tuple[str, list[str], str]]:
    out: list[tuple[str, list[str], str]] = []

    def add(p: str, t: str, providers: list[str] | None = None) -> None:
        out.append((f"holdout29:{p}", providers or [p], t))

    # railways and rolling stock --------------------------------------------------------------
    add("railnova", f"RAILNOVA_API_URL=https://api.railnova.eu/v1\nRAILNOVA_API_TOKEN={S(g.s(HEX, 40))}\nFLEET=ICNG-B\n# pulls fault codes every 5 min")
    add("nexala", review("src/fleet/r2m.py", 14, "Hard-coded Nexala R2M credential. This will be visible to everyone who can read the repo; read it from the vault instead.", f"NEXALA_KEY = os.environ[\"NEXALA_KEY\"]  # was \"{S(g.mixed(ALNUM, 36))}\""))
    add("tracsis", f"[tracsis]\nendpoint = https://rail.tracsis.com/api/rosters\nusername = {U('roster_sync')}\npassword = {S('Signal$Box1987')}")
    add("railigent", jb_chat("Why does the Railigent X client fail with 403 on the bogie sensor feed?", f"The token in `application-prod.yml` (`railigent.token: {S('rgx_' + g.s(LOWNUM, 44))}`) belongs to the staging tenant. Ask the Siemens Mobility portal admin for a prod token and keep it in the secret store."))
    add("raildata", f"$ curl -s 'https://api1.raildata.org.uk/1010-live-departure-board-dep/LDBWS/api/20220120/GetDepBoardWithDetails/LDS' -H 'x-apikey: {S(g.mixed(ALNUM, 48))}' | jq '.trainServices | length'\n14")
    add("realtime-trains", f"# rtt.py\nimport requests\nRTT_USER = \"{U('rttapi_hjallen')}\"\nRTT_PASS = \"{S(g.s(HEX, 40))}\"\nr = requests.get(\"https://api.rtt.io/api/v1/json/search/KGX\", auth=(RTT_USER, RTT_PASS))")
    add("nrod", f"Hoi, de Network Rail open data feed (NROD) gaat via STOMP. Inloggen met {U('dienstregeling@spoorlab.nl')} en wachtwoord {S('Wissel-Spoor-77')}; de TD-feed zit op /topic/TD_ALL_SIG_AREA.")
    add("nsreisinformatie", f"# NS API-portaal (Reisinformatie)\nNS_PRIMARY_KEY={S(g.s(HEX, 32))}\nNS_SECONDARY_KEY={S(g.s(HEX, 32))}\nNS_BASE=https://gateway.apiportal.ns.nl/reisinformatie-api/api/v2")
    add("ovapi", gemini("Reading scripts/kv78.sh", f"```bash\n#!/usr/bin/env bash\n# OVapi KV78turbo mirror\nexport OVAPI_TOKEN='{S(g.mixed(ALNUM, 32))}'\ncurl -sf -H \"X-Token: $OVAPI_TOKEN\" http://v0.ovapi.nl/tpc/30005070\n```\n\nThe token is committed; I'll move it to GitHub Actions secrets."))
    add("ojp", f"POST https://api.opentransportdata.swiss/ojp20 HTTP/1.1\nAuthorization: Bearer {S('eyJvcmciOi' + g.s(B64URL, 80))}\nContent-Type: application/xml\n\n<OJP xmlns=\"http://www.vdv.de/ojp\" version=\"2.0\"><OJPRequest>…</OJPRequest></OJP>")
    add("vr-group", f"VR:n rata-API:n avain löytyi lokista: `{S('vrk_' + g.s(LOWNUM, 40))}`. Poistin sen tiedostosta config/rata.yaml ja pyysin uuden avaimen – älä käytä vanhaa enää.")
    add("transitfeeds", f"import os\nfrom gtfs_tools import Mirror\n\nm = Mirror(api_key=\"{S(g.uuid())}\", provider=\"transitfeeds\")  # TODO move to env\nm.sync(\"sncb/725\")")
    add("sncb", f"Salut, l'accès au flux GTFS-RT de la SNCB pour l'atelier de Forest : client_id=forest-maint, client_secret={S(g.mixed(ALNUM, 40))}. Je l'ai mis dans le ticket par erreur, on le régénère lundi.")
    add("viarail", f"{{\n  \"viarail\": {{\n    \"partner_api\": \"https://partners.viarail.ca/api/v3\",\n    \"partner_id\": \"maint-montreal\",\n    \"api_key\": \"{S(g.s(UPNUM, 32))}\"\n  }}\n}}")
    add("wabtec", openhands("run", {"command": "grep -rn WABTEC_ .env*"}, f".env.production:3:WABTEC_LOCOVISION_KEY={S(g.mixed(ALNUM, 40))}\n.env.production:4:WABTEC_FLEET=GE-ES44AC"))
    add("strongdm", devin(f"I found a strongDM admin token for the depot bastion in `infra/terraform.tfvars`:\n\n```hcl\nsdm_api_access_key = \"auth-{g.s(HEX, 16)}\"\nsdm_api_secret_key = \"{S(g.b64(32))}\"\n```\n\nI'll replace them with variables fed from Vault."))
    add("railsmart", f"RailSmart EFM – dienstaccount\nGebruiker: {U('efm.integratie')}\nWachtwoord: {S('Dwarsligger!2026')}\n(alleen voor de koppeling met Maximo)")
    add("omnicom-balfour", f"- name: upload track geometry run\n  env:\n    OMNICOM_SFTP_USER: {U('bb-omnivision')}\n    OMNICOM_SFTP_PASS: {S('Gauge#Cant-14mm')}\n  run: ./upload.sh runs/2026-11-24/*.ogf")
    add("openraildata", amazonq("how do I authenticate to the Darwin push port?", f"Darwin uses the OpenRailData credentials issued to you. In your `darwin.properties` you already have:\n\n```\ndarwin.username={U('DARWIN7f3a21c0')}\ndarwin.password={S(g.mixed(ALNUM, 14))}\n```\n\nThose go in the STOMP CONNECT frame. Don't commit this file."))
    add("tracsis", f"$ tracsis-cli login --user {U('depot.planner')} --password '{S('Kettering_Depot22')}'\nLogged in to rail.tracsis.com as depot.planner (tenant: emr)", ["tracsis"])

    # elections and civic tech ----------------------------------------------------------------
    add("votebuilder", f"VAN/VoteBuilder:\n  application_name: county-dems-sync\n  api_key: \"{S(g.uuid())}|1\"\n  mode: 1  # MyCampaign")
    add("turbovote", f"export TURBOVOTE_API_KEY=\"{S(g.s(HEX, 40))}\"\nexport TURBOVOTE_PARTNER=uni-votes\npython reminders.py --state WI --dry-run")
    add("votesmart", f"<?php\n// Vote Smart candidate lookup\n$key = '{S(g.s(HEX, 32))}';\n$url = \"https://api.votesmart.org/Candidates.getByZip?key=$key&zip5=53703&o=JSON\";\n$json = file_get_contents($url);")
    add("openstates", f"Hola, para el tablero legislativo usé la API de Open States v3 con la clave {S(g.uuid())}. Está en el .env del repo `civic-tablero`, ¿la pasamos a un secreto de GitHub?")
    add("opensecrets", tabby("add an OpenSecrets lookup helper", f"```ruby\nOPENSECRETS_KEY = \"{S(g.s(HEX, 32))}\"\n\ndef legislators(state)\n  HTTP.get(\"https://www.opensecrets.org/api/\", params: {{ method: \"getLegislators\", id: state, apikey: OPENSECRETS_KEY, output: \"json\" }})\nend\n```"))
    add("pluralpolicy", f"PLURAL_API_KEY={S('pl_' + g.s(LOWNUM, 40))}\nPLURAL_WORKSPACE=housing-bills-2027")
    add("scytl", f"Scytl election night reporting — staging SFTP\nhost: enr-stage.scytl.com\nuser: {U('cnty_dane_enr')}\npass: {S('Precinct-0817!')}")
    add("voatz", f"{{\"voatz_pilot\": {{\"org_id\": \"uocava-2026\", \"webhook_secret\": \"{S(g.s(HEX, 64))}\"}}}}")
    add("phone2action", f"# Phone2Action (Capitol Canary) advocacy campaign\nP2A_API_USER={U('fisheries-coalition')}\nP2A_API_KEY={S(g.mixed(ALNUM, 32))}")
    add("resistbot", f"Resistbot partner webhook signing secret: {S('rbs_' + g.s(HEX, 48))} — don't paste this in #civic-dev again pls")
    add("rapidsms", f"RAPIDSMS_HTTP_BACKEND = {{\n    \"ENGINE\": \"rapidsms.backends.kannel.KannelBackend\",\n    \"sendsms_url\": \"http://sms.election-watch.local:13013/cgi-bin/sendsms\",\n    \"sendsms_params\": {{\"username\": \"{U('ewatch')}\", \"password\": \"{S('ObserveR!2027')}\"}},\n}}")
    add("tenfold", qodo("why does the constituent sync job fail?", f"The job uses a revoked Tenfold key. Line 22 of `jobs/sync.ts`: `const TENFOLD_KEY = \"{S('tf_live_' + g.mixed(ALNUM, 32))}\";` — generate a new one and read it from `process.env`."))
    add("populate", f"Populate.tools API key for the Auckland ward boundary lookup: {S(g.s(LOWNUM, 40))}\nNgā mihi, ka whakahoutia ā te Mane.")
    add("sunlight", f"// legacy Sunlight Congress API (archived mirror)\nconst SUNLIGHT_APIKEY = '{S(g.s(HEX, 32))}';\nfetch(`https://congress.api.sunlightfoundation.com/legislators?apikey=${{SUNLIGHT_APIKEY}}`)")
    add("smartmatic", f"Smartmatic EMS – ambiente di collaudo. Utente tecnico: {U('ems_collaudo_to')}, password: {S('Scheda2026@Torino')}. Da ruotare dopo il test di carico.")
    add("quill", jb_chat("clean up the Quill integration", f"Done. I also noticed `QUILL_API_TOKEN = \"{S(g.mixed(ALNUM, 40))}\"` in `settings/base.py`; I moved it to `settings/secrets.py`, which is git-ignored. Please rotate it."))

    # satellite operators and ground stations -------------------------------------------------
    add("signoz", f"# ground station telemetry (Tromsø) -> SigNoz Cloud\nOTEL_EXPORTER_OTLP_ENDPOINT=https://ingest.eu.signoz.cloud:443\nOTEL_EXPORTER_OTLP_HEADERS=signoz-ingestion-key={S(g.uuid())}\nSTATION_LAT=69.65\nSTATION_LON=18.96")
    add("xweather", f"$ curl -s \"https://data.api.xweather.com/observations/tromso,no?client_id={g.s(ALNUM, 21)}&client_secret={S(g.s(ALNUM, 40))}\" | jq .response.ob.tempC\n-4")
    add("orbcomm", f"<orbcomm>\n  <gateway>https://isatdatapro.orbcomm.com/GLGW/2/RestMessages.svc</gateway>\n  <accessId>{U('70001842')}</accessId>\n  <password>{S('TRAWL-fleet-42')}</password>\n</orbcomm>")
    add("ororatech", f"OroraTech wildfire API (ISO: ground-station-ops)\n\nAuthorization: Bearer {S(g.jwt(dumps({'sub': 'gs-ops', 'scope': 'hotspots:read'}, separators=(',', ':'))))}")
    add("unseenlabs", f"UNSEENLABS_API_KEY = \"{S(g.s(HEX, 48))}\"  # BRO RF detections, Bay of Biscay AOI")
    add("satvu", f"satvu:\n  client_id: {g.uuid()}\n  client_secret: {S(g.mixed(ALNUM, 48))}\n  audience: https://api.satellitevu.com")
    add("terrascope", f"Bonjour, voici les identifiants Terrascope (VITO) pour le traitement Sentinel-2 sur le cluster : utilisateur {U('gsops-liege')} / mot de passe {S('Copernic!Liege8')}. Merci de ne pas les commiter.")
    add("viasat", twice("set_secret", {"name": "VIASAT_IOT_TOKEN", "value": S(g.s(HEX, 40)), "scope": "ground-segment"}))
    add("telesat", f"# Telesat Lightspeed customer portal\ntelesat_api_key = \"{S(g.mixed(ALNUM, 36))}\"\ntelesat_terminal = \"LS-UT-0047\"")
    add("ses", f"SES O3b mPOWER network portal token, teleport Betzdorf: {S(g.b64(36, urlsafe=True))}\nLaeft Enn Dezember of, w.e.g. nei ufroen.")
    add("oneweb", eventhub(f"{{\"op\":\"terminal.provision\",\"ut\":\"OW-UT-7721\",\"authorization\":\"Bearer {S(g.s(HEX, 64))}\"}}"))
    add("swarm", f"Swarm Hive (satellite IoT) login for the buoy fleet:\n  curl -s -X POST https://bumblebee.hive.swarm.space/hive/login -d 'username={U('buoy-ops@havlab.no')}&password={S('Bumblebee!Polar3')}'")
    add("ssc-space", f"SSC Space ground network – API-nyckel för passplanering (Esrange): {S(g.s(HEX, 32))}\nDela inte i Slack; finns även i Bitwarden-samlingen \"gs-ops\".")
    add("rbc-signals", f"RBC_SIGNALS_API_KEY={S(g.mixed(ALNUM, 40))}\nRBC_SIGNALS_MISSION=cubesat-umb-2\nRBC_SIGNALS_GS=svalbard,punta-arenas")
    add("skytruth", f"Olá! O token da SkyTruth (Cerulean) para os alertas de manchas de óleo na bacia de Campos é {S(g.s(HEX, 40))}. Está no notebook compartilhado, melhor mover para o cofre.")
    add("vake", f"vake_api:\n  base: https://api.vake.ai/v2\n  key: {S('vk_' + g.s(LOWNUM, 36))}\n  aoi: norwegian-sea-north")
    add("windward", refact("cat", f"# windward.cfg\n[windward]\nurl = https://api.windward.ai/v3\ntoken = {S(g.mixed(ALNUM, 56))}\n"))
    add("xpansiv", f"Xpansiv CBL registry (blue-carbon offsets) sandbox: api_key={S(g.s(HEX, 32))} api_secret={S(g.mixed(ALNUM, 44))}")
    add("skyvern", plandex("ground-station-scraper", f"+ SKYVERN_API_KEY = \"{S(g.s(LOWNUM, 48))}\"\n+ client = Skyvern(api_key=SKYVERN_API_KEY)\n+ client.run_task(url=\"https://booking.ksat.no\", goal=\"list free passes\")"))
    # fisheries and aquaculture ---------------------------------------------------------------
    add("olrac", f"OLRAC Dynamic Data Logger – e-logbook sync\nOLRAC_USER={U('fv_nordkapp_h')}\nOLRAC_PASS={S('Torsk&Hyse-2026')}\nVESSEL=LK-482")
    add("trackwell", f"Trackwell VMS: notandi {U('skip_hafborg')}, lykilorð {S('Hafborg!Grindavik9')}. Vinsamlegast settu þetta í lykilorðaskrána, ekki í git.")
    add("scanbio", f"{{\"scanbio_lims\": {{\"url\": \"https://lims.scanbio.no\", \"token\": \"{S(g.s(HEX, 40))}\"}}}}")
    add("umitron", f"UMITRON_CELL_API_KEY=\"{S(g.mixed(ALNUM, 40))}\"\n# 愛媛・宇和島のいけすカメラ（給餌ログ）\nUMITRON_SITE=uwajima-03")
    add("xpertsea", vs_chat("the XpertSea growth import breaks on auth", f"`XpertSeaClient` is constructed with `apiKey: \"{S('xs_' + g.s(LOWNUM, 40))}\"` in `Program.cs`. That key was rotated last week according to the comment above it. Put the new one in user-secrets: `dotnet user-secrets set XpertSea:ApiKey <key>`."))
    add("steinsvik", f"Steinsvik (ScaleAQ) feeding barge controller\n  host: 10.40.2.11\n  user: {U('foring')}\n  password: {S('Laks_Merd7')}")
    add("scale-aq", f"scaleaq:\n  fishtalk_api: https://api.fishtalk.scaleaq.com\n  client_id: sjøtroll-prod\n  client_secret: \"{S(g.mixed(ALNUM, 44))}\"")
    add("pharmaq", f"Hei! PHARMAQ Analytiq-portalen: bruker {U('lab.hitra')} og passord {S('Vaksine-ILA-33')}. Kan du legge det i passordhvelvet i staden for på Teams?")
    add("vaki", f"# Vaki Bioscanner uploads\nVAKI_FTP=ftp://{U('bioscan_faroe')}:{S('Skrei!Klaksvik4')}@data.vaki.is/incoming/")
    add("seafood-watch", f"SEAFOOD_WATCH_API_KEY={S(g.s(HEX, 32))}  # Monterey Bay Aquarium recommendations feed")
    add("observe-technologies", f"Observe Technologies (Sense) — farm 'Loch Creran'\n\napi_token: {S(g.b64(33))}\nfarm_id: creran-2")
    add("umitron", zencoder(f"config/feeding.toml\n\n[umitron]\nendpoint = \"https://api.umitron.com/v2\"\napi_key = \"{S(g.mixed(ALNUM, 40))}\"\n"), ["umitron"])
    add("ocean-infinity", f"Ocean Infinity Armada fleet telemetry:\nexport OI_ARMADA_TOKEN={S(g.s(HEX, 64))}\nexport OI_VESSEL=armada-78-06")
    add("pole-star", f"<?xml version=\"1.0\"?>\n<polestar>\n  <username>{U('pelagic-ops')}</username>\n  <apiKey>{S(g.s(UPNUM, 24))}</apiKey>\n  <fleet>PURSE-SEINE-NE-ATL</fleet>\n</polestar>")
    add("tray", f"Tray.io (sondas de oxígeno, Chiloé):\nusuario: {U('salmones.chiloe')}\nclave: {S('Oxigeno#Castro21')}\nOjo, no lo subas al repo del dashboard.")

    # law firms and notaries ------------------------------------------------------------------
    add("orion-law", f"ORION_DB_HOST=orion-sql.firm.local\nORION_API_CLIENT=docket-sync\nORION_API_SECRET={S(g.mixed(ALNUM, 40))}\nORION_OFFICE=boise")
    add("pabbly", f"# Pabbly Connect: new intake form -> matter\nPABBLY_WEBHOOK=https://connect.pabbly.com/workflow/sendwebhookdata/{S(g.b64(60, urlsafe=True).rstrip('='))}\nPABBLY_FIRM=heller-roth")
    add("softr", f"softr = SoftrClient(\n    domain=\"mandanten-graz.softr.app\",\n    api_key=\"{S(g.mixed(ALNUM, 32))}\",\n)")
    add("seatable", f"SeaTable API-token voor het kantoor in Utrecht (base 'Dossiers'): {S(g.s(HEX, 40))}\nStaat nu in de README van `dossier-export`, graag verwijderen.")
    add("timesolv", f"TimeSolv:\n  base_url: https://apps.timesolv.com/Services/rest\n  client_id: billing-export\n  client_secret: {S(g.b64(30))}")
    add("teable", f"Teable (trust accounting base) – service login {U('svc.trust')} / {S('Escrow#Ledger55')}")
    add("prolaw", f"<connectionStrings>\n  <add name=\"ProLaw\" connectionString=\"Server=sql-prolaw01;Database=ProLaw;User Id={U('prolaw_ro')};Password={S('Docket@Brief2026')};\" />\n</connectionStrings>")
    add("veeam", f"[Veeam]\nServer=vbr.kanzlei.local\nUser={U('vbr_restapi')}\nPassword={S('Akte!Wien1010')}")
    add("supertokens", f"SUPERTOKENS_CONNECTION_URI=https://st-prod-dataroom.aws.supertokens.io\nSUPERTOKENS_API_KEY={S(g.mixed(ALNUM, 40))}\n# data room for the M&A deal")
    add("userback", f"Userback widget on the client portal: the access token in `manifest.local.json` is `{S(g.s(DIGITS, 4) + '|' + g.s(DIGITS, 5) + '|' + g.mixed(ALNUM, 40))}`. Replace it before packaging the portal for the partners.")
    add("peppermint", qodo("is anything sensitive in this settings file?", f"Yes: `PEPPERMINT_CLIENT_SECRET = \"{S(g.mixed(ALNUM, 48))}\"` on line 31 is the live secret of the Peppermint legal CRM app. The matter-type IDs are fine."))
    add("ravn", f"RAVN ACE connector (iManage) – ravn.password={S('Clause-Finder-18')}\nravn.user={U('ravn_crawler')}")
    add("rubrik", f"Rubrik Security Cloud — legal hold snapshots\n  client_id: client|{g.uuid()}\n  client_secret: {S(g.mixed(ALNUM, 64))}")
    add("sharedo", f"# Sharedo matter workflow, Leeds office\nexport SHAREDO_CLIENT_SECRET='{S(g.mixed(ALNUM, 36))}'\nexport SHAREDO_TENANT=leeds-conveyancing")
    add("tikit", f"Tikit P4W (Partner for Windows) ODBC:\nDSN=P4W;UID={U('p4w_report')};PWD={S('Conveyance!77')}")
    add("notarycam", f"NotaryCam webhook:\n  url: https://notary.example-title.com/hooks/notarycam\n  secret: {S(g.s(HEX, 64))}")
    add("notarize", f"Notarize (Proof) business API key — Title ops\n\nNOTARIZE_API_KEY={S(g.mixed(ALNUM, 40))}")
    add("onespan", f"OneSpan Sign sandbox API key (base64 id:secret): {S(g.b64(45))}\nUsed by the closing-docs microservice.")
    add("penneo", f"Hej {P('Mikkel')}, Penneo-nøglen til advokatkontoret i Aarhus: API key {S(g.s(HEX, 32))}, secret {S(g.s(HEX, 32))}. Læg dem i Key Vault og slet denne besked.")
    add("oneflow", f"ONEFLOW_API_TOKEN={S(g.s(HEX, 40))}\nONEFLOW_WORKSPACE=advokatbyra-malmo")
    add("superblocks", f"Superblocks on-prem agent for the notary tools:\n  SUPERBLOCKS_AGENT_KEY={S(g.mixed(B64URL, 48))}\n  SUPERBLOCKS_AGENT_HOST_URL=http://notary-tools.local:8080")
    add("zapsign", f"Boa tarde, dr. {P('Renata Albuquerque')}! O token da ZapSign do cartório ficou no código: `{S(g.uuid() + '-' + g.s(HEX, 12))}`. Já abri um chamado para revogar.")
    add("thomson-reuters", f"# Thomson Reuters (Westlaw Edge) CoCounsel API\nTR_COCOUNSEL_KEY = \"{S(g.mixed(ALNUM, 48))}\"")
    add("soluno", f"Soluno (PLX) integration – SOLUNO_API_KEY={S(g.s(HEXU, 32))}\nMandantenabgleich nächtlich 02:00.")

    # wineries, breweries, distilleries -------------------------------------------------------
    add("vintrace", f"VINTRACE_URL=https://bodega-mendoza.vintrace.net/vinx2/api\nVINTRACE_USER={U('api.bodega')}\nVINTRACE_TOKEN={S(g.mixed(ALNUM, 40))}")
    add("vinoshipper", f"Vinoshipper producer API — key {S(g.s(HEX, 20))} / secret {S(g.s(HEX, 40))}\n(producer #4417, Willamette Valley)")
    add("winedirect", f"{{\n  \"WineDirect\": {{\n    \"Username\": \"{U('ws_clubsync')}\",\n    \"Password\": \"{S('Pinot!Noir2019')}\",\n    \"Endpoint\": \"https://webservices.vin65.com/V402/ContactService.cfc?wsdl\"\n  }}\n}}")
    add("orderport", f"Ciao! Per il wine club di Montalcino la chiave OrderPort è {S(g.s(UPNUM, 32))}. L'ho trovata nel file .env del sito, meglio spostarla nei segreti di Netlify.")
    add("sevenfifty", f"SEVENFIFTY_API_TOKEN={S(g.s(HEX, 40))}  # distributor price list sync")
    add("provi", f"provi:\n  api_base: https://api.provi.com/v1\n  retailer_token: {S('prv_' + g.mixed(ALNUM, 36))}")
    add("ohanafi", f"Ohanafi route accounting (Salesforce connected app)\nconsumer key: {g.s(ALNUM, 24)}\nconsumer secret: {S(g.s(HEXU, 64))}")
    add("ontap", f"OnTap keg tracking — login {U('brauerei.kufstein')} / {S('Hopfen&Malz1516')} (Tiroler Brauhaus, nur Lesezugriff)")
    add("untappd", f"UNTAPPD_CLIENT_ID={g.s(HEXU, 40)}\nUNTAPPD_CLIENT_SECRET={S(g.s(HEXU, 40))}")
    add("orchestrated-beer", f"Orchestrated Beer (OBeer) SAP B1 service layer:\n  user: {U('manager')}\n  password: {S('Brewhouse#4Vessel')}\n  company: BIERWERK_PROD")
    add("taphunter", f"TapHunter menu sync token: {S(g.s(LOWNUM, 32))} — Kaikki näyttöt Tampereen panimoravintolassa lukevat tätä.")
    add("vinsuite", review("integrations/vinsuite.js", 9, "This key should not live in the bundle; it ships to every browser.", f"const VINSUITE_KEY = process.env.VINSUITE_KEY; // removed \"{S(g.mixed(ALNUM, 32))}\""))
    add("whiskybase", f"# 蒸溜所の在庫と Whiskybase の評価を突き合わせる\nWHISKYBASE_TOKEN = \"{S(g.s(HEX, 40))}\"\nDISTILLERY = \"chichibu\"")
    add("vicinity", f"Vicinity Manufacturing (brewery ERP)\nVICINITY_SQL=Server=vic-sql;Database=VicinityBrew;User ID={U('vic_api')};Password={S('Mash-Tun-88')};")
    add("wineaccess", f"WINEACCESS_AFFILIATE_KEY={S(g.mixed(ALNUM, 32))}")
    add("vinotype", f"Vinotype: clave de API para la bodega de Maipo => {S(g.s(HEX, 32))} (la pegué aquí para que la guardes en 1Password po)")
    # staffing and payroll agencies -----------------------------------------------------------
    add("zenegy", f"ZENEGY_CLIENT_ID=vikarbureau-aps\nZENEGY_CLIENT_SECRET={S(g.mixed(ALNUM, 44))}\n# lønkørsel hver den 25.")
    add("shiftbase", usage_page([
        {"id": "ur_88121", "user_login": U("jvdberg"), "model": "gpt-4.1", "surface": "vscode-agent", "prompt": "why does the Shiftbase roster import 401?", "response": f"`config/shiftbase.php` still has `'api_key' => '{S(g.s(HEX, 40))}'` from the old account. Replace it with `env('SHIFTBASE_KEY')`."},
        {"id": "ur_88122", "user_login": U("jvdberg"), "model": "gpt-4.1", "surface": "vscode-agent", "prompt": "ok do it", "response": "Edited config/shiftbase.php."},
    ]))
    add("tempworks", f"TempWorks Enterprise API (branch: Milwaukee light industrial)\nclient_id = tw-ms-branch\nclient_secret = {S(g.s(HEX, 48))}\nscope = assignments.read timecards.write")
    add("tribepad", f"Tribepad ATS — TRIBEPAD_API_KEY={S(g.mixed(ALNUM, 40))}")
    add("vincere", f"{{\n  \"vincere\": {{\n    \"domain\": \"nordic-talent.vincere.io\",\n    \"x-api-key\": \"{S(g.uuid())}\",\n    \"id_token\": \"{S(g.jwt(dumps({'sub': 'recruiter-sync', 'tenant': 'nordic-talent'}, separators=(',', ':'))))}\"\n  }}\n}}")
    add("ziprecruiter", f"ZipRecruiter partner feed: api_key={S(g.s(LOWNUM, 32))}&job_board=warehouse-temps")
    add("sterling-check", f"Sterling (background checks) sandbox\nSTERLING_CLIENT_ID={g.uuid()}\nSTERLING_CLIENT_SECRET={S(g.mixed(ALNUM, 40))}")
    add("tazworks", f"<TazWorks>\n  <ClientGuid>{g.uuid()}</ClientGuid>\n  <ApiToken>{S(g.s(HEX, 32))}</ApiToken>\n</TazWorks>")
    add("truework", f"TRUEWORK_API_KEY={S('tw_sk_' + g.s(LOWNUM, 40))}\n# income verification for contractor onboarding")
    add("the-work-number", f"The Work Number (Equifax) verifier account\n  verifier_id: {U('VRF-228811')}\n  password: {S('Verify!Empl0y2026')}")
    add("trulioo", f"Trulioo GlobalGateway – NAPI key for the Manila staffing branch: {S(g.mixed(ALNUM, 32))}. Pakiusap, huwag itong i-commit.")
    add("wagestream", f"Wagestream employer API:\n  export WAGESTREAM_EMPLOYER_KEY=\"{S(g.s(HEX, 64))}\"")
    add("wagely", f"Wagely (EWA) – kunci API untuk klien outsourcing di Surabaya: {S('wgl_' + g.mixed(ALNUM, 36))}. Tolong simpan di Vault, bukan di grup WhatsApp.")
    add("randstad", amazonq("what credentials does the Randstad supplier portal uploader use?", f"It reads `RANDSTAD_SFTP_USER` and `RANDSTAD_SFTP_PASSWORD` from `uploader/.env`, which currently holds `{U('supplier_8822')}` / `{S('Staffing$Portal9')}`. The file is not git-ignored."))
    add("talentsoft", f"Talentsoft (Cegid) – client_secret={S(g.mixed(ALNUM, 40))} ; client_id=interim-lyon ; tenant=cegid-eu")
    add("nifty", f"NIFTY_API_TOKEN={S(g.mixed(ALNUM, 40))}\nNIFTY_PORTFOLIO=seasonal-staffing")
    add("workato", f"Workato payroll recipe connection (Bearer): {S(g.s(HEX, 64))}")
    add("workforce-now", f"ADP Workforce Now (payroll), mutual TLS client:\n  client_id: {g.uuid()}\n  client_secret: {S(g.uuid())}\n  cert: certs/adp_wfn.pem")
    add("zinc", f"// Zinc reference checks for new temps\nconst ZINC_API_KEY = '{S(g.s(HEX, 40))}';")
    add("runn", f"RUNN_API_TOKEN={S('LIVE_' + g.mixed(ALNUM, 32))}  # capacity planning for consultants")
    add("pinpoint", f"Pinpoint ATS: X-API-KEY: {S(g.s(HEX, 40))} (recruiting site for our seasonal staff)")
    add("voyant", f"Voyant Tools server (corpus analysis for labour-history project)\nadmin password: {S('Corpus-Lab#4')}")

    # university research computing -----------------------------------------------------------
    add("open-ondemand", f"# /etc/ood/config/ood_portal.yml\nservername: ondemand.hpc.uni-example.edu\noidc_uri: /oidc\noidc_provider_metadata_url: https://idp.uni-example.edu/.well-known/openid-configuration\noidc_client_id: ondemand-prod\noidc_client_secret: \"{S(g.mixed(ALNUM, 40))}\"")
    add("xdmod", f"[database]\nhost = xdmod-db.hpc.local\nuser = {U('xdmod')}\npass = \"{S('Queue-Wait#99')}\"\n\n[slurm]\nlogdir = /var/log/slurm")
    add("xsede", f"ACCESS (ex-XSEDE) allocations API token for the PI dashboard: {S(g.s(HEX, 48))}")
    add("spack", f"# spack mirror on our object store\nmirrors:\n  hpc-cache:\n    url: s3://spack-cache-hpc\n    access_pair:\n      id: spack-ci\n      secret: {S(g.mixed(ALNUM, 40))}")
    add("sylabs", f"$ singularity remote login --tokenfile /dev/stdin SylabsCloud <<< '{S(g.jwt(dumps({'sub': 'lab-genomics', 'iss': 'sylabs'}, separators=(',', ':'))))}'\nINFO:    Token stored in /home/{U('tmaeda')}/.singularity/remote.yaml")
    add("rescale", f"RESCALE_API_KEY={S(g.s(HEX, 40))}\nRESCALE_PLATFORM=https://eu.rescale.com")
    add("penguin-computing", f"Penguin Computing On-Demand (POD) — pod_user={U('cfd-lab')} pod_key={S(g.s(HEXU, 32))}")
    add("pawsey", f"Pawsey Setonix — Acacia object store (S3):\n  endpoint: https://projects.pawsey.org.au\n  access_key: {g.s(HEX, 32)}\n  secret_key: {S(g.s(HEX, 32))}")
    add("nesi", f"Kia ora! NeSI Mahuika: aku kupuhipa hou mō te kaiwhakamahi {U('rwaititi')} ko {S('Ngahere!Mahuika23')} — me tango tēnei karere ā muri ake.")
    add("puhuri", f"Puhuri (LUMI allocations) API token: {S(g.s(HEX, 40))}\nProjekti: project_462000xxx")
    add("onedata", f"export ONECLIENT_ACCESS_TOKEN={S('MDAx' + g.s(B64URL, 120))}\noneclient -H onezone.plgrid.pl /mnt/onedata")
    add("rucio", f"[client]\nrucio_host = https://rucio.hep.uni.example\nauth_type = userpass\nusername = {U('ddmadmin')}\npassword = {S('Higgs_125GeV!')}\naccount = physics-ops")
    add("xrootd", f"xrdcp --config /etc/xrootd/client.cfg root://{U('eosuser')}:{S('Muon-Chamber-7')}@eos.hep.local//eos/user/data/run2291.root .")
    add("weka", f"WEKA_USERNAME={U('hpc-admin')}\nWEKA_PASSWORD={S('ScratchFS!2026')}\nweka user login --host weka01")
    add("qumulo", f"Qumulo API (research data /proj): Bearer {S('access-v1:' + g.b64(60))}")
    add("vast-data", f"vast:\n  vms: https://vms.hpc.local\n  api_token: {S(g.s(HEX, 40))}\n  tenant: research")
    add("quobyte", f"QUOBYTE_API_USER={U('qb-ops')}\nQUOBYTE_API_PASSWORD={S('Replica3x-Obj')}")
    add("panasas", f"Panasas ActiveStor realm admin: user {U('pasadmin')} password {S('PanFS#Realm5')}")
    add("starfish", f"Starfish storage (data tagging) — STARFISH_TOKEN={S(g.mixed(ALNUM, 48))}")
    add("signals-notebook", f"# Revvity Signals Notebook (ELN) export\nSIGNALS_API_KEY = \"{S(g.mixed(ALNUM, 48))}\"\nSIGNALS_TENANT = \"chem-lab-uni.signalsnotebook.revvity.cloud\"")
    add("sapio", f"Sapio LIMS webservice — API token {S(g.uuid())}\nLab: Proteomics core, Bldg 12")
    add("sage-bionetworks", f"$ synapse login -u {U('kmohan')} -p {S(g.jwt(dumps({'sub': '3421009', 'aud': '0', 'access': {'scope': ['view', 'download']}}, separators=(',', ':'))))}\nWelcome, kmohan!")
    add("nectar", f"# Nectar Research Cloud openrc (project: marine-genomics)\nexport OS_AUTH_URL=https://keystone.rc.nectar.org.au:5000/v3/\nexport OS_USERNAME={U('j.tuilagi@uni.example.edu.au')}\nexport OS_PASSWORD={S(g.mixed(ALNUM, 32))}\nexport OS_PROJECT_NAME=marine-genomics")
    add("nextflow-tower", f"export TOWER_ACCESS_TOKEN={S(g.b64(60))}\nexport TOWER_WORKSPACE_ID=4412998733\nnextflow run nf-core/rnaseq -with-tower")
    add("openalex", f"# OpenAlex premium key for the bibliometrics lab\nOPENALEX_API_KEY={S(g.mixed(ALNUM, 22))}")
    add("unpaywall", f"UNPAYWALL_EMAIL={E('biblio-bot@ub.uni-example.de')}\nUNPAYWALL_DATA_FEED_KEY={S(g.mixed(ALNUM, 32))}")
    add("polyaxon", f"polyaxon config set --host=https://plx.ml.uni.example --token={S(g.s(HEX, 40))}")
    add("noteable", f"Noteable workspace token (lab notebooks, Chem 301): {S('ntbl_' + g.mixed(ALNUM, 40))}")
    add("quiltdata", f"[quilt]\nregistry = https://quilt.lab.example.edu\ntoken = {S(g.s(HEX, 64))}")
    add("nanohub", f"nanoHUB Tool API (oauth2):\n  client_id: {g.s(HEX, 32)}\n  client_secret: {S(g.s(HEX, 40))}\n  username: {U('kvasquez')}\n  password: {S('Quantum%Dot8')}")
    add("tacc", f"TACC Tapis v3 token for the Frontera lab gateway:\n{S(g.jwt(dumps({'tapis/tenant_id': 'tacc', 'sub': 'lab-gateway@tacc'}, separators=(',', ':'))))}")
    add("sdsc", f"Expanse (SDSC) — Globus-less transfer via\n$ sshpass -p '{S('Expanse^Lab2026')}' scp results.tar.gz {U('gmartins')}@login.expanse.sdsc.edu:/expanse/lustre/scratch/")
    # mixed carriers, more providers ----------------------------------------------------------
    add("nautobot", aider_diff("nautobot_config.py", f"NAPALM_USERNAME = \"{U('netops')}\"\nNAPALM_PASSWORD = \"{S('Fibre-Ring#44')}\"", "NAPALM_USERNAME = os.getenv(\"NAPALM_USERNAME\")\nNAPALM_PASSWORD = os.getenv(\"NAPALM_PASSWORD\")"))
    add("nextdns", f"Σημείωση: το κλειδί NextDNS για το δίκτυο του οινοποιείου στη Νεμέα είναι {S(g.s(HEX, 40))}. Μην το ανεβάσεις στο GitHub· βάλ' το στο .env.")
    add("nobl9", f"sloctl config add-context\n? Context name: fisheries-prod\n? Client ID: {g.s(ALNUM, 20)}\n? Client Secret: {S(g.mixed(ALNUM, 44))}\nContext fisheries-prod saved.")
    add("ockam", f"Ockam enrollment ticket for the notary-office relay (single use):\n{S(g.s(HEX, 120))}")
    add("openmeter", mcp_result(f"Found 1 match in deploy/helm/values.yaml:\n  openmeter:\n    apiKey: \"{S('om_' + g.mixed(ALNUM, 40))}\"\n    url: https://openmeter.cloud"))
    add("orbstack", f"$ orb config set license.key {S('ORB-' + g.s(UPNUM, 5) + '-' + g.s(UPNUM, 5) + '-' + g.s(UPNUM, 5) + '-' + g.s(UPNUM, 5))}\nLicense activated for lab-mac-07.")
    add("outscraper", f"import outscraper\n\nclient = outscraper.ApiClient(api_key='{S(g.b64(40).rstrip('='))}')\nwineries = client.google_maps_search('winery Mendoza', limit=200)")
    add("parseable", f"P_USERNAME={U('admin')}\nP_PASSWORD={S('Logs-Stream!Cellar')}\nP_S3_URL=https://s3.eu-west-1.amazonaws.com\nP_S3_BUCKET=brewery-logs")
    add("picovoice", f"# ground station voice commands (Rhino + Porcupine)\nPICOVOICE_ACCESS_KEY = \"{S(g.b64(42))}\"")
    add("pilvio", f"Pilvio API: apikey: {S(g.mixed(ALNUM, 32))}\nSee on Tartu ülikooli laborimärkmike varukoopia jaoks; palun ära jaga seda Slackis.")
    add("plunk", f"PLUNK_SECRET_KEY={S('sk_' + g.s(HEX, 48))}\nPLUNK_FROM=noreply@payroll-agency.example")
    add("pocketbase", f"PocketBase superuser for the tasting-room app: {U('admin@cellar.local')} / {S('Riesling-Spatlese-1998')}")
    add("questpro", f"QuestPro survey API (voter outreach): api_key={S(g.s(HEX, 32))}")
    add("raindrop", f"RAINDROP_TEST_TOKEN={S(g.uuid())}\n# bookmarks of the law library")
    add("refact", refact("cat", f"~/.config/refact/integrations.d/postgres.yaml\nhost: 10.8.0.4\nport: 5432\nuser: {U('payroll_ro')}\npassword: \"{S('Paye-Slip!31')}\"\ndatabase: payroll"))
    add("relay-app", f"Relay.app webhook (new hire → payroll): https://hook.relay.app/api/v1/playbook/{g.s(ALNUM, 20)}/trigger/{S(g.s(ALNUM, 22))}")
    add("resemble", f"RESEMBLE_API_KEY={S(g.mixed(ALNUM, 24))}\n# automated platform announcements, voice 'Ingrid'")
    add("retell", f"Retell AI agent for the shift-booking hotline: RETELL_API_KEY={S('key_' + g.s(HEX, 28))}")
    add("rutter", f"RUTTER_CLIENT_ID={g.uuid()}\nRUTTER_SECRET={S(g.s(HEX, 64))}\n# accounting sync for the brewery")
    add("sardine", f"sardine:\n  client_id: {g.uuid()}\n  client_secret: {S(g.uuid())}\n  env: sandbox  # payroll card fraud checks")
    add("seam", f"Seam API (smart locks on the lab doors) – SEAM_API_KEY={S('seam_' + g.mixed(ALNUM, 8) + '_' + g.mixed(ALNUM, 24))}")
    add("sematext", f"Sematext Logs token for the HPC login nodes: {S(g.uuid())}\n(rsyslog → logsene-syslog-receiver.eu.sematext.com)")
    add("screenshotone", f"https://api.screenshotone.com/take?access_key={S(g.mixed(ALNUM, 14))}&url=https%3A%2F%2Felection-results.example.gov&full_page=true")
    add("slite", f"Slite API key (notary knowledge base export): {S(g.mixed(ALNUM, 40))}")
    add("snaplet", f"SNAPLET_ACCESS_TOKEN={S('snp_' + g.s(HEX, 56))}\nSNAPLET_SOURCE_DATABASE_URL=postgresql://{U('snaplet_ro')}:{S('VoterRoll#Seed5')}@db.civic.local:5432/rolls")
    add("snowplow", f"Snowplow Console API key (vineyard shop tracking): {S(g.uuid())}\nOrg: 5a1c…")
    add("spotinst", f"spotinst:\n  account: act-{g.s(HEX, 8)}\n  token: {S(g.s(HEX, 64))}\n# spot nodes for the aquaculture image models")
    add("stigg", f"STIGG_SERVER_API_KEY={S('server-' + g.uuid())}\nSTIGG_CLIENT_API_KEY=client-{g.uuid()}")
    add("streamnative", f"pulsar+ssl://pc-7a21.gcp-shared-usce1.streamnative.g.snio.cloud:6651\nauth token: {S(g.jwt(dumps({'sub': 'railway-telemetry@o-x7k2.auth.streamnative.cloud'}, separators=(',', ':'))))}")
    add("reflect-run", f"# Reflect regression suite for the voter registration portal\nREFLECT_API_KEY={S(g.mixed(ALNUM, 40))}\nREFLECT_SUITE=voter-reg-smoke")
    add("tensorlake", f"TENSORLAKE_API_KEY={S('tl_apiKey_' + g.mixed(ALNUM, 32))}\n# parses scanned notarial deeds")
    add("tenzir", f"tenzir:\n  token: {S(g.s(HEX, 32))}\n  endpoint: app.tenzir.com")
    add("tolgee", f"Tolgee project key (election UI strings, 23 languages): {S('tgpak_' + g.s(LOWNUM, 40))}")
    add("trunk", f"TRUNK_TOKEN={S(g.uuid())}\n# flaky tests upload in the HPC job-portal CI")
    add("usebasin", f"<form action=\"https://usebasin.com/f/{g.s(HEX, 12)}\" method=\"POST\">\n<!-- basin API key for export: {S(g.s(HEX, 32))} -->")
    add("vapi", f"Vapi voice agent (winery reservations): private key {S(g.uuid())}, public key {g.uuid()}")
    add("warpstream", f"warpstream agent \\\n  -bucketURL s3://rail-telemetry-ws \\\n  -agentKey {S('aks_' + g.s(HEX, 64))} \\\n  -defaultVirtualClusterID vci_{g.uuid().replace('-', '_')}")
    add("wellsaid", f"WellSaid Labs: X-Api-Key: {S(g.uuid())} (announcements for the Helsinki depot)")
    add("whatconverts", f"WhatConverts API (staffing leads): token {g.s(DIGITS, 4)}-{g.s(HEX, 16)} / secret {S(g.s(HEX, 32))}")
    add("wordnik", f"WORDNIK_API_KEY={S(g.s(LOWNUM, 45))}  # glossary tool for the court interpreters")
    add("youcanbook", f"YouCanBook.me API: account id {g.uuid()}, password key {S(g.s(LOWNUM, 32))} (notary appointment pages)")
    add("zeabur", f"zeabur auth login --token {S('sk-' + g.s(LOWNUM, 48))}\n✓ Logged in (team: fisheries-dashboards)")
    add("zipcodeapi", f"https://www.zipcodeapi.com/rest/{S(g.mixed(ALNUM, 64))}/radius.json/53703/25/mile")
    # generic: passwords, keys and tokens without a vendor ----------------------------------
    add("password", f"Szia! A szüreti nyilvántartó gép (Tokaj) rendszergazda-jelszava: {S('Aszu6puttonyos!')} — kérlek, ne írd fel a pincében a táblára.")
    add("password", f"Pozdrav, lozinka za VPN ribarske zadruge (Kali) je {S('Srdela_Kali1964')}. Nakon sastanka je mijenjamo.")
    add("password", f"Merhaba, noterlik ofisinin yedekleme sunucusunun root şifresi: {S('Mühür+Defter77')} — kimseyle paylaşmayın.")
    add("password", f"שלום, הסיסמה לשרת ה-HPC של המעבדה (משתמש {U('nlevi')}) היא {S('Galil#Kinneret12')}. תחליף אותה אחרי הכנס.")
    add("password", f"مرحبا، كلمة سر حساب نظام الرواتب للشركة في دبي: {S('Khor-Fakkan2026!')} — لا ترسلها في القروب.")
    add("password", f"डिपो के सिग्नलिंग सर्वर का पासवर्ड {S('Rajdhani@12951')} है, उपयोगकर्ता {U('sig_admin')}. कृपया इसे व्हाट्सऐप पर मत भेजिए।")
    add("password", f"선거관리 대시보드 DB 비밀번호: {S('Hangang!Bridge88')} (계정: {U('elect_rw')}). 슬랙에 올리지 마세요.")
    add("password", f"漁協の販売システム、管理者パスワードは {S('Sanma-Kesennuma3')} です。ユーザー名は {U('gyokyo_admin')}。チャットに貼らないでください。")
    add("password", f"酒莊嘅 POS 後台密碼係 {S('Cabernet_Yuen21')}，用戶名 {U('shop_mgr')}，唔好擺上 GitHub 呀。")
    add("password", f"Сәлем! Теміржол депосының SCADA жүйесіне кіру: логин {U('depo_astana')}, құпия сөз {S('Lokomotiv#2TE25')}.")
    add("password", f"Բարև, գինու գործարանի (Արենի) Wi‑Fi-ի գաղտնաբառը {S('Areni-Noir2026')} է։")
    add("password", f"سلام، رمز عبور پنل آزمایشگاه محاسباتی دانشگاه: {S('Damavand!5610')} (کاربر {U('hpc_rezaei')}). لطفاً در گروه نفرستید.")
    add("password", f"Tere! Kalakasvatuse andmebaasi parool on {S('Räim-Saaremaa9')}; kasutaja {U('kala_admin')}.")
    add("password", f"Allegra! Il pled-clav per il server da la vinaria a Domleschg è {S('Stiva!Completer7')}. Na al scriva betg en il chat, per plaschair.")
    add("password", f"Bon dì! La parola d'ordin dl server dla ferata de Gherdëina ie {S('Sela-Gardena!55')}. Ne la scrì nia tl grup.")
    add("password", f"Bon dia, la contrasenya del servidor de la cooperativa de vi de Requena és {S('Bobal-Utiel#33')}; usuari {U('coop_admin')}.")
    add("password", f"ሰላም፣ የሰራተኛ ደመወዝ ስርዓት የይለፍ ቃል {S('Addis!Payroll9')} ነው። እባክዎ በቴሌግራም አይላኩ።")
    add("password", f"Salaan, furaha sirta ah ee nidaamka kalluumeysiga Berbera waa {S('Kalluun-Berbera7')}. Fadlan ha la wadaagin.")
    add("password", f"Sawubona! Iphasiwedi yesistimu yokukhokhela abasebenzi: {S('Umholo#Durban44')}. Ungayithumeli ku-WhatsApp.")
    add("pem", f"{gemini('Reading deploy/gs-uplink/id_ed25519', '')}{S(g.openssh())}\n\nThis private key is committed; I will delete it and ask you to rotate the ground-station uplink key.")
    add("pem", f"# tls for the e-filing gateway of the notary chamber\nssl_certificate /etc/nginx/tls/efiling.crt;\n# key below was pasted into the config by mistake\n{S(g.pem('RSA PRIVATE KEY', 10))}")
    add("jwt", eventhub(f"{{\"op\":\"usage.flush\",\"headers\":{{\"Authorization\":\"Bearer {S(g.jwt(dumps({'sub': 'hpc-portal', 'role': 'admin', 'exp': 1795800000}, separators=(',', ':'))))}\"}}}}"))
    add("generic", twice("write_file", {"path": ".env", "content": f"ELECTION_RESULTS_HMAC={S(g.s(HEX, 64))}\nRESULTS_PUBLIC_URL=https://results.county.example.gov\n"}))
    add("generic", usage_page([
        {"id": "ur_90411", "user_login": U("tsilva"), "model": "claude-sonnet-4", "surface": "jetbrains-chat", "prompt": f"o que é isto no application.yml? payroll.signing-key: {S(g.s(HEX, 48))}", "response": "É a chave HMAC que assina os holerites exportados. Não deve ficar no arquivo; use uma variável de ambiente."},
    ], page=7))
    add("password", tabby("fix the connection string for the fisheries registry", f"```csharp\nvar cs = \"Server=fishreg-sql;Database=Licences;User Id={U('licence_app')};Password={S('Quota&Catch2026')};TrustServerCertificate=true\";\n```\nBetter: read it from `IConfiguration`."))
    add("password", f"$ mysql -h vinoteca-db -u {U('cellar')} -p'{S('Nebbiolo*Barolo15')}' -e 'select count(*) from bottles'\n+----------+\n| count(*) |\n+----------+\n|     4127 |\n+----------+")
    add("password", f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: slurmdbd-mysql\n  namespace: hpc\ntype: Opaque\nstringData:\n  StoragePass: \"{S('Slurm-Acct!DB4')}\"\n  StorageUser: slurm")
    add("password", f"- name: tally votes nightly\n  uses: ./.github/actions/tally\n  with:\n    db-url: postgres://{U('tally')}:{S('Ballot#Box-0911')}@db.civic.local/results\n    token: ${{{{ secrets.RESULTS_TOKEN }}}}")
    add("generic", f"resource \"azurerm_eventhub_authorization_rule\" \"capture\" {{\n  name = \"copilot-capture\"\n}}\n\noutput \"conn\" {{\n  value = \"Endpoint=sb://copilot-telemetry.servicebus.windows.net/;SharedAccessKeyName=capture;SharedAccessKey={S(g.b64(32))}\"\n}}")
    add("generic", f"| env | key | value |\n|---|---|---|\n| staging | GS_UPLINK_HMAC | `{S(g.s(HEX, 40))}` |\n| prod | GS_UPLINK_HMAC | `${{{{ secrets.GS_UPLINK_HMAC }}}}` |")
    add("password", f"{{\"cells\":[{{\"cell_type\":\"code\",\"source\":[\"import pymysql\\n\",\"conn = pymysql.connect(host='lims-db', user='{U('rna_lab')}', password='{S('Ribosome!80S')}')\\n\"],\"outputs\":[]}}],\"nbformat\":4}}")
    add("password", f"Haii, kata sandi server data kapal ikan di Bitung: {S('Cakalang-Bitung22')}. Tong disebarkeun nya.")
    return out


def pii(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(src: str, t: str) -> None:
        out.append((f"holdout29:{src}", t))

    d = lambda n: g.s(DIGITS, n)  # noqa: E731

    # railways --------------------------------------------------------------------------------
    add("rail-signature", f"Thanks, I'll book the wheel-lathe slot for unit 390 157 on Thursday.\n\n--\n{P('Gwen Pritchard')}\nFleet Engineer, Longsight Depot\nM: {T('+44 7700 918 243')}\n{E('gwen.pritchard@northwest-fleet.co.uk')}")
    add("rail-hr", f"employee_id,name,dob,grade,depot,phone\nE-4471,{P('Dariusz Wróblewski')},{D('1979-03-14')},Traction Fitter B,Crewe,{T('+44 7911 402 557')}\nE-4472,{P('Adaeze Okonkwo')},{D('1991-11-02')},Technical Officer,Crewe,{T('+44 7388 210 914')}")
    add("rail-ticket-de", f"Störungsmeldung #88213 (Triebzug 4024 112)\nGemeldet von: {P('Johanna Leitgeb')}, Werkstatt Floridsdorf\nRückruf unter {T('+43 664 2178 903')} oder {E('j.leitgeb@oebb-technik.example.at')}\nPrivatanschrift für die Zustellung der Ersatz-Dienstkarte: {A('Brünner Straße 118/4, 1210 Wien')}")
    add("rail-git-log", f"commit 3f9a2c1e07d8b4f6a2d1c0e9f8a7b6c5d4e3f2a1\nAuthor: {P('Suvi Hämäläinen')} <{E('suvi.hamalainen@vr-kunnossapito.fi')}>\nDate:   Tue Nov 24 10:12:44 2026 +0200\n\n    Korjaa telipyörien kulumarajojen yksikkömuunnos (mm → 0,1 mm)")
    add("rail-fi-form", f"Lomake: veturinkuljettajan terveystarkastus\nNimi: {P('Eetu Kallioinen')}\nHenkilötunnus: {N('120384-417K')}\nOsoite: {A('Hämeenkatu 21 B 14, 33200 Tampere')}\nPuhelin: {T('040 718 2291')}")
    add("rail-copilot-vs", vs_chat("add the new depot contacts to seed data", f"Added to `SeedContacts.cs`:\n\n```csharp\nnew Contact(\"{P('Hamid Qureshi')}\", \"{E('h.qureshi@railcare-wolverton.co.uk')}\", \"{T('+44 1908 552 014')}\"),\nnew Contact(\"{P('Bronwen Lloyd-Jones')}\", \"{E('bronwen.lj@railcare-wolverton.co.uk')}\", \"{T('+44 1908 552 027')}\"),\n```\n\nThese look like real people; consider fake names for seed data."))
    add("rail-ta", f"வணக்கம் {P('செல்வராஜ் முருகன்')}, சென்னை பெரம்பூர் பணிமனையின் உங்கள் ஷிஃப்ட் மாற்றம் உறுதி. உங்கள் தொலைபேசி {T('+91 98401 22765')} இல் SMS அனுப்பப்பட்டது.")
    add("rail-sr", f"Poštovani, zahtev za putni nalog: {P('Nemanja Stojković')}, JMBG {N('0207985710034')}, adresa {A('Bulevar oslobođenja 112, 21000 Novi Sad')}, tel. {T('+381 64 218 7730')}.")
    add("rail-mk", f"Здраво {P('Марија Стојановска')}, ве потсетуваме за обуката за сигнализација во депото Скопје. Ве молиме потврдете на {T('+389 70 214 663')} или {E('m.stojanovska@zeleznici.example.mk')}.")
    add("rail-ip", f"2026-11-26T06:14:22Z auth ok user={U('a.bergstrom')} src={IP('83.233.17.204')} app=depot-portal (home broadband, VPN off)\n2026-11-26T06:14:29Z export rosters week=48 user={U('a.bergstrom')}")

    # elections and civic tech ----------------------------------------------------------------
    add("civic-voter-row", f"voter_id|last|first|dob|address|precinct\nWI-00917734|{P('Nakamura')}|{P('Keiko')}|{D('03/22/1968')}|{A('1423 Jenifer St, Madison, WI 53703')}|MAD-41")
    add("civic-volunteer-es", f"Hola {P('Valentina Quiroga')}! Te confirmamos como fiscal de mesa en la Escuela N.º 14 de Córdoba. Tu DNI {N('32.118.905')} ya está cargado. Cualquier cosa escribinos al {T('+54 9 351 642-1190')}.")
    add("civic-pt-br", f"Cadastro de mesário — TRE\nNome: {P('Luiz Henrique Bezerra')}\nCPF: {N('418.227.903-61')}\nNascimento: {D('07/09/1987')}\nEndereço: {A('Rua Padre Carapuceiro, 733, apto 1202, Boa Viagem, Recife - PE, 51020-280')}\nCelular: {T('(81) 99733-4120')}")
    add("civic-jb-chat", jb_chat("why do the candidate fixtures fail validation?", f"Two rows in `fixtures/candidates.json` have an email where the phone should be: `{P('Olumide Bakare')}` has `{E('olumide.bakare@gmail.com')}` in `phone`, and `{P('Ngozi Eze')}` has `{E('ngozi.eze.ward7@yahoo.com')}`. Move them to `email` and leave `phone` empty."))
    add("civic-tr", f"Sayın {P('Elif Karaosmanoğlu')}, sandık görevlisi başvurunuz alınmıştır. T.C. Kimlik No: {N('34817265092')}. Görev yeri: {A('Caferağa Mah. Moda Cad. No: 47 D: 3, 34710 Kadıköy/İstanbul')}.")
    add("civic-ar", f"السيد {P('خالد بن سعيد المهيري')}، تم تسجيلكم كمتطوع في مركز الاقتراع. للتواصل: {T('+971 50 418 2276')} أو {E('k.almheiri@example.ae')}.")
    add("civic-he", f"שלום {P('נועה בן-דוד')}, אושרת כמשקיפה בקלפי 42 בחיפה. ת.ז. {N('305518472')}. כתובת למשלוח התג: {A('רחוב מוריה 88, חיפה 3457201')}.")
    add("civic-usage-record", usage_page([
        {"id": "ur_71203", "user_login": U("mjohnson-civic"), "model": "gpt-4.1", "surface": "copilot-chat", "prompt": f"draft a thank-you note to {P('Tamika Washington')} ({E('tamika.w@votefwd.example.org')}) for running the phone bank", "response": f"Dear {P('Tamika')}, thank you for coordinating Saturday's phone bank..."},
    ], page=3))
    add("civic-hy", f"Բարև {P('Անի Հակոբյան')}, դիտորդի հավատարմագիրը պատրաստ է։ Խնդրում ենք վերցնել {A('Աբովյան փողոց 12, Երևան 0001')} հասցեից։ Հեռ․՝ {T('+374 91 284 557')}")
    add("civic-so", f"Magaca: {P('Hodan Cabdi Warsame')}\nTaleefanka: {T('+252 61 5429 118')}\nCiwaanka: {A('Degmada Hodan, Waddada Maka Al-Mukarama, Muqdisho')}\nDoorka: kormeere doorashada")
    add("civic-ssn", f"From: voter-services@county.example.gov\nSubject: Re: absentee ballot\n\nMs. {P('Rosalind Achebe')}, we matched your record using SSN {N('412-58-9036')} and DOB {D('June 3, 1955')}. Your ballot will be mailed to {A('88 Cedar Hollow Rd, Asheville, NC 28804')}.")
    add("civic-mcp", mcp_result(f"petition_signers (page 1/12)\n1. {P('Kwame Mensah-Bonsu')}, {E('kwame.mb@outlook.com')}, {Z('20011')}\n2. {P('Ingrid Solheim')}, {E('ingrid.solheim@online.no')}, {Z('5003')}\n3. {P('Rahul Deshmukh')}, {E('rahul.d@rediffmail.com')}, {Z('411038')}"))

    # satellites and ground stations ----------------------------------------------------------
    add("gs-roster-no", f"Vaktplan bakkestasjonen, veke 49\nMåndag–onsdag: {P('Sigrid Fjellheim')} ({T('+47 918 44 273')})\nTorsdag–fredag: {P('Aslak Nilas Sara')} ({T('+47 905 17 602')})\nHeimeadresse for vakttelefon: {A('Storgata 61, 9008 Tromsø')}")
    add("gs-sami", f"Buorre beaivi {P('Máret Ánne Gaup')}! Du bargoáigi eanastašuvnnas lea nuppástuvvan. Riŋge {T('+47 478 21 930')} jus dus leat gažaldagat.")
    add("gs-devin", devin(f"I created the on-call rota from the spreadsheet you attached. Note that the sheet also contains personal data (home addresses and dates of birth), e.g. {P('Tomasz Zieliński')}, born {D('1984-08-19')}, {A('ul. Kościuszki 14/3, 30-105 Kraków')}. I did not copy those columns into the repo."))
    add("gs-visit-fr", f"Demande d'accès au site de Kourou\nNom : {P('Aurélie Vandenbroucke')}\nNé(e) le : {D('28/02/1990')}\nN° national (BE) : {N('90.02.28-284.51')}\nAdresse : {A('Rue de la Loi 155, 1040 Etterbeek')}\nGSM : {T('+32 475 88 12 03')}")
    add("gs-invoice", f"INVOICE GS-2026-0412\nBill to: {P('Farhan Siddiqui')}, {A('Plot 22, Street 9, F-7/2, Islamabad 44000')}\nPaid with card {C(card4(luhn_complete('4', 16, g)))} exp 09/28\nItem: 14 Ka-band passes, Svalbard")
    add("gs-ur", f"{P('سعدیہ ملک')} صاحبہ، گراؤنڈ اسٹیشن کے دورے کی تصدیق ہو گئی ہے۔ رابطہ: {T('+92 300 4187 226')}")
    add("gs-gemini", gemini("Reading data/contacts.csv", f"name,role,mobile,email\n{P('Kaito Fujimoto')},flight dynamics,{T('+81 90-4412-7730')},{E('k.fujimoto@jaxa-partner.example.jp')}\n{P('Mi-rae Seo')},payload ops,{T('+82 10-3391-2045')},{E('miraeseo@kari-partner.example.kr')}\n\nThese are personal contacts; I will not paste them into the README."))
    add("gs-home-path", f"Traceback (most recent call last):\n  File \"/home/{U('oadeyemi')}/gs-tools/tle_fetch.py\", line 41, in <module>\n    tle = fetch(norad)\n  File \"/home/{U('oadeyemi')}/gs-tools/tle_fetch.py\", line 18, in fetch\n    raise RuntimeError('no TLE')\nRuntimeError: no TLE")

    # fisheries and aquaculture ---------------------------------------------------------------
    add("fish-crew-list", f"CREW LIST — F/V Ocean Harvest (IMO 9304417)\n1. {P('Rangi Te Awa')}, Skipper, DOB {D('11.04.1972')}, {T('+64 21 448 902')}\n2. {P('Sione Fifita')}, Deckhand, DOB {D('02.12.1995')}, {T('+64 22 301 7745')}\n3. {P('Vikash Chand')}, Engineer, DOB {D('19.07.1988')}, {T('+679 921 4470')}")
    add("fish-to", f"Mālō e lelei {P('Siosaia Vaipulu')}! Ko ho'o totongi ki he ika kuo 'osi 'ave. Fetu'utaki mai ki he {T('+676 771 2044')} pe ki he {E('siosaia.vaipulu@gmail.com')}.")
    add("fish-fj", f"Bula vinaka {P('Mereani Tuilau')}, na nomu kerekere me baleta na laiseni ni qoli sa ciqomi. Na nomu naba: {T('+679 873 2216')}, na nomu i tikotiko: {A('Lot 14, Ratu Mara Road, Nabua, Suva')}.")
    add("fish-haw", f"Aloha e {P('Keoni Kahananui')}, ua hoʻopaʻa ʻia kāu palapala ʻae lawaiʻa. E kāhea mai ma {T('(808) 555-0147')}. Helu wahi: {A('75-5660 Kopiko St, Kailua-Kona, HI 96740')}")
    add("fish-no-payroll", f"Lønnsslipp november – {P('Ole Martin Sandvik')}\nFødselsnummer: {N('04117633918')}\nKonto: {I(iban('NO', d(11)))}\nAdresse: {A('Sjøgata 12, 6002 Ålesund')}")
    add("fish-cl", f"Oye {P('Camila Antilef')}, el depósito por la cosecha de choritos quedó listo. RUT {N('17.442.908-3')}, tu cuenta del BancoEstado. Llámame al {T('+56 9 8231 4476')} si no te llega, po.")
    add("fish-id", f"Pak {P('Made Wirawan')}, data nelayan untuk program asuransi: NIK {N('5171031207830004')}, alamat {A('Jl. Pantai Kuta Gg. Nelayan No. 7, Kedonganan, Badung, Bali 80361')}, HP {T('0812-3876-5102')}.")
    add("fish-zencoder", zencoder(f"src/seed/farmers.sql\nINSERT INTO farmers (name, email, phone) VALUES\n('{P('Nguyễn Thị Lan')}', '{E('lan.nguyen.camau@gmail.com')}', '{T('+84 913 447 028')}'),\n('{P('Trần Văn Bảo')}', '{E('tvbao.shrimp@yahoo.com.vn')}', '{T('+84 939 112 604')}');"))
    add("fish-sv", f"Hej {P('Linnea Åkesson')}! Din ansökan om fiskelicens för Vänern är beviljad. Personnummer {N('19850917-4428')}. Kortet skickas till {A('Hamngatan 4, 462 33 Vänersborg')}.")
    add("fish-ja", f"{P('佐々木 健太')}様\nいつもお世話になっております。養殖用稚魚の請求書をお送りします。\nお振込先確認のため、お電話（{T('090-3318-4472')}）をいただけますと幸いです。\n住所：{A('〒986-0022 宮城県石巻市海門町2-14')}")
    add("fish-km", f"សួស្តី {P('សុខ ចាន់ថា')}! ការបង់ប្រាក់សម្រាប់ត្រីបានផ្ញើរួចហើយ។ ទូរស័ព្ទ {T('+855 12 448 731')}")
    add("fish-my", f"{P('ဦးအောင်ကျော်မိုး')} ရဲ့ ငါးလုပ်ငန်း မှတ်ပုံတင်ခြင်း ပြီးပါပြီ။ ဖုန်း {T('+95 9 4211 88730')}")

    # law firms and notaries ------------------------------------------------------------------
    add("law-client-intake", f"CLIENT INTAKE — Matter 2026-0883 (probate)\nClient: {P('Margarethe Oberhuber')}\nDate of birth: {D('1946-05-30')}\nAddress: {A('Getreidegasse 22, 5020 Salzburg')}\nPhone: {T('+43 662 84 17 29')}\nNext of kin: {P('Florian Oberhuber')} ({E('florian.oberhuber@gmx.at')})")
    add("law-notary-it", f"Atto di compravendita — Parte venditrice: {P('Giuseppina Lo Presti')}, nata a Palermo il {D('14 marzo 1958')}, codice fiscale {N('LPRGPP58C54G273K')}, residente in {A('Via Maqueda 211, 90134 Palermo')}.")
    add("law-notary-ch", f"Acte authentique — Comparant : {P('Jean-Baptiste Rochat')}, né le {D('3 janvier 1971')}, domicilié {A('Avenue de Rumine 34, 1005 Lausanne')}. AVS {N('756.4419.8832.07')}.")
    add("law-iban-nl", f"Geachte heer {P('Van der Meulen')},\n\nHet voorschot voor de akte van levering kunt u overmaken naar de kwaliteitsrekening van het notariskantoor. Uw eigen rekening voor de teruggave: {I(iban('NL', 'INGB' + d(10)))}.\n\nMet vriendelijke groet,\n{P('Sanne de Wit')}, kandidaat-notaris")
    add("law-copilot-review", review("tests/fixtures/clients.yaml", 12, "These fixtures look like real client records (full name, date of birth, bank account). Please replace them with synthetic data before merging.", f"- name: {P('Anja Kovačević')}\n  dob: {D('1982-10-05')}\n  iban: {I(iban('HR', d(17)))}"))
    add("law-hu", f"Tisztelt Dr. {P('Szabó Eszter')}!\n\nA hagyatéki eljárásban az örökös adatai: {P('Kovács Bence')}, született {D('1993. április 8.')}, lakcím: {A('1137 Budapest, Szent István krt. 19.')}, telefon: {T('+36 30 418 2277')}.")
    add("law-el", f"Αξιότιμε κύριε {P('Παπαδόπουλε')}, σας στέλνουμε το σχέδιο συμβολαίου. ΑΦΜ πωλητή: {N('048917263')}. Διεύθυνση: {A('Ερμού 44, 105 63 Αθήνα')}. Τηλ.: {T('+30 694 418 2276')}")
    add("law-bg", f"Уважаема г-жо {P('Десислава Петкова')}, нотариалният акт е насрочен. ЕГН: {N('8703124417')}. IBAN за таксата: {I(iban('BG', 'UNCR' + d(6) + d(8)))}.")
    add("law-aider", aider_diff("docs/engagement_letter.md", "Dear [CLIENT NAME],", f"Dear Mr. {P('Obinna Chukwuemeka')},\n\nWe write to confirm our engagement in the matter of the Lekki property. Please remit the retainer from your account {I(iban('GB', 'NWBK' + d(6) + d(8)))}."))
    add("law-ko", f"{P('김지훈')} 변호사님, 의뢰인 정보 공유드립니다. 주민등록번호 {N('850214-1234567')}, 주소 {A('서울특별시 서초구 서초대로 219')}, 연락처 {T('010-4418-2765')}.")
    add("law-usage", eventhub(dumps({"user": "paralegal-03", "prompt": f"summarize the deposition of {P('Dolores Villanueva')} taken on 2026-10-14"})))
    add("law-az", f"Hörmətli {P('Leyla Məmmədova')}, notarial etibarnamə hazırdır. Ünvan: {A('Nizami küçəsi 67, Bakı AZ1005')}. Telefon: {T('+994 50 418 22 71')}")

    # wineries, breweries, distilleries -------------------------------------------------------
    add("wine-club-crm", f"member_no;name;email;phone;shipping_address;card\n10442;{P('Priscilla Okafor')};{E('priscilla.okafor@icloud.com')};{T('(503) 555-0192')};{A('2231 NE Alberta St, Portland, OR 97211')};{C(luhn_complete('5', 16, g))}")
    add("wine-es-ar", f"Che {P('Martín Echeverría')}, te mando los datos del comprador del lote de Malbec: {P('Lucía Ferraro')}, {E('lucia.ferraro@fibertel.com.ar')}, {T('+54 9 261 555-2190')}, {A('Av. San Martín 1843, M5500 Mendoza')}.")
    add("wine-de-at", f"Servus {P('Leopold Höllerl')}, dei Weinbestellung (6× Grüner Veltliner Smaragd) geht an {A('Kremser Landstraße 9, 3601 Dürnstein')}. Zahlung per Karte {C(card4(luhn_complete('4', 16, g)))} ist durch.")
    add("wine-ka", f"ನಮಸ್ಕಾರ {P('ರಾಘವೇಂದ್ರ ಹೆಗಡೆ')}, ನಂದಿ ಹಿಲ್ಸ್ ವೈನರಿ ಭೇಟಿಗೆ ನಿಮ್ಮ ಬುಕ್ಕಿಂಗ್ ದೃಢಪಟ್ಟಿದೆ. ಫೋನ್: {T('+91 94481 22703')}")
    add("wine-gu", f"{P('હેતલ પટેલ')}, તમારી ડિસ્ટિલરી ટૂર બુકિંગ કન્ફર્મ છે. સંપર્ક: {T('+91 98250 44182')}, ઇમેઇલ: {E('hetal.patel88@gmail.com')}")
    add("wine-xh", f"Molo {P('Siyabonga Ntshangase')}, i-oda yakho yewayini yaseStellenbosch izakuthunyelwa ku {A('14 Dorp Street, Stellenbosch 7600')}. Umnxeba: {T('+27 82 418 2276')}")
    add("wine-st", f"Lumela {P('Palesa Mokoena')}, ho reka ha hao ho fihlile. Re tla o letsetsa ho {T('+266 5841 2290')}.")
    add("wine-amazonq", amazonq("why does the tasting-room export have empty emails?", f"In `export_guests.py` the CSV writer uses `row['mail']`, but the query returns `email`. For example the record for {P('Henrik Thorvaldsen')} has `email = '{E('h.thorvaldsen@stofanet.dk')}'` and ends up blank. Rename the key."))
    add("wine-invoice-da", f"FAKTURA 2026-1188\nKunde: {P('Karen Bjerregaard')}\n{A('Vestergade 41, 8000 Aarhus C')}\nCPR (til told): {N('170561-3318')}\nBetalt fra {I(iban('DK', d(14)))}")
    add("wine-ml", f"നമസ്കാരം {P('അനിൽ കുമാർ നായർ')}, നിങ്ങളുടെ ബ്രൂവറി അംഗത്വം പുതുക്കി. ഫോൺ: {T('+91 94470 18822')}")
    add("wine-pa-shahmukhi", f"{P('گرپریت سنگھ')} جی، تہاڈا آرڈر لاہور والے پتے تے بھیج دتا گیا اے: {A('مکان 14، گلی 3، ماڈل ٹاؤن، لاہور')}")
    add("wine-cantonese", f"{P('陳嘉欣')}小姐，你喺酒莊訂嘅六支紅酒已經寄出，送貨地址：{A('香港九龍旺角彌敦道 688 號 12 樓 B 室')}，電話 {T('+852 9123 4476')}。")

    # staffing and payroll --------------------------------------------------------------------
    add("pay-hr-record", f"{{\n  \"employee\": \"{P('Aigerim Nurlanovna Sadykova')}\",\n  \"iin\": \"{N('900412450123')}\",\n  \"birth_date\": \"{D('1990-04-12')}\",\n  \"iban\": \"{I(iban('KZ', d(3) + g.s(UPNUM, 13)))}\",\n  \"phone\": \"{T('+7 701 418 2276')}\"\n}}")
    add("pay-uz", f"Ҳурматли {P('Дилшод Рахимов')}, ноябрь ойи иш ҳақингиз {T('+998 90 418 22 71')} рақамига SMS орқали тасдиқланди. Манзил: {A('Тошкент ш., Чилонзор тумани, 9-мавзе, 14-уй')}")
    add("pay-fr-be", f"Bonjour {P('Nathalie Dewulf')},\nVotre fiche de paie intérim (semaine 47) est disponible. Le virement part sur {I(iban('BE', d(12)))}.\nNuméro de registre national : {N('85.07.12-337.61')}")
    add("pay-ig", f"Ndewo {P('Chiamaka Nwosu')}! Ụgwọ ọnwa gị ezigara na akaụntụ gị. Kpọọ anyị na {T('+234 803 418 2276')} ma ọ bụrụ na ọ bụghị.")
    add("pay-yo", f"Ẹ kú àárọ̀ {P('Adébáyọ̀ Ògúnlànà')}, owó iṣẹ́ rẹ ti wọlé. Fún ìbéèrè, pe {T('+234 805 117 3392')} tàbí kọ sí {E('adebayo.ogunlana@yahoo.com')}.")
    add("pay-ha", f"Sannu {P('Aminu Garba Ɗanjuma')}, an tura albashin ka. Lambar waya: {T('+234 806 442 1180')}. Adireshi: {A('Lamba 12, Titin Zaria, Kano')}")
    add("pay-timesheet", f"TIMESHEET w/e 22-Nov-2026\nWorker: {P('Precious Dlamini')}  Worker ID: TMP-77120\nClient site: Cold-store, Durban\nSA ID: {N('9203150743086')}\nBank: {I(iban('GB', 'BARC' + d(6) + d(8)))}\nMobile: {T('+27 71 418 2276')}")
    add("pay-tr-slip", f"Bordro — {P('Mehmet Ali Yıldırım')}\nIBAN: {I(iban('TR', d(5) + '0' + d(16)))}\nAdres: {A('Atatürk Bulvarı No: 112/7, 06640 Çankaya/Ankara')}")
    add("pay-hi", f"नमस्ते {P('प्रिया शर्मा')} जी, आपकी अस्थायी नौकरी का अनुबंध तैयार है। आधार: {N('4418 2276 9035')}, मोबाइल: {T('+91 98110 42276')}।")
    add("pay-mr", f"{P('स्नेहल देशपांडे')}, तुमचा पगार जमा झाला आहे. पत्ता: {A('फ्लॅट 12, साई सदन, कर्वे रोड, पुणे 411004')}")
    add("pay-te", f"హలో {P('వెంకట రమణ రెడ్డి')} గారు, మీ జీతం స్లిప్ పంపబడింది. ఫోన్: {T('+91 98480 22764')}")
    add("pay-si", f"ආයුබෝවන් {P('නිමල් පෙරේරා')}, ඔබේ වැටුප් පත්‍රිකාව සූදානම්. දුරකථනය: {T('+94 77 418 2276')}")
    add("pay-ckb", f"سڵاو {P('ئاراس محەمەد')}، مووچەکەت نێردرا. ژمارەی مۆبایل: {T('+964 750 418 2276')}")
    add("pay-ee-junie", junie("Reading payroll/test_data.csv", f"isikukood,nimi,konto\n{N('38807124715')},{P('Kristjan Tamm')},{I(iban('EE', d(16)))}\n{N('49203150226')},{P('Liis Saar')},{I(iban('EE', d(16)))}\n\nJunie: these look like real personal codes; I'll generate synthetic ones instead."))
    add("pay-pt", f"Olá {P('Beatriz Magalhães')}, o seu contrato temporário começa segunda. NIF {N('245 118 903')}, morada {A('Rua de Santa Catarina 312, 4000-447 Porto')}.")

    # research computing ----------------------------------------------------------------------
    add("hpc-sacct", f"$ sacct -u {U('rkrishnamurthy')} -S 2026-11-20 --format=JobID,User,JobName,State\nJobID        User          JobName     State\n4471203      {U('rkrishnamurthy')}  md_lipid    COMPLETED\n4471207      {U('rkrishnamurthy')}  md_lipid2   FAILED")
    add("hpc-account-request", f"New HPC account request\nName: {P('Folasade Adeyemi-Okoro')}\nInstitutional email: {E('f.adeyemi-okoro@uni-example.ac.uk')}\nPersonal email: {E('lasade.okoro@gmail.com')}\nSupervisor: Prof. {P('Graham Whitlock')}\nRequested username: {U('fadeyemi')}")
    add("hpc-ssh-log", f"Nov 26 22:41:07 login02 sshd[88213]: Accepted publickey for {U('hzhang')} from {IP('71.204.118.36')} port 51822 ssh2: ED25519 SHA256:Xy\nNov 26 22:41:07 login02 sshd[88213]: pam_unix(sshd:session): session opened for user {U('hzhang')}")
    add("hpc-lab-notebook", f"# Lab notebook — 2026-11-18\nSubject P-017: {P('Astrid Lindqvist')}, born {D('1999-01-23')}, consented for the EEG pilot. Contact {T('+46 70 418 22 76')}.\n(TODO: move identifying info to REDCap, not the git notebook!)")
    add("hpc-openhands", openhands("run", {"command": "ls /home"}, f"{U('amirzaei')}  {U('jokonkwo')}  {U('lpetrova')}  {U('tvanderberg')}  slurm  shared"))
    add("hpc-qodo", qodo("who maintains the GROMACS module?", f"According to `modules/gromacs/MAINTAINERS`: Dr. {P('Yusuf Demirci')} <{E('yusuf.demirci@hpc.uni-example.edu.tr')}>, office phone {T('+90 312 210 4471')}."))
    add("hpc-plandex", plandex("hpc-onboarding", f"+ users:\n+   - name: {P('Zanele Khumalo')}\n+     uid: 40112\n+     email: {E('zanele.khumalo@students.uni-example.ac.za')}\n+   - name: {P('Dmitri Vasiliev')}\n+     uid: 40113\n+     email: {E('d.vasiliev@uni-example.edu')}"))
    add("hpc-copilot-space", space("research-computing-helpdesk", "who reported the Lustre quota bug?", f"Ticket RC-4471 was opened by {P('Ana Beatriz Tavares')} ({E('ana.tavares@ic.uni-example.br')}) from workstation {IP('186.220.44.19')} at home; she reported that `lfs quota` showed 0 bytes."))
    add("hpc-su", f"Wilujeng enjing {P('Asep Saepudin')}, akun klaster HPC anjeun parantos aktip. Nami pangguna: {U('asaepudin')}. Upami aya patarosan, telepon ka {T('+62 813-2044-7719')}.")
    add("hpc-ms", f"Salam {P('Nurul Aisyah binti Kamarudin')}, permohonan akaun HPC anda telah diluluskan. No. KP: {N('920314-10-5528')}. Alamat: {A('No. 12, Jalan SS 2/24, 47300 Petaling Jaya, Selangor')}")
    add("hpc-refact", refact("grep", f"notebooks/survey_clean.ipynb:  \"respondent\": \"{P('Mohammed Al-Rashidi')}\", \"dob\": \"{D('1976-12-02')}\", \"email\": \"{E('m.alrashidi@hotmail.com')}\""))
    add("hpc-tabby", tabby("complete the contact block", f"PI: {P('Ruth Abernathy-Singh')}\nPhone: {T('+1 (612) 555-0138')}\nOffice: {A('Room 412, Walter Library, 117 Pleasant St SE, Minneapolis, MN 55455')}"))
    add("hpc-gemini-cards", gemini("Reading procurement/conference_refunds.csv", f"traveller,card,amount\n{P('Ewa Nowakowska')},{C(luhn_complete('4', 16, g))},412.50\n{P('Jonas Petrauskas')},{C(luhn_complete('5', 16, g))},388.00\n\nThese are full card numbers; they should not be in the repository."))
    add("hpc-twice", twice("send_email", {"to": E("rajesh.iyer@uni-example.in"), "subject": "Your GPU allocation", "body": f"Dear {P('Rajesh Iyer')}, your A100 allocation is approved."}))
    # more, in other languages -----------------------------------------------------------------
    add("pay-it-card", f"Ciao {P('Federica Colombo')}, ho registrato il rimborso trasferta dell'agenzia interinale sulla carta aziendale {C(card4(luhn_complete('5', 16, g)))}. Se ci sono problemi chiamami al {T('+39 347 218 4471')}.")
    add("pay-hr-nl", f"Personeelsdossier — uitzendkracht\nNaam: {P('Youssef El Amrani')}\nGeboortedatum: {D('17-08-1994')}\nBSN: {N('204881736')}\nAdres: {A('Kanaalstraat 88, 3531 CK Utrecht')}\nIBAN: {I(iban('NL', 'RABO' + d(10)))}")
    add("law-de-ip", f"Zugriffsprotokoll Mandantenportal\n2026-11-25 21:14:07 Anmeldung {E('dr.hofbauer.privat@aon.at')} von {IP('178.191.44.203')} (Heimnetz des Mandanten)\n2026-11-25 21:16:40 Download: Testament_Entwurf_v3.pdf")
    add("wine-ca-card", f"Hola {P('Pau Martí i Ferrer')}, la comanda de 12 ampolles de Bobal s'ha cobrat a la targeta {C(luhn_complete('4', 16, g))}. L'enviament va a {A('Carrer de la Pau 14, 46900 Torrent, València')}.")
    add("fish-fa", f"آقای {P('رضا کریمی')}، مجوز صید میگو در بندرعباس صادر شد. کد ملی: {N('2281447730')}، تلفن همراه: {T('+98 912 418 2276')}")
    add("rail-hr-hr", f"Putni nalog br. 2291 — {P('Ivana Marković')}, OIB {N('41882276901')}, adresa {A('Ilica 242, 10000 Zagreb')}. Naknada se isplaćuje na {I(iban('HR', d(17)))}.")
    add("civic-el-ip", f"Ο χρήστης {U('m.georgiou')} ({P('Μαρία Γεωργίου')}) συνδέθηκε στην πλατφόρμα διαβούλευσης από τη διεύθυνση {IP('94.66.118.42')} (οικιακή σύνδεση).")
    add("gs-ko-form", f"출입 신청서\n성명: {P('박서연')}\n생년월일: {D('1993년 5월 21일')}\n휴대전화: {T('010-2291-4471')}\n이메일: {E('seoyeon.park93@naver.com')}")
    add("hpc-ja-path", f"エラー: ファイル /home/{U('yamamoto_r')}/work/slurm-4471203.out が見つかりません\nヒント: $HOME は /home/{U('yamamoto_r')} です")
    add("pay-zu-iban", f"Sawubona {P('Thandeka Mthembu')}, iholo lakho lifakwe ku-akhawunti {I(iban('GB', 'LOYD' + d(6) + d(8)))}. Uma unemibuzo shayela {T('+27 83 418 2291')}.")
    add("law-pt-br-card", f"Prezada {P('Fernanda Kawasaki')}, confirmamos o pagamento dos emolumentos do cartório com o cartão {C(card4(luhn_complete('5', 16, g)))}. Protocolo enviado para {E('fernanda.kawasaki@uol.com.br')}.")
    add("fish-is", f"Góðan dag {P('Guðrún Sigurðardóttir')}, löndunarskýrslan er tilbúin. Kennitala: {N('140581-2289')}, heimilisfang: {A('Hafnargata 12, 240 Grindavík')}.")
    add("wine-hu-crm", f"ügyfél;név;email;telefon\n4471;{P('Tóth Réka')};{E('toth.reka@freemail.hu')};{T('+36 20 418 2291')}\n4472;{P('Nagy Gergely')};{E('nagy.gergely@citromail.hu')};{T('+36 70 221 4471')}")
    return out


def negatives(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(src: str, t: str) -> None:
        out.append((f"holdout29:{src}", t))

    add("neg-railnova-env-example", "# .env.example — copy to .env and fill in\nRAILNOVA_API_URL=https://api.railnova.eu/v1\nRAILNOVA_API_TOKEN=<your-railnova-token>\nFLEET=ICNG-B")
    add("neg-gha-secrets", "- name: sync departures\n  env:\n    RAILDATA_API_KEY: ${{ secrets.RAILDATA_API_KEY }}\n    NS_PRIMARY_KEY: ${{ secrets.NS_PRIMARY_KEY }}\n  run: python sync.py --station UT --window 90")
    add("neg-git-log", "commit 9c4e1b7a2f0d83e6c5b4a39281f7e0d6c5b4a392\nMerge: 4be8d1c a07f93e\nDate:   Wed Nov 25 16:02:11 2026 +0100\n\n    Merge pull request #412 from depot-tools/fix-bogie-units\n\n    Fix wheel wear unit conversion (mm → 0.1 mm)")
    add("neg-docker-digest", "$ docker pull ghcr.io/fleet-tools/r2m-exporter:2.14.1\n2.14.1: Pulling from fleet-tools/r2m-exporter\nDigest: sha256:4e1f0a29b7c3d5e8f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708\nStatus: Downloaded newer image for ghcr.io/fleet-tools/r2m-exporter:2.14.1")
    add("neg-tle", "ISS (ZARYA)\n1 25544U 98067A   26330.51782528  .00016717  00000-0  30570-3 0  9993\n2 25544  51.6416 247.4627 0006703 130.5360 325.0288 15.50377579 49321")
    add("neg-gs-coordinates", "ground_stations:\n  - id: tromso-01\n    lat: 69.6627\n    lon: 18.9403\n    alt_m: 128\n  - id: punta-arenas-02\n    lat: -53.0021\n    lon: -70.8537\n    alt_m: 34\nmin_elevation_deg: 5")
    add("neg-uuid-list", "Created the following Event Hubs consumer groups:\n- copilot-capture   3f2a8c1e-7b4d-4e9a-a1c2-9d8e7f6a5b4c\n- billing-export    b71c0e94-2d5a-4f3b-8e6c-1a0b9c8d7e6f\n- audit             0e9d8c7b-6a5f-4e3d-9c2b-1a0f9e8d7c6b")
    add("neg-usage-records-clean", usage_page([
        {"id": "ur_50017", "user_login": "octocat", "model": "gpt-4.1", "surface": "vscode-agent", "prompt": "add retry with exponential backoff to the TLE fetcher", "response": "Added `tenacity` retry (max 5 attempts, base 2s) around `fetch_tle()`.", "tokens": {"input": 1822, "output": 311}},
        {"id": "ur_50018", "user_login": "octocat", "model": "gpt-4.1", "surface": "vscode-agent", "prompt": "run the tests", "response": "42 passed in 3.18s", "tokens": {"input": 402, "output": 12}},
    ], page=1))
    add("neg-eventhub-metrics", eventhub('{"op":"metrics","acceptances":1182,"suggestions":4410,"languages":{"python":2011,"rust":402},"editor":"vscode/1.106.0"}'))
    add("neg-placeholder-yaml", "scytl:\n  sftp_host: enr-stage.scytl.com\n  sftp_user: YOUR_USERNAME\n  sftp_pass: changeme\n# replace both before running ./upload.sh")
    add("neg-aws-doc-example", "From the AWS docs example (do not use):\n\n```ini\n[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n```")
    add("neg-env-lookup-py", "import os\n\nVINTRACE_TOKEN = os.environ[\"VINTRACE_TOKEN\"]\nVINTRACE_USER = os.getenv(\"VINTRACE_USER\", \"api.readonly\")\n\nif not VINTRACE_TOKEN:\n    raise SystemExit(\"set VINTRACE_TOKEN\")")
    add("neg-k8s-secretref", "env:\n  - name: TEMPWORKS_CLIENT_SECRET\n    valueFrom:\n      secretKeyRef:\n        name: tempworks\n        key: client-secret\n  - name: TEMPWORKS_BRANCH\n    value: milwaukee-li")
    add("neg-terraform-var", "variable \"strongdm_api_secret_key\" {\n  type      = string\n  sensitive = true\n}\n\nprovider \"sdm\" {\n  api_access_key = var.strongdm_api_access_key\n  api_secret_key = var.strongdm_api_secret_key\n}")
    add("neg-test-fixture", "def test_parse_crew_list():\n    text = \"1. Test Person, Skipper, DOB 01.01.1970, +00 000 000\"\n    crew = parse_crew(text)\n    assert crew[0].role == \"Skipper\"\n    assert crew[0].phone == \"+00 000 000\"")
    add("neg-versions", "$ pip list | grep -i -E 'nextflow|snakemake|slurm|mpi4py'\nmpi4py          4.0.1\nsnakemake       9.3.2\nslurm-monitor   0.8.0\n$ module avail gromacs\n   gromacs/2024.4-gpu    gromacs/2025.2-cpu (D)")
    add("neg-slurm-sbatch", "#!/bin/bash\n#SBATCH --job-name=md_lipid\n#SBATCH --partition=gpu-a100\n#SBATCH --gres=gpu:2\n#SBATCH --time=12:00:00\n#SBATCH --account=proj-2291\nmodule load gromacs/2025.2-cpu\nsrun gmx mdrun -deffnm md -nb gpu")
    add("neg-build-numbers", "Build #8842 (main@7d3e1f2) succeeded in 6m 41s\nArtifacts:\n  vinotheque-web-3.18.0+8842.tar.gz  sha1 0b7f2e9c4d1a8e3b6f5c2d9a0e7b4c1f8d3a6e9b\n  vinotheque-api-3.18.0+8842.jar     sha1 c4d1a8e3b6f5c2d9a0e7b4c1f8d3a6e9b0b7f2e9")
    add("neg-order-numbers", "Bestellübersicht\nAuftrag 2026-AT-004412 · 6 Fl. Grüner Veltliner · versandt 24.11.2026\nAuftrag 2026-AT-004413 · 12 Fl. Zweigelt · in Bearbeitung\nSendungsnummer: 1Z 4F7 A21 68 0441 2290 (Muster)")
    add("neg-lot-codes", "Lote      Varietal       Barrica   Fecha\nMB-26-114 Malbec         FR-225L-07 2026-04-11\nCS-26-087 Cab. Sauvignon US-225L-12 2026-04-19\nBN-26-022 Bonarda        FR-500L-03 2026-05-02")
    add("neg-abv-recipe", "Batch 2026-118 — Baltic porter\nOG 1.082  FG 1.020  ABV 8.1 %\nMash 66 °C / 60 min, boil 90 min\nIBU 38, EBC 80\nFermenter FV-04, lager yeast W-34/70")
    add("neg-jp-docs", "# 設定方法\n\n`.env` に次の値を設定してください。\n\n```\nUMITRON_CELL_API_KEY=<あなたのAPIキー>\nUMITRON_SITE=your-site-id\n```\n\nAPIキーは管理画面の「設定 > API」から発行できます。")
    add("neg-fr-docs", "Pour configurer l'intégration Penneo, renseignez `PENNEO_API_KEY` et `PENNEO_API_SECRET` dans le coffre Azure Key Vault. Ne mettez jamais ces valeurs dans le dépôt ; le fichier `appsettings.json` ne contient que des références `@Microsoft.KeyVault(SecretUri=...)`.")
    add("neg-de-changelog", "## 4.2.0 – 2026-11-20\n- Neu: Export der Wagenstandsanzeigen als GTFS-RT\n- Behoben: Zeitzonenfehler bei Fahrten über Mitternacht (#1187)\n- Abhängigkeiten: protobuf 5.29.1, grpcio 1.68.0")
    add("neg-nl-ticket", "Ticket #4471 – de OV-export faalt op haltes zonder TPC-code. Reproduceren: `python kv78.py --tpc 30005070 --dry-run`. Verwacht: 0 fouten. Actueel: KeyError 'tpc'. Prioriteit: normaal.")
    add("neg-es-review", review("src/ballots/count.py", 88, "Esta función no maneja mesas con cero votos emitidos; `division by zero` en la línea 91.", "participacion = emitidos / habilitados if habilitados else 0.0"))
    add("neg-copilot-review-placeholder", review("config/prod.yaml", 4, "Good: the key is now read from the environment instead of being hard-coded.", "api_key: ${TURBOVOTE_API_KEY}"))
    add("neg-election-results", "precinct,registered,ballots_cast,turnout\nMAD-41,2291,1804,78.7%\nMAD-42,1977,1402,70.9%\nMAD-43,2410,1989,82.5%\nTotal,6678,5195,77.8%")
    add("neg-hash-vote", "Tally audit log\nround=3 batch=0441 sha256=9f2c4e1a7b3d5f8e0a1c2b3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6071\nround=3 batch=0442 sha256=0a1c2b3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60719f2c4e1a7b3d5f8e")
    add("neg-mcp-clean", mcp_result("query returned 3 rows\nvessel_id | species | catch_kg | landed_at\nLK-482 | cod | 4120 | 2026-11-24T05:12:00Z\nLK-482 | haddock | 1880 | 2026-11-24T05:12:00Z\nTN-117 | saithe | 2660 | 2026-11-25T06:40:00Z"))
    add("neg-fish-quota-no", "Kvoteoversikt 2026 (tonn)\nArt        Kvote   Fiska   Rest\nTorsk      1 240   1 102    138\nHyse         610     588     22\nSei          980     744    236\nOppdatert: 26.11.2026 kl. 14:00")
    add("neg-sensor-ids", "cage,sensor,serial,firmware\nC-07,O2,YSI-EXO-21A0419,2.6.1\nC-07,temp,HOBO-MX2201-2291,1.19\nC-08,O2,YSI-EXO-21A0422,2.6.1")
    add("neg-devin-summary", devin("Summary of changes:\n- Replaced the hard-coded Nexala key with `os.environ[\"NEXALA_KEY\"]`.\n- Added `NEXALA_KEY` to `.env.example` as `NEXALA_KEY=` (empty).\n- Opened PR #218; CI is green (build 8851)."))
    add("neg-openhands-clean", openhands("run", {"command": "git status --short"}, " M src/fleet/r2m.py\n M .env.example\n?? docs/secrets.md"))
    add("neg-aider-clean", aider_diff("src/config.py", "TIMEOUT = 10", "TIMEOUT = int(os.getenv(\"TIMEOUT\", \"30\"))  # seconds"))
    add("neg-plandex-clean", plandex("lab-notebook-export", "+ def export(nb_path: str, out: str = \"export.html\") -> None:\n+     nb = nbformat.read(nb_path, as_version=4)\n+     html, _ = HTMLExporter().from_notebook_node(nb)\n+     Path(out).write_text(html)"))
    add("neg-jb-chat", jb_chat("what is CONSTANT_SALT_LEN in hash_utils.kt?", "It is the byte length of the random salt (`16`). It is not a secret itself; the salt is generated per password with `SecureRandom`."))
    add("neg-vs-chat", vs_chat("why is `ApiKeyHeaderName` a const?", "It's just the header name (`\"X-Api-Key\"`), which is public protocol information. The key value itself comes from `IOptions<WineDirectOptions>`."))
    add("neg-amazonq", amazonq("is it safe to log the request id?", "Yes. `x-amzn-RequestId` values like `5f1c2a9e-0b7d-4e3a-9c1f-2d8e7b6a5c41` are opaque identifiers with no personal data; keep logging them for support cases."))
    add("neg-gemini", gemini("Running npm test", "> vinoshipper-sync@1.4.0 test\n> vitest run\n\n ✓ test/orders.spec.ts (14)\n ✓ test/inventory.spec.ts (9)\n\n Test Files  2 passed (2)\n      Tests  23 passed (23)"))
    add("neg-junie", junie("Inspecting build.gradle.kts", "dependencies {\n    implementation(\"com.squareup.okhttp3:okhttp:4.12.0\")\n    implementation(\"org.postgresql:postgresql:42.7.4\")\n    testImplementation(\"org.junit.jupiter:junit-jupiter:5.11.3\")\n}"))
    add("neg-zencoder", zencoder("Repository overview: 3 services (roster-api, payroll-export, timesheet-ui), 412 files, Python 3.12 and TypeScript 5.6. Secrets are loaded from AWS Secrets Manager via `get_secret(\"payroll/prod\")`; none found in the tree."))
    add("neg-qodo-tests", qodo("generate tests for iban_validate()", "```python\ndef test_rejects_bad_check_digits():\n    assert not iban_validate(\"XX00 TEST 0000 0000 00\")\n\ndef test_accepts_example():\n    assert iban_validate(EXAMPLE_IBAN)  # from the ECBS documentation sample\n```"))
    add("neg-tabby", tabby("what does `--ntasks-per-node` do?", "It sets how many MPI ranks Slurm starts on each node; with `--nodes=4 --ntasks-per-node=64` you get 256 ranks."))
    add("neg-refact", refact("tree", "notary-tools/\n├── src/\n│   ├── deeds.py\n│   └── stamps.py\n├── tests/\n│   └── test_deeds.py\n└── pyproject.toml"))
    add("neg-twice-escaped", twice("run_command", {"command": "kubectl get secrets -n hpc -o name", "timeout": 30}))
    add("neg-hpc-quota", "$ lfs quota -h -g proj-2291 /lustre\nDisk quotas for grp proj-2291 (gid 52291):\n     Filesystem    used   quota   limit   grace   files   quota   limit   grace\n        /lustre  41.2T     50T     55T       -  8812044  10000000 11000000       -")
    add("neg-ko-docs", "## 환경 변수\n\n| 이름 | 설명 | 예시 |\n|---|---|---|\n| `VOTE_DB_URL` | 개표 DB 주소 | `postgres://user:password@localhost/votes` |\n| `VOTE_API_KEY` | API 키 | `<발급받은 키>` |")
    add("neg-ar-docs", "لتشغيل الخدمة، عيّن المتغير `WAGESTREAM_EMPLOYER_KEY` من خزنة الأسرار. لا تضع القيمة في الكود. مثال: `export WAGESTREAM_EMPLOYER_KEY=$(vault kv get -field=key secret/payroll)`")
    add("neg-tr-log", "2026-11-26 09:14:22 INFO  bordro-export başladı (dönem=2026-11, şube=ANK)\n2026-11-26 09:14:58 INFO  4.118 kayıt yazıldı → s3://bordro-export/2026-11/ANK.parquet\n2026-11-26 09:15:01 INFO  tamamlandı (süre 39 sn)")
    add("neg-hi-docs", "टोकन बनाने के लिए डैशबोर्ड में *Settings → API* पर जाएँ। कोड में टोकन सीधे न लिखें; `os.environ[\"RESCALE_API_KEY\"]` का उपयोग करें।")
    add("neg-pem-public", "Our public signing certificate (safe to publish):\n-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQ2Vyd...(truncated for the README)\n-----END CERTIFICATE-----\nFingerprint SHA-256: 7A:1F:2C:9E:44:0B:D3:81:6E:52:A9:F0:3C:7D:18:B6")
    add("neg-fake-card-docs", "Use the processor's documented test cards in sandbox only, e.g. `4242 4242 4242 4242` with any future expiry and CVC `123`. Live cards are rejected in the sandbox.")
    add("neg-invoice-template", "INVOICE {{invoice_number}}\nBill to: {{client.name}}\n{{client.address}}\nIBAN: {{firm.iban}}\nDue: {{due_date | date('d.m.Y')}}")
    add("neg-timestamp-log", "[2026-11-27T08:00:01.118Z] scheduler: pass 88213 AOS 08:12:44 LOS 08:24:19 max_el 71.3°\n[2026-11-27T08:00:01.121Z] scheduler: pass 88214 AOS 09:48:02 LOS 09:58:40 max_el 22.9°")
    add("neg-http-trace", "> GET /v1/fleets/ICNG-B/faults?since=2026-11-26T00:00:00Z HTTP/1.1\n> Host: api.railnova.eu\n> Authorization: Bearer ***\n> Accept: application/json\n< HTTP/1.1 200 OK\n< X-Request-Id: 0f3a9c2e-51b7-4d8a-b6e1-7c2d9f0a4e13\n< Content-Length: 18422")
    add("neg-connection-placeholder", "DATABASE_URL=postgresql://USER:PASSWORD@HOST:5432/payroll\n# e.g. postgresql://payroll_app:<password>@db.internal:5432/payroll")
    add("neg-xxxx-masked", "Vault audit: token hvs.xxxxxxxxxxxxxxxxxxxxxxxx (masked) renewed for 768h by policy `hpc-readonly` at 2026-11-26T11:02:44Z")
    add("neg-km-docs", "ដើម្បីភ្ជាប់ទៅម៉ាស៊ីនមេ សូមប្រើ `ssh user@hpc.example.edu` ហើយជំនួស `user` ដោយឈ្មោះអ្នកប្រើប្រាស់របស់អ្នក។")
    add("neg-it-docs", "Per generare la chiave dell'integrazione OrderPort andate su *Impostazioni → API*. Nel repository usate solo `ORDERPORT_API_KEY=` vuoto in `.env.example`; la chiave vera va nei segreti di Netlify.")
    add("neg-fi-log", "2026-11-26 05:00:02 INFO  telikorjaus: 14 vaunua tarkastettu (Ilmala)\n2026-11-26 05:00:02 INFO  kulumaraja 0,8 mm ylittyi: 0 kpl\n2026-11-26 05:00:03 INFO  raportti tallennettu raportit/2026-48.pdf")
    add("neg-pt-review", review("app/cartorio/emolumentos.py", 33, "Sugiro usar `Decimal` em vez de `float` para valores monetários; o arredondamento de centavos está errado em 0,005.", "valor = Decimal(str(base)) * Decimal(\"1.05\")"))
    add("neg-sv-docs", "## Konfiguration\n\nSätt `SSC_API_KEY` i Vault under `secret/gs-ops/ssc`. I exemplen används platshållaren `SSC_API_KEY=din-nyckel-här`.")
    add("neg-he-log", "2026-11-26 10:02:11 סנכרון תוצאות הקלפיות הושלם: 1,204 קלפיות, 0 שגיאות, משך 14 שניות")
    return out
