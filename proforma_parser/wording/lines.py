"""Line shapes that several stages share: a line's two sides at a spaced dash ("Cabinet –
12 March 2025"), a Welsh council's bilingual line ("Pwyllgor Gwaith / Executive"), and the
file-size tail of an agenda item's link ("... PDF 537 KB")."""

from __future__ import annotations

import regex

FILE_SIZE_RE = regex.compile(r"(?i)\s*(?:pdf\s+icon\s+)?pdf\s+\d+(?:\.\d+)?\s*[km]b$")

# A page's number at the end of a running header or footer: "Cabinet 9 March 2011   Page 14",
# "Executive 10.07.25 Page 5", "... Page 3 of 6".
PAGE_AT_END_RE = regex.compile(r"(?i)\s*\bpage\s+\d{1,4}(?:\s+of\s+\d{1,4})?$")

# The agenda's item number printed after a minute's heading: "54   Taunton Park and Ride -
# Tariff Review  - Agenda item 7", "(Agenda Item 5)". Where the item stood, not its title.
AGENDA_ITEM_TAIL_RE = regex.compile(r"(?i)\s+(?:[-–—]\s*|\(\s*)agenda\s+item\s+\d+[a-z]?\)?$")


def bilingual_halves(line: str) -> tuple[str, ...]:
    """The halves of a Welsh council's bilingual line, the English one first as far as it
    can be told: most print Welsh, then English ("Manylion y penderfyniad / Decision
    details"), but a half that opens on "Cyngor" is Welsh wherever it stands ("Newport City
    Council / Cyngor Dinas Casnewydd", "CYNGOR SIR YNYS MÔN | ISLE OF ANGLESEY COUNTY
    COUNCIL"). A line with no " / " or " | " is its own one half."""
    separator = " / " if " / " in line else " | " if " | " in line else ""
    if not separator:
        return (line,)
    first, _, second = (half.strip() for half in line.rpartition(separator))
    return (first, second) if second.lower().startswith("cyngor") else (second, first)


def at_dash(line: str) -> tuple[str, str] | None:
    """The two sides of a line's first spaced dash ("Cabinet – 12 March 2025")."""
    if "-" not in line and "–" not in line:
        return None
    for dash in (" – ", " - "):
        head, found, tail = line.partition(dash)
        if found:
            return head, tail
    return None


# A UK postcode at a line's end: "EX39 2QG", "SW1A 2AA".
POSTCODE_RE = regex.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$")


# What only Welsh holds: its small words ("Llyn Parc y Rhath") and a vowel's circumflex
# ("Lôn", "Tŷ"); not its spellings, which English titles hold in place names ("Llanrwst").
_WELSH_WORDS = frozenset("y yr yn ac ar gyfer i'r o'r a'r gan rhwng dros".split())
_WELSH_LETTERS_RE = regex.compile(r"[âêîôûŵŷ]")


def says_welsh(line: str) -> bool:
    """Whether `line` holds what only Welsh does (the other half of a bilingual pair)."""
    lowered = line.lower()
    return (
        any(word in _WELSH_WORDS for word in lowered.split())
        or _WELSH_LETTERS_RE.search(lowered) is not None
    )
