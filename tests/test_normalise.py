"""Tests for proforma_parser.normalise: line rules, inline enumerations and layout offsets."""

from __future__ import annotations

import pytest

from proforma_parser.document import Block, Document
from proforma_parser.structure.normalise import (
    Layout,
    normalise,
    normalise_line,
    split_inline_enumeration,
)


def document(*blocks: Block) -> Document:
    return Document(blocks=blocks, format="text", name=None, sha256="0" * 64, size=0)


def texts(layout: Layout) -> list[str]:
    return [line.text for line in layout.lines]


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        # horizontal space of every kind folds to one space; ends are stripped
        pytest.param("Title\u00a0of\u00a0Item/Report", "Title of Item/Report", id="nbsp"),
        pytest.param("Decision\tMaker:\tCabinet", "Decision Maker: Cabinet", id="tabs"),
        pytest.param("Cabinet\u2009Meeting", "Cabinet Meeting", id="thin-space"),
        pytest.param("  Record   of \t the  Decision  ", "Record of the Decision", id="space-runs"),
        pytest.param("Decision  :-  Cabinet", "Decision :- Cabinet", id="label-separator-spaced"),
        pytest.param(" \t\u00a0 ", "", id="only-space"),
        # invisible and control characters vanish without leaving a space
        pytest.param("Rea\u200bsons for the Decision", "Reasons for the Decision", id="zwsp"),
        pytest.param("\ufeffRecord of the Decision", "Record of the Decision", id="bom"),
        pytest.param("co\u00adordinated", "coordinated", id="soft-hyphen"),
        pytest.param("Co\u2060operation", "Cooperation", id="word-joiner"),
        pytest.param("\u202aDecision Maker", "Decision Maker", id="bidi-embedding"),
        pytest.param("Call\x00 In", "Call In", id="nul"),
        pytest.param("\x07Budget", "Budget", id="bell"),
        # NFKC: ligatures and full-width letters fold to plain ones
        pytest.param("Conﬂicts of Interest", "Conflicts of Interest", id="fl-ligature"),
        pytest.param("Beneﬁts realised", "Benefits realised", id="fi-ligature"),
        pytest.param("Ｃａｂｉｎｅｔ", "Cabinet", id="full-width"),
        pytest.param("To be confirmed…", "To be confirmed...", id="single-ellipsis-kept"),
        # Word table rules in text dumps
        pytest.param("| Title of Item/Report |", "Title of Item/Report", id="table-row"),
        pytest.param("| x |", "x", id="table-cell-short"),
        pytest.param("1. |", "1.", id="number-cell"),
        pytest.param("|", "", id="bare-rule"),
        pytest.param("|   |", "", id="empty-cell"),
        pytest.param("| Decision Maker | Cabinet |", "Decision Maker: Cabinet", id="two-cell-row"),
        # dot leaders between a label and its value
        pytest.param(
            "Cabinet Meeting ........ 16 January 2025",
            "Cabinet Meeting 16 January 2025",
            id="dot-leader",
        ),
        pytest.param(
            "Cabinet Meeting.................16 January 2025",
            "Cabinet Meeting 16 January 2025",
            id="dot-leader-unspaced",
        ),
        pytest.param("Date . . . . . 1 May 2024", "Date 1 May 2024", id="dot-leader-spaced"),
        pytest.param("Next …… page 4", "Next page 4", id="ellipsis-leader"),
        pytest.param("Signed ________ Proper Officer", "Signed Proper Officer", id="underscores"),
        pytest.param("Total ... 5", "Total ... 5", id="three-dots-kept"),
        # bullet glyphs become "- "
        pytest.param("• Capital Programme", "- Capital Programme", id="bullet"),
        pytest.param("•\u00a0Capital Programme", "- Capital Programme", id="bullet-nbsp"),
        pytest.param("·Parking charges", "- Parking charges", id="middle-dot-unspaced"),
        pytest.param("·  Parking charges", "- Parking charges", id="middle-dot-spaced"),
        pytest.param("▪ Library hours", "- Library hours", id="square-bullet"),
        pytest.param("\uf0b7\tLibrary hours", "- Library hours", id="wingdings-bullet"),
        pytest.param("Bins • Roads", "Bins • Roads", id="mid-line-bullet-kept"),
        pytest.param("- Already a dash", "- Already a dash", id="dash-kept"),
        # rules run in order: invisible, NFKC, spaces, table rules, leaders, bullets
        pytest.param(
            "\u200b| 3.\u00a0Reasons for the Decision |",
            "3. Reasons for the Decision",
            id="zwsp-nbsp-table",
        ),
        pytest.param("| • Approve the plan |", "- Approve the plan", id="bullet-in-cell"),
    ],
)
def test_normalise_line(raw: str, clean: str) -> None:
    assert normalise_line(raw) == clean


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        pytest.param(
            "The Cabinet has (a) approved the road plan; (b) agreed the budget; and (c) "
            "granted the funds.",
            [
                "The Cabinet has",
                "(a) approved the road plan;",
                "(b) agreed the budget; and",
                "(c) granted the funds.",
            ],
            id="bracketed-letters",
        ),
        pytest.param(
            "The Executive approved: (a) the sale of the site; (b) the use of the receipt.",
            [
                "The Executive approved:",
                "(a) the sale of the site;",
                "(b) the use of the receipt.",
            ],
            id="letters-after-colon",
        ),
        pytest.param(
            "1. That the plan be approved for the year ahead. 2. That officers report back.",
            [
                "1. That the plan be approved for the year ahead.",
                "2. That officers report back.",
            ],
            id="numbered-that-clauses",
        ),
        pytest.param(
            "1) That the plan be approved for the year ahead; 2) That officers report back.",
            [
                "1) That the plan be approved for the year ahead;",
                "2) That officers report back.",
            ],
            id="numbers-with-bracket",
        ),
        pytest.param(
            "It was agreed (i) that the road be closed; (ii) that signs be put up; "
            "(iii) that it reopen in May.",
            [
                "It was agreed",
                "(i) that the road be closed;",
                "(ii) that signs be put up;",
                "(iii) that it reopen in May.",
            ],
            id="roman",
        ),
        pytest.param(
            "Cabinet noted a) the budget report for next year and b) the capital programme.",
            [
                "Cabinet noted",
                "a) the budget report for next year and",
                "b) the capital programme.",
            ],
            id="letters-half-bracket",
        ),
    ],
)
def test_split_inline_enumeration(text: str, pieces: list[str]) -> None:
    assert split_inline_enumeration(text) == pieces


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Cabinet agreed the recommendations, save for the amendment in 1. above.",
            id="cross-reference-number",
        ),
        pytest.param("Approve (a) the plan; (b) the fees.", id="too-short"),
        pytest.param(
            "(a) only one item here, in a sentence that runs on for a while.",
            id="single-marker",
        ),
        pytest.param(
            "The report at section 2. Background and 3. Options sets out the detail.",
            id="sequence-not-from-one",
        ),
        pytest.param(
            "The scheme (see 2) above) was approved by the panel after a long debate.",
            id="bracketed-reference",
        ),
        pytest.param(
            "Cabinet agreed in 1. the plan and 2. the fees for the year ahead of us all.",
            id="number-dot-before-lower-case",
        ),
        pytest.param(
            "Cabinet approved the plan at paragraphs 3.2 and 4.1 of the report for next year.",
            id="decimal-paragraphs",
        ),
        pytest.param(
            "The scheme (option 2) was preferred over (option 1) by all members present.",
            id="option-numbers",
        ),
    ],
)
def test_split_inline_enumeration_leaves_line(text: str) -> None:
    assert split_inline_enumeration(text) == [text]


@pytest.mark.parametrize(
    ("doc", "lines"),
    [
        pytest.param(
            document(
                Block("1. |\n| Title of Item/Report |\n\n\n\nLibrary\u00a0opening hours\n\n\n"),
                Block("2. Record of the Decision"),
            ),
            [
                "1.",
                "Title of Item/Report",
                "",
                "Library opening hours",
                "",
                "2. Record of the Decision",
            ],
            id="table-dump-blank-runs",
        ),
        pytest.param(
            document(Block("\n\n\nFirst line\n\n\n\n")),
            ["First line"],
            id="leading-trailing-blanks-dropped",
        ),
        pytest.param(
            document(Block("Heading\n|\nBody")),
            ["Heading", "", "Body"],
            id="rule-line-becomes-blank",
        ),
        pytest.param(
            document(
                Block("Intro", page=1),
                Block("Cell text", kind="cell", page=1),
                Block("Later", page=2),
            ),
            ["Intro", "", "Cell text", "", "Later"],
            id="pdf-paragraphs-and-cells",
        ),
        pytest.param(
            document(
                Block("RESOLVED that Cabinet:-"),
                Block("Approve the plan.", kind="list_item", list_number="1."),
                Block("Note the costs.", kind="list_item", list_number="2."),
            ),
            ["RESOLVED that Cabinet:-", "", "1. Approve the plan.", "", "2. Note the costs."],
            id="list-numbers-restored",
        ),
        pytest.param(
            document(
                Block(
                    "The Cabinet has (a) approved the road plan; (b) agreed the budget; and "
                    "(c) granted the funds."
                )
            ),
            [
                "The Cabinet has",
                "(a) approved the road plan;",
                "(b) agreed the budget; and",
                "(c) granted the funds.",
            ],
            id="inline-enumeration",
        ),
        pytest.param(
            document(Block("Cabinet Meeting ........ 16 January 2025\n• Bins\n\u200b")),
            ["Cabinet Meeting 16 January 2025", "- Bins"],
            id="line-rules-applied",
        ),
    ],
)
def test_normalise_lines_and_offsets(doc: Document, lines: list[str]) -> None:
    layout = normalise(doc)
    assert texts(layout) == lines
    assert layout.text == "\n".join(lines)
    for line in layout.lines:
        assert layout.text[line.start : line.end] == line.text
        assert line.blank == (line.text == "")
    starts = [line.start for line in layout.lines]
    assert starts == sorted(starts)
    assert all(
        not (a.blank and b.blank) for a, b in zip(layout.lines, layout.lines[1:], strict=False)
    )


def test_normalise_keeps_pages() -> None:
    layout = normalise(document(Block("One", page=1), Block("Two\nThree", page=2)))
    assert [(line.text, line.page) for line in layout.lines] == [
        ("One", 1),
        ("", 1),
        ("Two", 2),
        ("Three", 2),
    ]


@pytest.mark.parametrize(
    ("doc", "lines", "breaks"),
    [
        pytest.param(
            document(Block("Page one\n\n"), Block("\fPage two\nmore")),
            ["Page one", "", "Page two", "more"],
            (2,),
            id="form-feed-opens-block",
        ),
        pytest.param(
            document(Block("a\n\f\nb")),
            ["a", "", "b"],
            (2,),
            id="form-feed-on-its-own-line",
        ),
        pytest.param(
            document(Block("one\n\ftwo\nthree\n\f\n\nfour")),
            ["one", "two", "three", "", "four"],
            (1, 4),
            id="several-breaks",
        ),
        pytest.param(
            document(Block("\fFirst page\nsecond line")),
            ["First page", "second line"],
            (),
            id="leading-form-feed-no-break",
        ),
        pytest.param(
            document(Block("No breaks here.\n\nAt all.")),
            ["No breaks here.", "", "At all."],
            (),
            id="none",
        ),
    ],
)
def test_normalise_records_form_feed_breaks(
    doc: Document, lines: list[str], breaks: tuple[int, ...]
) -> None:
    layout = normalise(doc)
    assert texts(layout) == lines
    assert layout.breaks == breaks
    assert "\f" not in layout.text


def test_a_sentence_a_rendering_set_apart_as_paragraphs_is_one_paragraph_again() -> None:
    layout = normalise(
        document(
            Block("The Cabinet considered a report which sought"),
            Block("approval of the revised charges, set out in the"),
            Block("Appendix to the report."),
            Block("Decision made"),
            Block("to approve the charges."),
        )
    )
    assert texts(layout) == [
        "The Cabinet considered a report which sought",
        "approval of the revised charges, set out in the",
        "Appendix to the report.",
        "",
        "Decision made",
        "",
        "to approve the charges.",
    ]


def test_a_lead_in_cut_before_its_date_in_a_rendering_is_one_paragraph() -> None:
    """ "... the report of the Head of Place dated" / "" / "3 June 2024, have decided to:":
    a rendering set the lines apart, and "dated" needs the date below."""
    from proforma_parser import parse_text

    record = parse_text(
        "EASTVALE DISTRICT COUNCIL\n\nPORTFOLIO HOLDER DECISION NOTICE\n\n"
        "Subject: Riverside Shuttle Bus Grant\n\n"
        "I, the Portfolio Holder for Leisure, Parks and Tourism, having\n\n"
        "considered the report of the Head of Place dated\n\n"
        "3 June 2024, have decided to:\n\n"
        "i. award a grant of £9,000 to the shuttle operator.\n"
    )
    assert record.decision_maker == "Portfolio Holder for Leisure, Parks and Tourism"
    assert [(r.number, r.by, r.text[:20]) for r in record.resolutions] == [
        ("i", "Portfolio Holder for Leisure, Parks and Tourism", "award a grant of £9,")
    ]


def test_a_rendering_of_a_record_wrapped_at_a_width_keeps_its_sentences_whole() -> None:
    """A hard-wrapped notice whose every line a rendering set apart as a paragraph: where
    a paragraph's first word would not have fitted on the one above, the two are one
    sentence ("... received by the Monitoring" / "Officer by 5.00pm ..."); a new item or a
    label stays apart."""
    wrapped = [
        "This decision will come into force, and may be implemented, on 16 May",
        "2023 unless it is called in. Any call-in request must be received by",
        "the Monitoring Officer by 5.00pm on Wednesday 15 May 2023, by email or",
        "in writing. The Cabinet Member considered the report of the Director",
        "of Place on the coastal defence scheme and the responses received in",
        "the consultation, and agreed to adopt the design brief for the scheme",
        "at Seaview, with the changes set out in the report's second Appendix",
        "Officer by then. A copy of the brief will be placed on the Council's",
        "Decision Maker: Cabinet Member for Planning",
    ]
    layout = normalise(
        Document(
            blocks=tuple(Block(line) for line in wrapped),
            format="docx",
            name=None,
            sha256="0" * 64,
            size=0,
        )
    )
    assert texts(layout) == [*wrapped[:8], "", wrapped[8]]
