"""This part's share of `manage.py seed_demo` (called by lms.demo with the demo people).

The programme's certification rules; Camille (ambassador1) certified and enrolled in posting,
having made up sessions 3 and 4 in the earlier pilot cohort; Hugo (ambassador2) blocked on his
editorial line; Léa (ambassador3) certified last cycle, her certificate now expired, so her
posting is suspended until she renews it. Idempotent: a second run changes nothing.
"""

import datetime

from django.db import transaction
from django.utils import timezone

from .models import Certificate, PostingWebhook, ProgrammeCertification
from .selectors import certificate_for, original_programme
from .services import (
    REQUIREMENT_KINDS,
    certificate_issue,
    certificate_pdf_store,
    posting_sync,
    programme_requirements_set,
    readiness_sync,
)

PILOT_COHORT = "Promotion pilote"
CERTIFIED, BLOCKED, SUSPENDED = "ambassador1", "ambassador2", "ambassador3"


def _programme():
    from courses.selectors import programme_for_language

    return original_programme(programme_for_language("fr"))


def _rules_seed(programme) -> ProgrammeCertification:
    config, created = ProgrammeCertification.objects.get_or_create(
        programme=programme,
        defaults={
            "certification_name": "Ambassadeur certifié Démo Industries",
            "description": (
                "Quatre demi-journées suivies, les quiz réussis, la charte signée, une ligne "
                "éditoriale validée et un premier post prêt à publier."
            ),
            "validity_months": 24,
            "reminder_days": 30,
        },
    )
    if created:
        programme_requirements_set(
            programme=programme, kinds=list(REQUIREMENT_KINDS), ready_drafts=1
        )
    return config


def _pilot_makeups(*, organisation, programme, trainer, user) -> None:
    """Sessions 3 and 4 made up in a pilot cohort that met before the demo cohort."""
    from courses.models import (
        Attendance,
        AttendanceStatus,
        Cohort,
        CohortSession,
        CohortStatus,
        SessionPage,
    )

    cohort, _created = Cohort.objects.get_or_create(
        organisation=organisation,
        name=PILOT_COHORT,
        defaults={"programme": programme, "status": CohortStatus.FINISHED, "capacity": 8},
    )
    cohort.trainers.add(trainer)
    today = timezone.localdate()
    for page in SessionPage.objects.child_of(programme).filter(number__in=(3, 4)):
        session, _created = CohortSession.objects.get_or_create(
            cohort=cohort,
            session=page,
            defaults={
                "number": page.number,
                "date": today - datetime.timedelta(days=70 - 14 * page.number),
                "starts_at": datetime.time(9, 0),
                "ends_at": datetime.time(12, 30),
                "place": "Salle Agora, 12 rue de la République, Lyon",
            },
        )
        Attendance.objects.get_or_create(
            cohort_session=session,
            user=user,
            defaults={"status": AttendanceStatus.PRESENT, "makeup": True, "recorded_by": trainer},
        )


def _quizzes_passed(*, user, programme, when) -> None:
    from courses.models import QuizAttempt
    from courses.quizzes.selectors import quizzes_for_programme

    for quiz in quizzes_for_programme(programme=programme):
        if QuizAttempt.objects.filter(user=user, quiz=quiz, passed=True).exists():
            continue
        number = QuizAttempt.objects.filter(user=user, quiz=quiz).count() + 1
        QuizAttempt.objects.create(
            user=user,
            quiz=quiz,
            number=number,
            state="graded",
            started_at=when,
            submitted_at=when,
            graded_at=when,
            score=90,
            passed=True,
        )


def _sessions_attended(*, user, trainer) -> None:
    """Sessions 1 and 2 of the demo cohort, as the cohort demo records them for everyone."""
    from courses.cohorts.selectors import cohort_of
    from courses.models import Attendance, AttendanceStatus

    cohort = cohort_of(user=user)
    if cohort is None:
        return
    for session in cohort.sessions.filter(number__in=(1, 2)):
        Attendance.objects.get_or_create(
            cohort_session=session,
            user=user,
            defaults={"status": AttendanceStatus.PRESENT, "recorded_by": trainer},
        )


def _certified_seed(*, organisation, programme, people) -> Certificate | None:
    camille, trainer = people[CERTIFIED], people["trainer"]
    _sessions_attended(user=camille, trainer=trainer)
    _pilot_makeups(organisation=organisation, programme=programme, trainer=trainer, user=camille)
    _quizzes_passed(user=camille, programme=programme, when=timezone.now())
    readiness_sync(user=camille)  # issues the certificate and enrols her, as the events would
    certificate = certificate_for(user=camille)
    if certificate is not None and not certificate.linkedin_sharing:
        certificate.show_name_publicly = True
        certificate.linkedin_sharing = True
        certificate.save(update_fields=["show_name_publicly", "linkedin_sharing"])
    return certificate


def _suspended_seed(*, programme, people) -> Certificate | None:
    lea, trainer = people[SUSPENDED], people["trainer"]
    if Certificate.objects.filter(user=lea).exists():
        return certificate_for(user=lea)
    two_years_ago = timezone.now() - datetime.timedelta(days=760)
    _quizzes_passed(user=lea, programme=programme, when=two_years_ago)
    certificate = certificate_issue(
        user=lea,
        actor=trainer,
        programme=programme,
        reason="Certifiée lors du cycle précédent",
    )
    Certificate.objects.filter(pk=certificate.pk).update(
        issued_at=two_years_ago,
        expires_at=timezone.now() - datetime.timedelta(days=30),
    )
    posting_sync(user=lea)  # the expiry suspends her posting
    return certificate


def demo_seed(*, organisation, people, stdout, **kwargs) -> None:
    programme = _programme()
    if programme is None:
        stdout.write("Certification: no programme yet, nothing to seed.")
        return
    with transaction.atomic():
        _rules_seed(programme)
        PostingWebhook.objects.get_or_create(
            organisation=organisation,
            url="https://plateforme-advocacy.example/hooks/ambassador-academy",
            defaults={"active": False},
        )
        certified = _certified_seed(organisation=organisation, programme=programme, people=people)
        expired = _suspended_seed(programme=programme, people=people)
    for certificate in (certified, expired):
        if certificate is not None:
            certificate_pdf_store(certificate=Certificate.objects.get(pk=certificate.pk))
    stdout.write(
        "Certification: rules set; Camille certified and enrolled in posting; Hugo waiting for "
        "his editorial line; Léa's certificate expired, posting suspended."
    )
