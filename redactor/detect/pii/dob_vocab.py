# ruff: noqa: RUF001, RUF002  -- birth words of many scripts are the point here.
"""Birth cues of many languages, for `dob_cues` (session 10).

Written as a reader of each language writes them on forms, in HR and medical records, in prose
and as record keys. `dob_cues` matches them on a *folded* copy of the text (lower case, accents
dropped, ``ø``->``o``, ``đ``->``d``: `dob_cues.fold`), with any of ``space _ - . /`` or nothing
between the words of a phrase, so one entry (written as the language spells it) covers
``Születési dátum``, ``szuletesi_datum`` and ``szuletesiDatum``.

Three kinds:

- `STEMS`: a word that starts with the stem (inflected forms: ``urodzony``/``urodzona``,
  ``syntymäaika``, ``narozena``), followed by a date within a short window.
- `WORDS`: whole words or phrases only (``born``, ``lahir``, ``rođen``), followed by a date.
- `ABBREVIATIONS`: form abbreviations (``ur.``, ``nar.``, ``b.``, ``д.р.``) that are a birth
  cue only right before a date (a colon, a tab or a space between).
- `AFTER`: words that follow a birth date (``... am 16.01.1999 geboren``, ``21. 1. 1986
  született``, ``1968/08/11 г.р.``, ``1992-04-28 tarihinde İzmir'de doğdu``).
"""

from __future__ import annotations

from redactor.detect.pii.dob_world import STEMS as WORLD_STEMS
from redactor.detect.pii.dob_world import WORDS as WORLD_WORDS
from redactor.detect.pii.dob_world2 import STEMS as WORLD2_STEMS
from redactor.detect.pii.dob_world2 import WORDS as WORLD2_WORDS

STEMS: tuple[str, ...] = (
    # Germanic
    "geburtsdat", "geburtstag", "geb datum", "gebdat", "geboortedat", "geboren op", "födelsedat",
    "födelsedag", "fødselsdat", "foedselsdat", "fødselsdag", "foedselsdag", "fæðingard", "faedingard", "fæddist",
    "faeddist",
    # Romance
    "date de naiss", "date naiss", "naissance", "fecha de nac", "fecha nac", "fec nac", "f nacimiento",
    "nacimiento", "nacido el", "nacida el", "data de nasc", "data nasc", "dt nasc", "dat nasc",
    "nascimento", "nascido em", "nascida em", "data di nascita", "data nascita", "nascita", "nato il",
    "nata il", "data nașterii", "data naşterii", "născut la", "născută la", "născut în",
    "data de naixement", "data naixement", "naixement", "nascut el", "nascuda el", "néixer", "naixer",
    # Slavic
    "data urodz", "urodzon", "datum narození", "narozen", "dátum narodenia", "datum narodenia",
    "narodený", "narodená", "datum rođenja", "datum rodjenja", "rodjen", "rođenja", "datum rojstva",
    "дата рожд", "дата народж", "народивс", "народилас", "народжен", "дата на ражд", "датум рођ",
    "data rozhd", "data rojd", "data narodzh",
    # Baltic, Finnic, Hungarian
    "gimimo dat", "gimus", "gimęs", "dzimšanas dat", "dzimsanas dat", "dzimusi", "synniaeg",
    "sünniaeg", "sünnikuupäev", "synnikuupaev", "sündinud", "syntymäaika", "syntymäpäivä",
    "syntynyt", "születési dát", "születési idő", "született", "szül dát",
    # Greek, Turkish, Albanian
    "ημερομηνία γέννησ", "ημ γέννησ", "γεννήθηκε", "imerominia genn", "doğum tar", "d tarihi",
    "datëlindj", "data e lindjes", "i lindur", "e lindur",
    # Asian, African, Middle Eastern (romanised keys too)
    "tanggal lahir", "tgl lahir", "tarikh lahir", "dilahirkan", "ngày sinh", "ngay sinh",
    "ngày tháng năm sinh", "ngay thang nam sinh", "sinh ngày", "petsa ng kapanganakan", "kapanganakan",
    "kaarawan", "tarehe ya kuzaliwa", "alizaliwa", "janm tithi", "janm tarikh", "जन्मतिथि",
    "जन्म दिनांक", "tarikh al milad", "tarikh tavalod", "taarich leida", "seinengappi",
    "saengnyeonwolil", "chusheng riqi", "wan koet", "تاريخ الميلاد", "تاريخ الولادة", "الميلاد", "วันเกิด",
    "تاریخ تولد", "متولد", "出生年月",
    "出生日", "生年月日", "생년월일", "출생일", "เกิดวันที่", "เกิดเมื่อ", "วันเดือนปีเกิด",
    # session 11: Caucasus, Horn and southern Africa, South Asia, Central Asia, Celtic
    "ծննդյան ամսաթիվ", "ծնված", "ծնվել", "დაბადების თარიღი", "დაიბადა", "የትውልድ ቀን", "የተወለደ",
    "usuku lokuzalwa", "umhla wokuzalwa", "ranar haihuwa", "ojo ibi", "ubochi omumu",
    "जन्म तिथि", "जन्म मिति", "जन्म तारीख", "जन्मतारीख", "تاریخ پیدائش", "پیدائش", "জন্ম তারিখ",
    "জন্মতারিখ", "பிறந்த தேதி", "పుట్టిన తేదీ", "જન્મ તારીખ", "ਜਨਮ ਮਿਤੀ", "උපන් දිනය",
    "төрсөн огноо", "туған күні", "туулган күнү", "tug'ilgan sana", "dyddiad geni", "dáta breithe",
    "jaiotze data", "data de nacemento", "data tat twelid",
    # English
    "birthdate", "birth date", "birth dt", "date of birth", "dateofbirth", "birthday",
    *WORLD_STEMS,  # session 15: more languages (dob_world)
    *WORLD2_STEMS,  # session 16: the checklist's gaps (dob_world2)
)  # fmt: skip
"""Cue stems: any word starting with one introduces a date of birth."""

WORDS: tuple[str, ...] = (
    "born", "dob", "d o b", "lahir", "rođen", "rođena", "rojen", "rojena", "gimusi", "född", "født",
    "fædd", "fæddur", "nació", "nasceu", "sündis", "syntyi", "gimė", "dzimis", "rodila", "rodio",
    "narodil", "narodila", "urodziła", "urodził", "родился", "родилась", "народився", "народилася",
    "роден", "родена", "рођен", "рођена", "ولد", "ولدت", "مواليد", "נולד", "נולדה", "生日", "誕生日",
    "생일", "출생", "lindi", "doğdu", "doğumlu", "ipinanganak",
    # session 14: participles before a date, also with a birthplace between ("nato a Lecce il ...")
    "lindur", "u lind", "nato a", "nata a", "nato ad", "nata ad", "nacido en", "nacida en", "naschì",
    "naschida",
    *WORLD_WORDS,  # session 15: more languages (dob_world)
    *WORLD2_WORDS,  # session 16: the checklist's gaps (dob_world2)
)  # fmt: skip
"""Whole cue words: a date of birth follows (``Born: ...``, ``rođen je ...``)."""

ABBREVIATIONS: tuple[str, ...] = (
    "b.", "ur.", "nar.", "geb.", "synt.", "szül.", "d.r.", "д.р.", "д. р.", "née", "né le", "née le",
    "nasc.", "nac.", "fec. nac.", "f. nac.", "dt. nasc.", "d. nasc.", "р.н.", "f.",
)  # fmt: skip
"""Form abbreviations: a birth cue only with a date right after (``ur. 11.12.1947``)."""

ABBREVIATION_STRICT: frozenset[str] = frozenset(("b.", "née", "f."))
"""Abbreviations that mean many things: a cue only after an opening bracket, a comma, a tab, a
column gap of two spaces or at a line start (``Ann Lee (b. 1980-05-20)``, ``Ann Lee, b. 1980``,
``Ola Nordmann, f. 18.09.1962``: Danish, Norwegian and Swedish "f." for født / född)."""

AFTER: tuple[str, ...] = (
    "geboren", "gebore", "született", "doğdu", "doğumlu", "г.р.", "г. р.", "года рождения",
    "г. рождения", "року народження", "р.н.", "р. н.", "生まれ", "出生", "에 태어",
)  # fmt: skip
"""Words after a date of birth, within a short gap on the same line and sentence."""

NOT_BIRTH: tuple[str, ...] = (
    "died", "death", "deceased", "gestorben", "gest.", "zmarł", "zemřel", "умер", "скончал", "décédé",
    "falleci", "morto", "morreu", "expir", "issued", "release", "created", "updated", "modified",
    "due", "valid", "invoice", "hired", "joined", "married", "since", "until", "signed", "shipped",
    "published", "added", "fix", "bug", "verified", "sent", "remind", "notif", "checked",
    "changed", "started", "opened", "closed", "migrat", "deploy",
)  # fmt: skip
"""Words that make the date between a cue and them another event's (``born ..., died 2020-01-02``)."""
