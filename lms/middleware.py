from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's LocaleMiddleware without the language-prefix redirect for views that answered 404.

    Wagtail's catch-all under /fr/ and /en/ makes every path "valid", so Django would turn a real
    404 from /admin/... or /dashboard/... into a redirect to /fr/admin/...; only paths that match
    no view at all are redirected.
    """

    def process_response(self, request, response):
        if response.status_code == 404 and getattr(request, "resolver_match", None):
            return response
        return super().process_response(request, response)
