"""Nothing lost under faults: how background work survives crashes, outages and retries.

- Celery works at least once (settings CELERY_*): a message is acknowledged after its task ran
  and given back when the worker process dies; Redis hands a message a dead worker held out
  again after BROKER_VISIBILITY_TIMEOUT. Every task is idempotent: it loads its row by id and
  returns early when the work is done.
- Tasks are queued after commit. A broker that cannot be reached then is logged, not raised
  (lms.celery.Task): the work is in the database already.
- Emails go through the outbox (OutboundEmail), written in the caller's transaction. The sending
  task locks the row while the mail server takes the message, so a redelivered message finds it
  sent. One window remains: a process killed after the mail server accepted the message and
  before the commit sends that email again later.
- Every OPERATIONS_RECONCILE_SECONDS (beat), the reconciliation calls the functions of
  OPERATIONS_RECONCILERS with the grace period: emails not sent, certificates without their PDF
  or email, webhook deliveries due are queued again. A second run within half the grace period
  does nothing.
- A worker runs beat's heartbeat task every OPERATIONS_HEARTBEAT_SECONDS; /healthz reports it
  ("degraded" when stale, still 200) beside the database and the broker (503 when either is
  down). The admin page "Background work" lists what waits or failed and queues it again.
- The fault tests (pytest -m faults, PostgreSQL and Redis) kill workers, stop Redis and make the
  partner's webhook fail, with real processes.
"""
