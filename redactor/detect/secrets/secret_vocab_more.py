"""More credential nouns: inflected forms, more languages, and romanised key names (session 14).

`secret_vocab_i18n.LANGUAGES` reads these entries as its own (``Language(**entry)``), so every
detector that reads that vocabulary (``secret.generic.i18n`` in prose and labels,
``secret.generic.i18n_name`` in key names, the password-noun readers of `pwshape` and
`keysentences`, the placeholder words) reads them too, with the same value rules.

The entries were made from a table of about a hundred languages x {password, passphrase, PIN,
secret, token, key, access code, credentials, one-time code} x {inflected forms, ASCII key forms}
checked against the vocabulary (docs/secrets.md, "Session 14"). They fill three kinds of gap:

- case and number forms that are not the noun plus a suffix, so the detector's "noun plus up to
  six letters" does not reach them: Russian ``пароли``/``паролей``, Croatian ``lozinkom``,
  Czech ``hesel``, Polish ``haseł``/``haśle``, Hungarian ``jelszavát``, Lithuanian
  ``slaptažodžiai``; and token nouns shorter than six letters (``токена``, ``токеном``), which
  take no suffix;
- languages the catalogues lacked: Esperanto, Bosnian, Turkmen, Frisian, Haitian Creole, Breton,
  Scottish Gaelic, Javanese, Sundanese; Malay is with Indonesian;
- romanised nouns of languages written in other scripts, as people write them in chat and as
  programmers name keys (``parolya``, ``sisma``, ``mima``, ``pasuwado``, ``bimilbeonho``,
  ``kalimat_al_murur``, ``ramz_obur``, ``kwdikos_prosvasis``, ``rahat_phan``): their value rules
  are their kind's. A romanised word that also means something ordinary ("code": Greek
  ``kodikos``, Persian ``ramz``) is a PIN noun (4-12 digits only) or a token noun (a generated
  value only), never a password noun (any value).

Words that are ordinary identifiers in some language stay out (`names_i18n._NOT_KEY_NAMES`:
``parole``, ``paroli``, ``sandi``...).
"""

# ruff: noqa: RUF001  # words of other scripts are the point here

from __future__ import annotations

MORE_LANGUAGES: tuple[dict[str, str], ...] = (
    # --- inflected forms of languages the main table has -------------------------------------
    {
        "code": "ru",
        "password": "пароли|паролей|паролях|паролям|паролями|паролик|парольчик|кодового слова",
        "pin": "ПИН-кода|пин-кода|ПИН-коду|пин-код от карты|кода подтверждения|код из СМС|код из смс"
        "|одноразового кода|код доступа|кода доступа",
        "token": "токена|токеном|токены|токенов|токену|секретного ключа|секретным ключом|ключа доступа"
        "|ключа API|учётных данных|учетных данных",
        "copula": "стал|поменял на|сменил на|поставил|вот",
    },
    {
        "code": "uk",
        "password": "паролі|паролів|паролю|паролях",
        "pin": "ПІН-коду|пін-коду|коду підтвердження|код доступу",
        "token": "токена|токеном|токени|токенів|секретного ключа|ключа доступу",
    },
    {"code": "be", "password": "паролі|пароляў|паролем", "token": "токена|токены"},
    {"code": "bg", "password": "паролите", "token": "токена|токени|токенът|тайния ключ"},
    {"code": "mk", "password": "лозинки|лозинката", "token": "токенот"},
    {"code": "sr", "password": "лозинке|лозинком|лозинки|шифре|шифром", "token": "токена|токеном"},
    {
        "code": "hr",
        "password": "lozinkom|lozinki|lozinkama|zaporkom|zaporke|šifre|šifrom|sifra|sifru|sifre",
        "pin": "PIN-a|PIN koda|pristupni kod|pristupnog koda",
        "token": "tokena|tokenom|tajnog ključa|tajni kljuc",
    },
    {"code": "sl", "password": "gesel|geslu|geslom|gesli", "token": "žetona|žetonom|skrivnega ključa"},
    {
        "code": "cs",
        "password": "hesel|heslu|hesly|hesle",
        "pin": "přístupový kód|přístupového kódu|PIN kódu",
        "token": "tokenu|tokenem|tajného klíče",
    },
    {
        "code": "sk",
        "password": "hesiel|heslu|heslá|heslom|hesle",
        "pin": "prístupový kód|PIN kódu",
        "token": "tokenu|tokenom",
    },
    {
        "code": "pl",
        "password": "haśle|haseł|hasłach|hasłami|haslem",
        "pin": "kodu PIN|kodem PIN|kod dostępu|kodu dostępu",
        "token": "tokenu|tokenem|klucza API|klucza dostępu",
    },
    {"code": "lt", "password": "slaptažodžiai|slaptažodžių|slaptažodžiu|slaptažodžiui|slaptazodi|slaptazodzio"},
    {"code": "lv", "password": "parolei|parolē", "token": "marķieris|marķieri"},
    {"code": "et", "password": "tunnussõna|parooli|paroolid|salasõnad|salasona"},
    {"code": "fi", "password": "salasanoja|salasanojen|salasanoilla|tunnuslause|tunnuslauseen"},
    {
        "code": "hu",
        "password": "jelszavát|jelszavam|jelszavunk|jelszavadat|jelszavamat|jelszo|jelszot",
        "pin": "PIN-kódot|PIN-kódja|hozzáférési kód",
    },
    {"code": "ca", "password": "contrasenyes"},
    {"code": "es", "password": "contrasenia|contraseñia"},
    {"code": "is", "password": "lykilord|lykilorðið|lykilorði"},
    {"code": "fo", "password": "loyniord"},
    {"code": "sv", "password": "lösenordet|losenordet|lösenorden"},
    {
        "code": "ro",
        "password": "parolei|parolele|parolă nouă",
        "pin": "codul PIN|cod de acces|codul de acces|codul de verificare",
    },
    {"code": "tg", "password": "гузарвожа|калимаи убур"},
    {"code": "mr", "password": "संकेतशब्द"},
    # --- languages the main table lacks ------------------------------------------------------
    {
        "code": "eo",
        "password": "pasvorto|pasvorton|pasvortoj|pasvortojn|pasfrazo",
        "pin": "PIN-kodo|konfirmkodo",
        "token": "ĵetono|API-ŝlosilo|sekreta ŝlosilo",
        "copula": "estas|estis|ŝanĝita al",
    },
    {"code": "bs", "password": "lozinka|lozinku|lozinke|šifra|šifru"},
    {"code": "tk", "password": "açarsöz|açar sözi|parol|parolyňyz", "copula": "şu"},
    {"code": "fy", "password": "wachtwurd|wachtwurden", "copula": "is|wie"},
    {"code": "ht", "password": "modpas|mo de pas", "copula": "se"},
    {"code": "br", "password": "ger-tremen"},
    {"code": "gd", "password": "facal-faire"},
    {"code": "jv", "password": "tembung sandhi|tembung sandi"},
    {"code": "su", "password": "kecap sandi"},
    # --- romanised nouns of languages in other scripts ---------------------------------------
    {
        "code": "ru-Latn",
        "password": "parolya|parolem|parolyu|parol'|parolj|kodovoe slovo",
        "pin": "pin-kod|pinkod|kod podtverzhdeniya|odnorazovyy kod",
        "token": "klyuch|kljuch|sekretnyy klyuch|sekretnyj kljuch|klyuch dostupa|klyuch API|uchetnye dannye",
        "copula": "eto|teper|smenil na",
    },
    {"code": "bg-Latn", "password": "parolata|parolite"},
    {
        "code": "el-Latn",
        "password": "kodikos prosvasis|kwdikos prosvasis|kodikos prosbasis|kwdikos|synthimatiko|sinthimatiko",
        "pin": "kodikos",
        "copula": "einai|einai o",
    },
    {"code": "kk-Latn", "password": "qupiya soz|kupiya soz|qupiyasoz"},
    {"code": "ky-Latn", "password": "syrsoz"},
    {"code": "mn-Latn", "password": "nuuts ug|nuuts ugee"},
    {"code": "hy-Latn", "password": "gaghtnabar|gaxtnabar"},
    {
        "code": "ar-Latn",
        "password": "kalimat al murur|kalimat almurur|kalimat al-murur|kalimat as-sir|kalimat sir"
        "|kelmet el ser|kelmet sir",
        "pin": "raqam sirri|ramz al tahaqquq",
    },
    {
        "code": "fa-Latn",
        "password": "ramz obur|ramz oboor|ramze obur|ramze oboor|kalame obur|gozarvazhe|gozarvajeh|gozarvaje",
        "token": "ramz",
    },
    {"code": "he-Latn", "password": "sisma|sismah|sismaot|hasisma"},
    {"code": "hi-Latn", "password": "kutshabd|guptshabd|gupt shabd"},
    {"code": "mr-Latn", "password": "sanketshabd"},
    {"code": "ta-Latn", "password": "kadavuchol|kadavuchchol|kadavuccol|kadavuchcol"},
    {"code": "kn-Latn", "password": "guptapada"},
    {"code": "si-Latn", "password": "murapadaya|murapadhaya"},
    {"code": "th-Latn", "password": "rahat phan|rahatphan|rahat phaan|rahatphaan"},
    {
        "code": "zh-Latn",
        "password": "mima|mi ma|kouling|denglu mima|yonghu mima",
        "pin": "yanzhengma|yan zheng ma",
        "token": "miyao|mi yao|siyao|lingpai",
    },
    {
        "code": "ja-Latn",
        "password": "pasuwado|pasuwaado|pasuwādo|aikotoba",
        "pin": "anshou bangou|anshoubangou|anshobango|ninshou koodo",
        "token": "himitsukagi|himitsu kagi|akusesu tokun",
    },
    {
        "code": "ko-Latn",
        "password": "bimilbeonho|bimil beonho|bimilbunho|bimil bunho|paeseuwodeu",
        "pin": "injeungbeonho|injeung beonho",
    },
)
"""Entries of `secret_vocab_i18n.Language` (``Language(**entry)``): one language's more nouns."""
