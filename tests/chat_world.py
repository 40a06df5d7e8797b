"""A generated matrix of chat and meeting exports: formats x locales x Faker names x carriers.

Every format renders a short conversation of two or three people in the shape its product
documents for a locale (date order, 12/24-hour clock and its marker, separators), with names
drawn from Faker's provider for that locale (any script; family name first where the locale
writes it so). Each rendered conversation is then carried three ways: raw, JSON-escaped inside
a tool result (``ensure_ascii`` on for every other locale, so ``\\uXXXX`` escapes occur), and
fenced inside a prompt. A `Case` records where every speaker slot is in the carried text.

`NEGATIVES` are texts in the same shapes without a speaker: log lines with timestamps and service
names, git log and CI output, subtitles without speakers, system event lines, agendas and
timetables. The matrix was written from the products' documented export formats, not from any
evaluation corpus.
"""

from __future__ import annotations

# ruff: noqa: RUF001  # names, dates and markers of other scripts are what this matrix is about
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from faker import Faker

Piece = tuple[str, str | None]
"""A piece of a rendered text and, for a speaker slot, its entity (``PERSON``/``USERNAME``)."""


@dataclass(frozen=True)
class Clock:
    """How a locale writes a date and a time in chat exports (WhatsApp's per-locale shapes)."""

    date: Callable[[int, int, int], str]  # (year, month, day) -> date
    time: Callable[[int, int, str], str]  # (hour, minute, ":ss" or "") -> time


def _h12(h: int, m: int, s: str, am: str, pm: str, before: bool = False, sep: str = " ") -> str:
    hh = h % 12 or 12
    marker = am if h < 12 else pm
    return f"{marker}{sep}{hh}:{m:02d}{s}" if before else f"{hh}:{m:02d}{s}{sep}{marker}"


def _native(text: str) -> str:
    """`text` with Arabic-Indic digits (WhatsApp writes them so on phones set to Arabic)."""
    return text.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))


CLOCKS: dict[str, Clock] = {
    "en_US": Clock(lambda y, mo, d: f"{mo}/{d}/{y % 100:02d}", lambda h, m, s: _h12(h, m, s, "AM", "PM")),
    "en_GB": Clock(lambda y, mo, d: f"{d:02d}/{mo:02d}/{y}", lambda h, m, s: f"{h:02d}:{m:02d}{s}"),
    "en_IN": Clock(lambda y, mo, d: f"{d:02d}/{mo:02d}/{y % 100:02d}", lambda h, m, s: _h12(h, m, s, "am", "pm")),
    "de_DE": Clock(lambda y, mo, d: f"{d:02d}.{mo:02d}.{y % 100:02d}", lambda h, m, s: f"{h:02d}:{m:02d}{s}"),
    "fr_FR": Clock(lambda y, mo, d: f"{d:02d}/{mo:02d}/{y}", lambda h, m, s: f"{h:02d}:{m:02d}{s}"),
    "es_ES": Clock(lambda y, mo, d: f"{d}/{mo}/{y % 100:02d}", lambda h, m, s: f"{h}:{m:02d}{s}"),
    "es_MX": Clock(
        lambda y, mo, d: f"{d}/{mo}/{y % 100:02d}", lambda h, m, s: _h12(h, m, s, "a.\u00a0m.", "p.\u00a0m.")
    ),
    "pt_BR": Clock(lambda y, mo, d: f"{d:02d}/{mo:02d}/{y}", lambda h, m, s: f"{h:02d}:{m:02d}{s}"),
    "it_IT": Clock(lambda y, mo, d: f"{d:02d}/{mo:02d}/{y % 100:02d}", lambda h, m, s: f"{h:02d}:{m:02d}{s}"),
    "nl_NL": Clock(lambda y, mo, d: f"{d:02d}-{mo:02d}-{y}", lambda h, m, s: f"{h:02d}:{m:02d}{s}"),
    "pl_PL": Clock(lambda y, mo, d: f"{d:02d}.{mo:02d}.{y}", lambda h, m, s: f"{h:02d}:{m:02d}{s}"),
    "ru_RU": Clock(lambda y, mo, d: f"{d:02d}.{mo:02d}.{y}", lambda h, m, s: f"{h:02d}:{m:02d}{s}"),
    "uk_UA": Clock(lambda y, mo, d: f"{d:02d}.{mo:02d}.{y % 100:02d}", lambda h, m, s: f"{h:02d}:{m:02d}{s}"),
    "tr_TR": Clock(lambda y, mo, d: f"{d:02d}.{mo:02d}.{y}", lambda h, m, s: f"{h:02d}:{m:02d}{s}"),
    "sv_SE": Clock(lambda y, mo, d: f"{y}-{mo:02d}-{d:02d}", lambda h, m, s: f"{h:02d}:{m:02d}{s}"),
    "el_GR": Clock(lambda y, mo, d: f"{d}/{mo}/{y % 100:02d}", lambda h, m, s: _h12(h, m, s, "π.μ.", "μ.μ.")),
    "ar_SA": Clock(lambda y, mo, d: f"{d}/{mo}/{y}", lambda h, m, s: _h12(h, m, s, "ص", "م")),
    "ar_AA": Clock(
        lambda y, mo, d: _native(f"{d}/\u200f{mo}/\u200f{y}"), lambda h, m, s: _native(_h12(h, m, s, "ص", "م"))
    ),
    "he_IL": Clock(lambda y, mo, d: f"{d}.{mo}.{y}", lambda h, m, s: f"{h}:{m:02d}{s}"),
    "fa_IR": Clock(lambda y, mo, d: f"{y}/{mo:02d}/{d:02d}", lambda h, m, s: f"{h:02d}:{m:02d}{s}"),
    "hi_IN": Clock(lambda y, mo, d: f"{d}/{mo}/{y % 100:02d}", lambda h, m, s: _h12(h, m, s, "am", "pm")),
    "bn_BD": Clock(lambda y, mo, d: f"{d}/{mo}/{y % 100:02d}", lambda h, m, s: _h12(h, m, s, "AM", "PM")),
    "th_TH": Clock(lambda y, mo, d: f"{d}/{mo}/{y + 543}", lambda h, m, s: f"{h:02d}:{m:02d}{s}"),
    "vi_VN": Clock(lambda y, mo, d: f"{d}/{mo}/{y % 100:02d}", lambda h, m, s: f"{h:02d}:{m:02d}{s}"),
    "id_ID": Clock(lambda y, mo, d: f"{d}/{mo}/{y % 100:02d}", lambda h, m, s: f"{h:02d}.{m:02d}{s.replace(':', '.')}"),
    "zh_CN": Clock(lambda y, mo, d: f"{y}/{mo}/{d}", lambda h, m, s: f"{h:02d}:{m:02d}{s}"),
    "zh_TW": Clock(
        lambda y, mo, d: f"{y}/{mo}/{d}", lambda h, m, s: _h12(h, m, s, "上午", "下午", before=True, sep="")
    ),
    "ja_JP": Clock(lambda y, mo, d: f"{y}/{mo:02d}/{d:02d}", lambda h, m, s: f"{h:02d}:{m:02d}{s}"),
    "ko_KR": Clock(lambda y, mo, d: f"{y}. {mo}. {d}.", lambda h, m, s: _h12(h, m, s, "오전", "오후", before=True)),
    "ka_GE": Clock(lambda y, mo, d: f"{d:02d}.{mo:02d}.{y}", lambda h, m, s: f"{h:02d}:{m:02d}{s}"),
    "hy_AM": Clock(lambda y, mo, d: f"{d:02d}.{mo:02d}.{y % 100:02d}", lambda h, m, s: f"{h:02d}:{m:02d}{s}"),
    "yo_NG": Clock(lambda y, mo, d: f"{d:02d}/{mo:02d}/{y}", lambda h, m, s: _h12(h, m, s, "AM", "PM")),
    "sw": Clock(lambda y, mo, d: f"{d:02d}/{mo:02d}/{y}", lambda h, m, s: f"{h:02d}:{m:02d}{s}"),
}
"""Locales of the matrix and their chat clocks. Indonesian's ``14.02`` has no colon: the matrix
keeps it to show what a dotted time costs (WhatsApp writes it so in id_ID)."""

_FAMILY_FIRST = frozenset({"zh_CN", "zh_TW", "ja_JP", "ko_KR"})
_NO_SPACE = frozenset({"zh_CN", "zh_TW", "ko_KR"})
_MESSAGES = (
    "can you send me the contract before the call?",
    "sure, I will upload it to the shared folder",
    "the invoice total looks wrong, please check",
    "ok, talk tomorrow",
)
_NATIVE: dict[str, tuple[str, ...]] = {
    "ja": ("明日の打ち合わせは10時からです", "了解です。資料を送ります"),
    "ko": ("내일 미팅 장소 보내드릴게요", "네 감사합니다"),
    "zh": ("合同今天下午发给你", "好的，收到"),
}


def _messages(locale: str) -> tuple[str, ...]:
    return _NATIVE.get(locale[:2], _MESSAGES)


@dataclass(frozen=True)
class Speaker:
    name: str
    handle: str


Renderer = Callable[[Clock, list[Speaker], tuple[str, ...]], list[Piece]]


def _turns(speakers: list[Speaker]) -> list[tuple[int, Speaker]]:
    """Three turns: first speaker, second speaker, first again; minutes 2, 3, 14."""
    return [(2, speakers[0]), (3, speakers[1]), (14, speakers[0])]


def _per_turn(line: Callable[[Clock, int, Speaker, str], list[Piece]], head: list[Piece] | None = None) -> Renderer:
    def render(clock: Clock, speakers: list[Speaker], msgs: tuple[str, ...]) -> list[Piece]:
        out: list[Piece] = list(head or [])
        for i, (minute, sp) in enumerate(_turns(speakers)):
            out.extend(line(clock, minute, sp, msgs[i % len(msgs)]))
        return out

    return render


_D = (2024, 3, 12)


def _date(c: Clock) -> str:
    return c.date(*_D)


def _t(c: Clock, minute: int, seconds: str = "") -> str:
    return c.time(14, minute, seconds)


RENDERERS: dict[str, Renderer] = {
    "whatsapp_android": _per_turn(
        lambda c, mi, s, m: [(f"{_date(c)}, {_t(c, mi)} - ", None), (s.name, "PERSON"), (f": {m}\n", None)]
    ),
    "whatsapp_ios": _per_turn(
        lambda c, mi, s, m: [(f"[{_date(c)}, {_t(c, mi, ':05')}] ", None), (s.name, "PERSON"), (f": {m}\n", None)]
    ),
    "signal_export": _per_turn(
        lambda c, mi, s, m: [(f"[2024-03-12 14:{mi:02d}] ", None), (s.name, "PERSON"), (f": {m}\n", None)]
    ),
    "telegram_copy": _per_turn(
        lambda c, mi, s, m: [(s.name, "PERSON"), (f", [12.03.2024 14:{mi:02d}]\n{m}\n\n", None)]
    ),
    "kakaotalk_pc": _per_turn(
        lambda c, mi, s, m: [("[", None), (s.name, "PERSON"), (f"] [오후 2:{mi:02d}] {m}\n", None)],
        head=[("--------------- 2024년 3월 12일 화요일 ---------------\n", None)],
    ),
    "kakaotalk_pc_en": _per_turn(
        lambda c, mi, s, m: [("[", None), (s.name, "PERSON"), (f"] [2:{mi:02d} PM] {m}\n", None)],
        head=[("--------------- Tuesday, March 12, 2024 ---------------\n", None)],
    ),
    "kakaotalk_mobile": _per_turn(
        lambda c, mi, s, m: [(f"2024. 3. 12. 오후 2:{mi:02d}, ", None), (s.name, "PERSON"), (f" : {m}\n", None)]
    ),
    "line": _per_turn(
        lambda c, mi, s, m: [(f"{_t(c, mi)}\t", None), (s.name, "PERSON"), (f"\t{m}\n", None)],
        head=[("2024/03/12(火)\n", None)],
    ),
    "wechat": _per_turn(lambda c, mi, s, m: [(s.name, "PERSON"), (f"  {_t(c, mi)}\n{m}\n", None)]),
    "slack": _per_turn(lambda c, mi, s, m: [(s.name, "PERSON"), (f"  2:{mi:02d} PM\n{m}\n", None)]),
    "google_chat": _per_turn(lambda c, mi, s, m: [(s.name, "PERSON"), (f", 2:{mi:02d} PM\n{m}\n", None)]),
    "teams_bracket": _per_turn(
        lambda c, mi, s, m: [(f"[2:{mi:02d} PM] ", None), (s.name, "PERSON"), (f"\n{m}\n", None)]
    ),
    "mattermost": _per_turn(lambda c, mi, s, m: [(s.handle, "USERNAME"), (f"  2:{mi:02d} PM\n{m}\n", None)]),
    "discord_copy": _per_turn(
        lambda c, mi, s, m: [(s.handle, "USERNAME"), (f" — Today at 2:{mi:02d} PM\n{m}\n", None)]
    ),
    "discord_exporter": _per_turn(
        lambda c, mi, s, m: [(f"[12-Mar-24 2:{mi:02d} PM] ", None), (s.handle, "USERNAME"), (f"\n{m}\n\n", None)]
    ),
    "irc": _per_turn(lambda c, mi, s, m: [(f"14:{mi:02d} <", None), (s.handle, "USERNAME"), (f"> {m}\n", None)]),
    "zoom_chat": _per_turn(
        lambda c, mi, s, m: [(f"14:{mi:02d}:11 From ", None), (s.name, "PERSON"), (f" to Everyone:\n\t{m}\n", None)]
    ),
    "vtt_voice": _per_turn(
        lambda c, mi, s, m: [
            (f"00:{mi:02d}:01.000 --> 00:{mi:02d}:04.000\n<v ", None), (s.name, "PERSON"), (f">{m}</v>\n\n", None)
        ],
        head=[("WEBVTT\n\n", None)],
    ),
    "srt_speaker": _per_turn(
        lambda c, mi, s, m: [
            (f"{mi}\n00:00:{mi:02d},000 --> 00:00:{mi + 3:02d},000\n", None), (s.name, "PERSON"), (f": {m}\n\n", None)
        ]
    ),
    "otter": _per_turn(lambda c, mi, s, m: [(s.name, "PERSON"), (f"  {mi}:07\n{m}\n\n", None)]),
    "meet_transcript": _per_turn(
        lambda c, mi, s, m: [(f"00:{mi:02d}:00\n", None), (s.name, "PERSON"), (f": {m}\n", None)],
        head=[("Transcript\n", None)],
    ),
    "ticket": _per_turn(
        lambda c, mi, s, m: [(s.name, "PERSON"), (f" (Agent) replied\nMar 12, 2024, 2:{mi:02d} PM\n{m}\n\n", None)]
    ),
    "zoom_transcript": _per_turn(
        lambda c, mi, s, m: [("[", None), (s.name, "PERSON"), (f"] 14:{mi:02d}:11\n{m}\n\n", None)]
    ),
    "paren_time": _per_turn(lambda c, mi, s, m: [(s.name, "PERSON"), (f" (00:{mi:02d}): {m}\n", None)]),
    "telegram_json": _per_turn(
        lambda c, mi, s, m: [
            (f'  {{"id": {mi}, "type": "message", "date": "2024-03-12T14:{mi:02d}:11", "from": "', None),
            (s.name, "PERSON"), (f'", "from_id": "user{4100 + mi}", "text": "{m}"}},\n', None),
        ],
        head=[('{"name": "Team", "type": "private_group", "messages": [\n', None)],
    ),
    "telegram_html": _per_turn(
        lambda c, mi, s, m: [
            (f'<div class="message default clearfix" id="message{mi}">\n <div class="body">\n'
             f'  <div class="pull_right date details" title="12.03.2024 14:{mi:02d}:11">14:{mi:02d}</div>\n'
             '  <div class="from_name">\n', None),
            (s.name, "PERSON"), (f"\n  </div>\n  <div class=\"text\">{m}</div>\n </div>\n</div>\n", None),
        ]
    ),
}  # fmt: skip
"""Format -> renderer of a three-turn conversation (see `CLOCKS` for the locale-dependent ones)."""

CARRIERS: dict[str, Callable[[list[Piece], bool], list[Piece]]] = {
    "raw": lambda pieces, _ascii: pieces,
    "json_tool_result": lambda pieces, ascii_only: (
        [
            ('{"type": "tool_result", "tool_use_id": "toolu_01", "content": "', None),
            *[(json.dumps(p, ensure_ascii=ascii_only)[1:-1], e) for p, e in pieces],
            ('"}', None),
        ]
    ),
    "fenced_prompt": lambda pieces, _ascii: (
        [("Summarise this chat export and list the action items:\n\n```\n", None), *pieces, ("```\n", None)]
    ),
}
"""Carrier -> wrapper of the rendered pieces (escaping piece by piece is escaping the whole)."""


@dataclass(frozen=True)
class Case:
    """One rendered conversation and its speaker slots ``(entity, start, end)``."""

    fmt: str
    locale: str
    carrier: str
    text: str
    slots: tuple[tuple[str, int, int], ...]


def _speakers(fake: Faker, locale: str, n: int) -> list[Speaker]:
    out: list[Speaker] = []
    for i in range(n):
        given = fake.first_name_female() if i % 2 else fake.first_name_male()
        family = fake.last_name()
        if locale in _FAMILY_FIRST:
            name = family + ("" if locale in _NO_SPACE else " ") + given
        else:
            name = given + " " + family
        out.append(Speaker(name, fake.user_name()))
    return out


def _assemble(pieces: list[Piece]) -> tuple[str, tuple[tuple[str, int, int], ...]]:
    text, slots, pos = [], [], 0
    for piece, entity in pieces:
        if entity is not None:
            slots.append((entity, pos, pos + len(piece)))
        text.append(piece)
        pos += len(piece)
    return "".join(text), tuple(slots)


def cases(seed: int = 20261126) -> Iterator[Case]:
    """Every format x locale x carrier, two speakers drawn from Faker with `seed` per locale."""
    for k, (locale, clock) in enumerate(CLOCKS.items()):
        fake = Faker(locale)
        fake.seed_instance(seed)
        for fmt, render in RENDERERS.items():
            pieces = render(clock, _speakers(fake, locale, 2), _messages(locale))
            for carrier, wrap in CARRIERS.items():
                text, slots = _assemble(wrap(pieces, k % 2 == 0))
                yield Case(fmt, locale, carrier, text, slots)


NEGATIVES: list[tuple[str, str]] = [
    ("[10:02:11] INFO worker: started 4 processes\n[10:02:12] WARN worker: queue depth 120\n", "bracketed log levels"),
    ("2024-03-12 14:02 - uvicorn.error: Exception in ASGI application\n", "a logger name after a date and time"),
    ("2024-03-12 14:02:11,201 - celery.worker - INFO - Task done\n", "Python logging default format"),
    ("12/03/2024, 14:02 - Messages and calls are end-to-end encrypted. No one outside of this chat can read them.\n"
     "12/03/2024, 14:05 - Anna added Ben\n12/03/2024, 14:06 - You changed this group's icon\n",
     "WhatsApp system lines"),
    ("[12/03/2024, 14:02:11] System: backup finished\n[12/03/2024, 14:02:15] You: deleted this message\n",
     "system senders"),
    ("commit 4e7a1c9b2f\nDate:   Tue Mar 12 14:02:11 2024 +0100\n\n    fix: retry on timeout\n", "git log"),
    ("##[group]Run actions/checkout@v4\n2024-03-12T14:02:11.1234567Z Syncing repository: org/repo\n"
     "2024-03-12T14:02:12.0000000Z ##[endgroup]\n", "GitHub Actions output"),
    ("1\n00:00:01,000 --> 00:00:04,000\nWhere are you going?\n\n2\n00:00:05,000 --> 00:00:07,500\n"
     "[Door slams]\n\n3\n00:00:08,000 --> 00:00:09,000\n- Note: it is late.\n", "subtitles without speakers"),
    ("WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n[MUSIC PLAYING]\n\n"
     "00:00:05.000 --> 00:00:06.000\nOkay: go.\n", "VTT without speakers"),
    ("Agenda\nRegistration  9:00 AM\nCoffee and pastries\nKeynote  10:00 AM\nWelcome address\n"
     "Lunch Break  12:30 PM\nBuffet in the foyer\n", "a conference agenda"),
    ("Frankfurt Hbf  10:02\nHamburg Hbf  13:45\nBerlin Hbf  15:10\n", "a timetable"),
    ("| time | event |\n|---|---|\n| 10:02 | deploy |\n| 10:05 | rollback |\n", "a table of times"),
    ("10:02\tCPU\t93%\n10:03\tCPU\t95%\n10:04\tmemory\t71%\n", "tab-separated metrics"),
    ("2024-03-12 10:02:11\tINFO\tserver started\n2024-03-12 10:02:12\tDEBUG\tconfig loaded\n", "tab-separated log"),
    ("10:02 <div> ok\n10:03 <span> ok\n", "markup after a time"),
    ("Mar 12 14:02:11 web01 sshd[2231]: Accepted publickey for deploy from 10.0.0.4\n", "syslog"),
    ("[2024-03-12 14:02:11] production.ERROR: SQLSTATE[HY000] Connection refused\n", "Laravel log"),
    ("14:02:11 From the CLI to the API: nothing changed\n", "'From ... to' outside Zoom"),
    ("Build #1234 — Today at 2:02 PM\nAll checks passed\nDeploy — Today at 2:05 PM\nRolled out\n", "CI status lines"),
    ("Tests  0:03\npassed\nLint  0:01\npassed\n", "step durations"),
    ("The reviewer replied\nThe bot commented\nSomeone added a note\n", "ticket verbs without a person"),
    ("[INFO] [10:02:11 AM] Server started\n[WARN] [10:02:12 AM] Slow query\n", "bracketed level and 12-hour time"),
    ("2024. 3. 12. 오후 2:14\n회의 시작\n", "a Korean date and time without a speaker"),
    ("地址：上海市浦东新区世纪大道100号\n电话：138 1234 5678\n时间：14:02\n", "Chinese labels and a time"),
    ("会议  14:00\n午餐  12:30\n", "Chinese agenda rows"),
    ("at 14:02 the job failed: exit code 1\nretrying at 14:05: ok\n", "prose with times"),
    ("[main] 10:02:11\nstarting server\n[worker] 10:02:12\nready\n", "bracketed thread names above log text"),
    ("Step (0:03): ok\nRetry (2:00): failed\n", "labels with a duration"),
    ("$ date\nTue Mar 12 14:02:11 CET 2024\n$ uptime\n 14:02:11 up 3 days,  2:01,  1 user\n", "shell output"),
]  # fmt: skip
"""Texts in the formats' shapes without a speaker: `pii.chat_export` must find nothing in them."""
