"""Tests for proforma_parser.nil (declared none) and proforma_parser.callin (call-in)."""

from __future__ import annotations

import datetime as dt

import pytest

from proforma_parser.defects import DefectLog
from proforma_parser.fields.callin import call_in_from_flag, call_in_from_prose, read_call_in
from proforma_parser.wording.nil import is_nil, value_or_nil

D = dt.date


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("None", id="none"),
        pytest.param("The Executive Mayor did not declare any interest.", id="did-not-declare"),
        pytest.param("None were declared.", id="none-were-declared"),
        pytest.param("None were made.", id="none-were-made"),
        pytest.param("None was reported.", id="none-was-reported"),
        pytest.param("Dim / None", id="bilingual-none"),
        pytest.param("none.", id="none-lower-stop"),
        pytest.param("NONE", id="none-caps"),
        pytest.param("(None)", id="none-bracketed"),
        pytest.param("None.\n", id="none-newline"),
        pytest.param("N/A", id="n-a"),
        pytest.param("n/a", id="n-a-lower"),
        pytest.param("N / A", id="n-a-spaced"),
        pytest.param("N/A.", id="n-a-stop"),
        pytest.param("N.A.", id="n-dot-a"),
        pytest.param("Nil", id="nil"),
        pytest.param("Not applicable", id="not-applicable"),
        pytest.param("Not Applicable.", id="not-applicable-title"),
        pytest.param("Not required", id="not-required"),
        pytest.param("-", id="hyphen"),
        pytest.param("–", id="en-dash"),
        pytest.param("—", id="em-dash"),
        pytest.param("None considered", id="none-considered"),
        pytest.param("None declared.", id="none-declared"),
        pytest.param("None Declared", id="none-declared-title"),
        pytest.param("None identified", id="none-identified"),
        pytest.param("None received", id="none-received"),
        pytest.param("No conflicts of interest were declared by the Cabinet Member.", id="no-conf"),
        pytest.param("No conflict of interest", id="no-conflict"),
        pytest.param("There were no declarations of interest.", id="there-were-no"),
        pytest.param("No declarations", id="no-declarations"),
        pytest.param("No interests declared", id="no-interests"),
        pytest.param("No dispensations granted.", id="no-dispensations"),
        pytest.param("No dispensation was required.", id="no-dispensation-required"),
        pytest.param(
            "The Mayor declared no interest in this matter. No dispensation was required.",
            id="two-nil-sentences",
        ),
        pytest.param("No alternative options were considered.", id="no-alternatives"),
        pytest.param("There are no other options.", id="no-other-options"),
        pytest.param("", id="empty"),
        pytest.param("   ", id="blank"),
    ],
)
def test_is_nil(text: str) -> None:
    assert is_nil(text) is True
    assert value_or_nil(text) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param("As per report.", "As per report.", id="as-per-report"),
        pytest.param(
            "None, this paper gives members a helpful overview of the service.",
            "None, this paper gives members a helpful overview of the service.",
            id="none-then-content",
        ),
        pytest.param(
            "None of the options was affordable.",
            "None of the options was affordable.",
            id="none-of-the-options",
        ),
        pytest.param(
            "Councillor Example declared an interest as a school governor.",
            "Councillor Example declared an interest as a school governor.",
            id="declared-interest",
        ),
        pytest.param(
            "Councillor Example did not declare any interest until item 4; see minute 12.",
            "Councillor Example did not declare any interest until item 4; see minute 12.",
            id="did-not-declare-then-more",
        ),
        pytest.param(
            "Do nothing - rejected because the roof is unsafe.",
            "Do nothing - rejected because the roof is unsafe.",
            id="rejected-option",
        ),
        pytest.param(
            "No - the council must comply with the new duty.",
            "No - the council must comply with the new duty.",
            id="no-dash-reason",
        ),
        pytest.param("Nonesuch Ltd", "Nonesuch Ltd", id="word-starting-none"),
        pytest.param("  To keep the site open.  ", "To keep the site open.", id="stripped"),
    ],
)
def test_not_nil(text: str, value: str) -> None:
    assert is_nil(text) is False
    assert value_or_nil(text) == value


@pytest.mark.parametrize(
    ("text", "applies", "date", "deadline"),
    [
        pytest.param(
            "Midnight - Friday 25th March 2022.",
            True,
            D(2022, 3, 25),
            "2022-03-26T00:00:00+00:00",
            id="midnight-gmt",
        ),
        pytest.param(
            "Midnight - Friday 23rd June 2023",
            True,
            D(2023, 6, 23),
            "2023-06-24T00:00:00+01:00",
            id="midnight-bst",
        ),
        pytest.param(
            "Midnight, 31 December 2022",
            True,
            D(2022, 12, 31),
            "2023-01-01T00:00:00+00:00",
            id="midnight-year-end",
        ),
        pytest.param(
            "5pm on 6 April 2022", True, D(2022, 4, 6), "2022-04-06T17:00:00+01:00", id="5pm"
        ),
        pytest.param(
            "5pm on Wednesday 6 April 2022",
            True,
            D(2022, 4, 6),
            "2022-04-06T17:00:00+01:00",
            id="5pm-weekday",
        ),
        pytest.param(
            "5.00 pm, 6 April 2022",
            True,
            D(2022, 4, 6),
            "2022-04-06T17:00:00+01:00",
            id="5-00-pm",
        ),
        pytest.param(
            "17:00 on 6 April 2022",
            True,
            D(2022, 4, 6),
            "2022-04-06T17:00:00+01:00",
            id="24-hour",
        ),
        pytest.param(
            "12 noon Monday 3 July 2023",
            True,
            D(2023, 7, 3),
            "2023-07-03T12:00:00+01:00",
            id="noon",
        ),
        pytest.param(
            "11:59pm on Tuesday 14 November 2023",
            True,
            D(2023, 11, 14),
            "2023-11-14T23:59:00+00:00",
            id="one-minute-to-midnight",
        ),
        pytest.param(
            "6 April 2022", True, D(2022, 4, 6), "2022-04-07T00:00:00+01:00", id="date-no-time"
        ),
        pytest.param(
            "Call in expires at 5pm on 12 October 2023",
            True,
            D(2023, 10, 12),
            "2023-10-12T17:00:00+01:00",
            id="sentence",
        ),
        pytest.param("Five working days after publication", True, None, None, id="no-date"),
        pytest.param("Not applicable", False, None, None, id="not-applicable"),
        pytest.param("N/A", False, None, None, id="n-a"),
        pytest.param("None", False, None, None, id="none"),
        pytest.param("", False, None, None, id="empty"),
        pytest.param("[Call-in does not apply]", False, None, None, id="does-not-apply"),
        pytest.param(
            "This decision is not subject to call-in.", False, None, None, id="not-subject"
        ),
        pytest.param(
            "Not subject to call in as the urgency procedure was used.",
            False,
            None,
            None,
            id="urgency-procedure",
        ),
        pytest.param(
            "Call-in waived under the urgency rules", False, None, None, id="call-in-waived"
        ),
        pytest.param("Urgent decision - exempt from call-in", False, None, None, id="exempt"),
        pytest.param("No", False, None, None, id="no"),
        pytest.param("N/A - non-key officer decision.", False, None, None, id="na-with-reason"),
        pytest.param(
            "Not applicable (officer decision under delegated powers)",
            False,
            None,
            None,
            id="not-applicable-with-reason",
        ),
        pytest.param(
            "The call-in procedure does not apply to this decision as it is urgent.",
            False,
            None,
            None,
            id="procedure-does-not-apply",
        ),
    ],
)
def test_read_call_in(text: str, applies: bool, date: dt.date | None, deadline: str | None) -> None:
    log = DefectLog()
    call_in = read_call_in(text, log)
    assert call_in.text == text
    assert call_in.applies is applies
    assert call_in.date == date
    assert (call_in.deadline.isoformat() if call_in.deadline else None) == deadline
    assert log.defects == []


def test_read_call_in_folds_whitespace() -> None:
    call_in = read_call_in("  Midnight  -  Friday 25th\n  March 2022. ", DefectLog())
    assert call_in.text == "Midnight - Friday 25th March 2022."
    assert call_in.date == D(2022, 3, 25)


@pytest.mark.parametrize(
    ("text", "date", "deadline"),
    [
        pytest.param(
            "Midnight - Friday 26th March 2022.",
            D(2022, 3, 26),
            "2022-03-27T00:00:00+00:00",
            id="friday-on-saturday",
        ),
        pytest.param(
            "5pm on Monday 6 April 2022",
            D(2022, 4, 6),
            "2022-04-06T17:00:00+01:00",
            id="monday-on-wednesday",
        ),
    ],
)
def test_weekday_mismatch_keeps_date_and_logs_defect(
    text: str, date: dt.date, deadline: str
) -> None:
    log = DefectLog()
    call_in = read_call_in(text, log, section=7)
    assert (call_in.applies, call_in.date) == (True, date)
    assert call_in.deadline is not None
    assert call_in.deadline.isoformat() == deadline
    assert [(d.code, d.section) for d in log.defects] == [("weekday_mismatch", 7)]
    assert text in log.defects[0].message


def test_impossible_date_logs_unparsed_date() -> None:
    log = DefectLog()
    call_in = read_call_in("Midnight - 31 February 2022", log, section=7)
    assert (call_in.applies, call_in.date, call_in.deadline) == (True, None, None)
    assert [(d.code, d.section) for d in log.defects] == [("unparsed_date", 7)]
    assert "31 February 2022" in log.defects[0].message


@pytest.mark.parametrize(
    ("text", "applies"),
    [
        pytest.param("Yes", True, id="yes"),
        pytest.param("yes", True, id="yes-lower"),
        pytest.param("Yes.", True, id="yes-stop"),
        pytest.param("True", True, id="true"),
        pytest.param("Subject to call-in", True, id="subject-to"),
        pytest.param("Call-in period applies", True, id="period"),
        pytest.param("No", False, id="no"),
        pytest.param("NO", False, id="no-caps"),
        pytest.param("False", False, id="false"),
        pytest.param("Not subject to call-in", False, id="not-subject-to"),
        pytest.param("Na / No – officer decision under delegated powers", False, id="na-no"),
        pytest.param("Ydy / Yes", True, id="ydy-yes"),
    ],
)
def test_call_in_from_flag(text: str, applies: bool) -> None:
    call_in = call_in_from_flag(text)
    assert call_in is not None
    assert (call_in.text, call_in.applies, call_in.date, call_in.deadline) == (
        text,
        applies,
        None,
        None,
    )


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Maybe", id="unclear"),
        pytest.param("", id="empty"),
        pytest.param("Cabinet", id="a-name"),
    ],
)
def test_call_in_from_flag_unreadable(text: str) -> None:
    assert call_in_from_flag(text) is None


@pytest.mark.parametrize(
    ("text", "sentence", "applies"),
    [
        pytest.param(
            "The decision will be implemented after the three day call in period.",
            "The decision will be implemented after the three day call in period.",
            True,
            id="after-call-in-period",
        ),
        pytest.param(
            "The change will take effect after the five working day call-in period has ended.",
            "The change will take effect after the five working day call-in period has ended.",
            True,
            id="after-five-day-period",
        ),
        pytest.param(
            "This was not a Key Decision and so can be implemented with immediate effect.",
            "This was not a Key Decision and so can be implemented with immediate effect.",
            False,
            id="immediate-effect",
        ),
        pytest.param(
            "Officers noted the item. This decision is not subject to call-in as it is "
            "urgent. Further work will follow.",
            "This decision is not subject to call-in as it is urgent.",
            False,
            id="sentence-picked-out",
        ),
        pytest.param(
            "Call-in does not apply to this decision.",
            "Call-in does not apply to this decision.",
            False,
            id="does-not-apply",
        ),
        pytest.param(
            "It will be implemented after the call-in period ends.\nA second line follows.",
            "It will be implemented after the call-in period ends.",
            True,
            id="stops-at-line-end",
        ),
    ],
)
def test_call_in_from_prose(text: str, sentence: str, applies: bool) -> None:
    call_in = call_in_from_prose(text)
    assert call_in is not None
    assert (call_in.text, call_in.applies, call_in.date) == (sentence, applies, None)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The report was noted.", id="narrative"),
        pytest.param("Members asked when the scheme would be implemented.", id="implemented"),
        pytest.param("", id="empty"),
    ],
)
def test_call_in_from_prose_silent(text: str) -> None:
    assert call_in_from_prose(text) is None


def test_a_call_in_heading_that_says_it_does_not_apply_is_believed_over_dates_below_it() -> None:
    call_in = read_call_in(
        "The existing framework expires on 30 November 2026 and any delay would leave no route.",
        DefectLog(),
        label="Reason urgent and not subject to call-in",
    )
    assert (call_in.applies, call_in.date) == (False, None)


@pytest.mark.parametrize(
    "text",
    [
        "I declare that I was informed of no conflicts of interests.",
        "I confirm that I do not have any disclosable pecuniary interests in the decision.",
        "I have no disclosable pecuniary or other interest in this decision.",
        "The Mayor has no disclosable pecuniary interest.",
    ],
)
def test_a_deciders_own_declaration_of_none(text: str) -> None:
    assert is_nil(text)


def test_a_nil_sentence_then_a_declaration_is_not_nil() -> None:
    assert is_nil("No interests were declared. Cllr Hale declared an interest in item 6.") is False


def test_a_welsh_and_english_answer_under_a_call_in_heading() -> None:
    log = DefectLog()
    call_in = read_call_in("Na / No – officer decision taken under delegated authority", log)
    assert (call_in.applies, call_in.date, call_in.deadline) == (False, None, None)
    assert log.defects == []
