"""Session 16 (late): person and name-part labels of languages `field_vocab` had not written.

Data only, merged into `redactor.detect.pii.field_vocab` (``NAME_PART_LABELS``, ``PERSON_LABELS``)
and so read by `pii.field_label`: southern and eastern African languages (Setswana, Sesotho,
Chichewa, Shona, Kinyarwanda/Kirundi, Luganda, Malagasy, Lingala, Oromo, Swati, Tsonga, Venda,
Ndebele), Polynesian and other Pacific languages (Hawaiian, Maori, Samoan, Tongan, Fijian,
Tahitian, Chamorro), the Andes and Paraguay (Quechua, Aymara, Guarani), Haitian Creole, Basque,
Sorani Kurdish (Arabic script), Sindhi, Yiddish, Kyrgyz, Tajik, Tatar, Luxembourgish, Frisian,
Breton, Javanese, Sundanese, Cebuano, Ilocano, Tetum and Wolof. Each list is the word a form, a register,
a clinic card or a school roll uses for "name", "full name", "first/last name" and a few person
roles (patient, student, customer), written from general knowledge of the language, not from
any corpus. Bare words that are also given names (Shona ``zita``, Tsonga ``vito``, Tetum ``naran``,
Sundanese ``nami``) are left out: every label word also becomes a non-name word of the contact
detectors (`contact_vocab.NOT_NAME`). Words that are also common words elsewhere (Haitian ``non``,
Luxembourgish ``numm``) are listed in `WORLD_WEAK` so they count only as capitalised line-start
labels with a two-word name.
"""

# ruff: noqa: RUF001  -- labels in other scripts are the point here.
from __future__ import annotations

__all__ = ["WORLD_NAME_PART_LABELS", "WORLD_PERSON_LABELS", "WORLD_WEAK"]

WORLD_NAME_PART_LABELS: dict[str, str] = {
    "tn": "sefane|leina la sefane|leina la ntlha|leina la pele",
    "st": "lebitso la fane|lebitso la pele",
    "ny": "dzina la banja|dzina loyamba|dzina lapadera",
    "sn": "zita rekutanga|zita remhuri|mutupo",
    "rw": "izina ry'umuryango|irindi zina|izina bwite",
    "mg": "anarana fianakaviana|fanampin'anarana",
    "haw": "inoa mua|inoa hope|inoa ʻohana|inoa 'ohana|inoa ohana",
    "mi": "ingoa tuatahi|ingoa whānau|ingoa whanau|ingoa ā-whānau|ingoa a-whanau|ingoa tuarua",
    "sm": "igoa muamua|igoa faaiu|igoa fa'aiu|fa'ai'u",
    "to": "hingoa fakafāmili|hingoa fakafamili|hingoa ʻuluaki",
    "qu": "ayllu suti|ayllu sutin|ñawpaq suti|sutiyki",
    "ay": "ayllu suti|nayra suti",
    "ht": "siyati|non fanmi|prenon|non batèm",
    "ckb": "پاشناو|ناوی باوک|ناوی یەکەم",
    "yi": "פֿאַמיליע|פאמיליע|פֿאָרנאָמען|פארנאמען",
    "lb": "virnumm|familljennumm|nonumm",
    "fy": "foarnamme|efternamme|achternamme",
}
"""First name, family name, surname: the value may be one word."""

WORLD_PERSON_LABELS: dict[str, str] = {
    "tn": "leina|leina ka botlalo|maina|maina a botlalo|molwetse|moithuti|moreki|modiri|moamogedi|moromi",
    "st": "lebitso|lebitso ka botlalo|mabitso|mokudi|moithuti|moreki|mosebetsi|moamohedi",
    "ny": "dzina|dzina lonse|mayina|mayina onse|wodwala|wophunzira|kasitomala|wogwira ntchito|wolandira",
    "sn": "zita rizere|zita rangu|mazita|mazita akazara|murwere|mudzidzi|mutengi|mushandi|mugamuchiri",
    "rw": "izina|izina ryuzuye|amazina|amazina yose|umurwayi|umunyeshuri|umukiriya|umukozi|uwakira",
    "lg": "erinnya|erinnya eddamba|amannya|omulwadde|omuyizi|kasitoma|omukozi",
    "mg": "anarana|anarana feno|anarana sy fanampiny|marary|mpianatra|mpanjifa|mpiasa|mpandray",
    "ln": "nkombo|nkombo mobimba|mobeli|moyekoli",
    "om": "maqaa|maqaa guutuu|maqaa guutuu|dhukkubsataa|barataa|maamila|hojjetaa",
    "ss": "libito|libito leliphelele|sigulane|umfundzi",
    "ts": "vito hinkwaro|muvabyi|xichudeni",
    "ve": "dzina|dzina ḽo fhelelaho|mulwadze|mugudiswa",
    "nr": "ibizo|ibizo elipheleleko",
    "haw": "inoa|inoa piha|inoa holoʻokoʻa|inoa holo'oko'a|haumāna|haumana",
    "mi": "ingoa|ingoa katoa|ingoa tōtika|kiritaki|tūroro|turoro|ākonga|akonga|kaimahi|kaiwhiwhi",
    "sm": "igoa|igoa atoa|igoa ato'a|tagata ma'i|tamaititi aoga|tagata faigaluega",
    "to": "hingoa|hingoa kakato|hingoa kakato|tokotaha mahaki|tamaio'i ako",
    "fj": "yaca|yaca taucoko|yacamu|tauvimate|gone vuli|dau cakacaka",
    "ty": "iʻoa|i'oa|i'oa tā'āto'a|piahi",
    "ch": "na'an|na'an-mu|na'an kumpletu",
    "qu": "suti|sutiy|sutin|sutinkuna|hunt'asqa suti|llapan suti|unquq|yachakuq|rantikuq|llamkaq",
    "ay": "suti|sutipa|sutinaka|taqpach suti|usuta|yatiqiri|irnaqiri",
    "gn": "téra|tera|héra|téra ha terajoapy|tera ha terajoapy|hasýva|temimbo'e",
    "ht": "non konplè|non ak siyati|pasyan|kliyan|elèv|anplwaye|benefisyè|non",
    "eu": "izena|izen osoa|izen-abizenak|izena eta abizenak|bezeroa|eskatzailea|gaixoa|langilea|ikaslea"
    "|hartzailea|igorlea|jabea|bidaiaria",
    "ckb": "ناو|ناوی تەواو|ناو و پاشناو|ناوی سیانی|نەخۆش|کڕیار|خوێندکار|فەرمانبەر|وەرگر|نێرەر",
    "sd": "نالو|پورو نالو|مڪمل نالو|مريض|شاگرد|گراهڪ",
    "yi": "נאָמען|נאמען|פֿולער נאָמען|פולער נאמען|קאָנטאַקט|קליענט|פּאַציענט|פאציענט|סטודענט|תּלמיד",
    "ky": "аты|аты-жөнү|толук аты|аты-жөнү|бейтап|студент|окуучу|кардар|кызматкер",
    "tg": "ном|ному насаб|ном ва насаб|насаб|бемор|донишҷӯ|мизоҷ|корманд",
    "tt": "исем|исеме|исем-фамилия|тулы исем|авыру|студент|укучы|клиент",
    "lb": "numm|ganzen numm|patient|clientin",
    "fy": "namme|folsleine namme|pasjint|studint",
    "br": "anv|anv klok|anv-familh|klañvour|studier",
    "jv": "jeneng|jeneng lengkap|pasien|murid",
    "su": "ngaran|ngaran lengkep|nami lengkep|murid",
    "ceb": "ngalan|tibuok ngalan|kompletong ngalan|pasyente|estudyante|kustomer",
    "ilo": "nagan|pasiente|estudiante",
    "tet": "naran kompletu|pasiente|estudante|kliente",
    "wo": "tur ak sant|sant ak tur",
}
"""A whole person: the value is the full name (two words, or a part label above)."""

WORLD_WEAK: frozenset[str] = frozenset({"non", "anv", "numm", "suti", "patient"})
"""Labels that are also common words of other languages (French ``non``, English ``patient``):
line-start, capitalised, two-word names only (the `WEAK_LABELS` rule)."""
