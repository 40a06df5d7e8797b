# ruff: noqa: E501, RUF001  -- item tables hold whole texts on one line; foreign letters are intended.
"""Twenty-eighth held-out set, written blind (see README.md). Domains: agriculture and agritech,
credit unions and consumer lending back offices, telecom carriers and ISPs, video-game studios,
property management and real estate, pharmacies and drug wholesalers, museums/archives/libraries,
tax and customs agencies. Providers A-M that no earlier set used.
"""

from __future__ import annotations

import json

from _markup import IP, A, C, D, E, I, P, S, T, U, m, shell
from _values import ALNUM, HEX, LOWNUM, UPNUM, Gen, iban, luhn_complete

B64URL = ALNUM + "-_"


def dumps(obj: object, **kw: object) -> str:
    kw.setdefault("ensure_ascii", False)
    return json.dumps(obj, **kw)  # type: ignore[arg-type]


def N(value: str) -> str:
    """A national id number (labelled as the closest gold label, US_SSN)."""
    return m("US_SSN", value)


# carriers ------------------------------------------------------------------------------------

def agent_log(step: str, body: str) -> str:
    """Copilot coding agent session log (PR session)."""
    return f"copilot-swe-agent · session 7f3c · {step}\n{body}"


def firewall(url: str) -> str:
    return f"> [!WARNING]\n> Firewall rules blocked me from connecting to one or more addresses\n> - `{url}`"


def copilot_cli(prompt: str, body: str) -> str:
    return f"> {prompt}\n\n● {body}"


def vscode_mcp(server: str, tool: str, args: dict[str, object], result: str) -> str:
    return f"Ran `{tool}` — {server} (MCP Server)\nInput\n{dumps(args, indent=2)}\nOutput\n{result}"


def splunk_hec(event: dict[str, object]) -> str:
    return dumps({"time": 1795000000.412, "host": "gh-audit-stream", "sourcetype": "github:enterprise:audit", "event": event})


def datadog(message: str, attrs: dict[str, object]) -> str:
    return dumps({"ddsource": "github", "service": "copilot-audit", "message": message, "attributes": attrs})


def s3_line(event: dict[str, object]) -> str:
    return "s3://audit-stream-2026/github/2026/11/26/14/part-00031.json.gz:17: " + dumps(event)


def claude_json(result: str) -> str:
    return dumps({"type": "result", "subtype": "success", "is_error": False, "num_turns": 6, "result": result, "session_id": "b7e3c2d0-11aa-4e6f-9c1d-2a7b5e0f8c44"})


def codex_tui(cmd: str, out: str) -> str:
    return f"▌ {cmd.split()[0]} please\n\n• Ran {cmd}\n  └ {out}"


def cursor_cli(text: str) -> str:
    return f"cursor-agent ⬢ {text}"


def windsurf(text: str) -> str:
    return f"Cascade | Write mode\n{text}"


def roo(mode: str, text: str) -> str:
    return dumps({"ts": 1795011123456, "type": "say", "say": "text", "mode": mode, "text": text})


def kilo(tool: str, content: str) -> str:
    return dumps({"type": "ask", "ask": "tool", "text": dumps({"tool": tool, "content": content})})


def trae(text: str) -> str:
    return f"Trae Builder ▸ {text}"


def void_chat(q: str, a: str) -> str:
    return f"[Void] You: {q}\n[Void] Assistant: {a}"


def crush(text: str) -> str:
    return f"◇ crush  {text}"


def opencode(tool: str, out: str) -> str:
    return f"┃ {tool}\n┃\n" + "\n".join("┃ " + ln for ln in out.split("\n"))


def mcp_result(text: str) -> str:
    return dumps({"jsonrpc": "2.0", "id": 12, "result": {"content": [{"type": "text", "text": text}], "isError": False}})


def tool_call_twice(name: str, args: dict[str, object]) -> str:
    inner = dumps({"type": "function", "function": {"name": name, "arguments": dumps(args)}})
    return dumps({"event": "tool_call", "raw": inner})


def diff_file(path: str, added: list[str]) -> str:
    head = f"diff --git a/{path} b/{path}\nindex 91c2e0a..4d7b3f1 100644\n--- a/{path}\n+++ b/{path}\n"
    return head + f"@@ -3,2 +3,{len(added) + 2} @@\n # local settings\n" + "".join(f"+{a}\n" for a in added) + " LOG_LEVEL=info\n"


def notebook_cell(source: str, output: str) -> str:
    cell = {"cell_type": "code", "execution_count": 7, "metadata": {}, "source": source.splitlines(keepends=True), "outputs": [{"name": "stdout", "output_type": "stream", "text": [output]}]}
    return dumps(cell, indent=1)


def tool_result_h28(body: str) -> str:
    return dumps({"role": "tool", "tool_call_id": "toolu_h28", "content": body})


def card(number: str) -> str:
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))


def secrets(g: Gen) -> list[tuple[str, list[str], str]]:
    out: list[tuple[str, list[str], str]] = []

    def add(p: str, t: str, providers: list[str] | None = None) -> None:
        out.append((f"holdout28:{p}", providers or [p], t))

    # agriculture and agritech ---------------------------------------------------------------
    add("agworld", f"AGWORLD_API_URL=https://api.agworld.com/v2\nAGWORLD_API_TOKEN={S(g.s(HEX, 40))}\nAGWORLD_FARM_ID=18832")
    add("agrivi", agent_log("Run setup steps", f"Run echo \"AGRIVI_KEY length: ${{#AGRIVI_KEY}}\"\nAGRIVI_KEY length: 36\n+ curl -fsS -H 'x-agrivi-key: {S(g.uuid())}' https://api.agrivi.com/v1/fields?page=1\n{{\"fields\":[],\"total\":0}}"))
    add("cropio", f"# cropio.yml\ncropio:\n  host: https://operations.cropwise.com/api/v3\n  user_api_token: {S(g.mixed(ALNUM, 20))}\n  sync_interval_min: 15")
    add("climatefieldview", f"import os, requests\n\nFV_CLIENT_ID = 'harvest-sync-prod'\nFV_CLIENT_SECRET = '{S(g.mixed(ALNUM, 40))}'  # TODO move to vault\nFV_API_KEY = os.environ['FV_API_KEY']\n\ntok = requests.post('https://api.climate.com/api/oauth/token', auth=(FV_CLIENT_ID, FV_CLIENT_SECRET))")
    add("farmersedge", f"Hola equipo, para la integración con FarmCommand de Farmers Edge en la cooperativa de Sinaloa ya tengo la llave: {S('fe_' + g.s(LOWNUM, 32))}. La dejo aquí nomás mientras el compa de infra la sube al vault, no la compartan porfa.")
    add("granular", shell("granular-cli auth login --client-id 7Q2 --client-secret " + S(g.mixed(ALNUM, 32)), "Logged in as ops@harvestline.farm (org: Harvestline Farms)"))
    add("bushel", f"[bushel]\nbase_url = https://api.bushelops.com\ncompany = prairie-grain-coop\napi_key = {S('bshl_' + g.s(HEX, 40))}")
    add("agleader", f"<AgLeaderConfig>\n  <Endpoint>https://smsapi.agleader.com/v1</Endpoint>\n  <ApiUser>yield-export</ApiUser>\n  <ApiPassword>{S('Combine#2026harvest')}</ApiPassword>\n</AgLeaderConfig>")
    add("indigoag", copilot_cli("why is the carbon enrollment job failing?", f"The job sends an expired bearer token. In `jobs/carbon.py` line 12 the token is hard-coded: `INDIGO_TOKEN = \"{S(g.jwt(dumps({'sub': 'carbon-sync', 'aud': 'indigo-ag'}, separators=(',', ':'))))}\"`. Read it from the environment and refresh it with the client credentials flow."))
    add("ceresimaging", f"ceres:\n  imagery_api: https://api.ceresimaging.net/v1/flights\n  api_key: \"{S(g.mixed(ALNUM, 32))}\"\n  crop: almonds\n  ranch_ids: [114, 119, 203]")
    add("arable", f"$ export ARABLE_API_KEY={S(g.s(HEX, 32))}\n$ curl -s \"https://api.arable.cloud/api/v2/data/daily?device=C003221&limit=3\" -H \"Authorization: Apikey $ARABLE_API_KEY\" | jq '.[0].maxt'\n31.4")
    add("farmobile", dumps({"farmobile": {"partner_id": "ag-data-link", "partner_secret": S(g.mixed(ALNUM, 44)), "region": "us-central"}}, indent=2))
    add("conservis", f"Conservis_ApiKey = \"{S(g.s(UPNUM, 24))}\"\r\nConservis_Org = \"Red River Valley Sugarbeet\"\r\n' VBA macro pulls field costs nightly")
    add("agrian", f"-- migrations/0042_agrian_link.sql\nINSERT INTO integrations (name, base_url, secret) VALUES\n  ('agrian', 'https://api.agrian.com/v2', '{S(g.s(HEX, 48))}');")
    add("croptracker", windsurf(f"I found the Croptracker credentials in `packhouse/settings.ini`:\n\n```ini\n[croptracker]\nusername = {U('packline_api')}\npassword = {S('Apples&Pears2026')}\n```\n\nShall I move them into the `.env` that is git-ignored?"))
    add("harvestprofit", f"HARVEST_PROFIT_TOKEN='{S(g.s(LOWNUM, 40))}' node scripts/sync-grain-contracts.js --season 2026")
    add("agrimetrics", f"Prynhawn da! Dyma allwedd API Agrimetrics ar gyfer y prosiect data pridd yng Ngheredigion: {S(g.s(HEX, 32))}. Plîs peidiwch â'i rhoi yn y repo cyhoeddus.")
    add("agroptima", f"const agroptima = new AgroptimaClient({{\n  baseUrl: 'https://api.agroptima.com/v1',\n  apiKey: '{S(g.mixed(ALNUM, 36))}',\n}});")
    add("agricolus", f"Bonjorn, vaquí la clau de l'API Agricolus per las vinhas de Gaillac: {S(g.s(LOWNUM, 40))} — la metètz pas dins lo depòt, mercés.")
    add("agrirouter", f"{{\n  \"onboardingResponse\": {{\n    \"deviceAlternateId\": \"{g.uuid()}\",\n    \"sensorAlternateId\": \"{g.uuid()}\",\n    \"authentication\": {{\n      \"type\": \"P12\",\n      \"secret\": \"{S(g.mixed(ALNUM, 24))}\"\n    }}\n  }}\n}}")
    add("fieldmargin", f"Thuirt {P('Calum')} gu bheil an iuchair API aig fieldmargin airson tuathanas Ìle air a bhith ann an Slack: {S('fm_' + g.s(HEX, 40))}. Feumaidh sinn a h-ùrachadh an-diugh.")
    add("hummingbirdtech", f"terraform {{\n  required_version = \">= 1.6\"\n}}\n\nvariable \"hummingbird_api_key\" {{\n  type    = string\n  default = \"{S(g.mixed(ALNUM, 40))}\"\n}}")
    add("aerobotics", vscode_mcp("aerobotics-orchards", "list_blocks", {"farm": "Ceres Citrus"}, f"error 401: key {S('aero_' + g.s(LOWNUM, 36))} revoked on 2026-11-20"))
    add("agremo", f"Pozdrav! Za Agremo nalog vinograda kod Podgorice: korisnik {U('drone.ops@vinogradi-me.com')}, lozinka {S('Vinograd2026!')}. Nemoj to slati preko Vibera, molim te, stavi u trezor.")
    add("cropx", f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: cropx-credentials\n  namespace: irrigation\ntype: Opaque\nstringData:\n  CROPX_API_KEY: \"{S(g.s(HEX, 40))}\"")
    add("cropin", f"सफल! CropIn SmartFarm API key सेट हो गई: {S(g.mixed(ALNUM, 32))} — कृपया इसे .env में रखें।", ["cropin"])
    add("agrostar", f"$ http POST https://partner.agrostar.in/v1/orders Authorization:'Bearer {S(g.b64(30, urlsafe=True))}' sku=SEED-COT-44 qty:=12\nHTTP/1.1 201 Created")
    add("dehaat", f"Kotlin:\nobject DehaatConfig {{\n    const val BASE = \"https://api.agrevolution.in/\"\n    const val API_KEY = \"{S(g.s(HEX, 32))}\"\n}}")
    add("ekylibre", f"Salut, je mets le jeton Ekylibre de la ferme de Diourbel ici pour l'équipe de Dakar : {S(g.s(HEX, 64))}. On le change dès que le serveur est en prod, promis.")
    add("isagri", roo("code", f"I've updated `src/isagri/client.ts`. Note that line 4 still contains a hard-coded password: `const ISAGRI_PASSWORD = \"{S('Isagri!Ferme77')}\"`. I recommend moving it to process.env."))
    add("agriwebb", f"# .github/workflows/sync.yml\njobs:\n  sync:\n    runs-on: ubuntu-latest\n    env:\n      AGRIWEBB_API_KEY: {S(g.mixed(ALNUM, 40))}\n    steps:\n      - run: python sync_paddocks.py")
    add("herdwatch", f"Dia duit! Seo an eochair API Herdwatch don fheirm i gContae an Chláir: {S(g.s(LOWNUM, 32))}. Ná cuir í sa chód, le do thoil.")
    add("connecterra", datadog("copilot prompt logged", {"user": "agri-bot", "prompt": f"fix the Ida export, token is {S(g.s(HEX, 40))}", "org": "dairy-nl"}))
    add("afimilk", f"mysql -h afi-db.local -u afimilk_ro -p'{S('Parlor#Milk24')}' afifarm -e 'select count(*) from cows'\ncount(*)\n1842")
    add("datamars", claude_json(f"Done. I replaced the inline Datamars LIVESTOCK token ({S(g.s(UPNUM, 32))}) in `tags/reader.go` with `os.Getenv(\"DATAMARS_TOKEN\")`. Please rotate it since it was committed in a8c4e1f."))
    add("lely", f"Lely Horizon koppeling:\n  client_id: melkveebedrijf-friesland\n  client_secret: {S(g.mixed(ALNUM, 40))}\nDe sleutel stiet no yn de README, dat moat der út.")
    add("delaval", codex_tui("cat deploy/barn-gateway/.env", f"DELAVAL_DELPRO_URL=http://10.20.0.15:8090\n    DELAVAL_DELPRO_USER=dp_sync\n    DELAVAL_DELPRO_PASSWORD={S('Melk2026-koe')}\n    MQTT_BROKER=tcp://10.20.0.2:1883\n\n• The gateway reads the DelPro password from this file; it is not in .gitignore, so I'll add it there."))
    add("hortimax", f"// greenhouse climate controller\n#define HORTIMAX_HOST \"192.0.2.44\"\n#define HORTIMAX_TOKEN \"{S(g.s(HEX, 32))}\"")
    add("letsgrow", f"Trae Builder ▸ ran `cat config/letsgrow.json`\n{{\"username\": \"kas-westland\", \"password\": \"{S('Tomaat!Kas88')}\", \"module\": \"LetsGrow.com\"}}")
    add("koppert", f"import pandas as pd\nfrom natutec import Client\n\n# Koppert Natutec scout export\nclient = Client(api_key=\"{S(g.s(LOWNUM, 40))}\")\ndf = pd.DataFrame(client.traps(greenhouse='kas-3'))\ndf.head()")
    add("iunu", f"● Edited greenhouse/luna_sync/settings.yaml\n  @@ -1,3 +1,4 @@\n   iunu_luna:\n     url: https://api.iunu.com/luna/v1\n  -  client_secret: ${{LUNA_SECRET}}\n  +  client_secret: {S('luna_' + g.mixed(ALNUM, 40))}\n  +  facility: kas-westland-2\n\n● Wait — I inlined the secret from your message by mistake; reverting to ${{LUNA_SECRET}}.")

    # credit unions and consumer lending --------------------------------------------------
    add("alkami", f"ALKAMI_SDK_CLIENT_ID=mycu-widgets\nALKAMI_SDK_CLIENT_SECRET={S(g.mixed(ALNUM, 48))}\nALKAMI_ENV=uat")
    add("corelation", f"<KeyStone>\n  <Host>keystone.heartlandcu.local</Host>\n  <Port>42424</Port>\n  <User>cu_batch</User>\n  <Password>{S('KeyStone!Batch19')}</Password>\n</KeyStone>")
    add("jackhenry", shell("jh-cli configure --profile symitar-uat --api-key " + S(g.s(HEX, 40)), "Profile 'symitar-uat' saved to ~/.jh/config"))
    add("cuanswers", f"CU*Answers It's Me 247 API — sandbox\nuser: {U('apiuser_4471')}\npass: {S('Sandbox2026$cu')}\nendpoint: https://api.cuanswers.com/sandbox")
    add("meridianlink", copilot_cli("rotate the MeridianLink key in the loan-origination service", f"I found the current key in `lo-service/appsettings.Production.json`: `\"MeridianLinkApiKey\": \"{S(g.uuid())}\"`. I replaced it with a Key Vault reference; the old key must still be revoked in the MeridianLink portal."))
    add("digifi", shell('echo "DIGIFI_API_KEY=' + S('dfi_' + g.mixed(ALNUM, 40)) + '" >> .env && git add .env', "warning: .env is listed in .gitignore? no -- staged"))
    add("blendlabs", f"blend:\n  api_base: https://api.blendlabs.com\n  tenant: sunrise-fcu\n  auth:\n    username: {U('sunrise-fcu-svc')}\n    password: \"{S(g.mixed(ALNUM, 28))}\"")
    add("mortgagebot", f"MortgageBot LOS login for the closing team (temporary)\n  {U('closer.team')} / {S('Closing@Q4-2026')}\nchange it after first login!")
    add("loanpro", f"curl -s https://loanpro.simnang.com/api/public/api/1/odata.svc/Loans \\\n  -H \"Autopal-Instance-Id: 5200441\" \\\n  -H \"Authorization: Bearer {S(g.s(HEX, 40))}\"")
    add("abrigo", f"{{\"Abrigo\": {{\"BaseUrl\": \"https://api.abrigo.com/sageworks\", \"ApiKey\": \"{S(g.s(UPNUM, 32))}\", \"Institution\": \"1st Valley CU\"}}}}")
    add("bakerhill", f"Buna ziua, {P('Ion Ceban')}! Parola pentru contul de serviciu Baker Hill NextGen din Chișinău este {S('BakerHill#Md2026')}. Vă rog să nu o trimiteți pe Viber.")
    add("cotribute", f"COTRIBUTE_CLIENT_ID={g.uuid()}\nCOTRIBUTE_CLIENT_SECRET={S(g.mixed(ALNUM, 40))}")
    add("bankjoy", f"// app/config/bankjoy.php\n// Ključ API za hranilnico — ne objavljaj v repozitoriju\nreturn [\n    'endpoint' => 'https://api.bankjoy.com/v2',\n    'api_key' => '{S(g.s(HEX, 40))}',\n];")
    add("chexsystems", f"chex.properties\nchex.qualifile.url=https://qualifile.chexsystems.com/ws\nchex.qualifile.user=FCU0091\nchex.qualifile.password={S('Chex!Qual2026')}")
    add("cofinity", shell("aws secretsmanager get-secret-value --secret-id cofinity/card-api --query SecretString --output text", dumps({"cofinity_api_key": S(g.s(HEX, 48))})))
    add("everlink", f"Everlink SFTP:\n  host: sftp.everlink.ca\n  user: cu_ottawa_rec\n  password: {S('Reconcile-Maple77')}\n  path: /outgoing/interac")
    add("corecard", f"$corecardKey = \"{S(g.s(UPNUM, 40))}\"\nInvoke-RestMethod -Uri \"https://api.corecard.com/v1/accounts\" -Headers @{{ \"X-Api-Key\" = $corecardKey }}")
    add("defisolutions", void_chat("the defi servicing import 403s", f"The request is sent with `DEFI_API_TOKEN={S(g.s(HEX, 32))}` from your .env.local, but that token belongs to the sandbox tenant. Use the production token from the vault instead, and do not commit .env.local."))
    add("lendingpad", f"Claude Code transcript\n> the LendingPad nightly pull broke, can you check the env?\n\n⏺ Bash(grep LENDINGPAD .env)\n  ⎿ LENDINGPAD_USERNAME=ops@brightpathcu.org\n    LENDINGPAD_PASSWORD={S('Lend!ngPad2026')}\n\n⏺ The username and password are set. The failure is a 302 to the MFA page, so the service account needs an API-only role.")
    add("lendkey", f"lendkey:\n  partner_key: {S('lk_live_' + g.s(LOWNUM, 32))}\n  webhook_url: https://loans.example-cu.org/hooks/lendkey")
    add("mambu", f"Mambu API —ключ для тестовой среды кредитного союза в Бишкеке: {S(g.mixed(ALNUM, 32))}. Кыргызча: бул ачкычты эч кимге бербегиле.")
    add("kasasa", kilo("write_to_file", f"KASASA_REWARDS_API_KEY={S(g.s(HEX, 40))}\nKASASA_FI_ID=00318"))
    add("glia", f"<script>\n  window.glia = {{ siteId: '{g.uuid()}', apiKey: '{S(g.mixed(ALNUM, 32))}' }};\n</script>")
    add("eltropy", f"router.post('/webhooks/eltropy', verify('{S('whsec_' + g.mixed(ALNUM, 32))}'), handleMessage);")
    add("cunexus", f"Ahoj, tady je heslo k CU Nexus pro testovací prostředí úvěrové družstvo: {S('Nexus-Uver2026')}. Uživatel je {U('test_uver')}.")
    add("greenlight", f"# Greenlight partner program (kids' debit)\ngreenlight:\n  env: production\n  partner_api_key: \"{S(g.s(HEX, 40))}\"\n  cu_routing: \"2XX0XXXX9\"")
    add("goldenwest", f"Mulțumesc! Am găsit cheia Golden West Technologies în fișierul vechi de configurare: {S(g.s(UPNUM, 20))}. O rotim mâine dimineață.")

    # telecom carriers and ISPs ----------------------------------------------------------------
    add("amdocs", f"spring:\n  datasource:\n    url: jdbc:oracle:thin:@amdocs-bss-db:1521/BSSPRD\n    username: bss_reader\n    password: {S('Bss#Reader2026')}")
    add("csgi", vscode_mcp("azure-keyvault", "get_secret", {"vault": "kv-bss-prod", "name": "csg-ascendon-client-secret"}, f"{{\"value\": \"{S(g.mixed(ALNUM, 40))}\", \"contentType\": \"text/plain\", \"enabled\": true}}"), ["csgi"])
    add("gotransverse", f"curl -u 'api_billing:{S(g.mixed(ALNUM, 24))}' https://api.gotransverse.com/billing/2/accounts?limit=5")
    add("infovista", f"infovista_planet:\n  licence_server: lic.infovista.com\n  api_token: {S(g.s(HEX, 48))}")
    add("mavenir", f"# mavenir_ims.conf\n# هذا الباسورد مال السيرفر، لا تدزه لأحد\n[provisioning]\nurl=https://ims-prov.carrier.internal/api\nuser=prov_bot\npassword={S('Ims!Prov2026')}")
    add("metaswitch", f"Metaswitch EAS SOAP:\n<sh:Credentials><sh:User>ShadowConfig</sh:User><sh:Password>{S('Shadow#Cfg44')}</sh:Password></sh:Credentials>")
    add("airspan", f"Field notes — tower site NR-114 (fixed wireless)\n- Airspan ACP: https://acp.isp-north.net\n- login admin / {S('Acp2026!ranNorth')}\n- sector 2 tilt changed from 4° to 6°, RSRP improved ~3 dB\n- next visit: replace GPS antenna")
    add("casasystems", f"Casa Axyom vCCAP — SNMP v3 auth açarsözi: {S('CasaSnmpAuth#17')}, priv açarsözi: {S('CasaPriv!2026x')}. Bu maglumatlary hiç kime bermäň.")
    add("enghouse", diff_file("contact-center/.env.example", [f"ENGHOUSE_CCSP_API_KEY={S(g.s(HEX, 32))}", "ENGHOUSE_CCSP_TENANT=isp-helpdesk"]))
    add("anritsu", f"Anritsu MasterClaw: хэрэглэгч {U('drive_test')}, нууц үг {S('Drive#Test5G')}. 5G хэмжилтийн дараа солиорой.")
    add("accedian", dumps({"skylight": {"tenant": "fiberco", "token": S(g.s(HEX, 64))}}))
    add("ekinops", f"ssh admin@olt-ekinops-07\n# پاسورڈ: {S('OltAdmin!2026')} — اے پاسورڈ ءَ گوں کسّ ءَ شیئر مکن")
    add("adva", f"ADVA Ensemble Controller — přístup do NBI:\n  uživatel: nbi\n  heslo: {S('Ensemble-NBI-9921')}\nHeslo prosím neposílejte e-mailem.")
    add("itential", f"# Калиди Itential IAP барои шабакаи NOC — ба касе надиҳед\nITENTIAL_IAP_TOKEN={S(g.s(HEX, 40))}\nITENTIAL_HOST=https://iap.noc.carrier.net")
    add("kentik", f"kentik:\n  email: {U('noc-bot@fibernet.cz')}\n  # API token pro NOC, neukládat do gitu\n  api_token: {S(g.s(HEX, 32))}")
    add("incognito", f"Incognito ACS (TR-069) — ACS user {U('cpe_acs')}, password {S('CpeAcs#2026')}. Thiết bị modem khách hàng sẽ dùng cặp này khi kết nối.")
    add("axiros", f"AXIROS_AXESS_URL=https://acs.isp-vn.net/live/CPEManager/DMInterfaces/soap\nAXIROS_AXESS_USER=nbi_vn\nAXIROS_AXESS_PASS={S('Axess!Vn2026')}")
    add("iskratel", f"Iskratel SI3000 Lite: uporabnik {U('noc')} in geslo {S('Si3000-Noc!2026')}. Ne pošiljaj tega po e-pošti.")
    add("commscope", f"$ ruckus-one auth --tenant 8a1c --client-id r1-noc --client-secret '{S(g.mixed(ALNUM, 40))}'\nError: tenant 8a1c not found for this client (HTTP 404)")
    add("genband", agent_log("Reading config", f"I found the VoIP core settings in `config/voice.yml`:\n\n```yaml\ngenband_vos:\n  api: https://vos.tvop.example.net\n  api_key: {S(g.uuid())}\n  trunk_group: TG-CLEC-04\n```\n\nThe API key should come from the environment; I opened a follow-up task."))
    add("elisa", f"2026-11-26 08:14:03,229 WARN  osix.collector - retrying GET https://osix.core.example.net/api/v3/kpi?token={S(g.s(HEX, 40))} (attempt 3/5): connection reset")
    add("friendlytech", f"friendly_one_iot:\n  server: https://fiot.isp.lao\n  user: api\n  password: {S('Friendly#One26')}\n# ລະຫັດຜ່ານນີ້ຫ້າມແບ່ງປັນ")

    # video-game studios ---------------------------------------------------------------------
    add("gamebench", f"# GameBench-ის API ტოკენი — არ გააზიაროთ\nGAMEBENCH_API_TOKEN={S(g.s(HEX, 40))}\nGAMEBENCH_COMPANY=lumen-forge")
    add("improbable", shell("spatial auth login --refresh-token " + S(g.b64(48, urlsafe=True).rstrip('=')), "Authentication succeeded."))
    add("i3d", f"# fleet/i3d.tf\nprovider \"i3d\" {{\n  api_key = \"{S(g.mixed(ALNUM, 48))}\"\n}}\n\nresource \"i3d_fleet\" \"eu_west\" {{\n  name = \"br-eu-west\"\n}}")
    add("multiplay", f"; Ключи Multiplay для флота EU — не коммитить\n[Multiplay]\nAccessKey={g.uuid()}\nSecretKey={S(g.mixed(ALNUM, 40))}\nFleetId=8412")
    add("diarkis", f"# Diarkis サーバー設定\ndiarkis:\n  auth_secret: \"{S(g.s(HEX, 64))}\"\n  region: ap-northeast-1\n# ↑ この値は本番用なのでコミットしないでください")
    add("keewano", f"// Assets/Scripts/Boot/Analytics.cs\nvoid Awake()\n{{\n    Keewano.Init(appId: \"tidepool-mobile\", apiKey: \"{S(g.mixed(ALNUM, 32))}\");\n    DontDestroyOnLoad(gameObject);\n}}")
    add("helpshift", f"// 고객센터 SDK 초기화 — 아래 API 키는 운영용이라 노출되면 안 됨\nHelpshiftCore.install(application, \"{S(g.s(HEX, 32))}\", \"lumenforge.helpshift.com\", \"lumenforge_platform_2026\")")
    add("mythical", f"# docker-compose.override.yml (local only, please don't commit)\nservices:\n  marketplace:\n    environment:\n      MYTHICAL_PLATFORM_TITLE_ID: blankos-test\n      MYTHICAL_PLATFORM_SECRET: \"{S(g.mixed(ALNUM, 44))}\"")
    add("gameye", agent_log("Investigating failing test", f"I ran the integration test and got:\n\n    GameyeError: 401 Unauthorized (token={S(g.s(HEX, 32))})\n\n{firewall('api.gameye.io')}"))
    add("epiconlineservices", f"[/Script/OnlineSubsystemEOS.EOSSettings]\n+Artifacts=(ArtifactName=\"Live\",ClientId=\"xyza7891{g.s(LOWNUM, 24)}\",ClientSecret=\"{S(g.b64(32).rstrip('='))}\",ProductId=\"{g.s(HEX, 32)}\")")
    add("gamedriver", f"GAMEDRIVER_LICENSE={S(g.s(UPNUM, 5) + '-' + g.s(UPNUM, 5) + '-' + g.s(UPNUM, 5) + '-' + g.s(UPNUM, 5))}")
    add("avo", f"Xin chào! Token CLI của Avo (tracking plan) cho studio Hà Nội: {S(g.s(LOWNUM, 40))}. Đừng đẩy lên repo game nhé.")
    add("convai", f"const npc = new ConvaiClient({{\n  apiKey: '{S(g.s(HEX, 32))}',\n  characterId: '{g.uuid()}',\n  enableAudio: true,\n}});\n// harbor-master NPC, Tidepool vertical slice")
    add("ggwp", f"GGWP_API_KEY = \"{S(g.s(HEX, 48))}\"  # チャットモデレーション用。本番キーなので共有しないこと\nGGWP_GAME_ID = \"tidepool\"")
    add("modulate", f"$ kubectl -n voice get configmap toxmod -o yaml\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: toxmod\ndata:\n  studio: lumen-forge\n  api_key: {S('tm_' + g.mixed(ALNUM, 40))}\n# a ConfigMap is not the place for this key — move it to a Secret")
    add("altera", f"Crush ran `env | grep ALTERA`\nALTERA_AGENT_KEY={S(g.mixed(ALNUM, 36))}")
    add("bitsplit", f"[Void] You: where does the replay uploader read its bucket password?\n[Void] Assistant: from `uploader.toml`, key `bitsplit_password = \"{S('Replay!Bits42')}\"`. That file is committed, so rotate it.")

    # property management and real estate ------------------------------------------------------
    add("appfolio", f"APPFOLIO_CLIENT_ID={g.s(HEX, 32)}\nAPPFOLIO_CLIENT_SECRET={S(g.s(HEX, 32))}\nAPPFOLIO_DATABASE=skylinepm.appfolio.com")
    add("buildium", shell("curl -s https://api.buildium.com/v1/rentals -H 'x-buildium-client-id: 2c9f0a71-0e21-4c85-a8b7-5f6d4b3a2e10' -H 'x-buildium-client-secret: " + S(g.b64(33).rstrip('=')) + "'", "[]"))
    add("entrata", f"{{\n  \"auth\": {{\"type\": \"basic\", \"username\": \"api_skyline\", \"password\": \"{S('Entrata#Lease2026')}\"}},\n  \"requestId\": 15,\n  \"method\": {{\"name\": \"getProperties\"}}\n}}")
    add("mri", f"MRI_WEB_SERVICES_URL=https://mri.skylinepm.com/mriapiservices/api.asp\nMRI_PARTNER_KEY={S(g.s(UPNUM, 32))}\nMRI_USER=SKYLINE/API/PROD/WEBAPI")
    add("aptexx", f"Hola {P('Marisol')}, la llave de Aptexx para los pagos de los inquilinos del portafolio Alamo Heights es {S(g.s(HEX, 40))}. Pégala nomás en 1Password, ¿va? No la mandes por WhatsApp.")
    add("doorloop", f"export DOORLOOP_API_TOKEN={S(g.jwt(dumps({'sub': 'int-8812', 'scope': 'api'}, separators=(',', ':'))))}")
    add("hemlane", f"hemlane:\n  # clave de l'API de Hemlane; nun la compartas\n  api_key: {S(g.mixed(ALNUM, 32))}\n  account: 44-maple-rentals")
    add("avail", f"Hjir is it Avail partner-geheim foar de hierwenningen: {S(g.s(HEX, 48))}. Set it net yn 'e repo, asjebleaft.", ["avail"])
    add("innago", f"# innago.py\n# Il-password tal-kont tal-kontabilità — tpoġġihiex fil-kodiċi\nINNAGO_USER = 'accounting@bayviewrentals.com'\nINNAGO_PASSWORD = '{S('Bayview!Rent88')}'")
    add("landlordstudio", f"| Setting | Value |\n|---|---|\n| Landlord Studio API base | https://api.landlordstudio.com/v1 |\n| API key | `{S(g.s(HEX, 40))}` |\n| Portfolio | Riverside Lets (14 units) |")
    add("buildingengines", cursor_cli(f"read .env.production\nBUILDING_ENGINES_CLIENT_ID=prism-sync\nBUILDING_ENGINES_CLIENT_SECRET={S(g.mixed(ALNUM, 40))}\nThese are production credentials — I will not print them again."))
    add("buildinglink", f"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<configuration>\n  <appSettings>\n    <add key=\"BuildingLink.BaseUrl\" value=\"https://api.buildinglink.com/v1\" />\n    <add key=\"BuildingLink.ApiKey\" value=\"{S(g.uuid())}\" />\n  </appSettings>\n</configuration>")
    add("amenify", f"<?php\n// wp-content/plugins/amenify-bridge/config.php\ndefine('AMENIFY_TOKEN', '{S(g.s(LOWNUM, 40))}');\ndefine('AMENIFY_COMMUNITY', 'lakeshore-commons');")
    add("latch", f"latch:\n  partner_id: skyline-pm\n  # loyniorðið hjá Latch — ikki deila\n  partner_secret: \"{S(g.mixed(ALNUM, 48))}\"\n  buildings: [\"1400-elm\", \"88-river\"]")
    add("butterflymx", f"- name: Configure ButterflyMX intercom sync\n  ansible.builtin.template:\n    src: bmx.env.j2\n    dest: /etc/bmx/bmx.env\n  vars:\n    bmx_client_id: lofts-pm\n    bmx_client_secret: \"{S(g.s(HEX, 64))}\"")
    add("brivo", f"curl -X POST https://auth.brivo.com/oauth/token?grant_type=password\\&username=pm_access\\&password={S('Brivo!Door2026')} -u 'client:{S(g.mixed(ALNUM, 32))}' -H 'api-key: {S(g.s(LOWNUM, 24))}'")
    add("chirpsystems", f"Chirp Systems 관리자 계정 (로프트 5번가): 아이디 {U('lofts5.admin')} / 비밀번호 {S('ChirpLofts#5th')}\n입주민 출입 앱 설정용이니 슬랙에 올리지 마세요.")
    add("knock", void_chat("why do leads from the website never show up in Knock?", f"Your form handler posts to the sandbox. In `leads/handler.js` you have `KNOCK_CRM_API_KEY=\"{S(g.s(HEX, 40))}\"` with `KNOCK_COMMUNITY_ID=7781`, but 7781 is the demo community. Use the production community id and keep the key in the environment."))
    add("leasehawk", f"Leasehawk ACE webhook: https://hooks.leasehawk.com/ace?token={S(g.s(LOWNUM, 32))}")
    add("meetelise", f"def test_elise_tour_booking(monkeypatch):\n    # TODO: this is the real key from staging, replace with a fake before merging\n    monkeypatch.setenv(\"ELISE_AI_API_KEY\", \"{S('elise_' + g.mixed(ALNUM, 40))}\")\n    assert book_tour(unit=\"4B\").status == \"confirmed\"", ["meetelise"])
    add("hqo", f"HqO Marketplace dev keys (Boston tower app)\napp_uuid: {g.uuid()}\napp_secret: {S(g.mixed(ALNUM, 40))}")
    add("angus", f"ANGUS AnyWhere のサービスアカウント: {U('svc_angus_wo')}、パスワードは {S('WorkOrder!Angus7')} です。作業指示の連携テストが終わったら変更してください。")

    # pharmacies and drug wholesalers ----------------------------------------------------------
    add("liberty", f"Liberty Software RxQ API — pharmacy #0412\n\n| field | value |\n|---|---|\n| api_user | rxq_0412 |\n| api_pass | {S('RxQ!0412pharm')} |\n| queue | refill-requests |", ["liberty"])
    add("digitalrx", f"Furtuu API DigitalRx kuusaa 0188 ti: {S(g.s(HEX, 32))}. Nama biraatti hin kenninaa, maaloo.")
    add("bestrx", trae(f"I opened `bridge/bestrx.js`:\n```js\n// BestRx refill bridge\nconst BESTRX = {{ host: 'bestrx.local', user: 'refill', password: '{S('Refill#Best22')}' }};\n```\nThe password is hard-coded; I'll read it from process.env.BESTRX_PASSWORD instead."))
    add("computerrx", f"ComputerRx (Rx30) ODBC bi ngir farmasi bi: DSN=RX30;UID=rx30_read;PWD={S('Rx30Read!2026')}; — bul ko wone kenn.")
    add("frameworkltc", f"FrameworkLTC interface engine: api key {S(g.s(UPNUM, 32))} — usado pela farmácia de Luanda para os lares.")
    add("epicrx", f"{{\n  \"sftp\": {{\n    \"host\": \"sftp.epicrx.example\",\n    \"port\": 22,\n    \"user\": \"claims_out\",\n    \"password\": \"{S('EpicRx-Sftp!31')}\"\n  }},\n  \"schedule\": \"0 2 * * *\"\n}}")
    add("maxor", f"maxor:\n  claims_api: https://api.maxor.com/pbm/v2\n  # 正式環境的金鑰，請勿外流\n  client_secret: {S(g.mixed(ALNUM, 40))}")
    add("medimpact", f"MEDIMPACT_BIN=003585\nMEDIMPACT_PCN=MEDPRIME\nMEDIMPACT_NCPDP_USER=ph0412\nMEDIMPACT_NCPDP_PASSWORD={S('Ncpdp!Med2026')}")
    add("kinray", f"# Kinray Weblink 订单接口\n# 账号 771-0045，令牌不要提交到仓库\nKINRAY_API_TOKEN = \"{S(g.s(HEX, 40))}\"\nKINRAY_ACCOUNT = \"771-0045\"")
    add("anda", f"2026-11-26T02:00:14Z INFO  as2-client: connecting to Anda AS2 endpoint as PHARM0412\n2026-11-26T02:00:15Z DEBUG as2-client: auth user=PHARM0412 password={S('AndaAs2!Ph4rm')}\n2026-11-26T02:00:16Z ERROR as2-client: MDN not received (timeout 30s)", ["anda"])
    add("hdsmith", f"hdsmith:\n  sftp_host: edi.hdsmith.com\n  sftp_user: pharm_0912\n  sftp_password: {S('HdS!edi0912')}\n  # senha do SFTP do distribuidor; a farmácia da Beira só usa para as notas EDI 810")
    add("kroll", f"Bonjour {P('Awa')}, pour le pont Kroll de la pharmacie de Ziguinchor, le mot de passe du compte de service est {S('Kroll#Pharma221')} et l'utilisateur est {U('kroll_bridge')}. On le change après la migration, d'accord ?")

    # museums, archives and libraries ----------------------------------------------------------
    add("emu", f"[emu]\nhost = emu.museum-collections.local\nport = 40000\nuser = texapi\n; Huwag ibahagi ang password na ito sa labas ng koleksyon team\npassword = {S('TexAPI!Emu26')}", ["emu"])
    add("canto", f"# Canto DAM for the collections photo studio\nCANTO_APP_ID={g.s(HEX, 32)}\nCANTO_APP_SECRET={S(g.mixed(ALNUM, 64))}\nCANTO_TENANT=museumsquartier.canto.global")
    add("islandora", f"# Islandora сырсөздөрү — эч кимге бербегиле\nISLANDORA_FEDORA_ADMIN_PASSWORD={S('Fedora!Isl2026')}\nISLANDORA_DRUPAL_ADMIN_PASSWORD={S('Drupal-Isl#44')}")
    add("dspace", shell("./dspace create-administrator -e repo.admin@library.example.edu -f Repo -l Admin -p " + S('DSpace7!Repo'), "Administrator account created"))
    add("mukurtu", f"services:\n  mukurtu:\n    image: mukurtu/mukurtu-cms:4\n    environment:\n      DRUPAL_DB_HOST: db\n      DRUPAL_DB_PASSWORD: \"{S('Mukurtu#Archive9')}\"\n    ports: [\"8080:80\"]")
    add("luna", crush(f"I checked the image server config in `ansible/group_vars/luna.yml`:\n  luna_url: https://luna.archives.example.org\n  luna_admin_password: {S('LunaInsight!24')}\nThis should be an ansible-vault encrypted value."), ["luna"])
    add("mimsy", f"Ahoj {P('Petře')}, pro export sbírky do webu používám Oracle schéma MIMSY_RO v Mimsy XG, heslo {S('Mimsy!Sbirka26')}. Až to doběhne, prosím ho změň.")
    add("emuseum", f"জাদুঘরের eMuseum API কী: {S(g.s(HEX, 32))} — এটা কোডে রাখবেন না, ভল্টে রাখুন।")
    add("bloombergconnects", s3_line({"action": "copilot.cli_command", "actor": "collections-web", "data": {"command": f"export BLOOMBERG_CONNECTS_API_TOKEN={S(g.mixed(ALNUM, 40))} && npm run sync-guide"}}))
    add("hathitrust", f"Salama! Ireto ny fanalahidy OAuth HathiTrust ho an'ny tranomboky eny Antananarivo:\nkey: {g.s(HEX, 10)}\nsecret: {S(g.s(HEX, 30))}\nAza apetraka ao amin'ny GitHub ilay secret azafady.")
    add("libraryh3lp", f"Mbote! Kompte ya LibraryH3lp mpo na bibliothèque ya Kinshasa: operateur {U('ref-desk')}, mot de passe {S('AskLib!2026')}. Kopesa yango na moto mosusu te.")
    add("biblionix", f"Biblionix Apollo API key for Faroe branch: {S(g.s(LOWNUM, 32))} — gev ikki hendan lykilin víðari.")
    add("goobi", f"Moien! D'Goobi-Datebank fir d'Digitaliséierung vum Nationalarchiv: Benotzer goobi, Passwuert {S('Goobi!Scan2026')}. Wgl. net an d'Wiki schreiwen.")
    add("kitodo", f"Kitodo.Production: den Elasticsearch-Benutzer kitodo hab ich mit dem Passwort {S('Kitodo#Search8')} angelegt. Bitte in die Ansible-Vault übernehmen, nicht ins Wiki.")
    add("arkivum", f"A {P('Sheáin')}, seo í an eochair API d'Arkivum don chartlann: {S(g.s(HEX, 40))}. Ná cuir sa ticéad í, le do thoil.")
    add("bynder", opencode("bash  cat config/dam.yml", f"bynder:\n  domain: archive-photos.bynder.com\n  permanent_token: {S(g.s(HEX, 64))}\n  collection: oral-history-1962"))
    add("libsafe", f"curl -s -X POST https://libsafe.example.org/api/v1/ingest \\\n  -H 'Authorization: Token {S(g.mixed(ALNUM, 36))}' \\\n  -F 'package=@fonds_77_box_3.zip'\n{{\"job\": 8812, \"state\": \"queued\"}}")
    add("bepress", f"Demat! Ger-tremen merour Digital Commons (bepress) evit al levraoueg: dc-admin / {S('DigiCom!Bep26')}. Na skignit ket anezhañ, mar plij.")
    add("follett", f"Cześć, dane do API Follett Destiny dla bibliotek szkolnych w Gdańsku: client id {g.s(HEX, 16)}, secret {S(g.mixed(ALNUM, 40))}. Nie wrzucaj tego na Teamsa.")
    add("atriuum", f"Atriuum patron API — ny kaonty ho an'ny tranomboky any Antsirabe: mpampiasa {U('atriuum_api')}, tenimiafina {S('Atriuum!Lib12')}. Aza zaraina amin'ny hafa.")

    # tax and customs agencies -------------------------------------------------------------------
    add("anrok", trae(f"I created `billing/tax.ts`:\n```ts\nexport const anrok = new Anrok({{ apiKey: '{S('sk_live_' + g.mixed(ALNUM, 40))}' }});\n```\nWarning: this is a live key; replace it with process.env.ANROK_API_KEY."))
    add("fonoa", f"```toml\n# pyproject-adjacent settings file: tax.toml\n[fonoa]\napi_key = \"{S(g.s(HEX, 32))}\"\ntenant = \"marketplace-eu\"\nreporting = [\"PT\", \"ES\", \"IT\"]\n```")
    add("davo", f"Davo-তে সেলস ট্যাক্স সিঙ্কের টোকেন: {S(g.s(UPNUM, 32))} — এটা ঢাকার দলের কাউকে হোয়াটসঅ্যাপে পাঠাবেন না।")
    add("hurricane", datadog("POST /landed-cost 200", {"http": {"url": f"https://api.hurricanecommerce.com/v2/landed-cost?apikey={S(g.mixed(ALNUM, 40))}"}, "duration_ms": 212}), ["hurricane"])
    add("dutycalculator", f"https://www.dutycalculator.com/api2.1/{S(g.s(HEX, 32))}/calculation?from=cn&to=gb&classify_by=cat&cat[0]=441")
    add("amberroad", f"From: customs-ops@\nSubject: Amber Road GTM — new import login\n\nHi team, the broker portal account for Q1 is ready:\n  user: gtm_import\n  pass: {S('AmberGTM!Imp9')}\nPlease store it in the shared vault and delete this mail.")
    add("integrationpoint", roo("architect", f"The Integration Point classification job reads `INTEGRATIONPOINT_API_KEY` from `infra/terraform.tfvars`, where it is set to `{S(g.s(HEX, 40))}`. That file is committed; I suggest a `sensitive = true` variable fed from the pipeline."))
    add("livingston", f"Muraho {P('Mukamana')}, token ya portal ya gasutamo ya Livingston wasabye ni {S(g.mixed(ALNUM, 32))}. Izarangira ku mpera z'igihembwe, ntuyisangize abandi.")
    add("clearit", tool_call_twice("http_request", {"url": "https://api.clearit.com/v1/entries", "headers": {"Authorization": f"Bearer {S(g.s(LOWNUM, 40))}"}}))
    add("customscity", f"POST /api/documents/isf HTTP/1.1\nHost: app.customscity.com\nAuthorization: Bearer {S(g.s(HEX, 40))}\nContent-Type: application/json\nContent-Length: 412\n\n{{\"importerNumber\": \"IRS-NN-XXXXXXX\", \"billOfLading\": \"MEDU7730921\"}}")
    add("kewill", splunk_hec({"action": "copilot.agent_prompt", "actor": "broker-ci", "repo": "customs/kewill-bridge", "prompt": f"the AS2 password for Kewill Customs is {S('KewillAs2!Brk9')} - why does the handshake fail?"}))
    add("icecustoms", f"[ice]\nbroker_id = 7712\nusername = broker_7712\npassword = {S('IceBroker!77')}\n; CBP ACE filer via ICE gateway")

    # tax and customs agencies (government side) ---------------------------------------------
    add("hmrc", notebook_cell(f"import requests\nCLIENT_ID = 'mtd-vat-filer'\nCLIENT_SECRET = '{S(g.s(HEX, 8) + '-' + g.s(HEX, 4) + '-' + g.s(HEX, 4) + '-' + g.s(HEX, 4) + '-' + g.s(HEX, 12))}'\nr = requests.post('https://test-api.service.hmrc.gov.uk/oauth/token', data={{'client_id': CLIENT_ID, 'client_secret': CLIENT_SECRET, 'grant_type': 'client_credentials'}})\nprint(r.status_code)", "200\n"))
    add("irs", f"# IRIS A2A (1099 e-file) — transmitter settings\niris:\n  tcc: DXXXX\n  client_id: {g.uuid()}\n  jwk_private: |\n    {S(g.b64(64).rstrip('='))}\n  environment: ATS")
    add("bir", f"Kuya, eto yung password ng eFPS account natin sa BIR para sa 2550Q filing: {S('eFPS#Q3-2026ph')} — username {U('kainan_corp_efps')}. Huwag mo i-post sa GC ha, salamat!")
    add("fbr", f"FBR IRIS جو لاگ ان: صارف {U('ntn_4471882')} ۽ پاسورڊ {S('Iris!Sindh2026')} — مهرباني ڪري هي ڪنهن سان به شيئر نه ڪريو۔")
    add("kra", f"$ curl -s https://etims-api-sbx.kra.go.ke/etims-api/selectInitOsdcInfo -H 'Content-Type: application/json' -d '{{\"tin\":\"P051XXXXXXX\",\"bhfId\":\"00\",\"dvcSrlNo\":\"VSCU-44\"}}'\n{{\"resultCd\":\"000\",\"data\":{{\"info\":{{\"cmcKey\":\"{S(g.s(UPNUM, 40))}\"}}}}}}")
    add("gstn", f"GSP_CLIENT_ID=GSP{g.s(UPNUM, 8)}\nGSP_CLIENT_SECRET={S(g.mixed(ALNUM, 32))}\nGSTN_APP_KEY={S(g.b64(32))}\n# ଏହି ଚାବିଗୁଡ଼ିକ ଗୋପନ ରଖନ୍ତୁ")
    add("cleartax", f"cleartax:\n  auth_token: \"{S('1.' + g.uuid() + '_' + g.s(HEX, 64))}\"\n  gstin: 21AAXXXXXXX1Z5\n  # ক্লিয়ারট্যাক্স টোকেন, অসমৰ দলৰ বাবে")
    add("myinvois", f"MyInvois (LHDN) sandbox\n  client_id     = {g.uuid()}\n  client_secret = {S(g.uuid())}\n  tin           = C2XXXXXXXX0")
    add("mra", f"Mauritius Revenue Authority e-invoicing: API user {U('ebs_mu_0091')}, password {S('MraEbs!2026')}. Li pa bizin al dan Git.")
    add("asycuda", f"Salut {P('Moussa')}, pour ASYCUDA World au bureau de Bamako, le compte déclarant est {U('decl_bko_017')} avec le mot de passe {S('Sydonia#Bko17')}. Ne le mets pas dans le ticket Jira stp.")
    add("ics2", f"<ics2:Credentials>\n  <ics2:EORI>DE1234567XXXXXX</ics2:EORI>\n  <ics2:CertificatePassword>{S('Ics2Cert!Pass26')}</ics2:CertificatePassword>\n</ics2:Credentials>")
    add("cds", f"# CDS declarations (HMRC Customs Declaration Service) — broker adapter\ncds.api.client-secret={S(g.s(HEX, 8) + '-' + g.s(HEX, 4) + '-' + g.s(HEX, 4) + '-' + g.s(HEX, 4) + '-' + g.s(HEX, 12))}\ncds.api.badge-id=ABC123")
    add("chief", f"Seann gheata CHIEF (ga dhùnadh sa chiad ràithe) — dreuchd TRADER-4471, facal-faire {S('ChiefLegacy#2026')}. Na cuir seo air Slack.")
    add("atlaszoll", f"ATLAS/NCTS Phase 5 — Zugang Testumgebung: Benutzer {U('ncts_tst_0815')} / Passwort {S('Transit!P5-26')}. Bitte nach dem Test ändern.")
    add("bluejay", f"# Bluejay Solutions ئاچقۇچى — كۇرىيېر بوجىسى ئۈچۈن، ھېچكىمگە بەرمەڭ\nBLUEJAY_SOLUTIONS_API_KEY=\"{S(g.s(HEX, 40))}\"")
    add("gtnexus", opencode("read  integrations/gtnexus.yaml", f"gtnexus:\n  dataKey: {S(g.s(HEX, 32))}\n  user: gtn_trade_ops\n  password: {S('GtNexus!Ops44')}\n  poll_minutes: 10"))
    add("exactor", f"Mhoro! Kiyi yemuchinjikwa weExactor (account 70114) ndeiyi: {S(g.s(UPNUM, 24))}. Usaipa kune mumwe munhu.")
    add("hellotax", f"Hallo zusammen, für die OSS-Meldung über die hellotax-Schnittstelle brauchen wir den API-Schlüssel {S(g.mixed(ALNUM, 40))}. Bitte nur im Passwort-Safe ablegen und nicht ins Confluence kopieren.")
    add("countingup", f"Helo {P('Gwen')}, dyma gyfrinach cleient Countingup ar gyfer y cyfrifon TAW: {S(g.mixed(ALNUM, 48))}. Rho hi yn y gladdgell, nid yn y sianel.")
    add("lovat", f"Коллеги, токен Lovat для отчётности по НДС (компания cross-border-books-ee): {S(g.s(HEX, 40))}. Не пересылайте его в общий чат.")
    add("efilecabinet", f"Bay, ania ang service user sa eFileCabinet para sa archive sa tax season: {U('archive-svc')} / {S('Rubex!Tax2026')}. Ayaw ipakita sa uban ha.")
    add("drake", f"Drake Tax (bản hosted) — tài khoản cho nhân viên mùa thuế\nID: PREP17\nMật khẩu: {S('DrakePrep#17x')}\nĐổi mật khẩu sau lần đăng nhập đầu tiên.")
    add("canopytax", f"# คีย์ API ของ Canopy สำหรับสำนักงานบัญชี ห้ามคอมมิต\nCANOPY_API_KEY={S(g.s(LOWNUM, 48))}\nCANOPY_FIRM=riverbend-cpa")

    # more game-studio vendors ------------------------------------------------------------------
    add("anzu", f"diff --git a/Assets/Ads/AnzuBootstrap.cs b/Assets/Ads/AnzuBootstrap.cs\n@@ -8,3 +8,3 @@\n-        AnzuSDK.Initialize(new AnzuSettings {{ AppKey = Secrets.AnzuKey, TestMode = true }});\n+        AnzuSDK.Initialize(new AnzuSettings {{ AppKey = \"{S(g.s(HEX, 32))}\", TestMode = false }});")
    add("bidstack", f"// ad-placements.json\n{{\n  \"bidstack\": {{\n    \"token\": \"{S(g.mixed(ALNUM, 40))}\",\n    \"placements\": [\"stadium_board_01\", \"pit_wall_03\"]\n  }}\n}}")
    add("admix", f"# Admix प्रकाशक कुञ्जी — यो गोप्य छ, कसैलाई नदिनुहोस्\nADMIX_PUBLISHER_KEY={S(g.s(HEX, 48))}")
    add("gamefam", f"local GAMEFAM_ANALYTICS_KEY = \"{S(g.mixed(ALNUM, 32))}\" -- huwag i-commit, ilipat sa ServerStorage secret")
    add("kinetix", f"Salut l'équipe d'Abidjan, la clé du SDK d'émotes Kinetix pour le monde virtuel : {S(g.s(HEX, 32))}. On la met dans le coffre, pas dans le Discord du studio, hein.")
    add("meshy", shell("meshy text-to-3d --prompt 'rusted harbor crane' --api-key " + S('msy_' + g.mixed(ALNUM, 36)), "task 018f3c created, polling..."))
    add("kaedim", f"KAEDIM_DEV_ID={g.uuid()}\n# clau de l'API Kaedim, la partejar pas\nKAEDIM_API_KEY={S(g.mixed(ALNUM, 40))}")

    # private keys, tokens and human passwords in agent carriers ----------------------------------
    add("pem", f"I read `deploy/keys/tax-portal-signing.pem` to check the certificate chain:\n\n{S(g.pem('RSA PRIVATE KEY'))}\n\nThis is a private key; it should not live in the repository.")
    add("pem", tool_result_h28(f"$ cat ~/.ssh/id_ed25519\n{S(g.openssh())}\n"))
    add("pem", f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: museum-api-tls\ntype: kubernetes.io/tls\nstringData:\n  tls.key: |\n    {S(g.pem('PRIVATE KEY', 6).replace(chr(10), chr(10) + '    '))}")
    add("jwt", f"GET /api/v2/tenants/1188/leases HTTP/1.1\nHost: portal.skyline-pm.com\nCookie: session={S(g.jwt(dumps({'sub': 'u-9921', 'role': 'property_manager', 'exp': 1795100000}, separators=(',', ':'))))}\nUser-Agent: copilot-agent/1.0")
    add("password", f"postgres://ledger_app:{S('Maplewood!1987')}@cu-ledger.db.internal:5432/ledger?sslmode=require")
    add("password", f"Привет! Пароль от базы аптечного склада в Казани: {S('Apteka_Kazan2026')} (пользователь {U('sklad_rw')}). Татарча: серсүзне беркемгә дә бирмәгез.")
    add("password", f"Сайн байна уу! Номын сангийн каталогийн серверийн нууц үг: {S('Nomiin$San2026')}. Хэнд ч бүү дамжуулаарай.")
    add("password", f"mongodb+srv://game_admin:{S('Tidepool!Launch23')}@cluster-eu.tidepool.mongodb.net/telemetry")
    add("password", f"გამარჯობა! საგადასახადო პორტალის სერვისის პაროლია {S('Saxelmwifo#2026')} — არავის გაუზიაროთ.")
    add("generic", f"ssh -p 2222 farmops@203.0.113.77  # password on the sticky note: {S('tractor-blue-42')}")
    add("generic", f"[Kilo Code] Found an API key in `scripts/migrate_museum.py` line 3: `API_KEY = \"{S(g.mixed(ALNUM, 40))}\"` — the vendor is not named in the file; treating it as a secret.")
    return out


def pii(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(p: str, t: str) -> None:
        out.append((f"holdout28:{p}", t))

    v4 = luhn_complete("4", 16, g)
    mc = luhn_complete("53", 16, g)
    amex = luhn_complete("37", 15, g)
    v4b = luhn_complete("4", 16, g)
    mc2 = luhn_complete("22", 16, g)

    # agriculture
    add("agri-coop-member-mx", f"Socio nuevo de la cooperativa: {P('Rigoberto Anaya Villalobos')}, tel. {T('+52 667 214 3390')}, domicilio {A('Calle Río Fuerte 214, Col. Las Quintas, 80060 Culiacán, Sin.')}. CURP {N('AAVR780312HSLNLG04')}. Parcela 17, ejido El Diez.")
    add("agri-subsidy-ie", f"Basic Income Support application — herd owner {P('Siobhán Ní Mhurchú')}, {A('Baile an Fheirtéaraigh, Co. Chiarraí, V92 X2T4')}, PPSN {N('7391842TA')}, phone {T('087 431 2290')}. Payments to {I(iban('IE', 'AIBK' + '93115212345678'))}.")
    add("agri-vet-visit-fo", f"Dýralæknavitjan: bóndin {P('Heðin Joensen')} í {A('Við Gjónna 3, 510 Gøta')}, telefon {T('+298 521 447')}, teldupostur {E('hedin.joensen@gotufarm.fo')}. Seyðurin hevur fingið vaksinu.")
    add("agri-payroll-cy", f"Tâl y gweithwyr tymhorol — {P('Dafydd ap Rhys')}, {A('Fferm Pen-y-Bryn, Llanarth, SA47 0PZ')}, rhif YG {N('JR 48 21 93 C')}, dyddiad geni {D('14/03/1991')}. Cyfrif: {I(iban('GB', 'NWBK' + '60161331926819'))}.")
    add("agri-git-log", f"commit 8f2e61b0c94a73d1e5f0b2a8c6d4e19f7a3b5c21\nAuthor: {P('Tsegaye Abebe Gudeta')} <{E('tsegaye.gudeta@oromia-agri.et')}>\nDate:   Tue Nov 24 09:12:44 2026 +0300\n\n    Hojii: qabeenya qonnaan bultootaa haaromsi (irrigation schedule import)")
    add("agri-drone-pilot-rw", f"Umupilote wa drone: {P('Uwase Claudine Mukamana')}, telefone {T('+250 788 412 903')}, imeri {E('c.mukamana@agrodrone.rw')}. Indangamuntu: {N('1 1993 7 0123456 1 42')}. Atuye {A('KG 11 Ave, Kimihurura, Kigali')}.")
    add("agri-ticket-sn", f"Ticket #4471 — Ma ngi tudd {P('Ousmane Diop')}, sama numero {T('+221 77 548 12 09')}. Sama email: {E('ousmane.diop@niayes-maraichage.sn')}. Sama tool mu ngi ci {A('Route de Sangalkam, Keur Ndiaye Lô, Rufisque')}.")
    add("agri-cooperative-zw", f"Nhengo itsva yemubatanidzwa: {P('Tendai Chikwanha')}, foni {T('+263 77 219 4403')}, ID {N('63-2284417 F 47')}, kero {A('Plot 14, Mutorashanga Road, Mvurwi')}.")
    add("agri-crm-csv", f"member_id,name,email,phone,farm\nGR-1001,{P('Nomvula Dlamini')},{E('nomvula@khaya-berries.co.za')},{T('+27 82 554 1093')},Khaya Berries\nGR-1002,{P('Pieter van der Merwe')},{E('pieter.vdm@karoo-lamb.co.za')},{T('+27 73 201 8842')},Karoo Lamb")
    add("agri-ssh-home", f"PS C:\\Users\\{U('akosua.mensah')}\\source\\repos\\cocoa-traceability> git pull\nAlready up to date.")

    # credit unions / lending
    add("cu-loan-app-us", f"Loan application #CU-88213\nApplicant: {P('DeShawn Marcus Whitfield')}\nDOB: {D('1986-07-22')}\nSSN: {N('412-73-9051')}\nAddress: {A('2217 Ridgeview Dr, Apt 3B, Toledo, OH 43614')}\nPhone: {T('(419) 555-0163')}\nEmail: {E('deshawn.whitfield@outlook.com')}")
    add("cu-chargeback-json", dumps({"member": P("Kateryna Bondarenko"), "card": C(card(v4)), "merchant": "TEKNO MART 0441", "amount": 219.99, "email": E("k.bondarenko@gmail.com")}))
    add("cu-member-cz", f"Dobrý den, posílám údaje nového člena družstevní záložny: {P('Jaroslava Dvořáková')}, nar. {D('3. 9. 1979')}, rodné číslo {N('795903/2214')}, bytem {A('Nábřeží Svobody 1187/12, 602 00 Brno')}, účet {I(iban('CZ', '0800' + '000019' + '2000145399'))}.")
    add("cu-member-pl", f"Nowy członek SKOK: {P('Wojciech Zieliński')}, PESEL {N('82051412375')}, adres {A('ul. Piotrkowska 104/7, 90-926 Łódź')}, tel. {T('+48 601 332 947')}, rachunek {I(iban('PL', '10901014' + '0000071219812874'))}.")
    add("cu-collections-md", f"Notă de recuperare: debitor {P('Vasile Rusu')}, IDNP {N('2004012345678')}, domiciliu {A('str. Mihai Eminescu 45, ap. 12, MD-2012 Chișinău')}, telefon {T('+373 69 214 887')}. Cont: {I(iban('MD', 'AG' + '000225100013104168'))}.")
    add("cu-card-dispute-chat", f"[Copilot Chat] User pasted: \"member {P('Bongani Ndlovu')} says card {C(card(mc))} exp 09/28 was used twice at the fuel station\" — I removed the card number from the test fixture and used a Stripe test number instead.")
    add("cu-hr-record-ru", f"Сотрудник: {P('Гульнара Ринатовна Сафина')}\nДата рождения: {D('11.02.1988')}\nСНИЛС: {N('112-233-445 95')}\nАдрес: {A('г. Казань, ул. Баумана, д. 58, кв. 14, 420111')}\nТелефон: {T('+7 917 284-33-10')}")
    add("cu-crm-ky", f"Кардар: {P('Айбек Токтогулов')}, тел. {T('+996 555 421 908')}, ПИН {N('22103199000845')}, дареги {A('Бишкек ш., Чүй пр., 128, 12-батир')}. Насыя: 150 000 сом.")
    add("cu-recorded-call-tj", f"Мизоҷ {P('Фирӯза Раҳимова')} занг зад, рақами телефон {T('+992 93 577 2041')}, суроға {A('ш. Душанбе, кӯчаи Рӯдакӣ 88, хонаи 5')}. Қарзро то 1 декабр пардохт мекунад.")
    add("cu-loan-sql-result", f"loan_id | borrower              | dob        | phone\n--------+-----------------------+------------+----------------\n 30114  | {P('Maribel Ocampo Reyes')}  | {D('1990-12-05')} | {T('+63 917 822 4410')}\n 30115  | {P('Junrey Cabahug')}        | {D('1984-04-18')} | {T('+63 932 145 7788')}\n(2 rows)")
    add("cu-cebuano-chat", f"Maayong buntag! Si {P('Ligaya Dumaguete-Sarmiento')} kini, ang akong member no. sa kooperatiba kay 00-4471. Palihug i-update ang akong address: {A('Purok 3, Brgy. Talamban, Cebu City 6000')}, ug ang numero {T('0917 552 3318')}.")
    add("cu-audit-splunk", splunk_hec({"action": "copilot.agent_prompt", "actor": U("mthandeka.zulu"), "prompt": f"draft a letter to {P('Thulani Mabaso')} at {A('17 Jacaranda Ave, Pietermaritzburg 3201')} about arrears"}))

    # telecom
    add("tel-subscriber-vn", f"Thuê bao: {P('Nguyễn Thị Thu Hằng')}, số CCCD {N('079188004512')}, ngày sinh {D('23/06/1988')}, số điện thoại {T('0903 441 728')}, địa chỉ {A('142 Nguyễn Trãi, Phường 2, Quận 5, TP. Hồ Chí Minh')}.")
    add("tel-porting-th", f"คำขอย้ายค่าย: คุณ{P('สมชาย ศรีสวัสดิ์')} เบอร์ {T('081-447-2219')} เลขประจำตัวประชาชน {N('3 1012 00456 78 1')} ที่อยู่ {A('99/14 ซอยลาดพร้าว 71 แขวงสะพานสอง เขตวังทองหลาง กรุงเทพฯ 10310')}")
    add("tel-ticket-lo", f"ລູກຄ້າ {P('ສົມພອນ ວົງສະຫວັນ')} ໂທມາແຈ້ງວ່າອິນເຕີເນັດຂາດ, ເບີ {T('+856 20 5544 1290')}, ບ້ານ {A('ບ້ານໂພນສີນວນ, ເມືອງສີສັດຕະນາກ, ນະຄອນຫຼວງວຽງຈັນ')}.")
    add("tel-radius-log", f"Nov 26 22:14:09 radius01 radiusd[2213]: Login OK: [{U('hkabir.dhk')}] (from client bras-dhaka-03 port 4412 cli {T('+8801711422983')}) framed-ip {IP('100.72.14.209')}")
    add("tel-install-bn", f"ইনস্টলেশন টিকিট: গ্রাহক {P('মোঃ রাশেদুল ইসলাম')}, ফোন {T('০১৭১১-৪২২৯৮৩')}, ঠিকানা {A('বাড়ি ১২, রোড ৭, ধানমন্ডি, ঢাকা ১২০৫')}। এনআইডি {N('1990261234567')}।")
    add("tel-complaint-ne", f"गुनासो: {P('सुनिता श्रेष्ठ')} ले फोन गर्नुभयो, नम्बर {T('९८४१२३४५६७')}, ठेगाना {A('ललितपुर-३, पुल्चोक')}। राउटर बारम्बार बन्द हुन्छ।")
    add("tel-fiber-order-ka", f"ოპტიკური ინტერნეტის შეკვეთა: {P('ნინო ბერიძე')}, პირადი ნომერი {N('01024056789')}, ტელ. {T('+995 599 12 34 56')}, მისამართი {A('თბილისი, ვაჟა-ფშაველას გამზ. 41, ბ. 17')}.")
    add("tel-sim-iq", f"طلب شريحة جديدة: الزبون {P('حيدر عباس الموسوي')}، رقم الهاتف {T('+964 770 412 3398')}، العنوان {A('بغداد، الكرادة، محلة 909، زقاق 14، دار 22')}. والله الزبون مستعجل كلش.")
    add("tel-billing-ar-sd", f"فاتورة الانترنت باسم {P('عوض الكريم محمد أحمد')}، تلفون {T('+249 912 334 871')}، الحي: {A('الخرطوم بحري، حي شمبات، مربع 7')}. الزول ده داير يدفع بالكارت.")
    add("tel-dari-support", f"مشتری {P('فریبا احمدزی')} با شماره {T('+93 79 441 2280')} تماس گرفت. آدرس: {A('کابل، کارته چهار، سرک دوم، خانه ۱۵')}. مشکل وصل شدن انترنت.")
    add("tel-noc-ip", f"Customer {P('Ewan MacLeod')} (acct 55-12-8812) reports packet loss; his static IP is {IP('81.134.22.97')}, CPE serial TL-8812. Called from {T('07700 900 461')}.")
    add("tel-mn-contract", f"Гэрээ: захиалагч {P('Батбаярын Оюунчимэг')}, регистр {N('УБ88031245')}, утас {T('+976 9911 4820')}, хаяг {A('Улаанбаатар, Сүхбаатар дүүрэг, 1-р хороо, Энхтайвны өргөн чөлөө 12')}.")

    # video games
    add("game-ban-appeal-ko", f"밴 이의 신청: 플레이어 {U('달빛토끼92')}, 실명 {P('김서연')}, 이메일 {E('seoyeon.kim92@naver.com')}, 연락처 {T('010-4821-3390')}. 결제 카드 {C(card(v4b))}로 환불 요청.")
    add("game-support-ja", f"お問い合わせ: {P('佐藤 健太')} 様 (ユーザーID {U('kenta_sato_88')})、メール {E('k.sato88@gmail.com')}、電話 {T('090-3412-7788')}。住所 {A('〒150-0002 東京都渋谷区渋谷2-21-1')}。")
    add("game-qa-tester-zh", f"外包测试人员：{P('王丽娜')}，身份证号 {N('110105199203154823')}，手机 {T('138 1047 2236')}，地址 {A('北京市朝阳区望京街道阜通东大街6号院3号楼1204')}。")
    add("game-tw-refund", f"退款申請：玩家 {P('陳冠宇')}，帳號 {U('guanyu_tw')}，電子郵件 {E('guanyu.chen@yahoo.com.tw')}，手機 {T('0912-345-678')}，地址 {A('臺北市大安區復興南路一段390號5樓')}。")
    add("game-crash-path", f"Unhandled exception at 0x7FF6A2B1\n  at Tidepool.Save.Write() in C:\\Users\\{U('marek.novotny')}\\AppData\\LocalLow\\LumenForge\\Tidepool\\save_03.dat")
    add("game-esports-contract", f"Player contract — {P('Luiz Felipe Nascimento')} (\"{U('Felps')}\"), DOB {D('2003-08-11')}, address {A('Rua Augusta 1508, ap. 42, Consolação, São Paulo - SP, 01304-001')}, payout to {I(iban('PT', '0002' + '0123' + '12345678901' + '54'))}.")
    add("game-discord-export", f"[11/25/2026 9:41 PM] {U('kaiju_mom')}: hey it's {P('Rachel Oyelaran')}, my new email for the beta keys is {E('rachel.oyelaran@proton.me')}\n[11/25/2026 9:43 PM] {U('lf_community')}: got it, updated!")

    # property management
    add("pm-tenant-ledger", f"Tenant: {P('Guadalupe Herrera')}\nUnit: {A('4411 Cedar Springs Rd, Unit 208, Dallas, TX 75219')}\nPhone: {T('214-555-0188')}\nEmail: {E('lupe.herrera@yahoo.com')}\nAutopay card: {C(card(mc2))}")
    add("pm-lease-lu", f"Locataire: {P('Jhemp Weber')}, gebuer den {D('12.04.1975')}, Adress {A('12, rue de la Gare, L-3440 Diddeleng')}, Tel. {T('+352 621 445 902')}. Kautioun op {I(iban('LU', '001' + '9400644750000'))}.")
    add("pm-maintenance-mt", f"Talba ta' manutenzjoni: {P('Marija Camilleri')}, appartament {A('Flat 4, Triq il-Kbira, Ħaż-Żebbuġ ZBG 1302')}, mobile {T('+356 7941 2285')}. Il-kisja tal-kċina qed tnixxi.")
    add("pm-owner-statement-fy", f"Eigener: {P('Sjoerd Hoekstra')}, {A('Nijstêd 14, 8601 AR Snits')}, e-post {E('sjoerd.hoekstra@freonet.nl')}, IBAN {I(iban('NL', 'RABO' + '0312458796'))}. Hier is it oersjoch fan novimber.")
    add("pm-tenant-si", f"Najemnik: {P('Matej Kranjc')}, EMŠO {N('1503986500123')}, naslov {A('Trubarjeva cesta 21, 1000 Ljubljana')}, tel. {T('041 552 873')}, račun {I(iban('SI', '19100' + '00001234' + '38'))}.")
    add("pm-tenant-ba", f"Zakupac: {P('Amra Hadžić')}, JMBG {N('2708989175003')}, adresa {A('Ferhadija 19, 71000 Sarajevo')}, tel. {T('+387 61 224 905')}. Kirija se plaća na {I(iban('BA', '1990440001234567'))}.")
    add("pm-hsb-sorbian", f"Najenk: {P('Měrćin Wjeńka')}, bydlišćo {A('Serbska 7, 02625 Budyšin')}, telefon {T('03591 277 410')}. Najem za prosyncu je zapłaćeny.")
    add("pm-showing-es", f"Visita al depa de {A('Av. Álvaro Obregón 182, Roma Norte, 06700 CDMX')} con {P('Ximena Olvera')} ({T('55 4123 8870')}, {E('ximena.olvera@hotmail.com')}) el sábado a las 11. Trae su INE.")
    add("pm-br-tenancy", f"Maizour: {P('Yann Le Gall')}, {A('12 straed Sant-Malo, 29200 Brest')}, pellgomz {T('06 71 24 88 13')}. Degemeret eo bet an dorn-lizher.")
    add("pm-as-tenant", f"Inquilín: {P('Xuacu Fernández Álvarez')}, {A('Cai Uría 22, 4ºB, 33003 Uviéu')}, teléfonu {T('+34 684 221 907')}, corréu {E('xuacu.fa@asturies.net')}.")
    add("pm-windsurf-csv", windsurf(f"I opened `data/tenants_export.csv` to fix the date column. It contains real tenant data, e.g. row 2: `{P('Olumide Bakare')},{E('olumide.bakare@gmail.com')},{T('+234 803 441 2290')},{A('Flat 6, 21 Admiralty Way, Lekki Phase 1, Lagos')}`. I did not copy it into the test fixtures."))
    add("pm-mail-signature", f"Kind regards,\n{P('Priyanka Raghunathan')}\nLeasing Manager, Harbourside Residences\n{A('Level 3, 50 Pirrama Rd, Pyrmont NSW 2009')}\nM {T('+61 412 558 903')} | {E('priyanka.r@harbourside-residences.com.au')}")

    # pharmacies
    add("rx-refill-note", f"Refill request — patient {P('Eleanor Whitcombe')}, DOB {D('02/17/1948')}, phone {T('(503) 555-0142')}, {A('1811 SE Hawthorne Blvd, Portland, OR 97214')}. Atorvastatin 20 mg, 90 days.")
    add("rx-wholesale-ao", f"Encomenda para a farmácia da Dona {P('Esperança Kiala')}, {A('Rua Amílcar Cabral 77, Ingombota, Luanda')}, tel. {T('+244 923 441 809')}, email {E('farmacia.kiala@gmail.com')}. NIF {N('004512783LA041')}.")
    add("rx-mz-delivery", f"Entrega de medicamentos: cliente {P('Celestino Mabunda')}, {A('Av. Julius Nyerere 1420, Maputo')}, contacto {T('+258 84 552 1093')}. Pagamento em M-Pesa.")
    add("rx-ps-claude", claude_json(f"I looked at `fixtures/prescriptions.json`. Record 3 is not synthetic: {P('Hamid Nasrat Noori')}, DOB {D('1971-05-09')}, phone {T('+44 7911 402 118')}. I replaced it with a generated patient."))
    add("rx-oromo", f"Maamilaa: {P('Chaltu Fayyisaa')}, bilbila {T('+251 911 442 093')}, teessoo {A('Adaamaa, Ganda 04, Mana 221')}. Qorichi isaa qophaa'eera.")
    add("rx-kinyarwanda", f"Umurwayi {P('Jean de Dieu Habimana')} yasabye imiti, telefone {T('+250 722 118 404')}. Itariki y'amavuko: {D('04/11/1969')}.")
    add("rx-ln-delivery", f"Kotinda nkisi epai ya {P('Mbuyi Kabongo')}, {A('Avenue Kasa-Vubu 214, Kinshasa/Kalamu')}, telefone {T('+243 81 552 4478')}. Akofuta na Mpesa.")
    add("rx-wolof", f"{P('Aminata Sow')} dafa laaj garab yi, telefon {T('+221 76 441 2093')}, adrees {A('Sicap Liberté 6, Villa 6321, Dakar')}.")
    add("rx-sn-iban", f"Remboursement de la mutuelle pour {P('Fatou Ndiaye')}, née le {D('19/08/1982')}, virement sur {I(iban('FR', '30004' + '01234' + '00012345678' + '91'))}.")

    # museums / archives / libraries
    add("lib-patron-gd", f"Leughadair ùr: {P('Mòrag NicAoidh')}, {A('12 Sràid na h-Eaglaise, Steòrnabhagh, HS1 2DF')}, fòn {T('01851 703 441')}, post-d {E('morag.nicaoidh@gmail.com')}.")
    add("lib-donor-museum", f"Donor record\nName: {P('Hiroshi Tanabe-Whitlock')}\nAddress: {A('77 Albemarle Street, London W1S 4BP')}\nEmail: {E('htanabe.w@btinternet.com')}\nGift: 14 woodblock prints (accession 2026.114.1-14)")
    add("lib-reader-oc", f"Lector novèl de la mediatèca: {P('Joan-Pèire Castanhièr')}, {A('8 carrièra dels Filatièrs, 31000 Tolosa')}, tel. {T('05 61 22 44 19')}.")
    mt_dob = D("7 ta' Marzu 1958")
    add("lib-archive-request-mt", f"Talba għal aċċess għall-arkivji: {P('Ġorġ Borg')}, twieled fil-{mt_dob}, indirizz {A('23, Triq San Pawl, Il-Belt Valletta VLT 1211')}, email {E('gorg.borg@maltanet.net')}.")
    add("lib-oral-history-syc", f"Oral history consent form — interviewee {P('Shamiram Odisho')} ({P('ܫܡܝܪܡ ܐܘܕܝܫܘ')}), {A('1450 W Devon Ave, Chicago, IL 60660')}, phone {T('(773) 555-0119')}.")
    add("lib-volunteer-sw", f"Volunteer roster: {P('Ama Serwaa Boateng')} — {E('amaserwaa.b@yahoo.com')}, {T('+233 24 441 2290')}; {P('Kwabena Owusu-Ansah')} — {E('kowusuansah@gmail.com')}, {T('+233 20 887 1102')}.")
    add("lib-mcp-ils", mcp_result(f"patron 220114: {P('Chiamaka Eze')} <{E('chiamaka.eze@unn.edu.ng')}>, card expires 2027-06-30, fines 0.00"))
    add("lib-tibetan-donor", f"ཞལ་འདེབས་པ། {P('བསྟན་འཛིན་ཚེ་རིང་')} ཁ་པར། {T('+975 17 44 2290')} ཁ་བྱང་། {A('Norzin Lam, Thimphu')}")

    # tax and customs
    add("tax-return-us", f"Form 1040 draft — taxpayer {P('Monique Latrice Baptiste')}, SSN {N('523-41-8876')}, {A('902 Esplanade Ave, New Orleans, LA 70116')}, DOB {D('1979-10-30')}. Refund direct deposit requested.")
    add("tax-customs-declaration-ug", f"ئىمپورت قىلغۇچى: {P('ئابدۇرېھىم مەمەت')}, تېلېفون {T('+86 138 9912 4401')}, ئادرېس {A('ئۈرۈمچى، تەڭرىتاغ رايونى، يەنئەن يولى 214')}.")
    add("tax-vat-ga", f"Clárú CBL: {P('Pádraig Ó Súilleabháin')}, uimhir PPS {N('8823451FA')}, seoladh {A('14 Sráid an Mhargaidh, Cill Airne, V93 K8W2')}.")
    add("tax-datadog-prompt", datadog("copilot prompt logged", {"user": U("tax.preparer.07"), "prompt": f"compute the refund for {P('Rosalind Achterberg')} born {D('1956-01-14')}, SSN {N('301-44-7129')}"}))
    add("tax-bo-tibetan", f"Customs broker note: consignee {P('Pema Dorji')}, {A('Changzamtog, Thimphu 11001')}, tel {T('+975 77 112 903')}, CID {N('11508001234')}.")
    add("tax-sindhi-notice", f"نوٽيس: ٽيڪس ادا ڪندڙ {P('غلام مصطفيٰ ميمڻ')}، CNIC {N('41303-8812345-7')}، پتو {A('گهر نمبر 14، قاسم آباد، حيدرآباد')}، فون {T('+92 300 3412887')}")
    add("tax-chechen", f"Декларант: {P('Ахмед Дудаев')}, телефон {T('+7 928 744 12 09')}, адрес {A('г. Грозный, пр-т Путина, д. 12, кв. 44')}. Декларацин кехат схьаэцна.")
    add("tax-bashkir", f"Һалым түләүсе: {P('Айгөл Ғәлиева')}, ИНН {N('027412345678')}, адрес {A('Өфө ҡ., Ленин урамы, 44, 18-се фатир')}.")
    add("tax-turkmen", f"Salgyt töleýji: {P('Merdan Annaýew')}, telefon {T('+993 65 412 887')}, salgy {A('Aşgabat ş., Bitarap Türkmenistan şaýoly 112')}.")
    add("tax-codex-grep", codex_tui("rg -n 'SSN' fixtures/", f"fixtures/w2_2025.csv:14:{P('Terrence Aldous Nkemelu')},{N('267-58-1140')},{A('51 Pine Hollow Rd, Danbury, CT 06810')}"))
    add("tax-void-ip", void_chat("who triggered the rate limit on the e-file endpoint?", f"The access log shows user {U('jmarchetti')} ({P('Giulia Marchetti')}) from {IP('93.41.188.207')} sent 4,812 requests in ten minutes."))
    add("tax-invoice-card", f"Customs duty invoice CI-2026-4471\nPayer: {P('Stanislav Horák')}\nCard: {C(card(amex))}\nBilling address: {A('Vinohradská 1511/230, 100 00 Praha 10')}")
    return out


def negatives(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(p: str, t: str) -> None:
        out.append((f"holdout28:{p}", t))

    add("ci-secrets-refs", "name: sync-agworld\non:\n  schedule:\n    - cron: '17 3 * * *'\njobs:\n  sync:\n    runs-on: ubuntu-latest\n    env:\n      AGWORLD_API_TOKEN: ${{ secrets.AGWORLD_API_TOKEN }}\n      CROPX_API_KEY: ${{ secrets.CROPX_API_KEY }}\n    steps:\n      - uses: actions/checkout@v4\n      - run: python sync.py --since \"${{ github.event.schedule }}\"")
    add("env-example-placeholders", "# Copy to .env and fill in\nALKAMI_SDK_CLIENT_ID=\nALKAMI_SDK_CLIENT_SECRET=<your-client-secret>\nMERIDIANLINK_API_KEY=changeme\nLOANPRO_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nCOREL_PASSWORD=********")
    add("git-log-hashes", "a3f9c2e (HEAD -> main, origin/main) Bump cropx-sdk to 4.12.1\n7d01b88 Merge pull request #812 from harvestline/fix-yield-units\ne4c51a0 Use bushels per acre in the yield report\n19bb3fe Pin agrirouter-client to 3.2.0 (sha256:9f2c0d7e41aa3b6c8e5d1f0a2b7c4e9d3a6f8b1c0e2d4f6a8b9c1d3e5f7a9b0c)\n0c2d9a1 Remove dead Granular v1 client")
    add("docker-digest", "$ docker pull ghcr.io/lumenforge/tidepool-server:2026.11.3\n2026.11.3: Pulling from lumenforge/tidepool-server\nDigest: sha256:4e7a1c9b0d2f3e5a6b8c7d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f90\nStatus: Downloaded newer image for ghcr.io/lumenforge/tidepool-server:2026.11.3")
    add("uuid-entities", '{"propertyId": "5b8e2c1a-93f4-4d2e-b0a7-1c6e9f3d8a42", "unitId": "0f7c4a21-6b3d-4e8a-9c15-2d7e8f0a1b34", "status": "vacant", "rent": 1850, "currency": "USD"}')
    add("coordinates-fields", "field_id,lat,lon,area_ha,crop\nF-114,36.7378,-119.7871,42.5,almonds\nF-119,36.7412,-119.8012,18.0,pistachios\nF-203,36.6920,-119.7551,61.2,grapes")
    add("doc-example-key", "Example request from the vendor docs (the key is the documented sample, not a real one):\n\n```bash\ncurl https://api.example.com/v1/fields \\\n  -H \"Authorization: Bearer YOUR_API_KEY\"\n```\n\nReplace `YOUR_API_KEY` with the key from your dashboard.")
    add("aws-doc-example", "aws configure set aws_access_key_id AKIAIOSFODNN7EXAMPLE --profile docs-demo\naws configure set aws_secret_access_key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY --profile docs-demo\n# values above are the AWS documentation examples used in our onboarding guide")
    add("k8s-secret-ref", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: tenant-portal\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: registry.skyline-pm.com/tenant-portal:1.42.0\n          envFrom:\n            - secretRef:\n                name: tenant-portal-secrets\n          env:\n            - name: APPFOLIO_CLIENT_SECRET\n              valueFrom:\n                secretKeyRef: {name: appfolio, key: client_secret}")
    add("terraform-var-sensitive", "variable \"buildium_client_secret\" {\n  type      = string\n  sensitive = true\n}\n\nresource \"aws_ssm_parameter\" \"buildium\" {\n  name  = \"/pm/buildium/client_secret\"\n  type  = \"SecureString\"\n  value = var.buildium_client_secret\n}")
    add("python-env-lookup", "import os\n\nDIGITALRX_API_KEY = os.environ[\"DIGITALRX_API_KEY\"]\nKINRAY_TOKEN = os.getenv(\"KINRAY_TOKEN\", \"\")\nif not KINRAY_TOKEN:\n    raise SystemExit(\"KINRAY_TOKEN is not set\")")
    add("test-fixture-fake", "def test_tenant_masking():\n    tenant = Tenant(name=\"Test Tenant\", email=\"tenant@example.com\", phone=\"555-0100\", card=\"4111 1111 1111 1111\")\n    assert mask(tenant).card.endswith(\"1111\")")
    add("order-numbers", "Pedido PO-2026-118834 enviado ao distribuidor. Lote L24-0931, validade 2028-03. NF-e 35261104567890000155550010001188341000118834. Rastreio: BR882134509AO.")
    add("build-log", "[14:02:11] Build #4412 started by schedule\n[14:02:13] Restoring packages for Tidepool.Server.csproj (47 packages)\n[14:05:40] Tests: 1,284 passed, 3 skipped, 0 failed\n[14:06:02] Artifact tidepool-server-2026.11.3+build.4412.zip (182.4 MB)\n[14:06:03] Build #4412 succeeded in 3m 52s")
    add("public-company-names", "Our wholesaler shortlist for the pharmacy chain: McKesson, Cencora (formerly AmerisourceBergen), Cardinal Health, Kinray, Anda. Compare their EDI 852/867 support and the DSCSA serialization timelines.")
    add("ics-api-docs-es", "La documentación del SAT indica que el parámetro `rfc` debe tener 12 o 13 caracteres. En el ejemplo usan el RFC genérico XAXX010101000 para público en general; no es de ninguna persona.")
    add("ru-migration-notes", "Миграция базы склада: таблица `orders` — 1 284 003 строк, индекс `ix_orders_created_at` пересоздан за 42 с. Версия схемы 2026.11.27-01. Секреты берутся из Vault по пути `kv/warehouse/db`.")
    add("ja-release-notes", "リリースノート v3.8.0\n- マッチメイキングの待ち時間を平均 12% 短縮\n- ビルド番号 20261126.4 から Unity 6000.0.23f1 に更新\n- 既知の問題: 一部 Android 端末でシェーダーのコンパイルが遅い")
    add("zh-config-review", "代码审查意见：`config/prod.yaml` 中的 `api_key` 已改为 `${ENV:TAX_API_KEY}`，从 KMS 读取；`timeout_ms: 3000`、`retries: 2` 保持不变。没有发现硬编码的密钥。")
    add("ko-ticket-template", "[템플릿] 환불 요청서\n- 플레이어 ID: {player_id}\n- 주문 번호: {order_id}\n- 결제 수단: {payment_method}\n※ 카드 번호 전체를 적지 마세요. 마지막 4자리만 입력해 주세요.")
    add("th-status", "สถานะระบบ: เกตเวย์ชำระภาษีออนไลน์ทำงานปกติ เวลาตอบสนองเฉลี่ย 182 ms คำขอ 48,221 รายการใน 1 ชั่วโมงล่าสุด")
    add("vi-sql-schema", "CREATE TABLE thue_bao (\n  id BIGSERIAL PRIMARY KEY,\n  so_dien_thoai VARCHAR(15) NOT NULL,\n  ho_ten TEXT NOT NULL,\n  ngay_tao TIMESTAMPTZ DEFAULT now()\n);\n-- chỉ là lược đồ, không có dữ liệu")
    add("cz-changelog", "Změny ve verzi 2.14.0: export do formátu MARC21 je rychlejší, opravena chyba při řazení signatur (např. „II 4.312/B“), přidán přepínač --dry-run.")
    add("pl-readme", "## Konfiguracja\n\nUstaw zmienną `SKOK_API_KEY` w pliku `.env` (patrz `.env.example`). Klucz nigdy nie powinien trafić do repozytorium. Domyślny port to 8443.")
    add("copilot-agent-firewall-public", "> [!WARNING]\n> Firewall rules blocked me from connecting to one or more addresses\n> - `registry.npmjs.org`\n> - `api.nuget.org`\n> - `pypi.org`\n>\n> Configure the allowlist in the repository's Copilot coding agent settings.")
    add("copilot-cli-usage", "Total usage est:       3 Premium requests\nTotal duration (API):  1m 12.4s\nTotal duration (wall): 4m 03.1s\nTotal code changes:    +214 -37\nUsage by model:\n    claude-sonnet-4.5    184.2k input, 6.1k output, 152.0k cache read")
    add("splunk-audit-no-content", '{"time": 1795001234.1, "host": "gh-audit-stream", "sourcetype": "github:enterprise:audit", "event": {"action": "copilot.cfb_seat_assignment_created", "actor": "org-admin-bot", "org": "harvestline", "created_at": 1795001233000}}')
    add("datadog-metric", '{"ddsource": "github", "service": "copilot-audit", "message": "copilot.agent_session_finished", "attributes": {"duration_s": 812, "tokens_in": 184221, "tokens_out": 6140, "pr": 4471, "status": "success"}}')
    add("claude-json-clean", '{"type": "result", "subtype": "success", "is_error": false, "num_turns": 4, "result": "Renamed `calc_duty` to `calculate_customs_duty` in 7 files and updated the tests. All 312 tests pass.", "session_id": "4c1e7a2b-9d0f-4e3a-8b6c-2f5d1a9e7c30", "total_cost_usd": 0.4821}')
    add("codex-tui-tests", "▌ run the tests\n\n• Ran pytest -q tests/test_loans.py\n  └ ........................................ [100%]\n    40 passed in 2.31s")
    add("mcp-tool-list", '{"jsonrpc": "2.0", "id": 3, "result": {"tools": [{"name": "search_catalog", "description": "Search the library catalogue by title, author or ISBN"}, {"name": "get_holdings", "description": "Holdings for a bibliographic record id"}]}}')
    add("isbn-catalogue", "9780141439518 | Pride and Prejudice | Penguin Classics | 823.7 AUS | on shelf\n9780307474278 | The Road | Vintage | 813.54 MCC | on loan (due 2026-12-11)\n9784101001548 | 吾輩は猫である | 新潮文庫 | 913.6 ナ | on shelf")
    add("accession-numbers", "Accession register: 2026.114.1-14 (woodblock prints), 1998.22.7 (ceramic bowl, Joseon dynasty), L.2025.3 (loan, returned 2026-10-02). Shelf marks MS 4471 and MS 4472 moved to strong room B.")
    add("hs-codes", "Clasificación arancelaria: 0805.10 naranjas, 0806.10 uvas frescas, 3004.90 medicamentos dosificados, 8471.30 portátiles. Tipo de cambio DOF 2026-11-26: 17.4821 MXN/USD.")
    add("customs-sample-form", "Sample declaration from the customs guidance (fictitious trader): EORI GB000000000000, importer \"Example Imports Ltd\", commodity code 6109100010, value GBP 1,000.00. Use this only for the training environment.")
    add("kilo-plan", '{"type": "say", "say": "text", "text": "Plan: 1) add rate limiting to /api/leases 2) move the Entrata credentials to Azure Key Vault (reference: @Microsoft.KeyVault(SecretUri=https://kv-pm.vault.azure.net/secrets/entrata-password/)) 3) add tests"}')
    add("trae-refactor", "Trae Builder ▸ Updated 3 files:\n  src/payments/iban.ts  — validate check digits with mod-97\n  src/payments/card.ts  — Luhn check, reject test BINs in production\n  tests/payments.spec.ts — 18 new cases")
    add("crush-diff-safe", "◇ crush  proposed change\n- const key = \"hard-coded\";\n+ const key = process.env.GAMEYE_TOKEN ?? \"\";\n  if (!key) throw new Error(\"GAMEYE_TOKEN missing\");")
    add("opencode-ls", "┃ bash  ls -la secrets/\n┃\n┃ total 8\n┃ drwx------ 2 runner runner 4096 Nov 26 10:14 .\n┃ -rw------- 1 runner runner    0 Nov 26 10:14 .gitkeep")
    add("roo-ask", '{"ts": 1795011123999, "type": "ask", "ask": "command", "text": "npm run migrate -- --env staging --dry-run"}')
    add("void-explain", "[Void] You: what is `X-Request-Id: 01JD8F3K2M9QH4T7V6W5X8Y1Z0`?\n[Void] Assistant: That is a ULID used to correlate the request across services; it is not a secret and carries no personal data.")
    add("windsurf-semver", "Cascade | Write mode\nBumped `@lumenforge/netcode` from 5.3.2 to 5.4.0-rc.1 and `protobuf` to 4.28.3. The lockfile integrity hashes changed accordingly (sha512-…).")
    add("cursor-cli-timestamps", "cursor-agent ⬢ Parsed 2026-11-26T14:22:07Z, 2026-11-26T14:22:07.481+01:00 and 1795001234 (epoch seconds) — all three are the same instant in the audit stream.")
    add("s3-line-no-pii", 's3://audit-stream-2026/github/2026/11/26/14/part-00032.json.gz:3: {"action": "repo.create", "repo": "harvestline/field-notes", "visibility": "private", "created_at": 1795001290000}')
    add("ga-placeholder", "Rith `export HMRC_CLIENT_SECRET=<do-rún-anseo>` sula dtosaíonn tú an script. Ná cuir an luach fíor sa stór.")
    add("cy-docs", "I osod y gweinydd, copïwch `config.example.toml` i `config.toml` a newidiwch `api_key = \"xxxx\"` i'ch allwedd eich hun.")
    add("mn-report", "Тайлан: 2026 оны 11-р сард 18 412 шинэ хэрэглэгч бүртгүүлсэн, дундаж ачаалал 312 мс. Алдааны код E-4471 ба E-4472 засагдсан.")
    add("ka-changelog", "ვერსია 1.9.2: გაუმჯობესდა საგადასახადო დეკლარაციის ექსპორტი PDF-ში; შეცვლილია ნაგულისხმევი ტაიმაუტი 30 წამამდე.")
    add("ar-dev-note", "ملاحظة للمطورين: لا تحفظوا المفاتيح في الكود. استخدموا `os.environ[\"CUSTOMS_API_KEY\"]` وخزنوا القيمة في خزنة الأسرار. رقم الإصدار 3.2.0.")
    add("ne-build", "बिल्ड नम्बर ४४१२ सफल भयो। परीक्षण: १२८४ पास, ३ छोडियो। संस्करण २.१४.० प्रकाशित।")
    add("uuid-correlation-logs", "2026-11-26 09:14:03.118 INFO  [req=7c9e6679-7425-40de-944b-e07fc1f90ae7] GET /v2/leases 200 41ms\n2026-11-26 09:14:03.201 INFO  [req=9b2d3e1f-0a4c-4b8e-a1f7-6d5c3b2a1e09] GET /v2/units 200 18ms")
    add("hex-color-constants", "export const palette = {\n  harvestGold: '#E3A21A',\n  soil: '#5C4033',\n  leaf: '#3A7D44',\n  sky: '#8FC1E3',\n};")
    add("jwt-doc-structure", "A JWT has three base64url parts separated by dots: header.payload.signature. For example the header `{\"alg\":\"HS256\",\"typ\":\"JWT\"}` encodes to `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9`; the payload and signature depend on your token.")
    add("markdown-table-config", "| Variable | Required | Example |\n|---|---|---|\n| `ASYCUDA_USER` | yes | `declarant_demo` |\n| `ASYCUDA_PASSWORD` | yes | `<set in vault>` |\n| `ASYCUDA_OFFICE` | no | `MLBKO` |")
    add("phone-like-ids", "Ticket routing table: queue 0800-441-229 (toll-free IVR menu id), SLA 4h; queue 1-800-PHARMACY is the brand hotline printed on every bag; internal extensions 4471-4479.")
    add("ip-infra", "Load balancer pool: 10.20.0.15, 10.20.0.16, 10.20.0.17 (private); health check on port 8090. Public anycast address 192.0.2.1 from the documentation range.")
    add("git-config-bot", "[user]\n\tname = github-actions[bot]\n\temail = 41898282+github-actions[bot]@users.noreply.github.com\n[core]\n\tautocrlf = input")
    add("ps-gaelic-doc", "Cleachd `--dry-run` an toiseach. Tha an luach `TOKEN=xxxxx` anns an eisimpleir dìreach na àite-gleidhidh, chan e iuchair fhìor.")
    add("lo-release", "ບັນທຶກການປ່ອຍ ເວີຊັນ 4.2.0: ປັບປຸງການຄຳນວນອາກອນມູນຄ່າເພີ່ມ, ແກ້ໄຂບັນຫາການສົ່ງອອກ PDF. ລະຫັດ build 20261126.7.")
    add("fil-readme", "Para patakbuhin ang sync, kopyahin ang `.env.example` papuntang `.env` at ilagay ang sarili mong `BIR_EFPS_PASSWORD`. Huwag i-commit ang `.env`.")
    add("pt-ao-inventory", "Inventário do armazém de Luanda: lote AMX-500-2611, 4 200 caixas de amoxicilina 500 mg, validade 2028-05-31, temperatura média 21,4 °C. Guia de remessa GR-2026-00412.")
    add("wo-stats", "Jëfandikukat yi: 1 284 ci bés bi, jamono ji 212 ms. Version 3.1.4 génn na. Kenn du bind caabi ci kood bi.")
    add("ro-md-changelog", "Versiunea 5.0.1 a modulului de creditare: calculul dobânzii efective corectat, exportul SAF-T ajustat la schema 2.01. Nicio schimbare în configurarea secretelor.")
    add("sl-test-fixture", "# Testni podatki — izmišljeni\nIME = \"Testni Uporabnik\"  # izmišljeno ime\nIBAN = \"SI56 XXXX XXXX XXXX XXX\"")
    add("bo-museum-label", "Accession 2019.44.2 — Thangka, mineral pigments on cotton, 18th century, Central Tibet. Label text: ཐང་ཀ། (thangka). Gallery 3, case 12, humidity 45 % RH.")
    add("rw-agri-stats", "Umusaruro w'ibigori mu 2026: toni 412 000, ubuso bwa hegitari 256 400. Igipimo cy'ifumbire: 50 kg kuri hegitari. Raporo nimero RAB-2026-11.")
    return out
