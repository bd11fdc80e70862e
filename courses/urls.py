from django.urls import include, path

from . import views

app_name = "courses"

urlpatterns = [
    path("learning/search/", views.lesson_search, name="search"),
    path("", include("courses.quizzes.urls")),
    path("", include("courses.cohorts.urls")),
]
