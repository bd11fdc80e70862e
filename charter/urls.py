from django.urls import path

from . import views

app_name = "charter"

urlpatterns = [
    path("charter/", views.sign, name="sign"),
    path("charter/versions/", views.versions, name="versions"),
    path("charter/versions/<int:number>/", views.version_detail, name="version"),
    path("charter/guide.pdf", views.guide_pdf, name="guide_pdf"),
    path(
        "charter/organisations/<int:organisation_id>/guide.pdf",
        views.guide_pdf,
        name="organisation_guide_pdf",
    ),
    path("charter/signatures/<int:pk>.pdf", views.signature_pdf, name="signature_pdf"),
    path("charter/withdraw/", views.withdraw, name="withdraw"),
    path("charter/rejoin/", views.rejoin, name="rejoin"),
]
