"""The pdfium engine's word rule gives pdfplumber's words, and its shortcuts hold.

`words_from_glyphs` re-implements pdfplumber's `WordExtractor` over parallel lists for
speed; here both run on the same characters (drawn at random, and read from every PDF of
samples/pdf and the corpus) and must give the same words. The engine also asks pdfium for
each character's text object only at the ends of runs (`_object_runs`), relying on pdfium
adding an object's characters in one go; that is checked against asking every character.
"""

from __future__ import annotations

import ctypes
from itertools import repeat
from pathlib import Path
from typing import Any

import pypdfium2.raw as pdfium_c
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pdfplumber.utils.text import WordExtractor

from proforma_parser.readers.pdf import pdfium as _pdf_pdfium
from proforma_parser.readers.pdf.page import (
    SYMBOL_BULLET,
    X_TOLERANCE_RATIO,
    Y_TOLERANCE,
    Word,
    _words,
)
from proforma_parser.readers.pdf.words import Glyphs, _events, _line_clusters, words_from_glyphs
from tests.conftest import SAMPLES, SHARED

PDFS = sorted((SAMPLES / "pdf").glob("*.pdf")) + sorted(
    (SHARED / "corpus" / "dev" / "rendered").glob("*.pdf")
)


def pdfplumber_words(glyphs: Glyphs) -> list[Word]:
    """What pdfplumber's own WordExtractor makes of the characters, as the reader keeps it."""
    extractor = WordExtractor(
        x_tolerance_ratio=X_TOLERANCE_RATIO, y_tolerance=Y_TOLERANCE, keep_blank_chars=False
    )
    chars = [
        {
            "text": text,
            "x0": x0,
            "x1": x1,
            "top": top,
            "doctop": top,
            "bottom": bottom,
            "size": size,
            "upright": upright,
        }
        for text, x0, x1, top, bottom, size, upright in zip(
            glyphs.texts,
            glyphs.x0,
            glyphs.x1,
            glyphs.top,
            glyphs.bottom,
            glyphs.size,
            glyphs.upright,
            strict=True,
        )
    ]
    return _words(extractor.extract_words(chars)) if chars else []


# Characters on a few lines, with gaps around the tolerance, steps back, raised letters,
# blanks, ligatures, unmapped glyphs and rotated ones: what the rule has branches for.
_TEXTS = st.sampled_from(["a", "b", "1", ".", " ", "\u00a0", "ﬁ", "(cid:7)", "\t", "é"])


@st.composite
def glyph_runs(draw: Any) -> Glyphs:
    glyphs = Glyphs()
    x, line = 72.0, 0
    for _ in range(draw(st.integers(0, 60))):
        size = draw(st.sampled_from([8.0, 10.0, 11.0, 12.0]))
        if draw(st.integers(0, 9)) == 0:
            line += draw(st.sampled_from([-1, 1, 1, 2]))
            x = 72.0 + draw(st.integers(0, 40))
        gap = draw(st.sampled_from([0.0, 0.0, 0.0, 0.5, 1.2, 1.3, 3.0, -2.0, -30.0]))
        width = draw(st.sampled_from([0.0, 2.5, 5.0, 6.1]))
        rise = draw(st.sampled_from([0.0, 0.0, 0.0, -2.5, 2.9, 3.5]))
        x0 = x + gap
        bottom = 100.0 + 14.0 * line + rise
        glyphs.texts.append(draw(_TEXTS))
        glyphs.x0.append(x0)
        glyphs.x1.append(x0 + width)
        glyphs.top.append(bottom - size)
        glyphs.bottom.append(bottom)
        glyphs.size.append(size)
        glyphs.upright.append(draw(st.integers(0, 14)) > 0)
        x = x0 + width
    return glyphs


@settings(max_examples=400, deadline=None)
@given(glyph_runs())
def test_the_word_rule_is_pdfplumbers(glyphs: Glyphs) -> None:
    assert words_from_glyphs(glyphs) == pdfplumber_words(glyphs)


@settings(max_examples=400, deadline=None)
@given(glyph_runs())
def test_line_clusters_from_the_tops_at_events_are_those_of_every_top(glyphs: Glyphs) -> None:
    # _line_clusters reads only the first character's top and the tops at events: a top
    # missed there (a rise of 2.9 inside a word, say) would be a line of no number.
    if not glyphs.texts:
        return
    every: dict[float, int] = {}
    number, last = 0, None
    for top in sorted(set(glyphs.top)):
        if last is not None and top > last + Y_TOLERANCE:
            number += 1
        every[top], last = number, top
    assert _line_clusters(glyphs.top, _events(glyphs)) == every


def test_a_lone_unmapped_glyph_is_a_bullet_and_ligatures_are_spelt_out() -> None:
    glyphs = Glyphs(
        texts=["(cid:7)", " ", "ﬁ", "n", "e"],
        x0=[72.0, 76.0, 80.0, 86.0, 92.0],
        x1=[75.0, 80.0, 86.0, 92.0, 98.0],
        top=[100.0] * 5,
        bottom=[111.0] * 5,
        size=[11.0] * 5,
        upright=[True] * 5,
    )
    assert [word.text for word in words_from_glyphs(glyphs)] == [SYMBOL_BULLET, "fine"]


def test_characters_out_of_reading_order_are_sorted_as_pdfplumber_sorts_them() -> None:
    # The second line drawn first, then the first line right to left.
    glyphs = Glyphs(
        texts=["c", "d", "b", "a"],
        x0=[72.0, 78.0, 78.0, 72.0],
        x1=[78.0, 84.0, 84.0, 78.0],
        top=[120.0, 120.0, 100.0, 100.0],
        bottom=[131.0, 131.0, 111.0, 111.0],
        size=[11.0] * 4,
        upright=[True] * 4,
    )
    assert [word.text for word in words_from_glyphs(glyphs)] == ["ab", "cd"]
    assert words_from_glyphs(glyphs) == pdfplumber_words(glyphs)


def page_glyphs(path: Path) -> list[tuple[int, Glyphs, list[int | None], list[int | None]]]:
    """Each page's glyphs as the engine reads them, with every character's text object
    (asked one by one) and the indices of the characters kept."""
    data = path.read_bytes()
    document = pdfium_c.FPDF_LoadMemDocument64(data, len(data), None)
    pages = []
    try:
        for index in range(pdfium_c.FPDF_GetPageCount(document)):
            page = pdfium_c.FPDF_LoadPage(document, index)
            textpage = pdfium_c.FPDFText_LoadPage(page)
            address = ctypes.cast(textpage, ctypes.c_void_p).value or 0
            text_page = _pdf_pdfium.pointer(address)
            left, _, _, top = _pdf_pdfium._media_box(page)
            glyphs = _pdf_pdfium._glyphs(address, _pdf_pdfium._Frame(left, top))
            count = pdfium_c.FPDFText_CountChars(textpage)
            owners = list(map(_pdf_pdfium._TEXT_OBJECT, repeat(text_page, count), range(count)))
            kept = [
                k
                for k in range(count)
                if _pdf_pdfium._UNICODE(text_page, k) != 0
                and pdfium_c.FPDFText_IsGenerated(textpage, k) != 1
            ]
            runs = list(_pdf_pdfium._object_runs(text_page, kept))
            pages.append((len(kept), glyphs, owners, [owner for *_, owner in runs]))
            covered = [owner for start, end, owner in runs for _ in range(start, end)]
            assert covered == [owners[k] for k in kept], f"{path.name} page {index + 1}"
            pdfium_c.FPDFText_ClosePage(textpage)
            pdfium_c.FPDF_ClosePage(page)
    finally:
        pdfium_c.FPDF_CloseDocument(document)
    return pages


@pytest.mark.parametrize("path", PDFS, ids=[path.name for path in PDFS])
def test_on_real_pages_the_words_and_object_runs_are_pdfiums_and_pdfplumbers(
    path: Path,
) -> None:
    pages = page_glyphs(path)  # asserts the runs match every character's own object
    assert pages
    for kept, glyphs, _, runs in pages:
        assert words_from_glyphs(glyphs) == pdfplumber_words(glyphs)
        assert len(runs) <= kept
