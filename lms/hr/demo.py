"""Demo: the onboarding states computed once everyone's journey is seeded, so that the first
visit to the HR dashboard reads them straight away."""

from .pipeline import pipeline_rebuild


def demo_seed(*, stdout, **kwargs) -> None:
    count = pipeline_rebuild()
    stdout.write(f"HR onboarding: {count} ambassador(s) placed on the pipeline.")
