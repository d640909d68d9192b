"""Word (.docx) reader: reader.read_docx is the door; package.py checks the zip before
anything is inflated, body.py walks the body, numbering.py and styles.py restore list
numbers and headings, xml.py holds the WordprocessingML names. legacy.read_legacy reads a
.doc, .rtf or .odt as the .docx LibreOffice makes of it (convert.py)."""
