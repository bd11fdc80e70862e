from django.urls import path

from . import views

app_name = "certification"

urlpatterns = [
    path("certificates/verify/<str:code>/", views.certificate_verify, name="verify"),
    path("certificates/mine/", views.certificate_mine, name="mine"),
]
