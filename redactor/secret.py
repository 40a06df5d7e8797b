"""A wrapper for key material and other values that must never be printed."""

from __future__ import annotations

import hmac


class SecretBytes:
    """Bytes whose repr, str and format never show the content.

    Compare with `equals` (constant time); get the bytes with `reveal()` only at the point of
    use (an HMAC or cipher call).
    """

    __slots__ = ("_label", "_value")

    def __init__(self, value: bytes, label: str = "secret") -> None:
        if not isinstance(value, bytes | bytearray):
            raise TypeError("SecretBytes needs bytes")
        self._value = bytes(value)
        self._label = label

    def reveal(self) -> bytes:
        return self._value

    def equals(self, other: SecretBytes) -> bool:
        return hmac.compare_digest(self._value, other._value)

    def __len__(self) -> int:
        return len(self._value)

    def __repr__(self) -> str:
        return f"SecretBytes({self._label}, {len(self._value)} bytes, hidden)"

    __str__ = __repr__

    def __format__(self, spec: str) -> str:
        return repr(self)

    # pickling is allowed for worker processes; content stays opaque in logs
    def __reduce__(self) -> tuple[type[SecretBytes], tuple[bytes, str]]:
        return (SecretBytes, (self._value, self._label))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SecretBytes) and self.equals(other)

    def __hash__(self) -> int:
        return hash((SecretBytes, len(self._value)))
