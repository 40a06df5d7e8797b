"""Account pairs written ``user / password`` and passwords in parentheses after a vendor (session 12).

People write a login as the user name, a slash with blanks around it, and the password, after a
word that says it is a login::

    - Store portal account: relay-bot / `8812harbor#`
    FTP: ftpuser / QWx8!zzPr
    Zugang: admin / Sommer2024!

and list the credentials of several vendors in one sentence, each in parentheses after the
vendor's name ("las credenciales de Vendorix (<hex>) y de Quillmark (Quill.Mark!Ledger4)").

- Slash pairs: the pair is ``<user> / <value>`` with a blank or tab on both sides of the slash
  (paths, dates, fractions and ``and/or`` have none), the user an account name (letters, digits,
  ``. _ - @ +``, 2-64 characters, backticks or quotes allowed), the value a chosen password
  (`pwshape.password_shaped`: letters, digits and a symbol, or both cases and no words) or a
  generated value (`values.generated`) or, session 16, a lower-case word and a 3-6 digit number
  (``4471harbor-``). The line before the pair must name an account, a login or
  a credential (`_ACCOUNT` in several languages, a password or credential noun of any language
  from `context_i18n`) or a remote service that takes a login (``FTP:``, ``SSH:``, ``VPN:``), or
  (session 16) the user is a system account name (``relay_ops``, ``shop.admin``) and the value a
  chosen password or words with both cases and a number, in a language nobody listed. The
  user side is never masked here (user names are the PII detectors' business).
- Parenthesised passwords: ``(<value>)`` right after a word, the value a chosen password with one
  of ``!@#$%^&*+?~`` (not only ``_ - .``), in a sentence whose text before it holds a
  credential noun of any language. Notes in parentheses have blanks (``(see vault)``), versions
  and issue keys are not password-shaped (`pwshape._NOT_PASSWORD`).
"""

# ruff: noqa: RUF001  # nouns of other scripts are the point here

from __future__ import annotations

import re

from redactor.detect.secrets.context_i18n import credential_nouns, password_nouns
from redactor.detect.secrets.escapes import EscapeView
from redactor.detect.secrets.keys import Strength
from redactor.detect.secrets.pwshape import _NOT_PASSWORD, password_shaped
from redactor.detect.secrets.values import accept, generated
from redactor.detect.secrets.viewscan import Hit, ViewScanDetector

_PAIR = re.compile(
    r"(?<![\w/.:@-])(?P<uq>[`'\"]?)(?P<user>[A-Za-z0-9][\w.@+-]{1,63})(?P=uq)[ \t]+/[ \t]+"
    r"(?P<q>[`'\"]?)(?P<v>[^\s`'\"/]{5,63}[^\s`'\"/.,;:])(?P=q)(?=[\s.,;:)]|$)"
)
"""``user / value``: blanks around the slash, one token on each side."""
_ACCOUNT = re.compile(
    r"(?i)(?<![^\W\d_])(?:accounts?|acct|logins?|log-?on|sign-?in|creds|credentials?|user(?:name)?s?"
    r"|zugang(?:sdaten)?|anmeldung|konto|benutzer(?:name)?|cuenta|usuario|acceso|credenciales|compte|identifiants"
    r"|acc[eè]s|utilisateur|conta|acesso|usu[aá]rio|credenziali|utente|accesso|inloggegevens|gebruiker(?:snaam)?"
    r"|logowanie|dane[ \t]+logowania|użytkownik|учетн\w*|учётн\w*|логин|доступ|користувач|hesap|giriş|kullanıcı"
    r"|tài[ \t]+khoản|đăng[ \t]+nhập|akun|tunnus|käyttäjä|felhasználó|fiók|účet|přihlášení|s?ftp|ssh|vpn|rdp|smb"
    r"|imap|smtp|portal(?:es|e|i|s)?|portail)(?![^\W\d_])"
    r"|ログイン|アカウント|ユーザー|账号|帐号|账户|登录|用户名|계정|로그인|사용자"
)
"""Words that say a line holds a login: account, login, user, credentials, a remote service."""
_SYMBOLS = frozenset("!@#$%^&*+?~")
_PAREN = re.compile(r"(?<=[\w\]])[ \t]*\((?P<v>[^\s()]{6,64})\)")
"""``Vendor (value)``: a word, then a parenthesised token without blanks."""
_SENTENCE_START = re.compile(r"[.!?。！？](?:\s|$)|\n")
_BEFORE = 160
"""How far before a pair or a parenthesis its cue may stand (on the same line / sentence)."""


def _cued_line(text: str, start: int) -> bool:
    """The line before `start` names an account, a login or a credential."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - _BEFORE) : start]
    if _ACCOUNT.search(before) is not None:
        return True
    return next(password_nouns(before), None) is not None or next(credential_nouns(before), None) is not None


def _sentence_before(text: str, start: int) -> str:
    lo = max(0, start - _BEFORE)
    ends = list(_SENTENCE_START.finditer(text, lo, start))
    return text[ends[-1].end() if ends else lo : start]


_WORD_PASSWORD = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[_.\-]?[A-Za-z0-9]+)*")
"""Words and digits, optionally joined by ``_ - .``: ``Harbor_2031``, ``QuietRoom-7``."""


def _word_password(value: str) -> bool:
    """A password people make of words and a number (``Harbor_2031``, ``QuietRoom-7``): both
    cases, a digit, 6+ characters; `password_shaped` refuses it for its words, but after a login cue
    and a user on the left of the slash it is the password."""
    if not 6 <= len(value) <= 40 or _WORD_PASSWORD.fullmatch(value) is None or _NOT_PASSWORD.search(value):
        return False
    if not (any(c.isupper() for c in value) and any(c.islower() for c in value) and any(c.isdigit() for c in value)):
        return False
    return accept(value, Strength.PASSWORD, quoted=True)


_LOWER_WORD_NUMBER = re.compile(r"(?:[a-z]{4,12}[_.\-]?\d{3,6}|\d{3,6}[_.\-]?[a-z]{4,12})[!#$%&*+=?~_\-]?")
"""A lower-case word and a 3-6 digit number, either way round, maybe one symbol after it
(``harbor2031``, ``4471harbor-``, ``granite_8812``): the password people make of a word and a PIN."""


def _lower_word_number(value: str) -> bool:
    return _LOWER_WORD_NUMBER.fullmatch(value) is not None and not _NOT_PASSWORD.search(value)


def _pair_value(value: str) -> bool:
    v = value.rstrip(".,;:")
    return v == value and (
        password_shaped(value) or generated(value) or _word_password(value) or _lower_word_number(value)
    )


_SERVICE_USER = re.compile(r"[a-z][a-z0-9]*(?:[_.][a-z0-9]+)+")
"""An account name of a system (``svc_backup``, ``shop.admin``, ``relay_ops``): lower case, words
joined by ``_`` or ``.``. Such a user on the left of ``user / password`` is the cue itself."""


def _strong_pair_value(value: str) -> bool:
    """The value of an uncued pair: a chosen password with a symbol, or words with both cases and
    a number (``Walrus-4827``); not the weaker lower-case word and number."""
    if re.search(r"[A-Za-z]{4}", value) is None:
        return False  # ``Fr-2024``: a code, not words
    return password_shaped(value) or _word_password(value)


def scan(view: EscapeView) -> list[Hit]:
    """(start, end, score) of each password of a slash pair or a parenthesis, in view offsets."""
    text = view.text
    out: list[Hit] = []
    if " / " in text or "\t/" in text or "/\t" in text:
        for m in _PAIR.finditer(text):
            user, value = m.group("user"), m.group("v")
            if user.isdigit() or password_shaped(user) or not _pair_value(value):
                continue  # ``12 / 2024``; two passwords side by side are no login
            if _cued_line(text, m.start()) or (
                m.group("uq") == "" and _SERVICE_USER.fullmatch(user) is not None and _strong_pair_value(value)
            ):
                out.append((*m.span("v"), 0.75))
    if "(" in text:
        for m in _PAREN.finditer(text):
            value = m.group("v")
            if not any(c in _SYMBOLS for c in value) or not password_shaped(value):
                continue
            before = _sentence_before(text, m.start())
            if next(credential_nouns(before), None) is not None or next(password_nouns(before), None) is not None:
                out.append((*m.span("v"), 0.7))
    return out


class UserPairDetector(ViewScanDetector):
    """Passwords of ``user / password`` logins and ``(password)`` after a vendor
    (``secret.generic.user_pair``)."""

    name = "secret.generic.user_pair"
    prefilter: tuple[str, ...] = ("/", "(")

    def find(self, view: EscapeView) -> list[Hit]:
        return scan(view)
