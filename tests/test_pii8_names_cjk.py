"""`pii.cjk_name`: Chinese and Korean names by shape in a person's place; generated matrices and near misses."""

# ruff: noqa: RUF001  -- Han and Hangul samples (and their full-width punctuation) are the point.
from __future__ import annotations

import itertools
import subprocess
import sys
from pathlib import Path

import pytest

from redactor.detect.pii.cjk_names import CjkNameDetector, is_cjk_name
from redactor.detect.pii.cjk_names_data import HAN_GIVEN, HAN_SURNAMES, HANGUL_GIVEN, HANGUL_SURNAMES


def found(text: str) -> list[str]:
    spans = CjkNameDetector().detect(text)
    assert all(s.entity == "PERSON" and s.detector == "pii.cjk_name" for s in spans)
    return sorted(text[s.start : s.end] for s in spans)


# Names built from the shape's parts, not from any evaluation text: common surnames x given names.
HAN_NAMES = ["王秀英", "李强", "张伟", "陈晓明", "刘芳", "黄志强", "欧阳娜娜", "林怡君", "吳俊傑", "周婷"]
HANGUL_NAMES = ["김민서", "이하늘", "박서준", "최지우", "정민준", "강서연", "윤지민", "남궁민수"]
NAMES = HAN_NAMES + HANGUL_NAMES

CONTEXTS = [
    # (template with {a} and {b}, names expected: "ab" both, "a" the first; why)
    ("{a}：服务器密码改好了，别发到群里\n{b}：收到，已经存好了", "ab", "two chat speaker lines, full-width colon"),
    ("{a}: 내일 회의 몇 시예요?\n{b}: 오후 2시요", "ab", "two chat speaker lines, ASCII colon"),
    ("[09:14] {a}: 到了吗\n[09:15] {b}: 快到了", "ab", "speakers after bracketed times"),
    ("{a}  09:21\n客户要求今天送货", "a", "a chat export's name over a time"),
    (
        "收货信息：\n1. {a}，138 1234 5678，上海市浦东新区\n2. {b}，+86 139 0123 4567，北京市",
        "ab",
        "numbered contact list",
    ),
    ("- {a}, 010-4821-7736, 서울\n- {b}, 010-2345-6789, 부산", "ab", "bulleted contact list"),
    ("备注：如联系不上请致电 {a} 021-5830 1122。", "a", "a name right before a phone number"),
    ("如有问题请联系{a}13812345678", "a", "after a call verb, glued to the phone"),
    ('{{"receiver": "{a}", "phone": "010-4821-7736"}}', "a", "a person-role key's value"),
    ("sender: {a}\nitems: 3", "a", "YAML sender key"),
    ("베타 테스트 신청서 확인했습니다.\n\n— QA팀 {a}", "a", "a dash signature with a team word"),
]


@pytest.mark.parametrize(("template", "which", "why"), CONTEXTS, ids=[c[2] for c in CONTEXTS])
@pytest.mark.parametrize("pair", list(itertools.pairwise(NAMES)), ids=lambda p: "-".join(p))
def test_names_in_contexts(template: str, which: str, why: str, pair: tuple[str, str]) -> None:
    a, b = pair
    expected = sorted(a if c == "a" else b for c in which)
    assert found(template.format(a=a, b=b)) == expected


def test_nickname_after_a_name() -> None:
    assert found("3. 陈晓明（小明），0755-8612 3456，广东省深圳市") == ["小明", "陈晓明"]


NEAR_MISSES = [
    ("金额：100元\n地址：上海市", "form labels are not name-shaped (金 + 额, 地 is no surname)"),
    ("方法：调用接口\n文件：config.yaml", "labels of a surname's shape but no given characters"),
    ("王秀英：收到", "a single speaker-shaped line is not a chat"),
    ("1. 王秀英，负责前端\n2. 李建国，负责后端", "a list without phone numbers or e-mails"),
    ("订单号 20261124-0088", "a phone-like number after non-name Han text"),
    ("服务器已经重启了 138 1234 5678", "a long Han run before a phone, no call verb"),
    ('{"name": "张伟"}', "a bare name key (labels, products)"),
    ('{"receiver": "上海市"}', "a place under a role key"),
    ("이미지: logo.png\n설명서: docs.pdf", "Korean words of a name's shape (common-word list)"),
    ("수량: 3\n가격: 5000원", "Korean form labels"),
    ("— 개발팀 공지사항", "a dash line ending in a non-name"),
]


@pytest.mark.parametrize(("text", "why"), NEAR_MISSES, ids=[r[1] for r in NEAR_MISSES])
def test_near_misses(text: str, why: str) -> None:
    assert found(text) == []


def test_line_start_name_before_phone_is_found() -> None:
    """Counterpart of the near misses: a name alone before a phone (after a line start) is a name."""
    assert found("王秀英 138 1234 5678") == ["王秀英"]


@pytest.mark.parametrize("name", NAMES)
def test_shape_accepts_generated_names(name: str) -> None:
    assert is_cjk_name(name)


@pytest.mark.parametrize(
    "word",
    [
        "设置",
        "服务器",
        "方法",
        "文件",
        "金额",
        "任务",
        "地址",
        "上海",
        "이메일",
        "서비스",
        "한국어",
        "이미지",
        "정규식",
    ],
)
def test_shape_rejects_words(word: str) -> None:
    assert not is_cjk_name(word)


def test_shape_data_is_broad() -> None:
    """The shape is built from broad lists (Faker zh_CN / zh_TW / ko_KR plus frequency lists)."""
    assert {"王", "李", "张", "刘", "陈", "陳", "張", "黃"} <= HAN_SURNAMES
    assert len(HAN_SURNAMES) > 300 and len(HAN_GIVEN) > 250
    assert {"김", "이", "박", "최", "정"} <= HANGUL_SURNAMES and len(HANGUL_GIVEN) > 60


def test_ascii_text_is_skipped() -> None:
    assert found("Wang Xiuying: hello\nLi Qiang: hi") == []


def test_generated_module_is_up_to_date() -> None:
    """`scripts/build_cjk_names.py --check` rebuilds `cjk_names_data` from Faker in memory and compares."""
    root = Path(__file__).resolve().parents[1]
    run = subprocess.run(
        [sys.executable, str(root / "scripts" / "build_cjk_names.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert "is up to date" in run.stdout
