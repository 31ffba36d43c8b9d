"""Drives the search page in headless Chromium: a search shows the hits the API gives, a facet
click narrows them to the hits of the filtered search, highlights mark the query's word, and a
screenshot (desktop and phone width) is kept as an artifact.

Usage: serve_page.py URL EXPECTED.json SCREENSHOT_DIR
EXPECTED holds {"query", "facet_kind", "facet_id", "all_ids", "narrowed_ids", "complete_typed",
"complete_id", "complete_articles", "complete_ids"}; or, for the paging and month-bar checks,
{"paging": true, "query", "page1_ids", "page2_ids", "month", "month_ids"}; or, for collapsed
copies, {"stories": true, "query", "ids", "similar"}: computed by the calling script with
mss-search, not with the page or the server."""
import json
import sys

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

url, expected_path, shots = sys.argv[1:4]
with open(expected_path, encoding="utf-8") as f:
    expected = json.load(f)
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message, file=sys.stderr)


options = Options()
for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--window-size=1280,900"):
    options.add_argument(argument)
options.binary_location = "/usr/bin/chromium"
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
try:
    wait = WebDriverWait(driver, 20)

    def shown_ids():
        # One script reads every id at once: reading element by element races the page redrawing
        # the list (a stale element) while an answer arrives.
        return driver.execute_script(
            "return Array.from(document.querySelectorAll('#hits .hit'), h => h.dataset.id)")

    def drawn():
        return driver.execute_script("return document.getElementById('hits').getAttribute('aria-busy')") == "false"

    if expected.get("stories"):
        # A story's copies are collapsed under the best-ranked one, which says so as mss-search
        # does ("+1 similar: Source").
        driver.get(url + "/?q=" + expected["query"])
        wait.until(lambda d: drawn() and len(shown_ids()) > 0)
        check(shown_ids() == expected["ids"], f"hits {shown_ids()} != {expected['ids']}")
        lines = driver.execute_script(
            "return Array.from(document.querySelectorAll('#hits .hit'), "
            "h => { const s = h.querySelector('.similar'); return s ? s.textContent : ''; })")
        check(lines == expected["similar"], f"similar lines {lines} != {expected['similar']}")
        driver.save_screenshot(shots + "/serve_page_similar.png")
        driver.quit()
        sys.exit(1 if failures else 0)

    if expected.get("paging"):
        # Paging, then a click on a month bar narrows the dates to that month.
        driver.get(url + "/?q=" + expected["query"])
        wait.until(lambda d: drawn() and len(shown_ids()) > 0)
        check(shown_ids() == expected["page1_ids"], f"page 1 {shown_ids()} != {expected['page1_ids']}")
        driver.find_element(By.CSS_SELECTOR, '#pager button[data-page="next"]').click()
        wait.until(lambda d: "offset=" in d.current_url and drawn() and shown_ids() != expected["page1_ids"])
        check(shown_ids() == expected["page2_ids"], f"page 2 {shown_ids()} != {expected['page2_ids']}")
        bars = [b.get_attribute("data-month") for b in driver.find_elements(By.CSS_SELECTOR, "#histogram .bar")]
        check(expected["month"] in bars, f"month bars {bars}")
        driver.find_element(By.CSS_SELECTOR, f'#histogram .bar[data-month="{expected["month"]}"]').click()
        wait.until(lambda d: "from=" in d.current_url and "offset=" not in d.current_url and drawn()
                   and shown_ids() not in (expected["page1_ids"], expected["page2_ids"]))
        check(shown_ids() == expected["month_ids"], f"month {shown_ids()} != {expected['month_ids']}")
        driver.save_screenshot(shots + "/serve_page_month.png")
        driver.quit()
        sys.exit(1 if failures else 0)

    driver.get(url + "/")
    box = driver.find_element(By.ID, "q")
    box.send_keys(expected["query"])
    driver.find_element(By.CSS_SELECTOR, "#search-form button[type=submit]").click()
    wait.until(lambda d: drawn() and len(shown_ids()) > 0)
    check(shown_ids() == expected["all_ids"], f"hits {shown_ids()} != {expected['all_ids']}")
    check("q=" in driver.current_url, f"the query is not in the URL: {driver.current_url}")
    marks = [m.text.lower() for m in driver.find_elements(By.CSS_SELECTOR, "#hits mark")]
    check(marks and all(expected["query"].lower() in m for m in marks),
          f"highlights do not mark '{expected['query']}': {marks}")
    driver.save_screenshot(shots + "/serve_page_search.png")

    selector = f'a[data-facet="{expected["facet_kind"]}"][data-id="{expected["facet_id"]}"]'
    driver.find_element(By.CSS_SELECTOR, selector).click()
    wait.until(lambda d: expected["facet_id"] in d.current_url and drawn() and shown_ids() != expected["all_ids"])
    check(shown_ids() == expected["narrowed_ids"],
          f"after the facet click, hits {shown_ids()} != {expected['narrowed_ids']}")
    chips = [c.get_attribute("data-filter") for c in driver.find_elements(By.CSS_SELECTOR, "#filters .chip")]
    check(chips == [expected["facet_parameter"]], f"filter chips {chips}")
    driver.save_screenshot(shots + "/serve_page_facet.png")

    # The URL alone restores the search: a bookmarked page shows the same narrowed hits.
    bookmarked = driver.current_url
    driver.get("about:blank")
    driver.get(bookmarked)
    wait.until(lambda d: drawn() and len(shown_ids()) > 0)
    check(shown_ids() == expected["narrowed_ids"], f"the bookmarked URL shows {shown_ids()}")

    # Typing the start of a name offers the entity with its article count; choosing it searches
    # for the name with the entity as a filter.
    driver.get(url + "/")
    driver.find_element(By.ID, "q").send_keys(expected["complete_typed"])
    offer = f'#suggestions li[data-id="{expected["complete_id"]}"]'
    wait.until(lambda d: d.execute_script(
        f"const o = document.querySelector('{offer}'); return o !== null && !o.closest('[hidden]')"))
    offered = driver.find_element(By.CSS_SELECTOR, offer).text
    check(offered.endswith(f"person \u00b7 {expected['complete_articles']}"),
          f"the completion reads {offered!r}, not {expected['complete_articles']} articles")
    # The list acts on mousedown (before the box loses focus), as a person's click starts.
    driver.execute_script(
        "arguments[0].dispatchEvent(new MouseEvent('mousedown', {bubbles: true, cancelable: true}))",
        driver.find_element(By.CSS_SELECTOR, offer))
    wait.until(lambda d: expected["complete_id"] in d.current_url and drawn() and len(shown_ids()) > 0)
    check(shown_ids() == expected["complete_ids"],
          f"after choosing the completion, hits {shown_ids()} != {expected['complete_ids']}")

    # Phone width: the page fits without sideways scrolling.
    driver.set_window_size(390, 844)
    width = driver.execute_script("return document.documentElement.scrollWidth")
    check(width <= 390, f"page is {width} px wide at phone width")
    driver.save_screenshot(shots + "/serve_page_phone.png")
finally:
    driver.quit()
sys.exit(1 if failures else 0)
