"""Audit entries derived from other apps' records: charter signatures, withdrawals and
re-joins, role changes. The charter app knows nothing of the audit log; these receivers are
connected in AuditConfig.ready() and run inside the transaction that saved the record."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from .services import audit_record

# Flags that give power over the whole site, audited like a role.
POWER_FLAGS = ("is_superuser", "is_staff")


def charter_signature_saved(sender, instance, created, raw=False, **kwargs):
    if not created or raw:
        return
    version = instance.version
    audit_record(
        action="charter.sign",
        actor=instance.user,
        subject=instance.user,
        organisation=instance.organisation,
        target=instance,
        target_label=str(version),
        data={
            "version": version.number,
            "language": instance.language,
            "text_sha256": instance.text_sha256,
        },
    )


def participation_change_saved(sender, instance, created, raw=False, **kwargs):
    if not created or raw:
        return
    audit_record(
        action=f"participation.{'withdraw' if instance.kind == 'withdrawn' else 'rejoin'}",
        subject=instance.user,
        organisation=instance.organisation,
        target=instance,
        target_label=instance.get_kind_display(),
        data={"kind": instance.kind},
    )


def _record_groups(*, user, action, group_names):
    if group_names:
        audit_record(
            action=action,
            subject=user,
            target=user,
            target_label=user.email,
            data={"groups": sorted(group_names)},
        )


def user_groups_changed(sender, instance, action, reverse, model, pk_set, **kwargs):
    """user.groups.add/remove/clear/set and group.user_set.add/remove/clear."""
    if action == "pre_clear":
        # Remember what clear() is about to remove; post_clear no longer knows.
        if reverse:
            instance._audit_cleared = list(instance.user_set.all())
        else:
            instance._audit_cleared = list(instance.groups.values_list("name", flat=True))
        return
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    verb = "grant" if action == "post_add" else "revoke"
    if reverse:  # instance is a Group, pk_set are user ids
        if action == "post_clear":
            users = getattr(instance, "_audit_cleared", [])
        else:
            users = get_user_model().objects.filter(pk__in=pk_set or [])
        for user in users:
            _record_groups(user=user, action=f"role.{verb}", group_names=[instance.name])
        return
    if action == "post_clear":
        names = getattr(instance, "_audit_cleared", [])
    else:
        names = list(Group.objects.filter(pk__in=pk_set or []).values_list("name", flat=True))
    instance.__dict__.pop("roles", None)
    _record_groups(user=instance, action=f"role.{verb}", group_names=names)


def user_loaded(sender, instance, **kwargs):
    """Keep the power flags as loaded, to see on save whether they changed (no extra query)."""
    # __dict__, not getattr: a flag deferred by .only() must not cost a query.
    instance._audit_flags = {f: instance.__dict__[f] for f in POWER_FLAGS if f in instance.__dict__}


def user_saved(sender, instance, created, raw=False, update_fields=None, **kwargs):
    if raw:
        return
    before = getattr(instance, "_audit_flags", {})
    for flag in POWER_FLAGS:
        if update_fields is not None and flag not in update_fields:
            continue
        now = instance.__dict__.get(flag, False)
        was = False if created else before.get(flag, now)
        if now != was:
            audit_record(
                action=f"role.{'grant' if now else 'revoke'}",
                subject=instance,
                target=instance,
                target_label=instance.email,
                data={"flag": flag},
            )
    user_loaded(sender, instance)
