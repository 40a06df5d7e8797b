"""Generated near-miss training texts for the learned secret-context model.

The development sets hold few of the near misses the rule detectors were taught to leave alone,
so the model learned "key-ish word + random value" and the rules had to veto it
(`redactor.detect.secrets.learned_vetoes`). This module generates those classes as label-0
texts from generators and lexicons (never from corpus lines or test strings), and the same
carriers with credential names as matched label-1 texts, so the model learns that the name and
the sentence decide, not the carrier or the value's shape:

- values: hex of commit, digest and id lengths, base62 and base64 ids, digit ids, typed object
  ids (``ord_...``), versions, lock-file integrity strings (``sha512-...``), image digests
  (``sha256:...``), base64 of text, public keys (``ssh-ed25519 AAAA...``, WireGuard keys);
- names: identifier, hash, reference, lookup-key, paging and public words of the rules'
  vocabulary (`assigned.HASHY_WORDS`, `assigned.ID_WORDS`, `bytekeys.VETO_WORDS`) joined to
  domain nouns, in snake, upper, camel, kebab and dotted case;
- carriers: env, YAML, JSON, TOML, Python, JavaScript, XML, CLI flags, URL queries, log lines,
  SQL, lock files, checksum files, git output and commands, Dockerfiles, and sentences about
  commits, builds, hashes, ids, versions, examples and public keys in several languages
  (`git_vocab`'s nouns).

Everything is drawn from one ``random.Random(seed)``, so a seed gives the same texts every run.
"""

# ruff: noqa: SIM905  # word lists read better as text than as lists of quoted words

from __future__ import annotations

import base64
import random
import string
from collections.abc import Callable

from redactor.detect.secrets.assigned import EXTRA_SECRET_WORDS, HASHY_WORDS, ID_WORDS
from redactor.detect.secrets.bytekeys import VETO_WORDS

Text = tuple[str, list[tuple[int, int, str]]]
"""A generated text and its gold spans ((start, end, "SECRET") of the positives)."""

ALNUM = string.ascii_letters + string.digits
HEXD = "0123456789abcdef"

_DOMAIN = (
    "order customer user account tenant project org workspace device node cluster image layer blob file object"
    " asset message event job run pipeline deployment release artifact package invoice payment subscription"
    " session_log container pod volume snapshot backup bucket dataset model experiment document record row"
    " ticket issue merge_request pull_request branch upload download correlation transaction batch shard"
    " partition routing sort primary foreign idempotency client app installation channel thread"
).split()
_ID_SUFFIX = sorted({*ID_WORDS, "ref", "reference", "key", "uid", "handle", "slug", "code", "number"} - {"address"})
_HASH_SUFFIX = sorted(
    {"hash", "sha", "sha1", "sha256", "sha512", "md5", "digest", "checksum", "etag", "fingerprint", "thumbprint"}
    | {w for w in HASHY_WORDS if len(w) >= 3}
)
_LOOKUP = (
    "cache_key partition_key routing_key sort_key primary_key foreign_key idempotency_key dedup_key lookup_key"
    " page_token next_page_token continuation_token state_token sync_token resume_token cursor next_cursor"
    " public_key publishable_key recipient_key key_id key_name key_label token_id token_name token_type"
    " api_key_id api_key_name secret_name secret_version secret_arn input_key output_key"
).split()
_BYTE_NAMES = sorted(w for w in VETO_WORDS - EXTRA_SECRET_WORDS if len(w) >= 2)
"""Byte-key veto words that no rule reads as a credential (``salt`` and ``signature`` are both)."""
_SECRET_NAMES = (
    "api_key apikey secret secret_key access_token auth_token client_secret password private_key webhook_secret"
    " signing_secret refresh_token bearer_token app_secret master_key encryption_key service_token access_key"
    " db_password session_secret consumer_secret license_key"
).split()
_VENDORS = "acme zentrix orbital bluenote tidalwave skyforge brightstone nimbus quantix vellum corvid".split()
_HOSTS = "api.example.com registry.internal svc.local cdn.example.net git.example.org".split()
_WORDS = (
    "the build was rebuilt after the fix landed and the release notes mention it in the changelog for this"
    " version we pinned the dependency and reran the pipeline with the same inputs to compare outputs"
).split()
# version-control and digest nouns in several languages (a subset of `git_vocab`'s lexicon)
_COMMIT_NOUNS = (
    "commit|revision|changeset|hash|checksum|digest|Prüfsumme|révision|revisión|revisione|rewizja|коммит|ревизия"
    "|хеш|提交|哈希|コミット|ハッシュ|커밋|해시|revize|komit|revisão"
).split("|")
_ID_NOUNS = (
    "id|ID|identifier|request id|trace id|build id|run id|job id|order number|tracking number|Kennung|identifiant"
    "|identificador|идентификатор|编号|ID番号|아이디|numer zamówienia"
).split("|")


def _tok(rng: random.Random, n: int, alphabet: str = ALNUM) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _b64(rng: random.Random, nbytes: int, url: bool = False) -> str:
    raw = base64.b64encode(rng.randbytes(nbytes)).decode()
    return raw.replace("+", "-").replace("/", "_").rstrip("=") if url else raw


def _case(rng: random.Random, parts: list[str]) -> str:
    style = rng.randrange(5)
    flat = [w for p in parts for w in p.split("_")]
    if style == 0:
        return "_".join(flat)
    if style == 1:
        return "_".join(flat).upper()
    if style == 2:
        return flat[0] + "".join(w.title() for w in flat[1:])
    if style == 3:
        return "-".join(flat)
    return ".".join(flat)


def _neg_name(rng: random.Random) -> str:
    kind = rng.randrange(4)
    if kind == 0:
        return _case(rng, [rng.choice(_DOMAIN), rng.choice(_ID_SUFFIX)])
    if kind == 1:
        return _case(rng, [rng.choice(_DOMAIN), rng.choice(_HASH_SUFFIX)])
    if kind == 2:
        return _case(rng, [rng.choice(_LOOKUP)])
    return _case(rng, [rng.choice(_DOMAIN), rng.choice(_BYTE_NAMES)])


def _pos_name(rng: random.Random) -> str:
    name = rng.choice(_SECRET_NAMES)
    return _case(rng, [rng.choice(_VENDORS), name] if rng.random() < 0.5 else [name])


def _neg_value(rng: random.Random) -> str:
    kind = rng.randrange(12)
    if kind == 0:
        return _tok(rng, rng.choice((7, 8, 10, 12)), HEXD)
    if kind == 1:
        return _tok(rng, rng.choice((32, 40, 64)), HEXD)
    if kind == 2:
        return _tok(rng, rng.choice((32, 40, 64)), HEXD.upper())
    if kind == 3:
        return _tok(rng, rng.randrange(10, 33))
    if kind == 4:
        return _b64(rng, rng.choice((12, 16, 24)), url=rng.random() < 0.5)
    if kind == 5:
        return str(rng.randrange(10**5, 10**11))
    if kind == 6:
        return rng.choice(_DOMAIN).split("_")[0][:4] + "_" + _tok(rng, rng.randrange(14, 25))
    if kind == 7:
        return f"v{rng.randrange(1, 20)}.{rng.randrange(40)}.{rng.randrange(60)}-rc{rng.randrange(1, 9)}"
    if kind == 8:
        return "sha512-" + _b64(rng, 64)
    if kind == 9:
        return "sha256:" + _tok(rng, 64, HEXD)
    if kind == 10:
        return base64.b64encode(" ".join(rng.choice(_WORDS) for _ in range(rng.randrange(4, 10))).encode()).decode()
    return _tok(rng, rng.randrange(16, 29)).upper() + "EXAMPLE"


def _pos_value(rng: random.Random) -> str:
    kind = rng.randrange(5)
    if kind == 0:
        return _tok(rng, rng.randrange(20, 48))
    if kind == 1:
        return _tok(rng, rng.choice((32, 40, 64)), HEXD)
    if kind == 2:
        return _b64(rng, rng.choice((24, 32, 48)), url=rng.random() < 0.5)
    if kind == 3:
        return rng.choice(("sk_live_", "key-", "tok_", "pat_", "")) + _tok(rng, rng.randrange(24, 40))
    return _tok(rng, rng.randrange(10, 16)) + rng.choice("!@#$%^&*") + _tok(rng, rng.randrange(2, 6))


# --- carriers: (name, value) -> text with one "\0" where the value stands ---------------------------

Carrier = Callable[[random.Random, str], str]


def _filler(rng: random.Random) -> str:
    name = rng.choice(("timeout", "region", "retries", "log_level"))
    return f"{name}: {rng.choice(('30', 'eu-west-1', '3', 'info'))}"


_KEYED: tuple[Carrier, ...] = (
    lambda r, k: f"{_filler(r)}\n{k.upper().replace('-', '_').replace('.', '_')}=\0\n",
    lambda r, k: f"{r.choice(_VENDORS)}:\n  {_filler(r)}\n  {k}: \0\n",
    lambda r, k: f'{{"status": "ok", "{k}": "\0", "count": {r.randrange(100)}}}',
    lambda r, k: f'[{r.choice(_VENDORS)}]\n{k} = "\0"\n',
    lambda r, k: f'{k.replace("-", "_").replace(".", "_")} = "\0"  # {" ".join(r.sample(_WORDS, 3))}',
    lambda r, k: f"const {k.replace('-', '_').replace('.', '_')} = '\0';",
    lambda r, k: f"<{k.replace('.', '')}>\0</{k.replace('.', '')}>",
    lambda r, k: f"$ tool {r.choice(('get', 'describe', 'sync'))} --{k.replace('_', '-').replace('.', '-')} \0",
    lambda r, k: f"GET https://{r.choice(_HOSTS)}/v1/items?{k}=\0&limit={r.randrange(10, 100)}",
    lambda r, k: f"2026-03-{r.randrange(10, 28)}T10:{r.randrange(10, 59)}:01Z INFO handled {k}=\0 status=200",
    lambda r, k: f"UPDATE items SET {k.replace('-', '_').replace('.', '_')} = '\0' WHERE id = {r.randrange(999)};",
    lambda r, k: f"{k}: \0",
)

_SENTENCES_NEG: tuple[Carrier, ...] = (
    lambda r, v: f"The {r.choice(_COMMIT_NOUNS)} is \0",
    lambda r, v: f"Fixed in {r.choice(_COMMIT_NOUNS)} \0, see the changelog.",
    lambda r, v: f"{r.choice(_COMMIT_NOUNS)}: \0",
    lambda r, v: "git checkout \0 && git log -1",
    lambda r, v: f"\0 {' '.join(r.sample(_WORDS, 5)).capitalize()} (#{r.randrange(9999)})",
    lambda r, v: f"Your {r.choice(_ID_NOUNS)} is \0.",
    lambda r, v: f"{r.choice(_ID_NOUNS)}: \0",
    lambda r, v: f"\0  dist/{r.choice(_DOMAIN)}-{r.randrange(9)}.{r.randrange(9)}.tar.gz",
    lambda r, v: f"FROM {r.choice(_HOSTS)}/{r.choice(_DOMAIN)}@\0",
    lambda r, v: f'    "resolved": "https://{r.choice(_HOSTS)}/x/-/x-1.0.0.tgz",\n    "integrity": "\0"',
    lambda r, v: f"{r.choice(_DOMAIN)}==1.{r.randrange(9)}.0 \\\n    --hash=\0",
    lambda r, v: "For example, set it to \0 (this value is only an example).",
    lambda r, v: "e.g. `\0`",
    lambda r, v: "The public key of the signer is \0",
    lambda r, v: f"[Peer]\nPublicKey = \0\nAllowedIPs = 10.0.0.{r.randrange(2, 250)}/32",
    lambda r, v: "version \0 was released",
)

_SENTENCES_POS: tuple[Carrier, ...] = (
    lambda r, v: f"The {r.choice(_VENDORS)} API key is \0",
    lambda r, v: f"here is the {r.choice(('token', 'secret', 'password', 'access key'))} for staging: \0",
    lambda r, v: f"{r.choice(_VENDORS)} secret: \0",
)


def _place(template: str, value: str, label: bool) -> Text:
    at = template.index("\0")
    text = template.replace("\0", value, 1)
    return text, ([(at, at + len(value), "SECRET")] if label else [])


def _neg_sentence_value(rng: random.Random, carrier: int) -> str:
    """A value that fits sentence `carrier` (hex for commits and digests, base64 for keys)."""
    if carrier in (0, 1, 2, 3, 4):
        return _tok(rng, rng.choice((7, 8, 10, 12, 40)), HEXD)
    if carrier == 7:
        return _tok(rng, 64, HEXD)
    if carrier == 8:
        return "sha256:" + _tok(rng, 64, HEXD)
    if carrier == 9:
        return "sha512-" + _b64(rng, 64)
    if carrier == 10:
        return "sha256:" + _tok(rng, 64, HEXD)
    if carrier in (13, 14):
        return _b64(rng, 32)
    if carrier == 15:
        return f"{rng.randrange(1, 9)}.{rng.randrange(30)}.{rng.randrange(30)}-beta{rng.randrange(1, 9)}"
    return _neg_value(rng)


def generate(seed: int, negatives: int, positives: int) -> list[Text]:
    """`negatives` near-miss texts and `positives` matched credential texts, drawn from `seed`."""
    rng = random.Random(seed)
    out: list[Text] = []
    for i in range(negatives):
        if i % 3 == 2:
            c = rng.randrange(len(_SENTENCES_NEG))
            out.append(_place(_SENTENCES_NEG[c](rng, ""), _neg_sentence_value(rng, c), False))
        else:
            out.append(_place(rng.choice(_KEYED)(rng, _neg_name(rng)), _neg_value(rng), False))
    for i in range(positives):
        if i % 4 == 3:
            out.append(_place(rng.choice(_SENTENCES_POS)(rng, ""), _pos_value(rng), True))
        else:
            out.append(_place(rng.choice(_KEYED)(rng, _pos_name(rng)), _pos_value(rng), True))
    return out
