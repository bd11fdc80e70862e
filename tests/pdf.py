"""Reading back the PDFs the site renders, with pypdf (a development dependency)."""

import io

from pypdf import PdfReader

A4_POINTS = (595, 842)


def pdf_text(content: bytes) -> str:
    """The text of every page, with runs of whitespace collapsed to one space."""
    assert content.startswith(b"%PDF"), "not a PDF"
    reader = PdfReader(io.BytesIO(content))
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


def pdf_page_sizes(content: bytes) -> list[tuple[int, int]]:
    """Each page's (width, height) in points, rounded."""
    reader = PdfReader(io.BytesIO(content))
    return [(round(page.mediabox.width), round(page.mediabox.height)) for page in reader.pages]
