"""This app's part of `manage.py seed_demo` (called by lms.demo with the demo people)."""


def demo_seed(*, organisation, people, stdout) -> None:
    return None
