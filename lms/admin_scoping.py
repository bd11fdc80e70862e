"""Wagtail admin views limited to what their viewer may see (infrastructure shared by the apps).

A ModelViewSet gets scoped views with `locals().update(scoped_views(selector))`, where the
selector takes `viewer=` and returns the rows that person may see; any other row answers 404.
"""

from django.contrib.admin.utils import unquote
from django.shortcuts import get_object_or_404

from wagtail.admin.views import generic


class ScopedQuerysetMixin:
    """Limit a Wagtail generic view to the rows its viewer may see; others answer 404."""

    scope = None  # a selector taking viewer=

    def get_base_queryset(self):
        return self.scope(viewer=self.request.user)

    def get_object(self, queryset=None):
        pk = unquote(str(self.kwargs[self.pk_url_kwarg]))
        return get_object_or_404(self.scope(viewer=self.request.user), pk=pk)


def scoped(view, selector, **attrs):
    """`view` (a Wagtail generic view class) restricted by `selector`."""
    attrs = {"scope": staticmethod(selector), **attrs}
    return type(f"Scoped{view.__name__}", (ScopedQuerysetMixin, view), attrs)


def scoped_views(selector):
    """The index, edit, delete and inspect views of a ModelViewSet, each restricted by
    `selector`, as the `<name>_view_class` attributes to set on the viewset."""
    return {
        f"{name}_view_class": scoped(view, selector)
        for name, view in {
            "index": generic.IndexView,
            "edit": generic.EditView,
            "delete": generic.DeleteView,
            "inspect": generic.InspectView,
        }.items()
    }
