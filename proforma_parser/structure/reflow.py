"""Records whose line breaks were lost: the whole record on one line.

A web page or an old PDF can come out as one paragraph: "Anyshire Council - Record of Decision
I Councillor A. Smith, Lead Member for Parks, ... do hereby approve: The grant be paid. The
reasons are: ... Signed: Councillor A. Smith Dated: 3rd March , 2009 * This decision was
published on 4th March , 2009". No heading starts a line, so no structure is found. Read only
when nothing else was (never on the fast path), this puts the lost breaks back where the
record's own labels and marks stand, and the record is read again:

- after a banner and the document's kind at the start ("Anyshire Council - Record of Decision");
- before a label that the vocabulary knows ("The reasons are:", "Options considered and
  rejected are:", "Contact Officer:", "Dated:", "Present:") or a dash heading ("Decision –
  That the report be noted."), and before a form's other labels: a capital, up to four
  lower-case words and a colon ("Assessment of risk:", "Financial advice obtained:");
- after the end of a formal first-person preamble ("... do hereby approve:");
- before a bullet ("* This decision was published on ...").
"""

from __future__ import annotations

import dataclasses

import regex

from ..document import Block, Document
from ..wording.banners import banner_match
from ..wording.documents import doc_type_match
from .headings import LABEL_RE as LABEL_PATTERN
from .headings import classify, prose_label
from .leadins import HEREBY_RE
from .normalise import Layout, normalise

# A line at least this long, with no more than a few lines in the record, is a flattened one.
_MIN_FLAT_CHARS = 300
_MAX_FLAT_LINES = 6
# In a flattened record, any line this long may hold more than one statement: the record's
# last part, left on a line of its own when a text dump wrapped it ("Councillor P. Ashworth
# Dated: 9th March , 2010 Lead Member ... This decision was published on ...").
_MIN_SPLIT_CHARS = 100
_MAX_LABEL_WORDS = 6
# "Contact Officer:", "The reasons are:" -- a colon after a word, then a space.
_COLON_RE = regex.compile(r"(?<=\w)\s?:(?=\s)")
# "Decision – That ...": a spaced dash before a capital.
_DASH_RE = regex.compile(r"\s[–—-]\s(?=[A-Z])")
# "* This decision was published ...": a bullet before a capital.
_BULLET_RE = regex.compile(r"\s\*\s(?=[A-Z])")
_BANNER_KIND_RE = regex.compile(r"^(?P<banner>.{4,80}?)\s[–-]\s(?P<rest>.+)$")


def reflow(document: Document, layout: Layout) -> Layout | None:
    """The layout with the lost line breaks put back, or None when the record is not a
    flattened one (or nothing could be split)."""
    if _more_lines_than(layout, _MAX_FLAT_LINES):  # most records: at once, without a list
        return None
    lines = [line.text for line in layout.lines if line.text]
    if not lines:
        return None
    if max(len(line) for line in lines) < _MIN_FLAT_CHARS:
        return None
    pieces = [piece for line in lines for piece in _split(line)]
    if len(pieces) <= len(lines):
        return None
    flowed = dataclasses.replace(document, blocks=(Block("\n\n".join(pieces)),))
    return normalise(flowed)


def _more_lines_than(layout: Layout, count: int) -> bool:
    """Whether more than `count` of the layout's lines hold text."""
    for line in layout.lines:
        if line.text:
            count -= 1
            if count < 0:
                return True
    return False


def _split(line: str) -> list[str]:
    if len(line) < _MIN_SPLIT_CHARS:
        return [line]
    cuts = {*_label_starts(line), *_dash_heading_starts(line), *_bullet_starts(line)}
    cuts |= _after_kind(line) | _after_preamble(line)
    cuts.discard(0)
    pieces = []
    start = 0
    for cut in sorted(cuts):
        piece = line[start:cut].strip()
        if piece:
            pieces.append(piece)
        start = cut
    pieces.append(line[start:].strip())
    return [piece for piece in pieces if piece]


def _words_before(line: str, end: int) -> list[tuple[int, str]]:
    """(start, words) of the last 1..6 words before `end`, shortest first."""
    found = []
    position = end
    for _ in range(_MAX_LABEL_WORDS):
        space = line.rfind(" ", 0, position - 1)
        start = space + 1
        if start >= position:
            break
        found.append((start, line[start:end].strip()))
        if space < 0:
            break
        position = space + 1
        if line[space - 1 : space] in ".;:":
            break  # a label never reaches back over a sentence's end
    return found


def _known_label(label: str) -> tuple[str, bool] | None:
    """(kind, exact) when `label` is one the vocabulary knows; exact for a meta or other
    label ("Contact Officer", "Dated"), not exact for a field family's keyword match."""
    if not label[:1].isupper():
        return None
    found = classify(label, strict=True)
    if found is None:
        found = prose_label(label, LABEL_PATTERN)  # a colon label
    if found is None:
        return None
    kind = found[0]
    return kind, kind in ("meta", "other")


def _label_starts(line: str) -> list[int]:
    """Where each known "Label:" starts: the longest known exact label ("Contact Officer",
    not "Officer"), else the shortest field label ("Options considered and rejected are",
    not "Regeneration Options considered and rejected are")."""
    starts = []
    for colon in _COLON_RE.finditer(line):
        candidates = [
            (start, known)
            for start, label in _words_before(line, colon.start())
            if (known := _known_label(label)) is not None
        ]
        exact = [start for start, (_, is_exact) in candidates if is_exact]
        if exact:
            starts.append(min(exact))
        elif candidates:
            starts.append(candidates[0][0])
        elif (start := _form_label_start(line, colon.start())) is not None:
            starts.append(start)
    return starts


# A form's label: one capitalised word, then lower-case words ("Assessment of risk").
_FORM_LABEL_RE = regex.compile(r"(?<=[a-z.;] )[A-Z][a-z]+(?: [a-z]+){1,4}$")


# Words after which a capital carries on a phrase ("the Scheme of Delegation do hereby
# approve:" is the end of a preamble, not a label).
_JOINING_WORDS = frozenset("of the to for and by in on with a an from at".split())


def _says_hereby(line: str) -> bool:
    """Whether `line` may hold what HEREBY_RE finds ("hereby", in any case): a test that
    spares its search of the whole line before every colon."""
    return "hereby" in line.lower()


def _form_label_start(line: str, colon: int) -> int | None:
    """Where a form's unknown label before `colon` starts, if the words are one."""
    if _says_hereby(line) and HEREBY_RE.search(line, 0, colon + 1):
        return None
    found = _FORM_LABEL_RE.search(line, max(0, colon - 60), colon)
    if found is None:
        return None
    before = line[: found.start()].split()
    return None if before and before[-1].lower() in _JOINING_WORDS else found.start()


def _dash_heading_starts(line: str) -> list[int]:
    """Where a dash heading of a field starts ("Decision – That the Minutes be noted")."""
    starts = []
    for dash in _DASH_RE.finditer(line):
        for start, label in _words_before(line, dash.start()):
            found = classify(label, strict=True) if label[:1].isupper() else None
            if found is not None and found[0] == "field":
                starts.append(start)
                break
    return starts


def _bullet_starts(line: str) -> list[int]:
    return [found.start() + 1 for found in _BULLET_RE.finditer(line)]


def _after_kind(line: str) -> set[int]:
    """The end of "Anyshire Council - Record of Decision" at the start of the line."""
    found = _BANNER_KIND_RE.match(line)
    if not found:
        return set()
    if not banner_match(found.group("banner")):
        return set()
    rest = found.group("rest")
    words = rest.split(" ")
    for count in range(min(6, len(words) - 1), 0, -1):
        phrase = " ".join(words[:count])
        if doc_type_match(phrase):
            return {found.start("rest") + len(phrase)}
    return set()


def _after_preamble(line: str) -> set[int]:
    """The end of "I Councillor A. Smith, ..., do hereby approve:"."""
    cuts: set[int] = set()
    if not _says_hereby(line):  # every preamble's end says it
        return cuts
    for colon in regex.finditer(r":", line):
        if HEREBY_RE.search(line, 0, colon.end()):
            cuts.add(colon.end())
    return cuts
