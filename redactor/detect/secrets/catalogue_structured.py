"""Catalogue: provider tokens whose structure, not a lower-case ``vendor_`` prefix, names them.

Formats published by their providers (documentation and SDK sources), each with a fixed shape
that random text does not take by chance:

- The Things Network / The Things Stack API keys: ``NNSXS.`` + 39 base32 (key id) + ``.`` + 52 base32 (32 secret bytes);
- Tableau personal access token secrets: 22 base64 characters, ``==:``, 32 alphanumerics;
- eBay keysets: the Cert ID (client secret) ``PRD-``/``SBX-`` + 12 hex + four groups of 4 hex
  (the App ID, ``<App>-<Name>-PRD-<9 hex>-<8 hex>``, is the public client id and stays);
- Contentful personal access tokens ``CFPAT-`` + 43 characters;
- Netlify personal access tokens ``nfp_`` + 36 alphanumerics;
- Resend API keys ``re_`` + 8 + ``_`` + 24 alphanumerics;
"""

from __future__ import annotations

from redactor.detect.secrets.spec import B, E, SecretFormat

_B32 = "A-Z2-7"
_ND = r"(?![A-Za-z0-9_\-])"

FORMATS: tuple[SecretFormat, ...] = (
    SecretFormat(
        "thethingsnetwork.api_key",
        rf"{B}NNSXS\.[{_B32}]{{39}}\.[{_B32}]{{52}}{E}",
        ("nnsxs.",),
        score=0.97,
        provider="thethingsnetwork",
    ),
    SecretFormat(
        "tableau.pat_secret",
        r"(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{22}==:[A-Za-z0-9]{32}(?![A-Za-z0-9+/=])",
        ("==:",),
        score=0.9,
        min_entropy=4.0,
        provider="tableau",
    ),
    SecretFormat(
        "ebay.cert_id",
        rf"{B}(?:PRD|SBX)-[0-9a-f]{{12}}-[0-9a-f]{{4}}-[0-9a-f]{{4}}-[0-9a-f]{{4}}-[0-9a-f]{{4}}{_ND}",
        ("prd-", "sbx-"),
        score=0.9,
        provider="ebay",
    ),
    SecretFormat("contentful.pat", rf"{B}CFPAT-[A-Za-z0-9_\-]{{43}}{_ND}", ("cfpat-",), score=0.95, min_entropy=3.5),
    SecretFormat("netlify.pat", rf"{B}nfp_[A-Za-z0-9]{{36}}{E}", ("nfp_",), score=0.9, min_entropy=3.5),
    SecretFormat(
        "resend.api_key", rf"{B}re_[A-Za-z0-9]{{8}}_[A-Za-z0-9]{{24}}{E}", ("re_",), score=0.9, min_entropy=3.5
    ),
)
