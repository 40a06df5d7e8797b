# ruff: noqa: E501, RUF001  -- item tables hold whole texts on one line; foreign letters are intended.
"""Thirteenth held-out set: people at work with agents (tickets, CRM/HR exports, invoices, mail
and chat pasted into prompts; dotfiles, password-manager exports, keys, mobile configs, game
servers, wallets, academic/health/legal back offices), written blind (see README.md).
Providers (N-Z) that none of eval-dev or holdout..holdout11 used.
"""

from __future__ import annotations

import base64
import json

from _markup import IP, A, C, D, E, I, L, P, S, T, U, m, shell
from _values import ALNUM, DIGITS, HEX, HEXU, LOWER, LOWNUM, UPNUM, UPPER, Gen, iban, luhn_complete

B64URL = ALNUM + "-_"
B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def dumps(obj: object, **kw: object) -> str:
    kw.setdefault("ensure_ascii", False)
    return json.dumps(obj, **kw)  # type: ignore[arg-type]


def b64(raw: str) -> str:
    return base64.b64encode(raw.encode()).decode()


# ---------------------------------------------------------------------------------------------
# carriers


def usage_record(messages: list[dict[str, object]], user_id: int = 88140277, ts: int = 1795838211734) -> str:
    body = dumps({"model": "claude-sonnet-4.5", "stream": True, "messages": messages}, separators=(",", ":"))
    return dumps({"type": "request", "user_id": user_id, "enterprise_id": 7734, "github_request_id": "C1F0:2A9E1:8B04D2C:9D11F07:6927A3B2", "endpoint": "/chat/completions", "body": body, "@timestamp": ts, "event_id": "8a2d6c41-57e3-4f0b-9d21-b64e0c3f7a19"})


def usage_response(content: str, ts: int = 1795838214020) -> str:
    body = dumps({"id": "chatcmpl-h13x", "object": "chat.completion", "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}]}, separators=(",", ":"))
    return dumps({"type": "response", "user_id": 88140277, "enterprise_id": 7734, "github_request_id": "C1F0:2A9E1:8B04D2C:9D11F07:6927A3B2", "endpoint": "/chat/completions", "body": body, "@timestamp": ts, "event_id": "0e7b3c95-1a4f-4e62-b8d7-33f1a9c0d528"})


def vsc_call(name: str, args: dict[str, object], call: str = "call_h13Tq2") -> str:
    return dumps({"role": "assistant", "content": None, "tool_calls": [{"id": call, "type": "function", "function": {"name": name, "arguments": dumps(args)}}]})


def vsc_result(content: str, call: str = "call_h13Tq2") -> str:
    return dumps({"role": "tool", "tool_call_id": call, "content": content})


def copilot_chat(turns: list[tuple[str, str]], ide: str = "VS Code") -> str:
    """A Copilot Chat panel export (markdown)."""
    out = [f"<!-- GitHub Copilot Chat export ({ide}) -->"]
    for who, txt in turns:
        out.append(f"**{who}:** {txt}" if who != "GitHub Copilot" else f"**GitHub Copilot:**\n{txt}")
    return "\n\n".join(out)


def mcp_call(tool: str, args: dict[str, object], n: int = 7) -> str:
    return dumps({"jsonrpc": "2.0", "id": n, "method": "tools/call", "params": {"name": tool, "arguments": args}})


def mcp_text(text: str, n: int = 7) -> str:
    return dumps({"jsonrpc": "2.0", "id": n, "result": {"content": [{"type": "text", "text": text}]}})


def claude_use(cmd: str, desc: str, cwd: str) -> str:
    return dumps({"type": "assistant", "cwd": cwd, "sessionId": "5b1e0c7a-93d2-4f48-a6e1-2c9d7f0b8e34", "message": {"role": "assistant", "content": [{"type": "tool_use", "id": "toolu_01Qh13", "name": "Bash", "input": {"command": cmd, "description": desc}}]}})


def claude_result(out: str, cwd: str) -> str:
    return dumps({"type": "user", "cwd": cwd, "sessionId": "5b1e0c7a-93d2-4f48-a6e1-2c9d7f0b8e34", "message": {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_01Qh13", "content": out}]}})


def claude_prompt(text: str, cwd: str) -> str:
    return dumps({"type": "user", "cwd": cwd, "sessionId": "5b1e0c7a-93d2-4f48-a6e1-2c9d7f0b8e34", "message": {"role": "user", "content": text}})


def aider(prompt: str, reply: str, ts: str = "2026-11-24 10:12:40") -> str:
    return f"\n# aider chat started at {ts}\n\n> aider --model sonnet\n\n#### {prompt}\n\n{reply}\n"


def chatgpt(parts: list[tuple[str, str]], title: str = "Untitled") -> str:
    mapping = {}
    for i, (role, txt) in enumerate(parts):
        mapping[f"n{i}"] = {"id": f"n{i}", "message": {"author": {"role": role}, "content": {"content_type": "text", "parts": [txt]}}}
    return dumps({"title": title, "create_time": 1795741020.31, "mapping": mapping})


def gemini(prompt: str, reply: str) -> str:
    return dumps([{"header": "Gemini Apps", "title": "Prompted " + prompt, "time": "2026-11-22T08:41:07.512Z", "products": ["Gemini Apps"], "safeHtmlItem": [{"html": "<p>" + reply + "</p>"}]}])


def slack(msgs: list[tuple[str, str]]) -> str:
    return dumps([{"type": "message", "user": u, "text": t, "ts": f"17957{i}4411.00{i}2{i}9"} for i, (u, t) in enumerate(msgs)], indent=1)


def teams(sender: str, html: str) -> str:
    return dumps({"id": "1795740033187", "messageType": "message", "createdDateTime": "2026-11-21T09:20:33.187Z", "from": {"user": {"id": "4d1f2a07-8b3c-4e9d-a6f0-91c2e5b7d834", "displayName": sender}}, "body": {"contentType": "html", "content": html}})


def discord(msgs: list[tuple[str, str]]) -> str:
    return dumps({"guild": {"name": "server-ops"}, "channel": {"name": "admins"}, "messages": [{"id": f"11822{i}90377514{i}", "timestamp": "2026-11-19T22:0{i}:14.000+00:00", "author": {"name": a, "isBot": False}, "content": c} for i, (a, c) in enumerate(msgs)]})


def matrix(sender: str, body: str) -> str:
    return dumps({"type": "m.room.message", "sender": sender, "origin_server_ts": 1795662901220, "content": {"msgtype": "m.text", "body": body}, "room_id": "!QzLhVbKcnrPyTeWdMa:matrix.org"})


# ---------------------------------------------------------------------------------------------


def secrets(g: Gen) -> list[tuple[str, list[str], str]]:
    out: list[tuple[str, list[str], str]] = []

    def add(p: str, t: str, providers: list[str] | None = None) -> None:
        out.append((f"holdout13:{p}", providers or [p], t))

    def hx(n: int) -> str:
        return g.s(HEX, n)

    def an(n: int) -> str:
        return g.mixed(ALNUM, n)

    # onboarding, dotfiles, password managers
    add("onepassword", usage_record([{"role": "system", "content": "You are GitHub Copilot. Workspace: /Users/" + U("ines.marwick") + "/dev/onboarding"}, {"role": "user", "content": f"my new-laptop script fails at `op read`. I export the service account token like this in ~/.zshrc:\nexport OP_SERVICE_ACCOUNT_TOKEN=\"{S('ops_' + g.b64(180).rstrip('='))}\"\nop read \"op://Engineering/staging-db/password\""}]))
    add("nordpass", f"name,url,username,password,note,cardholdername,cardnumber,cvc,expirydate,zipcode,folder\nJira Cloud,https://kestrelworks.atlassian.net,{E('o.lindqvist@kestrelworks.io')},{S(g.password())},,,,,,,Work\nStaging Postgres,,{U('app_rw')},{S(an(22))},port 5432,,,,,,Work\nBuild NAS,http://10.20.0.14:5000,{U('buildbot')},{S(g.password())},,,,,,,Infra", ["nordpass", "password"])
    add("passbolt", f"# ~/.config/go-passbolt-cli/go-passbolt-cli.toml\nserverAddress = \"https://vault.kestrelworks.io\"\nuserPrivateKey = \"\"\"{S(g.pem('PGP PRIVATE KEY BLOCK', 6))}\"\"\"\nuserPassword = \"{S(g.password())}\"\nmfaMode = \"noninteractive-error\"", ["passbolt", "pgp"])
    add("restic", shell("cat ~/.config/restic/env", f"export RESTIC_REPOSITORY=s3:https://s3.eu-central-003.backblazeb2.com/kw-laptop-backups\nexport RESTIC_PASSWORD='{S(an(28))}'\nexport AWS_ACCESS_KEY_ID=003{hx(21)}\nexport AWS_SECRET_ACCESS_KEY={S(g.mixed(ALNUM + '/+', 31))}", prompt="ines@mbp ~ % "), ["restic", "password"])
    add("neomutt", f"# ~/.config/neomutt/neomuttrc  (sourced from the dotfiles repo, please review before I push)\nset from = \"{E('ruairi.obrien@kestrelworks.io')}\"\nset realname = \"{P('Ruairí Ó Briain')}\"\nset imap_user = \"{E('ruairi.obrien@kestrelworks.io')}\"\nset imap_pass = \"{S(g.mixed(LOWER, 16))}\"\nset folder = \"imaps://imap.fastmail.com:993\"\nset smtp_url = \"smtps://smtp.fastmail.com:465\"", ["neomutt"])
    add("offlineimap", f"[Repository work-remote]\ntype = IMAP\nremotehost = outlook.office365.com\nremoteuser = {E('ken.ashworth@kestrel-legal.co.uk')}\nremotepass = {S(g.password())}\nsslcacertfile = /etc/ssl/certs/ca-certificates.crt\nfolderfilter = lambda f: f not in ['Junk Email', 'Deleted Items']", ["offlineimap", "password"])
    add("znc", f"Can you convert this ZNC user block to the new 1.9 format? Pasting from znc.conf:\n\n<User {U('dara')}>\n    Pass = sha256#{S(hx(64))}#{S(g.mixed(ALNUM, 20))}#\n    Nick = dara\n    <Network libera>\n        Server = irc.libera.chat +6697 {S(an(24))}\n    </Network>\n</User>", ["znc"])
    add("syncthing+transmission", f"<!-- ~/.local/state/syncthing/config.xml (excerpt) -->\n<gui enabled=\"true\" tls=\"true\">\n    <address>127.0.0.1:8384</address>\n    <user>{U('maarja')}</user>\n    <password>$2a$10${S(g.s(ALNUM + './', 53))}</password>\n    <apikey>{S(g.mixed(ALNUM, 32))}</apikey>\n</gui>\n\n# ~/.config/transmission-daemon/settings.json\n\"rpc-username\": \"{U('maarja')}\",\n\"rpc-password\": \"{S(g.password())}\",", ["syncthing", "transmission"])
    add("taskwarrior", f"# ~/.taskrc — Sünkroonimine töö-serveriga (kolleegi seadistus, ära jaga!)\ntaskd.server=task.kestrelworks.ee:53589\ntaskd.credentials=Kestrel/{P('Maarja Tamm')}/{S(g.uuid())}\ntaskd.certificate=~/.task/maarja.cert.pem\ntaskd.key=~/.task/maarja.key.pem", ["taskwarrior"])
    add("sonarr+radarr+prowlarr", f"Hæ, geturðu hjálpað mér að laga docker-compose fyrir heimaþjóninn? Prowlarr nær ekki sambandi við Sonarr og Radarr.\n\n```yaml\n  prowlarr:\n    environment:\n      - SONARR__APIKEY={S(hx(32))}\n      - RADARR__APIKEY={S(hx(32))}\n      - PROWLARR__AUTH__APIKEY={S(hx(32))}\n```", ["sonarr", "radarr", "prowlarr"])
    add("tautulli+sabnzbd", f"[General]\nhttp_port = 8181\napi_enabled = 1\napi_key = {S(hx(32))}\n\n; sabnzbd.ini\n[misc]\napi_key = {S(hx(32))}\nnzb_key = {S(hx(32))}\nusername = \"\"\npassword = \"\"", ["tautulli", "sabnzbd"])
    add("password_keychain", shell("security find-generic-password -s 'kestrel-vpn' -a \"$USER\" -g", f"keychain: \"/Users/{U('haruka.sato')}/Library/Keychains/login.keychain-db\"\nversion: 512\nclass: \"genp\"\nattributes:\n    \"acct\"<blob>=\"{U('haruka.sato')}\"\n    \"svce\"<blob>=\"kestrel-vpn\"\npassword: \"{S(g.password())}\"", prompt="% "), ["password"])
    add("pem_ssh_ed25519", claude_use("cat ~/.ssh/id_ed25519_deploy", "Show the deploy key the onboarding script generated", "/home/" + U("zeynep") + "/onboarding") + "\n" + claude_result(S(g.openssh()), "/home/" + U("zeynep") + "/onboarding"), ["pem"])
    add("pgp_gpg_export", f"ok so I ran `gpg --export-secret-keys --armor 4F1A22C0D9E3B7A6` to move my signing key to the new laptop, is this the right file to import? it starts like\n\n{S(g.pem('PGP PRIVATE KEY BLOCK', 5))}\n\nand the passphrase is {S(g.password())} if that matters", ["pgp", "password"])
    add("yubikey_pin", f"Pasos para la YubiKey del nuevo compañero (no subir al wiki):\n\n1. ykman piv access change-management-key --generate --protect\n2. PIN actual: 123456 (de fábrica) → nuevo PIN: {S(g.s(DIGITS, 8))}\n3. PUK nuevo: {S(g.s(DIGITS, 8))}\n4. ykman openpgp access change-admin-pin  → {S(g.s(DIGITS, 8))}", ["yubikey"])
    add("netbird", f"#!/usr/bin/env bash\n# onboard.sh — joins the laptop to the office mesh\nset -euo pipefail\nbrew install netbirdio/tap/netbird\nsudo netbird up --setup-key {S(g.uuid(upper=True))} --management-url https://mesh.kestrelworks.io:33073\nnetbird status", ["netbird"])
    add("pritunl", f"$ pritunl-client add pritunl://vpn.kestrelworks.io/k/{S(g.mixed(ALNUM, 8))}\nProfile imported: kestrel-office (vpn.kestrelworks.io)\n$ cat /etc/pritunl/api.env\nPRITUNL_API_TOKEN={S(g.mixed(ALNUM, 32))}\nPRITUNL_API_SECRET={S(g.mixed(ALNUM, 32))}", ["pritunl"])
    add("proton_bridge", f"Thunderbird keeps asking for the password. Bridge shows:\nIMAP 127.0.0.1:1143 STARTTLS\nusername: {E('tomas.varga@proton.me')}\npassword: {S(g.mixed(B64URL, 22))}\nShould I use that one or my Proton login?", ["protonbridge"])

    # mobile apps (Android/iOS)
    add("umeng", f"// app/build.gradle.kts — Umeng 统计与推送\nandroid {{\n    defaultConfig {{\n        manifestPlaceholders += mapOf(\n            \"UMENG_APPKEY\" to \"{g.s(HEX, 24)}\",\n            \"UMENG_MESSAGE_SECRET\" to \"{S(hx(32))}\",\n            \"UMENG_CHANNEL\" to \"huawei\"\n        )\n    }}\n}}", ["umeng"])
    add("xiaomipush+oppopush+vivopush", f"# 厂商通道配置 (push-vendors.properties)\nxiaomi.app_id=2882303761{g.s(DIGITS, 9)}\nxiaomi.app_secret={S(g.b64(16).rstrip('=') + '==')}\noppo.app_key={hx(32)}\noppo.master_secret={S(hx(32))}\nvivo.app_id=10{g.s(DIGITS, 4)}\nvivo.app_secret={S(g.uuid())}", ["xiaomipush", "oppopush", "vivopush"])
    add("shorebird", f"name: release-android\non: workflow_dispatch\njobs:\n  patch:\n    runs-on: ubuntu-latest\n    env:\n      SHOREBIRD_TOKEN: {S(g.b64(150).rstrip('='))}\n    steps:\n      - uses: shorebirdtech/setup-shorebird@v1\n      - run: shorebird patch android --release-version=3.4.1+88", ["shorebird"])
    add("singular", vsc_call("read_file", {"filePath": "/Users/" + U("kofi.asante") + "/src/loyalty-ios/Loyalty/AppDelegate.swift", "startLine": 20, "endLine": 30}) + "\n" + vsc_result(f"    func application(_ application: UIApplication, didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]?) -> Bool {{\n        let config = SingularConfig(apiKey: \"kestrel_loyalty_{g.s(LOWNUM, 4)}\", andSecret: \"{S(hx(32))}\")\n        config?.skAdNetworkEnabled = true\n        Singular.start(config)\n        return true\n    }}"), ["singular"])
    add("vungle+unityads", f"<!-- res/values/ads.xml — staging -->\n<resources>\n    <string name=\"vungle_app_id\">6{hx(23)}</string>\n    <string name=\"vungle_reporting_api_key\">{S(hx(32))}</string>\n    <string name=\"unity_ads_game_id\">5{g.s(DIGITS, 6)}</string>\n    <string name=\"unity_ads_monetization_api_key\">{S(hx(64))}</string>\n</resources>", ["vungle", "unityads"])
    ks_pw = g.password()
    add("password_android_keystore", f"> Task :app:validateSigningRelease FAILED\n\nFAILURE: Build failed with an exception.\n* What went wrong:\nKeystore was tampered with, or password was incorrect\n\n$ cat keystore.properties\nstoreFile=../keys/kestrel-release.jks\nstorePassword={S(ks_pw)}\nkeyAlias=upload\nkeyPassword={S(ks_pw)}", ["password"])
    add("pem_apns_p8", f"Ngiyacela ungisize: isicelo se-push se-iOS sibuyisa `InvalidProviderToken`. Ifayela elithi AuthKey_7QX2K9LM4B.p8:\n\n{S(g.pem('PRIVATE KEY', 3))}\n\nTeam ID: 9H3KD72QXA, Key ID: 7QX2K9LM4B", ["pem"])
    add("textmagic", f"suspend fun sendOtp(phone: String, code: String) {{\n    val client = TextmagicClient(\n        username = \"{U('kestrel_sms')}\",\n        apiKey = \"{S(g.mixed(ALNUM, 30))}\"\n    )\n    client.messages.send(text = \"Your code: $code\", phones = phone)\n}}", ["textmagic"])
    add("unifonic", f"مرحباً، تطبيق الجوال لا يرسل رمز التحقق عبر يونيفونك منذ الأمس. هذا جزء من ملف ‎.env‎ على الخادم:\n\nUNIFONIC_APP_SID={S(g.mixed(ALNUM, 30))}\nUNIFONIC_SENDER_ID=KESTREL\nUNIFONIC_BASE_URL=https://el.cloud.unifonic.com/rest/SMS/messages\n\nهل المشكلة في المفتاح؟", ["unifonic"])
    add("smsapi", f"Ahoj, posielam konfiguráciu SMS brány pre mobilnú aplikáciu (staging). Token som vygeneroval včera v portáli SMSAPI:\n\n```php\n$client = new SmsapiHttpClient();\n$service = $client->smsapiComService('{S(g.mixed(ALNUM, 40))}');\n$service->smsFeature()->sendSms(new SendSmsBag($to, 'Váš kód je 4417'));\n```\n\nNefunguje to, vracia ERROR 101.", ["smsapi"])
    add("textlocal", f"$ curl -s https://api.textlocal.in/send/ -d apikey={S(g.mixed(ALNUM, 40))} -d sender=KSTRL -d numbers=919800000000 -d message='OTP test'\n{{\"errors\":[{{\"code\":80,\"message\":\"Invalid template\"}}],\"status\":\"failure\"}}", ["textlocal"])
    add("whatsapp", vsc_call("run_in_terminal", {"command": f"curl -X POST https://graph.facebook.com/v21.0/1{g.s(DIGITS, 14)}/messages -H 'Authorization: Bearer {S('EAAG' + g.mixed(ALNUM, 180))}' -H 'Content-Type: application/json' -d '{{\"messaging_product\":\"whatsapp\",\"to\":\"<test-number>\",\"type\":\"template\",\"template\":{{\"name\":\"hello_world\",\"language\":{{\"code\":\"en_US\"}}}}}}'", "explanation": "Send the test template", "isBackground": False}), ["whatsapp"])

    # game servers
    add("pterodactyl", f"import requests\n\nPANEL = \"https://panel.blockhaven.gg\"\nHEADERS = {{\"Authorization\": \"Bearer {S('ptla_' + g.mixed(ALNUM, 43))}\", \"Accept\": \"Application/vnd.pterodactyl.v1+json\"}}\nCLIENT = {{\"Authorization\": \"Bearer {S('ptlc_' + g.mixed(ALNUM, 43))}\"}}\n\nservers = requests.get(f\"{{PANEL}}/api/application/servers\", headers=HEADERS).json()", ["pterodactyl"])
    add("rcon", f"[{g.s(DIGITS, 2)}:14:07] [Server thread/INFO]: Starting minecraft server version 1.21.3\n\n# server.properties\nenable-rcon=true\nrcon.port=25575\nrcon.password={S(g.password())}\nserver-port=25565\nwhite-list=true\nmotd=Blockhaven SMP", ["rcon"])
    add("velocity", discord([(U("sigrun_builds"), f"velocity won't forward to paper, here's forwarding.secret from the proxy: `{S(g.mixed(ALNUM, 12))}` and paper-global.yml has velocity.secret set to the same"), (U("tobi"), "did you set online-mode=false on the backend? and pls delete that msg lol")]), ["velocity"])
    add("tebex", f"// Tebex webhook handler — Mängija ostud (Eesti server)\nconst TEBEX_SECRET = \"{S(hx(32))}\";\nconst TEBEX_PLUGIN_KEY = \"{S(hx(40))}\";\napp.post('/tebex', (req, res) => {{\n  const sig = crypto.createHmac('sha256', TEBEX_SECRET).update(req.rawBody).digest('hex');\n  if (sig !== req.get('X-Signature')) return res.sendStatus(403);\n}});", ["tebex"])
    add("roblox", f"Roblox Open Cloud-ийн API түлхүүр ажиллахгүй байна, яагаад 403 буцаагаад байгааг хараач:\n\n```lua\nlocal API_KEY = \"{S(g.b64(180).rstrip('='))}\"\nlocal UNIVERSE_ID = 58{g.s(DIGITS, 8)}\n```\n\nБи DataStore-д бичих эрх өгсөн гэж бодож байна.", ["roblox"])
    add("supercell", f"# bot/config.py — Clash of Clans clan bot\nCOC_API_TOKEN = \"{S(g.jwt(dumps({'iss': 'supercell', 'aud': 'supercell:gameapi', 'jti': g.uuid(), 'sub': 'developer/' + g.uuid(), 'scopes': ['clash'], 'limits': [{'tier': 'developer/silver', 'type': 'throttling'}, {'cidrs': ['203.0.113.50'], 'type': 'client'}]}, separators=(',', ':'))))}\"\nCLAN_TAG = \"#2QJ8YLRC9\"", ["supercell"])
    add("osu", f"OSU_CLIENT_ID=3{g.s(DIGITS, 4)}\nOSU_CLIENT_SECRET={S(g.mixed(ALNUM, 40))}\nOSU_REDIRECT_URI=http://localhost:3000/callback", ["osu"])
    add("nitrado", matrix("@" + U("lorcan") + ":matrix.kestrel.ie", f"Tá an freastalaí ARK ag titim arís. Seo an token Nitrado a d'úsáid mé sa script athbhunaithe, an bhféadfá é a sheiceáil? {S(g.mixed(ALNUM + '-_', 84))}"), ["nitrado"])
    add("wargaming", f"[wot-stats]\napplication_id = {hx(32)}\n; 토큰은 로그인 후 받은 access_token (2주 유효)\naccess_token = {S(hx(40))}\nrealm = asia", ["wargaming"])
    add("pufferpanel", f"$ curl -s -X POST https://games.kestrelworks.io/oauth2/token -d grant_type=client_credentials -d client_id={g.uuid()} -d client_secret={S(g.mixed(ALNUM, 48))}\n{{\"access_token\":\"{S(g.mixed(B64URL, 64))}\",\"token_type\":\"Bearer\",\"expires_in\":3600}}", ["pufferpanel"])
    add("palworld", f"[/Script/Pal.PalGameWorldSettings]\nOptionSettings=(Difficulty=None,ServerName=\"Kestrel Pals\",ServerDescription=\"\",AdminPassword=\"{S(g.password())}\",ServerPassword=\"{S(g.mixed(LOWER, 8))}\",PublicPort=8211,RCONEnabled=True,RCONPort=25575)", ["palworld"])

    # web3 / crypto wallets
    words = ["orbit", "hazard", "fossil", "wrist", "sample", "drama", "tunnel", "pepper", "cradle", "glide", "spoon", "amateur", "legend", "vapor", "shrug", "inhale", "cabbage", "remain", "wagon", "ethics", "mansion", "upgrade", "filter", "poem"]
    g.rng.shuffle(words)
    add("trustwallet", f"Pls help me restore this on the test device, the recovery phrase I wrote down for the QA wallet is:\n\n{S(' '.join(words[:12]))}\n\nTrust Wallet says \"invalid phrase\".", ["trustwallet"])
    g.rng.shuffle(words)
    add("phantom", claude_prompt(f"Zet deze seed phrase in de .env van de devnet-tests als WALLET_MNEMONIC, Phantom export: {S(' '.join(words))}", "/home/" + U("pieter") + "/src/nft-mint"), ["phantom"])
    add("polkadot", f"$ subkey generate --scheme sr25519\nSecret phrase:       {S(' '.join(words[3:15]))}\n  Network ID:        substrate\n  Secret seed:       {S('0x' + hx(64))}\n  Public key (hex):  0x{hx(64)}\n  Account ID:        0x{hx(64)}\n  SS58 Address:      5{g.s(B58, 47)}", ["polkadot"])
    add("near", f"// ~/.near-credentials/testnet/kestrel-dao.testnet.json\n{{\"account_id\":\"kestrel-dao.testnet\",\"public_key\":\"ed25519:{g.s(B58, 44)}\",\"private_key\":\"{S('ed25519:' + g.s(B58, 88))}\"}}", ["near"])
    add("stellar", f"Pozdrav, ovo je konfiguracija za isplate na Stellar testnetu. Tajni ključ računa za isplate je ispod, molim te prebaci ga u Vault:\n\nSTELLAR_PUBLIC=G{g.s(UPPER + '234567', 55)}\nSTELLAR_SECRET={S('S' + g.s(UPPER + '234567', 55))}\nHORIZON_URL=https://horizon-testnet.stellar.org", ["stellar"])
    add("xrpl", f"const xrpl = require('xrpl')\n// ሙከራ ቦርሳ — በ testnet ብቻ\nconst wallet = xrpl.Wallet.fromSeed('{S('s' + g.s(B58.replace('l', ''), 28))}')\nconsole.log(wallet.classicAddress)", ["xrpl"])
    add("tezos", f"tezos-client import secret key alice unencrypted:{S('edsk' + g.s(B58, 50))} --force", ["tezos"])
    add("sui", f"$ sui keytool export --key-identity stoic-beryl\n╭────────────────────┬──────────────────────────────────────────────────────────────────────────╮\n│ exportedPrivateKey │  {S('suiprivkey1' + g.s('023456789acdefghjklmnpqrstuvwxyz', 59))}  │\n│ key.scheme         │  ed25519                                                                 │\n╰────────────────────┴──────────────────────────────────────────────────────────────────────────╯", ["sui"])
    add("tron", f"TRON_PRIVATE_KEY={S(hx(64))}\nTRONGRID_API_KEY={S(g.uuid())}\nUSDT_CONTRACT=TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t", ["tron", "trongrid"])
    add("starknet", f"# .env — StarkNet Sepolia deployer\nSTARKNET_ACCOUNT_ADDRESS=0x0{hx(63)}\nSTARKNET_PRIVATE_KEY={S('0x0' + hx(63))}\nSTARKNET_RPC=https://starknet-sepolia.public.blastapi.io/rpc/v0_7", ["starknet"])
    add("nownodes+nodereal", f"const providers = {{\n  btc: 'https://btc.nownodes.io/{S(g.uuid())}',\n  bsc: 'https://bsc-mainnet.nodereal.io/v1/{S(hx(32))}',\n}};", ["nownodes", "nodereal"])
    add("tatum", f"curl -s https://api.tatum.io/v3/ethereum/account/balance/0x{hx(40)} -H 'x-api-key: {S('t-' + hx(24) + '-' + hx(24))}'", ["tatum"])
    add("thegraph", f"Subgraph endpoint pro produkci (nedávat do frontendu!):\nhttps://gateway.thegraph.com/api/{S(hx(32))}/subgraphs/id/{g.s(B58, 44)}", ["thegraph"])
    add("opensea+reservoir", f"OPENSEA_API_KEY={S(hx(32))}\nRESERVOIR_API_KEY={S(g.uuid())}\nCOLLECTION_SLUG=kestrel-founders", ["opensea", "reservoir"])
    add("thirdweb", usage_record([{"role": "user", "content": f"fix the thirdweb client init, it says 'secretKey must not be used in browser':\n\nconst client = createThirdwebClient({{ secretKey: \"{S(g.mixed(B64URL, 86))}\" }});"}]), ["thirdweb"])
    add("openzeppelin", f"DEFENDER_API_KEY={S(g.mixed(ALNUM, 32))}\nDEFENDER_API_SECRET={S(g.mixed(ALNUM, 64))}\nRELAYER_ID={g.uuid()}", ["openzeppelin"])
    add("pimlico+zerodev", f"export const bundlerUrl = `https://api.pimlico.io/v2/sepolia/rpc?apikey={S('pim_' + g.mixed(ALNUM, 22))}`;\nexport const zerodevRpc = 'https://rpc.zerodev.app/api/v2/bundler/{S(g.uuid())}';", ["pimlico", "zerodev"])
    add("privy", f"PRIVY_APP_ID=cm{g.s(LOWNUM, 23)}\nPRIVY_APP_SECRET={S(g.mixed(ALNUM, 88))}", ["privy"])
    add("upbit+whitebit", f"# 업비트 / WhiteBIT 자동매매 봇 설정\nUPBIT_ACCESS_KEY={S(g.mixed(ALNUM, 40))}\nUPBIT_SECRET_KEY={S(g.mixed(ALNUM, 40))}\nWHITEBIT_API_KEY={S(hx(32))}\nWHITEBIT_SECRET={S(hx(32))}", ["upbit", "whitebit"])
    add("phemex+zaif", f"phemex:\n  api_key: {S(g.uuid())}\n  api_secret: {S(g.b64(60))}\nzaif:\n  key: {S(g.uuid())}\n  secret: {S(g.uuid())}", ["phemex", "zaif"])
    add("xumm", f"const {{ XummSdk }} = require('xumm-sdk')\nconst Sdk = new XummSdk('{g.uuid()}', '{S(g.uuid())}')", ["xumm"])
    add("nansen+santiment", f"headers = {{\"apiKey\": \"{S(g.mixed(ALNUM, 32))}\"}}  # nansen\nSAN_API_KEY = \"{S(g.s(LOWNUM, 16) + '_' + g.s(LOWNUM, 16))}\"  # santiment", ["nansen", "santiment"])
    add("zerion+zapper", f"curl -H 'authorization: Basic {S(b64('zk_prod_' + hx(32) + ':'))}' https://api.zerion.io/v1/wallets/0x{hx(40)}/positions\ncurl -H 'x-zapper-api-key: {S(g.uuid())}' https://public.zapper.xyz/graphql", ["zerion", "zapper"])

    # academic, health and legal back offices
    add("orcid", f"ORCID_CLIENT_ID=APP-{g.s(UPNUM, 16)}\nORCID_CLIENT_SECRET={S(g.uuid())}\nORCID_REDIRECT=https://research.kestrel-uni.ac.uk/orcid/callback", ["orcid"])
    add("zotero+semanticscholar", f"# Pomocný skript pro diplomanty – stáhne citace do Zotera\nZOTERO_API_KEY = \"{S(g.mixed(ALNUM, 24))}\"\nZOTERO_USER_ID = 11{g.s(DIGITS, 5)}\nS2_HEADERS = {{\"x-api-key\": \"{S(g.mixed(ALNUM, 40))}\"}}", ["zotero", "semanticscholar"])
    add("redcap", f"ମୁଁ REDCap ରୁ ଡାଟା ଟାଣିବାକୁ ଚେଷ୍ଟା କରୁଛି କିନ୍ତୁ 403 ଆସୁଛି:\n\n```r\nlibrary(REDCapR)\nds <- redcap_read(redcap_uri = \"https://redcap.kestrel-med.in/api/\", token = \"{S(hx(32).upper())}\")$data\n```", ["redcap"])
    add("prolific+springer", f"PROLIFIC_TOKEN={S(g.mixed(B64URL, 86))}\nSPRINGER_NATURE_API_KEY={S(hx(32))}", ["prolific", "springer"])
    add("ncbi+umls", f"from Bio import Entrez\nEntrez.email = \"{E('lab-bot@kestrel-uni.ac.uk')}\"\nEntrez.api_key = \"{S(hx(36))}\"\nUMLS_API_KEY = \"{S(g.uuid())}\"", ["ncbi", "umls"])
    add("turnitin", f"<?php\n// LTI 1.3 / Turnitin Core API — Moodle plugin override\n$CFG->turnitin_apikey = '{S(g.uuid())}';\n$CFG->turnitin_secret = '{S(g.mixed(ALNUM, 32))}';\n$CFG->turnitin_url = 'https://kestrel-uni.turnitin.com/api/v1';", ["turnitin"])
    add("orthanc", f"{{\n  \"Name\" : \"PACS-Radiologia\",\n  \"RemoteAccessAllowed\" : true,\n  \"AuthenticationEnabled\" : true,\n  \"RegisteredUsers\" : {{\n    \"{U('radiologia')}\" : \"{S(g.password())}\",\n    \"{U('ohif')}\" : \"{S(g.mixed(ALNUM, 18))}\"\n  }}\n}}", ["orthanc"])
    add("openemr", vsc_call("create_file", {"filePath": "/home/" + U("akinyi") + "/clinic/.env", "content": f"OPENEMR_BASE=https://emr.kestrelclinic.co.ke/apis/default\nOPENEMR_CLIENT_ID={g.mixed(B64URL, 43)}\nOPENEMR_CLIENT_SECRET={S(g.mixed(B64URL, 86))}\nOPENEMR_SCOPE=openid api:oemr user/patient.read\n"}), ["openemr"])
    add("nexhealth+validic", f"NEXHEALTH_API_KEY={S(g.b64(45))}\nVALIDIC_ORG_ID={hx(24)}\nVALIDIC_TOKEN={S(hx(64))}", ["nexhealth", "validic"])
    add("truepill+surescripts", f"truepill:\n  api_key: {S(g.mixed(ALNUM, 32))}\n  env: sandbox\nsurescripts:\n  account_id: KSTR{g.s(DIGITS, 6)}\n  portal_password: {S(g.password())}", ["truepill", "surescripts"])
    add("practicepanther+smokeball", f"Dia duit, seo an socrú don chóras dlí. Tá an rún ag teacht ón tseanchóras; athraigh é le do thoil:\n\nPRACTICEPANTHER_CLIENT_SECRET={S(g.mixed(ALNUM, 40))}\nSMOKEBALL_API_KEY={S(g.mixed(ALNUM, 40))}", ["practicepanther", "smokeball"])
    add("netdocuments+relativity", f"$nd = @{{ client_id = 'AP-{g.s(UPNUM, 8)}'; client_secret = '{S(g.mixed(ALNUM, 48))}'; repository = 'CA-{g.s(UPNUM, 8)}' }}\n$relUser = '{E('svc.relativity@kestrel-legal.co.uk')}'\n$relPass = ConvertTo-SecureString '{S(g.password())}' -AsPlainText -Force", ["netdocuments", "relativity"])
    add("signnow+signwell", f"Kaixo! Sinadura elektronikoaren bi hornitzaileak probatzen ari gara. Hona hemen gakoak (ez eraman GitHubera):\n\nSIGNNOW_BASIC_TOKEN={S(g.b64(48))}\nSIGNWELL_API_KEY={S('YWNjZXNz' + g.mixed(ALNUM, 40))}", ["signnow", "signwell"])
    add("signrequest", f"import signrequest_client\nconf = signrequest_client.Configuration()\nconf.api_key['Authorization'] = '{S(hx(40))}'\nconf.api_key_prefix['Authorization'] = 'Token'", ["signrequest"])

    # CRM, HR, payroll and invoices
    add("nutshell+salesflare", f"{{\n  \"crm\": {{\n    \"nutshell\": {{\"user\": \"{E('ops@kestrelworks.io')}\", \"apiKey\": \"{S(hx(40))}\"}},\n    \"salesflare\": {{\"apiKey\": \"{S(g.mixed(ALNUM, 43))}\"}}\n  }}\n}}", ["nutshell", "salesflare"])
    add("teamleader", f"Hallo, de Teamleader Focus-koppeling geeft 'invalid_grant'. Dit is de refresh-call uit ons Laravel-project:\n\nHttp::asForm()->post('https://focus.teamleader.eu/oauth2/access_token', [\n    'client_id' => '{hx(32)}',\n    'client_secret' => '{S(hx(32))}',\n    'refresh_token' => '{S(g.mixed(B64URL, 300))}',\n    'grant_type' => 'refresh_token',\n]);", ["teamleader"])
    add("vtiger+suitecrm", f"[vtiger]\nurl=https://crm.kestrel.ro/webservice.php\nusername={U('integrare')}\naccessKey={S(g.mixed(ALNUM, 16))}\n\n[suitecrm]\nclient_id={g.uuid()}\nclient_secret={S(g.password())}", ["vtiger", "suitecrm"])
    add("sugarcrm", mcp_call("create_or_update_file", {"owner": "kestrel-ro", "repo": "crm-sync", "path": "config/sugar.json", "branch": "main", "message": "add sugar config", "content": dumps({"site_url": "https://kestrel.sugarondemand.com", "username": "api_sync", "password": S(g.password()), "platform": "integrate", "client_secret": S(g.mixed(ALNUM, 24))})}), ["sugarcrm"])
    add("zenefits+paycor", f"ZENEFITS_TOKEN={S(g.mixed(ALNUM + '+/', 24))}\nPAYCOR_APIM_SUBSCRIPTION_KEY={S(hx(32))}\nPAYCOR_CLIENT_SECRET={S(g.mixed(ALNUM, 44))}", ["zenefits", "paycor"])
    add("ukg", f"# UKG Pro (Kronos) — ekspor absensi untuk tim HR Jakarta\nUKG_USERNAME={U('svc_absensi')}\nUKG_PASSWORD={S(g.password())}\nUKG_CUSTOMER_API_KEY={S(g.mixed(UPNUM, 5))}\nUKG_USER_API_KEY={S(g.mixed(ALNUM, 8))}", ["ukg"])
    add("payfit+nmbrs", f"curl https://partner-api.payfit.com/companies -H 'Authorization: Bearer {S('pf_' + g.mixed(ALNUM, 40))}'\n\n<soap:Header><AuthHeader><Username>{E('salarisadmin@kestrel.nl')}</Username><Token>{S(hx(32))}</Token></AuthHeader></soap:Header>", ["payfit", "nmbrs"])
    add("peoplehr+planday", f"PeopleHR-ийн API түлхүүр болон Planday-ийн refresh токен:\nPEOPLEHR_API_KEY={S(g.uuid())}\nPLANDAY_CLIENT_ID={g.uuid()}\nPLANDAY_REFRESH_TOKEN={S(g.mixed(ALNUM, 40))}", ["peoplehr", "planday"])
    add("quinyx+wheniwork", f"quinyx:\n  client_id: {g.uuid()}\n  client_secret: {S(g.mixed(ALNUM, 36))}\nwheniwork:\n  developer_key: {S(hx(40))}\n  password: {S(g.password())}", ["quinyx", "wheniwork"])
    add("wave", f"Hi! Our invoice sync to Wave stopped. The script:\n\nWAVE_FULL_ACCESS_TOKEN = \"{S(g.mixed(ALNUM, 30))}\"\nBUSINESS_ID = \"QnVzaW5lc3M6{g.mixed(ALNUM, 40)}\"\n\nIt returns UNAUTHENTICATED since Monday.", ["wave"])
    add("pennylane+qonto", f"PENNYLANE_API_TOKEN={S(g.mixed(B64URL, 43))}\nQONTO_LOGIN=kestrel-sas-{g.s(LOWNUM, 4)}\nQONTO_SECRET_KEY={S(hx(32))}", ["pennylane", "qonto"])
    add("tipalti+payoneer", f"tipalti.payer_name=Kestrel\ntipalti.master_key={S(g.mixed(ALNUM, 40))}\npayoneer.program_id=1{g.s(DIGITS, 7)}\npayoneer.client_secret={S(g.mixed(ALNUM, 32))}", ["tipalti", "payoneer"])
    add("revolut", f"Revolut Business API — certificado y clave privada para el JWT de cliente (ops financiero, Galicia):\n\n{S(g.pem('RSA PRIVATE KEY', 4))}\n\nclient_id: {g.mixed(B64URL, 43)}\nrefresh_token: {S('oa_prod_' + g.mixed(B64URL, 43))}", ["revolut", "pem"])
    add("saltedge+yapily+nordea", f"SALTEDGE_APP_ID={g.mixed(B64URL, 43)}\nSALTEDGE_SECRET={S(g.mixed(B64URL, 43))}\nYAPILY_APPLICATION_UUID={g.uuid()}\nYAPILY_APPLICATION_SECRET={S(g.uuid())}\nNORDEA_CLIENT_SECRET={S(hx(32))}", ["saltedge", "yapily", "nordea"])
    add("vatlayer+paysera", f"$vat = file_get_contents('http://apilayer.net/api/validate?access_key={S(hx(32))}&vat_number=LU26375245');\n$paysera = new WebToPay(['projectid' => 2{g.s(DIGITS, 5)}, 'sign_password' => '{S(hx(32))}']);", ["vatlayer", "paysera"])
    add("payfast", f"Sawubona, i-PayFast ITN ayisebenzi. Nansi imininingwane ye-sandbox ne-live:\nmerchant_id=1{g.s(DIGITS, 7)}\nmerchant_key={S(g.s(LOWNUM, 13))}\npassphrase={S(g.password())}", ["payfast"])

    # support desks, chat, telephony, AI tools pasted into chat
    add("tawk+tidio", slack([("U05KQ2M7T1A", f"<@U04R8ZP2LQ9> widget keys for the new help center: tawk.to REST api key `{S(hx(40))}`, Tidio public key is `{g.s(LOWNUM, 32)}` and the private key `{S(g.s(LOWNUM, 32))}`"), ("U04R8ZP2LQ9", "thx, moving them to 1Password and rotating after launch :+1:")]), ["tawk", "tidio"])
    add("userlike+richpanel", teams(P("Nomvula Dlamini"), f"<p>Hi team, die Userlike API-sleutel is <code>{S(hx(64))}</code> en Richpanel s'n sleutel is <code>{S(g.mixed(ALNUM, 32))}</code>. Asseblief nie in die repo sit nie.</p>"), ["userlike", "richpanel"])
    add("plain", f"const plain = new PlainClient({{ apiKey: '{S('plainApiKey_' + g.mixed(B64URL, 43))}' }});", ["plain"])
    add("talkdesk+ringover", f"TALKDESK_CLIENT_ID={hx(32)}\nTALKDESK_CLIENT_SECRET={S(g.mixed(B64URL, 40))}\nRINGOVER_API_KEY={S(hx(40))}", ["talkdesk", "ringover"])
    add("sipgate", f"curl -u {U('token-K8S2QX')}:{S(g.uuid())} https://api.sipgate.com/v2/history?types=CALL&limit=5", ["sipgate"])
    add("threema+viber", f"# Threema Gateway + Viber bot (ढाका सहायता केंद्र)\nTHREEMA_ID=*KSTRL01\nTHREEMA_SECRET={S(g.mixed(ALNUM, 16))}\nVIBER_AUTH_TOKEN={S(hx(16) + '-' + hx(16) + '-' + hx(16))}", ["threema", "viber"])
    add("outreach+uservoice", f"outreach:\n  client_secret: \"{S(g.mixed(ALNUM + '-~.', 43))}\"\nuservoice:\n  subdomain: kestrel\n  api_secret: \"{S(g.mixed(ALNUM, 43))}\"", ["outreach", "uservoice"])
    add("trustpilot", f"TRUSTPILOT_API_KEY={g.mixed(ALNUM, 32)}\nTRUSTPILOT_API_SECRET={S(g.mixed(ALNUM, 16))}\nTRUSTPILOT_BUSINESS_UNIT_ID={hx(24)}", ["trustpilot"])
    add("nebius+sambanova", copilot_chat([(U("ana.ferreira"), f"why is this so slow?\n```python\nclient = OpenAI(base_url=\"https://api.studio.nebius.com/v1/\", api_key=\"{S(g.jwt(dumps({'sub': 'google-oauth2|1' + g.s(DIGITS, 20), 'iss': 'api_key_issuer', 'aud': ['https://nebius-inference.eu.auth0.com/api/v2/'], 'exp': 1954234567}, separators=(',', ':'))))}\")\nfallback = OpenAI(base_url=\"https://api.sambanova.ai/v1\", api_key=\"{S(g.uuid())}\")\n```"), ("GitHub Copilot", "Both clients are created on every request. Create them once at module level, and read the keys from the environment instead of the source.")], ide="JetBrains"), ["nebius", "sambanova"])
    add("novita+upstage+reka", f"export NOVITA_API_KEY={S('sk_' + g.mixed(B64URL, 43))}\nexport UPSTAGE_API_KEY={S('up_' + g.mixed(ALNUM, 29))}\nexport REKA_API_KEY={S(hx(64))}", ["novita", "upstage", "reka"])
    add("vectara+zep", f"VECTARA_API_KEY={S('zwt_' + g.mixed(B64URL, 48))}\nZEP_API_KEY={S('z_' + g.jwt(dumps({'id': hx(10)}, separators=(',', ':'))))}", ["vectara", "zep"])
    add("unstructured+promptlayer", aider("move the keys in ingest.py to env vars", f"ingest.py\n```python\n<<<<<<< SEARCH\nUNSTRUCTURED_API_KEY = \"{S(g.mixed(ALNUM, 30))}\"\nPROMPTLAYER_API_KEY = \"{S('pl_' + hx(32))}\"\n=======\nUNSTRUCTURED_API_KEY = os.environ[\"UNSTRUCTURED_API_KEY\"]\nPROMPTLAYER_API_KEY = os.environ[\"PROMPTLAYER_API_KEY\"]\n>>>>>>> REPLACE\n```"), ["unstructured", "promptlayer"])
    add("writer+nomic", gemini("why does my Writer API call fail", f"Your request uses <code>Authorization: Bearer {S(g.mixed(ALNUM, 40))}</code> against api.writer.com; the 401 means the key was revoked. Also, your Nomic key <code>{S('nk-' + g.mixed(B64URL, 43))}</code> is visible in the same snippet — rotate it."), ["writer", "nomic"])
    add("tabnine", f"<application>\n  <component name=\"TabnineSettings\">\n    <option name=\"cloud2Url\" value=\"https://tabnine.kestrelworks.io\" />\n    <option name=\"enterpriseToken\" value=\"{S(g.mixed(ALNUM, 48))}\" />\n  </component>\n</application>", ["tabnine"])

    # agents answering with code that embeds credentials, in many languages
    add("wazirx", usage_response(f"Evo ispravljene funkcije za potpisivanje zahtjeva prema WazirX API-ju:\n\n```python\nAPI_KEY = \"{S(g.mixed(ALNUM, 48))}\"\nSECRET = \"{S(g.mixed(ALNUM, 48))}\"\n\ndef sign(params: dict) -> str:\n    query = urlencode(params)\n    return hmac.new(SECRET.encode(), query.encode(), hashlib.sha256).hexdigest()\n```\n\nPreporuka: ključeve premjestite u varijable okruženja."), ["wazirx"])
    add("uphold+paxos", chatgpt([("user", "Apa bedane token Uphold karo Paxos? Iki kodeku:"), ("user", f"UPHOLD_CLIENT_SECRET = '{S(hx(40))}'\nPAXOS_CLIENT_SECRET = '{S(g.mixed(ALNUM, 32))}'"), ("assistant", "Kalorone token iki rahasia; aja dilebokake ing kode. Gunakake variabel lingkungan.")], title="Uphold lan Paxos"), ["uphold", "paxos"])
    add("subscan+solscan", f"// Azərbaycan dilində qeyd: bu açarlar yalnız test üçündür\nconst SUBSCAN_KEY = \"{S(hx(32))}\";\nconst SOLSCAN_TOKEN = \"{S(g.jwt(dumps({'createdAt': 1795500000000, 'email': 'ops@kestrelworks.io', 'action': 'token-api', 'apiVersion': 'v2'}, separators=(',', ':'))))}\";", ["subscan", "solscan"])
    add("simplehash", f"SIMPLEHASH_API_KEY={S('kestrel_sk_' + g.uuid() + '_' + g.s(LOWNUM, 16))}", ["simplehash"])
    add("rabby+generic", f"ຂໍຄວາມຊ່ວຍເຫຼືອແດ່: ກະເປົາທົດສອບ Rabby ໃຊ້ private key ນີ້ ແລະ ບໍ່ສາມາດສົ່ງທຸລະກຳໄດ້\n\nPRIVATE_KEY={S('0x' + hx(64))}", ["rabby"])
    add("zora+rainbow", f"ZORA_API_KEY={S('zora_api_' + hx(64))}\nRAINBOW_WALLET_PROJECT_ID={hx(32)}\nDEPLOYER_MNEMONIC=\"{S(' '.join(words[:12]))}\"", ["zora", "rainbow"])
    add("tronlink+xverse", f"Xverse-ийн recovery phrase болон TronLink private key-г `wallets.test.json`-д хадгалсан:\n{{\"xverse\": \"{S(' '.join(words[6:18]))}\", \"tronlink\": \"{S(hx(64))}\"}}", ["xverse", "tronlink"])
    add("unisat", f"curl -H 'Authorization: Bearer {S(hx(64))}' https://open-api.unisat.io/v1/indexer/address/bc1q{g.s(LOWNUM, 38)}/balance", ["unisat"])

    # generic credentials pasted by people
    add("password_ticket", f"From: IT Servicedesk <{E('servicedesk@kestrelworks.io')}>\nTo: {P('Jonas Petrauskas')} <{E('jonas.petrauskas@kestrelworks.io')}>\nSubject: Jūsų laikinas slaptažodis\n\nLaba diena, Jonai,\n\njūsų laikinas slaptažodis: {S(g.password())}\nPrisijungę pirmą kartą, būtinai jį pakeiskite.\n\nIT skyrius", ["password"])
    add("password_sshpass", f"for h in web-01 web-02 web-03; do sshpass -p '{S(g.password())}' ssh -o StrictHostKeyChecking=no {U('deploy')}@$h 'sudo systemctl restart kestrel-api'; done", ["password"])
    add("generic_netrc", f"machine git.kestrelworks.io\n  login {U('kristjan.olafsson')}\n  password {S(g.mixed(ALNUM, 40))}\nmachine nexus.kestrelworks.io\n  login {U('ci-reader')}\n  password {S(g.password())}", ["generic", "password"])
    add("jwt_debug_log", f"2026-11-25 14:02:19,441 DEBUG [http-nio-8080-exec-7] c.k.auth.JwtFilter - Authorization header: Bearer {S(g.jwt(dumps({'sub': 'svc-invoice', 'roles': ['INVOICE_ADMIN'], 'exp': 1795846939}, separators=(',', ':'))))}\n2026-11-25 14:02:19,442 WARN  c.k.auth.JwtFilter - token expired", ["jwt"])
    add("pem_pkcs8_encrypted", vsc_call("run_in_terminal", {"command": "cat certs/sso-signing.p8 && grep passin Makefile", "explanation": "Inspect the SSO signing key", "isBackground": False}) + "\n" + vsc_result(S(g.pem('ENCRYPTED PRIVATE KEY', 6)) + f"\n\topenssl pkcs8 -in certs/sso-signing.p8 -passin pass:{S(g.password())} -out /tmp/k.pem"), ["pem", "password"])
    add("password_mysql_cli", f"Tere! Proovisin nii, aga saan vea 1045:\n\nmysql -h 10.12.0.7 -u {U('raamatupidamine')} -p'{S(g.password())}' arved -e 'select count(*) from arve'", ["password"])
    add("generic_basic_auth", f"GET /api/v2/invoices?status=overdue HTTP/1.1\nHost: billing.kestrelworks.io\nAuthorization: Basic {S(b64('finance-bot:' + g.password()))}\nUser-Agent: python-requests/2.32.3", ["generic"])
    add("password_odbc", f"Ingxaki ngekhonekshini — iyasebenza kwi-DBeaver kodwa hayi kwi-Excel:\n\nDriver={{ODBC Driver 18 for SQL Server}};Server=tcp:sql-hr.kestrel.co.za,1433;Database=Payroll;Uid={U('payroll_ro')};Pwd={S(g.password())};Encrypt=yes;", ["password"])
    return out


# ---------------------------------------------------------------------------------------------


def pii(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(src: str, t: str) -> None:
        out.append((f"holdout13:{src}", t))

    def ssn() -> str:
        return m("US_SSN", f"{g.rng.randint(101, 665)}-{g.rng.randint(10, 99)}-{g.rng.randint(1001, 9999)}")

    # customer tickets pasted into prompts
    add("usage_record_ticket", usage_record([{"role": "user", "content": f"Summarise this ticket and draft a reply:\n\nTicket #40917 — Refund not received\nFrom: {P('Brigid Halloran')} <{E('brigid.halloran@eircom.net')}>\nPhone: {T('+353 87 412 9053')}\nShipping: {A('14 Ard na Gréine, Ballincollig, Co. Cork P31 X2K7')}\n\"I returned the headset on the 3rd and still nothing.\""}]))
    add("copilot_chat_zendesk_json", copilot_chat([(U("dvukovic"), f"parse this zendesk export into our Ticket model:\n```json\n{{\"id\": 88214, \"requester\": {{\"name\": \"{P('Dragana Vuković')}\", \"email\": \"{E('dragana.vukovic@sbb.rs')}\", \"phone\": \"{T('+381 63 844 2190')}\"}}, \"subject\": \"Račun duplo naplaćen\"}}\n```"), ("GitHub Copilot", "Here's a `from_zendesk` classmethod that maps `requester.name`, `requester.email` and `requester.phone` onto `Ticket`.")]))
    add("serbian_cyrillic_ticket", f"Поштовани,\n\nкорисник {P('Милош Јовановић')} ({E('milos.jovanovic@mts.rs')}, тел. {T('064 318 2207')}) пријавио је да апликација не чува адресу {A('Булевар ослобођења 112, 21000 Нови Сад')}. Молим да се провери до петка.\n\nПоздрав,\n{P('Јелена Петровић')}")
    add("bulgarian_crm_row", f"ИД;Име;Фамилия;Имейл;Телефон;Град\n5512;{P('Цветелина')};{P('Георгиева')};{E('tsvetelina.georgieva@abv.bg')};{T('+359 88 742 1163')};{L('Пловдив')}\n5513;{P('Пламен')};{P('Стоянов')};{E('p.stoyanov@mail.bg')};{T('0898 205 447')};{L('Варна')}")
    add("slovak_hr_export", vsc_call("read_file", {"filePath": "/Users/" + U("zuzana.kralova") + "/hr/onboarding/novi_zamestnanci.csv", "startLine": 1, "endLine": 3}) + "\n" + vsc_result(f"meno;dátum narodenia;adresa;IBAN\n{P('Zuzana Kráľová')};{D('12.05.1991')};{A('Mlynská dolina 7, 841 04 Bratislava')};{I(iban('SK', '1100' + g.s(DIGITS, 16)))}\n{P('Matej Horváth')};{D('03.11.1987')};{A('Hlavná 41, 040 01 Košice')};{I(iban('SK', '0900' + g.s(DIGITS, 16)))}"))
    add("slovenian_invoice", f"RAČUN št. 2026-0417\n\nKupec: {P('Nina Zupančič')}\nNaslov: {A('Trubarjeva cesta 23, 1000 Ljubljana')}\nE-pošta: {E('nina.zupancic@siol.net')}\nTelefon: {T('041 558 203')}\nPlačilo na: {I(iban('SI', '56' + '0201' + g.s(DIGITS, 9)))}\nZnesek: 184,30 EUR")
    add("croatian_chat", slack([("U06HRV01", f"<@U06HRV02> kupac {P('Ivana Babić')} zove već treći put, broj {T('+385 91 774 3052')}, mail {E('ivana.babic@gmail.com')}"), ("U06HRV02", "ok, javim joj se danas")]))
    add("lithuanian_mail", f"From: {P('Rūta Kazlauskienė')} <{E('ruta.kazlauskiene@kestrel.lt')}>\nTo: {E('support@kestrelworks.io')}\nSubject: Sąskaita faktūra\n\nSveiki,\nprašau išrašyti sąskaitą įmonei, adresas {A('Gedimino pr. 20-5, LT-01103 Vilnius')}.\nTel. {T('+370 612 48 309')}\n\nAčiū,\nRūta")
    add("latvian_hr", f"Darbinieka kartīte\nVārds, uzvārds: {P('Kristaps Ozoliņš')}\nDzimšanas datums: {D('1985. gada 9. februāris')}\nAdrese: {A('Brīvības iela 88-14, Rīga, LV-1001')}\nTālrunis: {T('+371 2914 7730')}\nE-pasts: {E('kristaps.ozolins@inbox.lv')}")
    add("estonian_teams", teams(P("Kadri Saar"), f"<p>Tere! Uue kolleegi andmed: <b>{P('Mihkel Kask')}</b>, sünniaeg {D('21.07.1994')}, telefon {T('+372 5391 0274')}, e-post <a href=\"mailto:{E('mihkel.kask@kestrel.ee')}\">{E('mihkel.kask@kestrel.ee')}</a>.</p>"))
    add("icelandic_claude", claude_prompt(f"Bættu þessum viðskiptavini við test fixtures: {P('Sigríður Jónsdóttir')}, {A('Laugavegur 58, 101 Reykjavík')}, sími {T('+354 862 4417')}, netfang {E('sigga.jons@simnet.is')}", "/home/" + U("sigga") + "/src/verslun"))
    add("irish_matrix", matrix("@" + U("ciaran.mac") + ":matrix.kestrel.ie", f"A {P('Chiaráin')}, ghlaoigh {P('Siobhán Ní Dhomhnaill')} faoin sonrasc. Is é a huimhir ná {T('086 219 4470')} agus a seoladh {A('12 Bóthar na Trá, Gaillimh H91 E2W6')}."))
    add("basque_invoice", f"FAKTURA / FACTURA 2026/311\nBezeroa: {P('Ane Etxeberria Goikoetxea')}\nHelbidea: {A('Kale Nagusia 17, 3. A, 20003 Donostia')}\nTel.: {T('+34 943 27 18 05')}\nIBAN: {I(iban('ES', '2095' + '5001' + g.s(DIGITS, 12)))}")
    add("galician_crm", f"Ola! Podes xerar un test con este cliente? {P('Uxía Castro Lema')}, correo {E('uxia.castro@mundo-r.com')}, teléfono {T('981 55 32 76')}, enderezo {A('Rúa do Franco 44, 15702 Santiago de Compostela')}.")
    add("filipino_chatgpt", chatgpt([("user", f"Pakiayos ang format ng address na ito para sa shipping label: {P('Maria Lourdes Dimaculangan')}, {A('Blk 7 Lot 22 Sampaguita St., Brgy. San Isidro, Antipolo, Rizal 1870')}, cp {T('0917 842 3310')}"), ("assistant", f"{P('MARIA LOURDES DIMACULANGAN')}\n{A('BLK 7 LOT 22 SAMPAGUITA ST., BRGY. SAN ISIDRO, ANTIPOLO, RIZAL 1870')}\n{T('+63 917 842 3310')}")], title="Shipping label"))
    add("javanese_slack", slack([("U07JV01", f"Mas, pelanggan {P('Slamet Raharjo')} njaluk invoice dikirim menyang {E('slamet.raharjo@yahoo.co.id')}, alamate {A('Jl. Malioboro No. 52, Yogyakarta 55213')}"), ("U07JV02", "siap, tak kirim sore iki")]))
    add("lao_ticket", f"ລູກຄ້າ: {P('ສຸກສະຫວັນ ພົມມະວົງ')} ({P('Souksavanh Phommavong')})\nເບີໂທ: {T('+856 20 5541 8827')}\nອີເມວ: {E('souksavanh.p@laotel.com')}\nບັນຫາ: ບໍ່ສາມາດເຂົ້າສູ່ລະບົບແອັບໄດ້")
    add("mongolian_hr", f"Ажилтны мэдээлэл:\nНэр: {P('Батбаяр Ганболд')}\nТөрсөн огноо: {D('1992.04.17')}\nУтас: {T('+976 9911 4820')}\nИ-мэйл: {E('batbayar.g@kestrel.mn')}")
    add("azerbaijani_copilot", copilot_chat([(U("rauf.m"), f"Bu müştəri üçün test yaz: {P('Günel Məmmədova')}, telefon {T('+994 50 318 44 72')}, ünvan {A('Nizami küç. 45, mənzil 12, Bakı AZ1010')}")], ide="Visual Studio"))
    add("pashto_crm", f"د پیرودونکي نوم: {P('احمد شاه زدران')}\nټیلیفون: {T('+93 70 441 2385')}\nبریښنالیک: {E('ahmad.zadran@kestrel.af')}\nپته: {A('کارته سه، سړک ۴، کابل')}")
    add("gujarati_invoice", f"ઇન્વૉઇસ #GJ-2291\nગ્રાહક: {P('હેતલ પટેલ')} ({P('Hetal Patel')})\nસરનામું: {A('12, શાંતિ કુંજ સોસાયટી, નવરંગપુરા, અમદાવાદ 380009')}\nફોન: {T('+91 98250 41736')}\nઇમેઇલ: {E('hetal.patel@rediffmail.com')}")
    add("kannada_ticket", aider(f"ಈ ಬಳಕೆದಾರರ ದೋಷವನ್ನು ಪುನರುತ್ಪಾದಿಸಲು ಟೆಸ್ಟ್ ಬರೆಯಿರಿ: {P('ಶ್ರೀನಿವಾಸ ಗೌಡ')}, ಫೋನ್ {T('+91 94480 27153')}, ಇಮೇಲ್ {E('srinivas.gowda@gmail.com')}", "I'll add `test_profile_update_kannada_name` in tests/test_profile.py using that name and a placeholder phone."))
    add("malayalam_hr", f"ജീവനക്കാരന്റെ പേര്: {P('അനിൽ കുമാർ നായർ')}\nജനനത്തീയതി: {D('14/08/1988')}\nവിലാസം: {A('TC 25/1840, ശാസ്തമംഗലം, തിരുവനന്തപുരം 695010')}\nമൊബൈൽ: {T('+91 94470 61328')}")
    add("odia_chat", discord([(U("swagatika"), f"ଗ୍ରାହକ {P('ସୁଦର୍ଶନ ମହାପାତ୍ର')} ଙ୍କ ନମ୍ବର {T('+91 94371 55820')}, ସେ ରିଫଣ୍ଡ ଚାହୁଁଛନ୍ତି"), (U("mods"), "noted")]))
    add("somali_crm", f"Macmiil: {P('Faadumo Cabdi Warsame')}\nTelefoon: {T('+252 61 554 2381')}\nEmail: {E('faadumo.warsame@hotmail.com')}\nCinwaan: {A('Waddada Maka Al-Mukarama 14, Muqdisho')}\nFaallo: lacagta dib ugama soo noqon")
    add("igbo_ticket", f"Nnọọ, onye ahịa {P('Chukwuemeka Obiora')} kpọrọ maka ụgwọ. Nọmba ya bụ {T('+234 803 417 2290')}, email {E('emeka.obiora@yahoo.com')}. Adreesị: {A('17 Zik Avenue, Uwani, Enugu')}.")
    add("afrikaans_invoice", f"FAKTUUR 7781\nKliënt: {P('Pieter-Jan van der Merwe')}\nAdres: {A('Kerkstraat 19, Stellenbosch, 7600')}\nSel: {T('082 614 3398')}\nE-pos: {E('pj.vdmerwe@telkomsa.net')}\nBetaal met kaart: {C(luhn_complete('4', 16, g))}")

    # HR, payroll, health, legal, academic records (fictional)
    add("hr_i9_json", vsc_result(dumps({"employee": {"firstName": P("Keisha"), "lastName": P("Montgomery"), "ssn": ssn(), "dob": D("1990-02-27"), "address": A("2217 Magnolia Ave, Birmingham, AL 35205"), "personalEmail": E("keisha.montgomery@outlook.com"), "mobile": T("(205) 448-1973")}, "startDate": "2026-12-01"}, indent=2)))
    add("payroll_csv", f"emp_id,name,ssn,bank_routing,direct_deposit_acct,email\n1042,{P('Luis Alberto Gutiérrez')},{ssn()},122000661,4410982213,{E('luis.gutierrez@kestrelworks.io')}\n1043,{P('Amara Nwosu')},{ssn()},021000021,7781230094,{E('amara.nwosu@kestrelworks.io')}")
    add("patient_fhir", claude_use("cat fixtures/patient-3391.json", "Read the failing fixture", "/home/" + U("tevita") + "/src/clinic-api") + "\n" + claude_result(dumps({"resourceType": "Patient", "id": "3391", "name": [{"family": P("Fifita"), "given": [P("Losaline")]}], "birthDate": D("1979-10-05"), "telecom": [{"system": "phone", "value": T("+64 21 448 3027")}, {"system": "email", "value": E("losaline.fifita@xtra.co.nz")}], "address": [{"text": A("48 Great South Road, Ōtāhuhu, Auckland 1062")}]}, indent=1), "/home/" + U("tevita") + "/src/clinic-api"))
    add("clinic_sql", f"clinic=# select mrn, full_name, dob, phone from patients where last_visit > now() - interval '2 days' limit 3;\n   mrn    |      full_name       |    dob     |     phone\n----------+----------------------+------------+----------------\n M-20931  | {P('Hamid Rezaei')}         | {D('1958-06-11')} | {T('+1 416 555 0182')}\n M-20944  | {P('Olga Lindström')}       | {D('2001-01-30')} | {T('+46 70 218 44 91')}\n(2 rows)")
    add("legal_intake", f"MATTER INTAKE — confidential\nClient: {P('Theodora Papageorgiou')}\nDOB: {D('March 8, 1971')}\nHome: {A('1180 Bayview Terrace, Apt 4C, San Mateo, CA 94401')}\nCell: {T('650-555-0147')}\nOpposing party: {P('Gregory Haines')}\nSSN (for conflicts check): {ssn()}")
    add("academic_grades", vsc_call("run_in_terminal", {"command": "python manage.py shell -c \"print(Student.objects.filter(flagged=True).values_list('name','email','student_no')[:3])\"", "explanation": "See flagged students", "isBackground": False}) + "\n" + vsc_result(f"<QuerySet [('{P('Aigerim Seitkali')}', '{E('a.seitkali@stud.kestrel-uni.kz')}', 'S2301774'), ('{P('Oisín Brennan')}', '{E('oisin.brennan@stud.kestrel-uni.ie')}', 'S2301802')]>"))
    add("thesis_committee_mail", f"Dear Prof. {P('Wójcik')},\n\nplease find attached the defence schedule for {P('Tran Thi Mai Anh')} ({E('maianh.tran@kestrel-uni.edu')}). The external examiner, Dr {P('Kwabena Boateng')}, can be reached at {T('+233 24 418 6620')}.\n\nKind regards,\n{P('Helen Ashcroft')}\nGraduate School Office")
    add("recruiting_ats", mcp_text(dumps({"candidates": [{"name": P("Ngozi Eze"), "email": E("ngozi.eze@gmail.com"), "phone": T("+44 7700 918 223"), "linkedin": "linkedin.com/in/" + U("ngozi-eze-dev")}, {"name": P("Rasmus Kjær"), "email": E("rasmus.kjaer@live.dk"), "phone": T("+45 22 81 40 17")}]})))
    add("hr_sick_note", f"Hi, can you help me write a polite response? Our employee {P('Daniela Moreau')} sent a sick note from Dr. {P('Farid Haddad')} (clinic at {A('27 rue des Lilas, 69003 Lyon')}). Her personal number is {T('06 48 21 77 90')}.")
    add("visa_letter", f"To whom it may concern,\n\nThis letter confirms that {P('Bilal Qureshi')}, born {D('22 January 1993')}, residing at {A('Flat 3, 41 Wilmslow Road, Manchester M14 5TB')}, is employed by Kestrel Works Ltd as a Senior Engineer.\n\n{P('Rachel Okafor')}\nHead of People")

    # CRM exports, invoices, payments
    add("crm_export_csv", f"Account,Contact,Title,Email,Phone,Street,City\nHarbor Dental,{P('Ming-Hui Chen')},Office Manager,{E('minghui.chen@harbordental.com')},{T('(415) 555-0129')},{A('880 Geary Blvd')},{L('San Francisco')}\nNorthwind Florists,{P('Abena Owusu')},Owner,{E('abena@northwindflorists.co.uk')},{T('020 7946 0812')},{A('12 Market Row')},{L('London')}")
    add("invoice_json", usage_record([{"role": "user", "content": "Write a JSON schema matching this invoice:\n" + dumps({"invoice": "INV-7714", "bill_to": {"name": P("Sung-min Yoon"), "address": A("Teheran-ro 152, Gangnam-gu, Seoul 06236"), "email": E("sungmin.yoon@naver.com")}, "card": C(luhn_complete("5", 16, g)), "total": "₩1,280,000"})}]))
    add("stripe_dispute_email", f"Forwarded message\nFrom: {P('Catalina Restrepo')} <{E('catalina.restrepo@une.net.co')}>\nDate: Mon, 23 Nov 2026 09:41 -0500\n\nNo reconozco el cargo con la tarjeta terminada en 4471. Mi número es {T('+57 310 448 2176')}.\n\n{P('Catalina Restrepo')}\n{A('Carrera 43A # 7-50, El Poblado, Medellín')}")
    add("iban_refund_pl", f"Proszę o zwrot na konto {I(iban('PL', '10901014' + g.s(DIGITS, 16)))} — {P('Bartosz Zieliński')}, tel. {T('+48 512 390 118')}")
    add("card_log", f"2026-11-25T09:12:44Z ERROR payments.adapter raw card leaked to log card={C(luhn_complete('37', 15, g))} name=\"{P('Ewan MacLeod')}\" ip={IP('81.154.203.77')}\n2026-11-25T09:12:45Z ERROR payments.adapter raw card leaked to log card={C(luhn_complete('6011', 16, g))} name=\"{P('Yasmin Farouk')}\" ip={IP('197.38.114.9')}")
    add("czech_iban_invoice", f"Faktura č. 2026110\nOdběratel: {P('Lucie Dvořáková')}, {A('Vinohradská 1511/230, 100 00 Praha 10')}\nBankovní spojení: {I(iban('CZ', '0800' + g.s(DIGITS, 16)))}\nTel.: {T('+420 604 118 272')}")
    add("hungarian_mail", f"Kedves {P('Szabó Eszter')}!\n\nA számlát elküldtük a(z) {E('szabo.eszter@freemail.hu')} címre. Kérdés esetén hívjon: {T('+36 30 412 7788')}.\n\nÜdvözlettel:\n{P('Kovács Bence')}")
    add("romanian_form", f"Nume: {P('Andreea Popescu')}\nCNP: (omis)\nData nașterii: {D('02.09.1996')}\nAdresa: {A('Str. Lipscani nr. 31, Sector 3, București 030031')}\nTelefon: {T('0722 418 390')}")
    add("finnish_support", f"Hei {P('Aino')}, asiakas {P('Juho Mäkelä')} ({E('juho.makela@elisanet.fi')}, {T('040 718 2293')}) ilmoitti, että lasku on mennyt väärään osoitteeseen {A('Hämeenkatu 14 B 22, 33100 Tampere')}.")
    add("georgian_crm", f"კლიენტი: {P('ნინო ბერიძე')}\nტელ: {T('+995 599 41 82 77')}\nელ-ფოსტა: {E('nino.beridze@gmail.com')}\nმისამართი: {A('რუსთაველის გამზ. 24, თბილისი 0108')}")
    add("armenian_chat", matrix("@" + U("arman") + ":matrix.org", f"Բարև, հաճախորդ {P('Անի Հակոբյան')}ի հեռախոսը {T('+374 91 428 317')} է, խնդրում եմ զանգահարել"))
    add("khmer_ticket", f"អតិថិជន: {P('សុខ ចាន់ថា')}\nទូរស័ព្ទ: {T('+855 12 884 317')}\nអ៊ីមែល: {E('chantha.sok@gmail.com')}")
    add("nepali_hr", f"कर्मचारीको नाम: {P('सुशील श्रेष्ठ')}\nजन्म मिति: {D('२०४८/०३/१५')}\nफोन: {T('+977 984-1123456')}\nठेगाना: {A('बानेश्वर-१०, काठमाडौं')}")
    add("sinhala_sms", f"පාරිභෝගික {P('නිමාලි පෙරේරා')} ගේ දුරකථන අංකය {T('+94 77 418 2290')} වේ. ඇය ඉල්ලා සිටින්නේ ඉන්වොයිසිය {E('nimali.perera@sltnet.lk')} වෙත යැවීමටයි.")

    # git, paths, logs, headers
    add("git_log_authors", shell("git log -3 --format='%h %an <%ae> %s'", f"9f2c1ab {P('Tuğba Yıldırım')} <{E('tugba.yildirim@kestrelworks.io')}> fix(onboarding): skip brew on linux\n41d7e03 {P('Kalani Akana')} <{E('kakana@users.noreply.github.com')}> chore: bump fastlane\n0ab88c9 {P('Sebastián Ortiz')} <{E('sebastian.ortiz@kestrelworks.io')}> feat(wallet): testnet toggle"))
    add("mcp_list_issues", mcp_call("list_issues", {"owner": "kestrel-works", "repo": "mobile-app", "state": "open"}) + "\n" + mcp_text(dumps([{"number": 812, "title": "Crash when scanning QR", "user": {"login": U("halvor-nilsen")}, "body": f"Repro on my phone ({T('+47 412 88 903')}), reported first by {P('Halvor Nilsen')}"}])))
    add("sshd_log", f"Nov 25 03:14:07 bastion sshd[22817]: Failed password for invalid user {U('oracle')} from {IP('185.220.101.47')} port 51822 ssh2\nNov 25 03:14:11 bastion sshd[22819]: Accepted publickey for {U('emre.kaya')} from {IP('88.241.67.12')} port 40211 ssh2: ED25519 SHA256:p2F0wQ8kX9fLrA3mT1uYc7nBv5eHs4dJ6gK0iZ2oPqR")
    add("nginx_log", f"{IP('102.89.34.211')} - {U('adaeze')} [25/Nov/2026:10:22:41 +0000] \"POST /api/v1/kyc/upload HTTP/2.0\" 201 88 \"-\" \"KestrelWallet/4.2.0 (Android 14; SM-A546E)\"\n{IP('41.58.201.17')} - - [25/Nov/2026:10:22:44 +0000] \"GET /api/v1/me HTTP/2.0\" 401 31 \"-\" \"okhttp/4.12.0\"")
    add("workspace_paths", f"Traceback (most recent call last):\n  File \"C:\\Users\\{U('olumide.adebayo')}\\Projects\\invoicer\\main.py\", line 14, in <module>\n    from pdf import render\n  File \"C:\\Users\\{U('olumide.adebayo')}\\Projects\\invoicer\\pdf.py\", line 3, in <module>\n    import weasyprint\nModuleNotFoundError: No module named 'weasyprint'")
    add("mail_headers", f"Return-Path: <{E('amelie.fournier@orange.fr')}>\nReceived: from smtp.orange.fr ({IP('80.12.242.38')}) by mx.kestrelworks.io\nFrom: {P('Amélie Fournier')} <{E('amelie.fournier@orange.fr')}>\nTo: {E('factures@kestrelworks.io')}\nSubject: Facture impayée — {P('Amélie Fournier')}")
    add("discord_ban_appeal", discord([("ModMail", f"Ban appeal from **{U('xXfrostbyteXx')}**: real name {P('Connor Whitaker')}, email {E('connor.whitaker03@gmail.com')}, says his brother used the account"), (U("nadia_mod"), "ok, unban after 7 days")]))
    add("game_server_players", f"[12:04:17] [Server thread/INFO]: {U('Lumi_Pixel')} joined the game\n[12:04:17] [Server thread/INFO]: {U('Lumi_Pixel')}[/{IP('94.22.187.45')}:52144] logged in with entity id 231\n[12:05:02] [Server thread/INFO]: <{U('Lumi_Pixel')}> my discord is {U('lumi#2201')} and irl im {P('Lumi Virtanen')} lol")
    add("wallet_kyc", f"KYC review queue\n- {P('Oluwatobi Akinola')} | DOB {D('1998-12-02')} | {A('24 Admiralty Way, Lekki Phase 1, Lagos')} | {T('+234 809 221 4470')}\n- {P('Nguyen Van Hieu')} | DOB {D('1986-05-19')} | {A('112 Lê Lợi, Quận 1, TP. Hồ Chí Minh')} | {T('+84 90 318 2274')}")
    add("dotfiles_gitconfig", f"[user]\n\tname = {P('Freya Halvorsen')}\n\temail = {E('freya.halvorsen@kestrelworks.io')}\n\tsigningkey = 4F1A22C0D9E3B7A6\n[github]\n\tuser = {U('freyahal')}\n[core]\n\texcludesfile = /Users/{U('freya')}/.gitignore_global")
    add("teams_signature", teams(P("Tomasz Wróbel"), f"<p>Dzięki! Wysyłam fakturę jutro.</p><p>--<br>{P('Tomasz Wróbel')}<br>Kierownik ds. rozliczeń<br>tel. {T('+48 22 418 90 33')} | kom. {T('+48 601 772 415')}<br>{A('ul. Marszałkowska 126/134, 00-008 Warszawa')}</p>"))
    add("whatsapp_export", f"[24/11/26, 09:14:02] {P('Zanele Mokoena')}: Morning! My new number is {T('+27 72 418 3390')}\n[24/11/26, 09:15:40] {P('Thabo Nkosi')}: Noted, updating the CRM. Same email {E('zanele.mokoena@webmail.co.za')}?\n[24/11/26, 09:16:03] {P('Zanele Mokoena')}: yes 👍")
    add("gemini_cover_letter", gemini("rewrite my cover letter", f"Here is a polished version:<br><br>{P('Ayesha Siddiqui')}<br>{A('221 Clifton Block 5, Karachi 75600')}<br>{T('+92 300 418 2276')} · {E('ayesha.siddiqui@gmail.com')}<br><br>Dear Hiring Manager, ..."))
    add("welsh_form", f"Enw: {P('Rhys ap Gwilym')}\nCyfeiriad: {A('23 Heol y Castell, Aberystwyth SY23 2AZ')}\nFfôn: {T('01970 617 442')}\nE-bost: {E('rhys.apgwilym@btinternet.com')}")
    add("telugu_chat", slack([("U08TE01", f"కస్టమర్ {P('వెంకట రమణ రెడ్డి')} ఫోన్ {T('+91 99851 24473')}, ఇమెయిల్ {E('venkat.reddy@gmail.com')}")]))
    add("hausa_ticket", f"Sannu, abokin ciniki {P('Aminu Bello Danjuma')} ya kira game da kuɗin da ba a mayar ba. Lambar wayarsa {T('+234 806 114 2298')}, adireshi {A('No. 14 Ahmadu Bello Way, Kano')}.")
    return out


# ---------------------------------------------------------------------------------------------


def negatives(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(src: str, t: str) -> None:
        out.append((f"holdout13:{src}", t))

    add("env_example_placeholders", "# .env.example — copy to .env and fill in\nOP_SERVICE_ACCOUNT_TOKEN=ops_<your-service-account-token>\nRESTIC_PASSWORD=changeme\nPRIVY_APP_SECRET=\nSTELLAR_SECRET=SXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX\nTEBEX_SECRET=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nWALLET_MNEMONIC=\"<twelve words from your test wallet>\"")
    add("git_log_oneline", shell("git log --oneline -6", f"{hx7(g)} (HEAD -> main, origin/main) chore(deps): bump viem from 2.21.4 to 2.21.9\n{hx7(g)} fix(android): use EncryptedSharedPreferences for session\n{hx7(g)} feat(wallet): read mnemonic from Keystore, never from BuildConfig\n{hx7(g)} ci: cache Gradle between jobs\n{hx7(g)} docs: explain how to rotate the Tebex webhook secret\n{hx7(g)} test: add fixtures for invoice totals"))
    add("podfile_lock", "PODS:\n  - Firebase/CoreOnly (11.4.0):\n    - FirebaseCore (= 11.4.0)\n  - SingularSDK (12.5.0)\n\nSPEC CHECKSUMS:\n  Firebase: " + g.s(HEX, 40) + "\n  SingularSDK: " + g.s(HEX, 40) + "\n\nPODFILE CHECKSUM: " + g.s(HEX, 40) + "\n\nCOCOAPODS: 1.16.2")
    add("gradle_signing_config_env", "android {\n    signingConfigs {\n        create(\"release\") {\n            storeFile = file(System.getenv(\"KEYSTORE_PATH\") ?: \"release.jks\")\n            storePassword = System.getenv(\"KEYSTORE_PASSWORD\")\n            keyAlias = System.getenv(\"KEY_ALIAS\")\n            keyPassword = System.getenv(\"KEY_PASSWORD\")\n        }\n    }\n}")
    add("eth_public_addresses", f"Deployed contracts (Sepolia):\n| contract | address | tx |\n|---|---|---|\n| KestrelToken | 0x{g.s(HEX, 40)} | 0x{g.s(HEX, 64)} |\n| Treasury | 0x{g.s(HEX, 40)} | 0x{g.s(HEX, 64)} |\nBlock: 7182204 · gas used 1,842,117")
    add("bip39_wordlist_code", "from mnemonic import Mnemonic\n\nm = Mnemonic(\"english\")\nwords = m.generate(strength=128)  # never log this\nassert m.check(words)\nseed = m.to_seed(words, passphrase=\"\")\nprint(len(seed))  # 64")
    add("hardhat_default_doc", "Hardhat's local node prints twenty funded accounts at start-up. They're public development accounts: never send real funds to them, and never reuse their keys on a live network. Use `npx hardhat vars set SEPOLIA_PRIVATE_KEY` to keep your own deployer key out of the repo.")
    add("ssh_pubkey", "$ cat ~/.ssh/id_ed25519.pub\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + g.s(ALNUM + "+/", 43) + " laptop-2026\n$ ssh-keygen -lf ~/.ssh/id_ed25519.pub\n256 SHA256:" + g.s(ALNUM + "+/", 43) + " laptop-2026 (ED25519)")
    add("gpg_list_keys", "$ gpg --list-keys --keyid-format long\n[keyboxd]\n---------\npub   ed25519/4F1A22C0D9E3B7A6 2026-02-11 [SC] [expires: 2028-02-11]\n      " + g.s(HEXU, 40) + "\nuid                 [ultimate] release-signing (Kestrel CI)\nsub   cv25519/" + g.s(HEXU, 16) + " 2026-02-11 [E]")
    add("minecraft_log", "[12:00:01] [Server thread/INFO]: Starting minecraft server version 1.21.3\n[12:00:01] [Server thread/INFO]: Loading properties\n[12:00:02] [Server thread/INFO]: Default game type: SURVIVAL\n[12:00:04] [Server thread/INFO]: Preparing level \"world\"\n[12:00:09] [Server thread/INFO]: Done (7.812s)! For help, type \"help\"\n[12:00:09] [Server thread/INFO]: Starting remote control listener\n[12:00:09] [Server thread/INFO]: Thread RCON Listener started")
    add("pterodactyl_egg", "{\n  \"meta\": {\"version\": \"PTDL_v2\"},\n  \"name\": \"Paper\",\n  \"docker_images\": {\"Java 21\": \"ghcr.io/pterodactyl/yolks:java_21\"},\n  \"startup\": \"java -Xms128M -Xmx{{SERVER_MEMORY}}M -jar {{SERVER_JARFILE}}\",\n  \"variables\": [{\"name\": \"Build Number\", \"env_variable\": \"BUILD_NUMBER\", \"default_value\": \"latest\"}]\n}")
    add("android_manifest", "<manifest xmlns:android=\"http://schemas.android.com/apk/res/android\" package=\"io.kestrelworks.loyalty\">\n    <uses-permission android:name=\"android.permission.INTERNET\" />\n    <application android:name=\".LoyaltyApp\" android:allowBackup=\"false\" android:networkSecurityConfig=\"@xml/network_security_config\">\n        <meta-data android:name=\"com.google.firebase.messaging.default_notification_channel_id\" android:value=\"orders\" />\n    </application>\n</manifest>")
    add("info_plist", "<key>CFBundleIdentifier</key>\n<string>io.kestrelworks.loyalty</string>\n<key>CFBundleShortVersionString</key>\n<string>3.4.1</string>\n<key>CFBundleVersion</key>\n<string>88</string>\n<key>NSCameraUsageDescription</key>\n<string>Scan receipts to collect points.</string>")
    add("usage_record_schema_question", usage_record([{"role": "user", "content": "How should I model a password-manager export in SQLite? Columns are name, url, username, password, note, folder. I want the password column encrypted with SQLCipher, and the key coming from the OS keychain."}]))
    add("mcp_workflow_runs", mcp_call("list_workflow_runs", {"owner": "kestrel-works", "repo": "mobile-app", "workflow_id": "release.yml", "per_page": 3}) + "\n" + mcp_text(dumps({"total_count": 412, "workflow_runs": [{"id": 11982273341, "head_sha": g.s(HEX, 40), "status": "completed", "conclusion": "success"}, {"id": 11981004127, "head_sha": g.s(HEX, 40), "status": "completed", "conclusion": "failure"}]})))
    add("claude_test_run", claude_use("pytest -q tests/test_invoice_totals.py", "Run the invoice tests", "/workspaces/invoicer") + "\n" + claude_result("........                                                                 [100%]\n8 passed in 0.41s", "/workspaces/invoicer"))
    add("aider_refactor", aider("rename InvoiceLine.qty to quantity everywhere", "invoicer/models.py\n```python\n<<<<<<< SEARCH\n    qty: Decimal\n=======\n    quantity: Decimal\n>>>>>>> REPLACE\n```\n\nI also updated the two usages in `invoicer/pdf.py`."))
    add("uuid_table", "| tenant_id | plan | seats |\n|---|---|---|\n| " + g.uuid() + " | team | 25 |\n| " + g.uuid() + " | enterprise | 400 |\n| " + g.uuid() + " | free | 3 |")
    add("sha256sums", "\n".join(f"{g.s(HEX, 64)}  {f}" for f in ["kestrel-cli_1.8.0_linux_amd64.tar.gz", "kestrel-cli_1.8.0_darwin_arm64.tar.gz", "kestrel-cli_1.8.0_windows_amd64.zip"]))
    add("package_lock_integrity", "\"node_modules/viem\": {\n  \"version\": \"2.21.9\",\n  \"resolved\": \"https://registry.npmjs.org/viem/-/viem-2.21.9.tgz\",\n  \"integrity\": \"sha512-" + g.s(ALNUM + "+/", 86) + "==\",\n  \"license\": \"MIT\"\n}")
    add("slovak_prose", "Pri onboardingu nového kolegu používame skript, ktorý nainštaluje Homebrew, nastaví Git a stiahne konfiguráciu z firemného repozitára. Heslá a tokeny sa nikdy neukladajú do dotfiles; skript ich číta zo správcu hesiel cez `op read`.")
    add("slovenian_prose", "Aplikacija za Android podpisuje izdaje v GitHub Actions; ključ za podpisovanje je shranjen kot skrivnost repozitorija, lokalno pa uporabljamo samo razvojni ključ, ki ga Android Studio ustvari samodejno.")
    add("bulgarian_prose", "За сървъра на играта използваме Pterodactyl с образ Paper 1.21.3. Резервните копия се правят всяка нощ в 03:00 UTC и се пазят 14 дни.")
    add("lithuanian_prose", "Piniginės testai vykdomi tik Sepolia tinkle; tikrų raktų kode nėra, o mnemoninė frazė kiekvienam testui sugeneruojama iš naujo.")
    add("icelandic_prose", "Reikningakerfið sendir PDF-skjöl á netfang viðskiptavinar og geymir afrit í S3 í 7 ár, í samræmi við bókhaldslög.")
    add("basque_prose", "Aplikazio mugikorraren bertsio berria (3.4.1) App Store eta Google Play dendetan argitaratu da. Aldaketa nagusiak: saioa hasteko fluxu berria eta errendimendu hobekuntzak.")
    add("filipino_prose", "Gumagamit kami ng GitHub Copilot para gumawa ng mga unit test. Bago i-merge, sinusuri ng CI kung may nakalagay na sikreto sa code gamit ang isang pre-commit hook.")
    add("mongolian_prose", "Манай баг Kotlin болон Swift дээр мобайл апп хөгжүүлдэг. Шинэ хувилбарыг долоо хоног бүрийн лхагва гарагт гаргадаг.")
    add("gujarati_prose", "અમારી ટીમ Flutter માં મોબાઇલ એપ બનાવે છે. દરેક રિલીઝ પહેલાં CI પર 1,200 થી વધુ ટેસ્ટ ચાલે છે.")
    add("malayalam_prose", "ഈ റിപ്പോസിറ്ററിയിൽ ഇൻവോയ്സ് ജനറേറ്റർ ഉണ്ട്. PDF ഫയലുകൾ WeasyPrint ഉപയോഗിച്ച് നിർമ്മിക്കുന്നു.")
    add("somali_prose", "Barnaamijkan wuxuu xisaabiyaa qaansheegadyada bisha, wuxuuna u diraa nidaamka xisaabaadka. Dhammaan tijaabooyinka waa la dhaafay.")
    add("azerbaijani_prose", "Oyun serveri Docker konteynerində işləyir; yaddaş limiti 6 GB, CPU limiti isə 2 nüvədir. Yeniləmələr hər bazar günü edilir.")
    add("kubectl_secret_refs", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: invoicer\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          image: ghcr.io/kestrel-works/invoicer@sha256:" + g.s(HEX, 64) + "\n          envFrom:\n            - secretRef:\n                name: invoicer-secrets")
    add("sops_encrypted", "stripe_webhook: ENC[AES256_GCM,data:" + g.s(ALNUM + "+/", 40) + "=,iv:" + g.s(ALNUM + "+/", 43) + "=,tag:" + g.s(ALNUM + "+/", 22) + "==,type:str]\nsops:\n    age:\n        - recipient: age1" + g.s("023456789acdefghjklmnpqrstuvwxyz", 58) + "\n    lastmodified: \"2026-11-20T08:14:22Z\"\n    version: 3.9.1")
    add("hr_ddl", "CREATE TABLE employees (\n  id BIGSERIAL PRIMARY KEY,\n  legal_name TEXT NOT NULL,\n  date_of_birth DATE,\n  iban TEXT CHECK (iban ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$'),\n  ssn_encrypted BYTEA,\n  created_at TIMESTAMPTZ DEFAULT now()\n);")
    add("fhir_capability", dumps({"resourceType": "CapabilityStatement", "status": "active", "date": "2026-11-01", "fhirVersion": "4.0.1", "format": ["json"], "rest": [{"mode": "server", "resource": [{"type": "Patient", "interaction": [{"code": "read"}, {"code": "search-type"}]}]}]}, indent=1))
    add("teams_standup", teams("Release Bot", "<p>Release <b>3.4.1</b> is live on both stores. Crash-free sessions: 99.82%. Next train: 3.5.0 on 2026-12-09.</p>"))
    add("slack_channel_join", slack([("USLACKBOT", "<#C05Q8M2LK1A|mobile-releases> set the channel topic: Release train every Wednesday"), ("B06RELBOT", "Build 88 uploaded to TestFlight (processing)")]))
    add("discord_server_status", discord([("StatusBot", "🟢 SMP online — 14/40 players — TPS 19.9 — uptime 3d 4h"), ("StatusBot", "🟡 Creative restarting for plugin update (LuckPerms 5.4.145)")]))
    add("ios_keychain_code", "let query: [String: Any] = [\n    kSecClass as String: kSecClassGenericPassword,\n    kSecAttrService as String: \"io.kestrelworks.loyalty\",\n    kSecAttrAccount as String: \"session\",\n    kSecReturnData as String: true\n]\nvar item: CFTypeRef?\nlet status = SecItemCopyMatching(query as CFDictionary, &item)")
    add("chatgpt_explain_totp", chatgpt([("user", "How does TOTP work?"), ("assistant", "The server and your authenticator share a secret. Every 30 seconds both compute HMAC-SHA1(secret, floor(unix_time / 30)) and keep 6 digits. RFC 6238 defines it; RFC 4226 defines the underlying HOTP.")], title="TOTP"))
    add("copilot_chat_regex", copilot_chat([("GitHub Copilot", "Use `^[A-Z]{2}\\d{2}[A-Z0-9]{11,30}$` for a quick IBAN shape check, then verify the mod-97 checksum; the regex alone accepts invalid numbers.")], ide="Visual Studio"))
    add("matrix_bot_notice", matrix("@ci-bot:matrix.kestrel.ie", "✅ Pipeline #48812 passed on main (commit " + g.s(HEX, 12) + ") — 312 tests, coverage 87.4%"))
    add("gemini_explain_bip32", gemini("explain derivation paths", "A path like <code>m/44'/60'/0'/0/0</code> means purpose 44 (BIP-44), coin type 60 (Ether), account 0, external chain, index 0. Hardened steps are marked with an apostrophe."))
    return out


def hx7(g: Gen) -> str:
    return g.s(HEX, 7)
