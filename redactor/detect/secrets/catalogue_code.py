"""Catalogue: code hosting, CI/CD, package registries, infrastructure-as-code, secret managers."""

# ruff: noqa: E501  -- token patterns and sample tokens are long literals; wrapping them hurts reading.

from __future__ import annotations

from redactor.detect.secrets.spec import E_DASH, B, E, SecretFormat, ctx
from redactor.detect.secrets.validators import crc32_base62_ok

_GH = "0-9A-Za-z"


def _github(kind: str, prefix: str) -> SecretFormat:
    return SecretFormat(
        f"github.{kind}",
        rf"{B}{prefix}_[{_GH}]{{36}}{E}",
        (f"{prefix}_",),
        score=0.9,
        validator=crc32_base62_ok,
        valid_score=0.99,
        invalid_score=0.7,
    )


FORMATS: tuple[SecretFormat, ...] = (
    # GitHub: prefix, 30 random base62 characters, 6 characters of base62 CRC32.
    _github("pat", "ghp"),
    _github("oauth", "gho"),
    _github("user_to_server", "ghu"),
    _github("server_to_server", "ghs"),
    _github("refresh", "ghr"),
    SecretFormat(
        "github.fine_grained_pat",
        rf"{B}github_pat_[0-9A-Za-z_]{{70,100}}{E}",
        ("github_pat_",),
        score=0.95,
    ),
    # GitLab token families.
    SecretFormat(
        "gitlab.pat",
        rf"{B}glpat-[0-9A-Za-z_\-]{{20,300}}(?:\.[0-9a-z]{{9}})?{E_DASH}",
        ("glpat-",),
        score=0.95,
    ),
    SecretFormat("gitlab.deploy_token", rf"{B}gldt-[0-9A-Za-z_\-]{{20,}}{E_DASH}", ("gldt-",)),
    SecretFormat("gitlab.runner_token", rf"{B}glrt-[0-9A-Za-z_\-.]{{20,300}}{E_DASH}", ("glrt-",)),
    SecretFormat("gitlab.runner_registration", rf"{B}GR1348941[0-9A-Za-z_\-]{{20}}{E_DASH}", ("gr1348941",)),
    SecretFormat("gitlab.pipeline_trigger", rf"{B}glptt-[0-9a-f]{{40}}{E}", ("glptt-",)),
    SecretFormat(
        "gitlab.cicd_job_token",
        rf"{B}glcbt-[0-9A-Za-z]{{1,5}}_[0-9A-Za-z_\-]{{20}}{E_DASH}",
        ("glcbt-",),
    ),
    SecretFormat("gitlab.feed_token", rf"{B}glft-[0-9A-Za-z_\-]{{20}}{E_DASH}", ("glft-",)),
    SecretFormat("gitlab.incoming_mail", rf"{B}glimt-[0-9A-Za-z_\-]{{25}}{E_DASH}", ("glimt-",)),
    SecretFormat("gitlab.agent_token", rf"{B}glagent-[0-9A-Za-z_\-]{{50}}{E_DASH}", ("glagent-",)),
    SecretFormat("gitlab.oauth_secret", rf"{B}gloas-[0-9A-Za-z_\-]{{64}}{E_DASH}", ("gloas-",)),
    SecretFormat("gitlab.scim_token", rf"{B}glsoat-[0-9A-Za-z_\-]{{20}}{E_DASH}", ("glsoat-",)),
    SecretFormat("gitlab.feature_flag_token", rf"{B}glffct-[0-9A-Za-z_\-]{{20}}{E_DASH}", ("glffct-",)),
    SecretFormat("gitlab.session_cookie", r"_gitlab_session=(?P<v>[0-9a-z]{32})\b", ("_gitlab_session",)),
    SecretFormat("bitbucket.app_password", rf"{B}ATBB[A-Za-z0-9_=.\-]{{32,}}{E_DASH}", ("atbb",)),
    ctx("bitbucket.client_secret", ["bitbucket"], r"[A-Za-z0-9=_\-]{64}"),
    # Package registries.
    SecretFormat(
        "npm.access_token",
        rf"{B}npm_[A-Za-z0-9]{{36}}{E}",
        ("npm_",),
        score=0.9,
        validator=crc32_base62_ok,
        valid_score=0.99,
        invalid_score=0.85,
    ),
    SecretFormat("npm.authtoken_npmrc", r"_auth(?:Token)?\s*=\s*(?P<v>[A-Za-z0-9+/=_\-.]{20,})", ("_auth",)),
    SecretFormat(
        "pypi.upload_token",
        rf"{B}pypi-AgE[A-Za-z0-9_\-]{{50,1000}}{E_DASH}",
        ("pypi-age",),
        score=0.98,
    ),
    SecretFormat("rubygems.api_token", rf"{B}rubygems_[a-f0-9]{{48}}{E}", ("rubygems_",)),
    SecretFormat("nuget.api_key", rf"{B}oy2[a-z0-9]{{43}}{E}", ("oy2",), min_entropy=3.5),
    SecretFormat("clojars.api_token", rf"{B}CLOJARS_[A-Za-z0-9]{{60}}{E}", ("clojars_",)),
    SecretFormat("docker.hub_pat", rf"{B}dckr_(?:pat|oat)_[A-Za-z0-9_\-]{{27,}}{E_DASH}", ("dckr_",)),
    SecretFormat("jfrog.api_key", rf"{B}AKCp[A-Za-z0-9]{{69}}{E}", ("akcp",)),
    SecretFormat("jfrog.reference_token", rf"{B}cmVmd[A-Za-z0-9]{{59}}{E}", ("cmvmd",)),
    ctx("jfrog.identity_token", ["jfrog", "artifactory", "bintray", "xray"], r"[A-Za-z0-9]{64,73}"),
    SecretFormat(
        "packagecloud.token",
        r"(?i:packagecloud)" + r"[\w.\-]{0,30}?[\"'\]]{0,3}[ \t]*[:=][ \t]*[\"']?(?P<v>[a-f0-9]{48})\b",
        ("packagecloud",),
    ),
    # CI/CD and code quality.
    SecretFormat("circleci.pat", rf"{B}CCIPAT_[A-Za-z0-9]{{22}}_[a-f0-9]{{40}}{E}", ("ccipat_",)),
    ctx("circleci.token", ["circleci", "circle_token"], r"[a-f0-9]{40}"),
    ctx("travis.token", ["travis"], r"[A-Za-z0-9]{22}"),
    ctx("droneci.token", ["droneci", "drone_token"], r"[A-Za-z0-9]{32}"),
    SecretFormat("buildkite.token", rf"{B}bkua_[a-f0-9]{{40}}{E}", ("bkua_",)),
    SecretFormat("sonar.token", rf"{B}sq[pua]_[a-f0-9]{{40}}{E}", ("sqp_", "squ_", "sqa_")),
    ctx("sonar.legacy_token", ["sonar"], r"[a-z0-9]{40}"),
    ctx("codecov.token", ["codecov"], r"[A-Za-z0-9\-]{32,36}"),
    ctx("codacy.token", ["codacy"], r"[A-Za-z0-9]{20,40}"),
    SecretFormat(
        "snyk.token",
        r"(?i:snyk)[\w.\-]{0,30}?[\"'\]]{0,3}[ \t]*[:=][ \t]*[\"']?(?P<v>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b",
        ("snyk",),
    ),
    SecretFormat(
        "sourcegraph.token",
        rf"{B}sgp_(?:[a-fA-F0-9]{{16}}|local)_[a-fA-F0-9]{{40}}{E}|{B}sgp_[a-fA-F0-9]{{40}}{E}",
        ("sgp_",),
    ),
    SecretFormat("postman.api_key", rf"{B}PMAK-[a-fA-F0-9]{{24}}-[a-fA-F0-9]{{34}}{E}", ("pmak-",)),
    SecretFormat("readme.api_key", rf"{B}rdme_[a-z0-9]{{70}}{E}", ("rdme_",)),
    SecretFormat("prefect.api_key", rf"{B}pnu_[A-Za-z0-9]{{36}}{E}", ("pnu_",)),
    SecretFormat("octopus.api_key", rf"{B}API-[A-Z0-9]{{26}}{E}", ("api-",), min_entropy=3.0),
    SecretFormat(
        "harness.token",
        rf"{B}(?:pat|sat)\.[A-Za-z0-9_\-]{{22}}\.[A-Za-z0-9]{{24}}\.[A-Za-z0-9]{{20}}{E}",
        ("pat.", "sat."),
    ),
    SecretFormat(
        "infracost.api_key",
        rf"{B}ico-(?![a-f0-9]{{32}})[A-Za-z0-9]{{32}}{E}",
        ("ico-",),
        min_entropy=3.0,
    ),
    SecretFormat(
        "jenkins.token",
        r"(?i:jenkins)[\w.\-]{0,30}?[\"'\]]{0,3}[ \t]*[:=][ \t]*[\"']?(?P<v>[a-f0-9]{32,34})\b",
        ("jenkins",),
    ),
    # Infrastructure as code and secret managers.
    SecretFormat(
        "terraform.api_token",
        rf"{B}[A-Za-z0-9]{{14}}\.atlasv1\.[A-Za-z0-9_=\-]{{60,70}}{E_DASH}",
        ("atlasv1",),
    ),
    SecretFormat("pulumi.access_token", rf"{B}pul-[a-f0-9]{{40}}{E}", ("pul-",)),
    SecretFormat("doppler.token", rf"{B}dp\.(?:pt|st|sa|ct|scim|audit)\.[A-Za-z0-9]{{40,44}}{E}", ("dp.",)),
    SecretFormat("vault.service_token", rf"{B}hvs\.[A-Za-z0-9_\-]{{90,120}}{E_DASH}", ("hvs.",)),
    SecretFormat("vault.batch_token", rf"{B}hvb\.[A-Za-z0-9_\-]{{138,300}}{E_DASH}", ("hvb.",)),
    SecretFormat("vault.recovery_token", rf"{B}hvr\.[A-Za-z0-9_\-]{{90,120}}{E_DASH}", ("hvr.",)),
    SecretFormat(
        "vault.legacy_token",
        r"(?<![A-Za-z0-9_.\-/])s\.(?=[A-Za-z]*[0-9])(?=[a-z0-9]*[A-Z])[A-Za-z0-9]{24}(?![A-Za-z0-9_.\-/])",
        ("s.",),
        min_entropy=3.5,
    ),
    SecretFormat(
        "onepassword.secret_key",
        rf"{B}A3-[A-Z0-9]{{6}}-(?:[A-Z0-9]{{11}}|[A-Z0-9]{{6}}-[A-Z0-9]{{5}})-[A-Z0-9]{{5}}-[A-Z0-9]{{5}}-[A-Z0-9]{{5}}{E}",
        ("a3-",),
        min_entropy=3.5,
    ),
    SecretFormat("onepassword.service_token", rf"{B}ops_eyJ[A-Za-z0-9+/]{{250,}}={{0,3}}", ("ops_eyj",)),
    SecretFormat(
        "age.secret_key",
        r"AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}",
        ("age-secret-key-1",),
        score=0.99,
    ),
    SecretFormat("infisical.token", rf"{B}st\.[a-f0-9\-]{{36}}\.[a-f0-9]{{32}}\.[a-f0-9]{{32}}{E}", ("st.",)),
    SecretFormat(
        "tailscale.key",
        rf"{B}tskey-(?:api|auth|client|webhook|scim)?-?[A-Za-z0-9]{{6,}}-[A-Za-z0-9]{{20,}}{E}",
        ("tskey-",),
    ),
    # Cron and heartbeat monitors: the ping URL's path carries the key (anyone holding it can
    # report on, or silence, the monitor).
    SecretFormat(
        "cronitor.ping_key",
        r"(?i:cronitor\.(?:link|io))/(?:p/)?(?P<v>[A-Za-z0-9]{20,64})(?=[/?#\s\"'<>]|$)",
        ("cronitor.",),
        min_entropy=3.0,
    ),
    SecretFormat(
        "healthchecks.ping_url",
        r"(?i:hc-ping\.com)/(?P<v>[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[A-Za-z0-9_\-]{22}(?=/))",
        ("hc-ping.",),
    ),
    SecretFormat(
        "ifttt.webhook_key",
        r"(?i:maker\.ifttt\.com)/(?:trigger/[\w.\-]{1,100}/(?:json/)?with/key|use)/(?P<v>[A-Za-z0-9_\-]{20,64})(?![\w\-])",
        ("ifttt.",),
    ),
    SecretFormat(
        "deadmanssnitch.snitch_url",
        r"(?i:nosnch\.in)/(?P<v>[a-f0-9]{10})(?![\w\-])",
        ("nosnch.",),
    ),
    # VPN and overlay-network enrolment: whoever holds the join code or profile link joins the
    # network. Husarnet join codes are the dashboard's fc94: IPv6 address, a slash and a token;
    # Pritunl profile URIs (pritunl://host/k/<key>) import a user's profile with its keys.
    SecretFormat(
        "husarnet.join_code",
        r"(?<![\w:])fc94(?::[0-9a-f]{1,4}){1,7}/[A-Za-z0-9]{16,40}(?![\w\-])",
        ("fc94:",),
        min_entropy=3.0,
    ),
    SecretFormat(
        "pritunl.profile_uri",
        r"(?i:pritunl)://[^\s/\"'<>]+/k/(?P<v>[A-Za-z0-9]{6,64})(?![\w\-])",
        ("pritunl:",),
        min_entropy=2.5,
    ),
    # ZNC (IRC bouncer): a network's server line is "Server = host [+]port [password]" inside a
    # <Network> block of znc.conf, and AddServer takes the same arguments.
    SecretFormat(
        "znc.server_password",
        r"(?im)^[ \t]*Server[ \t]*=[ \t]*[A-Za-z0-9.\-]+[ \t]+\+?\d{2,5}[ \t]+(?P<v>[^\s]{6,128})[ \t]*$",
        ("<network",),
        min_entropy=2.5,
    ),
    SecretFormat(
        "znc.add_server",
        r"(?i)\baddserver[ \t]+[A-Za-z0-9.\-]+[ \t]+\+?\d{2,5}[ \t]+(?P<v>[^\s\"'`]{6,128})",
        ("addserver",),
        min_entropy=2.5,
    ),
)
