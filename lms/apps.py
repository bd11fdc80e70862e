from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class LmsConfig(AppConfig):
    name = "lms"
    verbose_name = _("Ambassador Academy")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from .dashboard import dashboard_signals_connect
        from .roles import roles_install_after_migrate

        dashboard_signals_connect()
        post_migrate.connect(roles_install_after_migrate, dispatch_uid="lms_roles_install")
