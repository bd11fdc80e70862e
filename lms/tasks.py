from celery import shared_task

from django.core.mail import EmailMultiAlternatives


@shared_task(autoretry_for=(OSError,), retry_backoff=True, retry_jitter=True, max_retries=8)
def email_send(*, to, subject, text, html, attachments):
    message = EmailMultiAlternatives(subject=subject, body=text, to=to)
    message.attach_alternative(html, "text/html")
    for item in attachments:
        message.attach(item["filename"], item["content"], item["mimetype"])
    message.send()
