"""Real processes for the fault tests: a Redis server of their own, Celery workers on the test
database, and waiting with a deadline. Every process is started in its own process group and
killed with it, whatever happens."""

import os
import signal
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import kombu.pools

from django.db import connection

from lms.celery import app as celery_app

REPO = Path(__file__).resolve().parents[3]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until(predicate, *, timeout: float, interval: float = 0.25, message=""):
    """Poll `predicate` until it returns something true; AssertionError after `timeout` s
    (`message` may be a function, called then: a worker's log, for example)."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            text = message() if callable(message) else message
            raise AssertionError(text or f"not true within {timeout} s")
        time.sleep(interval)


def process_group_kill(process: subprocess.Popen, sig=signal.SIGKILL, *, timeout: float = 20):
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, sig)
        process.wait(timeout=timeout)
    except ProcessLookupError:
        pass
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)


class RedisServer:
    """`redis-server` on a free port, without persistence: a restart loses every message."""

    def __init__(self, folder: Path):
        self.port = free_port()
        self.folder = folder
        self.process = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self):
        command = [
            *("redis-server", "--port", str(self.port), "--bind", "127.0.0.1"),
            *("--save", "", "--appendonly", "no", "--daemonize", "no"),
            *("--dir", str(self.folder)),
        ]
        self.process = subprocess.Popen(
            command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
        )
        wait_until(self.answers, timeout=10, message="redis-server did not start")

    def answers(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as sock:
                sock.sendall(b"PING\r\n")
                return sock.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def stop(self):
        if self.process is not None:
            process_group_kill(self.process, signal.SIGTERM)
            self.process = None


@contextmanager
def publishing_to(url: str):
    """This (test) process queues tasks on `url` instead of the configured broker."""
    conf = celery_app.conf
    # `broker_url` yields to the CELERY_BROKER_URL environment variable; the write URL does not.
    saved = conf.get("broker_write_url"), conf.task_always_eager

    def reset():
        # Close and forget kombu's shared pools too: a closed pool left in its registry would be
        # handed back to the next test that publishes to the same broker.
        kombu.pools.reset()
        celery_app._pool = None
        celery_app.amqp._producer_pool = None

    reset()
    conf.broker_write_url, conf.task_always_eager = url, False
    try:
        yield
    finally:
        reset()
        conf.broker_write_url, conf.task_always_eager = saved


class Workers:
    """Starts `celery worker` processes on the test database and a given broker."""

    def __init__(self, *, folder: Path, broker_url: str):
        self.folder = folder
        self.broker_url = broker_url
        self.processes: list[subprocess.Popen] = []
        self.mail = folder / "mail"
        self.markers = folder / "markers"

    def env(self, **extra) -> dict:
        db = connection.settings_dict
        password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
        return {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "lms.settings.test",
            "CELERY_TEST_WORKER": "1",
            "CELERY_BROKER_URL": self.broker_url,
            "DATABASE_URL": (
                f"postgres://{db['USER']}{password}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
            ),
            "TEST_EMAIL_BACKEND": "tests.lms.operations.mail_backends.SlowFileBackend",
            "EMAIL_FILE_PATH": str(self.mail),
            "MAIL_MARKER_DIR": str(self.markers),
            "FAULT_MARKER_DIR": str(self.markers),
            # A message a killed worker held is handed out again after 8 s.
            "BROKER_VISIBILITY_TIMEOUT": "8",
            "PYTHONUNBUFFERED": "1",
            **{key: str(value) for key, value in extra.items()},
        }

    def start(self, *, beat: bool = False, **env) -> subprocess.Popen:
        number = len(self.processes) + 1
        command = [
            *(sys.executable, "-m", "celery", "-A", "tests.lms.operations.fault_app", "worker"),
            *("--pool", "prefork", "--concurrency", "1", "--loglevel", "info"),
            *("--without-heartbeat", "--without-mingle", "--without-gossip"),
            *("--hostname", f"fault{number}@%h"),
        ]
        if beat:
            command += ["--beat", "--schedule", str(self.folder / f"beat-{number}")]
        log = open(self.folder / f"worker-{number}.log", "w")  # noqa: SIM115 (closed by the OS)
        process = subprocess.Popen(
            command,
            cwd=REPO,
            env=self.env(**env),
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.processes.append(process)
        return process

    def kill9(self, process: subprocess.Popen):
        process_group_kill(process, signal.SIGKILL)

    def stop_all(self):
        for process in self.processes:
            process_group_kill(process, signal.SIGKILL)

    def logs(self) -> str:
        return "\n".join(
            f"--- {path.name}\n{path.read_text()[-4000:]}"
            for path in sorted(self.folder.glob("worker-*.log"))
        )

    def sent(self) -> list[str]:
        """The recipients of every message the workers sent, one entry a message."""
        files = sorted(self.mail.glob("*.eml")) if self.mail.exists() else []
        return sorted(
            line.removeprefix("To: ")
            for path in files
            for line in path.read_text().splitlines()
            if line.startswith("To: ")
        )

    def started(self, prefix: str) -> list[Path]:
        return sorted(self.markers.glob(f"{prefix}*")) if self.markers.exists() else []
