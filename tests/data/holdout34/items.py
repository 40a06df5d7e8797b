# ruff: noqa: E501, RUF001  -- item tables hold whole texts on one line; foreign letters are intended.
"""Thirty-fourth held-out set, written blind (see README.md). Domains: construction and civil
engineering, pharmacies and drug wholesalers, logistics and warehousing, newspapers and
broadcasters, sports clubs and stadiums, dairy and livestock farms, mining and quarries, telecom
operators, municipal permits and registries. Providers A-M that no earlier set used.
"""

from __future__ import annotations

import json

from _markup import IP, A, C, D, E, I, P, S, T, U, create_file, diff, edit_file, m, openai_call, tool_result
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
    """A Copilot coding agent custom agent profile, .github/agents/<name>.md."""
    return f"---\nname: {name}\ndescription: {name.replace('-', ' ')} helper\ntools: [\"read\", \"edit\", \"shell\"]\n---\n\n{body}"


def usage_page(items: list[dict[str, object]], page: int = 3) -> str:
    """A page of GET /enterprises/{enterprise}/copilot/usage-records."""
    return dumps({"total_count": 2214, "page": page, "per_page": 50, "usage_records": items}, indent=2)


def hec(event: dict[str, object]) -> str:
    """An audit-log stream event as posted to Splunk HEC."""
    return dumps({"time": 1795861203.412, "host": "github-audit-stream", "sourcetype": "github:enterprise:audit", "event": event})


def blob(lines: list[dict[str, object]]) -> str:
    """An audit-log streaming blob in Azure Blob Storage: one JSON object per line."""
    return "\n".join(dumps(x) for x in lines)


def vs_chat(question: str, answer: str) -> str:
    return f"GitHub Copilot Chat (Visual Studio 17.14)\n> {question}\n\n{answer}"


def xcode(question: str, answer: str) -> str:
    return f"[Copilot for Xcode · Chat]\nuser: {question}\ncopilot: {answer}"


def edits(files: str, body: str) -> str:
    return f"Copilot Edits — working set: {files}\n{body}"


def stream_json(text: str) -> str:
    """One line of `claude -p --output-format stream-json`."""
    return dumps({"type": "assistant", "message": {"id": "msg_01Xq", "role": "assistant", "content": [{"type": "text", "text": text}]}, "session_id": "7d1e0c2a"})


def claude_tool(cmd: str, out: str) -> str:
    return dumps({"type": "user", "message": {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_01Kd", "content": out}]}, "tool_input": {"command": cmd}})


def hook_input(tool: str, tool_input: dict[str, object]) -> str:
    """What a Claude Code PreToolUse hook reads on stdin."""
    return dumps({"session_id": "b4a9", "hook_event_name": "PreToolUse", "tool_name": tool, "tool_input": tool_input})


def gemini_cli(body: str) -> str:
    return f"✦ {body}"


def checkpoint(history: list[dict[str, object]]) -> str:
    """A Gemini CLI checkpoint file (~/.gemini/tmp/<hash>/checkpoints/*.json)."""
    return dumps({"history": history, "toolCall": {"name": "replace"}}, indent=1)


def amazonq(question: str, answer: str) -> str:
    return f"Amazon Q Developer\n> {question}\n\n{answer}"


def augment(body: str) -> str:
    return f"Augment Agent ⟡ {body}"


def amp(thread: str, body: str) -> str:
    return f"amp ▸ thread T-{thread}\n{body}"


def zed(body: str) -> str:
    return f"## Agent Panel (Zed)\n{body}"


def cont(body: str) -> str:
    return dumps({"sessionId": "c0ff", "title": "Continue session", "history": [{"message": {"role": "assistant", "content": body}}]})


def aider(user: str, answer: str) -> str:
    """.aider.chat.history.md"""
    return f"#### {user}\n\n{answer}"


def droid(body: str) -> str:
    return f"Factory Droid · code-droid\n{body}"


def warp(cmd: str, out: str) -> str:
    return f"Warp Agent Mode ▸ running `{cmd}`\n{out}"


def mcp(server: str, text: str) -> str:
    return dumps({"jsonrpc": "2.0", "id": 31, "result": {"content": [{"type": "text", "text": text}], "isError": False}, "_server": server})


def twice(name: str, args: dict[str, object]) -> str:
    """A tool call whose arguments are a JSON string, logged again as a JSON string (twice escaped)."""
    inner = dumps({"type": "function", "function": {"name": name, "arguments": dumps(args)}})
    return dumps({"event": "tool_call", "raw": inner})


def kiro_spec(name: str, body: str) -> str:
    """A Kiro spec file, .kiro/specs/<name>/requirements.md."""
    return f"<!-- .kiro/specs/{name}/requirements.md -->\n# {name}\n\n{body}"


def card4(number: str) -> str:
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))


def secrets(g: Gen) -> list[tuple[str, list[str], str]]:
    out: list[tuple[str, list[str], str]] = []

    def add(p: str, t: str, providers: list[str] | None = None) -> None:
        out.append((f"holdout34:{p}", providers or [p], t))

    # construction and civil engineering ------------------------------------------------------
    add("cosential", f"cosential:\n  base_url: https://compass.cosential.com/api\n  firm_id: 41187\n  username: {U('bd.integration')}\n  password: {S('Tender&Bid2026')}\n  api_key: {S(g.uuid())}")
    add("benetics", f"Hola! La clau de Benetics per al xat d'obra de la Sagrera és {S('bnt_' + g.mixed(ALNUM, 32))}. L'he posada al fitxer .env del servidor de proves, però no la pugeu al repositori, si us plau.")
    add("avicado", create_file("config/avicado.json", dumps({"avicado": {"tenant": "bau-nord", "apiKey": S(g.s(HEX, 32)), "sync": ["plans", "defects"]}}, indent=2)))
    add("alice-technologies", f"[alice]\nhost = \"https://app.alicetechnologies.com\"\norg = \"metro-line-4\"\ntoken = \"{S('alice_pat_' + g.mixed(ALNUM, 40))}\"\nscenario_limit = 12")
    add("acculynx", f"using var http = new HttpClient();\nhttp.DefaultRequestHeaders.Authorization =\n    new AuthenticationHeaderValue(\"Bearer\", \"{S(g.uuid())}\"); // AccuLynx roofing jobs\nvar jobs = await http.GetFromJsonAsync<JobPage>(\"https://api.acculynx.com/api/v2/jobs?pageSize=25\");")
    add("jobtread", f"JobTread webhook secret rotated by Mahina from the portal; the new one is {S(g.mixed(ALNUM, 24))} — paste it in the Zapier step labelled 'JT daily log'.")
    add("corecon", f"<appSettings>\n  <add key=\"CoreconEndpoint\" value=\"https://api.corecon.com/v1/\" />\n  <add key=\"CoreconUser\" value=\"{U('svc_estimator')}\" />\n  <add key=\"CoreconPassword\" value=\"{S('Rebar#Grade60x')}\" />\n</appSettings>")
    add("billd", warp("grep -n BILLD .env.local", f"7:BILLD_API_KEY={S('bld_sk_' + g.mixed(ALNUM, 32))}\n8:BILLD_ENV=sandbox\n\nThe key on line 7 is a live-format key even though ENV says sandbox. I'd rotate it."))
    add("buildpass", f"Kia ora team — BuildPass site induction API: key {S(g.s(UPNUM, 8) + '-' + g.s(UPNUM, 8) + '-' + g.s(UPNUM, 8))} for the Tāmaki Drive job. Delete this message once you've saved it.")
    add("aphex-planning", openai_call("write_file", {"path": "aphex/.env", "content": f"APHEX_TENANT=tunnel-east\nAPHEX_API_TOKEN={S(g.b64(36, urlsafe=True))}\n"}))
    add("conject", f"    - name: Export Conject data room\n      env:\n        CONJECT_USER: {U('dataroom-export')}\n        CONJECT_PASSWORD: {S('Fl00rPlan_rev7!')}\n      run: python tools/conject_export.py --project HBF-07")
    add("deltabid", f"https://{U('tenders')}:{S('Kalkul8-Beton')}@ftp.deltabid.com/outbox/2026-11/")
    add("builderprime", tool_result(f"$ cat .env\nBUILDER_PRIME_API_KEY={S(g.s(HEX, 64))}\nBUILDER_PRIME_SUBDOMAIN=hartleyroofing\n"))
    add("flyability", f"flyability:\n  inspector_cloud:\n    api_key: \"{S('fly_' + g.s(LOWNUM, 40))}\"\n    site: sewer-tunnel-B")
    add("equipmentshare", stream_json(f"I found the EquipmentShare T3 token in `scripts/telematics.sh`: `ES_T3_TOKEN={S(g.mixed(ALNUM, 44))}`. It was committed in 2f1c9a0; I've replaced it with `${{ES_T3_TOKEN:?}}` and you should revoke it."))
    add("b2w-software", f"; b2w.ini\n[B2W]\nServer=b2w-app01\nDatabase=B2W_Estimate\nUser={U('b2w_reader')}\nPassword={S('Asphalt!Paver42')}")
    add("built-technologies", f"export BUILT_API_KEY='{S('bt_live_' + g.mixed(ALNUM, 40))}'\nnode scripts/draws.js --loan 88-2093 --since 2026-11-01")
    add("bindapt", f"Bindapt ile proje paylaşımı için token: {S(g.s(HEX, 32))}")
    add("catenda", checkpoint([{"role": "user", "parts": [{"text": "fix the Catenda BCF import"}]}, {"role": "model", "parts": [{"text": f"The client uses a hard-coded refresh token `{S(g.b64(48, urlsafe=True).rstrip('='))}`; I'll read it from CATENDA_REFRESH_TOKEN instead."}]}]))
    add("allplan-bimplus", f"const bimplus = new BimplusClient({{\n  server: 'https://api.bimplus.net/v2',\n  applicationId: '{g.uuid()}',\n  token: '{S(g.uuid())}',\n}});")
    add("gobridgit", f"| env | BRIDGIT_API_KEY | note |\n|---|---|---|\n| prod | `{S(g.mixed(ALNUM, 36))}` | workforce planner |\n| staging | `${{{{ secrets.BRIDGIT_STAGING }}}}` | ok |")
    add("coins-global", f"<coins>\n  <url>https://coins.acme-build.co.uk/cgi-bin/wsapi</url>\n  <user>{U('COINSAPI')}</user>\n  <pass>{S('Scaffold77!Tie')}</pass>\n</coins>")
    add("letsbuild", f"Salut ! Pour l'API LetsBuild (chantier Liège-Guillemins) : client_secret = {S(g.mixed(ALNUM, 40))}. Je l'envoie ici car le coffre est en panne, on le change demain.")
    add("iauditor", f"$ export SAFETYCULTURE_TOKEN={S(g.s(HEX, 64))}\n$ iauditor-exporter export --format csv --export-path ./exports\nINFO exporting 418 inspections from org 'civil-works-qld'")
    add("fulcrum-app", f"import fulcrum\nclient = fulcrum.Fulcrum(\"{S(g.s(HEX, 80))}\")  # culvert inspections app\nrecords = client.records.search(url_params={{\"form_id\": FORM_ID}})")
    add("deltek-vantagepoint", f"Deltek Vantagepoint\n  DbName: VP_ENG\n  Username: {U('apiuser')}\n  Password: {S('Survey&Stake2026')}\n  ClientSecret: {S(g.mixed(ALNUM, 32))}")
    add("agtek", f"agtek:\n  # earthworks takeoff sync (Gradework / SiteWork)\n  gateway: https://cloud.agtek.com/api\n  api-key: {S(g.s(HEXU, 40))}")
    add("earthcam", f"<?php\n$ecToken = \"{S(g.mixed(ALNUM, 32))}\"; // EarthCam Control Center – tower crane cam\n$img = file_get_contents(\"https://api.earthcam.net/v1/cameras/TC-3/latest?token=\".$ecToken);")
    add("dassian", f"Dassian Gov.Con rapor servisi şifresi: kullanıcı {U('dassian_rpt')} / parola {S('Kopru_Insaat_19')}")
    add("dexter-chaney", f"DSN=SPECTRUM;UID={U('fnd_payroll')};PWD={S('CertPay!roll3')};Server=spectrum-sql.local\\SPECTRUM  ; Dexter + Chaney Spectrum")
    add("jobpac", edit_file("deploy/appsettings.Production.json", '"Jobpac": { "ApiKey": "" }', f"\"Jobpac\": {{ \"ApiKey\": \"{S(g.s(HEX, 40))}\" }}"))
    add("ausenco", f"Ausenco portal – SharePoint sync account: {U('ausenco-sync@projects.local')} password {S('Tailings_Dam5')} (stored here only until IT sets up the vault)")
    add("haulhub", f"HAULHUB_API_KEY = \"{S('hh_' + g.s(LOWNUM, 40))}\"\n# e-ticketing for asphalt deliveries, DOT District 4")

    # pharmacies and drug wholesalers ---------------------------------------------------------
    add("alliance-healthcare", f"[alliance_healthcare]\norder_endpoint = https://orders.alliance-healthcare.co.uk/ws/v3\naccount = 7731029\npassword = {S('Paracet@mol500')}")
    add("amplicare", f"Bon dia, Núria! He revisat el connector d'Amplicare de la farmàcia de Gràcia: la clau estava escrita directament a `settings.py` (`AMPLICARE_API_KEY = \"{S(g.mixed(ALNUM, 40))}\"`). L'he mogut a la variable d'entorn i caldria regenerar-la.")
    add("apotek1", f"Hei! Apotek 1 sin API-nøkkel for reseptoversikt ligger nå i lastpass, men her er den også: {S(g.uuid())}. Ikke del videre.")
    add("apoteket", f"apoteket:\n  partner-api:\n    klient-id: kundklubb\n    klient-hemlighet: {S(g.mixed(ALNUM, 36))}")
    add("apotheka", f"Apotheka e-poe API võti: {S(g.s(HEX, 32))} — see on toodangu oma, palun ära pane seda Slacki.")
    add("biocare-rx", f"$ psql \"postgresql://{U('rx_etl')}:{S('Ibuprofen-200mg')}@biocare-rx-db.internal:5432/dispensing\"\npsql (16.4)\ndispensing=>")
    add("epicor-eclipse", f"<?xml version=\"1.0\"?>\n<EclipseConnection>\n  <Host>eclipse.medsupply.local</Host>\n  <Port>5000</Port>\n  <Login user=\"{U('WEBORDERS')}\" password=\"{S('Vial&amp;Syringe88')}\"/>\n</EclipseConnection>")
    add("drx-pharma", vs_chat("Why is DrxClient throwing 401?", f"Your `appsettings.json` sets `\"DrxApiKey\": \"{S(g.s(HEX, 32))}\"` but the pharmacy switched tenants. Generate a new key in the DRX admin and store it with `dotnet user-secrets`."))
    add("erxmedic", f"erxmedic.api.key={S(g.mixed(ALNUM, 28))}\nerxmedic.api.url=https://api.erxmedic.com/v1")
    add("dispensary-pro", f"DispensaryPro login for the Kalihi store: user {U('kalihi.rx')} pw {S('Aloha!Pills2026')}")
    add("fdb-medknowledge", f"FDB MedKnowledge Cloud\nClientId: 3382\nSecret: {S(g.s(HEXU, 32))}\nBase: https://api.fdbcloudconnector.com/api/4")
    add("gsms-pharma", f"GSMS wholesaler EDI:\n  AS2 password: {S('Tablet$Blister9')}\n  partner: GSMS-CAMARILLO")
    add("healthmart", amazonq("how do I call the Health Mart store locator?", f"Your Lambda already has the key in plain text:\n\n```python\nHM_KEY = \"{S(g.mixed(ALNUM, 32))}\"\n```\n\nMove it to Secrets Manager and read it at cold start."))
    add("henry-schein-one", f"$ dotnet user-secrets list --project src/ClinicBridge\nHenrySchein:ClientId = clinic-erp-bridge\nHenrySchein:ClientSecret = {S(g.b64(32))}\nLogging:Level = Information")
    add("ldm-pharma", create_file("ldm/config.toml", f"[ldm]\nendpoint = \"https://api.ldm-group.de/v1\"\napi_key = \"{S(g.s(HEX, 40))}\"\n"))
    add("lloyds-pharmacy", f"Lloyds online doctor staging — basic auth {U('qa-team')} / {S('Dispense+Check22')}")
    add("mediware", f"Connection string: Data Source=mw-sql02;Initial Catalog=WellSky_Rx;User ID={U('mwrx')};Password={S('Infus1on!Pump')};")
    add("clicks-sa", f"Haai, die Clicks API sleutel vir die apteek-integrasie is {S(g.mixed(ALNUM, 32))}. Ek het dit in die .env gesit; moenie dit commit nie asseblief.")
    add("dischem", f"Sawubona! Ngicela ungayifaki le token ye-Dis-Chem ku-repo: {S('dch_' + g.s(LOWNUM, 36))}. Ngizoyishintsha ngoMsombuluko. / Asseblief moet dit nie commit nie.")
    add("medbank", f"Medbank Wholesale SFTP\nhost: sftp.medbank.co\nuser: {U('pharm_orders')}\npass: {S('Chemist2026!')}")
    add("capsa-healthcare", twice("set_secret", {"name": "CAPSA_NEXSYS_API_KEY", "value": S(g.mixed(ALNUM, 40))}))
    add("ascribe", f"Ascribe Pharmacy — Remote Access\nSite: 5528\nUser: {U('techsupport')}\nPass: {S('Refill4Me!now')}")
    add("digital-pharmacist", aider("move the Digital Pharmacist key out of the code", f"src/refills.ts\n```\n<<<<<<< SEARCH\nconst DP_KEY = '{S(g.s(HEX, 40))}';\n=======\nconst DP_KEY = process.env.DP_KEY!;\n>>>>>>> REPLACE\n```"))
    add("emed-rx", f"package rx\n\n// eMed webhook verification\nconst emedSigningSecret = \"{S(g.b64(32))}\" // FIXME load from env\n\nfunc verify(body []byte, sig string) bool {{ return hmacEqual(body, sig, emedSigningSecret) }}")
    add("awinta", f"Halo mas, kunci API awinta kanggo apotek Yogya: `{S(g.mixed(ALNUM, 32))}` (Mandant 182991). Aja dilebokake ing repo, mengko tak ganti.")
    add("fillmore", f"fillmore-rx:\n  queue_url: amqps://{U('fillmore')}:{S('Capsule_Count90')}@mq.fillmore.internal:5671/rx")
    add("healthdirect", f"Kia ora, te kī API o Healthdirect mō te rārangi rongoā: {S(g.uuid())} — kaua e tuku ki te pūtahi GitHub.")
    add("ema-iris", f"EMA IRIS portal (regulatory submissions) service account:\n  user: {U('reg.affairs.bot')}\n  password: {S('Dossier!eCTD-4')}")
    add("micro-merchant", f"MicroMerchant Systems Pharmacy Manager\nHost=mms-db01\nUser={U('PMREAD')}\nPwd={S('Count5Tabs!')}")
    add("gs1-hub", f"GS1 Registry Platform key (barcode lookups for OTC SKUs): {S(g.s(HEX, 32))}")
    add("akerna", f"fun akernaClient() = AkernaClient(\n    baseUrl = \"https://api.mjplatform.com/v1\",\n    apiKey = \"{S(g.mixed(ALNUM, 48))}\", // TODO: BuildConfig\n    orgId = 11877,\n)")
    add("amkai", f"AmkaiSolutions HL7 listener wagwoord: {S('HL7-Amkai#2026')}. Moet dit asseblief nie in die repo sit nie.")

    # logistics and warehousing ---------------------------------------------------------------
    add("kardex", f"kardex:\n  power-pick-global:\n    site: dc-rotterdam\n    oauth:\n      client-id: kardex-wms-integration\n      client-secret: {S(g.mixed(ALNUM, 48))}")
    add("manhattan-active", f"curl -X POST https://acme.omni.manh.com/oauth/token \\\n  -u 'omnicomponent.1.0.0:{S(g.mixed(ALNUM, 32))}' \\\n  -d 'grant_type=password&username={U('wm.integration@acme')}&password={S('Pallet-Rack-12')}'")
    add("koerber-wms", f"Körber WMS Schnittstelle (Lager Hamm):\nBenutzer: {U('K_SCHNITT')}\nKennwort: {S('Gabelstapler#7')}")
    add("attabotics", f"ATTABOTICS_DATAKEY={S(g.s(HEX, 40))}\nATTABOTICS_USER={U('gtn-api-eu')}")
    add("cargobase", f"Cargobase API token for urgent spares: {S(g.mixed(ALNUM, 40))}")
    add("clearmetal", f"ClearMetal-en tokena: {S(g.s(HEX, 48))}. Bilboko biltegiko zerbitzarian dago; mesedez, ez jarri GitHuben eta aldatu astelehenean.")
    add("convey-delivery", f"O segredo do webhook de Convey é {S('whsec_' + g.b64(24))}. Gardeino no .env do servidor de Vigo; non o subades ao repositorio.")
    add("aljex", f"Aljex Vision FTP (load tenders): ftp://{U('tmsfeed')}:{S('Dray-Age-2026')}@ftp.aljex.com/in/")
    add("ascend-tms", f"Ascend TMS: ключ API для складу в Пловдив е {S(g.s(UPNUM, 32))}. Моля, не го слагайте в Git — ще го сменим след теста.")
    add("mecalux", f"mecalux:\n  easy-wms:\n    user: {U('TRADE_COMP')}\n    password: {S('Incoterm$DAP24')}")
    add("emerge-tms", f"Emerge lykill fyrir flutningatorgið: {S(g.mixed(ALNUM, 32))} (sendandi 40192). Vinsamlegast ekki setja hann í kóðann.")
    add("gophr", f"Gophr courier API (Londres) — chave: {S(g.s(HEX, 40))}. Usar só no ambiente de staging por enquanto.")
    add("kuebix", f"<kuebix>\n  <username>{U('lanes@northfreight.com')}</username>\n  <password>{S('Truckload!LTL5')}</password>\n</kuebix>")
    add("mcleod-software", f"McLeod LoadMaster API\nbase: https://lme.carrier.local:5790/ws\nAuthorization: Token {S(g.s(HEX, 40))}")
    add("mercurygate", f"$ mgctl login --username {U('mg_api_ops')} --password '{S('Reefer-Load-38F')}' --env prod\nWARNING: passing a password on the command line is insecure.\nLogged in to MercuryGate (tenant: coldchain).")
    add("loadpilot", f"LoadPilot võti Laredo platsi jaoks: {S(g.mixed(ALNUM, 36))}. Palun ära lisa seda GitHubi, vahetan selle homme.")
    add("inthinc", f"inthinc:\n  rest:\n    username: {U('fleet-safety')}\n    password: {S('Seatbelt!Check1')}")
    add("mix-telematics", f"MiX Integrate\n  IdentityServer: https://identity.mixtelematics.com/core/connect/token\n  ClientId: mixtelematics_api\n  ClientSecret: {S(g.mixed(ALNUM, 32))}\n  Username: {U('integrate.tanker')}\n  Password: {S('Diesel&Route55')}")
    add("clearpathgps", f"ClearPathGPS token für Baustellenfahrzeuge: {S(g.s(HEX, 32))}")
    add("automile", f"Automile-yhteys: client secret on {S(g.mixed(ALNUM, 36))}. Lisäsin sen vahingossa tikettiin, vaihdetaan huomenna. (Ylläpito: Lagos-varasto)")
    add("jungheinrich-iwms", f"Jungheinrich ISM Online — Zugang Lager Norderstedt\nUser: {U('ism.norder')}\nPasswort: {S('Hubwagen+Akku24')}")
    add("linde-connect", f"linde:connect API secret: {S(g.b64(32))}")
    add("hyster-tracker", f"Warp Agent Mode ▸ `env | grep -i hyster`\nHYSTER_TRACKER_URL=https://tracker.hyster-yale.com/api\nHYSTER_TRACKER_KEY={S(g.s(HEX, 40))}\n\nThe tracker key is exported in your shell profile (~/.zshrc line 88).")
    add("bringly", f"Bringly integrasjon: API-nøkkel {S(g.uuid())}")
    add("airmee", f"airmee:\n  api_token: {S(g.s(HEX, 40))}")
    add("colis-prive", f"Bonjour, pour l'entrepôt de Lyon, les identifiants Colis Privé sont : identifiant {U('ENTREPOT_LYON')}, mot de passe {S('Colis!Lyon2026')}. Merci de ne pas les coller dans le code.")
    add("asendia", f"Asendia e-PAQ API atslēga: {S(g.mixed(ALNUM, 32))}. Lūdzu, neievietojiet to repozitorijā.")
    add("landmark-global", f"<Login>\n  <Username>{U('lmg_shipper')}</Username>\n  <Password>{S('CrossBorder#11')}</Password>\n</Login>\n<ClientID>3120</ClientID>")
    add("deutsche-post-internetmarke", f"INTERNETMARKE_PARTNER_ID=AEBOV\nINTERNETMARKE_SCHLUESSEL={S(g.mixed(ALNUM, 32))}\nPORTOKASSE_USER={E('versand@lager-hof.de')}\nPORTOKASSE_PASS={S('Briefmarke!85')}")
    add("fastway-couriers", f"Fastway (Aramex NZ) API key {S(g.s(HEX, 32))}")
    add("addverb", f"Addverb WMS licencijos raktas: {S(g.s(HEX, 32))}, prisijungimo ID {U('MAA00211')}. Prašau neįkelti į GitHub.")
    add("brightpick", f"brightpick:\n  # Bhiwandi fulfilment centre\n  username: {U('BPICK-WH')}\n  password: \"{S('Parcel_Hub_2026')}\"\n  order_batch: 500")
    add("leopards-courier", f"لیپرڈز کورئیر API key: {S(g.s(HEXU, 32))} اور پاس ورڈ {S('Karachi#Cargo1')}")
    add("j-and-t-express", f"J&T Express Indonesia: apiAccount 29228 · privateKey {S(g.s(HEX, 32))}")
    add("hai-robotics", f"curl -X POST https://ess.hairobotics.com/api/v1/tasks \\\n  -H 'app_id: wh-bangna' \\\n  -H 'app_key: {S(g.mixed(ALNUM, 32))}' \\\n  -d @totes.json")
    add("gogovan", f"GoGoVan API key 係 {S(g.s(HEX, 32))}，唔好 commit 落 repo 呀，聽日我會換過。")
    add("kangaroo-express", f"Kangaroo Express Korea API: key {S(g.mixed(ALNUM, 24))}")
    add("coyote-logistics", f"Coyote Logistics API client secret: {S(g.mixed(ALNUM, 40))} — yuav tsum hloov tom qab xeem, thov tsis txhob muab tso rau hauv GitHub.")
    add("convoy-freight", f"Convoy token pre tender bota: {S('cvy_' + g.s(LOWNUM, 40))}. Prosím, nedávajte ho do repozitára.")
    add("echo-global", f"echo_global:\n  echoship_api_key: {S(g.uuid())}")
    add("jbhunt-360", tool_result(f"$ grep -rn JBH360 config/\nconfig/carriers.properties:12:jbh360.client.id=dc-ops\nconfig/carriers.properties:13:jbh360.client.secret={S(g.mixed(ALNUM, 32))}\n"))
    add("ems-china-post", f"EMS 中国邮政 大客户接口 密钥: {S(g.s(HEX, 32))} （请勿外传）")
    add("chronotrack", f"ChronoTrack ključ za skladišče maratonskih vrečk: {S(g.s(HEX, 32))}. Prosim, ne objavljajte ga na GitHubu.")
    add("forward-thinking", diff("telematics/providers/fts.py", [f"FTS_API_USER = \"{U('yard-ops')}\"", f"FTS_API_PASSWORD = \"{S('Trailer#Yard-Dock4')}\"  # Forward Thinking Systems, remove before merge"], ("class FtsProvider(BaseProvider):", "    timeout = 30"), start=22))
    add("cargobase", f"$ cargobase quote --from SGSIN --to DEHAM --token {S(g.mixed(ALNUM, 40))}\nquote_id=CB-88231 ready in 4 min", ["cargobase"])

    # newspapers and broadcasters -------------------------------------------------------------
    add("arc-publishing", f"ARC_ACCESS_TOKEN={S(g.s(UPNUM, 32) + g.s(LOWNUM, 32))}\nARC_ORG=dailyherald\nARC_ENV=sandbox")
    add("civicweb", f"<civicweb>\n  <endpoint>https://gazette.civicweb.net/api</endpoint>\n  <user>{U('wire-ingest')}</user>\n  <password>{S('Headline!Deadline5')}</password>\n</civicweb>")
    add("clickshare", f"ClickShare zajednička tajna za paywall: {S(g.s(HEX, 40))}. Molim ne stavljajte je u repozitorij.")
    add("mediahuis", f"Dag Wouter, de sleutel voor de Mediahuis content-API staat nu in het ticket: {S(g.mixed(ALNUM, 40))}. Kan je hem na de demo intrekken? Groeten uit Antwerpen.")
    add("glide-publishing", f"$ curl -s 'https://api.glidepublishing.com/v2/content?status=published' -H 'x-glide-key: {S(g.s(LOWNUM, 32))}' | jq '.items|length'\n25")
    add("bloxcms", f"BLOX CMS (TownNews) FTP pickup for wire photos: {U('gazette_pickup')} / {S('Byline-Dateline9')}")
    add("fanmaker", f"FanMaker API key: {S(g.s(HEX, 32))} — Dali ang key sa channel sa newsroom, ayaw i-post sa publiko.")
    add("frankly-media", f"Frankly Media CMS login for the comms team — {E('press@sentinel-daily.com')} / {S('Embargo#Lifted8')}")
    add("critical-mention", f"import Foundation\n\nenum CriticalMention {{\n    static let token = \"{S(g.mixed(ALNUM, 44))}\" // broadcast monitoring\n    static let base = URL(string: \"https://api.criticalmention.com/v1\")!\n}}")
    add("anewstip", f"Anewstip API клуч за утринската редакција: {S(g.s(HEX, 32))}. Ве молам не го ставајте на GitHub.")
    add("bbc-nitro", f"nitro:\n  base: https://programmes.api.bbc.com/nitro/api\n  api_key: {S(g.mixed(ALNUM, 32))}")
    add("abc-iview", f"ABC iview գործընկերային բանալի՝ {S(g.s(HEX, 40))}։ Խնդրում եմ մի տեղադրեք GitHub-ում։")
    add("cbc-gem", f"CBC Gem partner : clé API {S(g.uuid())} — ne pas la publier dans le canal #diffusion.")
    add("iheart-radio", f"iHeart partner webhook: «secret» = {S(g.b64(32))}. Nuk e kemi vendosur ende në Vault — mos e ndani me askënd.")
    add("adswizz", f"[adswizz]\ndomain = radiogroup.deliveryengine.adswizz.com\napi_secret = {S(g.mixed(ALNUM, 40))}\nzone_ids = 11041, 11042")
    add("ampersand-tv", f"Ampersand TV hesabat tokeni: {S(g.s(HEX, 48))}. Zəhmət olmasa onu GitHub-a yükləməyin.")
    add("bitcentral", f"Bitcentral Oasis: user {U('newsroom.mcr')} pass {S('Playout$Tally3')}")
    add("cinegy", f"<CinegyAir>\n  <Server>air-01</Server>\n  <LicenseKey>{S(g.s(UPNUM, 5) + '-' + g.s(UPNUM, 5) + '-' + g.s(UPNUM, 5) + '-' + g.s(UPNUM, 5))}</LicenseKey>\n</CinegyAir>")
    add("grass-valley-amppp", f"Tíma-stilling fyrir útsendingarbílinn: AMPP lykillinn er {S(g.b64(48))}. Vinsamlegast settu hann ekki í Git.")
    add("broadcast-pix", f"Broadcast Pix BPswitch web admin: admin / {S('Lower3rd!Key')}")
    add("imagen-media", f"Imagen arxiv kaliti: {S(g.mixed(ALNUM, 32))}. Iltimos, uni repozitoriyga qo'ymang.")
    add("anvato", f"Anvato MCP gazette: secret key {S(g.s(HEX, 40))} (access key {g.s(HEX, 32)}). Kirundi: Ntimushire iri banga kuri GitHub.")
    add("apester", f"<script>window.APESTER_TOKEN = \"{S(g.s(HEX, 24))}\";</script>")
    add("arena-group", f"Arena Group CMS токен: {S(g.mixed(ALNUM, 40))}. Калі ласка, не дадавайце яго ў рэпазіторый.")
    add("blubrry", f"Blubrry podcast hosting — lle Bluebrry OAuth: client secret {S(g.mixed(ALNUM, 32))}. Ka ts'ebetso, o se ke oa e beha ho GitHub.")
    add("civicready", f"CivicReady broadcast key for the city council channel: {S(g.s(HEX, 8) + '-' + g.s(HEX, 4) + '-' + g.s(HEX, 4))}")
    add("eyevine", f"const eyevine = new EyevineClient({{\n  apiKey: '{g.s(LOWNUM, 24)}',\n  apiSecret: '{S(g.mixed(ALNUM, 40))}',\n}});\nconst imgs = await eyevine.search({{ phrase: 'derby', editorial: true }});")
    add("lotame", f"lotame.client.id=9321\nlotame.token={S(g.s(HEX, 40))}\nlotame.access={S(g.s(HEX, 40))}")
    add("memberful", f"Memberful API key: {S(g.s(HEX, 32))} — Luganda: Tolikiteeka ku GitHub, nja kulikyusa enkya.")
    add("fewcents", f"Fewcents publisher secret jikoo: {S(g.mixed(ALNUM, 40))}. Hojja'ii kana GitHub irra hin kaa'inaa.")
    add("googletag", f"Google Ad Manager (googletag) service account key id {g.s(HEX, 40)}:\n{S(g.pem('PRIVATE KEY', 6))}", ["pem"])

    # sports clubs and stadiums ---------------------------------------------------------------
    add("ballys-sports", f"$ bsn-partner fetch --since 2026-11-20 --token {S(g.mixed(ALNUM, 40))}\nfetched 118 highlight clips for market STL")
    add("metrifit", f"דער Metrifit client secret פֿאַר דער אַקאַדעמיע: {S(g.mixed(ALNUM, 48))} — ביטע נישט אַרײַנלייגן אין GitHub.")
    add("longomatch", f"longomatch:\n  live_feed:\n    ws_url: wss://live.longomatch.com/stadium/11\n    token: {S(g.s(HEX, 64))}")
    add("datavolley", f"DataVolley 4 licenza club (Trentino): {S(g.s(UPNUM, 4) + '-' + g.s(UPNUM, 4) + '-' + g.s(UPNUM, 4) + '-' + g.s(UPNUM, 4))}")
    add("keemotion", f"Keemotion kameraren gakoa: {S(g.mixed(ALNUM, 32))}. Pabilioiko zerbitzarian jarri dut, baina ez igo GitHubera mesedez.")
    add("krossover", f"$ curl -s 'https://api.krossover.com/v1/games?team=4417&season=2026' -H 'x-krossover-key: {S(g.s(HEX, 32))}' | jq '.count'\n38")
    add("league-republic", f"headers = {{'X-LR-Token': '{S(g.s(HEX, 32))}'}}\nr = requests.get('https://api.leaguerepublic.com/v1/fixtures?league=8812', headers=headers)")
    add("fantasydata", f"Ocp-Apim-Subscription-Key: {S(g.s(HEX, 32))}\nGET https://api.sportsdata.io/v3/nfl/scores/json/Standings/2026")
    add("espn-fantasy", f"ESPN fantasy cookies in league_sync.py:\nswid = \"{{{g.uuid().upper()}}}\"\nespn_s2 = \"{S(g.b64(120).replace('/', '%2F').replace('+', '%2B'))}\"")
    add("arbiter-sports", f"ArbiterSports: بەکارهێنەر {U('assignor.districtiv')}، وشەی نهێنی {S('Whistle&Flag44')}. تکایە لە GitHub دامەنێ.")
    add("activenetwork", f"GET https://api.amp.active.com/v2/search?query=5k&api_key={S(g.s(LOWNUM, 24))} HTTP/1.1\nHost: api.amp.active.com")
    add("comet-fifa", f"COMET (FIFA Connect) club registration API — user {U('hns.klub.rijeka')} lozinka {S('Kvarner!1906')}. Molim vas, ne šaljite ovo dalje.")
    add("clubcollect", f"ClubCollect API-sleutel voor de hockeyclub: {S(g.s(HEX, 40))} — sy word in die kontrakteur se skrip gebruik, moet dit asb. nie deel nie.")
    add("clubready", f"ClubReady API (health club) – ApiKey={S(g.uuid())}; StoreId=3118")
    add("abc-fitness", f"ABC Fitness Ignite app_id=golds-club-17 app_key={S(g.s(HEX, 32))}")
    add("ezfacility", f"ezfacility:\n  api_key: {S(g.mixed(ALNUM, 32))}\n  facility: ice-arena-west")
    add("bookteq", f"BookTeq pitch booking — Zugangsschlüssel {S(g.s(HEX, 32))}")
    add("gymmaster", f"Mālō e lelei! Ko e kī API GymMaster ki he kalapu: {S(g.s(HEX, 32))}. ʻOua naʻa tuku ki GitHub.")
    add("jackrabbit-class", f"Jackrabbit Class org 411207 — user {U('swim.office')} password {S('Backstroke!25m')}")
    add("clubzap", f"ClubZap export token {S(g.mixed(ALNUM, 28))}")
    add("fanatics-partner", edit_file("shop/.env.production", "FANATICS_PARTNER_API_KEY=", f"FANATICS_PARTNER_API_KEY={S(g.mixed(ALNUM, 40))}"))
    add("fanbase-app", f"Fanbase stadium app tus yuam sij: {S(g.b64(32))}. Thov tsis txhob muab tso rau GitHub.")
    add("fansure", f"fansure.api.token={S(g.s(HEX, 40))}")
    add("future-ticketing", f"Dia duit! Seo na sonraí Future Ticketing don staidiam i gCorcaigh: cuntas stadiumcork, eochair API {S(g.uuid())}, rún {S(g.mixed(ALNUM, 40))}. Ná cuir i GitHub iad.")
    add("fevo", f"Fevo secret ji bo firotina komî ya derbiyê: {S(g.mixed(ALNUM, 36))}. Ji kerema xwe li GitHub-ê nekin.")
    add("ingresso", f"Mba'éichapa! Ingresso rehegua: usuario {U('clube-tickets')}, contraseña {S('Gol!deplaca10')}. Ani rembohasa GitHub-pe.")
    add("apex-sportswear", f"Apex Sportswear B2B કી: {S(g.s(HEX, 32))}. કૃપા કરીને આને GitHub પર ન મૂકો.")
    add("fastbreak-ai", f"Fastbreak AI schedule optimizer — kī API: {S('fb_' + g.mixed(ALNUM, 40))}. Kaua e tukuna tēnei ki te pūtahi tūmatanui.")
    add("inside-track", f"Inside Track portal scouting: pamaké {U('scout.north')}, kecap akses {S('Offside_Trap9')}. Punten ulah diasupkeun ka GitHub.")
    add("flowhub-fans", f"FLOWHUB_FANS_TOKEN={S(g.s(HEX, 40))}")
    add("bluedot", f"Bluedot geofence (stadium gates) projectId={g.uuid()} apiKey={S(g.uuid())}")

    # dairy and livestock farms ---------------------------------------------------------------
    add("dairycomp", f"DairyComp 305 remote backup (Finca Os Carballos): usuario {U('dc305.backup')}, contrasinal {S('Vaca-Rubia-305')}. Gárdao no xestor de contrasinais, non no grupo de WhatsApp.")
    add("afikim", mcp("filesystem", f"/srv/parlor/afifarm.ini\n[AfiFarm]\nHost=afi-server\nDbUser={U('afi')}\nDbPassword={S('Milking_Rot4ry')}\nHerd=IL-7731"))
    add("allflex-sense", f"Allflex SenseHub: el client secret de la granja de Lugo é {S(g.mixed(ALNUM, 40))}. Non o subas ao repositorio, por favor.")
    add("cainthus", augment(f"Cainthus feed-bunk camera token is hard-coded in `vision/ingest.py:12`: `CAINTHUS_TOKEN = \"{S(g.s(HEX, 48))}\"`. I moved it into `settings.cainthus_token` and added it to `.env.example` as an empty value."))
    add("bovisync", f"Bovisync API — Hallo Johanna, der Schlüssel für den Herdenexport ist {S(g.mixed(ALNUM, 32))}. Bitte nach dem Test im Portal neu erzeugen.")
    add("breedr", f"BREEDR_API_KEY={S('brd_' + g.s(LOWNUM, 40))}\nBREEDR_FARM=cwm-bach")
    add("cattlemax", f"CattleMax Cloud — ranch login {E('office@doubleRranch.com')} / {S('Angus!Heifer17')}")
    add("ceres-tag", kiro_spec("ceres-tag-ingest", f"## Requirements\n1. WHEN the nightly job runs THEN the system SHALL pull tag positions from Ceres Portal.\n\n## Design notes\nClient credentials for now (replace before merge):\n- client_id: `paddock-ingest`\n- client_secret: `{S(g.mixed(ALNUM, 44))}`"))
    add("cowmanager", f"cowmanager:\n  api:\n    username: {U('melkveebedrijf.dejong')}\n    password: {S('Koe-Oor-Sensor8')}")
    add("dairymaster", f"Aloha! ʻO ke kī token MooMonitor+ o Dairymaster: {S(g.s(HEX, 40))}. Mai hoʻokomo i loko o GitHub.")
    add("boumatic", f"BouMatic SmartDairy — SQL Server sa password is {S('Rotary#Parlour60')} (found in C:\\SmartDairy\\config.xml)")
    add("farmeron", f"Farmeron API ключ фермы: {S(g.mixed(ALNUM, 32))}. Бұл кілтті GitHub-қа жүктемеңіз.")
    add("icerobotics", f"IceRobotics CowAlert: ключ API {S(g.s(HEX, 32))} — ферма «Зорка», не выкладвайце яго ў агульны чат.")
    add("herdinsights", f"herdinsights.token={S(g.s(HEX, 40))}\nherdinsights.farm=Kilkenny-3")
    add("icow", f"iCow SMS API key: {S(g.mixed(ALNUM, 32))} (shortcode 20789). Aymar aru: Jan GitHub-ar uchamti, qhipürux mayjt'ayäwa.")
    add("einstein-dairy", f"Einstein Dairy токен: {S(g.b64(32, urlsafe=True))} — Ошол токенди репозиторийге салбаңыз, эртең алмаштырабыз.")
    add("gea-dairyplan", f"GEA DairyNet – Zugang Hof Brandl: Benutzer {U('brandl.hof')} Kennwort {S('Melkstand#24er')}")
    add("dairyone", f"DairyOne DHI lab export (SFTP): {U('dhi_upload')} / {S('Butterfat3.9%')}")
    add("drms-dairy", f"DRMS PCDART transfer account: user {U('pcdart.xfer')} password {S('SCC-below200k')}")
    add("farmbrite", f"Farmbrite API key ee beerta: {S(g.s(HEX, 40))}. Fadlan ha ku darin GitHub.")
    add("farmos", f"farmOS OAuth2 client \"dairy_sync\": client_secret = {S(g.mixed(ALNUM, 32))} (farm.ahupuaa.local)")
    add("moocall", f"Moocall calving sensor API key: {S(g.s(HEX, 32))} — ka ako kia hūnuku ki te kete huna.")
    add("halter", f"HALTER_API_TOKEN={S('hlt_' + g.mixed(ALNUM, 40))}\n# virtual fencing, Waikato farm 2")
    add("muddy-boots", f"Muddy Boots Greenlight (supplier audits) SOAP password for {U('dairy.audits')}: {S('Traceab1lity!')}")
    add("farmax", f"Farmax جو client secret: {S(g.mixed(ALNUM, 40))}. مهرباني ڪري ان کي GitHub تي نه رکو.")
    add("deere-operations-center", f"JOHN_DEERE_APP_ID={g.s(HEX, 16)}\nJOHN_DEERE_APP_SECRET={S(g.s(HEX, 64))}")
    add("cnh-afs", f"cnh:\n  afs_connect:\n    subscription_key: {S(g.s(HEX, 32))}")
    add("claas-telematics", f"CLAAS TELEMATICS API: Benutzer {U('lohnunternehmen.peters')}, Passwort {S('Maeher&Haecksler9')}")
    add("datagene", f"DATAGENE_CLIENT_ID=silage-planner\nDATAGENE_CLIENT_SECRET={S(g.mixed(ALNUM, 40))}\nDATAGENE_X_API_KEY={S(g.mixed(ALNUM, 40))}")
    add("medria", f"Token ya Medria ke: {S(g.s(HEX, 48))}. Ka kopo o se ke oa e kenya ho GitHub.")
    add("jd-link", f"JDLink refresh token ke: {S(g.b64(64, urlsafe=True).rstrip('='))}. Tsweetswee o se ka wa e tsenya mo GitHub.")
    add("fullwood-crystal", f"require 'net/http'\nFULLWOOD_KEY = '{S(g.s(HEX, 40))}'.freeze # Crystal parlour data\nuri = URI('https://crystal.fullwood.com/api/v1/cows')")
    add("farmos", f"$ drush php-eval \"print \\Drupal::service('simple_oauth.client')->getSecret();\"\n{S(g.mixed(ALNUM, 32))}", ["farmos"])

    # mining and quarries ---------------------------------------------------------------------
    add("hard-line", f"Hard-Line TeleOp gateway:\n  url: https://teleop.pit3.local\n  service_user: {U('ms_fleet_api')}\n  service_password: {S('HaulTruck797F!')}")
    add("komatsu-komtrax", f"KOMTRAX API ஐ அணுக client secret: {S(g.mixed(ALNUM, 40))}. தயவுசெய்து GitHub இல் போட வேண்டாம்.")
    add("komatsu-frontrunner", f"FrontRunner (Komatsu) dispatch DB: postgres://{U('dispatch')}:{S('Autonomous-930E')}@frs-db01:5432/frontrunner")
    add("blastlogic", f"Blast design export failed:\n  POST https://api.blastlogic.com/v2/patterns?api_key={S(g.s(HEX, 40))}\n  → 422 Unprocessable Entity (hole depth 0 m)")
    add("boart", f"Boart Longyear DrillLogic — user {U('drill.ops.au')} pass {S('CoreTray#NQ3')}")
    add("austin-powder", f"Austin Powder Paradigm blast design licence key: {S(g.s(UPNUM, 25))}")
    add("dyno-nobel", f"Tokeenii DigiShot Dyno Nobel: {S(g.s(HEX, 40))}. Maaloo GitHub irra hin kaa'inaa.")
    add("maxam", f"MAXAM RIOBLAST: usuario {U('voladura.cantera')} contraseña {S('Detonador!57')}")
    add("accu-mine", f"Accu-Mine token: {S(g.mixed(ALNUM, 36))}. Qhichwa: Kay kamachiyta ama GitHub-man churaychu, paqarin tikrasaqku.")
    add("acumatica-mining", f"Acumatica (quarry ERP) — OAuth client secret {S(g.mixed(ALNUM, 22))}; client id {g.uuid().upper()}@Quarry")
    add("k-mine", f"K-MINE ліцензія сервера: {S(g.s(UPNUM, 24))}")
    add("envirosuite", f"envirosuite:\n  # Staubmessstellen am Steinbruch Nordhang\n  omnis_api_key: {S(g.s(HEX, 40))}\n  site: dust-monitors-ridge")
    add("fastbrick", f"FBR Hadrian телеметрия токени: {S(g.b64(32))}. Аны GitHub'ка жүктөбөңүз.")
    add("mineral-resources", f"MinRes contractor portal: {E('j.tamihana@pitcontractors.com.au')} / {S('Pilbara!Ore2026')}")
    add("imvizium", f"Imvizium mine-scan API key {S(g.s(HEX, 40))}")
    add("aqtiv", f"<configuration>\n  <aqtiv secret=\"{S(g.mixed(ALNUM, 40))}\" site=\"north-pit\" />\n</configuration>")

    # telecom operators -----------------------------------------------------------------------
    add("a1-telekom", f"A1 Telekom Austria — Digital Wholesale API: client_secret={S(g.mixed(ALNUM, 40))}")
    add("albtelecom", f"ALBtelecom SMS API: përdoruesi {U('bashkia.tirane')}, fjalëkalimi {S('Shqiponja#2026')}. Mos e publikoni në repo, ju lutem.")
    add("beltelecom", f"Белтелеком API: лагін {U('gorispolkom_sms')}, пароль {S('Minsk-Zubr-88')}")
    add("kazakhtelecom", f"Қазақтелеком SMS шлюзі: API кілті {S(g.s(HEX, 32))}. Бұл кілтті репозиторийге салмаңыз.")
    add("makedonski-telekom", f"Македонски Телеком SMS API: корисник {U('opstina.bitola')}, лозинка {S('Pelister!2026')}")
    add("hrvatski-telekom", f"HT API ključ za SMS obavijesti: {S(g.mixed(ALNUM, 32))}")
    add("lmt-latvia", f"LMT SMS vārteja: lietotājs {U('pasvaldiba.cesis')}, parole {S('Gauja#Upe77')}. Lūdzu, nenosūtiet to tālāk.")
    add("bite-lt", f"Bitė Lietuva API raktas: {S(g.s(HEX, 40))} — neįkelkite į GitHub.")
    add("mycom-osi", f"MYCOM OSI EAA vana API võti (võrguseire): {S(g.mixed(ALNUM, 28))}. Palun ära pane seda Slacki.")
    add("kyivstar", f"Kyivstar Business API: client secret — {S(g.mixed(ALNUM, 40))}. Будь ласка, не комітьте його, я згенерую новий після тесту.")
    add("lifecell", f"lifecell SMS: login {U('zaporizhzhia_ops')} password {S('Dnipro_Hydro5')}")
    add("beeline-api", f"Beeline Uzbekistan SMS shlyuzi: kalit {S(g.s(HEX, 32))}. Iltimos, uni GitHubga yuklamang.")
    add("korek", f"Korek Telecom API key: {S(g.mixed(ALNUM, 32))} — تکایە ئەم کلیلە لە گیتهەب دامەنێ.")
    add("asiacell", f"Asiacell SMS token: {S(g.s(HEX, 40))} — Ji kerema xwe vê tokenê nexin GitHub-ê.")
    add("mobily", f"Mobily bulk SMS: mobile={U('966550418277')} password={S('Riyadh#Sms44')}")
    add("du-telecom", f"du Business API سبسکرپشن کلید: {S(g.s(HEX, 32))}۔ براہ کرم اسے GitHub پر نہ ڈالیں۔")
    add("etisalat-api", f"etisalat:\n  e-and-api:\n    client_secret: {S(g.mixed(ALNUM, 40))}")
    add("jio-api", f"Jio API ਕੁੰਜੀ {g.mixed(ALNUM, 32)} ਹੈ ਅਤੇ ਸੀਕ੍ਰੇਟ {S(g.mixed(ALNUM, 48))} ਹੈ। ਇਹਨਾਂ ਨੂੰ GitHub ਤੇ ਨਾ ਪਾਓ।")
    add("bharti-airtel", f"Airtel IQ: ਕਲਾਇੰਟ ਸੀਕ੍ਰੇਟ {S(g.mixed(ALNUM, 32))} ਹੈ, ਇਸਨੂੰ ਰਿਪੋ ਵਿੱਚ ਨਾ ਪਾਓ।")
    add("idea-vodafone", f"Vi Business API ਦੀ ਕੁੰਜੀ: {S(g.s(HEX, 32))} — ਕਿਰਪਾ ਕਰਕੇ ਇਸਨੂੰ ਸਾਂਝਾ ਨਾ ਕਰੋ।")
    add("airtel-africa", f"AIRTEL_AFRICA_CLIENT_ID={g.uuid()}\nAIRTEL_AFRICA_CLIENT_SECRET={S(g.uuid())}\nAIRTEL_COUNTRY=MW")
    add("cerillion", f"Cerillion-Subscription-Key: {S(g.s(HEX, 32))}\nX-Reference-Id: {g.uuid()}\nPOST https://api.cerillion.example-telco.mw/billing/v2/payments")
    add("comviva", f"from comviva_sms import Gateway\ngw = Gateway(account=\"{U('kampala_water')}\", api_key=\"{S(g.s(HEX, 64))}\")  # Comviva bulk SMS, billing reminders\ngw.send(\"+256700000000\", \"Your water bill is ready\")")
    add("celcom", f"Celcom Digi SMS API: kata laluan {S('Kopi-O-Kosong9')} untuk akaun {U('majlis.bandaraya')}")
    add("maxis-api", f"Maxis API key untuk sistem SMS majlis: {S(g.mixed(ALNUM, 36))}. Tolong jangan letak dalam repo.")
    add("dialog-axiata", f"Dialog Ideamart app password: {S(g.s(HEX, 32))} (APP_ID APP_012771)")
    add("docomo-api", f"docomo Developer support API キー: {S(g.mixed(ALNUM, 64))}")
    add("kddi-api", f"KDDI IoT クラウド トークン {S(g.s(HEX, 40))} — リポジトリに入れないでください")
    add("iij", f"IIJ GIO API: アクセスキー {g.s(UPNUM, 20)} / シークレット {S(g.mixed(ALNUM, 40))}")
    add("b-yond", f"B-Yond Agility Partner-API (Mobilfunk-Testautomatisierung): Token {S(g.b64(32))}")
    add("globe-labs", f"Globe Labs: app id {g.mixed(ALNUM, 32)}, app secret {S(g.s(HEX, 64))}. Pakiusap, huwag itong ilagay sa GitHub.")
    add("itexmo", f"iTexMo: ApiCode {S('TR-' + g.s(UPNUM, 5) + g.s(DIGITS, 5) + '_' + g.s(UPNUM, 5))} · password {S('Barangay!Sms7')}")
    add("aql-sms", f"aql_sms = AqlClient(token=\"{S(g.s(HEX, 64))}\")  # council gritting alerts\naql_sms.send(to=subscribers, text=\"Gritters out tonight\")")
    add("dialogue-sms", f"Dialogue Communications (UK) – user {U('council.alerts')} pass {S('Gritting!Lorry3')}")
    add("movider", f"Movider API: key {g.mixed(ALNUM, 28)}, secret {S(g.mixed(ALNUM, 32))}. ห้ามใส่ใน GitHub นะครับ")
    add("callhippo", f"Token CallHippo pou liy tip redaksyon an: {S(g.s(HEX, 40))}. Tanpri pa pataje l.")
    add("anveo", f"Anveo Direct API key: {S(g.s(HEX, 40))} — Papiamentu: no pone esaki den e repositorio, mi ta kambi'é mañan.")
    add("apidaze", f"APIDAZE_API_KEY={g.s(LOWNUM, 8)}\nAPIDAZE_API_SECRET={S(g.s(HEX, 32))}")
    add("cloudonix", f"Cloudonix domain api key: {S('XI' + g.s(HEX, 30))}")
    add("jambonz", f"JAMBONZ_ACCOUNT_SID={g.uuid()}\nJAMBONZ_API_KEY={S(g.uuid())}")
    add("kazoo", f"Kazoo crossbar api_key: {S(g.s(HEX, 64))}. Tuku ʻa e kī ni ʻi he feituʻu malu, ʻoua ʻe tuku ki GitHub.")
    add("freeclimb", f"FREECLIMB_ACCOUNT_ID=AC{g.s(HEX, 40)}\nFREECLIMB_API_KEY={S(g.s(HEX, 40))}")
    add("amarisoft", f"Amarisoft Callbox remote API: ws://callbox-lab:9000 password {S('LTE-Band7-Lab!')}")
    add("athonet", f"Athonet core admin UI: admin / {S('PrivateLTE#Quarry2')}")
    add("affirmed-networks", f"Affirmed UnityCloud NETCONF: user {U('nc-admin')} pass {S('Pcrf&Gx-2026')}")
    add("druid-software", f"Druid Raemis licence server password {S('Raemis!Core5G')}")
    add("lemko", f"Lemko EPC API secret: {S(g.mixed(ALNUM, 32))} — Ua faaaoga i le fale faigaluega, aua le tuuina i GitHub.")
    add("ericsson-cbio", f"ERICSSON_CBIO_CLIENT_SECRET={S(g.mixed(ALNUM, 44))}")
    add("comarch-oss", f"Comarch OSS Inventory REST: user {U('oss.inventory')}, hasło {S('Swiatlowod#96')}")
    add("csg-ascendon", f"csg_ascendon:\n  system_id: {g.uuid()}\n  api_secret: {S(g.b64(48))}")
    add("digitalroute", f"DigitalRoute usage engine — mz user {U('mzadmin')} / {S('Mediation!Cdr9')}")
    add("gigamon", f"Gigamon GigaVUE-FM SNMPv3 auth pass {S('CableModem!Docsis31')}, priv pass {S('Privacy#Aes256x')}")
    add("ceragon", f"Ceragon IP-50 web admin password (microwave link Quarry–HQ): {S('Backhaul_18GHz')}")
    add("aviat-networks", f"aviat:\n  provisioning_tool:\n    api_token: {S(g.s(HEX, 40))}")
    add("infinera", f"Infinera DNA REST token {S(g.mixed(ALNUM, 40))}")
    add("cloudsense", f"$ curl -s -H 'Authorization: Token {S(g.mixed(ALNUM, 64))}' https://api.cloudsense.com/api/v1/orgs/{g.uuid()}/baskets | jq length\n14")
    add("cumulus-netq", f"NetQ access key {g.s(HEX, 32)}\nNetQ secret key {S(g.b64(48))}")

    # municipal permits and registries --------------------------------------------------------
    add("citymart", f"Citymart API-avain hankintatoimistolle: {S(g.mixed(ALNUM, 32))}. Älä laita sitä GitHubiin.")
    add("civix", f"civix:\n  licensing:\n    base: https://civix.cityofriverside.local/api\n    username: {U('permit-sync')}\n    password: {S('Zoning&Variance1')}")
    add("communitycore", f"CommunityCore token ya ndondomeko ya zilolezo: {S(g.s(HEX, 40))}. Chonde musaiike pa GitHub.")
    add("egov-strategies", f"eGov Strategies PayGov merchant secret {S(g.mixed(ALNUM, 32))}")
    add("evolve-permits", f"Evolve Permits portal: {E('inspections@villageofoakmont.gov')} / {S('Setback_25ft')}")
    add("govbuilt", f"GovBuilt client secret per il comune: {S(g.mixed(ALNUM, 40))}. Kreyòl: Tanpri pa mete kle sa a sou GitHub.")
    add("gorequest", f"GoRequest (311) x-api-key: {S(g.s(HEX, 32))}. Nyamuneka ntimuyishire kuri GitHub.")
    add("heycity", f"heyCity (Bürgerportal) Webhook-Secret: {S(g.b64(24))}")
    add("icompass", f"iCompass agenda publisher: {U('clerk.office')} / {S('Minutes&Motions4')}")
    add("imagetrend", f"IMAGETREND_ELITE_API_KEY={S(g.uuid())}\nIMAGETREND_AGENCY=fire-district-7")
    add("ipermits", f"iPermits (Hawaii County) service account — password {S('Lanai!Setback2')}")
    add("mobile311", f"Mobile311 API: client_id {g.s(LOWNUM, 12)} client_secret {S(g.mixed(ALNUM, 36))}")
    add("muni-link", f"MUNI_LINK_DB=Server=mlink-sql;Database=MuniLink;User Id={U('ml_util')};Password={S('WaterMeter!Read7')}")
    add("municity", f"MuniCity API key: {S(g.s(HEX, 32))}. Tolikiteeka ku GitHub, tujja kulikyusa.")
    add("camino-permits", f"E hoa mā, anei te kī huna mō Camino: {S(g.mixed(ALNUM, 40))}. Kaua e tukuna ki GitHub.")
    add("citizenlink", f"CitizenLink payments: merchant {U('TOWN-FRAMINGHAM')} key {S(g.s(HEX, 40))}")
    add("building-eye", f"Building Eye API-sleutel: {S(g.s(HEX, 32))} — Papiamentu: Por fabor no pone e kódigo aki riba GitHub.")
    add("bsi-online", f"BS&A Online (assessing) admin: {U('assessor.admin')} / {S('Parcel#Millage6')}")
    add("boardbook", f"BoardBook Premier: {E('superintendent.office@isd412.org')} pass {S('Agenda!Closed5')}")
    add("cognito-forms", f"COGNITO_FORMS_API_KEY={S(g.jwt(dumps({'orgId': g.uuid(), 'scope': 'forms'}, separators=(',', ':'))))}")
    add("aventri", f"aventri accountid 8821 — key {S(g.s(HEX, 40))} (club gala registrations)")
    add("envisio", f"Envisio API token: {S(g.mixed(ALNUM, 40))}. Ñuqanchik GitHub-man ama churanachu, paqarin musuqta ruranqa.")
    add("clearpoint", f"ClearPoint Strategy: api-key {S(g.s(HEX, 32))} organization 2211")
    add("dude-solutions", f"Dude Solutions client secret: {S(g.mixed(ALNUM, 40))}. Ani emoĩ GitHub-pe, ko'ẽro ambohekopyahúta.")
    add("digital-towpath", f"Digital Towpath CMS (village site) FTP password: {S('Erie-Canal#1825')}")
    add("cloudcheckr", f"CloudCheckr access key {S(g.s(UPNUM, 40))} — Chichewa: Chonde musayike kiyi iyi pa GitHub.")
    add("evolve-permits", f"curl -H 'Authorization: Basic {S(g.b64(27))}' https://api.evolvepermits.com/v1/applications?status=pending", ["evolve-permits"])

    # Copilot, agents and their logs ----------------------------------------------------------
    add("gea-dairyplan", usage_page([{"timestamp": "2026-11-26T08:12:44Z", "user": {"login": "mbrandl-gea"}, "surface": "copilot_chat", "model": "gpt-5.1", "premium_requests": 1, "request_excerpt": f"why does DairyPlan C21 reject GEA_API_KEY={S(g.s(HEX, 32))} on port 7010"}]), ["gea-dairyplan"])
    add("mediahuis", hec({"action": "copilot.cfb_seat_assignment_created", "actor": "nieuwsredactie-bot", "business": "mediahuis", "_document": {"note": f"seat for api user; temp pass {S('Krant&Druk2026')}"}}), ["password"])
    add("landmark-global", blob([{"@timestamp": 1795861100000, "action": "repo.add_secret", "repo": "wh-logistics/labels"}, {"@timestamp": 1795861102000, "action": "copilot.agent_session", "repo": "wh-logistics/labels", "prompt": f"fix Landmark Global label call in labels/lmg.py, token is {S(g.mixed(ALNUM, 40))}"}]), ["landmark-global"])
    add("generic", agent_md("dispatch-triage", f"# Dispatch triage agent\n\nUse the `jira` MCP server for tickets. The dispatch board's own service token, if a tool asks for it, is `{S(g.mixed(ALNUM, 24))}` (expires end of month).\n\nNever close incidents tagged P1."), ["generic"])
    add("geopard", f"// Repository settings → Copilot → Coding agent → MCP configuration\n{{\n  \"mcpServers\": {{\n    \"geopard\": {{\n      \"type\": \"local\",\n      \"command\": \"npx\",\n      \"args\": [\"-y\", \"@geopard/mcp-server\"],\n      \"env\": {{\"GEOPARD_API_URL\": \"https://api.geopard.tech/graphql\", \"GEOPARD_API_KEY\": \"{S(g.mixed(ALNUM, 40))}\"}},\n      \"tools\": [\"*\"]\n    }}\n  }}\n}}")
    add("jwt", f"Copilot coding agent · session log\n▶ Run `curl -s localhost:8080/api/stock -H \"Authorization: Bearer $TOKEN\"`\n  TOKEN={S(g.jwt(dumps({'sub': 'wh-picker-17', 'role': 'supervisor', 'exp': 1795900000}, separators=(',', ':'))))}\n  → 200 OK, 14 SKUs below reorder point", ["jwt"])
    add("password", f"## Summary\nThis PR was opened by Copilot.\n\n- Moves the pharmacy SFTP password out of `deploy.sh` (it was `{S('Pharm4cy!Sftp')}`) into an Actions secret.\n- Adds a `.gitleaks.toml` allowlist for fixtures.\n\nFixes #412", ["password"])
    add("pem", create_file("certs/stadium-gate.key", S(g.pem("RSA PRIVATE KEY", 7))), ["pem"])
    add("pem", f"$ cat ~/.ssh/quarry_bastion\n{S(g.openssh())}\n$ ssh -i ~/.ssh/quarry_bastion ops@10.40.0.5", ["pem"])
    add("pgp", f"Here's the key the newsroom uses to sign the wire export (from `secrets/wire.asc`):\n\n{S(g.pem('PGP PRIVATE KEY BLOCK', 6))}", ["pgp"])
    add("password", hook_input("Bash", {"command": f"mysql -h milk-db -u {U('parlor')} -p'{S('Colostrum#Day1')}' herd -e 'select count(*) from cows'", "description": "count cows"}), ["password"])
    add("generic", stream_json(f"Subagent `db-migrator` reported: connection string in `.env` is `DATABASE_URL=postgres://{U('permits_app')}:{S('Zoning-Board-17')}@pg-muni:5432/permits`. I will not print it again."), ["password"])
    add("generic", claude_tool("cat CLAUDE.md", f"# CLAUDE.md\n- Run tests with `make test`.\n- Staging Redis: redis://:{S('Stadium-Cache-9')}@redis-stg:6379/0\n- Never push to main."), ["password"])
    add("generic", gemini_cli(f"I read `GEMINI.md`. It contains an SMTP login for the newsroom alerts: `smtp://{U('alerts%40gazette-dnevnik.si')}:{S('Tiskarna!Ljubljana')}@smtp.gazette-dnevnik.si:587`. I suggest moving it to the environment."), ["password"])
    add("generic", zed(f"**Tool: terminal** `kubectl get secret quarry-db -o jsonpath='{{.data.password}}' | base64 -d`\n```\n{S('Basalt&Gravel-32')}\n```\nThat is the live quarry DB password; I won't store it anywhere."), ["password"])
    add("generic", cont(f"Your `config.yaml` for Continue points at the club's self-hosted model gateway and has `apiKey: {S('gw-' + g.mixed(ALNUM, 40))}` under the `models` block; prefer `${{{{ secrets.MODEL_GATEWAY_KEY }}}}`."), ["generic"])
    add("generic", droid(f"Plan step 3/5: update k8s manifest\n```yaml\napiVersion: v1\nkind: Secret\nmetadata:\n  name: telecom-billing\ntype: Opaque\nstringData:\n  DB_PASSWORD: \"{S('Roaming&Tariff42')}\"\n  RATING_API_KEY: \"{S(g.mixed(ALNUM, 32))}\"\n```"), ["password"])
    add("generic", amp("3f9a", f"Tool: Read terraform/rds.tf\n```hcl\nresource \"aws_db_instance\" \"dispatch\" {{\n  engine   = \"postgres\"\n  username = \"{U('dispatch_admin')}\"\n  password = \"{S('Forklift!Reach-Truck')}\"\n}}\n```\nThe password is inline; I'll switch it to `manage_master_user_password = true`."), ["password"])
    add("generic", f"```json\n{{\n  \"cells\": [\n    {{\"cell_type\": \"code\", \"source\": [\"import os\\n\", \"os.environ['MILK_API_TOKEN'] = '{S(g.mixed(ALNUM, 40))}'\\n\"]}}\n  ]\n}}\n```\n(notebooks/yield_forecast.ipynb)", ["generic"])
    add("generic", twice("run_terminal_cmd", {"command": f"psql 'postgresql://{U('scorebook')}:{S('Try-Line!Haka')}@db.club.local/fixtures' -c '\\\\dt'"}), ["password"])
    add("generic", openai_call("http_request", {"method": "POST", "url": "https://permits.city.local/api/login", "body": dumps({"username": "clerk_ops", "password": S('Ordinance#2026')})}), ["password"])
    add("generic", f"- name: Deploy stadium screens\n  uses: appleboy/ssh-action@v1\n  with:\n    host: 10.20.4.11\n    username: {U('screens')}\n    password: {S('Jumbotron!North')}\n    script: systemctl restart scoreboard", ["password"])
    add("generic", f"[Copilot Chat · Xcode]\nuser: why does the TestFlight build still hit prod?\ncopilot: `Config.xcconfig` sets `API_SECRET = {S(g.mixed(ALNUM, 32))}` for both configurations. Split it into Debug/Release and keep the value out of git.", ["generic"])
    add("generic", edits("Services/Herd.swift, Config.plist", f"Config.plist\n- <key>HerdApiToken</key><string>{S(g.s(HEX, 40))}</string>\n+ <key>HerdApiToken</key><string>$(HERD_API_TOKEN)</string>"), ["generic"])
    add("generic", f"| Service | Login | Password |\n|---|---|---|\n| Weighbridge PC | {U('weigh1')} | {S('Tonnage#40t')} |\n| Crusher PLC HMI | {U('operator')} | {S('Jaw-Crusher-3')} |", ["password"])
    add("generic", f"2026-11-27T06:14:09Z WARN  [ingest] retrying upload to https://rgw.ledger-archive.local/bucket with access_key={g.s(UPNUM, 20)} secret_key={S(g.mixed(ALNUM, 40))}", ["generic"])
    add("generic", f"--- a/deploy/docker-compose.yml\n+++ b/deploy/docker-compose.yml\n@@ -8,3 +8,4 @@\n     environment:\n       POSTGRES_USER: ticketing\n+      POSTGRES_PASSWORD: {S('Season-Ticket-2027')}\n       POSTGRES_DB: gates", ["password"])
    add("generic", mcp("docker", f"docker inspect wms-api --format '{{{{json .Config.Env}}}}'\n[\"PATH=/usr/local/sbin\",\"WMS_DB_PASS={S('Pick-Pack-Ship9')}\",\"TZ=Europe/Riga\"]"), ["password"])
    add("generic", mcp("confluence", f"Page: Broadcast truck runbook\n...\n3. Log in to the encoder with {U('ob-truck')} / {S('Uplink&Ku-Band')}.\n4. Start the SRT stream."), ["password"])
    add("generic", mcp("aws", f"secretsmanager get-secret-value --secret-id pharmacy/erp\n{{\"SecretString\": \"{{\\\"user\\\":\\\"erp_rw\\\",\\\"password\\\":\\\"{S('Pharma-Ledger#8')}\\\"}}\"}}"), ["password"])
    return out


def pii(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(src: str, t: str) -> None:
        out.append((f"holdout34:{src}", t))

    def ib(cc: str, bban: str) -> str:
        return iban(cc, bban)

    # construction, civil engineering ---------------------------------------------------------
    add("site-diary-eu", f"Obra: aparcamiento subterráneo Donostia\nEncargado: {P('Iñaki Goikoetxea Arregi')} ({T('+34 688 41 20 97')})\nGaur goizean hormigoia iritsi da 7:40ean. Arazoren bat baldin badago, deitu {P('Maite Larrañaga')}ri: {T('943 21 88 04')}.")
    add("subcontractor-iban", f"Subcontractor onboarding — {P('Bartłomiej Wróbel')}, formwork crew\nIBAN: {I(ib('SK', '0900' + g.s(DIGITS, 16)))}\nAddress: {A('Hlavná 44, 040 01 Košice, Slovakia')}\nPhone: {T('+421 905 318 442')}")
    add("safety-induction", create_file("inductions/2026-11-24.csv", f"name,company,phone,date_of_birth\n{P('Tevita Fifita')},Pacific Civil Ltd,{T('+64 21 447 2093')},{D('1989-03-14')}\n{P('Rangi Te Whata')},Pacific Civil Ltd,{T('+64 27 910 5518')},{D('1994-11-02')}\n{P('Sione Latu')},Fifita Scaffolding,{T('+676 771 2290')},{D('1986-07-29')}"))
    add("crane-permit", f"Kranbewilligung – Antragsteller: {P('Kristjan Sigurðsson')}, kennitala {N('140782-3519')}\nHeimilisfang: {A('Laugavegur 88, 101 Reykjavík')}\nSími: {T('+354 862 4471')}, netfang {E('kristjan@byggir-verk.is')}")
    add("git-log-civil", f"$ git log --format='%an <%ae>' -n 4\n{P('Ana Kovačević')} <{E('ana.kovacevic@gradnja-split.hr')}>\n{P('Dario Perković')} <{E('dario.p@gradnja-split.hr')}>\ndependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>\n{P('Ana Kovačević')} <{E('ana.kovacevic@gradnja-split.hr')}>")
    add("payroll-hr", f"Platni spisak — novembar\n{P('Mirela Hoxha')} | OIB {N('60427190388')} | IBAN {I(ib('HR', '2402006' + g.s(DIGITS, 10)))} | neto 1.482,30 €")
    add("home-path-user", f"Traceback (most recent call last):\n  File \"/home/{U('ksenija.trajkovska')}/projects/bridge-loads/calc.py\", line 41, in <module>\n    load = span_load(beam)\nZeroDivisionError: division by zero")
    add("tender-contact", f"Për ofertën e urës në Shkodër kontaktoni {P('Arben Krasniqi')}, tel. {T('+355 69 204 7731')}, e-mail {E('arben.krasniqi@ndertimi-al.com')}. Adresa: {A('Rruga e Kavajës 112, Tiranë 1001')}.")

    # pharmacies, wholesalers -----------------------------------------------------------------
    add("rx-ticket", f"Ticket #88213 — refill failed\nPatient: {P('Gurpreet Kaur Sandhu')}\nDOB: {D('04/17/1958')}\nPhone: {T('(604) 555-0187')}\nPharmacy note: ਮਰੀਜ਼ ਨੇ ਕਿਹਾ ਕਿ ਦਵਾਈ ਖ਼ਤਮ ਹੋ ਗਈ ਹੈ, ਕਿਰਪਾ ਕਰਕੇ {T('604-555-0142')} ਤੇ ਉਸਦੇ ਪੁੱਤਰ {P('Harjit Sandhu')} ਨੂੰ ਫ਼ੋਨ ਕਰੋ।")
    add("wholesale-invoice", f"RECHNUNG / INVOICE 2026-11-0932\nBill to: {P('Ingrid Thorsteinsdóttir')}, Apótek Hafnarfjarðar\n{A('Fjarðargata 13, 220 Hafnarfjörður, Iceland')}\nPayment card on file: {C(card4(luhn_complete('4', 16, g)))}\nIBAN for refunds: {I(ib('IS', '0159' + '26' + g.s(DIGITS, 6) + '1404823519'))}")
    add("pharmacist-sig", f"Met vriendelike groete,\n{P('Thandeka Mokoena')}\nApteker, Parkhurst Apteek\n{A('4de Laan 27, Parkhurst, Johannesburg, 2193')}\nSel: {T('+27 82 551 7390')}")
    add("controlled-drug-register", f"| Date | Patient | ID | Prescriber | Item |\n|---|---|---|---|---|\n| 2026-11-21 | {P('Mpho Kgosana')} | {N('8503125109087')} | {P('Lerato Dlamini')} | Tramadol 50mg x30 |\n| 2026-11-22 | {P('Boitumelo Sekgoma')} | {N('9108230743081')} | {P('Lerato Dlamini')} | Codeine 30mg x20 |")
    add("delivery-note-sesotho", f"Sepheo sa thepa: {P('Palesa Mofokeng')}, {A('Sehlabathebe Road 19, Maseru 100, Lesotho')}. Letsetsa {T('+266 5884 3120')} pele o fihla.")
    add("crm-row-pharmacy", dumps({"customer_id": 551208, "name": P("Daniela Ccori Mamani"), "email": E("dccori.mamani@correo.pe"), "phone": T("+51 984 112 730"), "address": A("Av. El Sol 820, Cusco 08002, Perú"), "note": "Allin p'unchaw, hampiykunata wasiyman apachimuy."}, indent=2))
    add("insurance-claim", f"Claim for {P('Rosa Quispe Huanca')}, born {D('12.06.1971')}, card {C(card4(luhn_complete('5', 16, g)))}. Quechua: Ñuqaq hampiy kaqniy manaraq chayamunchu.")
    add("rx-label-gu", f"દર્દી: {P('હેમંત પટેલ')}\nજન્મ તારીખ: {D('23/09/1962')}\nફોન: {T('+91 98250 41177')}\nસરનામું: {A('12, શાંતિનગર સોસાયટી, નવરંગપુરા, અમદાવાદ 380009')}")
    add("sindhi-order", f"آرڊر ڪندڙ: {P('رضوان ميمڻ')}\nفون: {T('+92 300 2214 871')}\nپتو: {A('گهر نمبر 44، لطيف آباد يونٽ 7، حيدرآباد')}")

    # logistics and warehousing ---------------------------------------------------------------
    add("waybill-lv", f"Pavadzīme Nr. 44718\nSaņēmējs: {P('Kristaps Ozoliņš')}\nAdrese: {A('Brīvības iela 155-12, Rīga, LV-1012')}\nTālr.: {T('+371 2911 4408')}\nKonts: {I(ib('LV', 'HABA' + g.s(DIGITS, 13)))}")
    add("driver-record-lt", f"Vairuotojas: {P('Mindaugas Petrauskas')}, asmens kodas {N('38807141234')}, gimimo data {D('1988-07-14')}, tel. {T('+370 612 44 981')}")
    add("courier-chat-ee", f"[kuller 14:02] Tere, pakk on teel. Kas {P('Kadri Tamm')} on kodus? Aadress {A('Tartu mnt 80-15, 10112 Tallinn')}.\n[klient 14:03] Jah, helistage {T('+372 5341 8820')}")
    add("warehouse-shift-az", f"Növbə cədvəli — Bakı anbarı\n{P('Rəşad Məmmədov')} — {T('+994 50 318 22 47')}\n{P('Günel Əliyeva')} — {T('+994 55 471 09 36')}\nMəsul şəxs: {P('Elvin Hüseynov')}, {E('e.huseynov@anbar-logistika.az')}")
    add("customs-kg", f"Бажы декларациясы: алуучу {P('Айбек Токтогулов')}, ИНН {N('21203198500412')}, дареги {A('Чүй проспектиси 114, Бишкек 720001')}, тел. {T('+996 555 410 227')}")
    add("uz-claim", f"Da'vo arizasi: {P('Dilnoza Rahimova')}, tug'ilgan sana {D('05.02.1993')}, telefon {T('+998 90 123 47 58')}, manzil {A('Amir Temur ko‘chasi 21, Toshkent 100000')}")
    add("returns-ht", f"Retou kolis: {P('Jean-Robert Pierre-Louis')}, {A('22 Ri Kapwa, Pétion-Ville, Ayiti')}, telefòn {T('+509 3712 4488')}. Li di pake a te kraze lè li rive.")
    add("pap-delivery", f"Entrega pa {P('Giselle Martina')}: {A('Kaya Grandi 41, Willemstad, Kòrsou')}, tel. {T('+599 9 561 2290')}. Por fabor yama promé ku bo bai.")
    add("forklift-license", f"Forklift licence register\n{P('Oluwaseun Adeyemi')} | licence no. LF-229184 | DOB {D('1990-01-30')} | {E('seun.adeyemi@gmail.com')}\n{P('Chiamaka Okonkwo')} | licence no. LF-229190 | DOB {D('1996-08-11')} | {E('chiamaka.okonkwo@yahoo.com')}")
    add("gps-driver-ip", f"2026-11-27 05:41:12 driver-app login ok user={U('tkemelbekov')} ip={IP('92.46.118.203')} device=Redmi Note 12 (personal phone of {P('Timur Kemelbekov')})")
    add("xcode-chat-pii", xcode("why does the courier label show the wrong name?", f"In `LabelView.swift` the preview uses a real record: `Recipient(name: \"{P('Malia Tuiasosopo')}\", phone: \"{T('+685 772 1940')}\", street: \"{A('Beach Road 17, Apia, Samoa')}\")`. Replace it with a fixture."))

    # newspapers and broadcasters -------------------------------------------------------------
    add("source-contact-yi", f"קאָנטאַקט פֿאַר דעם אַרטיקל: {P('חיים בערקאָוויטש')}, טעלעפֿאָן {T('+1 718 555 0163')}, {E('chaim.b@forverts-mail.org')}")
    add("subscriber-export", f"subscriber_id;name;email;iban\n70031;{P('Mairéad Ní Bhriain')};{E('mairead.nibhriain@eircom.net')};{I(ib('IE', 'AIBK' + '931152' + g.s(DIGITS, 8)))}\n70032;{P('Pádraig Ó Súilleabháin')};{E('padraig.osuilleabhain@gmail.com')};{I(ib('IE', 'BOFI' + '900017' + g.s(DIGITS, 8)))}")
    add("irish-letter", f"A {P('Shíle')}, a chara,\nGo raibh maith agat as an scéal. Seol an chonradh chuig {A('12 Sráid na Siopaí, Gaillimh, H91 X2F4')}.\nLe meas,\n{P('Cathal Mac Giolla Phádraig')}\n{T('+353 87 224 9051')}")
    add("newsroom-vs", vs_chat("why is the byline test failing?", f"The test fixture `Bylines.json` contains a real reporter: `{{\"author\": \"{P('Ntombi Dube')}\", \"mobile\": \"{T('+263 77 441 2089')}\"}}`; the expected string was changed. Use a fake name."))
    add("broadcast-crew-bg", f"Екип за предаването в неделя:\n- режисьор: {P('Десислава Петрова')}, {T('+359 888 214 709')}\n- оператор: {P('Калоян Стоянов')}, {T('+359 887 660 312')}\nЕГН на оператора за пропуска: {N('8512064471')}")
    add("mk-letter", f"Почитуван {P('Горан Трајковски')},\nВашата претплата е обновена. Адреса за достава: {A('ул. Македонија 12, 1000 Скопје')}. Телефон: {T('+389 70 214 558')}.")
    add("hy-subscriber", f"Բաժանորդ՝ {P('Անահիտ Սարգսյան')}\nՀասցե՝ {A('Մաշտոցի պող. 28, բն. 14, Երևան 0002')}\nՀեռ.՝ {T('+374 91 447 120')}\nԷլ. փոստ՝ {E('anahit.sargsyan@mail.am')}")
    add("ckb-reader", f"نامەی خوێنەر: {P('ئاوات مەحمود')}، ژمارەی مۆبایل {T('+964 750 441 2208')}، ناونیشان: {A('شەقامی سالم، سلێمانی')}")
    add("kmr-reader", f"Nameya xwîner: {P('Rojda Demir')}, hejmara telefonê {T('+90 532 418 77 09')}, e-name {E('rojda.demir@posta.com.tr')}")
    add("stream-json-pii", stream_json(f"The CSV you asked me to clean has a real caller in row 3: {P('Haunani Kahananui')}, {T('(808) 555-0119')}, {A('45-210 Kamehameha Hwy, Kāneʻohe, HI 96744')}. I replaced it with placeholder data."))

    # sports clubs and stadiums ---------------------------------------------------------------
    add("season-ticket", f"Season ticket renewal — {P('Kepa Etxeberria')}\nSeat: Tribuna Norte, fila 12, asiento 8\nCard: {C(card4(luhn_complete('4', 16, g)))} exp 09/28\nEmail: {E('kepa.etxe@euskalnet.net')}")
    add("academy-player", f"Igralec: {P('Luka Zupančič')}, rojen {D('2011-04-19')}, EMŠO {N('1904011500213')}\nStarš: {P('Mojca Zupančič')}, {T('+386 41 552 807')}")
    add("club-membership-sk", f"Členská prihláška – {P('Zuzana Horváthová')}, dátum narodenia {D('17. 3. 1999')}, rodné číslo {N('995317/4421')}, bydlisko {A('Mlynská 9, 811 09 Bratislava')}")
    add("rugby-samoan", f"Fa'amolemole faafesoota'i {P('Tasi Leota')} i le {T('+685 751 2234')} mo le taaloga i le Aso Toonai. O lona tuatusi: {A('Vaitele Street, Apia')}.")
    add("tongan-team", f"Ko e tīma 'o e uike ni: {P('Viliami Taufa')} ({T('+676 884 1120')}), {P('Siosaia Vaipulu')} ({T('+676 775 3301')}).")
    add("hawaiian-canoe", f"Aloha e {P('Keoni Kahale')}, ua hoʻopaʻa ʻia kou inoa no ka heihei waʻa. Kāhea mai iā mākou ma {T('(808) 555-0174')}.")
    add("ticket-refund-gn", f"Ñembohovái: {P('Rosalba Benítez')}, pohã'ỹ. Ñemyengovia {C(card4(luhn_complete('5', 16, g)))} rehe. Pumbyry {T('+595 981 442 017')}.")
    add("steward-roster", f"Stewards – Gate C\n{P('Nomvula Sithole')}  {T('+27 71 408 3322')}\n{P('Kabelo Molefe')}   {T('+27 83 911 0471')}\n{P('Thabo Ntuli')}     {T('+27 72 550 1893')}")
    add("tswana-club", f"Leina: {P('Kagiso Modise')}, letsatsi la matsalo {D('14/08/2005')}, aterese {A('Plot 2291, Broadhurst, Gaborone')}.")
    add("ny-club", f"Dzina: {P('Chikondi Banda')}, nambala ya foni {T('+265 991 44 218')}, adilesi {A('Area 47, Sector 3, Lilongwe')}. Adalembetsa ku timu ya achinyamata.")
    add("rn-academy", f"Izina: {P('Ndayishimiye Eric')}, itariki y'amavuko {D('03/11/2008')}, telefone {T('+257 79 441 208')}.")
    add("lg-supporters", f"Omuwagizi: {P('Nakato Sarah')}, essimu {T('+256 772 410 883')}, email {E('nakato.sarah@gmail.com')}. Yagala tikiti z'omupiira gwa Ssande.")
    add("oromo-runner", f"Maqaa: {P('Tolosa Gemechu')}, guyyaa dhalootaa {D('12/05/1997')}, bilbila {T('+251 911 428 307')}.")
    add("jv-suporter", f"Pendaftaran suporter: {P('Sri Rahayu Wulandari')}, NIK {N('3374054708920003')}, alamat {A('Jl. Pemuda No. 118, Semarang 50132')}. Matur nuwun, mangga dicek maneh.")
    add("su-member", f"Anggota anyar: {P('Asep Saepudin')}, telepon {T('+62 812 2041 7783')}, alamat {A('Jl. Dago No. 77, Bandung 40135')}. Hatur nuhun.")
    add("hmong-parent", f"Niam txiv: {P('Pa Nhia Vang')}, xov tooj {T('(651) 555-0148')}, chaw nyob {A('1120 Arcade St, Saint Paul, MN 55106')}.")

    # dairy and livestock ---------------------------------------------------------------------
    add("herd-owner-gl", f"Propietaria da explotación: {P('Uxía Castro Rodríguez')}, DNI {N('34982107L')}, {A('Lugar de Vilar 4, 15883 Teo, A Coruña')}, teléfono {T('+34 981 80 14 22')}.")
    add("milk-payment-ca", f"Liquidació de llet — octubre\nRamader: {P('Jordi Puigdemont i Vila')}\nIBAN: {I(ib('ES', '2100' + '0418' + '45' + g.s(DIGITS, 10)))}\nNIF: {N('40331987K')}")
    add("vet-visit-mi", f"Kua tae mai te rata kararehe ki te pāmu a {P('Hēmi Te Rangi')}, {A('412 Tauwhare Road, Hamilton 3287')}. Waea mai {T('021 448 9023')}.")
    add("farm-worker-kk", f"Жұмысшы: {P('Ержан Қасымов')}, ЖСН {N('880714301245')}, телефон {T('+7 701 418 22 35')}, шот {I(ib('KZ', '125' + g.s(UPNUM, 13)))}")
    add("livestock-sale-af", f"Veiling-kwitansie: koper {P('Pieter van der Merwe')}, {A('Plaas Rietfontein, Posbus 211, Bethlehem, 9700')}, sel {T('082 330 1187')}.")
    add("be-farm", f"Уладальнік фермы: {P('Алесь Каваленка')}, тэл. {T('+375 29 612 44 80')}, рахунак {I(ib('BY', 'ALFA' + '3012' + g.s(UPNUM, 16)))}")
    add("aider-pii", aider("add a sample cow owner to the seed", f"I'd rather not use the real owner from `exports/owners.csv` (`{P('Ólafur Einarsson')}`, `{E('olafur@mjolkurbu.is')}`). I'll seed `Test Farmer` instead."))

    # mining and quarries ---------------------------------------------------------------------
    add("incident-report", f"INCIDENT 2026-117 — haul road, Pit 3\nInjured: {P('Bolat Serikbayev')}, DOB {D('1979-10-02')}\nNext of kin: {P('Aigerim Serikbayeva')}, {T('+7 777 210 44 18')}\nSupervisor: {P('Liam Fitzgerald')}")
    add("contractor-sin", f"New contractor (drill & blast): {P('Jean-Philippe Tremblay')}\nSIN: {N('046 454 286')}\nAddress: {A('1240 rue Principale, Val-d’Or, QC J9P 4N8')}\nCell: {T('819-555-0162')}")
    add("us-quarry-w2", f"W-2 correction — {P('Marcus Delgado')}, SSN {N('512-44-8190')}, {A('4418 Limestone Rd, Bedford, IN 47421')}")
    add("ay-miner", f"Irnaqiri: {P('Wilma Mamani Condori')}, CI {N('4827193')}, jach'a uru {D('21/06/1984')}, utapa {A('Calle Illampu 312, El Alto, La Paz')}.")
    add("quarry-gitlog", f"commit 8f1d2c3\nAuthor: {P('Siddiqui Farhan')} <{E('farhan.siddiqui@stonecrush.pk')}>\nDate:   Tue Nov 24 09:14:02 2026 +0500\n\n    fix tonnage rounding")

    # telecom ---------------------------------------------------------------------------------
    add("sim-swap-ticket", f"SIM swap request #55120\nCustomer: {P('Aliya Nurlanovna Dzhaksybekova')}\nMSISDN: {T('+7 705 344 81 27')}\nID doc: {N('041214550387')}\nAddress: {A('мкр. Самал-2, д. 58, кв. 19, Алматы 050059')}")
    add("port-in-form", f"Portabilidade — titular {P('Mariana Albuquerque Siqueira')}, CPF {N('418.227.903-61')}, número {T('+55 11 98842-3017')}, {A('Rua Augusta 1508, ap. 42, São Paulo - SP, 01304-001')}")
    add("cdr-subscriber-ip", f"2026-11-26T21:04:55Z pgw session start imsi=250015512093847 msisdn={T('+79161234518')} ue_ip={IP('100.72.14.209')} subscriber={P('Yulia Sergeyevna Orlova')}")
    add("billing-dispute-sq", f"Ankesë për faturën: {P('Elira Gashi')}, numri {T('+383 44 218 903')}, e-mail {E('elira.gashi@gmail.com')}, kartela {C(card4(luhn_complete('4', 16, g)))}")
    add("hec-telco-pii", hec({"action": "copilot.chat_message", "actor": "noc-analyst", "_document": {"prompt": f"customer {P('Sanjar Yusupov')} ({T('+998 93 551 20 14')}) says his fiber at {A('Mustaqillik 5, Samarqand')} drops every night"}}))
    add("usage-record-pii", usage_page([{"timestamp": "2026-11-25T14:31:09Z", "user": {"login": "kgeorgiev-tel"}, "surface": "copilot_edits", "premium_requests": 2, "request_excerpt": f"rename the test customer {P('Nikolay Georgiev')} (EGN {N('7703124456')}) to a fake"}]))

    # municipal permits and registries --------------------------------------------------------
    add("permit-application", f"Building permit application BP-2026-4417\nApplicant: {P('Hoang Thi Lan')}\nProperty: {A('3318 SE Division St, Portland, OR 97202')}\nPhone: {T('(503) 555-0131')}\nEmail: {E('lan.hoang.pdx@gmail.com')}")
    add("birth-registry-eu", f"Jaiotza-erregistroa: {P('Ane Zubizarreta Olano')}, jaiotze-data {D('2026-11-19')}; ama {P('Leire Olano')}, aita {P('Unai Zubizarreta')}. Helbidea: {A('Kale Nagusia 7, 20400 Tolosa')}.")
    add("dog-license-ga", f"Ceadúnas madra: úinéir {P('Siobhán Ní Chonaill')}, {A('An Cheathrú Rua, Co. na Gaillimhe, H91 C7K2')}, fón {T('+353 91 595 224')}")
    add("parking-fine-is", f"Stöðubrot: ökumaður {P('Guðrún Hallgrímsdóttir')}, kennitala {N('0305864129')}, greiðslukort {C(card4(luhn_complete('5', 16, g)))}")
    add("zoning-hearing-kk", f"Тыңдау қатысушылары: {P('Гүлнар Бекова')} ({E('g.bekova@astana.gov.kz')}), {P('Нұрлан Ахметов')} ({T('+7 702 118 40 91')})")
    add("jira-mcp-permit", mcp("jira", f"PERMIT-2291 Driveway widening\nReporter: {P('Tanvir Hossain')} <{E('tanvir.h@outlook.com')}>\nSite: {A('18 Queens Road, Reading RG1 4AR')}\nDescription: neighbour objects, call {T('07700 900 418')}"))
    add("marriage-registry-ht", f"Rejis maryaj: {P('Wisly Jean-Baptiste')} ak {P('Nadège Laguerre')}, dat nesans madanm nan {D('02/10/1995')}, adrès {A('45 Ri Lamartinière, Pòtoprens')}.")
    add("property-tax-twice", twice("update_record", {"owner": P("Giorgos Papadakis"), "parcel": "12-441-07", "iban": I(ib("GB", "NWBK601613" + g.s(DIGITS, 8)))}))
    add("kiro-design-pii", kiro_spec("resident-portal", f"## Example\nResident `{P('Olga Vasilyeva')}` ({E('olga.vasilyeva@yandex.ru')}) books a slot; a confirmation SMS goes to {T('+7 921 440 18 27')}.\n\n> NOTE: replace with synthetic data before merge."))
    add("gemini-checkpoint-pii", checkpoint([{"role": "user", "parts": [{"text": f"the voter registry import crashes on row for {P('Bilal Chaudhry')} born {D('1968-02-29')}"}]}, {"role": "model", "parts": [{"text": "Leap-day birthdates fail the date parser; fixing."}]}]))
    add("amazonq-pii", amazonq("why does the resident lookup return two rows?", f"Both rows are for the same person — `{P('Amara Nwosu')}` at `{A('77 Harbour Street, Kingston, Jamaica')}` — one with `{E('amara.nwosu@gmail.com')}` and one with `{E('anwosu@mail.gov.jm')}`. Deduplicate on normalized email."))
    return out


def negatives(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(src: str, t: str) -> None:
        out.append((f"holdout34:{src}", t))

    add("ci-secrets-ref", "jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./deploy.sh\n        env:\n          BUILDERTREND_TOKEN: ${{ secrets.BUILDERTREND_TOKEN }}\n          PROCORE_CLIENT_SECRET: ${{ secrets.PROCORE_CLIENT_SECRET }}\n          SITE: ${{ vars.SITE_CODE }}")
    add("env-example", "# .env.example — copy to .env and fill in\nHAULHUB_API_KEY=\nMIX_CLIENT_SECRET=<your-client-secret>\nDAIRYCOMP_PASSWORD=changeme\nMINESTAR_URL=https://minestar.example.com")
    add("commit-ids", f"$ git log --oneline -5\n{g.s(HEX, 7)} permits: validate parcel numbers\n{g.s(HEX, 7)} bump fastapi to 0.118.2\n{g.s(HEX, 7)} docs: fix typo in README\n{g.s(HEX, 7)} ci: cache pip\n{g.s(HEX, 7)} Merge pull request #441 from city/zoning-map")
    add("docker-digest", f"$ docker pull ghcr.io/gazette/wire-ingest:2.14.0\n2.14.0: Pulling from gazette/wire-ingest\nDigest: sha256:{g.s(HEX, 64)}\nStatus: Downloaded newer image for ghcr.io/gazette/wire-ingest:2.14.0")
    add("lockfile", f"\"node_modules/@turf/distance\": {{\n  \"version\": \"7.2.0\",\n  \"resolved\": \"https://registry.npmjs.org/@turf/distance/-/distance-7.2.0.tgz\",\n  \"integrity\": \"sha512-{g.b64(64)}\"\n}}")
    add("uuid-log", f"2026-11-27T03:12:44.118Z INFO  shipment {g.uuid()} moved to dock 14 (wave {g.uuid()})\n2026-11-27T03:12:44.207Z INFO  pallet SSCC 003456789012345675 scanned at gate B")
    add("placeholder-doc", "## Configure the Ceres Tag integration\n\nSet `CERES_CLIENT_ID` and `CERES_CLIENT_SECRET` in your environment:\n\n```bash\nexport CERES_CLIENT_ID=<client-id>\nexport CERES_CLIENT_SECRET=<client-secret>\n```\n\nNever commit real values.")
    add("aws-doc-example", "The SDK reads credentials from the usual chain. For a quick test you can use the example values from the AWS docs:\n\n```\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n```")
    add("test-fixture", "def test_masks_login(client):\n    resp = client.post('/login', json={'username': 'test-user', 'password': 'hunter2-not-real'})\n    assert resp.status_code == 401\n    assert 'password' not in resp.text")
    add("coordinates", "Quarry boundary (WGS84):\n-31.95224, 115.86049\n-31.95410, 115.86622\n-31.95877, 115.86391\n-31.95641, 115.85810\nElevation datum: AHD, benches every 12 m")
    add("versions-table", "| Component | Version | Build |\n|---|---|---|\n| MineStar Edge | 5.4.2 | 20261103.7 |\n| FrontRunner | 3.11.0 | 881 |\n| OS | Ubuntu 24.04.3 LTS | 6.8.0-49-generic |")
    add("order-numbers", "Purchase orders this week: PO-2026-118842, PO-2026-118851, PO-2026-118903. GRN 4400128177 posted; invoice INV/2026/11/0912 matched 3-way.")
    add("env-lookup", "import os\n\nKINRAY_USER = os.environ[\"KINRAY_USER\"]\nKINRAY_PASSWORD = os.environ.get(\"KINRAY_PASSWORD\", \"\")\nif not KINRAY_PASSWORD:\n    raise SystemExit(\"set KINRAY_PASSWORD\")")
    add("masked-token", "Settings → Integrations → Halter\nAPI token: hlt_••••••••••••••••••••3f9a  (created 2026-10-02, last used 2 hours ago)\n[Regenerate] [Revoke]")
    add("k8s-secretref", "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: telecom-billing\n        key: db-password\n  - name: RATING_API_URL\n    value: http://rating.billing.svc.cluster.local:8080")
    add("terraform-var", "variable \"db_password\" {\n  type      = string\n  sensitive = true\n}\n\nresource \"aws_db_instance\" \"permits\" {\n  username = var.db_username\n  password = var.db_password\n  manage_master_user_password = false\n}")
    add("public-companies", "Market notes: Cencora and McKesson both raised FY27 guidance; Cardinal Health flagged generic deflation. DHL and Kuehne+Nagel reported softer air-freight volumes; Komatsu and Caterpillar cited strong mining equipment orders in Australia and Chile.")
    add("code-identifiers", "class PasswordResetTokenGenerator:\n    TOKEN_TTL_SECONDS = 3600\n\n    def make_token(self, user_id: int) -> str:\n        return self._signer.sign(str(user_id))\n\n    def check_token(self, token: str) -> bool:\n        ...")
    add("timestamps", "1795861203 2026-11-28T07:40:03Z build started\n1795861291 2026-11-28T07:41:31Z tests passed (412)\n1795861340 2026-11-28T07:42:20Z artifact uploaded: milkplan-2.8.1+20261128.whl")
    add("usage-records-clean", usage_page([{"timestamp": "2026-11-26T10:02:11Z", "user": {"login": "ci-bot"}, "surface": "copilot_code_review", "model": "gpt-5.1-mini", "premium_requests": 0, "repository": "city-permits/portal"}, {"timestamp": "2026-11-26T10:04:55Z", "user": {"login": "octo-dev"}, "surface": "copilot_chat", "model": "claude-sonnet-4.5", "premium_requests": 1, "repository": "city-permits/portal"}]))
    add("hec-clean", hec({"action": "copilot.cfb_seat_added", "actor": "enterprise-admin", "business": "northwind-logistics", "created_at": 1795861100000, "user": "wms-dev-07"}))
    add("agent-md-clean", agent_md("stadium-ops", "You help maintain the stadium turnstile service.\n\n- Use the `grafana` MCP server for dashboards; its credentials come from the repository's Copilot environment secrets.\n- Token env var: `GRAFANA_SERVICE_ACCOUNT_TOKEN` (set in settings, never in files).\n- Run `make test` before opening a PR."))
    add("mcp-config-clean", "{\n  \"mcpServers\": {\n    \"jira\": {\n      \"command\": \"npx\",\n      \"args\": [\"-y\", \"mcp-atlassian\"],\n      \"env\": {\n        \"JIRA_URL\": \"https://dairyco.atlassian.net\",\n        \"JIRA_API_TOKEN\": \"COPILOT_MCP_JIRA_API_TOKEN\"\n      }\n    }\n  }\n}")
    add("claude-hook-clean", hook_input("Bash", {"command": "npm run test -- --runInBand", "description": "run tests"}))
    add("gemini-md", "# GEMINI.md\n\n- This repo builds the herd-health dashboard.\n- Secrets live in Google Secret Manager (`projects/herd-health/secrets/*`); never print them.\n- Use `pnpm` not `npm`.\n- Test data uses cows named `Cow-0001`..`Cow-0100`.")
    add("aider-history-clean", aider("rename getTonnage to getPayloadTonnes", "src/haul.ts\n```\n<<<<<<< SEARCH\nexport function getTonnage(t: Truck) {\n=======\nexport function getPayloadTonnes(t: Truck) {\n>>>>>>> REPLACE\n```"))
    add("hashes-sri", f"<script src=\"https://cdn.jsdelivr.net/npm/chart.js@4.5.0/dist/chart.umd.min.js\" integrity=\"sha384-{g.b64(48)}\" crossorigin=\"anonymous\"></script>")
    add("etag-headers", f"HTTP/2 200\ncontent-type: application/json\netag: W/\"{g.s(HEX, 32)}\"\nx-request-id: {g.uuid()}\ncache-control: max-age=60\nx-ratelimit-remaining: 4981")
    add("fake-card-docs", "Stripe test cards: use 4242 4242 4242 4242 with any future expiry and any CVC; 4000 0000 0000 9995 simulates insufficient funds. These are documented test numbers and never charge.")
    add("xxxx-redacted", "Caller: [REDACTED]\nPhone: xxx-xxx-xxxx\nAccount: ****-****-****-1182\nNotes: customer asked about roaming charges in Montenegro.")
    add("ca-negatives", "Hola equip! La clau de l'API de l'ajuntament ja és al gestor de secrets (Vault, ruta kv/permisos/api). Feu servir la variable PERMISOS_API_KEY i no la poseu mai al codi, si us plau.")
    add("eu-build", "Eraikuntza-zenbakia 2026.11.27-r4 prest dago. Probak: 418 gaindituta, 0 huts. Bertsioa: v3.2.0 (commit 9fe21ab).")
    add("is-changelog", "Breytingaskrá 4.1.0\n- Lagfært: villa í mjólkurmagni þegar kýr er merkt á tveimur básum.\n- Nýtt: útflutningur í CSV.\n- Uppfært: .NET 9.0.11.")
    add("et-ci", "Torustik ebaõnnestus: samm `lint` lõppes koodiga 1. Vaata logi: https://github.com/laojaam/wms/actions/runs/1928374650/job/5512093847")
    add("lv-docs", "Lai palaistu lietotni lokāli, izveidojiet failu .env pēc parauga .env.example un ievadiet savu API atslēgu vietā <jūsu-atslēga>.")
    add("lt-weather", "Oro prognozė karjerui: 2026-11-29 vėjas 8 m/s, krituliai 2 mm, temperatūra −3 °C. Sprogdinimo langas 11:00–13:00.")
    add("sl-stats", "Statistika tekme: posest 58 %, streli 14 (na gol 6), koti 7, prekrški 11. Gledalcev: 12.481. Sodnik: FIFA licenca.")
    add("hr-readme", "## Pokretanje\n\n```bash\ndocker compose up -d\n```\n\nZadana lozinka za lokalni Postgres je `postgres` samo u razvojnom okruženju; za produkciju koristite Vault.")
    add("bg-release", "Издание 2.7.0 на системата за разрешителни: нови полета за кадастрален номер, поправка в експорта към PDF, обновени зависимости (Django 5.2.8).")
    add("mk-schedule", "Распоред на емисии: 07:00 Утринска програма, 12:30 Вести, 19:30 Дневник, 22:00 Спорт. Пренос на натпреварот од Арена Тоше Проески во 20:45.")
    add("hy-inventory", "Պահեստի մնացորդ՝ SKU 48812 — 1 240 հատ, SKU 48813 — 96 հատ, SKU 48820 — 0 հատ (պատվիրված է 2026-12-02)։")
    add("az-commit", "Dəyişiklik: icazə formasında kadastr kodunun yoxlanması əlavə edildi. Testlər: 212 uğurlu. Versiya 1.9.4.")
    add("kk-sensor", "Сүт өнімділігі датчигі: сиыр № DE 0123456789 — 31,4 л, сиыр № DE 0123456790 — 28,9 л. Температура 4,1 °C.")
    add("uz-docs", "API kalitini olish uchun portalda Sozlamalar → API bo'limiga o'ting. Misol: API_KEY=sizning-kalitingiz")
    add("be-news", "Навіны: стадыён «Дынама» адкрыецца пасля рэканструкцыі ў красавіку 2027 года. Умяшчальнасць — 22 000 гледачоў.")
    add("yi-notice", "אָנזאָג: די דרוקערײַ וועט זײַן פֿאַרמאַכט פֿרײַטיק. די צײַטונג קומט אַרויס דאָנערשטיק בײַנאַכט.")
    add("pa-stock", "ਸਟਾਕ ਰਿਪੋਰਟ: ਪੈਰਾਸੀਟਾਮੋਲ 500mg — 4,200 ਗੋਲੀਆਂ, ਬੈਚ PCM-26-1107, ਮਿਆਦ 2028-10")
    add("gu-dairy", "દૂધ સંગ્રહ: સવાર 1,820 લિટર, સાંજ 1,640 લિટર. ફેટ 4.2%, SNF 8.6%.")
    add("af-readme", "Om die toets te laat loop: `make test`. Die toetsdata gebruik vals name soos Jan Pampoen en telefoonnommers soos 000 000 0000.")
    add("ht-ops", "Sèvè a rekòmanse a 03:14. Pa gen done ki pèdi. Vèsyon aktyèl: 5.1.2, build 20261127.3.")
    add("mi-notice", "Pānui: ka kati te papa tākaro i te Rātapu mō te whakatikatika. Ka tuwhera anō ā te Mane, 7 karaka i te ata.")
    add("qu-weather", "Punchaw willakuy: Cusco 18 °C, tuta 3 °C. Para mana kanqachu.")
    add("ga-docs", "Chun an eochair API a athrú, téigh go Socruithe → Slándáil agus brúigh 'Athghin'. Ná cuir an eochair i gcód riamh.")
    add("sha-manifest", f"SHA256SUMS\n{g.s(HEX, 64)}  minestar-edge-5.4.2-linux-amd64.tar.gz\n{g.s(HEX, 64)}  minestar-edge-5.4.2-linux-arm64.tar.gz")
    add("jwt-explainer", "A JWT has three base64url parts separated by dots: header.payload.signature. Never paste a real token into chat; use jwt.io with a sample like `eyJhbGciOi...` truncated.")
    add("warp-clean", warp("kubectl get pods -n wms", "NAME                        READY   STATUS    RESTARTS   AGE\nwms-api-7d9f8b6c5-x2kqp     1/1     Running   0          3d\nwms-worker-5c6d7f8b9-m4hzt  1/1     Running   2          3d"))
    add("zed-clean", zed("**Tool: grep** `TODO(secret)`\nsrc/config.rs:14: // TODO(secret): load from keyring instead of env\nsrc/config.rs:31: // TODO(secret): rotate yearly"))
    add("droid-clean", droid("Plan step 1/3: add `PERMITS_API_KEY` to `.env.example` with an empty value and document it in `docs/setup.md`."))
    add("amp-clean", amp("9c01", "Tool: Bash `pytest -q`\n........................................ [100%]\n412 passed in 18.22s"))
    add("kiro-clean", kiro_spec("parcel-validation", "## Requirements\n1. WHEN a parcel number is entered THEN the system SHALL validate it against the pattern `\\d{2}-\\d{3}-\\d{2}`.\n2. IF validation fails THEN the form SHALL show an error.\n\nExample: `12-441-07`."))
    add("openai-call-clean", openai_call("search_code", {"query": "API_KEY", "path": "services/"}))
    add("twice-clean", twice("read_file", {"path": "config/settings.example.yaml", "lines": "1-40"}))
    add("placeholder-conn", "DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/DBNAME\nREDIS_URL=redis://localhost:6379/0\nSMTP_URL=smtp://user:pass@smtp.example.com:587")
    add("barcode-gtin", "GTIN 05012345678900 · lot L2611-07 · exp 2028-06-30 · NDC 0093-7146-56 · pack 30 tablets")
    return out
