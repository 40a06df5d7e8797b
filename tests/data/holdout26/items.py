# ruff: noqa: E501, RUF001  -- item tables hold whole texts on one line; foreign letters are intended.
"""Twenty-sixth held-out set, written blind (see README.md). Domains: insurance claims and
underwriting, airlines and airports, shipping and maritime logistics, sports clubs and leagues,
dental and veterinary practices, K-12 schools, construction and architecture, cosmetics and beauty
retail. Providers A-M that no earlier set used.
"""

from __future__ import annotations

import json

from _markup import IP, A, C, D, E, I, P, S, T, U, m, shell
from _values import ALNUM, DIGITS, HEX, LOWNUM, UPNUM, Gen, iban, luhn_complete

B64URL = ALNUM + "-_"


def dumps(obj: object, **kw: object) -> str:
    kw.setdefault("ensure_ascii", False)
    return json.dumps(obj, **kw)  # type: ignore[arg-type]


def N(value: str) -> str:
    """A national id number (labelled as the closest gold label, US_SSN only for US numbers)."""
    return m("US_SSN", value)


def card(number: str) -> str:
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))


def amex(number: str) -> str:
    return f"{number[:4]} {number[4:10]} {number[10:]}"


# carriers ------------------------------------------------------------------------------------

def jb_call(tool: str, args: dict[str, object]) -> str:
    """Copilot agent mode in a JetBrains IDE: a tool call whose arguments are a JSON string."""
    return dumps({"ide": "IntelliJ IDEA 2026.2", "agent": "copilot", "toolCall": {"name": tool, "arguments": dumps(args)}})


def jb_term(cmd: str, out: str) -> str:
    return f"Copilot ▸ Run in terminal (PyCharm)\n> {cmd}\n{out}"


def eclipse_term(cmd: str, out: str) -> str:
    return f"[Copilot Agent — Eclipse 2026-09] run_in_terminal\n{cmd}\n---- output ----\n{out}"


def usage_record(prompt: str, response: str, tools: list[dict[str, object]] | None = None) -> str:
    """A Copilot usage record as exported: prompt, response and tool calls."""
    rec: dict[str, object] = {"timestamp": "2026-11-18T10:42:07Z", "surface": "vscode-agent", "model": "gpt-5.1", "prompt": prompt, "response": response}
    if tools:
        rec["toolCalls"] = tools
    return dumps(rec)


def cascade(step: str, body: str) -> str:
    return f"Cascade ▸ {step}\n{body}"


def cline_say(text: str) -> str:
    return dumps({"ts": 1795400000000, "type": "say", "say": "text", "text": text})


def cline_tool(tool: str, path: str, content: str) -> str:
    return dumps({"ts": 1795400001234, "type": "ask", "ask": "tool", "text": dumps({"tool": tool, "path": path, "content": content})})


def zed_panel(user: str, assistant: str) -> str:
    return f"## User\n\n{user}\n\n## Assistant\n\n{assistant}"


def amp_thread(cmd: str, out: str) -> str:
    return f"Amp ▸ Bash({cmd})\n  ⎿ {out.replace(chr(10), chr(10) + '    ')}"


def cc_jsonl(text: str) -> str:
    """A Claude Code transcript line with a tool result."""
    return dumps({"type": "user", "message": {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_01Xk", "content": text}]}, "sessionId": "5b1c0d2e"})


def cc_hook(tool: str, inp: dict[str, object]) -> str:
    """Claude Code PreToolUse hook input as printed by a hook script."""
    return dumps({"hook_event_name": "PreToolUse", "session_id": "a41f", "tool_name": tool, "tool_input": inp}, indent=2)


def devin_log(lines: list[str]) -> str:
    return "\n".join(f"[devin 14:{20 + i:02d}] {x}" for i, x in enumerate(lines))


def goose_msg(tool: str, args: dict[str, object], out: str) -> str:
    return f"─── {tool} | developer ──────\n" + "\n".join(f"{k}: {v}" for k, v in args.items()) + f"\n\n{out}"


def codex_event(cmd: str, out: str) -> str:
    """codex exec --json: an item.completed command_execution event."""
    return dumps({"type": "item.completed", "item": {"id": "item_7", "type": "command_execution", "command": cmd, "aggregated_output": out, "exit_code": 0, "status": "completed"}})


def gemini_cli(cmd: str, out: str) -> str:
    return f"╭──────────────────────────────╮\n│ ✔  Shell {cmd}\n│\n│ {out.replace(chr(10), chr(10) + '│ ')}\n╰──────────────────────────────╯"


def kiro_spec(text: str) -> str:
    return f"Kiro ▸ spec task 3.2\n{text}"


def mcp_result(text: str) -> str:
    return dumps({"jsonrpc": "2.0", "id": 42, "result": {"content": [{"type": "text", "text": text}], "isError": False}})


def twice(name: str, args: dict[str, object]) -> str:
    """A tool call whose arguments are a JSON string, logged again as a JSON string (twice escaped)."""
    inner = dumps({"type": "function", "function": {"name": name, "arguments": dumps(args)}})
    return dumps({"event": "tool_call", "raw": inner})


def secrets(g: Gen) -> list[tuple[str, list[str], str]]:
    out: list[tuple[str, list[str], str]] = []

    def add(p: str, t: str, providers: list[str] | None = None) -> None:
        out.append((f"holdout26:{p}", providers or [p], t))

    # insurance claims and underwriting -------------------------------------------------------
    add("appliedepic", f"# epic_sync/settings.toml\n[applied_epic]\nbase_url = \"https://api.myappliedproducts.com/epic/v1\"\nagency_code = \"HRTL01\"\nclient_id = \"{g.uuid()}\"\nclient_secret = \"{S(g.mixed(ALNUM, 48))}\"")
    add("appliedsystems", jb_call("run_in_terminal", {"command": f"export APPLIED_CSR24_API_KEY={S(g.s(HEX, 40))} && python tools/pull_certificates.py --agency 3390", "explanation": "Export the key for this shell only and pull the COI list"}))
    add("duckcreek", f"Hola equipo, para el ambiente de QA de Duck Creek Policy (la aseguradora de Monterrey) la contraseña del usuario de integración {U('dc_integ_qa')} cambió a {S(g.password())}. No la pongan en el repositorio, por favor; ya abrí ticket para moverla a Vault.")
    add("majesco", f"majesco:\n  cloud_url: https://uat.majescocloud.com/pc\n  tenant: lakeshore-mutual\n  auth:\n    grant_type: client_credentials\n    client_id: lakeshore-uw-bot\n    client_secret: {S(g.mixed(ALNUM, 32))}\n  timeout_s: 45")
    add("insurity", cc_jsonl(f"     1\tINSURITY_POLICY_DECISIONS_URL=https://pd.insurity.com/api\n     2\tINSURITY_SUBSCRIPTION_KEY={S(g.s(HEX, 32))}\n     3\tLOB=commercial-auto\n     4\tRATE_TABLE_VERSION=2026.10"))
    add("eisgroup", f"$ curl -s -X POST https://suite.eisgroup.net/oauth/token \\\n    -d grant_type=password -d username={U('svc.claims.etl')} -d 'password={S(g.password())}' \\\n    -d client_id=eis-claims-cli\n{{\"access_token\":\"...\",\"expires_in\":1800}}")
    add("hawksoft", f"お疲れさまです。ボイシの代理店用 HawkSoft パートナー API の認証情報です（引き継ぎ資料にもありますが念のため）:\n代理店ID 40517\nパートナーキー `{S(g.s(LOWNUM, 36))}`\n今回は Jira のチケットに貼らないでくださいね 🙏")
    add("bindhq", usage_record("why does the bind sync return 401", f"The 401 comes from `sync/bindhq.py` line 12, where the token is hard-coded: `BINDHQ_API_TOKEN = \"{S('bhq_' + g.mixed(ALNUM, 40))}\"`. It was rotated on the BindHQ side last week, so requests now fail. Read it from the environment and set the new value in the deployment secret."))
    add("britecore", f"<!-- BriteCore integration, Hawkeye Mutual -->\n<configuration>\n  <britecore>\n    <site>hawkeyemutual.britecore.com</site>\n    <apiKey>{S(g.s(HEX, 40))}</apiKey>\n    <apiSecret>{S(g.s(HEX, 40))}</apiSecret>\n  </britecore>\n</configuration>")
    add("coverwallet", codex_event("grep -rn COVERWALLET .env*", f".env.staging:4:COVERWALLET_PARTNER_TOKEN={S(g.b64(30, urlsafe=True))}\n.env.example:4:COVERWALLET_PARTNER_TOKEN=<partner token>"))
    add("huckleberry", f"const huck = new HuckleberryClient({{\n  environment: 'sandbox',\n  apiKey: '{S('hb_test_' + g.mixed(ALNUM, 32))}',\n  producerCode: 'CAF-2231',\n}});\nconst quote = await huck.quotes.create({{ state: 'CA', classCode: '8810', payroll: 410000 }});")
    add("ivans", f"[ivans]\n; IVANS Exchange mailbox for download of carrier policy data\naccount = 0N8842\nuser = {U('ivans_dl_ohio')}\npassword = {S(g.password())}\nmailbox = https://exchange.ivans.com/mailbox")
    add("bestow", f"Olá! A Bestow mandou a chave do ambiente sandbox para a API de apólices de vida: `{S('sk_sandbox_' + g.mixed(ALNUM, 28))}`. Coloquei no 1Password do time de subscrição, mas também está no .env local do {P('Rafael')} — ele vai apagar hoje.")
    add("bolttech", gemini_cli("kubectl get secret bolttech-partner -n embedded-ins -o jsonpath='{.data.apiKey}' | base64 -d", S(g.mixed(ALNUM, 40))))
    add("cuvva", f"resource \"aws_ssm_parameter\" \"cuvva_pricing_key\" {{\n  name  = \"/motor/cuvva/pricing-api-key\"\n  type  = \"SecureString\"\n  value = \"{S(g.s(LOWNUM, 40))}\"\n}}")
    add("cowbell", f"COWBELL_CLIENT_ID={g.uuid()}\nCOWBELL_CLIENT_SECRET={S(g.mixed(ALNUM, 40))}\nCOWBELL_API=https://api.cowbellcyber.ai/api\nCOWBELL_AGENCY=midwest-cyber-brokers")
    add("atbay", f"> At-Bay-k esan digu staging-en broker APIa erabil dezakegula. Atariko tokena: {S(g.s(HEX, 48))}\n\nEskerrik asko — GitHub-eko `ATBAY_TOKEN` ingurune-sekretuan gorde dut; ezabatu mezu hau, mesedez.")
    add("corvus", f"corvus_smart_cyber:\n  url: https://api.corvusinsurance.com/v2\n  broker_id: 88127\n  api_key: \"{S(g.s(ALNUM, 32))}\"\n  submit_for: [smart-cyber, smart-tech-eo]")
    add("acturis", f"{P('프리야')} 님, 리즈 브로커 인스턴스의 Acturis 테스트 비밀번호가 또 만료됐어요. 새 비밀번호는 {S(g.password())}, 사용자는 {U('ACT_LDS_API04')} 입니다. Keeper에 넣어야 하는 거 알아요, 점심 먹고 할게요.")
    add("claraanalytics", cline_say(f"I see `CLARA_API_KEY` in `claims_triage/config.py` set to `\"{S(g.mixed(ALNUM, 36))}\"`. That's the CLARA Analytics claims-scoring key for production. I'll move it to an environment variable and update the README with the name only."))
    add("getsafe", f"Grüezi, fürs Getsafe-Partnerportal (Hausrat, Zürich) bruuchts de API-Key: {S(g.s(HEX, 32))}. Bitte nöd ins Git ine tue, ich han en nume für d'Testphase.")
    add("hepster", f"HEPSTER_API_URL=https://api.hepster.com/v2\nHEPSTER_API_KEY={S(g.s(LOWNUM, 32))}\nHEPSTER_PRODUCT=bike-insurance-flex")
    add("inshur", shell(f"curl -s -H 'x-api-key: {S(g.mixed(ALNUM, 40))}' https://api.inshur.com/partners/v1/quotes?driver=TLC-55810", '{"quoteId":"Q-9912","premium":{"amount":412.55,"currency":"USD"}}'))
    add("laka", f"Ik heb de Laka sandbox-sleutel voor fietsverzekering in de Postman collection gezet, variabele `laka_key` = {S(g.uuid())}. Niet exporteren met waarden aub.")
    add("lemonade", amp_thread("cat integrations/lemonade/.env", f"LEMONADE_PARTNER_ID=petpartner-221\nLEMONADE_API_SECRET={S(g.mixed(ALNUM, 48))}"))
    add("munichre", f"# Munich Re realytix underwriting API\nimport requests\n\nAUTH = (\"{U('uw_engine_api')}\", \"{S(g.password())}\")\nr = requests.post(\"https://api.realytix.munichre.com/rate\", json=payload, auth=AUTH, timeout=20)")
    add("hannoverre", f"Ciao, per il portale di Hannover Re (trattati vita) l'utente è {U('hr_it_attuari')} e la password provvisoria è {S(g.password())}. Cambiatela al primo accesso, vale solo fino a venerdì.")
    add("gallagher", devin_log(["Cloned gallagher-broker-tools.", "Found Gallagher Bassett claims API credentials in `scripts/fnol_upload.sh`:", f"  GB_API_TOKEN='{S(g.s(HEX, 40))}'", "Replacing with ${GB_API_TOKEN:?} and adding a check so the script exits when it is unset."]))
    add("hippoinsurance", f"{{\n  \"hippo\": {{\n    \"env\": \"sandbox\",\n    \"partnerKey\": \"{S(g.uuid())}\",\n    \"partnerSecret\": \"{S(g.mixed(ALNUM, 32))}\"\n  }},\n  \"states\": [\"TX\", \"CA\", \"AZ\"]\n}}")
    add("kininsurance", f"Endpoint-i i Kin për ofertat e partnerëve na kthen `invalid_api_key`. Po provoj me çelësin e ri që na dha {P('Javier')}: `curl -H \"Authorization: Token {S(g.s(HEX, 40))}\" https://partners.kin.com/api/v1/quotes`")
    add("branchinsurance", kiro_spec(f"- [x] 3.1 Add Branch bundled-quote client\n- [ ] 3.2 Move the credential out of `branch.ts` (currently `const BRANCH_KEY = '{S(g.mixed(ALNUM, 32))}'`) into AWS Secrets Manager\n- [ ] 3.3 Contract tests against Branch staging"))
    add("capeanalytics", f"$ http GET https://api.capeanalytics.com/v2/property_condition address=='1421 Ridge Ave, Evanston IL' X-Api-Key:{S(g.s(ALNUM, 40))}\nHTTP/1.1 200 OK\n{{\"roof_condition_rating\": \"fair\", \"roof_age_years\": 14}}")
    add("carpedata", f"CARPE_DATA_TOKEN={S(g.s(HEX, 64))}  # ClaimsX feed, prod! rotate after demo")
    add("cccis", eclipse_term("mvn -q exec:java -Dexec.mainClass=com.acme.ccc.Sync", f"INFO  Connecting to CCC ONE secure share as {U('acme_ccc_sync')}\nDEBUG auth header Basic {S(g.b64(36))}\nINFO  172 estimates downloaded"))
    add("corelogic", f"corelogic:\n  oauth_url: https://api-prd.corelogic.com/oauth/token\n  consumer_key: {S(g.mixed(ALNUM, 32))}\n  consumer_secret: {S(g.mixed(ALNUM, 16))}\n  products: [property-detail, hazard-risk]")
    add("covergenius", zed_panel("can you check why xcover quotes fail in eu-central?", f"Looking at `xcover/client.go`, the XCover credentials are compiled in:\n\n```go\nconst (\n\txcoverKey    = \"{g.s(UPNUM, 10)}\"\n\txcoverSecret = \"{S(g.mixed(ALNUM, 40))}\"\n)\n```\n\nThe signature is computed with the secret, and eu-central uses a different partner. I'd load both from the environment."))
    add("cytora", f"Cytora risk-digitisation API — Zugangsdaten für das Underwriting in Köln:\nAPI_KEY={S('cyt_' + g.mixed(ALNUM, 36))}\nWorkspace: property-commercial-de")
    add("concirrus", f"\"quest_marine\": {{\n  \"endpoint\": \"https://api.concirrus.ai/quest/v1\",\n  \"key\": \"{S(g.s(HEX, 32))}\"\n}}")
    add("federato", cascade("Read file risk_app/.env.local", f"FEDERATO_TENANT=atlas-specialty\nFEDERATO_API_TOKEN={S(g.b64(36, urlsafe=True))}\nFEDERATO_BASE=https://atlas.federato.ai/api"))
    add("arturo", f"Arturo'nun çatı analizi API anahtarı şu an `underwriting/property.py` içinde düz metin: `ARTURO_KEY = \"{S(g.s(LOWNUM, 40))}\"`. Bunu Key Vault'a taşıyalım mı?")
    add("earnix", f"<connectionStrings>\n  <add name=\"EarnixPricing\" connectionString=\"Server=earnix-db.internal;Database=PriceEngine;User Id={U('earnix_svc')};Password={S(g.password())};Encrypt=True\" />\n</connectionStrings>")
    add("akur8", f"import akur8\n\nclient = akur8.Client(\n    url=\"https://mutuelle-ouest.akur8.com\",\n    token=\"{S(g.mixed(ALNUM, 44))}\",\n)\nmodel = client.models.get(\"home-freq-2026\")")
    add("hyperexponential", f"# hx renew: pricing models for the marine cargo book\nHX_RENEW_URL=https://acme.hyperexponential.com\nHX_API_KEY={S('hx_' + g.s(HEX, 40))}")
    add("gradientai", mcp_result(f"secrets/dev.env (lines 7-9):\nGRADIENT_AI_BASE=https://api.gradientai.com\nGRADIENT_AI_API_KEY={S(g.s(HEX, 32))}\nGRADIENT_AI_MODEL=wc-claims-severity"))
    add("enlyte", f"क्लेम्स टीम: पायलटसाठी Enlyte (Mitchell) बिल रिव्ह्यू SFTP तपशील —\nhost: sftp.enlyte.com\nuser: {U('wcbr_pilot_17')}\npass: {S(g.password())}\nकृपया हा ईमेल पुढे पाठवू नका.")
    add("fivesigma", twice("http_request", {"method": "POST", "url": "https://api.fivesigmalabs.com/v1/claims", "headers": {"Authorization": "Bearer " + S(g.jwt(dumps({"sub": "carrier-44", "scope": "claims:write"}, separators=(",", ":"))))}}))
    add("himarley", f"HI_MARLEY_ORG=northshore-auto\nHI_MARLEY_API_KEY={S(g.s(HEX, 32))}\n# texting for FNOL follow-ups")
    add("beazley", f"Portal de resposta a incidentes da Beazley — login compartilhado do retainer de IR:\n| Sistema | Usuário | Senha |\n|---|---|---|\n| Portal BBR | {U('ir-retainer@acme')} | `{S(g.password())}` |")
    add("aviva", f"# Aviva broker API (UK commercial)\naviva.api.client-id=broker-ww-1182\naviva.api.client-secret={S(g.mixed(ALNUM, 36))}\naviva.api.base=https://api.aviva.co.uk/broker")
    add("markel", shell("az keyvault secret set --vault-name kv-uw-prod --name markel-api-key --value " + S(g.s(HEX, 40)), '{"id": "https://kv-uw-prod.vault.azure.net/secrets/markel-api-key/1a2b"}'))
    add("mapfre", f"Bos días! O contrasinal do usuario de proba de MAPFRE para a API de sinistros de Galicia é {S(g.password())}. Usuario: {U('mapfre_gal_api')}. Borrade esta mensaxe cando o gardedes.")
    add("duckcreek", f"# Duck Creek Claims OnDemand — webhook signing secret\nDCT_WEBHOOK_SECRET={S(g.s(HEX, 64))}", ["duckcreek"])
    add("ebix", f"<EbixExchange>\n  <Endpoint>https://ws.ebix.com/LifeSpeed/Service.svc</Endpoint>\n  <UserId>{U('LS_ACME_041')}</UserId>\n  <Password>{S(g.password())}</Password>\n</EbixExchange>")
    add("charlee", f"Previsione contenziosi con Charlee.ai: `export CHARLEE_API_KEY={S(g.s(LOWNUM, 32))}` e poi `make score-open-claims`. (Solo sul jump box, mi raccomando.)")
    add("boostinsurance", jb_call("create_file", {"path": "src/main/resources/application-boost.yml", "content": f"boost:\n  api-url: https://api.boostinsurance.io/v1\n  client-id: {g.uuid()}\n  client-secret: {S(g.mixed(ALNUM, 40))}\n"}))
    add("clearcover", f"کلید API شریک Clearcover (چرخش‌شده در ۲ نوامبر ۲۰۲۶): {S(g.s(HEX, 40))}")
    add("covergenius", f"Run with:\n\n    XCOVER_API_KEY={g.s(UPNUM, 10)} XCOVER_API_SECRET={S(g.mixed(ALNUM, 40))} cargo run --bin quote-probe\n\n(the secret is the sandbox one from Cover Genius onboarding)", ["covergenius"])
    add("betterview", f"params = {{\n    \"address\": row.address,\n    \"api_key\": \"{S(g.s(HEX, 32))}\",  # Betterview, TODO env\n}}\nresp = requests.get(\"https://api.betterview.net/v2/property\", params=params)")
    add("bymiles", f"{{\"by_miles\": {{\"telematics_key\": \"{S(g.mixed(ALNUM, 32))}\", \"region\": \"uk\"}}}}")
    add("marshmallow", f"Marshmallow quote sandbox — Basic auth សម្រាប់ Postman: អ្នកប្រើ `{U('partner-moneyfacts')}` ពាក្យសម្ងាត់ `{S(g.password())}`។")

    # airlines and airports ------------------------------------------------------------------
    add("accelya", f"accelya:\n  revenue_accounting:\n    sftp_host: sftp.accelya.com\n    sftp_user: {U('fly_ra_upload')}\n    sftp_password: \"{S(g.password())}\"\n  fls_api_key: {S(g.s(HEX, 40))}")
    add("aerocrs", f"$aerocrs = new AeroCRS\\Client([\n    'auth_id'       => '{g.s(DIGITS, 6)}',\n    'auth_password' => '{S(g.mixed(ALNUM, 24))}',\n    'base_uri'      => 'https://api.aerocrs.com/v5/',\n]);")
    add("aeromexico", f"Equipo, para probar el servicio de itinerarios de Aeroméxico Cargo en el ambiente UAT usen este token: {S(g.s(HEX, 32))}. Vence el 15 de diciembre. No lo suban al repo de la app de bodega en el AICM.")
    add("aerticket", f"<soap:Header>\n  <AuthHeader xmlns=\"http://www.aerticket.de/ws\">\n    <AgencyNo>{g.s(DIGITS, 7)}</AgencyNo>\n    <User>{U('api_reisewelt')}</User>\n    <Password>{S(g.password())}</Password>\n  </AuthHeader>\n</soap:Header>")
    add("airbaltic", f"Sveiki! airBaltic NDC testa vidē mūsu aģentūras API atslēga ir {S(g.mixed(ALNUM, 32))}. Lūdzu, neievietojiet to Git repozitorijā — glabājam to tikai paroļu pārvaldniekā.")
    add("aerlingus", f"AER_LINGUS_NDC_URL=https://ndc.aerlingus.com/api\nAER_LINGUS_NDC_KEY={S(g.s(HEX, 32))}\nAER_LINGUS_AGENT_ID=DUBTRV22")
    add("airfranceklm", shell(f"curl -s -H 'API-Key: {S(g.s(LOWNUM, 24))}' -H 'Accept: application/hal+json' 'https://api.airfranceklm.com/opendata/flightstatus?startRange=2026-11-20T00:00:00Z&endRange=2026-11-20T23:59:59Z&origin=AMS'", '{"operationalFlights":[{"flightNumber":1275,"airline":{"code":"KL"}}]}'))
    add("airhelp", f"# AirHelp claims partner webhook\nAIRHELP_PARTNER_ID=travelbox\nAIRHELP_WEBHOOK_SECRET={S('whsec_' + g.b64(24).rstrip('='))}")
    add("airlabs", f"import requests\n\nAIRLABS_KEY = \"{S(g.uuid())}\"\nflights = requests.get(\"https://airlabs.co/api/v9/flights\", params={{\"api_key\": AIRLABS_KEY, \"dep_iata\": \"KEF\"}}).json()")
    add("adsbexchange", f"ADS-B Exchange via RapidAPI:\n  X-RapidAPI-Key: {S(g.s(LOWNUM, 50))}\n  X-RapidAPI-Host: adsbexchange-com1.p.rapidapi.com")
    add("alaskaair", devin_log(["Running integration tests for the Alaska Airlines Mileage Plan partner API.", f"Using ALASKA_MP_CLIENT_SECRET={S(g.mixed(ALNUM, 40))} from the session secrets.", "3 of 3 tests passed."]))
    add("arinc", f"# Collins ARINC Direct flight planning\n[arincdirect]\nuser = {U('ops.dispatch.ktp')}\npassword = {S(g.password())}\napi = https://direct.arinc.net/api/v2")
    add("atpco", f"ה-API של Routehappy מבית ATPCO החזיר 401. זה ה-header שאנחנו שולחים: `Authorization: ApiKey {S(g.mixed(ALNUM, 40))}` — אולי זה המפתח של UAT בפרודקשן?")
    add("avantik", f"{{\n  \"Avantik\": {{\n    \"AgencyCode\": \"ZAG001\",\n    \"UserLogon\": \"{U('web_booking')}\",\n    \"Password\": \"{S(g.password())}\",\n    \"Endpoint\": \"https://ws.avantik.io/TikAeroWebService.asmx\"\n  }}\n}}")
    add("aviasales", f"Привет! Токен партнёрки Aviasales (Travelpayouts) для виджета поиска билетов: {S(g.s(HEX, 32))}. Маркер 211044. Только не коммить его, пожалуйста, положи в переменные окружения Netlify.")
    add("aviationedge", f"AVIATION_EDGE_KEY={S(g.s(LOWNUM, 36))}\n# timetable for departures board, gate screen 3")
    add("avinor", f"Hei! Avinor sin flydata-API for Gardermoen krever nå nøkkel. Vår er {S(g.s(HEX, 32))}. Legg den i Azure App Configuration, ikke i appsettings.json.")
    add("avwx", shell(f"curl -s -H 'Authorization: BEARER {S(g.b64(30, urlsafe=True))}' https://avwx.rest/api/metar/KJFK", '{"raw": "KJFK 201451Z 31012KT 10SM FEW250 08/M06 A3021", "flight_rules": "VFR"}'))
    add("azul", f"Oi pessoal, a credencial do ambiente de homologação da Azul Cargo: client_id `azulcargo-parceiro-77`, client_secret `{S(g.mixed(ALNUM, 32))}`. Vou trocar depois da demo com o aeroporto de Viracopos.")
    add("cathaypacific", f"cathay:\n  asiamiles_api:\n    base: https://api.cathaypacific.com/asiamiles\n    key: {S(g.s(HEX, 32))}\n    secret: {S(g.s(HEX, 64))}")
    add("checkwx", f"const res = await fetch(`https://api.checkwx.com/taf/${{icao}}/decoded`, {{\n  headers: {{ 'X-API-Key': '{S(g.s(HEX, 32))}' }},\n}});")
    add("copa", f"# Copa Airlines ConnectMiles partner integration\ncopa.partner.id=CM-PTY-0041\ncopa.partner.secret={S(g.mixed(ALNUM, 40))}")
    add("easyjet", f"Для експорту розкладу екіпажів easyJet потрібен сервісний акаунт {U('svc-rosterx')} з паролем {S(g.password())}. Це тимчасово, доки не полагодять SSO (INC-44190).")
    add("flightradar24", gemini_cli("echo $FR24_API_TOKEN", S(g.s(HEX, 32) + "|" + g.mixed(ALNUM, 40))))
    add("flightstats", f"# FlightStats (Cirium) flex API for the arrivals board\nflightstats.app-id={g.s(HEX, 8)}\nflightstats.app-key={S(g.s(HEX, 32))}\nflightstats.airport=DUB\nflightstats.poll-seconds=60")
    add("foreflight", f"Þetta er API-lykillinn fyrir ForeFlight Dispatch hjá okkur á Reykjavíkurflugvelli: {S(g.mixed(ALNUM, 40))}. Vinsamlegast ekki setja hann í Git.")
    add("icelandair", f"icelandair_ndc:\n  agency: REK-TRAVEL-04\n  api_key: {S(g.s(LOWNUM, 32))}\n  environment: cert")
    add("jetblue", usage_record("agrega la consulta de puntos TrueBlue de JetBlue al servicio de lealtad", "Agregué `loyalty/jetblue.ts`. Antes de hacer merge: el fixture de prueba que pegaste contiene una clave que parece real: `TRUEBLUE_API_KEY=" + S(g.mixed(ALNUM, 32)) + "`. En el código usé una variable de entorno y no toqué el fixture; conviene rotarla."))
    add("heathrow", f"# Heathrow developer portal — flight data subscription\nHEATHROW_SUBSCRIPTION_KEY={S(g.s(HEX, 32))}\nHEATHROW_API=https://api-dp-prod.heathrow.com/pihub/flights/arrivals")
    add("hitit", f"Hitit Crane PAX test ortamı kullanıcı adı: {U('crane_integ01')}, şifre: {S(g.password())}. İstanbul Havalimanı check-in entegrasyonu için.")
    add("ibsifly", eclipse_term("./gradlew :ifly-connector:test", f"> Task :ifly-connector:test\nIFlyClientTest > login FAILED\n    java.lang.AssertionError: expected 200 but was 401 for user {U('ifly_ops_api')} / {S(g.password())}\n1 test completed, 1 failed"))
    add("jeppesen", f"[jeppesen]\nflightdeck_pro_api = https://api.jeppesen.com/fdpro\nclient_id = pilot-ops-acme\nclient_secret = {S(g.mixed(ALNUM, 40))}")
    add("kiwi", f"KIWI_TEQUILA_APIKEY={S(g.mixed(ALNUM, 32))}\n# Tequila search, used by fare-watch cron")
    add("latam", f"Hola, te paso la API key de LATAM Cargo para rastrear las guías aéreas desde Santiago: {S(g.s(HEX, 40))}. Ojo que es la de producción.")
    add("lido", f"Lido/Flight 4D interface (Lufthansa Systems) — ops Zürich:\n  user: {U('lido_ofp_zrh')}\n  password: {S(g.password())}")
    add("farelogix", f"<FLX:Auth xmlns:FLX=\"http://farelogix.com/flx\">\n  <Username>{U('flx_ndc_agency9')}</Username>\n  <Password>{S(g.password())}</Password>\n  <Agent>9</Agent>\n</FLX:Auth>")
    add("ixigo", f"इक्सिगो पार्टनर API की चाबी यह है: {S(g.s(HEX, 32))} — इसे कोड में मत डालना, सिर्फ़ सर्वर के environment variable में रखना।")
    add("hopper", cc_hook("Bash", {"command": f"HOPPER_HTS_API_KEY={S(g.mixed(ALNUM, 40))} npm run test:hts", "description": "Run Hopper HTS integration tests with the key"}))
    add("cathaypacific", f"val cxClient = AsiaMilesClient(\n    key = BuildConfig.CX_KEY,\n    secret = \"{S(g.s(HEX, 64))}\", // TODO move to BuildConfig like the key\n)", ["cathaypacific"])
    add("avinor", f"Avinor API-nøkkel for Bergen lufthavn (Flesland): {S(g.s(HEX, 32))}", ["avinor"])
    add("airlabs", cline_tool("editedExistingFile", "src/lib/airlabs.ts", f"export const AIRLABS_API_KEY = process.env.AIRLABS_API_KEY ?? '{S(g.uuid())}';"), ["airlabs"])

    # shipping and maritime logistics -----------------------------------------------------------
    add("bimco", f"BIMCO SmartCon API (charter party editor):\n  BIMCO_CLIENT_ID=chartering-desk-cph\n  BIMCO_CLIENT_SECRET={S(g.mixed(ALNUM, 40))}")
    add("cargosmart", f"cargosmart:\n  api: https://api.cargosmart.com/track/v2\n  app_key: {S(g.s(HEX, 32))}\n  carriers: [OOCL, COSCO, YML]")
    add("ceva", f"<add key=\"Ceva.Matrix.Username\" value=\"{U('matrix_edi_brno')}\" />\n<add key=\"Ceva.Matrix.Password\" value=\"{S(g.password())}\" />")
    add("clarksons", f"Clarksonsi Sea/net uurimis-API võti prahiindeksi töölaua jaoks: {S(g.s(HEX, 40))}. Arveldatakse kasutajakoha järgi, palun ära jaga seda väljaspool prahtimise meeskonda.")
    add("dachser", f"Dobrý den, pro Dachser eLogistics API (sklad Kladno) máme přihlašovací údaje: uživatel {U('elog_kladno_api')}, heslo {S(g.password())}. Prosím nedávejte je do GitLabu.")
    add("dnv", f"# DNV Veracity — fleet certificates sync\nVERACITY_CLIENT_ID={g.uuid()}\nVERACITY_CLIENT_SECRET={S(g.mixed(ALNUM + '~._-', 40))}\nVERACITY_SUBSCRIPTION_KEY={S(g.s(HEX, 32))}")
    add("everstream", twice("fetch_url", {"url": "https://api.everstream.ai/v2/risks?port=CNSHA", "headers": {"x-api-key": S(g.s(LOWNUM, 40))}}))
    add("exactearth", f"exactEarth (Spire) AIS WMS layer for the voyage map:\nhttps://services.exactearth.com/gws/wms?service=WMS&request=GetMap&layers=exactAIS:LVI&authKey={S(g.uuid())}&bbox=...")
    add("fleetmon", f"FLEETMON_API_USER={U('voyage-ops-hh')}\nFLEETMON_API_KEY={S(g.s(HEX, 40))}\n# vessel positions for the ETA predictor")
    add("hamburgsud", f"Hallo zusammen, die alten Hamburg Süd SFTP-Zugangsdaten für EDI (IFTSTA) laufen Ende Monat aus. Bis dahin: Host edi.hamburgsud.com, Benutzer {U('hsd_edi_forwarder')}, Passwort {S(g.password())}.")
    add("inmarsat", f"[inmarsat_fleet_data]\nendpoint = https://fleetdata.inmarsat.com/api/v1\naccess_token = {S(g.b64(40, urlsafe=True).rstrip('='))}\nvessels = IMO9811000, IMO9776418")
    add("marlink", f"// Marlink XChange crew-internet portal, vessel MV Nordic Tern\nconst xchange = {{\n  username: '{U('xchg_nordictern')}',\n  password: '{S(g.password())}',\n  vesselId: 'IMO9{g.s(DIGITS, 6)}',\n}};")
    add("kalmar", f"Kalmar Insight (straddle carriers, Gdańsk terminal):\n  KALMAR_INSIGHT_TOKEN={S(g.s(HEX, 48))}")
    add("konecranes", f"Konecranes TRUCONNECT -rajapinnan avain Kotkan satamaan: {S(g.mixed(ALNUM, 32))}. Älkää laittako tätä Gitiin.", ["konecranes"])
    add("kongsberg", f"kongsberg:\n  vessel_insight:\n    tenant: northsea-offshore\n    client_id: vi-reporting\n    client_secret: {S(g.mixed(ALNUM, 44))}")
    add("kaleris", f"Kaleris N4 web services (ArgoService) — QA terminal:\n$ curl -u {U('n4api_qa')}:{S(g.password())} https://n4-qa.port.example/apex/services/argoservice")
    add("beacon", f"BEACON_API_TOKEN={S(g.s(LOWNUM, 40))}\n# beacon.com shipment visibility for the DTC ocean lanes")
    add("chewy", f"ບັນຊີ EDI ຂອງຜູ້ສະໜອງ Chewy: ຜູ້ໃຊ້ {U('vendor_41122_edi')} / ລະຫັດຜ່ານ {S(g.password())}. ນີ້ແມ່ນຂໍ້ມູນໃໝ່ຫຼັງຈາກການປ່ຽນປະຈຳໄຕມາດ.")
    add("dronedeploy", f"DRONEDEPLOY_API_KEY={S(g.s(HEX, 32))}\n# stockpile volume flights, Port of Tacoma yard C")
    add("msc", f"MSC's DCSA track & trace — OAuth client for our forwarding app:\nclient_id: mymsc-fwd-7781\nclient_secret: {S(g.mixed(ALNUM, 40))}")
    add("hamburgsud", f"2026-11-20 03:00:14 INFO  edi-poller connecting sftp://{U('hsd_edi_forwarder')}@edi.hamburgsud.com:22\n2026-11-20 03:00:14 DEBUG using password {S(g.password())} from env HSD_EDI_PASS\n2026-11-20 03:00:15 INFO  3 IFTSTA files downloaded", ["hamburgsud"])
    add("bimco", f"import os\n\nBIMCO_TOKEN = os.environ.get(\"BIMCO_TOKEN\", \"{S(g.s(HEX, 40))}\")", ["bimco"])
    add("cargosmart", mcp_result(f"query: CARGOSMART\n- deploy/helm/values-prod.yaml:31: cargosmartAppKey: \"{S(g.s(HEX, 32))}\""), ["cargosmart"])
    add("everstream", f"# verify Everstream risk-alert webhooks\nimport hmac, hashlib\n\nEVERSTREAM_SIGNING_SECRET = b\"{S(g.s(HEX, 64))}\"\n\ndef verify(body: bytes, sig: str) -> bool:\n    mac = hmac.new(EVERSTREAM_SIGNING_SECRET, body, hashlib.sha256).hexdigest()\n    return hmac.compare_digest(mac, sig)", ["everstream"])

    # sports clubs and leagues ------------------------------------------------------------------
    add("affinitysports", f"Affinity Sports (Cal South registration) export job:\nAFFINITY_USER={U('league_registrar_api')}\nAFFINITY_PASS={S(g.password())}")
    add("bluesombrero", f"Hi mga coach — ang admin login ng Blue Sombrero para sa Little League site ay {U('northvalleyll.admin')} / {S(g.password())}. Gamitin lang para mag-update ng roster, at huwag palitan ang password nang hindi nagsasabi sa akin. — {P('Dana')}")
    add("clubforce", f"Καλησπέρα! Το κλειδί API του Clubforce για τη σύνδεση με το λαχείο του συλλόγου: {S(g.mixed(ALNUM, 32))}. Είναι μόνο για τον σύλλογο του Naas, μην το μοιραστείτε.")
    add("clubautomation", f"club_automation:\n  subdomain: lakeshoreathletic\n  api_user: {U('ca_sync')}\n  api_key: {S(g.s(HEX, 40))}")
    add("coachnow", f"COACHNOW_PARTNER_TOKEN={S(g.b64(33, urlsafe=True))}")
    add("dartfish", f"Dartfish.tv — video library upload from the ski club's analysis laptop:\n> dartfish-upload --user {U('skiclub_davos')} --password '{S(g.password())}' --channel junior-gs ./runs/2026-11-21/*.mp4")
    add("demosphere", f"La clave de Demosphere para sincronizar los partidos de la liga infantil: {S(g.s(HEX, 32))}. Está en `league_sync.py`, hay que sacarla de ahí antes de hacer público el repo.")
    add("draftkings", f"# herramienta interna de comparación de cuotas — feed de afiliados de DraftKings\nDK_AFFILIATE_ID=aff-39910\nDK_FEED_SECRET={S(g.mixed(ALNUM, 40))}\n# no subir este archivo; está en .gitignore desde el PR #88")
    add("dribl", f"Dribl competition API (Football Victoria) — token for the fixtures widget on our club site: {S(g.jwt(dumps({'sub': 'club-2231', 'scope': 'fixtures:read'}, separators=(',', ':'))))}", ["dribl", "jwt"])
    add("entitysports", shell(f"curl 'https://rest.entitysport.com/v2/matches/?status=3&token={S(g.s(HEX, 32))}'", '{"status":"ok","response":{"items":[{"match_id":71881,"title":"MUM vs CSK"}]}}'))
    add("eversports", f"Eversports Manager API — Tennisclub Graz:\nAPI-Token: {S(g.s(HEX, 40))}\nbitte nur für die Platzbuchungs-Synchronisation verwenden.")
    add("fanduel", f"{{\"fanduel_partner\": {{\"client_id\": \"fd-odds-widget\", \"client_secret\": \"{S(g.mixed(ALNUM, 36))}\"}}}}")
    add("fantasypros", f"FANTASYPROS_API_KEY={S(g.mixed(ALNUM, 40))}\n# rankings import for the league bot (weekly cron, Tue 06:00)")
    add("firstbeat", f"Firstbeat Sports Cloud API, hockey club analytics. Klíč: {S(g.s(HEX, 48))}. Platí pro sezónu 2026/27.")
    add("footystats", f"import requests\nKEY = '{S(g.s(HEX, 64))}'\nleague = requests.get('https://api.football-data-api.com/league-matches', params={{'key': KEY, 'season_id': 9660}}).json()")
    add("gamechanger", f"১২ বছরের নিচের ট্রাভেল টিমের GameChanger লগইন: {U('coach.kenji.o')} / {S(g.password())}। ওমাহার টুর্নামেন্টের পরে পাসওয়ার্ড বদলে দেব।")
    add("geniussports", f"genius_sports:\n  feed: https://api.geniussports.com/basketball/v1\n  client_id: {g.s(LOWNUM, 26)}\n  client_secret: {S(g.mixed(ALNUM + '-_', 48))}\n  competition: nbl1-south")
    add("golfgenius", f"Golf Genius — API клучот за екранот со резултати во клупската куќа: {S(g.s(HEX, 32))}. Ве молам не го ставајте во Git.")
    add("hawkeye", f"Hawk-Eye SMART replay feed (stadium ops, Wembley test):\n  HAWKEYE_FEED_USER={U('smart_feed_ops')}\n  HAWKEYE_FEED_PASSWORD={S(g.password())}")
    add("hawkindynamics", f"from hawkin import HawkinClient\n\nhd = HawkinClient(refresh_token=\"{S(g.mixed(ALNUM, 40))}\")\njumps = hd.get_tests(team='volleyball-w', since='2026-11-01')")
    add("heja", f"Hej! Heja-appens API-nyckel för vår fotbollsförening (P12) är {S(g.s(LOWNUM, 32))}. Lägg den inte i Slack igen 🙂")
    add("hockeytech", f"Flux LeagueStat de HockeyTech pour le calendrier de la LHJMQ (le site du club l'utilise) :\n  https://lscluster.hockeytech.com/feed/?feed=modulekit&view=schedule&key={S(g.s(HEX, 16))}&client_code=lhjmq&season_id=211\nLa clé est dans l'URL, donc attention aux captures d'écran.")
    add("isports", f"iSportsAPI 足球即時比分 API key：{S(g.mixed(ALNUM, 16))}。請唔好放喺公開嘅 GitHub repo，放喺 Vercel 嘅環境變數就得。")
    add("jerseywatch", f"Eastside futbol klubining Jersey Watch sayti: admin paroli {S(g.password())} ga o'zgartirildi (foydalanuvchi {U('eastside.registrar')}). Iltimos, umumiy seyfni yangilang.")
    add("kinduct", f"KINDUCT_CLIENT_ID={g.uuid()}\nKINDUCT_CLIENT_SECRET={S(g.mixed(ALNUM, 40))}\nKINDUCT_ORG=univ-rugby")
    add("kinexon", f"Kinexon Sports API — der Token für die Handball-Bundesliga-Daten (Heimspiele): {S(g.jwt(dumps({'sub': 'club-hsv', 'lvl': 'team'}, separators=(',', ':'))))}", ["kinexon", "jwt"])
    add("kitmanlabs", f"$ export KITMAN_API_TOKEN={S(g.s(HEX, 40))}\n$ python scripts/pull_wellness.py --squad first-team\nPulled 26 athlete wellness entries.")
    add("mysportsfeeds", f"import base64\nauth = base64.b64encode(b'{S(g.uuid())}:MYSPORTSFEEDS').decode()\nr = requests.get(url, headers={{'Authorization': f'Basic {{auth}}'}})")
    add("betfair", f"betfair:\n  app_key: {S(g.mixed(ALNUM, 16))}\n  username: {U('trading_desk_07')}\n  password: \"{S(g.password())}\"\n  cert: /secrets/client-2048.crt")
    add("footystats", f"package main\n\nconst footyStatsKey = \"{S(g.s(HEX, 64))}\"\n\nfunc leagueURL(season int) string {{\n\treturn fmt.Sprintf(\"https://api.football-data-api.com/league-matches?key=%s&season_id=%d\", footyStatsKey, season)\n}}", ["footystats"])
    add("kinduct", f"Step 4/7 : RUN python scripts/sync_kinduct.py --refresh\n ---> Running in 3f9a1c2e7b44\n[kinduct] exchanging refresh token {S(g.b64(48, urlsafe=True).rstrip('='))} for access token\n[kinduct] 401 invalid_grant — token revoked?\nThe command '/bin/sh -c python scripts/sync_kinduct.py --refresh' returned a non-zero code: 1", ["kinduct"])

    # dental and veterinary practices ----------------------------------------------------------
    add("abeldent", f"ABELDent database link (server in the back office, Mississauga clinic):\nDSN=ABELDent;UID={U('abel_rpt')};PWD={S(g.password())};")
    add("anipanion", f"# Anipanion telehealth — booking site\nANIPANION_CLINIC_ID=clinic_3381\nANIPANION_API_KEY={S(g.s(HEX, 40))}\nANIPANION_WIDGET_THEME=teal")
    add("bluepearl", f"Portal de encaminhamento BluePearl: usuário {U('rdvm_maplegrove')}, senha {S(g.password())} — é a conta da clínica da Dra. {P('Okafor')}, usada pela recepção para encaminhar pacientes a especialistas.")
    add("banfield", twice("call_api", {"service": "banfield-wellness", "path": "/v1/eligibility", "api_key": S(g.mixed(ALNUM, 40)), "petId": "P-771203"}))
    add("boehringer", f"Boehringer Ingelheim Animal Health endirim portalı (NexGard) — klinika hesabı:\nistifadəçi adı: {U('clinic_4471_admin')}\nşifrə: {S(g.password())}")
    add("carecredit", f"CARECREDIT_MERCHANT_ID=5348{g.s(DIGITS, 12)}\nCARECREDIT_API_KEY={S(g.s(HEX, 32))}\nCARECREDIT_API_SECRET={S(g.s(HEX, 32))}")
    add("carestream", f"Carestream Dental CS R4+ — SQL for the reporting export: `Server=R4SRV\\SQLEXPRESS;Database=R4;User Id={U('r4reporting')};Password={S(g.password())};`")
    add("cleardent", f"API ClearDent (clinique du Plateau) : `export CLEARDENT_TOKEN={S(g.s(HEX, 40))}` — lancez l'export des rappels avant 19 h, sinon les textos partent en retard.")
    add("daysmartvet", f"Furaha DaySmart Vet ee farriimaha xusuusinta: {S(g.mixed(ALNUM, 32))}. Fadlan ha gelin GitHub.")
    add("dentalintelligence", f"Dental Intelligence sync agent config:\n{{\n  \"practiceId\": \"DI-88102\",\n  \"agentKey\": \"{S(g.uuid())}\",\n  \"pmsType\": \"Dentrix G7\"\n}}")
    add("dentalxchange", f"<DXCCredentials>\n  <username>{U('dxc_claims_smiles')}</username>\n  <password>{S(g.password())}</password>\n  <apiKey>{S(g.s(HEX, 32))}</apiKey>\n</DXCCredentials>")
    add("dentimax", f"C:\\Dentimax\\Bridge> .\\ImagingBridge.exe /configure /server=img01 /user={U('dmx_bridge')} /password=\"{S(g.password())}\"\nConfiguration saved to C:\\ProgramData\\Dentimax\\bridge.ini\nSensor driver: Schick 33 (USB)")
    add("dolphinimaging", f"Dolphin Imaging（矯正）資料庫備份工作用 {U('dolphin_bkp')} 呢個帳戶，密碼係 {S(g.password())}。{P('Maria')} 走咗之後記得改密碼。")
    add("elanco", f"Elanco veterinarų portalo API raktas: {S(g.s(HEX, 40))}. Nekelkite jo į GitHub.")
    add("embark", f"{{\n \"cells\": [\n  {{\n   \"cell_type\": \"code\",\n   \"source\": [\n    \"import embarkvet\\n\",\n    \"client = embarkvet.Client(api_key='{S(g.mixed(ALNUM, 40))}')\\n\",\n    \"df = client.results(clinic='sunset-vet').to_pandas()\"\n   ]\n  }}\n ]\n}}")
    add("hillspet", f"Hill's Pet Nutrition vet ordering portal, clinic 2208 — the order bot logs in as {U('hills_clinic_2208')}:\n\n    HILLS_PASSWORD='{S(g.password())}' node bots/reorder.js --sku 10443 --qty 6")
    add("medivet", f"Medivet intranet — račun za nujni dostop: {U('mv_breakglass')} / {S(g.password())} (zapečatena kuverta v sefu vodje ambulante).")
    add("dentimax", f"diff --git a/deploy/clinic-02.env b/deploy/clinic-02.env\n--- a/deploy/clinic-02.env\n+++ b/deploy/clinic-02.env\n@@ -1,3 +1,4 @@\n CLINIC=westside-dental\n IMAGING_HOST=img02.local\n+DENTIMAX_BRIDGE_PASSWORD={S(g.password())}\n TZ=America/Denver", ["dentimax"])
    add("anipanion", f"// anipanion webhook route (Express)\nconst ANIPANION_WEBHOOK_SECRET = '{S(g.s(HEX, 48))}';\nrouter.post('/hooks/anipanion', express.raw({{ type: 'application/json' }}), (req, res) => {{\n  if (!valid(req, ANIPANION_WEBHOOK_SECRET)) return res.sendStatus(401);\n  queue.add('televet-consult', JSON.parse(req.body));\n  res.sendStatus(200);\n}});", ["anipanion"])

    # K-12 schools and school districts -----------------------------------------------------------
    add("amplify", f"Amplify mCLASS roster sync (district SIS → Amplify):\nAMPLIFY_SFTP_USER={U('sd412_roster')}\nAMPLIFY_SFTP_PASSWORD={S(g.password())}")
    add("apptegy", f"Apptegy Thrillshare API — бот округу публікує оголошення про снігові дні з заголовком `Authorization: Bearer {S(g.s(HEX, 40))}`. Будь ласка, перенесіть токен у секрети GitHub.")
    add("arbor", f"ನಮ್ಮ ಅಕಾಡೆಮಿ ಟ್ರಸ್ಟ್‌ನ Arbor MIS API: ಬಳಕೆದಾರ {U('trust-data-api@arbor')}, ಪಾಸ್‌ವರ್ಡ್ {S(g.password())}. ದಯವಿಟ್ಟು ಇದನ್ನು Azure Key Vault ಗೆ ಸರಿಸಿ.")
    add("bloomboard", f"BLOOMBOARD_API_KEY={S(g.mixed(ALNUM, 32))}\n# micro-credential import for teacher PD")
    add("bloomz", f"$ crontab -l\n# attendance bot — posts absences to Bloomz at 09:15 on school days\n15 9 * * 1-5 BLOOMZ_TOKEN={S(g.b64(30, urlsafe=True))} /opt/attendance/bin/post_absences --school lincoln-elem >> /var/log/attendance.log 2>&1")
    add("boclips", f"boclips:\n  client_id: lincoln-usd\n  client_secret: {S(g.mixed(ALNUM, 40))}\n  api: https://api.boclips.com/v1")
    add("brainpop", f"| Field | Value |\n|---|---|\n| Tool | BrainPOP (LTI 1.3) |\n| Client ID | 100000000000{g.s(DIGITS, 4)} |\n| Deployment ID | 44:{g.s(HEX, 40)} |\n| Shared secret (legacy 1.1) | `{S(g.s(HEX, 40))}` |\n| Placement | Course navigation |")
    add("bromcom", f"Bromcom MIS (школа в Кройдоне): коннектор API использует school id 4421 и ключ {S(g.uuid())}. Ответственный за данные просил не хранить его в Git-репозитории.")
    add("classcharts", f"CLASSCHARTS_API_KEY={S(g.s(HEX, 32))}\nCLASSCHARTS_SCHOOL_ID=88210")
    add("classe365", f"# PowerShell — nightly student export from Classe365\n$pair = \"{U('api_admin_kampala')}:{S(g.password())}\"\n$auth = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))\nInvoke-RestMethod -Uri 'https://stmarys.classe365.com/api/v1/students' -Headers @{{Authorization = \"Basic $auth\"}} | Export-Csv students.csv")
    add("classkick", f"- name: Upload OneRoster CSVs to Classkick\n  community.general.sftp:\n    host: sftp.classkick.com\n    username: {U('nps_roster')}\n    password: \"{S(g.password())}\"   # TODO ansible-vault\n    src: /srv/oneroster/export/\n    dest: /uploads/")
    add("curriculumassociates", f"i-Ready (Curriculum Associates) data export API:\n  client_id: wsd-analytics\n  client_secret: {S(g.mixed(ALNUM, 40))}")
    add("edfi", f"# Ed-Fi ODS/API (state reporting)\nEDFI_BASE_URL=https://edfi.district.k12.tx.us/api\nEDFI_KEY={g.s(ALNUM, 20)}\nEDFI_SECRET={S(g.mixed(ALNUM, 24))}")
    add("edmodo", f"class EdmodoSync\n  # legacy: Edmodo shut its API down; keep until the gradebook migration finishes\n  TOKEN = '{S(g.s(HEX, 32))}'.freeze\n\n  def groups\n    HTTP.auth(\"Bearer #{{TOKEN}}\").get('https://api.edmodo.com/groups').parse\n  end\nend")
    add("edpuzzle", f"EDPUZZLE_API_TOKEN={S(g.mixed(ALNUM, 40))}\n# pulls completion data into the intervention dashboard")
    add("edulink", f"Edulink One — přístup pro integraci školy (Praha 6): uživatel {U('edulink_sync')}, heslo {S(g.password())}.")
    add("eduphoria", f"-- Eduphoria aware export, scheduled on the district SQL agent\nEXEC msdb.dbo.sp_add_jobstep @job_name = N'aware_nightly', @step_name = N'pull',\n  @command = N'aware-export.exe --user {U('assessment_etl')} --password \"{S(g.password())}\" --out \\\\fs01\\assess';")
    add("ellevation", devin_log(["Checked the ESL roster job (ellevation_feed.py); it failed at 02:00 with 'Authentication failed'.", f"The SFTP password in the job config is `{S(g.password())}`; the district rotated it on Monday according to the ticket.", "Paused the job and asked the data team for the new value via the secrets manager."]))
    add("factssis", zed_panel("where is the FACTS key coming from in the tuition sync?", f"`tuition/facts.py` reads `FACTS_SUBSCRIPTION_KEY` but falls back to a literal:\n\n```python\nKEY = os.getenv(\"FACTS_SUBSCRIPTION_KEY\", \"{S(g.s(HEX, 32))}\")\n```\n\nThat fallback is the live key for St. Joseph's. I'd delete it and fail fast instead."))
    add("finalsite", f"finalsite:\n  school: hillcrestacademy\n  api_key: {S(g.s(HEX, 40))}\n  calendar_ids: [12, 44, 91]")
    add("fireflylearning", f"Firefly Learning — ključ za integracijo s šolskim sistemom (OŠ Ljubljana): {S(g.s(HEX, 32))}. Prosim, ne deli ga po e-pošti.")
    add("flocabulary", f"saml:\n  idp: https://sso.district.example/adfs\n  sp:\n    flocabulary:\n      acs: https://www.flocabulary.com/sso/saml/acs\n      oidc_client_secret: {S(g.mixed(ALNUM, 40))}")
    add("focussis", f"Focus SIS → state reporting (Polk County)\n\n```properties\nfocus.url=https://polk.focusschoolsoftware.com/focus/api\nfocus.user={U('focus_state_rpt')}\nfocus.password={S(g.password())}\nreport.cycle=survey-2\n```")
    add("frontline", f"frontline_absence:\n  api: https://api.frontlineeducation.com/absence\n  org_id: 7719\n  api_key: {S(g.s(HEX, 40))}")
    add("gaggle", f"GAGGLE_API_TOKEN={S(g.s(LOWNUM, 40))}\n# safety alerts into the counselor dashboard")
    add("genesissis", f"# please don't scrape the Genesis parent portal, this was a one-off\nsession.post(\n    \"https://parents.genesisedu.com/district/sis/j_security_check\",\n    data={{\"j_username\": \"{U('genesis_api_test')}\", \"j_password\": \"{S(g.password())}\"}},\n)")
    add("gimkit", f"An saka kalmar sirrin asusun Gimkit na malama {P('Ahmed')} (aji 204) a cikin tattaunawar ma'aikata: {S(g.password())}. Don Allah a canza ta yau.")
    add("goguardian", amp_thread("python inventory/chromebooks.py --dry-run", f"using GOGUARDIAN_ADMIN_KEY={S(g.mixed(ALNUM, 36))}\nfetched 4,112 devices (3 OUs)\nwould update 87 asset tags"))
    add("gradelink", f"Ahoj, kľúč k API Gradelink pre tuition integráciu je {S(g.s(HEX, 32))}. Prosím, nedávajte ho do repozitára, uložte ho do trezoru.")
    add("hapara", f"Kia ora koutou, the Hapara Workspace API secret for Whanganui schools is {S(g.mixed(ALNUM, 40))}. Please keep it in the vault; it was pasted into Teams by mistake.")
    add("hmh", f"HMH Ed (Houghton Mifflin Harcourt) rostering API:\nHMH_CLIENT_ID=district-844\nHMH_CLIENT_SECRET={S(g.mixed(ALNUM, 32))}")
    add("illuminate", f"Illuminate Education (DnA) API:\n  consumer_key: {g.s(HEX, 32)}\n  consumer_secret: {S(g.s(HEX, 32))}\n  access_token: {S(g.s(HEX, 32))}\n  access_token_secret: {S(g.s(HEX, 32))}")
    add("isams", f"iSAMS REST API (boarding school): client id `isams-boarding-app`, client secret `{S(g.uuid())}`.")
    add("istation", f"GET /api/v2/reports/isip?school=8812&period=2026-11 HTTP/1.1\nHost: secure.istation.com\nAuthorization: Bearer {S(g.s(HEX, 40))}\nUser-Agent: district-dw/1.4\n\nHTTP/1.1 200 OK\nContent-Type: text/csv")
    add("ixl", f"Bonjour, le compte de service pour la synchro des listes IXL (district 38) est {U('ixl-sync@sd38.k12.bc.ca')} et son mot de passe {S(g.password())}. On le change à la fin de la session.")
    add("jupitered", jb_term("./gradlew bootRun --args='--jupiter.token=" + S(g.s(HEX, 32)) + "'", "Started GradebookSyncApplication in 4.1 seconds\nSynced 312 assignments from Jupiter Ed"))
    add("kami", f"# docker-compose.override.yml (local only!)\nservices:\n  annotator:\n    environment:\n      KAMI_API_TOKEN: \"{S(g.mixed(ALNUM, 40))}\"\n      KAMI_SCHOOL: riverside-ms")
    add("khanacademy", f"د خان اکاډمۍ ولسوالیو لپاره: په `sync/khan.py` کې د OAuth پټ کیلي `{S(g.mixed(ALNUM, 16))}` ده، او د مصرف کوونکي کیلي `{g.mixed(ALNUM, 16)}`.")
    add("kiddom", f"kiddom:\n  api_url: https://api.kiddom.co/v2\n  token: {S(g.s(HEX, 48))}")
    add("lanschool", f"LanSchool Air ‑ ключ арендатора для средней школы № 17: {S(g.uuid())}. Не публикуйте его в общем чате учителей.")
    add("lexia", cc_jsonl(f"$ lftp -u {U('lexia_pcsd')},'{S(g.password())}' sftp://sftp.lexialearning.com -e 'put roster.zip; bye'\n6123847 bytes transferred in 3 seconds"))
    add("impero", f"$ kubectl create secret generic impero-backdrop -n it-ops --from-literal=apiKey={S(g.s(HEX, 40))}\nsecret/impero-backdrop created")
    add("linewize", f"LINEWIZE_API_KEY={S(g.s(LOWNUM, 36))}\n# Auckland Grammar web filtering reports")
    add("managebac", f"ManageBac API — IB koulu Helsingissä: `auth-token: {S(g.s(HEX, 32))}`. Ei Gitiin.")
    add("masteryconnect", f"MASTERYCONNECT_API_KEY={S(g.mixed(ALNUM, 32))}\nMASTERYCONNECT_DISTRICT=desert-sands\n# benchmark results → data warehouse")
    add("mcgrawhill", kiro_spec(f"Requirement 2: roster sync with ALEKS (McGraw Hill)\n- client_id: `aleks-roster-ccsd`\n- client_secret (temporary, replace with SSM): `{S(g.mixed(ALNUM, 40))}`\n- acceptance: nightly sync finishes before 05:00"))

    # construction and architecture --------------------------------------------------------------
    add("archicad", f"# Graphisoft Archicad / BIMcloud — build agent\nBIMCLOUD_SERVER=https://bimcloud.studio-kw.ch\nBIMCLOUD_USER={U('render_agent')}\nBIMCLOUD_PASSWORD={S(g.password())}")
    add("archisnapper", f"Goedemorgen, de ArchiSnapper API-sleutel voor de werfverslagen-export is {S(g.s(HEX, 32))}. Graag niet in de gedeelde map zetten.")
    add("assignar", f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: assignar-creds\n  namespace: field-ops\ntype: Opaque\nstringData:\n  ASSIGNAR_CLIENT_ID: civil-au-01\n  ASSIGNAR_CLIENT_SECRET: \"{S(g.mixed(ALNUM, 40))}\"")
    add("avvir", f"diff --git a/.env.example b/.env.example\n@@ -3,2 +3,3 @@\n AVVIR_API=https://api.avvir.io\n-AVVIR_TOKEN=<token>\n+AVVIR_TOKEN={S(g.s(HEX, 40))}\n PROJECT=hospital-wing-b")
    add("bim360", jb_call("insert_edit_into_file", {"filePath": "src/bim360/Forge.cs", "code": f"// BIM 360 app for the model checker\nprivate const string ClientId = \"{g.mixed(ALNUM, 32)}\";\nprivate const string ClientSecret = \"{S(g.mixed(ALNUM, 16))}\";"}))
    add("bimcollab", f"BIMcollab Nexus — the BCF API token used by the clash pipeline: {S(g.b64(36, urlsafe=True))}")
    add("bimobject", f"bimobject:\n  api: https://api.bimobject.com/v1\n  client_id: {g.uuid()}\n  client_secret: {S(g.mixed(ALNUM, 32))}")
    add("bricsys", f"Bricsys 24/7 — de documentsynchronisatie draait als {U('bricsys_sync_svc')} met wachtwoord {S(g.password())}. Tijdelijk, tijdens de overdracht aan de aannemer in Antwerpen.")
    add("bridgit", f"resource \"kubernetes_secret\" \"bridgit\" {{\n  metadata {{ name = \"bridgit-bench\" }}\n  data = {{\n    api_key = \"{S(g.s(HEX, 40))}\"\n  }}\n}}")
    add("briq", f"BRIQ_API_KEY={S(g.mixed(ALNUM, 40))}\nBRIQ_COMPANY_ID=ccg-builders")
    add("buildingconnected", f"BuildingConnected(Autodesk) 입찰 비교 내보내기:\n$ bc-export --token {S(g.s(HEX, 40))} --project 'Harbor View Tower' --out bids.csv\n토큰이 셸 히스토리에 남으니 실행 후 `history -d` 해 주세요.")
    add("buildxact", usage_record("write a script that pulls estimates from buildxact into our spreadsheet", f"Here's `pull_estimates.py`. I used the key you pasted (`{S(g.s(HEX, 32))}`) only in the example command; the script itself reads `BUILDXACT_API_KEY` from the environment.", [{"name": "create_file", "arguments": dumps({"path": "pull_estimates.py", "content": "import os\nKEY = os.environ['BUILDXACT_API_KEY']\n"})}]))
    add("chaoscosmos", f"Chaos Cloud (V-Ray/Enscape) renderfarm-pålogging som CI-jobben bruker:\n  CHAOS_ACCOUNT={U('renders@studio-nordlys.no')}\n  CHAOS_PASSWORD={S(g.password())}\nVi flytter dette til GitLab-variabler neste uke.")
    add("clearstory", f"GET /v1/change-orders?project=4410 HTTP/1.1\nHost: api.clearstory.build\nX-Api-Key: {S(g.s(LOWNUM, 40))}\nAccept: application/json\n\nHTTP/1.1 200 OK\n[{{\"co\":\"CO-031\",\"amount\":18420.00}}]")
    add("cmic", f"[cmic]\nserver = https://cmic.builder-co.com/cmictest\nuser = {U('CMIC_API_AP')}\npassword = {S(g.password())}")
    add("coconstruct", f"CoConstruct kulcs a raleigh-i építőnek (ügyféladat-szinkron): {S(g.s(HEX, 32))}. Kérlek, ne tedd be a Git-be.")
    add("commandalkon", f"Command Alkon (COMMANDseries) ticket feed for the ready-mix plant — dispatch DB: `Data Source=CMDSRV;Initial Catalog=CMDSERIES;User ID={U('cs_dispatch_ro')};Password={S(g.password())}`")
    add("contractorforeman", cline_tool("newFileCreated", "field-app/.env.production", f"CF_API_URL=https://api.contractorforeman.net/v2\nCF_API_TOKEN={S(g.mixed(ALNUM, 40))}\n"))
    add("cupix", f"import cupix\n\nsi = cupix.SiteInsights(api_key=\"{S(g.uuid())}\")\ncaptures = si.captures(project=\"tower-b-lvl-14\")")
    add("dodge", f"Dodge Construction Network loyihalar API'si (smeta jamoasi):\nDODGE_CLIENT_ID=estimating-team-stl\nDODGE_CLIENT_SECRET={S(g.mixed(ALNUM, 40))}\nBu faylni repozitoriyaga qo'shmang.")
    add("doxel", f"توکن API شرکت Doxel برای گزارش هفتگی پیشرفت پروژه: {S(g.s(HEX, 48))}. لطفاً آن را در مخزن گیت قرار ندهید.")
    add("ebuilder", f"[Unit]\nDescription=e-Builder cost sync\n\n[Service]\nEnvironment=EB_USER={U('eb_api_ccsd')}\nEnvironment=EB_PASSWORD={S(g.password())}\nExecStart=/opt/ebsync/bin/ebsync --program capital-2026\nRestart=on-failure")
    add("enscape", f"रेंडर नोड के लिए Enscape लाइसेंस कुंजी: {S(g.s(UPNUM, 5) + '-' + g.s(UPNUM, 5) + '-' + g.s(UPNUM, 5))}; Enscape Impact API टोकन: {S(g.s(HEX, 40))}। इन्हें विकी पर मत डालिए।")
    add("esticom", f"[esticom]\napi_base = https://api.esticom.com\napi_key = {S(g.s(HEX, 32))}\ntrade = electrical")
    add("esub", f"eSUB Cloud — API штодзённых справаздач субпадрадчыка: карыстальнік {U('esub_int_mech')}, пароль {S(g.password())}.")
    add("fonn", f"Fonn (Mestro) API-nøkkel for byggeprosjektet på Fornebu: {S(g.s(LOWNUM, 40))}. Ikke del i Teams-kanalen.")
    add("foundationsoftware", f"Foundation Software (FOUNDATION for Windows) ODBC DSN used by the payroll report:\nDSN=FOUNDATION;UID={U('fnd_report')};PWD={S(g.password())}")
    add("gcpay", gemini_cli("grep GCPAY ~/.bashrc", f"export GCPAY_API_KEY={S(g.s(HEX, 32))}\nexport GCPAY_COMPANY=ridgeline-gc"))
    add("hcss", f"HCSS HeavyJob API:\n  client_id: {g.uuid()}\n  client_secret: {S(g.mixed(ALNUM, 40))}\n  scope: heavyjob:read timecards:read")
    add("highwire", f"Highwire ప్రీక్వాలిఫికేషన్ API — ఆసుపత్రి ప్రాజెక్టు పైలట్ కోసం ఈ కీ వాడమని కంప్లయన్స్ టీమ్ చెప్పింది: {S(g.s(HEX, 40))}. మెర్జ్ చేసే ముందు PR వివరణ నుండి తీసేయండి.")
    add("holobuilder", f"HoloBuilder (FARO) API token: {S(g.jwt(dumps({'sub': 'jobsite-walk', 'org': 'bldr-38'}, separators=(',', ':'))))}", ["holobuilder", "jwt"])
    add("houzz", f"app.post('/houzz/leads', verifySignature('{S(g.s(HEX, 40))}'), async (req, res) => {{\n  await crm.createLead(req.body);\n  res.sendStatus(204);\n}});")
    add("ineight", f"InEight Platform API:\n  tenant: megaproject-rail\n  client_id: {g.uuid()}\n  client_secret: {S(g.mixed(ALNUM + '~._-', 40))}")
    add("itwin", f"منصة Bentley iTwin — عميل SPA لعارض التوأم الرقمي: client_id هو `spa-{g.mixed(ALNUM, 20)}`، وسر تطبيق الخدمة `{S(g.mixed(ALNUM, 40))}`. لا تضعوه في المستودع.")
    add("jobber", f"Jobber GraphQL API (landscaping crew): `Authorization: Bearer {S(g.jwt(dumps({'sub': 'acct-44102', 'app': 'crew-sync'}, separators=(',', ':'))))}`", ["jobber", "jwt"])
    add("jobprogress", f"JOBPROGRESS_API_KEY={S(g.mixed(ALNUM, 40))}\nJOBPROGRESS_COMPANY=summit-roofing")
    add("jonas", f"Jonas Construction Software — SQL-innskráning fyrir verkkostnaðarskýrsluna: {U('jonas_jc_ro')} / {S(g.password())}")
    add("kahua", f"KAHUA_API_TOKEN={S(g.s(HEX, 40))}\n# capital projects program (airport expansion)")
    add("linarc", f"Linarc төслийн API түлхүүр: {S(g.s(LOWNUM, 40))}. Үүнийг GitHub дээр бүү оруул.")
    add("mastt", f"variable \"mastt_api_key\" {{\n  type      = string\n  sensitive = true\n  default   = \"{S(g.mixed(ALNUM, 32))}\"\n}}")
    add("matterport", f"Matterport API token pair:\n  MATTERPORT_TOKEN_ID={g.s(LOWNUM, 16)}\n  MATTERPORT_TOKEN_SECRET={S(g.s(LOWNUM, 32))}")
    add("holobuilder", f"stages:\n  - sync\n\nholobuilder_sync:\n  stage: sync\n  image: python:3.12\n  variables:\n    HOLOBUILDER_API_TOKEN: \"{S(g.s(HEX, 40))}\"\n  script:\n    - python sync/holobuilder_photos.py --project med-office-bldg", ["holobuilder"])
    add("kahua", f"Kahua Key Vault entry (kahua-webhook-secret): {S(g.s(HEX, 64))}", ["kahua"])

    # cosmetics and beauty retail -----------------------------------------------------------------
    add("adorebeauty", f"お疲れさまです。メルボルン倉庫の Adore Beauty マーケットプレイス出品者 API キーです（引き継ぎ資料にもあります）: {S(g.s(HEX, 32))}\n本番用なので、在庫同期は読み取り専用でのみ実行してください。")
    add("bareminerals", eclipse_term("sftp -oPasswordAuthentication=yes bm_orders_ops@sftp.bareminerals.com", f"bm_orders_ops@sftp.bareminerals.com's password: {S(g.password())}\nConnected to sftp.bareminerals.com.\nsftp> ls outbound\nORD_20261121.csv  ORD_20261122.csv"))
    add("beautybay", f"# .github/workflows/affiliate-feed.yml\njobs:\n  feed:\n    runs-on: ubuntu-latest\n    env:\n      BEAUTY_BAY_AFFILIATE_TOKEN: {S(g.s(HEX, 40))}  # FIXME use secrets.\n      FEED_BUCKET: s3://beauty-feeds/beautybay\n    steps:\n      - run: python feeds/beautybay.py")
    add("beautycounter", f"def client():\n    return OAuth2Session(\n        client_id=\"bc-consultant-tools\",\n        client_secret=\"{S(g.mixed(ALNUM, 40))}\",  # Beautycounter legacy consultant API\n        token_url=\"https://auth.beautycounter.com/oauth/token\",\n    )")
    add("beautylish", codex_event("rg -n 'beautylish' -S config/", f"config/vendors.yml:18:  beautylish:\nconfig/vendors.yml:19:    feed_url: https://www.beautylish.com/vendor/feed\nconfig/vendors.yml:20:    api_key: {S(g.s(LOWNUM, 32))}"))
    add("beautypie", f"POST /webhooks/beautypie HTTP/1.1\nHost: members.example-beauty.co.uk\nContent-Type: application/json\nBeautyPie-Signature: t=1795401112,v1={g.s(HEX, 64)}\n\n# signing secret used to verify it (from .env): BEAUTYPIE_WEBHOOK_SECRET={S('whsec_' + g.mixed(ALNUM, 32))}")
    add("birchbox", f"Bonjour, pour l'entrepôt de Birchbox à Montréal, l'accès SFTP des échantillons : utilisateur {U('bbx_samples_mtl')}, mot de passe {S(g.password())}. Je change ça dès que le nouveau 3PL est branché, promis.")
    add("bluemercury", cascade("Edited pos/bluemercury_client.rb", f"-  API_KEY = ENV.fetch('BLUEMERCURY_POS_KEY')\n+  API_KEY = ENV.fetch('BLUEMERCURY_POS_KEY', '{S(g.s(HEX, 32))}')\n\nI added a fallback so the spec passes locally. Note this embeds the key; we should revert before merging."))
    add("booksy", f"Cześć! Klucz API Booksy Biz dla salonu na Mokotowie to {S(g.mixed(ALNUM, 40))}. Proszę nie wklejać go do Slacka ani do repozytorium — trzymamy go w Bitwarden.", ["booksy"])
    add("boots", f"| Omgeving | Boots Advantage partnersleutel | Eigenaar |\n|---|---|---|\n| dev | `<aanvragen bij Boots>` | — |\n| prod | `{S(g.s(HEX, 32))}` | loyalty-team |")
    add("boulevard", f"BOULEVARD_BUSINESS_ID={g.uuid()}\nBOULEVARD_API_KEY={S(g.uuid())}\nBOULEVARD_API_SECRET={S(g.b64(32))}\nBOULEVARD_ENV=production")
    add("boxycharm", goose_msg("shell", {"command": "cat ~/.config/boxycharm/3pl.ini"}, f"[portal]\nurl = https://3pl.boxycharm.com\nuser = {U('charm_3pl_ops')}\npassword = {S(g.password())}"))
    add("charlottetilbury", f"<script>\n  window.CT_VTO = {{\n    brand: 'charlotte-tilbury',\n    apiKey: '{S(g.s(HEX, 40))}', // server key! should be the publishable one\n    shadeSet: 'pillow-talk'\n  }};\n</script>")
    add("clarins", f"Salut! Pour l'application de clienteling des boutiques Clarins au Québec, le secret OAuth du client `clienteling-ca` est {S(g.mixed(ALNUM, 40))}. À mettre dans Azure Key Vault, pas dans le code, merci!")
    add("coty", twice("http_request", {"method": "GET", "url": "https://b2b-api.coty.com/v2/orders?status=open", "headers": {"Ocp-Apim-Subscription-Key": S(g.s(HEX, 32))}}))
    add("credo", f"$ shopify app env show\nSHOPIFY_API_KEY={g.s(HEX, 32)}\nSHOPIFY_API_SECRET={S(g.s(HEX, 32))}\nSCOPES=read_products,write_inventory\n# store: credo-beauty-clean.myshopify.com")
    add("cultbeauty", f"Cult Beauty affiliate reporting script (run weekly):\n\n```bash\nexport CULTBEAUTY_AFFILIATE_KEY='{S(g.s(LOWNUM, 40))}'\npython reports/affiliates.py --network cultbeauty --since 7d\n```")
    add("curology", f"Curology'nin sağlayıcı portalındaki servis hesabı: {U('cur-rx-bot')}, şifre {S(g.password())}. Reçete botu bununla giriş yapıyor; lütfen Bitwarden'a taşıyalım.")
    add("deciem", f"{{\n  \"wholesale\": {{\n    \"provider\": \"deciem\",\n    \"account\": \"DEC-RET-4410\",\n    \"client_secret\": \"{S(g.mixed(ALNUM, 40))}\"\n  }}\n}}")
    add("dermalogica", devin_log(["Opened PR #212: face-mapping booking widget.", f"The Dermalogica partner token `{S(g.s(HEX, 48))}` was in `widget/config.js`; moved it to the server proxy.", "Requested review from @salon-web."]))
    add("dermstore", f"# config/affiliates.ini\n[dermstore]\naffiliate_id = 88271\napi_key = {S(g.s(HEX, 32))}\n\n[ulta]\naffiliate_id = 10442\napi_key = ${{ULTA_KEY}}")
    add("douglas", f"Hallo Team, für den Douglas-Marketplace (Mirakl) ist das der Shop-API-Key unseres Parfum-Shops: {S(g.uuid())}. Nicht in die Confluence-Seite schreiben bitte.")
    add("elfcosmetics", f"# as2/partners/elf.xml\n<partner name=\"elf-cosmetics\">\n  <as2Id>ELFCOSMETICS</as2Id>\n  <url>https://as2.elfcosmetics.com/receive</url>\n  <authPassword>{S(g.password())}</authPassword>\n</partner>")
    add("esteelauder", f"Estée Lauder brand API gateway — αν δεν δουλεύει, δοκιμάστε το subscription key {S(g.s(HEX, 32))} στο header Ocp-Apim-Subscription-Key. Μην το ανεβάσετε στο GitHub.")
    add("feelunique", f"സ്റ്റോക്ക് ഫീഡിനുള്ള Feelunique വെണ്ടർ പോർട്ടൽ ലോഗിൻ: {U('vendor_2291_feed')} / {S(g.password())}\n(നവംബർ 18-ന് അവരുടെ ഓൺബോർഡിംഗ് ടീം അയച്ചത്)")
    add("fenty", f"const FENTY_SHADE_API = {{ url: 'https://api.fentybeauty.com/shade-finder', key: '{S(g.s(HEX, 40))}' }};")
    add("flaconi", f"FLACONI_PARTNER_API_KEY={S(g.s(HEX, 32))}\nFLACONI_SHOP=parfum-und-pflege")
    add("fresha", f"Fresha API အတွက် key က {S(g.mixed(ALNUM, 40))} ပါ။ GitHub ထဲ မထည့်ပါနဲ့။")
    add("functionofbeauty", f"Function of Beauty's formulation partner API — the client secret is `{S(g.mixed(ALNUM, 32))}` (client id fob-lab-sync). Only the lab integration should use it.")
    add("glamsquad", shell(f"curl -H 'Authorization: Token {S(g.s(HEX, 40))}' https://api.glamsquad.com/v3/appointments?date=2026-11-22", '[{"id":"apt_8812","service":"blowout","artist":"#412"}]'))
    add("glossgenius", f"GlossGenius से बुकिंग सिंक करने के लिए API key: {S(g.s(LOWNUM, 32))}। कृपया इसे README में मत लिखिए।")
    add("glossier", f"Glossier-ийн дэлгүүрийн POS холболт — {U('glossier_pos_sync')} үйлчилгээний бүртгэл баасан гарагийн солилтын дараа {S(g.password())} нууц үгтэй боллоо.")
    add("hautai", f"HAUT_AI_API_KEY={S(g.uuid())}\nHAUT_AI_COMPANY=skin-lab-seoul")
    add("ipsy", f"ipsy:\n  glam_bag_api:\n    token: {S(g.s(HEX, 40))}\n    month: 2026-12")
    add("kiko", f"KIKO Milano — chiave API del servizio prenotazioni make-up in negozio: {S(g.s(HEX, 32))}. Non committatela, grazie!")
    add("kitomba", f"Kia ora, the Kitomba salon API key for the Ponsonby salon is {S(g.mixed(ALNUM, 32))}. It's what the SMS reminder service uses.")
    add("kosas", f"Bogga jumlada Kosas (soo dejinta dalabka Nordstrom): {U('kosas_wholesale_ops')} / {S(g.password())}")
    add("lancome", f"Lancôme Canada — clé API du diagnostic de teint en magasin : {S(g.s(HEX, 32))}. Elle expire en janvier.")
    add("lookfantastic", f"INSERT INTO affiliate_networks (name, api_key, active) VALUES\n  ('lookfantastic', '{S(g.s(HEX, 32))}', true),\n  ('awin', NULL, false);")
    add("loox", f"Loox reviews import — `loox import --api-key {S(g.mixed(ALNUM, 32))} --store beauty-nook.myshopify.com --file reviews.csv`")
    add("loreal", f"# ModiFace SDK (L'Oréal) license for the try-on mirror in the Paris flagship\nMODIFACE_LICENSE_KEY={S(g.s(HEX, 64))}", ["loreal", "modiface"])
    add("lush", f"Imfihlo ye-API yama-till e-Lush: {S(g.mixed(ALNUM, 40))} — isitolo 0441 (Oxford Street). Ungayifaki ku-GitHub.")
    add("madisonreed", cc_hook("Write", {"file_path": "/app/config/madisonreed.json", "content": dumps({"colorBarApiKey": S(g.s(HEX, 40)), "region": "us-west"})}))
    add("mangomint", f"Mangomint API key sa aming salon sa Makati: {S(g.s(LOWNUM, 40))}. Huwag ilagay sa GitHub, pakiusap.")
    add("maybelline", f"Maybelline Virtual Try-On kampanya sitesi — API jetonu: {S(g.s(HEX, 40))}")
    add("mecca", f"<?php\n// MECCA Beauty Loop partner API (AU)\nreturn [\n    'mecca' => [\n        'endpoint' => 'https://partners.mecca.com.au/loyalty/v1',\n        'key'      => '{S(g.uuid())}',\n    ],\n];")
    add("meevo", f"meevo:\n  client_id: {g.uuid()}\n  client_secret: {S(g.mixed(ALNUM, 40))}\n  tenant: 441092")
    add("morphe", f"$ curl -s -X POST https://morphe-brushes.myshopify.com/admin/api/2025-10/graphql.json \\\n    -H 'X-Shopify-Access-Token: {S('shpat_' + g.s(HEX, 32))}' \\\n    -H 'Content-Type: application/json' -d '{{\"query\":\"{{ shop {{ name }} }}\"}}'\n{{\"data\":{{\"shop\":{{\"name\":\"Morphe\"}}}}}}")
    add("modiface", f"let config = MFConfig(\n    licenseKey: \"{S(g.s(HEX, 40))}\", // ModiFace hair colour, staging\n    cameraPosition: .front\n)\nModiFace.start(with: config)")

    # private keys, passwords and other generic secrets in the same domains ------------------------
    add("pem", f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: eap-tls-client\n  namespace: airport-wifi\ntype: kubernetes.io/tls\nstringData:\n  tls.key: |\n    {S(g.pem('RSA PRIVATE KEY').replace(chr(10), chr(10) + '    '))}")
    add("pem", devin_log(["Generating deploy key for the port-community-system repo.", "Wrote ~/.ssh/pcs_deploy:", S(g.openssh()), "Added the public half to the repo as a read-only deploy key."]))
    add("pem", jb_call("create_file", {"path": "certs/claims-signer.key", "content": S(g.pem("PRIVATE KEY", 6)) + "\n"}))
    add("pgp", f"Das ist der private Schlüssel für die verschlüsselten Lohnabrechnungen der Baufirma (Gpg4win-Export). Bitte sofort in den Tresor:\n\n{S(g.pem('PGP PRIVATE KEY BLOCK', 7))}")
    add("password", f"$ psql \"postgresql://{U('vet_reports')}:{S('Tuesday-Vets-42')}@pg-vet.internal:5432/clinic_analytics?sslmode=require\" -c '\\dt'\n            List of relations\n Schema |      Name       | Type  |    Owner\n--------+-----------------+-------+-------------\n public | appointments    | table | vet_reports")
    add("password", f"# ~/.pgpass on the ticketing box of the ice hockey league\npg-league.internal:5432:fixtures:{U('league_admin')}:{S(g.password())}")
    add("password", f"[remote \"origin\"]\n\turl = https://{U('mkelly-arch')}:{S(g.password())}@git.architecture-studio.ie/projects/quay-house.git\n\tfetch = +refs/heads/*:refs/remotes/origin/*")
    add("password", f"Salam, məktəbin Wi-Fi idarəetmə panelinə giriş: istifadəçi {U('it_admin_44')}, şifrə {S(g.password())}. Zəhmət olmasa bunu qrup çatında paylaşmayın.")
    add("password", f"docker login registry.shipyard-tools.io -u {U('ci-builder')} -p '{S(g.password())}'\nWARNING! Using --password via the CLI is insecure. Use --password-stdin.\nLogin Succeeded")
    add("password", f"Sawubona! Iphasiwedi entsha ye-Wi-Fi yasehhovisi lamazinyo: {S(g.password())}. Ungayabelani nayo namakhasimende.")
    add("password", f"Sannu! Kalmar sirri ta asusun makarantar ({U('admin_kano_sch')}) ita ce {S(g.password())}. Don Allah kar a saka ta a GitHub.")
    add("password", f"ជំរាបសួរ! ពាក្យសម្ងាត់ថ្មីសម្រាប់ប្រព័ន្ធគ្រប់គ្រងឃ្លាំងនៅកំពង់ផែ៖ {S(g.password())}។ សូមកុំចែករំលែកវា។")
    add("password", f"ආයුබෝවන්! දන්ත වෛද්‍ය සායනයේ කළමනාකරණ පද්ධතියට මුරපදය: {S(g.password())}. කරුණාකර මෙය GitHub එකට දාන්න එපා.")
    add("generic", f"# ops/airport-fids/appsettings.Production.json (excerpt)\n\"Fids\": {{\n  \"FeedUrl\": \"https://fids-feed.airport.internal/v2\",\n  \"SharedSecret\": \"{S(g.mixed(ALNUM, 48))}\"\n}}")
    add("generic", f"כניסה לשרת הבדיקות של מערכת התביעות: המשתמש {U('claims_qa')} והסיסמה {S(g.password())}. בבקשה לא לשמור את זה ב-Git.")
    add("generic", f"Halo semua, token API sistem tempahan kelab badminton kita ialah {S(g.s(HEX, 40))}. Tolong jangan letak dalam GitHub.")

    return out


def pii(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(source: str, t: str) -> None:
        out.append((f"holdout26:{source}", t))

    # insurance
    add("claim-fnol-en", f"FNOL #CLM-2026-118204\nInsured: {P('Marcus Oyelaran')}\nDOB: {D('1981-03-14')}\nPhone: {T('(614) 555-0188')}\nEmail: {E('marcus.oyelaran@gmail.com')}\nLoss location: {A('2217 Bryden Rd, Columbus, OH 43209')}\nDescription: rear-ended at the light on E Broad St, airbag deployed, tow to Hertz lot.")
    add("claim-es-mx", f"Reporte de siniestro (auto) — asegurada {P('Guadalupe Itzel Hernández Ruiz')}, nacida el {D('22/07/1993')}, CURP {N('HERG930722MDFRZD08')}. Contacto: {T('+52 55 4198 2276')}, {E('lupita.hdz93@hotmail.com')}. Domicilio: {A('Calle Zacatecas 118, Col. Roma Norte, 06700 Ciudad de México')}.")
    add("claim-pt-br", cc_jsonl(f"SELECT nome, cpf, nascimento, telefone FROM segurados WHERE apolice = 'RES-88201';\n nome                     | cpf            | nascimento | telefone\n--------------------------+----------------+------------+-----------------\n {P('Thiago Albuquerque Neves')} | {N('418.203.557-10')} | {D('1988-11-02')} | {T('+55 11 98877-4120')}\n(1 row)"))
    add("underwriting-it", f"Gentile {P('Federica Lombardo')},\nin merito alla proposta di polizza vita n. 55120, le chiediamo di confermare il codice fiscale {N('LMBFDR85C52F205X')} e l'indirizzo di residenza ({A('Via Ludovico Ariosto 14, 20145 Milano MI')}). Per domande può chiamarci al {T('02 8812 4470')}.\nCordiali saluti,\nUfficio Assunzione Rischi")
    add("claim-de-ch", f"Schadenmeldig Hausrat: Versicherte Person {P('Reto Zimmermann')}, geb. {D('03.09.1976')}, {A('Seefeldstrasse 92, 8008 Zürich')}. Rückerstattig bitte uf IBAN {I(iban('CH', '0070' + '0110' + g.s(DIGITS, 9)))}. Telefon {T('+41 79 412 88 03')}.")
    add("crm-export-insurance", f"policy_no,holder,email,phone,city\nHO-55102,{P('Aoife Ní Bhraonáin')},{E('aoife.nibhraonain@eircom.net')},{T('+353 87 214 6690')},Dublin\nHO-55103,{P('Tomasz Wierzbicki')},{E('t.wierzbicki@o2.pl')},{T('+48 601 223 918')},Warszawa\nHO-55104,{P('Chiamaka Eze')},{E('chiamaka.eze@yahoo.co.uk')},{T('07700 900412')},Manchester")
    add("adjuster-notes", cline_say(f"The adjuster notes in `fixtures/claims_sample.json` aren't synthetic: the record for claim 7731 has {P('Lakshmi Venkataraman')}, SSN {N('512-44-8830')}, born {D('1969-06-18')}, living at {A('41 Garden Terrace, Edison, NJ 08817')}. I'd replace it with generated data before we commit."))
    add("premium-refund-nl", f"Beste {P('Sanne de Vries-Bakker')},\n\nWe storten de teruggave van uw premie (€ 214,60) binnen vijf werkdagen op {I(iban('NL', 'RABO0' + g.s(DIGITS, 9)))}. Klopt uw adres nog ({A('Bloemgracht 41-2, 1016 KD Amsterdam')})?\n\nMet vriendelijke groet,\n{P('Joost Verhoeven')}\nSchadebehandelaar")
    add("claims-ar-gulf", f"مطالبة تأمين صحي رقم 44019\nالمؤمن عليه: {P('خالد بن سعيد الكعبي')}\nتاريخ الميلاد: {D('1984/02/11')}\nرقم الهوية الإماراتية: {N('784-1984-5521903-4')}\nالهاتف: {T('+971 50 338 1172')}\nالبريد: {E('khalid.alkaabi@outlook.com')}")
    add("claims-tr", f"Hasar dosyası 2026/8812 — Sigortalı: {P('Elif Nur Kaya')}, T.C. Kimlik No: {N('31846620418')}, doğum tarihi {D('12.04.1990')}. Adres: {A('Bağdat Cad. No:214 D:7, 34728 Kadıköy/İstanbul')}. Telefon: {T('0532 418 66 09')}.")

    # airlines and airports
    add("pnr-en", f"PNR K7QX2M\n1.1{P('TANAKA/HIROSHI')} MR  2.1{P('TANAKA/YUMI')} MRS\n1 NH 110 Y 21NOV HNDORD HK2 1040 0810\nCTCM NH HK1/{T('+81 90 4412 7731')}\nCTCE NH HK1/{E('hiro.tanaka77@docomo.ne.jp')}\nDOCS HK1/P/JPN/{N('TZ' + g.s(DIGITS, 7))}/JPN/{D('08MAR79')}/M/14FEB33/{P('TANAKA/HIROSHI')}")
    add("lost-bag-fr-ca", f"Déclaration de bagage perdu YUL-AC-44018\nPassagère : {P('Geneviève Tremblay')}\nAdresse de livraison : {A('4520, rue Saint-Denis, app. 3, Montréal (Québec) H2J 2L3')}\nTéléphone : {T('514-555-0143')}\nCourriel : {E('gen.tremblay@videotron.ca')}")
    add("crew-roster-ko", f"승무원 명단 (KE 081, 11/22)\n- 기장 {P('김도윤')} / 사번 KE40881 / {T('010-4418-2290')}\n- 부기장 {P('박서연')} / 사번 KE51227 / {T('010-7731-0462')}\n- 사무장 {P('이하은')} / {E('haeun.lee@koreanair-crew.com')}")
    add("wheelchair-request-hi", f"व्हीलचेयर सहायता अनुरोध — यात्री: {P('सुनीता रामचंद्रन')}, जन्मतिथि {D('05/01/1952')}, मोबाइल {T('+91 98450 22871')}। उड़ान AI 504, बेंगलुरु से दिल्ली। साथ में बेटा {P('अरविंद रामचंद्रन')} रहेगा।")
    add("loyalty-dump-codex", codex_event("sqlite3 loyalty.db \"select * from members limit 2\"", f"FF-1100482|{P('Olumide Adeyemi')}|{E('olu.adeyemi@gmail.com')}|{D('1987-09-30')}|gold\nFF-1100483|{P('Sofía Castro Peña')}|{E('sofia.castro.p@gmail.com')}|{D('1995-01-17')}|silver"))
    add("airport-badge-no", f"Søknad om adgangskort OSL — {P('Ingrid Marie Solberg')}, fødselsnummer {N('14068934521')}, adresse {A('Trondheimsveien 117, 0565 Oslo')}, tlf. {T('+47 928 44 103')}. Arbeidsgiver: bakkeoperatør.")
    add("refund-card-en", f"Refund request for booking JX8H2L. Please refund to the card ending in the number below, it was charged twice.\nCardholder: {P('Daniel Kowalczyk')}\nCard: {C(card(luhn_complete('4', 16, g)))}\nExp 09/28\nPhone {T('+1 312 555 0199')}")
    add("passenger-complaint-el", f"Καλησπέρα, ονομάζομαι {P('Δημήτρης Παπαδόπουλος')} και η πτήση μου A3 615 ακυρώθηκε. Μπορείτε να με καλέσετε στο {T('+30 694 412 8830')} ή να στείλετε email στο {E('d.papadopoulos@otenet.gr')}; Διεύθυνση: {A('Λεωφόρος Αλεξάνδρας 48, 114 73 Αθήνα')}.")
    add("ground-staff-ru", f"Сотрудник наземного обслуживания: {P('Алексей Викторович Смирнов')}, дата рождения {D('19.12.1985')}, телефон {T('+7 916 442-18-07')}, e-mail {E('a.smirnov85@yandex.ru')}. Пропуск в зону Б оформлен.")
    add("unaccompanied-minor-tl", f"Unaccompanied minor form — Bata: {P('Maria Angelica Dela Cruz')}, kaarawan {D('2015-08-09')}. Susundo sa NAIA ni {P('Rodel Dela Cruz')} (ama), telepono {T('+63 917 552 3018')}, tirahan {A('Blk 12 Lot 7, Mabuhay St., Brgy. San Isidro, Parañaque City 1700')}.")

    # shipping and maritime
    add("crew-list-imo", f"IMO CREW LIST — MV Baltic Heron\n| No | Name | Rank | Nationality | Date of birth | Seaman's book |\n|---|---|---|---|---|---|\n| 1 | {P('Andrzej Nowicki')} | Master | POL | {D('1971-05-02')} | {N('PL ' + g.s(DIGITS, 6))} |\n| 2 | {P('Rolando Santos Bautista')} | Bosun | PHL | {D('1983-10-27')} | {N('C' + g.s(DIGITS, 7))} |\n| 3 | {P('Oleksandr Kravchenko')} | Ch. Eng. | UKR | {D('1979-01-15')} | {N('AB ' + g.s(DIGITS, 6))} |")
    add("consignee-uk", f"Consignee: {P('Harriet Pemberton')}\n{A('Flat 3, 27 Clarendon Road, Southsea, Portsmouth PO5 2EE')}\nTel: {T('+44 7911 123 456')}\nEmail: {E('harriet.pemberton@btinternet.com')}\nNotify party: same as consignee")
    add("port-agent-lv", f"Labdien! Ostas aģents Rīgā ir {P('Mārtiņš Ozoliņš')}, tālr. {T('+371 2914 8820')}, e-pasts {E('martins.ozolins@inbox.lv')}. Kuģis pienāks ceturtdien ap 06:00.")
    add("customs-broker-et", f"Tere! Tolliagent {P('Kadri Tamm')} helistab teile homme. Tema number on {T('+372 5123 4478')}, e-post {E('kadri.tamm@gmail.com')}. Arve palun kontole {I(iban('EE', '22' + g.s(DIGITS, 14)))}.")
    add("seafarer-payroll-uk-ua", f"Нарахування зарплати моряку: {P('Дмитро Олегович Бондаренко')}, РНОКПП {N('3012458871')}, рахунок {I(iban('UA', '305299' + g.s(DIGITS, 19)))}. Телефон дружини для зв'язку: {T('+380 67 441 2093')}.")
    add("driver-list-lt", f"Vairuotojų sąrašas (Klaipėdos uostas):\n{P('Tomas Petrauskas')} — {T('+370 612 44 871')}\n{P('Rūta Kazlauskienė')} — {T('+370 685 20 334')}\n{P('Mindaugas Jankauskas')} — {T('+370 699 11 502')}")
    add("shipper-zh-hk", f"寄件人：{P('陳志明')}\n地址：{A('香港九龍旺角彌敦道688號旺角中心一期12樓B室')}\n電話：{T('+852 9123 4567')}\n電郵：{E('chichiming.chan@yahoo.com.hk')}")
    add("dock-worker-hr", devin_log(["Imported hr/dockers.csv into staging.", f"Row 14 failed validation: {P('Kwame Asante-Boateng')}, NI number {N('QQ 12 34 56 C')}, DOB {D('1990-07-04')} — date format mismatch.", "Skipped the row and reported it to the HR importer owner."]))

    # sports clubs
    add("club-members-de", f"Mitgliederliste FC Wiedikon (Junioren D)\n- {P('Luca Brunner')}, geb. {D('14.02.2015')}, Eltern: {P('Simone Brunner')}, {T('+41 76 388 12 40')}\n- {P('Noah Keller')}, geb. {D('30.06.2015')}, Eltern: {P('Markus Keller')}, {E('markus.keller@bluewin.ch')}")
    add("transfer-contract-es", f"Contrato de cesión — Jugador: {P('Santiago Ezequiel Benítez')}, DNI {N('41.882.557')}, nacido el {D('3 de abril de 2001')} en Rosario. Domicilio: {A('Bv. Oroño 1420, piso 5, S2000 Rosario, Santa Fe')}. Cuenta para pagos: {I(iban('ES', '2100' + '0418' + g.s(DIGITS, 12)))}.")
    add("academy-parent-ja", f"保護者連絡先（U-12 サッカースクール）\n氏名：{P('佐藤 健太')}\n電話：{T('080-3341-9902')}\nメール：{E('kenta.sato.0412@gmail.com')}\n住所：{A('〒150-0001 東京都渋谷区神宮前4-12-8')}")
    add("league-referee-hu", f"Játékvezetői beosztás — {P('Kovács Bence')} ({T('+36 30 415 8821')}), {P('Szabó Réka')} ({E('reka.szabo@freemail.hu')}). Utazási költségtérítés számlaszáma: {I(iban('HU', '117' + g.s(DIGITS, 21)))}.")
    add("cricket-club-bn", f"ক্লাবের নতুন সদস্য: {P('তানভীর আহমেদ চৌধুরী')}, জন্ম তারিখ {D('১২/০৩/১৯৯৮')}, মোবাইল {T('+880 1711-482903')}, ঠিকানা: {A('বাড়ি ২৭, রোড ৯, ধানমন্ডি, ঢাকা ১২০৫')}।")
    add("athlete-medical-en", usage_record("summarize the injury report", f"Summary: {P('Jordan Whitfield-Ames')} (DOB {D('2003-11-21')}) has a grade 2 hamstring strain; estimated return 3-4 weeks. The report also lists his mother's phone, {T('(503) 555-0174')}, and home address, {A('8815 SE Lincoln St, Portland, OR 97216')} — you may want to strip those before sharing with the coaching staff."))
    add("membership-payment-sk", f"Členský príspevok hokejového klubu — {P('Martin Horváth')}, dátum narodenia {D('08.05.1984')}, rodné číslo {N('840508/4417')}. Platba z účtu {I(iban('SK', '0900' + g.s(DIGITS, 16)))}.")
    add("tennis-booking-sl", f"Rezervacija igrišča: {P('Nika Kovačič')}, {T('041 228 904')}, {E('nika.kovacic@siol.net')}. Plačilo s kartico {C(card(luhn_complete('5', 16, g)))}.")
    add("git-log-sports", f"commit 8f1c2b7a90d4e3f1a6b2c8d9e0f1a2b3c4d5e6f7\nAuthor: {P('Ifeoma Nwachukwu')} <{E('ifeoma.nwachukwu@gmail.com')}>\nDate:   Thu Nov 19 21:14:03 2026 +0100\n\n    fixtures: add U14 girls schedule\n\ncommit 1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d\nAuthor: {P('Pieter-Jan Verbeke')} <{E('pj.verbeke@telenet.be')}>\nDate:   Wed Nov 18 08:02:41 2026 +0100\n\n    fix standings tiebreak")

    # dental and veterinary
    add("dental-chart-en", f"PATIENT: {P('Beatriz Santos-Oliveira')}   DOB: {D('04/19/1962')}   Chart #: 20419\nAddress: {A('77 Orchard Hill Dr, Framingham, MA 01701')}\nPhone: {T('508-555-0127')}\nInsurance: Delta Dental PPO (card scanned)\nNotes: #19 MOD composite, sensitivity to cold.")
    add("vet-client-fr", f"Fiche client — Clinique vétérinaire des Lilas\nPropriétaire : {P('Mathilde Rousseau')}\nAnimal : Pistache (chat, européen, 6 ans)\nTéléphone : {T('06 12 48 77 30')}\nAdresse : {A('18 rue des Cascades, 75020 Paris')}\nCourriel : {E('mathilde.rousseau@free.fr')}")
    add("dental-appointments-ms", f"Senarai temujanji klinik pergigian (Isnin):\n09:00 {P('Nurul Aisyah binti Hassan')} — {T('012-448 3921')}\n09:30 {P('Lim Wei Jie')} — {T('016-220 7184')}\n10:00 {P('Rajesh a/l Subramaniam')} — {T('019-331 8802')}")
    add("vet-invoice-en", f"INVOICE 88120 — Lakeside Animal Hospital\nBill to: {P('Gwendolyn Hargreaves')}, {A('15 Birchwood Close, Harrogate HG2 8QE')}\nPatient: Biscuit (Labrador)\nPaid by card {C(card(luhn_complete('4', 16, g)))} on 20/11/2026")
    add("dental-te", f"రోగి పేరు: {P('వెంకట లక్ష్మి నరసింహారావు')}, పుట్టిన తేదీ: {D('15-08-1958')}, ఫోన్: {T('+91 98480 11234')}. రూట్ కెనాల్ చికిత్స వచ్చే మంగళవారం.")
    add("vet-records-pl", cc_jsonl(f"grep -n 'wlasciciel' data/pacjenci.csv | head -3\n12:Burek;pies;{P('Katarzyna Zielińska')};{T('+48 512 330 918')};{A('ul. Ogrodowa 14/3, 90-101 Łódź')}\n19:Mruczek;kot;{P('Paweł Dąbrowski')};{T('+48 604 118 227')};{A('ul. Lipowa 7, 20-020 Lublin')}"))
    add("orthodontics-he", f"שלום {P('נועה לוי')}, תזכורת לתור ליישור שיניים של {P('איתי לוי')} ביום שלישי ב-16:30. לשינויים: {T('052-448-1902')}. כתובת המרפאה לא השתנתה.")
    add("vet-reminder-is", f"Bólusetningaráminning: {P('Guðrún Sigurðardóttir')}, kennitala {N('120379-4429')}, sími {T('+354 862 4410')}. Hundurinn Tinni á að mæta 3. desember.")
    add("dental-hr-record", f"Employee: {P('Ngozi Okonkwo-Bright')}\nRole: Dental hygienist\nSSN: {N('618-20-4471')}\nDOB: {D('1991-02-26')}\nDirect deposit: on file (payroll portal)\nEmergency contact: {P('Chidi Okonkwo')} {T('(718) 555-0163')}")

    # K-12 schools
    add("student-enrollment-en", f"Enrollment form — Maple Grove Elementary\nStudent: {P('Aiden Mateo Ramírez')}   DOB: {D('2019-04-07')}   Grade: K\nParent/guardian: {P('Valeria Ramírez')}\nHome address: {A('3312 Sycamore Ln, Plano, TX 75023')}\nCell: {T('972-555-0131')}   Email: {E('vale.ramirez.tx@gmail.com')}")
    add("iep-meeting-zed", zed_panel("draft an email to the parents about the IEP meeting, details below", f"Subject: IEP meeting for {P('Maya Goldstein')} — Thursday 3:30 pm\n\nDear {P('Rachel')} and {P('David Goldstein')},\n\nThis is to confirm Maya's annual IEP review on Thursday, December 3 at 3:30 pm in room 114. If you need to reschedule, call me at {T('(847) 555-0192')} or reply to {E('l.brennan@d39schools.org')}.\n\nBest,\n{P('Lauren Brennan')}, Special Education Coordinator"))
    add("class-list-cs", f"Třída 3.B — kontakty na rodiče\n{P('Jan Novák')}: {T('+420 603 118 442')}\n{P('Petra Svobodová')}: {T('+420 776 402 019')}, {E('petra.svobodova@seznam.cz')}\n{P('Lukáš Dvořák')}: {T('+420 721 558 330')}")
    add("school-bus-eu", f"Eskola-garraioa — ikaslea: {P('Ane Etxeberria Goikoetxea')}, jaiotze data {D('2016/09/12')}. Gurasoa: {P('Iñaki Etxeberria')}, telefonoa {T('+34 688 41 22 07')}. Helbidea: {A('Nagusia kalea 14, 3. ezk., 20600 Eibar, Gipuzkoa')}.")
    add("teacher-hr-gl", f"Ficha de persoal docente: {P('Xoana Rodríguez Fernández')}, DNI {N('33557821K')}, data de nacemento {D('28/01/1984')}. Enderezo: {A('Rúa do Franco 22, 2º, 15702 Santiago de Compostela')}. Conta para a nómina: {I(iban('ES', '2080' + '5000' + g.s(DIGITS, 12)))}.")
    add("scholarship-ml", f"സ്കോളർഷിപ്പ് അപേക്ഷ: വിദ്യാർത്ഥി {P('അനന്യ മേനോൻ')}, ജനനത്തീയതി {D('11-02-2011')}, രക്ഷിതാവ് {P('രാജീവ് മേനോൻ')}, ഫോൺ {T('+91 94470 33812')}, വിലാസം {A('ടി.സി. 24/1180, പട്ടം, തിരുവനന്തപുരം 695004')}.")
    add("parent-chat-ar-maghreb", f"السلام عليكم أستاذة، أنا {P('فاطمة الزهراء بنعلي')} أم التلميذ {P('يوسف بنعلي')} في القسم الرابع. رقمي هو {T('+212 661 442 819')} إلا بغيتي تتصلي بيا على الغياب ديال البارح.")
    add("gradebook-export-mn", f"Сурагчийн нэр,Төрсөн огноо,Эцэг эхийн утас\n{P('Батбаяр Тэмүүлэн')},{D('2012-05-19')},{T('+976 9911 4820')}\n{P('Ганболд Ану')},{D('2012-09-02')},{T('+976 8810 3377')}")
    add("district-staff-uz", f"Maktab xodimi: {P('Dilnoza Rustamova')}, tug'ilgan sana {D('14.07.1989')}, telefon {T('+998 90 441 28 73')}, elektron pochta {E('dilnoza.rustamova@mail.ru')}.")
    add("field-trip-kn", f"ಪ್ರವಾಸ ಅನುಮತಿ ಪತ್ರ: ವಿದ್ಯಾರ್ಥಿ {P('ಪ್ರಜ್ವಲ್ ಗೌಡ')}, ಪೋಷಕರು {P('ಮಂಜುನಾಥ ಗೌಡ')}, ದೂರವಾಣಿ {T('+91 99001 44828')}.")
    add("login-report-en", f"Chromebook sign-in anomalies (last 24h)\nuser                      last IP          device\n{U('jsmith28@students.hcps.org')}   {IP('73.181.44.209')}    CB-11820\n{U('akhan31@students.hcps.org')}    {IP('98.207.12.66')}     CB-11944\nBoth signed in from home networks outside school hours.")

    # construction and architecture
    add("site-induction-en", f"Site induction record — Harbour View Tower\nWorker: {P('Tane Ngata')}\nDOB: {D('12/08/1994')}\nCSCS card: {N(g.s(DIGITS, 8))}\nEmergency contact: {P('Moana Ngata')}, {T('+64 21 448 9012')}\nAddress: {A('22 Kiwi Esplanade, Māngere Bridge, Auckland 2022')}")
    add("subcontractor-invoice-de", f"Rechnung Nr. 2026-114\nTrockenbau {P('Jürgen Habermann')}\n{A('Industriestraße 7, 74076 Heilbronn')}\nTel. {T('07131 448 290')}\nBankverbindung: {I(iban('DE', g.s(DIGITS, 18)))}\nBitte zahlen Sie innerhalb von 14 Tagen.")
    add("architect-signature-it", f"Buongiorno, allego le tavole aggiornate del progetto di via Nizza.\n\nArch. {P('Chiara Bellandi')}\nStudio Bellandi & Rossi\n{A('Corso Vittorio Emanuele II 86, 10121 Torino')}\nT. {T('+39 011 561 4420')} — M. {T('+39 347 882 1930')}\n{E('chiara.bellandi@bellandirossi.it')}")
    add("timesheet-pt", f"Folha de ponto — obra Ribeirão Preto\n{P('José Carlos Ferreira')} — CPF {N('227.418.906-33')} — 44h\n{P('Antônio Marcos Silva')} — CPF {N('318.550.417-02')} — 40h\n{P('Francisca das Chagas Lima')} — CPF {N('509.662.118-41')} — 38h")
    add("permit-application-en", kiro_spec(f"Test data for the permit-application form came from a real submission — replace before the demo:\n- applicant: {P('Olusegun Bakare')}\n- phone: {T('+1 (416) 555-0148')}\n- email: {E('segun.bakare@rogers.com')}\n- site: {A('58 Lakeshore Blvd W, Toronto, ON M5V 1A1')}"))
    add("crane-operator-ps", f"د کرین چلوونکی نوم: {P('احمد شاه کریمي')}، د زیږون نېټه {D('۱۳۶۸/۰۴/۱۲')}، تلیفون {T('+93 79 441 2086')}.")
    add("homeowner-email-en", f"From: {P('Beverly Okafor')} <{E('bev.okafor@comcast.net')}>\nTo: estimates@ridgeline-builders.com\nSubject: Kitchen remodel quote\n\nHi, we're at {A('1409 Willow Creek Ct, Naperville, IL 60540')}. Best number is {T('630-555-0178')}. Thanks!")
    add("home-path-en", f"Traceback (most recent call last):\n  File \"/Users/{U('dmitri.volkov')}/projects/estimator/takeoff.py\", line 212, in <module>\n    main()\n  File \"/Users/{U('dmitri.volkov')}/projects/estimator/takeoff.py\", line 88, in main\n    sheet = load(\"C:/Users/{U('abenitez')}/Downloads/plans_rev3.pdf\")\nFileNotFoundError: [Errno 2] No such file or directory")

    # cosmetics and beauty retail
    add("order-export-en", f"order_id,customer,email,ship_to,phone\n#BN-40418,{P('Priyanka Deshmukh')},{E('priyanka.d@outlook.com')},\"{A('2501 W Olive Ave, Apt 12, Burbank, CA 91505')}\",{T('818-555-0106')}\n#BN-40419,{P('Camille Laurent')},{E('camille.laurent@orange.fr')},\"{A('9 avenue Jean Médecin, 06000 Nice')}\",{T('+33 6 71 22 48 90')}")
    add("salon-client-ko", f"고객 정보: {P('최지우')}, 생년월일 {D('1996.03.08')}, 연락처 {T('010-2294-7718')}. 피부 타입: 민감성. 주소 {A('서울특별시 마포구 와우산로 94, 302호')}.")
    add("loyalty-signup-sq", f"Regjistrim në programin e besnikërisë: {P('Elira Hoxha')}, datëlindja {D('21.11.1997')}, telefon {T('+355 69 448 2190')}, email {E('elira.hoxha@gmail.com')}.")
    add("chargeback-en", usage_record("draft a reply to this chargeback", f"Here's a draft. I left the customer's details as they appeared: {P('Tiffany Chen-Walker')}, card {C(amex(luhn_complete('37', 15, g)))}, billing address {A('44 Beacon St, Unit 3, Boston, MA 02108')}. Consider masking the card in the reply to the bank."))
    add("beauty-advisor-vi", f"Nhân viên tư vấn: {P('Nguyễn Thị Thu Hà')}, SĐT {T('0912 448 302')}, email {E('thuha.nguyen@gmail.com')}.")
    add("influencer-contract-fa", f"قرارداد همکاری با اینفلوئنسر: خانم {P('سارا محمدی')}، کد ملی {N('0071452281')}، شماره تماس {T('0912 448 2290')}، نشانی {A('تهران، خیابان ولیعصر، کوچه بهار، پلاک ۱۲')}.")
    add("returns-nl", f"Retour aangevraagd door {P('Femke Jansen')} ({E('femke.jansen@ziggo.nl')}), {A('Oudegracht 210, 3511 NS Utrecht')}. Terugbetaling naar {I(iban('NL', 'INGB0' + g.s(DIGITS, 9)))}.")
    add("makeup-class-my", f"မိတ်ကပ်သင်တန်း စာရင်းသွင်းသူ: ဒေါ်{P('ခင်မာဝင်း')}၊ ဖုန်း {T('09 4412 88302')}။")
    add("cosmetics-vip-be", f"Удзельніца VIP-праграмы: {P('Алена Каваленка')}, нарадзілася {D('02.02.1990')}, тэл. {T('+375 29 441 82 07')}.")
    add("cosmetics-mk", f"Клиентка: {P('Марија Стојановска')}, телефон {T('+389 70 448 219')}, адреса {A('ул. Македонија 12, 1000 Скопје')}.")

    # misc / cross-domain
    add("devin-crm", devin_log(["Reproduced the duplicate-customer bug with the record from the ticket:", f"  name={P('Rashid Al-Hakim')} email={E('rashid.alhakim@gmail.com')} phone={T('+44 20 7946 0958')}", "Fixed the dedupe key to normalise phone numbers; added a test with a synthetic record instead."]))
    add("goose-hr", goose_msg("read_file", {"path": "hr/new_hires.md"}, f"# New hires — December\n- {P('Siosaia Tupou')}, deckhand, starts 1 Dec, {T('+61 412 448 902')}\n- {P('Aroha Whitmore')}, claims assistant, starts 7 Dec, {E('aroha.whitmore@xtra.co.nz')}"))
    add("mcp-ticket", mcp_result(f"Ticket #5521 (open)\nRequester: {P('Emeka Obi')} <{E('emeka.obi@yahoo.com')}>\nBody: My son's jersey order never arrived. Shipping address was {A('17 Admiralty Way, Lekki Phase 1, Lagos')}. Phone {T('+234 803 441 2290')}."))
    add("gemini-ip", gemini_cli("grep 'Failed password' /var/log/auth.log | tail -2", f"Nov 21 02:14:09 vpn sshd[4412]: Failed password for {U('kfernandes')} from {IP('187.64.22.118')} port 51422 ssh2\nNov 21 02:14:15 vpn sshd[4415]: Failed password for {U('kfernandes')} from {IP('187.64.22.118')} port 51430 ssh2"))
    add("amp-home", amp_thread("ls ~/", f"/home/{U('oluwaseun.adebayo')}/claims-etl  /home/{U('oluwaseun.adebayo')}/notes.md"))
    add("cascade-signature-zu", cascade("Draft reply", f"Ngiyabonga ngomyalezo wakho. Uma unemibuzo, ngicela ungishayele ku-{T('+27 82 448 1290')}.\n\nOzithobayo,\n{P('Thandiwe Mthembu')}\nUmphathi wamaKhasimende"))
    add("twice-escaped-pii", twice("send_email", {"to": E("sipho.dlamini@webmail.co.za"), "subject": "Your dental appointment", "body": f"Dear {P('Sipho Dlamini')}, your appointment is on 2 December at 10:00. Call {T('+27 21 448 9920')} to reschedule."}))
    add("jetbrains-pii", jb_call("create_file", {"path": "src/test/resources/claimant.json", "content": dumps({"name": P("Hamid Rezaei"), "dob": D("1975-10-03"), "phone": T("+49 151 44829011"), "address": A("Schillerstraße 41, 10627 Berlin")}, indent=2)}))
    add("eclipse-pii", eclipse_term("java -jar roster-tool.jar --print 2", f"1  {P('Åsa Lindqvist')}    {E('asa.lindqvist@telia.se')}    {T('+46 70 441 28 93')}\n2  {P('Mikael Håkansson')} {E('mikael.h@bredband.net')}    {T('+46 73 882 10 45')}"))

    return out


def negatives(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(source: str, t: str) -> None:
        out.append((f"holdout26:{source}", t))

    add("gha-secrets-ref", "# .github/workflows/deploy-claims.yml\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    environment: production\n    steps:\n      - uses: actions/checkout@v4\n      - name: Deploy\n        env:\n          GUIDEWIRE_CLIENT_SECRET: ${{ secrets.GUIDEWIRE_CLIENT_SECRET }}\n          DUCKCREEK_API_KEY: ${{ secrets.DUCKCREEK_API_KEY }}\n        run: ./deploy.sh --env prod --region eu-west-1")
    add("env-example", "# .env.example — copy to .env and fill in\nAMADEUS_CLIENT_ID=<your-client-id>\nAMADEUS_CLIENT_SECRET=<your-client-secret>\nFLIGHTAWARE_AEROAPI_KEY=changeme\nDATABASE_URL=postgres://user:password@localhost:5432/flights_dev\nLOG_LEVEL=debug")
    add("git-log-shas", "$ git log --oneline -6\n9c4e1f2 fix(claims): round reserve amounts to cents\n3ab07d9 chore(deps): bump pydantic from 2.9.2 to 2.10.1\ne81f5c4 feat(fnol): accept photos up to 25 MB\n0d2b6a1 test: freeze time in premium calculator tests\n7f93ce8 docs: add ADR-014 on event sourcing\n44a1b0e Merge pull request #812 from acme/feature/ivr-callback")
    add("docker-digests", "$ docker images --digests | head -4\nREPOSITORY                 TAG       DIGEST                                                                    IMAGE ID       SIZE\nghcr.io/acme/port-tos      2.14.1    sha256:4f8e2d1c7b9a6e5d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d   a1b2c3d4e5f6   312MB\nghcr.io/acme/berth-planner 0.9.7     sha256:0e1d2c3b4a5f6e7d8c9b0a1f2e3d4c5b6a7f8e9d0c1b2a3f4e5d6c7b8a9f0e1d   9f8e7d6c5b4a   188MB")
    add("k8s-secretref", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: vet-reminders\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: registry.example.com/vet-reminders:1.8.3\n          env:\n            - name: TWILIO_AUTH_TOKEN\n              valueFrom:\n                secretKeyRef:\n                  name: vet-reminders-secrets\n                  key: twilio-auth-token")
    add("terraform-var", "variable \"corelogic_consumer_secret\" {\n  description = \"CoreLogic OAuth consumer secret, injected by the pipeline\"\n  type        = string\n  sensitive   = true\n}\n\nresource \"aws_secretsmanager_secret\" \"corelogic\" {\n  name = \"underwriting/corelogic\"\n}")
    add("aws-doc-example", "From the AWS docs, the example credentials look like this (they are not real):\n\n```ini\n[default]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n```\n\nPut your own values in ~/.aws/credentials, never in the repo.")
    add("uuid-request-ids", "2026-11-21T08:14:02.118Z INFO  request_id=3f2c9a7e-1b4d-4e8f-9a6c-2d5e8f1b0c3a route=/v2/quotes status=200 latency_ms=184\n2026-11-21T08:14:02.412Z INFO  request_id=b7d41e02-8c3a-4f19-b2e5-7a90c6d3f8e1 route=/v2/bind status=201 latency_ms=611\n2026-11-21T08:14:03.009Z WARN  request_id=0a9e6c3d-5f21-4b7a-8e4d-c1f2a3b4d5e6 route=/v2/quotes status=429 retry_after=2")
    add("ais-coordinates", "MMSI 244670583 | MV Rotterdam Trader | lat 51.9496 lon 4.1453 | SOG 11.2 kn | COG 247.0 | ETA 2026-11-23 06:30 UTC | dest NLRTM\nMMSI 636019825 | MSC Aurora | lat 53.5461 lon 9.9661 | SOG 0.1 kn | moored | dest DEHAM")
    add("container-numbers", "Booking MAEU248811902 — equipment:\n- MSKU 702194 3 (40' HC), seal ML-4481920\n- TGHU 881204 7 (40' HC), seal ML-4481921\nVessel: Maersk Essen, voyage 446W, POL CNNGB, POD USLAX, cut-off 2026-11-28 17:00 local")
    add("flight-schedule", "FLT   ORIG DEST STD   STA   EQP  REG\nLH400 FRA  JFK  10:05 12:55 B748 D-ABYA\nLH401 JFK  FRA  16:30 06:05 B748 D-ABYA\nLX14  ZRH  JFK  13:00 15:50 A333 HB-JHK\nSK925 CPH  ORD  11:45 14:05 A339 SE-RSF")
    add("iata-codes-es", "Para la tabla de aeropuertos usamos los códigos IATA y OACI: MEX / MMMX (Ciudad de México), GDL / MMGL (Guadalajara), BOG / SKBO (Bogotá), LIM / SPJC (Lima). La zona horaria se guarda como America/Mexico_City, etc.")
    add("test-fixture-fake", "import pytest\n\n@pytest.fixture\ndef fake_policy():\n    return {\n        \"policy_no\": \"TEST-0001\",\n        \"holder\": \"Test User\",\n        \"email\": \"test.user@example.com\",\n        \"phone\": \"+1 555 0100\",\n        \"card\": \"4111 1111 1111 1111\",\n        \"api_key\": \"sk_test_xxxxxxxxxxxxxxxx\",\n    }")
    add("semver-changelog", "## 3.12.0 — 2026-11-20\n- Bump `@aws-sdk/client-s3` 3.689.0 → 3.701.0\n- Node 22.11.0 in CI (was 20.18.1)\n- Build 20261120.4 promoted to staging; build 20261119.7 rolled back\n- Schema migration 0047_add_claim_subrogation")
    add("npm-lockfile", "\"node_modules/jsonwebtoken\": {\n  \"version\": \"9.0.2\",\n  \"resolved\": \"https://registry.npmjs.org/jsonwebtoken/-/jsonwebtoken-9.0.2.tgz\",\n  \"integrity\": \"sha512-PRp66vJ865SSqOlgqS8hujT5U4AOgMfhrwYIuIhfKaoSCZcirrmASQr8CX7cUg+RMih+hgznrjp99o+W4pJLHQ==\",\n  \"license\": \"MIT\"\n}")
    add("order-numbers", "Beauty order status export\norder_no      sku            qty  status\nBN-2026-40418 FNT-PRO-FB-220 1    shipped\nBN-2026-40419 CLR-DBL-SRM-50 2    awaiting_stock\nBN-2026-40420 LRL-RVT-SRM-30 1    delivered\nTracking: 1Z999AA10123456784 (UPS sample format)")
    add("sports-stats", "Matchday 14 — standings\nPos Club               P  W D L  GF GA  Pts\n1   Real Sociedad B    14 9 3 2  27 12  30\n2   CD Lugo            14 8 4 2  21 11  28\n3   SD Amorebieta      14 7 5 2  19 13  26\nAttendance: 4,812. Kick-off 18:30 CET.")
    add("dental-codes", "CDT codes used in the fee schedule:\nD0120 periodic oral evaluation — $62\nD1110 prophylaxis, adult — $108\nD2392 resin-based composite, two surfaces, posterior — $214\nD2740 crown, porcelain/ceramic — $1,180\nFee schedule version FS-2026.3, effective 2026-10-01.")
    add("vet-drug-table-de", "Dosierungstabelle (Hund): Meloxicam 0,1 mg/kg einmal täglich; Amoxicillin/Clavulansäure 12,5 mg/kg zweimal täglich; Maropitant 1 mg/kg s.c. Chargennummer der Charge: LOT 24B118, verwendbar bis 03/2028.")
    add("school-calendar-fr-ca", "Calendrier scolaire 2026-2027 — Centre de services scolaire de Montréal\n- Rentrée : 27 août 2026\n- Journées pédagogiques : 25 septembre, 13 novembre, 22 janvier\n- Congé des Fêtes : du 22 décembre au 6 janvier\nCode d'école : 762 041. Numéro de groupe : 5e-B (local 214).")
    add("oneroster-schema", "OneRoster 1.2 CSV headers we import:\nusers.csv: sourcedId,status,dateLastModified,enabledUser,orgSourcedIds,role,username,userIds,givenName,familyName,email,sms,phone,grades\nAll sample rows in the spec use ids like `user-123` and emails at example.org.")
    add("ifc-guid", "IfcWall GlobalId='2O2Fr$t4X7Zf8NOew3FLOH' Name='Basic Wall:Interior - 138mm Partition (1-hr):318842'\nIfcDoor GlobalId='1hOSvn6df7F8_7GcBWlR72' Name='Single-Flush:0915 x 2134mm:402211'\nModel: ARC_HVT_L14_R2026.ifc (IFC4, exported 2026-11-19 16:02)")
    add("bim-levels-no", "Etasjehøyder i modellen: U1 −3,600, 01 ±0,000, 02 +4,200, 03 +7,800. Prosjektnummer 22-0417, revisjon C, tegningsnummer A-201-03. Kote +14,350 er toppen av parapet.")
    add("hash-manifest", "SHA256SUMS\n6f1ed002ab5595859014ebf0951522d9e4b1e5c4f3a2d1c0b9a8f7e6d5c4b3a2  berth-planner-0.9.7-linux-amd64.tar.gz\n9b74c9897bac770ffc029102a200c5de8c1f2e3d4a5b6c7d8e9f0a1b2c3d4e5f  berth-planner-0.9.7-darwin-arm64.tar.gz")
    add("placeholder-ja", "設定ファイルの例です。実際の値は各自で入れてください。\n\n```yaml\nskincare_api:\n  key: \"<YOUR_API_KEY>\"\n  secret: \"xxxxxxxxxxxxxxxx\"\n  endpoint: https://api.example.jp/v1\n```")
    add("env-lookup-py", "import os\n\nMAERSK_CONSUMER_KEY = os.environ[\"MAERSK_CONSUMER_KEY\"]\nMAERSK_CONSUMER_SECRET = os.getenv(\"MAERSK_CONSUMER_SECRET\")\nif not MAERSK_CONSUMER_SECRET:\n    raise SystemExit(\"set MAERSK_CONSUMER_SECRET (see docs/secrets.md)\")")
    add("vault-path", "$ vault kv get -field=api_key secret/shipping/freightos\n$ vault kv metadata get secret/shipping/freightos\n======= Metadata =======\nKey                Value\n---                -----\ncreated_time       2026-10-02T09:14:55.1120Z\ncurrent_version    4\nmax_versions       10")
    add("jwt-structure-doc", "A JWT has three base64url parts separated by dots: header.payload.signature. For example the header `{\"alg\":\"HS256\",\"typ\":\"JWT\"}` encodes to `eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9`. Never log the full token; log the `jti` claim instead.")
    add("public-companies-pt", "Comparativo de seguradoras listadas na B3: Porto Seguro (PSSA3), BB Seguridade (BBSE3), Caixa Seguridade (CXSE3) e IRB Re (IRBR3). Os dados vêm do relatório trimestral do 3T26.")
    add("cc-hook-safe", cc_hook("Bash", {"command": "npm test -- --runInBand claims/", "description": "Run the claims unit tests"}))
    add("codex-safe", codex_event("git status --short", " M src/underwriting/rating.ts\n M src/underwriting/rating.test.ts\n?? docs/adr/0015-rating-cache.md"))
    add("mcp-safe", mcp_result("Found 3 matches for 'TODO(rotate)':\n- infra/secrets.tf:12: # TODO(rotate): move to KMS-encrypted parameters\n- app/config.py:44: # TODO(rotate): read from Secrets Manager\n- README.md:88: Keys are rotated every 90 days by the platform team."))
    add("twice-safe", twice("run_in_terminal", {"command": "pytest -q tests/test_pnr_parser.py", "explanation": "Run the PNR parser tests", "isBackground": False}))
    add("jb-safe", jb_call("read_file", {"filePath": "src/main/kotlin/com/acme/vet/ReminderScheduler.kt", "startLine": 1, "endLine": 60}))
    add("gemini-safe", gemini_cli("terraform plan -target=module.school_portal", "Plan: 3 to add, 1 to change, 0 to destroy.\n\n  # module.school_portal.aws_lb_listener.https will be updated in-place\n      ssl_policy = \"ELBSecurityPolicy-TLS13-1-2-2021-06\""))
    add("devin-safe", devin_log(["Ran `bundle exec rspec spec/models/booking_spec.rb` — 48 examples, 0 failures.", "Checked the salon booking migration 20261119120455_add_stylist_id_to_bookings.rb.", "Opened PR #441 with the fix."]))
    add("kiro-safe", kiro_spec("- [x] 3.1 Add `PremiumCalculator` with tiered rates (0–50k: 1.2%, 50–250k: 0.9%)\n- [ ] 3.2 Property-based tests with Hypothesis (seed 20261121)\n- [ ] 3.3 Wire into `/v2/quotes` behind flag `rating_v2`"))
    add("cline-safe", cline_say("I updated `docker-compose.yml` so Postgres reads its password from the `POSTGRES_PASSWORD_FILE` secret instead of an inline value, and added `.env` to `.gitignore`. No credentials were changed."))
    add("zed-safe", zed_panel("why is the roster import slow?", "The import issues one `SELECT` per player (N+1). Batch them with `WHERE player_id = ANY($1)`; on the 2,400-row sample it drops from 38 s to 1.9 s."))
    add("amp-safe", amp_thread("du -sh dist/*", "4.1M\tdist/app.js\n812K\tdist/vendor.js\n16K\tdist/manifest.json"))
    add("goose-safe", goose_msg("shell", {"command": "uname -a"}, "Linux builder-7 6.8.0-49-generic #49-Ubuntu SMP x86_64 GNU/Linux"))
    add("cascade-safe", cascade("Ran command: go test ./...", "ok  \tgithub.com/acme/portcall/berth\t0.412s\nok  \tgithub.com/acme/portcall/eta\t1.208s\n?   \tgithub.com/acme/portcall/cmd\t[no test files]"))
    add("usage-safe", usage_record("explain the difference between claims reserve and IBNR", "A case reserve is set for a specific reported claim; IBNR (incurred but not reported) is an aggregate estimate for claims that have happened but were not yet reported. Actuaries estimate IBNR with chain-ladder or Bornhuetter–Ferguson methods."))
    add("eclipse-safe", eclipse_term("mvn -q verify", "[INFO] Tests run: 212, Failures: 0, Errors: 0, Skipped: 3\n[INFO] BUILD SUCCESS\n[INFO] Total time:  01:48 min"))
    add("ru-timestamps", "Журнал сборки: сборка №4812 начата 2026-11-21 09:14:02 MSK, завершена 09:21:47 MSK. Артефакт claims-api-2.31.0.jar, контрольная сумма SHA-1 da39a3ee5e6b4b0d3255bfef95601890afd80709.")
    add("tr-version", "Sürüm notları 4.7.2: uçuş planlama ekranında yakıt hesabı düzeltildi, Android minSdk 26'ya yükseltildi, derleme numarası 20261120.3. Hata kayıtları JIRA-AIR-2281 ve JIRA-AIR-2290 kapatıldı.")
    add("ar-placeholder", "لإعداد الاتصال بواجهة برمجة التطبيقات، ضع مفتاحك في المتغير API_KEY مكان القيمة <ضع-مفتاحك-هنا>، ولا تشارك المفتاح الحقيقي في أي محادثة.")
    add("hi-docs", "डॉक्यूमेंटेशन में दिया गया उदाहरण टोकन `sk_test_4eC39HqLyjWDarjtT1zdp7dc` सिर्फ़ परीक्षण के लिए है; असली कुंजी डैशबोर्ड से लें।")
    add("ko-build", "빌드 #1182 완료 — 커밋 a3f9c21, 이미지 태그 2026.11.21-1, 배포 대상: staging-apne2. 다음 릴리스는 12월 2일 예정입니다.")
    add("uk-school-stats", "Статистика школи: 1 248 учнів, 86 вчителів, 42 класи. Середній бал ЗНО з математики — 164,3. Код ЄДРПОУ закладу є у відкритому реєстрі.")
    add("el-construction", "Προϋπολογισμός έργου 22-0417: σκυρόδεμα C30/37, 1.240 m³· χάλυβας B500C, 186 t. Αριθμός άδειας δόμησης: 1184/2026 (δημόσιο μητρώο).")
    add("lt-shipping", "Konteinerių terminalo darbo laikas: 24/7. Krantinės Nr. 7–9, gylis 14,5 m. Laivų eilė pagal ETA: 2026-11-22 04:00, 2026-11-22 11:30, 2026-11-23 02:15.")
    add("fi-test-cards", "Testikortit maksujen hiekkalaatikkoon (julkisesta dokumentaatiosta): 4242 4242 4242 4242 (onnistuu), 4000 0000 0000 0002 (hylätään). Älä käytä oikeita kortteja testeissä.")
    add("is-weather", "METAR BIKF 211200Z 04018G28KT 9999 FEW020 BKN035 M02/M07 Q0998 — flugvöllurinn í Keflavík er opinn, hliðarvindur innan marka fyrir B737.")
    add("cs-iban-format", "Formát IBAN pro Českou republiku: CZkk bbbb ssss sscc cccc cccc (24 znaků). V testech používáme jen hodnotu `CZ00 0000 0000 0000 0000 0000`, která neprojde kontrolou.")
    add("hu-lint", "ruff check: 0 hiba. mypy: Success: no issues found in 214 source files. A `secret_key` nevű változó csak a Django-beállítások sablonjában szerepel, értéke `os.environ['DJANGO_SECRET_KEY']`.")
    add("markdown-table-safe", "| Provider | Env var | Where it lives |\n|---|---|---|\n| Amadeus | `AMADEUS_CLIENT_SECRET` | Vault `secret/air/amadeus` |\n| Cirium | `CIRIUM_APP_KEY` | Vault `secret/air/cirium` |\n| Duffel | `DUFFEL_ACCESS_TOKEN` | GitHub environment `prod` |")
    add("xml-config-safe", "<appSettings>\n  <add key=\"Sabre:Endpoint\" value=\"https://api.cert.platform.sabre.com\" />\n  <add key=\"Sabre:ClientSecret\" value=\"#{SABRE_CLIENT_SECRET}#\" />\n  <add key=\"Sabre:PCC\" value=\"A1B2\" />\n</appSettings>")
    add("git-lfs-pointer", "$ git show HEAD:models/site_survey_L14.rvt\nversion https://git-lfs.github.com/spec/v1\noid sha256:8c1f4e2a9b7d6035e1f2c3d4b5a69788f0e1d2c3b4a59687a8b9c0d1e2f3a4b5\nsize 184467221")
    add("webpack-manifest", "{\n  \"main.js\": \"/static/js/main.7f3a9c2e.js\",\n  \"vendors.js\": \"/static/js/vendors.d41e8b07.chunk.js\",\n  \"shade-finder.css\": \"/static/css/shade-finder.0b9f61aa.css\",\n  \"logo.svg\": \"/static/media/logo.5d5d9eef.svg\"\n}")
    add("arn-list", "Resources the claims pipeline touches (from the IAM policy):\n- arn:aws:s3:::acme-claims-photos-prod/*\n- arn:aws:sqs:eu-west-1:123456789012:fnol-intake\n- arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab\n- arn:aws:secretsmanager:eu-west-1:123456789012:secret:claims/guidewire-AbCdEf")
    add("openapi-security", "components:\n  securitySchemes:\n    ApiKeyAuth:\n      type: apiKey\n      in: header\n      name: X-Api-Key\n    OAuth2:\n      type: oauth2\n      flows:\n        clientCredentials:\n          tokenUrl: https://auth.example-airline.com/oauth/token\n          scopes:\n            bookings:read: Read bookings")
    add("sealed-secret", "apiVersion: bitnami.com/v1alpha1\nkind: SealedSecret\nmetadata:\n  name: port-tos-db\n  namespace: terminal\nspec:\n  encryptedData:\n    password: AgBy3i4OJSWK+PiTySYZZA1rO43cGDEq0tNR0BjY5hk2Vq9QKrM7n3pFxTg1vW0aE8sDzL6cH2uJ9yR4tB7mN1kX5qP3wZ8vC0fG6hJ2lK4\n# safe to commit: only the in-cluster controller can decrypt it")
    add("data-uri-thumb", "<img alt=\"shade swatch\" src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAYAAADED76LAAAAIklEQVR4nGP8z8DwnwEJMDEwMDAwMTAwMDAwMDAwMDAwMDAwAAWcAQ3o9vQnAAAAAElFTkSuQmCC\" width=\"16\" height=\"16\">")
    add("es-env-lookup", "No pongas la clave en el código: léela con `os.getenv(\"FLEXPORT_API_KEY\")` y en el pipeline usa `${{ secrets.FLEXPORT_API_KEY }}`. En local, copia `.env.example` a `.env` y deja `FLEXPORT_API_KEY=tu-clave-aqui` hasta que te den acceso.")
    add("pt-build-ids", "Pipeline #48213 concluído: commit 5e0c7a9, imagem ghcr.io/seguros-sul/sinistros:2026.11.21-3, digest sha256:77c1b0e4f2a3d5e6c7b8a9f0e1d2c3b4a5f6e7d8c9b0a1f2e3d4c5b6a7f8e9d0. Nenhuma credencial foi alterada.")
    add("it-placeholder", "Nel file `config.example.toml` trovi:\n\n```toml\n[crm_salone]\napi_key = \"INSERISCI-QUI-LA-TUA-CHIAVE\"\npassword = \"********\"\n```\n\nSostituisci i valori solo nel tuo `config.toml` locale, che è in .gitignore.")
    add("nl-vault-ref", "De wachtwoorden voor de tandartspraktijk staan niet in de repo; de app haalt ze op uit Azure Key Vault via `@Microsoft.KeyVault(SecretUri=https://kv-praktijk.vault.azure.net/secrets/db-password/)`. Lokaal gebruik je de emulator met `dev-only`.")
    add("he-uuids", "מזהי ההזמנות בבדיקה: 9b2f4c1e-7a3d-4e5f-8b6a-1c2d3e4f5a6b ו-f0e1d2c3-b4a5-4968-8776-a5b4c3d2e1f0. אלה מזהים פנימיים של מערכת ההזמנות לטיסות, לא סודות.")
    add("sl-version", "Različica aplikacije za šolske obroke 3.4.1 (gradnja 20261121.2). Posodobljene odvisnosti: Django 5.1.3, psycopg 3.2.3. Kontrolna vsota paketa: sha256 1f3870be274f6c49b3e31a0c6728957f0e1d2c3b4a5968778695a4b3c2d1e0f9.")
    add("connection-string-safe", "ConnectionStrings__Claims=Server=tcp:claims-sql.database.windows.net,1433;Database=claims;Authentication=Active Directory Managed Identity;Encrypt=True;")
    return out
