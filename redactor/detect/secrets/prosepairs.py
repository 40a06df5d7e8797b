"""Credentials written as a user and a password in running text: reports, chats, tickets.

Two carriers that name the password without a key/value separator:

- ``user <name> pass <password>`` on one line, the labels as bare words (``Forescout: user
  fsct_api pass 3573bramble-``, ``usuario jdiaz contraseña Xk7!...``, ``Benutzer ops Passwort ...``):
  a user word and a password word of English, German, French, Spanish, Portuguese, Italian, Dutch,
  Polish, Czech, Romanian, Swedish, Norwegian, Danish, Finnish or Turkish, each followed by its value
  (an optional ``:`` or ``=``); the password is the value after the password word when it is a
  plausible password (`credargs.plausible_password`) with a digit or a symbol;
- ``<user> / <password>`` after a login verb or credential noun (``accepted `admin` / `Kestrel+3147```,
  ``default credentials admin / ...``, ``logged in with root / ...``) or as two code spans: the part
  after the slash when it has the shape of a chosen password (`pwshape.password_shaped`).
"""

# ruff: noqa: RUF001  # letters of other languages are the point here

from __future__ import annotations

import re
from collections.abc import Iterator

import re2  # type: ignore[import-untyped]  # google-re2 ships no type information

from redactor.detect.secrets.credargs import plausible_password
from redactor.detect.secrets.escapes import EscapeView
from redactor.detect.secrets.keys import Strength
from redactor.detect.secrets.pwshape import password_shaped
from redactor.detect.secrets.values import accept
from redactor.detect.secrets.viewscan import Hit, ViewScanDetector

_USER_WORDS = (
    *("user", "username", "login", "benutzer", "benutzername", "utilisateur", "identifiant", "usuario"),
    *("usuário", "utente", "gebruiker", "gebruikersnaam", "użytkownik", "uživatel", "utilizator"),
    *("användare", "bruker", "brugernavn", "bruger", "käyttäjä", "kullanıcı"),
)
_PASS_WORDS = (
    *("pass", "password", "passwd", "pwd", "pw", "passwort", "kennwort", "contraseña", "contrasena", "clave"),
    *("senha", "mot de passe", "mdp", "wachtwoord", "hasło", "haslo", "heslo", "parola", "lösenord"),
    *("losenord", "passord", "adgangskode", "salasana", "şifre", "sifre"),
)


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in sorted(words, key=len, reverse=True))


_SEP = r"(?:[ \t]*[:=][ \t]*|[ \t]+)"
"""Between a label word and its value: ``:``, ``=`` or spaces."""
_LABELLED = re.compile(
    rf"""(?i)(?<![\w\-])(?:{_alternation(_USER_WORDS)}){_SEP}[`'"]?(?P<user>[\w.@+\-\\]{{2,64}})[`'"]?"""
    rf"""[ \t]*[,;/|]?[ \t]*(?:{_alternation(_PASS_WORDS)}){_SEP}[`'"]?(?P<v>[^\s`'",;&|\\]{{4,64}})"""
)
"""``user fsct_api pass 3573bramble-``, ``login: ops, password: ...``."""
_CUES = (
    *("accepted", "accepts", "login", "log in", "logged in with", "logged in as", "logon", "sign in", "signed in with"),
    *("credentials", "creds", "default", "defaults", "akzeptiert", "anmeldedaten", "zugangsdaten", "identifiants"),
    *("credenciales", "credenciais", "credenziali", "inloggegevens", "dane logowania", "přihlašovací údaje"),
)
_SLASHED = re.compile(
    rf"""(?i)(?<!\w)(?:{_alternation(_CUES)})\b[ \t:]*(?:(?:with|as|are|is|was|were|mit|avec|con|com|met)[ \t:]+)?"""
    r"""(?P<a>`?)(?P<user>[\w.@+\-\\]{2,64})(?P=a)[ \t]*/[ \t]*(?P<b>`?)(?P<v>[^\s`/]{6,64})(?P=b)"""
)
"""``accepted `admin` / `Kestrel+3147```, ``default credentials admin / ...``."""
_SPANS = re.compile(r"""`(?P<user>[\w.@+\-\\]{2,64})`[ \t]*/[ \t]*`(?P<v>[^\s`]{6,64})`""")
"""``\\`admin\\` / \\`Kestrel+3147\\```: a user and a password as two code spans."""
_TRAILING = ".,;:!?)"
_CONJUNCTIONS = frozenset(
    {"and", "or", "und", "oder", "et", "ou", "y", "o", "e", "en", "of", "i", "lub", "a", "och", "og", "ja"}
)
"""``user and password``: a conjunction between the words is prose about credentials, not a user."""
_SETTING = re.compile(r"[A-Za-z][\w\-]*=")
"""``max-age=0``: a directive or setting in a code span, not a password."""
_LABELLED_GATE = re2.compile(
    rf"""(?i)(?:{_alternation(_USER_WORDS)}){_SEP}[^ \t\n]{{2,66}}[ \t]*[,;/|]?[ \t]*(?:{_alternation(_PASS_WORDS)})"""
)
_SLASHED_GATE = re2.compile(rf"(?i)(?:{_alternation(_CUES)})[^\n/]*/")
"""RE2 passes that must find something before the Python patterns (whose alternations of words
Python's ``re`` would try at every position) run: the words of the pattern in the same order."""


def _value_span(m: re.Match[str]) -> tuple[int, int, str]:
    s, e = m.span("v")
    value = m.group("v")
    while value and value[-1] in _TRAILING and not (len(value) > 1 and value[-2] in "!?"):
        value, e = value[:-1], e - 1
    return s, e, value


_AFTER = 200
"""How far after its gate match a Python match may end: the value (64 characters), quotes and blanks."""


def _gated(gate: re2._Regexp, text: str) -> Iterator[tuple[int, int]]:
    """Where the Python pattern of `gate` is run: from each gate match to `_AFTER` characters
    after it, within its line. A Python match begins at a word where the gate matches too and has
    its slash or password word where the gate's match ends, so it lies in such a window (a
    contrived line whose Python match starts inside an earlier gate match and runs on for more
    than `_AFTER` characters after that match would not be looked at)."""
    for g in gate.finditer(text):
        end = text.find("\n", g.end(), g.end() + _AFTER)
        yield g.start(), min(len(text), g.end() + _AFTER) if end < 0 else end


def scan(text: str) -> list[tuple[int, int]]:
    """(start, end) of each password written beside its user in `text`."""
    out: set[tuple[int, int]] = set()
    labelled = (m for s, e in _gated(_LABELLED_GATE, text) for m in _LABELLED.finditer(text, s, e))
    for m in labelled:
        s, e, value = _value_span(m)
        if value.lower().startswith(("anonymous", "guest")):
            continue  # the conventional password of anonymous FTP (``anonymous@``)
        if m.group("user").lower() in _CONJUNCTIONS or "<" in value or ">" in value:
            continue  # "username and password authentication.</p>": words about credentials
        if not any(c.isdigit() or not c.isalnum() for c in value) or not plausible_password(value):
            continue
        if accept(value, Strength.PASSWORD, quoted=False):  # not a reference (``random_password.db.result``)
            out.add((s, e))
    slashed = (m for s, e in _gated(_SLASHED_GATE, text) for m in _SLASHED.finditer(text, s, e))
    spans = _SPANS.finditer(text) if "`" in text and "/" in text else ()
    for m in (*slashed, *spans):
        s, e, value = _value_span(m)
        if password_shaped(value) and not _SETTING.match(value):
            out.add((s, e))
    return sorted(out)


class ProsePairDetector(ViewScanDetector):
    """A password written beside its user in running text (``secret.generic.prose_pair``)."""

    name = "secret.generic.prose_pair"
    prefilter: tuple[str, ...] = tuple(sorted({w.lower().split()[0] for w in (*_PASS_WORDS, *_CUES)} | {"`"}))
    """The first word of a password word or of a cue of a slashed pair (the blanks inside
    ``mot de passe`` may be several), or a code span."""

    def find(self, view: EscapeView) -> list[Hit]:
        return [(s, e, 0.8) for s, e in scan(view.text)]
