# ruff: noqa: E501, RUF001  -- item tables hold whole texts on one line; foreign letters are intended.
"""Twenty-fourth held-out set, written blind (see README.md). Domains: hospitals and clinics,
newsrooms and publishers, warehouse and fulfilment, car dealers and fleet telematics, municipal
government, restaurants and food delivery, biotech and research labs, recruiting/HR-tech.
Providers A-M that no earlier set used.
"""

from __future__ import annotations

import json

from _markup import IP, A, C, D, E, I, P, S, T, U, m, shell
from _values import ALNUM, DIGITS, HEX, LOWNUM, UPNUM, Gen, iban, luhn_complete

B64URL = ALNUM + "-_"


def dumps(obj: object, **kw: object) -> str:
    kw.setdefault("ensure_ascii", False)
    return json.dumps(obj, **kw)  # type: ignore[arg-type]


def compact(obj: object) -> str:
    return json.dumps(obj, separators=(",", ":"))


# carriers ------------------------------------------------------------------------------------

def copilot_term(cmd: str, output: str) -> str:
    """Copilot agent mode (VS Code): run_in_terminal call with JSON-string arguments, then its result."""
    call = dumps({"role": "assistant", "tool_calls": [{"id": "call_k24Tq", "type": "function", "function": {"name": "run_in_terminal", "arguments": dumps({"command": cmd, "explanation": "Run the command", "isBackground": False})}}]})
    res = dumps({"role": "tool", "tool_call_id": "call_k24Tq", "content": output})
    return call + "\n" + res


def copilot_read(path: str, content: str) -> str:
    call = dumps({"role": "assistant", "tool_calls": [{"id": "call_r24Fx", "type": "function", "function": {"name": "read_file", "arguments": dumps({"filePath": path, "startLine": 1, "endLine": 200})}}]})
    return call + "\n" + dumps({"role": "tool", "tool_call_id": "call_r24Fx", "content": content})


def copilot_edit(path: str, code: str) -> str:
    """A Copilot insert_edit_into_file call: the code is JSON inside a JSON string (twice escaped)."""
    return dumps({"role": "assistant", "tool_calls": [{"id": "call_e24Wm", "type": "function", "function": {"name": "insert_edit_into_file", "arguments": dumps({"filePath": path, "explanation": "Add the configuration", "code": code})}}]})


def vs_output(lines: list[str]) -> str:
    """Visual Studio Copilot agent: Output window pane."""
    return "Show output from: GitHub Copilot\n" + "\n".join(f"[agent] {x}" for x in lines)


def coding_agent(steps: list[str]) -> str:
    """Copilot coding agent session log."""
    return "\n".join(f"▶ {s}" for s in steps)


def pr_comment(path: str, line: int, body: str) -> str:
    return dumps({"path": path, "line": line, "body": body, "user": {"login": "Copilot"}, "author_association": "NONE"})


def junie(task: str, out: str) -> str:
    return f"Junie › {task}\n────────────\n{out}"


def cursor_bg(msg: str) -> str:
    return f"[Cursor background agent · bc-7f1e] {msg}"


def continue_ctx(item: str, body: str) -> str:
    return f"<context name=\"{item}\">\n{body}\n</context>"


def roo(tool: str, body: str) -> str:
    return f"Roo wants to {tool}:\n{body}"


def claude_line(text: str) -> str:
    """Claude Code --output-format stream-json: a tool_result line."""
    return dumps({"type": "user", "message": {"role": "user", "content": [{"tool_use_id": "toolu_01Xb24", "type": "tool_result", "content": text}]}, "session_id": "4c1b9e0a-77d2-4f0b-9d7a-2a1c3e55aa01"})


def claude_bash(cmd: str) -> str:
    return dumps({"type": "assistant", "message": {"role": "assistant", "content": [{"type": "tool_use", "id": "toolu_01Xb24", "name": "Bash", "input": {"command": cmd, "description": "run"}}]}})


def codex_cloud(lines: list[str]) -> str:
    return "\n".join(f"codex ⏵ {x}" for x in lines)


def jules(plan: str, out: str) -> str:
    return f"Jules: {plan}\n\n{out}"


def replit(msg: str) -> str:
    return f"Replit Agent\n{msg}"


def mcp(text: str) -> str:
    return dumps({"jsonrpc": "2.0", "id": 41, "result": {"content": [{"type": "text", "text": text}], "isError": False}})


def nb_cell(src: list[str], out: list[str]) -> str:
    return dumps({"cell_type": "code", "execution_count": 7, "source": src, "outputs": [{"output_type": "stream", "name": "stdout", "text": out}]}, indent=1)


def secrets(g: Gen) -> list[tuple[str, list[str], str]]:
    out: list[tuple[str, list[str], str]] = []

    def add(p: str, t: str, providers: list[str] | None = None) -> None:
        out.append((f"holdout24:{p}", providers or [p], t))

    # hospitals, clinics, labs, pharmacy ----------------------------------------------------
    add("meditech", copilot_read("/home/" + U("rnakamura") + "/src/ward-board/.env", f"MEDITECH_EXPANSE_BASE=https://expanse-api.stlukes-regional.org/v1\nMEDITECH_CLIENT_ID=ward-board\nMEDITECH_CLIENT_SECRET={S(g.mixed(ALNUM, 40))}\nBED_REFRESH_SECONDS=45\n"))
    add("charmhealth", f"# charm_sync.py — nightly appointment export for the Pune clinic\nCHARM_API = \"https://ehr2.charmtracker.com/api/ehr/v1\"\nCHARM_REFRESH_TOKEN = \"{S('1000.' + g.s(HEX, 32) + '.' + g.s(HEX, 32))}\"  # old one, revoked\nCHARM_REFRESH_TOKEN = \"{S('1000.' + g.s(HEX, 32) + '.' + g.s(HEX, 32))}\"\nCHARM_API_KEY = \"{S(g.s(HEX, 40))}\"")
    add("imprivata", f"Bonjour, la connexion SSO au poste infirmier tombe toutes les 10 minutes. Dans le fichier de config d'Imprivata OneSign on a mis `AgentSharedSecret={S(g.mixed(ALNUM, 24))}` — est-ce que c'est ce secret qui doit être identique sur tous les postes du CHU ?")
    add("intersystems", shell("iris session HSCUSTOM -U %SYS", f"Username: _SYSTEM\nPassword: {S('Iris-Hs-Prod!2026')}\nNode: hs-prod-01, Instance: HSCUSTOM\n\n%SYS>", prompt="[hsadmin@hs-prod-01 ~]$ "))
    add("corepoint+cloverleaf", f"[interfaces]\n; lab results feed → EHR\ncorepoint_admin_user = cpadmin\ncorepoint_admin_pass = {S('Lab2Ehr#Feed77')}\n\n[cloverleaf]\nsite = adt_prod\nhost_server_password = {S(g.password())}\nport = 7801", ["corepoint", "cloverleaf"])
    add("lyniate", f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: lyniate-rhapsody\n  namespace: integration\ntype: Opaque\nstringData:\n  RHAPSODY_USER: svc-hl7-router\n  RHAPSODY_PASSWORD: \"{S('Rhapsody_Ward9_' + g.s(DIGITS, 4))}\"\n  LYNIATE_ENVOY_API_KEY: \"{S(g.s(HEX, 48))}\"")
    add("hospitalrun", claude_line(f"  12 | COUCHDB_URL=http://{U('hradmin')}:{S('couch-Tanz4nia-88')}@couchdb.hospitalrun.local:5984\n  13 | HOSPITALRUN_PORT=3000\n  14 | SEED_DEMO=false"))
    add("medesk", f"Добрый день! Подключаю Medesk к нашей CRM для записи пациентов. Вот ключ, который выдал их саппорт: {S(g.s(LOWNUM, 32))}. Запрос на /api/appointments возвращает 403, что я делаю не так?")
    add("drfirst", f"<appSettings>\n  <add key=\"DrFirst.Rcopia.Vendor\" value=\"vendor_clinicaone\" />\n  <add key=\"DrFirst.Rcopia.VendorPassword\" value=\"{S(g.password())}\" />\n  <add key=\"DrFirst.Rcopia.PracticeUser\" value=\"{U('mholloway_md')}\" />\n  <add key=\"DrFirst.Rcopia.Url\" value=\"https://engine201.drfirst.com/servlet/rcopia.servlet.EngineServlet\" />\n</appSettings>")
    add("covermymeds", codex_cloud(["Running tests in apps/prior-auth", "FAILED tests/test_cmm.py::test_submit - 401 Unauthorized", f"Captured env: CMM_API_ID=pa-bridge-prod CMM_API_SECRET={S(g.s(LOWNUM, 32))}", "Suggest: load CMM_API_SECRET from the task secrets instead of tests/conftest.py"]))
    add("epocrates+firstdatabank", f"| service | key name | value |\n|---|---|---|\n| Epocrates partner API | EPOC_PARTNER_KEY | {S(g.s(UPNUM, 28))} |\n| FDB MedKnowledge cloud | FDB_CLIENT_SECRET | {S(g.uuid())} |\n| RxNorm (public) | none | n/a |", ["epocrates", "firstdatabank"])
    add("medispan", f"Hola equipo, para el módulo de interacciones de la farmacia del hospital usé la licencia de Medi-Span. En `appsettings.Production.json` quedó así: \"MediSpanLicenseKey\": \"{S(g.s(UPNUM, 5) + '-' + g.s(UPNUM, 5) + '-' + g.s(UPNUM, 5) + '-' + g.s(UPNUM, 5))}\". ¿Lo paso a Azure Key Vault antes del despliegue?")
    add("goodrx", f"const goodrx = require('./lib/goodrx');\n\n// price comparison widget on the discharge page\nconst client = goodrx.create({{\n  apiKey: '{S('c1b' + g.s(HEX, 29))}',\n  secretKey: '{S(g.b64(30))}',\n}});")
    add("altopharmacy", f"ALTO_PARTNER_ID=clinic-mission-bay\nALTO_WEBHOOK_SECRET={S('whsec_' + g.mixed(ALNUM, 32))}\nALTO_API_TOKEN={S(g.mixed(ALNUM, 44))}")
    add("cardinalhealth+amerisourcebergen", f"# wholesaler EDI connectors (hospital pharmacy)\ncardinal:\n  sftp_host: edi.cardinalhealth.com\n  sftp_user: {U('HOSP4471')}\n  sftp_password: \"{S('Cardi-nal!Pharm4471')}\"\namerisourcebergen:\n  abc_order_api_key: {S(g.s(HEX, 32))}", ["cardinalhealth", "amerisourcebergen"])
    add("mckesson", f"Hallo Team, der Zugang zum McKesson Connect Bestellportal für die Stationsapotheke: Benutzer {U('kh-nord-apotheke')}, Passwort {S('Apotheke2026!Nord')}. Bitte nicht ins Wiki kopieren, ich trage es in KeePass ein.")
    add("labcorp", shell("curl -s -X POST https://api.labcorp.com/link/v2/orders -H 'Authorization: Bearer " + S(g.jwt(compact({'sub': 'clinic-17720', 'scope': 'orders:write', 'exp': 1798761600}))) + "' -d @order_cbc.json", "{\"orderId\":\"LC-88410273\",\"status\":\"RECEIVED\"}"))
    add("bioreference+ambry", f"- name: upload genetic test requisitions\n  env:\n    BRL_API_KEY: {S(g.s(ALNUM, 36))}\n    AMBRY_PORTAL_TOKEN: {S('amb_' + g.s(LOWNUM, 40))}\n  run: python tools/requisitions.py --batch today", ["bioreference", "ambry"])
    add("genoptix+invitae", pr_comment("integrations/oncology/pathology_client.py", 27, f"These two literals are live credentials: `GENOPTIX_SFTP_PASS = \"{S('Onco!Path-2219')}\"` and `INVITAE_API_KEY = \"{S(g.s(HEX, 40))}\"`. Please move them into the secrets manager and rotate both, since they are in the branch history now."), ["genoptix", "invitae"])
    add("apixio", f"Apixio HCC coding export fails:\n\n  File \"export.py\", line 41, in <module>\n    client = ApixioClient(api_key=\"{S(g.s(LOWNUM, 48))}\", env=\"prod\")\n  apixio.errors.AuthError: key not authorised for org 'summit-medical-group'")
    add("innovaccer", f"innovaccer:\n  data_activation_platform:\n    tenant: northbay-aco\n    client_id: dap-ingest\n    client_secret: {S(g.mixed(ALNUM + '-_', 40))}")
    add("healthcatalyst+lumeris", f"[dos_connection]\nserver = hc-dos-sql.corp.local\nuser = dos_etl\npassword = {S(g.password())}\n\n[lumeris]\nsftp_key_passphrase = {S('lumeris-maple-Quarter-91')}", ["healthcatalyst", "lumeris"])
    add("bamboohealth", f"Για το PMP του νοσοκομείου χρησιμοποιούμε το Bamboo Health API. Το κλειδί είναι {S(g.s(HEX, 32))} και το username {U('pmp_gateway_01')}. Μπορείς να μου γράψεις το αίτημα σε Python;")
    add("caresyntax", f"$ helm upgrade --install or-analytics ./charts/caresyntax \\\n    --set caresyntax.apiKey={S(g.s(UPNUM, 32))} \\\n    --set caresyntax.site=ukgm-marburg\nRelease \"or-analytics\" has been upgraded. Happy Helming!")
    add("ehrbase", f"EHRBASE_URL=http://ehrbase:8080/ehrbase/rest/openehr/v1\nSECURITY_AUTHTYPE=BASIC\nSECURITY_AUTHUSER=ehrbase-user\nSECURITY_AUTHPASSWORD={S('openEHR-Kiel-Nacht7')}\nSECURITY_AUTHADMINUSER=ehrbase-admin\nSECURITY_AUTHADMINPASSWORD={S(g.password())}")
    add("doximity", f"ドキュメント用メモ: Doximity Dialer の連携テストで使っているクライアントシークレットは {S(g.s(LOWNUM, 64))} です。本番用とは別ですが、リポジトリには入れないでください。")
    add("amwell+mdlive", f"// telehealth/providers.ts\nexport const providers = {{\n  amwell: {{ sdkKey: '{S(g.s(HEX, 32))}', env: 'IOT' }},\n  mdlive: {{ apiUser: 'mdl_partner_ce', apiPassword: '{S(g.password())}' }},\n}};", ["amwell", "mdlive"])
    add("jameda", f"Junie › update the Jameda review widget script\n────────────\nFound in web/public/jameda.js:\n  const JAMEDA_PARTNER_TOKEN = \"{S(g.mixed(ALNUM, 32))}\";\nThis token is shipped to every browser. I will move the call to the backend proxy instead.")
    add("kry+babylon", f"KRY_API_BASE=https://partner.kry.se/api\nKRY_PARTNER_SECRET={S(g.b64(32))}\n# babylon integration retired 2025, key kept for the archive job\nBABYLON_ARCHIVE_KEY={S(g.s(HEX, 40))}", ["kry", "babylon"])
    add("khealth+adahealth", f"Tamam, K Health ve Ada Health semptom kontrolcüsü için anahtarları .env dosyasına ekledim:\n\nKHEALTH_TOKEN={S('kh_live_' + g.mixed(ALNUM, 30))}\nADA_CLIENT_SECRET={S(g.mixed(ALNUM, 48))}\n\nSunucuyu yeniden başlatmanız yeterli.", ["khealth", "adahealth"])
    add("medidata", shell("rws-cli --url https://acme-biopharma.mdsol.com/RaveWebServices --user " + U("ctms_sync") + " --password '" + S("Rave#Study0417") + "' datasets --study ONC-204", "Fetched 3 datasets (ONC-204 PROD)"))
    add("castoredc+clinion+medrio", f"Trial EDC credentials (sandbox only):\n- Castor EDC client secret: {S(g.s(HEX, 32))}\n- Clinion API key: {S(g.s(UPNUM, 24))}\n- Medrio service password: {S(g.password())}", ["castoredc", "clinion", "medrio"])
    add("certara", f"# PK modelling server licence\nexport CERTARA_LICENSE_SERVER=lic.certara-cloud.com\nexport CERTARA_API_TOKEN={S(g.b64(36, urlsafe=True))}\nphoenix-batch --project nca_study_77 --run all")

    # newsrooms and publishers ----------------------------------------------------------------
    add("arcxp", copilot_term("curl -s https://api.lanacion-sandbox.arcpublishing.com/content/v4/search?q=type:story -H 'Authorization: Bearer " + S(g.s(UPNUM, 16) + g.s(LOWNUM, 48)) + "' | jq '.count'", "1287"))
    add("brightspot", f"# brightspot.properties (staging)\nbrightspot.api.url=https://cms-stg.dailyherald-group.com/graphql/delivery\nbrightspot.api.client.id=app-newsletter\nbrightspot.api.client.secret={S(g.uuid())}\nbrightspot.preview.enabled=true")
    add("chartbeat", f"Hei, kan du sjekke hvorfor dashboardet for forsiden er tomt? Scriptet kaller Chartbeat slik: https://api.chartbeat.com/live/toppages/v4/?apikey={S(g.s(HEX, 32))}&host=aftenbladet.no&limit=25")
    add("apnews+afp+dpa", f"WIRE_FEEDS:\n  ap:\n    endpoint: https://api.ap.org/media/v/content/feed\n    x-api-key: {S(g.s(LOWNUM, 32))}\n  afp:\n    username: {U('redaction_lyon')}\n    password: \"{S('Depeche&Rhone2026')}\"\n  dpa:\n    wireq_token: {S(g.s(HEX, 8) + '-' + g.s(HEX, 4) + '-' + g.s(HEX, 4) + '-' + g.s(HEX, 4) + '-' + g.s(HEX, 12))}", ["apnews", "afp", "dpa"])
    add("efe+ansa", f"Ciao! Il feed dell'ANSA in redazione non si aggiorna da stamattina. Nel cron c'è:\n\n    wget --user={U('redaz_tn')} --password='{S('Trento_Notizie!5')}' https://feed.ansa.it/xml/ultimora.xml\n\nE per EFE usiamo la chiave {S(g.s(ALNUM, 40))}. Mi aiuti a capire quale dei due è scaduto?", ["efe", "ansa"])
    add("factiva+dowjones", f"import os\nfrom djdna import Client\n\n# Dow Jones DNA / Factiva snapshots for the investigations desk\nclient = Client(user_key=\"{S(g.s(ALNUM, 32))}\")\nFACTIVA_SERVICE_ACCOUNT = \"svc-investig-desk\"\nFACTIVA_PASSWORD = \"{S(g.password())}\"", ["dowjones", "factiva"])
    add("gettyimages", shell("export GETTY_API_KEY=" + S(g.s(LOWNUM, 24)) + " GETTY_API_SECRET=" + S(g.mixed(ALNUM, 32)) + " && python photodesk/sync_getty.py --since 6h", "Synced 341 editorial images (Sport, Politics)"))
    add("alamy+adobestock", f"<!-- picture-desk settings -->\n<providers>\n  <alamy apiKey=\"{S(g.s(HEX, 32))}\" account=\"news-north\" />\n  <adobeStock clientId=\"PicDesk/1.0\" apiKey=\"{S(g.s(HEX, 32))}\" />\n</providers>", ["alamy", "adobestock"])
    add("avid", f"Avid MediaCentral Cloud UX service account for the newsroom ingest bot:\n  host: mccux.broadcast.tv2.local\n  user: {U('ingest-bot')}\n  password: {S('Nyheder-TV2-Odense8')}\n(Det er midlertidigt, {P('Mette')} skifter det efter valgnatten.)")
    add("celtra", f"CELTRA_API_USER=adops-magazines\nCELTRA_API_SECRET={S(g.s(HEX, 40))}\nCELTRA_ACCOUNT_ID=4f1ac20e")
    add("flipboard+applenews", f"# syndication.toml\n[flipboard]\npartner_token = \"{S(g.mixed(ALNUM, 36))}\"\n\n[apple_news]\nchannel_id = \"{g.uuid()}\"\napi_key_id = \"{g.uuid()}\"\napi_key_secret = \"{S(g.b64(32))}\"", ["flipboard", "applenews"])
    add("cue+escenic", f"Hej! Vi migrerar från Escenic till CUE. I den gamla `escenic.properties` står `escenic.webservice.password={S('Sundsvall-Tidning44')}` och i nya CUE-konfigurationen `cue.api.token={S(g.s(LOWNUM, 40))}`. Ska båda in i Vault eller räcker det med den nya?", ["cue", "escenic"])
    add("eidosmedia", f"2026-11-26 23:41:07 ERROR [methode-bridge] login failed user={U('nightdesk')} password={S('Methode!Night0304')} server=swing.eidosmedia.publisher.local:8080")
    add("atex+blox", pr_comment("print/export/atex_client.rb", 9, f"`ATEX_DESKNET_KEY = \"{S(g.s(HEX, 32))}\"` and below it `BLOX_API_SECRET = \"{S(g.mixed(ALNUM, 32))}\"` — both are production. Please read them from ENV and rotate; the BLOX one grants write access to every TownNews site of the group."), ["atex", "blox"])
    add("marfeel", f"<script>\n  // TODO: server-side only!\n  window.marfeel = {{ accountId: 1827, apiSecret: '{S(g.s(HEX, 40))}' }};\n</script>")
    add("laterpay+evolok", f"Paywall migration notes (Jules):\n- LaterPay merchant secret found in paywall/settings.py: {S(g.s(HEX, 32))}\n- Evolok AM API key in docker-compose.override.yml: {S(g.s(UPNUM, 8) + '-' + g.s(UPNUM, 8))}\nBoth moved to Secret Manager; the old values should be revoked by the publisher.", ["laterpay", "evolok"])
    add("comscore+ipsos", f"ANALYTICS_COMSCORE_CLIENT_ID=publisher-88231\nANALYTICS_COMSCORE_SECRET={S(g.mixed(ALNUM, 32))}\nIPSOS_IRIS_TOKEN={S(g.s(HEX, 64))}", ["comscore", "ipsos"])
    add("datawrapper", f"Datawrapper-ի API token-ը, որը պետք է graphics desk-ի script-ում օգտագործել: {S(g.mixed(ALNUM, 64))} — խնդրում եմ մի դրեք այն GitHub-ում։")
    add("flourish+infogram", continue_ctx("charts/.env", f"FLOURISH_API_KEY={S(g.mixed(ALNUM, 40))}\nINFOGRAM_API_KEY={S(g.s(LOWNUM, 32))}\nINFOGRAM_API_SECRET={S(g.s(LOWNUM, 32))}"), ["flourish", "infogram"])
    add("muckrack+cision+agilitypr", f"PR monitoring tokens (do not share outside comms):\n\n| tool | token |\n|---|---|\n| Muck Rack | {S(g.s(HEX, 40))} |\n| Cision Connect | {S(g.uuid())} |\n| Agility PR | {S(g.mixed(ALNUM, 28))} |", ["muckrack", "cision", "agilitypr"])
    add("dataminr", f"Olá! O alerta do Dataminr First Alert parou na redação do Porto. O código faz:\n\n```python\nr = requests.post('https://gateway.dataminr.com/auth/2/token', data={{'grant_type': 'api_key', 'client_id': 'redacao-porto', 'client_secret': '{S(g.s(LOWNUM, 32))}'}})\n```\n\nDevolve 400. Podes ajudar?")
    add("crowdtangle", f"# social listening notebook\nCT_TOKEN = \"{S(g.mixed(ALNUM, 40))}\"\nposts = ct.search(token=CT_TOKEN, term=\"hochwasser\", count=100)")
    add("inkl+blendle+glomex", f"syndication:\n  inkl:\n    publisher_secret: {S(g.s(HEX, 32))}\n  blendle:\n    api_key: {S(g.s(LOWNUM, 40))}\n  glomex:\n    integration_id: 4059-ddc\n    api_secret: {S(g.b64(24))}", ["inkl", "blendle", "glomex"])
    add("admiral", f"Admiral adblock recovery — the snippet the agent added to `templates/base.html` includes the property secret `{S(g.s(HEX, 48))}`. That value is only meant for the server-side reporting API; the front-end needs the public property id only.")
    add("freewheel+magnite", f"export FW_NETWORK_ID=169843\nexport FW_API_TOKEN={S(g.mixed(ALNUM, 40))}\nexport MAGNITE_ACCESS_KEY={S(g.s(HEX, 32))}\nexport MAGNITE_SECRET={S(g.s(HEX, 64))}", ["freewheel", "magnite"])
    add("indexexchange+criteo", f"{{\n  \"bidders\": {{\n    \"ix\": {{ \"siteId\": \"591821\", \"reportingToken\": \"{S(g.s(LOWNUM, 40))}\" }},\n    \"criteo\": {{ \"networkId\": 9922, \"clientSecret\": \"{S(g.mixed(ALNUM, 32))}\" }}\n  }}\n}}", ["indexexchange", "criteo"])
    add("amagi", f"Amagi CLOUDPORT playout API, channel 'news24x7-hindi' — समाचार चैनल के playout के लिए token: {S(g.s(HEX, 8) + '.' + g.s(ALNUM, 40))}। इसे Jenkins credentials में डाल दो, script में नहीं।")
    add("automattic", f"$ wp config get --allow-root\n...\nVIP_GO_APP_ENVIRONMENT  production\nVIP_WOOCOMMERCE_KEY     {S('ck_' + g.s(HEX, 40))}\nVIP_WOOCOMMERCE_SECRET  {S('cs_' + g.s(HEX, 40))}\nJETPACK_BLOG_TOKEN      {S(g.mixed(ALNUM, 32) + '.' + g.mixed(ALNUM, 32))}", ["automattic"])
    add("medium", f"Publishing our weekly round-up to Medium via the integration token: `{S('2' + g.s(HEX, 64))}`. Copilot, please wire this into the `publish_roundup` GitHub Action, but through a secret, not in the YAML.")

    # warehouse and fulfilment ----------------------------------------------------------------
    add("manhattanassociates", f"# Manhattan Active WM — wave release job\nMAWM_BASE_URL=https://dcnorth.omni.manh.com\nMAWM_CLIENT_ID=omnicomponent.1.0.0\nMAWM_CLIENT_SECRET={S(g.s(HEX, 8) + '-' + g.s(HEX, 4) + '-' + g.s(HEX, 4) + '-' + g.s(HEX, 4) + '-' + g.s(HEX, 12))}\nMAWM_USER={U('wave_release_bot')}\nMAWM_PASSWORD={S('Pallet#Dock17west')}")
    add("blueyonder", copilot_term("az keyvault secret show --vault-name kv-dc-ops --name by-luminate-secret --query value -o tsv", S(g.mixed(ALNUM + '~._-', 40))))
    add("korber+infornexus", f"[korber_k_motion]\nserver = kmotion-wms.dc-duisburg.local\nuser = KMOTION_IF\npassword = {S('Duisburg!Lager22')}\n\n[infor_nexus]\ndatakey = {S(g.s(HEX, 40))}\nuserid = nexus-edi-de", ["korber", "infornexus"])
    add("deposco+logiwa", f"Cześć! Integracja z Deposco i Logiwa dla magazynu w Strykowie: klucz Deposco to {S(g.s(ALNUM, 32))}, a hasło do konta API Logiwa: {S('Strykow-Magazyn!9')}. Przenieś to proszę do sekretów GitLaba, bo teraz siedzi w `config/wms.rb`.", ["deposco", "logiwa"])
    add("locusrobotics", shell("locusctl --site atl-3 --token " + S(g.s(LOWNUM, 48)) + " robots list --state charging", "LR-0412  charging  87%\nLR-0419  charging  64%\nLR-0533  charging  91%"))
    add("autostore+exotec", f"autostore:\n  grid_id: GRID-OSLO-2\n  api_key: \"{S(g.s(HEX, 32))}\"\nexotec:\n  skypod_gateway: https://skypod-gw.fc-lille.local\n  client_secret: \"{S(g.mixed(ALNUM, 40))}\"", ["autostore", "exotec"])
    add("geekplus+berkshiregrey", f"// robotics adapters\nconst GEEK_APP_KEY = '{g.s(LOWNUM, 16)}';\nconst GEEK_APP_SECRET = '{S(g.s(HEX, 32))}';\nconst BG_API_TOKEN = process.env.BG_API_TOKEN || '{S('bg_' + g.mixed(ALNUM, 36))}';", ["geekplus", "berkshiregrey"])
    add("arrivy", f"Arrivy ilikuwa inakataa webhook zetu. Nimegundua kuwa tulikuwa tunatuma `X-Auth-Key: {S(g.s(HEX, 8) + '-' + g.s(HEX, 4) + '-' + g.s(HEX, 4) + '-' + g.s(HEX, 4) + '-' + g.s(HEX, 12))}` na `X-Auth-Token: {S(g.s(HEX, 8) + '-' + g.s(HEX, 4))}` kutoka kwa akaunti ya zamani ya ghala la Mombasa.")
    add("dearinventory+fishbowl", f"DEAR_ACCOUNT_ID={g.uuid()}\nDEAR_APPLICATION_KEY={S(g.uuid())}\nFISHBOWL_HOST=fb.wholesale-kiwi.local:28192\nFISHBOWL_USER=admin\nFISHBOWL_PASSWORD={S('Kiwi-Stock-Take-2026')}", ["dearinventory", "fishbowl"])
    add("mintsoft+huboo+byrd", f"## 3PL credentials audit (Roo Code summary)\n\n- `mintsoft.py`: `API_KEY = \"{S(g.uuid())}\"` — live\n- `huboo.yml`: `bearer: {S(g.s(ALNUM, 48))}` — live\n- `byrd.env`: `BYRD_PASSWORD={S('byrd!Wien-Lager3')}` — live\n\nRecommendation: rotate all three and load them from AWS Secrets Manager.", ["mintsoft", "huboo", "byrd"])
    add("cubyn+bigblue", f"Salut ! Le connecteur Cubyn renvoie 401 depuis lundi et Bigblue aussi. Voilà les deux clés dans `.env.production` :\n\nCUBYN_API_KEY={S(g.s(HEX, 40))}\nBIGBLUE_TOKEN={S('bb_' + g.s(LOWNUM, 40))}\n\nÇa vient de la rotation faite par l'entrepôt de Bondoufle ?", ["cubyn", "bigblue"])
    add("locad", f"Locad API-এর key: {S(g.s(ALNUM, 40))} — এটা এখন `fulfilment/sg.py` ফাইলে hard-coded আছে, দয়া করে environment variable এ নিয়ে যাও।")
    add("generix+hopstack", f"# generix.ini\n[Generix_WMS]\nUrl=https://wms.generix-saas.eu/ws\nLogin=EDI_LOGISTIQUE_LYON\nPassword={S(g.password())}\n\n[Hopstack]\nApiKey={S(g.s(HEX, 48))}", ["generix", "hopstack"])
    add("infoplus", copilot_edit("src/Infoplus/Client.cs", f"var client = new InfoplusClient(\"https://dcwest.infopluswms.com/infoplus-wms/api\");\nclient.Configuration.ApiKey[\"API-Key\"] = \"{S(g.s(HEX, 64))}\";\nvar orders = await client.OrderApi.GetOrderBySearchAsync(\"status eq 'On Order'\");"))
    add("magaya", f"Magaya Cloud Liveconnection — forwarder Miami:\n  network id: 21877\n  user: {U('miami_ops_api')}\n  password: {S('Brickell$Freight18')}\n(Please don't forward this mail.)")
    add("flowspace+deliverr", f"FLOWSPACE_API_TOKEN={S('fs_' + g.s(HEX, 48))}\n# Deliverr (now Flexport) legacy key\nDELIVERR_API_KEY={S(g.mixed(ALNUM, 32))}", ["flowspace", "deliverr"])
    add("cartrover+channelape", f"$ heroku config -a fulfil-bridge\n=== fulfil-bridge Config Vars\nCARTROVER_API_USER: cr_bridge_881\nCARTROVER_API_KEY:  {S(g.s(HEX, 32))}\nCHANNELAPE_SESSION: {S(g.uuid())}\nDATABASE_URL:       postgres://{U('u4k1dq')}:{S(g.s(HEX, 64))}@ec2-3-91-10-7.compute-1.amazonaws.com:5432/d8a1b2", ["cartrover", "channelape"])
    add("fulfil", f"from fulfil_client import Client\n\nclient = Client('warehouse-oakland', '{S(g.s(HEX, 32))}')\nShipment = client.model('stock.shipment.out')\nprint(Shipment.search_read([('state', '=', 'packed')], None, None, None, ['number']))")
    add("consafe", f"{{\"type\":\"response_item\",\"payload\":{{\"type\":\"function_call_output\",\"output\":\"CONSAFE_ASTRO_API_KEY={S(g.uuid())}\\nCONSAFE_CLIENT_SECRET={S(g.b64(24))}\\nCONSAFE_WAREHOUSE=GBG-02\"}}}}")
    add("dematic", f"Dematic iQ warehouse software — ให้ใช้ partner key นี้สำหรับโกดังบางนา: {S(g.s(UPNUM, 32))} ห้าม commit ลง repo นะครับ")

    # car dealers and fleet telematics ------------------------------------------------------
    add("cdkglobal", f"CDK Fortellis / Drive DMS integration (dealer group: Lakeside Auto)\nFORTELLIS_CLIENT_ID=4b1{g.s(LOWNUM, 29)}\nFORTELLIS_CLIENT_SECRET={S(g.mixed(ALNUM, 32))}\nCDK_SUBSCRIPTION_ID={g.uuid()}", ["cdkglobal"])
    add("fortellis", jules("Replace the hard-coded Fortellis key in services/repair-orders/client.go", f"-const fortellisSecret = \"{S(g.mixed(ALNUM, 32))}\"\n+var fortellisSecret = os.Getenv(\"FORTELLIS_SECRET\")"))
    add("dealertrack+dealersocket", f"{{\"dealertrack\": {{\"partnerId\": \"DT-77102\", \"partnerKey\": \"{S(g.s(HEX, 40))}\"}}, \"dealersocket\": {{\"username\": \"{U('ds_lead_import')}\", \"password\": \"{S('Showroom!Lead-42')}\"}}}}", ["dealertrack", "dealersocket"])
    add("elead+autoalert", f"Estamos conectando el CRM eLead y AutoAlert del concesionario de Monterrey. Pongo aquí las claves para que las revises:\n- ELEAD_SUBSCRIPTION_KEY: {S(g.s(HEX, 32))}\n- AUTOALERT_PASSWORD: {S('Monterrey.Autos2026')}\nDespués las borro del ticket.", ["elead", "autoalert"])
    add("autotrader+cargurus+carscom", f"# inventory syndication\n[autotrader]\nfeed_user = dealer_48811\nfeed_pass = {S('AutoTrader!Feed48811')}\n[cargurus]\napi_key = {S(g.s(LOWNUM, 32))}\n[carscom]\nbearer = {S(g.jwt(compact({'dealer': '48811', 'scope': 'inventory'})))}", ["autotrader", "cargurus", "carscom"])
    add("autocheck+chromedata+dataone", f"VIN_DECODER=dataone\nDATAONE_CLIENT_ID=41877\nDATAONE_AUTH_CODE={S(g.s(HEX, 40))}\nCHROMEDATA_ACCOUNT=321877\nCHROMEDATA_SECRET={S(g.s(HEX, 16))}\nAUTOCHECK_SID={S(g.s(UPNUM, 12))}", ["dataone", "chromedata", "autocheck"])
    add("kbb+jdpower+blackbook", f"Valuation API keys (used by trade-in widget):\n\n    KBB_API_KEY        = {S(g.s(LOWNUM, 24))}\n    JDPOWER_VALUES_KEY = {S(g.uuid())}\n    BLACKBOOK_PASSWORD = {S(g.password())}\n\nAll three are copied from the old PHP app; rotate after cut-over.", ["kbb", "jdpower", "blackbook"])
    add("carvana+carmax", f"// partner-offers.kt\nobject PartnerKeys {{\n    const val CARVANA_OFFER_KEY = \"{S(g.s(HEX, 32))}\"\n    const val CARMAX_MAXOFFER_TOKEN = \"{S(g.mixed(ALNUM, 40))}\"\n}}", ["carvana", "carmax"])
    add("autoscout24+mobilede", f"Hallo! Unser Händler-Export zu mobile.de und AutoScout24 bricht ab. In `export.yml`:\n\nmobile_de:\n  seller_api_user: {U('ah-schwaben-123')}\n  seller_api_password: '{S('Schwaben!Autohaus7')}'\nautoscout24:\n  client_secret: '{S(g.mixed(ALNUM, 36))}'\n\nKannst du bitte den Fehler im Mapping suchen?", ["mobilede", "autoscout24"])
    add("carwow+motorway+cazoo", f"CARWOW_DEALER_API_KEY={S(g.s(HEX, 40))}\nMOTORWAY_PARTNER_TOKEN={S(g.s(ALNUM, 48))}\n# cazoo is gone but the import job still references it\nCAZOO_API_KEY={S(g.s(HEX, 32))}", ["carwow", "motorway", "cazoo"])
    add("keyloop+incadea+kerridge", codex_cloud(["Scanning repository for secrets before opening PR", f"dms/keyloop.cfg: client_secret={S(g.mixed(ALNUM, 32))}", f"dms/incadea.cfg: password={S('Incadea#Werk2')}", f"dms/kerridge.cfg: kcs_token={S(g.s(HEX, 40))}", "Moved all three to the task environment; please rotate them in the dealer portal."]), ["keyloop", "incadea", "kerridge"])
    add("autosoft+dominion", f"Autosoft DMS API password for the Zagreb showroom is {S('Zagreb_Salon!2026')}, a Dominion DealerFire API token je {S(g.s(LOWNUM, 40))}. Molim te prebaci ih u Azure Key Vault, sada su u appsettings.json.", ["autosoft", "dominion"])
    add("dealerfire+dealerinspire+drivecentric", f"| Vendor | Variable | Value |\n|---|---|---|\n| DealerFire | DF_TOKEN | {S(g.s(HEX, 32))} |\n| Dealer Inspire | DI_API_KEY | {S(g.mixed(ALNUM, 32))} |\n| DriveCentric | DC_SECRET | {S(g.uuid())} |", ["dealerfire", "dealerinspire", "drivecentric"])
    add("carsxe+jato", f"import requests\nCARSXE_KEY = \"{S(g.mixed(ALNUM, 32))}\"\nr = requests.get(\"https://api.carsxe.com/specs\", params={{\"key\": CARSXE_KEY, \"vins\": \"1HGCM82633A004352\"}})\njato_headers = {{\"Subscription-Key\": \"{S(g.s(HEX, 32))}\"}}", ["carsxe", "jato"])
    add("haynespro+alldata+identifix", f"workshop-portal/.env\nHAYNESPRO_DISTRIBUTOR_PASSWORD={S('Werkplaats#Utrecht9')}\nALLDATA_API_KEY={S(g.s(UPNUM, 32))}\nIDENTIFIX_TOKEN={S(g.b64(30))}", ["haynespro", "alldata", "identifix"])
    add("mitchell1", f"Mitchell 1 ProDemand ilə işləyən skript: istifadəçi {U('baku_servis')}, şifrə {S('Baku-Servis!1918')}. Bunu koddan çıxarmaq lazımdır.", ["mitchell1"])
    add("coxautomotive+manheim", copilot_read("C:\\Users\\" + U("jpetrov") + "\\source\\repos\\Auctions\\appsettings.json", f"{{\n  \"Manheim\": {{\n    \"ClientId\": \"mh-remarketing\",\n    \"ClientSecret\": \"{S(g.mixed(ALNUM, 24))}\"\n  }},\n  \"CoxAutomotive\": {{ \"BridgeApiKey\": \"{S(g.s(HEX, 32))}\" }}\n}}"), ["manheim", "coxautomotive"])
    add("acvauctions+adesa+copart+iaai", f"remarketing:\n  acv: {{ api_key: {S(g.s(HEX, 40))} }}\n  adesa: {{ user: ab_dealer_0091, password: \"{S('Adesa!Lane-0091')}\" }}\n  copart: {{ member_token: {S(g.s(UPNUM, 24))} }}\n  iaai: {{ buyer_api_secret: {S(g.mixed(ALNUM, 36))} }}", ["acvauctions", "adesa", "copart", "iaai"])
    add("lytx", vs_output(["Reading FleetSafety/Config/lytx.json", f"Found DriveCam API credentials: \"apiKey\": \"{S(g.s(HEX, 32))}\"", "Suggest moving to user-secrets (dotnet user-secrets set Lytx:ApiKey ...)"]))
    add("gpsinsight+gpstrackit", f"GPS_INSIGHT_USER=fleet-api-es\nGPS_INSIGHT_APP_TOKEN={S(g.s(HEX, 32))}\nGPSTRACKIT_USER=fleet-es\nGPSTRACKIT_PASSWORD={S('Furgonetas!Madrid3')}", ["gpsinsight", "gpstrackit"])
    add("keeptruckin", f"$ curl -s 'https://api.keeptruckin.com/v1/vehicle_locations' -H 'X-Api-Key: {S(g.uuid())}' | head -c 200\n{{\"vehicles\":[{{\"vehicle\":{{\"id\":40121,\"number\":\"TRK-112\",\"current_location\":{{\"lat\":41.88,\"lon\":-87.63}}}}}}]}}")
    add("masternaut+ctrack+loconav", f"Sannu! Ga makullan telematics na rukunin motocinmu:\n- Masternaut: {S(g.s(HEX, 32))}\n- Ctrack: {S(g.s(ALNUM, 24))}\n- LocoNav password: {S('Kano-Fleet!88')}\nDon Allah ka saka su a Vault.", ["masternaut", "ctrack", "loconav"])
    add("frotcom+gurtam", f"# Frotcom + Wialon (Gurtam) pullers\nFROTCOM_USER=frota_lisboa\nFROTCOM_PASSWORD={S('Frota-Lisboa#2026')}\nWIALON_TOKEN={S(g.s(HEX, 72))}", ["frotcom", "gurtam"])
    add("arvento+inseego", f"Arvento araç takip API anahtarını ve Inseego Connect şifresini ekledim:\n\n    ARVENTO_PIN1={S(g.s(DIGITS, 6))}\n    ARVENTO_PIN2={S(g.s(DIGITS, 6))}\n    INSEEGO_CTRACK_SECRET={S(g.mixed(ALNUM, 32))}", ["arvento", "inseego"])
    add("lightmetrics+bouncie", f"LIGHTMETRICS_API_KEY={S(g.s(LOWNUM, 40))}\nBOUNCIE_CLIENT_ID=fleet-dash\nBOUNCIE_CLIENT_SECRET={S(g.s(ALNUM, 60))}\nBOUNCIE_AUTH_CODE={S(g.s(ALNUM, 40))}", ["lightmetrics", "bouncie"])
    add("leaseplan+ayvens+arval+athlon", f"Leasing-API's voor de wagenparkafdeling (alleen test):\nLeasePlan: {S(g.s(HEX, 32))}\nAyvens: {S(g.uuid())}\nArval: {S(g.mixed(ALNUM, 28))}\nAthlon wachtwoord: {S('Athlon#Almere22')}", ["leaseplan", "ayvens", "arval", "athlon"])
    add("fleetmatics+isaac", f"-- legacy telematics credentials table (to be dropped)\nINSERT INTO telematics_accounts (vendor, login, secret) VALUES\n  ('fleetmatics', 'rv_hauling', '{S(g.password())}'),\n  ('isaac', 'rv_hauling_qc', '{S(g.s(HEX, 40))}');", ["fleetmatics", "isaac"])

    # municipal government ------------------------------------------------------------------
    add("citizenserve+cloudpermit", f"PERMITS_BACKEND=citizenserve\nCITIZENSERVE_INSTALLATION_ID=1042\nCITIZENSERVE_API_KEY={S(g.s(HEX, 32))}\n# Cloudpermit pilot (building dept)\nCLOUDPERMIT_CLIENT_SECRET={S(g.mixed(ALNUM, 40))}", ["citizenserve", "cloudpermit"])
    add("energov+centralsquare", copilot_term("Invoke-RestMethod -Uri https://energov.cityofmaplegrove.gov/EnerGovProd/SelfService/api/energov/auth -Method Post -Body (@{username='" + "svc_gis_sync" + "'; password='" + S("MapleGrove!Permits26") + "'} | ConvertTo-Json)", "token : " + S(g.s(HEX, 8) + '-' + g.s(HEX, 4) + '-' + g.s(HEX, 4) + '-' + g.s(HEX, 4) + '-' + g.s(HEX, 12)) + "\nexpires : 2026-11-27T18:00:00"), ["energov", "centralsquare"])
    add("clariti+govpilot", f"Municipal licensing integrations:\n\nclariti:\n  org: ville-de-gatineau\n  api_secret: \"{S(g.s(LOWNUM, 40))}\"\ngovpilot:\n  user: {U('twp-clerk-api')}\n  password: \"{S('Township#Clerk-1788')}\"", ["clariti", "govpilot"])
    add("govqa+justfoia", f"Records-request portal migration (Continue chat):\nThe old GovQA SOAP credentials are still in `foia/config.php`: `define('GOVQA_PASS', '{S('Records!Request2019')}');` and the new JustFOIA key is `{S(g.s(HEX, 40))}`. Should I delete the GovQA block now?", ["govqa", "justfoia"])
    add("iworq+brightly", f"[iworq]\nhost = cityofriverton.iworq.net\napi_key = {S(g.s(LOWNUM, 32))}\n\n[brightly_asset_essentials]\nclient_id = riverton-streets\nclient_secret = {S(g.mixed(ALNUM, 48))}", ["iworq", "brightly"])
    add("arcgis", f"from arcgis.gis import GIS\n\n# بلدية — طبقة حاويات النفايات\ngis = GIS(\"https://gis.baladiya-example.gov.sa/portal\", api_key=\"{S('AAPK' + g.s(HEX, 32) + g.mixed(B64URL, 60))}\")\nlayer = gis.content.get('a7c1e4d2b3f64a55').layers[0]")
    add("invoicecloud+govos", f"UTILITY_BILLING=invoicecloud\nINVOICECLOUD_BILLER_GUID={g.uuid()}\nINVOICECLOUD_API_KEY={S(g.b64(32))}\nGOVOS_STR_TOKEN={S(g.s(HEX, 40))}", ["invoicecloud", "govos"])
    add("kofile+laserfiche", f"Laserfiche Repository: CLERK-RECORDS\nService account: {U('lf_indexer')}\nPassword: {S('Deeds&Plats1867')}\nKofile recorder API key: {S(g.s(UPNUM, 32))}\n(Added by Replit Agent to README.md — please remove.)", ["laserfiche", "kofile"])
    add("civicclerk+boarddocs", f"Bonjour ! Pour publier automatiquement les ordres du jour du conseil municipal, le script utilise CivicClerk (`CIVICCLERK_TOKEN={S(g.s(HEX, 48))}`) et BoardDocs (`BOARDDOCS_PASSWORD={S('Conseil.Municipal.54')}`). Peux-tu vérifier la gestion des erreurs ?", ["civicclerk", "boarddocs"])
    add("municode+citysourced+comcate", f"- task: nightly code-enforcement sync\n  env:\n    MUNICODE_API_KEY: {S(g.s(HEX, 32))}\n    CITYSOURCED_KEY: {S(g.s(LOWNUM, 24))}\n    COMCATE_PASSWORD: {S('Comcate!Enforce-61')}", ["municode", "citysourced", "comcate"])
    add("citibot+ecivis", f"Citibot webhook secret: {S('cb_whsec_' + g.s(LOWNUM, 32))}\neCivis grants API token: {S(g.s(HEX, 40))}\nBoth pasted by {P('Marta')} in #city-it; please rotate.", ["citibot", "ecivis"])
    add("bidnet+bonfire", f"Procurement portals (Cursor background agent found these in scripts/bids.py):\n  BIDNET_PASSWORD = \"{S('Purchasing#Bids77')}\"\n  BONFIRE_API_TOKEN = \"{S(g.s(HEX, 64))}\"", ["bidnet", "bonfire"])
    add("govspend+carahsoft", f"Hola, el script de compras públicas tiene las credenciales de GovSpend ({S(g.s(HEX, 32))}) y de Carahsoft ({S('Carah.Soft!Quote9')}) en texto plano. Te pido que los saques a variables de entorno.", ["govspend", "carahsoft"])
    add("govukpay", f"GOVUK_PAY_API_KEY={S('api_live_' + g.s(LOWNUM, 26) + g.s(LOWNUM, 32))}\nGOVUK_PAY_RETURN_URL=https://parking.borough.gov.uk/permits/return\nPERMIT_PRICE_PENCE=9400")
    add("digid+mitid+itsme", f"eID-koppelingen gemeentelijk portaal:\n\ndigid:\n  saml_key_passphrase: \"{S('Gemeente#DigiD-Zwolle')}\"\nmitid:\n  broker_client_secret: \"{S(g.mixed(ALNUM, 40))}\"\nitsme:\n  private_jwk_secret: \"{S(g.b64(32, urlsafe=True))}\"", ["digid", "mitid", "itsme"])
    add("franceconnect", f"FC_CLIENT_ID={g.s(HEX, 64)}\nFC_CLIENT_SECRET={S(g.s(HEX, 64))}\nFC_URL=https://fcp.integ01.dev-franceconnect.fr/api/v1\nFC_CALLBACK=https://demarches.mairie-exemple.fr/callback")
    add("elster+ameli", f"# steuer / sozialversicherung connectors\nelster:\n  eric_cert_pin: \"{S('Eric!Zert2026')}\"\nameli:\n  pro_api_secret: \"{S(g.s(HEX, 40))}\"", ["elster", "ameli"])
    add("bankid+clave", f"Para la sede electrónica usamos Cl@ve y BankID (para vecinos nórdicos). Secretos en el repo:\n- CLAVE_KEYSTORE_PASS={S('Sede.Electronica!Cl4ve')}\n- BANKID_CERT_PASSWORD={S(g.password())}", ["clave", "bankid"])
    add("hansen", f"Hansen 8 (CDR) ODBC DSN on the utility-billing server:\nDSN=HANSEN_PROD;UID={U('hansen_ro')};PWD={S('Water&Sewer1998')};Database=HTE")
    add("munis", shell("python munis_export.py --tenant springfieldil --client-secret " + S(g.mixed(ALNUM, 40)) + " --report AP-OPEN", "Tyler Munis: exported 2,114 open AP lines"))
    add("mygov+gonnaorder", f"# unrelated secrets found in one .env (agent report)\nMYGOV_APP_SECRET={S(g.s(HEX, 32))}\nGONNAORDER_RESTAURANT_KEY={S(g.s(LOWNUM, 32))}", ["mygov", "gonnaorder"])

    # restaurants and food delivery ---------------------------------------------------------
    add("didifood+cornershop", f"Hola! Ya integré DiDi Food y Cornershop al panel de la cocina de Polanco:\n\nDIDI_FOOD_APP_SECRET={S(g.s(HEX, 32))}\nCORNERSHOP_API_TOKEN={S(g.mixed(ALNUM, 40))}\n\n¿Me ayudas a escribir el webhook para pedidos cancelados?", ["didifood", "cornershop"])
    add("baemin+coupangeats", f"배달의민족 / 쿠팡이츠 연동 설정입니다. 이 값들은 운영 키라서 깃에 올리면 안 됩니다.\n\nBAEMIN_API_SECRET={S(g.s(HEX, 40))}\nCOUPANG_EATS_ACCESS_KEY={S(g.uuid())}\nCOUPANG_EATS_SECRET_KEY={S(g.s(HEX, 40))}", ["baemin", "coupangeats"])
    add("demaecan", f"出前館の店舗連携キーを設定ファイルから削除してください: demaecan_shop_key = \"{S(g.s(UPNUM, 24))}\"。代わりに環境変数を使います。")
    add("eleme+hungrypanda+fantuan", f"# 外卖平台配置\neleme:\n  app_key: {g.s(LOWNUM, 10)}\n  secret: {S(g.s(HEX, 40))}\nhungrypanda:\n  merchant_token: {S(g.s(ALNUM, 32))}\nfantuan:\n  api_secret: {S(g.mixed(ALNUM, 32))}", ["eleme", "hungrypanda", "fantuan"])
    add("chowbus", copilot_read("/Users/" + U("wliang") + "/code/pos-bridge/config/chowbus.json", f"{{\n  \"merchantId\": \"cb-88121\",\n  \"apiKey\": \"{S(g.s(HEX, 40))}\",\n  \"printer\": \"kitchen-2\"\n}}"))
    add("dunzo+blinkit+magicpin", f"Bhai, Dunzo aur Blinkit dono ke keys `.env` mein daal diye hain:\n\nDUNZO_CLIENT_SECRET={S(g.uuid())}\nBLINKIT_PARTNER_KEY={S(g.s(HEX, 32))}\nMAGICPIN_API_TOKEN={S(g.s(LOWNUM, 40))}\n\nAb order sync chalao, Koramangala outlet ke orders test karo.", ["dunzo", "blinkit", "magicpin"])
    add("instashop+jokr+gorillas", f"{{\"integrations\":[{{\"name\":\"instashop\",\"key\":\"{S(g.s(HEX, 32))}\"}},{{\"name\":\"jokr\",\"key\":\"{S(g.mixed(ALNUM, 36))}\"}},{{\"name\":\"gorillas\",\"key\":\"{S(g.s(HEX, 40))}\"}}]}}", ["instashop", "jokr", "gorillas"])
    add("lieferando+mjam", f"Servus! Die Kassa im Lokal in Graz holt Bestellungen von Lieferando und mjam. In der `kassa.ini`:\n\n[lieferando]\nrestaurant_api_key={S(g.s(HEX, 32))}\n[mjam]\npasswort={S('Graz-Schnitzel!42')}\n\nBitte raus damit aus dem Repo.", ["lieferando", "mjam"])
    add("instacart+gopuff", f"INSTACART_CONNECT_KEY={S('keys.' + g.mixed(ALNUM, 43))}\nGOPUFF_PARTNER_SECRET={S(g.s(HEX, 48))}\n# used by the ghost-kitchen grocery add-ons", ["instacart", "gopuff"])
    add("checkmate", f"ItsaCheckmate webhook signing secret is {S('whsec_' + g.mixed(ALNUM, 32))} — the Copilot coding agent put it in `tests/fixtures/webhook.json` as the real value. Please replace it with a fake one.")
    add("bevspot+marginedge+crunchtime", f"BEVSPOT_API_KEY={S(g.s(HEX, 32))}\nMARGINEDGE_API_KEY={S(g.mixed(ALNUM, 40))}\nCRUNCHTIME_USER=ops_reports\nCRUNCHTIME_PASSWORD={S('Back0fHouse!22')}", ["bevspot", "marginedge", "crunchtime"])
    add("hotschedules+fourth", f"Fourth (HotSchedules) labour export job is failing. Config:\n\nhotschedules:\n  concept: 3\n  store: 1181\n  api_user: {U('hs_export')}\n  api_password: \"{S('Line-Cook#Saturday5')}\"\nfourth_inventory:\n  token: {S(g.s(HEX, 48))}", ["hotschedules", "fourth"])
    add("galley+meez", f"Galley Solutions ja meez -reseptirajapinnat:\n\nGALLEY_API_TOKEN={S(g.s(HEX, 40))}\nMEEZ_API_KEY={S(g.mixed(ALNUM, 36))}\n\nLaitoin ne väliaikaisesti tänne, poistan myöhemmin.", ["galley", "meez"])
    add("cater2me+forkable", f"// office catering integrations\nexport const CATER2ME_KEY = '{S(g.s(HEX, 32))}';\nexport const FORKABLE_TOKEN = '{S(g.jwt(compact({'company': 'helix-labs', 'role': 'admin'})))}';", ["cater2me", "forkable"])
    add("bookatable+foodhub", f"Bookatable (legacy) og Foodhub — reservasjoner for restauranten i Bergen:\nBOOKATABLE_PASSWORD={S('Bryggen!Bord12')}\nFOODHUB_API_KEY={S(g.s(HEX, 40))}", ["bookatable", "foodhub"])
    add("aloha+micros", f"[pos]\n; NCR Aloha Cloud + Oracle MICROS Simphony\naloha_api_key = {S(g.s(HEX, 32))}\naloha_company_code = 7784\nmicros_simphony_client_secret = {S(g.mixed(ALNUM, 44))}\nmicros_org = CHAIN01", ["aloha", "micros"])
    add("heartland+kounta", f"Heartland payments / Kounta POS — Maori Kitchen, Rotorua:\nHEARTLAND_SECRET_API_KEY={S('skapi_prod_' + g.mixed(ALNUM, 40))}\nKOUNTA_CLIENT_SECRET={S(g.s(HEX, 40))}", ["heartland", "kounta"])
    add("factor+gousto+blueapron", f"Meal-kit partner keys (Codex task log):\n- FACTOR_AFFILIATE_KEY={S(g.s(HEX, 32))}\n- GOUSTO_PARTNER_TOKEN={S(g.mixed(ALNUM, 40))}\n- BLUEAPRON_API_SECRET={S(g.s(LOWNUM, 48))}", ["factor", "gousto", "blueapron"])
    add("flink", f"Hej! Flink-integrationen för vår mörka butik behöver nyckeln: {S(g.s(HEX, 8) + '-' + g.s(HEX, 4) + '-' + g.s(HEX, 4) + '-' + g.s(HEX, 4) + '-' + g.s(HEX, 12))}. Jag klistrade in den i Slack av misstag, kan du lägga den i Vault?")

    # biotech and research labs -------------------------------------------------------------
    add("biorender+culturebio", f"Lab tools licence file (Roo Code read `lab-tools/licences.toml`):\n\n[biorender]\nteam_api_key = \"{S(g.s(HEX, 40))}\"\n\n[culture_biosciences]\nconsole_api_key = \"{S(g.s(UPNUM, 5) + '-' + g.s(UPNUM, 5) + '-' + g.s(UPNUM, 5) + '-' + g.s(UPNUM, 5))}\"", ["biorender", "culturebio"])
    add("geneious+addgene", f"GENEIOUS_LICENSE_SERVER_PASSWORD={S('Plasmid!Prep-0923')}\nADDGENE_API_TOKEN={S(g.s(HEX, 40))}", ["geneious", "addgene"])
    add("basespace", shell("bs auth --api-server https://api.euc1.sh.basespace.illumina.com --api-key " + S(g.s(HEX, 32)), "Welcome, " + P("Ingrid Solberg") + "\nConfig written to /home/" + U("isolberg") + "/.basespace/default.cfg"))
    add("dragen", f"# dragen-cloud.conf\nlicense_server = https://license.edicogenome.com\nlicense_username = {U('genomics-core-ucph')}\nlicense_password = {S(g.password())}\nref_dir = /staging/ref/hg38")
    add("bionano+biovia", f"Bionano Access server admin: {U('bnx_admin')} / {S('OpticalMap!Saphyr7')}\nBIOVIA ONE Lab API token: {S(g.s(HEX, 32))}", ["bionano", "biovia"])
    add("ginkgo+emeraldcloudlab", f"Ginkgo Datapoint ও Emerald Cloud Lab — দুটোর key এই notebook-এ আছে:\n\nGINKGO_DATAPOINT_TOKEN = \"{S(g.mixed(ALNUM, 40))}\"\nECL_PASSWORD = \"{S('ECL-Assay!Run88')}\"", ["ginkgo", "emeraldcloudlab"])
    add("labcollector+labfolder+labtwin", f"labcollector:\n  url: https://lims.institut-pasteur-example.fr/labcollector\n  api_key: {S(g.s(HEX, 32))}\nlabfolder:\n  user: {E('eln-sync@lab-tuebingen.de')}\n  password: \"{S('Labbuch!Tuebingen3')}\"\nlabtwin:\n  token: {S(g.s(LOWNUM, 40))}", ["labcollector", "labfolder", "labtwin"])
    add("labvantage+labware", f"Labvantage LIMS sapphire user: {U('lvadmin')} password {S('Sapphire#Lims2026')}. LabWare web service key: {S(g.uuid())}. Both were in `etl/lims_pull.py`; moved to env vars in this PR.", ["labvantage", "labware"])
    add("benchsci+covidence", f"BENCHSCI_API_KEY={S(g.s(HEX, 48))}\nCOVIDENCE_TOKEN={S(g.mixed(ALNUM, 32))}\nREVIEW_ID=217733", ["benchsci", "covidence"])
    add("clarivate", f"import requests\n# Web of Science Starter API — bibliometrics for the grant report\nWOS_KEY = \"{S(g.s(HEX, 40))}\"\nr = requests.get('https://api.clarivate.com/apis/wos-starter/v1/documents', headers={{'X-ApiKey': WOS_KEY}}, params={{'q': 'OG=(Karolinska Institutet)'}})")
    add("dimensions+genedata", f"Ciao, per il report di impatto uso Dimensions, e per lo screening Genedata Screener:\n\nDIMENSIONS_KEY={S(g.s(HEX, 32))}\nGENEDATA_API_TOKEN={S(g.s(HEX, 32))}\n\nIl notebook si blocca alla paginazione, ti mando il traceback.", ["dimensions", "genedata"])
    add("ebi+ensembl+europepmc", f"# these are public APIs, but our institutional account has a key\nEBI_WEBIN_USER={U('Webin-61822')}\nEBI_WEBIN_PASSWORD={S('Submit!Reads2026')}\nENSEMBL_MIRROR_DB_PASS={S(g.password())}\nEUROPEPMC_GRANTS_KEY={S(g.s(LOWNUM, 32))}", ["ebi", "ensembl", "europepmc"])
    add("cellxgene+biostudies", f"cellxgene_census_token: {S(g.s(HEX, 40))}\nbiostudies_submitter_token: {S(g.uuid())}", ["cellxgene", "biostudies"])
    add("arvados+cromwell", claude_bash(f"arv-put --project-uuid zzzzz-j7d0g-0fq8e4ba1k2m3n9 ./fastq/ && export ARVADOS_API_TOKEN={S('v2/zzzzz-gj3su-' + g.s(LOWNUM, 15) + '/' + g.s(LOWNUM, 50))} && curl -u cromwell:{S('Workflow!Wdl-44')} http://cromwell.lab.local:8000/api/workflows/v1/query"), ["arvados", "cromwell"])
    add("latchbio+formbio", f"LATCH_TOKEN={S(g.s(HEX, 48))}\nFORMBIO_API_KEY={S('fb_' + g.mixed(ALNUM, 40))}\n# pipelines: rnaseq-v3, crispr-screen-v1", ["latchbio", "formbio"])
    add("genestack+lifebit+gencove", f"Genestack, Lifebit ve Gencove API anahtarları:\n\n    genestack: {S(g.s(HEX, 40))}\n    lifebit:   {S(g.uuid())}\n    gencove:   {S(g.s(ALNUM, 40))}\n\nBunlar staging anahtarları, yine de repoya girmesin.", ["genestack", "lifebit", "gencove"])
    add("atcc+horizondiscovery+biolegend", f"Procurement bot — supplier portals:\nATCC_ACCOUNT_PASSWORD={S('CellLines!Order9')}\nHORIZON_API_KEY={S(g.s(HEX, 32))}\nBIOLEGEND_TOKEN={S(g.mixed(ALNUM, 32))}", ["atcc", "horizondiscovery", "biolegend"])
    add("abcam+cytiva", f"<suppliers>\n  <abcam apiKey=\"{S(g.s(HEX, 32))}\" account=\"UK-44710\"/>\n  <cytiva user=\"{U('procure_lab3')}\" password=\"{S('Akta!Pure-150')}\"/>\n</suppliers>", ["abcam", "cytiva"])
    add("eppendorf+hamilton+gilson", f"# instrument cloud connectors (VisionMate / VENUS / PIPETMAX)\nEPPENDORF_VISIONIZE_TOKEN={S(g.s(HEX, 40))}\nHAMILTON_VENUS_DB_PASSWORD={S('Venus#Star-Liquid8')}\nGILSON_CONNECT_KEY={S(g.s(UPNUM, 24))}", ["eppendorf", "hamilton", "gilson"])
    add("bruker+agilent+leica", f"Geräte-PCs im Labor 2.14:\n- Bruker TopSpin Lizenzserver Passwort: {S('NMR-600!Topspin')}\n- Agilent OpenLab CDS Dienstkonto: {U('openlab_svc')} / {S('Chromato-Gramm!4')}\n- Leica LAS X Cloud Token: {S(g.s(HEX, 32))}", ["bruker", "agilent", "leica"])
    add("moleculardevices+biotek+beckman", f"plate_readers:\n  molecular_devices_softmax_cloud_key: {S(g.s(HEX, 40))}\n  biotek_gen5_share_password: \"{S('Gen5-Reader!Plate96')}\"\n  beckman_dataworks_token: {S(g.uuid())}", ["moleculardevices", "biotek", "beckman"])
    add("elementalmachines+ganymede", f"ELEMENTAL_MACHINES_API_KEY={S(g.s(HEX, 32))}\nGANYMEDE_TENANT=plexus-bio\nGANYMEDE_API_SECRET={S(g.mixed(ALNUM, 48))}", ["elementalmachines", "ganymede"])
    add("mettlertoledo+integra+andor", f"Instrumentos del laboratorio de Valencia:\n- Mettler Toledo LabX: usuario {U('labx_api')}, contraseña {S('Balanza.Labx!7')}\n- INTEGRA VIAFLO cloud: {S(g.s(HEX, 32))}\n- Andor Dragonfly licencia: {S(g.s(UPNUM, 20))}", ["mettlertoledo", "integra", "andor"])
    add("basepair+helix+ancestry+myheritage", f"Genomics consumer-data partners (research consented cohort):\n\n| partner | secret |\n|---|---|\n| Basepair | {S(g.s(HEX, 40))} |\n| Helix | {S(g.mixed(ALNUM, 32))} |\n| Ancestry | {S(g.uuid())} |\n| MyHeritage | {S(g.s(HEX, 32))} |", ["basepair", "helix", "ancestry", "myheritage"])
    add("galaxy+elixir+bioconductor", f"$ cat ~/.galaxy/parsec.yml\n__default: usegalaxy-eu\nusegalaxy-eu:\n  key: {S(g.s(HEX, 32))}\n  url: https://usegalaxy.eu\n$ grep -h token ~/.elixir/aai.json\n  \"refresh_token\": \"{S(g.mixed(ALNUM, 43))}\"\n$ grep BIOC_ ~/.Renviron\nBIOC_DEVEL_PASSWORD={S('Bioc-Build!Rdevel')}", ["galaxy", "elixir", "bioconductor"])
    add("pem", f"Junie › set up the LIMS SFTP deploy key\n────────────\nCreated deploy/lims_sftp_key with:\n{S(g.openssh())}\nand added it to ~/.ssh/config for host sftp.lims.lab.local.", ["pem"])

    # recruiting and HR-tech ----------------------------------------------------------------
    add("breezy+avionte", f"BREEZY_EMAIL={E('talent.ops@harbourstaffing.com.au')}\nBREEZY_PASSWORD={S('Harbour!Hiring-2026')}\nAVIONTE_CLIENT_ID=harbour-bold\nAVIONTE_CLIENT_SECRET={S(g.mixed(ALNUM, 40))}", ["breezy", "avionte"])
    add("hireez+fetcher+findem", f"Sourcing tools keys (Jules found them in `sourcing/.env.shared`):\n- HIREEZ_API_KEY: {S(g.s(HEX, 40))}\n- FETCHER_TOKEN: {S(g.s(LOWNUM, 32))}\n- FINDEM_SECRET: {S(g.mixed(ALNUM, 36))}", ["hireez", "fetcher", "findem"])
    add("brighthire+metaview+modernhire", f"{{\n  \"interview_intel\": {{\n    \"brighthire\": \"{S(g.s(HEX, 32))}\",\n    \"metaview\": \"{S('mv_' + g.mixed(ALNUM, 40))}\",\n    \"modernhire\": \"{S(g.uuid())}\"\n  }}\n}}", ["brighthire", "metaview", "modernhire"])
    add("humanly+entelo+amazinghiring", f"Привіт! Для рекрутингового бота ми використовуємо Humanly, Entelo та AmazingHiring. Ключі зараз лежать у `bot/settings.py`:\n\nHUMANLY_KEY = \"{S(g.s(HEX, 32))}\"\nENTELO_TOKEN = \"{S(g.mixed(ALNUM, 32))}\"\nAMAZINGHIRING_KEY = \"{S(g.s(LOWNUM, 40))}\"\n\nДопоможи перенести їх у змінні середовища.", ["humanly", "entelo", "amazinghiring"])
    add("firstadvantage+accurate", f"# background screening vendors\nfirst_advantage:\n  account: FADV-22871\n  password: \"{S('Screening!Fadv-71')}\"\naccurate_background:\n  api_key: {S(g.s(HEX, 32))}\n  api_secret: {S(g.s(HEX, 48))}", ["firstadvantage", "accurate"])
    add("cornerstone+klaxoon", copilot_term("export CSOD_CLIENT_SECRET='" + S(g.b64(48)) + "'; export KLAXOON_API_KEY='" + S(g.s(HEX, 40)) + "'; node scripts/sync-learning.js --dry-run", "cornerstone: 412 transcripts\nklaxoon: 398 board exports\n(dry run, nothing written)"), ["cornerstone", "klaxoon"])
    add("breathehr+cezanne+hrpartner", f"Breathe HR API: {S('prod-' + g.s(HEX, 32))}\nCezanne HR client secret: {S(g.mixed(ALNUM, 40))}\nHR Partner API key: {S(g.s(HEX, 32))}\n— copied from the onboarding doc, please move to Doppler.", ["breathehr", "cezanne", "hrpartner"])
    add("freshteam+hrcloud", f"const FRESHTEAM_DOMAIN = 'acme-logistics.freshteam.com';\nconst FRESHTEAM_KEY = '{S(g.mixed(ALNUM, 22))}';\nconst HRCLOUD_SECRET = '{S(g.s(HEX, 40))}';", ["freshteam", "hrcloud"])
    add("jobsoid+joincom+eploy", f"Hiring-Plattformen Zugangsdaten (nur intern!)\nJobsoid: {S(g.s(HEX, 32))}\nJOIN: {S(g.mixed(ALNUM, 40))}\nEploy Passwort: {S('Eploy!Recruit-Leeds')}", ["jobsoid", "joincom", "eploy"])
    add("firefish+cvlibrary+daxtra", f"[firefish]\napi_key={S(g.uuid())}\n[cv_library]\nrecruiter_password={S('CVLib-Hull!2026')}\n[daxtra]\nparser_account=recruit_hull\nparser_password={S(g.password())}", ["firefish", "cvlibrary", "daxtra"])
    add("erecruit+jobandtalent+coople", f"ERECRUIT_TOKEN={S(g.s(HEX, 40))}\nJOBANDTALENT_CLIENT_SECRET={S(g.mixed(ALNUM, 44))}\nCOOPLE_API_KEY={S(g.s(LOWNUM, 32))}", ["erecruit", "jobandtalent", "coople"])
    add("instawork+bluecrew", f"Shift marketplace keys for the restaurant staffing pilot (Codex cloud):\n`INSTAWORK_PARTNER_KEY={S(g.s(HEX, 32))}`\n`BLUECREW_API_SECRET={S(g.mixed(ALNUM, 40))}`", ["instawork", "bluecrew"])
    add("medely+incrediblehealth+ayahealthcare", f"Nurse staffing integrations:\n  medely: {{ token: {S(g.s(HEX, 40))} }}\n  incredible_health: {{ api_key: {S(g.mixed(ALNUM, 32))} }}\n  aya: {{ vms_password: \"{S('Aya#Travel-Nurse3')}\" }}", ["medely", "incrediblehealth", "ayahealthcare"])
    add("indeed+glassdoor+careerbuilder", f"مفاتيح منصات التوظيف:\nINDEED_CLIENT_SECRET={S(g.s(ALNUM, 64))}\nGLASSDOOR_PARTNER_KEY={S(g.s(LOWNUM, 24))}\nCAREERBUILDER_DEVKEY={S('WDH' + g.s(UPNUM, 17))}\nيرجى نقلها إلى مدير الأسرار.", ["indeed", "glassdoor", "careerbuilder"])
    add("dice+monster+hired", f"job_boards:\n  dice:\n    client_secret: {S(g.uuid())}\n  monster:\n    cat_password: \"{S('Monster.Jobs!Post5')}\"\n  hired:\n    api_key: {S(g.s(HEX, 32))}", ["dice", "monster", "hired"])
    add("multiplier+kula+covey", f"Xin chào! Mình cần tích hợp Multiplier (EOR), Kula và Covey vào hệ thống tuyển dụng. Các khóa hiện tại:\n- MULTIPLIER_API_KEY={S(g.s(HEX, 40))}\n- KULA_TOKEN={S(g.mixed(ALNUM, 32))}\n- COVEY_SECRET={S(g.s(LOWNUM, 40))}\nBạn có thể viết lại phần cấu hình để đọc từ biến môi trường không?", ["multiplier", "kula", "covey"])
    add("juicebox+apploi", f"JUICEBOX_API_KEY={S('jb_' + g.mixed(ALNUM, 40))}\nAPPLOI_USERNAME=apploi-clinic-hires\nAPPLOI_PASSWORD={S('Apploi!ClinicHire4')}", ["juicebox", "apploi"])
    add("applied", f"Applied (beapplied.com) API token — used by the anonymised shortlisting export: {S(g.s(HEX, 8) + g.s(LOWNUM, 32))}. Rotated on Monday? Not sure, {P('Bilal')} can confirm.")
    add("karat", f"$ KARAT_API_TOKEN={S(g.s(HEX, 40))} python interviews/pull.py --week 47\nfetched 28 Karat interview reports")
    add("jwt", f"Bearer token from the HR portal login (copied from DevTools):\nAuthorization: Bearer {S(g.jwt(compact({'sub': 'u_8812', 'tenant': 'recruit-eu', 'roles': ['admin'], 'exp': 1798000000})))}", ["jwt"])
    add("password", f"Het wachtwoord van de gedeelde HR-mailbox is {S('Vacature!Zomer2026')} — zet je het in de kluis?", ["password"])
    add("generic", f"# recruiting webhook (internal)\nWEBHOOK_SIGNING_KEY={S(g.s(HEX, 64))}\nWEBHOOK_URL=https://hooks.recruiting.internal/ats", ["generic"])


    # more carriers and languages -----------------------------------------------------------
    add("epic", nb_cell(["import requests\n", "# Epic on FHIR backend app (sandbox of the children's hospital)\n", f"EPIC_CLIENT_ID = \"{g.uuid()}\"\n", f"EPIC_PRIVATE_KEY_PASSPHRASE = \"{S('Pediatric-Ward!Fhir9')}\"\n", "token = get_token(EPIC_CLIENT_ID)\n"], ["Access token acquired, expires in 300 s\n"]))
    add("cencora+capsule", f"diff --git a/pharmacy/suppliers.properties b/pharmacy/suppliers.properties\nindex 51e0c2a..9d7f11b 100644\n--- a/pharmacy/suppliers.properties\n+++ b/pharmacy/suppliers.properties\n@@ -3,4 +3,6 @@\n supplier.default=cencora\n-cencora.api.key=\n+cencora.api.key={S(g.s(HEX, 40))}\n+capsule.partner.secret={S(g.mixed(ALNUM, 36))}\n supplier.timeout.ms=8000", ["cencora", "capsule"])
    add("color", f"Color Health population screening — cheie API pentru programul județean de screening (Cluj): {S(g.s(HEX, 48))}. Te rog s-o muți în GitLab CI variables, acum e în `screening/settings.py`.")
    add("diligent", f"Diligent Boards API — per a les actes del Ple de l'Ajuntament de Girona, el token és {S(g.mixed(ALNUM, 40))} i l'usuari de servei {U('ple_girona_api')}. Ho pots moure al gestor de secrets abans de fer el merge?")
    add("ezgov", f"resource \"aws_ssm_parameter\" \"ezgov_secret\" {{\n  name  = \"/municipal/tax-portal/ezgov_api_secret\"\n  type  = \"SecureString\"\n  value = \"{S(g.s(HEX, 40))}\"\n}}\n\nresource \"aws_ssm_parameter\" \"ezgov_merchant\" {{\n  name  = \"/municipal/tax-portal/ezgov_merchant\"\n  type  = \"String\"\n  value = \"county-tax-0417\"\n}}")
    add("bioraptor+labforward+kaleidoscope", copilot_edit("lab/integrations/config.json", dumps({"bioraptor": {"apiKey": S(g.s(HEX, 32))}, "labforward": {"token": S(g.mixed(ALNUM, 40))}, "kaleidoscope": {"workspaceSecret": S(g.s(LOWNUM, 48))}}, indent=2)), ["bioraptor", "labforward", "kaleidoscope"])
    add("autodata+autoline", f"Фирмен сервиз — достъп до Autodata и Autoline DMS:\nAUTODATA_USER={U('servis_plovdiv')}\nAUTODATA_PASS={S('Plovdiv!Servis-2026')}\nAUTOLINE_API_TOKEN={S(g.s(UPNUM, 32))}\nМоля, не ги слагайте в Confluence.", ["autodata", "autoline"])
    add("autorola+bca+alphabet", f"Remarketing partners — Ausschreibung Leasingrückläufer:\n\nautorola.username = flotte_muenchen\nautorola.password = {S('Rueckläufer#Muc24')}\nbca.api.key = {S(g.s(HEX, 32))}\nalphabet.fleet.client.secret = {S(g.mixed(ALNUM, 40))}", ["autorola", "bca", "alphabet"])
    add("carsforsale+dealercom", f"Nag-set up ako ng inventory feed para sa dealership sa Cebu. Ito ang mga key na ibinigay ng vendor:\n- Carsforsale: {S(g.s(HEX, 32))}\n- Dealer.com: {S(g.uuid())}\nPakilipat ito sa environment variables bago i-deploy.", ["carsforsale", "dealercom"])
    add("cargoson+locate2u", f"Cargoson dan Locate2u untuk gudang di Surabaya:\n\n```env\nCARGOSON_API_KEY={S(g.s(ALNUM, 40))}\nLOCATE2U_CLIENT_SECRET={S(g.mixed(ALNUM, 32))}\n```\n\nTolong jangan di-commit, ini kunci produksi.", ["cargoson", "locate2u"])
    add("elogii+beetrack", f"Рути доставки — eLogii и Beetrack (DispatchTrack):\n\nELOGII_API_KEY={S(g.s(HEX, 32))}\nBEETRACK_X_AUTH_TOKEN={S(g.s(HEX, 64))}\n\nКључеве сам ставио у `.env`, молим те провери да `.env` јесте у `.gitignore`.", ["elogii", "beetrack"])
    add("logixboard+cargomatic", mcp(f"Found credentials in infra/forwarding.tfvars:\n  logixboard_api_token = \"{S(g.s(LOWNUM, 40))}\"\n  cargomatic_password  = \"{S('Drayage!LongBeach7')}\"\nRecommend moving them to the Terraform Cloud workspace variables marked sensitive."), ["logixboard", "cargomatic"])
    add("keelvar+aptean", f"<?xml version=\"1.0\"?>\n<configuration>\n  <sourcing provider=\"Keelvar\">\n    <apiToken>{S(g.s(HEX, 40))}</apiToken>\n  </sourcing>\n  <erp provider=\"Aptean\">\n    <user>APT_FOOD_INT</user>\n    <password>{S('Aptean!Bakery-2026')}</password>\n  </erp>\n</configuration>", ["keelvar", "aptean"])
    add("hardis+inconso+knapp", f"Intralogistik-Schnittstellen (Lager Bremen):\n| System | Schlüssel |\n|---|---|\n| Hardis Reflex WMS | {S(g.s(HEX, 32))} |\n| inconso WMS | {S('Inconso#Bremen-03')} |\n| KNAPP KiSoft | {S(g.s(UPNUM, 24))} |", ["hardis", "inconso", "knapp"])
    add("dealerpeak+autoraptor", f"Pe CRM-ul reprezentanței din Iași am găsit cheile DealerPeak și AutoRaptor scrise direct în cod:\n\n$dealerpeak_key = '{S(g.s(HEX, 32))}';\n$autoraptor_token = '{S(g.mixed(ALNUM, 40))}';\n\nLe rotim azi.", ["dealerpeak", "autoraptor"])
    add("autodev+carapi", shell("curl -s 'https://auto.dev/api/listings?make=Toyota&apikey=" + S('ZrQwPmg' + g.mixed(ALNUM, 41)) + "' | jq '.totalCount' && curl -s -X POST https://carapi.app/api/auth/login -d '{\"api_token\":\"" + g.uuid() + "\",\"api_secret\":\"" + S(g.s(HEX, 32)) + "\"}'", "4512\neyJ0eXAiOi..."), ["autodev", "carapi"])
    add("drivvo+fleetroot+gofleet", f"ஃப்ளீட் மேலாண்மை கருவிகளின் API விசைகள் (சென்னை டிப்போ):\nDRIVVO_TOKEN={S(g.s(HEX, 40))}\nFLEETROOT_KEY={S(g.s(ALNUM, 32))}\nGOFLEET_PASSWORD={S('Chennai-Depot!41')}\nதயவு செய்து இதை repo-வில் சேர்க்க வேண்டாம்.", ["drivvo", "fleetroot", "gofleet"])
    add("hapn+intangles+matrack", f"{{\"messages\":[{{\"role\":\"user\",\"content\":\"Refactor telematics.ts so the keys come from env: hapnKey='{S(g.s(HEX, 32))}', intanglesToken='{S(g.mixed(ALNUM, 36))}', matrackPass='{S('Matrack!Reefer22')}'\"}}]}}", ["hapn", "intangles", "matrack"])
    add("eatstreet+bitesquad+caviar", f"Ресторандардың жеткізу платформалары (Алматы филиалы үшін тест):\nEATSTREET_ACCESS_TOKEN={S(g.s(HEX, 40))}\nBITESQUAD_API_KEY={S(g.mixed(ALNUM, 32))}\nCAVIAR_PARTNER_SECRET={S(g.s(LOWNUM, 40))}\nБұл кілттерді репозиторийге салмаңыз.", ["eatstreet", "bitesquad", "caviar"])
    add("hungerrush+clorder", f"Yemeksepeti yerine HungerRush POS ve Clorder online sipariş:\n\nhungerrush:\n  store_key: {S(g.s(UPNUM, 20))}\n  api_password: '{S('Pide&Lahmacun!7')}'\nclorder:\n  token: {S(g.s(HEX, 48))}", ["hungerrush", "clorder"])
    add("deliverydotcom+letseat", f"ბიზნეს-ლოგისტიკის გასაღებები: Delivery.com — {S(g.s(HEX, 32))}, Let's Eat — {S(g.mixed(ALNUM, 32))}. გთხოვ, გადაიტანე Vault-ში და წაშალე ეს შეტყობინება.", ["deliverydotcom", "letseat"])
    add("pem", f"Roo wants to create a new file:\nsecrets/hl7-mllp-tls.key\n\n{S(g.pem('RSA PRIVATE KEY', 10))}\n\n(used by the MLLP/TLS listener between the lab analyser and the EHR)", ["pem"])
    add("pem", "tls:\n  cert_file: /etc/ord/tls.crt\n  key: |\n    " + S(g.pem('EC PRIVATE KEY', 3).replace('\n', '\n    ')) + "\n  min_version: '1.2'", ["pem"])
    add("password", f"የሆስፒታሉ የWi-Fi አስተዳዳሪ የይለፍ ቃል {S('Tikur-Anbessa!2026')} ነው — እባክዎ በቡድን ቻት ውስጥ አያጋሩት።", ["password"])
    add("password", f"Mo ti yí ọ̀rọ̀ aṣínà ti àpótí ìmeèlì ilé-ìwòsàn padà sí {S('Ibadan_Clinic#55')} — jọ̀wọ́ má ṣe fi sí GitHub.", ["password"])
    add("password", f"סיסמת מסד הנתונים של מערכת הזימונים היא {S('Tor-Rofe!Haifa83')}, המשתמש {U('appt_writer')}. בבקשה להעביר ל-Key Vault ולא להשאיר בקוד.", ["password"])
    add("password", f"رمز عبور پنل مدیریت سامانه نوبت‌دهی شهرداری: {S('Shahrdari@Tabriz1404')} — لطفاً بعد از راه‌اندازی تغییرش بدهید.", ["password"])
    add("generic", f"یہ ریستوران کے آرڈر سسٹم کا ویب ہک سیکرٹ ہے: {S(g.s(HEX, 48))} — اسے کوڈ میں مت رکھیں۔", ["generic"])
    add("jwt", f"[junie] Decoding the session cookie to debug the municipal portal login:\nsession={S(g.jwt(compact({'sub': 'citizen-88120', 'aud': 'city-portal', 'iat': 1795000000})))}; Path=/; HttpOnly", ["jwt"])
    add("generic", f"postgresql://{U('kds_app')}:{S('Sushi.Bar-Koenig8')}@db-restaurants.internal:5432/kds?sslmode=require", ["generic"])
    add("generic", f"{{\"type\":\"assistant\",\"message\":{{\"content\":[{{\"type\":\"tool_use\",\"name\":\"Bash\",\"input\":{{\"command\":\"mysql -h newsdb.internal -u {U('wp_writer')} -p'{S('Redaktion!Abend22')}' wp_news -e 'SELECT COUNT(*) FROM wp_posts'\"}}}}]}}}}", ["generic"])
    return out


def pii(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(tag: str, t: str) -> None:
        out.append((f"holdout24:{tag}", t))

    def card(prefix: str, n: int = 16) -> str:
        return luhn_complete(prefix, n, g)

    # hospitals and clinics
    add("ehr-referral", f"Referral letter draft (Copilot, from the EHR export):\n\nPatient: {P('Tomasz Wiśniewski')}, DOB {D('14/03/1968')}\nAddress: {A('ul. Piotrkowska 118 m. 4, 90-006 Łódź')}\nPhone: {T('+48 601 442 918')}\nReferred by {P('Katarzyna Zielińska')} (cardiology) for stress echocardiography.")
    add("lab-hl7", f"MSH|^~\\&|LABSYS|STMARYS|EHR|STMARYS|20261126093012||ORU^R01|MSG00917|P|2.5.1\nPID|1||MRN448120^^^STMARYS||{P('Okonkwo^Chiamaka^N')}||{D('19910722')}|F|||{A('41 Adeola Odeku St^^Lagos^^101241^NG')}||{T('+234 803 555 0142')}\nOBR|1||LAB-55102|CBC^Complete blood count")
    add("pharmacy-ticket", f"Zendesk #88213 — Farmacia Hospital del Mar\nDe: {P('Núria Puigdemont i Vila')} <{E('nuria.puigdemont@gmail.com')}>\nAssumpte: recepta no rebuda\n\nBon dia, el meu pare {P('Jordi Puigdemont')} no ha rebut la medicació a {A('Carrer de Sardenya 212, 3r 1a, 08013 Barcelona')}. El meu telèfon és el {T('622 18 40 77')}. Gràcies!")
    add("clinic-form", f"POST /appointments HTTP/1.1\nHost: booking.clinica-sol.pt\nContent-Type: application/x-www-form-urlencoded\n\nnome={P('Beatriz+Magalh%C3%A3es')}&email={E('bia.magalhaes%40sapo.pt')}&telemovel={T('%2B351912448301')}&nascimento={D('1987-09-02')}&motivo=consulta+dermatologia")
    add("discharge-ja", f"退院サマリー（下書き）\n患者氏名：{P('佐々木 美咲')}\n生年月日：{D('1979年11月3日')}\n住所：{A('東京都世田谷区三軒茶屋2-14-7')}\n連絡先：{T('090-4418-2273')}\n主治医：{P('田村 健一')}")
    add("triage-ar", f"ملاحظة فرز — قسم الطوارئ\nالمريضة: {P('فاطمة الزهراء بنعلي')}\nتاريخ الميلاد: {D('1995/06/18')}\nالهاتف: {T('+212 661 203 447')}\nالعنوان: {A('12 زنقة الحرية، حي المعاريف، الدار البيضاء 20330')}")
    add("insurance-claim", f"claims_export.csv (first rows)\nclaim_id,member_name,ssn,dob,address\nCLM-771201,{P('Darnell Whitaker')},{m('US_SSN', '412-68-9031')},{D('1972-01-29')},\"{A('2240 Peachtree Rd NW, Atlanta, GA 30309')}\"\nCLM-771202,{P('Rosa Delgado-Pérez')},{m('US_SSN', '529-14-7760')},{D('1958-08-11')},\"{A('918 E Van Buren St, Phoenix, AZ 85006')}\"")
    add("ehr-audit-ip", f"EHR access audit — chart 448120 opened outside the care team\n2026-11-25 22:41:07 user={U('jmurphy_rn')} ({P('Jessica Murphy')}) from {IP('98.114.205.37')} (home VPN) action=VIEW_CHART")
    add("nurse-roster-de", f"Dienstplan Station 4B — Dezember\n| Name | Telefon | E-Mail |\n|---|---|---|\n| {P('Lena Hoffmann')} | {T('0176 2218 4490')} | {E('l.hoffmann@klinikum-nord.de')} |\n| {P('Murat Yıldırım')} | {T('0157 3390 1127')} | {E('m.yildirim@klinikum-nord.de')} |\n| {P('Agnieszka Nowak')} | {T('0162 7781 0032')} | {E('a.nowak@klinikum-nord.de')} |")
    add("vaccine-he", f"תזכורת חיסון נשלחה אל {P('נועה אברהמי')} בטלפון {T('052-7741983')}, כתובת: {A('רחוב הרצל 45, רמת גן 5225316')}. תאריך לידה: {D('02.04.2019')}.")
    add("telehealth-chat", f"[Copilot Chat] user: why does the intake form crash for this patient?\n{{\"firstName\": \"{P('Aarav')}\", \"lastName\": \"{P('Venkataraman')}\", \"dob\": \"{D('2001-12-09')}\", \"phone\": \"{T('+91 98450 22817')}\", \"email\": \"{E('aarav.venkat@outlook.in')}\"}}\nassistant: The `dob` field is parsed with a US date format; use ISO parsing.")
    add("billing-iban-nl", f"Factuur fysiotherapie — terugbetaling\nNaam: {P('Sanne de Groot')}\nIBAN: {I(iban('NL', 'RABO' + g.s(DIGITS, 10)))}\nAdres: {A('Oudegracht 221, 3511 NK Utrecht')}")

    # newsrooms and publishers
    add("source-contacts", f"# sources.md (investigations desk, DO NOT PUBLISH)\n- {P('Ioana Popescu')}, former procurement officer — {T('+40 722 318 904')}, Signal only\n- {P('Mihai Dumitrescu')} — {E('mihai.dumitrescu@protonmail.com')}\n- meeting point: {A('Strada Lipscani 53, București 030033')}")
    add("newsroom-git-log", f"$ git log --format='%an <%ae>' -3 -- stories/2026/election-night.md\n{P('Eleni Papadopoulou')} <{E('e.papadopoulou@kathimerini-digital.gr')}>\n{P('Giorgos Antoniou')} <{E('g.antoniou@kathimerini-digital.gr')}>\n{P('Eleni Papadopoulou')} <{E('e.papadopoulou@kathimerini-digital.gr')}>")
    add("subscriber-cancel", f"Kundeservice — opsigelse af abonnement\nKunde: {P('Frederik Holm-Sørensen')}\nAdresse: {A('Nørrebrogade 44, 2. th., 2200 København N')}\nTlf.: {T('+45 28 44 91 07')}\nKort (sidste betaling): {C(card('4571'))}")
    add("letters-editor-fr", f"Courrier des lecteurs — à vérifier avant publication\nSigné : {P('Hélène Marchetti')}, {A('7 rue des Tanneurs, 67000 Strasbourg')}\nJoignable au {T('06 47 22 81 90')} ou {E('helene.marchetti@orange.fr')}")
    add("byline-sr", f"Аутор текста: {P('Милица Јовановић')}\nКонтакт: {E('milica.jovanovic@novinar-bg.rs')}, {T('+381 64 223 7781')}\nФотографије: {P('Драган Николић')}")
    add("freelancer-invoice", f"INVOICE #2026-118\nFrom: {P('Siobhán Ní Bhriain')}, freelance photographer\n{A('14 Wellington Quay, Dublin 2, D02 VX67')}\nTo: The Coastal Herald Ltd\nPay to IBAN {I(iban('IE', 'AIBK' + '931152' + g.s(DIGITS, 8)))}\nTotal due: EUR 1,240.00")
    add("cms-user-export", f"mysql> SELECT user_login, display_name, user_email FROM wp_users WHERE ID IN (12, 47);\n+--------------+------------------+-------------------------------+\n| {U('kwame.asante')} | {P('Kwame Asante')} | {E('kwame.asante@ghanadaily.com.gh')} |\n| {U('abena_o')} | {P('Abena Owusu')} | {E('abena.owusu@ghanadaily.com.gh')} |\n+--------------+------------------+-------------------------------+")
    add("tip-line-tr", f"İhbar hattı mesajı (anonim tutulacak):\nGönderen: {P('Elif Karaca')}\nTel: {T('0532 418 27 90')}\nAdres: {A('Bağdat Caddesi No: 214 D: 6, Kadıköy, İstanbul 34728')}")
    add("newsletter-bounce", f"2026-11-26T07:12:45Z mailer WARN bounce hard recipient={E('thandiwe.mokoena@webmail.co.za')} name=\"{P('Thandiwe Mokoena')}\" list=morning-briefing")
    add("interview-transcript-sw", f"Mahojiano — {P('Amina Wanjiru Mwangi')}, mkulima kutoka {A('Kijiji cha Gatundu, S.L.P. 214, Kiambu')}. Simu: {T('+254 722 418 093')}. Alizaliwa {D('12 Machi 1983')}.")

    # warehouse and fulfilment
    add("shipping-label", f"^XA\n^FO50,50^A0N,40,40^FD{P('Giulia Bernardi')}^FS\n^FO50,100^A0N,30,30^FD{A('Via Nazionale 88, 00184 Roma RM')}^FS\n^FO50,150^A0N,30,30^FDTel. {T('+39 347 221 8904')}^FS\n^FO50,220^BCN,100,Y,N,N^FD1Z999AA10123456784^FS\n^XZ")
    add("returns-csv", f"rma,customer,email,phone,postcode\nRMA-50121,{P('Oliver Bennett')},{E('ollie.bennett77@btinternet.com')},{T('07700 918 442')},{m('ZIP_CODE', 'LS6 2AB')}\nRMA-50122,{P('Priya Raghunathan')},{E('priya.r@yahoo.co.uk')},{T('07911 203 558')},{m('ZIP_CODE', 'M14 5TQ')}")
    add("driver-payroll-ro", f"Stat de plată — șoferi depozit Chitila\nNume: {P('Andrei Ionescu')}\nIBAN: {I(iban('RO', 'BTRL' + g.s(UPNUM, 16)))}\nData nașterii: {D('07.05.1990')}\nTelefon: {T('0744 219 830')}")
    add("picker-home-path", f"Traceback (most recent call last):\n  File \"/home/{U('svetlana.kuznetsova')}/wms-tools/pick_optimizer.py\", line 88, in <module>\n    main()\n  File \"/home/{U('svetlana.kuznetsova')}/wms-tools/pick_optimizer.py\", line 71, in main\n    raise ValueError('slot A-14-03 has no SKU')")
    add("delivery-note-vi", f"Phiếu giao hàng #GH-22871\nNgười nhận: {P('Nguyễn Thị Thu Hà')}\nĐịa chỉ: {A('123 Đường Lê Lợi, Phường Bến Thành, Quận 1, TP. Hồ Chí Minh')}\nSĐT: {T('0903 412 887')}")
    add("customs-invoice-zh", f"商业发票 / Commercial Invoice\n收货人：{P('王晓明')}\n地址：{A('上海市浦东新区世纪大道1288号 2305室')}\n电话：{T('+86 138 1762 4409')}\n邮箱：{E('wangxm@163.com')}")
    add("driver-incident", f"Incident #4471 — forklift collision, aisle 12\nReported by: {P('Kofi Mensah')} (shift lead)\nInjured: {P('Bogdan Kowalczyk')}, DOB {D('1984-02-19')}, emergency contact {P('Marta Kowalczyk')} {T('+44 7823 118 094')}")
    add("support-ticket-id", f"Halo tim, paket atas nama {P('Putri Ayu Lestari')} belum sampai. Alamat: {A('Jl. Kaliurang KM 5,6 No. 12, Sleman, Yogyakarta 55281')}. No HP {T('0812 2771 3490')}. Terima kasih.")

    # car dealers and fleet telematics
    add("dealer-crm", f"| Lead | Name | Phone | E-mail | Vehicle |\n|---|---|---|---|---|\n| 8812 | {P('Marcus Oyelaran')} | {T('(713) 555-0198')} | {E('m.oyelaran@gmail.com')} | 2024 Tacoma TRD |\n| 8813 | {P('Hannah Lindqvist')} | {T('(612) 555-0143')} | {E('hlindqvist@comcast.net')} | 2025 RAV4 Hybrid |")
    add("finance-application", f"Credit application (F&I) — deal #D-40291\nApplicant: {P('Jamal Rashid Henderson')}\nSSN: {m('US_SSN', '318-42-7719')}\nDOB: {D('04/22/1989')}\nDriver license: {m('US_DRIVER_LICENSE', 'H51842397')} (TX)\nAddress: {A('5810 Westheimer Rd Apt 1204, Houston, TX 77057')}")
    add("telematics-driver", f"{{\"driverId\":\"DRV-0091\",\"name\":\"{P('Ayşe Demirtaş')}\",\"phone\":\"{T('+90 533 207 4418')}\",\"homeBase\":\"{A('Atatürk Cd. No:41, 35210 Konak/İzmir')}\",\"licenseClass\":\"CE\"}}")
    add("service-booking-fi", f"Huoltovaraus vahvistettu\nAsiakas: {P('Jukka Virtanen')}\nPuhelin: {T('040 718 2294')}\nOsoite: {A('Hämeenkatu 31 B 12, 33200 Tampere')}\nAuto: Skoda Octavia, rek. ZKL-418")
    add("test-drive-ka", f"სატესტო სვლა — კლიენტი: {P('ნინო ბერიძე')}, ტელეფონი: {T('+995 599 41 22 87')}, მისამართი: {A('რუსთაველის გამზ. 24, თბილისი 0108')}")
    add("fleet-gps-ip", f"Fleet portal audit: password reset for {U('r.castellanos')} ({P('Ricardo Castellanos')}) requested from {IP('189.203.44.118')} — mobile hotspot of the driver, not the depot network.")
    add("deposit-receipt", f"Recibo de depósito — Concesionario AutoNorte\nCliente: {P('Valentina Ortiz Quispe')}\nTarjeta: {C(card('5417'))}\nTel: {T('+51 987 441 203')}")
    add("trade-in-kk", f"Ескі көлікті айырбастау өтінімі\nАты-жөні: {P('Айгерім Нұрланқызы')}\nТелефон: {T('+7 701 448 2297')}\nМекенжай: {A('Абай даңғылы 150, Алматы 050046')}")

    # municipal government
    add("permit-application", f"Building permit BP-2026-04411\nApplicant: {P('Gwendolyn Achterberg')}\nProperty: {A('1147 Maple Grove Ln, Eugene, OR 97401')}\nPhone: {T('541-555-0177')}\nEmail: {E('gwen.achterberg@gmail.com')}")
    add("council-minutes-pl", f"Protokół z konsultacji społecznych — uwagi mieszkańców:\n1. {P('Zbigniew Malinowski')}, {A('ul. Długa 7/3, 80-827 Gdańsk')} — sprzeciw wobec wycinki drzew.\n2. {P('Ewa Szymańska')}, tel. {T('505 218 447')} — prośba o dodatkowe przejście.")
    add("parking-fine-it", f"Verbale n. 2026/88412 — Polizia Locale di Bologna\nTrasgressore: {P('Francesco Rinaldi')}\nNato il {D('23/09/1976')}\nResidente in {A('Via dell’Indipendenza 52, 40121 Bologna')}")
    add("benefits-case-es", f"Expediente de ayuda al alquiler 2026/1187\nSolicitante: {P('Lucía Fernández Montero')}\nFecha de nacimiento: {D('15/01/1993')}\nDomicilio: {A('Calle de Embajadores 71, 4º B, 28012 Madrid')}\nIBAN para el abono: {I(iban('ES', '2100' + '0418' + '45' + g.s(DIGITS, 10)))}")
    add("311-ticket", f"311 request #SR-771290 (pothole)\nReporter: {P('DeShawn Carter')}\nCallback: {T('(312) 555-0164')}\nLocation given: outside {A('2315 W Division St, Chicago, IL 60622')}")
    add("voter-roll-fil", f"Listahan ng mga bagong rehistradong botante — Barangay San Roque\n- {P('Maria Cristina Dela Cruz')}, {A('Blk 4 Lot 12, Mabini St., Brgy. San Roque, Marikina City')}, ipinanganak {D('08/14/2003')}\n- {P('Jose Miguel Bautista')}, {T('0917 823 4410')}")
    add("tax-refund-bg", f"Заявление за възстановяване на данък\nИме: {P('Петя Димитрова Стоянова')}\nАдрес: {A('ул. Граф Игнатиев 18, ет. 3, 1000 София')}\nIBAN: {I(iban('BG', 'UNCR' + '7000' + '15' + g.s(DIGITS, 8)))}")
    add("library-card-hr", f"Gradska knjižnica — nova članica: {P('Ivana Kovačević')}, {A('Ilica 142, 10000 Zagreb')}, e-pošta {E('ivana.kovacevic@net.hr')}, rođena {D('03.11.2010')}.")
    add("waste-portal-fa", f"درخواست جمع‌آوری پسماند حجیم\nنام: {P('مریم رضایی')}\nتلفن: {T('0912 448 3071')}\nنشانی: {A('تهران، خیابان ولیعصر، کوچه نیلوفر، پلاک ۱۲')}")

    # restaurants and food delivery
    add("delivery-order", f"{{\"order_id\":\"DL-88123\",\"customer\":{{\"name\":\"{P('Sebastián Morales')}\",\"phone\":\"{T('+56 9 8841 2207')}\",\"address\":\"{A('Av. Providencia 1208, Depto 504, Providencia, Santiago')}\"}},\"items\":[{{\"sku\":\"EMP-01\",\"qty\":6}}],\"notes\":\"tocar timbre 504\"}}")
    add("reservation-th", f"การจองโต๊ะ: คุณ{P('สมชาย วงศ์สวัสดิ์')} 4 ท่าน วันเสาร์ 19:00 น. เบอร์ติดต่อ {T('081-447-2290')} อีเมล {E('somchai.w@hotmail.co.th')}")
    add("chargeback", f"Chargeback dispute CB-44120\nCardholder: {P('Emily Nakamura-Brooks')}\nCard: {C(card('3782', 15))}\nOrder: 2x ramen combo, delivered to {A('455 Valencia St, San Francisco, CA 94103')}")
    add("staff-hr-record", f"Personalakte (Auszug) — Restaurant Zum Goldenen Hirsch\nName: {P('Sebastian Huber')}\nGeburtsdatum: {D('29.07.1998')}\nIBAN: {I(iban('AT', '20111' + g.s(DIGITS, 11)))}\nAnschrift: {A('Getreidegasse 17, 5020 Salzburg')}")
    add("review-reply-ko", f"리뷰 답변 초안 (고객 정보 포함 — 게시 전 삭제): 주문자 {P('김민지')}님, 연락처 {T('010-4821-7730')}, 배송지 {A('서울특별시 마포구 월드컵북로 396, 1102호')}")
    add("catering-quote-am", f"የምግብ አቅርቦት ጥያቄ — ደንበኛ፡ {P('ሰላም ተስፋዬ')}፣ ስልክ፡ {T('+251 911 42 7730')}፣ አድራሻ፡ {A('ቦሌ ክፍለ ከተማ፣ ወረዳ 03፣ የቤት ቁጥር 512፣ አዲስ አበባ')}")
    add("loyalty-export-ta", f"வாடிக்கையாளர் பட்டியல் (loyalty):\n{P('கார்த்திக் சுப்ரமணியம்')}, {T('+91 98401 22873')}, {E('karthik.s@rediffmail.com')}\n{P('மீனாட்சி ராஜேந்திரன்')}, {T('+91 94440 71826')}")
    add("courier-chat-yo", f"Ẹ káàsán! Mo jẹ́ {P('Adébáyọ̀ Olúwaṣeun')}, olùfiránṣẹ́ oúnjẹ. Mi ò rí ilé náà ní {A('No. 14 Adeniran Ogunsanya St, Surulere, Lagos')}. Ẹ pè mí ní {T('0805 418 2290')}.")
    add("tip-payout-dk", f"Drikkepenge-udbetaling uge 47:\n{P('Mathilde Kjær')} → {I(iban('DK', '5000' + g.s(DIGITS, 10)))}\n{P('Ahmad Nazari')} → {I(iban('DK', '3000' + g.s(DIGITS, 10)))}")

    # biotech and research
    add("trial-screening-log", f"Screening log — study ONC-204, site 07\nSubject 07-014: {P('Margaret O’Sullivan')}, DOB {D('11-Feb-1951')}, {T('+353 87 441 2093')}\nSubject 07-015: {P('Pádraig Doyle')}, DOB {D('30-Jun-1960')}")
    add("biobank-consent", f"Consentimento informado — Biobanco\nParticipante: {P('Ana Luísa Carvalho')}\nData de nascimento: {D('22/10/1985')}\nEndereço: {A('Rua Augusta 1508, apto 72, Consolação, São Paulo - SP, 01304-001')}")
    add("eln-ownership", f"$ ls -l /mnt/eln/exports/\n-rw-r----- 1 {U('hkawasaki')} genomics 44812 Nov 26 09:14 plate_map_P17.csv\n-rw-r----- 1 {U('amorales')} genomics 10233 Nov 26 09:40 qpcr_run_88.xlsx")
    add("grant-team-sv", f"Projektgrupp (Vetenskapsrådet-ansökan):\n- {P('Astrid Lindgren-Ekström')}, PI, {E('astrid.ekstrom@ki.se')}, {T('070-318 44 92')}\n- {P('Oskar Bergqvist')}, postdoc\n- {P('Yusuf Abdi Warsame')}, doktorand")
    add("lab-access-hi", f"लैब एक्सेस अनुरोध: {P('रोहित शर्मा')}, जन्म तिथि {D('05/08/1997')}, मोबाइल {T('+91 99873 41208')}, पता {A('फ्लैट 302, साई कृपा अपार्टमेंट, कोथरुड, पुणे 411038')}")
    add("sample-shipping", f"Dry-ice shipment to collaborator:\nDr. {P('Wei Zhang')}\n{A('Room 402, Building 8, 320 Yueyang Road, Shanghai 200031')}\n{T('+86 21 5492 1188')}")
    add("vpn-login-ur", f"VPN لاگ: صارف {U('asad.mahmood')} ({P('اسد محمود')}) نے گھر سے {IP('39.45.118.207')} کے ذریعے لاگ ان کیا — سیکیونسر سرور تک رسائی۔")

    # recruiting and HR
    add("candidate-cv", f"Parsed CV (Daxtra output)\nName: {P('Oluwaseun Adeyemi-Clarke')}\nEmail: {E('seun.adeyemi.clarke@gmail.com')}\nPhone: {T('+44 7700 900 214')}\nAddress: {A('Flat 3, 27 Mile End Road, London E1 4TP')}\nDate of birth: {D('16 May 1994')}")
    add("offer-letter-it", f"Gentile {P('Chiara Esposito')},\nsiamo lieti di offrirle la posizione di Data Engineer. Lo stipendio sarà accreditato sull'IBAN {I(iban('IT', 'X' + '03069' + '09606' + g.s(DIGITS, 12)))}.\nCordiali saluti,\n{P('Roberto Galli')}, HR Director")
    add("ats-webhook", mcp(dumps({"event": "candidate.hired", "candidate": {"name": P("Léa Dubois-Nguyen"), "email": E("lea.dubois.nguyen@free.fr"), "phone": T("+33 6 71 88 20 43"), "start_date": "2027-01-05"}})))
    add("background-check", f"Background check — order BG-90122\nCandidate: {P('Tyrone Jefferson')}\nSSN: {m('US_SSN', '622-19-4408')}\nDOB: {D('1990-03-08')}\nPrior address: {A('77 Elm St, Worcester, MA 01609')}")
    add("hr-chat-export", f"[09:14] {P('Mette Kristiansen')}: kan nogen sende mig telefonnummeret på {P('Jonas Brandt')}?\n[09:15] {P('Sofie Lund')}: {T('+45 31 22 48 19')}\n[09:15] {P('Mette Kristiansen')}: tak!")
    add("payroll-card", f"Expense report — recruiting fair Lisbon\nEmployee: {P('Rafael Antunes')}\nCorporate card: {C(card('4263'))}\nHotel: Hotel Avenida Palace, 3 nights")
    add("interview-slot-id", f"Jadwal wawancara: {P('Dimas Pratama Wijaya')} ({E('dimas.pratama@gmail.com')}), Kamis 10:00 WIB, via Zoom. Nomor WA {T('+62 813 1877 4420')}.")
    add("recruiter-signature", f"Best regards,\n\n{P('Camille Laurent-Ferreira')}\nSenior Talent Partner | Northwind Health\nM: {T('+32 475 22 81 90')}\n{A('Avenue Louise 149, 1050 Bruxelles')}")
    add("referral-form-el", f"Φόρμα σύστασης υποψηφίου\nΌνομα: {P('Δημήτρης Κωνσταντίνου')}\nEmail: {E('d.konstantinou@yahoo.gr')}\nΤηλέφωνο: {T('694 812 2047')}")
    add("onboarding-git", f"commit 8f1c2ab\nAuthor: {P('Bartholomew Achebe')} <{E('bart.achebe@users.noreply.github.com')}>\nDate:   Wed Nov 25 18:02:11 2026 +0100\n\n    onboarding: add new-joiner checklist")
    add("visa-case-zh", f"签证材料清单 — 候选人：{P('陈思远')}，出生日期：{D('1992年4月17日')}，护照地址：{A('北京市朝阳区建国路88号SOHO现代城3号楼1506')}，电话：{T('139 1044 7723')}")
    add("shift-swap-ar", f"طلب تبديل وردية من {P('يوسف الحربي')} إلى {P('خالد العتيبي')}. رقم الجوال: {T('+966 55 418 2297')}.")
    add("relocation-hy", f"Տեղափոխման փաստաթղթեր — {P('Անի Սարգսյան')}, ծնված {D('09.02.1991')}, հասցե՝ {A('Մաշտոցի պող. 18, բն. 7, Երևան 0002')}, հեռ. {T('+374 91 442 187')}")
    add("claude-home-path", claude_line(f"/Users/{U('mbeaumont')}/Projects/ats-sync/node_modules/.bin/tsc --noEmit\nsrc/candidates.ts(41,7): error TS2322: Type 'string' is not assignable to type 'Date'."))
    add("jules-seed-fix", jules("Replace the production rows in db/seed.sql with fake data", f"-INSERT INTO employees VALUES (1, '{P('Svetla Georgieva')}', '{E('svetla.georgieva@abv.bg')}', '{D('1986-05-12')}');\n+INSERT INTO employees VALUES (1, 'Test User', 'test.user@example.com', '1990-01-01');"))
    add("replit-debug", replit(f"I printed the failing record so we can see it:\n{{'guest': '{P('Tanvir Hossain')}', 'phone': '{T('+880 1711 428 930')}', 'table': 12, 'card_last4': '4417'}}\nThe phone number has a leading + that the SMS provider rejects."))
    add("cursor-fixture", cursor_bg(f"The integration test reads tests/fixtures/patients.json, which contains a real patient: \"{P('Henrietta Okafor')}\", \"{A('33 Ridgeway Avenue, Bristol BS6 7TT')}\", \"{T('0117 496 0731')}\". I replaced it with synthetic data."))
    add("continue-signature", continue_ctx("email-thread.txt", f"Thanks for the quick turnaround on the Kitchen Display integration!\n\n— {P('Kalani Akana')}\nOperations Manager, Ohana Poke Co.\n{T('(808) 555-0126')} · {E('kalani@ohanapoke.com')}"))
    add("vs-output-person", vs_output(["Running CrmImport.Tests", f"Assert failed: expected owner '{P('Rajesh Pillai')}' <{E('rajesh.pillai@dealerhub.co.in')}>, got null"]))
    return out


def negatives(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(tag: str, t: str) -> None:
        out.append((f"holdout24:{tag}", t))

    add("env-example-ehr", "# .env.example — copy to .env and fill in\nMEDITECH_CLIENT_ID=\nMEDITECH_CLIENT_SECRET=<your-client-secret>\nFHIR_BASE_URL=https://fhir.example.org/r4\nBED_REFRESH_SECONDS=45")
    add("gha-secrets-ref", "name: deploy-kds\non: [push]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./deploy.sh\n        env:\n          DOORDASH_DEVELOPER_ID: ${{ secrets.DOORDASH_DEVELOPER_ID }}\n          DOORDASH_SIGNING_SECRET: ${{ secrets.DOORDASH_SIGNING_SECRET }}\n          LIGHTSPEED_TOKEN: ${{ secrets.LIGHTSPEED_TOKEN }}")
    add("git-log-hashes", "$ git log --oneline -6\n9c41e7a2 wms: batch pick lists by zone\n3fd0b815 fix(labels): ZPL barcode width for 4x6\ne17a9c04 chore: bump pydantic to 2.9.2\n0b7d3e61 telematics: handle missing odometer\n5a2f88c9 Merge pull request #812 from fleet/ignition-events\nd4c10e77 docs: describe the dock-door API")
    add("docker-digest", "$ docker pull ghcr.io/newsroom-tools/wire-ingest@sha256:7d3f0c9a1b44e2f6a8c5d0e9b7a61f23c4d5e6f708192a3b4c5d6e7f8091a2b3\nsha256:7d3f0c9a1b44e2f6a8c5d0e9b7a61f23c4d5e6f708192a3b4c5d6e7f8091a2b3: Pulling from newsroom-tools/wire-ingest\nDigest: sha256:7d3f0c9a1b44e2f6a8c5d0e9b7a61f23c4d5e6f708192a3b4c5d6e7f8091a2b3\nStatus: Image is up to date")
    add("uuid-migration", f"-- 2026_11_20_add_specimen_tables.sql\nINSERT INTO specimen_types (id, code, label) VALUES\n  ('{g.uuid()}', 'EDTA', 'Whole blood (EDTA)'),\n  ('{g.uuid()}', 'SST', 'Serum separator'),\n  ('{g.uuid()}', 'URN', 'Urine, random');")
    add("os-getenv-code", "import os\n\nfrom lab_client import LimsClient\n\n\ndef make_client() -> LimsClient:\n    api_key = os.environ[\"LABVANTAGE_API_KEY\"]\n    secret = os.getenv(\"LABVANTAGE_SECRET\", \"\")\n    if not secret:\n        raise RuntimeError(\"LABVANTAGE_SECRET is not set\")\n    return LimsClient(api_key=api_key, secret=secret)")
    add("placeholder-es", "Para configurar la integración con Glovo, copia `config.sample.yml` y sustituye los valores:\n\n```yaml\nglovo:\n  api_key: TU_API_KEY_AQUI\n  api_secret: xxxxxxxxxxxxxxxx\n```\n\nNunca subas el fichero real al repositorio.")
    add("fake-test-fixture", "def test_dealer_lead_parsing():\n    lead = parse_lead({\n        \"name\": \"Test Customer\",\n        \"email\": \"customer@example.com\",\n        \"phone\": \"555-0100\",\n        \"vin\": \"1HGCM82633A004352\",\n    })\n    assert lead.vin.startswith(\"1HG\")")
    add("coordinates", "Depot geofences (WGS84):\n| depot | lat | lon | radius_m |\n|---|---|---|---|\n| Rotterdam Waalhaven | 51.8942 | 4.4278 | 450 |\n| Duisburg Logport | 51.4012 | 6.7045 | 600 |\n| Łódź Olechów | 51.7421 | 19.5542 | 500 |")
    add("build-numbers", "Build #4821 succeeded in 6m 14s\n  kds-frontend 3.18.0-rc.2+build.4821\n  kds-api     3.18.0-rc.2+build.4821\n  artifact: kds-bundle-3.18.0-rc.2-4821.tar.gz (sha1 0f3c9a7e4b21d8e6c5a90b7d3e1f24a6c8d9e0b1)")
    add("terraform-sensitive", "Terraform will perform the following actions:\n\n  # aws_secretsmanager_secret_version.fortellis will be updated in-place\n  ~ resource \"aws_secretsmanager_secret_version\" \"fortellis\" {\n        id            = \"arn:aws:secretsmanager:eu-west-1:123456789012:secret:fortellis-AbCdEf|terraform-2026\"\n      ~ secret_string = (sensitive value)\n    }\n\nPlan: 0 to add, 1 to change, 0 to destroy.")
    add("masked-ci-log", "2026-11-26T10:02:41.118Z Run ./scripts/sync_menus.sh\n2026-11-26T10:02:41.120Z   TOAST_CLIENT_SECRET: ***\n2026-11-26T10:02:41.120Z   OLO_API_KEY: ***\n2026-11-26T10:02:44.907Z synced 212 menu items for 14 locations")
    add("order-numbers", "Orders stuck in 'awaiting pickup':\n- #UE-5521-88410 (placed 18:42)\n- #DD-77a9c1f3 (placed 18:47)\n- #GH-204418812 (placed 18:51)\nAll three belong to store 0417; courier assignment retried at 19:05.")
    add("public-companies-news", "Today's media round-up: The Associated Press and Agence France-Presse both moved their election results APIs to new endpoints; Reuters kept the old one. The Guardian, Le Monde and Die Zeit run on in-house CMSs, while many regional papers use WordPress VIP or Arc XP.")
    add("k8s-secretref", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: lims-bridge\nspec:\n  template:\n    spec:\n      containers:\n        - name: bridge\n          image: registry.lab.local/lims-bridge:2.4.1\n          env:\n            - name: BENCHLING_API_KEY\n              valueFrom:\n                secretKeyRef:\n                  name: benchling\n                  key: api-key")
    add("docs-example-key", "According to the vendor docs, requests are signed like this:\n\n```\nAuthorization: ApiKey YOUR_API_KEY\nX-Signature: HMAC-SHA256(<secret>, <timestamp>.<body>)\n```\n\nwhere `YOUR_API_KEY` is the key from the dashboard. The example signature in the docs (`5d41402abc4b2a76b9719d911017c592`) is just the MD5 of \"hello\".")
    add("timestamps-log", "2026-11-26 03:14:07.882 INFO  [dock-scheduler] slot D12 booked carrier=DHL ref=SHP-2026-118834 eta=2026-11-26T05:30:00+01:00\n2026-11-26 03:14:08.013 INFO  [dock-scheduler] slot D13 booked carrier=DSV ref=SHP-2026-118835 eta=2026-11-26T05:45:00+01:00\n2026-11-26 03:14:09.441 WARN  [dock-scheduler] slot D14 overlap with maintenance window")
    add("fhir-resource-ids", "GET /fhir/r4/Observation?patient=Patient/example&code=http://loinc.org|718-7\n200 OK\n{\"resourceType\":\"Bundle\",\"type\":\"searchset\",\"total\":2,\"entry\":[{\"fullUrl\":\"urn:uuid:8c1f5e2a-3b7d-4e9a-b2c6-1d0f9a8e7b53\"}]}")
    add("vin-list-de", "Fahrzeugliste für die Auktion am Donnerstag (nur Fahrgestellnummern, keine Halterdaten):\nWVWZZZ1KZAW000123\nWBA3A5C51CF256985\nVF1RFB00357891234\nTMBJJ7NE4J0123456\nBitte vor dem Export prüfen, ob alle FIN 17 Zeichen haben.")
    add("changeme-compose", "services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: kds\n      POSTGRES_PASSWORD: changeme\n      POSTGRES_DB: kds\n  redis:\n    image: redis:7-alpine")
    add("code-identifiers", "class FleetTokenRefresher:\n    \"\"\"Refreshes the telematics access token before it expires.\"\"\"\n\n    TOKEN_HEADER = \"X-Access-Token\"\n    SECRET_ENV_VAR = \"GEOTAB_SECRET\"\n\n    def refresh_access_token(self, refresh_token_provider):\n        return refresh_token_provider.get_token(scope=\"fleet.read\")")
    add("npm-lock-integrity", "\"node_modules/date-fns\": {\n  \"version\": \"3.6.0\",\n  \"resolved\": \"https://registry.npmjs.org/date-fns/-/date-fns-3.6.0.tgz\",\n  \"integrity\": \"sha512-fRHTG8g/Gif+kSh50gaGEdToemgfj74aRX3swtiouboip5JDLAyDE9F11nHMIcvOaXeOC6D7SpNhi7uFyB7Uww==\",\n  \"license\": \"MIT\"\n}")
    add("municipal-open-data-fr", "Jeu de données ouvert de la ville : liste des bornes de recharge.\nidentifiant;adresse_station;puissance_kw;lat;lon\nFR*V75*E0012;Place de l'Hôtel de Ville;22;48.8566;2.3522\nFR*V75*E0013;Boulevard Voltaire (face n°50);50;48.8610;2.3737\nLicence : ODbL. Aucune donnée personnelle.")
    add("sample-card-docs", "Use Stripe's documented test card `4242 4242 4242 4242` with any future expiry and any CVC to exercise the tip flow in test mode. Live cards are rejected by the sandbox.")
    add("ip-private-infra", "Kitchen display network map:\n- KDS controller: 10.40.2.10\n- printers: 10.40.2.21-10.40.2.28\n- POS gateway: 192.168.50.1\n- NTP: 172.16.0.123\nAll addresses are on the restaurant's private VLANs.")
    add("jwt-structure-explainer", "A JWT has three base64url parts separated by dots: `header.payload.signature`. For example the header `{\"alg\":\"HS256\",\"typ\":\"JWT\"}` encodes to `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9`. Never log the whole token; log the `jti` claim instead.")
    add("placeholder-ja", "設定例（README より）:\n\n```toml\n[demaecan]\nshop_key = \"<ここに店舗キー>\"\nendpoint = \"https://api.example.jp/v1\"\n```\n\n実際のキーは 1Password の「出前館」項目を参照してください。")
    add("hash-report", "Checksum report for the nightly LIMS export:\nplate_map_P17.csv  md5 9e107d9d372bb6826bd81d3542a419d6\nqpcr_run_88.xlsx   sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\nAll checksums match the manifest.")
    add("vault-path-refs", "To read the Cisco Webex bot token in the ward-alerts service we use `vault kv get -field=token secret/ward-alerts/webex`. The service account only has read on `secret/data/ward-alerts/*`. No token is stored in the repo.")
    add("redacted-log-de", "2026-11-26 08:41:12 INFO Anmeldung am Händlerportal erfolgreich (Benutzer: [REDACTED], Passwort: ********)\n2026-11-26 08:41:13 INFO 37 neue Leads importiert\n2026-11-26 08:41:13 INFO nächste Synchronisation 09:41:12")
    add("lab-protocol", "Protocol v3.2 — RNA extraction\n1. Add 350 µL RLT buffer + 1% β-ME.\n2. Vortex 15 s, spin 2 min at 14,000 × g.\n3. Elute in 30 µL RNase-free water.\nLot numbers: RLT 172041398, columns 163038114. Expiry 2027-08.")
    add("swagger-security", "components:\n  securitySchemes:\n    ApiKeyAuth:\n      type: apiKey\n      in: header\n      name: X-API-KEY\n    OAuth2:\n      type: oauth2\n      flows:\n        clientCredentials:\n          tokenUrl: https://auth.example.com/oauth/token\n          scopes:\n            orders:read: read orders")
    add("copilot-refusal", "I can't see any credential in `fleet/config.py` — it already reads `SAMSARA_API_TOKEN` from the environment via `os.environ.get`. The string `samsara_api_token` on line 12 is only the name of a settings field.")
    add("hr-policy-sv", "Personalhandbok, avsnitt 4.2: Lösenord får aldrig skickas i chatten. Använd lösenordshanteraren och dela via ett engångslänk. Exempel på ett svagt lösenord som inte är tillåtet: \"password123\".")
    add("tracking-numbers", "Tracking numbers for today's returns batch (public carrier references):\n1Z999AA10123456784\n9400111899223344556677\nJD014600003828392847\nLX123456789DE")
    add("semver-changelog", "## 4.12.0 — 2026-11-24\n- Added support for HL7 v2.8 ORU messages\n- Bumped hapi-fhir to 7.4.2\n- Deprecated `LegacyAdtListener` (removal in 5.0.0)\n## 4.11.3 — 2026-11-10\n- Fixed timezone handling for specimen collection times")
    add("uuid-trace-ar", "سجل التتبع: معرّف الطلب 3f2b9c1e-7a44-4d1e-9b0a-5c6d7e8f9a10 فشل عند خطوة الدفع، وأُعيدت المحاولة بنجاح بعد 3 ثوانٍ. لا توجد بيانات شخصية في السجل.")
    add("feature-flags", "{\n  \"flags\": {\n    \"kds.new_ticket_layout\": true,\n    \"delivery.auto_accept\": false,\n    \"payments.tip_suggestions\": [15, 18, 20],\n    \"experiment_id\": \"exp_2026_11_tip_ui\"\n  }\n}")
    add("newsroom-style-it", "Promemoria redazione: nei titoli usiamo «Ue» e non «UE»; le cifre sopra il diecimila vanno con il punto (12.500). Il feed ANSA delle 18:00 ha id 2026-11-26-180001, quello Reuters RTRS-20261126-1800. Nessuna credenziale qui, chiedete al desk tecnico.")
    add("example-email", "The notification template uses placeholder addresses in tests: `patient@example.com`, `noreply@example.org`. Real addresses come from the EHR at runtime and are never logged.")
    add("ruff-output", "$ ruff check .\nhr_sync/ats.py:41:5: S105 Possible hardcoded password assigned to: \"password_field\"\nhr_sync/ats.py:88:9: F841 Local variable `token_url` is assigned to but never used\nFound 2 errors.")
    add("csv-stats-pt", "Relatório semanal de entregas (agregado, sem dados pessoais):\nregiao,pedidos,tempo_medio_min,cancelados\nLisboa,18412,27.4,312\nPorto,9021,24.9,140\nBraga,2210,22.1,35")
    add("ansible-vault-ref", "- name: configure lab printers\n  hosts: labprinters\n  vars_files:\n    - vars/printers.yml\n    - vault/printers.vault.yml   # encrypted with ansible-vault\n  tasks:\n    - name: push config\n      template: src=printer.cfg.j2 dest=/etc/printer.cfg")
    add("kubectl-describe-secret", "$ kubectl describe secret kds-credentials -n restaurants\nName:         kds-credentials\nNamespace:    restaurants\nType:  Opaque\n\nData\n====\nTOAST_CLIENT_SECRET:  64 bytes\nOLO_API_KEY:          40 bytes")
    add("aws-doc-account", "The IAM policy example in the AWS docs uses the account id 123456789012 and the access key id AKIAIOSFODNN7EXAMPLE — both are documentation values, so the scanner allow-list has them.")
    add("table-placeholders-tr", "| Değişken | Açıklama | Örnek |\n|---|---|---|\n| GETIR_API_KEY | Getir iş ortağı anahtarı | `<getir-anahtarı>` |\n| YEMEKSEPETI_TOKEN | Yemeksepeti belirteci | `xxxx-xxxx-xxxx` |\n| WEBHOOK_URL | Bildirim adresi | `https://ornek.com/webhook` |")
    add("mcp-empty-result", mcp("Search for 'API_KEY' in /workspace/fleet-dashboard returned 3 matches:\nsrc/config.ts:4: const apiKey = process.env.GEOTAB_API_KEY;\nsrc/config.ts:9: if (!apiKey) throw new Error('GEOTAB_API_KEY missing');\nREADME.md:22: Set GEOTAB_API_KEY in your .env file."))
    add("claude-tool-tests", claude_line("============================= test session starts ==============================\ncollected 148 items\n\ntests/test_hl7.py ........................................  [ 27%]\ntests/test_fhir.py ....................................................  [ 62%]\ntests/test_pharmacy.py ........................................................ [100%]\n\n============================= 148 passed in 4.21s =============================="))
    add("codex-diff-config", codex_cloud(["Applied patch to settings.py", "-SECRET_KEY = 'django-insecure-dev-only'", "+SECRET_KEY = os.environ['DJANGO_SECRET_KEY']", "Tests: 61 passed"]))
    add("hex-colors-ids", "Brand tokens for the restaurant ordering app:\n--primary: #E4572E;\n--secondary: #29335C;\n--accent: #F3A712;\nlayout id: 0x7f0a01c3, font hash 3a7bd3e2360a3d29eea436fcfb7e44c735d117c4")
    add("replit-env-names", replit("Your app needs these secrets before it can start: INSTACART_CONNECT_KEY, GOPUFF_PARTNER_SECRET and DATABASE_URL. Open the Secrets tab and add them; I did not write any values into the code."))
    add("coupon-codes", "Promo codes for the launch weekend (public, printed on flyers): WELCOME10, FREEDELIVERY, PIZZA2FOR1. Each is limited to one use per account.")
    add("iso-dates-ko", "배포 일정: 2026-12-01T09:00:00+09:00 스테이징, 2026-12-03T09:00:00+09:00 운영. 빌드 번호 20261201.3, 커밋 a3f9c21.")
    add("placeholder-zh", "配置说明：把 `ELEME_APP_SECRET=<在开放平台获取>` 写进 `.env.local`，不要提交。示例值 `0000000000000000` 只用于单元测试。订单号示例：E-20261126-000183。")
    add("hi-build-notes", "बिल्ड नोट्स: संस्करण 2.7.1 (बिल्ड 20261126.4) में डिलीवरी ट्रैकिंग का नया पेज जोड़ा गया। कमिट 7b3e9d1, टैग v2.7.1। कोई कुंजी या पासवर्ड इस रिलीज़ में नहीं बदला गया।")
    add("pl-env-docs", "Zmienne środowiskowe wymagane przez usługę magazynową:\n\n| Nazwa | Opis |\n|---|---|\n| `WMS_API_URL` | adres API, np. `https://wms.example.pl/api` |\n| `WMS_API_TOKEN` | token — pobierany z Vaulta, **nie wpisuj go tutaj** |\n| `WMS_TIMEOUT` | limit czasu w sekundach (domyślnie 30) |")
    add("el-release", "Σημειώσεις έκδοσης 5.3.0: διορθώθηκε η εξαγωγή HL7 για το εργαστήριο, ενημερώθηκε η βιβλιοθήκη fhir.resources σε 7.1.0. Αριθμός build: 5.3.0-b1182. Δεν περιέχονται διαπιστευτήρια.")
    add("vi-order-ids", "Danh sách đơn hàng lỗi đồng bộ (chỉ mã, không có thông tin khách):\nDH-2026-11-0411\nDH-2026-11-0412\nDH-2026-11-0419\nMã lô: LOT-7781-A, mã kho: HCM-KHO-03.")
    add("he-test-fixture", "בדיקת יחידה לטופס הרישום משתמשת בנתונים מדומים בלבד: שם \"ישראל ישראלי\", טלפון 050-0000000, דוא\"ל test@example.co.il. אין להשתמש בנתונים אמיתיים של מטופלים.")
    add("junie-no-secret", junie("check docker-compose.yml for hard-coded secrets", "No hard-coded secrets found. The `LIMS_PASSWORD` variable is read from `${LIMS_PASSWORD:?missing}`; the `healthcheck` uses `curl -f http://localhost:8080/health`."))
    add("vs-output-build", vs_output(["Build started: Project: DealerPortal.Api, Configuration: Release Any CPU", "DealerPortal.Api -> C:\\agent\\_work\\1\\s\\src\\DealerPortal.Api\\bin\\Release\\net8.0\\DealerPortal.Api.dll", "========== Build: 1 succeeded, 0 failed, 0 up-to-date, 0 skipped =========="]))
    add("fi-sensor-data", "Kylmävaraston anturit (keskiarvot klo 03–04):\nanturi_id;lämpötila_c;kosteus_pct\nKV-01;-18.4;71\nKV-02;-18.9;69\nKV-03;-17.6;74\nHälytysraja -15,0 °C.")
    add("sw-menu-update", "Sasisha menyu ya mgahawa: bei mpya ya pilau ni KSh 450, chapati KSh 30. Nambari ya toleo la menyu ni 2026.11.3 na kitambulisho cha kategoria ni cat_7f2a91. Hakuna taarifa za wateja hapa.")
    return out
