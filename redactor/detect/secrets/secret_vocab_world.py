"""Password nouns of languages the other tables lack: Africa, the Pacific, the Americas (session 16).

`secret_vocab_i18n.LANGUAGES` merges these entries like `secret_vocab_more.MORE_LANGUAGES`
(``Language(**entry)``, joined by language code), so every reader of that vocabulary
(``secret.generic.i18n`` in prose, labels and tables, ``secret.generic.i18n_name`` in key names,
`pwshape`, `keysentences`, the placeholder words) reads them with the value rules of their kind:
a password noun takes a value that looks chosen or generated (letters with digits or symbols, a
quoted passphrase), a PIN noun 4-8 digits, never an ordinary word, a reference or a placeholder.

How the words were chosen. A checklist of languages with a sizeable Wikipedia x {password,
passphrase, PIN, secret, token, API key, access key, credentials, one-time code, login, Wi-Fi
password} x {the copula between noun and value} was run against the vocabulary (session notes,
``s16/seclang``): every language of the existing tables reads its own nouns with each of its
copulas, and the gettext catalogues installed on the machine (``/usr/share/locale``, 98 locales
with a credential string) add no unread word. The gaps are languages with no catalogue there.
Each word below is the one that language's software localisations use for "Password" (Mozilla's
Firefox and MediaWiki localisations for Kabyle, Wolof, Guarani, Kaqchikel, Romansh, Lower
Sorbian and Tatar; the password-field word lists of Chromium's autofill and of Sonar's
hard-coded-credentials rule for Chichewa, Shona, Sesotho/Setswana/Sepedi, Maori, Hawaiian,
Samoan and Hmong; several independent app localisations for Igbo and Oromo). Lingala,
Luganda and Bashkir rest on one or two app localisations and the words' make-up (Lingala
``nkuku`` and Luganda ``ekyama`` "secret"; Bashkir ``серһүҙ`` is Tatar ``серсүз`` in Bashkir
spelling). The other nouns of the list (PIN, token, API key, secret) are loanwords in these
languages (``PIN``, ``tokeni``, ``API key``) that the English and existing tables read; the one
native PIN noun here is Zulu's.

A word that is also an ordinary word of its language stays out: Friulian ``peraule clâf`` is
Firefox's "search keyword" too. Languages whose word I could not confirm are left for later
(Xitsonga, Twi, Ewe, Fula, Northern Sami, Tibetan): see docs/secrets.md, "Session 16".

Copulas are shared by all languages (`context_i18n`), so only unambiguous ones are added:
Chichewa/Shona ``ndi``, Sotho-Tswana ``ke``, Wolof ``mooy``, Lingala ``ezali``, Hmong ``yog``.
"""

# ruff: noqa: RUF001  # words of other scripts and the Hawaiian okina are the point here

from __future__ import annotations

WORLD_LANGUAGES: tuple[dict[str, str], ...] = (
    # --- Africa ---------------------------------------------------------------------------------
    {"code": "ny", "password": "mawu achinsinsi|achinsinsi", "copula": "ndi"},  # Chichewa
    {"code": "sn", "password": "pasiwedhi"},  # Shona ("ndi" above)
    {"code": "st", "password": "phasewete|lefoko la sephiri", "copula": "ke"},  # Sesotho, Setswana, Sepedi
    {"code": "wo", "password": "baatu jàll|baatu jall", "copula": "mooy"},  # Wolof
    {"code": "ig", "password": "okwu nzuzo|paswoodu"},  # Igbo (the catalogue's "paswọọdụ" without dots)
    {"code": "om", "password": "jecha darbii|jecha darbiisaa"},  # Oromo
    {"code": "kab", "password": "awal uffir|awalen uffiren|wawal uffir|awal n uεeddi|wawal n uεeddi"},  # Kabyle
    {"code": "lg", "password": "ekigambo eky'ekyama|ekigambo ekyekyama"},  # Luganda
    {"code": "ln", "password": "liloba ya nkuku", "copula": "ezali"},  # Lingala
    {"code": "zu", "pin": "inombolo yokuvula"},  # Zulu PIN ("opening number"): digits only
    # --- Pacific and South-East Asia --------------------------------------------------------------
    {"code": "mi", "password": "kupuhipa"},  # Maori
    {"code": "haw", "password": "ʻōlelo huna|'ōlelo huna|ōlelo huna|olelo huna|olelohuna"},  # Hawaiian
    {"code": "sm", "password": "upu faalilolilo|upu fa'alilolilo|upu faʻalilolilo"},  # Samoan
    {"code": "hmn", "password": "lo lus zais|loluszais", "copula": "yog"},  # Hmong
    # --- the Americas -----------------------------------------------------------------------------
    {"code": "gn", "password": "ñe'ẽñemi|ñeʼẽñemi|ñe’ẽñemi|ñe'ẽ ñemi"},  # Guarani
    {"code": "cak", "password": "ewan tzij"},  # Kaqchikel
    # --- Turkic and minority European -------------------------------------------------------------
    {"code": "tt", "password": "серсүз|sersüz|sersuz"},  # Tatar
    {"code": "ba", "password": "серһүҙ"},  # Bashkir
    {"code": "dsb", "password": "gronidło|gronidła|gronidłom|gronidlo"},  # Lower Sorbian
    {"code": "rm", "password": "pled-clav|pled clav"},  # Romansh
)
"""Entries of `secret_vocab_i18n.Language` (``Language(**entry)``): one language's more nouns."""
