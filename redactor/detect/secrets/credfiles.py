"""Credential files and config directives whose syntax, not a secret-ish key name, says "password".

Generic detection (generic.py) reads ``KEY=value`` where the key names a secret. These formats
carry a credential under a word no key classifier would call secret, or in a layout of their own;
each follows its tool's documentation:

- server directives: HAProxy ``stats auth user:pass`` and ``insecure-password``, Apache
  ``AuthLDAPBindPassword``, SSSD ``ldap_default_authtok``, nslcd/pam_ldap/slapd ``bindpw``/``rootpw``,
  Redis ACL ``user ... >pass``, net-snmp ``rwcommunity``/``rocommunity``/``com2sec``/``createUser``,
  Cisco IOS ``username ... password``/``enable secret``/``radius-server key``/``snmp-server
  community``/``crypto isakmp key``, strongSwan/Libreswan ``ipsec.secrets`` (``: PSK "..."``);
- credential files: ``user:hash`` lines of htpasswd, shadow and Dovecot passwd-files (crypt and
  ``{SCHEME}`` hashes, ``{PLAIN}`` passwords), Subversion ``svn.simple`` records, ``.pgpass`` lines,
  Postfix ``sasl_passwd``, PgBouncer ``userlist.txt`` (``"user" "password"``), Windows
  ``unattend.xml`` ``<Value>``, FileZilla ``<Pass>``, NuGet
  ``ClearTextPassword``;
- application secrets: WordPress ``AUTH_KEY``...``NONCE_SALT``, the salts that are documented as
  secrets (Nextcloud/ownCloud ``passwordsalt``, Drupal ``hash_salt``, Flask-Security
  ``SECURITY_PASSWORD_SALT``), MinIO ``rootUser`` next to its ``rootPassword``;
- Jenkins: ``UsernamePasswordCredentialsImpl(scope, id, description, user, password)`` and
  ``Secret.fromString("...")`` in Groovy (credentials.xml's ``{AQAAAB...}`` is `keyfiles`');
- Terraform state: ``random_password``/``random_bytes`` results (also an attributes object of
  the ``random_*`` schema on its own), ``*_access_key`` resource ids, outputs marked ``sensitive``
  (`TerraformSensitiveDetector` adds the attributes listed in ``sensitive_attributes``).

Values go through the same checks as generic ones (`values.accept`, placeholders), plus the
example values the formats' documentation ships (`keyfiles.DOCUMENTED_EXAMPLES`).
"""

from __future__ import annotations

import re

from redactor.detect.secrets.entropy import shannon
from redactor.detect.secrets.keyfiles import DOCUMENTED_EXAMPLES, LOG_PREFIX
from redactor.detect.secrets.keys import Strength
from redactor.detect.secrets.placeholders import is_placeholder
from redactor.detect.secrets.spec import ENTITY, SecretFormat, Validator
from redactor.detect.secrets.values import accept
from redactor.detect.secrets.viewscan import SecretViewDetector
from redactor.detect.span import Span

_INDIRECT = ("exec:", "env:", "file:", "vault:", "secret:", "%{", "%[")
"""Values that name where the password comes from (Apache ``exec:/bin/getpw``, ``env:VAR``,
HAProxy ``%[env(X)]``)."""


_FIELD_NAMES = frozenset({"pass", "pw", "pwd", "user", "username", "login", "secret", "key", "psk"})
"""Words that name the field in a syntax summary (``stats auth user:pass``), not a value."""


def password(value: str) -> bool:
    """A plausible password: generic acceptance for a ``password`` key, not a documented example."""
    if value in DOCUMENTED_EXAMPLES or value.lower() in _FIELD_NAMES or value.startswith(_INDIRECT):
        return False
    return accept(value, Strength.PASSWORD, quoted=True)


def token(value: str) -> bool:
    """A plausible generated credential (generic acceptance for a ``secret``/``token`` key)."""
    return value not in DOCUMENTED_EXAMPLES and accept(value, Strength.STRONG, quoted=True)


def wp_salt(value: str) -> bool:
    """A WordPress key or salt: 32+ characters of the generator's mixed printable set."""
    return len(value) >= 32 and shannon(value) >= 4.0 and not is_placeholder(value)


def salt(value: str) -> bool:
    """A generated salt or key: 16+ characters, generic acceptance for a strong key."""
    return len(value) >= 16 and token(value)


def directive(name: str, prefix: str, keywords: tuple[str, ...], *, check: Validator = password) -> SecretFormat:
    """A config line ``<prefix> <value>``: the value, quoted (to its closing quote) or bare (to the
    next space or ``;``), is group ``v``."""
    pattern = prefix + r"""["']?(?P<v>(?<=["'])[^"'\n]{1,200}(?=["'])|(?<!["'])[^\s"'`#;][^\s;`]{0,199})"""
    return SecretFormat(name, pattern, keywords, score=0.85, validator=check, provider=name.split(".")[1])


_LINE_START = r"""(?:(?m:^)""" + LOG_PREFIX + r"""?|(?<=["']))"""
"""A line's start, or the start of a quoted string (a file's first line as a JSON ``content`` value)."""
_LINE_END = r"""(?=[ \t]*(?:\r?\n|["']|$))"""
"""A line's end, or the closing quote of a JSON string holding the file."""

_ACL_RULES = (
    r"(?:(?:on|off|nopass|resetpass|reset|allkeys|allcommands|allchannels|resetkeys|resetchannels"
    r"|clearselectors|[~%&+\-]\S*|<\S+|#\S+|\([^)\n]*\))[ \t]+)*"
)
"""Redis ACL rules that may stand between a user's name and its ``>password`` (``on``, ``~*``,
``+@all``, ``-DEBUG``, ``&chan``, ``#hash``, ``(selector)``): any other word is not an ACL line."""

_LP = "(?:" + LOG_PREFIX + ")?"
"""An optional log prefix at the start of a continuation line."""
_WS = r"(?:\s|" + LOG_PREFIX + ")*"
"""White space between the parts of a multi-line pattern, log prefixes of its lines included."""
_HCL_VARIABLE = r'\bvariable[ \t]+"[A-Za-z0-9_\-]*?'
_HCL_DEFAULT = (
    r'(?:[_\-]?(?:key|value|string|b64|base64))?"[ \t]*\{[^{}]{0,600}?'
    r'\bdefault[ \t]*=[ \t]*"(?P<v>[^"\\\n]{4,400})"'
)
"""An HCL ``variable "<name>" { ... default = "<value>" }`` block whose name ends in a credential
word (``variable "shipmondo_secret"``, ``"db_password"``, ``"secret_key"``; not ``secret_arn``,
``token_ttl``, ``access_key_id``): the default, before any nested block, is the value."""

_RANDOM_SCHEMA = ("min_numeric", "min_special", "override_special", "min_upper", "min_lower")
"""Attributes of Terraform's ``random_password``/``random_string`` schema: their ``result`` is the
generated password, also when a filter (``jq .attributes``) dropped the resource type."""

_WP_WORDS = ("auth_key", "auth_salt", "logged_in_", "nonce_")

_CRYPT = (
    r"(?:\$(?:1|2[abxy]|5|6|7|y|gy|apr1|md5|sha1|argon2(?:id|i|d)|scrypt|pbkdf2(?:-sha\d+)?)\$[A-Za-z0-9./+=$,\-]{16,}"
    r"|\{(?:SSHA|SSHA256|SSHA512|SHA|SHA256|SHA512|SMD5|MD5|CRYPT|BLF-CRYPT|SHA256-CRYPT|SHA512-CRYPT|ARGON2I|ARGON2ID"
    r"|PBKDF2|PLAIN|CLEAR|CLEARTEXT|PLAIN-TRUNC)\}[^\s:]{4,})"
)
"""A password hash in crypt(3) form (``$6$salt$hash``, ``$apr1$``, ``$2y$``) or a scheme-tagged
password (``{SSHA}...``, Dovecot's ``{PLAIN}pass``)."""


FORMATS: tuple[SecretFormat, ...] = (
    # --- server directives ---------------------------------------------------------------------
    directive("cred.haproxy_stats_auth", r"(?i:\bstats[ \t]+auth)[ \t]+[^\s:]{1,64}:", ("stats",)),
    directive("cred.haproxy_insecure_password", r"\binsecure-password[ \t]+", ("insecure-password",)),
    directive("cred.apache_ldap_bind", r"(?i:\bAuthLDAPBindPassword)[ \t]+", ("authldapbindpassword",)),
    directive("cred.sssd_authtok", r"\bldap_(?:default_)?authtok[ \t]*=[ \t]*", ("authtok",)),
    directive(
        "cred.ldap_bindpw",
        r"(?i:(?m:^)" + LOG_PREFIX + r"?[ \t]*(?:bindpw|rootpw|rootbindpw))[ \t]+",
        ("bindpw", "rootpw"),
    ),
    directive(
        "cred.redis_acl",
        r"(?:(?i:\bACL[ \t]+SETUSER)|(?m:^)" + LOG_PREFIX + r"?[ \t]*user)[ \t]+\S+[ \t]+" + _ACL_RULES + ">",
        ("setuser", "on >", "+@", "allkeys", "allcommands", "resetpass"),
    ),
    directive(
        "cred.snmp_community", r"(?i:(?m:^)" + LOG_PREFIX + r"?[ \t]*(?:rw|ro)community6?)[ \t]+", ("community",)
    ),
    directive(
        "cred.snmp_com2sec",
        r"(?i:(?m:^)" + LOG_PREFIX + r"?[ \t]*com2sec6?)(?:[ \t]+-Cn[ \t]+\S+)?[ \t]+\S+[ \t]+\S+[ \t]+",
        ("com2sec",),
    ),
    directive(
        "cred.snmp_usm_auth",
        r"(?:(?m:^)"
        + LOG_PREFIX
        + r"?[ \t]*createUser)[ \t]+(?:-e[ \t]+\S+[ \t]+)?\S+[ \t]+(?:MD5|SHA(?:-?\d+)?)[ \t]+",
        ("createuser",),
    ),
    directive(
        "cred.snmp_usm_priv",
        r"(?:(?m:^)"
        + LOG_PREFIX
        + r"?[ \t]*createUser)[ \t]+(?:-e[ \t]+\S+[ \t]+)?\S+[ \t]+(?:MD5|SHA(?:-?\d+)?)[ \t]+(?:\"[^\"\n]*\"|\S+)"
        r"[ \t]+(?:DES|AES(?:-?\d+)?)[ \t]+",
        ("createuser",),
    ),
    directive(
        "cred.cisco_user",
        r"(?:(?m:^)" + LOG_PREFIX + r"?[ \t]*username[ \t]+(?!(?:and|or|the|to|of|with|for|is|in)\b)\S+[ \t]+"
        r"(?:privilege[ \t]+\d+[ \t]+)?(?:password|secret)[ \t]+(?:[0-9][ \t]+)?)",
        ("username",),
    ),
    directive(
        "cred.cisco_enable",
        r"(?:(?m:^)"
        + LOG_PREFIX
        + r"?[ \t]*enable[ \t]+(?:password|secret)[ \t]+(?:level[ \t]+\d+[ \t]+)?(?:[0-9][ \t]+)?)",
        ("enable",),
    ),
    directive(
        "cred.cisco_server_key",
        r"(?:(?m:^)"
        + LOG_PREFIX
        + r"?[ \t]*(?:radius|tacacs)-server[ \t]+(?:host[ \t]+\S+[ \t]+(?:[\w-]+[ \t]+\d+[ \t]+)*)?"
        r"key[ \t]+(?:[07][ \t]+)?)",
        ("radius-server", "tacacs-server"),
    ),
    directive(
        "cred.cisco_snmp_community",
        r"(?:(?m:^)" + LOG_PREFIX + r"?[ \t]*snmp-server[ \t]+community)[ \t]+",
        ("snmp-server",),
    ),
    directive("cred.cisco_isakmp_key", r"\bcrypto[ \t]+isakmp[ \t]+key[ \t]+(?:[06][ \t]+)?", ("isakmp",)),
    directive(
        "cred.ipsec_secret", r"(?<![\w-]):[ \t]*(?:PSK|EAP|XAUTH|NTLM|PIN)[ \t]+", ("psk", "eap", "xauth", "ntlm")
    ),
    # --- credential files ----------------------------------------------------------------------
    SecretFormat(
        "cred.hash_line",
        rf"{_LINE_START}[ \t]*[\w.@+\-]{{1,64}}:(?P<v>{_CRYPT})(?=:|{_LINE_END})",
        (
            "$apr1$",
            "$2y$",
            "$2b$",
            "$2a$",
            "$6$",
            "$5$",
            "$1$",
            "$y$",
            "{sha",
            "{ssha",
            "$argon2",
            "{plain",
            "{clear",
            "crypt}",
            "{md5}",
            "{smd5}",
        ),
        score=0.85,
        provider="crypt",
    ),
    SecretFormat(
        "cred.svn_simple",
        r"(?m:^)" + _LP + r"K 8\n" + _LP + r"password\n" + _LP + r"V \d+\n" + _LP + r"(?P<v>[^\n]{1,200})",
        ("k 8",),
        score=0.9,
        provider="subversion",
    ),
    SecretFormat(
        "cred.pgpass",
        _LINE_START
        + r"[^\s:#\"'][^\s:]{0,252}:(?:\d{1,5}|\*):[^\s:]{1,63}:[^\s:]{1,63}:(?P<v>(?:[^\s:\\]|\\.){1,200})"
        + _LINE_END,
        ("pgpass",),
        score=0.85,
        validator=password,
        provider="postgres",
    ),
    SecretFormat(
        "cred.pgbouncer_userlist",
        _LINE_START + r'[ \t]*"[^"\s]{1,64}"[ \t]+"(?P<v>[^"\n]{1,300})"' + _LINE_END,
        ("userlist", "pgbouncer", "auth_file"),
        score=0.85,
        validator=password,
        provider="pgbouncer",
    ),
    SecretFormat(
        "cred.postfix_sasl_passwd",
        _LINE_START
        + r"\[?(?:[A-Za-z0-9\-]{1,63}\.){1,8}[A-Za-z]{2,63}\]?(?::\d{1,5})?[ \t]+[^\s:]{1,128}:(?P<v>[^\s:]\S{0,199}?)"
        + _LINE_END,
        ("sasl",),
        score=0.85,
        validator=password,
        provider="postfix",
    ),
    SecretFormat(
        "cred.unattend_value",
        r"<(?:AdministratorPassword|Password|DomainPassword)>" + _WS + r"<Value>(?P<v>[^<\n]{1,400})</Value>",
        ("administratorpassword", "autologon", "plaintext", "useraccounts", "localaccount"),
        score=0.9,
        validator=password,
        provider="windows",
    ),
    SecretFormat(
        "cred.filezilla_pass",
        r"<Pass(?:[ \t]+encoding=\"base64\")?>(?P<v>[^<\n]{1,400})</Pass>",
        ("pass",),
        score=0.9,
        validator=password,
        provider="filezilla",
    ),
    SecretFormat(
        "cred.nuget_password",
        r"""\bkey=["'](?:ClearTextPassword|Password)["'][ \t]+value=["'](?P<v>[^"'\n]{1,400})["']""",
        ("cleartextpassword", "packagesourcecredentials"),
        score=0.9,
        validator=password,
        provider="nuget",
    ),
    # --- application secrets -------------------------------------------------------------------
    SecretFormat(
        "cred.wordpress_define",
        r"""\bdefine[ \t]*\([ \t]*["'](?:AUTH|SECURE_AUTH|LOGGED_IN|NONCE)_(?:KEY|SALT)["'][ \t]*,[ \t]*"""
        r"""(?P<q>["'])(?P<v>(?:(?!(?P=q))[^\n]){16,200})(?P=q)""",
        _WP_WORDS,
        score=0.9,
        validator=wp_salt,
        provider="wordpress",
    ),
    SecretFormat(
        "cred.wordpress_env",
        r"""\b(?:WORDPRESS_|WP_)?(?:AUTH|SECURE_AUTH|LOGGED_IN|NONCE)_(?:KEY|SALT)["']?[ \t]*[=:][ \t]*["']?"""
        r"""(?P<v>[^\s"']{16,200})""",
        _WP_WORDS,
        score=0.85,
        validator=salt,
        provider="wordpress",
    ),
    SecretFormat(
        "cred.secret_salt",
        r"""(?i:passwordsalt|hash_salt|SECURITY_PASSWORD_SALT|secret_salt)["'\]]*[ \t]*(?:=>|=|:)[ \t]*["']?"""
        r"""(?P<v>[^\s"',;]{16,200})""",
        ("passwordsalt", "hash_salt", "password_salt", "secret_salt"),
        score=0.85,
        validator=salt,
        provider="appsalt",
    ),
    SecretFormat(
        "cred.minio_root_user",
        r"""(?:rootUser|MINIO_ROOT_USER|MINIO_ACCESS_KEY)["']?[ \t]*[=:][ \t]*["']?"""
        r"""(?P<v>[^\s"'#]{8,128})["']?[ \t]*\n"""
        r"""[ \t]*"""
        + LOG_PREFIX
        + r"""?[ \t]*(?:export[ \t]+)?["']?(?:rootPassword|MINIO_ROOT_PASSWORD|MINIO_SECRET_KEY)""",
        ("rootuser", "minio_root_user", "minio_access_key"),
        score=0.8,
        validator=token,
        provider="minio",
    ),
    SecretFormat(
        "cred.jenkins_credentials_impl",
        r"""\bUsernamePasswordCredentialsImpl[ \t]*\((?:[ \t\n]*(?:["'][^"'\n]*["']|[\w.]+)[ \t]*,){4}[ \t\n]*"""
        r"""["'](?P<v>[^"'\n]{1,200})["'][ \t\n]*\)""",
        ("usernamepasswordcredentialsimpl",),
        score=0.9,
        validator=password,
        provider="jenkins",
    ),
    SecretFormat(
        "cred.jenkins_secret_from_string",
        r"""\bSecret\.fromString[ \t]*\([ \t]*["'](?P<v>[^"'\n]{1,400})["'][ \t]*\)""",
        ("secret.fromstring",),
        score=0.9,
        validator=password,
        provider="jenkins",
    ),
    # --- Terraform state ----------------------------------------------------------------------
    SecretFormat(
        "cred.terraform_random_password",
        r"""\"type\":[ \t]*\"random_(?:password|bytes)\"(?:(?!\"type\":)[\s\S]){0,4000}?"""
        r"""\"(?:result|bcrypt_hash|base64|hex)\":[ \t]*\"(?P<v>(?:[^\"\\\n]|\\.){4,2000})\"""",
        ("random_password", "random_bytes"),
        score=0.95,
        provider="terraform",
    ),
    SecretFormat(
        "cred.terraform_random_result_before",
        r"""\"result\":[ \t]*\"(?P<v>(?:[^\"\\\n]|\\.){4,400})\""""
        r"""(?=[^{}]{0,800}?\"(?:min_numeric|min_special|override_special|min_upper|min_lower)\":)""",
        _RANDOM_SCHEMA,
        score=0.9,
        validator=password,
        provider="terraform",
    ),
    SecretFormat(
        "cred.terraform_random_result_after",
        r"""\"(?:min_numeric|min_special|override_special|min_upper|min_lower)\":[^{}]{0,800}?"""
        r"""\"result\":[ \t]*\"(?P<v>(?:[^\"\\\n]|\\.){4,400})\"""",
        _RANDOM_SCHEMA,
        score=0.9,
        validator=password,
        provider="terraform",
    ),
    SecretFormat(
        "cred.terraform_access_key_id",
        r"""\"type\":[ \t]*\"[a-z0-9]+_(?:iam_|ram_|cam_)?access_key\"(?:(?!\"type\":)[\s\S]){0,4000}?"""
        r"""\"id\":[ \t]*\"(?P<v>[A-Za-z0-9+/=_\-]{16,128})\"""",
        ("access_key",),
        score=0.85,
        validator=token,
        provider="terraform",
    ),
    # --- Terraform / HCL variables: the variable's name is the key --------------------------
    SecretFormat(
        "cred.hcl_variable_default_key",
        _HCL_VARIABLE + r"(?:secret|token|api_?key|apikey|access_key|auth_key|private_key|credential)" + _HCL_DEFAULT,
        ("variable",),
        score=0.85,
        validator=token,
        provider="terraform",
    ),
    SecretFormat(
        "cred.hcl_variable_default_password",
        _HCL_VARIABLE + r"(?:password|passwd|passphrase|pwd)" + _HCL_DEFAULT,
        ("variable",),
        score=0.85,
        validator=password,
        provider="terraform",
    ),
    SecretFormat(
        "cred.terraform_sensitive_output",
        r"""\"value\":[ \t]*\"(?P<v>(?:[^\"\\\n]|\\.){1,2000})\","""
        + _WS
        + r"""\"type\":[ \t]*\"string\","""
        + _WS
        + r"""\"sensitive\":[ \t]*true""",
        ("sensitive",),
        score=0.9,
        provider="terraform",
    ),
    SecretFormat(
        "cred.terraform_sensitive_output_json",
        r"""\"sensitive\":[ \t]*true,"""
        + _WS
        + r"""\"type\":[ \t]*\"string\","""
        + _WS
        + r"""\"value\":[ \t]*\"(?P<v>(?:[^\"\\\n]|\\.){1,2000})\"""",
        ("sensitive",),
        score=0.9,
        provider="terraform",
    ),
)
"""Directive and file formats, declarative."""


_SENSITIVE_ATTRS = re.compile(r"\"sensitive_attributes\":[ \t]*\[")
_GET_ATTR = re.compile(r"\"type\":[ \t]*\"get_attr\",[ \t\n]*\"value\":[ \t]*\"(?P<name>[A-Za-z0-9_]{1,100})\"")
_ATTRS = '"attributes":'
_COMPOSER = re.compile(r"\"(?:github-oauth|gitlab-oauth|gitlab-token|bearer)\":[ \t]*\{")
_HOST_VALUE = re.compile(
    r"\"(?P<host>[A-Za-z0-9.\-]{1,253}\.[A-Za-z]{2,63}(?::\d{1,5})?)\":[ \t]*\"(?P<v>[^\"\\\n]{8,400})\""
)


def _close(text: str, pos: int, open_: str, close: str) -> int:
    """The index just past the bracket that closes the one opened before `pos` (or the text's end)."""
    depth = 1
    i = pos
    n = len(text)
    while i < n and depth:
        c = text[i]
        if c == '"':
            j = text.find('"', i + 1)
            while j > 0 and text[j - 1] == "\\":
                j = text.find('"', j + 1)
            i = n if j < 0 else j
        elif c == open_:
            depth += 1
        elif c == close:
            depth -= 1
        i += 1
    return i


class StateFileDetector(SecretViewDetector):
    """Terraform state attributes its ``sensitive_attributes`` list names, and Composer
    ``auth.json`` tokens keyed by host (``"github-oauth": {"github.com": "<token>"}``).

    In a state file each resource instance holds ``"attributes": {...}`` and then
    ``"sensitive_attributes": [[{"type": "get_attr", "value": "<name>"}], ...]``: the string value
    of each named attribute in that instance is a secret, whatever its name.
    """

    name = "secret.cred.state_files"
    prefilter: tuple[str, ...] = ("sensitive_attributes", "github-oauth", "gitlab-oauth", "gitlab-token", "bearer")

    def detect(self, text: str) -> list[Span]:
        view = self._views.get(text)
        t = view.text
        found: list[tuple[int, int]] = []
        if "sensitive_attributes" in view.lower:
            self._terraform(t, found)
        if '"bearer"' in t or '-oauth"' in t or 'gitlab-token"' in t:
            for m in _COMPOSER.finditer(t):
                end = _close(t, m.end(), "{", "}")
                for hv in _HOST_VALUE.finditer(t, m.end(), end):
                    if token(hv.group("v")):
                        found.append(hv.span("v"))
        return [Span(ENTITY, *view.to_raw(s, e), 0.9, self.name) for s, e in found]

    @staticmethod
    def _terraform(t: str, found: list[tuple[int, int]]) -> None:
        for m in _SENSITIVE_ATTRS.finditer(t):
            end = _close(t, m.end(), "[", "]")
            names = {g.group("name") for g in _GET_ATTR.finditer(t, m.end(), end)}
            if not names:
                continue
            start = t.rfind(_ATTRS, max(0, m.start() - 20000), m.start())
            if start < 0:
                continue
            alt = "|".join(re.escape(n) for n in sorted(names))
            value = re.compile(rf"\"(?:{alt})\":[ \t]*\"(?P<v>(?:[^\"\\\n]|\\.){{1,4000}})\"")
            for v in value.finditer(t, start, m.start()):
                if v.group("v") not in ("", "null"):
                    found.append(v.span("v"))
