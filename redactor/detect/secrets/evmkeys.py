"""EVM private keys (32 bytes of hex) under the names wallet code gives them.

The generic key/value rules find hex keys under ``private_key``/``privateKey``; this detector adds
the names of blockchain tooling that do not say "private": abbreviations (``PK``, ``SK``,
``eth_priv``, ``ownerPk``) and account roles with a key word (``HOT_WALLET_KEY``,
``VALIDATOR_KEY``, ``relayerSecret``, ``DEPLOYER_SK``), plus the ``--pk``/``--sk``/``--priv``
flags of deploy scripts. The value must be exactly 64 hex digits (``0x`` kept in the span):
addresses are 40, public keys 66 or 128, BLS keys 96. Names that hold hashes or public data
(``tx``, ``hash``, ``address``, ``salt``, ``root``, ``pub``...) are vetoed.

Gated by an RE2 scan for a 64-hex run: text without one costs that scan only.
"""

from __future__ import annotations

import re

import re2  # type: ignore[import-untyped]  # google-re2 ships no type information

from redactor.detect.secrets.keyfiles import random_hex
from redactor.detect.secrets.placeholders import is_placeholder
from redactor.detect.secrets.spec import ENTITY
from redactor.detect.secrets.viewscan import SecretViewDetector
from redactor.detect.span import Span

KEY_WORDS = frozenset({"key", "secret", "pk", "sk", "priv", "privkey", "prv", "privatekey"})
"""Last word of a name that holds a private key."""

ABBREVIATIONS = frozenset({"pk", "sk", "priv", "privkey", "prv"})
"""Key words that name a private key on their own (``PK=``, ``eth_priv``)."""

ROLE_WORDS = frozenset(
    {
        "wallet", "eth", "evm", "web3", "chain", "validator", "signer", "deployer", "relayer",
        "operator", "keeper", "minter", "sequencer", "batcher", "proposer", "funder", "treasury",
        "owner", "admin", "bot", "account", "faucet", "hot", "cold", "payer", "sender", "miner",
        "bundler", "paymaster", "ethereum", "polygon", "arbitrum", "optimism", "base", "bsc",
        "avalanche", "tron", "hardhat", "foundry", "anvil", "ganache", "mainnet", "testnet",
        "sepolia", "goerli", "holesky", "signing", "hd", "burner", "user", "player",
    }
)  # fmt: skip
"""Words naming the account a key signs for; with a last word in `KEY_WORDS` they name a key."""

VETO_WORDS = frozenset(
    {
        "tx", "txn", "hash", "digest", "address", "addr", "salt", "root", "pub", "public",
        "pubkey", "id", "block", "commit", "checksum", "cache", "topic", "nonce", "iv", "sig",
        "signature", "code", "storage", "slot", "merkle", "leaf", "proof", "sha", "sha256", "keccak",
    }
)  # fmt: skip
"""Words of names that hold hashes, identifiers or public data."""

_HEX64 = re2.compile(r"[0-9a-fA-F]{64}")
_ASSIGNED = re.compile(
    r"""(?<![A-Za-z0-9_.\-])(?:--(?P<flag>pk|sk|priv|privkey|prv)(?:=|[ \t]+)|(?P<name>[A-Za-z][A-Za-z0-9_.\-]{0,60})"""
    r"""["'\]]{0,3}[ \t]*(?:=>|:=|=|:)[ \t]*)["'`]?(?P<v>(?:0x)?[0-9a-fA-F]{64})(?![0-9a-zA-Z])"""
)
_WORD = re.compile(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])")


def name_words(name: str) -> list[str]:
    """``HOT_WALLET_KEY`` -> hot, wallet, key; ``ownerPk`` -> owner, pk; ``eth.priv`` -> eth, priv."""
    return [w.lower() for w in _WORD.findall(name)]


def names_key(name: str) -> bool:
    """True when a key name says it holds an account's private key (module docstring)."""
    words = name_words(name)
    if not words or words[-1] not in KEY_WORDS or VETO_WORDS.intersection(words):
        return False
    return words[-1] in ABBREVIATIONS or bool(ROLE_WORDS.intersection(words[:-1]))


class EvmKeyDetector(SecretViewDetector):
    """32-byte hex keys under wallet-role or abbreviated key names and ``--pk``-style flags."""

    name = "secret.wallet.evm_key"
    prefilter: tuple[str, ...] = ("key", "secret", "pk", "sk", "priv", "prv")

    def detect(self, text: str) -> list[Span]:
        view = self._views.get(text)
        t = view.text
        if not any(k in view.lower for k in self.prefilter) or _HEX64.search(t) is None:
            return []
        out: list[Span] = []
        for m in _ASSIGNED.finditer(t):
            name = m.group("name")
            value = m.group("v")
            if name is not None and not names_key(name):
                continue
            if not random_hex(value.removeprefix("0x")) or is_placeholder(value):
                continue
            out.append(Span(ENTITY, *view.to_raw(*m.span("v")), 0.9, self.name))
        return out
