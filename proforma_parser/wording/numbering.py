"""List markers and their sequences: "1." "1)" "(1)" "(a)" "a." "(i)" "i." "A:", decimal
paragraph numbers ("3.1", "2.1.1", "1.2.") and bullets.

A marker's style is its bracket shape and its kind of token. Roman numerals and letters
share "i", "v", "x" and "c", so a token's kind is decided by the sequence it continues:
"(i)" after "(h)" is a letter, "(i)" opening a list or after "(a)" is a roman one.
"""

from __future__ import annotations

from typing import Literal, NamedTuple

import regex

TokenKind = Literal["digit", "lower", "upper", "lower_roman", "upper_roman", "decimal", "bullet"]

# "1. Note progress", "1.The draft" (no space before a capital), "(1)  the progress",
# "2)  Endorsed", "(a) That", "a) Agree", "a. An extension", "i. the proposed", "A: Welcomes"
# ... and report-style paragraph numbers: "3.1 To authorise ...", "2.1.1   Approve ...",
# "1.2.  Note ...". A decimal number only counts before a capital, a quote or a bracket:
# a wrapped line such as "5.3 of the report" or "1.5 million was spent" is not an item.
MARKER_RE = regex.compile(
    r"^(?:(?P<tok>[1-9]\d?(?:\.\d{1,2}){1,3})(?P<close>[.)]?)(?=\s+[A-Z\"“‘'(£])"
    r"|(?P<open>\()(?P<tok>\d{1,2}|[a-zA-Z]|[ivxlcIVXLC]{2,6})(?P<close>\))"
    r"|(?P<tok>\d{1,2}|[a-zA-Z]|[ivxlcIVXLC]{2,6})(?P<close>[.):]))"
    r"(?:\s+|(?<=\d\.)(?=[A-Z]))(?P<rest>\S.*)$"
)
# A decimal number before a lower-case word: "3.1 approves the ..." is an item only where
# the line before has ended (the caller knows); "5.3 of the report" may be a wrapped line.
LOOSE_DECIMAL_RE = regex.compile(
    r"^(?P<tok>[1-9]\d?(?:\.\d{1,2}){1,3})(?P<close>[.)]?)\s+(?P<rest>[a-z]\S*\s+\S.*)$"
)
# "- A focused piece of work", "• Capital Programme" (bullets are normalised to "- ")
BULLET_RE = regex.compile(r"^[-*]\s+(?P<rest>\S.*)$")

# MARKER_RE's groups by number: a `regex` match looks a group's name up at every call, and
# every list item reads four of them.
_TOK, _OPEN, _CLOSE, _REST = (
    MARKER_RE.groupindex[name] for name in ("tok", "open", "close", "rest")
)

_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


class Marker(NamedTuple):
    """A list marker read at the start of a line (a NamedTuple: one per list item)."""

    token: str | None
    """As printed without punctuation ("1", "a", "iv"); None for a bullet."""
    shape: str
    """Bracket shape: "(x)", "x)", "x.", "x:", or "-" for bullets."""
    rest: str
    """The item's text after the marker."""


def read_marker(text: str) -> Marker | None:
    """The list marker that starts `text`, if any."""
    # A marker closes within its first eight characters ("(xviii)"); most lines have no
    # bracket, stop or colon there, and are spared both patterns.
    head = text[:8]
    if not ("(" in head or ")" in head or "." in head or ":" in head or head[:1] in ("-", "*")):
        return None
    found = MARKER_RE.match(text)
    if found:
        token, opening, closing, rest = found.group(_TOK, _OPEN, _CLOSE, _REST)
        # "3.1" and "2.1.1" are styles of their own (a deeper number nests under a shallower)
        body = "x" + ".x" * token.count(".")
        return Marker(token, f"{opening or ''}{body}{closing}", rest)
    bullet = BULLET_RE.match(text)
    if bullet:
        return Marker(None, "-", bullet.group("rest"))
    return None


# A report's paragraph number before its words: "4.1 There are no conflicts of interest",
# "2.1 The Leader approved the decision to", and a minute's numbered paragraph ("302.1 No
# declarations of interest were made.": three digits only before a point).
_PARAGRAPH_NUMBER_RE = regex.compile(r"(?:\d{1,2}|\d{3}(?=\.\d))(?:\.\d{1,2}){0,2}\.?\s+(?=\D)")


def without_paragraph_number(text: str) -> str:
    """`text` without the paragraph number it opens with (itself when it has none)."""
    found = _PARAGRAPH_NUMBER_RE.match(text) if text[:1].isdigit() else None
    return text[found.end() :] if found is not None else text


def read_loose_decimal(text: str) -> Marker | None:
    """ "3.1 approves the revised fees": a decimal item whose text opens in lower case."""
    if not text[:1].isdigit() or "." not in text[:3]:
        return None
    found = LOOSE_DECIMAL_RE.match(text)
    if found is None:
        return None
    token = found.group("tok")
    shape = "x" + ".x" * token.count(".") + found.group("close")
    return Marker(token, shape, found.group("rest"))


def roman_value(token: str) -> int | None:
    """1 for "i", 4 for "iv", 14 for "xiv"; None if `token` is not a roman numeral."""
    values = [_ROMAN_VALUES.get(ch) for ch in token.lower()]
    if not values or any(v is None for v in values):
        return None
    total = 0
    numbers = [v for v in values if v is not None]
    for position, value in enumerate(numbers):
        following = numbers[position + 1] if position + 1 < len(numbers) else 0
        total += -value if value < following else value
    return total


def ordinal(token: str, kind: TokenKind) -> int | None:
    """The position of `token` in a sequence of `kind` (1-based); for a decimal number, its
    last part ("3.2" is second in 3.1, 3.2, ...)."""
    if kind == "decimal":
        last = token.rpartition(".")[2]
        return int(last) if last.isdigit() and "." in token else None
    if kind == "digit":
        # Only a list's first number chose the kind: "1" then "i" (a sub-item read as an
        # item) is not a digit list.
        return int(token) if token.isdigit() else None
    if kind in ("lower_roman", "upper_roman"):
        return roman_value(token)
    if kind in ("lower", "upper") and len(token) == 1:
        return ord(token.lower()) - ord("a") + 1
    return None


def candidate_kinds(token: str | None) -> tuple[TokenKind, ...]:
    """Every kind `token` could be, most likely first for a list that starts with it."""
    if token is None:
        return ("bullet",)
    if token.isdigit():
        return ("digit",)
    if "." in token:
        return ("decimal",)
    roman = roman_value(token) is not None
    if len(token) > 1:
        return ("lower_roman",) if token.islower() else ("upper_roman",)
    letter: TokenKind = "lower" if token.islower() else "upper"
    if not roman:
        return (letter,)
    as_roman: TokenKind = "lower_roman" if token.islower() else "upper_roman"
    return (as_roman, letter) if token.lower() == "i" else (letter, as_roman)


def follows_marker(above: Marker, marker: Marker) -> bool:
    """`marker` is the next after `above` in one list: the same shape, the next in a sequence
    both could be ("(i)" then "(ii)", "b." then "c.", "2.1" then "2.2")."""
    if above.token is None or marker.token is None or above.shape != marker.shape:
        return False
    for kind in candidate_kinds(above.token):
        if kind not in candidate_kinds(marker.token):
            continue
        first, second = ordinal(above.token, kind), ordinal(marker.token, kind)
        if first is not None and second == first + 1:
            return True
    return False
