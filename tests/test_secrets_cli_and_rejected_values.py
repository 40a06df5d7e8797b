"""Password flags of more CLI tools, ``pass_phrase``-style keys, and values that stand for a
secret without being one (ciphertext, a file that holds it, a declared client-side key)."""

from __future__ import annotations

import pytest

from redactor.detect.secrets import secret_detectors

DETECTORS = secret_detectors()


def spans(text: str) -> set[str]:
    """Every masked substring of `text`."""
    return {text[s.start : s.end] for d in DETECTORS for s in d.detect(text)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("mosquitto_pub -h 10.0.0.2 -u sensors -P 'Ember482?ko' -t a/b -m on", "Ember482?ko"),
        ("mosquitto_sub -h broker -p 1883 -u iot --pw Hx7!kq29 -t '#'", "Hx7!kq29"),
        ("smbclient //fs1/share -U 'CORP\\jdoe%Maple77#rt' -c 'ls'", "Maple77#rt"),
        ("smbclient //fs1/share -U jdoe%Maple77#rt", "Maple77#rt"),
        ("npx ovsx publish ext.vsix -p 3f2a9c1e-7b4d-4e8a-9c2f-1d6e5a7b8c9d", "3f2a9c1e-7b4d-4e8a-9c2f-1d6e5a7b8c9d"),
        ("vsce publish --pat k7Yq2Lm9Xw4Rt8Zp1Nb6Vc3Hs5Jd0Gf", "k7Yq2Lm9Xw4Rt8Zp1Nb6Vc3Hs5Jd0Gf"),
        ("ipmitool -I lanplus -H 10.0.0.5 -U ADMIN -P Qw3rty!77 chassis status", "Qw3rty!77"),
        ("xfreerdp /v:win01 /u:admin /p:Zx81!pass /cert:ignore", "Zx81!pass"),
        ("nmcli dev wifi connect HomeNet password Sunset2024!x", "Sunset2024!x"),
        ("snmpwalk -v3 -u mon -a SHA -A Auth7pass! -x AES -X Priv8pass! 10.0.0.1", "Priv8pass!"),
        ("rdesktop -u admin -p Kx72mm!a host01", "Kx72mm!a"),
        ("wpa_passphrase HomeNet 'Tangerine!42x'", "Tangerine!42x"),
        ("sqlplus -s system/Or4cle!x@//db01:1521/XEPDB1 @run.sql", "Or4cle!x"),
        ("expdp hr/Hr2024pw@pdb1 directory=dp schemas=hr", "Hr2024pw"),
        ("lftp -u deploy,Hq82!mzx sftp://files.example.net", "Hq82!mzx"),
        ("openssl enc -aes-256-cbc -in a -out b -k Wz81!qpLm", "Wz81!qpLm"),
        ("unrar x -pWz81!qpLm archive.rar", "Wz81!qpLm"),
        ("cqlsh 10.0.0.4 -u cassandra -p Wz81!qpLm", "Wz81!qpLm"),
        (
            "mc alias set s3 https://minio.example.net AKQW82LMZX Wz81qpLm92Kd7Rt3Vb5Hn1Jc4Xe6Fy",
            "Wz81qpLm92Kd7Rt3Vb5Hn1Jc4Xe6Fy",
        ),
        ("ssh-keygen -p -P 'Old1pass!' -N 'New2pass!' -f key", "New2pass!"),
        ("ssh-keygen -p -P 'Old1pass!' -N 'New2pass!' -f key", "Old1pass!"),
        ('expect -c \'spawn ssh admin@h; expect "password:"; send "Wz81!qpLm\\r"; interact\'', "Wz81!qpLm"),
        ('{"cmd": "expect -c \'expect \\"Password:\\"\\nsend \\"Wz81!qpLm\\\\r\\"\'"}', "Wz81!qpLm"),
        (
            "Set-ADAccountPassword jdoe -NewPassword (ConvertTo-SecureString -AsPlainText 'Wz81!qpLm' -Force)",
            "Wz81!qpLm",
        ),
        ("echo -n 'Wz81!qpLm' | openssl passwd -6 -stdin", "Wz81!qpLm"),
        ("echo 'Wz81!qpLm' | kinit admin@EXAMPLE.NET", "Wz81!qpLm"),
        (
            "npm config set //registry.example.net/:_authToken Zq8Lw2Xp4Rk7Vn3JtYb6Hc9Md1Fs5Gk0",
            "Zq8Lw2Xp4Rk7Vn3JtYb6Hc9Md1Fs5Gk0",
        ),
        ("yarn config set npmAuthToken Tq8vLm2Xw9Rk4Zp7Nb1Vc6Hd3Js5Gf0", "Tq8vLm2Xw9Rk4Zp7Nb1Vc6Hd3Js5Gf0"),
        ("poetry config http-basic.acme deploy Hq82!mzxLq", "Hq82!mzxLq"),
        ("composer config --global http-basic.repo.example.net user Kx82!mqZ", "Kx82!mqZ"),
        ("bundle config set --global gems.example.net user:Wz81qpLm92", "Wz81qpLm92"),
        ("keyring set acme me <<< 'Wz81!qpLm'", "Wz81!qpLm"),
        (
            "curl 'https://acme-fn.azurewebsites.net/api/orders?clientId=web&code=Xk29LmQp7Rt3Vb5Hn1Jc4Xe6FyQa8Us0Ti2Wd5Bf-Q=='",
            "Xk29LmQp7Rt3Vb5Hn1Jc4Xe6FyQa8Us0Ti2Wd5Bf-Q==",
        ),
        ("acme login --auth 3f2a9c1e-7b4d-4e8a-9c2f-1d6e5a7b8c9d", "3f2a9c1e-7b4d-4e8a-9c2f-1d6e5a7b8c9d"),
        ("acme upload --license 4b1c2d3e-5f6a-4b7c-8d9e-0f1a2b3c4d5e", "4b1c2d3e-5f6a-4b7c-8d9e-0f1a2b3c4d5e"),
        ("[acme]\nlicense = 3f2a9c1e-7b4d-4e8a-9c2f-1d6e5a7b8c9d", "3f2a9c1e-7b4d-4e8a-9c2f-1d6e5a7b8c9d"),
        ("ACME_LICENSE=9f2c7e1a4b8d3f6e0a5c9b2d7e4f1a8c", "9f2c7e1a4b8d3f6e0a5c9b2d7e4f1a8c"),
        ("[DEFAULT]\npass_phrase=qLY2-ga74lLB\n", "qLY2-ga74lLB"),
        ("DB_PASS_WORD: 'Rv8#mq2Lz'", "Rv8#mq2Lz"),
        ("senha: Cx91!vb7", "Cx91!vb7"),
        ("keytool.storepass=Kx82!mqZ", "Kx82!mqZ"),
        ("ROOTPW='Sl4pd!Root22'", "Sl4pd!Root22"),
        ("adminpass: Hq82!mzx", "Hq82!mzx"),
        ('TELEGRAM_API_HASH="7d4f9c1e2b8a6f3d5c0e9b7a1f2d4c6e"', "7d4f9c1e2b8a6f3d5c0e9b7a1f2d4c6e"),
        (
            "client = TelegramClient('s', api_id=2040123, api_hash='0c9e8d7f6a5b4c3d2e1f0a9b8c7d6e5f')",
            "0c9e8d7f6a5b4c3d2e1f0a9b8c7d6e5f",
        ),
        ("  static const serverKey = 'Mid-server-Qz8Lw2Xp4Rk7Vn3Jt';", "Mid-server-Qz8Lw2Xp4Rk7Vn3Jt"),
    ],
)
def test_masked(text: str, value: str) -> None:
    assert value in spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "mosquitto_pub -h localhost -p 1883 -t sensors/x -m hello",  # -p is the port
        "ipmitool -I lanplus -H 10.0.0.5 -p 623 -U ADMIN -E chassis status",  # -E reads IPMI_PASSWORD
        "snmpwalk -v3 -u mon -a SHA -x AES 10.0.0.1",  # protocols, no pass phrases
        "xfreerdp /v:win01 /u:admin /port:3390",
        "npx ovsx publish ext.vsix -p $OVSX_PAT",
        "smbclient //fs1/share -U jdoe -c 'ls'",
        "sqlplus / as sysdba",
        "sqlplus scott@orcl @report.sql",
        "lftp -u deploy sftp://files.example.net",
        "cqlsh 10.0.0.4 9042",
        "ssh-keygen -t ed25519 -N '' -f ~/.ssh/id_deploy",
        "unrar x -p- archive.rar",
        'expect "Username:"; send "admin\\r"',
        "openssl enc -d -aes-256-cbc -in a -out b -kfile key.txt",
        "   1\tdb_password: ENC[AES256_GCM,data:xooUFKCXczoa6ApHSlf9jmElVlgHWSN9,"
        "iv:STNnFzWv5CZWhfpUg4gb9VXigaxJfJlp8Ok267KwPeE=,tag:SvpnO7WPqlfSYtnVYnZgKg==,type:str]",
        "vault_db_password: $ANSIBLE_VAULT;1.1;AES256",
        "secretGenerator:\n  - name: db\n    files:\n      - password=secrets/db_password.txt\n",
        "DB_PASSWORD_FILE=/run/secrets/db_password\nAPI_TOKEN=config/api_token.json",
        "  static const clientKey = 'Mid-client-ls0Csw7zHjS3T6gQ';",
        "pass_phrase=\npass_word: <PASSWORD>",
        "bypass: cache\ncompass=north-west",
        'file_hash = "7d4f9c1e2b8a6f3d5c0e9b7a1f2d4c6e"',
        "api_hash_length = 32",
        "npm config set registry https://registry.example.net/",
        'git config --global user.name "Jane Doe"\ngit config credential.helper store',
        'yarn config set npmAuthToken "${NPM_TOKEN}"',
        "bundle config set --local path vendor/bundle\nbundle config set mirror.https://rubygems.org https://m.example.net",
        "poetry config virtualenvs.in-project true",
        'license = "MIT"\nlicense: Apache-2.0\n"license": "BSD-3-Clause",\nlicense = { text = "GPL-3.0-or-later" }',
        "License: LicenseRef-Proprietary\nlicense_file = LICENSE.txt",
        "curl --auth digest http://x\nssh --auth none host",
        "https://acme.azurewebsites.net/api/login?code=<your-function-key>",
    ],
)
def test_not_masked(text: str) -> None:
    assert spans(text) == set()
