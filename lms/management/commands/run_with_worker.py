import atexit
import os
import subprocess
import sys

from django.contrib.staticfiles.management.commands.runserver import Command as RunserverCommand


class Command(RunserverCommand):
    help = "Serve the site and start a Celery worker (with beat) beside it, for local use."

    def add_arguments(self, parser):
        super().add_arguments(parser)
        parser.add_argument("--port", dest="port", default=os.environ.get("PORT", "8000"))

    def handle(self, *args, **options):
        # The autoreloader re-runs this command in a child process; start the worker once.
        if os.environ.get("RUN_MAIN") != "true":
            worker = subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "celery",
                    "-A",
                    "lms",
                    "worker",
                    "--beat",
                    "--loglevel",
                    "info",
                    "--concurrency",
                    "2",
                ],
            )
            atexit.register(worker.terminate)
        options["addrport"] = options.get("addrport") or f"127.0.0.1:{options.pop('port')}"
        super().handle(*args, **options)
