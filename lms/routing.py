"""Wagtail's page routing below a home page, with the pages of the path read in one query.

Wagtail walks the path one level at a time, two queries per level (the child, then its
specific page): six for a lesson. Here the pages of every level come in one query and only the
page served is made specific. A page with routing of its own takes over where it stands, as it
would in Wagtail.
"""

from django.db.models import Q
from django.http import Http404

from wagtail.models import Page


def _routes_like(page: Page, home: Page) -> bool:
    """Whether `page` routes to its children like Wagtail's Page (no custom `route`)."""
    specific_class = page.specific_class
    return specific_class is not None and specific_class.route in (Page.route, type(home).route)


def route_below(home: Page, request, path_components: list[str]):
    """The RouteResult for `path_components` below `home` (Http404 when there is none)."""
    match = Q()
    for level, slug in enumerate(path_components, start=1):
        match |= Q(depth=home.depth + level, slug=slug)
    found = {
        (page.path[: -page.steplen], page.slug): page
        for page in Page.objects.filter(match, path__startswith=home.path)
    }
    page = home
    for index, slug in enumerate(path_components):
        child = found.get((page.path, slug))
        if child is None:
            raise Http404
        page = child
        if not _routes_like(page, home):
            return page.specific.route(request, path_components[index + 1 :])
    return page.specific.route(request, [])
