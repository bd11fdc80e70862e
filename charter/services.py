"""Changes to charters: derive from the template, publish, sign, notify, withdraw and re-join."""

import unicodedata

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _

from lms.mail import email_queue

from .content import charter_template
from .models import (
    LANGUAGES,
    Charter,
    CharterResignNotice,
    CharterSection,
    CharterSignature,
    CharterVersion,
    ParticipationChange,
)
from .selectors import RESIGN_REQUIRED, WITHDRAWN, charter_status_for, charter_statuses_for

HR_GROUP = "HR"


class SignatureRefused(ValidationError):
    """The signature form is incomplete. `missing_sections` lists keys not acknowledged."""

    def __init__(self, *, messages: dict[str, str], missing_sections: list[str]):
        super().__init__(messages)
        self.missing_sections = missing_sections


@transaction.atomic
def charter_create_from_template(*, organisation, language: str) -> Charter:
    """Derive (or complete) `organisation`'s charter in `language` from the default template.

    Idempotent: texts an editor already wrote are never overwritten; missing sections are added.
    """
    if language not in LANGUAGES:
        raise ValueError(f"Unknown language: {language}")
    template = charter_template(language=language, organisation_name=organisation.name)
    charter, _created = Charter.objects.get_or_create(organisation=organisation)
    for field in ("title", "introduction"):
        if not getattr(charter, f"{field}_{language}"):
            setattr(charter, f"{field}_{language}", template[field])
    charter.save()
    sections = {section.key: section for section in charter.sections.all()}
    next_order = max((s.sort_order or 0 for s in sections.values()), default=-1) + 1
    for item in template["sections"]:
        section = sections.get(item["key"])
        if section is None:
            section = CharterSection(charter=charter, key=item["key"], sort_order=next_order)
            next_order += 1
        if not getattr(section, f"heading_{language}"):
            setattr(section, f"heading_{language}", item["heading"])
        if not getattr(section, f"body_{language}"):
            setattr(section, f"body_{language}", item["body"])
        section.save()
    return charter


def _complete_languages(charter: Charter) -> dict[str, dict]:
    """The languages in which every part of the charter is written."""
    texts = {}
    for language in LANGUAGES:
        text = charter.text(language)
        parts = [text["title"]]
        for section in text["sections"]:
            parts += [section["heading"], section["body"]]
        if text["sections"] and all(part.strip() for part in parts):
            texts[language] = text
    return texts


@transaction.atomic
def charter_version_publish(
    *, charter: Charter, is_material: bool, published_by=None, change_note: str = ""
) -> CharterVersion:
    """Snapshot the charter as the next version. A material version asks signers to re-sign.

    The first version is always material. Only languages with every section written are kept.
    """
    charter = Charter.objects.select_for_update().get(pk=charter.pk)
    keys = [section.key for section in charter.sections.all()]
    if len(keys) != len(set(keys)):
        raise ValidationError(_("Two sections have the same key; each key must be unique."))
    content = _complete_languages(charter)
    if not content:
        raise ValidationError(
            _("Write the title and every section in at least one language before publishing.")
        )
    last = charter.versions.order_by("-number").first()
    version = CharterVersion.objects.create(
        charter=charter,
        number=(last.number + 1) if last else 1,
        is_material=is_material or last is None,
        change_note=change_note,
        content=content,
        published_by=published_by,
    )
    if version.is_material and last is not None:
        from .tasks import charter_resign_notify

        charter_resign_notify.delay_on_commit(version_id=version.pk)
    return version


def normalise_name(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


@transaction.atomic
def charter_sign(
    *,
    user,
    version: CharterVersion,
    full_name: str,
    acknowledged_sections: list[str],
    language: str,
    ip_address: str | None = None,
    user_agent: str = "",
) -> CharterSignature:
    """Record that `user` signed the exact text of `version` in `language`.

    Raises SignatureRefused (a ValidationError keyed by "full_name" / "sections") when the
    typed name does not match the account or a section was not acknowledged.
    """
    current = (
        CharterVersion.objects.filter(charter__organisation_id=user.organisation_id)
        .order_by("-number")
        .first()
    )
    if current is None or current.pk != version.pk:
        raise ValidationError(_("A newer version of the charter was published; please read it."))
    if charter_status_for(user=user).state == WITHDRAWN:
        raise ValidationError(_("You withdrew from the programme; re-join it before signing."))
    messages = {}
    missing = [key for key in version.section_keys if key not in set(acknowledged_sections)]
    if missing:
        messages["sections"] = _("Tick every section to confirm you have read it.")
    if not full_name.strip():
        messages["full_name"] = _("Type your full name to sign.")
    elif normalise_name(full_name) != normalise_name(user.get_full_name()):
        messages["full_name"] = _(
            "The name typed does not match the name on your account (%(name)s). "
            "Type it as it appears there; capitals and spaces do not matter."
        ) % {"name": user.get_full_name()}
    if messages:
        raise SignatureRefused(messages=messages, missing_sections=missing)
    language = version.language_for(language)
    return CharterSignature.objects.create(
        version=version,
        organisation_id=user.organisation_id,
        user=user,
        language=language,
        full_name=full_name.strip(),
        text_sha256=version.sha256(language),
        acknowledged_sections=version.section_keys,
        ip_address=ip_address or None,
        user_agent=user_agent[:1000],
    )


def _organisation_members(organisation_id):
    return get_user_model().objects.filter(organisation_id=organisation_id, is_active=True)


@transaction.atomic
def charter_resign_notices_send(*, version: CharterVersion) -> int:
    """Email everyone who signed an earlier version that they must sign again; once each.

    Idempotent: a CharterResignNotice row per person and version records the email.
    """
    members = list(
        _organisation_members(version.charter.organisation_id)
        .filter(charter_signatures__version__number__lt=version.number)
        .distinct()
    )
    statuses = charter_statuses_for(users=members)
    sent = 0
    for user in members:
        if statuses[user.pk].state != RESIGN_REQUIRED:
            continue
        _notice, created = CharterResignNotice.objects.get_or_create(user=user, version=version)
        if not created:
            continue
        email_queue(
            to=[user.email],
            template="charter/resign_required",
            context={"name": user.get_short_name(), "version": version.number},
            language=user.language,
        )
        sent += 1
    return sent


def _hr_of(organisation_id):
    return _organisation_members(organisation_id).filter(groups__name=HR_GROUP).distinct()


@transaction.atomic
def participation_withdraw(*, user, reason: str = "") -> ParticipationChange:
    """The ambassador leaves the programme; no reason needed. HR of the organisation are told,
    then every follow-up of settings.PARTICIPATION_WITHDRAWAL_FOLLOW_UPS runs."""
    if charter_status_for(user=user).state == WITHDRAWN:
        raise ValidationError(_("You have already withdrawn from the programme."))
    change = ParticipationChange.objects.create(
        user=user,
        organisation_id=user.organisation_id,
        kind=ParticipationChange.Kind.WITHDRAWN,
        reason=reason.strip(),
    )
    for hr in _hr_of(user.organisation_id):
        email_queue(
            to=[hr.email],
            template="charter/withdrawal",
            context={
                "name": hr.get_short_name(),
                "ambassador": user.get_full_name() or user.email,
                "withdrawn_at": change.created_at,
                "reason": change.reason,
            },
            language=hr.language,
        )
    # The rest of the site (seats in cohorts, trainers) follows through the core's hooks.
    for follow_up in settings.PARTICIPATION_WITHDRAWAL_FOLLOW_UPS:
        import_string(follow_up)(user=user, change=change)
    return change


@transaction.atomic
def participation_rejoin(*, user) -> ParticipationChange:
    """Come back after a withdrawal; the current charter must then be signed again."""
    if charter_status_for(user=user).state != WITHDRAWN:
        raise ValidationError(_("You are taking part in the programme already."))
    return ParticipationChange.objects.create(
        user=user,
        organisation_id=user.organisation_id,
        kind=ParticipationChange.Kind.REJOINED,
        created_at=timezone.now(),
    )
