"""Demo cohort for `manage.py seed_demo`: "Promotion démo", running, half-way through.

Idempotent: the cohort, its seats, sessions, attendance and feedback are created once; a second
run leaves them as they are (dates included) and sends no email.
"""

import datetime

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from ..models import (
    Attendance,
    AttendanceStatus,
    Cohort,
    CohortSession,
    CohortStatus,
    Enrolment,
    EnrolmentState,
    ProgrammePage,
    SessionFeedback,
    SessionMode,
)

COHORT_NAME = "Promotion démo"
# Days from today for sessions 1 to 4: two in the past, two to come.
SESSION_OFFSETS = {1: -21, 2: -7, 3: 7, 4: 21}
PLACE = "Salle Agora, 12 rue de la République, Lyon"
VIDEO_LINK = "https://visio.example.org/promotion-demo"
# (session number, ambassador number): anything other than present.
DEMO_ATTENDANCE = {(2, 4): AttendanceStatus.LATE, (2, 6): AttendanceStatus.EXCUSED}
FEEDBACK = {
    ("ambassador1", 1): (
        5,
        "Les exemples de posts de collègues m'ont enfin donné envie d'essayer.",
    ),
    ("ambassador2", 1): (4, "Très concret ; un peu court sur les commentaires."),
    ("ambassador3", 2): (4, "L'atelier sur ma ligne éditoriale était le plus utile."),
}


def _programme():
    return (
        ProgrammePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE)
        .order_by("path")
        .first()
    )


@transaction.atomic
def demo_seed(*, organisation, people, stdout) -> None:
    programme = _programme()
    needed = ["trainer", *(f"ambassador{n}" for n in range(1, 7))]
    if programme is None or any(key not in people for key in needed):
        stdout.write("No programme or demo people: the demo cohort is skipped.")
        return
    cohort, _created = Cohort.objects.get_or_create(
        organisation=organisation,
        name=COHORT_NAME,
        defaults={"programme": programme, "status": CohortStatus.RUNNING, "capacity": 8},
    )
    cohort.trainers.add(people["trainer"])
    ambassadors = [people[f"ambassador{n}"] for n in range(1, 7)]
    now = timezone.now()
    for user in ambassadors:
        Enrolment.objects.get_or_create(
            cohort=cohort,
            user=user,
            defaults={"state": EnrolmentState.CONFIRMED, "confirmed_at": now},
        )
    today = timezone.localdate()
    scheduled = {}
    for page in programme.sessions:
        in_person = page.number in (1, 3)
        scheduled[page.number], _created = CohortSession.objects.get_or_create(
            cohort=cohort,
            session=page,
            defaults={
                "number": page.number,
                "date": today + datetime.timedelta(days=SESSION_OFFSETS[page.number]),
                "starts_at": datetime.time(9, 0),
                "ends_at": datetime.time(12, 30),
                "mode": SessionMode.IN_PERSON if in_person else SessionMode.REMOTE,
                "place": PLACE if in_person else "",
                "video_link": "" if in_person else VIDEO_LINK,
            },
        )
    for number in (1, 2):
        for index, user in enumerate(ambassadors, start=1):
            status = (
                AttendanceStatus.LATE if (number, index) == (2, 4) else AttendanceStatus.PRESENT
            )
            if (number, index) == (2, 6):
                status = AttendanceStatus.EXCUSED
            Attendance.objects.get_or_create(
                cohort_session=scheduled[number],
                user=user,
                defaults={"status": status, "recorded_by": people["trainer"]},
            )
    for (key, number), (rating, comment) in FEEDBACK.items():
        SessionFeedback.objects.get_or_create(
            cohort_session=scheduled[number],
            user=people[key],
            defaults={"rating": rating, "comment": comment},
        )
    stdout.write(f"Cohort “{COHORT_NAME}” running with {len(ambassadors)} ambassadors.")
