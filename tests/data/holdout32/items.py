# ruff: noqa: E501, RUF001  -- item tables hold whole texts on one line; foreign letters are intended.
"""Thirty-second held-out set, written blind (see README.md). Domains: aviation maintenance and
airports, dental clinics, breweries/wineries/distilleries, ports and shipping lines, insurance
claims, universities and research labs, hotels and hospitality, water and sewage utilities.
Providers A-M that no earlier set used.
"""

from __future__ import annotations

import json

from _markup import IP, A, C, D, E, I, P, S, T, U, esc, m
from _values import ALNUM, DIGITS, HEX, LOWNUM, UPNUM, Gen, iban, luhn_complete

B64URL = ALNUM + "-_"
LOWER = "abcdefghijklmnopqrstuvwxyz"


def dumps(obj: object, **kw: object) -> str:
    kw.setdefault("ensure_ascii", False)
    return json.dumps(obj, **kw)  # type: ignore[arg-type]


def N(value: str) -> str:
    """A national id number (labelled as the closest gold label, US_SSN only for US numbers)."""
    return m("US_SSN", value)


# carriers ------------------------------------------------------------------------------------

def agent_log(issue: int, body: str) -> str:
    """Copilot coding agent session log (Agents tab)."""
    return f"Copilot coding agent · session for issue #{issue}\n▸ Running `bash`\n{body}"


def review(path: str, line: int, comment: str, suggestion: str) -> str:
    return f"copilot-pull-request-reviewer[bot] commented on {path}:{line}\n\n{comment}\n\n```suggestion\n{suggestion}\n```"


def vscode_call(tool: str, args: dict[str, object]) -> str:
    """Copilot Chat agent mode in VS Code: a tool invocation as logged."""
    return dumps({"kind": "toolInvocation", "toolId": tool, "input": args, "isConfirmed": True})


def claude_jsonl(text: str, cwd: str = "/home/dev/repo") -> str:
    """One line of ~/.claude/projects/<proj>/<session>.jsonl (a tool result)."""
    return dumps({"type": "user", "cwd": cwd, "sessionId": "b41e7c2a", "message": {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_01Xk", "content": text}]}})


def hec(event: dict[str, object]) -> str:
    """A Copilot usage record forwarded to Splunk HEC."""
    return dumps({"time": 1795812000, "host": "gh-usage-export", "sourcetype": "github:copilot:usage", "index": "devtools", "event": event})


def eventhub(body: str) -> str:
    return dumps({"SequenceNumber": 40917, "Offset": "8589941120", "EnqueuedTimeUtc": "11/27/2026 08:12:44 AM", "Properties": {"source": "copilot-usage-records"}, "Body": body})


def gemini(step: str, body: str) -> str:
    return f"Gemini Code Assist ▸ {step}\n{body}"


def qcli(cmd: str, out: str) -> str:
    """Amazon Q Developer CLI chat, with a tool use."""
    return f"> {cmd}\n\n🛠️  Using tool: execute_bash\n ⋮\n{out}"


def aider(path: str, search: str, replace: str) -> str:
    return f"{path}\n```\n<<<<<<< SEARCH\n{search}\n=======\n{replace}\n>>>>>>> REPLACE\n```"


def cline(tool: str, path: str, content: str) -> str:
    """Cline / Roo Code / Kilo Code XML-style tool use."""
    return f"<{tool}>\n<path>{path}</path>\n<content>\n{content}\n</content>\n</{tool}>"


def opencode(tool: str, out: str) -> str:
    return dumps({"type": "tool", "tool": tool, "state": {"status": "completed", "output": out}})


def crush(body: str) -> str:
    return f"💘 Crush › bash\n{body}"


def junie(step: str, body: str) -> str:
    return f"Junie › {step}\n{body}"


def replit(body: str) -> str:
    return f"Replit Agent\n✓ Checkpoint made\n{body}"


def lovable(body: str) -> str:
    return f"Lovable ✦ edited {body}"


def mcp(text: str, server: str = "postgres") -> str:
    return dumps({"jsonrpc": "2.0", "id": 31, "result": {"content": [{"type": "text", "text": text}], "isError": False}, "_meta": {"server": server}})


def twice(name: str, args: dict[str, object]) -> str:
    inner = dumps({"type": "function", "function": {"name": name, "arguments": dumps(args)}})
    return dumps({"event": "tool_call", "raw": inner})


def card4(number: str) -> str:
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))


def claims(**kw: object) -> str:
    """A compact JWT payload."""
    return json.dumps(kw, separators=(",", ":"))


def secrets(g: Gen) -> list[tuple[str, list[str], str]]:
    out: list[tuple[str, list[str], str]] = []

    def add(p: str, t: str, providers: list[str] | None = None) -> None:
        out.append((f"holdout32:{p}", providers or [p], t))

    # aviation maintenance and airports ------------------------------------------------------
    add("aerdata", f"AERDATA_STREAM_URL=https://api.aerdata.aero/stream/v2\nAERDATA_STREAM_KEY={S(g.mixed(ALNUM, 40))}\nFLEET_FILTER=A320neo,A321LR\n# lease return packs for MSN 8841")
    add("aviobook", agent_log(412, f"$ grep -rn aviobook config/\nconfig/efb.yml:7:  aviobook_client_secret: {S(g.s(HEX, 48))}\nconfig/efb.yml:8:  aviobook_tenant: ops-lux\n\nThe EFB secret is committed; moving it to the repository secret AVIOBOOK_CLIENT_SECRET."))
    add("amos-swiss-aviation", f"[amos]\nhost = amos-prod.mro.internal\nport = 1521\nservice = AMOSP\nuser = {U('amos_wo_sync')}\npassword = {S('Hangar7-Torque!')}\n; work-order export for the C-check planning board")
    add("flydocs", review("src/records/flydocs_client.py", 22, "This is a live flydocs API token for the records vault. Please read it from Key Vault; tokens in source end up in forks.", f"FLYDOCS_TOKEN = os.environ[\"FLYDOCS_TOKEN\"]  # was \"{S('fd_live_' + g.mixed(ALNUM, 36))}\""))
    add("ifs-maintenix", f"<maintenix>\n  <baseUrl>https://mx.airline.example/maintenix/rest</baseUrl>\n  <integrationUser>{U('MXI_INTEG')}</integrationUser>\n  <integrationPassword>{S('Borescope#2026')}</integrationPassword>\n</maintenix>")
    add("aeroapi", f"$ curl -s -H \"x-apikey: {S(g.mixed(ALNUM, 32))}\" \"https://aeroapi.flightaware.com/aeroapi/airports/EGPH/flights/arrivals?max_pages=1\" | jq '.arrivals[0].ident'\n\"EZY6923\"")
    add("bluebox-aviation", f"Bluebox Wings dashboard keeps timing out. Connection string from appsettings:\n`Server=tcp:bluebox-sql.database.windows.net;Database=Wings;User ID={U('wings_ro')};Password={S('Rudder&Pedal88')};Encrypt=True`")
    add("collins-arinc", f"# ARINC Direct (Collins) flight planning\narinc_direct:\n  account: 48817\n  api_user: {U('dispatch-api')}\n  api_key: {S(g.s(UPNUM, 32))}\n  region: EMEA")
    add("gatekeeper-airport", f"Dia duit a {P('Shinéad')}, seo an eochair API do Gatekeeper (bainistíocht geataí ag an aerfort): {S('gk_' + g.mixed(ALNUM, 40))} — ná cuir í sa Teams arís, le do thoil. Athróidh mé í Dé Luain.")
    add("adb-safegate", f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: safegate-airfield\n  namespace: apron-ops\ntype: Opaque\nstringData:\n  SAFEDOCK_API_USER: {U('stand-guidance')}\n  SAFEDOCK_API_PASS: {S('Marshaller!Stand12')}")
    add("baggage-sita", vscode_call("run_in_terminal", {"command": f"export SITA_BAGMSG_KEY={S(g.s(HEX, 40))} && python tools/bsm_replay.py --station LHR --since 06:00", "explanation": "Replay baggage source messages from this morning"}))
    add("bagtrax", f"Heads-up from the T2 baggage hall: the Bagtrax webhook signing secret for the carousel scanners is {S('whsec_' + g.mixed(ALNUM, 32))}, rotate it after the audit.")
    add("aerosimple", f"terraform {{\n  required_providers {{ aws = {{ source = \"hashicorp/aws\" }} }}\n}}\n\nresource \"aws_ssm_parameter\" \"aerosimple\" {{\n  name  = \"/airside/aerosimple/api_key\"\n  type  = \"SecureString\"\n  value = \"{S(g.mixed(ALNUM, 44))}\"\n}}")
    add("airside-net", f"Airside.net wiring for the FOD reports, as discussed:\n\n| setting | value |\n|---|---|\n| endpoint | https://api.airside.net/v1/reports |\n| client id | fod-reporting |\n| client secret | {S(g.mixed(ALNUM, 38))} |\n| scope | inspections.write |")
    add("aerobytes", claude_jsonl(f"     1\t# aerobytes.env\n     2\tAEROBYTES_URL=https://fdm.aerobytes.co.uk/api\n     3\tAEROBYTES_USER={U('fdm-upload')}\n     4\tAEROBYTES_PASS={S('QarData-Upload#5')}\n     5\tAEROBYTES_FLEET=E195-E2"))
    add("airpas", f"ჩვენი Airpas-ის (სადესანტო და სანავიგაციო მოსაკრებლები) API გასაღები: {S(g.s(UPNUM, 36))} — გთხოვ, ჩაწერე Vault-ში და წაშალე ეს შეტყობინება.")
    add("aerotask", f"// aerotask.ts\nexport const aerotask = new AeroTaskClient({{\n  baseUrl: 'https://app.aerotask.io/api',\n  apiKey: '{S('at_' + g.mixed(ALNUM, 40))}',\n}});")
    add("adsb-one", f"$ docker run -d --name feeder -e ADSB_ONE_UUID={g.uuid()} -e ADSB_ONE_API_KEY={S(g.s(HEX, 32))} ghcr.io/sdr-enthusiasts/docker-adsb-ultrafeeder\n8a2f19c04bd1e6f8a1c3")
    add("flightlabs", gemini("Reading src/arrivals.py", f"```python\nFLIGHTLABS_KEY = \"{S('eyJ0eXAiOiJKV1Qi' + g.s(B64URL, 70))}\"\nresp = requests.get(\"https://app.goflightlabs.com/flights\", params={{\"access_key\": FLIGHTLABS_KEY, \"arrIata\": \"CWL\"}})\n```\n\nThe key is hard-coded; I'll read it from an environment variable instead."))
    add("autorouter", f"Autorouter-Zougang fir d'Flugplang-Demo (Lëtzebuerg): Benotzer {U('demo.lux@aeroclub.example')}, Passwuert {S('Findel-Runway24')}. Bitte net weiderginn!")
    add("garmin-pilot", f"GARMIN_PILOT_SYNC_CLIENT_ID=gp-sync-ops\nGARMIN_PILOT_SYNC_SECRET={S(g.mixed(ALNUM, 48))}\nGARMIN_PILOT_TEAM=charter-fleet")
    add("fltplan", qcli("why is the fltplan export job failing?", f"I'll check the cron environment.\n\n$ crontab -l | grep fltplan\n15 5 * * * FLTPLAN_USER={U('ops@skycharter.example')} FLTPLAN_PASS='{S('N123AB-Sky!')}' /opt/fp/export.sh\n\nThe password contains `!`, so inside double quotes in your script it expands history; keep it single-quoted — and move it out of the crontab."))
    add("bytron", f"; Bytron Skybook crew briefing connector\n[skybook]\nurl=https://skybook.bytron.aero/api/v4\napikey={S(g.s(HEX, 40))}\nbase=BRS")
    add("flightdocs", f"{{\n  \"flightdocs\": {{\n    \"environment\": \"production\",\n    \"clientId\": \"fdx-mro-integration\",\n    \"clientSecret\": \"{S(g.mixed(ALNUM, 52))}\"\n  }}\n}}")
    add("camp-systems", f"Hola equipo, para el hangar de Toluca: el token de CAMP Systems (seguimiento de mantenimiento) es {S(g.s(HEX, 32))} y caduca a fin de mes. Lo dejo aquí mientras {P('Andrés')} lo sube al gestor de secretos, ¿va?")
    add("avtrak", f"- name: Sync AvTrak work packs\n  run: python avtrak_sync.py\n  env:\n    AVTRAK_BASE: https://api.avtrak.com\n    AVTRAK_TOKEN: {S('avt_' + g.mixed(ALNUM, 34))}")
    add("gcm-aviation", f"GCM ticketing kept rejecting the SOAP call. Request I captured:\n\nPOST /gcm/ws/ticketing HTTP/1.1\nHost: services.gcm-aviation.example\nSOAPAction: \"CreateWorkOrder\"\nAuthorization: Basic {S(g.b64(27))}\n\n<soap:Envelope>…</soap:Envelope>")
    add("mxcomply", aider("src/mx/settings.py", "MXCOMPLY_API_KEY = os.getenv(\"MXCOMPLY_API_KEY\")", f"MXCOMPLY_API_KEY = os.getenv(\"MXCOMPLY_API_KEY\", \"{S(g.s(LOWNUM, 40))}\")"))
    add("airportlabs", f"airportlabs.api.url=https://api.airportlabs.com/v2\nairportlabs.api.key={S(g.mixed(ALNUM, 32))}\nairportlabs.airport=OTP")
    add("camo-net", f"camo.net gebruiker voor de CAMO van Texel: {U('camo.texel')} / {S('Vliegveld$Texel1')} – graag niet in de gedeelde map zetten.")
    add("corridor-aviation", f"diff --git a/deploy/.env.prod b/deploy/.env.prod\n@@ -3,3 +3,4 @@\n CORRIDOR_DB_HOST=corridor-db.internal\n CORRIDOR_DB_NAME=corridor\n+CORRIDOR_DB_PASSWORD={S('Propeller-Pitch42')}\n CORRIDOR_LOG=info")
    add("aeronautical-radio", twice("write_file", {"path": "ops/acars.env", "content": f"ACARS_GATEWAY=acars-gw.aero.example\nACARS_API_SECRET={S(g.s(HEX, 64))}\n"}))

    # dental clinics ------------------------------------------------------------------------
    add("clinicmaster", f"Helo {P('Gareth')}, dyma'r manylion mewngofnodi ar gyfer ClinicMaster yn y practis deintyddol yng Nghaerfyrddin: defnyddiwr {U('derbynfa.caerfyrddin')}, cyfrinair {S('Dannedd-Gwyn2026')}. Paid â'i rannu tu allan i'r tîm.")
    add("ace-dental", f"ACE_DENTAL_API_BASE=https://api.acedental.com/v1\nACE_DENTAL_API_KEY={S(g.s(HEX, 40))}\nACE_CLINIC_ID=3318")
    add("apteryx", f"$ psql \"postgresql://{U('xrayvision')}:{S('Bitewing!Panorex9')}@apteryx-db.clinic.lan:5432/imaging\" -c 'select count(*) from studies where modality = $$IO$$'\n count\n-------\n 41277\n(1 row)")
    add("lighthouse-360", f"# lighthouse360 recall reminders\nimport lighthouse360\nclient = lighthouse360.Client(api_key=\"{S('lh360_' + g.mixed(ALNUM, 32))}\")\nclient.recalls.send(office_id=\"smile-studio-2\")")
    add("mogo-dental", review("app/Services/MogoSync.php", 18, "A MOGO Cloud password is in the source. Move it to `.env` and read it with `env()`.", f"$password = env('MOGO_PASSWORD'); // was '{S('Molar4Molar!')}'"))
    add("dentalink", f"Hola doctora, la clave de la API de Dentalink para la clínica de Medellín quedó en el Slack: {S(g.mixed(ALNUM, 44))}. La cambié en el panel, pero la vieja seguía activa hasta las 3 p. m.")
    add("dentiq", mcp(f"SELECT key, value FROM integration_settings WHERE vendor = 'dentiq';\n key        | value\n------------+------------------------------------------\n api_secret | {S(g.s(HEX, 40))}\n region     | eu-west\n(2 rows)"))
    add("denteo", f"Salut! Pour l'intégration Denteo de la clinique de Lausanne, le client secret OAuth est {S(g.mixed(ALNUM, 40))} (client id: denteo-agenda-sync). Je le retire du ticket dès que c'est dans le coffre.")
    add("dovetail-dental", f"services:\n  dovetail-bridge:\n    image: registry.clinic.example/dovetail-bridge:1.8.2\n    environment:\n      DOVETAIL_API_URL: https://api.dovetail.dental\n      DOVETAIL_API_KEY: {S(g.s(LOWNUM, 36))}\n    restart: unless-stopped")
    add("flex-dental", f"Flex Dental's Patient Messaging webhook → our n8n flow. Header we need to verify:\n`X-Flex-Signature: sha256=…`, shared secret `{S(g.mixed(ALNUM, 32))}`.")
    add("lightdental", f"<?php\nreturn [\n    'lightdental' => [\n        'endpoint' => 'https://api.lightdental.example/v2',\n        'username' => '{U('front-desk-api')}',\n        'password' => '{S('Crown&Bridge2025')}',\n    ],\n];")
    add("dentmate", opencode("bash", f"$ cat .env.local\nDENTMATE_TOKEN={S(g.mixed(ALNUM, 40))}\nDENTMATE_PRACTICE=kyrenia-smiles\n"))
    add("ezdent", f"Bula vinaka! Password ni EzDent ena clinic e Lautoka: {S('Bula-Smile77')} (user {U('lautoka.front')}). Kua ni vakaraitaka vei tani.")
    add("dentrino", cline("write_to_file", "config/dentrino.json", dumps({"dentrino": {"apiKey": S(g.s(HEX, 32)), "practiceId": "zahn-am-markt"}}, indent=2)))
    add("exan-academy", f"EXAN_ACADEMY_DB=mssql://{U('academy_rpt')}:{S('Ortho-Aligner#3')}@exan-sql01:1433/Academy")
    add("axium-dental", f"# Axium (dental school clinic system) nightly export\naxium:\n  odbc_dsn: AXIUM_PROD\n  uid: {U('axrpt')}\n  pwd: {S('Periodontal!Chart7')}\n  schedule: \"0 2 * * *\"")
    add("mydentalhub", junie("Inspecting src/main/resources/application.properties", f"mydentalhub.api.base=https://api.mydentalhub.example\nmydentalhub.api.token={S(g.mixed(ALNUM, 48))}\n\nI will replace the literal with ${{MYDENTALHUB_TOKEN}}."))
    add("cs-imaging", f"Mae'r cysylltiad DICOM i CS Imaging yn methu. Dyma'r llinell o'r ffeil ini:\n\n[csimaging]\nAE_TITLE=CSIMG01\nADMIN_PASSWORD={S('Pelydr-X!2024')}")
    add("dexis", f"DEXIS IS cloud sync — service principal\n  tenant: 4f1c2e8a-dexis-eu\n  client_id: dexis-sync-svc\n  client_secret: {S(g.mixed(ALNUM, 40) + '~' + g.s(ALNUM, 6))}")

    # breweries, wineries, distilleries ----------------------------------------------------
    add("brewfather", f"$ curl -u {U('x9LkQ2bVn3aPs8Dt')}:{S(g.mixed(ALNUM, 50))} https://api.brewfather.app/v2/batches?limit=5\n[{{\"_id\":\"QfY3...\",\"name\":\"Batch 112 - Harbour Stout\",\"status\":\"Fermenting\"}}]")
    add("beersmith", f"Tha am facal-faire airson cunntas BeerSmith na grùdaireachd ann an Inbhir Nis: {S('Leann-Dubh!1996')}. Cleachd an cunntas {U('grudaire.inbhirnis')} airson nan reasabaidhean.")
    add("brewersfriend", f"BREWERSFRIEND_API_KEY={S(g.s(HEX, 40))}\nBREWERSFRIEND_BREWERY=tidewater-brewing\n")
    add("ekos", agent_log(88, f"$ cat .github/workflows/ekos-sync.yml | grep -n KEY\n14:      EKOS_API_KEY: \"{S(g.mixed(ALNUM, 36))}\"\n\nThe Ekos key is a literal in the workflow; replacing it with ${{{{ secrets.EKOS_API_KEY }}}}."))
    add("beer30", f"Beer30 POS sync token for the taproom: {S('b30_' + g.mixed(ALNUM, 32))} (from {P('Oksana')}'s screenshot — please rotate)")
    add("brewtrack", f"const brewtrack = axios.create({{\n  baseURL: 'https://api.brewtrack.example/v1',\n  headers: {{ Authorization: 'Token {S(g.s(HEX, 40))}' }},\n}});")
    add("craftpeak", f"Craftpeak (Arryved Online Ordering) WordPress site — wp-config.php excerpt:\n\ndefine( 'DB_NAME', 'craftpeak_taproom' );\ndefine( 'DB_USER', '{U('cp_taproom')}' );\ndefine( 'DB_PASSWORD', '{S('Hoppy-IPA-2026!')}' );")
    add("arryved", f"Arryved Embed Menu API\nGET https://api.arryved.com/menus/v1/locations/4412 HTTP/1.1\nX-Arryved-Api-Key: {S(g.s(UPNUM, 40))}\nAccept: application/json")
    add("commerce7", f"COMMERCE7_TENANT=sonoma-ridge-winery\nCOMMERCE7_APP_ID=wine-club-sync\nCOMMERCE7_APP_SECRET={S(g.mixed(ALNUM, 64))}")
    add("crushpad", f"Before I forget — the Crushpad integration password is {S('Pinot-Noir#Lot17')}, user {U('winery.ops')}. Change after harvest.")
    add("innovint", f"{{\"tool\": \"create_file\", \"arguments\": {{\"path\": \"lambda/innovint.env\", \"content\": \"{esc('INNOVINT_API_TOKEN=' + S(g.mixed(ALNUM, 40)) + chr(10) + 'INNOVINT_WINERY=moulin-rouge-cellars' + chr(10))}\"}}}}")
    add("ba-wine", f"Oi mano, a chave da API da BA Wine (importação para Luanda) ficou no README: {S(g.s(HEX, 32))}. Já pedi outra ao fornecedor, mas tira isso do repositório, por favor.")
    add("bevsites", f"# bevsites.toml\n[bevsites]\nstore = \"glen-dunmore-distillery\"\napi_key = \"{S(g.mixed(ALNUM, 36))}\"\nlocale = \"en-GB\"")
    add("encompass8", f"Encompass8 distributor EDI — SFTP\n  host: sftp.encompass8.com\n  user: {U('dunmore_edi')}\n  password: {S('Cask-Strength57%')}")
    add("drinks-cloud", f"$ aws secretsmanager get-secret-value --secret-id drinks-cloud/prod --query SecretString --output text\n{{\"apiKey\":\"{S(g.mixed(ALNUM, 40))}\",\"region\":\"eu-west-2\"}}")
    add("getbevy", f"Bevy keeps returning 401 for the event RSVPs. env:\n```\nBEVY_API_KEY={S(g.s(LOWNUM, 40))}\nBEVY_CHAPTER=harbour-beer-club\n```")
    add("liquidtap", f"LiquidTap Cloud – kranerne i Tórshavn:\nbrúkari: {U('bryggjan.torshavn')}\nloyniorð: {S('Skerpikjøt#Øl88')}\nVinaliga ikki deil hetta uttan fyri.")
    add("cellartracker", f"# cellartracker_export.py\nimport requests\nr = requests.get(\"https://www.cellartracker.com/xlquery.asp\", params={{\"User\": \"{U('harbourcellar')}\", \"Password\": \"{S('Bordeaux-1982!')}\", \"Format\": \"csv\", \"Table\": \"List\"}})")
    add("delectable", f"delectable:\n  partner_token: {S(g.s(HEX, 48))}\n  retailer: vintners-row")
    add("lwin", f"LWIN database (Liv-ex) download key for the merchant portal: {S(g.mixed(ALNUM, 32))}. Downloads LWIN18 CSV every Monday.")
    add("geowine", f"# geowine.py\nGEOWINE_KEY = '{S(g.mixed(ALNUM, 40))}'  # TODO: env var\nparcels = geowine.Client(GEOWINE_KEY).parcels(appellation='Patrimonio')")
    add("fruition-sciences", f"Fruition Sciences — sap flow sensors, vineyard de Patrimoniu. Ecco a chjave API: {S(g.s(HEX, 40))}. Ùn la mette micca in u git, per piacè.")

    # ports and shipping lines --------------------------------------------------------------
    add("dataloy", f"DATALOY_VMS_URL=https://vms.dataloy.com/api\nDATALOY_VMS_USER={U('chartering.api')}\nDATALOY_VMS_PASSWORD={S('Laytime&Demurrage9')}")
    add("magellan-ais", f"Magellan AIS feed in the port community system — the tail of `docker inspect pcs-ais`:\n\"Env\": [\n  \"MAGELLAN_AIS_TOKEN={S(g.s(HEX, 40))}\",\n  \"BBOX=1.2,51.3,1.9,51.6\"\n]")
    add("marine-vessel-traffic", f"$ curl 'https://api.marinevesseltraffic.example/v1/positions?mmsi=247389200&apikey={S(g.mixed(ALNUM, 32))}'\n{{\"mmsi\":247389200,\"lat\":43.31,\"lon\":5.36,\"sog\":0.1}}")
    add("ahoy", f"Ahoy (ETA predictions) X-API-Key {S(g.uuid())}, pasted in #ops-quay by mistake. Revoked? Not yet.")
    add("aishub", f"# AISHub data sharing — our station 2843\naishub:\n  username: {U('AH_2843_6F1B')}\n  output: json\n  compress: 0\n  password: {S('Quayside#Crane4')}")
    add("datadocked", f"datadocked_api_key = \"{S(g.mixed(ALNUM, 40))}\"\n\nresource \"aws_lambda_function\" \"eta\" {{\n  function_name = \"vessel-eta\"\n  environment {{ variables = {{ DATADOCKED_KEY = var.datadocked_api_key }} }}\n}}")
    add("baltic-exchange", f"Baltic Exchange data API (freight indices BDI/BCI) — credentials for the research desk:\n- API key: {S(g.s(HEX, 32))}\n- Entitlement: Dry + Tanker")
    add("gatehouse-maritime", f"GateHouse Maritime AIS client secret: {S(g.mixed(ALNUM, 48))}")
    add("blue-visby", twice("run_terminal_cmd", {"command": f"bv-cli login --api-key {S('bv_' + g.s(LOWNUM, 40))} && bv-cli voyages list --status active"}))
    add("calcolo", f"{{\n  \"calcolo\": {{\n    \"baseUrl\": \"https://api.calcolo.com/v1\",\n    \"clientId\": \"tanker-desk\",\n    \"clientSecret\": \"{S(g.mixed(ALNUM, 44))}\"\n  }}\n}}")
    add("clippership", f"ClipperShip ERP DB login for the Limassol office: {U('clip_ops')} / {S('Ballast-Water!31')}")
    add("abeam", f"ABEAM_DATA_USER={U('port-analytics@terminal.example')}\nABEAM_DATA_TOKEN={S(g.s(HEX, 64))}")
    add("bunkerex", f"Bunkerex stem confirmation bot — token in `bunker.properties`:\nbunkerex.api.token={S(g.mixed(ALNUM, 32))}\nbunkerex.port=SGSIN")
    add("container-xchange", f"# xchange.py\nheaders = {{\"Authorization\": \"Bearer {S('cx_live_' + g.mixed(ALNUM, 40))}\"}}\nresp = httpx.get(\"https://api.container-xchange.com/v2/offers?location=DEHAM\", headers=headers)")
    add("bolero", f"<BoleroConnect>\n  <Endpoint>https://connect.bolero.net/ebl</Endpoint>\n  <User>{U('BLR-MZ-7712')}</User>\n  <Password>{S('eBL-Maputo!2026')}</Password>\n</BoleroConnect>\n<!-- Maputo terminal, conhecimento de embarque eletrónico -->")
    add("cogoport", f"COGOPORT_API_KEY={S(g.mixed(ALNUM, 36))}\nCOGOPORT_ORG=sahel-forwarding\n# cotações FCL Dakar → Luanda")
    add("linescape", f"Linescape schedules API returned 403 — the header we send:\n`Ocp-Apim-Subscription-Key: {S(g.s(HEX, 32))}`")
    add("kognifai", f"Kongsberg Kognifai Vessel Insight — OAuth for the fleet analytics notebook\n\ncell [3]:\nVI_CLIENT_ID = \"vi-fleet-nb\"\nVI_CLIENT_SECRET = \"{S(g.mixed(ALNUM, 40))}\"\ntoken = oauth.fetch_token(\"https://login.kognif.ai/oauth2/token\", client_id=VI_CLIENT_ID, client_secret=VI_CLIENT_SECRET)")

    # insurance claims ----------------------------------------------------------------------
    add("mitchell-claims", f"Mitchell claims estimating — WorkCenter API\nMITCHELL_WC_CLIENT_ID=auto-claims-intake\nMITCHELL_WC_CLIENT_SECRET={S(g.mixed(ALNUM, 48))}")
    add("cognizant-claims", f"Claims Hub (Cognizant) integration user {U('svc_claimshub')} has password {S('Subrogation#2025')} — we need to move this to CyberArk.")
    add("claimwizard", f"ClaimWizard Zapier step failing: the API key field holds `{S(g.s(HEX, 40))}`. Is that the sandbox one?")
    add("anderson-claims", f"Anderson Claims adjuster portal, Bislama note from the Port Vila desk: Pasword blong portal hemi {S('Cyclone-Pam2015!')}, username {U('portvila.adjuster')}. Yu no sharem long narafala man.")
    add("claimvantage", f"# Salesforce named credential for ClaimVantage\n<NamedCredential>\n  <label>ClaimVantage</label>\n  <endpoint>https://api.claimvantage.com</endpoint>\n  <password>{S('Disability-Claim!88')}</password>\n  <username>{U('cv.integration@insurer.example')}</username>\n</NamedCredential>")
    add("hover-claims", f"HOVER_CLIENT_ID=roof-claims\nHOVER_CLIENT_SECRET={S(g.mixed(ALNUM, 43))}\nHOVER_REDIRECT=https://claims.example/hover/callback")
    add("eagleview", f"EagleView token for the hail-claims pilot: {S(g.s(HEX, 32))}. It is in the Jira comment from yesterday; please delete the comment.")
    add("floodflash", f"$ curl -X POST https://api.floodflash.co/v1/claims/trigger -H 'Authorization: Bearer {S('ff_' + g.mixed(ALNUM, 40))}' -d '{{\"sensor\":\"FF-22817\"}}'\n{{\"status\":\"accepted\"}}")
    add("ebaotech", f"ebao:\n  gateway: https://insuremo.example/api\n  app_key: claims-fnol\n  app_secret: {S(g.s(HEX, 48))}", ["ebaotech"])
    add("instanda", vscode_call("replace_string_in_file", {"filePath": "src/config/instanda.ts", "oldString": "apiKey: process.env.INSTANDA_KEY", "newString": f"apiKey: '{S(g.mixed(ALNUM, 40))}'"}))
    add("decerto", f"Decerto Agent Portal (policy admin) — Postgres\npostgres://{U('decerto_app')}:{S('Ubezpieczenie!77')}@decerto-pg.internal:5432/policy")
    add("kasko", f"KASKO_SECRET_KEY={S('sk_live_' + g.mixed(ALNUM, 40))}\nKASKO_PUBLISHABLE_KEY=pk_live_{g.mixed(ALNUM, 40)}")
    add("elucidate", f"Elucidate (claims fraud analytics) SFTP drop\nHost elucidate-sftp\n  HostName sftp.elucidate.example\n  User {U('claims_drop')}\n# password for the drop user: {S('Fraud-Ring?No!')}")
    add("livegenic", f"Livegenic virtual claims inspections — our integration env in Azure DevOps library:\n\n| Name | Value |\n|---|---|\n| LIVEGENIC_TENANT | mutual-ne |\n| LIVEGENIC_API_KEY | {S(g.s(UPNUM, 40))} |")
    add("claimlogiq", f"claimlogiq.server=https://claimlogiq.insurer.example\nclaimlogiq.user={U('pricing-batch')}\nclaimlogiq.password={S('Loss-Ratio-0.62')}")
    add("cogitate", f"# Cogitate claims platform export notebook\nCOGITATE_TOKEN = \"{S(g.mixed(ALNUM, 48))}\"\nclaims = cogitate.list_claims(token=COGITATE_TOKEN, line='motor')")
    add("fenris", f"Fenris Digital (claims data prefill) API — this one is PROD:\nclient_id: fnol-claims\nclient_secret: {S(g.mixed(ALNUM, 40))}")
    add("bdeo", f"POST https://api.bdeo.io/v2/claims/video-sessions HTTP/1.1\nX-Api-Key: {S(g.s(HEX, 40))}\nContent-Type: application/json\n\n{{\"claimRef\": \"HOME-2026-44817\"}}")
    add("friss", f"Pls rotate: FRISS fraud-screening API token {S(g.mixed(ALNUM, 40))} was in the claims-ops Loom video at 03:12.")
    add("ledgebrook", f"LEDGEBROOK_API_URL=https://api.ledgebrook.example\nLEDGEBROOK_API_KEY={S(g.s(LOWNUM, 32))}\nLEDGEBROOK_PROGRAM=marine-cargo")

    # universities and research labs ---------------------------------------------------------
    add("canvas-lms", f"CANVAS_BASE_URL=https://canvas.uni.example\nCANVAS_ACCESS_TOKEN={S('7~' + g.mixed(ALNUM, 64))}\nCANVAS_COURSE=48821")
    add("d2l-brightspace", f"Brightspace Valence app credentials, Université Laval — bonjour, voici l'App Key qu'on m'a donnée : {S(g.mixed(ALNUM, 22))}. L'App ID c'est quiz-export-ul. C'est correct de le mettre dans le .env, ou ben il faut le coffre?")
    add("elabjournal", f"elabjournal:\n  url: https://www.elabjournal.com/api/v1\n  token: {S('ej.' + g.s(HEX, 48))}\n  group: biochem-lab-3")
    add("jisc", f"Jisc Publications Router — institutional API key for the repository: {S(g.s(HEX, 32))}\n(router.jisc.ac.uk, account: repository@uni.example)")
    add("ithenticate", f"ITHENTICATE_URL=https://uni.turnitin.com/api\nITHENTICATE_API_KEY={S(g.mixed(ALNUM, 48))}", ["ithenticate"])
    add("datacite", f"$ curl -u {U('UNI.REPO')}:{S('Doi-Minting!2026')} -X POST https://api.datacite.org/dois -H 'Content-Type: application/vnd.api+json' -d @doi.json\n{{\"data\":{{\"id\":\"10.83412/uni.12045\"}}}}")
    add("academic-torrents", f"Academic Torrents uploader key (lab dataset mirror): {S(g.s(HEX, 40))}")
    add("biorxiv", f"bioRxiv/medRxiv submission API — the lab's service account: {U('lab-submit')} / {S('Preprint-Peer!5')}")
    add("fairsharing", f"FAIRsharing API login gives a JWT; ours from `fairsharing.py`:\nJWT = \"{S(g.jwt(claims(sub='4412', exp=1811000000)))}\"")
    add("jstor", f"JSTOR Constellate / text-mining account for the digital humanities lab:\n  user = {U('dh-lab@uni.example')}\n  password = {S('Palimpsest-Vellum3')}")
    add("libguides", f"LIBAPPS_CLIENT_ID=3411\nLIBAPPS_CLIENT_SECRET={S(g.s(HEX, 32))}\n# LibGuides API 1.2 — guide sync for the Welsh-language collection")
    add("lens-org", f"import requests\nLENS_TOKEN = \"{S(g.mixed(ALNUM, 64))}\"\nr = requests.post(\"https://api.lens.org/patent/search\", headers={{\"Authorization\": LENS_TOKEN}}, json={{\"query\": \"desalination membrane\"}})")
    add("kuali", f"Kuali Research (grants) — API token for the sponsored programs sync job: {S(g.jwt(claims(iss='kuali', id='sps-sync')))}")
    add("mediasite", f"Mediasite lecture capture — sfapikey in appsettings.json:\n\"Mediasite\": {{ \"Root\": \"https://mediasite.uni.example/Mediasite\", \"SfApiKey\": \"{S(g.uuid())}\", \"User\": \"{U('capture-svc')}\", \"Password\": \"{S('Lecture-Hall-B2!')}\" }}")
    add("echo360", f"echo360:\n  client_id: {g.uuid()}\n  client_secret: {S(g.mixed(ALNUM, 40))}\n  region: eu")
    add("mentimeter", f"Menti API key for the first-year orientation quizzes: {S(g.s(HEX, 40))} — {P('Ilana')} pasted it into the course Moodle page, I've hidden the page.")
    add("labwise", f"Labwise (chemical inventory) DB: Server=labwise-sql;Database=Inventory;User Id={U('labwise_app')};Password={S('Fume-Hood-42!')};")
    add("ieee-xplore", f"GET https://ieeexploreapi.ieee.org/api/v1/search/articles?querytext=desalination&apikey={S(g.s(LOWNUM, 24))}&max_records=25 HTTP/1.1\nHost: ieeexploreapi.ieee.org")
    add("genohm", f"# SLIMS (Genohm) REST — sample tracking\nslims.url=https://slims.lab.uni.example/slimsrest\nslims.user={U('slims_rest')}\nslims.password={S('Pipette-Tip#96')}")
    add("core-informatics", f"core_lims_api_key: {S(g.mixed(ALNUM, 40))}\nworkspace: 'Marine Microbiology Lab'")
    add("biobright", f"BioBright DarwinSync — Basic auth for the export script:\nAuthorization: Basic {S(g.b64(30))}")
    add("labmate", f"LabMate API — chave para o laboratório de Maputo: {S(g.s(HEX, 32))}. Por favor não partilhar no grupo de WhatsApp.")
    add("asperato", f"Asperato (student fees) — Salesforce custom setting\nAsperato_Auth_Key__c = '{S(g.mixed(ALNUM, 40))}'")

    # hotels and hospitality ----------------------------------------------------------------
    add("canary-technologies", f"CANARY_API_KEY={S('ck_' + g.mixed(ALNUM, 40))}\nCANARY_PROPERTY_ID=harbourview-galway\n# digital check-in + upsells")
    add("akia", f"Akia guest messaging webhook secret (front desk, Cebu): {S(g.s(HEX, 32))}. Ayaw i-share sa group chat, palihug — ilisan nato ni sunod semana.")
    add("alice-hms", f"ALICE (Actabl) housekeeping API — `alice.yml`:\nalice:\n  api_key: {S(g.s(LOWNUM, 40))}\n  hotel_id: 8812\n  sync_minutes: 5")
    add("hotsos", f"$ curl -s -u {U('hotsos_api')}:{S('Turndown-Service7')} https://hotsos.hotel.example/api/v3/orders?status=open | jq length\n23")
    add("infor-hms", f"Infor HMS ION API — the .ionapi file {P('Laura')} attached:\n{{\"ti\": \"HOTELGRP_PRD\", \"cn\": \"hms-rates\", \"ci\": \"HOTELGRP_PRD~hms-rates\", \"cs\": \"{S(g.mixed(ALNUM, 86))}\", \"iu\": \"https://mingle-ionapi.inforcloudsuite.com\"}}")
    add("ideas-rms", f"IDeaS G3 RMS — rate push credentials\n  user: {U('g3-rate-push')}\n  password: {S('RevPAR-Up-2026!')}\n  property: GLW01")
    add("bookassist", f"Tá an eochair API do Bookassist (inneall áirithinte an óstáin) sa chomhad config: {S(g.s(HEX, 40))}. Bain amach é sula ndéanann tú an PR a chumasc.")
    add("hotelkey", f"<appSettings>\n  <add key=\"HotelKey.BaseUrl\" value=\"https://api.hotelkey.com\" />\n  <add key=\"HotelKey.ApiSecret\" value=\"{S(g.mixed(ALNUM, 48))}\" />\n</appSettings>")
    add("hoteltime", f"HotelTime PMS — Ulaanbaatar зочид буудлын нэвтрэх мэдээлэл: хэрэглэгч {U('ub.frontdesk')}, нууц үг {S('Chinggis-Khaan#88')}. Үүнийг хэнд ч бүү дамжуул.")
    add("hotelflow", f"hotelflow:\n  endpoint: https://api.hotelflow.example/v2\n  token: {S(g.s(HEX, 40))}")
    add("frontdesk-anywhere", f"Frontdesk Anywhere channel sync job env:\n```\nFDA_USERNAME={U('fda_sync_bishkek')}\nFDA_PASSWORD={S('Ala-Too_Resort9')}\n```\nКонокүйдүн каналдар синхрондоштуруусу ушул сыр сөз менен иштейт.")
    add("mycloud-hospitality", f"mycloud_pms_api_key = \"{S(g.s(UPNUM, 32))}\"  # Dushanbe hotel — калиди API, онро ба git нагузоред")
    add("ibelsa", f"ibelsa.rooms API-Key für das Hotel in Vianden: {S(g.s(HEX, 32))} — w.e.g. net an de Repo setzen, merci!")
    add("hotelnet", f"// hotelnet-client.go\nconst hotelnetSecret = \"{S(g.mixed(ALNUM, 40))}\" // TODO({U('viktor')}): move to Secret Manager\n")
    add("bookingsync", f"BOOKINGSYNC_CLIENT_ID={g.s(HEX, 32)}\nBOOKINGSYNC_CLIENT_SECRET={S(g.s(HEX, 64))}\nBOOKINGSYNC_REDIRECT_URI=https://rentals.example/oauth/callback")
    add("hotelrez", f"HotelREZ GDS connector — the XML login block logged at DEBUG:\n<Authentication UserName=\"{U('HRZ_KAZAN_01')}\" Password=\"{S('Kremlin-Kazan2026')}\" ChainCode=\"HZ\"/>")
    add("dhisco", f"DHISCO Switch — OTA_HotelAvailRQ test. POS element:\n<POS><Source><RequestorID ID=\"{U('HTLPARTNER44')}\" MessagePassword=\"{S(g.mixed(ALNUM, 16))}\"/></Source></POS>")
    add("bookingexperts", f"Booking Experts API token voor het vakantiepark op Ameland: {S(g.s(HEX, 40))}. Wolle wy dat gau feroarje? It stie yn 'e README.")
    add("flyfish", f"flyfish:\n  api:\n    key: {S(g.mixed(ALNUM, 32))}\n    venue: loch-ness-lodge")
    add("guestcentric", f"GUESTCENTRIC_API_USER={U('gc-api-porto')}\nGUESTCENTRIC_API_PASSWORD={S('Ribeira#Douro5')}")
    add("ihg-concerto", f"IHG Concerto interface: the certificate passphrase the vendor sent is {S('Concerto-Interface-2026')} — it protects hotel-ihg.pfx. Don't email it again.")
    add("hyatt", review("integrations/hyatt/loyalty.ts", 9, "The World of Hyatt partner API secret should not be in the bundle — it ships to the browser.", f"const HYATT_PARTNER_SECRET = process.env.HYATT_PARTNER_SECRET; // was '{S(g.s(HEX, 48))}'"))

    # water and sewage utilities ------------------------------------------------------------
    add("aquatic-informatics", f"AQUARIUS Time-Series — Publish API\nAQTS_SERVER=https://aquarius.water.example\nAQTS_USER={U('apiread')}\nAQTS_PASSWORD={S('Weir-Gauge-2025')}")
    add("mueller-sentryx", f"Sentryx (Mueller) meter-read API key: {S(g.mixed(ALNUM, 40))}\nutility: ecija-waters — 18k endpoints")
    add("fathom-water", f"$ fathom-cli billing export --since 2026-11-01 --token {S('fth_' + g.s(HEX, 40))} > bills.csv\nExported 12,408 bills.")
    add("hach-wims", f"Hach WIMS SQL connection used by the lab dashboards:\nData Source=wims-sql;Initial Catalog=OPS_WIMS;User ID={U('wims_reader')};Password={S('Chlorine-Res0.5')};")
    add("maintainx", f"import maintainx\nclient = maintainx.Client(api_key=\"{S(g.jwt(claims(organizationId=118273, userId=99021)))}\")\nfor wo in client.work_orders.list(status='OPEN'):\n    print(wo.title)")
    add("flowworks", f"FlowWorks → our historian. The API user is {U('fw_historian')} and the password is {S('Sewer-Overflow#12')}; endpoint https://developers.flowworks.com/fwapi/v2/sites")
    add("aqualogic", f"Aqualogic SCADA bridge (Thimphu plant) — ini:\n[bridge]\nopc_url=opc.tcp://10.20.4.11:4840\napi_token={S(g.s(HEX, 32))}")
    add("datamatic", f"DATAMATIC_ROADRUNNER_KEY={S(g.mixed(ALNUM, 36))}\nDATAMATIC_ROUTE=R-14  # drive-by meter reading")
    add("ayyeka", f"Ayyeka Wavelet devices → FAI platform. API creds in `ayyeka.env`:\nAYYEKA_API_KEY={S(g.s(HEX, 32))}\nAYYEKA_API_SECRET={S(g.s(HEX, 64))}")
    add("eosense", f"eosense:\n  logger_token: {S(g.mixed(ALNUM, 40))}\n  site: lagoon-cell-3  # methane flux at the sewage lagoon")
    add("aquanta", f"Aquanta water-heater API (pilot with the utility's demand response): password for the test account {U('dr-pilot@utility.example')} is {S('HotWater-DR2026')}")
    add("aquaread", f"Aquaread sonde cloud — API token: {S(g.s(HEX, 40))} (river monitoring, Oromia project)\nFurtuu API kana nama biraatiif hin qooddatin.")
    add("fluksaqua", f"FlukSaqua (Flanders water utilities community) API — Bearer {S(g.mixed(ALNUM, 44))}")
    add("h2o-degree", f"h2o_degree:\n  username: {U('submeter-admin')}\n  password: {S('Submeter$Reads44')}\n  portal: https://portal.h2odegree.com")
    add("hydrovision", f"HydroVision CCTV sewer survey uploads use this SAS-style key: {S(g.b64(32))}")
    add("kando", f"KANDO_API_TOKEN={S('kd_' + g.mixed(ALNUM, 40))}\nKANDO_NETWORK=tel-aviv-sewer-east")
    add("isle-utilities", f"Isle Utilities (Technology Approval Group) portal — shared login in the innovation team's sheet: {U('tag-water-team')} / {S('Innovation-Pipe7!')}")
    add("echologics", f"echologics:\n  endpoint: https://epulse.echologics.example/api\n  client_secret: {S(g.mixed(ALNUM, 40))}\n  district: DMA-07")
    add("gutermann", f"Gutermann Zonescan NET — loggers for leak detection\nZONESCAN_USER={U('zonescan.malta')}\nZONESCAN_PASS={S('Ilma-Nadif#2026')}\n# L-utent għall-WSC f'Malta")
    add("leakbot", f"LeakBot insurer integration — HMAC key for the claims feed: {S(g.s(HEX, 64))}")
    add("hydstra", f"; Hydstra HYSRV config\n[HYSRV]\nDBUSER={U('hydstra_ro')}\nDBPASS={S('Stream-Gauge-88')}\nPORT=6001")
    add("kiwis", f"KISTERS KiWIS query service — token in the URL (from the agent's fetch):\nhttps://kiwis.water.example/KiWIS/KiWIS?service=kisters&type=queryServices&request=getTimeseriesValues&ts_id=22871042&token={S(g.s(HEX, 32))}")
    add("metasphere", f"Metasphere Point Orange outstations — MQTT broker creds:\nmqtt://{U('po-telemetry')}:{S('Pumping-Station#21')}@mqtt.metasphere.example:8883")
    add("mipro", f"MiPro telemetry export — Wolof note from the Dakar depot: Baatu jàll bi ci MiPro mooy {S('Ndox-Dakar2026!')}, jëfandikukat {U('mipro.dakar')}. Bul ko wone kenn.")

    # brewing and distilling, continued ----------------------------------------------------
    add("grainfather", f"GRAINFATHER_EMAIL={U('brewhouse@coastalales.example')}\nGRAINFATHER_PASSWORD={S('Mash-Tun-66C')}")
    add("hopsteiner", f"Hopsteiner contract portal (alpha acid certificates) — API key: {S(g.mixed(ALNUM, 32))}")
    add("brewblox", f"# brewblox docker-compose override\nservices:\n  spark-one:\n    command: --device-id=280038000847343337373738 --mqtt-password={S('Fermenter-Cold-Crash')}")
    add("breww", f"Breww API token for the cask tracking sync: {S(g.s(HEX, 40))}. Mae'n rhaid ei newid ar ôl y digwyddiad.")
    add("barrelsmith", f"BARRELSMITH_KEY={S(g.mixed(ALNUM, 40))}\nBARRELSMITH_WAREHOUSE=bonded-3  # Islay")
    add("binwise", f"BinWise Pro inventory export — auth header:\nAuthorization: Token {S(g.s(HEX, 40))}")
    add("distilld", f"distilld.toml\n[auth]\nclient_id = \"cask-share\"\nclient_secret = \"{S(g.mixed(ALNUM, 44))}\"")
    add("amphora", f"Amphora (wine data platform) — Kilo Code applied this change:\n+AMPHORA_TOKEN={S(g.mixed(ALNUM, 40))}\n+AMPHORA_WINERY=domaine-de-la-garrigue")
    add("innophyt", f"Innophyt (sensor vinicòla) — la clau API del mas: {S(g.s(HEX, 32))}. Non la cal pas metre dins lo depaus, mercé.")

    # collaboration and dev tools seen in these repos ---------------------------------------
    add("envoy", f"ENVOY_API_KEY={S(g.mixed(ALNUM, 40))}  # visitor sign-in for the research lab lobby")
    add("mural", f"Mural app OAuth for the curriculum workshop board:\nMURAL_CLIENT_ID={g.uuid()}\nMURAL_CLIENT_SECRET={S(g.s(HEX, 64))}")
    add("appcues", f"window.AppcuesSettings = {{ enableURLDetection: true }};\n// server side identify\nconst APPCUES_API_SECRET = '{S(g.uuid())}';")
    add("botpress", f"$ curl -H 'Authorization: Bearer {S('bp_pat_' + g.mixed(ALNUM, 40))}' https://api.botpress.cloud/v1/admin/bots\n{{\"bots\":[{{\"name\":\"hotel-concierge\"}}]}}")
    add("discourse", f"DISCOURSE_API_KEY={S(g.s(HEX, 64))}\nDISCOURSE_API_USERNAME=system\nDISCOURSE_URL=https://forum.brewersguild.example")
    add("drata", f"Drata API key for the port authority's SOC 2 evidence sync: {S(g.uuid())}")
    add("formspree", f"FORMSPREE_DEPLOY_KEY={S(g.s(HEX, 32))}\n# contact form for the dental clinic site")
    add("highlight", f"H.init('{g.s(LOWNUM, 6)}', {{ serviceName: 'hotel-web' }});\n// backend\nHIGHLIGHT_API_KEY={S(g.mixed(ALNUM, 40))}")
    add("eventhubs", f"# Copilot usage-record exporter → Azure Event Hubs\nEVENTHUB_CONNECTION=Endpoint=sb://gh-usage.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey={S(g.b64(32))};EntityPath=copilot-usage")

    # generic carriers: passwords, keys, tokens without a named vendor ----------------------
    add("pem", f"$ cat deploy/hotel-wifi-portal.key\n{S(g.pem('RSA PRIVATE KEY'))}\n$ ls -l deploy/\n-rw-r--r-- 1 ci ci 1679 Nov 26 hotel-wifi-portal.key")
    add("pem", claude_jsonl(S(g.openssh()), cwd="/home/ops/port-gate-bastion"))
    add("password", f"Stiúrthóir TF na hollscoile: pasfhocal an fhreastalaí tástála ná {S('Gaillimh-Cuan!2019')}. Ná scríobh síos é.")
    add("password", f"mysql -h 10.8.0.14 -u {U('claims_etl')} -p'{S('Hail-Storm-July!')}' claims -e 'select count(*) from fnol'")
    add("jwt", f"Authorization: Bearer {S(g.jwt(claims(sub='dock-7', role='crane-operator', exp=1811111111)))}\nX-Terminal: MZMPM")
    add("generic", twice("run_in_terminal", {"command": f"export SEWER_TELEMETRY_TOKEN={S(g.mixed(ALNUM, 40))} && ./bin/push --site wwtp-north"}))
    add("password", f"Amazon Q CLI:\n> set up the staging db for the dental booking app\n\n$ createuser booking_app && psql -c \"ALTER USER booking_app PASSWORD '{S('Floss-Daily#365')}'\"\nALTER ROLE")
    add("generic", f"Hi Copilot, quick one: in the `.env` for the winery shop: SHOP_SESSION_SECRET={S(g.s(HEX, 64))}. Should this be in Git?")
    # later additions: more carriers (Claude Code MCP config, Roo Code, Bolt, notebooks, Copilot agent)
    add("limble", f"$ claude mcp add limble-cmms -e LIMBLE_CLIENT_ID=airport-fm -e LIMBLE_CLIENT_SECRET={S(g.mixed(ALNUM, 40))} -- npx -y limble-mcp\nAdded stdio MCP server limble-cmms with command: npx -y limble-mcp to local config")
    add("fiix", cline("write_to_file", "scripts/fiix_sync.py", f"from fiixcmms import Client\n\nclient = Client(\n    base_uri=\"https://wwtp-north.macmms.com\",\n    app_key=\"fiix-sync\",\n    access_key=\"{S(g.s(HEX, 32))}\",\n    secret_key=\"{S(g.s(HEX, 64))}\",\n)"))
    add("hippo-cmms", f"Roo Code · Architect mode\nI found credentials for Hippo CMMS in `brewery-maintenance/.env`:\n\n    HIPPO_USER={U('maint.brewhouse')}\n    HIPPO_PASS={S('Keg-Washer!Line3')}\n\nI recommend moving these to the secret store before switching to Code mode.")
    add("emaint", f"{{\n \"cells\": [\n  {{\n   \"cell_type\": \"code\",\n   \"source\": [\n    \"import emaint\\n\",\n    \"api = emaint.Api(token='{S(g.mixed(ALNUM, 36))}')\\n\",\n    \"api.work_orders(site='Kingston Quay')\"\n   ]\n  }}\n ]\n}}")
    add("aerotrac", f"Bolt ⚡ created .env\nVITE_AEROTRAC_PUBLIC_URL=https://aerotrac.example/api\nAEROTRAC_SERVICE_KEY={S('atk_' + g.mixed(ALNUM, 40))}\n\nNote: I also added the key to the client bundle by mistake — fixing in the next step.")
    add("aircraft-commerce", f"Aircraft Commerce subscriber archive — login from the tech-records wiki: {U('records@mro-lux.example')} / {S('Aircraft-Archive77')}")
    add("corrigo", f"# Corrigo Enterprise (hotel facilities) — OAuth client\ncorrigo:\n  client_id: hotel-fm-bridge\n  client_secret: {S(g.mixed(ALNUM, 44))}\n  company: grand-harbour-hotels")
    add("abyssale", f"Lovable ✦ edited supabase/functions/render-menu/index.ts\n+const ABYSSALE_API_KEY = \"{S(g.s(HEX, 40))}\";\n+const res = await fetch(\"https://api.abyssale.com/banner-builder/\" + templateId + \"/generate\", {{ headers: {{ \"x-api-key\": ABYSSALE_API_KEY }} }});")
    add("bottlecount", f"BottleCount (bar inventory) — the Replit Agent added this to Secrets, then echoed it in the console:\nBOTTLECOUNT_TOKEN={S(g.mixed(ALNUM, 32))}")
    add("cellarmate", f"Hello team, CellarMate sync password for the Stellenbosch tasting room: {S('Pinotage-Cellar#9')}. (user {U('tasting.room')})")
    add("ferment-iq", agent_log(517, f"$ env | grep FERMENT\nFERMENT_IQ_DEVICE=tank-07\nFERMENT_IQ_API_KEY={S(g.s(HEX, 40))}\n\nThe key is exported in the runner environment; it is also printed in CI logs. I'll mask it with ::add-mask::."))
    add("aisx", f"aisx_api_key: {S(g.mixed(ALNUM, 32))}  # Dakar + Nouakchott feeds\nports: [SNDKR, MRNKC]")
    add("ansira", f"Ansira partner marketing API for the hotel chain's co-op program:\nAuthorization: Bearer {S(g.b64(40, urlsafe=True).rstrip('='))}")
    add("distiller-app", f"Distiller (whisky app) partner feed — Gemini Code Assist found this in `feeds/config.ini`:\n[distiller]\npartner_key = {S(g.s(HEX, 32))}")
    add("corkscrew", f"$ http POST https://api.corkscrew.example/v1/orders Authorization:'Token {S(g.s(HEX, 40))}' sku=CANNONAU-22 qty:=6\nHTTP/1.1 201 Created")
    add("beerrun", f"BeerRun distributor software (Xitsonga note from the Tzaneen depot): Phasiwedi ya BeerRun i {S('Mopani-Lager2026')}, mutirhisi {U('tzaneen.depot')}. U nga yi nyiki munhu.")

    add("flightkeys", f"Tha iuchair API Flightkeys (dealbhadh thursan) san fhaidhle `dispatch.env`: FLIGHTKEYS_API_KEY={S(g.mixed(ALNUM, 40))}. Thoir air falbh i mus cuir thu an PR a-steach.")
    add("hangarstation", f"Gerio HangarStation: ger-tremen an implijer {U('hangar.brest')} eo {S('Karr-Nij#Gwipavaz')}. Na lakait ket anezhañ e Slack, mar plij.")
    add("dentolo", f"Dentolo (assicurazione dentale) — in sardu: sa crae API est {S(g.s(HEX, 40))}. No la pongias in su repository, pro praghere.")
    add("beerboard", f"BeerBoard-ის ტოკენი ბარისთვის ბათუმში: {S('bb_' + g.mixed(ALNUM, 36))} — ეს არ ჩადოთ კოდში.")
    add("kegid", f"KegID-ийн API түлхүүр (Улаанбаатарын шар айрагны үйлдвэр): {S(g.s(HEX, 32))}. Үүнийг GitHub-д бүү оруул.")
    add("duotrac", f"DuoTrac (дистиллерия, Казан) — API ачкычы: {S(g.mixed(ALNUM, 40))}. Аны репозиторийга куймагыз.")
    add("hotelchamp", f"হোটেলচ্যাম্প (Hotelchamp) API কী: {S(g.s(HEX, 40))} — এটা কোডে রাখবেন না, ভল্টে রাখুন।")
    add("mirai-hotels", f"ޓޯކަން Mirai-ގެ API އަށް: {S(g.mixed(ALNUM, 36))} — މިއީ ސިއްރެއް، ޝެއާ ނުކުރައްވާ.")
    add("goki", f"GOKI ກະແຈດິຈິຕອນ (ໂຮງແຮມວຽງຈັນ): API secret = {S(g.s(HEX, 48))}. ກະລຸນາຢ່າແບ່ງປັນ.")
    add("aquasuite", f"Aquasuite (Royal HaskoningDHV) — tenimiabatana ho an'ny orinasa rano any Toamasina: {U('aquasuite.tmm')} / {S('Rano-Madio#2026')}. Aza zaraina amin'ny hafa.")
    add("lanner", f"Lanner water-network sensors, Fiji: na password ni Lanner cloud e {S('Wai-Savasava!41')}, na yaca ni vakayagataka {U('wai.suva')}. Kua ni wasea vei ira tale eso.")
    add("evoqua-link", f"Evoqua LINK2O remote monitoring, Lae treatment plant: API key bilong yumi em {S(g.mixed(ALNUM, 32))}. Yu no ken putim long GitHub.")
    add("hydrotec", f"Hydrotec (station ya mai, Kinshasa): mot de passe ya API ezali {S('Mai-Malamu#2026')}, utilisateur {U('kinshasa.ops')}. Kopesa yango na moto mosusu te.")
    add("classter", f"Classter SIS (university) API token: {S(g.s(HEX, 40))}. Mfa nkyerɛ obiara.")
    add("atlas-ti", f"ATLAS.ti Web team licence key for the qualitative research lab (Harare): {S(g.s(UPNUM, 5) + '-' + g.s(UPNUM, 5) + '-' + g.s(UPNUM, 5) + '-' + g.s(UPNUM, 5))}. Usaipa kune vamwe.")
    return out


def pii(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(src: str, t: str) -> None:
        out.append((f"holdout32:{src}", t))

    def dg(n: int) -> str:
        return g.s(DIGITS, n)

    # aviation -------------------------------------------------------------------------------
    add("aviation-signature", f"Thanks — I'll sign off the borescope findings for MSN 8841 tomorrow.\n\n--\n{P('Rhodri Llewellyn-Jones')}\nB1 Licensed Engineer, Line Maintenance CWL\nMob: {T('+44 7700 914 228')}\n{E('rhodri.llewellyn-jones@cardiffmro.example')}")
    add("aviation-crew-roster", f"| Crew ID | Name | Base | Mobile |\n|---|---|---|---|\n| 40812 | {P('Máire Ní Bhriain')} | SNN | {T('+353 87 412 9930')} |\n| 40877 | {P('Tadhg Ó Súilleabháin')} | SNN | {T('+353 86 771 2045')} |\n| 41003 | {P('Aoife Mac Giolla Phádraig')} | ORK | {T('+353 85 220 6418')} |")
    add("airport-id-badge", f"Airside ID application (Malta International)\nIsem: {P('Ġużeppi Camilleri')}\nData tat-twelid: {D('14/03/1987')}\nNru tal-Karta tal-Identità: {N('0412387M')}\nIndirizz: {A('12, Triq il-Kbira, Ħaż-Żebbuġ ZBG 1305')}\nTelefon: {T('+356 7912 4483')}")
    add("aviation-git-log", f"$ git log -3 --format='%h %an <%ae> %s'\n4e1a7c2 {P('Bolormaa Tserendorj')} <{E('bolormaa.ts@mglair-mro.example')}> fix: torque table units\nb83d0f1 {P('Enkhbayar Ganbold')} <{E('e.ganbold@mglair-mro.example')}> feat: AD tracking export\n19c0e4d {P('Bolormaa Tserendorj')} <{E('bolormaa.ts@mglair-mro.example')}> docs: hangar slots")
    add("aviation-ticket-ka", f"ტიკეტი #2291 — მგზავრის ბარგი დაიკარგა\nმგზავრი: {P('ნინო ბერიძე')}\nტელეფონი: {T('+995 599 41 27 83')}\nელ-ფოსტა: {E('nino.beridze@mail.example')}\nმისამართი: {A('თბილისი, ჭავჭავაძის გამზირი 37, ბინა 12')}")
    add("airport-lost-found", f"Lost & found — Faro airport\nOwner: {P('Domingos Tchissola')}\nPassport no.: {m('US_SSN', 'N' + dg(7))}\nPhone: {T('+244 923 418 207')}\nDelivery address: {A('Rua Amílcar Cabral 114, Maianga, Luanda')}")
    add("copilot-usage-hec", hec({"enterprise": "skyline-aero", "user_login": U("rhiannon-pryce-mro"), "model": "claude-sonnet-4.6", "feature": "coding_agent", "premium_requests": 3, "usage_at": "2026-11-26T09:14:02Z"}))
    add("copilot-usage-eventhub", eventhub(dumps({"user_login": U("kairat-abdyldaev"), "user_email": E("k.abdyldaev@manas-airport.example"), "model": "gpt-5.1", "feature": "chat_ide", "quantity": 1})))
    add("aviation-hr", f"HR record — Engineering apprentice\nFull name: {P('Aibek Toktogulov')}\nDate of birth: {D('1999-07-22')}\nAddress: {A('Чүй проспекти 155, кв. 41, Бишкек 720040')}\nBank account: {I(iban('KZ', '722' + g.s(UPNUM, 13)))}")

    # dental ---------------------------------------------------------------------------------
    add("dental-appointment", f"Cita confirmada ✅\nPaciente: {P('Ximena Guadalupe Ortiz Salazar')}\nFecha de nacimiento: {D('03/11/1992')}\nCelular: {T('+52 55 4127 8830')}\nCorreo: {E('ximena.ortiz92@correo.example')}\nDr. {P('Ignacio Barrera')} — limpieza y revisión, 2 de dic. 10:30")
    add("dental-invoice", f"INVOICE 2026-1142 — Smile Studio Galway\nBill to: {P('Niamh Ó Flaithearta')}\n{A('14 Sea Road, Salthill, Galway H91 X2P7')}\nCard charged in full: {C(card4(luhn_complete('4', 16, g)))}\nTotal €240.00")
    add("dental-crm-csv", f"patient_id,full_name,dob,phone,email\n10441,{P('Kwabena Asante')},{D('1988-02-14')},{T('+233 24 418 3302')},{E('kwabena.asante@mail.example')}\n10442,{P('Akosua Boateng')},{D('1995-09-30')},{T('+233 20 771 5519')},{E('akosua.b@mail.example')}")
    add("dental-recall-cy", f"Annwyl {P('Eluned Prydderch')},\n\nMae'n amser i chi gael archwiliad deintyddol. Ffoniwch ni ar 01267 234 881 neu atebwch i'r e-bost hwn.\n\nCofnod: {A('7 Heol y Brenin, Caerfyrddin SA31 1BD')}\nDyddiad geni: {D('02/05/1961')}")
    add("dental-referral", f"Referral letter (orthodontics)\nPatient: {P('Tsiory Rakotomalala')}\nTeraka: {D('21/08/2011')}\nRay aman-dreny: {P('Hanitra Rakotomalala')}, {T('+261 34 12 458 90')}\nAdiresy: {A('Lot IVG 204 Antanimena, Antananarivo 101')}")
    add("dental-mcp-postgres", mcp(f"SELECT first_name, last_name, phone, email FROM patients WHERE next_recall < now() LIMIT 3;\n first_name | last_name   | phone             | email\n------------+-------------+-------------------+-----------------------------\n {P('Ronan')}      | {P('Le Goff')}     | {T('+33 2 98 41 27 66')}  | {E('ronan.legoff@posta.example')}\n {P('Gwenaëlle')}  | {P('Kerhervé')}    | {T('+33 6 71 22 48 09')}  | {E('gwen.kerherve@posta.example')}\n(2 rows)"))
    add("dental-insurance-form", f"Formulaire de remboursement — Clinique dentaire de Dakar\nNom de l'assuré : {P('Aminata Diallo')}\nNé(e) le : {D('12/01/1979')}\nNuméro CNI : {N('1' + dg(12))}\nTéléphone : {T('+221 77 418 22 09')}\nIBAN pour le virement : {I(iban('FR', dg(10) + g.s(UPNUM, 11) + dg(2)))}")
    add("dental-chat-cebuano", f"[WhatsApp export]\n[11/26/26, 3:14 PM] {P('Jessa Mae Villaruel')}: Maayong hapon! Ako ni si {P('Jessa')}, pasyente ni Dr. {P('Ramon Abellana')}. Pwede ko mag-reschedule?\n[11/26/26, 3:15 PM] Clinic: Oo, unsa imong number?\n[11/26/26, 3:16 PM] {P('Jessa Mae Villaruel')}: {T('0917 555 2841')}")

    # breweries, wineries, distilleries -------------------------------------------------------
    add("brewery-wholesale", f"Wholesale account opened\nContact: {P('Ruairidh MacLeòid')}\nBàr an Eilein, {A('22 Sràid a’ Chladaich, Port Rìgh IV51 9EH')}\nFòn: {T('+44 1478 612 447')}\nPost-d: {E('ruairidh@baraneilein.example')}")
    add("winery-club-row", f"member_no;nom;adresse;date_naissance;carte\nWC-2288;{P('Lucie Tremblay-Gagnon')};{A('1420, rue Saint-Jean, Québec (Québec) G1R 1S2')};{D('1984-06-17')};{C(luhn_complete('5', 16, g))}")
    add("distillery-cask-owner", f"Cask 2017/114 — registered owner {P('Fionnlagh Mac an t-Saoir')}, {A('Taigh na Mara, Bogha Mòr, Isle of Islay PA43 7JL')}. Bottling notice sent to {E('fionnlagh.mcintyre@eilean.example')}.")
    add("brewery-taproom-incident", f"Incident report — taproom, Saturday\nGuest: {P('Tinashe Moyo')}, phone {T('+263 77 412 8831')}\nWitness: {P('Rutendo Chiweshe')}\nSlipped near the cask racks, first aid given. Card on file: {C(card4(luhn_complete('4', 16, g)))}")
    add("winery-shipping-label", f"SHIP TO:\n{P('Giuseppina Murru')}\n{A('Via Roma 48, 08100 Nuoro NU, Sardegna')}\nTel. {T('+39 347 218 9904')}\n\n6 × Cannonau di Sardegna DOC 2022")
    add("winery-corsican-order", f"Cumanda n° 5512 — Domaine di Patrimoniu\nCliente: {P('Ghjuvan Petru Santucci')}\nIndirizzu: {A('12 Ruta di u Fiume, 20217 San Fiurenzu')}\nTelefonu: {T('+33 4 95 37 21 48')}\nE-mail: {E('gp.santucci@mail.example')}")
    add("brewery-payroll", f"Payroll change request\nEmployee: {P('Jóannes við Á')}\nFødingardagur: {D('09.10.1990')}\nNýggj kontunummar (IBAN): {I(iban('FO', dg(14)))}\nBústaður: {A('Bakkavegur 7, 100 Tórshavn')}")
    add("distillery-visitors-lb", f"Bezuchersbuch / Visitors — Dsellerei zu Wäisswampech\n{P('Mireille Schmit-Hoffmann')}, {A('14, rue de la Gare, L-9501 Wiltz')}, {T('+352 621 447 192')}\n{P('Luc Wagner')}, {E('luc.wagner@pt.example')}")

    # ports and shipping ----------------------------------------------------------------------
    add("crew-list", f"CREW LIST — MV Ocean Lantern, arrival Tema\n1. Master: {P('Olumide Adeyemi')}, DOB {D('1971-04-02')}, Seaman's book {N('NGA' + dg(7))}\n2. Chief Officer: {P('Marlon Dela Cruz')}, DOB {D('1983-12-19')}\n3. Cook: {P('Semisi Tuilagi')}, DOB {D('1990-07-07')}")
    add("port-gate-pass", f"Gate pass issued — Port of Beira\nDriver: {P('Armando Chissano Muianga')}\nBI nº: {N(dg(12) + 'B')}\nCelular: {T('+258 84 417 2290')}\nTruck: ABC-229-MP")
    add("shipping-claim-pt", f"Reclamação de avaria de carga — contentor MSKU 4412889\nReclamante: {P('Isaura Sitoe')}\nMorada: {A('Av. Julius Nyerere 1220, Maputo')}\nNIB/IBAN: {I(iban('MZ', dg(21)))}\nE-mail: {E('isaura.sitoe@carga.example')}")
    add("port-pilot-roster-tok", f"Pailot lista bilong Lae wof:\n- {P('Joseph Kila')}, namba fon {T('+675 7218 4490')}\n- {P('Grace Wari')}, namba fon {T('+675 7992 1045')}\nSapos yu no inap kisim ol, ringim ofis.")
    add("port-customs-bn", f"কাস্টমস ঘোষণা — চট্টগ্রাম বন্দর\nআমদানিকারক: {P('মোঃ রফিকুল ইসলাম')}\nজাতীয় পরিচয়পত্র: {N(dg(10))}\nমোবাইল: {T('+880 1711-448293')}\nঠিকানা: {A('বাড়ি ১২, রোড ৪, আগ্রাবাদ, চট্টগ্রাম ৪১০০')}")
    add("port-sindhi-agent", f"ايجنٽ جو نالو: {P('علي محمد سومرو')}\nفون: {T('+92 300 2418 776')}\nاي ميل: {E('ali.soomro@karachiport.example')}\nپتو: {A('پلاٽ 44، ڪيماڙي، ڪراچي')}")
    add("shipping-aider-fixture", aider("tests/fixtures/consignee.json", "\"consignee\": \"ACME\"", f"\"consignee\": \"{P('Thandiwe Dlamini')}\",\n\"phone\": \"{T('+268 7612 4481')}\",\n\"address\": \"{A('Plot 412, Mhlambanyatsi Road, Mbabane')}\""))
    add("port-dhivehi", f"ބަނދަރު ހުއްދަ — ނަން: {P('އަޙްމަދު ޝިފާޒް')}\nފޯނު: {T('+960 777 4128')}\nއެޑްރެސް: {A('ހ. ނީލްފަރުގެ، މަޖީދީމަގު، މާލެ')}")

    # insurance claims ----------------------------------------------------------------------
    add("claim-fnol", f"FNOL — motor claim CLM-2026-118842\nPolicyholder: {P('Sebastián Restrepo Gaviria')}\nCédula: {N(dg(10))}\nCelular: {T('+57 310 447 2931')}\nDirección: {A('Carrera 43A # 14-109, El Poblado, Medellín')}\nFecha de nacimiento: {D('1986-05-23')}")
    add("claim-adjuster-email", f"From: {P('Kahiau Naone')} <{E('k.naone@islandadjusters.example')}>\nTo: claims@insurer.example\nSubject: Site visit 41-7712\n\nVisited the insured, {P('Losana Tuivaga')}, at {A('Lot 22, Namaka Lane, Nadi, Fiji')}. Roof damage consistent with the cyclone. Her number is {T('+679 992 4418')}.")
    add("claim-ssn-us", f"Claimant: {P('Deshawn Whitaker')}\nSSN: {N('412-83-' + dg(4))}\nDOB: {D('08/14/1979')}\nMailing address: {A('4417 Magnolia Ave, Apt 3B, Baton Rouge, LA 70806')}")
    add("claim-card-refund", f"Refund to original card for claim HOME-44817: {C(luhn_complete('37', 15, g))} (Amex, cardholder {P('Priyanka Borah')})")
    add("claim-assamese", f"দাবী নং ৭৭১২\nদাবীকাৰী: {P('জিতুমণি গগৈ')}\nফোন: {T('+91 94350 41288')}\nঠিকনা: {A('হাউছ নং ১৪, জু ৰোড, গুৱাহাটী, অসম ৭৮১০২৪')}")
    add("claim-odia", f"ଦାବି ବିବରଣୀ\nନାମ: {P('ସୁଭାଷ ମହାପାତ୍ର')}\nଜନ୍ମ ତାରିଖ: {D('19-03-1975')}\nମୋବାଇଲ: {T('+91 94370 22811')}\nଠିକଣା: {A('ପ୍ଲଟ ନଂ ୨୨୧, ସାହିଦ ନଗର, ଭୁବନେଶ୍ୱର ୭୫୧୦୦୭')}")
    add("claim-tatar", f"Гариза: суга басу, фатир 41\nГариза бирүче: {P('Гөлнара Хәйруллина')}\nТуган көне: {D('07.02.1968')}\nТелефон: {T('+7 917 281 44 09')}\nАдрес: {A('Казан, Баумана урамы 58, фатир 41')}")
    add("claim-junie-fixture", junie("Creating test data in src/test/resources/claims.csv", f"claim_id,claimant,iban\nC-1,{P('Tamar Kiknadze')},{I(iban('GE', 'TB' + dg(16)))}\nC-2,{P('Levan Javakhishvili')},{I(iban('GE', 'BG' + dg(16)))}\n\n(Note: the user pasted these from production; I used them as given.)"))
    add("claim-oromo", f"Iyyata kaffaltii inshuraansii\nMaqaa: {P('Caaltuu Gammachuu')}\nBilbila: {T('+251 911 448 207')}\nTeessoo: {A('Kutaa Magaalaa Adaamaa, Ganda 04, Mana 112')}")

    # universities and research labs ---------------------------------------------------------
    add("uni-student-record", f"Student record export (registry)\nName: {P('Dorjee Wangmo')}\nStudent no.: 2026-04418\nDOB: {D('11 Sep 2004')}\nHome address: {A('Changzamtog, House 12, Thimphu 11001')}\nGuardian: {P('Karma Tshering')}, {T('+975 17 41 28 83')}")
    add("uni-lab-access", f"Lab access list — Cleanroom B\n• {P('Aigerim Seitkali')} ({E('a.seitkali@uni.example')})\n• {P('Olusegun Bakare')} ({E('o.bakare@uni.example')})\n• {P('Hina Yamaguchi')} ({E('h.yamaguchi@uni.example')})")
    add("uni-home-path", f"Traceback (most recent call last):\n  File \"/home/{U('nyamdorj.b')}/thesis/analysis/fit.py\", line 41, in <module>\n    model.fit(X, y)\nValueError: Input contains NaN")
    add("uni-claude-path", claude_jsonl("Error: ENOENT: no such file or directory, open '/Users/" + U("sioned.griffiths") + "/ymchwil/data/samples.csv'", cwd="/Users/" + U("sioned.griffiths") + "/ymchwil"))
    add("uni-phd-payroll", f"Stipend payment details\nStudent: {P('Kerubo Wanjiru')}\nIBAN: {I(iban('GB', 'NWBK' + dg(14)))}\nAddress: {A('Flat 3, 18 Woodland Road, Bristol BS8 1TE')}")
    add("uni-tajik", f"Донишҷӯ: {P('Фирӯза Раҳимова')}\nСанаи таваллуд: {D('14.05.2003')}\nТелефон: {T('+992 93 417 2288')}\nСуроға: {A('ш. Душанбе, кӯчаи Рӯдакӣ 84, хонаи 17')}")
    add("uni-uyghur", f"ئوقۇغۇچى: {P('مۇھەممەت ئابدۇرېھىم')}\nتېلېفون: {T('+86 138 9914 2276')}\nئېلخەت: {E('m.abdurehim@mail.example')}")
    add("uni-tibetan", f"སློབ་ཕྲུག་གི་མིང་། {P('བསྟན་འཛིན་ཆོས་སྒྲོན།')}\nཁ་པར། {T('+975 17 88 21 04')}\nགནས་ཡུལ། {A('ཐིམ་ཕུག་ 11001')}")
    add("uni-opencode-grades", opencode("read", f"course,student,email,grade\nHYD301,{P('Malakai Vunibobo')},{E('malakai.v@usp.example')},A-\nHYD301,{P('Mereoni Koroi')},{E('mereoni.koroi@usp.example')},B+"))
    add("uni-lab-ip", f"sshd[2281]: Accepted publickey for {U('paata.g')} from {IP('188.121.14.207')} port 52214 ssh2 — that's {P('Paata')}'s home connection, he works remotely from Kutaisi")
    add("uni-erasmus-lao", f"ແບບຟອມນັກສຶກສາແລກປ່ຽນ\nຊື່: {P('ສົມພອນ ວົງສະຫວັນ')}\nວັນເດືອນປີເກີດ: {D('05/06/2002')}\nເບີໂທ: {T('+856 20 5541 2287')}\nທີ່ຢູ່: {A('ບ້ານໂພນສະອາດ, ເມືອງໄຊເສດຖາ, ນະຄອນຫຼວງວຽງຈັນ')}")
    add("uni-kilo-code", f"Kilo Code ▸ read_file seed/users.sql\nINSERT INTO users (name, email, phone) VALUES ('{P('Kofi Mensah-Agyeman')}', '{E('kofi.mensah@ug.example')}', '{T('+233 50 128 4471')}');")

    # hotels and hospitality ------------------------------------------------------------------
    add("hotel-registration", f"Fiche de police — Hôtel du Lac, Sherbrooke\nNom : {P('Marie-Ève Bouchard')}\nAdresse : {A('287, rue King Ouest, Sherbrooke (Québec) J1H 1P9')}\nNée le : {D('1990-03-08')}\nCarte : {C(card4(luhn_complete('5', 16, g)))}\nCourriel : {E('me.bouchard@courriel.example')}")
    add("hotel-guest-chat-shona", f"Mhoro, ndini {P('Tatenda Mapfumo')}. Ndakabhuka imba 214 kubva musi wa 3 Zvita. Nhamba yangu ndeye {T('+263 71 448 2290')}. Email: {E('tatenda.m@mail.example')}")
    add("hotel-pms-mcp", mcp(f"[{{\"reservation\":\"R-88213\",\"guest\":\"{P('Bakhyt Nurlanovich Seitov')}\",\"passport\":\"{N('N' + dg(8))}\",\"phone\":\"{T('+7 701 418 2277')}\",\"arrival\":\"2026-12-03\"}}]", server="hotel-pms"))
    add("hotel-complaint-lingala", f"Mbote, nazali {P('Mbuyi Kabasele')}. Na chambre 318 mai ya moto ezalaki te. Benga ngai na {T('+243 81 418 2299')} to tindela ngai mail na {E('mbuyi.k@mail.example')}.")
    add("hotel-staff-schedule", f"Housekeeping rota, week 48\nMon–Wed: {P('Ewurabena Ofori')} ({T('+233 54 771 4428')})\nThu–Fri: {P('Senna Ahadzie')} ({T('+233 27 418 9902')})\nWeekend: agency cover")
    add("hotel-vip-note", f"VIP arrival tonight: {P('Rashid Al-Harthy')} — do not share. Personal assistant: {P('Clara Jiménez')}, {E('clara.jimenez@assist.example')}, {T('+34 612 448 902')}")
    add("hotel-booking-json", vscode_call("create_file", {"filePath": "fixtures/booking-real.json", "content": dumps({"guest": P("Hamidou Ba"), "email": E("hamidou.ba@mail.example"), "phone": T("+221 76 412 8831"), "address": A("Cité Keur Gorgui, Villa 41, Dakar")})}))
    add("hotel-bislama", f"Nem blong gest: {P('Jimmy Tari')}\nNamba fon: {T('+678 554 1287')}\nAdres: {A('Rue Higginson, Port Vila')}\nEm i wantem rum long 5 naet.")

    # water and sewage -----------------------------------------------------------------------
    add("water-account", f"Customer account 7712-4418\nAccount holder: {P('Seren Vaughan')}\nSupply address: {A('9 Ffordd yr Eglwys, Llanberis LL55 4UA')}\nDirect debit IBAN: {I(iban('GB', 'LOYD' + dg(14)))}\nDOB (for identity check): {D('22/11/1958')}")
    add("water-complaint-ga", f"Gearán faoi bhrú uisce íseal\nAinm: {P('Pádraig Mac Con Iomaire')}\nSeoladh: {A('Baile na hAbhann, Indreabhán, Co. na Gaillimhe H91 K2W4')}\nFón: {T('+353 91 593 448')}\nRíomhphost: {E('padraig.mci@post.example')}")
    add("water-field-crew", f"Sewer blockage job 2291 assigned to {P('Haruto Mwangi-Sato')} and {P('Lesedi Mokoena')}. Customer on site: {P('Nomvula Khumalo')}, {T('+27 82 418 2290')}, {A('14 Jacaranda Street, Hatfield, Pretoria 0083')}.")
    add("water-meter-read-fr", f"Relevé de compteur – abonné {P('Yannick Le Bihan')}, {A('5 hent Sant-Erwan, 29200 Brest')}. Krog: ar c’hont a zo bet kaset d’an abonad ({E('yannick.lebihan@posta.example')}).")
    add("water-frisian", f"Klant: {P('Sjoukje van der Meer')}\nAdres: {A('Tsjerkestrjitte 12, 9051 BE Stiens')}\nTillefoan: {T('+31 6 4128 7730')}\nIt wetter is brún sûnt moandei.")
    add("water-maltese-bill", f"Kont tal-ilma — {P('Marija Azzopardi')}\n{A('Flat 4, Triq San Pawl, Il-Belt Valletta VLT 1215')}\nIBAN: {I(iban('MT', 'VALL' + dg(5) + g.s(UPNUM, 18)))}")
    add("water-twi-sms", f"SMS from customer: Me din de {P('Yaw Owusu-Ansah')}. Nsuo nni me fie wɔ {A('Plot 22, Santasi Roundabout, Kumasi')}. Frɛ me {T('+233 24 771 2246')}.")
    add("water-occitan", f"Abonat: {P('Joan-Pèire Fabre')}\nAdreiça: {A('12 carrièra dels Fargas, 31000 Tolosa')}\nTelefòn: {T('+33 5 61 22 48 17')}\nLa fuita es davant l'ostal.")
    add("water-ewe-chat", f"[Chat] {P('Edem Agbeko')}: Mele Ho, nye telefon nye {T('+233 20 418 7721')}. Tsi mele fe o.\n[Agent] Thanks {P('Edem')}, we've logged it.")
    add("water-kyrgyz", f"Абонент: {P('Нурбек Жумабеков')}\nДарек: {A('Ош ш., Ленин көч. 221, 14-батир')}\nТелефон: {T('+996 555 418 227')}")
    add("water-bashkir", f"Абонент: {P('Айгөл Йыһаншина')}\nАдрес: {A('Өфө, Ленин урамы 14, 22-се фатир')}\nТелефон: {T('+7 917 448 12 09')}")
    add("water-turkmen", f"Abonent: {P('Aýna Annaýewa')}\nSalgysy: {A('Aşgabat, Magtymguly şaýoly 88, jaý 14')}\nTelefon: {T('+993 65 41 28 83')}")
    add("water-swati-sms", f"Sawubona, ngingu {P('Sibusiso Dlamini')}. Emanti ayaphuma emgwaqweni ku {A('Lot 18, Sidwashini, Mbabane')}. Ngishayele ku {T('+268 7641 2288')}.")
    add("water-copilot-review", review("seed/customers.py", 12, "These look like real customer records from the billing export. Replace them with generated fixtures.", f"# was: Customer(name=\"{P('Ruth Nakamya')}\", email=\"{E('ruth.nakamya@mail.example')}\", phone=\"{T('+256 772 418 229')}\")\nCustomer(name=fake.name(), email=fake.email(), phone=fake.phone_number())"))
    add("water-gemini-dob", gemini("Summarising the CSV", f"The file has 3 rows. The first is {P('Rakhimjon Sobirov')} (born {D('1964-02-29')}), living at {A('Rudaki Ave 112, apt 9, Khujand')}."))
    add("water-chechen", f"Абонент: {P('Ахмад Исмаилов')}\nАдрес: {A('Грозный, улица Мира 21, кв. 7')}\nТелефон: {T('+7 928 741 22 09')}")
    add("hotel-gaelic-booking", f"Clàradh aoigh — Taigh-òsta a' Chaolais\nAinm: {P('Catrìona NicLeòid')}\nSeòladh: {A('4 Rathad na Mara, Tobar Mhoire, Muile PA75 6NU')}\nFòn: {T('+44 1688 302 447')}\nCeann-là breith: {D('17/04/1983')}")
    add("dental-sardinian", f"Pasiente: {P('Bainzu Piras')}\nNàschidu su: {D('05/09/1958')}\nIndiritzu: {A('Carrera Lamarmora 22, 08100 Nùgoro')}\nTelèfonu: {T('+39 328 441 2790')}")
    add("brewery-fula", f"Innde: {P('Aamadu Bah')}\nNiimero telefon: {T('+224 622 41 88 07')}\nNokku: {A('Kipe, Ratoma, Conakry')}\nOn njeyaa biiru ndu yaaji huunde.")
    add("port-ndebele", f"Ibizo: {P('Sipho Ncube')}\nInombolo yocingo: {T('+263 71 882 4410')}\nIkheli: {A('14 Fort Street, Bulawayo')}\nUmsebenzi: umshayeli wemoto yezimpahla ethekwini.")
    add("water-venda", f"Dzina: {P('Mashudu Netshiongolwe')}\nNomboro ya founu: {T('+27 72 441 8830')}\nDiresi: {A('Stand 1182, Thohoyandou Block F, 0950')}\nMaḓi a khou dzhena nga fhasi ha nnḓu.")
    add("claim-dzongkha", f"མིང་། {P('ཀརྨ་ཆོས་འཕེལ།')}\nཁ་པར། {T('+975 17 44 12 09')}\nསྡོད་གནས། {A('སྤ་རོ་ བོན་དེ་ 12001')}")
    add("uni-mx-form", f"Solicitud de beca — UNAM, Facultad de Química\nNombre: {P('Itzel Yaretzi Hernández Tlacuilo')}\nCURP: {N('HETI040318MDFRLTA9')}\nDomicilio: {A('Calle Ahuehuetes 41, Col. Santo Domingo, Coyoacán, 04369 CDMX')}\nCorreo: {E('itzel.hdz@alumno.example')}")
    add("hotel-pt-ao", f"Reserva confirmada — Hotel Baía de Luanda\nHóspede: {P('Teresa Nzinga Kiala')}\nTelemóvel: {T('+244 912 448 309')}\nCartão: {C(card4(luhn_complete('4', 16, g)))}\nMorada: {A('Rua Rainha Ginga 82, Ingombota, Luanda')}")
    add("water-fr-sn", f"Abonné(e) : {P('Ndèye Fatou Sarr')}\nAdresse : {A('Sicap Liberté 6, Villa 2214, Dakar')}\nTéléphone : {T('+221 78 441 20 93')}\nLa facture de novembre est incorrecte, merci de me rappeler.")
    add("aviation-uyghur-chat", f"[Chat] {P('ئەركىن تۇرسۇن')}: مېنىڭ چامادانىم يوقاپ كەتتى. تېلېفونۇم {T('+86 135 7742 1903')}")
    add("uni-mg-staff", f"Mpiasa vaovao ao amin'ny laboratoara:\nAnarana: {P('Fanja Andriamanantena')}\nTeraka: {D('30/01/1994')}\nFinday: {T('+261 33 14 722 08')}\nMailaka: {E('fanja.andria@univ.example')}")
    add("water-ewe-form", f"Ŋkɔ: {P('Kafui Dzokoto')}\nAdrɛs: {A('House 14, Kpodzi, Ho, Volta Region')}\nTelefon: {T('+233 24 118 4472')}\nTsi mele dzadzɛ o.")
    return out


def negatives(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(src: str, t: str) -> None:
        out.append((f"holdout32:{src}", t))

    sha = g.s(HEX, 40)
    add("neg-git-log", f"$ git log --oneline -4\n{sha[:7]} fix(mro): round torque values to 0.1 Nm\n{g.s(HEX, 7)} chore: bump pydantic to 2.9.2\n{g.s(HEX, 7)} feat(apron): stand allocation heatmap\n{g.s(HEX, 7)} Merge pull request #412 from skyline-aero/copilot/fix-411")
    add("neg-docker-digest", f"$ docker pull ghcr.io/harbour-it/ais-decoder:1.14.3\n1.14.3: Pulling from harbour-it/ais-decoder\nDigest: sha256:{g.s(HEX, 64)}\nStatus: Downloaded newer image for ghcr.io/harbour-it/ais-decoder:1.14.3")
    add("neg-gha-secrets-ref", "jobs:\n  sync:\n    runs-on: ubuntu-24.04\n    steps:\n      - uses: actions/checkout@v4\n      - run: python sync_sentryx.py\n        env:\n          SENTRYX_API_KEY: ${{ secrets.SENTRYX_API_KEY }}\n          HEC_TOKEN: ${{ secrets.SPLUNK_HEC_TOKEN }}")
    add("neg-env-example", "# .env.example — copy to .env and fill in\nCOMMERCE7_APP_ID=\nCOMMERCE7_APP_SECRET=<your-app-secret>\nEKOS_API_KEY=changeme\nBREWFATHER_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
    add("neg-aws-doc-example", "From the AWS docs, the example credentials are:\n\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n\nThese are documentation placeholders; use `aws configure sso` for the port authority account.")
    add("neg-uuid-list", f"Created stands:\n- {g.uuid()}  B12\n- {g.uuid()}  B13\n- {g.uuid()}  B14\nAll three linked to apron segment {g.uuid()}.")
    add("neg-usage-record", hec({"enterprise": "skyline-aero", "model": "gpt-5.1", "feature": "code_review", "premium_requests": 0, "cost_center": "CC-4410", "usage_at": "2026-11-26T10:02:44Z", "sku": "copilot_premium_request"}))
    add("neg-eventhub-aggregate", eventhub(dumps({"day": "2026-11-25", "feature": "chat_ide", "total_premium_requests": 18233, "seats": 412, "org": "harbour-it"})))
    add("neg-coordinates", "Stand coordinates (WGS84) for the new remote apron:\nR1 53.4264, -6.2499\nR2 53.4267, -6.2491\nR3 53.4270, -6.2483\nElevation 74 m AMSL. Runway 10R/28L, ILS 110.10 MHz.")
    add("neg-versions", "Resolved dependencies:\n  numpy 2.1.3\n  pandas 2.2.3\n  pyodbc 5.2.0\n  hydrofunctions 0.2.4\nPython 3.12.7 (main, Oct  1 2026) [GCC 13.2.0] on linux")
    add("neg-build-number", "Build #20261127.14 succeeded on agent 'mro-linux-07' in 6m 12s.\nArtifacts: amos-bridge-4.18.0+build.1114.tar.gz (sha1 " + g.s(HEX, 40) + ")")
    add("neg-test-fixture", "def test_masks_card():\n    # obviously fake: the Stripe test card number\n    assert mask(\"4242 4242 4242 4242\") == \"**** **** **** 4242\"\n    assert mask(\"0000-0000-0000-0000\") == \"**** **** **** 0000\"")
    add("neg-order-numbers", "Shipment summary:\nBooking MAEU 241887713 → vessel IMO 9811000, voyage 447W\nContainers: MSKU 441288-7, TGHU 901144-3\nB/L no. MEDU4418872 issued 2026-11-22.")
    add("neg-placeholder-cli", "Usage:\n  fltplan-export --user <your-username> --token <your-token> [--since YYYY-MM-DD]\n\nExample:\n  fltplan-export --user demo --token $FLTPLAN_TOKEN --since 2026-11-01")
    add("neg-copilot-instructions", "# .github/copilot-instructions.md\n\n- Never hard-code API keys for AQUARIUS, Sentryx or the SCADA historian; read them from `os.environ`.\n- Use `pytest -q` before opening a PR.\n- Meter IDs look like `MTR-000000`; they are not personal data.\n- Customer fixtures must come from `faker` with `Faker.seed(0)`.")
    add("neg-firewall-allowlist", "Copilot coding agent firewall — custom allowlist:\n  api.aerdata.aero\n  aeroapi.flightaware.com\n  pypi.org\n  files.pythonhosted.org\n  ghcr.io\nRequests to other hosts will be blocked and reported in the session log.")
    add("neg-mcp-config", "{\n  \"mcpServers\": {\n    \"postgres\": {\n      \"command\": \"npx\",\n      \"args\": [\"-y\", \"@modelcontextprotocol/server-postgres\", \"${DATABASE_URL}\"]\n    },\n    \"github\": {\n      \"command\": \"github-mcp-server\",\n      \"env\": { \"GITHUB_PERSONAL_ACCESS_TOKEN\": \"${GITHUB_TOKEN}\" }\n    }\n  }\n}")
    add("neg-k8s-secretref", "env:\n  - name: KANDO_API_TOKEN\n    valueFrom:\n      secretKeyRef:\n        name: kando-credentials\n        key: token\n  - name: LOG_LEVEL\n    value: info")
    add("neg-terraform-var", "variable \"dataloy_password\" {\n  type      = string\n  sensitive = true\n}\n\nresource \"azurerm_key_vault_secret\" \"dataloy\" {\n  name         = \"dataloy-password\"\n  value        = var.dataloy_password\n  key_vault_id = azurerm_key_vault.ops.id\n}")
    add("neg-hash-table", f"| file | sha256 |\n|---|---|\n| wims_export_2026-11.csv | {g.s(HEX, 64)} |\n| wims_export_2026-10.csv | {g.s(HEX, 64)} |")
    add("neg-timestamps-log", "2026-11-27T06:00:01.114Z INFO  scheduler  job=meter-reads run_id=88213 started\n2026-11-27T06:04:17.902Z INFO  scheduler  job=meter-reads run_id=88213 rows=18244 status=ok\n2026-11-27T06:04:18.003Z WARN  scheduler  job=meter-reads late_meters=37")
    add("neg-code-identifiers", "class ClaimTokenizer:\n    \"\"\"Splits claim notes into tokens; nothing to do with auth tokens.\"\"\"\n\n    SECRET_SAUCE_WEIGHT = 0.42\n    password_field_name = \"password\"\n\n    def tokenize(self, note: str) -> list[str]:\n        return note.split()")
    add("neg-public-companies", "Shortlist for the brewery ERP: Ekos, Breww, Orchestrated Beer and BrewPlanner. For the winery, Commerce7 and InnoVint came up; Vinsight was too small for 40k cases.")
    add("neg-jwt-explained", "A JWT has three parts separated by dots: header.payload.signature. For example `xxxxx.yyyyy.zzzzz`. Never paste a real one into the chat; use jwt.io with a token you generate locally.")
    add("neg-copilot-review-nosecret", review("src/water/reads.py", 30, "Consider batching the inserts; 18k single-row INSERTs take ~40 s in CI.", "cur.executemany(\"INSERT INTO reads VALUES (%s, %s, %s)\", rows)"))
    add("neg-aider-rename", aider("src/hotel/rates.py", "def getRate(room_id):", "def get_rate(room_id: int) -> Decimal:"))
    add("neg-pem-public-cert", "The public certificate for the gate OCR service (safe to share):\n-----BEGIN CERTIFICATE-----\n" + g.b64(48) + "\n" + g.b64(48) + "\n" + g.b64(24) + "\n-----END CERTIFICATE-----\nThe private key stays in Key Vault.")
    add("neg-ssh-fingerprint", "The authenticity of host 'bastion.port.example (203.0.113.10)' can't be established.\nED25519 key fingerprint is SHA256:" + g.b64(32).rstrip("=") + ".\nAre you sure you want to continue connecting (yes/no/[fingerprint])?")
    add("neg-iban-doc", "IBAN format reminder for the payroll form: two letters, two check digits, then the national account number (e.g. the ECBS example GB82 WEST 1234 5698 7654 32). Don't validate by regex alone — check mod-97.")
    add("neg-masked-card", "Payment received: Visa •••• 4417, authorisation code 08812B, terminal TID 40021187. Amount €182.50 (room 214, 2 nights).")
    add("neg-claude-slash", "> /init\n\nI'll analyze the codebase and create a CLAUDE.md.\n\n● Read(package.json)\n  ⎿  Read 48 lines\n● Write(CLAUDE.md)\n  ⎿  Wrote 31 lines to CLAUDE.md")
    add("neg-qcli-output", qcli("list the lambdas in the claims account", "$ aws lambda list-functions --query 'Functions[].FunctionName'\n[\n    \"fnol-intake\",\n    \"hail-score\",\n    \"subrogation-notify\"\n]"))
    add("neg-crush-tests", crush("$ go test ./...\nok  \tgithub.com/harbour-it/berth/plan\t0.412s\nok  \tgithub.com/harbour-it/berth/ais\t1.087s\n?   \tgithub.com/harbour-it/berth/cmd\t[no test files]"))
    add("neg-replit-deploy", replit("Deployed to https://dental-booking.replit.app\nBuild 41 · 2.3 MB · region: europe-west1\nSecrets used: DATABASE_URL, SESSION_SECRET (values hidden)"))
    add("neg-lovable-edit", lovable("src/components/WineClubForm.tsx\n+ <Input name=\"email\" placeholder=\"you@example.com\" />\n+ <Input name=\"phone\" placeholder=\"+1 555 000 0000\" />"))
    # other languages
    add("neg-cy-release", "Nodiadau rhyddhau 4.2.0: trwsio'r allforio CSV ar gyfer y mesuryddion dŵr, diweddaru'r dibyniaethau, a gwella'r neges gwall pan fo'r gweinydd yn araf. Dim newid i'r API.")
    add("neg-ga-howto", "Conas an eochair API a chur sa timpeallacht: `export BOOKASSIST_KEY=<d'eochair-féin>`. Ná cuir an eochair fíor sa chód; úsáid `os.environ[\"BOOKASSIST_KEY\"]`.")
    add("neg-lb-standup", "Standup: gëschter de Parser fir d'AIS-Messagen fäerdeg gemaach, haut Tester fir d'Tide-Tabellen, muer Code Review. Keng Blocker.")
    add("neg-ka-docs", "კონფიგურაციის ფაილში ჩაწერეთ `API_KEY=your-key-here` და შემდეგ გაუშვით `make run`. ნამდვილი გასაღები არასოდეს ჩადოთ რეპოზიტორიაში.")
    add("neg-mn-changelog", "Өөрчлөлтүүд (v2.3.1):\n- Нислэгийн хуваарийн экспорт засав\n- UUID " + g.uuid() + " бүхий тестийн өгөгдлийг устгав\n- Хамаарлуудыг шинэчлэв")
    add("neg-ky-weather", "Манас аэропорту: METAR UCFM 270600Z 24004MPS 9999 FEW030 M02/M06 Q1028 NOSIG. Учуу-конуу тилкеси 08/26.")
    add("neg-bn-invoice-template", "চালান টেমপ্লেট: গ্রাহকের নাম: ________  ঠিকানা: ________  মোবাইল: ০১XXXXXXXXX  মোট: ৳ ০.০০")
    add("neg-es-mx-commit", "fix(citas): corrige la zona horaria de America/Mexico_City en los recordatorios; antes se enviaban a las 03:00 UTC. Cierra #118.")
    add("neg-fr-qc-doc", "Pour tester localement, mets `STRIPE_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxx` dans ton .env — c'est juste un gabarit, la vraie clé est dans le coffre Azure.")
    add("neg-pt-ao-log", "2026-11-27 08:14:02 INFO porto-luanda: navio IMO 9734577 atracado no cais 5; guindastes 3/4 ativos; ETD 2026-11-28T18:00Z.")
    add("neg-mt-faq", "Mistoqsija: Kif nibdel il-password? Tweġiba: Mur fuq Settings → Security → Change password. Qatt ma nitolbuk il-password bl-email.")
    add("neg-fo-menu", "Tappir í dag: 1) Føroya Bjór Gull 5,8 % 2) Black Sheep Stout 6,2 % 3) Okkara Pale Ale 4,6 %. Prísur 65 kr.")
    add("neg-lo-schedule", "ຕາຕະລາງການບຳລຸງຮັກສາ: ປ້ຳນ້ຳ P-04 ວັນທີ 2026-12-02, ປ້ຳນ້ຳ P-07 ວັນທີ 2026-12-09. ເວລາ 08:00–12:00.")
    add("neg-sw-unrelated-hex", "Colour palette for the hotel site: primary #0B3D5C, accent #E3A72F, background #F6F2EA. Font: Inter 400/600.")
    add("neg-odia-notice", "ଜଳ ଯୋଗାଣ ବନ୍ଦ ସୂଚନା: ୨୮ ନଭେମ୍ବର ସକାଳ ୯ଟାରୁ ଅପରାହ୍ନ ୩ଟା ପର୍ଯ୍ୟନ୍ତ ପାଇପ ମରାମତି ପାଇଁ ଜଳ ଯୋଗାଣ ବନ୍ଦ ରହିବ।")
    add("neg-tpi-notice", "Tok save: Wara bai i no inap kam long haus long Mande moning, bikos ol i wok long stretim paip long rot. Sori long dispela hevi.")
    add("neg-mg-lab", "Fanamarihana: ny santionany laharana S-2026-0412 hatramin'ny S-2026-0488 dia voatahiry ao amin'ny vata fampangatsiahana -80°C, talantalana 3.")
    add("neg-wo-standup", "Tey damay liggéey ci parser bi; ëllëg dinaa def test yi. Amul benn jafe-jafe.")
    add("neg-sha-in-prose", f"The regression started at commit {g.s(HEX, 40)} — bisect says the tide table cache key changed there. Reverting fixes it.")
    add("neg-k8s-configmap", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: hotel-web\ndata:\n  API_BASE: https://api.hotel.example\n  FEATURE_UPSELL: \"true\"\n  SESSION_TTL: \"3600\"\n  SECRET_NAME: hotel-web-secrets")
    add("neg-gd-release", "Naidheachd: chaidh tionndadh 3.1.0 den aplacaid àirneis a sgaoileadh. Ceartachaidhean: clàr nan tancaichean, cinn-latha ISO, agus eadar-theangachadh Gàidhlig nan clàran.")
    add("neg-br-howto", "Evit staliañ: `pip install -r requirements.txt`, goude `make test`. Lakait an alc'hwez en ho `.env` evel `API_KEY=<hoc'h-alc'hwez>` — ar skouer-mañ n'eo ket un alc'hwez gwir.")
    add("neg-ug-version", "نەشرى 2.4.0: UUID 5f0c2a1e-7b44-4c1a-9d2e-0a1b2c3d4e5f بولغان سىناق سانلىق مەلۇماتلىرى ئۆچۈرۈلدى. ئىشلىتىلگەن Python 3.12.")
    add("neg-as-notice", "জাননী: ১ ডিচেম্বৰৰ পৰা পানী যোগানৰ সময় পুৱা ৬ বজাৰ পৰা ৯ বজালৈ। অসুবিধাৰ বাবে ক্ষমাপ্ৰাৰ্থী।")
    add("neg-sd-ci", "CI ناڪام ٿيو: ٽيسٽ test_tide_table 3.12 تي ناڪام. ڪمٽ a91f3c2 ڏسو. ڪابه راز يا پاسورڊ لاگ ۾ ناهي.")
    add("neg-dv-schedule", "ބޯޓުގެ ތާވަލު: 08:00 ، 12:30 ، 17:15 — ބަނދަރު ނަންބަރު 3. ޓިކެޓް ނަންބަރު TK-20261127-044.")
    add("neg-ln-standup", "Lelo nasalaki test ya parser ya AIS; lobi nakosala code review. Likambo moko te ezali kopekisa mosala.")
    add("neg-om-changelog", "Jijjiirama v1.8.2: dogoggora gabatee bishaanii sirreeffame; dependency haaromfame. Furtuun haaraa hin jiru.")
    add("neg-sn-menu", "Menyu yeresitorendi: sadza nenyama yemombe $6, muriwo $3, tii $1. Nhamba yeodha: 20261127-118.")
    add("neg-fj-notice", "Vakarau: Na wai ena tarovi mai na 9 na mataka ki na 2 na yakavi ena Vukelulu, 2 ni Tiseba, ena vuku ni cakacaka ena paipo.")
    add("neg-co-es-ci", "Pipeline #4418 en verde ✅ — 212 pruebas, cobertura 87 %. Imagen: registry.example/citas-odontologia:2.7.1@sha256:" + g.s(HEX, 64))
    add("neg-pt-mz-placeholder", "No ficheiro `.env.exemplo` ponha `MAERSK_CONSUMER_KEY=coloque-aqui-a-sua-chave` e `MAERSK_CONSUMER_SECRET=********`. As chaves verdadeiras ficam no cofre.")
    return out
