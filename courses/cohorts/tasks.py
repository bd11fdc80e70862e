from celery import shared_task

from .services import cohort_reminders_send as reminders_send


@shared_task
def cohort_reminders_send() -> int:
    """Send the reminders due now (7 days and 1 day before each session); safe to run twice."""
    return reminders_send()
