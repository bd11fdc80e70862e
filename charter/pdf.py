"""Charter PDFs rendered by WeasyPrint from templates; no external fonts or stylesheets."""

from django.conf import settings
from django.http import HttpResponse
from django.template.loader import render_to_string


def pdf_render(*, template: str, context: dict) -> bytes:
    from weasyprint import HTML

    html = render_to_string(template, context)
    return HTML(string=html, base_url=settings.SITE_BASE_URL).write_pdf()


def pdf_response(*, content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response
