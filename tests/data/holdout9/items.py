# ruff: noqa: E501, RUF001  -- item tables hold whole texts on one line; foreign letters are intended.
"""Ninth held-out set: infrastructure and devtools agent material written blind, without running
the detectors on it (see README.md). Providers (M-Z), carriers and shapes none of eval-dev or
holdout 1-7 used.
"""

from __future__ import annotations

import base64
import json

from _markup import IP, A, C, D, E, I, L, P, S, T, U, Z, esc, m, shell
from _values import ALNUM, DIGITS, HEX, HEXU, LOWER, LOWNUM, UPNUM, UPPER, Gen, iban, luhn_complete

B64URL = ALNUM + "-_"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
BECH32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def dumps(obj: object, **kw: object) -> str:
    """`json.dumps` keeping non-ASCII characters (and so the span markup) as they are."""
    kw.setdefault("ensure_ascii", False)
    return json.dumps(obj, **kw)  # type: ignore[arg-type]


def b64(raw: str) -> str:
    return base64.b64encode(raw.encode()).decode()


# ---------------------------------------------------------------------------------------------
# carriers of agent products and CI systems the earlier sets did not use


def amp_bash(cmd: str, cwd: str = "/workspace") -> str:
    """Sourcegraph Amp thread: a `Bash` tool_use block (the command is `cmd`)."""
    return '{"type": "tool_use", "id": "toolu_vrtx_01QbF7", "name": "Bash", "input": {"cmd": "' + esc(cmd) + '", "cwd": "' + esc(cwd) + '"}}'


def amp_result(output: str, code: int = 0) -> str:
    """Sourcegraph Amp thread: the tool_result with a `run` object."""
    return '{"type": "tool_result", "toolUseID": "toolu_vrtx_01QbF7", "run": {"status": "done", "result": {"output": "' + esc(output) + '", "exitCode": ' + str(code) + "}}}"


def swe_step(thought: str, action: str, observation: str) -> str:
    """One SWE-agent trajectory step (.traj file)."""
    return '{"action": "' + esc(action) + '", "observation": "' + esc(observation) + '", "response": "' + esc("DISCUSSION\n" + thought + "\n\n```\n" + action + "\n```") + '", "thought": "' + esc(thought) + '", "execution_time": 0.41, "state": "{\\"open_file\\": \\"n/a\\", \\"working_dir\\": \\"/repo\\"}"}'


def langsmith_run(tool: str, inp: str, out: str) -> str:
    """LangSmith tool run as exported (inputs/outputs objects)."""
    return '{"id": "0193a1c4-77f2-7d10-9b1e-5c2f4a8e0d31", "name": "' + tool + '", "run_type": "tool", "inputs": {"input": "' + esc(inp) + '"}, "outputs": {"output": "' + esc(out) + '"}, "start_time": "2026-11-19T09:41:07.114Z", "end_time": "2026-11-19T09:41:08.902Z", "parent_run_id": "0193a1c4-6f30-7a55-8c4d-10e9b7d2f6a8", "error": null}'


def oai_code_interpreter(code: str, logs: str) -> str:
    """OpenAI Assistants run step with a code_interpreter tool call."""
    return '{"id": "step_Xk2QmV7Lr4pD", "object": "thread.run.step", "type": "tool_calls", "step_details": {"type": "tool_calls", "tool_calls": [{"id": "call_Tf8sB1", "type": "code_interpreter", "code_interpreter": {"input": "' + esc(code) + '", "outputs": [{"type": "logs", "logs": "' + esc(logs) + '"}]}}]}, "status": "completed"}'


def autogen_call(name: str, args: dict[str, str]) -> str:
    """AutoGen AgentChat `ToolCallRequestEvent` (arguments a JSON string)."""
    inner = "{" + ", ".join('"' + k + '": "' + esc(v) + '"' for k, v in args.items()) + "}"
    return '{"type": "ToolCallRequestEvent", "source": "ops_agent", "models_usage": {"prompt_tokens": 2211, "completion_tokens": 64}, "content": [{"id": "call_7GmR0x", "arguments": "' + esc(inner) + '", "name": "' + name + '"}]}'


def autogen_result(content: str) -> str:
    """AutoGen AgentChat `ToolCallExecutionEvent`."""
    return '{"type": "ToolCallExecutionEvent", "source": "ops_agent", "content": [{"content": "' + esc(content) + '", "name": "run_shell", "call_id": "call_7GmR0x", "is_error": false}]}'


def crewai_log(tool: str, tool_input: str, output: str) -> str:
    """CrewAI verbose agent log of one tool use."""
    return f"# Agent: Platform Engineer\n## Thought: I should look at the configuration first.\n## Using tool: {tool}\n## Tool Input: \n\"{tool_input}\"\n## Tool Output: \n{output}"


def smol_step(code: str, logs: str, n: int = 2) -> str:
    """smolagents CodeAgent step as printed (code action and execution logs)."""
    return f"━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ Step {n} ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n ─ Executing parsed code: ──────────────────────────────────────────────────────────────────────────\n  {code.replace(chr(10), chr(10) + '  ')}\n ───────────────────────────────────────────────────────────────────────────────────────────────────\nExecution logs:\n{logs}\n\n[Step {n}: Duration 3.18 seconds| Input tokens: 4,812 | Output tokens: 211]"


def oi_code(fmt: str, code: str) -> str:
    """Open Interpreter LMC message: code the assistant runs."""
    return '{"role": "assistant", "type": "code", "format": "' + fmt + '", "content": "' + esc(code) + '"}'


def oi_output(out: str) -> str:
    """Open Interpreter LMC message: console output."""
    return '{"role": "computer", "type": "console", "format": "output", "content": "' + esc(out) + '"}'


def vercel_call(name: str, args: dict[str, str]) -> str:
    """Vercel AI SDK `tool-call` content part (args an object)."""
    inner = ", ".join('"' + k + '": "' + esc(v) + '"' for k, v in args.items())
    return '{"role": "assistant", "content": [{"type": "tool-call", "toolCallId": "call_vA91kd", "toolName": "' + name + '", "args": {' + inner + "}}]}"


def vercel_result(name: str, result: str) -> str:
    """Vercel AI SDK `tool-result` content part."""
    return '{"role": "tool", "content": [{"type": "tool-result", "toolCallId": "call_vA91kd", "toolName": "' + name + '", "result": "' + esc(result) + '"}]}'


def anth_bash_exec(stdout: str) -> str:
    """Anthropic code-execution server tool: a bash_code_execution_tool_result block."""
    return '{"type": "bash_code_execution_tool_result", "tool_use_id": "srvtoolu_01VnQ8", "content": {"type": "bash_code_execution_result", "stdout": "' + esc(stdout) + '", "stderr": "", "return_code": 0}}'


def local_shell(argv: list[str]) -> str:
    """OpenAI Responses `local_shell_call` item (the command an argv list)."""
    return '{"type": "local_shell_call", "id": "lsh_68a1f2", "call_id": "call_LsX3", "status": "completed", "action": {"type": "exec", "command": [' + ", ".join('"' + esc(a) + '"' for a in argv) + '], "timeout_ms": 120000, "working_directory": "/srv/app"}}'


def local_shell_out(output: str) -> str:
    """OpenAI Responses `local_shell_call_output` item."""
    return '{"type": "local_shell_call_output", "call_id": "call_LsX3", "output": "' + esc(output) + '"}'


def buildkite_log(lines: list[str], t0: int = 1763543100000) -> str:
    """Buildkite raw job log: APC-prefixed millisecond timestamps."""
    return "\n".join(f"\x1b_bk;t={t0 + 137 * i}\x07{x}" for i, x in enumerate(lines))


def teamcity_log(lines: list[str]) -> str:
    """TeamCity build log as downloaded."""
    return "\n".join(f"[11:{20 + i // 60:02d}:{i % 60:02d}]{' :' if i else 'i:'}\t [Step 2/4] {x}" for i, x in enumerate(lines))


def tekton_log(step: str, lines: list[str]) -> str:
    """`tkn pipelinerun logs` output: task and step prefix on every line."""
    return "\n".join(f"[{step}] {x}" for x in lines)


def gha_raw(lines: list[str]) -> str:
    """GitHub Actions raw step log (`set -x` trace lines included)."""
    return "\n".join(f"2026-11-19T08:{40 + i // 60:02d}:{i % 60:02d}.{2200411 + 3187 * i:07d}Z {x}" for i, x in enumerate(lines))


def gitlab_job(lines: list[str]) -> str:
    """GitLab runner job trace with section markers and ANSI colour codes."""
    head = "\x1b[0KRunning with gitlab-runner 17.5.2 (c6b0c4e3)\x1b[0;m\n\x1b[0K  on corvid-k8s-runner t2_Kx9pQ, system ID: r_7Hc2mB0qLz1v\x1b[0;m\n"
    body = "section_start:1763543100:step_script\r\x1b[0K\x1b[0K\x1b[36;1mExecuting \"step_script\" stage of the job script\x1b[0;m\x1b[0;m\n"
    body += "\n".join(f"\x1b[32;1m{x}\x1b[0;m" if x.startswith("$ ") else x for x in lines)
    return head + body + "\nsection_end:1763543131:step_script\r\x1b[0K\x1b[32;1mJob succeeded\x1b[0;m"


def circleci_step(cmd: str, lines: list[str]) -> str:
    """CircleCI step output as copied from the UI."""
    return "#!/bin/bash -eo pipefail\n" + cmd + "\n" + "\n".join(lines) + "\n\nCircleCI received exit code 0"


def k8s_secret(name: str, ns: str, data: dict[str, str]) -> str:
    """`kubectl get secret -o yaml` output; `data` values are already marked."""
    body = "\n".join(f"  {k}: {v}" for k, v in data.items())
    return f"apiVersion: v1\ndata:\n{body}\nkind: Secret\nmetadata:\n  creationTimestamp: \"2026-10-02T07:41:18Z\"\n  name: {name}\n  namespace: {ns}\n  resourceVersion: \"48812091\"\n  uid: 6c0f2b7e-1d4a-4f38-9e55-0a9d7c3b21f4\ntype: Opaque"


def kb64(raw: str) -> str:
    """A Kubernetes Secret data value: the base64 of `raw`, marked SECRET."""
    return S(b64(raw))


# ---------------------------------------------------------------------------------------------


def secrets(g: Gen) -> list[tuple[str, list[str], str]]:
    out: list[tuple[str, list[str], str]] = []

    def add(p: str, t: str, providers: list[str] | None = None) -> None:
        out.append((f"holdout9:{p}", providers or [p], t))

    # Kubernetes, Helm, Terraform, Ansible
    add("rabbitmq", amp_result(k8s_secret("rabbitmq-default-user", "messaging", {"password": kb64(g.mixed(ALNUM, 24)), "rabbitmq-erlang-cookie": kb64(g.s(UPPER, 20)), "username": S(b64("default_user_" + g.s(LOWNUM, 20)))})))
    add("minio", f"# charts/minio/values-prod.yaml\nmode: distributed\nreplicas: 4\nrootUser: \"{S(g.s(UPNUM, 20))}\"\nrootPassword: \"{S(g.mixed(ALNUM + '+/', 40))}\"\npersistence:\n  size: 500Gi\n  storageClass: gp3\nbuckets:\n  - name: loki-chunks\n    policy: none\n  - name: velero-backups\n    policy: none")
    add("n8n+zitadel", f"$ helm upgrade --install automation ./charts/automation -n tools \\\n    --set n8n.encryptionKey={S(g.mixed(ALNUM, 32))} \\\n    --set zitadel.masterkey={S(g.mixed(ALNUM, 32))} \\\n    --set ingress.host=auto.corvid-works.io\nRelease \"automation\" has been upgraded. Happy Helming!\nNAME: automation\nLAST DEPLOYED: Thu Nov 19 10:02:41 2026\nNAMESPACE: tools\nSTATUS: deployed\nREVISION: 14", ["n8n", "zitadel"])
    vak = "AKLT" + g.mixed(ALNUM, 40)
    vsk = b64(g.s(HEX, 48))
    add("volcengine", local_shell_out(dumps({"version": 4, "terraform_version": "1.9.8", "serial": 27, "lineage": g.uuid(), "resources": [{"mode": "managed", "type": "volcengine_iam_access_key", "name": "ci", "provider": "provider[\"registry.terraform.io/volcengine/volcengine\"]", "instances": [{"schema_version": 0, "attributes": {"id": vak, "user_name": "ci-deployer", "status": "active", "secret": vsk, "create_date": "2026-09-30T02:11:09Z"}, "sensitive_attributes": [[{"type": "get_attr", "value": "secret"}]]}]}]}, indent=2).replace(vak, S(vak)).replace(vsk, S(vsk)).replace('"ci-deployer"', '"' + U("ci-deployer") + '"')))
    add("password_tfstate_random", shell("terraform state pull | jq '.resources[] | select(.type==\"random_password\") | .instances[0].attributes'", f"{{\n  \"id\": \"none\",\n  \"keepers\": null,\n  \"length\": 24,\n  \"lower\": true,\n  \"min_numeric\": 2,\n  \"override_special\": \"_%@\",\n  \"result\": \"{S(g.mixed(ALNUM + '_%@', 24))}\",\n  \"special\": true\n}}"), ["password"])
    add("teleport+password", f"# inventories/prod/hosts.ini\n[db]\npg-01.corvid.internal ansible_host=10.30.1.11\npg-02.corvid.internal ansible_host=10.30.1.12\n\n[db:vars]\nansible_user={U('provision')}\nansible_password={S(g.password())}\nansible_become_pass={S(g.password())}\nteleport_join_token={S(g.s(HEX, 32))}\nteleport_proxy=tele.corvid-works.io:443", ["teleport", "password"])
    add("nextcloud", amp_bash("kubectl -n cloud exec deploy/nextcloud -- cat /var/www/html/config/config.php", "/Users/rkessler/infra") .replace("/Users/rkessler", "/Users/" + U("rkessler")) + "\n" + amp_result(f"<?php\n$CONFIG = array (\n  'instanceid' => 'oc{g.s(LOWNUM, 10)}',\n  'passwordsalt' => '{S(g.mixed(ALNUM + '+/', 30))}',\n  'secret' => '{S(g.mixed(ALNUM + '+/', 48))}',\n  'trusted_domains' => array (0 => 'cloud.corvid-works.io'),\n  'dbtype' => 'pgsql',\n  'dbname' => 'nextcloud',\n  'dbhost' => 'postgres.cloud.svc',\n  'dbuser' => '{U('oc_admin')}',\n  'dbpassword' => '{S(g.mixed(ALNUM, 30))}',\n  'version' => '30.0.2.2',\n);"))
    add("penpot+paperless+umami", f"services:\n  penpot-backend:\n    image: penpotapp/backend:2.3.2\n    environment:\n      PENPOT_SECRET_KEY: {S(g.mixed(B64URL, 86))}\n      PENPOT_DATABASE_URI: postgresql://penpot-postgres/penpot\n  paperless:\n    image: ghcr.io/paperless-ngx/paperless-ngx:2.13\n    environment:\n      PAPERLESS_SECRET_KEY: \"{S(g.mixed(ALNUM + '!@#%^*', 50))}\"\n      PAPERLESS_URL: https://docs.corvid-works.io\n  umami:\n    image: ghcr.io/umami-software/umami:postgresql-latest\n    environment:\n      APP_SECRET: {S(g.s(HEX, 64))}", ["penpot", "paperless", "umami"])
    add("vaultwarden+woodpecker", shell("docker inspect vaultwarden woodpecker-agent --format '{{.Name}} {{json .Config.Env}}'", f"/vaultwarden [\"DOMAIN=https://vault.corvid-works.io\",\"SIGNUPS_ALLOWED=false\",\"ADMIN_TOKEN={S(g.mixed(B64URL + '+/', 64))}\",\"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\",\"ROCKET_PORT=80\"]\n/woodpecker-agent [\"WOODPECKER_SERVER=woodpecker-server:9000\",\"WOODPECKER_AGENT_SECRET={S(g.s(HEX, 64))}\",\"WOODPECKER_MAX_WORKFLOWS=4\",\"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\"]"), ["vaultwarden", "woodpecker"])
    add("rclone", f"# /etc/systemd/system/rclone-offsite.service\n[Unit]\nDescription=Mirror /srv/backups to the offsite bucket\nAfter=network-online.target\n\n[Service]\nType=oneshot\nEnvironment=RCLONE_CONFIG_OFFSITE_TYPE=sftp\nEnvironment=RCLONE_CONFIG_OFFSITE_HOST=storage.offsite-eu.net\nEnvironment=RCLONE_CONFIG_OFFSITE_USER={U('corvid-bk')}\nEnvironment=RCLONE_CONFIG_OFFSITE_PASS={S(g.mixed(B64URL, 38))}\nExecStart=/usr/bin/rclone sync /srv/backups offsite:corvid --transfers 4\n\n[Install]\nWantedBy=multi-user.target")
    add("pgbackrest", shell("sudo cat /etc/pgbackrest/pgbackrest.conf", f"[global]\nrepo1-type=s3\nrepo1-path=/pgbackrest\nrepo1-s3-bucket=corvid-pg-archive\nrepo1-s3-endpoint=s3.eu-central-003.backblazeb2.com\nrepo1-s3-region=eu-central-003\nrepo1-cipher-type=aes-256-cbc\nrepo1-cipher-pass={S(g.mixed(ALNUM + '+/', 44))}\nrepo1-retention-full=4\n\n[main]\npg1-path=/var/lib/postgresql/16/main"))
    add("plex", f"server {{\n    listen 443 ssl http2;\n    server_name media.corvid-home.net;\n\n    location /library/ {{\n        proxy_pass http://127.0.0.1:32400;\n        proxy_set_header X-Plex-Token {S(g.mixed(B64URL, 20))};\n        proxy_set_header Host $host;\n    }}\n}}")
    add("password_haproxy", f"Here is the haproxy.cfg the container loads; the stats page is public right now, which is why I want it behind the VPN:\n\n```\nglobal\n    log stdout format raw local0\n\nuserlist ops_users\n    user {U('opsadmin')} insecure-password {S(g.password())}\n\nlisten stats\n    bind :8404\n    stats enable\n    stats uri /haproxy\n    stats auth {U('viewer')}:{S(g.password())}\n\nfrontend fe_https\n    bind :443 ssl crt /etc/haproxy/certs/\n    default_backend be_api\n```", ["password"])
    add("password_apache_ldap", kilo_write("/etc/apache2/sites-available/wiki.conf", f"<Location /wiki>\n    AuthType Basic\n    AuthName \"Corvid wiki\"\n    AuthBasicProvider ldap\n    AuthLDAPURL \"ldaps://dc1.corp.corvid-works.io/OU=Staff,DC=corp,DC=corvid-works,DC=io?sAMAccountName?sub\"\n    AuthLDAPBindDN \"CN={U('svc-wiki-bind')},OU=Service,DC=corp,DC=corvid-works,DC=io\"\n    AuthLDAPBindPassword \"{S(g.password())}\"\n    Require valid-user\n</Location>"), ["password"])
    # package managers and client credential files
    vuser = "ci-publisher"
    add("verdaccio", shell("cat ~/.npmrc", f"registry=https://npm.corvid-works.io/\n//npm.corvid-works.io/:_auth={S(b64(vuser + ':' + g.password()))}\n//npm.corvid-works.io/:always-auth=true\nfund=false\naudit-level=high"))
    add("password_pypirc_devpi", cmd_transcript("type %USERPROFILE%\\.pypirc", f"[distutils]\nindex-servers =\n    corvid\n\n[corvid]\nrepository = https://devpi.corvid-works.io/corvid/prod/\nusername = {U('release-bot')}\npassword = {S(g.password())}"), ["password"])
    add("nasaearthdata", oi_code("shell", f"printf 'machine urs.earthdata.nasa.gov login {U('hkaplan_eo')} password {S(g.password())}\\n' >> ~/.netrc && chmod 0600 ~/.netrc") + "\n" + oi_output(""))
    add("onedev", shell("git config --global credential.helper store && cat ~/.git-credentials", f"https://{U('jmarlow')}:{S(g.mixed(ALNUM, 32))}@onedev.corvid-works.io\nhttps://{U('ci-mirror')}:{S(g.mixed(ALNUM, 32))}@onedev.lab.corvid.internal"))
    add("password_pgpass_mycnf", f"$ cat ~/.pgpass ~/.my.cnf\nreplica.db.corvid.internal:5432:*:{U('analytics_ro')}:{S(g.password())}\n*:6432:billing:{U('billing_app')}:{S(g.mixed(ALNUM, 22))}\n[client]\nuser={U('reporting')}\npassword=\"{S(g.password())}\"\nhost=mysql-ro.corvid.internal", ["password"])
    oshift = "sha256~" + g.mixed(B64URL, 43)
    add("openshift", f"apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    server: https://api.ocp4.corvid-works.io:6443\n  name: api-ocp4-corvid-works-io:6443\ncontexts:\n- context:\n    cluster: api-ocp4-corvid-works-io:6443\n    namespace: payments\n    user: {U('dnwosu')}/api-ocp4-corvid-works-io:6443\n  name: payments/api-ocp4-corvid-works-io:6443/{U('dnwosu')}\ncurrent-context: payments/api-ocp4-corvid-works-io:6443/{U('dnwosu')}\nusers:\n- name: {U('dnwosu')}/api-ocp4-corvid-works-io:6443\n  user:\n    token: {S(oshift)}")
    add("pem_kubeconfig_client_key", vercel_call("writeFile", {"path": "clusters/edge-03/kubeconfig", "content": f"apiVersion: v1\nkind: Config\nusers:\n- name: edge-03-admin\n  user:\n    client-certificate-data: {g.b64(900)}\n    client-key-data: {S(b64(g.pem('EC PRIVATE KEY', 3) + chr(10)))}\n"}), ["pem"])
    add("openstack", f"# ~/.config/openstack/clouds.yaml\nclouds:\n  corvid-prod:\n    auth:\n      auth_url: https://keystone.cloud.corvid-works.io:5000/v3\n      username: \"{U('svc-terraform')}\"\n      password: \"{S(g.password())}\"\n      project_name: platform\n      user_domain_name: Default\n      project_domain_name: Default\n    region_name: fra1\n  corvid-ci:\n    auth_type: v3applicationcredential\n    auth:\n      auth_url: https://keystone.cloud.corvid-works.io:5000/v3\n      application_credential_id: \"{g.s(HEX, 32)}\"\n      application_credential_secret: \"{S(g.mixed(B64URL, 86))}\"")
    # private keys of other kinds
    add("openssh", autogen_call("write_file", {"path": "deploy/keys/id_ed25519_deploy", "content": S(g.openssh()) + "\n"}))
    sops = "AGE-SECRET-KEY-1" + g.s(BECH32.upper(), 58)
    add("sops", shell("cat ~/.config/sops/age/keys.txt", f"# created: 2026-08-14T09:12:33+02:00\n# public key: age1{g.s(BECH32, 58)}\n{S(sops)}"))
    neb = "-----BEGIN NEBULA X25519 PRIVATE KEY-----\n" + g.b64(32) + "\n-----END NEBULA X25519 PRIVATE KEY-----"
    add("nebula", f"pki:\n  ca: |\n    -----BEGIN NEBULA CERTIFICATE-----\n    {g.b64(48)}\n    {g.b64(40)}\n    -----END NEBULA CERTIFICATE-----\n  key: |\n    {S(neb.replace(chr(10), chr(10) + '    '))}\nlighthouse:\n  am_lighthouse: false\n  hosts:\n    - \"192.168.100.1\"")
    minisign = "RWRTY0Iy" + g.s(ALNUM + "+/", 204)
    add("minisign", crewai_log("FileReadTool", "release/minisign.key", f"untrusted comment: minisign encrypted secret key\n{S(minisign)}"))
    add("signify", tekton_log("release : step-sign", ["+ cat > /tmp/release.sec <<'EOF'", "untrusted comment: signify secret key", S("RWRCSwAAAA" + g.s(ALNUM + "+/", 130) + "=="), "EOF", "+ signify -S -s /tmp/release.sec -m SHA256 -x SHA256.sig", "+ rm -f /tmp/release.sec"]))
    sol = "[" + ",".join(str(g.rng.randint(0, 255)) for _ in range(64)) + "]"
    add("solana", shell("cat ~/.config/solana/id.json; solana address", f"{S(sol)}\n{g.s(B58, 44)}"))
    add("tinc", shell("sudo cat /etc/tinc/corvidnet/rsa_key.priv", g.pem("RSA PRIVATE KEY", 6).replace("-----BEGIN", "⟦SECRET|-----BEGIN", 1) + "⟧"))
    add("nostr", f"Can you add a relay check to the bot? It signs with this key right now (I know, it should come from the env):\n\n```js\nconst sk = nip19.decode('{S('nsec1' + g.s(BECH32, 58))}').data\nconst pool = new SimplePool()\nawait pool.publish(['wss://relay.damus.io', 'wss://nos.lol'], finalizeEvent(event, sk))\n```")
    # cloud, CI and devtools APIs
    add("qiniu", oai_code_interpreter(f"from qiniu import Auth, put_file\nq = Auth('{S(g.mixed(B64URL, 40))}', '{S(g.mixed(B64URL, 40))}')\ntoken = q.upload_token('corvid-assets', 'img/hero.webp', 3600)\nret, info = put_file(token, 'img/hero.webp', '/mnt/data/hero.webp')\nprint(info.status_code)", "200\n"))
    add("spacelift", drone_log(["$ export SPACELIFT_API_KEY_ENDPOINT=https://corvid.app.spacelift.io", f"$ export SPACELIFT_API_KEY_ID={g.s(UPNUM, 26)}", f"$ export SPACELIFT_API_KEY_SECRET={S(g.s(HEX, 64))}", "$ spacectl stack deploy --id networking-prod --tail", "Deploying stack networking-prod @ 4c1d8e2"]))
    add("scalr+stackhawk", buildkite_log(["~~~ :terraform: plan", f"$ export SCALR_TOKEN={S(g.jwt(dumps({'jti': 'at-' + g.s(LOWNUM, 17), 'iss': 'corvid.scalr.io'}, separators=(',', ':'))))}", "$ terraform init -backend-config=hostname=corvid.scalr.io", "+++ :hawk: DAST", f"$ docker run --rm -e API_KEY={S('hawk.' + g.mixed(ALNUM, 20) + '.' + g.mixed(ALNUM, 20))} -v $(pwd):/hawk stackhawk/hawkscan", "HawkScan 4.3.0 starting"]), ["scalr", "stackhawk"])
    add("semaphoreci+travisci", teamcity_log(["Step 2/4: migrate CI secrets (Command Line)", f"##teamcity[setParameter name='env.SEMAPHORE_API_TOKEN' value='{S(g.mixed(ALNUM, 20))}']", f"##teamcity[setParameter name='env.TRAVIS_TOKEN' value='{S(g.mixed(ALNUM + '-_', 22))}']", "Process exited with code 0"]), ["semaphoreci", "travisci"])
    add("veracode", circleci_step("cat ~/.veracode/credentials", ["[default]", f"veracode_api_key_id = {S(g.s(HEX, 32))}", f"veracode_api_key_secret = {S(g.s(HEX, 128))}"]))
    add("xray+rapid7", gha_raw(["##[group]Run ./ci/scan.sh", "./ci/scan.sh", "shell: /usr/bin/bash -e {0}", "##[endgroup]", "+ XRAY_CLIENT_ID=" + g.s(HEXU, 32), "+ XRAY_CLIENT_SECRET=" + S(g.s(HEX, 64)), "+ curl -sf -H 'Content-Type: application/json' -X POST https://xray.cloud.getxray.app/api/v2/authenticate -d '{\"client_id\": \"'$XRAY_CLIENT_ID'\", \"client_secret\": \"'$XRAY_CLIENT_SECRET'\"}'", "+ export R7_INSIGHT_KEY=" + S(g.uuid()), "+ r7-cli scan --region eu --target build/app.jar", "Scan submitted: 0 critical, 2 high"]), ["xray", "rapid7"])
    add("rootly+statuspage", local_shell(["bash", "-lc", f"curl -sf -X POST https://api.rootly.com/v1/incidents -H 'Authorization: Bearer {S('rootly_' + g.s(HEX, 64))}' -H 'Content-Type: application/vnd.api+json' -d @incident.json && curl -sf -H 'Authorization: OAuth {S(g.uuid())}' https://api.statuspage.io/v1/pages/{g.s(LOWNUM, 12)}/incidents"]), ["rootly", "statuspage"])
    add("rundeck", swe_step("The job fails with 403; I will call the API with the token from the job definition to confirm it is the token and not the ACL.", f"curl -s -H 'X-Rundeck-Auth-Token: {S(g.mixed(ALNUM, 32))}' 'https://rundeck.corvid.internal/api/47/project/ops/jobs' | head -c 300", "[{\"id\":\"b1e7c2f0-4d3a-4a55-8d0c-7f3e1a9b2c44\",\"name\":\"rotate-certs\",\"group\":\"tls\",\"project\":\"ops\"}]"))
    add("retool+portkey", f"RETOOL_API_TOKEN={S('retool_' + g.mixed(ALNUM, 32))}\nRETOOL_ORG=https://corvid.retool.com\nPORTKEY_API_KEY={S(g.mixed(ALNUM + '+/', 32))}\nPORTKEY_BASE_URL=https://gateway.corvid-works.io/v1", ["retool", "portkey"])
    add("twingate+venafi", vercel_result("readFile", f"variable \"twingate_network\" {{ default = \"corvid\" }}\n\nprovider \"twingate\" {{\n  api_token = \"{S(g.mixed(B64URL, 88))}\"\n  network   = var.twingate_network\n}}\n\nprovider \"venafi\" {{\n  url     = \"https://tpp.corp.corvid-works.io\"\n  api_key = \"{S(g.uuid())}\"\n  zone    = \"DevOps\\\\Web\"\n}}"), ["twingate", "venafi"])
    add("sysdig+splitio", f"# values-monitoring.yaml\nsysdig-deploy:\n  global:\n    sysdig:\n      accessKey: {S(g.uuid())}\n      region: eu1\n    clusterConfig:\n      name: corvid-prod-eks\nfrontend:\n  env:\n    SPLIT_SERVER_SDK_KEY: {S(g.s(LOWNUM, 36))}\n    SPLIT_BROWSER_KEY: js-{g.s(LOWNUM, 36)}", ["sysdig", "splitio"])
    add("temporalcloud", marimo_cell(f"import os\nfrom temporalio.client import Client\nclient = await Client.connect(\n    \"corvid-prod.a2dd6.tmprl.cloud:7233\",\n    namespace=\"corvid-prod.a2dd6\",\n    api_key=\"{S(g.jwt(dumps({'account_id': 'a2dd6', 'key_id': g.s(LOWNUM, 24)}, separators=(',', ':'))))}\",\n    tls=True,\n)"))
    add("sourcehut", shell("cat ~/.config/hut/config", f"instance \"sr.ht\" {{\n    access-token \"{S(g.mixed(ALNUM + '+/', 108))}\"\n}}"))
    # SaaS APIs
    add("meraki", anth_bash_exec(f"$ grep -n MERAKI /mnt/user-data/config.env\n3:MERAKI_DASHBOARD_API_KEY={S(g.s(HEX, 40))}\n4:MERAKI_ORG_ID=681155\n"))
    add("matomo+mapquest", f"<?php\n// wp-content/mu-plugins/analytics.php\ndefine('MATOMO_URL', 'https://stats.corvid-works.io/');\ndefine('MATOMO_TOKEN_AUTH', '{S(g.s(HEX, 32))}');\ndefine('MAPQUEST_KEY', '{S(g.mixed(ALNUM, 32))}');", ["matomo", "mapquest"])
    add("mindee+marketo", langsmith_run("http_request", f"POST https://api.mindee.net/v1/products/mindee/invoices/v4/predict\nAuthorization: Token {S(g.s(HEX, 32))}", "{\"api_request\": {\"status\": \"success\", \"status_code\": 201}}") + "\n" + langsmith_run("http_request", f"POST https://521-XKB-883.mktorest.com/identity/oauth/token?grant_type=client_credentials&client_id={g.uuid()}&client_secret={S(g.mixed(ALNUM, 32))}", "{\"access_token\": \"<redacted by tool>\", \"token_type\": \"bearer\"}"), ["mindee", "marketo"])
    add("nylas+nango", "$ curl -v https://api.eu.nylas.com/v3/grants -H \"Authorization: Bearer $NYLAS_KEY\"\n*   Trying 10.30.9.50:443...\n* Connected to api.eu.nylas.com port 443\n> GET /v3/grants HTTP/2\n> Host: api.eu.nylas.com\n> user-agent: curl/8.9.1\n> authorization: Bearer " + S("nyk_v0_" + g.mixed(ALNUM, 48)) + "\n> accept: */*\n>\n< HTTP/2 200\n< content-type: application/json\n< x-request-id: " + g.uuid() + "\n<\n{\"request_id\":\"" + g.uuid() + "\",\"data\":[]}\n$ curl -s -H \"Authorization: Bearer " + S(g.uuid()) + "\" https://api.nango.dev/connection | jq '.connections | length'\n3", ["nylas", "nango"])
    add("namecheap", shell("curl -s 'https://api.namecheap.com/xml.response?ApiUser=corvidops&ApiKey=" + S(g.s(HEX, 32)) + "&UserName=corvidops&Command=namecheap.domains.dns.getHosts&ClientIp=10.0.0.1&SLD=corvid-works&TLD=io' | xmllint --format - | head -5", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<ApiResponse Status=\"OK\" xmlns=\"http://api.namecheap.com/xml.response\">\n  <Errors/>\n  <Warnings/>\n  <RequestedCommand>namecheap.domains.dns.gethosts</RequestedCommand>").replace("ApiUser=corvidops", "ApiUser=" + U("corvidops")).replace("UserName=corvidops", "UserName=" + U("corvidops")))
    add("nightfall+netdata", f"#!/usr/bin/env bash\nset -euo pipefail\n# bootstrap a new build host\ncurl -fsSL https://get.netdata.cloud/kickstart.sh > /tmp/netdata-kickstart.sh\nsh /tmp/netdata-kickstart.sh --stable-channel --claim-token {S(g.mixed(B64URL, 135))} --claim-rooms {g.uuid()} --claim-url https://app.netdata.cloud\n\nexport NIGHTFALL_API_KEY={S('NF-' + g.mixed(ALNUM, 32))}\nnightfalldlp scan --config .nightfalldlp/config.json", ["nightfall", "netdata"])
    add("oxylabs", smol_step(f"proxies = {{\"https\": \"http://{U('customer-corvid_scrape-cc-de')}:{S(g.password())}@pr.oxylabs.io:7777\"}}\nr = requests.get(\"https://ip.oxylabs.io/location\", proxies=proxies, timeout=20)\nprint(r.status_code)", "200"))
    add("outline+pangea", f"diff --git a/apps/wiki-sync/.env.production b/apps/wiki-sync/.env.production\nindex 1b2c3d4..5e6f7a8 100644\n--- a/apps/wiki-sync/.env.production\n+++ b/apps/wiki-sync/.env.production\n@@ -1,3 +1,5 @@\n OUTLINE_URL=https://wiki.corvid-works.io\n-OUTLINE_API_KEY=\n+OUTLINE_API_KEY={S('ol_api_' + g.mixed(ALNUM, 38))}\n+PANGEA_TOKEN={S('pts_' + g.s(LOWER + DIGITS, 32))}\n LOG_LEVEL=info", ["outline", "pangea"])
    add("prismic+polar", autogen_call("write_file", {"path": "web/.env.local", "content": f"PRISMIC_REPOSITORY=corvid-site\nPRISMIC_ACCESS_TOKEN={S('MC5' + g.mixed(B64URL, 48) + '.' + g.mixed(B64URL, 40))}\nPOLAR_ACCESS_TOKEN={S('polar_oat_' + g.mixed(ALNUM, 43))}\n"}), ["prismic", "polar"])
    add("paperspace", f"❯ pspace login\n? Enter your API key: {S(g.s(HEX, 32))}\n✔ Logged in to team corvid-ml\n❯ pspace machine list\nID          NAME            STATE\npsx8k2m1q   a100-train-01   ready")
    add("quickbooks", f"[quickbooks]\nenvironment = production\nclient_id = AB{g.mixed(ALNUM, 48)}\nclient_secret = {S(g.mixed(ALNUM, 40))}\nredirect_uri = https://erp.corvid-works.io/oauth/intuit/callback\nrealm_id = 9130{g.s(DIGITS, 12)}")
    add("roboflow+recaptcha", oi_code("python", f"from roboflow import Roboflow\nrf = Roboflow(api_key=\"{S(g.mixed(ALNUM, 20))}\")\nmodel = rf.workspace().project(\"pallet-damage\").version(3).model\n\nRECAPTCHA_SECRET = \"{S('6L' + g.mixed(B64URL, 38))}\"  # server-side verify for the upload form"), ["roboflow", "recaptcha"])
    add("ubidots+unkey", f"2026-11-19 08:14:02.811 DEBUG [sensor-bridge] POST https://industrial.api.ubidots.com/api/v1.6/devices/press-07 headers={{'X-Auth-Token': '{S('BBFF-' + g.mixed(ALNUM, 30))}', 'Content-Type': 'application/json'}}\n2026-11-19 08:14:02.977 DEBUG [sensor-bridge] 200 OK in 166ms\n2026-11-19 08:14:03.104 DEBUG [gateway] verifying key with root key {S('unkey_' + g.mixed(ALNUM, 24))}", ["ubidots", "unkey"])
    add("uploadthing+wakatime", f"PS C:\\src\\corvid-web> Get-Content .env | Select-String 'UPLOADTHING|WAKA'\n\nUPLOADTHING_SECRET={S('sk_live_' + g.s(HEX, 64))}\nUPLOADTHING_APP_ID={g.s(LOWNUM, 10)}\nWAKATIME_API_KEY={S('waka_' + g.uuid())}", ["uploadthing", "wakatime"])
    add("wix+wrike", mistral_result(f"WIX_API_KEY={S('IST.' + g.jwt(dumps({'data': dumps({'id': g.uuid(), 'identity': {'type': 'application', 'id': g.uuid()}, 'tenant': {'type': 'account', 'id': g.uuid()}})}, separators=(',', ':'))))}\nWIX_SITE_ID={g.uuid()}\nWRIKE_PERMANENT_TOKEN={S(g.jwt(dumps({'tt': 'p', 'c': 1, 'u': 4411238, 'uid': 9921334, 'a': 3318892, 'id': 118772}, separators=(',', ':'))))}"), ["wix", "wrike"])
    add("yousign+ynab", f">>> import os, requests\n>>> YOUSIGN = '{S(g.mixed(ALNUM, 32))}'\n>>> r = requests.get('https://api.yousign.app/v3/signature_requests', headers={{'Authorization': f'Bearer {{YOUSIGN}}'}})\n>>> r.status_code\n200\n>>> ynab = requests.get('https://api.ynab.com/v1/budgets', headers={{'Authorization': 'Bearer {S(g.s(HEX, 64))}'}})\n>>> ynab.json()['data']['budgets'][0]['name']\n'Household 2026'", ["yousign", "ynab"])
    add("zeplin+zenrows", f"[tool.design-sync]\nzeplin_token = \"{S(g.jwt(dumps({'aud': 'personal_access_token', 'sub': g.s(HEX, 24), 'iss': 'zeplin:api.zeplin.io', 'jti': g.uuid()}, separators=(',', ':'))))}\"\n\n[tool.scraper]\nzenrows_apikey = \"{S(g.s(HEX, 40))}\"\nconcurrency = 5", ["zeplin", "zenrows"])
    add("zerossl", gitlab_job(["$ acme.sh --register-account --server zerossl --eab-kid " + g.mixed(B64URL, 22) + " --eab-hmac-key " + S(g.mixed(B64URL, 86)), "[Thu Nov 19 09:02:11 UTC 2026] Registering account: https://acme.zerossl.com/v2/DV90", "[Thu Nov 19 09:02:13 UTC 2026] Registered", "$ curl -s \"https://api.zerossl.com/certificates?access_key=" + S(g.s(HEX, 32)) + "&certificate_status=issued\" | jq .total_count", "4"]))
    add("zuplo+smallstep", f"steps:\n  - name: Deploy gateway\n    run: npx zuplo deploy --api-key \"{S('zpka_' + g.s(HEX, 32) + '_' + g.s(HEX, 8))}\"\n  - name: Bootstrap step CLI\n    run: |\n      step ca bootstrap --ca-url https://ca.corvid.internal --fingerprint {g.s(HEX, 64)}\n      echo '{S(g.password())}' > /tmp/prov.pass\n      step ca token build-07.corvid.internal --provisioner ci-jwk --password-file /tmp/prov.pass", ["zuplo", "smallstep"])
    # generic secrets, ad-hoc keys and session cookies
    add("generic_hex_base32", f"[signing]\n# HMAC key for the webhook relay (rotated 2026-10)\nrelay_hmac = {S(g.s(HEX, 64))}\n# TOTP seed of the shared break-glass account\nbreakglass_otp_seed = {S(g.s(B32, 32))}\n\n[relay]\nlisten = 0.0.0.0:8088\nworkers = 4", ["generic"])
    add("generic_base58_uuid_json", mcp_resource(dumps({"service": "ledger-sync", "upstream": {"url": "https://ledger.corvid.internal", "shared_secret": "SSS", "client_ref": g.uuid()}, "queue": {"name": "ledger.sync", "auth": "QQQ"}}, indent=2).replace("SSS", S(g.s(B58, 44))).replace("QQQ", S(g.uuid()))), ["generic"])
    add("generic_base64_cli_flag", shell(f"./bin/replicator --source pg://replica.corvid.internal/ledger --sink kafka://kafka-0:9092 --sink-sasl-user {U('replicator')} --sink-sasl-pass {S(g.b64(24))} --dry-run", "replicator 2.4.1: dry run, 14 tables, 0 rows written"), ["generic"])
    sess = g.mixed(B64URL, 48)
    add("generic_session_cookie", "* Connected to admin.corvid-works.io (10.30.4.8) port 443\n> GET /api/v2/audit?limit=5 HTTP/2\n> Host: admin.corvid-works.io\n> User-Agent: curl/8.9.1\n> Accept: */*\n> Cookie: _corvid_admin_session=" + S(sess) + "; theme=dark\n>\n< HTTP/2 200\n< content-type: application/json\n< x-request-id: " + g.uuid() + "\n<\n{\"items\": [], \"next\": null}", ["generic"])
    add("generic_har_header", dumps({"log": {"entries": [{"request": {"method": "POST", "url": "https://api.corvid-works.io/v3/exports", "headers": [{"name": "content-type", "value": "application/json"}, {"name": "x-corvid-api-key", "value": "HHH"}, {"name": "x-corvid-key-id", "value": "kid_2026_11"}]}, "response": {"status": 202, "headers": [{"name": "set-cookie", "value": "csess=CCC; Path=/; HttpOnly; Secure"}]}}]}}, indent=1).replace("HHH", S(g.s(HEX, 64))).replace("CCC", S(g.mixed(ALNUM, 40))), ["generic"])
    add("password_cli_flags", shell(f"mongodump --uri \"mongodb+srv://cluster0.x9k2p.mongodb.net\" --username {U('backup_ro')} --password '{S(g.password())}' --archive=/backups/m.gz --gzip && redis-cli -h cache-01.corvid.internal --user {U('ops')} --pass '{S(g.password())}' --no-auth-warning INFO keyspace", "2026-11-19T03:00:12.114+0000\twriting ledger.accounts to archive '/backups/m.gz'\n# Keyspace\ndb0:keys=182211,expires=4410,avg_ttl=86211312"), ["password"])
    add("password_jenkins_groovy", f"// Manage Jenkins » Script Console\nimport com.cloudbees.plugins.credentials.*\nimport com.cloudbees.plugins.credentials.impl.*\n\ndef c = new UsernamePasswordCredentialsImpl(CredentialsScope.GLOBAL, 'nexus-deploy', 'Nexus deploy user', '{U('nexus-deployer')}', '{S(g.password())}')\nSystemCredentialsProvider.getInstance().getStore().addCredentials(Domain.global(), c)", ["password"])
    add("password_sqlcmd_bcp", f"C:\\etl> sqlcmd -S tcp:sql02.corp.corvid-works.io,1433 -U {U('etl_loader')} -P \"{S(g.password())}\" -d Warehouse -Q \"EXEC dbo.load_daily\"\n\n(1 rows affected)\nC:\\etl> bcp dbo.orders out orders.dat -S sql02 -U {U('etl_loader')} -P \"{S(g.password())}\" -n\n\nStarting copy...\n41882 rows copied.", ["password"])
    add("pem_pkcs8_escaped_json", kiro_read({"type": "service_account", "project_id": "corvid-data", "private_key_id": g.s(HEX, 40), "private_key": "PEMKEY", "client_id": "104883172209461887123"}, S(esc(esc(g.pem("PRIVATE KEY", 10))))), ["pem"])
    add("jwt_docker_compose_env", f"x-common-env: &common\n  LOG_LEVEL: info\n  INTERNAL_API_JWT: {S(g.jwt(dumps({'sub': 'svc:reporting', 'aud': 'internal', 'iat': 1763500000, 'exp': 1795036000}, separators=(',', ':'))))}\n\nservices:\n  reporting:\n    image: registry.corvid-works.io/reporting:3.8.0\n    environment: *common", ["jwt"])
    return out


# helper carriers used above


def kilo_write(path: str, body: str) -> str:
    """A Kilo Code `write_to_file` block with a line count."""
    return f"<write_to_file>\n<path>{path}</path>\n<content>\n{body}\n</content>\n<line_count>{body.count(chr(10)) + 1}</line_count>\n</write_to_file>"


def cmd_transcript(cmd: str, output: str) -> str:
    """A Windows cmd.exe transcript."""
    return f"C:\\Users\\Public\\release> {cmd}\n{output}\n"


def drone_log(lines: list[str]) -> str:
    """A Drone CI step log as shown by `drone log view`."""
    return "\n".join(f"[{i + 1}:{0.3 * i:.1f}s] {x}" for i, x in enumerate(lines))


def marimo_cell(code: str) -> str:
    """A marimo cell (Python file notebook)."""
    return "@app.cell\nasync def _(mo):\n    " + code.replace("\n", "\n    ") + "\n    return (client,)"


def mistral_result(text: str) -> str:
    """A Mistral Le Chat / La Plateforme conversation entry with a tool result."""
    return '{"object": "entry", "type": "function.result", "tool_call_id": "Hk29dQz1P", "result": "' + esc(text) + '"}'


def mcp_resource(text: str) -> str:
    """An MCP `resources/read` response (text contents)."""
    return '{"jsonrpc": "2.0", "id": 12, "result": {"contents": [{"uri": "file:///srv/ledger-sync/config.json", "mimeType": "application/json", "text": "' + esc(text) + '"}]}}'


def kiro_read(data: dict[str, object], marked_key: str) -> str:
    """A Kiro agent `readFile` result: the JSON file as one escaped string (PEM pre-escaped)."""
    body = esc(dumps(data, indent=2)).replace("PEMKEY", marked_key)
    return '{"toolName": "readFile", "status": "success", "output": "' + body + '"}'


def pii(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(src: str, t: str) -> None:
        out.append((f"holdout9:{src}", t))

    def ssn() -> str:
        return m("US_SSN", f"{g.rng.randint(101, 665)}-{g.rng.randint(10, 99)}-{g.rng.randint(1001, 9999)}")

    # database dumps and query results
    add("sql_insert_dump", f"--\n-- Dumping data for table `customers`\n--\n\nLOCK TABLES `customers` WRITE;\nINSERT INTO `customers` (`id`, `full_name`, `email`, `phone`, `birth_date`, `created_at`) VALUES (30411,'{P('Ayşe Demirci')}','{E('ayse.demirci@hotmail.com')}','{T('+90 532 771 40 18')}','{D('1988-05-21')}','2025-11-02 10:14:55'),(30412,'{P('Kofi Boateng-Mensah')}','{E('kofi.bm@gmail.com')}','{T('+233 20 418 7736')}','{D('1993-09-09')}','2025-11-02 10:21:07'),(30413,'{P('Lucía Ortega Blanco')}','{E('lucia.ortega@telefonica.net')}','{T('+34 655 120 884')}','{D('1979-01-30')}','2025-11-02 11:02:41');\nUNLOCK TABLES;")
    add("pg_copy_dump", f"COPY public.shipping_addresses (id, customer_id, recipient, street, city, postcode, country) FROM stdin;\n88120\t30411\t{P('Ayşe Demirci')}\t{A('Moda Caddesi No: 41 D:3')}\t{L('İstanbul')}\t{Z('34710')}\tTR\n88121\t30577\t{P('Henrik Aalto')}\t{A('Mannerheimintie 118 B 22')}\t{L('Helsinki')}\t{Z('00270')}\tFI\n88122\t30590\t{P('Chanel Mbeki')}\t{A('17 Jan Smuts Avenue')}\t{L('Johannesburg')}\t{Z('2196')}\tZA\n\\.")
    card = luhn_complete("4", 16, g)
    add("mysql_orders_card", f"mysql> SELECT id, holder, card_number, billing_zip FROM legacy_payments WHERE id IN (77,78);\n+----+------------------+------------------+-------------+\n| id | holder           | card_number      | billing_zip |\n+----+------------------+------------------+-------------+\n| 77 | {P('Marcus Delgado')}   | {C(card)} | {Z('78704')}       |\n| 78 | {P('Priya Venkataraman')} | NULL             | {Z('95014')}       |\n+----+------------------+------------------+-------------+\n2 rows in set (0.01 sec)")
    add("payroll_copy_ssn", f"-- payroll export (staging refresh, should have been masked)\nCOPY hr.employees (emp_id, legal_name, ssn, dob, home_address) FROM stdin WITH (FORMAT csv);\n4410,\"{P('Tamika R. Holloway')}\",{ssn()},{D('1985-07-12')},\"{A('1907 Magnolia St, Apt 4, Jacksonville, FL 32206')}\"\n4411,\"{P('Brandon Keeling')}\",{ssn()},{D('1991-03-03')},\"{A('482 W Cypress Ln, Mesa, AZ 85201')}\"\n\\.")
    add("clickhouse_pretty", f"SELECT user_id, email, last_ip, country FROM sessions_last ORDER BY ts DESC LIMIT 3\n\n   ┌─user_id─┬─email──────────────────────┬─last_ip─────────┬─country─┐\n1. │  812201 │ {E('nadia.karimi@posteo.de')}    │ {IP('91.64.183.22')}    │ DE      │\n2. │  812245 │ {E('samuel.otieno@gmail.com')}    │ {IP('105.163.4.90')}    │ KE      │\n3. │  809917 │ {E('wei.zhang88@qq.com')}         │ {IP('123.117.40.6')}    │ CN      │\n   └─────────┴────────────────────────────┴─────────────────┴─────────┘\n\n3 rows in set. Elapsed: 0.021 sec.")
    add("redis_hgetall", shell("redis-cli -h cache-01.corvid.internal HGETALL user:profile:55102", f"1) \"name\"\n2) \"{P('Giulia Ferraresi')}\"\n3) \"email\"\n4) \"{E('giulia.ferraresi@libero.it')}\"\n5) \"phone\"\n6) \"{T('+39 347 912 6630')}\"\n7) \"tier\"\n8) \"gold\""))
    add("es_search_iban", autogen_result(dumps({"took": 4, "hits": {"total": {"value": 2}, "hits": [{"_index": "payouts-2026.11", "_id": "pQ1x8ZMBk2", "_source": {"beneficiary": P("Sven Oskarsson"), "iban": I(iban("SE", g.s(DIGITS, 20))), "amount": 1210.5}}, {"_index": "payouts-2026.11", "_id": "pQ1x8ZMBk3", "_source": {"beneficiary": P("Agnieszka Kołodziej"), "iban": I(iban("PL", g.s(DIGITS, 24))), "amount": 980.0}}]}}, ensure_ascii=False)))
    add("sqlite_csv_mode", shell("sqlite3 -header -csv app.db 'select name, email, phone, street, city from contacts limit 3'", f"name,email,phone,street,city\n\"{P('Olamide Fashola')}\",{E('olamide.f@yahoo.com')},{T('0809 412 3377')},\"{A('12 Admiralty Way, Lekki Phase 1')}\",{L('Lagos')}\n\"{P('Rania Haddad')}\",{E('rania.haddad@outlook.com')},{T('+961 3 418 225')},\"{A('Rue Hamra, Bldg 44')}\",{L('Beirut')}\n\"{P('Tuan Pham')}\",{E('tuan.pham@fpt.vn')},{T('090 318 4471')},\"{A('221 Nguyễn Trãi')}\",{L('Hà Nội')}"))
    # API responses with user objects
    add("scim_users", vercel_result("fetchJson", dumps({"schemas": ["urn:ietf:params:scim:api:messages:2.0:ListResponse"], "totalResults": 1, "Resources": [{"id": "00u8k2m1q7ZpXb4d5e", "userName": E("ingrid.bakken@corvid-works.io"), "name": {"givenName": P("Ingrid"), "familyName": P("Bakken")}, "emails": [{"value": E("ingrid.bakken@corvid-works.io"), "primary": True}], "phoneNumbers": [{"value": T("+47 915 44 208"), "type": "mobile"}], "addresses": [{"streetAddress": A("Storgata 21"), "locality": L("Tromsø"), "postalCode": Z("9008"), "country": "NO"}], "active": True}]}, ensure_ascii=False)))
    add("shopify_order", local_shell_out(dumps({"order": {"id": 5811230945, "email": E("j.mackenzie@btinternet.com"), "shipping_address": {"first_name": P("Jamie"), "last_name": P("MacKenzie"), "address1": A("14 Marchmont Crescent"), "city": L("Edinburgh"), "zip": Z("EH9 1HD"), "phone": T("07700 914 382"), "country_code": "GB"}, "browser_ip": IP("86.150.22.174"), "financial_status": "paid"}}, indent=2)))
    add("fhir_patient", amp_result(dumps({"resourceType": "Patient", "id": "pat-7f3a21", "name": [{"use": "official", "family": P("Castellanos"), "given": [P("Mariana")]}], "telecom": [{"system": "phone", "value": T("(305) 555-0199"), "use": "home"}, {"system": "email", "value": E("mcastellanos@bellsouth.net")}], "birthDate": D("1972-10-04"), "address": [{"line": [A("8841 SW 72nd St")], "city": L("Miami"), "state": "FL", "postalCode": Z("33156")}]}, indent=2)))
    add("sentry_event_user", f"Event 9f1c2d3e4a5b6c7d8e9f0a1b2c3d4e5f  (corvid-web@3.8.0)\nTypeError: Cannot read properties of undefined (reading 'total')\n  at CheckoutSummary (app/checkout/summary.tsx:44:19)\n\nUser\n  id          81220\n  username    {U('lina_sorensen')}\n  email       {E('lina.sorensen@stofanet.dk')}\n  ip_address  {IP('87.49.114.201')}\n\nTags: browser=Firefox 132.0, os=Windows 11, release=3.8.0")
    add("github_commits_api", dumps([{"sha": g.s(HEX, 40), "commit": {"author": {"name": P("Bartholomew Achterberg"), "email": E("bart@achterberg.nl"), "date": "2026-11-17T15:02:44Z"}, "message": "Retry S3 uploads on 503"}, "author": {"login": U("bachterberg"), "type": "User"}}, {"sha": g.s(HEX, 40), "commit": {"author": {"name": P("Nkechi Umeh"), "email": E("nkechi.umeh@corvid-works.io"), "date": "2026-11-16T09:44:10Z"}, "message": "Pin terraform provider versions"}, "author": {"login": U("nk-umeh"), "type": "User"}}], indent=1))
    add("buildkite_build_creator", oai_code_interpreter("import json\nb = json.load(open('/mnt/data/build.json'))\nprint(b['number'], b['state'], b['creator'])", f"4412 failed {{'id': '0193b2a4-11c3-4f0e-9a77-3e1d5c2b8f60', 'name': '{P('Ophélie Garnier')}', 'email': '{E('ophelie.garnier@corvid-works.io')}', 'avatar_url': 'https://www.gravatar.com/avatar/{g.s(HEX, 32)}'}}"))
    add("kafka_signup_events", shell("kcat -C -b kafka-0:9092 -t identity.signups -o -2 -e -q", f"{{\"event\":\"user.signed_up\",\"user\":{{\"name\":\"{P('Aleksander Nowicki')}\",\"email\":\"{E('a.nowicki@wp.pl')}\",\"phone\":\"{T('+48 512 604 118')}\"}},\"ip\":\"{IP('83.24.191.57')}\",\"ts\":1763540022}}\n{{\"event\":\"user.signed_up\",\"user\":{{\"name\":\"{P('Fernanda Lima')}\",\"email\":\"{E('fernanda.lima@uol.com.br')}\",\"phone\":\"{T('+55 21 99731-2284')}\"}},\"ip\":\"{IP('177.37.210.14')}\",\"ts\":1763540051}}"))
    add("get_aduser", f"PS C:\\> Get-ADUser -Identity {U('msantos')} -Properties EmailAddress,OfficePhone,StreetAddress,City | Format-List Name,SamAccountName,EmailAddress,OfficePhone,StreetAddress,City\n\nName           : {P('Miguel Santos')}\nSamAccountName : {U('msantos')}\nEmailAddress   : {E('miguel.santos@corp.corvid-works.io')}\nOfficePhone    : {T('+351 21 340 7718')}\nStreetAddress  : {A('Avenida da Liberdade 190, 4º')}\nCity           : {L('Lisboa')}")
    # developer identity: git, packages, home paths
    add("git_log_fuller", shell("git log -2 --format=fuller", f"commit {g.s(HEX, 40)}\nAuthor:     {P('Yevgenia Tarasova')} <{E('yevgenia.tarasova@corvid-works.io')}>\nAuthorDate: Tue Nov 17 18:22:09 2026 +0300\nCommit:     {P('Yevgenia Tarasova')} <{E('yevgenia.tarasova@corvid-works.io')}>\nCommitDate: Tue Nov 17 18:22:09 2026 +0300\n\n    helm: split worker and api resources\n\ncommit {g.s(HEX, 40)}\nAuthor:     {P('Dario Bianchi')} <{E('d.bianchi@bianchi.dev')}>\nAuthorDate: Mon Nov 16 11:04:51 2026 +0100\nCommit:     {P('Dario Bianchi')} <{E('d.bianchi@bianchi.dev')}>\nCommitDate: Mon Nov 16 11:04:51 2026 +0100\n\n    ci: cache pnpm store"))
    add("git_config_list", amp_bash("git config --list --show-origin | grep -E 'user\\.|sendemail'", "/home/" + U("tkaraca") + "/src/corvid") + "\n" + amp_result(f"file:/home/{U('tkaraca')}/.gitconfig\tuser.name={P('Tolga Karaca')}\nfile:/home/{U('tkaraca')}/.gitconfig\tuser.email={E('tolga.karaca@corvid-works.io')}\nfile:/home/{U('tkaraca')}/.gitconfig\tsendemail.smtpuser={E('tolga.karaca@corvid-works.io')}"))
    add("coauthored_trailers", f"$ git commit -F msg.txt\n[main {g.s(HEX, 7)}] Move rate limiter into the gateway\n 4 files changed, 88 insertions(+), 41 deletions(-)\n$ git show -s --format=%B HEAD | tail -3\nCo-authored-by: {P('Aroha Tipene')} <{E('aroha.tipene@corvid-works.io')}>\nCo-authored-by: {P('Sebastián Ruiz')} <{E('sruiz@corvid-works.io')}>\nReviewed-by: {P('Hye-jin Kwon')} <{E('hyejin.kwon@corvid-works.io')}>")
    add("debian_changelog", f"corvid-agent (2.7.1-1) bookworm; urgency=medium\n\n  * Restart on config change.\n  * Drop python3-six dependency.\n\n -- {P('Guillermo Paredes')} <{E('gparedes@corvid-works.io')}>  Wed, 18 Nov 2026 14:03:22 +0100")
    add("package_json_people", bat_plain("package.json", f"{{\n  \"name\": \"@corvid/ui-kit\",\n  \"version\": \"5.2.0\",\n  \"author\": \"{P('Maëlle Fontaine')} <{E('maelle@fontaine.design')}>\",\n  \"contributors\": [\n    {{ \"name\": \"{P('Arjun Mehta')}\", \"email\": \"{E('arjun.mehta@corvid-works.io')}\", \"url\": \"https://github.com/{U('arjun-m')}\" }}\n  ],\n  \"license\": \"MIT\"\n}}"))
    add("dockerfile_labels", shell("docker inspect --format '{{json .Config.Labels}}' registry.corvid-works.io/billing:7.1.0 | jq .", f"{{\n  \"maintainer\": \"{P('Olusegun Bakare')} <{E('segun.bakare@corvid-works.io')}>\",\n  \"org.opencontainers.image.authors\": \"{E('platform@corvid-works.io')}\",\n  \"org.opencontainers.image.revision\": \"{g.s(HEX, 40)}\",\n  \"org.opencontainers.image.version\": \"7.1.0\"\n}}"))
    add("python_traceback_home", f"Traceback (most recent call last):\n  File \"/home/{U('bwojcik')}/.local/share/pipx/venvs/corvid-cli/lib/python3.12/site-packages/corvid_cli/main.py\", line 88, in run\n    cfg = load_config(args.config)\n  File \"/home/{U('bwojcik')}/.local/share/pipx/venvs/corvid-cli/lib/python3.12/site-packages/corvid_cli/config.py\", line 41, in load_config\n    with open(os.path.expanduser(path)) as fh:\nFileNotFoundError: [Errno 2] No such file or directory: '/home/{U('bwojcik')}/.config/corvid/config.toml'")
    add("macos_ips_crash", f"{{\"app_name\":\"CorvidSync\",\"timestamp\":\"2026-11-18 22:41:07.00 +0100\",\"app_version\":\"4.2.1\",\"bug_type\":\"309\",\"os_version\":\"macOS 15.1.1 (24B91)\",\"incident_id\":\"{g.uuid(upper=True)}\"}}\n{{\n  \"procPath\" : \"/Users/{U('camille.roux')}/Applications/CorvidSync.app/Contents/MacOS/CorvidSync\",\n  \"parentProc\" : \"launchd\",\n  \"userID\" : 501,\n  \"exception\" : {{\"codes\":\"0x0000000000000001, 0x0000000000000000\",\"type\":\"EXC_BREAKPOINT\",\"signal\":\"SIGTRAP\"}},\n  \"crashed\" : true,\n  \"vmRegionInfo\" : \"/Users/{U('camille.roux')}/Library/Application Support/CorvidSync/cache.db\"\n}}")
    add("dotnet_exception_winpath", f"Unhandled exception. System.UnauthorizedAccessException: Access to the path 'C:\\Users\\{U('s.okonkwo')}\\AppData\\Local\\Corvid\\tokens.dat' is denied.\n   at System.IO.FileSystem.CreateFile(String fullPath, FileMode mode)\n   at Corvid.Desktop.TokenStore.Save() in C:\\Users\\{U('s.okonkwo')}\\source\\repos\\corvid-desktop\\src\\TokenStore.cs:line 57\n   at Corvid.Desktop.Program.Main(String[] args)")
    add("node_stack_users", circleci_step("npm test", ["FAIL src/upload.test.ts", "  ● upload › retries on 503", "    Error: connect ECONNREFUSED 127.0.0.1:9000", "      at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1607:16)", f"      at Object.<anonymous> (/Users/{U('hakimi')}/code/corvid-upload/src/upload.test.ts:31:5)", "Tests: 1 failed, 23 passed, 24 total"]))
    add("etc_passwd_gecos", shell("getent passwd | awk -F: '$3 >= 1000'", f"{U('lnakamura')}:x:1001:1001:{P('Leo Nakamura')},,,:/home/{U('lnakamura')}:/bin/bash\n{U('oeze')}:x:1002:1002:{P('Obinna Eze')},Room 4.12,{T('+44 20 7946 0321')},:/home/{U('oeze')}:/bin/zsh\n{U('deploy')}:x:1100:1100::/srv/deploy:/usr/sbin/nologin"))
    # logs with e-mails, IPs and accounts
    add("sshd_auth_log", shell("grep sshd /var/log/auth.log | tail -4", f"Nov 19 06:12:40 bastion-2 sshd[20331]: Accepted publickey for {U('mhoffmann')} from {IP('93.184.41.207')} port 50122 ssh2: ED25519 SHA256:{g.b64(32).rstrip('=')}\nNov 19 06:14:02 bastion-2 sshd[20388]: Failed password for invalid user {U('oracle')} from {IP('45.148.10.92')} port 40334 ssh2\nNov 19 06:14:05 bastion-2 sshd[20388]: Connection closed by invalid user {U('oracle')} {IP('45.148.10.92')} port 40334 [preauth]\nNov 19 06:20:51 bastion-2 sshd[20410]: Accepted password for {U('r.alvarez')} from {IP('190.104.22.63')} port 61210 ssh2"))
    add("postfix_maillog", f"Nov 19 07:02:11 mx1 postfix/smtpd[4110]: 3F2A81C0042: client=mail-ej1-f43.google.com[{IP('209.85.218.43')}]\nNov 19 07:02:12 mx1 postfix/qmgr[880]: 3F2A81C0042: from=<{E('tendai.moyo@gmail.com')}>, size=48211, nrcpt=1 (queue active)\nNov 19 07:02:12 mx1 postfix/lmtp[4120]: 3F2A81C0042: to=<{E('hr@corvid-works.io')}>, relay=dovecot, status=sent (250 2.0.0 Ok)")
    add("k8s_audit_log", anth_bash_exec(dumps({"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "Metadata", "auditID": g.uuid(), "stage": "ResponseComplete", "requestURI": "/api/v1/namespaces/payments/secrets/stripe-live", "verb": "get", "user": {"username": E("farah.siddiqui@corvid-works.io"), "groups": ["system:authenticated", "oidc:platform-admins"]}, "sourceIPs": [IP("102.176.9.41")], "userAgent": "kubectl/v1.31.2 (darwin/arm64)", "responseStatus": {"code": 200}}) + "\n"))
    add("nginx_error_log", f"2026/11/19 09:41:17 [error] 2211#2211: *881204 upstream timed out (110: Connection timed out) while reading response header from upstream, client: {IP('78.46.201.119')}, server: api.corvid-works.io, request: \"GET /v2/invite/accept?email={E('petra.novakova@seznam.cz')}&code=KX71 HTTP/2.0\", upstream: \"http://10.30.2.15:8080/v2/invite/accept\", host: \"api.corvid-works.io\"")
    add("haproxy_httplog", f"Nov 19 10:02:33 lb-1 haproxy[1988]: {IP('188.120.77.9')}:51231 [19/Nov/2026:10:02:33.101] fe_https~ be_api/api-3 0/0/1/44/45 200 1211 - - ---- 311/298/12/4/0 0/0 \"POST /v2/login HTTP/1.1\"\nNov 19 10:02:34 lb-1 haproxy[1988]: {IP('2001:4dd0:f12a:9:6c11:5eff:fe40:7a1d')}:40418 [19/Nov/2026:10:02:34.552] fe_https~ be_api/api-1 0/0/0/38/38 200 482 - - ---- 311/298/11/3/0 0/0 \"GET /v2/me HTTP/1.1\"")
    add("apache_combined_user", shell("tail -2 /var/log/apache2/ssl_access.log", f"{IP('151.38.112.70')} - {U('fmarchetti')} [19/Nov/2026:11:12:40 +0100] \"GET /wiki/Runbooks HTTP/1.1\" 200 18221 \"-\" \"Mozilla/5.0 (X11; Linux x86_64)\"\n{IP('151.38.112.70')} - {U('fmarchetti')} [19/Nov/2026:11:12:44 +0100] \"POST /wiki/Runbooks?action=edit HTTP/1.1\" 302 - \"-\" \"Mozilla/5.0 (X11; Linux x86_64)\""))
    add("kubectl_logs_signup", shell("kubectl logs deploy/notify -n comms --since=10m | grep -i sms", f"{{\"level\":\"info\",\"msg\":\"sms sent\",\"to\":\"{T('+81 90-4412-7308')}\",\"name\":\"{P('Haruka Ito')}\",\"template\":\"otp\"}}\n{{\"level\":\"warn\",\"msg\":\"sms failed\",\"to\":\"{T('+82 10-5521-0947')}\",\"name\":\"{P('Park Ji-hoon')}\",\"error\":\"carrier rejected\"}}"))
    add("who_and_w", shell("w -h", f"{U('akowalski')} pts/0    {IP('31.0.77.214')}     09:02    1:11   0.21s  0.01s -bash\n{U('nmwangi')}   pts/1    {IP('41.90.64.18')}     09:40    0.00s  0.08s  0.00s w -h"))
    add("jenkins_started_by", jenkins_freestyle([f"Started by user {P('Katarzyna Lis')}", "Obtained Jenkinsfile from git https://git.corvid-works.io/platform/infra.git", " > git rev-parse --resolve-git-dir /var/lib/jenkins/workspace/infra/.git", "Commit message: \"Raise node pool max to 12\"", f"Author: {P('Ravi Shankar Iyer')} <{E('ravi.iyer@corvid-works.io')}>"]))
    add("buildkite_author_env", buildkite_log(["~~~ Environment", f"BUILDKITE_BUILD_AUTHOR={P('Samira Benali')}", f"BUILDKITE_BUILD_AUTHOR_EMAIL={E('samira.benali@corvid-works.io')}", f"BUILDKITE_BUILD_CREATOR={P('Samira Benali')}", "BUILDKITE_BRANCH=feature/rate-limits", f"BUILDKITE_COMMIT={g.s(HEX, 40)}"]))
    # infrastructure config holding people and contacts
    add("ansible_oncall_vars", f"# group_vars/all/oncall.yml\noncall_rotation:\n  - name: {P('Femi Adebayo')}\n    email: {E('femi.adebayo@corvid-works.io')}\n    phone: \"{T('+234 806 118 4402')}\"\n  - name: {P('Hanna Lindgren')}\n    email: {E('hanna.lindgren@corvid-works.io')}\n    phone: \"{T('+46 70 412 88 19')}\"\nescalation_after_minutes: 15")
    add("helm_values_contacts", f"alertmanager:\n  config:\n    global:\n      smtp_from: {E('alerts@corvid-works.io')}\n    receivers:\n      - name: dba-oncall\n        email_configs:\n          - to: {E('moritz.brandt@corvid-works.io')}\n      - name: facilities\n        email_configs:\n          - to: {E('g.owusu@corvid-works.io')}\n        # {P('Grace Owusu')} (facilities) asked for disk alerts only, office line {T('+44 161 496 0752')}")
    add("terraform_plan_users", shell("terraform plan -target=module.okta_users", f"  # module.okta_users.okta_user.this[\"{U('dkhan')}\"] will be created\n  + resource \"okta_user\" \"this\" {{\n      + email        = \"{E('daniyal.khan@corvid-works.io')}\"\n      + first_name   = \"{P('Daniyal')}\"\n      + last_name    = \"{P('Khan')}\"\n      + login        = \"{E('daniyal.khan@corvid-works.io')}\"\n      + mobile_phone = \"{T('+92 300 4128 771')}\"\n      + id           = (known after apply)\n    }}\n\nPlan: 1 to add, 0 to change, 0 to destroy."))
    add("systemd_mailto", f"# /etc/systemd/system/notify-failure@.service\n[Unit]\nDescription=Mail {E('anouk.devries@corvid-works.io')} when %i fails\n\n[Service]\nType=oneshot\nExecStart=/usr/local/bin/systemd-email {E('anouk.devries@corvid-works.io')} %i")
    add("curl_v_user_json", f"* Trying 10.30.4.21:443...\n* Connected to users.corvid.internal (10.30.4.21) port 443\n> GET /v1/users/4410 HTTP/1.1\n> Host: users.corvid.internal\n>\n< HTTP/1.1 200 OK\n< Content-Type: application/json\n<\n{{\"id\":4410,\"display_name\":\"{P('Zanele Dlamini')}\",\"email\":\"{E('zanele.dlamini@webmail.co.za')}\",\"mobile\":\"{T('+27 82 771 4039')}\",\"address\":\"{A('44 Long Street, Cape Town 8001')}\",\"dob\":\"{D('1996-06-18')}\"}}\n* Connection #0 to host users.corvid.internal left intact")
    add("har_user_profile", dumps({"log": {"version": "1.2", "entries": [{"startedDateTime": "2026-11-19T10:31:02.114Z", "request": {"method": "GET", "url": "https://app.corvid-works.io/api/profile"}, "response": {"status": 200, "content": {"mimeType": "application/json", "text": dumps({"name": P("Tomasz Grabowski"), "email": E("tomasz.grabowski@onet.pl"), "iban": I(iban("PL", g.s(DIGITS, 24))), "phone": T("+48 22 431 80 12")}, ensure_ascii=False)}}, "serverIPAddress": "10.30.4.8"}]}}, indent=1, ensure_ascii=False))
    add("crewai_customer_lookup", crewai_log("CustomerDBTool", "SELECT * FROM customers WHERE id=2231", f"{{'id': 2231, 'name': '{P('Esperanza Villanueva')}', 'email': '{E('e.villanueva@prodigy.net.mx')}', 'phone': '{T('+52 81 8340 2217')}', 'address': '{A('Av. Constitución 1420 Pte, Monterrey, N.L. 64000')}'}}"))
    add("smol_dob_dataframe", smol_step("df = pd.read_parquet('members.parquet')\nprint(df.loc[df.member_id.isin([91, 92]), ['name', 'dob', 'email']])", f"    name                dob          email\n91  {P('Eleni Papadaki')}      {D('1990-12-02')}   {E('eleni.papadaki@otenet.gr')}\n92  {P('Kostas Georgiou')}     {D('1984-04-27')}   {E('k.georgiou@gmail.com')}"))
    card2 = luhn_complete("6011", 16, g)
    add("payment_debug_log", oi_output(f"DEBUG gateway.request POST /v1/authorize body={{\"pan\":\"{C(card2)}\",\"exp\":\"11/29\",\"holder\":\"{P('Connor Whitaker')}\",\"billing\":{{\"line1\":\"{A('3310 Peachtree Rd NE, Atlanta, GA 30326')}\"}}}}\nDEBUG gateway.response 200 authorized=true"))
    add("us_dl_kyc_json", vercel_result("getApplicant", dumps({"applicant_id": "app_88213", "first_name": P("Shawna"), "last_name": P("Pettigrew"), "dob": D("1983-02-15"), "ssn": m("US_SSN", f"{g.rng.randint(101, 665)}-{g.rng.randint(10, 99)}-{g.rng.randint(1001, 9999)}"), "drivers_license": {"state": "CA", "number": m("US_DRIVER_LICENSE", "D" + g.s(DIGITS, 7))}, "address": A("2214 Alameda Ave, Alameda, CA 94501")})))
    return out


def bat_plain(path: str, body: str) -> str:
    """`bat --plain` of a file."""
    return f"$ bat --plain {path}\n{body}\n"


def jenkins_freestyle(lines: list[str]) -> str:
    """A Jenkins console log (no pipeline markers, freestyle job)."""
    return "\n".join([*lines, "[infra] $ /bin/sh -xe /tmp/jenkins8810443.sh", "Finished: SUCCESS"])


def negatives(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(src: str, t: str) -> None:
        out.append((f"holdout9:{src}", t))

    add("kubectl_describe_secret", shell("kubectl describe secret rabbitmq-default-user -n messaging", "Name:         rabbitmq-default-user\nNamespace:    messaging\nLabels:       app.kubernetes.io/component=rabbitmq\n              app.kubernetes.io/name=production-rabbitmq\nAnnotations:  <none>\n\nType:  Opaque\n\nData\n====\npassword:                 32 bytes\nrabbitmq-erlang-cookie:   20 bytes\nusername:                 33 bytes\nconnection_string:        88 bytes"))
    add("helm_values_existing_secret", f"# values-prod.yaml\nauth:\n  existingSecret: postgres-credentials\n  secretKeys:\n    adminPasswordKey: postgres-password\n    userPasswordKey: password\nmetrics:\n  enabled: true\n  serviceMonitor:\n    interval: 30s\nimage:\n  registry: registry.corvid-works.io\n  repository: bitnami/postgresql\n  tag: 16.4.0-debian-12-r14\n  digest: sha256:{g.s(HEX, 64)}\nprimary:\n  resources:\n    requests: {{cpu: 500m, memory: 1Gi}}")
    add("k8s_secretref_manifest", amp_result("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: billing-api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: registry.corvid-works.io/billing:7.1.0\n          env:\n            - name: DATABASE_PASSWORD\n              valueFrom:\n                secretKeyRef:\n                  name: billing-db\n                  key: password\n            - name: STRIPE_API_KEY\n              valueFrom:\n                secretKeyRef:\n                  name: stripe\n                  key: secret-key\n          envFrom:\n            - configMapRef:\n                name: billing-config"))
    add("terraform_show_vpc", local_shell_out(dumps({"values": {"root_module": {"resources": [{"address": "aws_vpc.main", "type": "aws_vpc", "values": {"id": "vpc-" + g.s(HEX, 17), "cidr_block": "10.30.0.0/16", "arn": f"arn:aws:ec2:eu-central-1:{g.s(DIGITS, 12)}:vpc/vpc-{g.s(HEX, 17)}", "owner_id": g.s(DIGITS, 12)}}, {"address": "aws_subnet.private[0]", "type": "aws_subnet", "values": {"id": "subnet-" + g.s(HEX, 17), "cidr_block": "10.30.1.0/24", "availability_zone": "eu-central-1a"}}]}}}, indent=2)))
    add("tf_lock_hashes", f"# This file is maintained automatically by \"terraform init\".\n\nprovider \"registry.terraform.io/hashicorp/aws\" {{\n  version     = \"5.74.0\"\n  constraints = \"~> 5.70\"\n  hashes = [\n    \"h1:{g.b64(32)}\",\n    \"zh:{g.s(HEX, 64)}\",\n    \"zh:{g.s(HEX, 64)}\",\n    \"zh:{g.s(HEX, 64)}\",\n  ]\n}}")
    add("ansible_vault_refs", "- name: Configure pgbouncer\n  hosts: db\n  become: true\n  vars:\n    pgbouncer_auth_user: \"{{ vault_pgbouncer_user }}\"\n    pgbouncer_auth_password: \"{{ vault_pgbouncer_password }}\"\n  tasks:\n    - name: Render userlist\n      ansible.builtin.template:\n        src: userlist.txt.j2\n        dest: /etc/pgbouncer/userlist.txt\n        mode: \"0600\"\n      no_log: true")
    add("docker_compose_ps", shell("docker compose ps", "NAME                 IMAGE                              COMMAND                  SERVICE    CREATED       STATUS                 PORTS\ncorvid-api-1         registry.corvid-works.io/api:3.8.0   \"/app/server\"             api        2 hours ago   Up 2 hours (healthy)   0.0.0.0:8080->8080/tcp\ncorvid-postgres-1    postgres:16.4                        \"docker-entrypoint.s…\"   postgres   2 hours ago   Up 2 hours             5432/tcp\ncorvid-redis-1       redis:7.4-alpine                     \"docker-entrypoint.s…\"   redis      2 hours ago   Up 2 hours             6379/tcp"))
    add("docker_image_inspect", vercel_result("runCommand", dumps([{"Id": "sha256:" + g.s(HEX, 64), "RepoDigests": ["registry.corvid-works.io/api@sha256:" + g.s(HEX, 64)], "Created": "2026-11-18T21:04:11.88Z", "Config": {"Env": ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "LANG=C.UTF-8", "GOLANG_VERSION=1.23.3", "APP_VERSION=3.8.0"], "ExposedPorts": {"8080/tcp": {}}, "Labels": {"org.opencontainers.image.revision": g.s(HEX, 40), "org.opencontainers.image.source": "https://git.corvid-works.io/platform/api"}}, "RootFS": {"Layers": ["sha256:" + g.s(HEX, 64), "sha256:" + g.s(HEX, 64)]}}], indent=2)))
    add("systemctl_status", shell("systemctl status ledger-worker", "● ledger-worker.service - Ledger projection worker\n     Loaded: loaded (/etc/systemd/system/ledger-worker.service; enabled; preset: enabled)\n     Active: active (running) since Thu 2026-11-19 06:00:14 UTC; 4h 2min ago\n   Main PID: 18822 (ledger-worker)\n      Tasks: 14 (limit: 19011)\n     Memory: 312.4M (peak: 388.0M)\n        CPU: 21min 4.118s\n     CGroup: /system.slice/ledger-worker.service\n             └─18822 /opt/ledger/bin/ledger-worker --config /etc/ledger/worker.toml\n\nNov 19 10:01:02 app-4 ledger-worker[18822]: projected 4412 events in 1.8s (offset 18829317)"))
    add("nginx_upstream_conf", "upstream api_backend {\n    least_conn;\n    server 10.30.2.15:8080 max_fails=3 fail_timeout=10s;\n    server 10.30.2.16:8080 max_fails=3 fail_timeout=10s;\n    keepalive 64;\n}\n\nserver {\n    listen 443 ssl;\n    server_name api.corvid-works.io;\n    ssl_certificate     /etc/nginx/tls/api.corvid-works.io/fullchain.pem;\n    ssl_certificate_key /etc/nginx/tls/api.corvid-works.io/privkey.pem;\n    location /auth/ { auth_request /_validate; }\n    location = /_validate { internal; proxy_pass http://10.30.2.40:9091/verify; }\n}")
    add("gha_pinned_actions", "\n".join(f"2026-11-19T10:{11 + i // 60:02d}:{i % 60:02d}.{4411201 + 1733 * i:07d}Z {x}" for i, x in enumerate(["Current runner version: '2.321.0'", "Download action repository 'actions/checkout@" + g.s(HEX, 40) + "' (SHA:" + g.s(HEX, 40) + ")", "Download action repository 'actions/setup-go@" + g.s(HEX, 40) + "' (SHA:" + g.s(HEX, 40) + ")", "##[group]Run actions/cache@v4", "  key: go-Linux-" + g.s(HEX, 64), "##[endgroup]", "Cache restored from key: go-Linux-" + g.s(HEX, 64)])))
    add("drone_masked_vars", drone_log(["$ echo \"deploying with token ********\"", "deploying with token ********", "$ ./deploy.sh --env production", "Using image digest sha256:" + g.s(HEX, 64), "Rollout complete: 6/6 replicas available"]))
    add("jenkins_masking", "[Pipeline] withCredentials\nMasking supported pattern matches of $NEXUS_PASSWORD or $NEXUS_USER\n[Pipeline] {\n[Pipeline] sh\n+ mvn -s settings.xml -Dnexus.user=**** -Dnexus.password=**** deploy\n[INFO] BUILD SUCCESS\n[INFO] Total time:  02:11 min\n[Pipeline] }\n[Pipeline] // withCredentials")
    add("buildkite_agent_start", buildkite_log(["~~~ Preparing working directory", "Agent name: corvid-linux-07-1", f"Job ID: {g.uuid()}", "Using agent token named \"default\" (the value is never printed)", "$ git fetch -v --prune -- origin refs/heads/main", f"HEAD is now at {g.s(HEX, 7)} Bump otel collector to 0.113.0"]))
    add("sql_schema_migration", "-- 20261118_add_customer_contact.sql\nALTER TABLE customers\n    ADD COLUMN email        citext      NOT NULL,\n    ADD COLUMN phone        varchar(20),\n    ADD COLUMN ssn_last4    char(4),\n    ADD COLUMN date_of_birth date,\n    ADD COLUMN iban         varchar(34);\nCREATE UNIQUE INDEX customers_email_key ON customers (email);\nCOMMENT ON COLUMN customers.ssn_last4 IS 'only the last four digits are ever stored';")
    add("explain_analyze", shell("psql -c 'EXPLAIN ANALYZE SELECT * FROM orders WHERE customer_id = 30411'", " Index Scan using orders_customer_id_idx on orders  (cost=0.43..18.61 rows=5 width=212) (actual time=0.021..0.034 rows=7 loops=1)\n   Index Cond: (customer_id = 30411)\n Planning Time: 0.118 ms\n Execution Time: 0.052 ms\n(4 rows)"))
    add("curl_v_tls_public", "* Host api.corvid-works.io:443 was resolved.\n* IPv4: 10.30.4.8\n*   Trying 10.30.4.8:443...\n* ALPN: curl offers h2,http/1.1\n* SSL connection using TLSv1.3 / TLS_AES_256_GCM_SHA384 / X25519 / RSASSA-PSS\n* Server certificate:\n*  subject: CN=api.corvid-works.io\n*  start date: Oct  2 00:00:00 2026 GMT\n*  expire date: Dec 31 23:59:59 2026 GMT\n*  issuer: C=US; O=Let's Encrypt; CN=R11\n> GET /healthz HTTP/2\n> Host: api.corvid-works.io\n< HTTP/2 200\n< x-request-id: " + g.uuid() + "\n< etag: W/\"" + g.s(HEX, 16) + "\"\nok")
    add("har_static_assets", dumps({"log": {"entries": [{"request": {"method": "GET", "url": f"https://app.corvid-works.io/assets/index-{g.mixed(B64URL, 8)}.js"}, "response": {"status": 200, "headers": [{"name": "etag", "value": '"' + g.s(HEX, 32) + '"'}, {"name": "cache-control", "value": "public, max-age=31536000, immutable"}]}, "timings": {"wait": 18.2, "receive": 4.1}}, {"request": {"method": "GET", "url": f"https://app.corvid-works.io/assets/inter-latin-{g.s(HEX, 8)}.woff2"}, "response": {"status": 200, "headers": [{"name": "content-type", "value": "font/woff2"}]}}]}}, indent=1))
    add("npmrc_env_refs", shell("cat .npmrc .yarnrc.yml", "@corvid:registry=https://npm.corvid-works.io/\n//npm.corvid-works.io/:_authToken=${NPM_CORVID_TOKEN}\nsave-exact=true\nnodeLinker: node-modules\nnpmScopes:\n  corvid:\n    npmRegistryServer: \"https://npm.corvid-works.io\"\n    npmAuthToken: \"${NPM_CORVID_TOKEN}\""))
    add("kubeconfig_exec_ca", f"apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority-data: {g.b64(780)}\n    server: https://{g.s(HEXU, 32)}.gr7.eu-central-1.eks.amazonaws.com\n  name: corvid-prod\nusers:\n- name: corvid-prod\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1beta1\n      command: aws\n      args: [eks, get-token, --cluster-name, corvid-prod, --region, eu-central-1]\n      interactiveMode: IfAvailable")
    add("traceback_library_names", "Traceback (most recent call last):\n  File \"/opt/corvid/venv/lib/python3.12/site-packages/celery/app/trace.py\", line 453, in trace_task\n    R = retval = fun(*args, **kwargs)\n  File \"/opt/corvid/venv/lib/python3.12/site-packages/marshmallow/schema.py\", line 792, in load\n    return self._do_load(data, many=many, partial=partial, postprocess=True)\n  File \"/opt/corvid/venv/lib/python3.12/site-packages/sphinx/util/docutils.py\", line 112, in patch\n    import jinja2\nmarshmallow.exceptions.ValidationError: {'postcode': ['Not a valid string.']}")
    add("pip_list_people_like", oi_output("Package            Version\n------------------ -------\nalembic            1.14.0\nBabel              2.16.0\nbeautifulsoup4     4.12.3\nFaker              33.0.0\nHypothesis         6.119.4\nJinja2             3.1.4\nMako               1.3.6\nmarshmallow        3.23.1\nPygments           2.18.0\nSphinx             8.1.3\nWerkzeug           3.1.3"))
    add("prometheus_scrape", shell("curl -s localhost:9100/metrics | grep -E '^node_(uname|network_info)'", f"node_uname_info{{domainname=\"(none)\",machine=\"x86_64\",nodename=\"app-4\",release=\"6.8.0-48-generic\",sysname=\"Linux\",version=\"#48-Ubuntu SMP PREEMPT_DYNAMIC\"}} 1\nnode_network_info{{address=\"{':'.join(g.s(HEX, 2) for _ in range(6))}\",broadcast=\"ff:ff:ff:ff:ff:ff\",device=\"ens5\",duplex=\"\",ifalias=\"\",operstate=\"up\"}} 1"))
    add("vault_status", shell("vault status", f"Key                     Value\n---                     -----\nSeal Type               awskms\nRecovery Seal Type      shamir\nInitialized             true\nSealed                  false\nTotal Recovery Shares   5\nThreshold               3\nVersion                 1.18.1\nStorage Type            raft\nCluster Name            vault-cluster-{g.s(HEX, 8)}\nCluster ID              {g.uuid()}\nHA Enabled              true\nHA Cluster              https://10.30.9.11:8201\nRaft Committed Index    4411822"))
    add("openssl_x509_text", shell("openssl x509 -in fullchain.pem -noout -serial -fingerprint -sha256 -dates -subject", f"serial={g.s(HEXU, 36)}\nsha256 Fingerprint={':'.join(g.s(HEXU, 2) for _ in range(32))}\nnotBefore=Oct  2 00:00:00 2026 GMT\nnotAfter=Dec 31 23:59:59 2026 GMT\nsubject=CN=api.corvid-works.io"))
    add("kubectl_events_digests", shell("kubectl get events -n payments --sort-by=.lastTimestamp | tail -4", f"LAST SEEN   TYPE     REASON      OBJECT                             MESSAGE\n2m          Normal   Pulled      pod/billing-api-6f7c9d8b5-{g.s(LOWNUM, 5)}   Successfully pulled image \"registry.corvid-works.io/billing@sha256:{g.s(HEX, 64)}\" in 1.204s\n2m          Normal   Created     pod/billing-api-6f7c9d8b5-{g.s(LOWNUM, 5)}   Created container: api\n2m          Normal   Started     pod/billing-api-6f7c9d8b5-{g.s(LOWNUM, 5)}   Started container api"))
    add("ssh_keyscan_public", shell("ssh-keyscan -t ed25519,ecdsa git.corvid-works.io 2>/dev/null", f"git.corvid-works.io ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{g.s(ALNUM + '+/', 43)}\ngit.corvid-works.io ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB{g.s(ALNUM + '+/', 88)}=" ))
    add("env_placeholders_mz", autogen_call("write_file", {"path": ".env.example", "content": "# fill these in from the vault; never commit real values\nNYLAS_API_KEY=nyk_v0_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nROOTLY_API_TOKEN=rootly_<64 hex characters>\nUPLOADTHING_SECRET=sk_live_...\nWAKATIME_API_KEY=waka_00000000-0000-0000-0000-000000000000\nMINIO_ROOT_PASSWORD=changeme\nPGBACKREST_CIPHER_PASS=\n"}))
    add("swe_agent_git_ids", swe_step("The regression came in with the dependency bump; let me bisect between the two tags.", "git bisect start v3.7.2 v3.8.0 && git bisect run go test ./internal/ledger/...", f"Bisecting: 6 revisions left to test after this (roughly 3 steps)\n[{g.s(HEX, 40)}] ledger: batch projections\nrunning  'go' 'test' './internal/ledger/...'\n{g.s(HEX, 40)} is the first bad commit\ncommit {g.s(HEX, 40)}\n    deps: bump pgx to v5.7.1"))
    add("langsmith_resource_ids", langsmith_run("aws_cli", "aws ecs describe-services --cluster corvid-prod --services billing", dumps({"services": [{"serviceArn": f"arn:aws:ecs:eu-central-1:{g.s(DIGITS, 12)}:service/corvid-prod/billing", "taskDefinition": f"arn:aws:ecs:eu-central-1:{g.s(DIGITS, 12)}:task-definition/billing:212", "deployments": [{"id": "ecs-svc/" + g.s(DIGITS, 19), "rolloutState": "COMPLETED", "runningCount": 6}]}]})))
    add("teamcity_versions", teamcity_log(["Step 2/4: Build (Gradle)", "Starting Gradle Daemon...", "Gradle Daemon started in 1 s 204 ms", "> Task :compileKotlin", "BUILD SUCCESSFUL in 1m 12s", f"##teamcity[buildNumber '7.1.0+build.4412.{g.s(HEX, 7)}']", "##teamcity[publishArtifacts 'build/libs/*.jar']"]))
    return out
