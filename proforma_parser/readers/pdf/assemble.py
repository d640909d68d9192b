"""Turn pages into blocks as they are read, keeping only a few pages in memory.

A page is finished (furniture removed, cut into regions, lines joined into paragraphs) once
the pages two either side of it have been read, which is all the furniture test compares
it with. Only the last paragraph of the finished pages is kept open, in case the next page
continues it; everything before it is already a Block of plain text. So memory stays flat
however long the PDF.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...document import Block
from .columns import split_columns
from .furniture import edge_keys, remove_furniture
from .layout import PageLayout, page_regions
from .paragraphs import Paragraph, merge_across_pages, region_paragraphs, to_blocks

REACH = 2
"""Pages either side a page is compared with for repeated headers (odd and even ones)."""


@dataclass
class Assembly:
    """Pages read so far, the blocks finished from them, and the furniture set apart."""

    blocks: list[Block] = field(default_factory=list)
    furniture: dict[str, None] = field(default_factory=dict)
    _keys: list[frozenset[str]] = field(default_factory=list)
    _waiting: dict[int, PageLayout] = field(default_factory=dict)
    _open: Paragraph | None = None

    @property
    def pages(self) -> int:
        return len(self._keys)

    def add(self, layout: PageLayout) -> None:
        """Take the next page; finish the page that is now REACH pages behind."""
        self._keys.append(edge_keys(layout))
        self._waiting[self.pages - 1] = layout
        if self.pages - 1 - REACH >= 0:
            self._finish(self.pages - 1 - REACH)

    def close(self) -> list[Block]:
        """Finish the pages still waiting; the blocks of the whole document."""
        for index in sorted(self._waiting):
            self._finish(index)
        if self._open is not None:
            self.blocks.extend(to_blocks([self._open]))
            self._open = None
        return self.blocks

    def _finish(self, index: int) -> None:
        layout = self._waiting.pop(index)
        nearby = [
            self._keys[other]
            for other in range(max(index - REACH, 0), min(index + REACH + 1, self.pages))
            if other != index
        ]
        layout, removed = remove_furniture(layout, nearby, alone=self.pages == 1)
        for text in removed:
            self.furniture.setdefault(text, None)
        paragraphs = [
            paragraph
            for region in page_regions(layout, split_columns)
            for paragraph in region_paragraphs(region)
        ]
        if self._open is not None:
            paragraphs = merge_across_pages([self._open, *paragraphs])
        if paragraphs:
            self.blocks.extend(to_blocks(paragraphs[:-1]))
            self._open = paragraphs[-1]
