"""``secret.generic.i18n``: what counts as a value, near misses, the vocabulary itself.

Rows are written here (not taken from a corpus). Every positive row also runs JSON-escaped.
The near misses come from a scan of real files (site-packages, gettext catalogues) that the
first version of the detector misread, and from sentences about credentials without one.
"""

# ruff: noqa: RUF001  # words, quotes and punctuation of other scripts are the point here

from __future__ import annotations

import json

import pytest

from redactor.detect.secrets.context_i18n import KINDS, PHRASES, PREFILTER, MultilingualSecretDetector
from redactor.detect.secrets.escapes import ViewCache
from redactor.detect.secrets.secret_vocab_i18n import LANGUAGES, LOANWORDS
from redactor.detect.secrets.values_i18n import Kind, password_value, plausible

DETECTOR = MultilingualSecretDetector(ViewCache())


def found(text: str) -> list[str]:
    return [text[s.start : s.end] for s in DETECTOR.detect(text)]


POSITIVE = [
    # value after a Latin-script label, a copula, a verb + link
    ("Jina la mtumiaji: amina.k Nenosiri: Pw7!rk29Lm tafadhali libadilishe", "Pw7!rk29Lm"),
    ("nenosiri la router ni Kx4$mQ81z sasa", "Kx4$mQ81z"),
    ("Nimebadilisha nenosiri kuwa Rv8#tt20Qa leo", "Rv8#tt20Qa"),
    ("Hier ist das WLAN-Passwort: Zeb7&Qk39x", "Zeb7&Qk39x"),
    ("Ich habe das Kennwort auf Mk3@pq55Lx geändert.", "Mk3@pq55Lx"),
    ("Le mot de passe temporaire est : Ty6!nm40Pq", "Ty6!nm40Pq"),
    ("mật khẩu wifi là Hq5%zz81Wt nhé", "Hq5%zz81Wt"),
    ("Kata sandi server sudah diganti menjadi Bn2^ky73Rd", "Bn2^ky73Rd"),
    ("Yeni şifre Fj8*ab12Cd olarak ayarlandı", "Fj8*ab12Cd"),
    ("Şifreniz: Lp4!ee90Vb'dir", "Lp4!ee90Vb"),
    ("Az új jelszó: Wq3#ui77Nh", "Wq3#ui77Nh"),
    ("Salasanasi on Ux9&oo21Ke.", "Ux9&oo21Ke"),
    ("Furaha sirta cusub waa Gd6?lk48Ps", "Gd6?lk48Ps"),
    ("Kalmar sirri ita ce Cv7!wx35Ty", "Cv7!wx35Ty"),
    # value in another script's sentence: SOV, particles, target before the value
    ("የኢሜይል የይለፍ ቃሉ Hn5$re62Mk ነው።", "Hn5$re62Mk"),
    ("رمز عبور سرور به Ju8!qa19Xe تغییر کرد", "Ju8!qa19Xe"),
    ("كلمة السر للراوتر هي Ko3@zx84Yu", "Ko3@zx84Yu"),
    ("הסיסמה לשרת היא Sa2#we57Rt", "Sa2#we57Rt"),
    ("पासवर्ड Dt6%fg28Hj है", "Dt6%fg28Hj"),
    ("サーバーのパスワードはEr4&ty93Uiです", "Er4&ty93Ui"),
    ("数据库密码改成了 Op1*as76Df", "Op1*as76Df"),
    ("와이파이 비밀번호는 Gh8!jk45Lz입니다", "Gh8!jk45Lz"),
    ("пароль от почты admin@corp.example: Xc9#vb12Nm", "Xc9#vb12Nm"),
    ("пароль для srv-db01: Qw2$er34Ty", "Qw2$er34Ty"),
    ("Ο κωδικός πρόσβασης είναι Zx5^cv67Bn", "Zx5^cv67Bn"),
    ("ახალი პაროლი: Mn4&bv32Cx", "Mn4&bv32Cx"),
    # quotes of many languages, passphrases
    ("Das Passwort lautet „Lk8!jh76Gf“", "Lk8!jh76Gf"),
    ("Le mot de passe est « Po9#iu87Yt »", "Po9#iu87Yt"),
    ("新的密碼是「Re3$wq21As」", "Re3$wq21As"),
    ('contraseña: "granite willow comet harbor"', "granite willow comet harbor"),
    ("senha: orchid-basalt-lagoon-42", "orchid-basalt-lagoon-42"),
    ("**Mot de passe :** Rv7!kq20Lm", "Rv7!kq20Lm"),  # bold label
    # PINs and codes only after their words
    ("PIN kartu ATM saya 5821, jangan disebar", "5821"),  # a few words between, no copula
    ("Codici di recupero: 7h2k-9p4m", "7h2k-9p4m"),  # plural noun, grouped code
    ("Namba ya siri ya kadi ni 4821", "4821"),
    ("Die PIN lautet 730519.", "730519"),
    ("暗証番号は2580です", "2580"),
    ("Ваш код подтверждения: 663512", "663512"),
    ('{"pin": "90215"}', "90215"),
    # tokens and keys: generated values; a bare "key" word takes only those
    ("ቁልፉ ይህ ነው፦ PAYSK-7Qm2Lx9Vb4Nc8Rw1Kt3Zp", "PAYSK-7Qm2Lx9Vb4Nc8Rw1Kt3Zp"),
    ("Der Schlüssel für den Webhook lautet Wq7Lm2Zx9Vb4Nc8Rt1Ks", "Wq7Lm2Zx9Vb4Nc8Rt1Ks"),
    ("clé API : Hk2mQ9xLp3ZtR8vW1nBc", "Hk2mQ9xLp3ZtR8vW1nBc"),
    ("API-ключ: Tq8Lm2Zx9Vb4Nc7Rw1Ks", "Tq8Lm2Zx9Vb4Nc7Rw1Ks"),
    ("ufunguo wa API ni Pz3Kq8Lw2Mx7Vn4Bt9Rc", "Pz3Kq8Lw2Mx7Vn4Bt9Rc"),
]


@pytest.mark.parametrize(("text", "value"), POSITIVE)
def test_value_is_found(text: str, value: str) -> None:
    assert value in found(text)


@pytest.mark.parametrize(("text", "value"), POSITIVE)
def test_value_is_found_json_escaped(text: str, value: str) -> None:
    escaped = json.dumps({"type": "tool_result", "content": text})
    assert json.dumps(value)[1:-1] in found(escaped)


NEAR_MISSES = [
    # sentences about credentials without one
    "nenosiri limehifadhiwa kwenye vault",
    "Passwort: bitte beim Admin erfragen",
    "Le mot de passe doit contenir au moins 12 caractères.",
    "パスワードをリセットしてください。",
    "رمز عبور را فراموش کرده‌اید؟",
    "PIN code required",
    "PIN code required since 2019",  # a year, not a PIN
    "Die PIN ist erforderlich",
    "Namba ya siri inahitajika",
    # masks, placeholders, template variables
    "Passwort: ********",
    "contraseña: <tu contraseña>",
    "密码：${DB_PASS}",
    "Nenosiri: {{ nenosiri }}",
    "mật khẩu: [REDACTED]",
    # the target of a credential, not its value
    "пароль для PostgreSQL 15 хранится в Vault",
    "Wi-Fi şifresi için yöneticiye sorun",
    # a bare "key" word next to a hash, an id, a cache, or with a human-chosen value
    "Schlüssel: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 (SHA-256 des Inhalts)",
    "ключ кэша: build-cache-7f3a9c2e1b",
    "ufunguo: Kestrel744*xs",
    "Schlüssel-Erzeugungskontext %s zugeordnet.",  # a compound that starts with the noun
    'df.pivot_table(index=["clé1"], columns=["clé2"])._repr_html_()',  # identifiers
    "la clé du dictionnaire est user_id",
    # more from a second scan: compounds, questions, markup, escapes, URLs, hex colours, types
    "verschlüsselter Sitzungsschlüssel",
    "Czy na pewno pokazać hasło na ekranie?",
    "Spesiale sleutels (Ctrl+Alt+&lt;sleutel&gt;) word hanteer",
    "PIN = ‘\u001b[1m%s\u001b[0m’",
    "--password=<암호>             http/ftp 암호를 <암호>로 지정",
    "Підтримку методу шифрування не передбачено у libcrypt? (%s)",
    "The UnlockCode value is a 29-character code",
    '"UnlockCode": "12345-abcde-56789-fghij-01234"',
    "https://es.wikipedia.org/wiki/Clave_%C3%9Anica_de_Registro_de_Poblaci%C3%B3n",
    "state_pincode: Dict[str, List[Range]] = {",
    '("قرمزي", "#DC143C"),',
    "'https://../package_name-0.1.2.tar.gz?tokena=A&amp;tokenb=B'",
    "密钥存储在过时的 trusted.gpg 密钥环中（%s），请参见 apt-key(8) 的 DEPRECATION 一节",
    # protocol names, formats, versions, units
    "Имя пользователя или пароль слишком длинные для протокола SOCKSv5.",
    "пароль WPA2-PSK",
    "Le mot de passe pour '%s%s@%s' : ",
    "このパスフレーズは%.4s-%.2s-%.2sから変更されていません",
    "Kennwort-Länge: 12px",
    "пароль v2.4.1",
    # code that shares letters with a noun
    'if not tokenizer.check("COMMA"):',
    "NUMERIC_PINF = 0xD000",
    "return (f'PinJoint: {self.name}  parent: {self.parent}')",
    "https://www.mdpi.com/1999-4893/6/1/100",
    "LED_PIN = 13",
    "pin 4821 to the dashboard",  # lower-case "pin" is a verb, not the credential
    # PIN words take digits only; a password word does not take a bare short number
    "PIN: abcdef",
    "Passwort: 2024",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_near_miss_is_left_alone(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("Kestrel744*xs", True),  # word, digits, symbol
        ("q8Zr!x2LmP0w", True),  # random
        ("plaid-ostrich-gumbo-7", True),  # hyphenated words and a number
        ("48213907", True),  # a long number
        ("Wi-Fi", False),  # a word with a hyphen
        ("neema.m", False),  # a user name
        ("admin@corp.example", False),  # an e-mail address
        ("AES-256", False),  # a cipher
        ("SOCKSv5", False),  # a protocol
        ("5min", False),  # a duration
        ("/etc/secret.txt", False),  # a path
        ("20240101", False),  # a date as a number
        ("********", False),  # a mask
    ],
)
def test_password_value(value: str, ok: bool) -> None:
    assert password_value(value, quoted=False) is ok


@pytest.mark.parametrize(
    ("value", "kind", "ok"),
    [
        ("4821", Kind.PIN, True),
        ("12", Kind.PIN, False),
        ("123456789", Kind.PIN, False),  # 9 digits: not a PIN
        ("ab12-cd34-ef56", Kind.PIN, True),  # a recovery code
        ("Hk2mQ9xLp3ZtR8vW1nBc", Kind.TOKEN, True),
        ("staging", Kind.TOKEN, False),
        ("my_api_key", Kind.TOKEN, False),
    ],
)
def test_plausible_by_kind(value: str, kind: Kind, ok: bool) -> None:
    assert plausible(value, kind, quoted=False) is ok


# --- the vocabulary ------------------------------------------------------------------------------

_SAMPLE = {
    Kind.PASSWORD: "Qx7!pLm2zR",
    Kind.PIN: "48213",
    Kind.TOKEN: "mD8kQ2xP9vL4nR7tW3zB6yH1",
    Kind.KEY: "mD8kQ2xP9vL4nR7tW3zB6yH1",
}


def test_vocabulary_is_broad() -> None:
    codes = [lang.code for lang in LANGUAGES]
    assert len(codes) == len(set(codes))
    assert len(codes) >= 80
    scripts = {"пароль", "密码", "パスワード", "비밀번호", "رمز عبور", "סיסמה", "पासवर्ड", "รหัสผ่าน", "የይለፍ ቃል", "პაროლი"}
    assert scripts <= set(PHRASES)


@pytest.mark.parametrize("template", ["{p}: {v}", "{p} = {v}", '{{"{p}": "{v}"}}'])
def test_every_noun_labels_a_value(template: str) -> None:
    """Each of the ~800 nouns, as a label, an assignment and a JSON key, finds its value."""
    missed = []
    for phrase in PHRASES:
        if phrase.lower() in LOANWORDS.split("|"):
            continue  # English's own noun: see test_loanword_*
        value = _SAMPLE[KINDS[phrase.lower().replace(" ", "").replace("-", "").replace("_", "")]]
        text = template.format(p=phrase, v=value)
        if value not in found(text):
            missed.append(phrase)
    assert missed == []


def test_prefilter_holds_a_literal_of_every_noun() -> None:
    """The engine skips the detector unless one literal occurs: each noun must contain one."""
    assert all(any(lit in p.lower() for lit in PREFILTER) for p in PHRASES)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Halo kak, password wifi kantor: Rendang!77a", "Rendang!77a"),  # qualifiers, then a colon
        ("Ang password ay Adobo#5521", "Adobo#5521"),  # Tagalog copula
        ("La password è Zafferano!88", "Zafferano!88"),  # Italian copula
    ],
)
def test_loanword_in_another_language(text: str, value: str) -> None:
    assert value in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "password: Hx7!kq29Lm",  # plain English label: the English detectors' (not reported twice)
        "the password is Hx7!kq29Lm",  # English copula: likewise
        "password hash: $2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW",
        "Password for user %s: ",
    ],
)
def test_loanword_in_english_is_left_to_the_english_detectors(text: str) -> None:
    assert found(text) == []
