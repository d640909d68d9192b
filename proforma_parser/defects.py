"""The defect catalogue: every code a record can carry, and what it means.

A defect is something odd but readable that the parser worked around; the record is still
returned. `strict=True` turns the first defect into a `DefectError`; `strict={"code", ...}`
only the defects of those codes (see `StrictRule`). Codes are stable: data teams filter on
them, so a code is never renamed or re-meant.

Every defect names the record field it concerns (`Defect.field`): "alternative_options"
for its missing section, "call_in" for an unreadable call-in date, "resolutions" for their
numbering, "sections" for a heading that feeds no field. The defects in `SOURCE_CODES`
concern the input as a whole (how it was encoded, named or packaged, how many records it
holds), not any one field: their `field` is null, and only theirs.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from typing import TypeAlias

from .model import DecisionRecord, Defect

CATALOGUE: dict[str, str] = {
    "missing_section": "a statutory element (title, decision, reasons, alternatives, "
    "conflicts, dispensations, call-in) has no section in the record",
    "empty_section": "a heading is present but nothing stands under it",
    "duplicate_section": "the same section appears more than once; the first is used",
    "out_of_order_section": "numbered sections are not in ascending order",
    "unknown_section": "a heading that maps to no field of the record",
    "unparsed_date": "a date was expected but could not be read, or is impossible",
    "weekday_mismatch": "a named weekday does not match its date; the date is kept",
    "date_order": "dates contradict each other, e.g. call-in before the decision",
    "resolution_numbering": "resolution numbers skip, repeat or restart",
    "no_resolutions": "the decision holds no resolution that could be parsed",
    "encoding": "the text was not clean UTF-8 (UTF-16 or cp1252 decoded, NULs removed, "
    "mojibake suspected)",
    "tracked_changes": "a Word document had tracked changes; they were read as accepted",
    "format_mismatch": "the file's extension does not match its content",
    "multiple_records": "the input holds more than one record; the first is returned",
    "encrypted": "the file was encrypted with an empty password and was opened without one; "
    "its permission flags were ignored",
    "macro_enabled": "a macro-enabled Word document (.docm); its macros were ignored",
    "leading_garbage": "bytes before the PDF header (an HTTP response, padding) were skipped",
    "repaired_xref": "the PDF's cross-reference table pointed at the wrong bytes; its objects "
    "were found by scanning the file",
    "ocr": "a PDF page was an image with no usable text layer (a scan) and was read by OCR; "
    "the message gives the page's mean word confidence, says when it is low, and names the "
    "words read under 50%",
    "uncertain_field": "the record names a value for the field, but the evidence is weak or "
    "candidates conflict (two decision makers, two dates of one kind, a council named only "
    "inside a phrase); the field was left null rather than guessed",
}


SOURCE_CODES: frozenset[str] = frozenset(
    {
        "encoding",
        "tracked_changes",
        "format_mismatch",
        "multiple_records",
        "encrypted",
        "macro_enabled",
        "leading_garbage",
        "repaired_xref",
        "ocr",
    }
)
"""Codes of defects of the source as a whole: their `field` is null."""

Strict: TypeAlias = bool | Collection[str]
"""What `strict=` takes: True (every defect raises), False, or codes ("code" or "code:field")."""


@dataclass(frozen=True)
class StrictRule:
    """Which defects raise `DefectError`: all of them, or those matching a selector."""

    everything: bool = False
    selectors: frozenset[tuple[str, str | None]] = frozenset()
    """(code, field) pairs; a field of None matches the code whatever its field."""

    def first_raised(self, defects: Collection[Defect]) -> Defect | None:
        """The first defect that must raise, if any."""
        return next((d for d in defects if self.raises(d)), None)

    def raises(self, defect: Defect) -> bool:
        if self.everything:
            return True
        return (defect.code, None) in self.selectors or (
            defect.code,
            defect.field,
        ) in self.selectors


# The two rules a bool asks for, made once (a rule is frozen: one serves every parse).
_RAISE_ALL = StrictRule(everything=True)
_RAISE_NONE = StrictRule()


def strict_rule(strict: Strict) -> StrictRule:
    """Check a `strict=` argument and say which defects it raises.

    Raises TypeError for what is neither a bool nor a collection of strings (a lone string
    too: `strict="missing_section"` is a collection of letters, so it is refused rather than
    guessed at), and ValueError for a code not in the CATALOGUE or a field not in the record.
    """
    if isinstance(strict, bool):
        return _RAISE_ALL if strict else _RAISE_NONE
    if isinstance(strict, (str, bytes)) or not isinstance(strict, Collection):
        raise TypeError(
            f"strict must be True, False or a collection of defect codes such as "
            f"{{'missing_section'}}, not {strict!r}"
        )
    return StrictRule(selectors=frozenset(_selector(item) for item in strict))


def _selector(item: object) -> tuple[str, str | None]:
    if not isinstance(item, str):
        raise TypeError(f"strict codes must each be a str, not {item!r}")
    code, _, field_name = item.strip().partition(":")
    if code not in CATALOGUE:
        known = ", ".join(sorted(CATALOGUE))
        raise ValueError(f"strict code {code!r} is not in the defect catalogue ({known})")
    if not field_name:
        return code, None
    if field_name not in DecisionRecord.model_fields:
        raise ValueError(f"{field_name!r} in strict code {item!r} is not a field of the record")
    return code, field_name


@dataclass
class DefectLog:
    """Collects defects while a record is built, in the order they were noticed."""

    noticed: list[dict[str, str | int | None]] = field(default_factory=list)
    """Each defect as the contract's `Defect` takes it: the models are made with the record,
    in its one validation (a model made here, per defect, cost as much again)."""
    _seen: set[tuple[str, str, int | None, int | None]] = field(default_factory=set, repr=False)
    """Each defect once: the same defect noticed twice (by two steps) is kept once."""

    @property
    def defects(self) -> list[Defect]:
        """The defects noticed so far, as the contract's models."""
        return [Defect.model_validate(noticed) for noticed in self.noticed]

    def has(self, code: str, field: str) -> bool:
        """Whether a defect of `code` about `field` was noticed ("uncertain_field" about the
        decision maker: a stage left it null because its candidates disagreed)."""
        return any(n["code"] == code and n["field"] == field for n in self.noticed)

    def add(
        self,
        code: str,
        message: str,
        *,
        field: str | None = None,
        section: int | None = None,
        page: int | None = None,
    ) -> None:
        if code not in CATALOGUE:
            raise ValueError(f"defect code {code!r} is not in the catalogue")
        key = (code, message, section, page)
        if key not in self._seen:
            self._seen.add(key)
            self.noticed.append(
                {"code": code, "message": message, "field": field, "section": section, "page": page}
            )
