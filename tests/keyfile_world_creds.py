"""Credential files and config directives of the key-file matrix (`keyfile_world`): each builder
writes one file of a documented format around generated values."""

from __future__ import annotations

# ruff: noqa: E501  # one file per builder reads better than wrapped strings
import base64
import json
import string

from keyfile_world_base import ALNUM, Built, Gen


def netrc(g: Gen) -> Built:
    p1, p2 = g.hex(16), g.password()
    text = (
        f"machine api.heroku.com\n  login dev@example.com\n  password {p1}\n"
        f"machine ftp.example.org login backup password {p2}\n"
    )
    return Built("~/.netrc", text, (p1, p2))


def pgpass(g: Gen) -> Built:
    p1, p2 = g.password(), g.password(18)
    return Built("~/.pgpass", f"db.internal:5432:appdb:app:{p1}\n*:*:*:replicator:{p2}\n", (p1, p2))


def htpasswd(g: Gen) -> Built:
    crypt = "./" + string.ascii_letters + string.digits
    apr = (
        "$apr1$"
        + "".join(g.rng.choice(crypt) for _ in range(8))
        + "$"
        + "".join(g.rng.choice(crypt) for _ in range(22))
    )
    bc = "$2y$05$" + "".join(g.rng.choice(crypt) for _ in range(53))
    return Built("/etc/nginx/.htpasswd", f"admin:{apr}\nbob:{bc}\n", (apr, bc))


def shadow(g: Gen) -> Built:
    crypt = "./" + string.ascii_letters + string.digits
    h = "$6$" + "".join(g.rng.choice(crypt) for _ in range(16)) + "$" + "".join(g.rng.choice(crypt) for _ in range(86))
    return Built("/etc/shadow", f"root:*:19700:0:99999:7:::\ndeploy:{h}:19701:0:99999:7:::\n", (h,))


def docker_config(g: Gen) -> Built:
    auth = base64.b64encode(f"ci-bot:{g.password(20)}".encode()).decode()
    doc = {"auths": {"registry.example.com": {"auth": auth}}, "credsStore": "desktop"}
    return Built("~/.docker/config.json", json.dumps(doc, indent=2), (auth,))


def npmrc(g: Gen) -> Built:
    pw = base64.b64encode(g.password().encode()).decode()
    text = (
        "registry=https://npm.example.com/\n//npm.example.com/:username=ci\n"
        f"//npm.example.com/:_password={pw}\n//npm.example.com/:always-auth=true\n"
    )
    return Built("~/.npmrc", text, (pw,))


def maven(g: Gen) -> Built:
    p = g.password()
    text = (
        "<settings>\n  <servers>\n    <server>\n      <id>nexus</id>\n      <username>deployer</username>\n"
        f"      <password>{p}</password>\n    </server>\n  </servers>\n</settings>\n"
    )
    return Built("~/.m2/settings.xml", text, (p,))


def nuget(g: Gen) -> Built:
    p = g.password()
    text = (
        '<configuration>\n  <packageSourceCredentials>\n    <Contoso>\n      <add key="Username" value="ci" />\n'
        f'      <add key="ClearTextPassword" value="{p}" />\n    </Contoso>\n  </packageSourceCredentials>\n</configuration>\n'
    )
    return Built("NuGet.Config", text, (p,))


def composer_auth(g: Gen) -> Built:
    gh = g.hex(20)
    doc = {
        "github-oauth": {"github.com": gh},
        "http-basic": {"repo.example.org": {"username": "u", "password": g.password()}},
    }
    return Built("auth.json", json.dumps(doc, indent=4), (gh, doc["http-basic"]["repo.example.org"]["password"]))


def kubeconfig(g: Gen) -> Built:
    key = base64.b64encode(b"-----BEGIN RSA PRIVATE KEY-----\n" + base64.b64encode(g.raw(120))).decode()
    tok = g.alnum(40)
    text = (
        "apiVersion: v1\nkind: Config\nusers:\n- name: admin\n  user:\n"
        f"    client-key-data: {key}\n- name: ci\n  user:\n    token: {tok}\n"
    )
    return Built("~/.kube/config", text, (key, tok))


def helm_minio(g: Gen) -> Built:
    u, p = g.alnum(20), g.alnum(40)
    text = f"mode: standalone\nrootUser: {u}\nrootPassword: {p}\npersistence:\n  size: 10Gi\n"
    return Built("values.yaml", text, (u, p))


def tf_state(g: Gen) -> Built:
    pw, extra = g.password(24), g.password(16)
    doc = {
        "version": 4,
        "resources": [
            {
                "mode": "managed",
                "type": "random_password",
                "name": "db",
                "instances": [
                    {
                        "schema_version": 3,
                        "attributes": {"id": "none", "length": 24, "result": pw, "special": True},
                        "sensitive_attributes": [],
                    }
                ],
            },
            {
                "mode": "managed",
                "type": "acme_user",
                "name": "svc",
                "instances": [
                    {
                        "attributes": {"name": "svc", "login_secret_value": extra},
                        "sensitive_attributes": [[{"type": "get_attr", "value": "login_secret_value"}]],
                    }
                ],
            },
        ],
    }
    return Built("terraform.tfstate", json.dumps(doc, indent=2), (pw, extra))


def tf_outputs(g: Gen) -> Built:
    v = g.password(20)
    doc = {"version": 4, "outputs": {"db_conn_user_pw": {"value": v, "type": "string", "sensitive": True}}}
    return Built("terraform.tfstate", json.dumps(doc, indent=2), (v,))


def wp_config(g: Gen) -> Built:
    chars = ALNUM + "!@#$%^&*()-_ []{}<>~`+=,.;:/?|"
    vals = ["".join(g.rng.choice(chars) for _ in range(64)) for _ in range(4)]
    names = ("AUTH_KEY", "SECURE_AUTH_SALT", "LOGGED_IN_SALT", "NONCE_SALT")
    text = "<?php\n" + "".join(f"define( '{n}', '{v}' );\n" for n, v in zip(names, vals, strict=True))
    return Built("wp-config.php", text, tuple(vals))


def nextcloud(g: Gen) -> Built:
    salt, sec = g.alnum(30), g.alnum(48)
    text = (
        "<?php\n$CONFIG = array (\n  'instanceid' => 'oc1a2b3c4d5e',\n"
        f"  'passwordsalt' => '{salt}',\n  'secret' => '{sec}',\n  'dbtype' => 'pgsql',\n);\n"
    )
    return Built("config/config.php", text, (salt, sec))


def haproxy(g: Gen) -> Built:
    p1, p2 = g.password(), g.password()
    text = (
        "listen stats\n    bind :8404\n    stats enable\n    stats uri /stats\n"
        f"    stats auth admin:{p1}\n\nuserlist ops\n    user alice insecure-password {p2}\n"
    )
    return Built("/etc/haproxy/haproxy.cfg", text, (p1, p2))


def apache_ldap(g: Gen) -> Built:
    p = g.password()
    text = (
        '<Location "/private">\n    AuthType Basic\n    AuthBasicProvider ldap\n'
        '    AuthLDAPURL "ldap://ldap.example.com/ou=people,dc=example,dc=com?uid"\n'
        f'    AuthLDAPBindDN "cn=httpd,dc=example,dc=com"\n    AuthLDAPBindPassword "{p}"\n'
        "    Require valid-user\n</Location>\n"
    )
    return Built("/etc/apache2/sites-enabled/private.conf", text, (p,))


def redis(g: Gen) -> Built:
    p1, p2 = g.password(24), g.password(24)
    text = f"bind 127.0.0.1\nport 6379\nrequirepass {p1}\nmasterauth {p2}\nappendonly yes\n"
    return Built("/etc/redis/redis.conf", text, (p1, p2))


def sssd(g: Gen) -> Built:
    p1, p2 = g.password(), g.password()
    text = (
        "[domain/example.com]\nid_provider = ldap\nldap_default_bind_dn = cn=sssd,dc=example,dc=com\n"
        f"ldap_default_authtok = {p1}\n"
    )
    nslcd = f"uri ldap://ldap.example.com/\nbinddn cn=nslcd,dc=example,dc=com\nbindpw {p2}\n"
    return Built("/etc/sssd/sssd.conf", text + "\n# /etc/nslcd.conf\n" + nslcd, (p1, p2))


def snmpd(g: Gen) -> Built:
    c, a, p = g.alnum(14), g.password(), g.password()
    text = (
        f"agentAddress udp:161\nrwcommunity {c} 10.0.0.0/8\n"
        f'createUser monitor SHA "{a}" AES "{p}"\nrouser monitor priv\n'
    )
    return Built("/etc/snmp/snmpd.conf", text, (c, a, p))


def cisco(g: Gen) -> Built:
    k, p, c = g.password(), g.password(), g.alnum(12)
    text = (
        f"hostname edge1\nusername netops privilege 15 password 0 {p}\n"
        f"radius-server host 10.0.0.5 key {k}\nsnmp-server community {c} RO\n"
    )
    return Built("", text, (p, k, c))


def ipsec_secrets(g: Gen) -> Built:
    psk, eap = g.password(24), g.password()
    text = f'# /etc/ipsec.secrets\n%any 203.0.113.9 : PSK "{psk}"\ncarol : EAP "{eap}"\n: RSA moonKey.pem\n'
    return Built("/etc/ipsec.secrets", text, (psk, eap))


def freeradius(g: Gen) -> Built:
    s = g.password(20)
    text = f"client office-ap {{\n    ipaddr = 192.0.2.10\n    secret = {s}\n    shortname = ap1\n}}\n"
    return Built("/etc/freeradius/3.0/clients.conf", text, (s,))


def wpa(g: Gen) -> Built:
    p = g.password(16)
    text = f'network={{\n    ssid="HomeNet"\n    key_mgmt=WPA-PSK\n    psk="{p}"\n}}\n'
    return Built("/etc/wpa_supplicant/wpa_supplicant.conf", text, (p,))


def unattend(g: Gen) -> Built:
    p = g.password()
    text = (
        "<UserAccounts>\n  <AdministratorPassword>\n"
        f"    <Value>{p}</Value>\n    <PlainText>true</PlainText>\n  </AdministratorPassword>\n</UserAccounts>\n"
    )
    return Built("unattend.xml", text, (p,))


def filezilla(g: Gen) -> Built:
    p = base64.b64encode(g.password().encode()).decode()
    text = (
        "<Server>\n  <Host>ftp.example.com</Host>\n  <Port>21</Port>\n  <User>upload</User>\n"
        f'  <Pass encoding="base64">{p}</Pass>\n</Server>\n'
    )
    return Built("~/.config/filezilla/sitemanager.xml", text, (p,))


def svn_simple(g: Gen) -> Built:
    p = g.password()
    text = f"K 8\npasshtype\nV 6\nsimple\nK 8\npassword\nV {len(p)}\n{p}\nK 15\nsvn:realmstring\nV 32\n<https://svn.example.com:443> SVN\nK 8\nusername\nV 5\nalice\nEND\n"
    return Built("~/.subversion/auth/svn.simple/4f3c", text, (p,))


def pgbouncer_userlist(g: Gen) -> Built:
    p = g.password()
    return Built("/etc/pgbouncer/userlist.txt", f'"app" "{p}"\n"stats" "md5{g.hex(16)}"\n', (p,))


def sasl_passwd(g: Gen) -> Built:
    p = g.password()
    return Built("/etc/postfix/sasl_passwd", f"[smtp.example.com]:587 relay@example.com:{p}\n", (p,))


def dovecot(g: Gen) -> Built:
    p = g.password()
    return Built("/etc/dovecot/users", f"alice:{{PLAIN}}{p}:1001:1001::/home/alice\n", (p,))


def rabbitmq(g: Gen) -> Built:
    p = g.password()
    return Built(
        "/etc/rabbitmq/rabbitmq.conf", f"default_user = admin\ndefault_pass = {p}\nlisteners.tcp.default = 5672\n", (p,)
    )


def recovery_conf(g: Gen) -> Built:
    p = g.password()
    text = f"primary_conninfo = 'host=10.0.0.1 port=5432 user=replicator password={p} application_name=s1'\n"
    return Built("postgresql.auto.conf", text, (p,))


def otpauth(g: Gen) -> Built:
    seed = base64.b32encode(g.raw(20)).decode().rstrip("=")
    uri = f"otpauth://totp/Example:alice@example.com?secret={seed}&issuer=Example&algorithm=SHA1&digits=6"
    return Built("", f"qrencode -o mfa.png '{uri}'\n", (seed,))


def otp_seed(g: Gen) -> Built:
    seed = base64.b32encode(g.raw(20)).decode().rstrip("=")
    return Built("config/ops.ini", f"[breakglass]\nuser = root-bg\ntotp_secret = {seed}\n", (seed,))


def jenkins_groovy(g: Gen) -> Built:
    p = g.password()
    text = (
        "import com.cloudbees.plugins.credentials.impl.*\n"
        f"def c = new UsernamePasswordCredentialsImpl(CredentialsScope.GLOBAL, 'deploy', 'Deploy', 'svc', '{p}')\n"
        "SystemCredentialsProvider.getInstance().getStore().addCredentials(Domain.global(), c)\n"
    )
    return Built("init.groovy.d/creds.groovy", text, (p,))


def echo_to_secret_file(g: Gen) -> Built:
    p = g.password()
    return Built("", f"echo '{p}' > /run/secrets/db_password\ndocker compose up -d\n", (p,))


def heredoc_key_file(g: Gen) -> Built:
    k = g.alnum(40)
    return Built("", f"cat > /etc/app/api.token <<'EOF'\n{k}\nEOF\nchmod 600 /etc/app/api.token\n", (k,))


def tf_random_attributes(g: Gen) -> Built:
    pw = g.password(20)
    doc = {"id": "none", "keepers": None, "length": 20, "min_numeric": 2, "override_special": "_%@", "result": pw}
    text = "$ terraform state pull | jq '.resources[0].instances[0].attributes'\n" + json.dumps(doc, indent=2)
    return Built("", text, (pw,))


def tf_access_key(g: Gen) -> Built:
    kid, sec = "AKIA" + g.alnum(16).upper(), g.b64(30)
    doc = {
        "resources": [
            {
                "mode": "managed",
                "type": "aws_iam_access_key",
                "name": "ci",
                "instances": [{"attributes": {"id": kid, "user": "ci", "secret": sec, "status": "Active"}}],
            }
        ]
    }
    return Built("terraform.tfstate", json.dumps(doc, indent=2), (kid, sec))
