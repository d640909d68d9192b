"""The keyword-window searches find exactly what a search of the whole text finds.

`wording.scan` tries a pattern only around the keywords its matches hold; these properties
draw texts from the words those patterns are made of (keywords in any case, long runs of
spaces and hyphens, line breaks, stops, look-alike letters) and compare every match, and
every sentence the prose readers pick, with the whole-text search they replace.
"""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from proforma_parser.fields.callin import _PROSE_AFTER, _PROSE_BEFORE, _PROSE_WORDS, PROSE_RE
from proforma_parser.wording import prose
from proforma_parser.wording.scan import finditer_near, lines_holding, lowered, search_near
from proforma_parser.wording.vocabulary import mentions

WORDS = (
    "call", "CALL-IN", "Call", "in", "called", "implemented", "IMPLEMENTED", "period",
    "deadline", "expires", "is", "are", "not", "subject", "to", "the", "after", "three",
    "day", "unless", "it", "exempt", "from", "further", "with", "immediate", "effect",
    "decision", "Decisions", "will", "be", "may", "come", "into", "force", "takes", "on",
    "published", "issued", "minutes", "were", "was", "declared", "an", "interest",
    "interests", "Councillor", "J.", "dispensation", "dispensations", "granted", "had",
    "no", "None", "5.00pm", "Friday", "26", "July", "2024", "recall", "ſubject", "İmplemented",
    "£1.5m", "Mr.", "—", "x" * 30,
)  # fmt: skip
GAPS = (" ", " ", " ", "  ", "\n", "\n\n", " - ", "-", "---------", " " * 25, ". ", ".\n", "; ")


# Statements the patterns look for, their words to be parted by any gap.
PHRASES = (
    "decision will be implemented from 5 July 2024",
    "The decision will come into force on Friday 26 July 2024",
    "decisions take effect on 26/07/2024",
    "unless it is called in",
    "the call-in deadline for these decisions expires at 5pm",
    "after the three day call in period",
    "exempt from further call-in",
    "is not subject to call-in",
    "can be implemented with immediate effect",
    "Councillor J. Wren declared a personal interest",
    "interests were declared by Councillor Ahmed",
    "a dispensation was granted by the Monitoring Officer",
    "Councillor Ahmed had a dispensation to speak",
    "No dispensations were granted",
    "No conflicts of interest were declared",
    "None of the members declared an interest",
    "there were no declarations",
    "there were no  dispensation",
    "Decisions published on 28/01/2025",
    "Minutes were issued on Thursday, 6 March 2025",
)


@st.composite
def texts(draw: st.DrawFn) -> str:
    pieces = st.one_of(st.sampled_from(WORDS), st.sampled_from(PHRASES).map(lambda p: p.split()))
    parts = draw(st.lists(st.tuples(pieces, st.sampled_from(GAPS)), max_size=40))
    out: list[str] = []
    for piece, gap in parts:
        words = [piece] if isinstance(piece, str) else piece
        out.extend(word + draw(st.sampled_from(GAPS)) for word in words[:-1])
        out.append(words[-1] + gap)
    return "".join(out)


PATTERNS = (
    (PROSE_RE, _PROSE_WORDS, _PROSE_BEFORE, _PROSE_AFTER),
    (prose.EFFECTIVE_RE, prose._EFFECT_WORDS, prose._EFFECT_BEFORE, prose._EFFECT_AFTER),
    (
        prose.NO_DISPENSATION_RE,
        prose._DISPENSATION_WORDS,
        prose._NO_DISPENSATION_BEFORE,
        prose._NO_DISPENSATION_AFTER,
    ),
    (
        prose.PUBLISHED_RE,
        prose._PUBLISHED_WORDS,
        prose._PUBLISHED_BEFORE,
        prose._PUBLISHED_AFTER,
    ),
)


@settings(max_examples=400, deadline=None)
@given(texts())
def test_windows_find_what_the_whole_text_holds(text: str) -> None:
    for pattern, words, before, after in PATTERNS:
        whole = [m.span() for m in pattern.finditer(text)]
        near = finditer_near(pattern, text, words, before=before, after=after)
        assert [m.span() for m in near] == whole
        first = search_near(pattern, text, words, before=before, after=after)
        assert (first.span() if first else None) == (whole[0] if whole else None)


def _whole_text_sentences(
    text: str, pattern: regex.Pattern[str], keyword: str
) -> tuple[str | None, tuple[int, int] | None]:
    """`prose._sentences` as it was: the whole text searched, then every sentence."""
    if not mentions(text, keyword) or not pattern.search(text):
        return None, None
    found = [m for m in prose._SENTENCE_RE.finditer(text) if pattern.search(m.group(0))]
    value = " ".join(m.group(0).strip() for m in found) or None
    if value is None:
        return None, None
    return value, (found[0].start(), found[-1].end())


@settings(max_examples=400, deadline=None)
@given(texts())
def test_sentences_from_keyword_lines_are_the_whole_texts(text: str) -> None:
    for pattern, keyword in (
        (prose.CONFLICT_RE, "declared"),
        (prose.DISPENSATION_RE, "dispensation"),
    ):
        assert prose._sentences(text, pattern, keyword) == _whole_text_sentences(
            text, pattern, keyword
        )


@settings(max_examples=300, deadline=None)
@given(texts())
def test_prose_readers_read_what_the_whole_text_holds(text: str) -> None:
    whole_conflicts = (
        (True, None, None)
        if prose.NO_CONFLICTS_RE.search(text)
        else _stated(*_whole_text_sentences(text, prose.CONFLICT_RE, "declared"))
    )
    whole_dispensations = (
        (True, None, None)
        if prose.NO_DISPENSATION_RE.search(text)
        else _stated(*_whole_text_sentences(text, prose.DISPENSATION_RE, "dispensation"))
    )
    for lower in (None, text.lower()):
        assert prose.conflicts_in_prose_at(text, lower) == whole_conflicts
        assert prose.dispensations_in_prose_at(text, lower) == whole_dispensations


def _stated(
    value: str | None, at: tuple[int, int] | None
) -> tuple[bool, str | None, tuple[int, int] | None]:
    return value is not None, value, at


def test_lowered_keeps_offsets_or_declines() -> None:
    assert lowered("Call-In") == "call-in"
    assert lowered("İmplemented") is None  # lowers to two characters
    assert lowered("ſubject") is None  # a case-insensitive "s"
    assert lowered("Ｃａｌｌ £5 – ok") == "ｃａｌｌ £5 – ok"


def test_lines_holding_each_line_once() -> None:
    text = "no\ncall call\nnone\nCALL"
    assert lines_holding(text, text.lower(), "call") == [(3, 13), (18, 22)]
