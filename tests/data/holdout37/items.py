# ruff: noqa: E501, RUF001  -- item tables hold whole texts on one line; foreign letters are intended.
"""Thirty-seventh held-out set, written blind (see README.md). Domains: banks and credit unions,
water and power utilities, zoos and aquariums, libraries and archives, cosmetics e-commerce, lift
and HVAC maintenance, event ticketing and concert venues, translation agencies, satellite and space
start-ups. Providers N-Z that no earlier set used.
"""

from __future__ import annotations

import gzip
import json

from _markup import IP, A, C, D, E, I, P, S, T, U, Z, esc, m, openai_call, tool_result
from _values import ALNUM, DIGITS, HEX, HEXU, LOWNUM, UPNUM, Gen, iban, luhn_complete

B64URL = ALNUM + "-_"
LOWER = "abcdefghijklmnopqrstuvwxyz"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

_ = gzip  # the S3/GCS landing notes mention gzip NDJSON; nothing is compressed here


def dumps(obj: object, **kw: object) -> str:
    kw.setdefault("ensure_ascii", False)
    return json.dumps(obj, **kw)  # type: ignore[arg-type]


def N(value: str) -> str:
    """A national id number (labelled as the closest gold label, US_SSN only for US numbers)."""
    return m("US_SSN", value)


def card4(number: str) -> str:
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))


# carriers ------------------------------------------------------------------------------------

def ndjson(*rows: dict[str, object]) -> str:
    """Lines of a usage-record export landed as gzip NDJSON, read back with zcat."""
    return "\n".join(dumps(r) for r in rows)


def zcat(uri: str, *rows: dict[str, object]) -> str:
    tool = "gcloud storage cat" if uri.startswith("gs://") else "aws s3 cp"
    cmd = f"{tool} {uri} - | zcat | head -n {len(rows)}" if tool == "aws s3 cp" else f"{tool} {uri} | zcat | head -n {len(rows)}"
    return f"$ {cmd}\n{ndjson(*rows)}"


def gh_chat(question: str, answer: str) -> str:
    """Copilot Chat on github.com, copied from the immersive view."""
    return f"Copilot Chat · github.com\n\nYou said: {question}\n\nCopilot said: {answer}"


def extension(agent: str, question: str, answer: str) -> str:
    """A Copilot Extension (agent) invoked with @name in Copilot Chat."""
    return f"@{agent} {question}\n\n— {agent} (Copilot Extension) —\n{answer}"


def autofix(rule: str, path: str, line: int, explanation: str, patch: str) -> str:
    return f"Copilot Autofix for alert #{line * 7 % 97 + 3}: {rule}\n{path}:{line}\n\n{explanation}\n\n```diff\n{patch}\n```"


def xcode(question: str, answer: str) -> str:
    return f"[GitHub Copilot for Xcode — Chat]\n▶ {question}\n\n{answer}"


def codex(cmd: str, output: str) -> str:
    """OpenAI Codex CLI transcript (exec of a shell command)."""
    return f"codex › exec {cmd}\n{output}\n✔ exited 0"


def codex_cloud(task: str, body: str) -> str:
    return f"Codex (cloud) — task: {task}\nenvironment: default · branch codex/{task.lower().replace(' ', '-')[:24]}\n\n{body}"


def cursor(tool: str, body: str) -> str:
    return f"⏺ Cursor Agent · {tool}\n{body}"


def bugbot(path: str, line: int, title: str, body: str) -> str:
    return f"cursor[bot] commented on {path}#L{line}\n**Bugbot: {title}**\n\n{body}"


def windsurf(step: str, body: str) -> str:
    return f"Cascade ▸ {step}\n{body}"


def tabby(prompt: str, answer: str) -> str:
    return dumps({"event": "chat_completion", "server": "tabby", "version": "0.27.1", "prompt": prompt, "answer": answer})


def cody(question: str, answer: str) -> str:
    return f"Cody (Sourcegraph)\n> {question}\n\n{answer}"


def cont(role: str, content: str) -> str:
    """A message from a Continue session file (~/.continue/sessions/*.json)."""
    return dumps({"message": {"role": role, "content": content}, "contextItems": []})


def aider(path: str, search: str, replace: str) -> str:
    return f"{path}\n```\n<<<<<<< SEARCH\n{search}\n=======\n{replace}\n>>>>>>> REPLACE\n```"


def jules(plan: str, body: str) -> str:
    return f"Jules · Plan step: {plan}\n{body}"


def qcli(cmd: str, output: str) -> str:
    """Amazon Q Developer CLI, the agent running a shell tool."""
    return f"🛠️  Using tool: execute_bash\n ⋮ \n ● I will run the following shell command: \n{cmd}\n\n{output}\n\n ● Completed in 0.412s"


def langgraph(node: str, content: str) -> str:
    return dumps({"type": "task_result", "payload": {"name": node, "result": [["messages", [{"type": "tool", "content": content}]]]}})


def crewai(agent: str, task: str, output: str) -> str:
    return f"# Agent: {agent}\n## Task: {task}\n\n# Agent: {agent}\n## Final Answer:\n{output}"


def autogen(speaker: str, content: str) -> str:
    return f"{speaker} (to chat_manager):\n\n{content}\n\n--------------------------------------------------------------------------------"


def mcp(server: str, text: str) -> str:
    return dumps({"jsonrpc": "2.0", "id": 31, "result": {"content": [{"type": "text", "text": text}], "isError": False}, "_server": server})


def twice(name: str, args: dict[str, object]) -> str:
    """A tool call whose arguments are a JSON string, logged again as a JSON string (twice escaped)."""
    inner = dumps({"type": "function", "function": {"name": name, "arguments": dumps(args)}})
    return dumps({"event": "tool_call", "raw": inner})


def usage_page(items: list[dict[str, object]], page: int = 3) -> str:
    return dumps({"total_count": 2214, "page": page, "per_page": 100, "usage_records": items}, indent=2)


def secrets(g: Gen) -> list[tuple[str, list[str], str]]:
    out: list[tuple[str, list[str], str]] = []

    def add(p: str, t: str, providers: list[str] | None = None) -> None:
        out.append((f"holdout37:{p}", providers or [p], t))

    # banks and credit unions -----------------------------------------------------------------
    add("narmi", f"# .env.staging — digital banking for Prairie Valley CU\nNARMI_BASE_URL=https://api.prairievalley.narmi.dev/v1\nNARMI_CLIENT_ID=pvcu-webhooks\nNARMI_CLIENT_SECRET={S(g.mixed(ALNUM, 48))}\nNARMI_WEBHOOK_TIMEOUT=15")
    add("ncino", f"ncino:\n  instance: https://harborbank.my.salesforce.com\n  integration_user: ncino-loan-sync@harborbank.com\n  consumer_key: 3MVG9{g.s(ALNUM, 80)}\n  consumer_secret: {S(g.s(HEXU, 64))}\n  sandbox: false")
    add("nbkc", gh_chat("why does the rate-sheet job fail with 401 since Monday?", f"The job still sends the old partner token from `jobs/rates.ts`:\n\n```ts\nconst NBKC_PARTNER_TOKEN = \"{S('nbkc_live_' + g.s(LOWNUM, 36))}\";\n```\n\nnbkc rotated partner tokens on the 23rd. Put the new one in the repository secret `NBKC_PARTNER_TOKEN` and read it via `process.env`."))
    add("numerated", f"$ curl -s -X POST https://api.numerated.com/oauth/token \\\n    -d grant_type=client_credentials \\\n    -d client_id=cu-lending-etl \\\n    -d client_secret={S(g.mixed(ALNUM, 40))}\n{{\"access_token\":\"{S(g.b64(48, urlsafe=True).rstrip('='))}\",\"expires_in\":3600,\"token_type\":\"Bearer\"}}")
    add("northone", f"import {{ NorthOne }} from \"@northone/sdk\";\n\nexport const client = new NorthOne({{\n  apiKey: \"{S('no_sk_live_' + g.mixed(ALNUM, 32))}\",\n  environment: \"production\",\n}});")
    add("novo", codex("grep -rn NOVO_ config/", f"config/bank.yml:4:  NOVO_API_KEY: \"{S(g.mixed(ALNUM, 44))}\"\nconfig/bank.yml:5:  NOVO_ACCOUNT: operating\nconfig/bank.yml:6:  NOVO_SYNC_CRON: \"0 6 * * *\""))
    add("nykredit", f"Hej, jeg har lagt Nykredit Erhverv API-nøglen ind i Key Vault nu. Den gamle stod i appsettings.Development.json (`\"Nykredit\": {{ \"ApiKey\": \"{S(g.s(HEX, 40))}\" }}`) og er blevet spærret. Husk at hente den nye via managed identity.")
    add("nacha", f"[ach]\norigin = 071000013\nodfi_sftp = sftp://files.risk-nacha.partnerbank.com:22/outbound\nsftp_user = ach_originator_07\nsftp_password = {S('Settlement-Window#930')}\nfile_id_modifier = A")
    add("navyfederal", windsurf("Editing src/main/resources/application.properties", f"navyfed.openapi.base=https://api.navyfederal.org/partner/v2\nnavyfed.openapi.client-id=mbr-rewards-portal\nnavyfed.openapi.client-secret={S(g.mixed(ALNUM, 36))}\n\nI moved the secret out of the properties file into an environment variable `NAVYFED_CLIENT_SECRET`; the value above was committed in 3c1f9e2 and should be rotated."))
    add("nationwide", f"Nationwide Open Banking sandbox\n-------------------------------\nsoftware_statement_id: 4Xk2pQ9\nclient_id: {g.uuid()}\nclient_secret: {S(g.mixed(ALNUM, 32))}\nredirect: https://budgetbuddy.test/callback")
    add("netbank", f"// src/integrations/netbank.go\npackage integrations\n\nconst (\n\tnetbankHost   = \"https://api.netbank.ph/v1\"\n\tnetbankAPIKey = \"{S('nb_' + g.s(LOWNUM, 40))}\" // TODO: vault\n)")
    add("newgen", f"<configuration>\n  <appSettings>\n    <add key=\"Newgen.OmniDocs.Url\" value=\"https://omnidocs.bancoandino.co/omnidocs\" />\n    <add key=\"Newgen.OmniDocs.User\" value=\"svc_omnidocs\" />\n    <add key=\"Newgen.OmniDocs.Password\" value=\"{S('Cabinet!Andino2025')}\" />\n  </appSettings>\n</configuration>")
    add("nomba", f"Oga, the Nomba checkout keeps returning 'invalid signature'. I put the keys for you here make you help check: client id `{g.uuid()}`, private key `{S(g.s(HEX, 48))}`. Na live keys o, abeg no share am.")
    add("openpayd", f"openpayd:\n  base_url: https://secure.openpayd.com/api\n  username: treasury-bot\n  password: \"{S('Ledger$Euro-88')}\"\n  account_holder_id: {g.uuid()}")
    add("orum", f"$ export ORUM_CLIENT_ID=payouts-worker\n$ export ORUM_CLIENT_SECRET='{S(g.mixed(ALNUM, 52))}'\n$ node scripts/verify-account.js --routing 011000015 --dry-run\nverify: status=verified (sandbox)")
    add("paya", f"<?php\n// Paya Connect (formerly Sage Payment Solutions)\ndefine('PAYA_USER_ID', '{g.s(HEX, 24)}');\ndefine('PAYA_USER_API_KEY', '{S(g.s(HEX, 40))}');\ndefine('PAYA_DEVELOPER_ID', '{g.s(DIGITS, 8)}');")
    add("paymentus", "Amazon Q Developer (IDE)\nUser: can you check scripts/pay_bill.py before I push?\n\n" + f"Amazon Q: The Paymentus hosted checkout expects the `pmt-auth` header. Your script currently has it hard-coded:\n\n```python\nHEADERS = {{\"pmt-auth\": \"{S(g.s(HEX, 32))}\", \"Content-Type\": \"application/json\"}}\n```\n\nLoad it from AWS Secrets Manager instead; the biller id (`5421`) can stay.")
    add("paynl", f"{{\n  \"paynl\": {{\n    \"tokenCode\": \"AT-{g.s(DIGITS, 4)}-{g.s(DIGITS, 4)}\",\n    \"apiToken\": \"{S(g.s(HEX, 40))}\",\n    \"serviceId\": \"SL-{g.s(DIGITS, 4)}-{g.s(DIGITS, 4)}\"\n  }}\n}}")
    add("payrix", cursor("read_file terraform/payments.tf", f"resource \"aws_ssm_parameter\" \"payrix_key\" {{\n  name  = \"/prod/payrix/api_key\"\n  type  = \"SecureString\"\n  value = \"{S(g.s(HEX, 32))}\"\n}}\n\nThe Payrix key is in plain text in the Terraform source and therefore in state. Use `aws_ssm_parameter` with a `value_wo` from a variable marked sensitive."))
    add("payscape", f"PAYSCAPE_MERCHANT=cu-checking-fees\nPAYSCAPE_SECURITY_KEY={S(g.mixed(ALNUM, 32))}\nPAYSCAPE_URL=https://secure.payscapegateway.com/api/transact.php")
    add("paysend", f"Merhaba, ödemeler için Paysend Enterprise anahtarı: `{S('psk_live_' + g.mixed(ALNUM, 40))}` — bu test ortamındaki değil, canlı anahtar. Sadece CI içinde PAYSEND_KEY değişkeni üzerinden kullanın.")
    add("paytrace", f"POST /oauth/token HTTP/1.1\nHost: api.paytrace.com\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=password&username=ccu_api&password={S('Teller.Drawer.51')}&integrator_id={g.s(UPNUM, 12)}")
    add("plastiq", tabby("explain the plastiq client init", f"The client is built with `Plastiq(api_key=\"{S('pq_live_' + g.s(LOWNUM, 32))}\", env=\"prod\")`. That key is live. Read it from `os.environ[\"PLASTIQ_API_KEY\"]` instead."))
    add("pluggy", f"Olá! O Pluggy deu 403 no conector do Sicoob. Conferi o `.env` do worker:\n\nPLUGGY_CLIENT_ID={g.uuid()}\nPLUGGY_CLIENT_SECRET={S(g.uuid())}\n\nO secret é de produção, então troquei no painel e atualizei o cofre.")
    add("pockit", f"pockit_api:\n  host: https://partners.pockit.com/v3\n  key: \"{S(g.s(UPNUM, 28))}\"\n  webhook_secret: \"{S('whsec_' + g.mixed(ALNUM, 32))}\"")
    add("ppro", f"$ http POST https://api.ppro.com/v1/payment-charges Authorization:\"Bearer {S(g.mixed(ALNUM, 64))}\" Merchant-Id:tickethall paymentMethod=IDEAL amount:='{{\"value\":4500,\"currency\":\"EUR\"}}'\nHTTP/1.1 201 Created")
    add("prometeo", f"¡Hola equipo! Para la conciliación con Prometeo usamos esta API key en el job de Bancolombia: {S(g.s(LOWNUM, 64))}. Ya sé que no debí pegarla en el canal, la roto esta tarde.")
    add("prosa", f"# Configuración del switch PROSA (MX)\nprosa.host=10.40.2.17\nprosa.port=7003\nprosa.terminal=TRM00451\nprosa.zmk={S(g.s(HEXU, 32))}\nprosa.tpk.kcv=3F8A21")
    add("quovo", f"class QuovoSync:\n    BASE = \"https://api.quovo.com/v3\"\n    USERNAME = \"cu-aggregation\"\n    PASSWORD = \"{S('Aggregate#Quovo2019')}\"  # legacy, service was retired by Plaid")
    add("rabobank", f"Hoi, de Rabobank Business Access API gebruikt mTLS plus een client secret. In `rabo.env` staat nu RABO_CLIENT_SECRET={S(g.mixed(ALNUM, 44))} — die staat ook in de commitgeschiedenis, graag intrekken via het developer portal.")
    add("ripple", f"# ripple-odl/config.toml\n[ripplenet]\nnode = \"https://rn.credit-union-east.com:8443\"\nclient_id = \"cu-east-odl\"\nclient_secret = \"{S(g.mixed(ALNUM, 40))}\"\n\n[xrpl]\nwallet_seed = \"{S('s' + g.s('rpshnaf39wBUDNEGHJKLM4PQRST7VWXYZ2bcdeCg65jkm8oFqi1tuvAxyz', 28))}\"")
    add("rocketmoney", f"Cody (Sourcegraph)\n> what calls the Rocket Money partner API?\n\n`src/budget/partners.py` line 22 builds the client with a literal token: `ROCKET_TOKEN = \"{S('rm_' + g.mixed(ALNUM, 40))}\"`. Only `sync_subscriptions()` uses it.")
    add("routable", f"routable:\n  api_url: https://api.sandbox.routable.com/v1\n  bearer: \"{S(g.s(HEX, 64))}\"\n  # payables for the zoo gift shop vendors")
    add("saltpay", f"SALTPAY_TERMINAL_ID=T00918\nSALTPAY_API_KEY={S(g.mixed(ALNUM, 40))}\nSALTPAY_ENV=production  # Reykjavík aquarium kiosks")
    add("seb", f"Hej! SEB:s gateway kräver både certifikat och API-nyckel. Nyckeln som låg i `seb-psd2.yaml` var `{S(g.s(HEX, 32))}` – den är nu ersatt, men den finns kvar i git-historiken så vi behöver spärra den.")
    add("shift4", f"curl https://api.shift4.com/charges \\\n  -u {S('sk_live_' + g.mixed(ALNUM, 24))}: \\\n  -d amount=2499 -d currency=USD -d card=tok_{g.s(ALNUM, 24)}")
    add("silvergate", f"SEN_API_BASE=https://api.silvergate.com/sen/v1\nSEN_API_KEY={S(g.s(HEX, 40))}\n# archived: Silvergate wound down in 2023, keep for replaying old statements")
    add("socure", f"const socure = axios.create({{\n  baseURL: \"https://service.socure.com/api/3.0\",\n  headers: {{ Authorization: \"SocureApiKey {S(g.uuid())}\" }},\n}});")
    add("splitit", f"splitit:\n  environment: production\n  client_id: cosmetics-checkout\n  client_secret: {S(g.mixed(ALNUM, 50))}\n  terminal_key: {g.uuid()}")
    add("stax", f"Stax (Fattmerchant) API key for the aquarium gift shop: {S('eyJ0eXAiOiJKV1Qi' + g.s(B64URL, 120))}\nIt's scoped to the merchant only but still, please don't paste it in tickets.")
    add("teya", f"Olá {P('Pedro')}, a integração com a Teya para os terminais do Oceanário ficou assim:\n\n```yaml\nteya:\n  store_id: oceanario-lx-03\n  api_key: {S(g.s(LOWNUM, 48))}\n```\n\nA chave é de produção.")
    add("tillo", f"$ tillo-cli brands --api-key {S(g.s(HEX, 32))} --secret {S(g.s(HEX, 64))} --currency GBP | head -3\nAsos  GBP  digital\nBoots GBP  digital\nCurrys GBP digital")
    add("upvest", f"UPVEST_CLIENT_ID={g.uuid()}\nUPVEST_CLIENT_SECRET={S(g.mixed(ALNUM, 40))}\nUPVEST_SIGNING_KEY_ID={g.uuid()}\nUPVEST_BASE=https://api.upvest.co")
    add("vopay", f"<?php\n$vopay = [\n    'AccountID' => 'waterworks_billing',\n    'Key' => '{S(g.s(HEX, 40))}',\n    'Secret' => '{S(g.s(HEX, 40))}',\n];")
    add("zai", f"# Zai (formerly Assembly Payments) — ticket resale payouts\nZAI_CLIENT_ID={g.s(LOWNUM, 26)}\nZAI_CLIENT_SECRET={S(g.mixed(ALNUM, 52))}\nZAI_SCOPE=im-au-05/{g.uuid()}:{g.uuid()}:3")
    add("zumrails", f"zumrails.username=api_ticketing\nzumrails.password={S('Concert!Hall-2026')}\nzumrails.base=https://api-app.zumrails.com/api")
    add("obie", f"Open Banking directory (OBIE) — signing key for our TPP\n\n{S(g.pem('PRIVATE KEY', 6))}\n\nkid: {g.s(ALNUM, 27)}")
    add("ozone-api", f"# Ozone API (open banking sandbox) used by the water utility's direct-debit flow\nozone:\n  tpp_client_id: {g.uuid()}\n  tpp_client_secret: {S(g.mixed(ALNUM, 40))}\n  well_known: https://auth1.sandbox.directory.ozoneapi.com/.well-known/openid-configuration")
    add("oxygen", f"await fetch(\"https://api.oxygen.us/v2/accounts\", {{\n  headers: {{ \"X-Oxygen-Key\": \"{S('oxy_' + g.mixed(ALNUM, 36))}\" }},\n}});")

    # water and power utilities ---------------------------------------------------------------
    add("neurio", f"# home energy monitor bridge (Neurio / Generac PWRview)\nNEURIO_CLIENT_ID={g.s(ALNUM, 22)}\nNEURIO_CLIENT_SECRET={S(g.mixed(ALNUM, 22))}\nNEURIO_SENSOR_ID=0x0000C47F510179C8")
    add("oracle-utilities", f"<soap:Header>\n  <wsse:Security>\n    <wsse:UsernameToken>\n      <wsse:Username>CCB_INTEGRATION</wsse:Username>\n      <wsse:Password Type=\"PasswordText\">{S('Meter-Read-Route7!')}</wsse:Password>\n    </wsse:UsernameToken>\n  </wsse:Security>\n</soap:Header>\n<!-- Oracle Utilities CC&B, C1-CustomerContact service -->")
    add("optergy", f"Optergy Proton API (pump station 4)\nGET https://pump4.optergy.local/api/v1/points?filter=flow HTTP/1.1\nX-Auth-Token: {S(g.s(HEX, 40))}\nAccept: application/json")
    add("pepco", windsurf("Running command", f"$ python tools/green_button.py --utility pepco --token {S(g.mixed(ALNUM, 40))} --from 2026-10-01\nfetched 31 daily intervals (kWh) for service point 0042318876\n\nThe Green Button Connect token is in the shell history now; I'd rotate it and pass it via PEPCO_GBC_TOKEN next time."))
    add("rainforest-automation", f"eagle:\n  cloud_id: 0x{g.s(HEX, 6)}\n  install_code: {S(g.s(HEXU, 16))}\n  # Rainforest EAGLE-200 gateway in the lift machine room")
    add("rwe", f"Hallo zusammen, für den RWE Energiedaten-Export braucht das Skript den Mandanten-Schlüssel. Ich habe ihn versehentlich in `export.ps1` eingecheckt: `$RweApiKey = \"{S(g.mixed(ALNUM, 36))}\"`. Bitte bis Freitag im Portal sperren.")
    add("sce", f"[sce_greenbutton]\nauthorization_uri = https://myaccount.sce.com/oauth/authorize\nclient_id = waterdistrict-gbc\nclient_secret = {S(g.s(HEX, 32))}\nscope = FB=1_3_4_5_13_14_39;IntervalDuration=900")
    add("sdge", f"SDGE_GBC_CLIENT_ID=aquarium-energy\nSDGE_GBC_CLIENT_SECRET={S(g.mixed(ALNUM, 32))}\nSDGE_GBC_REDIRECT=https://energy.aquarium.org/oauth/sdge")
    add("severntrent", f"⏺ Cursor Agent · terminal\n$ cat secrets/severn-trent.json\n{{\"clientId\": \"stw-developer-leakbot\", \"clientSecret\": \"{S(g.mixed(ALNUM, 40))}\", \"scope\": \"telemetry.read\"}}\n\nThis file is tracked in git. I'll add it to .gitignore and move the values to GitHub environment secrets.")
    add("southern-company", f"// Southern Company DR program (Georgia Power) — thermostat event callbacks\nexport const DR_SHARED_SECRET = \"{S(g.s(HEX, 64))}\";\nexport const DR_ENDPOINT = \"https://dr.southerncompany.com/api/events\";")
    add("suez", f"Bonjour, la clé d'accès à l'API télérelève SUEZ (ON'connect) est restée dans le notebook `conso.ipynb`, cellule 3 : `SUEZ_API_KEY = \"{S(g.s(HEX, 40))}\"`. Merci de la révoquer depuis le portail avant la démo de jeudi.")
    add("sunpower", f"$ curl -s 'https://elhapi.edp.sunpower.com/v1/elh/address/4Z8K/power' -H 'Authorization: Bearer {S(g.mixed(ALNUM, 44))}' | jq .current_power\n3.42")
    add("thameswater", f"thames_water:\n  smart_meter_api: https://api.thameswater.co.uk/smartmeter/v1\n  client_id: zoo-reservoir-monitor\n  client_secret: {S(g.mixed(ALNUM, 40))}")
    add("unitedutilities", f"# United Utilities bulk supply portal\nUU_PORTAL_USER=lakes-aquarium-ops\nUU_PORTAL_PASSWORD={S('Windermere_Flow44')}\nUU_PORTAL=https://portal.unitedutilities.com/bulk")
    add("veolia", f"{{\n  \"Veolia\": {{\n    \"Hubgrade\": {{\n      \"BaseUrl\": \"https://hubgrade.veolia.com/api\",\n      \"ApiKey\": \"{S(g.s(HEX, 32))}\"\n    }}\n  }}\n}}")
    add("yorkshirewater", f"Jules · Plan step: Inspect telemetry client\nsrc/telemetry/yw.py contains `YW_TOKEN = \"{S('ywt_' + g.s(LOWNUM, 40))}\"`. I'll replace it with `os.environ['YW_TOKEN']` and document the variable in README.")
    add("wattsense", f"wattsense:\n  api_key: {S(g.s(LOWNUM, 32))}\n  api_secret: {S(g.mixed(ALNUM, 48))}\n  device: chiller-plant-B2")
    add("project-haystack", f"$ curl -u hvac-reader:{S('Haystack!Zinc2024')} 'https://bms.library.internal/haystack/read?filter=ahu%20and%20temp'\nver:\"3.0\"\nid,dis,curVal\n@p:demo:r:2c0,AHU-1 Discharge Temp,13.8°C")
    add("skyspark", f"SkySpark project 'aquarium-hvac' — API user\nusername: su-api-aquarium\npassword: {S('Chiller&Kelp-Tank9')}\nhost: https://skyspark.aquarium-hvac.net/api/aquarium")
    add("switch-automation", f"SWITCH_API_URL=https://api.switchautomation.com\nSWITCH_API_KEY={S(g.mixed(ALNUM, 40))}\nSWITCH_PORTFOLIO=library-branches")
    add("vykon", f"station:\n  name: library-central-jace\n  platform_user: vykon-admin\n  platform_password: \"{S('Jace8000!Stacks')}\"\n  fox_port: 1911")
    add("tridium", f"Niagara 4 station backup failed:\n\nERROR [niagara.fox] Authentication failed for user 'integrator' (scheme HTTP-Basic)\nDEBUG credentials loaded from station.properties: integrator / {S('Tridium@Boiler22')}\n\nThe password should not be logged at DEBUG; open an issue with the integrator.")
    add("trane", f"# Trane Connect (chillers at the concert hall)\nTRANE_CONNECT_API_KEY={S(g.mixed(ALNUM, 48))}\nTRANE_SITE_ID=arena-west-ch01")
    add("tesla-energy", f"tesla_energy:\n  site_id: {g.s(DIGITS, 13)}\n  refresh_token: \"{S('eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.' + g.s(B64URL, 90) + '.' + g.s(B64URL, 43))}\"\n  # Powerwall at the reptile house")
    add("sinergise", f"from sentinelhub import SHConfig\n\nconfig = SHConfig()\nconfig.sh_client_id = \"{g.uuid()}\"\nconfig.sh_client_secret = \"{S(g.mixed(ALNUM, 40))}\"\nconfig.save(\"reservoir-levels\")")

    # zoos and aquariums ----------------------------------------------------------------------
    add("species360", f"species360:\n  zims_api: https://api.species360.org/zims/v1\n  institution: AQ-BALT\n  api_key: {S(g.s(HEX, 40))}\n  # pulls husbandry records for the sea-turtle programme")
    add("zooeasy", f"ZooEasy export script, regel 12:\n    zooeasy = ZooEasyClient(\"kinderboerderij-oost\", \"{S('Geitje#Wol-2025')}\")\nDat wachtwoord hoort niet in het script, zet het in de Windows Credential Manager.")
    add("zooniverse", f"panoptes:\n  client_id: {g.s(HEX, 64)}\n  client_secret: {S(g.s(HEX, 64))}\n  project: penguin-watch-aquarium")
    add("ticketebo", f"Buenas, el webhook de Ticketebo para las entradas del Bioparc sigue fallando. Este es el secreto de firma que tenemos en producción: {S(g.s(HEX, 40))}. ¿Me confirmáis si coincide con el del panel?")
    add("vendini", f"# legacy Vendini (AudienceView Professional) feed for the aquarium night events\nVENDINI_API_USER=aquarium_feed\nVENDINI_API_KEY={S(g.s(HEXU, 32))}")

    # libraries and archives ------------------------------------------------------------------
    add("ptfs", f"[ptfs_europe]\n; Koha support instance\nbase = https://staff.library-koha.ptfs-europe.com/api/v1\nclient_id = {g.uuid()}\nclient_secret = {S(g.uuid())}")
    add("portico", f"PORTICO_SFTP_HOST=sftp.portico.org\nPORTICO_SFTP_USER=univpress_ingest\nPORTICO_SFTP_PASSWORD={S('Preserve!Journals-07')}")
    add("proquest", crewai("Library Systems Analyst", "Find why the ProQuest TDM export stopped", f"The export job authenticates with a hard-coded key in `tdm/fetch.py` (`PQ_TDM_KEY = \"{S(g.s(HEX, 32))}\"`). The key was revoked by ProQuest on 2026-11-20. Request a new key through the TDM Studio admin and store it in the secrets manager."))
    add("reprints-desk", f"<ArticleGalaxy>\n  <Credentials>\n    <UserName>ill.office</UserName>\n    <Password>{S('InterLibrary$Loan9')}</Password>\n  </Credentials>\n</ArticleGalaxy>")
    add("researchgate", f"RG_SESSION_COOKIE={S(g.s(HEX, 32))}\nRG_EXPORT_DIR=/srv/archive/rg-preprints")
    add("rightfind", f"$ rightfind-sync --client-id {g.s(UPNUM, 10)} --api-key {S(g.s(HEX, 40))} --since 2026-11-01\nsynced 214 permissions records")
    add("rosetta", f"# Ex Libris Rosetta deposit (national archive)\ndeposit:\n  endpoint: https://rosetta.archief.example-gov.sr/deposit/DepositWebServices\n  user: deposit_sip\n  password: \"{S('Archief!Paramaribo1975')}\"\n  institution: NAS")
    add("scite", f"import scite\nclient = scite.Client(token=\"{S('scite_' + g.mixed(ALNUM, 40))}\")\nprint(client.tallies(\"10.1038/s41586-020-2649-2\"))")
    add("shibboleth", f"# /etc/shibboleth/sp-signing-key.pem (committed by accident)\n{S(g.pem('RSA PRIVATE KEY', 7))}")
    add("sierra-ils", f"SIERRA_API=https://catalog.citylibrary.org/iii/sierra-api/v6\nSIERRA_KEY={S(g.s(ALNUM, 28))}\nSIERRA_SECRET={S(g.s(ALNUM, 12))}")
    add("soutron", f"Soutron Archive — API user for the digitisation station:\n  login: scan-station-2\n  password: {S('Glass-Plate-Negatives!')}\n  url: https://archive.soutron.net/Library/WebServices/SoutronAPI.svc")
    add("symphony-ils", f"# SirsiDynix Symphony Web Services\nSWS_CLIENT_ID=SymWSStaffClient\nSWS_STAFF_LOGIN=websvc\nSWS_STAFF_PASSWORD={S('Circulation#Desk44')}")
    add("plos", f"In the metadata harvester the PLOS Search API key sits in `harvest.cfg`: api_key = {S(g.s(ALNUM, 20))}. It's rate-limited per key, so leaking it lets others eat our quota.")

    # cosmetics e-commerce --------------------------------------------------------------------
    add("nacelle", f"NACELLE_SPACE_ID={g.uuid()}\nNACELLE_SPACE_TOKEN={S(g.uuid())}\nNEXT_PUBLIC_NACELLE_STOREFRONT_ENDPOINT=https://storefront.api.nacelle.com/graphql/v1/spaces/glowlab")
    add("nogin", f"nogin_commerce:\n  brand: lumen-skin\n  api_user: feed-export\n  api_password: \"{S('Serum&Spf50-sale')}\"")
    add("noibu", f"<script>\n  window.NOIBU_CONFIG = {{ domain: \"shop.velvetbrow.com\" }};\n</script>\n<!-- server-side: NOIBU_API_TOKEN={S(g.s(HEX, 48))} must not reach the template -->")
    add("notino", f"Bună, pentru integrarea cu Notino Marketplace folosim cheia aceasta: {S(g.mixed(ALNUM, 40))}. Am pus-o din greșeală într-un issue public, vă rog generați una nouă.")
    add("nykaa", f"नमस्ते, Nykaa सेलर API का टोकन `{S(g.s(LOWNUM, 40))}` हमारे `config/marketplaces.json` में सीधे लिखा हुआ है। इसे कृपया सीक्रेट मैनेजर में ले जाएँ और पुराना टोकन रद्द करें।")
    add("obvi", f"export OBVI_SHOPIFY_APP_SECRET={S('shpss_' + g.s(HEX, 32))}\nexport OBVI_STORE=obvi-collagen.myshopify.com")
    add("oddity", f"// oddity-labs/il-makiage quiz service\nconst ODDITY_INTERNAL_KEY = \"{S(g.mixed(ALNUM, 44))}\";\nfetch(`${{QUIZ_API}}/match`, {{ headers: {{ \"x-oddity-key\": ODDITY_INTERNAL_KEY }} }});")
    add("olaplex", aider("src/pro_portal/settings.py", "OLAPLEX_PRO_API_KEY = os.getenv(\"OLAPLEX_PRO_API_KEY\")", f"OLAPLEX_PRO_API_KEY = os.getenv(\"OLAPLEX_PRO_API_KEY\", \"{S(g.s(HEX, 40))}\")  # fallback for local runs"))
    add("parcelpanel", f"Parcel Panel Shopify app → Settings → API\nAPI key: {S(g.mixed(ALNUM, 32))}\nUsed by our returns portal for tracking pages (skincare store).")
    add("parfumdreams", f"Hallo Team, der Partner-Feed von parfumdreams braucht Basic Auth: Benutzer `feed_duftwerk`, Passwort `{S('Rosenholz!Oud-77')}`. Bitte nicht in den Slack-Kanal posten – ist leider schon passiert.")
    add("perfect-corp", f"PERFECT_CORP_YOUCAM_API_KEY={S(g.mixed(ALNUM, 40))}\nPERFECT_CORP_SECRET={S(g.s(B64URL, 44))}\n# virtual try-on for the lipstick PDPs")
    add("retention", f"<script>\n!function(){{var r=document.createElement('script');r.src='https://cdn.retention.com/rt.js';document.head.appendChild(r)}}();\n</script>\n# backend: RETENTION_API_KEY={S(g.s(HEX, 32))}  (do not expose)")
    add("returngo", f"returngo:\n  shop: maison-argan.myshopify.com\n  x_api_key: {S(g.mixed(ALNUM, 36))}\n  webhook: https://ops.maison-argan.com/hooks/returngo")
    add("revieve", f"Revieve skin-analysis SDK init (from the PR description):\n\nRevieve.init({{ partnerId: \"{g.s(ALNUM, 10)}\", apiSecret: \"{S(g.mixed(ALNUM, 40))}\", locale: \"es-MX\" }});\n\n⚠️ the secret must stay server-side.")
    add("rituals", f"Hoi! Voor de Rituals B2B-koppeling (winkelvoorraad) staat de sleutel in `stock-sync/.env`: RITUALS_B2B_KEY={S(g.s(HEX, 40))}. Niet committen graag.")
    add("route", f"ROUTE_PUBLIC_TOKEN=pk_{g.s(LOWNUM, 24)}\nROUTE_SECRET_TOKEN={S('sk_' + g.s(LOWNUM, 40))}\n# Route package protection on the cosmetics checkout")
    add("sendlane", f"$ curl https://api.sendlane.com/v2/lists -H 'Authorization: Bearer {S(g.s(LOWNUM, 60))}'\n{{\"data\":[{{\"id\":118,\"name\":\"Glow Club VIP\"}}]}}")
    add("sephora", f"Copilot said: Your `sephora_partner.yml` contains a live partner API secret:\n\n```yaml\npartner_api:\n  vendor_id: V-44817\n  secret: {S(g.mixed(ALNUM, 48))}\n```\n\nRemove it from the repository and rotate it in the Sephora Partner Portal.")
    add("shipmonk", f"SHIPMONK_API_KEY={S(g.s(HEX, 40))}\nSHIPMONK_STORE_ID=88412\nSHIPMONK_WAREHOUSE=PA1")
    add("skinvision", f"skinvision:\n  partner: dermaclinic-nl\n  client_secret: \"{S(g.mixed(ALNUM, 44))}\"\n  region: eu-west")
    add("skio", f"const skio = new SkioClient({{ token: \"{S(g.uuid())}\" }}); // subscriptions for the refill program")
    add("stay-ai", f"STAY_AI_API_KEY={S(g.mixed(ALNUM, 40))}\nSTAY_AI_STORE=refill-beauty.myshopify.com")
    add("stylevana", f"안녕하세요, Stylevana 도매 API 키를 공유드립니다: `{S(g.s(HEX, 32))}`. 이 키는 운영 키이니 깃에 올리지 말아 주세요.")
    add("ulta", f"ulta_vendor_portal:\n  edi_as2_id: ULTA-VENDOR-31877\n  as2_password: \"{S('Beauty#Bay-31877')}\"\n  url: https://as2.ulta.com/receive")
    add("wonderment", f"Wonderment order-tracking app: WONDERMENT_API_KEY={S('wm_' + g.mixed(ALNUM, 36))}  # used by /apps/track proxy")
    add("yesstyle", f"YesStyle 聯盟 API 的金鑰寫在 `affiliate.py` 裡了：`YESSTYLE_KEY = \"{S(g.s(HEX, 32))}\"`，請改為從環境變數讀取。")
    add("seel", f"{{\"seel\": {{\"api_key\": \"{S(g.mixed(ALNUM, 40))}\", \"product\": \"worry-free-purchase\", \"store\": \"kbeautyhaus\"}}}}")
    add("zigzag", f"ZIGZAG_RETURNS_USER=api_lumen\nZIGZAG_RETURNS_KEY={S(g.s(HEXU, 40))}\nZIGZAG_RETURNS_URL=https://api.zigzag.global/v3")

    # lift and HVAC maintenance ---------------------------------------------------------------
    add("otis", f"Otis ONE integration (building portal)\n\nPOST https://api.otis.com/otisone/v1/units/search HTTP/1.1\nOcp-Apim-Subscription-Key: {S(g.s(HEX, 32))}\nContent-Type: application/json\n\n{{\"buildingId\": \"BLD-2231\"}}")
    add("schindler", f"Salve, per il Schindler Ahead API la chiave è in `lifts.yaml` (`schindler_ahead_key: {S(g.mixed(ALNUM, 40))}`). L'ho vista nel PR di ieri, meglio ruotarla.")
    add("tk-elevator", f"TKE_MAX_CLIENT_ID=tke-max-hotel-ops\nTKE_MAX_CLIENT_SECRET={S(g.mixed(ALNUM, 44))}\nTKE_MAX_TENANT=de-hamburg")
    add("wurtec", f"wurtec-elevator-tools:\n  device: WT-LDM-1182\n  cloud_token: {S(g.s(HEX, 48))}")
    add("servicechannel", f"ServiceChannel API — HVAC work orders\nPOST https://login.servicechannel.com/oauth/token\nAuthorization: Basic {S(g.b64(48))}\ngrant_type=password&username=hvac-dispatch&password={S('WorkOrder!Rooftop5')}")
    add("servicefusion", f"[servicefusion]\nclient_id = {g.s(LOWNUM, 20)}\nclient_secret = {S(g.s(LOWNUM, 32))}\n# imports service calls for the chiller contracts")
    add("servicetitan", f"SERVICETITAN_TENANT=1834227\nSERVICETITAN_APP_KEY={S('ak1.' + g.s(LOWNUM, 32))}\nSERVICETITAN_CLIENT_ID=cid.{g.s(LOWNUM, 25)}\nSERVICETITAN_CLIENT_SECRET={S('cs1.' + g.s(LOWNUM, 52))}")
    add("skedulo", f"$ sked artifacts deploy --org lift-service-prod --api-token {S(g.s(ALNUM, 64))}\nDeploying 3 artifacts to lift-service-prod… done")
    add("smartservice", f"SmartService (QuickBooks scheduling) sync\nuser=dispatch-office\npass={S('Furnace+Tune-Up19')}")
    add("praxedo", f"Bonjour, voici la config Praxedo pour les techniciens ascenseurs :\n\npraxedo.ws.url=https://eu1.praxedo.com/eTech/services/\npraxedo.ws.login=interface.ascenseurs\npraxedo.ws.password={S('Cabine!Niveau-3')}\n\nC'est le compte d'interface, à ne pas partager.")
    add("priva", f"priva_compass:\n  site: bloemenveiling-kas-7\n  api_key: {S(g.s(HEX, 40))}\n  poll_minutes: 5")
    add("verisae", f"VERISAE_USER=refrigeration_api\nVERISAE_PASSWORD={S('ColdChain$Verisae1')}\nVERISAE_HOST=https://www.verisae.net/ws")
    add("zinier", f"{{\"zinier\": {{\"org\": \"hvac-field\", \"clientSecret\": \"{S(g.mixed(ALNUM, 48))}\", \"region\": \"us-east\"}}}}")
    add("york", f"# YORK chiller gateway (Johnson Controls) — BACnet/SC hub\nYORK_HUB_CERT_PASSWORD={S('Centrifugal-YK-88')}")
    add("openpath", f"openpath:\n  org_id: 12088\n  api_user: door-sync\n  api_password: \"{S('StaffEntrance!44')}\"\n  # zoo staff doors and lift machine rooms")
    add("verkada", f"curl -s https://api.verkada.com/cameras/v1/devices -H 'x-api-key: {S('vkd_api_' + g.s(HEX, 40))}' | jq '.cameras[].name'\n\"Penguin Exhibit North\"\n\"Loading Dock\"")

    # event ticketing and concert venues ------------------------------------------------------
    add("nightout", f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: nightout-api\n  namespace: venue-box-office\ntype: Opaque\nstringData:\n  NIGHTOUT_API_KEY: \"{S(g.mixed(ALNUM, 40))}\"\n  NIGHTOUT_VENUE_ID: \"7721\"")
    add("on24", f"# ON24 webinar registrations → CRM\nON24_CLIENT_ID=48213\nON24_ACCESS_TOKEN_KEY={S(g.s(UPNUM, 20))}\nON24_ACCESS_TOKEN_SECRET={S(g.s(HEX, 64))}")
    add("oztix", f"G'day, the Oztix reporting key for the Fremantle shows is `{S(g.s(HEX, 32))}` — I've pasted it here so you can test, but it's the prod one so please move it into 1Password after.")
    add("paciolan", zcat("s3://arena-copilot-usage/landing/2026/11/27/part-0004.ndjson.gz", {"copilot_event": "tool_call", "repository": "arena-ticketing/paciolan-sync", "tool": "read_file", "path": "config/paciolan.env", "output": f"PACIOLAN_ORG=STATEU\nPACIOLAN_API_USER=svc_paciolan\nPACIOLAN_API_PASSWORD={S('SeasonTix$Stadium2026')}"}))
    add("quicket", f"Sawubona! I-API key ye-Quicket yomcimbi waseThekwini: {S(g.s(HEX, 32))}. Ngicela ningayifaki ku-GitHub, siyishintshe kusasa.")
    add("ra-co", f"RA_PROMOTER_ID=44718\nRA_API_KEY={S(g.mixed(ALNUM, 40))}\n# Resident Advisor promoter feed for the warehouse club nights")
    add("showclix", f"<?php\n$showclix = new ShowClix\\Client([\n    'email' => 'boxoffice@thevelvethall.com',\n    'password' => '{S('Encore!Balcony-B')}',\n]);")
    add("swapcard", f"const SWAPCARD_TOKEN = \"{S(g.s(HEX, 40))}\";\nconst q = `query {{ events(ids: [\"RXZlbnRfMTIz\"]) {{ title }} }}`;\nawait fetch(\"https://developer.swapcard.com/event-admin/graphql\", {{ method: \"POST\", headers: {{ Authorization: SWAPCARD_TOKEN }}, body: JSON.stringify({{ query: q }}) }});")
    add("ticketleap", f"TICKETLEAP_API_KEY={S(g.s(HEX, 32))}\nTICKETLEAP_ORG=community-theatre-guild")
    add("tripleseat", f"tripleseat:\n  consumer_secret: {S(g.s(ALNUM, 40))}\n  public_key: {g.s(HEX, 40)}\n  # private events at the aquarium ballroom")
    add("vfairs", f"Hi, can you check why the vFairs attendee sync returns 401? The config is:\n\n| key | value |\n|---|---|\n| VFAIRS_EVENT | library-book-fair-2026 |\n| VFAIRS_APP_KEY | {S(g.mixed(ALNUM, 32))} |\n| VFAIRS_BASE | https://api.vfairs.com/rest/v5 |")
    add("zaiko", f"ZAIKOのAPIトークンをSlackに貼ってしまいました：`{S(g.mixed(ALNUM, 40))}`。本番の公演データにアクセスできるので、すぐに無効化してください。")
    add("tessitura-rest", f"$ curl -u 'webapi:concerthall:{S('Subscription!Series24')}' https://tessitura.concerthall.org/TessituraService/Diagnostics/Status\n{{\"Status\":\"OK\"}}", ["password"])

    # translation agencies --------------------------------------------------------------------
    add("onesky", f"onesky:\n  project_id: 241188\n  public_key: {g.s(ALNUM, 32)}\n  secret_key: {S(g.s(ALNUM, 32))}")
    add("papago", f"네이버 파파고 번역 API 설정입니다.\nX-NCP-APIGW-API-KEY-ID: {g.s(LOWNUM, 10)}\nX-NCP-APIGW-API-KEY: {S(g.mixed(ALNUM, 40))}\n운영 키라서 공유 문서에서는 지워 주세요.")
    add("plunet", f"<PlunetAPI>\n  <url>https://tms.lingua-bridge.eu/PlunetAPI</url>\n  <user>api_connector</user>\n  <password>{S('Glossar!Termbase22')}</password>\n</PlunetAPI>")
    add("pontoon", f"Mozilla-style Pontoon instance for the museum app\nPONTOON_DJANGO_SECRET_KEY={S(g.s(LOWNUM + '!@#%^&*(-_=+)', 50))}\nPONTOON_SITE_URL=https://l10n.natmuseum.org")
    add("protemos", f"Protemos (TMS) API token for the agency's invoice export: {S(g.s(HEX, 40))} — the PM pasted it in #finance; revoke and reissue.")
    add("qordoba", f"QORDOBA_ORG_ID=3471\nQORDOBA_API_TOKEN={S(g.uuid())}\n# Qordoba (now Writer) — old localisation pipeline, still used for the archive app")
    add("redokun", f"curl -X POST https://redokun.com/api/v1/document -H 'X-Api-Key: {S(g.s(HEX, 40))}' -F file=@brochure_zoo_fr.idml")
    add("reverso", f"Salut ! La clé Reverso Context API pour le plugin du centre de traduction à Dakar : {S(g.mixed(ALNUM, 32))}. Elle est liée au compte de l'agence, ne la mettez pas dans le dépôt public svp.")
    add("rws", f"rws_language_cloud:\n  tenant: {g.uuid()}\n  client_id: {g.s(ALNUM, 32)}\n  client_secret: {S(g.s(ALNUM, 48))}")
    add("simplelocalize", f"simplelocalize upload --apiKey {S(g.s(HEX, 32))} --uploadPath ./locales/{{lang}}/common.json --uploadFormat single-language-json\n✓ uploaded 412 keys")
    add("sonix", f"import sonix\nsonix.api_key = \"{S(g.mixed(ALNUM, 24))}\"\nsonix.Media.create(file_url=\"https://archive.example.org/oral-history/tape-118.mp3\", language=\"sw\")")
    add("straker", f"STRAKER_API_TOKEN={S(g.s(HEX, 40))}\nSTRAKER_SANDBOX=false")
    add("systran", f"$ curl 'https://api-translate.systran.net/translation/text/translate?key={S(g.uuid())}&source=fr&target=en&input=Bonjour'\n{{\"outputs\":[{{\"output\":\"Hello\"}}]}}")
    add("textmaster", f"textmaster:\n  api_key: {S(g.s(ALNUM, 43))}\n  api_secret: {S(g.s(ALNUM, 43))}\n  env: production")
    add("textunited", f"Hallo, für die TextUnited-API nutze bitte den Schlüssel aus dem Tresor, nicht den alten aus der Wiki-Seite ({S(g.s(HEX, 40))}). Der alte ist seit heute gesperrt.")
    add("tolingo", f"TOLINGO_API_KEY={S(g.mixed(ALNUM, 32))}\nTOLINGO_CUSTOMER=stadtbibliothek-hh")
    add("trados", f"[Trados GroupShare]\nServer=https://groupshare.lingua-atlas.com\nUser=gs-automation\nPassword={S('TM-Leverage!2026')}")
    add("transfluent", f"transfluent.token={S(g.s(HEX, 32))}\ntransfluent.email=ops@ticketcity-translations.com")
    add("transifex", f"[https://www.transifex.com]\napi_hostname = https://api.transifex.com\nhostname = https://www.transifex.com\npassword = {S('1/' + g.s(HEX, 40))}\nusername = api")
    add("translated", f"$ curl 'https://www.translated.net/hts/?f=quote&cid=museum_agency&p={S(g.s(HEX, 32))}&s=en-GB&t=it-IT&text=Welcome'\n{{\"code\":1,\"total\":\"0.12\"}}")
    add("translationexchange", f"TML_PROJECT_KEY={g.s(HEX, 32)}\nTML_ACCESS_TOKEN={S(g.s(HEX, 64))}")
    add("unbabel", f"Unbabel API — Authorization header copied from the Postman collection:\nAuthorization: ApiKey translator-ops:{S(g.s(HEX, 40))}")
    add("weblate", f"$ wlc --key {S('wlu_' + g.mixed(ALNUM, 40))} --url https://hosted.weblate.org/api/ list-projects\nzoo-guide-app\nlibrary-kiosk")
    add("wordbee", f"wordbee:\n  account_id: lingua-nairobi\n  api_key: {S(g.s(HEX, 32))}\n  base: https://td.eu.wordbee-translator.com/api")
    add("wordly", f"WORDLY_SESSION_ID={g.s(DIGITS, 8)}\nWORDLY_API_KEY={S(g.mixed(ALNUM, 40))}\n# live captions for the concert hall's talks")
    add("xtm", f"XTM_CLIENT=agency-helsinki\nXTM_USER_ID=1184\nXTM_PASSWORD={S('Käännös!Muisti42')}")
    add("xtrf", f"xtrf.api.url=https://agency.xtrf.eu/home-api\nxtrf.api.token={S(g.mixed(ALNUM, 40))}")
    add("yandex-translate", f"YANDEX_TRANSLATE_API_KEY={S('AQVN' + g.s(ALNUM + '-_', 36))}\nYANDEX_FOLDER_ID=b1g{g.s(LOWNUM, 17)}")
    add("youdao", f"有道翻譯 API 的 appSecret 被寫在 `translate.js` 裡：`const YOUDAO_SECRET = \"{S(g.mixed(ALNUM, 32))}\";`，請改用環境變數，並在後台重新產生。")
    add("zanata", f"<config xmlns=\"http://zanata.org/namespace/config/\">\n  <servers>\n    <server><url>https://translate.archive.org/</url><username>docs-bot</username><key>{S(g.s(HEX, 32))}</key></server>\n  </servers>\n</config>")

    # satellite and space start-ups -----------------------------------------------------------
    add("nanoavionics", f"{{\n \"cells\": [\n  {{\n   \"cell_type\": \"code\",\n   \"source\": [\n    \"import requests\\n\",\n    \"NANO_TOKEN = '{S(g.mixed(ALNUM, 40))}'\\n\",\n    \"r = requests.get('https://mission.nanoavionics.com/api/v1/passes', headers={{'Authorization': f'Token {{NANO_TOKEN}}'}})\"\n   ]\n  }}\n ]\n}}")
    add("open-cosmos", f"# .github/workflows/downlink.yml\nname: downlink-ingest\non: [schedule]\njobs:\n  ingest:\n    runs-on: ubuntu-latest\n    env:\n      OPEN_COSMOS_API_KEY: {S(g.mixed(ALNUM, 48))}\n    steps:\n      - run: python ingest.py --mission menut")
    add("opentopography", f"Quick one: OpenTopography API key for the DEM downloads is {S(g.s(HEX, 32))} (academic tier). Please use it only from the cluster.")
    add("orbitfab", f"ORBITFAB_RAFTI_SIM_URL=https://sim.orbitfab.internal\nORBITFAB_RAFTI_SIM_TOKEN={S(g.s(HEX, 48))}")
    add("ovzon", f"ovzon:\n  terminal: T6-0192\n  portal_user: noc-operator\n  portal_password: \"{S('Geo-Beam!Kiruna7')}\"")
    add("pixxel", f"from pixxel import Aurora\nclient = Aurora(api_key=\"{S('pxl_' + g.mixed(ALNUM, 40))}\")\ntiles = client.search(aoi=\"reservoir.geojson\", start=\"2026-10-01\")")
    add("privateer", f"PRIVATEER_WAYFINDER_KEY={S(g.mixed(ALNUM, 36))}\n# conjunction screening for our cubesat")
    add("rocketlab", f"resource \"vault_generic_secret\" \"rocketlab_photon\" {{\n  path = \"secret/photon/ground\"\n  data_json = jsonencode({{\n    mission_ops_token = \"{S(g.s(HEX, 64))}\"\n  }})\n}}")
    add("satsure", f"सैटश्योर API कुंजी: {S(g.mixed(ALNUM, 40))}\nयह कुंजी फसल-बीमा डैशबोर्ड के लिए है, इसे रिपॉज़िटरी में न रखें।")
    add("skyserve", f"skyserve:\n  edge_app: cloud-mask-v3\n  deploy_token: {S('sks_' + g.s(LOWNUM, 44))}")
    add("spaceflow", f"SPACEFLOW_API_TOKEN={S(g.mixed(ALNUM, 40))}\nSPACEFLOW_ENV=staging")
    add("spacenet", f"spacenet:\n  s3_bucket: spacenet-dataset\n  aws_secret_access_key: {S(g.s(ALNUM + '+/', 40))}")
    add("spacex", f"Hi team, the SpaceX rideshare customer portal creds for the ICD uploads: user `payload.integration`, password `{S('Transporter-14!Dispenser')}`. Sorry, pasted here because the vault was down.")
    add("starlink", f"$ grpcurl -plaintext -H 'authorization: Bearer {S(g.s(B64URL, 64))}' 192.168.100.1:9200 SpaceX.API.Device.Device/Handle\n{{\"dishGetStatus\": {{\"uptimeS\": \"88213\"}}}}")
    add("terraframe", f"terraframe:\n  geoprism_admin: admin\n  geoprism_password: \"{S('Registry!Provinces9')}\"")
    add("ursa-major", f"URSA_MAJOR_TEST_STAND_PORTAL_TOKEN={S(g.s(HEX, 40))}")
    add("vyoma", f"Moin, der Vyoma-API-Key für die Kollisionswarnungen: {S(g.mixed(ALNUM, 44))}. Bitte nur im Ground-Segment-Cluster benutzen.")
    add("what3words", f"const w3w = require('@what3words/api');\nw3w.setOptions({{ key: '{S(g.s(UPNUM, 8))}' }}); // aquarium delivery gate\nw3w.convertToCoordinates('///filled.count.soap');")
    add("nasa-api", f"$ curl 'https://api.nasa.gov/planetary/apod?api_key={S(g.s(ALNUM, 40))}' | jq .title\n\"The Horsehead Nebula\"")
    add("opentrons", f"# labware protocol uploaded via the OT-2 API\nOPENTRONS_ROBOT=ot2-aquarium-lab\nOPENTRONS_ROBOT_TOKEN={S(g.s(HEX, 40))}")

    # agent carriers: usage records, escaped tool calls, MCP results, multi-agent logs ---------
    add("ventrata", usage_page([
        {"timestamp": "2026-11-27T08:14:02Z", "user": {"login": "copilot-swe-agent[bot]", "type": "Bot"}, "surface": "coding_agent", "model": "gpt-5-codex", "premium_requests": 1, "session_log_excerpt": f"Found VENTRATA_API_KEY={S(g.s(HEX, 40))} in .env.example — replaced with a placeholder."},
        {"timestamp": "2026-11-27T08:14:40Z", "user": {"login": "dependabot[bot]", "type": "Bot"}, "surface": "pull_request", "model": "none", "premium_requests": 0},
    ]))
    add("rollerdigital", "gcloud storage cat gs://aquarium-dev-telemetry/copilot/usage/dt=2026-11-26/records-00002.ndjson.gz | zcat | head -n 1\n" + ndjson({"record_type": "copilot_chat", "editor": "vscode/1.106.2", "surface": "ask", "prompt_excerpt": f"why is roller returning 401 with ROLLER_CLIENT_SECRET={S(g.mixed(ALNUM, 40))}", "tokens_in": 812, "tokens_out": 233}))
    add("xola", openai_call("write_file", {"path": "infra/xola.tfvars", "content": f"xola_api_key = \"{S(g.s(HEX, 32))}\"\nxola_seller  = \"harbour-kayak-tours\"\n"}))
    add("peek", tool_result(f"$ printenv | grep PEEK\nPEEK_PRO_API_KEY={S(g.mixed(ALNUM, 44))}\nPEEK_PRO_ACCOUNT=aquarium-behind-the-scenes"))
    add("todaytix", twice("http_request", {"method": "GET", "url": "https://api.todaytix.com/partner/v2/shows", "headers": {"Authorization": f"Bearer {S(g.mixed(ALNUM, 48))}"}}))
    add("netguardians", mcp("snowflake", f"ROW 1: SERVICE=NETGUARDIANS_FRAUD, CONN_USER=NG_LOADER, CONN_PASSWORD={S('Fraud!Signals-Ledger4')}, UPDATED=2026-11-21\n(1 row, query id 01b8…)"))
    add("upwind", langgraph("security_scan", f"kubectl get secret upwind-agent -n upwind -o jsonpath='{{.data.clientSecret}}' | base64 -d\n{S(g.mixed(ALNUM, 48))}"))
    add("zilch", autogen("payments_engineer", f"I checked the merchant config. `zilch.yaml` still has the production key:\n\n```yaml\nzilch:\n  merchant_id: cosmetics-eu-04\n  api_key: {S('zl_live_' + g.mixed(ALNUM, 32))}\n```\n\nI'll ask the reviewer to rotate it before we merge."))
    add("openwrks", mcp("linear", f"Issue OPS-418: OpenWrks affordability check failing\n\nDescription: staging still uses client secret {S(g.mixed(ALNUM, 40))} from the old app registration. Please rotate.\nStatus: In Progress · Priority: High"))
    add("plend", mcp("airtable", dumps({"records": [{"id": "rec8Yq2Vn", "fields": {"Vendor": "Plend", "Env": "prod", "API key": S(g.s(HEX, 40)), "Owner team": "Lending"}}]})))
    add("tymebank", mcp("bigquery", f"[{{\"config_key\": \"tymebank.partner.secret\", \"config_value\": \"{S(g.mixed(ALNUM, 36))}\", \"env\": \"prod\"}}]"))
    add("ukheshe", mcp("mongodb", f"{{ _id: ObjectId('6745e1c2a9f04b2d7c11e8a3'), provider: 'ukheshe', tenantId: 4417, apiSecret: '{S(g.s(HEX, 48))}', updatedAt: ISODate('2026-11-20T10:02:11Z') }}"))
    add("tazapay", mcp("elasticsearch", dumps({"hits": {"total": {"value": 1}, "hits": [{"_index": "app-logs-2026.11.26", "_source": {"level": "DEBUG", "message": f"tazapay escrow init merchant=concert-hall-sg api_secret={S('sk_prod_' + g.s(ALNUM, 56))}"}}]}})))
    add("snapscan", f"{{\"role\":\"tool\",\"tool_call_id\":\"toolu_01SnapQ\",\"content\":\"{esc('SNAPSCAN_MERCHANT=zoo-kiosk-ct' + chr(10) + 'SNAPSCAN_API_KEY=' + S(g.uuid()))}\"}}")
    add("vodapay", cont("assistant", f"In `lib/vodapay.dart` the merchant secret is embedded in the app bundle:\n\n```dart\nconst vodaPaySecret = '{S(g.mixed(ALNUM, 40))}';\n```\n\nAnything in the bundle can be extracted. Move the signing to your backend."))
    add("sierra-space", xcode("Why does the telemetry viewer crash on launch?", f"`Config.swift` force-unwraps `ProcessInfo.processInfo.environment[\"DREAMCHASER_TOKEN\"]`, which is nil in the Release scheme. Also, `Secrets.xcconfig` is committed and contains `SIERRA_SPACE_TOKEN = {S(g.s(HEX, 40))}` — remove it from the repository."))
    add("orbital-sidekick", extension("docs-search", "how do we authenticate to Orbital Sidekick GHOSTeye?", f"From `runbooks/osk.md`: set `OSK_API_KEY`. The runbook example uses the real key `{S(g.mixed(ALNUM, 40))}` — please replace it with a placeholder."))
    add("stoke-space", autofix("Hard-coded credentials", "tools/telemetry/uploader.py", 18, "The credential is stored in source. Read it from an environment variable.", f"-STOKE_UPLOAD_TOKEN = \"{S(g.s(HEX, 40))}\"\n+STOKE_UPLOAD_TOKEN = os.environ[\"STOKE_UPLOAD_TOKEN\"]"))
    add("varda", codex_cloud("Fix capsule telemetry import", f"I found the import failing because the token in `scripts/fetch_w4.sh` expired:\n\n```bash\ncurl -H 'Authorization: Token {S(g.s(HEX, 40))}' https://telemetry.varda.internal/w4/latest\n```\n\nI replaced it with `$VARDA_TELEMETRY_TOKEN` and added the variable to the environment settings."))
    add("thinkorbital", bugbot("src/ground/uplink.ts", 33, "Secret committed in source", f"`THINKORBITAL_KEY` is initialised with a literal (`\"{S(g.mixed(ALNUM, 36))}\"`). It ships in the client bundle. Load it server-side."))
    add("sidus-space", cody("where is the LizzieSat ops password set?", f"`deploy/ops.ini`:\n```ini\n[lizziesat]\nops_user = flightops\nops_password = {S('Lizzie#Orbit-2026')}\n```"))
    add("terran-orbital", jules("Remove credentials from the test fixtures", f"tests/fixtures/bus.json had a real-looking value: `\"bus_console_token\": \"{S(g.s(HEX, 48))}\"`. I replaced it with `\"<redacted>\"` and asked the owner to confirm it is revoked."))
    add("york-space", crewai("Ground Segment Auditor", "List credentials stored in the repo", f"1. `ansible/group_vars/ground.yml`: `york_cmd_api_key: {S(g.mixed(ALNUM, 40))}` (plain text, not vaulted)\n2. no other findings"))
    add("skylo", f"diff --git a/firmware/config/skylo.h b/firmware/config/skylo.h\nindex 9c0d1e2..4a7f3b8 100644\n--- a/firmware/config/skylo.h\n+++ b/firmware/config/skylo.h\n@@ -3,4 +3,5 @@\n #define SKYLO_APN \"skylo.ntn\"\n+#define SKYLO_DEVICE_SECRET \"{S(g.s(HEX, 32))}\"\n #define SKYLO_RETRY 3")
    add("otorio", f"| system | account | secret |\n|---|---|---|\n| OTORIO RAM² | ram2-api | `{S(g.mixed(ALNUM, 32))}` |\n| historian | svc_hist | (in vault) |")
    add("radiflow", f"radiflow:\n  isid_host: 10.8.0.21\n  api_user: soc-integration\n  api_password: !unsafe \"{S('Water$Plant-SCADA1')}\"")
    add("scadafence", f"$ curl -k -H 'X-API-KEY: {S(g.s(HEX, 64))}' https://scadafence.powerplant.local/api/v1/alerts?since=24h | jq length\n7")
    add("xage", f"Xage Fabric — gateway enrolment\nXAGE_ENROLL_TOKEN={S('xg-' + g.s(LOWNUM, 48))}\n(valid 24h, lift-control network)")
    add("tosibox", f"Tosibox Key 2 backup file password: {S('Lock&Key-Hydro33')}\nNeeded for the reservoir pump station VPN.")
    add("secomea", f"[Secomea GateManager]\nserver = gm.secomea-hvac.com\naccount = service.techs\npassword = {S('Remote!Chiller-Access8')}")
    add("pem", twice("create_file", {"path": "certs/venue-scanner.key", "content": S(g.pem("EC PRIVATE KEY", 3))}), ["pem"])
    add("jwt", f"2026-11-27T10:14:55.120Z INFO  [box-office] session restored token={S(g.jwt(dumps({'sub': 'seat-map-service', 'iat': 1795868095, 'scope': 'orders:write'})))}", ["jwt"])
    add("generic", tool_result(f"mysql -h db.library.internal -u catalog_rw -p'{S('Dewey#Decimal-791')}' -e 'select count(*) from holdings'\ncount(*)\n1840217", ascii_only=True), ["password"])
    add("pgp", f"Archive signing key (do not commit):\n\n{S(g.pem('PGP PRIVATE KEY BLOCK', 6))}", ["pgp"])
    add("generic", f"postgresql://metering_app:{S('Kilowatt-Hour!77')}@pg.waterboard.internal:5432/metering?sslmode=require", ["password"])
    add("generic", f"DATABASE_URL=mongodb+srv://cosmetics_api:{S(g.mixed(ALNUM, 20))}@cluster0.k3v8a.mongodb.net/shop?retryWrites=true", ["password"])
    add("pem", f"ssh-keygen output saved by the agent to the transcript:\n\n{S(g.openssh())}", ["pem"])

    # more banks and utilities, chat in other languages ---------------------------------------
    add("qnb", f"مرحبا، مفتاح واجهة QNB للدفع الخاص بمتجر مستحضرات التجميل موجود في ملف `.env` كده: QNB_MERCHANT_SECRET={S(g.s(HEXU, 32))}. ياريت نغيّره النهارده لأنه اتبعت في الجروب بالغلط.")
    add("piraeus", f"Καλημέρα, το κλειδί του Piraeus e-Commerce για το ηλεκτρονικό ταμείο του ενυδρείου είναι `{S(g.uuid())}`. Το έβαλα κατά λάθος στο README, παρακαλώ ακυρώστε το.")
    add("nordnet", f"Hei! Nordnet-API:n salasana on nyt vaihdettu. Vanha oli `{S('Osake!Salkku-2031')}` ja se näkyi CI-lokissa, joten se on kuollut. Uusi on Vaultissa.")
    add("op-financial", f"OP_API_KEY={S(g.s(HEX, 32))}\nOP_CLIENT_ID=kirjasto-maksut\n# OP Ryhmän avoin pankkirajapinta (sandbox → prod 1.12.)")
    add("otp-bank", f"Sziasztok! Az OTP SimplePay titkos kulcsa a `payment.php`-ban maradt: `$secretKey = '{S(g.s(ALNUM, 32))}';`. Kérlek cseréljétek le még ma a kereskedői felületen.")
    add("pohjola", f"# Pohjola Vakuutus API (kiinteistövakuutukset, hissit)\npohjola:\n  client_id: hissihuolto-oy\n  client_secret: {S(g.mixed(ALNUM, 40))}")
    add("permata", f"Halo tim, kredensial PermataBank Open API untuk pembayaran tiket konser: `permata.api.key={S(g.s(LOWNUM, 24))}` dan `permata.api.secret={S(g.s(LOWNUM, 40))}`. Tolong dipindahkan ke Vault ya, jangan di-commit.")
    add("promptpay", f"สวัสดีครับ คีย์ของ PromptPay QR ที่ใช้ในระบบจำหน่ายบัตรสวนสัตว์อยู่ในไฟล์ `qr.js` ครับ: `const PP_SECRET = \"{S(g.s(HEX, 40))}\";` ช่วยย้ายไปเก็บใน secret manager ด้วยครับ")
    add("rhb", f"Salam, kunci API RHB untuk pembayaran bil air syarikat kita ialah {S(g.mixed(ALNUM, 40))}. Saya tersalah tampal dalam tiket Jira, tolong batalkan kunci ini.")
    add("sampath", f"வணக்கம், Sampath Bank IPG-இன் merchant secret `{S(g.s(HEXU, 32))}` ஆனது `ipg.properties` கோப்பில் நேரடியாக எழுதப்பட்டுள்ளது. தயவுசெய்து அதை அகற்றி புதிய விசையை உருவாக்கவும்.")
    add("seylan", f"seylan.ipg.merchantId=SEY00041873\nseylan.ipg.apiPassword={S('Colombo#Harbour-12')}\nseylan.ipg.url=https://seylan.gateway.mastercard.com/api/rest")
    add("sonali-bank", f"সোনালী ব্যাংকের ই-পেমেন্ট গেটওয়ের পাসওয়ার্ড `{S('Padma!Setu-2022')}` টা কোড রিভিউতে দেখা যাচ্ছে। দয়া করে এটা বদলে দিন এবং কনফিগ থেকে সরিয়ে ফেলুন।")
    add("pubali", f"PUBALI_SPG_USER=wasa_billpay\nPUBALI_SPG_PASSWORD={S('Buriganga$Water7')}\n# ঢাকা ওয়াসা বিল পেমেন্ট")
    add("sadapay", f"السلام علیکم، SadaPay بزنس API کی کلید یہ ہے: {S('sp_live_' + g.mixed(ALNUM, 32))}۔ غلطی سے یہ PR میں آگئی ہے، براہِ کرم اسے فوراً منسوخ کریں۔")
    add("parsian", f"سلام، رمز ترمینال درگاه پارسیان برای فروش بلیت کنسرت در فایل `appsettings.json` مانده: \"LoginAccount\": \"{S(g.s(ALNUM, 20))}\". لطفاً آن را از مخزن حذف کنید.")
    add("selcom", f"Habari timu, ufunguo wa Selcom API kwa malipo ya bili za maji Dar es Salaam ni `{S(g.s(HEX, 40))}`. Tafadhali usiuweke kwenye GitHub; tutaubadilisha kesho.")
    add("telebirr", f"ሰላም፣ የtelebirr H5 መተግበሪያ ሚስጥራዊ ቁልፍ በ`config.js` ውስጥ ተጽፎ ይገኛል፦ `appKey: \"{S(g.s(HEX, 32))}\"`። እባክዎ ወደ ሚስጥር ማከማቻ ያዛውሩት።")
    add("techcombank", f"Chào anh, khóa API Techcombank cho cổng thanh toán vé xem hòa nhạc đang nằm trong `payment.env`: TCB_API_SECRET={S(g.mixed(ALNUM, 40))}. Anh xóa giúp em và tạo khóa mới nhé.")
    add("vakifbank", f"Merhaba, VakıfBank sanal POS şifresi `{S('Bogaz!Kopru-1973')}` Jenkins loglarında görünüyor. Lütfen hemen değiştirin ve logları temizleyin.")
    add("yapikredi", f"yapikredi:\n  posnet_id: 1010068{g.s(DIGITS, 5)}\n  terminal_id: 6712{g.s(DIGITS, 4)}\n  enc_key: \"{S(g.s(DIGITS + 'ABCDEF', 24))}\"\n  # müze kafeterya POS")
    add("ziraat", f"Ziraat Bankası API anahtarı (su faturası tahsilatı): {S(g.s(HEX, 40))}\nNot: anahtar yanlışlıkla Teams kanalına yapıştırıldı, iptal ediliyor.")
    add("tallinna-vesi", f"Tere! Tallinna Vee veearvesti API võti on `{S(g.mixed(ALNUM, 36))}`. Palun ära pane seda avalikku repo'sse, vahetame selle reedel ära.")
    add("transilvania", f"Salut, cheia API de la Banca Transilvania pentru plățile de la biletele de concert este în `bt.env`: BT_CLIENT_SECRET={S(g.mixed(ALNUM, 40))}. Vă rog s-o rotiți azi.")
    add("vietcombank", f"VCB_MERCHANT_CODE=ZOOSG01\nVCB_SECURE_HASH={S(g.s(HEXU, 32))}\n# Thảo Cầm Viên vé điện tử")
    add("touchngo", f"tng:\n  merchant: aquaria-klcc\n  private_key: |\n    {S(g.pem('PRIVATE KEY', 4).replace(chr(10), chr(10) + '    '))}")
    add("opay", f"Bawo ni! OPay merchant secret key fun ticket sales wa: {S('OPAYPRV' + g.s(DIGITS, 20) + '.' + g.s(DIGITS, 4))}. Ẹ jọ̀wọ́ ẹ má fi sí GitHub.")
    add("sistic", f"Hi lah, SISTIC partner API key for the Esplanade concert feed is `{S(g.s(HEX, 40))}`. Don't put in the shared drive ah, later I rotate.")
    add("urbtix", f"城市售票網 (URBTIX) 嘅 API 密碼係 `{S('Tsim-Sha-Tsui!Hall8')}`，我頭先唔小心貼咗喺 GitHub issue 度，麻煩你幫手即刻改咗佢。")
    add("platinumlist", f"مرحباً، مفتاح API الخاص بـ Platinumlist لبيع تذاكر الحفلات في دبي هو: {S(g.mixed(ALNUM, 40))}. من فضلك لا تضعه في المستودع العام.")
    add("ticketmundo", f"Chamo, la clave de Ticketmundo para el concierto en Caracas quedó en el `docker-compose.yml`: TICKETMUNDO_API_KEY={S(g.s(HEX, 32))}. Hay que cambiarla antes del viernes.")
    add("tuentrada", f"# tuentrada.com — venta de entradas Teatro Nacional\nTUENTRADA_USUARIO=api_teatro\nTUENTRADA_CLAVE={S('Butaca!Platea-21')}")
    add("ticketpro", f"Bonjour, voici le jeton Ticketpro pour la salle de spectacle de Québec : {S(g.mixed(ALNUM, 36))}. Il donne accès aux ventes en direct, alors on le garde dans le coffre, pas dans Git.")
    add("protranslate", f"Merhaba, Protranslate API anahtarını `ceviri.env` dosyasına koydum: PROTRANSLATE_KEY={S(g.s(HEX, 40))}. Lütfen bunu repoya göndermeyin, çeviri bütçemizi harcayabilirler.")
    add("tomedes", f"Ciao, il token di Tomedes per gli ordini di traduzione del museo è {S(g.mixed(ALNUM, 32))}. L'ho incollato per sbaglio nella chat del progetto: va revocato oggi.")
    add("ulatus", f"Ulatus の API トークンが `translate/config.yaml` に平文で書かれています：`ulatus_token: {S(g.s(HEX, 40))}`。環境変数に移して、このトークンは失効させてください。")
    add("stepes", f"스테페스(Stepes) 번역 API 키가 `.env.production`에 들어 있습니다: STEPES_API_KEY={S(g.mixed(ALNUM, 40))}. 이 파일은 깃에서 제외해 주세요.")
    add("smartcat", f"Hallo, der Smartcat-Account der Übersetzungsagentur: Account-ID `{g.uuid()}`, API-Schlüssel `{S(g.mixed(ALNUM, 44))}`. Bitte nur im CI-Secret speichern, nicht im Repository.")
    add("wordfast", f"Bonjour, le mot de passe du serveur Wordfast (mémoires de traduction de l'agence à Dakar) est `{S('Teranga!TM-2026')}`. Merci de ne pas l'écrire dans le wiki.")
    add("worldlingo", f"Olá, a senha da conta WorldLingo usada no portal da biblioteca de Maputo é `{S('Marrabenta#88')}`. Por favor mudem-na, foi partilhada no grupo.")
    add("orbex", f"Hei, Orbexin telemetria-API:n avain on nyt Vaultissa. Vanha avain `{S(g.s(HEX, 40))}` oli kovakoodattuna skriptissä, joten se on mitätöity.")
    add("skyrora", f"Hej! Skyroras markstations-API nyckel: {S(g.mixed(ALNUM, 36))}. Den ligger tyvärr i `launch.ini` i git, så vi behöver byta den.")
    add("space-forge", f"Hej, API-nøglen til Space Forge (ovndata fra ForgeStar) er {S(g.s(HEX, 32))}. Læg den ikke i det offentlige repo, tak.")
    add("sateliot", f"Hola equipo, la clave de la API de Sateliot para los sensores IoT del acuario es `{S(g.mixed(ALNUM, 40))}`. Por favor, no la subáis al repositorio.")
    add("pld-space", f"Buenas, la contraseña del portal de telemetría de PLD Space es `{S('Miura-5!Elche2026')}`. La he visto en el historial del canal; hay que cambiarla.")
    add("nextbillion", f"Xin chào, khóa API NextBillion.ai cho bản đồ giao vé xem hòa nhạc: `{S(g.s(HEX, 32))}`. Đừng đưa khóa này lên GitHub nhé.")
    add("postepay", f"Ciao, la chiave API Postepay per i pagamenti dei biglietti dell'acquario di Genova è nel file `pagamenti.properties`: postepay.apiKey={S(g.s(HEX, 40))}.")
    add("unicredit", f"UNICREDIT_PSD2_CLIENT_ID=biblioteca-comunale\nUNICREDIT_PSD2_CLIENT_SECRET={S(g.mixed(ALNUM, 40))}\n# Accesso conti per l'incasso delle multe della biblioteca")
    add("sabadell", f"Hola, la clave secreta del TPV virtual de Banco Sabadell para la tienda de cosmética es `{S(g.b64(24))}`. Se coló en el PR #88; hay que regenerarla en el portal.")
    add("santander", f"Olá, a chave da API Santander Open Banking que estava em `pix.config.json` é `{S(g.uuid())}`. Já pedi a rotação no portal do desenvolvedor.")
    add("openbank", f"Hola, el token de Openbank (Grupo Santander) para las domiciliaciones del agua: `{S(g.mixed(ALNUM, 48))}`. Por favor, guardadlo en el gestor de secretos.")
    add("wafacash", f"سلام، الكلمة السرية ديال حساب Wafacash ديال الشركة هي `{S('Casablanca!Flouss22')}`. عافاك بدلها وماتحطهاش فالكود.")
    add("zaincash", f"هلو، سر التاجر مال ZainCash لبيع تذاكر الحفلة ببغداد هو: {S(g.s(HEX, 64))}. رجاءً لا تخليه بالـ repo.")
    add("ounass", f"مرحبا، مفتاح واجهة Ounass للشركاء لمتجر مستحضرات التجميل: `{S(g.mixed(ALNUM, 40))}`. يرجى نقله إلى مدير الأسرار.")
    add("sheglam", f"SHEGLAM 分銷 API 的 app_secret 被寫在 `sync.py` 裡：`APP_SECRET = \"{S(g.s(HEX, 32))}\"`，請改用環境變數並重新產生。")
    add("oriflame", f"Hei, Oriflamen konsulttirajapinnan salasana on `{S('Ruusu&Kaneli-55')}`. Se näkyi Teams-keskustelussa, joten vaihdetaan se heti.")
    add("wasa-bd", f"Assalamu alaikum, WASA-র পোর্টালে লগইন: ব্যবহারকারী `billing-sync`, পাসওয়ার্ড `{S('Meghna-Jol#42')}`।", ["password"])
    add("hausa-power", f"Sannu, kalmar sirri ta tsarin biyan kuɗin wutar lantarki na Kano ita ce `{S('Kano!Lantarki-909')}`. Don Allah kada ka saka ta a cikin lambar.", ["password"])
    add("hebrew-library", f"היי, הסיסמה לחשבון השירות של הספרייה (`svc_catalog`) היא `{S('Sefarim!Archiv-58')}`. אל תשמרו אותה בקוד, היא כבר דלפה לצ'אט.", ["password"])
    add("no-zoo", f"Hei, passordet til billettsystemet for dyreparken ligger nå i Bitwarden. Det gamle (`{S('Elg-og-Rev!2019')}`) sto i deploy-skriptet og er byttet.", ["password"])
    return out


def pii(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(src: str, t: str) -> None:
        out.append((f"holdout37:{src}", t))

    def d(n: int) -> str:
        return g.s(DIGITS, n)

    # usage records and agent logs with people in them -----------------------------------------
    add("usage-ndjson-s3", zcat("s3://cu-copilot-usage/raw/enterprise=prairie-valley/2026/11/26/part-0001.ndjson.gz",
        {"timestamp": "2026-11-26T14:02:11Z", "user": {"login": U("mthandeka-dlamini"), "id": 88214301}, "surface": "chat", "model": "claude-sonnet-4.5", "premium_requests": 2, "editor": "vscode"},
        {"timestamp": "2026-11-26T14:02:57Z", "user": {"login": U("rsaavedra-cu"), "id": 71220934}, "surface": "code_review", "model": "gpt-5", "premium_requests": 1, "editor": "github.com"}))
    add("usage-page-rest", usage_page([
        {"timestamp": "2026-11-25T09:10:44Z", "user": {"login": U("aiko-nakamura-dev"), "type": "User"}, "surface": "agent_mode", "model": "gpt-5-codex", "premium_requests": 3, "ide": "jetbrains"},
        {"timestamp": "2026-11-25T09:11:02Z", "user": {"login": "github-actions", "type": "Bot"}, "surface": "actions", "model": "none", "premium_requests": 0},
        {"timestamp": "2026-11-25T09:12:30Z", "user": {"login": U("okwu-chidi"), "type": "User"}, "surface": "chat", "model": "gemini-2.5-pro", "premium_requests": 1, "ide": "vscode"},
    ], page=7))
    add("usage-gcs-audit", "gcloud storage cat gs://zoo-eng-audit/copilot/2026-11-27/audit-00003.ndjson.gz | zcat | head -n 2\n" + ndjson(
        {"@timestamp": 1795831200000, "action": "copilot.cfb_seat_assignment_created", "actor": U("fatma-yildirim"), "user": U("emre.kaya"), "org": "zoo-eng", "actor_ip": IP("88.247.101.23")},
        {"@timestamp": 1795831261000, "action": "copilot.cfb_seat_assignment_created", "actor": U("fatma-yildirim"), "user": U("zeynep-ozturk94"), "org": "zoo-eng", "actor_ip": IP("88.247.101.23")}))
    add("codex-home-path", codex("pytest -q tests/test_tariffs.py", f"F\n=== FAILURES ===\n/Users/{U('ingrid.solbakken')}/src/waterboard/tariffs.py:41: AssertionError: expected 0.0418 NOK/l\n1 failed in 0.31s"))
    add("aider-home-win", f"Aider v0.86.1\nModel: o4-mini with diff edit format\nGit repo: C:\\Users\\{U('thabo.mokoena')}\\projects\\ticketing\\.git with 412 files\nRepo-map: using 2048 tokens\n\n> fix the seat map rendering on Safari")
    add("cursor-git-log", cursor("terminal", f"$ git log -3 --format='%h %an <%ae> %s'\n9f31c2a {P('Nguyễn Thị Thu Hà')} <{E('thuha.nguyen@saigonphilharmonic.vn')}> fix: seat map rounding\n4b7e0d1 {P('Lê Minh Khoa')} <{E('khoa.le@saigonphilharmonic.vn')}> feat: season pass export\n1c08aa5 copilot-swe-agent[bot] <198982749+Copilot@users.noreply.github.com> chore: bump deps"))
    add("windsurf-crm-row", windsurf("Reading data/members_sample.csv", f"member_no,name,email,phone,joined\n100482,{P('Agnieszka Wróblewska')},{E('a.wroblewska@poczta.onet.pl')},{T('+48 601 284 377')},2019-04-11\n100483,{P('Tomasz Zieliński')},{E('tzielinski77@gmail.com')},{T('+48 512 903 118')},2021-09-02\n\nThese look like real member rows; I'll replace them with synthetic data before adding the fixture."))
    add("bugbot-pii-log", bugbot("src/checkout/logger.ts", 57, "Card data logged in plain text", f"`logger.info(order)` writes the whole order. In the staging log I see `cardNumber: \"{C(card4(luhn_complete('4', 16, g)))}\"` and `holder: \"{P('Mariana Bezerra Lopes')}\"`. Mask the PAN before logging."))
    add("langgraph-hr", langgraph("hr_lookup", dumps({"employee_id": "E-20931", "name": P("Kwame Asante-Boateng"), "dob": D("1987-03-14"), "phone": T("+233 24 418 7720"), "address": A("House 14, Kofi Annan Street, Airport Residential Area, Accra"), "role": "HVAC technician"})))
    add("autogen-ticket", autogen("support_agent", f"Customer {P('Yusuf Al-Haddad')} (account 44718) says his season ticket shows the wrong seat. His email on file is {E('y.alhaddad@outlook.com')} and mobile {T('+971 50 318 4426')}. I'll re-issue the ticket to that address."))
    add("mcp-linear-person", mcp("linear", f"Issue LIB-1182: Reader cannot renew loans\nReporter: {P('Siobhán Ní Bhriain')} ({E('siobhan.nibhriain@eircom.net')})\nAssignee: {P('Declan Moriarty')}\nLabels: circulation, bug"))
    add("mcp-snowflake-customers", mcp("snowflake", f"CUSTOMER_ID | FULL_NAME | DOB | POSTCODE\n88120 | {P('Harriet Okonjo')} | {D('1979-11-02')} | {Z('SE15 4QN')}\n88121 | {P('Ravi Subramaniam')} | {D('1992-06-27')} | {Z('B12 9QF')}\n(2 rows)"))
    add("mcp-mongo-ticket", mcp("mongodb", f"{{ _id: ObjectId('6745f0a1c2d3e4f5a6b7c8d9'), buyer: {{ name: '{P('Camille Ouellet')}', email: '{E('camille.ouellet@videotron.ca')}', phone: '{T('514-555-0187')}' }}, seats: ['B12', 'B13'], event: 'OSM — Mahler 2' }}"))
    add("mcp-elastic-ip", mcp("elasticsearch", dumps({"hits": {"hits": [{"_source": {"event": "login_failed", "user": U("laila.haddad"), "client_ip": IP("94.249.17.201"), "ua": "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X)"}}]}})))
    add("mcp-airtable-volunteers", mcp("airtable", dumps({"records": [{"id": "recA1", "fields": {"Volunteer": P("Greta Lindqvist"), "Phone": T("+46 70 412 88 13"), "Shift": "Penguin feeding, Sat"}}, {"id": "recA2", "fields": {"Volunteer": P("Oskar Bergström"), "Phone": T("+46 73 990 21 45"), "Shift": "Aquarium tunnel guide"}}]})))
    add("mcp-bigquery-iban", mcp("bigquery", f"[{{\"payee\": \"{P('Lukas Brunhart')}\", \"iban\": \"{I(iban('LI', '08800' + g.s(UPNUM, 12)))}\", \"purpose\": \"HVAC maintenance invoice 2026-118\"}}]"))
    add("jules-fixture", jules("Anonymise test fixture", f"tests/fixtures/patrons.json contains a real-looking record: `{{\"name\": \"{P('Aurelio Benedetti')}\", \"codice_fiscale\": \"{N('BNDRLA71C12H501X')}\", \"email\": \"{E('aurelio.benedetti@libero.it')}\"}}`. I'll swap it for generated data."))
    add("qcli-whoami", qcli("whoami && ls ~/.aws", f"{U('kofi.mensah')}\nconfig  credentials  sso"))
    add("crewai-invoice", crewai("Accounts Payable Clerk", "Extract payee details from the attached invoice", f"Payee: {P('Beatriz Vasconcelos')}\nAddress: {A('Rua Augusta 214, 3º Esq., 1100-053 Lisboa')}\nIBAN: {I(iban('PT', g.s(DIGITS, 21)))}\nAmount: 1 840,00 € (lift inspection, Q4)"))
    add("continue-email-thread", cont("user", f"Can you turn this into a polite reply?\n\n> From: {P('Hiroshi Tanabe')} <{E('h.tanabe@kaiyukan-partners.jp')}>\n> Our team will visit the aquarium on 3 December. Please call me at {T('+81 6-6576-5501')} if plans change."))
    add("copilot-ext-sentry", extension("sentry", "who hit the 500 on /tickets/checkout?", f"The error was raised for user {U('marcelo.quispe')} (id 44817, email {E('marcelo.quispe@hotmail.com')}) from IP {IP('190.42.188.71')} at 21:14 UTC."))
    add("xcode-contacts", xcode("why is the preview empty?", f"The preview provider builds `Contact(name: \"{P('Ama Owusu')}\", phone: \"{T('+233 20 771 4408')}\")` but the list view filters by `isFavorite`, which defaults to false."))
    add("cody-commit-author", cody("who changed the tariff rounding?", f"Commit `e41b9a7` by {P('Sipho Ndlovu')} <{E('sipho.ndlovu@joburgwater.co.za')}> on 2026-10-14 changed `round_half_up` to banker's rounding."))
    add("tabby-signature", tabby("summarise this email", f"Thanks for the quote. We'll need two lift inspections per year.\n\nKind regards,\n{P('Eleanor Whitcombe')}\nFacilities Manager, Grange Library\n{A('14 Parsonage Lane, Malton YO17 7LL')}\nTel. {T('01653 692 418')}"))
    add("autofix-pii-in-test", autofix("Sensitive data in test", "tests/test_export.py", 22, "Replace the real-looking national id with a generated one.", f"-    ssn = \"{N('412-67-' + d(4))}\"\n+    ssn = fake.ssn()"))
    add("openai-call-form", openai_call("submit_form", {"form": "membership", "name": P("Olumide Adeyemi"), "email": E("olumide.adeyemi@yahoo.com"), "dob": D("1990-08-21"), "address": A("12 Adeola Odeku Street, Victoria Island, Lagos")}))
    add("twice-escaped-crm", twice("crm_update", {"contact": {"name": P("Nomvula Khumalo"), "phone": T("+27 82 555 0143"), "note": "Wants the Friday backstage tour"}}))
    add("tool-result-hr", tool_result(f"employee,start,manager\n{P('Pritam Chakraborty')},2024-02-01,{P('Ananya Iyer')}\n{P('Ruth Abebe')},2025-07-15,{P('Ananya Iyer')}"))

    # people in chats, forms, tickets and records, in many languages ---------------------------
    add("es-mx-ticket", f"Hola, soy {P('Guadalupe Hernández Ríos')}. Compré dos boletos para el concierto del 12 de diciembre en el Auditorio Nacional y no me llegaron. Mi correo es {E('lupita.hdzrios@gmail.com')} y mi celular {T('55 4187 2290')}. Gracias.")
    add("es-cu-hr", f"Expediente del trabajador\nNombre: {P('Yoandri Castellanos Pérez')}\nCarné de identidad: {N('85031412345')}\nFecha de nacimiento: {D('14/03/1985')}\nDirección: {A('Calle 23 No. 1054 e/ 12 y 14, Vedado, La Habana')}")
    add("es-co-crm", f"| Cliente | Cédula | Teléfono | Ciudad |\n|---|---|---|---|\n| {P('Valentina Ospina Restrepo')} | {N('1.036.' + d(3) + '.' + d(3))} | {T('+57 310 482 7719')} | Medellín |\n| {P('Santiago Mejía Arango')} | {N('71.' + d(3) + '.' + d(3))} | {T('+57 315 601 2284')} | Envigado |")
    add("es-es-invoice", f"FACTURA 2026/0418 — Mantenimiento de ascensores\nCliente: Comunidad de Propietarios Edificio Mirador\nRepresentante: {P('Íñigo Aranguren Etxeberria')}\nDNI: {N(d(8) + 'T')}\nDomiciliación: {I(iban('ES', g.s(DIGITS, 20)))}")
    add("pt-br-chat", f"Oi! Aqui é a {P('Thaís Albuquerque')}, do financeiro do Aquário do Rio. Pode cadastrar a fornecedora com CPF {N(d(3) + '.' + d(3) + '.' + d(3) + '-' + d(2))}, telefone {T('(21) 98814-3307')} e e-mail {E('thais.albuquerque@aquariorio.com.br')}? Obrigada!")
    add("pt-ao-form", f"Formulário de inscrição — Biblioteca Nacional de Angola\nNome completo: {P('Domingos Kiala Mbemba')}\nBilhete de Identidade: {N('00' + d(7) + 'LA0' + d(2))}\nMorada: {A('Rua Amílcar Cabral, n.º 58, Ingombota, Luanda')}\nTelemóvel: {T('+244 923 418 772')}")
    add("pt-mz-sms", f"Caro {P('Armando Nhantumbo')}, a sua fatura de água de Novembro (Águas da Região de Maputo) está disponível. Contacto registado: {T('+258 84 312 9907')}.")
    add("fr-fr-signature", f"Bonjour,\n\nVous trouverez ci-joint le devis pour la traduction des panneaux du zoo.\n\nBien cordialement,\n{P('Hélène Marchetti-Duval')}\nCheffe de projet, Agence Linguaplus\n{A('27 rue des Tanneurs, 69002 Lyon')}\n{T('04 78 92 61 30')}")
    add("fr-qc-git", f"$ git shortlog -sne --since=2026-10-01\n    42  {P('Maxime Tremblay-Gagnon')} <{E('maxime.tremblay-gagnon@hydro-lac.qc.ca')}>\n    17  {P('Élodie Bouchard')} <{E('elodie.bouchard@hydro-lac.qc.ca')}>\n     3  dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>")
    add("fr-sn-whatsapp", f"[27/11/2026 09:12] {P('Aminata Diop')}: Bonjour, c'est pour le billet du concert de Youssou au Grand Théâtre. Mon numéro c'est {T('+221 77 412 08 93')}\n[27/11/2026 09:14] Billetterie: Merci Madame {P('Diop')}, on vous renvoie le QR code.")
    add("fr-ci-loan", f"Demande de crédit — COOPEC Abidjan\nDemandeur : {P('Koffi Yao Kouassi')}\nNé le : {D('02/09/1983')}\nAdresse : {A('Cocody Angré 8e tranche, Lot 214, Abidjan')}\nTél. : {T('+225 07 48 21 66 90')}")
    add("ar-eg-complaint", f"شكوى رقم ٤٥١٢: العميل {P('محمود عبد الفتاح السيد')} بيقول إن عداد المية في {A('١٤ شارع التحرير، الدقي، الجيزة')} بيقرا غلط. رقم الموبايل {T('01012345678')}.")
    add("ar-lb-reservation", f"مرحبا، بدي احجز ٤ تذاكر لحفلة فيروز بكرا. الاسم {P('ريم خوري')}، الإيميل {E('reem.khoury@hotmail.com')}، والرقم {T('+961 3 412 775')}.")
    add("ar-iq-hr", f"بيانات الموظف:\nالاسم: {P('حيدر كاظم الموسوي')}\nتاريخ الميلاد: {D('1989/04/17')}\nالعنوان: {A('حي الجادرية، محلة 915، زقاق 12، دار 7، بغداد')}")
    add("ar-sd-donor", f"شكراً للمتبرع {P('عثمان الطيب محمد')} على دعمه لحديقة الحيوان. للتواصل: {E('osman.eltayeb@gmail.com')}")
    add("nl-nl-crm", f"Klant: {P('Femke van der Linden')}\nAdres: {A('Prinsengracht 263-2, 1016 GV Amsterdam')}\nIBAN: {I(iban('NL', 'INGB' + g.s(DIGITS, 10)))}\nOpmerking: jaarkaart Artis verlengd")
    add("nl-sr-chat", f"Ey, {P('Ravindra Ramdin')} hier van de waterleiding in Paramaribo. Mijn nummer is {T('+597 8812 447')}, bel me als de meteropname klaar is.")
    add("de-de-hr", f"Personalbogen\nName: {P('Jürgen Weißenbach')}\nGeburtsdatum: {D('23.07.1971')}\nAnschrift: {A('Hauptstraße 41, 69117 Heidelberg')}\nSteuer-ID: {N(d(11))}\nKontoverbindung: {I(iban('DE', g.s(DIGITS, 18)))}")
    add("de-li-invoice", f"Rechnung Nr. 2026-311 (Wartung Lüftungsanlage)\nAn: {P('Marlene Frommelt')}\n{A('Städtle 18, 9490 Vaduz')}\nZahlbar auf: {I(iban('LI', '08800' + g.s(UPNUM, 12)))}")
    add("it-library", f"Ciao, sono {P('Chiara Lombardi')} della Biblioteca Civica di Bergamo. Il mio codice fiscale per il rimborso è {N('LMBCHR' + d(2) + 'A' + d(2) + 'A794' + 'K')} e l'IBAN {I(iban('IT', 'X' + g.s(DIGITS, 10) + g.s(UPNUM, 12)))}.")
    add("el-cy-ticket", f"Αίτημα υποστήριξης #8812\nΠελάτης: {P('Ανδρέας Χριστοδούλου')}\nΤηλέφωνο: {T('+357 99 412 883')}\nΔιεύθυνση: {A('Λεωφόρος Μακαρίου Γ΄ 45, 1065 Λευκωσία')}\nΘέμα: Ο ανελκυστήρας σταματά στον 3ο όροφο.")
    add("tr-form", f"Başvuru formu — İstanbul Akvaryum gönüllü programı\nAd Soyad: {P('Elif Nur Çelik')}\nT.C. Kimlik No: {N('1' + d(10))}\nDoğum tarihi: {D('09.05.1998')}\nE-posta: {E('elifnur.celik@gmail.com')}")
    add("ja-hr", f"社員情報\n氏名：{P('佐々木 美咲')}\n生年月日：{D('1993年4月18日')}\n住所：{A('〒150-0002 東京都渋谷区渋谷2丁目21-1')}\n電話：{T('090-4128-7731')}")
    add("ko-crm", f"고객명: {P('박지훈')}\n연락처: {T('010-4821-7730')}\n주소: {A('서울특별시 마포구 월드컵북로 396')}\n메모: 아쿠아리움 연간회원 갱신 요청")
    add("zh-tw-invoice", f"發票抬頭：{P('林怡君')}\n統一編號：不適用\n手機：{T('0912-345-678')}\n地址：{A('臺北市大安區忠孝東路四段181巷8號3樓')}\n備註：翻譯費用（日譯中）")
    add("yue-hk-chat", f"喂，我係{P('陳嘉欣')}，想問下海洋公園嘅年票幾時寄到？我電話係{T('9123 4567')}，地址係{A('香港九龍旺角彌敦道 688 號 12 樓 B 室')}。唔該晒！")
    add("ms-billing", f"Pelanggan: {P('Nurul Aisyah binti Ahmad')}\nNo. KP: {N(d(6) + '-14-' + d(4))}\nAlamat: {A('No. 12, Jalan Bukit Bintang, 55100 Kuala Lumpur')}\nNo. telefon: {T('+60 12-418 7730')}")
    add("ta-lk-letter", f"அன்புள்ள {P('கணேசன் சிவகுமார்')},\nஉங்கள் நூலக உறுப்பினர் அட்டை புதுப்பிக்கப்பட்டது. தொடர்புக்கு: {T('+94 77 412 8830')}\nமுகவரி: {A('42, காலி வீதி, கொழும்பு 03')}")
    add("ta-sg-hr", f"பணியாளர்: {P('ராஜேஸ்வரி முருகன்')}\nNRIC: {N('S' + d(7) + 'D')}\nதொலைபேசி: {T('+65 9123 4408')}")
    add("hi-complaint", f"नमस्ते, मेरा नाम {P('अंकित शर्मा')} है। मेरे बिजली के बिल में गलती है। मेरा पता {A('फ्लैट 304, सेक्टर 21, द्वारका, नई दिल्ली 110077')} है और मोबाइल {T('+91 98110 42871')}।")
    add("bn-form", f"নাম: {P('তাসনিম রহমান')}\nজাতীয় পরিচয়পত্র নম্বর: {N(d(10))}\nজন্ম তারিখ: {D('১২/০৩/১৯৯৫')}\nমোবাইল: {T('+880 1711-482930')}")
    add("ur-ticket", f"محترم {P('فرحان احمد قریشی')}، آپ کی کنسرٹ ٹکٹ کی رقم واپس کر دی گئی ہے۔ شناختی کارڈ نمبر {N('35202-' + d(7) + '-' + d(1))} پر رجسٹرڈ اکاؤنٹ میں رقم منتقل ہو چکی ہے۔")
    add("fa-library", f"عضو جدید کتابخانه: {P('نرگس محمدی‌پور')}\nکد ملی: {N(d(10))}\nتلفن همراه: {T('0912 418 7730')}\nنشانی: {A('تهران، خیابان انقلاب، کوچه فخررازی، پلاک ۱۸')}")
    add("he-crm", f"לקוח: {P('נועה בן-דוד')}\nת.ז.: {N(d(9))}\nטלפון: {T('052-418-7730')}\nכתובת: {A('רחוב דיזנגוף 120, תל אביב-יפו')}")
    add("vi-hr", f"Hồ sơ nhân viên\nHọ tên: {P('Trần Văn Phúc')}\nNgày sinh: {D('11/02/1990')}\nCCCD: {N('0' + d(11))}\nĐịa chỉ: {A('128 Nguyễn Thị Minh Khai, Phường 6, Quận 3, TP. Hồ Chí Minh')}")
    add("th-ticket", f"ผู้ซื้อบัตร: {P('สมชาย ใจดี')}\nเบอร์โทร: {T('081-234-5678')}\nอีเมล: {E('somchai.jaidee@hotmail.co.th')}\nที่นั่ง: โซน A แถว 4")
    add("id-chat", f"Halo kak, saya {P('Dewi Lestari Wibowo')}, mau tanya soal tagihan PDAM bulan ini. Alamat saya {A('Jl. Cikini Raya No. 73, Menteng, Jakarta Pusat 10330')}, HP {T('0812-8841-2290')}.")
    add("sw-tz-sms", f"Ndugu {P('Neema Mwakalinga')}, malipo yako ya ankara ya maji yamepokelewa. Simu: {T('+255 754 418 773')}. Asante kwa kutumia DAWASA.")
    add("am-hr", f"ስም፦ {P('ሰላማዊት ተስፋዬ')}\nየትውልድ ቀን፦ {D('12/05/1992')}\nስልክ፦ {T('+251 91 141 8773')}\nአድራሻ፦ {A('ቦሌ ክፍለ ከተማ፣ ወረዳ 03፣ አዲስ አበባ')}")
    add("yo-chat", f"Ẹ kú àárọ̀! Orúkọ mi ni {P('Adébáyọ̀ Ọláwálé')}. Mo fẹ́ ra tíkẹ́ẹ̀tì méjì fún eré orin náà. Nọ́mbà fóònù mi ni {T('+234 803 418 7730')}.")
    add("ha-form", f"Suna: {P('Aisha Abubakar Garba')}\nLambar waya: {T('+234 806 221 4409')}\nAdireshi: {A('Lamba 17, Titin Zaria, Kano')}")
    add("zu-letter", f"Sawubona {P('Sibusiso Zulu')},\nIkhadi lakho lasemtatsheni wezincwadi selivuselelwe. Inombolo yakho: {T('+27 73 418 2290')}.\nIkheli: {A('22 Anton Lembede Street, Durban, 4001')}")
    add("fi-hr", f"Työntekijä: {P('Aino Korhonen')}\nHenkilötunnus: {N('120394-' + d(3) + 'K')}\nTilinumero: {I(iban('FI', g.s(DIGITS, 14)))}\nOsoite: {A('Mannerheimintie 14 B 22, 00100 Helsinki')}")
    add("sv-crm", f"Kund: {P('Sven-Erik Lindgren')}\nPersonnummer: {N('19580412-' + d(4))}\nTelefon: {T('070-418 77 30')}\nAdress: {A('Drottninggatan 71, 111 36 Stockholm')}")
    add("da-invoice", f"Faktura til {P('Mette Kjærgaard')}\n{A('Nørrebrogade 44, 2. th., 2200 København N')}\nCPR: {N('0412' + d(2) + '-' + d(4))}\nBetal til {I(iban('DK', g.s(DIGITS, 14)))}")
    add("no-ticket", f"Hei! Jeg heter {P('Ingrid Haugland')} og kjøpte to billetter til konserten i Grieghallen. Mobil: {T('+47 412 87 730')}, e-post: {E('ingrid.haugland@online.no')}.")
    add("et-form", f"Taotleja: {P('Kadri Tamm')}\nIsikukood: {N('4' + d(10))}\nAadress: {A('Narva mnt 7, 10117 Tallinn')}\nIBAN: {I(iban('EE', g.s(DIGITS, 16)))}")
    add("hu-hr", f"Munkavállaló: {P('Szabó Eszter')}\nSzületési dátum: {D('1986. 09. 14.')}\nLakcím: {A('1052 Budapest, Váci utca 19.')}\nBankszámla: {I(iban('HU', g.s(DIGITS, 24)))}")
    add("ro-ticket", f"Bună ziua, sunt {P('Andreea Popescu')} și nu am primit biletele pentru concertul de la Ateneu. Telefon: {T('+40 721 418 773')}, CNP {N('2' + d(12))}.")

    # more people, in agent carriers and other languages --------------------------------------
    add("es-mx-card-chat", gh_chat("¿por qué falla el test de pagos?", f"El fixture `tests/data/pedido.json` usa una tarjeta que parece real: `\"numero\": \"{C(luhn_complete('4152', 16, g))}\"`, titular `{P('Rodrigo Villaseñor Trejo')}`. Reemplázala por la tarjeta de prueba del procesador."))
    add("pt-br-log-ip", f"2026-11-27 09:41:12 WARN login falhou para {E('joana.prado@uol.com.br')} a partir de {IP('177.134.22.91')} (5 tentativas). Conta bloqueada por 15 minutos.")
    add("de-ticket-card", f"Hallo, mein Name ist {P('Friederike Hollstein')}. Für die Konzertkarten wurde meine Kreditkarte {C(card4(luhn_complete('52', 16, g)))} doppelt belastet. Rückruf bitte unter {T('+49 151 4187 2290')}.")
    add("tr-usage-handle", zcat("s3://bulut-copilot-usage/raw/2026/11/27/part-0009.ndjson.gz", {"timestamp": "2026-11-27T06:12:09Z", "user": {"login": U("burak-aksoy-ist"), "type": "User"}, "surface": "chat", "model": "gpt-5-mini", "premium_requests": 0, "ide": "vscode", "not": "kullanıcı Copilot Chat'e sohbet sordu"}))
    add("ko-home-path", codex("ls ~/Library/Application\\ Support/Tabby", f"/Users/{U('minjun.kang')}/Library/Application Support/Tabby/config.toml\n/Users/{U('minjun.kang')}/Library/Application Support/Tabby/events"))
    add("ja-mcp-airtable", mcp("airtable", dumps({"records": [{"id": "recJ7", "fields": {"氏名": P("高橋 健太"), "メール": E("kenta.takahashi@docomo.ne.jp"), "電話": T("080-3412-7709"), "担当": "水族館 夜間イベント"}}]})))
    add("fr-fr-iban-twice", twice("create_payout", {"beneficiaire": P("Margaux Lefebvre"), "iban": I(iban("FR", g.s(DIGITS, 10) + g.s(UPNUM, 11) + g.s(DIGITS, 2))), "motif": "Traduction catalogue exposition"}))
    add("hi-autogen", autogen("billing_agent", f"ग्राहक {P('सुनीता वर्मा')} ने बताया कि उनका बिजली मीटर बदला गया है। संपर्क: {T('+91 99580 21476')}, ईमेल {E('sunita.verma82@gmail.com')}।"))
    add("vi-crewai", crewai("Nhân viên CSKH", "Tổng hợp khiếu nại vé hòa nhạc", f"Khách hàng {P('Phạm Quốc Bảo')} (SĐT {T('0903 418 772')}) phản ánh chưa nhận được vé điện tử; email đăng ký {E('quocbao.pham@yahoo.com.vn')}."))
    add("id-langgraph-hr", langgraph("hr_lookup", dumps({"nama": P("Putu Ayu Kartika"), "tanggal_lahir": D("1994-07-08"), "nik": N("5171" + d(12)), "alamat": A("Jl. Raya Ubud No. 18, Gianyar, Bali 80571")})))
    add("ro-jules", jules("Anonimizează datele de test", f"`tests/fixtures/abonati.csv` conține un rând real: {P('Mihai Ionescu')}, {E('mihai.ionescu@yahoo.ro')}, {T('0744 418 773')}, {A('Str. Lipscani 27, București 030167')}. Îl înlocuiesc cu date generate."))
    add("he-cody-ip", cody("מי התחבר לפאנל הניהול אתמול?", f"לפי יומן הגישה: המשתמש {U('yael.mizrahi')} התחבר מכתובת {IP('79.180.44.12')} בשעה 22:14, ופעם נוספת מ-{IP('79.180.44.12')} בשעה 22:31."))
    add("sw-continue", cont("user", f"Nisaidie kuandika barua pepe kwa {P('Baraka Mwangi')} ({E('baraka.mwangi@gmail.com')}) kuhusu ziara ya bustani ya wanyama tarehe 5 Desemba. Simu yake ni {T('+255 713 418 227')}."))
    add("el-xcode", xcode("Γιατί δεν εμφανίζονται οι επαφές;", f"Το `PreviewData.swift` δημιουργεί `Contact(name: \"{P('Μαρία Παπαδοπούλου')}\", phone: \"{T('+357 96 418 773')}\")`, αλλά η λίστα φιλτράρει με `isActive == true`."))
    # English records, payments, access logs ----------------------------------------------------
    add("en-cu-loan", f"Member loan application #L-20931\nApplicant: {P('Darnell Whitaker')}\nSSN: {N('531-' + d(2) + '-' + d(4))}\nDOB: {D('06/19/1984')}\nAddress: {A('2210 Elmwood Ave, Apt 3C, Buffalo, NY 14216')}\nPhone: {T('(716) 555-0142')}")
    add("en-card-support", f"Hi, this is {P('Priya Raman')}. The ticket site charged my card {C(card4(luhn_complete('54', 16, g)))} twice for the same concert. Could you refund one of them? Thanks.")
    add("en-amex-form", f"cardholder_name={P('Brendan O’Sullivan')}&card_number={C(luhn_complete('37', 15, g))}&exp=09/28&billing_zip={Z('02139')}")
    add("en-nginx-ip", f"{IP('73.162.44.208')} - {U('jmorales')} [27/Nov/2026:07:41:12 +0000] \"GET /account/meter-readings HTTP/2.0\" 200 4181 \"-\" \"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6)\"")
    add("en-home-path-linux", f"Traceback (most recent call last):\n  File \"/home/{U('wkowalczyk')}/archive-ingest/ingest.py\", line 88, in <module>\n    main()\nFileNotFoundError: [Errno 2] No such file or directory: 'manifests/box-0412.csv'")
    add("en-dl", f"Visitor badge request\nName: {P('Carlos Medina')}\nDriver license: {m('US_DRIVER_LICENSE', 'D' + d(7))} (CA)\nEscort: facilities, lift machine room access")
    add("en-standup-handles", f"Standup notes (zoo app team)\n- @{U('kaveh-rostami')}: finished the feeding-schedule export\n- @{U('lwazi-dube')}: blocked on the ticket scanner SDK\n- dependabot[bot] opened 3 PRs")
    add("en-space-crew", f"Launch ops contact sheet\nFlight director: {P('Ingrid Vasquez-Holm')}, {T('+1 321 555 0198')}, {E('ivasquezholm@orbitalbay.space')}\nRange safety: {P('Tariq Bello')}, {T('+1 321 555 0117')}")
    return out


def negatives(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(src: str, t: str) -> None:
        out.append((f"holdout37:{src}", t))

    add("env-placeholders", "# .env.example — copy to .env and fill in\nNARMI_CLIENT_ID=\nNARMI_CLIENT_SECRET=<your-client-secret>\nPAYSEND_KEY=changeme\nSTRAKER_API_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxx")
    add("gha-secrets-refs", "jobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./deploy.sh\n        env:\n          ZAI_CLIENT_SECRET: ${{ secrets.ZAI_CLIENT_SECRET }}\n          ROUTABLE_TOKEN: ${{ secrets.ROUTABLE_TOKEN }}\n          SENTRY_DSN: ${{ vars.SENTRY_DSN }}")
    add("git-log-hashes", f"$ git log --oneline -5\n{g.s(HEX, 7)} fix(tariffs): round to 4 decimals\n{g.s(HEX, 7)} chore(deps): bump requests from 2.32.3 to 2.32.4\n{g.s(HEX, 7)} feat(meters): import Itron readings\n{g.s(HEX, 7)} docs: explain leak alarm thresholds\n{g.s(HEX, 7)} Merge pull request #412 from waterboard/release-3.8")
    add("docker-digest", f"$ docker pull ghcr.io/aquarium-ops/feeding-scheduler:3.4.1\n3.4.1: Pulling from aquarium-ops/feeding-scheduler\nDigest: sha256:{g.s(HEX, 64)}\nStatus: Downloaded newer image for ghcr.io/aquarium-ops/feeding-scheduler:3.4.1")
    add("uuid-order-ids", f"order_id,event,seats,total_eur,created\n{g.uuid()},Mahler 2 — Sat,2,118.00,2026-11-26T18:21:04Z\n{g.uuid()},Jazz Night,1,35.00,2026-11-26T18:22:40Z\n{g.uuid()},Family Matinee,4,96.00,2026-11-26T18:25:13Z")
    add("usage-bots-only", usage_page([
        {"timestamp": "2026-11-27T02:00:00Z", "user": {"login": "copilot-swe-agent[bot]", "type": "Bot"}, "surface": "coding_agent", "model": "gpt-5-codex", "premium_requests": 1, "repository": "cu-digital/statements"},
        {"timestamp": "2026-11-27T02:00:31Z", "user": {"login": "dependabot[bot]", "type": "Bot"}, "surface": "pull_request", "model": "none", "premium_requests": 0, "repository": "cu-digital/statements"},
        {"timestamp": "2026-11-27T02:01:02Z", "user": {"login": "github-actions", "type": "Bot"}, "surface": "actions", "model": "none", "premium_requests": 0, "repository": "cu-digital/statements"},
    ], page=12))
    add("usage-aggregates-s3", "$ aws s3 cp s3://cu-copilot-usage/aggregates/2026-11.ndjson.gz - | zcat | head -n 3\n" + ndjson(
        {"day": "2026-11-24", "surface": "chat", "model": "claude-sonnet-4.5", "requests": 1842, "premium_requests": 611, "active_users": 88},
        {"day": "2026-11-24", "surface": "code_review", "model": "gpt-5", "requests": 402, "premium_requests": 402, "active_users": 31},
        {"day": "2026-11-24", "surface": "agent_mode", "model": "gpt-5-codex", "requests": 977, "premium_requests": 1203, "active_users": 47}))
    add("stripe-doc-example", "From the vendor docs (test mode): \"Use the test key `sk_test_EXAMPLEKEY00000000000000` in examples; it is not a real credential and always returns a sandbox response.\" Our README copies that snippet verbatim.")
    add("k8s-secretref", "env:\n  - name: VERKADA_API_KEY\n    valueFrom:\n      secretKeyRef:\n        name: verkada\n        key: api-key\n  - name: OTIS_SUBSCRIPTION_KEY\n    valueFrom:\n      secretKeyRef:\n        name: otis-one\n        key: subscription-key")
    add("terraform-var", "variable \"servicetitan_client_secret\" {\n  type      = string\n  sensitive = true\n}\n\nresource \"aws_secretsmanager_secret_version\" \"st\" {\n  secret_id     = aws_secretsmanager_secret.st.id\n  secret_string = var.servicetitan_client_secret\n}")
    add("python-env-lookup", "import os\n\nSKIO_TOKEN = os.environ[\"SKIO_TOKEN\"]\nSENDLANE_TOKEN = os.getenv(\"SENDLANE_TOKEN\", \"\")\nif not SENDLANE_TOKEN:\n    raise RuntimeError(\"SENDLANE_TOKEN is not set\")")
    add("coords-stations", "station_id,name,lat,lon,elevation_m\nKSAT-SVA,Svalbard,78.2298,15.4078,501\nTRL-ND,Troll,-72.0117,2.5350,1275\nPUNTA-A,Punta Arenas,-52.9381,-70.8469,24")
    add("satellite-tle", "ISS (ZARYA)\n1 25544U 98067A   26331.51782528  .00016717  00000-0  30220-3 0  9993\n2 25544  51.6392 208.9163 0006317  69.9862  25.2906 15.49560532 12345")
    add("version-matrix", "| package | version | build |\n|---|---|---|\n| tabby | 0.27.1 | 20261112.3 |\n| continue | 1.2.8 | 4418 |\n| aider-chat | 0.86.1 | py3-none-any |\n| sourcegraph-cody | 1.94.0 | 118 |")
    add("sbom-purl", "pkg:pypi/sentinelhub@3.11.1\npkg:npm/%40what3words/api@5.4.0\npkg:maven/com.tridium/niagara-api@4.14.0.162\npkg:golang/github.com/weblateorg/wlc@v1.14.0")
    add("ci-build-numbers", "Build #20931 (main) — passed in 6m 41s\nArtifacts: ticketing-web-3.12.0+build.20931.tgz (18.4 MB)\nCommit: " + g.s(HEX, 40) + "\nTriggered by: schedule")
    add("fixtures-fake-cards", "# tests/fixtures/cards.py — processor test numbers, never real\nVISA_OK = \"4242 4242 4242 4242\"\nVISA_DECLINE = \"4000 0000 0000 0002\"\nMC_3DS = \"5555 5555 5555 4444\"")
    add("aws-doc-example", "Per the AWS docs, the example credentials are AKIAIOSFODNN7EXAMPLE and wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY. Our onboarding guide uses them in the `aws configure` walkthrough.")
    add("jwt-structure-doc", "A JWT has three base64url parts separated by dots: header.payload.signature. The header is usually {\"alg\":\"RS256\",\"typ\":\"JWT\"}; never log the full token, only its `kid` and `exp`.")
    add("redacted-log", "2026-11-27T11:02:14Z INFO payments.client init provider=ppro merchant=tickethall token=[REDACTED] timeout=15s\n2026-11-27T11:02:15Z INFO payments.client POST /v1/payment-charges -> 201 (412 ms)")
    add("mcp-linear-no-people", mcp("linear", "Issue OPS-431: Rotate Paymentus header token\nDescription: The token is stored in AWS Secrets Manager as `prod/paymentus/pmt-auth`. Rotation runbook: docs/runbooks/paymentus.md.\nStatus: Todo · Priority: Medium · Team: Billing"))
    add("mcp-bigquery-counts", mcp("bigquery", "[{\"day\": \"2026-11-25\", \"visitors\": 18412, \"tickets_online\": 12044, \"tickets_gate\": 6368}, {\"day\": \"2026-11-26\", \"visitors\": 9120, \"tickets_online\": 6031, \"tickets_gate\": 3089}]"))
    add("mcp-snowflake-schema", mcp("snowflake", "name | type | nullable\nMETER_ID | VARCHAR(16) | N\nREAD_AT | TIMESTAMP_NTZ | N\nKWH | NUMBER(12,4) | Y\nTARIFF_CODE | VARCHAR(8) | Y"))
    add("mcp-mongo-indexes", mcp("mongodb", "[ { v: 2, key: { _id: 1 }, name: '_id_' }, { v: 2, key: { eventId: 1, seat: 1 }, name: 'eventId_1_seat_1', unique: true } ]"))
    add("mcp-es-health", mcp("elasticsearch", dumps({"cluster_name": "library-search", "status": "green", "number_of_nodes": 3, "active_shards": 42, "unassigned_shards": 0})))
    add("mcp-airtable-inventory", mcp("airtable", dumps({"records": [{"id": "recX1", "fields": {"SKU": "SERUM-VC-30", "Stock": 412, "Warehouse": "PA1"}}, {"id": "recX2", "fields": {"SKU": "LIP-MATTE-07", "Stock": 88, "Warehouse": "NV2"}}]})))
    add("openai-call-safe", openai_call("run_terminal_cmd", {"command": "terraform plan -var-file=prod.tfvars -out=plan.out", "explanation": "Show the planned changes for the lift telemetry stack"}))
    add("twice-safe", twice("search_code", {"query": "SELCOM_API_KEY", "path": "src/", "max_results": 20}))
    add("tool-result-tests", tool_result("============================= test session starts ==============================\ncollected 214 items\n\ntests/test_tariffs.py ........................................ [ 18%]\ntests/test_meters.py ......................................... [ 37%]\n\n============================= 214 passed in 9.81s ============================="))
    add("autofix-safe", autofix("Incomplete URL substring sanitization", "src/redirects.ts", 44, "Parse the URL and compare the host exactly instead of using `includes`.", "-if (url.includes(\"tickets.example.org\")) {\n+if (new URL(url).host === \"tickets.example.org\") {"))
    add("xcode-safe", xcode("What does this error mean: 'Missing package product SatelliteKit'?", "Xcode cannot resolve the Swift package. Open File ▸ Packages ▸ Reset Package Caches, then check that `Package.resolved` pins SatelliteKit to 2.3.0 (revision " + g.s(HEX, 40) + ")."))
    add("codex-cloud-safe", codex_cloud("Upgrade sentinelhub", "Bumped `sentinelhub` from 3.10.2 to 3.11.1, regenerated `requirements.lock`, and ran `pytest -q` (58 passed). No API changes affect our calls to `SentinelHubRequest`."))
    add("cody-safe", cody("what does ZIMS stand for?", "ZIMS is the Zoological Information Management System run by Species360; the repo only references it in `docs/integrations.md`."))
    add("continue-safe", cont("assistant", "Use `ProcessInfo.processInfo.environment[\"OVZON_PORTAL_TOKEN\"]` and fail fast with a clear message when it is missing. Do not default to an empty string."))
    add("langgraph-safe", langgraph("plan", "1. Read config/lifts.yaml\n2. Replace inline keys with ${SCHINDLER_AHEAD_KEY}\n3. Run unit tests\n4. Open PR"))
    add("autogen-safe", autogen("reviewer", "LGTM. The diff only renames `getTicketPrice` to `ticketPriceFor` and updates 14 call sites; no behaviour change."))
    add("crewai-safe", crewai("Translation QA", "Check glossary consistency", "All 312 segments use the approved term \"quelle\" for \"source\"; 4 segments use \"origine\" in the zoo signage file and should be changed."))
    add("sql-migration", "ALTER TABLE readings ADD COLUMN leak_flag boolean NOT NULL DEFAULT false;\nCREATE INDEX CONCURRENTLY idx_readings_meter_read_at ON readings (meter_id, read_at DESC);")
    add("cron-timestamps", "0 2 * * * /opt/archive/bin/fixity-check --since 24h\n30 3 * * 1 /opt/archive/bin/rebuild-index\n# last run: 2026-11-27T02:00:04Z exit=0 duration=00:41:12")
    # other languages
    add("es-placeholders", "Para configurar la pasarela, copia `config.ejemplo.yml` y reemplaza `TU_CLAVE_AQUI` por la clave que te dé el banco. Nunca subas el archivo real al repositorio.")
    add("pt-br-build", "Versão 4.18.2 publicada na loja. Build 20931, commit " + g.s(HEX, 7) + ". Nenhuma mudança nas chaves de API; as variáveis continuam vindo de `process.env`.")
    add("fr-doc-example", "Exemple de la documentation : `export WEBLATE_API_KEY=votre-cle-ici` puis `wlc list-projects`. La valeur affichée est un exemple, pas une vraie clé.")
    add("de-wartung", "Wartungsprotokoll Aufzug 3: Seilspannung geprüft, Türkontakt justiert, nächste Prüfung 2027-05-14. Auftragsnummer WA-2026-11-0418.")
    add("ja-release", "リリースノート v2.7.0：座席マップの描画を改善しました。ビルド番号 20261127.4、コミット " + g.s(HEX, 7) + "。APIキーの形式に変更はありません。")
    add("ko-order", "주문번호 20261127-004812 / 상품: 비타민C 세럼 30ml × 2 / 결제 상태: 완료 / 배송 예정일: 2026-11-30")
    add("zh-tw-deploy", "部署完成：translation-api 3.2.1（映像 sha256:" + g.s(HEX, 64) + "），環境變數 `YOUDAO_SECRET` 從 Secret Manager 讀取，未寫入程式碼。")
    add("ar-doc", "ملاحظة: استبدل `<your-api-key>` بمفتاحك الخاص قبل تشغيل السكربت. لا تضع المفتاح الحقيقي في المستودع.")
    add("tr-version", "Sürüm 5.0.3 yayınlandı. Değişiklikler: bilet QR kodu boyutu düzeltildi, Türkçe çeviriler güncellendi. Derleme #8812.")
    add("hi-coords", "जलाशय सेंसर स्थान: 28.6139° N, 77.2090° E; ऊँचाई 216 मीटर। अगली कैलिब्रेशन तिथि 2027-01-15।")
    add("vi-placeholder", "Trong file `.env.example`, để `TCB_API_SECRET=changeme`. Khi triển khai thật, giá trị được lấy từ Vault.")
    add("th-stats", "สถิติผู้เข้าชมสวนสัตว์ เดือนพฤศจิกายน 2569: 184,120 คน เพิ่มขึ้น 4.2% จากปีที่แล้ว")
    add("id-sql", "SELECT id_pelanggan, COUNT(*) AS jumlah_tagihan FROM tagihan_air WHERE periode = '2026-11' GROUP BY id_pelanggan HAVING COUNT(*) > 1;")
    add("sw-notice", "Tangazo: Huduma ya maji itasimamishwa tarehe 2026-12-03 kuanzia saa 2 asubuhi hadi saa 10 jioni kwa ajili ya matengenezo ya bomba kuu.")
    add("fi-ci", "Putki ajettu: build #412, kesto 7 min 12 s. Salaisuudet luetaan ympäristömuuttujista (`${{ secrets.NORDNET_KEY }}`), ei koodista.")
    add("sv-doc", "Exempelnyckeln `sk_test_xxxxxxxxxxxx` i dokumentationen är bara en platshållare. Riktiga nycklar finns i Key Vault.")
    add("hu-order", "Rendelésszám: HU-2026-118412, termék: hidratáló krém 50 ml, szállítás: 2026-11-30, állapot: feladva.")
    add("ro-release", "Versiunea 1.9.0 a aplicației de bilete: corecturi la harta locurilor, traduceri noi în maghiară. Commit " + g.s(HEX, 40) + ".")
    add("he-runbook", "שלב 3: הריצו `kubectl rollout restart deploy/catalog-api -n library`. אין צורך לעדכן מפתחות; הם נטענים מ-Secret Manager.")
    add("el-inventory", "Απόθεμα αποθήκης: SERUM-VC-30 → 412 τεμ., LIP-MATTE-07 → 88 τεμ. Τελευταία ενημέρωση 2026-11-27 08:00 UTC.")
    # longer look-alikes -----------------------------------------------------------------------
    add("cursor-env-example", cursor("read_file .env.example", "# Ticketing service — example configuration\nSHOWCLIX_EMAIL=boxoffice@example.com\nSHOWCLIX_PASSWORD=\nSWAPCARD_TOKEN=<paste-token-here>\nTRIPLESEAT_CONSUMER_SECRET=your_consumer_secret\nDATABASE_URL=postgres://app:${DB_PASSWORD}@localhost:5432/tickets\n\nAll values are placeholders; the real ones come from 1Password via `op run --env-file=.env.tpl`."))
    add("http-trace-placeholder", "POST /oauth/token HTTP/1.1\nHost: api.example-bank.test\nAuthorization: Basic <base64(client_id:client_secret)>\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=client_credentials&scope=accounts\n\nHTTP/1.1 400 Bad Request\n{\"error\": \"invalid_client\", \"error_description\": \"client authentication failed\"}")
    add("terraform-random", "resource \"random_password\" \"skyspark_api\" {\n  length  = 32\n  special = true\n}\n\nresource \"kubernetes_secret\" \"skyspark\" {\n  metadata { name = \"skyspark-api\" }\n  data = {\n    password = random_password.skyspark_api.result\n  }\n}")
    add("lockfile-integrity", f"\"node_modules/@what3words/api\": {{\n  \"version\": \"5.4.0\",\n  \"resolved\": \"https://registry.npmjs.org/@what3words/api/-/api-5.4.0.tgz\",\n  \"integrity\": \"sha512-{g.b64(64)}\",\n  \"license\": \"MIT\"\n}}")
    add("notebook-env", "{\n \"cells\": [\n  {\n   \"cell_type\": \"code\",\n   \"source\": [\n    \"import os\\n\",\n    \"from sentinelhub import SHConfig\\n\",\n    \"config = SHConfig()\\n\",\n    \"config.sh_client_id = os.environ['SH_CLIENT_ID']\\n\",\n    \"config.sh_client_secret = os.environ['SH_CLIENT_SECRET']\"\n   ]\n  }\n ]\n}")
    add("configmap-public", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: lift-telemetry\n  namespace: facilities\ndata:\n  OTIS_API_BASE: https://api.otis.com/otisone/v1\n  POLL_SECONDS: \"60\"\n  BUILDING_IDS: BLD-2231,BLD-2232\n  LOG_LEVEL: info")
    add("iban-format-doc", "IBAN length by country (from the ECBS registry): NL 18, DE 22, FI 18, EE 20, HU 28, PT 25, LI 21. The check digits are positions 3-4 and are computed with ISO 7064 MOD 97-10; our validator rejects anything whose remainder is not 1.")
    add("qcli-safe", qcli("aws sts get-caller-identity --query Arn --output text", "arn:aws:sts::123456789012:assumed-role/ReadOnlyDeploy/botocore-session-1795870000"))
    add("bugbot-safe", bugbot("src/tariffs/round.py", 12, "Rounding mode changed", "`Decimal.quantize` now uses `ROUND_HALF_EVEN`; invoices for 0.00005 m³ boundaries will differ from the legacy system by one cent. Confirm with billing before merging."))
    add("gh-chat-safe", gh_chat("what is the difference between a fine-grained PAT and a GitHub App token?", "A fine-grained personal access token is tied to a user and a set of repositories; a GitHub App installation token is short-lived (one hour), tied to the app's installation, and is what you should use for the usage-record export job. Both are stored as secrets, never in code."))
    add("extension-safe", extension("docker", "why is my image 1.2 GB?", "The final stage copies the whole build context, including `node_modules` and `.git`. Add a `.dockerignore` and use a multi-stage build; the runtime image drops to about 180 MB."))
    add("windsurf-safe", windsurf("Running command", "$ terraform fmt -check -recursive\ninfra/ticketing/main.tf\ninfra/ticketing/variables.tf\n\nTwo files need formatting; I'll run `terraform fmt -recursive` and commit the result."))
    add("es-mx-order", "Pedido #MX-2026-004812 — 2 boletos, sección Platea B, fila 7. Estado: pagado. Fecha del evento: 2026-12-12 20:30. Código de descuento aplicado: NAVIDAD10.")
    add("pt-ao-meter", "Leitura do contador de água: 00481,37 m³ (2026-11-26). Próxima leitura prevista: 2026-12-26. Tarifa doméstica escalão 2.")
    add("fr-ci-doc", "Remplacez `VOTRE_CLE_API` par la clé fournie par l'opérateur de paiement. Exemple : `curl -H \"X-Api-Key: VOTRE_CLE_API\" https://api.exemple.ci/v1/solde`.")
    add("ar-eg-ids", "رقم الطلب 20261127-0418، رقم الفاتورة INV-2026-11-0932، كود المنتج SERUM-VC-30. الشحن المتوقع خلال 3 أيام عمل.")
    add("fa-version", "نسخه ۳.۴.۱ منتشر شد. تغییرات: رفع مشکل نمایش نقشه صندلی‌ها، به‌روزرسانی ترجمه‌های فارسی. شماره ساخت ۲۰۹۳۱.")
    add("ur-placeholder", "اپنی API کلید `<your-api-key>` کی جگہ لکھیں۔ اصل کلید کبھی بھی کوڈ میں نہ رکھیں، اسے ماحولیاتی متغیر سے پڑھیں۔")
    add("bn-build", "বিল্ড #৪১২ সফল হয়েছে। কমিট " + g.s(HEX, 7) + "। কোনো গোপন চাবি কোডে নেই; সব `${{ secrets.* }}` থেকে আসে।")
    add("ta-coords", "நீர்த்தேக்க உணரி இருப்பிடம்: 6.9271° N, 79.8612° E. அடுத்த அளவுத்திருத்தம் 2027-02-01.")
    add("ms-order", "No. pesanan: MY-2026-118412. Produk: krim pelembap 50 ml × 1. Status: dihantar. Anggaran tiba: 2026-11-30.")
    add("am-notice", "ማስታወቂያ፦ የውሃ አገልግሎት በ2026-12-03 ከጠዋቱ 2 ሰዓት እስከ ምሽቱ 10 ሰዓት ለጥገና ይቋረጣል።")
    add("et-release", "Versioon 2.1.0: parandatud piletite QR-koodi kuvamine, lisatud eesti- ja soomekeelsed tõlked. Ehitus #8812, commit " + g.s(HEX, 7) + ".")
    add("yo-notice", "Ìkéde: Ilé ìkàwé yóò ti ní ọjọ́ 2026-12-25. Àwọn ìwé tí ẹ yá gbọ́dọ̀ padà sí ọjọ́ 2027-01-05.")
    add("nl-identifiers", "De functie `berekenWaterTarief(verbruikM3, tariefCode)` gebruikt `TARIEF_2026_Q4`; zie ook `MeterUitleesService` en `LekAlarmDrempel`.")
    return out
