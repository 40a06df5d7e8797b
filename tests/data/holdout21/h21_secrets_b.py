# ruff: noqa: E501, RUF001
"""Secret texts, second half: research computing, film/TV, car dealerships, regional payments,
telecom and logistics, AI platforms."""

from __future__ import annotations

import base64

from _markup import E, S, U
from _values import ALNUM, DIGITS, HEX, HEXU, LOWER, LOWNUM, UPNUM, Gen
from h21_carriers import (
    amp_tool,
    codex_exec,
    devin,
    dumps,
    gemini,
    jb_chat,
    oh_run,
    pr_body,
    review,
    tabnine,
    vs_chat,
    vsc_call,
    vsc_result,
)

B64URL = ALNUM + "-_"


def secrets_2(g: Gen) -> list[tuple[str, list[str], str]]:
    out: list[tuple[str, list[str], str]] = []

    def add(providers: list[str], t: str, full: list[str] | None = None) -> None:
        out.append(("holdout21:" + "+".join(providers), full or providers, t))

    # ---- university research computing
    add(["zenodo"], f"$ export ZENODO_TOKEN={S(g.mixed(ALNUM, 60))}\n$ python scripts/deposit.py --community tuni-hpc --file dataset_v3.tar.zst\nCreated deposition 14022871 (draft)")
    add(["openneuro"], f"[openneuro]\n# ~/.openneuro  (written by `openneuro login`)\nurl = https://openneuro.org/\napikey = {S(g.jwt(dumps({'sub': g.uuid(), 'provider': 'orcid', 'name': 'lab-uploader', 'admin': False, 'iat': 1795500000, 'exp': 1827036000}, separators=(',', ':'))))}", ["openneuro", "jwt"])
    add(["osf"], oh_run("osf -p k7x2q --username " + E("osf-bot@ulab.hr") + " fetch data/raw.csv", "Warning: OSF_TOKEN not set, falling back to password\nPassword: \nError: 401", 1) + "\n" + oh_run(f"export OSF_TOKEN={S(g.mixed(ALNUM, 70))} && osf -p k7x2q fetch data/raw.csv", "100%|██████████| 48.2M/48.2M"))
    add(["overleaf"], f"git clone https://git:{S('olp_' + g.mixed(ALNUM, 36))}@git.overleaf.com/6540a1c2f1d3b90013a7e512 thesis-latex")
    add(["physionet"], f"wget -r -N -c -np --user {U('mkaradzic')} --password '{S(g.password())}' https://physionet.org/files/mimic-iv-ecg/1.0/", ["physionet", "password"])
    add(["nersc", "slurm"], f"#!/bin/bash\n#SBATCH -A m4821 -q regular -N 4 -t 02:00:00\n# sfapi client (iris.nersc.gov), expires in 30 days\nexport SFAPI_CLIENT_ID=\"{g.s(LOWNUM, 16)}\"\nexport SFAPI_SECRET='{S(dumps({'kty': 'RSA', 'n': g.b64(96, urlsafe=True).rstrip('='), 'e': 'AQAB', 'd': g.b64(96, urlsafe=True).rstrip('=')}, separators=(',', ':')))}'\nexport SLURM_JWT={S(g.jwt(dumps({'exp': 1795600000, 'iat': 1795596400, 'sun': 'kmoradi'}, separators=(',', ':'))))}\nsrun python train.py", ["nersc", "slurm", "jwt"])
    add(["seqera"], f"tower {{\n  accessToken = '{S('eyJ0aWQiOiA' + g.mixed(ALNUM, 40) + '==')}'\n  workspaceId = '{g.s(DIGITS, 15)}'\n  enabled = true\n}}\nprocess.executor = 'slurm'\nprocess.queue = 'long'")
    add(["synapse"], f"Synapse ayarları (~/.synapseConfig):\n\n[authentication]\nusername = {U('ayse.kocabiyik')}\nauthtoken = {S(g.jwt(dumps({'access': {'scope': ['view', 'download'], 'oidc_claims': {}}, 'token_type': 'PERSONAL_ACCESS_TOKEN', 'iss': 'https://repo-prod.prod.sagebase.org/auth/v1', 'aud': '0', 'sub': '3451290'}, separators=(',', ':'))))}\n\nBu token ile `synapse get syn52210933` 403 veriyor, neden olabilir?", ["synapse", "jwt"])
    add(["tiledb"], f"import tiledb\ncfg = tiledb.Config({{\n    \"rest.token\": \"{S(g.mixed(ALNUM, 64))}\",\n    \"rest.server_address\": \"https://api.tiledb.com\",\n}})\nA = tiledb.open(\"tiledb://genomics-lab/gnomad_v4_chr21\", ctx=tiledb.Ctx(cfg))")
    add(["positconnect"], f"rsconnect add --server https://connect.stat.uni-lj.si --name statlab --api-key {S(g.mixed(ALNUM, 32))}\nChecking https://connect.stat.uni-lj.si... \u2713\nChecking API key... \u2713\nUpdated Connect server \"statlab\" with URL https://connect.stat.uni-lj.si")
    add(["sevenbridges", "reana"], f"[default]\napi_endpoint = https://cgc-api.sbgenomics.com/v2\nauth_token   = {S(g.s(HEX, 32))}\n\n# reana\nexport REANA_SERVER_URL=https://reana.cern.ch\nexport REANA_ACCESS_TOKEN={S(g.mixed(B64URL, 22))}")
    add(["noaa", "usgs"], f"उद्या सकाळी हवामान डेटा डाउनलोड करण्यासाठी हे टोकन वापरा: NOAA CDO टोकन `{S(g.mixed(ALNUM, 32))}` आणि USGS M2M ऍप्लिकेशन टोकन `{S(g.mixed(ALNUM + '@!_', 64))}`. हे कोणालाही पाठवू नका.")
    add(["webofscience"], gemini(f"Clarivate gave us this Web of Science Starter key: {S(g.s(HEX, 40))}. Write a function that fetches all records for an ORCID and handles 429s.", "Here is `fetch_records(orcid)` that reads `WOS_API_KEY` from the environment (please don't paste the real key into code) and backs off exponentially on 429 responses."))
    add(["xnat", "omero"], f"xnat:\n  host: https://xnat.neuro.ku.lt\n  user: {U('pipeline')}\n  password: {S(g.password())}\nomero:\n  host: omero.bioimaging.ku.lt\n  port: 4064\n  session_key: {S(g.uuid())}", ["xnat", "omero", "password"])
    add(["renku"], f"// .vscode/settings.json — prašau nekelti į git!\n{{\n  \"renku.gitlab.token\": \"{S('glpat-' + g.mixed(B64URL, 20))}\",\n  \"renku.endpoint\": \"https://renkulab.io\"\n}}")

    # ---- film and TV production
    add(["shotgrid"], f"import shotgun_api3\nsg = shotgun_api3.Shotgun(\n    \"https://lanternfish-vfx.shotgrid.autodesk.com\",\n    script_name=\"publish_hook\",\n    api_key=\"{S(g.s(LOWER, 7) + '-' + g.mixed(ALNUM, 16))}\",\n)\nshots = sg.find(\"Shot\", [[\"project.Project.name\", \"is\", \"Northern Tide S2\"]], [\"code\", \"sg_status_list\"])")
    add(["studiobinder", "wrapbook"], f"STUDIOBINDER_API_KEY={S(g.mixed(ALNUM, 40))}\nWRAPBOOK_CLIENT_SECRET={S(g.s(HEX, 64))}\nWRAPBOOK_COMPANY_ID=cmp_8821")
    add(["setkeeper", "yamdu"], f"Hola equipo, para la migración de la serie \"Los Médanos\" necesito que el bot lea los calendarios.\nSetKeeper: usuario {E('produccion@medanosfilms.com.ar')} / clave {S(g.password())}\nYamdu token: {S(g.s(HEX, 40))}\nNo lo reenvíen, lo roto el viernes.", ["setkeeper", "yamdu", "password"])
    add(["screenlight", "pix"], f"screenlight_upload:\n  endpoint: https://api.screenlight.tv/v2/uploads\n  token: {S(g.mixed(ALNUM, 48))}\npix_dailies:\n  server: https://project.pixsystem.com\n  login: {U('dit_cart02')}\n  api_secret: {S(g.s(HEX, 32))}")
    add(["trint", "verbit"], codex_exec(["bash", "-lc", "grep -rn 'api_key' post/transcribe/"], f"post/transcribe/trint.py:9:    api_key = \"{S(g.mixed(ALNUM, 40))}\"\npost/transcribe/verbit.py:14:VERBIT_API_KEY = \"{S(g.uuid())}\"\n"))
    add(["synthesia"], f"curl -X POST https://api.synthesia.io/v2/videos \\\n  -H \"Authorization: {S(g.s(HEX, 32))}\" \\\n  -H \"Content-Type: application/json\" \\\n  -d '{{\"test\":true,\"title\":\"Onboarding FI\",\"input\":[{{\"scriptText\":\"Tervetuloa tuotantoon!\",\"avatar\":\"anna_costume1_cameraA\"}}]}}'")
    add(["veed", "vidyard"], f"| tool | env var | value |\n|------|---------|-------|\n| VEED | VEED_API_KEY | {S(g.mixed(ALNUM, 36))} |\n| Vidyard | VIDYARD_ACCESS_TOKEN | {S(g.mixed(ALNUM, 32))} |\n| Frame.io | FRAMEIO_TOKEN | `${{{{ secrets.FRAMEIO_TOKEN }}}}` |")
    add(["trakt", "thetvdb"], f"# kodi addon settings.xml\n<settings version=\"2\">\n  <setting id=\"trakt_client_id\">{g.s(HEX, 64)}</setting>\n  <setting id=\"trakt_client_secret\">{S(g.s(HEX, 64))}</setting>\n  <setting id=\"tvdb_apikey\">{S(g.uuid())}</setting>\n  <setting id=\"tvdb_pin\" default=\"true\"></setting>\n</settings>")
    add(["omdb", "opensubtitles"], f"在 Traditional Chinese 字幕流程裡，我把金鑰寫在這裡了：\n\nOMDB_KEY = \"{S(g.s(HEX, 8))}\"\nOPENSUBTITLES_API_KEY = \"{S(g.mixed(ALNUM, 32))}\"\n\n請幫我改成從環境變數讀取，謝謝。")
    add(["panopto"], f"<appSettings>\n  <add key=\"Panopto:Host\" value=\"mediasite.filmakademie.example\" />\n  <add key=\"Panopto:ClientId\" value=\"{g.uuid()}\" />\n  <add key=\"Panopto:ClientSecret\" value=\"{S(g.b64(33))}\" />\n</appSettings>")
    add(["telestream", "signiant"], f"2026-11-25 19:02:11 vantage-wf[8812] POST https://vantage01.post.local/Rest/Jobs key={S(g.s(HEX, 32))}\n2026-11-25 19:02:12 signiant-jet INFO using client_secret={S(g.mixed(ALNUM, 44))} for job 'Dailies_EP204'")
    add(["wetransfer", "wiredrive"], vsc_result(f"WETRANSFER_API_KEY={S(g.mixed(ALNUM, 40))}\nWIREDRIVE_USER={E('assist.editor@orcafilm.no')}\nWIREDRIVE_PASSWORD={S(g.password())}\n"), ["wetransfer", "wiredrive", "password"])
    add(["zype", "uscreen"], f"module.exports = {{\n  zype: {{ apiKey: '{S(g.mixed(B64URL, 64))}', appKey: '{g.mixed(B64URL, 40)}' }},\n  uscreen: {{ publisherToken: '{S(g.s(HEX, 40))}' }},\n}};")
    add(["wurl"], f"Wurl FAST channel ingest — bearer {S(g.mixed(ALNUM, 48))} — channel 'Retro Cartoons LATAM'")

    # ---- car dealerships
    add(["reynolds"], jb_chat([("me", f"The Reynolds RCI call fails with 'invalid dealer credentials'. Here's application-prod.yml:\n```yaml\nreynolds:\n  dealer-number: 04412-19\n  store-id: STR03\n  username: {U('bmw-otaniemi-api')}\n  password: '{S(g.password())}'\n  subscription-key: {S(g.s(HEX, 32))}\n```"), ("ai", "The dealer number needs the branch suffix separated by a space, not a dash. Also move the password and subscription key into the vault.")]), ["reynolds", "password"])
    add(["tekion", "vauto"], f"TEKION_APP_ID=autoplaza-inventory\nTEKION_SECRET_KEY={S(g.mixed(ALNUM, 48))}\nVAUTO_SFTP_USER={U('autoplaza_feed')}\nVAUTO_SFTP_PASS={S(g.password())}", ["tekion", "vauto", "password"])
    add(["vinsolutions", "xtime"], f"{{\n  \"vinSolutions\": {{ \"apiKey\": \"{S(g.mixed(ALNUM, 32))}\", \"dealerId\": 28841 }},\n  \"xtime\": {{ \"clientSecret\": \"{S(g.mixed(ALNUM, 40))}\", \"webKey\": \"xtm-wk-772\" }}\n}}")
    add(["routeone"], review("src/finance/routeone_client.ts", 31, [("pdiazcoria", f"`const ROUTEONE_PARTNER_SECRET = \"{S(g.s(HEX, 40))}\"` — esto es la clave real de producción, ¿no? Sácala de aquí por favor."), ("copilot-swe-agent", "Moved to `process.env.ROUTEONE_PARTNER_SECRET` in 4a1e7c2 and added it to the deployment secrets.")]))
    add(["roadster", "purecars"], f"$ heroku config -a dealer-sites-prod | grep -Ei 'roadster|purecars'\nPURECARS_API_KEY:      {S(g.mixed(ALNUM, 36))}\nROADSTER_EXPRESS_TOKEN: {S('rdst_' + g.mixed(ALNUM, 32))}")
    add(["tradepending", "spyne"], f"Olá! Deixo aqui as chaves para o widget de retoma do stand de Braga:\n- TradePending: {S(g.s(HEX, 32))}\n- Spyne (fotos 360): {S(g.uuid())}\nDepois apagamos esta mensagem.")
    add(["openlane", "vinaudit"], f"// dealer-tools/auction.go\nconst (\n\topenlaneBase   = \"https://api.openlane.com/v1\"\n\topenlaneSecret = \"{S(g.mixed(ALNUM, 40))}\"\n\tvinAuditKey    = \"{S(g.s(UPNUM, 15))}\"\n)")
    add(["otonomo", "wejo", "zubie"], f"fleet_connectors:\n  otonomo: {{client_id: fl-77, client_secret: {S(g.mixed(ALNUM, 40))}}}\n  wejo: {{api_key: {S(g.uuid())}}}\n  zubie: {{token: {S(g.s(HEX, 40))}}}")
    add(["turo", "volvocars"], f"Turo host API token {S(g.mixed(ALNUM, 40))} i Volvo Cars vcc-api-key {S(g.s(HEX, 32))} — sada ih stavi u .env.local i nemoj ih commitati, molim te.")

    # ---- regional payments
    add(["nequi", "niubiz"], f"NEQUI_CLIENT_ID={g.mixed(ALNUM, 26)}\nNEQUI_CLIENT_SECRET={S(g.mixed(ALNUM, 52))}\nNEQUI_API_KEY={S(g.mixed(ALNUM, 40))}\nNIUBIZ_USER={E('integraciones@farmaciasandinas.pe')}\nNIUBIZ_PASSWORD={S(g.password())}\nNIUBIZ_MERCHANT_ID=341198097", ["nequi", "niubiz", "password"])
    add(["openpay"], f"$openpay = Openpay::getInstance('m{g.s(LOWNUM, 19)}', '{S('sk_' + g.s(HEX, 32))}', 'MX');\n$charge = $openpay->charges->create($chargeRequest);")
    add(["pagseguro", "picpay"], f"spring.pagseguro.token={S(g.s(HEXU, 32))}\nspring.pagseguro.email={E('financeiro@clinicavida.com.br')}\npicpay.x-picpay-token={S(g.uuid())}\npicpay.x-seller-token={S(g.uuid())}")
    add(["paygate", "peachpayments", "ozow"], f"# ZA gateways — from the ops vault export\nPAYGATE_ID=10011072130\nPAYGATE_ENCRYPTION_KEY={S(g.mixed(ALNUM, 16))}\nPEACH_ENTITY_ID={g.s(HEX, 32)}\nPEACH_ACCESS_TOKEN={S(g.b64(45))}\nOZOW_SITE_CODE=BOK-MED-001\nOZOW_PRIVATE_KEY={S(g.s(HEX, 32))}\nOZOW_API_KEY={S(g.s(HEX, 32))}")
    add(["yoco"], f"await fetch('https://payments.yoco.com/api/checkouts', {{ method: 'POST', headers: {{ Authorization: 'Bearer {S('sk_live_' + g.s(HEX, 40))}' }}, body: JSON.stringify({{ amount: 45000, currency: 'ZAR' }}) }});")
    add(["transbank"], f"# config/initializers/transbank.rb\nTransbank::Webpay::WebpayPlus::Transaction.new(::Transbank::Common::Options.new(\n  '597055555532',\n  '{S(g.s(HEX, 64).upper())}',\n  :production\n))")
    add(["scalapay", "sezzle"], f"Scalapay live key: {S(g.mixed(LOWNUM, 30))}\nSezzle private key: {S('sz_sk_' + g.mixed(ALNUM, 32))}\nEntrambe nel canale #pagamenti per errore — le ruotiamo oggi pomeriggio.")
    add(["twint", "postfinance"], f"twint.merchant.uuid={g.uuid()}\ntwint.certificate.password={S(g.password())}\npostfinance.pspid=APOTHEKE_ZH\npostfinance.sha-in={S(g.mixed(ALNUM + '!?', 32))}\npostfinance.api.userid={U('api_apo_zh')}\npostfinance.api.password={S(g.password())}", ["twint", "postfinance", "password"])
    add(["unzer", "ratepay"], f"UNZER_PRIVATE_KEY=s-priv-{S(g.mixed(ALNUM, 32))}".replace("s-priv-⟦SECRET|", "⟦SECRET|s-priv-") + f"\nRATEPAY_PROFILE_ID=INTEGRATION_TE_DACH\nRATEPAY_SECURITY_CODE={S(g.s(HEX, 32))}")
    add(["novalnet", "payone"], f"<?php\nreturn [\n    'novalnet' => ['product_activation_key' => '{S(g.s(HEX, 32))}', 'payment_access_key' => '{S(g.s(HEX, 32))}'],\n    'payone' => ['mid' => '42877', 'portalid' => '2036911', 'key' => '{S(g.mixed(ALNUM, 16))}'],\n];")
    add(["volt", "ponto"], amp_tool("Bash", {"cmd": "cat .env.staging"}, f"VOLT_CLIENT_ID={g.uuid()}\nVOLT_CLIENT_SECRET={S(g.mixed(ALNUM, 40))}\nVOLT_NOTIFICATION_SECRET={S(g.s(HEX, 32))}\nPONTO_CLIENT_SECRET={S(g.mixed(ALNUM, 44))}\n"))
    add(["newebpay", "pxpay", "tappay"], f"# 金流設定（正式環境）\nNEWEBPAY_MERCHANT_ID=MS3511234567\nNEWEBPAY_HASH_KEY={S(g.mixed(ALNUM, 32))}\nNEWEBPAY_HASH_IV={S(g.mixed(ALNUM, 16))}\nPXPAY_API_KEY={S(g.s(HEX, 40))}\nPXPAY_SECRET_KEY={S(g.s(HEX, 64))}\nTAPPAY_PARTNER_KEY={S('partner_' + g.mixed(ALNUM, 56))}")
    add(["nicepay", "portone", "payco"], f"// 결제 모듈 설정 — 운영 키입니다. 절대 커밋 금지!\nexport const payments = {{\n  nicepay: {{ clientKey: 'R2_{g.s(HEX, 32)}', secretKey: '{S(g.s(HEX, 32))}' }},\n  portone: {{ apiSecret: '{S(g.mixed(ALNUM, 80))}' }},\n  payco: {{ sellerKey: 'S0FSJE', clientSecret: '{S(g.mixed(ALNUM, 32))}' }},\n}};")
    add(["paymaya", "paynamics"], f"Hi Copilot, bakit 401 ang sagot ng Maya checkout? Ito yung gamit ko:\n\nMAYA_PUBLIC_KEY=pk-{g.mixed(ALNUM, 43)}\nMAYA_SECRET_KEY={S('sk-' + g.mixed(ALNUM, 43))}\nPAYNAMICS_MERCHANT_KEY={S(g.s(HEXU, 32))}\n\nNasa sandbox ba ako o production?")
    add(["zalopay", "payoo"], f"ZALOPAY_APP_ID=2553\nZALOPAY_KEY1={S(g.mixed(ALNUM, 32))}\nZALOPAY_KEY2={S(g.mixed(ALNUM, 32))}\nPAYOO_API_USERNAME={U('nhathuoc_api')}\nPAYOO_API_PASSWORD={S(g.password())}\nPAYOO_CHECKSUM_KEY={S(g.s(HEX, 40))}", ["zalopay", "payoo", "password"])
    add(["zarinpal", "zibal", "payping"], f"کلیدهای درگاه پرداخت داروخانه آنلاین:\nmerchant_id زرین‌پال: {S(g.uuid())}\nزیبال: {S(g.s(HEX, 24))}\nتوکن پی‌پینگ: {S(g.s(HEX, 64))}\nلطفاً این‌ها را در فایل تنظیمات production قرار بده، نه در کد.")
    add(["paytr", "papara", "sipay"], f"paytr:\n  merchant_id: \"488213\"\n  merchant_key: \"{S(g.mixed(ALNUM, 16))}\"\n  merchant_salt: \"{S(g.mixed(ALNUM, 16))}\"\npapara:\n  api_key: \"{S(g.b64(48))}\"\nsipay:\n  app_secret: \"{S(g.s(HEX, 32))}\"  # eczane-online prod")
    add(["paga", "remita", "palmpay"], devin(["ubuntu@devin-box:~/pharm-ng$ grep -E 'PAGA|REMITA|PALMPAY' .env", f"PAGA_PUBLIC_KEY=B2C0F1E1-3D9A-4F44-8E56-{g.s(HEXU, 12)}", f"PAGA_SECRET_KEY={S(g.mixed(ALNUM, 32))}", f"REMITA_API_KEY={S(g.s(UPNUM, 16))}", f"PALMPAY_PRIVATE_KEY={S(g.b64(64))}"]))
    add(["safaricom"], f"# Daraja (M-Pesa) credentials — clinic till 522533\nconsumer_key = \"{S(g.mixed(ALNUM, 48))}\"\nconsumer_secret = \"{S(g.mixed(ALNUM, 64))}\"\npasskey = \"{S(g.s(HEX, 64))}\"\nshortcode = \"522533\"")
    add(["telr", "urway", "stcpay"], f"{{\"telr\":{{\"store_id\":\"27841\",\"auth_key\":\"{S(g.mixed(ALNUM + '-~', 16))}\"}},\"urway\":{{\"terminal_id\":\"pharmz01\",\"password\":\"{S(g.password())}\",\"merchant_key\":\"{S(g.s(HEX, 64))}\"}},\"stcpay\":{{\"merchant_id\":\"61234\",\"cert_pass\":\"{S(g.password())}\"}}}}", ["telr", "urway", "stcpay", "password"])
    add(["ngenius"], f"N-Genius API key (outlet Dubai Marina): {S(base64.b64encode((g.uuid() + ':' + g.uuid()).encode()).decode())}")

    # ---- telecom / messaging
    add(["nexmo", "routee"], f"NEXMO_API_KEY={S(g.s(HEX, 8))}\nNEXMO_API_SECRET={S(g.mixed(ALNUM, 16))}\nROUTEE_APP_ID={g.s(HEX, 24)}\nROUTEE_APP_SECRET={S(g.mixed(ALNUM, 10))}")
    add(["smsglobal", "spryng", "seven"], f"$ cat sms_providers.csv\nprovider,account,key,secret\nsmsglobal,pharm-au,{g.s(HEX, 32)},{S(g.s(HEX, 32))}\nspryng,apotheek-nl,,{S(g.mixed(ALNUM, 40))}\nseven,praxis-de,,{S(g.mixed(ALNUM, 64))}")
    add(["ultramsg", "wassenger"], f"Ini token WhatsApp gateway kita: UltraMsg instance48211 token {S(g.mixed(LOWNUM, 16))}, Wassenger {S(g.s(HEX, 64))}. Tolong jangan dicommit ya.")
    add(["zenziva", "semaphore"], f"ZENZIVA_USERKEY={S(g.s(LOWNUM, 12))}\nZENZIVA_PASSKEY={S(g.mixed(ALNUM, 20))}\nSEMAPHORE_API_KEY={S(g.s(HEX, 32))}\nSEMAPHORE_SENDER=BOTIKA")
    add(["smsportal", "telstra"], f"ZA: SMSPortal client {g.uuid()} secret {S(g.mixed(ALNUM, 40))}\nAU: Telstra Messaging client_id {g.mixed(ALNUM, 32)} client_secret {S(g.mixed(ALNUM, 16))}")
    add(["netgsm", "smsir"], f"NETGSM_USERCODE=8503051234\nNETGSM_PASSWORD={S(g.password())}\nSMSIR_API_KEY={S(g.mixed(ALNUM, 64))}", ["netgsm", "smsir", "password"])
    add(["orange", "taqnyat"], vsc_call("run_in_terminal", {"command": f"curl -X POST https://api.orange.com/oauth/v3/token -H 'Authorization: Basic {S(g.b64(63))}' -d grant_type=client_credentials && curl -H 'Authorization: Bearer {S(g.s(HEX, 32))}' https://api.taqnyat.sa/account/balance", "explanation": "Get an Orange SMS token and check the Taqnyat balance", "isBackground": False}))

    # ---- logistics
    add(["ninjavan", "nzpost"], f"ninjavan:\n  country: ph\n  client_id: {g.s(HEX, 32)}\n  client_secret: {S(g.s(HEX, 32))}\nnzpost:\n  client_id: {g.s(HEX, 32)}\n  client_secret: {S(g.mixed(ALNUM, 32))}")
    add(["omniva", "venipak"], f"Omniva API naudotojas: {U('7390182')}, slaptažodis: {S(g.password())}\nVenipak API raktas: {S(g.mixed(ALNUM, 32))}\nPrašau sukonfigūruoti WooCommerce įskiepį su šiais duomenimis.", ["omniva", "venipak", "password"])
    add(["posti", "postat"], f"POSTI_API_USER={U('apteekki-lahetys')}\nPOSTI_API_PASSWORD={S(g.password())}\nPOST_AT_CLIENT_ID=80112\nPOST_AT_GUID={S(g.uuid())}", ["posti", "postat", "password"])
    add(["sfexpress", "yunexpress", "zto"], f"[logistics.sfexpress]\npartner_id = \"HKPHARM01\"\nchecksum = \"{S(g.mixed(ALNUM, 32))}\"\n[logistics.yunexpress]\ncustomer = \"C88021\"\napi_secret = \"{S(g.mixed(ALNUM, 24))}\"\n[logistics.zto]\ncompany_id = \"{g.s(HEX, 32)}\"\nkey = \"{S(g.s(HEX, 16))}\"")
    add(["novaposhta", "ukrposhta"], f"Ключ API Нової пошти: {S(g.s(HEX, 32))}\nУкрпошта bearer: {S(g.uuid())}, counterparty token: {S(g.uuid())}\nДодай їх у secrets.json для аптечного бота, будь ласка.")
    add(["pplcz", "shoptet"], f"Ahoj, nastavuju napojení e-shopu na PPL. Klíče:\nPPL_CLIENT_ID=myapi-lekarna\nPPL_CLIENT_SECRET={S(g.mixed(ALNUM, 32))}\nSHOPTET_API_TOKEN={S(g.s(DIGITS, 6) + '-p-' + g.s(DIGITS, 6) + '-' + g.s(HEX, 32))}\nMůžeš mi napsat PHP třídu, která vytvoří zásilku?")
    add(["smsa", "speedy", "sameday"], f"carrier,username,password,extra\nsmsa,{U('PHARMKSA')},{S(g.password())},passkey={S(g.mixed(ALNUM, 12))}\nspeedy,{U('1998120')},{S(g.s(DIGITS, 10))},\nsameday,{U('farmacia_ro_api')},{S(g.password())},", ["smsa", "speedy", "sameday", "password"])
    add(["webfleet", "wialon", "navixy"], f"// telematics for the dealership loaners\nconst WEBFLEET = {{ account: 'autohaus-rems', user: '{U('api-loaner')}', password: '{S(g.password())}', apikey: '{S(g.uuid())}' }};\nconst WIALON_TOKEN = '{S(g.s(HEX, 72))}';\nconst NAVIXY_HASH = '{S(g.s(HEX, 32))}';", ["webfleet", "wialon", "navixy", "password"])
    add(["workwave", "quiqup", "porter"], f"WORKWAVE_KEY={S(g.uuid())}\nQUIQUP_CLIENT_SECRET={S(g.mixed(ALNUM, 44))}\nPORTER_API_KEY={S(g.mixed(ALNUM, 36))}")
    add(["shipsy", "xpressbees", "nimbuspost"], f"పంపిణీ సేవల కోసం కీలు (ఫార్మసీ యాప్):\nShipsy API key: {S(g.s(HEX, 32))}\nXpressbees టోకెన్: {S(g.mixed(ALNUM, 40))}\nNimbusPost పాస్‌వర్డ్: {S(g.password())}\nదయచేసి వీటిని కోడ్‌లో పెట్టకండి.", ["shipsy", "xpressbees", "nimbuspost", "password"])

    # ---- regional SaaS, accounting and KYC
    add(["netvisor", "procountor"], f"netvisor:\n  sender: Apteekkiketju\n  customer_id: NVAPT-0042\n  customer_key: {S(g.s(HEX, 32))}\n  partner_id: KAS\n  partner_key: {S(g.s(HEX, 32))}\nprocountor:\n  client_secret: {S(g.mixed(ALNUM + '_', 32))}\n  api_key: {S(g.uuid())}")
    add(["pensopay", "onpay", "scanpay"], f"PENSOPAY_API_KEY={S(g.s(HEX, 64))}\nONPAY_GATEWAY_ID=21048\nONPAY_WINDOW_SECRET={S(g.s(HEX, 40))}\nSCANPAY_APIKEY={S(g.s(DIGITS, 5) + ':' + g.mixed(ALNUM + '+/', 64))}\n# Apoteket Nørrebro webshop")
    add(["uniconta", "webshipper"], f"Uniconta: bruger {U('api@fysio-aarhus')} adgangskode {S(g.password())} — Webshipper token {S(g.s(HEX, 64))}", ["uniconta", "webshipper", "password"])
    add(["sibs", "vendus", "toconline"], f"SIBS_TERMINAL_ID=60021\nSIBS_CLIENT_ID={g.uuid()}\nSIBS_BEARER_TOKEN={S('0276b80f8a' + g.s(HEX, 30) + '.eyJ' + g.mixed(ALNUM, 60))}\nVENDUS_API_KEY={S(g.s(HEX, 32))}\nTOCONLINE_CLIENT_SECRET={S(g.mixed(ALNUM, 40))}")
    add(["siigo", "starken", "servientrega"], f"La integración con Siigo Nube usa usuario {E('api@drogueriaelpuente.co')} y access key {S(g.b64(48))}; Starken (Chile) token de integración {S(g.s(HEX, 40))}; Servientrega login {U('WS_ELPUENTE')} / {S(g.password())}.", ["siigo", "starken", "servientrega", "password"])
    add(["solapi", "ncloud"], f"SOLAPI_API_KEY={S('NCS' + g.s(UPNUM, 13))}\nSOLAPI_API_SECRET={S(g.s(UPNUM, 32))}\nNCLOUD_ACCESS_KEY={S(g.s(UPNUM, 20))}\nNCLOUD_SECRET_KEY={S(g.mixed(ALNUM, 40))}")
    add(["nhncloud", "payuni", "shopline"], oh_run("cat config/prod.properties", f"nhncloud.appkey={S(g.mixed(ALNUM, 16))}\nnhncloud.secretkey={S(g.mixed(ALNUM, 8))}\npayuni.hashkey={S(g.mixed(ALNUM, 32))}\npayuni.hashiv={S(g.mixed(ALNUM, 16))}\nshopline.access-token={S(g.s(HEX, 64))}\n"))
    add(["setu", "signzy", "surepass"], f"setu.client-id={g.uuid()}\nsetu.client-secret={S(g.uuid())}\nsignzy.access-token={S(g.mixed(ALNUM, 64))}\nsurepass.bearer={S(g.jwt(dumps({'fresh': False, 'iat': 1795000000, 'jti': g.uuid(), 'type': 'access', 'identity': 'dev.medplus@surepass.io'}, separators=(',', ':'))))}", ["setu", "signzy", "surepass", "jwt"])
    add(["ozonetel", "sarvam", "olamaps"], tabnine(f"sarvam ka API subscription key {S('sk_' + g.mixed(LOWNUM, 8) + '_' + g.mixed(ALNUM, 24))} hai aur Ozonetel ka {S(g.s(HEX, 32))}; Ola Maps {S(g.mixed(ALNUM, 40))}. Inko config me daal do, lekin code me nahi", "Theek hai — maine `config/secrets.example.env` me placeholders daale hain aur asli values ko `.env` (gitignored) se load kiya hai."))
    add(["zaakpay", "perfios"], f"zaakpay.merchantIdentifier={g.s(HEX, 32)}\nzaakpay.secretKey={S(g.s(HEX, 32))}\nperfios.vendorId=medlend\nperfios.privateKey=\"{S(g.pem('RSA PRIVATE KEY', 6))}\"", ["zaakpay", "perfios", "pem"])

    # ---- AI platforms
    add(["nlpcloud", "octoai", "predibase"], f"NLPCLOUD_TOKEN={S(g.s(HEX, 40))}\nOCTOAI_TOKEN={S(g.jwt(dumps({'typ': 1, 'sub': g.uuid(), 'iss': 'https://api.octoai.cloud'}, separators=(',', ':'))))}\nPREDIBASE_API_TOKEN={S('pb_' + g.mixed(ALNUM, 22))}", ["nlpcloud", "octoai", "predibase", "jwt"])
    add(["zhipu", "stepfun", "siliconflow"], f"# llm_router.py\nPROVIDERS = {{\n    \"zhipu\": {{\"base\": \"https://open.bigmodel.cn/api/paas/v4\", \"key\": \"{S(g.s(HEX, 32) + '.' + g.mixed(ALNUM, 16))}\"}},\n    \"stepfun\": {{\"base\": \"https://api.stepfun.com/v1\", \"key\": \"{S(g.mixed(ALNUM, 64))}\"}},\n    \"siliconflow\": {{\"base\": \"https://api.siliconflow.cn/v1\", \"key\": \"{S('sk-' + g.s(LOWER, 48))}\"}},\n}}")
    add(["vastai", "sensenova"], f"$ vastai set api-key {S(g.s(HEX, 64))}\nYour api key has been saved in /home/{U('ngozi')}/.config/vastai/vast_api_key\n$ export SENSENOVA_SECRET_KEY={S(g.mixed(ALNUM, 32))}")
    add(["openssh"], pr_body("Add deploy key for the lab cluster mirror", f"Adds `deploy/id_ed25519` so the mirror job can push to the cluster. (Reviewer note: this commits a private key.)\n\n```\n{S(g.openssh())}\n```"), ["pem"])
    add(["generic"], f"Aqui está a palavra-passe do servidor de testes da farmácia, já que perguntaste: {S(g.password())} — utilizador {U('farmacia-qa')}. Não partilhes fora da equipa.", ["password"])
    add(["generic"], vs_chat([("me", f"Can you fix the 403? I'm passing `X-Internal-Key: {S(g.mixed(ALNUM, 48))}` to our dealership inventory service"), ("ai", "The service expects the header name `X-Internal-Api-Key`. Also consider reading the key from user secrets instead of typing it into requests.")]), ["generic"])
    return out
