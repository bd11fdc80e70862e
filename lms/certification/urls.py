from django.urls import path

from . import views

app_name = "certification"

urlpatterns = [
    path("certificates/verify/<str:code>/", views.certificate_verify, name="verify"),
    path("certificates/mine/", views.certificate_mine, name="mine"),
    path("certificates/<int:pk>/pdf/", views.certificate_pdf, name="pdf"),
    path("certificates/<int:pk>/revoke/", views.certificate_revoke, name="revoke"),
    path("certificates/people/", views.people, name="people"),
    path("certificates/people/<int:user_id>/", views.person, name="person"),
    path("certificates/people/<int:user_id>/issue/", views.person_issue, name="person_issue"),
    path("certificates/posting/export.csv", views.posting_export, name="posting_export"),
    path("badges/issuer.json", views.badge_issuer, name="badge_issuer"),
    path("badges/programmes/<int:programme_id>.json", views.badge_class, name="badge_class"),
    path("badges/programmes/<int:programme_id>.svg", views.badge_image, name="badge_image"),
    path("badges/assertions/<str:code>.json", views.badge_assertion, name="badge_assertion"),
]
