"""The wording registry as a table test: every row's example, read by the real reader,
gives the row's own field and no other's; the pre-checks are built from the rows, so a new
row with a new word is recognised with no other edit."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import regex

from proforma_parser.defects import DefectLog
from proforma_parser.fields.callin import call_in_from_prose
from proforma_parser.fields.council import read_authority
from proforma_parser.fields.decision_maker import office_line
from proforma_parser.fields.header import read_header
from proforma_parser.fields.meeting import meeting_line
from proforma_parser.fields.phrasing import title_case
from proforma_parser.structure import headings as structure_headings
from proforma_parser.structure import leadins as structure_leadins
from proforma_parser.structure.headings import match_heading
from proforma_parser.structure.leadins import read_lead_in, subject_of, word_lead_in_re
from proforma_parser.wording import headings as wording_headings
from proforma_parser.wording.banners import (
    BANNER_WORDS,
    BANNERS,
    MEETING_BODIES,
    MEETING_INITIALS,
    banner_match,
)
from proforma_parser.wording.dates import parse_uk_date
from proforma_parser.wording.documents import (
    CHROME,
    CHROME_INITIALS,
    DOC_QUALIFIERS,
    DOC_TYPE_OPENINGS,
    DOC_TYPE_PREFIXES,
    DOC_TYPE_SHAPES,
    doc_type_match,
    is_chrome,
)
from proforma_parser.wording.headings import (
    COMBINED_CONFLICTS,
    FACT_LABELS,
    FIELD_HEADINGS,
    HEADING_WORDS,
    OTHER_HEADINGS,
    SIGN_OFFS,
)
from proforma_parser.wording.leadins import (
    CAPS_WORDS,
    DECIDER_VERBS,
    FIRST_PERSON_VERBS,
    HEREBY,
    LEAD_IN_WORDS,
    OPENING_WORDS,
    PRESENT_VERBS,
    RESOLUTION_KINDS,
    lead_in_words,
    resolution_kind,
)
from proforma_parser.wording.nil import EXCEPTIONS, is_nil
from proforma_parser.wording.offices import MEMBERS, OFFICE_RE, OTHER_OFFICES, PORTFOLIO_OFFICES
from proforma_parser.wording.prose import (
    CALL_IN_STATEMENTS,
    CALL_IN_WORDS,
    EFFECT_WORDINGS,
    EFFECT_WORDS,
    PUBLICATION_WORDINGS,
    PUBLICATION_WORDS,
    effective_in_prose,
    published_in_prose,
)
from proforma_parser.wording.registry import (
    Wording,
    alternation,
    by_field,
    example_words,
    first_words,
    guarded_alternation,
    iter_examples,
    keywords,
    label_part,
    row_of,
    simplify,
)
from proforma_parser.wording.tables import TABLES


def _cases(rows: tuple[Wording, ...]) -> list[tuple[Wording, str]]:
    return list(iter_examples(rows))


def _ids(rows: tuple[Wording, ...]) -> list[str]:
    return [example for _, example in iter_examples(rows)]


def _every_row() -> Iterator[tuple[str, Wording]]:
    for table, rows in TABLES.items():
        for row in rows:
            yield table, row


# -- every row is a real-shaped line -------------------------------------------------------


@pytest.mark.parametrize(("table", "row"), list(_every_row()), ids=lambda x: str(x)[:50])
def test_every_row_has_a_real_shaped_example(table: str, row: Wording) -> None:
    # a printed line of words, not a placeholder ("<section>" is a tag left in a page)
    assert len(row.example) >= 3, (table, row.example)
    assert sum(ch.isalpha() for ch in row.example) >= 3, (table, row.example)
    for example in row.examples:
        assert example.strip() == example
        assert example[0].isalpha() or example.startswith("<"), (table, example)
        # the pattern compiles and names nothing itself (its table names the groups)
        assert "(?P<" not in row.pattern
    assert regex.compile(row.pattern).pattern == row.pattern


def test_tables_hold_every_family() -> None:
    assert set(TABLES) >= {"field headings", "fact labels", "other headings", "sign-offs"}
    assert sum(len(rows) for rows in TABLES.values()) >= 160


# -- section headings ----------------------------------------------------------------------


def _reader_field(row: Wording) -> str:
    # the combined heading is read as a conflicts heading; `fields/content.py` gives its
    # text to both fields because its label says "dispensation"
    return "conflicts_of_interest" if row.field == COMBINED_CONFLICTS else row.field


@pytest.mark.parametrize(("row", "example"), _cases(FIELD_HEADINGS), ids=_ids(FIELD_HEADINGS))
def test_field_heading_example_maps_to_its_field(row: Wording, example: str) -> None:
    heading = match_heading(example)
    assert heading is not None, example
    assert (heading.kind, heading.name) == ("field", _reader_field(row))
    if row.field == COMBINED_CONFLICTS:
        assert "dispensation" in heading.label.lower()
    key = simplify(label_part(example))
    # the row itself matches its example ...
    assert regex.search(row.pattern, key), (row.pattern, key)
    # ... and no row of another field that comes before it in precedence does
    for field, pattern in wording_headings.FAMILY_RES:
        if field == row.field:
            break
        assert pattern.search(key) is None, (example, field)
    # nor is it a fact label, another heading or a sign-off
    for fact, pattern in wording_headings.META_RES:
        assert pattern.fullmatch(key) is None, (example, fact)
    assert wording_headings.KNOWN_OTHER_RE.fullmatch(key) is None
    assert wording_headings.SIGN_OFF_RE.fullmatch(key) is None


@pytest.mark.parametrize(("row", "example"), _cases(FACT_LABELS), ids=_ids(FACT_LABELS))
def test_fact_label_example_maps_to_its_fact(row: Wording, example: str) -> None:
    heading = match_heading(example)
    assert heading is not None, example
    assert (heading.kind, heading.name) == ("meta", row.field)
    value = example[len(label_part(example)) :].lstrip("?:- ")
    assert heading.value == value
    key = simplify(label_part(example))
    matched = {fact for fact, pattern in wording_headings.META_RES if pattern.fullmatch(key)}
    assert matched == {row.field}


@pytest.mark.parametrize(("row", "example"), _cases(OTHER_HEADINGS), ids=_ids(OTHER_HEADINGS))
def test_other_heading_example_is_known_and_feeds_no_field(row: Wording, example: str) -> None:
    heading = match_heading(example)
    assert heading is not None, example
    assert (heading.kind, heading.name) == ("other", "other")
    assert regex.fullmatch(row.pattern, simplify(label_part(example)))


@pytest.mark.parametrize(("row", "example"), _cases(SIGN_OFFS), ids=_ids(SIGN_OFFS))
def test_sign_off_example_is_a_sign_off(row: Wording, example: str) -> None:
    heading = match_heading(example)
    assert heading is not None, example
    assert (heading.kind, heading.name) == ("other", "sign_off")


def test_heading_words_are_built_from_the_rows() -> None:
    assert example_words(FIELD_HEADINGS) <= HEADING_WORDS
    assert {"justification", "dispensations", "callable", "resolutions"} <= HEADING_WORDS
    # a word of no row's example is no heading word
    assert "motivation" not in HEADING_WORDS
    assert "planning" not in HEADING_WORDS


def test_a_matching_row_is_found_by_its_group() -> None:
    reasons = tuple(row for row in FIELD_HEADINGS if row.field == "reasons")
    pattern = dict(wording_headings.FAMILY_RES)["reasons"]
    found = pattern.search("justification")
    assert found is not None
    assert row_of(reasons, found).pattern == r"\bjustification\b"


# Keys of label lines and of prose, as `structure/headings.py` simplifies them.
_PROSE_KEYS = (
    "the cabinet agreed the fees set out in the report",
    "date of the report to cabinet",
    "decision published on the website",
    "meeting held on",
    "",
)


@pytest.mark.parametrize("rows", [FACT_LABELS, FIELD_HEADINGS], ids=["facts", "headings"])
def test_a_guard_put_in_front_of_the_rows_gives_the_same_answers(
    rows: tuple[Wording, ...],
) -> None:
    keys = [simplify(label_part(example)) for _, example in iter_examples(rows)]
    keys += [*_PROSE_KEYS, *(simplify(example) for _, example in iter_examples(rows))]
    for field, guarded in by_field(rows):
        plain = regex.compile(alternation(row for row in rows if row.field == field))
        for key in keys:
            for old, new in ((plain.fullmatch, guarded.fullmatch), (plain.search, guarded.search)):
                was, now = old(key), new(key)
                assert (was is None) == (now is None), (field, key)
                if was is not None and now is not None:
                    assert (was.span(), was.lastgroup) == (now.span(), now.lastgroup), (field, key)


def test_the_date_labels_scan_the_label_once() -> None:
    rows = [row for row in FACT_LABELS if row.field == "decision_date"]
    assert len(rows) > 1
    assert all(row.pattern.count("publi") == 1 for row in rows)
    assert guarded_alternation(rows).count("publi") == 1  # not once for each row


def test_a_row_with_its_own_alternation_keeps_its_guard() -> None:
    rows = [
        Wording("other", r"^minutes|discussion", "Minutes"),
        Wording("other", r"^background", "Background Papers"),
    ]
    # "^(?:minutes|discussion|background)" would no longer find "discussion" mid-key
    assert guarded_alternation(rows) == alternation(rows)
    one = [Wording("other", r"^(?![)\]])minutes", "Minutes")]
    assert guarded_alternation(one) == alternation(one)


@pytest.fixture
def motivation_row(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The heading readers built from the rows plus one new row, as if it had been added to
    FIELD_HEADINGS: no other list is edited."""
    rows = (
        *FIELD_HEADINGS,
        Wording("reasons", r"\bmotivation\b", "Motivation for the decision"),
    )
    monkeypatch.setattr(structure_headings, "FAMILY_RES", by_field(rows))
    monkeypatch.setattr(structure_headings, "HEADING_WORDS", wording_headings.heading_words(rows))
    _clear_heading_caches()
    yield
    _clear_heading_caches()


def _clear_heading_caches() -> None:
    structure_headings.classify.cache_clear()
    structure_headings._family.cache_clear()
    structure_headings._KNOWN_HEADINGS.clear()


def test_a_new_heading_wording_is_misread_before_its_row_is_added() -> None:
    _clear_heading_caches()
    heading = match_heading("Motivation for the decision:")
    # read by its last word, as the decision itself
    assert heading is not None
    assert (heading.kind, heading.name) == ("field", "decision")


@pytest.mark.usefixtures("motivation_row")
def test_a_new_heading_row_is_one_row_plus_its_example() -> None:
    heading = match_heading("Motivation for the decision:")
    assert heading is not None
    assert (heading.kind, heading.name, heading.label) == (
        "field",
        "reasons",
        "Motivation for the decision",
    )
    # its words joined the vocabulary the run-in reader uses too
    run_in = match_heading("b) Motivation for the decision The scheme meets the need.")
    assert run_in is not None
    assert (run_in.name, run_in.value) == ("reasons", "The scheme meets the need.")


def test_first_words_come_from_the_examples() -> None:
    rows = (
        Wording("resolved", "RESOLVED", "RESOLVED that the report be noted."),
        Wording("endorsed", "ENDORSED", "ENDORSED that the strategy be adopted."),
    )
    assert first_words(rows) == {"resolved", "endorsed"}


# -- resolution lead-ins -------------------------------------------------------------------

LEAD_IN_TABLES = {
    "opening": OPENING_WORDS,
    "decider": DECIDER_VERBS,
    "first person": FIRST_PERSON_VERBS,
    "present": PRESENT_VERBS,
    "hereby": HEREBY,
}
LEAD_IN_CASES = [
    (table, row, example)
    for table, rows in LEAD_IN_TABLES.items()
    for row, example in iter_examples(rows)
]
# Who decided, as each decider-verb example names them.
DECIDERS = {
    "The Cabinet resolved to:": "Cabinet",
    "The Executive Member for Housing agreed that:": "Executive Member for Housing",
    "The Leader decided that the grant be paid.": "Leader",
    "The Mayor approved:": "Mayor",
    "The Lead Member made the following decision:": "Lead Member",
}


@pytest.mark.parametrize(
    ("table", "row", "example"), LEAD_IN_CASES, ids=[case[2] for case in LEAD_IN_CASES]
)
def test_lead_in_example_is_read_as_its_kind(table: str, row: Wording, example: str) -> None:
    lead_in = read_lead_in(example)
    assert lead_in is not None, example
    assert lead_in.kind == RESOLUTION_KINDS.get(row.field, "resolved")
    if table == "decider":
        assert lead_in.by == DECIDERS[example]
    elif table != "opening" or row.field not in ("recommended", "ordered"):
        assert lead_in.by is None
    # the example says its own row's verb and no other row's of its table
    said = {
        other.field
        for other in LEAD_IN_TABLES[table]
        if regex.search(r"\b(?:" + other.pattern + r")\b", example)
    }
    assert said == {row.field}
    # and passes the word test that spares the patterns (a present-tense list line passes
    # by its closing colon)
    lowered = example.lower()
    assert any(word in lowered for word in LEAD_IN_WORDS) or example.endswith(":")


def test_lead_in_words_are_built_from_the_rows() -> None:
    assert set(LEAD_IN_WORDS) == {
        "resolved",
        "recommend",
        "agreed",
        "ordered",
        "decided",
        "determined",
        "approved",
        "made",
        "took",
        "hereby",
    }
    assert {"RECOMMENDED", "RECOMMEND"} <= set(CAPS_WORDS)
    assert resolution_kind("Recommended") == "recommended"
    assert resolution_kind("AGREED") == "resolved"


ENDORSED = "ENDORSED that the strategy be adopted."


def test_a_new_lead_in_word_is_not_read_before_its_row_is_added() -> None:
    assert read_lead_in(ENDORSED) is None


def test_a_new_lead_in_word_is_one_row_plus_its_example(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = (*OPENING_WORDS, Wording("endorsed", r"ENDORSED|Endorsed", ENDORSED))
    opening = "(?:" + alternation(rows, named=False) + ")"
    words = lead_in_words(rows, DECIDER_VERBS, FIRST_PERSON_VERBS, HEREBY)
    assert "endorsed" in words
    monkeypatch.setattr(structure_leadins, "WORD_LEAD_IN_RE", word_lead_in_re(opening))
    monkeypatch.setattr(structure_leadins, "LEAD_IN_WORDS", words)
    lead_in = read_lead_in(ENDORSED)
    assert lead_in is not None
    assert (lead_in.kind, lead_in.by, lead_in.rest) == (
        "resolved",
        None,
        "the strategy be adopted.",
    )


# -- offices -------------------------------------------------------------------------------

OFFICE_ROWS = (*PORTFOLIO_OFFICES, *OTHER_OFFICES, *MEMBERS)
_VERB_RE = regex.compile(r"\s+(?:agreed|decided|approved)\b.*$")


def _office_rows_naming(name: str) -> set[str]:
    return {row.field for row in OFFICE_ROWS if regex.match(row.pattern, name)}


@pytest.mark.parametrize(("row", "example"), _cases(PORTFOLIO_OFFICES), ids=_ids(PORTFOLIO_OFFICES))
def test_portfolio_office_example_is_read_as_the_decision_maker(row: Wording, example: str) -> None:
    # a header line naming the office alone is who decided
    assert office_line(["Decision Session", example]) == (
        title_case(example) if example.isupper() else example
    )
    office = title_case(example) if example.isupper() else example
    lead_in = read_lead_in(f"The {office} agreed that:")
    assert lead_in is not None
    assert lead_in.by == office
    assert _office_rows_naming(office) == {row.field}


@pytest.mark.parametrize(("row", "example"), _cases(OTHER_OFFICES), ids=_ids(OTHER_OFFICES))
def test_other_office_example_names_who_decided(row: Wording, example: str) -> None:
    who = _VERB_RE.sub("", example).removeprefix("The ")
    lead_in = read_lead_in(example)
    assert lead_in is not None
    assert (lead_in.kind, lead_in.by) == ("resolved", who)
    # the clause readers know the office too ("the Director of Place agrees ...")
    assert subject_of(example) == who
    assert _office_rows_naming(who) == {row.field}


def test_a_councillor_names_who_decided_in_a_lead_in_but_not_in_a_clause() -> None:
    (row,) = MEMBERS
    lead_in = read_lead_in(row.example)
    assert lead_in is not None
    assert lead_in.by == "Councillor Jane Example"
    # "Councillor Jane Example proposes ..." in minutes is a mover, not a decider
    assert subject_of("Councillor Jane Example proposes that the item be deferred.") is None


def test_office_names_are_one_table() -> None:
    # the fact label "Cabinet Member:" and the office named in full read the same offices
    for row in PORTFOLIO_OFFICES:
        for example in row.examples:
            office = example.split(" for ", 1)[0].split(" FOR ", 1)[0]
            heading = match_heading(f"{title_case(office)}: Councillor Jane Example")
            assert heading is not None
            assert (heading.kind, heading.name) == ("meta", "office_holder")
            assert OFFICE_RE.fullmatch(example) is not None


# -- document types, chrome, banners, meeting lines ----------------------------------------

DOC_TYPE_ROWS = (*DOC_QUALIFIERS, *DOC_TYPE_SHAPES, *DOC_TYPE_PREFIXES)


@pytest.mark.parametrize(("row", "example"), _cases(DOC_TYPE_ROWS), ids=_ids(DOC_TYPE_ROWS))
def test_document_type_example_is_read_as_the_document_type(row: Wording, example: str) -> None:
    found = doc_type_match(example)
    assert found is not None, example
    header = read_header([example])
    assert header.document_type == title_case(found.group("type"))
    # the type is the line less a page's link text, a body's name and dash, or who made it
    # ("... OF THE Cabinet")
    assert found.group("type").lower() in example.lower()
    assert len(found.group("type")) >= len(example) // 2
    assert not is_chrome(example)
    assert banner_match(example) is None
    assert example.split(" ", 1)[0].lower() in DOC_TYPE_OPENINGS


def test_document_type_openings_are_the_rows_first_words() -> None:
    # each qualifier row's example opens with its word, so the openings hold every qualifier
    for row in DOC_QUALIFIERS:
        assert row.example.split(" ", 1)[0].lower() == row.pattern
    assert {"view", "council", "record", "notice", "decision"} <= DOC_TYPE_OPENINGS
    # a new qualifier row is one row: its example's first word joins the openings
    rows = (Wording("document_type", r"emergency", "Emergency Decision Notice"),)
    assert "emergency" in first_words(DOC_QUALIFIERS + rows)
    assert doc_type_match("Emergency Decision Notice") is None


@pytest.mark.parametrize(("row", "example"), _cases(CHROME), ids=_ids(CHROME))
def test_chrome_example_is_chrome_and_nothing_else(row: Wording, example: str) -> None:
    assert is_chrome(example)
    assert regex.fullmatch(row.pattern, example.lower())
    assert doc_type_match(example) is None
    assert banner_match(example) is None
    assert example[:1].lower() in CHROME_INITIALS


@pytest.mark.parametrize(("row", "example"), _cases(BANNERS), ids=_ids(BANNERS))
def test_banner_example_is_read_as_the_authority(row: Wording, example: str) -> None:
    found = banner_match(example)
    assert found is not None
    assert found.group("name") == example
    log = DefectLog()
    authority = read_authority([example], [], [], example, log)
    assert authority is not None
    assert authority.lower() == example.lower()
    assert doc_type_match(example) is None
    # the row itself matches, and its keyword is in the line
    assert regex.fullmatch(row.pattern, example, regex.IGNORECASE)
    assert any(word in example.lower() for word in BANNER_WORDS)


def test_banner_words_are_built_from_the_rows() -> None:
    # one word serves several rows ("council" most of them, "city" both "City and County
    # of ..." and "City of London Corporation"); a Welsh name alone needs "cyngor"
    assert BANNER_WORDS == ("council", "authority", "borough", "city", "cyngor")
    rows = (Wording("authority_banner", r"[\w ]+\s+national\s+park", "Harrowdale National Park"),)
    assert keywords(rows) == ("national",)
    # a row whose examples differ in the word they hold needs each ("force" or "effect")
    rows = (Wording("x", r"\w+ (?:council|authority)", "Vale Council", also=("Wold Authority",)),)
    assert set(keywords(rows)) == {"council", "authority"}
    # an example holding no word its pattern spells gives the pre-check nothing to test
    with pytest.raises(ValueError, match="holds no word"):
        keywords((Wording("x", r"\w+ (?:council|authority)", "Vale Board"),))


@pytest.mark.parametrize(("row", "example"), _cases(MEETING_BODIES), ids=_ids(MEETING_BODIES))
def test_meeting_line_example_is_read_as_the_body_and_date(row: Wording, example: str) -> None:
    body, date_text = meeting_line([example])
    assert body is not None
    # the body as the example names it before "Meeting" ("Executive Committee Meeting ...")
    assert body.lower() == example[: example.lower().index(" meeting")].lower()
    assert regex.fullmatch(row.pattern, body.lower()) is not None
    assert date_text is not None
    assert parse_uk_date(date_text) is not None
    assert example[0] in MEETING_INITIALS


# -- statements in prose, and exceptions to a nil statement --------------------------------


@pytest.mark.parametrize(("row", "example"), _cases(EFFECT_WORDINGS), ids=_ids(EFFECT_WORDINGS))
def test_effect_wording_example_gives_the_effective_date(row: Wording, example: str) -> None:
    date_text = effective_in_prose(example)
    assert date_text is not None
    assert parse_uk_date(date_text) is not None
    assert published_in_prose(example) is None
    assert any(word in example.lower() for word in EFFECT_WORDS)


@pytest.mark.parametrize(
    ("row", "example"), _cases(PUBLICATION_WORDINGS), ids=_ids(PUBLICATION_WORDINGS)
)
def test_publication_wording_example_gives_the_publication_date(row: Wording, example: str) -> None:
    date_text = published_in_prose(example)
    assert date_text is not None
    assert parse_uk_date(date_text.rstrip(".")) is not None
    assert effective_in_prose(example) is None
    assert any(word in example.lower() for word in PUBLICATION_WORDS)


def test_prose_pre_check_words_are_one_per_row() -> None:
    # "effect" and "force" each serve two of the examples' shapes, so they come first
    assert EFFECT_WORDS == ("effect", "force", "implemented")
    assert PUBLICATION_WORDS == ("published", "issued")
    # most call-in statements say "call"; the others are covered by one word each ("The
    # deadline for calling in decisions ...": "calling" is no word of the pattern's)
    assert CALL_IN_WORDS == ("call", "called", "implemented", "deadline")


@pytest.mark.parametrize(("row", "example"), _cases(EXCEPTIONS), ids=_ids(EXCEPTIONS))
def test_exception_example_makes_a_nil_statement_content(row: Wording, example: str) -> None:
    assert not is_nil(example)
    found = regex.search(r"(?i)\b(?:" + row.pattern + r")\b", example)
    assert found is not None
    # what comes before the exception says none on its own
    assert is_nil(example[: found.start()].rstrip(" ,;"))
    assert row.pattern.replace(r"\s+", " ") in example.lower()


@pytest.mark.parametrize(
    ("row", "example"), _cases(CALL_IN_STATEMENTS), ids=_ids(CALL_IN_STATEMENTS)
)
def test_call_in_statement_example_gives_the_call_in_position(row: Wording, example: str) -> None:
    call_in = call_in_from_prose(example)
    assert call_in is not None
    assert call_in.applies is (row.field == "call_in")
    assert call_in.text == example
    assert regex.search(r"(?i)\b" + row.pattern, example)
    assert any(word in example.lower() for word in CALL_IN_WORDS)


def test_the_inline_label_vocabulary_is_built_from_the_rows() -> None:
    # a flattened record's labels are cut where their words are label words: every word of
    # every fact label's and other heading's example (before its colon) is one
    from proforma_parser.structure import normalise
    from proforma_parser.wording.headings import FACT_LABELS, OTHER_HEADINGS

    labels = example_words(FACT_LABELS + OTHER_HEADINGS, labels=True)
    assert labels <= normalise._LABEL_VOCABULARY
    assert {"wards", "affected", "publication", "maker"} <= normalise._LABEL_VOCABULARY
    assert "garden" not in normalise._LABEL_VOCABULARY
