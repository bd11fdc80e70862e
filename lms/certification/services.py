"""Changes: issue, re-issue and revoke certificates, render and send them, keep the posting
enrolment in step with the requirements, and tell the advocacy platform."""

import hashlib
import hmac
import json
import logging
import random
import time
import urllib.error
import urllib.request
from datetime import timedelta

from dateutil.relativedelta import relativedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from lms.audit.services import audit_record
from lms.mail import email_queue

from .models import (
    Certificate,
    CharterSignedRequirement,
    DeliveryState,
    EditorialLineValidatedRequirement,
    FinalQuizPassedRequirement,
    PostingEnrolment,
    PostingReason,
    PostingState,
    PostingWebhook,
    ReadyDraftsRequirement,
    Requirement,
    SessionQuizzesPassedRequirement,
    SessionsAttendedRequirement,
    WebhookDelivery,
)
from .selectors import (
    certificate_for,
    certification_settings_for,
    original_programme,
    programme_of,
    readiness_for,
)
from .webhook_addresses import webhook_open

logger = logging.getLogger(__name__)

WEBHOOK_MAX_ATTEMPTS = 8
WEBHOOK_BACKOFF_BASE = 30  # seconds; doubles at each try
WEBHOOK_BACKOFF_MAX = 6 * 60 * 60
WEBHOOK_TIMEOUT = 10


def absolute_url(path: str) -> str:
    return f"{settings.SITE_BASE_URL}{path}"


def verification_url(certificate: Certificate) -> str:
    return absolute_url(reverse("certification:verify", args=[certificate.code]))


def _lock_user(user):
    """Serialise every certification change of one person (a row lock on PostgreSQL)."""
    return get_user_model().objects.select_for_update().get(pk=user.pk)


# Requirements ---------------------------------------------------------------------------------

REQUIREMENT_KINDS = {
    "sessions_attended": SessionsAttendedRequirement,
    "session_quizzes": SessionQuizzesPassedRequirement,
    "final_quiz": FinalQuizPassedRequirement,
    "charter": CharterSignedRequirement,
    "editorial_line": EditorialLineValidatedRequirement,
    "ready_drafts": ReadyDraftsRequirement,
}


def programme_requirements_get(*, programme) -> tuple[list[str], int]:
    """Which kinds the programme requires, and how many ready drafts."""
    by_model = {model: key for key, model in REQUIREMENT_KINDS.items()}
    kinds, minimum = [], 0
    for requirement in Requirement.objects.filter(programme=programme):
        kinds.append(by_model[type(requirement)])
        if isinstance(requirement, ReadyDraftsRequirement):
            minimum = requirement.minimum
    return kinds, minimum


@transaction.atomic
def programme_requirements_set(*, programme, kinds, ready_drafts: int = 0) -> list[Requirement]:
    """Make the programme require exactly `kinds` (keys of REQUIREMENT_KINDS), in their order."""
    existing = {type(r): r for r in Requirement.objects.filter(programme=programme)}
    result = []
    for position, (key, model) in enumerate(REQUIREMENT_KINDS.items()):
        requirement = existing.pop(model, None)
        if key not in kinds:
            if requirement is not None:
                requirement.delete()
            continue
        if requirement is None:
            requirement = model(programme=programme)
        requirement.position = position
        if isinstance(requirement, ReadyDraftsRequirement):
            requirement.minimum = ready_drafts
        requirement.save()
        result.append(requirement)
    for leftover in existing.values():
        leftover.delete()
    return result


# Issue ----------------------------------------------------------------------------------------


def _trainer_name(cohort) -> str:
    if cohort is None:
        return ""
    names = [t.get_full_name() or t.email for t in cohort.trainers.order_by("last_name", "pk")]
    return ", ".join(names)


def _certificate_create(*, user, programme, issued_by=None, consent_from=None) -> Certificate:
    from courses.cohorts.selectors import cohort_of

    if user.organisation_id is None:
        raise ValidationError(_("Only a member of an organisation can be certified."))
    config = certification_settings_for(programme=programme)
    cohort = cohort_of(user=user)
    now = timezone.now()
    expires_at = None
    if config and config.validity_months:
        expires_at = now + relativedelta(months=config.validity_months)
    certificate = Certificate(
        user=user,
        programme=programme,
        organisation_id=user.organisation_id,
        cohort=cohort,
        recipient_name=user.get_full_name() or user.email,
        certification_name=config.name if config else programme.title,
        trainer_name=_trainer_name(cohort),
        issued_at=now,
        issued_by=issued_by,
        expires_at=expires_at,
    )
    if consent_from is not None:
        certificate.show_name_publicly = consent_from.show_name_publicly
        certificate.linkedin_sharing = consent_from.linkedin_sharing
    with transaction.atomic():  # a savepoint: a concurrent issue loses cleanly
        certificate.save()
    return certificate


def _after_issue(*, certificate: Certificate, actor=None, request=None, data=None) -> None:
    from .tasks import certificate_render_pdf

    audit_record(
        action="certificate.issue",
        actor=actor,
        subject=certificate.user,
        target=certificate,
        data={"code": certificate.code, **(data or {})},
        request=request,
    )
    certificate_render_pdf.delay_on_commit(certificate.pk)


def _renewal_due(*, user, certificate: Certificate, programme) -> bool:
    """An expired (or soon expiring) certificate is renewed by passing the final quiz again
    once the reminder period has started."""
    from courses.quizzes.selectors import attempts_for, final_quiz_for_programme

    if certificate.expires_at is None:
        return False
    config = certification_settings_for(programme=programme)
    window = timedelta(days=config.reminder_days if config else 30)
    opens = certificate.expires_at - window
    if timezone.now() < opens:
        return False
    quiz = final_quiz_for_programme(programme=programme)
    if quiz is None:
        return False
    return any(
        attempt.passed and attempt.submitted_at and attempt.submitted_at >= opens
        for attempt in attempts_for(user=user, quiz=quiz)
    )


@transaction.atomic
def certificate_issue_if_ready(*, user, programme=None) -> Certificate | None:
    """Issue `user`'s certificate when every requirement is met. Idempotent: with a valid
    certificate already there, or after a revocation that was not followed by a re-issue, it
    returns the current certificate (or None) and changes nothing."""
    user = _lock_user(user)
    programme = original_programme(programme) if programme else programme_of(user=user)
    if programme is None or user.organisation_id is None:
        return None
    config = certification_settings_for(programme=programme)
    if config is not None and not config.auto_issue:
        return certificate_for(user=user, programme=programme)
    current = certificate_for(user=user, programme=programme)
    if current is None and Certificate.objects.filter(user=user, programme=programme).exists():
        return None  # revoked: only a trainer issues again
    if current is not None and not _renewal_due(
        user=user, certificate=current, programme=programme
    ):
        return current
    if not readiness_for(user=user, programme=programme).is_ready:
        return current
    if current is not None:  # recertification: the new certificate replaces the old one
        return _replace(
            certificate=current,
            reason=_("Renewed"),
            actor=None,
            request=None,
            action="certificate.renew",
        )
    try:
        certificate = _certificate_create(user=user, programme=programme)
    except IntegrityError:  # issued by a concurrent event in the meantime
        return certificate_for(user=user, programme=programme)
    _after_issue(certificate=certificate, data={"automatic": True})
    posting_sync(user=user)
    return certificate


def _replace(*, certificate: Certificate, reason: str, actor, request, action: str) -> Certificate:
    now = timezone.now()
    certificate.revoked_at = now
    certificate.revoke_reason = reason
    certificate.save(update_fields=["revoked_at", "revoke_reason"])
    new = _certificate_create(
        user=certificate.user,
        programme=certificate.programme,
        issued_by=actor,
        consent_from=certificate,
    )
    certificate.replaced_by = new
    certificate.save(update_fields=["replaced_by"])
    audit_record(
        action=action,
        actor=actor,
        subject=certificate.user,
        target=certificate,
        data={"reason": reason, "old_code": certificate.code, "new_code": new.code},
        request=request,
    )
    _after_issue(certificate=new, actor=actor, request=request, data={"replaces": certificate.code})
    posting_sync(user=certificate.user, actor=actor, request=request)
    return new


@transaction.atomic
def certificate_issue(*, user, actor, programme=None, reason: str = "", request=None):
    """A trainer issues the certificate by hand (or re-issues it: the current one is then
    revoked with `reason` and points to the new one)."""
    user = _lock_user(user)
    programme = original_programme(programme) if programme else programme_of(user=user)
    if programme is None:
        raise ValidationError(_("There is no programme to certify."))
    current = certificate_for(user=user, programme=programme)
    if current is not None:
        if not reason.strip():
            raise ValidationError(_("Give the reason for issuing a new certificate."))
        return _replace(
            certificate=current,
            reason=reason.strip(),
            actor=actor,
            request=request,
            action="certificate.reissue",
        )
    certificate = _certificate_create(user=user, programme=programme, issued_by=actor)
    _after_issue(
        certificate=certificate,
        actor=actor,
        request=request,
        data={"automatic": False, "reason": reason.strip()},
    )
    posting_sync(user=user, actor=actor, request=request)
    return certificate


@transaction.atomic
def certificate_reissue(*, certificate: Certificate, actor, reason: str, request=None):
    """Replace `certificate` (for example after a name correction); the old code then says
    revoked and points to the new certificate."""
    _lock_user(certificate.user)
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if certificate.revoked_at is not None:
        raise ValidationError(_("This certificate is revoked already."))
    if not reason.strip():
        raise ValidationError(_("Give the reason for issuing a new certificate."))
    return _replace(
        certificate=certificate,
        reason=reason.strip(),
        actor=actor,
        request=request,
        action="certificate.reissue",
    )


@transaction.atomic
def certificate_revoke(*, certificate: Certificate, actor, reason: str, request=None):
    """Revoke `certificate`; posting is suspended. It is not issued again automatically."""
    _lock_user(certificate.user)
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if certificate.revoked_at is not None:
        raise ValidationError(_("This certificate is revoked already."))
    if not reason.strip():
        raise ValidationError(_("Give the reason for the revocation."))
    certificate.revoked_at = timezone.now()
    certificate.revoke_reason = reason.strip()
    certificate.save(update_fields=["revoked_at", "revoke_reason"])
    audit_record(
        action="certificate.revoke",
        actor=actor,
        subject=certificate.user,
        target=certificate,
        data={"reason": certificate.revoke_reason, "code": certificate.code},
        request=request,
    )
    posting_sync(user=certificate.user, actor=actor, request=request)
    return certificate


@transaction.atomic
def certificate_consent_set(
    *, certificate: Certificate, show_name_publicly: bool, linkedin_sharing: bool
) -> Certificate:
    """The ambassador's own choices: their name on the public page, the LinkedIn link."""
    certificate.show_name_publicly = show_name_publicly
    certificate.linkedin_sharing = linkedin_sharing
    certificate.save(update_fields=["show_name_publicly", "linkedin_sharing"])
    audit_record(
        action="certificate.consent",
        actor=certificate.user,
        subject=certificate.user,
        target=certificate,
        data={"show_name_publicly": show_name_publicly, "linkedin_sharing": linkedin_sharing},
    )
    return certificate


# PDF and email --------------------------------------------------------------------------------


def qr_svg_data_uri(url: str) -> str:
    from .qr import qr_make

    return qr_make(url).svg_data_uri(scale=4, border=2)


def certificate_pdf_context(*, certificate: Certificate) -> dict:
    """What the certificate's template shows (its cohort and organisation are best loaded
    with it)."""
    url = verification_url(certificate)
    return {
        "certificate": certificate,
        "verification_url": url,
        "qr": qr_svg_data_uri(url),
        "cohort": certificate.cohort,
        "organisation": certificate.organisation,
    }


def certificate_pdf_bytes(*, certificate: Certificate) -> bytes:
    from .pdf import certificate_pdf_render

    with translation.override(certificate.user.language or settings.LANGUAGE_CODE):
        return certificate_pdf_render(context=certificate_pdf_context(certificate=certificate))


def certificate_pdf_store(*, certificate: Certificate, content: bytes | None = None):
    """Render (unless `content` is the PDF already rendered) and store the PDF unless it is
    there already. The PDF when this call stored it, else None.

    The row is written with an UPDATE: the file name is no event for the readiness pipeline
    nor for Wagtail's reference index, whose handlers on save() cost more than the write."""
    if certificate.pdf:
        return None
    if content is None:
        content = certificate_pdf_bytes(certificate=certificate)
    with transaction.atomic():
        locked = Certificate.objects.select_for_update().only("pk", "code", "pdf")
        locked = locked.get(pk=certificate.pk)
        if locked.pdf:
            return None
        locked.pdf.save(f"certificate-{locked.code}.pdf", ContentFile(content), save=False)
        Certificate.objects.filter(pk=locked.pk).update(pdf=locked.pdf.name)
    certificate.pdf = locked.pdf
    return content


def certificate_pdf_deliver(*, certificate: Certificate) -> bool:
    """Render the PDF, outside any lock, then store it and queue the email in one transaction
    (one commit where there were two). True when it rendered."""
    content = None if certificate.pdf else certificate_pdf_bytes(certificate=certificate)
    with transaction.atomic():
        stored = None
        if content is not None:
            stored = certificate_pdf_store(certificate=certificate, content=content)
        certificate_email_send(certificate=certificate, content=stored)
    return stored is not None


@transaction.atomic
def certificate_email_send(*, certificate: Certificate, content: bytes | None = None) -> bool:
    """Email the certificate to the ambassador, once. True when queued now. `content` is the
    PDF just rendered, which spares reading it back from the storage."""
    locked = Certificate.objects.select_for_update().select_related("user").get(pk=certificate.pk)
    if locked.email_sent_at is not None or locked.revoked_at is not None or not locked.pdf:
        return False
    locked.email_sent_at = timezone.now()
    # An UPDATE, as for the PDF: no event for the pipeline nor the reference index.
    Certificate.objects.filter(pk=locked.pk).update(email_sent_at=locked.email_sent_at)
    user = locked.user
    if content is None:
        with locked.pdf.open("rb") as handle:
            content = handle.read()
    email_queue(
        to=[user.email],
        template="certification/issued",
        context={
            "name": user.get_short_name(),
            "certification": locked.certification_name,
            "verification_url": verification_url(locked),
            "certificate_url": absolute_url(reverse("certification:mine")),
        },
        language=user.language,
        attachments=[
            {
                "filename": f"certificate-{locked.code[:8]}.pdf",
                "content": content,
                "mimetype": "application/pdf",
            }
        ],
    )
    return True


def certificate_expiry_reminders_send(*, now=None) -> int:
    """Remind each ambassador once, `reminder_days` before their certificate expires."""
    from .models import ProgrammeCertification

    now = now or timezone.now()
    sent = 0
    days = {c.programme_id: c.reminder_days for c in ProgrammeCertification.objects.all()}
    candidates = Certificate.objects.filter(
        revoked_at__isnull=True,
        expires_at__isnull=False,
        expires_at__gt=now,
        expiry_reminder_sent_at__isnull=True,
    ).select_related("user")
    for certificate in candidates:
        window = timedelta(days=days.get(certificate.programme_id, 30))
        if certificate.expires_at - window > now:
            continue
        with transaction.atomic():
            locked = Certificate.objects.select_for_update().get(pk=certificate.pk)
            if locked.expiry_reminder_sent_at is not None:
                continue
            locked.expiry_reminder_sent_at = now
            locked.save(update_fields=["expiry_reminder_sent_at"])
            user = certificate.user
            email_queue(
                to=[user.email],
                template="certification/expiry_reminder",
                context={
                    "name": user.get_short_name(),
                    "certification": certificate.certification_name,
                    "expires_at": certificate.expires_at,
                    "certificate_url": absolute_url(reverse("certification:mine")),
                },
                language=user.language,
            )
            sent += 1
    return sent


def certificates_expired_sync(*, now=None) -> int:
    """Suspend posting for people whose certificate has expired; returns how many changed."""
    now = now or timezone.now()
    user_ids = Certificate.objects.filter(
        revoked_at__isnull=True,
        expires_at__lte=now,
        user__posting_enrolment__state=PostingState.ENROLLED,
    ).values_list("user_id", flat=True)
    changed = 0
    for user in get_user_model().objects.filter(pk__in=list(user_ids)):
        before = PostingEnrolment.objects.get(user=user).state
        enrolment = posting_sync(user=user)
        changed += enrolment is not None and enrolment.state != before
    return changed


# Posting --------------------------------------------------------------------------------------


def _posting_target(*, user) -> tuple[str | None, str]:
    """The state `user` should be in, and why: (None, "") when they should have no
    enrolment yet."""
    from charter.selectors import SIGNED, WITHDRAWN, charter_status_for

    charter_state = charter_status_for(user=user).state
    certificate = certificate_for(user=user)
    if charter_state == WITHDRAWN or not user.is_active:
        return PostingState.WITHDRAWN, PostingReason.WITHDRAWN
    if certificate is None:
        return PostingState.SUSPENDED, PostingReason.CERTIFICATE_REVOKED
    if certificate.status != "valid":
        return PostingState.SUSPENDED, PostingReason.CERTIFICATE_EXPIRED
    if charter_state != SIGNED:
        return PostingState.SUSPENDED, PostingReason.CHARTER_RESIGN
    return PostingState.ENROLLED, ""


def posting_payload(*, enrolment: PostingEnrolment, event: str) -> dict:
    from coaching.selectors import editorial_line_for

    user = enrolment.user
    line = editorial_line_for(user=user)
    certificate = certificate_for(user=user)
    return {
        "event": event,
        "sequence": enrolment.sequence,
        "occurred_at": enrolment.changed_at.isoformat(),
        "ambassador": {
            "id": user.pk,
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "department": user.department.name if user.department_id else "",
            "language": user.language,
            "networks": list(line.networks) if line else [],
            "pillars": [p.name for p in line.pillars.all() if p.name] if line else [],
        },
        "organisation": {"id": enrolment.organisation_id, "name": enrolment.organisation.name},
        "state": enrolment.state,
        "reason": enrolment.reason,
        "certificate": (
            {
                "code": certificate.code,
                "verification_url": verification_url(certificate),
                "issued_at": certificate.issued_at.isoformat(),
                "expires_at": certificate.expires_at.isoformat()
                if certificate.expires_at
                else None,
            }
            if certificate
            else None
        ),
    }


def _deliveries_create(*, enrolment: PostingEnrolment, event: str) -> list[WebhookDelivery]:
    from .tasks import webhook_deliver

    webhooks = PostingWebhook.objects.filter(organisation_id=enrolment.organisation_id, active=True)
    deliveries = []
    payload = None
    for webhook in webhooks:
        payload = payload or posting_payload(enrolment=enrolment, event=event)
        delivery = WebhookDelivery.objects.create(
            webhook=webhook,
            enrolment=enrolment,
            event=event,
            payload=payload,
            sequence=enrolment.sequence,
        )
        webhook_deliver.delay_on_commit(delivery.pk)
        deliveries.append(delivery)
    return deliveries


EVENTS = {
    PostingState.ENROLLED: "posting.enrolled",
    PostingState.SUSPENDED: "posting.suspended",
    PostingState.WITHDRAWN: "posting.withdrawn",
}


@transaction.atomic
def posting_sync(*, user, actor=None, request=None) -> PostingEnrolment | None:
    """Bring `user`'s posting enrolment in line with their certificate and charter: enrol a
    certified ambassador with the current charter signed, suspend (with the reason) when a
    requirement is lost, enrol again once restored, withdraw on withdrawal. Each change is
    audited and told to the organisation's webhooks. Idempotent."""
    user = _lock_user(user)
    state, reason = _posting_target(user=user)
    enrolment = PostingEnrolment.objects.select_for_update().filter(user=user).first()
    if enrolment is None:
        if state != PostingState.ENROLLED or user.organisation_id is None:
            return None
        now = timezone.now()
        enrolment = PostingEnrolment.objects.create(
            user=user,
            organisation_id=user.organisation_id,
            state=state,
            reason="",
            enrolled_at=now,
            changed_at=now,
            sequence=1,
        )
        before = None
    else:
        if enrolment.state == state and enrolment.reason == reason:
            return enrolment
        if enrolment.state == PostingState.WITHDRAWN and state == PostingState.SUSPENDED:
            # Back in the programme but not ready yet: stays withdrawn until fully restored.
            return enrolment
        before = enrolment.state
        enrolment.state = state
        enrolment.reason = reason
        enrolment.changed_at = timezone.now()
        if state == PostingState.ENROLLED:
            enrolment.enrolled_at = enrolment.changed_at
        enrolment.sequence += 1
        enrolment.save()
    audit_record(
        action=f"posting.{state}",
        actor=actor,
        subject=user,
        target=enrolment,
        data={"from": before, "to": state, "reason": reason, "sequence": enrolment.sequence},
        request=request,
    )
    _deliveries_create(enrolment=enrolment, event=EVENTS[state])
    return enrolment


@transaction.atomic
def readiness_sync(*, user) -> None:
    """What every readiness event triggers: issue when ready, then align posting."""
    certificate_issue_if_ready(user=user)
    posting_sync(user=user)


# Webhooks -------------------------------------------------------------------------------------


def webhook_signature(*, secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def webhook_body(delivery: WebhookDelivery) -> bytes:
    return json.dumps(delivery.payload, sort_keys=True, separators=(",", ":")).encode()


def webhook_backoff(attempts: int) -> int:
    """Seconds before the next try: exponential with full jitter on the upper half."""
    ceiling = min(WEBHOOK_BACKOFF_MAX, WEBHOOK_BACKOFF_BASE * 2 ** max(attempts - 1, 0))
    return int(ceiling / 2 + random.uniform(0, ceiling / 2))


def webhook_delivery_attempt(*, delivery: WebhookDelivery) -> WebhookDelivery:
    """POST the delivery once and log the try; returns the delivery as it now stands
    (delivered, still pending with its next try set, or failed after the last try)."""
    delivery = WebhookDelivery.objects.select_related("webhook").get(pk=delivery.pk)
    if delivery.state != DeliveryState.PENDING:
        return delivery
    body = webhook_body(delivery)
    request = urllib.request.Request(
        delivery.webhook.url,
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/json",
            "User-Agent": "AmbassadorAcademy-Webhook/1",
            "X-Signature": webhook_signature(secret=delivery.webhook.secret, body=body),
            "X-Event": delivery.event,
            "X-Delivery": str(delivery.pk),
            "X-Sequence": str(delivery.sequence),
        },
    )
    started = time.monotonic()
    code, error = None, ""
    try:
        # Checked again at each try (DNS may have changed since the webhook was saved): an
        # address refused is a failed try like a network error, and nothing is opened.
        with webhook_open(request, timeout=WEBHOOK_TIMEOUT) as response:
            code = response.status
    except urllib.error.HTTPError as exc:
        code = exc.code
    except (urllib.error.URLError, OSError) as exc:
        error = str(getattr(exc, "reason", exc))[:300]
    delivered = code is not None and 200 <= code < 300
    now = timezone.now()
    with transaction.atomic():
        locked = WebhookDelivery.objects.select_for_update().get(pk=delivery.pk)
        if locked.state != DeliveryState.PENDING:
            return locked
        locked.attempts += 1
        locked.last_response_code = code
        locked.log = [
            *locked.log,
            {
                "at": now.isoformat(),
                "attempt": locked.attempts,
                "status": code,
                "error": error,
                "ms": int((time.monotonic() - started) * 1000),
            },
        ]
        if delivered:
            locked.state = DeliveryState.DELIVERED
            locked.delivered_at = now
        elif locked.attempts >= WEBHOOK_MAX_ATTEMPTS:
            locked.state = DeliveryState.FAILED
        else:
            locked.next_attempt_at = now + timedelta(seconds=webhook_backoff(locked.attempts))
        locked.save()
    return locked


def _same_stream(delivery: WebhookDelivery):
    return WebhookDelivery.objects.filter(
        webhook_id=delivery.webhook_id,
        enrolment_id=delivery.enrolment_id,
        state=DeliveryState.PENDING,
    )


def webhook_delivery_blocked(*, delivery: WebhookDelivery) -> bool:
    """An earlier event of the same ambassador to the same webhook is still pending."""
    return _same_stream(delivery).filter(sequence__lt=delivery.sequence).exists()


def webhook_delivery_next(*, delivery: WebhookDelivery) -> WebhookDelivery | None:
    """The next pending event of the same ambassador to the same webhook, if any."""
    return (
        _same_stream(delivery).filter(sequence__gt=delivery.sequence).order_by("sequence").first()
    )


@transaction.atomic
def webhook_delivery_resend(*, delivery: WebhookDelivery, actor=None, request=None):
    """Send an event again by hand (from the admin), whatever its state: a new try series."""
    from .tasks import webhook_deliver

    delivery = WebhookDelivery.objects.select_for_update().get(pk=delivery.pk)
    delivery.state = DeliveryState.PENDING
    delivery.attempts = 0
    delivery.next_attempt_at = timezone.now()
    delivery.save(update_fields=["state", "attempts", "next_attempt_at"])
    audit_record(
        action="webhook_delivery.resend",
        actor=actor,
        subject=delivery.enrolment.user,
        target=delivery,
        organisation=delivery.webhook.organisation,
        request=request,
    )
    webhook_deliver.delay_on_commit(delivery.pk)
    return delivery
