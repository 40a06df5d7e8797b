# ruff: noqa: E501, RUF001  -- item tables hold whole texts on one line; foreign letters are intended.
"""Eighth held-out set: prose-heavy and multilingual agent material written blind, without running
the detectors on it (see README.md). Providers, carriers and sentence shapes none of eval-dev or
holdout 1-7 used.
"""

from __future__ import annotations

import base64
import json

from _markup import IP, A, C, D, E, I, L, P, S, T, U, Z, esc, m, shell
from _values import ALNUM, DIGITS, HEX, HEXU, LOWNUM, UPNUM, Gen, grouped, iban, luhn_complete

B64URL = ALNUM + "-_"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def b64u(raw: str) -> str:
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def b64(raw: str) -> str:
    return base64.b64encode(raw.encode()).decode()


# ---------------------------------------------------------------------------------------------
# carriers of agent products and tools the earlier sets did not use (shapes as the products store
# or print them, reduced to the fields that matter)


def cody_chat(turns: list[tuple[str, str]]) -> str:
    """Sourcegraph Cody chat export: one interaction list of speaker/text messages."""
    msgs = ", ".join('{"speaker": "' + who + '", "text": "' + esc(text) + '"}' for who, text in turns)
    return '{"chatID": "2025-03-05T08:14:22.913Z", "model": "anthropic/claude-3-5-sonnet-20240620", "messages": [' + msgs + "]}"


def junie_terminal(cmd: str, output: str) -> str:
    """JetBrains Junie step: a terminal command and what it printed."""
    return '{"step": 6, "kind": "terminal", "command": "' + esc(cmd) + '", "output": "' + esc(output) + '", "status": "DONE"}'


def augment_call(name: str, args: dict[str, str]) -> str:
    """Augment Agent tool use; `input_json` is a JSON document inside a JSON string."""
    inner = "{" + ", ".join('"' + k + '": "' + esc(v) + '"' for k, v in args.items()) + "}"
    return '{"type": "tool_use", "tool_use": {"tool_use_id": "toolu_vrtx_01Aug", "tool_name": "' + name + '", "input_json": "' + esc(inner) + '"}}'


def kiro_bash(cmd: str, output: str) -> str:
    """Kiro `executeBash` tool call with its result."""
    return '{"toolName": "executeBash", "toolInput": {"command": "' + esc(cmd) + '"}, "toolResult": {"exitCode": 0, "output": "' + esc(output) + '"}}'


def warp_block(cmd: str, output: str) -> str:
    """Warp agent-mode block: the command the agent ran and the block output."""
    return '{"block_id": "blk_7f1e", "agent_mode": true, "command": "' + esc(cmd) + '", "output": "' + esc(output) + '", "exit_code": 0}'


def swe_step(thought: str, action: str, observation: str) -> str:
    """One SWE-agent trajectory step (`.traj` file)."""
    return '{"action": "' + esc(action) + '", "observation": "' + esc(observation) + '", "response": "' + esc(thought + "\n\n```\n" + action + "\n```") + '", "thought": "' + esc(thought) + '", "state": "{\\"open_file\\": \\"n/a\\", \\"working_dir\\": \\"/repo\\"}"}'


def autogen_msg(name: str, content: str) -> str:
    """AutoGen chat message as kept in `chat_messages`."""
    return '{"content": "' + esc(content) + '", "role": "user", "name": "' + name + '"}'


def smol_step(n: int, code: str, logs: str) -> str:
    """smolagents CodeAgent step as printed to the console."""
    return f"━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ Step {n} ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n ─ Executing parsed code: ─────────────────────────────────────────────\n  {code.replace(chr(10), chr(10) + '  ')}\n ──────────────────────────────────────────────────────────────────────\nExecution logs:\n{logs}\n[Step {n}: Duration 2.41 seconds| Input tokens: 4,812 | Output tokens: 211]"


def letta_return(text: str) -> str:
    """Letta (MemGPT) `tool_return_message`."""
    return '{"id": "message-5b1e0c2a", "message_type": "tool_return_message", "tool_return": "' + esc(text) + '", "status": "success", "tool_call_id": "call_Lt81"}'


def interp_console(content: str) -> str:
    """Open Interpreter console output message."""
    return '{"role": "computer", "type": "console", "format": "output", "content": "' + esc(content) + '"}'


def dify_node(text: str) -> str:
    """Dify workflow run: the outputs of one tool node."""
    return '{"event": "node_finished", "data": {"node_type": "tool", "title": "HTTP Request", "status": "succeeded", "outputs": {"body": "' + esc(text) + '", "status_code": 200}}}'


def n8n_items(rows: list[dict[str, object]]) -> str:
    """n8n node output: a list of items, each with a `json` object."""
    return json.dumps([{"json": r, "pairedItem": {"item": i}} for i, r in enumerate(rows)], ensure_ascii=False, indent=2)


def copilot_ws(content: str) -> str:
    """GitHub Copilot Workspace plan step with the user's pasted context."""
    return '{"kind": "user_context", "source": "pasted", "content": "' + esc(content) + '"}'


def devin_msg(text: str) -> str:
    """Devin session message from the user (Slack-bridged)."""
    return '{"type": "user_message", "origin": "slack", "message": "' + esc(text) + '", "created_at": "2025-03-05T11:02:44Z"}'


def api_json(data: object) -> str:
    """A tool result whose content is a JSON API response (one JSON string, escaped once)."""
    return '{"type": "tool_result", "tool_use_id": "toolu_01Hx8", "content": "' + esc(json.dumps(data, ensure_ascii=False)) + '"}'


def api_json_ascii(data: object) -> str:
    """As `api_json`, but the JSON was serialised with \\u escapes for every non-ASCII letter."""
    inner = json.dumps(data, ensure_ascii=True).replace("\\u27e6", "⟦").replace("\\u27e7", "⟧")
    return '{"type": "tool_result", "tool_use_id": "toolu_01Hx9", "content": "' + esc(inner) + '"}'


def mail(headers: list[tuple[str, str]], body: str) -> str:
    return "\n".join(f"{k}: {v}" for k, v in headers) + "\n\n" + body


# ---------------------------------------------------------------------------------------------


def secrets(g: Gen) -> list[tuple[str, list[str], str]]:
    out: list[tuple[str, list[str], str]] = []

    def add(p: str, t: str, providers: list[str] | None = None) -> None:
        out.append((f"holdout8:{p}", providers or [p], t))

    add("adafruitio", f"Tolong cek kenapa sensor suhu di gudang tidak kirim data lagi. Ini potongan kode di ESP32-nya:\n\n```cpp\n#define IO_USERNAME  \"{U('gudang_cikarang')}\"\n#define IO_KEY       \"{S('aio_' + g.mixed(ALNUM, 28))}\"\nAdafruitIO_WiFi io(IO_USERNAME, IO_KEY, WIFI_SSID, WIFI_PASS);\n```\n\nWiFi-nya sudah nyambung, tapi feed `suhu-rak-3` kosong sejak Senin.")

    add("alienvault", cody_chat([("human", f"why does our enrichment job get 403 from OTX? the key is set in the worker like this: `OTX_API_KEY = \"{S(g.s(HEX, 64))}\"` and the call is `OTXv2(OTX_API_KEY).get_indicator_details_full(IndicatorTypes.IPv4, ip)`"), ("assistant", "A 403 from OTX usually means the key was revoked or belongs to a different account than the pulse subscription. Rotate it and move it out of the source file.")]))

    amo = g.jwt(json.dumps({"aud": g.uuid(), "jti": g.s(HEX, 80), "iat": 1740960000, "nbf": 1740960000, "exp": 1835395200, "sub": "10448213", "grant_type": "", "account_id": 31284417, "base_domain": "amocrm.ru", "version": 2, "scopes": ["crm", "files", "notifications"], "api_domain": "api-b.amocrm.ru"}, separators=(",", ":")))
    add("amocrm", f"Коллеги, интеграция с сайтом снова не создаёт сделки. Долгосрочный токен взяла из настроек интеграции:\n\n```php\n$client = new AmoCRMApiClient();\n$client->setAccountBaseDomain('torgdom.amocrm.ru');\n$accessToken = new LongLivedAccessToken('{S(amo)}');\n```\n\nОшибка `401 Unauthorized` на `/api/v4/leads`. {P('Ирина Соколова')}, посмотрите, пожалуйста, не истёк ли он.")

    add("amap", smol_step(2, f"import requests\nr = requests.get('https://restapi.amap.com/v3/geocode/geo', params={{'address': '杭州市西湖区文三路', 'key': '{S(g.s(HEX, 32))}'}})\nprint(r.json()['geocodes'][0]['location'])", "120.130663,30.278204"))

    add("arvancloud", f"سلام، برای پاک‌کردن کش سی‌دی‌ان این درخواست را می‌فرستم ولی خطای ۴۰۱ می‌گیرم:\n\n```\ncurl -X DELETE https://napi.arvancloud.ir/cdn/4.0/domains/shop-negin.ir/caching/purge \\\n  -H 'Authorization: Apikey {S(g.uuid())}'\n```\n\nممنون می‌شوم راهنمایی کنید.")

    asaas = "$aact_prod_000" + b64u(g.s(HEX, 32) + "::" + g.uuid() + "::$aach_" + g.uuid())
    add("asaas", augment_call("str-replace-editor", {"path": "config/pagamentos.ts", "old_str": "apiKey: process.env.ASAAS_KEY,", "new_str": f"apiKey: '{S(asaas)}', // TODO voltar para env antes do merge"}))

    add("appveyor+avalara", f"Build is green locally but the AppVeyor deploy step fails on the tax call. Relevant bits of `appveyor.yml`:\n\n```yaml\nenvironment:\n  APPVEYOR_API_TOKEN: {S('v2.' + g.s(LOWNUM, 20))}\n  AVATAX_ACCOUNT_ID: \"2001{g.s(DIGITS, 6)}\"\n  AVATAX_LICENSE_KEY: {S(g.s(HEXU, 16))}\n  AVATAX_ENV: production\n```", ["appveyor", "avalara"])

    baidu_tok = f"24.{g.s(HEX, 32)}.2592000.1743552000.282335-{g.s(DIGITS, 8)}"
    add("baidu", f"百度OCR接口一直返回 `110 Access token invalid`。我现在是这么调用的：\n\n```python\nAPI_KEY = \"{S(g.mixed(ALNUM, 24))}\"\nSECRET_KEY = \"{S(g.mixed(ALNUM, 32))}\"\nACCESS_TOKEN = \"{S(baidu_tok)}\"  # 上周手动获取的\n```\n\n是不是 token 过期了？应该每次用 API_KEY 和 SECRET_KEY 重新换？")

    add("backlog+chatwork", f"お疲れさまです。課題の自動起票スクリプトですが、Backlog と Chatwork の両方で認証エラーになります。\n\n```\nBACKLOG_SPACE=nishikawa-dev\nBACKLOG_API_KEY={S(g.mixed(ALNUM, 64))}\nCHATWORK_TOKEN={S(g.s(HEX, 32))}\nCHATWORK_ROOM_ID=318842107\n```\n\n{P('西川')}さんのアカウントで発行したキーです。ご確認お願いします。", ["backlog", "chatwork"])

    add("beem", devin_msg(f"Can you add SMS fallback via Beem for our Tanzania users? Our creds are api_key {S(g.s(HEX, 16))} and secret {S(g.b64(48))} (sender id is DUKAPAY). Please put them in the vault, not in the repo."))

    add("bitrix24", f"Добрий день! Вебхук для створення лідів у Бітрікс24 перестав працювати після оновлення порталу:\n\nhttps://myko-group.bitrix24.ua/rest/1/{S(g.s(LOWNUM, 16))}/crm.lead.add.json\n\nПовертає `INVALID_CREDENTIALS`. Чи треба створити новий вебхук?")

    add("blockfrost", kiro_bash(f"curl -s -H 'project_id: {S('mainnet' + g.mixed(ALNUM, 32))}' https://cardano-mainnet.blockfrost.io/api/v0/epochs/latest | jq .epoch", "528"))

    add("branchio", f"<!-- Deep-link config for the Android app -->\n<meta-data android:name=\"io.branch.sdk.BranchKey\" android:value=\"key_live_{g.mixed(ALNUM, 32)}\" />\n<!-- server side only! do not ship -->\n<meta-data android:name=\"io.branch.sdk.BranchSecret\" android:value=\"{S('secret_live_' + g.mixed(ALNUM, 32))}\" />")

    add("buttondown+emailoctopus", f"Notes from the newsletter migration call (Wed):\n\n- we're moving off EmailOctopus to Buttondown by end of month\n- old EmailOctopus key (still live until we cancel): {S('eo_' + g.s(HEX, 64))}\n- Buttondown: `Authorization: Token {S(g.uuid())}`\n- {P('Grace')} to export the subscriber list, {P('Tunde')} to update the signup form", ["buttondown", "emailoctopus"])

    cf = f"cfsk_ma_prod_{g.s(HEX, 32)}_{g.s(HEX, 8)}"
    add("cashfree", f"Bhai, Cashfree payout webhook fail ho raha hai production mein. Config yeh hai:\n\nx-client-id: {g.s(DIGITS, 6)}{g.s(HEX, 26)}\nx-client-secret: {S(cf)}\n\nSignature verify karte waqt mismatch aa raha hai, shayad secret galat hai?")

    add("chapa", f"ሰላም፣ የChapa ክፍያ በቀጥታ (live) ሁነታ ላይ አልሰራም። ቁልፉ ይህ ነው፦ {S('CHASECK-' + g.mixed(ALNUM, 32))}\n\nበሙከራ ሁነታ ላይ ይሰራ ነበር። እባክዎ ይመልከቱት።\n\n— {P('ሰላም ተስፋዬ')}")

    add("chartmogul+iterable", autogen_msg("executor", f"exitcode: 0 (execution succeeded)\nCode output:\nLoaded settings from .env:\n  CHARTMOGUL_API_KEY={S(g.s(HEX, 32))}\n  ITERABLE_API_KEY={S(g.s(HEX, 32))}\nSynced 1,284 subscribers; MRR delta +412.00 USD"), ["chartmogul", "iterable"])

    add("chatwoot", f"@{U('haruka.m')} the support widget bot can't post replies. I tested by hand:\n\n    curl -X POST https://app.chatwoot.com/api/v1/accounts/74/conversations/1902/messages \\\n      -H 'api_access_token: {S(g.mixed(ALNUM, 24))}' \\\n      -H 'Content-Type: application/json' -d '{{\"content\": \"test\"}}'\n\nand it returns 401. Is the agent bot token different from a user token?")

    add("clarifai", letta_return(f"Stored core memory block 'integrations': vision provider is Clarifai, PAT {S(g.s(HEX, 32))}, app id 'shelf-audit', model 'general-image-recognition'."))

    add("clicksend+kavenegar", f"SMS gateway failover — config review\n\n```yaml\nsms:\n  primary:\n    provider: kavenegar\n    url: https://api.kavenegar.com/v1/{S(g.s(HEXU, 64))}/sms/send.json\n    sender_line: ${{KAVENEGAR_LINE}}\n  fallback:\n    provider: clicksend\n    username: {U('ops-tehran')}\n    api_key: {S(g.uuid(upper=True))}\n```\n\nThe Kavenegar key is in the URL path, so it also lands in our nginx access log. We need to fix that.", ["clicksend", "kavenegar"])

    add("coda+crowdin", warp_block("grep -n TOKEN ~/.config/docsync/env", f"3:CODA_API_TOKEN={S(g.uuid())}\n4:CROWDIN_PERSONAL_TOKEN={S(g.s(HEX, 80))}\n7:SYNC_INTERVAL_MIN=30"), ["coda", "crowdin"])

    add("dadata", f"Привет! Подсказки адресов на форме оформления заказа отвалились. В `.env.production`:\n\nDADATA_TOKEN={S(g.s(HEX, 40))}\nDADATA_SECRET={S(g.s(HEX, 40))}\n\nЛимит вроде не исчерпан, в кабинете 3 412 из 10 000.")

    add("delighted+devto", junie_terminal("printenv | grep -E 'DELIGHTED|DEVTO'", f"DELIGHTED_API_KEY={S(g.mixed(ALNUM, 32))}\nDEVTO_API_KEY={S(g.mixed(ALNUM, 24))}"), ["delighted", "devto"])

    add("dnsimple", f"commit 4e1a9c0b2f7d83e6a51c0d9b7e2f4a8c6d3b1e05\nAuthor: {P('Kemal Öztürk')} <{E('kemal.ozturk@kuzeyyazilim.com.tr')}>\nDate:   Tue Mar 4 17:22:41 2025 +0300\n\n    DNS kayıtları için certbot hook eklendi\n\n    DNSimple token şimdilik burada, sonra vault'a taşınacak:\n    {S('dnsimple_a_' + g.mixed(ALNUM, 32))}")

    add("doku+duitku", f"Mas, tolong review PR integrasi payment gateway ya. Aku taruh kredensial sandbox-nya sementara di `config/payment.php`:\n\n```php\n'doku' => [\n    'client_id'  => 'BRN-0218-{g.s(DIGITS, 13)}',\n    'secret_key' => '{S('SK-' + g.mixed(ALNUM, 20))}',\n],\n'duitku' => [\n    'merchant_code' => 'DS{g.s(DIGITS, 5)}',\n    'merchant_key'  => '{S(g.s(HEX, 32))}',\n],\n```\n\nNanti aku pindah ke `.env` sebelum merge.", ["doku", "duitku"])

    add("dub+gumroad", f"## Launch checklist\n\n- [x] short links via Dub (`DUB_API_KEY={S('dub_' + g.mixed(ALNUM, 24))}`)\n- [x] Gumroad product live, access token `{S(g.mixed(B64URL, 43))}` for the license check\n- [ ] announce in the Discord\n", ["dub", "gumroad"])

    add("dwolla", f"class DwollaSettings(BaseSettings):\n    environment: str = \"production\"\n    key: str = \"{g.mixed(ALNUM, 50)}\"\n    secret: str = \"{S(g.mixed(ALNUM, 50))}\"\n    webhook_secret: str = \"{S(g.mixed(ALNUM, 32))}\"")

    ebay_tok = "v^1.1#i^1#f^0#r^1#p^3#I^3#t^H4sIAAAAAAAA/+" + g.b64(240)
    add("ebay", f"Hi team, the eBay listing sync started failing with `invalid_client` after we moved regions. Here's what we send (prod keyset):\n\nApp ID (Client ID): Kolibri-Sync-PRD-{g.s(HEX, 9)}-{g.s(HEX, 8)}\nCert ID (Client Secret): {S('PRD-' + g.s(HEX, 12) + '-' + g.s(HEX, 4) + '-' + g.s(HEX, 4) + '-' + g.s(HEX, 4) + '-' + g.s(HEX, 4))}\nUser token: {S(ebay_tok)}\n\nThanks, {P('Joanna')}")

    add("elasticemail+geoapify", swe_step("The failing test reads settings from tests/fixtures/settings.ini; let me look at it.", "cat tests/fixtures/settings.ini", f"[mail]\nprovider = elasticemail\napikey = {S(g.s(HEXU, 96))}\n\n[geo]\ngeoapify_key = {S(g.s(HEX, 32))}\n"), ["elasticemail", "geoapify"])

    add("etsy+eventbrite", f"Shop automation env (don't commit):\n\nETSY_X_API_KEY={S(g.s(LOWNUM, 24) + ':' + g.s(LOWNUM, 10))}\nEVENTBRITE_PRIVATE_TOKEN={S(g.s(UPNUM, 20))}\nWORKSHOP_ORG_ID=2019{g.s(DIGITS, 8)}", ["etsy", "eventbrite"])

    add("exotel", f"Call-connect API se 401 aa raha hai. Yeh request bhej rahe hain:\n\nPOST https://{S(g.s(HEX, 40))}:{S(g.s(HEX, 40))}@api.exotel.com/v1/Accounts/sunrise4/Calls/connect.json\n\nFrom={T('09845012345')}&CallerId={T('08047112233')}&Url=http://my.exotel.com/sunrise4/exoml/start_voice/82113\n\nKya token rotate ho gaya?")

    add("flickr+imgur", interp_console(f"Reading ~/.photo-sync.toml\n[flickr]\napi_key = \"{g.s(HEX, 32)}\"\napi_secret = \"{S(g.s(HEX, 16))}\"\n[imgur]\nclient_id = \"{g.s(HEX, 15)}\"\nclient_secret = \"{S(g.s(HEX, 40))}\"\nUploaded 14 photos to album 'Cappadocia 2024'"), ["flickr", "imgur"])

    add("freshservice", f"Ticket sync to Freshservice keeps timing out. I'm running it manually from my laptop:\n\n```\n$ curl -u {S(g.mixed(ALNUM, 20))}:X -H 'Content-Type: application/json' https://kalimaservices.freshservice.com/api/v2/tickets?per_page=1\ncurl: (28) Operation timed out after 30001 milliseconds with 0 bytes received\n```")

    add("fullstory+gandi", dify_node(f"Workflow variables (environment):\n  FULLSTORY_API_KEY = {S('na1.' + g.b64(48))}\n  GANDI_PAT = {S(g.s(HEX, 40))}\n  ALERT_CHANNEL = #web-ops"), ["fullstory", "gandi"])

    add("geocodio", f"library(httr2)\n\n# geocode the survey respondents' districts\nreq <- request(\"https://api.geocod.io/v1.7/geocode\") |>\n  req_url_query(q = \"Kisumu, Kenya\", api_key = \"{S(g.s(HEX, 39))}\")\nresp <- req_perform(req)")

    add("getresponse", f"Merhaba, GetResponse entegrasyonu için `X-Auth-Token` başlığını şöyle gönderiyorum ama 401 alıyorum:\n\nX-Auth-Token: api-key {S(g.s(LOWNUM, 32))}\n\nHesap Türkiye'de, belki `api.getresponse.com` yerine farklı bir adres mi kullanmam lazım?")

    add("ghn+ghtk", f"Anh ơi, em cấu hình hai hãng vận chuyển cho shop như sau, anh xem giúp em với:\n\n```json\n{{\n  \"ghn\": {{ \"token\": \"{S(g.uuid())}\", \"shop_id\": 5182244 }},\n  \"ghtk\": {{ \"token\": \"{S(g.mixed(ALNUM, 40))}\" }}\n}}\n```\n\nGHN thì tạo đơn được, còn GHTK báo lỗi \"Token không hợp lệ\".", ["ghn", "ghtk"])

    add("gitee+forgejo", f"mirror 脚本报错，贴一下配置：\n\n```ini\n[gitee]\naccess_token = {S(g.s(HEX, 32))}\nowner = hangzhou-lab\n\n[forgejo]\nurl = https://code.hzlab.cn\ntoken = {S(g.s(HEX, 40))}\n```\n\n推送到 forgejo 的时候 403。", ["gitee", "forgejo"])

    gong_basic = b64(g.s(UPNUM, 32) + ":" + g.jwt(json.dumps({"exp": 2055456000, "access_key": g.s(UPNUM, 32)}, separators=(",", ":"))))
    add("gong", f"Sales ops asked why the call-transcript export is empty. The job logs its request headers at debug level (which it shouldn't):\n\n2025-03-05 09:12:44,118 DEBUG gong.client GET https://us-41887.api.gong.io/v2/calls/transcript headers={{'Authorization': 'Basic {S(gong_basic)}', 'Accept': 'application/json'}}")

    add("gorgias+helpscout", f"Helpdesk migration (Help Scout → Gorgias), credentials for the import script:\n\n| system | user | key |\n|---|---|---|\n| Gorgias | {E('support@kahawa-house.co.ke')} | `{S(g.s(HEX, 64))}` |\n| Help Scout app | app id 6{g.s(HEX, 23)} | secret `{S(g.mixed(ALNUM, 32))}` |", ["gorgias", "helpscout"])

    add("gotify", f"# homelab notification test\n$ curl -s \"https://push.nyumbani.lan/message?token={S('A' + g.mixed(ALNUM, 14))}\" -F \"title=backup\" -F \"message=restic done\" -F \"priority=5\"\n{{\"id\":1182,\"appid\":4,\"message\":\"restic done\",\"title\":\"backup\",\"priority\":5}}")

    htx_a = "-".join(g.s(HEX, n) for n in (8, 8, 8, 5))
    htx_s = "-".join(g.s(HEX, n) for n in (8, 8, 8, 5))
    add("htx+gateio+bitget", f"套利机器人的交易所配置（请勿外传）：\n\n```yaml\nexchanges:\n  htx:\n    access_key: {S(htx_a)}\n    secret_key: {S(htx_s)}\n  gateio:\n    key: {S(g.s(HEX, 32))}\n    secret: {S(g.s(HEX, 64))}\n  bitget:\n    api_key: {S('bg_' + g.s(HEX, 32))}\n    secret: {S(g.s(HEX, 64))}\n    passphrase: {S(g.password())}\n```", ["htx", "gateio", "bitget"])

    hyg = g.jwt(json.dumps({"version": 3, "iat": 1740700800, "aud": ["https://api-eu-central-1-shared-euc1-02.hygraph.com/v2/" + g.s(LOWNUM, 25) + "/master", "https://management-eu-central-1-shared-euc1-02.hygraph.com/graphql"], "iss": "https://management.hygraph.com/", "sub": g.uuid(), "jti": g.s(LOWNUM, 25)}, separators=(",", ":")))
    add("hygraph", f"```ts\n// lib/cms.ts\nexport const hygraph = new GraphQLClient(process.env.HYGRAPH_ENDPOINT!, {{\n  headers: {{\n    Authorization: `Bearer {S(hyg)}`,\n  }},\n}});\n```\n\nThis is the permanent auth token with *Content API* read access; build fails with `Not allowed`.")

    add("idpay", f"سلام وقت بخیر، در درگاه آیدی‌پی هنگام ایجاد تراکنش خطای ۱۱ (کاربر مسدود شده) دریافت می‌کنیم.\n\nX-API-KEY: {S(g.uuid())}\nX-SANDBOX: 0\n\nلطفاً بررسی کنید. با تشکر، {P('محمدرضا کریمی')}")

    add("instamojo", f"def instamojo_client():\n    # TODO({U('arjun.m')}): move to settings before go-live\n    return Instamojo(\n        api_key=\"{S(g.s(HEX, 32))}\",\n        auth_token=\"{S(g.s(HEX, 32))}\",\n        endpoint=\"https://www.instamojo.com/api/1.1/\",\n    )")

    add("ionos", mail([("From", f"{P('Lukas Brandt')} <{E('lukas.brandt@holzwerk-brandt.de')}>"), ("To", E("it@agentur-feldmann.de")), ("Subject", "DNS-API Zugang für das Let's-Encrypt-Skript"), ("Date", "Wed, 05 Mar 2025 10:41:07 +0100")], f"Hallo zusammen,\n\nhier der API-Schlüssel für die IONOS DNS-API, damit ihr die Zertifikate automatisch erneuern könnt:\n\n{S(g.s(HEX, 32) + '.' + g.mixed(B64URL, 86))}\n\nBitte nur für holzwerk-brandt.de verwenden.\n\nViele Grüße\n{P('Lukas')}"), ["ionos"])

    add("jdcloud+juhe", f"# 京东云对象存储 + 聚合数据天气\nexport JDCLOUD_ACCESS_KEY={S(g.s(HEXU, 32))}\nexport JDCLOUD_SECRET_KEY={S(g.s(HEXU, 32))}\nexport JUHE_WEATHER_KEY={S(g.s(HEX, 32))}", ["jdcloud", "juhe"])

    add("jpush", f"推送一直 401，是不是 Basic 头拼错了？\n\n```\nPOST /v3/push HTTP/1.1\nHost: api.jpush.cn\nAuthorization: Basic {S(b64(g.s(HEX, 24) + ':' + g.s(HEX, 24)))}\nContent-Type: application/json\n```")

    add("kickbox+lob", f"-- seed for the verification service (staging DB, but these are the live keys!)\nINSERT INTO provider_credentials (provider, credential, created_by) VALUES\n  ('kickbox', '{S('live_' + g.s(HEX, 64))}', 'migrate'),\n  ('lob', '{S('live_' + g.s(HEX, 35))}', 'migrate');", ["kickbox", "lob"])

    add("kintone", f"kintone のアプリ連携で `X-Cybozu-API-Token` を使っています。\n\n```js\nconst client = new KintoneRestAPIClient({{\n  baseUrl: 'https://minato-shoji.cybozu.com',\n  auth: {{ apiToken: '{S(g.mixed(ALNUM, 40))}' }},\n}});\n```\n\nレコード追加で `GAIA_NO01` が返ります。権限の問題でしょうか？")

    add("lago+loops", n8n_items([{"service": "lago", "header": "Authorization: Bearer " + S(g.uuid()), "ok": True}, {"service": "loops", "header": "Authorization: Bearer " + S(g.s(HEX, 32)), "ok": False}]), ["lago", "loops"])

    liq_priv = "sandbox_" + g.mixed(ALNUM, 40)
    add("liqpay", f"Підключаю LiqPay до магазину, ось ключі з кабінету:\n\npublic_key: sandbox_i{g.s(DIGITS, 11)}\nprivate_key: {S(liq_priv)}\n\nПідпис формую як base64(sha1(private_key + data + private_key)), але отримую `err_signature`. Що не так?")

    add("localstack+lokalise", f"```yaml\n# .github/workflows/integration.yml (excerpt)\nenv:\n  LOCALSTACK_AUTH_TOKEN: {S('ls-' + g.mixed(ALNUM, 8) + '-' + g.mixed(ALNUM, 4) + '-' + g.mixed(ALNUM, 4) + '-' + g.mixed(ALNUM, 4) + '-' + g.mixed(ALNUM, 12))}\n  LOKALISE_API_TOKEN: {S(g.s(HEX, 40))}\n```\n\nReview comment: please use `secrets.` here, these are real tokens.", ["localstack", "lokalise"])

    add("coinmarketcap+ankr", f"// price oracle fallback\nconst CMC_KEY = \"{S(g.uuid())}\";\nconst provider = new JsonRpcProvider(\"https://rpc.ankr.com/eth/{S(g.s(HEX, 64))}\");", ["coinmarketcap", "ankr"])

    add("copper", f"Hi {P('Mariam')}, sure — for the Copper CRM import use these headers:\n\nX-PW-AccessToken: {S(g.s(HEX, 32))}\nX-PW-Application: developer_api\nX-PW-UserEmail: {E('mariam.haddad@olivegrove.io')}\n\nThe token belongs to the integration user, not to you.")

    add("gerrit", shell("git config --global --get-regexp 'credential|http'", f"credential.https://review.kernelforge.org.username {U('tkaraoglu')}\nhttp.https://review.kernelforge.org.extraheader Authorization: Basic {S(b64('tkaraoglu:' + g.mixed(ALNUM + '/+', 42)))}"))

    add("abstractapi+accuweather", f"Weather widget on the Nairobi office dashboard is blank again. The config:\n\n```js\nexport default {{\n  ipGeo: {{ provider: 'abstract', apiKey: '{S(g.s(HEX, 32))}' }},\n  weather: {{ provider: 'accuweather', apiKey: '{S(g.mixed(ALNUM, 32))}', locationKey: '224758' }},\n}};\n```", ["abstractapi", "accuweather"])

    add("commercetools", f"commercetools API client (scope manage_project:kolibri-shop):\n\nCTP_PROJECT_KEY=kolibri-shop\nCTP_CLIENT_ID={g.mixed(ALNUM, 24)}\nCTP_CLIENT_SECRET={S(g.mixed(B64URL, 32))}\nCTP_AUTH_URL=https://auth.europe-west1.gcp.commercetools.com\nCTP_API_URL=https://api.europe-west1.gcp.commercetools.com")


    # passwords known only from the sentence, several languages
    add("password_vi_chat", f"[Zalo] {P('Trần Thị Bích Ngọc')}: em gửi lại thông tin đăng nhập máy chủ kế toán nhé, tài khoản {U('ketoan01')}, mật khẩu {S(g.password())}. Anh đổi lại sau khi vào được nha.", ["password"])
    add("password_tr_ticket", f"Talep #88412 — Kullanıcı: {P('Ayşe Demir')}\n\nMerhaba, VPN'e bağlanamıyorum. Kullanıcı adım {U('ademir')}, şifrem {S(g.password())} ama \"kimlik doğrulama başarısız\" hatası alıyorum. Şifreyi geçen hafta değiştirmiştim.", ["password"])
    add("password_id_wa", f"Pak, akun email kantor untuk staf baru sudah dibuat ya. Username: {E('rina.wulandari@majujaya.co.id')}, kata sandi sementara: {S(g.password())} — mohon diganti setelah login pertama.", ["password"])
    add("password_sw_sms", f"Habari {P('Neema')}, akaunti yako ya mfumo wa mauzo imefunguliwa. Jina la mtumiaji: {U('neema.m')} Nenosiri: {S(g.password())} Tafadhali badilisha nenosiri baada ya kuingia.", ["password"])
    add("password_hi_email", f"नमस्ते {P('प्रिया')} जी,\n\nआपका पोर्टल खाता बना दिया गया है। यूज़रनेम: {U('priya.verma')} और अस्थायी पासवर्ड: {S(g.password())}\nकृपया पहली बार लॉगिन करते ही पासवर्ड बदल लें।\n\nआईटी सहायता", ["password"])
    add("password_uk_teams", f"{P('Олена Коваленко')} 10:42\nДоступ до адмінки WordPress: логін {U('admin_kyiv')}, пароль {S(g.password())}. Після запуску сайту змінимо.", ["password"])
    add("password_zh_wechat", f"{P('李建国')}：服务器root密码改成了 {S(g.password())} ，别发到群里了啊\n{P('王秀英')}：收到，已经存到密码管理器里了", ["password"])
    add("password_fa_note", f"یادداشت جلسه: رمز عبور پنل مدیریت روتر دفتر به {S(g.password())} تغییر کرد. نام کاربری همان {U('admin')} است.", ["password"])

    # generic secrets named only by an ad-hoc key
    add("generic_totp_seed", augment_call("save-file", {"file_path": "tests/fixtures/mfa_user.yaml", "file_content": f"user: {U('qa-bot')}\ntotp_seed: {S(g.s(B32, 32))}\nissuer: Kolibri\n"}), ["generic"])
    add("generic_pepper_hex", f"Sorry for the noise, the settings module leaked into the PR description. The relevant line was `LEDGER_HASH_PEPPER = bytes.fromhex(\"{S(g.s(HEX, 64))}\")`, please treat it as burned and I'll rotate it.", ["generic"])
    add("generic_b64_material", f"tarjeta_de_firma:\n  algoritmo: HS512\n  material: \"{S(g.b64(64))}\"\n  rotar_cada: 90d", ["generic"])
    return out


def pii(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(src: str, t: str) -> None:
        out.append((f"holdout8:{src}", t))

    def ssn() -> str:
        return m("US_SSN", f"{g.rng.randint(101, 665)}-{g.rng.randint(10, 99)}-{g.rng.randint(1001, 9999)}")

    # support tickets and customer e-mails pasted by users
    add("vi_ticket", f"Khách hàng phản ánh đơn hàng #VN-240318 bị giao sai địa chỉ. Thông tin khách:\n\n- Họ tên: {P('Phạm Văn Đức')}\n- SĐT: {T('0912 345 678')}\n- Địa chỉ đúng: {A('Số 25 ngõ 68 Cầu Giấy, phường Quan Hoa, quận Cầu Giấy, Hà Nội')}\n- Ngày sinh (để xác minh): {D('ngày 14 tháng 3 năm 1990')}\n\nNhờ bạn viết lại email xin lỗi khách bằng tiếng Việt, giọng lịch sự.")
    add("tr_crm_export", "Aşağıdaki CRM dışa aktarımında yinelenen kayıtları bulur musun?\n\n```csv\nad_soyad;telefon;e_posta;adres\n" + f"{P('Elif Şahin')};{T('0 (532) 418 27 90')};{E('elif.sahin@gmail.com')};{A('Atatürk Mah. Cumhuriyet Cad. No: 45 Daire: 12, 06100 Çankaya/Ankara')}\n{P('ŞAHİN Elif')};{T('+90 532 418 2790')};{E('e.sahin@kuzeyyazilim.com.tr')};{A('Atatürk Mah. Cumhuriyet Cd. 45/12 Çankaya Ankara')}\n{P('Mehmet Can Yıldırım')};{T('0 (216) 555 41 12')};{E('mcyildirim@hotmail.com')};{A('Caferağa Mah. Moda Cad. No: 88/3, 34710 Kadıköy/İstanbul')}\n```")
    add("id_cs_email", mail([("From", f"\"{P('Dewi Lestari Putri')}\" <{E('dewi.lestari88@yahoo.co.id')}>"), ("To", E("cs@tokobunga.id")), ("Subject", "Komplain pesanan belum sampai")], f"Selamat siang,\n\nPesanan saya atas nama {P('Dewi Lestari Putri')} belum sampai sejak 10 hari. Alamat pengiriman: {A('Jl. Kebon Sirih No. 17, RT 03/RW 05, Menteng, Jakarta Pusat 10340')}. Nomor HP saya {T('0812-3456-7890')}, bisa dihubungi lewat WhatsApp juga.\n\nTerima kasih,\n{P('Dewi')}"))
    add("sw_support_chat", f"Mteja: Habari, naitwa {P('Juma Hamisi Mrisho')}, nimelipa bili ya umeme mara mbili jana.\nWakala ({P('Rehema')}): Pole sana bwana {P('Juma')}. Naomba namba yako ya simu na mahali unapoishi.\nMteja: {T('0713 456 789')}, naishi {A('Mtaa wa Uhuru, Nyumba Na. 42, Kariakoo, Dar es Salaam')}.\nWakala ({P('Rehema')}): Asante, nimefungua ombi la kurejeshewa pesa.")
    add("hi_hr_record", api_json({"employee_id": "EMP-20931", "naam": P("राजेश कुमार शर्मा"), "name_latin": P("Rajesh Kumar Sharma"), "janm_tithi": D("15/08/1986"), "mobile": T("+91 98111 22334"), "pata": A("मकान नं. 45, सेक्टर 12, द्वारका, नई दिल्ली 110075"), "email": E("rajesh.sharma@bharatlogistics.in"), "department": "वित्त"}))
    add("uk_cyr_letter", f"Шановна пані {P('Олено Петрівно')},\n\nпідтверджуємо отримання вашої заяви. Дані заявника:\n\nПІБ: {P('Коваленко Олена Петрівна')}\nДата народження: {D('03.11.1979')}\nАдреса: {A('вул. Хрещатик, 22, кв. 15, м. Київ, 01001')}\nТелефон: {T('+380 67 123 4567')}\nIBAN для повернення коштів: {I(iban('UA', '322001' + g.s(DIGITS, 19)))}\n\nЗ повагою,\nвідділ обслуговування клієнтів")
    add("zh_order_notes", f"帮我把下面的收货信息整理成表格：\n\n1. {P('王秀英')}，{T('138 1234 5678')}，{A('上海市浦东新区世纪大道100号环球金融中心52楼')}\n2. {P('李建国')}，{T('+86 139 0123 4567')}，{A('北京市海淀区中关村大街27号中关村大厦1208室')}\n3. {P('陈晓明')}（{P('小明')}），{T('0755-8612 3456')}，{A('广东省深圳市南山区科技园南区高新南一道9号')}")
    add("ja_kyc_form", f"本人確認フォームの入力内容（審査NG理由の確認用）:\n\n氏名: {P('田中 健太')}\nフリガナ: {P('タナカ ケンタ')}\n生年月日: {D('1988年7月23日')}\n住所: {A('〒150-0002 東京都渋谷区渋谷2-21-1 渋谷ヒカリエ34F')}\n電話: {T('03-5468-1234')}\nメール: {E('kenta.tanaka@docomo.ne.jp')}")
    add("fa_crm", f"لطفاً اطلاعات این مشتری را در سیستم به‌روز کن:\n\nنام: {P('مریم احمدی')}\nتاریخ تولد: {D('۱۳۶۹/۰۱/۲۵')}\nتلفن همراه: {T('۰۹۱۲ ۳۴۵ ۶۷۸۹')}\nنشانی: {A('تهران، خیابان ولیعصر، کوچه نیلوفر، پلاک ۱۲، واحد ۳')}\nایمیل: {E('maryam.ahmadi@chmail.ir')}")
    add("am_registration", f"የደንበኛ ምዝገባ\n\nሙሉ ስም: {P('አበበ ከበደ ወልደማርያም')}\nስልክ: {T('+251 91 123 4567')}\nአድራሻ: {A('ቦሌ ክፍለ ከተማ፣ ወረዳ 03፣ የቤት ቁጥር 1234፣ አዲስ አበባ')}\nኢሜይል: {E('abebe.kebede@ethionet.et')}")
    add("tl_ticket", devin_msg(f"pls update the delivery address for order 55812, customer is {P('Ma. Lourdes Reyes')} ({P('Lulu')}), new addr {A('Blk 12 Lot 8, Phase 2, Brgy. San Isidro, Cainta, Rizal 1900')}, cp {T('0917 123 4567')}. salamat!"))
    add("bn_feedback", f"গ্রাহকের মতামত (অনুবাদ করে দাও):\n\n\"আমি {P('তানভীর আহমেদ')}, আমার অর্ডার এখনও পাইনি। আমার ঠিকানা {A('বাড়ি ২৩, রোড ৭, ধানমন্ডি, ঢাকা ১২০৫')}, ফোন {T('+880 1712-345678')}।\"")
    add("ur_sms_log", f"2025-03-05 08:14:02 OUTBOUND to={T('+92 300 1234567')} body=\"محترمہ {P('عائشہ خان')}، آپ کا پارسل کل پہنچا دیا جائے گا۔\" status=DELIVERED")
    add("it_pec_mail", mail([("From", f"dott.ssa {P('Giulia Romano')} <{E('giulia.romano@pec.studioromano.it')}>"), ("To", E("amministrazione@fornituretorino.it")), ("Subject", "Fattura 2025/118 - coordinate bancarie")], f"Gentili,\n\nvi prego di effettuare il bonifico sul conto intestato a {P('Giulia Romano')}:\nIBAN {I(grouped(iban('IT', 'X0306909606100000' + g.s(DIGITS, 6)), 4))}\n\nPer urgenze: {T('+39 347 123 4567')}\nStudio: {A('Via Garibaldi 14, 10122 Torino TO')}\n\nCordiali saluti"))
    add("ro_hr_csv", f"Nume,Prenume,CNP_verificat,Telefon,Adresa,IBAN\n{P('Popescu')},{P('Andreea')},da,{T('0722 123 456')},\"{A('Str. Lipscani nr. 12, bl. A, sc. 2, ap. 14, sector 3, București 030031')}\",{I(iban('RO', 'BTRL' + g.s(UPNUM, 16)))}\n{P('Ionescu')},{P('Mihai-Alexandru')},da,{T('+40 745 987 654')},\"{A('Bd. Eroilor 21, ap. 7, Cluj-Napoca 400129')}\",{I(iban('RO', 'INGB' + g.s(UPNUM, 16)))}")
    add("hu_meeting_notes", f"Jegyzőkönyv – ügyfélmegbeszélés, 2025. március 4.\n\nJelen voltak: {P('Kovács Eszter')} (ügyfél), {P('Nagy Bence')}, {P('Szabó Réka')}\nAz ügyfél kérése: a számlázási cím változzon erre: {A('1052 Budapest, Váci utca 19. 3. em. 2.')}\nElérhetőség: {T('+36 30 456 7812')}, {E('kovacs.eszter@freemail.hu')}")
    add("fi_reverse_name", api_json({"results": [{"displayName": P("Virtanen, Aino"), "mail": E("aino.virtanen@kuusi-tech.fi"), "mobilePhone": T("+358 40 123 4567"), "officeLocation": "HEL-3"}, {"displayName": P("Mäkinen, Juho"), "mail": E("juho.makinen@kuusi-tech.fi"), "mobilePhone": T("+358 50 765 4321"), "officeLocation": "TRE-1"}]}))
    add("ar_es_ticket", f"Asunto: reclamo garantía heladera\n\nHola, soy {P('Juan Ignacio Pereyra')}. Compré la heladera el 12/01 y dejó de enfriar. Mi domicilio es {A('Av. Corrientes 1234, Piso 5 Dpto B, C1043 CABA')} y mi celular {T('+54 9 11 2345-6789')}. Mi DNI lo paso por privado.\n\nSaludos")
    add("cl_co_chat", f"[Discord #soporte-latam]\n**{U('cata.rojas')}**: oye {P('Felipe')}, la clienta {P('Catalina Rojas Muñoz')} de {L('Santiago')} pide que la llamen al {T('+56 9 8765 4321')}\n**{U('pipe_gomez')}**: dale, y el de {L('Medellín')} ({P('Andrés Felipe Gómez')}) dejó su número {T('+57 310 123 4567')}")
    add("ng_ha_ticket", f"ticket:\n  id: 30418\n  channel: phone\n  requester:\n    name: {P('Abubakar Sani Bello')}\n    phone: \"{T('+234 809 221 4477')}\"\n    address: {A('Plot 12, Ahmadu Bello Way, Victoria Island, Lagos')}\n  notes:\n    - author: {P('Tolu')}\n      body: customer prefers Hausa; escalate to {P('Hauwa Musa')} on the Kano desk.\n")
    add("so_sms", f"Fariin: Mudane {P('Cabdullaahi Maxamed Xasan')}, lacagtaada waa la diray. Wixii su'aal ah wac {T('+252 61 555 0199')}.")
    add("ma_fr_mail", f"Bonjour,\n\nJe suis {P('Youssef El Amrani')}, client depuis 2019. Merci de mettre à jour mon adresse : {A('23, Rue Ibn Batouta, Quartier Gauthier, 20060 Casablanca')}. Mon numéro : {T('+212 6 61 23 45 67')}.\n\nCordialement")
    add("uk_postcode_mail", f"<div dir=\"ltr\">Hi there,<br><br>I've moved and need my deliveries to go to <b>{A('Flat 4, 27 Albion Road, Leeds LS6 1AB')}</b> from now on. Best number is <a href=\"tel:{T('+447911123456')}\">{T('07911 123456')}</a>.<br><br>Cheers,<br><div class=\"gmail_signature\">{P('Siobhan O’Rourke')}</div></div>")
    add("au_issue_comment", api_json({"user": {"login": U("bcooper-dev")}, "body": f"Repro steps attached. FWIW the address parser chokes on unit numbers: `{A('Unit 5/18 Smith St, Fitzroy VIC 3065')}` gets split at the slash. Reporter was {P('Brodie Cooper')} ({T('0412 345 678')}) if you need more detail.", "created_at": "2025-03-04T22:10:51Z"}))
    add("ca_fr_quebec", f"Note au dossier : {P('Marie-Ève Tremblay')} a appelé pour changer son adresse au {A('1450, rue Sherbrooke Ouest, app. 3, Montréal (Québec) H3G 1L3')}. Rappel au {T('514 555-0148')}? Non, nouveau numéro : {T('438 221-9043')}.")
    add("us_onboarding", f"Please fill the W-4 helper with these, then delete this message:\n\nName: {P('Tanisha Renee Brooks')}\nSSN: {ssn()}\nDOB: {D('June 2, 1992')}\nAddress: {A('4417 Magnolia Ave, Apt 2B, Atlanta, GA 30310')}\nPhone: {T('404-555-0193')}\nCalifornia DL (old): {m('US_DRIVER_LICENSE', 'D' + g.s(DIGITS, 7))}")
    card_troy = luhn_complete("9792", 16, g)
    add("tr_card_chat", f"müşteri: kartım iki kere çekim yaptı, kart no {C(grouped(card_troy))}, adım {P('burak aydın')}\ntemsilci ({P('Zeynep')}): {P('Burak')} Bey kart numaranızı buraya yazmayın lütfen, kaydı maskeledim. Size {E('burak.aydin@outlook.com')} adresinden döneceğiz.")
    card_rupay = luhn_complete("6521", 16, g)
    add("in_payment_log", f"2025-03-05T06:41:19.208+05:30 ERROR upi.fallback card_charge_failed holder=\"{P('S. Lakshmi Narayanan')}\" card={C(card_rupay)} mobile={T('+91 94440 12873')} client_ip={IP('106.51.77.140')}")
    card_jcb = luhn_complete("3566", 16, g)
    add("ja_card_mail", f"お客様からのメールです（カード番号が含まれるので、返信文では伏せてください）：\n\n「{P('山本 さくら')}です。先日の注文でカード {C(card_jcb[:4] + '-' + card_jcb[4:8] + '-' + card_jcb[8:12] + '-' + card_jcb[12:])} が二重請求されています。」")
    # chat exports and meeting notes
    add("mattermost_export", "\n".join([
        '{"type": "post", "post": {"team": "kolibri", "channel": "town-square", "user": "' + U("ngozi.e") + '", "message": "' + esc(f"welcome {P('Aylin')}! she joins from the Izmir office, desk phone {T('+90 232 464 18 20')}") + '", "create_at": 1741161600000}}',
        '{"type": "post", "post": {"team": "kolibri", "channel": "town-square", "user": "' + U("aylin.k") + '", "message": "' + esc(f"thanks {P('ngozi')} 🙏 my mobile is {T('+90 544 218 77 03')} if anyone needs me") + '", "create_at": 1741161720000}}',
    ]))
    add("kakaotalk_export", f"2025년 3월 4일 화요일\n[{P('김민준')}] [오후 2:14] 내일 미팅 장소 주소 보내드릴게요\n[{P('김민준')}] [오후 2:14] {A('서울특별시 강남구 테헤란로 152, 강남파이낸스센터 21층')}\n[{P('이지은')}] [오후 2:15] 네 감사합니다! 혹시 늦으면 {T('010-2345-6789')}로 연락드릴게요")
    add("line_export_ja", f"[LINE] 「開発チーム」のトーク履歴\n2025/03/05(水)\n10:02\t{P('佐藤 翔太')}\t明日の打ち合わせ、{P('鈴木')}さんも来ます\n10:03\t{P('鈴木 美穂')}\t了解です。連絡先は {T('080-3344-5566')} です\n10:04\t{P('佐藤 翔太')}\tありがとう！")
    add("wechat_export", f"—————  2025-03-05  —————\n{P('张伟')}  09:21\n老板，客户{P('刘芳')}的电话是 {T('186 2233 4455')}，地址 {A('浙江省杭州市西湖区文三路478号华星时代广场A座1102室')}\n{P('赵磊')}  09:23\n好的，今天下午安排送货")
    add("google_chat_meeting", f"Meeting notes — vendor onboarding (Google Chat space \"Procurement\")\n\nAttendees: {P('Nguyen Van An')} (vendor), {P('Hoang Thi Mai')}, {P('Reza Tehrani')}\nAction items:\n- {P('An')} sends the signed NDA to {E('procurement@kolibri.app')}\n- {P('Mai')} sets up the vendor in the ERP; vendor contact {T('+84 28 3822 4455')}, {A('72 Lê Thánh Tôn, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh')}")
    add("teams_vtt_hi", f"WEBVTT\n\n00:00:04.120 --> 00:00:09.880\n<v {P('Ananya Iyer')}>So the customer, Mr. {P('Venkataraman')}, called again about the refund.\n\n00:00:10.050 --> 00:00:15.300\n<v {P('Rohit Malhotra')}>Did he give a callback number?\n\n00:00:15.500 --> 00:00:19.940\n<v {P('Ananya Iyer')}>Yes, {T('98450 66771')}, after six pm.")
    add("element_matrix_de", f"<{U('@lena.vogel:matrix.kolibri.app')}> kann jemand Herrn {P('Okonkwo')} zurückrufen? Nummer: {T('0151 2345 6789')}\n<{U('@jonas:matrix.kolibri.app')}> mach ich, er wohnt doch in {A('Schönhauser Allee 36, 10435 Berlin')}, oder?")
    # code review, commits, issue comments
    add("commit_coauthors", f"feat(checkout): localised address form for VN and ID\n\nAdds ward/district fields and the RT/RW line.\n\nCo-authored-by: {P('Bùi Quang Huy')} <{E('huy.bui@kolibri.app')}>\nCo-authored-by: {P('Rizky Pratama')} <{E('rizky.p@kolibri.app')}>\nReviewed-by: {P('Ö. Yılmaz')} <{E('oyilmaz@kolibri.app')}>")
    add("review_thread_fixture", f"> tests/fixtures/customers.json line 14\n\n**{U('mkaraca')}** commented:\nThis fixture has a real customer in it: `{P('Gülşen Karaca')}`, `{T('+90 535 611 20 48')}`, `{E('gulsen.karaca@gmail.com')}`. That's my aunt 😅 please replace with fake data.\n\n**{U('dev-ravi')}** commented:\nOops, sorry, copied from the staging dump. Will fix.")
    add("gitlab_mr_note", api_json({"id": 1882201, "body": f"@{U('o.bondarenko')} the export still contains the birthdate column — e.g. row 3: `{P('Бондаренко Оксана')}, {D('1985-09-30')}, {T('+380 50 444 21 09')}`. Drop it before we hand the file to the vendor.", "author": {"username": U("s.moroz"), "name": P("Serhii Moroz")}, "system": False}))
    add("issue_comment_geo", f"Bug: the Kenyan address validator rejects valid P.O. boxes.\n\nExample from a real signup (shared with consent): {P('Wairimu Njoroge')}, {A('P.O. Box 48213-00100, Nairobi')}, {T('+254 722 123 456')}.\n\nExpected: accepted. Actual: `postal_code must be 5 digits`.")
    add("swe_step_users", swe_step("Let me see which users the migration touched.", "sqlite3 app.db 'select name, email, phone from users where migrated=1 limit 3'", f"{P('Aziz Karimov')}|{E('aziz.karimov@mail.uz')}|{T('+998 93 512 44 07')}\n{P('Gulnara Seitkali')}|{E('g.seitkali@inbox.kz')}|{T('+7 701 234 5678')}\n{P('Nino Beridze')}|{E('nino.beridze@gmail.com')}|{T('+995 599 12 34 56')}"))
    add("autogen_caller", autogen_msg("user_proxy", f"The caller on ticket 4471 was {P('Aram Petrosyan')} ({P('Արամ Պետրոսյան')}), number {T('+374 91 234567')}, e-mail {E('aram.petrosyan@mail.am')}. Draft a reply in Armenian and English."))
    add("junie_seed_sql", junie_terminal("psql -d crm -c \"\\copy (select * from contacts where country='GE' limit 2) to stdout csv\"", f"17,{P('ნინო ბერიძე')},{E('nino.b@geocell.ge')},{T('+995 577 88 99 00')},\"{A('რუსთაველის გამზირი 12, თბილისი 0108')}\"\n18,{P('გიორგი კაპანაძე')},{E('giorgi.k@gmail.com')},{T('+995 555 10 20 30')},\"{A('ჭავჭავაძის გამზირი 37, თბილისი 0162')}\""))
    add("kiro_ldap", kiro_bash("getent passwd | awk -F: '$3>=1000'", f"{U('pkowalczyk')}:x:1001:1001:{P('Paweł Kowalczyk')},,,:/home/{U('pkowalczyk')}:/bin/bash\n{U('mtanaka')}:x:1002:1002:{P('Mai Tanaka')},,,:/home/{U('mtanaka')}:/bin/zsh"))
    add("warp_home", warp_block("ls -la ~/Downloads | head -4", f"total 48\ndrwxr-xr-x   5 {U('farhan.h')}  staff   160 Mar  5 09:12 .\ndrwxr-x---+ 42 {U('farhan.h')}  staff  1344 Mar  5 08:58 ..\n-rw-r--r--@  1 {U('farhan.h')}  staff  8812 Mar  4 17:21 {P('Farhan Hossain')} - invoice March.pdf"))
    add("n8n_hr", n8n_items([{"full_name": P("Leilani Akana"), "work_email": E("leilani.akana@kolibri.app"), "personal_phone": T("+1 808 555 0172"), "birth_date": D("07/19/1994"), "home_city": L("Honolulu"), "zip": Z("96816")}]))
    add("letta_memory", letta_return(f"Updated persona memory: user is {P('Siddharth Rao')} ('{P('Sid')}'), lives at {A('No. 14, 3rd Cross, Indiranagar 1st Stage, Bengaluru 560038')}, prefers calls on {T('+91 99001 23456')}."))
    add("interp_vcard_csv", interp_console(f"Converted 2 contacts from contacts.vcf:\nFN,TEL,EMAIL,BDAY\n{P('Alejandra Quispe Mamani')},{T('+51 987 654 321')},{E('aquispe@pucp.edu.pe')},{D('1996-05-11')}\n{P('Thabo Mokoena')},{T('+27 82 555 0147')},{E('thabo.mokoena@gmail.com')},{D('1989-12-01')}"))
    add("cody_signature", cody_chat([("human", f"can you turn this email signature into a JSON contact?\n\n--\n{P('Nomsa Dlamini')} | Head of Partnerships\nUbuntu Logistics (Pty) Ltd\n{A('14 Loop Street, Cape Town City Centre, Cape Town, 8001')}\nM: {T('+27 71 234 5678')} | {E('nomsa@ubuntulogistics.co.za')}")]))
    add("copilot_ws_upper", copilot_ws(f"PASSENGER NAME: {P('NGUYEN VAN AN')}\nDATE OF BIRTH: {D('02 SEP 1987')}\nCONTACT: {T('+84 903 112 233')}\nEMAIL: {E('nguyenvanan87@gmail.com')}\n\nFix the manifest parser so it accepts this all-caps layout."))
    add("ascii_escaped_vi", api_json_ascii({"customer": {"ho_ten": P("Lê Thị Hồng Nhung"), "dien_thoai": T("+84 935 778 201"), "dia_chi": A("123 Đường Trần Phú, Phường 4, Quận 5, TP. Hồ Chí Minh")}}))
    add("github_issue_ip", f"Login from an unknown location was blocked for user {E('mehdi.rahimi@kolibri.app')}: source {IP('5.160.218.47')} ({L('Tehran')}), user agent Firefox 123. {P('Mehdi')} confirms it wasn't him; second attempt came from {IP('2a01:5ec0:1004:7a1::3c')}.")
    return out


def negatives(g: Gen) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []

    def add(src: str, t: str) -> None:
        out.append((f"holdout8:{src}", t))

    add("vi_sprint_notes", f"Biên bản họp sprint 14 (nhóm backend)\n\n- Nâng cấp Django từ 4.2.11 lên 5.0.3, Celery 5.3.6 giữ nguyên.\n- Lỗi #2318 (timeout khi xuất báo cáo) đã sửa ở commit {g.s(HEX, 7)}; cần kiểm thử lại trên staging.\n- Chuyển hàng đợi từ RabbitMQ sang Redis Streams: dời sang sprint 15.\n- Thời gian phản hồi p95 giảm từ 840 ms xuống 310 ms sau khi thêm chỉ mục.")
    add("tr_git_log", shell("git log --oneline -6", "\n".join(f"{g.s(HEX, 7)} {msg}" for msg in ("fix: Türkçe karakterlerde sıralama hatası (İ/ı)", "chore: bağımlılıklar güncellendi (pydantic 2.6.4)", "feat: fatura PDF şablonuna QR kod eklendi", "refactor: adres doğrulama servisi ayrıldı", "docs: kurulum adımları README'ye eklendi", "test: KDV hesaplama için sınır durumları"))))
    add("zh_release_notes", "## v3.8.0（2025-03-01）\n\n### 新功能\n- 支持按手机号前缀（如 +86、+852）筛选用户分组\n- 新增导出为 Parquet 格式\n\n### 修复\n- 修复在 Windows 10 21H2 上打印预览空白的问题（#4412）\n- 修复 `payment_callback` 在重试 3 次后未记录日志\n\n### 依赖升级\n- Spring Boot 3.2.3 → 3.2.4\n- Netty 4.1.107.Final → 4.1.108.Final")
    add("ja_review_algos", "レビューコメント:\n\n1. `dijkstra_shortest_path()` は負の重みを扱えないので、料金計算では `bellman_ford()` を使ってください。\n2. `levenshtein_distance` の実装は `rapidfuzz` に置き換えた方が速いです（約 40 倍）。\n3. `KnuthMorrisPratt` クラスは未使用なので削除で OK です。\n4. `TuringCompleteValidator` という名前は紛らわしいので `ExpressionValidator` に。")
    add("i18n_login_strings", create_like("locales/login.yaml", "en:\n  email_label: \"Email address\"\n  password_label: \"Password\"\n  forgot: \"Forgot your password?\"\nvi:\n  email_label: \"Địa chỉ email\"\n  password_label: \"Mật khẩu\"\n  forgot: \"Quên mật khẩu?\"\ntr:\n  email_label: \"E-posta adresi\"\n  password_label: \"Şifre\"\nfa:\n  password_label: \"رمز عبور\"\n  forgot: \"رمز عبور را فراموش کرده‌اید؟\"\nam:\n  password_label: \"የይለፍ ቃል\"\nhi:\n  password_label: \"पासवर्ड\"\nuk:\n  password_label: \"Пароль\"\n  phone_label: \"Номер телефону\"\n"))
    add("hi_macro_template", "ग्राहक सहायता टेम्पलेट (मैक्रो #12):\n\nनमस्ते {{customer_name}},\n\nआपका ऑर्डर {{order_id}} {{dispatch_date}} को भेज दिया गया है। ट्रैकिंग नंबर: {{tracking_number}}।\nकिसी भी सहायता के लिए {{support_phone}} पर कॉल करें।\n\nधन्यवाद,\n{{agent_name}}")
    add("id_rotation_doc", "## Rotasi kunci API\n\n1. Buat kunci baru di dasbor penyedia.\n2. Simpan di vault: `vault kv put secret/pembayaran api_key=<kunci-baru-anda>`\n3. Perbarui deployment: `kubectl set env deploy/pembayaran API_KEY=<your-token>`\n4. Hapus kunci lama setelah 24 jam.\n\nJangan pernah menempelkan kunci asli di tiket atau obrolan.")
    add("uk_changelog", "Журнал змін\n\n## [2.4.1] – 2025-02-27\n### Виправлено\n- Валідація номерів телефонів тепер приймає формат E.164 без пробілів.\n- Помилка округлення ПДВ (20%) у рахунках понад 1 000 000 грн.\n\n## [2.4.0] – 2025-02-10\n### Додано\n- Підтримка IBAN для повернень (лише перевірка контрольної суми, дані не зберігаються).")
    add("fa_ui_strings", api_json({"strings": {"login.title": "ورود به حساب کاربری", "login.phone_hint": "شماره موبایل خود را وارد کنید", "login.otp_sent": "کد تأیید ارسال شد", "profile.address": "نشانی", "profile.birthdate": "تاریخ تولد"}, "locale": "fa-IR", "version": "1.12.0"}))
    add("sw_sms_template", "Kiolezo cha SMS (toleo 3):\n\n\"Habari {jina}, malipo yako ya TSh {kiasi} kwa ankara {namba_ya_ankara} yamepokelewa tarehe {tarehe}. Asante kwa kutumia huduma yetu.\"\n\nVigezo vyote vinajazwa na mfumo; usiweke data halisi hapa.")
    add("am_faq", "ተደጋግመው የሚጠየቁ ጥያቄዎች\n\nጥ፦ የይለፍ ቃሌን ብረሳስ?\nመ፦ \"የይለፍ ቃል ረሳሁ\" የሚለውን ይጫኑ፤ አዲስ አገናኝ ወደ ኢሜይልዎ ይላካል።\n\nጥ፦ ክፍያ በስንት ቀን ይደርሳል?\nመ፦ በአብዛኛው ከ1 እስከ 3 የስራ ቀናት።")
    add("deploy_bot_chat", "\n".join(f"[{9 + i}:0{i}] deploy-bot: ✅ storefront #{1840 + i} deployed to prod ({g.s(HEX, 7)}) in {g.rng.randint(80, 200)}s" for i in range(4)) + "\n[13:05] deploy-bot: ⚠️ rollback of #1843 requested by on-call rotation")
    add("zendesk_macros", api_json({"macros": [{"id": 360001 + i, "title": t, "active": True, "updated_at": f"2025-02-2{i}T10:00:00Z"} for i, t in enumerate(["Refund approved", "Ask for order number", "Address change – need confirmation", "Password reset instructions"])], "count": 4}))
    add("calling_codes_csv", "country,iso2,calling_code,currency\nViet Nam,VN,+84,VND\nTürkiye,TR,+90,TRY\nIndonesia,ID,+62,IDR\nTanzania,TZ,+255,TZS\nEthiopia,ET,+251,ETB\nIran,IR,+98,IRR\nUkraine,UA,+380,UAH\nIndia,IN,+91,INR")
    add("npm_audit", shell("npm audit --omit=dev", "# npm audit report\n\naxios  1.0.0 - 1.6.7\nSeverity: moderate\nAxios Cross-Site Request Forgery Vulnerability - https://github.com/advisories/GHSA-wf5p-g6vw-rhxx\nfix available via `npm audit fix`\nnode_modules/axios\n\nfollow-redirects  <=1.15.5\nSeverity: moderate\nfollow-redirects' Proxy-Authorization header kept across hosts - https://github.com/advisories/GHSA-cxjh-pqwp-8mfp\n\n2 moderate severity vulnerabilities"))
    add("compose_env_refs", "services:\n  db:\n    image: postgres:16.2\n    environment:\n      POSTGRES_USER: ${POSTGRES_USER}\n      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set in .env}\n  api:\n    image: ghcr.io/kolibri/api:2.4.1\n    environment:\n      DATABASE_URL: postgres://${POSTGRES_USER}:${POSTGRES_PASSWORD}@db:5432/kolibri\n      JWT_SECRET_FILE: /run/secrets/jwt_secret\n    secrets: [jwt_secret]")
    add("py_traceback_sys", "Traceback (most recent call last):\n  File \"/usr/lib/python3.12/concurrent/futures/thread.py\", line 58, in run\n    result = self.fn(*self.args, **self.kwargs)\n  File \"/app/kolibri/geo/normalise.py\", line 141, in normalise_address\n    raise AddressFormatError(f\"unknown ward format for locale {locale!r}\")\nkolibri.geo.errors.AddressFormatError: unknown ward format for locale 'vi-VN'")
    add("html_mail_template", "<table role=\"presentation\" width=\"100%\">\n  <tr><td style=\"font-family:Arial\">\n    <p>Xin chào {{ first_name }},</p>\n    <p>Đơn hàng <strong>{{ order.number }}</strong> của bạn đang được giao tới {{ shipping.city }}.</p>\n    <p><a href=\"{{ unsubscribe_url }}\">Hủy đăng ký</a></p>\n  </td></tr>\n</table>")
    add("holiday_calendar", "Office closures 2025 (regional):\n\n| date | holiday | offices |\n|---|---|---|\n| 2025-01-29 | Tết Nguyên Đán | Hà Nội, TP.HCM |\n| 2025-03-20 | Nowruz | Tehran |\n| 2025-03-31 | Ramazan Bayramı | İstanbul, Ankara |\n| 2025-04-18 | Good Friday | Nairobi, Dar es Salaam |\n| 2025-10-20 | Diwali | Bengaluru, Delhi |")
    add("bench_big_numbers", "Throughput after the batching change (ops/s, 5 runs, median):\n\nbefore: 1 048 576 / 1 032 211 / 1 051 994\nafter:  2 097 152 / 2 088 430 / 2 101 776\n\nmemory peak: 3 221 225 472 bytes → 2 147 483 648 bytes\nbuild 20250305.4 on runner pool linux-x64-8core")
    add("requirements_pins", "fastapi==0.110.0\nuvicorn[standard]==0.29.0\npydantic==2.6.4\nphonenumbers==8.13.31\nbabel==2.14.0\npython-stdnum==1.20\nfaker==24.3.0\nsqlalchemy==2.0.28\nalembic==1.13.1")
    add("package_lock_integrity", api_json({"packages": {"node_modules/dayjs": {"version": "1.11.10", "resolved": "https://registry.npmjs.org/dayjs/-/dayjs-1.11.10.tgz", "integrity": "sha512-" + g.b64(64)}, "node_modules/libphonenumber-js": {"version": "1.10.58", "resolved": "https://registry.npmjs.org/libphonenumber-js/-/libphonenumber-js-1.10.58.tgz", "integrity": "sha512-" + g.b64(64)}}}))
    add("ulid_stripe_ids", "Reconciliation run 01HR7" + g.s("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 21) + " finished:\n\n" + "\n".join(f"- pi_{g.mixed(ALNUM, 24)} matched invoice in_{g.mixed(ALNUM, 24)} (evt_{g.mixed(ALNUM, 24)})" for _ in range(3)))
    add("x509_public_cert", shell("openssl x509 -in kolibri-app.crt -noout -subject -issuer -dates -fingerprint -sha256", f"subject=CN = api.kolibri.app\nissuer=C = US, O = Let's Encrypt, CN = R11\nnotBefore=Feb 20 04:11:32 2025 GMT\nnotAfter=May 21 04:11:31 2025 GMT\nsha256 Fingerprint={':'.join(g.s(HEXU, 2) for _ in range(32))}"))
    add("authorized_keys_pub", f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{g.mixed(ALNUM + '+/', 43)} deploy-ci\nssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{g.mixed(ALNUM + '+/', 43)} backup-runner")
    add("ko_meeting_products", "주간 회의 요약\n\n- 결제 모듈을 Toss Payments SDK 2.x로 교체 완료\n- 지도는 Kakao Map → Naver Map 전환 검토 중 (비용 비교 필요)\n- 알림톡 발송량 3월 1주차 128,400건\n- 다음 회의: 3월 12일 오전 10시, 3층 회의실")
    add("address_format_doc", "Address formats we support (docs/address.md):\n\n- Türkiye: Mahalle, Cadde/Sokak, Bina No, Daire No, Posta Kodu, İlçe/İl\n- Việt Nam: Số nhà, Đường, Phường/Xã, Quận/Huyện, Tỉnh/Thành phố\n- Indonesia: Jalan, Nomor, RT/RW, Kelurahan, Kecamatan, Kota, Kode Pos\n- Japan: 〒 postcode, prefecture, city, ward, chōme-ban-gō, building\n\nEach field is validated separately; see `AddressSchema` for the JSON shape.")
    add("workspace_uuids", api_json({"workspaces": [{"id": g.uuid(), "name": "Hà Nội Ops", "region": "ap-southeast-1", "created": "2024-11-02T08:00:00Z"}, {"id": g.uuid(), "name": "Nairobi Support", "region": "af-south-1", "created": "2024-12-15T08:00:00Z"}]}))
    add("gpg_verify_commit", shell(f"git verify-commit {g.s(HEX, 40)}", f"gpg: Signature made Wed Mar  5 09:41:12 2025 UTC\ngpg:                using EDDSA key {g.s(HEXU, 40)}\ngpg: Good signature from \"Kolibri Release Signing Key\" [ultimate]"))
    add("placeholder_env_doc", "Copy `.env.sample` to `.env`. The sample holds only placeholders:\n\n```\nPAYMENT_API_KEY=<your-api-key>\nSMS_GATEWAY_TOKEN=your-token-here\nADMIN_PASSWORD=changeme\nMAP_KEY=\n```\n\nThe app refuses to start while any value is still a placeholder.")
    return out


def create_like(path: str, body: str) -> str:
    """A Cline-style `write_to_file` block quoting a generated file."""
    return f"<write_to_file>\n<path>{path}</path>\n<content>\n{body}</content>\n</write_to_file>"
