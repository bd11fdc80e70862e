from django.urls import path

from . import views

app_name = "coaching"

urlpatterns = [
    path("coaching/", views.home, name="home"),
    path("coaching/editorial-line/", views.editorial_line, name="editorial_line"),
    path("coaching/editorial-line/guide.pdf", views.guide_pdf, name="guide_pdf"),
    path("coaching/drafts/", views.drafts, name="drafts"),
    path("coaching/drafts/<int:draft_id>/", views.draft, name="draft"),
    path("coaching/drafts/<int:draft_id>/comment/", views.draft_comment, name="draft_comment"),
    path(
        "coaching/action-items/<int:item_id>/done/",
        views.action_item_done,
        name="action_item_done",
    ),
    path("coaching/coach/", views.coach_home, name="coach_home"),
    path(
        "coaching/coach/ambassadors/<int:ambassador_id>/",
        views.coach_ambassador,
        name="coach_ambassador",
    ),
    path(
        "coaching/coach/ambassadors/<int:ambassador_id>/line/",
        views.coach_line_decide,
        name="coach_line_decide",
    ),
    path(
        "coaching/coach/ambassadors/<int:ambassador_id>/versions/<int:number>/",
        views.coach_version,
        name="coach_version",
    ),
    path(
        "coaching/coach/ambassadors/<int:ambassador_id>/sessions/new/",
        views.coach_session_new,
        name="coach_session_new",
    ),
    path(
        "coaching/coach/ambassadors/<int:ambassador_id>/guide.pdf",
        views.coach_guide_pdf,
        name="coach_guide_pdf",
    ),
    path(
        "coaching/coach/sessions/<int:session_id>/action-items/",
        views.coach_action_item_add,
        name="coach_action_item_add",
    ),
    path(
        "coaching/coach/drafts/<int:draft_id>/ready/",
        views.coach_draft_ready,
        name="coach_draft_ready",
    ),
]
