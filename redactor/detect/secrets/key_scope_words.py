"""Scope words of key names (session 12): where a key's credential is used, not what it is.

``NOSTO_API_TOKEN_APPS``, ``SENDGRID_API_KEY_EU``, ``stripe_secret_key_sandbox``: a deployment stage, a
region, a channel or an account role after the key's noun leaves its meaning alone. Read by
`keys.classify` (through its transparent trailing words) and `letters`.
"""

from __future__ import annotations

SCOPE_WORDS = frozenset(
    {
        # deployment stages
        "dev",
        "develop",
        "development",
        "test",
        "testing",
        "sandbox",
        "sbx",
        "stage",
        "stg",
        "uat",
        "qa",
        "preprod",
        "prd",
        "demo",
        "local",
        # regions
        "eu",
        "us",
        "uk",
        "apac",
        "emea",
        "latam",
        # channels and products of one account
        "app",
        "apps",
        "email",
        "sms",
        "web",
        "mobile",
        "ios",
        "android",
        # account roles
        "admin",
        "readonly",
        "rw",
        "ro",
        "primary",
        "secondary",
        "backup",
        "alt",
        "partner",
        "merchant",
    }
)
"""Trailing words of a key name that say where its credential is used, not what it is."""
