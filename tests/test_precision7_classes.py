"""Session 7 precision classes: values that say what they are and are no secret or person.

Each table holds rows the class must suppress and near misses of the same shape that must still be
found (a real address, handle, phone number, date of birth, secret or person beside the stand-in).
"""

from __future__ import annotations

import pytest

from redactor.detect.pii.address_locale import LocaleAddressDetector
from redactor.detect.pii.bot_accounts import bot_account
from redactor.detect.pii.code_names import code_reference
from redactor.detect.pii.contact import EmailDetector, PhoneDetector
from redactor.detect.pii.dates import DateOfBirthDetector
from redactor.detect.pii.example_contacts import placeholder_email
from redactor.detect.pii.identity import HandleDetector, HomePathDetector, plausible_user
from redactor.detect.pii.number_kinds import log_timestamp, measured, not_a_phone
from redactor.detect.secrets.keys import classify
from redactor.detect.secrets.object_refs import object_version
from redactor.detect.secrets.placeholders import is_placeholder
from redactor.detect.secrets.public_values import is_public_value
from redactor.detect.service_words import named_service


def _found(detector: object, text: str) -> list[str]:
    """The values `detector` reports in `text`."""
    return [text[s.start : s.end] for s in detector.detect(text)]  # type: ignore[attr-defined]


# --- documentation e-mail addresses --------------------------------------------------------------


@pytest.mark.parametrize(
    ("address", "stand_in"),
    [
        ("test@example.com", True),  # the canonical test address
        ("patient@example.com", True),  # a FHIR example's placeholder
        ("guest@example.com", True),
        ("user2@example.org", True),  # trailing digits of a numbered test user
        ("john.doe@example.net", True),
        ("customer@shop.example.com", True),  # a subdomain of one
        # near misses: an invented organisation under a reserved TLD imitates a real one
        ("customer@shop.test", False),
        ("someone@acme-canary.example", False),
        # near misses: a realistic person at a reserved domain is masked like any address
        ("marta.kowalski@example.com", False),
        ("priyanka.r@acme-bank.example", False),
        # near miss: a role mailbox (a development set labels noreply@status.example.net)
        ("noreply@status.example.net", False),
        ("ops-alerts@example.com", False),
        # near misses: a placeholder word at a real domain is someone's mailbox
        ("test@gmail.com", False),
        ("patient@clinic-example.com", False),  # not the reserved domain, only a look-alike
        # session 11: a national imitation of the domain counts with a placeholder local part only
        ("test@example.co.uk", True),
        ("hiroko.sato@corp.example.jp", False),
    ],
)
def test_placeholder_email(address: str, stand_in: bool) -> None:
    assert placeholder_email(address) is stand_in


def test_email_detector_skips_stand_ins_only() -> None:
    text = 'telecom: [{"value": "patient@example.com"}, {"value": "ana.souza@example.com"}]'
    assert _found(EmailDetector(), text) == ["ana.souza@example.com"]


# --- code after an @ ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "handle", "code"),
    [
        ("add the `@Serializable` annotation", "Serializable", True),  # kotlinx.serialization
        ("mark it `@Composable`", "Composable", True),  # Jetpack Compose
        ('appendHelcimPayIframe("@Model.CheckoutToken")', "Model.CheckoutToken", True),  # Razor
        ("curl -F 'file=@app-debug.apk' https://x", "app-debug.apk", True),  # curl -F reads the file
        ("curl -d @events.ndjson https://x", "events.ndjson", True),  # curl -d reads the file
        ("http POST x body=@payload", "payload", True),  # HTTPie
        # near misses: people
        ("thanks @sofia-marchetti for the review", "sofia-marchetti", False),
        ("ping @john.doe on Instagram", "john.doe", False),  # lower-case dotted parts
        ("cc @serializable-dev", "serializable-dev", False),
        ("curl -d hello @okwudili", "okwudili", False),  # not the flag's argument
    ],
)
def test_code_reference(text: str, handle: str, code: bool) -> None:
    start = text.index("@" + handle)
    assert code_reference(text, start, handle) is code


def test_handle_detector_keeps_people_beside_code() -> None:
    text = "Please add `@Serializable` to the class and ask @sofia-marchetti to review it."
    assert _found(HandleDetector(), text) == ["@sofia-marchetti"]


# --- default logins of images --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "someone"),
    [
        ("pi", False),  # Raspberry Pi OS
        ("jovyan", False),  # Jupyter Docker Stacks
        ("openhands", False),  # OpenHands sandbox
        ("gitpod", False),
        # near misses: chosen logins, and image defaults that are also given names
        ("nkhumalo", True),
        ("kali", True),
        ("rocky", True),
        ("pia", True),
    ],
)
def test_image_accounts(name: str, someone: bool) -> None:
    assert plausible_user(name) is someone
    assert bot_account(name) is not someone


def test_home_paths_of_images_and_people() -> None:
    text = "Writing /home/jovyan/.cdsapirc\nssh_key_path: /home/openhands/.ssh/x\ncp /home/nkhumalo/.netrc ."
    assert _found(HomePathDetector(), text) == ["nkhumalo"]


# --- numbers that say what they are -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "other"),
    [
        ('{"project_info": {"project_number": "492117730181"}}', "492117730181", True),  # Firebase
        ('desk phone +90 232 464 18 20", "create_at": 1741161600000}', "1741161600000", True),
        ('"@timestamp": 1795590311402, "event_id"', "1795590311402", True),
        ('"order": {\n  "id": 5811230945,', "5811230945", True),
        ("the VAT number `399999999900003` (the example", "399999999900003", True),
        ("11-24 09:14:02.118  4410  4410 E AndroidRuntime: at", "4410  4410", True),  # logcat pid/tid
        # near misses: phone keys, phone labels, a country code
        ('{"wa_id": "254712448019"}', "254712448019", False),
        ('{"phone_number": "0712448019"}', "0712448019", False),
        ('{"id": "+254712448019"}', "+254712448019", False),
        ("my number is 0712 448 019", "0712 448 019", False),
        ('{"contact_no": "0712 448 019"}', "0712 448 019", False),
        ('{"call_me_at": "0712 448 019"}', "0712 448 019", False),  # a time-like head, a phone key word
        ("sender number 07700900123", "07700900123", False),  # an SMS sender is a phone
    ],
)
def test_not_a_phone(text: str, value: str, other: bool) -> None:
    start = text.index(value)
    assert not_a_phone(text, start, start + len(value)) is other


def test_phone_detector_keeps_the_phone_beside_an_id() -> None:
    text = '{"id": 5811230945, "phone": "+44 7700 900123", "project_number": "492117730181"}'
    assert _found(PhoneDetector(), text) == ["+44 7700 900123"]


@pytest.mark.parametrize(
    ("text", "value", "stamp"),
    [
        ("dob=1987-03-22 reason=x\n2026-11-21T08:09:47Z level=warn", "2026-11-21", True),
        ("dob=1987-03-22 reason=x\\n2026-11-21T08:09:47Z level=warn", "2026-11-21", True),  # JSON-escaped
        ("[2026-11-19 08:02:40] INFO booked", "2026-11-19", True),
        # near misses: a birth date, also with a time (a .NET DateTime), not opening a line
        ("dob=1987-03-22 reason=x", "1987-03-22", False),
        ('{"dateOfBirth": "1987-03-22T00:00:00"}', "1987-03-22", False),
    ],
)
def test_log_timestamp(text: str, value: str, stamp: bool) -> None:
    start = text.index(value)
    assert log_timestamp(text, start, start + len(value)) is stamp


def test_date_of_birth_detector_skips_the_next_records_time() -> None:
    text = 'applicant="Ana" dob=1987-03-22 reason=blurry\n2026-11-21T08:09:47Z {app="kyc"} level=warn'
    assert _found(DateOfBirthDetector(), text) == ["1987-03-22"]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("61204 MiB", True),
        ("80 GB", True),
        ("2400 MHz", True),
        ("95%", True),
        # near misses: house numbers
        ("1600 W Main St", False),  # West, not watts
        ("221B Baker Street", False),
        ("12 Mill Road", False),
    ],
)
def test_measured(text: str, figure: bool) -> None:
    assert measured(text, 0) is figure


def test_address_detector_skips_gpu_memory_keeps_street() -> None:
    gpu = (
        "name, uuid, memory.used [MiB]\n0, NVIDIA A100-SXM4-80GB, GPU-2e7cf3ac-800e-44c3-996f-9eb33a48ebea, "
        "61204 MiB\n1, NVIDIA A100-SXM4-80GB, GPU-fed63331-4246-48ba-8a1a-7970a65c984f, 60988 MiB"
    )
    assert _found(LocaleAddressDetector(), gpu) == []
    street = "Ship it to 47 Hauptstraße, 73033 Göppingen please."
    assert _found(LocaleAddressDetector(), street) != []


# --- secrets: references and public halves --------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "secret"),
    [
        ("existingSecret", False),  # Helm: the name of a Kubernetes Secret object
        ("auth.existingSecret", False),
        ("existing_secret", False),
        # near misses: secrets
        ("client_secret", True),
        ("secret", True),
        ("existing_password", True),  # a password, whatever it is called
        ("existingSecretToken", True),
    ],
)
def test_existing_secret_names(key: str, secret: bool) -> None:
    assert (classify(key) is not None) is secret


@pytest.mark.parametrize(
    ("before", "version"),
    [
        ('id = "https://kv-hafnia-prod.vault.azure.net/secrets/db-password/', True),
        ("https://kv.vault.azure.net/keys/signing/", True),
        ("projects/acme/secrets/db-password/versions/", True),
        # near misses: a secret in a query string, a path that names no stored object
        ("https://api.example.com/v1/secrets?token=", False),
        ("https://kv.vault.azure.net/secrets/", False),
    ],
)
def test_object_version(before: str, version: bool) -> None:
    assert object_version(before) is version


@pytest.mark.parametrize(
    ("value", "public"),
    [
        ("pub_prod_jfJKGAbsqGEgrA01U9Nt7phIBNMBToin", True),  # Wompi public key
        ("live_ck_QqmtOOee8UfbxI49p8FTrj3gqhKz", True),  # Toss Payments client key
        ("key_live_xN2dFnlMQEfzPehv039myLrZge02h354", True),  # Branch key
        ("ek_live_HC0x36KR4kBYfgnWZNMDHlKSa4aZrn", True),  # Pagar.me encryption key
        ("pkey_test_dw2w2g19lrmu6w30k44", True),  # Omise public key
        ("pk_4fb3455c-a429-44b9-ad49-63133b0afc55", True),  # Tabby public key
        # near misses: the secret halves beside them
        ("prv_prod_rzR8I6bLkifq8sBGi4YAfK7h6sDq3RnD", False),
        ("live_sk_EWlXayDBemF7a0uzI3ovEq2arpk5", False),
        ("secret_live_xN2dFnlMQEfzPehv039myLrZge02h354", False),
        ("skey_test_ql68zxj0xajfzgzk1jd", False),
        ("sk_00d206bd-1e5d-4333-8a8a-1234567890ab", False),
        ("rzp_live_Wde8DjLgt5OPKY", False),  # a development set labels Razorpay key ids secret
    ],
)
def test_public_halves(value: str, public: bool) -> None:
    assert is_public_value(value) is public


@pytest.mark.parametrize(
    ("value", "placeholder"),
    [
        # documentation's webhook URL: every variable part zeros or X
        ("https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX", True),
        ("AKIA0000000000000000", True),
        # near misses: a real webhook has a random part; zeros inside a random key are no filler
        ("https://hooks.slack.com/services/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", False),
        ("T00000000/B00000000/q8f2LmZ0pX7aN3vR5tY1wK9c", False),
        ("a1b2000000000c3d4e5f6a7b8c9d0e1f", False),
        # PowerShell cmdlets and credential header names stand where a value would: names
        ("ConvertTo-SecureString", True),
        ("Get-AzKeyVaultSecret", True),
        ("Ocp-Apim-Subscription-Key", True),
        ("X-Api-Key", True),
        # near misses: passphrases and passwords of words joined by hyphens
        ("Correct-Horse-Battery-Staple", False),
        ("Summer-Key", False),
        ("Kestrel3685%yb", False),
        # a UUID or hex key whose digits spell "add" is no "add your key" placeholder
        ("6e01c4d7-4add-4664-9beb-cd13bb4ef594", False),
        ("f69add7a7aff423ab66f4868e07e43d1", False),
        ("add-your-key-here", True),
    ],
)
def test_placeholder_classes(value: str, placeholder: bool) -> None:
    assert is_placeholder(value) is placeholder


# --- a vendor name the text also spells as a machine name ----------------------------------------


@pytest.mark.parametrize(
    ("text", "word", "service"),
    [
        ("Push to Chocolatey\nuploaded to https://push.chocolatey.org/", "Chocolatey", True),
        ("Appium caps for Kobiton: const kobitonServerUrl = 'https://x'", "Kobiton", True),
        ("PAYMOB_API_KEY=eyJ... and Paymob says 401", "Paymob", True),
        # near misses: a surname in a mailbox domain, a word inside a longer label, a short word
        ("Reply to Kavanagh at orla@kavanagh.ie", "Kavanagh", False),
        ("Kavanagh designs: https://kavanagh-design.ie", "Kavanagh", False),
        ("Ask Ana about ana.io", "Ana", False),  # fewer than four letters: never judged
        # a given name is a person even beside its own site, variable or identifier
        ("Thanks, Anna! The preview is on https://anna.dev/blog", "Anna", False),
        ("Maria asked for MARIA_HOME to be set", "Maria", False),
        ("Olanrewaju wants olanrewajuToken rotated", "Olanrewaju", False),
    ],
)
def test_named_service(text: str, word: str, service: bool) -> None:
    assert named_service(text, word) is service


@pytest.mark.parametrize(
    "text",
    [
        "## User\n\nAppium caps for Kobiton:\n\n```js\nconst kobitonServerUrl = 'https://api.kobiton.com/wd/hub';\n```\n",
        "2024-07-09T12:01:00.4412097Z ##[section]Starting: Push to Chocolatey\n"
        "2024-07-09T12:01:11Z Package pushed successfully to https://push.chocolatey.org/\n",
        "مرحبا، عندي مشكلة في ربط بوابة Paymob:\n\nPAYMOB_API_KEY=eyJjbGFzcyI6Ik1lcmNoYW\n",
    ],
)
def test_engine_drops_vendor_persons(real_engine, text: str) -> None:  # type: ignore[no-untyped-def]
    # the model calls each vendor a person; its machine spelling in the same text overrules it
    assert [s for s in real_engine.analyze([text])[0] if s.entity == "PERSON"] == []


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a full name stays a person even when a host spells one of its words
        (
            "The release was signed off by Orla Kavanagh yesterday; her studio site is https://kavanagh.ie/work",
            "Orla Kavanagh",
        ),
        # a host label that is not the word itself (wanjiru-labs) says nothing
        ("Thanks to Wanjiru for the fix, the dashboard is at https://grafana.wanjiru-labs.io/d/abc", "Wanjiru"),
    ],
)
def test_engine_keeps_people_beside_hosts(real_engine, text: str, person: str) -> None:  # type: ignore[no-untyped-def]
    assert person in [text[s.start : s.end] for s in real_engine.analyze([text])[0] if s.entity == "PERSON"]


def _scored(text: str) -> list[str]:
    """What ``secret.generic.scored`` (random values in assignment-like places) reports in `text`."""
    from redactor.detect.registry import all_detectors

    (detector,) = [d for d in all_detectors() if d.name == "secret.generic.scored"]
    return _found(detector, text)


def test_values_under_address_keys_are_public() -> None:
    # a chain address under an address key is where funds go; the seed beside it stays a secret
    text = (
        'deposit_addr = "qySbsKg9tZ6ip8K3yxJEGZS3zfBCZJPLp1pSQ8EwQp1L"\n'
        'signing_seed = "T2nDMQQBqcHS3kcXp9LmW4vR7tY2uZ8aB3cD5eF7gH9jK"\n'
        "  SS58 Address:      5vopftWxeeM5MKqgW4PGdJE34pApubER7VLWS6WfhNiKabG2\n"
    )
    assert _scored(text) == ["T2nDMQQBqcHS3kcXp9LmW4vR7tY2uZ8aB3cD5eF7gH9jK"]
