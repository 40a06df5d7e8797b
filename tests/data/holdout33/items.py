# ruff: noqa: E501, RUF001  -- item tables hold whole texts on one line; foreign letters are intended.
"""Thirty-third held-out set, written blind (see README.md). Domains: veterinary clinics, fisheries
and aquaculture, textile and garment factories, courts and legal aid, railways and metro operators,
museums/archives/libraries, hair and beauty salons, agricultural co-operatives and grain elevators.
Providers N-Z that no earlier set used.
"""

from __future__ import annotations

import json

from _markup import IP, A, C, D, E, I, P, S, T, U, cat_n, diff, edit_file, m, openai_call
from _values import ALNUM, DIGITS, HEX, HEXU, LOWNUM, UPNUM, Gen, iban, luhn_complete

B64URL = ALNUM + "-_"
LOWER = "abcdefghijklmnopqrstuvwxyz"


def dumps(obj: object, **kw: object) -> str:
    kw.setdefault("ensure_ascii", False)
    return json.dumps(obj, **kw)  # type: ignore[arg-type]


def N(value: str) -> str:
    """A national id number (labelled as the closest gold label, US_SSN only for US numbers)."""
    return m("US_SSN", value)


# carriers ------------------------------------------------------------------------------------

def pr_body(title: str, body: str) -> str:
    """A Copilot coding agent pull request description."""
    return f"## {title}\n\n_Opened by Copilot coding agent on behalf of @maintainer_\n\n{body}"


def setup_log(step: str, out: str) -> str:
    """A copilot-setup-steps.yml job log line block."""
    return f"2026-11-26T08:14:{len(step) % 60:02d}.4411Z ##[group]Run {step}\n{out}\n##[endgroup]"


def audit_ndjson(*rows: dict[str, object]) -> str:
    """Copilot audit-log stream to S3/GCS/Datadog: one JSON object per line."""
    return "\n".join(dumps(r) for r in rows)


def cli(prompt: str, body: str) -> str:
    """GitHub Copilot CLI interactive session."""
    return f"> {prompt}\n\n● {body}"


def allow_tool(cmd: str, out: str) -> str:
    return f"copilot --allow-tool 'shell(*)' -p \"fix the build\"\n✓ shell: {cmd}\n  ↪ {out}"


def jb(question: str, answer: str) -> str:
    return f"### Me\n{question}\n\n### GitHub Copilot\n{answer}"


def nvim(body: str) -> str:
    return f"## CopilotChat.nvim ─ gpt-4.1\n{body}"


def space(name: str, q: str, a: str) -> str:
    return f"Copilot Space · {name}\n> {q}\n\n{a}"


def codex(payload: dict[str, object]) -> str:
    """A line of ~/.codex/sessions/2026/11/26/rollout-*.jsonl."""
    return dumps({"timestamp": "2026-11-26T10:02:41.118Z", "type": "response_item", "payload": payload})


def cursor(body: str) -> str:
    return f"Cursor Agent ▸ {body}"


def windsurf(body: str) -> str:
    return f"Cascade | Write mode\n{body}"


def cody(q: str, a: str) -> str:
    return f"@cody {q}\n\nCody: {a}"


def tabby(prompt: str, answer: str) -> str:
    return dumps({"event": "chat_completion", "tabby_version": "0.32.0", "prompt": prompt, "answer": answer})


def refact(tool: str, result: str) -> str:
    return dumps({"role": "tool", "tool_name": tool, "content": result})


def sweep(body: str) -> str:
    return f"Sweep: I'm working on this issue.\n\n{body}"


def qodo(q: str, a: str) -> str:
    return f"Qodo Gen ─ /ask {q}\n\n{a}"


def trae(body: str) -> str:
    return f"[Trae Builder] {body}"


def void(body: str) -> str:
    return f"Void ⟩ agent\n{body}"


def devin(body: str) -> str:
    return f"Devin · session 9ac1\n{body}"


def openhands(cmd: str, out: str) -> str:
    return dumps({"id": 31, "source": "agent", "action": "run", "args": {"command": cmd}}) + "\n" + dumps({"id": 32, "source": "environment", "observation": "run", "content": out})


def swe_agent(cmd: str, out: str) -> str:
    return f"DISCUSSION\nLet me look at the config.\n```\n{cmd}\n```\nOBSERVATION:\n{out}"


def goose(recipe: str) -> str:
    return f"# goose recipe\n{recipe}"


def mcp(text: str) -> str:
    return dumps({"jsonrpc": "2.0", "id": 7, "result": {"content": [{"type": "text", "text": text}], "isError": False}})


def twice(name: str, args: dict[str, object]) -> str:
    inner = dumps({"type": "function", "function": {"name": name, "arguments": dumps(args)}})
    return dumps({"event": "tool_call", "raw": inner})


def card4(number: str) -> str:
    return " ".join(number[i : i + 4] for i in range(0, len(number), 4))


def secrets(g: Gen) -> list[tuple[str, list[str], str]]:
    out: list[tuple[str, list[str], str]] = []

    def add(p: str, t: str, providers: list[str] | None = None) -> None:
        out.append((f"holdout33:{p}", providers or [p], t))

    # veterinary clinics ----------------------------------------------------------------------
    add("vetspire", f"VETSPIRE_GRAPHQL_URL=https://api.vetspire.com/graphql\nVETSPIRE_API_KEY={S(g.mixed(ALNUM, 40))}\nCLINIC_LOCATION_ID=7731\n# nightly appointment export for the reminder job")
    add("vetstoria", pr_body("Move Vetstoria booking widget key out of the template", f"The partner key was inlined in `templates/book.html`:\n\n```html\n<script src=\"https://widget.vetstoria.com/v2/loader.js\" data-partner-key=\"{S(g.s(HEX, 32))}\"></script>\n```\n\nThis PR reads it from `settings.VETSTORIA_PARTNER_KEY` and adds it to the deployment secrets. Please rotate the old key; it is in the git history."))
    add("petdesk", f"[petdesk]\nbase_url = https://partner-api.petdesk.com/v1\nclient_id = greenfield-animal-hosp\nclient_secret = {S(g.mixed(ALNUM, 48))}\nsync_interval_min = 15")
    add("scratchpay", f"$ curl -s -X POST https://api.scratchpay.com/v1/payment-links -u '{S('sk_live_' + g.s(LOWNUM, 32))}:' -d amount=48500 -d clinic=rivervale\n{{\"id\":\"pl_8mz1\",\"status\":\"created\",\"url\":\"https://pay.scratchpay.com/l/8mz1\"}}")
    add("provet-cloud", jb("Why does the Provet Cloud sync return 401 since Monday?", f"Your `application.yml` still has the old token:\n\n```yaml\nprovet:\n  base-url: https://provetcloud.com/4821/api/0.1/\n  token: {S(g.s(HEX, 40))}\n```\n\nProvet Cloud tokens are per user; the user `sync-bot` was deactivated on Monday. Create a new integration user and token, and keep it in the secret store instead of the yml."))
    add("vetsource", f"# vetsource_orders.rb\nVetsource.configure do |c|\n  c.practice_id = \"VS-20931\"\n  c.api_secret  = \"{S(g.mixed(ALNUM, 36))}\"\nend")
    add("rhapsody-vet", f"Hola equipo, para la integración con Rhapsody (clínica veterinaria de Triana) la clave de API es {S('rhp_' + g.s(LOWNUM, 40))}. La he pegado aquí solo para que recepción la cargue en el panel; borradla después, porfa.")
    add("otto-vet", f"- name: Sync Otto reminders\n  run: node scripts/otto-sync.js\n  env:\n    OTTO_API_KEY: {S(g.mixed(ALNUM, 32))}\n    OTTO_PRACTICE: northside-vets")
    add("petsapp", nvim(f"The PetsApp webhook handler verifies the signature with a hard-coded secret:\n\n```go\nconst petsappSigningSecret = \"{S('whsec_' + g.b64(24).rstrip('='))}\"\n```\n\nMove it to `os.Getenv(\"PETSAPP_SIGNING_SECRET\")`."))
    add("televet", cursor(f"Reading `.env.local`\n```\nTELEVET_CLIENT_ID=tv-clinic-4411\nTELEVET_CLIENT_SECRET={S(g.mixed(ALNUM, 44))}\nTELEVET_REGION=eu\n```\nThese look like live credentials; I won't echo them into the README."))
    add("vitusvet", f"VitusVet yönetim panelinden aldığım API anahtarı: {S(g.s(HEXU, 32))} — bunu lütfen GitHub secrets'a ekle, config.yaml'a değil. Klinik: Kadıköy Pati Veteriner.")
    add("vetcove", f"vetcove:\n  endpoint: https://www.vetcove.com/api/v1\n  user: {U('orders@hillside-vet.co.uk')}\n  password: {S('Whisker&Paws2024')}")
    add("pulsevet", openhands("cat config/pulsevet.json", dumps({"pulsevet": {"server": "pv-db01.clinic.local", "api_user": U("bridge"), "api_key": S(g.mixed(ALNUM, 30))}}, indent=2)))
    add("shepherd-vet", f"# Shepherd Veterinary Software — export job\nexport SHEPHERD_TOKEN='{S('shp_' + g.mixed(ALNUM, 36))}'\npython export_invoices.py --since 2026-11-01")
    add("zoetis-vetscan", f"<VetscanConfig>\n  <Analyzer model=\"HM5\" serial=\"HM5-22981\"/>\n  <Cloud url=\"https://vetscan.zoetis.com/api\" apiKey=\"{S(g.uuid())}\"/>\n</VetscanConfig>")
    add("vettrak", f"VetTrak-kirjautuminen vastaanoton tabletille: käyttäjä {U('vastaanotto2')} / salasana {S('Kissa-Koira-2025')}. Älä laita tätä Slackiin uudestaan.")
    add("nectarvet", f"const client = new NectarVet({{\n  apiKey: process.env.NECTARVET_KEY ?? \"{S('nv_live_' + g.s(LOWNUM, 32))}\",\n  clinicId: 118,\n}});")
    add("petlink", f"$ petlink-cli microchip lookup 985141000123456 --token {S(g.s(HEX, 48))}\nChip 985141000123456: registered (PetLink), owner contact on file")
    add("weave-vet", f"WEAVE_API_BASE=https://api.weaveconnect.com\nWEAVE_LOCATION_ID={g.uuid()}\nWEAVE_API_TOKEN={S(g.mixed(ALNUM, 64))}")
    add("petvisor", cody("where is the Petvisor key set?", f"In `src/integrations/petvisor.ts` line 9: `const PETVISOR_KEY = \"{S(g.s(UPNUM, 24))}\";`. It should come from the env; I can make that change."))

    # fisheries and aquaculture ---------------------------------------------------------------
    add("scaleaq", f"[scaleaq]\n# ScaleAQ Fishtalk Control — feeding data\nbase = https://api.scaleaq.com/fishtalk/v2\nclient_id = merd-sync\nclient_secret = {S(g.mixed(ALNUM, 40))}")
    add("observe-tech", codex({"type": "function_call_output", "call_id": "call_a81", "output": f"OBSERVE_API_URL=https://api.observe.tech/v1\nOBSERVE_API_KEY={S(g.s(HEX, 48))}\nPEN_IDS=7,8,11"}))
    add("oceanbox", f"Oceanbox Platform — thông tin đăng nhập cho trại tôm Cà Mau:\nuser: {U('trai.camau')}\nmật khẩu: {S('TomSu@2026!')}\nĐừng chia sẻ ra ngoài nhóm kỹ thuật.")
    add("salmonscan", f"import salmonscan\n\ncli = salmonscan.Client(api_key=\"{S('ssc_' + g.mixed(ALNUM, 40))}\")\nfor pen in cli.cells(site=\"ehime-uwajima\"):\n    print(pen.feeding_rate)")
    add("thalos", f"thalos:\n  vms_endpoint: https://vms.thalos.io/api\n  vessel: FV-ANDORINHA\n  api_key: \"{S(g.s(HEX, 40))}\"")
    add("seafoodsource", f"curl -H 'Authorization: Token {S(g.s(HEX, 40))}' 'https://api.seafoodsource.com/v1/prices?species=pangasius'")
    add("pelagic-data", windsurf(f"I found the Pelagic Data Systems credentials in `etl/pds_pull.py`:\n```python\nPDS_USER = \"{U('coop-fleet-api')}\"\nPDS_PASSWORD = \"{S('Longline#Tuna88')}\"\n```\nI'll move both to `.env` and add `.env` to `.gitignore`."))
    add("sealab", f"Sealab 的 API 金鑰不要再貼在群組裡了：{S(g.mixed(ALNUM, 32))}。我已經把它加到 GitHub Actions secret，請到後台重新產生一把新的。")
    add("nofima", f"$ export NOFIMA_DATAHUB_TOKEN={S(g.b64(36, urlsafe=True))}\n$ python fetch_lice_counts.py --site 12345\nfetched 212 rows")
    add("yieldx", f"apiVersion: v1\nkind: Secret\nmetadata:\n  name: yieldx-credentials\n  namespace: hatchery\ntype: Opaque\nstringData:\n  YIELDX_API_KEY: {S(g.mixed(ALNUM, 40))}")
    add("tidal-x", f"Tidal (X) Ocean Platform access for the Bergen trial: token `{S('tdl_' + g.s(B64URL, 43))}` expires 2027-01-31. Stored in 1Password vault Aquaculture.")
    add("nautilus-fish", f"{{\"provider\": \"nautilus\", \"tenant\": \"kystfisk\", \"apiKey\": \"{S(g.s(HEXU, 40))}\", \"pollSeconds\": 60}}")
    add("stim-fishtalk", setup_log("./scripts/fishtalk-smoke.sh", f"+ curl -sf -u {U('cmsystem')}:{S('Merd!Fjord2023')} https://fishtalk.example-farm.no/api/status\n{{\"cages\":12,\"ok\":true}}"))

    # textile and garment factories -------------------------------------------------------------
    add("tukatech", f"TUKA_LICENSE_SERVER=lic.tukatech.com:27000\nTUKA_CLOUD_USER={U('pattern.room3')}\nTUKA_CLOUD_PASSWORD={S('Selvedge-Denim-12')}")
    add("optitex", f"Optitex PDS cloud eka baada ya kubadilisha: API key mpya ni {S(g.s(HEX, 32))}. Tafadhali usiiweke kwenye repo — iweke kwenye vault ya kiwanda cha Arusha.")
    add("sewport", qodo("why is the Sewport quote sync failing?", f"`services/sewport.py` builds the header with `{{\"X-Api-Key\": \"{S(g.mixed(ALNUM, 32))}\"}}` — that key was revoked when the account moved to the Pro plan. Load a fresh one from `SEWPORT_API_KEY`."))
    add("sourcemap", f"sourcemap:\n  # supply chain traceability — cotton lots\n  api_base: https://api.sourcemap.com/v3\n  api_token: {S('smp_' + g.s(LOWNUM, 40))}\n  organization: 5521")
    add("retraced", f"RETRACED_CLIENT_ID=garment-co-porto\nRETRACED_CLIENT_SECRET={S(g.mixed(ALNUM, 50))}\nRETRACED_ENV=production")
    add("oritain", f"POST /v2/samples HTTP/1.1\nHost: api.oritain.com\nAuthorization: Bearer {S(g.b64(40, urlsafe=True).rstrip('='))}\nContent-Type: application/json\n\n{{\"lot\":\"COT-2026-4471\",\"origin_claim\":\"IN-GJ\"}}")
    add("wfx-cloud", f"WFX Cloud ERP — लॉगिन (तिरुपुर यूनिट):\nयूज़र: {U('tirupur.merch')}\nपासवर्ड: {S('Kapas#Loom2026')}\nकृपया इसे किसी और के साथ साझा न करें।")
    add("ordertime", f"# ordertime.ps1\n$headers = @{{ 'apiKey' = '{S(g.uuid())}'; 'email' = '{U('ops@knitworks.example')}' }}\nInvoke-RestMethod -Uri 'https://services.ordertime.com/api/list' -Headers $headers -Method Post")
    add("whiz-erp", trae(f"Updated `config/erp.toml`:\n```toml\n[whiz]\nhost = \"erp.whiz.garments.local\"\nuser = \"{U('sync')}\"\npassword = \"{S('Stitch&Hem_441')}\"\n```\nI suggest moving the password to an environment variable before merging."))
    add("nextgen-plm", f"<plm>\n  <vendor>NGC</vendor>\n  <endpoint>https://plm.ngcsoftware.com/ws</endpoint>\n  <token>{S(g.s(HEX, 40))}</token>\n</plm>")
    add("stylematrix", f"স্টাইলম্যাট্রিক্স PLM অ্যাকাউন্ট: user {U('dhaka.sample')} — password {S('Poplin!Weft2025')}", ["stylematrix"])
    add("tex-tracer", f"$ docker run --rm -e TEXTRACER_KEY={S(g.mixed(ALNUM, 36))} textracer/uploader:1.4 --batch ./lots/2026-11\nuploaded 48 certificates")
    add("trace-for-good", sweep(f"The failing job uses a hard-coded TrusTrace key in `scripts/traceability.js`:\n\n```js\nconst TRACE_KEY = '{S('tfg_' + g.s(LOWNUM, 36))}';\n```\n\nI've opened a PR that reads `process.env.TRACE_FOR_GOOD_KEY`."))
    add("pure-waste", f"pure_waste_portal:\n  user: {U('cutting.floor.fi')}\n  pass: '{S('Kierrätys!Puuvilla7')}'")

    # courts and legal aid ------------------------------------------------------------------------
    add("tyler-odyssey", f"# Tyler Odyssey eFileAndServe (EFM) — staging vs prod\nODYSSEY_EFM_URL=https://texas.tylertech.cloud/EFM/EFMUserService.svc\nODYSSEY_EFM_USER={U('legalaid.filer@example.org')}\nODYSSEY_EFM_PASSWORD={S('CourtDocket#2026')}\nODYSSEY_CLIENT_TOKEN={S(g.uuid(upper=True))}")
    add("uscourts-cmecf", f"Hey — the PACER/CM-ECF login for the clinic's filing bot is in the wiki: username {U('lac-efiler')} password {S('Habeas!Corpus1679')}. Can someone move it to the vault before the audit?", ["uscourts-cmecf"])
    add("ourfamilywizard", jb("How do we pull messages from OurFamilyWizard for the case file?", f"The export client reads `ofw.api.key` from `legal-aid.properties`. You currently have `ofw.api.key={S(g.s(HEX, 40))}` committed there — move it to an env var and rotate it."))
    add("rocket-matter", f"rocketmatter = RocketMatterClient(\n    subdomain=\"northlegalaid\",\n    api_key=\"{S(g.mixed(ALNUM, 40))}\",\n)")
    add("zola-suite", f"ZOLA_SUITE_API_TOKEN={S(g.s(HEX, 64))}\nZOLA_FIRM_ID=3381")
    add("trellis-law", f"$ http GET https://api.trellis.law/v1/dockets q=='landlord tenant' 'Authorization:Token {S(g.s(HEX, 40))}'\nHTTP/1.1 200 OK\n{{\"count\": 311}}")
    add("pro-bono-net", f"{{\n  \"probono_net_lawhelp\": {{\n    \"client_id\": \"legalaid-research\",\n    \"client_secret\": \"{S(g.mixed(ALNUM, 64))}\"\n  }}\n}}")
    add("tirant-lo-blanch", f"Hola, la clave de Tirant lo Blanch para la biblioteca del Colegio de Abogados es {S(g.s(HEX, 32))}. Está en el .env de producción, no la subáis al repo del buscador.")
    add("proofserve", f"PROOF_API_KEY={S('proof_live_' + g.s(LOWNUM, 32))}\nPROOF_WEBHOOK_SECRET={S(g.s(HEX, 32))}")
    add("rev-transcription", devin(f"Hearing audio is sent to Rev for transcription. In `transcribe/settings.py` I see:\n\n```python\nREV_CLIENT_API_KEY = \"{S(g.mixed(ALNUM, 28))}\"\nREV_USER_API_KEY = \"{S(g.mixed(ALNUM, 28))}\"\n```\n\nBoth are live. I'll switch to reading them from AWS Secrets Manager."))
    add("xcelerate-legal", f"-- seed for staging\nINSERT INTO integration (name, api_key) VALUES ('xcelerate', '{S(g.s(HEX, 40))}');")
    add("reveal-data", f"reveal:\n  host: https://legalaid.revealdata.com\n  username: {U('review_admin')}\n  password: {S('Discovery$Box44')}")
    add("prevail-legal", cli("where does the intake form send data?", f"`intake/submit.ts` posts to Prevail with `Authorization: ApiKey {S(g.mixed(ALNUM, 40))}`. That key is committed; I'd move it to an env var."))
    add("oyez", f"# scrape oral argument metadata\nOYEZ_API_TOKEN = \"{S(g.s(HEX, 32))}\"  # personal token from the Oyez dev program, do not share")
    add("onecase", f"Mwenyekiti, OneCase iko tayari. Nenosiri la akaunti ya mahakama ni {S('Haki#Sasa2026')} na jina la mtumiaji ni {U('msaada.kisheria')}.")
    add("sally-legal", f"[sally]\napi = https://api.sally.law/v1\nkey = {S(g.s(HEX, 40))}")
    add("nexis-uni", f"NEXIS_UNI_PROXY=https://advance.lexis.com\nNEXIS_UNI_WS_KEY={S(g.mixed(ALNUM, 32))}\nNEXIS_UNI_WS_SECRET={S(g.mixed(ALNUM, 48))}")
    add("odyssey-efile", twice("write_file", {"path": "efile/.env", "content": f"EFILE_GA_KEY={S(g.uuid())}\nEFILE_GA_FIRM=legal-aid-atl\n"}))
    add("omnipacer", f"$ omnipacer login\nPACER user: {U('clinic-omni')}\nPACER password: {S('Certiorari77!')}\n✔ session stored in ~/.omnipacer/session")

    # railways and metro ------------------------------------------------------------------------
    add("raildelivery", f"RDG_NRDP_USER={U('timetable-etl@example.co.uk')}\nRDG_NRDP_PASSWORD={S('Platform9-3/4x')}\nRDG_FARES_FEED=https://opendata.nationalrail.co.uk/api/staticfeeds/2.0/fares")
    add("transportapi", f"curl 'https://transportapi.com/v3/uk/train/station/MAN/live.json?app_id=3f2c91aa&app_key={S(g.s(HEX, 32))}&darwin=true'")
    add("tfl-unified", f"const tfl = axios.create({{\n  baseURL: 'https://api.tfl.gov.uk',\n  params: {{ app_key: '{S(g.s(HEX, 32))}' }},\n}});")
    add("ratp", f"PRIM (Île-de-France Mobilités / RATP) : la clé `apikey` pour le tableau de bord des rames MF19 est {S(g.mixed(ALNUM, 32))}. Je l'ai trouvée dans le notebook partagé, il faut la révoquer.")
    add("sncf-connect", f"SNCF_API_TOKEN={S(g.uuid())}\n# https://api.sncf.com/v1/coverage/sncf/journeys — utilisé par le bot de retards")
    add("ns-international", f"# NS International affiliate\nns_int:\n  affiliate_id: 11872\n  secret: {S(g.s(HEX, 40))}")
    add("pkp-intercity", f"Klucz do API PKP Intercity (rozkład + frekwencja) wisi w pliku docker-compose.override.yml:\n  PKPIC_API_KEY: {S(g.mixed(ALNUM, 40))}\nProszę go usunąć i wygenerować nowy w portalu partnerskim.")
    add("regiojet", f"RegioJet API pro prodej jízdenek: uživatel {U('partner-brno')}, heslo {S('Zluty-Vlak2026')}. Posílám jen tobě, pak to smaž.")
    add("vy-norway", f"{{\"vy\": {{\"client_id\": \"depot-dashboard\", \"client_secret\": \"{S(g.mixed(ALNUM, 40))}\", \"audience\": \"https://api.vy.no\"}}}}")
    add("wiener-linien", cursor(f"`.cursor/rules/ogd.mdc` says never to commit keys, but `src/ogd.ts` has `const WL_SENDER = \"{S(g.s(UPNUM, 16))}\";` — the Wiener Linien realtime API sender id issued to our account. I'll move it to `.env`."))
    add("ztm-warszawa", f"$ curl 'https://api.um.warszawa.pl/api/action/busestrams_get/?resource_id=f2e5503e-927d-4ad3-9500-4ab9e55deb59&apikey={S(g.uuid())}&type=2'")
    add("stib-mivb", f"STIB_MIVB_OPENDATA_TOKEN={S(g.s(HEX, 32))}\n# Bruxelles: positions des véhicules toutes les 20 s")
    add("nmbs", f"Dag allemaal, de sleutel voor de NMBS-dienstregelingsfeed: {S(g.s(HEX, 40))}. Zet hem in de secrets van de pipeline, niet in de README.")
    add("sl-stockholm", f"Trafiklab-nyckel för SL Realtidsinformation 4 i vår Home Assistant: `{S(g.s(HEX, 32))}`. Lägg den i secrets.yaml istället för configuration.yaml.")
    add("zugfinder", f"# zugfinder.py\nSESSION = requests.Session()\nSESSION.headers['X-Zugfinder-Key'] = '{S(g.mixed(ALNUM, 24))}'")
    add("opentripplanner", f"otp:\n  router: metro-sg\n  graph_admin_password: {S('Interchange#Dhoby77')}")
    add("openrail", f"[openrail-db]\nhost = 10.20.4.17\nport = 5432\nuser = {U('openrail')}\npassword = {S('Bogie&Axle1999')}")
    add("ovpay", f"OVpay partner API (Translink):\nOVPAY_CLIENT_ID=depot-arnhem\nOVPAY_CLIENT_SECRET={S(g.mixed(ALNUM, 48))}")
    add("trapeze-group", f"import trapeze_ops\nclient = trapeze_ops.Client(token=\"{S(g.s(B64URL, 56))}\", tenant=\"metro-lisboa\")\nblocks = client.schedules.latest().blocks()")
    add("rail-europe", f"Rail Europe distribution API (ERA)\nhttps://api.raileurope.com/v2\nx-api-key: {S(g.mixed(ALNUM, 40))}")
    add("vrr", f"VRR_EFA_USER={U('ruhr-dispo')}\nVRR_EFA_PASS={S('Schwebebahn-1901')}")
    add("swiftly-transit", f"# Swiftly real-time API for the metro app\nSWIFTLY_API_KEY={S(g.s(HEX, 64))}")

    # museums, archives and libraries -----------------------------------------------------------
    add("omeka", f"<?php\n// config.ini for the Omeka S API importer\n$omeka = ['url' => 'https://collections.example-museum.org/api', 'key_identity' => '{S(g.mixed(ALNUM, 32))}', 'key_credential' => '{S(g.mixed(ALNUM, 32))}'];")
    add("preservica", f"preservica:\n  server: eu.preservica.com\n  tenant: NATARCH\n  username: {U('ingest.bot@archive.example')}\n  password: {S('Vellum&Parchment33')}")
    add("quartex", windsurf(f"Ran `python ingest.py --collection maps` and it failed with 403. The key in `ingest/settings.ini` is\n```ini\n[quartex]\nsite = special-collections\napi_key = {S(g.mixed(ALNUM, 40))}\n```\nQuartex keys are scoped per collection; this one only covers `photographs`. You'll need a key with access to `maps`."))
    add("recollect", f"ReCollect 工作坊帳號（台南市立圖書館地方文獻）：帳號 {U('tn-library-admin')}，密碼 {S('FormosaArchive#88')}。請勿外流。")
    add("sirsidynix", f"# Symphony Web Services\nSWS_BASE=https://sws.library.example.ac.nz/symws\nSWS_CLIENT_ID=SymWSStaffClient\nSWS_APP_ID=LibApp\nSWS_STAFF_PASSWORD={S('Dewey512.Cutter')}")
    add("spydus", f"$ spydus-sync --tenant wollongong --key {S(g.s(HEX, 40))} --since yesterday\n14,203 loans synced")
    add("tind", f"TIND ILS — API key for the rare books catalogue: {S(g.s(HEX, 40))}\n(Generated under the user cataloguing-bot.)")
    add("vernon-systems", f"<connection name=\"vernon\">\n  <url>https://collections.vernonsystems.com/api/v2</url>\n  <apikey>{S(g.s(HEXU, 32))}</apikey>\n</connection>")
    add("zetcom", f"MuseumPlus RIA (zetcom) — Zugang für den Bildexport:\nBenutzer: {U('bildexport')}\nPasswort: {S('Sammlung#Depot2026')}")
    add("overdrive", f"OVERDRIVE_CLIENT_KEY=ebooklibrary\nOVERDRIVE_CLIENT_SECRET={S(g.mixed(ALNUM, 32))}\nOVERDRIVE_WEBSITE_ID=1183")
    add("oclc", f"from bookops_worldcat import WorldcatAccessToken\n\ntoken = WorldcatAccessToken(\n    key=\"{S(g.mixed(ALNUM, 80))}\",\n    secret=\"{S(g.mixed(ALNUM, 24))}\",\n    scopes=\"WorldCatMetadataAPI\",\n)")
    add("springshare", f"LibApps (Springshare) API for room bookings:\nclient_id = 412\nclient_secret = {S(g.s(HEX, 32))}")
    add("polaris-ils", f"PolarisAPI:\n  AccessID: catalog-kiosk\n  AccessKey: {S(g.uuid(upper=True))}\n  StaffUser: {U('PAPISVC')}\n  StaffPassword: {S('Reading-Room-Quiet9')}")
    add("pressreader", f"2026-11-26 06:00:03,114 INFO  pressreader.sync  starting daily catalogue refresh\n2026-11-26 06:00:03,115 DEBUG pressreader.http  GET https://api.pressreader.com/v1/catalog/publications?lang=all headers={{'Ocp-Apim-Subscription-Key': '{S(g.s(HEX, 32))}'}}\n2026-11-26 06:00:04,902 INFO  pressreader.sync  7,412 titles, 118 new")
    add("piction", f"Piction DAM: `surl` for the image service is https://dam.example-gallery.org/piction/!soap.jsonget?n=IMAGES&surl={S(g.s(UPNUM, 32))} — that session URL acts as a credential, don't paste it in public issues.")
    add("resourcespace", f"https://dam.museo.example/api/?user=admin&function=search_get_previews&param1=dinosauri&sign={S(g.s(HEX, 64))}")
    add("orangelogic", f"Orange Logic Cortex API — 토큰 값은 {S(g.mixed(ALNUM, 40))} 입니다. 박물관 소장품 이미지 동기화에만 사용하고, 저장소에는 커밋하지 마세요.")
    add("past-perfect", f"PastPerfect Online — sync user for the historical society:\nlogin: {U('pp-sync')}\npassword: {S('Heritage!Quilt1884')}")
    add("rijksmuseum", f"Voor het scholenproject halen we beelden uit de Rijksmuseum-API. Mijn persoonlijke sleutel is {S(g.mixed(ALNUM, 8))}, die mag je voorlopig gebruiken, maar vraag er zelf ook een aan via Rijksstudio.")
    add("smithsonian-openaccess", f"$ curl 'https://api.si.edu/openaccess/api/v1.0/search?q=kimono&api_key={S(g.mixed(ALNUM, 40))}'")
    add("nyplapi", f"```r\n# NYPL Digital Collections — menu archive\nlibrary(httr)\nres <- GET(\"https://api.repo.nypl.org/api/v2/items/search?q=menu&publicDomainOnly=true\",\n           add_headers(Authorization = 'Token token=\"{S(g.s(LOWNUM, 16))}\"'))\n```")
    add("worldcat", f"Ang WorldCat Search API key ng aklatan ay {S(g.mixed(ALNUM, 80))}. Pakilipat ito sa environment variable, huwag sa code.")
    add("syndetics", f"<!-- OPAC record template: cover image -->\n<img src=\"https://secure.syndetics.com/index.aspx?isbn=${{isbn}}/MC.GIF&client={S('lib' + g.s(LOWNUM, 12))}&type=xw12\" alt=\"cover\">")
    add("novelist", f"novelist:\n  profile: s1234567.main.novsel\n  password: {S('BookClub&Tea42')}")

    # hair and beauty salons ------------------------------------------------------------------
    add("phorest", f"PHOREST_BUSINESS_ID={g.s(ALNUM, 22)}\nPHOREST_API_USER={U('global/salon-sync@example.ie')}\nPHOREST_API_PASSWORD={S('Balayage#Dublin24')}")
    add("salonized", f"Hoi! De Salonized API-sleutel voor de kapsalon in Utrecht: {S(g.s(HEX, 40))}. Staat nu in de Google Sheet — kun jij hem verplaatsen naar de server?")
    add("salonbiz", f"resource \"aws_ssm_parameter\" \"salonbiz\" {{\n  name  = \"/salon/salonbiz/api_key\"\n  type  = \"SecureString\"\n  value = \"{S(g.mixed(ALNUM, 36))}\"\n}}")
    add("salon-iris", f"Salon Iris SQL:\nServer=IRIS-FRONTDESK\\SQLEXPRESS;Database=Iris;User Id={U('irisadmin')};Password={S('Pedicure!Room2')};")
    add("salonist", f"Salonist API টোকেন: {S(g.mixed(ALNUM, 32))} — এটা গিটে রাখবেন না, .env ফাইলে রাখুন।", ["salonist"])
    add("shortcuts-software", f"Shortcuts Software (Aus) Partner API\nSHORTCUTS_CONSUMER_KEY={S(g.mixed(ALNUM, 32))}\nSHORTCUTS_CONSUMER_SECRET={S(g.mixed(ALNUM, 32))}\nSHORTCUTS_SITE_ID=20991")
    add("simplybook", f"$ curl -s https://user-api.simplybook.me/login -d '{{\"jsonrpc\":\"2.0\",\"method\":\"getToken\",\"params\":[\"nailbarlisboa\",\"{S(g.s(HEX, 64))}\"],\"id\":1}}'\n{{\"result\":\"{S(g.s(HEX, 64))}\",\"id\":1}}")
    add("styleseat", refact("search", f"src/integrations/styleseat.py:7:    headers = {{\"Authorization\": \"Bearer {S(g.s(B64URL, 40))}\"}}  # FIXME hard-coded partner token"))
    add("timely-salon", f"ติดตั้ง Timely สำหรับร้านทำผมที่เชียงใหม่แล้วครับ API key คือ {S(g.mixed(ALNUM, 32))} อย่าเอาไปใส่ในไฟล์ที่ push ขึ้น GitHub นะครับ")
    add("treatwell", f"treatwell:\n  connect_url: https://connect.treatwell.com/api\n  venue_id: 448120\n  api_key: \"{S(g.s(HEX, 48))}\"")
    add("ovatu", refact("cat", f"# .env\nOVATU_API_KEY={S(g.mixed(ALNUM, 40))}\nOVATU_ACCOUNT=brow-bar-melbourne"))
    add("setmore", f"import requests\nr = requests.get('https://developer.setmore.com/api/v1/o/oauth2/token', params={{'refreshToken': '{S('r1/' + g.s(B64URL, 40))}'}})")
    add("pocketsuite", f"Estoy usando PocketSuite para la peluquería de mi tía en Sevilla. El token de la API es {S(g.mixed(ALNUM, 36))}; ¿cómo lo meto en el .env sin que se suba a git?")
    add("schedulicity", f"Schedulicity → Google Calendar sync for the nail bar broke again. Logs:\n```\n[sync] using key {S(g.s(UPNUM, 32))}\n[sync] 401 Unauthorized: key revoked\n```\nWho regenerated the key last week?")
    add("noona", f"const noona = new NoonaClient({{ token: \"{S(g.mixed(ALNUM, 48))}\", company: \"hargreidslan-reykjavik\" }});")
    add("squire", f"Squire barber shop API — chave de parceiro: {S(g.s(HEX, 40))}. Não coloque no Notion de novo, por favor.")
    add("nextsalon", f"nextsalon_password = \"{S('Curl&Wave5520')}\"  # TODO remove")
    add("saloniq", f"[SalonIQ]\nDSN=Driver={{SQL Server}};Server=salon-pos;Uid={U('siq')};Pwd={S('Fringe-Bob2023')};")
    add("opus-salon", f"OPUS_API_URL=https://api.opus-salon.example\nOPUS_API_SECRET={S(g.mixed(ALNUM, 40))}")

    # agricultural co-operatives and grain elevators -----------------------------------------------
    add("tillable", f"TILLABLE_CLIENT_ID=coop-harvest-ne\nTILLABLE_CLIENT_SECRET={S(g.mixed(ALNUM, 52))}\nTILLABLE_AUDIENCE=https://api.tillable.com")
    add("silo-tech", f"{{\"silo\": {{\"apiKey\": \"{S(g.s(HEX, 40))}\", \"elevator\": \"ELV-0912\"}}}}")
    add("pessl-instruments", f"Pessl FieldClimate API token for the co-op: `{S(g.b64(32, urlsafe=True).rstrip('='))}`. I pasted it here by mistake — rotating it now.")
    add("scoular", f"scoular_edi:\n  sftp_host: edi.scoular.com\n  sftp_user: {U('coop-kearney')}\n  sftp_password: {S('Sorghum#Milo2026')}")
    add("nutrien-ag", jb("How do I call the Nutrien Ag Hub API from the co-op's Spring app?", f"Add a `RestClient` bean with the header `x-api-key`. You already have the value in `application-local.yml` (`nutrien.hub.api-key: {S(g.mixed(ALNUM, 40))}`); use `@Value(\"${{nutrien.hub.api-key}}\")` and keep the real value out of the committed profile."))
    add("opi-integris", f"OPI Integris grain monitoring — cloud login for Bin 4-7 cables: user {U('elevator.ops')} / {S('TempCable!Bin47')}")
    add("temptrak", f"$ temptrak-export --api-key {S(g.s(HEX, 32))} --site 'Carrington Co-op' --format csv > bins.csv")
    add("proharvest", f"ProHarvest Seeds portal: kundnummer 44812, lösenord {S('Vete&Korn2026')}. Skicka inte detta på Teams igen.")
    add("trimble-ag", f"TRIMBLE_AG_CLIENT_ID={g.uuid()}\nTRIMBLE_AG_CLIENT_SECRET={S(g.mixed(ALNUM, 40))}\nTRIMBLE_AG_SCOPE=openid ag_software")
    add("raven-slingshot", f"# Raven Slingshot API\nSLINGSHOT_ACCESS_KEY={S(g.s(UPNUM, 20))}\nSLINGSHOT_SHARED_SECRET={S(g.b64(30))}")
    add("yara-atfarm", f"Yara atfarm — clé API de la coopérative céréalière de Beauce : {S(g.mixed(ALNUM, 44))}. À mettre dans le coffre, pas dans le script R.")
    add("telus-agriculture", f"telus_agri:\n  tenant: prairie-grain-coop\n  api_token: {S(g.b64(45, urlsafe=True))}")
    add("nofence", f"fetch('https://api.nofence.no/v1/collars', {{ headers: {{ Authorization: 'Bearer {S(g.mixed(ALNUM, 64))}' }} }})", ["nofence"])
    add("zedx", f"# grain-drying forecast notebook\n# In[1]:\nimport requests, pandas as pd\nZEDX_KEY = \"{S(g.s(HEX, 32))}\"\nwx = requests.get(\"https://api.zedx.com/agweather/v2/hourly\", params={{\"lat\": 52.6667, \"lon\": -106.3333, \"key\": ZEDX_KEY}}).json()")
    add("servi-tech", f"Servi-Tech lab results SFTP: host labs.servitech.com user {U('coop-agronomy')} pass {S('SoilProbe!2025')}")
    add("siloking", f"SiloKing telemetry gateway — Passwort für den Futtermischwagen-Export: {S('Mischwagen#TMR12')} (Benutzer {U('futter.export')})")
    add("nedap-livestock", f"NEDAP_LIVESTOCK_CLIENT_ID=coop-zuivel\nNEDAP_LIVESTOCK_CLIENT_SECRET={S(g.mixed(ALNUM, 48))}")
    add("rootwave", f"$ rootwave-cli device register --serial RW-0912 --site 'Hereford trial plot' --api-key {S(g.s(HEX, 40))}\nDevice RW-0912 registered. Firmware 3.2.1.")
    add("onfarm", f"Hi all, the OnFarm dashboard for the grain bins stopped updating. I checked the gateway config and the API key there is {S(g.mixed(ALNUM, 32))} — is that still the current one? The portal shows a different key prefix.")
    add("ojoagri", f"Ufunguo wa OjoAgri kwa ushirika wa wakulima wa kahawa: {S(g.s(HEX, 32))}. Usiuweke kwenye WhatsApp group tena.")
    add("opisystems", f"opisystems_blueline:\n  gateway: 10.8.0.4\n  admin_password: {S('AerationFan#3')}")
    add("sukup", f"Sukup bin monitoring: SUKUP_CLOUD_TOKEN={S(g.mixed(ALNUM, 40))}")
    add("procurement-ag", f"resource \"kubernetes_secret\" \"procurement_ag\" {{\n  metadata {{\n    name      = \"procurement-ag\"\n    namespace = \"co-op\"\n  }}\n  data = {{\n    api_key = \"{S(g.s(HEX, 40))}\"\n  }}\n}}")
    add("rentmasterag", f"[rentmaster]\nuser = {U('landlord.portal')}\npassword = {S('CashRent$Acre2026')}")

    # more carriers: CI, k8s, terraform, notebooks, diffs, tables, audit streams, tool calls ------
    add("scaleway", f"resource \"scaleway_instance_server\" \"catalogue\" {{\n  type  = \"DEV1-S\"\n  image = \"debian_bookworm\"\n}}\n\nprovider \"scaleway\" {{\n  access_key = \"SCW{g.s(UPNUM, 17)}\"\n  secret_key = \"{S(g.uuid())}\"\n  zone       = \"fr-par-1\"\n}}")
    add("temporal-cloud", f"$ tcld login --api-key {S('tmprl_' + g.mixed(ALNUM, 32) + '_' + g.mixed(ALNUM, 64))}\nLogged in to Temporal Cloud (namespace railops.a7f3x)")
    add("prisma-data", f"DATABASE_URL=\"prisma://accelerate.prisma-data.net/?api_key={S(g.jwt(json.dumps({'tenant_id': g.s(HEX, 32), 'secure_key': 'sk_' + g.s(LOWNUM, 20)})))}\"\n# museum-tickets service")
    add("octopus-energy", f"```python\n# In[3]:\nimport requests\nAPI_KEY = \"{S('sk_live_' + g.mixed(ALNUM, 24))}\"  # Octopus Energy — grain dryer consumption\nr = requests.get('https://api.octopus.energy/v1/electricity-meter-points/2000012345678/consumption/', auth=(API_KEY, ''))\nr.json()['count']\n```\nOut[3]: 1488")
    add("objectbox", diff("app/build.gradle", [f"    buildConfigField \"String\", \"OBX_SYNC_TOKEN\", '\"{S(g.s(HEX, 48))}\"'"], ("defaultConfig {", "}"), 22))
    add("ortto", f"| Setting | Value |\n|---|---|\n| Region | EU (`api.eu.ap3api.com`) |\n| Private API key | `{S(g.s(HEX, 64))}` |\n| Audience | Salon newsletter (Málaga) |")
    add("picqer", f"PICQER_SUBDOMAIN=textielgroothandel\nPICQER_API_KEY={S(g.mixed(ALNUM, 40))}")
    add("stadia-maps", f"<script>\n  // metro map tiles\n  const tiles = 'https://tiles.stadiamaps.com/tiles/alidade_smooth/{{z}}/{{x}}/{{y}}.png?api_key={S(g.uuid())}';\n</script>")
    add("streak", f"Streak CRM for the legal aid intake pipeline — the API key lives in the Apps Script properties, but someone also hard-coded it in Code.gs: `var STREAK_KEY = '{S(g.s(HEX, 32))}';`")
    add("syncro", f"curl -s -H 'Authorization: {S('T' + g.s(HEX, 40) + '-' + g.s(HEX, 10))}' https://vetclinicit.syncromsp.com/api/v1/tickets?status=Open | jq length")
    add("tally", f"tally:\n  signing_secret: {S(g.s(HEX, 32))}\n  form: museum-volunteers")
    add("tapfiliate", f"X-Api-Key: {S(g.s(HEX, 40))}\nGET https://api.tapfiliate.com/1.6/conversions/?program_id=salon-referrals")
    add("twist", f"Twist-integraatio: TWIST_BOT_TOKEN={S(g.s(HEX, 40))} — kanavalle #arkisto-digitointi. Kopioitu vahingossa tähän tikettiin.")
    add("wefact", f"$api = new WeFactAPI();\n$api->setApiKey('{S(g.s(HEX, 32))}');  // facturen kapsalon Zwolle\n$result = $api->sendRequest('invoice', 'list', []);")
    add("ninox", f"NINOX_API_KEY={S(g.uuid())}\nNINOX_TEAM=stadtarchiv\nNINOX_DB=fotonachlass")
    add("orangehrm", f"orangehrm:\n  url: https://hr.textile-mill.example/web/index.php/api/v2\n  client_id: payroll-bridge\n  client_secret: {S(g.s(HEX, 40))}")
    add("sesame-hr", f"Clave de la API de Sesame HR (fichajes del taller de confección de Elche): {S(g.mixed(ALNUM, 40))}. No la pongas en el Excel compartido.")
    add("when-i-work", f"$ curl -s -X POST https://api.login.wheniwork.com/login -H 'W-Key: {S(g.s(HEX, 40))}' -d '{{\"email\":\"{U('roster@metro-cafe.example')}\",\"password\":\"{S('ShiftSwap!2026')}\"}}'")
    add("officient", f"Officient-koppeling voor de verlofaanvragen van de bibliotheek — client secret {S(g.mixed(ALNUM, 48))}. Gelieve dit niet in de Teams-chat te plakken, ik zet het in de kluis.")
    add("papaya-global", f"apiVersion: external-secrets.io/v1beta1\nkind: Secret\nmetadata:\n  name: papaya\nstringData:\n  PAPAYA_API_TOKEN: \"{S(g.b64(40))}\"")
    add("oyster-hr", f"Oyster HR — token pour la paie des contractuels (atelier de Tunis) : {S('oys_' + g.s(LOWNUM, 40))}")
    add("officernd", f"OFFICERND_ORG=coop-hub\nOFFICERND_CLIENT_ID={g.s(LOWNUM, 16)}\nOFFICERND_CLIENT_SECRET={S(g.mixed(ALNUM, 32))}")
    add("viva-wallet", f"Κλειδί Viva Wallet για το κομμωτήριο στη Θεσσαλονίκη: Merchant ID {g.uuid()}, API Key {S(g.mixed(ALNUM, 6) + '+' + g.mixed(ALNUM, 8))}. Μην το ανεβάσεις στο GitHub.")
    add("tpay", f"TPAY_MERCHANT_ID=110294\nTPAY_SECURITY_CODE={S(g.mixed(ALNUM, 16))}\nTPAY_API_PASSWORD={S(g.s(HEX, 40))}")
    add("twisto", f"Twisto platební brána – API klíč: {S(g.s(HEX, 40))} (e-shop knihovny, objednávky fotokopií).")
    add("ryft", f"RYFT_SECRET_KEY={S('sk_' + g.s(LOWNUM, 40))}\nRYFT_ACCOUNT=salon-chain-uk")
    add("signifyd", f"Authorization: Basic {S(g.b64(30))}\nPOST https://api.signifyd.com/v3/orders/events/sales")
    add("nethone", f"nethone:\n  profile_key: {S(g.s(HEX, 32))}\n  environment: production")
    add("telavox", f"TELAVOX_JWT={S(g.jwt(json.dumps({'sub': 'clinic-switchboard', 'iat': 1795700000})))}\n# Telavox API — call logs for the vet clinic")
    add("respond-io", f"respond.io API token cho kênh WhatsApp của hợp tác xã lúa gạo: {S(g.jwt(json.dumps({'id': 48211, 'spaceId': 9917})))}")
    add("yellow-ai", f"[yellow]\nbot_id = x1688119280021\napi_key = {S(g.mixed(ALNUM, 40))}")
    add("rasa-x", f"rasa x --production\n2026-11-26 09:12:44 INFO rasax.community.initialise - Your Rasa X password is: {S(g.mixed(ALNUM, 16))}")
    add("plusofon", f"<?php\n// Плюсофон: звонок-напоминание клиентке салона\n$ch = curl_init('https://restapi.plusofon.ru/api/v1/call');\ncurl_setopt($ch, CURLOPT_HTTPHEADER, ['Authorization: Bearer {S(g.s(HEX, 32))}', 'Client: salon-kazan']);")
    add("onlinepbx", f"Ключ API onlinePBX для колл-центра зернового элеватора: {S(g.mixed(ALNUM, 36))}. Не отправляй в общий чат.")
    add("polar-sh", pr_body("Sell digitised map prints via Polar", f"Adds a checkout for high-resolution map scans.\n\n> [!WARNING]\n> I noticed `POLAR_ACCESS_TOKEN={S('polar_oat_' + g.mixed(ALNUM, 43))}` in `.env.development`, which is tracked. I've removed it from the file in this PR, but it's still in history and should be revoked."))
    add("passbase", f"passbase:\n  publishable_key: {g.s(HEX, 64)}\n  secret_key: {S(g.s(HEX, 64))}")
    add("pitchbook", f"PitchBook API — 피치북 키: {S(g.s(HEX, 32))} (섬유 공급망 조사용)")
    add("simla", f"SIMLA_URL=https://atelier-moda.simla.com\nSIMLA_API_KEY={S(g.mixed(ALNUM, 32))}")
    add("vivid-money", f"vivid:\n  business_account: textile-atelier-berlin\n  api_key: {S(g.mixed(ALNUM, 40))}\n  webhook_url: https://atelier.example/hooks/vivid")
    add("nethunt", f"NetHunt CRM: ключ интеграции — {S(g.b64(24))} (логин {U('crm@agro-coop.example')})")
    add("openfarm", f"$ curl -s -H 'Authorization: {S(g.s(HEX, 32))}' https://openfarm.cc/api/v1/crops?filter=barley | jq '.data[0].attributes.name'\n\"Barley\"")
    add("sling-scheduling", f"sling:\n  email: {U('scheduler@museum-shop.example')}\n  password: {S('Docent#Tour2026')}")
    add("sage-hr", f"X-Auth-Token: {S(g.s(HEX, 40))}\nGET https://mill-hr.sage.hr/api/employees")
    add("spacebring", f"// spacebring.js — book the archive reading room\nconst res = await fetch('https://api.spacebring.com/v2/bookings', {{\n  method: 'POST',\n  headers: {{ 'X-Api-Key': '{S(g.mixed(ALNUM, 40))}', 'Content-Type': 'application/json' }},\n  body: JSON.stringify({{ room: 'reading-room-2', from: '2026-12-01T09:00' }}),\n}});")
    add("velocity-global", f"Velocity Global EOR API for the Kenyan fishery contractors — api_key {S(g.uuid())}, env prod. (Copied from 1Password for the payroll team, delete after use.)")
    add("ogone", f"# Ingenico ePayments (Ogone) — museum shop\nPSPID=museumshop\nSHA_IN_PASSPHRASE={S('Mona&Lisa_Ticket2026')}\nAPI_USER={U('museumapi')}\nAPI_PASSWORD={S('Rodin!Thinker55')}")
    add("sofort", f"SOFORT_CONFIG_KEY={S(g.s(DIGITS, 6) + ':' + g.s(DIGITS, 6) + ':' + g.s(HEX, 32))}")
    add("telus-agriculture", f"kubectl create secret generic telus-agri --from-literal=token={S(g.b64(33, urlsafe=True))} -n grain", ["telus-agriculture"])

    add("quire", openai_call("write_file", {"path": "museum/catalogue/.env", "content": f"QUIRE_PUBLISH_TOKEN={S(g.mixed(ALNUM, 40))}\nQUIRE_SITE=permanent-collection\n"}))
    add("summon", edit_file("discovery/config.py", "SUMMON_ACCESS_ID = 'unilib'\nSUMMON_SECRET_KEY = os.environ['SUMMON_SECRET_KEY']", f"SUMMON_ACCESS_ID = 'unilib'\nSUMMON_SECRET_KEY = '{S(g.mixed(ALNUM, 32))}'  # temporary, for local debugging"))
    add("serials-solutions", cat_n("etc/360link.conf", f"# 360 Link / Serials Solutions\nlibrary_code = QX7LM2NA4T\napi_key = {S(g.s(HEX, 32))}\ntimeout = 20", 1))
    add("nielsen-bookdata", openai_call("http_request", {"method": "GET", "url": f"https://api.nielsenbookdataonline.com/BDOLrest/RESTwebServices/BDOLrequest?clientId=LIBACQ&password={S('Colophon!Spine27')}&from=0&to=20"}))
    add("rbdigital", f"RBDIGITAL_LIBRARY_ID=4418\nRBDIGITAL_API_KEY={S(g.uuid())}\n# legacy eMagazines connector (now OverDrive) — remove after migration")
    add("wolters-kluwer", cat_n("src/main/resources/kluwer.properties", f"kluwer.navigator.base=https://www.kluwerlawonline.com/api\nkluwer.navigator.user={U('legalaid-lib')}\nkluwer.navigator.password={S('StatuteBook#1848')}", 12))
    add("veevart", f"Veevart (Salesforce) para el museo de Bogotá — token de integración: {S(g.mixed(ALNUM, 24))}. Lo dejé en el canal por error, ya pedí uno nuevo.")
    add("versus-art", edit_file("settings/production.py", "VERSUS_API_KEY = env('VERSUS_API_KEY')", f"VERSUS_API_KEY = '{S(g.s(HEX, 40))}'"))
    add("wordlift", f"WordLift key for the museum blog's knowledge graph: {S(g.mixed(ALNUM, 40))} (WordPress → Settings → WordLift)")
    add("razuna", f"curl -s 'https://dam.example-heritage.org/razuna/api/search?api_key={S(g.s(HEXU, 32))}&searchfor=tapestry&show=img'")

    # more non-English carriers -------------------------------------------------------------------
    add("petbacker", f"PetBacker のパートナー API キーが `config/petbacker.yml` にそのまま書かれています：\n\n```yaml\npetbacker:\n  api_key: {S(g.s(HEX, 40))}\n```\n\n環境変数 `PETBACKER_API_KEY` から読むように修正しました。古いキーは無効化してください。")
    add("petpoint", f"يا شباب، حساب PetPoint تبع ملجأ الحيوانات في عمّان: اليوزر {U('shelter.amman')} والباسوورد {S('Qutta&Kalb2026')}. لا تحطوه بالـ repo، حطّوه بالـ secrets.")
    add("petstablished", f"Petstablished API ključ za azil u Sarajevu je {S(g.mixed(ALNUM, 32))}. Molim vas, nemojte ga slati na Viber, stavite ga u .env datoteku.")
    add("pawprint", f"PawPrint के वेबहुक का सीक्रेट गलती से लॉग में छप गया: `{S('pp_whsec_' + g.s(LOWNUM, 32))}` — इसे तुरंत बदलना होगा।")
    add("smartflow-vet", f"SmartFlow (IDEXX) integratie — client secret voor de dierenkliniek in Gent: {S(g.mixed(ALNUM, 40))}. Niet in de wiki zetten aub.")
    add("vetter-software", f"Vetter Software: הסיסמה של משתמש הסנכרון היא {S('Kelev#Hatul2026')}, שם משתמש {U('sync-vetter')}. אל תשמרו את זה בקוד.")
    add("zomedica", f"$ zomedica-truforma upload --device TF-00418 --key {S(g.s(HEX, 32))} results/2026-11-26.json\nuploaded 12 assays")
    add("rxvantage", f"RxVantage – klucz API dla przychodni weterynaryjnej w Poznaniu: {S(g.mixed(ALNUM, 36))}")
    add("seaqurrent", f"SeaQurrent tidal-kite telemetry:\nSEAQURRENT_MQTT_USER={U('kite-01')}\nSEAQURRENT_MQTT_PASSWORD={S('Zeewier!Getij22')}")
    add("oceanmind", f"OceanMind 어선 모니터링 API 토큰: {S(g.b64(30, urlsafe=True))} — 수산협동조합 대시보드에서만 사용하세요.")
    add("pingtracker", f"Kunci API PingTracker untuk kapal-kapal koperasi di Bitung: {S(g.s(HEX, 32))}. Jangan dibagikan di grup WhatsApp.")
    add("vessel-finder", f"https://api.vesselfinder.com/vesselslist?userkey={S('WS-' + g.s(UPNUM, 8) + '-' + g.s(UPNUM, 6))}&format=json")
    add("trygg-mat", f"Trygg Mat Tracking — API-nøkkel for fiskeri-analysen: {S(g.mixed(ALNUM, 40))}. Ikke legg den i notatboka.")
    add("parcel-perform", f"Parcel Perform API — chave para os envios da fábrica têxtil de Guimarães: {S(g.s(HEX, 48))}")
    add("perfectlaw", f"PerfectLaw 資料庫連線（法律扶助中心）：Server=perfectlaw-sql;Uid={U('plw_app')};Pwd={S('Falv#Yuanzhu2026')};", ["perfectlaw"])
    add("practiceleague", f"PracticeLeague API token kwa ofisi ya msaada wa kisheria Mombasa: {S(g.mixed(ALNUM, 40))}")
    add("solcase", f"Solcase connection string:\nData Source=SOLCASE01;Initial Catalog=Cases;User ID={U('solcase_ro')};Password={S('Affidavit$Sworn19')}")
    add("ticketer", f"Ticketer ETM back office — user {U('depot.wexford')}, password {S('Luas!Green2026')}. Please don't email it again.")
    add("renfe-data", f"Hola, la clave del portal de datos de Renfe para el panel de Cercanías Sevilla: {S(g.uuid())}. Ojú, que no se suba al repo, ¿eh?")
    add("sbb-cff", f"SBB Open Data — Schlüssel für die API «Zugformation»: {S(g.s(HEX, 32))}. Bitte nur in der Pipeline als Secret hinterlegen.")
    add("via-transit", f"Via Transit (Remix) — токен для планування маршрутів метро в Харкові: {S(g.mixed(ALNUM, 40))}. Не комітьте його.")
    add("primo", f"Primo VE API-kulcs a könyvtári katalógushoz: {S('l8xx' + g.s(HEX, 32))}. Kérlek, ne tedd fel a GitHubra.")
    add("openlibrary", f"Open Library bot hesabı: kullanıcı {U('kutuphane-bot')}, şifre {S('Kitap&Raf2026')}. Sadece toplu ISBN güncellemesi için.")
    add("rosy-salon", f"Rosy Salon Software — API ключ для салона красоты в Казани: {S(g.s(HEX, 40))}")
    add("obsidian-sync", f"Obsidian Sync e2e encryption password for the archive team vault: {S('Finding-Aid#1911')} — please store it in Bitwarden, not in the vault itself.")
    add("reachify", qodo("does the sourcing sync leak anything?", f"Yes: `sync/reachify.go` logs the full request, including `Authorization: Bearer {S(g.mixed(ALNUM, 32))}`. Mask the header before logging."))
    add("zylo", f"Zylo SaaS management — token pour l'inventaire des licences de la médiathèque : {S(g.b64(36))}")
    add("omnivore-pos", f"Omnivore POS API — κλειδί για το καφέ του μουσείου: {S(g.s(HEX, 32))}")

    # regional vendors, in the local language -----------------------------------------------------
    add("omie", f"# Integração Omie ERP — confecção em Blumenau\n# NÃO commitar! Mover para o cofre depois do teste.\nOMIE_APP_KEY=\"{S(g.s(DIGITS, 13))}\"\nOMIE_APP_SECRET=\"{S(g.s(HEX, 32))}\"")
    add("rd-station", cursor(f"Encontrei o token do RD Station no `src/leads.ts`:\n```ts\nconst RD_TOKEN = \"{S(g.s(HEX, 32))}\"; // leads do salão de beleza\n```\nVou trocar por `process.env.RD_STATION_TOKEN`."))
    add("totvs", f"Senha do usuário de integração do TOTVS Protheus da cooperativa agrícola: {S('Soja&Milho#2026')} (usuário {U('integra.coop')}). Favor não mandar por e-mail.")
    add("tiny-erp", f"$ curl -s 'https://api.tiny.com.br/api2/produtos.pesquisa.php?token={S(g.s(HEX, 64))}&formato=json&pesquisa=camiseta'")
    add("pay-jp", f"// 決済テスト用に一時的に追加（美容室予約サイト）\nconst payjp = Payjp('{S('sk_live_' + g.s(HEX, 40))}');")
    add("smaregi", f"スマレジAPIの認証情報が .env にコミットされていました。\nSMAREGI_CLIENT_ID={g.s(HEX, 32)}\nSMAREGI_CLIENT_SECRET={S(g.s(HEX, 64))}\n至急ローテーションをお願いします。")
    add("sansan", f"Sansan API キー（法律事務所の名刺管理連携）: {S(g.mixed(ALNUM, 40))} — Slack に貼ってしまったので再発行済み、古いものは無効です。")
    add("toss-payments", f"토스페이먼츠 시크릿 키가 `application-prod.yml`에 하드코딩되어 있습니다:\n\n```yaml\ntoss:\n  secret-key: {S('live_sk_' + g.mixed(ALNUM, 32))}\n```\n\n미용실 예약 결제용입니다. 환경 변수로 옮겨 주세요.")
    add("naver-cloud", f"NCLOUD_ACCESS_KEY_ID={g.s(ALNUM, 20)}\nNCLOUD_SECRET_KEY={S(g.mixed(ALNUM, 40))}\n# 도서관 전자책 서버 (네이버 클라우드)")
    add("parasut", f"Paraşüt muhasebe entegrasyonu (kuaför zinciri): client_secret = {S(g.s(HEX, 64))}. Bunu .env dosyasına taşıdım, lütfen repoya eklemeyin.")
    add("yurtici-kargo", f"<!-- Yurtiçi Kargo web servisi — tekstil atölyesi gönderileri -->\n<wsUserName>{U('YKTEKSTIL')}</wsUserName>\n<wsPassword>{S('Kumas!Bobin44')}</wsPassword>")
    add("qontak", f"Token Qontak untuk WhatsApp klinik hewan di Bandung: {S(g.b64(32, urlsafe=True).rstrip('='))}. Tolong pindahkan ke secret manager, jangan di-commit.")
    add("oy-indonesia", f"X-OY-Username: {U('koperasi-tani')}\nX-Api-Key: {S(g.uuid())}\nPOST https://partner.oyindonesia.com/api/remit")
    add("opn-payments", f"คีย์ลับของ Opn Payments (Omise) สำหรับร้านเสริมสวยหลุดอยู่ใน log: {S('skey_' + g.s(LOWNUM, 19))} ต้องหมุนคีย์ใหม่ทันที")
    add("shippop", f"SHIPPOP_API_KEY={S(g.s(HEX, 32))}  # ส่งพัสดุผ้าทอจากเชียงราย")
    add("viettel-post", f"Tài khoản Viettel Post của xưởng may: {U('xuongmay.hcm')} / {S('VaiLua#2026')}. Token: {S(g.jwt(json.dumps({'UserId': 7781, 'Partner': 'xuongmay'})))}")
    add("shoper", f"Token API Shoper dla sklepu internetowego muzeum w Krakowie: {S(g.s(HEX, 40))}. Nie wrzucaj go do repozytorium, proszę.")
    add("raynet", f"RAYNET CRM – přihlášení pro integraci s knihovnou: instance {U('knihovna-brno')}, API klíč {S(g.mixed(ALNUM, 36))}.")
    add("zasilkovna", f"Zásilkovna API heslo pro e-shop kadeřnictví: {S(g.s(HEX, 32))}")
    add("smartbill", f"Token SmartBill pentru facturile atelierului de croitorie din Iași: {S(g.s(HEX, 32))}. Vă rog să nu-l puneți în Google Drive.")
    add("netopia", f"NETOPIA Payments – cheia privată pentru magazinul muzeului a fost găsită în repo:\n{S(g.pem('PRIVATE KEY', 6))}\nTrebuie revocată.")
    add("szamlazz", f"Számlázz.hu Agent kulcs a fodrászszalon számlázásához: {S(g.s(LOWNUM, 42))}")
    add("unisender", f"UNISENDER_API_KEY={S(g.s(LOWNUM, 44))}  # рассылка для членов сельхозкооператива")
    add("nova-poshta", f"Ключ API Нової Пошти для відправки зразків тканин з фабрики у Житомирі: {S(g.s(HEX, 32))}. Не публікуйте його в чаті.")
    add("wayforpay", f"WayForPay: merchantAccount = muzei_lviv_ua, merchantSecretKey = {S(g.s(HEX, 40))} — треба перенести в змінні середовища.")
    add("turbosms", f"TURBOSMS_TOKEN={S(g.s(HEX, 40))}\n# SMS-нагадування клієнтам ветклініки")
    add("smile-identity", f"Smile ID kwa usajili wa wanachama wa ushirika: partner_id 4418, api_key {S(g.uuid())}. Usiweke kwenye msimbo.")
    add("sendchamp", f"Sendchamp secret key for the co-op SMS alerts (Kano): {S('sk_live_' + g.s(HEX, 40))}")
    add("sasapay", f"SasaPay: CLIENT_ID={g.s(ALNUM, 40)}\nCLIENT_SECRET={S(g.mixed(ALNUM, 80))}\n# malipo ya wavuvi Kisumu")
    add("tingg", f"Tingg (Cellulant) checkout — ivKey {S(g.s(HEX, 16))}, secretKey {S(g.s(HEX, 32))}, accessKey {S(g.s(ALNUM, 40))}. Hizi ni za production.")

    # agent carriers with generic secrets, keys and passwords ------------------------------------
    add("pem", f"Cascade read `deploy/keys/court-sftp.key`:\n\n{S(g.pem('RSA PRIVATE KEY', 10))}\n\nThis private key is used by the nightly upload to the court e-filing SFTP. It should not be in the repository.")
    add("pem", devin(f"Found an SSH key for the grain elevator's scale-house PC in `ops/scalehouse/id_ed25519`:\n\n{S(g.openssh())}\n\nI removed it from the tree; it still needs to be purged from history and replaced on the host."))
    add("pem", dumps({"role": "tool", "content": f"{S(g.pem('EC PRIVATE KEY', 3))}\n"}), ["pem"])
    add("password", f"$ psql 'postgresql://{U('fishery_reports')}:{S('Trawler&Net2026')}@db.fisheries.internal:5432/landings'\npsql (16.4)\nlandings=> \\dt")
    add("password", f"mongodb+srv://{U('salonapp')}:{S('Highlights4Ever')}@cluster0.q8zk1.mongodb.net/bookings?retryWrites=true")
    add("password", f"jdbc:sqlserver://archive-sql01:1433;databaseName=Accessions;user={U('accessions_rw')};password={S('Provenance#1923')};encrypt=true")
    add("password", f"amqp://{U('metro-events')}:{S('Turnstile$Gate88')}@rabbit.metro.internal:5672/signals")
    add("password", setup_log("npm ci && npm run e2e", f"> e2e\n> playwright test\nUsing BASE_URL=https://{U('qa')}:{S('LibraryCard-2026')}@staging.opac.example.org\n  18 passed (41s)"))
    add("password", audit_ndjson({"@timestamp": "2026-11-26T07:44:12.551Z", "action": "copilot.agent_session_log", "actor": "copilot-swe-agent[bot]", "repo": "coop-grain/elevator-scada", "message": f"ran: mysql -h scada-db -u {U('historian')} -p'{S('Auger!Leg2024')}' -e 'select count(*) from bin_temps'"}, {"@timestamp": "2026-11-26T07:44:15.002Z", "action": "copilot.agent_session_log", "actor": "copilot-swe-agent[bot]", "repo": "coop-grain/elevator-scada", "message": "exit 0"}))
    add("generic", audit_ndjson({"ddsource": "github", "service": "copilot-audit", "timestamp": 1795650252118, "message": dumps({"action": "copilot.cli_tool_use", "tool": "shell", "input": f"export COURTLISTENER_TOKEN={S(g.s(HEX, 40))} && python pull_opinions.py"})}))
    add("generic", allow_tool(f"curl -s -H 'X-Api-Key: {S(g.mixed(ALNUM, 40))}' https://api.museum-tickets.example/v2/slots?date=2026-11-28", "{\"slots\":[{\"time\":\"10:00\",\"left\":14}]}"))
    add("generic", codex({"type": "function_call", "name": "shell", "arguments": dumps({"command": ["bash", "-lc", f"HATCHERY_API_TOKEN={S(g.mixed(ALNUM, 32))} ./scripts/upload_counts.sh"]}), "call_id": "call_z19"}))
    add("generic", goose(f"version: 1.0.0\ntitle: Sync salon bookings\ndescription: Pull today's bookings and post a summary\nextensions:\n  - type: stdio\n    name: bookings\n    cmd: uvx\n    args: [salon-bookings-mcp]\n    envs:\n      BOOKINGS_TOKEN: {S(g.mixed(ALNUM, 36))}\nprompt: Summarise today's bookings per stylist."))
    add("generic", mcp(f"#eng-archives · scanner-ops: the digitisation scanner's FTP pass is {S('Microfilm!Reel42')} until Friday, user {U('scanner01')}"))
    add("generic", mcp(dumps({"object": "page", "properties": {"Title": "Veterinary lab integration", "Notes": f"IDEXX VetConnect PLUS key: {S(g.s(HEX, 32))} (staging only)"}})))
    add("generic", mcp(f"Linear issue RAIL-412: \"Signal data import fails\" — description: the import job uses token {S('tkn_' + g.s(LOWNUM, 32))} from the old vendor account; replace it."))
    add("generic", mcp(dumps({"id": "evt_3QxK", "type": "checkout.session.completed", "data": {"object": {"metadata": {"salon": "Brow Bar Leeds", "webhook_debug_secret": S('whsec_' + g.mixed(ALNUM, 32))}}}})))
    add("generic", mcp(f"Sentry issue MUSEUM-API-7Z: KeyError in settings. Breadcrumb: env DJANGO_SECRET_KEY={S(g.s(LOWNUM + '!@#%^&*(-_=+)', 50))} loaded from /srv/app/.env"))
    add("jwt", f"GET /api/v1/cases/2026-CV-00418 HTTP/1.1\nHost: legalaid-portal.example.org\nAuthorization: Bearer {S(g.jwt(json.dumps({'sub': 'advocate-117', 'role': 'paralegal', 'exp': 1795900000})))}\nAccept: application/json")
    add("generic", twice("run_in_terminal", {"command": "aws s3 cp s3://vet-backups/ . --recursive", "env": {"AWS_SECRET_ACCESS_KEY": S(g.mixed(ALNUM, 40))}}))
    add("generic", f"{{\"tool\":\"create_file\",\"arguments\":{{\"path\":\"config/ftp.json\",\"content\":\"{{\\\"host\\\": \\\"ftp.textile-mill.example\\\", \\\"password\\\": \\\"{S('Jacquard-Loom!9')}\\\"}}\"}}}}", ["password"])
    add("generic", space("Elevator SCADA", "What's the OPC UA user for the dryer?", f"From `docs/ops.md` in this space: user `{U('opc-dryer')}`, password `{S('GrainDryer#450')}`. You should ask the co-op IT to move that out of the docs."))
    add("generic", nvim(f"Looking at `lua/secrets.lua` in your dotfiles:\n```lua\nvim.g.copilot_proxy_token = \"{S(g.s(HEX, 40))}\"\n```\nThat token shouldn't live in your public dotfiles repo."))
    add("generic", f"عندي مشكلة، الـ API key بتاع نظام المحكمة اتسرب في الـ logs: {S(g.mixed(ALNUM, 32))}. إزاي أمسحه من الـ CloudWatch؟")
    add("password", f"Mật khẩu Wi-Fi và tài khoản quản trị camera ở ao nuôi số 3: admin / {S('AoNuoi#3Bac')}")
    add("password", f"ሰላም፣ የፍርድ ቤቱ መዝገብ ቤት ስርዓት የይለፍ ቃል {S('Addis@Court2026')} ነው። ተጠቃሚ፡ {U('registry.clerk')}")
    add("password", f"Barka da yamma. Kalmar sirri ta asusun kungiyar manoma a Kano ita ce {S('Gero&Dawa2026')} — kar ku saka ta a group.")
    add("password", f"Ẹ káàsán, ọrọigbaniwọle fun eto ile-ikawe ni {S('IweKika!77')}; orukọ olumulo {U('ile.ikawe')}.", ["password"])
    add("password", f"Molo! Iphasiwedi ye-portal ye-salon eMonti ngu-{S('Inwele#Mhle22')} — ungayithumeli kwi-WhatsApp.", ["password"])
    return out


def pii(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(src: str, t: str) -> None:
        out.append((f"holdout33:{src}", t))

    def card(prefix: str = "4", n: int = 16) -> str:
        return luhn_complete(prefix, n, g)

    # veterinary clinics
    add("vet-record", f"Patient: Biscuit (Labrador, 7y)\nOwner: {P('Marguerite Okonkwo-Bell')}\nPhone: {T('+44 7700 914 382')}\nEmail: {E('m.okonkwobell@fastmail.co.uk')}\nAddress: {A('14 Thornhill Crescent, Harrogate HG2 7QP')}\nNext vaccination: 2027-01-12")
    add("vet-record", f"Bonjour, je suis {P('Aurélie Vasseur')}, la propriétaire de Moka (chat européen). Mon numéro a changé : {T('06 48 21 93 70')}. Vous pouvez aussi m'écrire à {E('aurelie.vasseur@laposte.net')}. Merci !")
    add("vet-record", jb("The reminder SMS fails for one client, can you check the row?", f"The row in `fixtures/clients.csv` is:\n\n```\n10442,{P('Tomasz Wiśniewski')},{T('+48 601 238 447')},{E('t.wisniewski@o2.pl')},\"{A('ul. Słowackiego 17/4, 31-159 Kraków')}\"\n```\n\nThe phone has spaces; the SMS gateway wants E.164 without spaces (`+48601238447`)."))
    add("vet-invoice", f"ใบแจ้งหนี้ — โรงพยาบาลสัตว์สุขุมวิท\nเจ้าของสัตว์: {P('ศิริพร วงศ์สวัสดิ์')}\nโทร: {T('081-234-5678')}\nที่อยู่: {A('99/12 ซอยสุขุมวิท 39 แขวงคลองตันเหนือ เขตวัฒนา กรุงเทพฯ 10110')}\nชำระด้วยบัตร {C(card4(card('4')))}")
    add("vet-ticket", f"Zendesk #88213 — from {P('Kwame Asante')} <{E('kwame.asante@yahoo.com')}>: \"My dog Kofi was seen on Tuesday by Dr. {P('Hannah Mills')}; the invoice was charged twice to my card ending 4417. Please call me on {T('(617) 555-0143')}.\"")
    add("vet-crm", f"தொடர்பு: {P('செல்வி ராமசாமி')}\nகைபேசி: {T('+91 98410 22761')}\nமின்னஞ்சல்: {E('selvi.ramasamy@gmail.com')}\nமுகவரி: {A('12, பாரதி தெரு, அண்ணா நகர், சென்னை 600040')}")
    add("vet-git", f"commit 3e9a7c21b0d4f8e6a1c2b3d4e5f60718293a4b5c\nAuthor: {P('Léa Fontaine')} <{E('lea.fontaine@clinique-veto-lyon.fr')}>\nDate:   Tue Nov 24 16:02:11 2026 +0100\n\n    Add rabies certificate template")
    # fisheries
    add("fish-crew", f"Crew list FV Andorinha (departure Peniche 2026-11-20)\n1. {P('João Baptista Ferreira')} — skipper — born {D('1971-03-14')} — CC {N('14829365 7 ZY2')}\n2. {P('Mamadou Diallo')} — deckhand — born {D('1994-08-02')}\n3. {P('Rui Carvalho')} — engineer — {T('+351 912 447 810')}")
    add("fish-coop", f"Anggota koperasi nelayan Muncar:\nNama: {P('Siti Rahmawati')}\nNIK: {N('3510154708850003')}\nAlamat: {A('Jl. Sampangan No. 21, Kedungrejo, Muncar, Banyuwangi 68472')}\nHP: {T('0812-3456-7712')}")
    add("fish-payroll", f"Maeneo ya malipo — wavuvi wa Ziwa Victoria:\n{P('Juma Ochieng')} — M-Pesa {T('0722 481 093')}\n{P('Aisha Nyambura')} — M-Pesa {T('0711 362 558')}\nTafadhali thibitisha kabla ya Ijumaa.")
    add("fish-export", f"Exporter contact for the shrimp consignment: {P('Nguyễn Thị Thu Hà')}, {T('+84 90 312 4478')}, {E('thuha.nguyen@seafood-camau.vn')}, {A('45 Đường Phan Ngọc Hiển, Phường 2, TP. Cà Mau')}")
    add("fish-iban", f"Pagamento pescato marzo — bonifico a {P('Salvatore Licata')}, IBAN {I(iban('IT', 'X' + g.s(DIGITS, 10) + g.s(DIGITS, 12)))}, causale: tonno rosso Mazara del Vallo.")
    add("fish-sinhala", f"ධීවර සමිතිය — සාමාජික ලියාපදිංචිය\nනම: {P('කමල් පෙරේරා')}\nදුරකථන: {T('077 345 6612')}\nලිපිනය: {A('42, මුහුදු පාර, නෙගොම්බෝ')}")
    add("fish-norway", f"Hei {P('Ingrid Solheim')}, lønnsslippen for november er sendt til {E('ingrid.solheim@online.no')}. Fødselsnummeret vi har registrert er {N('14028835281')} — stemmer det?")
    # textile
    add("textile-hr", f"কর্মচারী তথ্য (গাজীপুর কারখানা)\nনাম: {P('রাশেদা আক্তার')}\nজন্ম তারিখ: {D('১২/০৪/১৯৯৬')}\nজাতীয় পরিচয়পত্র: {N('1996 2616 4870 215')}\nমোবাইল: {T('01712-448390')}")
    add("textile-hr", f"Personel kaydı — {P('Elif Yıldırım')}, doğum tarihi {D('03.09.1991')}, TC Kimlik No {N('28491736502')}, adres {A('Organize Sanayi Bölgesi 3. Cad. No:12, 16140 Nilüfer/Bursa')}, tel {T('0532 418 77 09')}.")
    add("textile-invoice", f"Invoice 2026-1182 — Atelier Moda Srl\nBill to: {P('Giuseppina Randazzo')}\n{A('Via Garibaldi 88, 90133 Palermo PA')}\nIBAN for payment: {I(iban('IT', 'K' + g.s(DIGITS, 10) + g.s(DIGITS, 12)))}")
    add("textile-chat", f"[WhatsApp export]\n24/11/26, 09:14 - {P('Farida Begum')}: বস, আমার বেতন এখনো আসেনি 🙏\n24/11/26, 09:20 - {P('Arif Hossain')}: কাল দেখছি। তোমার বিকাশ নম্বর {T('01819-337214')} তো?")
    add("textile-git", f"$ git log --format='%an <%ae>' -3\n{P('Chen Wei-Ling')} <{E('weiling.chen@knitworks.tw')}>\n{P('Priya Raghunathan')} <{E('priya.r@knitworks.tw')}>\n{P('Chen Wei-Ling')} <{E('weiling.chen@knitworks.tw')}>")
    add("textile-path", f"Traceback (most recent call last):\n  File \"/home/{U('nuwanthika.s')}/projects/cutplan/optimise.py\", line 41, in <module>\n    markers = load_markers(args.file)\nFileNotFoundError: [Errno 2] No such file or directory: 'markers/AW27.dxf'")
    add("textile-pk", f"مزدور کا ریکارڈ — فیصل آباد\nنام: {P('محمد عمران')}\nشناختی کارڈ: {N('33100-4829167-3')}\nفون: {T('0300-6612748')}\nپتہ: {A('مکان 14، گلی 7، غلام محمد آباد، فیصل آباد')}")
    add("textile-ro", f"Bună ziua, sunt {P('Ioana Dumitrescu')} de la fabrica de confecții din Bacău. CNP-ul meu este {N('2890314044521')}, iar telefonul {T('0744 213 908')}. Vă rog să corectați adeverința.")
    # courts and legal aid
    add("court-intake", f"Legal aid intake #LA-2026-3318\nApplicant: {P('DeShawn Carter')}\nDOB: {D('07/22/1988')}\nSSN: {m('US_SSN', '521-48-3907')}\nAddress: {A('2217 W Fond du Lac Ave, Apt 3, Milwaukee, WI 53206')}\nPhone: {T('414-555-0198')}\nMatter: eviction, hearing 2026-12-03")
    add("court-docket", f"IN THE CIRCUIT COURT OF COOK COUNTY\nPlaintiff: {P('Rosa Elena Marquez')}\nDefendant: {P('Brian T. Kowalczyk')}\nCase No. 2026-L-004418\nCounsel for Plaintiff: {P('Amira Haddad')}, {E('ahaddad@chicagolegalaid.example.org')}")
    add("court-he", f"לכבוד בית משפט השלום בחיפה\nהמבקשת: {P('נועה בן־דוד')}, ת.ז. {N('302418775')}\nכתובת: {A('רחוב הנביאים 24, חיפה')}\nטלפון: {T('052-6618294')}")
    add("court-fa", f"درخواست کمک حقوقی\nنام: {P('زهرا احمدی')}\nتاریخ تولد: {D('۱۳۷۰/۰۵/۱۲')}\nشماره تماس: {T('+93 79 412 3388')}\nآدرس: {A('ناحیه ۴، کارته پروان، کابل')}")
    add("court-el", f"Προς το Ειρηνοδικείο Αθηνών — Αιτών: {P('Γεώργιος Παπαδόπουλος')}, ΑΦΜ {N('048213977')}, κάτοικος {A('Οδός Σταδίου 41, 105 59 Αθήνα')}, τηλ. {T('210 3246 881')}.")
    add("court-ticket", f"Linear LEG-208: Client {P('Fatuma Warsame')} ({E('fatuma.w@gmail.com')}) says her hearing notice went to the old address. New address: {A('1820 Riverside Ave S, Minneapolis, MN 55454')}.")
    add("court-pl", f"Wniosek o pomoc prawną — {P('Krzysztof Zieliński')}, PESEL {N('85071203957')}, zam. {A('ul. Piotrkowska 112 m. 6, 90-006 Łódź')}, tel. {T('+48 508 332 149')}.")
    add("court-sr", f"Poštovani, moje ime je {P('Milica Jovanović')}. JMBG: {N('1503989715023')}. Adresa: {A('Bulevar oslobođenja 64, 21000 Novi Sad')}. Molim vas da me pozovete na {T('063 447 2190')}.")
    add("court-uk", f"{P('Oksana Melnyk')}\nдата народження: {D('21.11.1979')}\nРНОКПП: {N('2906413872')}\nадреса: {A('вул. Городоцька 155, кв. 12, Львів, 79022')}\nтел.: {T('+380 67 214 5590')}")
    add("court-pr", audit_ndjson({"ts": "2026-11-26T11:03:22Z", "event": "copilot.pr_description", "repo": "legalaid/intake", "body": f"Fixes the fee-waiver form. Tested with the record of {P('Haruto Sato')} (born {D('1990-02-18')}) from the staging DB — remove before merge."}))
    # railways
    add("rail-complaint", f"Beste NS, op 22 november stond ik ({P('Sanne de Vries')}) 40 minuten op perron 5 in Utrecht. U kunt mij bereiken op {T('06-41829937')} of {E('sanne.devries@ziggo.nl')}.")
    add("rail-lost", f"遺失物登録 — JR東日本 新宿駅\n氏名: {P('山本 彩花')}\n電話: {T('090-4418-2271')}\n住所: {A('東京都杉並区高円寺南3-14-7')}\n品目: 青い傘")
    add("rail-staff", f"Driver roster export (Metro Depot East)\nemp_id,name,phone\n40112,{P('Siddharth Kulkarni')},{T('+91 98220 61734')}\n40118,{P('Meera Iyer')},{T('+91 99870 22418')}")
    add("rail-refund", f"Refund request from {P('Maria Consolata Rossi')} — card {C(card4(card('5', 16)))} — journey Milano C.le → Roma Termini 24/11, ticket PNR K7T2QX.")
    add("rail-ko", f"분실물 문의: {P('김민준')} 님, 연락처 {T('010-4827-1193')}, 이메일 {E('minjun.kim@naver.com')}. 서울 지하철 2호선 강남역에서 지갑 분실.")
    add("rail-ip", f"2026-11-26 07:12:44 WARN login throttled user={U('p.sokolova')} ip={IP('95.31.18.244')} reason=5 failed attempts (metro staff portal)")
    add("rail-hu", f"Kedves {P('Nagy Eszter')}! Bérletének számlázási címe: {A('Váci út 33, 1134 Budapest')}. Adóazonosító jel: {N('8412345672')}.")
    # museums, archives, libraries
    add("library-patron", f"Patron record\nName: {P('Aroha Ngata')}\nCard: 23901004418822\nEmail: {E('aroha.ngata@xtra.co.nz')}\nAddress: {A('17 Kauri Street, Whanganui 4500')}\nDOB: {D('1963-06-30')}")
    add("museum-donor", f"Donor thank-you list (confidential)\n| Name | Email | Gift |\n|---|---|---|\n| {P('Eleanor Whitcombe')} | {E('e.whitcombe@btinternet.com')} | £5,000 |\n| {P('Rajesh Malhotra')} | {E('rajesh.malhotra@outlook.com')} | £2,500 |")
    add("archive-reader", f"Czytelnia Archiwum Państwowego — karta czytelnika: {P('Agnieszka Lewandowska')}, dowód osobisty {N('AXB 482913')}, adres {A('ul. Długa 8/3, 80-827 Gdańsk')}.")
    add("library-hi", f"पुस्तकालय सदस्यता फ़ॉर्म\nनाम: {P('अंकिता शर्मा')}\nजन्म तिथि: {D('14/08/2001')}\nमोबाइल: {T('+91 94140 77325')}\nपता: {A('प्लॉट 22, मालवीय नगर, जयपुर 302017')}")
    add("museum-volunteer", f"Volunteer application — {P('Tendai Moyo')}\nPhone: {T('+263 77 214 9980')}\nEmail: {E('tendai.moyo@gmail.com')}\nAvailable: weekends, Natural History gallery")
    add("archive-mr", f"अभिलेखागार प्रवेश नोंद: {P('स्वाती देशपांडे')}, मोबाईल {T('98220 45113')}, पत्ता {A('फ्लॅट 5, साईकृपा सोसायटी, कोथरूड, पुणे 411038')}")
    add("library-cs", f"Dobrý den, jmenuji se {P('Tereza Nováková')} a chci zrušit registraci v knihovně. Rodné číslo {N('985214/3347')}, e-mail {E('tereza.novakova@seznam.cz')}.")
    add("museum-shop", f"Online shop order #MS-44182\nCustomer: {P('Camille Dubois')}\nShip to: {A('27 rue des Carmes, 14000 Caen')}\nCard: {C(card4(card('4')))} exp 09/28")
    add("library-path", f"PS C:\\Users\\{U('mkamau')}\\Documents\\catalogue-migration> python marc_to_csv.py .\\exports\\2026-11.mrc\nconverted 18,402 records")
    add("archive-my", f"မှတ်တမ်းတိုက် ဝင်ခွင့် — အမည်: {P('အောင်ကျော်မင်း')}၊ ဖုန်း: {T('09 450 123 876')}၊ လိပ်စာ: {A('အမှတ် ၁၂၊ ဗိုလ်ချုပ်လမ်း၊ ရန်ကုန်')}")
    add("museum-km", f"ព័ត៌មានអ្នកស្ម័គ្រចិត្តសារមន្ទីរ៖ ឈ្មោះ {P('សុខ ចាន់ថា')} ទូរស័ព្ទ {T('012 845 331')} អ៊ីមែល {E('chantha.sok@gmail.com')}")
    # salons
    add("salon-booking", f"Booking confirmed ✂️\n{P('Yasmin El-Sayed')} — balayage with {P('Chloé')} on Sat 28 Nov 11:00\nMobile: {T('07912 448 302')}\nEmail: {E('yasmin.elsayed@hotmail.co.uk')}")
    add("salon-crm", f"clients.csv (first rows)\nid,first,last,phone,birthday\n1,{P('Nomvula')},{P('Dlamini')},{T('082 441 9903')},{D('1992-11-30')}\n2,{P('Thandeka')},{P('Khumalo')},{T('071 228 4410')},{D('1987-04-09')}")
    add("salon-tr", f"Randevu: {P('Zeynep Kaya')} — 29 Kasım 14:30, fön + kesim. Tel: {T('0555 214 98 33')}. Not: önceki ödemede kart {C(card4(card('5', 16)))} kullanıldı.")
    add("salon-ar", f"حجز صالون — الاسم: {P('ريم خليل')}، الموبايل: {T('+961 3 448 221')}، العنوان: {A('شارع الحمرا، بناية السلام، الطابق 3، بيروت')}")
    add("salon-ms", f"Pelanggan setia: {P('Nur Aisyah binti Kamarudin')}, no. IC {N('920415-10-5582')}, tel {T('012-448 7391')}. Diskaun 20% untuk rawatan rambut seterusnya.")
    add("salon-tl", f"Hi po! Si {P('Maricel Dela Cruz')} po ito, magpapa-rebond sana ako sa Sabado. Number ko po {T('0917 482 3310')}. Salamat po!")
    add("salon-iban", f"Uitbetaling freelance stylist {P('Noor Bakker')}: IBAN {I(iban('NL', 'RABO' + g.s(DIGITS, 10)))}, factuur 2026-044.")
    add("salon-pt", f"Olá, meu nome é {P('Juliana Ferreira Santos')}, CPF {N('418.227.396-05')}. Quero remarcar minha escova progressiva. WhatsApp {T('(11) 98421-3367')}.")
    # agricultural co-ops
    add("coop-member", f"Member ledger — Prairie Grain Co-op\n{P('Dale Friesen')}, {A('RR 2, Box 41, Rosthern, SK S0K 3R0')}, {T('(306) 555-0174')}\nPatronage cheque mailed 2026-11-20")
    add("coop-iban", f"Auszahlung Milchgeld November: {P('Johann Oberhuber')}, IBAN {I(iban('AT', g.s(DIGITS, 16)))}, Hof {A('Oberdorf 12, 4861 Schörfling am Attersee')}")
    add("coop-te", f"రైతు సభ్యత్వం: {P('వెంకటేశ్వర్లు రెడ్డి')}, ఫోన్ {T('98480 22317')}, గ్రామం {A('కొండాపురం, గుంటూరు జిల్లా 522017')}")
    add("coop-ml", f"ക്ഷീര സഹകരണ സംഘം — അംഗം: {P('സുധ നായർ')}, ഫോൺ {T('94471 30286')}, വിലാസം {A('തെക്കേമഠം, പാലാ, കോട്ടയം 686575')}")
    add("coop-kn", f"ಸದಸ್ಯರ ವಿವರ: {P('ಮಂಜುನಾಥ ಗೌಡ')}, ದೂರವಾಣಿ {T('+91 99000 48213')}, ವಿಳಾಸ {A('ಹೊಸಹಳ್ಳಿ, ಮಂಡ್ಯ ತಾಲ್ಲೂಕು 571401')}")
    add("coop-rw", f"Umunyamuryango wa koperative y'ikawa: {P('Jean de Dieu Habimana')}, telefoni {T('+250 788 412 903')}, indangamuntu {N('1 1985 8 0041823 1 44')}.")
    add("coop-so", f"Xubinta iskaashatada beeraleyda: {P('Cabdi Xasan Maxamed')}, taleefan {T('+252 61 548 2291')}, degmada Afgooye.")
    add("coop-ne", f"सदस्य: {P('रामप्रसाद थापा')}, फोन {T('984-1237746')}, ठेगाना {A('वडा नं. ५, बेसीशहर, लमजुङ')}")
    add("coop-ps", f"د کوپراتیف غړی: {P('احمد ولي ستانکزی')}، تلیفون {T('0700 412 889')}، پته: {A('کارته نو، کابل')}")
    add("coop-fi", f"Viljan vastaanotto 2026: {P('Matti Kettunen')}, tilinumero {I(iban('FI', g.s(DIGITS, 14)))}, osoite {A('Peltotie 7, 31400 Somero')}")
    add("coop-hu", f"Gabonaátvétel — termelő: {P('Kovács Béla')}, tel.: {T('+36 30 418 2297')}, számlaszám {I(iban('HU', g.s(DIGITS, 24)))}")
    add("coop-es", f"Socio de la cooperativa de aceite de Jaén: {P('Francisco Javier Moreno Ruiz')}, DNI {N('48215937K')}, tel. {T('653 418 220')}, domicilio {A('Calle Real 14, 23740 Andújar (Jaén)')}")
    add("coop-gitlog", f"$ git shortlog -se\n    42\t{P('Olumide Adeyemi')} <{E('olumide@agrocoop-ng.org')}>\n    17\t{P('Chiamaka Obi')} <{E('chiamaka.obi@agrocoop-ng.org')}>")
    add("coop-home", f"cursor: Reading /Users/{U('baraka.otieno')}/code/grain-dryer/.cursor/rules/python.mdc")
    add("coop-ip", f"Sign-in from new device for {E('hemi.walker@coopfarm.nz')} at 2026-11-26 05:41 from {IP('203.118.44.17')} (Hamilton). If this wasn't you, reset your password.")
    add("coop-zh-hk", f"會員資料（香港漁農合作社）\n姓名：{P('陳志強')}\n電話：{T('9123 4567')}\n地址：{A('香港新界大埔汀角路88號')}\n身份證：{N('K482913(7)')}")
    add("coop-yue", f"喂，我係{P('黃嘉欣')}，想問下飼料幾時送到？我電話係{T('6512 8890')}，地址{A('元朗錦田公路123號')}。")
    add("coop-ig", f"Onye otu: {P('Chukwuemeka Nwosu')}, ekwentị {T('0803 412 7790')}, adreesị {A('12 Ogui Road, Enugu')}")
    add("coop-zu", f"Ilungu lekopoletsheni: {P('Sipho Ndlovu')}, ucingo {T('073 448 2201')}, ikheli {A('14 Mthembu Road, KwaMashu, Durban 4359')}")
    add("coop-ti", f"ኣባል ማሕበር: {P('ሃይለ ገብረመድህን')}፣ ስልኪ {T('+251 914 482 317')}")
    add("coop-id", f"Data petani: {P('Wayan Sudarsana')}, lahir {D('17-03-1975')}, alamat {A('Banjar Dinas Kaja, Desa Jatiluwih, Tabanan, Bali 82152')}")
    add("coop-ru", f"Договор поставки зерна: {P('Сергей Иванович Петров')}, паспорт {N('4510 382917')}, адрес {A('ул. Ленина, д. 18, с. Кантемировка, Воронежская обл.')}, тел. {T('+7 916 448-21-03')}")
    # PII in agent carriers
    add("pii-mcp-slack", mcp(f"#front-desk · {P('Beatriz Nogueira')}: o dono do Thor (golden) ligou — {P('Paulo Henrique Lima')}, tel {T('+55 21 99714-3820')}, quer remarcar a castração para sexta."))
    add("pii-mcp-stripe", mcp(dumps({"id": "cus_R8kq2", "object": "customer", "name": P("Lindiwe Mahlangu"), "email": E("lindiwe.mahlangu@webmail.co.za"), "phone": T("+27 82 417 3390"), "address": {"line1": A("22 Jan Smuts Avenue, Parktown, Johannesburg 2193")}})))
    add("pii-mcp-linear", mcp(f"LEG-311 Update hearing notice template — reported by {P('Siobhán Ní Bhriain')} ({E('siobhan.nibhriain@flac.example.ie')}). Repro: open case of client {P('Declan Fitzgerald')}, DOB {D('1983-05-09')}."))
    add("pii-codex", codex({"type": "function_call_output", "call_id": "call_q7", "output": f"id,name,ward,phone\n17,{P('Anjali Menon')},Ward 4,{T('+91 98950 11427')}\n18,{P('Lakshmi Pillai')},Ward 4,{T('+91 97440 63018')}"}))
    add("pii-windsurf", windsurf(f"The failing fixture loads a real patron export (`tests/data/patrons_2026.csv`), first row:\n`{P('Tomás Ó Briain')};{E('tomas.obriain@eircom.net')};{A('4 Sráid an Droichid, Gaillimh H91 X2E3')}`\nI'll replace it with synthetic data."))
    add("pii-sweep", sweep("The crash happens when `member.surname` contains an apostrophe. Example from the issue: `" + P("Kwabena O'Neill-Boateng") + "`, member 8841. I'll escape it in the SQL builder."))
    add("pii-trae", trae(f"客戶資料匯入失敗，第 12 行：{P('林雅婷')}，電話 {T('0912-345-678')}，地址 {A('臺北市大安區忠孝東路四段216號5樓')}。欄位數量不對。"))
    add("pii-void", void(f"Reading /home/{U('thanh.pham')}/salon-booking/src/main.rs\nThe panic comes from `parse_date()` on line 88."))
    add("pii-refact", refact("git_log", f"commit 8a1f2c4\nAuthor: {P('Bongani Zulu')} <{E('bongani.zulu@metrorail-dev.example.co.za')}>\n    fix: platform display encoding"))
    add("pii-cody", cody("who owns the elevator moisture module?", f"Per CODEOWNERS and git blame, mostly {P('Gunnar Sigurðsson')} ({E('gunnar.s@kornsamlag.is')}); the last changes were by {P('Hekla Jónsdóttir')}."))
    add("pii-usage", audit_ndjson({"timestamp": "2026-11-26T09:01:12Z", "user_login": U("amaka-nnaji"), "surface": "copilot_chat.jetbrains", "model": "gpt-4.1", "prompt_excerpt": f"why does the fee waiver for {P('Grace Achieng')} (ID {N('28491120')}) fail validation?"}))
    add("pii-openhands", openhands("head -3 data/crew.csv", f"name,role,phone\n{P('Tevita Fifita')},deckhand,{T('+676 771 2309')}\n{P('Sione Taufa')},engineer,{T('+676 884 1177')}"))
    add("pii-cli", cli("send the overdue notice", f"Drafted the notice for {P('Hoang Van Nam')} at {A('12 Ngõ 45 Hào Nam, Đống Đa, Hà Nội')}; books overdue since 2026-10-30. Shall I send it to {E('hoangvannam@gmail.com')}?"))
    add("pii-space", space("Legal aid intake", "Summarise the new intake", f"{P('Ayşe Demir')}, born {D('12.06.1974')}, tenant at {A('Sonnenallee 114, 12045 Berlin')}, phone {T('+49 176 44218830')} — rent increase dispute, hearing not yet scheduled."))
    add("pii-pr", pr_body("Fix invoice PDF for long names", f"The PDF overflowed for client `{P('Maria de los Ángeles Gutiérrez Villanueva')}` (invoice 2026-311). This PR wraps the name line. Test fixture now uses a synthetic name."))
    add("pii-setup-log", setup_log("python scripts/seed_dev_db.py", f"seeding 3 members…\n  + {P('Hamid Karimi')} <{E('h.karimi@ketab.example.af')}>\n  + {P('Parwana Sultani')} <{E('p.sultani@ketab.example.af')}>\ndone"))
    # more payment data and personal IPs
    add("pii-salon-pos", f"POS export 26.11 (Friseursalon Schwabing)\nzeit;kundin;betrag;karte\n10:14;{P('Franziska Huber')};68,00;{C(card('4', 16))}\n11:02;{P('Leonie Bauer')};112,50;{C(card('5', 16))}")
    add("pii-iban-es", f"Domiciliación de la cuota de socio de la cooperativa de Écija: titular {P('Rocío Jiménez Castaño')}, IBAN {I(iban('ES', g.s(DIGITS, 20)))}. Gracias, quillo.")
    add("pii-iban-pl", f"Zwrot kaucji za wypożyczenie stroju z pracowni krawieckiej: {P('Bartosz Kamiński')}, nr konta {I(iban('PL', g.s(DIGITS, 24)))}.")
    add("pii-iban-ro", f"Plata salariului pentru {P('Andreea Popescu')} (croitoreasă) în contul {I(iban('RO', 'BTRL' + g.s(DIGITS, 16)))}, începând cu luna decembrie.")
    add("pii-iban-tr", f"Balıkçı kooperatifi ödemesi: {P('Mehmet Öztürk')}, IBAN {I(iban('TR', g.s(DIGITS, 5) + '0' + g.s(DIGITS, 16)))}, açıklama: hamsi Kasım.")
    add("pii-iban-gr", f"Επιστροφή χρημάτων για εισιτήριο μουσείου: {P('Ελένη Κωνσταντίνου')}, IBAN {I(iban('GR', g.s(DIGITS, 23)))}.")
    add("pii-card-amex", f"Museum membership renewal failed for {P('Harriet Okafor')}: card {C(card('37', 15))} declined (do_not_honor). Email sent to {E('harriet.okafor@icloud.com')}.")
    add("pii-ip-vpn", f"[legal-aid portal] 2026-11-26 22:41:07 login ok user={U('r.mwangi')} from {IP('41.90.66.213')} (Safaricom); 22:41:55 download case_2026_CV_0418.pdf")
    add("pii-ip-fr", f"Connexion suspecte sur le compte de {P('Amandine Leroy')} ({E('amandine.leroy@orange.fr')}) depuis {IP('2a01:cb00:84d:9e00:5c1f:3a2b:9d4e:71aa')} à 03:12 — la cliente confirme que c'était bien elle, depuis chez elle.")
    return out


def negatives(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(src: str, t: str) -> None:
        out.append((f"holdout33:{src}", t))

    sha = g.s(HEX, 40)
    add("neg-ci-secrets", "name: Copilot Setup Steps\non: workflow_dispatch\njobs:\n  copilot-setup-steps:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - name: Install deps\n        run: pip install -r requirements.txt\n        env:\n          VETSPIRE_API_KEY: ${{ secrets.VETSPIRE_API_KEY }}\n          PROVET_TOKEN: ${{ secrets.PROVET_TOKEN }}")
    add("neg-commit", f"commit {sha}\nMerge: {g.s(HEX, 7)} {g.s(HEX, 7)}\nAuthor: copilot-swe-agent[bot] <198982749+Copilot@users.noreply.github.com>\n\n    Bump grain-moisture-calc from 2.4.1 to 2.5.0")
    add("neg-env-example", "# .env.example — copy to .env and fill in\nSCALEAQ_CLIENT_ID=\nSCALEAQ_CLIENT_SECRET=<your-client-secret>\nTREATWELL_API_KEY=changeme\nOMEKA_KEY_IDENTITY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx")
    add("neg-digest", f"$ docker pull ghcr.io/metro-ops/signal-viewer:1.18.3\n1.18.3: Pulling from metro-ops/signal-viewer\nDigest: sha256:{g.s(HEX, 64)}\nStatus: Downloaded newer image for ghcr.io/metro-ops/signal-viewer:1.18.3")
    add("neg-uuid", f"{{\"animal_id\": \"{g.uuid()}\", \"species\": \"feline\", \"visit_id\": \"{g.uuid()}\", \"weight_kg\": 4.2, \"recorded_at\": \"2026-11-26T09:14:03Z\"}}")
    add("neg-coords", "Elevator locations (public, from the co-op website):\n- Rosthern: 52.6667, -106.3333\n- Hague: 52.4950, -106.4203\n- Osler: 52.3700, -106.5400")
    add("neg-envlookup", "import os\n\nPHOREST_USER = os.environ[\"PHOREST_API_USER\"]\nPHOREST_PASSWORD = os.environ.get(\"PHOREST_API_PASSWORD\", \"\")\nif not PHOREST_PASSWORD:\n    raise SystemExit(\"set PHOREST_API_PASSWORD\")")
    add("neg-docs-example", "From the Stripe docs, the test key looks like `sk_test_XXXXXXXXXXXXXXXXXXXXXXXX` — replace it with your own key from the dashboard. Never paste a live key into a chat.")
    add("neg-versions", "Python 3.12.7\nDjango 5.1.3\npsycopg 3.2.3\ncelery 5.4.0\nredis-py 5.2.0\nnode v22.11.0\nnpm 10.9.0")
    add("neg-build", "Run #4418 of `copilot-setup-steps` succeeded in 2m 14s\nArtifacts: coverage-report (1.2 MB), junit.xml\nBuild number: 20261126.7")
    add("neg-order", "Order SO-2026-118842 for 40 bales of organic cotton (lot COT-IN-GJ-4471) shipped on 2026-11-24 via container MSKU 448213-7, B/L MAEU 241188903.")
    add("neg-placeholder-yaml", "vetstoria:\n  partner_key: ${VETSTORIA_PARTNER_KEY}\n  base_url: https://widget.vetstoria.com\n  timeout_s: 10")
    add("neg-fixture", "def test_booking_confirmation():\n    client = Client(name=\"Test Customer\", phone=\"+00 000 000 000\", email=\"test@example.com\")\n    booking = make_booking(client, service=\"cut\")\n    assert booking.status == \"confirmed\"")
    add("neg-timestamps", "2026-11-26T04:00:00Z elevator.bin_temp bin=4 cable=7 sensor=3 temp_c=12.4\n2026-11-26T04:05:00Z elevator.bin_temp bin=4 cable=7 sensor=3 temp_c=12.5\n2026-11-26T04:10:00Z elevator.bin_temp bin=4 cable=7 sensor=3 temp_c=12.5")
    add("neg-hash-table", f"| File | SHA-256 |\n|---|---|\n| accession_2026_11.csv | `{g.s(HEX, 64)}` |\n| scans_batch_17.zip | `{g.s(HEX, 64)}` |")
    add("neg-terraform-var", "variable \"scaleway_secret_key\" {\n  type      = string\n  sensitive = true\n}\n\nprovider \"scaleway\" {\n  secret_key = var.scaleway_secret_key\n  zone       = \"fr-par-1\"\n}")
    add("neg-k8s-ref", "env:\n  - name: GRAINBRIDGE_CLIENT_SECRET\n    valueFrom:\n      secretKeyRef:\n        name: grainbridge\n        key: client-secret")
    add("neg-public-company", "Competitor overview: Vetspire, Provet Cloud, ezyVet and Shepherd all offer cloud PMS for veterinary clinics; Vetstoria and PetDesk focus on booking and reminders.")
    add("neg-identifiers", "class OdysseyEfmClient:\n    def get_filing_status(self, envelope_id: str) -> FilingStatus:\n        resp = self._session.get(f\"{self.base_url}/filings/{envelope_id}/status\")\n        return FilingStatus.from_json(resp.json())")
    add("neg-copilot-cli", "> summarise the failing tests\n\n● 3 tests fail in tests/test_fare_rules.py: test_off_peak_weekend, test_child_fare_cap and test_railcard_discount. All three assert on the 2026 fare table, which was updated in commit a1b2c3d.")
    add("neg-codex", codex({"type": "message", "role": "assistant", "content": [{"type": "output_text", "text": "I updated `catalogue/marc.py` to handle 880 fields and added tests. All 214 tests pass."}]}))
    add("neg-audit", audit_ndjson({"@timestamp": "2026-11-26T08:00:01Z", "action": "copilot.seat_assignment", "org": "metro-ops", "seats_total": 120, "seats_active": 97}, {"@timestamp": "2026-11-26T08:00:02Z", "action": "copilot.policy_update", "org": "metro-ops", "policy": "public_code_suggestions", "value": "blocked"}))
    add("neg-mcp-sentry", mcp("Sentry issue VET-PMS-2K1: TypeError: Cannot read properties of undefined (reading 'microchip'). First seen 2026-11-25 14:02 UTC, 318 events, release 4.12.0 (commit 9f8e7d6)."))
    add("neg-iso", "ISO 8601 examples: 2026-11-26, 2026-W48-4, 2026-330, 2026-11-26T09:30:00+05:30. Invoice dates in the salon export use DD/MM/YYYY.")
    add("neg-shelfmarks", "Shelfmarks moved to the new stack: MS 2261/4, MS 2261/5, Add. MS 88412, ISBN 978-0-14-044926-6, ISSN 0028-0836, DOI 10.1093/ehr/ceab112.")
    add("neg-train-numbers", "Departures Utrecht Centraal: IC 3541 to Nijmegen 09:14 (platform 18), SPR 7441 to Rhenen 09:16 (platform 14), ICE 121 to Frankfurt 09:28 (platform 19).")
    add("neg-redacted", "The client's IBAN is [REDACTED] and the phone is ***-***-0143; see the secure CRM for details.")
    add("neg-base64-image", f"<img alt=\"museum logo\" src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA{g.s(ALNUM, 40)}\">")
    add("neg-cursor-rules", "---\ndescription: Secrets handling\nglobs: [\"**/*.py\"]\nalwaysApply: true\n---\n- Never hard-code API keys; read them with `os.environ`.\n- Use `settings.PETDESK_CLIENT_SECRET`, never a literal.\n- Test fixtures use `example.com` addresses only.")
    add("neg-goose", goose("version: 1.0.0\ntitle: Weekly catch report\nparameters:\n  - key: region\n    input_type: string\n    requirement: required\nprompt: Build the weekly catch report for {{ region }} from the landings table."))
    add("neg-hi", jb("टेस्ट क्यों फेल हो रहे हैं?", "`test_grain_shrink` में अपेक्षित मान 15.5% नमी के लिए 1.3 का गुणक मानता है, जबकि `shrink()` अब 1.4 इस्तेमाल करता है। कमिट 7c9e2f1 में यह बदलाव हुआ था। टेस्ट को अपडेट कर दूँ?"))
    add("neg-ja", "$ git log --oneline -4\n4f1a9c2 運賃表を2027年版に更新\n9be03d1 IC乗車券の端数処理を修正\n2a7c6f0 テスト: 小児運賃の上限\n81d4e55 依存関係を更新 (requests 2.32.3)")
    add("neg-ko", cursor("`scripts/build_tiles.sh` 실행 결과:\n```\n빌드 번호 20261126.3\n타일 4,812개 생성 (줌 10–16)\n이미지 다이제스트 sha256:" + g.s(HEX, 64) + "\n```\n지도 타일 빌드가 정상적으로 끝났습니다."))
    add("neg-zh-tw", "請在 .env 中設定 OMEKA_KEY_IDENTITY=<你的金鑰> 與 OMEKA_KEY_CREDENTIAL=<你的密鑰>，不要把真正的值提交到儲存庫。範例檔 .env.example 只放佔位字串。")
    add("neg-ar", "يا جماعة، في الـ workflow الجديد بنقرأ المفتاح من ${{ secrets.COURT_API_KEY }} بس، ومفيش أي مفتاح مكتوب في الكود. لو الـ job فشل، اتأكدوا إن الـ secret متعرّف في إعدادات الريبو.")
    add("neg-tr", qodo("kumaş kesim planı neden yavaş?", "`optimise.py` içindeki `nest_markers()` her parça için tüm pastal boyunu yeniden tarıyor (O(n²)). 1.9.2 sürümünde önbellek eklendi; 4.812 parçalık AW27 planı 41 sn yerine 6 sn sürüyor."))
    add("neg-pl", "Wersja 4.0.3 gotowa. Zmienna środowiskowa PKPIC_API_KEY musi być ustawiona w sekretach repozytorium — w kodzie używamy tylko os.getenv(\"PKPIC_API_KEY\"), a w testach wartości \"fake-key\".")
    add("neg-ru", "Партия зерна №47 принята на элеватор 26.11.2026: 312,4 т, влажность 13,8 %, сорная примесь 1,2 %. Номер накладной 2026-11-884213, коммит отчёта " + g.s(HEX, 40) + ".")
    add("neg-vi", devin("Tôi đã thêm kiểm thử cho hàm tính tỷ lệ sống của tôm (FCR). Mã lô mẫu trong fixture là LOT-CM-2026-118, dữ liệu hoàn toàn giả lập. 96/96 bài kiểm thử đều qua."))
    add("neg-th", "```yaml\n# .github/workflows/deploy.yml\nenv:\n  TIMELY_API_KEY: ${{ secrets.TIMELY_API_KEY }}  # อ่านจาก GitHub Secrets เท่านั้น\n  SALON_REGION: ap-southeast-1\n```")
    add("neg-sw", "Mkutano wa timu (26/11): tumemaliza kuhamisha funguo zote kwenye vault. Faili ya .env.example ina thamani za mfano tu kama OPTITEX_KEY=weka-ufunguo-hapa. Toleo 2.3.0 litatoka Ijumaa.")
    add("neg-el", "Η έκδοση 1.4.2 κυκλοφόρησε με διόρθωση στον υπολογισμό της προμήθειας του κομμωτηρίου. Τα κλειδιά διαβάζονται από το os.environ· στα tests χρησιμοποιούμε τη τιμή \"test-key-123\".")
    add("neg-pt-br", "Versão 6.0.1 publicada. Use a variável `SQUIRE_PARTNER_KEY` definida nos secrets do repositório; o valor `sua-chave-aqui` no README é só um exemplo.")
    add("neg-he", "ב-PR הזה העברנו את מפתח ה-API של מערכת התיקים למשתנה הסביבה COURT_EFILE_KEY. אין מפתחות בקוד; בבדיקות משתמשים בערך dummy.")
    add("neg-ta", "ஏற்றுமதி அறிக்கை: 2026 நவம்பரில் 18 கப்பல்கள், மொத்தம் 412.6 டன் இறால். ஆர்டர் எண் 2026-7712. அனைத்து 88 சோதனைகளும் வெற்றி பெற்றன.")
    add("neg-nl", "Release 0.9.4: treinnummers 3541 en 7441 toegevoegd aan de dienstregeling. Commit 2b7e4f1. Geen geheimen in de code — alles via de pipeline-variabelen.")
    add("neg-uk", "Архівний шифр: Ф. 146, оп. 2, спр. 418. Цифрові копії: 2 214 файлів TIFF, контрольні суми SHA-256 у manifest.csv. Ключ API береться зі змінної середовища ARCHIVE_API_KEY.")
    add("neg-fi", "Viljasiilon anturidata 26.11.: BIN-4-CABLE-7-S3 12,4 °C, BIN-4-CABLE-7-S4 12,6 °C. Hälytysraja 15 °C. Ei toimenpiteitä.")
    add("neg-id", swe_agent("grep -n 'API_KEY' koperasi/settings.py", "12:KOPERASI_API_KEY = os.environ[\"KOPERASI_API_KEY\"]\n13:# nilai contoh untuk pengujian: \"kunci-palsu\""))
    add("neg-pr", pr_body("Read Treatwell key from settings", "This PR replaces the literal key in `booking/treatwell.py` with `settings.TREATWELL_API_KEY` and documents the variable in `.env.example` (value left empty). No secrets are included in this change.\n\n- [x] tests pass (212)\n- [x] `ruff check` clean"))
    add("neg-jb", jb("What does the `MARC 856` field hold?", "Field 856 holds electronic location and access, usually a URL like `https://catalogue.example.org/record/123`. Subfield `$u` is the URI, `$z` a public note."))
    add("neg-tabby", tabby("write a function to compute grain shrink", "def shrink(moisture: float, target: float = 15.5) -> float:\n    return (moisture - target) * 1.3"))
    add("neg-sweep", sweep("I'll update `fares/rules.py` to use the 2027 fare table and add tests for the railcard discount. No configuration changes are needed."))
    add("neg-openhands", openhands("pytest -q tests/test_lice_counts.py", "....................\n20 passed in 0.84s"))
    add("neg-gpg-pub", "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmDMEZ0h8ZxYJKwYBBAHaRw8BAQdA" + g.s(ALNUM, 43) + "\n=" + g.s(ALNUM, 4) + "\n-----END PGP PUBLIC KEY BLOCK-----\n(public key of the archive's release signing — safe to publish)")
    add("neg-ip-server", "Upstream servers for the metro API: 10.20.4.17:8080, 10.20.4.18:8080 (internal load balancer). Health check on /healthz every 5s.")
    add("neg-void", void("Refactored `fares/calc.py`: extracted `apply_railcard()` and `cap_child_fare()`; added 12 tests. No behaviour change."))
    add("neg-trae", trae("Created `src/components/BookingCalendar.tsx` with props `salonId`, `stylistId` and `onSlotSelect`. Sample data in `fixtures/slots.json` uses stylist ids 1–4."))
    add("neg-refact", refact("cat", "[tool.poetry]\nname = \"grain-moisture-calc\"\nversion = \"2.5.0\"\ndescription = \"Shrink and drying cost tables for grain elevators\"\nauthors = [\"Co-op IT\"]\n"))
    add("neg-windsurf", windsurf("Updated `.cursor/rules/secrets.mdc` and `.windsurfrules` so agents read credentials from `process.env` only. Placeholders in docs now read `<PETSAPP_SIGNING_SECRET>`."))
    add("neg-mcp-stripe", mcp(dumps({"object": "list", "data": [{"id": "pi_3QxK8e", "amount": 4850, "currency": "eur", "status": "succeeded", "description": "Salon gift card #GC-0418"}], "has_more": False})))
    add("neg-mcp-notion", mcp(dumps({"object": "page", "properties": {"Title": "Digitisation batch 17", "Status": "Done", "Items": 2214, "Checksum manifest": "manifest-sha256.csv"}})))
    add("neg-cody", cody("what does NS_PRIMARY_KEY do?", "It's the name of the environment variable holding the NS API subscription key; `config.py` reads it with `os.environ[\"NS_PRIMARY_KEY\"]`. The value is set in the deployment, not in the repo."))
    return out
