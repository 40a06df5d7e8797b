"""Lines of text carried one per JSON string in an array, as the table readers should see them.

A Jupyter notebook stores each line of a cell output as its own string of a JSON list
(``"text": ["  name  dob\\n", "0  Ann Lee  1971-02-03\\n", ...]``). In the unescaped view the
``\\n`` of each string becomes a line break, so every line of the table reads
``<indent>"0  Ann Lee  1971-02-03`` and is followed by a *joint* line ``",`` (the string's closing
quote and the list comma). A table reader that walks lines then meets a joint after the header and
stops. `unwrap` turns such a run back into the table's own lines: joints are dropped, each
element's opening quote and indent (and the last element's closing quote) are cut off.

Only lines next to a joint are touched, so ordinary text (a Python list written one string a line
keeps its quotes on the same line: ``"a",``) is left as it is.
"""

from __future__ import annotations

import re

__all__ = ["json_tail", "unwrap"]

_JOINT = re.compile(r'[ \t]*",?[ \t]*')
"""A view line holding only the closing quote of a JSON string whose ``\\n`` ended the line before."""
_OPEN = re.compile(r'[ \t]*"')
"""The indent and opening quote of an element of a JSON list of lines."""
_TAIL = re.compile(r'"[ \t]*[}\]][\s,}\]]*$')
"""The end of a JSON string value at the end of a row: ``1989-12-01"}`` (a tool result's text)."""


def unwrap(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """`lines` (``(start, line)`` pairs in view coordinates) with JSON lists of lines unwrapped.

    Args:
        lines: every line of a text with its start offset, in order.

    Returns:
        The same pairs, except that the joint lines of a JSON list of lines are left out and each
        element line starts after its opening quote (the last one also ends before its closing
        quote). A new list when anything changed, else `lines` itself.
    """
    joints = [_JOINT.fullmatch(line) is not None for _, line in lines]
    if not any(joints):
        return lines
    out: list[tuple[int, str]] = []
    n = len(lines)
    for i, (start, line) in enumerate(lines):
        opened = _OPEN.match(line)
        if joints[i] and i > 0 and _OPEN.match(lines[i - 1][1]) is not None:
            continue  # the joint after an element
        next_joint = i + 1 < n and joints[i + 1]
        prev_joint = i > 0 and joints[i - 1]
        if opened is not None and not joints[i] and (next_joint or prev_joint):
            body = line[opened.end() :]
            if not next_joint and body.rstrip().endswith('"'):
                body = body.rstrip()[:-1]  # the list's last element keeps its closing quote
            out.append((start + opened.end(), body))
            continue
        out.append((start, line))
    return out


def json_tail(row: str) -> int:
    """Where a row ends that runs into the close of the JSON string holding its table.

    Args:
        row: one line of a table.

    Returns:
        The index of the closing quote when the row ends with ``"}`` or ``"]`` (and holds an odd
        number of quotes, so that quote closes no cell of its own); else ``len(row)``.
    """
    m = _TAIL.search(row)
    if m is None or row.count('"') % 2 == 0:
        return len(row)
    return m.start()
