# ruff: noqa: RUF001  -- birth words and digits of many scripts are the point here.
"""A generated matrix of dates of birth (and of dates that are no birth), and its tests.

Crosses birth cue x language x date format x carrier. Names come from Faker locales and month
names from Faker's per-locale date providers (not from `months_data`, which the detector reads).
The cue phrases of each language are written here by hand, by the author of `dob_vocab`: the
cue axis is therefore not independent of the detector (a cue missing from both is missed by
both); the date-shape and carrier axes are.

Each case is ``(text, value, tag)``: `value` is the date the detector must report as
DATE_OF_BIRTH (positive matrix) or a date it must not report (negative matrix).

Run ``PYTHONPATH=. python tests/test_dob10_matrix.py [-v]`` to print recall per language, format and
carrier over the whole matrix (``-v``: every miss).
"""

from __future__ import annotations

import datetime as dt
import importlib
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from faker import Faker

Case = tuple[str, str, str]
"""(text, date value, tag ``lang:format:carrier``)."""


@dataclass(frozen=True)
class Lang:
    """How one language introduces a date of birth."""

    code: str
    """Tag."""
    locale: str
    """Faker locale for names and month names."""
    labels: tuple[str, ...]
    """Form labels (``Date of birth``, ``DOB``...)."""
    prose: tuple[str, ...]
    """Sentences with ``{n}`` (a name) and ``{d}`` (the date)."""
    keys: tuple[str, ...]
    """Field names of a JSON/YAML record or a table header."""
    month_dates: bool = True
    """Whether the locale's Faker month names are the forms a date is written with."""
    day_first: bool = True


LANGS: tuple[Lang, ...] = (
    Lang(
        "en",
        "en_US",
        ("Date of birth", "DOB", "D.O.B.", "Birthdate", "Birthday", "Born", "DoB"),
        (
            "{n} was born on {d}.",
            "{n} (born {d}) joined the team.",
            "{n}, b. {d}, lives in Ohio.",
            "Patient {n}, DOB {d}, presented with chest pain.",
            "{n} was born {d} and is aged 34.",
        ),
        ("dob", "birthDate", "birth_date", "dateOfBirth", "DOB", "date_of_birth", "BirthDate", "patient_dob"),
        day_first=False,
    ),
    Lang(
        "en_gb",
        "en_GB",
        ("Date of Birth", "D.O.B", "Born"),
        ("{n} was born on {d} in Leeds.", "{n}, born on {d} (aged 41), was admitted."),
        ("DateOfBirth", "dob"),
    ),
    Lang(
        "de",
        "de_DE",
        ("Geburtsdatum", "Geb.-Datum", "geb.", "Geboren am", "Geburtstag"),
        ("{n} wurde am {d} geboren.", "{n}, geb. {d}, wohnhaft in Köln.", "{n} (geboren am {d})"),
        ("geburtsdatum", "Geburtsdatum", "geb_datum", "gebDatum"),
    ),
    Lang(
        "fr",
        "fr_FR",
        ("Date de naissance", "Né le", "Née le", "Né(e) le", "Date de naiss."),
        ("{n}, né le {d} à Lyon.", "{n} est née le {d}.", "Mme {n}, née le {d}"),
        ("date_naissance", "dateNaissance", "date_de_naissance"),
    ),
    Lang(
        "es",
        "es_ES",
        ("Fecha de nacimiento", "F. nacimiento", "Fecha nac.", "Nacido el"),
        ("{n} nació el {d} en Sevilla.", "{n}, nacida el {d}.", "{n} (fecha de nacimiento: {d})"),
        ("fecha_nacimiento", "fechaNacimiento", "fecha_nac", "fec_nac"),
    ),
    Lang(
        "pt",
        "pt_BR",
        ("Data de nascimento", "Data nasc.", "Nascido em", "Dt. Nasc."),
        ("{n} nasceu em {d}.", "{n}, nascida em {d}, reside em Recife."),
        ("data_nascimento", "dataNascimento", "dt_nasc", "nascimento"),
    ),
    Lang(
        "it",
        "it_IT",
        ("Data di nascita", "Nato il", "Nata il", "Data nascita"),
        ("{n}, nato il {d} a Roma.", "{n} è nata il {d}."),
        ("data_nascita", "dataDiNascita", "data_di_nascita"),
    ),
    Lang(
        "nl",
        "nl_NL",
        ("Geboortedatum", "Geboren op", "Geb. datum"),
        ("{n} is geboren op {d} in Utrecht.", "{n} (geboren {d})"),
        ("geboortedatum", "geboorteDatum"),
    ),
    Lang(
        "pl",
        "pl_PL",
        ("Data urodzenia", "Urodzony", "Urodzona", "ur."),
        ("{n} urodził się {d} w Krakowie.", "{n}, ur. {d}, zam. w Gdańsku.", "{n} urodziła się {d}."),
        ("data_urodzenia", "dataUrodzenia"),
    ),
    Lang(
        "cs",
        "cs_CZ",
        ("Datum narození", "Narozen", "Narozena", "nar."),
        ("{n} se narodil {d} v Brně.", "{n}, nar. {d}, bytem Praha."),
        ("datum_narozeni", "datumNarozeni"),
    ),
    Lang(
        "sk",
        "sk_SK",
        ("Dátum narodenia", "Narodený", "nar."),
        ("{n} sa narodil {d} v Košiciach.",),
        ("datum_narodenia",),
    ),
    Lang(
        "ru",
        "ru_RU",
        ("Дата рождения", "Д.р.", "Родился", "Родилась", "Дата рожд."),
        ("{n} родился {d} в Москве.", "{n}, {d} г.р., проживает в Казани.", "{n} родилась {d}."),
        ("дата_рождения", "data_rozhdeniya"),
        month_dates=False,
    ),
    Lang(
        "uk",
        "uk_UA",
        ("Дата народження", "Народився", "Народилася"),
        ("{n} народився {d} у Києві.",),
        ("дата_народження",),
        month_dates=False,
    ),
    Lang(
        "bg",
        "bg_BG",
        ("Дата на раждане", "Роден", "Родена"),
        ("{n} е роден на {d} в София.",),
        ("дата_на_раждане",),
        month_dates=False,
    ),
    Lang(
        "sv",
        "sv_SE",
        ("Födelsedatum", "Född", "Födelsedag"),
        ("{n} föddes den {d} i Malmö.", "{n}, född {d}."),
        ("fodelsedatum", "födelsedatum"),
    ),
    Lang(
        "da",
        "da_DK",
        ("Fødselsdato", "Født", "Fødselsdag"),
        ("{n} blev født den {d} i Aarhus.", "{n}, født {d}."),
        ("foedselsdato", "fødselsdato"),
    ),
    Lang("no", "no_NO", ("Fødselsdato", "Født"), ("{n} ble født {d} i Bergen.",), ("fodselsdato",)),
    Lang(
        "fi",
        "fi_FI",
        ("Syntymäaika", "Syntynyt", "Syntymäpäivä", "Synt."),
        ("{n} syntyi {d} Tampereella.", "{n}, synt. {d}."),
        ("syntymaaika", "syntymäaika"),
        month_dates=False,
    ),
    Lang(
        "hu",
        "hu_HU",
        ("Születési dátum", "Született", "Szül.", "Születési idő"),
        ("{n} {d} született Debrecenben.", "{n} (szül. {d})"),
        ("szuletesi_datum",),
        day_first=False,
    ),
    Lang(
        "ro",
        "ro_RO",
        ("Data nașterii", "Data nasterii", "Născut la", "Născută la"),
        ("{n} s-a născut la {d} în Cluj.",),
        ("data_nasterii",),
    ),
    Lang(
        "hr",
        "hr_HR",
        ("Datum rođenja", "Rođen", "Rođena"),
        ("{n} rođen je {d} u Splitu.",),
        ("datum_rodjenja", "datum_rođenja"),
        month_dates=False,
    ),
    Lang(
        "sl",
        "sl_SI",
        ("Datum rojstva", "Rojen", "Rojena"),
        ("{n} je bil rojen {d} v Mariboru.",),
        ("datum_rojstva",),
        month_dates=False,
    ),
    Lang(
        "lt",
        "lt_LT",
        ("Gimimo data", "Gimęs", "Gimusi"),
        ("{n} gimė {d} Vilniuje.",),
        ("gimimo_data",),
        month_dates=False,
    ),
    Lang(
        "lv",
        "lv_LV",
        ("Dzimšanas datums", "Dzimis", "Dzimusi"),
        ("{n} dzimis {d} Rīgā.",),
        ("dzimsanas_datums",),
        month_dates=False,
    ),
    Lang(
        "et",
        "et_EE",
        ("Sünniaeg", "Sündinud", "Sünnikuupäev"),
        ("{n} sündis {d} Tartus.",),
        ("synniaeg", "sunnikuupaev"),
        month_dates=False,
    ),
    Lang(
        "el",
        "el_GR",
        ("Ημερομηνία γέννησης", "Ημ. γέννησης", "Γεννήθηκε"),
        ("Ο {n} γεννήθηκε στις {d} στην Αθήνα.",),
        ("imerominia_gennisis",),
        month_dates=False,
    ),
    Lang(
        "tr",
        "tr_TR",
        ("Doğum tarihi", "Doğum Tarihi", "D. Tarihi", "Doğum tar."),
        ("{n} {d} tarihinde İzmir'de doğdu.", "{n}, doğum tarihi {d}."),
        ("dogum_tarihi", "dogumTarihi"),
    ),
    Lang(
        "id",
        "id_ID",
        ("Tanggal lahir", "Tgl. lahir", "Tempat/Tgl Lahir", "Lahir"),
        ("{n} lahir pada {d} di Bandung.", "{n}, lahir {d}."),
        ("tanggal_lahir", "tgl_lahir", "tglLahir"),
    ),
    Lang(
        "ms",
        "id_ID",
        ("Tarikh lahir", "Tarikh Lahir"),
        ("{n} dilahirkan pada {d} di Ipoh.",),
        ("tarikh_lahir",),
        month_dates=False,
    ),
    Lang(
        "vi",
        "vi_VN",
        ("Ngày sinh", "Sinh ngày", "Ngày tháng năm sinh"),
        ("{n} sinh ngày {d} tại Huế.",),
        ("ngay_sinh", "ngaySinh"),
        month_dates=False,
    ),
    Lang(
        "tl",
        "fil_PH",
        ("Petsa ng kapanganakan", "Kaarawan"),
        ("Si {n} ay ipinanganak noong {d}.",),
        ("petsa_ng_kapanganakan",),
        month_dates=False,
    ),
    Lang(
        "ar",
        "ar_AA",
        ("تاريخ الميلاد", "تاريخ الولادة", "مواليد"),
        ("ولد {n} في {d} في القاهرة.", "{n}، من مواليد {d}"),
        ("tarikh_al_milad",),
        month_dates=False,
    ),
    Lang("fa", "fa_IR", ("تاریخ تولد", "متولد"), ("{n} متولد {d} است.",), ("tarikh_tavalod",), month_dates=False),
    Lang(
        "he",
        "he_IL",
        ("תאריך לידה", "נולד", "נולדה"),
        ("{n} נולד ב-{d} בחיפה.",),
        ("taarich_leida",),
        month_dates=False,
    ),
    Lang(
        "hi",
        "hi_IN",
        ("जन्म तिथि", "जन्म दिनांक", "जन्मतिथि"),
        ("{n} का जन्म {d} को हुआ था।",),
        ("janm_tithi", "janmTithi"),
        month_dates=False,
    ),
    Lang("th", "th_TH", ("วันเกิด", "วันเดือนปีเกิด", "เกิดวันที่"), ("{n} เกิดเมื่อ {d}",), ("wan_koet",), month_dates=False),
    Lang(
        "ja",
        "ja_JP",
        ("生年月日", "誕生日", "生年月日（西暦）"),
        ("{n}さんは{d}生まれです。",),
        ("seinengappi",),
        month_dates=False,
    ),
    Lang(
        "zh",
        "zh_CN",
        ("出生日期", "生日", "出生年月日"),
        ("{n}于{d}出生。", "{n}，{d}出生，现居上海。"),
        ("chusheng_riqi", "birthday"),
        month_dates=False,
    ),
    Lang(
        "ko",
        "ko_KR",
        ("생년월일", "생일", "출생일"),
        ("{n}은 {d}에 태어났다.",),
        ("saengnyeonwolil",),
        month_dates=False,
    ),
    Lang(
        "sw",
        "sw",
        ("Tarehe ya kuzaliwa",),
        ("{n} alizaliwa tarehe {d} jijini Mombasa.",),
        ("tarehe_ya_kuzaliwa",),
        month_dates=False,
    ),
    Lang(
        "ca",
        "es_ES",
        ("Data de naixement", "Nascut el", "Nascuda el"),
        ("{n} va néixer el {d} a Girona.",),
        ("data_naixement",),
        month_dates=False,
    ),
    Lang(
        "is",
        "is_IS",
        ("Fæðingardagur", "Fæddur", "Fædd"),
        ("{n} fæddist {d} í Reykjavík.",),
        ("faedingardagur",),
        month_dates=False,
    ),
    Lang(
        "sq",
        "sq_AL",
        ("Datëlindja", "Data e lindjes", "I lindur"),
        ("{n} lindi më {d} në Tiranë.",),
        ("datelindja",),
        month_dates=False,
    ),
    Lang(
        "sr",
        "hr_HR",
        ("Датум рођења", "Datum rođenja", "Рођен"),
        ("{n} је рођен {d} у Београду.",),
        ("datum_rodjenja",),
        month_dates=False,
    ),
)
"""Birth cues of 45 languages: form labels (with the abbreviations of HR and medical forms),
sentences, record keys."""

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


# --- tests -------------------------------------------------------------------------------------

_SAMPLE = 3
"""Every third case of each matrix goes through the real engine (the whole matrix: `_report`)."""


def _rates(engine: object, cases: list[Case], want: bool) -> tuple[dict[str, list[int]], list[Case]]:
    results = engine.analyze([c[0] for c in cases])  # type: ignore[attr-defined]
    rates: dict[str, list[int]] = {}
    bad: list[Case] = []
    for (text, value, tag), spans in zip(cases, results, strict=True):
        triples = [(s.entity, s.start, s.end) for s in spans]
        ok = covered(triples, text, value) if want else not touched(triples, text, value)
        lang, _, carrier = tag.split(":")
        for key in ("all", "lang:" + lang, "carrier:" + carrier):
            hit = rates.setdefault(key, [0, 0])
            hit[0] += ok
            hit[1] += 1
        if not ok:
            bad.append((text, value, tag))
    return rates, bad


def test_matrix_crosses_enough() -> None:
    cases = positive_cases()
    langs = {t.split(":")[0] for _, _, t in cases}
    formats = {t.split(":")[1] for _, _, t in cases}
    carriers = {t.split(":")[2] for _, _, t in cases}
    assert len(langs) >= 40 and len(formats) >= 20 and len(carriers) >= 15
    assert all(v in text for text, v, _ in [*cases, *negative_cases()])


def test_positive_matrix_recall(real_engine) -> None:  # type: ignore[no-untyped-def]
    rates, bad = _rates(real_engine, positive_cases()[::_SAMPLE], want=True)
    hit, total = rates["all"]
    assert hit / total >= 0.99, bad[:10]
    low = {k: v for k, v in rates.items() if k.startswith(("lang:", "carrier:")) and v[0] / v[1] < 0.95}
    assert not low, (low, bad[:10])


def test_negative_matrix_precision(real_engine) -> None:  # type: ignore[no-untyped-def]
    _, bad = _rates(real_engine, negative_cases()[::_SAMPLE], want=False)
    assert not bad, bad[:10]


def _report() -> None:  # pragma: no cover - a manual tool
    import sys
    from collections import Counter
    from pathlib import Path

    from redactor.pipeline import build_engine
    from redactor.policy import load_policy

    engine = build_engine(load_policy(Path(__file__).resolve().parents[1] / "policies" / "default.yaml"))
    for title, cases, want in (("positive", positive_cases(), True), ("negative", negative_cases(), False)):
        texts = [c[0] for c in cases]
        results = engine.analyze(texts)
        tot: Counter[str] = Counter()
        hit: Counter[str] = Counter()
        bad: list[Case] = []
        for (text, value, tag), spans in zip(cases, results, strict=True):
            triples = [(s.entity, s.start, s.end) for s in spans]
            ok = covered(triples, text, value) if want else not touched(triples, text, value)
            lang, fmt, carrier = tag.split(":")
            for k in ("ALL", "lang:" + lang, "fmt:" + fmt, "carrier:" + carrier):
                tot[k] += 1
                hit[k] += ok
            if not ok:
                bad.append((text, value, tag))
        print(f"== {title}: {hit['ALL']}/{tot['ALL']} ok ({hit['ALL'] / tot['ALL']:.3f})")
        for k in sorted(tot):
            if hit[k] < tot[k]:
                print(f"  {k:28s} {hit[k]:4d}/{tot[k]:4d}")
        if "-v" in sys.argv:
            for text, value, tag in bad:
                print(f"   MISS {tag}: {value!r} in {text!r}"[:300])


if __name__ == "__main__":  # pragma: no cover
    _report()
