"""Plain helpers over raw text shared by the clean and segment stages."""

from __future__ import annotations

import re
from dataclasses import dataclass

_LINE_RE = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class Line:
    start: int  # first non-space character
    end: int  # one past the last non-space character
    text: str
    group: int  # lines between the same blank lines share a group


def split_lines(text: str) -> list[Line]:
    """Non-blank lines with stripped offsets; `group` counts the blank-line runs before a line."""
    lines = []
    group = 0
    last_end = 0
    for match in _LINE_RE.finditer(text):
        raw = match.group()
        stripped = raw.strip()
        if not stripped:
            continue
        if lines and text.count("\n", last_end, match.start()) > 1:
            group += 1
        lead = len(raw) - len(raw.lstrip())
        start = match.start() + lead
        lines.append(Line(start, start + len(stripped), stripped, group))
        last_end = match.end()
    return lines
