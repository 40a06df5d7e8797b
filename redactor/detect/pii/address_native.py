"""Addresses written in native scripts (``pii.address_native``).

`pii.address` reads Latin-script addresses (house numbers, street types, postcodes). Addresses
in other scripts follow other orders and other markers, so they get their
own shapes here, each anchored on the script's own address words:

- Japanese: the postal mark and code (``〒150-0043 東京都渋谷区道玄坂1-12-1 22階``, to the end of
  the line), or a prefecture followed by a city/ward and block numbers (``大阪府大阪市北区梅田3-1-1``);
- Chinese: a province or city, a district or county and a road with a house number
  (``上海市浦东新区世纪大道100号25楼``);
- Korean road-name addresses: a province or metropolitan city, a district and a road with its
  building number (``서울특별시 마포구 월드컵북로 396, 1203호``);
- Thai: a house number, then lane/road/subdistrict/district/province parts and a postcode
  (``99/12 ซอยสุขุมวิท 31 แขวงคลองเตยเหนือ เขตวัฒนา กรุงเทพฯ 10110``);
- Russian: a street word and a house number (``ул. Тверская, д. 7, кв. 12, Москва, 125009``),
  with an optional postcode/city before and unit, city and postcode after.

- Arabic and Hebrew: a street word, the street's name and the building number, then the
  district/city parts (``شارع الملك فهد 123، الرياض 12211``, ``רחוב הרצל 15, תל אביב``).

Text without non-ASCII characters is skipped before any pattern runs.
"""

# ruff: noqa: RUF001  -- Cyrillic and CJK address words in docstrings are the point here.
from __future__ import annotations

import re
from collections.abc import Iterator

from redactor.detect.pii._base import Finding, TextInfo, ViewDetector

_KANJI = r"\u4e00-\u9fff\u3005"
_KANA = r"\u3040-\u309f\u30a0-\u30ff"
_FW_DIGIT = r"0-9\uff10-\uff19"
_DASH = r"\-\uff0d\u2010-\u2015\u30fc"

_JP_POSTAL = re.compile(r"\u3012[ \u3000]?\d{3}[" + _DASH + r"]\d{4}[ \u3000]?[^\n]{2,80}?(?=[ \u3000\t]*(?:\n|$))")
"""``〒150-0043 ...`` to the end of the line."""
_JP_PREF = re.compile(
    r"(?:\u6771\u4eac\u90fd|\u5317\u6d77\u9053|(?:\u5927\u962a|\u4eac\u90fd)\u5e9c|[" + _KANJI + r"]{2,3}\u770c)"
    r"[" + _KANJI + _KANA + r"]{1,12}?[\u5e02\u533a\u753a\u6751\u90e1]"
    r"[" + _KANJI + _KANA + _FW_DIGIT + _DASH + r"\u4e01\u76ee\u756a\u5730\u53f7]{1,30}[" + _FW_DIGIT + r"]"
    r"(?:["
    + _FW_DIGIT
    + _DASH
    + r"\u4e01\u76ee\u756a\u5730\u53f7]*)(?:[ \u3000]?["
    + _FW_DIGIT
    + r"]{1,3}[\u968e\u53f7\u5ba4F])?"
    r"(?:[ \u3000][" + _KANJI + _KANA + r"A-Za-z\uff21-\uff3a]{1,20}[ \u3000]?[" + _FW_DIGIT + r"]{1,4}"
    r"(?:\u968e|F|\u53f7\u5ba4)?(?![" + _FW_DIGIT + r"]))?"
)
"""東京都 / 北海道 / 大阪府 / 京都府 / ○○県, a city/ward/town, block numbers, an optional floor/room,
an optional building name and room number or floor after a space (``... 1番7号 シャルム千束208``,
``... 丸の内2-7-3 東京ビル 18階``)."""
_JP_NUMERAL = _FW_DIGIT + "\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341"
_JP_CHOME = re.compile(
    r"(?:[" + _KANJI + _KANA + r"]{1,5}\u90e1)?"
    r"(?:[" + _KANJI + r"]{1,5}|[" + _KANA + r"]{3,5})[\u5e02\u533a\u753a\u6751](?!\u306e)"
    r"(?:[" + _KANJI + r"]{1,4}?\u533a)?"
    r"[" + _KANJI + _KANA + r"\uff21-\uff3a]{1,12}?"
    r"[" + _JP_NUMERAL + r"]{1,3}\u4e01\u76ee"
    r"(?:[" + _FW_DIGIT + r"]{1,4}(?:\u756a\u5730?|[" + _DASH + r"])?)?"
    r"(?:[" + _FW_DIGIT + r"]{1,4}\u53f7?)?"
    r"(?:[" + _DASH + r"][" + _FW_DIGIT + r"]{1,4})?"
)
"""Japanese without a prefecture: a city, ward, town or village (市 区 町 村, after an optional
district 郡), an optional ward, the town's name and its 丁目 (chome) block, then the block and
house numbers (``札幌市中央区北七条西14丁目3-8``, ``横浜市戸塚区上倉田町3丁目12番5号``). The chome
word names an address only in this order, after a municipality; a kana municipality has three kana
or more and no の follows it (``この町の3丁目``: "this town's")."""
_CN = re.compile(
    r"(?:[" + _KANJI + r"]{2,3}(?:\u7701|\u81ea\u6cbb\u533a))?[" + _KANJI + r"]{2,3}\u5e02"
    r"(?:[" + _KANJI + r"]{1,4}(?:\u533a|\u53bf|\u65b0\u533a|\u5340|\u7e23))"
    r"[" + _KANJI + r"0-9]{1,16}?(?:\u8def|\u8857|\u5927\u9053|\u9053|\u5df7|\u5f04|\u80e1\u540c)"
    r"[ ]?[0-9]{1,5}[ ]?[\u53f7\u865f]"
    r"(?:[ ]?[" + _KANJI + r"A-Za-z0-9 -]{0,12}?"
    r"(?:\u697c|\u5ba4|\u5c42|\u5355\u5143|\u680b|\u5ea7|\u5e62|\u6a13|\u5c64))*"
    r"(?:(?<=[\u680b\u5ea7\u5e62\u5143])[ ]?[0-9]{3,5}(?![0-9]))?"
)
"""○○省 ○○市 ○○区/县 ...路/街/大道 N号 (building, block, unit, floor, room: 栋/幢/座/单元/楼/层/室), spaces
around the numbers allowed (``科技南十二路 18 号 3 栋 1204``), traditional 區/縣/號/樓/層 too; a
bare room number may follow a building, block or unit (``3 栋 1204``)."""
_HANGUL = r"\uac00-\ud7af"
_KR = re.compile(
    r"[" + _HANGUL + r"]{1,6}(?:\ud2b9\ubcc4\uc2dc|\uad11\uc5ed\uc2dc|\ud2b9\ubcc4\uc790\uce58\uc2dc"
    r"|\ud2b9\ubcc4\uc790\uce58\ub3c4|\ub3c4)"
    r"[ ][" + _HANGUL + r"]{1,6}(?:\uad6c|\uad70|\uc2dc)(?:[ ][" + _HANGUL + r"]{1,6}(?:\uad6c|\uc74d|\uba74))?"
    r"[ ][" + _HANGUL + r"0-9]{1,12}(?:\ub85c|\uae38|\ub300\ub85c|\uac00|\uac70\ub9ac)"
    r"(?:[ ]?\d{1,4}\ubc88?\uae38)?[ ]\d{1,5}(?:-\d{1,5})?"
    r"(?:,?[ ](?:\d{1,4}\ub3d9[ ]?)?\d{1,5}\ud638)?(?:[ ]\([" + _HANGUL + r"0-9]{1,12}\))?"
    r"(?:,?[ ](?:[" + _HANGUL + r"A-Za-z0-9]{2,20}[ ]?)?\d{1,3}\uce35(?:[ ]?\d{1,5}\ud638)?)?"
)
"""○○특별시/광역시/도 ○○구/군/시 (○○구/읍/면) ○○로/길/가/거리 N(-N) (N동) (N호) ((○○동/마을)), then an
optional building and floor (``, 강남파이낸스센터 21층``, ``, 3층 301호``)."""
_HAN = re.compile(
    r"(?<![0-9])(?:\d{3,6}[ ]?)?[" + _KANJI + r"]{2,20}?(?:\u8def|\u8857|\u5df7|\u5927\u9053|\u5f04|\u80e1\u540c)"
    r"(?:[" + _KANJI + r"0-9]{1,4}\u6bb5)?(?:[ ]?\d{1,5}[ ]?[\u865f\u53f7]|[A-Za-z]\u5ea7)"
    r"(?:\u4e4b\d{1,3}|[ ]?\d{1,3}[ ]?[\u6a13\u697c\u5ba4\u5c64\u5c42F])*(?:[ ]\d{6}(?!\d))?"
)
"""Chinese (simplified and traditional): places, then a road/street/lane (路 街 巷 大道 弄 胡同), an
optional section (段), a number (號/号) or a block (A座), floors and rooms (樓/楼/室), a postcode
before or after (``84177 臺東市中華街507號9樓``, ``湖北省建县永川陈路J座 692752``)."""
_HAN_LEAD = re.compile(
    r"[" + _KANJI + r"]*?[\u70ba\u4e3a\u662f\u5728\u65bc\u5230\u5740]"
    r"(?=[" + _KANJI + r"]{2,3}[\u7701\u5e02\u7e23\u53bf])"
)
"""Words before the place an address starts with, up to a verb or label character (為 为 是 在 於 到 址)
followed by a province, city or county name: ``集合地點為`` (the meeting point is)."""
_CYR_UP = r"\u0410-\u042f\u0401"
_CYR_LOW = r"\u0430-\u044f\u0451"
_CYR_WORD = r"[" + _CYR_UP + r"0-9][" + _CYR_LOW + _CYR_UP + r"0-9-]*"
_RU_STREET = (
    r"(?:\u0443\u043b\.|\u0443\u043b\u0438\u0446\u0430|\u043f\u0440-\u0442|\u043f\u0440\u043e\u0441\u043f\.|\u043f\u0440\u043e\u0441\u043f\u0435\u043a\u0442"
    r"|\u043f\u0435\u0440\.|\u043f\u0435\u0440\u0435\u0443\u043b\u043e\u043a|\u0431-\u0440|\u0431\u0443\u043b\u044c\u0432\u0430\u0440|\u0448\.|\u0448\u043e\u0441\u0441\u0435"
    r"|\u043d\u0430\u0431\.|\u043d\u0430\u0431\u0435\u0440\u0435\u0436\u043d\u0430\u044f|\u043f\u043b\.|\u043f\u043b\u043e\u0449\u0430\u0434\u044c)"
)
"""ул. улица пр-т просп. проспект пер. переулок б-р бульвар ш. шоссе наб. набережная пл. площадь."""
_RU = re.compile(
    r"(?<![\w.])(?:\d{6},[ ]?)?(?:\u0433\.[ ]?"
    + _CYR_WORD
    + r",[ ]?)?"
    + r"(?:"
    + _RU_STREET
    + r"[ ]?"
    + _CYR_WORD
    + r"(?:[ ]"
    + _CYR_WORD
    + r"){0,2}|"
    + _CYR_WORD
    + r"(?:[ ]"
    + _CYR_WORD
    + r")?[ ]"
    + _RU_STREET
    + r")"
    r",?[ ]?(?:\u0434\.|\u0434\u043e\u043c)[ ]?\d{1,4}[" + _CYR_LOW + r"]?(?:/\d{1,4})?"
    r"(?:,?[ ]?(?:\u043a\u043e\u0440\u043f\.|\u043a\.|\u0441\u0442\u0440\.)[ ]?\d{1,4})?"
    r"(?:,?[ ]?(?:\u043a\u0432\.|\u043e\u0444\.|\u043e\u0444\u0438\u0441)[ ]?\d{1,5})?"
    r"(?:,[ ]?(?:\u0433\.[ ]?)?[" + _CYR_UP + r"][" + _CYR_LOW + r"-]+(?![" + _CYR_LOW + r"]|[ ]?\d{1,4}\b(?!\d)))?"
    r"(?:,[ ]?\d{6}(?!\d))?"
)
"""(123456, г. Город,) ул. Name / Name пр-т, д. 7(, корп. 2)(, кв. 12)(, Город)(, 125009)."""

_THAI = r"\u0e00-\u0e7f"
_TH = re.compile(
    r"(?<![\d/])(?:\u0e40\u0e25\u0e02\u0e17\u0e35\u0e48[ ]?)?\d{1,5}(?:/\d{1,4})?"
    r"(?:[ ][" + _THAI + r"]+\.?[" + _THAI + r"]*(?:[ ]?\d{1,4}(?:/\d{1,4})?(?!\d))?){1,10}(?:[ ]\d{5}(?!\d))?"
)
"""Thai: (เลขที่) a house number, then space-separated parts (an abbreviated word may run on
after its dot: ``ต.ทุ่งต่อ``) (หมู่ N, ซอย..., ถนน..., แขวง/ตำบล...,
เขต/อำเภอ..., the province), then an optional 5-digit postcode; kept only with address words
(`_TH_MARKS`)."""
_TH_MARKS = re.compile(
    "\u0e0b\u0e2d\u0e22|\u0e16\u0e19\u0e19|\u0e16\\.|\u0e41\u0e02\u0e27\u0e07|\u0e40\u0e02\u0e15"
    "|\u0e15\u0e33\u0e1a\u0e25|\u0e15\\.|\u0e2d\u0e33\u0e40\u0e20\u0e2d|\u0e2d\\.|\u0e08\u0e31\u0e07\u0e2b\u0e27\u0e31\u0e14"
    "|\u0e08\\.|\u0e2b\u0e21\u0e39\u0e48|\u0e01\u0e23\u0e38\u0e07\u0e40\u0e17\u0e1e"
)
"""ซอย (lane) ถนน/ถ. (road) แขวง/ตำบล/ต. (subdistrict) เขต/อำเภอ/อ. (district) จังหวัด/จ. (province)
หมู่ (village) กรุงเทพ (Bangkok)."""


def _thai_ok(value: str) -> bool:
    """Two address words, or one and a postcode: ``99/12 ซอยสุขุมวิท 31 แขวงคลองเตยเหนือ ... 10110``."""
    marks = len(_TH_MARKS.findall(value))
    return marks >= 2 or (marks == 1 and re.search(r"[ ]\d{5}$", value) is not None)


_AR_LETTERS = r"\u0621-\u064a\u0671-\u06d3"
_AR_WORD = r"[" + _AR_LETTERS + r"]+"
_AR = re.compile(
    r"(?:\u0634\u0627\u0631\u0639|\u0637\u0631\u064a\u0642|\u0634\.)[ ]" + _AR_WORD + r"(?:[ ]" + _AR_WORD + r"){0,3}?"
    r"[ ]\d{1,5}(?:[\u060c,][ ]?" + _AR_WORD + r"(?:[ ]" + _AR_WORD + r"){0,2}(?:[ ]\d{5}(?!\d))?){0,3}"
)
"""Arabic: شارع / طريق (street, road), its name, the building number, then ``، district, city
postcode`` parts (``شارع الملك فهد 123، الرياض 12211``)."""
_HE_WORD = r"[\u05d0-\u05ea]+"
_HE = re.compile(
    r"(?:\u05e8\u05d7\u05d5\u05d1|\u05e8\u05d7'|\u05e9\u05d3\u05e8\u05d5\u05ea|\u05e9\u05d3')[ ]"
    + _HE_WORD
    + r"(?:[ ]"
    + _HE_WORD
    + r"){0,2}?[ ]\d{1,4}(?![\d.])(?:,[ ]?"
    + _HE_WORD
    + r"(?:[ ]"
    + _HE_WORD
    + r")?)?"
)
"""Hebrew: רחוב / רח' / שדרות (street, boulevard), the name, the number and an optional city
(``רחוב הרצל 15, תל אביב``)."""

_RULES: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = (
    (re.compile("\u3012"), _JP_POSTAL),
    (re.compile("[\u90fd\u9053\u5e9c\u770c]"), _JP_PREF),
    (re.compile("\u4e01\u76ee"), _JP_CHOME),
    (re.compile("[\u53f7\u865f]"), _CN),
    (re.compile("[\u865f\u53f7\u5ea7]"), _HAN),
    (re.compile("[" + _HANGUL + "]"), _KR),
    (re.compile("[" + _CYR_UP + _CYR_LOW + "]"), _RU),
    (re.compile("[" + _THAI + "]"), _TH),
    (re.compile("\u0634\u0627\u0631\u0639|\u0637\u0631\u064a\u0642|\u0634\\."), _AR),
    (re.compile("\u05e8\u05d7|\u05e9\u05d3"), _HE),
)
"""(gate, rule): the gate, one character class, is searched first; the rule runs only if it hits."""


class NativeAddressDetector(ViewDetector):
    """Addresses in Japanese, Chinese, Korean, Russian, Thai, Arabic and Hebrew script (``pii.address_native``)."""

    name = "pii.address_native"
    entities: tuple[str, ...] = ("ADDRESS",)
    shares_results = True  # pii.contact_row reads them too

    def scan(self, info: TextInfo) -> Iterator[Finding]:
        text = info.text
        if text.isascii():
            return
        jp: list[tuple[int, int]] = []  # prefecture addresses: a chome match inside one adds nothing
        for gate, rx in _RULES:
            if gate.search(text) is None:
                continue
            for m in rx.finditer(text):
                value = m.group().rstrip(" \u3000,\u3001\u3002")
                start = m.start()
                if rx is _HAN or rx is _CN:
                    lead = _HAN_LEAD.match(value)
                    if lead is not None and len(value) - lead.end() >= 6:
                        value, start = value[lead.end() :], start + lead.end()  # 集合地點為台北市...: from the place
                if rx is _TH and not _thai_ok(value):
                    continue
                end = start + len(value)
                if rx is _JP_CHOME and any(a < end and start < b for a, b in jp):
                    continue
                if rx is _JP_PREF or rx is _JP_POSTAL:
                    jp.append((start, end))
                yield ("ADDRESS", start, end, 0.85)
