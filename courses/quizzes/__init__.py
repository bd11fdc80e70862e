"""Quizzes after each session and before certification: attempts, grading, review."""
