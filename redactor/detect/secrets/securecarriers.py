"""Secrets that the structure of their carrier names, not a key word (``secret.code.secure_carrier``).

Four carriers, each read from the tool's or format's own rules, none from lines of a set:

- **secret-store resources** (`_STORE_BLOCK`): the value of a Terraform resource whose type is a
  secret store (``aws_ssm_parameter`` with ``type = "SecureString"``,
  ``aws_secretsmanager_secret_version`` ``secret_string``, ``azurerm_key_vault_secret``
  ``value``, ``google_secret_manager_secret_version`` ``secret_data``, ``github_actions_secret``
  / ``github_dependabot_secret`` ``plaintext_value``, ``vault_generic_secret``), and the same
  stores written by their CLIs (``aws ssm put-parameter --type SecureString --value``, ``aws
  secretsmanager create-secret|put-secret-value --secret-string``, ``az keyvault secret set
  --value``, ``gh secret set --body``). What a person puts in a secret store is a secret; only
  references (``var.x``, ``${...}``, ``random_password.x.result``, ``file(...)``), placeholders and
  values shorter than 6 characters stay.
- **SDK client constructors given a UUID** (`_CTOR_UUID`): ``new AcmeClient("<uuid>")``,
  ``AcmeApi("<uuid>")``, ``Acme::Client.new("<uuid>")``: a class whose name ends in
  Client/Api/Sdk/Service/Connector/Gateway handed one UUID as its only argument, where the
  positional detector (`sdkcalls`) takes only generated values. With a second argument the UUID is
  the public half of a key/secret pair (``new XummSdk(<key uuid>, <secret uuid>)``: the secret is
  `sdkcalls`' two-UUID rule's). Classes named for ids
  (``Guid``, ``Uuid``, ``ObjectId``, ``TenantId``...) and id words before the value stay.
- **Ruby clients without parentheses** (`_RUBY_NEW`): ``Acme::Client.new "<v>"`` with a generated
  value.
- **password elements** (`_XML_PASSWORD`): ``<ServicePassword>v</ServicePassword>``,
  ``<db:password>v</db:password>``: an element whose name is a password name (`keys.classify`)
  holding one token of 6-64 characters with letters and a digit (``Harbor_Word9``): the
  identifier-like values the key/value rules refuse are a person's passwords here.
- **CDN script paths** (`_CDN_PATH`): a generated path segment (20+ characters, not a content hash:
  not all hex) of a URL whose host is a CDN or script host (``cdn.``, ``-cdn``, ``static.``,
  ``js.``, ``widget.``, ``embed.``) or whose first segment is ``widget``, ``embed``, ``kit``,
  ``loader``, ``sdk`` or ``js``: the API key a vendor's snippet puts in its script URL.
"""

from __future__ import annotations

import re

from redactor.detect.secrets.escapes import EscapeView
from redactor.detect.secrets.keys import Strength, classify
from redactor.detect.secrets.placeholders import is_placeholder
from redactor.detect.secrets.pwshape import password_shaped
from redactor.detect.secrets.values import UUID, accept, generated
from redactor.detect.secrets.viewscan import Hit, ViewScanDetector

__all__ = ["SecureCarrierDetector", "scan"]

_STORE_TYPES = {
    "aws_ssm_parameter": ("value",),
    "aws_secretsmanager_secret_version": ("secret_string",),
    "azurerm_key_vault_secret": ("value",),
    "google_secret_manager_secret_version": ("secret_data",),
    "github_actions_secret": ("plaintext_value",),
    "github_dependabot_secret": ("plaintext_value",),
    "github_actions_environment_secret": ("plaintext_value",),
    "vault_generic_secret": ("data_json",),
}
"""Terraform secret-store resource types and the attribute that holds the secret."""
_STORE_BLOCK = re.compile(r'resource\s+"(?P<type>' + "|".join(_STORE_TYPES) + r')"\s+"[^"\n]*"\s*\{')
_ATTR = re.compile(r'^[ \t]*(?P<name>[a-z_]+)[ \t]*=[ \t]*"(?P<v>(?:[^"\\\n]|\\.){1,500})"', re.MULTILINE)
_SECURE_TYPE = re.compile(r'^[ \t]*type[ \t]*=[ \t]*"SecureString"', re.MULTILINE)
_REFERENCE = re.compile(r"\$\{|^(?:var|local|data|module|random_\w+)\.|^[a-z_]+\(")

_CLI = re.compile(
    r"(?P<cmd>aws\s+ssm\s+put-parameter|aws\s+secretsmanager\s+(?:create-secret|put-secret-value|update-secret)"
    r"|az\s+keyvault\s+secret\s+set|gh\s+secret\s+set)\b(?P<args>[^\n]{0,400})"
)
_CLI_VALUE = re.compile(r"--(?P<flag>value|secret-string|body)(?:=|\s+)(?P<q>[\"']?)(?P<v>[^\s\"']{1,400})(?P=q)")

_CTOR_UUID = re.compile(
    r"(?:\bnew\s+)?(?P<cls>[A-Z][\w.\\:]{0,60}?(?:Client|Api|API|Sdk|SDK|Service|Connector|Gateway))"
    r"(?:::new|\.new)?\s*\(\s*(?P<q>[\"'])(?P<v>[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}"
    r"-[0-9a-fA-F]{12})(?P=q)\s*\)"
)
_ID_CLASS = re.compile(r"(?i)guid|uuid|objectid|\bid\b|Id(?:Client|Api|Service)|tenant|workspace|project|account|org")
_RUBY_NEW = re.compile(r"\b[A-Z]\w*(?:::[A-Z]\w*)+\.new[ \t]+(?P<q>[\"'])(?P<v>[^\"'\s]{16,200})(?P=q)")

_XML_PASSWORD = re.compile(r"<(?P<tag>[A-Za-z][\w.:-]{0,60})>(?P<v>[^<>\s]{6,64})</(?P=tag)>")
_WORD_DIGIT = re.compile(r"(?=.*[A-Za-z].*[A-Za-z].*[A-Za-z])(?=.*\d)[A-Za-z0-9_.!@#$%^&*+?~-]+")

_NAMED_IN_VALUE = re.compile(r"(?i)pass|pwd|secret|example|sample|changeme|default")
"""A value that repeats its element's word or says it is an example (``password1``)."""

_CDN_PATH = re.compile(r"https?://(?P<host>[a-z0-9.-]+)(?::\d+)?(?P<path>/[A-Za-z0-9._~%/+=-]{20,400})", re.IGNORECASE)
_CDN_HOST = re.compile(r"(?:^|\.)(?:cdn|static|js|widget|widgets|embed)\.|-cdn\.|cdn-|\.cdn")
_CDN_FIRST = frozenset({"widget", "widgets", "embed", "kit", "loader", "sdk", "js"})
_HEX = re.compile(r"[0-9a-fA-F]+")


def _store_value(value: str) -> bool:
    """What a person put in a secret store: not a reference, placeholder or a too-short value."""
    if len(value) < 6 or _REFERENCE.search(value) or is_placeholder(value):
        return False
    return accept(value, Strength.PASSWORD, quoted=True) or generated(value)


def _block_end(text: str, start: int) -> int:
    """The end of the ``{...}`` block opening at `start` (a brace counter, at most 4,000 characters)."""
    depth = 0
    for i in range(start, min(len(text), start + 4000)):
        c = text[i]
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return i
    return min(len(text), start + 4000)


def _stores(text: str, out: list[Hit]) -> None:
    for m in _STORE_BLOCK.finditer(text):
        rtype = m.group("type")
        end = _block_end(text, m.end() - 1)
        if rtype == "aws_ssm_parameter" and not _SECURE_TYPE.search(text, m.end(), end):
            continue  # a String parameter is configuration
        for a in _ATTR.finditer(text, m.end(), end):
            if a.group("name") in _STORE_TYPES[rtype] and _store_value(a.group("v")):
                out.append((a.start("v"), a.end("v"), 0.8))
    for c in _CLI.finditer(text):
        args = c.group("args")
        if c.group("cmd").startswith("aws ssm") and "securestring" not in args.lower():
            continue
        for v in _CLI_VALUE.finditer(text, c.start("args"), c.end("args")):
            if _store_value(v.group("v")):
                out.append((v.start("v"), v.end("v"), 0.8))


def _constructors(text: str, out: list[Hit]) -> None:
    if "(" in text:
        for m in _CTOR_UUID.finditer(text):
            cls = m.group("cls")
            if _ID_CLASS.search(cls) or re.search(r"(?i)\bid\b|uuid|guid", text[max(0, m.start() - 40) : m.start()]):
                continue
            out.append((m.start("v"), m.end("v"), 0.7))
    if ".new" in text:
        for m in _RUBY_NEW.finditer(text):
            if generated(m.group("v")):
                out.append((m.start("v"), m.end("v"), 0.75))


def _xml_passwords(text: str, out: list[Hit]) -> None:
    for m in _XML_PASSWORD.finditer(text):
        tag = m.group("tag").rsplit(":", 1)[-1]
        if classify(tag) is not Strength.PASSWORD:
            continue
        v = m.group("v")
        if not _WORD_DIGIT.fullmatch(v) or is_placeholder(v) or UUID.fullmatch(v) or _NAMED_IN_VALUE.search(v):
            continue
        if password_shaped(v) or accept(v, Strength.PASSWORD, quoted=True):
            out.append((m.start("v"), m.end("v"), 0.75))


def _cdn_paths(text: str, out: list[Hit]) -> None:
    for m in _CDN_PATH.finditer(text):
        host = m.group("host").lower()
        segments = m.group("path").split("/")[1:]
        if not segments:
            continue
        if not (_CDN_HOST.search(host) or segments[0].lower() in _CDN_FIRST):
            continue
        pos = m.start("path")
        for seg in segments:
            pos += 1
            if 20 <= len(seg) <= 128 and "." not in seg and not _HEX.fullmatch(seg) and generated(seg):
                out.append((pos, pos + len(seg), 0.7))
            pos += len(seg)


def scan(view: EscapeView) -> list[Hit]:
    """(start, end, score) of each secret a carrier's structure names, in view offsets."""
    text, low = view.text, view.lower
    out: list[Hit] = []
    if "resource" in low or "secret" in low or "ssm" in low:
        _stores(text, out)
    _constructors(text, out)
    if "</" in text and ("pass" in low or "pwd" in low):
        _xml_passwords(text, out)
    if "://" in text:
        _cdn_paths(text, out)
    return out


class SecureCarrierDetector(ViewScanDetector):
    """Secret-store values, UUIDs handed to SDK clients, XML password elements and CDN path keys."""

    name = "secret.code.secure_carrier"
    prefilter: tuple[str, ...] = (
        "resource",
        "secret",
        "ssm",
        "client",
        "api",
        "sdk",
        "service",
        "connector",
        "gateway",
        ".new",
        "pass",
        "pwd",
        "http",  # URLs (a literal holding "/" misses JSON-escaped "https:\\/\\/")
    )

    def find(self, view: EscapeView) -> list[Hit]:
        return scan(view)
