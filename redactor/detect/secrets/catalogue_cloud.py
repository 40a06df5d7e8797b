"""Catalogue: cloud platforms, hosting, databases and observability."""

# ruff: noqa: E501  -- token patterns and sample tokens are long literals; wrapping them hurts reading.

from __future__ import annotations

from redactor.detect.secrets.spec import E_DASH, B, E, SecretFormat, ctx
from redactor.detect.secrets.validators import aws_key_id_ok

_UUID = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"

FORMATS: tuple[SecretFormat, ...] = (
    # AWS.
    SecretFormat(
        "aws.access_key_id",
        rf"{B}(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA|APKA)[A-Z0-9]{{16}}{E}",
        (
            "a3t",
            "akia",
            "asia",
            "abia",
            "acca",
            "agpa",
            "aida",
            "aroa",
            "aipa",
            "anpa",
            "anva",
            "apka",
        ),
        score=0.9,
        validator=aws_key_id_ok,
        valid_score=0.95,
        invalid_score=0.75,
        min_entropy=2.5,
    ),
    SecretFormat(
        "aws.secret_access_key",
        r"(?i:aws|secret_?access_?key|secretaccesskey)[\w.\-]{0,40}?[\"'\]]{0,3}[ \t]*(?:=>|:=|=|:|,)[ \t]*[\"'`]?(?P<v>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])",
        ("aws", "secret"),
        score=0.9,
        min_entropy=3.5,
    ),
    SecretFormat(
        "aws.session_token",
        r"(?i:session_?token|security_?token|x-amz-security-token)[\w.\-]{0,20}?[\"'\]]{0,3}[ \t]*(?:=>|:=|=|:|,)[ \t]*[\"'`]?(?P<v>[A-Za-z0-9/+=]{100,})",
        ("session", "security"),
        score=0.9,
        min_entropy=4.0,
    ),
    SecretFormat(
        "aws.bedrock_long_lived",
        rf"{B}ABSK[A-Za-z0-9+/]{{100,400}}={{0,2}}",
        ("absk",),
        score=0.9,
        min_entropy=4.0,
    ),
    SecretFormat(
        "aws.bedrock_short_lived",
        rf"{B}bedrock-api-key-[A-Za-z0-9+/]{{16,}}={{0,2}}",
        ("bedrock-api-key-",),
    ),
    SecretFormat("aws.mws_key", rf"{B}amzn\.mws\.{_UUID}{E}", ("amzn.mws.",)),
    # Azure.
    SecretFormat(
        "azure.entra_client_secret",
        r"(?<![A-Za-z0-9_~.\-])[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.\-]{31,34}(?![A-Za-z0-9_~.\-])",
        ("q~",),
        min_entropy=3.0,
    ),
    SecretFormat(
        "azure.storage_account_key",
        r"(?i:AccountKey)\s*=\s*(?P<v>[A-Za-z0-9+/]{86}==)",
        ("accountkey",),
        score=0.95,
    ),
    SecretFormat(
        "azure.shared_access_key",
        r"(?i:SharedAccessKey|SharedAccessSignature|SharedSecretValue)\s*=\s*(?P<v>[A-Za-z0-9+/%]{30,}={0,2})",
        ("sharedaccess", "sharedsecret"),
        score=0.9,
    ),
    SecretFormat(
        "azure.sas_signature",
        r"[?&;]sig=(?P<v>[A-Za-z0-9%+/]{30,}(?:%3D|=){0,2})",
        ("sig=",),
        score=0.9,
        min_entropy=3.5,
    ),
    SecretFormat("azure.devops_pat", rf"{B}[A-Za-z0-9]{{76}}AZDO[A-Za-z0-9]{{4}}{E}", ("azdo",)),
    ctx(
        "azure.devops_legacy_pat",
        ["azure_devops", "azuredevops", "ado_pat", "system_accesstoken", "devops"],
        r"[a-z2-7]{52}",
    ),
    SecretFormat(
        "azure.apim_key_header",
        r"(?i:Ocp-Apim-Subscription-Key)[\"']?\s*[:=]\s*[\"']?(?P<v>[A-Za-z0-9]{32,})",
        ("ocp-apim",),
    ),
    ctx(
        "azure.openai_key",
        ["azure_openai", "azureopenai", "openai_api_key_azure", "cognitive"],
        r"[A-Za-z0-9]{32,84}",
    ),
    ctx(
        "azure.function_key",
        ["x-functions-key", "functions_key", "function_key"],
        r"[A-Za-z0-9_\-]{40,}={0,2}",
    ),
    # Google Cloud.
    SecretFormat("gcp.api_key", rf"{B}AIza[0-9A-Za-z_\-]{{35}}(?![A-Za-z0-9_\-])", ("aiza",), score=0.95),
    SecretFormat(
        "gcp.oauth_client_secret",
        rf"{B}GOCSPX-[A-Za-z0-9_\-]{{28}}(?![A-Za-z0-9_\-])",
        ("gocspx-",),
        score=0.95,
    ),
    SecretFormat("gcp.oauth_access_token", rf"{B}ya29\.[0-9A-Za-z_\-]{{30,}}", ("ya29.",), score=0.9),
    SecretFormat("gcp.oauth_refresh_token", rf"{B}1//0[0-9A-Za-z_\-]{{40,}}", ("1",), score=0.85),
    SecretFormat("firebase.fcm_server_key", rf"{B}AAAA[A-Za-z0-9_\-]{{7}}:[A-Za-z0-9_\-]{{140}}", ("aaaa",)),
    # Other clouds.
    SecretFormat("alibaba.access_key_id", rf"{B}LTAI[A-Za-z0-9]{{17,21}}{E}", ("ltai",), min_entropy=3.0),
    ctx("alibaba.secret_key", ["alibaba", "aliyun"], r"[A-Za-z0-9]{30}"),
    ctx("tencent.secret_key", ["tencent"], r"[A-Za-z0-9]{32}"),
    SecretFormat("tencent.secret_id", rf"{B}AKID[A-Za-z0-9]{{32}}{E}", ("akid",), min_entropy=3.5),
    ctx("ibm.cloud_api_key", ["ibm", "bluemix"], r"[A-Za-z0-9_\-]{44}"),
    ctx("oracle.api_key", ["oracle", "oci_"], r"[A-Za-z0-9+/]{40,}={0,2}"),
    SecretFormat("yandex.api_key", rf"{B}AQVN[A-Za-z0-9_\-]{{35,38}}{E_DASH}", ("aqvn",)),
    SecretFormat(
        "yandex.iam_token",
        rf"{B}t1\.[A-Za-z0-9_\-]+={{0,2}}\.[A-Za-z0-9_\-]{{86}}={{0,2}}",
        ("t1.",),
    ),
    ctx("yandex.aws_key", ["yandex"], r"YC[A-Za-z0-9_\-]{38}"),
    SecretFormat("digitalocean.token", rf"{B}do[opr]_v1_[a-f0-9]{{64}}{E}", ("doo_v1_", "dop_v1_", "dor_v1_")),
    ctx("linode.token", ["linode"], r"[a-f0-9]{64}"),
    ctx("vultr.api_key", ["vultr"], r"[A-Z0-9]{36}"),
    ctx("hetzner.token", ["hetzner", "hcloud"], r"[A-Za-z0-9]{64}"),
    SecretFormat(
        "scaleway.secret_key",
        r"(?i:scw|scaleway)[\w.\-]{0,30}?[\"'\]]{0,3}[ \t]*[:=][ \t]*[\"']?(?P<v>" + _UUID + r")\b",
        ("scw", "scaleway"),
    ),
    # Platforms and hosting.
    SecretFormat("cloudflare.origin_ca_key", rf"{B}v1\.0-[a-f0-9]{{24}}-[a-f0-9]{{146}}{E}", ("v1.0-",)),
    ctx("cloudflare.api_token", ["cloudflare", "cf_api"], r"[A-Za-z0-9_\-]{40}"),
    ctx("cloudflare.global_key", ["cloudflare", "cf_api"], r"[a-f0-9]{37}"),
    SecretFormat("heroku.api_key_v2", rf"{B}HRKU-AA[0-9A-Za-z_\-]{{58}}(?![A-Za-z0-9_\-])", ("hrku-aa",)),
    SecretFormat(
        "heroku.api_key",
        r"(?i:heroku)[\w.\-]{0,30}?[\"'\]]{0,3}[ \t]*[:=][ \t]*[\"']?(?P<v>" + _UUID + r")\b",
        ("heroku",),
    ),
    SecretFormat(
        "flyio.token",
        rf"{B}(?:fo1_[A-Za-z0-9_\-]{{43}}|fm[12][ar]?_[A-Za-z0-9+/]{{100,}}={{0,3}})",
        ("fo1_", "fm1", "fm2_"),
        min_entropy=4.0,
    ),
    SecretFormat("scalingo.api_token", rf"{B}tk-us-[A-Za-z0-9_\-]{{48}}(?![A-Za-z0-9_\-])", ("tk-us-",)),
    ctx("netlify.token", ["netlify"], r"[A-Za-z0-9=_\-]{40,46}"),
    SecretFormat(
        "vercel.token",
        rf"{B}vc[pikar]_[A-Za-z0-9]{{24,}}{E}",
        ("vcp_", "vci_", "vck_", "vca_", "vcr_"),
    ),
    ctx("vercel.legacy_token", ["vercel", "zeit"], r"[A-Za-z0-9]{24}"),
    SecretFormat("render.api_key", rf"{B}rnd_[A-Za-z0-9]{{32}}{E}", ("rnd_",)),
    ctx("railway.token", ["railway"], _UUID),
    SecretFormat(
        "openshift.user_token",
        rf"{B}sha256~[A-Za-z0-9_\-]{{43}}(?![A-Za-z0-9_\-])",
        ("sha256~",),
        min_entropy=3.5,
    ),
    # Databases and data platforms.
    SecretFormat(
        "planetscale.token",
        rf"{B}pscale_(?:tkn|oauth|pw)_[A-Za-z0-9_=.\-]{{32,64}}(?![A-Za-z0-9_=.\-])",
        ("pscale_",),
    ),
    SecretFormat(
        "supabase.token",
        rf"{B}(?:sbp_[a-f0-9]{{40}}|sb_secret_[A-Za-z0-9_\-]{{31,}}){E_DASH}",
        ("sbp_", "sb_secret_"),
    ),
    SecretFormat("databricks.token", rf"{B}dapi[a-f0-9]{{32}}(?:-\d)?{E}", ("dapi",)),
    ctx("snowflake.password", ["snowflake"], r"[A-Za-z0-9!@#$%^&*_\-]{12,}"),
    ctx("mongodb_atlas.key", ["atlas_private", "mongodb_atlas", "atlas_api"], r"[a-f0-9\-]{36}"),
    ctx("confluent.secret", ["confluent"], r"[A-Za-z0-9+/]{64}"),
    SecretFormat("clickhouse.secret", rf"{B}4b1d[A-Za-z0-9]{{38}}{E}", ("4b1d",), min_entropy=3.0),
    SecretFormat("elastic.api_key", rf"{B}essu_[A-Za-z0-9+/]{{60,}}={{0,2}}", ("essu_",)),
    ctx("elastic.cloud_key", ["elastic"], r"[A-Za-z0-9_\-]{40,}={0,2}"),
    ctx("algolia.api_key", ["algolia"], r"[A-Za-z0-9]{32}"),
    # Observability.
    ctx(
        "datadog.api_key",
        ["datadog", "dd_api", "dd_app", "dd-api", "dd-application"],
        r"[a-z0-9]{32,40}",
    ),
    SecretFormat("newrelic.user_key", rf"{B}NRAK-[A-Z0-9]{{27}}{E}", ("nrak-",)),
    SecretFormat("newrelic.insert_key", rf"{B}NRII-[A-Za-z0-9_\-]{{20,32}}(?![A-Za-z0-9_\-])", ("nrii-",)),
    SecretFormat("newrelic.browser_key", rf"{B}NRJS-[a-f0-9]{{19}}{E}", ("nrjs-",)),
    SecretFormat("newrelic.license_key", rf"{B}[a-f0-9]{{36}}NRAL{E}", ("nral",)),
    SecretFormat("dynatrace.token", rf"{B}dt0[a-z]\d{{2}}\.[A-Za-z0-9]{{24}}\.[A-Za-z0-9]{{64}}{E}", ("dt0",)),
    SecretFormat("grafana.cloud_token", rf"{B}glc_[A-Za-z0-9+/]{{32,400}}={{0,3}}", ("glc_",)),
    SecretFormat("grafana.service_account", rf"{B}glsa_[A-Za-z0-9]{{32}}_[A-Fa-f0-9]{{8}}{E}", ("glsa_",)),
    SecretFormat("grafana.api_key", rf"{B}eyJrIjoi[A-Za-z0-9]{{70,400}}={{0,3}}", ("eyjrijoi",)),
    SecretFormat("sentry.org_token", rf"{B}sntrys_eyJ[A-Za-z0-9+/=_]{{50,}}", ("sntrys_",)),
    SecretFormat("sentry.user_token", rf"{B}sntryu_[a-f0-9]{{64}}{E}", ("sntryu_",)),
    SecretFormat("sentry.dsn", r"https?://(?P<v>[a-f0-9]{32})(?::[a-f0-9]{32})?@[\w.\-]*sentry", ("sentry",)),
    ctx("sentry.legacy_token", ["sentry"], r"[a-f0-9]{64}"),
    SecretFormat(
        "sumologic.access_id",
        r"(?:sumo|Sumo|SUMO)[\w.\-]{0,30}?[\"'\]]{0,3}[ \t]*[:=][ \t]*[\"']?(?P<v>su[A-Za-z0-9]{12})\b",
        ("sumo",),
        min_entropy=3.0,
    ),
    ctx("sumologic.access_key", ["sumo"], r"[A-Za-z0-9]{64}"),
    ctx("honeycomb.key", ["honeycomb"], r"[A-Za-z0-9]{22,32}"),
    SecretFormat(
        "opsgenie.key",
        r"(?i:opsgenie)[\w.\-]{0,30}?[\"'\]]{0,3}[ \t]*[:=][ \t]*[\"']?(?P<v>" + _UUID + r")\b",
        ("opsgenie",),
    ),
    ctx("pagerduty.key", ["pagerduty", "pd_token"], r"[A-Za-z0-9_+\-]{20,32}"),
    ctx("splunk.token", ["splunk", "hec_token"], _UUID),
    ctx("logzio.token", ["logzio", "logz_io"], r"[A-Za-z0-9]{32}"),
    SecretFormat(
        # Azure Functions function/host key in the URL's ``code`` query parameter.
        "azure.function_key_url",
        r"(?i:\.azurewebsites\.net)/api/[^\s?#\"']*\?(?:[^\s#\"']*&)?code=(?P<v>[A-Za-z0-9_\-]{20,100}(?:={1,2}|%3D){0,2})",
        ("azurewebsites.net",),
        min_entropy=3.0,
    ),
)
