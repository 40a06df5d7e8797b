"""The words for passwords, PINs, tokens and keys in about eighty languages: declarative data.

Each `Language` lists, as ``|``-separated phrases (a space inside a phrase matches blanks, ``_``
or ``-``):

- `password`: password, passphrase, passcode, login or Wi-Fi password, the PIN-like "secret word";
  the value after it may be chosen by a person (``Kestrel744*xs``);
- `pin`: PIN, one-time, verification and recovery codes; the value is 4-8 digits (or groups of
  letters and digits for recovery codes);
- `token`: token, API key, secret key, access key, private key, credentials, secret; the value
  must look generated;
- `copula`: the words that stand between the noun and its value ("is", "lautet", "ni", "adalah",
  "là", "ay", "waa"), verbs that introduce a value ("changed", "set", "use", "here is");
- `link`: words that may follow a copula or verb before the value ("to", "now", "into", "kuwa");
- `after`: words that follow the value in verb-final word order ("olarak", "ነው", "است", "है",
  "です"): in Latin-script languages a value right before one of them is taken.

Sources: the translations of "Password:", "New password:", "Passphrase:", "PIN:", "Secret" and
"Token" in the gettext catalogues of Linux-PAM, GTK, GLib and shadow (``/usr/share/locale``, 105
locales), extended by hand with the other nouns, the languages those catalogues lack (Amharic,
Tigrinya, Swahili, Hausa, Yoruba, Igbo, Zulu, Xhosa, Somali, Kinyarwanda, Malagasy, Urdu, Lao)
and each language's copulas. English appears only with the words the English detectors of
``secret.generic.assignment``/``secret.generic.context`` do not already read (PIN, one-time and
recovery codes): "password", "token" and "secret" in English code are theirs.

Session 11 added the bare noun for an issued "secret" ("client secret", "webhook secret") where a
language uses one: ``секрет``, ``sekret``, ``segreto``, ``secreto``, ``segredo``, ``μυστικό``,
``シークレット``, ``시크릿``.
"""

# ruff: noqa: RUF001  # words, quotes and punctuation of other scripts are the point here

from __future__ import annotations

from dataclasses import dataclass

from redactor.detect.secrets.secret_vocab_more import MORE_LANGUAGES
from redactor.detect.secrets.secret_vocab_world import WORLD_LANGUAGES


@dataclass(frozen=True, slots=True)
class Language:
    """One language's credential nouns and the words around their values (``|``-separated)."""

    code: str
    password: str = ""
    pin: str = ""
    token: str = ""
    copula: str = ""
    link: str = ""
    after: str = ""


LANGUAGES: tuple[Language, ...] = (
    # --- English: only the nouns the English detectors do not read --------------------------
    Language(
        "en",
        pin="PIN|PIN code|PIN number|one-time code|one-time passcode|OTP|verification code|recovery code"
        "|backup code|2FA code|access code|door code|alarm code|unlock code",
        copula="is|was|are|were|will be|reads|changed|set|reset|updated|use|here is|here's",
        link="to|now|as|into",
    ),
    # --- Western and Southern Europe -----------------------------------------------------------
    Language(
        "de",
        password="Passwort|Kennwort|Passwörter|Zugangspasswort|Losungswort",
        pin="PIN|PIN-Code|PIN-Nummer|Geheimzahl|Einmalcode|Bestätigungscode|Verifizierungscode|Wiederherstellungscode"
        "|Backup-Code|Zugangscode",
        token="Zugriffstoken|API-Schlüssel|geheimer Schlüssel|privater Schlüssel|Zugangsschlüssel"
        "|Zugangsdaten|Geheimnis",
        copula="ist|lautet|war|heißt|wurde|geändert|gesetzt|verwende|verwenden|nimm|hier ist",
        link="auf|in|jetzt|nun|neu|zu",
    ),
    Language(
        "fr",
        password="mot de passe|mots de passe|mdp|phrase secrète|phrase de passe",
        pin="code PIN|PIN|code confidentiel|code de vérification|code à usage unique"
        "|code de récupération|codes de récupération|codes de secours"
        "|code de secours|code d'accès",
        token="jeton|jeton d'accès|clé API|clé d'API|clé secrète|clé privée|clé d'accès|identifiants",
        copula="est|était|sera|devient|changé|modifié|remplacé|utilise|utilisez|voici|c'est",
        link="en|à|par|désormais|maintenant|now",
    ),
    Language(
        "es",
        password="contraseña|contrasena|clave|clave de acceso|contraseñas",
        pin="PIN|código PIN|NIP|código de verificación|código de un solo uso|código de recuperación"
        "|códigos de recuperación|códigos de respaldo|código de respaldo",
        token="token de acceso|clave API|clave de API|clave secreta|clave privada|credenciales|secreto",
        copula="es|era|será|fue|cambiada|cambiado|cambié|quedó|usa|usar|utiliza|aquí está|aquí tienes",
        link="a|por|ahora|en",
    ),
    Language(
        "pt",
        password="senha|palavra-passe|palavra passe|senhas",
        pin="PIN|código PIN|código de verificação|código de uso único|código de recuperação|códigos de recuperação",
        token="token de acesso|chave API|chave de API|chave secreta|chave privada|chave de acesso|credenciais|segredo",
        copula="é|era|será|foi|alterada|alterado|mudada|mudou|trocada|fica|use|usa|aqui está",
        link="para|agora|em",
    ),
    Language(
        "it",
        password="la password|la tua password|nuova password|password temporanea|parola d'ordine|codice d'accesso",
        pin="PIN|codice PIN|codice di verifica|codice monouso|codice di recupero|codici di recupero",
        token="token di accesso|chiave API|chiave segreta|chiave privata|credenziali|segreto",
        copula="è|era|sarà|diventa|cambiata|impostata|modificata|usa|ecco",
        link="in|a|ora|adesso",
    ),
    Language(
        "ca",
        password="contrasenya|clau d'accés",
        pin="codi PIN|codi de verificació",
        token="testimoni|clau API|clau secreta|clau privada|credencials",
        copula="és|era|serà|canviada",
        link="a|ara",
    ),
    Language(
        "gl", password="contrasinal", pin="código PIN", token="chave API|chave secreta", copula="é|era", link="a|agora"
    ),
    Language(
        "eu", password="pasahitza|pasahitz", pin="PIN kodea|egiaztapen kodea", token="API gakoa|tokena", copula="da|zen"
    ),
    Language("ga", password="focal faire|pasfhocal", token="eochair API|eochair rúnda", copula="ná|is é"),
    Language("cy", password="cyfrinair", token="allwedd API|tocyn", copula="yw|ydy|oedd"),
    Language("mt", password="il-password|kelma sigrieta", copula="hija|hu"),
    Language("lb", password="Passwuert", copula="ass|war"),
    Language(
        "nl",
        password="wachtwoord|wachtzin|wachtwoorden",
        pin="pincode|PIN|verificatiecode|eenmalige code|herstelcode|toegangscode",
        token="toegangstoken|API-sleutel|geheime sleutel|privésleutel|inloggegevens",
        copula="is|was|luidt|wordt|gewijzigd|veranderd|gebruik|hier is",
        link="naar|in|nu",
    ),
    Language(
        "af",
        password="wagwoord",
        pin="PIN-kode|verifikasiekode",
        token="API-sleutel|geheime sleutel",
        copula="is|was|verander",
        link="na|nou",
    ),
    # --- Nordic and Baltic ---------------------------------------------------------------------
    Language(
        "sv",
        password="lösenord|lösenfras|losenord",
        pin="PIN-kod|pinkod|engångskod|verifieringskod|återställningskod",
        token="åtkomsttoken|API-nyckel|hemlig nyckel|privat nyckel|inloggningsuppgifter",
        copula="är|var|blir|ändrat|ändrats|använd|här är",
        link="till|nu",
    ),
    Language(
        "no",
        password="passord|passordfrase",
        pin="PIN-kode|pinkode|engangskode|bekreftelseskode|gjenopprettingskode",
        token="tilgangstoken|API-nøkkel|hemmelig nøkkel|privat nøkkel|påloggingsinformasjon",
        copula="er|var|blir|endret|endra|bruk|her er",
        link="til|nå",
    ),
    Language(
        "da",
        password="adgangskode|kodeord|adgangsfrase",
        pin="PIN-kode|pinkode|engangskode|bekræftelseskode|gendannelseskode",
        token="adgangstoken|API-nøgle|hemmelig nøgle|privat nøgle|loginoplysninger",
        copula="er|var|bliver|ændret|brug|her er",
        link="til|nu",
    ),
    Language(
        "is",
        password="lykilorð|aðgangsorð",
        pin="PIN-númer|staðfestingarkóði",
        token="API-lykill|leynilykill|aðgangslykill",
        copula="er|var|breytt",
        link="í|nú",
    ),
    Language("fo", password="loyniorð", copula="er|var"),
    Language(
        "fi",
        password="salasana|tunnussana|salalause",
        pin="PIN-koodi|tunnusluku|kertakäyttökoodi|vahvistuskoodi|palautuskoodi",
        token="API-avain|salainen avain|yksityinen avain|käyttöoikeustunnus|tunnistetiedot",
        copula="on|oli|vaihdettu|vaihdettiin|muutettu|käytä|tässä",
        link="nyt",
    ),
    Language(
        "et",
        password="parool|salasõna",
        pin="PIN-kood|kinnituskood|ühekordne kood|taastekood",
        token="API-võti|salajane võti|privaatvõti|juurdepääsuluba",
        copula="on|oli|muudeti|muudetud|kasuta",
        link="nüüd",
    ),
    Language(
        "lv",
        password="parole|paroli",
        pin="PIN kods|verifikācijas kods|vienreizējais kods|atkopšanas kods",
        token="API atslēga|slepenā atslēga|privātā atslēga|piekļuves marķieris|akreditācijas dati",
        copula="ir|bija|nomainīta|mainīta|izmanto",
        link="uz|tagad",
    ),
    Language(
        "lt",
        password="slaptažodis|slaptažodį|slaptažodžio|slaptazodis",
        pin="PIN kodas|patvirtinimo kodas|vienkartinis kodas|atkūrimo kodas",
        token="API raktas|slaptas raktas|privatus raktas|prieigos raktas|prieigos žetonas|prisijungimo duomenys",
        copula="yra|buvo|pakeistas|pakeistą|naudok",
        link="į|dabar",
    ),
    # --- Central and Eastern Europe, Balkans (Latin script) ------------------------------------
    Language(
        "pl",
        password="hasło|hasła|hasłem|haslo|hasla",
        pin="kod PIN|PIN|kod weryfikacyjny|kod jednorazowy|kod odzyskiwania|kod zapasowy",
        token="token dostępu|klucz API|klucz tajny|tajny klucz|klucz prywatny|klucz dostępu|dane logowania|sekret",
        copula="to|jest|brzmi|było|zmienione|zmieniono|zmieniłem|ustawione|użyj|oto",
        link="na|teraz",
    ),
    Language(
        "cs",
        password="heslo|hesla|heslem",
        pin="PIN kód|ověřovací kód|jednorázový kód|obnovovací kód",
        token="přístupový token|API klíč|tajný klíč|soukromý klíč|přihlašovací údaje",
        copula="je|zní|bylo|změněno|nastaveno|použij",
        link="na|teď|nyní",
    ),
    Language(
        "sk",
        password="heslo|hesla",
        pin="PIN kód|overovací kód|jednorazový kód",
        token="prístupový token|API kľúč|tajný kľúč|súkromný kľúč|prihlasovacie údaje",
        copula="je|znie|bolo|zmenené|použi",
        link="na|teraz",
    ),
    Language(
        "sl",
        password="geslo|gesla",
        pin="PIN koda|potrditvena koda|enkratna koda",
        token="dostopni žeton|API ključ|skrivni ključ|zasebni ključ|poverilnice",
        copula="je|bilo|spremenjeno|uporabi",
        link="na|zdaj",
    ),
    Language(
        "hr",
        password="lozinka|lozinku|lozinke|šifra|šifru|zaporka|zaporku",
        pin="PIN kod|kod za potvrdu|jednokratni kod|verifikacijski kod",
        token="pristupni token|API ključ|tajni ključ|privatni ključ|vjerodajnice|akreditivi",
        copula="je|glasi|bila|promijenjena|promenjena|koristi",
        link="na|sada",
    ),
    Language(
        "sq",
        password="fjalëkalimi|fjalëkalim|fjalekalimi",
        pin="kodi PIN|kodi i verifikimit",
        token="çelësi API|çelës sekret|çelësi privat",
        copula="është|ishte|ndryshua",
        link="në|tani",
    ),
    Language(
        "ro",
        password="parolă|parola|parolei",
        pin="cod PIN|cod de verificare|cod unic|cod de recuperare",
        token="token de acces|cheie API|cheia API|cheie secretă|cheia secretă|cheie privată|date de autentificare",
        copula="este|e|era|a fost|schimbată|schimbat|folosește|iată",
        link="în|acum",
    ),
    Language(
        "hu",
        password="jelszó|jelszava|jelszavad|jelszót|jelszavak|jelmondat",
        pin="PIN-kód|ellenőrző kód|egyszer használatos kód|helyreállítási kód",
        token="hozzáférési token|API-kulcs|titkos kulcs|privát kulcs|hitelesítő adatok",
        copula="pedig|lett|megváltozott|módosult|használd|itt van",
        link="erre|most",
    ),
    Language(
        "tr",
        password="şifre|şifresi|şifreniz|şifren|parola|parolası|parolanız|sifre|sifresi",
        pin="PIN kodu|doğrulama kodu|tek kullanımlık kod|kurtarma kodu|yedek kod|onay kodu",
        token="erişim anahtarı|API anahtarı|gizli anahtar|özel anahtar|kimlik bilgileri|erişim belirteci",
        copula="şu|değiştirildi|kullan|işte",
        link="artık|yeni",
        after="olarak|oldu",
    ),
    Language(
        "az",
        password="şifrə|şifrəniz|parol",
        pin="PIN kod|təsdiq kodu",
        token="API açarı|gizli açar",
        copula="budur|dəyişdirildi",
        after="olaraq",
    ),
    # --- Greek and Cyrillic -------------------------------------------------------------------
    Language(
        "el",
        password="κωδικός|κωδικό|κωδικού|κωδικός πρόσβασης|συνθηματικό",
        pin="PIN|κωδικός PIN|κωδικός επαλήθευσης|κωδικός μίας χρήσης",
        token="διακριτικό|κλειδί API|μυστικό κλειδί|ιδιωτικό κλειδί|διαπιστευτήρια|μυστικό",
        copula="είναι|ήταν|άλλαξε",
        link="σε|τώρα",
    ),
    Language(
        "ru",
        password="пароль|пароля|паролем|паролю|кодовое слово|парольная фраза",
        pin="ПИН|ПИН-код|пин-код|пинкод|код подтверждения|одноразовый код|код восстановления|резервный код",
        token="токен|токен доступа|API-ключ|ключ API|секретный ключ|закрытый ключ|приватный ключ|ключ доступа"
        "|учётные данные|учетные данные|секрет",
        copula="это|был|была|изменён|изменен|сменил|используй|вот",
        link="на|теперь",
    ),
    Language(
        "uk",
        password="пароль|пароля|паролем",
        pin="ПІН|ПІН-код|пін-код|код підтвердження|одноразовий код",
        token="токен|токен доступу|ключ API|API-ключ|секретний ключ|приватний ключ|облікові дані|секрет",
        copula="це|був|змінено|використовуй",
        link="на|тепер",
    ),
    Language("be", password="пароль", pin="ПІН-код", token="токен|ключ API", copula="гэта"),
    Language(
        "bg",
        password="парола|паролата",
        pin="ПИН|ПИН код|код за потвърждение|еднократен код",
        token="токен|API ключ|таен ключ|частен ключ|идентификационни данни",
        copula="е|беше|сменена",
        link="на|сега",
    ),
    Language("mk", password="лозинка|лозинката", pin="ПИН", token="токен|API клуч|таен клуч", copula="е|беше"),
    Language(
        "sr",
        password="лозинка|лозинку|шифра|шифру",
        pin="ПИН|ПИН код",
        token="токен|API кључ|тајни кључ|приватни кључ",
        copula="је|гласи|била",
    ),
    Language(
        "kk",
        password="құпия сөз|құпиясөз|пароль",
        pin="ПИН|ПИН-код",
        token="токен|API кілті|құпия кілт",
        copula="болды",
    ),
    Language("ky", password="сырсөз|купуя сөз", pin="ПИН-код", token="токен"),
    Language(
        "uz",
        password="parol|maxfiy soʻz|maxfiy so'z|махфий сўз",
        pin="PIN-kod",
        token="API kaliti|maxfiy kalit",
        copula="bu",
    ),
    Language("tg", password="парол|рамз", token="калиди API|калиди махфӣ"),
    Language("mn", password="нууц үг|нууц үгээ", pin="ПИН код", token="токен|API түлхүүр|нууц түлхүүр"),
    # --- Caucasus -----------------------------------------------------------------------------
    Language(
        "ka",
        password="პაროლი|პაროლია|საიდუმლო კოდი",
        pin="PIN კოდი|პინ კოდი|დადასტურების კოდი",
        token="ტოკენი|API გასაღები|საიდუმლო გასაღები|პირადი გასაღები",
        copula="არის",
    ),
    Language(
        "hy",
        password="գաղտնաբառ|գաղտնաբառը|ծածկագիր",
        pin="PIN կոդ|պին կոդ|հաստատման կոդ",
        token="թոքեն|API բանալի|գաղտնի բանալի|մասնավոր բանալի",
        copula="է",
    ),
    # --- Arabic script and Hebrew -------------------------------------------------------------
    Language(
        "ar",
        password="كلمة المرور|كلمة السر|كلمة مرور|كلمة سر|رمز المرور|الرمز السري|رمز الدخول|كلمات المرور",
        pin="الرقم السري|رقم التعريف الشخصي|رمز التحقق|رمز التفعيل|رمز الاسترداد|كود التفعيل",
        token="رمز الوصول|الرمز المميز|رمز مميز|مفتاح API|مفتاح الوصول|المفتاح السري|مفتاح سري|المفتاح الخاص"
        "|بيانات الاعتماد|بيانات الدخول",
        copula="هي|هو|أصبحت|تغيرت",
        link="إلى",
    ),
    Language(
        "fa",
        password="رمز عبور|رمزعبور|گذرواژه|کلمه عبور|کلمه‌ی عبور|کلمه ی عبور|رمز|پسورد|پسوورد",
        pin="پین|کد پین|رمز یکبار مصرف|کد تایید|کد تأیید|رمز دوم",
        token="توکن|کلید API|کلید خصوصی|کلید مخفی|کلید دسترسی|اطلاعات ورود",
        copula="هست|عوض شد",
        after="است|هست|تغییر کرد|تغییر یافت",
    ),
    Language(
        "ur",
        password="پاس ورڈ|پاسورڈ|خفیہ لفظ",
        pin="پن کوڈ|تصدیقی کوڈ",
        token="ٹوکن|خفیہ کلید|API کلید",
        after="ہے|تھا",
    ),
    Language("ps", password="پټنوم|پاسورډ"),
    Language("sd", password="پاسورڊ|پاس ورڊ"),  # Sindhi: the loanword with Sindhi ڊ (Urdu ڈ, Pashto ډ)
    Language("ckb", password="وشەی نهێنی|تێپەڕەوشە|تێپه‌ڕه‌وشه‌", copula="ە"),
    Language("ku", password="şîfre|şîfreya", copula="ev e"),
    Language("ug", password="ئىم|پارول"),
    Language(
        "he",
        password="סיסמה|סיסמא|ססמה|סיסמת",
        pin="קוד PIN|קוד אימות|קוד האימות|קוד חד פעמי|קוד שחזור",
        token="טוקן|אסימון|מפתח API|מפתח סודי|מפתח פרטי|מפתח גישה|פרטי התחברות|פרטי גישה",
        copula="היא|הוא|שונתה",
        link="ל",
    ),
    # --- South Asia ---------------------------------------------------------------------------
    Language(
        "hi",
        password="पासवर्ड|कूटशब्द|शब्दकूट|गुप्त शब्द",
        pin="पिन|पिन कोड|ओटीपी|सत्यापन कोड",
        token="टोकन|एपीआई कुंजी|API कुंजी|गुप्त कुंजी|निजी कुंजी|एक्सेस टोकन|क्रेडेंशियल्स",
        after="है|था|हैं",
    ),
    Language(
        "bn",
        password="পাসওয়ার্ড|গুপ্তশব্দ|পাসওয়ার্ডটি",
        pin="পিন|পিন কোড|ওটিপি|যাচাইকরণ কোড",
        token="টোকেন|এপিআই কী|গোপন কী|ব্যক্তিগত কী",
        copula="হল|হলো",
    ),
    Language("as", password="পাছৱৰ্ড|গুপ্তশব্দ"),
    Language("pa", password="ਪਾਸਵਰਡ", pin="ਪਿੰਨ", token="ਟੋਕਨ|ਕੁੰਜੀ"),
    Language("gu", password="પાસવર્ડ", pin="પિન", token="ટોકન|ચાવી"),
    Language("mr", password="पासवर्ड|गुप्तशब्द", pin="पिन", token="टोकन|किल्ली"),
    Language("ne", password="पासवर्ड|गोप्यशब्द", pin="पिन", token="टोकन"),
    Language("or", password="ପାସୱାର୍ଡ|ପ୍ରବେଶ ସଙ୍କେତ|ପ୍ରବେଶ ସଂକେତ"),
    Language(
        "ta",
        password="கடவுச்சொல்|கடவுச்சொல்லை|கடவுச்சொல்லு",
        pin="பின்|ஓடிபி|சரிபார்ப்புக் குறியீடு",
        token="டோக்கன்|API விசை|ரகசிய விசை|சாவி",
    ),
    Language("te", password="పాస్‌వర్డ్|సంకేతపదము|సంకేతపదం", pin="పిన్|ఓటీపీ", token="టోకెన్|రహస్య కీ"),
    Language("kn", password="ಪಾಸ್‌ವರ್ಡ್|ಗುಪ್ತಪದ", pin="ಪಿನ್", token="ಟೋಕನ್|ಕೀಲಿ"),
    Language("ml", password="പാസ്‌വേഡ്|അടയാളവാക്ക്", pin="പിൻ", token="ടോക്കൺ|രഹസ്യ കീ"),
    Language("si", password="මුරපදය|මුරපද|රහස්පදය", pin="PIN අංකය", token="ටෝකනය"),
    # --- South-East Asia ----------------------------------------------------------------------
    Language(
        "th",
        password="รหัสผ่าน|รหัส|พาสเวิร์ด",
        pin="รหัส PIN|รหัสยืนยัน|รหัส OTP",
        token="โทเค็น|คีย์ API|คีย์ลับ|คีย์ส่วนตัว|ข้อมูลรับรอง",
        copula="คือ|เป็น",
    ),
    Language("lo", password="ລະຫັດຜ່ານ|ລະຫັດ", pin="ລະຫັດ PIN", token="ໂທເຄັນ", copula="ແມ່ນ|ຄື"),
    Language("km", password="ពាក្យសម្ងាត់|លេខសម្ងាត់", pin="កូដ PIN", copula="គឺ"),
    Language("my", password="စကားဝှက်|လျှို့ဝှက်နံပါတ်", pin="ပင်နံပါတ်", token="တိုကင်"),
    Language(
        "vi",
        password="mật khẩu|mat khau|mật mã",
        pin="mã PIN|mã xác thực|mã xác minh|mã OTP|mã khôi phục|mã dự phòng",
        token="khóa API|khoá API|khóa bí mật|khóa riêng|khóa truy cập|thông tin đăng nhập",
        copula="là|đã đổi|đổi|dùng",
        link="thành|mới|hiện|giờ",
    ),
    Language(
        "id",
        password="kata sandi|katasandi|sandi|kata laluan|passwordnya|password-nya|passwordmu|password baru",
        pin="kode PIN|kode verifikasi|kode OTP|kode sekali pakai|kode pemulihan|kod PIN|kod pengesahan",
        token="token akses|kunci API|kunci rahasia|kunci privat|kunci pribadi|kredensial|kunci rahsia",
        copula="adalah|ialah|yaitu|yakni|diganti|diubah|ditukar|pakai|gunakan",
        link="menjadi|jadi|kepada|sekarang|ke",
    ),
    Language(
        "tl",
        password="ang password|password mo|bagong password|kontrasenyas",
        pin="ang PIN",
        token="susi ng API",
        copula="ay|ay ang",
        link="na|ngayon",
    ),
    # --- East Asia ----------------------------------------------------------------------------
    Language(
        "zh",
        password="密码|口令|登录密码|密碼|登入密碼",
        pin="验证码|驗證碼|动态码|一次性密码|一次性密碼|恢复码|復原碼|备用码|PIN码|PIN碼",
        token="密钥|秘钥|私钥|API密钥|访问密钥|令牌|访问令牌|凭据|凭证|金鑰|私鑰|權杖|存取權杖|憑證|密鑰",
        copula="是|为|為|改成|改为|设为|设置为|用",
    ),
    Language(
        "ja",
        password="パスワード|合言葉|パスフレーズ",
        pin="暗証番号|認証コード|確認コード|ワンタイムパスワード|リカバリーコード|復旧コード|PINコード",
        token="秘密鍵|シークレットキー|シークレット|APIキー|アクセスキー|トークン|アクセストークン|認証情報",
        copula="は|が",
        after="です|に変更|だ",
    ),
    Language(
        "ko",
        password="비밀번호|암호|패스워드|비번",
        pin="핀번호|PIN 번호|인증번호|인증 코드|인증코드|복구 코드",
        token="토큰|액세스 토큰|API 키|비밀 키|비밀키|개인 키|개인키|액세스 키|자격 증명|시크릿",
        copula="는|은",
        after="입니다|이다|예요|이에요",
    ),
    # --- Africa -------------------------------------------------------------------------------
    Language(
        "am",
        password="የይለፍ ቃል|የይለፍ ቃሉ|የመግቢያ ቃል|ሚስጥራዊ ቁጥር",
        pin="ፒን|ፒን ኮድ|የማረጋገጫ ኮድ",
        token="ቶከን|የኤፒአይ ቁልፍ|ሚስጥራዊ ቁልፍ|ምስጢር|ሚስጥር",
        after="ነው|ነበር|ተቀይሯል",
    ),
    Language("ti", password="ፓስዋርድ|መሕለፊ ቃል|ምስጢራዊ ቃል", pin="ፒን", after="እዩ|ኢዩ"),
    Language(
        "sw",
        password="nenosiri|nywila|neno la siri|neno siri",
        pin="namba ya siri|nambari ya siri|msimbo wa PIN|msimbo wa uthibitisho|msimbo wa uthibitishaji",
        token="tokeni|ufunguo wa API|ufunguo wa siri|ufunguo binafsi",
        copula="ni|imebadilishwa|limebadilishwa|tumia|hili hapa|ndio|ndiyo",
        link="kuwa|sasa",
    ),
    Language(
        "ha",
        password="kalmar sirri|kalmar wucewa",
        pin="lambar sirri|lambar tantancewa",
        token="maɓallin API|maɓallin sirri",
        copula="ita ce|shi ne|ce|ne|an canza",
        link="zuwa|yanzu",
    ),
    Language(
        "yo",
        password="ọ̀rọ̀ aṣínà|ọrọ aṣina|oro asina|ọ̀rọ̀ ìgbaniwọlé|ọrọ igbaniwọle|oro igbaniwole",
        token="kọ́kọ́rọ́ API",
        copula="ni|jẹ́|je",
        link="si",
    ),
    Language("ig", password="okwuntughe|paswọọdụ", copula="bụ|bu"),
    Language(
        "zu",
        password="iphasiwedi|iphasiwedi yakho|igama lokungena",
        pin="inombolo ye-PIN",
        token="ukhiye we-API|ithokheni",
        copula="ithi|ngu|yi",
        link="manje",
    ),
    Language("xh", password="iphaswedi|igama lokugqithisa", copula="ngu|yi"),
    Language(
        "so",
        password="furaha sirta|erayga sirta|ereyga sirta|erayga sirta ah",
        pin="lambarka sirta|koodhka xaqiijinta",
        token="furaha API",
        copula="waa|waxa weeye|loo beddelay",
        link="hadda",
    ),
    Language("rw", password="ijambobanga|ijambo ry'ibanga", copula="ni"),
    Language("mg", password="tenimiafina", copula="dia"),
)


def _merged(languages: tuple[Language, ...], more: tuple[dict[str, str], ...]) -> tuple[Language, ...]:
    """`languages` with `more`'s phrases added to the language of the same code (or as new ones)."""
    out = {lang.code: lang for lang in languages}
    for entry in more:
        old = out.get(entry["code"], Language(entry["code"]))
        joined = {
            f: "|".join(p for p in (getattr(old, f), entry.get(f, "")) if p)
            for f in ("password", "pin", "token", "copula", "link", "after")
        }
        out[old.code] = Language(old.code, **joined)
    return tuple(out.values())


LANGUAGES = _merged(LANGUAGES, MORE_LANGUAGES)  # session 14: secret_vocab_more.py
LANGUAGES = _merged(LANGUAGES, WORLD_LANGUAGES)  # session 16: secret_vocab_world.py
"""Every language, in a fixed order. A phrase may appear in several languages (``PIN``)."""

KEY_WORDS: dict[str, str] = {
    "de": "Schlüssel",
    "fr": "clé|clef",
    "es": "llave",
    "pt": "chave",
    "it": "chiave",
    "ca": "clau",
    "nl": "sleutel",
    "af": "sleutel",
    "sv": "nyckel|nyckeln",
    "no": "nøkkel|nøkkelen",
    "da": "nøgle|nøglen",
    "is": "lykill|lykilinn",
    "fi": "avain",
    "et": "võti",
    "lv": "atslēga",
    "lt": "raktas",
    "pl": "klucz",
    "cs": "klíč",
    "sk": "kľúč",
    "sl": "ključ",
    "hr": "ključ",
    "sq": "çelës|çelësi",
    "ro": "cheie|cheia",
    "hu": "kulcs|kulcsa",
    "tr": "anahtar|anahtarı",
    "az": "açar",
    "el": "κλειδί",
    "ru": "ключ",
    "bg": "ключ|ключът",
    "mk": "клуч",
    "sr": "кључ",
    "kk": "кілт",
    "mn": "түлхүүр",
    "ka": "გასაღები",
    "hy": "բանալի|բանալին",
    "ar": "مفتاح|المفتاح",
    "fa": "کلید",
    "ur": "کلید",
    "he": "מפתח",
    "hi": "कुंजी",
    "bn": "চাবি",
    "ta": "விசை",
    "th": "คีย์",
    "lo": "ກະແຈ",
    "vi": "khóa|khoá",
    "id": "kunci",
    "tl": "susi",
    "ja": "キー|鍵",
    "am": "ቁልፍ|ቁልፉ",
    "ti": "መፍትሕ",
    "sw": "ufunguo",
    "ha": "maɓalli|mabuɗi",
    "yo": "kọ́kọ́rọ́",
    "zu": "ukhiye",
    "so": "furaha",
}
"""The bare word for "key" (and its definite form where it is another word: ``ቁልፉ``, ``nyckeln``),
by language: a key of any kind, so its value must look generated (``ቁልፉ ይህ ነው፦ <token>``)."""

LOANWORDS = "password|passcode|passwords"
"""English nouns other languages use as their own ("password wifi kantor: X", "ang password ay
X", "la password è X"): taken only after qualifier words and a separator or before a copula
that is not English; their plain English forms are the English detectors'."""

SEPARATORS = ":=：＝|→"
"""Characters that separate a label from its value (``Passwort: X``, ``密码：X``, ``| nenosiri | X |``)."""

FOR_WORDS = frozenset(
    [
        "for",
        "für",
        "pour",
        "para",
        "per",
        "voor",
        "för",
        "til",
        "dla",
        "pro",
        "za",
        "для",
        "от",
        "за",
        "kwa",
        "untuk",
        "cho",
        "của",
        "ng",
        "sa",
        "of",
        "de",
        "del",
        "della",
        "du",
        "des",
        "di",
        "do",
        "da",
        "van",
        "için",
        "के",
        "की",
        "का",
        "لـ",
        "برای",
        "کے",
    ]
)
"""Words that name what a credential is for: the word after them is the target (``пароль для
srv01: X``, ``nenosiri ya Wi-Fi``), not the value."""

FOR_AFTER = frozenset(["için", "के", "की", "का", "کے", "برای", "のため", "用", "용"])
"""Postpositions of the same meaning: the word before them is the target (``sunucu için şifre``)."""
