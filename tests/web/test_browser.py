"""The web page in a real headless Chromium (Debian's `chromium` + `chromium-driver`), via Selenium.

Missing browser pieces skip these tests, or fail them when CTKG_REQUIRE_BROWSER=1 (CI sets it).
Set CTKG_SCREENSHOTS=DIR to keep a screenshot of each scenario.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ctkg.query import catalogue
from tests.web.conftest import load_cases
from tests.web.server import Server

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
CHROME_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--window-size=1360,1000"]
WAIT = 30


def _missing() -> list[str]:
    missing = [f"{p} (apt-get install chromium chromium-driver)"
               for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    if importlib.util.find_spec("selenium") is None:
        missing.append("the selenium package (pip install 'ctkg[dev]')")
    return missing


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    missing = _missing()
    if missing:
        message = "browser tests need " + "; ".join(missing)
        if os.environ.get("CTKG_REQUIRE_BROWSER") == "1":
            pytest.fail(message + " (CTKG_REQUIRE_BROWSER=1)", pytrace=False)
        pytest.skip(message)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="ctkg-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in [*CHROME_FLAGS, f"--user-data-dir={profile}"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def _wait(driver: Any, condition: Any) -> Any:
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, WAIT).until(condition)


def _screenshot(driver: Any, name: str) -> None:
    folder = os.environ.get("CTKG_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(Path(folder) / f"{name}.png"))


def _type(element: Any, text: str) -> None:
    element.clear()
    element.send_keys(text)


@pytest.mark.parametrize("case", load_cases("contact"))
def test_contact_search(browser: Any, server: Server, case: dict[str, Any]) -> None:
    """Type a topic, press Enter: the page lists the right people, first one in full."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    browser.get(server.url)
    box = browser.find_element(By.ID, "contact-q")
    label = browser.find_element(By.CSS_SELECTOR, "label[for='contact-q']")
    assert label.text == "Topic, agency, acronym, instrument or phrase"
    _type(browser.find_element(By.ID, "contact-limit"), str(case["limit"]))
    _type(box, case["q"])
    box.send_keys(Keys.ENTER)
    status = browser.find_element(By.ID, "contact-status")
    _wait(browser, lambda d: "for “" in status.text or "error" in status.get_attribute("class"))
    assert status.text == f"{len(case['names'])} contact points for “{case['q']}”."
    names = [e.text for e in browser.find_elements(By.CSS_SELECTOR, ".contact-card .person-name")]
    assert names == case["names"]
    first = browser.find_elements(By.CSS_SELECTOR, ".contact-card")[0]
    text = first.text
    expected = case["first"]
    for key in ("title", "policy_area"):
        if key in expected:
            assert expected[key] in text
    assert f"({expected['organization_acronym']})" in text
    if "telephone_uri" in expected:
        tel = first.find_element(By.CSS_SELECTOR, "a.tel")
        assert tel.text == expected["telephone"]
        assert tel.get_attribute("href") == expected["telephone_uri"]
    if "email" in expected:
        mail = first.find_element(By.CSS_SELECTOR, "a.email")
        assert mail.text == expected["email"]
        assert mail.get_attribute("href") == "mailto:" + expected["email"]
    assert first.find_elements(By.CSS_SELECTOR, ".matched li")
    _screenshot(browser, f"contact-{case['q']}")


@pytest.mark.parametrize("case", load_cases("editor"))
def test_query_editor(browser: Any, server: Server, case: dict[str, Any]) -> None:
    """Pick a catalogue query (or type one), fill its parameters, run: the table has the answer."""
    from selenium.webdriver.common.by import By

    browser.get(server.url)
    editor = browser.find_element(By.ID, "query-text")
    assert browser.find_element(By.CSS_SELECTOR, "label[for='query-text']").text == "SPARQL query"
    if "catalogue" in case:
        known = {q.name: q for q in catalogue()}
        assert case["catalogue"] in known, f"no catalogue query {case['catalogue']!r}"
        browser.find_element(By.ID, f"catalogue-{case['catalogue']}").click()
        assert editor.get_attribute("value") == known[case["catalogue"]].text
        for name, value in case.get("params", {}).items():
            _type(browser.find_element(By.ID, f"param-{name}"), value)
    else:
        _type(editor, case["query"])
    browser.find_element(By.ID, "run-query").click()
    status = browser.find_element(By.ID, "query-status")
    _wait(browser, lambda d: " ms." in status.text or "Error" in status.text)
    assert "Error" not in status.text, status.text
    rows = browser.find_elements(By.CSS_SELECTOR, "#results-table tbody tr")
    assert len(rows) == case["rows"]
    cells = {e.text for e in browser.find_elements(By.CSS_SELECTOR, "#results-table td .value")}
    for expected in case["cells"]:
        assert expected in cells
    _screenshot(browser, f"editor-{case.get('catalogue', 'typed')}")


def test_editor_shows_errors(browser: Any, server: Server) -> None:
    """A malformed query and an update come back as readable messages, not a blank table."""
    from selenium.webdriver.common.by import By

    browser.get(server.url)
    editor = browser.find_element(By.ID, "query-text")
    status = browser.find_element(By.ID, "query-status")
    for text, words in [("SELECT * WHERE { ?s ?p }", "Error 400: SPARQL syntax error"),
                        ("INSERT DATA { <urn:a> <urn:b> <urn:c> }", "Error 403: this SPARQL "
                                                                     "endpoint is read-only")]:
        _type(editor, text)
        browser.find_element(By.ID, "run-query").click()
        _wait(browser, lambda d, w=words: w in status.text)
        assert browser.find_element(By.ID, "results-table").is_displayed() is False
