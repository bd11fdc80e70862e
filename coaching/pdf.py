"""The editorial-line guide as a PDF: the organisation's line, then the ambassador's own."""

from weasyprint import HTML

from django.template.loader import render_to_string
from django.utils import timezone

from . import selectors


def editorial_guide_context(*, ambassador) -> dict:
    """Everything the guide prints. Sessions and private notes are deliberately absent."""
    line = selectors.editorial_line_for(user=ambassador)
    return {
        "ambassador": ambassador,
        "organisation_line": selectors.organisation_line_for(
            organisation_id=ambassador.organisation_id
        ),
        "line": line,
        "rows": selectors.line_rows(snapshot=selectors.line_snapshot(line=line)) if line else [],
        "printed_on": timezone.localdate(),
    }


def editorial_guide_pdf(*, ambassador) -> bytes:
    html = render_to_string(
        "coaching/guide_pdf.html", editorial_guide_context(ambassador=ambassador)
    )
    return HTML(string=html).write_pdf()
