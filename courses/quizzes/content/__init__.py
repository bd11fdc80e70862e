"""The shipped question bank, written in French and English from the programme's method.

Each question is a dict read by courses.quizzes.demo; texts come in (French, English) pairs.
"""

from .bank import CATEGORIES, QUESTIONS, QUIZZES

__all__ = ["CATEGORIES", "QUESTIONS", "QUIZZES"]
