"""RFC 5545 calendars for cohort sessions: invitations, updates and cancellations.

Each scheduled session keeps one UID for its whole life; every change sent out carries a higher
SEQUENCE so that calendar clients replace the event instead of adding a second one.
"""

from icalendar import Calendar, Event, vCalAddress, vText

from django.conf import settings
from django.utils import timezone

from ..models import CohortSession, SessionMode

PRODID = "-//Ambassador Academy//Cohorts//EN"
REQUEST = "REQUEST"
CANCEL = "CANCEL"


def event_uid(cohort_session: CohortSession) -> str:
    return f"cohort-session-{cohort_session.uid}@ambassador-academy"


def organizer_email(cohort_session: CohortSession) -> str:
    trainer = next(iter(cohort_session.cohort.trainers.all()), None)
    if trainer:
        return trainer.email
    return settings.DEFAULT_FROM_EMAIL.rsplit("<", 1)[-1].rstrip(">")


def _event(cohort_session: CohortSession, *, attendee_email: str, method: str) -> Event:
    event = Event()
    event.add("uid", event_uid(cohort_session))
    event.add("sequence", cohort_session.sequence)
    event.add("dtstamp", timezone.now())
    event.add("dtstart", cohort_session.start)
    event.add("dtend", cohort_session.end)
    event.add("summary", f"{cohort_session.cohort.name} · {cohort_session.session.title}")
    if cohort_session.location:
        event.add("location", cohort_session.location)
    if cohort_session.mode == SessionMode.REMOTE and cohort_session.video_link:
        event.add("url", cohort_session.video_link)
    event.add("status", "CANCELLED" if method == CANCEL else "CONFIRMED")
    organizer = vCalAddress(f"mailto:{organizer_email(cohort_session)}")
    organizer.params["cn"] = vText(settings.WAGTAIL_SITE_NAME)
    event.add("organizer", organizer)
    attendee = vCalAddress(f"mailto:{attendee_email}")
    attendee.params["role"] = vText("REQ-PARTICIPANT")
    attendee.params["partstat"] = vText("NEEDS-ACTION")
    attendee.params["rsvp"] = vText("FALSE")
    event.add("attendee", attendee)
    return event


def calendar_build(
    *, cohort_sessions: list[CohortSession], attendee_email: str, method: str = REQUEST
) -> str:
    """One VEVENT per scheduled session, for one attendee, as iCalendar text."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", method)
    for cohort_session in cohort_sessions:
        calendar.add_component(_event(cohort_session, attendee_email=attendee_email, method=method))
    return calendar.to_ical().decode()


def calendar_attachment(
    *, cohort_sessions: list[CohortSession], attendee_email: str, method: str = REQUEST
) -> dict:
    """An email attachment for lms.mail.email_queue."""
    content = calendar_build(
        cohort_sessions=cohort_sessions, attendee_email=attendee_email, method=method
    )
    filename = "cancel.ics" if method == CANCEL else "invite.ics"
    return {
        "filename": filename,
        "content": content,
        "mimetype": f"text/calendar; charset=utf-8; method={method}",
    }
