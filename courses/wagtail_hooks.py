"""Wagtail admin hooks of the courses app (Wagtail only discovers this module)."""

from .cohorts import admin as cohorts_admin  # noqa: F401
from .quizzes import admin as quizzes_admin  # noqa: F401
