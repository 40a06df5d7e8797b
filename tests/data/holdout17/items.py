# ruff: noqa: E501, RUF001, RUF059  -- item tables hold whole texts on one line; foreign letters are intended; templates unpack a whole provider row.
"""Seventeenth held-out set, written blind (see README.md). Domains: insurance, retail/POS, HR and
payroll, non-profits, publishing, agriculture, aviation, real estate and gov-tech. Carriers: Copilot
Chat and coding agent, Codex CLI, Gemini CLI, Amazon Q Developer, Sourcegraph Cody, Tabnine,
OpenHands and Devin. Providers (N-Z) that no earlier set used.
"""

from __future__ import annotations

import json

from _markup import IP, A, C, D, E, I, P, S, T, U, shell
from _values import ALNUM, DIGITS, HEX, LOWNUM, UPNUM, Gen, grouped, iban, luhn_complete

B64URL = ALNUM + "-_"


def dumps(obj: object, **kw: object) -> str:
    kw.setdefault("ensure_ascii", False)
    return json.dumps(obj, **kw)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------------
# carriers


def copilot_call(name: str, args: dict[str, object]) -> str:
    return dumps(
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {"id": "call_T7hQ2mXe", "type": "function", "function": {"name": name, "arguments": dumps(args)}}
            ],
        }
    )


def copilot_result(content: str) -> str:
    return dumps({"role": "tool", "tool_call_id": "call_T7hQ2mXe", "content": content})


def codex_exec(cmd: str, out: str) -> str:
    """Codex CLI rollout lines: a shell function call and its output."""
    call = dumps(
        {
            "type": "response_item",
            "payload": {
                "type": "function_call",
                "name": "shell",
                "arguments": dumps({"command": ["bash", "-lc", cmd], "workdir": "/workspace", "timeout_ms": 120000}),
                "call_id": "call_Xo1b8Rz",
            },
        }
    )
    res = dumps(
        {
            "type": "response_item",
            "payload": {
                "type": "function_call_output",
                "call_id": "call_Xo1b8Rz",
                "output": dumps({"output": out, "metadata": {"exit_code": 0, "duration_seconds": 0.2}}),
            },
        }
    )
    return call + "\n" + res


def gemini_tool(name: str, args: dict[str, object], output: str) -> str:
    """Gemini CLI checkpoint: a functionCall and its functionResponse."""
    return dumps(
        [
            {"role": "model", "parts": [{"functionCall": {"name": name, "args": args}}]},
            {"role": "user", "parts": [{"functionResponse": {"name": name, "response": {"output": output}}}]},
        ],
        indent=2,
    )


def amazonq(prompt: str, answer: str) -> str:
    return f"Amazon Q Developer — chat (VS Code)\n\nYou: {prompt}\n\nAmazon Q: {answer}"


def cody(prompt: str, answer: str) -> str:
    return dumps(
        {
            "chatID": "2026-11-20T09:14:55.120Z",
            "interactions": [
                {
                    "humanMessage": {"speaker": "human", "text": prompt},
                    "assistantMessage": {"speaker": "assistant", "text": answer},
                }
            ],
        }
    )


def tabnine(prompt: str, answer: str) -> str:
    return f"[Tabnine Chat]\n> {prompt}\n\n{answer}"


def openhands(command: str, content: str) -> str:
    return dumps(
        [
            {"id": 41, "source": "agent", "action": "run", "args": {"command": command, "is_input": False}},
            {
                "id": 42,
                "source": "environment",
                "observation": "run",
                "content": content,
                "extras": {"command": command, "metadata": {"exit_code": 0, "working_dir": "/workspace"}},
            },
        ]
    )


def devin(steps: list[str]) -> str:
    return "Devin session log\n" + "\n".join(f"[{n:02d}] {s}" for n, s in enumerate(steps, 1))


def pr_comment(author: str, path: str, line: int, body: str) -> str:
    return f"**{author}** commented on `{path}` line {line}\n\n{body}"


def coding_agent(handle: str, steps: list[tuple[str, str]]) -> str:
    return f"Copilot started work on behalf of {handle}\n\n" + "\n\n".join(f"▸ {t}\n{b}" for t, b in steps)


# ---------------------------------------------------------------------------------------------
# providers: (name, environment variable, API host, shape)

PROVIDERS: list[tuple[str, str, str, str]] = [
    ("qover", "QOVER_API_KEY", "api.qover.com", "alnum40"),
    ("yardi", "YARDI_WEBSERVICE_PASSWORD", "www.yardiasp14.com", "pw"),
    ("reapit", "REAPIT_CLIENT_SECRET", "connect.reapit.cloud", "alnum48"),
    ("zillow", "ZILLOW_BRIDGE_TOKEN", "api.bridgedataoutput.com", "hex32"),
    ("rightmove", "RIGHTMOVE_ADF_CERT_PASSWORD", "adfapi.rightmove.co.uk", "pw"),
    ("zoopla", "ZOOPLA_API_KEY", "api.zoopla.co.uk", "lownum24"),
    ("rentvine", "RENTVINE_API_SECRET", "api.rentvine.com", "b64_32"),
    ("propertyware", "PROPERTYWARE_CLIENT_SECRET", "api.propertyware.com", "uuid"),
    ("socrata", "SOCRATA_APP_SECRET", "data.cityofnowhere.gov", "alnum32"),
    ("opengov", "OPENGOV_API_TOKEN", "api.opengov.com", "hex40"),
    ("notifygovuk", "NOTIFY_API_KEY", "api.notifications.service.gov.uk", "notify"),
    ("tylertech", "TYLER_MUNIS_CLIENT_SECRET", "munis.tylerhost.net", "alnum40"),
    ("pressbooks", "PRESSBOOKS_APP_PASSWORD", "press.uni-example.org", "wpapp"),
    ("readwise", "READWISE_TOKEN", "readwise.io", "alnum50"),
    ("nytimes", "NYT_API_KEY", "api.nytimes.com", "alnum32"),
    ("scopus", "SCOPUS_API_KEY", "api.elsevier.com", "hex32"),
    ("wiley", "WILEY_TDM_TOKEN", "api.wiley.com", "uuid"),
    ("networkforgood", "NFG_API_PASSWORD", "api.networkforgood.org", "pw"),
    ("virtuous", "VIRTUOUS_API_TOKEN", "api.virtuoussoftware.com", "b64_48"),
    ("neoncrm", "NEON_API_KEY", "api.neoncrm.com", "hex32"),
    ("tithely", "TITHELY_SECRET", "tithe.ly", "alnum40"),
    ("zeffy", "ZEFFY_API_KEY", "api.zeffy.com", "alnum48"),
    ("qgiv", "QGIV_API_TOKEN", "secure.qgiv.com", "hex40"),
    ("onecause", "ONECAUSE_CLIENT_SECRET", "api.onecause.com", "b64_32"),
    ("raisely", "RAISELY_SECRET_KEY", "api.raisely.com", "uuid"),
    ("nationbuilder", "NATIONBUILDER_TOKEN", "api.nationbuilder.com", "hex64"),
    ("oyster", "OYSTER_API_KEY", "api.oysterhr.com", "alnum40"),
    ("papayaglobal", "PAPAYA_CLIENT_SECRET", "api.papayaglobal.com", "alnum48"),
    ("sapling", "SAPLING_API_KEY", "api.saplingapp.io", "hex32"),
    ("trinet", "TRINET_CLIENT_SECRET", "api.trinet.com", "b64_32"),
    ("zelt", "ZELT_API_TOKEN", "api.zelt.app", "alnum40"),
    ("sympa", "SYMPA_API_KEY", "api.sympa.com", "uuid"),
    ("tamigo", "TAMIGO_PASSWORD", "api.tamigo.com", "pw"),
    ("wagepoint", "WAGEPOINT_API_KEY", "api.wagepoint.com", "hex40"),
    ("rydoo", "RYDOO_CLIENT_SECRET", "api.rydoo.com", "alnum32"),
    ("yokoy", "YOKOY_API_KEY", "api.yokoy.ai", "alnum48"),
    ("payhawk", "PAYHAWK_API_KEY", "api.payhawk.com", "b64_48"),
    ("pleo", "PLEO_API_TOKEN", "external.pleo.io", "alnum40"),
    ("peakon", "PEAKON_APP_TOKEN", "api.peakon.com", "hex64"),
    ("talentlms", "TALENTLMS_API_KEY", "acme.talentlms.com", "alnum32"),
    ("trainual", "TRAINUAL_API_KEY", "api.trainual.com", "hex32"),
    ("replicon", "REPLICON_ACCESS_TOKEN", "na5.replicon.com", "b64_32"),
    ("timecamp", "TIMECAMP_API_TOKEN", "app.timecamp.com", "hex32"),
    ("revel", "REVEL_API_SECRET", "acme.revelup.com", "alnum64"),
    ("storehub", "STOREHUB_API_KEY", "api.storehubhq.com", "hex32"),
    ("upserve", "UPSERVE_CLIENT_SECRET", "hq.upserve.com", "alnum40"),
    ("touchbistro", "TOUCHBISTRO_API_KEY", "cloud.touchbistro.com", "uuid"),
    ("vendhq", "VEND_PERSONAL_TOKEN", "acme.vendhq.com", "alnum40"),
    ("shopkeep", "SHOPKEEP_SECRET", "api.shopkeep.com", "hex40"),
    ("tiller", "TILLER_PROVIDER_TOKEN", "api.tillersystems.com", "alnum32"),
    ("ordermentum", "ORDERMENTUM_API_KEY", "api.ordermentum.com", "b64_32"),
    ("prestashop", "PS_WEBSERVICE_KEY", "boutique.example-shop.fr", "upnum32"),
    ("saleor", "SALEOR_APP_TOKEN", "store.saleor.cloud", "alnum30"),
    ("snipcart", "SNIPCART_SECRET_KEY", "app.snipcart.com", "b64_48"),
    ("skuvault", "SKUVAULT_TENANT_TOKEN", "app.skuvault.com", "b64_32"),
    ("shiphero", "SHIPHERO_REFRESH_TOKEN", "public-api.shiphero.com", "alnum40"),
    ("shipday", "SHIPDAY_API_KEY", "api.shipday.com", "alnumdot"),
    ("shipmondo", "SHIPMONDO_API_KEY", "app.shipmondo.com", "uuid"),
    ("packeta", "PACKETA_API_PASSWORD", "www.zasilkovna.cz", "hex32"),
    ("stannp", "STANNP_API_KEY", "us.stannp.com", "hex32"),
    ("postgrid", "POSTGRID_API_KEY", "api.postgrid.com", "postgrid"),
    ("opensky", "OPENSKY_CLIENT_SECRET", "opensky-network.org", "alnum32"),
    ("oag", "OAG_SUBSCRIPTION_KEY", "api.oag.com", "hex32"),
    ("sita", "SITA_API_KEY", "sitaopen.api.aero", "hex32"),
    ("radarbox", "RADARBOX_API_TOKEN", "api.radarbox.com", "hex64"),
    ("trimble", "TRIMBLE_AG_CLIENT_SECRET", "cloud.api.trimble.com", "uuid"),
    ("planetlabs", "PL_API_KEY", "api.planet.com", "hex32"),
    ("sentinelhub", "SH_CLIENT_SECRET", "services.sentinel-hub.com", "b64_32"),
    ("xarvio", "XARVIO_API_KEY", "api.xarvio.com", "alnum40"),
    ("pessl", "FIELDCLIMATE_PRIVATE_KEY", "api.fieldclimate.com", "hex48"),
    ("nuxeo", "NUXEO_PASSWORD", "nuxeo.dam.internal", "pw"),
    ("novu", "NOVU_SECRET_KEY", "api.novu.co", "hex32"),
    ("nhost", "NHOST_ADMIN_SECRET", "subdomain.nhost.run", "alnum40"),
    ("nocodb", "NC_TOKEN", "app.nocodb.com", "alnum40"),
    ("northflank", "NORTHFLANK_API_TOKEN", "api.northflank.com", "jwtish"),
    ("ocrspace", "OCR_SPACE_API_KEY", "api.ocr.space", "ocr"),
    ("olark", "OLARK_API_KEY", "www.olark.com", "hex32"),
    ("openobserve", "ZO_ROOT_USER_PASSWORD", "openobserve.internal", "pw"),
    ("openreplay", "OPENREPLAY_API_KEY", "api.openreplay.com", "alnum40"),
    ("orkes", "ORKES_KEY_SECRET", "developer.orkescloud.com", "alnum48"),
    ("osano", "OSANO_API_KEY", "api.osano.com", "uuid"),
    ("outseta", "OUTSETA_SECRET_KEY", "acme.outseta.com", "hex32"),
    ("owncloud", "OC_PASS", "files.owncloud.internal", "pw"),
    ("pagely", "PAGELY_API_SECRET", "mgmt.pagely.com", "alnum40"),
    ("pantheon", "TERMINUS_MACHINE_TOKEN", "terminus.pantheon.io", "alnum43"),
    ("paperform", "PAPERFORM_API_KEY", "api.paperform.co", "alnum64"),
    ("parseur", "PARSEUR_API_KEY", "api.parseur.com", "hex40"),
    ("partnerstack", "PARTNERSTACK_SECRET", "api.partnerstack.com", "alnum32"),
    ("paymentwall", "PAYMENTWALL_SECRET_KEY", "api.paymentwall.com", "hex32"),
    ("payrexx", "PAYREXX_API_SECRET", "api.payrexx.com", "alnum32"),
    ("pipefy", "PIPEFY_TOKEN", "api.pipefy.com", "jwtish"),
    ("pirsch", "PIRSCH_CLIENT_SECRET", "api.pirsch.io", "alnum64"),
    ("placekey", "PLACEKEY_API_KEY", "api.placekey.io", "alnum32"),
    ("plaid", "PLAID_SECRET", "production.plaid.com", "hex30"),
    ("planhat", "PLANHAT_API_TOKEN", "api.planhat.com", "uuid"),
    ("plotly", "PLOTLY_API_KEY", "plot.ly", "alnum20"),
    ("podium", "PODIUM_CLIENT_SECRET", "api.podium.com", "hex64"),
    ("printnode", "PRINTNODE_API_KEY", "api.printnode.com", "hex40"),
    ("productboard", "PRODUCTBOARD_TOKEN", "api.productboard.com", "jwtish"),
    ("pulseway", "PULSEWAY_TOKEN", "api.pulseway.com", "alnum40"),
    ("pushpay", "PUSHPAY_CLIENT_SECRET", "api.pushpay.com", "b64_32"),
    ("questdb", "QDB_PG_PASSWORD", "questdb.metrics.internal", "pw"),
    ("qwilr", "QWILR_API_TOKEN", "api.qwilr.com", "alnum40"),
    ("rebrandly", "REBRANDLY_API_KEY", "api.rebrandly.com", "hex32"),
    ("redash", "REDASH_API_KEY", "redash.internal", "alnum40"),
    ("reepay", "REEPAY_PRIVATE_KEY", "api.reepay.com", "priv"),
    ("rentman", "RENTMAN_JWT", "api.rentman.net", "jwtish"),
    ("retently", "RETENTLY_API_KEY", "app.retently.com", "hex32"),
    ("rossum", "ROSSUM_PASSWORD", "elis.rossum.ai", "pw"),
    ("salesloft", "SALESLOFT_API_KEY", "api.salesloft.com", "alnum64"),
    ("scrive", "SCRIVE_TOKEN_SECRET", "scrive.com", "hex16"),
    ("sellsy", "SELLSY_CLIENT_SECRET", "api.sellsy.com", "alnum64"),
    ("smartling", "SMARTLING_USER_SECRET", "api.smartling.com", "alnum50"),
    ("smartwaiver", "SMARTWAIVER_API_KEY", "api.smartwaiver.com", "hex40"),
    ("telesign", "TELESIGN_API_KEY", "rest-api.telesign.com", "b64_64"),
    ("textrazor", "TEXTRAZOR_API_KEY", "api.textrazor.com", "hex56"),
    ("tremendous", "TREMENDOUS_API_KEY", "www.tremendous.com", "tremendous"),
    ("trolley", "TROLLEY_SECRET_KEY", "api.trolley.com", "hex40"),
    ("unbounce", "UNBOUNCE_API_KEY", "api.unbounce.com", "hex32"),
    ("upcloud", "UPCLOUD_PASSWORD", "api.upcloud.com", "pw"),
    ("verifalia", "VERIFALIA_PASSWORD", "api.verifalia.com", "pw"),
    ("voucherify", "VOUCHERIFY_SECRET_KEY", "api.voucherify.io", "uuid"),
    ("wati", "WATI_ACCESS_TOKEN", "live-server.wati.io", "jwtish"),
    ("weglot", "WEGLOT_API_KEY", "api.weglot.com", "wg"),
    ("workiz", "WORKIZ_API_SECRET", "api.workiz.com", "alnum24"),
    ("xmatters", "XMATTERS_PASSWORD", "acme.xmatters.com", "pw"),
    ("yext", "YEXT_API_KEY", "api.yext.com", "hex32"),
    ("zenserp", "ZENSERP_API_KEY", "app.zenserp.com", "uuid"),
    ("zonos", "ZONOS_CREDENTIAL_TOKEN", "api.zonos.com", "alnum40"),
    ("zuper", "ZUPER_API_KEY", "us.zuperpro.com", "hex32"),
]


def value(g: Gen, shape: str) -> str:
    if shape == "pw":
        return g.password()
    if shape == "uuid":
        return g.uuid()
    if shape.startswith("hex"):
        return g.s(HEX, int(shape[3:]))
    if shape.startswith("alnum") and shape[5:].isdigit():
        return g.mixed(ALNUM, int(shape[5:]))
    if shape == "lownum24":
        return g.s(LOWNUM, 24)
    if shape == "upnum32":
        return g.s(UPNUM, 32)
    if shape.startswith("b64_"):
        return g.b64(int(shape[4:]) * 3 // 4)
    if shape == "notify":
        return f"live_key-{g.uuid()}-{g.uuid()}"
    if shape == "wpapp":
        return " ".join(g.mixed(ALNUM, 4) for _ in range(6))
    if shape == "alnumdot":
        return g.mixed(ALNUM, 10) + "." + g.mixed(ALNUM, 20)
    if shape == "jwtish":
        return g.jwt(dumps({"sub": g.uuid(), "iat": 1793000000 + g.rng.randint(0, 9999999)}, separators=(",", ":")))
    if shape == "ocr":
        return "K8" + g.s(DIGITS, 13)
    if shape == "postgrid":
        return "live_sk_" + g.mixed(ALNUM, 24)
    if shape == "priv":
        return "priv_" + g.s(HEX, 32)
    if shape == "tremendous":
        return "PROD_" + g.mixed(UPNUM + "_", 48)
    if shape == "wg":
        return "wg_" + g.s(HEX, 32)
    raise ValueError(shape)


# ---------------------------------------------------------------------------------------------
# name pools for secret and PII texts

FIRST = [
    "Ngozi",
    "Tomasz",
    "Ilse",
    "Rahul",
    "Mei-Ling",
    "Oluwaseun",
    "Bogdan",
    "Aigerim",
    "Teodora",
    "Kwabena",
    "Sunniva",
    "Haruto",
    "Fatima-Zahra",
    "Yusuf",
    "Marisol",
    "Pham",
    "Eero",
    "Jovana",
    "Anahí",
    "Dmytro",
    "Sakura",
    "Rosalind",
    "Thandeka",
    "Vikram",
    "Ximena",
    "Lorenzo",
    "Zainab",
    "Mattias",
    "Quang",
    "Radka",
    "Amaru",
    "Ioana",
    "Ciarán",
    "Leilani",
    "Baptiste",
    "Yevheniia",
    "Kalani",
    "Nnamdi",
    "Elif",
    "Tupac",
]
LAST = [
    "Okafor-Blake",
    "Wróblewski",
    "Vandermeulen",
    "Bhattacharjee",
    "Tsai",
    "Adeyemi",
    "Marinescu",
    "Sarsenbayeva",
    "Dimitrova",
    "Asante",
    "Fjeldstad",
    "Kobayashi",
    "El Idrissi",
    "Demirtaş",
    "Quispe Huamán",
    "Nguyen Thi",
    "Kettunen",
    "Pavlović",
    "Cutipa",
    "Kovalchuk",
    "Morimoto",
    "Achterberg",
    "Mthembu",
    "Raghunathan",
    "Villaseñor",
    "Bianchetti",
    "Abubakar",
    "Lindqvist",
    "Trương",
    "Horáková",
    "Mamani",
    "Stoica",
    "Ó Dálaigh",
    "Kahananui",
    "Lefèvre-Roux",
    "Shevchuk",
    "Akana",
    "Eze",
    "Yıldırımlar",
    "Condori",
]


def person(g: Gen) -> tuple[str, str]:
    return g.rng.choice(FIRST), g.rng.choice(LAST)


def handle(first: str, last: str) -> str:
    f = first.lower().replace("-", "").replace("í", "i").replace("á", "a")
    la = "".join(ch for ch in last.lower() if ch.isascii() and ch.isalpha())[:8]
    return f"{f[0]}{la}" if len(la) > 3 else f"{f}{la}"


# ---------------------------------------------------------------------------------------------
# secret texts: one template per carrier; a provider goes into a template in turn


def t_codex_env(g: Gen, pv: list[tuple[str, str, str, str]], vals: list[str]) -> str:
    body = "\n".join(f"{env}={S(v)}" for (_, env, _, _), v in zip(pv, vals, strict=True))
    return codex_exec(
        "cat .env.production | head -20",
        f"NODE_ENV=production\nPORT=8080\nLOG_LEVEL=info\n{body}\nFEATURE_CLAIMS_V2=true",
    )


def t_copilot_yaml(g: Gen, pv, vals) -> str:
    name, env, host, _ = pv[0]
    v = vals[0]
    return (
        copilot_call(
            "read_file",
            {
                "filePath": f"/Users/{U('jkettunen')}/code/claims-portal/src/main/resources/application-prod.yml",
                "startLine": 1,
                "endLine": 30,
            },
        )
        + "\n"
        + copilot_result(
            f"integrations:\n  {name}:\n    base-url: https://{host}/v2\n    api-key: {S(v)}\n    timeout: 15s\n    retry:\n      max-attempts: 3\nmanagement:\n  endpoints:\n    web:\n      exposure:\n        include: health,info"
        )
    )


def t_es_python(g: Gen, pv, vals) -> str:
    name, env, host, _ = pv[0]
    v = vals[0]
    return f'Hola, el script de sincronización devuelve 403 desde ayer. ¿Me ayudas a ver qué pasa?\n\n```python\nimport requests\n\n# credenciales de {name} (TODO: mover a variables de entorno)\n{env} = "{S(v)}"\nBASE = "https://{host}"\n\ndef listar(pagina=1):\n    r = requests.get(f"{{BASE}}/v1/items", params={{"page": pagina}}, headers={{"Authorization": f"Bearer {{{env}}}"}}, timeout=20)\n    r.raise_for_status()\n    return r.json()\n```\n\nGracias!'


def t_gemini_curl(g: Gen, pv, vals) -> str:
    name, env, host, _ = pv[0]
    v = vals[0]
    cmd = f"curl -s -H 'Authorization: Bearer {S(v)}' -H 'Accept: application/json' https://{host}/api/v1/status"
    return gemini_tool(
        "run_shell_command",
        {"command": cmd, "description": f"Check the {name} API is reachable with the new key"},
        "Command: " + cmd + '\nStdout: {"status":"ok","region":"eu"}\nStderr: (empty)\nExit Code: 0',
    )


def t_devin_toml(g: Gen, pv, vals) -> str:
    name, env, host, _ = pv[0]
    v = vals[0]
    return devin(
        [
            "Cloned repo farm-telemetry, branch main",
            "Opened config/settings.toml",
            f'```toml\n[{name}]\nendpoint = "https://{host}"\nsecret = "{S(v)}"\npoll_interval_s = 900\n\n[storage]\nbucket = "field-readings"\n```',
            f"Noticed the {name} secret is committed in plain text; moving it to the secret store and reading `{env}` instead",
            "Opened PR #212: read integration secrets from env",
        ]
    )


def t_fr_node(g: Gen, pv, vals) -> str:
    name, env, host, _ = pv[0]
    v = vals[0]
    return f"// src/lib/{name}.js\n// Client pour l'API {name} — utilisé par la caisse (POS) et le back-office.\n// ATTENTION : ne pas committer la clé, elle doit venir de process.env.{env}\nconst axios = require('axios');\n\nconst client = axios.create({{\n  baseURL: 'https://{host}/v1',\n  headers: {{ 'X-Api-Key': '{S(v)}' }},\n  timeout: 10_000,\n}});\n\nmodule.exports = {{ client }};"


def t_amazonq_compose(g: Gen, pv, vals) -> str:
    envs = "\n".join(f"      - {env}={S(v)}" for (_, env, _, _), v in zip(pv, vals, strict=True))
    return amazonq(
        "the worker container exits with code 1 right after start, here is my compose file",
        f"Let me look at the configuration first.\n\n```yaml\nservices:\n  worker:\n    image: ghcr.io/acme-retail/pos-sync:1.14.2\n    restart: unless-stopped\n    environment:\n{envs}\n      - TZ=Europe/Lisbon\n    depends_on: [redis]\n  redis:\n    image: redis:7.4-alpine\n```\n\nThe environment block looks complete, so the exit is probably the missing `REDIS_URL`. Also, these keys are in plain text in the compose file; consider Docker secrets or an `.env` file excluded from git.",
    )


def t_gha_log(g: Gen, pv, vals) -> str:
    name, env, host, _ = pv[0]
    v = vals[0]
    return f"2026-11-19T08:41:02.5513329Z ##[group]Run ./scripts/smoke.sh\n2026-11-19T08:41:02.5514010Z ./scripts/smoke.sh\n2026-11-19T08:41:02.5550181Z shell: /usr/bin/bash -e {{0}}\n2026-11-19T08:41:02.5550707Z ##[endgroup]\n2026-11-19T08:41:02.6110093Z + echo 'using {name} key {S(v)}'\n2026-11-19T08:41:02.6112870Z using {name} key {S(v)}\n2026-11-19T08:41:03.9021455Z + curl -sf https://{host}/health\n2026-11-19T08:41:04.2210761Z ok\n2026-11-19T08:41:04.2290440Z Cleaning up orphan processes"


def t_nl_php(g: Gen, pv, vals) -> str:
    name, env, host, _ = pv[0]
    v = vals[0]
    return f"<?php\n\n// config/services.php\n// Let op: tijdelijk hardcoded voor de demo bij de woningcorporatie, daarna terug naar env()\nreturn [\n    'mailgun' => [\n        'domain' => env('MAILGUN_DOMAIN'),\n        'secret' => env('MAILGUN_SECRET'),\n    ],\n    '{name}' => [\n        'url' => 'https://{host}',\n        'secret' => '{S(v)}',\n    ],\n];"


def t_properties(g: Gen, pv, vals) -> str:
    name, env, host, _ = pv[0]
    v = vals[0]
    return f"$ cat src/main/resources/application.properties\nspring.application.name=payroll-export\nspring.datasource.url=jdbc:postgresql://db.payroll.internal:5432/payroll\nspring.datasource.username=payroll_app\nspring.datasource.password=${{DB_PASSWORD}}\n{name}.api.base-url=https://{host}\n{name}.api.secret={S(v)}\nlogging.level.com.acme.payroll=DEBUG\n"


def t_terraform(g: Gen, pv, vals) -> str:
    name, env, host, _ = pv[0]
    v = vals[0]
    return f'Copilot, why does `terraform plan` complain that the variable has no value? Here\'s main.tf:\n\n```hcl\nvariable "{name}_secret" {{\n  type      = string\n  sensitive = true\n  default   = "{S(v)}"\n}}\n\nresource "aws_ssm_parameter" "{name}" {{\n  name  = "/gov-portal/prod/{name}/secret"\n  type  = "SecureString"\n  value = var.{name}_secret\n}}\n```'


def t_go_zh(g: Gen, pv, vals) -> str:
    name, env, host, _ = pv[0]
    v = vals[0]
    return f'package flights\n\n// 航班数据客户端。密钥暂时写死，上线前必须改成从环境变量 {env} 读取。\nconst (\n\tbaseURL = "https://{host}/v3"\n\tapiKey  = "{S(v)}" // 测试账号\n)\n\nfunc NewClient() *Client {{\n\treturn &Client{{base: baseURL, key: apiKey, http: &http.Client{{Timeout: 8 * time.Second}}}}\n}}'


def t_ruby_ja(g: Gen, pv, vals) -> str:
    name, env, host, _ = pv[0]
    v = vals[0]
    return f'# config/initializers/{name}.rb\n# 出版管理システム用の{name}連携設定\n# 本番では ENV["{env}"] を使うこと（ここは検証用の値）\n{name.capitalize()}.configure do |config|\n  config.endpoint = "https://{host}"\n  config.api_key  = "{S(v)}"\n  config.logger   = Rails.logger\nend'


def t_openhands_cs(g: Gen, pv, vals) -> str:
    name, env, host, _ = pv[0]
    v = vals[0]
    return openhands(
        "cat src/Claims.Api/appsettings.Development.json",
        dumps(
            {
                "Logging": {"LogLevel": {"Default": "Information"}},
                "ConnectionStrings": {"Claims": "Server=localhost;Database=claims;Trusted_Connection=True;"},
                "Integrations": {name.capitalize(): {"BaseUrl": f"https://{host}", "ClientSecret": S(v)}},
            },
            indent=2,
        ),
    )


def t_pr_review(g: Gen, pv, vals) -> str:
    name, env, host, _ = pv[0]
    v = vals[0]
    return pr_comment(
        "copilot-pull-request-reviewer[bot]",
        "deploy/helm/values-prod.yaml",
        44,
        f'```suggestion\n    {env.lower()}: ""\n```\nThis line commits a live credential:\n\n```yaml\n  env:\n    {env.lower()}: "{S(v)}"\n```\n\nPlease reference the Kubernetes secret (`valueFrom.secretKeyRef`) instead and rotate the key in the {name} dashboard, since it is now in the git history.',
    )


def t_uk_issue(g: Gen, pv, vals) -> str:
    name, env, host, _ = pv[0]
    v = vals[0]
    return f'### Помилка при імпорті даних\n\nПісля оновлення до 3.2.0 імпорт падає. Ось трасування:\n\n```\nTraceback (most recent call last):\n  File "/app/importer/run.py", line 88, in <module>\n    main()\n  File "/app/importer/run.py", line 71, in main\n    resp.raise_for_status()\nrequests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://{host}/v2/records?limit=500&api_key={S(v)}\n```\n\nКлюч точно правильний, вчора все працювало. Хтось стикався?'


def t_cody_http(g: Gen, pv, vals) -> str:
    name, env, host, _ = pv[0]
    v = vals[0]
    return cody(
        f'This request to {name} fails with 415, what\'s wrong?\n\nPOST /v1/webhooks HTTP/1.1\nHost: {host}\nUser-Agent: acme-farm-sync/0.9\nX-Api-Key: {S(v)}\nContent-Length: 88\n\n{{"url":"https://hooks.acme-agri.test/{name}","events":["reading.created"]}}',
        "The request is missing `Content-Type: application/json`, so the server cannot tell how to parse the body. Add the header and retry. Also, since you pasted the key here, consider rotating it.",
    )


def t_notebook(g: Gen, pv, vals) -> str:
    name, env, host, _ = pv[0]
    v = vals[0]
    src = f'import os, requests\nos.environ["{env}"] = "{S(v)}"\nresp = requests.get("https://{host}/v1/scenes", headers={{"Authorization": "api-key " + os.environ["{env}"]}})\nprint(resp.status_code, len(resp.json()["features"]))'
    return dumps(
        {
            "cells": [
                {
                    "cell_type": "code",
                    "execution_count": 3,
                    "metadata": {},
                    "outputs": [{"name": "stdout", "output_type": "stream", "text": ["200 48\n"]}],
                    "source": [x + "\n" for x in src.split("\n")],
                }
            ],
            "metadata": {"kernelspec": {"name": "python3"}},
            "nbformat": 4,
            "nbformat_minor": 5,
        },
        indent=1,
    )


def t_k8s_secret(g: Gen, pv, vals) -> str:
    rows = "\n".join(f"{env.lower().replace('_', '-')}: {S(v)}" for (_, env, _, _), v in zip(pv, vals, strict=True))
    return shell(
        "kubectl -n hr-prod get secret integrations -o json | jq -r '.data | map_values(@base64d) | to_entries[] | \"\\(.key): \\(.value)\"'",
        rows,
    )


def t_cs_ini(g: Gen, pv, vals) -> str:
    name, env, host, _ = pv[0]
    v = vals[0]
    return f"; config.ini — konfigurace exportu pro {name}\n; Heslo/klíč prosím neposílat e-mailem, je jen pro testovací prostředí\n[{name}]\nurl = https://{host}\nklic = {S(v)}\ntimeout = 30\n\n[export]\nadresar = /var/lib/export\nformat = csv"


def t_rust_ro(g: Gen, pv, vals) -> str:
    name, env, host, _ = pv[0]
    v = vals[0]
    return f'// src/main.rs — sincronizare cu {name}\n// TODO(andrei): cheia trebuie citită din variabila de mediu {env}, nu lăsată aici\nconst API_URL: &str = "https://{host}";\nconst API_SECRET: &str = "{S(v)}";\n\n#[tokio::main]\nasync fn main() -> anyhow::Result<()> {{\n    let c = reqwest::Client::new();\n    let r = c.get(format!("{{API_URL}}/v1/ping")).bearer_auth(API_SECRET).send().await?;\n    println!("{{}}", r.status());\n    Ok(())\n}}'


def t_ar_prompt(g: Gen, pv, vals) -> str:
    name, env, host, _ = pv[0]
    v = vals[0]
    return f"مرحبا، أحاول ربط نظام التأمين بخدمة {name} لكن الطلب يرجع خطأ 401. هذا هو المفتاح الذي أستخدمه: {S(v)}\nوالعنوان هو https://{host} . هل المشكلة في طريقة إرسال الترويسة؟"


def t_hi_prompt(g: Gen, pv, vals) -> str:
    name, env, host, _ = pv[0]
    v = vals[0]
    return f'भाई, {name} वाला integration staging पर चल रहा है पर prod पर नहीं। मैंने .env में ये डाला है:\n\n{env}={S(v)}\n\nक्या prod के लिए अलग key चाहिए? logs में सिर्फ "invalid credentials" आ रहा है।'


def t_tl_prompt(g: Gen, pv, vals) -> str:
    name, env, host, _ = pv[0]
    v = vals[0]
    return f'Pwede mo bang tingnan kung bakit hindi gumagana yung webhook ng {name}? Eto yung secret na binigay nila sa amin: `{S(v)}` — nilagay ko na sa settings ng app pero laging "signature mismatch" ang lumalabas.'


def t_fi_diff(g: Gen, pv, vals) -> str:
    name, env, host, _ = pv[0]
    v = vals[0]
    return f'commit 5e1c0a9d3b7f2e84c6a1d09f7b3e2c5a8d4f6b10\nAuthor: build-bot <build-bot@users.noreply.github.com>\n\n    Lisää {name}-integraatio (väliaikainen avain, vaihdetaan ennen tuotantoa)\n\ndiff --git a/settings/local.py b/settings/local.py\n--- a/settings/local.py\n+++ b/settings/local.py\n@@ -18,3 +18,5 @@ DEBUG = True\n ALLOWED_HOSTS = ["*"]\n+{env} = "{S(v)}"\n+{env.split("_")[0]}_URL = "https://{host}"\n'


def t_tabnine(g: Gen, pv, vals) -> str:
    name, env, host, _ = pv[0]
    v = vals[0]
    return tabnine(
        f'write a unit test for the {name} client; current setup:\n    client = {name.capitalize()}Client(secret="{S(v)}", base_url="https://{host}")',
        f'Here is a pytest test that mocks the HTTP layer:\n\n```python\ndef test_ping(requests_mock):\n    requests_mock.get("https://{host}/v1/ping", json={{"ok": True}})\n    client = {name.capitalize()}Client(secret="test-secret", base_url="https://{host}")\n    assert client.ping() is True\n```\n\nNote: avoid using the real secret in tests; use a dummy value as above.',
    )


def t_history(g: Gen, pv, vals) -> str:
    name, env, host, _ = pv[0]
    v = vals[0]
    return shell(
        "history | tail -6",
        f"  981  cd ~/src/tenant-portal\n  982  git pull --rebase\n  983  export {env}='{S(v)}'\n  984  npm run sync:{name}\n  985  unset {env}\n  986  history | tail -6",
    )


def t_sql(g: Gen, pv, vals) -> str:
    rows = "\n".join(
        f"| {n:>2} | {name:<14} | {S(v)} | t       |"
        for n, ((name, _, _, _), v) in enumerate(zip(pv, vals, strict=True), 7)
    )
    return (
        "psql (16.4)\nnonprofit=> SELECT id, provider, api_secret, active FROM integration_credentials WHERE active;\n"
        + "| id | provider       | api_secret | active |\n"
        + rows
        + f"\n({len(pv)} rows)"
    )


def t_systemd(g: Gen, pv, vals) -> str:
    name, env, host, _ = pv[0]
    v = vals[0]
    return f'$ systemctl cat {name}-poller.service\n# /etc/systemd/system/{name}-poller.service\n[Unit]\nDescription=Poll {name} for new records\nAfter=network-online.target\n\n[Service]\nType=simple\nUser=poller\nEnvironment="{env}={S(v)}"\nEnvironment="POLL_URL=https://{host}/v1/changes"\nExecStart=/opt/poller/bin/poller --once\nRestart=on-failure\n\n[Install]\nWantedBy=multi-user.target'


def t_url_pw(g: Gen, pv, vals) -> str:
    name, env, host, _ = pv[0]
    v = vals[0]
    user = U("svc_" + name)
    return f"Copilot coding agent: the integration test fails because of the connection string in `.github/workflows/it.yml`:\n\n```yaml\n      env:\n        {name.upper()}_URL: https://{user}:{S(v)}@{host}/api\n```\n\nI replaced it with `${{{{ secrets.{name.upper()}_URL }}}}` and re-ran the job."


def t_de_docker(g: Gen, pv, vals) -> str:
    name, env, host, _ = pv[0]
    v = vals[0]
    return f'# Dockerfile für den Import-Job\n# Hinweis: Der Schlüssel wird hier nur für den lokalen Build gesetzt und muss vor dem Merge raus!\nFROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nENV {env}={S(v)}\nENV {name.upper()}_BASE=https://{host}\nCOPY . .\nCMD ["python", "-m", "importer"]'


def t_coding_agent(g: Gen, pv, vals) -> str:
    name, env, host, _ = pv[0]
    v = vals[0]
    return coding_agent(
        "@" + U("ioana-stoica"),
        [
            ("View repository", "aviation-ops/\n├── crew_roster/\n├── scripts/\n└── README.md"),
            (
                "Bash: grep for hard-coded keys",
                f'$ grep -rn "{name}" scripts/\nscripts/fetch_positions.sh:4:KEY="{S(v)}"\nscripts/fetch_positions.sh:5:curl -s "https://{host}/v1/flights?key=$KEY" > positions.json',
            ),
            ("Edit scripts/fetch_positions.sh", f"Read the key from `${{{env}}}` instead of the literal value."),
        ],
    )


def t_vi_code(g: Gen, pv, vals) -> str:
    name, env, host, _ = pv[0]
    v = vals[0]
    return f'// Cấu hình kết nối {name} cho hệ thống bán lẻ\n// Lưu ý: khóa bí mật chỉ dùng cho môi trường thử nghiệm\nexport const {name}Config = {{\n  baseUrl: "https://{host}",\n  secretKey: "{S(v)}",\n  retries: 2,\n}};'


def t_csv(g: Gen, pv, vals) -> str:
    rows = "\n".join(f"{name},https://{host},{S(v)},2026-12-31" for (name, _, host, _), v in zip(pv, vals, strict=True))
    return (
        copilot_call("read_file", {"filePath": "/workspace/ops/vendor-keys-export.csv"})
        + "\n"
        + copilot_result("vendor,endpoint,secret,expires\n" + rows)
    )


def t_es_mx_chat(g: Gen, pv, vals) -> str:
    name, env, host, _ = pv[0]
    v = vals[0]
    return f"oye copilot, ya generé la llave en el panel de {name} pero el SDK dice \"unauthorized\". la estoy pasando así:\n\n```ts\nconst sdk = new {name.capitalize()}({{ apiKey: '{S(v)}', region: 'us' }});\n```\n\n¿será la región?"


TEMPLATES = [
    t_codex_env,
    t_copilot_yaml,
    t_es_python,
    t_gemini_curl,
    t_devin_toml,
    t_fr_node,
    t_amazonq_compose,
    t_gha_log,
    t_nl_php,
    t_properties,
    t_terraform,
    t_go_zh,
    t_ruby_ja,
    t_openhands_cs,
    t_pr_review,
    t_uk_issue,
    t_cody_http,
    t_notebook,
    t_k8s_secret,
    t_cs_ini,
    t_rust_ro,
    t_ar_prompt,
    t_hi_prompt,
    t_tl_prompt,
    t_fi_diff,
    t_tabnine,
    t_history,
    t_sql,
    t_systemd,
    t_url_pw,
    t_de_docker,
    t_coding_agent,
    t_vi_code,
    t_csv,
    t_es_mx_chat,
]
MULTI = {t_codex_env, t_amazonq_compose, t_k8s_secret, t_sql, t_csv}


def secrets(g: Gen) -> list[tuple[str, list[str], str]]:
    out: list[tuple[str, list[str], str]] = []
    provs = list(PROVIDERS)
    i = 0
    n = 0
    while i < len(provs):
        tpl = TEMPLATES[n % len(TEMPLATES)]
        k = (2 if n % 3 else 3) if tpl in MULTI else 1
        pv = provs[i : i + k]
        i += k
        n += 1
        vals = []
        for _, _, _, shape in pv:
            v = value(g, shape)
            if tpl is t_url_pw:
                v = (
                    v.replace("@", "%40")
                    .replace("#", "%23")
                    .replace("?", "%3F")
                    .replace("/", "%2F")
                    .replace("+", "%2B")
                )
            vals.append(v)
        names = [p[0] for p in pv]
        out.append((f"holdout17:{tpl.__name__[2:]}:{'+'.join(names)}", names, tpl(g, pv, vals)))

    def add(src: str, providers: list[str], text: str) -> None:
        out.append((f"holdout17:{src}", providers, text))

    add(
        "devin-sftp-pem",
        ["pem"],
        devin(
            [
                "Reading deploy/partner-sftp/README.md",
                "The bulletin upload to the airline's SFTP uses a key stored in the repo:",
                f"$ cat deploy/partner-sftp/id_rsa\n{S(g.pem('RSA PRIVATE KEY', 10))}",
                "Moved the key to the vault path secret/ops/partner-sftp and added deploy/partner-sftp/id_rsa to .gitignore",
            ]
        ),
    )
    add("codex-openssh", ["pem"], codex_exec("cat ~/.ssh/id_ed25519_farmgw", S(g.openssh())))
    jwt = g.jwt(
        dumps(
            {"sub": "caseworker-4412", "aud": "benefits-portal", "role": "reviewer", "exp": 1795001234},
            separators=(",", ":"),
        )
    )
    add(
        "cody-jwt",
        ["jwt"],
        cody(
            f"Decode this token and tell me why the benefits API says the audience is wrong:\n\nAuthorization: Bearer {S(jwt)}",
            "The payload's `aud` claim is `benefits-portal`, but the API expects `benefits-api`. Ask the identity team to issue a token for the right audience. Treat the token you pasted as exposed.",
        ),
    )
    pw = g.password()
    add(
        "cs-password",
        ["password"],
        f'Ahoj, potřebuju se připojit k databázi realitní kanceláře z nového notebooku. Uživatel je {U("hhorakova")} a heslo {S(pw)} — jenže DBeaver hlásí "FATAL: password authentication failed". Může to být kvůli pg_hba.conf?',
    )
    pw2 = g.password()
    add(
        "mssql-conn",
        ["password"],
        f'// Leasing.Infrastructure/DbConfig.cs\npublic static class DbConfig\n{{\n    // FIXME: move to user-secrets before release\n    public const string Leases = "Server=sql-leasing-01.corp.local,1433;Database=Leases;User Id={U("lease_app")};Password={S(pw2)};TrustServerCertificate=True";\n}}',
    )
    add(
        "generic-hmac",
        ["generic"],
        pr_comment(
            "@" + U("nnamdi-eze"),
            "insurance/webhooks/verify.py",
            12,
            f'Heads-up: the HMAC signing secret for the quote webhooks is inlined here (`WEBHOOK_SIGNING_SECRET = "{S(g.s(HEX, 64))}"`). Can we load it from the environment like the others?',
        ),
    )
    pw3 = g.password()
    add(
        "ja-password",
        ["password"],
        f"VPNの接続手順をまとめました。ユーザー名は {U('s.morimoto')}、初期パスワードは {S(pw3)} です。初回ログイン後に必ず変更してください。",
    )
    add(
        "gemini-pem",
        ["pem"],
        gemini_tool("read_file", {"absolute_path": "/srv/gov-forms/certs/signing.key"}, S(g.pem("PRIVATE KEY", 12))),
    )
    return out


# ---------------------------------------------------------------------------------------------
# PII texts

STREETS = [
    ("Calle del Almendro Tardío", "29013 Villaverde del Río"),
    ("Rue des Tanneurs-Vieux", "69007 Saint-Oriel"),
    ("Kalverstraatje", "3512 KD Oudemolen"),
    ("Dlouhá Stezka", "602 00 Brnov"),
    ("Strada Fagului Roșu", "400125 Cluj-Arieș"),
    ("Vuorikatu Pieni", "33100 Lähdekylä"),
    ("Maple Hollow Road", "Bramblewood, OR 97431"),
    ("Orchard Terrace", "Kilgarran, Co. Clare"),
    ("вулиця Липова Алея", "79005 Старий Гай"),
    ("Jalan Cempaka Lama", "40115 Sukamekar"),
    ("Rua das Laranjeiras Velhas", "4050-321 Vila Nova de Seixo"),
    ("Sitio Mangahan, Purok", "4027 Bayan ng Malinao"),
]
CITIES_DOMAINS = [
    "hanseatic-insure.example.net",
    "brightharvest.coop",
    "verdant-press.org",
    "skylane-aero.com",
    "civicdesk.gov.example",
    "oakleaf-realty.com",
    "pennywise-pos.io",
    "kindred-relief.org",
]


def addr(g: Gen) -> str:
    street, city = g.rng.choice(STREETS)
    num = g.rng.randint(2, 188)
    if street.startswith(("Rue", "Calle", "Strada", "Rua", "вулиця", "Jalan", "Sitio")):
        return f"{street} {num}, {city}" if not street.startswith("Rue") else f"{num} {street}, {city}"
    return f"{street} {num}, {city}" if not street.endswith(("Road", "Terrace")) else f"{num} {street}, {city}"


def phone(g: Gen, cc: str) -> str:
    d = lambda n: g.s(DIGITS, n)  # noqa: E731
    return {
        "es": f"+34 6{d(2)} {d(3)} {d(3)}",
        "fr": f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",
        "nl": f"+31 6 {d(4)} {d(4)}",
        "cz": f"+420 7{d(2)} {d(3)} {d(3)}",
        "ro": f"+40 7{d(2)} {d(3)} {d(3)}",
        "fi": f"+358 40 {d(3)} {d(4)}",
        "us": f"({g.rng.randint(201, 989)}) {g.rng.randint(201, 989)}-{d(4)}",
        "ua": f"+380 67 {d(3)} {d(2)} {d(2)}",
        "in": f"+91 9{d(4)} {d(5)}",
        "ph": f"+63 917 {d(3)} {d(4)}",
        "jp": f"090-{d(4)}-{d(4)}",
        "ng": f"+234 803 {d(3)} {d(4)}",
    }[cc]


def mail(first: str, last: str, dom: str) -> str:
    f = "".join(ch for ch in first.lower() if ch.isascii() and (ch.isalpha() or ch == "-"))
    la = "".join(ch for ch in last.lower() if ch.isascii() and ch.isalpha())
    return f"{f}.{la}@{dom}"


def dob(g: Gen, fmt: str = "iso") -> str:
    y, mth, d = g.rng.randint(1951, 2003), g.rng.randint(1, 12), g.rng.randint(1, 28)
    return {
        "iso": f"{y}-{mth:02d}-{d:02d}",
        "eu": f"{d:02d}.{mth:02d}.{y}",
        "us": f"{mth:02d}/{d:02d}/{y}",
        "sl": f"{d:02d}/{mth:02d}/{y}",
    }[fmt]


def ssn(g: Gen) -> str:
    return f"{g.rng.randint(101, 665)}-{g.rng.randint(10, 99)}-{g.rng.randint(1000, 9999)}"


def pii_items(g: Gen, k: int) -> tuple[str, str]:
    f, la = person(g)
    name = f"{f} {la}"
    dom = g.rng.choice(CITIES_DOMAINS)
    kind = k % 22
    if kind == 0:
        return (
            "signature-es",
            f"Buenas tardes equipo,\n\nadjunto el parche para el cálculo de la prima del seguro de hogar; los tests pasan en local.\n\nUn saludo,\n{P(name)}\nAnalista de Suscripción · Hanseatic Seguros\nTel. {T(phone(g, 'es'))} · {E(mail(f, la, dom))}",
        )
    if kind == 1:
        return "payroll-csv", copilot_result(
            f"employee_id,full_name,dob,ssn,bank_routing,net_pay\nE-20417,{P(name)},{D(dob(g, 'us'))},{m_ssn(g)},021000021,2841.55\nE-20418,{P(' '.join(person(g)))},{D(dob(g, 'us'))},{m_ssn(g)},121000358,3120.10"
        )
    if kind == 2:
        return "claim-json", codex_exec(
            "jq '.claimant' fixtures/claim_88213.json",
            dumps(
                {
                    "name": P(name),
                    "date_of_birth": D(dob(g)),
                    "address": A(addr(g)),
                    "phone": T(phone(g, "fr")),
                    "policy": "HAB-2026-004417",
                },
                indent=2,
            ),
        )
    if kind == 3:
        card = luhn_complete("4", 16, g)
        return (
            "pos-receipt",
            f"[POS-TERM-07] 2026-11-18 17:42:09 loyalty lookup ok\n  member: {P(name)} <{E(mail(f, la, dom))}>\n  card on file: {C(grouped(card))}\n  points: 1,204\n  basket: 3 items, total 48.20 EUR",
        )
    if kind == 4:
        h = handle(f, la)
        return "git-log", shell(
            "git log -3 --format='%h %an <%ae> %s'",
            f"a91c3e0 {P(name)} <{E(mail(f, la, 'verdant-press.org'))}> epub: fix footnote anchors in chapter 12\n7d20b4f {P(name)} <{E(h + '@users.noreply.github.com')}> ci: cache pandoc\n33fe812 dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com> Bump lxml from 5.2.1 to 5.3.0",
        )
    if kind == 5:
        h = handle(f, la)
        return (
            "path-trace",
            f'Traceback (most recent call last):\n  File "/home/{U(h)}/projects/crop-yield/train.py", line 41, in <module>\n    df = pd.read_parquet("/home/{U(h)}/data/fields_2026.parquet")\nFileNotFoundError: [Errno 2] No such file or directory: \'/home/{U(h)}/data/fields_2026.parquet\'',
        )
    if kind == 6:
        card = luhn_complete("5", 16, g)
        return (
            "donor-crm",
            f"Donor record (exported from the fundraising CRM):\nName: {P(name)}\nEmail: {E(mail(f, la, 'kindred-relief.org'))}\nPhone: {T(phone(g, 'us'))}\nMailing address: {A(addr(g))}\nRecurring gift: $25/month, card {C(card)}",
        )
    if kind == 7:
        return (
            "manifest",
            f"PAX MANIFEST SKL418 LIS-FNC 19NOV\nSEQ NAME                         DOB         SEAT\n001 {P(la.upper() + '/' + f.upper())}  {D(dob(g, 'sl'))}  12A\n002 {P('/'.join(reversed(person(g))).upper())}  {D(dob(g, 'sl'))}  12B\n003 INFANT ON LAP OF 002",
        )
    if kind == 8:
        return (
            "lease-nl",
            f"Huurovereenkomst — concept\n\nHuurder: {P(name)}\nAdres gehuurde woning: {A(addr(g))}\nTelefoon: {T(phone(g, 'nl'))}\nIBAN voor automatische incasso: {I(iban('NL', 'RABO' + g.s(DIGITS, 10)))}\n\nKun je dit veld-mapping in het formulier controleren? De IBAN komt niet goed door de validatie.",
        )
    if kind == 9:
        return "gov-form", amazonq(
            f'why does the validator reject this test payload?\n{{"applicant": "{P(name)}", "ssn": "{m_ssn_raw(g)}", "dob": "{D(dob(g))}", "home_address": "{A(addr(g))}"}}',
            "The `dob` must be `MM/DD/YYYY` for this form version; the SSN and name fields pass. Please use synthetic data for tests rather than a real applicant's record.",
        )
    if kind == 10:
        return (
            "chat-uk",
            f"[09:12] {P(name)}: Привіт! Скинь, будь ласка, номер Олени, треба узгодити графік змін.\n[09:14] {P(' '.join(person(g)))}: {T(phone(g, 'ua'))}, вона до обіду на складі.\n[09:15] {P(name)}: Дякую 🙏",
        )
    if kind == 11:
        return (
            "ticket",
            f'#48213 "Cannot download my invoice" — priority normal\nRequester: {P(name)} ({E(mail(f, la, "gmail.com"))})\nOrg: Oakleaf Realty\n\nHi, since Tuesday the PDF link in the portal gives a blank page. My callback number is {T(phone(g, "us"))}.\n\n-- internal note: reproduced in Safari 18 only',
        )
    if kind == 12:
        return (
            "hr-ro",
            f"Fișă angajat (export din aplicația HR, mediu de test copiat din producție — de anonimizat!)\nNume: {P(name)}\nData nașterii: {D(dob(g, 'eu'))}\nAdresă: {A(addr(g))}\nTelefon: {T(phone(g, 'ro'))}\nIBAN salariu: {I(iban('RO', 'BTRL' + g.s(UPNUM, 16)))}",
        )
    if kind == 13:
        return (
            "medical-fi",
            f"Potilastiedot (kuvitteellinen testitapaus, mutta näyttää oikealta — poistetaanko?)\nNimi: {P(name)}\nSyntymäaika: {D(dob(g, 'eu'))}\nOsoite: {A(addr(g))}\nPuhelin: {T(phone(g, 'fi'))}\nDiagnoosi: J45.9 astma",
        )
    if kind == 14:
        return (
            "invoice-fr",
            f"FACTURE N° 2026-1187\nÉditions Verdant — droits d'auteur T3\nBénéficiaire : {P(name)}\n{A(addr(g))}\nIBAN : {I(grouped(iban('FR', g.s(DIGITS, 10) + g.s(UPNUM, 11) + g.s(DIGITS, 2))))}\nMontant : 1 842,00 €",
        )
    if kind == 15:
        return (
            "farmer-hi",
            f"किसान पंजीकरण सूची (export):\nनाम: {P(name)}\nमोबाइल: {T(phone(g, 'in'))}\nपता: {A(addr(g))}\nफसल: गेहूं, 3.2 हेक्टेयर\n\ncopilot इस CSV को parse करने वाला function लिखो, मोबाइल नंबर validate भी करना।",
        )
    if kind == 16:
        h = handle(f, la)
        return "devin-ssh", devin(
            [
                f"Connected as {U(h)} to bastion-02",
                f"$ last -n 2\n{U(h)}  pts/0  {IP(f'{g.rng.randint(77, 94)}.{g.rng.randint(1, 254)}.{g.rng.randint(1, 254)}.{g.rng.randint(2, 254)}')}  Tue Nov 18 21:04   still logged in",
                "Listed crontab entries, nothing scheduled for the poller",
            ]
        )
    if kind == 17:
        return (
            "tl-chat",
            f"Hi po! Pa-update lang po ng record ng policyholder: si {P(name)}, bagong number niya ay {T(phone(g, 'ph'))} at email {E(mail(f, la, 'yahoo.com'))}. Salamat po!",
        )
    if kind == 18:
        return (
            "ja-member",
            f"会員情報の移行テストで文字化けします。元データ:\n氏名: {P(name)}\n生年月日: {D(dob(g, 'iso'))}\n電話: {T(phone(g, 'jp'))}\nメール: {E(mail(f, la, 'example-mail.jp'))}",
        )
    if kind == 19:
        return (
            "cz-crm",
            f"SELECT jmeno, email, telefon FROM zakaznici WHERE id = 5521;\n jmeno            | email                        | telefon\n------------------+------------------------------+-----------------\n {P(name)} | {E(mail(f, la, 'seznam.cz'))} | {T(phone(g, 'cz'))}\n(1 řádek)",
        )
    if kind == 20:
        return "pr-author", pr_comment(
            "@" + U(handle(f, la)),
            "hr/onboarding/forms.py",
            77,
            f"Small thing: the sample in the docstring still uses my real details ({P(name)}, {E(mail(f, la, 'oakleaf-realty.com'))}). Could you swap in a placeholder before we merge?",
        )
    return (
        "zh-support",
        f"客户反馈：会员积分没有到账。\n客户姓名：{P(name)}\n联系电话：{T(phone(g, 'ng'))}\n收货地址：{A(addr(g))}\n请帮我查一下 loyalty-service 的日志。",
    )


def m_ssn(g: Gen) -> str:
    from _markup import m

    return m("US_SSN", ssn(g))


def m_ssn_raw(g: Gen) -> str:
    return m_ssn(g)


def pii(g: Gen) -> list[tuple[str, str]]:
    out = []
    for k in range(66):
        src, text = pii_items(g, k)
        out.append((f"holdout17:{src}", text))
    return out


# ---------------------------------------------------------------------------------------------
# negatives: look sensitive, are not


def neg_items(g: Gen, k: int) -> tuple[str, str]:
    sha = g.s(HEX, 40)
    short = sha[:7]
    uid = g.uuid()
    kind = k % 21
    if kind == 0:
        return "git-log", shell(
            "git log --oneline -4",
            f"{short} fix(pos): round VAT per line, not per basket\n{g.s(HEX, 7)} chore: bump stripe-mock to 0.188.0\n{g.s(HEX, 7)} test: add fixtures for refund flow\n{g.s(HEX, 7)} Merge pull request #512 from acme-retail/release/4.2",
        )
    if kind == 1:
        return "env-example", codex_exec(
            "cat .env.example",
            "# copy to .env and fill in\nNOTIFY_API_KEY=<your-notify-key>\nPLANHAT_API_TOKEN=changeme\nYARDI_PASSWORD=xxxxxxxx\nDATABASE_URL=postgres://user:password@localhost:5432/app\nSENTRY_DSN=",
        )
    if kind == 2:
        return (
            "lockfile",
            f'"node_modules/@tanstack/react-query": {{\n  "version": "5.59.{g.rng.randint(0, 20)}",\n  "resolved": "https://registry.npmjs.org/@tanstack/react-query/-/react-query-5.59.0.tgz",\n  "integrity": "sha512-{g.b64(64)}",\n  "license": "MIT"\n}}',
        )
    if kind == 3:
        return (
            "docker-pull",
            f"$ docker pull ghcr.io/acme-agri/field-sync:2.3.1\n2.3.1: Pulling from acme-agri/field-sync\n{g.s(HEX, 12)}: Pull complete\n{g.s(HEX, 12)}: Pull complete\nDigest: sha256:{g.s(HEX, 64)}\nStatus: Downloaded newer image for ghcr.io/acme-agri/field-sync:2.3.1",
        )
    if kind == 4:
        return (
            "es-review",
            f"Revisé el PR y el único cambio en la migración es el índice sobre `policy_id` (UUID, p. ej. `{uid}`). El resto son renombres: `calcularPrima` → `calcular_prima_hogar`. No veo datos personales ni claves en el diff.",
        )
    if kind == 5:
        return (
            "docs-placeholder",
            '## Configuración\n\n1. Crea una clave en el panel del proveedor.\n2. Exporta la variable:\n\n```bash\nexport OAG_SUBSCRIPTION_KEY="<tu-clave-aquí>"\n```\n\n3. Ejecuta `make sync`. Si ves `401`, revisa que no quede el valor `YOUR_KEY_HERE` del ejemplo.',
        )
    if kind == 6:
        return "gemini-ls", gemini_tool(
            "list_directory",
            {"path": "/workspace/claims-portal"},
            "Directory listing for /workspace/claims-portal:\n[DIR] .github\n[DIR] src\n[DIR] tests\n.env.example\nDockerfile\nREADME.md\npackage.json\ntsconfig.json",
        )
    if kind == 7:
        return (
            "pytest",
            f"============================= test session starts ==============================\nplatform linux -- Python 3.12.7, pytest-8.3.3, pluggy-1.5.0\nrootdir: /workspace/payroll-export\ncollected 48 items\n\ntests/test_gross_to_net.py ............                                   [ 25%]\ntests/test_export_csv.py ....................................           [100%]\n\n============================== 48 passed in 3.{g.rng.randint(10, 99)}s ==============================",
        )
    if kind == 8:
        return (
            "uuid-migration",
            f"-- V42__add_listing_uuid.sql\nALTER TABLE listings ADD COLUMN public_id uuid NOT NULL DEFAULT gen_random_uuid();\nCREATE UNIQUE INDEX listings_public_id_idx ON listings (public_id);\n-- example: SELECT * FROM listings WHERE public_id = '{uid}';",
        )
    if kind == 9:
        return (
            "ja-explain",
            f"このエラーは `checksum mismatch` で、ダウンロードしたアーカイブの SHA-256（`{g.s(HEX, 64)}`）が期待値と違うことを意味します。キャッシュを削除して再取得してください。",
        )
    if kind == 10:
        return "copilot-search", copilot_call(
            "grep_search", {"query": "API_KEY", "isRegexp": False, "includePattern": "src/**/*.ts"}
        ) + "\n" + copilot_result(
            "src/config.ts:12: export const TELESIGN_API_KEY = process.env.TELESIGN_API_KEY ?? '';\nsrc/config.ts:13: export const WATI_ACCESS_TOKEN = process.env.WATI_ACCESS_TOKEN ?? '';\nsrc/notify.ts:4: import { TELESIGN_API_KEY } from './config';"
        )
    if kind == 11:
        return (
            "uk-note",
            f"Реліз 4.2.0 зібрано з коміту {sha}. Контрольна сума артефакту: sha256 {g.s(HEX, 64)}. Чейнджлог у CHANGELOG.md, розділ «Виправлення».",
        )
    if kind == 12:
        return (
            "k8s-get",
            f"$ kubectl -n pos get pods\nNAME                            READY   STATUS    RESTARTS   AGE\npos-sync-{g.s(LOWNUM, 10)}-{g.s(LOWNUM, 5)}   1/1     Running   0          3h12m\npos-sync-{g.s(LOWNUM, 10)}-{g.s(LOWNUM, 5)}   1/1     Running   1          3h12m\nredis-0                         1/1     Running   0          9d",
        )
    if kind == 13:
        return (
            "test-fixture",
            '# tests/fixtures/applicant.py — synthetic, never real people\nAPPLICANT = {\n    "name": "Test Applicant",\n    "email": "applicant@example.com",\n    "ssn": "XXX-XX-XXXX",\n    "phone": "+1 555 0100",\n    "address": "123 Example Street, Anytown",\n}',
        )
    if kind == 14:
        return (
            "ar-explain",
            f"المعرّف `{uid}` هو رقم الطلب الداخلي وليس بيانات شخصية، ويمكن تسجيله في السجلات. أما رمز الالتزام `{short}` فهو يشير إلى النسخة التي نشرناها أمس.",
        )
    if kind == 15:
        return "tabnine-refactor", tabnine(
            "rename getApiKey to resolveApiKey across the module",
            "Done. Updated 6 references:\n- `src/auth/resolveApiKey.ts`\n- `src/clients/oag.ts` (uses `resolveApiKey('oag')`)\n- `src/clients/sita.ts`\n- tests updated; the mock still returns the dummy string `\"test-key\"`.",
        )
    if kind == 16:
        return (
            "cargo",
            f"   Compiling serde v1.0.{g.rng.randint(200, 215)}\n   Compiling reqwest v0.12.{g.rng.randint(1, 9)}\n   Compiling farm-sync v0.4.0 (/workspace/farm-sync)\n    Finished `release` profile [optimized] target(s) in 41.{g.rng.randint(10, 99)}s",
        )
    if kind == 17:
        return (
            "http-public",
            'GET /v1/airports/LIS HTTP/1.1\nHost: api.example.com\nAccept: application/json\n\nHTTP/1.1 200 OK\nContent-Type: application/json\nETag: "'
            + g.s(HEX, 32)
            + '"\n\n{"iata":"LIS","name":"Humberto Delgado Airport","city":"Lisbon","tz":"Europe/Lisbon"}',
        )
    if kind == 18:
        return (
            "nl-review",
            f"Ik heb de build van commit {short} bekeken: alleen versie-bumps (Django 5.1.3 → 5.1.4, psycopg 3.2.3). Geen geheimen in de diff; de `SECRET_KEY` komt uit `os.environ`.",
        )
    if kind == 19:
        return "openhands-pip", openhands(
            "pip install -r requirements.txt",
            "Collecting fastapi==0.115.4\nCollecting pydantic==2.9.2\nCollecting httpx==0.27.2\nSuccessfully installed fastapi-0.115.4 httpx-0.27.2 pydantic-2.9.2 starlette-0.41.2",
        )
    return (
        "zh-readme",
        "## 快速开始\n\n1. 复制 `.env.example` 为 `.env`\n2. 将 `PLANETLABS_API_KEY` 设置为你自己的密钥（示例值 `your-api-key` 无效）\n3. 运行 `docker compose up`\n\n示例数据来自公开数据集 Sentinel-2，无任何个人信息。",
    )


STATIC_NEG = {1, 5, 6, 10, 13, 15, 19, 20}


def neg_extra(g: Gen, k: int) -> tuple[str, str]:
    kind = k % 8
    if kind == 0:
        return "cody-explain", cody(
            "what does the `x-request-id` header do in our gateway?",
            f"It is a correlation id, generated per request as a UUID v4 (for example `{g.uuid()}`), and copied into every log line so you can follow one request across the POS, loyalty and payment services. It carries no user data.",
        )
    if kind == 1:
        return (
            "helm-values",
            '# values.yaml (defaults; real values come from the sealed secret)\nimage:\n  repository: ghcr.io/acme-realty/listings-api\n  tag: "3.8.0"\nsecrets:\n  existingSecret: listings-api-secrets\n  zillowTokenKey: ZILLOW_BRIDGE_TOKEN\nresources:\n  limits: {cpu: 500m, memory: 512Mi}',
        )
    if kind == 2:
        return (
            "cs-commit",
            f"Oprava výpočtu nájemného: commit {g.s(HEX, 40)} přidává test pro přestupný rok. Žádné citlivé údaje, jen konstanty `DNY_V_ROCE = 365` a `SAZBA_DPH = 0.21`.",
        )
    if kind == 3:
        return (
            "ro-ci",
            f"Pipeline #{g.rng.randint(4000, 9000)} a trecut: lint ✓, teste unitare ✓ (212), build imagine ✓ (digest sha256:{g.s(HEX, 64)}). Nu am găsit chei în cod; variabila `SITA_API_KEY` este citită din secretele GitHub.",
        )
    if kind == 4:
        return (
            "fi-readme",
            '### Asennus\n\n```bash\npip install pessl-fieldclimate==1.4.2\nexport FIELDCLIMATE_PUBLIC_KEY="<julkinen-avain>"\nexport FIELDCLIMATE_PRIVATE_KEY="<yksityinen-avain>"\n```\n\nArvot löytyvät FieldClimate-palvelun asetuksista. Älä tallenna niitä repositorioon.',
        )
    if kind == 5:
        return (
            "tl-explain",
            f"Ang `{g.s(HEX, 7)}` ay commit hash lang, hindi password. Yung `{g.uuid()}` naman ay ID ng order sa database — walang personal na impormasyon dito.",
        )
    if kind == 6:
        return "amazonq-sql", amazonq(
            "explain this query",
            "```sql\nSELECT region, COUNT(*) AS policies, AVG(premium_eur) AS avg_premium\nFROM policies\nWHERE status = 'active' AND product = 'HOME_PLUS'\nGROUP BY region\nORDER BY policies DESC;\n```\n\nIt counts active HOME_PLUS policies per region and the average premium; no customer columns are selected.",
        )
    return (
        "hi-explain",
        f"ये `sha256:{g.s(HEX, 64)}` image का digest है, कोई secret नहीं। इसे deploy manifest में pin करना सही तरीका है ताकि हर बार वही build चले।",
    )


def negatives(g: Gen) -> list[tuple[str, str]]:
    out = []
    extra = 0
    for k in range(42):
        if k >= 21 and k % 21 in STATIC_NEG:
            src, text = neg_extra(g, extra)
            extra += 1
        else:
            src, text = neg_items(g, k)
        out.append((f"holdout17:{src}", text))
    return out
