from django.urls import path

from . import views

app_name = "quizzes"

urlpatterns = [
    path("learning/quizzes/<int:pk>/", views.quiz_detail, name="detail"),
    path("learning/quizzes/<int:pk>/start/", views.quiz_start, name="start"),
    path("learning/quizzes/attempts/<int:pk>/", views.attempt_take, name="attempt"),
    path("learning/quizzes/attempts/<int:pk>/result/", views.attempt_result, name="result"),
    path("learning/quizzes/grading/", views.grading_list, name="grading"),
    path("learning/quizzes/grading/<int:pk>/", views.grading_answer, name="grade"),
]
