"""What the audit log records by itself: signatures, withdrawals and re-joins, role changes."""

import pytest

from django.contrib.auth.models import Group

from charter.factories import CharterFactory
from charter.services import charter_sign, participation_rejoin, participation_withdraw
from lms.audit.models import AuditEntry
from lms.audit.services import audit_record
from lms.factories import UserFactory
from lms.models import Role
from lms.services import user_grant_roles

pytestmark = pytest.mark.django_db


def actions_about(person):
    return list(AuditEntry.objects.filter(subject=person).values_list("action", flat=True))


def test_a_charter_signature_is_recorded_with_the_hash_but_not_the_typed_name(ambassador):
    version = CharterFactory(organisation=ambassador.organisation, published=True).versions.get()
    signature = charter_sign(
        user=ambassador,
        version=version,
        full_name=ambassador.get_full_name(),
        acknowledged_sections=version.section_keys,
        language="fr",
    )
    entry = AuditEntry.objects.get(action="charter.sign")
    assert entry.subject == ambassador and entry.actor == ambassador
    assert entry.organisation == ambassador.organisation
    assert entry.target_id == str(signature.pk)
    assert entry.data == {"version": 1, "language": "fr", "text_sha256": signature.text_sha256}
    assert ambassador.last_name not in entry.target_label


def test_withdrawal_and_rejoin_are_recorded_without_the_reason(ambassador):
    participation_withdraw(user=ambassador, reason="Trop de travail en ce moment")
    participation_rejoin(user=ambassador)
    entries = AuditEntry.objects.filter(action__startswith="participation.").order_by("pk")
    assert [e.action for e in entries] == ["participation.withdraw", "participation.rejoin"]
    assert all("travail" not in str(e.data) for e in entries)


def test_granting_and_removing_a_role_is_recorded(ambassador):
    user_grant_roles(user=ambassador, roles=[Role.HR])
    ambassador.groups.remove(Group.objects.get(name="HR"))
    grants = AuditEntry.objects.filter(subject=ambassador, action="role.grant")
    assert grants.first().data == {"groups": ["HR"]}
    assert AuditEntry.objects.get(subject=ambassador, action="role.revoke").data == {
        "groups": ["HR"]
    }


def test_clearing_groups_from_either_side_records_what_was_removed(ambassador, hr):
    ambassador.groups.clear()
    assert AuditEntry.objects.get(subject=ambassador, action="role.revoke").data == {
        "groups": ["Ambassadors"]
    }
    Group.objects.get(name="HR").user_set.clear()
    assert AuditEntry.objects.get(subject=hr, action="role.revoke").data == {"groups": ["HR"]}


def test_superuser_and_staff_flags_are_audited_only_when_they_change(ambassador):
    ambassador.is_superuser = True
    ambassador.save()
    ambassador.first_name = "Autre"
    ambassador.save()
    ambassador.is_staff = True
    ambassador.save(update_fields=["is_staff"])
    flags = AuditEntry.objects.filter(subject=ambassador, data__has_key="flag")
    assert sorted(e.data["flag"] for e in flags) == ["is_staff", "is_superuser"]


def test_a_role_change_made_in_the_admin_names_who_made_it(client, ambassador):
    admin = UserFactory(organisation=None, is_superuser=True, is_staff=True)
    client.force_login(admin)
    response = client.post(
        f"/admin/users/edit/{ambassador.pk}/",
        {
            "email": ambassador.email,
            "first_name": ambassador.first_name,
            "last_name": ambassador.last_name,
            "groups": [Group.objects.get(name="Trainers").pk],
            "is_active": "on",
        },
        REMOTE_ADDR="10.1.2.3",
    )
    assert response.status_code == 302
    granted = AuditEntry.objects.get(subject=ambassador, action="role.grant", actor=admin)
    assert granted.data == {"groups": ["Trainers"]} and granted.ip_address == "10.1.2.3"
    removed = AuditEntry.objects.get(subject=ambassador, action="role.revoke")
    assert removed.data == {"groups": ["Ambassadors"]} and removed.actor_label == admin.email


def test_entries_cannot_be_changed_or_deleted_through_the_orm(ambassador):
    entry = audit_record(action="test.thing", subject=ambassador)
    entry.action = "forged"
    with pytest.raises(PermissionError):
        entry.save()
    with pytest.raises(PermissionError):
        entry.delete()
    with pytest.raises(PermissionError):
        AuditEntry.objects.filter(pk=entry.pk).update(action="forged")
    with pytest.raises(PermissionError):
        AuditEntry.objects.all().delete()
