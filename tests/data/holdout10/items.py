# ruff: noqa: E501, RUF001  -- item tables hold whole texts on one line; foreign letters are intended.
"""Tenth held-out set: the general mix of coding-agent material, written blind, without running
the detectors on it (see README.md). Secret providers named A-M that none of eval-dev or
holdout 1-9 uses; carriers of agent products and tools the earlier sets did not use.
"""

from __future__ import annotations

import base64
import json

from _markup import IP, A, C, D, E, I, L, P, S, T, U, Z, esc, m, shell
from _values import ALNUM, DIGITS, HEX, HEXU, LOWER, LOWNUM, UPNUM, UPPER, Gen, iban, luhn_complete

B64URL = ALNUM + "-_"
B64S = ALNUM + "+/"


def dumps(obj: object, **kw: object) -> str:
    """`json.dumps` keeping non-ASCII characters (and so the span markup) as they are."""
    kw.setdefault("ensure_ascii", False)
    return json.dumps(obj, **kw)  # type: ignore[arg-type]


def grp(digits: str) -> str:
    """A card number in groups of four."""
    return " ".join(digits[i : i + 4] for i in range(0, len(digits), 4))


def b64(raw: str) -> str:
    return base64.b64encode(raw.encode()).decode()


def jargs(args: dict[str, str]) -> str:
    """A JSON object of string arguments (values already marked), as a compact document."""
    return "{" + ", ".join('"' + k + '": "' + esc(v) + '"' for k, v in args.items()) + "}"


# ---------------------------------------------------------------------------------------------
# carriers of agent products, frameworks and CI systems the earlier sets did not use


def qwen_call(cmd: str, desc: str) -> str:
    """Qwen Code: a `run_shell_command` functionCall part in the session log."""
    return '{"role": "model", "parts": [{"functionCall": {"id": "run_shell_command-1764153301-7a1c", "name": "run_shell_command", "args": {"command": "' + esc(cmd) + '", "description": "' + esc(desc) + '"}}}]}'


def qwen_resp(output: str) -> str:
    """Qwen Code: the functionResponse part with the command output."""
    return '{"role": "user", "parts": [{"functionResponse": {"id": "run_shell_command-1764153301-7a1c", "name": "run_shell_command", "response": {"output": "' + esc(output) + '"}}}]}'


def agents_span(name: str, args: dict[str, str], output: str) -> str:
    """OpenAI Agents SDK trace: a `function` span (input is a JSON document inside a string)."""
    return '{"object": "trace.span", "id": "span_6f1c0a9e2b7d4c31a8e5f0b2", "trace_id": "trace_3d9a7c1e5b2f48a6901c4e7d2a8b5f03", "span_data": {"type": "function", "name": "' + name + '", "input": "' + esc(jargs(args)) + '", "output": "' + esc(output) + '", "mcp_data": null}, "started_at": "2026-11-24T10:02:11.418Z", "ended_at": "2026-11-24T10:02:12.077Z", "error": null}'


def adk_call(name: str, args: dict[str, str]) -> str:
    """Google ADK event with a functionCall part (args an object)."""
    inner = ", ".join('"' + k + '": "' + esc(v) + '"' for k, v in args.items())
    return '{"invocation_id": "e-4b1f9c2a-77d0-4c1e-9a3b-2d8e6f5a1c07", "author": "integration_agent", "content": {"role": "model", "parts": [{"function_call": {"id": "adk-8c2e1f4a-9b3d", "name": "' + name + '", "args": {' + inner + "}}}]}, \"timestamp\": 1764147731.882}"


def pyd_call(tool: str, args: dict[str, str], ret: str) -> str:
    """PydanticAI message history: a tool-call part (args a JSON string) and its tool-return."""
    call = '{"parts": [{"tool_name": "' + tool + '", "args": "' + esc(jargs(args)) + '", "tool_call_id": "pyd_ai_9e1c3b", "part_kind": "tool-call"}], "model_name": "gpt-4.1", "kind": "response"}'
    res = '{"parts": [{"tool_name": "' + tool + '", "content": "' + esc(ret) + '", "tool_call_id": "pyd_ai_9e1c3b", "timestamp": "2026-11-24T08:41:02.155Z", "part_kind": "tool-return"}], "kind": "request"}'
    return "[" + call + ", " + res + "]"


def llama_result(tool: str, kwargs: dict[str, str], output: str) -> str:
    """LlamaIndex AgentWorkflow `ToolCallResult` event as serialised by the workflow handler."""
    inner = ", ".join('"' + k + '": "' + esc(v) + '"' for k, v in kwargs.items())
    return '{"__is_pydantic": true, "value": {"tool_name": "' + tool + '", "tool_kwargs": {' + inner + '}, "tool_id": "call_c1Xn4", "tool_output": {"content": "' + esc(output) + '", "tool_name": "' + tool + '", "is_error": false}, "return_direct": false}, "qualified_name": "llama_index.core.agent.workflow.workflow_events.ToolCallResult"}'


def sk_result(plugin: str, fn: str, result: str) -> str:
    """Semantic Kernel chat history: a tool message with FunctionResultContent."""
    return '{"Role": {"Label": "tool"}, "Items": [{"$type": "FunctionResultContent", "CallId": "call_SKq82", "PluginName": "' + plugin + '", "FunctionName": "' + fn + '", "Result": "' + esc(result) + '"}]}'


def haystack_result(tool: str, args: dict[str, str], result: str) -> str:
    """Haystack ChatMessage.to_dict() of a tool message."""
    inner = ", ".join('"' + k + '": "' + esc(v) + '"' for k, v in args.items())
    return '{"role": "tool", "meta": {}, "name": null, "content": [{"tool_call_result": {"result": "' + esc(result) + '", "origin": {"tool_name": "' + tool + '", "arguments": {' + inner + '}, "id": "call_hs7Q"}, "error": false}}]}'


def crush_call(cmd: str) -> str:
    """Charm Crush: a `bash` tool call whose input is a JSON document inside a string."""
    return '{"id": "toolu_crush_01Fq", "name": "bash", "input": "' + esc(jargs({"command": cmd, "timeout": "120000"})) + '", "finished": true}'


def droid_exec(cmd: str, output: str) -> str:
    """Factory Droid terminal transcript of an Execute tool use."""
    return "⛬  Execute(" + cmd + ")\n   ⎿  " + output.replace("\n", "\n      ")


def trae_cmd(cmd: str, cwd: str, output: str) -> str:
    """Trae IDE agent: `run_command` tool call and the terminal output it received."""
    return '{"tool": "run_command", "parameters": {"command": "' + esc(cmd) + '", "cwd": "' + esc(cwd) + '", "blocking": true}}\n' + '{"tool_result": {"status": "success", "stdout": "' + esc(output) + '"}}'


def gptme_log(cmd: str, output: str) -> str:
    """gptme conversation.jsonl: the assistant's shell block and the system message with its output."""
    a = dumps({"role": "assistant", "content": f"Let me check.\n\n```shell\n{cmd}\n```", "timestamp": "2026-11-24T09:12:40.118201"})
    s = dumps({"role": "system", "content": f"Ran command: `{cmd}`\n\n```stdout\n{output}\n```", "timestamp": "2026-11-24T09:12:41.902117"})
    return a + "\n" + s


def aider_hist(prompt: str, answer: str) -> str:
    """.aider.chat.history.md: the user's prompt as a level-4 heading and the answer below."""
    return f"# aider chat started at 2026-11-23 14:02:55\n\n> /usr/local/bin/aider --model sonnet\n> Aider v0.86.1\n\n#### {prompt}\n\n{answer}"


def bolt(actions: list[tuple[str, str, str]]) -> str:
    """bolt.new artifact: file and shell actions (type, filePath or "", body)."""
    parts = []
    for kind, path, body in actions:
        attr = f' filePath="{path}"' if path else ""
        parts.append(f'  <boltAction type="{kind}"{attr}>\n{body}\n  </boltAction>')
    return '<boltArtifact id="project-setup" title="Project setup">\n' + "\n".join(parts) + "\n</boltArtifact>"


def dspy_traj(steps: list[tuple[str, str, dict[str, str], str]]) -> str:
    """DSPy ReAct trajectory as printed (thought, tool name, args, observation per step)."""
    out = []
    for i, (th, tool, args, obs) in enumerate(steps):
        out.append(f"'thought_{i}': {th!r},\n'tool_name_{i}': {tool!r},\n'tool_args_{i}': {args!r},\n'observation_{i}': {obs!r},")
    return "{" + "\n".join(out) + "}"


def databricks_nb(cells: list[str]) -> str:
    """A Databricks notebook exported as source."""
    return "# Databricks notebook source\n" + "\n\n# COMMAND ----------\n\n".join(cells)


def zeppelin_para(text: str, result: str) -> str:
    """One paragraph of a Zeppelin note (note.json)."""
    return '{"text": "' + esc(text) + '", "user": "anonymous", "dateUpdated": "2026-11-20 09:14:02.118", "config": {"editorMode": "ace/mode/python"}, "results": {"code": "SUCCESS", "msg": [{"type": "TEXT", "data": "' + esc(result) + '"}]}, "status": "FINISHED"}'


def cohere_tool(doc: str) -> str:
    """Cohere v2 chat: a tool message whose document data is a JSON string."""
    return '{"role": "tool", "tool_call_id": "get_config_x1r7", "content": [{"type": "document", "document": {"data": "' + esc(doc) + '"}}]}'


def jb_ai(user: str, assistant: str) -> str:
    """JetBrains AI Assistant chat, exported to Markdown."""
    return f"### User\n\n{user}\n\n### AI Assistant\n\n{assistant}"


def copilot_cli(cmd: str, output: str) -> str:
    """GitHub Copilot CLI session events: a bash tool execution and its completion."""
    return '{"type": "tool.execution_start", "data": {"toolCallId": "tc_01JD8", "toolName": "bash", "arguments": {"command": "' + esc(cmd) + '", "description": "Run command"}}}\n{"type": "tool.execution_complete", "data": {"toolCallId": "tc_01JD8", "success": true, "result": {"content": "' + esc(output) + '"}}}'


def bitbucket_log(lines: list[str]) -> str:
    """Bitbucket Pipelines step log."""
    return "\n".join(["+ umask 000", "+ GIT_LFS_SKIP_SMUDGE=1 retry 6 git clone --branch=\"main\" --depth 50 https://x-token-auth:$REPOSITORY_OAUTH_ACCESS_TOKEN@bitbucket.org/$BITBUCKET_REPO_FULL_NAME.git $BUILD_DIR", *lines])


def codebuild_log(lines: list[str]) -> str:
    """AWS CodeBuild phase log lines."""
    return "\n".join(f"[Container] 2026/11/24 07:{12 + i // 60:02d}:{i % 60:02d}.{118 + 37 * i:03d}{'' if i % 3 else '612'} {x}" if x.startswith(("Running", "Phase", "Entering")) else x for i, x in enumerate(lines))


def concourse_log(task: str, lines: list[str]) -> str:
    """`fly watch` output of a Concourse task."""
    return f"initializing\nselected worker: worker-7b9c\nrunning /bin/sh -ec {task}\n" + "\n".join(lines) + "\nsucceeded"


def cloudbuild_log(lines: list[str]) -> str:
    """Google Cloud Build log as shown by `gcloud builds log`."""
    return "\n".join(f"Step #{1 if i < 2 else 2} - \"{'deploy' if i >= 2 else 'fetch'}\": {x}" for i, x in enumerate(lines))


def woodpecker_yaml(body: str) -> str:
    return "# .woodpecker/deploy.yaml\n" + body


def journal_json(unit: str, msg: str, pid: int = 2211) -> str:
    """One `journalctl -o json` record."""
    return dumps({"__REALTIME_TIMESTAMP": "1764150331822913", "_HOSTNAME": "ingest-02", "_SYSTEMD_UNIT": unit, "_PID": str(pid), "PRIORITY": "6", "MESSAGE": msg})


def read_cfg(path: str, body: str) -> str:
    """Cline/Roo `read_file` tool result with numbered lines inside a <file> element."""
    lines = body.split("\n")
    numbered = "\n".join(f"{i} | {x}" for i, x in enumerate(lines, 1))
    return f"[read_file for '{path}'] Result:\n<file><path>{path}</path>\n<content lines=\"1-{len(lines)}\">\n{numbered}\n</content>\n</file>"


def httpie(req: str, resp: str) -> str:
    """HTTPie `--print=HhBb` style exchange."""
    return req + "\n\n" + resp


# ---------------------------------------------------------------------------------------------


def secrets(g: Gen) -> list[tuple[str, list[str], str]]:
    out: list[tuple[str, list[str], str]] = []

    def add(p: str, t: str, providers: list[str] | None = None) -> None:
        out.append((f"holdout10:{p}", providers or [p], t))

    # developer platforms, CI and build tooling
    add("apollo", qwen_call(f"APOLLO_KEY={S('service:brindle-gateway:' + g.mixed(B64URL, 22))} rover subgraph publish brindle-gateway@prod --name orders --schema ./orders/schema.graphql --routing-url http://orders.svc:4001/graphql", "Publish the orders subgraph schema to Apollo GraphOS") + "\n" + qwen_resp("Publishing SDL to brindle-gateway@prod (subgraph: orders) using credentials from the environment variable $APOLLO_KEY\nThe 'orders' subgraph for the 'brindle-gateway' graph was updated\nThe gateway for the 'brindle-gateway' graph was updated with a new schema, composed from the updated 'orders' subgraph"))
    add("appsignal+applitools", bolt([("file", ".env.test", f"APPSIGNAL_PUSH_API_KEY={S(g.uuid())}\nAPPSIGNAL_APP_ENV=test\nAPPLITOOLS_API_KEY={S(g.mixed(ALNUM, 45) + '110')}\nAPPLITOOLS_BATCH_NAME=checkout-visual"), ("shell", "", "npm install --save-dev @applitools/eyes-playwright @appsignal/nodejs && npx playwright test --project=visual")]), ["appsignal", "applitools"])
    add("codeclimate+codemagic", woodpecker_yaml(f"when:\n  - event: push\n    branch: main\n\nsteps:\n  - name: coverage\n    image: node:22\n    environment:\n      CC_TEST_REPORTER_ID: {S(g.s(HEX, 64))}\n    commands:\n      - curl -L https://codeclimate.com/downloads/test-reporter/test-reporter-latest-linux-amd64 > ./cc-test-reporter\n      - chmod +x ./cc-test-reporter && ./cc-test-reporter before-build\n      - npm ci && npm test -- --coverage\n      - ./cc-test-reporter after-build --exit-code $?\n  - name: trigger-mobile\n    image: curlimages/curl\n    commands:\n      - >\n        curl -sS -H \"Content-Type: application/json\" -H \"x-auth-token: {S(g.mixed(B64URL, 43))}\"\n        -d '{{\"appId\": \"{g.s(HEX, 24)}\", \"workflowId\": \"ios-release\", \"branch\": \"main\"}}'\n        https://api.codemagic.io/builds"), ["codeclimate", "codemagic"])
    add("blackduck", codebuild_log(["Entering phase BUILD", "Running command bash <(curl -s -L https://detect.blackduck.com/detect10.sh) --blackduck.url=https://blackduck.hafnia.se --blackduck.api.token=" + S(g.b64(66)) + " --detect.project.name=ledger-core --detect.project.version.name=4.2.0", "[main] --- Detect version: 10.1.0", "[main] --- Black Duck Server Connection: https://blackduck.hafnia.se (connected)", "[main] --- Overall Status: SUCCESS", "Phase complete: BUILD State: SUCCEEDED"]))
    add("checkmarx", concourse_log("ci/scan.sh", [f"+ cx scan create --project-name payments-api --branch main -s . --apikey {S(g.jwt(dumps({'iat': 1763900000, 'jti': g.uuid(), 'iss': 'https://eu.iam.checkmarx.net/auth/realms/hafnia', 'aud': 'https://eu.iam.checkmarx.net/auth/realms/hafnia', 'typ': 'Offline', 'azp': 'ast-app'}, separators=(',', ':'))))} --report-format summaryConsole", "Scan ID: " + g.uuid(), "Scan status: Completed", "Total results: 14 (High: 0, Medium: 3, Low: 11)"]))
    add("dependencytrack", f"The BOM upload step fails with 401 since we moved to v4.12. This is what I run locally (httpie):\n\n```\n$ http --form POST https://dtrack.okapi-labs.io/api/v1/bom X-Api-Key:{S('odt_' + g.mixed(ALNUM, 32))} autoCreate=true projectName=okapi-portal projectVersion=2.8.1 bom@target/bom.json\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{{\n    \"token\": \"{g.uuid()}\"\n}}\n```\n\nLocally it works. In CI the same key comes from the `DTRACK_KEY` secret, so I suspect the secret still holds the old key.")
    add("dagster", f"$ helm upgrade --install user-code-agent dagster-cloud/dagster-cloud-agent -n dagster \\\n    --set dagsterCloud.deployment=prod \\\n    --set dagsterCloud.agentToken={S('agent:okapi:' + g.s(HEX, 32))} \\\n    --set workspace.location=okapi-analytics\nRelease \"user-code-agent\" does not exist. Installing it now.\nNAME: user-code-agent\nSTATUS: deployed\nREVISION: 1")
    add("gitguardian", bitbucket_log(["+ pip install ggshield==1.34.0", f"+ export GITGUARDIAN_API_KEY={S(g.mixed(ALNUM, 69))}", "+ ggshield secret scan ci", "No secrets have been found", "Scanned 14 commits"]))
    add("kong", cloudbuild_log(["Already have image (with digest): gcr.io/cloud-builders/git", "HEAD is now at 8d2c41e", f"+ deck gateway sync kong/*.yaml --konnect-addr https://eu.api.konghq.com --konnect-control-plane-name prod-eu --konnect-token {S('kpat_' + g.mixed(ALNUM, 47))}", "creating route orders-v2", "updating plugin rate-limiting for service orders", "Summary:\n  Created: 1\n  Updated: 1\n  Deleted: 0"]))
    add("buildbuddy", f"# .bazelrc.user  (not checked in... it was, in a0f3c11)\nbuild --bes_results_url=https://app.buildbuddy.io/invocation/\nbuild --bes_backend=grpcs://remote.buildbuddy.io\nbuild --remote_cache=grpcs://remote.buildbuddy.io\nbuild --remote_header=x-buildbuddy-api-key={S(g.mixed(ALNUM, 20))}\nbuild --remote_timeout=3600")
    add("depot+coder", crush_call(f"DEPOT_TOKEN={S('depot_org_' + g.s(HEX, 64))} depot build --project {g.s(LOWER, 10)} -t ghcr.io/okapi-labs/portal:2.8.1 --push . && coder login https://coder.okapi-labs.io --token {S(g.mixed(ALNUM, 10) + '-' + g.mixed(ALNUM, 22))}"), ["depot", "coder"])
    add("anaconda+mavencentral", f"Both publish jobs broke after the credential rotation. Relevant bits of the two config files:\n\n`~/.condarc`\n```yaml\nchannels:\n  - okapi\n  - conda-forge\nchannel_settings:\n  - channel: https://conda.anaconda.org/okapi\nanaconda_upload: false\n```\n\n`~/.continuum/anaconda-client/tokens/https%3A%2F%2Fapi.anaconda.org.token` contains `{S('ok-' + g.uuid())}`\n\n`~/.m2/settings.xml`\n```xml\n<settings>\n  <servers>\n    <server>\n      <id>central</id>\n      <username>{U(g.mixed(ALNUM, 8))}</username>\n      <password>{S(g.mixed(ALNUM, 44))}</password>\n    </server>\n  </servers>\n</settings>\n```", ["anaconda", "mavencentral"])
    add("e2b+gitpod", agents_span("run_sandbox", {"code": "import os\nprint(os.environ.get('GITPOD_HOST'))", "env": f"E2B_API_KEY={S('e2b_' + g.s(HEX, 40))}\nGITPOD_TOKEN={S('gitpod_pat_' + g.mixed(B64URL, 43) + '.' + g.mixed(B64URL, 43))}"}, "https://gitpod.okapi-labs.io"), ["e2b", "gitpod"])
    # observability and security
    add("crowdstrike", pyd_call("run_python", {"code": f"from falconpy import Hosts\nhosts = Hosts(client_id='{g.s(HEX, 32)}', client_secret='{S(g.mixed(ALNUM, 40))}', base_url='eu-1')\nprint(hosts.query_devices_by_filter(filter=\"hostname:'BLD-*'\", limit=5)['body']['resources'])"}, "['4f1e2d3c5b6a79880a1b2c3d4e5f6a7b', '9a8b7c6d5e4f30211f2e3d4c5b6a7988']"))
    add("lacework", shell("cat ~/.lacework.toml", f"[default]\n  account = \"hafnia\"\n  subaccount = \"\"\n  api_key = \"{S('HAFNIA_' + g.s(HEXU, 56))}\"\n  api_secret = \"{S('_' + g.s(HEX, 32))}\"\n  version = 2"))
    add("mend", read_cfg("wss-unified-agent.config", f"# Mend Unified Agent\nwss.url=https://saas-eu.whitesourcesoftware.com/agent\napiKey={S(g.uuid())}\nuserKey={S(g.s(HEX, 64))}\nproductName=Ledger\nprojectName=ledger-core\nincludes=**/*.jar **/*.py\nexcludes=**/test/**"))
    add("instana+appdynamics", f"# agent/configuration.yaml and the AppD controller-info, as deployed on bld-04\ncom.instana.agent.main.sender.Backend:\n  host: 'ingress-orange-saas.instana.io'\n  port: '443'\n  key: '{S(g.mixed(B64URL, 22))}'\n\n<controller-info>\n    <controller-host>hafnia.saas.appdynamics.com</controller-host>\n    <controller-port>443</controller-port>\n    <controller-ssl-enabled>true</controller-ssl-enabled>\n    <account-name>hafnia</account-name>\n    <account-access-key>{S(g.s(LOWNUM, 12))}</account-access-key>\n</controller-info>", ["instana", "appdynamics"])
    add("lightstep", f"receivers:\n  otlp:\n    protocols:\n      grpc: {{}}\nexporters:\n  otlp/lightstep:\n    endpoint: ingest.lightstep.com:443\n    headers:\n      \"lightstep-access-token\": \"{S(g.b64(63))}\"\nservice:\n  pipelines:\n    traces:\n      receivers: [otlp]\n      exporters: [otlp/lightstep]")
    add("bing", trae_cmd(f"curl -s -H \"Ocp-Apim-Subscription-Key: {S(g.s(HEX, 32))}\" \"https://api.bing.microsoft.com/v7.0/search?q=kubernetes+1.32+release+notes&count=3\" | jq -r '.webPages.value[].url'", "/Users/" + U("matteo.greco") + "/code/research-bot", "https://kubernetes.io/blog/2024/12/11/kubernetes-v1-32-release/\nhttps://github.com/kubernetes/kubernetes/blob/master/CHANGELOG/CHANGELOG-1.32.md\nhttps://kubernetes.io/releases/"))
    add("humanloop+arize", adk_call("update_env_file", {"path": "services/evals/.env", "content": f"HUMANLOOP_API_KEY={S('hl_sk_' + g.s(HEX, 48))}\nARIZE_SPACE_ID={g.mixed(ALNUM, 24)}\nARIZE_API_KEY={S(g.mixed(ALNUM, 32))}\n"}), ["humanloop", "arize"])
    # SaaS APIs, in prose, code and config
    add("atera", f"# Get-AteraAgents.ps1\n# Liest alle Agenten aus Atera und schreibt sie als CSV für die Inventur.\n$headers = @{{\n    \"X-API-KEY\" = \"{S(g.s(HEX, 32))}\"\n    \"Accept\"    = \"application/json\"\n}}\n$page = 1\ndo {{\n    $r = Invoke-RestMethod -Uri \"https://app.atera.com/api/v3/agents?page=$page&itemsInPage=50\" -Headers $headers\n    $r.items | Select-Object MachineName, OSType, LastSeen | Export-Csv -Append -Path .\\agents.csv -NoTypeInformation\n    $page++\n}} while ($page -le $r.totalPages)")
    add("authy", f"Necesito que el endpoint de verificación use Authy en vez de nuestro OTP casero. Esto es lo que tenemos en `config.py` ahora mismo:\n\n```python\nclass ProductionConfig(BaseConfig):\n    AUTHY_API_KEY = \"{S(g.mixed(ALNUM, 32))}\"\n    OTP_TTL_SECONDS = 300\n    SESSION_COOKIE_SECURE = True\n```\n\n¿Puedes mover la clave a una variable de entorno y escribir el test?")
    add("autodesk", sk_result("FilePlugin", "ReadFile", dumps({"Logging": {"LogLevel": {"Default": "Information"}}, "Aps": {"ClientId": g.mixed(ALNUM, 32), "ClientSecret": "APSSECRET", "CallbackUrl": "https://viewer.nordkap-logistik.de/api/auth/callback", "Bucket": "nordkap-models-prod"}}, indent=2).replace("APSSECRET", S(g.mixed(ALNUM, 64)))))
    add("bannerbear+beehiiv", crush_call(f"curl -s -X POST https://api.bannerbear.com/v2/images -H 'Authorization: Bearer {S('bb_pr_' + g.s(HEX, 30))}' -H 'Content-Type: application/json' -d @og-image.json && curl -s https://api.beehiiv.com/v2/publications -H 'Authorization: Bearer {S(g.mixed(ALNUM, 64))}' | jq '.data[0].id'"), ["bannerbear", "beehiiv"])
    add("bitgo", droid_exec(f"docker run -d --name bitgo-express -p 3080:3080 -e BITGO_ENV=prod -e BITGO_ACCESS_TOKEN={S('v2x' + g.s(HEX, 64))} bitgo/express:14.2.0 --disablessl", "3f1d8c0e7a92b4c15e6d0f2a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c"))
    add("campaignmonitor", aider_hist("the newsletter sync crashes with CreateSend::Unauthorized, fix lib/newsletter/sync.rb", f"The client is built with an API key that was revoked; the code itself is fine. Current file:\n\nlib/newsletter/sync.rb\n```ruby\nrequire 'createsend'\n\nmodule Newsletter\n  class Sync\n    AUTH = {{ api_key: '{S(g.b64(66))}' }}.freeze\n\n    def initialize(list_id)\n      @subscriber_list = CreateSend::List.new(AUTH, list_id)\n    end\n  end\nend\n```\n\nI'll read the key from `ENV.fetch('CAMPAIGN_MONITOR_API_KEY')` instead and rotate the old one in the Campaign Monitor account settings."))
    add("convertkit", f"<?php\n/* wp-config.php (extract) */\ndefine( 'DB_NAME', 'wp_brindle' );\ndefine( 'WP_ENVIRONMENT_TYPE', 'production' );\n\n/* ConvertKit / Kit — Formular-Plugin */\ndefine( 'CONVERTKIT_API_KEY', '{g.mixed(B64URL, 22)}' );\ndefine( 'CONVERTKIT_API_SECRET', '{S(g.mixed(B64URL, 43))}' );")
    add("cloudamqp", f"# settings/production.py\nCELERY_BROKER_URL = \"amqps://{U('xkqzvtmr')}:{S(g.mixed(B64URL, 32))}@goose.rmq2.cloudamqp.com/xkqzvtmr\"\nCELERY_RESULT_BACKEND = \"django-db\"\nCELERY_TASK_ACKS_LATE = True\nCELERY_WORKER_PREFETCH_MULTIPLIER = 1")
    add("conjur", shell("cat ~/.netrc ~/.conjurrc", f"machine https://conjur.hafnia.se/authn\n  login host/ci/jenkins-agent-04\n  password {S(g.s(LOWNUM, 55))}\n---\naccount: hafnia\nappliance_url: https://conjur.hafnia.se\ncert_file: /home/{U('jenkins')}/conjur-hafnia.pem"))
    add("ecwid", f"# tests/api/orders.hurl\nGET https://app.ecwid.com/api/v3/{g.s(DIGITS, 8)}/orders?limit=5\nAuthorization: Bearer {S('secret_' + g.mixed(ALNUM, 32))}\nHTTP 200\n[Asserts]\njsonpath \"$.items\" count <= 5")
    add("edamam", f"레시피 검색 화면에서 영양 정보가 안 나와요. `NutritionClient.swift` 보시면 키는 이렇게 들어가 있습니다:\n\n```swift\nenum Edamam {{\n    static let appId = \"{g.s(HEX, 8)}\"\n    static let appKey = \"{S(g.s(HEX, 32))}\"\n    static let base = URL(string: \"https://api.edamam.com/api/nutrition-data\")!\n}}\n```\n\n응답은 401이고, 대시보드에서는 키가 활성 상태로 보입니다.")
    add("filestack+fingerprint", bolt([("file", ".env.local", f"NEXT_PUBLIC_FILESTACK_KEY=A{g.mixed(ALNUM, 21)}\nFILESTACK_APP_SECRET={S(g.s(UPNUM, 26))}\nNEXT_PUBLIC_FPJS_PUBLIC_KEY={g.mixed(ALNUM, 20)}\nFPJS_SECRET_API_KEY={S(g.mixed(ALNUM, 20))}"), ("shell", "", "npm run dev")]), ["filestack", "fingerprint"])
    fk, fs = g.mixed(ALNUM, 16), g.mixed(ALNUM, 32)
    add("fivetran", dumps({"info": {"name": "Fivetran admin", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}, "item": [{"name": "List connectors", "request": {"method": "GET", "header": [{"key": "Authorization", "value": "Basic BASIC"}, {"key": "Accept", "value": "application/json;version=2"}], "url": {"raw": "https://api.fivetran.com/v1/groups/{{group_id}}/connectors"}}}]}, indent=2).replace("BASIC", S(b64(fk + ":" + fs))))
    add("frontegg", f"בקשה: להעביר את ההגדרות של Frontegg ל-Vault. כרגע הן יושבות ב-`config/auth.yaml`:\n\n```yaml\nfrontegg:\n  baseUrl: https://app-{g.s(LOWNUM, 12)}.frontegg.com\n  clientId: {g.uuid()}\n  apiKey: {S(g.uuid())}\n  tenantResolver: subdomain\n```\n\nה-clientId לא סודי, אבל ה-apiKey כן.")
    add("gitbook", f"Merhaba, GitBook senkronizasyonu dün geceden beri çalışmıyor. Elle denediğimde şu çıkıyor:\n\n```\n$ curl -s -H \"Authorization: Bearer {S('gb_api_' + g.mixed(ALNUM, 40))}\" https://api.gitbook.com/v1/orgs | jq .\n{{\n  \"error\": {{ \"code\": 401, \"message\": \"Invalid token\" }}\n}}\n```\n\nToken'ı geçen hafta yeniledim, belki eski token hâlâ CI'da duruyordur.")
    add("greenhouse", f"# lib/ats/greenhouse_client.rb\nclass GreenhouseClient\n  BASE = 'https://harvest.greenhouse.io/v1'\n\n  def initialize\n    @conn = Faraday.new(BASE) do |f|\n      f.headers['Authorization'] = 'Basic {S(b64(g.s(HEX, 32) + ':'))}'\n      f.headers['On-Behalf-Of'] = '4412087'\n      f.response :json\n    end\n  end\nend")
    add("grist", zeppelin_para(f"%python\nimport requests\nH = {{'Authorization': 'Bearer {S(g.s(HEX, 40))}'}}\nr = requests.get('https://grist.brindle.dev/api/docs/{g.mixed(ALNUM, 22)}/tables/Inventory/records', headers=H)\nprint(len(r.json()['records']))", "412\n"))
    add("hellosign", f"Ciao! Sto migrando le firme dei contratti da HelloSign (ora Dropbox Sign). Nel `.env` di produzione del progetto Laravel c'è:\n\n```\nAPP_ENV=production\nAPP_URL=https://contratti.verdemare.it\nHELLOSIGN_API_KEY={S(g.s(HEX, 64))}\nHELLOSIGN_CLIENT_ID={g.s(HEX, 32)}\nHELLOSIGN_TEST_MODE=false\n```\n\nMi scrivi un job che rinnova le richieste di firma scadute?")
    add("imgix", shell("bin/rails credentials:show --environment production", f"secret_key_base: {S(g.s(HEX, 128))}\nimgix:\n  domain: brindle.imgix.net\n  secure_url_token: {S(g.mixed(ALNUM, 16))}\nactive_storage_service: amazon"), ["imgix", "generic"])
    add("kinde+lightdash", f"## Auth + BI env for the SvelteKit app\n\n```dotenv\nKINDE_ISSUER_URL=https://brindle.kinde.com\nKINDE_CLIENT_ID={g.s(HEX, 32)}\nKINDE_CLIENT_SECRET={S(g.mixed(ALNUM, 50))}\nKINDE_REDIRECT_URL=https://app.brindle.dev/api/auth/kinde_callback\n```\n\nand for the dashboards embed, `lightdash config set-project` was run with\n\n```\n$ export LIGHTDASH_API_KEY={S('ldpat_' + g.s(HEX, 32))}\n$ lightdash deploy --create\n```", ["kinde", "lightdash"])
    add("lemlist", llama_result("http_get", {"url": "https://api.lemlist.com/api/campaigns", "auth": f"Basic {S(b64(':' + g.s(HEX, 32)))}"}, "[{\"_id\": \"cam_" + g.mixed(ALNUM, 17) + "\", \"name\": \"Q1 outbound DACH\", \"status\": \"running\"}]"))
    add("looker", f"$ cat ~/looker.ini\n[Looker]\nbase_url=https://brindle.cloud.looker.com\nclient_id={g.mixed(ALNUM, 20)}\nclient_secret={S(g.mixed(ALNUM, 24))}\nverify_ssl=True\ntimeout=120")
    add("msteams", f"# alertmanager.yml\n# Benachrichtigungen gehen in den Teams-Kanal \"Bereitschaft\" (Incoming Webhook)\nroute:\n  receiver: teams-bereitschaft\n  group_by: [alertname, cluster]\nreceivers:\n  - name: teams-bereitschaft\n    msteams_configs:\n      - webhook_url: '{S('https://nordkaplogistik.webhook.office.com/webhookb2/' + g.uuid() + '@' + g.uuid() + '/IncomingWebhook/' + g.s(HEX, 32) + '/' + g.uuid() + '/V2' + g.mixed(ALNUM, 43))}'\n        send_resolved: true")
    mom = b64(dumps({"endpoint": "cell-4-eu-west-1-1.prod.a.momentohq.com", "api_key": g.jwt(dumps({"sub": "ops@brindle.dev", "ver": 1, "p": g.b64(24)}, separators=(",", ":")))}, separators=(",", ":")))
    add("momento", f"# serverless.yml\nservice: session-cache\nprovider:\n  name: aws\n  runtime: nodejs20.x\n  region: eu-west-1\n  environment:\n    MOMENTO_API_KEY: {S(mom)}\n    CACHE_NAME: sessions\nfunctions:\n  api:\n    handler: src/handler.main")
    add("ayrshare+canny+crisp", f"Three of our integrations still read keys from `integrations.json`; here it is so you can move them to the secrets manager:\n\n```json\n{{\n  \"ayrshare\": {{ \"apiKey\": \"{S('-'.join(g.s(UPNUM, 8) for _ in range(4)))}\", \"profile\": \"brindle-main\" }},\n  \"canny\": {{ \"apiKey\": \"{S(g.uuid())}\", \"boardId\": \"{g.s(HEX, 24)}\" }},\n  \"crisp\": {{ \"identifier\": \"{g.uuid()}\", \"key\": \"{S(g.s(HEX, 64))}\", \"websiteId\": \"{g.uuid()}\" }}\n}}\n```", ["ayrshare", "canny", "crisp"])
    add("appsflyer+adjust", haystack_result("read_file", {"path": "android/gradle.properties"}, f"org.gradle.jvmargs=-Xmx4g\nandroid.useAndroidX=true\nAPPSFLYER_DEV_KEY={g.mixed(ALNUM, 22)}\nappsflyerApiToken={S(g.jwt(dumps({'aud': 'appsflyer', 'app_ids': ['com.brindle.shop'], 'token_type': 'api_v2'}, separators=(',', ':'))))}\nadjustAppToken={g.s(LOWNUM, 12)}\nadjustApiToken={S(g.mixed(B64URL, 20))}"), ["appsflyer", "adjust"])
    add("brex+lever", f"Quick summary of what I found in the finance-sync repo (you asked me to list any live credentials):\n\n1. `scripts/pull_expenses.py` line 12 hard-codes a Brex user token: `{S('bxt_' + g.mixed(ALNUM, 40))}`. It still works (I did not call the API, but it is not marked revoked in the vault inventory).\n2. `hr/lever_export.sh` sends `-u {S(g.mixed(B64S, 48))}:` to `https://api.lever.co/v1/candidates`.\n\nBoth should be rotated before the repo is opened to the contractors.", ["brex", "lever"])
    add("airship", dspy_traj([("I need to send a test push to the staging app; first check the credentials in the env file.", "read_file", {"path": "push/.env.staging"}, f"AIRSHIP_APP_KEY={g.mixed(B64URL, 22)}\nAIRSHIP_MASTER_SECRET={S(g.mixed(B64URL, 22))}\nAIRSHIP_BASE=https://go.airship.eu"), ("The master secret is present; send the push.", "http_post", {"url": "https://go.airship.eu/api/push", "body": "{\"audience\": \"all\", \"notification\": {\"alert\": \"staging test\"}, \"device_types\": [\"ios\"]}"}, "202 Accepted")]))
    # model APIs
    add("moonshot+minimax+baichuan", f"我们要在同一个网关后面接三家国产模型,现在的 `.env` 是这样的(测试环境):\n\n```\nMOONSHOT_API_KEY={S('sk-' + g.mixed(ALNUM, 48))}\nMOONSHOT_BASE_URL=https://api.moonshot.cn/v1\nMINIMAX_GROUP_ID={g.s(DIGITS, 19)}\nMINIMAX_API_KEY={S(g.jwt(dumps({'GroupName': '栖木科技', 'UserName': 'gateway', 'GroupID': '1829' + g.s(DIGITS, 15), 'Subject': '', 'PhoneNumber': '', 'CreateTime': '2026-11-02 10:11:12', 'iss': 'minimax'}, ensure_ascii=False, separators=(',', ':'))))}\nBAICHUAN_API_KEY={S('sk-' + g.s(HEX, 32))}\n```\n\n请帮我写一个按模型名路由的 FastAPI 代理,密钥不要写死。", ["moonshot", "minimax", "baichuan"])
    add("iflytek", f"// 讯飞星火 WebSocket 鉴权\npublic final class SparkConfig {{\n    public static final String HOST_URL = \"https://spark-api.xf-yun.com/v4.0/chat\";\n    public static final String APPID = \"{g.s(HEX, 8)}\";\n    // 控制台 -> 我的应用 -> 服务接口认证信息\n    public static final String API_SECRET = \"{S(g.mixed(ALNUM, 32))}\";\n    public static final String API_KEY = \"{S(g.s(HEX, 32))}\";\n}}")
    add("bfl+leonardo+mem0", agents_span("write_file", {"path": "image_worker/settings.py", "content": f"BFL_API_KEY = \"{S(g.uuid())}\"\nLEONARDO_API_KEY = \"{S(g.uuid())}\"\nMEM0_API_KEY = \"{S('m0-' + g.mixed(ALNUM, 40))}\"\nDEFAULT_MODEL = \"flux-pro-1.1\"\n"}, "wrote 4 lines to image_worker/settings.py"), ["bfl", "leonardo", "mem0"])
    add("humeai+alephalpha", jb_ai("Why does the EVI websocket close immediately? Here is my client:\n\n```kotlin\nval client = HumeClient(apiKey = \"" + S(g.mixed(ALNUM, 48)) + "\", secretKey = \"" + S(g.mixed(ALNUM, 64)) + "\")\nval aa = AlephAlphaClient(token = \"" + S(g.jwt(dumps({"user_id": 4410, "token_id": 18822}, separators=(",", ":")))) + "\")\n```", "The close code 1008 means the access token request was rejected; `HumeClient` needs the secret key only when it fetches a token server-side, so move both keys to the server and pass the short-lived token to the app instead."), ["humeai", "alephalpha"])
    # Chinese, Korean and Japanese platforms
    add("getui+easemob", f"# 推送与 IM 服务配置 (application-prod.properties)\ngetui.app-id={g.mixed(ALNUM, 22)}\ngetui.app-key={g.mixed(ALNUM, 22)}\ngetui.master-secret={S(g.mixed(ALNUM, 22))}\neasemob.org-name=1122{g.s(DIGITS, 12)}\neasemob.app-name=qimu-chat\neasemob.client-id={S('YXA6' + g.mixed(B64URL, 22))}\neasemob.client-secret={S('YXA6' + g.mixed(B64URL, 27))}", ["getui", "easemob"])
    add("alipay", f"# application.yml 支付模块\nalipay:\n  app-id: 2021{g.s(DIGITS, 12)}\n  gateway: https://openapi.alipay.com/gateway.do\n  # 应用私钥 (PKCS8)\n  merchant-private-key: {S('MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ' + g.s(B64S, 1560))}\n  # 支付宝公钥\n  alipay-public-key: MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA{g.s(B64S, 348)}IDAQAB\n  notify-url: https://pay.qimu.cn/api/alipay/notify")
    add("douyin", f"package douyin\n\n// 抖音开放平台网站应用\nconst (\n\tClientKey    = \"aw{g.s(LOWNUM, 14)}\"\n\tClientSecret = \"{S(g.s(HEX, 32))}\"\n\tRedirectURI  = \"https://creator.qimu.cn/oauth/douyin/callback\"\n)")
    add("bootpay+channelio+aligo", f"NestJS 서버 `.env.production` 파일인데요, 결제/상담/문자 키가 다 여기 있습니다. ConfigModule로 검증 스키마 만들어 주세요.\n\n```\nBOOTPAY_APPLICATION_ID={g.s(HEX, 24)}\nBOOTPAY_PRIVATE_KEY={S(g.b64(32))}\nCHANNEL_ACCESS_KEY={g.s(HEX, 24)}\nCHANNEL_ACCESS_SECRET={S(g.s(HEX, 32))}\nALIGO_USER_ID={U('hanbit_sms')}\nALIGO_API_KEY={S(g.s(LOWNUM, 32))}\nALIGO_SENDER=0212345678\n```", ["bootpay", "channelio", "aligo"])
    add("cafe24+airbridge", f"> POST /api/v2/oauth/token HTTP/1.1\n> Host: hanbitmall.cafe24api.com\n> Authorization: Basic {S(b64(g.mixed(ALNUM, 22) + ':' + g.mixed(ALNUM, 22)))}\n> Content-Type: application/x-www-form-urlencoded\n>\n< HTTP/1.1 200 OK\n< Content-Type: application/json\n\n> GET /reports/api/v5/apps/hanbitmall/actuals HTTP/1.1\n> Host: api.airbridge.io\n> Authorization: Bearer {S(g.s(HEX, 32))}\n>\n< HTTP/1.1 200 OK", ["cafe24", "airbridge"])
    add("dooray+jandi", f"# scripts/notify.py\n# 배포 알림: 두레이 메신저와 잔디 두 곳으로 보냄\nimport requests\n\nDOORAY_HOOK = \"{S('https://hook.dooray.com/services/' + g.s(DIGITS, 19) + '/' + g.s(DIGITS, 19) + '/' + g.mixed(ALNUM, 22))}\"\nJANDI_HOOK = \"{S('https://wh.jandi.com/connect-api/webhook/' + g.s(DIGITS, 8) + '/' + g.s(HEX, 32))}\"\n\ndef notify(text: str) -> None:\n    requests.post(DOORAY_HOOK, json={{\"botName\": \"deploy\", \"text\": text}}, timeout=5)\n    requests.post(JANDI_HOOK, json={{\"body\": text}}, headers={{\"Accept\": \"application/vnd.tosslab.jandi-v2+json\"}}, timeout=5)", ["dooray", "jandi"])
    add("bithumb+bitflyer+coincheck", f"裁定ボットの設定ファイルです。取引所ごとにキーが並んでいます。本番用なので扱いに注意してください。\n\n```yaml\nexchanges:\n  bithumb:\n    api_key: {S(g.s(HEX, 32))}\n    api_secret: {S(g.s(HEX, 32))}\n  bitflyer:\n    api_key: {S(g.mixed(ALNUM, 22))}\n    api_secret: {S(g.b64(32))}\n  coincheck:\n    access_key: {S(g.mixed(ALNUM, 16))}\n    secret_key: {S(g.mixed(ALNUM, 32))}\nspread_threshold_bps: 35\n```", ["bithumb", "bitflyer", "coincheck"])
    add("freee+komoju", f"freee会計とKOMOJUの連携で、本番の認証情報がSlackに貼られていたのでここに移しました。後で必ずローテーションしてください。\n\nfreee の client_secret は `{S(g.mixed(B64URL, 43))}` で、KOMOJU のシークレットキーは `{S('sk_live_' + g.mixed(ALNUM, 24))}` です。client_id の方は公開されても問題ありません。", ["freee", "komoju"])
    add("mackerel", shell("sudo cat /etc/mackerel-agent/mackerel-agent.conf", f"apikey = \"{S(g.mixed(ALNUM, 44))}\"\nroles = [ \"shiori-web:app\" ]\n\n[host_status]\non_start = \"working\"\n\n[plugin.metrics.nginx]\ncommand = [\"mackerel-plugin-nginx\", \"-port\", \"8080\"]"))
    add("esa+docbase+gyazo", f"# 社内ナレッジ移行スクリプト (esa -> DocBase)\nESA_TEAM = 'shiori'\nESA_TOKEN = '{S(g.mixed(B64URL, 43))}'\nDOCBASE_TOKEN = '{S(g.mixed(ALNUM, 20))}'\n# 画像は Gyazo に置き直す\nGYAZO_ACCESS_TOKEN = '{S(g.mixed(B64URL, 43))}'", ["esa", "docbase", "gyazo"])
    # African, Latin American and European payment and messaging providers
    add("korapay+monnify", f"Our payouts service fails on Monnify auth since yesterday. Env from the Render dashboard (staging and prod got swapped, I think):\n\nKORAPAY_SECRET_KEY={S('sk_live_' + g.mixed(ALNUM, 34))}\nKORAPAY_PUBLIC_KEY=pk_live_{g.mixed(ALNUM, 34)}\nMONNIFY_API_KEY={S('MK_PROD_' + g.s(UPNUM, 10))}\nMONNIFY_SECRET_KEY={S(g.s(UPNUM, 32))}\nMONNIFY_CONTRACT_CODE={g.s(DIGITS, 10)}", ["korapay", "monnify"])
    add("mono+hubtel", gptme_log("grep -rn 'mono\\|hubtel' config/ --include=*.ts", f"config/providers.ts:4:  monoSecretKey: '{S('live_sk_' + g.mixed(ALNUM, 20))}',\nconfig/providers.ts:11:  hubtelClientId: '{g.s(LOWER, 8)}',\nconfig/providers.ts:12:  hubtelClientSecret: '{S(g.s(LOWER, 8))}',\nconfig/providers.ts:13:  hubtelSenderId: 'AkwaabaPay',"), ["mono", "hubtel"])
    add("arkesel+clickatell", f"Habari timu, nimeweka funguo za SMS kwenye faili la PHP kwa muda tu hadi tupate Vault:\n\n```php\n<?php\nreturn [\n    'arkesel' => [\n        'api_key' => '{S(g.mixed(ALNUM, 32))}',\n        'sender' => 'DukaLetu',\n    ],\n    'clickatell' => [\n        'api_key' => '{S(g.mixed(B64URL, 22) + '==')}',\n        'endpoint' => 'https://platform.clickatell.com/messages',\n    ],\n];\n```\n\nTafadhali usiweke faili hili kwenye Git.", ["arkesel", "clickatell"])
    add("mtnmomo", f"Bonjour, je n'arrive pas à créer le token pour l'API Collection de MTN MoMo (Côte d'Ivoire, production). Voici le code :\n\n```python\nimport base64, requests\n\nSUBSCRIPTION_KEY = \"{S(g.s(HEX, 32))}\"\nAPI_USER = \"{g.uuid()}\"\nAPI_KEY = \"{S(g.s(HEX, 32))}\"\n\nauth = base64.b64encode(f\"{{API_USER}}:{{API_KEY}}\".encode()).decode()\nr = requests.post(\n    \"https://proxy.momoapi.mtn.com/collection/token/\",\n    headers={{\"Authorization\": f\"Basic {{auth}}\", \"Ocp-Apim-Subscription-Key\": SUBSCRIPTION_KEY}},\n)\nprint(r.status_code, r.text)\n```\n\nJ'obtiens toujours 401.")
    add("culqi+kushki+epayco", f"Hola, te paso la configuración de las tres pasarelas (Perú, Ecuador y Colombia) tal como está en `pasarelas.yml` para que armes el adaptador común:\n\n```yaml\nculqi:\n  llave_publica: pk_live_{g.mixed(ALNUM, 16)}\n  llave_secreta: {S('sk_live_' + g.mixed(ALNUM, 16))}\nkushki:\n  public_merchant_id: {g.s(HEX, 32)}\n  private_merchant_id: {S(g.s(HEX, 32))}\nepayco:\n  p_cust_id_cliente: \"{g.s(DIGITS, 6)}\"\n  p_key: {S(g.s(HEX, 40))}\n  private_key: {S(g.s(HEX, 32))}\n```", ["culqi", "kushki", "epayco"])
    add("ebanx+iugu+efi", f"Oi! O checkout do Brasil usa três gateways. Encontrei as chaves no `docker-compose.override.yml` do {P('Rafael')}, que subiu por engano:\n\n```yaml\nservices:\n  checkout:\n    environment:\n      EBANX_INTEGRATION_KEY: {S('live_ik_' + g.mixed(B64URL, 32))}\n      IUGU_API_TOKEN: {S(g.s(HEXU, 32))}\n      EFI_CLIENT_ID: Client_Id_{g.s(HEX, 40)}\n      EFI_CLIENT_SECRET: {S('Client_Secret_' + g.s(HEX, 40))}\n      EFI_CERT_PATH: /run/secrets/efi-prod.p12\n```\n\nPode remover do histórico?", ["ebanx", "iugu", "efi"])
    add("dlocal", f"2026-11-24T11:40:02.114Z DEBUG dlocal.client POST https://api.dlocal.com/payments headers={{'X-Date': '2026-11-24T11:40:02.114Z', 'X-Login': '{g.mixed(ALNUM, 10)}', 'X-Trans-Key': '{S(g.mixed(ALNUM, 10))}', 'X-Version': '2.1', 'Authorization': 'V2-HMAC-SHA256, Signature: {g.s(HEX, 64)}'}}\n2026-11-24T11:40:02.611Z DEBUG dlocal.client 200 {{\"id\":\"D-4-{g.uuid()}\",\"status\":\"PAID\"}}\n2026-11-24T11:40:02.612Z INFO  payouts settled order=88120 secret_key_loaded=true signing_secret={S(g.mixed(ALNUM, 40))}", ["dlocal", "generic"])
    add("bunq+bitvavo", f"Hoi! Kun je kijken waarom de boekhoudkoppeling met bunq 's nachts faalt? De sleutels staan nu nog in `koppeling.ini`:\n\n```ini\n[bunq]\napi_key = {S(g.s(HEX, 64))}\nomgeving = PRODUCTION\n\n[bitvavo]\nkey = {S(g.s(HEX, 64))}\nsecret = {S(g.s(HEX, 128))}\noperator_id = 1001\n```\n\nIk weet het, die horen daar niet. Eerst de fout, daarna verplaatsen we ze.", ["bunq", "bitvavo"])
    add("mangopay+bitstamp", f"Salut, voici la config du module de paiement (`config/packages/paiements.yaml`, Symfony) :\n\n```yaml\nparameters:\n    mangopay.client_id: 'atelierlumen'\n    mangopay.api_key: '{S(g.mixed(ALNUM, 50))}'\n    mangopay.base_url: 'https://api.mangopay.com'\n    bitstamp.key: '{S(g.mixed(ALNUM, 32))}'\n    bitstamp.secret: '{S(g.mixed(ALNUM, 32))}'\n```\n\nPeux-tu ajouter un test qui vérifie que ces valeurs viennent de l'environnement ?", ["mangopay", "bitstamp"])
    add("datadome+akeneo+mirakl", f"$ cat .env.prod.local\n# protection anti-bot\nDATADOME_SERVER_SIDE_KEY={S(g.mixed(ALNUM, 30))}\n# PIM\nAKENEO_CLIENT_ID=1_{g.mixed(LOWNUM, 50)}\nAKENEO_SECRET={S(g.mixed(LOWNUM, 50))}\nAKENEO_USERNAME={U('connecteur_erp_4412')}\nAKENEO_PASSWORD={S(g.password())}\n# marketplace\nMIRAKL_FRONT_API_KEY={S(g.uuid())}", ["datadome", "akeneo", "mirakl", "password"])
    add("clevercloud+infomaniak", f"$ clever login --token {S(g.s(HEX, 32))} --secret {S(g.s(HEX, 32))}\nLogin successful as atelier-lumen\n$ export INFOMANIAK_TOKEN={S(g.mixed(B64URL, 70))}\n$ curl -s -H \"Authorization: Bearer $INFOMANIAK_TOKEN\" https://api.infomaniak.com/1/product | jq '.data | length'\n7", ["clevercloud", "infomaniak"])
    add("contabo", f"Kannst du das Terraform-Modul für die Contabo-VPS aufräumen? Die Zugangsdaten stehen leider direkt im Provider-Block:\n\n```hcl\nprovider \"contabo\" {{\n  oauth2_client_id     = \"INT-{g.s(DIGITS, 8)}\"\n  oauth2_client_secret = \"{S(g.mixed(ALNUM, 32))}\"\n  oauth2_user          = \"{E('infra@nordkap-logistik.de')}\"\n  oauth2_pass          = \"{S(g.password())}\"\n}}\n```", ["contabo", "password"])
    # Russian, Persian, Arabic, Thai and Indian providers
    add("cdek+boxberry", f"Привет! Интеграция с СДЭК и Boxberry падает на проде с 401. Вот кусок `settings.py`, ключи пока прямо в коде (знаю, знаю):\n\n```python\nCDEK = {{\n    'client_id': '{g.mixed(ALNUM, 32)}',\n    'client_secret': '{S(g.mixed(ALNUM, 32))}',\n    'base_url': 'https://api.cdek.ru/v2',\n}}\nBOXBERRY_TOKEN = '{S(g.s(HEX, 32))}'\n```\n\nПосмотри, пожалуйста, не перепутаны ли тестовые и боевые значения.", ["cdek", "boxberry"])
    add("cloudpayments+moysklad", llama_result("read_file", {"path": "deploy/.env.prod"}, f"CLOUDPAYMENTS_PUBLIC_ID=pk_{g.s(HEX, 32)}\nCLOUDPAYMENTS_API_SECRET={S(g.s(HEX, 32))}\nMOYSKLAD_TOKEN={S(g.s(HEX, 40))}\nMOYSKLAD_ORG=ООО «Северный ветер»"), ["cloudpayments", "moysklad"])
    add("mangooffice+avito+beget", f"$ cat /etc/crm-bridge/env\n# Телефония (Манго Офис)\nMANGO_VPBX_API_KEY={S(g.s(LOWNUM, 32))}\nMANGO_VPBX_API_SALT={S(g.s(LOWNUM, 32))}\n# Авито: объявления\nAVITO_CLIENT_ID={g.mixed(B64URL, 20)}\nAVITO_CLIENT_SECRET={S(g.mixed(B64URL, 40))}\n# хостинг, DNS API\nBEGET_LOGIN={U('severveter')}\nBEGET_PASSWORD={S(g.password())}", ["mangooffice", "avito", "beget"])
    add("ghasedak+melipayamak", f"سلام، سرویس ارسال پیامک کد تأیید کار نمی‌کند. تنظیمات فعلی در `sms.json` این است:\n\n```json\n{{\n  \"ghasedak\": {{ \"apikey\": \"{S(g.s(HEX, 64))}\", \"lineNumber\": \"30005006007120\" }},\n  \"melipayamak\": {{ \"username\": \"{U('09121234000')}\", \"password\": \"{S(g.mixed(ALNUM, 10))}\" }}\n}}\n```\n\nلطفاً بررسی کن که کدام سرویس خطا می‌دهد.", ["ghasedak", "melipayamak"])
    hp = b64(g.s(HEX, 32) + "|" + g.mixed(ALNUM, 10))
    add("moyasar+hyperpay", f"مرحباً، نريد دعم مدى وApple Pay عبر بوابتين. هذه هي الإعدادات الحالية في ملف `.env`:\n\n```\nMOYASAR_SECRET_KEY={S('sk_live_' + g.mixed(ALNUM, 40))}\nMOYASAR_PUBLISHABLE_KEY=pk_live_{g.mixed(ALNUM, 40)}\nHYPERPAY_ENTITY_ID={g.s(HEX, 32)}\nHYPERPAY_ACCESS_TOKEN={S(hp)}\n```\n\nهل يمكنك كتابة طبقة موحّدة للدفع مع اختبارات؟", ["moyasar", "hyperpay"])
    add("msegat+geidea", trae_cmd(f"curl -s -X POST https://www.msegat.com/gw/sendsms.php -H 'Content-Type: application/json' -d '{{\"userName\":\"nakhla_ops\",\"apiKey\":\"{S(g.s(HEX, 32))}\",\"numbers\":\"9665XXXXXXXX\",\"userSender\":\"NAKHLA\",\"msg\":\"test\"}}' && curl -s -u {g.uuid()}:{S(g.uuid())} https://api.merchant.geidea.net/pgw/api/v1/config", "C:\\\\Users\\\\" + U("f.alqahtani") + "\\\\nakhla-pay", "{\"code\":\"1\",\"message\":\"Success\"}\n{\"responseCode\":\"000\",\"detailedResponseMessage\":\"The operation was successful\"}"), ["msegat", "geidea"])
    add("bitkub+gbprimepay", f"สวัสดีครับ ช่วยดูบอทเทรดหน่อยครับ ตอนนี้ตั้งค่าไว้ใน `config.toml` แบบนี้:\n\n```toml\n[bitkub]\napi_key = \"{S(g.s(HEX, 32))}\"\napi_secret = \"{S(g.s(HEX, 32))}\"\n\n[gbprimepay]\npublic_key = \"{g.mixed(ALNUM, 32)}\"\nsecret_key = \"{S(g.mixed(ALNUM, 32))}\"\ntoken = \"{S(g.b64(150))}\"\n```\n\nบอทส่งคำสั่งซื้อไม่ได้ ขึ้น error 5 (invalid signature) ครับ", ["bitkub", "gbprimepay"])
    add("msg91+gupshup+kaleyra", f"नमस्ते, OTP भेजने वाली सर्विस तीन SMS गेटवे के बीच fallback करती है। अभी `sms_gateways.py` में ये है:\n\n```python\nGATEWAYS = [\n    {{\"name\": \"msg91\", \"authkey\": \"{S(g.s(DIGITS, 6) + 'A' + g.mixed(ALNUM, 17))}\", \"template_id\": \"{g.s(HEX, 24)}\"}},\n    {{\"name\": \"gupshup\", \"apikey\": \"{S(g.s(LOWNUM, 32))}\", \"source\": \"917834811114\"}},\n    {{\"name\": \"kaleyra\", \"api_key\": \"{S('A' + g.s(HEX, 32))}\", \"sid\": \"HXIN{g.s(DIGITS, 13)}IN\"}},\n]\n```\n\nक्या आप इसे environment variables से पढ़ने वाला बना सकते हैं?", ["msg91", "gupshup", "kaleyra"])
    add("juspay+easebuzz+fast2sms", f"Checkout service logs from yesterday's incident (the logger printed the request config, which it must never do):\n\n```\n[2026-11-23 21:14:09,118] INFO  payments.router using gateway=juspay merchant_id=kaveri_foods api_key={S(g.s(HEXU, 30))}\n[2026-11-23 21:14:09,231] WARN  payments.router juspay timeout, falling back to easebuzz key={S(g.s(UPNUM, 10))} salt={S(g.s(UPNUM, 10))}\n[2026-11-23 21:14:10,002] INFO  notify.sms provider=fast2sms authorization={S(g.mixed(ALNUM, 80))} route=dlt\n```", ["juspay", "easebuzz", "fast2sms"])
    add("mappls", f"மேப்பிள்ஸ் (MapmyIndia) geocoding API-க்கு token எடுக்க இந்த script பயன்படுத்துகிறோம். client_secret கசிந்துவிட்டதால் மாற்ற வேண்டும்:\n\n```bash\ncurl -s -X POST 'https://outpost.mappls.com/api/security/oauth/token' \\\n  -d 'grant_type=client_credentials' \\\n  -d 'client_id={g.mixed(B64URL, 88)}' \\\n  -d 'client_secret={S(g.mixed(B64URL, 96))}'\n```")
    # generic secrets: internal services, signing keys, webhooks
    add("generic_webhook_signing", f"Our Stripe-like internal event bus signs deliveries with a per-subscriber secret. For the `billing-hooks` subscriber it is `{S('whsec_' + g.b64(32))}` (staging only). Receivers must verify the `X-Brindle-Signature` header with HMAC-SHA256 over `timestamp.body`; reject anything older than five minutes.", ["generic"])
    add("password_internal_services", gptme_log("docker compose config | grep -iE 'pass|secret|key'", f"      GRAFANA_ADMIN_PASSWORD: {S(g.password())}\n      KEYCLOAK_ADMIN_PASSWORD: {S(g.password())}\n      MINIO_KMS_SECRET_KEY: brindle-kms:{S(g.b64(32))}\n      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password\n      RABBITMQ_DEFAULT_PASS: {S(g.mixed(ALNUM, 18))}"), ["password", "generic"])
    add("generic_jwt_signing_key", copilot_cli("grep -n 'JWT\\|SIGNING' services/auth/src/main/resources/application-prod.properties", f"14:security.jwt.signing-key={S(g.b64(48))}\n15:security.jwt.issuer=https://auth.okapi-labs.io\n16:security.jwt.ttl=PT15M\n21:security.remember-me.key={S(g.mixed(ALNUM, 32))}"), ["generic"])
    add("password_connection_strings", f"Perfect, so the three connection strings in `appsettings.Production.json` are:\n\n| name | value |\n|---|---|\n| Ledger | `Server=tcp:sql-ledger.hafnia.se,1433;Database=Ledger;User ID={U('ledger_app')};Password={S(g.password())};Encrypt=True;` |\n| Cache | `cache-02.hafnia.se:6380,password={S(g.mixed(ALNUM, 28))},ssl=True,abortConnect=False` |\n| Events | `Endpoint=sb://hafnia-events.servicebus.windows.net/;SharedAccessKeyName=listen;SharedAccessKey={S(g.b64(32))}` |\n\nThe last one is an Azure Service Bus key, so it belongs in Key Vault like the others.", ["password", "generic"])
    add("pem_escaped_tool_arg", copilot_cli("printf '%s' \"$DEPLOY_KEY\" > /tmp/deploy_key && chmod 600 /tmp/deploy_key && cat /tmp/deploy_key", S(g.pem("RSA PRIVATE KEY", 6))), ["pem"])
    add("generic_sso_cookie_har", dumps({"log": {"version": "1.2", "entries": [{"request": {"method": "GET", "url": "https://intranet.nordkap-logistik.de/api/v1/me", "headers": [{"name": "cookie", "value": "NKSESSION=SESS; lang=de"}, {"name": "x-request-id", "value": "CSRF"}]}, "response": {"status": 200}}]}}, indent=1).replace("SESS", S(g.mixed(B64URL, 64))).replace("CSRF", g.s(HEX, 32)), ["generic"])
    add("password_prose_multilingual", f"Kollegen, kurze Info: Das WLAN-Passwort für das Lager in Hamburg wurde geändert, das neue lautet {S(g.password())} und das Admin-Passwort des Routers ist jetzt {S(g.password())}. Bitte nicht per Mail weitergeben.", ["password"])
    add("generic_api_token_kv", f"# config/internal-services.toml\n[inventory]\nbase_url = \"https://inventory.svc.okapi-labs.internal\"\nservice_token = \"{S(g.mixed(B64URL, 40))}\"\n\n[pricing]\nbase_url = \"https://pricing.svc.okapi-labs.internal\"\nhmac_key = \"{S(g.s(HEX, 64))}\"\ntimeout_ms = 800", ["generic"])
    return out


def pii(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(src: str, t: str) -> None:
        out.append((f"holdout10:{src}", t))

    def ssn() -> str:
        return m("US_SSN", f"{g.rng.randint(101, 665)}-{g.rng.randint(10, 99)}-{g.rng.randint(1001, 9999)}")

    # developer identity: git, code review, package metadata
    add("git_log_coauthors", copilot_cli("git log -3 --format='%h %an <%ae>%n%b' -- services/pricing", f"{g.s(HEX, 9)} {P('Oluwaseun Adeyemi')} <{E('seun.adeyemi@okapi-labs.io')}>\nCo-authored-by: {P('Magdalena Wróbel')} <{E('magda.wrobel@okapi-labs.io')}>\n\n{g.s(HEX, 9)} {P('Thandiwe Mokoena')} <{E('thandiwe@mokoena.co.za')}>\n\n{g.s(HEX, 9)} dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com>\n"))
    add("pr_review_thread", f"**@{U('rkovalenko')}** commented on `src/billing/invoice.ts` line 88:\n> This drops the VAT id when the customer switches plan.\n\n**@{U('ines-duarte')}** replied:\n> Good catch. I copied the logic from {P('Kateryna')}'s old branch; I'll pull the fix from there. cc @{U('pwaweru')} since {P('Peter')} owns the plan-switch flow.\n\n**@{U('rkovalenko')}** approved these changes")
    add("authors_file", f"# AUTHORS\n# Names should be added to this file as:\n#     Name <email address>\n{P('Ahmad Al-Masri')} <{E('ahmad.almasri@fastmail.com')}>\n{P('Beatriz Nogueira')} <{E('bia.nogueira@protonmail.com')}>\n{P('Chen Jiahui')} <{E('chenjiahui@foxmail.com')}>\n{P('Dagny Solberg')} <{E('dagny@solberg.no')}>\n{P('Émile Lavoie')} <{E('emile.lavoie@videotron.ca')}>\n{P('Kwame Asante')} <{E('kwame.asante@outlook.com')}>")
    add("package_json_people", read_cfg("package.json", f"{{\n  \"name\": \"@okapi/geo-utils\",\n  \"version\": \"3.1.0\",\n  \"author\": \"{P('Nilufar Rashidova')} <{E('nilufar.r@okapi-labs.io')}> (https://nilufar.dev)\",\n  \"contributors\": [\n    {{ \"name\": \"{P('Jonas Vaitkus')}\", \"email\": \"{E('jonas.vaitkus@gmail.com')}\" }},\n    {{ \"name\": \"{P('Siosaia Fifita')}\", \"email\": \"{E('s.fifita@okapi-labs.io')}\" }}\n  ],\n  \"license\": \"MIT\"\n}}"))
    add("home_paths_traceback", gptme_log("python -m pricing.cli recalc --since 2026-11-01", f"Traceback (most recent call last):\n  File \"/home/{U('aigerim.s')}/work/pricing/pricing/cli.py\", line 41, in main\n    recalc(args.since)\n  File \"/home/{U('aigerim.s')}/work/pricing/pricing/recalc.py\", line 112, in recalc\n    raise LookupError(f\"no price list for customer {{cust!r}}\")\nLookupError: no price list for customer '{P('Fernández Ruiz, Adriana')}' <{E('adriana.fr@telefonica.net')}>"))
    add("dotnet_windows_paths", f"Unbehandelte Ausnahme. System.IO.FileNotFoundException: Die Datei \"C:\\Users\\{U('Jürgen.Hoffmann')}\\AppData\\Local\\Nordkap\\tourplan.db\" wurde nicht gefunden.\n   bei Nordkap.Tourplanung.Speicher.Oeffnen(String pfad) in C:\\Users\\{U('Jürgen.Hoffmann')}\\source\\repos\\Tourplanung\\Speicher.cs:Zeile 57\n   bei Nordkap.Tourplanung.Program.Main(String[] args) in C:\\Users\\{U('Jürgen.Hoffmann')}\\source\\repos\\Tourplanung\\Program.cs:Zeile 18")
    add("last_logins", shell("last -i -n 5", f"{U('dmitri')}   pts/1        {IP('46.138.21.77')}     Mon Nov 23 22:14   still logged in\n{U('yaw.ofori')} pts/0        {IP('154.160.2.38')}     Mon Nov 23 18:02 - 19:40  (01:38)\n{U('dmitri')}   pts/0        {IP('46.138.21.77')}     Mon Nov 23 09:11 - 12:55  (03:44)\nreboot   system boot  0.0.0.0          Sun Nov 22 03:00   still running\n\nwtmp begins Sun Nov  1 00:00:02 2026"))
    add("jira_issue_json", cohere_tool(dumps({"key": "OPS-4412", "fields": {"summary": "Courier API returns 500 for Lisbon addresses", "reporter": {"displayName": P("Leonor Mascarenhas"), "emailAddress": E("leonor.mascarenhas@okapi-labs.io"), "accountId": "712020:" + g.uuid()}, "assignee": {"displayName": P("Tariq Mahmood"), "emailAddress": E("tariq.mahmood@okapi-labs.io")}, "description": "Customer " + P("Rui Carvalho") + " (" + E("rui.carvalho@sapo.pt") + ", " + T("+351 912 448 301") + ") could not book a pickup at " + A("Rua Augusta 212, 2.º Esq., 1100-053 Lisboa") + "."}}, ensure_ascii=False)))
    # chat and support exports
    add("telegram_export", dumps({"name": "Склад Казань", "type": "private_group", "messages": [{"id": 20411, "type": "message", "date": "2026-11-20T09:14:02", "from": P("Рустам Галиев"), "from_id": "user" + g.s(DIGITS, 9), "text": "Коллеги, новый адрес приёмки: " + A("ул. Баумана, 44, Казань, 420111") + ", звонить " + T("+7 917 284-51-09") + "."}, {"id": 20412, "type": "message", "date": "2026-11-20T09:16:40", "from": P("Алина Сафина"), "from_id": "user" + g.s(DIGITS, 9), "text": "Принято. Я передам " + P("Ильдару") + ", его почта " + E("ildar.zakirov@mail.ru") + "."}]}, ensure_ascii=False, indent=1))
    add("slack_export", dumps([{"type": "message", "user": "U07" + g.s(UPNUM, 8), "text": "<@U07" + g.s(UPNUM, 8) + "> the vendor contact for the Nairobi warehouse is " + P("Wanjiru Kamau") + ", " + T("+254 722 418 930") + ", " + E("wanjiru@mzigo-logistics.co.ke"), "user_profile": {"real_name": P("Grace Otieno"), "display_name": U("grace.o"), "name": U("grace.otieno")}, "ts": "1764151122.004119"}], ensure_ascii=False, indent=2))
    add("zendesk_ticket_es", cohere_tool(dumps({"ticket": {"id": 88120, "subject": "No llegó mi pedido", "requester": {"name": P("Guadalupe Hernández Ríos"), "email": E("lupita.hdz@prodigy.net.mx"), "phone": T("+52 55 4120 8831")}, "description": "Hola, mi pedido no ha llegado. Mi dirección es " + A("Av. Insurgentes Sur 1602, Piso 4, Col. Crédito Constructor, 03940 Ciudad de México") + ". Gracias."}}, ensure_ascii=False)))
    add("whatsapp_id", f"[24/11/26 10.02] {P('Dewi Anggraini')}: Pak, paketnya tolong dikirim ke {A('Jl. Kaliurang KM 5,6 No. 12, Sleman, Yogyakarta 55281')} ya\n[24/11/26 10.03] {P('Dewi Anggraini')}: kalau kurir bingung telpon aja {T('0812-2734-5519')}\n[24/11/26 10.05] Admin Toko: Siap kak, atas nama {P('Dewi Anggraini')} ya, resi menyusul\n[24/11/26 10.05] {P('Dewi Anggraini')}: iya, makasih 🙏")
    add("line_chat_th", f"2026/11/24 Tue\n14:02\t{P('ณัฐพล ศรีสุข')}\tส่งของไปที่ {A('88/14 ซอยสุขุมวิท 55 แขวงคลองตันเหนือ เขตวัฒนา กรุงเทพฯ 10110')} นะครับ\n14:03\t{P('ณัฐพล ศรีสุข')}\tเบอร์ {T('081-452-7390')}\n14:05\tร้านค้า\tรับทราบค่ะ คุณ{P('ณัฐพล')}")
    add("support_email_nl", f"Van: {P('Femke de Groot')} <{E('femke.degroot@ziggo.nl')}>\nAan: {E('support@atelierlumen.fr')}\nOnderwerp: Retour bestelling 44120\n\nGoedemiddag,\n\nIk wil de lamp retourneren. U kunt het retourlabel sturen naar {A('Oudegracht 231, 3511 NK Utrecht')}.\n\nMet vriendelijke groet,\n\n{P('Femke de Groot')}\n{T('06 41 88 20 73')}")
    add("crm_note_ar", f"ملاحظة من فريق المبيعات: العميل {P('خالد بن سعيد الشامسي')} يطلب عرض سعر جديد. رقم الجوال {T('+971 50 418 2290')}، البريد {E('khaled.shamsi@emirates.net.ae')}. العنوان: {A('برج الوصل، الطابق 12، شارع الشيخ زايد، دبي')}. الدفع بالتحويل إلى الحساب {I(iban('AE', g.s(DIGITS, 19)))}.")
    add("hebrew_form", f"טופס הרשמה לסדנה\nשם מלא: {P('נועה ברקוביץ')}\nטלפון: {T('052-734-8812')}\nדוא\"ל: {E('noa.berko@walla.co.il')}\nכתובת: {A('רחוב הרצל 41, חיפה')}\nתאריך לידה: {D('14/03/1991')}")
    # structured records: HR, finance, health, orders
    add("hr_csv_pl", f"$ head -4 eksport/pracownicy_2026-11.csv\nimię;nazwisko;e-mail;telefon;adres;kod;miasto;data_urodzenia;rachunek\n{P('Zofia')};{P('Wiśniewska')};{E('zofia.wisniewska@onet.pl')};{T('+48 601 224 918')};{A('ul. Piotrkowska 118 m. 4')};{Z('90-006')};{L('Łódź')};{D('1987-06-02')};{I(iban('PL', g.s(DIGITS, 24)))}\n{P('Krzysztof')};{P('Lewandowski')};{E('k.lewandowski@wp.pl')};{T('512 880 431')};{A('al. Grunwaldzka 82/11')};{Z('80-244')};{L('Gdańsk')};{D('1979-12-19')};{I(iban('PL', g.s(DIGITS, 24)))}\n{P('Maja')};{P('Kaczmarek')};{E('maja.kaczmarek@gmail.com')};{T('+48 785 310 027')};{A('ul. Długa 5')};{Z('31-147')};{L('Kraków')};{D('1995-02-28')};{I(iban('PL', g.s(DIGITS, 24)))}")
    add("sepa_pain001", f"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.09\">\n  <CstmrCdtTrfInitn>\n    <GrpHdr><MsgId>NKL-20261124-0007</MsgId><CreDtTm>2026-11-24T08:00:00</CreDtTm><NbOfTxs>2</NbOfTxs></GrpHdr>\n    <PmtInf>\n      <Dbtr><Nm>Nordkap Logistik GmbH</Nm></Dbtr>\n      <DbtrAcct><Id><IBAN>{I(iban('DE', g.s(DIGITS, 18)))}</IBAN></Id></DbtrAcct>\n      <CdtTrfTxInf>\n        <Amt><InstdAmt Ccy=\"EUR\">1840.00</InstdAmt></Amt>\n        <Cdtr><Nm>{P('Henrike Oltmanns')}</Nm><PstlAdr><StrtNm>{A('Schanzenstraße 31')}</StrtNm><PstCd>{Z('20357')}</PstCd><TwnNm>{L('Hamburg')}</TwnNm></PstlAdr></Cdtr>\n        <CdtrAcct><Id><IBAN>{I(iban('DE', g.s(DIGITS, 18)))}</IBAN></Id></CdtrAcct>\n        <RmtInf><Ustrd>Spesen Oktober</Ustrd></RmtInf>\n      </CdtTrfTxInf>\n      <CdtTrfTxInf>\n        <Amt><InstdAmt Ccy=\"EUR\">2210.50</InstdAmt></Amt>\n        <Cdtr><Nm>{P('Aurélien Masson')}</Nm></Cdtr>\n        <CdtrAcct><Id><IBAN>{I(iban('FR', g.s(DIGITS, 23)))}</IBAN></Id></CdtrAcct>\n      </CdtTrfTxInf>\n    </PmtInf>\n  </CstmrCdtTrfInitn>\n</Document>")
    add("hl7_adt", f"MSH|^~\\&|EPIC|MERCY_STL|OKAPI_INT|OKAPI|20261124081502||ADT^A04|MSG00044120|P|2.5.1\nEVN|A04|20261124081500\nPID|1||MRN44120^^^MERCY^MR||{P('WASHINGTON^DESHAWN^T')}||{D('19860417')}|M|||{A('4417 Delmar Blvd^Apt 2B^St. Louis^MO^63108')}^^USA||{T('(314)555-0172')}|||S||ACCT88120|{ssn()}\nNK1|1|{P('WASHINGTON^LORRAINE')}|MTH|{A('4417 Delmar Blvd^^St. Louis^MO^63108')}|{T('(314)555-0148')}\nPV1|1|O|CLINIC^204^1")
    add("kyc_us_json", pyd_call("fetch_applicant", {"applicant_id": "app_7Qm2x9"}, dumps({"applicant": {"first_name": P("Kimberly"), "last_name": P("Nguyen-Baptiste"), "dob": D("1990-08-23"), "ssn": m("US_SSN", "518-40-7721"), "drivers_license": {"state": "TX", "number": m("US_DRIVER_LICENSE", "41872209")}, "address": A("2208 Montrose Blvd, Houston, TX 77006"), "phone": T("+1 713-555-0184"), "email": E("kim.nb@icloud.com")}, "status": "manual_review"}, ensure_ascii=False)))
    card1 = luhn_complete("4", 16, g)
    card2 = luhn_complete("37", 15, g)
    add("payment_debug_log", f"2026-11-24 12:40:11,902 DEBUG checkout.gateway request body: {{\"amount\": 12900, \"currency\": \"USD\", \"card\": {{\"number\": \"{C(card1)}\", \"exp_month\": 7, \"exp_year\": 2029, \"cvc\": \"***\", \"name\": \"{P('Rebecca Oyelowo')}\"}}, \"billing\": {{\"line1\": \"{A('71 Fleet Street')}\", \"postal_code\": \"{Z('EC4Y 1AA')}\", \"country\": \"GB\"}}}}\n2026-11-24 12:40:12,455 DEBUG checkout.gateway retry with backup card {C(card2[:4] + ' ' + card2[4:10] + ' ' + card2[10:])}\n2026-11-24 12:40:12,981 INFO  checkout.gateway status=declined reason=do_not_honor")
    add("django_fixture_pt", read_cfg("clientes/fixtures/clientes_demo.json", dumps([{"model": "clientes.cliente", "pk": 1, "fields": {"nome": P("João Pedro Albuquerque"), "email": E("jp.albuquerque@uol.com.br"), "telefone": T("(11) 98742-1130"), "endereco": A("Rua Oscar Freire, 1290, apto 82, Pinheiros, São Paulo - SP, 05409-011"), "nascimento": D("1984-11-05")}}, {"model": "clientes.cliente", "pk": 2, "fields": {"nome": P("Ana Clara Mendes"), "email": E("anaclara.mendes@gmail.com"), "telefone": T("+55 31 99108-4456"), "endereco": A("Av. Afonso Pena, 3400, Belo Horizonte - MG"), "nascimento": D("1999-04-17")}}], ensure_ascii=False, indent=2)))
    add("rails_seeds_tr", f"# db/seeds.rb — demo verisi (gerçek müşteri verisi KULLANMAYIN)\nCustomer.create!(\n  name: \"{P('Elif Şahin')}\",\n  email: \"{E('elif.sahin@yandex.com.tr')}\",\n  phone: \"{T('0 (532) 418 77 20')}\",\n  address: \"{A('Bağdat Cad. No: 214 D: 7, Kadıköy/İstanbul')}\",\n  iban: \"{I(iban('TR', g.s(DIGITS, 5) + '0' + g.s(DIGITS, 16)))}\"\n)\nCustomer.create!(name: \"{P('Mert Yıldırım')}\", email: \"{E('mert.yildirim@gmail.com')}\", phone: \"{T('+90 544 310 62 09')}\")")
    add("vcard_fr", f"BEGIN:VCARD\nVERSION:4.0\nFN:{P('Claire Dubois-Nkemelu')}\nN:{P('Dubois-Nkemelu')};{P('Claire')};;;\nORG:Atelier Lumen\nTEL;TYPE=cell:{T('+33 6 72 18 40 93')}\nEMAIL:{E('claire.dubois@atelierlumen.fr')}\nADR;TYPE=home:;;{A('14 rue des Tanneurs')};{L('Strasbourg')};;{Z('67000')};France\nBDAY:{D('19820309')}\nEND:VCARD")
    add("ics_invite_ja", f"BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:四半期レビュー (物流チーム)\nDTSTART;TZID=Asia/Tokyo:20261201T100000\nORGANIZER;CN={P('佐藤 美咲')}:mailto:{E('misaki.sato@shiori.co.jp')}\nATTENDEE;CN={P('高橋 健太')};ROLE=REQ-PARTICIPANT:mailto:{E('k.takahashi@shiori.co.jp')}\nATTENDEE;CN={P('Rahul Menon')};ROLE=OPT-PARTICIPANT:mailto:{E('rahul.menon@shiori.co.jp')}\nLOCATION:{A('東京都千代田区丸の内2-7-3 東京ビル 18階')}\nEND:VEVENT\nEND:VCALENDAR")
    add("order_json_ko", trae_cmd("curl -s localhost:8080/admin/orders/20261124-00412 | jq .shipping", "/home/" + U("jiho") + "/hanbit-mall", dumps({"receiver": P("김민서"), "phone": T("010-4821-7736"), "zipcode": Z("06236"), "address": A("서울특별시 강남구 테헤란로 152, 강남파이낸스센터 12층"), "memo": "부재 시 경비실에 맡겨주세요"}, ensure_ascii=False, indent=2)))
    add("express_order_zh", f"订单 #QM20261124-0088 收件信息核对:\n收件人:{P('王晓燕')}\n手机:{T('138 1762 4409')}\n地址:{A('上海市浦东新区张杨路 500 号时代广场 1203 室')}\n备注:工作日送达。如联系不上请致电 {P('李强')} {T('021-5830 1122')}。")
    add("japan_signup", f"会員登録データ (バッチ取込エラー行):\n氏名: {P('山本 翔太')}\nフリガナ: {P('ヤマモト ショウタ')}\n生年月日: {D('1993年11月2日')}\n郵便番号: 〒{Z('530-0001')}\n住所: {A('大阪府大阪市北区梅田3-1-3')}\n電話: {T('06-6345-1180')}\nメール: {E('shota.yamamoto@docomo.ne.jp')}\nエラー: 住所の番地が全角で入力されています")
    add("mpesa_statement_sw", f"Taarifa ya M-PESA (Novemba 2026)\n| Tarehe | Maelezo | Kiasi |\n|---|---|---|\n| 21/11 | Pesa imetumwa kwa {P('JOSEPH MWANGI KARIUKI')} {T('0722 318 094')} | -2,500 |\n| 22/11 | Pesa imepokelewa kutoka {P('AMINA HASSAN ALI')} {T('0711 904 552')} | +7,000 |\n| 23/11 | Malipo kwa Till 881204 Mama Mboga | -350 |\nMwenye akaunti: {P('Fatuma Njeri')}, {T('+254 733 120 448')}")
    add("greek_invoice", f"ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ\nΠελάτης: {P('Γεώργιος Παπαδόπουλος')}\nΔιεύθυνση: {A('Λεωφόρος Βασιλίσσης Σοφίας 112, 115 27 Αθήνα')}\nΤηλ.: {T('+30 210 748 2290')}\nEmail: {E('g.papadopoulos@otenet.gr')}\nΤρόπος πληρωμής: κατάθεση στο {I(iban('GR', g.s(DIGITS, 23)))}")
    add("czech_order", f"Dobrý den, posílám údaje k objednávce č. 2026-1188:\n\nJméno: {P('Tereza Dvořáková')}\nAdresa: {A('Vinohradská 1511/230, 100 00 Praha 10')}\nTelefon: {T('+420 737 214 998')}\nE-mail: {E('tereza.dvorakova@seznam.cz')}\n\nDěkuji,\n{P('T. Dvořáková')}")
    # logs, traces and tool results with people in them
    add("nginx_access_email", f"{IP('89.206.114.72')} - - [24/Nov/2026:10:14:02 +0100] \"GET /api/v2/newsletter/confirm?email={E('lukas.brandt%40gmx.de')}&t=9f1c2 HTTP/2.0\" 200 41 \"-\" \"Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15\"\n{IP('2a02:8108:1240:3b00:4c1e:9a3b:2d8e:6f5a')} - - [24/Nov/2026:10:14:09 +0100] \"GET /static/app.4f1e2d3c.js HTTP/2.0\" 200 88120 \"https://shop.nordkap-logistik.de/\" \"Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0\"\n10.20.0.4 - - [24/Nov/2026:10:14:10 +0100] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.31\"")
    add("windows_security_event", f"<Event xmlns=\"http://schemas.microsoft.com/win/2004/08/events/event\">\n  <System><EventID>4625</EventID><Computer>DC01.corp.hafnia.se</Computer><TimeCreated SystemTime=\"2026-11-24T03:12:40.118Z\"/></System>\n  <EventData>\n    <Data Name=\"TargetUserName\">{U('l.andersson')}</Data>\n    <Data Name=\"TargetDomainName\">HAFNIA</Data>\n    <Data Name=\"FailureReason\">%%2313</Data>\n    <Data Name=\"LogonType\">10</Data>\n    <Data Name=\"WorkstationName\">LAPTOP-K2M1Q</Data>\n    <Data Name=\"IpAddress\">{IP('185.220.101.47')}</Data>\n    <Data Name=\"IpPort\">51544</Data>\n  </EventData>\n</Event>")
    add("datadog_log_json", dumps({"service": "checkout", "status": "warn", "message": "address validation failed for order 88120", "usr": {"id": "81220", "name": P("Siobhán Ní Bhriain"), "email": E("siobhan.nibhriain@eircom.net")}, "network": {"client": {"ip": IP("86.44.190.12"), "geoip": {"country": {"iso_code": "IE"}, "city": {"name": L("Galway")}}}}, "shipping": {"address": A("12 Shop Street, Galway H91 X2E4")}}, ensure_ascii=False, indent=2))
    add("cloudwatch_insights", f"fields @timestamp, userEmail, sourceIp, action\n| filter action = \"PASSWORD_RESET\"\n| sort @timestamp desc | limit 3\n\n| @timestamp              | userEmail                     | sourceIp        | action         |\n|-------------------------|-------------------------------|-----------------|----------------|\n| 2026-11-24 07:41:02.118 | {E('marek.novak@centrum.sk')}        | {IP('178.41.20.115')}   | PASSWORD_RESET |\n| 2026-11-24 07:12:55.901 | {E('ioana.popescu@yahoo.ro')}        | {IP('86.124.77.3')}     | PASSWORD_RESET |\n| 2026-11-24 06:58:10.440 | {E('a.kowalczyk@interia.pl')}        | {IP('31.0.118.204')}    | PASSWORD_RESET |")
    add("journal_json_sshd", "\n".join(journal_json("ssh.service", x, 4410 + i) for i, x in enumerate([f"Accepted publickey for {U('emeka')} from {IP('102.89.34.12')} port 50122 ssh2: ED25519 SHA256:{g.b64(32).rstrip('=')}", f"pam_unix(sshd:session): session opened for user {U('emeka')}(uid=1004) by {U('emeka')}(uid=0)"])))
    add("notebook_df_head", dumps({"cell_type": "code", "execution_count": 7, "metadata": {}, "outputs": [{"output_type": "execute_result", "execution_count": 7, "data": {"text/plain": ["          name                      email            city   plz\n", "0  " + P("Lena Vogt") + "          " + E("lena.vogt@t-online.de") + "    " + L("Leipzig") + "  " + Z("04109") + "\n", "1  " + P("Hamza Yilmaz") + "       " + E("hamza.yilmaz@web.de") + "      " + L("Köln") + "  " + Z("50667") + "\n", "2  " + P("Sophie Bauer") + "       " + E("s.bauer@posteo.de") + "        " + L("Graz") + "  " + Z("8010") + "\n"]}}], "source": ["kunden = pd.read_parquet('s3://nordkap-crm/kunden.parquet')\n", "kunden[['name', 'email', 'city', 'plz']].head(3)"]}, ensure_ascii=False, indent=1))
    add("http_trace_profile_it", httpie(f"GET /api/v1/utenti/4412 HTTP/1.1\nHost: api.verdemare.it\nAccept: application/json", "HTTP/1.1 200 OK\nContent-Type: application/json\n\n" + dumps({"id": 4412, "nome": P("Francesca"), "cognome": P("Esposito"), "email": E("francesca.esposito@libero.it"), "cellulare": T("+39 333 184 2207"), "indirizzo": A("Via Toledo 256, 80132 Napoli"), "data_nascita": D("1989-07-14")}, ensure_ascii=False, indent=4)))
    add("sql_update_fix", f"Ok, the duplicate account is fixed. This is what I ran against prod (in a transaction, 1 row each):\n\n```sql\nBEGIN;\nUPDATE customers SET email = '{E('priyanka.iyer@rediffmail.com')}', phone = '{T('+91 98450 31277')}' WHERE id = 55102; -- {P('Priyanka Iyer')}, was the typo'd gmail\nDELETE FROM customers WHERE id = 55187 AND email = '{E('priyanka.iyer@gmial.com')}';\nCOMMIT;\n```")
    add("delivery_hi", f"डिलीवरी पता अपडेट करना है: {P('सुनील कुमार यादव')}, {A('फ्लैट 304, साई कृपा अपार्टमेंट, बाणेर रोड, पुणे 411045')}, मोबाइल {T('+91 98220 41736')}. पुराने पते पर पार्सल मत भेजिए।")
    add("nepali_volunteer", f"स्वयंसेवक दर्ता: नाम {P('सरिता गुरुङ')}, ठेगाना {A('ललितपुर महानगरपालिका वडा नं. ३, पुल्चोक')}, फोन {T('९८४१२३४५६७')}, इमेल {E('sarita.gurung@gmail.com')}.")
    add("nigeria_rider_en", f"Dispatch note for tomorrow: pick up from {P('Chukwuemeka Obi')} at {A('15 Adeola Odeku Street, Victoria Island, Lagos')} ({T('0803 412 7790')}), deliver to {P('Funmilayo Adebayo-Cole')}, {A('7 Awolowo Road, Ikoyi')} ({T('+234 809 220 1845')}). {P('Babajide')} from the Yaba hub will call both before noon.")
    add("sa_tenant_letter", f"Please draft a polite letter to my landlord. My details: {P('Sipho Ndlovu')}, {A('Unit 12, 45 Long Street, Cape Town, 8001')}, cell {T('082 554 9013')}. The landlord is Mrs. {P('Anneke van der Merwe')}. I want to give one month's notice from 1 December.")
    add("uk_support_reply", f"Dear Mr {P('Hughes')},\n\nThank you for your call today. As discussed, we will collect the faulty unit from {A('Flat 3, 27 Cathedral Road, Cardiff CF11 9HA')} on Thursday between 8am and 1pm. If that slot does not work, please ring us on {T('029 2048 1100')} quoting reference NK-88120, or reply to this e-mail.\n\nKind regards,\n{P('Bethan Price')}\nCustomer Care, Nordkap Logistik UK")
    add("canada_qc", f"Bonjour, j'ai déménagé. Ma nouvelle adresse: {A('2150, rue Sherbrooke Est, app. 6, Montréal (Québec) H2K 1C2')}. Téléphone: {T('514 555-0192')}. Merci de mettre à jour le compte de {P('Geneviève Tremblay')}.")
    add("au_csv", f"first_name,last_name,email,mobile,street,suburb,state,postcode\n{P('Liam')},{P('O’Connell')},{E('liam.oconnell@bigpond.com')},{T('0412 338 907')},{A('88 Brunswick St')},{L('Fitzroy')},VIC,{Z('3065')}\n{P('Mei')},{P('Tanaka-Wright')},{E('mei.tw@optusnet.com.au')},{T('+61 423 118 540')},{A('4/19 Bondi Rd')},{L('Bondi')},NSW,{Z('2026')}")
    add("argentina_form", f"Formulario de alta de proveedor\nRazón social: Talleres Ñandú S.R.L.\nContacto: {P('Martín Ezequiel Gorosito')}\nDomicilio: {A('Av. Corrientes 1847, piso 3, C1045AAB CABA')}\nTeléfono: {T('+54 9 11 5234-8810')}\nCorreo: {E('mgorosito@talleresnandu.com.ar')}")
    add("swedish_team_md", f"## Jourlista vecka 49\n\n| Namn | Telefon | E-post |\n|---|---|---|\n| {P('Linnea Andersson')} | {T('070-418 22 91')} | {E('linnea.andersson@hafnia.se')} |\n| {P('Oskar Lindqvist')} | {T('+46 73 552 10 84')} | {E('oskar.lindqvist@hafnia.se')} |\n| {P('Aziz Haidari')} | {T('076-201 33 48')} | {E('aziz.haidari@hafnia.se')} |")
    add("mail_headers_fi", f"Return-Path: <{E('pekka.jarvinen@elisa.fi')}>\nReceived: from mail-fi1.elisa.fi ({IP('193.229.0.42')}) by mx.hafnia.se\nFrom: {P('Järvinen Pekka')} <{E('pekka.jarvinen@elisa.fi')}>\nTo: {P('Aino Korhonen')} <{E('aino.korhonen@hafnia.se')}>\nCc: {E('laskutus@hafnia.se')}\nSubject: Lasku 2026-118 / puhelinnumero {T('+358 40 718 2290')}\nDate: Mon, 23 Nov 2026 16:02:11 +0200")
    add("us_credit_app", f"Credit application received (paper form, transcribed):\n\nApplicant: {P('Dolores M. Castillo')}\nDate of birth: {D('02/11/1968')}\nSSN: {ssn()}\nHome address: {A('3301 N Central Ave, Phoenix, AZ 85012')}\nPhone: {T('(602) 555-0137')}\nEmployer: Sonoran Builders Inc.\nCard on file: {C(grp(luhn_complete('52', 16, g)))}")
    add("user_letter_vi", f"Em chào anh, em là {P('Trần Thị Mai Anh')}, sinh ngày {D('08/05/1996')}, hiện ở {A('số 18 ngõ 42 phố Thịnh Hào 1, Đống Đa, Hà Nội')}. Số điện thoại của em là {T('0903 217 845')}. Nhờ anh cập nhật hồ sơ giúp em ạ.")
    add("mobile_crash_user", f"Fatal Exception: java.lang.IllegalStateException: profile incomplete for user {E('ngozi.eze@gmail.com')}\n       at com.okapi.portal.profile.ProfileValidator.check(ProfileValidator.kt:64)\n       at com.okapi.portal.profile.ProfileActivity.onResume(ProfileActivity.kt:112)\nKeys:\n  user_name = {P('Ngozi Eze')}\n  user_phone = {T('+234 803 555 0146')}\n  app_version = 2.8.1 (2081)\n  device = Pixel 8 / Android 15")
    return out


def negatives(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(src: str, t: str) -> None:
        out.append((f"holdout10:{src}", t))

    def sha() -> str:
        return g.s(HEX, 40)

    add("git_log_oneline", qwen_call("git log --oneline -6 origin/main", "Show recent commits") + "\n" + qwen_resp("\n".join(f"{g.s(HEX, 9)} {msg}" for msg in ["pricing: round half-even in VAT calc (#812)", "deps: bump pydantic to 2.10.3", "ci: cache uv downloads keyed on uv.lock", "orders: retry 409 from courier API", "docs: document APOLLO_KEY rotation", "Revert \"orders: batch label printing\""])))
    add("cargo_lock_checksums", "[[package]]\nname = \"aho-corasick\"\nversion = \"1.1.3\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"" + g.s(HEX, 64) + "\"\ndependencies = [\n \"memchr\",\n]\n\n[[package]]\nname = \"base64\"\nversion = \"0.22.1\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"" + g.s(HEX, 64) + "\"\n\n[[package]]\nname = \"ring\"\nversion = \"0.17.8\"\nsource = \"registry+https://github.com/rust-lang/crates.io-index\"\nchecksum = \"" + g.s(HEX, 64) + "\"")
    add("requirements_hashes", "# uv pip compile --generate-hashes requirements.in\ncryptography==44.0.0 \\\n    --hash=sha256:" + g.s(HEX, 64) + " \\\n    --hash=sha256:" + g.s(HEX, 64) + "\nhttpx==0.28.1 \\\n    --hash=sha256:" + g.s(HEX, 64) + "\npyjwt==2.10.1 \\\n    --hash=sha256:" + g.s(HEX, 64))
    add("imagetools_inspect", copilot_cli("docker buildx imagetools inspect ghcr.io/okapi-labs/portal:2.8.1", f"Name:      ghcr.io/okapi-labs/portal:2.8.1\nMediaType: application/vnd.oci.image.index.v1+json\nDigest:    sha256:{g.s(HEX, 64)}\n\nManifests:\n  Name:        ghcr.io/okapi-labs/portal:2.8.1@sha256:{g.s(HEX, 64)}\n  MediaType:   application/vnd.oci.image.manifest.v1+json\n  Platform:    linux/amd64\n\n  Name:        ghcr.io/okapi-labs/portal:2.8.1@sha256:{g.s(HEX, 64)}\n  MediaType:   application/vnd.oci.image.manifest.v1+json\n  Platform:    linux/arm64"))
    add("pod_yaml_refs", f"apiVersion: v1\nkind: Pod\nmetadata:\n  name: pricing-7d9f8c6b5-{g.s(LOWNUM, 5)}\n  namespace: commerce\n  uid: {g.uuid()}\n  resourceVersion: \"{g.s(DIGITS, 9)}\"\nspec:\n  containers:\n    - name: pricing\n      image: ghcr.io/okapi-labs/pricing@sha256:{g.s(HEX, 64)}\n      env:\n        - name: KORAPAY_SECRET_KEY\n          valueFrom:\n            secretKeyRef: {{name: payments, key: korapay-secret}}\n        - name: MONNIFY_SECRET_KEY\n          valueFrom:\n            secretKeyRef: {{name: payments, key: monnify-secret}}\n  serviceAccountName: pricing")
    add("env_example_am", bolt([("file", ".env.example", "# copy to .env and fill in from 1Password (vault: platform)\nAPOLLO_KEY=service:<graph-id>:<key>\nBITGO_ACCESS_TOKEN=v2x<your-access-token>\nKORAPAY_SECRET_KEY=sk_test_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nDEPOT_TOKEN=\nLIGHTDASH_API_KEY=ldpat_00000000000000000000000000000000\nCRISP_KEY=<64 hex characters>\nFRONTEGG_API_KEY=00000000-0000-0000-0000-000000000000\nDATABASE_URL=postgres://user:password@localhost:5432/app")]))
    add("readme_ja_placeholders", "## セットアップ\n\n1. `.env.example` を `.env` にコピーします。\n2. `MACKEREL_APIKEY` には管理画面で発行したキーを入れてください(例: `YOUR_MACKEREL_API_KEY`)。\n3. `bundle exec rails db:setup` を実行します。\n\n> 注意: 本物のキーをリポジトリにコミットしないでください。CI では `secrets.MACKEREL_APIKEY` を使います。\n\n対応バージョン: Ruby 3.3.6 / Rails 8.0.0 / PostgreSQL 16.4")
    add("docs_zh_placeholders", "### 配置说明\n\n在 `config.yaml` 中填写模型服务的密钥:\n\n```yaml\nproviders:\n  moonshot:\n    api_key: sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx   # 替换为你自己的密钥\n    base_url: https://api.moonshot.cn/v1\n    model: moonshot-v1-32k\n```\n\n默认超时 30 秒,重试 3 次。版本 v2.4.0 起支持流式输出;v2.3.x 用户请先升级到 2.3.9 再迁移配置。")
    add("release_notes_ko", "## 릴리스 노트 v3.12.0 (2026-11-24)\n\n- 결제 모듈: 부트페이 SDK 5.0.2 → 5.1.0 업그레이드\n- 채널톡 위젯 로딩 지연 수정 (#1182)\n- 서울 리전(ap-northeast-2) 캐시 TTL 300초 → 120초\n- 커밋: " + g.s(HEX, 7) + ", " + g.s(HEX, 7) + ", " + g.s(HEX, 7) + "\n\n다음 릴리스(v3.13.0)는 12월 8일 예정입니다.")
    add("changelog_ru", f"## [4.2.0] - 2026-11-20\n### Добавлено\n- Поддержка API СДЭК v2 и расчёт тарифов по складам Казани и Екатеринбурга.\n### Исправлено\n- Падение при пустом ответе Boxberry (коммит {g.s(HEX, 12)}).\n- Миграция `0042_add_tracking_uuid` теперь заполняет `tracking_uuid` значениями вида `{g.uuid()}`.\n\n[4.2.0]: https://git.severveter.ru/shop/compare/v4.1.3...v4.2.0")
    add("architektur_de", "Architekturnotiz: Der Tourplaner schreibt Ereignisse nach Kafka (Topic `touren.v2`), die Projektion liest sie und hält den Stand in Redis. Beide Dienste laufen im Rechenzentrum Hamburg-Billbrook; die Replik in Frankfurt übernimmt bei Ausfall. Die Schnittstelle zu SAP S/4HANA bleibt unverändert, ebenso der Export nach Power BI. Verantwortlich ist das Team Disposition.")
    add("postmortem_fr", f"# Post-mortem — incident {g.uuid()}\n\n**Résumé :** entre 14h02 et 14h47 (heure de Paris), 8 % des paiements ont échoué chez Mangopay à cause d'un certificat expiré sur le proxy de sortie à Roubaix.\n\n**Chronologie :**\n- 14h02 : alerte `payments_error_rate > 5%` (Grafana)\n- 14h19 : l'équipe d'astreinte identifie le certificat (empreinte SHA-256 `{':'.join(g.s(HEXU, 2) for _ in range(8))}…`)\n- 14h47 : nouveau certificat déployé, version du proxy 2.11.4\n\n**Actions :** renouvellement automatique via cert-manager 1.16.")
    add("schema_es", "-- Esquema de clientes (sin datos)\nCREATE TABLE clientes (\n    id            bigserial PRIMARY KEY,\n    nombre        text NOT NULL,\n    correo        citext UNIQUE NOT NULL,\n    telefono      varchar(20),\n    direccion     text,\n    fecha_nac     date,\n    iban          varchar(34),\n    creado_en     timestamptz DEFAULT now()\n);\nCOMMENT ON COLUMN clientes.iban IS 'IBAN cifrado con la clave del KMS, nunca en claro';")
    add("i18n_ar", dumps({"greeting": "مرحباً {{name}}، أهلاً بك من جديد", "order_shipped": "تم شحن طلبك رقم {{order_id}} إلى {{city}}", "reset_password": "أدخل بريدك الإلكتروني وسنرسل لك رابطاً لإعادة تعيين كلمة المرور", "phone_hint": "مثال: ‎+971 5X XXX XXXX"}, ensure_ascii=False, indent=2))
    add("i18n_hi", dumps({"welcome": "नमस्ते {{first_name}}, आपका स्वागत है", "otp_sent": "हमने {{phone}} पर 6 अंकों का OTP भेजा है", "address_label": "डिलीवरी का पता", "api_key_help": "अपनी API कुंजी सेटिंग्स > डेवलपर में बनाएं"}, ensure_ascii=False, indent=2))
    add("wg_show_public", shell("sudo wg show", f"interface: wg0\n  public key: {g.b64(32)}\n  private key: (hidden)\n  listening port: 51820\n\npeer: {g.b64(32)}\n  endpoint: 10.40.0.12:51820\n  allowed ips: 10.44.0.2/32\n  latest handshake: 41 seconds ago\n  transfer: 18.22 MiB received, 4.10 MiB sent"))
    add("jwks_public", dumps({"keys": [{"kty": "RSA", "use": "sig", "kid": g.s(HEX, 16), "alg": "RS256", "n": g.b64(256, urlsafe=True).rstrip("="), "e": "AQAB"}, {"kty": "EC", "use": "sig", "kid": g.s(HEX, 16), "crv": "P-256", "x": g.b64(32, urlsafe=True).rstrip("="), "y": g.b64(32, urlsafe=True).rstrip("=")}]}, indent=2))
    add("openapi_security", "components:\n  securitySchemes:\n    ApiKeyAuth:\n      type: apiKey\n      in: header\n      name: X-API-Key\n      description: Create a key under Settings → API. Example value `okp_live_<32 characters>`.\n    BearerAuth:\n      type: http\n      scheme: bearer\n      bearerFormat: JWT\nsecurity:\n  - ApiKeyAuth: []\npaths:\n  /v1/orders/{orderId}:\n    get:\n      parameters:\n        - name: orderId\n          in: path\n          required: true\n          schema: {type: string, format: uuid}")
    add("terraform_plan_sensitive", "Terraform will perform the following actions:\n\n  # azurerm_key_vault_secret.db_password will be updated in-place\n  ~ resource \"azurerm_key_vault_secret\" \"db_password\" {\n        id           = \"https://kv-hafnia-prod.vault.azure.net/secrets/db-password/" + g.s(HEX, 32) + "\"\n        name         = \"db-password\"\n      ~ value        = (sensitive value)\n        # (4 unchanged attributes hidden)\n    }\n\nPlan: 0 to add, 1 to change, 0 to destroy.")
    add("bitbucket_masked", bitbucket_log(["+ echo \"Deploying with $DEPLOY_TOKEN\"", "Deploying with $$$$$$$", "+ ./scripts/deploy.sh --env prod --token \"********\"", "deploy: release 2.8.1 (" + g.s(HEX, 40) + ") rolled out to 6/6 pods"]))
    add("secret_scanner_code", "import re\n\n# Patterns our pre-commit hook rejects; values are never logged, only the rule name.\nRULES = {\n    \"bitgo\": re.compile(r\"\\bv2x[0-9a-f]{64}\\b\"),\n    \"kong_pat\": re.compile(r\"\\bkpat_[A-Za-z0-9]{47}\\b\"),\n    \"lightdash\": re.compile(r\"\\bldpat_[0-9a-f]{32}\\b\"),\n}\n\n\ndef scan(text: str) -> list[str]:\n    return [name for name, rx in RULES.items() if rx.search(text)]")
    add("unit_test_fake_values", "def test_client_refuses_empty_key(monkeypatch):\n    monkeypatch.setenv(\"HELLOSIGN_API_KEY\", \"\")\n    with pytest.raises(ConfigError, match=\"HELLOSIGN_API_KEY is empty\"):\n        HelloSignClient.from_env()\n\n\ndef test_client_masks_key_in_repr():\n    client = HelloSignClient(api_key=\"<redacted>\")\n    assert \"redacted\" in repr(client)")
    add("trace_ids_log", "\n".join(f"2026-11-24T10:{14 + i:02d}:0{i}.118Z INFO pricing trace_id={g.s(HEX, 32)} span_id={g.s(HEX, 16)} request_id={g.uuid()} msg=\"quote computed\" duration_ms={40 + 7 * i}" for i in range(4)))
    add("azure_resource_ids", f"$ az resource list -g rg-hafnia-prod --query \"[].id\" -o tsv\n/subscriptions/{g.uuid()}/resourceGroups/rg-hafnia-prod/providers/Microsoft.KeyVault/vaults/kv-hafnia-prod\n/subscriptions/{g.uuid()}/resourceGroups/rg-hafnia-prod/providers/Microsoft.ServiceBus/namespaces/hafnia-events\n/subscriptions/{g.uuid()}/resourceGroups/rg-hafnia-prod/providers/Microsoft.Sql/servers/sql-ledger")
    add("sha256sums", f"$ sha256sum dist/*\n{g.s(HEX, 64)}  dist/okapi-cli_2.8.1_darwin_arm64.tar.gz\n{g.s(HEX, 64)}  dist/okapi-cli_2.8.1_linux_amd64.tar.gz\n{g.s(HEX, 64)}  dist/okapi-cli_2.8.1_windows_amd64.zip\n$ md5sum dist/okapi-cli_2.8.1_linux_amd64.tar.gz\n{g.s(HEX, 32)}  dist/okapi-cli_2.8.1_linux_amd64.tar.gz")
    add("versions_output", droid_exec("node -v && pnpm -v && kubectl version --client -o yaml | head -6", "v22.11.0\n9.14.2\nclientVersion:\n  buildDate: \"2026-10-22T20:34:52Z\"\n  compiler: gc\n  gitCommit: " + g.s(HEX, 40) + "\n  gitTreeState: clean\n  gitVersion: v1.31.3"))
    add("checklist_th", "เช็กลิสต์ก่อนปล่อยเวอร์ชัน 3.12.0\n- [x] ทดสอบการชำระเงินผ่าน GB Prime Pay (sandbox)\n- [x] ย้ายเซิร์ฟเวอร์ไปที่ region ap-southeast-7 (กรุงเทพฯ)\n- [ ] อัปเดต Flutter เป็น 3.27.1\n- [ ] ตรวจสอบ build หมายเลข 30120 บน TestFlight")
    add("guide_sw", "Mwongozo wa kuunganisha M-Pesa Daraja API:\n1. Ingia kwenye developer.safaricom.co.ke na uunde programu mpya.\n2. Nakili Consumer Key na Consumer Secret kwenye `.env` kama `MPESA_CONSUMER_KEY=<weka hapa>`.\n3. Tumia nambari ya majaribio ya Paybill 174379 kwa sandbox.\n4. Endesha `npm run test:mpesa` kuhakikisha kila kitu kinafanya kazi.")
    add("release_pl", "Wydanie 2026.11.2 — zmiany:\n- serwis cenowy działa teraz w regionie Warszawa (europe-central2) i Frankfurt;\n- poprawiono zaokrąglanie VAT dla faktur korygujących;\n- zaktualizowano bibliotekę `pdfkit` do 0.15.1 oraz `decimal.js` do 10.4.3;\n- identyfikator wdrożenia: " + g.uuid() + ".")
    add("errors_tr", "Hata kodları (mobil uygulama, v2.8.1):\n| Kod | Anlamı |\n|---|---|\n| E1042 | Oturum süresi doldu, tekrar giriş yapın |\n| E2210 | Ödeme sağlayıcısı yanıt vermedi (istek kimliği örn. " + g.uuid() + ") |\n| E3001 | Adres doğrulanamadı: posta kodu alanı boş |")
    add("ip_addr_output", shell("ip -br addr && ip link show eth0 | tail -1", f"lo               UNKNOWN        127.0.0.1/8 ::1/128\neth0             UP             10.40.2.17/24 fe80::{g.s(HEX, 4)}:{g.s(HEX, 4)}:fe12:{g.s(HEX, 4)}/64\ndocker0          DOWN           172.17.0.1/16\n    link/ether {':'.join(g.s(HEX, 2) for _ in range(6))} brd ff:ff:ff:ff:ff:ff"))
    add("css_data_uri", ".logo {\n  width: 120px;\n  height: 32px;\n  background-image: url(\"data:image/png;base64," + g.b64(120) + "\");\n}\n.icon-check { mask: url(\"data:image/svg+xml;base64," + b64('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><path d="M2 8l4 4 8-8"/></svg>') + "\"); }")
    return out
