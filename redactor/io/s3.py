"""S3 helpers shared by the archive source and the S3 sink: URIs, clients, the streaming layout.

GitHub's audit-log stream writes objects named ``YYYY/MM/DD/HH/MM/<uuid>.json.log.gz`` (observed)
or, as its docs say, ``YYYY/MM/HH/MM/<uuid>.json.gz``; both extensions occur with both
prefixes. `layout_match` accepts all four forms under any parent prefix.

The client honours ``S3_ENDPOINT`` (or ``AWS_ENDPOINT_URL``) for S3-compatible servers (moto in
tests, MinIO on premises); credentials come from the usual AWS environment and config chain.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from redactor.errors import ConfigError

LAYOUT = re.compile(
    r"(?:^|/)(?P<y>\d{4})/(?P<mo>\d{2})/(?:(?P<d>\d{2})/)?(?P<h>\d{2})/(?P<mi>\d{2})/"
    r"(?P<name>[^/]+)\.json(?:\.log)?\.gz$"
)
"""The streaming layout: 5-level (with day) or 4-level prefix, ``.json.log.gz`` or ``.json.gz``."""


def layout_match(key: str) -> bool:
    """Whether an object key (relative or full) is in the streaming layout."""
    m = LAYOUT.search(key)
    if m is None:
        return False
    return (
        1 <= int(m["mo"]) <= 12
        and int(m["h"]) <= 23
        and int(m["mi"]) <= 59
        and (m["d"] is None or 1 <= int(m["d"]) <= 31)
    )


@dataclass(frozen=True, slots=True)
class S3Location:
    """``s3://bucket/prefix`` split into its parts (prefix without a leading slash)."""

    bucket: str
    prefix: str

    @classmethod
    def parse(cls, uri: str) -> S3Location:
        parts = urlsplit(uri)
        if parts.scheme != "s3" or not parts.netloc:
            raise ConfigError(f"{uri}: expected s3://bucket[/prefix]")
        if parts.query or parts.fragment:
            raise ConfigError(f"{uri}: query strings are not supported in s3:// URIs")
        return cls(parts.netloc, parts.path.lstrip("/"))

    def uri(self, key: str | None = None) -> str:
        return f"s3://{self.bucket}/{key if key is not None else self.prefix}"


def endpoint_from_env() -> str | None:
    """The S3 endpoint override, if any (``S3_ENDPOINT`` or ``AWS_ENDPOINT_URL``)."""
    return os.environ.get("S3_ENDPOINT") or os.environ.get("AWS_ENDPOINT_URL") or None


def s3_client(endpoint_url: str | None = None) -> Any:
    """A boto3 S3 client (endpoint override from the argument or the environment)."""
    try:
        import boto3  # type: ignore[import-untyped]
        from botocore.config import Config  # type: ignore[import-untyped]
    except ImportError as e:  # pragma: no cover - boto3 is a dependency of the s3 extra
        raise ConfigError("s3:// needs boto3 (pip install boto3)") from e
    return boto3.client(
        "s3",
        endpoint_url=endpoint_url or endpoint_from_env(),
        config=Config(retries={"max_attempts": 5, "mode": "standard"}),
    )
