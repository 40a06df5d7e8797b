"""Catalogue: provider formats found missing by a comparison with the broad public rule sets.

The provider lists of gitleaks' default configuration (``config/gitleaks.toml``) and trufflehog's
detectors (``pkg/detectors``) were compared, provider by provider, with the other catalogue
modules by generating a token of each prefixed format and running every secret detector on it in
prose and in a YAML value (docs/secrets.md, "Wallet keys and catalogue gaps"). These are the
formats no detector found, written here with our own patterns; only formats whose literal prefix
or structure is precise without a network check are listed (formats that need the provider's
name in the key, or a 2-3 character prefix such as ``pa-``/``as-``, are not).

- Doppler service, SCIM and audit tokens (``dp.st.``, ``dp.scim.``, ``dp.audit.``);
- Flutterwave encryption keys (``FLWSECK_TEST`` + 12 hex, no dash);
- NVIDIA (``nvapi-``), Tavily (``tvly-``), Langfuse secret keys (``sk-lf-`` + UUID), Neon
  (``napi_``), Cerebras (``csk-``), DeepSeek (``sk-`` + 32 hex), Jina (``jina_``), Anyscale
  (``esecret_``), Browserbase (``bb_live_``), E2B (``e2b_``), Firecrawl (``fc-`` + 32 hex),
  LangSmith legacy (``ls__``);
- Docker Swarm join tokens (``SWMTKN-1-``), Mapbox secret and temporary tokens (``sk.eyJ``,
  ``tk.eyJ``), Linear OAuth tokens (``lin_oauth_``), Trello (``ATTA``) and Atlassian
  (``ATCTT3xFfG``) tokens, Ory (``ory_pat_``...), Deno Deploy (``ddp_``, ``ddw_``);
- Volcengine access keys (``AKLT``), MailerSend (``mlsn.``), Slack client tokens (``xoxc-``),
  Facebook/Meta user and app tokens (``EAAB``, ``EAAG``... 100+ characters), Okta ``SSWS``
  authorization values, Axiom (``xaat-``/``xapt-`` + UUID), Honeycomb ingest keys (``hcaik_``...),
  LaunchDarkly API and server SDK keys (``api-``/``sdk-`` + UUID), Zuplo (``zpka_``),
  Buildkite agent tokens (``bkaa_``).
"""

from __future__ import annotations

from redactor.detect.secrets.spec import E_DASH, B, E, SecretFormat

_UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_ND = r"(?![A-Za-z0-9_\-])"


def _fmt(
    name: str, pattern: str, keywords: tuple[str, ...], *, entropy: float = 3.0, score: float = 0.95
) -> SecretFormat:
    return SecretFormat(name, pattern, keywords, score=score, min_entropy=entropy)


FORMATS: tuple[SecretFormat, ...] = (
    _fmt(
        "doppler.service_token",
        rf"{B}dp\.(?:st|scim|audit)\.(?:[a-z0-9_\-]{{2,35}}\.)?[A-Za-z0-9]{{40,44}}{E}",
        ("dp.st.", "dp.scim.", "dp.audit."),
    ),
    _fmt(
        "flutterwave.encryption_key", rf"{B}FLWSECK(?:_TEST)?[a-f0-9]{{12}}{_ND}", ("flwseck",), entropy=2.5, score=0.9
    ),
    _fmt("nvidia.api_key", rf"{B}nvapi-[A-Za-z0-9_\-]{{64}}{_ND}", ("nvapi-",)),
    _fmt("tavily.api_key", rf"{B}tvly-(?:dev-|prod-)?[A-Za-z0-9]{{32}}{E_DASH}", ("tvly-",)),
    _fmt("langfuse.secret_key", rf"{B}sk-lf-{_UUID}{_ND}", ("sk-lf-",)),
    _fmt("neon.api_key", rf"{B}napi_[a-z0-9]{{64}}{E}", ("napi_",)),
    _fmt("cerebras.api_key", rf"{B}csk-[a-z0-9]{{48}}{E_DASH}", ("csk-",)),
    _fmt("deepseek.api_key", rf"{B}sk-[0-9a-f]{{32}}{_ND}", ("sk-",), entropy=3.2, score=0.85),
    _fmt("jina.api_key", rf"{B}jina_[A-Za-z0-9_\-]{{56,64}}{_ND}", ("jina_",), entropy=4.0),
    _fmt("anyscale.api_key", rf"{B}esecret_[a-z0-9]{{24,40}}{E}", ("esecret_",)),
    _fmt("browserbase.api_key", rf"{B}bb_(?:live|test)_[A-Za-z0-9_\-]{{20,40}}{_ND}", ("bb_live_", "bb_test_")),
    _fmt("e2b.api_key", rf"{B}e2b_[0-9a-f]{{40}}{E}", ("e2b_",)),
    _fmt("firecrawl.api_key", rf"{B}fc-[0-9a-f]{{32}}{_ND}", ("fc-",)),
    _fmt("langsmith.legacy_key", rf"{B}ls__[0-9a-f]{{32}}{E}", ("ls__",)),
    _fmt("docker.swarm_join_token", rf"{B}SWMTKN-1-[a-z0-9]{{50}}-[a-z0-9]{{25}}{_ND}", ("swmtkn-1-",)),
    _fmt(
        "mapbox.secret_token",
        rf"{B}[st]k\.eyJ1Ijoi[A-Za-z0-9_\-]{{20,}}\.[A-Za-z0-9_\-]{{20,}}{_ND}",
        ("sk.eyj1ijoi", "tk.eyj1ijoi"),
    ),
    _fmt("linear.oauth_token", rf"{B}lin_oauth_[0-9a-f]{{64}}{E}", ("lin_oauth_",)),
    _fmt("trello.atta_token", rf"{B}ATTA[0-9a-fA-F]{{60,72}}{E}", ("atta",), entropy=3.3, score=0.9),
    _fmt("atlassian.collab_token", rf"{B}ATCTT3xFfG[A-Za-z0-9_\-=]{{100,}}{_ND}", ("atctt3xffg",), entropy=4.0),
    _fmt("ory.token", rf"{B}ory_(?:pat|at|rt|ac|st|apikey)_[A-Za-z0-9]{{24,64}}{E}", ("ory_",)),
    _fmt("deno.deploy_token", rf"{B}dd[pw]_[A-Za-z0-9]{{36}}{E}", ("ddp_", "ddw_")),
    _fmt("volcengine.access_key", rf"{B}AKLT[A-Za-z0-9_\-]{{40,60}}{_ND}", ("aklt",), entropy=4.0, score=0.9),
    _fmt("mailersend.api_token", rf"{B}mlsn\.[0-9a-f]{{64}}{E}", ("mlsn.",)),
    _fmt("slack.client_token", rf"{B}xoxc-\d{{8,14}}-\d{{8,14}}-\d{{8,14}}-[0-9a-f]{{64}}{E}", ("xoxc-",)),
    _fmt("facebook.user_token", rf"{B}EAA[A-Z0-9][A-Za-z0-9]{{96,}}{E}", ("eaa",), entropy=4.5, score=0.9),
    SecretFormat("okta.ssws", r"\bSSWS[ \t]+(?P<v>00[A-Za-z0-9_\-]{40})(?![A-Za-z0-9_\-])", ("ssws",), score=0.95),
    _fmt("axiom.token", rf"{B}xa[ap]t-{_UUID}{_ND}", ("xaat-", "xapt-")),
    _fmt(
        "honeycomb.ingest_key",
        rf"{B}hc[ax][ilm]k_[0-9a-z]{{58}}{E}",
        ("hcaik_", "hcxik_", "hcalk_", "hcxlk_", "hcamk_", "hcxmk_"),
    ),
    _fmt("launchdarkly.uuid_key", rf"(?<![A-Za-z0-9_.\-/])(?:api|sdk)-{_UUID}{_ND}", ("api-", "sdk-"), score=0.85),
    _fmt("zuplo.api_key", rf"{B}zpka_[0-9a-f]{{32}}_[0-9a-f]{{8}}{E}", ("zpka_",)),
    _fmt("buildkite.agent_token", rf"{B}bkaa_[0-9a-f]{{40}}{E}", ("bkaa_",)),
)
"""Formats named by their literal prefix; names follow ``<provider>.<kind>``."""
