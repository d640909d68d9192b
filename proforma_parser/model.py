"""The record contract (schema version 1): what the library returns, whatever the input format.

These Pydantic models are the output boundary. Field names, types and meanings follow the
published contract; the docstrings below each field become its `description` in the JSON
Schema (`DecisionRecord.model_json_schema()`), which is what data teams build on. Add fields
freely; never rename or re-mean one without bumping `schema_version`.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer

SCHEMA_VERSION: Literal["1"] = "1"

ResolutionKind = Literal["resolved", "recommended"]
SourceFormat = Literal["text", "pdf", "docx", "html", "doc", "rtf", "odt"]
EvidenceKind = Literal[
    "label",
    "heading",
    "section",
    "lead_in",
    "header_line",
    "listing_line",
    "prose",
    "item",
    "furniture",
]
"""What kind of evidence a value was read from:

- `label`: a label line and its value, "Decision Maker: Cabinet", "Date of decision: 3 March
  2025" (the value may wrap onto the lines below);
- `heading`: a section heading that states the value, "Decision of the Cabinet Member for
  Housing";
- `section`: a section's body, "3. Reasons for the Decision" and what follows it;
- `lead_in`: a lead-in that names the decider, "RESOLVED that Cabinet:";
- `header_line`: a banner or title line above the sections, "CABINET DECISION", "Cabinet
  Meeting 17th March 2022", "Stockton-on-Tees Borough Council";
- `listing_line`: a ModernGov listing's entry, "09/07/2025 - Title ref: 1782  Status";
- `prose`: a line of running text that states the value ("No dispensations were granted.");
- `item`: a resolution's own text;
- `furniture`: a running header or footer that the reader took out of the text ("Hastings
  Borough Council - Cabinet - Minutes - 2 December 2019   Page 3 of 6"); its offsets are in
  `source.furniture` joined by newlines, not in `text` (read only where the text names no
  council).
"""

# ISO 8601 with a numeric offset ("2022-03-26T00:00:00+00:00"), as the contract writes it;
# Pydantic's default would print UTC as "Z".
Instant = Annotated[
    dt.datetime, PlainSerializer(lambda value: value.isoformat(), return_type=str, when_used="json")
]


class _Contract(BaseModel):
    """Shared configuration: immutable, no unknown fields, docstrings become descriptions."""

    model_config = ConfigDict(
        frozen=True,
        extra="forbid",
        use_attribute_docstrings=True,
    )


class Evidence(_Contract):
    """Where a value came from: `DecisionRecord.text[start:end]` is the evidence (for kind
    `furniture`, `"\\n".join(source.furniture)[start:end]`)."""

    start: int
    """Offset of the evidence in `DecisionRecord.text` (0-based, inclusive)."""
    end: int
    """Offset of the end of the evidence in `DecisionRecord.text` (exclusive)."""
    kind: EvidenceKind
    """What the evidence is: `label`, `heading`, `section`, `lead_in`, `header_line`,
    `listing_line`, `prose` or `item` (see `EvidenceKind`)."""


class Defect(_Contract):
    """Something odd that the parser worked around; see the catalogue in `defects.py`."""

    code: str
    """A stable snake_case code from the documented catalogue, e.g. `missing_section`."""
    message: str
    """What was expected and what was found."""
    field: str | None = None
    """The record field the defect concerns ("alternative_options", "decision_date",
    "resolutions"; "sections" for a heading that feeds no field); null only for defects of
    the source as a whole: encoding, tracked_changes, format_mismatch, multiple_records,
    encrypted, macro_enabled, leading_garbage, repaired_xref, ocr."""
    section: int | None = None
    """The number of the section concerned, where it has one."""
    page: int | None = None
    """The 1-based page concerned, where known."""


class Resolution(_Contract):
    """One thing that was resolved or recommended, parsed out of the decision."""

    number: str | None = None
    """As printed without punctuation: "1", "a", "iv", "B"; null when unnumbered."""
    text: str
    """The item's own words, wrapped lines joined, without its number or the lead-in."""
    kind: ResolutionKind = "resolved"
    """`resolved` (RESOLVED / AGREED / ORDERED) or `recommended` (RECOMMENDED to Council)."""
    by: str | None = None
    """Who resolved, or to whom it is recommended, when the lead-in says so ("Cabinet")."""
    items: list[Resolution] = Field(default_factory=list)
    """Nested sub-items, e.g. (a), (i) inside a numbered item."""
    evidence: Evidence | None = None
    """The span of `DecisionRecord.text` holding the item's own lines (kind `item`: its
    number, words and wrapped lines; not its sub-items); null where unknown."""
    lead_in: Evidence | None = None
    """The lead-in the item stands under ("RESOLVED that Cabinet:", kind `lead_in`), where
    one gave its `kind` and `by`; null for an item under no lead-in."""


class CallIn(_Contract):
    """The call-in statement: by when the decision may be called in, or that it may not."""

    text: str
    """The statement as written, e.g. "Midnight - Friday 25th March 2022."."""
    applies: bool
    """False for "Not applicable", "not subject to call-in", urgency exemptions."""
    date: dt.date | None = None
    """The last day on which call-in may be made, as named."""
    deadline: Instant | None = None
    """The exact instant, timezone-aware (Europe/London); a bare date means the end of that day."""


class Section(_Contract):
    """One section found in the document, with its provenance."""

    number: int | None = None
    """As printed (1..7); null for unnumbered headings."""
    heading: str
    """As printed, cleaned of numbering and table rules."""
    field: str | None = None
    """The DecisionRecord field it fed (`title`, `decision`, `reasons`, ...); null if unknown."""
    text: str
    """The section body as clean text."""
    start: int
    """Offset of the body in `DecisionRecord.text` (0-based, inclusive)."""
    end: int
    """Offset of the end of the body in `DecisionRecord.text` (exclusive)."""
    page_start: int | None = None
    """1-based page on which the body starts (PDF, or Word's rendered page breaks)."""
    page_end: int | None = None
    """1-based page on which the body ends."""


class Source(_Contract):
    """What was read."""

    name: str | None = None
    """The file name (never a path); null when none is known (bytes or text given without
    a name, standard input)."""
    path: str | None = None
    """The path as the caller gave it (relative or absolute, not resolved); null for bytes,
    streams and text given directly."""
    format: SourceFormat
    """Detected from the content (magic bytes), not only the extension. "doc" (Word
    97-2003), "rtf" and "odt" were added within schema version 1: they are read by
    converting them to .docx with LibreOffice, so `sha256` and `size` are the original's."""
    sha256: str
    """SHA-256 of the input bytes (of the UTF-8 text for `parse_text`)."""
    size: int
    """Input size in bytes."""
    pages: int | None = None
    """Pages of a PDF."""
    furniture: list[str] = Field(default_factory=list)
    """Running headers, footers and page numbers removed from the body (PDF, Word)."""
    parser_version: str
    """The library's version."""


class DecisionRecord(_Contract):
    """The written statement of one executive decision (SI 2012/2089, reg. 12(2))."""

    schema_version: Literal["1"] = SCHEMA_VERSION
    """Bumps only on a breaking change to this contract."""
    authority: str | None = None
    """The council, as a proper name: "Stockton-on-Tees Borough Council"."""
    authority_code: str | None = None
    """The council's GSS code from the register of authorities (ONS 2021 lookup and a
    supplement; `proforma_parser.authorities`): "E06000004"; null when the council matches
    no register entry or its entry carries no code (combined authorities, the GLA)."""
    decision_maker: str | None = None
    """The body or person who decided: "Cabinet", "Cabinet Member for Housing", "Council"."""
    document_type: str | None = None
    """E.g. "Cabinet Recommendations Proforma", "Cabinet Decision Record"."""
    decision_date: dt.date | None = None
    """The date the decision was made (for a Cabinet proforma, the meeting's date)."""
    title: str
    """Section 1, "Title of Item/Report", wrapped lines joined with single spaces."""
    decision: str
    """The whole of section 2, "Record of the Decision", as clean text."""
    resolutions: list[Resolution] = Field(default_factory=list)
    """What was resolved or recommended, parsed out of the decision."""
    reasons: str | None = None
    """Section 3, the reasons for the decision."""
    alternative_options: str | None = None
    """Section 4; null when the record declares none ("None", "N/A", "Nil", ...)."""
    conflicts_of_interest: str | None = None
    """Section 5; null when none declared."""
    dispensations: str | None = None
    """Section 6; null when none granted."""
    call_in: CallIn | None = None
    """Section 7; null only when the record has no call-in statement at all."""
    published_on: dt.date | None = None
    """The date the record was signed off by the Proper Officer or published."""
    effective_from: dt.date | None = None
    """The date the decision takes effect, where the record states it."""
    is_key_decision: bool | None = None
    """Whether the record says this is a key decision ("Is Key decision?: Yes"); null if unsaid."""
    decision_status: str | None = None
    """The status printed by the publishing system, e.g. "Recommendations Approved"."""
    reference: str | None = None
    """The decision or minute reference where printed, e.g. "D110146MEM", "CAB/41/25"."""
    sections: list[Section] = Field(default_factory=list)
    """Every section found, in document order, with provenance."""
    defects: list[Defect] = Field(default_factory=list)
    """Everything odd that the parser worked around; empty for a clean record."""
    source: Source
    """What was read."""
    text: str
    """The normalised full text that `sections[*].start/end` and every `evidence` span
    index into."""
    evidence: dict[str, Evidence] = Field(default_factory=dict)
    """Provenance of the scalar values, keyed by field name ("decision_date", "title",
    "call_in", ...): the span of `text` each value was read from and the kind of evidence.
    A null field has no entry."""
