"""A generated world of credentials named in many languages, for the ``secret.generic.i18n`` tests.

Cases are languages x templates x generated values x carriers:

- templates: a label (``Nenosiri: X``), hand-written sentences in the language's own word order,
  a chat message, a JSON object whose key is the noun in its own script, a Markdown table row;
- values: random passwords of several generator styles (random characters, word + digits +
  symbol, hyphenated words with a number, a quoted passphrase), PINs of 4-8 digits (only after
  PIN words), generated tokens (only after token/key words);
- carriers: the plain text, and the text JSON-escaped inside a tool result (``ensure_ascii``
  on and off, so non-Latin nouns arrive as ``\\uXXXX`` escapes too).

Negatives are per language where a sentence was written ("the password is stored in the
vault", "reset your password", "PIN code required") and, for every language, the label followed
by a mask, a placeholder, a template variable or an ordinary word.

The sentences are written here by hand, not taken from the detector's vocabulary; the label
nouns necessarily overlap with it (a label template can only test nouns the detector knows).
Randomness is a parameter: every generator takes a ``random.Random``.
"""

# ruff: noqa: RUF001  # words, quotes and punctuation of other scripts are the point here

from __future__ import annotations

import json
import random
import string
from dataclasses import dataclass

SYMBOLS = "!#$%*+?@^&"
WORDS = [
    "kestrel",
    "tundra",
    "cobalt",
    "otter",
    "falcon",
    "maple",
    "ember",
    "quartz",
    "willow",
    "harbor",
    "cedar",
    "lynx",
    "orchid",
    "basalt",
    "sparrow",
    "lagoon",
    "meadow",
    "granite",
    "comet",
    "juniper",
]


@dataclass(frozen=True)
class Lang:
    """One language of the world: its nouns, hand-written sentences and negatives.

    Sentence templates hold ``{v}`` where the value goes; `password_sentences` take a password,
    `pin_sentences` a PIN, `token_sentences` a generated token (`KEY_SENTENCES` holds those of the
    bare word for "key").
    """

    code: str
    password: str
    pin: str = ""
    token: str = ""
    password_sentences: tuple[str, ...] = ()
    pin_sentences: tuple[str, ...] = ()
    token_sentences: tuple[str, ...] = ()
    negatives: tuple[str, ...] = ()


LANGS: tuple[Lang, ...] = (
    Lang(
        "sw",
        "Nenosiri",
        "Namba ya siri",
        "Ufunguo wa API",
        (
            "Habari Amina, nenosiri jipya la Wi-Fi ni {v} usimwambie mtu.",
            "Nimebadilisha nenosiri kuwa {v} jana usiku.",
            "Jina la mtumiaji: juma.k Nenosiri: {v} Tafadhali libadilishe baada ya kuingia.",
        ),
        ("Namba ya siri ya kadi yako ni {v}.",),
        ("Ufunguo wa API ni {v} kwa mazingira ya majaribio.",),
        (
            "Nenosiri limehifadhiwa kwenye vault ya kampuni.",
            "Tafadhali weka upya nenosiri lako.",
            "Nenosiri: tafadhali uliza msimamizi.",
        ),
    ),
    Lang(
        "am",
        "የይለፍ ቃል",
        "ፒን",
        password_sentences=("የይለፍ ቃሉ {v} ነው", "የዋይፋይ የይለፍ ቃል {v} ነው።", "አዲሱ የይለፍ ቃል፡ {v}"),
        pin_sentences=("የካርድዎ ፒን {v} ነው።",),
        negatives=("የይለፍ ቃሉ በቮልት ውስጥ ተቀምጧል።", "እባክዎ የይለፍ ቃልዎን ይቀይሩ።"),
    ),
    Lang(
        "fa",
        "رمز عبور",
        "کد تایید",
        "کلید API",
        (
            "رمز عبور پنل مدیریت روتر به {v} تغییر کرد.",
            "رمز عبور جدید وای‌فای {v} است.",
            "نام کاربری: admin رمز عبور: {v}",
        ),
        ("کد تایید شما {v} است.",),
        ("کلید API سرویس {v} است.",),
        ("رمز عبور در گاوصندوق ذخیره شده است.", "لطفاً رمز عبور خود را بازنشانی کنید."),
    ),
    Lang(
        "ar",
        "كلمة المرور",
        "رمز التحقق",
        "مفتاح API",
        ("كلمة المرور الجديدة هي {v} لا تشاركها.", "تم تغيير كلمة السر إلى {v}"),
        ("رمز التحقق الخاص بك هو {v}",),
        ("مفتاح API للخدمة هو {v}",),
        ("كلمة المرور محفوظة في الخزنة.", "يرجى إعادة تعيين كلمة المرور الخاصة بك."),
    ),
    Lang(
        "he",
        "סיסמה",
        "קוד אימות",
        "מפתח API",
        ("הסיסמה החדשה היא {v} אל תשתף אותה.", "שיניתי את הסיסמה ל-{v} אתמול."),
        ("קוד האימות שלך: {v}",),
        ("מפתח API של השרת: {v}",),
        ("הסיסמה שמורה בכספת.", "נא לאפס את הסיסמה שלך."),
    ),
    Lang(
        "ur",
        "پاس ورڈ",
        "تصدیقی کوڈ",
        password_sentences=("نیا پاس ورڈ {v} ہے۔", "وائی فائی کا پاس ورڈ {v} ہے"),
        pin_sentences=("آپ کا تصدیقی کوڈ {v} ہے۔",),
        negatives=("پاس ورڈ والٹ میں محفوظ ہے۔",),
    ),
    Lang(
        "hi",
        "पासवर्ड",
        "ओटीपी",
        "API कुंजी",
        ("नया पासवर्ड {v} है।", "वाई-फाई का पासवर्ड {v} है, किसी को मत बताना।"),
        ("आपका ओटीपी {v} है।",),
        ("सर्वर की API कुंजी {v} है।",),
        ("पासवर्ड वॉल्ट में सुरक्षित है।", "कृपया अपना पासवर्ड रीसेट करें।"),
    ),
    Lang(
        "bn",
        "পাসওয়ার্ড",
        "পিন",
        password_sentences=("নতুন পাসওয়ার্ড হল {v}", "ওয়াইফাই পাসওয়ার্ড: {v}"),
        pin_sentences=("আপনার পিন {v}",),
        negatives=("পাসওয়ার্ড ভল্টে সংরক্ষিত আছে।",),
    ),
    Lang("ta", "கடவுச்சொல்", password_sentences=("புதிய கடவுச்சொல் {v} ஆகும்.",)),
    Lang("te", "సంకేతపదం", password_sentences=("కొత్త సంకేతపదం {v}",)),
    Lang(
        "th",
        "รหัสผ่าน",
        "รหัสยืนยัน",
        "คีย์ API",
        ("รหัสผ่านใหม่คือ {v} ห้ามบอกใคร", "รหัสผ่าน Wi-Fi: {v}"),
        ("รหัสยืนยันของคุณคือ {v}",),
        ("คีย์ API คือ {v}",),
        ("รหัสผ่านถูกเก็บไว้ในห้องนิรภัย", "กรุณารีเซ็ตรหัสผ่านของคุณ"),
    ),
    Lang("lo", "ລະຫັດຜ່ານ", password_sentences=("ລະຫັດຜ່ານໃໝ່ແມ່ນ {v}",)),
    Lang("km", "ពាក្យសម្ងាត់", password_sentences=("ពាក្យសម្ងាត់ថ្មីគឺ {v}",)),
    Lang("my", "စကားဝှက်", password_sentences=("စကားဝှက်အသစ်က {v} ဖြစ်ပါတယ်။",)),
    Lang(
        "zh",
        "密码",
        "验证码",
        "API密钥",
        ("新密码是{v}，别告诉别人。", "我把服务器密码改成了 {v}", "WiFi密码：{v}"),
        ("您的验证码为{v}，5分钟内有效。",),
        ("测试环境的API密钥是 {v}",),
        ("密码保存在保险库里。", "请重置您的密码。", "密码：********"),
    ),
    Lang(
        "zh-Hant",
        "密碼",
        "驗證碼",
        "金鑰",
        ("新的密碼是「{v}」，請勿外流。", "密碼已改為 {v}"),
        ("驗證碼：{v}",),
        ("金鑰為 {v}",),
        ("密碼存放在保險庫中。",),
    ),
    Lang(
        "ja",
        "パスワード",
        "暗証番号",
        "APIキー",
        ("新しいパスワードは{v}です。", "Wi-Fiのパスワードは「{v}」です", "パスワードを {v} に変更しました。"),
        ("暗証番号は{v}です。",),
        ("本番のAPIキーは {v} です",),
        ("パスワードは金庫に保管されています。", "パスワードをリセットしてください。"),
    ),
    Lang(
        "ko",
        "비밀번호",
        "인증번호",
        "API 키",
        ("새 비밀번호는 {v}입니다.", "와이파이 비밀번호: {v}", "비밀번호를 {v}로 바꿨어요"),
        ("인증번호는 {v}입니다.",),
        ("API 키는 {v} 입니다",),
        ("비밀번호는 금고에 저장되어 있습니다.", "비밀번호를 재설정하세요."),
    ),
    Lang(
        "vi",
        "Mật khẩu",
        "Mã xác thực",
        "Khóa API",
        ("Mật khẩu mới là {v} nhé.", "Mình đã đổi mật khẩu thành {v} rồi."),
        ("Mã xác thực của bạn là {v}.",),
        ("Khóa API là {v}",),
        ("Mật khẩu được lưu trong kho bảo mật.", "Vui lòng đặt lại mật khẩu của bạn."),
    ),
    Lang(
        "id",
        "Kata sandi",
        "Kode OTP",
        "Kunci API",
        ("Kata sandi baru adalah {v} ya.", "Saya sudah mengganti kata sandi menjadi {v} tadi pagi."),
        ("Kode OTP Anda adalah {v}.",),
        ("Kunci API untuk staging adalah {v}",),
        ("Kata sandi disimpan di vault.", "Silakan atur ulang kata sandi Anda."),
    ),
    Lang(
        "ms",
        "Kata laluan",
        password_sentences=("Kata laluan baharu ialah {v}.",),
        negatives=("Kata laluan disimpan dalam peti besi.",),
    ),
    Lang("tl", "Password", password_sentences=("Ang password ay {v} huwag ibahagi.",)),
    Lang(
        "de",
        "Passwort",
        "PIN",
        "API-Schlüssel",
        ("Das neue Passwort lautet {v}.", "Ich habe das Passwort auf {v} geändert.", "Das WLAN-Passwort ist {v}"),
        ("Die PIN lautet {v}.",),
        ("Der API-Schlüssel für Staging ist {v}",),
        (
            "Das Passwort liegt im Tresor.",
            "Bitte setze dein Passwort zurück.",
            "PIN erforderlich",
            "Passwort: bitte beim Admin erfragen",
        ),
    ),
    Lang(
        "fr",
        "Mot de passe",
        "Code PIN",
        "Clé API",
        (
            "Le nouveau mot de passe est {v}.",
            "J'ai changé le mot de passe en {v} hier.",
            "Le mot de passe temporaire pour l'intranet est : {v}",
        ),
        ("Votre code PIN est {v}.",),
        ("La clé API de test est {v}",),
        ("Le mot de passe est stocké dans le coffre.", "Réinitialisez votre mot de passe.", "Code PIN requis"),
    ),
    Lang(
        "es",
        "Contraseña",
        "PIN",
        "Clave API",
        ("La nueva contraseña es {v}.", "Cambié la contraseña a {v} ayer."),
        ("Tu PIN es {v}.",),
        ("La clave API de pruebas es {v}",),
        ("La contraseña está guardada en la bóveda.", "Restablece tu contraseña."),
    ),
    Lang(
        "pt",
        "Senha",
        "Código de verificação",
        "Chave de API",
        ("A nova senha é {v}.", "Mudei a senha para {v} ontem."),
        ("Seu código de verificação é {v}.",),
        ("A chave de API é {v}",),
        ("A senha está guardada no cofre.", "Redefina sua senha."),
    ),
    Lang(
        "it",
        "Password",
        "Codice PIN",
        "Chiave API",
        ("La nuova password è {v}.", "La password temporanea è {v}"),
        ("Il codice PIN è {v}.",),
        ("La chiave API è {v}",),
        ("La password è salvata nel caveau.", "Reimposta la tua password."),
    ),
    Lang(
        "nl",
        "Wachtwoord",
        "Pincode",
        "API-sleutel",
        ("Het nieuwe wachtwoord is {v}.",),
        ("Je pincode is {v}.",),
        ("De API-sleutel is {v}",),
        ("Het wachtwoord staat in de kluis.",),
    ),
    Lang(
        "sv",
        "Lösenord",
        "PIN-kod",
        password_sentences=("Det nya lösenordet är {v}.",),
        pin_sentences=("Din PIN-kod är {v}.",),
        negatives=("Lösenordet finns i valvet.",),
    ),
    Lang(
        "no",
        "Passord",
        "PIN-kode",
        password_sentences=("Det nye passordet er {v}.",),
        pin_sentences=("PIN-koden er {v}.",),
    ),
    Lang(
        "da",
        "Adgangskode",
        "Pinkode",
        password_sentences=("Den nye adgangskode er {v}.",),
        pin_sentences=("Din pinkode er {v}.",),
    ),
    Lang(
        "fi",
        "Salasana",
        "PIN-koodi",
        password_sentences=("Uusi salasana on {v}.",),
        pin_sentences=("PIN-koodi on {v}.",),
        negatives=("Salasana on tallessa holvissa.",),
    ),
    Lang("et", "Parool", password_sentences=("Uus parool on {v}.",)),
    Lang("lv", "Parole", password_sentences=("Jaunā parole ir {v}.",)),
    Lang("lt", "Slaptažodis", password_sentences=("Naujas slaptažodis yra {v}.",)),
    Lang(
        "pl",
        "Hasło",
        "Kod PIN",
        "Klucz API",
        ("Nowe hasło to {v}.", "Zmieniłem hasło na {v} wczoraj."),
        ("Kod PIN to {v}.",),
        ("Klucz API to {v}",),
        ("Hasło jest przechowywane w sejfie.", "Zresetuj swoje hasło."),
    ),
    Lang(
        "cs",
        "Heslo",
        "PIN kód",
        password_sentences=("Nové heslo je {v}.",),
        pin_sentences=("Váš PIN kód je {v}.",),
        negatives=("Heslo je uloženo v trezoru.",),
    ),
    Lang("sk", "Heslo", password_sentences=("Nové heslo je {v}.",)),
    Lang("sl", "Geslo", password_sentences=("Novo geslo je {v}.",)),
    Lang("hr", "Lozinka", password_sentences=("Nova lozinka je {v}.", "Lozinka glasi {v}")),
    Lang(
        "ro", "Parola", "Cod PIN", password_sentences=("Noua parolă este {v}.",), pin_sentences=("Codul PIN este {v}.",)
    ),
    Lang("hu", "Jelszó", password_sentences=("Az új jelszó: {v}",)),
    Lang(
        "tr",
        "Şifre",
        "Doğrulama kodu",
        "API anahtarı",
        ("Yeni şifre {v} olarak değiştirildi.", "Wi-Fi şifresi: {v}"),
        ("Doğrulama kodunuz: {v}",),
        ("API anahtarı: {v}",),
        ("Şifre kasada saklanıyor.", "Lütfen şifrenizi sıfırlayın."),
    ),
    Lang("sq", "Fjalëkalimi", password_sentences=("Fjalëkalimi i ri është {v}.",)),
    Lang(
        "el",
        "Κωδικός πρόσβασης",
        "PIN",
        password_sentences=("Ο νέος κωδικός πρόσβασης είναι {v}.",),
        negatives=("Ο κωδικός πρόσβασης φυλάσσεται στο θησαυροφυλάκιο.",),
    ),
    Lang(
        "ru",
        "Пароль",
        "Код подтверждения",
        "API-ключ",
        ("Новый пароль: {v}", "Пароль от Wi-Fi — {v}", "Я сменил пароль на {v} вчера."),
        ("Ваш код подтверждения: {v}",),
        ("API-ключ для стенда: {v}",),
        ("Пароль хранится в хранилище.", "Пожалуйста, сбросьте пароль."),
    ),
    Lang("uk", "Пароль", password_sentences=("Новий пароль — {v}",), negatives=("Пароль зберігається у сховищі.",)),
    Lang("bg", "Парола", password_sentences=("Новата парола е {v}.",)),
    Lang("sr", "Лозинка", password_sentences=("Нова лозинка је {v}.",)),
    Lang("kk", "Құпия сөз", password_sentences=("Жаңа құпия сөз: {v}",)),
    Lang("ka", "პაროლი", password_sentences=("ახალი პაროლი არის {v}",)),
    Lang("hy", "Գաղտնաբառ", password_sentences=("Նոր գաղտնաբառը {v} է։",)),
    Lang("ha", "Kalmar sirri", password_sentences=("Kalmar sirri ita ce {v}.",)),
    Lang("yo", "Ọ̀rọ̀ aṣínà", password_sentences=("Ọ̀rọ̀ aṣínà tuntun ni {v}.",)),
    Lang("zu", "Iphasiwedi", password_sentences=("Iphasiwedi entsha ithi {v}.",)),
    Lang("so", "Furaha sirta", password_sentences=("Furaha sirta cusub waa {v}.",)),
)


KEY_SENTENCES = {
    "am": ("ቁልፉ ይህ ነው፦ {v}", "የክፍያ ቁልፍ፦ {v}"),
    "sw": ("Ufunguo wa malipo ni {v} kwa sasa.",),
    "ru": ("Ключ от платёжного API: {v}",),
    "de": ("Der Schlüssel für den Webhook lautet {v}",),
    "fr": ("La clé du webhook est {v}",),
    "tr": ("Ödeme anahtarı: {v}",),
    "ja": ("決済のキーは{v}です",),
    "ar": ("المفتاح هو {v}",),
    "vi": ("Khóa thanh toán là {v}",),
    "pl": ("Klucz do webhooka to {v}",),
}
"""Sentences with the bare word for "key", by language: the value is always a generated token."""

# --- values ------------------------------------------------------------------------------------


def random_password(rng: random.Random) -> str:
    """12-16 random letters, digits and symbols, each class present.

    Never starting with ``$``: ``$HRvuC8CG`` reads as a shell variable reference, which every
    secret detector leaves alone by design (placeholders.py).
    """
    alphabet = string.ascii_letters + string.digits + SYMBOLS
    while True:
        v = "".join(rng.choice(alphabet) for _ in range(rng.randint(12, 16)))
        if not v.startswith("$") and (
            any(c.islower() for c in v)
            and any(c.isupper() for c in v)
            and any(c.isdigit() for c in v)
            and any(c in SYMBOLS for c in v)
        ):
            return v


def word_password(rng: random.Random) -> str:
    """A capitalised word, digits and a symbol in some order (``Kestrel744*xs``, ``tundra$8289``)."""
    w = rng.choice(WORDS)
    digits = str(rng.randint(100, 99999))
    sym = rng.choice(SYMBOLS)
    tail = "".join(rng.choice(string.ascii_lowercase) for _ in range(2))
    forms = (
        f"{w.capitalize()}{digits}{sym}{tail}",
        f"{w}{sym}{digits}",
        f"{w.capitalize()}{sym}{digits}",
        f"{digits}{w}{sym}",
    )
    return rng.choice(forms)


def hyphen_words(rng: random.Random) -> str:
    """Three words and a number joined by hyphens (memorable-password generators)."""
    return "-".join([*rng.sample(WORDS, 3), str(rng.randint(1, 99))])


def passphrase(rng: random.Random) -> str:
    """Four words separated by spaces: only ever given quoted."""
    return " ".join(rng.sample(WORDS, 4))


def pin(rng: random.Random) -> str:
    """4-8 digits, not all the same."""
    while True:
        v = "".join(rng.choice(string.digits) for _ in range(rng.randint(4, 8)))
        if len(set(v)) >= 3:
            return v


def token(rng: random.Random) -> str:
    """32-40 base62 characters with digits and both cases."""
    alphabet = string.ascii_letters + string.digits
    while True:
        v = "".join(rng.choice(alphabet) for _ in range(rng.randint(32, 40)))
        if any(c.isdigit() for c in v) and any(c.isupper() for c in v) and any(c.islower() for c in v):
            return v


PASSWORD_STYLES = {"random": random_password, "word": word_password, "hyphen": hyphen_words}


# --- cases -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """One text and the value in it that must be masked (`value` empty: nothing may be masked)."""

    lang: str
    template: str
    style: str
    carrier: str
    text: str
    value: str


def _templates(lang: Lang, kind: str) -> list[tuple[str, str]]:
    """(template name, template) pairs for the `kind` of value (password, pin, token)."""
    if kind == "key":
        return [(f"key-sentence{i}", s) for i, s in enumerate(KEY_SENTENCES.get(lang.code, ()))]
    noun = {"password": lang.password, "pin": lang.pin, "token": lang.token}[kind]
    if not noun:
        return []
    sentences = {"password": lang.password_sentences, "pin": lang.pin_sentences, "token": lang.token_sentences}[kind]
    key = noun.lower().replace(" ", "_")
    out = [
        ("label", f"{noun}: {{v}}"),
        ("chat", f"[09:41] Amani: {noun}: {{v}} 👍"),
        ("json", json.dumps({"user": "svc-backup", key: "{v}"}, ensure_ascii=False)),
        ("table", f"| {noun} | {{v}} |"),
    ]
    out.extend((f"sentence{i}", s) for i, s in enumerate(sentences))
    return out


def carry(text: str, carrier: str) -> str:
    """`text` as it arrives: plain, or JSON-escaped inside a tool result."""
    if carrier == "plain":
        return text
    ascii_only = carrier == "tool-ascii"
    return json.dumps({"type": "tool_result", "content": text}, ensure_ascii=ascii_only)


CARRIERS = ("plain", "tool-ascii", "tool-utf8")


def positive_cases(seed: int = 7) -> list[Case]:
    """Every language x template x value style x carrier, with fresh values from `seed`."""
    rng = random.Random(seed)
    cases: list[Case] = []
    for lang in LANGS:
        for kind, styles in (
            ("password", PASSWORD_STYLES),
            ("pin", {"pin": pin}),
            ("token", {"token": token}),
            ("key", {"token": token}),
        ):
            for name, template in _templates(lang, kind):
                for style, make in styles.items():
                    value = make(rng)
                    text = template.replace("{v}", value)
                    for carrier in CARRIERS:
                        cases.append(Case(lang.code, name, style, carrier, carry(text, carrier), value))
        if lang.password_sentences or lang.password:
            # a quoted passphrase after the label
            value = passphrase(rng)
            for carrier in CARRIERS:
                text = f'{lang.password}: "{value}"'
                cases.append(Case(lang.code, "label-quoted", "passphrase", carrier, carry(text, carrier), value))
    return cases


LABEL_NEGATIVE_VALUES = ("********", "<{noun}>", "${{PASS}}", "{{{{ secret }}}}", "••••••••", "[REDACTED]")
"""What follows a label without being a value: masks, placeholders, template variables."""


def negative_cases() -> list[Case]:
    """Sentences about credentials without one, and labels followed by non-values, per carrier."""
    cases: list[Case] = []
    for lang in LANGS:
        texts = list(lang.negatives)
        for noun in filter(None, (lang.password, lang.pin, lang.token)):
            for form in LABEL_NEGATIVE_VALUES:
                texts.append(f"{noun}: " + form.format(noun=noun.lower()))
        for i, text in enumerate(texts):
            for carrier in CARRIERS:
                cases.append(Case(lang.code, f"negative{i}", "", carrier, carry(text, carrier), ""))
    return cases
