"""Mail servers that misbehave, for the outbox tests and the worker started by the fault tests.

A real worker reads its backend from TEST_EMAIL_BACKEND and these environment variables:
MAIL_SLOW_SECONDS (each message waits that long before it is written) and MAIL_MARKER_DIR
(a `sending-<n>` file is written there when a message starts, so a test knows when to strike).
"""

import os
import time
from pathlib import Path

from django.core.mail.backends.filebased import EmailBackend as FileBackend
from django.core.mail.backends.locmem import EmailBackend as LocmemBackend


class RefusingBackend(LocmemBackend):
    """A mail server that is down."""

    def send_messages(self, messages):
        raise ConnectionRefusedError("mail server down")


class SlowFileBackend(FileBackend):
    """Writes one file per message (like the file backend, but one message a file), slowly."""

    def send_messages(self, messages):
        folder = Path(os.environ.get("MAIL_MARKER_DIR", self.file_path))
        folder.mkdir(parents=True, exist_ok=True)
        for message in messages:
            (folder / f"sending-{time.time_ns()}-{os.getpid()}").write_text(message.subject)
            time.sleep(float(os.environ.get("MAIL_SLOW_SECONDS", "0")))
            path = Path(self.file_path) / f"{time.time_ns()}-{os.getpid()}.eml"
            path.write_bytes(message.message().as_bytes())
        return len(messages)
