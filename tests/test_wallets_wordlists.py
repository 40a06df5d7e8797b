"""The BIP-39 word lists come from the pinned `mnemonic` package; a missing package or a damaged
list stops detection with an error that says what and how to fix it (fail closed)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from redactor.detect.secrets import wallets
from redactor.errors import ConfigError


@pytest.fixture(autouse=True)
def _fresh_index() -> Iterator[None]:
    wallets.word_index.cache_clear()
    yield
    wallets.word_index.cache_clear()


def test_the_package_lists_load() -> None:
    index = wallets.word_index()
    assert "abandon" in index and (0, 0) in index["abandon"]


def test_a_missing_package_is_a_config_error_that_says_how_to_fix_it(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(name: str) -> Path:
        raise ModuleNotFoundError(f"No module named {name!r}")

    monkeypatch.setattr(wallets.resources, "files", missing)
    with pytest.raises(ConfigError) as err:
        wallets.word_index()
    assert str(err.value) == (
        "secret.wallet.mnemonic: the BIP-39 word lists of the 'mnemonic' package are missing; "
        "install the pinned dependencies (make install)"
    )


def test_a_short_list_is_a_config_error_naming_the_list(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    lists = tmp_path / "wordlist"
    lists.mkdir()
    for lang in wallets.LANGUAGES:
        (lists / f"{lang}.txt").write_text("\n".join(f"w{i}" for i in range(2048)), encoding="utf-8")
    first = wallets.LANGUAGES[0]
    (lists / f"{first}.txt").write_text("abandon\nability\n", encoding="utf-8")
    monkeypatch.setattr(wallets.resources, "files", lambda name: tmp_path)
    with pytest.raises(ConfigError, match=rf"^mnemonic word list {first}\.txt: 2 words, expected 2048$"):
        wallets.word_index()
