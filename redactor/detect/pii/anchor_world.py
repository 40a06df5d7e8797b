"""Words that stand right before a person's name, for `pii.role_anchor` (data only, session 15).

Three kinds `salutation_world.MORE_ROLES` lacked, written per language from its grammar and its
usual ticket, order, letter and contact-card forms (not from any evaluation text):

- `HANDLING`: a verb of handling and its agent word, the name after it (``placed by``,
  ``handled by``, ``behandeld door``, ``traité par``, ``atendido por``, ``bstellt vo``,
  ``inasikaso ni``, ``تمت المعالجة بواسطة``). Only verbs of work done for a customer (placed,
  handled, served, assigned, approved, signed, processed, delivered...), never a bare ``by``
  (``sorted by``, ``powered by``), and only languages that put the agent before the name (Hindi
  ``द्वारा``, Turkish ``tarafından``, Japanese ``によって`` follow it);
- `TITLES`: honorifics before a name in scripts without letter case, which ``pii.honorific``
  reads only when its lexicon knows the name: Arabic ``الحاج``, ``الشيخ``, ``السيد``, Persian
  ``آقای``, ``خانم``, Urdu ``جناب``, Pashto ``ښاغلی``, Sorani ``کاک``, Hebrew ``מר``, Amharic
  ``አቶ``, Georgian ``ბატონი``, the Indic ``श्री`` family, Lao ``ທ້າວ``, Khmer ``លោក``;
- `GLUED_TITLES`: Burmese titles written joined to the name (``ဦးအောင်ကျော်``, ``ဒေါ်ခင်မြင့်``,
  ``ကိုဇော်မင်း``, ``မောင်``), with `GLUED_NOT_NAME`, the ordinary words that start with them
  (``ဦးစီး`` "lead", ``ဒေါ်လာ`` "dollar", ``ကိုယ်`` "self").

Every cue needs the name's line (or the next) to hold a phone number or an e-mail address, as
all of `pii.role_anchor`'s cues do; `COLON_MARKS` are the colons of other scripts a role noun may
be followed by (Khmer ``៖``, Ethiopic ``፡ ፦ ፥``, Armenian ``։``, full-width ``：``).
"""

from __future__ import annotations

# ruff: noqa: RUF001, RUF002  # word lists in many scripts; letters that look like Latin ones are meant
from redactor.detect.pii._vocab import words

HANDLING: dict[str, str] = {
    "en": (
        "placed by|handled by|served by|processed by|assigned to|approved by|signed by|submitted by|"
        "reported by|requested by|booked by|ordered by|received by|delivered by|picked up by|collected by|"
        "prepared by|checked by|inspected by|attended by|raised by|logged by|escalated to|escalated by|"
        "referred by|authorised by|authorized by|issued to|issued by|registered by|dispatched to|"
        "handed over to|taken by|filed by|opened by|closed by|updated by|contact person is"
    ),
    "nl": (
        "geplaatst door|behandeld door|afgehandeld door|verwerkt door|goedgekeurd door|ondertekend door|"
        "ingediend door|gemeld door|aangevraagd door|besteld door|ontvangen door|bezorgd door|geleverd door|"
        "opgehaald door|gecontroleerd door|toegewezen aan|geboekt door|aangemeld door|opgesteld door"
    ),
    "de": (
        "bearbeitet von|aufgegeben von|bestellt von|erfasst von|genehmigt von|unterschrieben von|"
        "unterzeichnet von|gemeldet von|angefragt von|empfangen von|geliefert von|abgeholt von|geprüft von|"
        "zugewiesen an|gebucht von|eingereicht von|betreut von|bedient von|erstellt von|entgegengenommen von"
    ),
    "gsw": (
        "bstellt vo|bschtellt vo|gmacht vo|erfasst vo|bearbeitet vo|gmäldet vo|aagmäldet vo|abgholt vo|"
        "underschribe vo|bedient vo|betreut vo|gliferet vo|prüeft vo"
    ),
    "lb": "bestallt vun|bearbecht vun|ënnerschriwwen vun|gemellt vun|ofgeholl vun",
    "fr": (
        "traité par|traitée par|passée par|passé par|commandé par|commandée par|validé par|validée par|"
        "signé par|signée par|soumis par|soumise par|signalé par|signalée par|demandé par|demandée par|"
        "reçu par|reçue par|livré par|livrée par|récupéré par|vérifié par|assigné à|assignée à|"
        "réservé par|enregistré par|suivi par|suivie par|pris en charge par|servi par|établi par"
    ),
    "es": (
        "atendido por|atendida por|gestionado por|gestionada por|tramitado por|tramitada por|procesado por|"
        "procesada por|realizado por|realizada por|aprobado por|aprobada por|firmado por|firmada por|"
        "solicitado por|solicitada por|recibido por|recibida por|entregado por|entregada por|"
        "recogido por|recogida por|asignado a|asignada a|reservado por|registrado por|revisado por|"
        "reportado por|pedido por|hecho por"
    ),
    "pt": (
        "atendido por|atendida por|processado por|processada por|aprovado por|aprovada por|assinado por|"
        "assinada por|solicitado por|solicitada por|recebido por|recebida por|entregue por|"
        "retirado por|retirada por|atribuído a|atribuída a|reservado por|registado por|registrado por|"
        "feito por|feita por|tratado por|tratada por"
    ),
    "it": (
        "gestito da|gestita da|effettuato da|effettuata da|approvato da|approvata da|firmato da|firmata da|"
        "richiesto da|richiesta da|ricevuto da|ricevuta da|consegnato da|consegnata da|ritirato da|"
        "ritirata da|assegnato a|assegnata a|prenotato da|prenotata da|registrato da|segnalato da|"
        "servito da|seguito da|seguita da|evaso da|evasa da|inoltrato da"
    ),
    "ca": "atès per|atesa per|gestionat per|signat per|sol·licitat per|rebut per|lliurat per|assignat a",
    "ro": (
        "procesat de|procesată de|aprobat de|aprobată de|semnat de|semnată de|solicitat de|primit de|"
        "livrat de|preluat de|alocat lui"
    ),
    "sv": (
        "hanterad av|hanteras av|handlagd av|beställd av|godkänd av|signerad av|undertecknad av|inskickad av|"
        "mottagen av|levererad av|hämtad av|tilldelad|bokad av|registrerad av|betjänad av"
    ),
    "no": (
        "behandlet av|bestilt av|godkjent av|signert av|mottatt av|levert av|hentet av|tildelt|booket av|registrert av"
    ),
    "da": (
        "behandlet af|bestilt af|godkendt af|underskrevet af|modtaget af|leveret af|afhentet af|tildelt|"
        "booket af|registreret af"
    ),
    "is": "afgreitt af|pantað af|samþykkt af|undirritað af|móttekið af|sótt af",
    "fi": "käsittelijä|tilaaja|vastaanottaja|hyväksyjä|allekirjoittaja|toimittaja|noutaja|varaaja|ilmoittaja",
    "et": "käsitleja|tellija|vastuvõtja|kinnitaja|allkirjastaja",
    "pl": (
        "obsługiwane przez|obsłużone przez|złożone przez|zatwierdzone przez|podpisane przez|"
        "zgłoszone przez|przyjęte przez|odebrane przez|dostarczone przez|przypisane do|zarezerwowane przez"
    ),
    "cs": (
        "vyřizuje|vyřídil|vyřídila|zpracoval|zpracovala|schválil|schválila|podepsal|podepsala|převzal|"
        "převzala|objednal|objednala"
    ),
    "sk": (
        "vybavuje|vybavil|vybavila|spracoval|spracovala|schválil|schválila|podpísal|podpísala|prevzal|"
        "prevzala|objednal|objednala"
    ),
    "hu": "ügyintéző|intézte|rögzítette|jóváhagyta|aláírta|átvette|megrendelő",
    "sl": "obdelal|obdelala|odobril|odobrila|podpisal|podpisala|prevzel|prevzela|naročil|naročila",
    "hr": "obradio|obradila|odobrio|odobrila|potpisao|potpisala|preuzeo|preuzela|naručio|naručila|zaprimio|zaprimila",
    "lt": "aptarnavo|patvirtino|pasirašė|užsakė|priėmė|paėmė|tvarko",
    "lv": "apkalpoja|apstiprināja|parakstīja|pasūtīja|pieņēma|saņēma|izsniedza",
    "ru": (
        "оформил|оформила|обработал|обработала|принял|приняла|подписал|подписала|согласовал|согласовала|"
        "утвердил|утвердила|выдал|выдала|получил|получила|заказал|заказала|ответственный|исполнитель"
    ),
    "uk": (
        "оформив|оформила|опрацював|опрацювала|прийняв|прийняла|підписав|підписала|погодив|погодила|видав|"
        "видала|отримав|отримала|виконавець"
    ),
    "bg": "обработено от|одобрено от|подписано от|прието от|поръчано от|доставено от|изпълнител",
    "sr": "обрадио|обрадила|одобрио|одобрила|потписао|потписала|преузео|преузела",
    "el": "εξυπηρετήθηκε από|καταχωρήθηκε από|εγκρίθηκε από|υπογράφηκε από|παραλήφθηκε από|ανατέθηκε σε",
    "tl": (
        "inasikaso ni|inayos ni|hinawakan ni|pinirmahan ni|inaprubahan ni|ipinadala ni|tinanggap ni|"
        "kinuha ni|inihanda ni|isinumite ni|iniulat ni|inorder ni|binili ni|sinagot ni|ni ginoong|ni ginang"
    ),
    "ceb": "giatiman ni|gipirmahan ni|gidawat ni|gipadala ni|gikuha ni|gi-order ni",
    "ilo": "inasikaso ni|pinirmaan ni|inawat ni|impatulod ni",
    "id": (
        "ditangani oleh|diproses oleh|dipesan oleh|disetujui oleh|ditandatangani oleh|diterima oleh|"
        "dikirim oleh|diambil oleh|dilayani oleh|dilaporkan oleh|diajukan oleh"
    ),
    "ms": (
        "dikendalikan oleh|diproses oleh|ditempah oleh|diluluskan oleh|ditandatangani oleh|diterima oleh|"
        "dihantar oleh|diambil oleh"
    ),
    "jv": "diurus dening|dipesen dening|ditampa dening|dikirim dening",
    "sw": (
        "imeshughulikiwa na|imeagizwa na|imeidhinishwa na|imesainiwa na|imepokelewa na|imewasilishwa na|amehudumiwa na"
    ),
    "vi": "xử lý bởi|được xử lý bởi|đặt bởi|phê duyệt bởi|ký bởi|người xử lý|người nhận|người đặt|nhân viên xử lý",
    "tr": "ilgilenen|işlemi yapan|teslim alan|teslim eden|onaylayan|imzalayan|sipariş veren",
    "az": "qəbul edən|təsdiqləyən|imzalayan|sifariş verən",
    "ar": (
        "بواسطة|تمت المعالجة بواسطة|تم الطلب بواسطة|الموظف المسؤول|المسؤول عن الطلب|تم التوقيع من|"
        "استلمها|استلمه|وقعها|وقعه|من طرف"
    ),
    "fa": "توسط|ثبت شده توسط|تأیید شده توسط|امضا شده توسط|تحویل گیرنده|کارشناس مسئول|مسئول پیگیری",
    "ur": "کی جانب سے|بذریعہ|وصول کنندہ|ذمہ دار افسر",
    "he": "טופל על ידי|הוזמן על ידי|אושר על ידי|נחתם על ידי|התקבל על ידי|על ידי|באחריות",
    "ka": "შეკვეთა გააფორმა|დაამუშავა|დაადასტურა|ხელი მოაწერა|მიიღო",
    "hy": "սպասարկեց|ընդունեց|հաստատեց|ստորագրեց|պատասխանատու",
    "am": "ያስተናገደው|የተቀበለው|ያጸደቀው|የፈረመው|በ አቶ",
    "th": "ดำเนินการโดย|อนุมัติโดย|ลงนามโดย|รับเรื่องโดย|ผู้รับผิดชอบ",
    "zh": "经办人|經辦人|负责人|負責人|处理人|處理人|签收人|簽收人|审批人|審批人",
}
"""Language code -> verbs of handling with their agent word, ``|``-separated, lower case."""

TITLES: dict[str, str] = {
    "ar": (
        "الحاج|الحاجة|الحاجه|الشيخ|الشيخة|السيد|السيدة|الآنسة|الانسة|الأستاذ|الأستاذة|الاستاذ|الاستاذة|"
        "المهندس|المهندسة|الدكتور|الدكتورة|حاج|حجي"
    ),
    "fa": "آقای|آقا|خانم|جناب|جناب آقای|سرکار خانم|حاجی|حاج آقا|مهندس|دکتر|استاد",
    "ur": "جناب|محترم|محترمہ|بیگم|حاجی|چوہدری|ڈاکٹر|انجینئر",
    "ps": "ښاغلی|ښاغلې|اغلې|حاجي|الحاج|ډاکټر|انجنیر",
    "ckb": "کاک|کاکە|خاتوو|خاتوون|مامۆستا|دکتۆر|حاجی",
    "sd": "جناب|سائين|محترم|محترمه",
    "ug": "ئەپەندى|خانىم",
    "he": "מר|גב'|גברת|הגב'|ד\"ר|עו\"ד|פרופ'",
    "yi": "הער|פרוי",
    "am": "አቶ|ወይዘሮ|ወ/ሮ|ወይዘሪት|ወ/ሪት|ዶ/ር|ኢንጅነር|ኢ/ር|ፕሮፌሰር",
    "ti": "ኣቶ|ወይዘሮ|ወ/ሮ|ወይዘሪት|ዶክተር",
    "ka": "ბატონი|ქალბატონი|ბ-ნი|ქ-ნი",
    "hi": "श्री|श्रीमती|सुश्री|कुमारी|डॉ|डॉ.|श्रीमान",
    "mr": "श्री|श्रीमती|डॉ",
    "ne": "श्री|श्रीमती|सुश्री",
    "bn": "জনাব|জনাবা|শ্রী|শ্রীমতী|বেগম|ডা.|মোঃ|মোছাঃ",
    "as": "শ্ৰী|শ্ৰীমতী|ড০",
    "pa": "ਸ੍ਰੀ|ਸ਼੍ਰੀ|ਸ਼੍ਰੀਮਤੀ|ਸਰਦਾਰ|ਬੀਬੀ",
    "gu": "શ્રી|શ્રીમતી|શ્રીમાન|ડૉ",
    "or": "ଶ୍ରୀ|ଶ୍ରୀମତୀ|ଡକ୍ଟର",
    "ta": "திரு|திருமதி|செல்வி|டாக்டர்",
    "te": "శ్రీ|శ్రీమతి|కుమారి|డాక్టర్",
    "kn": "ಶ್ರೀ|ಶ್ರೀಮತಿ|ಕುಮಾರಿ|ಡಾ",
    "ml": "ശ്രീ|ശ്രീമതി|കുമാരി|ഡോ",
    "si": "ශ්‍රී|ආචාර්ය|වෛද්‍ය",
    "lo": "ທ້າວ|ທ່ານນາງ|ນາງສາວ|ນາງ",
    "km": "លោក|លោកស្រី|អ្នកស្រី|កញ្ញា|ឯកឧត្តម|លោកជំទាវ",
}
"""Language code -> titles before a name in scripts without letter case, ``|``-separated."""

GLUED_TITLES: tuple[str, ...] = ("ဦး", "ဒေါ်", "ကို", "မောင်", "ဆရာမ", "ဆရာ", "ဒေါက်တာ")
"""Burmese titles (U, Daw, Ko, Maung, teacher, doctor), written joined to the name or spaced."""

GLUED_NOT_NAME: tuple[str, ...] = (
    *("ဦးစီး", "ဦးဆောင်", "ဦးစား", "ဦးတည်", "ဦးခေါင်း", "ဦးနှောက်", "ဦးရေ", "ဦးထုပ်", "ဦးချို", "ဦးအောင်မြင်"),
    *("ဒေါ်လာ", "ဒေါသ", "ကိုယ်", "ကိုး", "ကိုင်", "ကိုက်", "ကိုလို", "ကိုဗစ်", "ကိုရီးယား", "မောင်းနှင်", "ဆရာဝန်"),
)
"""Burmese words that start with a title: lead, leading, priority, aim, head, brain, population, hat,
horn; dollar, anger, self, nine, hold, bite, colony, COVID, Korea; drive; physician."""

GLUED_PARTICLES: tuple[str, ...] = (
    *("ကို", "က", "ရဲ့", "၏", "နဲ့", "နှင့်", "သို့", "ထံ", "အား", "ဟာ", "မှ", "လည်း", "ပါ", "ရှင့်", "ခင်ဗျာ"),
    *("ဖုန်း", "ထံသို့", "ဆီ", "ရဲ့ဖုန်း"),
)
"""Burmese case particles and polite endings a name may be joined to (to, subject, of, with, from,
also, the phone word), cut from its end."""

COLON_MARKS = "\u17d6\u1361\u1365\u1366\u0589\u05c3\u061b"
"""Colons of other scripts after a role noun: Khmer ``៖``, Ethiopic ``፡ ፥ ፦``, Armenian ``։``,
Hebrew ``׃``, Arabic semicolon ``؛`` (written for a colon on some keyboards)."""

TITLE_NOT_AFTER: frozenset[str] = words(
    """
    شارع طريق مستشفى مسجد جامع مدرسة جامعة حي مدينة مركز ميدان جسر قاعة مؤسسة كلية ضاحية مطار ميناء
    خیابان بیمارستان مدرسه دانشگاه میدان بلوار کوچه پل مرکز بزرگراه فرودگاه شهرک
    سڑک ہسپتال روڈ چوک کالونی
    मार्ग रोड अस्पताल नगर चौक विद्यालय कॉलेज महाविद्यालय भवन सड़क
    সড়ক রোড হাসপাতাল কলেজ বিদ্যালয় ভবন
    சாலை மருத்துவமனை நகர் கல்லூரி பள்ளி
    రోడ్డు ఆసుపత్రి నగర్ కళాశాల ರಸ್ತೆ ಆಸ್ಪತ್ರೆ ನಗರ ಕಾಲೇಜು റോഡ് ആശുപത്രി നഗർ കോളേജ്
    רחוב רח' שדרות בית
    ផ្លូវ មន្ទីរពេទ្យ សាលា វិទ្យាល័យ ຖະໜົນ ໂຮງໝໍ ໂຮງຮຽນ ບ້ານ
    መንገድ ሆስፒታል ጎዳና ትምህርት
    """
)
"""Place and institution words before a title: the title and name that follow name the place
(``شارع الشيخ زايد``, ``مستشفى الملك``, ``خیابان آقای``, ``ផ្លូវ លោក``), not a person."""

GLUED_PLACE_ENDS: tuple[str, ...] = ("လမ်း", "ရပ်ကွက်", "ကျောင်း", "ဆေးရုံ", "ဘုရား", "ကျေးရွာ", "မြို့")
"""Burmese street, ward, school, hospital, pagoda, village and town words: a titled name joined to
one names the place (``ဦးဝိစာရလမ်း`` "U Wisara Road")."""
