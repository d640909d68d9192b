"""A PDF's object graph, read from its bytes before either engine opens it.

Some damage makes an engine loop rather than fail. pdfminer resolves a reference until it
reaches something that is not one, so an object that is only a reference to itself, or to
another that refers back ("6 0 obj 7 0 R endobj", "7 0 obj 6 0 R endobj"), holds it for
good, wherever the file uses it: as the page tree, a font, a stream's /Length. A page tree
whose /Kids lead back to a node above sends a reader round it; a form XObject that paints
itself (directly or through other forms) sends pdfminer down without end, and makes pdfium
drop the page's drawing. These are found here as what they are, in one pass over the file,
and refused as damaged (CorruptSource), naming the cycle; so are objects nested past
`limits.max_nesting` ("[[[[...", recursion bait). The time limit stays a last resort for
what no check foresees.

The same walk counts the pages as a reader would find them (a page listed twice counted
once, as pdfminer does), so `max_pages` is checked against the real count however the
page tree's /Count understates it, before either engine reads a page; and it tells whether
the cross-reference table points at the objects (`Structure.repaired`), which pdfium, which
rebuilds a broken one by scanning without a word, cannot say.

What is read: every "N G obj" body outside stream data (the stream data is skipped by its
declared /Length when that is a number, else up to "endstream"), and the objects packed in
object streams (/Type /ObjStm, inflated no further than `limits.max_part_bytes`); the last
definition of an object wins, as it does in an updated file. Where the file cannot be read
this way (no /Root found, an object missing), the page count is left to the engines.
"""

from __future__ import annotations

import itertools
import zlib
from dataclasses import dataclass, field

import regex

from ...errors import CorruptSource, LimitExceeded
from ...limits import Limits

_OBJECT_RE = regex.compile(
    rb"(?<![0-9])([0-9]{1,10})[ \t\r\n\f\x00]+[0-9]{1,5}[ \t\r\n\f\x00]+obj\b"
)
_ALIAS_RE = regex.compile(rb"\s*([0-9]{1,10})\s+[0-9]{1,5}\s+R\s*")
_LENGTH_RE = regex.compile(rb"/Length\s+(?:([0-9]{1,10})\s+[0-9]{1,5}\s+R|([0-9]{1,12}))(?![0-9.])")
_REF_RE = regex.compile(rb"([0-9]{1,10})\s+[0-9]{1,5}\s+R\b")
_ROOT_RE = regex.compile(rb"/Root\s+([0-9]{1,10})\s+[0-9]{1,5}\s+R\b")
_PAGES_RE = regex.compile(rb"/Pages\s+([0-9]{1,10})\s+[0-9]{1,5}\s+R\b")
_KIDS_RE = regex.compile(
    rb"/Kids\s*(?:\[(?P<array>[^\]]*)\]|(?P<ref>[0-9]{1,10})\s+[0-9]{1,5}\s+R\b)"
)
_PAGE_TYPE_RE = regex.compile(rb"/Type\s*/Page(?![A-Za-z0-9])")
_OBJECT_STREAM_RE = regex.compile(rb"/Type\s*/ObjStm\b")
_XREF_STREAM_RE = regex.compile(rb"/Type\s*/XRef\b")
_FIRST_RE = regex.compile(rb"/First\s+([0-9]{1,12})")
_COUNT_RE = regex.compile(rb"/N\s+([0-9]{1,12})")
_FLATE_RE = regex.compile(rb"/Filter\s*(?:/FlateDecode|/Fl|\[\s*(?:/FlateDecode|/Fl)\s*\])")
_TRAILER = b"trailer"
_TRAILER_WINDOW = 4096  # bytes after "trailer" in which its /Root stands


@dataclass
class Objects:
    """The objects of a file by number: each one's body (a stream's dictionary alone)."""

    bodies: dict[int, bytes] = field(default_factory=dict)
    streams: dict[int, tuple[int, int]] = field(default_factory=dict)
    """Where each stream object's data stands in the file (not decoded)."""
    root: int | None = None
    """The catalogue's object number, from the last trailer or cross-reference stream."""
    at: dict[int, int] = field(default_factory=dict)
    """Where each object's "N G obj" stands in the file (objects outside object streams)."""


@dataclass(frozen=True, slots=True)
class Structure:
    """What the checks found of a file that passed them."""

    pages: int | None
    """The page count, or None where the page tree could not be followed from the bytes."""
    repaired: bool
    """The cross-reference table is missing or points at the wrong bytes: a reader finds
    the objects by scanning the file."""


def check_structure(data: bytes, *, name: str | None, limits: Limits) -> Structure:
    """Refuse a file whose objects resolve in a circle, whose page tree loops, whose forms
    paint themselves or whose objects nest past `limits.max_nesting`, and one of more pages
    than `limits.max_pages`; say how many pages it has and whether its cross-reference
    table had to be done without."""
    objects = read_objects(data, limits=limits)
    _check_aliases(objects, name)
    _check_lengths(objects, name)
    _check_nesting(objects, name, limits.max_nesting)
    _check_forms(data, objects, name, limits)
    pages = _count_pages(objects, name=name, limits=limits)
    return Structure(pages=pages, repaired=not _xref_sound(data, objects))


def read_objects(data: bytes, *, limits: Limits) -> Objects:
    """Every object body in `data`, in one pass, and the objects of its object streams."""
    objects = Objects()
    packed: list[int] = []
    roots: list[tuple[int, int]] = []  # (where, root) of each cross-reference stream
    position = 0
    while (found := _OBJECT_RE.search(data, position)) is not None:
        number, start = int(found[1]), found.end()
        objects.at[number] = found.start()
        end = data.find(b"endobj", start)
        if end < 0:  # no "endobj" left: up to the next object, or the end
            following = _OBJECT_RE.search(data, start)
            end = following.start() if following is not None else len(data)
        keyword = data.find(b"stream", start, end)
        if keyword >= 0 and not _is_stream_keyword(data, start, keyword):
            keyword = -1  # "stream" inside a name or a string, not a stream's data
        if keyword < 0:
            objects.bodies[number] = data[start:end]
            position = end
            continue
        body = objects.bodies[number] = data[start:keyword]
        position = _skip_stream(data, keyword + len(b"stream"), body, objects, number)
        if _OBJECT_STREAM_RE.search(body):
            packed.append(number)
        elif _XREF_STREAM_RE.search(body) and (root := _ROOT_RE.search(body)):
            roots.append((start, int(root[1])))
    for number in packed:
        _unpack(data, objects, number, limits)
    trailer = _trailer_root(data)
    if trailer is not None:
        roots.append(trailer)
    objects.root = max(roots)[1] if roots else None
    return objects


def _is_stream_keyword(data: bytes, start: int, keyword: int) -> bool:
    """Does "stream" at `keyword` follow the object's dictionary and end its line?"""
    after = data[keyword + len(b"stream") : keyword + len(b"stream") + 1]
    return after in (b"\r", b"\n") and data[start:keyword].rstrip().endswith(b">>")


def _skip_stream(data: bytes, start: int, body: bytes, objects: Objects, number: int) -> int:
    """Where the scan goes on after a stream's data (which may hold anything): after its
    declared /Length when that is a number and "endstream" follows, else at "endstream"."""
    if data[start : start + 2] == b"\r\n":
        start += 2
    elif data[start : start + 1] in (b"\n", b"\r"):
        start += 1
    length = _LENGTH_RE.search(body)
    if length is not None and length[2] is not None:
        end = start + int(length[2])
        if data.startswith(b"endstream", _after_space(data, end)):
            objects.streams[number] = (start, end)
            return end
    end = data.find(b"endstream", start)
    end = len(data) if end < 0 else end
    objects.streams[number] = (start, end)
    return end


def _after_space(data: bytes, position: int) -> int:
    while position < len(data) and data[position] in b" \t\r\n\f\x00":
        position += 1
    return position


def _unpack(data: bytes, objects: Objects, number: int, limits: Limits) -> None:
    """Add the objects packed in object stream `number` (inflated no further than the
    limit for one stream; one with another filter is not read)."""
    body = objects.bodies[number]
    start, end = objects.streams[number]
    raw = data[start:end]
    first, count = _FIRST_RE.search(body), _COUNT_RE.search(body)
    if first is None or count is None:
        return
    if _FLATE_RE.search(body):
        try:
            raw = zlib.decompressobj().decompress(raw, limits.max_part_bytes)
        except zlib.error:
            return
    elif b"/Filter" in body:
        return
    offset = int(first[1])
    header = raw[:offset].split()[: 2 * int(count[1])]
    numbers, starts = header[0::2], header[1::2]
    if not all(item.isdigit() for item in header) or len(numbers) != len(starts):
        return
    places = [int(place) for place in starts] + [len(raw) - offset]
    for packed, (begin, finish) in zip(numbers, itertools.pairwise(places), strict=False):
        # An object defined outside object streams is kept: the scan cannot tell which
        # came later, and a cross-reference table seldom points into a stream instead.
        objects.bodies.setdefault(int(packed), raw[offset + begin : offset + finish])


def _trailer_root(data: bytes) -> tuple[int, int] | None:
    """(where, /Root) of the last trailer dictionary (an updated file appends one)."""
    at = data.rfind(_TRAILER)
    while at >= 0:
        root = _ROOT_RE.search(data, at, at + _TRAILER_WINDOW)
        if root is not None:
            return at, int(root[1])
        at = data.rfind(_TRAILER, 0, at)
    return None


def _alias(body: bytes) -> int | None:
    """The object a body that is nothing but a reference refers to."""
    found = _ALIAS_RE.fullmatch(body)
    return int(found[1]) if found is not None else None


def _check_aliases(objects: Objects, name: str | None) -> None:
    """Refuse objects that are references round a circle ("6 0 obj 7 0 R", "7 0 obj 6 0 R")."""
    aliases = {
        number: target
        for number, body in objects.bodies.items()
        if (target := _alias(body)) is not None
    }
    done: set[int] = set()
    for start in aliases:
        path: list[int] = []
        number: int | None = start
        while number is not None and number in aliases and number not in done:
            if number in path:
                circle = [*path[path.index(number) :], number]
                raise CorruptSource(
                    f"the PDF is damaged: object {number} resolves to itself "
                    f"({' -> '.join(map(str, circle))}); refused rather than followed "
                    "without end",
                    path=name,
                )
            path.append(number)
            number = aliases[number]
        done.update(path)


def _resolve(objects: Objects, number: int) -> int:
    """Follow references (already known to end) to the object that is not one."""
    seen = 0
    while (target := _alias(objects.bodies.get(number, b""))) is not None and seen < len(
        objects.bodies
    ):
        number, seen = target, seen + 1
    return number


def _check_lengths(objects: Objects, name: str | None) -> None:
    """Refuse streams whose /Length refers back to themselves, directly or through other
    streams' lengths: to know where one ends, a reader must first know where it ends."""
    lengths: dict[int, int] = {}
    for number in objects.streams:
        found = _LENGTH_RE.search(objects.bodies[number])
        if found is not None and found[1] is not None:
            lengths[number] = _resolve(objects, int(found[1]))
    for start, target in lengths.items():
        path = [start]
        number = target
        while number in lengths and number not in path and len(path) <= len(lengths):
            path.append(number)
            number = lengths[number]
        if number in path:
            circle = [*path[path.index(number) :], number]
            raise CorruptSource(
                "the PDF is damaged: the /Length of stream "
                f"{start} depends on itself ({' -> '.join(map(str, circle))}); refused "
                "rather than followed without end",
                path=name,
            )


def _count_pages(objects: Objects, *, name: str | None, limits: Limits) -> int | None:
    """The pages of the page tree, each counted once; a loop in the tree is refused."""
    if objects.root is None:
        return None
    catalog = objects.bodies.get(_resolve(objects, objects.root))
    found = _PAGES_RE.search(catalog) if catalog is not None else None
    if found is None:
        return None
    top = _resolve(objects, int(found[1]))
    if top not in objects.bodies:
        return None
    pages = 0
    seen = {top}
    stack: list[tuple[int, tuple[int, ...]]] = [(top, ())]
    while stack:
        number, above = stack.pop()
        body = objects.bodies.get(number)
        if body is None:
            continue
        kids = None if _PAGE_TYPE_RE.search(body) else _kids(objects, body)
        if kids is None:
            pages += 1
            continue
        path = (*above, number)
        if len(path) > limits.max_nesting:
            raise LimitExceeded(
                f"the PDF's page tree nests {len(path):,} deep, over the limit of "
                f"{limits.max_nesting:,} (max_nesting)",
                path=name,
            )
        for kid in reversed(kids):
            if kid in path:
                circle = [*path[path.index(kid) :], kid]
                raise CorruptSource(
                    "the PDF is damaged: its page tree loops ("
                    + " -> ".join(map(str, circle))
                    + "); refused rather than read round and round",
                    path=name,
                )
            if kid not in seen:
                seen.add(kid)
                stack.append((kid, path))
    if pages > limits.max_pages:
        raise LimitExceeded(
            f"the PDF has {pages:,} pages, over the limit of {limits.max_pages:,} pages "
            "(max_pages)",
            path=name,
        )
    return pages


def _kids(objects: Objects, body: bytes) -> list[int] | None:
    """The page tree node's /Kids (resolved), or None for a page (no /Kids)."""
    found = _KIDS_RE.search(body)
    if found is None:
        return None
    array = found["array"]
    if array is None:
        array = objects.bodies.get(_resolve(objects, int(found["ref"])), b"").strip(b" \t\r\n[]")
    return [_resolve(objects, int(ref[1])) for ref in _REF_RE.finditer(array)]


_OPEN_CLOSE_RE = regex.compile(rb"\[|\]|<<|>>|\((?:[^()\\]|\\.)*\)")


_UNREADABLE_DEPTH = 64
"""Nesting past which pdfium's parser reads nothing (it falls back to defaults) and
pdfminer recurses once a level: the object is damage, or bait."""


def _check_nesting(objects: Objects, name: str | None, max_nesting: int) -> None:
    """Refuse an object whose arrays and dictionaries nest past what any reader reads
    (damaged), or past `max_nesting`."""
    bound = min(max_nesting, _UNREADABLE_DEPTH)
    for number, body in objects.bodies.items():
        if body.count(b"[") + body.count(b"<<") <= bound:
            continue  # too few brackets to nest that deep
        depth = deepest = 0
        for token in _OPEN_CLOSE_RE.finditer(body):
            mark = token[0][:1]
            if mark in (b"[", b"<") and token[0] != b">>":
                depth += 1
                deepest = max(deepest, depth)
            elif mark != b"(":
                depth -= 1
        if deepest > _UNREADABLE_DEPTH:
            raise CorruptSource(
                f"the PDF is damaged: object {number} nests arrays and dictionaries "
                f"{deepest:,} deep, where no reader goes past {_UNREADABLE_DEPTH}",
                path=name,
            )
        if deepest > max_nesting:
            raise LimitExceeded(
                f"object {number} of the PDF nests arrays and dictionaries {deepest:,} "
                f"deep, over the limit of {max_nesting:,} (max_nesting)",
                path=name,
            )


_FORM_RE = regex.compile(rb"/Subtype\s*/Form\b")
_RESOURCES_RE = regex.compile(rb"/Resources\s*(?:(?P<ref>[0-9]{1,10})\s+[0-9]{1,5}\s+R\b|<<)")
_XOBJECT_RE = regex.compile(
    rb"/XObject\s*(?:(?P<ref>[0-9]{1,10})\s+[0-9]{1,5}\s+R\b|<<(?P<inline>[^>]*)>>)"
)
_NAMED_REF_RE = regex.compile(rb"/([^\s/<>\[\]()%]+)\s+([0-9]{1,10})\s+[0-9]{1,5}\s+R\b")
_DO_RE = regex.compile(rb"/([^\s/<>\[\]()%]+)\s+Do\b")


def _check_forms(data: bytes, objects: Objects, name: str | None, limits: Limits) -> None:
    """Refuse a form XObject that paints itself, directly or through other forms: each
    form's content is read (inflated no further than the limit for one stream) for the
    names it paints ("/X1 Do"), looked up in its own /Resources."""
    forms = {n for n in objects.streams if _FORM_RE.search(objects.bodies[n])}
    if not forms:
        return
    paints: dict[int, list[tuple[str, int]]] = {}
    for form in forms:
        named = _xobjects(objects, objects.bodies[form])
        if not named:
            continue
        content = _content(data, objects, form, limits)
        painted = {found[1].decode("latin-1") for found in _DO_RE.finditer(content or b"")}
        paints[form] = [(key, target) for key, target in named.items() if key in painted]
    for start in sorted(paints):
        _find_form_cycle(start, paints, name)


def _find_form_cycle(
    start: int, paints: dict[int, list[tuple[str, int]]], name: str | None
) -> None:
    """Follow what `start` paints, depth first; a form met again on the way is a cycle,
    named by the names the forms on it are painted by ("/F0 -> /F1 -> /F0")."""
    nodes: list[int] = [start]
    keys: list[str] = []
    branches = [iter(paints.get(start, ()))]
    done: set[int] = set()
    while branches:
        step = next(branches[-1], None)
        if step is None:
            branches.pop()
            done.add(nodes.pop())
            if keys:
                keys.pop()
            continue
        key, target = step
        if target in nodes:
            first = nodes.index(target)
            names = [key, *keys[first:], key]
            raise CorruptSource(
                "the PDF is damaged: a recursive form XObject paints itself ("
                + " -> ".join(f"/{one}" for one in names)
                + "); refused rather than followed without end",
                path=name,
            )
        if target in paints and target not in done:
            nodes.append(target)
            keys.append(key)
            branches.append(iter(paints[target]))


def _xobjects(objects: Objects, body: bytes) -> dict[str, int]:
    """The form XObjects a dictionary's /Resources name: name -> object number."""
    resources = _RESOURCES_RE.search(body)
    if resources is None:
        return {}
    if resources["ref"] is not None:
        body = objects.bodies.get(_resolve(objects, int(resources["ref"])), b"")
    else:
        body = body[resources.start() :]
    found = _XOBJECT_RE.search(body)
    if found is None:
        return {}
    inline = found["inline"]
    if inline is None:
        inline = objects.bodies.get(_resolve(objects, int(found["ref"])), b"")
    return {
        key.decode("latin-1"): _resolve(objects, int(number))
        for key, number in _NAMED_REF_RE.findall(inline)
    }


def _content(data: bytes, objects: Objects, number: int, limits: Limits) -> bytes | None:
    """A stream's data, inflated no further than the limit; None if another filter."""
    start, end = objects.streams[number]
    body = objects.bodies[number]
    if b"/Filter" not in body:
        return data[start:end]
    if not _FLATE_RE.search(body):
        return None
    try:
        return zlib.decompressobj().decompress(data[start:end], limits.max_part_bytes)
    except zlib.error:
        return None


_STARTXREF_RE = regex.compile(rb"startxref\s+([0-9]{1,12})")
_XREF_ENTRY_RE = regex.compile(rb"([0-9]{10})[ ]([0-9]{5})[ ]([nf])")
_SUBSECTION_RE = regex.compile(rb"\s*([0-9]{1,10})[ ]+([0-9]{1,10})[ \t]*\r?\n?")
_OBJECT_AT_RE = regex.compile(rb"\s*([0-9]+)\s+[0-9]+\s+obj\b")
_OBJECT_WINDOW = 64  # bytes from an offset in which "N G obj" must stand
_TAIL = 4096  # bytes at the end of the file in which the last "startxref" stands
_ENTRY_BYTES = 21  # a cross-reference entry is 20 bytes; some writers add a byte


def _xref_sound(data: bytes, objects: Objects) -> bool:
    """Does the last "startxref" lead to a cross-reference table whose entries point at
    their objects (or to a cross-reference stream, taken as sound)?"""
    found = [*_STARTXREF_RE.finditer(data, max(0, len(data) - _TAIL))][-1:]
    if not found:
        return False
    offset = int(found[0][1])
    at = _OBJECT_AT_RE.match(data, offset, offset + _OBJECT_WINDOW)
    if at is not None:  # a cross-reference stream
        return _XREF_STREAM_RE.search(objects.bodies.get(int(at[1]), b"")) is not None
    position = _after_space(data, offset)
    if not data.startswith(b"xref", position):
        return False
    position += len(b"xref")
    while (section := _SUBSECTION_RE.match(data, position)) is not None:
        first, count = int(section[1]), int(section[2])
        # The section's entries ("nnnnnnnnnn ggggg n"), 20 bytes each or near it.
        window = section.end() + _ENTRY_BYTES * count + 2
        entries = [*_XREF_ENTRY_RE.finditer(data, section.end(), window)][:count]
        if len(entries) < count:
            return False
        for number, entry in enumerate(entries, start=first):
            if entry[3] == b"n" and number and not _points_at(data, objects, int(entry[1]), number):
                return False
        position = entries[-1].end() if entries else section.end()
    return True


def _points_at(data: bytes, objects: Objects, offset: int, number: int) -> bool:
    """Is object `number`'s "N G obj" at `offset` (white space before it allowed)?"""
    if objects.at.get(number) == offset:
        return True  # where the scan found it: the usual case, no look needed
    at = _OBJECT_AT_RE.match(data, offset, offset + _OBJECT_WINDOW)
    return at is not None and int(at[1]) == number
