"""The line shapes of chat and meeting exports, one declarative spec per documented format.

Each `ChatFormat` names the products that write it, the regex of one speaker line (matched at
the start of a line, after indentation, a quote marker ``>`` or a file-read line number), and how
much the shape proves on its own:

- ``names="lenient"``: the shape is specific to one product (a WhatsApp date and time then
  `` - ``, KakaoTalk's ``[오후 2:14]``, LINE's tab-separated columns), so any 1-5 words of
  letters fill the speaker slot, lower case included (`chat_exports.speaker_entity`);
- ``names="weak"``: the shape also occurs outside chats (``[10:02] X`` alone on a line, a name
  heading a paragraph with a time), so the slot must hold a capitalised name
  (`names.clean_name`) or words of a script without case, and a lone English word is no name;
- ``min_lines``: the number of lines of the format a text needs before any counts (a lone
  tab-separated ``10:02\\tX\\t`` line is a table row), unless `cue` (a header the product writes:
  ``[LINE]``, ``님과 카카오톡 대화``) occurs in the text;
- ``heading``: the name line heads a message, so the next line must hold text that is not
  itself a heading (timetables and agendas are rows of headings);
- ``handles``: the slot may hold an account handle (IRC nicks, Discord and Mattermost user
  names), reported as USERNAME.

`trigger` says what a candidate line holds: ``"time"`` (a clock time ``\\d:\\d\\d``: the detector
only looks at lines that have one) or a literal. The time, date and name pieces are written once
(`CLOCK`, `DATE`...) from the products' documented locale formats: 12/24 h, ``오후``/``午後``/
``下午`` before the time, ``p. m.`` after it, day-month-year in any order and separator,
``2024. 3. 12.``, ``2024년 3월 12일``, ``2024年3月12日``, ``12 Mar 2024``, ``March 12, 2024``.
"""

from __future__ import annotations

# ruff: noqa: RUF001  # full-width colons and typographic apostrophes are what the exports write
import re
from dataclasses import dataclass
from typing import Literal

# Pieces: clock times, dates, the name slot.
_SP = r"[ \t\u00a0\u202f]"
"""A blank as chat exports write it (iOS puts U+202F before AM/PM, some locales U+00A0)."""
_AMPM_AFTER = (
    _SP + r"?(?:[AaPp]\.?" + _SP + r"?[Mm]\.?|[\u0635\u0645](?!\w)|[\u03c0\u03bc]\.?" + _SP + r"?\u03bc\.?"
    r"|SA|CH|\u00d6\u00d6|\u00d6S|[\u0642\u0628]\.\u0638\.)"
)
"""AM/PM after the time: ``PM``, ``p. m.``, ``pm``, Arabic ``ص``/``م``, Greek ``π.μ.``/``μ.μ.``,
Vietnamese ``SA``/``CH``, Turkish ``ÖÖ``/``ÖS``, Persian ``ق.ظ.``/``ب.ظ.``."""
_AMPM_BEFORE = r"(?:오전|오후|午前|午後|上午|下午|早上|中午|晚上|凌晨|AM|PM)" + _SP + r"?"
_ND = r"[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u09e6-\u09ef\u0e50-\u0e59]"
"""Digits other scripts' locales write times with: Arabic-Indic, Persian, Devanagari, Bengali, Thai."""
HM = r"(?:(?:[01]?\d|2[0-3]):[0-5]\d|" + _ND + r"{1,2}:" + _ND + r"{2})"
"""A clock time, hours and minutes (``14:02``, ``١٤:٠٢``, ``۱۴:۰۲``)."""
HMS = HM + r"(?::(?:[0-5]\d|" + _ND + r"{2}))?"
_HMS_DOT = r"(?:[01]?\d|2[0-3])\.[0-5]\d(?:\.[0-5]\d)?"
"""``14.02(.05)``: the clock of WhatsApp's Indonesian and Finnish exports."""
CLOCK = r"(?:" + _AMPM_BEFORE + r")?" + HMS + r"(?:" + _AMPM_AFTER + r")?"
"""A clock time in any documented locale shape: ``14:02``, ``2:02:11 PM``, ``오후 2:14``, ``2:14 p. m.``."""
WA_CLOCK = r"(?:" + CLOCK + r"|" + _HMS_DOT + r"(?:" + _AMPM_AFTER + r")?)"
"""A WhatsApp clock: `CLOCK` or the dotted form."""
CLOCK_12 = r"(?:" + _AMPM_BEFORE + HMS + r"|" + HMS + _AMPM_AFTER + r")"
"""A 12-hour clock time with its marker (KakaoTalk PC always writes one)."""
DURATION = r"(?:\d{1,2}:)?\d{1,2}:[0-5]\d"
"""Elapsed time in a transcript: ``0:03``, ``12:45``, ``1:02:33``."""
_BIDI = r"[\u200e\u200f\u061c]?"
"""A direction mark Arabic and Persian exports put after a date separator (``١٢/‏٣/‏٢٠٢٤``)."""
_MON = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:[a-z]{0,6})\.?"
"""An English month name or abbreviation."""
DATE = (
    r"(?:\d{1,4}[./-]" + _BIDI + r"\d{1,2}[./-]" + _BIDI + r"\d{2,4}"  # 12/03/2024, 3/12/24, 2024-03-12
    r"|\d{4}\." + _SP + r"?\d{1,2}\." + _SP + r"?\d{1,2}\.?"  # 2024. 3. 12.
    r"|\d{4}년" + _SP + r"?\d{1,2}월" + _SP + r"?\d{1,2}일"  # 2024년 3월 12일
    r"|\d{4}年\d{1,2}月\d{1,2}日"  # 2024年3月12日
    r"|\d{1,2}-" + _MON + r"-\d{2,4}"  # 12-Mar-24
    r"|" + _MON + _SP + r"\d{1,2},?" + _SP + r"\d{4}"  # March 12, 2024
    r"|\d{1,2}\.?" + _SP + _MON + r",?" + _SP + r"\d{4})"  # 12 Mar 2024
)
"""A calendar date in the numeric and written shapes chat exports use."""
_DAY_WORD = (
    r"(?:Today|Yesterday|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday)"
)
_DISCORD_DAY = (
    r"(?:(?:Today|Yesterday)" + _SP + r"at|(?:Heute|Gestern)" + _SP + r"um"
    r"|(?:Aujourd[’']hui|Hier)" + _SP + r"à|(?:[Hh]oy|[Aa]yer)" + _SP + r"a" + _SP + r"las"
    r"|(?:Hoje|Ontem)" + _SP + r"às|(?:Oggi|Ieri)" + _SP + r"alle|(?:Сегодня|Вчера)," + _SP + r"?в)"
)
_LRM = r"[\u200e\u200f]?"
_LEAD = r"(?:[ \t]*\d{1,6}\t)?[ \t>]*" + _LRM
"""What may precede a speaker line's shape: a file read's line number, indentation, ``>`` quotes."""
NAME = r"(?P<name>[^\n\t:：\[\]<>]{1,60}?)"
"""The speaker slot: up to 60 characters, checked afterwards by `chat_exports.speaker_entity`."""
_NAME_GREEDY = r"(?P<name>[^\n\t:：\[\]<>]{1,60})"
_NICK = r"(?P<name>[^\s<>]{1,40}|[^\n\t<>:]{1,60})"
_CONTACT = _LRM + r"~?" + _SP + r"?"
"""Before a WhatsApp sender: a direction mark, and ``~`` for a sender not in the contacts."""
_AFTER_COLON = r"(?=[ \t\u00a0]|$)"
_EOL = r"[ \t]*$"

Names = Literal["lenient", "weak"]


@dataclass(frozen=True, slots=True)
class ChatFormat:
    """One export or copy-paste format and how far its shape is evidence (see the module docstring).

    Attributes:
        name: stable id of the format (``whatsapp.android``).
        products: the products and versions that write it (documentation).
        line: the shape of a speaker line with a ``name`` group; matched at a line start.
        names: how permissive the speaker check is (``lenient`` or ``weak``).
        trigger: ``"time"``, ``"ticket"`` (a `TICKET_WORDS` verb) or a literal the text must hold
            (the format is then searched in the whole text, not line by line).
        min_lines: lines of this format a text needs (1: one is enough).
        cue: a product header that makes one line enough.
        heading: the line heads a message (the next line must be text, not another heading).
        handles: a handle-shaped slot is a USERNAME.
    """

    name: str
    products: str
    line: re.Pattern[str]
    names: Names = "lenient"
    trigger: str = "time"
    min_lines: int = 1
    cue: re.Pattern[str] | None = None
    heading: bool = False
    handles: bool = False


def _rx(body: str) -> re.Pattern[str]:
    return re.compile(r"(?m)" + _LEAD + body)


_LINE_CUE = re.compile(r"\[LINE\]|トーク履歴|聊天記錄|聊天记录|ประวัติการแชท|Chat history (?:with|in)|Saved on:|保存日時")
_KAKAO_CUE = re.compile(r"카카오톡 대화|KakaoTalk Chats? with|저장한 날짜|Date Saved|Talk_\d{4}")

FORMATS: tuple[ChatFormat, ...] = (
    ChatFormat(
        "whatsapp.android",
        "WhatsApp Android and older iOS 'Export chat' (every locale's date order, 12/24 h): "
        "'12/03/2024, 14:02 - Name: msg', '3/12/24, 2:02 PM - Name: msg', '2024. 3. 12. 오후 2:14 - Name: msg'",
        _rx(DATE + r"[,\u060c]?" + _SP + WA_CLOCK + _SP + r"?[-\u2013]" + _SP + _CONTACT + NAME + r":" + _AFTER_COLON),
    ),
    ChatFormat(
        "whatsapp.ios",
        "WhatsApp iOS 'Export chat', Viber and Skype copies: '[12/03/2024, 14:02:11] Name: msg', "
        "'[3/12/24, 2:02:11 PM] Name: msg', '[12.03.24, 14:02:11] Name: msg'",
        _rx(r"\[" + DATE + r"[,\u060c]" + _SP + WA_CLOCK + r"\]" + _SP + _CONTACT + NAME + r":" + _AFTER_COLON),
    ),
    ChatFormat(
        "bracket.datetime",
        "Signal (signal-export), Skype, Telegram mobile copies, Swedish-locale WhatsApp: "
        "'[2024-03-12 14:02] Name: msg', '[12.03.2024 14:02:11] Name: msg'",
        _rx(r"\[" + DATE + _SP + r"+" + CLOCK + r"\]" + _SP + NAME + r":" + _AFTER_COLON),
        names="weak",
    ),
    ChatFormat(
        "bracket.time",
        "Chat copies with the time alone: '[14:02] Name: msg', '14:02 Name: msg' (the capitalised-name "
        "case is pii.person_chat's; this adds names of scripts without case)",
        _rx(r"\[?" + CLOCK + r"\]?" + _SP + NAME + r":" + _AFTER_COLON),
        names="weak",
    ),
    ChatFormat(
        "telegram.copy",
        "Telegram Desktop 'Copy' of several messages: 'Name, [12.03.2024 14:02]' above the text",
        _rx(_NAME_GREEDY + r"," + _SP + r"\[" + DATE + _SP + CLOCK + r"\]" + _EOL),
    ),
    ChatFormat(
        "kakaotalk.pc",
        "KakaoTalk PC 'Save chat' (ko, en): '[김민준] [오후 2:14] msg', '[Kim Minjun] [2:14 PM] msg'",
        _rx(r"\[" + NAME + r"\]" + _SP + r"\[" + CLOCK_12 + r"\]" + _SP),
    ),
    ChatFormat(
        "kakaotalk.mobile",
        "KakaoTalk Android/iOS 'Export chat': '2024. 3. 12. 오후 2:14, 김민준 : msg', "
        "'2024년 3월 12일 오후 2:14, 김민준 : msg', 'March 12, 2024, 2:14 PM, Kim Minjun : msg'",
        _rx(DATE + r",?" + _SP + CLOCK + r"," + _SP + NAME + _SP + r":" + _AFTER_COLON),
    ),
    ChatFormat(
        "kakaotalk.mac_csv",
        "KakaoTalk Mac CSV export (Date,User,Message): '2024-03-12 14:14:00,\"김민준\",\"msg\"'",
        _rx(r"\d{4}-\d{2}-\d{2}" + _SP + HMS + r",\"" + _NAME_GREEDY + r"\","),
        names="weak",
        min_lines=2,
        cue=_KAKAO_CUE,
    ),
    ChatFormat(
        "line.tab",
        "LINE 'Send chat history' (ja, th, zh, en): date header lines, then 'HH:MM<TAB>Name<TAB>msg' "
        "('午後2:14', '2:14 PM' in 12-hour locales)",
        _rx(CLOCK + r"\t" + r"(?P<name>[^\n\t]{1,60})\t"),
        min_lines=2,
        cue=_LINE_CUE,
    ),
    ChatFormat(
        "irc.bracket",
        "IRC and Matrix client logs (irssi, mIRC, ZNC, HexChat, WeeChat text, Element): "
        "'10:02 <@anna> msg', '[10:02:11] <anna> msg', 'Mar 12 10:02:11 <anna> msg'",
        _rx(
            r"(?:\[?(?:" + DATE + r"[ T])?" + HMS + r"\]?|" + _MON + _SP + r"\d{1,2}" + _SP + HMS + r")"
            + _SP + r"+<[ @+%&~]?" + _NICK + r">" + _SP
        ),
        handles=True,
    ),
    ChatFormat(
        "irc.weechat",
        "WeeChat log files: '2024-03-12 10:02:11<TAB>@anna<TAB>msg'",
        _rx(r"\d{4}-\d{2}-\d{2}" + _SP + HMS + r"\t[@+%&~]?(?P<name>[^\s<>]{1,40})\t"),
        handles=True,
        min_lines=2,
    ),
    ChatFormat(
        "discord.copy",
        "Discord copy-paste: 'Name — Today at 10:02 AM', 'name — 12/03/2024 10:02', "
        "'Name — Heute um 10:02' above the message",
        _rx(
            _NAME_GREEDY + _SP + r"+(?:[\u2014\u2013-]" + _SP + r"+(?:" + _DISCORD_DAY + r"|" + DATE + r",?)|"
            + _DISCORD_DAY + r")" + _SP + CLOCK + _EOL
        ),
        handles=True,
        heading=True,
    ),
    ChatFormat(
        "discord.exporter",
        "DiscordChatExporter plain text, Teams copies with a date: '[12-Mar-24 10:02 AM] anna#1234', "
        "'[12/03/2024 10:02] Name' above the message",
        _rx(r"\[" + DATE + _SP + CLOCK + r"\]" + _SP + r"(?P<name>[^\n\t:\[\]<>]{1,60}?(?:#\d{4})?)" + _EOL),
        handles=True,
        heading=True,
    ),
    ChatFormat(
        "teams.bracket",
        "Microsoft Teams and Slack (old) copies: '[10:02 AM] Name' above the message",
        _rx(r"\[" + CLOCK + r"\]" + _SP + r"(?P<name>[^\n\t:\[\]<>]{1,60}?)" + _EOL),
        names="weak",
        heading=True,
    ),
    ChatFormat(
        "heading.time",
        "Slack, Teams, Google Chat/Hangouts, WeChat, QQ, Mattermost, Rocket.Chat copies and Otter, "
        "Teams and Fireflies transcripts: 'Name  10:02 AM', 'Name, 2:14 PM', '张伟  09:21', "
        "'Surname, Given  10:02 AM', 'Name  Yesterday at 10:02', 'anna.petrova  10:02 AM', 'Name  0:01:23', "
        "'Name [10:02 AM]'",
        _rx(
            r"(?P<name>[^\n\t:\[\]<>,@]{1,60}?(?:," + _SP + r"[^\n\t:\[\]<>,@]{1,40}?)?)"
            r"(?:" + _SP + r"+@[\w.-]{2,40})?(?:," + _SP + r"?|" + _SP + r"+)"
            r"(?:\[|\()?(?:(?:" + _DAY_WORD + r"|" + DATE + r")(?:" + _SP + r"at)?,?" + _SP + r")?"
            r"(?:" + CLOCK + r"|" + DURATION + r")(?:\]|\))?" + _EOL
        ),
        names="weak",
        heading=True,
        handles=True,
        min_lines=2,
    ),
    ChatFormat(
        "zoom.transcript",
        "Zoom 'Save transcript' text: '[Name] 10:02:11' above what was said",
        _rx(r"\[(?P<name>[^\n\t:\[\]<>\d]{1,60}?)\]" + _SP + r"+" + HMS + _EOL),
        names="weak",
        heading=True,
    ),
    ChatFormat(
        "paren.time",
        "Transcript and chat copies with the time after the speaker: 'Name (00:12): text', "
        "'Name [10:02 AM]: text', '张伟 (09:21)：text'",
        _rx(
            r"(?P<name>[^\n\t:：\[\]<>()\d]{1,60}?)" + _SP + r"?[(\[](?:" + CLOCK + r"|" + DURATION + r")[)\]]"
            + _SP + r"?(?::" + _AFTER_COLON + r"|：)"
        ),
        names="weak",
    ),
    ChatFormat(
        "zoom.chat",
        "Zoom meeting chat (saved chat .txt): '10:02:11 From Name to Everyone:', "
        "'10:02:11 From Name to Name(Direct Message):', '00:12:45\\t From  Name : msg'",
        _rx(
            HMS + r"[ \t]+From" + _SP + r"+" + NAME + _SP + r"*(?:" + _SP + r"[Tt]o" + _SP
            + r"+[^\n:]{1,80}?)?" + _SP + r"*:" + _AFTER_COLON
        ),
    ),
    ChatFormat(
        "subtitle.speaker",
        "SRT/WebVTT cues whose text starts with a speaker: 'Name: text', '- Name: text', "
        "'>> Name: text', '[Name] text' on the line after '00:00:01,000 --> 00:00:04,000'",
        _rx(
            r"(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}" + _SP + r"+-->" + _SP + r"+(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}"
            r"[^\n]*\n[ \t]*(?:-[ \t]?|>>[ \t]?)?(?:" + NAME + r":" + _AFTER_COLON
            + r"|\[(?P<name2>[^\n\]]{1,60})\]" + _SP + r")"
        ),
        names="weak",
    ),
    ChatFormat(
        "meet.transcript",
        "Google Meet and Teams transcript documents: a time alone on its line, then 'Name: text'",
        _rx(DURATION + r"[ \t]*\n[ \t]*" + NAME + r":" + _AFTER_COLON),
        names="weak",
    ),
    ChatFormat(
        "vtt.voice",
        "WebVTT voice tags (Teams, Zoom, YouTube transcripts): '<v Name>text</v>'",
        re.compile(r"<v(?:\.[\w.-]+)?[ \t]+(?P<name>[^<>\n]{1,60})>"),
        trigger="<v",
    ),
    ChatFormat(
        "telegram.json",
        "Telegram Desktop 'Export chat history' as JSON (result.json): "
        "'\"from\": \"Name\", \"from_id\": \"user123\"', service messages' '\"actor\": \"Name\", \"actor_id\"'",
        re.compile(r"\"(?:from|actor)\":[ \t]*\"(?P<name>[^\"\n\\]{1,60})\",[ \t\n]*\"(?:from|actor)_id\":"),
        trigger="_id\":",
    ),
    ChatFormat(
        "telegram.html",
        "Telegram Desktop 'Export chat history' as HTML (messages.html): '<div class=\"from_name\">Name</div>'",
        re.compile(r"class=\"from_name\"[^<>\n]{0,40}>[ \t\n]*(?P<name>[^<>\n]{1,60}?)[ \t\n]*<"),
        trigger="from_name",
    ),
    ChatFormat(
        "mention.uncased",
        "Display-name mentions in WeChat, DingTalk, LINE, KakaoTalk, Slack and Teams copies in scripts "
        "without case: '@张伟\u2005请看一下', '@김민준 확인 부탁해요' (cased ones are pii.meeting's and pii.handle's)",
        re.compile(
            r"@(?<![\w@.]@)(?P<name>[\u0e00-\u0e7f\u0600-\u06ff\u0900-\u0dff\u10d0-\u10ff\u3040-\u30ff\u3400-\u9fff"
            r"\uac00-\ud7af]{2,12})(?=[\u2005\u2006\u00a0\t ,，、:：!?！？]|$)",
            re.MULTILINE,
        ),
        names="weak",
        trigger="@",
    ),
    ChatFormat(
        "ticket.reply",
        "Zendesk, Freshdesk, Help Scout, Intercom and Jira Service Management threads: "
        "'Name (Agent) replied', 'Name replied · 2 days ago', 'Name commented', 'Name added a private note'",
        _rx(
            r"(?P<name>[^\n\t:()\[\]<>,@]{1,60}?)(?:" + _SP + r"+\((?:[Aa]gent|[Cc]ustomer|[Ee]nd[- ][Uu]ser"
            r"|[Rr]equester|[Aa]dmin|[Ss]upport|[Ss]taff|[Ll]ight [Aa]gent|[Cc]ollaborator|[Oo]wner|[Aa]ssignee)\))?"
            + _SP + r"+(?:replied|responded|commented|wrote"
            r"|added an? (?:private |public |internal )?(?:note|comment|reply)"
            r"|reported (?:this )?via (?:email|e-mail|portal|chat|phone|web)"
            r"|forwarded (?:this|the) (?:ticket|conversation))"
            r"(?:" + _SP + r"*[,·•\u2014\u2013(-][^\n]{0,60})?" + _EOL
        ),
        names="weak",
        trigger="ticket",
    ),
)  # fmt: skip
"""Every format, in a stable order (`chat_exports.ChatExportDetector` runs them all)."""

TICKET_WORDS: tuple[str, ...] = ("replied", "responded", "commented", "wrote", "added a", "reported", "forwarded")
"""Literals of the ``ticket`` trigger: a ticket thread line holds one."""
