"""The defect catalogue: every code a record can carry, and what it means.

A defect is something odd but readable that the parser worked around; the record is still
returned. `strict=True` turns the first defect into a `DefectError`. Codes are stable: data
teams filter on them, so a code is never renamed or re-meant.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .model import Defect

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
    "uncertain_field": "the record names a value for the field, but the evidence is weak or "
    "candidates conflict (two decision makers, two dates of one kind, a council named only "
    "inside a phrase); the field was left null rather than guessed",
}


@dataclass
class DefectLog:
    """Collects defects while a record is built, in the order they were noticed."""

    defects: list[Defect] = field(default_factory=list)
    _seen: set[tuple[str, str, int | None, int | None]] = field(default_factory=set, repr=False)
    """Each defect once: the same defect noticed twice (by two steps) is kept once."""

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
            self.defects.append(
                Defect(code=code, message=message, field=field, section=section, page=page)
            )
