"""Certificate pages: the public verification, the ambassador's own certificate."""

from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import render

from .selectors import certificate_by_code


def certificate_verify(request, code):
    certificate = certificate_by_code(code=code)
    if certificate is None:
        raise Http404
    return render(request, "certification/verify.html", {"certificate": certificate})


@login_required
def certificate_mine(request):
    raise Http404
