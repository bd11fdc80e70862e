from .cohorts import *  # noqa: F401,F403
from .pages import LessonPage, ProgrammePage, SessionFormat, SessionPage
from .progress import LessonCompletion, ReflectionAnswer
from .quizzes import *  # noqa: F401,F403

__all__ = [
    "LessonCompletion",
    "LessonPage",
    "ProgrammePage",
    "ReflectionAnswer",
    "SessionFormat",
    "SessionPage",
]
