"""Phone words of ~100 languages `phone_vocab` lacked (data, and the pattern source built from it).

Session 15. A national number written without its country code (``021 345 6789``) is taken by
``pii.phone`` only with a phone word near it (`phone_shapes.has_context`); the word list of
`phone_vocab` covered the large languages. This table adds, per language, the words for
telephone, mobile phone, phone number and "call (me/us)" as a phone line, a contact card or a
service desk writes them, from each language's ordinary vocabulary (dictionaries and phrasebook
forms, not from any evaluation text). Left out on purpose: words of one or two letters, bare words
for "number" (an order's or an invoice's as often), words that are English or code words (``ring``,
``call``, ``line``), and words that mean something else before a figure (Haitian ``rele`` "is
named", Wolof ``woo``).

`PHONE_WORDS` maps a language code to ``|``-separated lower-case words or phrases (a space inside
a phrase matches any run of blanks). `SOURCE` is the regex alternation `phone_vocab` appends to
``PHONE_WORDS_ANY``: whole words in scripts with spaces; inside a run in Thai, Lao, Khmer,
Myanmar, Tibetan and Han/kana text, which has no spaces between words.
"""

from __future__ import annotations

# ruff: noqa: RUF001  # word lists in many scripts; letters that look like Latin ones are meant
import re

PHONE_WORDS: dict[str, str] = {
    # Pacific
    "mi": "waea|waea pūkoro|waea pukoro|nama waea|tau waea|pūkoro|pukoro|waea mai|waea atu",
    "sm": "telefoni|telefoni feaveaʻi|numera telefoni|vili mai",
    "to": "telefoni|fetuʻutaki|fetu'utaki|fika telefoni",
    "haw": "kelepona|helu kelepona|kāhea|kahea mai",
    "fj": "talevoni|naba ni talevoni|qiria mai|qiri mai",
    "ty": "niuniu|niuniu afaifai|numera niuniu",
    "bi": "telefon|namba blong telefon",
    "tpi": "telefon|namba bilong telefon",
    "ch": "telefon|numiru telefon",
    # Americas
    "gn": "pumbyry|pumbyry papapy|pumbyry pokoivoha|ehenói|embohovái",
    "qu": "karu rimana|karu rimanapaq|willanakuy|rimanakuna|telefunu",
    "ay": "jaya aruskipaña|aruskipaña|telefunu",
    "ht": "telefòn|telefon|nimewo telefòn|selilè|pòtab|rele nou|rele m",
    "pap": "telefon|number di telefon|selular|yama nos|yama mi",
    "srn": "telefon|telefonnummer",
    # Africa
    "rw": "terefone|telefone|nimero ya telefone|hamagara|muhamagare|mutelefone",
    "rn": "terefone|telefone|hamagara|inomero ya terefone",
    "lg": "essimu|ssimu|namba y'essimu|kuba essimu|mukubire",
    "ny": "lamya|foni|nambala ya foni|imbani|muyimbire",
    "sn": "runhare|nhare|fonera|nhamba yerunhare|ndifonere",
    "st": "mohala|founu|letsetsa|nomoro ya mohala|mo letsetse",
    "tn": "mogala|founu|leletsa|nomoro ya mogala|mo leletse",
    "nso": "mogala|leletša|founu|nomoro ya mogala",
    "ts": "riqingho|foni|ringela|nomboro ya riqingho",
    "ve": "lutingo|founu|founela",
    "ss": "lucingo|shayela",
    "xh": "umnxeba|ifowuni|ifoni|tsalela|inombolo yomnxeba",
    "zu": "ucingo|ifoni|shayela|inombolo yocingo|umakhalekhukhwini",
    "nd": "ucingo|fonela|inombolo yocingo",
    "yo": "foonu|fóònù|ẹ̀rọ ìbánisọ̀rọ̀|ero ibanisoro|nọ́mbà fóònù|pè mí",
    "ig": "ekwentị|ekwenti|kpọọ|kpoo|nọmba ekwentị",
    "ha": "waya|lambar waya|wayar hannu|kira ni",
    "ff": "telefon|noddu|nimero telefon",
    "wo": "telefon|nimero telefon|portaabal",
    "bm": "telefɔni|telefoni|nimɔrɔ|nimoro",
    "ak": "ahomatrofo|fon|frɛ me|frɛ yɛn",
    "ee": "telefon|fon",
    "om": "bilbila|bilbilaa|lakkoofsa bilbilaa|bilbilaa harkaa|nu bilbilaa",
    "so": "taleefan|telefoon|moobil|mobayl|na soo wac|soo wac|lambarka taleefanka",
    "am": "ስልክ|ሞባይል|ተንቀሳቃሽ ስልክ|ይደውሉ|ደውሉ|ስልክ ቁጥር",
    "ti": "ስልኪ|ተሌፎን|ሞባይል|ደውሉ|ቁጽሪ ስልኪ",
    "kab": "tiliɣri|siwel|uṭṭun n tiliɣri",
    "ki": "thimu|cimu|namba ya thimu",
    "luo": "simu|namba mar simu",
    "sw": "rununu|simu ya mkononi|tupigie|nipigie simu",
    "ln": "telefone|benga ngai",
    "mg": "finday|telefaonina|laharana finday|antsoy",
    "kr": "telefon",
    # Europe
    "fo": "telefon|fartelefon|telefonnummar|ring til",
    "eu": "telefonoa|telefono zenbakia|deitu|deitu iezaguzu",
    "ca": "telèfon|telefon|mòbil|truqueu|truca'ns|truqui",
    "gl": "teléfono|móbil|chame|chamar|chámenos",
    "oc": "telefòn|portable|sonatz",
    "br": "pellgomz|niverenn bellgomz|pellgomzer|pellgomzit",
    "gd": "fòn|àireamh fòn|àireamh fòn-làimhe|fòn-làimhe|cuir fòn",
    "gv": "fone|fone laue",
    "kw": "pellgowser|pellgowsa",
    "lb": "telefon|telefonsnummer|handy|uruffen|rufft un",
    "rm": "telefon|natel|telefonar|numer da telefon",
    "gsw": "natel|telefon|aalüüte|alüte|lüüt aa|lüüted aa",
    "fy": "telefoan|tillefoan|skilje|mobyl",
    "lt": "skambinkite|skambinti|tel. nr|mob. tel",
    "et": "helistage|helista|telefoninumber|mobiiltelefon",
    "se": "telefovdna|mobiila|telefonnummar|riŋge",
    "mt": "telefown|mowbajl|ċempel|ċemplu|ċempluna",
    "sq": "telefononi|celulari|numri i telefonit|telefon",
    "bs": "mobitel|nazovite|pozovite|nazovi|javite se|broj telefona",
    "sl": "pokličite|pokliči|telefonska številka|gsm",
    "cs": "telefonní číslo|mobilní|zavolejte",
    "be": "тэл|тэлефон|мабільны|тэлефануйце|патэлефануйце",
    "uk": "дзвоніть|зателефонуйте|мобільний|номер телефону",
    "mk": "мобилен|јавете се|повикајте|телефонски број",
    "bg": "мобилен|обадете се|телефонен номер|gsm",
    "sr": "мобилни|позовите|јавите се|број телефона",
    "eo": "telefono|poŝtelefono|telefonnumero|telefonu",
    "yi": "טעלעפאן|טעלעפאָן|רופט|קליינגט",
    "he": "פלאפון|סלולרי|התקשרו|חייגו|התקשר",
    # Caucasus, Central and West Asia
    "hy": "հեռ|բջջային|զանգահարել|զանգահարեք|զանգեք|հեռախոսահամար",
    "ka": "მობილური|დარეკეთ|დამირეკეთ|ტელეფონის ნომერი",
    "az": "zəng|zəng edin|mobil nömrə|telefon nömrəsi",
    "kk": "ұялы|хабарласыңыз|қоңырау|телефон нөмірі",
    "ky": "уюлдук|чалыңыз|телефон номери",
    "uz": "qo'ng'iroq|qoʻngʻiroq|qo‘ng‘iroq|telefon raqami|qo'ng'iroq qiling|mobil",
    "tg": "занг|занг занед|рақами телефон|мобилӣ",
    "tk": "jaň|jaň ediň|telefon belgisi|ykjam",
    "mn": "гар утас|залгана уу|утасны дугаар",
    "fa": "شماره تماس|تماس|زنگ بزنید|تلفن همراه",
    "ps": "ټیلیفون|ټلیفون|ګرځنده|ګرځنده تلیفون|تلیفون|زنګ ووهئ|اړیکه",
    "ckb": "تەلەفۆن|مۆبایل|ژمارەی تەلەفۆن|پەیوەندی|تەلەفون",
    "kmr": "telefon|hejmara telefonê|têkilî|bang bike",
    "ur": "رابطہ|رابطہ نمبر|فون نمبر|کال کریں",
    "sd": "فون|موبائيل|رابطو",
    "ug": "تېلېفون|يانفون|تېلېفون نومۇرى",
    "ar": "رقم التواصل|للتواصل|تيليفون|التيليفون|بورطابل|البورطابل|تلفوني",
    "ary": "عيط|عيطو|عيط ليا",
    "dv": "ފޯނު|ފޯނު ނަންބަރު|ގުޅުއްވާ",
    # South Asia
    "ne": "सम्पर्क|मोबाइल नम्बर|फोन नम्बर",
    "mr": "भ्रमणध्वनी|दूरध्वनी|संपर्क क्रमांक",
    "hi": "दूरभाष|कॉल करें|मोबाईल",
    "gu": "ફોન|મોબાઇલ|મોબાઈલ|સંપર્ક",
    "pa": "ਫ਼ੋਨ|ਫੋਨ|ਮੋਬਾਈਲ|ਸੰਪਰਕ",
    "bn": "যোগাযোগ|মোবাইল নম্বর|ফোন নম্বর",
    "as": "দূৰভাষ|ম'বাইল|যোগাযোগ",
    "or": "ଫୋନ|ମୋବାଇଲ|ଯୋଗାଯୋଗ|ଦୂରଭାଷ",
    "te": "ఫోన్|మొబైల్|సంప్రదించండి|ఫోను",
    "kn": "ಫೋನ್|ಮೊಬೈಲ್|ದೂರವಾಣಿ|ಸಂಪರ್ಕ",
    "ml": "ഫോൺ|മൊബൈൽ|ബന്ധപ്പെടുക|ഫോൺ നമ്പർ",
    "ta": "போன்|அலைபேசி|தொடர்பு|தொலைபேசி எண்",
    "si": "ජංගම|අමතන්න|දුරකථන අංකය",
    # South-East and East Asia
    "my": "ဖုန်း|တယ်လီဖုန်း|ဆက်သွယ်ရန်|မိုဘိုင်း",
    "km": "ទូរសព្ទ|ទូរស័ព្ទ|ទំនាក់ទំនង|លេខទូរស័ព្ទ",
    "lo": "ເບີໂທ|ມືຖື|ໂທຫາ|ຕິດຕໍ່",
    "th": "ติดต่อ|หมายเลขโทรศัพท์",
    "bo": "ཁ་པར|ལག་ཁ་པར",
    "tl": "selpon|selfon|tawagan|tumawag|numero ng telepono",
    "ilo": "telepono|ayaban|ayabannak|selpon",
    "ceb": "telepono|selpon|tawag|tawagi",
    "jv": "telpon|nomer hp|nomer telpon|hubungi",
    "su": "telepon|nomer telepon|hubungi",
    "ms": "telefon|telefon bimbit|hubungi|no. tel",
    "tet": "telefone|telemovel|numeru telefone|kontaktu",
    "hmn": "xov tooj|hu rau",
    "ja": "でんわ|電話番号|携帯電話|ケータイ|連絡先",
    "zh": "电话号码|電話號碼|手机号|手機號|联系电话|聯絡電話|致电|撥打|拨打",
}
"""Language code -> phone words, ``|``-separated, lower case."""

_GLUED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u0f00-\u0fff\u3040-\u30ff\u4e00-\u9fff]")
"""Scripts without spaces between words: a phone word there is matched inside a run."""


def _phrase(word: str) -> str:
    return r"[ \t]+".join(re.escape(part) for part in word.split())


def _source() -> str:
    words = sorted({w for v in PHONE_WORDS.values() for w in v.split("|") if len(w) > 2}, key=lambda w: (-len(w), w))
    glued = [_phrase(w) for w in words if _GLUED.match(w)]
    spaced = [_phrase(w) for w in words if not _GLUED.match(w)]
    return r"(?<![^\W\d_])(?:" + "|".join(spaced) + r")(?![^\W\d_])|(?:" + "|".join(glued) + ")"


SOURCE = _source()
"""The alternation `phone_vocab.PHONE_WORDS_ANY` appends (case-insensitive there)."""
