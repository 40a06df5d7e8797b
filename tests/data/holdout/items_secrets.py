"""Held-out secret texts: providers the development set does not list, in varied carriers.

Providers are of two kinds: formats with a recognisable prefix (GitHub, GitLab, Anthropic,
Azure, SendGrid...) and long-tail APIs whose keys are bare random strings (AbuseIPDB,
UptimeRobot, Telnyx...), which only a key name, a header or a sentence can give away.
"""

# ruff: noqa: E501  -- item tables hold whole texts on one line.
from __future__ import annotations

from _markup import (
    E,
    S,
    U,
    cat_n,
    create_file,
    diff,
    edit_file,
    fenced,
    m,
    openai_call,
    read_file,
    shell,
    tool_result,
)
from _values import ALNUM, B64URL, DIGITS, HEX, HEXU, LOWNUM, UPNUM, Gen

Item = tuple[str, list[str], str]
"""(source, providers, marked-up text)"""


def prefixed(g: Gen) -> list[Item]:
    """Providers with a documented prefix or structure."""
    items: list[Item] = []

    def add(providers: str, text: str) -> None:
        items.append((f"holdout:{providers}", providers.split(","), text))

    ghp = g.github("ghp")
    add("github", f"I keep getting 401 from the API. This is the token I'm using: {S(ghp)} — is the scope wrong?")
    gho = g.github("gho")
    add("github", create_file(".github/scripts/sync.sh",
        f"#!/usr/bin/env bash\nset -euo pipefail\nGH_TOKEN={S(gho)}\ngh api repos/acme-robotics/firmware/releases --paginate > releases.json\n"))
    fine = g.github_fine()
    add("github", shell("git remote -v",
        f"origin\thttps://x-access-token:{S(fine)}@github.com/acme-robotics/firmware.git (fetch)\n"
        f"origin\thttps://x-access-token:{S(fine)}@github.com/acme-robotics/firmware.git (push)"))
    ghs = g.github("ghs")
    add("github", f"2025-02-11T08:41:07Z DEBUG octokit.request POST /repos/acme/ui/statuses token={S(ghs)} status=201")
    glpat = "glpat-" + g.mixed(B64URL.replace("_", ""), 20)
    add("gitlab", shell("cat ~/.config/glab-cli/config.yml",
        f"hosts:\n    gitlab.com:\n        token: {S(glpat)}\n        api_protocol: https\n        git_protocol: ssh"))
    glrt = "glrt-" + g.mixed(ALNUM, 20)
    add("gitlab", fenced("toml", f'[[runners]]\n  name = "build-arm64"\n  url = "https://gitlab.com/"\n  token = "{S(glrt)}"\n  executor = "docker"',
        "The runner registers fine but jobs stay pending. config.toml:"))
    glptt = "glptt-" + g.s(HEX, 40)
    add("gitlab", f"curl -X POST --fail -F token={S(glptt)} -F ref=main https://gitlab.example.com/api/v4/projects/88/trigger/pipeline")
    ant = "sk-ant-api03-" + g.mixed(B64URL, 93) + "AA"
    add("anthropic", openai_call("run_in_terminal", {"command": f"export ANTHROPIC_API_KEY={S(ant)} && python eval_prompts.py --model claude-sonnet"}))
    ant2 = "sk-ant-api03-" + g.mixed(B64URL, 93) + "AA"
    add("anthropic", f"why does this fail with authentication_error?\n\nclient = anthropic.Anthropic(api_key=\"{S(ant2)}\")\nmsg = client.messages.create(model=model, max_tokens=1024, messages=msgs)")
    orr = "sk-or-v1-" + g.s(HEX, 64)
    add("openrouter", f"OPENROUTER_API_KEY={S(orr)}\nOPENROUTER_MODEL=meta-llama/llama-3.1-70b-instruct\n")
    groq = "gsk_" + g.mixed(ALNUM, 52)
    add("groq", f"My Groq key stopped working after I regenerated it, new one is {S(groq)}, can you update the .env for me?")
    xai = "xai-" + g.mixed(ALNUM, 80)
    add("xai", tool_result(f"$ printenv | grep -i xai\nXAI_API_KEY={S(xai)}\nXAI_BASE_URL=https://api.x.ai/v1"))
    r8 = "r8_" + g.mixed(ALNUM, 37)
    add("replicate", fenced("python", f'import replicate\n\nclient = replicate.Client(api_token="{S(r8)}")\nout = client.run("stability-ai/sdxl", input={{"prompt": prompt}})',
        "Here is the corrected snippet:", "Keep the token out of the repository once this works."))
    ls = f"lsv2_pt_{g.s(HEX, 32)}_{g.s(HEX, 10)}"
    add("langsmith", create_file("docker-compose.override.yml",
        f"services:\n  api:\n    environment:\n      - LANGCHAIN_TRACING_V2=true\n      - LANGCHAIN_API_KEY={S(ls)}\n      - LANGCHAIN_PROJECT=support-bot"))
    pc = f"pcsk_{g.mixed(ALNUM, 6)}_{g.mixed(ALNUM, 66)}"
    add("pinecone", f'pc = Pinecone(api_key="{S(pc)}")\nindex = pc.Index("docs-prod")')
    acct = g.b64(64)
    add("azure", create_file("src/Api/appsettings.Development.json",
        '{\n  "ConnectionStrings": {\n    "Blob": "DefaultEndpointsProtocol=https;AccountName=stcontosoprod01;AccountKey='
        + S(acct) + ';EndpointSuffix=core.windows.net"\n  },\n  "Logging": { "LogLevel": { "Default": "Information" } }\n}'))
    entra = f"{g.s(ALNUM, 3)}8Q~{g.mixed(ALNUM + '_~.-', 34)}"
    add("azure", f"az login --service-principal -u 6f1d3c2a-91b4-4f0e-8d57-2c9e4b1a7f30 -p '{S(entra)}' --tenant contoso.onmicrosoft.com")
    sig = g.b64(32).replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
    add("azure", f"The upload works with this SAS URL but not from the function app:\n\nhttps://stcontosoprod01.blob.core.windows.net/exports?sp=racwl&st=2025-03-01T09:00:00Z&se=2025-03-31T17:00:00Z&spr=https&sv=2022-11-02&sr=c&sig={S(sig)}")
    dd = g.s(HEX, 32)
    dd_app = g.s(HEX, 40)
    add("datadog", fenced("hcl", f'provider "datadog" {{\n  api_key = "{S(dd)}"\n  app_key = "{S(dd_app)}"\n  api_url = "https://api.datadoghq.eu/"\n}}',
        "I added the provider block like this:"))
    dd2 = g.s(HEX, 32)
    add("datadog", shell(f"docker run -d --name dd-agent -e DD_API_KEY={S(dd2)} -e DD_SITE=datadoghq.com gcr.io/datadoghq/agent:7"))
    cf = g.mixed(B64URL, 40)
    add("cloudflare", f'{{"tool": "run_in_terminal", "arguments": {{"command": "curl -s https://api.cloudflare.com/client/v4/zones -H \\"Authorization: Bearer {S(cf)}\\" | jq .result[].name"}}}}')
    cfg = g.s(HEX, 37)
    add("cloudflare", f"CF_API_EMAIL={E('ops@contoso-shop.com')}\nCF_API_KEY={S(cfg)}\n")
    sg = f"SG.{g.mixed(B64URL, 22)}.{g.mixed(B64URL, 43)}"
    add("sendgrid", fenced("js", f"const sgMail = require('@sendgrid/mail');\nsgMail.setApiKey('{S(sg)}');\nawait sgMail.send(msg);",
        "Simplest fix is to set the key before sending:"))
    brevo = f"xkeysib-{g.s(HEX, 64)}-{g.mixed(ALNUM, 16)}"
    add("brevo", diff("config/mail.php", [f"        'api_key' => '{S(brevo)}',"], ("    'brevo' => [", "    ],")))
    pm = g.uuid()
    add("postmark", f"POSTMARK_SERVER_TOKEN={S(pm)}\nPOSTMARK_FROM={E('billing@northwind-labs.io')}")
    mj_k, mj_s = g.s(HEX, 32), g.s(HEX, 32)
    add("mailjet", f"mailjet = Client(auth=(\"{S(mj_k)}\", \"{S(mj_s)}\"), version=\"v3.1\")")
    dckr = "dckr_pat_" + g.mixed(B64URL, 27)
    add("docker", shell(f"echo {S(dckr)} | docker login -u {U('ci-bot')} --password-stdin", "Login Succeeded"))
    figd = "figd_" + g.mixed(B64URL, 40)
    add("figma", f"FIGMA_TOKEN: {S(figd)}\nFIGMA_FILE_KEY: 8sKQpL2mTnVb4cXz1yWe0r\n")
    cfpat = "CFPAT-" + g.mixed(B64URL, 43)
    add("contentful", f"contentful space export --space-id 5k2x9wqv1m0p --management-token {S(cfpat)} --export-dir ./backup")
    ts = f"tskey-auth-{g.mixed(ALNUM, 12)}CNTRL-{g.mixed(ALNUM, 33)}"
    add("tailscale", fenced("yaml", f"- name: Tailscale\n  uses: tailscale/github-action@v2\n  with:\n    authkey: {S(ts)}\n    tags: tag:ci",
        "The workflow step looks like this right now:"))
    bk = "bkua_" + g.s(HEX, 40)
    add("buildkite", f"[2025-01-20 14:02:11] agent started with token {S(bk)} (queue=default)")
    sbp = "sbp_" + g.s(HEX, 40)
    add("supabase", shell(f"supabase link --project-ref xyzqwkvnmrtbpl --password '{S(g.password())}'", "Finished supabase link.")
          .replace("$ supabase", f"$ SUPABASE_ACCESS_TOKEN={S(sbp)} supabase"))
    rnd = "rnd_" + g.mixed(ALNUM, 32)
    add("render", f"render.yaml didn't pick up the key, I set RENDER_API_KEY to {S(rnd)} in the dashboard instead")
    lin = "lin_api_" + g.mixed(ALNUM, 40)
    add("linear", create_file("scripts/linear_export.py",
        f'import requests\n\nHEADERS = {{"Authorization": "{S(lin)}", "Content-Type": "application/json"}}\n\nresp = requests.post("https://api.linear.app/graphql", json={{"query": QUERY}}, headers=HEADERS)\n'))
    ntn = "ntn_" + g.s(DIGITS, 11) + g.mixed(ALNUM, 35)
    add("notion", f"NOTION_TOKEN = \"{S(ntn)}\"  # integration: meeting-notes-sync")
    dop = "dop_v1_" + g.s(HEX, 64)
    add("digitalocean", shell("doctl auth init --context staging", "Please authenticate doctl for use with your DigitalOcean account. You can generate a token in the control panel at https://cloud.digitalocean.com/account/api/tokens\n\nEnter your access token: " + S(dop) + "\nValidating token... ✔"))
    hrku = "HRKU-AA" + g.mixed(B64URL, 58)
    add("heroku", f"heroku config:set -a invoice-worker HEROKU_API_KEY={S(hrku)}")
    tfc = f"{g.s(LOWNUM, 14)}.atlasv1.{g.mixed(ALNUM + '-_=', 67)}"
    add("terraform", create_file(".terraformrc", f'credentials "app.terraform.io" {{\n  token = "{S(tfc)}"\n}}\n'))
    inf = f"st.{g.uuid()}.{g.s(HEX, 32)}.{g.s(HEX, 32)}"
    add("infisical", fenced("dockerfile", f"FROM node:20-slim\nWORKDIR /app\nENV INFISICAL_TOKEN={S(inf)}\nRUN npx @infisical/cli run -- npm run build",
        "Building the image fails at the infisical step, Dockerfile below:"))
    ico = "ico-" + g.mixed(ALNUM, 32)
    add("infracost", f"INFRACOST_API_KEY={S(ico)} infracost breakdown --path .")
    sgp = f"sgp_{g.s(HEX, 16)}_{g.s(HEX, 40)}"
    add("sourcegraph", f"src login https://sourcegraph.example.com --access-token {S(sgp)}")
    tfp = "tfp_" + g.mixed(ALNUM + "-_", 59)
    add("typeform", create_file("netlify/functions/typeform.ts",
        f"const TYPEFORM_TOKEN = '{S(tfp)}';\n\nexport const handler = async () => {{\n  const r = await fetch(`https://api.typeform.com/forms`, {{ headers: {{ Authorization: `Bearer ${{TYPEFORM_TOKEN}}` }} }});\n  return {{ statusCode: r.status }};\n}};\n"))
    rdme = "rdme_" + g.s(LOWNUM, 70)
    add("readme", f"npx rdme openapi ./openapi.yaml --key={S(rdme)} --id=64f1c9d2e8a4b50012a3c7e9")
    rg = "rubygems_" + g.s(HEX, 48)
    add("rubygems", cat_n("~/.gem/credentials", f"---\n:rubygems_api_key: {S(rg)}"))
    pmak = f"PMAK-{g.s(HEX, 24)}-{g.s(HEX, 34)}"
    add("postman", f"newman run collection.json --env-var \"postman_api_key={S(pmak)}\"")
    cu = f"pk_{g.s(DIGITS, 8)}_{g.s(UPNUM, 32)}"
    add("clickup", f'headers = {{"Authorization": "{S(cu)}"}}  # ClickUp personal token')
    ezak = "EZAK" + g.s(LOWNUM, 54)
    add("easypost", f"EasyPost::Client.new(api_key: '{S(ezak)}')")
    tel = "KEY" + g.mixed(ALNUM + "_-", 55)
    add("telnyx", f"telnyx.api_key = \"{S(tel)}\"\ntelnyx.Message.create(from_=\"+15550100\", to=dest, text=body)")
    cci = f"CCIPAT_{g.mixed(ALNUM, 22)}_{g.s(HEX, 40)}"
    add("circleci", shell(f"curl -s -H 'Circle-Token: {S(cci)}' https://circleci.com/api/v2/me"))
    atatt = "ATATT3xFfGF0" + g.mixed(ALNUM + "-_", 170) + "=" + g.s(HEXU, 8)
    add("atlassian", f"jira:\n  base_url: https://northwind.atlassian.net\n  email: {E('build-bot@northwind-labs.io')}\n  api_token: {S(atatt)}\n")
    atbb = "ATBB" + g.mixed(ALNUM, 32)
    add("bitbucket", f"git clone https://x-token-auth:{S(atbb)}@bitbucket.org/northwind/payments.git")
    harness = f"pat.{g.mixed(ALNUM + '_-', 22)}.{g.s(HEX, 24)}.{g.mixed(ALNUM, 20)}"
    add("harness", f"export HARNESS_API_KEY='{S(harness)}'\nexport HARNESS_ACCOUNT_ID=Zr8kQ2vT1xLmN4pW6sYb3A")
    rzp = "rzp_live_" + g.mixed(ALNUM, 14)
    rzp_s = g.mixed(ALNUM, 24)
    add("razorpay", f"RAZORPAY_KEY_ID={S(rzp)}\nRAZORPAY_KEY_SECRET={S(rzp_s)}\n")
    flw = f"FLWSECK-{g.s(HEX, 32)}-X"
    add("flutterwave", f"the webhook verifies now. For reference the secret key in prod is {S(flw)} (I know, I'll rotate it)")
    psk = "sk_live_" + g.s(HEX, 40)
    add("paystack", fenced("php", f"$paystack = new \\Yabacon\\Paystack('{S(psk)}');\n$tranx = $paystack->transaction->initialize(['amount' => $amount, 'email' => $email]);",
        "Paystack's PHP client takes the key in the constructor:"))
    mollie = "live_" + g.mixed(ALNUM, 30)
    add("mollie", f"$mollie->setApiKey(\"{S(mollie)}\");")
    bt = f"access_token$production${g.s(LOWNUM, 16)}${g.s(HEX, 32)}"
    add("braintree", f"gateway = braintree.BraintreeGateway(access_token=\"{S(bt)}\")")
    adyen = "AQE" + g.mixed(ALNUM, 40) + "/" + g.mixed(ALNUM, 30) + "+" + g.mixed(ALNUM, 20) + "=-" + g.mixed(ALNUM, 24)
    add("adyen", f"adyen.api_key = '{S(adyen)}'\nadyen.merchant_account = 'NorthwindECOM'")
    gocspx = "GOCSPX-" + g.mixed(B64URL, 28)
    add("google", create_file("client_secret.json",
        '{"web":{"client_id":"804711233947-k3l9qv0b1x7m2c8s5d6f4g1h0j2n9p3r.apps.googleusercontent.com","project_id":"invoice-sync-4412",'
        '"auth_uri":"https://accounts.google.com/o/oauth2/auth","token_uri":"https://oauth2.googleapis.com/token","client_secret":"'
        + S(gocspx) + '","redirect_uris":["http://localhost:8080/callback"]}}'))
    fcm = f"AAAA{g.mixed(ALNUM + '-_', 7)}:APA91b{g.mixed(ALNUM + '-_', 134)}"
    add("firebase", f"FCM_SERVER_KEY={S(fcm)}")
    age = "AGE-SECRET-KEY-1" + g.s("QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L".upper(), 58)
    add("age", cat_n("keys/prod.agekey", f"# created: 2024-11-02T10:15:33+01:00\n# public key: age1{g.s('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}\n{S(age)}"))
    wg = g.b64(32)
    add("wireguard", fenced("ini", f"[Interface]\nPrivateKey = {S(wg)}\nAddress = 10.8.0.2/24\nDNS = 1.1.1.1\n\n[Peer]\nPublicKey = {g.b64(32)}\nEndpoint = vpn.northwind-labs.io:51820\nAllowedIPs = 0.0.0.0/0",
        "Here is my wg0.conf, the tunnel comes up but no traffic flows:"))
    ovpn = "-----BEGIN OpenVPN Static key V1-----\n" + "\n".join(g.s(HEX, 32) for _ in range(16)) + "\n-----END OpenVPN Static key V1-----"
    add("openvpn", f"<tls-auth>\n{S(ovpn)}\n</tls-auth>\nkey-direction 1")
    ec = g.pem("EC PRIVATE KEY", 3)
    add("pem", read_file("certs/signing.key", S(ec)))
    ossh = g.openssh()
    add("pem", tool_result(f"$ cat ~/.ssh/id_ed25519\n{S(ossh)}\n"))
    enc = g.pem("ENCRYPTED PRIVATE KEY", 10)
    add("pem", f"openssl says 'bad decrypt' for this key, which I generated with a passphrase:\n\n{S(enc)}")
    pgp = ("-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + "\n".join(g.b64(48) for _ in range(12)) + "\n=" + g.s(ALNUM, 4)
           + "\n-----END PGP PRIVATE KEY BLOCK-----")
    add("pgp", create_file("ci/signing-key.asc", S(pgp) + "\n"))
    trunc = "-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(g.b64(48) for _ in range(5))
    add("pem", tool_result(f"[output truncated to 400 characters]\n{S(trunc)}"))
    jwt = g.jwt('{"sub":"svc-reporting","role":"admin","iat":1735689600,"exp":1767225600}')
    add("jwt", f"Requests with this header still get 403:\n\nAuthorization: Bearer {S(jwt)}\n\nDo I need another role claim?")
    jwt2 = g.jwt('{"iss":"https://auth.northwind-labs.io","aud":"reports","scope":"read write"}')
    add("jwt", f'2025-03-04 17:22:09,114 WARN  auth.middleware rejected token "{S(jwt2)}" reason=expired')
    return items


def longtail(g: Gen) -> list[Item]:
    """APIs whose keys are bare random strings: found by their key name or their sentence."""
    items: list[Item] = []

    def add(provider: str, text: str) -> None:
        items.append((f"holdout:{provider}", [provider], text))

    v = g.s(LOWNUM, 80)
    add("abuseipdb", f"ABUSEIPDB_API_KEY={S(v)}\nABUSEIPDB_MAX_AGE_DAYS=90\n")
    v = f"{g.s(ALNUM, 9)}-{g.s(ALNUM, 24)}"
    add("uptimerobot", f"curl -X POST https://api.uptimerobot.com/v2/getMonitors -d 'api_key={S(v)}&format=json'")
    v1, v2 = g.uuid(), g.mixed(ALNUM + "/+", 75)
    add("mux", create_file(".env.local", f"MUX_TOKEN_ID={S(v1)}\nMUX_TOKEN_SECRET={S(v2)}\nNEXT_PUBLIC_MUX_ENV_KEY=\n"))
    v = g.s(HEX, 64)
    add("aha", f"aha_api_token: \"{S(v)}\"\naha_domain: northwind")
    v = g.s(HEX, 32)
    add("agora", f"static const char* kAgoraAppCertificate = \"{S(v)}\";")
    v = g.s(HEX, 32)
    add("adzuna", f"params = {{'app_id': '4f9c2e1a', 'app_key': '{S(v)}', 'results_per_page': 50}}")
    v = g.s(HEX, 32)
    add("aviationstack", f"fetch(`http://api.aviationstack.com/v1/flights?access_key={S(v)}&flight_iata=${{code}}`)")
    v = g.s(HEX, 32)
    add("ipstack", f"I'm on the free plan so https only fails: http://api.ipstack.com/check?access_key={S(v)}")
    v = g.s(HEX, 32)
    add("weatherbit", f"WEATHERBIT_KEY = '{S(v)}'")
    v = g.mixed(ALNUM, 32)
    add("shodan", shell(f"shodan init {S(v)}", "Successfully initialized"))
    v = g.s(HEX, 64)
    add("virustotal", fenced("python", f'vt_client = vt.Client("{S(v)}")\nfile_obj = vt_client.get_object(f"/files/{{sha256}}")',
        "You can query the file report like this:"))
    v = g.mixed(ALNUM, 32)
    add("securitytrails", shell(f"curl --request GET --url 'https://api.securitytrails.com/v1/domain/northwind-labs.io' --header 'APIKEY: {S(v)}'"))
    v = g.s(HEX, 40)
    add("hunter", f"hunter.io key: {S(v)} — domain search works, email finder returns 0 results")
    v = "sk_" + g.s(HEX, 32)
    add("clearbit", f"clearbit.key = '{S(v)}'")
    v = g.s(HEX, 32)
    add("zerobounce", openai_call("run_in_terminal", {"command": f"python verify_list.py --zerobounce-key {S(v)} --input leads.csv"}))
    v = g.s(HEX, 32)
    add("scraperapi", f"proxies = {{'https': 'http://{U('scraperapi')}:{S(v)}@proxy-server.scraperapi.com:8001'}}")
    v = g.s(UPNUM, 80)
    add("scrapingbee", f"SCRAPINGBEE_API_KEY: {S(v)}")
    v = g.s(HEX, 32)
    add("twelvedata", f"td = TDClient(apikey=\"{S(v)}\")")
    v = g.s(HEX, 40)
    add("tiingo", f'headers = {{"Content-Type": "application/json", "Authorization": "Token {S(v)}"}}')
    v = g.s(UPNUM, 16)
    add("alphavantage", f"https://www.alphavantage.co/query?function=TIME_SERIES_DAILY&symbol=IBM&apikey={S(v)}")
    v = g.uuid(upper=True)
    add("coinapi", f"X-CoinAPI-Key: {S(v)}")
    v = g.s(UPNUM, 34)
    add("bscscan", f"bscscan: {{ apiKey: \"{S(v)}\" }},")
    v = g.mixed(ALNUM, 64)
    add("moralis", f"await Moralis.start({{ apiKey: \"{S(v)}\" }});")
    v = g.mixed(B64URL, 43)
    add("unsplash", f"UNSPLASH_ACCESS_KEY={S(v)}")
    v = f"{g.s(DIGITS, 8)}-{g.s(HEX, 25)}"
    add("pixabay", f"the pixabay key ({S(v)}) is rate limited to 100 requests per minute, so batch the calls")
    v = g.mixed(ALNUM, 32)
    add("tomtom", f"tt.map({{ key: '{S(v)}', container: 'map', center: [4.89, 52.37], zoom: 12 }});")
    v = "pk." + g.s(HEX, 32)
    add("locationiq", f"LOCATIONIQ_TOKEN={S(v)}")
    v = g.s(HEX, 32)
    add("positionstack", f"positionstack_access_key = \"{S(v)}\"")
    v = g.s(HEX, 32)
    add("opencage", f"geocoder = OpenCageGeocode('{S(v)}')")
    v = g.mixed(B64URL, 43)
    add("here", f"here.apiKey={S(v)}\nhere.region=eu-west-1")
    v = g.mixed(B64URL, 22)
    add("ringcentral", f"RINGCENTRAL_CLIENT_ID=Kd8sQ2pLmZ4xVt7nRb1wYc\nRINGCENTRAL_CLIENT_SECRET={S(v)}\n")
    v = "PT" + g.s(HEX, 48)
    add("signalwire", f"client = Client('0f7e6d5c-4b3a-4291-8f0e-1d2c3b4a5f6e', '{S(v)}', signalwire_space_url='northwind.signalwire.com')")
    v = g.s(HEX, 40)
    add("todoist", f"api = TodoistAPI(\"{S(v)}\")")
    v = g.s(HEX, 32)
    add("toggl", shell(f"curl -u {S(v)}:api_token https://api.track.toggl.com/api/v9/me"))
    v = g.mixed(ALNUM, 48)
    add("clockify", f"X-Api-Key: {S(v)}")
    v = g.mixed(ALNUM, 32)
    add("zulip", cat_n("~/.zuliprc", f"[api]\nemail={E('deploy-bot@northwind.zulipchat.com')}\nkey={S(v)}\nsite=https://northwind.zulipchat.com"))
    v = g.mixed(ALNUM, 64) + "_" + g.s(UPNUM, 4) + "_" + g.uuid()
    add("webex", f"WEBEX_ACCESS_TOKEN=\"{S(v)}\"")
    v = "live_" + g.mixed(ALNUM, 32)
    add("chargebee", f"ChargeBee.configure(site=\"northwind\", api_key=\"{S(v)}\")")
    v = g.s(HEX, 32)
    add("recurly", f"client = recurly.Client('{S(v)}')")
    v = g.s(HEX, 32)
    add("taxjar", f"TAXJAR_API_TOKEN: {S(v)}")
    v = "TEST_" + g.mixed(B64URL, 43)
    add("shipengine", f"shipengine = ShipEngine(\"{S(v)}\")")
    v = g.s(HEX, 32)
    add("bugsnag", f"Bugsnag.start({{ apiKey: '{S(v)}', appVersion: pkg.version }})")
    v = g.s(HEX, 32)
    add("rollbar", f"rollbar.init('{S(v)}', environment='production')")
    v = "hbp_" + g.mixed(ALNUM, 36)
    add("honeybadger", f"honeybadger deploy --api-key={S(v)} --environment=production --revision=$(git rev-parse HEAD)")
    v = g.uuid()
    add("loggly", f"<url>https://logs-01.loggly.com/inputs/{S(v)}/tag/http/</url>")
    v = g.mixed(ALNUM, 24)
    add("betterstack", f"LOGTAIL_SOURCE_TOKEN = \"{S(v)}\"")
    v = "cu_" + g.s(HEX, 32)
    add("checkly", f"export CHECKLY_API_KEY={S(v)}\nexport CHECKLY_ACCOUNT_ID=2a7d9c1e-5b40-4f6e-9a83-0c1d2e3f4a5b")
    v = g.mixed(ALNUM, 32)
    add("typesense", f"typesense:\n  api_key: {S(v)}\n  nodes:\n    - host: search.internal\n      port: 8108")
    v = g.uuid() + ":fx"
    add("deepl", f"translator = deepl.Translator(\"{S(v)}\")")
    v = g.s(HEX, 32)
    add("spotify", f"SPOTIPY_CLIENT_ID=3c9e1f2a7b8d4e6f0a1b2c3d4e5f6a7b\nSPOTIPY_CLIENT_SECRET={S(v)}\n")
    v = g.s(HEX, 32)
    add("vimeo", f"vimeo.VimeoClient(token='{S(v)}', key=CLIENT_ID, secret=CLIENT_SECRET)")
    v_key, v_sec = g.s(DIGITS, 15), g.mixed(B64URL, 27)
    add("cloudinary", f"CLOUDINARY_URL=cloudinary://{U(v_key)}:{S(v_sec)}@northwind-media")
    v = "private_" + g.mixed(ALNUM, 22) + "="
    add("imagekit", f"imagekit = ImageKit(private_key='{S(v)}', public_key='public_0aZ3k...', url_endpoint='https://ik.imagekit.io/northwind')")
    v = g.s(ALNUM, 20)
    add("smartystreets", f"SMARTY_AUTH_ID={g.uuid()}\nSMARTY_AUTH_TOKEN={S(v)}")
    v = "api_live." + g.mixed(ALNUM + "_-", 11) + "." + g.mixed(ALNUM + "_-", 32)
    add("onfido", f"onfido = Onfido::API.new(api_token: \"{S(v)}\", region: :eu)")
    v = "secret-live-" + g.mixed(ALNUM + "_-", 36)
    add("stytch", f"stytch.Client(project_id=\"project-live-7f3c2b1a-9d8e-4f6a-b5c4-3e2d1f0a9b8c\", secret=\"{S(v)}\")")
    v = "sk_live_" + g.mixed(ALNUM, 42)
    add("clerk", f"CLERK_SECRET_KEY={S(v)}\nNEXT_PUBLIC_CLERK_PUBLISHABLE_KEY=pk_live_Y2xlcmsubm9ydGh3aW5kLWxhYnMuaW8k\n")
    v = "sk_" + g.mixed(ALNUM, 48)
    add("workos", f"const workos = new WorkOS('{S(v)}');")
    v = g.mixed(ALNUM, 40)
    add("discogs", f"d = discogs_client.Client('RecordSorter/1.0', user_token='{S(v)}')")
    v = g.s(HEX, 32)
    add("lastfm", f"LASTFM_API_KEY={S(v)}\nLASTFM_SHARED_SECRET={S(g.s(HEX, 32))}")
    v = g.s(UPNUM, 25)
    add("visualcrossing", f"url = f\"https://weather.visualcrossing.com/VisualCrossingWebServices/rest/services/timeline/{{city}}?key={S(v)}&unitGroup=metric\"")
    v = g.mixed(ALNUM, 32)
    add("tomorrowio", f"I think the problem is the key, tomorrow.io says it's invalid but I copied it straight from the dashboard: {S(v)}")
    v = g.uuid()
    add("guardian", f"guardian_api_key: '{S(v)}'")
    v = g.s(HEX, 64)
    add("wistia", f"Wistia.api_password = '{S(v)}'")
    v = g.mixed(ALNUM, 40)
    add("pipedream", f"pd deploy --api-key {S(v)} ./components/sync-orders")
    return items


def passwords(g: Gen) -> list[Item]:
    """Passwords and credentials in commands, connection strings and config files."""
    items: list[Item] = []

    def add(kind: str, text: str) -> None:
        items.append((f"holdout:{kind}", [kind], text))

    p = g.password()
    add("password", f"$cred = New-Object System.Management.Automation.PSCredential('CONTOSO\\{U('svc-backup')}', (ConvertTo-SecureString '{S(p)}' -AsPlainText -Force))")
    p = g.password()
    add("password", f"net use Z: \\\\fs01.corp.local\\finance /user:CORP\\{U('svc-scan')} {S(p)} /persistent:no")
    p = g.password()
    add("password", cat_n("~/.pgpass", f"db-primary.internal:5432:billing:{U('billing_app')}:{S(p)}\n*:5432:*:{U('readonly')}:{S(g.password())}"))
    p = g.password()
    add("password", shell(f"PGPASSWORD='{S(p)}' psql -h 10.20.0.14 -U {U('reporting')} -d warehouse -c 'select count(*) from orders'", " count\n-------\n 48213\n(1 row)"))
    p = g.password()
    add("password", f"ldapsearch -x -H ldaps://dc1.corp.local -D 'cn={U('svc-ldap')},ou=Service,dc=corp,dc=local' -w '{S(p)}' -b 'dc=corp,dc=local' '(sAMAccountName=*)'")
    p = g.password()
    add("password", f"keytool -importkeystore -srckeystore server.p12 -srcstoretype PKCS12 -srcstorepass {S(p)} -destkeystore server.jks -deststorepass {S(p)}")
    p = g.password()
    add("password", f"openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:{S(p)}")
    p = g.password()
    add("password", create_file("src/main/resources/application.yml",
        f"spring:\n  mail:\n    host: smtp.office365.com\n    port: 587\n    username: {E('notifications@northwind-labs.io')}\n    password: {S(p)}\n  jpa:\n    open-in-view: false\n"))
    p = g.password()
    add("password", f"amqp_url = 'amqps://{U('orders-svc')}:{S(p)}@rabbit.internal:5671/prod'")
    p = g.password()
    add("password", f"MONGO_URI=mongodb+srv://{U('analytics')}:{S(p)}@cluster0.x7k2p.mongodb.net/events?retryWrites=true&w=majority")
    p = g.password()
    add("password", f'"ConnectionStrings": {{ "Default": "Server=tcp:sql-prod.database.windows.net,1433;Initial Catalog=crm;User ID={U("crm_app")};Password={S(p)};Encrypt=True;" }}')
    p = g.password()
    add("password", f"jdbc:mysql://db.internal:3306/shop?user={U('shop_rw')}&password={S(p)}&useSSL=true")
    p = g.password()
    add("password", fenced("ini", f"[smtp]\nserver = mail.northwind-labs.io\nport = 465\nlogin = {U('alerts')}\npassword = {S(p)}", "The relevant part of settings.ini:"))
    p = g.password()
    add("password", f"The staging admin password is {S(p)} — please put it in the vault entry and then delete this message.")
    p = g.password()
    add("password", f"docker login registry.northwind-labs.io -u {U('deployer')} -p {S(p)}")
    p = g.password()
    add("password", f"<connectionStrings>\n  <add name=\"Reports\" connectionString=\"Data Source=sql01;Initial Catalog=Reports;User Id={U('rpt')};Password={S(p)}\" />\n</connectionStrings>")
    p = g.password()
    add("password", f"wifi:\n  ssid: \"Northwind-Guest\"\n  psk: \"{S(p)}\"")
    p = g.password()
    add("password", edit_file("deploy/ansible/group_vars/db.yml", "postgres_password: \"{{ vault_postgres_password }}\"", f"postgres_password: \"{S(p)}\""))
    p = g.password()
    add("password", f"redis-cli -h cache.internal -p 6380 --tls --pass {S(p)} ping")
    p = g.password()
    add("password", tool_result(f"$ kubectl get secret grafana-admin -o jsonpath='{{.data.admin-password}}' | base64 -d\n{S(p)}"))
    tok = g.mixed(ALNUM, 32)
    add("generic", f"Note: `{S(tok)}` is a live credential in plain text, don't paste it into the ticket.")
    tok = g.mixed(ALNUM + "-", 16)
    add("generic", f"heads up, I accidentally committed {S(tok)} in config.js (it's our internal API credential). How do I purge it from git history?")
    tok = g.mixed(ALNUM, 40)
    add("generic", f"$ cat token.txt\n{S(tok)}\n$ ./upload.sh --token-file token.txt")
    u = g.s(LOWNUM, 8)
    p = g.password()
    basic = __import__("base64").b64encode(f"{u}:{p}".encode()).decode()
    add("generic", create_file("~/.docker/config.json", '{\n  "auths": {\n    "registry.northwind-labs.io": {\n      "auth": "' + S(basic) + '"\n    }\n  }\n}'))
    add("generic", f"curl -H 'Authorization: Basic {S(__import__('base64').b64encode(('ci:' + g.password()).encode()).decode())}' https://nexus.internal/service/rest/v1/repositories")
    k8s = __import__("base64").b64encode(g.password().encode()).decode()
    add("generic", fenced("yaml", f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: payments-db\ntype: Opaque\ndata:\n  username: {S('cGF5bWVudHM=')}\n  password: {S(k8s)}",
        "Applied this secret but the pod still can't connect:"))
    sk = g.mixed(ALNUM + "!@#$%^&*(-_=+)", 50)
    add("generic", diff("backend/settings.py", [f"SECRET_KEY = '{S(sk)}'"], ("DEBUG = False", "ALLOWED_HOSTS = ['api.northwind-labs.io']")))
    lk = "base64:" + g.b64(32)
    add("generic", f"APP_NAME=Invoices\nAPP_ENV=production\nAPP_KEY={S(lk)}\nAPP_DEBUG=false\n")
    rk = g.s(HEX, 128)
    add("generic", f"production:\n  secret_key_base: {S(rk)}\n")
    nt = "npm_" + g.mixed(ALNUM, 36)
    add("generic", cat_n(".npmrc", f"@northwind:registry=https://npm.pkg.github.com\n//npm.pkg.github.com/:_authToken={S(g.github('ghp'))}\n//registry.npmjs.org/:_authToken={S(nt)}"))
    pp = "pypi-AgEIcHlwaS5vcmc" + g.mixed(B64URL, 150)
    add("generic", read_file("~/.pypirc", f"[distutils]\nindex-servers = pypi\n\n[pypi]\nusername = __token__\npassword = {S(pp)}"))
    return items


def secret_items(g: Gen) -> list[Item]:
    return prefixed(g) + longtail(g) + passwords(g)


__all__ = ["Item", "m", "secret_items"]
