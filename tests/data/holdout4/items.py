# ruff: noqa: E501  -- item tables hold whole texts on one line; foreign letters are intended.
"""Fourth held-out set: agent material written blind, after the round-3 fixes (see README.md).
Providers, carriers and sentence shapes none of eval-dev or holdout 1-3 used.
"""

from __future__ import annotations

from _markup import A, C, E, P, S, T, U, cat_n, create_file, fenced, m, openai_call, read_file, shell, tool_result
from _values import ALNUM, DIGITS, HEX, LOWNUM, UPNUM, Gen, iban, luhn_complete

J1 = '{"iss":"convex","sub":"deploy","iat":1718000000}'
J2 = '{"role":"service_role","ref":"q1w2"}'
J3 = '{"tid":"8812","scope":"read:all"}'


def secrets(g: Gen) -> list[tuple[str, list[str], str]]:
    out: list[tuple[str, list[str], str]] = []

    def add(p: str, t: str) -> None:
        out.append((f"holdout4:{p}", [p], t))

    add("anyscale", openai_call("terminal", {"command": f"export ANYSCALE_CLI_TOKEN={S('aph0_' + g.mixed(ALNUM, 40))} && anyscale job submit job.yaml"}))
    add("baseten", f"import baseten\nbaseten.login(\"{S(g.mixed(ALNUM, 8) + '.' + g.mixed(ALNUM, 32))}\")\nmodel = baseten.deployed_model_id(\"qwr8x1\")")
    add("modal", shell(f"modal token set --token-id {S('ak-' + g.mixed(ALNUM, 22))} --token-secret {S('as-' + g.mixed(ALNUM, 22))}", "Token verified successfully!\nToken written to /root/.modal.toml"))
    add("runpod", f"runpod.api_key = \"{S(g.s(UPNUM, 32))}\"\nendpoint = runpod.Endpoint(\"vllm-7b\")")
    add("lambdalabs", f"curl -u {S('secret_' + g.s(LOWNUM, 20) + '_' + g.s(HEX, 32))}: https://cloud.lambdalabs.com/api/v1/instances")
    add("cartesia", f"the voice api keeps returning 403 even though my key {S('sk_car_' + g.mixed(ALNUM, 22))} worked yesterday, is there a quota?")
    add("elasticcloud", read_file("config/elastic.yml", f"cloud_id: \"prod:ZXUtd2VzdC0xLmF3cy5mb3VuZC5pbyQ\"\napi_key: \"{S(g.b64(42))}\"\nindex: logs-app"))
    add("pusher", f"const pusher = new Pusher({{\n  appId: \"1780042\",\n  key: \"{g.s(HEX, 20)}\",\n  secret: \"{S(g.s(HEX, 20))}\",\n  cluster: \"eu\",\n}});")
    add("vonage", f"VONAGE_API_KEY={S(g.s(HEX, 8))}\nVONAGE_API_SECRET={S(g.mixed(ALNUM, 16))}\nVONAGE_FROM=AcmeShop")
    add("messagebird", f"client = messagebird.Client('{S('live_' + g.mixed(ALNUM, 25))}')")
    add("sinch", f"Sinch service plan id is 4f1c8e, api token: {S(g.s(HEX, 32))} (don't share outside #sms-team)")
    add("freshdesk", shell(f"curl -u {S(g.mixed(ALNUM, 20))}:X -H 'Content-Type: application/json' https://acmecare.freshdesk.com/api/v2/tickets?per_page=5", "[{\"id\":9912,\"subject\":\"Cannot log in\"}]"))
    add("asana", f"ASANA_PAT = \"{S('2/' + g.s(DIGITS, 16) + '/' + g.s(DIGITS, 16) + ':' + g.s(HEX, 32))}\"")
    add("mondaycom", openai_call("http_request", {"method": "POST", "url": "https://api.monday.com/v2", "headers": f"{{\"Authorization\": \"{S(g.jwt(J3))}\"}}", "body": "{\"query\": \"{ boards(limit:1) { id } }\"}"}))
    add("miro", f"MIRO_ACCESS_TOKEN='{S('eyJtaXJvLm9yaWdpbiI6ImV1MDEifQ_' + g.mixed(ALNUM + '-_', 27))}'")
    add("dropbox", f"dbx = dropbox.Dropbox(\"{S('sl.' + g.mixed(ALNUM + '-_', 130))}\")")
    add("zoom", tool_result(f"[read_file .env.production]\n   4\tZOOM_ACCOUNT_ID=aB3xQ9\n   5\tZOOM_CLIENT_ID=Kp2mW8rT\n   6\tZOOM_CLIENT_SECRET={S(g.mixed(ALNUM, 32))}\n"))
    add("calendly", f"> **Note**\n> Calendly personal access token for the booking bot: `{S(g.jwt(J1))}`")
    add("docusign", read_file("docusign/private.key", S(g.pem("RSA PRIVATE KEY", 6))))
    add("hcp", f"HCP_CLIENT_ID={g.mixed(ALNUM, 32)}\nHCP_CLIENT_SECRET={S(g.mixed(ALNUM + '-_', 64))}")
    add("statsig", f"Statsig.initialize(\"{S('secret-' + g.mixed(ALNUM, 43))}\", {{ environment: {{ tier: 'production' }} }})")
    add("amplitude", f"# analytics\nAMPLITUDE_API_KEY={g.s(HEX, 32)}\nAMPLITUDE_SECRET_KEY={S(g.s(HEX, 32))}")
    add("segment", f"analytics.write_key = '{S(g.mixed(ALNUM, 32))}'\nanalytics.debug = False")
    add("fastly", shell(f"fastly service list --token {S(g.mixed(ALNUM + '-_', 32))}", "NAME        ID                      VERSION\nwww-prod    4Hk2xP0aQm9sZ1tYbN3cV  88"))
    add("bunnycdn", f"curl --request PUT --url https://storage.bunnycdn.com/acme-assets/img/logo.png --header 'AccessKey: {S(g.uuid() + '-' + g.s(HEX, 4) + '-' + g.s(HEX, 4))}' --data-binary @logo.png")
    add("uploadcare", f"UPLOADCARE_PUBLIC_KEY={g.s(HEX, 20)}\nUPLOADCARE_SECRET_KEY={S(g.s(HEX, 20))}")
    add("cloudsmith", f"pip install acme-core --index-url https://{U('token')}:{S(g.s(HEX, 40))}@dl.cloudsmith.io/basic/acme/internal/python/simple/")
    add("gemfury", f"source \"https://{S(g.mixed(ALNUM, 20))}@gem.fury.io/acme/\"\ngem \"acme-auth\", \"~> 2.1\"")
    add("quay", shell(f"docker login -u=\"acme+ci_robot\" -p=\"{S(g.s(UPNUM, 64))}\" quay.io", "WARNING! Using --password via the CLI is insecure. Use --password-stdin.\nLogin Succeeded"))
    add("sonatype", f"<server>\n  <id>ossrh</id>\n  <username>{U('kr_deploy')}</username>\n  <password>{S(g.mixed(ALNUM + '+/', 44))}</password>\n</server>")
    add("gradleplugin", cat_n("~/.gradle/gradle.properties", f"org.gradle.jvmargs=-Xmx2g\ngradle.publish.key={S(g.mixed(ALNUM, 32))}\ngradle.publish.secret={S(g.mixed(ALNUM, 32))}"))
    add("convex", f"CONVEX_DEPLOY_KEY=prod:happy-otter-123|{S(g.mixed(ALNUM, 60))}")
    add("appwrite", f"const client = new sdk.Client()\n    .setEndpoint('https://cloud.appwrite.io/v1')\n    .setProject('64fa1c')\n    .setKey('{S('standard_' + g.s(HEX, 96))}');")
    add("hasura", f"HASURA_GRAPHQL_ADMIN_SECRET: {S(g.mixed(ALNUM, 32))}\nHASURA_GRAPHQL_ENABLE_CONSOLE: \"false\"")
    add("fauna", f"const client = new Client({{ secret: \"{S('fnA' + g.mixed(ALNUM + '_-', 37))}\" }});")
    add("aiven", tool_result(f"$ avn user login --token\nToken: {S(g.b64(279).rstrip('='))}\nLogged in as {E('ops@acme.io')}\n"))
    add("clickhouse", f"clickhouse-client --host q7x1.eu-west-1.aws.clickhouse.cloud --secure --user default --password '{S(g.password())}' --query 'SELECT 1'")
    add("snowflake", read_file("profiles.yml", f"analytics:\n  target: prod\n  outputs:\n    prod:\n      type: snowflake\n      account: xy12345.eu-central-1\n      user: {U('DBT_SVC')}\n      password: \"{S(g.password())}\"\n      warehouse: TRANSFORM_WH"))
    add("xendit", f"Xendit.set_api_key('{S('xnd_production_' + g.mixed(ALNUM, 60))}')")
    add("mercadopago", f"sdk = mercadopago.SDK(\"{S('APP_USR-' + g.s(DIGITS, 16) + '-' + g.s(DIGITS, 6) + '-' + g.s(HEX, 32) + '-' + g.s(DIGITS, 9))}\")")
    add("klarna", f"Basic auth for the Klarna playground is {U('PK81234_a1b2c3d4')} / {S('klarna_test_api_' + g.mixed(ALNUM, 40))}")
    add("bitly", f"BITLY_TOKEN = {S(g.s(HEX, 40))}  # generic access token")
    add("jwt", f"SUPABASE_URL=https://q1w2.supabase.co\nSUPABASE_SERVICE_ROLE_KEY={S(g.jwt(J2))}")
    add("password", f"ssh admin@10.0.8.12 -- the password is {S(g.password())} until we move to keys")
    add("password", openai_call("run_command", {"cmd": f"sshpass -p '{S(g.password())}' rsync -av ./dist/ deploy@web3:/var/www/"}))
    add("password", f"Redis: `redis-cli -h cache.internal -a {S(g.password())} --no-auth-warning INFO keyspace`")
    add("generic", f"2024-06-02 11:04:19 WARN  http.client - retrying POST /v1/charge with header X-Api-Key={S(g.mixed(ALNUM, 36))} (attempt 2/3)")
    add("generic", f"/* TEMP: remove before merging, internal service key */\nconst INTERNAL_KEY = \"{S(g.mixed(ALNUM, 40))}\";")
    add("pem", f"Here is the key they sent me in the ticket, can you tell me if it's the right format?\n\n{S(g.pem('PRIVATE KEY', 5))}")
    add("generic", f"```toml\n[registries.acme]\nindex = \"sparse+https://cargo.acme.io/index/\"\ntoken = \"Bearer {S(g.mixed(ALNUM, 40))}\"\n```")
    return out


def pii(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(src: str, t: str) -> None:
        out.append((f"holdout4:{src}", t))

    add("tool_json_contact", openai_call("crm_create_contact", {"first_name": P("Bronwyn"), "last_name": P("Tallis"), "email": E("bronwyn.tallis@bigpond.com"), "phone": T("+61 412 778 903")}))
    add("tool_json_lookup", tool_result(f"{{\"ok\":true,\"user\":{{\"id\":\"U04QX\",\"real_name\":\"{P('Matías Fernández')}\",\"profile\":{{\"email\":\"{E('matias.fernandez@acme.cl')}\",\"phone\":\"{T('+56 9 8765 4321')}\"}}}}}}"))
    add("tool_json_order", openai_call("submit_order", {"ship_name": P("Ioana Dumitrescu"), "ship_address": A("Strada Lipscani 21, 030031 București"), "card_last4": "4417"}))
    add("grep_output", shell("grep -rn 'owner' config/", f"config/team.yml:3:owner: {P('Wilhelmina Achebe')}\nconfig/team.yml:4:owner_email: {E('w.achebe@acme.co.uk')}\nconfig/oncall.yml:12:escalation_phone: {T('+44 20 7946 0321')}"))
    add("docker_logs", shell("docker logs signup-api --tail 3", f"[info] new signup email={E('tuan.nguyen88@gmail.com')} name=\"{P('Nguyen Van Tuan')}\"\n[info] sms sent to {T('+84 912 345 678')}\n[warn] captcha score low"))
    add("journalctl", f"Jun 03 09:12:44 web2 app[2231]: password reset requested for {E('kateryna.bondar@ukr.net')} from {m('IP_ADDRESS', '176.36.41.' + str(g.rng.randint(10, 250)))}")
    add("nginx_log", f"{m('IP_ADDRESS', '203.0.113.' + str(g.rng.randint(10, 250)))} - {U('hpark')} [03/Jun/2024:10:22:11 +0000] \"GET /account/orders HTTP/2.0\" 200 5121 \"-\" \"Mozilla/5.0\"")
    add("mongo_shell", shell("mongosh shop --eval 'db.customers.findOne({_id: 4412})'", f"{{\n  _id: 4412,\n  name: '{P('Florian Gruber')}',\n  email: '{E('florian.gruber@aon.at')}',\n  address: '{A('Landstraßer Hauptstraße 71, 1030 Wien')}'\n}}"))
    add("redis_get", shell("redis-cli HGETALL session:8f1c", f"1) \"user\"\n2) \"{E('dana.kowalski@fastmail.com')}\"\n3) \"display\"\n4) \"{P('Dana Kowalski')}\""))
    add("python_repr", f">>> Customer.objects.get(pk=91)\n<Customer: {P('Thandiwe Dlamini')} ({E('thandiwe.d@webmail.co.za')})>")
    add("pytest_failure", f"E       AssertionError: assert 'Mr {P('Olusegun Adeyemi')}' == 'Mr. {P('Olusegun Adeyemi')}'\nE         - Mr. {P('Olusegun Adeyemi')}\nE         + Mr {P('Olusegun Adeyemi')}")
    add("json_log_line", f"{{\"level\":\"error\",\"ts\":1717409000.12,\"msg\":\"payment declined\",\"customer\":\"{P('Ravi Shankar Pillai')}\",\"card\":\"{C(luhn_complete('5', 16, g))}\"}}")
    add("xml_payload", f"<Customer>\n  <FullName>{P('Anouk Verhoeven')}</FullName>\n  <Email>{E('anouk.verhoeven@kpnmail.nl')}</Email>\n  <Iban>{m('IBAN_CODE', iban('NL', 'RABO' + g.s(DIGITS, 10)))}</Iban>\n</Customer>")
    add("graphql_result", tool_result(f"{{\"data\":{{\"viewer\":{{\"login\":\"{U('sbalogun')}\",\"name\":\"{P('Sade Balogun')}\",\"email\":\"{E('sade.balogun@acme.ng')}\"}}}}}}"))
    add("csv_header_pipe", f"id|name|phone\n31|{P('Kalani Akana')}|{T('(808) 555-0192')}\n32|{P('Lars Eriksen')}|{T('+47 930 12 345')}")
    add("csv_headerless_tsv", read_file("exports/attendees.tsv", f"{P('Beatrix Hollis')}\t{E('bea.hollis@btinternet.com')}\tLondon\n{P('Jun-ho Lee')}\t{E('junho.lee@naver.com')}\tSeoul"))
    add("markdown_list", f"Attendees confirmed so far:\n\n- {P('Ximena Rojas')} — {E('ximena.rojas@uandes.cl')}\n- {P('Callum Fraser')} — {E('callum.fraser@ed.ac.uk')}\n- {P('Yaw Boateng')} — {T('+233 20 555 7781')}")
    add("code_comment", f"# Author: {P('Desmond Achterberg')} <{E('d.achterberg@acme.io')}>\n# Maintainer contact: {T('+31 6 1234 5678')}\ndef reconcile(batch): ...")
    add("docstring", f"def send_invoice(order):\n    \"\"\"Email the invoice. Escalations go to {P('Priya Raghunathan')} ({E('priya.r@acme.in')}).\"\"\"")
    add("chat_paste", f"[6/3/24, 09:41:07] {P('Giulia Marchetti')}: the courier needs the door code and my number {T('+39 333 812 4470')}\n[6/3/24, 09:42:10] {P('Tommaso Ricci')}: ok sending")
    add("discord_paste", f"{P('Astrid Halvorsen')} — Today at 4:12 PM\ncan you DM me? my email is {E('astrid.halvorsen@online.no')}")
    add("address_ca", f"Please send the signed lease to {A('1550 Rue Sainte-Catherine O, Montréal, QC H3G 1P2')} by Friday.")
    add("address_uk", f"Delivery failed for {A('Flat 12, Harbour View, 4 Quay Street, Bristol BS1 4QA')}, customer not home.")
    add("address_in", f"Courier address: {A('Plot 42, Sector 18, Gurugram, Haryana 122015')}")
    add("address_jp", f"送付先 / ship to: {A('2-11-3 Meguro, Meguro-ku, Tokyo 153-0063')}")
    add("address_mx", f"Dirección de entrega: {A('Av. Insurgentes Sur 1602, Col. Crédito Constructor, 03940 Ciudad de México')}")
    add("address_za", f"{{\"deliveryAddress\":\"{A('18 Bree Street, Cape Town, 8001')}\",\"instructions\":\"ring twice\"}}")
    add("address_pl", f"Adres do faktury: {A('ul. Marszałkowska 84/92, 00-514 Warszawa')}")
    add("phone_table", f"| site | contact | phone |\n|---|---|---|\n| Lyon | {P('Margaux Petit')} | {T('+33 4 72 10 30 30')} |\n| Porto | {P('Duarte Sousa')} | {T('+351 912 345 678')} |")
    add("phone_prose", f"if the alarm goes off again ring me on {T('0412 555 019')}, not the landline")
    add("phone_prose", f"Mi número nuevo es {T('+52 55 1234 5678')}, bórrame el anterior")
    add("phone_ext", f"Front desk: {T('+1 (212) 555-0147')} ext. 22 — ask for {P('Rosalind Okoye')}")
    add("email_prose", f"can you forward the contract to {E('h.van.der.berg@kpn-consult.nl')} and cc me?")
    add("email_mailto", f"<a href=\"mailto:{E('support.lead.miriam@helpdesk-acme.com')}\">Contact {P('Miriam Adler')}</a>")
    add("iban_prose", f"Please wire the refund to {m('IBAN_CODE', iban('DE', g.s(DIGITS, 18)))}, account name {P('Katharina Zimmermann')}.")
    add("iban_spaced", f"IBAN: {m('IBAN_CODE', ' '.join([iban('FR', g.s(DIGITS, 23))[i:i + 4] for i in range(0, 27, 4)]))}\nBIC: BNPAFRPP")
    add("card_prose", f"card ending test: the checkout log shows {C(' '.join([x for x in [luhn_complete('4', 16, g)[i:i + 4] for i in range(0, 16, 4)]]))} was charged twice")
    add("card_json", openai_call("refund", {"order": "A-88120", "pan": C(luhn_complete('37', 15, g)), "reason": "duplicate"}))
    add("ssn_form", f"Employee onboarding\nName: {P('Darnell Washington')}\nSSN: {m('US_SSN', '431-' + g.s('123456789', 2) + '-' + g.s('123456789', 4))}\nStart date: 2024-07-01")
    add("ssn_prose", f"he read his social out loud on the call, {m('US_SSN', '287-' + g.s('123456789', 2) + '-' + g.s('123456789', 4))}, so the recording has to be purged")
    add("dob_prose", f"{P('Emeka Obi')} (born {m('DATE_OF_BIRTH', '14 February 1979')}) is the policy holder.")
    add("dob_yaml", f"patient:\n  name: {P('Harriet Lindqvist')}\n  date_of_birth: {m('DATE_OF_BIRTH', '1962-08-30')}\n  mrn: 00448812")
    add("prose_name", f"I'm writing a reference letter for {P('Tobias Engström')}, who worked with us for three years. Can you make it warmer?")
    add("prose_name", f"tell {P('Wanjiru')} the demo moved to 3pm and that {P('Anselm Kiefer-Braun')} will join remotely")
    add("git_shortlog", shell("git shortlog -sne HEAD~50..", f"    21\t{P('Radhika Venkatesan')} <{E('radhika.v@acme.io')}>\n    13\t{P('Mikael Koskinen')} <{E('mikael.koskinen@acme.io')}>"))
    add("homedir_tool", openai_call("list_dir", {"path": f"/home/{U('oabdullahi')}/projects/ledger"}))
    add("signature", f"Best regards,\n{P('Constance Whitfield')}\nSenior Counsel\nM: {T('+44 7700 900 511')}\n{A('22 Bishopsgate, London EC2N 4BQ')}")
    add("sql_insert", f"INSERT INTO contacts (name, email, phone) VALUES ('{P('Shreya Banerjee')}', '{E('shreya.banerjee@rediffmail.com')}', '{T('+91 98300 12345')}');")
    return out


def negatives(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(src: str, t: str) -> None:
        out.append((f"holdout4:{src}", t))

    add("yarn_lock", f"\"lodash@^4.17.21\":\n  version \"4.17.21\"\n  resolved \"https://registry.yarnpkg.com/lodash/-/lodash-4.17.21.tgz#{g.s(HEX, 40)}\"\n  integrity sha512-{g.b64(64)}")
    add("poetry_lock", f"[[package]]\nname = \"attrs\"\nversion = \"23.2.0\"\nfiles = [\n    {{file = \"attrs-23.2.0-py3-none-any.whl\", hash = \"sha256:{g.s(HEX, 64)}\"}},\n]")
    add("git_show", shell("git show --stat HEAD", f"commit {g.s(HEX, 40)}\nAuthor: renovate[bot] <29139614+renovate[bot]@users.noreply.github.com>\n\n    chore(deps): update actions/setup-node action to v4\n\n .github/workflows/ci.yml | 2 +-"))
    add("helm_values", read_file("charts/api/values.yaml", "image:\n  repository: ghcr.io/acme/api\n  tag: \"2.31.0\"\nresources:\n  limits: {cpu: 500m, memory: 512Mi}\nexistingSecret: api-credentials"))
    add("env_template", "# copy to .env and fill in\nVONAGE_API_KEY=\nVONAGE_API_SECRET=\nZOOM_CLIENT_SECRET=xxxxxxxxxxxxxxxx\nCONVEX_DEPLOY_KEY=<paste here>")
    add("gh_actions", "- name: Login to Quay\n  uses: docker/login-action@v3\n  with:\n    registry: quay.io\n    username: ${{ vars.QUAY_USER }}\n    password: ${{ secrets.QUAY_TOKEN }}")
    add("ts_types", fenced("ts", "export interface Customer {\n  id: string;\n  fullName: string;\n  email: string;\n  phone?: string;\n  address: Address;\n}", "The type the form uses:"))
    add("faker_code", create_file("tests/factories.py", "class CustomerFactory(factory.Factory):\n    class Meta:\n        model = Customer\n\n    name = factory.Faker('name')\n    email = factory.Faker('email')\n    phone = factory.Faker('phone_number')"))
    add("webpack_hash", "asset main.8f3a1c9e2b7d4f60.js 412 KiB [emitted] [immutable] [minimized] (name: main)\nasset vendor.1e9b2c7a5d3f8e04.js 1.2 MiB [emitted] [immutable] [minimized]\nwebpack 5.91.0 compiled successfully in 18213 ms")
    add("docker_ps", shell("docker ps --format '{{.ID}} {{.Image}} {{.Status}}'", f"{g.s(HEX, 12)} postgres:16 Up 3 hours\n{g.s(HEX, 12)} redis:7-alpine Up 3 hours"))
    add("ipv6_doc", "The service listens on [::1]:8080 locally; in prod it binds 0.0.0.0:8080 behind the load balancer at 10.0.0.0/16.")
    add("semver_table", "| package | from | to |\n|---|---|---|\n| react | 18.2.0 | 18.3.1 |\n| next | 14.1.4 | 14.2.3 |\n| typescript | 5.3.3 | 5.4.5 |")
    add("sql_explain", "Seq Scan on orders  (cost=0.00..18334.00 rows=500000 width=64)\n  Filter: (status = 'pending'::text)\nPlanning Time: 0.091 ms\nExecution Time: 212.554 ms")
    add("prose_product", "Rust and Go both handle this well; Ruby on Rails would need Sidekiq. Pick whichever the team in Lisbon already knows.")
    add("ulid_list", f"01HZ{g.s(UPNUM, 22)} created\n01HZ{g.s(UPNUM, 22)} created\n2 events written to stream orders")
    add("b64_json", f"echo '{g.b64(60)}' | base64 -d  # decodes to the sample event payload")
    add("terraform_plan", "  # aws_db_instance.main will be updated in-place\n  ~ resource \"aws_db_instance\" \"main\" {\n      ~ password = (sensitive value)\n        id       = \"orders-prod\"\n    }")
    add("vault_ref", "DATABASE_PASSWORD=vault:secret/data/orders#password\nAPI_TOKEN=op://Engineering/Orders API/credential")
    add("openapi", read_file("openapi.yaml", "components:\n  securitySchemes:\n    ApiKeyAuth:\n      type: apiKey\n      in: header\n      name: X-API-Key"))
    add("jwt_doc", "A JWT has three base64url parts separated by dots: header.payload.signature. Never log the whole token; log the `jti` claim instead.")
    add("phone_like_numbers", "Build 2024.06.03.1412 passed; 1,204,557 rows processed in 00:12:44; exit code 0.")
    add("hex_colors", ":root { --brand: #1f6feb; --brand-dark: #0d419d; --accent: #f78166; }")
    add("postal_example", "Validation rule: UK postcodes look like `SW1A 1AA`, Dutch ones like `1234 AB`; reject anything else.")
    add("chat_clean", "[09:40] deploy-bot: main is green\n[09:41] deploy-bot: release 4.2.0 tagged\n[09:45] standup-bot: reminder, standup in 15 minutes")
    return out
