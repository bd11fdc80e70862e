"""Erasures done on request: which account was anonymised, when and by whom."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Erasure(models.Model):
    """The account stays (signatures and aggregate figures point to it) but holds no name,
    no email and cannot log in. This row says it was erased on purpose."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="erasure",
        verbose_name=_("account erased"),
    )
    erased_at = models.DateTimeField(_("erased at"), default=timezone.now)
    erased_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("erased by"),
    )
    counts = models.JSONField(_("what was removed"), default=dict, blank=True)

    class Meta:
        ordering = ["-erased_at"]
        verbose_name = _("erasure")
        verbose_name_plural = _("erasures")

    def __str__(self):
        return f"#{self.user_id} · {self.erased_at:%Y-%m-%d}"
