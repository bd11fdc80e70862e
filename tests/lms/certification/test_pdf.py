import base64

import pytest

from django.conf import settings
from django.core import mail

from lms.certification.models import Certificate
from lms.certification.pdf import certificate_html, certificate_pdf_render
from lms.certification.services import certificate_pdf_context
from lms.operations.models import OutboundEmail

from .conftest import meet_everything

pytestmark = pytest.mark.django_db


def test_the_worker_render_is_the_standalone_document_render(cohort, learner):
    """Fonts and stylesheet built once change nothing in the PDF: the same bytes as a bare
    WeasyPrint render of the document with its stylesheet inline."""
    from weasyprint import HTML

    from lms.certification import pdf

    meet_everything(learner, cohort)
    # As in a worker that starts: this thread's fonts and stylesheet built from nothing (what
    # earlier tests rendered in this thread once made the bytes differ, cause not found).
    pdf._local.__dict__.clear()
    context = certificate_pdf_context(certificate=Certificate.objects.get())
    standalone = certificate_html(context=context, standalone=True)
    assert "<style>" in standalone and "<style>" not in certificate_html(context=context)
    bare = HTML(string=standalone, base_url=settings.SITE_BASE_URL).write_pdf()
    assert certificate_pdf_render(context=context) == bare
    assert certificate_pdf_render(context=context) == bare  # and again, with what was built


def test_the_email_carries_the_stored_pdf(cohort, learner):
    meet_everything(learner, cohort)
    certificate = Certificate.objects.get()
    stored = certificate.pdf.read()
    assert mail.outbox[0].attachments[0][1] == stored
    attachment = OutboundEmail.objects.get(template="certification/issued").attachments[0]
    assert base64.b64decode(attachment["content"]) == stored
    assert certificate.email_sent_at is not None


def test_a_pdf_stored_earlier_is_read_back_for_an_email_not_sent_yet(cohort, learner):
    from lms.certification.tasks import certificate_render_pdf

    meet_everything(learner, cohort)
    certificate = Certificate.objects.get()
    Certificate.objects.filter(pk=certificate.pk).update(email_sent_at=None)
    mail.outbox.clear()
    assert certificate_render_pdf.apply(args=[certificate.pk]).get() is False  # not rendered
    assert mail.outbox[0].attachments[0][1] == certificate.pdf.read()
    assert Certificate.objects.get().email_sent_at is not None
