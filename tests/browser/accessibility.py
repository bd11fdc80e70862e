"""axe-core (vendored, see vendor/LICENSE) run inside the page under test."""

from pathlib import Path

AXE = Path(__file__).resolve().parent / "vendor" / "axe.min.js"
AXE_URL = "/__browser-tests__/axe.min.js"  # never reaches Django: see axe_route
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
BLOCKING_IMPACTS = {"serious", "critical"}

RUN_AXE = """async (tags) => {
  const results = await axe.run(document, {
    runOnly: {type: "tag", values: tags},
    resultTypes: ["violations"],
  });
  return results.violations.map((v) => ({
    id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
    targets: v.nodes.map((node) => node.target.flat(Infinity).join(" >> ")),
  }));
}"""


# axe accepts an aria-describedby that points at a missing or empty element; a screen reader
# then silently drops the help or error text it was meant to announce.
BROKEN_DESCRIPTIONS = """() => [...document.querySelectorAll("[aria-describedby]")].flatMap((el) =>
  el.getAttribute("aria-describedby").split(/\\s+/).filter(Boolean)
    .filter((id) => !(document.getElementById(id)?.textContent.trim()))
    .map((id) => `#${el.id || el.tagName.toLowerCase()} -> #${id}`))"""
# WCAG 1.4.10 Reflow: at 320-360 CSS px nothing may need scrolling sideways.
PAGE_WIDER_THAN_VIEWPORT = "() => document.documentElement.scrollWidth > window.innerWidth"


def accessibility_violations(page) -> list[dict]:
    """WCAG 2 A/AA violations axe finds in the page as it is now, every impact, once the page
    has loaded: a journey may look for a heading right after a click, before the stylesheet
    applies, and an unstyled page breaks target sizes and contrast that the real one keeps."""
    page.wait_for_load_state("load")
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        # window.axe stays; the tag goes, so a failure's saved HTML is the page's own.
        page.add_script_tag(url=AXE_URL).evaluate("script => script.remove()")
    return page.evaluate(RUN_AXE, WCAG_TAGS)


def axe_route(context):
    """Answer AXE_URL with the vendored file, in place of the live server.

    axe then loads as a same-origin script, which the site's Content-Security-Policy allows,
    so the CSP stays on during journeys, as in production.
    """
    context.route(f"**{AXE_URL}", lambda route: route.fulfill(path=AXE))


def assert_accessible(page):
    """Fail on any serious or critical WCAG 2 A/AA violation, listing each one readably.

    Also checks two things axe lets through: descriptions that point nowhere, and a page
    that scrolls sideways.
    """
    blocking = [v for v in accessibility_violations(page) if v["impact"] in BLOCKING_IMPACTS]
    assert not blocking, f"axe: accessibility violations on {page.url}\n" + "\n".join(
        violation_describe(v) for v in blocking
    )
    broken = page.evaluate(BROKEN_DESCRIPTIONS)
    assert not broken, f"aria-describedby points at a missing or empty element: {broken}"
    assert not page.evaluate(PAGE_WIDER_THAN_VIEWPORT), (
        f"{page.url} scrolls sideways at {page.viewport_size['width']}px (WCAG 1.4.10 Reflow)"
    )


def violation_describe(violation: dict) -> str:
    targets = "".join(f"\n      {target}" for target in violation["targets"])
    return (
        f"  - {violation['id']} ({violation['impact']}): {violation['help']}"
        f"\n    {violation['helpUrl']}{targets}"
    )
