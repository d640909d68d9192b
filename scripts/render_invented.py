"""Render the invented held-out records (invented/<set>/NNN_slug.txt) as the corpus's
renderings are made: rendered/NNN_slug.flow.docx (python-docx; every non-blank line one
paragraph, label-shaped lines as headings, a running header with the council's name and a
"Page N" footer), its PDF (LibreOffice, `soffice --headless --convert-to pdf`) and
rendered/NNN_slug.page.html (a council page: site header, navigation, breadcrumbs and
footer around the record; labels as <dt>/<dd>, table rows or <p><strong> by record).

    uv run python scripts/render_invented.py invented/a invented/c
"""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.text.run import Run

CMIS_LABELS = {
    "decision proposed",
    "decision maker",
    "decision date",
    "decision outcome",
    "reasons for decision",
    "reason for decision",
    "alternative options considered",
    "declarations of interest",
    "call-in",
    "call-in expiry",
    "call-in expiry date",
    "date published",
    "details for agenda sheet",
    "include item on forward plan/ key decision",
    "decision details",
}
BARE_HEADINGS = {
    "decision",
    "reasons",
    "alternatives considered",
    "conflicts of interest",
    "decision details",
    "general",
    "reports",
}
LABEL_VALUE = re.compile(r"^([A-Z][A-Za-z0-9 ,/'()&?\-\u2019]{1,70}?):\s+(\S.*)$")
NOT_LABELS = {"RESOLVED", "AGREED", "RECOMMENDED", "Resolved", "Agreed", "Cabinet"}


def is_heading(line: str, family: str) -> bool:
    s = line.strip()
    if not s or len(s) > 90:
        return False
    low = s.lower().rstrip(":")
    if family == "cmis-decision-page" and low in CMIS_LABELS:
        return True
    if low in BARE_HEADINGS and not s.endswith(":"):
        return True
    if family == "proforma" and re.match(r"^\d{1,2}\.?\s+[A-Z][^.;:,]{2,70}$", s):
        return True
    if s.endswith(":") and not s.endswith(":-") and len(s) < 90:
        first = s.split()[0].rstrip(":")
        if first in NOT_LABELS or re.match(
            r"^(\(?[0-9ivxa-h]+[.)]|That\b|The\b|I\b|It\b|Having\b|Following\b|Cabinet\b)", s
        ):
            return False
        return not (s.isupper() and len(s.split()) <= 2)
    return bool(
        s.isupper() and len(s) > 6 and not re.match(r"^\(?\w{1,4}[.)]", s) and "RESOLVED" not in s
    )


def add_field(run: Run, instr: str) -> None:
    for kind, text in (
        ("begin", None),
        (None, instr),
        ("separate", None),
        (None, "1"),
        ("end", None),
    ):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
            run._r.append(el)
        elif text == instr:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = f" {instr} "
            run._r.append(it)
        else:
            t = OxmlElement("w:t")
            t.text = text
            run._r.append(t)


def lines_of(txt: Path) -> list[str]:
    return [ln.rstrip() for ln in txt.read_text(encoding="utf-8").splitlines() if ln.strip()]


def render_docx(txt: Path, council: str, family: str, out: Path) -> None:
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = council
    fp = sec.footer.paragraphs[0]
    fp.add_run("Page ")
    add_field(fp.add_run(), "PAGE")
    first = True
    for ln in lines_of(txt):
        s = ln.strip()
        if is_heading(s, family):
            level = 1 if first or s.lower() in ("decision details", "decision details:") else 2
            doc.add_heading(s, level=level)
        else:
            doc.add_paragraph(s)
        first = False
    doc.save(str(out))


def chrome(council: str, body: str, title: str) -> str:
    c = html.escape(council)
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>{html.escape(title)} - {c}</title></head>
<body>
<a class="skip" href="#content">Skip to main content</a>
<header class="site-header"><div class="logo">{c}</div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/services">Services</a></li><li><a href="/council">Your council</a></li><li><a href="/mgListCommittees.aspx">Committees</a></li><li><a href="/contact">Contact us</a></li></ul></nav>
<form class="search"><label for="q">Search</label><input id="q" name="q"></form></header>
<nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/council">Councillors, democracy and elections</a></li><li>Decisions</li></ol></nav>
<main id="content">
{body}
</main>
<footer class="site-footer"><ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy and cookies</a></li><li><a href="/foi">Freedom of information</a></li></ul>
<p>&copy; {c} 2025</p></footer>
</body>
</html>
"""


# The ways a page sets out its labels: as a definition list or as a table's rows (block,
# its opening tag, a row); any other style prints each as a paragraph.
LABEL_BLOCKS = {
    0: ("dl", '<dl class="mgDetails">', "<dt>{lab}</dt><dd>{val}</dd>"),
    1: ("table", '<table class="decision">', '<tr><th scope="row">{lab}</th><td>{val}</td></tr>'),
}


def render_html(txt: Path, council: str, family: str, style: int, out: Path) -> None:
    ls = lines_of(txt)
    parts: list[str] = []
    open_block = None  # "dl" or "table"
    title = ls[0] if ls else ""

    def close() -> None:
        nonlocal open_block
        if open_block:
            parts.append(f"</{open_block}>")
            open_block = None

    for ln in ls:
        s = ln.strip()
        e = html.escape(s)
        m = LABEL_VALUE.match(s)
        if m and m.group(1).split()[0] not in NOT_LABELS and not is_heading(s, family):
            lab, val = html.escape(m.group(1) + ":"), html.escape(m.group(2))
            if style in LABEL_BLOCKS:
                block, opening, row = LABEL_BLOCKS[style]
                if open_block != block:
                    close()
                    parts.append(opening)
                    open_block = block
                parts.append(row.format(lab=lab, val=val))
            else:
                close()
                parts.append(f"<p><strong>{lab}</strong> {val}</p>")
        elif is_heading(s, family):
            close()
            parts.append(f"<h2>{e}</h2>")
        else:
            close()
            parts.append(f"<p>{e}</p>")
    close()
    body = '<article class="decision-record">\n' + "\n".join(parts) + "\n</article>"
    out.write_text(chrome(council, body, title), encoding="utf-8")


def render_folder(folder: Path) -> None:
    """Render every record of `folder` into `folder/rendered/`."""
    out = folder / "rendered"
    out.mkdir(exist_ok=True)
    for txt in sorted(folder.glob("[0-9]*_*.txt")):
        stem = txt.name[:-4]
        meta = json.loads((folder / f"{stem}.source.json").read_text(encoding="utf-8"))
        council = str(meta["council"]).split(" / ")[0]
        family = str(meta.get("kind", meta.get("layout", "")))
        render_docx(txt, council, family, out / f"{stem}.flow.docx")
        render_html(txt, council, family, int(stem.split("_")[0]) % 3, out / f"{stem}.page.html")
    docs = sorted(str(p) for p in out.glob("*.flow.docx"))
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), *docs],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    print(folder.name, len(docs), "records rendered")


def main() -> int:
    for name in sys.argv[1:] or ["invented/a"]:
        render_folder(Path(name))
    return 0


if __name__ == "__main__":
    sys.exit(main())
