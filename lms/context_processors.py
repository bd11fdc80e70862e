from functools import cache

from .models import Role
from .roles import ADMIN_ACCESS, role_permissions


@cache
def _admin_roles() -> tuple[str, ...]:
    """The roles whose group opens the Wagtail admin (installed after every migrate)."""
    return tuple(role for role, perms in role_permissions().items() if ADMIN_ACCESS in perms)


def navigation(request):
    """What the header needs: which areas the current user may open.

    The admin link follows the user's roles, already read for the page, rather than loading
    every permission of the user (two queries on each page); the admin checks access itself.
    """
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"nav": {"authenticated": False}}
    return {
        "nav": {
            "authenticated": True,
            "admin": user.is_superuser or user.has_role(*_admin_roles()),
            "ambassador": user.has_role(Role.AMBASSADOR),
        }
    }
