from django.urls import path

from . import views

app_name = "cohorts"

urlpatterns = [
    path("cohorts/", views.trainer_cohorts, name="trainer_cohorts"),
    path("cohorts/mine/", views.my_cohort, name="mine"),
    path("cohorts/<int:pk>/import/", views.participants_import_view, name="import"),
    path("cohorts/enrolments/<int:pk>/confirm/", views.enrolment_confirm_view, name="confirm"),
    path("cohorts/enrolments/<int:pk>/withdraw/", views.enrolment_withdraw_view, name="withdraw"),
    path("cohorts/sessions/<int:pk>/live/", views.live_session, name="live"),
    path("cohorts/sessions/<int:pk>/feedback/", views.session_feedback, name="feedback"),
]
