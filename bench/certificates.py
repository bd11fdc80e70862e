"""Certificates: our whole issue path (task, template, QR code, PDF stored, email queued)
against a bare WeasyPrint render of the same HTML, then a batch rendered by two Celery worker
processes, with their memory as the batch goes."""

import os
import subprocess
import sys
import time
from pathlib import Path

from django.conf import settings
from django.utils import translation

from lms.models import User

from .data import users_create
from .measure import MISSED, NOT_AVAILABLE, OK, Row, median, ms, timed

SECTION = "Certificates"
MAX_RATIO = 1.2
MAX_MEMORY_GROWTH = 1.25  # last RSS of a worker against its RSS once 10 % were done
REPO = Path(__file__).resolve().parent.parent


def _certificates_create(*, count: int, organisation, programme, prefix: str) -> list[int]:
    from lms.certification.models import Certificate

    ids = users_create(count=count, organisation=organisation, prefix=prefix)
    created = Certificate.objects.bulk_create(
        Certificate(user=user, programme=programme, organisation=organisation,
                    recipient_name=user.get_full_name(), certification_name=programme.title)
        for user in User.objects.filter(pk__in=ids).order_by("pk")
    )  # fmt: skip
    return [certificate.pk for certificate in created]


def _bare_html(certificate_id: int) -> str:
    """The HTML our path renders for this certificate, built the same way, as one standalone
    document: the stylesheet our path gives WeasyPrint parsed is inlined here, so the bare
    render parses it as any document's <style>."""
    from lms.certification.models import Certificate
    from lms.certification.pdf import certificate_html
    from lms.certification.services import certificate_pdf_context

    certificate = Certificate.objects.select_related("user").get(pk=certificate_id)
    with translation.override(certificate.user.language or settings.LANGUAGE_CODE):
        context = certificate_pdf_context(certificate=certificate)
        return certificate_html(context=context, standalone=True)


def _issue_path_against_bare(world, results, config) -> float:
    """Median seconds of one bare render (the reference for the batch too)."""
    from weasyprint import HTML

    from lms.certification.tasks import certificate_render_pdf

    ids = _certificates_create(count=config.certificate_renders + 2, prefix="cert-single-",
                               organisation=world.ambassador.organisation,
                               programme=world.programme)  # fmt: skip
    htmls = {pk: _bare_html(pk) for pk in ids}
    bare, ours = [], []
    for index, pk in enumerate(ids):
        bare_time = timed(
            lambda h=htmls[pk]: HTML(string=h, base_url=settings.SITE_BASE_URL).write_pdf()
        )
        our_time = timed(lambda pk=pk: certificate_render_pdf.apply(args=[pk], throw=True))
        if index >= 2:  # the first two warm up fonts and templates
            bare.append(bare_time)
            ours.append(our_time)
    ratio = median(ours) / median(bare)
    results.add(
        Row(SECTION, "issue path: task, template, QR, PDF stored, email queued",
            figure=f"p50 {ms(median(ours))}", reference=f"bare WeasyPrint p50 {ms(median(bare))}",
            ratio=ratio, goal=f"<= {MAX_RATIO}x", status=OK if ratio <= MAX_RATIO else MISSED)
    )  # fmt: skip
    return median(bare)


def _children(pid: int) -> list[int]:
    try:
        out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True,
                             text=True, check=False).stdout  # fmt: skip
    except OSError:
        return []
    return [int(line) for line in out.split()]


def _rss_mib(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status", encoding="utf-8") as status:
            for line in status:
                if line.startswith("VmRSS"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _worker(env):
    celery = Path(sys.executable).parent / "celery"
    command = [str(celery), "-A", "lms", "worker", "--concurrency", "2", "--pool", "prefork",
               "--loglevel", "warning", "--without-gossip", "--without-mingle",
               "--without-heartbeat", "-n", f"bench-{os.getpid()}@%h"]  # fmt: skip
    return subprocess.Popen(command, env=env, cwd=REPO)


def _batch(world, results, config, bare_median: float) -> None:
    from lms.celery import app
    from lms.certification.models import Certificate
    from lms.certification.tasks import certificate_render_pdf

    count = config.certificates
    ids = _certificates_create(count=count, prefix="cert-batch-",
                               organisation=world.ambassador.organisation,
                               programme=world.programme)  # fmt: skip
    app.control.purge()
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "bench.settings"}
    worker = _worker(env)
    try:
        deadline = time.monotonic() + 60
        while len(_children(worker.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.5)
        time.sleep(2)
        rss_at = {}
        peak = 0.0
        started = time.perf_counter()
        for pk in ids:
            certificate_render_pdf.delay(pk)
        done = 0
        deadline = time.monotonic() + max(600, count * 5)
        while done < count and time.monotonic() < deadline:
            time.sleep(0.5)
            done = Certificate.objects.filter(pk__in=ids).exclude(pdf="").count()
            rss = [_rss_mib(pid) for pid in _children(worker.pid)]
            peak = max([peak, *rss])
            if done >= count * 0.1 and "early" not in rss_at:
                rss_at["early"] = max(rss, default=0.0)
            rss_at["late"] = max(rss, default=0.0)
        elapsed = time.perf_counter() - started
    finally:
        worker.terminate()
        try:
            worker.wait(timeout=30)
        except subprocess.TimeoutExpired:
            worker.kill()
    ideal = count * bare_median / 2
    per_minute = done / elapsed * 60
    results.add(
        Row(SECTION, f"{count} certificates, 2 worker processes",
            figure=f"{done} in {elapsed:.1f} s ({per_minute:.0f}/min)",
            reference=f"bare renders / 2: {ideal:.1f} s", ratio=elapsed / ideal,
            goal="all rendered", status=OK if done == count else MISSED)
    )  # fmt: skip
    early, late = rss_at.get("early", 0.0), rss_at.get("late", 0.0)
    flat = early > 0 and late <= early * MAX_MEMORY_GROWTH
    results.add(
        Row(SECTION, "worker memory over the batch (largest of the two)",
            figure=f"{early:.0f} MiB at 10 % -> {late:.0f} MiB at the end, peak {peak:.0f} MiB",
            reference=f"{early:.0f} MiB", ratio=late / early if early else None,
            goal=f"flat (<= {MAX_MEMORY_GROWTH}x)", status=OK if flat else MISSED)
    )  # fmt: skip


def run(world, results, config) -> None:
    try:
        from lms.certification.tasks import certificate_render_pdf  # noqa: F401
    except ImportError:
        results.add(Row(SECTION, "certificates", figure="lms.certification is not there yet",
                        status=NOT_AVAILABLE))  # fmt: skip
        return
    bare_median = _issue_path_against_bare(world, results, config)
    _batch(world, results, config, bare_median)
    results.notes.append(
        f"Certificates: {config.certificate_renders} single renders interleaved with bare "
        "WeasyPrint renders of the same HTML (after 2 warm-ups); then a batch queued on Redis "
        "to `celery worker --concurrency 2` (prefork, no --max-tasks-per-child, so a leak "
        "would show), RSS of the two worker processes sampled every 0.5 s."
    )
