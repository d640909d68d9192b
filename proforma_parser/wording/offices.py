"""Offices that decide or are named deciding, as rows: the one table of office-holders'
names that the decision-maker, lead-in, heading and header readers all build from.

Each pattern is the office's name as printed, in capitals where the record capitalises it
("Portfolio Holder"); readers that take any case wrap it in `(?i:...)`.
"""

from __future__ import annotations

from typing import Final

import regex

from .registry import Wording, alternation

# Offices held for a portfolio: named in full as "<office> for <portfolio>".
PORTFOLIO_OFFICES: Final = (
    Wording(
        "cabinet_member",
        r"(?:Deputy\s+)?(?:Executive\s+|Cabinet\s+(?=Lead\b))?(?:Cabinet|Executive|Lead)\s+"
        r"(?:Board\s+)?(?:Member|Councillor)",
        "Cabinet Member for Highways, Transport and Strategic Planning",
        also=(
            "EXECUTIVE CABINET MEMBER FOR REGENERATION",
            "Cabinet Lead Member for Children and Families",
            "Lead Member for Adult Social Care",
            "Executive Councillor for Planning",
            "Executive Board Member for Regeneration and Tourism",
        ),
    ),
    Wording(
        "portfolio_holder",
        r"(?:(?:Cabinet|Executive)\s+)?Portfolio\s+(?:Holder|Leader|Lead)",
        "Portfolio Holder for Culture and Leisure",
        also=(
            "Portfolio Leader for Housing and Corporate Assets",
            "Portfolio Lead for Finance",
            "Cabinet Portfolio Holder for Sustainable Environment",
        ),
    ),
)

# Other offices a lead-in or a clause names as who decided ("The Leader approved:", "the
# Director of Place agrees ...").
OTHER_OFFICES: Final = (
    Wording(
        "leader",
        r"(?:Deputy\s+)?Leader",
        "The Leader of the Council agreed that:",
        also=("The Deputy Leader decided that:",),
    ),
    Wording(
        "chief_officer",
        r"(?:Deputy\s+|Assistant\s+)?Chief\s+(?:Executive|Officer)",
        "The Chief Executive agreed that:",
        also=("The Deputy Chief Executive agreed to:",),
    ),
    Wording(
        "director",
        r"(?:Corporate\s+|Strategic\s+|Executive\s+|Service\s+|Assistant\s+|Deputy\s+)?Director",
        "The Strategic Director of Resources approved:",
        also=("The Director of Place agreed that:", "The Service Director decided that:"),
    ),
    Wording("head_of_service", r"Head\s+of", "The Head of Legal Services decided that:"),
    Wording("mayor", r"Mayor", "The Mayor of the Combined Authority approved:"),
)

# A member named by title, not an office: "Councillor A. Example agreed that:" says who
# decided, but "Councillor A. Example proposes ..." in a clause of minutes is a motion's
# mover, so the clause readers (ROLE_SUBJECT_RE) leave it out.
MEMBERS: Final = (Wording("councillor", r"Councillor", "Councillor Jane Example agreed that:"),)

# The titles a person's name opens with, never an office's or a portfolio's words: "Dr Helen
# Marsh", "Councillor M. Dwyer" (in "Leader of the Council (Councillor M. Dwyer)"), "Cllr. J.
# Smith". The one list the readers of offices, lead-ins, makers and banners build from.
PERSON_TITLE: Final = r"(?:Councillors?|Cllr|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame)\b\.?"
# A line that opens with a person's title and a name: "Councillor Ann Lee".
PERSON_TITLE_RE: Final = regex.compile(PERSON_TITLE + r"\s+\S")

OFFICES: Final = PORTFOLIO_OFFICES + OTHER_OFFICES

# Any office's name, as printed: "Portfolio Holder", "Strategic Director", "Head of".
OFFICE_NAME: Final = "(?:" + alternation(OFFICES, named=False) + ")"
# ... or a member's title: who a lead-in names ("Councillor A. Example agreed that:").
DECIDER_NAME: Final = "(?:" + alternation(OFFICES + MEMBERS, named=False) + ")"
# An office held for a portfolio, as printed: "Cabinet Member", "Portfolio Holder".
PORTFOLIO_OFFICE_NAME: Final = "(?:" + alternation(PORTFOLIO_OFFICES, named=False) + ")"

# A portfolio's name: capitalised words and the small words between them, never a clause
# ("Cabinet Member for Resources presented the report, which had" is a sentence).
_PORTFOLIO_WORD = r"(?:(?-i:[A-Z0-9])[\w'’&()/-]*|(?-i:and|of|the|for|with|in|to|on|&))"
_PORTFOLIO: Final = (
    r"(?=\w[^:;.]{2,100}$)" + _PORTFOLIO_WORD + r"(?:,?\s+" + _PORTFOLIO_WORD + r")*"
)

# An office that decides, named in full: "Cabinet Member for Highways, Transport and
# Strategic Planning", "EXECUTIVE CABINET MEMBER FOR REGENERATION", "Portfolio Holder for
# Culture and Leisure", "Executive Councillor for Planning", "Cabinet Member (City
# Services)", "Portfolio Holder - Clean and Green", "Leader of the Council". Not
# "Cabinet Member for Housing - Councillor A. Example" (a dash then a person: the office is
# only the part before it, which the readers split off first).
OFFICE_RE: Final = regex.compile(
    r"(?i)(?:the\s+)?(?:"
    + PORTFOLIO_OFFICE_NAME
    + r"\s+for\s+(?!.*\s[-–]\s)"
    + _PORTFOLIO
    # "Cabinet Member (City Services)": the portfolio in brackets
    + r"|"
    + PORTFOLIO_OFFICE_NAME
    + r"\s+\((?!"
    + PERSON_TITLE
    + r")(?-i:[A-Z])[^():;.]{2,60}\)"
    # "Portfolio Holder – Housing and Welfare": the portfolio after a spaced dash (not a
    # person: "Cabinet Member - Councillor A. Example")
    + r"|"
    + PORTFOLIO_OFFICE_NAME
    + r"\s+[-–]\s+(?!"
    + PERSON_TITLE
    + r")"
    + _PORTFOLIO
    + r"|(?:deputy\s+)?leader\s+of\s+the\s+council)"
)

# An officer's office named in full: "Executive Director of Place Services", "Head of Legal
# Services", "Chief Executive" (as a first-person lead-in names its speaker: "I, Sarah
# Whitfield, Executive Director of Place Services, acting under ..., hereby decide:"). A
# member's office is OFFICE_RE's.
_OFFICERS = tuple(
    row for row in OTHER_OFFICES if row.field in ("chief_officer", "director", "head_of_service")
)
NAMED_OFFICE_RE: Final = regex.compile(
    r"(?i)(?:the\s+)?(?:"
    + alternation(_OFFICERS, named=False)
    + r")(?:(?:\s+(?:of|for)|(?<=\bof))\s+"
    + _PORTFOLIO
    + r")?"
)
