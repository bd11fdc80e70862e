from celery import shared_task

from django.core.mail import EmailMultiAlternatives

from lms.operations.services import outbound_email_send


@shared_task(bind=True, acks_late=True, max_retries=None)
def email_send(self, email_id: int | None = None, **message):
    """Send one outbox email; a second delivery of the message finds it sent and stops.

    Retries (exponential backoff with jitter) are counted on the email, which is marked failed
    after OPERATIONS_EMAIL_MAX_ATTEMPTS.
    """
    if email_id is None:  # a message queued before the outbox existed: send it as it was
        _message_send(**message)
        return
    retry_in = outbound_email_send(email_id=email_id)
    # Run eagerly or called (tests): a failed attempt stays queued for the next call.
    if retry_in is not None and not (self.request.is_eager or self.request.called_directly):
        raise self.retry(countdown=retry_in)


def _message_send(*, to, subject, text, html, attachments):
    message = EmailMultiAlternatives(subject=subject, body=text, to=to)
    message.attach_alternative(html, "text/html")
    for item in attachments:
        message.attach(item["filename"], item["content"], item["mimetype"])
    message.send()
