"""The Celery app. Settings come from Django's, under the CELERY_ prefix."""

import logging
import os

from celery import Celery
from celery.contrib.django.task import DjangoTask

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.dev")

logger = logging.getLogger("lms.tasks")


class Task(DjangoTask):
    """Tasks queued after commit (`delay_on_commit`) do not fail the request when the broker
    cannot be reached: the transaction has committed already, its work is in the database, and
    the periodic reconciliation (lms.operations) queues it again. The failure is logged. With
    eager tasks (tests) the task's own errors propagate as usual."""

    def delay_on_commit(self, *args, **kwargs) -> None:
        self.apply_async_on_commit(args, kwargs)

    def apply_async_on_commit(self, args=None, kwargs=None, **options) -> None:
        from django.db import transaction

        def publish():
            if self.app.conf.task_always_eager:
                self.apply_async(args, kwargs, **options)
                return
            try:
                self.apply_async(args, kwargs, **options)
            except Exception:
                logger.error(
                    "Could not queue %s%r%r: the broker is unreachable.",
                    self.name,
                    args or (),
                    kwargs or {},
                    exc_info=True,
                )

        transaction.on_commit(publish)


app = Celery("lms", task_cls="lms.celery:Task")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
# Parts of the courses app that keep their tasks in their own package.
app.autodiscover_tasks(["courses.cohorts", "courses.quizzes"])


@app.on_after_configure.connect
def make_broker_folders(sender, **kwargs):
    """The embedded filesystem broker needs its folders before the first message."""
    options = sender.conf.broker_transport_options or {}
    for key in ("data_folder_in", "data_folder_out", "processed_folder", "control_folder"):
        if options.get(key):
            os.makedirs(options[key], exist_ok=True)
