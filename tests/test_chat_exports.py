"""`pii.chat_export`: speakers of chat and meeting export formats; hits, near misses, the name check."""

from __future__ import annotations

# ruff: noqa: RUF001  # names, dates and markers of other scripts are what these tables are about
import json

import pytest
from chat_world import NEGATIVES

from redactor.detect.pii.chat_exports import ChatExportDetector, speaker_entity
from redactor.detect.pii.chat_formats import FORMATS


def found(text: str) -> list[tuple[str, str]]:
    spans = ChatExportDetector().detect(text)
    assert all(s.detector == "pii.chat_export" for s in spans)
    return [(s.entity, text[s.start : s.end]) for s in spans]


P, U = "PERSON", "USERNAME"

HITS = [
    # (text, expected (entity, value) in order, why)
    ("12/03/2024, 14:02 - Anna Petrova: hi\n12/03/2024, 14:03 - ngozi: ok", [(P, "Anna Petrova"), (P, "ngozi")],
     "WhatsApp Android, 24 h; a lower-case non-English contact name"),
    ("3/12/24, 2:02\u202fPM - Kim Minjun: sure", [(P, "Kim Minjun")], "WhatsApp Android en_US, U+202F before PM"),
    ("12/3/24, 2:02\u00a0p.\u00a0m. - Ximena Pantoja: vale", [(P, "Ximena Pantoja")], "WhatsApp es_MX 'p. m.'"),
    ("12.03.24, 14.02 - Bala Wasita: oke", [(P, "Bala Wasita")], "WhatsApp id_ID dotted time"),
    ("2024. 3. 12. 오후 2:14 - 김민준: 네", [(P, "김민준")], "WhatsApp ko_KR"),
    ("١٢/\u200f٣/\u200f٢٠٢٤، ٢:٠٢ م - عائشة خان: مرحبا", [(P, "عائشة خان")],
     "WhatsApp Arabic: Arabic-Indic digits, direction marks, Arabic comma and PM marker"),
    ("[۱۴۰۳/۰۱/۲۳, ۱۴:۰۲:۱۱] سارا احمدی: سلام", [(P, "سارا احمدی")], "WhatsApp iOS Persian digits, solar year"),
    ("[12/03/2024, 14:02:11] 佐藤 翔太: 了解", [(P, "佐藤 翔太")], "WhatsApp iOS, a Japanese name"),
    ("\u200e[12.03.24, 14:02:11] ~\u202fLena: ok", [(P, "Lena")], "WhatsApp iOS, LRM and a non-contact '~'"),
    ("[2024-03-12 14:02] 이지은: 감사합니다", [(P, "이지은")], "Signal export, a Korean name"),
    ("Anna Petrova, [12.03.2024 14:02]\nhello", [(P, "Anna Petrova")], "Telegram Desktop copy"),
    ("[김민준] [오후 2:14] 내일 미팅\n[이지은] [오후 2:15] 네", [(P, "김민준"), (P, "이지은")], "KakaoTalk PC ko"),
    ("[Kim Minjun] [2:14 PM] see you", [(P, "Kim Minjun")], "KakaoTalk PC en"),
    ("2024. 3. 12. 오후 2:14, 김민준 : 메시지", [(P, "김민준")], "KakaoTalk mobile"),
    ("2024년 3월 12일 오후 2:14, 박서준 : 네", [(P, "박서준")], "KakaoTalk Android, Korean date"),
    ("[LINE] 「開発」のトーク履歴\n2025/03/05(水)\n10:02\t佐藤 翔太\t明日", [(P, "佐藤 翔太")], "LINE with its header"),
    ("10:02\t佐藤 翔太\t明日\n10:03\t鈴木 美穂\t了解", [(P, "佐藤 翔太"), (P, "鈴木 美穂")], "LINE, two lines"),
    ("张伟  09:21\n老板，电话是多少\n赵磊  09:23\n好的", [(P, "张伟"), (P, "赵磊")], "WeChat copy headings"),
    ("Anna Petrova  10:02 AM\nhello\nBen Okafor  10:05 AM\nyo", [(P, "Anna Petrova"), (P, "Ben Okafor")], "Slack copy"),
    ("anna.petrova  10:02 AM\nhello\nbo_chen  10:05 AM\nyo", [(U, "anna.petrova"), (U, "bo_chen")],
     "Mattermost handles"),
    ("Tracy Taylor  2:02 PM\nhi\nCharles Foster  2:03 PM\nhey\nTracy Taylor  2:14 PM\nok",
     [(P, "Tracy Taylor"), (P, "Charles Foster"), (P, "Tracy Taylor")],
     "English-word names count in a conversation with a repeated speaker"),
    ("anna_k — Today at 10:02 AM\nhello", [(U, "anna_k")], "Discord copy, a handle"),
    ("Lena Vogel — Heute um 10:02\nhallo", [(P, "Lena Vogel")], "Discord copy, German"),
    ("[12-Mar-24 2:02 PM] rdawson#4821\nhello", [(U, "rdawson#4821")], "DiscordChatExporter"),
    ("[10:02 AM] Sofia Castellanos\nthe build is green", [(P, "Sofia Castellanos")], "Teams copy"),
    ("10:02 <@anna> hi\n10:03 <bob_> yo", [(U, "anna"), (U, "bob_")], "irssi: nicks are user names"),
    ("[10:02:11] <Lars Eriksen> did you see", [(P, "Lars Eriksen")], "a display name in an IRC-style log"),
    ("2024-03-12 10:02:11\t@anna\thi\n2024-03-12 10:02:15\tbob\tyo", [(U, "anna"), (U, "bob")], "WeeChat log"),
    ("14:02:11 From 佐藤 翔太 to Everyone:\n\tsent it", [(P, "佐藤 翔太")], "Zoom chat, a Japanese name"),
    ("WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v 김민준>안녕하세요</v>", [(P, "김민준")], "VTT voice tag"),
    ("1\n00:00:01,000 --> 00:00:04,000\n- Putri Anggraini: sent it", [(P, "Putri Anggraini")], "SRT speaker prefix"),
    ("Transcript\n00:05:00\nAarav Mehta: let's start", [(P, "Aarav Mehta")], "Google Meet transcript"),
    ("Ananya Iyer (Agent) replied\nMar 12, 2024, 2:14 PM\nHello", [(P, "Ananya Iyer")], "Zendesk thread"),
    ("Rohit Malhotra added a private note\nescalate", [(P, "Rohit Malhotra")], "Freshdesk private note"),
    ("[14:02] Agent Naledi: how can I help?", [(P, "Naledi")], "a chat role before the name is dropped"),
    ('{"id": 7, "from": "Anna Petrova", "from_id": "user5123", "text": "hi"}', [(P, "Anna Petrova")],
     "Telegram JSON export"),
    ('<div class="from_name">\n 김민준 \n</div>', [(P, "김민준")], "Telegram HTML export"),
    ("Petrova, Anna  10:02 AM\nhello\nOkafor, Ngozi  10:05 AM\nyo", [(P, "Petrova, Anna"), (P, "Okafor, Ngozi")],
     "Teams copy, directory names surname first"),
    ("[10:02 AM] Petrova, Anna (External)\nhello there", [(P, "Petrova, Anna")], "Teams guest tag left out"),
    ("@张伟\u2005请看一下合同", [(P, "张伟")], "WeChat mention (U+2005 after the name)"),
    ("@김민준 확인 부탁해요", [(P, "김민준")], "KakaoTalk mention"),
    ("[Anna Petrova] 10:02:11\nHello everyone\n[김민준] 10:02:15\n네", [(P, "Anna Petrova"), (P, "김민준")],
     "Zoom saved transcript"),
    ("张伟 (09:21)：好的\nAnna Petrova [10:02 AM]: ok", [(P, "张伟"), (P, "Anna Petrova")], "time after the speaker"),
    ('{"content": "[12/03/2024, 14:02:11] 김민준: 네\\n[12/03/2024, 14:03:11] \\uc774\\uc9c0\\uc740: ok"}',
     [(P, "김민준"), (P, "\\uc774\\uc9c0\\uc740")], "JSON-escaped tool result, \\u escapes"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected", "why"), HITS, ids=[h[2] for h in HITS])
def test_speakers(text: str, expected: list[tuple[str, str]], why: str) -> None:
    assert found(text) == expected


NEAR_MISSES = [
    *NEGATIVES,
    ("12/03/2024, 14:02 - Anna Petrova changed the subject to \"Trip\"", "group event without a colon"),
    ("[12/03/2024, 14:02:11] Meta AI: hello", "a system sender"),
    ("[main] [10:02:11 AM] started", "a thread name in brackets"),
    ("10:02\tCPU\t93%", "one tab-separated row, no LINE header"),
    ("Keynote  10:00 AM\nWelcome", "a single agenda heading"),
    ("Anna Petrova  10:02 AM", "a heading with nothing after it"),
    ("[10:02:11] Reconnecting\n  at Client.connect (client.js:10:5)", "a log line above a stack frame"),
    ("2024-03-12 14:02:11 - app.main: started", "a dotted logger name"),
    ("10:02 <T> generic", "a one-letter type parameter"),
    ("[14:02] 服务启动失败请检查配置: retry", "a long CJK run is a sentence, not a name"),
    ('{"from": "2024-01-01", "from_id": 3}', "a date range in JSON"),
    ("@所有人 明天上午开会", "@everyone in Chinese"),
    ("请发邮件到 x@例子.cn", "a mailbox with a CJK domain"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "why"), NEAR_MISSES, ids=[n[1] for n in NEAR_MISSES])
def test_near_misses(text: str, why: str) -> None:
    assert found(text) == []


SPEAKER_VALUES = [
    # (value, lenient, handles, expected, why)
    ("Anna Petrova", False, False, P, "a capitalised name"),
    ("佐藤 翔太", False, False, P, "an uncased name"),
    ("ngozi", True, False, P, "lower case, not English: a contact name"),
    ("ngozi", False, False, None, "lower case is not enough where the shape is weak"),
    ("worker", True, False, None, "a lower-case English word"),
    ("INFO", True, False, None, "a log level"),
    ("uvicorn.error", True, True, None, "a logger name"),
    ("You", True, False, None, "WhatsApp's own side"),
    ("Messages and calls are end-to-end encrypted", True, False, None, "a system line"),
    ("lena.vogel", True, True, U, "a handle"),
    ("div", True, True, None, "an HTML element"),
    ("Grace", False, False, None, "a lone English word where the shape is weak"),
    ("Grace", True, False, P, "a capitalised word where the shape is the product's"),
    ("كنعان آل محمد بن علي بن جماز", True, False, P, "Arabic particles do not count toward five words"),
    ("Kafka Streams", True, False, None, "a product"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("value", "lenient", "handles", "expected", "why"), SPEAKER_VALUES, ids=[v[4] for v in SPEAKER_VALUES]
)
def test_speaker_entity(value: str, lenient: bool, handles: bool, expected: str | None, why: str) -> None:
    assert speaker_entity(value, lenient=lenient, handles=handles) == expected


def test_formats_have_unique_names_and_documented_products() -> None:
    names = [f.name for f in FORMATS]
    assert len(names) == len(set(names)) >= 18
    assert all(f.products and f.line.groupindex.get("name") for f in FORMATS)


def test_offsets_survive_json_escaping() -> None:
    raw = "[12/03/2024, 14:02:11] Élodie Marchand: on it\n[12/03/2024, 14:03:11] Élodie Marchand: done"
    carried = json.dumps({"type": "tool_result", "content": raw})
    values = [v for _, v in found(carried)]
    assert values == ["\\u00c9lodie Marchand", "\\u00c9lodie Marchand"]


def test_text_without_a_time_or_cue_finds_nothing() -> None:
    text = "Anna Petrova said the deploy is done.\n" * 2000
    assert found(text) == []
