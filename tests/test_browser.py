"""A real headless Chromium opens a review page and the report (Debian's chromium + chromedriver).

`make test` runs `make browser` first, which installs them with apt-get; without them these tests
skip and say so.
"""

import shutil
import tempfile
from pathlib import Path

import pytest
from conftest import ROOT

CHROMIUM, DRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")

pytestmark = pytest.mark.skipif(not (CHROMIUM.exists() and DRIVER.exists()),
                                reason="no /usr/bin/chromium and /usr/bin/chromedriver: run `make browser` (apt-get)")


@pytest.fixture(scope="module")
def browser():
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="razmetka-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", f"--user-data-dir={profile}", "--window-size=1400,1000"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(str(DRIVER)), options=options)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    from test_review import HOSTILE

    from pipeline.batch import run
    from pipeline.report import write_report
    from pipeline.review import write_review

    tmp = tmp_path_factory.mktemp("site")
    (tmp / "in").mkdir()
    (tmp / "in" / "hostile.txt").write_text(HOSTILE, "utf-8")
    shutil.copy(ROOT / "corpus" / "000_5534d33d92921bbd.txt", tmp / "in" / "seed.txt")
    run([str(tmp / "in")], tmp / "out", progress=False)
    write_review(tmp / "out")
    write_report(tmp / "out")
    return tmp / "out"


def test_review_page_in_the_browser(browser, site):
    from selenium.webdriver.common.by import By

    browser.get((site / "review" / "seed.html").as_uri())
    people = browser.find_elements(By.CSS_SELECTOR, "#text .ent-PER")
    assert "Хикмет Гаджиев" in {p.text for p in people}
    claims = browser.find_elements(By.CSS_SELECTOR, "#claims li.claim-item")
    assert len(claims) > 20 and any("недоразумение" in c.text for c in claims)
    assert browser.find_elements(By.CSS_SELECTOR, "#text .furniture")
    assert browser.save_screenshot(str(site / "review.png"))


def test_hostile_article_stays_text(browser, site):
    from selenium.webdriver.common.by import By

    for page in (site / "review" / "hostile.html", site / "report.html"):
        browser.get(page.as_uri())
        assert browser.execute_script("return window.pwned === undefined")
    browser.get((site / "review" / "hostile.html").as_uri())
    text = browser.find_element(By.ID, "text").text
    assert "<script>window.pwned=1</script>" in text and "{{ 7*7 }}" in text
    assert not browser.find_elements(By.CSS_SELECTOR, "#text script, #text img")


def test_report_in_the_browser(browser, site):
    from selenium.webdriver.common.by import By

    browser.get((site / "report.html").as_uri())
    assert browser.find_element(By.ID, "documents").text == "2"
    plots = browser.find_elements(By.CSS_SELECTOR, "figure.plot svg")
    assert len(plots) >= 5
    assert any("Хикмет Гаджиев" in row.text for row in browser.find_elements(By.CSS_SELECTOR, "#claims-by-speaker tr"))
    assert browser.save_screenshot(str(site / "report.png"))
