"""Line shapes that several stages share: a line's two sides at a spaced dash ("Cabinet –
12 March 2025"), and the file-size tail of an agenda item's link ("... PDF 537 KB")."""

from __future__ import annotations

import regex

FILE_SIZE_RE = regex.compile(r"(?i)\s*(?:pdf\s+icon\s+)?pdf\s+\d+\s*kb$")


def at_dash(line: str) -> tuple[str, str] | None:
    """The two sides of a line's first spaced dash ("Cabinet – 12 March 2025")."""
    if "-" not in line and "–" not in line:
        return None
    for dash in (" – ", " - "):
        head, found, tail = line.partition(dash)
        if found:
            return head, tail
    return None
