"""Credentials marked by an Authorization scheme word anywhere, keys in ping/webhook URL paths,
and passwords named in prose of other languages and scripts."""

# ruff: noqa: RUF001  -- CJK, Cyrillic and other-script samples are the point of these tests.

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
        (
            '  proxy_set_header Authorization "Bearer 4c1f9a8e27b3d05f6e91c2a7b8d3e4f5a6b7c8d9";',
            "4c1f9a8e27b3d05f6e91c2a7b8d3e4f5a6b7c8d9",
        ),
        ("      httpHeaderValue1: 'Bearer Zq8Lw2Xp4Rk7Vn3JtYb6Hc9Md1Fs5Gk0'", "Zq8Lw2Xp4Rk7Vn3JtYb6Hc9Md1Fs5Gk0"),
        ('{"headers": {"X-Upstream": "Basic YWRtaW46UzNjcjN0UGFzcyE="}}', "YWRtaW46UzNjcjN0UGFzcyE="),
        ('url = "https://maker.ifttt.com/trigger/door/with/key/bT4kLq9Zx2Wm7Rv1Pn8Yc3"', "bT4kLq9Zx2Wm7Rv1Pn8Yc3"),
        ("https://api.example.net/key/Hq7Lm2Xw9Rt4Zp8Nb1Vc6Jd", "Hq7Lm2Xw9Rt4Zp8Nb1Vc6Jd"),
        (
            "0 3 * * * backup.sh && curl -fsS https://cronitor.link/p/9e2b7c4a1f6d8e3b5a0c7d9f2e4b6a8c/backup",
            "9e2b7c4a1f6d8e3b5a0c7d9f2e4b6a8c",
        ),
        (
            "curl -fsS --retry 3 https://hc-ping.com/3f2a9c1e-7b4d-4e8a-9c2f-1d6e5a7b8c9d",
            "3f2a9c1e-7b4d-4e8a-9c2f-1d6e5a7b8c9d",
        ),
        ("Votre mot de passe temporaire pour l'intranet est : Kiwi4410&ra\nMerci.", "Kiwi4410&ra"),
        ("Ihr neues Passwort lautet: Wq7!xc82m", "Wq7!xc82m"),
        ("[10:02] 田中: 新しいWi-Fiのパスワードは Rt5*mq81Lz です。", "Rt5*mq81Lz"),
        ("新的VPN密码是：Kq82!mzT，请尽快修改。", "Kq82!mzT"),
        ("임시 비밀번호는 Rk29@qpz 입니다.", "Rk29@qpz"),
        ("Ваш пароль от VPN: Zt93#kwL, смените его.", "Zt93#kwL"),
        ("Mật khẩu mới là: Hv83!kd9", "Hv83!kd9"),
        ("La password del server è Hx7!kq29Lm", "Hx7!kq29Lm"),
        ("Lösenordet är Hx7!kq29Lm", "Hx7!kq29Lm"),
        ("Ihr Kennwort lautet Hx7!kq29Lm.", "Hx7!kq29Lm"),
        ("Geçici şifreniz: Hx7!kq29Lm", "Hx7!kq29Lm"),
        ("pw for the staging db: Hx7!kq29Lm", "Hx7!kq29Lm"),
        ("creds: admin / Hx7!kq29Lm", "Hx7!kq29Lm"),
        ("| user | admin |\n| password | Hx7!kq29Lm |", "Hx7!kq29Lm"),
        (
            "| Field | Value |\n|---|---|\n| **API token** | `Zq8Lw2Xp4Rk7Vn3JtYb6Hc9Md1Fs5Gk0` |",
            "Zq8Lw2Xp4Rk7Vn3JtYb6Hc9Md1Fs5Gk0",
        ),
        (" db_password | Hx7!kq29Lm\n", "Hx7!kq29Lm"),
        (
            "Cookie: theme=dark; session=eyJ1c2VyIjoxfQ.ZkXq8w.Qm2Xp4Rk7Vn3JtYb6Hc9Md1Fs5Gk0",
            "eyJ1c2VyIjoxfQ.ZkXq8w.Qm2Xp4Rk7Vn3JtYb6Hc9Md1Fs5Gk0",
        ),
        ("Set-Cookie: sessionid=q8lw2xp4rk7vn3jtyb6hc9md1fs5gk0; Path=/; HttpOnly", "q8lw2xp4rk7vn3jtyb6hc9md1fs5gk0"),
        (
            'requests.get(url, cookies={"sessionid": "k3lw2xp4rk7vn3jtyb6hc9md1fs5gq8"})',
            "k3lw2xp4rk7vn3jtyb6hc9md1fs5gq8",
        ),
        (
            'curl -b "connect.sid=s%3AZq8Lw2Xp4Rk7Vn3JtYb6Hc9Md1Fs5Gk0.Tq8vLm" https://x',
            "s%3AZq8Lw2Xp4Rk7Vn3JtYb6Hc9Md1Fs5Gk0.Tq8vLm",
        ),
        (
            "https://api.example.net/export.csv?auth=Zq8Lw2Xp4Rk7Vn3JtYb6Hc9Md1Fs5Gk0",
            "Zq8Lw2Xp4Rk7Vn3JtYb6Hc9Md1Fs5Gk0",
        ),
    ],
)
def test_masked(text: str, value: str) -> None:
    assert value in spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "Use Bearer authentication with the BearerTokenProvider class.",
        "Authorization: Bearer <YOUR_TOKEN_HERE>",
        'curl -H "Authorization: Bearer $TOKEN" https://api.example.net',
        "Basic configuration is documented in docs/Configuration.md",
        "Basic SGVsbG8gV29ybGQgYWdhaW4=",  # base64 of text without a user:password pair
        "See https://cronitor.io/docs/telemetry-api for details",
        "https://maker.ifttt.com/trigger/door/with/key/{your_key}",
        "Le mot de passe doit contenir au moins 12 caractères.",
        "Le mot de passe de l'utilisateur admin est expiré depuis 2024-01-01.",
        "パスワードは8文字以上にしてください。",
        "密码长度至少为 12 位",
        "Ваш пароль успешно изменён 12.03.2024",
        "the pw is required for login",
        "Set-Cookie: session_timeout=3600; Path=/\nCookie: sessionid=abcdefabcdefabcdef",
        "SESSION_COOKIE_NAME=acme_session_cookie_name\ncurl -b cookies.txt https://x",
        "app.use(cookieSession({ name: 'session', keys: [process.env.KEY] }))",
        "Die Passwörter müssen 12 Zeichen haben: Regel 5a",
        "| test | pass | fail |\n| login | pass | 12 |",
        "| password | string | required |\n| token | description |\n| pass | fail |\n| Password | `********` |",
        "| Key | Type |\n| secret_key | str |\n| api_key | your-api-key |",
    ],
)
def test_not_masked(text: str) -> None:
    assert spans(text) == set()
