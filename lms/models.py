"""People and tenants: users who log in with their email, organisations, departments, roles."""

from functools import cached_property

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, PermissionsMixin
from django.contrib.auth.models import UserManager as DjangoUserManager
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from .routing import route_below


class Role(models.TextChoices):
    """A role is membership of the Django group of the same label (see ROLE_GROUPS)."""

    AMBASSADOR = "ambassador", _("Ambassador")
    TRAINER = "trainer", _("Trainer")
    COACH = "coach", _("Coach")
    HR = "hr", _("HR / programme owner")
    EDITOR = "editor", _("Editor")


# Group names are stable identifiers (Wagtail already creates "Editors").
ROLE_GROUPS = {
    Role.AMBASSADOR: "Ambassadors",
    Role.TRAINER: "Trainers",
    Role.COACH: "Coaches",
    Role.HR: "HR",
    Role.EDITOR: "Editors",
}


class Organisation(models.Model):
    """The tenant boundary: a company, association or administration served by the trainers."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    created_at = models.DateTimeField(
        pgettext_lazy("organisation", "created at"), default=timezone.now, editable=False
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.name


class Department(models.Model):
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="departments",
        verbose_name=_("organisation"),
    )
    name = models.CharField(_("name"), max_length=200)
    is_communication = models.BooleanField(
        _("marketing or communication department"),
        default=False,
        help_text=_("Used to show how many ambassadors come from outside communication teams."),
    )

    class Meta:
        ordering = ["organisation__name", "name"]
        verbose_name = _("department")
        verbose_name_plural = _("departments")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "name"], name="unique_department_name_per_organisation"
            )
        ]

    def __str__(self):
        return self.name


class UserManager(DjangoUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)

    def get_by_natural_key(self, username):
        return self.get(email__iexact=username)


class User(AbstractBaseUser, PermissionsMixin):
    """Anyone who logs in. Roles come from groups; `organisation` is the tenant they belong to.

    Trainers, coaches and editors are often consultants serving several organisations and
    have no organisation; HR users and ambassadors always have one.
    """

    email = models.EmailField(_("email address"), unique=True)
    first_name = models.CharField(_("first name"), max_length=150, blank=True)
    last_name = models.CharField(_("last name"), max_length=150, blank=True)
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="members",
        verbose_name=_("organisation"),
    )
    department = models.ForeignKey(
        Department,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="members",
        verbose_name=_("department"),
    )
    language = models.CharField(
        _("preferred language"), max_length=8, choices=settings.LANGUAGES, default="fr"
    )
    is_staff = models.BooleanField(_("staff status"), default=False)
    is_active = models.BooleanField(_("active"), default=True)
    date_joined = models.DateTimeField(_("date joined"), default=timezone.now)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["first_name", "last_name"]

    class Meta:
        ordering = ["last_name", "first_name", "email"]
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self):
        return self.get_full_name() or self.email

    def clean(self):
        super().clean()
        self.email = self.__class__.objects.normalize_email(self.email).lower()
        if self.department_id and self.department.organisation_id != self.organisation_id:
            raise ValidationError(
                {"department": _("This department belongs to another organisation.")}
            )

    def get_full_name(self):
        return f"{self.first_name} {self.last_name}".strip()

    def get_short_name(self):
        return self.first_name or self.email

    @cached_property
    def roles(self) -> frozenset[str]:
        names = {group.name for group in self.groups.all()}
        roles = {role for role, group in ROLE_GROUPS.items() if group in names}
        if self.is_superuser:
            roles.add(Role.EDITOR)
        return frozenset(roles)

    def has_role(self, *roles: str) -> bool:
        """True when the user holds at least one of `roles`."""
        return bool(self.roles.intersection(roles))


class HomePage(Page):
    """The public front page of a language tree: what the programme is, and how to log in."""

    lead = models.TextField(_("lead"), blank=True)
    body = RichTextField(_("body"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("lead"), FieldPanel("body")]
    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        return route_below(self, request, path_components)
