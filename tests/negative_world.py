"""Generated texts that hold no personal data and no secret, in the carriers agent sessions use.

Each family is a kind of text that detectors have taken for personal data or a secret: tables of
four-part file versions (read as IP addresses), cloud resource names and build-cache keys next to
``key``/``token`` names (read as secrets), type annotations and format strings as values, Python
decorators and bitwise ``~`` in code (read as handles and home directories), English words where a
login could stand (``Last login: Mon``, ``requested by on-call``, a ``devs`` group), and package
names in prose (read as people). Values are drawn from a seeded `random.Random`, so each call
with the same seed gives the same texts; the words come from this file and from
`redactor.detect.pii.product_names_data` (names of widely used packages that are no one's name).

Nothing here is copied from an evaluation corpus. `CASES` is a list of ``(family, text)``; each
text comes plain and as a JSON tool result.
"""

from __future__ import annotations

import hashlib
import json
import random
import uuid
from collections.abc import Callable

from redactor.detect.pii.product_names_data import PRODUCT_WORDS

_ASSEMBLIES = (
    "Contoso.Billing.Core.dll",
    "Microsoft.Extensions.Logging.dll",
    "System.Text.Json.dll",
    "Grpc.Net.Client.dll",
    "Polly.Core.dll",
    "Serilog.Sinks.Console.dll",
    "Npgsql.dll",
    "Azure.Storage.Blobs.dll",
)
_REGIONS = ("eu-central-1", "us-east-1", "ap-southeast-2", "eu-west-3", "sa-east-1")
_SERVICES = ("kms", "sns", "sqs", "dynamodb", "lambda")
_RESOURCE_KEYS = ("kms_key_id", "kms_key_arn", "topic_arn", "queue_arn", "table_arn")
_CACHE_TOOLS = (
    ("go", "go.sum"),
    ("node-modules", "package-lock.json"),
    ("pip", "requirements.txt"),
    ("gradle", "gradle.lockfile"),
)
_PLATFORMS = ("Linux", "Windows", "macOS")
_DECORATORS = ("asynccontextmanager", "contextmanager", "singledispatchmethod", "runtime_checkable", "total_ordering")
_TEAMS = ("devs", "engineering", "finance", "marketing", "research")
_FEATURES = ("infer_string", "copy_on_write", "strict_mode", "lazy_import")
_ROLES = ("on-call", "in-house", "third-party")


def _version(rng: random.Random, *, wide: bool) -> str:
    """A four-part file version; `wide`: a build part over 255, so no address can read it."""
    last = rng.randint(300, 65000) if wide else rng.randint(0, 250)
    return f"{rng.randint(1, 20)}.{rng.randint(0, 9)}.{rng.randint(0, 250)}.{last}"


def versions_table(rng: random.Random) -> str:
    """``Get-Item *.dll`` output: file versions in a padded column, some of them address-shaped."""
    rows = [f"{name:<36} {_version(rng, wide=i % 2 == 0)}" for i, name in enumerate(rng.sample(_ASSEMBLIES, 5))]
    return "PS> Get-Item .\\bin\\*.dll | % { $_.Name, $_.VersionInfo.FileVersion }\n" + "\n".join(rows)


def pinned_requirement(rng: random.Random) -> str:
    """A requirements line pinning a four-part version, and a release note upgrading to one."""
    pkg = rng.choice(sorted(PRODUCT_WORDS))
    return f"{pkg}=={_version(rng, wide=False)}\n\n* Upgrade V8 to {_version(rng, wide=False)} for the new GC."


def terraform_arn(rng: random.Random) -> str:
    """A ``terraform plan`` excerpt whose ``*_key_id`` holds an ARN (a pointer to a KMS key)."""
    region, service = rng.choice(_REGIONS), rng.choice(_SERVICES)
    account = "".join(str(rng.randint(0, 9)) for _ in range(12))
    key = rng.choice(_RESOURCE_KEYS)
    arn = f"arn:aws:{service}:{region}:{account}:key/{uuid.UUID(int=rng.getrandbits(128), version=4)}"
    return (
        "  # aws_db_instance.main will be updated in-place\n"
        f'  ~ resource "aws_db_instance" "main" {{\n        {key:<20}= "{arn}"\n    }}'
    )


def cache_key(rng: random.Random) -> str:
    """An actions/cache log line: a key made of a tool, the runner OS and a lock file's digest."""
    tool, lock = rng.choice(_CACHE_TOOLS)
    digest = hashlib.sha256(f"{lock}{rng.random()}".encode()).hexdigest()
    key = f"{tool}-{rng.choice(_PLATFORMS)}-{digest}"
    return f"##[group]Run actions/cache@v4\nwith:\n  path: ~/.cache\n  key: {key}\n##[endgroup]"


def typed_fields(rng: random.Random) -> str:
    """A Python class with secret-named fields typed, defaulted from a format string, and a decorator."""
    deco = rng.choice(_DECORATORS)
    return (
        f"class ClientSettings:\n    api_key: Optional[str]\n    token: dict[str, Any]\n\n"
        f'    def header(self, tag: str) -> str:\n        key = f"Fn::{{tag[1:]}}"\n        return key\n\n'
        f'# Did you forget to add the "@{deco}" decorator?\n'
        "def invert(value: int, mask: int) -> int:\n    return ~value & x[~mask]\n"
    )


def json_marker(rng: random.Random) -> str:
    """A paginator description: ``output_token`` names a field path, not a token."""
    left = rng.choice(("CloudFrontOriginAccessIdentityList", "DistributionList", "FunctionList"))
    return json.dumps({"pagination": {"ListItems": {"input_token": "Marker", "output_token": f"{left}.NextMarker"}}})


def logins_that_are_words(rng: random.Random) -> str:
    """Shell and chat text where English words stand where a login could."""
    uid = uuid.UUID(int=rng.getrandbits(128), version=4)
    team = rng.choice(_TEAMS)
    return (
        f"Last login: Mon Mar  3 09:12:44 2025 from console\n"
        f"$ ls -l reports\n-rw-r-----  1 deploy  {team}  4096 Mar  3 09:13 q1.csv\n"
        f"# TODO({rng.choice(_FEATURES)}): drop the fallback\n"
        f"[09:14] deploy-bot: rollback of #1843 requested by {rng.choice(_ROLES)}\n"
        f"metadata:\n  name: orders\n  uid: {uid}\n"
        "Make sure the committer identity is set (e.g. via user.name and user.email)."
    )


def products_in_prose(rng: random.Random) -> str:
    """A release note naming packages, capitalised as prose does."""
    a, b, c = (w.capitalize() for w in rng.sample(sorted(w for w in PRODUCT_WORDS if len(w) >= 5), 3))
    return f"We replaced {a} with {b} in the ingest service; {c} stays for the admin pages."


_TABLE_WORDS = ("Convert", "Malformed", "Deprecated", "Alternatively", "Shut", "Query", "Horizontal")


def common_words_in_cells(rng: random.Random) -> str:
    """A Markdown table of options whose cells start with capitalised common words."""
    a, b, c = rng.sample(_TABLE_WORDS, 3)
    return (
        "| option | effect |\n|---|---|\n"
        f"| `--to` | {a} the input before writing. |\n| `--strict` | {b} rows stop the run. |\n"
        f"| `--legacy` | {c}, the old parser is used. |"
    )


FAMILIES: dict[str, Callable[[random.Random], str]] = {
    "versions_table": versions_table,
    "pinned_requirement": pinned_requirement,
    "terraform_arn": terraform_arn,
    "cache_key": cache_key,
    "typed_fields": typed_fields,
    "json_marker": json_marker,
    "logins_that_are_words": logins_that_are_words,
    "products_in_prose": products_in_prose,
    "common_words_in_cells": common_words_in_cells,
}
"""Family name -> builder of one text."""


def tool_result(text: str) -> str:
    """`text` as an agent's tool result: a JSON object, so quotes and line breaks arrive escaped."""
    return json.dumps({"role": "tool", "tool_call_id": "call_1", "content": text})


def cases(seed: int = 7, per_family: int = 3) -> list[tuple[str, str]]:
    """`per_family` texts of every family from one seeded generator, each as plain text and as a
    JSON tool result."""
    rng = random.Random(seed)
    out: list[tuple[str, str]] = []
    for name, build in FAMILIES.items():
        for _ in range(per_family):
            text = build(rng)
            out += [(name, text), (name + "/json", tool_result(text))]
    return out


CASES: list[tuple[str, str]] = cases()
