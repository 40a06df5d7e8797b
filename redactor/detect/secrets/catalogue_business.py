"""Catalogue: payments, commerce, identity, CRM, marketing, productivity and data APIs."""

# ruff: noqa: E501  -- token patterns and sample tokens are long literals; wrapping them hurts reading.

from __future__ import annotations

from redactor.detect.secrets.spec import B, E, SecretFormat, ctx

_UUID = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
_ND = r"(?![A-Za-z0-9_\-])"

FORMATS: tuple[SecretFormat, ...] = (
    # Payments.
    SecretFormat(
        "stripe.secret_key",
        rf"{B}(?:sk|rk)_(?:test|live|prod)_[A-Za-z0-9]{{10,99}}{E}",
        ("sk_test", "sk_live", "sk_prod", "rk_test", "rk_live", "rk_prod"),
        score=0.97,
    ),
    SecretFormat("stripe.webhook_secret", rf"{B}whsec_[A-Za-z0-9+/=]{{32,}}", ("whsec_",)),
    SecretFormat(
        # Authorize.net API login id: the SDKs set it as the merchant authentication's name
        # (Java/C#/PHP ``setName("...")``, Python/Node ``merchantAuth.name = '...'``, JSON
        # ``"merchantAuthentication": {"name": "..."}``); with the transaction key it signs requests.
        "authorizenet.api_login_id",
        r"(?i:merchantAuth)[\w\]\[\\\"']*[\s\S]{0,300}?(?:(?:->|\.)setName\(|\.name[ \t]*=|\bname\b[\"']?[ \t]*:)"
        r"[ \t]*[\"'](?P<v>[A-Za-z0-9]{8,25})[\"']",
        ("merchantauth",),
        score=0.8,
        min_entropy=2.5,
        reject_words=True,
    ),
    SecretFormat(
        "square.access_token",
        rf"{B}(?:sq0atp-|EAAA)[A-Za-z0-9_\-]{{22,60}}{_ND}",
        ("sq0atp-", "eaaa"),
        min_entropy=3.0,
    ),
    SecretFormat("square.oauth_secret", rf"{B}sq0csp-[A-Za-z0-9_\-]{{43}}{_ND}", ("sq0csp-",)),
    SecretFormat(
        "braintree.access_token",
        r"access_token\$(?:production|sandbox)\$[a-z0-9]{16}\$[a-f0-9]{32}",
        ("access_token$",),
        score=0.97,
    ),
    SecretFormat(
        "plaid.access_token",
        rf"{B}access-(?:sandbox|development|production)-{_UUID}{E}",
        ("access-",),
    ),
    ctx("plaid.secret", ["plaid"], r"[a-z0-9]{30}"),
    SecretFormat(
        "flutterwave.secret_key",
        rf"{B}FLWSECK(?:_TEST)?-[a-hA-H0-9]{{12,32}}(?:-X)?{E}",
        ("flwseck",),
    ),
    SecretFormat("razorpay.key", rf"{B}rzp_(?:live|test)_[A-Za-z0-9]{{14}}{E}", ("rzp_",)),
    SecretFormat("paystack.secret_key", rf"{B}sk_(?:live|test)_[a-f0-9]{{40}}{E}", ("sk_live", "sk_test")),
    SecretFormat("shippo.api_token", rf"{B}shippo_(?:live|test)_[a-fA-F0-9]{{40}}{E}", ("shippo_",)),
    SecretFormat("easypost.api_key", rf"{B}EZ[AT]K[A-Za-z0-9]{{54}}{E}", ("ezak", "eztk")),
    SecretFormat("duffel.api_token", rf"{B}duffel_(?:test|live)_[A-Za-z0-9_=\-]{{43}}{_ND}", ("duffel_",)),
    SecretFormat(
        "gocardless.token",
        r"(?i:gocardless)[\w.\-]{0,30}?[\"'\]]{0,3}[ \t]*[:=][ \t]*[\"']?(?P<v>live_[A-Za-z0-9_=\-]{40})",
        ("gocardless",),
    ),
    ctx("lob.api_key", ["lob_", "lob-", "lob."], r"(?:live|test)_[a-f0-9]{35}"),
    ctx("mollie.api_key", ["mollie"], r"(?:live|test)_[A-Za-z0-9]{30}"),
    ctx("adyen.api_key", ["adyen"], r"AQE[A-Za-z0-9+/=_\-]{50,}"),
    ctx("coinbase.token", ["coinbase"], r"[A-Za-z0-9_\-]{64}"),
    ctx("kraken.token", ["kraken"], r"[A-Za-z0-9/=_+\-]{80,90}"),
    ctx("kucoin.key", ["kucoin"], r"[a-f0-9]{24}|" + _UUID),
    ctx("bittrex.key", ["bittrex"], r"[A-Za-z0-9]{32}"),
    ctx("binance.key", ["binance"], r"[A-Za-z0-9]{64}"),
    ctx("poloniex.key", ["poloniex"], r"[A-Za-z0-9]{128}|[A-Z0-9]{8}(?:-[A-Z0-9]{8}){3}"),
    ctx("etherscan.key", ["etherscan", "bscscan", "polygonscan"], r"[A-Z0-9]{34}"),
    ctx("infura.key", ["infura"], r"[a-f0-9]{32}"),
    ctx("alchemy.key", ["alchemy"], r"[A-Za-z0-9_\-]{32}"),
    # Commerce.
    SecretFormat(
        "shopify.token",
        rf"{B}shp(?:at|ca|pa|ss)_[a-fA-F0-9]{{32}}{E}",
        ("shpat_", "shpca_", "shppa_", "shpss_"),
        score=0.97,
    ),
    SecretFormat("woocommerce.key", rf"{B}c[ks]_[a-f0-9]{{40}}{E}", ("ck_", "cs_")),
    ctx("squarespace.token", ["squarespace"], _UUID),
    ctx("etsy.token", ["etsy"], r"[a-z0-9]{24}"),
    # Identity.
    ctx("okta.token", ["okta"], r"00[A-Za-z0-9_=\-]{40}"),
    ctx("auth0.secret", ["auth0"], r"[A-Za-z0-9_\-]{64}"),
    ctx("onelogin.secret", ["onelogin"], r"[a-z0-9]{64}"),
    ctx("jumpcloud.key", ["jumpcloud"], r"[a-z0-9]{40}"),
    SecretFormat(
        "authress.access_key",
        rf"{B}(?:sc|ext|scauth|authress)_[A-Za-z0-9]{{5,30}}\.[A-Za-z0-9]{{4,6}}\.acc[_\-][A-Za-z0-9\-]{{10,32}}\.[A-Za-z0-9+/_=\-]{{30,120}}",
        ("sc_", "ext_", "scauth_", "authress_"),
    ),
    # CRM, support, marketing.
    SecretFormat("hubspot.pat", rf"{B}pat-(?:na|eu)\d-{_UUID}{E}", ("pat-na", "pat-eu")),
    ctx("hubspot.api_key", ["hubspot"], _UUID),
    SecretFormat("salesforce.access_token", rf"{B}00D[A-Za-z0-9]{{12,15}}![A-Za-z0-9_.]{{80,}}", ("00d",)),
    ctx("intercom.token", ["intercom"], r"[A-Za-z0-9=_\-]{60}"),
    ctx("zendesk.token", ["zendesk"], r"[A-Za-z0-9]{40}"),
    ctx("freshdesk.key", ["freshdesk"], r"[A-Za-z0-9]{20}"),
    ctx("freshbooks.token", ["freshbooks"], r"[a-z0-9]{64}"),
    ctx("pipedrive.token", ["pipedrive"], r"[a-f0-9]{40}"),
    ctx("klaviyo.key", ["klaviyo"], r"pk_[A-Za-z0-9]{34}"),
    ctx("segment.write_key", ["segment"], r"[A-Za-z0-9]{32}"),
    ctx("mixpanel.secret", ["mixpanel"], r"[a-f0-9]{32}"),
    ctx("amplitude.key", ["amplitude"], r"[a-f0-9]{32}"),
    SecretFormat("posthog.personal_key", rf"{B}phx_[A-Za-z0-9_]{{40,50}}{E}", ("phx_",)),
    ctx("launchdarkly.key", ["launchdarkly"], r"(?:sdk-|api-)?[A-Za-z0-9=_\-]{36,40}"),
    ctx("beamer.token", ["beamer"], r"b_[A-Za-z0-9=_\-]{44}"),
    ctx("sendbird.token", ["sendbird"], r"[a-f0-9]{40}"),
    # Productivity and developer SaaS.
    SecretFormat(
        "atlassian.api_token",
        rf"{B}ATATT3[A-Za-z0-9_\-=]{{180,200}}(?![A-Za-z0-9_\-=])",
        ("atatt3",),
        score=0.97,
    ),
    ctx("atlassian.legacy_token", ["atlassian", "confluence", "jira"], r"[A-Za-z0-9]{24}"),
    SecretFormat("linear.api_key", rf"{B}lin_api_[A-Za-z0-9]{{40}}{E}", ("lin_api_",)),
    ctx("linear.client_secret", ["linear"], r"[a-f0-9]{32}"),
    SecretFormat(
        "notion.token",
        rf"{B}(?:ntn_[0-9]{{11}}[A-Za-z0-9]{{35}}|secret_[A-Za-z0-9]{{43}}){E}",
        ("ntn_", "secret_"),
        min_entropy=4.0,
    ),
    SecretFormat("airtable.pat", rf"{B}pat[A-Za-z0-9]{{14}}\.[a-f0-9]{{64}}{E}", ("pat",)),
    ctx("airtable.api_key", ["airtable"], r"key[A-Za-z0-9]{14}"),
    SecretFormat("asana.pat", rf"{B}[12]/\d{{13,20}}(?:/\d{{13,20}})?:[a-f0-9]{{32}}{E}", (":",)),
    ctx("asana.secret", ["asana"], r"[a-z0-9]{32}"),
    SecretFormat("clickup.token", rf"{B}pk_\d{{6,10}}_[A-Z0-9]{{32}}{E}", ("pk_",)),
    SecretFormat("figma.token", rf"{B}figd_[A-Za-z0-9_\-]{{40,}}", ("figd_",)),
    SecretFormat("typeform.token", rf"{B}tfp_[A-Za-z0-9_\-.=]{{59}}", ("tfp_",)),
    ctx("contentful.token", ["contentful"], r"[A-Za-z0-9=_\-]{43}"),
    ctx("trello.token", ["trello"], r"[a-f0-9]{64}|ATTA[A-Za-z0-9]{60,}"),
    ctx("monday.token", ["monday"], r"eyJ[A-Za-z0-9_\-.]{100,}"),
    ctx(
        "dropbox.token",
        ["dropbox"],
        r"sl\.[A-Za-z0-9_\-=]{130,}|[A-Za-z0-9]{11}AAAAAAAAAA[A-Za-z0-9_\-=]{43}",
    ),
    ctx("box.token", ["box_"], r"[A-Za-z0-9]{32}"),
    SecretFormat("frameio.token", rf"{B}fio-u-[A-Za-z0-9_=\-]{{64}}", ("fio-u-",)),
    SecretFormat("apify.token", rf"{B}apify_api_[A-Za-z0-9]{{36}}{E}", ("apify_api_",)),
    SecretFormat(
        "mapbox.token",
        rf"{B}[ps]k\.[A-Za-z0-9]{{60,}}\.[A-Za-z0-9_\-]{{20,}}",
        ("pk.", "sk."),
        min_entropy=3.5,
    ),
    SecretFormat("maxmind.license_key", rf"{B}[A-Za-z0-9]{{6}}_[A-Za-z0-9]{{29}}_mmk{E}", ("_mmk",)),
    SecretFormat("intra42.secret", rf"{B}s-s4t2(?:ud|af)-[a-f0-9]{{64}}{E}", ("s-s4t2",)),
    SecretFormat(
        "settlemint.token",
        rf"{B}sm_(?:aat|pat|sat)_[A-Za-z0-9]{{16}}{E}",
        ("sm_aat", "sm_pat", "sm_sat"),
    ),
    SecretFormat(
        "defined_networking.token",
        rf"{B}dnkey-[A-Za-z0-9=_\-]{{26}}-[A-Za-z0-9=_\-]{{52}}",
        ("dnkey-",),
    ),
    SecretFormat("adobe.client_secret", rf"{B}p8e-[A-Za-z0-9]{{32}}{E}", ("p8e-",)),
    ctx("adobe.client_id", ["adobe"], r"[a-f0-9]{32}"),
    SecretFormat(
        "sidekiq.secret",
        r"(?i:BUNDLE_ENTERPRISE__?CONTRIBSYS__?COM|BUNDLE_GEMS__?CONTRIBSYS__?COM)[\w.\-]{0,30}?[\"']?[ \t]*[:=][ \t]*[\"']?(?P<v>[a-f0-9]{8}:[a-f0-9]{8})",
        ("contribsys",),
    ),
    SecretFormat(
        "sidekiq.url",
        r"(?i:https?://)(?P<v>[a-f0-9]{8}:[a-f0-9]{8})@(?:gems|enterprise)\.contribsys\.com",
        ("contribsys.com",),
    ),
    ctx("rapidapi.key", ["rapidapi", "x-rapidapi-key"], r"[A-Za-z0-9_\-]{50}"),
    ctx("nytimes.key", ["nytimes", "newyorktimes"], r"[A-Za-z0-9=_\-]{32}"),
    ctx("finicity.secret", ["finicity"], r"[a-f0-9]{32}|[A-Za-z0-9]{20}"),
    ctx("finnhub.token", ["finnhub"], r"[A-Za-z0-9]{20}"),
    ctx("flickr.key", ["flickr"], r"[a-z0-9]{32}"),
    ctx("fastly.token", ["fastly"], r"[A-Za-z0-9=_\-]{32}"),
    ctx("cisco_meraki.key", ["meraki"], r"[0-9a-f]{40}"),
    ctx("looker.secret", ["looker"], r"[A-Za-z0-9]{24}"),
    ctx("pushbullet.token", ["pushbullet"], r"o\.[A-Za-z0-9]{32}|[A-Za-z0-9]{32,34}"),
    ctx("ngrok.token", ["ngrok"], r"[A-Za-z0-9]{20,30}_[A-Za-z0-9]{20,25}"),
    ctx("bitly.token", ["bitly"], r"[a-f0-9]{40}"),
    ctx("newsapi.key", ["newsapi"], r"[a-f0-9]{32}"),
    ctx("openweather.key", ["openweather"], r"[a-f0-9]{32}"),
    ctx("pubnub.key", ["pubnub"], r"(?:pub|sub|sec)-c-[A-Za-z0-9\-]{36}"),
)
