"""Names written in scripts without capital letters (``pii.script_name``).

Every other name rule looks for capitalised words, which Arabic, Hebrew, Chinese, Japanese,
Korean, Thai and the Indic scripts do not have: ``ليلى حداد``, ``王磊``, ``김민준`` pass no
capitalisation test. Here such a run counts as a name only where the text says it is one:

- after a name cue in prose: ``customer name as on the ID card is ليلى حداد``, ``the supplier
  contact is 王磊``, ``named דוד כהן`` (not ``the supplier is 华为``: a company);
- as the value of a person-name field: ``"full_name": "王磊"``, ``contact_name: 김민준``
  (not a bare ``name``, which locale files use for translated labels);
- after a native label: ``姓名: 王磊`` (or a full-width colon), ``氏名: 山田太郎``, ``이름: 김민준``,
  ``الاسم: ليلى حداد``, ``שם: דוד כהן``.

- as a chat speaker (``[09:41] 佐藤 美咲: ...``), before an honorific (``高橋 健太 様``,
  ``이지은 님``), before a Latin transliteration in parentheses (``خالد المنصوري (Khalid Al
  Mansouri)``, not ``北京大学 (Peking University)``) or a mailbox (``김서연 <kim@x.kr>``);
- a CJK family and given name written apart (``山本 花子``) alone on the last line of a letter (a
  signature; not a heading such as ``会社 概要``);
- Cyrillic names after a Russian label (``Получатель: Анна Смирнова``, ``ФИО: ...``).

A run is one to four words of one of these scripts (CJK: two to four characters standing alone,
or family and given name separated by a space), ending where the script ends.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.detect.pii._base import Finding, TextInfo, ViewDetector
from redactor.detect.pii._vocab import words
from redactor.detect.pii.cjk_places_data import CJK_PLACES
from redactor.detect.pii.function_words_data import UNCASED_FUNCTION_WORDS
from redactor.detect.pii.given_names import UNCASED_GIVEN_NAMES
from redactor.detect.pii.name_spans import cjk_name
from redactor.detect.pii.names_data import FAMILY

_SPACED = (
    r"\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff"  # Arabic, Persian, Urdu letters
    r"\u05d0-\u05ea"  # Hebrew
    r"\u0e01-\u0e4e"  # Thai (no spaces between words, but names are written apart)
    r"\u0900-\u097f\u0980-\u09ff\u0b80-\u0bff\u0c00-\u0c7f"  # Devanagari, Bengali, Tamil, Telugu
    r"\u10d0-\u10ff\u1200-\u137f"  # Georgian, Ethiopic
    r"\u064b-\u065f"  # Arabic vowel marks
)
_CJK = r"\u4e00-\u9fff\u3400-\u4dbf\u3005\u3040-\u309f\u30a0-\u30ff\uac00-\ud7af"
"""Han (with the iteration mark 々: 佐々木), kana and Hangul."""
_RUN = (
    r"(?:[" + _SPACED + r"]{2,20}(?:[ \t][" + _SPACED + r"]{2,20}){0,3}(?![" + _SPACED + r"])"
    r"|[" + _CJK + r"]{2,4}(?![" + _CJK + r"])"
    r"|[" + _CJK + r"]{1,3}[ \u3000][" + _CJK + r"]{1,3}(?![" + _CJK + r"]))"
)
_PROSE_CUE = r"(?i:\b(?:name|contact(?: person)?)\b[^\n.;:!?]{0,40}?\b(?:is|was)|\bnamed|\bcalled)"
_NAME_KEYS = (
    r"(?i:(?:full|first|last|given|family|middle|display|legal|real|customer|contact|client|patient|employee"
    r"|owner|recipient|sender|holder|person|author|native|local)[_ -]?name|fullname|surname|nombre|nome)"
)
_NATIVE_LABELS = (
    r"(?:\u59d3\u540d|\u540d\u5b57|\u6c0f\u540d|\u540d\u524d|\u8054\u7cfb\u4eba|\u5ba2\u6237|\uc774\ub984|\uc131\uba85"
    r"|\u0627\u0644\u0627\u0633\u0645|\u0627\u0633\u0645|\u05e9\u05dd|\u0928\u093e\u092e"
    r"|\u6536\u4ef6\u4eba|\u6536\u8d27\u4eba|\u53d1\u4ef6\u4eba|\u5bc4\u4ef6\u4eba|\u5b9b\u540d|\u304a\u540d\u524d"
    r"|\u62c5\u5f53\u8005|\u5dee\u51fa\u4eba|\ubc1b\ub294[ ]?\uc0ac\ub78c|\ubcf4\ub0b4\ub294[ ]?\uc0ac\ub78c"
    r"|\uc218\ub839\uc778|\uc218\ucde8\uc778|\ub2f4\ub2f9\uc790"
    r"|\u0627\u0644\u0645\u0633\u062a\u0644\u0645|\u0627\u0644\u0645\u0631\u0633\u0644|\u05e0\u05de\u05e2\u05df"
    r"|\u092a\u094d\u0930\u093e\u092a\u094d\u0924\u0915\u0930\u094d\u0924\u093e)"
)
"""姓名 名字 氏名 名前 联系人 客户 이름 성명 الاسم اسم שם नाम; recipients and senders: 收件人 收货人 发件人 寄件人
宛名 お名前 担当者 差出人 받는 사람 보내는 사람 수령인 수취인 담당자 المستلم المرسل נמען प्राप्तकर्ता."""
_PERSON_LABELS = (
    r"(?:(?:[\uac00-\ud7af]+[ ])?[\uac00-\ud7af]*(?:(?<![\uc22b\ubb38\uae00\uc758\ubaa8\uacfc\uc774])\uc790"
    r"|\ubd84|\ub2d8|[\uac1d\uc790\uc8fc\uc131\uc2e4]\uba85|[\ub839\ucde8\uccad\ub8b0\uc1a1\ubb38\uc99d\ub9ac]\uc778)"
    r"|[\u4e00-\u9fff\u3040-\u30ff]{1,6}[\u4eba\u8005\u69d8]"
    r"|[\u0e00-\u0e7f]*\u0e0a\u0e37\u0e48\u0e2d[\u0e00-\u0e7f-]*|\u0e1c\u0e39\u0e49[\u0e00-\u0e7f]+"
    r"|(?:\u05d0\u05d9\u05e9|\u05d0\u05e9\u05ea)[ ][\u05d0-\u05ea]+|\u05e9\u05dd(?:[ ][\u05d0-\u05ea]+)?"
    r"|\u05dc\u05e7\u05d5\u05d7\u05d4?|\u05e9\u05d5\u05dc\u05d7"
    r"|(?:\u0627\u0644)?\u0627\u0633\u0645(?:[ ][\u0621-\u064a]+)?"
    r"|\u062c\u0647\u0629 \u0627\u0644\u0627\u062a\u0635\u0627\u0644"
    r"|\u0627\u0644\u0639\u0645\u064a\u0644)"
)
"""Native labels that name a person by their form, not by a list: Korean labels ending in a
person noun (받는 분, 고객님, 신청자, 주문자명, 수령인; not 숫자/문자 "number/text"), Chinese and
Japanese ones ending in 人/者/様 (联系人, 申请人, 担当者), Thai ones holding ชื่อ "name" or
starting with ผู้ "the one who" (ชื่อลูกค้า, ผู้รับ), Hebrew איש/אשת "person of" (איש קשר),
שם "name" and לקוח/שולח, Arabic اسم "name" (اسم العميل), جهة الاتصال and العميل."""
_CUES_BEFORE = re.compile(
    r"(?:" + _PROSE_CUE + r"[ \t]+|[\"'`]?\b" + _NAME_KEYS + r"[\"'`]?[ \t]*(?:=|:|=>)[ \t]*"
    r"|(?:" + _NATIVE_LABELS + r"|" + _PERSON_LABELS + r")[ \t]*[:\uff1a=][ \t]*)[\"'\u201c]?$"
)
"""A name cue, key or native label that ends right where a run starts."""
_ROLE_LABEL_BEFORE = re.compile(r"(?:" + _PERSON_LABELS + r")[ \t]*[:\uff1a=][ \t]*[\"'\u201c]?$")
_NAME_CUE_BEFORE = re.compile(
    r"(?:" + _PROSE_CUE + r"[ \t]+|[\"'`]?\b" + _NAME_KEYS + r"[\"'`]?[ \t]*(?:=|:|=>)[ \t]*"
    r"|" + _NATIVE_LABELS + r"[ \t]*[:\uff1a=][ \t]*)[\"'\u201c]?$"
)
"""`_CUES_BEFORE` less the person labels (`_PERSON_LABELS`: ``العميل:``, ``고객님:``), which also
head a speaker's message: after one of those alone, a run of three or more words must hold a
known name (``العميل: الطلب وصل ناقص قطعة``, "customer: the order came a piece short")."""
_ROLE_CUE = re.compile(
    r"(?:^|(?<=[\s\"'(\uff08\u3001\uff0c,;\u3010\uff3b\[]))"
    r"(?:\u62c5\u5f53(?:\u533b)?|\u4e3b\u6cbb\u533b|\u8b1b\u5e2b|\u53f8\u4f1a|\u4e0a\u9577|\u9023\u7d61\u5148"
    r"|\u4f5c\u6210|\u8a18\u9332|\u78ba\u8a8d|\u627f\u8a8d|\u5e79\u4e8b"
    r"|\u7ecf\u529e|\u7d93\u8fa6|\u5bf9\u63a5|\u5c0d\u63a5|\u4e3b\u6cbb\u533b\u751f|\u533b\u751f|\u91ab\u751f"
    r"|\u8001\u5e08|\u8001\u5e2b|\u8bb2\u5e08|\u4e3b\u6301|\u8054\u7cfb|\u806f\u7d61|\u4e3b\u7ba1|\u503c\u73ed"
    r"|\u73ed\u4e3b\u4efb|\ub2f4\ub2f9|\ub2f4\uc784|\uac15\uc0ac|\uc8fc\uce58\uc758|\uc791\uc131|\uc5f0\ub77d\ucc98"
    r"|\ub2f9\uc9c1)"
    r"[ \t]*[:\uff1a][ \t]*$"
)
"""Role labels of Japanese, Chinese and Korean forms that name no "name" but hold one: 担当 担当医
主治医 講師 司会 上長 連絡先 作成 記録 確認 承認 幹事; 经办/經辦 对接/對接 主治医生 医生/醫生 老师/老師
讲师 主持 联系/聯絡 主管 值班 班主任; 담당 담임 강사 주치의 작성 연락처 당직. Unlike a name label
(`_NATIVE_LABELS`) the value may be a team or a number, so the run after one must read as a name
by itself (`name_spans.cjk_name`: a known family name first, or family and given name apart)."""
_RUNS = re.compile(r"[" + _SPACED + _CJK + r"]+(?:[ \t][" + _SPACED + _CJK + r"]+)*")
"""Maximal runs of uncased-script words; each must then be a `_RUN` as a whole."""
_RUN_RE = re.compile(_RUN)
_SPEAKER_BEFORE = re.compile(r"(?:^|\n)[ \t]*\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+$")
"""A chat timestamp right before a run: ``[09:41] 佐藤 美咲: ...``."""
_HONORIFIC = re.compile(
    r"[ \t\u3000]?(?:\u69d8|\u3055\u307e|\u3055\u3093|\u6bbf|\u5148\u751f|\ub2d8|\uc528|\u5973\u58eb)$"
)
"""様 さま さん 殿 先生 님 씨 女士, ending a run."""
_AFTER = re.compile(
    r"[ \t]*(?:[(\uff08](?P<latin>[A-Z][a-z'\u00e0-\u00ff-]+(?:[ -][A-Z][a-z'\u00e0-\u00ff-]+){1,3})[)\uff09]"
    r"(?:[ \t]*<[^<>@\s]+@)?"
    r"|<[^<>@\s]+@)"
)
"""A Latin transliteration in parentheses or a mailbox right after a run."""
_KANA_READING = re.compile(
    r"[ \t]*[(\uff08](?P<kana>[\u30a1-\u30fa\u30fc]{2,8}(?:[ \u3000\u30fb][\u30a1-\u30fa\u30fc]{1,8})?)[)\uff09]"
)
"""The katakana reading of a name just found, in parentheses: ``佐藤 健太 (サトウ ケンタ)``, also with
full-width parentheses."""
_NOT_PERSON_LATIN = words("""
    university college school institute company corporation group bank hospital clinic city province
    district county street road avenue station airport temple park river mountain lake street ltd
    inc co limited holdings technology technologies restaurant hotel museum library market ministry
    office republic kingdom state prefecture tower center centre building international national
""")
_SPEAKER_AFTER = re.compile(r"[ \t]*[:\uff1a]")
_CYRILLIC_LABEL = re.compile(
    r"(?m)(?:^|[\s\"'])(?i:\u043f\u043e\u043b\u0443\u0447\u0430\u0442\u0435\u043b\u044c"
    r"|\u043e\u0442\u043f\u0440\u0430\u0432\u0438\u0442\u0435\u043b\u044c"
    r"|\u0444\u0438\u043e|\u0438\u043c\u044f|\u043a\u043b\u0438\u0435\u043d\u0442|\u0437\u0430\u043a\u0430\u0437\u0447\u0438\u043a"
    r"|\u043a\u043e\u043d\u0442\u0430\u043a\u0442\u043d\u043e\u0435 \u043b\u0438\u0446\u043e"
    r"|\u0430\u0434\u0440\u0435\u0441\u0430\u0442)[ \t]*[:\uff1a][ \t]*"
    r"(?P<name>[\u0410-\u042f\u0401][\u0430-\u044f\u0451]+(?:-[\u0410-\u042f\u0401][\u0430-\u044f\u0451]+)?"
    r"(?:[ ][\u0410-\u042f\u0401][\u0430-\u044f\u0451]+(?:-[\u0410-\u042f\u0401][\u0430-\u044f\u0451]+)?){1,2})"
    r"(?![\w])"
)
"""Получатель / Отправитель / ФИО / Имя / Клиент / Заказчик / Контактное лицо / Адресат: Name Surname."""
_LONE_CJK_PAIR = re.compile(r"[\u4e00-\u9fff\u3005\uac00-\ud7af]{1,3}[ \u3000][\u4e00-\u9fff\u3005\uac00-\ud7af]{1,3}")


def _cued_after(text: str, end: int) -> bool:
    m = _AFTER.match(text, end, end + 80)
    if m is None:
        return False
    latin = m.group("latin")
    return latin is None or not any(w.lower() in _NOT_PERSON_LATIN for w in re.split(r"[ -]", latin))


_NOT_A_PERSON_END = re.compile(
    r"(?:[\u5e02\u53bf\u7e23\u533a\u5340\u7701\u5dde\u9547\u93ae\u6751\u753a\u90e1\u90fd\u9053\u5e9c"
    r"\uc2dc\uad70\uc74d\uba74"
    r"\u90e8\u8ab2\u8bfe\u7ec4\u7d44\u56e2\u5718\u961f\u968a\u5ba4\u79d1\u5904\u8655\u5c40\u9662\u6240\u5e97\u793e"
    r"\u4e8b\u6821\u5382\u5ee0\u9928\u9986"
    r"\ud300\ubd80\uacfc\uc2e4]|\u516c\u53f8|\u6709\u9650|\u9280\u884c|\u94f6\u884c|\uc13c\ud130)$"
)
"""The last character of a place or a unit, not of a name: 市 县/縣 区/區 省 州 镇/鎮 村 町 郡 都 道 府,
시 군 읍 면; 部 課/课 组/組 团/團 队/隊 室 科 处/處 局 院 所 店 社 事 (商事) 校 厂/廠 館/馆, 팀 부 과 실;
公司 有限 銀行/银行 센터. Not 구 도 동 (Korean districts, provinces, neighbourhoods): Korean given
names end in them too (성구, 영도, 재동)."""


def _label_cued(text: str, start: int, end: int) -> bool:
    """A name cue, key or label ends right before the run ``text[start:end]`` (`_CUES_BEFORE`);
    after a person label alone (`_ROLE_LABEL_BEFORE`) a run of three or more words holds a known
    name."""
    window = max(0, start - 80)
    if _CUES_BEFORE.search(text, window, start) is None:
        return False
    if _NAME_CUE_BEFORE.search(text, window, start) is not None:
        return True
    if _ROLE_LABEL_BEFORE.search(text, window, start) is None:
        return True
    run = text[start:end].split()
    return len(run) < 3 or any(w in UNCASED_GIVEN_NAMES or w in _FAMILY_NAMES for w in run)


def _role_labelled(text: str, start: int, end: int) -> bool:
    """The CJK run ``text[start:end]`` follows a role label (`_ROLE_CUE`) and is a name as a whole."""
    if _ROLE_CUE.search(text, max(0, start - 12), start) is None:
        return False
    found = cjk_name(text, start)
    if found is None or found != (start, end):
        return False
    run = text[start:end]
    if " " in run or "\u3000" in run:
        return True  # family and given name written apart (林 美都): the shape of a name, not a place
    return run not in CJK_PLACES and _NOT_A_PERSON_END.search(run) is None


def _lone_edge_line(text: str, start: int, end: int) -> bool:
    """The run is a spaced CJK name alone on the last non-empty line of a longer text (a signature)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:start].strip() or text[end:line_end].strip():
        return False
    if _LONE_CJK_PAIR.fullmatch(text[start:end]) is None:
        return False
    return bool(text[:line_start].strip()) and not text[line_end:].strip()


_GREETINGS = words("\u05e9\u05dc\u05d5\u05dd \u0633\u0644\u0627\u0645")
"""שלום سلام: greetings that are given names too; first in a run of three or more words they
greet the name after them (``שלום נועה בן-דוד``), they are not its first word."""
_JOINERS = words(
    "\u0628\u0646 \u0627\u0628\u0646 \u0628\u0646\u062a \u0623\u0628\u0648 \u0622\u0644 \u05d1\u05df \u05d1\u05ea"
)
"""بن ابن بنت أبو آل בן בת: a family name goes on after them."""


def _given_name_in(text: str, start: int, end: int) -> Iterator[Finding]:
    """A known given name (`given_names.UNCASED_GIVEN_NAMES`) and the word after it, inside a run
    with no other cue: ``أنا ليلى الحسيني`` -> ``ليلى الحسيني``; not when, inside a sentence (a
    word of the run before it), the word after it is a function word of the language other than a
    name joiner (`function_words_data.UNCASED_FUNCTION_WORDS`: ``आपका स्वागत है``, "you are
    welcome", where स्वागत is a given name too; ``زياد آل سعود`` and a signature ``מרדכי עלי``
    stay names)."""
    parts = [(m.start(), m.end()) for m in re.finditer(r"\S+", text[start:end])]
    for i, (a, b) in enumerate(parts[:-1]):
        word = text[start + a : start + b]
        if word not in UNCASED_GIVEN_NAMES or (i == 0 and word in _GREETINGS and len(parts) > 2):
            continue  # "שלום נועה בן-דוד": Shalom greets before it names
        last = i + 1
        after = text[start + parts[last][0] : start + parts[last][1]]
        if i > 0 and after in UNCASED_FUNCTION_WORDS and after not in _JOINERS:
            continue  # "आपका स्वागत है" ("you are welcome"): mid-sentence, a given name that is also a word
        if last + 1 < len(parts) and (
            text[start + parts[last][0] : start + parts[last][1]] in _JOINERS
            or text.startswith("\u0627\u0644", start + parts[last + 1][0])
        ):
            last += 1  # محمد بن سلمان, ليلى عبد الحسيني
        elif last + 1 < len(parts) and text[start + parts[last + 1][0] : start + parts[last + 1][1]] in _FAMILY_NAMES:
            last += 1  # a middle name, then the family name: सुनीता देवी यादव
        yield ("PERSON", start + a, _hyphen_tail(text, start + parts[last][1]), 0.75)
        return


_FAMILY_SCRIPTS = words("arabic hebrew devanagari bengali gujarati oriya sinhala tamil thai georgian")
_FAMILY_NAMES = (
    frozenset(n for script in _FAMILY_SCRIPTS for n in FAMILY.get(script, "").split()) - UNCASED_FUNCTION_WORDS
)
"""Family names of the spaced uncased scripts (`names_data.FAMILY`, from Faker's person locales),
less the function words: a third word of a name after a given and a middle name."""
_HYPHEN_TAIL = re.compile(r"-[" + _SPACED + r"]{2,20}(?![" + _SPACED + r"-])")
"""The rest of a hyphenated family name (``רחל בן-עמי``, ``نينو ბერიძე-ქავთარაძე``)."""


def _hyphen_tail(text: str, end: int) -> int:
    m = _HYPHEN_TAIL.match(text, end)
    return end if m is None else m.end()


def _given_names_in_sentence(text: str, start: int, end: int) -> Iterator[Finding]:
    """Known given names (`given_names.UNCASED_GIVEN_NAMES`) inside a run too long to be a name as
    a whole (a sentence of Thai, Arabic, Hebrew, Hindi prose), each with the word after it (and one
    more after a joiner: ``محمد بن سلمان``): ``ผู้ใช้ทดสอบของเราคือ สมศักดิ์ ทองดี อีเมล`` ->
    ``สมศักดิ์ ทองดี``. Stricter than `_given_name_in`: not the sentence's first word (a greeting may
    be a name: ``שלום``), not before a function word, and no reach beyond a known family name
    (`_FAMILY_NAMES`) after a middle name."""
    parts = [(start + m.start(), start + m.end()) for m in re.finditer(r"\S+", text[start:end])]
    i = 1
    while i < len(parts) - 1:
        a, b = parts[i]
        after = text[parts[i + 1][0] : parts[i + 1][1]]
        if text[a:b] not in UNCASED_GIVEN_NAMES or (after in UNCASED_FUNCTION_WORDS and after not in _JOINERS):
            i += 1
            continue
        last = i + 2 if after in _JOINERS and i + 2 < len(parts) else i + 1
        if last == i + 1 and last + 1 < len(parts) and text[parts[last + 1][0] : parts[last + 1][1]] in _FAMILY_NAMES:
            last += 1  # given, middle and family name: मरीज सुनीता देवी यादव को ...
        yield ("PERSON", a, _hyphen_tail(text, parts[last][1]), 0.75)
        i = last + 1


class ScriptNameDetector(ViewDetector):
    """Names in uncased scripts after a name cue, key or native label (``pii.script_name``)."""

    name = "pii.script_name"
    entities: tuple[str, ...] = ("PERSON",)

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        text = info.text
        if text.isascii():
            return
        for m in _RUNS.finditer(text):
            start, end = m.start(), m.end()
            honorific = _HONORIFIC.search(text, start, end)
            if honorific is not None and honorific.start() > start:
                end = honorific.start()
            if _RUN_RE.fullmatch(text, start, end) is None:
                if end - start > 40:  # a sentence of an uncased script: its known given names
                    yield from _given_names_in_sentence(text, start, end)
                continue
            if (
                honorific is not None
                or _label_cued(text, start, end)
                or (
                    _SPEAKER_BEFORE.search(text, max(0, start - 20), start) is not None
                    and _SPEAKER_AFTER.match(text, end) is not None
                )
                or _cued_after(text, end)
                or _lone_edge_line(text, start, end)
                or _role_labelled(text, start, end)
            ):
                yield ("PERSON", start, end, 0.8)
                latin = _AFTER.match(text, end, end + 80)
                if latin is not None and latin.group("latin") is not None and _cued_after(text, end):
                    yield (
                        "PERSON",
                        latin.start("latin"),
                        latin.end("latin"),
                        0.8,
                    )  # a Latin transliteration after a native name
                reading = _KANA_READING.match(text, end)
                if reading is not None:
                    yield ("PERSON", reading.start("kana"), reading.end("kana"), 0.75)  # its katakana reading
            else:
                yield from _given_name_in(text, start, end)
        for m in _CYRILLIC_LABEL.finditer(text):
            yield ("PERSON", m.start("name"), m.end("name"), 0.8)
