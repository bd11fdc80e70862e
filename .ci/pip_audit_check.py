"""Known vulnerabilities in the pinned dependencies (constraints.txt), with pip-audit and OSV.

Exit 0: nothing found beyond the reviewed baseline (.ci/pip-audit-baseline.txt), or the
vulnerability service could not be reached (a loud warning says the audit did NOT run).
Exit 1: a finding not in the baseline, or pip-audit failed for another reason.

Usage: .venv/bin/python .ci/pip_audit_check.py [constraints.txt]
"""

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASELINE = ROOT / ".ci" / "pip-audit-baseline.txt"
UNREACHABLE = re.compile(
    r"ConnectionError|NameResolutionError|Max retries exceeded|timed out|Temporary failure in "
    r"name resolution|Network is unreachable|ProxyError|SSLError|ServiceError",
)


def baseline_ids(path: Path = BASELINE) -> list[str]:
    """One vulnerability id per line, then '#' and why it is accepted; '#' lines are notes."""
    ids = []
    for line in path.read_text().splitlines() if path.exists() else []:
        entry = line.split("#", 1)[0].strip()
        if entry:
            ids.append(entry)
    return ids


def findings(report: str) -> list[str]:
    rows = []
    for dependency in json.loads(report).get("dependencies", []):
        for vuln in dependency.get("vulns", []):
            fixed = ", ".join(vuln.get("fix_versions") or []) or "no fix yet"
            rows.append(f"{dependency['name']} {dependency['version']}: {vuln['id']} ({fixed})")
    return rows


def classify(returncode: int, report: str, stderr: str) -> tuple[int, str]:
    """(exit code, message) for a pip-audit run."""
    if returncode == 0:
        return 0, "pip-audit: no known vulnerability outside the reviewed baseline."
    if report.strip():
        rows = findings(report)
        if rows:
            return 1, "pip-audit found vulnerabilities not in the baseline:\n  " + "\n  ".join(rows)
    if UNREACHABLE.search(stderr):
        return 0, (
            "WARNING: the vulnerability service could not be reached; the dependencies were "
            "NOT audited. Run `.venv/bin/python .ci/pip_audit_check.py` where the network "
            "reaches it before releasing."
        )
    return 1, "pip-audit failed:\n" + stderr[-3000:]


def main(requirements: str = "constraints.txt") -> int:
    ignored = [arg for vuln in baseline_ids() for arg in ("--ignore-vuln", vuln)]
    with tempfile.NamedTemporaryFile(suffix=".json") as output:
        command = [
            str(Path(sys.executable).with_name("pip-audit")),
            "--requirement",
            str(ROOT / requirements),
            "--no-deps",
            "--disable-pip",
            "--vulnerability-service",
            "osv",
            "--progress-spinner",
            "off",
            "--format",
            "json",
            "--output",
            output.name,
            *ignored,
        ]
        run = subprocess.run(command, capture_output=True, text=True, timeout=900)  # noqa: S603
        code, message = classify(run.returncode, Path(output.name).read_text(), run.stderr)
    print(message)
    return code


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
