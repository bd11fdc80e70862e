from django.urls import path

from . import views

app_name = "courses"

urlpatterns = [
    path("learning/search/", views.lesson_search, name="search"),
]
