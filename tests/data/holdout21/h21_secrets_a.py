# ruff: noqa: E501, RUF001
"""Secret texts, first half: smart home/IoT, fitness, pharmacies, security operations."""

from __future__ import annotations

from _markup import E, S, U, shell
from _values import ALNUM, DIGITS, HEX, HEXU, LOWNUM, UPNUM, UPPER, Gen
from h21_carriers import (
    aider,
    amazonq,
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
)

B64URL = ALNUM + "-_"


def secrets_1(g: Gen) -> list[tuple[str, list[str], str]]:
    out: list[tuple[str, list[str], str]] = []

    def add(providers: list[str], t: str, full: list[str] | None = None) -> None:
        out.append(("holdout21:" + "+".join(providers), full or providers, t))

    # ---- smart home / IoT firmware
    add(["nanoleaf"], vsc_call("run_in_terminal", {"command": f"curl -s -X PUT http://192.168.1.77:16021/api/v1/{S(g.mixed(ALNUM, 32))}/state -d '{{\"on\":{{\"value\":true}}}}'", "explanation": "Turn the Nanoleaf panels on to check the auth token still works", "isBackground": False}))
    add(["netatmo"], f"# homebridge-weather/config.json (excerpt)\n{{\n  \"platform\": \"NetatmoWeather\",\n  \"client_id\": \"{g.s(HEX, 24)}\",\n  \"client_secret\": \"{S(g.mixed(ALNUM, 30))}\",\n  \"refresh_token\": \"{S(g.s(HEX, 24) + '|' + g.s(HEX, 32))}\",\n  \"ttl\": 540\n}}")
    add(["philipshue"], f"Hue bridge keeps returning `unauthorized user` after the firmware update. My script:\n\n```python\nBRIDGE = \"192.168.0.12\"\nHUE_APP_KEY = \"{S(g.mixed(ALNUM + '-', 40))}\"\nr = requests.get(f\"https://{{BRIDGE}}/clip/v2/resource/light\", headers={{\"hue-application-key\": HUE_APP_KEY}}, verify=False)\n```\nany idea?")
    add(["rachio"], shell("rachio-cli zones list --token " + S(g.uuid()), "ZONE  NAME              ENABLED  LAST RUN\n1     Front lawn        yes      2026-11-25 05:10\n2     Vegetable beds    yes      2026-11-25 05:32\n3     Drip — hedges     no       -", prompt="pi@garden:~ $ "))
    add(["sensibo"], f"// esp32 firmware: src/secrets.h\n#pragma once\n#define WIFI_SSID        \"Kotisatama-5G\"\n#define WIFI_PASS        \"{S(g.password())}\"\n#define SENSIBO_API_KEY  \"{S(g.mixed(ALNUM, 30))}\"\n#define POLL_MS          60000", ["sensibo", "password"])
    add(["switchbot"], f"Ang SwitchBot token ko ay `{S(g.s(HEX, 96))}` at ang secret ay `{S(g.s(HEX, 32))}`. Paki-gawa ng Python script na mag-sign ng request (HMAC-SHA256 ng token+t+nonce) para sa /v1.1/devices. Salamat po!")
    add(["somfy"], codex_exec(["bash", "-lc", "cat ~/.config/tahoma/credentials.ini"], f"[tahoma]\ngateway_pin = 2049-7712-3380\nlocal_token = {S(g.s(HEX, 20))}\n[cloud]\nuser = {E('liisa.rautavaara@kolumbus.fi')}\npassword = {S(g.password())}\n", 0), ["somfy", "password"])
    add(["tado"], f"diff --git a/home-assistant/secrets.yaml b/home-assistant/secrets.yaml\n@@ -3,4 +3,6 @@ mqtt_password: !env_var MQTT_PASS\n+tado_username: {E('r.okafor@posteo.de')}\n+tado_password: \"{S(g.password())}\"\n+tado_refresh_token: {S(g.b64(48, urlsafe=True).rstrip('='))}\n ", ["tado", "password"])
    add(["wyze"], oh_run("python -c 'import os;print({k:v for k,v in os.environ.items() if k.startswith(\"WYZE\")})'", f"{{'WYZE_EMAIL': '{E('cam-bot@lamphouse.io')}', 'WYZE_KEY_ID': '{S(g.uuid())}', 'WYZE_API_KEY': '{S(g.mixed(ALNUM, 60))}'}}"))
    add(["yeelight", "nuki"], f"[devices.yeelight]\nhost = \"192.168.4.31\"\ncloud_token = \"{S(g.s(HEX, 32))}\"\n\n[devices.nuki]\nbridge = \"192.168.4.40:8080\"\napi_token = \"{S(g.mixed(ALNUM, 6))}\"\nweb_api_token = \"{S(g.s(HEX, 48))}\"")
    add(["nest"], gemini("Why does my Smart Device Management call fail with 401? I'm using these values in a Node script:\n\nconst CLIENT_ID = '" + g.s(DIGITS, 12) + "-" + g.s(LOWNUM, 32) + ".apps.googleusercontent.com'\nconst CLIENT_SECRET = '" + S("GOCSPX-" + g.mixed(B64URL, 28)) + "'\nconst PROJECT_ID = '" + g.uuid() + "'", "The access token has expired: SDM access tokens last one hour. Use the refresh token to request a new one, and keep the client secret out of the source file (for example in a `.env` that is git-ignored)."))
    add(["ring"], f"$ cat ~/.ring-mqtt/ring-state.json\n{{\"ring_token\":\"{S(g.b64(96))}\",\"systemId\":\"{g.s(HEX, 40)}\"}}")
    add(["reolink"], f"rtsp://{U('admin')}:{S(g.password())}@10.20.3.14:554/h264Preview_01_main  # reolink duo, garage\nrtsp://{U('admin')}:{S(g.password())}@10.20.3.15:554/h264Preview_01_sub   # front door", ["reolink", "password"])
    add(["sonos"], jb_chat([("me", f"Refactor SonosClient so it doesn't hardcode things. Current constructor:\n```kotlin\nclass SonosClient(\n    private val clientKey: String = \"{g.uuid()}\",\n    private val clientSecret: String = \"{S(g.uuid())}\",\n    private val redirect: String = \"https://hifi.lydbaren.dk/callback\",\n)\n```"), ("ai", "Move both values into `local.properties` and read them through `BuildConfig`; then remove the defaults from the constructor.")]))
    add(["resideo"], f"POST /oauth2/token HTTP/1.1\nHost: api.honeywell.com\nAuthorization: Basic {S(g.b64(54))}\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=refresh_token&refresh_token={S(g.mixed(ALNUM, 32))}")
    add(["simplisafe"], f"2026-11-24T22:41:07Z simplisafe.api WARNING token refresh failed, retrying with stored refresh_token={S(g.mixed(B64URL, 43))} user_id=4410923")
    add(["solarman", "sungrow"], f"# solar dashboard .env\nSOLARMAN_APP_ID={g.s(DIGITS, 12)}\nSOLARMAN_APP_SECRET={S(g.s(HEX, 32))}\nSOLARMAN_EMAIL={E('energia@quinta-das-oliveiras.pt')}\nSOLARMAN_PASSWORD_SHA256={S(g.s(HEX, 64))}\nISOLARCLOUD_APPKEY={S(g.s(HEXU, 32))}\nISOLARCLOUD_ACCESS_KEY={S(g.mixed(LOWNUM, 32))}")
    add(["nrfcloud"], f"$ nrfcloud-cli device register --api-key {S(g.s(HEX, 40))} --device-id nrf-352656100381245 --cert ./certs/device.crt\nRegistered nrf-352656100381245 (tenant {g.uuid()})")
    add(["rainmaker"], f"// main/app_config.h — ESP RainMaker claiming\n// TODO(tomas): nemá to být v repu, přesunout do NVS!\n#define RMAKER_CLAIM_TOKEN \"{S(g.mixed(ALNUM, 44))}\"\n#define RMAKER_NODE_ID     \"{g.s(HEX, 12).upper()}\"")
    add(["remoteit"], f"[DEFAULT]\nR3_ACCESS_KEY_ID={S(g.s(UPNUM, 20))}\nR3_SECRET_ACCESS_KEY={S(g.mixed(ALNUM + '+/', 40))}\n# ~/.remoteit/credentials on the build box")
    add(["tapo"], f"Tapo 카메라 연결이 계속 실패해요. 설정 파일에 이렇게 넣었어요:\n\n```yaml\ntapo:\n  host: 192.168.35.20\n  username: {E('minjun.kwak@kakao.com')}\n  password: \"{S(g.password())}\"\n  cloud_password: \"{S(g.password())}\"\n```\n\n비밀번호에 특수문자가 있어서 그런 걸까요?", ["tapo", "password"])

    # ---- fitness and wellness apps
    add(["peloton"], vsc_call("create_file", {"filePath": "/Users/" + "arun/dev/ride-sync/.env", "content": f"PELOTON_USERNAME=ride.sync.bot\nPELOTON_PASSWORD={S(g.password())}\nPELOTON_SESSION_ID={S(g.s(HEX, 32))}\n"}), ["peloton", "password"])
    add(["suunto"], f"suunto:\n  subscription_key: {S(g.s(HEX, 32))}   # Ocp-Apim-Subscription-Key from apizone.suunto.com\n  client_id: kuntoapp-prod\n  client_secret: {S(g.mixed(ALNUM, 36))}")
    add(["wahoo", "zwift"], f"| service | client id | secret |\n|---|---|---|\n| Wahoo Cloud | `{g.mixed(B64URL, 43)}` | `{S(g.mixed(B64URL, 43))}` |\n| Zwift (dev portal) | `zwift-studio-482` | `{S(g.uuid())}` |\n\n^ sacadas del 1Password de la org, rotarlas cuando terminemos el sprint")
    add(["trainerroad"], f"Traceback (most recent call last):\n  File \"sync/tr.py\", line 48, in <module>\n    client = TrainerRoad(api_key=\"{S(g.mixed(ALNUM, 40))}\")\n  File \"sync/tr.py\", line 22, in __init__\n    raise AuthError(r.status_code)\nsync.tr.AuthError: 403")
    add(["whoop"], amp_tool("Read", {"path": "services/recovery/config.ts"}, f"export const whoop = {{\n  clientId: '{g.uuid()}',\n  clientSecret: '{S(g.s(HEX, 64))}',\n  scopes: ['read:recovery', 'read:sleep', 'offline'],\n}};"))
    add(["tonal"], f"curl 'https://api.tonal.com/v6/users/me/workouts?limit=20' \\\n  -H 'authorization: Bearer {S(g.jwt(dumps({'sub': 'auth0|' + g.s(HEX, 24), 'aud': 'https://tonal.auth0.com/api/v2/'}, separators=(',', ':'))))}' \\\n  -H 'accept: application/json'", ["tonal", "jwt"])
    add(["trainingpeaks"], f"Hej, kan du tjekke hvorfor webhooken fra TrainingPeaks ikke bliver verificeret? Vi bruger denne hemmelighed i `appsettings.Production.json`:\n\n  \"TrainingPeaks\": {{ \"ClientId\": \"cykelklubben\", \"ClientSecret\": \"{S(g.mixed(ALNUM, 48))}\", \"WebhookSecret\": \"{S(g.s(HEX, 40))}\" }}\n\nTak!")
    add(["zenplanner", "pushpress"], f"; gym-integrations.ini\n[zenplanner]\npartner_id = 8812\napi_key    = {S(g.uuid(upper=True))}\n\n[pushpress]\ncompany = crossfit-lagoa\napi_key = {S('pk_live_' + g.mixed(ALNUM, 32))}")
    add(["pike13", "vagaro"], aider("aider studio/booking.rb", [f"#### move these into Rails credentials please\n\n```ruby\nPIKE13_CLIENT_ID = 'wD7L2mR9'\nPIKE13_ACCESS_TOKEN = '{S(g.mixed(ALNUM, 40))}'\nVAGARO_SECRET = '{S(g.mixed(ALNUM, 32))}'\n```", "I'll replace the constants with `Rails.application.credentials.dig(:pike13, :access_token)` and `...dig(:vagaro, :secret)`."]))
    add(["wellnessliving"], f"<?php\n// wl_sync.php — studio Kuala Terengganu\n$o_config = new \\WellnessLiving\\Config();\n$o_config->s_application_id = 'yogarasa_sync';\n$o_config->s_application_key = '{S(g.mixed(ALNUM, 32))}';\n$o_config->s_login = 'front.desk';\n$o_config->s_password = '{S(g.password())}';", ["wellnessliving", "password"])
    add(["terra"], f"POST /v2/auth/generateWidgetSession HTTP/2\nhost: api.tryterra.co\ndev-id: vitalis-dev-Y2kPq8\nx-api-key: {S(g.mixed(ALNUM, 40))}\ncontent-type: application/json\n\n{{\"reference_id\":\"member-20931\",\"providers\":\"OURA,GARMIN,POLAR\",\"language\":\"pt\"}}")
    add(["ultrahuman"], f"ULTRAHUMAN_PARTNER_TOKEN=\"{S(g.mixed(ALNUM, 64))}\" npm run ingest -- --since 2026-11-01")
    add(["nutritionix", "spoonacular"], f"const NIX = {{ appId: '{g.s(HEX, 8)}', appKey: '{S(g.s(HEX, 32))}' }};\nconst SPOON_KEY = '{S(g.s(HEX, 32))}';\n// TODO: stop committing these, they're the paid plan keys")
    add(["noom"], pr_body("Rotate leaked Noom partner key in coach-dashboard", f"The previous commit `3c91e0a` contained the live partner key:\n\n```\nNOOM_PARTNER_KEY={S('nk_live_' + g.mixed(ALNUM, 36))}\n```\n\nThis PR removes it from `config/partners.yml`, reads it from the secret store instead, and adds a gitleaks rule. **The key must still be revoked in the Noom partner console** (I can't do that)."))
    add(["wger"], f"$ http GET https://wger.de/api/v2/workout/ \"Authorization:Token {S(g.s(HEX, 40))}\"\nHTTP/1.1 200 OK\n{{\"count\": 3, \"next\": null, \"results\": [...]}}")
    add(["perfectgym", "wellhub"], f"perfectgym.api.base=https://klubzdrowia.perfectgym.pl/api/v2.2\nperfectgym.api.clientId=klubzdrowia\nperfectgym.api.clientSecret={S(g.mixed(ALNUM, 40))}\nwellhub.partner.apiKey={S(g.uuid())}\nwellhub.partner.gymId=118204")
    add(["urbansportsclub"], f"Privet! USC_API_TOKEN = {S(g.mixed(ALNUM, 50))} — подскажи, как передать его в заголовке правильно, `X-Api-Key` или `Authorization: Token`?")

    # ---- pharmacies
    add(["scriptpro"], f"[ScriptPro]\nServer=SP-CENTRAL01\nDatabase=SPCentral\nUser Id={U('svc_fill')}\nPassword={S(g.password())}\nInterfaceKey={S(g.s(HEXU, 32))}", ["scriptpro", "password"])
    add(["pioneerrx"], f"Server=tcp:pioneerrx-db.apotek.local,1433;Initial Catalog=PioneerPharmacySystem;User ID={U('rxreport')};Password={S(g.password())};Encrypt=True;TrustServerCertificate=True", ["pioneerrx", "password"])
    add(["redsail"], vs_chat([("me", f"Why does RedSailClient throw 'invalid signature'? appsettings:\n\"RedSail\": {{\n  \"PartnerId\": \"FARM-0442\",\n  \"ApiKey\": \"{S(g.mixed(ALNUM, 32))}\",\n  \"HmacSecret\": \"{S(g.b64(32))}\"\n}}"), ("ai", "The signature is computed over the raw body, but `HttpClient` re-serializes it. Sign the exact bytes you send.")]))
    add(["openfda", "rxnav"], f"# notebooks/interactions.ipynb, cell 2\nOPENFDA_KEY = \"{S(g.mixed(ALNUM, 40))}\"\nresp = requests.get(\"https://api.fda.gov/drug/label.json\", params={{\"api_key\": OPENFDA_KEY, \"search\": \"openfda.generic_name:metformin\", \"limit\": 5}})\nprint(resp.status_code)\n# -> 200", ["openfda"])
    add(["wellsky"], f"WellSky Pharmacy webhook signing secret: {S('whsec_' + g.mixed(ALNUM, 32))}\nWebhook URL: https://apoteka-integracije.hr/hooks/wellsky\nStatus: active since 2026-09-12")
    add(["omnicell"], f"2026-11-26 03:12:44,021 INFO  [omnicell-sync] connecting to https://xt-cabinet-07.bolnica-split.hr/api with client_id=farmacija-xt and client_secret={S(g.mixed(ALNUM, 32))}\n2026-11-26 03:12:44,388 ERROR [omnicell-sync] 401 Unauthorized — tajna je istekla, obnovite u Omnicell One")
    add(["nhsbsa"], f"NHSBSA_API_KEY: \"{S(g.mixed(ALNUM, 32))}\"  # prescription exemption checker (EPS), expires 2027-03")
    add(["parata"], f"# parata pass packager agent\nPARATA_HOST=10.12.0.50\nPARATA_USER={U('pass-agent')}\nPARATA_PASS={S(g.password())}\nPARATA_LICENSE={S(g.s(UPNUM, 5) + '-' + g.s(UPNUM, 5) + '-' + g.s(UPNUM, 5) + '-' + g.s(UPNUM, 5))}", ["parata", "password"])
    add(["pillpack"], tabnine(f"write a unit test for PillpackFeed; the real token is {S('ppk_' + g.mixed(ALNUM, 40))} but use a fake one in the test", "Here's a test using `FAKE_TOKEN = \"ppk_test_xxxxxxxx\"` and a mocked session so no network call happens."))

    # ---- security operations / incident response
    add(["panther"], f"$ panther_analysis_tool upload --path rules/ --api-token {S(g.mixed(ALNUM, 40))} --api-host https://api.soc-lighthouse.runpanther.net/public/graphql\n[INFO]: Found 41 analysis items\n[INFO]: Upload success.")
    add(["proofpoint"], f"Proofpoint TAP SIEM API\n  Service Principal: {g.uuid()}\n  Secret: {S(g.s(HEX, 64))}\n\nestes são os dados do portal, podes configurar o coletor do Sentinel com eles?")
    add(["qradar"], f"curl -k -H 'SEC: {S(g.uuid())}' -H 'Version: 19.0' 'https://qradar.soc.internal/api/siem/offenses?filter=status%3DOPEN'")
    add(["securonix", "tanium"], f"collectors:\n  - name: securonix\n    tenant: halcyonbank\n    url: https://a1t2hal.securonix.net/Snypr\n    username: {U('ingest_api')}\n    password: {S(g.password())}\n  - name: tanium\n    url: https://tanium.halcyonbank.com\n    api_token: {S('token-' + g.s(HEX, 64))}", ["securonix", "tanium", "password"])
    add(["threatq"], review("integrations/threatq.py", 17, [("lwandle-m", f"This client secret `{S(g.mixed(ALNUM, 40))}` is the production ThreatQ one, please don't commit it even in a test fixture."), ("copilot-pull-request-reviewer", "Agreed. Suggest loading it via `os.environ['THREATQ_CLIENT_SECRET']` and revoking the committed value.")]))
    add(["vectra"], f"Vectra Detect API token (brain-02): {S(g.s(HEX, 40))}")
    add(["varonis", "uptycs"], f"{{\"varonis\": {{\"url\": \"https://dsp.corp.local\", \"api_key\": \"{S('vrns_' + g.mixed(ALNUM, 44))}\"}}, \"uptycs\": {{\"customer_id\": \"{g.uuid()}\", \"key\": \"{S(g.s(UPPER, 20))}\", \"secret\": \"{S(g.mixed(ALNUM, 40))}\"}}}}")
    add(["stairwell", "vmray"], devin([f"ubuntu@devin-box:~/ir-2026-11$ export STAIRWELL_API_TOKEN={S(g.mixed(UPNUM, 52))}", f"ubuntu@devin-box:~/ir-2026-11$ export VMRAY_API_KEY={S(g.mixed(ALNUM, 40))}", "ubuntu@devin-box:~/ir-2026-11$ python enrich.py iocs.csv --out enriched.csv", "enriched 118/121 hashes (3 not found)"]))
    add(["sublime"], f"resource \"sublime_api_key\" \"soar\" {{}}\n\nprovider \"sublime\" {{\n  api_key = \"{S(g.mixed(ALNUM, 48))}\"\n  region  = \"eu\"\n}}")
    add(["thinkst"], f"ยืนยันว่า auth token ของ Canary console คือ {S(g.s(HEX, 32))} ใช่ไหม (console: 7f3ac9.canary.tools) ช่วยเขียนสคริปต์ดึง incident ที่ยังไม่ acknowledge ให้หน่อย")
    add(["otx", "urlhaus"], f">>> import os\n>>> os.environ['OTX_API_KEY'] = '{S(g.s(HEX, 64))}'\n>>> os.environ['URLHAUS_AUTH_KEY'] = '{S(g.s(HEX, 48))}'\n>>> from triage import feeds; feeds.pull_all()\npulled 2,341 indicators")
    add(["validin", "netlas"], f"امروز کلیدهای Validin و Netlas را برای تیم پاسخ به حادثه گرفتم:\nvalidin: {S(g.s(HEX, 32))}\nnetlas: {S(g.mixed(ALNUM, 32))}\nلطفاً در vault ذخیره‌شان کن و از این چت پاک کن.")
    add(["onyphe", "silentpush"], amazonq(["> q chat", "> Add ONYPHE and Silent Push lookups to the enrichment lambda", f"I'll read the current config first.\n\n[Tool: fs_read] lambda/enrich/config.json\n{{\n  \"onyphe_api_key\": \"{S(g.s(HEX, 40))}\",\n  \"silentpush_api_key\": \"{S(g.mixed(ALNUM, 32))}\"\n}}", "Both keys are hardcoded. I'll move them to Secrets Manager and read them at cold start."]))
    add(["vulners", "opencve"], f"#!/usr/bin/env bash\n# nightly cve digest\nVULNERS_API_KEY=\"{S(g.s(UPNUM, 64))}\"\nOPENCVE_USER=\"secops\"\nOPENCVE_PASS='{S(g.password())}'\ncurl -su \"$OPENCVE_USER:$OPENCVE_PASS\" https://app.opencve.io/api/cve?vendor=fortinet | jq '.results[].cve_id'", ["vulners", "opencve", "password"])
    add(["yeswehack", "shuffle"], f"YesWeHack PAT: {S('ywh_' + g.mixed(ALNUM, 40))}\nShuffle SOAR API key: {S(g.uuid())}\n(wklejam tu tylko na chwilę, skasuj po skonfigurowaniu workflowu)")
    return out
