"""Resolution lead-ins as rows: the verbs that open what was resolved or recommended, each
with the shape it is printed in and a line that prints it so.

The lead-in readers (`structure/leadins.py`) build their patterns' verb alternations from
these rows, and the word test that spares those patterns on every other line (LEAD_IN_WORDS)
from the same rows: "ENDORSED that the strategy be adopted." is supported by one row in
OPENING_WORDS, with nothing else to edit.
"""

from __future__ import annotations

from typing import Final

from ..model import ResolutionKind
from .registry import Wording, alternation, pattern_words

# A verb that opens the line, in capitals or capitalised, then what was decided: "RESOLVED
# that the report be noted.", "RECOMMENDED to Council that ...", "AGREED: that ...". The
# field is the verb; RESOLUTION_KINDS says which kind of resolution it gives.
OPENING_WORDS: Final = (
    Wording(
        "resolved",
        r"RESOLVED|Resolved",
        "RESOLVED that the report be noted.",
        also=("Resolved, that the minutes be approved as a correct record.",),
    ),
    Wording(
        "recommended",
        r"RECOMMENDED|Recommended|RECOMMENDS|RECOMMEND",
        "RECOMMENDED to Council that the budget be approved.",
        # A committee's own voice, in capitals as the other verbs: "RECOMMEND TO COUNCIL to:"
        also=("Recommended that the fees be set as proposed.", "RECOMMEND TO COUNCIL to:"),
    ),
    Wording(
        "agreed",
        r"AGREED|Agreed",
        "AGREED: that the play area be refurbished.",
        also=("Agreed that a single contract be let.",),
    ),
    Wording("ordered", r"ORDERED|Ordered", "ORDERED that Executive approve the scheme."),
    Wording("decided", r"DECIDED|Decided", "DECIDED that the lease be granted."),
    Wording("determined", r"DETERMINED", "DETERMINED that the application be refused."),
)

# A verb after who decided: "The Cabinet resolved to:", "the Executive Member for Housing
# agreed that:", "The Mayor approved:", "Cabinet considered the report and RESOLVED to:".
DECIDER_VERBS: Final = (
    Wording("resolved", r"resolved|RESOLVED", "The Cabinet resolved to:"),
    Wording("agreed", r"agreed|AGREED", "The Executive Member for Housing agreed that:"),
    Wording("decided", r"decided|DECIDED", "The Leader decided that the grant be paid."),
    Wording("approved", r"approved|APPROVED", "The Mayor approved:"),
    # Only over a list of decisions: "The Cabinet made the following recommendations to
    # Council:" and "The Leader took the following into account:" are no lead-ins
    # (DECISION_MADE_VERBS).
    Wording("made", r"made|took", "The Lead Member made the following decision:"),
)
# The verbs of DECIDER_VERBS that lead in only when what follows them names a decision.
DECISION_MADE_VERBS: Final = pattern_words((DECIDER_VERBS[-1],))

# A verb after "I" or "We", in the past: "I have decided to:", "We agreed that:".
FIRST_PERSON_VERBS: Final = (
    Wording("decided", r"decided", "I have decided to:"),
    Wording("agreed", r"agreed", "We agreed that the fee be waived."),
    Wording("resolved", r"resolved", "I resolved that:"),
    Wording("approved", r"approved", "I have approved the following:"),
)

# A verb in the present after "I" or "We", or after "hereby" in a formal preamble: "I
# approve the following decisions:", "... do hereby approve:". In the present tense the
# verb belongs to what follows, so only a line that opens a list (ending in a colon) is a
# lead-in.
PRESENT_VERBS: Final = (
    Wording("approved", r"approve", "I approve the following decisions:"),
    Wording("agreed", r"agree", "We hereby agree the following:"),
    Wording("decided", r"decide", "I decide as follows:"),
    Wording("resolved", r"resolve", "We resolve that:"),
    Wording("authorised", r"authori[sz]e", "I authorise the following:"),
)

# The word of a formal first-person preamble's end, which may run the decision on after its
# colon: "... do hereby approve: The tender of £12 400 be accepted."
HEREBY: Final = (
    Wording(
        "resolved",
        r"hereby",
        "In exercise of the powers delegated to me I do hereby approve:",
    ),
)

# The verbs in one alternation each, for the readers' patterns.
OPENING_WORD: Final = "(?:" + alternation(OPENING_WORDS, named=False) + ")"
DECIDER_VERB: Final = "(?:" + alternation(DECIDER_VERBS, named=False) + ")"
FIRST_PERSON_VERB: Final = "(?:" + alternation(FIRST_PERSON_VERBS, named=False) + ")"
PRESENT_VERB: Final = "(?:" + alternation(PRESENT_VERBS, named=False) + ")"
# An opening verb in capitals after a name: "The North Vale Joint Committee RESOLVED to:".
CAPS_WORDS: Final = tuple(
    word.upper() for row in OPENING_WORDS for word in sorted(pattern_words((row,)))
)
CAPS_WORD: Final = "(?:" + "|".join(CAPS_WORDS) + ")"


def lead_in_words(*tables: tuple[Wording, ...]) -> tuple[str, ...]:
    """The words, lower-cased, that a line must hold for a row of `tables` to open it, in
    the rows' order (the commonest first: the test stops at the first word found)."""
    words: dict[str, None] = {}
    for table in tables:
        for row in table:
            words.update(dict.fromkeys(sorted(pattern_words((row,)))))
    # The test looks for substrings: "recommend" finds "recommended" and "recommends" too.
    return tuple(w for w in words if not any(o != w and o in w for o in words))


# Every lead-in of these rows says one of these words (a present-tense one ends in a colon,
# which `structure/leadins.py` tests instead): a test with str methods that spares the
# patterns for the many lines that hold none.
LEAD_IN_WORDS: Final = lead_in_words(OPENING_WORDS, DECIDER_VERBS, FIRST_PERSON_VERBS, HEREBY)

# The kind of resolution a lead-in verb gives: only a recommendation is not resolved.
RESOLUTION_KINDS: Final[dict[str, ResolutionKind]] = {"recommended": "recommended"}
# The opening verbs, in capitals, that give a recommendation ("RECOMMENDED").
RECOMMENDING: Final = frozenset(
    word.upper()
    for row in OPENING_WORDS
    if RESOLUTION_KINDS.get(row.field) == "recommended"
    for word in pattern_words((row,))
)


def resolution_kind(verb: str) -> ResolutionKind:
    """ "RECOMMENDED" gives a recommendation; "RESOLVED", "AGREED", "ORDERED" resolve."""
    return "recommended" if verb.upper() in RECOMMENDING else "resolved"
