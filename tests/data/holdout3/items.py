# ruff: noqa: E501  -- item tables hold whole texts on one line; foreign letters are intended.
"""Third held-out set: agent material (tool-call JSON, shell, config file reads, git, CI, stack
traces, header-less CSV, SQL dumps, chat pastes, markdown answers) written blind, after the
detectors were tuned on holdout and holdout2 (see tests/data/holdout3/README.md).
"""

from __future__ import annotations

from _markup import A, C, E, P, S, T, U, cat_n, create_file, fenced, m, openai_call, read_file, shell, tool_result
from _values import ALNUM, DIGITS, HEX, LOWNUM, UPNUM, Gen, iban, luhn_complete

J1 = '{"aud":"94d59cef","sub":"381204","scopes":[]}'
J2 = '{"nbf":1716210000}'
J3 = '{"a":"rw","iat":1717000000,"id":"f1c0"}'
J4 = '{"sub":"svc-report","exp":1735689600}'


def ec_pem(g: Gen) -> str:
    """An EC private key as it appears inside a JSON string (escaped line breaks)."""
    return "-----BEGIN EC PRIVATE KEY-----\\n" + g.b64(48) + "\\n" + g.b64(40) + "\\n-----END EC PRIVATE KEY-----\\n"


def secrets(g: Gen) -> list[tuple[str, list[str], str]]:
    out: list[tuple[str, list[str], str]] = []

    def add(p: str, t: str) -> None:
        out.append((f"holdout3:{p}", [p], t))

    add("mistral", openai_call("run_in_terminal", {"command": f"curl -s https://api.mistral.ai/v1/models -H \"Authorization: Bearer {S(g.mixed(ALNUM, 32))}\" | jq '.data[].id'"}))
    add("cohere", f"import cohere\nco = cohere.ClientV2(\"{S(g.mixed(ALNUM, 40))}\")\nresp = co.chat(model=\"command-r\", messages=msgs)")
    add("fireworks", f"FIREWORKS_API_KEY={S('fw_' + g.mixed(ALNUM, 24))}\nFIREWORKS_MODEL=accounts/fireworks/models/llama-v3p1-8b-instruct")
    add("togetherai", tool_result(f"$ cat .env.local\nTOGETHER_API_KEY={S('tgp_v1_' + g.mixed(ALNUM + '-_', 43))}\nNEXT_PUBLIC_APP_NAME=tutorbot\n"))
    add("deepseek", f"I set `DEEPSEEK_API_KEY` to {S('sk-' + g.s(HEX, 32))} in my shell but the client still says 401, any idea why?")
    add("elevenlabs", f"const eleven = new ElevenLabsClient({{ apiKey: \"{S('sk_' + g.s(HEX, 48))}\" }});")
    add("assemblyai", f"aai.settings.api_key = \"{S(g.s(HEX, 32))}\"\ntranscriber = aai.Transcriber()")
    add("deepgram", shell("deepgram-cli transcribe call.wav --key " + S(g.s(HEX, 40)), "Transcribing call.wav (2m14s)...\ndone"))
    add("weaviate", create_file("rag/store.py", f"client = weaviate.connect_to_weaviate_cloud(\n    cluster_url=WCD_URL,\n    auth_credentials=Auth.api_key(\"{S(g.mixed(ALNUM, 40))}\"),\n)\n"))
    add("qdrant", f"qdrant:\n  url: https://7f3e1c2a-qd.eu-central.aws.cloud.qdrant.io:6333\n  api_key: {S(g.mixed(ALNUM + '_-', 54))}\n  collection: docs_v3")
    add("vercel", openai_call("bash", {"cmd": f"vercel deploy --prod --token {S(g.mixed(ALNUM, 24))} --yes"}))
    add("netlify", f"[build.environment]\n  NODE_VERSION = \"20\"\n  NETLIFY_AUTH_TOKEN = \"{S('nfp_' + g.mixed(ALNUM, 36))}\"")
    add("railway", f"- name: Deploy\n  run: railway up --service api\n  env:\n    RAILWAY_TOKEN: {S(g.uuid())}")
    add("launchdarkly", f"ldclient.set_config(Config(\"{S('sdk-' + g.uuid())}\"))")
    add("mixpanel", f"Mixpanel project token is public-ish but the service account secret isn't: MIXPANEL_SA_SECRET={S(g.mixed(ALNUM, 32))}")
    add("hubspot", f"headers = {{\"Authorization\": \"Bearer {S('pat-eu1-' + g.uuid())}\", \"Content-Type\": \"application/json\"}}")
    add("zendesk", shell(f"curl https://acmehelp.zendesk.com/api/v2/tickets.json -u {E('ops.bot@acmehelp.io')}/token:{S(g.mixed(ALNUM, 40))}", '{"tickets":[],"count":0}'))
    add("pagerduty", read_file("terraform/providers.tf", f"provider \"pagerduty\" {{\n  token = \"{S('u+' + g.mixed(ALNUM + '_-', 18))}\"\n}}"))
    add("snyk", f"SNYK_TOKEN: ${{{{ secrets.SNYK_TOKEN }}}}\n# local fallback, remove before commit\n# SNYK_TOKEN={S(g.uuid())}")
    add("browserstack", f"export BROWSERSTACK_USERNAME={U('rkapoor_Xq7Lm2')}\nexport BROWSERSTACK_ACCESS_KEY={S(g.mixed(ALNUM, 20))}")
    add("saucelabs", f"capabilities:\n  sauce:options:\n    username: {U('mvandenberg')}\n    accessKey: {S(g.uuid())}")
    add("meilisearch", shell(f"docker run -d -p 7700:7700 -e MEILI_MASTER_KEY='{S(g.mixed(ALNUM + '-_', 32))}' getmeili/meilisearch:v1.8"))
    add("resend", f"const resend = new Resend('{S('re_' + g.mixed(ALNUM, 8) + '_' + g.mixed(ALNUM, 24))}');")
    add("sparkpost", f"SPARKPOST_API_KEY = \"{S(g.s(HEX, 40))}\"  # from the EU account")
    add("mailersend", f"MAILERSEND_API_TOKEN={S('mlsn.' + g.s(HEX, 64))}")
    add("wise", tool_result(f"[read_file config/payments.yaml]\n   1\twise:\n   2\t  profile_id: 18472211\n   3\t  api_token: {S(g.uuid())}\n   4\t  sandbox: false\n"))
    add("gocardless", f"client = gocardless_pro.Client(access_token=\"{S('live_' + g.mixed(ALNUM + '-_', 40))}\", environment=\"live\")")
    add("lemonsqueezy", f"LEMONSQUEEZY_API_KEY={S(g.jwt(J1))}")
    add("coinbase", f"{{\n  \"name\": \"organizations/5e1f/apiKeys/91ab\",\n  \"privateKey\": \"{S(ec_pem(g))}\"\n}}")
    add("etherscan", f"ETHERSCAN_API_KEY={S(g.s(UPNUM, 34))}\nPOLYGONSCAN_API_KEY=")
    add("infura", f"const provider = new ethers.InfuraProvider(\"mainnet\", \"{S(g.s(HEX, 32))}\");")
    add("alchemy", f"RPC_URL=https://eth-mainnet.g.alchemy.com/v2/{S(g.mixed(ALNUM + '_-', 32))}")
    add("azuredevops", shell(f"git clone https://{U('build')}:{S(g.s(LOWNUM, 52))}@dev.azure.com/contoso/Platform/_git/infra", "Cloning into 'infra'...\nremote: Azure Repos\nReceiving objects: 100% (4211/4211), done."))
    add("sonarcloud", f"mvn verify sonar:sonar -Dsonar.projectKey=acme_billing -Dsonar.token={S(g.s(HEX, 40))}")
    add("coveralls", f"repo_token: {S(g.mixed(ALNUM, 33))}\nservice_name: github-actions")
    add("octopus", f"octo push --package app.1.4.2.zip --server https://deploy.acme.io --apiKey {S('API-' + g.s(UPNUM, 27))}")
    add("jenkins", f"JENKINS_URL=https://ci.internal.acme.io\nJENKINS_USER={U('tbakker')}\nJENKINS_API_TOKEN={S('11' + g.s(HEX, 32))}")
    add("gitea", f"Here's my app.ini bit in case it matters:\n\n```ini\n[security]\nINSTALL_LOCK = true\nSECRET_KEY = {S(g.mixed(ALNUM, 64))}\nINTERNAL_TOKEN = {S(g.jwt(J2))}\n```")
    add("bitwarden", f"bws secret list --access-token {S('0.' + g.uuid() + '.' + g.mixed(ALNUM, 30) + ':' + g.b64(16).rstrip('='))}")
    add("honeycomb", f"OTEL_EXPORTER_OTLP_HEADERS=\"x-honeycomb-team={S(g.mixed(ALNUM, 22))}\"")
    add("logzio", f"<appender name=\"LogzioLogbackAppender\" class=\"io.logz.logback.LogzioLogbackAppender\">\n    <token>{S(g.mixed(ALNUM, 32))}</token>\n    <logzioUrl>https://listener-eu.logz.io:8071</logzioUrl>\n</appender>")
    add("newrelic", f"license_key: {S(g.s(HEX, 36) + 'NRAL')}\napp_name: checkout-service")
    add("splunk", f"curl -k https://splunk.acme.io:8088/services/collector -H \"Authorization: Splunk {S(g.uuid())}\" -d '{{\"event\":\"deploy\"}}'")
    add("confluent", f"bootstrap.servers=pkc-4r087.westeurope.azure.confluent.cloud:9092\nsecurity.protocol=SASL_SSL\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username='{S(g.s(UPNUM, 16))}' password='{S(g.mixed(ALNUM + '+/', 64))}';")
    add("mongodbatlas", openai_call("edit", {"path": "api/.env", "content": f"MONGO_URI=mongodb+srv://{U('app_rw')}:{S(g.password())}@cluster0.x8kq2.mongodb.net/shop?retryWrites=true"}))
    add("turso", f"TURSO_DATABASE_URL=libsql://notes-ivanp.turso.io\nTURSO_AUTH_TOKEN={S(g.jwt(J3))}")
    add("password", read_file(".npmrc", f"registry=https://registry.npmjs.org/\n@acme:registry=https://npm.pkg.acme.io/\n//npm.pkg.acme.io/:_authToken={S(g.mixed(ALNUM, 36))}\nalways-auth=true"))
    add("password", cat_n("~/.pypirc", f"[distutils]\nindex-servers =\n    internal\n\n[internal]\nrepository = https://pypi.acme.io/simple/\nusername = {U('deploy-lmorel')}\npassword = {S(g.password())}"))
    add("generic", tool_result(f"$ cat ~/.docker/config.json\n{{\n  \"auths\": {{\n    \"registry.acme.io\": {{\n      \"auth\": \"{S(g.b64(27))}\"\n    }}\n  }},\n  \"credsStore\": \"\"\n}}\n"))
    add("generic", read_file("kubeconfig", f"users:\n- name: dev-admin\n  user:\n    token: {S(g.mixed(ALNUM, 24) + '.' + g.mixed(ALNUM, 48))}\n    client-key-data: {S(g.b64(120))}"))
    add("password", cat_n("envs/prod/terraform.tfvars", f"region        = \"eu-west-1\"\ndb_username   = \"{U('billing_admin')}\"\ndb_password   = \"{S(g.password())}\"\ninstance_type = \"t3.medium\""))
    add("password", read_file("src/Api/appsettings.json", f"{{\n  \"ConnectionStrings\": {{\n    \"Default\": \"Server=tcp:acme-sql.database.windows.net,1433;Initial Catalog=orders;User ID={U('ordersvc')};Password={S(g.password())};Encrypt=True;\"\n  }},\n  \"Logging\": {{ \"LogLevel\": {{ \"Default\": \"Information\" }} }}\n}}"))
    add("generic", f"2024-05-14T09:12:44.118Z [build] Step 4/9 : RUN echo \"machine github.com login x-oauth password {S(g.github('ghp'))}\" > ~/.netrc")
    add("password", shell("mysqldump -h db1.internal -u backup -p" + S(g.password()) + " --single-transaction shop > shop.sql", "mysqldump: [Warning] Using a password on the command line interface can be insecure."))
    add("password", f"Subject: prod DB creds\n\nhey, the new password for the reporting user is {S(g.password())} — please don't paste it in the channel again")
    add("generic", f"Traceback (most recent call last):\n  File \"/srv/app/worker.py\", line 88, in <module>\n    client = Client(api_key=\"{S('live_' + g.s(HEX, 40))}\")\n  File \"/srv/app/venv/lib/python3.11/site-packages/payx/client.py\", line 31, in __init__\n    raise AuthError(\"key revoked\")\npayx.errors.AuthError: key revoked")
    add("jwt", f"| header | value |\n|---|---|\n| Authorization | Bearer {S(g.jwt(J4))} |\n| X-Request-Id | 7d1f |")
    add("pem", tool_result(f"$ cat deploy_key\n{S(g.openssh())}\n"))
    add("generic", f"commit 5c2e9d1a7b3f\nAuthor: {P('Ilse de Vries')} <{E('ilse.devries@acme.nl')}>\nDate:   Tue May 14 10:22:31 2024 +0200\n\n    temp: hardcode webhook secret {S('whsec_' + g.mixed(ALNUM, 32))} until vault works")
    add("password", f"psql \"host=10.20.3.4 port=5432 dbname=ledger user={U('ledger_app')} password={S(g.password())} sslmode=require\"")
    add("generic", f"[Jira] OPS-4412 Rotate leaked key\nDescription: the CI log printed {S('AKIA' + g.s(UPNUM, 16))} / {S(g.mixed(ALNUM + '/+', 40))} on line 212, please rotate both.")
    add("generic", f"**{P('Aleksander Nowak')}** 3:41 PM\nhere's the staging admin token for the demo: `{S(g.mixed(ALNUM, 28))}` (expires friday)")
    return out


def pii(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(src: str, t: str) -> None:
        out.append((f"holdout3:{src}", t))

    add("csv_headerless", tool_result(f"$ head -3 exports/customers_2024.csv\n1001,{P('Jane Doe')},{E('jane.doe@quickmail.com')},{T('+1 555 201 8834')}\n1002,{P('Tomasz Wójcik')},{E('t.wojcik@poczta.pl')},{T('+48 601 223 947')}\n1003,{P('Aiko Tanaka')},{E('aiko.t@mailbox.jp')},{T('+81 90 4412 7781')}\n"))
    add("csv_headerless", f"...truncated...\n2217,{P('Rafael Moreno')},{E('rmoreno@correo.es')},Madrid,active\n2218,{P('Chloe Bennett')},{E('chloe.bennett@outlook.com')},Leeds,churned")
    add("csv_headerless", read_file("data/leads.csv", f"{P('Oluwaseun Bakare')},{E('seun.bakare@gmail.com')},{T('+234 803 555 0192')},Lagos\n{P('Mei Lin Chow')},{E('meilin.chow@yahoo.com.hk')},{T('+852 9123 4567')},Hong Kong"))
    add("csv_headerless", f"the import failed on this row, can you see why?\n\n```\n88412;{P('Greta Lindqvist')};{E('greta.lindqvist@telia.se')};{T('070-123 45 67')};{A('Storgatan 14, 411 38 Göteborg')}\n```")
    add("sql_dump", f"INSERT INTO `users` VALUES (1,'{P('Henrik Sørensen')}','{E('henrik.s@firma.dk')}','{T('+45 22 18 40 77')}','2023-01-04 10:11:12'),(2,'{P('Laura Bianchi')}','{E('laura.bianchi@libero.it')}','{T('+39 347 118 2290')}','2023-01-05 08:00:03');")
    add("sql_dump", f"COPY public.customers (id, full_name, email, city) FROM stdin;\n17\t{P('Ngozi Eze')}\t{E('ngozi.eze@proton.me')}\tAbuja\n18\t{P('Pieter Janssens')}\t{E('pieter.janssens@telenet.be')}\tGent\n\\.")
    add("sql_result", tool_result(f"$ psql -c \"select id, name, phone from patients where id in (4,9)\"\n id |      name       |     phone\n----+-----------------+----------------\n  4 | {P('Dorothy Keane')}   | {T('(617) 555-0148')}\n  9 | {P('Samir Haddad')}    | {T('(617) 555-0173')}\n(2 rows)\n"))
    add("address_comma", f"Ship the replacement to {A('Keizersgracht 221, 1016 DV Amsterdam')}, the customer is away until Monday.")
    add("address_comma", f"Billing address on the invoice: {A('Via Roma 12, 20121 Milano MI')}. Please reissue with the VAT number.")
    add("address_comma", f"ok so the form rejects {A('Mariahilfer Straße 88, 1070 Wien')} because of the ß, I think the validator is ASCII only")
    add("address_comma", f"{{\"order\": 5512, \"deliver_to\": \"{A('27 Rue du Faubourg Saint-Antoine, 75011 Paris')}\", \"status\": \"held\"}}")
    add("address_comma", f"New office from June: {A('Level 5, 120 Collins Street, Melbourne VIC 3000')}")
    add("address_comma", f"customer says parcel went to {A('Calle Mayor 7, 3º, 28013 Madrid')} instead of her work address")
    add("address_comma", f"Shipping label preview:\n{P('Kwame Mensah')}\n{A('14 Independence Avenue, Accra')}\n{T('+233 24 412 9087')}")
    add("address_comma", f"My landlord is at {A('Bredgade 40, 1260 København K')} if you need to send the notice by post.")
    add("slack", f"**{P('Fatima Al-Sayed')}** 10:02 AM\n@channel deploy is blocked on the migration\n**{P('Jonas Weber')}** 10:04 AM\ni'll look, ping {P('Priyanka')} if it's the index again")
    add("teams", f"[14:31] {P('Sofia Castellanos')}\nCan someone call the client back? Her number is {T('+34 612 448 901')}\n[14:33] {P('Marek Horvat')}\nOn it")
    add("jira", f"OPS-3120: Refund not processed\nReporter: {P('Beatriz Antunes')}\nAssignee: {P('Declan Murphy')}\nDescription: Customer {P('Hannah Schulz')} ({E('h.schulz@gmx.de')}) was charged twice on 12 May.")
    add("git_log", shell("git log -3 --format='%h %an <%ae> %s'", f"a91c2e4 {P('Yusuf Demir')} <{E('yusuf.demir@acme.io')}> fix retry loop\n77b01fd {P('Camille Laurent')} <{E('camille.laurent@acme.io')}> bump deps\n3f0c8aa dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com> Bump axios"))
    add("git_blame", shell("git blame -L 40,42 src/billing.ts", f"4e7a1c9b ({P('Rohan Iyer')}      2024-03-02 11:14:09 +0530 40)   const total = sum(items);\n4e7a1c9b ({P('Rohan Iyer')}      2024-03-02 11:14:09 +0530 41)   if (total < 0) throw new Error('neg');\nd1f09e22 ({P('Emma Lindgren')}   2024-04-18 16:02:55 +0200 42)   return round(total, 2);"))
    add("stack_win", f"Unhandled exception. System.IO.FileNotFoundException: Could not find file 'C:\\Users\\{U('mkowalczyk')}\\source\\repos\\Shop\\appsettings.Development.json'.\n   at System.IO.FileStream.ValidateFileHandle(SafeFileHandle fileHandle)")
    add("stack_mac", f"Error: ENOENT: no such file or directory, open '/Users/{U('lucia.ferraro')}/projects/site/.env'\n    at Object.openSync (node:fs:596:3)\n    at readFileSync (node:fs:464:35)")
    add("stack_linux", f"  File \"/home/{U('dkipchoge')}/work/etl/.venv/lib/python3.12/site-packages/pandas/io/parsers/readers.py\", line 1026, in read_csv\nFileNotFoundError: [Errno 2] No such file or directory: 'input.csv'")
    add("stack_win_json", openai_call("read_file", {"path": f"C:\\Users\\{U('ahmed.farouk')}\\Documents\\invoices\\2024-04.xlsx"}))
    add("ci_log", f"2024-05-20T08:14:02.5521Z ##[group]Run actions/checkout@v4\n2024-05-20T08:14:03.1020Z Triggered by {P('Nadia Petrova')} ({U('npetrova')})\n2024-05-20T08:14:05.8812Z Syncing repository: acme/shop")
    add("markdown_answer", f"Sure! Here's the updated signature block:\n\n---\n**Dr. {P('Anneliese Brandt')}**  \nHead of Research  \n{T('+49 30 2345 6789')} · {E('a.brandt@forschung-berlin.de')}\n---")
    add("prose", f"Can you write a polite reminder to Mr. {P('Okonkwo')} that his rent for {A('Flat 3, 18 Marlborough Road, Oxford OX1 4LP')} is overdue?")
    add("prose", f"My sister {P('Ingrid')} is flying in from Oslo; book her the 18:40 and put her number {T('+47 412 33 908')} on the booking.")
    add("prose", f"draft an email to {E('kevin.oduya@lawfirm.co.ke')} saying {P('Kevin')} can sign on thursday at our nairobi office")
    add("prose", f"The patient, {P('Maria Gonçalves')}, DOB {m('DATE_OF_BIRTH', '03/11/1958')}, reported dizziness after the dose change.")
    add("prose", f"refund to card {C(luhn_complete('4', 16, g))} please, customer {P('Thabo Nkosi')} confirmed on the phone")
    add("prose", f"Transfer the deposit to {m('IBAN_CODE', iban('NL', 'INGB' + g.s(DIGITS, 10)))} (account holder {P('Sander Visser')}).")
    add("prose", f"her SSN on the W-2 is {m('US_SSN', '512-44-' + g.s('123456789', 4))}, but the payroll system has a typo")
    add("prose", f"The server at {m('IP_ADDRESS', '81.143.22.' + str(g.rng.randint(10, 250)))} belongs to the home office of {P('Luca Romano')}, please whitelist it.")
    add("yaml", read_file("fixtures/staff.yaml", f"- id: 14\n  display_name: {P('Oksana Melnyk')}\n  work_email: {E('oksana.melnyk@acme.ua')}\n  mobile: \"{T('+380 67 123 4567')}\"\n- id: 15\n  display_name: {P('Pablo Ruiz')}\n  work_email: {E('pablo.ruiz@acme.es')}\n  mobile: \"{T('+34 699 020 331')}\""))
    add("json_tool", tool_result(f"{{\"results\": [{{\"customer\": {{\"firstName\": \"{P('Grace')}\", \"lastName\": \"{P('Achterberg')}\", \"email\": \"{E('grace.a@ziggo.nl')}\", \"address\": {{\"street\": \"{A('Lindenlaan 9')}\", \"city\": \"Utrecht\"}}}}}}]}}"))
    add("env_file", read_file(".env", f"ADMIN_NAME=\"{P('Viktor Petrov')}\"\nADMIN_EMAIL={E('viktor.petrov@acme.bg')}\nSUPPORT_PHONE={T('+359 88 812 3456')}"))
    add("vcard_like", f"Contact card from the CRM export:\nName: {P('Siobhán Ní Bhriain')}\nEmail: {E('siobhan.nibhriain@eircom.net')}\nPhone: {T('+353 87 331 2290')}\nAddress: {A('12 Main Street, Ennis, Co. Clare V95 X2P1')}")
    add("email_headers", f"From: {P('Arjun Mehta')} <{E('arjun.mehta@infotech.in')}>\nTo: {P('Li Wei')} <{E('li.wei@partner.cn')}>\nSubject: Re: contract draft v3")
    add("shell_whoami", shell("whoami && hostname", f"{U('kfernandes')}\nkf-thinkpad-x1"))
    add("ls", shell("ls -la /srv/uploads", f"drwxr-xr-x  4 {U('jdelacruz')} staff   128 May 12 09:14 .\n-rw-r--r--  1 {U('jdelacruz')} staff  4412 May 12 09:14 {P('Juan Dela Cruz')} - passport.pdf"))
    add("codeowners", f"# CODEOWNERS\n/billing/   @{U('hkimura')} @{U('s-obrien')}\n/docs/      @{U('amelie-roux')}")
    add("comment", f"// TODO({U('pvasquez')}): remove this once {P('Pilar Vásquez')} confirms the tax table for 2025\nconst RATE = 0.21;")
    add("phone_prose", f"call the plumber on {T('07700 900418')} before 5, he said he'd come tomorrow")
    add("phone_prose", f"Numéro du client : {T('06 71 24 93 58')}, il rappelle demain matin.")
    add("phone_prose", f"WhatsApp me at {T('+55 11 98765-4321')} when you land in São Paulo")
    add("address_us", f"Our return address changed to {A('4410 Westheimer Rd, Suite 210, Houston, TX 77027')}.")
    add("address_au", f"deliver to {A('Unit 7/42 Beach Road, Bondi NSW 2026')} and leave at the door")
    add("address_de", f"Rechnungsadresse: {A('Hauptstraße 5, 69117 Heidelberg')}")
    add("address_json_escaped", openai_call("create_file", {"path": "letters/notice.md", "content": f"# Notice\n\nTo: {P('Sebastian Kruger')}\n{A('Am Markt 3, 28195 Bremen')}\n\nDear Mr. {P('Kruger')},\n"}))
    add("teams_mention", f"{P('Olivia Grant')} (External) joined the meeting. {P('Tariq Hussain')} shared screen.")
    add("markdown_table", f"| owner | email | phone |\n|---|---|---|\n| {P('Elena Popescu')} | {E('elena.popescu@acme.ro')} | {T('+40 721 234 567')} |\n| {P('Kenji Watanabe')} | {E('k.watanabe@acme.jp')} | {T('+81 3 5555 0199')} |")
    add("log_user", f"2024-05-21 14:02:11,442 INFO auth.login user={E('sara.lindholm@acme.fi')} ip={m('IP_ADDRESS', '94.22.171.' + str(g.rng.randint(10, 250)))} result=ok")
    add("support_chat", f"Customer: hi, it's {P('Amara Okafor')}, order 55123\nAgent: Hi {P('Amara')}! Can you confirm the phone number on the account?\nCustomer: {T('+44 7911 123456')}")
    add("dob_form", f"{{\"applicant\": {{\"name\": \"{P('Rui Carvalho')}\", \"dob\": \"{m('DATE_OF_BIRTH', '1987-09-14')}\", \"nif\": \"XXXX\"}}}}")
    add("csv_headerless_semicolon", tool_result(f"Output truncated (2,114 lines):\n7001;{P('Zeynep Arslan')};{T('+90 532 411 20 98')};{E('zeynep.arslan@turk.net')}\n7002;{P('Mateo Silva')};{T('+598 94 123 456')};{E('mateo.silva@adinet.com.uy')}\n..."))
    add("csv_headerless_quoted", f"\"3391\",\"{P('Ewa Zielińska')}\",\"{E('ewa.zielinska@wp.pl')}\",\"PL\"\n\"3392\",\"{P('Noah Fischer')}\",\"{E('noah.fischer@bluewin.ch')}\",\"CH\"")
    add("pr_review", f"{P('Hamid Rezaei')} requested changes on this pull request\n> please don't log the customer's email ({E('anna.k@example-shop.de')}) in plain text")
    return out


def negatives(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(src: str, t: str) -> None:
        out.append((f"holdout3:{src}", t))

    add("pnpm_lock", f"  /@babel/core@7.24.5:\n    resolution: {{integrity: sha512-{g.b64(64)}}}\n    engines: {{node: '>=6.9.0'}}")
    add("cargo_lock", f"[[package]]\nname = \"serde_json\"\nversion = \"1.0.117\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"{g.s(HEX, 64)}\"")
    add("uuid_list", shell("kubectl get pods -o custom-columns=NAME:.metadata.name,UID:.metadata.uid", f"NAME                      UID\napi-7c9d5b7f6-x2kqp       {g.uuid()}\nworker-5d8f9c6b4-m8tzl    {g.uuid()}"))
    add("git_hashes", shell("git log --oneline -4", f"{g.s(HEX, 7)} Merge pull request #412 from acme/fix-timeouts\n{g.s(HEX, 7)} chore: bump eslint\n{g.s(HEX, 7)} feat: add retry budget\n{g.s(HEX, 7)} docs: changelog"))
    add("base64_img", f".logo {{ background-image: url(\"data:image/png;base64,{g.b64(180)}\"); }}")
    add("minified_js", "!function(e,t){\"object\"==typeof exports&&\"undefined\"!=typeof module?module.exports=t():\"function\"==typeof define&&define.amd?define(t):(e=e||self).Qx=t()}(this,function(){var e=\"2.4.1\",t=function(n){return n&&n.__esModule?n.default:n};return{version:e,unwrap:t}});")
    add("placeholder_env", read_file(".env.example", "DATABASE_URL=postgres://USER:PASSWORD@localhost:5432/app\nSTRIPE_SECRET_KEY=sk_test_your_key_here\nOPENAI_API_KEY=<your-openai-key>\nSESSION_SECRET=changeme"))
    add("test_fixture", create_file("tests/test_auth.py", "def test_rejects_bad_token(client):\n    resp = client.get('/me', headers={'Authorization': 'Bearer not-a-real-token'})\n    assert resp.status_code == 401\n\n\ndef test_password_policy():\n    assert not is_strong('password123')\n"))
    add("sha_sums", shell("sha256sum dist/*", f"{g.s(HEX, 64)}  dist/app-1.4.2-linux-amd64.tar.gz\n{g.s(HEX, 64)}  dist/app-1.4.2-darwin-arm64.tar.gz"))
    add("docker_digest", f"FROM python:3.12-slim@sha256:{g.s(HEX, 64)}\nRUN pip install --no-cache-dir -r requirements.txt")
    add("ci_log_clean", "2024-05-20T08:15:44.0012Z ##[group]Run npm ci\n2024-05-20T08:16:31.4410Z added 1322 packages in 46s\n2024-05-20T08:16:31.9981Z ##[endgroup]\n2024-05-20T08:16:32.0001Z ##[group]Run npm test -- --ci\n2024-05-20T08:17:02.7710Z Tests: 412 passed, 412 total")
    add("stack_clean", "Exception in thread \"main\" java.lang.NullPointerException: Cannot invoke \"String.length()\" because \"name\" is null\n\tat com.acme.orders.OrderService.validate(OrderService.java:118)\n\tat com.acme.orders.OrderController.create(OrderController.java:54)")
    add("tool_json_code", openai_call("apply_patch", {"path": "src/util/retry.ts", "patch": "@@ -10,3 +10,6 @@\n export function backoff(attempt: number): number {\n-  return 100 * attempt;\n+  const base = 100 * 2 ** attempt;\n+  const jitter = Math.random() * base * 0.1;\n+  return Math.min(base + jitter, 30_000);\n }"}))
    add("kube_secretref", "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: orders-db\n        key: password\n  - name: API_TOKEN\n    valueFrom:\n      secretKeyRef: {name: orders-api, key: token}")
    add("tfvars_clean", cat_n("envs/dev/terraform.tfvars", "region         = \"eu-central-1\"\ninstance_count = 2\nenable_waf     = true\ntags = {\n  team = \"platform\"\n  cost_center = \"cc-4410\"\n}"))
    add("appsettings_clean", read_file("appsettings.json", "{\n  \"Kestrel\": { \"Endpoints\": { \"Http\": { \"Url\": \"http://0.0.0.0:8080\" } } },\n  \"FeatureFlags\": { \"NewCheckout\": true },\n  \"AllowedHosts\": \"*\"\n}"))
    add("npmrc_clean", read_file(".npmrc", "registry=https://registry.npmjs.org/\nsave-exact=true\nengine-strict=true\n//npm.pkg.acme.io/:_authToken=${NPM_TOKEN}"))
    add("csv_products", tool_result("$ head -4 data/products.csv\n5001,Blue Widget,widgets,12.99,in_stock\n5002,Red Gadget,gadgets,8.50,backorder\n5003,Steel Bracket,hardware,3.10,in_stock\n"))
    add("csv_cities", "1,New York,US,8336817\n2,Los Angeles,US,3979576\n3,San Diego,US,1386932")
    add("sql_schema", "CREATE TABLE customers (\n  id BIGSERIAL PRIMARY KEY,\n  full_name TEXT NOT NULL,\n  email CITEXT UNIQUE NOT NULL,\n  phone TEXT,\n  created_at TIMESTAMPTZ DEFAULT now()\n);")
    add("markdown_howto", "To rotate your API key, open **Settings → API Keys**, click *Regenerate*, and update the `API_KEY` secret in your repository settings. Never commit the key itself; use `${{ secrets.API_KEY }}` in workflows.")
    add("go_sum", f"github.com/google/uuid v1.6.0 h1:{g.b64(32)}\ngithub.com/google/uuid v1.6.0/go.mod h1:{g.b64(32)}")
    add("pip_hashes", f"requests==2.32.3 \\\n    --hash=sha256:{g.s(HEX, 64)} \\\n    --hash=sha256:{g.s(HEX, 64)}")
    add("jira_clean", "OPS-4510: Upgrade Postgres to 16\nReporter: platform-bot\nLabels: infra, database\nDescription: Follow the runbook; maintenance window is Saturday 02:00-04:00 UTC.")
    add("slack_clean", "**deploy-bot** 9:01 AM\n:white_check_mark: shop-api v2.31.0 deployed to production (canary 10%)\n**deploy-bot** 9:15 AM\n:white_check_mark: canary promoted to 100%")
    add("git_config_clean", shell("git remote -v", "origin\tgit@github.com:acme/shop.git (fetch)\norigin\tgit@github.com:acme/shop.git (push)"))
    add("path_ci", "Run /home/runner/work/shop/shop/scripts/build.sh\n/home/runner/work/_temp/3f1e.sh: line 4: jq: command not found\nError: Process completed with exit code 127.")
    add("hex_ids", f"trace_id={g.s(HEX, 32)} span_id={g.s(HEX, 16)} parent={g.s(HEX, 16)} sampled=1")
    add("k8s_configmap", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-config\ndata:\n  LOG_LEVEL: info\n  CACHE_TTL: \"300\"\n  FEATURE_SEARCH_V2: \"true\"")
    add("python_code", fenced("python", "class TokenBucket:\n    def __init__(self, rate: float, capacity: int) -> None:\n        self.rate = rate\n        self.capacity = capacity\n        self.tokens = capacity\n\n    def take(self, n: int = 1) -> bool:\n        if self.tokens >= n:\n            self.tokens -= n\n            return True\n        return False", "Here's a simple token bucket for the rate limiter:"))
    add("sri", f"<script src=\"https://cdn.jsdelivr.net/npm/alpinejs@3.14.0/dist/cdn.min.js\" integrity=\"sha384-{g.b64(48)}\" crossorigin=\"anonymous\"></script>")
    add("aws_arns", "arn:aws:iam::123456789012:role/service-role/lambda-exec\narn:aws:s3:::acme-artifacts-eu/builds/*\narn:aws:kms:eu-west-1:123456789012:key/" + g.uuid())
    add("version_matrix", "strategy:\n  matrix:\n    python: ['3.10', '3.11', '3.12']\n    os: [ubuntu-22.04, windows-2022, macos-14]")
    add("docker_config_helper", tool_result("$ cat ~/.docker/config.json\n{\n  \"credHelpers\": {\n    \"123456789012.dkr.ecr.eu-west-1.amazonaws.com\": \"ecr-login\"\n  }\n}\n"))
    add("pypirc_clean", cat_n("~/.pypirc", "[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\n# password comes from keyring"))
    add("markdown_prose", "The team agreed to move the weekly sync to Thursdays and to keep the on-call rotation as it is. Next review is after the Q3 planning.")
    add("sql_dump_products", "INSERT INTO `products` VALUES (1,'Ergonomic Chair','furniture',249.00),(2,'Standing Desk','furniture',499.00),(3,'USB-C Hub','electronics',39.90);")
    return out
