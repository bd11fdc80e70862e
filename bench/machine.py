"""What the figures were measured on, and the RESULTS.md page."""

import os
import platform
import subprocess
from datetime import UTC, datetime

from . import db


def _proc_line(path: str, prefix: str) -> str | None:
    try:
        with open(path, encoding="utf-8") as lines:
            return next((line for line in lines if line.startswith(prefix)), None)
    except OSError:
        return None


def _cpu_model() -> str:
    line = _proc_line("/proc/cpuinfo", "model name")
    return line.split(":", 1)[1].strip() if line else platform.processor() or "unknown"


def _memory_gib() -> str:
    line = _proc_line("/proc/meminfo", "MemTotal")
    return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB" if line else "unknown"


def _commit() -> str:
    try:
        return subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def description(url: str) -> list[str]:
    return [
        f"- Date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, commit {_commit()}",
        f"- CPU: {_cpu_model()}, {os.cpu_count()} cores; RAM {_memory_gib()}",
        f"- Python {platform.python_version()}, PostgreSQL {db.server_version(url)}, "
        f"{platform.system()} {platform.release()}",
    ]


def results_markdown(results, *, config, elapsed: float, url: str) -> str:
    sizes = ", ".join(f"{size:,}" for size in config.hr_sizes)
    lines = [
        "# Benchmark results",
        "",
        "Written by `make bench` (`bench/run.py`); bench/README.md explains each line.",
        "",
        *description(url),
        f"- Run: {'quick' if config.quick else 'full'}; HR sizes {sizes} ambassadors; "
        f"{config.certificates} certificates; {elapsed:.0f} s in all.",
        "- The machine is shared: other people's test runs may have used the same two cores "
        "during the run, so absolute times are noisy; ratios to a reference measured in the "
        "same run are the figures to compare.",
        "",
        results.markdown(),
        "## Notes",
        "",
        *[f"- {note}" for note in results.notes],
        "",
        f"{len(results.missed)} goal(s) missed.",
        "",
    ]
    return "\n".join(lines)
