# ruff: noqa: E501, RUF001  -- item tables hold whole texts on one line; foreign letters are intended.
"""Twenty-third held-out set, written blind (see README.md). Domains: agriculture and food supply,
energy trading and grid operators, core banking, game studios, real estate, university
administration, telecom operators, law firms. Providers N-Z that no earlier set used.
"""

from __future__ import annotations

import json

from _markup import IP, A, C, D, E, I, P, S, T, U, shell
from _values import ALNUM, B64, DIGITS, HEX, HEXU, LOWNUM, UPNUM, Gen, iban, luhn_complete

B64URL = ALNUM + "-_"


def dumps(obj: object, **kw: object) -> str:
    kw.setdefault("ensure_ascii", False)
    return json.dumps(obj, **kw)  # type: ignore[arg-type]


# carriers ------------------------------------------------------------------------------------

def vscode_call(name: str, args: dict[str, object]) -> str:
    return dumps({"role": "assistant", "content": None, "tool_calls": [{"id": "call_h23Zp8", "type": "function", "function": {"name": name, "arguments": dumps(args)}}]})


def vscode_result(content: str) -> str:
    return dumps({"role": "tool", "tool_call_id": "call_h23Zp8", "content": content})


def codex_exec(cmd: list[str], output: str) -> str:
    """Codex CLI rollout lines: a function_call and its output."""
    a = dumps({"type": "response_item", "payload": {"type": "function_call", "name": "shell", "arguments": dumps({"command": cmd, "workdir": "/srv/app", "timeout_ms": 120000}), "call_id": "call_c0dx71"}})
    b = dumps({"type": "response_item", "payload": {"type": "function_call_output", "call_id": "call_c0dx71", "output": dumps({"output": output, "metadata": {"exit_code": 0, "duration_seconds": 0.4}})}})
    return a + "\n" + b


def gemini_tool(name: str, args: dict[str, object], output: str) -> str:
    return dumps({"functionCall": {"name": name, "args": args}}) + "\n" + dumps({"functionResponse": {"name": name, "response": {"output": output}}})


def amazonq(prompt: str, answer: str) -> str:
    return f"Amazon Q Developer (chat)\n> {prompt}\n\n{answer}"


def amp_thread(turns: list[tuple[str, str]]) -> str:
    return "\n\n".join(f"[{who}] {text}" for who, text in turns)


def devin_log(lines: list[str]) -> str:
    return "\n".join(f"Devin ▸ {x}" for x in lines)


def openhands_obs(cmd: str, out: str) -> str:
    return dumps({"action": "run", "args": {"command": cmd, "is_input": False}}) + "\n" + dumps({"observation": "run", "content": out, "extras": {"command": cmd, "metadata": {"exit_code": 0, "prefix": "[Python Interpreter: /openhands/poetry/bin/python]"}}})


def review_comment(path: str, line: int, body: str) -> str:
    return dumps({"path": path, "line": line, "side": "RIGHT", "body": body, "user": {"login": "copilot-pull-request-reviewer[bot]"}})


def mcp_result(text: str) -> str:
    return dumps({"jsonrpc": "2.0", "id": 9, "result": {"content": [{"type": "text", "text": text}], "isError": False}})


def secrets(g: Gen) -> list[tuple[str, list[str], str]]:
    out: list[tuple[str, list[str], str]] = []

    def add(p: str, t: str, providers: list[str] | None = None) -> None:
        out.append((f"holdout23:{p}", providers or [p], t))

    # agriculture and food supply
    add("proagrica", vscode_call("read_file", {"filePath": "/home/" + U("ffernandez") + "/agri-sync/config/proagrica.yaml"}) + "\n" + vscode_result(f"sirrus:\n  base_url: https://api.proagrica.com/sirrus/v2\n  tenant: cooperativa-ebro\n  subscription_key: {S(g.s(HEX, 32))}\n  page_size: 500\n"))
    add("semios", f"# orchard telemetry puller — Okanagan blocks\nimport os, requests\n\nSEMIOS_TOKEN = \"{S('smk_' + g.mixed(ALNUM, 40))}\"  # TODO move to vault before Friday\nresp = requests.get(\"https://api.semios.com/v1/farms/7731/traps\", headers={{\"Authorization\": f\"Token {{SEMIOS_TOKEN}}\"}})\nprint(resp.json()[\"count\"])")
    add("sentera", shell("sentera-cli upload --field 4412 --token " + S(g.mixed(ALNUM, 48)) + " ./flight_2026-06-03/*.tif", "Uploading 212 images to FieldAgent... 100%\nMosaic job queued: job_88fa1"))
    add("ravenslingshot", f"<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<SlingshotConfig>\n  <Endpoint>https://api.ravenslingshot.com/</Endpoint>\n  <ApiKey>{S(g.uuid())}</ApiKey>\n  <SharedSecret>{S(g.b64(32))}</SharedSecret>\n  <AccessKey>{S(g.s(UPNUM, 20))}</AccessKey>\n  <PollSeconds>300</PollSeconds>\n</SlingshotConfig>")
    add("wiseconn", f"Hola, el riego de la parcela 12 no se programa desde ayer. El script usa esta clave de la API de WiseConn: {S(g.s(ALNUM, 32))} — ¿puede ser que haya caducado? Nos urge, mañana hay ola de calor en Lleida.")
    add("pasturemap", f"PASTUREMAP_API_URL=https://api.pasturemap.com/v1\nPASTUREMAP_CLIENT_ID=ranch-ops\nPASTUREMAP_CLIENT_SECRET={S(g.mixed(ALNUM, 36))}\nHERD_DEFAULT=cow-calf")
    add("regrow", gemini_tool("read_file", {"absolute_path": "/workspace/carbon-mrv/settings.toml"}, f"[regrow]\nendpoint = \"https://api.regrow.ag/graphql\"\nbearer = \"{S('rgw_live_' + g.mixed(LOWNUM, 36))}\"\n\n[dndc]\nruns = 64\n"))
    add("sourcetrace", f"// 采购批次同步 — 溯源平台\nconst cfg = {{\n  host: 'https://farmtrace.sourcetrace.com/api',\n  // 密钥由供应链组王工提供，勿提交\n  apiSecret: '{S(g.s(HEX, 40))}',\n  coop: 'XJ-COTTON-07',\n}};\nmodule.exports = cfg;")
    add("yara", amazonq("why is the FarmX call returning 403?", f"The request sends the key in the query string (`?apikey={S(g.mixed(ALNUM, 32))}`) but the Yara FarmX API expects it in the `x-api-key` header. Move it to the header and rotate it, because it is now in your shell history."))
    add("onesoil", openhands_obs("cat .env.local", f"ONESOIL_API_TOKEN={S(g.s(LOWNUM, 64))}\nMAPBOX_STYLE=mapbox://styles/mapbox/satellite-v9\nNDVI_CACHE_DIR=/tmp/ndvi"))
    add("taranis+plantix", f"| servicio | variable | valor |\n|---|---|---|\n| Taranis | TARANIS_KEY | {S(g.s(HEXU, 32))} |\n| Plantix | PLANTIX_API_KEY | {S('px-' + g.mixed(ALNUM, 30))} |\n| Mapas | MAP_TILE_URL | https://tiles.example.org/{{z}}/{{x}}/{{y}} |", ["taranis", "plantix"])
    add("solinftec", f"Olá! Conectei o Solix ao nosso ERP, mas a sincronização falha. Token que gerei no portal da Solinftec: `{S(g.b64(40, urlsafe=True))}`. O erro é 'invalid_grant'. Alguma ideia?")
    add("ninjacart", f"kubectl create secret generic ninjacart-procurement \\\n  --from-literal=NC_PARTNER_ID=blr-mandi-22 \\\n  --from-literal=NC_PARTNER_SECRET='{S(g.mixed(ALNUM + '@#', 28))}' \\\n  -n supply\nsecret/ninjacart-procurement created")
    add("twiga", f"Habari timu, ufunguo mpya wa Twiga Foods API kwa ajili ya maagizo ya Nairobi ni {S(g.s(UPNUM, 8) + '-' + g.s(UPNUM, 8) + '-' + g.s(UPNUM, 8))}. Tafadhali usiuweke kwenye GitHub.")
    add("tomra", f"[tomra_sorter]\nhost = sorter-line3.packhouse.local\nport = 8443\ncloud_user = packhouse_ops\ncloud_password = {S(g.password())}\ncloud_api = https://insight.tomra.com/api/v2")
    add("zoetis", review_comment("services/herdvet/client.go", 18, f"This hard-codes the Zoetis VetScan credential: `const vetscanKey = \"{S(g.s(HEX, 48))}\"`. Please read it from the secret store instead, and rotate it since it is now in the PR history."))
    add("wefarm+ripe", f"$ curl -s -X POST https://api.ripe.io/v1/batches \\\n    -H 'X-Api-Key: {S(g.mixed(ALNUM, 40))}' \\\n    -d @batch_tomatoes.json\n{{\"batch\":\"b_71c2\",\"status\":\"accepted\"}}\n$ export WEFARM_TOKEN={S(g.s(HEX, 32))}", ["ripe", "wefarm"])
    add("prospera", f"PROSPERA_USERNAME=greenhouse-almeria\nPROSPERA_PASSWORD={S(g.password())}\nPROSPERA_REGION=eu")

    # energy trading and grid operators
    add("nyiso", f"def fetch_lbmp(day):\n    # NYISO MIS account used by the trading desk\n    session.auth = (\"{U('trd_lbmp_ro')}\", \"{S(g.password())}\")\n    return session.get(f\"https://mis.nyiso.com/public/csv/realtime/{{day}}realtime_zone.csv\")")
    add("redelectrica", f"curl -H 'Accept: application/json; application/vnd.esios-api-v1+json' \\\n     -H 'x-api-key: {S(g.s(HEX, 64))}' \\\n     'https://api.esios.ree.es/indicators/1001?start_date=2026-11-01'")
    add("rte", codex_exec(["bash", "-lc", "cat deploy/rte.env"], f"RTE_CLIENT_ID={g.uuid()}\nRTE_CLIENT_SECRET={S(g.uuid())}\nRTE_TOKEN_URL=https://digital.iservices.rte-france.com/token/oauth/"))
    add("tennet", f"Moin! Für den TenneT-Transparenz-Abruf habe ich den Schlüssel erstmal direkt ins Skript gesetzt: `TENNET_APIKEY = \"{S(g.uuid())}\"`. Kannst du das in unsere Vault-Rolle `grid-readers` verschieben?")
    add("terna", f"# terna_api.py — dati di carico per l'ufficio trading di Milano\nTERNA_CLIENT_ID = \"trading-mi\"\nTERNA_CLIENT_SECRET = \"{S(g.mixed(ALNUM, 32))}\"  # scade a marzo\nBASE = \"https://api.terna.it/transparency/oauth/accessToken\"")
    add("statnett", f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: statnett-balancing\n  namespace: nordic-desk\ntype: Opaque\nstringData:\n  STATNETT_API_KEY: \"{S(g.s(LOWNUM, 40))}\"\n  STATNETT_ENDPOINT: https://driftsdata.statnett.no/restapi")
    add("svenskakraftnat", f"Hej! Jag får 401 från Mimer (Svenska kraftnät). Så här ser anropet ut:\n\n    requests.get(url, headers={{'Ocp-Apim-Subscription-Key': '{S(g.s(HEX, 32))}'}})\n\nÄr nyckeln fel eller saknas någon header?")
    add("nationalgrideso", f"$ eso-data pull --dataset demand-forecast --api-key {S(g.s(HEX, 32))} --out ./raw/\n[2026-11-26T22:04:11Z] downloaded 48 settlement periods")
    add("ovoenergy", f"OVO_ACCOUNT=7731002\nOVO_USERNAME={E('billing.sync@greenfield-lettings.co.uk')}\nOVO_PASSWORD={S(g.password())}")
    add("sonnen", devin_log(["Reading deployment notes for the battery fleet bridge", f"Found hard-coded sonnen Auth-Token in bridge/settings.py: {S(g.uuid())}", "Replacing it with os.environ['SONNEN_TOKEN'] and opening PR #214"]))
    add("volue+trayport", f"[volue_insight]\nclient_id = desk-power-nl\nclient_secret = {S(g.mixed(ALNUM + '-_', 43))}\n\n[trayport_gv]\nlogin = {U('ams_trader04')}\npassword = {S(g.password())}\nhost = tgv-prod.trayport.example.net", ["volue", "trayport"])
    add("pexapark", f"{{\n  \"pexapark\": {{\n    \"apiBase\": \"https://api.pexapark.com/v1\",\n    \"apiKey\": \"{S('pxp_' + g.s(HEX, 40))}\"\n  }},\n  \"portfolio\": \"ppa-offtake-es-2027\"\n}}")
    add("nodalexchange", f"ERROR 2026-11-26 06:12:44 [settle] NodalClient: auth failed for user={U('energydesk_ro')} key={S(g.s(UPNUM, 24))} (HTTP 401 from https://api.nodalexchange.com/settlement)")
    add("opis+platts", f"-- loader credentials (temporary, Sipho will rotate)\nINSERT INTO vendor_credentials (vendor, api_key) VALUES\n  ('opis',   '{S(g.s(HEX, 32))}'),\n  ('platts', '{S(g.mixed(ALNUM, 40))}');", ["opis", "platts"])
    add("powerledger", f"Powerledger के sandbox में trade सबमिट नहीं हो रहा। मेरा header यह है: `Authorization: Bearer {S(g.jwt(dumps({'sub': 'p2p-desk-pune', 'scope': 'trade:write'}, separators=(',', ':'))))}` — क्या scope गलत है?")
    add("zenobe", f"ZENOBE_SITE_IDS=blackhillock,kilmarnock-south\nZENOBE_API_KEY={S(g.s(ALNUM, 44))}\nZENOBE_DISPATCH_URL=https://fleet.zenobe.com/api/dispatch")
    add("smappee", f"$ http POST https://app1pub.smappee.net/dev/v1/oauth2/token grant_type=password client_id=gridlab client_secret={S(g.s(ALNUM, 24))} username={U('gridlab_meter')} password={S(g.password())}\nHTTP/1.1 200 OK")
    add("zaptec+wallbox", f"// chargers.ts\nexport const ZAPTEC = {{ user: '{E('depot-oslo@fleetco.no')}', pass: '{S(g.password())}' }};\nexport const WALLBOX_TOKEN = '{S(g.jwt(dumps({'username': 'depot-madrid', 'exp': 1799999999}, separators=(',', ':'))))}';", ["zaptec", "wallbox"])
    add("podpoint+ohme", f"$ export PODPOINT_API_KEY='{S(g.s(HEX, 32))}'\n$ export OHME_REFRESH_TOKEN='{S(g.b64(48, urlsafe=True))}'\n$ python -m chargers.reconcile --month 2026-10\nreconciled 1,942 sessions", ["podpoint", "ohme"])
    add("virta", f"Virta-latausrajapinnan avain tuotantoon: {S(g.s(HEX, 40))}\nÄlä jaa tätä Slackissa, laitoin sen myös 1Passwordiin.")
    add("soliscloud", f"SOLIS_KEY_ID=1300386381676{g.s(DIGITS, 6)}\nSOLIS_KEY_SECRET={S(g.s(HEX, 32))}\nSOLIS_API=https://www.soliscloud.com:13333")
    add("utilityapi+urjanet", f"- name: sync utility bills\n  env:\n    UTILITYAPI_TOKEN: \"{S(g.s(HEX, 32))}\"\n    URJANET_PASSWORD: \"{S(g.password())}\"\n  run: python scripts/bills.py --since 2026-09-01", ["utilityapi", "urjanet"])
    add("pge", f"Hi Copilot — the PG&E Share My Data client cert works but the token step fails. Secret is {S(g.s(HEX, 32))} and client id is 7d1c0. What am I missing in the mTLS config?")
    add("transnetbw", f"transnetbw:\n  base: https://api.transnetbw.de/redispatch\n  auth:\n    type: basic\n    user: {U('rd_import')}\n    pass: '{S(g.password())}'")

    # core banking
    add("temenos", f"# Temenos Transact IRIS connector (branch reconciliation)\ntemenos.iris.url=https://t24-uat.bankcore.internal/irf-provider-container/api/v1.0.0\ntemenos.iris.user={U('RECONBATCH')}\ntemenos.iris.password={S(g.password())}\ntemenos.iris.company=GB0010001")
    add("thoughtmachine", openhands_obs("grep -R 'auth_token' vault-core/ -n", f"vault-core/config/sandbox.yaml:7:  auth_token: \"{S('A0' + g.s(ALNUM, 120))}\"\nvault-core/README.md:40:Set auth_token from the Vault Core console (Service Accounts)."))
    add("oradian", f"Buenos días. En el core de Oradian la API key del sandbox de microfinanzas es {S(g.s(HEX, 48))}; la necesito para el job de desembolsos de Tegucigalpa. ¿Me ayudas a pasarla a una variable de entorno en el Dockerfile?")
    add("nymbus", f"NYMBUS_TENANT=cu-prairie\nNYMBUS_CLIENT_ID=nymbus-core-integ\nNYMBUS_CLIENT_SECRET={S(g.mixed(ALNUM, 48))}\nNYMBUS_BASE_URL=https://api.nymbus.com/v2")
    add("pismo", vscode_call("run_in_terminal", {"command": f"curl -s https://sandbox.pismolabs.io/passport/v1/oauth2/token -u 'a1f93cde2b:{S(g.mixed(ALNUM, 40))}' -d grant_type=client_credentials", "explanation": "Get a Pismo access token", "isBackground": False}))
    add("symitar", f"; SymXchange connector — credit union core\n[symxchange]\nendpoint=https://symx.cu-internal.local:8443/SymXchange/2020.01/\ndevice_number=20077\ndevice_type=APIBRIDGE\nuser_number=471\nuser_password={S(g.password())}")
    add("q2", f"Q2_SDK_HQ_URL=https://sdk-hq.q2developer.com\nQ2_SDK_HQ_TOKEN={S(g.s(HEX, 40))}\nQ2_EXTENSION=loan_skip_pay")
    add("tietoevry", f"Hei! Tietoevry Banking -testiympäristön salasana on muuttunut, uusi on {S(g.password())}. Käyttäjä on sama ({U('tb_itest_07')}). Päivitä se CI:n salaisuuksiin, kiitos.")
    add("treasuryprime", f"import requests\n\nTP = requests.Session()\nTP.auth = (\"key_{g.s(LOWNUM, 24)}\", \"{S(g.s(LOWNUM, 40))}\")\nach = TP.post(\"https://api.sandbox.treasuryprime.com/ach\", json={{\"amount\": \"120.00\", \"direction\": \"credit\"}})")
    add("synctera", f"diff --git a/.github/workflows/e2e.yml b/.github/workflows/e2e.yml\n@@ -21,3 +21,4 @@ jobs:\n       env:\n         SYNCTERA_ENV: sandbox\n+        SYNCTERA_API_KEY: {S(g.s(HEX, 8) + '-' + g.s(HEX, 4) + '-' + g.s(HEX, 4) + '-' + g.s(HEX, 4) + '-' + g.s(HEX, 12) + g.s(HEX, 8))}\n       run: npm run e2e")
    add("solidfi+railsr", f"# two sandboxes for the card issuing prototype\nSOLID_API_KEY={S('sk_test_' + g.s(LOWNUM, 40))}\nRAILSR_API_KEY={S(g.b64(54))}", ["solidfi", "railsr"])
    add("solarisbank", f"Hallo zusammen, der Solaris-Partner-Client läuft in Staging: client_id `fb-staging`, client_secret `{S(g.mixed(ALNUM, 32))}`. Bitte ab jetzt über den Secret-Manager beziehen, ich lösche das hier gleich wieder.")
    add("okra", f"const Okra = require('okra-node');\nconst okra = new Okra({{ secretKey: '{S(g.s(HEX, 24) + '-' + g.s(HEX, 24))}', env: 'production' }});\n// bvn lookup for Lagos loan applicants\nokra.identity.getByBvn(bvn);")
    add("onepipe+tokenio", f"onepipe:\n  api_key: {S(g.s(ALNUM, 40))}\n  secret: {S(g.s(ALNUM, 16))}\ntokenio:\n  member_id: m:4Hq2:5zKtXEAq\n  dev_key: {S(g.s(HEX, 32))}", ["onepipe", "tokenio"])
    add("zopa", gemini_tool("run_shell_command", {"command": "kubectl get secret zopa-partner -o jsonpath='{.data.token}' | base64 -d"}, S(g.mixed(ALNUM, 64))))
    add("starling", f"STARLING_ACCESS_TOKEN=\"{S('eyJhbGciOiJQUzI1NiIsInppcCI6IkdaSVAifQ.' + g.b64(120, urlsafe=True).rstrip('=') + '.' + g.b64(64, urlsafe=True).rstrip('='))}\"\nSTARLING_ACCOUNT_UID={g.uuid()}")
    add("n26", f"Привет! Для интеграции с N26 (партнёрский API) пароль сервисного пользователя: {S(g.password())}. Логин — {U('n26-svc-ledger')}. Убери это, пожалуйста, из README после настройки.")
    add("nubank", f"# pipeline de conciliação — Nubank parceiros\nNU_CLIENT_ID=conciliacao-br\nNU_CLIENT_SECRET={S(g.mixed(ALNUM, 40))}\nNU_CERT_PASSWORD={S(g.password())}")
    add("uala", f"Che, el token de Ualá Bis para cobros quedó en el código: `UALA_BIS_TOKEN = \"{S(g.jwt(dumps({'username': 'comercio-rosario', 'app': 'cobros'}, separators=(',', ':'))))}\"`. ¿Lo saco al .env?")
    add("raiffeisen", f"<connection name=\"raiffeisen-psd2\">\n  <clientId>{g.uuid()}</clientId>\n  <clientSecret>{S(g.mixed(ALNUM, 36))}</clientSecret>\n  <certPass>{S(g.password())}</certPass>\n</connection>")
    add("sber+tbank", f"# платёжный шлюз\nSBER_API_LOGIN=shop-kazan-api\nSBER_API_PASSWORD={S(g.password())}\nTBANK_TERMINAL_KEY=1700000{g.s(DIGITS, 6)}DEMO\nTBANK_TERMINAL_PASSWORD={S(g.s(LOWNUM, 16))}", ["sber", "tbank"])
    add("yoomoney+qiwi", f"$ cat secrets.txt\nyoomoney secret: {S(g.s(ALNUM, 24))}\nqiwi p2p secret key: {S('eyJ2ZXJzaW9uIjoiUDJQIiwiZGF0YSI6' + g.b64(60).rstrip('='))}", ["yoomoney", "qiwi"])
    add("payeer", f"<?php\n$payeer = new CPayeer('P10{g.s(DIGITS, 7)}', '{g.s(DIGITS, 9)}', '{S(g.mixed(ALNUM, 16))}');\nif ($payeer->isAuth()) {{ echo $payeer->getBalance(); }}")

    # game studios
    add("photon", f"// PhotonServerSettings override for CI builds\nPhotonNetwork.PhotonServerSettings.AppSettings.AppIdRealtime = \"{g.uuid()}\";\nPhotonNetwork.AuthValues = new AuthenticationValues {{ AuthType = CustomAuthenticationType.Custom }};\nPhotonNetwork.AuthValues.AddAuthParameter(\"secret\", \"{S(g.s(HEX, 48))}\");")
    add("pragma+rivet", f"[pragma]\nbackend = \"https://dev.tides-of-rust.pragmaengine.com\"\npartner_token = \"{S(g.jwt(dumps({'iss': 'pragma', 'sub': 'partner-backend', 'gameShard': 'dev'}, separators=(',', ':'))))}\"\n\n[rivet]\ncloud_token = \"{S('cloud.' + g.jwt(dumps({'t': 'cloud'}, separators=(',', ':'))))}\"", ["pragma", "rivet"])
    add("perforce", shell("p4 -p ssl:perforce.studio-north.local:1666 -u " + U("build_bot") + " -P " + S(g.s(HEXU, 32)) + " sync //depot/Main/...#head", "//depot/Main/Content/Maps/Harbor.umap#44 - updating\n... 1,881 files updated", prompt="PS C:\\build> "))
    add("plasticscm", f"Plastic SCM cloud org: tideshore@cloud\nUser: {E('ci-builder@tideshore.games')}\nToken: {S(g.b64(33))}\n(used by the Jenkins agent on BLD-03)")
    add("thunderstore+overwolf", f"# publish.ps1\n$env:TCLI_AUTH_TOKEN = \"{S('tss_' + g.mixed(ALNUM, 40))}\"\ntcli publish --file build/MoonforgeTweaks.zip\n$env:OW_DEV_TOKEN = \"{S(g.s(HEX, 64))}\"\now opk-upload build/companion.opk", ["thunderstore", "overwolf"])
    add("odin+vivox", f"ODIN_ACCESS_KEY: {S('A' + g.mixed(B64URL, 43))}\nVIVOX_ISSUER: tideshore-prod\nVIVOX_SECRET_KEY: {S(g.mixed(ALNUM, 32))}\nVIVOX_DOMAIN: mtu1xp.vivox.com", ["odin", "vivox"])
    add("readyplayerme", f"ゲームクライアントのアバター読み込みが失敗します。Ready Player Me のアプリ設定で発行した API キー `{S('sk_live_' + g.mixed(ALNUM, 32))}` を Unity の設定ファイルに入れたのですが、403 が返ります。")
    add("tapjoy+yodo1", f"<!-- AndroidManifest.xml fragment -->\n<meta-data android:name=\"tapjoy.sdk_key\" android:value=\"{S(g.b64(60, urlsafe=True).rstrip('='))}\" />\n<meta-data android:name=\"Yodo1MasAppKey\" android:value=\"{g.s(ALNUM, 10)}\" />\n<meta-data android:name=\"yodo1.server_secret\" android:value=\"{S(g.s(HEX, 32))}\" />", ["tapjoy", "yodo1"])
    add("voodoo+tenjin", f"Studio note (Slack export)\n[10:02] lucia: tenjin key for the hypercasual build -> {S(g.s(UPNUM, 32))}\n[10:03] lucia: and the Voodoo publishing portal token is {S(g.mixed(ALNUM, 40))}\n[10:03] lucia: pls don't paste these anywhere else lol", ["voodoo", "tenjin"])
    add("xboxlive", f"// GDK title config (do not commit)\n#define XBL_TITLE_ID 0x6B3A19F2\n#define XBL_SANDBOX \"TIDES.12\"\n#define XBL_PARTNER_CENTER_SECRET \"{S(g.mixed(ALNUM + '~._-', 40))}\"")
    add("psn+nintendo", f"## release-checklist.md\n\n- PSN: submission token `{S(g.s(HEX, 64))}`\n- Nintendo NDI account: tideshore-ci / `{S(g.password())}`\n- Steam depots: handled by build farm", ["psn", "nintendo"])

    # real estate and property management
    add("realpage", f"<appSettings>\n  <add key=\"RealPage.Pmc\" value=\"4410231\" />\n  <add key=\"RealPage.LicenseKey\" value=\"{S(g.uuid(upper=True))}\" />\n  <add key=\"RealPage.Password\" value=\"{S(g.password())}\" />\n</appSettings>")
    add("rentmanager", f"POST /AuthorizeUser HTTP/1.1\nHost: harborview.api.rentmanager.com\nContent-Type: application/json\n\n{{\"Username\":\"{U('hv_integrations')}\",\"Password\":\"{S(g.password())}\",\"LocationID\":1}}")
    add("resman+rentec", f"RESMAN_INTEGRATION_PARTNER_ID=partner-0931\nRESMAN_API_KEY={S(g.s(HEX, 32))}\n# rentec direct (legacy portfolio)\nRENTEC_API_TOKEN={S(g.mixed(ALNUM, 30))}", ["resman", "rentec"])
    add("tenantcloud", f"Ми маємо проблему з вебхуками TenantCloud: підпис не збігається. Секрет вебхука з панелі: {S(g.s(HEX, 40))}. Порівнюю HMAC-SHA256 від сирого тіла запиту — що не так?")
    add("onthemarket+openrent", f"portals:\n  onthemarket:\n    feed_user: {U('bramleyestates')}\n    feed_password: \"{S(g.password())}\"\n  openrent:\n    api_key: {S(g.s(LOWNUM, 32))}", ["onthemarket", "openrent"])
    add("vebra", f"# Vebra Alto export, set up by the lettings team\nVEBRA_DATAFEED_ID=BramleyEAPI\nVEBRA_USER={U('bramley_feed')}\nVEBRA_PASS={S(g.password())}")
    add("propertyme+rexsoftware", amp_thread([("user", "migrate the trust accounting sync from PropertyMe to Rex, keep both running for a month"), ("assistant", f"I'll keep both clients. Current creds in `sync/.env`:\n```\nPROPERTYME_CLIENT_SECRET={S(g.mixed(ALNUM, 40))}\nREX_API_TOKEN={S(g.s(HEX, 64))}\n```\nI'll switch them to read from AWS Secrets Manager in the same change.")]), ["propertyme", "rexsoftware"])
    add("willhaben", f"Servus! Der willhaben-Import (Immobilien) braucht jetzt OAuth. Unser Client-Secret: {S(g.uuid())}. Kannst du mir das Token-Handling in Kotlin schreiben?")
    add("sreality+otodom", f"# export_inzeraty.py\nSREALITY_CLIENT_ID = 48213\nSREALITY_PASSWORD = \"{S(g.s(HEX, 32))}\"  # heslo pro import API\nOTODOM_API_KEY = \"{S(g.s(LOWNUM, 40))}\"\nOTODOM_SECRET = \"{S(g.mixed(ALNUM, 64))}\"", ["sreality", "otodom"])
    add("olx", f"Assalamu alaikum bhai, OLX Partner API ka secret yeh hai: {S(g.s(ALNUM, 50))} — listings sync Lahore aur Karachi ke liye. Isko code se nikal ke secrets manager mein daal do please.")
    add("rentspree+rently", f"| Integration | Key name | Value |\n|-------------|----------|-------|\n| RentSpree   | X-Api-Key | {S(g.s(HEX, 40))} |\n| Rently      | client_secret | {S(g.mixed(ALNUM, 32))} |", ["rentspree", "rently"])
    add("smartrent", f"smartrent_client = SmartRent::Client.new(\n  email: \"{E('integrations@lakeshore-residential.com')}\",\n  password: \"{S(g.password())}\",\n  host: \"https://control.smartrent.com\"\n)")
    add("spacewell+planon", f"spacewell.api.key={S(g.s(HEX, 32))}\nplanon.ws.user={U('PLN_INTEG')}\nplanon.ws.password={S(g.password())}\nplanon.ws.url=https://campus.planoncloud.com/nyx/ws", ["spacewell", "planon"])
    add("nuvolo", f"gs.setProperty('x_nuvo_eam.connector.secret', '{S(g.mixed(ALNUM, 32))}'); // ServiceNow Nuvolo connector, facilities west")
    add("qualia", f"Copilot, can you fix the Qualia escrow webhook? It 401s. We set `QUALIA_API_KEY={S('qlk_' + g.s(LOWNUM, 36))}` in Heroku config yesterday.")
    add("reonomy+regrid", f"import os\nREONOMY_ACCESS_KEY = \"{S(g.s(UPNUM, 20))}\"\nREONOMY_SECRET_KEY = \"{S(g.s(B64, 40))}\"\nREGRID_TOKEN = os.getenv(\"REGRID_TOKEN\", \"{S(g.jwt(dumps({'iss': 'regrid.com', 'client': 'parcel-lookups'}, separators=(',', ':'))))}\")", ["reonomy", "regrid"])
    add("propstream+trestle", f"- job: comps_refresh\n  schedule: '0 4 * * *'\n  secrets:\n    propstream_password: {S(g.password())}\n    trestle_client_secret: {S(g.s(HEX, 32))}", ["propstream", "trestle"])
    add("simplyrets", f"$ curl -u '{U('simplyrets')}:{S(g.password())}' 'https://api.simplyrets.com/properties?limit=1'\n[{{\"mlsId\":1005192,\"listPrice\":20714261}}]")
    add("propertyguru+nobroker", f"PropertyGuru (SG) agent feed token: {S(g.s(HEX, 40))}\nNoBroker partner key: {S(g.mixed(ALNUM, 32))}\n-- pasted by ops, to be rotated after the go-live", ["propertyguru", "nobroker"])
    add("quintoandar+vivareal+zapimoveis", f"# integração portais (Grupo OLX Brasil / QuintoAndar)\nVIVAREAL_API_KEY={S(g.s(LOWNUM, 32))}\nZAP_API_KEY={S(g.s(LOWNUM, 32))}\nQUINTOANDAR_PARTNER_TOKEN={S(g.b64(36))}", ["quintoandar", "vivareal", "zapimoveis"])

    # university administration
    add("peoplesoft", f"# Campus Solutions integration broker\nig.isc.serverURL=https://csprd.univ-north.edu/PSIGW/PeopleSoftListeningConnector\nig.isc.userid={U('IB_REGISTRAR')}\nig.isc.password={S(g.password())}\nig.isc.toolsRel=8.61")
    add("studielink+ucas", f"studielink:\n  institution: RUG\n  soap_user: {U('rug_sl_koppeling')}\n  soap_password: \"{S(g.password())}\"\nucas:\n  api_key: \"{S(g.s(HEX, 32))}\"", ["studielink", "ucas"])
    add("parchment", f"Hi, transcript orders stopped syncing to Banner. Our Parchment Receive API key is {S(g.s(ALNUM, 40))} — is it still valid or was it rotated when IT changed the SSO?")
    add("nelnet+touchnet", f"[payments]\nnelnet_campus_commerce_key = {S(g.s(HEX, 32))}\ntouchnet_upay_site_id = 17\ntouchnet_posting_key = {S(g.mixed(ALNUM, 24))}\nreturn_url = https://bursar.univ-north.edu/paid", ["nelnet", "touchnet"])
    add("transactcampus", codex_exec(["bash", "-lc", "grep -n TRANSACT .env"], f"12:TRANSACT_EACCOUNTS_USER={U('cardoffice')}\n13:TRANSACT_EACCOUNTS_PASS={S(g.password())}"))
    add("unit4", f"Hei! Unit4 ERP (Agresso) REST-klienten feiler. Brukernavn {U('SYS_INTEGR')}, klient 10, passord {S(g.password())}. Vi får 401 fra https://u4erp.uio-test.local/api — noen som vet hvorfor?")
    add("studyportals+openathens", f"STUDYPORTALS_TOKEN={S(g.s(HEX, 40))}\nOPENATHENS_API_KEY={S(g.uuid())}\nOPENATHENS_ORG=univ-north", ["studyportals", "openathens"])
    add("perusall+packback+piazza", f"# LTI tool registrations — course tooling\n- tool: Perusall\n  consumer_key: univnorth\n  shared_secret: {S(g.s(HEX, 32))}\n- tool: Packback\n  shared_secret: {S(g.mixed(ALNUM, 40))}\n- tool: Piazza\n  lti_secret: {S(g.s(ALNUM, 24))}", ["perusall", "packback", "piazza"])
    add("yuja+proctorio", f"Estimado equipo: la integración de YuJa con Canvas falla. Dejo la clave para que la revisen: {S(g.s(HEX, 32))}. La de Proctorio es {S(g.s(HEX, 40))}. Gracias, Servicio de Docencia Virtual.", ["yuja", "proctorio"])
    add("respondus+tophat", f"<lti_tools>\n  <tool name=\"Respondus LockDown\" key=\"rldb-univnorth\" secret=\"{S(g.mixed(ALNUM, 30))}\"/>\n  <tool name=\"Top Hat\" key=\"tophat-univnorth\" secret=\"{S(g.s(HEX, 40))}\"/>\n</lti_tools>", ["respondus", "tophat"])
    add("wooclap+wiseflow", f"WOOCLAP_API_KEY={S('wk_' + g.s(LOWNUM, 40))}\nWISEFLOW_API_KEY={S(g.uuid())}\nWISEFLOW_LICENSE=au-exams", ["wooclap", "wiseflow"])
    add("surfconext+sikt+feide", f"# federated login test matrix\nsurfconext:  client_secret = {S(g.mixed(ALNUM, 32))}\nfeide:       client_secret = {S(g.uuid())}\nsikt-api:    token         = {S(g.s(HEX, 48))}", ["surfconext", "sikt"])
    add("tuakiri+renater+sunet", review_comment("idp/metadata-sync.sh", 9, f"Three credentials are committed here: the Tuakiri signing key passphrase (`{S(g.password())}`), the RENATER metadata token (`{S(g.s(HEX, 40))}`) and the SUNET SWAMID API token (`{S(g.s(LOWNUM, 32))}`). Move them to the CI secret store."), ["tuakiri", "renater", "sunet"])

    # telecom operators
    add("telefonica", f"Hola! Para la API de Open Gateway de Telefónica uso esto y me da 'invalid_client':\n\n```bash\ncurl -X POST https://opengateway.telefonica.com/oauth2/token \\\n  -d client_id=fraude-sim-swap -d client_secret={S(g.mixed(ALNUM, 40))} -d grant_type=client_credentials\n```")
    add("tmobile+verizon", f"# carrier aggregator config\n[tmobile]\napi_key = {S(g.s(HEX, 32))}\n\n[verizon_thingspace]\nusername = {U('iot_fleet_ops')}\npassword = {S(g.password())}\napp_secret = {S(g.mixed(ALNUM, 32))}", ["tmobile", "verizon"])
    add("swisscom", f"Grüezi! Swisscom SMS API Key für das Patientenportal: {S(g.mixed(ALNUM, 32))}. Bitte nicht ins Git, es läuft über den Vault-Pfad kv/telco/swisscom.")
    add("telenor+telia", f"$ env | grep -E 'TELENOR|TELIA'\nTELENOR_CONNEXION_TOKEN={S(g.s(HEX, 40))}\nTELIA_ACE_API_KEY={S(g.mixed(ALNUM, 36))}\nTELIA_REGION=se", ["telenor", "telia"])
    add("proximus", f"const proximus = new EncoClient({{\n  baseUrl: 'https://api.enco.io',\n  clientId: 'smartmeter-gent',\n  clientSecret: '{S(g.mixed(ALNUM, 32))}', // Proximus EnCo\n}});")
    add("ooredoo+zain", f"مرحبا، مفتاح واجهة Ooredoo للرسائل القصيرة هو {S(g.s(HEX, 32))} ومفتاح Zain هو {S(g.mixed(ALNUM, 28))}. أرجو نقلهما إلى متغيرات البيئة قبل النشر.", ["ooredoo", "zain"])
    add("singtel+optus", f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: carrier-sg-au\nstringData:\n  singtel-apigw-secret: {S(g.s(HEX, 48))}\n  optus-wholesale-pass: \"{S(g.password())}\"", ["singtel", "optus"])
    add("softbank", f"# 法人向けSMS送信 (SoftBank) 設定\nSOFTBANK_SMS_ACCOUNT=corp-hokkaido-01\nSOFTBANK_SMS_PASSWORD={S(g.password())}\n# ↑ 本番用。ローテーション予定：12月")
    add("sktelecom", f"SK텔레콤 API 호출 시 401 에러가 납니다. 헤더에 `TDCProjectKey: {S(g.s(ALNUM, 40))}` 를 넣고 있어요. 혹시 AppKey 형식이 바뀌었나요?")
    add("telkomsel+viettel", f"Halo, ini kunci API Telkomsel untuk notifikasi OTP: {S(g.s(HEX, 32))}\nXin chào, khóa Viettel SMS Brandname: {S(g.mixed(ALNUM, 24))}", ["telkomsel", "viettel"])
    add("pldt", f"PLDT_ENTERPRISE_CLIENT_ID=ph-billing\nPLDT_ENTERPRISE_CLIENT_SECRET={S(g.mixed(ALNUM, 44))}")
    add("turkcell", f"Merhaba, Turkcell Mobil İmza servisinin şifresini yanlışlıkla loglara yazdırmışım: `WARN MobileSignClient password={S(g.password())}`. Logları nasıl temizlerim ve şifreyi nasıl değiştiririm?")
    add("rostelecom+tele2", f"ROSTELECOM_LK_TOKEN={S(g.s(HEX, 64))}\nTELE2_API_LOGIN={U('t2-b2b-msk')}\nTELE2_API_PASSWORD={S(g.password())}", ["rostelecom", "tele2"])
    add("movistar+tigo", f"| operador | credencial | valor |\n|---|---|---|\n| Movistar (Perú) | app_secret | `{S(g.mixed(ALNUM, 32))}` |\n| Tigo Money (Bolivia) | api_key | `{S(g.s(HEX, 32))}` |", ["telefonica", "tigo"])
    add("yettel", f"Zdravo, Yettel SMS gateway token za projekat Novi Sad: {S(g.s(HEX, 40))}. Molim te prebaci ga u GitLab CI promenljive.")
    add("vodacom", f"vodacom:\n  mpesa_tz:\n    api_key: {S(g.mixed(ALNUM, 32))}\n    public_key_path: ./certs/vodacom_tz_pub.pem\n    service_provider_code: 000000")
    add("voximplant+zadarma", f"VOX_ACCOUNT_ID=7710042\nVOX_API_KEY={S(g.uuid())}\nZADARMA_KEY={S(g.s(HEX, 20))}\nZADARMA_SECRET={S(g.s(HEX, 20))}", ["voximplant", "zadarma"])
    add("voipms+voxbone", f"$ curl 'https://voip.ms/api/v1/rest.php?api_username={E('noc@peakline-telecom.ca')}&api_password={S(g.password())}&method=getBalance'\n{{\"status\":\"success\",\"balance\":{{\"current_balance\":\"184.21\"}}}}\n$ export VOXBONE_PASSWORD='{S(g.password())}'", ["voipms", "voxbone"])
    add("yeastar+wazo", f"# PBX bridge\nyeastar.client_id = pbx-helsinki\nyeastar.client_secret = {S(g.s(ALNUM, 32))}\nwazo.token = {S(g.uuid())}", ["yeastar", "wazo"])
    add("onsip+tyntec", f"ONSIP_SIP_PASSWORD={S(g.password())}\nTYNTEC_APIKEY={S(g.s(ALNUM, 32))}", ["onsip", "tyntec"])
    add("textbelt+whispir", f"await fetch('https://textbelt.com/text', {{ method: 'POST', body: new URLSearchParams({{ phone, message, key: '{S(g.s(HEX, 40) + '_' + g.s(DIGITS, 4))}' }}) }});\n// whispir fallback\nconst WHISPIR_API_KEY = '{S(g.mixed(ALNUM, 24))}';", ["textbelt", "whispir"])

    # law firms
    add("rocketmatter", f"Hi — our Rocket Matter billing export stopped. The integration user is {U('rm_export')} and the key is {S(g.s(HEX, 32))}. Can you check whether the matter-level endpoint changed?")
    add("tabs3+pclaw", f"[tabs3]\nserver=LAWSRV01\nuser={U('tabs3_sync')}\npassword={S(g.password())}\n\n[pclaw]\nlicense_key={S(g.s(UPNUM, 5) + '-' + g.s(UPNUM, 5) + '-' + g.s(UPNUM, 5) + '-' + g.s(UPNUM, 5))}", ["tabs3", "pclaw"])
    add("ospreyapproach", f"Osprey Approach API — conveyancing team\nendpoint: https://api.ospreyapproach.com/v1\ntoken: {S(g.b64(32))}\nfirm: Whitcombe & Rao LLP")
    add("opentext+worldox", f"# DMS migration (Worldox -> OpenText eDOCS)\nWORLDOX_ADMIN_PASS={S(g.password())}\nOT_CORE_CLIENT_SECRET={S(g.mixed(ALNUM, 40))}", ["opentext", "worldox"])
    add("nuix+reveal", f"{{\n  \"nuix\": {{\"licenceServer\": \"nms.lit-support.local\", \"username\": \"{U('ediscovery_svc')}\", \"password\": \"{S(g.password())}\"}},\n  \"reveal\": {{\"apiKey\": \"{S(g.s(HEX, 32))}\"}}\n}}", ["nuix", "reveal"])
    add("zylab+onit", f"ZyLAB ONE service account password: {S(g.password())}\nOnit e-billing API token: {S(g.s(HEX, 40))}\n(sent to Arjun only — delete after setup)", ["zylab", "onit"])
    add("westlaw+vlex", f"# research-bot/.env\nWESTLAW_EDGE_API_KEY={S(g.s(UPNUM, 32))}\nVLEX_API_KEY={S(g.s(LOWNUM, 40))}\nVLEX_API_URL=https://api.vlex.com", ["westlaw", "vlex"])
    add("trellis+unicourt", f"import trellis, unicourt\ntrellis.api_key = \"{S(g.s(HEX, 32))}\"\nunicourt.Auth(client_id=\"docket-watch\", client_secret=\"{S(g.mixed(ALNUM, 40))}\")", ["trellis", "unicourt"])
    add("pacer", f"$ pacer-fetch --user {U('wrao_firm')} --password '{S(g.password())}' --court nysd --case 1:26-cv-04412\nDownloaded 14 docket entries (charged $2.10)")
    add("spellbook+robinai", f"Ciao! Nel plugin di Word abbiamo due chiavi: Spellbook `{S('sb_' + g.mixed(ALNUM, 36))}` e Robin AI `{S(g.s(HEX, 48))}`. Come le sposto in Azure Key Vault senza rompere l'add-in?", ["spellbook", "robinai"])
    add("workshare", f"<add key=\"Workshare.Compare.LicenceKey\" value=\"{S(g.s(UPNUM, 25))}\" />\n<add key=\"Workshare.Server\" value=\"https://compare.whitcombe-rao.local\" />")

    # logistics, tax and government APIs
    add("posteitaliane", f"Ciao, le credenziali per le API di Poste Italiane (spedizioni B2B) sono: client_id `crono-log-milano`, client_secret `{S(g.mixed(ALNUM, 36))}`. Il token scade ogni ora, va gestito il refresh.")
    add("swisspost", f"SWISSPOST_CLIENT_ID={g.s(HEX, 32)}\nSWISSPOST_CLIENT_SECRET={S(g.s(HEX, 32))}\nSWISSPOST_FRANKING_LICENSE=42133510")
    add("yamato+sagawa", f"# 出荷ラベル連携\nyamato:\n  customer_code: '0123456789'\n  api_password: '{S(g.password())}'\nsagawa:\n  api_key: '{S(g.s(HEX, 32))}'", ["yamato", "sagawa"])
    add("seur+nacex+tipsa", f"SEUR_CLIENT_SECRET={S(g.mixed(ALNUM, 32))}\nNACEX_USER={U('cosecha_vll')}\nNACEX_PASS={S(g.s(HEX, 32))}\nTIPSA_PASSWORD={S(g.password())}", ["seur", "nacex", "tipsa"])
    add("tcs+trax+postex", f"# Pakistan couriers — داراز آرڈرز کے لیے\nTCS_API_KEY={S(g.uuid())}\nTRAX_API_KEY={S(g.s(ALNUM, 60))}\nPOSTEX_TOKEN={S(g.b64(30))}", ["tcs", "trax", "postex"])
    add("skatteverket", f"Hej, vi har lagt certifikatlösenordet för Skatteverkets API (arbetsgivardeklaration) i klartext i appsettings.Production.json: \"CertPassword\": \"{S(g.password())}\". Hur ska vi hantera det i Azure i stället?")
    add("nav", f"# Magyar NAV Online Számla – technikai felhasználó\nNAV_LOGIN={U('techuser_gyor')}\nNAV_PASSWORD={S(g.password())}\nNAV_SIGN_KEY={S(g.s(HEX, 8) + '-' + g.s(HEX, 4) + '-' + g.s(HEX, 4) + '-' + g.s(HEX, 4) + '-' + g.s(HEX, 12) + g.s(UPNUM, 4))}\nNAV_EXCHANGE_KEY={S(g.s(HEXU, 16))}")
    add("sii+sunat", f"# facturación electrónica (Chile y Perú)\nSII_CERT_PASSWORD={S(g.password())}\nSUNAT_RUC=20601234567\nSUNAT_SOL_USER={U('MODDATOS')}\nSUNAT_SOL_PASSWORD={S(g.password())}", ["sii", "sunat"])
    add("sat+sefaz", f"Oi! O certificado A1 da SEFAZ-SP está com a senha {S(g.password())} no docker-compose. E o CSD do SAT (México) usa {S(g.password())}. Como mover isso para o Secrets Manager?", ["sefaz", "sat"])
    add("storecove+peppol", f"STORECOVE_API_KEY={S(g.mixed(ALNUM, 32) + '.' + g.mixed(ALNUM, 32))}\nPEPPOL_AP_CLIENT_SECRET={S(g.uuid())}\nPEPPOL_PARTICIPANT=0208:0456789012", ["storecove", "peppol"])
    add("ticketbai+verifactu", f"Kaixo! TicketBAI ziurtagiriaren pasahitza: {S(g.password())}. VeriFactu API gakoa: {S(g.s(HEX, 40))}. Mesedez, ez jarri hau repoan.", ["ticketbai", "verifactu"])
    add("vero+sdi", f"vero_api_key: \"{S(g.s(HEX, 48))}\"  # Verohallinto tulorekisteri\nsdi_keystore_password: \"{S(g.password())}\"  # Sistema di Interscambio", ["vero", "sdi"])

    # generic shapes: keys, passwords, tokens
    add("pem", f"Here is the key the telemetry gateway uses for mTLS with the grid operator, it's in `certs/gw.key`:\n\n{S(g.pem('RSA PRIVATE KEY', 10))}\n\nCan you tell me whether it is PKCS#1 or PKCS#8?", ["pem"])
    add("pem_ec", vscode_result(f"{S(g.pem('EC PRIVATE KEY', 3))}\n"), ["pem"])
    add("openssh", "ansible_ssh_private_key: |\n  " + S(g.openssh().replace("\n", "\n  ")) + "\nansible_user: deploy", ["pem"])
    add("password_mysql", f"mysql> CREATE USER '{U('registrar_ro')}'@'10.%' IDENTIFIED BY '{S(g.password())}';\nQuery OK, 0 rows affected (0.02 sec)", ["password"])
    add("password_jdbc", f"jdbc:sqlserver://sqlcore01.bank.local:1433;databaseName=GL;user={U('gl_reader')};password={S(g.password())};encrypt=true", ["password"])
    add("password_amqp", f"CELERY_BROKER_URL=amqp://{U('harvest')}:{S(g.mixed(ALNUM, 18))}@rabbit.agri.internal:5672/harvest", ["password"])
    add("jwt_bearer", f"> GET /api/v2/leases/8841 HTTP/1.1\n> Host: pm.lakeshore-residential.com\n> Authorization: Bearer {S(g.jwt(dumps({'sub': '41207', 'role': 'property_manager', 'exp': 1796000000}, separators=(',', ':'))))}\n> Accept: */*\n< HTTP/1.1 200 OK", ["jwt"])
    add("generic_tool", mcp_result(f"Secret 'grid-desk/hmac' (version 7):\n  value: {S(g.b64(48))}\n  created: 2026-11-02T09:14:00Z"), ["generic"])
    add("password_prose", f"Ok so the wifi at the packhouse is `Invernadero-5G` and the router admin password is {S(g.password())} — I need the agent to add that device to the inventory script but obviously not store the password in plain text.", ["password"])
    add("generic_twice_escaped", openai_like(f"export SETTLEMENT_HMAC_SECRET=\"{S(g.s(HEX, 64))}\" && ./run_settlement.sh"), ["generic"])
    return out


def openai_like(cmd: str) -> str:
    inner = dumps({"command": cmd, "cwd": "/srv/settlement"})
    return dumps({"type": "function_call", "name": "bash", "arguments": inner})


def pii(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(src: str, t: str) -> None:
        out.append((f"holdout23:{src}", t))

    card1 = luhn_complete("4", 16, g)
    card2 = luhn_complete("5", 16, g)
    card3 = luhn_complete("37", 15, g)
    card4 = luhn_complete("6", 16, g)

    add("signature_agri", f"Thanks for looking at the silo telemetry bug.\n\n--\n{P('Tendai Mhlanga')}\nAgronomy Systems Lead, Mashonaland Grain Co-op\n{T('+263 77 214 8830')} | {E('tendai.mhlanga@mashgrain.co.zw')}")
    add("crm_row_realestate", f"lead_id,name,email,phone,property\n88120,{P('Ingrid Solvang')},{E('ingrid.solvang@posteo.no')},{T('+47 913 40 226')},\"{A('Kjølberggata 17B, 0653 Oslo')}\"")
    add("ticket_es", f"Ticket #4471 — Incidencia en la app de inquilinos\nReportado por: {P('Maite Arrizabalaga Etxeberria')}\nTeléfono: {T('688 214 903')}\nDirección del piso: {A('Calle de Zurbano 41, 3º izq., 28010 Madrid')}\nDescripción: no puede subir la nómina al portal.")
    add("hr_record_de", f"Personalakte (Auszug)\nName: {P('Jannik Oberhuber')}\nGeburtsdatum: {D('14.03.1991')}\nAnschrift: {A('Lindwurmstraße 122, 80337 München')}\nIBAN: {I(iban('DE', '37040044' + g.s(DIGITS, 10)))}\nAbteilung: Netzleitstelle Süd")
    add("git_log", shell("git log -3 --format='%h %an <%ae> %s'", f"a41c9e2 {P('Oluwaseun Adebayo-Cole')} <{E('seun.adebayo@tideshore.games')}> fix matchmaking timeout\n7be0d13 {P('Kaito Nishimura')} <{E('k.nishimura@tideshore.games')}> bump Photon SDK\n0cc5a48 {P('Fatima Zahra Benali')} <{E('fz.benali@tideshore.games')}> loc: add Darija strings"))
    add("student_record", vscode_result(f"student_id | full_name | dob | email | address\n--------------+---------------------+------------+------------------------------+---------------------------------\n S2026-10442 | {P('Aroha Te Whata')} | {D('2004-07-19')} | {E('aroha.tewhata@stu.univ-north.edu')} | {A('38 Karangahape Road, Auckland 1010')}\n(1 row)"))
    add("invoice_law", f"INVOICE 2026-1187\nWhitcombe & Rao LLP\nBill to: {P('Desmond Achterberg')}\n{A('221 Wellesley Street East, Toronto, ON M4X 1G7')}\nMatter: lease dispute, unit 14\nPay by card ending … or full number on file: {C(card1)}")
    add("chat_ru", f"Привет! Пишет {P('Светлана Игоревна Кравцова')}, бухгалтер ТСЖ. Мой номер {T('+7 916 402-17-83')}, почта {E('s.kravtsova@tszh-sokol.ru')}. Не приходят квитанции жильцам дома на {A('улице Алабяна, 13к2')}.")
    add("medical_form", f"Occupational health referral (fictional test data)\nPatient: {P('Mehmet Kaya')}\nDOB: {D('02/11/1978')}\nSSN: {m_ssn('512-48-3307')}\nEmployer: Eastbank Grid Services\nReason: hearing test after substation noise exposure")
    add("tenant_json", dumps({"tenant": {"name": P("Zainab Olatunji"), "email": E("zainab.olatunji@gmail.com"), "phone": T("+234 803 551 2094"), "unit": A("Plot 7, Admiralty Way, Lekki Phase 1, Lagos")}, "rent_ngn": 4200000}, indent=2))
    add("commit_author_path", f"Traceback (most recent call last):\n  File \"/Users/{U('hguldbrandsen')}/dev/nordic-desk/settle.py\", line 88, in <module>\n    run()\nKeyError: 'NO1'")
    add("zh_hr", f"员工信息更新：{P('林婉清')}，手机 {T('138 1047 2296')}，邮箱 {E('wanqing.lin@huanong-agri.cn')}，现住址 {A('杭州市西湖区文三路 259 号')}。请在 HR 系统里同步。")
    add("iban_payout", f"Payout setup for contractor\nName: {P('Elif Demirtaş')}\nIBAN: {I(iban('TR', '00061' + '0' + g.s(DIGITS, 16)))}\nBank: İş Bankası, Kadıköy branch")
    add("it_lettera", f"Gentile Dott.ssa {P('Chiara Montanaro')},\nle confermiamo l'appuntamento per la firma del contratto di locazione presso il nostro studio in {A('Via dei Mille 24, 80121 Napoli')}. Per qualsiasi necessità può contattarci al {T('081 764 3318')}.\nCordiali saluti,\nAvv. {P('Gennaro Esposito')}")
    add("yo_greeting", f"Ẹ kú àárọ̀ {P('Adéwálé Ògúnlẹ̀yẹ')}! Ìwé owó oṣù rẹ ti ṣetán. Tí o bá ní ìbéèrè, pe {T('0805 318 4471')} tàbí kọ sí {E('adewale.ogunleye@agrofresh.ng')}.")
    add("sv_slack", f"[09:12] {U('linnea.b')}: kan någon fixa lönespecen för {P('Linnéa Bergqvist')}? personnummer står fel, födelsedatum ska vara {D('1996-05-03')}\n[09:13] {U('oskar.h')}: fixar")
    add("card_checkout_log", f"2026-11-26 19:41:07 WARN payment-gw: retrying charge for order 55120 card={C(card2)} exp=09/28 holder=\"{P('Rutendo Chikwanha')}\"")
    add("amex_support", f"Customer wrote: \"I was charged twice for the game pass. My Amex is {C(grouped4_15(card3))}, name {P('Paolo Ferreira Batista')}.\"")
    add("et_amharic", f"ሰላም {P('ሰላማዊት ተስፋዬ')}፣ የቤት ኪራይ ውልዎ ተዘጋጅቷል። አድራሻ፡ {A('ቦሌ ክፍለ ከተማ፣ ወረዳ 03፣ የቤት ቁጥር 1187')}። ስልክ፡ {T('+251 911 402 775')}")
    add("ur_support", f"السلام علیکم، میرا نام {P('محمد عمران چوہدری')} ہے۔ میرے سم کارڈ کا بل غلط آیا ہے۔ رابطہ نمبر {T('0300 4127 889')} ہے اور پتہ {A('مکان 22، گلی 7، ایف 10/2، اسلام آباد')} ہے۔")
    add("ca_matricula", f"Benvolguda {P('Núria Casals i Puig')}, hem rebut la vostra matrícula. Confirmeu les dades: data de naixement {D('23/09/2003')}, correu {E('nuria.casals@alumnes.uvic.cat')}, telèfon {T('633 902 148')}.")
    add("et_estonian", f"Tere {P('Kristjan Tamm')}! Sinu üürilepingu aadress on {A('Pärnu mnt 139E, 11317 Tallinn')}. Küsimuste korral helista {T('+372 5621 4408')}.")
    add("sr_serbian", f"Поштовани {P('Милош Радовановић')}, ваш захтев за прикључење на мрежу је примљен. Адреса објекта: {A('Булевар ослобођења 88, 21000 Нови Сад')}. Контакт: {T('+381 64 218 3390')}.")
    add("no_ticket", f"Sak #2291 — {P('Sigrid Haugland')} ({E('sigrid.haugland@online.no')}) melder at strømmåleren i {A('Møllergata 9, 0179 Oslo')} viser feil. Ring {T('922 18 447')} etter kl. 16.")
    add("ssn_payroll", f"employee_id,name,ssn,dob\nE-3310,{P('Marcus Delacroix')},{m_ssn('623-19-4471')},{D('1985-12-02')}\nE-3311,{P('Priya Venkataraman')},{m_ssn('418-72-0936')},{D('1990-04-27')}")
    add("ip_home_login", f"Nov 26 21:14:02 vpn-gw01 ocserv[2231]: main[{U('agustina.r')}]: {IP('181.44.203.17')}:51822 user logged in")
    add("kubectl_annotation", shell("kubectl describe pod settlement-7f9c -n desk | grep -i owner", f"Annotations:  owner: {P('Hiroshi Takeda')} <{E('h.takeda@nordic-desk.jp')}>\n              oncall: {T('+81 90-3412-7785')}"))
    add("diff_author", f"diff --git a/CODEOWNERS b/CODEOWNERS\n@@ -4,2 +4,3 @@\n /billing/   @{U('mkowalczyk')}\n+/leasing/   @{U('abimbola-o')}\n /grid/      @{U('tnguyen-grid')}")
    add("form_dump", f"POST /apply HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\nfirst_name={P('Oyelaran')}&last_name={P('Bamidele')}&full_name={P('Oyelaran Bamidele')}&email={E('oyelaran.b%40yahoo.com')}&phone={T('%2B2348125504418')}&dob={D('1999-01-08')}")
    add("fr_dossier", f"Dossier locataire — {P('Aurélie Vasseur')}, née le {D('17 juin 1988')}, domiciliée au {A('12 rue des Tanneurs, 67000 Strasbourg')}. Garant : {P('Thierry Vasseur')}.")
    add("vi_hoso", f"Hồ sơ sinh viên: {P('Nguyễn Thị Thu Hà')}, ngày sinh {D('05/02/2005')}, email {E('thuha.nguyen@hcmus.edu.vn')}, điện thoại {T('0912 384 775')}.")
    add("ko_claim", f"보험 청구 담당자: {P('박서연')} / 연락처 {T('010-4821-3307')} / 주소 {A('서울특별시 마포구 월드컵북로 396')}")
    add("ja_field", f"圃場担当：{P('佐々木 亮太')}（{E('r.sasaki@tokachi-farm.jp')}）\n住所：{A('北海道河東郡音更町木野大通西7丁目1')}")
    add("pl_faktura", f"Faktura VAT nr 11/2026\nNabywca: {P('Bartłomiej Zieliński')}\n{A('ul. Piotrkowska 154/6, 90-063 Łódź')}\nRachunek: {I(iban('PL', '10901014' + g.s(DIGITS, 16)))}")
    add("nl_ticket", f"Melding van {P('Femke de Wit')} — {T('06 4127 9930')}: de lift in {A('Oudegracht 211, 3511 NG Utrecht')} staat weer stil.")
    add("xcode_chat", f"Copilot Chat (Xcode)\nUser: the preview shows the wrong contact. It should be {P('Ananya Raghunathan')}, {E('ananya@raghunathan.dev')}, {T('+1 (415) 602-8841')}.\nCopilot: Update `Contact.preview` in `ContactCard.swift` to those values, or better, use placeholder data in previews.")
    add("aider_history", f"# aider chat started at 2026-11-25 16:02:11\n\n> /add tenants/import.py\n\n#### the import drops the second tenant on lease 9931: {P('Gustavo Ribeiro Lemos')}, cpf omitted, email {E('gustavo.lemos@uol.com.br')}\n\nThe CSV has a quoted comma in the address field; switching to `csv.DictReader`.")
    add("eclipse_console", f"[Eclipse console] INFO  StudentSync - updated record for {P('Chukwuemeka Eze')} (matric 21/0442), phone {T('+234 706 118 2054')}, hall {A('Block C, Room 14, Moremi Hall, University of Lagos, Akoka')}")
    add("devin_pii", devin_log([f"Opened ticket LEG-812 from {P('Ruth Abernethy')} ({E('r.abernethy@whitcombe-rao.com')})", "Client file references a lease at " + A("47 Harrowgate Lane, Leeds LS7 3QD"), "Drafting migration script; will not copy client data into fixtures"]))
    add("gemini_sql", gemini_tool("run_shell_command", {"command": "psql -c \"select * from farmers where id=77\""}, f" id |        name         |     phone      |       village\n----+---------------------+----------------+--------------------\n 77 | {P('Abebe Girma Tolossa')} | {T('+251 912 880 413')} | Bishoftu\n(1 row)"))
    add("codex_csv", codex_exec(["bash", "-lc", "head -3 exports/guardians.csv"], f"guardian,student,phone,email\n{P('Margarethe Lindqvist')},{P('Elsa Lindqvist')},{T('+46 70 218 44 19')},{E('m.lindqvist@telia.com')}\n{P('Hamid Rezaei')},{P('Dara Rezaei')},{T('+46 73 904 21 77')},{E('hamid.rezaei@outlook.com')}"))
    add("tabnine_comment", f"// TODO({U('dsandoval')}): remove hardcoded test user before release\nconst testUser = {{ name: \"{P('Diego Sandoval Ortiz')}\", email: \"{E('diego.sandoval.o@gmail.com')}\", birthday: \"{D('1993-08-30')}\" }};")
    add("augment_note", f"Augment context: the failing test uses the production record of {P('Wiremu Parata')} (customer 55091, {T('021 447 9082')}). Suggest replacing it with a synthetic fixture.")
    add("openhands_ls", openhands_obs("ls /home", f"{U('ekaterina.v')}  {U('jbarros')}  svc_backup  lost+found"))
    add("dl_form", f"Vehicle registration for fleet car 14\nDriver: {P('Tamika Rowlands')}\nDL#: {m_dl('D412-5530-9921')}\nDOB: {D('03/22/1987')}\nAddress: {A('1840 Cedar Bluff Rd, Knoxville, TN 37923')}")
    add("iban_tenant_de", f"Mietzahlung bitte ab Dezember von folgendem Konto abbuchen:\nKontoinhaberin: {P('Svenja Hollweg')}\nIBAN: {I(grouped_iban(iban('DE', '50010517' + g.s(DIGITS, 10))))}")
    add("es_iban", f"Domiciliación: {P('Xavier Montcada Rius')} — {I(iban('ES', '2100' + '0418' + g.s(DIGITS, 12)))}")
    add("gb_tenancy", f"Tenancy agreement\nLandlord: {P('Harriet Okafor-Jones')}\nTenant: {P('Callum McAllister')}\nProperty: {A('Flat 3, 19 Marchmont Crescent, Edinburgh EH9 1HN')}\nTenant phone: {T('07700 914 662')}")
    add("jetbrains_chat", f"## Me\nWhy does the seeder insert {P('Olga Petrenko')} twice? Her email {E('olga.petrenko@ukr.net')} violates the unique index.\n\n## AI Assistant\n`seed_users()` runs in both `setUp` and the migration hook; guard it with `get_or_create`.")
    add("card_sql", f"mysql> SELECT holder, pan FROM legacy_cards WHERE id = 91;\n+------------------+------------------+\n| holder           | pan              |\n+------------------+------------------+\n| {P('Leilani Kahananui')} | {C(card4)} |\n+------------------+------------------+")
    add("ip_audit", f"audit: user {U('m.okonjo')} changed payout bank details from {IP('102.89.34.211')} (residential ISP, Abuja) at 2026-11-25T23:02Z")
    add("yaml_oncall", f"oncall:\n  primary:\n    name: {P('Björn Ekström')}\n    phone: \"{T('+46 8 506 414 22')}\"\n  secondary:\n    name: {P('Aiyana Whitehorse')}\n    phone: \"{T('+1 306 555 0147')}\"")
    add("email_thread", f"From: {P('Rafael Quiñones')} <{E('rquinones@bufete-quinones.es')}>\nTo: {E('soporte@legaldesk.io')}\nSubject: Error al exportar expedientes\n\nBuenas tardes, desde ayer no puedo exportar. Mi usuario es {U('rquinones')}.")
    add("review_pii", review_comment("tests/fixtures/patients.json", 3, f"This fixture contains what looks like real patient data ({P('Ngozi Eze-Okafor')}, DOB {D('1972-10-14')}). Please replace with synthetic values."))
    add("mcp_issue", mcp_result(f"Issue #318: 'Login loop on mobile' opened by {U('kwame-asante')}\nBody: Reproducible for my account ({E('kwame.asante@proton.me')}). Phone for callback: {T('+233 24 771 9032')}."))
    add("de_rechnung", f"Rechnung an: Dr. {P('Wolfgang Pfeiffer')}, {A('Am Kirchberg 5, 01468 Moritzburg')} — Kreditkarte {C(grouped_card(luhn_complete('4', 16, g)))}")
    add("ssn_prose", f"My SSN is {m_ssn('287-61-4093')} and the portal keeps rejecting it for the loan deferment, can you check the validation regex?")
    add("hi_mixed", f"Namaste, mera naam {P('Rohit Malhotra')} hai, {A('Flat 402, Sai Residency, Baner Road, Pune 411045')} se. Mera number {T('+91 98220 41763')} hai.")
    add("ar_tenant", f"المستأجر: {P('ليلى حداد')}\nالهاتف: {T('+962 79 614 2280')}\nالبريد: {E('layla.haddad@gmail.com')}")
    add("notebook_dob", dumps({"cell_type": "code", "source": ["df[df.student_id == 'S-11872']"], "outputs": [{"output_type": "stream", "text": [f"   student_id        name         dob\n0  S-11872  {P('Mateus Carvalho')}  {D('2003-11-09')}\n"]}]}))
    add("whois_person", f"Registrant Name: {P('Petra Novotná')}\nRegistrant Street: {A('Vinohradská 1511/230, 100 00 Praha 10')}\nRegistrant Phone: {T('+420.603214877')}\nRegistrant Email: {E('petra.novotna@seznam.cz')}")
    add("zip_location", f"Delivery instructions for {P('Hemi Walker')}: leave with neighbour, {A('12 Rimu Street, Greytown 5712')}.")
    add("tg_export", f"{{\"from\": \"{P('Айгерим Садыкова')}\", \"from_id\": \"user4471029\", \"text\": \"Мой телефон {T('+7 701 554 2890')}, перезвоните по договору аренды\"}}")
    add("username_shell", shell("ssh " + U("okwuosa") + "@bastion.bank.local 'sudo -l'", f"User {U('okwuosa')} may run the following commands on bastion:\n    (root) NOPASSWD: /usr/bin/systemctl restart core-batch", prompt=f"{U('okwuosa')}@laptop:~$ "))
    add("sv_hyresgast", f"Hyresgästregister, export 2026-11-26\nNamn: {P('Åsa Lindgren-Mbeki')}\nAdress: {A('Tegnérgatan 8, 113 58 Stockholm')}\nTelefon: {T('070-318 44 92')}\nE-post: {E('asa.lindgren.mbeki@bredband.net')}")
    add("it_docente", f"Verbale consiglio di dipartimento: la prof.ssa {P('Giulia Scaramuzza')} ({E('giulia.scaramuzza@unipv.it')}) subentra come referente Erasmus; recapito {T('+39 0382 98 4417')}.")
    add("de_landwirt", f"Betriebsdaten Milchviehhof\nInhaber: {P('Hinrich Thießen')}\nHofadresse: {A('Dorfstraße 41, 25821 Bredstedt')}\nMobil: {T('0171 4428 310')}\nGeboren: {D('08.12.1969')}")
    add("zh_tenant", f"租户投诉记录：{P('欧阳志远')}，联系电话 {T('+86 139 2241 0873')}，住址 {A('深圳市南山区科技南十二路 18 号 3 栋 1204')}，反映电梯噪音。")
    add("ru_student", f"Студент {P('Тимур Рашидович Галиев')}, дата рождения {D('11.04.2005')}, e-mail {E('t.galiev@stud.kpfu.ru')} — просит перевести его в группу 11-402.")
    add("et_tenant", f"Üürnik: {P('Liisa Kask')}, isikukood puudub süsteemis; telefon {T('+372 5398 1147')}; e-post {E('liisa.kask@gmail.com')}.")
    return out


def m_ssn(v: str) -> str:
    from _markup import m
    return m("US_SSN", v)


def m_dl(v: str) -> str:
    from _markup import m
    return m("US_DRIVER_LICENSE", v)


def grouped4_15(v: str) -> str:
    return f"{v[:4]} {v[4:10]} {v[10:]}"


def grouped_card(v: str) -> str:
    return " ".join(v[i:i + 4] for i in range(0, 16, 4))


def grouped_iban(v: str) -> str:
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4))


def negatives(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(src: str, t: str) -> None:
        out.append((f"holdout23:{src}", t))

    add("git_show", shell("git show --stat HEAD", f"commit {g.s(HEX, 40)}\nMerge: 4be8d1c a07f93e\n\n    Merge pull request #412 from release/2026.11\n\n src/settlement/nordpool.py | 14 +++++++-------\n 1 file changed, 7 insertions(+), 7 deletions(-)"))
    add("env_example", "# .env.example — copy to .env and fill in\nTEMENOS_IRIS_PASSWORD=changeme\nSWISSPOST_CLIENT_SECRET=<your-client-secret>\nWISECONN_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nPROSPERA_PASSWORD=\nDEBUG=false")
    add("uuid_migration", f"-- 0042_add_lease_uuid.sql\nALTER TABLE leases ADD COLUMN public_id uuid NOT NULL DEFAULT gen_random_uuid();\nUPDATE leases SET public_id = '{g.uuid()}' WHERE id = 1; -- fixture row\nCREATE UNIQUE INDEX leases_public_id ON leases(public_id);")
    add("sha256sums", f"$ sha256sum dist/*\n{g.s(HEX, 64)}  dist/gridsync-2.4.1-py3-none-any.whl\n{g.s(HEX, 64)}  dist/gridsync-2.4.1.tar.gz")
    add("docker_pull", f"$ docker pull ghcr.io/tideshore/match-server:1.18.3\n1.18.3: Pulling from tideshore/match-server\nDigest: sha256:{g.s(HEX, 64)}\nStatus: Downloaded newer image for ghcr.io/tideshore/match-server:1.18.3")
    add("lockfile", f"[[package]]\nname = \"pandas\"\nversion = \"2.2.3\"\ndescription = \"Powerful data structures for data analysis\"\nfiles = [\n    {{file = \"pandas-2.2.3-cp312-cp312-manylinux_2_17_x86_64.whl\", hash = \"sha256:{g.s(HEX, 64)}\"}},\n]")
    add("es_prose_placeholder", "Para probar la integración con Redsys en local, pon `MERCHANT_KEY=<clave-de-pruebas>` (cópiala del portal de pruebas; nunca la de producción). En producción se lee de Vault.")
    add("k8s_get", shell("kubectl get pods -n grid-desk", "NAME                              READY   STATUS    RESTARTS   AGE\nsettlement-7f9c6d8b5-x2kqp       1/1     Running   0          3d4h\nnordpool-ingest-5c7d9f4b8-9hvzt  1/1     Running   2          3d4h\nredis-master-0                    1/1     Running   0          12d"))
    add("terraform_plan", "  # aws_secretsmanager_secret.temenos will be created\n  + resource \"aws_secretsmanager_secret\" \"temenos\" {\n      + arn         = (known after apply)\n      + name        = \"core/temenos/iris\"\n      + kms_key_id  = \"alias/core-banking\"\n    }\n\n  # aws_secretsmanager_secret_version.temenos will be created\n  + resource \"aws_secretsmanager_secret_version\" \"temenos\" {\n      + secret_string = (sensitive value)\n    }\n\nPlan: 2 to add, 0 to change, 0 to destroy.")
    add("zh_review", "代码评审意见：`getAccessToken()` 每次调用都会重新请求令牌，建议缓存到过期前 60 秒。另外 `TOKEN_URL` 常量可以放到配置里。整体看起来没问题，可以合并。")
    add("ru_tests", "pytest -q tests/test_tariffs.py\n........................................  [100%]\n40 passed in 1.82s\n\nВсе тесты тарифов прошли. Следующий шаг — добавить проверку на переход на зимнее время.")
    add("openapi", "components:\n  securitySchemes:\n    apiKeyAuth:\n      type: apiKey\n      in: header\n      name: X-Api-Key\n    oauth2:\n      type: oauth2\n      flows:\n        clientCredentials:\n          tokenUrl: https://auth.example.com/oauth2/token\n          scopes:\n            leases:read: Read leases")
    add("github_actions_masked", "Run ./scripts/deploy.sh\n  env:\n    PAYEER_SECRET: ***\n    TBANK_TERMINAL_PASSWORD: ***\nDeploying build 2026.11.26.3 to eu-central-1 ... done")
    add("hash_table", f"| file | md5 |\n|---|---|\n| harvest_2026.parquet | {g.s(HEX, 32)} |\n| yields_by_field.csv | {g.s(HEX, 32)} |")
    add("unity_meta", f"fileFormatVersion: 2\nguid: {g.s(HEX, 32)}\nTextureImporter:\n  internalIDToNameTable: []\n  serializedVersion: 12\n  mipmaps:\n    mipMapMode: 0")
    add("pbxproj", f"\t\t{g.s(HEXU, 24)} /* ContactCard.swift in Sources */ = {{isa = PBXBuildFile; fileRef = {g.s(HEXU, 24)} /* ContactCard.swift */; }};")
    add("sv_docs", "Kör `make migrate` innan du startar tjänsten. Miljövariabeln `SKV_CERT_PASSWORD` måste sättas i Azure Key Vault; lägg aldrig in den i appsettings. Se wiki-sidan \"Arbetsgivardeklaration – driftsättning\".")
    add("python_code", "class NodalClient:\n    def __init__(self, api_key: str, base_url: str = \"https://api.nodalexchange.com\") -> None:\n        self._api_key = api_key\n        self._base = base_url.rstrip(\"/\")\n\n    def _headers(self) -> dict[str, str]:\n        return {\"Authorization\": f\"Bearer {self._api_key}\"}")
    add("version_bump", "chore(deps): bump photon-realtime from 4.1.8.4 to 4.1.8.6\n\nBumps photon-realtime from 4.1.8.4 to 4.1.8.6.\n- Release notes: https://doc.photonengine.com/realtime/current/reference/release-notes\n\nSigned-off-by: dependabot[bot] <support@github.com>")
    add("de_meeting", "Protokoll Sprint-Review (KW 48): Redispatch-Import von TransnetBW läuft stabil, Latenz p95 bei 2,3 s. Offene Punkte: Umstellung auf mTLS, Monitoring-Dashboard in Grafana, Doku im Confluence-Bereich \"Netzführung\".")
    add("jwt_docs", "A JWT has three base64url parts separated by dots: header, payload and signature, e.g. `xxxxx.yyyyy.zzzzz`. Never log the full token; log the `jti` claim instead.")
    add("curl_placeholder", "curl -X POST https://api.example.com/v1/payouts \\\n  -H \"Authorization: Bearer $PAYOUT_TOKEN\" \\\n  -H 'Content-Type: application/json' \\\n  -d '{\"amount\": 1000, \"currency\": \"NGN\"}'")
    add("sql_schema", "CREATE TABLE tenants (\n  id bigserial PRIMARY KEY,\n  full_name text NOT NULL,\n  email citext UNIQUE,\n  phone text,\n  iban text,\n  created_at timestamptz DEFAULT now()\n);")
    add("ip_private_infra", "Nov 26 04:00:01 core-batch01 cron[8812]: (root) CMD (/opt/batch/eod.sh --node 10.20.4.11 --replica 10.20.4.12)\nNov 26 04:12:44 core-batch01 eod.sh[8813]: EOD completed for branch set GB0010001")
    add("it_readme", "## Configurazione\n\n1. Copia `config.sample.yaml` in `config.yaml`.\n2. Imposta `terna.client_secret` tramite la variabile d'ambiente `TERNA_CLIENT_SECRET`.\n3. Avvia con `docker compose up -d`.\n\nLa chiave di esempio `0000-0000-0000` non funziona in produzione.")
    add("csv_prices", "delivery_start,area,price_eur_mwh\n2026-11-27T00:00Z,NO1,41.20\n2026-11-27T00:00Z,SE3,38.75\n2026-11-27T00:00Z,FI,52.10\n2026-11-27T01:00Z,NO1,39.95")
    add("stacktrace", "Exception in thread \"main\" java.lang.IllegalStateException: Missing property 'planon.ws.password'\n\tat com.univnorth.fm.PlanonClient.<init>(PlanonClient.java:41)\n\tat com.univnorth.fm.Main.main(Main.java:17)")
    add("fake_card_docs", "For sandbox checkout use the test card 4242 4242 4242 4242 with any future expiry and any CVC; it never reaches a real network.")
    add("public_company", "Comparison for the board memo: Telefónica, Telenor and Swisscom all expose CAMARA-based network APIs; Vodafone and Deutsche Telekom joined the GSMA Open Gateway in 2023. Pricing is per API call.")
    add("ur_explainer", "یہ فنکشن کرایہ داروں کی فہرست سے ڈپلیکیٹ ریکارڈ ہٹاتا ہے۔ پہلے ای میل کو lowercase کریں، پھر `dedupe_on=['email']` استعمال کریں۔")
    add("am_explainer", "ይህ ስክሪፕት የእርሻ ምርት መረጃን ከCSV ፋይል ያነባል እና ወደ PostgreSQL ያስገባል። `--dry-run` አማራጭን በመጠቀም መጀመሪያ ይሞክሩ።")
    add("yo_explainer", "Ìṣẹ́ yìí máa ń ka àkọsílẹ̀ ìkórè láti inú fáìlì CSV, ó sì máa ń fi wọ́n sínú ibi ìpamọ́. Lo `--since` láti yan ọjọ́ ìbẹ̀rẹ̀.")
    add("ca_commit", "fix(matrícula): corregeix el càlcul de crèdits quan l'alumne té convalidacions parcials\n\nRefs #2207")
    add("et_log", "2026-11-26 08:15:03 INFO  arveldus: töödeldud 1 224 kirjet, vigu 0\n2026-11-26 08:15:03 INFO  arveldus: järgmine käivitus 2026-11-27 08:15")
    add("sr_note", "Напомена: API кључ се чита из променљиве окружења YETTEL_TOKEN. У репозиторијуму се налази само пример вредности `your-token-here`.")
    add("no_config", "[prisområder]\nstandard = NO1\ntillatte = NO1,NO2,NO3,NO4,NO5\noppdateringsintervall_min = 15\nkilde = https://www.nordpoolgroup.com/")
    add("gemini_ls", gemini_tool("list_directory", {"path": "/workspace/lease-portal"}, "Directory listing for /workspace/lease-portal:\n[DIR] src\n[DIR] tests\n.env.example\nDockerfile\npackage.json\nREADME.md"))
    add("copilot_review_ok", review_comment("src/billing/tariff.ts", 52, "Consider extracting `0.0825` into a named constant like `VAT_RATE_REDUCED` so the tariff table and the invoice renderer can't drift apart."))
    add("dockerfile", "FROM python:3.12-slim\nWORKDIR /app\nCOPY pyproject.toml poetry.lock ./\nRUN pip install --no-cache-dir poetry==1.8.4 && poetry install --only main\nCOPY . .\nENV PYTHONUNBUFFERED=1\nCMD [\"python\", \"-m\", \"gridsync\"]")
    add("amazonq_neg", amazonq("how do I rotate the Rentec API token?", "Generate a new token in the Rentec Direct settings, store it in AWS Secrets Manager under `property/rentec/token`, update the Lambda environment to reference the secret ARN, and then revoke the old token. No code change is needed if you already read it via `get_secret_value`."))
    add("example_email", "Notifications are sent from `no-reply@example.com` in staging; set `MAIL_FROM` to override. Test recipients use the `@example.org` domain, which never delivers.")
    add("aws_arn", "arn:aws:iam::123456789012:role/gridsync-settlement-runner\narn:aws:kms:eu-north-1:123456789012:key/mrk-1a2b3c4d5e6f")
    add("de_changelog", "## [2.5.0] – 2026-11-20\n### Geändert\n- Redispatch-Abruf nutzt jetzt Paging (`limit=500`).\n- Zeitzonen-Behandlung für die Sommerzeitumstellung korrigiert.\n### Entfernt\n- Veraltete SOAP-Schnittstelle.")
    add("sv_pr", "Den här PR:en lägger till en cache för tokenhämtningen mot Mimer. Inga hemligheter i koden; nyckeln läses från `MIMER_SUBSCRIPTION_KEY`. Testat lokalt med `pytest -k mimer`.")
    add("ja_notes", "メモ：在庫連携バッチは毎朝 5:00 JST に実行。失敗時は Slack の #ops-alerts に通知。設定値は `config/batch.toml` を参照。")
    add("ru_sql_plan", "EXPLAIN ANALYZE SELECT count(*) FROM readings WHERE ts > now() - interval '1 day';\n Aggregate  (cost=1843.21..1843.22 rows=1 width=8) (actual time=12.4..12.4 rows=1 loops=1)\n Planning Time: 0.210 ms\n Execution Time: 12.51 ms\n-- индекс по ts используется, всё нормально")
    add("semver_table", "| component | version | commit |\n|---|---|---|\n| match-server | 1.18.3 | 7be0d13 |\n| lobby-ui | 0.42.0 | a41c9e2 |\n| photon-plugin | 3.2.1 | 0cc5a48 |")
    return out
