"""Visible placeholders and references: values that stand for a secret without being one.

Encrypted values (SOPS ``ENC[...]``, Jasypt ``ENC(...)``, ``$ANSIBLE_VAULT;``) count as
placeholders too: the ciphertext is safe to store and is what the file is meant to hold.

``xxxx``, ``<KEY>``, ``${VAR}``, ``$VAR``, ``os.environ[...]``, ``process.env.X``, ``***``,
``your-api-key-here``, URLs and ids whose variable parts are zeros or ``X``
(``hooks.slack.com/services/T00000000/B00000000/XXXX...``), empty strings, and this project's own output placeholders
(``<SECRET_3>``, ``[REDACTED]``) so that redacting twice changes nothing.

Also not a secret, by the value alone: a template whose variable parts are placeholders
(``service:<graph-id>:<key>``, ``v2x<your-access-token>``, ``https://{account}.example/{key}``);
a credential noun of any language standing as the value (``"login.password": "Iphasiwedi"``,
``Passwort``, ``contraseña``: a label in a translation file, `secret_vocab_i18n`); words of a
script without case and nothing else (a translated label: ``การยืนยันตัวบุคคล``); and values
public by design (`public_values`: publishable SDK keys, checksummed wallet addresses, IDN host
names).
"""

from __future__ import annotations

import functools
import re
import unicodedata
import zlib
from itertools import pairwise

from redactor.detect.secrets.public_values import is_public_value

_PLACEHOLDER = re.compile(
    r"""
    ^(?:
        [<\[{(].*[>\]})]                           # <KEY>, [PASSWORD], {token}, (secret)
      | <[^>]*                                     # <SUMOLOGIC ACCESS KEY  (cut at a quote)
      | \$\{\{?.*                                  # ${VAR}, ${{ secrets.X }}
      | \$\(.*                                     # $(cat file)
      | \$[A-Za-z_][A-Za-z0-9_]*                   # $VAR
      | \$\d+                                      # $1
      | %[A-Za-z_][A-Za-z0-9_]*%                   # %VAR%
      | %\(?\w*\)?[sdrifx]                         # %s, %(name)s
      | \{\{.*\}\}                                 # {{ template }}
      | @[A-Za-z_]+@                               # @VAR@
      | (?:os\.)?(?:environ|getenv|env)\b.*         # os.environ[...], getenv(...)
      | process\.env\b.*                           # process.env.X
      | (?:ENV|env)\[.*                            # ENV['X']
      | (?:secrets|vars|env)\.[A-Za-z_].*          # secrets.X (GitHub Actions)
      | !(?:vault|Ref|Sub|GetAtt|secret|env_var|env|include|sops|ImportValue|GetParam)\b.*  # YAML tags
      | vault:.* | ref\+.* | op://.* | arn:aws:secretsmanager:.*
      | (?:ssm|secretsmanager|sm|gcpsm|awssm|akv|azurekeyvault|keyvault|doppler|infisical|bws|gsm)
        :/{0,2}[\w/.{}:-]+                       # secret-store URIs
      | projects/[\w-]+/secrets/[\w-]+(?:/versions/\w+)?  # a Secret Manager resource name
      | ENCRYPTED\[[^\]]+\]                     # Cirrus CI's encrypted variable
      | ENC\[[A-Z0-9_]+,.*\]                     # SOPS ENC[AES256_GCM,data:...,type:str]
      | ENC\(.+\)                                # Jasypt ENC(...)
      | \$ANSIBLE_VAULT;.*                        # an Ansible Vault blob
    )$
    """,
    re.VERBOSE | re.DOTALL,
)

# Made of one repeated filler character, possibly with separators: xxxx, ****, 0000, x-x-x.
_FILLER = re.compile(r"^(?:[xX*•.#_\-?0]+|(?:[xX]+[-_.:]?)+)$")

_WORDS = re.compile(
    r"""(?ix)
    (?:^|[^a-z])(?:
        your|my|the|some|insert|enter|replace|put|add|paste|fill|example|sample|dummy|fake|
        placeholder|redacted|removed|hidden|masked|censored|changeme|change[_\-.]?me|todo|fixme|
        tbd|none|null|nil|undefined|false|true|secret[_\-.]?here|token[_\-.]?here|key[_\-.]?here|
        xxx|test[_\-.]?(?:key|token|secret|password)|foobar|lorem
    )(?:$|[^a-z])
    """
)

_HEXISH = re.compile(r"[0-9a-fA-F]+(?:-[0-9a-fA-F]+)*")
"""Hex digits in dash-separated groups: UUIDs and hex keys, whose letters can spell only ``add``."""

_OWN = re.compile(r"^(?:<[A-Z][A-Z_]*(?:_\d+)?>|\[REDACTED[A-Z_]*\]|\[[A-Z][A-Z_]*(?:_\d+)?\]|█+)$")

_NOT_A_VALUE = frozenset(
    {
        "str",
        "string",
        "int",
        "bool",
        "boolean",
        "bytes",
        "number",
        "object",
        "any",
        "none",
        "null",
        "nil",
        "undefined",
        "true",
        "false",
        "yes",
        "no",
        "on",
        "off",
        "required",
        "optional",
        "hidden",
        "string()",
        "password",
        "passwd",
        "pass",
        "pwd",
        "secret",
        "token",
        "apikey",
        "api_key",
        "key",
        "value",
        "default",
        "empty",
        "unset",
        "n/a",
        "na",
        "tbd",
        "example",
        "changeme",
        "changeit",
        "letmein",
        "admin",
        "root",
        "test",
        "testing",
        "sample",
        "dummy",
        "fake",
        "mock",
        "foo",
        "bar",
        "baz",
        "qux",
        "blah",
        "abc",
        "abc123",
        "123456",
        "12345678",
        "password123",
        "secret123",
        "redacted",
        "private",
        "public",
        "env",
        "username",
        "user",
        "login",
        "email",
        "host",
        "hostname",
        "database",
        "dbname",
    }
)
"""Words that name a field instead of filling it (``'PASSWORD': 'USERNAME'`` in a mapping of names)."""


def is_placeholder(value: str) -> bool:
    """True when `value` visibly stands in for a secret rather than being one."""
    v = value.strip().strip("\"'`")
    if len(v) < 3:
        return True
    low = v.lower()
    if low in _NOT_A_VALUE:
        return True
    if low[0] == "(" and low[1:].rstrip(")").isalpha() and low[1:].rstrip(")").islower():
        return True  # Terraform's "(sensitive value)", "(known after apply)", cut at the space
    if _OWN.match(v) or _PLACEHOLDER.match(v) or _FILLER.match(v):
        return True
    if _WORDS.search(v.replace("_", " ").replace("-", " ")) and not _has_random_run(v) and not _HEXISH.fullmatch(v):
        return True  # (a UUID or hex key spells "add" by chance: ``6e01c4d7-4add-4664-...``)
    if _template(v) or _BLANKS.sub("", low) in _credential_nouns() or is_public_value(v) or _uncased_words(v):
        return True
    if _CMDLET.fullmatch(v) or _HEADER_NAME.fullmatch(v):
        return True  # ``$pass = ConvertTo-SecureString ...``; ``"Ocp-Apim-Subscription-Key": KEY``: names
    if _sequence(v) or _label_words(v):
        return True
    # A long run of one character inside: hf_xxxxxxxxxxxxxxxx, sk-********.
    return _filler_run(v) or _repetitive(v) or _filled_parts(v)


_ROWS = ("abcdefghijklmnopqrstuvwxyz", "0123456789", "qwertyuiop", "asdfghjkl", "zxcvbnm", "1234567890")
"""Runs a person types when a value only has to look filled in (``abc123xyz``, ``qwerty123``)."""


def _sequence(v: str) -> bool:
    """Only runs of three or more consecutive characters of the alphabet, the digits or a keyboard
    row (``abc123xyz``, ``abcdef123456``, ``qwerty-1234``): filler, never a generated value."""
    low = v.lower()
    i = 0
    runs = 0
    while i < len(low):
        if low[i] in "-_. ":
            i += 1
            continue
        best = 1
        for row in _ROWS:
            k = row.find(low[i])
            if k < 0:
                continue
            n = 1
            while i + n < len(low) and k + n < len(row) and low[i + n] == row[k + n]:
                n += 1
            best = max(best, n)
        if best < 3:
            return False
        runs += 1
        i += best
    return runs >= 1 and len(low) >= 6


_LABEL_WORDS_TEXT = (
    "here aqui aquí ici hier qui qua tutaj här her здесь тут сюда"
    " тут тут ここ 여기 这里 這裡 your tu tuo tua sua seu votre ton"
    " dein deine ihr uw jouw din ditt twoj twój ваш ваша твой твій ваш goes put insert replace enter paste"
)
_LABEL_WORDS = frozenset(_LABEL_WORDS_TEXT.split())
"""Words of "your key here" labels in several languages (possessives, "here", fill-in verbs)."""
_LOWER_WORDS = re.compile(r"[^\W\d_]+(?:[_\- ][^\W\d_]+)+")


def _label_words(v: str) -> bool:
    """Lower-case words joined by ``_``, ``-`` or blanks, one of them a "your"/"here"/fill-in word
    or a credential noun of any language: a label written in the value's place (``tu-clave-secreta``,
    ``la_tua_chiave``, ``token-goes-here``), never a generated value (no digit)."""
    if not _LOWER_WORDS.fullmatch(v) or v != v.lower():
        return False
    parts = re.split(r"[_\- ]+", v)
    return any(p in _LABEL_WORDS or p in _credential_nouns() for p in parts)


def _repetitive(v: str) -> bool:
    """Long values made of a repeated chunk (``...EXAMPLEEXAMPLEEXAMPLE...``)."""
    if len(v) < 40:
        return False
    data = v.encode()
    return len(zlib.compress(data, 9)) < 0.45 * len(data)


def _has_random_run(v: str) -> bool:
    """A run of 16+ token characters with digits and letters, as real keys have."""
    for m in re.finditer(r"[A-Za-z0-9]{16,}", v):
        s = m.group()
        if any(c.isdigit() for c in s) and any(c.isalpha() for c in s):
            return True
    return False


_VERBS = (
    "Add Approve Assert Backup Block Build Checkpoint Clear Close Compare Complete Compress Confirm Connect Convert"
    " ConvertFrom ConvertTo Copy Debug Deny Deploy Disable Disconnect Dismount Edit Enable Enter Exit Expand Export"
    " Find Format Get Grant Group Hide Import Initialize Install Invoke Join Limit Lock Measure Merge Mount Move New"
    " Open Optimize Out Ping Pop Protect Publish Push Read Receive Redo Register Remove Rename Repair Request Reset"
    " Resize Resolve Restart Restore Resume Revoke Save Search Select Send Set Show Skip Split Start Step Stop Submit"
    " Suspend Switch Sync Test Trace Unblock Undo Uninstall Unlock Unprotect Unpublish Unregister Update Use Wait"
    " Watch Write"
)
"""PowerShell's approved verbs (``Get-Verb``)."""
_CMDLET = re.compile(r"(?:" + "|".join(_VERBS.split()) + r")-(?:Az|Mg|AD|Aws)?[A-Z][a-z]+(?:[A-Z][a-z]+){0,5}")
"""A cmdlet name, ``ConvertTo-SecureString``, ``Get-AzKeyVaultSecret``: a call, not its argument."""
_HEADER_NAME = re.compile(
    r"(?:[A-Z][a-z]{1,15}|[A-Z]{1,4})(?:-(?:[A-Z][a-z]{1,15}|[A-Z]{2,4})){1,4}"
    r"-(?i:key|token|secret|signature|auth|authorization|password|id)"
)
"""An HTTP header name that names a credential (``Ocp-Apim-Subscription-Key``, ``X-Api-Key``,
``X-Shopify-Access-Token``): Title-case or short upper-case words joined by ``-``."""

_PART = re.compile(r"[A-Za-z0-9]{8,}")
_FILLED_PART = re.compile(r"[A-Za-z]?(?:0{7,}|[xX]{7,}|\*{7,})")


def _filled_parts(v: str) -> bool:
    """A structured value whose variable parts are filled in with zeros or ``X`` and hold nothing
    random: ``https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX``
    (documentation's form of a webhook URL). A part of a real key is random (16+ letters and
    digits), so one random part keeps the value a candidate."""
    if _has_random_run(v):
        return False
    return any(_FILLED_PART.fullmatch(p) for p in _PART.findall(v))


def _filler_run(v: str) -> bool:
    run = 1
    best = 1
    for a, b in pairwise(v):
        if a == b and a in "xX*•.#0_-":
            run += 1
            best = max(best, run)
        else:
            run = 1
    return best >= 6 and best * 2 >= len(v) - 8


_SLOT = re.compile(
    r"<[A-Za-z][\w .-]{1,40}>"  # <graph-id>, <your access token>
    r"|\{\{[ \t]*[A-Za-z_][\w.-]{0,40}[ \t]*\}\}"  # {{ token }}
    r"|\$\{[A-Za-z_][^}\n]{0,60}\}"  # ${SECRET}, ${env:KEY}
    r"|\{[a-z][a-z0-9_.-]{1,40}\}"  # {account}, {project_id}: lower case (``{PLAIN}``, ``{SSHA}`` are schemes)
)
"""One variable part of a template."""
_FIXED_REST = re.compile(r"[A-Za-z0-9_.:/@=+-]*")
"""What a template may hold besides its variable parts: a prefix, separators, a URL's fixed parts."""
_BLANKS = re.compile(r"[ \t_\-]+")


def _template(v: str) -> bool:
    """A value whose variable parts are placeholders and whose fixed rest is plain and not random:
    ``service:<graph-id>:<key>``, ``v2x<your-access-token>``, ``https://{account}.example/{key}``.
    Generated salts that happen to hold ``<ab>`` or ``{x}`` among other punctuation are not."""
    if not _SLOT.search(v):
        return False
    rest = _SLOT.sub("", v)
    return _FIXED_REST.fullmatch(rest) is not None and not _has_random_run(rest)


def _uncased_words(v: str) -> bool:
    """Words of a script without case and nothing else (``"authentication": "การยืนยันตัวบุคคล"``
    in a Thai locale file): a translated label, never a generated key (no ASCII, no digit)."""
    return all(
        c.isspace() or (unicodedata.category(c)[0] in "LM" and not c.isascii() and not (c.isupper() or c.islower()))
        for c in v
    )


@functools.cache
def _credential_nouns() -> frozenset[str]:
    """Password, PIN, token and key nouns of every language of `secret_vocab_i18n`, in the
    look-up form of `context_i18n` (lower case, no blanks, ``_`` or ``-``)."""
    from redactor.detect.secrets.secret_vocab_i18n import KEY_WORDS, LANGUAGES, LOANWORDS

    phrases = [p for lang in LANGUAGES for f in (lang.password, lang.pin, lang.token) for p in f.split("|")]
    phrases += LOANWORDS.split("|")
    phrases += [p for ws in KEY_WORDS.values() for p in ws.split("|")]
    return frozenset(_BLANKS.sub("", p.replace("\u200c", "").lower()) for p in phrases if p)
