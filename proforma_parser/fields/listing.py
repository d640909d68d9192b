"""A decisions-listing entry whose render dropped the "Decision:" label.

The entry's labels come first ("Decision Maker: ...", "Decision published: ...", "Effective
from: ..."), then, with no label over it, the decision itself, worded as an act; a list of
what it applies to may follow it (invented example):

    Decision Maker: Head of Parks - J. Example
    Decision published: 02/05/2025
    Effective from: 02/05/2025

    To approve the hire of the bandstand at no charge for the event below

      - Event: Spring Fair
      - Date: Sat 17 May 2025

That first paragraph is the decision, read only where no decision heading exists and
nothing else gave resolutions.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..structure.sections import Split
from ..wording.acts import worded_as_act
from ..wording.numbering import read_marker

# The labels that open a listing entry.
_ENTRY_LABELS = frozenset({"decision_maker", "published_on", "effective_from"})
# "To brief the Cabinet Member on ...", "To enable work on ...": an infinitive that states
# a report's purpose, not an act decided.


@dataclass(frozen=True, slots=True)
class ListingAct:
    clause: str
    """The act paragraph, its wrapped lines joined."""
    text: str
    """The paragraph and the list below it, as printed."""
    first: int
    """Index of the paragraph's first line."""
    clause_end: int
    """Index after the paragraph's last line."""
    text_end: int
    """Index after the last line of `text`."""


def listing_act(split: Split, texts: list[str]) -> ListingAct | None:
    """The act paragraph straight after a listing entry's labels, if the entry has one that
    ends before a list, a label or heading, or the end of the record."""
    entry = [f for f in split.facts if f.name in _ENTRY_LABELS]
    if not entry:
        return None
    labelled = {i for f in split.facts for i in range(f.line, max(f.end, f.line + 1))}
    headed = {p.line for p in split.parts if p.heading is not None}
    loose = {i for p in split.parts if p.heading is None for i in range(p.body_start, p.body_end)}
    start = entry[0].line
    while start < len(texts) and (not texts[start] or start in labelled):
        start += 1
    if start >= len(texts) or start not in loose or start in headed:
        return None
    end = _paragraph_end(texts, loose, start)
    clause = " ".join(texts[start:end])
    after = _next_written(texts, end)
    skipped = 0
    while not worded_as_act(clause) and after < len(texts) and after in loose and skipped < 2:
        # "Report date: 02/09/2025" and "Ward Members ... were consulted on 28 August 2025
        # and raised no objection." over "To grant a licence to ...": a line or two of
        # what the decision followed, before the act
        start, end = after, _paragraph_end(texts, loose, after)
        clause = " ".join(texts[start:end])
        after = _next_written(texts, end)
        skipped += 1
    if not worded_as_act(clause):
        return None
    if after < len(texts) and after in loose and read_marker(texts[after]) is None:
        return None  # more prose follows: a summary or a narrative, not the decision alone
    # The list below the act is part of the decision's text, up to a label or heading.
    last = end
    while (
        after < len(texts)
        and after in loose
        and (not texts[after] or read_marker(texts[after]) is not None)
    ):
        after += 1
        if texts[after - 1]:
            last = after
    return ListingAct(clause, "\n".join(texts[start:last]).strip(), start, end, last)


def _paragraph_end(texts: list[str], loose: set[int], start: int) -> int:
    """Where the loose paragraph from `start` ends: a blank line, a label or a list item."""
    end = start
    while end < len(texts) and texts[end] and end in loose and read_marker(texts[end]) is None:
        end += 1
    return end


def _next_written(texts: list[str], index: int) -> int:
    while index < len(texts) and not texts[index]:
        index += 1
    return index
