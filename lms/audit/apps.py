from django.apps import AppConfig, apps
from django.db.models.signals import m2m_changed, post_init, post_save
from django.utils.translation import gettext_lazy as _


class AuditConfig(AppConfig):
    name = "lms.audit"
    label = "audit"
    verbose_name = _("Audit log")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import receivers

        user_model = apps.get_model("lms", "User")
        signature = apps.get_model("charter", "CharterSignature")
        participation = apps.get_model("charter", "ParticipationChange")
        post_save.connect(
            receivers.charter_signature_saved, sender=signature, dispatch_uid="audit_signature"
        )
        post_save.connect(
            receivers.participation_change_saved,
            sender=participation,
            dispatch_uid="audit_participation",
        )
        m2m_changed.connect(
            receivers.user_groups_changed,
            sender=user_model.groups.through,
            dispatch_uid="audit_user_groups",
        )
        post_init.connect(receivers.user_loaded, sender=user_model, dispatch_uid="audit_user_init")
        post_save.connect(receivers.user_saved, sender=user_model, dispatch_uid="audit_user_save")
