"""Certificate PDFs, rendered by WeasyPrint in the Celery workers.

A worker renders certificates one after the other with the same fonts and the same stylesheet,
so the font configuration (Fontconfig and Pango's font map, whose fonts are then loaded once)
and the parsed stylesheet are built once per process and thread, not for each certificate:
building them again cost more than laying out the page.
"""

import threading

from django.conf import settings
from django.template.loader import render_to_string

TEMPLATE = "certification/pdf/certificate.html"
STYLESHEET = "certification/pdf/certificate.css"

_local = threading.local()


def certificate_stylesheet_text() -> str:
    """The certificate's stylesheet, as the template inlines it in a standalone document."""
    return render_to_string(STYLESHEET)


def _fonts_and_stylesheet():
    """This thread's font configuration and parsed stylesheet (Pango's font map is not meant
    to be shared between threads)."""
    built = getattr(_local, "built", None)
    if built is None:
        from weasyprint import CSS
        from weasyprint.text.fonts import FontConfiguration

        fonts = FontConfiguration()
        stylesheet = CSS(string=certificate_stylesheet_text(), font_config=fonts)
        built = _local.built = (fonts, stylesheet)
    return built


def certificate_html(*, context: dict, standalone: bool = False) -> str:
    """The certificate's HTML; `standalone` inlines the stylesheet (a document that renders
    alone, in a browser or a bare WeasyPrint), otherwise it is given to WeasyPrint parsed."""
    return render_to_string(TEMPLATE, {**context, "standalone": standalone})


def certificate_pdf_render(*, context: dict) -> bytes:
    from weasyprint import HTML

    fonts, stylesheet = _fonts_and_stylesheet()
    html = certificate_html(context=context)
    return HTML(string=html, base_url=settings.SITE_BASE_URL).write_pdf(
        stylesheets=[stylesheet], font_config=fonts
    )
