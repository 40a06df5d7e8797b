"""Greetings, sign-offs, self-introductions and honorifics of about 75 languages (data only).

Read by `redactor.detect.pii.salutations` (``pii.salutation``) and
`redactor.detect.pii.honorifics` (``pii.honorific``). Written from the usual letter, mail and
chat forms of each language (textbook and style-guide forms, not from any evaluation text);
extend it with languages or forms that are missing, never with single lines seen in a corpus.

Each language is one `Forms` row; every field is a ``|``-separated list of lower-case
expressions (a space inside an expression matches any run of blanks):

- ``greetings``: stand before a name at the start of a message (``hola``, ``sawubona``, ``मरहबा``);
- ``sign_offs``: stand alone on a line above the writer's name (``saludos``, ``с уважением``);
- ``intros``: "my name is" / "I am called" before the speaker's own name (``me llamo``, ``naitwa``);
- ``titles``: honorifics before a name (``sra``, ``herr``, ``pani``, ``श्री``, ``السيد``);
- ``after``: honorifics after a name (``bey``, ``さん``, ``님``, ``जी``, ``先生``).

A trailing ``.`` of an abbreviation is optional in the text and not written here.
"""

from __future__ import annotations

from typing import NamedTuple

from redactor.detect.pii._vocab import words
from redactor.detect.pii.salutation_world import MORE_LANGUAGES


class Forms(NamedTuple):
    """The name cues of one language (``|``-separated, lower-case)."""

    greetings: str = ""
    sign_offs: str = ""
    intros: str = ""
    titles: str = ""
    after: str = ""


# ruff: noqa: RUF001, RUF002  # word lists; Cyrillic, Greek and other letters that look like Latin ones are meant
LANGUAGES: dict[str, Forms] = {
    "es": Forms(
        "hola|buenos días|buenas tardes|buenas noches|buen día|estimado|estimada|estimados|querido|querida"
        "|apreciado|apreciada|hola de nuevo",
        "saludos|saludos cordiales|un saludo|un cordial saludo|atentamente|cordialmente|un abrazo|gracias"
        "|muchas gracias|besos|hasta pronto",
        "me llamo|mi nombre es|mi nombre completo es|soy",
        "sr|sra|srta|señor|señora|señorita|don|doña|dr|dra|lic|licenciado|licenciada|ing|ingeniero|ingeniera"
        "|prof|profesor|profesora",
    ),
    "pt": Forms(
        "olá|oi|bom dia|boa tarde|boa noite|prezado|prezada|prezados|caro|cara|querido|querida|estimado|estimada",
        "atenciosamente|cumprimentos|abraços|um abraço|obrigado|obrigada|cordialmente|beijos|até breve"
        "|com os melhores cumprimentos|saudações|abraço|beijo|um beijo",
        "meu nome é|o meu nome é|me chamo|chamo-me",
        "sr|sra|srª|senhor|senhora|dona|dr|dra|drª|eng|engenheiro|engenheira|prof|professor|professora",
    ),
    "fr": Forms(
        "bonjour|bonsoir|salut|coucou|cher|chère|chers|chères|allô|rebonjour",
        "cordialement|bien cordialement|bien à vous|salutations|sincères salutations|amitiés|bises|merci"
        "|merci beaucoup|à bientôt|bonne journée|respectueusement|amicalement|bisous|bien amicalement",
        "je m'appelle|je m’appelle|mon nom est|je me nomme|moi c'est|moi c’est",
        "m|mme|mlle|monsieur|madame|mademoiselle|maître|dr|docteur|pr|professeur",
    ),
    "de": Forms(
        "hallo|guten morgen|guten tag|guten abend|liebe|lieber|liebes|sehr geehrte|sehr geehrter|servus|moin"
        "|grüß gott|grüss gott|grüezi|grüß dich|grüss dich",
        "mit freundlichen grüßen|mit freundlichen grüssen|freundliche grüße|freundliche grüsse|viele grüße"
        "|viele grüsse|liebe grüße|liebe grüsse|beste grüße|beste grüsse|herzliche grüße|herzliche grüsse"
        "|schöne grüße|schöne grüsse|grüße|grüsse|gruß|gruss|lg|mfg|vg|danke|vielen dank|hochachtungsvoll|bis bald",
        "ich heiße|ich heisse|mein name ist|mein name lautet",
        "herr|herrn|frau|dr|prof|dipl.-ing|ing",
    ),
    "it": Forms(
        "ciao|buongiorno|buonasera|salve|gentile|gentilissimo|gentilissima|egregio|egregia|caro|cara|carissimo"
        "|carissima",
        "cordiali saluti|distinti saluti|saluti|un saluto|grazie|grazie mille|a presto|un abbraccio"
        "|cordialmente|saluti cordiali",
        "mi chiamo|il mio nome è|io sono",
        "sig|sig.ra|sig.na|signor|signore|signora|signorina|dott|dott.ssa|dottore|dottoressa|ing|avv|prof|prof.ssa",
    ),
    "nl": Forms(
        "hoi|hallo|goedemorgen|goedemiddag|goedenavond|beste|geachte|dag|lieve",
        "met vriendelijke groet|met vriendelijke groeten|vriendelijke groet|vriendelijke groeten|groeten"
        "|groetjes|hartelijke groet|hartelijke groeten|met hartelijke groet|bedankt|dank je|dank u wel|mvg|groet",
        "mijn naam is|ik heet",
        "dhr|mevr|mw|meneer|mevrouw|de heer|heer|ir|drs|dr|prof",
    ),
    "sv": Forms(
        "hej|hejsan|hallå|god morgon|god dag|godmorgon|kära|bästa",
        "med vänliga hälsningar|vänliga hälsningar|med vänlig hälsning|vänlig hälsning|hälsningar|mvh|tack"
        "|tack så mycket|allt gott|ha det bra",
        "jag heter|mitt namn är",
        "herr|fru|fröken|dr|prof",
    ),
    "no": Forms(
        "hei|hallo|god morgen|god dag|kjære",
        "med vennlig hilsen|vennlig hilsen|hilsen|mvh|takk|tusen takk|beste hilsen",
        "jeg heter|mitt navn er",
        "herr|fru|frøken",
    ),
    "da": Forms(
        "hej|hejsa|goddag|god morgen|kære",
        "med venlig hilsen|venlig hilsen|hilsen|mvh|tak|mange tak|de bedste hilsner|kærlig hilsen",
        "jeg hedder|mit navn er",
        "hr|fru|frk",
    ),
    "fi": Forms(
        "hei|moi|terve|moikka|hyvää huomenta|hyvää päivää|hyvä|rakas",
        "ystävällisin terveisin|terveisin|kiitos|parhain terveisin|kiittäen",
        "nimeni on|minun nimeni on|olen nimeltäni",
        "herra|rouva|neiti",
    ),
    "is": Forms(
        "halló|sæl|sæll|góðan dag|góðan daginn|kæri|kæra|hæ",
        "kveðja|bestu kveðjur|með kveðju|takk|takk fyrir|kær kveðja",
        "ég heiti|nafn mitt er",
    ),
    "pl": Forms(
        "cześć|dzień dobry|witaj|witam|szanowny|szanowna|szanowni|drogi|droga|hej|dobry wieczór",
        "z poważaniem|pozdrawiam|pozdrawiam serdecznie|serdecznie pozdrawiam|dziękuję|pozdrowienia"
        "|łączę pozdrowienia|z wyrazami szacunku|serdeczności",
        "nazywam się|mam na imię|moje imię to",
        "pan|pani|panie|panią|panu|państwo|dr|prof|mgr|inż|pana|panem|panowie|panów",
    ),
    "cs": Forms(
        "ahoj|dobrý den|vážený|vážená|vážení|milý|milá|čau|zdravím|dobrý večer",
        "s pozdravem|s přátelským pozdravem|děkuji|díky|se srdečným pozdravem|s úctou|hezký den",
        "jmenuji se|jmenuju se|mé jméno je|moje jméno je",
        "pan|paní|pane|slečna|ing|mgr|dr|mudr|judr|prof|pana|panu|panem|slečny|slečně|slečnu|slečnou",
    ),
    "sk": Forms(
        "ahoj|dobrý deň|vážený|vážená|milý|milá|čau|zdravím",
        "s pozdravom|s pozdravem|ďakujem|s úctou|pekný deň|s priateľským pozdravom",
        "volám sa|moje meno je|menujem sa",
        "pán|pani|pane|ing|mgr|dr|mudr|pána|pánovi|pánom|paní|paňou|slečna|slečny|slečne|slečnu|slečnou",
    ),
    "sl": Forms(
        "živjo|zdravo|dober dan|spoštovani|spoštovana|draga|dragi|pozdravljeni",
        "lep pozdrav|lp|hvala|s spoštovanjem|prijazen pozdrav",
        "ime mi je|moje ime je|pišem se",
        "gospod|gospa|g|ga|gospoda|gospodu|gospodom|gospe|gospej|gospo",
    ),
    "hr": Forms(
        "bok|zdravo|dobar dan|poštovani|poštovana|dragi|draga|ćao|pozdrav",
        "lijep pozdrav|srdačan pozdrav|s poštovanjem|hvala|pozdrav|srdačno|lp|puno pozdrava",
        "zovem se|moje ime je|ja sam",
        "gospodin|gospođa|gospođica|g|gđa|gđica|dr|mr|prof|ing|gospodina|gospodinu|gospodinom|gospođe|gospođi|gospođu|gospođom",
    ),
    "sr": Forms(
        "здраво|добар дан|поштовани|поштована|драги|драга|ћао|zdravo|dobar dan|poštovani|poštovana",
        "срдачан поздрав|с поштовањем|хвала|поздрав|srdačan pozdrav|s poštovanjem|hvala|pozdrav",
        "зовем се|моје име је|zovem se|moje ime je",
        "господин|госпођа|госпођица|г|гђа|gospodin|gospođa|господина|господину|господином|госпође|госпођи|госпођу|госпођом|gospodina|gospodinu|gospodinom|gospođe|gospođi|gospođu|gospođom",
    ),
    "hu": Forms(
        "szia|sziasztok|helló|hello|jó napot|jó napot kívánok|kedves|tisztelt|üdvözlöm|szervusz",
        "üdvözlettel|tisztelettel|köszönöm|baráti üdvözlettel|üdv|köszönettel|további szép napot",
        "a nevem|nevem|engem hívnak",
        "dr|prof",
        "úr|úrnak|asszony|kisasszony",
    ),
    "ro": Forms(
        "bună|bună ziua|bună dimineața|bună seara|salut|stimate|stimată|stimați|dragă|dragi|buna ziua|buna",
        "cu stimă|cu respect|mulțumesc|multumesc|toate cele bune|o zi bună|cu drag|salutări|cu stima",
        "mă numesc|ma numesc|numele meu este|numele meu e",
        "domnul|doamna|domnișoara|dl|dna|d-na|d-l|dr|prof|ing",
    ),
    "bg": Forms(
        "здравей|здравейте|добър ден|добро утро|уважаеми|уважаема|скъпи|скъпа|здрасти",
        "поздрави|с уважение|благодаря|сърдечни поздрави|всичко най-хубаво|с поздрав",
        "казвам се|името ми е|аз съм",
        "господин|госпожа|госпожица|г-н|г-жа|г-ца|д-р|проф",
    ),
    "ru": Forms(
        "привет|здравствуйте|здравствуй|добрый день|доброе утро|добрый вечер|уважаемый|уважаемая|уважаемые"
        "|дорогой|дорогая|приветствую|здрасте",
        "с уважением|спасибо|всего доброго|всего хорошего|с наилучшими пожеланиями|благодарю|заранее спасибо"
        "|с благодарностью",
        "меня зовут|моё имя|мое имя",
        "господин|госпожа|г-н|г-жа|д-р|проф|господина|господину|господином|господине|госпожи|госпоже|госпожу|госпожой",
    ),
    "uk": Forms(
        "привіт|вітаю|добрий день|доброго дня|добрий вечір|шановний|шановна|шановні|дорогий|дорога|любий|люба"
        "|здрастуйте|доброго ранку",
        "з повагою|дякую|з найкращими побажаннями|щиро|з вдячністю|всього найкращого",
        "мене звати|моє ім'я|моє ім’я",
        "пан|пані|пане|д-р|проф|пана|пану|панові|паном|пані",
    ),
    "be": Forms(
        "прывітанне|добры дзень|паважаны|паважаная|дарагі|дарагая|вітаю",
        "з павагай|дзякуй",
        "мяне завуць|маё імя",
        "спадар|спадарыня|пан|пані",
    ),
    "el": Forms(
        "γεια σου|γεια σας|γεια|καλημέρα|καλησπέρα|αγαπητέ|αγαπητή|αγαπητοί|αξιότιμε|αξιότιμη|χαίρετε",
        "με εκτίμηση|φιλικά|ευχαριστώ|με φιλικούς χαιρετισμούς|χαιρετισμούς|με τιμή|πολλά φιλιά",
        "με λένε|ονομάζομαι|το όνομά μου είναι|λέγομαι",
        "κ|κος|κα|κύριος|κυρία|κύριε|κυρ|δρ|καθ",
    ),
    "tr": Forms(
        "merhaba|selam|sayın|sevgili|değerli|günaydın|iyi günler|iyi akşamlar|selamlar|merhabalar",
        "saygılarımla|saygilarimla|iyi çalışmalar|teşekkürler|tesekkurler|sevgiler|selamlar|teşekkür ederim"
        "|kolay gelsin|hayırlı işler",
        "benim adım|adım|ismim|benim ismim",
        "bay|bayan|dr|doç|prof|av|müh",
        "bey|hanım|hanim|beyefendi|hanımefendi|efendi|hoca|hocam",
    ),
    "az": Forms(
        "salam|hörmətli|əziz|sabahınız xeyir|günortanız xeyir",
        "hörmətlə|təşəkkürlər|təşəkkür edirəm|sağ olun",
        "mənim adım|adım",
        "cənab|xanım",
        "bəy|xanım|müəllim",
    ),
    "kk": Forms(
        "сәлеметсіз бе|сәлем|құрметті|қайырлы күн|сәлеметсің бе",
        "құрметпен|рахмет|алғыспен",
        "менің атым|менің есімім|атым",
        "мырза|ханым",
        "мырза|ханым|ағай|апай",
    ),
    "uz": Forms(
        "salom|assalomu alaykum|hurmatli|aziz|xayrli kun",
        "hurmat bilan|rahmat|katta rahmat",
        "mening ismim|ismim|mening otim",
        "janob|xonim",
        "xonim|janob",
    ),
    "ka": Forms(
        "გამარჯობა|ძვირფასო|პატივცემულო|სალამი|დილა მშვიდობისა",
        "პატივისცემით|მადლობა|საუკეთესო სურვილებით",
        "მე მქვია|ჩემი სახელია|მე ვარ",
        "ბატონო|ქალბატონო|ბატონი|ქალბატონი",
    ),
    "hy": Forms(
        "բարև|բարև ձեզ|բարեւ|բարեւ ձեզ|հարգելի|սիրելի|բարի լույս|բարի օր",
        "հարգանքով|շնորհակալություն|մեծ հարգանքով",
        "իմ անունը|ես",
        "պարոն|տիկին|օրիորդ|դոկտոր",
        "ջան",
    ),
    "he": Forms(
        "שלום|היי|הי|בוקר טוב|ערב טוב|לכבוד|שלום רב|אהלן",
        "בברכה|תודה|בתודה|כל טוב|בהוקרה|תודה רבה|בברכה חמה|שלך",
        "שמי|קוראים לי|השם שלי|אני",
        "מר|גב'|גב׳|גברת|ד\"ר|ד״ר|עו\"ד|עו״ד|פרופ'|הגב'",
    ),
    "ar": Forms(
        "مرحبا|مرحباً|مرحبًا|أهلا|أهلاً|أهلًا|اهلا|السلام عليكم|صباح الخير|مساء الخير|عزيزي|عزيزتي|حضرة|هلا|سلام",
        "مع التحية|مع خالص التحية|تحياتي|شكرا|شكراً|شكرًا|مع أطيب التحيات|وتفضلوا بقبول فائق الاحترام|مع الشكر"
        "|تحياتي لك|مع التقدير|وشكرا",
        "اسمي|أنا اسمي|انا اسمي|أنا|انا",
        "السيد|السيدة|الأستاذ|الأستاذة|الاستاذ|الاستاذة|الدكتور|الدكتورة|الشيخ|المهندس|المهندسة|الآنسة|الأخ|الأخت",
    ),
    "fa": Forms(
        "سلام|درود|سلام و وقت بخیر|سلام وقت بخیر|وقت بخیر|صبح بخیر|جناب|سرکار خانم",
        "با احترام|با تشکر|سپاس|ارادتمند|با سپاس|ممنون|قربان شما",
        "اسم من|نام من|من",
        "آقای|خانم|جناب|دکتر|مهندس|سرکار",
        "جان|عزیز",
    ),
    "ur": Forms(
        "السلام علیکم|اسلام علیکم|سلام|آداب|محترم|محترمہ|جناب|عزیز|عزیزم|ہیلو",
        "شکریہ|والسلام|آپ کا مخلص|خیر اندیش|نیک تمنائیں|بہت شکریہ",
        "میرا نام|مجھے کہتے ہیں|میں",
        "جناب|محترم|محترمہ|ڈاکٹر|بیگم|مسٹر|مسز|سید|صاحبزادہ",
        "صاحب|صاحبہ|جی|بھائی|باجی",
    ),
    "hi": Forms(
        "नमस्ते|नमस्कार|प्रिय|आदरणीय|हेलो|हैलो|हाय|सुप्रभात|राम राम",
        "धन्यवाद|सादर|भवदीय|भवदीया|शुभकामनाओं सहित|आपका|आपकी|शुक्रिया|सधन्यवाद",
        "मेरा नाम|मैं",
        "श्री|श्रीमती|सुश्री|कुमारी|डॉ|डॉक्टर|श्रीमान|प्रो",
        "जी|साहब|साहिबा|भाई|भैया|दीदी|बहन|ji|sahab|saheb|sahib",
    ),
    "bn": Forms(
        "নমস্কার|হ্যালো|প্রিয়|আসসালামু আলাইকুম|শ্রদ্ধেয়|সুপ্রভাত|সালাম",
        "ধন্যবাদ|শুভেচ্ছান্তে|বিনীত|শুভেচ্ছা|শুভেচ্ছাসহ|ভালো থাকবেন",
        "আমার নাম|আমি",
        "জনাব|শ্রী|শ্রীমতী|মিসেস|ডাঃ|ডা|বেগম|মোঃ|মো",
        "সাহেব|বাবু|দা|দিদি|ভাই|আপা|জি",
    ),
    "pa": Forms(
        "ਸਤ ਸ੍ਰੀ ਅਕਾਲ|ਪਿਆਰੇ|ਨਮਸਤੇ|ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ",
        "ਧੰਨਵਾਦ|ਸਤਿਕਾਰ ਸਹਿਤ",
        "ਮੇਰਾ ਨਾਮ|ਮੇਰਾ ਨਾਂ|ਮੈਂ",
        "ਸ੍ਰੀ|ਸ੍ਰੀਮਤੀ|ਸਰਦਾਰ|ਡਾ",
        "ਜੀ",
    ),
    "gu": Forms("નમસ્તે|પ્રિય|નમસ્કાર|આદરણીય", "આભાર|આપનો|સાદર", "મારું નામ|હું", "શ્રી|શ્રીમતી|ડૉ", "ભાઈ|બેન|જી"),
    "mr": Forms(
        "नमस्कार|प्रिय|आदरणीय", "धन्यवाद|आपला|आपली|सस्नेह", "माझे नाव|माझं नाव|मी", "श्री|श्रीमती|डॉ", "जी|साहेब|ताई|राव"
    ),
    "ne": Forms("नमस्ते|प्रिय|आदरणीय", "धन्यवाद|भवदीय", "मेरो नाम|म", "श्री|श्रीमती|डा", "जी|ज्यू|दाइ|दिदी"),
    "ta": Forms("வணக்கம்|அன்புள்ள|மதிப்பிற்குரிய", "நன்றி|அன்புடன்|இப்படிக்கு", "என் பெயர்|நான்", "திரு|திருமதி|செல்வி|டாக்டர்", "அவர்கள்"),
    "te": Forms("నమస్కారం|నమస్తే|ప్రియమైన", "ధన్యవాదాలు|ఇట్లు", "నా పేరు|నేను", "శ్రీ|శ్రీమతి|డా", "గారు"),
    "kn": Forms("ನಮಸ್ಕಾರ|ಪ್ರಿಯ|ನಮಸ್ತೆ", "ಧನ್ಯವಾದಗಳು|ಇಂತಿ", "ನನ್ನ ಹೆಸರು|ನಾನು", "ಶ್ರೀ|ಶ್ರೀಮತಿ|ಡಾ", "ಅವರು"),
    "ml": Forms("നമസ്കാരം|പ്രിയ|പ്രിയപ്പെട്ട", "നന്ദി|വിശ്വസ്തതയോടെ", "എന്റെ പേര്|ഞാൻ", "ശ്രീ|ശ്രീമതി|ഡോ"),
    "si": Forms("ආයුබෝවන්|හලෝ|ගරු", "ස්තූතියි|බොහොම ස්තූතියි", "මගේ නම|මම", "මහතා|මහත්මිය"),
    "th": Forms(
        "สวัสดี|สวัสดีครับ|สวัสดีค่ะ|สวัสดีคะ|เรียน|ถึง|หวัดดี",
        "ขอบคุณครับ|ขอบคุณค่ะ|ขอบคุณ|ด้วยความเคารพ|ขอแสดงความนับถือ|ขอบคุณมากครับ|ขอบคุณมากค่ะ",
        "ผมชื่อ|ฉันชื่อ|ดิฉันชื่อ|ชื่อของฉันคือ|ชื่อของผมคือ|หนูชื่อ",
        "คุณ|นาย|นาง|นางสาว|ดร",
    ),
    "vi": Forms(
        "xin chào|chào|kính gửi|thân gửi|gửi|kính chào|chào bạn",
        "trân trọng|thân ái|cảm ơn|xin cảm ơn|thân|trân trọng cảm ơn|kính thư|em cảm ơn|cảm ơn bạn",
        "tên tôi là|tôi tên là|tôi là|em là|mình là|em tên là|mình tên là|tên em là|tên mình là|anh là|chị là",
        "ông|bà|anh|chị|cô|chú|em|bác|ts|ths|gs|pgs",
    ),
    "id": Forms(
        "halo|hai|selamat pagi|selamat siang|selamat sore|selamat malam|yth|yang terhormat|kepada|dear|assalamualaikum",
        "salam|hormat saya|terima kasih|salam hangat|hormat kami|wassalam|salam sejahtera",
        "nama saya|perkenalkan nama saya|saya bernama|perkenalkan saya",
        "bapak|pak|ibu|bu|saudara|saudari|sdr|sdri|mas|mbak|kak|dr|ir|prof",
    ),
    "ms": Forms(
        "hai|helo|salam|selamat pagi|assalamualaikum|yang dihormati|tuan|puan",
        "yang benar|terima kasih|sekian|salam hormat|ikhlas|sekian terima kasih",
        "nama saya|saya bernama",
        "tuan|puan|encik|cik|dato'|dato’|datuk|datin|tan sri|dr",
    ),
    "tl": Forms(
        "kumusta|kamusta|magandang umaga|magandang hapon|magandang gabi|mahal na|ginoong|ginang",
        "salamat|maraming salamat|lubos na gumagalang|nagmamahal",
        "ang pangalan ko ay|ako si|ako po si|pangalan ko ay",
        "g|gng|bb|ginoong|ginang|binibining|binibini|sir|ma'am",
    ),
    "sw": Forms(
        "habari|hujambo|jambo|mpendwa|salamu|shikamoo|mambo|habari yako|habari za asubuhi|hamjambo",
        "asante|asante sana|wako|wako mwaminifu|kwa heri|wasalaam|wako katika ujenzi wa taifa|kila la heri",
        "naitwa|jina langu ni|mimi ni|ninaitwa|mimi naitwa",
        "bwana|bw|bi|bibi|ndugu|mheshimiwa|mhe|dkt",
    ),
    "zu": Forms(
        "sawubona|sanibonani|sanibona|yebo|molo",
        "ngiyabonga|ozithobayo|ngiyabonga kakhulu|owakho",
        "igama lami ngu|igama lami nguku|ngingu",
        "mnumzane|nkosikazi|nkk|mnu",
    ),
    "xh": Forms(
        "molo|molweni|mholo", "enkosi|enkosi kakhulu|ozithobileyo", "igama lam ndingu|ndingu", "mnumzana|nkosikazi"
    ),
    "af": Forms(
        "hallo|goeie môre|goeiemôre|goeiedag|beste|liewe|geagte|haai",
        "groete|vriendelike groete|met groete|dankie|baie dankie|beste groete|die uwe|hartlike groete",
        "my naam is|ek is",
        "mnr|mev|dr|prof",
    ),
    "yo": Forms(
        "ẹ n lẹ|bawo|báwo|e kaaro|ẹ kú àárọ̀|e kaasan|pẹlẹ o|ẹ káàárọ̀|e ku aaro",
        "o ṣeun|ẹ ṣé|ẹ ṣeun|e se|o se|ẹ ṣé púpọ̀",
        "orúkọ mi ni|oruko mi ni|èmi ni",
        "ọ̀gbẹ́ni|ogbeni|arábìnrin|arabinrin|ìyáàfin|iyaafin|alhaji|alhaja",
    ),
    "ig": Forms("ndewo|kedu|nnọọ|nnoo", "daalụ|daalu|imeela", "aha m bụ|aha m bu", "maazị|mazi|oriaku|nwanyị"),
    "ha": Forms(
        "sannu|barka da safiya|barka da yamma|ina kwana",
        "na gode|mun gode|wassalam",
        "sunana|suna na",
        "malam|malama|alhaji|hajiya",
    ),
    "am": Forms(
        "ሰላም|ጤና ይስጥልኝ|ውድ|ክቡር|ክብርት|ሰላም ለእርስዎ",
        "ከሰላምታ ጋር|አመሰግናለሁ|ከአክብሮት ጋር|እናመሰግናለን",
        "ስሜ|እኔ",
        "አቶ|ወይዘሮ|ወ/ሮ|ወይዘሪት|ወ/ሪት|ዶ/ር|ዶክተር|ኢንጂነር",
    ),
    "so": Forms(
        "salaan|iska warran|ma nabad baa|see tahay|asalaamu calaykum|mudane|marwo",
        "mahadsanid|nabad|salaan|mahadsanidiin",
        "magacaygu waa|magacaygu|magacayga waa|waxaan ahay",
        "mudane|marwo|md|mrw|dr",
    ),
    "zh": Forms(
        "你好|您好|尊敬的|亲爱的|嗨|哈喽|早上好|下午好|晚上好|親愛的|敬爱的",
        "谢谢|此致敬礼|此致|敬礼|祝好|顺祝商祺|感谢|谢谢你|谢谢您|祝工作顺利|順頌商祺|謝謝|致礼",
        "我叫|我的名字是|我的名字叫|本人|我是",
        "",
        "先生|女士|小姐|老师|經理|经理|总|總|医生|醫生|教授|律师|律師|师傅|師傅|同学|同學|主任|老板|阿姨|博士|太太|姐|哥",
    ),
    "ja": Forms(
        "こんにちは|おはようございます|こんばんは|拝啓|お疲れ様です|お疲れさまです|はじめまして|初めまして|いつもお世話になっております",
        "よろしくお願いします|よろしくお願いいたします|宜しくお願いします|宜しくお願い致します|敬具|ありがとうございます"
        "|以上|草々|かしこ",
        "私は|わたしは|僕は|私の名前は|わたくし",
        "",
        "さん|様|さま|殿|先生|氏|くん|君|ちゃん|san|sama|kun|chan|sensei|dono",
    ),
    "ko": Forms(
        "안녕하세요|안녕|친애하는|존경하는|안녕하십니까|반갑습니다",
        "감사합니다|고맙습니다|감사드립니다|수고하세요",
        "제 이름은|저는|나는|내 이름은",
        "",
        "님|씨|선생님|교수님|과장님|부장님|대리님|팀장님|사장님|드림|올림|ssi|nim",
    ),
    "mn": Forms(
        "сайн байна уу|сайн уу|эрхэм хүндэт|хүндэт|эрхэм",
        "хүндэтгэсэн|баярлалаа|хүндэтгэлтэйгээр",
        "миний нэр|намайг",
        "ноён|хатагтай",
        "гуай|ах|эгч",
    ),
    "lt": Forms(
        "labas|sveiki|gerbiamas|gerbiamoji|gerbiama|mielas|miela|laba diena|labas rytas",
        "pagarbiai|ačiū|su pagarba|geriausi linkėjimai|linkėjimai",
        "mano vardas|mano vardas yra|aš esu",
        "ponas|ponia|ponai|p|dr|prof|pono|ponui|poną|ponu|ponios|poniai|ponią|ponia",
    ),
    "lv": Forms(
        "sveiki|labdien|cienījamais|cienījamā|dārgais|dārgā|čau|labrīt",
        "ar cieņu|paldies|ar labākajiem vēlējumiem|sveicieni",
        "mani sauc|mans vārds ir",
        "kungs|kundze|god",
        "kungs|kundze|kungam|kundzei",
    ),
    "et": Forms(
        "tere|hea|lugupeetud|kallis|tervist|tere hommikust|tšau",
        "lugupidamisega|parimate soovidega|aitäh|tänan|tervitades|parimat",
        "minu nimi on|mu nimi on",
        "härra|proua|preili|hr|pr",
    ),
    "sq": Forms(
        "përshëndetje|tungjatjeta|i nderuar|e nderuar|i dashur|e dashur|mirëdita|tung|ç'kemi",
        "me respekt|faleminderit|përshëndetje|me nderime|gjithë të mirat",
        "quhem|emri im është|unë jam",
        "z|znj|zonja|zoti|dr",
    ),
    "mk": Forms(
        "здраво|почитуван|почитувана|почитувани|драг|драга|добар ден",
        "со почит|благодарам|поздрав|срдечен поздрав",
        "се викам|моето име е|јас сум",
        "господин|госпоѓа|г-дин|г-ѓа",
    ),
    "ga": Forms(
        "a chara|dia duit|haigh|dia dhuit",
        "le meas|go raibh maith agat|slán|le gach dea-ghuí",
        "is mise|m'ainm|m’ainm",
        "an tUasal|an dr",
    ),
    "cy": Forms(
        "helo|annwyl|shwmae|s'mae|bore da|prynhawn da",
        "yn gywir|diolch|cofion|cofion gorau|yn ddiffuant",
        "fy enw i yw|fy enw yw|dw i'n",
        "mr|mrs|dr",
    ),
    "eu": Forms(
        "kaixo|egun on|arratsalde on|agur|estimatua",
        "adeitasunez|eskerrik asko|ondo izan|agur bero bat|agur",
        "nire izena|ni naiz",
        "jauna|andrea",
    ),
    "ca": Forms(
        "hola|bon dia|bona tarda|bona nit|benvolgut|benvolguda|estimat|estimada|apreciat|apreciada",
        "salutacions|atentament|cordialment|gràcies|moltes gràcies|una abraçada|fins aviat",
        "em dic|el meu nom és|sóc",
        "sr|sra|senyor|senyora|senyoreta|dr|dra",
    ),
    "gl": Forms(
        "ola|bo día|boa tarde|boas|benquerido|benquerida|estimado|estimada|querido|querida",
        "saúdos|atentamente|grazas|moitas grazas|un saúdo|unha aperta|cordialmente",
        "chámome|o meu nome é",
        "sr|sra|señor|señora|dona|don",
    ),
    "mt": Forms(
        "bongu|għażiż|għażiża|merħba|bonswa|awguri",
        "grazzi|dejjem tiegħek|tislijiet|sliem",
        "jisimni|jiena",
        "is-sur|is-sinjura|sur|sinjura|dr",
    ),
    "km": Forms("ជំរាបសួរ|សួស្តី|ជម្រាបសួរ", "សូមអរគុណ|អរគុណ|ដោយក្តីគោរព", "ខ្ញុំឈ្មោះ|ឈ្មោះរបស់ខ្ញុំ", "លោក|លោកស្រី|អ្នកស្រី|កញ្ញា|បណ្ឌិត"),
    "lo": Forms("ສະບາຍດີ|ຮຽນ", "ຂອບໃຈ|ດ້ວຍຄວາມເຄົາລົບ", "ຂ້ອຍຊື່|ຂ້ອຍແມ່ນ", "ທ້າວ|ນາງ|ທ່ານ"),
    "my": Forms(
        "မင်္ဂလာပါ|ချစ်သော|လေးစားအပ်ပါသော",
        "ကျေးဇူးတင်ပါတယ်|လေးစားစွာဖြင့်",
        "ကျွန်တော့်နာမည်|ကျွန်မနာမည်|ကျွန်တော့်နာမည်က|ကျွန်မနာမည်က",
        "ဦး|ဒေါ်|ကို|မ|ဒေါက်တာ",
    ),
}
"""Language code -> its name cues."""
# session 14: ~55 languages more (Central Asian, Turkic, Kurdish, African, Pacific, Celtic...)
LANGUAGES.update((code, Forms(*fields)) for code, fields in MORE_LANGUAGES.items() if code not in LANGUAGES)

GROUP_WORDS: frozenset[str] = words("""
    all everyone everybody team folks guys world there friends colleagues people
    mundo todos todas todes equipo gente amigos amigas compañeros compañeras chicos chicas señores
    señoras cliente clientes usuario usuaria usuarios familia
    monde tous toutes équipe equipe amis collègues client clients cliente utilisateur utilisatrice
    messieurs mesdames famille
    welt alle allerseits zusammen team leute freunde freundinnen kollegen kolleginnen kunde kundin
    kunden nutzer nutzerin benutzer benutzerin mitglieder teilnehmer teilnehmende damen herren
    community gemeinde mitarbeiter mitarbeitende familie
    mondo tutti tutte ragazzi ragazze amici amiche colleghi colleghe cliente utente utenti signori
    wereld iedereen allemaal team vrienden collega collega's klant klanten gebruiker gebruikers
    heren dames
    the das der die la le el il het los las les
    ihr ihre euer eure dein deine unser unsere votre vos notre nos ton ta tes su sus nuestro nuestra
    vostro vostra tuo tua seu sua jouw uw onze ons din ditt våre vår jeres vores
    support service services kundenservice kundendienst soporte atención suporte assistenza klantenservice
    helpdesk servicedesk service-desk supportteam support-team
    världen alla allihopa vänner kollegor kund kunder verden allesammen venner kolleger kunde kunder
    maailma kaikki kaverit ystävät kollegat asiakas
    świecie wszyscy wszystkim państwo zespół zespole koledzy koleżanki klient klienci kliencie
    użytkownik użytkowniku panowie
    světe všichni všem kolegové kolegyně zákazník zákazníku týme
    dünya herkes herkese ekip arkadaşlar arkadaşlar efendim müşteri kullanıcı
    мир всем все друзья коллеги команда клиент клиенты пользователь пользователи господа
    світ всім усім друзі колеги команда клієнт клієнти користувач пані панове
    κόσμε όλοι φίλοι συνάδελφοι πελάτη
    everyone's todo todo_mundo pessoal galera equipe clientes amigos
    wote ndugu rafiki marafiki wateja mteja timu
    semua teman kawan rekan pelanggan tim bapak ibu bapak-bapak ibu-ibu
    mọi bạn các quý khách anh chị anh/chị
    lahat kayo
""")
"""Words that follow a greeting but name no person: the world, a group, a role (``Hola Mundo``,
``Hallo zusammen``, ``Liebe Kolleginnen``, ``Habari wote``), lower-cased."""

UNCASED_GROUP_WORDS: frozenset[str] = words("""
    بالجميع الجميع جميعا جميعاً بكم بك يا أصدقائي الأصدقاء الفريق فريق العميل العملاء عملاءنا السادة
    همه دوستان همکاران عزیزان مشتری
    سب دوستو ساتھیو دوستوں
    सभी सबको दोस्तों मित्रों साथियों सब आप सभीको ग्राहक
    সবাই সবাইকে বন্ধুরা
    כולם לכולם לכולכם חברים חברות לקוח לקוחות צוות
    ทุกคน ทุกท่าน ครับ ค่ะ คะ ลูกค้า
    大家 各位 朋友 朋友们 同事 同事们 客户 用户 会员 顾客 亲 您 你 们
    皆さん 皆様 みなさん みなさま お客様 各位 ご担当者様 担当者様 みんな
    여러분 고객님 회원님 모두 고객 회원 선생님
    ሁላችሁም ወዳጆች ደንበኛ
    வாடிக்கையாளர் அனைவருக்கும்
""")
"""Uncased-script words after a greeting that name no person (everyone, friends, customer, the
vocative ``يا``)."""

ROLE_BEFORE_TITLE: frozenset[str] = words("""
    皆 お客 客 神 王 奥 母 父 兄 姉 弟 妹 娘 息子 お母 お父 お兄 お姉 社長 部長 課長 係長 店長 院長 会長 局長
    先輩 後輩 担当 担当者 ご担当者 医者 患者 会員 利用者 運転手 大家 業者 職人 作家 講師 生徒 学生 委員 議員
    選手 監督 上司 部下 同僚 友達 彼 彼女 お嬢 坊っ 赤 皆さま みな お疲れ 疲れ ご苦労 苦労 おかげ お陰 神さ
    王さ 奥さ お客さ 各位 ご利用者 店員 駅員 お医者 看護師 隣 向こう 相手 先方 御中 貴社
    客户 用户 会员 顾客 朋友 同事 各位 大家 亲爱 尊敬 老 小 大 男 女 这位 那位 该 某 此 本 贵 您 你 他 她
    고객 회원 선생 사장 부장 과장 차장 대리 팀장 교수 기사 대표 이사 실장 원장 담당자 관리자 본부장 소장 상무
    전무 회장 주임 간호사 의사 변호사 작가 형 누나 언니 오빠 아버 어머 할머 할아버 하느 하나 주 스 여러분
    손 따 아드 부모 신랑 신부 사모 사용자 구매자 판매자 주문자 작성자 신청자 운영자 개발자 학생 후배 선배
    사원 직원 기자 감독 박사 목사 신부 수녀 여사 학부모
    ग्राहक सर मैडम भाई बहन आप सब माता पिता गुरु
    گاہک آپ سب بھائی
""")
"""Words that stand where a name would, before an honorific, and are roles or pronouns (``お客様``,
``皆さん``, ``고객님``, ``客户先生``)."""

KOREAN_SURNAMES: frozenset[str] = frozenset(
    [
        "김",
        "이",
        "박",
        "최",
        "정",
        "강",
        "조",
        "윤",
        "장",
        "임",
        "한",
        "오",
        "서",
        "신",
        "권",
        "황",
        "안",
        "송",
        "류",
        "유",
        "전",
        "홍",
        "고",
        "문",
        "양",
        "손",
        "배",
        "백",
        "허",
        "남",
        "심",
        "노",
        "하",
        "곽",
        "성",
        "차",
        "주",
        "우",
        "구",
        "민",
        "진",
        "나",
        "지",
        "엄",
        "채",
        "원",
        "천",
        "방",
        "공",
        "현",
        "함",
        "변",
        "염",
        "여",
        "추",
        "도",
        "소",
        "석",
        "선",
        "설",
        "마",
        "길",
        "연",
        "위",
        "표",
        "명",
        "기",
        "반",
        "왕",
        "금",
        "옥",
        "육",
        "인",
        "맹",
        "제",
        "모",
        "탁",
        "국",
        "어",
        "은",
        "편",
        "용",
        "예",
        "경",
        "봉",
        "사",
        "부",
        "황보",
        "남궁",
        "제갈",
        "선우",
        "독고",
        "사공",
        "서문",
    ]
)
"""Korean family names (the national census top list; two-syllable ones last)."""

CHINESE_SURNAMES: frozenset[str] = frozenset(
    [
        "王",
        "李",
        "张",
        "刘",
        "陈",
        "杨",
        "黄",
        "赵",
        "吴",
        "周",
        "徐",
        "孙",
        "马",
        "朱",
        "胡",
        "郭",
        "何",
        "高",
        "林",
        "罗",
        "郑",
        "梁",
        "谢",
        "宋",
        "唐",
        "许",
        "韩",
        "冯",
        "邓",
        "曹",
        "彭",
        "曾",
        "肖",
        "田",
        "董",
        "袁",
        "潘",
        "于",
        "蒋",
        "蔡",
        "余",
        "杜",
        "叶",
        "程",
        "苏",
        "魏",
        "吕",
        "丁",
        "任",
        "沈",
        "姚",
        "卢",
        "姜",
        "崔",
        "钟",
        "谭",
        "陆",
        "汪",
        "范",
        "金",
        "石",
        "廖",
        "贾",
        "夏",
        "韦",
        "付",
        "方",
        "白",
        "邹",
        "孟",
        "熊",
        "秦",
        "邱",
        "江",
        "尹",
        "薛",
        "闫",
        "段",
        "雷",
        "侯",
        "龙",
        "史",
        "陶",
        "黎",
        "贺",
        "顾",
        "毛",
        "郝",
        "龚",
        "邵",
        "万",
        "钱",
        "严",
        "覃",
        "武",
        "戴",
        "莫",
        "孔",
        "向",
        "汤",
        "張",
        "劉",
        "陳",
        "楊",
        "黃",
        "趙",
        "吳",
        "孫",
        "馬",
        "鄭",
        "謝",
        "許",
        "韓",
        "馮",
        "鄧",
        "蕭",
        "蔣",
        "葉",
        "蘇",
        "呂",
        "盧",
        "鍾",
        "譚",
        "陸",
        "廖",
        "賈",
        "韋",
        "鄒",
        "邱",
        "薛",
        "閻",
        "龍",
        "賀",
        "顧",
        "龔",
        "萬",
        "錢",
        "嚴",
        "湯",
        "歐陽",
        "司马",
        "司馬",
        "诸葛",
        "諸葛",
        "上官",
        "东方",
        "東方",
        "皇甫",
        "令狐",
        "慕容",
        "尉迟",
        "公孙",
        "夏侯",
        "轩辕",
        "长孙",
        "宇文",
        "司徒",
        "端木",
        "欧阳",
    ]
) | frozenset(
    [
        "丘",
        "丛",
        "丰",
        "乌",
        "乔",
        "亓",
        "亢",
        "仇",
        "仝",
        "仲",
        "伊",
        "伍",
        "伏",
        "佘",
        "佟",
        "俞",
        "修",
        "倪",
        "傅",
        "储",
        "兰",
        "冀",
        "冉",
        "冶",
        "冼",
        "凃",
        "刁",
        "勾",
        "华",
        "卓",
        "卞",
        "喬",
        "單",
        "喻",
        "塗",
        "奉",
        "奚",
        "姬",
        "娄",
        "季",
        "寇",
        "尉",
        "尤",
        "尧",
        "屠",
        "岑",
        "嵇",
        "巩",
        "巫",
        "巴",
        "庞",
        "廉",
        "張簡",
        "慕",
        "應",
        "戈",
        "戎",
        "戚",
        "扈",
        "揭",
        "昝",
        "晁",
        "晏",
        "朴",
        "权",
        "杭",
        "柏",
        "柯",
        "柳",
        "柴",
        "栗",
        "栾",
        "桑",
        "梅",
        "楚",
        "楼",
        "樊",
        "檀",
        "欧",
        "歐",
        "殷",
        "毕",
        "池",
        "沙",
        "洪",
        "浦",
        "涂",
        "湛",
        "溫",
        "滕",
        "漆",
        "牟",
        "狄",
        "甄",
        "甘",
        "畢",
        "祁",
        "禹",
        "窦",
        "簡",
        "籃",
        "粘",
        "粟",
        "紀",
        "練",
        "繆",
        "纪",
        "缪",
        "羅",
        "翟",
        "聂",
        "聶",
        "胥",
        "臧",
        "舒",
        "艾",
        "芦",
        "芮",
        "苑",
        "苟",
        "范姜",
        "茅",
        "茹",
        "荆",
        "莊",
        "華",
        "萧",
        "蒲",
        "蔺",
        "薄",
        "藍",
        "裴",
        "褚",
        "詹",
        "诸",
        "谌",
        "賴",
        "赫",
        "辛",
        "辜",
        "連",
        "逯",
        "邝",
        "邢",
        "邬",
        "邰",
        "邸",
        "郁",
        "郎",
        "郜",
        "鄔",
        "鄞",
        "鄢",
        "鐘",
        "闕",
        "關",
        "闵",
        "阎",
        "阙",
        "阚",
        "陽",
        "隋",
        "顏",
        "颜",
        "饒",
        "饶",
        "駱",
        "骆",
        "魯",
        "鮑",
        "鲍",
        "鲜",
        "鹿",
        "麥",
        "麦",
        "齊",
        "龎",
    ]
)
"""Chinese family names: the common-surname top list in simplified and traditional forms, the
usual compound ones, and the rarer ones of Faker's ``zh_CN``/``zh_TW`` person lists (characters
that are mostly common words left out: 和 国 原 时 明 文...)."""

ROLES: dict[str, str] = {
    "es": "cliente|clienta|agente|empleado|empleada|conductor|conductora|repartidor|repartidora|paciente|destinatario"
    "|destinataria|remitente|compañero|compañera|gerente|usuario|usuaria|asesor|asesora|titular",
    "pt": "cliente|agente|funcionário|funcionária|motorista|entregador|entregadora|paciente|destinatário|destinatária"
    "|remetente|colega|gerente|usuário|usuária|atendente|titular",
    "fr": "client|cliente|agent|agente|employé|employée|chauffeur|livreur|livreuse|patient|patiente|destinataire"
    "|expéditeur|expéditrice|collègue|conseiller|conseillère|titulaire",
    "de": "kunde|kundin|mitarbeiter|mitarbeiterin|fahrer|fahrerin|patient|patientin|empfänger|empfängerin|absender"
    "|absenderin|kollege|kollegin|sachbearbeiter|sachbearbeiterin|berater|beraterin|kontoinhaber|kontoinhaberin",
    "it": "cliente|agente|dipendente|autista|corriere|paziente|destinatario|destinataria|mittente|collega|operatore"
    "|operatrice|titolare",
    "nl": "klant|medewerker|medewerkster|chauffeur|bezorger|patiënt|ontvanger|afzender|collega|rekeninghouder",
    "pl": "klient|klientka|pracownik|pracownica|kierowca|kurier|pacjent|pacjentka|odbiorca|nadawca|kolega|koleżanka"
    "|konsultant|konsultantka",
    "cs": "zákazník|zákaznice|zaměstnanec|zaměstnankyně|řidič|kurýr|pacient|pacientka|příjemce|odesílatel|kolega"
    "|kolegyně",
    "hu": "ügyfél|munkatárs|sofőr|futár|beteg|címzett|feladó|kolléga|ügyintéző",
    "ro": "clientul|clienta|angajatul|angajata|șoferul|curierul|pacientul|pacienta|destinatarul|expeditorul|colegul"
    "|colega",
    "tr": "müşteri|temsilci|çalışan|personel|sürücü|kurye|hasta|alıcı|gönderen|meslektaş|danışman|yetkili",
    "az": "müştəri|əməkdaş|sürücü|xəstə|alıcı|göndərən",
    "ru": "клиент|клиентка|сотрудник|сотрудница|водитель|курьер|пациент|пациентка|получатель|отправитель|коллега"
    "|менеджер|оператор|заказчик|заказчица",
    "uk": "клієнт|клієнтка|співробітник|співробітниця|водій|кур'єр|пацієнт|пацієнтка|отримувач|відправник|колега"
    "|менеджер|оператор|замовник",
    "el": "πελάτης|πελάτισσα|υπάλληλος|οδηγός|ασθενής|παραλήπτης|αποστολέας|συνάδελφος",
    "sw": "mteja|wakala|mfanyakazi|dereva|mgonjwa|mpokeaji|mtumaji|mwenzangu|meneja|afisa|mhudumu",
    "id": "pelanggan|nasabah|agen|karyawan|pegawai|sopir|kurir|pasien|penerima|pengirim|rekan|petugas",
    "ms": "pelanggan|pekerja|pemandu|pesakit|penerima|pengirim|rakan sekerja",
    "vi": "khách hàng|nhân viên|tài xế|bệnh nhân|người nhận|người gửi|đồng nghiệp|quản lý|chủ tài khoản",
    "tl": "kliyente|kostumer|empleyado|drayber|pasyente",
    "ar": "العميل|العميلة|الموظف|الموظفة|المندوب|المندوبة|السائق|المريض|المريضة|المستلم|المرسل|الزميل|الزميلة|المدير"
    "|المديرة|الوكيل|الزبون|الزبونة",
    "fa": "مشتری|کارمند|راننده|بیمار|گیرنده|فرستنده|همکار|مدیر",
    "ur": "گاہک|صارف|ملازم|ڈرائیور|مریض|ساتھی",
    "hi": "ग्राहक|कर्मचारी|ड्राइवर|मरीज़|मरीज|प्राप्तकर्ता|प्रेषक|सहकर्मी|प्रबंधक|एजेंट",
    "bn": "গ্রাহক|কর্মী|চালক|রোগী|প্রাপক|প্রেরক|সহকর্মী",
    "he": "הלקוח|הלקוחה|העובד|העובדת|הנהג|המטופל|המטופלת|הנמען|השולח|הנציג|הנציגה",
    "zh": "客户|顾客|客人|员工|同事|司机|快递员|病人|患者|收件人|寄件人|经理|客服|客戶|顧客|員工|司機",
    "ko": "고객|직원|기사|환자|수령인|담당자|동료",
}
"""Role nouns that stand right before a person's name (``el cliente Juan Pérez``, ``mteja Juma``,
``العميل خالد الشامسي``, ``客户刘芳``, ``Wakala (Rehema)``), by language, lower case."""
# session 11: job titles before a Russian name (the name must be one a lexicon knows)
ROLES["ru"] += "|тренер|врач|учитель|учительница|преподаватель|бухгалтер|юрист|мастер|инженер|администратор"

ATTENDEE_LABELS: str = (
    "asistentes|participantes|presentes|participants|présents|présentes|teilnehmer|teilnehmende|teilnehmerinnen"
    "|anwesend|anwesende|partecipanti|presenti|deelnemers|aanwezig|aanwezigen|deltagare|närvarande|deltakere"
    "|til stede|deltagere|osallistujat|läsnä|uczestnicy|obecni|účastníci|přítomni|prítomní|résztvevők"
    "|jelen voltak|jelen vannak|jelenlévők|participanți|participanti|prezenți|katılımcılar|katılanlar"
    "|участники|присутствовали|присутствуют|учасники|присутні|συμμετέχοντες|παρόντες|peserta|hadir"
    "|thành phần tham dự|người tham dự|tham dự|参会人员|与会人员|出席人员|参加人员|参会者|出席者|参加者|참석자"
    "|الحضور|المشاركون|משתתפים|נוכחים|उपस्थित|प्रतिभागी|waliohudhuria|washiriki"
)
"""Labels of meeting minutes that a list of people follows (``Teilnehmer: Jonas Weber, Anna Roth``,
``Jelen voltak: Kovács Eszter, Nagy Bence``, ``出席者：山田 太郎、佐藤 花子``), lower case; English
ones are `pii.person_chat`'s."""
