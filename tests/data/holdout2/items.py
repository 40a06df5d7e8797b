# ruff: noqa: E501  -- item tables hold whole texts on one line; foreign letters are intended.
"""Second held-out set, written after the detectors were changed on the first one.

Providers, sentences and carriers here appear neither in eval-dev nor in tests/data/holdout; the
set was measured once, to estimate how the changes generalise (see tests/data/holdout2/README.md).
"""

from __future__ import annotations

from _markup import A, E, L, P, S, T, U, cat_n, create_file, fenced, m, openai_call, read_file, shell, tool_result
from _values import ALNUM, DIGITS, HEX, LOWNUM, UPNUM, Gen, iban, luhn_complete


def secrets(g: Gen) -> list[tuple[str, list[str], str]]:
    out: list[tuple[str, list[str], str]] = []

    def add(p: str, t: str) -> None:
        out.append((f"holdout2:{p}", [p], t))

    add("tavily", f"from tavily import TavilyClient\nclient = TavilyClient(api_key=\"{S('tvly-' + g.mixed(ALNUM, 32))}\")")
    add("firecrawl", f"FIRECRAWL_API_KEY={S('fc-' + g.s(HEX, 32))}")
    add("jina", f'curl https://r.jina.ai/https://example.org -H "Authorization: Bearer {S("jina_" + g.mixed(ALNUM, 60))}"')
    add("cerebras", openai_call("run_in_terminal", {"command": f"export CEREBRAS_API_KEY={S('csk-' + g.s(LOWNUM, 48))} && python bench.py"}))
    add("voyage", f"vo = voyageai.Client(api_key=\"{S('pa-' + g.mixed(ALNUM + '-_', 43))}\")")
    add("runway", f"RUNWAYML_API_SECRET: {S('key_' + g.s(HEX, 128))}")
    add("africastalking", f"at_api_key = '{S('atsk_' + g.s(HEX, 64))}'\nat_username = 'sandbox'")
    add("sumup", f"SUMUP_SECRET_KEY=\"{S('sup_sk_' + g.mixed(ALNUM, 32))}\"")
    add("checkout", f"Checkout.com sandbox secret is {S('sk_sbox_' + g.s(LOWNUM, 26))} — the webhook signature check fails though")
    add("paddle", f"PADDLE_API_KEY={S('pdl_live_apikey_' + g.mixed(ALNUM, 26) + '_' + g.mixed(ALNUM, 22) + '_' + g.mixed(ALNUM, 3))}")
    add("newsdata", f"const NEWSDATA_KEY = '{S('pub_' + g.s(DIGITS, 5) + g.s(HEX, 32))}';")
    add("klaviyo", f"klaviyo = KlaviyoAPI(\"{S('pk_' + g.s(HEX, 34))}\", max_delay=60)")
    add("ghost", f"GHOST_ADMIN_API_KEY={S(g.s(HEX, 24) + ':' + g.s(HEX, 64))}")
    add("backblaze", f"b2 account authorize {S('005' + g.s(HEX, 22))} {S('K005' + g.mixed(ALNUM, 27))}")
    add("digitalocean_spaces", f"[default]\naccess_key = {S('DO00' + g.s(UPNUM, 16))}\nsecret_key = {S(g.mixed(ALNUM + '/+', 43))}\nhost_base = ams3.digitaloceanspaces.com")
    add("tencent", f"cred = credential.Credential(\"{S('AKID' + g.mixed(ALNUM, 32))}\", \"{S(g.mixed(ALNUM, 32))}\")")
    add("ovh", f"[ovh-eu]\napplication_key={S(g.mixed(ALNUM, 16))}\napplication_secret={S(g.mixed(ALNUM, 32))}\nconsumer_key={S(g.mixed(ALNUM, 32))}")
    add("hetzner", shell("hcloud context create prod", f"Token: {S(g.mixed(ALNUM, 64))}\nContext prod created and activated"))
    add("alpaca", f"APCA_API_KEY_ID={S('PK' + g.s(UPNUM, 18))}\nAPCA_API_SECRET_KEY={S(g.mixed(ALNUM, 40))}")
    add("twitter", f"bearer_token = \"{S('AAAAAAAAAAAAAAAAAAAAA' + g.mixed(ALNUM, 20) + '%3D' + g.mixed(ALNUM, 50))}\"")
    add("ably", f"const ably = new Ably.Realtime('{S(g.mixed(ALNUM, 6) + '.' + g.mixed(ALNUM, 6) + ':' + g.mixed(ALNUM + '_-', 43))}');")
    add("teams", f"Incoming webhook for the alerts channel: {S('https://contoso.webhook.office.com/webhookb2/' + g.uuid() + '@' + g.uuid() + '/IncomingWebhook/' + g.s(HEX, 32) + '/' + g.uuid())}")
    add("zapier", f"requests.post(\"{S('https://hooks.zapier.com/hooks/catch/' + g.s(DIGITS, 7) + '/' + g.s(LOWNUM, 7) + '/')}\", json=payload)".replace(S('x'), 'x'))
    add("wordpress", f"wp_app_password: \"{S(' '.join(g.mixed(ALNUM, 4) for _ in range(6)))}\"")
    add("neon", f"DATABASE_URL=postgresql://{U('neondb_owner')}:{S('npg_' + g.mixed(ALNUM, 12))}@ep-cool-darkness-a1b2c3d4.eu-central-1.aws.neon.tech/neondb?sslmode=require")
    add("upstash", f"REDIS_URL=rediss://default:{S(g.mixed(ALNUM, 34))}@eu1-smooth-lark-38211.upstash.io:6379")
    add("rudderstack", f"rudderanalytics.load(\"{S(g.mixed(ALNUM, 27))}\", \"https://hosted.rudderlabs.com\");  // write key")
    add("customerio", f"cio = CustomerIO(site_id='{g.s(HEX, 20)}', api_key='{S(g.s(HEX, 20))}')")
    add("infobip", f"-H 'Authorization: App {S(g.s(HEX, 32) + '-' + g.uuid())}'")
    add("speechmatics", f"speechmatics config set --auth-token {S(g.mixed(ALNUM, 32))}")
    add("sql", f"CREATE USER {U('report_reader')} WITH PASSWORD '{S(g.password())}';")
    add("sql", f"ALTER ROLE analytics WITH LOGIN PASSWORD '{S(g.password())}' VALID UNTIL '2026-01-01';")
    add("redis", shell("redis-cli -h 10.0.4.12", f"10.0.4.12:6379> AUTH {S(g.password())}\nOK"))
    add("systemd", cat_n("/etc/systemd/system/worker.service", f"[Service]\nEnvironment=QUEUE_URL=amqp://{U('worker')}:{S(g.password())}@mq.internal/\nEnvironment=LOG_LEVEL=info\nExecStart=/usr/bin/worker"))
    add("http", read_file("api.http", f"### list invoices\nGET https://api.billing.example/v2/invoices\nAuthorization: Bearer {S(g.mixed(ALNUM + '-_', 48))}\nAccept: application/json"))
    add("postman_environment", create_file("env/prod.postman_environment.json", '{"name": "prod", "values": [{"key": "baseUrl", "value": "https://api.example.org"}, {"key": "apiToken", "value": "' + S(g.mixed(ALNUM, 40)) + '", "enabled": true}]}'))
    add("powershell", f"$env:SENTRY_AUTH_TOKEN = \"{S('sntrys_' + g.mixed(ALNUM, 60))}\"\nsentry-cli releases new $version")
    add("php", f"define('MAILERSEND_API_KEY', '{S('mlsn.' + g.s(HEX, 64))}');")
    add("r", f"Sys.setenv(OPENWEATHERMAP_KEY = \"{S(g.s(HEX, 32))}\")")
    add("git-credentials", cat_n("~/.git-credentials", f"https://{U('mkaur')}:{S(g.github('ghp'))}@github.com"))
    add("ansible", f"[db]\ndb01 ansible_host=10.1.2.3 ansible_user=deploy ansible_password={S(g.password())}")
    add("helm", f"helm upgrade --install api ./chart --set secrets.stripeKey={S('rk_live_' + g.mixed(ALNUM, 99))} --set replicas=3")
    return out


def pii(g: Gen) -> list[tuple[str, str]]:
    cc = luhn_complete("6011", 16, g)
    jcb = luhn_complete("35", 16, g)
    be = iban("BE", "539007547034")
    it_iban = iban("IT", "X0542811101000000123456")
    ch = iban("CH", "0483" + "5012345678009")
    texts = [
        f"12/03/2025, 14:22 - {P('Anna Kowalska')}: did the courier come?\n12/03/2025, 14:25 - {P('Piotr Zieliński')}: not yet, I'll call them",
        f"00:01:22 {P('Rohan Deshmukh')}: thanks everyone for joining\n00:01:30 {P('Elif Şahin')}: hi all",
        f"Attendees: {P('Marguerite Dubois')}, {P('Tendai Moyo')}, {P('Sigrid Holm')}\nAgenda: Q2 planning",
        f"[~{U('jsmith')}] can you confirm the refund for order 7731?",
        f"Please ping {P('Dr. Amara Nwankwo')} about the lab results; her pager is {T('+234 802 555 0147')}.",
        f"The shipping label reads:\n{P('Keanu Makoa')}\n" + A("RR 2 Box 145\nHilo, HI 96720"),
        f"Ship to {A('Level 3, 100 Pitt Street, Sydney NSW 2000')}, attention {P('Harper Nguyen')}.",
        f"Our office moved to {A('No. 45, 2nd Cross, Indiranagar, Bengaluru 560038')}.",
        f"Billing address: {A('Mannerheimintie 12 B 34, 00100 Helsinki')}",
        f"Deliver to {A('Nørrebrogade 45, 2. th., 2200 København N')} before noon please.",
        f"She lives at {A('Vinohradská 1511/230, 100 00 Praha 10')} with her sister {P('Tereza')}.",
        f"new address for {P('Lukas Gruber')}: {A('Mariahilfer Straße 77/3/12, 1060 Wien')}",
        f"The clinic is at {A('12 Long Street, Cape Town 8001')}; call {T('+27 21 555 0198')}.",
        f"Correspondence: {A('P.O. Box 30197-00100 Nairobi')}, {L('Kenya')}. Contact {P('Wanjiru Kamau')}.",
        f"Mi dirección es {A('Av. Corrientes 1234, C1043 CABA')}, {L('Argentina')}.",
        f"The invoice goes to {A('Rue Neuve 123 bus 4, 1000 Bruxelles')}, IBAN {m('IBAN_CODE', be)}.",
        f"Office: {A('Unit 12B, Tower 1, Ayala Avenue, Makati City 1226')}",
        f"Eircode for the new flat is D02 X285 — full address {A('14 Pembroke Lane, Dublin 2, D02 X285')}.",
        f"{P('Moana Tuilagi')} was born on {m('DATE_OF_BIRTH', 'March 3, 1991')} and lives in {L('Auckland')}.",
        f"SSN on file: {m('US_SSN', '412-58-3306')} (verified by {P('Dana Whitaker')})",
        f"Discover card {m('CREDIT_CARD', cc)} was declined; JCB {m('CREDIT_CARD', jcb)} went through.",
        f"Please wire the deposit to {m('IBAN_CODE', it_iban)} (Banca Sella) or {m('IBAN_CODE', ch)}.",
        f"VPN logins for {U('a.okafor')} came from {m('IP_ADDRESS', '2a01:4f8:c17:9a1b::7334')} and {m('IP_ADDRESS', '77.88.55.242')}",
        f"Phones: {L('Sydney')} {T('+61 2 9374 4000')}, {L('Melbourne')} {T('(03) 9123 4567')}, {L('Rome')} {T('+39 06 6982 1234')}, {L('Tokyo')} {T('+81 3-1234-5678')}.",
        shell("getent passwd | grep /home", f"{U('kmensah')}:x:1001:1001:{P('Kwabena Mensah')},,,:/home/{U('kmensah')}:/bin/bash\n{U('lfernandes')}:x:1002:1002:{P('Lara Fernandes')},,,:/home/{U('lfernandes')}:/bin/zsh"),
        read_file("ldap/users.ldif", f"dn: uid={U('hsato')},ou=people,dc=corp,dc=example\ncn: {P('Hiroko Sato')}\nmail: {E('hiroko.sato@corp.example.jp')}\ntelephoneNumber: {T('+81 3-5555-0192')}"),
        '<customer><name>' + P("Ibrahim Al-Farsi") + '</name><email>' + E("ibrahim.alfarsi@omantel.net.om") + '</email><phone>' + T("+968 9123 4567") + '</phone></customer>',
        "<tr><td>" + P("Chloé Marchand") + "</td><td>" + E("chloe.marchand@free.fr") + "</td><td>" + T("06 12 34 56 78") + "</td></tr>",
        f"Kunde;Vorname;Nachname;Telefon;Ort\n4411;{P('Jürgen')};{P('Weißmann')};{T('+49 30 1234567')};{L('Berlin')}\n4412;{P('Sabine')};{P('Krüger')};{T('+49 89 7654321')};{L('München')}",
        '{"order": 5521, "contact": {"fullName": "' + P("Oksana Bondarenko") + '", "mobile": "' + T("+380 67 123 4567") + '", "street": "' + A("вул. Шевченка 10, кв. 5") + '"}}',
        f"owner: {P('Benedikt Hofer')}\nbackup_owner: {P('Giulia Romano')}\nescalation_phone: \"{T('+41 44 668 18 00')}\"",
        f"SELECT nome, cognome FROM clienti;\n nome   | cognome\n--------+---------\n {P('Matteo')} | {P('Ricci')}\n {P('Chiara')} | {P('Esposito')}",
        fenced("python", f"# Contact: {P('Naledi Dlamini')} <{E('naledi@dlamini.co.za')}> for access to the reporting DB\nREPORT_SCHEDULE = '0 6 * * *'", "Header of the module:"),
        f"2025-02-11 09:14:03 INFO notify: sms to {T('+353 86 123 4567')} for user {U('c.obrien')} delivered",
        tool_result(f"Customer record 8812\nName: {P('Siddharth Rao')}\nDOB: {m('DATE_OF_BIRTH', '1984-07-19')}\nAddress: {A('221 Residency Road, Bengaluru 560025')}"),
        f"can you check why {P('ngozi')}'s account is locked? she tried five times",
        f"lunch with {P('Takeshi Yamamoto')} and {P('Aiyana Redcloud')} moved to Thursday",
        f"Reviewed-by: {P('Ines Carvalho')} <{E('ines.carvalho@sapo.pt')}>\nSigned-off-by: {P('Aleksi Virtanen')} <{E('aleksi.virtanen@iki.fi')}>",
        f"Hi {P('Bogdan')}, the contract for {P('Mrs. Oyelaran')} is attached. Regards, {P('Claire')}",
        f"cc {P('Yusuf Demir')}, {P('Hana Novak')}: the vendor call is at 3pm",
        f"My mother-in-law {P('Rosa Martínez')} needs the form sent to {A('Calle Alcalá 123, 4º izq., 28009 Madrid')}.",
        f"In the screenshot the user {P('Gabriel Silva')} ({E('gabriel.silva@uol.com.br')}) is shown twice.",
        f"-rw-------  1 {U('dmitri.orlov')}  devs  3221 Feb 10 09:01 id_ed25519.pub",
        f"$ id\nuid=1003({U('sanaz.r')}) gid=1003({U('sanaz.r')}) groups=1003({U('sanaz.r')}),27(sudo)",
        f"Thanks for the quick fix!\n\n— {P('Olivia Brennan')}\nHead of Operations, Cedar & Pine",
    ]
    return [("holdout2:pii", t) for t in texts]


def negatives(g: Gen) -> list[tuple[str, str]]:
    h = lambda n: g.s(HEX, n)  # noqa: E731
    texts = [
        f"ipfs add report.pdf\nadded Qm{g.s('123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz', 44)} report.pdf",
        f"Send the refund to bc1q{g.s('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 38)} (our public donation address).",
        f"Contract deployed at 0x{h(40)}, tx 0x{h(64)}",
        f"The host key fingerprint is SHA256:{g.b64(32).rstrip('=')}.\nAre you sure you want to continue connecting (yes/no)?",
        f"gtag('config', 'G-{g.s(UPNUM, 10)}');",
        f'"price": "price_1{g.mixed(ALNUM, 23)}", "product": "prod_{g.mixed(ALNUM, 14)}"',
        f"gid://shopify/Product/{g.s(DIGITS, 13)}",
        f"fileFormatVersion: 2\nguid: {h(32)}\nMonoImporter:\n  serializedVersion: 2",
        f"\t\t{h(24).upper()} /* AppDelegate.swift in Sources */ = {{isa = PBXBuildFile; fileRef = {h(24).upper()} /* AppDelegate.swift */; }};",
        '<Reference Include="System.Runtime, Version=4.2.2.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a" />',
        f'{{"mappings": "AAAA,SAASA,EAAEC,GACP,OAAOA,CAAC{g.s("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/", 60)}", "sources": ["src/index.ts"]}}',
        f"Next.js build {g.mixed(ALNUM + '_-', 21)} deployed; static assets under /_next/static/chunks/{h(16)}.js",
        f"class=\"_button_{g.s(LOWNUM, 5)}_12 _primary_{g.s(LOWNUM, 5)}_30\"",
        f'{{"schemaVersion": 2, "config": {{"digest": "sha256:{h(64)}", "size": 7023}}, "layers": [{{"digest": "sha256:{h(64)}"}}]}}',
        f"bottle do\n    sha256 cellar: :any, arm64_sonoma: \"{h(64)}\"\nend",
        f'src = fetchFromGitHub {{ owner = "nixos"; repo = "nixpkgs"; rev = "{h(40)}"; hash = "sha256-{g.b64(32)}"; }};',
        '{"login": "octocat", "id": 1, "node_id": "MDQ6VXNlcjE=", "type": "User", "site_admin": false}',
        "client_id: 3f6a9c1e-2b4d-4e8f-9a1b-7c5d3e2f1a0b\ntenant_id: 8d2c4b6a-1e3f-4a5b-9c7d-0e1f2a3b4c5d\nredirect_uri: https://app.example.org/auth/callback",
        "Dockerfile:\nARG NPM_TOKEN\nRUN --mount=type=secret,id=npm_token NPM_TOKEN=$(cat /run/secrets/npm_token) npm ci",
        ".gitignore:\n.env\n.env.*\n*.pem\nsecrets/\n!secrets/README.md",
        "volumeMounts:\n  - name: sa-token\n    mountPath: /var/run/secrets/kubernetes.io/serviceaccount\n    readOnly: true",
        f"Terraform will perform the following actions:\n  # aws_s3_bucket.logs will be created\n  + bucket = \"logs-{h(8)}\"\n  + id     = (known after apply)",
        "Rotate the API token every 90 days; never paste a password or secret key into a ticket, and revoke the credential if you did.",
        "What's the difference between a publishable key and a secret key in Stripe, and where should each live?",
        f"$ openssl x509 -in cert.pem -noout -fingerprint -sha256\nsha256 Fingerprint={':'.join(h(2).upper() for _ in range(32))}",
        f"Build cache key: v2-deps-{h(40)}\nRestored cache from key: v2-deps-{h(40)}",
        f"request_id={g.uuid()} correlation_id={g.uuid()} session_id={h(32)} status=204",
        f"{{\"_id\": \"{h(24)}\", \"etag\": \"W/\\\"{h(16)}\\\"\", \"updatedAt\": \"2025-02-11T09:14:03Z\"}}",
        fenced("yaml", "env:\n  - name: API_TOKEN\n    valueFrom:\n      secretKeyRef: {name: api, key: token}\n  - name: LOG_LEVEL\n    value: debug", "No secret values are inlined any more:"),
        f"tensor([[ 0.0132, -0.4411,  0.9021],\n        [ 1.2210,  0.0043, -0.7765]]) sha1={h(40)}",
        f"Lorem ipsum dolor sit amet, consectetur adipiscing elit. Token {g.s(LOWNUM, 6)} of 512 processed.",
        "FAKE_STRIPE_KEY = 'sk_test_' + 'x' * 24  # fixture, not a real key",
        f"ETag mismatch: expected \"{h(32)}\", got \"{h(32)}\"",
        "android:id=\"@+id/btn_submit\" tools:ignore=\"HardcodedText\" app:layout_constraintTop_toTopOf=\"parent\"",
        f"npm notice package: left-pad@1.3.0\nnpm notice shasum: {h(40)}\nnpm notice integrity: sha512-{g.b64(24)}[...]{g.b64(6)}",
    ]
    return [("holdout2:negative", t) for t in texts]
