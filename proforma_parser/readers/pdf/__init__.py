"""PDF reader: an engine finds the words, the modules here put them back in order.

reader.read_pdf is the door (readers.read_source calls it); engines names the engines,
pdfium and pdfplumber read the pages (pdfium.py, page.py), guard.py and structure.py check
the file before either opens it, and layout.py, columns.py, furniture.py, paragraphs.py
and assemble.py rebuild lines, tables and paragraphs from the words (words.py). This
package's own import is light: what names the engines costs no engine.
"""
