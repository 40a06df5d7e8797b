"""Field labels that introduce a person's name or a postal address, in about eighty languages.

Data only (`redactor.detect.pii.field_labels` reads it): forms, invoices, tickets, HR and
shipping exports, CRM records and letters label a value in the language and script of the
document (``ПІБ: Олена Коваленко``, ``氏名：佐藤 翔太``, ``Địa chỉ: 72 Lê Thánh Tôn``). The
lists are written from general knowledge of each language's form vocabulary (what a passport,
a delivery note, a bank or a hospital form calls these fields), not from any corpus.

Three kinds of label, each a ``|``-separated string per language (ISO 639-1 code, or a script
suffix where a language is written in two scripts; ``_latn``: the romanised keys developers of that
language give JSON fields, ``"pata"``, ``"dia_chi"``, ``"xingming"``):

- `NAME_PART_LABELS`: a part of a name (first/given name, last name/surname, patronymic): the
  value may be a single word;
- `PERSON_LABELS`: the person as a whole (name, full name, customer, applicant, patient, recipient,
  holder, guardian, passenger, student...): the value is the whole name;
- `ADDRESS_LABELS`: a postal address (address, home/residential/billing/shipping/delivery/
  registered address, street, place of residence); with the street words `ADDRESS_WORDS` in
  `redactor.detect.pii.address_field_vocab`, re-exported here.

English keeps to person-specific labels: a bare ``name:``/``address:`` is the classic false
positive of config files (``name: build``, ``address: 0.0.0.0:8080``); the detector's weak-label
rule (ASCII one-word labels need a capitalised label and stronger values) covers the rest.
"""

# ruff: noqa: RUF001, RUF002  -- labels in other scripts (and their full-width colons) are the point here.
from __future__ import annotations

from redactor.detect.pii._vocab import words
from redactor.detect.pii.address_field_vocab import ADDRESS_LABELS, ADDRESS_WORDS
from redactor.detect.pii.field_vocab_world import WORLD_NAME_PART_LABELS, WORLD_PERSON_LABELS, WORLD_WEAK

__all__ = [
    "ADDRESS_LABELS",
    "ADDRESS_WORDS",
    "CJK_FAMILY_NAMES",
    "NAME_PART_LABELS",
    "PERSON_LABELS",
    "PLACEHOLDERS",
    "WEAK_LABELS",
]

NAME_PART_LABELS: dict[str, str] = {
    "en": "first name|given name|given names|forename|forenames|last name|surname|family name|middle name"
    "|maiden name|birth name|christian name",
    "de": "vorname|vornamen|nachname|familienname|zuname|geburtsname|rufname",
    "fr": "prénom|prénoms|nom de famille|nom de naissance|nom d'usage|nom de jeune fille",
    "es": "nombre de pila|apellido|apellidos|primer apellido|segundo apellido",
    "pt": "primeiro nome|apelido|sobrenome|último nome|nome de família",
    "it": "cognome|nome di battesimo",
    "nl": "voornaam|voornamen|achternaam|familienaam|geslachtsnaam|tussenvoegsel",
    "ca": "cognom|cognoms|primer cognom|segon cognom",
    "gl": "apelidos",
    "eu": "abizena|abizenak",
    "ro": "prenume|nume de familie",
    "pl": "imię|imiona|nazwisko|nazwisko rodowe|drugie imię",
    "cs": "jméno|křestní jméno|příjmení|rodné příjmení",
    "sk": "meno|krstné meno|priezvisko|rodné priezvisko",
    "sl": "priimek",
    "hr": "prezime|djevojačko prezime",
    "sr": "prezime",
    "bs": "prezime",
    "hu": "keresztnév|utónév|vezetéknév|családi név|családnév|születési név|leánykori név",
    "fi": "etunimi|etunimet|sukunimi",
    "et": "eesnimi|perekonnanimi|perenimi",
    "lv": "vārds|uzvārds",
    "lt": "vardas|pavardė",
    "sv": "förnamn|efternamn|mellannamn",
    "no": "fornavn|etternavn|mellomnavn",
    "da": "fornavn|efternavn|mellemnavn",
    "is": "eiginnafn|föðurnafn|kenninafn",
    "ga": "céadainm|sloinne",
    "cy": "enw cyntaf|cyfenw",
    "sq": "mbiemri|mbiemër",
    "mt": "kunjom",
    "tr": "soyad|soyadı|soyadi|ikinci ad",
    "az": "soyad|soyadı|ata adı",
    "uz": "familiya|otasining ismi",
    "kk": "тегі|әкесінің аты",
    "ru": "фамилия|отчество|девичья фамилия|имя",
    "uk": "прізвище|по батькові|ім'я|ім’я",
    "be": "прозвішча|імя па бацьку|імя",
    "bg": "фамилия|презиме|бащино име|собствено име",
    "mk": "презиме",
    "sr_cyrl": "презиме",
    "mn": "овог|эцгийн нэр",
    "el": "επώνυμο|όνομα πατρός|πατρώνυμο",
    "ka": "გვარი",
    "hy": "ազգանուն|հայրանուն",
    "he": "שם פרטי|שם משפחה",
    "ar": "الاسم الأول|اسم العائلة|اللقب|اسم الأب",
    "fa": "نام خانوادگی|نام کوچک|نام پدر",
    "ur": "خاندانی نام|پہلا نام|والد کا نام",
    "ps": "تخلص|د پلار نوم",
    "hi": "पहला नाम|उपनाम|कुलनाम|पिता का नाम",
    "mr": "आडनाव|वडिलांचे नाव",
    "ne": "थर|बाबुको नाम",
    "bn": "প্রথম নাম|পদবি|পিতার নাম",
    "pa": "ਪਹਿਲਾ ਨਾਮ|ਗੋਤ|ਪਿਤਾ ਦਾ ਨਾਮ",
    "gu": "અટક|પિતાનું નામ",
    "ta": "முதல் பெயர்|குடும்பப் பெயர்|தந்தை பெயர்",
    "te": "ఇంటి పేరు|తండ్రి పేరు",
    "kn": "ಉಪನಾಮ|ತಂದೆಯ ಹೆಸರು",
    "ml": "കുടുംബപ്പേര്|പിതാവിന്റെ പേര്",
    "si": "වාසගම",
    "th": "ชื่อจริง|นามสกุล",
    "lo": "ນາມສະກຸນ",
    "km": "នាមត្រកូល",
    "my": "မိဘအမည်",
    "zh": "姓氏|名字|姓|名",
    "zh_hant": "姓氏|名字",
    "ja": "姓|名|苗字|名字|フリガナ|ふりがな|氏名カナ|セイ|メイ",
    "ko": "성|이름",
    "am": "የአባት ስም|የአያት ስም",
    "ti": "ሽም ኣቦ",
    "sw": "jina la kwanza|jina la ukoo|jina la familia",
    "ha": "sunan mahaifi",
    "yo": "orúkọ ìdílé|orúkọ àkọ́kọ́",
    "zu": "isibongo",
    "xh": "ifani",
    "so": "magaca koowaad|magaca aabbe",
    "af": "voornaam",
    "id": "nama depan|nama belakang|nama keluarga",
    "ms": "nama keluarga|nama bapa",
    "vi": "tên|họ|tên đệm|họ đệm",
    "tl": "unang pangalan|apelyido|gitnang pangalan",
}
"""Labels of one part of a name (the value may be one word: ``Nachname: Weber``)."""

PERSON_LABELS: dict[str, str] = {
    "en": "full name|legal name|customer name|client name|patient name|employee name|applicant name"
    "|student name|passenger name|traveller name|traveler name|contact person|contact name|recipient name"
    "|sender name|account holder|account holder name|cardholder|card holder|cardholder name|name on card"
    "|policy holder|policyholder|insured person|insured name|name of insured|guardian name|legal guardian"
    "|parent/guardian|next of kin|emergency contact|emergency contact name|signatory|authorised signatory"
    "|authorized signatory|beneficiary|beneficiary name|addressee|consignee|owner name|holder name"
    "|author name|name of applicant|name of employee|name of patient|customer|client|applicant|patient"
    "|employee|recipient|sender|holder|owner|guardian|passenger|student|author|tenant|insured",
    "de": "name|vollständiger name|vor- und nachname|name, vorname|nachname, vorname|kunde|kundin|kundenname"
    "|name des kunden|antragsteller|antragstellerin|patient|patientin|mitarbeiter|mitarbeiterin|ansprechpartner"
    "|ansprechpartnerin|kontaktperson|empfänger|empfängerin|absender|absenderin|inhaber|inhaberin"
    "|kontoinhaber|karteninhaber|eigentümer|erziehungsberechtigter|versicherter|versicherte person"
    "|versicherungsnehmer|fahrgast|reisender|schüler|schülerin|student|studentin|verfasser|unterzeichner"
    "|mieter|mieterin|bewerber|bewerberin",
    "fr": "nom|nom complet|nom et prénom|nom, prénom|prénom et nom|client|cliente|nom du client|demandeur"
    "|demandeuse|patient|patiente|employé|employée|salarié|salariée|personne à contacter|contact"
    "|interlocuteur|destinataire|expéditeur|expéditrice|titulaire|titulaire du compte|propriétaire"
    "|tuteur|tutrice|représentant légal|assuré|assurée|passager|passagère|étudiant|étudiante|élève"
    "|auteur|signataire|locataire|bénéficiaire|souscripteur|candidat|candidate",
    "es": "nombre|nombre completo|nombre y apellidos|apellidos y nombre|apellidos, nombre|cliente"
    "|nombre del cliente|solicitante|paciente|empleado|empleada|trabajador|persona de contacto|contacto"
    "|destinatario|destinataria|remitente|titular|titular de la cuenta|propietario|propietaria|tutor"
    "|tutora|tutor legal|asegurado|asegurada|tomador|pasajero|pasajera|estudiante|alumno|alumna|autor"
    "|autora|firmante|arrendatario|inquilino|beneficiario|beneficiaria|candidato|candidata",
    "pt": "nome|nome completo|nome do cliente|cliente|requerente|solicitante|paciente|funcionário|funcionária"
    "|colaborador|colaboradora|pessoa de contato|pessoa de contacto|contato|contacto|destinatário"
    "|destinatária|remetente|titular|titular da conta|proprietário|proprietária|responsável|tutor"
    "|segurado|segurada|tomador|passageiro|passageira|estudante|aluno|aluna|autor|autora|signatário"
    "|inquilino|beneficiário|beneficiária|candidato|candidata",
    "it": "nome|nome e cognome|cognome e nome|nome completo|cliente|nome del cliente|richiedente|paziente"
    "|dipendente|impiegato|persona di contatto|referente|contatto|destinatario|destinataria|mittente"
    "|titolare|intestatario|intestataria|proprietario|proprietaria|tutore|assicurato|assicurata|contraente"
    "|passeggero|passeggera|studente|studentessa|alunno|autore|autrice|firmatario|locatario|inquilino"
    "|beneficiario|candidato|candidata",
    "nl": "naam|volledige naam|naam klant|klantnaam|klant|aanvrager|patiënt|werknemer|medewerker"
    "|contactpersoon|ontvanger|geadresseerde|afzender|houder|rekeninghouder|kaarthouder|eigenaar|voogd"
    "|verzekerde|verzekeringnemer|passagier|reiziger|student|leerling|auteur|ondertekenaar|huurder"
    "|begunstigde|sollicitant|kandidaat",
    "ca": "nom|nom complet|nom i cognoms|client|clienta|sol·licitant|pacient|empleat|empleada|persona de contacte"
    "|destinatari|destinatària|remitent|titular|propietari|tutor|assegurat|passatger|estudiant|alumne|autor",
    "gl": "nome e apelidos|nome completo|cliente|solicitante|paciente|destinatario|remitente|titular",
    "eu": "izena|izen-abizenak|izen osoa|bezeroa|eskatzailea|gaixoa|langilea|hartzailea|igorlea|titularra",
    "ro": "nume|nume complet|nume și prenume|numele și prenumele|client|clientă|solicitant|pacient|angajat"
    "|angajată|persoană de contact|destinatar|expeditor|titular|titularul contului|proprietar|tutore"
    "|asigurat|pasager|student|studentă|elev|autor|semnatar|chiriaș|beneficiar|candidat",
    "pl": "imię i nazwisko|nazwisko i imię|pełne imię i nazwisko|klient|klientka|wnioskodawca|wnioskodawczyni"
    "|pacjent|pacjentka|pracownik|pracownica|osoba kontaktowa|odbiorca|adresat|nadawca|właściciel"
    "|właścicielka|posiadacz|posiadacz rachunku|opiekun|opiekun prawny|ubezpieczony|ubezpieczona|pasażer"
    "|pasażerka|student|studentka|uczeń|uczennica|autor|autorka|najemca|beneficjent|kandydat|kandydatka",
    "cs": "jméno a příjmení|celé jméno|zákazník|zákaznice|žadatel|žadatelka|pacient|pacientka|zaměstnanec"
    "|zaměstnankyně|kontaktní osoba|příjemce|adresát|odesílatel|majitel|majitelka|vlastník|držitel"
    "|zákonný zástupce|pojištěnec|pojištěná osoba|cestující|student|studentka|žák|žákyně|autor|autorka"
    "|nájemce|odběratel|uchazeč",
    "sk": "meno a priezvisko|celé meno|zákazník|zákazníčka|žiadateľ|žiadateľka|pacient|pacientka"
    "|zamestnanec|kontaktná osoba|príjemca|adresát|odosielateľ|majiteľ|vlastník|držiteľ|zákonný zástupca"
    "|poistenec|cestujúci|študent|študentka|žiak|autor|nájomca|odberateľ",
    "sl": "ime|ime in priimek|polno ime|stranka|kupec|vlagatelj|pacient|zaposleni|kontaktna oseba|prejemnik"
    "|pošiljatelj|imetnik|lastnik|skrbnik|zavarovanec|potnik|študent|učenec|avtor|najemnik",
    "hr": "ime|ime i prezime|puno ime|kupac|klijent|podnositelj zahtjeva|pacijent|zaposlenik|kontakt osoba"
    "|primatelj|pošiljatelj|vlasnik|nositelj|imatelj računa|skrbnik|osiguranik|putnik|student|učenik"
    "|autor|potpisnik|najmoprimac",
    "sr": "ime|ime i prezime|puno ime|kupac|klijent|podnosilac zahteva|pacijent|zaposleni|kontakt osoba"
    "|primalac|pošiljalac|vlasnik|staratelj|osiguranik|putnik|student|učenik|autor",
    "bs": "ime i prezime|kupac|klijent|podnosilac zahtjeva|pacijent|uposlenik|primalac|pošiljalac|vlasnik",
    "mk": "име|име и презиме|целосно име|купувач|клиент|подносител|пациент|вработен|лице за контакт"
    "|примач|испраќач|сопственик|старател|осигуреник|патник|студент|ученик|автор",
    "sr_cyrl": "име|име и презиме|пуно име|купац|клијент|подносилац захтева|пацијент|запослени"
    "|контакт особа|прималац|пошиљалац|власник|старатељ|осигураник|путник|студент|ученик|аутор",
    "bg": "име|име и фамилия|трите имена|пълно име|клиент|заявител|пациент|служител|лице за контакт"
    "|получател|подател|изпращач|притежател|собственик|настойник|осигурен|осигурено лице|пътник"
    "|студент|ученик|автор|наемател|бенефициент|кандидат",
    "hu": "név|teljes név|vevő|ügyfél|megrendelő|kérelmező|igénylő|beteg|páciens|munkavállaló|dolgozó"
    "|kapcsolattartó|címzett|feladó|küldő|tulajdonos|számlatulajdonos|kártyabirtokos|gondviselő"
    "|törvényes képviselő|biztosított|utas|hallgató|diák|tanuló|szerző|aláíró|bérlő|kedvezményezett|pályázó",
    "fi": "nimi|koko nimi|asiakas|asiakkaan nimi|hakija|potilas|työntekijä|yhteyshenkilö|vastaanottaja"
    "|lähettäjä|haltija|tilinhaltija|kortinhaltija|omistaja|huoltaja|vakuutettu|matkustaja|opiskelija"
    "|oppilas|tekijä|allekirjoittaja|vuokralainen|edunsaaja",
    "et": "nimi|täisnimi|ees- ja perekonnanimi|klient|taotleja|patsient|töötaja|kontaktisik|saaja|saatja"
    "|omanik|kontoomanik|kaardiomanik|hooldaja|eestkostja|kindlustatu|reisija|õpilane|üliõpilane|autor"
    "|üürnik|allkirjastaja",
    "lv": "vārds, uzvārds|vārds uzvārds|pilns vārds|klients|pieteicējs|pacients|darbinieks|kontaktpersona"
    "|saņēmējs|adresāts|sūtītājs|īpašnieks|konta īpašnieks|kartes īpašnieks|aizbildnis|apdrošinātais"
    "|pasažieris|students|skolēns|autors|parakstītājs|īrnieks|labuma guvējs",
    "lt": "vardas, pavardė|vardas pavardė|vardas ir pavardė|pilnas vardas|klientas|pareiškėjas|pacientas"
    "|darbuotojas|kontaktinis asmuo|gavėjas|adresatas|siuntėjas|savininkas|sąskaitos savininkas"
    "|kortelės turėtojas|globėjas|apdraustasis|keleivis|studentas|mokinys|autorius|pasirašiusysis|nuomininkas",
    "sv": "namn|fullständigt namn|för- och efternamn|kund|kundnamn|sökande|patient|anställd|medarbetare"
    "|kontaktperson|mottagare|avsändare|innehavare|kontoinnehavare|kortinnehavare|ägare|vårdnadshavare"
    "|förmyndare|försäkrad|försäkringstagare|passagerare|resenär|student|elev|författare|undertecknad"
    "|hyresgäst|förmånstagare",
    "no": "navn|fullt navn|for- og etternavn|kunde|kundenavn|søker|pasient|ansatt|medarbeider|kontaktperson"
    "|mottaker|avsender|innehaver|kontoinnehaver|kortinnehaver|eier|verge|foresatt|forsikret"
    "|forsikringstaker|passasjer|reisende|student|elev|forfatter|undertegnede|leietaker",
    "da": "navn|fulde navn|for- og efternavn|kunde|kundenavn|ansøger|patient|medarbejder|ansat|kontaktperson"
    "|modtager|afsender|indehaver|kontoindehaver|kortindehaver|ejer|værge|forsikrede|forsikringstager"
    "|passager|rejsende|studerende|elev|forfatter|underskriver|lejer",
    "is": "nafn|fullt nafn|viðskiptavinur|umsækjandi|sjúklingur|starfsmaður|tengiliður|viðtakandi|sendandi"
    "|eigandi|korthafi|forráðamaður|vátryggður|farþegi|nemandi|höfundur|leigjandi",
    "ga": "ainm|ainm iomlán|custaiméir|iarratasóir|othar|fostaí|duine teagmhála|faighteoir|seoltóir|úinéir"
    "|caomhnóir|paisinéir|mac léinn|údar",
    "cy": "enw|enw llawn|cwsmer|ymgeisydd|claf|gweithiwr|person cyswllt|derbynnydd|anfonwr|perchennog"
    "|gwarcheidwad|teithiwr|myfyriwr|awdur",
    "gd": "ainm|ainm slàn|neach-ceannach|tagraiche|euslainteach|neach-obrach|faightear|sealbhadair",
    "sq": "emri|emër|emri dhe mbiemri|emri i plotë|klienti|aplikanti|pacienti|punonjësi|personi i kontaktit"
    "|marrësi|dërguesi|pronari|mbajtësi|kujdestari|i siguruari|pasagjeri|studenti|nxënësi|autori|qiramarrësi",
    "mt": "isem|isem u kunjom|isem sħiħ|klijent|applikant|pazjent|impjegat|persuna ta' kuntatt|riċevitur"
    "|mittent|sid|detentur|gwardjan|passiġġier|student|awtur",
    "tr": "adı|isim|ad soyad|ad-soyad|adı soyadı|adı-soyadı|ad ve soyad|tam ad|müşteri|müşteri adı"
    "|başvuran|başvuru sahibi|hasta|hasta adı|çalışan|personel|personel adı|ilgili kişi|yetkili kişi"
    "|iletişim kişisi|alıcı|alıcı adı|gönderen|gönderici|sahibi|hesap sahibi|kart sahibi|mal sahibi|veli"
    "|vasi|sigortalı|yolcu|yolcu adı|öğrenci|öğrenci adı|yazar|imza sahibi|kiracı|lehdar",
    "az": "adı|ad soyad|soyadı, adı|tam ad|müştəri|ərizəçi|xəstə|işçi|əlaqə şəxsi|alıcı|göndərən|sahib"
    "|hesab sahibi|qəyyum|sığortalı|sərnişin|tələbə|şagird|müəllif|kirayəçi",
    "uz": "ism|ismi|ism familiya|f.i.sh|f.i.o|to'liq ism|mijoz|ariza beruvchi|bemor|xodim|aloqa shaxsi"
    "|qabul qiluvchi|jo'natuvchi|egasi|hisob egasi|vasiy|sug'urtalangan|yo'lovchi|talaba|o'quvchi|muallif",
    "kk": "аты|аты-жөні|толық аты|тегі, аты|клиент|өтініш беруші|науқас|қызметкер|байланыс тұлғасы"
    "|алушы|жіберуші|иесі|шот иесі|қамқоршы|жолаушы|студент|оқушы|автор",
    "ru": "имя|фио|ф.и.о.|ф.и.о|имя и фамилия|фамилия и имя|фамилия, имя, отчество|фамилия имя отчество"
    "|полное имя|клиент|покупатель|заказчик|заявитель|пациент|сотрудник|работник|контактное лицо"
    "|получатель|адресат|отправитель|владелец|держатель|владелец счета|держатель карты|собственник"
    "|опекун|законный представитель|застрахованный|застрахованное лицо|страхователь|пассажир|студент"
    "|студентка|ученик|ученица|автор|подписант|арендатор|наниматель|выгодоприобретатель|кандидат"
    "|ответственный|ответственное лицо",
    "uk": "ім'я|ім’я|піб|п.і.б.|п.і.б|прізвище, ім'я, по батькові|прізвище, ім’я, по батькові|прізвище та ім'я"
    "|повне ім'я|клієнт|покупець|замовник|заявник|пацієнт|пацієнтка|працівник|співробітник|контактна особа"
    "|одержувач|отримувач|адресат|відправник|власник|власниця|держатель|власник рахунку|власник картки"
    "|опікун|законний представник|застрахована особа|страхувальник|пасажир|студент|студентка|учень"
    "|учениця|автор|підписант|орендар|наймач|вигодонабувач|кандидат|відповідальна особа",
    "be": "імя|пііб|прозвішча, імя, імя па бацьку|кліент|заяўнік|пацыент|супрацоўнік|кантактная асоба"
    "|атрымальнік|адпраўнік|уладальнік|апякун|пасажыр|студэнт|вучань|аўтар",
    "mn": "нэр|овог нэр|овог, нэр|бүтэн нэр|үйлчлүүлэгч|хэрэглэгч|өргөдөл гаргагч|өвчтөн|ажилтан"
    "|холбоо барих хүн|хүлээн авагч|илгээгч|эзэмшигч|асран хамгаалагч|зорчигч|оюутан|сурагч|зохиогч",
    "el": "όνομα|ονοματεπώνυμο|ονοματεπωνυμο|πλήρες όνομα|πελάτης|αιτών|αιτούσα|ασθενής|υπάλληλος|εργαζόμενος"
    "|υπεύθυνος επικοινωνίας|πρόσωπο επικοινωνίας|παραλήπτης|αποστολέας|κάτοχος|δικαιούχος|ιδιοκτήτης"
    "|κηδεμόνας|ασφαλισμένος|επιβάτης|φοιτητής|μαθητής|συγγραφέας|υπογράφων|μισθωτής|ενοικιαστής",
    "ka": "სახელი|სახელი, გვარი|სახელი და გვარი|სრული სახელი|კლიენტი|მომხმარებელი|განმცხადებელი|პაციენტი"
    "|თანამშრომელი|საკონტაქტო პირი|მიმღები|გამგზავნი|მფლობელი|ანგარიშის მფლობელი|მეურვე|დაზღვეული"
    "|მგზავრი|სტუდენტი|მოსწავლე|ავტორი|ხელმომწერი|მოიჯარე",
    "hy": "անուն|անուն, ազգանուն|անուն ազգանուն|լրիվ անուն|հաճախորդ|դիմող|դիմորդ|հիվանդ|աշխատակից"
    "|կոնտակտային անձ|ստացող|ուղարկող|սեփականատեր|տնօրինող|խնամակալ|ապահովագրված|ուղևոր|ուսանող"
    "|աշակերտ|հեղինակ|վարձակալ",
    "he": "שם|שם מלא|שם הלקוח|לקוח|לקוחה|מבקש|מבקשת|מטופל|מטופלת|חולה|עובד|עובדת|איש קשר|אשת קשר"
    "|המבקש|המבקשת|המשיב|המשיבה|התובע|התובעת|הנתבע|הנתבעת|המטופל|המטופלת"
    "|נמען|נמענת|שולח|שולחת|בעלים|בעל החשבון|בעל הכרטיס|מחזיק|אפוטרופוס|מבוטח|מבוטחת|נוסע|נוסעת"
    "|סטודנט|סטודנטית|תלמיד|תלמידה|מחבר|חותם|שוכר|מוטב",
    "ar": "الاسم|اسم|الاسم الكامل|الاسم بالكامل|الاسم الثلاثي|الاسم الرباعي|اسم العميل|العميل|اسم الزبون"
    "|مقدم الطلب|المريض|اسم المريض|الموظف|اسم الموظف|جهة الاتصال|الشخص المسؤول|المستلم|اسم المستلم"
    "|المرسل|اسم المرسل|صاحب الحساب|حامل البطاقة|المالك|الولي|ولي الأمر|المؤمن عليه|الراكب|اسم الراكب"
    "|الطالب|اسم الطالب|المؤلف|الموقع|المستأجر|المستفيد",
    "fa": "نام|اسم|نام و نام خانوادگی|نام کامل|مشتری|نام مشتری|متقاضی|بیمار|نام بیمار|کارمند|نام کارمند"
    "|شخص رابط|تحویل گیرنده|گیرنده|فرستنده|صاحب حساب|دارنده کارت|مالک|سرپرست|قیم|بیمه شده|مسافر"
    "|دانشجو|دانش آموز|نویسنده|امضاکننده|مستاجر|ذینفع",
    "ur": "نام|پورا نام|مکمل نام|گاہک|صارف|درخواست دہندہ|مریض|ملازم|رابطہ شخص|وصول کنندہ|بھیجنے والا"
    "|مالک|اکاؤنٹ ہولڈر|سرپرست|مسافر|طالب علم|مصنف|کرایہ دار",
    "ps": "نوم|بشپړ نوم|پیرودونکی|غوښتونکی|ناروغ|کارمند|ترلاسه کوونکی|لیږونکی|مالک|مسافر|زده کوونکی",
    "ku": "nav û paşnav|paşnav|xerîdar|nexweş|wergir|şandiyar",
    "hi": "नाम|पूरा नाम|पूर्ण नाम|ग्राहक|ग्राहक का नाम|आवेदक|आवेदक का नाम|मरीज़|मरीज|रोगी|रोगी का नाम|कर्मचारी"
    "|कर्मचारी का नाम|संपर्क व्यक्ति|प्राप्तकर्ता|प्रेषक|भेजने वाला|धारक|खाताधारक|कार्डधारक|मालिक|स्वामी"
    "|अभिभावक|संरक्षक|बीमाधारक|बीमित व्यक्ति|यात्री|यात्री का नाम|छात्र|छात्रा|विद्यार्थी|लेखक|हस्ताक्षरकर्ता"
    "|किरायेदार|लाभार्थी|उम्मीदवार",
    "mr": "नाव|पूर्ण नाव|संपूर्ण नाव|ग्राहक|अर्जदार|रुग्ण|कर्मचारी|संपर्क व्यक्ती|प्राप्तकर्ता|प्रेषक|मालक"
    "|खातेदार|पालक|विमाधारक|प्रवासी|विद्यार्थी|लेखक|भाडेकरू|लाभार्थी",
    "ne": "नाम|पूरा नाम|नाम थर|ग्राहक|निवेदक|आवेदक|बिरामी|कर्मचारी|सम्पर्क व्यक्ति|प्रापक|पठाउने|मालिक"
    "|खातावाला|अभिभावक|यात्री|विद्यार्थी|लेखक",
    "bn": "নাম|পুরো নাম|সম্পূর্ণ নাম|গ্রাহক|গ্রাহকের নাম|আবেদনকারী|আবেদনকারীর নাম|রোগী|রোগীর নাম|কর্মচারী"
    "|কর্মীর নাম|যোগাযোগ ব্যক্তি|প্রাপক|প্রাপকের নাম|প্রেরক|প্রেরকের নাম|মালিক|হিসাবধারী|অভিভাবক"
    "|বীমাকৃত ব্যক্তি|যাত্রী|ছাত্র|ছাত্রী|শিক্ষার্থী|লেখক|ভাড়াটিয়া|সুবিধাভোগী",
    "pa": "ਨਾਮ|ਪੂਰਾ ਨਾਮ|ਗਾਹਕ|ਬਿਨੈਕਾਰ|ਮਰੀਜ਼|ਕਰਮਚਾਰੀ|ਸੰਪਰਕ ਵਿਅਕਤੀ|ਪ੍ਰਾਪਤਕਰਤਾ|ਭੇਜਣ ਵਾਲਾ|ਮਾਲਕ|ਸਰਪ੍ਰਸਤ|ਯਾਤਰੀ|ਵਿਦਿਆਰਥੀ|ਲੇਖਕ",
    "gu": "નામ|પૂરું નામ|સંપૂર્ણ નામ|ગ્રાહક|અરજદાર|દર્દી|કર્મચારી|સંપર્ક વ્યક્તિ|પ્રાપ્તકર્તા|મોકલનાર|માલિક"
    "|ખાતેદાર|વાલી|મુસાફર|વિદ્યાર્થી|લેખક",
    "ta": "பெயர்|முழு பெயர்|முழுப் பெயர்|வாடிக்கையாளர்|வாடிக்கையாளர் பெயர்|விண்ணப்பதாரர்|நோயாளி"
    "|நோயாளியின் பெயர்|ஊழியர்|பணியாளர்|தொடர்பு நபர்|பெறுநர்|அனுப்புநர்|உரிமையாளர்|கணக்கு வைத்திருப்பவர்"
    "|பாதுகாவலர்|பயணி|மாணவர்|ஆசிரியர்|வாடகைதாரர்",
    "te": "పేరు|పూర్తి పేరు|కస్టమర్|వినియోగదారు|దరఖాస్తుదారు|రోగి|ఉద్యోగి|సంప్రదింపు వ్యక్తి|గ్రహీత"
    "|పంపినవారు|యజమాని|ఖాతాదారు|సంరక్షకుడు|ప్రయాణికుడు|విద్యార్థి|రచయిత",
    "kn": "ಹೆಸರು|ಪೂರ್ಣ ಹೆಸರು|ಗ್ರಾಹಕ|ಅರ್ಜಿದಾರ|ರೋಗಿ|ಉದ್ಯೋಗಿ|ಸಂಪರ್ಕ ವ್ಯಕ್ತಿ|ಸ್ವೀಕರಿಸುವವರು|ಕಳುಹಿಸುವವರು|ಮಾಲೀಕ|ಪೋಷಕ|ಪ್ರಯಾಣಿಕ|ವಿದ್ಯಾರ್ಥಿ|ಲೇಖಕ",
    "ml": "പേര്|മുഴുവൻ പേര്|പൂർണ്ണ നാമം|ഉപഭോക്താവ്|അപേക്ഷകൻ|രോഗി|ജീവനക്കാരൻ|ബന്ധപ്പെടേണ്ട വ്യക്തി"
    "|സ്വീകർത്താവ്|അയച്ചയാൾ|ഉടമ|രക്ഷിതാവ്|യാത്രക്കാരൻ|വിദ്യാർത്ഥി|രചയിതാവ്",
    "si": "නම|සම්පූර්ණ නම|පාරිභෝගිකයා|අයදුම්කරු|රෝගියා|සේවකයා|සම්බන්ධතා පුද්ගලයා|ලබන්නා|යවන්නා|හිමිකරු|භාරකරු|මගියා|ශිෂ්‍යයා|කතුවරයා",
    "th": "ชื่อ|ชื่อ-นามสกุล|ชื่อ นามสกุล|ชื่อและนามสกุล|ชื่อ-สกุล|ชื่อเต็ม|ลูกค้า|ชื่อลูกค้า|ผู้สมัคร|ผู้ยื่นคำขอ"
    "|ผู้ป่วย|ชื่อผู้ป่วย|พนักงาน|ชื่อพนักงาน|ผู้ติดต่อ|ผู้รับ|ชื่อผู้รับ|ผู้ส่ง|ชื่อผู้ส่ง|เจ้าของ|เจ้าของบัญชี"
    "|ผู้ถือบัตร|ผู้ปกครอง|ผู้เอาประกัน|ผู้โดยสาร|นักเรียน|นักศึกษา|ผู้เขียน|ผู้ลงนาม|ผู้เช่า|ผู้รับผลประโยชน์",
    "lo": "ຊື່|ຊື່ ແລະ ນາມສະກຸນ|ຊື່ເຕັມ|ລູກຄ້າ|ຜູ້ສະໝັກ|ຄົນເຈັບ|ພະນັກງານ|ຜູ້ຮັບ|ຜູ້ສົ່ງ|ເຈົ້າຂອງ|ຜູ້ປົກຄອງ|ຜູ້ໂດຍສານ|ນັກຮຽນ|ນັກສຶກສາ",
    "km": "ឈ្មោះ|នាមត្រកូល និងនាមខ្លួន|ឈ្មោះពេញ|អតិថិជន|អ្នកដាក់ពាក្យ|អ្នកជំងឺ|បុគ្គលិក|អ្នកទទួល|អ្នកផ្ញើ|ម្ចាស់|អាណាព្យាបាល|អ្នកដំណើរ|សិស្ស|និស្សិត",
    "my": "အမည်|အမည်အပြည့်အစုံ|ဖောက်သည်|လျှောက်ထားသူ|လူနာ|ဝန်ထမ်း|လက်ခံသူ|ပို့သူ|ပိုင်ရှင်|အုပ်ထိန်းသူ|ခရီးသည်|ကျောင်းသား",
    # session 15 (late): Dhivehi (Thaana), Uyghur (Arabic script), Tibetan
    "dv": "ނަން|ފުރިހަމަ ނަން|ކަސްޓަމަރު|ބަލިމީހާ|މުވައްޒަފު|ހުށަހަޅާ ފަރާތް|ލިބޭ ފަރާތް|ފޮނުވާ ފަރާތް|ވެރިޔާ|ދަރިވަރު|ފަސިންޖަރު",
    "ug": "ئىسىم|ئىسمى|ئىسىم فامىلە|ئىسىم فامىلىسى|خېرىدار|ئىلتىماس قىلغۇچى|بىمار|خىزمەتچى|تاپشۇرۇۋالغۇچى"
    "|ئەۋەتكۈچى|ئوقۇغۇچى|يولۇچى",
    "bo": "མིང|མིང་|མིང་ཡིག|སློབ་ཕྲུག|ནད་པ|ཞབས་ཞུ་བ",
    "zh": "姓名|全名|真实姓名|客户|客户姓名|客户名称|申请人|申请人姓名|患者|患者姓名|病人|员工|员工姓名"
    "|联系人|联系人姓名|收件人|收货人|收件人姓名|发件人|寄件人|持卡人|户主|账户持有人|开户人|所有人"
    "|监护人|被保险人|投保人|乘客|乘客姓名|旅客|学生|学生姓名|作者|签署人|租户|承租人|受益人|法定代表人"
    "|负责人|经办人|候选人",
    "zh_hant": "姓名|全名|客戶|客戶姓名|申請人|患者|病人|員工|聯絡人|聯繫人|收件人|收貨人|寄件人|發件人"
    "|持卡人|戶名|帳戶持有人|所有人|監護人|被保險人|要保人|乘客|旅客|學生|作者|簽署人|承租人|受益人"
    "|負責人|法定代理人",
    "ja": "氏名|名前|お名前|ご氏名|フルネーム|顧客名|お客様名|申請者|申込者|申請人|患者|患者名|社員|社員名"
    "|従業員|担当者|担当者名|ご担当者|連絡先担当者|宛名|受取人|受取人名|お届け先氏名|差出人|送り主"
    "|依頼主|名義人|口座名義|口座名義人|カード名義人|所有者|保護者|被保険者|契約者|乗客|搭乗者|学生"
    "|生徒|著者|作成者|署名者|借主|受益者|代表者",
    "ko": "이름|성명|성함|고객|고객명|고객 이름|신청인|신청자|환자|환자명|직원|직원명|담당자|연락 담당자"
    "|수령인|수취인|받는 사람|받는 분|보내는 사람|보내는 분|발신인|예금주|카드 소유자|명의자|소유자"
    "|보호자|피보험자|계약자|승객|탑승객|학생|학생명|저자|작성자|서명인|임차인|수익자|대표자",
    "am": "ስም|ሙሉ ስም|ስም እና የአባት ስም|ደንበኛ|የደንበኛ ስም|አመልካች|ታካሚ|ሠራተኛ|ሰራተኛ|ተጠሪ|ተቀባይ|ላኪ|ባለቤት"
    "|የሂሳብ ባለቤት|አሳዳጊ|ተሳፋሪ|ተማሪ|ደራሲ|ፈራሚ|ተከራይ",
    "ti": "ስም|ምሉእ ስም|ዓሚል|ኣመልካቲ|ሕሙም|ሰራሕተኛ|ተቐባሊ|ለኣኺ|ዋና|ተጓዓዚ|ተመሃራይ",
    "sw": "jina|jina kamili|majina kamili|mteja|jina la mteja|mwombaji|mgonjwa|mfanyakazi|mtu wa kuwasiliana"
    "|mpokeaji|mtumaji|mmiliki|mwenye akaunti|mlezi|abiria|mwanafunzi|mwandishi|mpangaji|mnufaika",
    "ha": "suna|cikakken suna|abokin ciniki|mai nema|mara lafiya|ma'aikaci|mai karɓa|mai aikawa|mai shi|fasinja|ɗalibi",
    "yo": "orúkọ|orukọ|orúkọ kíkún|orúkọ kikun|oníbàárà|olùbẹ̀rẹ̀|aláìsàn|òṣìṣẹ́|olùgbà|olùfiránṣẹ́|oníní"
    "|arìnrìn-àjò|akẹ́kọ̀ọ́",
    "ig": "aha zuru ezu|onye ahịa|onye ọrịa|onye ọrụ|onye nnata|onye nziga",
    "zu": "igama|igama eliphelele|amagama aphelele|ikhasimende|umfakisicelo|isiguli|isisebenzi|umamukeli"
    "|umthumeli|umnikazi|umgcini|umgibeli|umfundi|umbhali",
    "xh": "igama|igama elipheleleyo|umthengi|umfaki-sicelo|isigulana|umqeshwa|umamkeli|umthumeli|umnini",
    "so": "magac|magaca|magaca oo buuxa|magaca buuxa|macmiil|macmiilka|codsade|bukaan|shaqaale|qofka xiriirka"
    "|qaataha|diraha|milkiile|mulkiilaha|ilaaliye|rakaab|arday|qoraa",
    "af": "naam|volle naam|naam en van|kliënt|klant|aansoeker|pasiënt|werknemer|kontakpersoon|ontvanger"
    "|sender|eienaar|rekeninghouer|voog|versekerde|passasier|student|leerder|skrywer|huurder|begunstigde",
    "id": "nama|nama lengkap|nama pelanggan|pelanggan|pemohon|nama pemohon|pasien|nama pasien|karyawan"
    "|pegawai|nama karyawan|narahubung|kontak person|penerima|nama penerima|pengirim|nama pengirim|pemilik"
    "|pemilik rekening|atas nama|pemegang kartu|pemegang polis|wali|tertanggung|penumpang|siswa|mahasiswa"
    "|penulis|penandatangan|penyewa|ahli waris",
    "ms": "nama|nama penuh|pelanggan|nama pelanggan|pemohon|pesakit|pekerja|kakitangan|orang untuk dihubungi"
    "|penerima|pengirim|pemilik|pemegang akaun|penjaga|pihak diinsuranskan|penumpang|pelajar|penulis|penyewa",
    "vi": "họ và tên|họ tên|tên đầy đủ|họ và tên đầy đủ|khách hàng|tên khách hàng|người nộp đơn|người yêu cầu"
    "|bệnh nhân|tên bệnh nhân|nhân viên|tên nhân viên|người liên hệ|người nhận|tên người nhận|người gửi"
    "|tên người gửi|chủ sở hữu|chủ tài khoản|chủ thẻ|người giám hộ|người được bảo hiểm|hành khách|học sinh"
    "|sinh viên|tác giả|người ký|người thuê|người thụ hưởng|người đại diện",
    "hi_latn": "poora naam|pura naam|naam|grahak ka naam",
    "vi_latn": "ho ten|ho va ten|ho_ten|ho_va_ten|ten khach hang|nguoi nhan",
    "zh_latn": "xingming|xing_ming",
    "ja_latn": "shimei|namae|o-namae",
    "ko_latn": "ireum|seongmyeong",
    "tl": "pangalan|buong pangalan|kostumer|kliyente|aplikante|pasyente|empleyado|kawani|taong makikipag-ugnayan"
    "|tatanggap|nagpadala|may-ari|tagapag-alaga|pasahero|mag-aaral|estudyante|may-akda|umuupa",
}
"""Labels of a whole person (the value is the person's full name)."""

_ROLE_LABELS: dict[str, str] = {
    "ko": "주문자|주문인|구매자|예약자|회원|회원명|회원 이름|승인자|결재자|요청자|신고자|보고자|운전자|담당"
    "|투숙객|참석자",
    "ja": "担当|注文者|購入者|予約者|会員|会員名|承認者|決裁者|依頼者|申告者|報告者|運転手|宿泊者|参加者|責任者",
    "zh": "订购人|订货人|下单人|购买人|购买者|预订人|预约人|会员|会员姓名|审批人|批准人|报告人|举报人|司机|住客|参会人"
    "|会员资料|会员信息|客户资料|客户信息|学员资料|学员信息|员工资料|员工信息|个人资料|个人信息|患者信息",
    "zh_hant": "訂購人|購買人|預訂人|預約人|會員|會員姓名|審批人|核准人|批准人|報告人|司機|住客|負責人|經辦人|承辦人"
    "|會員資料|客戶資料|客戶資訊|個人資料|個人資訊|學員資料",
    "he": "מאשר|מאשרת|מזמין|מזמינה|נהג|נהגת|אחראי|אחראית|מדווח|מדווחת|העובד|העובדת|שם העובד|שם העובדת|הלקוח|הלקוחה",
    "fa": "خریدار|سفارش دهنده|سفارش‌دهنده|رزرو کننده|عضو|نام عضو|تایید کننده|تأیید کننده|راننده|مسئول|درخواست کننده",
    "ar": "المشتري|العضو|اسم العضو|المعتمد|السائق|اسم السائق|المسؤول|صاحب الطلب|مقدم البلاغ",
    "th": "ผู้สั่งซื้อ|ผู้จอง|สมาชิก|ชื่อสมาชิก|ผู้อนุมัติ|ผู้ขอ|ผู้แจ้ง|คนขับ|ผู้รับผิดชอบ|ผู้ประสานงาน",
    "hi": "खरीदार|सदस्य|सदस्य का नाम|अनुमोदक|अनुरोधकर्ता|चालक|ड्राइवर|प्रभारी|जिम्मेदार व्यक्ति",
    "ru": "утвердил|согласовал|ответственный|исполнитель|водитель|член клуба|участник|покупатель",
    "uk": "затвердив|погодив|відповідальний|виконавець|водій|учасник|покупець|замовник",
    "es": "aprobador|aprobado por|comprador|compradora|socio|socia|miembro|conductor|conductora|responsable",
    "pt": "aprovador|aprovado por|comprador|compradora|sócio|sócia|associado|associada|motorista|membro",
    "fr": "approbateur|approuvé par|acheteur|acheteuse|adhérent|adhérente|membre|chauffeur|conducteur|responsable"
    "|demandeur|demandeuse",
    "de": "genehmiger|genehmigt von|käufer|käuferin|besteller|bestellerin|mitglied|fahrer|fahrerin|ansprechpartner"
    "|ansprechpartnerin|verantwortlicher|verantwortliche|antragsteller|antragstellerin",
    "it": "approvatore|approvato da|acquirente|socio|socia|autista|conducente|responsabile|richiedente",
    "nl": "goedgekeurd door|koper|besteller|lid|chauffeur|bestuurder|verantwoordelijke|aanvrager|contactpersoon",
    "pl": "zamawiający|zamawiająca|kupujący|kupująca|członek|kierowca|odpowiedzialny|odpowiedzialna|zatwierdził"
    "|wnioskodawca",
    "tr": "onaylayan|sipariş veren|alıcı|üye|sürücü|şoför|sorumlu|talep eden",
    "id": "pemesan|pembeli|anggota|sopir|pengemudi|penanggung jawab|disetujui oleh",
    "vi": "người đặt|người đặt hàng|người mua|thành viên|tài xế|người phụ trách|người duyệt|người liên hệ",
}
"""Session 11: roles a record names a person by beyond the form labels above (who ordered or
booked, who approved, a member, the person in charge, a driver): ``주문자: 이지은``, ``圃場担当：佐々木
亮太``, ``מאשר: אבי שטרן``. Merged into `PERSON_LABELS`."""
for _lang, _more in _ROLE_LABELS.items():
    PERSON_LABELS[_lang] = PERSON_LABELS[_lang] + "|" + _more if _lang in PERSON_LABELS else _more
for _table, _world in ((PERSON_LABELS, WORLD_PERSON_LABELS), (NAME_PART_LABELS, WORLD_NAME_PART_LABELS)):
    for _lang, _more in _world.items():  # session 16 (late): ~40 more languages, pii.field_vocab_world
        _table[_lang] = _table[_lang] + "|" + _more if _lang in _table else _more

WEAK_LABELS: frozenset[str] = (
    words(
        """
    customer client applicant patient employee recipient sender holder owner guardian passenger student author
    tenant insured signatory beneficiary addressee consignee cardholder policyholder surname forename
    name naam nome nombre nom navn namn nimi nama jina ime emri isim ism nume suna magac igama ainm enw izena
    isem pangalan aha orukọ izena klient kunde klant kund kunde kunde cliente contact contacto contato
    contatto kontakt titular titulaire autor auteur student studente estudiante passager
    address adres adresse adresa adress adrese adresas aadress alamat anwani indirizzo indirizz direccion
    endereco morada domicilio domicile residence naslov manzil tirahan ikheli cinwaan seoladh cyfeiriad
    street strasse rue calle rua ulica ulice utca straat gata gade gate katu cadde sokak iela kalye jalan
    carrer triq rruga pata dizhi juso jusho
    """
    )
    | WORLD_WEAK
)
"""Labels that are also config keys or English words (``name: build``, ``client: web``, ``street:``):
ASCII one-word labels for "name", "address", "street", and role nouns shared with English. They count
only capitalised at the start of a line or cell, with a two-word name or an address with a number and
a street word or a comma."""

PLACEHOLDERS: frozenset[str] = words(
    """
    n/a na none null nil undefined unknown tbd tba todo pending redacted hidden anonymous anon empty blank
    required optional string text value example sample test dummy placeholder your name yourname
    firstname lastname fullname first last xxx xx yyy zzz foo bar baz lorem ipsum
    unbekannt keine anonym inconnu inconnue aucun aucune anonyme desconocido desconocida ninguno ninguna
    anónimo desconhecido nenhum sconosciuto nessuno anonimo onbekend geen nieznany nieznana brak anonim
    neznámý ismeretlen tuntematon okänd ukjent ukendt bilinmiyor yok bilinmeyen
    неизвестно неизвестен нет отсутствует не указано не указан невідомо немає відсутній не вказано аноним
    άγνωστο κανένα
    未知 不明 无 無 匿名 なし 없음 미상 익명
    غير معروف لا يوجد مجهول نامشخص ندارد ناشناس לא ידוע אין
    अज्ञात कोई नहीं অজানা নেই ไม่ทราบ ไม่มี không có không rõ tidak ada tidak diketahui hakuna haijulikani
    """
)
"""Values that stand for no one (a placeholder, "unknown", "none" in many languages)."""

CJK_FAMILY_NAMES: frozenset[str] = words(
    """
    王 李 张 張 刘 劉 陈 陳 杨 楊 黄 黃 赵 趙 吴 吳 周 徐 孙 孫 马 馬 朱 胡 郭 何 高 林 罗 羅 郑 鄭 梁 谢 謝 宋 唐
    许 許 韩 韓 冯 馮 邓 鄧 曹 彭 曾 肖 蕭 田 董 袁 潘 于 蒋 蔣 蔡 余 杜 叶 葉 程 苏 蘇 魏 吕 呂 丁 任 沈 姚 卢 盧
    姜 崔 钟 鍾 谭 譚 陆 陸 汪 范 金 石 廖 贾 賈 夏 韦 韋 付 傅 方 白 邹 鄒 孟 熊 秦 邱 江 尹 薛 闫 閻 段 雷 侯 龙 龍
    史 陶 黎 贺 賀 顾 顧 毛 郝 龚 龔 邵 万 萬 钱 錢 严 嚴 覃 武 戴 莫 孔 向 汤 湯 常 温 溫 康 施 文 牛 樊 葛 邢 安
    齐 齊 易 乔 喬 伍 庞 龐 颜 顏 倪 庄 莊 聂 聶 章 鲁 魯 岳 翟 殷 詹 申 欧阳 歐陽 司马 司馬 诸葛 諸葛 上官 东方 東方
    佐藤 鈴木 高橋 田中 伊藤 渡辺 渡邊 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上 木村 林 斎藤 斉藤 清水
    山崎 森 池田 橋本 阿部 石川 山下 中島 石井 小川 前田 岡田 長谷川 藤田 後藤 近藤 村上 遠藤 青木 坂本 福田 太田
    西村 藤井 金子 岡本 藤原 中野 三浦 原田 中川 松田 竹内 小野 田村 中山 和田 石田 森田 上田 原 内田 柴田 酒井
    工藤 横山 宮崎 宮本 内藤 高木 安藤 谷口 大野 丸山 今井 河野 藤本 村田 武田 上野 杉山 増田 平野 菅原 大塚 千葉
    久保 松井 小島 岩崎 桜井 野口 松尾 野村 木下 菊地 佐野 大西 杉本 新井 浜田 菊池 市川 古川 水野 小松 島田 古賀
    辻 山内 西田 川口 服部 樋口 北村 安田 中田 川崎 飯田 西川 本田 久保田 永井 関 吉川 西山 鈴村 荒木 高田 宮田
    김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 유 전 홍 고 문 양 손 배 백 허 남 심 노 하 곽 성 차 주
    우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹
    제 모 탁 국 어 은 편 용 예 경 봉 사 부 황보 남궁 제갈 선우 독고
    """
)
"""Common family names of China, Japan and Korea: a name written without spaces (``王秀英``,
``田中太郎``, ``김민준``) after a role label (customer, recipient...) must start with one, so a
greeting or a word after a chat speaker's role (``客户：你好``) is not taken for a name."""
