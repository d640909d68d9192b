"""Web page reader: reader.read_html is the door; decode.py finds the encoding, page.py
the main content, blocks.py and lists.py turn it into paragraphs, cells and list items."""
