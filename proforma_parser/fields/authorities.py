"""Which authority a record's council is: its name matched against a register of councils.

The register (`data/authorities.csv`, built by `scripts/build_register.py`; licence and date
in `data/AUTHORITIES-LICENCE.txt`) holds every council of the ONS 2021 lookup of lower and
upper tier authorities in England and Wales, with its GSS code, and a hand-kept supplement:
the Greater London Authority, the combined authorities, the unitary councils of 2023 and
councils abolished between 2019 and 2021 (without a code where none is known for certain).
It is read on first use, not on import.

A name is matched on its stem: the place it names, without the words that say what kind of
council it is ("Borough", "City", "County Council", "London Borough of", "Cyngor Sir"),
folded for case, accents and punctuation. The kind words it said decide between entries that
share a stem ("North Yorkshire County Council", abolished in 2023, against "North Yorkshire
Council", its successor) and keep a council apart from a combined authority.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

import regex

from ..defects import DefectLog
from ..wording.dates import MONTH_WORDS, WEEKDAY_WORDS
from ..wording.vocabulary import MEETING_WORDS

AuthorityKind = str
"""`unitary`, `non_metropolitan_district`, `metropolitan_district`, `london_borough`,
`city_of_london`, `county`, `welsh_principal_area`, `combined_authority`,
`combined_county_authority` or `strategic_authority` (the Greater London Authority)."""


@dataclass(frozen=True)
class Authority:
    """One entry of the register."""

    code: str | None
    """The GSS code ("E06000004"); None where the register holds none (combined
    authorities, the GLA, councils abolished before 2021)."""
    name: str
    """The register's name, as the ONS publishes it: "Stockton-on-Tees", "Bristol, City of"."""
    kind: AuthorityKind
    tier: str
    """`single`, `lower`, `upper`, `combined` or `regional`."""
    status: str
    """`current` or `abolished`."""
    ended: int | None
    """The year an abolished council ended."""
    source: str
    """`ONS LTLA21-UTLA21 2021` or `supplement`."""


# Bodies above the councils: a name that says "Council" is none of these, and a name that
# says "Combined Authority" or "Greater London Authority" is one of them.
_ABOVE_COUNCILS = frozenset(
    {"combined_authority", "combined_county_authority", "strategic_authority"}
)

# "Bristol, City of", "Kingston upon Hull, City of", "Herefordshire, County of": the ONS
# lookup's inverted names, read as "City of Bristol" so that the prefix below strips them.
_INVERTED_RE = regex.compile(r"^(?P<place>.+?),\s*(?P<kind>city|county)\s+of$")
# "King's Lynn and West Norfolk Borough Council" and "Kings Lynn ...": an apostrophe joins
# the letters either side rather than parting two words.
_APOSTROPHE_RE = regex.compile(r"['’‘`]")
# "Stockton-on-Tees", "St. Helens", "Bournemouth, Christchurch and Poole",
# "Folkestone & Hythe" (the ampersand is turned into "and" first): every run of characters
# that is no letter or digit parts two words.
_NOT_A_WORD_RE = regex.compile(r"[^\p{L}\p{N}]+")
# "Cyngor Sir Ceredigion / Ceredigion County Council", "Lewes District Council / Eastbourne
# Borough Council": a slash between two names.
_HALVES_RE = regex.compile(r"\s+/\s+")

# Words before the place, stripped from the front again and again, each with the kinds of
# council it says. The Welsh ones stand only after "Cyngor" (council): "Cyngor Sir
# Ceredigion" (county council), "Cyngor Bwrdeistref Sirol Caerffili" (county borough
# council), "Cyngor Dinas a Sir Abertawe" (city and county council), "Cyngor Dinas
# Casnewydd" (city council), "Cyngor Gwynedd".
_PREFIXES: tuple[tuple[tuple[str, ...], frozenset[str]], ...] = (
    (("the",), frozenset()),
    # "Council of the Isles of Scilly", "Borough Council of King's Lynn and West Norfolk"
    (("council", "of", "the"), frozenset({"council"})),
    (("borough", "council", "of"), frozenset({"borough", "council"})),
    (("district", "council", "of"), frozenset({"district", "council"})),
    (("county", "council", "of"), frozenset({"county", "council"})),
    # "London Borough of Hammersmith and Fulham", "Royal Borough of Windsor and Maidenhead"
    (("london", "borough", "of"), frozenset({"borough"})),
    (("royal", "borough", "of"), frozenset({"borough"})),
    (("metropolitan", "borough", "of"), frozenset({"metropolitan", "borough"})),
    (("county", "borough", "of"), frozenset({"county_borough"})),
    (("borough", "of"), frozenset({"borough"})),
    # "City and County of Swansea", "City of Bradford Metropolitan District Council", "City
    # of York Council", and the ONS "Bristol, City of" once turned round
    (("city", "and", "county", "of"), frozenset({"city"})),
    (("city", "of"), frozenset({"city"})),
    (("county", "of"), frozenset({"county"})),
)
_WELSH_PREFIXES: tuple[tuple[tuple[str, ...], frozenset[str]], ...] = (
    (("bwrdeistref", "sirol"), frozenset({"county_borough"})),
    (("dinas", "a", "sir"), frozenset({"city"})),
    (("dinas",), frozenset({"city"})),
    (("sir",), frozenset({"county"})),
)
# Words after the place, stripped from the end again and again: "Stockton-on-Tees Borough
# Council", "Stockport Metropolitan Borough Council", "Neath Port Talbot County Borough
# Council", "South Yorkshire Mayoral Combined Authority", "East Midlands Combined County
# Authority" (a combined county authority says no county), "City of London Corporation",
# "Anytown Town Council" (a parish-level council, which the register never holds).
_SUFFIXES: tuple[tuple[tuple[str, ...], frozenset[str]], ...] = (
    (("mayoral", "combined", "authority"), frozenset({"authority"})),
    (("combined", "county", "authority"), frozenset({"authority"})),
    (("combined", "authority"), frozenset({"authority"})),
    (("authority",), frozenset({"authority"})),
    (("council",), frozenset({"council"})),
    (("corporation",), frozenset({"council"})),
    (("county", "borough"), frozenset({"county_borough"})),
    (("metropolitan", "borough"), frozenset({"metropolitan", "borough"})),
    (("metropolitan", "district"), frozenset({"metropolitan", "district"})),
    (("borough",), frozenset({"borough"})),
    (("city",), frozenset({"city"})),
    (("county",), frozenset({"county"})),
    (("district",), frozenset({"district"})),
    (("town",), frozenset({"parish"})),
    (("parish",), frozenset({"parish"})),
    (("community",), frozenset({"parish"})),
    (("neighbourhood",), frozenset({"parish"})),
    (("village",), frozenset({"parish"})),
)


@dataclass(frozen=True)
class Stem:
    """A council's name reduced to the place it names, and the kind words it said."""

    place: str
    """ "stockton on tees", "hammersmith and fulham", "ceredigion"; "" for "County Council"."""
    said: frozenset[str]
    """Kinds the name said: `council`, `authority`, `borough`, `city`, `county`,
    `county_borough`, `district`, `metropolitan`, `parish` (a town, parish or community
    council)."""


def stem_of(name: str) -> Stem:
    """The place a council's name names, and the kinds of council its words say."""
    if name.isascii():  # no accents to drop, no curly apostrophes: str methods suffice
        text = name.casefold().replace("'", "").replace("`", "")
    else:
        # "Cyngor Sir Ynys Môn": accents are dropped, so "Ynys Mon" is the same name.
        text = "".join(
            ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch)
        ).casefold()
        text = _APOSTROPHE_RE.sub("", text)
    text = text.replace("&", " and ").strip()
    if "," in text:  # "bristol, city of"
        text = _INVERTED_RE.sub(r"\g<kind> of \g<place>", text)
    words = [w for w in _NOT_A_WORD_RE.split(text) if w]
    said: set[str] = set()
    # "Cyngor Sir Ceredigion County Council": a Welsh banner's name runs into the English.
    if words[:1] == ["cyngor"]:
        words = words[1:]
        said.add("council")
        words = _strip_front(words, _WELSH_PREFIXES, said, once=True)
    words = _strip_front(words, _PREFIXES, said)
    # "County Durham" (the ONS name) and "Durham County Council" name one place.
    if words[:1] == ["county"] and len(words) > 1 and words[1] != "council":
        words = words[1:]
    while words:
        # Only the suffixes ending in the last word can match ("County Council", "Town
        # Council": a name that is all suffix leaves no place).
        for suffix, kinds in _SUFFIXES_BY_LAST.get(words[-1], ()):
            if len(words) >= len(suffix) and tuple(words[-len(suffix) :]) == suffix:
                words = words[: -len(suffix)]
                said |= kinds
                break
        else:
            break
    return Stem(" ".join(words), frozenset(said))


_Affixes = tuple[tuple[tuple[str, ...], frozenset[str]], ...]


def _by_word(affixes: _Affixes, at: int) -> dict[str, _Affixes]:
    """The affixes by their first (`at` 0) or last (-1) word, each word's in their order."""
    grouped: dict[str, _Affixes] = {}
    for affix in affixes:
        grouped[affix[0][at]] = (*grouped.get(affix[0][at], ()), affix)
    return grouped


_SUFFIXES_BY_LAST = _by_word(_SUFFIXES, -1)


def _strip_front(
    words: list[str],
    prefixes: _Affixes,
    said: set[str],
    *,
    once: bool = False,
) -> list[str]:
    by_first = _PREFIXES_BY_FIRST if prefixes is _PREFIXES else _by_word(prefixes, 0)
    stripped = True
    while stripped and words:
        stripped = False
        for prefix, kinds in by_first.get(words[0], ()):
            if len(words) > len(prefix) and tuple(words[: len(prefix)]) == prefix:
                words = words[len(prefix) :]
                said |= kinds
                stripped = not once
                break
    return words


_PREFIXES_BY_FIRST = _by_word(_PREFIXES, 0)


def match_authority(name: str) -> Authority | None:
    """The register's entry for the council `name` states, or None when it names none or
    more than one.

    "Stockton-on-Tees Borough Council", "STOCKTON-ON-TEES BOROUGH COUNCIL" -> Stockton-on-Tees
    (E06000004); "Hammersmith & Fulham Council", "London Borough of Hammersmith and Fulham" ->
    Hammersmith and Fulham; "Cyngor Sir Ceredigion County Council" -> Ceredigion; "Bristol City
    Council" -> "Bristol, City of"; "Cambridge City Council" -> Cambridge (the district, not
    Cambridgeshire); "Greater Manchester Combined Authority" -> itself, without a code;
    "Local Council", "February Council", "Anytown Town Council" -> None.
    """
    halves = _HALVES_RE.split(name.strip())
    found = {entry for half in halves if (entry := _match_one(half)) is not None}
    return found.pop() if len(found) == 1 else None


def _match_one(name: str) -> Authority | None:
    stem = stem_of(name)
    if not stem.place or "parish" in stem.said:
        return None
    candidates = _index().get(stem.place, ())
    if "authority" in stem.said:
        candidates = tuple(a for a in candidates if a.kind in _ABOVE_COUNCILS)
    else:
        # "Lancashire County Council", and a bare "Lancashire": the council, not the
        # combined county authority of the same name.
        councils = tuple(a for a in candidates if a.kind not in _ABOVE_COUNCILS)
        candidates = councils if stem.said or councils else candidates
    if len(candidates) > 1 and "county" in stem.said:
        # "North Yorkshire County Council": the county council, not the unitary council of
        # 2023 that took its name.
        candidates = tuple(a for a in candidates if a.kind == "county") or candidates
    if len(candidates) > 1:
        # "Dorset Council": the unitary council of 2019, not the county council it replaced.
        candidates = tuple(a for a in candidates if a.status == "current") or candidates
    return candidates[0] if len(candidates) == 1 else None


def register() -> tuple[Authority, ...]:
    """Every entry of the register, in its order (GSS code, then the supplement's names)."""
    return tuple(entry for entry, _ in _read())


@cache
def _read() -> tuple[tuple[Authority, tuple[str, ...]], ...]:
    """The register's entries with their aliases, read once from the package data."""
    text = files("proforma_parser").joinpath("data/authorities.csv").read_text(encoding="utf-8")
    rows = csv.DictReader(io.StringIO(text))
    return tuple(
        (
            Authority(
                code=row["code"] or None,
                name=row["name"],
                kind=row["kind"],
                tier=row["tier"],
                status=row["status"],
                ended=int(row["ended"]) if row["ended"] else None,
                source=row["source"],
            ),
            tuple(alias for alias in row["aliases"].split("|") if alias),
        )
        for row in rows
    )


@cache
def _index() -> dict[str, tuple[Authority, ...]]:
    """Register entries by the stem of their names and aliases."""
    index: dict[str, list[Authority]] = {}
    for entry, aliases in _read():
        for place in _places(entry.name, aliases):
            entries = index.setdefault(place, [])
            if entry not in entries:
                entries.append(entry)
    return {place: tuple(entries) for place, entries in index.items()}


def _places(name: str, aliases: Iterable[str]) -> set[str]:
    return {stem.place for n in (name, *aliases) if (stem := stem_of(n)).place}


# Words that name no place: a name whose every word is one of these ("Local Council",
# "February Council", "Full Council", "Town Council") names no council at all.
_NOT_PLACE_WORDS = (
    frozenset(
        "the this that our your their each every a an of and for to general main new "
        "youth members member executive cabinet".split()
    )
    | MEETING_WORDS
    | MONTH_WORDS
    | WEEKDAY_WORDS
)


def names_a_place(name: str) -> bool:
    """Whether a council's name has, once its kind words are gone, a word that may name a
    place: "Anytown Town Council" and "Eastmoor City Council" do, "Local Council",
    "February Council" and "Town Council" do not."""
    words = stem_of(name).place.split()
    return any(w not in _NOT_PLACE_WORDS and not w.isdigit() for w in words)


# The fewest words of a council's name the register may hold at a longer name's end.
_MIN_ENDING_WORDS = 2


def _registered_ending(name: str) -> tuple[str, str | None] | None:
    """The council named at the end of a name the register lacks: a bilingual banner's two
    names with the gap between them closed ("CYNGOR GWYNEDD   GWYNEDD COUNCIL" read as
    "Gwynedd Gwynedd Council"; "Ynys Môn Isle of Anglesey County Council")."""
    words = name.split()
    for start in range(1, len(words) - _MIN_ENDING_WORDS + 1):
        ending = " ".join(words[start:])
        found = match_authority(ending)
        if found is not None:
            return ending, found.code
    return None


def resolve_authority(name: str | None, log: DefectLog) -> tuple[str | None, str | None]:
    """(authority, authority_code) for the council a record's reader found.

    A name the register holds keeps its printed form and gains the register's GSS code
    (None where the register has none). A name the register lacks is kept when it may name a
    place (a council abolished before 2019, a parish-level council, a register's gap), and
    is dropped, with an `uncertain_field` defect, when it names none ("February Council")."""
    if name is None:
        return None, None
    found = match_authority(name)
    if found is not None:
        return name, found.code
    ending = _registered_ending(name)
    if ending is not None:
        return ending
    if names_a_place(name):
        return name, None
    log.add(
        "uncertain_field",
        f"{name!r} names no council in the register of authorities, nor any place",
        field="authority",
    )
    return None, None
