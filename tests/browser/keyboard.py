"""Keyboard-only use: reach a control with Tab, as a person without a mouse does."""

from playwright.sync_api import expect

# More Tab presses than any of the site's pages needs to cross its header and a form.
MAX_TABS = 40


def press_until_focused(page, target, *, key: str = "Tab", limit: int = MAX_TABS) -> int:
    """Press `key` until `target` (a locator) has the focus; fail if it never gets it.

    Returns the number of presses, so a journey can also bound how far a control sits.
    """
    target.wait_for()
    for presses in range(1, limit + 1):
        page.keyboard.press(key)
        if target.evaluate("element => element === document.activeElement"):
            return presses
    expect(target).to_be_focused(timeout=1)  # fails with Playwright's own description
    return limit
