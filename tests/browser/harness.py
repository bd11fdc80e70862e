"""Browser journeys: Debian's chromium, driven by Playwright, against pytest-django's live server.

Fixtures for a journey: `browser_page` (a fresh French-speaking browser tab on the live server,
once per viewport in VIEWPORTS) and `login_as(page, user)`. A failed journey leaves a screenshot
and the page's HTML in test-artifacts/browser/<test id>/.
"""

import re
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import expect

from django.conf import settings
from django.test import Client

from lms.site_setup import site_install
from tests.browser.accessibility import axe_route

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-gpu",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
VIEWPORTS = {
    "desktop": {"width": 1280, "height": 800},
    "phone": {"width": 360, "height": 740},
}
# Long enough for a cold Wagtail admin on a busy 2-core machine, short enough to fail fast.
TIMEOUT_MS = 10_000
ARTIFACTS = Path("test-artifacts", "browser")  # under the repository root (pytest's rootpath)


def browser_tests_skip_without_chromium(items) -> None:
    if CHROMIUM.exists():
        return
    skip = pytest.mark.skip(reason=f"{CHROMIUM} is missing: apt-get install -y chromium")
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    page = item.funcargs.get("browser_page") if hasattr(item, "funcargs") else None
    if report.failed and report.when in ("setup", "call") and page and not page.is_closed():
        folder = artifacts_save(item, page)
        report.sections.append(("browser artifacts", f"screenshot and HTML in {folder}"))
        reporter = item.config.pluginmanager.get_plugin("terminalreporter")
        if reporter:
            reporter.write_line(f"\nbrowser artifacts: {folder}")
    return report


def artifacts_save(item, page) -> Path:
    """Keep what the browser showed when a journey failed.

    test_accounts.py::test_logout[phone] -> <artifacts>/test_accounts.py-test_logout-phone/
    """
    name = re.sub(r"[^\w.-]+", "-", item.nodeid.split("tests/browser/")[-1]).strip("-")
    folder = item.config.rootpath / ARTIFACTS / name
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    try:
        page.screenshot(path=folder / "screenshot.png", full_page=True)
        (folder / "page.html").write_text(f"<!-- {page.url} -->\n{page.content()}")
    except Exception as error:  # the page may have crashed; say so rather than hide the failure
        (folder / "error.txt").write_text(repr(error))
    return folder


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an asyncio loop in this thread, so Django would refuse the
    # tests' own ORM calls ("async context"); the tests are plain synchronous code.
    with pytest.MonkeyPatch.context() as patch, sync_playwright() as playwright:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def site_pages(transactional_db):
    """The French and English home pages, inside the live server's database.

    A transactional test ends with a flush, which also removes Wagtail's root page that the
    migrations created; put it back before installing the site.
    """
    return site_install()


@pytest.fixture(params=list(VIEWPORTS))
def viewport(request):
    """Each journey runs twice: desktop 1280x800 and phone 360x740."""
    return request.param


@pytest.fixture
def browser_page(browser, live_server, site_pages, viewport):
    """A fresh tab (own cookies) on the live server; visitors read French unless they switch.

    The journey also fails if a script crashes or the Content-Security-Policy blocks something:
    in production that is a broken page.
    """
    context = browser.new_context(
        base_url=live_server.url, viewport=VIEWPORTS[viewport], locale="fr-FR"
    )
    context.set_default_timeout(TIMEOUT_MS)
    expect.set_options(timeout=TIMEOUT_MS)
    axe_route(context)
    page = context.new_page()
    problems = []
    page.on("pageerror", lambda error: problems.append(f"script error: {error}"))
    page.on("console", lambda message: problems.extend(csp_violations(page, message)))
    yield page
    context.close()
    assert not problems, "the browser reported:\n" + "\n".join(problems)


def csp_violations(page, message) -> list[str]:
    if message.type == "error" and "Content Security Policy" in message.text:
        return [f"{page.url}: {message.text}"]
    return []


@pytest.fixture
def login_as(live_server):
    """Log `user` in for `page` without the login form: a server-side session in its cookie."""

    def login(page, user):
        client = Client()
        client.force_login(user)
        session = client.cookies[settings.SESSION_COOKIE_NAME].value
        page.context.add_cookies(
            [{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": live_server.url}]
        )

    return login
