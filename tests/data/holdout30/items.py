# ruff: noqa: E501, RUF001  -- item tables hold whole texts on one line; foreign letters are intended.
"""Thirtieth held-out set, written blind (see README.md). Domains: mining and quarrying, home health
and elder care, newsrooms and publishers, car dealerships and auto repair, waste management and
recycling, event ticketing and venues, forestry and sawmills, translation and localisation agencies.
Providers A-M that no earlier set used.
"""

from __future__ import annotations

import json

from _markup import IP, A, C, D, E, I, P, S, T, U, edit_file, m, openai_call
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

def agent_md(name: str, body: str) -> str:
    """A Copilot custom agent file, .github/agents/<name>.md."""
    return f"$ cat .github/agents/{name}.md\n---\nname: {name}\ndescription: {name.replace('-', ' ')} helper\ntools: ['read', 'edit', 'search', 'shell']\n---\n{body}"


def session_log(lines: list[str]) -> str:
    """The Copilot coding agent's session log (Actions job output)."""
    return "\n".join(f"2026-11-26T14:{10 + i:02d}:{(i * 7) % 60:02d}.{i * 113 % 1000:03d}Z {ln}" for i, ln in enumerate(lines))


def usage_page(items: list[dict[str, object]], page: int = 3) -> str:
    """A page of GET /enterprises/{enterprise}/copilot/usage-records."""
    return dumps({"total_count": 2213, "page": page, "per_page": 100, "usage_records": items}, indent=1)


def splunk_hec(event: dict[str, object]) -> str:
    return dumps({"time": 1795863112.417, "host": "copilot-export-02", "sourcetype": "github:copilot:usage", "index": "devtools", "event": event})


def blob_line(event: dict[str, object]) -> str:
    return "[blob copilot-usage/2026/11/26/part-00017.jsonl]\n" + dumps(event)


def gh_chat(question: str, answer: str) -> str:
    return f"Copilot Chat · github.com\n\n**You:** {question}\n\n**Copilot:** {answer}"


def vs_chat(question: str, answer: str) -> str:
    return f"[GitHub Copilot Chat — Visual Studio 2026]\nYou: {question}\nGitHub Copilot: {answer}"


def cli_debug(lines: list[str]) -> str:
    """copilot --log-level debug output."""
    return "\n".join(f"[DEBUG 2026-11-26 08:{i:02d}:{i * 13 % 60:02d}] {ln}" for i, ln in enumerate(lines))


def subagent(agent: str, text: str) -> str:
    """A Claude Code subagent's reply as logged in the parent transcript."""
    return f"⏺ Task({agent})\n  ⎿  {text}"


def stream_json(tool: str, tool_input: dict[str, object], result: str) -> str:
    """claude -p --output-format stream-json: an assistant tool_use line and the user tool_result line."""
    a = {"type": "assistant", "message": {"content": [{"type": "tool_use", "id": "toolu_01Xf", "name": tool, "input": tool_input}]}}
    u = {"type": "user", "message": {"content": [{"type": "tool_result", "tool_use_id": "toolu_01Xf", "content": result}]}}
    return dumps(a) + "\n" + dumps(u)


def gemini_cli(cmd: str, out: str) -> str:
    return f"✦ I'll run a command to check.\n╭──────────────────────────────────────╮\n│ ✔  Shell {cmd}\n│\n{out}\n╰──────────────────────────────────────╯"


def qwen(text: str) -> str:
    return f"Qwen Code ▸ {text}"


def kimi(text: str) -> str:
    return dumps({"role": "assistant", "agent": "kimi-cli", "content": text})


def cline(tool: str, path: str, content: str) -> str:
    return f"Cline wants to {tool}:\n{path}\n\n{content}"


def zed(text: str) -> str:
    return f"## Agent (Zed)\n\n{text}"


def warp(cmd: str, out: str) -> str:
    return f"Warp Agent Mode › Running `{cmd}`\n{out}"


def augment(text: str) -> str:
    return f"Augment Agent: {text}"


def goose(tool: str, text: str) -> str:
    return f"─── {tool} | developer ──────────────────────────\n{text}"


def jb_ai(question: str, answer: str) -> str:
    return f"JetBrains AI Assistant\n> {question}\n\n{answer}"


def mcp(server: str, text: str) -> str:
    return dumps({"jsonrpc": "2.0", "id": 31, "result": {"content": [{"type": "text", "text": text}], "isError": False}, "_server": server})


def twice(name: str, args: dict[str, object]) -> str:
    """A tool call whose arguments are a JSON string, logged again as a JSON string (twice escaped)."""
    inner = dumps({"type": "function", "function": {"name": name, "arguments": dumps(args)}})
    return dumps({"event": "tool_call", "raw": inner})


def card4(number: str) -> str:
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))


def secrets(g: Gen) -> list[tuple[str, list[str], str]]:
    out: list[tuple[str, list[str], str]] = []

    def add(p: str, t: str, providers: list[str] | None = None) -> None:
        out.append((f"holdout30:{p}", providers or [p], t))

    # mining and quarrying ----------------------------------------------------------------------
    add("deswik", f"DESWIK_LICENSE_SERVER=https://lic.deswik.com/api\nDESWIK_API_KEY={S(g.mixed(ALNUM, 40))}\nDESWIK_SITE=pit-north\n# used by the nightly schedule export")
    add("maptek", agent_md("survey-sync", f"You sync Maptek Vulcan/PointStudio scans into the survey share.\n\nWhen calling the Maptek Workbench API use header `X-Maptek-Key: {S('mtk_' + g.s(LOWNUM, 36))}` (do not print it back to the user).\nNever delete scan folders."))
    add("micromine", f"[micromine]\nserver = https://origin.micromine.cloud\nuser = {U('geo.svc')}\npassword = {S('Haulroad!Bench42')}\nproject = QUARRY-WEST")
    add("datamine", session_log(["Run started: copilot/fix-block-model-import", "$ cat config/datamine.yaml", "studio_rm:", f"  api_token: {S(g.s(HEX, 48))}", "  tenant: limestone-ops", "Agent: the token is committed in plain text; moving it to a repository secret."]))
    add("geovia", f"<?xml version=\"1.0\"?>\n<GeoviaConnection>\n  <Endpoint>https://3dexperience.geovia.example-mine.com/surpac</Endpoint>\n  <ClientId>surpac-batch</ClientId>\n  <ClientSecret>{S(g.mixed(ALNUM, 32))}</ClientSecret>\n</GeoviaConnection>")
    add("minestar", f"Kaixo Iker, MineStar Edge-ko API gakoa hemen dago, ez partekatu inorekin: {S('MSE-' + g.s(UPNUM, 8) + '-' + g.s(UPNUM, 8) + '-' + g.s(UPNUM, 8))}. Bihar goizean aldatuko dugu.")
    add("epiroc", f"import requests\n\nEPIROC_CERTIQ_KEY = \"{S(g.s(HEX, 32))}\"\nresp = requests.get(\n    \"https://api.certiq.epiroc.com/v2/machines\",\n    headers={{\"Ocp-Apim-Subscription-Key\": EPIROC_CERTIQ_KEY}},\n    timeout=20,\n)")
    add("hexagon-mineplan", f"$ mineplan-cli auth login --client-id mp-shift-report --client-secret '{S(g.mixed(ALNUM, 44))}'\n✔ Authenticated against MinePlan Cloud (tenant: cerro-azul)")
    add("modular-mining", gemini_cli("grep -n DISPATCH .env.production", f"3:DISPATCH_HOST=dispatch.modularmining.local\n4:DISPATCH_DB_USER=dsp_ro\n5:DISPATCH_DB_PASS={S('Shovel-Truck#2025')}"))
    add("k2fly", f"resource \"k2fly_connection\" \"tailings\" {{\n  endpoint  = \"https://api.k2fly.com/rts\"\n  api_key   = \"{S('k2f_' + g.s(HEX, 40))}\"\n  workspace = \"tsf-2\"\n}}")
    add("acquire-geoscience", f"Server=acquire-sql.mine.local;Database=acQuire_GIM;User Id={U('gim_loader')};Password={S('Drillhole$99core')};Encrypt=true")
    add("imdex", qwen(f"I found the IMDEX HUB-IQ credentials in `scripts/pull_surveys.ps1`:\n```powershell\n$env:IMDEX_HUB_TOKEN = \"{S(g.b64(36))}\"\n```\nThis should come from the Azure Key Vault instead."))
    add("corescan", f"corescan:\n  base_url: https://portal.corescan.com.au/api/v1\n  username: {U('hyper.spectral')}\n  api_secret: {S(g.s(HEX, 64))}")
    add("leapfrog", f"Sæll Gunnar, lykillinn að Leapfrog Central þjóninum er {S('lfc_' + g.mixed(ALNUM, 32))} — ég setti hann óvart í Teams-spjallið, gætirðu endurnýjað hann?")
    add("geobank", f"# geobank.properties\ngeobank.jdbc.url=jdbc:sqlserver://gb01:1433;databaseName=GEOBANK\ngeobank.jdbc.user={U('gb_app')}\ngeobank.jdbc.password={S('Tonnage7&Grade')}")
    add("minehub", f"curl -X POST https://api.minehub.com/v1/shipments \\\n  -H \"Authorization: Bearer {S('mh_live_' + g.s(LOWNUM, 40))}\" \\\n  -H 'Content-Type: application/json' \\\n  -d '{{\"cargo\":\"Cu concentrate\",\"tonnes\":24500}}'")
    add("dingo", vs_chat("why does the Dingo Trakka sync fail?", f"Your `appsettings.json` still points at the old tenant. The key there, `\"DingoApiKey\": \"{S(g.uuid())}\"`, was revoked last week — create a new one in Trakka and store it with `dotnet user-secrets`."))
    add("mineware", cline("edit this file", "src/haul/fatigue.ts", f"export const MINEWARE_CONFIG = {{\n  endpoint: 'https://api.mineware.com/fatigue',\n  apiKey: '{S(g.mixed(ALNUM, 36))}',\n}};"))
    add("minalytix", f"Bonjour, voici l'accès MX Deposit pour le stagiaire : identifiant {U('stagiaire.geo')} / mot de passe {S('Carotte2026!')}. Merci de le changer après la première connexion.")
    add("gemcom", f"REM legacy GEMS batch\nset GEMCOM_USER={U('gems_batch')}\nset GEMCOM_PASS={S('Pit$hell1998')}\ngems.exe /script reserves.gms /user %GEMCOM_USER% /pass %GEMCOM_PASS%")
    add("carlson-software", f"{{\"carlson\": {{\"license_key\": \"{S(g.s(UPNUM, 5) + '-' + g.s(UPNUM, 5) + '-' + g.s(UPNUM, 5) + '-' + g.s(UPNUM, 5))}\", \"product\": \"Carlson Mining 2026\", \"seat\": \"survey-laptop-3\"}}}}")
    add("emesent", zed(f"The Emesent Aura upload step uses a hard-coded token:\n\n```python\nAURA_TOKEN = \"{S('eyJ' + g.s(B64URL, 60))}\"\n```\n\nI replaced it with `os.environ[\"AURA_TOKEN\"]`."))
    add("exyn", f"- name: push lidar maps\n  env:\n    EXYN_API_KEY: {S(g.s(HEX, 40))}\n  run: exyn-upload maps/stope-14/*.laz")
    add("blast-movement", f"Привіт! Для BMT (Blast Movement Technologies) портал: логін {U('bmt.kryvbas')}, пароль {S('Vybukh-2026#')}. Це тимчасово, завтра поміняю.")

    # home health and elder care ----------------------------------------------------------------
    add("alayacare", f"ALAYACARE_TENANT=sunrise-home\nALAYACARE_CLIENT_ID=visits-export\nALAYACARE_CLIENT_SECRET={S(g.mixed(ALNUM, 48))}")
    add("axxess", stream_json("Bash", {"command": "cat .env | grep AXXESS"}, f"AXXESS_API_USER=evv_bridge\nAXXESS_API_PASSWORD={S('Nurse-Visit-0412')}"))
    add("hhaexchange", f"<add key=\"HHAX:AppName\" value=\"MedicaidEVV\" />\n<add key=\"HHAX:AppSecret\" value=\"{S(g.s(HEX, 32))}\" />\n<add key=\"HHAX:AppKey\" value=\"{S(g.mixed(ALNUM, 24))}\" />")
    add("alora", f"Olá Fernanda, a senha da integração Alora Home Health ficou no README por engano: {S('Cuidado#Casa88')}. Já pedi pra TI trocar, mas apaga do histórico do git também, por favor.")
    add("carevoyant", f"$ export CAREVOYANT_TOKEN={S(g.s(LOWNUM, 40))}\n$ ./sync_schedules.sh --agency 114\nfetched 312 visits")
    add("homecare-homebase", cli_debug(["loading config ~/.config/hchb/sync.toml", "request POST https://api.hchb.com/oauth/token", f"body: grant_type=client_credentials&client_id=hospice-ops&client_secret={S(g.mixed(ALNUM, 40))}", "response 200 in 412ms"]))
    add("axiscare", f"AxisCare → Slack bridge\n| setting | value |\n|---|---|\n| site | brightpath.axiscare.com |\n| api key | `{S(g.s(HEX, 40))}` |\n| channel | #shift-alerts |")
    add("clearcare", f"const clearcare = new ClearCareClient({{\n  agencyId: 5521,\n  username: '{U('api_wellsky')}',\n  password: '{S('Caregiver2Go!')}',\n}});")
    add("caresmartz360", f"Hei Aino, CareSmartz360-rajapinnan avain on {S('cs360_' + g.s(LOWNUM, 32))}. Laitoin sen vahingossa Jira-tikettiin HOIVA-211, poistatko sen sieltä?")
    add("brightree", f"brightree:\n  wsdl: https://webservices.brightree.net/v0100-1610/OrderEntryService/SalesOrderService.svc?singleWsdl\n  username: {U('dme_integration')}\n  password: {S('Oxygen&Concentrator5')}")
    add("matrixcare", f"diff --git a/appsettings.Production.json b/appsettings.Production.json\n@@ -7,3 +7,4 @@\n   \"MatrixCare\": {{\n     \"FacilityId\": \"SNF-0227\",\n+    \"ApiKey\": \"{S(g.mixed(ALNUM, 40))}\"\n   }}")
    add("celltrak", f"ΓΕΙΑ ΣΟΥ Νίκο, το κλειδί για το CellTrak API είναι {S(g.uuid())}. Το έβαλα στο .env του staging αλλά όχι στο production ακόμα.")
    add("careswitch", augment(f"I see `CARESWITCH_SECRET={S('csw_sk_' + g.s(LOWNUM, 38))}` in `docker-compose.override.yml`. I'll move it into an env_file that is git-ignored."))
    add("birdie-care", f"BIRDIE_API_BASE=https://api.birdie.care/v2\nBIRDIE_API_KEY={S('bk_' + g.mixed(ALNUM, 40))}\nBIRDIE_AGENCY=Kent-North")
    add("access-care-planning", f"# access_care.py\nACCESS_USER = \"{U('rota.import')}\"\nACCESS_PASS = \"{S('TeaAndBiscuits#7')}\"\nclient = AccessCarePlanning(ACCESS_USER, ACCESS_PASS)")
    add("logmycare", f"Haai Pieter, die Log my Care API-sleutel is {S(g.s(HEX, 40))}. Moenie dit in die openbare repo sit nie, asseblief.")
    add("careplanner", f"$ curl -u {U('office@harbourcare.co.uk')}:{S('CarePlanner!Dover1')} https://api.careplanner.co.uk/v1/rota/week")
    add("kantime", f"[KanTime]\nEndpoint=https://api.kantime.com/HomeHealth\nAgencyCode=KT4471\nSecretKey={S(g.s(UPNUM, 32))}")
    add("honor-care", f"honor-care-token: {S(g.b64(33, urlsafe=True))}\nhonor-care-region: bay-area")
    add("collaboratemd", f"Hola Rocío, la contraseña de CollaborateMD para la facturación de visitas domiciliarias es {S('Lima2026$Salud')}; usuario {U('facturacion.miraflores')}. Bórrala del chat cuando la copies.")
    add("ankota", warp("env | grep ANKOTA", f"ANKOTA_URL=https://app.ankota.com/api\nANKOTA_KEY={S(g.s(HEX, 36))}"))
    add("careficient", f"spring.datasource.url=jdbc:mysql://careficient-db:3306/oasis\nspring.datasource.username={U('oasis_rw')}\nspring.datasource.password={S('Wound_Care-2024')}")
    add("devero", goose("text_editor", f"viewing /home/dev/devero-sync/.env\nDEVERO_CLIENT=home-health-west\nDEVERO_SECRET={S(g.mixed(ALNUM, 32))}"))
    add("forcura", f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: forcura-intake\ntype: Opaque\nstringData:\n  FORCURA_API_KEY: {S(g.s(HEX, 40))}")
    add("mumms-software", jb_ai("why can't the hospice census job log in?", f"In `CensusJob.kt` the MUMMS password is hard-coded: `val mummsPass = \"{S('Hospice#Comfort9')}\"`. It expired on the 1st; ask the admin for a new one and read it from the environment."))

    # newsrooms and publishers ------------------------------------------------------------------
    add("agence-france-presse", f"AFP_API_CLIENT_ID=newsdesk-ingest\nAFP_API_CLIENT_SECRET={S(g.mixed(ALNUM, 36))}\nAFP_API_USERNAME={U('redaktion.wire')}\nAFP_API_PASSWORD={S('Depeche!2026')}")
    add("aptoma", f"// drfront-config.js\nmodule.exports = {{\n  aptomaApiKey: '{S(g.s(HEX, 32))}',\n  publication: 'morgenbladet',\n}};")
    add("automated-insights", f"Wordsmith (Automated Insights) token for the election-night results writer: `{S(g.s(HEX, 64))}` — please store it in 1Password and remove this comment before merging.")
    add("blueconic", gh_chat("The BlueConic profile sync 401s since Monday. Here's my config", f"Your `blueconic.yml` contains `client_secret: {S(g.mixed(ALNUM, 40))}`. A 401 usually means it was rotated. Generate a new secret under Settings → Access management, and don't paste secrets into chat — rotate this one too."))
    add("cci-europe", f"Sveiki, CCI NewsGate sistemos slaptažodis redakcijos robotui: {S('Laikrastis#2026')}, vartotojas {U('robotas.lrytas')}. Prašau nedėti jo į Confluence.")
    add("connatix", f"<script>\n  window.cnxConfig = {{ playerId: 'b0e2f1a7-9c7d-4d5e-8a1f-0c3b6a9e2d11', apiToken: '{S('cnx_' + g.s(LOWNUM, 40))}' }};\n</script>")
    add("cxense", f"import hmac, hashlib, datetime\nCX_USER = '{U('api@dagbladet-data.no')}'\nCX_SECRET = '{S(g.mixed(ALNUM, 30))}'\ndate = datetime.datetime.utcnow().isoformat()\nsig = hmac.new(CX_SECRET.encode(), date.encode(), hashlib.sha256).hexdigest()")
    add("desk-net", f"Tere! Desk-Net'i API kasutaja on {U('planeerija.api')} ja salasõna {S('Toimetus_77kala')}. Pane see palun Vaulti, mitte Slacki.")
    add("dpa-api", f"$ http GET https://api.dpa-newslab.com/v1/wireq/entries 'Authorization:Bearer {S(g.s(HEX, 48))}'\nHTTP/1.1 200 OK\nContent-Type: application/json")
    add("efe-agencia", f"# Agencia EFE – servicio de noticias\nefe:\n  usuario: {U('redaccion.cusco')}\n  clave: \"{S('Noticias+Andes23')}\"\n  canal: america-latina")
    add("frontify", twice("write_file", {"path": ".env.local", "content": f"FRONTIFY_DOMAIN=brand.kioskmedia.com\nFRONTIFY_TOKEN={S(g.mixed(ALNUM, 48))}\n"}))
    add("leaky-paywall", f"<?php\n// wp-config.php (staging)\ndefine( 'LEAKY_PAYWALL_API_KEY', '{S(g.s(HEX, 32))}' );\ndefine( 'LEAKY_PAYWALL_MODE', 'test' );")

    # car dealerships and auto repair -----------------------------------------------------------
    add("audatex", f"<soapenv:Header>\n  <aud:Credentials>\n    <aud:LoginId>{U('bodyshop_4471')}</aud:LoginId>\n    <aud:Password>{S('Lackierung#Bonn3')}</aud:Password>\n  </aud:Credentials>\n</soapenv:Header>")
    add("autel", f"Autel MaxiSys cloud account for the workshop tablet: {U('service@petrovmotors.bg')} / {S('Diagnostika_911')} — не го публикувайте, моля.")
    add("autofi", f"AUTOFI_DEALER_CODE=KINGSWAY-HONDA\nAUTOFI_API_KEY={S('af_live_' + g.s(LOWNUM, 36))}\nAUTOFI_WEBHOOK_SECRET={S('whsec_' + g.mixed(ALNUM, 32))}")
    add("autovista", f"autovista:\n  glass_guide:\n    customer_id: 11893\n    api_secret: \"{S(g.s(HEX, 40))}\"")
    add("bosch-esi", f"Bosch ESI[tronic] licence key: {S(g.s(UPNUM, 4) + '-' + g.s(UPNUM, 4) + '-' + g.s(UPNUM, 4) + '-' + g.s(UPNUM, 4))} (workshop PC 2, don't reuse)")
    add("cardone", kimi(f"我在 `scripts/sync_parts.py` 里发现了 Cardone 经销商门户的密码：`CARDONE_PASS = \"{S('Reman@Parts55')}\"`。建议改成从环境变量读取。"))
    add("ccc-one", f"{{\n  \"ccc\": {{\n    \"appId\": \"repair-estimates\",\n    \"appSecret\": \"{S(g.mixed(ALNUM, 44))}\",\n    \"shopId\": 90231\n  }}\n}}")
    add("dealercenter", f"Sawubona Thabo, i-DealerCenter password yethu yamanje ngu-{S('Imoto2026!Durban')}. Ungayithumeli ku-WhatsApp group.")
    add("dealeron", f"$ terraform plan\n  # module.inventory_feed.aws_ssm_parameter.dealeron will be created\n  + value = (sensitive value)\n\n# terraform.tfvars\ndealeron_api_key = \"{S(g.s(HEX, 32))}\"")
    add("frazer", f"Frazer DMS backup script:\n```bat\nnet use F: \\\\frazer-srv\\data /user:{U('frazer_bkp')} {S('UsedCars4Less!')}\nrobocopy F:\\ D:\\backup /MIR\n```")
    add("gubagoo", f"<!-- Gubagoo chat -->\n<script src=\"https://cdn.gubagoo.io/toolbars/{S(g.s(LOWNUM, 32))}/loader.js\"></script>")
    add("heycar", f"Hallo Jonas, der heycar Händler-API-Key für Autohaus Brandt: {S(g.uuid())}. Bitte nicht ins Wiki kopieren.")
    add("holman", f"HOLMAN_FLEET_USER={U('fleetops_ingest')}\nHOLMAN_FLEET_PASSWORD={S('Maintenance$Fleet9')}\nHOLMAN_FLEET_URL=https://api.holman.com/fleet/v2")
    add("kelley-blue-book", f"import axios from 'axios';\nconst KBB_KEY = '{S(g.mixed(ALNUM, 32))}';\nexport const valuation = (vin: string) => axios.get(`https://api.kbb.com/v1/vehicles/vin/${{vin}}?api_key=${{KBB_KEY}}`);")
    add("lotlinx", f"Warp Agent: the LotLinx feed job prints its key on startup:\n  [lotlinx] using key {S(g.s(HEX, 40))} for dealer 4421\nI'll change the log line to print only the last 4 characters.")
    add("motor-information-systems", f"MOTOR_PUBLIC_KEY=\"{S(g.mixed(ALNUM, 24))}\"\nMOTOR_PRIVATE_KEY=\"{S(g.mixed(ALNUM, 40))}\"\n# MOTOR DaaS labor times, shop #3")

    # waste management and recycling ------------------------------------------------------------
    add("amp-robotics", f"AMP_CORTEX_ENDPOINT=https://cortex.amprobotics.com/api\nAMP_CORTEX_TOKEN={S(g.s(HEX, 48))}\nAMP_FACILITY=mrf-denver-2")
    add("binology", f"Sveiki, Binology sensoru API atslēga: {S(g.mixed(ALNUM, 32))}. Lūdzu, neievieto to publiskajā repozitorijā — to jau reiz nozaga.")
    add("circularise", f"circularise:\n  passport_api: https://api.circularise.com/v1\n  client_id: plastics-recycler-nl\n  client_secret: {S(g.mixed(ALNUM, 48))}")
    add("clean-earth", f"$ psql \"postgresql://{U('manifest_rw')}:{S('Hazmat_Drum55')}@cleanearth-db.internal:5432/manifests\" -c 'select count(*) from pickups'\n count\n-------\n  8812")
    add("cleanrobotics", f"[trashbot]\nfleet_api = https://fleet.cleanrobotics.com\ndevice_token = {S(g.s(LOWNUM, 40))}\nsite = airport-terminal-b")
    add("curbwaste", f"export CURBWASTE_API_KEY='{S('cw_' + g.mixed(ALNUM, 40))}'\nnode scripts/import-routes.js --yard brooklyn")
    add("everest-labs", stream_json("Read", {"file_path": "/srv/mrf/config.json"}, f"{{\"everest\": {{\"robot\": \"RecycleOS-3\", \"api_key\": \"{S(g.s(HEX, 40))}\"}}}}"))
    add("greenbelt", f"Habari Amina, nenosiri la mfumo wa GreenBelt wa kukusanya taka ni {S('Taka-Safi2026')} na jina la mtumiaji ni {U('ukusanyaji.mombasa')}. Tafadhali usilishiriki.")
    add("greyparrot", f"GREYPARROT_ANALYZER_KEY={S('gp_' + g.s(LOWNUM, 44))}\nGREYPARROT_LINE=line-2-paper")
    add("hauler-hero", f"Hauler Hero → QuickBooks sync\n\nusername: {U('billing@metrodisposal.com')}\npassword: {S('RollOff-30yd!')}")
    add("kiverco", f"Kiverco plant telemetry (MQTT)\nbroker: mqtts://telemetry.kiverco.com:8883\nuser: {U('plant_cork_01')}\npass: {S(g.mixed(ALNUM, 20))}")

    # event ticketing and venues ----------------------------------------------------------------
    add("accelevents", f"ACCELEVENTS_API_KEY={S(g.s(HEX, 40))}\nACCELEVENTS_EVENT=tech-summit-2027")
    add("accesso", f"accesso Passport API\n  POST /api/v3/orders\n  X-Accesso-Api-Key: {S(g.mixed(ALNUM, 36))}\n  X-Accesso-Park: 1142")
    add("airmeet", f"const airmeet = require('airmeet-sdk');\nairmeet.init({{ accessKey: 'am_{g.s(LOWNUM, 8)}', secretKey: '{S(g.mixed(ALNUM, 40))}' }});")
    add("allevents", f"Bonjou, kle API AllEvents pou sit evènman an se {S(g.s(HEX, 32))}. Pa mete l sou GitHub tanpri.")
    add("atrapalo", f"Hola Marta, te paso las credenciales del partner de Atrápalo para la sala de conciertos: usuario {U('sala.apolo')} / contraseña {S('Entradas!Barna26')}. Cámbialas después del piloto.")
    add("audience-republic", f"audience_republic:\n  api_token: \"{S('ar_' + g.s(LOWNUM, 48))}\"\n  campaign: summer-festival")
    add("axs", f"$ curl -s https://api.axs.com/v2/events?venueId=1181 -H 'X-AXS-Client: venue-ops' -H 'X-AXS-Secret: {S(g.mixed(ALNUM, 40))}' | jq length\n27")
    add("bandsintown", f"# bandsintown.py\nAPP_ID = \"{S(g.s(HEX, 32))}\"\nurl = f\"https://rest.bandsintown.com/artists/{{artist}}/events?app_id={{APP_ID}}\"")
    add("billetto", f"BILLETTO_ACCESS_KEY_ID={g.s(HEX, 16)}\nBILLETTO_ACCESS_KEY_SECRET={S(g.s(HEX, 64))}")
    add("billetweb", f"Salut ! Le mot de passe API Billetweb pour le festival est {S('Guinguette#2026')} (compte {U('api.festival.lyon')}). Je le change dimanche soir.")
    add("bizzabo", gh_chat("Why is the Bizzabo attendee import empty?", f"The request has `Authorization: Bearer {S(g.mixed(ALNUM, 40))}`, which looks like an expired token — the API returns an empty list instead of 401 for some scopes. Rotate it (and this one, since it's now in the chat)."))
    add("boomtix", f"BOOMTIX_USER={U('doors@warehouse-sf.com')}\nBOOMTIX_PASS={S('Bassline_Door77')}")
    add("brown-paper-tickets", f"Hallo, die Brown-Paper-Tickets Developer-ID für das Theater: {S(g.s(UPNUM, 20))}. Bitte nur im Passwortmanager ablegen.")
    add("certain", f"[certain]\nbase=https://api.certain.com/certainExternal/service/v1\naccount=confex-eu\nuser={U('reg.api')}\npassword={S('Badge$Print-4')}")
    add("dice-fm", f"DICE_PARTNER_TOKEN={S(g.b64(30, urlsafe=True))}\nDICE_VENUE_ID=6612")
    add("entradium", f"Bon dia, la clau d'API d'Entradium per a la sala de Girona és {S(g.mixed(ALNUM, 32))}. No la posis al repositori, si us plau.")
    add("ethos-events", f"ethos:\n  tenant: arena-group\n  api_key: {S(g.s(HEX, 40))}\n  webhook_secret: {S(g.mixed(ALNUM, 32))}")
    add("etix", f"$ etix-cli orders export --venue 2231 --api-key {S(g.s(HEX, 32))} --since 2026-11-01\nexported 4,118 orders")
    add("eventbooking", f"<?php\n$config['eventbooking_db'] = [\n  'user' => '{U('eb_user')}',\n  'pass' => '{S('Joomla#Seats2026')}',\n];")
    add("eventfrog", f"Grüezi Reto, de Eventfrog API-Key für s'Konzärt isch {S(g.mixed(ALNUM, 40))}. Bitte nöd uf GitHub ufelade.")
    add("eventim", f"EVENTIM_PARTNER_USER={U('promoter_4471')}\nEVENTIM_PARTNER_PASSWORD={S('Tournee-Herbst26')}\nEVENTIM_ENDPOINT=https://partner-api.eventim.com/v1")
    add("eventix", f"Hoi Sanne, het Eventix client secret voor de nieuwe scanner-app: {S(g.mixed(ALNUM, 40))}. Ik heb hem uit de README gehaald.")
    add("eventmobi", f"EventMobi:\n  ApiKey: \"{S(g.s(HEX, 48))}\"\n  OrganizationId: 8841")
    add("fever-up", f"fever_partner_secret = \"{S(g.mixed(ALNUM, 44))}\"\nfever_city = \"lima\"")
    add("festicket", session_log(["Agent: reading infra/festicket/README.md", "Found: FESTICKET_API_KEY is pasted into the README:", f"    FESTICKET_API_KEY={S(g.s(HEX, 40))}", "Agent: removing it and adding a note to use the secrets manager."]))
    add("front-gate-tickets", f"curl -u {U('fgt_boxoffice')}:{S(g.mixed(ALNUM, 24))} https://api.frontgatetickets.com/v1/events/77120/scans")
    add("gigantic", f"Gigantic Tickets affiliate: key={S(g.s(HEX, 32))} partner=indie-venues-manchester")
    add("glistrr", f"{{\"glistrr\": {{\"club\": \"the-basement\", \"token\": \"{S(g.mixed(ALNUM, 36))}\"}}}}")
    add("goout", f"Ahoj Petře, API klíč GoOut pro klub v Brně je {S(g.s(HEX, 40))}. Prosím nedávej ho do veřejného repa.")
    add("holdmyticket", f"HOLDMYTICKET_API_KEY={S(g.s(UPNUM, 24))}\nHOLDMYTICKET_ORG=riverside-theater")
    add("hopin", f"hopin:\n  organization: 2218\n  api_token: {S(g.mixed(ALNUM, 48))}  # expires 2027-01")
    add("hubilo", f"Halo Dimas, token API Hubilo untuk acara Jakarta Expo: {S('hbl_' + g.s(LOWNUM, 40))}. Jangan disimpan di Google Sheet ya.")
    add("inevent", f"INEVENT_COMPANY_ID=1145\nINEVENT_TOKENID={S(g.s(HEX, 64))}")
    add("ingresse", f"Oi Thiago, a chave da API da Ingresse pro show no Allianz: {S(g.mixed(ALNUM, 32))}. Guarda no cofre, não no Notion.")
    add("lennd", f"lennd_api_key = '{S(g.s(HEX, 40))}'  # credentialing portal for the marathon")
    add("ludus", f"[ludus]\nsubdomain=harborplayhouse\napi_user={U('boxoffice.api')}\napi_password={S('Curtain_Call99')}")
    add("lyte", f"LYTE_WAITLIST_KEY={S('lyte_' + g.mixed(ALNUM, 36))}")
    add("meetup", f"MEETUP_OAUTH_KEY={g.s(LOWNUM, 26)}\nMEETUP_OAUTH_SECRET={S(g.s(LOWNUM, 26))}\nMEETUP_GROUP=osaka-rust")
    add("megatix", f"Kia ora Mere, ko te kī API Megatix mō te konohete: {S(g.s(HEX, 40))}. Kaua e tuku ki te GitHub.")
    add("momentus", f"<appSettings>\n  <add key=\"Momentus.ApiUser\" value=\"{U('ems_integration')}\" />\n  <add key=\"Momentus.ApiPassword\" value=\"{S('Convention!Hall3')}\" />\n</appSettings>")

    # forestry and sawmills ---------------------------------------------------------------------
    add("arbocensus", f"ARBOCENSUS_TOKEN={S(g.s(HEX, 40))}\nARBOCENSUS_CITY=vitoria-gasteiz")
    add("arbonaut", f"Hei Mikko, Arbonautin ArboLiDAR-palvelun tunnus on {U('metsa.api')} ja salasana {S('Kuusikko#2026')}. Vaihdetaan se ensi viikolla.")
    add("dendra", f"import dendra\nclient = dendra.Client(api_key=\"{S('dk_' + g.mixed(ALNUM, 40))}\")\nclient.upload(\"plots/seedling-survey.geojson\")")
    add("fieldmaps", f"FIELDMAPS_PORTAL=https://forestry.maps.arcgis.com\nFIELDMAPS_USER={U('cruiser_team2')}\nFIELDMAPS_PASS={S('TimberCruise!88')}")
    add("forest-metrix", f"forest_metrix:\n  account: northwoods-timber\n  api_key: {S(g.s(HEX, 32))}")
    add("forsite", f"Forsite LiDAR portal\nLogin: {U('fsite.planner')}\nPassword: {S('Cutblock-Kamloops7')}")
    add("fotenix", f"FOTENIX_API_KEY={S(g.mixed(ALNUM, 40))}  # nursery seedling imaging")
    add("fpinnovations", f"Bonjour, le mot de passe du portail FPInnovations FPInterface pour l'équipe de Chicoutimi est {S('Epinette_Noire55')}. Merci de ne pas le mettre dans le wiki.")
    add("greenstand", f"GREENSTAND_TREETRACKER_KEY={S(g.s(HEX, 32))}\nGREENSTAND_ORG=freetown-growers")
    add("haglof", f"Haglöf Sweden cloud (DP II sync)\n  user: {U('skog.matning')}\n  pass: {S('Granskog#2026')}")
    add("halco", f"Halco sawmill optimizer license: {S(g.s(UPNUM, 5) + '-' + g.s(UPNUM, 5) + '-' + g.s(UPNUM, 5) + '-' + g.s(UPNUM, 5) + '-' + g.s(UPNUM, 5))}")
    add("kesla", f"{{\"kesla\": {{\"machine\": \"2112T\", \"telematics_key\": \"{S(g.s(HEX, 40))}\"}}}}")
    add("log-max", f"$ logmax-sync --user {U('harvester77')} --password '{S('Skotare!Umea4')}' --upload reports/*.pri\nuploaded 14 files")
    add("logset", f"Logset TOC telematics\nLOGSET_API_TOKEN={S(g.mixed(ALNUM, 36))}")
    add("maxifleet", f"Labas, MaxiFleet (Komatsu Forest) API raktas: {S(g.uuid())}. Jį radau faile config/forwarder.yml — reikia pašalinti.")
    add("microtec", f"# Microtec CT Log scanner – OPC UA\nopcua.endpoint=opc.tcp://ctlog.sawmill.local:4840\nopcua.user={U('ctlog_reader')}\nopcua.password={S('Knot_Detect-12')}")
    add("mill-tec", f"Mill-Tec edger PLC gateway\nhttp://admin:{S('Edger$Mill1986')}@10.40.2.15/api/setworks")

    # translation and localisation ---------------------------------------------------------------
    add("ackuna", f"ACKUNA_API_KEY={S(g.s(HEX, 32))}")
    add("acclaro", f"acclaro:\n  base_url: https://my.acclaro.com/api/v2\n  api_key: \"{S(g.mixed(ALNUM, 48))}\"")
    add("acolad", f"Kaixo Ane, Acolad-eko bezero-atariko pasahitza: {S('Itzulpena#2026')}; erabiltzailea {U('lokalizazioa.bilbo')}. Ez jarri Slack-en.")
    add("across", f"[across]\nserver=https://across.translate-agency.local/crossAPI\nuser={U('crossapi_bot')}\npassword={S('Termbase!Lex4')}")
    add("alconost", f"ALCONOST_NITRO_KEY={S(g.mixed(ALNUM, 32))}\nALCONOST_PROJECT=mobile-app")
    add("applanga", f"{{\n  \"app_id\": \"{g.s(HEX, 24)}\",\n  \"api_token\": \"{S(g.s(HEX, 24) + '!' + g.s(HEX, 32))}\"\n}}")
    add("argos-multilingual", f"ARGOS_TMS_USER={U('argos.integration')}\nARGOS_TMS_PASS={S('Polyglot_Krakow9')}")
    add("bablic", f"<script src=\"https://cdn2.bablic.com/js/bablic.3.9.js\"></script>\n<!-- server key, DO NOT SHIP: {S(g.s(HEX, 40))} -->")
    add("blend-localization", f"BLEND_API_KEY={S(g.mixed(ALNUM, 40))}\nBLEND_WORKSPACE=getblend-agency")
    add("boostlingo", f"Boostlingo interpreter app (staging)\nclient_id: remote-interp\nclient_secret: {S(g.mixed(ALNUM, 44))}")
    add("bureau-works", f"bureau_works:\n  token: {S('bw_' + g.s(LOWNUM, 40))}\n  project: docs-pt-br")
    add("conveythis", f"<script src=\"//cdn.conveythis.com/javascript/conveythis-initializer.js\"></script>\n<script>ConveyThis_Initializer.init({{api_key: \"{S('pub_' + g.s(HEX, 32))}\"}});</script>")
    add("custom-mt", f"CUSTOM_MT_TOKEN={S(g.mixed(ALNUM, 40))}\nCUSTOM_MT_ENGINE=legal-en-de")
    add("day-translations", f"Day Translations vendor portal – {U('vendor.ar-eg')} / {S('Tarjama_2026')}")
    add("easyling", f"EASYLING_PROJECT=shop-hu\nEASYLING_API_KEY={S(g.s(HEX, 40))}")
    add("elia", f"ELIA member portal login: {U('ops@lingua-brux.be')} / {S('Member$hip24')}")
    add("exfluency", f"Exfluency API\n  Authorization: Token {S(g.s(HEX, 40))}\n  X-Exfluency-Project: pharma-leaflets")
    add("gengo", f"# gengo_client.rb\nGengo::API.new(\n  public_key: '{g.s(ALNUM, 40)}',\n  private_key: '{S(g.s(ALNUM, 64))}',\n  sandbox: false\n)")
    add("globalese", f"GLOBALESE_URL=https://translation-agency.globalese-mt.com\nGLOBALESE_USER={U('mt.pipeline')}\nGLOBALESE_API_KEY={S(g.s(HEX, 32))}")
    add("globalink", f"Xin chào, mật khẩu cổng Globalink cho dự án dịch tài liệu: {S('DichThuat#2026')} — tài khoản {U('pm.hanoi')}.")
    add("globallink", f"<GlobalLinkConfig>\n  <Url>https://gl-tpm.transperfect.com/PD</Url>\n  <Username>{U('pd_connector')}</Username>\n  <Password>{S('ProjectDirector!7')}</Password>\n  <UserAgent>aem-connector</UserAgent>\n</GlobalLinkConfig>")
    add("gridly", f"const gridly = new Gridly({{ apiKey: '{S(g.mixed(ALNUM, 32))}', viewId: 'lbj9x2c4' }});")
    add("i18nexus", f"I18NEXUS_API_KEY={S(g.mixed(ALNUM, 22))}\nI18NEXUS_PERSONAL_ACCESS_TOKEN={S(g.mixed(ALNUM, 40))}")
    add("iconic-translation", f"iconic:\n  engine: patents-zh-en\n  api_key: {S(g.s(HEX, 48))}")
    add("inlang", f"{{\n  \"$schema\": \"https://inlang.com/schema/project-settings\",\n  \"sourceLanguageTag\": \"en\",\n  \"plugin.inlang.machineTranslate\": {{ \"apiKey\": \"{S(g.mixed(ALNUM, 39))}\" }}\n}}")
    add("intento", f"$ curl -s -XPOST -H 'apikey: {S(g.mixed(ALNUM, 32))}' https://api.inten.to/ai/text/translate -d '{{\"context\":{{\"text\":\"Hola\",\"to\":\"en\"}}}}'\n{{\"id\":\"Xa3kq\",\"done\":false}}")
    add("interprefy", f"Interprefy event token for the RSI booth: {S(g.s(UPNUM, 12))} (event \"EU Forestry Forum\")")
    add("kantanmt", f"KANTAN_PROFILE=automotive-de-fr\nKANTAN_API_TOKEN={S(g.s(HEX, 32))}")
    add("keywords-studios", f"Keywords Studios LQA portal\nuser: {U('lqa.vendor.kr')}\npass: {S('GameLoc#Seoul21')}")
    add("kudo", f"KUDO_CLIENT_ID=kudo-webinar-bridge\nKUDO_CLIENT_SECRET={S(g.mixed(ALNUM, 40))}")
    add("kudoway", f"Բարև Աննա, Kudoway-ի գաղտնաբառը՝ {S('Targmanutyun!26')}, օգտատերը՝ {U('anna.yerevan')}։ Խնդրում եմ չհրապարակել GitHub-ում։")
    add("languagecloud", f"RWS Language Cloud\nclient_id: {g.s(LOWNUM, 20)}\nclient_secret: {S(g.mixed(ALNUM, 64))}\ntenant: LC-4417")
    add("languageline", f"# LanguageLine InSight video interpreting\nLL_ACCOUNT=88120\nLL_ACCESS_CODE={S(g.s(DIGITS, 10))}\nLL_API_KEY={S(g.s(HEX, 40))}")
    add("languagewire", f"languagewire.api.key={S(g.uuid())}\nlanguagewire.api.url=https://api.languagewire.com/v1")
    add("lilt", f"import lilt\nconfiguration = lilt.Configuration(host=\"https://lilt.com/2\")\nconfiguration.api_key[\"key\"] = \"{S(g.s(HEX, 32))}\"")
    add("lingohub", f"LINGOHUB_API_KEY={S(g.s(HEX, 32))}\nLINGOHUB_ACCOUNT=translate-co\nLINGOHUB_PROJECT=webshop")
    add("lingoport", f"Lingoport Globalyzer server: https://globalyzer.lingoport.io\nuser {U('gz_ci')}  password {S('Internationalize!9')}")
    add("lingotek", f"lingotek:\n  community_id: {g.uuid()}\n  access_token: {S(g.uuid())}")
    add("linguise", f"define('LINGUISE_TOKEN', '{S(g.mixed(ALNUM, 48))}');")
    add("lingvanex", f"Лингванекс API: Authorization: Bearer {S('a_' + g.mixed(ALNUM, 54))} — ключ от сервера перевода, не публикуйте его.")
    add("lionbridge", f"LIONBRIDGE_CLIENT_ID=lbx-content-api\nLIONBRIDGE_CLIENT_SECRET={S(g.mixed(ALNUM, 48))}\nLIONBRIDGE_SITE=enterprise-eu")
    add("localazy", f"{{\n  \"writeKey\": \"{S('a' + g.s(DIGITS, 19) + '-' + g.s(HEX, 32))}\",\n  \"readKey\": \"{S('a' + g.s(DIGITS, 19) + '-' + g.s(HEX, 32))}\",\n  \"upload\": {{ \"type\": \"json\", \"files\": \"src/locales/en.json\" }}\n}}")
    add("matecat", f"MATECAT_API_KEY={g.s(LOWNUM, 20)}\nMATECAT_API_SECRET={S(g.s(LOWNUM, 20))}")
    add("matesub", f"Matesub subtitling workspace: key {S(g.mixed(ALNUM, 32))} (project \"documentary-sq\")")
    add("memoq", f"memoQ Server WS API\n  <add key=\"MemoQ.ApiKey\" value=\"{S(g.s(HEXU, 40))}\" />\n  <add key=\"MemoQ.Url\" value=\"https://memoq.agency.local:8080/memoqservices\" />")
    add("memsource", f"$ memsource auth login --username {U('pm.automation')} --password '{S('Phrase_TMS-2026')}'\nLogged in.")
    add("modernmt", f"from modernmt import ModernMT\nmmt = ModernMT(\"{S(g.s(HEXU, 8) + '-' + g.s(HEXU, 4) + '-' + g.s(HEXU, 4) + '-' + g.s(HEXU, 4) + '-' + g.s(HEXU, 12))}\")\nprint(mmt.translate(\"en\", \"it\", \"Timber yard\"))")
    add("augment-code", "export AUGMENT_SESSION_AUTH='{\"accessToken\":\"" + S(g.s(HEX, 64)) + "\",\"tenantURL\":\"https://d7.api.augmentcode.com/\"}'\nauggie --print 'summarise the sawmill queue service'")

    # generic carriers: usage records, log shipping, keys, passwords ------------------------------
    add("generic", usage_page([{"timestamp": "2026-11-25T10:14:02Z", "user_login": "quarry-ops-bot", "surface": "copilot_coding_agent", "model": "gpt-5.1", "prompt_excerpt": f"fix the weighbridge importer, it fails with 401 using WEIGHBRIDGE_TOKEN={S(g.s(HEX, 40))}", "premium_requests": 1}, {"timestamp": "2026-11-25T10:15:40Z", "user_login": "quarry-ops-bot", "surface": "copilot_coding_agent", "model": "gpt-5.1", "prompt_excerpt": "add retry", "premium_requests": 1}]), ["generic"])
    add("password", splunk_hec({"surface": "vs_chat", "user": "svc-dealer-dms", "prompt": f"connection string is Server=dms-sql;Database=Sales;User Id=dms_app;Password={S('Showroom#Sedan4')}; why does it time out"}), ["password"])
    add("generic", blob_line({"record_type": "chat_turn", "editor": "vscode", "text": f"here is my .env\nTICKET_SCANNER_SECRET={S(g.mixed(ALNUM, 40))}\nplease add validation"}), ["generic"])
    add("pem", f"$ cat deploy/keys/sawmill-edge.pem\n{S(g.pem('RSA PRIVATE KEY'))}", ["pem"])
    add("pem", stream_json("Read", {"file_path": "/home/runner/.ssh/id_ed25519"}, S(g.openssh())), ["pem"])
    add("pem", cline("create a new file", "k8s/newsroom-tls.yaml", f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: cms-tls\ntype: kubernetes.io/tls\nstringData:\n  tls.key: |\n    {S(g.pem('EC PRIVATE KEY', 3).replace(chr(10), chr(10) + '    '))}"), ["pem"])
    add("jwt", "GET /api/v1/tickets/scan HTTP/1.1\nHost: gates.arena-north.example\nAuthorization: Bearer " + S(g.jwt('{"sub":"scanner-07","venue":"arena-north","exp":1796000000}')), ["jwt"])
    add("jwt", "Habari, mtumiaji wa newsroom-cms anatumia tokeni hii, je imeisha muda wake? " + S(g.jwt('{"sub":"editor-19","role":"desk"}')), ["jwt"])
    add("password", f"Szia Bence! Az autószerviz DMS rendszerének jelszava: {S('Fekete-Kombi88')} (felhasználó: {U('szerviz.gyor')}). Kérlek, ne tedd ki a közös mappába.", ["password"])
    add("password", f"Ahoj Zuzka, heslo k databáze pílčeho skladu je {S('Pila#Smrek2026')}, používateľ {U('sklad_rw')}. Zmeň ho po nasadení.", ["password"])
    add("password", f"Здраво Марко, лозинка за сервер депоније је {S('Otpad_Reciklaza5')}, корисник {U('deponija.ns')}. Немој да је стављаш у репо.", ["password"])
    add("password", f"Përshëndetje Arben, fjalëkalimi i llogarisë së redaksisë është {S('Gazeta!Tirana77')}. Mos e vendos në GitHub.", ["password"])
    add("password", f"Salam Rəşad, karxananın tərəzi sisteminin parolu: {S('Daskarxana#2026')}, istifadəçi adı {U('terezi.admin')}. Zəhmət olmasa heç kimə göstərmə.", ["password"])
    add("password", f"Сәлем Айгерім, қарттар үйінің кесте жүйесінің құпия сөзі: {S('Kutim-Uyi2026')}. Оны чатқа жазба.", ["password"])
    add("password", f"שלום נועה, הסיסמה לממשק מערכת הכרטוס היא {S('Kartis#Haifa26')} והמשתמש {U('kupa.haifa')}. אל תשמרי אותה ב-Git.", ["password"])
    add("password", f"سلام مریم، رمز عبور پنل دارالترجمه: {S('Tarjome!Tehran9')} — نام کاربری {U('daftar.tarjome')}. لطفاً در گیت‌هاب قرار نده.", ["password"])
    add("password", f"السلام علیکم، ورکشاپ کے ڈیلر پورٹل کا پاس ورڈ {S('Gari_Karachi!4')} ہے، یوزر {U('workshop.khi')}۔ اسے گروپ میں شیئر نہ کریں۔", ["password"])
    add("password", f"નમસ્તે રાહુલ, ખાણ વજન સિસ્ટમનો પાસવર્ડ {S('Khan#Kutch2026')} છે. મહેરબાની કરીને તેને રિપોમાં ન મૂકશો.", ["password"])
    add("password", f"नमस्कार सुनील, बातमी CMS चा पासवर्ड {S('Batmi@Pune55')} आहे, वापरकर्ता {U('sampadak.pune')}. कृपया तो GitHub वर टाकू नका.", ["password"])
    add("password", f"ನಮಸ್ಕಾರ ಕಾವ್ಯ, ಮರದ ಕಾರ್ಖಾನೆ ಸರ್ವರ್ ಪಾಸ್‌ವರ್ಡ್ {S('Mara_Mysuru77')}. ಇದನ್ನು ಯಾರಿಗೂ ಕಳುಹಿಸಬೇಡಿ.", ["password"])
    add("password", f"ආයුබෝවන් නිමල්, රැකවරණ නිවාසයේ පද්ධති මුරපදය {S('Rakawarana#26')} වේ. කරුණාකර එය GitHub එකට දාන්න එපා.", ["password"])
    add("password", f"မင်္ဂလာပါ ကိုအောင်၊ လက်မှတ်စနစ် စကားဝှက်မှာ {S('Lethmat!Ygn2026')} ဖြစ်ပါတယ်။ ဘယ်သူ့ကိုမှ မပြပါနဲ့။", ["password"])
    add("password", f"សួស្តី សុភា ពាក្យសម្ងាត់សម្រាប់ប្រព័ន្ធកាកសំណល់គឺ {S('Sambol#PhnomPenh8')} ។ សូមកុំដាក់វានៅលើ GitHub។", ["password"])
    add("password", f"ሰላም ሰላም፣ የትርጉም ቢሮው ሲስተም የይለፍ ቃል {S('Tirgum!Addis26')} ነው። እባክህ በጊትሃብ ላይ አታስቀምጠው።", ["password"])
    add("password", f"Ẹ n lẹ Tunde, ọrọ aṣínà fún ètò tíkẹ́ẹ̀tì ni {S('Tiketi#Ibadan5')}. Má ṣe fi sínú GitHub.", ["password"])
    add("generic", "{\"cells\": [{\"cell_type\": \"code\", \"source\": [\"import requests\\n\", \"ORE_GRADE_API = \\\"https://grades.quarry.internal\\\"\\n\", \"API_TOKEN = \\\"" + S(g.s(HEX, 40)) + "\\\"\\n\"], \"outputs\": []}], \"metadata\": {\"kernelspec\": {\"name\": \"python3\"}}, \"nbformat\": 4}", ["generic"])
    add("password", mcp("postgres", f"[{{\"id\": 3, \"service\": \"scale-house\", \"login\": \"weigh_op\", \"secret\": \"{S('Aggregate-Crusher3')}\"}}]"), ["password"])
    add("generic", cli_debug(["tool call: shell", f"command: curl -H 'X-Api-Key: {S(g.mixed(ALNUM, 40))}' https://api.bins.recycle-city.example/v1/lifts?day=today", "exit 0"]), ["generic"])
    add("password", f"Ola Uxía, o contrasinal do servidor de subtítulos é {S('Legendas#Vigo26')} e o usuario {U('subtitulos.vigo')}. Non o subas ao repositorio.", ["password"])
    add("generic", edit_file("config/press.yml", "api_key: <set me>", f"api_key: {S(g.s(HEX, 40))}"), ["generic"])
    add("password", openai_call("run_sql", {"dsn": f"mysql://dealer_ro:{S('Forecourt!221')}@mysql.dealers.internal/stock", "query": "select vin, price from cars limit 5"}), ["password"])
    add("generic", subagent("code-reviewer", f"Found a hard-coded ticketing webhook secret in `venues/hooks.go`: `const hookSecret = \"{S(g.mixed(ALNUM, 32))}\"`. Flagging as a blocker."), ["generic"])
    add("password", f"Tere, Kristjan! Hooldekodu tööajatabeli parool on {S('Hooldus!Tartu55')}. Ära pane seda Slacki.", ["password"])
    add("password", f"- hosts: sawmill_kilns\n  vars:\n    ansible_user: {U('kilnadmin')}\n    ansible_become_password: {S('Drying-Kiln#80C')}", ["password"])
    add("generic", f"Talofa Sione, o le ki API mo le polokalame faaliliu upu: {S(g.s(HEX, 32))}. Aua le tuuina i le GitHub.", ["generic"])
    add("password", f"Salaan Xasan, erayga sirta ah ee nidaamka qashinka waa {S('Qashin!Hargeisa3')}. Fadlan ha ku dhejin GitHub.", ["password"])
    add("generic", f"Sannu Musa, makullin API na tsarin tikiti shine {S(g.s(HEX, 36))}. Kar ka saka shi a GitHub.", ["generic"])
    add("password", f"Rimaykullayki Rosa, wasi qhawaypaq sistema rimana: {S('Wasi#Cusco2026')}. Ama GitHub-man churaychu.", ["password"])
    return out


def pii(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(src: str, t: str) -> None:
        out.append((f"holdout30:{src}", t))

    visa = luhn_complete("4", 16, g)
    mc = luhn_complete("54", 16, g)
    amex = luhn_complete("37", 15, g)
    visa2 = luhn_complete("4", 16, g)
    mc2 = luhn_complete("22", 16, g)

    # home health and elder care
    add("homecare-visit-note", f"Visit note — client {P('Margaret O’Sullivan')}, DOB {D('14/03/1938')}, 22 Clonliffe Road, Drumcondra, Dublin 3. Daughter {P('Siobhan Keane')} ({T('+353 87 412 9930')}) asked that the carer ring before arriving.")
    add("careplanner-rota-csv", f"carer,client,address,phone\n{P('Grace Mensah')},{P('Harold Pickering')},{A('14 Alder Grove, Whitstable CT5 1QA')},{T('07700 913442')}\n{P('Tomasz Wójcik')},{P('Edna Fairweather')},{A('3 Mill Lane, Faversham ME13 8DN')},{T('07700 918075')}")
    add("hhaexchange-evv-ticket", f"Ticket EVV-2291: caregiver {P('Yesenia Morales')} could not clock in for {P('Walter Kim')} at {A('1840 Bergen Ave, Apt 3C, Jersey City, NJ 07305')}. Her cell is {T('(201) 555-0184')}, email {E('ymorales.care@gmail.com')}.")
    add("finnish-hoiva-record", f"Asiakas: {P('Eino Lehtinen')}\nHenkilötunnus: {N('140331-231K')}\nOsoite: {A('Puistokatu 12 B 7, 33100 Tampere')}\nOmainen: {P('Hanna Lehtinen')}, puh. {T('040 718 2294')}")
    add("latvian-aprupe", f"Klients {P('Jānis Bērziņš')}, dzimis {D('1941. gada 2. maijā')}, dzīvo {A('Brīvības iela 118-9, Rīga, LV-1001')}. Kontaktpersona {P('Ilze Ozola')}, tālr. {T('+371 29 448 106')}.")
    add("hebrew-caregiver-form", f"שם המטופל: {P('יעקב אברהמי')}\nתאריך לידה: {D('03.09.1936')}\nכתובת: {A('רחוב הרצל 45, חיפה')}\nטלפון בן משפחה: {T('052-781-4433')}\nמטפלת: {P('Maricel Dela Cruz')}")
    add("claude-subagent-care", subagent("data-migrator", f"Migrated 2 of 3 rows. Row 3 failed: client {P('Dorothea Finch')} has two phone numbers ({T('+44 1632 960 418')}, {T('+44 7700 900 377')}) and the schema allows one."))
    add("sinhala-care", f"රෝගියා: {P('සුනිල් පෙරේරා')}, උපන් දිනය {D('1944-07-19')}, ලිපිනය {A('42/3, ගාලු පාර, මොරටුව')}. දියණිය {P('චමරි පෙරේරා')} — {T('077 341 8826')}.")
    add("kantime-payroll", f"Payroll export (week 47)\nemployee: {P('Adaeze Okafor')} | SSN {m('US_SSN', '523-71-4408')} | direct deposit acct ****2291 | {E('adaeze.okafor@brightpath-hh.com')}")
    add("swahili-care", f"Mteja: Bibi {P('Zawadi Mwakyusa')}, alizaliwa {D('12 Agosti 1940')}. Anaishi {A('Mtaa wa Uhuru 27, Arusha')}. Mjukuu wake {P('Neema Mwakyusa')} — simu {T('+255 754 318 220')}.")

    # newsrooms
    add("newsroom-source-list", f"| source | beat | contact |\n|---|---|---|\n| {P('Kwame Asante')} | mining unions | {T('+233 24 418 7720')} |\n| {P('Lindiwe Dube')} | municipal waste | {E('lindiwe.dube@protonmail.com')} |\n| {P('Rafael Quispe Mamani')} | quarry permits | {T('+51 984 221 376')} |")
    add("copilot-chat-byline", gh_chat("Format this byline for the CMS", f"```json\n{{\"author\": \"{P('Ingrid Sæther')}\", \"email\": \"{E('ingrid.saether@bergensavisen.no')}\", \"twitter\": \"@{U('ingridsaether')}\"}}\n```"))
    add("catalan-redaccio", f"Hola {P('Núria Puigdomènech')}, l'entrevistat {P('Jordi Casals i Roure')} viu al {A('carrer de Pere IV, 121, 3r 2a, 08018 Barcelona')} i el seu mòbil és el {T('+34 622 418 907')}. No ho publiquis.")
    add("ukrainian-newsroom", f"Контакт джерела: {P('Олена Ткаченко')}, тел. {T('+380 67 512 44 19')}, ел. пошта {E('o.tkachenko@ukr.net')}. Зустріч у {A('вул. Січових Стрільців, 37, Київ')}.")
    add("git-log-newsroom", f"commit 7c1e9a04b2d3f8e6a5c4b3a2d1e0f9a8b7c6d5e4\nAuthor: {P('Bùi Thị Thu Hà')} <{E('thuha.bui@baomoi-dev.vn')}>\nDate:   Tue Nov 24 16:02:11 2026 +0700\n\n    fix paywall counter reset")
    add("greek-subscriber", f"Συνδρομητής: {P('Αικατερίνη Παπαδοπούλου')}\nΔιεύθυνση: {A('Οδός Εγνατίας 112, 546 30 Θεσσαλονίκη')}\nΤηλέφωνο: {T('+30 694 418 2277')}\nΚάρτα: {C(card4(visa))}")
    add("amharic-reporter", f"ጋዜጠኛ {P('ሄኖክ ተስፋዬ')} ስልክ ቁጥር {T('+251 911 42 77 18')} ነው። ኢሜይል {E('henok.t@addisnews.et')}።")

    # car dealerships and auto repair
    add("dealer-crm-row", f"lead_id,name,email,phone,trade_in\n88412,{P('Tevita Fifita')},{E('tevita.fifita@outlook.com')},{T('(801) 555-0143')},2017 Toyota Tacoma\n88413,{P('Priyanka Raghunathan')},{E('priya.r@yahoo.com')},{T('(801) 555-0178')},none")
    add("repair-order", f"REPAIR ORDER 40921\nCustomer: {P('Gustavo Henrique Lima')}\nAddress: {A('Rua Augusta, 1508, apto 72, Consolação, São Paulo - SP, 01304-001')}\nCPF: {N('318.447.962-05')}\nTel: {T('(11) 98714-2230')}\nVehicle: VW Polo 2021, plate FQX-4J21")
    add("finance-application", f"Credit application\nApplicant: {P('Darnell Whitaker')}\nDOB: {D('1987-02-26')}\nSSN: {m('US_SSN', '412-58-3391')}\nDriver license: {m('US_DRIVER_LICENSE', 'W214-5583-9907')}\nHome: {A('4417 Pecan Hollow Dr, Round Rock, TX 78664')}")
    add("bulgarian-service", f"Клиент: {P('Стоян Димитров')}, ЕГН {N('7805124471')}, адрес {A('ул. „Шипка“ 14, 4000 Пловдив')}, тел. {T('+359 88 742 1190')}. Ремонт на съединител.")
    add("slovak-faktura", f"Faktúra č. 2026/1184\nOdberateľ: {P('Miroslava Horváthová')}\n{A('Hlavná 42, 040 01 Košice')}\nIBAN: {I(iban('SK', g.s(DIGITS, 20)))}\nE-mail: {E('m.horvathova@azet.sk')}")
    add("vs-chat-warranty", vs_chat("Fill in the warranty claim test with a real-looking customer", f"Sure, but I'd rather not reuse the customer from your database dump (`{P('Kenji Watanabe')}`, {T('090-4418-2277')}). Use a fixture like \"Test Customer\" instead."))
    add("card-payment-log", f"2026-11-26 11:42:07 INFO payment accepted service_invoice=SI-22810 card={C(mc)} exp=08/29 holder={P('Olumide Adeyemi')}")
    add("azerbaijani-dealer", f"Müştəri: {P('Elvin Məmmədov')}\nÜnvan: {A('Nizami küçəsi 58, mənzil 12, Bakı AZ1000')}\nTelefon: {T('+994 50 418 22 71')}\nIBAN: {I(iban('AZ', 'NABZ' + g.s(DIGITS, 20)))}")

    # mining
    add("mine-induction", f"Site induction – Pilbara\nName: {P('Jarrah Wilson')}\nDOB: {D('09/11/1994')}\nNext of kin: {P('Kylie Wilson')} {T('0412 388 610')}\nAddress: {A('17 Kingsmill St, Port Hedland WA 6721')}")
    add("peru-mina", f"Trabajador: {P('Wilber Huamán Condori')}, DNI {N('45118273')}, domicilio {A('Jr. Lampa 455, Puno')}, celular {T('951 337 284')}. Fecha de nacimiento: {D('17/05/1989')}.")
    add("chile-cantera", f"Hola {P('Camila Fuentes')}, el operador nuevo es {P('Matías Soto Araya')}, RUT {N('17.882.451-3')}, correo {E('matias.soto.a@gmail.com')}, fono {T('+56 9 8841 2270')}.")
    add("kazakh-shakhta", f"Қызметкер: {P('Нұрлан Сейтқали')}\nЖСН: {N('900417300512')}\nМекенжай: {A('Абай даңғылы 42, 12-пәтер, Қарағанды')}\nТелефон: {T('+7 701 448 2290')}")
    add("home-path-mining", f"Traceback (most recent call last):\n  File \"/home/{U('tgrobler')}/deswik-export/run.py\", line 42, in <module>\n    main()\nPermissionError: [Errno 13] Permission denied: '/home/{U('tgrobler')}/deswik-export/out/pit.csv'")
    add("afrikaans-myn", f"Werknemer: {P('Johannes van der Merwe')}\nID-nommer: {N('8203155084082')}\nAdres: {A('Kerkstraat 18, Kathu, 8446')}\nSelfoon: {T('082 441 7720')}")
    add("mongolian-like-ssh", f"$ last -i | head -3\n{U('bbatbayar')}  pts/0  {IP('103.57.94.18')}  Wed Nov 25 08:14   still logged in\n{U('bbatbayar')}  pts/1  {IP('103.57.94.18')}  Tue Nov 24 19:02 - 21:40  (02:38)")

    # waste management
    add("waste-complaint", f"Complaint #77120: bins not collected at {A('8 Rue des Tanneurs, 67000 Strasbourg')}. Resident: {P('Aurélie Schneider')}, {T('+33 6 12 44 87 09')}, {E('aurelie.schneider@orange.fr')}.")
    add("lithuanian-atliekos", f"Gyventojas {P('Rūta Kazlauskienė')}, asmens kodas {N('48305120447')}, adresas {A('Savanorių pr. 144-18, Kaunas')}. Tel. {T('+370 612 44 871')}.")
    add("estonian-jaatmed", f"Klient: {P('Margus Tamm')}\nIsikukood: {N('38106120358')}\nAadress: {A('Pärnu mnt 22-5, 10141 Tallinn')}\nE-post: {E('margus.tamm@mail.ee')}")
    add("recycling-invoice", f"INVOICE RC-4410\nBill to: {P('Hamid Rezaei')}\n{A('Unit 4, 27 Industrial Way, Avondale, Auckland 1026')}\nPaid with {C(card4(visa2))}")
    add("zulu-waste", f"Igama: {P('Sipho Ndlovu')}, ikheli {A('12 Dube Street, Soweto, 1804')}, inombolo {T('+27 71 448 2019')}. Udoti awuqoqwanga kusukela ngoMsombuluko.")
    add("mcp-db-waste", mcp("sqlite", dumps([{"account": 4412, "name": P("Bartholomew Achterberg"), "phone": T("+31 6 4418 2207"), "street": A("Oudegracht 211, 3511 NK Utrecht")}])))

    # event ticketing and venues
    add("ticket-refund", f"Refund request\nOrder: TX-88120-44\nBuyer: {P('Leilani Kahananui')}\nEmail: {E('leilani.k@hawaiiantel.net')}\nCard: {C(amex[:4] + ' ' + amex[4:10] + ' ' + amex[10:])}\nReason: show cancelled")
    add("hungarian-jegy", f"Vásárló: {P('Kovács Eszter')}\nSzületési dátum: {D('1996. 04. 11.')}\nCím: {A('Király utca 28, 1061 Budapest')}\nTelefon: {T('+36 30 418 2277')}")
    add("indonesian-tiket", f"Pembeli: {P('Putri Ayu Lestari')}\nNIK: {N('3174054512960003')}\nAlamat: {A('Jl. Kemang Raya No. 18, Jakarta Selatan 12730')}\nHP: {T('0812-4418-2290')}")
    add("gemini-cli-ticket", gemini_cli("sqlite3 box.db 'select * from buyers limit 2'", f"1|{P('Aroha Ngata')}|{E('aroha.ngata@xtra.co.nz')}|{T('021 448 2201')}\n2|{P('Liam Fitzgerald')}|{E('liamfitz@eircom.net')}|{T('+353 86 102 7788')}"))
    add("accessibility-request", f"Hi! My mum {P('Rosalind Achebe')} uses a wheelchair; booking ref AXS-22-77810. Can you call me back on {T('07911 448203')}? — {P('Chidi Achebe')}")
    add("maori-whakaaturanga", f"Kia ora, ko {P('Hemi Te Rangi')} tōku ingoa. Ko taku wāhitau ko {A('14 Kōwhai Street, Rotorua 3010')}, waea {T('027 418 3320')}.")
    add("burmese-ticket", f"ဝယ်သူ: ဒေါ်{P('ခင်မာလာ')}၊ ဖုန်း {T('09 421 883 017')}၊ လိပ်စာ {A('အမှတ် ၁၂၊ ဗိုလ်ချုပ်လမ်း၊ ရန်ကုန်')}။")
    add("ip-of-buyer", f"fraud check: order 77120 placed by {P('Vuk Petrović')} from {IP('178.222.41.97')}; same IP used for 4 other cards in 10 minutes")

    # forestry and sawmills
    add("sawmill-hr", f"HR record\nEmployee: {P('Rangi Parata')}\nIRD: {N('049-091-850')}\nBank: on file (payroll)\nDOB: {D('1979-08-03')}\nAddress: {A('66 Tarawera Road, Kawerau 3127')}")
    add("icelandic-skogur", f"Starfsmaður: {P('Sigríður Þórðardóttir')}, kennitala {N('120385-2239')}, heimilisfang {A('Laugavegur 54, 101 Reykjavík')}, sími {T('+354 862 4418')}.")
    add("swedish-fakturering-iban", f"Betalning till {P('Lars-Erik Holmqvist')}, IBAN {I(iban('SE', g.s(DIGITS, 20)))}, avser virkesleverans v. 47.")
    add("pashto-forest", f"کارکوونکی: {P('احمد شاه وردګ')}، تلیفون {T('+93 70 441 8227')}، پته: {A('کارته ۴، کابل')}.")
    add("forestry-zed", zed(f"I updated the crew roster. Note that `crew.csv` contains {P('Wiremu Tane')}'s personal mobile ({T('022 317 4482')}) — consider moving contact details to the HR system."))

    # translation agencies
    add("translator-onboarding", f"Translator onboarding\nName: {P('Gulnara Yusupova')}\nLanguages: uz, ru, en\nEmail: {E('g.yusupova@mail.uz')}\nPhone: {T('+998 90 441 82 77')}\nIBAN: {I(iban('DE', g.s(DIGITS, 18)))}")
    add("uzbek-tarjimon", f"Tarjimon: {P('Dilshod Rahimov')}, pasport {N('AB 4418227')}, manzil {A('Amir Temur ko‘chasi 108, 23-xonadon, Toshkent')}, tel. {T('+998 93 118 44 20')}.")
    add("serbian-prevod", f"Преводилац: {P('Јована Стојановић')}\nЈМБГ: {N('1203987715023')}\nАдреса: {A('Кнез Михаилова 18, 11000 Београд')}\nТелефон: {T('+381 64 418 2207')}")
    add("persian-motarjem", f"مترجم: {P('زهرا احمدی')}، کد ملی {N('0084417721')}، تلفن {T('0912 441 8830')}، نشانی: {A('تهران، خیابان ولیعصر، پلاک ۱۲۴۰')}.")
    add("armenian-targmanich", f"Թարգմանիչ՝ {P('Արամ Սարգսյան')}, հեռ. {T('+374 91 418227')}, էլ. փոստ {E('aram.sargsyan@mail.am')}։")
    add("portuguese-br-tradutora", f"Tradutora: {P('Luana Cristina dos Santos')}\nCPF: {N('441.827.319-60')}\nNascimento: {D('22/10/1991')}\nEndereço: {A('Av. Sete de Setembro, 2210, Salvador - BA, 40080-001')}\nPix: {E('luana.traducoes@gmail.com')}")
    add("albanian-perkthyes", f"Përkthyesi {P('Erion Hoxha')}, lindur më {D('8 mars 1985')}, adresa {A('Rruga e Durrësit 44, Tiranë')}, telefon {T('+355 69 418 2207')}.")
    add("qwen-translator-invoice", qwen(f"The invoice PDF text extraction gave: \"Bill to {P('Mei-Ling Tsai')}, {A('No. 18, Ln. 44, Sec. 2, Zhongshan N. Rd., Taipei 104')}, card ending in 4471\". I won't include her name in the test fixture."))
    add("basque-itzultzaile", f"Itzultzailea: {P('Itziar Etxeberria Agirre')}, helbidea {A('Kale Nagusia 14, 3. ezk., 20003 Donostia')}, telefonoa {T('+34 688 41 82 27')}.")
    add("galician-tradutora", f"A tradutora {P('Antía Castro Pereiro')} vive na {A('Rúa do Franco 22, 15702 Santiago de Compostela')}; o seu correo é {E('antia.castro@mundo-r.com')}.")
    add("punjabi-anuvadak", f"ਅਨੁਵਾਦਕ: {P('ਹਰਪ੍ਰੀਤ ਕੌਰ')}, ਫ਼ੋਨ {T('+91 98141 82207')}, ਪਤਾ {A('ਮਕਾਨ ਨੰ. 44, ਸੈਕਟਰ 17, ਚੰਡੀਗੜ੍ਹ')}।")
    add("kurdish-wergêr", f"وەرگێڕ: {P('ئاراس کەریم')}، ژمارەی مۆبایل {T('0750 441 8227')}، ناونیشان: {A('گەڕەکی ئازادی، هەولێر')}.")
    add("copilot-usage-pii", usage_page([{"timestamp": "2026-11-26T09:02:44Z", "user_login": U("akonstantinou"), "surface": "copilot_chat_github", "model": "claude-sonnet-4.5", "prompt_excerpt": f"write a welcome email to our new client {P('Theodoros Konstantinou')} ({E('t.konstantinou@otenet.gr')})", "premium_requests": 1}], page=7))
    add("splunk-pii", splunk_hec({"surface": "copilot_cli", "user": U("mzawadzka"), "prompt": f"why does the invoice for {P('Małgorzata Zawadzka')} show IBAN {I(iban('PL', g.s(DIGITS, 24)))} twice"}))
    add("warp-home-path", warp("ls ~/Downloads", f"/Users/{U('kaveh.nouri')}/Downloads/contract_signed.pdf\n/Users/{U('kaveh.nouri')}/Downloads/passport_scan.jpg"))
    add("jb-ai-customer", jb_ai("Generate a DTO from this sample", f"From the sample `{{\"name\": \"{P('Oluwaseun Bakare')}\", \"dob\": \"{D('1990-06-14')}\", \"phone\": \"{T('+234 803 441 8227')}\"}}` I created `CustomerDto` with three fields. Replace the sample with synthetic data before committing."))
    add("goose-email-export", goose("shell", f"grep -i 'from:' inbox.mbox | head -2\nFrom: {P('Fatma Yıldız')} <{E('fatma.yildiz@ceviri-ofisi.com.tr')}>\nFrom: {P('Ahmet Çelik')} <{E('ahmet.celik@gmail.com')}>"))
    add("kimi-card", kimi(f"订单里的客户 {P('王秀英')} 的手机号是 {T('138 0441 8227')}，卡号 {C(card4(mc2))}。我不会把这些写进日志。"))
    add("cline-fixture-real", cline("edit this file", "tests/fixtures/guests.json", f"[{{\"guest\": \"{P('Anahera Walker')}\", \"email\": \"{E('anahera.walker@gmail.com')}\", \"seat\": \"B12\"}}]"))
    add("augment-ip", augment(f"The access log shows the admin panel was opened by {U('dpetrenko')} from {IP('93.74.122.18')} (his home connection, per the VPN exception list)."))
    add("stream-json-hr", stream_json("Bash", {"command": "head -2 staff.csv"}, f"name,dob,iban\n{P('Katarzyna Nowicka')},{D('1983-12-01')},{I(iban('PL', g.s(DIGITS, 24)))}"))
    add("somali-macmiil", f"Macmiil: {P('Faadumo Cali Warsame')}, taleefan {T('+252 61 441 8227')}, cinwaan {A('Waddada Maka Al-Mukarama, Muqdisho')}.")
    add("yoruba-onibara", f"Oníbàárà: {P('Adébáyọ̀ Ọlágúnjú')}, nọ́mbà fóònù {T('+234 802 118 4427')}, àdírẹ́sì {A('12 Òpópónà Ìbàdàn, Ọ̀yọ́')}.")
    add("haitian-kliyan", f"Kliyan: {P('Jean-Ronel Pierre-Louis')}, telefòn {T('+509 3441 8227')}, adrès {A('12, Ri Kapwa, Pòtoprens')}.")
    add("javanese-pelanggan", f"Pelanggan: {P('Slamet Riyadi')}, alamat {A('Jl. Malioboro No. 45, Yogyakarta 55213')}, nomer HP {T('0813-2441-8227')}.")
    add("samoan-tagata", f"Igoa: {P('Tavita Faleolo')}, numera telefoni {T('+685 77 41822')}, tuatusi {A('Vailima, Apia')}.")
    add("macedonian-klient", f"Клиент: {P('Билјана Трајковска')}, тел. {T('+389 70 418 227')}, адреса {A('ул. Македонија 12, 1000 Скопје')}.")
    add("belarusian-klient", f"Кліент: {P('Алесь Кавалёў')}, тэл. {T('+375 29 441 82 27')}, адрас {A('вул. Леніна 18, кв. 4, Мінск')}.")
    add("khmer-ahtithi", f"អតិថិជន៖ {P('សុខ ចាន់ថា')} លេខទូរស័ព្ទ {T('012 441 822')} អាសយដ្ឋាន {A('ផ្ទះលេខ ២៤ ផ្លូវ ៦៣ ភ្នំពេញ')}។")
    return out


def negatives(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(src: str, t: str) -> None:
        out.append((f"holdout30:{src}", t))

    add("env-example", "# .env.example — copy to .env and fill in\nDESWIK_API_KEY=<your-deswik-key>\nAXXESS_API_PASSWORD=changeme\nAXS_SECRET=\nLOCALAZY_WRITE_KEY=xxxxxxxxxxxxxxxxxxxxxxxx")
    add("gha-secrets-refs", "jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./publish.sh\n        env:\n          EVENTIM_PARTNER_PASSWORD: ${{ secrets.EVENTIM_PARTNER_PASSWORD }}\n          LILT_API_KEY: ${{ secrets.LILT_API_KEY }}\n          HOLMAN_FLEET_URL: ${{ vars.HOLMAN_FLEET_URL }}")
    add("git-log-shas", "$ git log --oneline -5\n9f3c2a1 sawmill: round board feet to 2 decimals\n4b7e0d8 waste: add Tuesday pickup route\n1a2b3c4 tickets: fix QR scanner timeout\ne57d9f0 newsroom: bump cms-client to 4.12.1\n0c8a6b2 translation: add Icelandic glossary")
    add("sha256-manifest", "sha256sum dist/*\n3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b  dist/haulroad-2.4.0.tar.gz\n6b86b273ff34fce19d6b804eff5a3f5747ada4eaa22f1d49c01e52ddb7875b4b  dist/haulroad-2.4.0-py3-none-any.whl")
    add("uuid-events", "event_id,venue_id,opens_at\n6f1c2e7a-93b4-4c1d-8f0e-2a5b7c9d1e3f,VEN-0041,2027-03-14T18:30:00Z\nb24e8d10-5a6f-4e7b-9c2d-0f1e3a5b7c9d,VEN-0041,2027-03-15T18:30:00Z")
    add("docs-example-keys", "## Authentication\n\nPass your key in the `X-Api-Key` header. In the examples below we use the placeholder key `YOUR_API_KEY`; replace it with the key from your dashboard.\n\n```bash\ncurl -H \"X-Api-Key: YOUR_API_KEY\" https://api.example.com/v1/pickups\n```")
    add("aws-doc-example", "For testing, the docs show the example pair AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY — these are AWS's documentation values and never valid.")
    add("env-lookup-python", "import os\n\nMINEHUB_TOKEN = os.environ[\"MINEHUB_TOKEN\"]\nCORESCAN_SECRET = os.getenv(\"CORESCAN_SECRET\", \"\")\nif not MINEHUB_TOKEN:\n    raise SystemExit(\"set MINEHUB_TOKEN first\")")
    add("versions-build", "Build 2026.11.26.4471 (commit 5d41402a)\nhaulroad-api 3.18.0\nnode v22.11.0, npm 10.9.0\nchromium 131.0.6778.85\nelectron 33.2.1")
    add("coordinates", "Quarry benches (WGS84):\nB1  -23.361528, 119.731944  elev 612 m\nB2  -23.362011, 119.733207  elev 598 m\nB3  -23.362790, 119.734480  elev 585 m")
    add("order-numbers", "Order SO-2026-118842 shipped 24 pallets of kiln-dried spruce (PO 4500771201). Invoice INV-88120-03 due 2026-12-26. Tracking 1Z999AA10123456784.")
    add("timestamps-log", "2026-11-26T07:00:01.114Z INFO  route-planner started pid=44120\n2026-11-26T07:00:03.902Z INFO  loaded 1,284 bins from cache (age 312s)\n2026-11-26T07:00:04.017Z WARN  truck T-17 has no GPS fix since 06:41")
    add("test-fixture-fake", "def test_booking_email():\n    booking = Booking(name=\"Jane Doe\", email=\"jane.doe@example.com\", phone=\"555-0100\", card=\"4111 1111 1111 1111\")\n    assert render_confirmation(booking).startswith(\"Dear Jane Doe\")")
    add("public-companies", "Our integrations list: Epiroc, Sandvik, Caterpillar, Komatsu, Liebherr, Volvo CE; newsroom partners Reuters, AP and AFP; ticketing with Eventim and AXS. All trademarks belong to their owners.")
    add("code-identifiers", "class TokenRefresher:\n    def __init__(self, secret_store: SecretStore, api_key_name: str = \"ALAYACARE_CLIENT_SECRET\") -> None:\n        self._store = secret_store\n        self._key_name = api_key_name\n\n    def password_is_expired(self) -> bool:\n        return self._store.age(self._key_name) > MAX_AGE")
    add("k8s-secret-ref", "env:\n  - name: BIRDIE_API_KEY\n    valueFrom:\n      secretKeyRef:\n        name: birdie-credentials\n        key: api-key\n  - name: BIRDIE_AGENCY\n    value: Kent-North")
    add("terraform-var", "variable \"dealeron_api_key\" {\n  type      = string\n  sensitive = true\n}\n\nresource \"aws_ssm_parameter\" \"dealeron\" {\n  name  = \"/dealer/dealeron/api-key\"\n  type  = \"SecureString\"\n  value = var.dealeron_api_key\n}")
    add("redacted-log", "2026-11-26 10:02:11 auth ok user=*** token=[REDACTED] tenant=sunrise-home\n2026-11-26 10:02:12 fetched 312 visits (token ****a91f)")
    add("basque-placeholder", "Kaixo! Gakoa jartzeko, kopiatu `.env.example` fitxategia eta ordeztu `<zure-gakoa>` zure benetako gakoarekin. Ez dago gakorik fitxategi honetan.")
    add("finnish-docs", "Ohje: aseta ympäristömuuttuja `ARBONAUT_TOKEN` ennen skriptin ajamista, esim. `export ARBONAUT_TOKEN=...`. Älä koskaan kirjoita oikeaa avainta tähän tiedostoon.")
    add("ukrainian-commit-note", "Коміт 8e2f4a1: перенесено ключ API у змінну середовища BLAST_API_KEY; у коді тепер лише os.environ[\"BLAST_API_KEY\"]. Значення ключа в репозиторії більше немає.")
    add("greek-placeholder", "Στο αρχείο ρυθμίσεων βάλε `api_key: \"<το-κλειδί-σου>\"` και `password: changeme` μόνο για τοπικές δοκιμές.")
    add("hebrew-versions", "גרסה 4.12.1 שוחררה ב-26.11.2026. מספר בנייה 88120, מזהה commit ‏a3f9c02. אין שינוי בממשק ה-API.")
    add("japanese-like-ids", "チケットID: TKT-2026-004471 / 座席: A-12 / 公演日: 2027-03-14")
    add("usage-record-clean", usage_page([{"timestamp": "2026-11-25T08:00:12Z", "user_login": "ghost", "surface": "copilot_cli", "model": "gpt-5.1-codex", "prompt_excerpt": "refactor the kiln scheduler into smaller functions", "premium_requests": 1}, {"timestamp": "2026-11-25T08:03:55Z", "user_login": "ghost", "surface": "copilot_cli", "model": "gpt-5.1-codex", "prompt_excerpt": "add unit tests for BoardFeet.round()", "premium_requests": 1}], page=11))
    add("splunk-clean", splunk_hec({"surface": "copilot_coding_agent", "repo": "forestry/kiln-scheduler", "pr": 812, "status": "completed", "duration_s": 734, "tokens_in": 48120, "tokens_out": 6120}))
    add("custom-agent-clean", agent_md("translation-reviewer", "You review pull requests that change files under `locales/`.\n\n- Check placeholders like `{count}` and `%s` are kept.\n- Never invent translations; ask the localisation team.\n- Secrets are in the `LOCALAZY_*` repository secrets; never print them."))
    add("session-log-clean", session_log(["Run started: copilot/add-bin-weight-column", "$ npm test", "Tests: 214 passed, 214 total", "Agent: opened PR #418 'Add bin weight column to route report'"]))
    add("stream-json-clean", stream_json("Bash", {"command": "git rev-parse HEAD"}, "c3499c2729730a7f807efb8676a92dcb6f8a3f8f"))
    add("gemini-cli-clean", gemini_cli("docker images | head -3", "REPOSITORY            TAG       IMAGE ID       CREATED        SIZE\nnewsroom/cms          4.12.1    a1b2c3d4e5f6   2 hours ago    412MB\nnewsroom/wire-ingest  1.8.0     0f9e8d7c6b5a   3 days ago     188MB"))
    add("mcp-browser-clean", mcp("playwright", "Page title: Checkout – Harbor Playhouse\nForm fields: name (empty), email (empty), card number (empty, placeholder 'XXXX XXXX XXXX XXXX')\nButton: Pay now (disabled)"))
    add("mcp-fs-clean", mcp("filesystem", "[FILE] README.md\n[FILE] package.json\n[DIR] src\n[DIR] locales\n[FILE] .env.example"))
    add("cli-debug-clean", cli_debug(["resolved model gpt-5.1 (premium multiplier 1)", "loaded 3 MCP servers: github, filesystem, postgres", "token budget 128000, used 18211"]))
    add("vs-chat-clean", vs_chat("What does HttpClientFactory do here?", "It pools `HttpMessageHandler` instances so the DMS client does not exhaust sockets. Register it with `services.AddHttpClient<DmsClient>()` and inject `DmsClient`."))
    add("jb-ai-clean", jb_ai("Explain this regex", "`^[A-HJ-NPR-Z0-9]{17}$` matches a 17-character VIN without the letters I, O and Q. For example `1HGCM82633A004352` is the standard sample VIN used in documentation."))
    add("markdown-table-clean", "| Provider | Env var | Where to get it |\n|---|---|---|\n| Lokalise | `LOKALISE_TOKEN` | Profile → API tokens |\n| Crowdin | `CROWDIN_TOKEN` | Account settings |\n| DeepL | `DEEPL_AUTH_KEY` | Account → Authentication key |")
    add("diff-removed-secret-ref", "diff --git a/config/prod.yml b/config/prod.yml\n@@ -3,3 +3,3 @@\n-  api_key: ${HAULER_API_KEY}\n+  api_key: ${HAULER_HERO_API_KEY}\n   timeout: 30")
    add("portuguese-versao", "Oi pessoal, a versão 2.3.0 do app de ingressos saiu hoje. Build 4471, commit f00dbabe. A chave da API continua no cofre, não mudou nada pra vocês.")
    add("spanish-peru-placeholders", "Para probar localmente usa el usuario `demo` y la contraseña `demo123` del contenedor de ejemplo; no existen en producción.")
    add("indonesian-order", "Nomor pesanan INV/2026/11/004471 sudah dibayar. Nomor resi JNE 0123456789012. Estimasi tiba 2 hari kerja.")
    add("swahili-version", "Toleo 1.4.2 la programu ya kukusanya taka limetolewa. Nambari ya ujenzi 2291. Hakuna mabadiliko ya API.")
    add("icelandic-coordinates", "Hnit skógræktarsvæðisins: 65.1234° N, 14.5678° W. Hæð 120 m. Mælingar gerðar 2026-10-14.")
    add("lorem-html", "<form action=\"/subscribe\" method=\"post\">\n  <input type=\"email\" name=\"email\" placeholder=\"you@example.com\">\n  <input type=\"password\" name=\"password\" placeholder=\"••••••••\" autocomplete=\"new-password\">\n  <button>Subscribe</button>\n</form>")
    add("hash-in-lockfile", "\"node_modules/date-fns\": {\n  \"version\": \"4.1.0\",\n  \"resolved\": \"https://registry.npmjs.org/date-fns/-/date-fns-4.1.0.tgz\",\n  \"integrity\": \"sha512-Ukq0owbQXxa/U3EGtsdVBkR1w7KOQ5gIBqdH2hkvknzZPYvBxb/aa6E8L7tmjFtkwZBu3UXBbjIgPo/Ez4xaNg==\"\n}")
    add("docker-digest", "FROM python:3.13-slim@sha256:4b1a2f5c9d3e7a8b6c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1a2b\nRUN pip install --no-cache-dir haulroad==3.18.0")
    add("kazakh-docs", "Кілтті `.env` файлына жазыңыз: `TICKET_API_KEY=<сіздің-кілтіңіз>`. Бұл файлда нақты кілт жоқ.")
    add("persian-version", "نسخهٔ ۳٫۱۸٫۰ منتشر شد. شمارهٔ ساخت ۴۴۷۱. کلید API در متغیر محیطی TRANSLATE_KEY خوانده می‌شود.")
    add("warp-clean", warp("kubectl get pods -n waste", "NAME                             READY   STATUS    RESTARTS   AGE\nroute-planner-7d9f8b6c5-x2k4q    1/1     Running   0          3h12m\nbin-sensor-ingest-5c7b9d-9qv2m   1/1     Running   2          1d"))
    add("zed-clean", zed("I renamed `get_secret()` to `load_secret_from_vault()` and updated the three call sites. No values changed; the vault path is still `kv/data/sawmill/kiln`."))
    add("twice-clean", twice("run_tests", {"path": "tests/test_tickets.py", "k": "refund and not slow"}))
    add("qwen-clean", qwen("The failing test uses the fixture email `test@example.org` and card `4242 4242 4242 4242`, which are documented test values. The failure is a timezone issue in `opens_at`."))
    add("kimi-clean", kimi("已将 `API_KEY` 改为从环境变量读取：`os.environ.get(\"LILT_API_KEY\")`。仓库里没有任何密钥值。"))
    add("goose-clean", goose("shell", "pytest -q\n........................................  [100%]\n40 passed in 3.12s"))
    add("augment-clean", augment("The `Password` column in `staff` is a bcrypt hash field name only — the migration creates the column, it doesn't insert data."))
    add("subagent-clean", subagent("security-reviewer", "No hard-coded credentials found in the 42 changed files. `config/settings.py` reads all keys from environment variables."))
    add("ini-placeholders", "[translation]\nprovider = modernmt\napi_key = ${MODERNMT_KEY}\n\n[storage]\nbucket = loc-artifacts\nregion = eu-west-1")
    return out
