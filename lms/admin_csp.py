"""Content-Security-Policy with a policy of its own for the Wagtail admin.

django-csp applies one policy to the whole site. The admin cannot live with the site's (Wagtail
renders inline <script> in its date widgets and inline panels, see docs/security.md), so under
settings.CONTENT_SECURITY_POLICY_ADMIN["URL_PREFIX"] the admin's directives replace the site's.
"""

from csp.middleware import CSPMiddleware as DjangoCSPMiddleware

from django.conf import settings


class CSPMiddleware(DjangoCSPMiddleware):
    def process_response(self, request, response):
        admin = getattr(settings, "CONTENT_SECURITY_POLICY_ADMIN", None)
        if (
            admin
            and request.path_info.startswith(admin["URL_PREFIX"])
            and getattr(response, "_csp_config", None) is None
        ):
            response._csp_config = admin["DIRECTIVES"]
        return super().process_response(request, response)
