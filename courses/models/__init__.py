from .pages import LessonPage, ProgrammePage, SessionFormat, SessionPage
from .progress import LessonCompletion, ReflectionAnswer

__all__ = [
    "LessonCompletion",
    "LessonPage",
    "ProgrammePage",
    "ReflectionAnswer",
    "SessionFormat",
    "SessionPage",
]
from .quizzes import *  # noqa: F401,F403
from .cohorts import *  # noqa: F401,F403
