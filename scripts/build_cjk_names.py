#!/usr/bin/env python3
"""Build `redactor/detect/pii/cjk_names_data.py`: the shape of Chinese and Korean personal names.

Chinese and Korean names are not a closed list but they have a closed shape: a family name from
a short list (a few hundred Han surnames cover nearly everyone, ~45 Hangul surnames nearly every
Korean) and one or two given-name characters from a characteristic set. `pii.cjk_name` reads
that shape (with a context: a chat speaker, a contact list item, a phone number after it...).

Sources, both broad and reviewable:

- Faker's person providers zh_CN (surnames with census weights; given names), zh_TW (surnames
  and given names, traditional characters) and ko_KR (surnames and given names), split into
  characters / syllables. Faker is a dev dependency only; the product imports the generated
  module.
- `_HAN_GIVEN_EXTRA` / `_HANGUL_GIVEN_EXTRA` below: the common given-name characters and
  syllables of the published frequency lists that Faker's short lists lack, written by hand
  (simplified and traditional forms), not taken from any evaluation text.

Left out: Han surnames whose census weight is below `MIN_WEIGHT` in zh_CN and that zh_TW does not
list (the long tail is full of characters that are common words: 于 但 由 和 来 都 ...), and
`_NOT_GIVEN`, characters that Faker's given names hold but that end common two-character words.

Usage::

    python scripts/build_cjk_names.py          # rewrite the module
    python scripts/build_cjk_names.py --check  # exit 1 if the committed module is stale
"""

from __future__ import annotations

import argparse
import importlib
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "redactor" / "detect" / "pii" / "cjk_names_data.py"
sys.path.insert(0, str(ROOT))

from _generated import check  # noqa: E402  # scripts/_generated.py (this folder is on sys.path)

MIN_WEIGHT = 0.02
"""zh_CN surnames with a lower census weight (per cent) are left out unless zh_TW lists them."""

_HAN_GIVEN_EXTRA = """
    晓 小 志 春 金 雪 梅 子 轩 涵 怡 梓 睿 博 俊 鹏 嘉 思 雨 晨 昊 毅 鸿 宏 新 云 峰 振 翔 泽 晗 奕
    铭 宸 熙 航 恒 辰 哲 钰 瑶 琦 珊 琼 芬 娇 媛 婉 蓉 芝 蕾 薇 婧 悦 彤 妍 雯 诗 梦 晴 菲 雅 美 珍
    凤 翠 秋 冬 生 福 贵 发 宝 光 伦 卫 永 德 海 力 国 庆 立 益 树 山 水 川 安 忠 信 义 仁 礼 智
    晓 欣 馨 蕊 璇 琪 琳 瑾 萱 茜 芸 芮 岚 霖 露 曦 嫣 婕 萌 桐 楠 乐 星 月 若 一 天 元 兴 和 长 友
    群 坚 良 胜 学 进 达 荣 明 维 庭 淑 惠 玲 秀 丽 艳 敏 静 娟 霞 燕 萍 红 兰 英 莉 婷 晶 颖 慧 倩
    琴 洁 莹 琳 欢 凯 俊 帆 宇 浩 佳 阳 伟 强 磊 洋 勇 军 杰 涛 超 刚 平 辉 华 飞 鑫 波 斌 健 旭 宁
    龙 林 亮 成 建 东 瑞 兵 雷 博 彬 坤 岩 文 利 楠 芳 娜
    曉 誌 軒 睿 鴻 銘 熙 航 哲 鈺 瑤 琦 嬌 詩 夢 雅 鳳 翠 貴 發 寶 偉 強 軍 傑 濤 剛 輝 華 飛 鵬 寧 龍
    歡 陽 亮 東 瑞 兵 雲 潔 瑩 倩 琴 麗 艷 敏 靜 娟 霞 燕 萍 紅 蘭 英 莉 婷 晶 穎 慧 國 慶 義 禮 樂 興
    長 勝 學 進 達 榮 維 淑 惠 玲 秀 嘉 思 雨 晨 昊 毅 宏 振 翔 澤 晗 奕 宸 恆 辰 欣 馨 蕊 璇 琪 琳 萱
"""
"""Common Chinese given-name characters (simplified, then traditional) beyond Faker's lists."""

_HANGUL_GIVEN_EXTRA = """
    늘 율 린 솔 결 온 슬 찬 태 규 범 혁 환 용 기 란 향 화 애
"""
"""Common Korean given-name syllables beyond Faker's list (of the published top-name lists)."""

_HAN_DOUBLE_EXTRA = "司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 令狐 夏侯 司徒 端木 司馬 諸葛 東方 尉遲 公孫 夏侯"
"""Common two-character Chinese surnames (simplified and traditional) that Faker lacks."""

_HANGUL_DOUBLE_SURNAMES = "남궁 제갈 선우 황보 독고 사공 서문"
"""Two-syllable Korean surnames."""

_HANGUL_SURNAME_EXTRA = """
    전 홍 고 문 양 손 배 백 허 유 남 심 노 하 곽 성 차 주 우 구 나 민 진 지 엄 채 원 천 방 공 현 함
    변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용
"""
"""Korean surnames of the census top 100 beyond Faker's 44 (Hangul spelling)."""

_NOT_GIVEN = "和 利 文 一 天 元 立 和 长 子 小 生 发 进 达 学 长 國 发 學 長 達 進 發 的 有 成"
"""Characters left out of the Han given set: they also end or begin common words (和 利 文 一 天
元 立 长 子 小 生 发 进 达 学 成...), which a name shape must not accept."""

_NOT_GIVEN_HANGUL = "이 가 도 다 나 리 의 한 해 인 시 소 라 자 식 일 기 용 화 형"
"""Syllables left out of the Hangul given set: particles and word endings (이 가 도 다 나 의
한 해 인 시 소 라 자 식 일 기 용 화 형) that follow a surname syllable in common words (이다,
정규식, 지우기, 함수용, 정규화)."""


_NOT_NAMES = """
    이미지 설명서 소유주 도우미 이슬람 조지아 구성원 원주민 기준선 반지름 정지후
    康柏 韓語 韩语 吳語 吴语 安靜 安静 高雄 花蓮 花莲 文章 華碩 华硕 柏林 白金 黄金 黃金 韩国 韓國 苏丹 蘇丹
    米兰 米蘭 王国 王國 米国 米國 韓国 石川 高明 江南 方法 方便 金华 金華 林业 林業 万安 安全 安宁 安寧
    商品 全国 全國
"""
"""Common words of a name's shape: countries, languages, places, brands and words found by
scanning real Chinese, Japanese and Korean text (the machine's gettext catalogues) with the shape;
商品 and 全国 ("goods", "nationwide") were found after call verbs in Faker's zh_CN/zh_TW text
(session 11, `pii.cjk_name`'s call-verb rule)."""


def _chars(words: object) -> set[str]:
    return {c for w in words for c in str(w)}  # type: ignore[attr-defined]


def build() -> str:
    """The module text."""
    zh_cn = importlib.import_module("faker.providers.person.zh_CN").Provider
    zh_tw = importlib.import_module("faker.providers.person.zh_TW").Provider
    ko_kr = importlib.import_module("faker.providers.person.ko_KR").Provider
    han_surnames = {s for s, w in dict(zh_cn.last_names).items() if w >= MIN_WEIGHT} | set(zh_tw.last_names)
    single = sorted(s for s in han_surnames if len(s) == 1)
    double = sorted({s for s in han_surnames if len(s) == 2} | set(_HAN_DOUBLE_EXTRA.split()))
    not_given = set(_NOT_GIVEN.split())
    given = (_chars(zh_cn.first_names) | _chars(zh_tw.first_names) | set(_HAN_GIVEN_EXTRA.split())) - not_given
    given = {c for c in given if "\u4e00" <= c <= "\u9fff"}
    ko_surnames = set(ko_kr.last_names) | set(_HANGUL_SURNAME_EXTRA.split())
    ko_given = (_chars(ko_kr.first_names) | set(_HANGUL_GIVEN_EXTRA.split())) - set(_NOT_GIVEN_HANGUL.split())

    def block(name: str, items: list[str], doc: str) -> str:
        body = textwrap.fill(" ".join(items), 64, initial_indent="    ", subsequent_indent="    ")
        return f'{name}: frozenset[str] = words("""\n{body}\n""")\n"""{doc}"""\n'

    header = (
        '"""Shapes of Chinese and Korean personal names: surnames and given-name characters.\n\n'
        "Generated by ``scripts/build_cjk_names.py`` from Faker's zh_CN, zh_TW and ko_KR person lists\n"
        'and hand-written frequency-list supplements; do not edit by hand (run the script)."""\n'
    )
    imports = "from __future__ import annotations\n\nfrom redactor.detect.pii._vocab import words\n"
    blocks = [
        block("HAN_SURNAMES", single, "Single-character Chinese family names (simplified and traditional)."),
        block("HAN_DOUBLE_SURNAMES", double, "Two-character Chinese family names (欧阳, 張簡...)."),
        block("HAN_GIVEN", sorted(given), "Characters common in Chinese given names."),
        block("NOT_NAMES", sorted(set(_NOT_NAMES.split())), "Common words of a name's shape (never a name here)."),
        block("HANGUL_SURNAMES", sorted(ko_surnames), "Korean family names (one syllable)."),
        block("HANGUL_DOUBLE_SURNAMES", sorted(_HANGUL_DOUBLE_SURNAMES.split()), "Two-syllable Korean family names."),
        block("HANGUL_GIVEN", sorted(ko_given), "Syllables common in Korean given names."),
    ]
    return header + "\n" + imports + "\n" + "\n\n".join(blocks)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="exit 1 if the committed module is stale")
    args = ap.parse_args()
    text = build()
    if args.check:
        return check(OUT, text, "scripts/build_cjk_names.py")
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
