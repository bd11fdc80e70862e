"""What follows an ambassador's withdrawal beyond the charter app (their seat and trainers), and
a trainer's action on someone's enrolment (the audit log).

The charter app records the withdrawal and tells HR; it then calls each function named in
settings.PARTICIPATION_WITHDRAWAL_FOLLOW_UPS, inside the same transaction.
"""

from courses.cohorts.selectors import enrolments_of
from courses.cohorts.services import enrolment_withdraw

from .audit.services import audit_record
from .mail import email_queue


def withdrawal_follow_up(*, user, change) -> None:
    """Free the person's seats (the first waitlisted person is promoted) and tell their
    trainers, once per trainer."""
    trainers = {}
    for enrolment in enrolments_of(user=user):
        enrolment_withdraw(enrolment=enrolment)
        trainers.update({trainer.pk: trainer for trainer in enrolment.cohort.trainers.all()})
    for trainer in trainers.values():
        email_queue(
            to=[trainer.email],
            template="charter/withdrawal",
            context={
                "name": trainer.get_short_name(),
                "ambassador": user.get_full_name() or user.email,
                "withdrawn_at": change.created_at,
                "reason": change.reason,
            },
            language=trainer.language,
        )


ENROLMENT_ACTIONS = {"confirm": "enrolment.confirm", "withdraw": "enrolment.withdraw"}


def enrolment_admin_follow_up(*, action: str, enrolment, actor, request) -> None:
    """A trainer confirmed or withdrew someone's enrolment on their behalf: in the audit log."""
    cohort = enrolment.cohort
    audit_record(
        action=ENROLMENT_ACTIONS[action],
        actor=actor,
        organisation=cohort.organisation,
        subject=enrolment.user,
        target=enrolment,
        target_label=cohort.name,
        data={"cohort": cohort.pk, "state": enrolment.state},
        request=request,
    )
