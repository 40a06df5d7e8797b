"""Greetings, sign-offs, intros and role nouns of languages `salutation_vocab` lacked (data only).

Session 14. Written from each language's usual letter, mail, chat and service-desk forms
(phrasebook and style-guide forms, not from any evaluation text). `salutation_vocab` merges
`MORE_LANGUAGES` into its ``LANGUAGES`` table, so `pii.salutation` and `pii.honorific` read them;
`MORE_ROLES` (role and relationship nouns that stand before a person's name: customer, patient,
driver, tenant, teacher, contact person...) is read by `pii.role_anchor` only, with
`salutation_vocab.ROLES`, because that rule needs a contact field on the name's line.

Fields of `MORE_LANGUAGES` are those of `salutation_vocab.Forms`, in order: greetings, sign-offs,
intros, titles before a name, honorifics after a name; ``|``-separated, lower case. Titles are
kept to unambiguous words (no ``ratu``/``adi``: Fijian titles that start road names).
"""

from __future__ import annotations

# ruff: noqa: RUF001  # word lists in many scripts; letters that look like Latin ones are meant

MORE_LANGUAGES: dict[str, tuple[str, ...]] = {
    # Central Asian and Turkic languages of Cyrillic and Arabic script
    "tg": (
        "салом|ассалому алайкум|ассалом|муҳтарам|муҳтарама|азиз|азизам|рӯз ба хайр|субҳ ба хайр",
        "бо эҳтиром|ташаккур|раҳмат|бо салом|бо эҳтироми самимӣ",
        "номи ман|номам",
        "ҷаноби|хонум",
        "ҷон|ака|муаллим",
    ),
    "ky": (
        "саламатсызбы|салам|урматтуу|кымбаттуу|кутман күн|кайырлуу күн",
        "урматтоо менен|рахмат|чоң рахмат|ыраазычылык менен",
        "менин атым|атым",
        "",
        "мырза|айым|эже|байке",
    ),
    "tt": (
        "сәлам|исәнмесез|хөрмәтле|кадерле|кадерлем|хәерле көн|хәерле иртә",
        "хөрмәт белән|рәхмәт|зур рәхмәт",
        "минем исемем|исемем",
        "",
        "әфәнде|ханым|апа|абый",
    ),
    "ba": (
        "сәләм|һаумыһығыҙ|хөрмәтле|ҡәҙерле|хәйерле көн",
        "хөрмәт менән|рәхмәт|ҙур рәхмәт",
        "минең исемем|исемем",
        "",
        "әфәнде|ханым|апай|ағай",
    ),
    "tk": (
        "salam|hormatly|eziz|gadyrly|ýagşy günler|haýyrly gün",
        "hormat bilen|sag boluň|sag bol|minnetdarlyk bilen",
        "meniň adym|adym",
        "",
        "jenap",
    ),
    "ug": (
        "ئەسسالامۇ ئەلەيكۇم|ياخشىمۇسىز|ھۆرمەتلىك|قەدىرلىك|سالام",
        "ھۆرمەت بىلەن|رەھمەت|كۆپ رەھمەت",
        "مېنىڭ ئىسمىم|ئىسمىم",
        "",
        "ئەپەندى|خانىم|ئاكا|ھەدە",
    ),
    "ps": (
        "سلام|السلام علیکم|ګرانه|ګرانې|محترم|قدرمن|ښه راغلاست",
        "په درنښت|مننه|ډېره مننه|په درناوي",
        "زما نوم",
        "ښاغلی|ښاغلې|اغلې",
        "صاحب",
    ),
    "ckb": (
        "سڵاو|سلاو|بەڕێز|ئازیز|ڕۆژباش|بەیانی باش|ئێوارە باش",
        "لەگەڵ ڕێزدا|سوپاس|زۆر سوپاس|بە ڕێزەوە",
        "ناوم|ناوی من",
        "کاک|خاتوو|مامۆستا",
        "گیان",
    ),
    "kmr": (
        "silav|rojbaş|hêja|birêz|ezîz|êvarbaş",
        "bi rêz|spas|gelek spas|bi silav|bi hurmet",
        "navê min",
        "birêz|xanim|kak",
        "",
    ),
    "sd": (
        "السلام عليڪم|پيارا|پياري|محترم|محترمه|ڀلي ڪري آيا",
        "مهرباني|شڪريو|توهان جو|توهان جي",
        "منهنجو نالو",
        "سائين|ڊاڪٽر",
        "صاحب|سائين",
    ),
    # Indic languages the table lacked
    "or": ("ନମସ୍କାର|ପ୍ରିୟ|ଆଦରଣୀୟ|ଶ୍ରଦ୍ଧେୟ", "ଧନ୍ୟବାଦ|ଆପଣଙ୍କର|ଇତି", "ମୋ ନାମ|ମୋର ନାମ", "ଶ୍ରୀ|ଶ୍ରୀମତୀ|ସୁଶ୍ରୀ", "ବାବୁ"),
    "as": ("নমস্কাৰ|প্ৰিয়|শ্ৰদ্ধাৰ|মৰমৰ", "ধন্যবাদ|আপোনাৰ|ইতি", "মোৰ নাম", "শ্ৰী|শ্ৰীমতী", "দেউ|বাইদেউ"),
    # African languages
    "rw": (
        "muraho|mwaramutse|mwiriwe|muraho neza|nshuti",
        "murakoze|murakoze cyane|mugire amahoro|mugire umunsi mwiza",
        "nitwa|izina ryanjye ni|nitwa ko",
        "madamu",
        "",
    ),
    "rn": ("amahoro|bwakeye|mwaramutse|mwiriwe", "murakoze|ndabashimiye|mugire amahoro", "nitwa|izina ryanje ni", ""),
    "ln": (
        "mbote|mbote na yo|mbote na bino|moninga|molingami",
        "matondo|botondi|matondo mingi",
        "nkombo na ngai ezali|nkombo na ngai|nabengami",
        "",
        "",
    ),
    "wo": (
        "salaam aleekum|asalaa maalekum|nanga def|na nga def|jàmm ngaam",
        "jërëjëf|jerejef|ba beneen",
        "maa ngi tudd|sama tur mooy|sama tur",
        "",
        "",
    ),
    "mg": (
        "manao ahoana|salama|salama tompoko|manahoana|ry malala",
        "misaotra|misaotra betsaka|amim-pitiavana|amim-panajana",
        "ny anarako dia|ny anarako|izaho no antsoina hoe|izaho dia",
        "andriamatoa|ramatoa|ramatoakely",
        "",
    ),
    "om": (
        "akkam|nagaa|jaalatamaa|jaalatamtuu|kabajamaa|kabajamtuu|akkam jirtu",
        "galatoomaa|galata|baay'ee galatoomaa|kabajaan",
        "maqaan koo|maqaan kiyya",
        "obbo|aadde|addee|durbee",
        "",
    ),
    "ti": (
        "ሰላም|ሰላማት|ክቡር|ክብርቲ|ዝኸበርካ|ዝኸበርኪ|ሰላም ንዓኻ",
        "የቐንየለይ|የቐንየለና|ምስ ሰላምታ|ብኽብሪ",
        "ሽመይ|ስመይ",
        "ኣቶ|ወይዘሮ|ወይዘሪት",
        "",
    ),
    "sn": (
        "mhoro|mhoroi|mangwanani|masikati|manheru|wadiwa",
        "ndatenda|maita basa|ndinotenda|ndatenda zvikuru",
        "zita rangu ndi|zita rangu ndinonzi|ndinonzi",
        "",
        "",
    ),
    "st": (
        "dumela|dumelang|lumela|lumelang|ratehang",
        "kea leboha|ke a leboha|ka boikokobetso",
        "lebitso la ka ke|ke bitswa",
        "ntate|mofumahadi",
        "",
    ),
    "tn": ("dumela|dumelang", "ke a leboga|ke lebogile|wa gago", "leina la me ke|ke bidiwa", "rre", ""),
    "nso": ("thobela|dumela|dumelang", "ke a leboga|ke a leboga kudu", "leina la ka ke|ke bitšwa", "", ""),
    "ts": ("avuxeni|xewani|ahee", "ndza khensa|ndza nkhensa", "vito ra mina i|vito ra mina hi", "", ""),
    "ny": (
        "moni|muli bwanji|wokondedwa|mwadzuka bwanji",
        "zikomo|zikomo kwambiri|wanu",
        "dzina langa ndi|dzina langa ndine|ndimatchedwa",
        "",
        "",
    ),
    "lg": ("gyebale|oli otya|mwattu|ssebo|nnyabo", "webale|mwebale nnyo|webale nnyo", "erinnya lyange", "", ""),
    "ak": (
        "akwaaba|maakye|maaha|maadwo|ɛte sɛn|agoo",
        "medaase|meda wo ase|meda mo ase",
        "me din de|me din ne|yɛfrɛ me",
        "owura|awuraa|maame",
        "",
    ),
    "ee": ("ŋdi|ŋdɔ|fiẽ|woezɔ|ŋdi na wò", "akpe|akpe na wò|akpe kakaka", "ŋkɔnye enye|ŋkɔnye nye", "", ""),
    "ff": ("jam waali|on jaraama|jam tan|no mbaɗɗaa", "a jaraama|on jaraama|jaraama", "innde am ko|mi wiyetee", "", ""),
    "bm": ("i ni ce|i ni sogoma|aw ni ce|i ni tile", "i ni ce kosɛbɛ|a ni ce", "ne tɔgɔ ye|n tɔgɔ ye", "", ""),
    "kab": (
        "azul|azul fell-ak|azul fell-am|azul felawen",
        "tanemmirt|tanmirt|s leqder",
        "isem-iw d|isem inu d",
        "",
        "",
    ),
    "ki": ("wĩ mwega|ni wega|ũhoro waku", "nĩ ngatho|ngatho nyingĩ", "rĩĩtwa rĩakwa nĩ", "", ""),
    "luo": ("misawa|oyawore|oyaore", "erokamano|erokamano ahinya", "nyinga en", "", ""),
    "lua": ("moyo webe|moyo wenu", "tuasakidila|ndi musakidila", "dîna dianyi|dina dianyi", "", ""),
    # The Americas, the Caribbean and the Pacific
    "ht": (
        "bonjou|bonswa|alo|chè|cheri",
        "mèsi|mèsi anpil|salitasyon|avèk respè|onè respè",
        "mwen rele|non mwen se|non m se",
        "msye|madan|manmzèl|doktè",
        "",
    ),
    "qu": (
        "allinllachu|napaykullayki|rimaykullayki|munasqa",
        "sulpayki|añay|añaychayki",
        "sutiymi|ñuqaq sutiymi",
        "",
        "",
    ),
    "gn": ("mba'éichapa|maitei|mba'éichapa nde ko'ẽ", "aguyje|aguyjevete", "che réra|che réra ha'e", "", ""),
    "ay": ("kamisaki|kamisaraki|aski urukipana", "yuspajara|yuspagara", "nayan sutixa|sutijaxa", "", ""),
    "sm": (
        "talofa|talofa lava|malo lava|susuga",
        "fa'afetai|faafetai|fa'afetai tele lava|ma le fa'aaloalo|ma le faaaloalo",
        "o lo'u igoa o|o lou igoa o|o lo'u suafa o",
        "",
        "",
    ),
    "to": (
        "mālō e lelei|malo e lelei|mālō e tau mai",
        "mālō|'ofa atu|faka'apa'apa atu|malo 'aupito",
        "ko hoku hingoa ko|ko hoku hingoa",
        "",
        "",
    ),
    "fj": (
        "bula|bula vinaka|ni sa bula|ni sa bula vinaka|ni sa yadra|yadra vinaka",
        "vinaka|vinaka vakalevu|loloma|noqu loloma",
        "na yacaqu o|na yacaqu|o yau o",
        "",
        "",
    ),
    "mi": (
        "kia ora|tēnā koe|tena koe|tēnā kōrua|tēnā koutou|mōrena|morena|kia ora koe",
        "ngā mihi|nga mihi|ngā mihi nui|nāku noa|naku noa|nāku noa, nā|mauri ora|noho ora mai",
        "ko tōku ingoa|ko toku ingoa",
        "",
        "",
    ),
    "haw": (
        "aloha|aloha kāua|aloha mai",
        "mahalo|me ke aloha|mahalo nui loa|me ke aloha pumehana",
        "ʻo wau ʻo|'o wau 'o|ka inoa oʻu|ka inoa o'u",
        "",
        "",
    ),
    # European languages the table lacked
    "lb": (
        "moien|gudde moien|léif|léiwe|léift|bonjour",
        "mat beschte gréiss|beschte gréiss|vill gréiss|schéine gruss|merci",
        "ech heeschen|mäin numm ass",
        "",
        "",
    ),
    "fo": ("góðan dag|kæri|kæra", "vinarliga|bestu kvøðum|takk|takk fyri", "eg eiti|navnið hjá mær er", "", ""),
    "gd": (
        "halò|a charaid|madainn mhath|feasgar math|a chàirdean",
        "le deagh dhùrachd|le dùrachd|tapadh leat|tapadh leibh|mòran taing",
        "is mise|'s mise|is e an t-ainm agam|is e m' ainm",
        "",
        "",
    ),
    "br": ("demat|salud|ker|kerañ", "a galon|trugarez|gant va gwellañ gourc'hemennoù", "ma anv zo|me eo", "", ""),
    "oc": ("adieu|adiu|bonjorn|bon vèspre", "coralament|amistats|mercés|mercé", "me sòni|mon nom es", "", ""),
    "fy": ("goeie|bêste|goeiemoarn", "groetnis|mei freonlike groet|tige tank", "myn namme is|ik hjit", "", ""),
    "eo": (
        "saluton|kara|estimata|bonan tagon|bonan matenon",
        "amike|kore|dankon|salutojn|kun salutoj|ĝis revido",
        "mi nomiĝas|mia nomo estas",
        "s-ro|s-ino|sinjoro|sinjorino",
        "",
    ),
    "se": (
        "bures|buorre beaivi|buorre iđit|ráhkis|gudnejahtton",
        "dearvvuođat|giitu|ollu giitu|buriin dearvvuođaiguin",
        "mu namma lea",
        "",
        "",
    ),
    # Southeast Asian languages of Latin script and Syriac
    "jv": (
        "sugeng enjing|sugeng siang|sugeng sonten|sugeng dalu|kulonuwun|sugeng rawuh",
        "matur nuwun|matur suwun|suwun|salam taklim",
        "asmaku|jenengku|nami kula|jeneng kula",
        "",
        "",
    ),
    "su": (
        "wilujeng enjing|wilujeng siang|wilujeng sonten|wilujeng wengi|sampurasun|kumaha damang",
        "hatur nuhun|hatur nuhun pisan|nuhun",
        "nami abdi|wasta abdi",
        "akang|teteh",
        "",
    ),
    "ceb": (
        "maayong buntag|maayong hapon|maayong gabii|maayong adlaw|minahal",
        "salamat|daghang salamat|salamat kaayo",
        "ako si|ang akong ngalan|akong ngalan",
        "",
        "",
    ),
    "ilo": (
        "naimbag a bigat|naimbag a malem|naimbag a rabii",
        "agyamanak|dios ti agngina",
        "ti naganko ket|siak ni",
        "",
        "",
    ),
    "hmn": ("nyob zoo|nyob zoo os", "ua tsaug|ua tsaug ntau", "kuv lub npe hu ua|kuv npe hu ua", "", ""),
    "syr": ("ܫܠܡܐ|ܫܠܡܐ ܥܠܘܟ|ܫܠܡܐ ܥܠܟܝ|ܚܒܝܒܐ|ܚܒܝܒܬܐ|ܝܩܝܪܐ", "ܬܘܕܝ|ܬܘܕܝ ܣܓܝ|ܒܐܝܩܪܐ", "ܫܡܝ", "", ""),
}
"""Language code -> (greetings, sign-offs, intros, titles, after-name honorifics)."""

MORE_ROLES: dict[str, str] = {
    "en": "customer|client|patient|driver|agent|manager|account manager|contact|contact person|employee|staff member"
    "|tenant|landlord|owner|homeowner|teacher|student|worker|caller|nurse|doctor|technician|sales rep"
    "|sales representative|rep|applicant|member|guest|passenger|courier|recipient|sender|buyer|seller|colleague"
    "|coworker|co-worker|supervisor|resident|parent|guardian|borrower|policyholder|subscriber|claimant|beneficiary"
    "|account holder|cardholder|volunteer|contractor|consultant|pupil|trainee|intern|caregiver|landowner|farmer"
    "|grower|vendor|supplier contact",
    "es": "inquilino|inquilina|propietario|propietaria|maestro|maestra|profesor|profesora|estudiante|alumno|alumna"
    "|contacto|persona de contacto|técnico|técnica|enfermero|enfermera|socio|socia|comprador|compradora|vendedor"
    "|vendedora|huésped|pasajero|pasajera|solicitante|beneficiario|beneficiaria|trabajador|trabajadora",
    "pt": "inquilino|inquilina|proprietário|proprietária|professor|professora|aluno|aluna|estudante|contato|contacto"
    "|técnico|técnica|enfermeiro|enfermeira|sócio|sócia|comprador|compradora|vendedor|vendedora|hóspede"
    "|passageiro|passageira|requerente|beneficiário|beneficiária|trabalhador|trabalhadora|segurado|segurada",
    "fr": "locataire|propriétaire|enseignant|enseignante|professeur|élève|étudiant|étudiante|contact|technicien"
    "|technicienne|infirmier|infirmière|adhérent|adhérente|acheteur|acheteuse|vendeur|vendeuse|passager|passagère"
    "|demandeur|demandeuse|bénéficiaire|assuré|assurée|salarié|salariée|stagiaire|interlocuteur|interlocutrice",
    "de": "mieter|mieterin|vermieter|vermieterin|eigentümer|eigentümerin|lehrer|lehrerin|schüler|schülerin|student"
    "|studentin|ansprechpartner|ansprechpartnerin|techniker|technikerin|pfleger|pflegerin|mitglied|käufer|käuferin"
    "|verkäufer|verkäuferin|fahrgast|antragsteller|antragstellerin|versicherte|versicherter|azubi|praktikant"
    "|praktikantin",
    "it": "inquilino|inquilina|proprietario|proprietaria|insegnante|docente|studente|studentessa|alunno|alunna"
    "|referente|tecnico|tecnica|infermiere|infermiera|socio|socia|acquirente|venditore|venditrice|passeggero"
    "|passeggera|richiedente|beneficiario|beneficiaria|assicurato|assicurata|lavoratore|lavoratrice",
    "nl": "huurder|verhuurder|eigenaar|eigenares|docent|leraar|lerares|leerling|student|studente|contactpersoon"
    "|monteur|verpleegkundige|lid|koper|verkoper|passagier|aanvrager|aanvraagster|verzekerde|werknemer|stagiair",
    "sv": "kund|kunden|patient|patienten|förare|föraren|kollega|kollegan|medarbetare|hyresgäst|hyresgästen|ägare"
    "|lärare|elev|eleven|student|kontaktperson|handläggare|tekniker|sjuksköterska|medlem|köpare|säljare|mottagare",
    "no": "kunde|kunden|pasient|pasienten|sjåfør|sjåføren|kollega|medarbeider|leietaker|eier|lærer|elev|eleven"
    "|student|kontaktperson|saksbehandler|tekniker|sykepleier|medlem|kjøper|selger|mottaker",
    "da": "kunde|kunden|patient|patienten|chauffør|chaufføren|kollega|medarbejder|lejer|ejer|lærer|elev|eleven"
    "|studerende|kontaktperson|sagsbehandler|tekniker|sygeplejerske|medlem|køber|sælger|modtager",
    "fi": "asiakas|asiakkaamme|potilas|kuljettaja|kollega|työntekijä|vuokralainen|omistaja|opettaja|oppilas"
    "|opiskelija|yhteyshenkilö|käsittelijä|asentaja|sairaanhoitaja|jäsen|ostaja|myyjä|vastaanottaja",
    "pl": "najemca|właściciel|właścicielka|nauczyciel|nauczycielka|uczeń|uczennica|student|studentka"
    "|osoba kontaktowa|technik|pielęgniarka|członek|kupujący|sprzedawca|pasażer|pasażerka|wnioskodawca"
    "|ubezpieczony|ubezpieczona|opiekun|opiekunka",
    "cs": "nájemce|nájemník|majitel|majitelka|učitel|učitelka|žák|žákyně|student|studentka|kontaktní osoba|technik"
    "|sestra|člen|kupující|prodávající|cestující|žadatel|žadatelka|pojištěnec",
    "sk": "zákazník|zákazníčka|klient|klientka|zamestnanec|vodič|kuriér|pacient|pacientka|kolega|kolegyňa|nájomca"
    "|majiteľ|majiteľka|učiteľ|učiteľka|žiak|žiačka|študent|študentka|kontaktná osoba|technik|žiadateľ",
    "sl": "stranka|kupec|kupka|zaposleni|voznik|voznica|pacient|pacientka|sodelavec|sodelavka|najemnik|lastnik"
    "|učitelj|učiteljica|učenec|učenka|študent|študentka|kontaktna oseba|tehnik|prosilec",
    "hr": "kupac|klijent|klijentica|djelatnik|djelatnica|zaposlenik|vozač|vozačica|pacijent|pacijentica|kolega"
    "|kolegica|najmoprimac|vlasnik|vlasnica|učitelj|učiteljica|učenik|učenica|student|studentica"
    "|kontakt osoba|tehničar|podnositelj",
    "sr": "купац|клијент|клијенткиња|запослени|возач|пацијент|пацијенткиња|колега|колегиница|закупац|власник"
    "|власница|учитељ|учитељица|ученик|ученица|студент|студенткиња|kupac|klijent|vozač|pacijent|vlasnik|učitelj",
    "bg": "клиент|клиентка|служител|служителка|шофьор|куриер|пациент|пациентка|колега|колежка|наемател|собственик"
    "|собственичка|учител|учителка|ученик|ученичка|студент|студентка|лице за контакт|техник|заявител|получател",
    "mk": "клиент|клиентка|купувач|вработен|возач|пациент|пациентка|колега|колешка|закупец|сопственик|наставник"
    "|наставничка|ученик|ученичка|студент|студентка|лице за контакт|техничар|барател|примач",
    "ru": "арендатор|владелец|владелица|собственник|собственница|учитель|ученик|ученица|студент|студентка"
    "|контактное лицо|техник|медсестра|член|покупатель|покупательница|продавец|пассажир|пассажирка|заявитель"
    "|абонент|плательщик|плательщица|заёмщик|заемщик|исполнитель|ответственный|агент|представитель",
    "uk": "орендар|власник|власниця|вчитель|вчителька|учень|учениця|студент|студентка|контактна особа|технік"
    "|медсестра|член|покупець|продавець|пасажир|пасажирка|заявник|заявниця|абонент|платник|позичальник"
    "|виконавець|відповідальний|представник",
    "be": "кліент|кліентка|супрацоўнік|супрацоўніца|вадзіцель|пацыент|пацыентка|калега|арандатар|уладальнік"
    "|настаўнік|настаўніца|вучань|вучаніца|студэнт|студэнтка|заяўнік|атрымальнік",
    "el": "ενοικιαστής|ενοικιάστρια|ιδιοκτήτης|ιδιοκτήτρια|δάσκαλος|δασκάλα|καθηγητής|καθηγήτρια|μαθητής|μαθήτρια"
    "|φοιτητής|φοιτήτρια|υπεύθυνος επικοινωνίας|τεχνικός|νοσηλευτής|νοσηλεύτρια|μέλος|αγοραστής|πωλητής|επιβάτης"
    "|αιτών|αιτούσα|ασφαλισμένος|ασφαλισμένη",
    "hu": "bérlő|tulajdonos|tanár|tanárnő|tanuló|diák|hallgató|kapcsolattartó|technikus|ápoló|tag|vevő|eladó"
    "|utas|kérelmező|biztosított|munkavállaló",
    "ro": "chiriașul|chiriașa|proprietarul|proprietara|profesorul|profesoara|elevul|eleva|studentul|studenta"
    "|persoana de contact|tehnicianul|asistenta|membrul|cumpărătorul|vânzătorul|pasagerul|solicitantul|asiguratul"
    "|client|clientă|pacient|pacientă|șofer|angajat|angajată",
    "lt": "klientas|klientė|darbuotojas|darbuotoja|vairuotojas|pacientas|pacientė|kolega|nuomininkas|savininkas"
    "|savininkė|mokytojas|mokytoja|mokinys|mokinė|studentas|studentė|kontaktinis asmuo|technikas|gavėjas|siuntėjas",
    "lv": "klients|kliente|darbinieks|darbiniece|vadītājs|šoferis|pacients|paciente|kolēģis|kolēģe|īrnieks"
    "|īpašnieks|īpašniece|skolotājs|skolotāja|skolēns|skolniece|students|studente|kontaktpersona|tehniķis|saņēmējs",
    "et": "klient|töötaja|juht|autojuht|patsient|kolleeg|üürnik|omanik|õpetaja|õpilane|üliõpilane|kontaktisik"
    "|tehnik|taotleja|saaja|saatja",
    "tr": "kiracı|ev sahibi|öğretmen|öğrenci|irtibat kişisi|ilgili kişi|teknisyen|hemşire|üye|satıcı|yolcu"
    "|başvuran|sigortalı|işçi|veli",
    "az": "kirayəçi|ev sahibi|müəllim|müəllimə|tələbə|şagird|əlaqələndirici|texnik|tibb bacısı|üzv|satıcı|sərnişin"
    "|ərizəçi|işçi|menecer|operator",
    "kk": "клиент|тұтынушы|қызметкер|жүргізуші|науқас|пациент|әріптес|жалға алушы|иесі|мұғалім|оқушы|студент"
    "|байланыс тұлғасы|техник|алушы|жіберуші|өтініш беруші|менеджер|тапсырыс беруші|төлеуші",
    "uz": "mijoz|xodim|haydovchi|bemor|hamkasb|ijarachi|egasi|o'qituvchi|oʻqituvchi|o'quvchi|talaba|texnik"
    "|qabul qiluvchi|yuboruvchi|ariza beruvchi|menejer|buyurtmachi|to'lovchi|мижоз|ходим|ҳайдовчи|бемор"
    "|ўқитувчи|талаба|буюртмачи",
    "tg": "мизоҷ|муштарӣ|харидор|корманд|ронанда|бемор|ҳамкор|иҷоранишин|соҳиб|муаллим|омӯзгор|хонанда|донишҷӯ"
    "|фиристанда|гиранда|менеҷер|пардохткунанда|қарзгир",
    "ky": "кардар|кызматкер|айдоочу|бейтап|кесиптеш|ижарачы|ээси|мугалим|окуучу|студент|алуучу|жөнөтүүчү"
    "|менеджер|буйрутмачы|төлөөчү|насыя алуучу",
    "tt": "клиент|хезмәткәр|йөртүче|авыру|хезмәттәш|арендатор|хуҗа|укытучы|укучы|студент|алучы|җибәрүче"
    "|түләүче|түләүсе|заказчы|менеджер",
    "ba": "клиент|хеҙмәткәр|йөрөтөүсе|ауырыу|хеҙмәттәш|хужа|уҡытыусы|уҡыусы|студент|алыусы|ебәреүсе|түләүсе"
    "|заказсы|менеджер",
    "mn": "үйлчлүүлэгч|захиалагч|ажилтан|жолооч|өвчтөн|хамт олон|түрээслэгч|эзэмшигч|багш|сурагч|оюутан"
    "|хүлээн авагч|илгээгч|менежер|төлөгч|зээлдэгч|хариуцагч|холбоо барих хүн",
    "ka": "კლიენტი|მომხმარებელი|თანამშრომელი|მძღოლი|პაციენტი|კოლეგა|მოიჯარე|მფლობელი|მასწავლებელი|მოსწავლე"
    "|სტუდენტი|საკონტაქტო პირი|ტექნიკოსი|მიმღები|გამგზავნი|მენეჯერი|განმცხადებელი",
    "hy": "հաճախորդ|աշխատակից|վարորդ|հիվանդ|գործընկեր|վարձակալ|սեփականատեր|ուսուցիչ|աշակերտ|ուսանող"
    "|կոնտակտային անձ|տեխնիկ|ստացող|ուղարկող|մենեջեր|դիմող",
    "he": "לקוח|לקוחה|עובד|עובדת|נהג|נהגת|מטופל|מטופלת|שוכר|שוכרת|בעלים|מורה|תלמיד|תלמידה|סטודנט|סטודנטית"
    "|איש קשר|אשת קשר|טכנאי|מנהל|מנהלת|המנהל|המנהלת|השוכר|השוכרת|המורה|התלמיד|התלמידה|נציג|נציגה|מבוטח|מבוטחת",
    "ar": "المستأجر|المستأجرة|المالك|المالكة|المعلم|المعلمة|الطالب|الطالبة|جهة الاتصال|الفني|الممرض|الممرضة"
    "|العضو|المشتري|البائع|الراكب|مقدم الطلب|المؤمن عليه|العامل|العاملة|عميل|موظف|سائق|مريض|مريضة|زبون",
    "fa": "مستاجر|مستأجر|مالک|معلم|دانش‌آموز|دانشجو|تکنسین|پرستار|عضو|خریدار|فروشنده|مسافر|متقاضی|بیمه‌شده"
    "|کارگر|مراجعه‌کننده|مشترک|وام‌گیرنده|پرسنل|مسئول",
    "prs": "مشتری|کارمند|دریور|مریض|همکار|کرایه‌نشین|معلم|شاگرد|محصل|متقاضی|مسئول",
    "ps": "پېرودونکی|مشتري|کارکوونکی|کارمند|موټر چلوونکی|ډرایور|ناروغ|مریض|همکار|کرایه دار|مالک|ښوونکی|زده کوونکی"
    "|محصل|غوښتونکی|ترلاسه کوونکی|استولونکی|مسؤل",
    "ckb": "کڕیار|موشتەری|فەرمانبەر|کارمەند|شۆفێر|نەخۆش|هاوکار|کرێچی|خاوەن|مامۆستا|قوتابی|خوێندکار|وەرگر|نێرەر"
    "|بەڕێوەبەر|داواکار",
    "kmr": "kirrîyar|xerîdar|karmend|ajovan|nexweş|hevkar|kirêdar|xwedî|mamoste|xwendekar|şagirt|wergir|şandar",
    "ur": "کسٹمر|کلائنٹ|مینیجر|کرایہ دار|مالک|استاد|استانی|طالب علم|طالبہ|رابطہ کار|ٹیکنیشن|نرس|رکن|خریدار"
    "|فروخت کنندہ|مسافر|درخواست گزار|وصول کنندہ|بھیجنے والا|مزدور|ایجنٹ",
    "sd": "گراهڪ|ملازم|ڊرائيور|مريض|ساٿي|ڪرائيدار|مالڪ|استاد|شاگرد|وصول ڪندڙ|موڪليندڙ|مئنيجر|درخواست ڏيندڙ",
    "ug": "خېرىدار|مۇلازىم|خىزمەتچى|شوپۇر|بىمار|ھەمكار|ئىجارىچى|ئىگىسى|ئوقۇتقۇچى|ئوقۇغۇچى|تاپشۇرۇۋالغۇچى"
    "|ئەۋەتكۈچى|باشقۇرغۇچى|ئىلتىماس قىلغۇچى",
    "hi": "किरायेदार|मकान मालिक|मालिक|शिक्षक|शिक्षिका|अध्यापक|छात्र|छात्रा|विद्यार्थी|संपर्क व्यक्ति|तकनीशियन|नर्स"
    "|सदस्य|खरीदार|विक्रेता|यात्री|आवेदक|बीमाधारक|कामगार|मज़दूर|मैनेजर|ग्राहक सेवा प्रतिनिधि|ड्राइवर|डॉक्टर",
    "mr": "ग्राहक|कर्मचारी|चालक|रुग्ण|सहकारी|भाडेकरू|मालक|शिक्षक|शिक्षिका|विद्यार्थी|विद्यार्थिनी|संपर्क व्यक्ती"
    "|तंत्रज्ञ|प्राप्तकर्ता|प्रेषक|व्यवस्थापक|अर्जदार|सदस्य",
    "ne": "ग्राहक|कर्मचारी|चालक|बिरामी|सहकर्मी|भाडावाल|घरबेटी|मालिक|शिक्षक|विद्यार्थी|सम्पर्क व्यक्ति|प्राविधिक"
    "|प्रापक|प्रेषक|प्रबन्धक|निवेदक|सदस्य",
    "bn": "ভাড়াটিয়া|মালিক|শিক্ষক|শিক্ষিকা|ছাত্র|ছাত্রী|শিক্ষার্থী|যোগাযোগ ব্যক্তি|টেকনিশিয়ান|নার্স|সদস্য|ক্রেতা"
    "|বিক্রেতা|যাত্রী|আবেদনকারী|ব্যবস্থাপক|ম্যানেজার|ড্রাইভার",
    "as": "গ্ৰাহক|কৰ্মচাৰী|চালক|ৰোগী|সহকৰ্মী|ভাড়াতীয়া|মালিক|শিক্ষক|ছাত্ৰ|ছাত্ৰী|প্ৰাপক|প্ৰেৰক|পৰিচালক|আবেদনকাৰী",
    "pa": "ਗਾਹਕ|ਕਰਮਚਾਰੀ|ਡਰਾਈਵਰ|ਮਰੀਜ਼|ਸਹਿਕਰਮੀ|ਕਿਰਾਏਦਾਰ|ਮਾਲਕ|ਅਧਿਆਪਕ|ਵਿਦਿਆਰਥੀ|ਪ੍ਰਾਪਤਕਰਤਾ|ਭੇਜਣ ਵਾਲਾ|ਪ੍ਰਬੰਧਕ"
    "|ਬਿਨੈਕਾਰ|ਮੈਂਬਰ",
    "gu": "ગ્રાહક|કર્મચારી|ડ્રાઇવર|દર્દી|સહકર્મી|ભાડૂત|માલિક|શિક્ષક|વિદ્યાર્થી|પ્રાપ્તકર્તા|મોકલનાર|મેનેજર|અરજદાર|સભ્ય",
    "or": "ଗ୍ରାହକ|କର୍ମଚାରୀ|ଚାଳକ|ରୋଗୀ|ସହକର୍ମୀ|ଭଡ଼ାଟିଆ|ମାଲିକ|ଶିକ୍ଷକ|ଛାତ୍ର|ଛାତ୍ରୀ|ପ୍ରାପକ|ପ୍ରେରକ|ପରିଚାଳକ|ଆବେଦନକାରୀ",
    "ta": "வாடிக்கையாளர்|ஊழியர்|பணியாளர்|ஓட்டுநர்|நோயாளி|சக ஊழியர்|வாடகைதாரர்|உரிமையாளர்|ஆசிரியர்|மாணவர்"
    "|மாணவி|பெறுநர்|அனுப்புநர்|மேலாளர்|விண்ணப்பதாரர்|உறுப்பினர்",
    "te": "కస్టమర్|వినియోగదారు|ఉద్యోగి|డ్రైవర్|రోగి|సహోద్యోగి|అద్దెదారు|యజమాని|ఉపాధ్యాయుడు|విద్యార్థి|విద్యార్థిని"
    "|గ్రహీత|పంపినవారు|మేనేజర్|దరఖాస్తుదారు|సభ్యుడు",
    "kn": "ಗ್ರಾಹಕ|ನೌಕರ|ಉದ್ಯೋಗಿ|ಚಾಲಕ|ರೋಗಿ|ಸಹೋದ್ಯೋಗಿ|ಬಾಡಿಗೆದಾರ|ಮಾಲೀಕ|ಶಿಕ್ಷಕ|ವಿದ್ಯಾರ್ಥಿ|ವಿದ್ಯಾರ್ಥಿನಿ|ಸ್ವೀಕರಿಸುವವರು"
    "|ಕಳುಹಿಸುವವರು|ವ್ಯವಸ್ಥಾಪಕ|ಅರ್ಜಿದಾರ|ಸದಸ್ಯ",
    "ml": "ഉപഭോക്താവ്|കസ്റ്റമർ|ജീവനക്കാരൻ|ജീവനക്കാരി|ഡ്രൈവർ|രോഗി|സഹപ്രവർത്തകൻ|വാടകക്കാരൻ|ഉടമ|അധ്യാപകൻ|അധ്യാപിക"
    "|വിദ്യാർത്ഥി|വിദ്യാർത്ഥിനി|സ്വീകർത്താവ്|അയച്ചയാൾ|മാനേജർ|അപേക്ഷകൻ|അംഗം",
    "si": "පාරිභෝගිකයා|ගනුදෙනුකරු|සේවකයා|රියදුරු|රෝගියා|සගයා|කුලීකරු|අයිතිකරු|ගුරුවරයා|ශිෂ්‍යයා|සිසුවා|ලබන්නා"
    "|යවන්නා|කළමනාකරු|අයදුම්කරු",
    "th": "ลูกค้า|พนักงาน|คนขับ|ผู้ป่วย|คนไข้|เพื่อนร่วมงาน|ผู้เช่า|เจ้าของ|ครู|นักเรียน|นักศึกษา|ผู้ติดต่อ|ช่าง"
    "|ผู้รับ|ผู้ส่ง|ผู้จัดการ|ผู้สมัคร|สมาชิก",
    "lo": "ລູກຄ້າ|ພະນັກງານ|ຄົນຂັບ|ຜູ້ປ່ວຍ|ຄົນເຈັບ|ເພື່ອນຮ່ວມງານ|ຜູ້ເຊົ່າ|ເຈົ້າຂອງ|ຄູ|ນັກຮຽນ|ນັກສຶກສາ|ຜູ້ຮັບ"
    "|ຜູ້ສົ່ງ|ຜູ້ຈັດການ|ຜູ້ສະໝັກ|ສະມາຊິກ",
    "km": "អតិថិជន|បុគ្គលិក|អ្នកបើកបរ|អ្នកជំងឺ|សហការី|អ្នកជួល|ម្ចាស់|គ្រូ|សិស្ស|និស្សិត|អ្នកទទួល|អ្នកផ្ញើ|អ្នកគ្រប់គ្រង"
    "|អ្នកដាក់ពាក្យ|សមាជិក",
    "my": "ဖောက်သည်|ဝန်ထမ်း|ယာဉ်မောင်း|လူနာ|လုပ်ဖော်ကိုင်ဖက်|အိမ်ငှား|ပိုင်ရှင်|ဆရာ|ဆရာမ|ကျောင်းသား|ကျောင်းသူ"
    "|လက်ခံသူ|ပို့သူ|မန်နေဂျာ|လျှောက်ထားသူ|အဖွဲ့ဝင်",
    "vi": "người thuê|chủ nhà|giáo viên|học sinh|sinh viên|người liên hệ|kỹ thuật viên|y tá|thành viên|người mua"
    "|người bán|hành khách|người nộp đơn|công nhân",
    "id": "penyewa|pemilik|guru|murid|siswa|siswi|mahasiswa|mahasiswi|narahubung|kontak|teknisi|perawat|anggota"
    "|pembeli|penjual|penumpang|pemohon|tertanggung|pekerja|manajer|staf|sopir",
    "ms": "penyewa|pemilik|guru|murid|pelajar|orang hubungan|juruteknik|jururawat|ahli|pembeli|penjual|penumpang"
    "|pemohon|kakitangan|pengurus",
    "jv": "pelanggan|karyawan|supir|pasien|kanca|guru|murid|siswa|panampi|pangirim",
    "su": "palanggan|pagawe|supir|pasién|pasien|rerencangan|guru|murid|siswa|nu nampi|nu ngirim|pamohon",
    "tl": "customer|kliyente|empleyado|kawani|drayber|tsuper|pasyente|katrabaho|kasamahan|nangungupahan|may-ari"
    "|guro|estudyante|mag-aaral|tatanggap|nagpadala|tagapamahala|aplikante|miyembro",
    "ceb": "kustomer|empleyado|drayber|pasyente|kauban|magtutudlo|estudyante|tigdawat|nagpadala|tag-iya",
    "sw": "mpangaji|mmiliki|mwalimu|mwanafunzi|mtu wa kuwasiliana|fundi|muuguzi|mwanachama|mnunuzi|muuzaji|abiria"
    "|mwombaji|mfanyabiashara|mkulima|mlezi",
    "am": "ደንበኛ|ሠራተኛ|ሰራተኛ|ሹፌር|አሽከርካሪ|ታካሚ|በሽተኛ|የሥራ ባልደረባ|ተከራይ|ባለቤት|መምህር|መምህርት|ተማሪ"
    "|ተቀባይ|ላኪ|ሥራ አስኪያጅ|አመልካች|አባል",
    "ti": "ዓሚል|ሰራሕተኛ|መራሒ መኪና|ሕሙም|መሳርሕቲ|ተኻራዪ|ዋና|መምህር|ተምሃራይ|ተቐባሊ|ለኣኺ|ኣመሓዳሪ|ኣመልካቲ",
    "om": "maamila|hojjetaa|hojjettuu|konkolaachisaa|dhukkubsataa|hiriyaa hojii|kireeffataa|abbaa qabeenyaa"
    "|barsiisaa|barataa|barattuu|fudhataa|ergaa|hoogganaa|iyyataa|miseensa",
    "so": "macmiil|macaamiil|shaqaale|darawal|bukaan|bukaanka|saaxiib shaqo|kireyste|milkiile|macallin|macallimad"
    "|arday|ardayad|qaataha|diraha|maamule|codsade|xubin",
    "ha": "abokin ciniki|ma'aikaci|ma'aikaciya|direba|mara lafiya|abokin aiki|mai haya|mai gida|malami|malama"
    "|dalibi|daliba|mai karba|mai aikawa|manaja|mai nema|memba",
    "yo": "onibara|oníbàárà|oṣiṣẹ|òṣìṣẹ́|awakọ|awakọ̀|alaisan|aláìsàn|ẹlẹgbẹ|ayalegbe|onile|olukọ|olùkọ́|akẹkọ"
    "|akẹ́kọ̀ọ́|olugba|oluranṣẹ|alakoso|olubẹwẹ|ọmọ ẹgbẹ",
    "ig": "onye ahịa|onye ọrụ|ọkwọ ụgbọ ala|onye ọrịa|onye otu ọrụ|onye nwe|onye nkuzi|nwa akwụkwọ|onye nnata"
    "|onye ziri|onye njikwa|onye na-arịọ",
    "zu": "ikhasimende|umthengi|isisebenzi|umshayeli|isiguli|umsebenzi|uzakwethu|umqashi|umnikazi|uthisha"
    "|umfundi|umamukeli|umthumeli|umphathi|umfakisicelo|ilungu",
    "xh": "umthengi|umsebenzi|umqhubi|isigulana|ugxa|umqeshi|umnini|utitshala|umfundi|umamkeli|umthumeli"
    "|umphathi|umfaki-sicelo|ilungu",
    "af": "kliënt|klant|werknemer|bestuurder|drywer|pasiënt|kollega|huurder|eienaar|onderwyser|onderwyseres"
    "|leerder|student|kontakpersoon|tegnikus|ontvanger|sender|bestuurder|aansoeker|lid",
    "rw": "umukiriya|umukozi|umushoferi|umurwayi|mugenzi|ukodesha|nyirayo|mwarimu|umwarimu|umunyeshuri"
    "|uwakira|uwohereza|umuyobozi|usaba|umunyamuryango",
    "ln": "mosombi|mosali|mokumbi motuka|mobeli|moninga ya mosala|mofuti ndako|nkolo|molakisi|moyekoli"
    "|moyambi|motindi|mokambi",
    "wo": "kiliyaan|liggéeykat|dawalkat|jarag|naataangoo|boroom|jàngalekat|ndongo|ki jot|ki yónne|njiit",
    "mg": "mpanjifa|mpiasa|mpamily fiara|marary|mpiara-miasa|mpanofa|tompony|mpampianatra|mpianatra|mpandray"
    "|mpandefa|mpitantana|mpangataka|mpikambana",
    "sn": "mutengi|mushandi|mutyairi|murwere|shamwari yebasa|muroja|muridzi|mudzidzisi|mudzidzi|mugamuchiri"
    "|mutumiri|maneja|mukumbiri|nhengo",
    "st": "moreki|mosebetsi|mokganni|mokudi|mosebetsimmoho|mohiri|mong|titjhere|moithuti|moamohedi|moromelli"
    "|mookamedi|mokopi|setho",
    "tn": "moreki|modiri|mokgweetsi|molwetse|mothapi|mong|morutabana|moithuti|moamogedi|moromelli|motsamaisi",
    "ak": "adetɔfo|odwumayɛni|ɔkwankyerɛfo|ɔyarefo|yɔnko|ɔhaayɛfo|wura|ɔkyerɛkyerɛfo|sukuuni|ɔgyefo|ɔsomafo",
    "ht": "kliyan|anplwaye|chofè|pasyan|kolèg|lokatè|pwopriyetè|pwofesè|elèv|etidyan|moun pou kontakte|teknisyen"
    "|enfimyè|manm|achtè|vandè|pasaje|aplikan|benefisyè",
    "mt": "klijent|klijenta|impjegat|impjegata|sewwieq|pazjent|pazjenta|kollega|inkwilin|sid|għalliem|għalliema"
    "|student|studenta|persuna ta' kuntatt|tekniku|riċevitur|mittent|maniġer|applikant|membru",
    "ga": "custaiméir|fostaí|tiománaí|othar|comhghleacaí|tionónta|úinéir|múinteoir|dalta|mac léinn|teagmhálaí"
    "|teicneoir|faighteoir|seoltóir|bainisteoir|iarratasóir|ball",
    "gd": "neach-ceannach|luchd-obrach|dràibhear|euslainteach|co-obraiche|gabhaltaiche|sealbhadair|tidsear"
    "|neach-teagaisg|sgoilear|oileanach|oileanaich|manaidsear|tagraiche|ball",
    "cy": "cwsmer|gweithiwr|gyrrwr|claf|cydweithiwr|tenant|perchennog|athro|athrawes|disgybl|myfyriwr|myfyrwraig"
    "|person cyswllt|technegydd|derbynnydd|anfonwr|rheolwr|ymgeisydd|aelod",
    "eu": "bezeroa|langilea|gidaria|gaixoa|lankidea|maizterra|jabea|irakaslea|ikaslea|harremanetarako pertsona"
    "|teknikaria|hartzailea|igorlea|kudeatzailea|eskatzailea|kidea",
    "ca": "client|clienta|empleat|empleada|conductor|conductora|pacient|llogater|llogatera"
    "|propietari|propietària|mestre|mestra|professor|professora|alumne|alumna|estudiant|persona de contacte"
    "|tècnic|tècnica|destinatari|destinatària|remitent|gerent|sol·licitant|soci|sòcia",
    "gl": "cliente|empregado|empregada|condutor|condutora|paciente|compañeiro|compañeira|inquilino|inquilina"
    "|propietario|propietaria|mestre|mestra|profesor|profesora|alumno|alumna|estudante|persoa de contacto|técnico"
    "|destinatario|remitente|xerente|solicitante",
    "sq": "klient|klienti|klientja|punonjës|punonjësi|punonjësja|shofer|shoferi|pacient|pacienti|pacientja|kolegu"
    "|kolegia|qiramarrës|pronar|pronari|pronarja|mësues|mësuesi|mësuesja|nxënës|nxënësi|student|studenti"
    "|personi i kontaktit|tekniku|marrësi|dërguesi|menaxher|menaxheri|aplikuesi|anëtar",
    "is": "viðskiptavinur|starfsmaður|bílstjóri|sjúklingur|samstarfsmaður|leigjandi|eigandi|kennari|nemandi"
    "|tengiliður|tæknimaður|viðtakandi|sendandi|stjórnandi|umsækjandi|félagi",
    "lb": "client|klient|mataarbechter|chauffeur|patient|kolleg|locataire|proprietär|enseignant|schüler|student"
    "|kontaktpersoun",
    "se": "áššehas|bargi|vuoddji|buohcci|bargoguoibmi|láigoheaddji|eaiggát|oahpaheaddji|oahppi|studeanta"
    "|oktavuohtaolmmoš|vuostáiváldi|sádde|jođiheaddji|ohcci|miellahttu",
    "mi": "kiritaki|kaimahi|kaitaraiwa|tūroro|turoro|hoa mahi|kairēti|rangatira|kaiako|ākonga|akonga|kaiwhiwhi"
    "|kaituku|kaiwhakahaere|kaitono|mema",
    "sm": "tagata fa'atau|tagata faigaluega|aveta'avale|ma'i|uō faigaluega|tagata mautotogi|pule|faiaoga"
    "|tamaitiiti a'oga"
    "|tagata e maua|tagata auina atu|pule sili|tagata talosaga|sui",
    "to": "kasitoma|tokotaha ngāue|faka'uli|mahaki|kaungā ngāue|tokotaha nofo totongi|'eiki|faiako|tamaio'i ako",
    "fj": "kasitama|dauveiqaravi|tamata cakacaka|draiva|tauvimate|tauvi mate|itokani ni cakacaka|taukei|qasenivuli"
    "|gonevuli|gone vuli|vakailesilesi|dauvakailesilesi|lewe",
    "haw": "mea kū'ai|limahana|kalaiwa|ma'i|hoa hana|mea ho'olimalima|kumu|haumāna|haumana",
    "qu": "rantiq|llamkaq|pusaq|unquq|llamkaq masi|yachachiq|yachakuq|chaskiq|kachaq|kamachiq",
    "gn": "jogua|mba'apohára|mbo'ehára|temimbo'e|hasýva|mba'e jára",
    "eo": "kliento|dungito|ŝoforo|paciento|kolego|luanto|posedanto|instruisto|lernanto|studento|kontaktpersono"
    "|teknikisto|ricevanto|sendinto|administranto|kandidato|membro",
    "syr": "ܙܒܘܢܐ|ܦܠܚܐ|ܟܪܝܗܐ|ܚܒܪܐ|ܡܠܦܢܐ|ܬܠܡܝܕܐ|ܡܩܒܠܢܐ",
    "ko": "고객님|회원|회원님|직원|사원|기사님|운전기사|환자|보호자|동료|세입자|임차인|집주인|임대인|선생님|교사|학생"
    "|담당|담당자|연락 담당자|기술자|수취인|발송인|보낸 사람|받는 사람|매니저|관리자|신청자|구매자|판매자|주문자|예약자"
    "|탑승객|승객|가입자|계약자|피보험자",
    "zh": "租客|租户|房东|业主|老师|学生|联系人|技术员|护士|会员|买家|卖家|乘客|申请人|被保险人|工人|負責人|负责人"
    "|承办人|经办人|經辦人|聯絡人|房東|業主|學生|護士|會員|買家|賣家|申請人|員工|客戶|顧客|病患|收件人|寄件人|司機",
    "ja": "お客様|顧客|利用者|会員|社員|従業員|担当者|担当|運転手|ドライバー|患者|同僚|入居者|借主|貸主|家主|所有者"
    "|先生|講師|生徒|学生|連絡先|連絡担当|技術者|看護師|購入者|出品者|乗客|申請者|申込者|被保険者|受取人|送り主|差出人",
}
"""Language code -> role and relationship nouns that stand before a person's name (customer,
employee, driver, patient, colleague, tenant, owner, teacher, student, contact person,
technician, recipient, sender, manager, applicant, member...), lower case; ``en`` are English
ones. Read by `pii.role_anchor` together with `salutation_vocab.ROLES`."""
