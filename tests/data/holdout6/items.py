# ruff: noqa: E501, RUF001  -- item tables hold whole texts on one line; foreign letters are intended.
"""Sixth held-out set: agent material written blind, without running the detectors on it (see
README.md). Providers, carriers and sentence shapes none of eval-dev or holdout 1-5 used.
"""

from __future__ import annotations

import base64
import json

from _markup import (
    IP,
    A,
    C,
    D,
    E,
    I,
    L,
    P,
    S,
    T,
    U,
    Z,
    cat_n,
    create_file,
    diff,
    edit_file,
    esc,
    fenced,
    m,
    read_file,
    shell,
    tool_result,
)
from _values import ALNUM, DIGITS, HEX, HEXU, LOWNUM, UPNUM, Gen, iban, luhn_complete

B64URL = ALNUM + "-_"


# ---------------------------------------------------------------------------------------------
# carriers of other agent products than the earlier sets used


def codex_shell(cmd: str) -> str:
    """Codex CLI (Responses API) `function_call`: the arguments are a JSON document in a string."""
    inner = '{"command": ["bash", "-lc", "' + esc(cmd) + '"], "workdir": "/workspace/ledger", "timeout_ms": 120000}'
    return '{"type": "function_call", "name": "shell", "arguments": "' + esc(inner) + '", "call_id": "call_Wq81zR"}'


def codex_patch(patch: str) -> str:
    """Codex CLI `apply_patch` call, the patch itself escaped twice."""
    inner = '{"command": ["apply_patch", "' + esc(patch) + '"], "workdir": "/workspace/ledger"}'
    return '{"type": "function_call", "name": "shell", "arguments": "' + esc(inner) + '", "call_id": "call_Wq82zR"}'


def codex_output(text: str, code: int = 0) -> str:
    """Codex CLI `function_call_output`: output and metadata as a JSON document in a string."""
    inner = '{"output": "' + esc(text) + '", "metadata": {"exit_code": ' + str(code) + ', "duration_seconds": 0.4}}'
    return '{"type": "function_call_output", "call_id": "call_Wq81zR", "output": "' + esc(inner) + '"}'


def claude_bash(cmd: str, desc: str) -> str:
    return '{"type": "tool_use", "id": "toolu_01VfKq", "name": "Bash", "input": {"command": "' + esc(cmd) + '", "description": "' + esc(desc) + '"}}'


def claude_result(text: str) -> str:
    """Claude Code `tool_result` block with a text part."""
    return '{"type": "tool_result", "tool_use_id": "toolu_01VfKq", "content": [{"type": "text", "text": "' + esc(text) + '"}]}'


def claude_read(body: str, first: int = 1) -> str:
    """Claude Code Read tool output: right-aligned line number and an arrow."""
    return "\n".join(f"{i:6d}→{line}" for i, line in enumerate(body.split("\n"), first))


def cursor_edit(path: str, instructions: str, code: str) -> str:
    return '{"toolName": "edit_file", "args": {"target_file": "' + esc(path) + '", "instructions": "' + esc(instructions) + '", "code_edit": "' + esc(code) + '"}}'


def cline_write(path: str, content: str) -> str:
    return f"<write_to_file>\n<path>{path}</path>\n<content>\n{content}\n</content>\n</write_to_file>"


def cline_cmd(cmd: str) -> str:
    return f"<execute_command>\n<command>{cmd}</command>\n<requires_approval>true</requires_approval>\n</execute_command>"


def aider_edit(path: str, lang: str, search: str, replace: str) -> str:
    return f"{path}\n```{lang}\n<<<<<<< SEARCH\n{search}\n=======\n{replace}\n>>>>>>> REPLACE\n```"


def gemini_call(cmd: str, desc: str) -> str:
    return '{"functionCall": {"name": "run_shell_command", "args": {"command": "' + esc(cmd) + '", "description": "' + esc(desc) + '"}}}'


def gemini_resp(name: str, output: str) -> str:
    return '{"functionResponse": {"name": "' + name + '", "response": {"output": "' + esc(output) + '"}}}'


def copilot_req(text: str) -> str:
    """A VS Code Copilot Chat request as stored in the chat session file."""
    return '{"requestId": "request_5f1c9e", "message": {"text": "' + esc(text) + '", "parts": []}, "agent": {"id": "github.copilot.editsAgent"}}'


def glab_log(lines: list[str]) -> str:
    """A GitLab runner job log (plain trace with section markers)."""
    head = ["Running with gitlab-runner 17.1.0 (fe451d5a)", "  on shared-runner-eu-3 x7QpL2sk, system ID: s_4e21c0b8a1f7",
            "section_start:1720512431:prepare_executor", "Preparing the \"docker\" executor"]
    return "\n".join(head + lines + ["Job succeeded"])


def azp_log(lines: list[str]) -> str:
    """Azure Pipelines raw log: ISO timestamps with 7 fractional digits (Windows agent)."""
    return "\n".join(f"2024-07-09T12:{1 + i // 60:02d}:{i % 60:02d}.{4412097 + 1093 * i:07d}Z {x}" for i, x in enumerate(lines))


def b64u(raw: str) -> str:
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


# ---------------------------------------------------------------------------------------------


def secrets(g: Gen) -> list[tuple[str, list[str], str]]:
    out: list[tuple[str, list[str], str]] = []

    def add(p: str, t: str, providers: list[str] | None = None) -> None:
        out.append((f"holdout6:{p}", providers or [p], t))

    add("sanity", cursor_edit("src/lib/sanity.client.ts", "Use the write token for the preview client", f"import {{ createClient }} from '@sanity/client'\n\nexport const previewClient = createClient({{\n  projectId: 'q7mx3k2d',\n  dataset: 'production',\n  apiVersion: '2024-05-01',\n  useCdn: false,\n  token: '{S('sk' + g.mixed(ALNUM, 180))}',\n  perspective: 'previewDrafts',\n}})\n"))
    add("storyblok", cline_write("nuxt.config.ts", f"export default defineNuxtConfig({{\n  modules: [\n    ['@storyblok/nuxt', {{ accessToken: '{S(g.mixed(ALNUM, 22) + 'tt')}', apiOptions: {{ region: 'eu' }} }}],\n  ],\n  devtools: {{ enabled: false }},\n}})"))
    add("strapi", f"#### the import script gets a 403 from strapi although the token is full access\n#### curl -X POST https://cms.quillfeather.io/api/articles -H 'Authorization: Bearer {S(g.s(HEX, 256))}' -H 'Content-Type: application/json' -d @article.json\n\nA 403 with a full-access token usually means the request reaches a different Strapi instance than the one the token was created on. Check `STRAPI_URL` in the script's environment first.")
    add("twitch", codex_patch(f"*** Begin Patch\n*** Add File: internal/twitch/auth.go\n+package twitch\n+\n+const (\n+\tclientID     = \"{g.s(LOWNUM, 30)}\"\n+\tclientSecret = \"{S(g.s(LOWNUM, 30))}\"\n+)\n+\n+var tokenURL = \"https://id.twitch.tv/oauth2/token\"\n*** End Patch"))
    add("mastodon", claude_result(claude_read(f"LOCAL_DOMAIN=social.tamarind.dev\nMASTODON_API_BASE_URL=https://social.tamarind.dev\nMASTODON_ACCESS_TOKEN={S(g.mixed(B64URL, 43))}\nPOST_VISIBILITY=unlisted\nDRY_RUN=false")))
    add("nvidia", copilot_req(f"why does this hang forever?\n\nfrom langchain_nvidia_ai_endpoints import ChatNVIDIA\nllm = ChatNVIDIA(model=\"meta/llama-3.1-70b-instruct\", api_key=\"{S('nvapi-' + g.mixed(B64URL, 64))}\")\nprint(llm.invoke(\"ping\").content)"))
    add("stabilityai", gemini_resp("read_file", f"FROM node:20-slim\nWORKDIR /app\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY . .\nENV STABILITY_API_KEY={S('sk-' + g.mixed(ALNUM, 48))}\nENV PORT=8080\nEXPOSE 8080\nCMD [\"node\", \"server.js\"]"))
    helicone = "sk-helicone-" + "-".join(g.s(LOWNUM, 7) for _ in range(4))
    add("ai21+exa+helicone", claude_result(claude_read(f"# research agent\nAI21_API_KEY={S(g.mixed(ALNUM, 32))}\nEXA_API_KEY={S(g.uuid())}\nHELICONE_API_KEY={S(helicone)}\nOPENAI_BASE_URL=https://oai.helicone.ai/v1\nMAX_STEPS=12")), ["ai21", "exa", "helicone"])
    add("fal", create_file(".github/workflows/thumbnails.yml", f"name: thumbnails\non:\n  push:\n    paths: ['assets/**']\njobs:\n  render:\n    runs-on: ubuntu-latest\n    env:\n      FAL_KEY: {S(g.uuid() + ':' + g.s(HEX, 32))}\n    steps:\n      - uses: actions/checkout@v4\n      - run: node scripts/thumbs.mjs\n"))
    add("apify", cline_cmd(f"apify login -t {S('apify_api_' + g.mixed(ALNUM, 36))}"))
    add("serpapi", f"{{\"level\":30,\"time\":1720512000123,\"pid\":4127,\"hostname\":\"worker-2\",\"reqId\":\"req-1f\",\"msg\":\"fetching https://serpapi.com/search.json?engine=google_maps&q=coffee+near+Utrecht&api_key={S(g.s(HEX, 64))}\",\"attempt\":2}}")
    add("browserbase", f"Connect over CDP instead of launching Chromium in the container:\n\n```ts\nconst browser = await chromium.connectOverCDP(\n  `wss://connect.browserbase.com?apiKey={S('bb_live_' + g.mixed(B64URL, 27))}&sessionId=${{session.id}}`\n);\nconst page = browser.contexts()[0].pages()[0];\n```\n\nThat keeps the 2 GB image out of your Lambda.")
    add("xata", shell("git diff --cached .env.local", diff(".env.local", [f"XATA_API_KEY={S('xau_' + g.mixed(ALNUM, 32))}", "XATA_BRANCH=main"], ("NEXT_PUBLIC_SITE_URL=http://localhost:3000", "NEXTAUTH_URL=http://localhost:3000"), 3)))
    tb = "p." + b64u(json.dumps({"u": g.uuid(), "id": g.uuid(), "host": "europe-west2"})) + "." + g.b64(32, urlsafe=True).rstrip("=")
    add("tinybird", shell(f"tb auth --token {S(tb)}", "** Auth successful! \n** Configuration written to .tinyb file, consider adding it to .gitignore"))
    md = g.jwt(json.dumps({"session": "etl-prod", "userId": g.uuid(), "iat": 1720000000}))
    add("motherduck", aider_edit("etl/load.py", "python", "con = duckdb.connect(\"analytics.duckdb\")", f"con = duckdb.connect(\"md:analytics?motherduck_token={S(md)}\")"))
    add("neo4j+unleash", codex_output(f"services:\n  api:\n    image: ghcr.io/tamarind/api:2.4.1\n    environment:\n      - UNLEASH_URL=https://unleash.tamarind.dev/api\n      - UNLEASH_API_TOKEN={S('default:production.' + g.s(HEX, 64))}\n      - NEO4J_URI=neo4j+s://3f9a1c2b.databases.neo4j.io\n      - NEO4J_USERNAME={U('neo4j')}\n      - NEO4J_PASSWORD={S(g.mixed(B64URL, 43))}\n    ports:\n      - \"8080:8080\"\n"), ["neo4j", "unleash"])
    add("raygun", create_file("src/Ledger.Api/appsettings.Production.json", f"{{\n  \"RaygunSettings\": {{\n    \"ApiKey\": \"{S(g.mixed(ALNUM, 22))}\",\n    \"ExcludedStatusCodes\": [404]\n  }},\n  \"AllowedHosts\": \"*\"\n}}"))
    add("airbrake", cat_n("config/initializers/airbrake.rb", f"Airbrake.configure do |c|\n  c.project_id = 481223\n  c.project_key = '{S(g.s(HEX, 32))}'\n  c.environment = Rails.env\n  c.ignore_environments = %w[test development]\nend"))
    add("papertrail+pingdom", f"ops wiki → \"monitoring.env\" (copy to /etc/ops/ on the bastion)\n\nPAPERTRAIL_API_TOKEN={S(g.mixed(ALNUM, 20))}\nPINGDOM_API_TOKEN={S(g.mixed(B64URL, 64))}\nALERT_CHANNEL=#ops-alerts", ["papertrail", "pingdom"])
    add("mezmo", codex_shell(f"kubectl create secret generic logdna-agent-key -n logging --from-literal=logdna-agent-key={S(g.s(HEX, 32))}"))
    add("cronitor", shell("crontab -l", f"# m h dom mon dow command\n15 2 * * * /opt/backup/run.sh && curl -fsS -m 10 https://cronitor.link/p/{S(g.s(HEX, 32))}/nightly-backup > /dev/null\n*/10 * * * * /usr/local/bin/rotate-logs"))
    add("firehydrant", claude_result(claude_read(f"replicaCount: 1\nimage:\n  repository: ghcr.io/tamarind/incident-bot\n  tag: 1.8.0\nfirehydrant:\n  apiKey: {S('fhb-' + g.s(HEX, 32))}\n  defaultTeam: platform\nslack:\n  channel: '#incidents'", 1)))
    add("drone", f"~/src/ledger (main)> set -gx DRONE_SERVER https://drone.tamarind.dev\n~/src/ledger (main)> set -gx DRONE_TOKEN {S(g.mixed(ALNUM, 32))}\n~/src/ledger (main)> drone build ls tamarind/ledger --limit 1\nBuild #812\nStatus: success\nEvent: push\nCommit: {g.s(HEX, 40)}\nBranch: main")
    add("bitrise", shell(f"http GET https://api.bitrise.io/v0.1/apps 'Authorization:{S(g.mixed(B64URL, 86))}'", "HTTP/1.1 200 OK\nContent-Type: application/json\n\n{\n    \"data\": [],\n    \"paging\": {\n        \"page_item_limit\": 50,\n        \"total_item_count\": 0\n    }\n}"))
    add("cocoapods", tool_result(shell("cat ~/.netrc", f"machine trunk.cocoapods.org\n  login {E('kwame.asante@tamarind.dev')}\n  password {S(g.s(HEX, 32))}")))
    add("packagist", f"Packagist isn't picking up new tags. The GitHub hook should call\n\ncurl -XPOST -H'content-type:application/json' 'https://packagist.org/api/update-package?username={U('ikuznetsova')}&apiToken={S(g.mixed(ALNUM, 20))}' -d'{{\"repository\":{{\"url\":\"https://github.com/tamarind/php-ledger\"}}}}'\n\nbut the webhook log shows a 403 every time.")
    add("chocolatey", azp_log(["##[section]Starting: Push to Chocolatey", "==============================================================================", "Task         : Command line", "Version      : 2.237.1", "==============================================================================", "Generating script.", f"Script contents: choco push ledger.2.4.1.nupkg --source https://push.chocolatey.org/ --api-key {S(g.uuid())}", "========================== Starting Command Output ===========================", "Chocolatey v2.2.2", "Attempting to push ledger.2.4.1.nupkg to https://push.chocolatey.org/", "ledger 2.4.1 was pushed successfully to https://push.chocolatey.org/", "##[section]Finishing: Push to Chocolatey"]))
    add("openvsx", claude_result(claude_read(f"image: node:20\npipelines:\n  tags:\n    'v*':\n      - step:\n          name: Publish extension\n          script:\n            - npm ci\n            - npx @vscode/vsce package\n            - npx ovsx publish *.vsix -p {S(g.uuid())}")))
    add("authorizenet", create_file("src/main/java/io/tamarind/pay/AnetConfig.java", f"package io.tamarind.pay;\n\nimport net.authorize.api.contract.v1.MerchantAuthenticationType;\n\nfinal class AnetConfig {{\n    static MerchantAuthenticationType merchant() {{\n        MerchantAuthenticationType auth = new MerchantAuthenticationType();\n        auth.setName(\"{S(g.mixed(ALNUM, 10))}\");\n        auth.setTransactionKey(\"{S(g.mixed(ALNUM, 16))}\");\n        return auth;\n    }}\n}}\n"))
    add("midtrans", fenced("dart", f"class PaymentsConfig {{\n  static const isProduction = true;\n  static const clientKey = 'Mid-client-{g.mixed(ALNUM, 16)}';\n  static const serverKey = '{S('Mid-server-' + g.mixed(B64URL, 24))}';\n}}", "The Snap popup fails because the server key must never ship in the Flutter app. This is what `lib/config/payments.dart` holds now:", "Move `serverKey` to the backend that creates the Snap token; the client key can stay."))
    add("iyzico", cline_write("app/src/main/java/io/tamarind/checkout/Iyzico.kt", f"object Iyzico {{\n    val options = Options().apply {{\n        apiKey = \"{S('sandbox-' + g.mixed(ALNUM, 32))}\"\n        secretKey = \"{S('sandbox-' + g.mixed(ALNUM, 32))}\"\n        baseUrl = \"https://sandbox-api.iyzipay.com\"\n    }}\n}}"))
    bk, bs = g.mixed(ALNUM, 43), g.mixed(ALNUM, 43)
    add("bitfinex", f"julia> using HTTP, JSON3\n\njulia> ENV[\"BFX_API_KEY\"] = \"{S(bk)}\"\n\"{S(bk)}\"\n\njulia> ENV[\"BFX_API_SECRET\"] = \"{S(bs)}\"\n\"{S(bs)}\"\n\njulia> wallets(); # 10114 nonce: small")
    add("okx", f"my bot keeps getting 50113 invalid sign from okx. env is\n\nOKX_API_KEY={S(g.uuid())}\nOKX_SECRET_KEY={S(g.s(HEXU, 32))}\nOKX_PASSPHRASE={S(g.password())}\n\nsigning code is in src/okx/sign.ts, timestamps are ISO with millis")
    add("termii", f"Sending the OTP works from Postman but not from the Lambda. Code:\n\n```js\nconst res = await axios.post('https://api.ng.termii.com/api/sms/send', {{\n  api_key: '{S('TL' + g.mixed(ALNUM, 58))}',\n  to: '{T('2348127745190')}',\n  from: 'Tamarind',\n  sms: 'Your code is 481223',\n  type: 'plain',\n  channel: 'dnd',\n}});\n```")
    add("smtp2go", claude_bash(f"curl -s https://api.smtp2go.com/v3/email/send -H 'Content-Type: application/json' -d '{{\"api_key\":\"{S('api-' + g.s(HEXU, 32))}\",\"to\":[\"{P('Adaeze Nwosu')} <{E('adaeze.nwosu@gmail.com')}>\"],\"sender\":\"{E('receipts@tamarind.dev')}\",\"subject\":\"Your receipt\",\"text_body\":\"Thanks!\"}}'", "Send a test receipt through SMTP2GO"))
    pem = "-----BEGIN ENCRYPTED PRIVATE KEY-----\n" + "\n".join(g.b64(48) for _ in range(4)) + "\nMIIE" + g.s(ALNUM, 27)
    add("oci", shell("cat ~/.oci/config", f"[DEFAULT]\nuser=ocid1.user.oc1..aaaaaaaa{g.s(LOWNUM, 52)}\nfingerprint={':'.join(g.s(HEX, 2) for _ in range(16))}\ntenancy=ocid1.tenancy.oc1..aaaaaaaa{g.s(LOWNUM, 52)}\nregion=eu-frankfurt-1\nkey_file=~/.oci/oci_api_key.pem\npass_phrase={S(g.password())}\n") + shell("head -c 300 ~/.oci/oci_api_key.pem", S(pem)))
    add("civo", gemini_call(f"civo apikey save tamarind-prod {S(g.mixed(ALNUM, 50))} && civo apikey use tamarind-prod", "Store the Civo API key under a named profile"))
    add("wasabi", gemini_resp("read_file", f"[wasabi]\ntype = s3\nprovider = Wasabi\naccess_key_id = {S(g.s(UPNUM, 20))}\nsecret_access_key = {S(g.mixed(ALNUM, 40))}\nendpoint = s3.eu-central-2.wasabisys.com\nacl = private\n\n[local-backup]\ntype = alias\nremote = wasabi:tamarind-backups"))
    add("denodeploy", glab_log(["section_end:1720512433:prepare_executor", "section_start:1720512441:step_script", "$ deno --version", "deno 1.44.4 (release, x86_64-unknown-linux-gnu)", f"$ deployctl deploy --project=tamarind-edge --token={S('ddp_' + g.mixed(ALNUM, 36))} --prod main.ts", "✔ Deployment complete.", "section_end:1720512467:step_script"]))
    add("portainer", f"- name: Redeploy the ledger stack\n  ansible.builtin.uri:\n    url: https://portainer.tamarind.dev/api/stacks/14/git/redeploy?endpointId=2\n    method: PUT\n    headers:\n      X-API-Key: \"{S('ptr_' + g.mixed(B64URL, 43))}\"\n    body_format: json\n    body:\n      pullImage: true\n    status_code: 200")
    add("chromatic", edit_file(".circleci/config.yml", "      - run: npm run build-storybook", f"      - run: npm run build-storybook\n      - run: npx chromatic --project-token={S('chpt_' + g.s(HEX, 14))} --exit-zero-on-changes"))
    add("percy", f"Jenkinsfile as it is on the release branch:\n\npipeline {{\n  agent {{ label 'linux' }}\n  environment {{\n    PERCY_TOKEN = '{S('web_' + g.s(HEX, 64))}'\n  }}\n  stages {{\n    stage('Snapshots') {{\n      steps {{ sh 'npx percy exec -- npm run e2e' }}\n    }}\n  }}\n}}")
    add("cypress", read_file("Makefile", f".PHONY: e2e lint\n\ne2e:\n\tnpx cypress run --record --key {S(g.uuid())} --parallel --ci-build-id $(CI_PIPELINE_ID)\n\nlint:\n\tnpx eslint .", 40))
    add("lambdatest", fenced("python", f"LT_USERNAME = \"{U('oyelaranwunmi')}\"\nLT_ACCESS_KEY = \"{S('LT_' + g.mixed(ALNUM, 47))}\"\ngrid = f\"https://{{LT_USERNAME}}:{{LT_ACCESS_KEY}}@hub.lambdatest.com/wd/hub\"\ndriver = webdriver.Remote(command_executor=grid, options=opts)", "The session starts on the grid, so the credentials are fine; the timeout comes from the tunnel. Your `conftest.py` currently has:"))
    add("calcom", claude_result(claude_read(f"name = \"booking-worker\"\nmain = \"src/index.ts\"\ncompatibility_date = \"2024-06-20\"\n\n[vars]\nCAL_API_KEY = \"{S('cal_live_' + g.s(HEX, 32))}\"\nCAL_EVENT_TYPE_ID = \"918273\"")))
    add("ipinfo", read_file("/etc/nginx/conf.d/geo.conf", f"location /geo {{\n    content_by_lua_block {{\n        local http = require \"resty.http\"\n        local token = \"{S(g.s(HEX, 14))}\"\n        local res = http.new():request_uri(\"https://ipinfo.io/\" .. ngx.var.remote_addr .. \"?token=\" .. token)\n        ngx.say(res.body)\n    }}\n}}", 9))
    add("mapillary", f"the street-level layer is blank in prod, dev tools shows 190 on this request:\n\nconst url = `https://graph.mapillary.com/images?access_token={S('MLY|' + g.s(DIGITS, 16) + '|' + g.s(HEX, 32))}&fields=id,geometry&bbox=${{bbox}}`;")
    add("bigcommerce", tool_result(f"{{\"_type\": \"request\", \"_id\": \"req_{g.s(HEX, 32)}\", \"name\": \"List products\", \"method\": \"GET\", \"url\": \"https://api.bigcommerce.com/stores/x7k2qm/v3/catalog/products\", \"headers\": [{{\"name\": \"X-Auth-Token\", \"value\": \"{S(g.s(LOWNUM, 31))}\"}}, {{\"name\": \"Accept\", \"value\": \"application/json\"}}]}}"))
    add("ifttt", f"// garage.ino\n#include <WiFi.h>\n#include <HTTPClient.h>\n\nconst char* IFTTT_URL = \"https://maker.ifttt.com/trigger/door_open/with/key/{S(g.mixed(B64URL, 22))}\";\n\nvoid loop() {{\n  if (digitalRead(REED_PIN) == LOW) {{\n    HTTPClient http;\n    http.begin(IFTTT_URL);\n    http.GET();\n    http.end();\n  }}\n  delay(500);\n}}")
    add("bamboohr", claude_bash(f"curl -s -u \"{S(g.s(HEX, 40))}:x\" -H 'Accept: application/json' https://api.bamboohr.com/api/gateway.php/tamarind/v1/employees/directory | jq '.employees | length'", "Count employees in the BambooHR directory"))
    add("xero", shell("dotnet user-secrets list --project src/Ledger.Api", f"Xero:ClientSecret = {S(g.mixed(B64URL, 48))}\nXero:ClientId = {g.s(HEXU, 32)}\nConnectionStrings:Ledger = Server=localhost;Database=Ledger;Trusted_Connection=True;"))
    argo = g.jwt(json.dumps({"iss": "argocd", "sub": "ci-bot:apiKey", "nbf": 1719800000, "iat": 1719800000, "jti": g.uuid()}))
    add("argocd", shell("cat ~/.config/argocd/config", f"contexts:\n- name: argocd.tamarind.dev\n  server: argocd.tamarind.dev\n  user: argocd.tamarind.dev\ncurrent-context: argocd.tamarind.dev\nservers:\n- grpc-web-root-path: \"\"\n  server: argocd.tamarind.dev\nusers:\n- auth-token: {S(argo)}\n  name: argocd.tamarind.dev"))
    add("keycloak", shell(f"/opt/keycloak/bin/kcadm.sh config credentials --server https://sso.tamarind.dev --realm master --user {U('admin')} --password '{S(g.password())}'", f"Logging into https://sso.tamarind.dev as user {U('admin')} of realm master"))
    add("zilliz", f"Here is the client with the serverless endpoint:\n\n```python\nfrom pymilvus import MilvusClient\n\nclient = MilvusClient(\n    uri=\"https://in03-{g.s(HEX, 15)}.serverless.gcp-us-west1.cloud.zilliz.com\",\n    token=\"{S(g.s(HEX, 104))}\",\n)\nclient.create_collection(\"docs\", dimension=1024)\n```")
    add("smartsheet", f"Attribute VB_Name = \"SheetSync\"\nSub PullSheet()\n    Dim http As Object\n    Set http = CreateObject(\"MSXML2.XMLHTTP\")\n    http.Open \"GET\", \"https://api.smartsheet.eu/2.0/sheets/4583173393803140\", False\n    http.setRequestHeader \"Authorization\", \"Bearer {S(g.mixed(ALNUM, 37))}\"\n    http.send\n    Range(\"A1\").Value = http.responseText\nEnd Sub")
    add("plausible", read_file("grafana/provisioning/datasources/plausible.yaml", f"apiVersion: 1\ndatasources:\n  - name: Plausible\n    type: marcusolsson-json-datasource\n    url: https://plausible.io/api/v1/stats\n    jsonData:\n      httpHeaderName1: Authorization\n    secureJsonData:\n      httpHeaderValue1: 'Bearer {S(g.mixed(B64URL, 64))}'"))
    add("pinterest", fenced("python", f"import requests\n\nPINTEREST_TOKEN = \"{S('pina_' + g.s(UPNUM, 96))}\"\n\nresp = requests.get(\n    \"https://api.pinterest.com/v5/boards\",\n    headers={{\"Authorization\": f\"Bearer {{PINTEREST_TOKEN}}\"}},\n    timeout=10,\n)", "The 401 comes from the sandbox host: your token was issued for production. Point the call at the production API:"))
    # passwords and provider-less secrets
    add("password", claude_bash(f"sshpass -p '{S(g.password())}' ssh -o StrictHostKeyChecking=no {U('deploy')}@app3.tamarind.dev 'sudo systemctl restart ledger'", "Restart the ledger service on app3"))
    add("password", cline_cmd(f"smbclient //fs02.tamarind.local/scans -U 'TAMARIND\\{U('lphiri')}%{S(g.password())}' -c 'ls'"))
    add("password", shell(f"openssl pkcs12 -export -in tls.crt -inkey tls.key -out ledger.p12 -name ledger -passout pass:{S(g.password())}", ""))
    add("password", f"$ mosquitto_pub -h 192.168.1.20 -u {U('sensors')} -P '{S(g.password())}' -t garage/door -m open\n$")
    add("password", f"Objet : Réinitialisation de votre accès\n\nBonjour {P('Anne-Sophie')},\n\nVotre mot de passe temporaire pour l'intranet est : {S(g.password())}\nMerci de le modifier dès la première connexion.\n\n{P('Théo Garnier')}\nSupport informatique")
    add("password", f"[09:41] {P('佐藤 美咲')}: 新しいVPNのパスワードは {S(g.password())} です。月曜日までに変更してください。\n[09:42] {P('Kenji')}: 了解です、ありがとうございます")
    add("password", f"ledger> use admin\nswitched to db admin\nledger> db.createUser({{ user: \"{U('reporting_ro')}\", pwd: \"{S(g.password())}\", roles: [{{ role: \"read\", db: \"ledger\" }}] }})\n{{ ok: 1 }}")
    add("generic", read_file("/etc/nginx/sites-enabled/ledger.conf", f"location /internal/ {{\n    proxy_pass http://10.20.3.4:9000/;\n    proxy_set_header Authorization \"Bearer {S(g.s(HEX, 40))}\";\n    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n}}", 22))
    sess = g.jwt(json.dumps({"sub": "u_88213", "role": "admin", "exp": 1720600000}))
    add("jwt", f"{{\"request\": {{\"method\": \"GET\", \"url\": \"https://app.tamarind.dev/api/me\", \"headers\": [{{\"name\": \"Cookie\", \"value\": \"theme=dark; session={S(sess)}\"}}, {{\"name\": \"Accept\", \"value\": \"application/json\"}}]}}, \"response\": {{\"status\": 200}}}}")
    pgp = "-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + "\n".join(g.b64(48) for _ in range(5)) + "\n" + g.b64(30)
    add("pgp", f"gpg export for the release signing key, the rest got cut off when I copied it:\n\n{S(pgp)}\n\ncan you tell if it's the right key from this?")
    return out


def pii(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(src: str, t: str) -> None:
        out.append((f"holdout6:{src}", t))

    def ssn() -> str:
        return m("US_SSN", f"{g.rng.randint(101, 665)}-{g.rng.randint(10, 99)}-{g.rng.randint(1001, 9999)}")

    # developer identity in repository files and git output
    add("commit_trailers", shell("git show -s --format=%B HEAD", f"ledger: stop double-charging on retry\n\nThe idempotency key was regenerated on every retry, so the PSP saw\na new payment each time.\n\nReported-by: {P('Thandiwe Mokoena')} <{E('thandiwe@mokoena.co.za')}>\nReviewed-by: {P('Tomasz Wróblewski')} <{E('t.wroblewski@tamarind.dev')}>\nTested-by: {P('Rin Takahashi')} <{E('rin.takahashi@tamarind.dev')}>\nSigned-off-by: {P('Olumide Bankole')} <{E('olumide.bankole@tamarind.dev')}>"))
    add("codeowners_mixed", claude_result(claude_read(f"# Payments owns everything under billing\n/billing/            @tamarind/payments {E('kwabena.owusu@tamarind.dev')}\n/infra/**/*.tf       @{U('lucia-ferraro')} @{U('dkarimova')}\n/docs/               @{U('mwangi-ak')}\n*.proto              @tamarind/api-guild")))
    add("package_json_people", codex_output(f"{{\n  \"name\": \"@tamarind/ledger-ui\",\n  \"version\": \"3.2.0\",\n  \"author\": {{\n    \"name\": \"{P('Mariam Tadesse')}\",\n    \"email\": \"{E('mariam.tadesse@tamarind.dev')}\"\n  }},\n  \"contributors\": [\n    \"{P('Luca Bianchi-Rossi')} <{E('luca.br@tamarind.dev')}>\",\n    \"{P('Dilnoza Karimova')} <{E('dilnoza@karimova.uz')}>\"\n  ],\n  \"license\": \"UNLICENSED\"\n}}\n"))
    add("authors_file_scripts", read_file("AUTHORS", f"# This file lists everyone who has contributed code to this repository.\n# Names are added as: Name <email address>\n\n{P('Ахмед Назаров')} <{E('a.nazarov@yandex.ru')}>\n{P('김서연')} ({P('Kim Seo-yeon')}) <{E('seoyeon.kim@kakao.com')}>\n{P('J. R. Okafor')} <{E('jr@okafor.ng')}>\n{P('Nguyễn Thị Lan')} <{E('lan.nguyen@fpt.com.vn')}>\n{P('Wiranto')} <{E('wiranto@tamarind.dev')}>"))
    add("mailmap", cat_n(".mailmap", f"{P('Iñigo Fernández-Castro')} <{E('inigo.fc@tamarind.dev')}> <{E('inigo@MacBook-Pro-de-Inigo.local')}>\n{P('María José García-Huidobro')} <{E('mj.garcia@tamarind.dev')}> {U('mjgarcia')} <{E('mjgarcia@users.noreply.github.com')}>"))
    add("git_config_list", gemini_resp("run_shell_command", f"user.name={P('Farida Nurlanovna')}\nuser.email={E('farida.n@tamarind.dev')}\ncore.editor=nvim\npull.rebase=true\nremote.origin.url=git@github.com:tamarind/ledger.git\nbranch.main.remote=origin"))
    add("npm_owner_ls", shell("npm owner ls @tamarind/ledger-ui", f"{U('kwame-asante')} <{E('kwame@asante.dev')}>\n{U('tamarind-bot')} <{E('npm-bot@tamarind.dev')}>"))
    add("pip_show", shell("pip show ledger-core", f"Name: ledger-core\nVersion: 0.7.2\nSummary: Double-entry ledger primitives\nHome-page: https://github.com/tamarind/ledger-core\nAuthor: {P('Sipho Ndlovu')}\nAuthor-email: {P('Sipho Ndlovu')} <{E('sipho@ndlovu.africa')}>\nLicense: MPL-2.0\nLocation: /home/{U('sndlovu')}/.local/lib/python3.12/site-packages\nRequires: httpx, pydantic\nRequired-by:"))
    add("debian_control", read_file("debian/control", f"Source: ledger-cli\nSection: utils\nPriority: optional\nMaintainer: {P('Henrik Åström')} <{E('henrik@astrom.se')}>\nUploaders: {P('Aïcha Benali')} <{E('aicha.benali@tamarind.dev')}>\nBuild-Depends: debhelper-compat (= 13), golang-go (>= 2:1.22)\nStandards-Version: 4.7.0"))
    add("rpm_changelog", f"%changelog\n* Tue Jun 11 2024 {P('Bogdan Ionescu')} <{E('bogdan.ionescu@tamarind.ro')}> - 2.4.1-1\n- Rebuilt against OpenSSL 3.2\n\n* Fri May 03 2024 {P('Zeynep Arslan')} <{E('zeynep.arslan@tamarind.dev')}> - 2.4.0-1\n- New upstream release")
    add("helm_chart_maintainers", cursor_edit("charts/ledger/Chart.yaml", "Add the new maintainers", f"apiVersion: v2\nname: ledger\nversion: 0.9.0\nappVersion: \"2.4.1\"\nmaintainers:\n  - name: {P('Dmitri Sokolov')}\n    email: {E('d.sokolov@tamarind.dev')}\n  - name: {P('Amaru Quispe Huamán')}\n    email: {E('amaru.quispe@tamarind.dev')}\n"))
    add("pom_developers", f"<developers>\n  <developer>\n    <id>{U('akofi')}</id>\n    <name>{P('Abena Kofi-Mensah')}</name>\n    <email>{E('abena.km@tamarind.dev')}</email>\n    <timezone>Africa/Accra</timezone>\n  </developer>\n</developers>")
    add("dockerfile_label", codex_patch(f"*** Begin Patch\n*** Update File: Dockerfile\n@@\n FROM gcr.io/distroless/static-debian12\n-LABEL maintainer=\"ops@tamarind.dev\"\n+LABEL org.opencontainers.image.authors=\"{P('Rangi Parata')} <{E('rangi.parata@tamarind.dev')}>\"\n COPY --from=build /out/ledger /ledger\n*** End Patch").replace("ops@tamarind.dev", E("ops@tamarind.dev")))
    add("license_header", f"// Copyright (c) 2021-2024 {P('Mihai Popescu')} and contributors.\n// SPDX-License-Identifier: Apache-2.0\n\nuse std::collections::BTreeMap;\n\npub struct Journal {{\n    entries: BTreeMap<u64, Entry>,\n}}")
    add("claude_md_owner", f"# CLAUDE.md\n\n- Repo owner: {P('Yuki Matsumoto')} (@{U('ymatsumoto')}), JST.\n- Production incidents: page {P('Kagiso Molefe')} ({E('kagiso.molefe@tamarind.dev')}, {T('+27 82 417 3390')}).\n- Never run migrations against `prod` without asking first.")
    # directories, identities, OS
    add("get_aduser", f"PS C:\\> Get-ADUser -Identity {U('hnakamura')} -Properties * | Select-Object DisplayName,GivenName,Surname,SamAccountName,UserPrincipalName,EmailAddress,MobilePhone,OfficePhone,StreetAddress,City,PostalCode\n\nDisplayName       : {P('Nakamura, Hiroshi')}\nGivenName         : {P('Hiroshi')}\nSurname           : {P('Nakamura')}\nSamAccountName    : {U('hnakamura')}\nUserPrincipalName : {E('hnakamura@corp.tamarind.local')}\nEmailAddress      : {E('hiroshi.nakamura@tamarind.co.jp')}\nMobilePhone       : {T('090-4821-7736')}\nOfficePhone       : {T('06-6345-1209')}\nStreetAddress     : {A('梅田3-1-3')}\nCity              : {L('Osaka')}\nPostalCode        : {Z('530-0001')}")
    add("getent_passwd", shell("getent passwd | awk -F: '$3 >= 1000'", f"{U('cadeyemi')}:x:1003:1003:{P('Chiamaka Adeyemi-Okoro')},Room 4.12,{T('+234 1 270 4418')},:/home/{U('cadeyemi')}:/bin/bash\n{U('tkowalczyk')}:x:1004:1004:{P('Tadeusz Kowalczyk')},,,:/home/{U('tkowalczyk')}:/bin/zsh"))
    add("dscl_realname", claude_result(f"NFSHomeDirectory: /Users/{U('thabo')}\nRealName:\n {P('Thabo Nkosi')}"))
    add("macos_crash", f"-------------------------------------\nTranslated Report (Full Report Below)\n-------------------------------------\n\nProcess:               Ledger [8812]\nPath:                  /Users/{U('dilnoza.k')}/Applications/Ledger.app/Contents/MacOS/Ledger\nIdentifier:            dev.tamarind.ledger\nVersion:               3.2.0 (412)\nCode Type:             ARM-64 (Native)\nOS Version:            macOS 14.5 (23F79)\n\nException Type:        EXC_BREAKPOINT (SIGTRAP)\nTermination Reason:    Namespace SIGNAL, Code 5 Trace/BPT trap: 5")
    add("dotnet_stack", f"Unhandled exception. System.InvalidOperationException: Sequence contains no elements\n   at System.Linq.ThrowHelper.ThrowNoElementsException()\n   at Tamarind.Sync.Runner.Run() in C:\\Users\\{U('MMokoena')}\\source\\repos\\Sync\\Runner.cs:line 88\n   at Tamarind.Sync.Program.Main(String[] args) in C:\\Users\\{U('MMokoena')}\\source\\repos\\Sync\\Program.cs:line 14")
    add("python_traceback_home", gemini_resp("run_shell_command", f"Traceback (most recent call last):\n  File \"/home/{U('priya_r')}/code/ledger/sync.py\", line 41, in <module>\n    main()\n  File \"/home/{U('priya_r')}/code/ledger/.venv/lib/python3.12/site-packages/httpx/_client.py\", line 1014, in send\n    raise exc\nhttpx.ConnectTimeout: timed out"))
    add("ssh_authlog", f"Jul  9 06:14:02 bastion sshd[21877]: Accepted publickey for {U('tkowalczyk')} from {IP('83.24.117.209')} port 52214 ssh2: ED25519 SHA256:{g.b64(32).rstrip('=')}\nJul  9 06:14:02 bastion sshd[21877]: pam_unix(sshd:session): session opened for user {U('tkowalczyk')}(uid=1004) by (uid=0)")
    add("fail2ban", f"2024-07-09 03:12:44,118 fail2ban.actions [812]: NOTICE  [sshd] Ban {IP('45.148.10.183')}\n2024-07-09 03:22:44,903 fail2ban.actions [812]: NOTICE  [sshd] Unban {IP('45.148.10.183')}\n2024-07-09 03:40:01,334 fail2ban.actions [812]: NOTICE  [nginx-botsearch] Ban {IP('2a02:c207:2034:9911::1')}")
    # SaaS records and logs
    slack = [{"type": "message", "user": "U04KX2QJ8", "text": "call me on ⟦PHONE_NUMBER|0412 883 190⟧ if the deploy breaks tonight", "ts": "1720512344.318209",
              "user_profile": {"real_name": "⟦PERSON|Jarrah Williams⟧", "display_name": "⟦USERNAME|jarrah⟧", "name": "⟦USERNAME|jarrah.williams⟧"}}]
    add("slack_export_json", read_file("export/ops-deploys/2024-07-09.json", json.dumps(slack, ensure_ascii=False, indent=2)))
    add("jira_rest", tool_result(f"{{\"key\":\"SUP-2291\",\"fields\":{{\"summary\":\"Refund to wrong card\",\"reporter\":{{\"displayName\":\"{P('Siosaia Taufa')}\",\"emailAddress\":\"{E('siosaia.taufa@tamarind.dev')}\"}},\"assignee\":{{\"displayName\":\"{P('Leilani Kahale')}\",\"emailAddress\":\"{E('leilani.kahale@tamarind.dev')}\"}},\"comment\":{{\"comments\":[{{\"body\":\"Customer {P('Bridget O’Sullivan')} at {A('Unit 4, 27 Smith Street, Fitzroy VIC 3065')} says the refund went to a closed card.\"}}]}}}}}}"))
    sf = {"status": 0, "result": {"records": [
        {"attributes": {"type": "Contact"}, "Name": "⟦PERSON|Gabrielle Tremblay⟧", "Email": "⟦EMAIL_ADDRESS|g.tremblay@videotron.ca⟧", "Phone": "⟦PHONE_NUMBER|(416) 862-7731⟧", "MailingStreet": "⟦ADDRESS|88 Queen St W, Suite 1200⟧", "MailingCity": "⟦LOCATION|Toronto⟧", "MailingPostalCode": "⟦ZIP_CODE|M5H 2N2⟧"},
        {"attributes": {"type": "Contact"}, "Name": "⟦PERSON|Catalina Muñoz Reyes⟧", "Email": "⟦EMAIL_ADDRESS|cmunoz@uc.cl⟧", "Phone": "⟦PHONE_NUMBER|+56 9 6123 4587⟧", "MailingStreet": "⟦ADDRESS|Av. Providencia 1208, Depto 1502⟧", "MailingCity": "⟦LOCATION|Santiago⟧", "MailingPostalCode": "⟦ZIP_CODE|7500000⟧"}], "totalSize": 2, "done": True}}
    add("salesforce_soql", shell("sf data query -q \"SELECT Name, Email, Phone, MailingStreet, MailingCity, MailingPostalCode FROM Contact LIMIT 2\" --json", json.dumps(sf, ensure_ascii=False, indent=2)))
    add("hubspot_contact", codex_output(f"{{\"id\":\"51\",\"properties\":{{\"firstname\":\"{P('Oluwadamilare')}\",\"lastname\":\"{P('Ogunleye')}\",\"email\":\"{E('dami.ogunleye@outlook.com')}\",\"phone\":\"{T('0161 496 0723')}\",\"address\":\"{A('Flat 3, 14 Elm Grove')}\",\"city\":\"{L('Leeds')}\",\"zip\":\"{Z('LS6 2AQ')}\",\"lifecyclestage\":\"customer\"}},\"archived\":false}}"))
    add("django_auth_log", f"WARNING 2024-07-09 08:12:44,118 auth.backends login failed for email={E('m.haidari@gmx.de')} from {IP('81.2.69.160')} (attempt 5)\nINFO 2024-07-09 08:13:02,907 accounts.views password reset requested for {E('m.haidari@gmx.de')}\nINFO 2024-07-09 08:15:40,011 accounts.views login ok user_id=88123 ip={IP('81.2.69.160')}")
    add("sentry_event", claude_result(f"{{\"event_id\":\"{g.s(HEX, 32)}\",\"level\":\"error\",\"platform\":\"javascript\",\"user\":{{\"id\":\"4411\",\"email\":\"{E('nadia.rahman@yahoo.co.uk')}\",\"ip_address\":\"{IP('86.143.27.54')}\",\"username\":\"{U('nadia_r')}\"}},\"exception\":{{\"values\":[{{\"type\":\"TypeError\",\"value\":\"Cannot read properties of undefined (reading 'total')\"}}]}}}}"))
    add("k8s_audit", f"{{\"kind\":\"Event\",\"apiVersion\":\"audit.k8s.io/v1\",\"level\":\"Metadata\",\"verb\":\"delete\",\"user\":{{\"username\":\"{E('ricardo.alves@tamarind.dev')}\",\"groups\":[\"system:authenticated\"]}},\"sourceIPs\":[\"{IP('177.104.33.81')}\"],\"objectRef\":{{\"resource\":\"pods\",\"namespace\":\"billing\",\"name\":\"ledger-api-7d9f8b6c5d-x2k4q\"}},\"responseStatus\":{{\"code\":200}}}}")
    add("gcp_audit", gemini_resp("run_shell_command", f"protoPayload:\n  '@type': type.googleapis.com/google.cloud.audit.AuditLog\n  authenticationInfo:\n    principalEmail: {E('yasmin.haddad@tamarind.dev')}\n  methodName: storage.objects.delete\n  requestMetadata:\n    callerIp: {IP('2001:16b8:4d2a:9f00:1c3e:77ff:fe21:8a01')}\n  resourceName: projects/_/buckets/ledger-exports/objects/2024-07.csv\nseverity: NOTICE"))
    add("cloudtrail", tool_result(f"{{\n  \"eventName\": \"ConsoleLogin\",\n  \"userIdentity\": {{\n    \"type\": \"IAMUser\",\n    \"arn\": \"arn:aws:iam::418273645512:user/{U('mateus.oliveira')}\",\n    \"userName\": \"{U('mateus.oliveira')}\"\n  }},\n  \"sourceIPAddress\": \"{IP('189.6.44.172')}\",\n  \"responseElements\": {{ \"ConsoleLogin\": \"Success\" }}\n}}"))
    add("entra_signin", f"| createdDateTime | userDisplayName | userPrincipalName | ipAddress | city |\n|---|---|---|---|---|\n| 2024-07-09T07:58:12Z | {P('Sven-Erik Johansson')} | {E('sven-erik.johansson@tamarind.se')} | {IP('90.224.18.5')} | {L('Uppsala')} |\n| 2024-07-09T08:01:40Z | {P('Aditi Bhattacharya')} | {E('aditi.b@tamarind.in')} | {IP('49.36.112.77')} | {L('Kolkata')} |")
    add("okta_syslog", f"{{\"eventType\":\"user.session.start\",\"actor\":{{\"alternateId\":\"{E('tevita.fifita@tamarind.dev')}\",\"displayName\":\"{P('Tevita Fifita')}\"}},\"client\":{{\"ipAddress\":\"{IP('203.86.200.14')}\",\"geographicalContext\":{{\"city\":\"{L('Auckland')}\"}}}},\"outcome\":{{\"result\":\"SUCCESS\"}}}}")
    twilio = f"sid,date_sent,from,to,body,status\nSM{g.s(HEX, 32)},2024-07-09 09:12:04,{T('+14153902271')},{T('+447700183462')},\"Hi {P('Grace')}, your parcel is out for delivery\",delivered\nSM{g.s(HEX, 32)},2024-07-09 09:12:05,{T('+14153902271')},{T('+33644129087')},\"Bonjour {P('Hugo')}, votre colis arrive aujourd'hui\",delivered"
    add("twilio_messages_csv", shell("twilio api:core:messages:list --properties sid,dateSent,from,to,body,status -o csv", twilio))
    add("calendly_webhook", tool_result(f"{{\"event\":\"invitee.created\",\"payload\":{{\"name\":\"{P('Nomvula Dlamini')}\",\"email\":\"{E('nomvula.dlamini@icloud.com')}\",\"timezone\":\"Africa/Johannesburg\",\"questions_and_answers\":[{{\"question\":\"Best number to reach you\",\"answer\":\"{T('083 552 9174')}\"}}]}}}}"))
    add("typeform_answers", f"{{\"form_response\":{{\"form_id\":\"lT4Z3j\",\"answers\":[{{\"type\":\"text\",\"text\":\"{P('Bolat Seitkali')}\",\"field\":{{\"ref\":\"full_name\"}}}},{{\"type\":\"email\",\"email\":\"{E('bolat.seitkali@mail.kz')}\",\"field\":{{\"ref\":\"email\"}}}},{{\"type\":\"phone_number\",\"phone_number\":\"{T('+77012984415')}\",\"field\":{{\"ref\":\"phone\"}}}}]}}}}")
    add("shopify_order", codex_output(f"{{\"order\":{{\"id\":5520117882,\"email\":\"{E('valeria.cortes@gmail.com')}\",\"shipping_address\":{{\"first_name\":\"{P('Valeria')}\",\"last_name\":\"{P('Cortés Villanueva')}\",\"address1\":\"{A('Av. Insurgentes Sur 1971')}\",\"address2\":\"{A('Torre 2, Depto 804')}\",\"city\":\"{L('Ciudad de México')}\",\"zip\":\"{Z('01020')}\",\"phone\":\"{T('55 4172 9903')}\",\"country_code\":\"MX\"}}}}}}"))
    add("postgres_log", f"2024-07-09 10:02:11.418 UTC [28831] ERROR:  duplicate key value violates unique constraint \"customers_email_key\"\n2024-07-09 10:02:11.418 UTC [28831] DETAIL:  Key (email)=({E('hamid.sultani@protonmail.com')}) already exists.\n2024-07-09 10:02:11.418 UTC [28831] STATEMENT:  INSERT INTO customers (full_name, email) VALUES ('{P('Hamid Sultani')}', '{E('hamid.sultani@protonmail.com')}')")
    add("android_logcat", f"07-09 10:14:22.318 12345 12401 D AuthRepository: signed in as {E('zanele.mthembu@gmail.com')} displayName={P('Zanele Mthembu')}\n07-09 10:14:22.402 12345 12345 I Choreographer: Skipped 31 frames!  The application may be doing too much work on its main thread.")
    add("har_postdata", f"{{\"request\": {{\"method\": \"POST\", \"url\": \"https://shop.tamarind.dev/checkout/address\", \"postData\": {{\"mimeType\": \"application/json\", \"text\": \"{esc(json.dumps({'name': '⟦PERSON|Kemal Aydın⟧', 'street': '⟦ADDRESS|Moda Caddesi No: 112 Daire: 5, 34710 Kadıköy/İstanbul⟧', 'phone': '⟦PHONE_NUMBER|0532 771 48 20⟧'}, ensure_ascii=False))}\"}}}}}}")
    add("airtable_record", f"{{\"records\":[{{\"id\":\"rec8Fq2LmZ0wXyT1a\",\"fields\":{{\"Name\":\"{P('Paora Te Whiu')}\",\"Email\":\"{E('paora.tewhiu@xtra.co.nz')}\",\"Phone\":\"{T('021 884 3107')}\",\"Address\":\"{A('12 Ponsonby Road, Grey Lynn, Auckland 1011')}\"}}}}]}}")
    # documents
    add("resume_md", f"# {P('Lerato Khumalo')}\n\n{A('14 Jan Smuts Avenue, Parktown, Johannesburg 2193')} · {T('+27 11 482 6613')} · {E('lerato.khumalo@gmail.com')}\n\n## Experience\n\n**Senior Backend Engineer**, Tamarind Labs (2021–present)\n- Led the ledger rewrite in Go; cut settlement time from 4 h to 9 min.")
    add("employment_contract", f"EMPLOYMENT AGREEMENT\n\nThis agreement is made on 1 July 2024 between Tamarind Labs GmbH, {A('Rosenthaler Straße 40, 10178 Berlin')} (the \"Company\"), and Ms {P('Anne-Sophie Lefèvre-Dubois')}, born on {D('17 March 1991')}, residing at {A('Schönhauser Allee 167, 10435 Berlin')} (the \"Employee\").")
    add("invoice_es", f"FACTURA Nº 2024-0193\nFecha: 09/07/2024\n\nCliente: {P('María Fernanda Ruiz Olmedo')}\nDirección: {A('Calle de Alcalá 221, 3º B, 28028 Madrid')}\nTeléfono: {T('611 24 87 39')}\n\nConcepto: Licencia anual Ledger Pro ........ 1.200,00 €\nForma de pago: transferencia a {I(iban('ES', '2100' + '0418' + g.s(DIGITS, 12)))}")
    add("medical_intake", f"NEW PATIENT INTAKE — Riverside Family Clinic\nPatient name: {P('DeShawn Carter')}\nDate of birth: {D('March 3, 1979')}\nSSN: {ssn()}\nHome address: {A('4821 Magnolia Ave, Apt 2B, Riverside, CA 92506')}\nCell: {T('(951) 384-2276')}\nEmergency contact: {P('Keisha Carter')} (wife) {T('(951) 384-2290')}")
    add("insurance_claim_au", f"Claim form — motor vehicle\nClaimant: {P('Mitchell, Brodie')}\nDOB: {D('14/02/1987')}\nAddress: {A('7/31 Wattle Street, Ultimo NSW 2007')}\nMobile: {T('0413 276 558')}\nDescription: rear-ended at a red light, no injuries.")
    add("support_transcript", claude_result(f"[14:02] Visitor: hi, my order never arrived\n[14:02] Agent {P('Naledi')}: Sorry to hear that! Can I have the name and e-mail on the order?\n[14:03] Visitor: {P('pieter van der merwe')}, {E('pvdmerwe@telkomsa.net')}\n[14:04] Visitor: it should have gone to {A('23 Kloof Street, Gardens, Cape Town 8001')}, number is {T('082 417 3390')}"))
    add("email_de_signature", f"Hallo {P('Jonas')},\n\nanbei die unterschriebene Vereinbarung.\n\nViele Grüße\n{P('Katharina Schulze-Bergmann')}\nTamarind Labs GmbH\n{A('Torstraße 119, 10119 Berlin')}\nTel. {T('030 2809 4471')}\nMobil {T('0171 552 3908')}")
    add("email_ja", f"{P('高橋 健太')} 様\n\nいつもお世話になっております。請求書の送付先が変更になりました。\n\n新住所：{A('〒150-0043 東京都渋谷区道玄坂1-12-1 22階')}\n電話：{T('03-5459-8821')}\n\n{P('山本 花子')}")
    add("shipping_label_ko", f"받는 사람: {P('이지은')}\n주소: {A('서울특별시 마포구 월드컵북로 396, 1203호')}\n우편번호: {Z('03925')}\n연락처: {T('010-4821-3377')}")
    add("courier_ru", f"Заявка на курьера №4471\nПолучатель: {P('Анна Смирнова')}\nАдрес: {A('ул. Тверская, д. 7, кв. 12, Москва, 125009')}\nТел.: {T('8 (925) 731-44-08')}\nКомментарий: домофон не работает, звонить заранее")
    add("shipping_zh", f"收件人：{P('陈思远')}\n电话：{T('138 1762 4490')}\n地址：{A('上海市浦东新区世纪大道100号25楼')}\n备注：工作日送货")
    add("delivery_ae", f"Delivery instructions for order #A-88213: deliver to {P('خالد المنصوري')} ({P('Khalid Al Mansouri')}), {A('Villa 23, Street 4, Al Barsha 2, Dubai')}, call {T('050 318 7742')} on arrival.")
    add("contact_in", copilot_req(f"add this customer to the seed file with a realistic order:\n{P('प्रिया शर्मा')} ({P('Priya Sharma')}), {A('Flat 302, Sai Residency, 12th Cross, Indiranagar, Bengaluru 560038')}, mobile {T('098450 27731')}"))
    add("aider_history_pl", f"#### add the new supplier to suppliers.yaml: Kowalczyk Transport, contact {P('Tadeusz Kowalczyk')}, {A('ul. Długa 44/3, 80-827 Gdańsk')}, tel. {T('601 234 587')}\n\nsuppliers.yaml\n```yaml\n<<<<<<< SEARCH\n  - name: Baltic Freight\n=======\n  - name: Baltic Freight\n  - name: Kowalczyk Transport\n    contact: {P('Tadeusz Kowalczyk')}\n    phone: \"{T('601 234 587')}\"\n>>>>>>> REPLACE\n```")
    add("teams_vtt", f"WEBVTT\n\n{g.uuid()}/18-0\n00:00:03.120 --> 00:00:07.480\n<v {P('Ifeoma Chukwu')}>Can everyone see the dashboard?</v>\n\n{g.uuid()}/22-0\n00:00:08.010 --> 00:00:11.950\n<v {P('Marek Horváth')}>Yes, and the spike is the Monday batch again.</v>")
    add("supplier_phone_table", f"| Supplier | Contact | Phone |\n|---|---|---|\n| Fjord Print AS | {P('Ingvild Haugen')} | {T('412 38 907')} |\n| Rhein Logistik | {P('Uwe Brandt')} | {T('0221 9483 2270')} |\n| Sertão Têxtil | {P('Joana Batista')} | {T('(11) 98765-2143')} |\n| Hanoi Pack | {P('Phạm Văn Đức')} | {T('091 234 5587')} |")
    # chat and prose
    add("lowercase_chat", f"hey can u add {P('priya')} and {P('jonas lindgren')} to the on-call rota for august, and take {P('nomvula')} off — she's on leave until the 20th")
    add("single_names", f"{P('Suharti')} from finance signed off on the Q2 close this morning; {P('Sukarni')} will upload the bank statements to the shared drive before Friday.")
    add("initials_review", f"Design doc reviewed by {P('J.-P. Moreau')} and {P('A. K. Mwangi')} on 2024-06-12; open questions go to Dr. {P('Ewurabena Sarpong')}.")
    add("compound_name_prose", f"The contract is signed by {P('María José García-Huidobro de la Fuente')} on behalf of the supplier and by {P('van den Berg')} for us.")
    # payment and government identifiers
    add("card_legacy_php_log", f"[09-Jul-2024 11:41:07 Europe/Amsterdam] PHP Notice:  charge failed card={C(luhn_complete('4', 16, g))} name={P('Wouter Jansen')} amount=129.00 in /var/www/shop/lib/Payment.php on line 212")
    disc = luhn_complete('6011', 16, g)
    add("card_discover_form", f"Billing details\nName on card: {P('Lakshmi Venkataraman')}\nCard number: {C(' '.join(disc[i:i + 4] for i in range(0, 16, 4)))}\nExpiry: 11/27")
    add("sepa_mandate_be", f"SEPA Direct Debit Mandate\nDebtor: {P('Louise Peeters')}\nAddress: {A('Rue de la Loi 155, 1040 Etterbeek')}\nIBAN: {I(iban('BE', g.s(DIGITS, 12)))}\nCreditor identifier: BE69ZZZ0123456789")
    fi = iban('FI', g.s(DIGITS, 14))
    add("iban_fi_grouped", f"Maksu tilille {I(' '.join(fi[i:i + 4] for i in range(0, len(fi), 4)))}, saaja {P('Aino Virtanen')}. Viite 12344.")
    add("iban_at_chat", f"[11:02] {P('Florian Gruber')}: kannst du mir die 45 € überweisen? {I(iban('AT', g.s(DIGITS, 16)))}\n[11:03] {P('Lena')}: mach ich heute abend 👍")
    add("hr_onboarding_csv", f"employee_id,legal_name,ssn,dob,start_date\nE-1041,{P('Marcus Delgado')},{ssn()},{D('1990-08-21')},2024-07-15\nE-1042,{P('Tiffany Nguyen')},{ssn()},{D('1995-12-02')},2024-07-15")
    add("dl_form_tx", f"Renter information\nName: {P('Austin Whitaker')}\nTexas driver license: {m('US_DRIVER_LICENSE', g.s(DIGITS, 8))}\nDOB: {D('06/30/1984')}\nAddress: {A('2209 S Lamar Blvd, Austin, TX 78704')}")
    add("ip_customer_prose", f"The customer {P('Akua Boateng')} says she can't reach the portal from home; her router's public address is {IP('154.160.22.' + str(g.rng.randint(10, 250)))} and the office one is {IP('41.215.160.' + str(g.rng.randint(10, 250)))}.")
    return out


def negatives(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(src: str, t: str) -> None:
        out.append((f"holdout6:{src}", t))

    add("git_lfs_pointer", claude_result(claude_read(f"version https://git-lfs.github.com/spec/v1\noid sha256:{g.s(HEX, 64)}\nsize 48211377")))
    add("kubectl_describe_secret", shell("kubectl -n billing describe secret ledger-db", "Name:         ledger-db\nNamespace:    billing\nLabels:       app.kubernetes.io/name=ledger\nAnnotations:  <none>\n\nType:  Opaque\n\nData\n====\npassword:  32 bytes\nusername:  9 bytes\nhost:      41 bytes"))
    add("gha_masked_log", f"Run ./scripts/deploy.sh\n  ./scripts/deploy.sh\n  shell: /usr/bin/bash -e {{0}}\n  env:\n    DEPLOY_TOKEN: ***\n    SENTRY_AUTH_TOKEN: ***\n    AWS_REGION: eu-west-1\nDeploying ledger-api@{g.s(HEX, 7)} with token ***\nDone in 41s.")
    add("sops_encrypted", read_file("secrets/prod.enc.yaml", f"db_password: ENC[AES256_GCM,data:{g.b64(24)},iv:{g.b64(32)},tag:{g.b64(16)},type:str]\napi_token: ENC[AES256_GCM,data:{g.b64(30)},iv:{g.b64(32)},tag:{g.b64(16)},type:str]\nsops:\n    age:\n        - recipient: age1{g.s('qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}\n    lastmodified: \"2024-07-01T09:12:44Z\"\n    mac: ENC[AES256_GCM,data:{g.b64(48)},iv:{g.b64(32)},tag:{g.b64(16)},type:str]\n    version: 3.8.1"))
    add("eth_tx_lookup", codex_output(f"status               1 (success)\ntransactionHash      0x{g.s(HEX, 64)}\nblockHash            0x{g.s(HEX, 64)}\nblockNumber          20271844\nfrom                 0x{g.s(HEX, 40)}\nto                   0x{g.s(HEX, 40)}\ngasUsed              46109"))
    add("mongo_objectids", f"ledger> db.products.find({{}}, {{name: 1, sku: 1}}).limit(3)\n[\n  {{ _id: ObjectId('{g.s(HEX, 24)}'), name: 'Canvas tote', sku: 'TT-CAN-01' }},\n  {{ _id: ObjectId('{g.s(HEX, 24)}'), name: 'Enamel mug', sku: 'MG-ENA-02' }},\n  {{ _id: ObjectId('{g.s(HEX, 24)}'), name: 'Linen apron', sku: 'AP-LIN-03' }}\n]")
    add("discord_bot_ids", f"2024-07-09 10:02:11 INFO  gateway: READY session={g.s(HEX, 32)} shards=2\n2024-07-09 10:02:14 INFO  commands: registered 14 slash commands for guild {g.s(DIGITS, 19)}\n2024-07-09 10:05:40 DEBUG interactions: handled /status in channel {g.s(DIGITS, 19)} message {g.s(DIGITS, 19)} in 38ms")
    add("ksuid_orders", tool_result(json.dumps({"data": [{"id": "ord_" + g.mixed(ALNUM, 27), "sku": "TT-CAN-01", "qty": 2, "total": "38.00"}, {"id": "ord_" + g.mixed(ALNUM, 27), "sku": "MG-ENA-02", "qty": 1, "total": "14.50"}], "next_cursor": g.b64(24, urlsafe=True)})))
    add("model_names_prose", "We compared Claude Sonnet 4, Gemini 2.5 Pro and Llama 3.1 405B on the refactoring suite; Mistral Large and Phi-3 medium were too slow on the 2-core runner, and Qwen2.5-Coder fell over on the Haskell tasks.")
    add("people_like_tools", "Tests run under Jasmine and Karma in the browser and under Mocha with Chai and Sinon in Node; the docs are built with Hugo, Celery workers feed Ray, and Tomcat still fronts the old Struts admin.")
    add("swift_package_resolved", read_file("Package.resolved", f"{{\n  \"pins\" : [\n    {{\n      \"identity\" : \"swift-collections\",\n      \"kind\" : \"remoteSourceControl\",\n      \"location\" : \"https://github.com/apple/swift-collections.git\",\n      \"state\" : {{\n        \"revision\" : \"{g.s(HEX, 40)}\",\n        \"version\" : \"1.1.1\"\n      }}\n    }}\n  ],\n  \"version\" : 2\n}}"))
    add("uv_lock", f"[[package]]\nname = \"httpx\"\nversion = \"0.27.0\"\nsource = {{ registry = \"https://pypi.org/simple\" }}\nsdist = {{ url = \"https://files.pythonhosted.org/packages/5c/2d/{g.s(HEX, 60)}/httpx-0.27.0.tar.gz\", hash = \"sha256:{g.s(HEX, 64)}\", size = 126413 }}\nwheels = [\n    {{ url = \"https://files.pythonhosted.org/packages/41/7b/{g.s(HEX, 60)}/httpx-0.27.0-py3-none-any.whl\", hash = \"sha256:{g.s(HEX, 64)}\", size = 75590 }},\n]")
    add("conda_export", shell("conda env export --no-builds | head -8", "name: ledger\nchannels:\n  - conda-forge\ndependencies:\n  - python=3.12.4\n  - numpy=1.26.4\n  - pandas=2.2.2\n  - pyarrow=16.1.0"))
    add("compose_var_refs", claude_result(claude_read("services:\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_USER: ${POSTGRES_USER:-ledger}\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it in .env}\n  api:\n    environment:\n      DATABASE_URL: postgres://${POSTGRES_USER}:${POSTGRES_PASSWORD}@db:5432/ledger\n      STRIPE_KEY: ${STRIPE_KEY}")))
    add("kustomize_secret_generator", "secretGenerator:\n  - name: ledger-db\n    files:\n      - password=secrets/db_password.txt\n  - name: ledger-api\n    envs:\n      - secrets/api.env\ngeneratorOptions:\n  disableNameSuffixHash: false")
    add("sts_caller_identity", shell("aws sts get-caller-identity", "{\n    \"UserId\": \"AROAZ4KQ7LMN2PXR3TYUV:botocore-session-1720512431\",\n    \"Account\": \"418273645512\",\n    \"Arn\": \"arn:aws:sts::418273645512:assumed-role/ci-deployer/botocore-session-1720512431\"\n}"))
    add("node_versions", shell("node -p process.versions", "{\n  node: '20.15.0',\n  acorn: '8.11.3',\n  ada: '2.8.0',\n  ares: '1.28.1',\n  brotli: '1.1.0',\n  icu: '74.2',\n  llhttp: '8.1.2',\n  openssl: '3.0.13+quic',\n  uv: '1.46.0',\n  v8: '11.3.244.8-node.23'\n}"))
    add("x509_fingerprint", shell("openssl x509 -in tls.crt -noout -serial -fingerprint -sha256 -enddate", f"serial={g.s(HEXU, 32)}\nsha256 Fingerprint={':'.join(g.s(HEXU, 2) for _ in range(32))}\nnotAfter=Oct  7 23:59:59 2024 GMT"))
    add("dkim_txt", gemini_resp("run_shell_command", f";; ANSWER SECTION:\nselector1._domainkey.tamarind.dev. 3600 IN TXT \"v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA{g.s(ALNUM + '+/', 180)}\" \"{g.s(ALNUM + '+/', 170)}IDAQAB\""))
    add("ssh_keyscan", shell("ssh-keyscan -t ed25519,ecdsa github.com 2>/dev/null", f"github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{g.s(ALNUM, 43)}\ngithub.com ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB{g.s(ALNUM + '+/', 88)}="))
    add("product_fixture", create_file("tests/fixtures/products.json", "[\n  {\"sku\": \"LS-VIEN-01\", \"name\": \"Vienna desk lamp\", \"price\": 119.0, \"stock\": 14},\n  {\"sku\": \"CH-NAIR-02\", \"name\": \"Nairobi rattan chair\", \"price\": 289.0, \"stock\": 3},\n  {\"sku\": \"RG-KYIV-03\", \"name\": \"Kyiv wool rug\", \"price\": 340.0, \"stock\": 0},\n  {\"sku\": \"VS-LIMA-04\", \"name\": \"Lima clay vase\", \"price\": 45.5, \"stock\": 22}\n]\n"))
    add("vite_manifest", f"{{\n  \"index.html\": {{\n    \"file\": \"assets/index-{g.mixed(B64URL, 8)}.js\",\n    \"css\": [\"assets/index-{g.mixed(B64URL, 8)}.css\"],\n    \"imports\": [\"_vendor-{g.mixed(B64URL, 8)}.js\"],\n    \"isEntry\": true\n  }}\n}}")
    add("sha256_test_vector", fenced("python", "def test_digest_matches_known_vector():\n    assert sha256_hex(b\"abc\") == (\n        \"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\"\n    )", "Use the FIPS 180-2 test vector so the test does not depend on our own fixtures:"))
    add("gitleaks_rule_toml", read_file(".gitleaks.toml", "[[rules]]\nid = \"tamarind-internal-token\"\ndescription = \"Tamarind internal service token\"\nregex = '''\\btmd_(?:live|test)_[A-Za-z0-9]{32}\\b'''\nkeywords = [\"tmd_live_\", \"tmd_test_\"]\n\n[allowlist]\npaths = ['''tests/fixtures/''']"))
    add("rotation_prose", "Rotate the deploy token every 90 days: create the new one in the provider console, store it in the vault under ci/deploy, re-run the pipeline, and only then revoke the old token. Never paste a token into a ticket or a chat.")
    add("ci_matrix", "strategy:\n  fail-fast: false\n  matrix:\n    os: [ubuntu-24.04, windows-2022, macos-14]\n    python: ['3.10', '3.11', '3.12', '3.13']\n    exclude:\n      - os: windows-2022\n        python: '3.10'")
    add("compose_ps", shell("docker compose ps", "NAME              IMAGE                          COMMAND                  SERVICE   CREATED        STATUS                  PORTS\nledger-api-1      ghcr.io/tamarind/api:2.4.1     \"/ledger serve\"          api       3 hours ago    Up 3 hours (healthy)    0.0.0.0:8080->8080/tcp\nledger-db-1       postgres:16                    \"docker-entrypoint.s…\"   db        3 hours ago    Up 3 hours              5432/tcp"))
    add("csp_header", f"content-security-policy: default-src 'self'; script-src 'self' 'nonce-{g.b64(16)}' 'sha256-{g.b64(32)}'; style-src 'self' 'sha256-{g.b64(32)}'; img-src 'self' data:; frame-ancestors 'none'")
    add("oidc_discovery", tool_result("{\n  \"issuer\": \"https://sso.tamarind.dev/realms/main\",\n  \"authorization_endpoint\": \"https://sso.tamarind.dev/realms/main/protocol/openid-connect/auth\",\n  \"token_endpoint\": \"https://sso.tamarind.dev/realms/main/protocol/openid-connect/token\",\n  \"jwks_uri\": \"https://sso.tamarind.dev/realms/main/protocol/openid-connect/certs\",\n  \"grant_types_supported\": [\"authorization_code\", \"refresh_token\", \"client_credentials\"]\n}"))
    add("jwks_public", f"{{\"keys\":[{{\"kid\":\"{g.mixed(B64URL, 43)}\",\"kty\":\"RSA\",\"alg\":\"RS256\",\"use\":\"sig\",\"n\":\"{g.b64(256, urlsafe=True).rstrip('=')}\",\"e\":\"AQAB\",\"x5t#S256\":\"{g.b64(32, urlsafe=True).rstrip('=')}\"}}]}}")
    add("city_population_csv", "city,country,population_m,region\nLagos,NG,15.4,af-south-1\nDhaka,BD,23.2,ap-south-1\nKarachi,PK,17.2,me-central-1\nSão Paulo,BR,22.6,sa-east-1\nJakarta,ID,11.2,ap-southeast-3")
    add("mit_license", "MIT License\n\nCopyright (c) 2024 The Ledger Authors\n\nPermission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the \"Software\"), to deal in the Software without restriction.")
    add("git_bisect_log", shell("git bisect log", "\n".join(f"# {x}: [{g.s(HEX, 40)}] {msg}\ngit bisect {x} {g.s(HEX, 40)}" for x, msg in [("bad", "ledger: async settlement export"), ("good", "chore: bump httpx to 0.27.0"), ("bad", "fees: cap FX markup")])))
    add("tf_random_password", cursor_edit("infra/db.tf", "Generate the password instead of hard-coding it", "resource \"random_password\" \"db\" {\n  length  = 32\n  special = true\n}\n\noutput \"db_password\" {\n  value     = random_password.db.result\n  sensitive = true\n}\n"))
    add("chinese_build_log", "[信息] 正在编译 ledger-core v0.7.2\n[信息] 编译完成，用时 41.7 秒\n[警告] 依赖 serde 1.0.203 有新版本 1.0.204 可用\n[信息] 测试通过：312 个，失败：0 个")
    add("crash_system_paths", f"Thread 3 Crashed:\n0   libsystem_kernel.dylib   0x{g.s(HEX, 12)} __pthread_kill + 8\n1   libsystem_pthread.dylib  0x{g.s(HEX, 12)} pthread_kill + 288\n2   ledgerd                  0x{g.s(HEX, 12)} ledger::journal::flush + 412 (/opt/ledger/src/journal.rs:88)\nBinary Images:\n0x100a4c000 - 0x100f1bfff ledgerd (2.4.1) <{g.uuid(upper=True)}> /opt/ledger/bin/ledgerd")
    return out
