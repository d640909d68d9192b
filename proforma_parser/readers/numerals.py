"""List numbers as the readers' sources draw them, for both Word and web pages.

A list's marker is not in the text of a Word paragraph or an HTML item: it is drawn from
the list's number format and the item's count. The roman numerals are the same in both;
letters are not (Word repeats the letter after z, "aa" then "bb"; a browser counts
"aa", "ab" as bijective base 26), so each reader keeps its own letters.
"""

from __future__ import annotations

_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip


def roman(value: int) -> str:
    """`value` in lower-case roman numerals ("xiv"); a count of 0 or less as a number."""
    if value <= 0:
        return str(value)
    out = []
    for number, letters in _ROMAN:
        count, value = divmod(value, number)
        out.append(letters * count)
    return "".join(out)
