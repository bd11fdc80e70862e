from .models import Role


def navigation(request):
    """What the header needs: which areas the current user may open."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"nav": {"authenticated": False}}
    return {
        "nav": {
            "authenticated": True,
            "admin": user.has_perm("wagtailadmin.access_admin"),
            "ambassador": user.has_role(Role.AMBASSADOR),
        }
    }
