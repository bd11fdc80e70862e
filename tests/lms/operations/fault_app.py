"""The site's Celery app as the fault tests' workers run it, with one test-only addition:
FAULT_TASK_DELAY="<task name>=<seconds>,..." makes those tasks wait that long when they start
(after writing `started-<task name>-<n>` in FAULT_MARKER_DIR), so that a test can strike while
a worker holds the message. Nothing of the site's code is replaced."""

import os
import time
from pathlib import Path

from celery.signals import task_prerun

from lms.celery import app

__all__ = ["app"]


def _delays() -> dict[str, float]:
    pairs = (item.split("=") for item in os.environ.get("FAULT_TASK_DELAY", "").split(",") if item)
    return {name: float(seconds) for name, seconds in pairs}


@task_prerun.connect
def _slow_down(task=None, **kwargs):
    delay = _delays().get(task.name)
    if delay is None:
        return
    folder = Path(os.environ["FAULT_MARKER_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"started-{task.name}-{time.time_ns()}").touch()
    time.sleep(delay)
