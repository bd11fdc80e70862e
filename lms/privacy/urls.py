from django.urls import path

from . import views

app_name = "privacy"

urlpatterns = [
    path("privacy/", views.home, name="home"),
    path("privacy/export/", views.export, name="export"),
    path("privacy/erase/", views.erase_choose, name="erase_choose"),
    path("privacy/erase/<int:user_id>/", views.erase, name="erase"),
]
