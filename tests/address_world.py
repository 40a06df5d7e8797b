"""A synthetic, carrier-independent postal-address matrix: Faker's address providers of every
locale it has, written where agents meet addresses (a sentence of the locale's language and of
English, a form line after a label, a JSON field escaped inside a tool result, a CSV row, an
envelope block, an e-mail signature), and texts without an address (product text, logs, config).

Nothing here is copied from an evaluation corpus: the addresses come from `Faker(locale).address()`
and `street_address()` (seeded, so the matrix is the same on every run), the sentences are
written for this matrix. Faker is a dev dependency: only tests and scripts import this module.

Run it to print the recall per locale and carrier of the address detectors, or of the whole
engine::

    python tests/address_world.py [--engine] [--seeds N]
"""

# ruff: noqa: RUF001  # letters of other scripts are what this matrix is about
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from faker import Faker


def _split(text: str) -> tuple[str, ...]:
    """The whitespace-separated words of `text` (lists read better as text)."""
    return tuple(text.split())


LOCALES: tuple[str, ...] = _split(
    "ar_DZ az_AZ bn_BD cs_CZ da_DK de_AT de_CH de_DE el_GR en_AU en_BD en_CA en_GB en_IE en_IN en_MS "
    "en_NZ en_PH en_US es_AR es_CL es_CO es_ES es_MX fa_IR fi_FI fil_PH fr_CA fr_CH fr_DZ fr_FR he_IL "
    "hi_IN hr_HR hu_HU hy_AM id_ID it_IT ja_JP ka_GE ko_KR mk_MK mr_IN ne_NP nl_BE nl_NL no_NO pl_PL "
    "pt_BR pt_PT ro_RO ru_RU sk_SK sl_SI sv_SE ta_IN th_TH tl_PH uk_UA vi_VN zh_CN zh_TW zu_ZA"
)
"""Every locale of Faker 40.54's address providers but the generic ``de``, ``en``, ``es`` and ``th``
(their regional variants are here)."""

GROUPS: dict[str, tuple[str, ...]] = {
    "english": tuple(loc for loc in LOCALES if loc.startswith("en_") or loc in ("fil_PH", "tl_PH", "zu_ZA")),
    "west_europe": _split(
        "de_AT de_CH de_DE fr_CA fr_CH fr_DZ fr_FR nl_BE nl_NL it_IT es_AR es_CL es_CO es_ES es_MX pt_BR pt_PT"
    ),
    "north_east_europe": _split(
        "da_DK no_NO sv_SE fi_FI cs_CZ sk_SK sl_SI hr_HR hu_HU pl_PL ro_RO el_GR ru_RU uk_UA mk_MK az_AZ"
    ),
    "cjk_se_asia": _split("ja_JP zh_CN zh_TW ko_KR th_TH vi_VN id_ID"),
    "other_scripts": _split("ar_DZ fa_IR he_IL hi_IN mr_IN ne_NP ta_IN bn_BD ka_GE hy_AM"),
}
"""Locale groups the report and the tests summarise by."""

# language -> a sentence that sends something to an address ({a}), in that language
SENTENCES: dict[str, str] = {
    "en": "Hi, can you ship it to {a} by Friday? Thanks!",
    "de": "Bitte schicken Sie das Paket an {a}, vielen Dank.",
    "fr": "Merci d'envoyer le colis à {a} avant vendredi.",
    "es": "Por favor, envíe el paquete a {a} antes del viernes.",
    "pt": "Por favor, envie a encomenda para {a} até sexta.",
    "it": "Per favore spedisci il pacco a {a} entro venerdì.",
    "nl": "Stuur het pakket alsjeblieft naar {a}, bedankt.",
    "da": "Send venligst pakken til {a} inden fredag.",
    "no": "Send pakken til {a} før fredag, takk.",
    "sv": "Skicka paketet till {a} före fredag, tack.",
    "fi": "Lähetä paketti osoitteeseen {a} ennen perjantaita.",
    "cs": "Pošlete prosím balík na adresu {a} do pátku.",
    "sk": "Pošlite prosím balík na adresu {a} do piatku.",
    "sl": "Prosim, pošljite paket na naslov {a} do petka.",
    "hr": "Molim pošaljite paket na adresu {a} do petka.",
    "hu": "Kérem, küldje a csomagot erre a címre: {a} péntekig.",
    "pl": "Proszę wysłać paczkę na adres {a} do piątku.",
    "ro": "Vă rog trimiteți coletul la {a} până vineri.",
    "el": "Παρακαλώ στείλτε το δέμα στη διεύθυνση {a} μέχρι την Παρασκευή.",
    "ru": "Пожалуйста, отправьте посылку по адресу {a} до пятницы.",
    "uk": "Будь ласка, надішліть посилку за адресою {a} до п'ятниці.",
    "mk": "Ве молам испратете го пакетот на адреса {a} до петок.",
    "az": "Zəhmət olmasa bağlamanı {a} ünvanına cümə gününə qədər göndərin.",
    "he": "אנא שלחו את החבילה לכתובת {a} עד יום שישי.",
    "ar": "من فضلك أرسل الطرد إلى العنوان {a} قبل الجمعة.",
    "fa": "لطفا بسته را تا جمعه به نشانی {a} بفرستید.",
    "hi": "कृपया पार्सल {a} पर शुक्रवार तक भेज दें।",
    "mr": "कृपया पार्सल {a} या पत्त्यावर शुक्रवारपर्यंत पाठवा.",
    "ne": "कृपया पार्सल {a} मा शुक्रबार सम्म पठाउनुहोस्।",
    "ta": "தயவுசெய்து பார்சலை {a} என்ற முகவரிக்கு வெள்ளிக்கிழமைக்குள் அனுப்புங்கள்.",
    "bn": "অনুগ্রহ করে পার্সেলটি {a} ঠিকানায় শুক্রবারের মধ্যে পাঠান।",
    "ka": "გთხოვთ, ამანათი გამოგზავნოთ მისამართზე {a} პარასკევამდე.",
    "hy": "Խնդրում եմ ուղարկել ծանրոցը {a} հասցեով մինչև ուրբաթ:",
    "ja": "荷物は{a}まで金曜日までに送ってください。",
    "zh": "请在周五前把包裹寄到{a}，谢谢。",
    "zh_TW": "請在週五前把包裹寄到{a}，謝謝。",
    "ko": "금요일까지 {a}로 택배를 보내 주세요.",
    "th": "กรุณาส่งพัสดุไปที่ {a} ภายในวันศุกร์",
    "vi": "Vui lòng gửi gói hàng đến {a} trước thứ Sáu.",
    "id": "Tolong kirim paketnya ke {a} sebelum hari Jumat.",
    "tl": "Pakipadala po ang package sa {a} bago mag-Biyernes.",
    "zu": "Sicela uthumele iphasela ku-{a} ngaphambi kukaLwesihlanu.",
}  # fmt: skip


def language(locale: str) -> str:
    """The `SENTENCES` key of a locale (``fil_PH`` and ``tl_PH`` write Tagalog, ``zh_TW`` its own)."""
    if locale == "zh_TW":
        return "zh_TW"
    lang = locale.split("_")[0]
    return "tl" if lang == "fil" else lang


# carrier -> template; {a} is the address on one line (its lines joined by ", "), {block} the
# address on its own lines, {ja} the address JSON-escaped twice (a JSON string inside a tool result)
CARRIERS: dict[str, str] = {
    "prose_native": "{native}",
    "prose_english": "Hi, can you ship it to {a} by Friday? Thanks!",
    "form": "Order 1042\nName: Maria Example\nShipping address: {a}\nStatus: paid\n",
    "tool_json": '{{"tool": "get_order", "result": "{{\\"id\\": 1042, \\"shipping_address\\": \\"{ja}\\", '
    '\\"status\\": \\"paid\\"}}"}}',
    "csv": 'order,name,address,total\n1042,Maria Example,"{a}",19.90\n',
    "envelope": "Maria Example\n{block}\n",
    "signature": "Kind regards,\n\nMaria Example\nHead of Operations, Acme Ltd.\n{block}\nmaria@acme.example\n",
}
"""Where an address is written."""

KINDS = ("address", "street")
"""``address``: `Faker.address()` (street, place, postcode); ``street``: `Faker.street_address()`."""


@dataclass(frozen=True)
class Case:
    """One address in one carrier: the text and the address's offsets in it."""

    locale: str
    kind: str
    carrier: str
    text: str
    start: int
    end: int


def _one_line(address: str) -> str:
    return ", ".join(part.strip().rstrip(",") for part in address.splitlines() if part.strip())


def _json_twice(value: str) -> str:
    """`value` as it reads inside a JSON string that itself sits in a JSON string."""
    once = json.dumps(value, ensure_ascii=False)[1:-1]
    return json.dumps(once, ensure_ascii=False)[1:-1]


def addresses(locale: str, seeds: int) -> Iterator[tuple[str, str]]:
    """``(kind, value)`` pairs of `locale`: `seeds` full addresses and `seeds` street addresses."""
    fake = Faker(locale)
    for seed in range(seeds):
        fake.seed_instance(seed)
        full = "\n".join(line.strip() for line in fake.address().splitlines() if line.strip())
        fake.seed_instance(1000 + seed)
        street = " ".join(fake.street_address().split())
        yield "address", full
        yield "street", street


def cases(seeds: int = 6, locales: Sequence[str] = LOCALES) -> Iterator[Case]:
    """Every locale x kind x seed x carrier (street addresses go into the sentences only)."""
    for locale in locales:
        sentence = SENTENCES[language(locale)]
        for kind, value in addresses(locale, seeds):
            one = _one_line(value)
            for carrier, template in CARRIERS.items():
                if kind == "street" and carrier not in ("prose_native", "prose_english", "form"):
                    continue
                marker = "\x00"
                text = template.format(native=sentence.format(a=marker), a=marker, block=marker, ja=marker)
                gold = (
                    value
                    if carrier in ("envelope", "signature")
                    else _json_twice(value)
                    if carrier == "tool_json"
                    else one
                )
                start = text.index(marker)
                yield Case(locale, kind, carrier, text.replace(marker, gold), start, start + len(gold))


NEGATIVES: list[tuple[str, str]] = [
    ("Release 3.12 adds Python 3 Support, Docker 24 Images and 5 New Plugins.", "release notes"),
    ("Step 2: Install Node 20 and run npm ci, then open Port 8080 in the Firewall.", "setup steps"),
    ("Chapter 12 The Long Road Home, Part 3 of the Winter Series", "a book chapter"),
    ("Model X 200 Firmware Update 5 fixes Bluetooth Pairing on Android 14.", "product text"),
    ("2024-05-01 12:34:56 INFO Worker 17 started Queue Billing 3 with 4 Threads", "a log line"),
    ("ERROR 503 Service Unavailable at Gateway 2, retry 3 of 5", "an error log"),
    ("server:\n  host: api.internal\n  port: 8443\n  workers: 16\n  region: eu-west-1\n", "YAML config"),
    ("[database]\nname = Orders\nport = 5432\npool = 20\n", "INI config"),
    ("Room 4 Sprint Planning with Team Blue at 10:30, Agenda Item 7", "a meeting note"),
    ("Table 3 shows Revenue Growth 2023 by Region North 12% and South 9%.", "a report sentence"),
    ("The Galaxy S24 Ultra has 12 GB RAM and a 200 MP Camera.", "a phone spec"),
    ("Highway 101 traffic is heavy near Exit 23 this morning.", "traffic news without an address"),
    ("Build 4521 passed on Ubuntu 22.04 and Windows Server 2022.", "CI text"),
    ("Apollo 11 landed on July 20 1969 in the Sea of Tranquility.", "history"),
    ("Use the Park Avenue font at 14 pt with Line Height 1.5.", "a font name and a size"),
    ("Track 7 Blue Street Blues by The River Band, 4:12", "a song title"),
    ("def main(port: int = 8080) -> None:\n    serve(Road(3), Street(4))\n", "code"),
    ("Vendredi 12 mai 2024, Réunion Équipe Produit, Salle 3", "a French meeting line"),
    ("Die Version 5 der Software enthält 12 neue Funktionen für Kunden.", "German product text"),
    ("Sprint 14 Retro: Team Alpha closed 23 Tickets and 4 Bugs.", "a sprint summary"),
    ("2 Chronicles 7 14 and Psalm 23 4 are quoted in Volume 2.", "scripture references"),
    ("Warehouse Zone B Shelf 14 holds SKU 88231 Blue Widgets.", "inventory text"),
    ("版本 3.2 更新了 5 个功能，修复了 12 个问题。", "Chinese release notes"),
    ("バージョン3.2では5つの機能を追加しました。", "Japanese release notes"),
    ("버전 3.2에서 5개의 기능이 추가되었습니다.", "Korean release notes"),
    ("Версия 3.2 добавляет 5 функций и исправляет 12 ошибок.", "Russian release notes"),
    ("الإصدار 3.2 يضيف 5 ميزات ويصلح 12 خطأ.", "Arabic release notes"),
    ("גרסה 3.2 מוסיפה 5 תכונות ומתקנת 12 באגים.", "Hebrew release notes"),
    ("เวอร์ชัน 3.2 เพิ่ม 5 ฟีเจอร์และแก้ไข 12 ข้อผิดพลาด", "Thai release notes"),
    ("संस्करण 3.2 में 5 नई सुविधाएँ और 12 सुधार हैं।", "Hindi release notes"),
]
"""Texts with numbers and capitalised words but no postal address."""


Detect = Callable[[Sequence[str]], list[list[tuple[str, int, int]]]]
"""Texts -> per text, ``(entity, start, end)`` spans."""


def caught(case: Case, spans: Sequence[tuple[str, int, int]], entities: frozenset[str] | None = None) -> bool:
    """At least 80% of the address's characters are masked (the corpus scorer's rule), by spans of
    `entities` (every entity when None, as the scorer counts)."""
    mask = bytearray(case.end - case.start)
    for entity, a, b in spans:
        if entities is not None and entity not in entities:
            continue
        for i in range(max(a, case.start), min(b, case.end)):
            mask[i - case.start] = 1
    return sum(mask) >= 0.8 * (case.end - case.start)


def recall_table(
    all_cases: Sequence[Case], found: Sequence[Sequence[tuple[str, int, int]]], by: str
) -> dict[str, float]:
    """Recall of ADDRESS spans per value of the case attribute `by`."""
    hits: dict[str, list[bool]] = defaultdict(list)
    for case, spans in zip(all_cases, found, strict=True):
        hits[getattr(case, by)].append(caught(case, spans, frozenset({"ADDRESS"})))
    return {k: sum(v) / len(v) for k, v in sorted(hits.items())}


def address_detectors() -> Detect:
    """The registered detectors that report ADDRESS, run on their own (no NER, no resolution)."""
    from redactor.detect.pii import pii_detectors

    dets = [d for d in pii_detectors() if "ADDRESS" in d.entities]

    def run(texts: Sequence[str]) -> list[list[tuple[str, int, int]]]:
        return [[(s.entity, s.start, s.end) for d in dets for s in d.detect(t)] for t in texts]

    return run


def engine_detect() -> Detect:  # pragma: no cover - a report tool, slow (real model)
    """The production engine of the default policy, as ``redactor detect`` runs it."""
    from pathlib import Path

    from redactor.pipeline import build_engine
    from redactor.policy import load_policy

    root = Path(__file__).resolve().parents[1]
    engine = build_engine(load_policy(root / "policies" / "default.yaml"))

    def run(texts: Sequence[str]) -> list[list[tuple[str, int, int]]]:
        return [[(s.entity, s.start, s.end) for s in spans] for spans in engine.analyze(list(texts))]

    return run


def main(argv: Sequence[str] | None = None) -> int:  # pragma: no cover - a report tool
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--engine", action="store_true", help="run the whole engine (real model) instead of the detectors")
    ap.add_argument("--seeds", type=int, default=6)
    ap.add_argument("--misses", type=str, default="", help="print the missed cases of this locale")
    ap.add_argument("--json", type=str, default="", help="write per-locale recall here")
    args = ap.parse_args(argv)
    all_cases = list(cases(args.seeds))
    detect = engine_detect() if args.engine else address_detectors()
    found = detect([c.text for c in all_cases])
    per_locale = recall_table(all_cases, found, "locale")
    for by in ("carrier", "kind"):
        print(by, {k: round(v, 3) for k, v in recall_table(all_cases, found, by).items()})
    for group, locs in GROUPS.items():
        vals = [per_locale[x] for x in locs]
        print(f"{group:18s} {sum(vals) / len(vals):.3f}  " + " ".join(f"{x}={per_locale[x]:.2f}" for x in locs))
    total = sum(caught(c, f, frozenset({"ADDRESS"})) for c, f in zip(all_cases, found, strict=True))
    print(f"overall ADDRESS recall {total / len(all_cases):.3f} over {len(all_cases)} cases")
    neg = detect([t for t, _ in NEGATIVES])
    print(
        "negatives with an ADDRESS span:", sum(1 for f in neg if any(e == "ADDRESS" for e, _, _ in f)), "of", len(neg)
    )
    if args.misses:
        for c, f in zip(all_cases, found, strict=True):
            if (c.locale == args.misses or args.misses == "all") and not caught(c, f, frozenset({"ADDRESS"})):
                got = [c.text[a:b] for e, a, b in f if e == "ADDRESS"]
                print(f"MISS {c.locale} {c.kind} {c.carrier}: {c.text[c.start : c.end]!r} got {got!r}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as out:
            json.dump(per_locale, out, indent=1)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
