"""Queue a task once the transaction commits, without failing the request when the broker is
down: the work is already in the database, and the reconciliation queues it again."""

import logging

from django.db import transaction

logger = logging.getLogger(__name__)


def task_queue_on_commit(task, **kwargs) -> None:
    """`task.delay_on_commit(**kwargs)`, where a broker that cannot be reached is logged.

    Only for work the reconciliation finds again (an outbox email, a certificate without its
    PDF, a delivery due). With eager tasks (tests) the task's own errors propagate as usual.
    """

    def publish():
        if task.app.conf.task_always_eager:
            task.apply_async(kwargs=kwargs)
            return
        try:
            task.apply_async(kwargs=kwargs)
        except Exception:
            logger.warning(
                "Could not queue %s%r: the broker is unreachable; the reconciliation will.",
                task.name,
                kwargs,
                exc_info=True,
            )

    transaction.on_commit(publish)
