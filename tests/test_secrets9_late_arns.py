"""Amazon Resource Names are identifiers: ``secret:`` in a Secrets Manager ARN is no key.

Generated rows cross ARNs (Secrets Manager in three partitions, an RDS-managed secret, SSM, KMS,
IAM) with carriers (prose, YAML, JSON, Terraform, .env, CLI, IAM policy, Portuguese prose): no
SECRET span, from the assignment or the context detector. Near misses: real credentials written
next to an ARN are still found, and ``secret: <value>`` without an ARN prefix still counts.
"""

from __future__ import annotations

import itertools

import pytest

from redactor.detect.secrets.arns import after_arn_prefix, outside_arns
from redactor.detect.secrets.context import ContextTokenDetector
from redactor.detect.secrets.escapes import ViewCache
from redactor.detect.secrets.generic import AssignmentDetector

_ARNS = [
    "arn:aws:secretsmanager:eu-west-1:123456789012:secret:enricher/otx-AbCdEf",
    "arn:aws:secretsmanager:us-east-1:210987654321:secret:prod/stripe/api-key-x9Kq2L",
    "arn:aws:secretsmanager:ap-southeast-2:555566667777:secret:rds!db-1a2b3c4d-5e6f-7a8b-9c0d-1e2f3a4b5c6d-Qw3rTy",
    "arn:aws-us-gov:secretsmanager:us-gov-west-1:123456789012:secret:svc_token-7HkLm2",
    "arn:aws-cn:secretsmanager:cn-north-1:123456789012:secret:api/token-Zx81Qp",
    "arn:aws:ssm:eu-central-1:123456789012:parameter/prod/db/password",
    "arn:aws:kms:eu-west-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab",
    "arn:aws:iam::123456789012:role/github-token-rotator",
]
_CARRIERS = [
    "Grant read on the secret's ARN, for example `{r}`, and kms:Decrypt.",
    "SecretId: {r}\n",
    '{{"SecretArn": "{r}"}}',
    'secret_arn = "{r}"\n',
    "DB_SECRET_ID={r}\n",
    "aws secretsmanager get-secret-value --secret-id {r} --query SecretString\n",
    '"Resource": "{r}"',
    "O segredo fica no ARN {r} e o token é lido no arranque.",
]


@pytest.mark.parametrize(("arn", "carrier"), list(itertools.product(_ARNS, _CARRIERS)))
def test_an_arn_is_no_secret(arn: str, carrier: str) -> None:
    text = carrier.format(r=arn)
    views = ViewCache()
    assert AssignmentDetector(views).detect(text) == []
    assert ContextTokenDetector(views).detect(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "SecretArn: arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf\n"
            "password: Xk3pQ9mW2zR7vLbN4tY8aB\n",
            "Xk3pQ9mW2zR7vLbN4tY8aB",
        ),
        (
            '{"ARN": "arn:aws:secretsmanager:us-east-1:123456789012:secret:api-x9Kq2L", '
            '"SecretString": "{\\"api_key\\": \\"9f2c4e8a1b7d3f6e0a5c9b2d4e8f1a3c\\"}"}',
            "9f2c4e8a1b7d3f6e0a5c9b2d4e8f1a3c",
        ),
        ("webhook:\n  secret: Xk3pQ9mW2zR7vLbN4tY8aB\n", "Xk3pQ9mW2zR7vLbN4tY8aB"),
        ("the secret: Xk3pQ9mW2zR7vLbN4tY8aB (rotate it)", "Xk3pQ9mW2zR7vLbN4tY8aB"),
    ],
)
def test_credentials_beside_an_arn_are_still_found(text: str, value: str) -> None:
    spans = AssignmentDetector(ViewCache()).detect(text)
    p = text.find(value)
    assert any(s.start == p and s.end == p + len(value) for s in spans)


def test_helpers_only_cover_arns() -> None:
    text = "x arn:aws:secretsmanager:eu-west-1:123456789012:secret:prod/db-AbCdEf y secret: abc"
    assert after_arn_prefix(text, text.index("secret:prod"))
    assert not after_arn_prefix(text, text.index("secret: abc"))
    inside = (text.index("prod/db"), text.index(" y"), 0.9)
    after = (text.index("abc"), len(text), 0.9)
    assert outside_arns(text, [inside, after]) == [after]
