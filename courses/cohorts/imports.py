"""Participants imported from a CSV file: every row checked first, then all or nothing."""

import csv
import io
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _

from lms.mail import email_queue

from ..models import Cohort
from .services import enrolment_invite

MAX_UPLOAD_BYTES = 1024 * 1024
COLUMNS = ("email", "first_name", "last_name", "department", "language")
AMBASSADOR_GROUP = "Ambassadors"


@dataclass
class ParticipantRow:
    line: int
    email: str
    first_name: str
    last_name: str
    department: str
    language: str


@dataclass
class ImportResult:
    rows: list[ParticipantRow] = field(default_factory=list)
    errors: list[tuple[int, str]] = field(default_factory=list)  # (line, message)
    created: int = 0
    invited: int = 0


def csv_decode(*, data: bytes, filename: str) -> str:
    """The text of an uploaded CSV file; ValidationError when it is not one we accept."""
    if not filename.lower().endswith(".csv"):
        raise ValidationError(_("Choose a .csv file."))
    if len(data) > MAX_UPLOAD_BYTES:
        raise ValidationError(_("The file is larger than 1 MB."))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ValidationError(
            _("The file is not UTF-8 text: save it as “CSV UTF-8” and try again.")
        ) from error


def _department_model():
    return get_user_model()._meta.get_field("department").remote_field.model


def participants_parse(*, text: str, cohort: Cohort) -> ImportResult:
    """Read and check every row; nothing is written."""
    result = ImportResult()
    # Old Mac spreadsheets end lines with a lone carriage return, which csv refuses.
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    sample = text[:2048]
    delimiter = ";" if sample.count(";") > sample.count(",") else ","
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    headers = [(name or "").strip().lower() for name in reader.fieldnames or []]
    missing = [name for name in COLUMNS if name not in headers]
    if missing:
        result.errors.append(
            (1, _("Missing columns: %(columns)s.") % {"columns": ", ".join(missing)})
        )
        return result
    reader.fieldnames = headers
    departments = {
        department.name.lower(): department.name
        for department in _department_model().objects.filter(organisation=cohort.organisation)
    }
    users = get_user_model().objects
    languages = {code for code, _name in settings.LANGUAGES}
    seen = set()
    for line, raw in enumerate(reader, start=2):
        values = {name: (raw.get(name) or "").strip() for name in COLUMNS}
        if not any(values.values()):
            continue
        row = ParticipantRow(line=line, **values)
        row.email = row.email.lower()
        row.language = row.language.lower() or settings.LANGUAGE_CODE
        problems = []
        email_valid = True
        try:
            validate_email(row.email)
        except ValidationError:
            email_valid = False
            problems.append(_("“%(email)s” is not an email address.") % {"email": row.email})
        if row.email in seen:
            problems.append(_("This email address appears twice in the file."))
        seen.add(row.email)
        if not row.first_name or not row.last_name:
            problems.append(_("First name and last name are required."))
        if row.department and row.department.lower() not in departments:
            problems.append(_("Unknown department “%(name)s”.") % {"name": row.department})
        row.department = departments.get(row.department.lower(), "")
        if row.language not in languages:
            problems.append(_("Language must be “fr” or “en”."))
        # Only a valid address is looked up: PostgreSQL refuses text with a NUL character.
        existing = users.filter(email__iexact=row.email).first() if email_valid else None
        if existing and existing.organisation_id not in (None, cohort.organisation_id):
            problems.append(_("This person belongs to another organisation."))
        for problem in problems:
            result.errors.append((line, problem))
        result.rows.append(row)
    if not result.rows and not result.errors:
        result.errors.append((1, _("The file has no participant.")))
    return result


def _activation_send(user) -> None:
    path = reverse(
        "password_reset_confirm",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )
    email_queue(
        to=[user.email],
        template="cohorts/activation",
        context={"name": user.get_short_name(), "path": path},
        language=user.language,
    )


@transaction.atomic
def participants_import(*, cohort: Cohort, text: str) -> ImportResult:
    """Create the missing accounts (with an activation email) and invite everyone to `cohort`.

    Nothing is written when any row is wrong: the result then only lists the errors.
    """
    result = participants_parse(text=text, cohort=cohort)
    if result.errors:
        return result
    User = get_user_model()
    group, _created = Group.objects.get_or_create(name=AMBASSADOR_GROUP)
    departments = {
        department.name: department
        for department in _department_model().objects.filter(organisation=cohort.organisation)
    }
    for row in result.rows:
        user = User.objects.filter(email__iexact=row.email).first()
        if user is None:
            user = User.objects.create_user(
                email=row.email,
                first_name=row.first_name,
                last_name=row.last_name,
                organisation=cohort.organisation,
                department=departments.get(row.department),
                language=row.language,
            )
            result.created += 1
            _activation_send(user)
        user.groups.add(group)
        enrolment_invite(cohort=cohort, user=user)
        result.invited += 1
    return result
