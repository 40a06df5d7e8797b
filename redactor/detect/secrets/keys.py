"""Is a key name secret-ish? Splitting and classifying identifiers such as ``oktaApiToken``.

A key is split into lower-case words (snake, kebab, dotted, camelCase). Its last word decides:
``password``-like words, strong nouns (``secret``, ``token``, ``apikey``, ``credentials``...) and
the weaker ``key``. Qualifiers that make a name about something else (``max_tokens``,
``public_key``, ``token_url``, ``cache_key``, ``csrf_token``) veto it.
"""

from __future__ import annotations

import enum
import re

from .key_scope_words import SCOPE_WORDS as SCOPE_WORDS  # re-exported: keys.SCOPE_WORDS


class Strength(enum.IntEnum):
    """How much a key name alone says about its value."""

    KEY = 1  # ``dynatraceKey``: the value must look random
    STRONG = 2  # ``*_TOKEN``, ``client_secret``, ``apiKey``
    PASSWORD = 3  # ``password``: any non-placeholder value
    AUTH = 4  # ``Authorization``: the value may start with a scheme word


_SPLIT = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")

_PASSWORD_WORDS = frozenset(
    {
        "password",
        "passwd",
        "pwd",
        "pass",
        "passphrase",
        "passcode",
        "pw",
        "passwort",
        "pword",
        *("psw", "pswd", "pwrd", "passw", "passwrd"),  # session 14: abbreviations in key names
        "psk",
        "kennwort",
        "wachtwoord",
        "contrasena",
        "senha",
        "motdepasse",
        "parola",
        "haslo",
        "heslo",
        "salasana",
        "losenord",
        "passord",
    }
)
"""Words whose value is a (possibly human-chosen) password: a Wi-Fi ``psk`` is a passphrase."""
_STRONG_WORDS = frozenset(
    {
        "secret",
        "token",
        "apikey",
        "credential",
        "credentials",
        "creds",
        "bearer",
        "accesstoken",
        "authtoken",
        "apitoken",
        "clientsecret",
        "secretkey",
        "accesskey",
        "privatekey",
        "pat",
        "signingkey",
        "masterkey",
        "licensekey",
        "secrets",
        "sig",
        "signature",
        "webhooksecret",
        "refreshtoken",
        "idtoken",
        "sessiontoken",
        "authkey",
        "appkey",
        "appsecret",
        "consumersecret",
        "encryptionkey",
        "hmac",
        "jwt",
    }
)
_PASS_OWNERS = frozenset(
    {
        "admin",
        "root",
        "store",
        "key",
        "user",
        "db",
        "master",
        "vault",
        "ks",
        "srcstore",
        "deststore",
        "new",
        "old",
        "login",
        "sa",
        "ftp",
        "smtp",
        "mail",
        "proxy",
        "rpc",
        "bind",
        "ldap",
        "app",
        "sudo",
        "super",
        "sys",
        "system",
        "remote",
        "local",
        "server",
        "client",
        "service",
        "svc",
        "oper",
        "vnc",
        "imap",
        "pop",
    }
)
"""Owners glued to ``pass``/``pw`` in one word: ``rootpw`` (slapd), ``storepass``/``keypass``
(keytool), ``adminpass``, ``remotepass``/``localpass`` (OfflineIMAP), ``operpass``, ``vncpass``. Not
``bypass`` or ``compass``: only these owners count."""
_AUTH_WORDS = frozenset({"authorization", "auth", "authentication", "proxyauthorization"})
_SUFFIXES = (
    ("password", Strength.PASSWORD),
    ("passwd", Strength.PASSWORD),
    ("secret", Strength.STRONG),
    ("token", Strength.STRONG),
    ("apikey", Strength.STRONG),
    ("accesskey", Strength.STRONG),
    ("secretkey", Strength.STRONG),
    ("privatekey", Strength.STRONG),
    ("authkey", Strength.STRONG),
    ("credentials", Strength.STRONG),
)

# A word anywhere in the key that makes it name something other than a secret value.
_VETO = frozenset(
    {
        "max",
        "min",
        "num",
        "count",
        "limit",
        "length",
        "len",
        "size",
        "csrf",
        "xsrf",
        "page",
        "next",
        "prev",
        "continuation",
        "pagination",
        "cursor",
        "placeholder",
        "public",
        "publishable",
        "hint",
        "description",
        "desc",
        "help",
        "title",
        "label",
        "text",
        "regex",
        "pattern",
        "validator",
        "validation",
        "strength",
        "policy",
        "expiry",
        "expires",
        "expiration",
        "ttl",
        "timeout",
        "type",
        "format",
        "forgot",
        "is",
        "has",
        "should",
        "show",
        "toggle",
        "visible",
        "display",
        "button",
        "input",
        "field",
        "prompt",
        "form",
        "dialog",
        "modal",
        "tokenizer",
        "lexer",
        "parser",
        "encoding",
        "rotation",
        "schema",
        "template",
        "error",
        "invalid",
        "missing",
        "status",
        "state",
        "exists",
        "usage",
        "budget",
    }
)
# Words that, before a final ``key``, make it a lookup key rather than a credential.
VETO_KEY = frozenset(
    {
        "public",
        "publishable",
        "pub",
        "primary",
        "foreign",
        "sort",
        "partition",
        "cache",
        "lookup",
        "row",
        "column",
        "index",
        "idx",
        "hot",
        "shortcut",
        "keyboard",
        "sequence",
        "unique",
        "composite",
        "natural",
        "idempotency",
        "dedup",
        "routing",
        "shard",
        "i18n",
        "translation",
        "locale",
        "menu",
        "metric",
        "tag",
        "feature",
        "flag",
        "event",
        "job",
        "queue",
        "ssh",
        "gpg",
        "pgp",
        "rsa",
        "cert",
        "fingerprint",
        "object",
        "redis",
        "kv",
        "map",
        "dict",
        "hash",
        "group",
        "item",
        "entry",
        "node",
        "registry",
        "bucket",
        "file",
        "path",
        "join",
        "react",
        "list",
        "order",
        "message",
        "storage_key",
        "setting",
        "settings",
        "config",
        "option",
        "env",
        "field",
        "attr",
        "attribute",
        "property",
        "prop",
        "record",
        "request",
        "trace",
        "correlation",
        "hotkey",
        "access_key_id",
    }
)
# "key" alone is weak; these qualifiers make it strong.
_STRONG_KEY_QUALIFIERS = frozenset(
    {
        "api",
        "access",
        "secret",
        "private",
        "client",
        "auth",
        "signing",
        "encryption",
        "master",
        "license",
        "app",
        "account",
        "storage",
        "service",
        "subscription",
        "shared",
        "admin",
        "root",
        "session",
        "webhook",
        "hmac",
        "consumer",
        "deploy",
        "ingest",
        "write",
        "rest",
        "project",
        "personal",
        "bot",
        "server",
        "sdk",
        "management",
        "mgmt",
        "live",
        "prod",
        "production",
        "developer",
        "dev",
        "merchant",
        "partner",
        "integration",
        "publish",
        "user",
        "org",
        "team",
        "organization",
        "workspace",
        "tenant",
        "signature",
        "sig",
        "crypt",
        "enc",
        "encrypt",
        "decrypt",
        "cipher",
        "crypto",
        "aes",
        "priv",
        "sign",
        "unseal",
    }
)


_SOFT_VETO_KEY = frozenset(
    {
        "event",
        "job",
        "queue",
        "tag",
        "metric",
        "feature",
        "flag",
        "routing",
        "shard",
        "registry",
        "bucket",
        "node",
        "item",
        "entry",
        "group",
        "message",
        "setting",
        "settings",
        "config",
        "option",
        "env",
        "redis",
        "kv",
    }
)
"""Qualifiers of `VETO_KEY` that say what a key is for, not that it is a lookup key: an
``INNGEST_EVENT_KEY`` or a ``REDIS_KEY`` is a credential when its value is clearly generated
(`lookup_key`). The others (``public``, ``cache``, ``sort``, ``ssh``, ``hash``...) always veto."""

_TRANSPARENT = frozenset(
    {
        "base",
        "value",
        "val",
        "string",
        "str",
        "data",
        "raw",
        "plain",
        "plaintext",
        "b64",
        "base64",
        "hex",
        "prod",
        "production",
        "live",
        "staging",
        "current",
        "new",
        "old",
    }
)
"""Trailing words that leave a key's meaning alone: ``SECRET_KEY_BASE``, ``api_key_prod``,
``ACCESS_TOKEN_VALUE``, ``password_plain``."""

_TRANSPARENT = _TRANSPARENT | SCOPE_WORDS  # session 12: ``NOSTO_API_TOKEN_APPS``, ``SENDGRID_API_KEY_EU`` (letters.py)


_CONTAINERS = frozenset(
    {
        "config",
        "conf",
        "cfg",
        "settings",
        "setting",
        "options",
        "option",
        "opts",
        "env",
        "app",
        "self",
        "this",
        "params",
        "props",
        "process",
        "global",
        "globals",
        "ctx",
        "context",
    }
)
"""Objects that hold settings: in ``settings.SECRET_KEY`` or ``config.zorble_key`` they are not
qualifiers of the key (``config_key`` is a lookup key, ``config.api_key`` is not)."""


_SERVICE_NOUNS = frozenset({"parser", "lexer", "tokenizer"})
"""Program nouns that veto a key (``tokenizer_token``, ``password_parser``) except as the owner of a
password: ``parser_password=...`` is the password of a parser service's account."""
_PASSWORD_HEADS = frozenset({"password", "passwd", "passphrase", "pwd"})


def _scoped(key: str, ws: list[str]) -> list[str]:
    """The words that qualify the key's noun: all of them, or only the last dotted segment's when
    the segments before it are settings objects (`_CONTAINERS`)."""
    prefix, dot, last = key.rpartition(".")
    if not dot or not all(w in _CONTAINERS for w in words(prefix)):
        return ws
    return words(last)


def words(key: str) -> list[str]:
    """Lower-case words of an identifier: ``oktaApiToken2`` -> ``['okta', 'api', 'token']``."""
    out = [w.lower() for w in _SPLIT.findall(key)]
    while out and out[-1].isdigit():
        out.pop()
    return out


def classify(key: str) -> Strength | None:
    """The strength of a secret-ish key name, or None when it does not name a secret."""
    key = key.strip("-$@.")
    if not key or len(key) > 80:
        return None
    ws = words(key)
    while len(ws) > 1 and ws[-1] in _TRANSPARENT:
        ws.pop()
    if not ws:
        return None
    if len(ws) >= 2 and ws[-2] == "pass" and ws[-1] in ("phrase", "word", "code"):
        ws[-2:] = ["pass" + ws[-1]]  # ``pass_phrase``, ``PASS_WORD``: one word written in two
    head = ws[-1]
    if head.endswith(("pass", "pw")) and head.removesuffix("pass").removesuffix("pw") in _PASS_OWNERS:
        return None if any(w in _VETO for w in ws) else Strength.PASSWORD  # rootpw, storepass, adminpass
    if len(ws) >= 2 and (ws[-2], head) == ("api", "hash"):
        return None if any(w in _VETO for w in ws) else Strength.STRONG  # Telegram's api_hash
    if head.isdigit():
        return None
    # ``token2`` -> ``token``; digits glued to the last word were split off above.
    if any(w in _VETO and not (w in _SERVICE_NOUNS and head in _PASSWORD_HEADS) for w in ws):
        return None
    if head in ("secret", "secrets") and "existing" in ws:
        return None  # Helm ``existingSecret: mlflow-s3``: the name of a Kubernetes Secret object, not its data
    if len(ws) >= 2 and ws[-2:] == ["key", "id"] and not any(w in VETO_KEY for w in ws[:-2]):
        return Strength.KEY  # APCA_API_KEY_ID, a key pair's public half: a credential only if random
    if ws[-2:] == ["secret", "id"]:
        return Strength.KEY  # Nomad/Consul ``Secret ID``, Vault AppRole ``secret_id``: if random or a UUID
    if ws[-2:] == ["access", "id"] or ws[-1] == "accessid":
        return Strength.KEY  # Sumo Logic ``accessid``: the other half of an access key, if random
    if ws == ["api"] or ws[-1] in ("refresh", "license", "licence") or ws[-2:] == ["app", "certificate"]:
        return Strength.KEY  # ``[pipedrive] api = <hex>``, ``zoho.refresh=1000.x.y``, Agora app certificate
    if head == "header" and len(ws) >= 2 and ws[-2] in ("auth", "authorization"):
        return Strength.STRONG  # ``auth_header_value: <token>`` (``value`` is transparent) beside ``auth_header_name``
    if head.endswith("key") and any(w in VETO_KEY for w in _scoped(key, ws)):
        return None
    if head in _AUTH_WORDS:
        return Strength.AUTH
    if ws[-2:] == ["access", "grant"]:
        return Strength.STRONG  # a Storj ``access_grant``
    if head in _PASSWORD_WORDS:
        return Strength.PASSWORD
    if head in _STRONG_WORDS:
        return Strength.STRONG
    if head in ("private", "priv") and len(ws) >= 2:
        return Strength.KEY  # ``dtPrivate``, ``KKIAPAY_PRIVATE``: the private half of a key pair, if random or a UUID
    if head == "key":
        if len(ws) >= 2 and ws[-2] in _STRONG_KEY_QUALIFIERS:
            return Strength.STRONG
        return Strength.KEY
    for suffix, strength in _SUFFIXES:
        if head.endswith(suffix) and len(head) > len(suffix):
            return strength
    if (
        head.endswith("key")
        and len(head) > 3
        and not head.endswith(("monkey", "turkey", "donkey", "hockey", "jockey", "whiskey"))
    ):
        return Strength.KEY
    return None


def lookup_key(key: str) -> bool:
    """A ``*key`` name vetoed only by a soft qualifier (`_SOFT_VETO_KEY`): ``INNGEST_EVENT_KEY``.

    `classify` returns None for it; the caller may still take a clearly generated value.
    """
    key = key.strip("-$@.")
    if not key or len(key) > 80:
        return False
    ws = words(key)
    while len(ws) > 1 and ws[-1] in _TRANSPARENT:
        ws.pop()
    if not ws or not ws[-1].endswith("key") or any(w in _VETO for w in ws):
        return False
    vetoes = [w for w in ws if w in VETO_KEY]
    return bool(vetoes) and all(w in _SOFT_VETO_KEY for w in vetoes)
