# ruff: noqa: RUF001  -- birth words and digits of many scripts are the point here.
"""A generated matrix of dates of birth (and of dates that are no birth), for
`tests/test_dob10_matrix.py`.

Crosses birth cue x language x date format x carrier. Names come from Faker locales and month
names from Faker's per-locale date providers (not from `months_data`, which the detector reads).
The cue phrases of each language (`tests/dob10_langs.py`) are written by hand, by the author of
`dob_vocab`: the cue axis is therefore not independent of the detector (a cue missing from both
is missed by both); the date-shape and carrier axes are.

Each case is ``(text, value, tag)``: `value` is the date the detector must report as
DATE_OF_BIRTH (positive matrix) or a date it must not report (negative matrix).
"""

from __future__ import annotations

import datetime as dt
import importlib
import random
from collections.abc import Callable, Iterator

from faker import Faker

from tests.dob10_langs import LANGS, Lang

Case = tuple[str, str, str]
"""(text, date value, tag ``lang:format:carrier``)."""


_NUMERIC: dict[str, Callable[[dt.date], str]] = {
    "dd.mm.yyyy": lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
    "dd/mm/yyyy": lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}",
    "mm/dd/yyyy": lambda d: f"{d.month:02d}/{d.day:02d}/{d.year}",
    "yyyy-mm-dd": lambda d: d.isoformat(),
    "d/m/yy": lambda d: f"{d.day}/{d.month}/{d.year % 100:02d}",
    "d.m.yyyy": lambda d: f"{d.day}.{d.month}.{d.year}",
    "dd-mm-yyyy": lambda d: f"{d.day:02d}-{d.month:02d}-{d.year}",
    "yyyy/mm/dd": lambda d: f"{d.year}/{d.month:02d}/{d.day:02d}",
    "yyyy.mm.dd": lambda d: f"{d.year}.{d.month:02d}.{d.day:02d}",
    "dd.mm.yy": lambda d: f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}",
    "m/d/yy": lambda d: f"{d.month}/{d.day}/{d.year % 100:02d}",
    "dd. mm. yyyy": lambda d: f"{d.day}. {d.month}. {d.year}",
}
"""Numeric date shapes: every separator and order forms and exports use."""

_PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
_ARABIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_THAI = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
_FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def _script_dates(code: str, d: dt.date) -> dict[str, str]:
    """Date shapes particular to a language's script or calendar."""
    out: dict[str, str] = {}
    if code in ("ja", "zh"):
        out["cjk"] = f"{d.year}年{d.month}月{d.day}日"
        out["cjk_fullwidth"] = f"{d.year}年{d.month}月{d.day}日".translate(_FULLWIDTH)
    if code == "ko":
        out["korean"] = f"{d.year}년 {d.month}월 {d.day}일"
        out["korean_dots"] = f"{d.year}. {d.month}. {d.day}."
    if code == "th":
        out["thai_be"] = f"{d.day}/{d.month}/{d.year + 543}"
        out["thai_be_digits"] = f"{d.day}/{d.month}/{d.year + 543}".translate(_THAI)
    if code == "fa":
        out["persian_digits"] = f"{d.year}/{d.month:02d}/{d.day:02d}".translate(_PERSIAN)
    if code == "ar":
        out["arabic_digits"] = f"{d.day:02d}/{d.month:02d}/{d.year}".translate(_ARABIC)
    if code == "vi":
        out["vi_words"] = f"ngày {d.day} tháng {d.month} năm {d.year}"
    return out


def _month_names(locale: str) -> list[str] | None:
    """Faker's month names of `locale` (January first), or None when Faker has none."""
    for name in (locale, locale.split("_")[0]):
        try:
            module = importlib.import_module(f"faker.providers.date_time.{name}")
        except ImportError:
            continue
        months = getattr(module.Provider, "MONTH_NAMES", None)
        if isinstance(months, dict) and len(months) == 12:
            return [str(months[f"{i:02d}"]) for i in range(1, 13)]
    return None


def _named(lang: Lang, d: dt.date) -> dict[str, str]:
    out: dict[str, str] = {}
    names = _month_names(lang.locale) if lang.month_dates else None
    if names is None:
        return out
    month = names[d.month - 1]
    if lang.code in ("en", "en_gb"):
        out["month_name"] = f"{month} {d.day}, {d.year}" if lang.code == "en" else f"{d.day} {month} {d.year}"
        out["mon_abbr"] = f"{d.day}-{month[:3]}-{d.year}"
    elif lang.code == "hu":
        out["month_name"] = f"{d.year}. {month.lower()} {d.day}."
    elif lang.code in ("es", "pt"):
        out["month_name"] = f"{d.day} de {month.lower()} de {d.year}"
    elif lang.code == "de":
        out["month_name"] = f"{d.day}. {month} {d.year}"
    else:
        out["month_name"] = f"{d.day} {month.lower()} {d.year}"
    return out


_SHAPES = ("label", "label_tab", "prose", "csv", "markdown", "json", "yaml", "sql_grid", "kv_inline")
"""Carriers every language is crossed with; English adds vCard, FHIR, HL7 and ISO in JSON."""


def _carrier(kind: str, lang: Lang, label: str, key: str, name: str, date: str, rng: random.Random) -> str:
    city = rng.choice(("Berlin", "Lagos", "Osaka", "Quito", "Pune"))
    if kind == "label":
        return f"Name: {name}\n{label}: {date}\nCity: {city}"
    if kind == "label_tab":
        return f"{name}\t{label}\t{date}"
    if kind == "prose":
        return rng.choice(lang.prose).format(n=name, d=date)
    if kind == "csv":
        return f"id,name,{key},city\n17,{name},{date},{city}\n18,{name.split()[0]} Roe,{date},{city}"
    if kind == "markdown":
        return f"| Name | {label} | City |\n|---|---|---|\n| {name} | {date} | {city} |"
    if kind == "json":
        return '{"id": 17, "name": "' + name + '", "' + key + '": "' + date + '", "city": "' + city + '"}'
    if kind == "yaml":
        return f"- id: 17\n  name: {name}\n  {key}: {date}\n  city: {city}"
    if kind == "sql_grid":
        w = max(len(key), len(date))
        return (
            f"+----+{'-' * (len(name) + 2)}+{'-' * (w + 2)}+\n| id | {'name'.ljust(len(name))} | {key.ljust(w)} |\n"
            f"+----+{'-' * (len(name) + 2)}+{'-' * (w + 2)}+\n|  1 | {name} | {date.ljust(w)} |"
        )
    if kind == "kv_inline":
        return f"patient={name.replace(' ', '_')} {key}={date} ward=4"
    raise ValueError(kind)


def _english_records(name: str, d: dt.date) -> Iterator[tuple[str, str, str]]:
    iso = d.isoformat()
    given, _, family = name.partition(" ")
    yield "vcard", f"BEGIN:VCARD\nVERSION:3.0\nFN:{name}\nBDAY:{iso}\nEND:VCARD", iso
    yield (
        "vcard_basic",
        f"BEGIN:VCARD\nVERSION:4.0\nFN:{name}\nBDAY:{iso.replace('-', '')}\nEND:VCARD",
        iso.replace("-", ""),
    )
    yield "fhir", '{"resourceType": "Patient", "name": [{"family": "' + family + '"}], "birthDate": "' + iso + '"}', iso
    hl7 = f"{iso.replace('-', '')}"
    yield "hl7", f"MSH|^~\\&|LAB|H|||202401011200||ADT^A01|1|P|2.5\rPID|1||123^^^H||{family}^{given}||{hl7}|F", hl7
    yield "json_iso_ts", '{"name": "' + name + '", "dateOfBirth": "' + iso + 'T00:00:00.000Z"}', iso
    yield (
        "age_phrase",
        f"{name}, born on {d.strftime('%B')} {d.day}, {d.year} (aged 34), was elected.",
        (f"{d.strftime('%B')} {d.day}, {d.year}"),
    )
    yield "age_paren", f"{name} (b. {iso}, age 41)", iso


def positive_cases(seed: int = 10) -> list[Case]:
    """The positive matrix: every language x cue x date shape x carrier (sampled per cell)."""
    rng = random.Random(seed)
    out: list[Case] = []
    for lang in LANGS:
        fake = Faker(lang.locale)
        fake.seed_instance(seed)
        for shape_i, shape in enumerate(_SHAPES):
            fmts: dict[str, Callable[[dt.date], str]] = dict(_NUMERIC)
            for fmt_name in [*fmts, "month_name", "mon_abbr", "script"]:
                d = fake.date_of_birth(minimum_age=18, maximum_age=90)
                name = f"{fake.first_name()} {fake.last_name()}"
                extra = {**_named(lang, d), **_script_dates(lang.code, d)}
                if fmt_name in fmts:
                    if (fmt_name.startswith(("mm", "m/")) and lang.day_first) or (
                        not fmt_name.startswith(("mm", "m/", "yyyy"))
                        and not lang.day_first
                        and lang.code == "en"
                        and fmt_name != "dd.mm.yyyy"
                    ):
                        continue  # a locale writes one order
                    values = {fmt_name: fmts[fmt_name](d)}
                elif fmt_name == "script":
                    values = {k: v for k, v in extra.items() if k not in ("month_name", "mon_abbr")}
                else:
                    values = {fmt_name: extra[fmt_name]} if fmt_name in extra else {}
                for vname, value in values.items():
                    if shape == "csv" and "," in value:
                        continue
                    label = lang.labels[(shape_i + len(vname)) % len(lang.labels)]
                    key = lang.keys[(shape_i + len(vname)) % len(lang.keys)]
                    text = _carrier(shape, lang, label, key, name, value, rng)
                    out.append((text, value, f"{lang.code}:{vname}:{shape}"))
        if lang.code == "en":
            for _ in range(6):
                d = fake.date_of_birth(minimum_age=18, maximum_age=90)
                for kind, text, value in _english_records(f"{fake.first_name()} {fake.last_name()}", d):
                    out.append((text, value, f"en:record:{kind}"))
    return out


_NON_BIRTH: dict[str, tuple[str, ...]] = {
    "en": (
        "Release date",
        "Expiry date",
        "Invoice date",
        "Due date",
        "Last login",
        "Created",
        "Updated",
        "Start date",
        "Hire date",
        "Signed on",
        "Order date",
        "Valid until",
        "Issued",
    ),
    "de": ("Rechnungsdatum", "Fälligkeitsdatum", "Ablaufdatum", "Erstellt am", "Lieferdatum", "Gültig bis"),
    "fr": ("Date de facture", "Date d'échéance", "Date d'expiration", "Créé le", "Date de livraison"),
    "es": ("Fecha de factura", "Fecha de vencimiento", "Fecha de caducidad", "Creado el", "Fecha de entrega"),
    "pl": ("Data wystawienia", "Termin płatności", "Data ważności", "Utworzono"),
    "ru": ("Дата выдачи", "Срок действия", "Дата создания", "Дата счёта"),
    "ja": ("発行日", "有効期限", "作成日", "請求日"),
    "zh": ("发票日期", "到期日", "创建日期", "发布日期"),
    "tr": ("Fatura tarihi", "Son kullanma tarihi", "Oluşturma tarihi"),
    "pt": ("Data de emissão", "Data de vencimento", "Criado em"),
}
"""Dates next to a person's name that are not births (invoices, expiries, releases, records)."""
_NON_BIRTH_KEYS = (
    "created_at",
    "updated_at",
    "due_date",
    "expires_at",
    "release_date",
    "invoice_date",
    "last_login",
    "hire_date",
    "start_date",
    "valid_until",
    "timestamp",
    "modified",
)
_LOCALE = {
    "en": "en_US",
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "pl": "pl_PL",
    "ru": "ru_RU",
    "ja": "ja_JP",
    "zh": "zh_CN",
    "tr": "tr_TR",
    "pt": "pt_BR",
}


def negative_cases(seed: int = 11) -> list[Case]:
    """The negative matrix: non-birth dates in the same shapes and carriers, next to a name."""
    rng = random.Random(seed)
    out: list[Case] = []
    for code, labels in _NON_BIRTH.items():
        fake = Faker(_LOCALE[code])
        fake.seed_instance(seed)
        for label in labels:
            for fmt_name, fmt in _NUMERIC.items():
                d = fake.date_between(dt.date(1950, 1, 1), dt.date(2030, 12, 31))
                name = f"{fake.first_name()} {fake.last_name()}"
                value = fmt(d)
                key = rng.choice(_NON_BIRTH_KEYS)
                shape = rng.choice(("label", "label_tab", "csv", "markdown", "json", "yaml", "kv_inline"))
                lang = Lang(code, _LOCALE[code], (label,), ("",), (key,))
                text = _carrier(shape, lang, label, key, name, value, rng)
                out.append((text, value, f"{code}:{fmt_name}:{shape}"))
        en = Faker("en_US")
        en.seed_instance(seed)
    for i in range(40):
        fake = Faker("en_US")
        fake.seed_instance(seed + i)
        name = f"{fake.first_name()} {fake.last_name()}"
        d = fake.date_between(dt.date(1970, 1, 1), dt.date(2030, 12, 31))
        iso = d.isoformat()
        out.extend(
            (
                (f"{iso}T08:{i:02d}:11Z INFO user={name.split()[0].lower()} logged in", iso, "en:log:log_line"),
                (f"{name} released v2.{i}.0 on {iso}.", iso, "en:prose:release"),
                (
                    f"Invoice #{1000 + i} for {name}, issued {d.strftime('%B')} {d.day}, {d.year}, due in 30 days.",
                    f"{d.strftime('%B')} {d.day}, {d.year}",
                    "en:prose:invoice",
                ),
                (
                    f" -- {name} <{name.split()[0].lower()}@example.org>  {d.strftime('%a, %d %b %Y')} 10:00:00 +0000",
                    d.strftime("%d %b %Y"),
                    "en:changelog:signoff",
                ),
                (f"{name}'s passport expires on {iso}.", iso, "en:prose:expiry"),
                (
                    f"{name} was hired on {d.day:02d}/{d.month:02d}/{d.year} and born in Leeds.",
                    f"{d.day:02d}/{d.month:02d}/{d.year}",
                    "en:prose:hired_born_place",
                ),
                (f"The album Born to Run by {name} was released on {iso}.", iso, "en:prose:album_released"),
                (f"Bornholm ferry, {iso}: {name} on deck.", iso, "en:prose:place_word"),
                (f"- Fix stubborn dob parsing bug ({name}, {iso})", iso, "en:changelog:dob_fix"),
                (f"Date of issue: {iso}\nHolder: {name}", iso, "en:label:issue_date"),
                (f"{name} (born in Lyon) signed the lease on {iso}.", iso, "en:prose:born_place_then_event"),
                (f"ALTER TABLE people ADD COLUMN dob DATE; -- {name}, {iso}", iso, "en:sql:migration"),
                (f"{name} died on {iso}.", iso, "en:prose:death"),
                (f"WHERE dob < '{iso}' AND name = '{name}'", iso, "en:sql:bound"),
            )
        )
    return out


def covered(spans: list[tuple[str, int, int]], text: str, value: str) -> bool:
    """Does a DATE_OF_BIRTH span cover `value` (its first occurrence in `text`)?"""
    a = text.find(value)
    b = a + len(value)
    return any(e == "DATE_OF_BIRTH" and s <= a and b <= t for e, s, t in spans)


def touched(spans: list[tuple[str, int, int]], text: str, value: str) -> bool:
    """Does any DATE_OF_BIRTH span overlap `value`?"""
    a = text.find(value)
    b = a + len(value)
    return any(e == "DATE_OF_BIRTH" and s < b and a < t for e, s, t in spans)
