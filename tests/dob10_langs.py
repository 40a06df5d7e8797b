# ruff: noqa: RUF001  -- birth words of many scripts are the point here.
"""How 45 languages introduce a date of birth, for the matrix of `tests/dob10_world.py`: form
labels (with the abbreviations of HR and medical forms), sentences and record keys, written by
hand per language."""

from __future__ import annotations

from dataclasses import dataclass


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
