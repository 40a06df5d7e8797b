# ruff: noqa: E501, RUF001  -- item tables hold whole texts on one line; foreign letters are intended.
"""Fifteenth held-out set: coding-agent material written blind, without running the detectors on it
(see README.md). Work domains: banking back offices, public sector, e-commerce and logistics,
education, legal/insurance, travel and hospitality, energy/SCADA, security operations. Providers
(N-Z) that none of eval-dev or the earlier held-out sets used.
"""

from __future__ import annotations

import base64
import json

from _markup import IP, A, C, D, E, I, L, P, S, T, U, Z, shell
from _values import ALNUM, DIGITS, HEX, LOWNUM, UPNUM, Gen, iban, luhn_complete

B64URL = ALNUM + "-_"


def dumps(obj: object, **kw: object) -> str:
    kw.setdefault("ensure_ascii", False)
    return json.dumps(obj, **kw)  # type: ignore[arg-type]


def b64(raw: str) -> str:
    return base64.b64encode(raw.encode()).decode()


# ---------------------------------------------------------------------------------------------
# carriers


def copilot_call(name: str, args: dict[str, object], call: str = "call_7bXk2RfQ") -> str:
    """Copilot agent mode: assistant message with a tool call whose arguments are a JSON string."""
    return dumps({"role": "assistant", "content": None, "tool_calls": [{"id": call, "type": "function", "function": {"name": name, "arguments": dumps(args)}}]})


def copilot_result(content: str, call: str = "call_7bXk2RfQ") -> str:
    return dumps({"role": "tool", "tool_call_id": call, "content": content})


def copilot_chat(prompt: str, reply: str) -> str:
    return dumps({"requests": [{"message": {"text": prompt}, "response": [{"value": reply}]}]}, indent=2)


def claude_bash(cmd: str, out: str, cwd: str = "/home/dev/app") -> str:
    a = dumps({"type": "assistant", "cwd": cwd, "sessionId": "5e0c9a14-77d2-4c1b-9f0e-2a6d8b3c1e47", "message": {"role": "assistant", "content": [{"type": "tool_use", "id": "toolu_01Vq8", "name": "Bash", "input": {"command": cmd}}]}})
    b = dumps({"type": "user", "cwd": cwd, "message": {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_01Vq8", "content": out}]}})
    return a + "\n" + b


def claude_read(path: str, body: str, cwd: str = "/home/dev/app") -> str:
    numbered = "\n".join(f"{i:>6}→{line}" for i, line in enumerate(body.split("\n"), 1))
    a = dumps({"type": "assistant", "cwd": cwd, "message": {"role": "assistant", "content": [{"type": "tool_use", "id": "toolu_01Rd3", "name": "Read", "input": {"file_path": path}}]}})
    b = dumps({"type": "user", "cwd": cwd, "message": {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_01Rd3", "content": numbered}]}})
    return a + "\n" + b


def codex(cmd: str, out: str, code: int = 0) -> str:
    """Codex CLI rollout lines: arguments and output are JSON documents inside JSON strings."""
    a = dumps({"type": "response_item", "payload": {"type": "function_call", "name": "shell", "arguments": dumps({"command": ["bash", "-lc", cmd], "timeout_ms": 120000}), "call_id": "call_rT5m"}})
    b = dumps({"type": "response_item", "payload": {"type": "function_call_output", "call_id": "call_rT5m", "output": dumps({"output": out, "metadata": {"exit_code": code, "duration_seconds": 0.4}})}})
    return a + "\n" + b


def aider(user: str, reply: str) -> str:
    return f"#### {user}\n\n{reply}\n"


def gemini(cmd: str, out: str) -> str:
    return dumps([{"role": "model", "parts": [{"functionCall": {"name": "run_shell_command", "args": {"command": cmd, "description": "inspect"}}}]}, {"role": "user", "parts": [{"functionResponse": {"name": "run_shell_command", "response": {"output": f"Command: {cmd}\nStdout: {out}\nStderr: (empty)\nExit Code: 0"}}}]}], indent=1)


def amazonq(prompt: str, reply: str) -> str:
    return f"> {prompt}\n\n{reply}\n"


def tabnine(prompt: str, reply: str) -> str:
    return dumps({"conversationId": "c-84f1", "messages": [{"author": "user", "text": prompt}, {"author": "assistant", "text": reply}]})


def cody(prompt: str, reply: str) -> str:
    return dumps({"chatID": "2026-11-20T09:14:02.118Z", "interactions": [{"humanMessage": {"speaker": "human", "text": prompt}, "assistantMessage": {"speaker": "assistant", "text": reply}}]}, indent=2)


def mail(frm: str, to: str, subject: str, date: str, body: str) -> str:
    return f"From: {frm}\nTo: {to}\nSubject: {subject}\nDate: {date}\n\n{body}"


# ---------------------------------------------------------------------------------------------


def secrets(g: Gen) -> list[tuple[str, list[str], str]]:
    out: list[tuple[str, list[str], str]] = []

    def add(source: str, text: str, providers: list[str] | None = None) -> None:
        out.append((source, providers or source.split("+"), text))

    h = lambda n: g.s(HEX, n)  # noqa: E731
    a = lambda n: g.mixed(ALNUM, n)  # noqa: E731
    ln = lambda n: g.s(LOWNUM, n)  # noqa: E731
    un = lambda n: g.s(UPNUM, n)  # noqa: E731
    bu = lambda n: g.s(B64URL, n)  # noqa: E731

    # --- security operations -----------------------------------------------------------------
    add("ninjaone", copilot_call("create_file", {"filePath": "/opt/rmm/scripts/sync_devices.py", "content": f"import requests\n\nNINJA_CLIENT_ID = \"{a(32)}\"\nNINJA_CLIENT_SECRET = \"{S(bu(54))}\"\n\ntok = requests.post(\n    \"https://eu.ninjarmm.com/ws/oauth/token\",\n    data={{\"grant_type\": \"client_credentials\", \"client_id\": NINJA_CLIENT_ID,\n          \"client_secret\": NINJA_CLIENT_SECRET, \"scope\": \"monitoring\"}},\n).json()[\"access_token\"]\n"}))
    add("netskope", claude_bash("grep -n NETSKOPE .env.local", f"3:NETSKOPE_TENANT=acmecorp.goskope.com\n4:NETSKOPE_API_TOKEN_V2={S(h(32))}\n5:NETSKOPE_INDEX=siem_export_prod", "/home/" + U("tkaraca") + "/soc/connectors"))
    add("nozomi", f"# nozomi_guardian.yaml -- collecteur OT pour le poste source de Vénissieux\n# (ne pas committer la clé, voir ticket SEC-1182)\nguardian:\n  host: https://guardian-vns01.ot.local\n  api_key_name: siem-forwarder\n  api_key_token: {S(a(40))}\n  verify_tls: false\nforward:\n  syslog: udp://10.20.4.15:514")
    add("qualys", f"$ curl -s -u \"{U('acme_sv4')}:{S(g.password())}\" -H 'X-Requested-With: curl' \\\n    'https://qualysapi.qg2.apps.qualys.eu/api/2.0/fo/scan/?action=list&state=Running'\n<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n<SCAN_LIST_OUTPUT><RESPONSE><DATETIME>2026-11-19T08:41:12Z</DATETIME></RESPONSE></SCAN_LIST_OUTPUT>", ["qualys", "password"])
    add("recordedfuture", codex("env | grep -i RF_", f"RF_API_URL=https://api.recordedfuture.com/v2\nRF_TOKEN={S(h(32))}\nRF_RISKLIST=ip"))
    add("redcanary", aider("the detections export 401s, here's the call", f"```python\nRC_SUBDOMAIN = \"acme\"\nRC_AUTH_TOKEN = \"{S(h(40))}\"\nr = requests.get(f\"https://{{RC_SUBDOMAIN}}.my.redcanary.co/openapi/v3/detections\", headers={{\"X-Api-Key\": RC_AUTH_TOKEN}})\n```\n\nThe v3 API expects the header `X-Api-Key`... that's what you have. A 401 here usually means the token was rotated; generate a new one under *Settings → API* and keep it in your secrets manager rather than the script."))
    add("sentinelone", f"PS C:\\soc> $env:S1_API_TOKEN = \"{S(g.jwt(dumps({'exp': 1811234567, 'jti': g.uuid(), 'sub': 'svc-soar'}, separators=(',', ':'))))}\"\nPS C:\\soc> Invoke-RestMethod -Uri \"https://euce1-103.sentinelone.net/web/api/v2.1/threats?limit=5\" -Headers @{{ Authorization = \"ApiToken $env:S1_API_TOKEN\" }}\n\npagination : @{{nextCursor=; totalItems=0}}\ndata       : {{}}")
    add("sophos", gemini("cat sophos-central.ini", f"[central]\nclient_id = {g.uuid()}\nclient_secret = {S(h(96))}\nregion = eu01\n[export]\nformat = cef"))
    add("thehive+wazuh", f"version: \"3.8\"\nservices:\n  thehive:\n    image: strangebee/thehive:5.3\n    environment:\n      - THEHIVE_API_KEY={S(a(32))}\n  wazuh-manager:\n    image: wazuh/wazuh-manager:4.9.0\n    environment:\n      - INDEXER_USERNAME={U('admin')}\n      - INDEXER_PASSWORD={S(g.password())}\n      - API_USERNAME={U('wazuh-wui')}\n      - API_PASSWORD={S(a(12) + '.*' + a(4))}", ["thehive", "wazuh", "password"])
    add("threatconnect", f"Bonjour l'équipe,\n\nsuite à l'incident INC-2026-0417, voici les paramètres du connecteur ThreatConnect qui tournait sur le bastion (à révoquer aujourd'hui) :\n\n    tc_api_access_id = 46913025718264903477\n    tc_api_secret_key = {S(a(40) + '==')}\n    tc_api_default_org = ACME-SOC\n\nMerci de confirmer la rotation dans le ticket.")
    add("trellix+xforce", tabnine("refactor this to read from env", f"```go\nconst (\n\ttrellixClientID     = \"{ln(20)}\"\n\ttrellixClientSecret = \"{S(a(32))}\"\n\txforceKey           = \"{S(g.uuid())}\"\n\txforcePassword      = \"{S(g.uuid())}\"\n)\n```"), ["trellix", "xforce"])
    add("zscaler", copilot_result(f"$ terraform console\n> var.zia\n{{\n  \"api_key\" = \"{S(a(12))}\"\n  \"cloud\" = \"zscalertwo\"\n  \"password\" = \"{S(g.password())}\"\n  \"username\" = \"{E('zia-automation@acme-energie.fr')}\"\n}}"), ["zscaler", "password"])
    add("socradar+pulsedive", f"# İhbar zenginleştirme betiği — anahtarlar geçici, Cuma günü yenilenecek\nSOCRADAR_COMPANY_ID=3317\nSOCRADAR_API_KEY={S(h(40))}\nPULSEDIVE_KEY={S(h(64))}\nENRICH_TIMEOUT=15")
    add("vulncheck", claude_bash("vulncheck token list", f"ID          LAST USED             TOKEN\nt-94ab71e   2026-11-18 22:10 UTC  vulncheck_{S(h(64))}", "/Users/" + U("aurelien.m") + "/src/vm-pipeline"), ["vulncheck"])
    add("zoomeye+shadowserver", f"[zoomeye]\napi_key = {S(g.uuid(upper=True))}\n\n[shadowserver]\napikey = {S(g.uuid())}\nsecret = {S(a(20))}\nreports = scan_rdp,scan_vnc,device_id", ["zoomeye", "shadowserver"])
    add("opencti", f"OPENCTI_URL=https://cti.cert-gov.internal\nOPENCTI_TOKEN={S(g.uuid())}\nCONNECTOR_ID={g.uuid()}\nCONNECTOR_NAME=MISP feed\nCONNECTOR_SCOPE=misp")
    add("tines+torq", f"Slack thread #soar-migration\n\n[09:12] {U('mtanaka')}: for the cut-over both tenants stay up till Friday\n[09:13] {U('mtanaka')}: tines webhook secret is {S(h(32))} (the `Tines-Secret` header)\n[09:15] {U('rdiallo')}: torq: client id {g.uuid()} / secret {S(a(43))}\n[09:16] {U('mtanaka')}: pls don't paste more of these here 🙃", ["tines", "torq"])
    add("sekoia", amazonq("why does my sekoia intake drop events?", f"Looking at your `filebeat.yml`, the output section posts to `https://intake.sekoia.io` with\n\n```yaml\noutput.http:\n  headers:\n    X-SEKOIAIO-INTAKE-KEY: \"{S(a(32))}\"\n```\n\nthe header name is right. The drops come from the 1 MiB batch limit; lower `bulk_max_size` to 200. Also consider moving the intake key to the Filebeat keystore."))
    add("prismacloud", f"$ twistcli images scan --address https://us-east1.cloud.twistlock.com/us-2-158 \\\n    -u {g.uuid()} -p '{S(b64(a(30)))}' --details registry.acme.io/payments/api:3.14.1\nScan results for: image registry.acme.io/payments/api:3.14.1 sha256:4c1d2f...\nVulnerabilities found for image: total - 12, critical - 0, high - 2", ["prismacloud"])
    add("velociraptor", f"# api.config.yaml (generado con `velociraptor config api_client`)\nca_certificate: |\n  -----BEGIN CERTIFICATE-----\n  MIIDTjCCAjagAwIBAgIRAP7m3...\n  -----END CERTIFICATE-----\nclient_private_key: |\n  {S(g.pem('RSA PRIVATE KEY', 6).replace(chr(10), chr(10) + '  '))}\napi_connection_string: dfir.acme.mx:8001\nname: hunt-bot", ["velociraptor", "pem"])
    add("xsoar+netwitness", f"# demisto integration params dump (redact before sharing!)\n{dumps({'XSOAR_URL': 'https://xsoar.soc.local', 'XSOAR_API_KEY': S(un(32)), 'XSOAR_AUTH_ID': '7', 'nw_server': 'https://nw-admin.soc.local', 'nw_user': U('nw_reader'), 'nw_pass': S(g.password())}, indent=2)}", ["xsoar", "netwitness", "password"])
    add("zerofox", f"Hei! ZeroFox-integraatio palauttaa 403. Avain on tässä, voitko katsoa mikä on vialla?\n\nZEROFOX_API_TOKEN={S(h(40))}\n\nKäytän endpointtia /1.0/alerts/?min_timestamp=2026-11-01")
    add("outpost24+nexpose", f"outpost24:\n  url: https://outscan.outpost24.com/opi/rest\n  token: {S(a(64))}\nnexpose:\n  host: nexpose.sec.internal:3780\n  user: {U('nxadmin')}\n  password: {S(g.password())}", ["outpost24", "nexpose", "password"])

    # --- banking / fintech -------------------------------------------------------------------
    add("paysafe", copilot_call("replace_string_in_file", {"filePath": "c:\\src\\payouts\\appsettings.Production.json", "oldString": "\"Paysafe\": {}", "newString": dumps({"Paysafe": {"ApiKeyUser": U("pmle-8812014"), "ApiKeyPassword": S("B-qa2-0-" + a(8) + "-" + h(70)), "AccountId": "1002938476"}}, indent=2)}))
    add("payplug", f"<?php\n// Configuration PayPlug - boutique Lyon\n\\Payplug\\Payplug::init([\n    'secretKey' => '{S('sk_live_' + a(22))}',\n    'apiVersion' => '2019-08-06',\n]);\n$payment = \\Payplug\\Payment::create($data);")
    add("paytrail", f"# Paytrail-kauppiastunnukset (tuotanto)\nPAYTRAIL_MERCHANT_ID=695874\nPAYTRAIL_SECRET_KEY={S(a(24))}\nPAYTRAIL_PLATFORM=verkkokauppa-oulu")
    add("payhere", claude_read("/srv/lanka-shop/config/payhere.php", f"<?php\nreturn [\n    'merchant_id' => '1221149',\n    'merchant_secret' => '{S(b64(h(44)))}',\n    'app_id' => '4OVx{ln(8)}',\n    'app_secret' => '{S(h(44))}',\n    'mode' => 'live',\n];", "/srv/lanka-shop"))
    add("paymob", f"مرحبا، عندي مشكلة في ربط بوابة Paymob:\n\nPAYMOB_API_KEY={S(b64('{' + chr(34) + 'class' + chr(34) + ':' + chr(34) + 'Merchant' + chr(34) + ',' + chr(34) + 'profile_pk' + chr(34) + ':' + g.s(DIGITS, 6) + ',' + chr(34) + 'name' + chr(34) + ':' + chr(34) + ln(14) + chr(34) + '}'))}\nPAYMOB_HMAC={S(un(32))}\nPAYMOB_INTEGRATION_ID=4410392\n\nالطلب يرجع 401 Unauthorized.", ["paymob"])
    add("payfort", f"// Amazon Payment Services (ex-PAYFORT) signature\nconst ACCESS_CODE = \"{S(a(20))}\";\nconst MERCHANT_ID = \"QkAhZbeA\";\nconst SHA_REQUEST_PHRASE = \"{S('$2y$10$' + a(10))}\";\nconst SHA_RESPONSE_PHRASE = \"{S('$2y$10$' + a(12))}\";", ["payfort"])
    add("pinpayments", f"curl https://api.pinpayments.com/1/charges -u {S(a(22))}: \\\n  -d \"amount=4500\" -d \"currency=AUD\" -d \"description=Booking #88213\" \\\n  -d \"email=guest@example.com\" -d \"card_token=card_{ln(22)}\"")
    add("quickpay", f"# QuickPay (Danmark) – private key og API-bruger\nquickpay:\n  merchant_id: 84731\n  api_key: {S(h(64))}\n  private_key: {S(h(64))}\n  callback: https://butik.example.dk/quickpay/callback")
    add("ravelin+riskified", cody("Which of these should not be in the repo?", f"Both values in `fraud/config.ts` are secret:\n\n- `RAVELIN_SECRET_KEY = \"{S('sk_live_' + a(32))}\"` — the Ravelin secret key (the `pk_live_` one is publishable)\n- `RISKIFIED_AUTH_TOKEN = \"{S(h(40))}\"` — used to HMAC-sign order payloads\n\nMove both to your vault and rotate them."), ["ravelin", "riskified"])
    add("seon", f"$ http POST https://api.seon.io/SeonRestService/fraud-api/v2/ X-API-KEY:{S(h(32))} email=test@example.org ip=203.0.113.7 action_type=withdrawal\nHTTP/1.1 200 OK\n{{\"success\": true, \"data\": {{\"fraud_score\": 7.25, \"state\": \"APPROVE\"}}}}")
    add("skrill", f"Skrill MQI/API password: {S(g.password())}\nSkrill secret word (md5sig): {S(a(10))}\nmerchant email: merchant-payouts@example.net\n\n^ copied from the old wiki page \"Payouts – Skrill\", please move to 1Password and delete this page", ["skrill", "password"])
    add("swan", codex("cat infra/swan.env", f"SWAN_CLIENT_ID=LIVE_{ln(8)}-{ln(4)}-{ln(4)}-{ln(4)}-{ln(12)}\nSWAN_CLIENT_SECRET={S(a(32))}\nSWAN_PROJECT_ID={g.uuid()}"))
    add("swedbankpay", f"// Swedbank Pay – nyckel från merchant-portalen (byts varje kvartal)\nservices.AddSwedbankPayClient(new Uri(\"https://api.payex.com\"), \"{S(h(64))}\");")
    add("swish", f"# Swish handel: certifikatlösenord för p12\nSWISH_CERT_PATH=/etc/swish/Swish_Merchant_1231181189.p12\nSWISH_CERT_PASSWORD={S(g.password())}\nSWISH_PAYEE=1231181189", ["swish", "password"])
    add("tabby+tamara", f"{{\n  \"bnpl\": {{\n    \"tabby\": {{\"public_key\": \"pk_{g.uuid()}\", \"secret_key\": \"{S('sk_' + g.uuid())}\", \"merchant_code\": \"ksa\"}},\n    \"tamara\": {{\"api_token\": \"{S(g.jwt(dumps({'accountId': g.uuid(), 'type': 'merchant'}, separators=(',', ':'))))}\", \"notification_key\": \"{S(g.uuid())}\"}}\n  }}\n}}", ["tabby", "tamara"])
    add("trustly", f"Trustly signing key for the Nordics deposit flow (prod). Paste into Vault at secret/trustly/prod:\n\n{S(g.pem('PRIVATE KEY', 10))}\n\nusername: {U('acme_nordics_api')}\npassword: {S(g.password())}", ["trustly", "pem", "password"])
    add("twinfield", f"Hoi {P('Sanne')},\n\nHierbij de gegevens voor de Twinfield-koppeling van de boekhouding (alleen voor de migratie):\n\nclient_id: acme-boekhouding\nclient_secret: {S(a(30))}\nrefresh_token: {S(h(64))}\n\nGroet,\n{P('Ruben')}", ["twinfield"])
    add("tyro", f"TYRO_API_KEY={S(a(32))}\nTYRO_ENV=production\nTYRO_MID=4921")
    add("verifone+worldline", f"[verifone]\nuser_uid = {g.uuid()}\napi_key = {S(a(32))}\n\n[worldline]\napi_key_id = {h(20).upper()}\nsecret_api_key = {S(b64(a(33)))}\nmerchant_id = 1182", ["verifone", "worldline"])
    add("vivawallet", f"// Viva Wallet Smart Checkout\nconst VIVA = {{\n  merchantId: \"{g.uuid()}\",\n  apiKey: \"{S(a(20))}\",\n  clientId: \"{ln(32)}.apps.vivapayments.com\",\n  clientSecret: \"{S(a(30))}\",\n}};", ["vivawallet"])
    add("worldpay", f"$ curl -u \"{U('AcmeTravelLtd')}:{S(a(28))}\" -H 'Content-Type: application/vnd.worldpay.payments-v7+json' https://access.worldpay.com/payments/authorizations -d @auth.json\n{{\"outcome\":\"authorized\"}}")
    add("nuvei+nmi", f"# Pasarela de pagos — tienda Bogotá\nNUVEI_MERCHANT_ID=4388162201957731100\nNUVEI_MERCHANT_SITE_ID=227841\nNUVEI_SECRET_KEY={S(a(64))}\nNMI_SECURITY_KEY={S(a(32))}", ["nuvei", "nmi"])
    add("nexi+netseasy", f"nexi:\n  alias: ALIAS_WEB_00071234\n  mac_key: {S(a(32))}\nnets_easy:\n  secret_key: {S('live-secret-key-' + h(32))}\n  checkout_key: live-checkout-key-{h(32)}", ["nexi", "netseasy"])
    add("nuapay", f"Ciao {P('Marco')}, la chiave API di Nuapay per l'ambiente di produzione è {S(a(48))}, l'ho messa anche nel Key Vault. Non incollarla nei log, grazie!")
    add("ordway+quaderno", gemini("grep -E 'ORDWAY|QUADERNO' .env", f"ORDWAY_API_KEY={S(a(32))}\nORDWAY_COMPANY=acme-saas\nQUADERNO_API_KEY={S('sk_live_' + a(20))}"), ["ordway", "quaderno"])
    add("sageintacct", f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<request>\n  <control>\n    <senderid>AcmeMPP</senderid>\n    <password>{S(g.password())}</password>\n    <controlid>{g.uuid()}</controlid>\n  </control>\n  <operation>\n    <authentication>\n      <login>\n        <userid>{U('ws_gl_sync')}</userid>\n        <companyid>ACME-UK</companyid>\n        <password>{S(g.password())}</password>\n      </login>\n    </authentication>\n  </operation>\n</request>", ["sageintacct", "password"])
    add("opayo", f"# Opayo (Sage Pay) Pi integration\nOPAYO_VENDOR=acmeholidays\nOPAYO_INTEGRATION_KEY={S(a(48))}\nOPAYO_INTEGRATION_PASSWORD={S(a(64))}")
    add("vindi+yuno", f"// Credenciais de pagamento (São Paulo / Ciudad de México)\nexport const VINDI_API_KEY = \"{S(bu(43))}\";\nexport const YUNO_PUBLIC_API_KEY = \"prod_{a(40)}\";\nexport const YUNO_PRIVATE_SECRET_KEY = \"{S('prod_' + a(40))}\";", ["vindi", "yuno"])
    add("whmcs", f"<?php\n$whmcsUrl = 'https://billing.example-host.ro/';\n$api_identifier = '{S(a(32))}';\n$api_secret = '{S(a(32))}';\n// Notă: cheile sunt pentru utilizatorul API „facturare”, restricționat pe IP", ["whmcs"])

    # --- public sector -------------------------------------------------------------------------
    add("zatca", f"# ZATCA e-invoicing (فاتورة) — production CSID\nZATCA_BINARY_SECURITY_TOKEN={S(b64(a(90)))}\nZATCA_SECRET={S(b64(a(32)))}\nZATCA_EGS_SERIAL=1-AcmePOS|2-3.1|3-{g.uuid()}", ["zatca"])
    add("singpass", copilot_call("create_file", {"filePath": "services/myinfo/config/prod.json", "content": dumps({"clientId": "ACME-MYINFO-PROD", "redirectUri": "https://apply.acme.sg/callback", "privateSigningKey": S(g.pem("EC PRIVATE KEY", 3)), "jwksUrl": "https://apply.acme.sg/.well-known/jwks.json"}, indent=2)}), ["singpass", "pem"])
    add("samgov+regulationsgov", f"# procurement-watch/.env\nSAM_API_KEY={S('SAM-' + g.uuid())}\nREGULATIONS_GOV_API_KEY={S(a(40))}\n# both keys belong to the grants-team account, rotate after the audit", ["samgov", "regulationsgov"])
    add("openfec+propublica", f"import os\n\n# TODO(move to secrets): keys for the campaign-finance notebook\nFEC_API_KEY = \"{S(a(40))}\"\nPROPUBLICA_CONGRESS_KEY = \"{S(a(40))}\"\n\nresp = requests.get(\"https://api.open.fec.gov/v1/candidates/\", params={{\"api_key\": FEC_API_KEY, \"state\": \"OR\"}})", ["openfec", "propublica"])
    add("postcodenl", f"$ curl -u '{g.uuid()}:{S(a(43))}' https://api.postcode.eu/nl/v1/addresses/postcode/1012JS/1\n{{\"street\":\"Dam\",\"houseNumber\":1,\"city\":\"Amsterdam\"}}", ["postcodenl"])
    add("ordnancesurvey", f"OS Data Hub – projekt „planeringsverktyg”\nProject API Key: {S(a(32))}\nProject API Secret: {S(a(16))}\n\n(vi använder bara Places API och Maps API)", ["ordnancesurvey"])
    add("trafikverket+trafiklab", f"<REQUEST>\n  <LOGIN authenticationkey=\"{S(h(32))}\" />\n  <QUERY objecttype=\"TrainAnnouncement\" schemaversion=\"1.9\" limit=\"10\">\n    <FILTER><EQ name=\"LocationSignature\" value=\"Cst\" /></FILTER>\n  </QUERY>\n</REQUEST>\n<!-- trafiklab realtime key: {S(h(32))} -->", ["trafikverket", "trafiklab"])
    add("nsapi+tfl", f"export NS_API_SUBSCRIPTION_KEY={S(h(32))}   # NS Reisinformatie API (Ocp-Apim-Subscription-Key)\nexport TFL_APP_ID=journey-planner-dev\nexport TFL_APP_KEY={S(h(32))}", ["nsapi", "tfl"])
    add("wmata", f"Hey Copilot, the bus positions endpoint returns 401 with this:\n\n```js\nfetch('https://api.wmata.com/Bus.svc/json/jBusPositions', {{ headers: {{ api_key: '{S(h(32))}' }} }})\n```")
    add("nhslogin", f"# NHS login (integration) — Vi unaweza kuangalia kwa nini JWT ya client_assertion inakataliwa?\nNHS_LOGIN_CLIENT_ID=acme-health-app\nNHS_LOGIN_PRIVATE_KEY=\"{S(g.pem('RSA PRIVATE KEY', 5).replace(chr(10), chr(92) + 'n'))}\"", ["nhslogin", "pem"])

    # --- e-commerce / logistics ----------------------------------------------------------------
    add("onfleet", f"Onfleet webhook signing secret: {S(h(64))}\nOnfleet API key: {S(h(32))}\n(copied from dashboard → Settings → API & Webhooks)")
    add("optimoroute+routific", claude_bash("cat routing/.env", f"OPTIMOROUTE_KEY={S(a(40))}\nROUTIFIC_TOKEN=bearer {S(g.jwt(dumps({'_id': h(24), 'iat': 1791234567}, separators=(',', ':'))))}\nDEPOT_LAT=60.1699\nDEPOT_LNG=24.9384", "/home/" + U("ilkka") + "/routing"), ["optimoroute", "routific"])
    add("ordoro+veeqo", f"[ordoro]\nusername = {U('api+3127')}\npassword = {S(a(36))}\n\n[veeqo]\napi_key = {S('Vqt/' + h(32))}", ["ordoro", "veeqo"])
    add("otto", f"# OTTO Market API (Partner)\notto.client.id=partner-{ln(8)}\notto.client.secret={S(g.uuid())}\notto.scope=orders shipments receipts")
    add("parcellab", f"curl -X POST https://api.parcellab.com/track/ -H \"user: 1612089\" -H \"token: {S(a(30))}\" -H 'Content-Type: application/json' -d '{{\"tracking_number\":\"00340434161094042557\",\"courier\":\"dhl-germany\"}}'")
    add("postnl+postnord", f"# Verzendlabels Benelux/Norden\nPOSTNL_APIKEY={S(a(32))}\nPOSTNL_CUSTOMER_CODE=DEVC\nPOSTNL_CUSTOMER_NUMBER=11223344\nPOSTNORD_APIKEY={S(h(32))}", ["postnl", "postnord"])
    add("purolator+ups+usps", f"carriers:\n  purolator:\n    key: {S(h(32))}\n    password: {S(a(8))}\n    account: 9999999999\n  ups:\n    client_id: {a(48)}\n    client_secret: {S(a(64))}\n  usps:\n    consumer_key: {a(32)}\n    consumer_secret: {S(a(16))}", ["purolator", "ups", "usps"])
    add("royalmail", f"Royal Mail Click & Drop – API auth key for the Leeds warehouse integration: {S(g.uuid())}\n(the one ending in …d3 is the old sandbox key, ignore it)")
    add("sendle+shippit+starshipit", aider("add AU carriers to settings.py, keys below", f"settings.py\n```python\n<<<<<<< SEARCH\nCARRIERS = {{}}\n=======\nCARRIERS = {{\n    \"sendle\": {{\"sendle_id\": \"acme_au\", \"api_key\": \"{S(a(24))}\"}},\n    \"shippit\": {{\"api_key\": \"{S(a(22))}\"}},\n    \"starshipit\": {{\"api_key\": \"{S(h(32))}\", \"subscription_key\": \"{S(h(32))}\"}},\n}}\n>>>>>>> REPLACE\n```"), ["sendle", "shippit", "starshipit"])
    add("shipbob+shiprocket", f"# fulfilment partners\nSHIPBOB_PAT={S(h(64).upper())}\nSHIPROCKET_EMAIL={E('ops-api@acme-kart.in')}\nSHIPROCKET_PASSWORD={S(g.password())}", ["shipbob", "shiprocket", "password"])
    add("sendcloud+shipcloud", f"# Versanddienste\nSENDCLOUD_PUBLIC_KEY={g.uuid()}\nSENDCLOUD_SECRET_KEY={S(h(32))}\nSHIPCLOUD_API_KEY={S(h(32))}", ["sendcloud", "shipcloud"])
    add("pitneybowes+packlink", tabnine("why is packlink returning 401", f"Your `.env` has\n\n```\nPACKLINK_API_KEY={S(h(64))}\nPB_API_KEY={a(32)}\nPB_API_SECRET={S(a(16))}\n```\n\nPacklink Pro expects the key in the `Authorization` header with no `Bearer` prefix."), ["pitneybowes", "packlink"])
    add("stuart+uberdirect", f"STUART_CLIENT_ID={h(64)}\nSTUART_CLIENT_SECRET={S(h(64))}\nUBER_DIRECT_CUSTOMER_ID={g.uuid()}\nUBER_DIRECT_CLIENT_SECRET={S(bu(40))}", ["stuart", "uberdirect"])
    add("trackingmore", f"$ python track.py --carrier yunexpress YT2231821272001234\nusing key {S(ln(8) + '-' + ln(4) + '-' + ln(4) + '-' + ln(4) + '-' + ln(12))} (from TRACKINGMORE_API_KEY)\nstatus: transit  last: 2026-11-18 Shenzhen sorting center")
    add("xentral+sellercloud", f"; Xentral ERP – Lagerverwaltung Nürnberg\n[xentral]\nurl=https://acme.xentral.biz/api/v1\ntoken={S(h(40))}\n[sellercloud]\nuser={E('integrations@acme-outdoor.com')}\npassword={S(g.password())}", ["xentral", "sellercloud", "password"])
    add("rakuten+newegg", copilot_result(f"{{\n  \"marketplaces\": {{\n    \"rakuten\": {{\"service_secret\": \"{S('SP' + g.s(DIGITS, 6) + '_' + a(16))}\", \"license_key\": \"{S('SL' + g.s(DIGITS, 6) + '_' + a(16))}\"}},\n    \"newegg\": {{\"seller_id\": \"A2F9\", \"authorization\": \"{h(32)}\", \"secret_key\": \"{S(g.uuid())}\"}}\n  }}\n}}"), ["rakuten", "newegg"])
    add("noon+salla+zid", f"// تكاملات المتاجر — لا ترفع هذا الملف إلى git\nconst NOON_KEY_ID = \"{g.uuid()}\";\nconst NOON_PRIVATE_KEY = \"{S(g.b64(48))}\";\nconst SALLA_CLIENT_SECRET = \"{S(h(32))}\";\nconst ZID_MANAGER_TOKEN = \"{S(g.jwt(dumps({'aud': '2341', 'jti': h(40)}, separators=(',', ':'))))}\";", ["noon", "salla", "zid"])
    add("takealot+walmart", f"takealot:\n  api_key: {S(h(128))}\nwalmart:\n  client_id: {g.uuid()}\n  client_secret: {S(bu(86))}", ["takealot", "walmart"])
    add("wayfair+zalando", f"# Wayfair + Zalando partner APIs\nWAYFAIR_CLIENT_ID={a(32)}\nWAYFAIR_CLIENT_SECRET={S(bu(64))}\nZALANDO_ZDIRECT_CLIENT_ID={h(32)}\nZALANDO_ZDIRECT_CLIENT_SECRET={S(a(40))}", ["wayfair", "zalando"])
    add("n11", f"# n11 mağaza entegrasyonu\nN11_APP_KEY={g.uuid()}\nN11_APP_SECRET={S(a(16))}\n# Not: secret her 90 günde bir değişiyor, bir dahaki sefere {P('Selin')}'e sor")
    add("toast+zettle", f"$ cat pos/secrets.auto.tfvars\ntoast_client_id     = \"{a(32)}\"\ntoast_client_secret = \"{S(bu(64))}\"\nzettle_api_key      = \"{S(g.jwt(dumps({'iss': 'https://oauth.zettle.com', 'sub': g.uuid(), 'type': 'apiKey'}, separators=(',', ':'))))}\"", ["toast", "zettle"])
    add("nuvemshop+tiendanube", f"Hola! Les paso los datos de la app de Tiendanube para Argentina y de Nuvemshop para Brasil (son apps distintas):\n\nTiendanube app 7712 – client secret: {S(a(48))}\nNuvemshop app 8821 – access token de la tienda: {S(h(40))}\n\nCualquier duda me escriben por acá.", ["nuvemshop", "tiendanube"])

    # --- travel / hospitality --------------------------------------------------------------------
    add("sabre", f"// Sabre Dev Studio (CERT) — base64(V1:user:group:domain) + base64(password)\nconst SABRE_USER = \"V1:{ln(6)}:DEVCENTER:EXT\";\nconst SABRE_SECRET = \"{S(a(8))}\";\nconst SABRE_CLIENT_TOKEN = \"{S(b64('VjE6' + a(20)) + ':' + b64(a(8)))}\";")
    add("travelport+travelperk", f"travelport:\n  username: {U('Universal API/uAPI' + g.s(DIGITS, 10) + '-' + ln(8))}\n  password: {S(a(10) + '-' + a(4))}\n  target_branch: P7{g.s(DIGITS, 6)}\ntravelperk:\n  api_key: {S(a(40))}", ["travelport", "travelperk", "password"])
    add("skyscanner+tripadvisor", codex("grep -rn 'api_key' travel/clients", f"travel/clients/skyscanner.py:8:    api_key = \"{S(ln(32))}\"\ntravel/clients/tripadvisor.py:11:    api_key = \"{S(un(32))}\""), ["skyscanner", "tripadvisor"])
    add("siteminder", f"<soapenv:Header>\n  <wsse:Security>\n    <wsse:UsernameToken>\n      <wsse:Username>{U('hotelalpina_pms')}</wsse:Username>\n      <wsse:Password Type=\"http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText\">{S(g.password())}</wsse:Password>\n    </wsse:UsernameToken>\n  </wsse:Security>\n</soapenv:Header>", ["siteminder", "password"])
    add("operapms", f"# OHIP (Oracle Hospitality) gateway config — Hotel Grand Kaspiy, Aktau\nohip:\n  host: https://mtce4.hospitality-api.eu-frankfurt-1.ocs.oraclecloud.com\n  app_key: {g.uuid()}\n  client_id: ACME_Client\n  client_secret: {S(a(24))}\n  enterprise_id: ACME\n  integration_user: {U('ACME_INT_01')}\n  integration_password: {S(g.password())}", ["operapms", "password"])
    add("tiqets+viator", f"Tiqets partner API key: {S(h(40))}\nViator exp-api-key: {S(g.uuid())}\nboth live, used by the experiences widget on /barcelona and /lisboa", ["tiqets", "viator"])
    add("rezdy+smoobu", f"REZDY_API_KEY={S(h(32))}\nSMOOBU_API_KEY={S(a(32))}\nSMOOBU_CHANNEL_ID=70")
    add("stayntouch+protel+roomraccoon", cody("summarise the PMS connectors and flag secrets", f"Three PMS connectors are configured in `pms/connectors.yml`:\n\n| PMS | auth | value |\n|---|---|---|\n| StayNTouch | client credentials | secret `{S(a(40))}` |\n| protel | WS user `{U('ifc_acme')}` | password `{S(g.password())}` |\n| RoomRaccoon | API token | `{S(h(48))}` |\n\nAll three are literal credentials and should move to the secret store."), ["stayntouch", "protel", "roomraccoon", "password"])
    add("ownerrez+ratehawk", f"# Vacation rentals sync — credenciales\nOWNERREZ_USER={E('sync@villas-tenerife.es')}\nOWNERREZ_TOKEN={S('pt_' + ln(32))}\nRATEHAWK_KEY_ID=6123\nRATEHAWK_API_KEY={S(g.uuid())}", ["ownerrez", "ratehawk"])
    add("travelpayouts", f"<script>\n  // travelpayouts affiliate widget — marker is public, token is not!\n  window.TP_MARKER = '412871';\n  const TP_TOKEN = '{S(h(32))}';\n</script>")

    # --- education -----------------------------------------------------------------------------
    add("schoology+powerschool", f"# Sync SIS → LMS (district 41)\nSCHOOLOGY_CONSUMER_KEY={h(41)}\nSCHOOLOGY_CONSUMER_SECRET={S(h(32))}\nPOWERSCHOOL_CLIENT_ID={g.uuid()}\nPOWERSCHOOL_CLIENT_SECRET={S(g.uuid())}", ["schoology", "powerschool"])
    add("openedx", copilot_call("run_in_terminal", {"command": f"tutor config save --set OPENEDX_SECRET_KEY={S(a(24))} --set MYSQL_ROOT_PASSWORD={S(a(8))}", "explanation": "Set the LMS secret key and DB root password", "isBackground": False}), ["openedx", "password"])
    add("teachable+thinkific", f"Bonjour, voici mes clés pour l'export des élèves (j'ai deux écoles) :\n- Teachable : apiKey {S(a(32))}\n- Thinkific : X-Auth-API-Key {S(h(32))}, sous-domaine ecole-numerique\n\nPouvez-vous écrire le script d'export CSV ?", ["teachable", "thinkific"])
    add("udemy+quizlet", f"UDEMY_BUSINESS_ACCOUNT_ID=88713\nUDEMY_BUSINESS_CLIENT_ID={a(40)}\nUDEMY_BUSINESS_CLIENT_SECRET={S(a(128))}\nQUIZLET_SECRET={S(a(22))}", ["udemy", "quizlet"])
    add("wonde+veracross", f"// Wonde + Veracross integration settings\n{dumps({'wonde': {'school_id': 'A1930499544', 'token': S(h(40))}, 'veracross': {'school_route': 'acmeacademy', 'client_id': h(32), 'client_secret': S(a(40))}}, indent=2)}", ["wonde", "veracross"])
    add("smartschool+seesaw", f"# Smartschool webservices (Vlaanderen) — wachtwoord staat in het beheerderspaneel\nSMARTSCHOOL_URL=https://sint-jan-ieper.smartschool.be/Webservices/V3?wsdl\nSMARTSCHOOL_WS_PASSWORD={S(h(30))}\nSEESAW_API_TOKEN={S(a(40))}", ["smartschool", "seesaw"])
    add("noredink", gemini("printenv NOREDINK_TOKEN", S(a(40))), ["noredink"])

    # --- legal / insurance ---------------------------------------------------------------------
    add("pactsafe+rocketlawyer", f"# contracts-service settings\nPACTSAFE_ACCESS_TOKEN={S(h(32) + '.' + a(40))}\nROCKETLAWYER_CLIENT_ID={a(32)}\nROCKETLAWYER_CLIENT_SECRET={S(a(16))}", ["pactsafe", "rocketlawyer"])
    add("vertafore+zywave", f"-- migration 0093: connector credentials for agency management (TEMPORARY, remove after go-live)\nINSERT INTO connector_credentials (connector, username, secret) VALUES\n  ('vertafore_ams360', '{U('acme_ams_api')}', '{S(g.password())}'),\n  ('zywave', 'client:{g.uuid()}', '{S(a(44))}');", ["vertafore", "zywave", "password"])
    add("socotra+snapsheet", amazonq("connect the claims service to socotra", f"I've added a client in `claims/socotra.ts`. It currently reads\n\n```ts\nconst SOCOTRA_USER = \"{U('claims.svc')}\";\nconst SOCOTRA_PASS = \"{S(g.password())}\";\nconst SNAPSHEET_API_KEY = \"{S(a(32))}\";\n```\n\nBefore merging, replace these literals with values from AWS Secrets Manager."), ["socotra", "snapsheet", "password"])

    # --- energy / SCADA / utilities --------------------------------------------------------------
    add("osisoftpi", f"# PI Web API (AVEVA) — Umspannwerk Süd, nur Lesezugriff\n$ curl -k -u 'ACME\\{U('svc-piweb-ro')}:{S(g.password())}' https://piweb.ot.acme-energie.de/piwebapi/streams/F1DPmN2.../value\n{{\"Timestamp\":\"2026-11-19T07:00:00Z\",\"Value\":110.42,\"UnitsAbbreviation\":\"kV\"}}", ["osisoftpi", "password"])
    add("thingworx", f"<!-- ThingWorx mashup extension config (plant Ploiești) -->\n<Connection url=\"wss://twx.acme-energy.ro/Thingworx/WS\" appKey=\"{S(g.uuid())}\" reconnectInterval=\"15\" />")
    add("tibber+solcast+pvoutput", f"# home-energy-dashboard/config.yaml\ntibber:\n  token: {S(bu(43))}\nsolcast:\n  api_key: {S(bu(32))}\n  resource_id: {h(4)}-{h(4)}-{h(4)}-{h(4)}\npvoutput:\n  system_id: 98123\n  api_key: {S(h(40))}", ["tibber", "solcast", "pvoutput"])
    add("solaredge", f"Привет! Подскажи, почему SolarEdge API отдаёт 403?\n\nGET https://monitoringapi.solaredge.com/site/3312094/overview?api_key={S(un(32))}\n\nКлюч создан вчера в админке сайта.")
    add("teslafleet+victronvrm", f"teslafleet:\n  client_id: {g.uuid()}\n  client_secret: {S('ta-secret.' + a(16))}\nvictron_vrm:\n  access_token: {S(h(64))}\n  installation: 212087", ["teslafleet", "victronvrm"])
    add("shelly+teltonika", f"# Shelly Cloud + Teltonika RMS (substation monitoring pilot)\nSHELLY_AUTH_KEY={S(bu(100))}\nSHELLY_SERVER=shelly-49-eu.shelly.cloud\nTELTONIKA_RMS_PAT={S(a(64))}", ["shelly", "teltonika"])
    add("nordpool+pjm+nrel", f"[market_data]\nnordpool_user = {U('acme_trading')}\nnordpool_password = {S(g.password())}\npjm_subscription_key = {S(h(32))}\nnrel_api_key = {S(a(40))}", ["nordpool", "pjm", "nrel", "password"])
    add("watttime+openchargemap", f"სალამი! ეს არის ჩვენი ელექტრომობილების დატენვის პროექტის კონფიგურაცია:\n\nWATTTIME_USER={U('tbilisi_ev')}\nWATTTIME_PASSWORD={S(g.password())}\nOCM_API_KEY={S(g.uuid())}\n\nრატომ ვერ ხერხდება ავტორიზაცია?", ["watttime", "openchargemap", "password"])
    add("smasunny", f"# SMA Sunny Portal / ennexOS API\nSMA_CLIENT_ID=acme_monitoring\nSMA_CLIENT_SECRET={S(a(32))}\n# plant: Solarpark Kemi (FI)")

    # --- other services / generic --------------------------------------------------------------
    add("onlyoffice+openproject", f"docker run -d --name onlyoffice -e JWT_ENABLED=true -e JWT_SECRET={S(a(32))} onlyoffice/documentserver:8.2\ndocker run -d --name openproject -e OPENPROJECT_SECRET_KEY_BASE={S(h(128))} openproject/openproject:15", ["onlyoffice", "openproject"])
    add("uipath", f"Orchestrator external app (robots ERP):\n  App ID: {g.uuid()}\n  App Secret: {S(a(16) + '!' + a(6))}\n  Scope: OR.Queues OR.Jobs\nKrakow RPA CoE, 2026-11-12")
    add("zimbra", f"$ zmprov -l gs mail.acme-legal.ma zimbraPreAuthKey\n# name mail.acme-legal.ma\nzimbraPreAuthKey: {S(h(64))}")
    add("ondato+yoti", f"# KYC providers (Vilnius team)\nondato:\n  client_id: acme.lt\n  client_secret: {S(a(40))}\nyoti:\n  client_sdk_id: {g.uuid()}\n  pem: |\n    {S(g.pem('RSA PRIVATE KEY', 4).replace(chr(10), chr(10) + '    '))}", ["ondato", "yoti", "pem"])
    add("zenoti", f"Ping from the spa booking team: the Zenoti API key for the Kuala Lumpur centre is {S(h(64))} — tolong jangan kongsi dalam Slack umum ya.")
    add("semgrep+securityscorecard", f"# .github/workflows/sec.yml (excerpt pasted into chat)\n      - run: semgrep ci\n        env:\n          SEMGREP_APP_TOKEN: {S(h(64))}\n      - run: ssc-cli score --domain acme.example\n        env:\n          SSC_API_TOKEN: {S(a(22))}", ["semgrep", "securityscorecard"])
    add("spur+phishtank+threatfox", f"[enrichment]\nspur_token = {S(a(30))}\nphishtank_app_key = {S(h(64))}\nthreatfox_auth_key = {S(h(48))}", ["spur", "phishtank", "threatfox"])
    add("triage+swimlane", f"Hi {P('Ayumi')},\n\nfor the sandbox automation the Hatching Triage key is {S(h(40))}. Swimlane PAT for the turbine: {S(g.jwt(dumps({'sub': 'soar-bot', 'pat': True}, separators=(',', ':'))))}\n\nKasih tahu kalau ada error.\n", ["triage", "swimlane"])
    add("opsramp+orcasecurity", f"OPSRAMP_TENANT=client_47812\nOPSRAMP_KEY={S(a(32))}\nOPSRAMP_SECRET={S(a(64))}\nORCA_API_TOKEN={S(a(24) + '.' + bu(60))}", ["opsramp", "orcasecurity"])
    add("samsara", f"Samsara API token (fleet dashboard read-only): {S('samsara_api_' + a(30))}\nTruck tags: cold-chain, TR-İzmir, TR-Bursa")
    add("password", claude_bash("kubectl get secret core-banking-db -o jsonpath='{.data.password}' | base64 -d", S(g.password()), "/home/" + U("kuanysh") + "/infra"), ["password"])
    add("generic", f"Hatua za kuanzisha seva ya ujumbe:\n\n1. Nakili `config.sample.ini` kuwa `config.ini`\n2. Weka `hmac_secret = {S(h(64))}`\n3. Anzisha upya huduma kwa `systemctl restart sms-gateway`", ["generic"])
    add("pem", f"Mwalimu aliniambia nitume key ya server ya shule hapa ili unisaidie na nginx:\n\n{S(g.openssh())}\n\nAsante!", ["pem"])
    return out


def pii(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(source: str, text: str) -> None:
        out.append((source, text))

    d = lambda n: g.s(DIGITS, n)  # noqa: E731
    visa = lambda: luhn_complete("4", 16, g)  # noqa: E731
    mc = lambda: luhn_complete("5" + str(g.rng.randint(1, 5)), 16, g)  # noqa: E731

    # --- banking back office ---------------------------------------------------------------------
    add("bank_kyc_row", copilot_result(f"customer_id | full_name            | date_of_birth | iban                              | phone\n------------+----------------------+---------------+-----------------------------------+-----------------\n 1048812    | {P('Mireille Oyelaran-Dubois')} | {D('1987-03-22')}    | {I(iban('FR', d(10) + g.s(UPNUM, 11) + d(2)))} | {T('+33 6 41 27 90 58')}\n 1048813    | {P('Tuomas Heikkilä')}      | {D('1979-11-04')}    | {I(iban('FI', d(14)))}            | {T('+358 40 772 1934')}\n(2 rows)"))
    add("sepa_mandate", f"Mandat de prélèvement SEPA — référence RUM-2026-118204\n\nDébiteur : {P('Gaëlle Marchetti')}\nAdresse : {A('14 rue des Tanneurs, 67000 Strasbourg')}\nIBAN : {I(grouped_iban(iban('FR', d(10) + g.s(UPNUM, 11) + d(2))))}\nDate de signature : 03/11/2026\nCréancier : Mutuelle Alsace Lorraine (ICS FR47ZZZ512345)")
    add("aml_alert", claude_bash("python aml/triage.py --alert 77120 --show-party", f"ALERT 77120  rule=STRUCTURING_30D  score=0.87\nparty: {P('Ruslan Abenov')} (DOB {D('14.08.1990')})\naccount: {I(iban('KZ', d(3) + g.s(UPNUM, 13)))}\nphone: {T('+7 701 448 2290')}\naddress: {A('пр. Абая 112, кв. 45, Алматы 050008')}\nlinked cards: {C(visa())}", "/home/" + U("a.sarsenova") + "/aml"))
    add("chargeback_ticket", f"Ticket #CB-55102 (exported from Zendesk)\nRequester: {P('Oluwaseun Adebayo-Clarke')} <{E('seun.adebayo.clarke@gmail.com')}>\nCard: {C(mc())} exp 08/28\nAmount disputed: 412.50 GBP\nReason: \"I never received the refund for booking LX-88120\"\nAgent note: called customer on {T('07700 918 442')}, awaiting bank letter.")
    add("loan_app_json", copilot_call("create_file", {"filePath": "tests/fixtures/loan_application_ro.json", "content": dumps({"solicitant": {"nume": P("Ioana-Cristina Vlădescu"), "cnp_omis": True, "data_nasterii": D("1992-06-17"), "telefon": T("+40 745 203 118"), "email": E("ioana.vladescu92@yahoo.ro"), "adresa": A("Str. Republicii nr. 27, bl. C2, ap. 14, Brașov 500030")}, "cont": I(iban("RO", "BTRL" + g.s(UPNUM, 16))), "suma": 45000}, ensure_ascii=False, indent=2)}))
    add("payroll_tr", f"-- bordro aktarımı (Kasım 2026) — hata veren satırlar\nsicil;ad_soyad;iban;dogum_tarihi\n20418;{P('Elif Naz Karakaya')};{I(iban('TR', d(5) + '0' + d(16)))};{D('02.02.1995')}\n20433;{P('Mehmet Emre Dursunoğlu')};{I(iban('TR', d(5) + '0' + d(16)))};{D('19.09.1983')}")
    add("swift_repair", f"Hoi,\n\nDe overboeking naar {P('Jeroen van der Akker')} is teruggekomen (reden AC04). Zijn juiste rekeningnummer volgens de klantenservice:\n{I(iban('NL', 'RABO' + d(10)))}\n\nKun je het record in `payments_outbox` aanpassen? Hij is bereikbaar op {T('06-21487733')}.\n\nMvg,\n{P('Fleur Hoekstra')}\nBackoffice Betalingen")
    add("us_onboarding", codex("psql -c \"select * from applicants where id=5521\"", f" id  |   name        |     ssn     |    dob     |           address\n-----+---------------+-------------+------------+-----------------------------------------\n5521 | {P('Darnell Whitcombe')} | {m_ssn('529-41-8806')} | {D('1988-01-30')} | {A('2217 Larkspur Ln, Boise, ID 83706')}\n(1 row)"))

    # --- government / public sector ----------------------------------------------------------------
    add("permit_form", f"POST /api/v2/permits/building HTTP/1.1\nHost: eservices.municipio-ejemplo.gob\nContent-Type: application/x-www-form-urlencoded\n\nsolicitante_nombre={P('Ximena').replace(' ', '+')}&solicitante_apellidos={P('Quispe+Mamani')}&correo={E('ximena.quispe%40outlook.com')}&telefono={T('%2B51+987+334+120')}&direccion={A('Jr.+Ayacucho+418%2C+Cusco')}&tipo=ampliacion")
    add("benefits_case", f"Case 2026-SNAP-048812 — caseworker notes\n\nApplicant {P('Marisol Echeverría')} (DOB {D('07/22/1985')}, SSN {m_ssn('612-38-0951')}) came in on 11/14. Lives at {A('88 Cottonwood Dr Apt 3B, Tucson, AZ 85713')} with two children. Callback number {T('(520) 555-0188')}. Employer verification pending from Desert Sun Laundry.")
    add("voter_roll_dedupe", gemini("python dedupe.py --county 17 --show 2", f"cluster 8812 (score 0.97)\n  - {P('Sione Tupou')}, {D('1971-05-09')}, {A('12 Kauri St, Otahuhu, Auckland 1062')}\n  - {P('Sione T. Tupou')}, {D('1971-05-09')}, {A('12 Kauri Street, Ōtāhuhu')}"))
    add("council_complaint", mail(f"{P('Hamida Rahimi')} <{E('hamida.rahimi@hotmail.co.uk')}>", E('complaints@ashbury-council.example.gov.uk'), "Missed bin collection — again", "Tue, 18 Nov 2026 07:42:10 +0000", f"Dear Sir/Madam,\n\nThe recycling at {A('41 Heron Way, Ashbury, AB12 7QT')} has not been collected for three weeks. Please call me on {T('07911 204 776')}.\n\nRegards,\n{P('Hamida Rahimi')}"))
    add("passport_queue_fa", f"سلام، لطفاً این رکورد را در سامانه نوبت‌دهی اصلاح کنید:\nنام: {P('نرگس موسوی')}\nتاریخ تولد: {D('۱۳۷۰/۰۴/۱۲')}\nتلفن همراه: {T('۰۹۱۲۳۴۵۶۷۸۹')}\nنشانی: {A('تهران، خیابان ولیعصر، کوچه نسترن، پلاک ۱۸')}")
    add("tax_portal_ur", f"السلام علیکم، ٹیکس پورٹل پر یہ صارف لاگ اِن نہیں کر پا رہا:\n\nنام: {P('محمد عثمان قریشی')} ({P('Muhammad Usman Qureshi')})\nموبائل: {T('0321-4478123')}\nای میل: {E('usman.qureshi@gmail.com')}\n\nبراہ کرم لاگز چیک کریں۔")
    add("court_registry_ka", f"საქმე №3/1182-26\nმოსარჩელე: {P('ნინო ბერიძე-ქავთარაძე')}\nმისამართი: {A('თბილისი, ჭავჭავაძის გამზ. 37, ბ. 12')}\nტელ.: {T('+995 599 41 22 87')}\n\nგთხოვთ, ჩაასწოროთ სახელის ტრანსლიტერაცია: {P('Nino Beridze-Kavtaradze')}")
    add("kz_egov", claude_read("fixtures/egov_citizen.json", dumps({"fio": P("Айгерим Сұлтанбекқызы"), "birthDate": D("1996-12-03"), "phone": T("+7 (777) 312-45-09"), "address": A("Астана қ., Қабанбай батыр д-лы, 29, 88 пәтер")}, ensure_ascii=False, indent=2), "/home/" + U("dastan") + "/egov-mock"))

    # --- e-commerce / logistics ----------------------------------------------------------------
    add("order_export_csv", f"order_id,customer,email,phone,ship_to\n100482,{P('Lucía Fernández Ortega')},{E('lucia.fdez.ortega@gmail.com')},{T('+34 612 884 301')},\"{A('Calle de la Cava Baja 22, 3ºB, 28005 Madrid')}\"\n100483,{P('Koffi Mensah-Asante')},{E('k.mensah.asante@protonmail.com')},{T('+233 24 118 7702')},\"{A('14 Oxford Street, Osu, Accra')}\"\n100484,{P('Annika Lindqvist')},{E('annika.lindqvist@telia.se')},{T('070-334 18 92')},\"{A('Storgatan 9, 903 26 Umeå')}\"")
    add("delivery_failed", copilot_chat("the driver app crashed on this stop, why?", f"The crash comes from `formatAddress()` when `unit` is null. The stop payload was:\n\n```json\n{{\"stop_id\": 99123, \"recipient\": \"{P('Tevita Fifita')}\", \"phone\": \"{T('+61 412 907 334')}\", \"address\": \"{A('7 Wattle Grove, Parramatta NSW 2150')}\", \"unit\": null}}\n```\n\nGuard against `null` before concatenating."))
    add("returns_ticket_it", f"Buongiorno,\n\nsono {P('Chiara Lombardini')}, ho restituito l'ordine 55-88120 ma non ho ancora ricevuto il rimborso. Il corriere ha ritirato il pacco a {A('Via dei Mille 41, 40121 Bologna')} il 12 novembre.\nPotete richiamarmi al {T('347 812 6620')}?\n\nGrazie,\n{P('Chiara')}")
    add("shopify_webhook", claude_bash("tail -n 1 logs/webhooks.log | jq .customer", dumps({"id": 7713390012, "email": E("wanjiru.kamau@outlook.com"), "first_name": P("Wanjiru"), "last_name": P("Kamau"), "phone": T("+254722481093"), "default_address": {"address1": A("Ngong Road, Adams Arcade, Nairobi")}}, indent=2), "/home/" + U("brian") + "/shop-hooks"))
    add("customs_declaration", f"CN23 — Customs declaration\nSender: {P('Bùi Thị Thanh Hương')}, {A('45 Phố Hàng Bạc, Hoàn Kiếm, Hà Nội')}\nRecipient: {P('Linh Bui')}, {A('3318 Rue Sherbrooke Est, Montréal QC H1W 1C4')}\nTel: {T('+1 514 555 0147')}\nContents: dried fruit 2 kg, ao dai 1 pc")
    add("courier_swahili", f"Habari {P('Baraka')}, kifurushi chako (TRK-44102) kimefika Dar. Dereva {P('Juma Mwinyi')} atakupigia kupitia {T('+255 754 210 998')} kabla ya kukifikisha {A('Mtaa wa Samora 12, Dar es Salaam')}.")
    add("marketplace_seller_ms", amazonq("kenapa payout seller ini gagal?", f"Rekod seller menunjukkan:\n\n- nama: {P('Nurul Aisyah binti Kamarudin')}\n- e-mel: {E('nurulaisyah.k@gmail.com')}\n- telefon: {T('012-778 4410')}\n- alamat: {A('No. 18, Jalan SS 2/72, 47300 Petaling Jaya, Selangor')}\n\nPayout gagal kerana akaun bank belum disahkan; minta seller muat naik penyata bank."))

    # --- education ----------------------------------------------------------------------------
    add("student_roster", f"Class 9B roster (export from PowerSchool, {date_str()})\nStudent,DOB,Guardian,Guardian phone\n{P('Amara Okonkwo')},{D('2011-04-19')},{P('Chidi Okonkwo')},{T('(617) 555-0132')}\n{P('Mateo Ibarra')},{D('2011-09-02')},{P('Rocío Ibarra')},{T('(617) 555-0179')}")
    add("lms_grade_dispute", cody("why did this grade override fail?", f"The override request for student `{U('kleinert.j')}` ({P('Johanna Kleinert')}, {E('johanna.kleinert@stud.uni-example.de')}) failed because the gradebook column is locked after 2026-11-15. Ask the course owner (Dr. {P('Matthias Oberhuber')}) to unlock it."))
    add("scholarship_fi", f"Stipendihakemus 2026/27\nHakija: {P('Aino-Maria Rautiainen')}\nSyntymäaika: {D('5.7.2004')}\nOsoite: {A('Kauppakatu 14 B 22, 40100 Jyväskylä')}\nPuhelin: {T('050 418 2271')}\nTilinumero: {I(iban('FI', d(14)))}")
    add("moodle_log_ca", f"[Moodle] Avís: l'alumne {P('Pau Vilaró i Serra')} ({E('pau.vilaro@alumnes.escola-exemple.cat')}) ha enviat la tasca fora de termini. Telèfon de la família: {T('+34 677 20 41 88')}.")
    add("exam_proctor_tl", f"Hi po! Pa-check po ng log ng proctoring para kay {P('Maria Lourdes Dimaculangan')} (student no. 2021-04417). Nag-disconnect daw po siya sa exam. IP niya: {IP('112.198.74.23')}, contact: {T('0917 845 2210')}.")
    add("uni_git_log", shell("git log -3 --format='%h %an <%ae> %s'", f"a91c2e0 {P('Zeynep Aslıhan Koç')} <{E('zeynep.koc@ogr.example.edu.tr')}> fix: gradebook export encoding\n7f0d113 {P('Bogdan Ionescu')} <{E('bogdan.ionescu@student.example.ro')}> feat: add attendance CSV\n12be4a9 {P('Zeynep Aslıhan Koç')} <{E('zeynep.koc@ogr.example.edu.tr')}> chore: bump deps"))

    # --- legal / insurance -------------------------------------------------------------------------
    add("insurance_claim", copilot_result(dumps({"claimNumber": "CLM-2026-118870", "policyHolder": {"name": P("Reza Tehrani"), "dob": D("1976-02-11"), "phone": T("+1 (416) 555-0164"), "email": E("reza.tehrani@rogers.com"), "address": A("58 Glenholme Ave, Toronto, ON M6H 3B1")}, "incident": "water damage, basement", "adjuster": P("Colleen Mahoney")}, indent=2)))
    add("nda_draft_fr", f"ACCORD DE CONFIDENTIALITÉ\n\nEntre : la société Lumière Analytique SAS, représentée par M. {P('Thibault Lacombe-Rousseau')}, Président,\net : Mme {P('Samira Benhaddou')}, née le {D('9 avril 1989')}, demeurant {A('27 avenue Jean Jaurès, 69007 Lyon')},\nci-après « la Consultante ».")
    add("legal_intake_es", f"Formulario de consulta — Despacho Rivas & Asociados (CDMX)\nNombre: {P('Guadalupe Treviño Alcántara')}\nCorreo: {E('lupita.trevino@gmail.com')}\nWhatsApp: {T('+52 55 4188 2093')}\nAsunto: despido injustificado, empresa de logística en Naucalpan.")
    add("policy_pdf_extract", claude_bash("pdftotext -layout policy_88213.pdf - | head -20", f"HOME INSURANCE SCHEDULE                Policy no. HX-88213-B\nPolicyholder:  Mr {P('Callum Fairweather')}\nAddress:       {A('3 Kingfisher Close, Hexham NE46 2TY')}\nDate of birth: {D('12/03/1968')}\nPhone:         {T('01434 602 118')}", "/home/" + U("p.ng") + "/claims-ocr"))
    add("eu_gdpr_request_nl", mail(f"{P('Sven de Groot')} <{E('sven.degroot@ziggo.nl')}>", E('privacy@verzekeraar.example'), "Inzageverzoek AVG", "Mon, 17 Nov 2026 20:14:51 +0100", f"Geachte heer/mevrouw,\n\nGraag ontvang ik alle gegevens die u over mij verwerkt. Mijn polisnummer is 44-871203, mijn geboortedatum {D('23-08-1981')} en mijn adres {A('Lindenlaan 62, 3571 KE Utrecht')}.\n\nMet vriendelijke groet,\n{P('Sven de Groot')}"))

    # --- travel / hospitality ---------------------------------------------------------------------
    add("pnr_dump", f"RP/MAD1A0980/MAD1A0980            AA/SU  18NOV26/0912Z   7Y2K4Q\n  1.{P('ARANGUREN/ITZIAR')} MS\n  2.{P('ARANGUREN/JON')} MR\n  3  IB3166 Y 12DEC 5 MADBIO HK2  0715 0825\n  4 AP {T('+34 688 102 774')}\n  5 APE {E('itziar.aranguren@euskaltel.net')}\n  6 SSR DOCS IB HK1 P/ESP/X4412{g.s(DIGITS, 4)}/ESP/{D('04MAR88')}/F/12DEC31/{P('ARANGUREN/ITZIAR')}")
    add("hotel_guest_list", f"Hotel Amstel Riverside — arrivals 19/11\nRoom | Guest                     | Phone            | Card on file\n204  | {P('Kenji Watanabe')}            | {T('+81 90-4418-2207')}  | {C(visa())}\n311  | {P('Aroha Ngata')}               | {T('+64 21 448 190')}    | {C(mc())}")
    add("booking_chat_eu", f"Kaixo! {P('Ane Etxeberria')} naiz, 4512 erreserba aldatu nahi nuke. Nire emaila {E('ane.etxeberria@gmail.com')} da eta telefonoa {T('+34 943 218 440')}. Eskerrik asko!")
    add("checkin_zu", f"Sawubona {P('Sipho Ndlovu')}, siyakwamukela eHotela laseThekwini! Igumbi lakho ngu-512. Uma unemibuzo shayela umabhalane {P('Thandeka Mkhize')} ku-{T('+27 31 555 0142')}.")
    add("travel_agent_sv", copilot_chat("fixa buggen i e-postmallen", f"Mallen `booking_confirmation.sv.html` renderade fel namn. Med testdatan blir det nu:\n\n> Hej {P('Linnea Bergström')}! Din resa till Kreta är bokad. Vi skickar biljetterna till {E('linnea.bergstrom@gmail.com')}.\n\nDet var `{{{{ guest.first }}}}` som saknades i `<h1>`."))
    add("loyalty_crm_hy", f"Հաճախորդ: {P('Արմեն Հակոբյան')} ({P('Armen Hakobyan')})\nՀեռ.: {T('+374 91 442 187')}\nԷլ. փոստ: {E('armen.hakobyan@mail.am')}\nԼոյալության մակարդակ: Gold")

    # --- energy / utilities ------------------------------------------------------------------------
    add("meter_account", codex("sqlite3 billing.db \"select * from accounts where meter='ZMQ-44102';\"", f"ZMQ-44102|{P('Aleksander Wiśniewski')}|{A('ul. Lipowa 17/4, 20-020 Lublin')}|{T('+48 601 224 918')}|{E('a.wisniewski@wp.pl')}|prepaid"))
    add("outage_sms_log", f"2026-11-19 05:12:44 SMS queued to {T('+90 532 418 77 20')} ({P('Ayşe Gül Yıldırım')}): \"Sayın abonemiz, Bağlarbaşı trafo arızası nedeniyle 08:00'e kadar kesinti yaşanacaktır.\"\n2026-11-19 05:12:44 SMS queued to {T('+90 505 201 33 18')} ({P('Hakan Özbek')}): same template")
    add("field_tech_report", f"Work order WO-88712 (substation Ploiești Nord)\nTechnician: {P('Andrei-Mihai Popescu')} (badge 4471)\nCustomer contact: {P('Elena Dumitrescu')}, {T('0722 418 309')}\nSite address: {A('Strada Gheorghe Doja 45, Ploiești 100091')}\nFinding: cable termination overheated, replaced.")
    add("smart_meter_portal_ru", tabnine("почему не приходит письмо?", f"В логе видно, что письмо для {E('o.kuznetsova@yandex.ru')} ({P('Ольга Кузнецова')}) отбрасывается из-за SPF. Проверьте запись SPF для домена отправителя."))

    # --- security operations ------------------------------------------------------------------------
    add("incident_report", f"# Incident report IR-2026-031 (draft)\n\n**Reporter:** {P('Priyanka Raghunathan')} ({E('priyanka.r@acme-bank.example')}, ext. 4471)\n**Affected user:** {P('Gustavo Henrique Lacerda')} — workstation WS-FIN-0412, login `{U('glacerda')}`\n**Summary:** phishing mail led to credential entry on a look-alike portal at 09:41; the session was reused from {IP('185.220.101.47')} at 09:58.\n**Actions:** password reset, MFA re-enrolment, mailbox rule removed.")
    add("auth_log", f"Nov 19 02:14:07 bastion-01 sshd[21877]: Failed password for invalid user {U('oracle')} from {IP('45.141.84.120')} port 51122 ssh2\nNov 19 02:14:11 bastion-01 sshd[21877]: Failed password for {U('root')} from {IP('45.141.84.120')} port 51134 ssh2\nNov 19 02:15:40 bastion-01 sshd[21901]: Accepted publickey for {U('mkovalenko')} from {IP('91.196.152.33')} port 60211 ssh2")
    add("forensics_timeline", claude_bash("grep -i 'owner' timeline.csv | head -3", f"2026-11-17T22:01:12Z,USB,E:\\,owner={U('EKirwan')},vendor=SanDisk\n2026-11-17T22:03:40Z,LNK,C:\\Users\\{U('EKirwan')}\\Desktop\\salaries_2026.xlsx.lnk,owner={U('EKirwan')}\n2026-11-17T22:05:02Z,MAIL,to={E('eoin.kirwan.private@gmail.com')},subject=\"backup\"", "/cases/" + U("hfaris") + "/IR-2026-029"))
    add("phish_headers", f"Received: from mail-gw.example-bank.com (mail-gw.example-bank.com [10.12.0.5])\nReceived: from [{IP('102.89.34.17')}] (helo=desktop-k2)\nFrom: \"Payroll Team\" <{E('payroll@acme-bank-hr.example')}>\nTo: {P('Mariam Aziz')} <{E('mariam.aziz@acme-bank.example')}>\nSubject: Action required: update your direct deposit\nX-Originating-IP: {IP('102.89.34.17')}")
    add("soc_handover_de", f"Schichtübergabe SOC (Nacht → Früh)\n- Fall 4471: Konto {U('j.brenner')} ({P('Julia Brenner')}) gesperrt nach Impossible Travel (Frankfurt → {IP('103.75.201.9')} Jakarta). Rückruf unter {T('+49 171 4408 219')} vereinbart.\n- Fall 4473: erledigt.")
    add("ticket_export_json", dumps([{"key": "SEC-1182", "reporter": {"displayName": P("Nomvula Khumalo"), "emailAddress": E("nomvula.khumalo@acme-energy.co.za")}, "assignee": {"displayName": P("Diego Armando Salcedo"), "name": U("dsalcedo")}, "summary": "Suspicious VPN login for contractor", "description": f"Login for {U('contractor_lm')} from {IP('41.13.252.88')} outside business hours."}], ensure_ascii=False, indent=2))
    add("edr_alert_it", aider("analizza questo alert EDR", f"L'alert riguarda l'host `PC-AMM-017` dell'utente `{U('f.deluca')}` ({P('Francesca De Luca')}). Il processo `powershell.exe -enc ...` ha contattato {IP('5.188.206.14')}. Ti consiglio di isolare l'host e resettare le credenziali."))

    # --- general developer material with people in it ------------------------------------------------
    add("commit_trailers", f"commit 4e1b7a9c0d2f5e8813a6b4c7d9e0f1a2b3c4d5e6\nAuthor: {P('Tahmina Akhter')} <{E('tahmina.akhter@acme-logistics.example')}>\nDate:   Wed Nov 19 10:22:41 2026 +0600\n\n    routing: handle depots without coordinates\n\n    Co-authored-by: {P('Oskar Nieminen')} <{E('oskar.nieminen@acme-logistics.example')}>\n    Reviewed-by: {P('Lerato Mokoena')} <{E('lerato@mokoena.dev')}>")
    add("codeowners_handles", f"# CODEOWNERS\n/payments/    @{U('hjorgensen')} @{U('kwame-asare')}\n/kyc/         @{U('ifeoma-n')}\n/infra/       @acme-bank/platform")
    add("home_paths", f"Traceback (most recent call last):\n  File \"/Users/{U('siosaia.vake')}/dev/ledger/app.py\", line 88, in <module>\n    main()\n  File \"/Users/{U('siosaia.vake')}/dev/ledger/.venv/lib/python3.12/site-packages/click/core.py\", line 1157, in __call__\nKeyError: 'LEDGER_DB_URL'")
    add("windows_path_ps", f"PS C:\\Users\\{U('rtamura')}\\source\\repos\\PolicyAdmin> dotnet test\n  Determining projects to restore...\n  PolicyAdmin.Tests -> C:\\Users\\{U('rtamura')}\\source\\repos\\PolicyAdmin\\bin\\Debug\\net8.0\\PolicyAdmin.Tests.dll\nPassed!  - Failed: 0, Passed: 214, Skipped: 3")
    add("hr_record", copilot_call("insert_edit_into_file", {"filePath": "seed/employees.yaml", "code": f"- id: 3301\n  name: {P('Farhan Siddiqui')}\n  dob: {D('1990-10-28')}\n  phone: {T('+92 300 8127 446')}\n  email: {E('farhan.siddiqui@acme-travel.example')}\n  address: {A('House 14, Street 7, F-8/3, Islamabad')}"}))
    add("greeting_reply", f"Dear Mrs. {P('Okafor')},\n\nThank you for your patience. Your refund of €212.00 was issued today. If you don't see it within 5 days please call us at {T('+353 1 555 0190')} quoting reference RF-88120.\n\nKind regards,\n{P('Declan Byrne')}\nCustomer Care")
    add("gemini_sql", gemini("psql -c 'select name, email from teachers limit 2'", f"        name         |             email\n---------------------+-------------------------------\n {P('Mihaela Stanciu')}     | {E('m.stanciu@scoala-exemplu.ro')}\n {P('Yerlan Dzhaksybekov')} | {E('y.dzhaksybekov@mektep.kz')}\n(2 rows)"))
    add("sentry_event", dumps({"event_id": h32(g), "user": {"id": "88120", "email": E("imogen.sutcliffe@btinternet.com"), "ip_address": IP("81.107.44.201"), "username": U("imogen_s")}, "request": {"url": "https://book.example-rail.co.uk/checkout"}, "level": "error"}, indent=2))
    add("sms_consent_tl", f"Magandang araw {P('Jerome Villanueva')}! Salamat sa pag-book sa aming resort sa Siargao. Ipapadala namin ang resibo sa {E('jerome.villanueva@yahoo.com')}. Tumawag sa {T('+63 917 442 1188')} kung may tanong.")
    add("crm_row_pl", f"| ID | Klient | Telefon | E-mail | Adres |\n|---|---|---|---|---|\n| 4412 | {P('Zofia Kaczmarczyk')} | {T('+48 512 887 340')} | {E('zofia.kaczmarczyk@onet.pl')} | {A('ul. Długa 8/3, 80-827 Gdańsk')} |")
    add("visa_application_sw", f"Ombi la viza — Ubalozi\nJina: {P('Neema Wambura')}\nTarehe ya kuzaliwa: {D('11/02/1993')}\nSimu: {T('+255 713 408 221')}\nBarua pepe: {E('neema.wambura@gmail.com')}")
    add("gdpr_delete_script", copilot_call("run_in_terminal", {"command": f"python manage.py anonymize_user --email {E('dimitra.papadaki@gmail.com')} --confirm", "explanation": "Anonymize the customer per the erasure request", "isBackground": False}))
    add("card_decline_log", f"2026-11-19T11:02:18Z WARN payment.declined order=88213 pan={C(luhn_complete('37', 15, g))} holder=\"{P('Grace Achieng Otieno')}\" reason=do_not_honor\n2026-11-19T11:02:41Z INFO payment.retry order=88213")
    add("customer_dob_es_la", f"Hola equipo, el cliente {P('Joaquín Andrés Pizarro')} no puede validar su identidad porque en el sistema figura la fecha de nacimiento {D('13/05/1978')} en vez de {D('13/05/1987')}. Su correo es {E('joaquin.pizarro@gmail.com')}. ¿Lo pueden corregir?")
    add("driver_license", f"Rental agreement RA-20418\nDriver: {P('Brandon Keele')}\nLicense: {m_dl('D4127781')} (CA)\nDOB: {D('1994-07-15')}\nPhone: {T('(415) 555-0126')}")
    add("zip_location_form", dumps({"firstName": P("Hyun-woo"), "lastName": P("Jang"), "city": L("Busan"), "zip": Z("48058"), "phone": T("010-4412-8830")}, ensure_ascii=False))
    return out


def grouped_iban(v: str) -> str:
    return " ".join(v[i : i + 4] for i in range(0, len(v), 4))


def m_ssn(v: str) -> str:
    from _markup import m

    return m("US_SSN", v)


def m_dl(v: str) -> str:
    from _markup import m

    return m("US_DRIVER_LICENSE", v)


def date_str() -> str:
    return "2026-11-18"


def h32(g: Gen) -> str:
    return g.s(HEX, 32)


def negatives(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(source: str, text: str) -> None:
        out.append((source, text))

    h = lambda n: g.s(HEX, n)  # noqa: E731

    add("env_example", "# .env.example — copy to .env and fill in\nNINJA_CLIENT_SECRET=<your-client-secret>\nPAYPLUG_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxx\nSWAN_CLIENT_SECRET=changeme\nZATCA_SECRET=\nTIBBER_TOKEN=${TIBBER_TOKEN}\nSENDLE_API_KEY=your-sendle-api-key-here")
    add("git_log_oneline", shell("git log --oneline -6", f"{h(7)} (HEAD -> main, origin/main) payouts: retry SEPA batches on AM04\n{h(7)} kyc: map Ondato status codes\n{h(7)} build(deps): bump psycopg from 3.2.1 to 3.2.3\n{h(7)} routing: cache OptimoRoute responses for 5 min\n{h(7)} Merge pull request #812 from acme/feature/tabby-bnpl\n{h(7)} docs: document ZATCA phase 2 onboarding"))
    add("uuid_migration", f"-- V2026_11_18__add_claim_status.sql\nALTER TABLE claims ADD COLUMN status_id uuid NOT NULL DEFAULT '{g.uuid()}';\nCREATE INDEX claims_status_idx ON claims (status_id);\n-- seeded statuses\nINSERT INTO claim_status (id, code) VALUES ('{g.uuid()}', 'OPEN'), ('{g.uuid()}', 'SETTLED');")
    add("docker_digests", f"$ docker images --digests | head -4\nREPOSITORY                   TAG      DIGEST                                                                    IMAGE ID\nwazuh/wazuh-manager          4.9.0    sha256:{h(64)}   {h(12)}\nstrangebee/thehive           5.3      sha256:{h(64)}   {h(12)}\nopenproject/openproject      15       sha256:{h(64)}   {h(12)}")
    add("iban_check_constraint", copilot_chat("add a CHECK constraint so IBANs are at least shaped right", "Postgres can't compute mod-97 in a CHECK cheaply, but you can enforce the shape:\n\n```sql\nALTER TABLE payees ADD CONSTRAINT iban_shape\n  CHECK (iban ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$');\n```\n\nand validate the checksum in the application with `schwifty` or `python-stdnum`."))
    add("sha256sums", f"$ sha256sum dist/*\n{h(64)}  dist/acme_ledger-3.14.1-py3-none-any.whl\n{h(64)}  dist/acme_ledger-3.14.1.tar.gz")
    add("k8s_secret_ref", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: payouts-worker\nspec:\n  template:\n    spec:\n      containers:\n        - name: worker\n          image: registry.example.com/payouts/worker:2.8.0\n          env:\n            - name: PAYSAFE_API_PASSWORD\n              valueFrom:\n                secretKeyRef:\n                  name: paysafe-credentials\n                  key: api-password\n            - name: DB_PASSWORD\n              valueFrom:\n                secretKeyRef: {name: ledger-db, key: password}")
    add("scada_modbus_map", "# Modbus register map — RTU-7 (feeder bay 3)\n# addr  type     scale  unit  description\n40001   uint16   0.1    kV    busbar voltage L1\n40002   uint16   0.1    kV    busbar voltage L2\n40003   uint16   0.1    kV    busbar voltage L3\n40011   int16    1      A     feeder current\n40021   uint32   0.01   MWh   energy import\n10001   coil     -      -     breaker CB-3 closed")
    add("iec104_log", "2026-11-19 06:00:01.114 IEC104 [10.31.2.7:2404] STARTDT con\n2026-11-19 06:00:01.220 IEC104 ASDU=1 TI=M_ME_NC_1 IOA=4001 val=110.42 qual=GOOD\n2026-11-19 06:00:01.221 IEC104 ASDU=1 TI=M_SP_NA_1 IOA=1001 val=ON qual=GOOD\n2026-11-19 06:00:05.002 IEC104 TESTFR act")
    add("sigma_rule", "title: Suspicious Encoded PowerShell\nid: " + g.uuid() + "\nstatus: experimental\nlogsource:\n  product: windows\n  category: process_creation\ndetection:\n  selection:\n    Image|endswith: '\\\\powershell.exe'\n    CommandLine|contains: ' -enc '\n  condition: selection\nlevel: high\ntags:\n  - attack.execution\n  - attack.t1059.001")
    add("ioc_hashes", f"IOC list from the public advisory (no internal data):\n- SHA256 {h(64)} loader.dll\n- SHA256 {h(64)} update.exe\n- MD5 {h(32)}\n- domain: update-check.example.net\n- CVE-2024-3400, CVE-2023-4966")
    add("yara_rule", "rule Acme_Loader_Strings\n{\n    strings:\n        $a = \"ReflectiveLoader\" ascii\n        $b = { 4D 5A 90 00 03 00 00 00 }\n        $c = \"api_key=%s&sig=%s\" ascii\n    condition:\n        uint16(0) == 0x5A4D and 2 of them\n}")
    add("nginx_conf", "server {\n    listen 443 ssl http2;\n    server_name booking.example.com;\n    ssl_certificate     /etc/ssl/certs/booking.example.com.pem;\n    ssl_certificate_key /etc/ssl/private/booking.example.com.key;\n    location /api/ {\n        proxy_pass http://10.0.4.12:8080;\n        proxy_set_header X-Request-Id $request_id;\n    }\n}")
    add("fr_prose", "Pour la passerelle de paiement, nous avons choisi PayPlug pour la France et Nexi pour l'Italie. Les clés ne sont jamais stockées dans le dépôt : elles sont injectées au démarrage depuis HashiCorp Vault (chemin secret/payments/<pays>). Le mode test utilise les clés sk_test_… de la documentation officielle.")
    add("it_prose", "Il modulo di fatturazione elettronica invia i file XML al Sistema di Interscambio (SdI) tramite PEC. Il codice destinatario di prova è 0000000 e la partita IVA nei test è 01234567890, un valore fittizio usato negli esempi dell'Agenzia delle Entrate.")
    add("ro_prose", "Integrarea cu e-Factura (ANAF) folosește OAuth2; tokenul se obține din SPV cu certificatul digital, așa că în CI rulăm doar testele cu serverul mock de pe localhost:8089. Nu există chei reale în repo.")
    add("tr_prose", "e-Fatura entegrasyonunda GİB test ortamı kullanılıyor. Test VKN'si 1234567801 ve örnek fatura numarası ABC2026000000001; bunlar GİB dokümanındaki örnek değerler.")
    add("ka_prose", "ეს მოდული ამუშავებს ენერგოსისტემის ტელემეტრიას IEC 61850 პროტოკოლით. კონფიგურაციის ფაილი არ შეიცავს პაროლებს — ისინი Vault-იდან იტვირთება.")
    add("fa_prose", "این سرویس فقط رویدادهای امنیتی را از Wazuh و TheHive جمع می‌کند و هیچ کلید یا رمزی در مخزن نگه نمی‌دارد. برای آزمایش از مقدار نمونهٔ <API_KEY> استفاده کنید.")
    add("kk_prose", "Бұл қызмет электрондық үкімет порталынан тек ашық деректерді алады: мекемелер тізімі, жұмыс уақыты және мекенжайлар анықтамалығы. Жеке деректер сақталмайды.")
    add("sv_prose", "Swish-integrationen testas mot MSS (Merchant Swish Simulator) med testcertifikatet Swish_Merchant_TestCertificate_1234679304.p12 och det testlösenord som Getswish publicerar i sin dokumentation.")
    add("eu_prose", "Aplikazioak ikasleen notak kudeatzen ditu. Proba-datuak Faker liburutegiarekin sortzen dira eta ez dute benetako daturik.")
    add("ms_prose", "Modul penghantaran menyokong Pos Laju, J&T dan Ninja Van. Nombor penjejakan contoh seperti EP123456789MY hanya digunakan dalam ujian unit.")
    add("nl_prose", "We gebruiken de NS-API alleen voor vertrektijden. De subscription key staat in Azure Key Vault onder de naam `ns-api-key`; lokaal werkt `NS_API_SUBSCRIPTION_KEY=dummy` met de mock-server.")
    add("openapi_spec", "openapi: 3.0.3\ninfo:\n  title: Claims API\n  version: 2.4.0\ncomponents:\n  securitySchemes:\n    ApiKeyAuth:\n      type: apiKey\n      in: header\n      name: X-Api-Key\n    OAuth2:\n      type: oauth2\n      flows:\n        clientCredentials:\n          tokenUrl: https://auth.example.com/oauth/token\n          scopes: {claims.read: read claims}")
    add("pytest_output", "============================= test session starts ==============================\nplatform linux -- Python 3.12.7, pytest-8.3.3\ncollected 148 items\n\ntests/test_sepa.py ........................                                [ 16%]\ntests/test_zatca_qr.py ..........                                          [ 23%]\ntests/test_routing.py ..................................................   [ 57%]\ntests/test_bnpl.py ..............................................           [ 88%]\ntests/test_kyc.py .................                                         [100%]\n\n============================= 148 passed in 6.41s ==============================")
    add("package_lock", f"\"node_modules/@paypal/checkout-server-sdk\": {{\n  \"version\": \"1.0.3\",\n  \"resolved\": \"https://registry.npmjs.org/@paypal/checkout-server-sdk/-/checkout-server-sdk-1.0.3.tgz\",\n  \"integrity\": \"sha512-{g.b64(64)}\"\n}}")
    add("stack_trace_java", "org.springframework.web.client.HttpClientErrorException$Unauthorized: 401 Unauthorized: \"{\"error\":\"invalid_client\"}\"\n\tat org.springframework.web.client.HttpClientErrorException.create(HttpClientErrorException.java:106)\n\tat com.acme.travel.sabre.SabreTokenClient.fetch(SabreTokenClient.java:58)\n\tat com.acme.travel.sabre.SabreTokenClient$$SpringCGLIB$$0.fetch(<generated>)\n\tat com.acme.travel.search.FlightSearchService.search(FlightSearchService.java:121)")
    add("tracking_numbers", "carrier,tracking_number,status\npostnl,3SABCD1234567,delivered\nups,1Z999AA10123456784,in_transit\nusps,9400100000000000000000,label_created\ndhl,JJD000390007880000000,delivered")
    add("zatca_qr_test", copilot_chat("why does the ZATCA QR test fail?", "The TLV encoder writes the seller name length as a byte count of the UTF-16 string; ZATCA expects UTF-8. With the sample seller `Acme Trading Co` and VAT number `399999999900003` (the example from the ZATCA developer guide) the expected base64 begins with `AQ9BY21lIFRyYWRpbmcgQ28`. Fix `encode_tlv()` to use `value.encode('utf-8')`."))
    add("edu_schema", "CREATE TABLE students (\n  id           bigserial PRIMARY KEY,\n  full_name    text NOT NULL,\n  date_of_birth date NOT NULL,\n  guardian_phone text,\n  email        citext UNIQUE\n);\nCOMMENT ON COLUMN students.date_of_birth IS 'PII: encrypt at rest, never log';")
    add("ci_log", f"Run actions/checkout@v4\nSyncing repository: acme/claims-service\nHEAD is now at {h(40)} Merge pull request #441\nRun ./gradlew test --no-daemon\n> Task :test\nBUILD SUCCESSFUL in 2m 14s\nPost job cleanup.\n##[debug]Masking value: ***")
    add("terraform_plan", "  # aws_secretsmanager_secret.worldpay will be created\n  + resource \"aws_secretsmanager_secret\" \"worldpay\" {\n      + arn         = (known after apply)\n      + name        = \"prod/payments/worldpay\"\n      + kms_key_id  = \"alias/payments\"\n    }\n\n  # aws_secretsmanager_secret_version.worldpay will be created\n  + resource \"aws_secretsmanager_secret_version\" \"worldpay\" {\n      + secret_string = (sensitive value)\n    }\n\nPlan: 2 to add, 0 to change, 0 to destroy.")
    add("public_keys", f"-----BEGIN PUBLIC KEY-----\n{g.b64(48)}\n{g.b64(48)}\n{g.b64(18)}\n-----END PUBLIC KEY-----\n\n^ ZATCA sandbox public key for verifying the stamp; safe to commit.")
    add("otel_trace", f"trace_id={h(32)} span_id={h(16)} parent={h(16)} name=\"POST /v1/payouts\" duration_ms=212 status=OK http.status_code=201 service.name=payouts-api service.version=3.14.1")
    add("aider_negative", aider("rename PayoutService.retry to retry_failed", "payouts/service.py\n```python\n<<<<<<< SEARCH\n    def retry(self, batch_id: str) -> None:\n=======\n    def retry_failed(self, batch_id: str) -> None:\n>>>>>>> REPLACE\n```"))
    add("claude_tests", claude_bash("pytest -q tests/test_tlv.py", "....\n4 passed in 0.12s", "/workspace/zatca-einvoice"))
    add("codex_negative", codex("ls -la config/", "total 24\ndrwxr-xr-x  2 root root 4096 Nov 18 10:02 .\n-rw-r--r--  1 root root  812 Nov 18 10:02 carriers.example.yml\n-rw-r--r--  1 root root  301 Nov 18 10:02 logging.yml\n-rw-r--r--  1 root root  120 Nov 18 10:02 secrets.template.json"))
    add("gemini_negative", gemini("cat secrets.template.json", "{\n  \"trustly_private_key\": \"<paste PEM here>\",\n  \"trustly_password\": \"********\",\n  \"tibber_token\": \"REPLACE_ME\"\n}"))
    add("versions_table", "| Component | Version | Commit |\n|---|---|---|\n| ledger-core | 3.14.1 | " + h(40) + " |\n| scada-gateway | 0.9.7-rc.2 | " + h(40) + " |\n| kyc-adapter | 1.22.0 | " + h(40) + " |")
    add("tabnine_negative", tabnine("what does AM04 mean in a SEPA return?", "AM04 is *InsufficientFunds*: the debtor's account did not have enough balance. Other common reason codes are AC04 (account closed), MD01 (no mandate) and MS02 (refused by debtor)."))
    add("cody_negative", cody("explain this regex", "`^[0-9]{5}(-[0-9]{4})?$` matches a US ZIP code, optionally followed by the ZIP+4 extension, e.g. `12345` or `12345-6789`."))
    add("amazonq_negative", amazonq("how do I rotate the OPCUA server certificate?", "1. Generate a new key pair on the gateway: `openssl req -new -x509 -keyout server_key.pem -out server_cert.der -outform der -days 730 -nodes -subj \"/CN=opcua-gw\"`\n2. Copy `server_cert.der` into the trusted folder of each client.\n3. Restart the OPC UA server service.\n\nKeep `server_key.pem` out of version control."))
    add("email_thread_negative", mail("noreply@status.example.com", "ops-alerts@example.com", "[Resolved] Elevated error rates on payouts API", "Wed, 19 Nov 2026 09:30:00 +0000", "The incident affecting the payouts API between 08:12 and 08:47 UTC has been resolved. Root cause: an expired intermediate certificate on the load balancer. No customer data was affected.\n\n— Status page"))
    return out
