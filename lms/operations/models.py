"""Work kept in the database so that none is lost: the email outbox and the heartbeats."""

import base64

from django.core.mail import EmailMultiAlternatives
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class EmailState(models.TextChoices):
    QUEUED = "queued", _("queued")
    SENT = "sent", _("sent")
    FAILED = "failed", _("failed")


class OutboundEmail(models.Model):
    """One email to send, written in the transaction that decided to send it.

    `due_at` is when the next attempt is expected; the reconciliation queues again a queued
    email whose `due_at` is well past.
    """

    to = models.JSONField(_("recipients"), default=list)
    template = models.CharField(_("template"), max_length=200, blank=True)
    subject = models.CharField(_("subject"), max_length=998)
    text = models.TextField(_("text body"))
    html = models.TextField(_("HTML body"), blank=True)
    # [{"filename", "mimetype", "content", "base64": bool}]: bytes are stored in base64.
    attachments = models.JSONField(_("attachments"), default=list, blank=True)
    state = models.CharField(
        _("state"), max_length=10, choices=EmailState.choices, default=EmailState.QUEUED
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    due_at = models.DateTimeField(_("next attempt due"), default=timezone.now)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    class Meta:
        verbose_name = _("outgoing email")
        verbose_name_plural = _("outgoing emails")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["state", "due_at"], name="operations_email_state_due")]

    def __str__(self):
        return self.subject

    @staticmethod
    def stored_attachments(attachments: list[dict]) -> list[dict]:
        stored = []
        for item in attachments:
            content = item["content"]
            if isinstance(content, bytes):
                content, encoded = base64.b64encode(content).decode("ascii"), True
            else:
                encoded = False
            stored.append(
                {
                    "filename": item["filename"],
                    "mimetype": item["mimetype"],
                    "content": content,
                    "base64": encoded,
                }
            )
        return stored

    def message(self) -> EmailMultiAlternatives:
        message = EmailMultiAlternatives(subject=self.subject, body=self.text, to=self.to)
        if self.html:
            message.attach_alternative(self.html, "text/html")
        for item in self.attachments:
            content = item["content"]
            if item.get("base64"):
                content = base64.b64decode(content)
            message.attach(item["filename"], content, item["mimetype"])
        return message


class Heartbeat(models.Model):
    """When something periodic last ran ("worker": the beat task a worker ran)."""

    name = models.CharField(_("name"), max_length=50, primary_key=True)
    at = models.DateTimeField(pgettext_lazy("heartbeat", "at"))

    class Meta:
        verbose_name = _("heartbeat")
        verbose_name_plural = _("heartbeats")

    def __str__(self):
        return f"{self.name} {self.at:%Y-%m-%d %H:%M:%S}"
