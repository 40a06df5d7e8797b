"""Catalogue: AI model providers, messaging, chat, e-mail and social platforms."""

from __future__ import annotations

from redactor.detect.secrets.spec import B, E, SecretFormat, ctx

_UUID = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
_ND = r"(?![A-Za-z0-9_\-])"

FORMATS: tuple[SecretFormat, ...] = (
    # AI model providers.
    SecretFormat(
        "openai.project_key",
        rf"{B}sk-(?:proj|svcacct|admin|None)-[A-Za-z0-9_\-]{{40,250}}{_ND}",
        ("sk-proj-", "sk-svcacct-", "sk-admin-", "sk-none-"),
        score=0.97,
    ),
    SecretFormat(
        "openai.legacy_key",
        rf"{B}sk-[A-Za-z0-9]{{20}}T3BlbkFJ[A-Za-z0-9]{{20}}{E}",
        ("t3blbkfj",),
        score=0.98,
    ),
    SecretFormat("openai.key", rf"{B}sk-[A-Za-z0-9]{{48}}{E}", ("sk-",), score=0.85, min_entropy=4.0),
    SecretFormat(
        "anthropic.api_key",
        rf"{B}sk-ant-(?:api|admin|oat|ort|sid)\d\d-[A-Za-z0-9_\-]{{32,200}}{_ND}",
        ("sk-ant-",),
        score=0.98,
    ),
    SecretFormat("openrouter.api_key", rf"{B}sk-or-v1-[a-f0-9]{{64}}{E}", ("sk-or-v1-",)),
    SecretFormat("huggingface.token", rf"{B}hf_[A-Za-z0-9]{{34,40}}{E}", ("hf_",), min_entropy=3.5),
    SecretFormat("huggingface.org_token", rf"{B}api_org_[A-Za-z0-9]{{34}}{E}", ("api_org_",), min_entropy=3.5),
    SecretFormat("groq.api_key", rf"{B}gsk_[A-Za-z0-9]{{52}}{E}", ("gsk_",)),
    SecretFormat("perplexity.api_key", rf"{B}pplx-[A-Za-z0-9]{{40,56}}{E}", ("pplx-",)),
    SecretFormat("replicate.api_token", rf"{B}r8_[A-Za-z0-9]{{37}}{E}", ("r8_",)),
    SecretFormat("xai.api_key", rf"{B}xai-[A-Za-z0-9]{{70,90}}{E}", ("xai-",)),
    SecretFormat("langsmith.api_key", rf"{B}lsv2_(?:pt|sk)_[a-f0-9]{{32}}_[a-f0-9]{{10}}{E}", ("lsv2_",)),
    SecretFormat("pinecone.api_key", rf"{B}pcsk_[A-Za-z0-9_]{{50,}}{E}", ("pcsk_",)),
    SecretFormat("elevenlabs.api_key", rf"{B}sk_[a-f0-9]{{48}}{E}", ("sk_",)),
    SecretFormat("fireworks.api_key", rf"{B}fw_[A-Za-z0-9]{{24,}}{E}", ("fw_",), min_entropy=3.5),
    ctx("cohere.api_key", ["cohere", "co_api_key"], r"[A-Za-z0-9]{40}"),
    ctx("mistral.api_key", ["mistral"], r"[A-Za-z0-9]{32}"),
    ctx("together.api_key", ["together"], r"[a-f0-9]{64}"),
    ctx("wandb.api_key", ["wandb"], r"[a-f0-9]{40}"),
    ctx("deepgram.api_key", ["deepgram"], r"[a-f0-9]{40}"),
    ctx("assemblyai.api_key", ["assemblyai"], r"[a-f0-9]{32}"),
    ctx("stability.api_key", ["stability"], r"sk-[A-Za-z0-9]{48}"),
    ctx("privateai.api_key", ["privateai", "private_ai", "private-ai"], r"[a-z0-9]{32}"),
    # Slack.
    SecretFormat(
        "slack.bot_token",
        rf"{B}xoxb-[0-9]{{8,14}}-[0-9A-Za-z\-]{{10,}}",
        ("xoxb-",),
        min_entropy=3.0,
    ),
    SecretFormat(
        "slack.user_token",
        rf"{B}xox[pe]-[0-9]{{8,14}}-[0-9]{{8,14}}-[0-9]{{8,14}}-[0-9A-Za-z]{{28,34}}{E}",
        ("xoxp-", "xoxe-"),
    ),
    SecretFormat(
        "slack.legacy_token",
        rf"{B}xox[os]-[0-9]+-[0-9]+-[0-9]+-[a-fA-F0-9]+{E}",
        ("xoxo-", "xoxs-"),
    ),
    SecretFormat(
        "slack.workspace_token",
        rf"{B}xox[ar]-(?:\d-)?[0-9A-Za-z]{{8,48}}{E}",
        ("xoxa-", "xoxr-"),
        min_entropy=3.0,
    ),
    SecretFormat("slack.config_access_token", r"(?i:xoxe\.xox[bp]-\d-[A-Z0-9]{120,200})", ("xoxe.xox",)),
    SecretFormat("slack.config_refresh_token", r"(?i:xoxe-\d-[A-Z0-9]{100,200})", ("xoxe-",)),
    SecretFormat("slack.app_token", r"(?i:xapp-\d-[A-Z0-9]+-\d+-[a-z0-9]+)", ("xapp-",)),
    SecretFormat(
        "slack.webhook",
        r"(?:https?://)?hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9+/_\-]{20,120}",
        ("hooks.slack.com",),
        score=0.95,
    ),
    # Other chat and messaging.
    SecretFormat(
        "discord.bot_token",
        rf"{B}[MNO][A-Za-z0-9_\-]{{23,25}}\.[A-Za-z0-9_\-]{{6}}\.[A-Za-z0-9_\-]{{27,38}}{_ND}",
        (".",),
        min_entropy=4.0,
    ),
    SecretFormat(
        "discord.webhook",
        r"https://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/\d+/[A-Za-z0-9_\-]{60,68}",
        ("discord",),
        score=0.95,
    ),
    ctx("discord.api_token", ["discord"], r"[a-f0-9]{64}"),
    ctx("discord.client_id", ["discord"], r"[0-9]{17,19}"),
    ctx("discord.client_secret", ["discord"], r"[A-Za-z0-9=_\-]{32}"),
    SecretFormat(
        "telegram.bot_token",
        rf"(?:(?<=/bot)|{B})[0-9]{{5,16}}:A[A-Za-z0-9_\-]{{32,35}}{_ND}",
        (":a",),
        score=0.9,
    ),
    SecretFormat(
        "msteams.webhook",
        r"https://[a-z0-9]+\.webhook\.office\.com/webhookb2/[a-z0-9\-]{36}@[a-z0-9\-]{36}/IncomingWebhook/[a-z0-9]{32}/[a-z0-9\-]{36}",
        ("webhook.office.com",),
        score=0.95,
    ),
    SecretFormat(
        "zapier.webhook",
        r"https://(?:hooks\.)?zapier\.com/hooks/catch/\d+/[A-Za-z0-9]+/?",
        ("zapier.com",),
    ),
    ctx("mattermost.token", ["mattermost"], r"[a-z0-9]{26}"),
    ctx("messagebird.api_key", ["messagebird", "message_bird", "message-bird"], r"[A-Za-z0-9]{25}"),
    ctx("twitch.api_token", ["twitch"], r"[a-z0-9]{30}"),
    ctx("zoom.secret", ["zoom"], r"[A-Za-z0-9]{32}"),
    ctx("gitter.token", ["gitter"], r"[a-z0-9_\-]{40}"),
    ctx("pusher.secret", ["pusher"], r"[a-f0-9]{20}"),
    ctx(
        "line.channel_token",
        ["line_channel", "linemessaging", "line_messaging"],
        r"[A-Za-z0-9+/=]{100,200}",
    ),
    # Voice/SMS.
    SecretFormat("twilio.api_key", rf"{B}SK[0-9a-fA-F]{{32}}{E}", ("sk",), min_entropy=3.0),
    ctx("twilio.auth_token", ["twilio"], r"[a-f0-9]{32}"),
    ctx("vonage.api_secret", ["vonage", "nexmo"], r"[A-Za-z0-9]{16}"),
    ctx("plivo.auth_token", ["plivo"], r"[A-Za-z0-9]{40}"),
    # E-mail.
    SecretFormat(
        "sendgrid.api_key",
        rf"{B}SG\.[A-Za-z0-9_\-]{{22}}\.[A-Za-z0-9_\-]{{43}}{_ND}",
        ("sg.",),
        score=0.97,
    ),
    SecretFormat(
        "sendinblue.api_key",
        rf"{B}x(?:keysib|smtpsib)-[a-f0-9]{{64}}-[A-Za-z0-9]{{16}}{E}",
        ("xkeysib-", "xsmtpsib-"),
    ),
    SecretFormat("mailgun.private_key", rf"{B}key-[a-f0-9]{{32}}{E}", ("key-",)),
    SecretFormat("mailgun.public_key", rf"{B}pubkey-[a-f0-9]{{32}}{E}", ("pubkey-",)),
    ctx("mailgun.signing_key", ["mailgun"], r"[a-h0-9]{32}-[a-h0-9]{8}-[a-h0-9]{8}"),
    SecretFormat("mailchimp.api_key", rf"{B}[a-f0-9]{{32}}-us\d{{1,2}}{E}", ("-us",)),
    ctx("postmark.token", ["postmark"], _UUID),
    ctx("mandrill.api_key", ["mandrill"], r"[A-Za-z0-9_\-]{22}"),
    ctx("sparkpost.api_key", ["sparkpost"], r"[a-f0-9]{40}"),
    ctx("mailjet.secret", ["mailjet"], r"[a-f0-9]{32}"),
    # Social.
    SecretFormat(
        "facebook.page_token",
        rf"{B}EAA[MC][A-Za-z0-9]{{100,}}{E}",
        ("eaam", "eaac"),
        min_entropy=4.0,
    ),
    SecretFormat(
        "facebook.access_token",
        rf"{B}\d{{15,16}}(?:\||%7C)[0-9A-Za-z_\-]{{27,40}}{_ND}",
        ("|", "%7c"),
    ),
    ctx("facebook.app_secret", ["facebook", "fb_secret", "fb_app"], r"[a-f0-9]{32}"),
    SecretFormat("twitter.bearer_token", rf"{B}A{{22}}[A-Za-z0-9%]{{80,100}}{E}", ("aaaaaaaaaaaaaaaaaaaaaa",)),
    ctx("twitter.secret", ["twitter"], r"[A-Za-z0-9]{45,50}"),
    ctx("twitter.access_token", ["twitter"], r"[0-9]{15,25}-[A-Za-z0-9]{20,40}"),
    ctx("linkedin.client_secret", ["linkedin", "linked_in", "linked-in"], r"[A-Za-z0-9]{14,16}"),
    ctx("reddit.secret", ["reddit"], r"[A-Za-z0-9_\-]{27,30}"),
    ctx("pinterest.token", ["pinterest"], r"pina_[A-Za-z0-9]{60,}"),
)
