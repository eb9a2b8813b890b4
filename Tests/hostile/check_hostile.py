#!/usr/bin/env python3
"""Hostile-input check for `briefing build` (make check-hostile).

Builds a corpus of malicious and malformed articles, runs the built binary on it and asserts:
exit 0; a warning naming each bad file; no script-execution vector in any HTML page (parsed,
not grepped); nothing written outside the output folder; the previous site intact after
`kill -9` at random moments of a rebuild. Prints one line per attack with its result and
ends with 'N passed, M failed'.
"""
import hashlib, html.parser, json, os, random, signal, subprocess, sys, tempfile, time

BIN = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".build/debug/briefing")
results = []


def record(name, ok, detail=""):
    results.append((name, ok))
    print(f"{'PASS' if ok else 'FAIL'}  {name}{(' — ' + detail) if detail else ''}")


XSS = '<script>alert(1)</script><img src=x onerror=alert(2)><a href="javascript:alert(3)">j</a><a href="data:text/html,<script>alert(4)</script>">d</a><svg onload=alert(5)><style>body{background:expression(alert(6))}</style>'

WIRE = """{title}

{deck}

{author}

{outlet}

{caption} (Yonhap)

April 17, 2025

SEOUL – {lead}, a think tank said Wednesday.

"{quote}," said Defense Minister {speaker}.

The report counted {figure} troops in {month}.
"""


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def corpus(root, outside):
    """Returns {relative path: expected outcome} where outcome is 'built' or 'warned'."""
    files = {}
    inj = WIRE.format(title="Headline " + XSS, deck="Deck " + XSS + ".", author="By Evil <b>Author</b>",
                      outlet="The <script>x</script> Times", caption="Photo " + XSS + " in this photo taken on April 4, 2025.",
                      lead="Lead " + XSS, quote="Quote " + XSS, speaker="Kim <img src=x onerror=alert(7)>",
                      figure="15,000", month="January")
    write(f"{root}/inject-fields.txt", inj); files["inject-fields.txt"] = "built"
    write(f"{root}/template-{{{{x}}}}.txt", WIRE.format(title="{{#x}}Tmpl {{{raw}}} {{> layout}}", deck="{{title}} deck.", author="By {{author}}",
          outlet="The Korea Herald", caption="{{caption}} in this photo taken on April 4, 2025.", lead="{{lead}}",
          quote="{{{quote}}}", speaker="{{speaker}}", figure="3,000", month="March")); files["template-{{x}}.txt"] = "built"
    fm = f"""---
title: "FM {XSS.replace('"', "'")}"
slug: ../../../../escaped
authors: ["<script>alert(8)</script>"]
outlet: "<iframe src=javascript:alert(9)>"
source_url: "javascript:alert(10)"
tags: ["<b>t</b>", "{{{{x}}}}"]
summary: "<script>alert(11)</script>"
---
Body with <script>alert(12)</script> raw HTML and [a link](javascript:alert(13)) and ![img](data:image/svg+xml,<svg onload=alert(14)>).

<div onclick="alert(15)">block html</div>
"""
    write(f"{root}/front-matter-inject.md", fm); files["front-matter-inject.md"] = "built"
    write(f"{root}/abs-slug.md", "---\ntitle: Absolute slug\nslug: /etc/passwd\n---\nText of the article goes here.\n"); files["abs-slug.md"] = "built"
    write(f"{root}/collide-1.md", "---\ntitle: Same\nslug: same\n---\nFirst article body.\n"); files["collide-1.md"] = "built"
    write(f"{root}/collide-2.md", "---\ntitle: Same\nslug: same\n---\nSecond article body.\n"); files["collide-2.md"] = "built"
    write(f"{root}/name with spaces é ü 日本 #?%&;.txt", WIRE.format(title="Spaces", deck="d.", author="Jane Doe", outlet="AP", caption="c in this photo taken on April 4, 2025.", lead="lead", quote="q q q q", speaker="Lee Min", figure="12", month="May")); files["name with spaces é ü 日本 #?%&;.txt"] = "built"
    write(f"{root}/empty.txt", b""); files["empty.txt"] = "warned"
    write(f"{root}/whitespace.txt", b"  \n\t\n   \n"); files["whitespace.txt"] = "warned"
    write(f"{root}/binary.txt", bytes(range(256)) * 8); files["binary.txt"] = "warned"
    write(f"{root}/invalid-utf8.txt", b"Invalid \xff\xfe bytes headline\n\nSEOUL \xe2\x80\x93 Body \xc3\x28 text here, officials said Monday.\n"); files["invalid-utf8.txt"] = "warned"
    write(f"{root}/utf16.txt", "UTF-16 headline\n\nSEOUL – Body in UTF-16 said Monday.\n".encode("utf-16")); files["utf16.txt"] = "built"
    write(f"{root}/bom-crlf.txt", b"\xef\xbb\xbfBOM CRLF headline\r\n\r\nSEOUL \xe2\x80\x93 Body with CRLF said Monday.\r\n"); files["bom-crlf.txt"] = "built"
    write(f"{root}/huge-line.txt", b"A" * (20 << 20)); files["huge-line.txt"] = "warned"
    write(f"{root}/many-paragraphs.txt", "Many paragraphs\n\n" + "\n\n".join(f"Paragraph {i} says \"hello there friend\", Kim said." for i in range(10000))); files["many-paragraphs.txt"] = "built"
    deep = "/".join(f"d{i}" for i in range(60))
    write(f"{root}/{deep}/deep.txt", "Deep headline\n\nSEOUL – Deeply nested body said Monday.\n"); files[f"{deep}/deep.txt"] = "built"
    write(f"{root}/bad-yaml.md", "---\ntitle: [unclosed\nslug: x\n---\nBody.\n"); files["bad-yaml.md"] = "warned"
    write(f"{outside}/secret.txt", "SECRET outside the input folder\n\nSEOUL – secret said Monday.\n")
    os.symlink(f"{outside}/secret.txt", f"{root}/link-outside.txt"); files["link-outside.txt"] = "warned"
    os.symlink(outside, f"{root}/dir-link-outside"); files["dir-link-outside"] = "warned"
    return files


class Scanner(html.parser.HTMLParser):
    """Collects script-execution vectors from a page."""
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []
        self.script_type = ""

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            value = (value or "").strip().lower()
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=…>")
            if name in ("href", "src", "action", "formaction", "xlink:href") and (value.startswith("javascript:") or value.startswith("vbscript:") or (value.startswith("data:") and tag != "img")):
                self.problems.append(f"<{tag} {name}={value[:30]}>")
            if name == "style" and "expression(" in value:
                self.problems.append(f"<{tag} style=expression>")
        if tag in ("iframe", "object", "embed", "base"):
            self.problems.append(f"<{tag}>")
        if tag == "form" and dict(attrs).get("action") != "search.html":
            self.problems.append("<form> from input")
        if tag == "script":
            src = dict(attrs).get("src") or ""
            if src and not src.startswith(("assets/", "../assets/", "../../assets/", "search", "../search")):
                self.problems.append(f"<script src={src}>")
        if tag == "svg" and dict(attrs).get("class") != "chart":
            self.problems.append("<svg> from input")
        if tag == "script":
            self.script_type = dict(attrs).get("type") or "text/javascript"

    def handle_data(self, data):
        if self.lasttag == "script":
            # JSON-LD is data, never run; it must still not be able to close its element.
            if self.script_type == "application/ld+json":
                if "</" in data:
                    self.problems.append("JSON-LD that closes its script element")
            elif "alert(" in data:
                self.problems.append("inline script with input text")
        if self.lasttag == "style" and "expression(" in data:
            self.problems.append("style expression")


def tree(path):
    out = {}
    for dirpath, dirnames, filenames in os.walk(path):
        for name in filenames:
            full = os.path.join(dirpath, name)
            if os.path.islink(full):
                continue
            with open(full, "rb") as f:
                out[os.path.relpath(full, path)] = hashlib.sha256(f.read()).hexdigest()
    return out


def serve_under_load(input_dir, output, templates, seconds=30, connections=64, limit_mib=512):
    """wrk against `briefing serve` on 127.0.0.1 (bounded), a traversal attempt, then a failed rebuild."""
    import shutil, socket, urllib.request
    if not shutil.which("wrk"):
        record("serve under load (wrk not installed)", False)
        return
    os.makedirs(templates, exist_ok=True)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([BIN, "serve", "--input", input_dir, "--output", output, "--templates", templates, "--port", str(port), "--force"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            try:
                urllib.request.urlopen(base + "/index.html", timeout=1).read()
                break
            except Exception:
                time.sleep(0.2)
        traversal = subprocess.run(["curl", "-s", "-o", "/dev/null", "-w", "%{http_code}", "--path-as-is", base + "/%2e%2e/%2e%2e/etc/passwd"], capture_output=True, text=True).stdout
        record("serve refuses encoded traversal", traversal == "403", traversal)
        run = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", "5s", "--latency", base + "/briefs/story-7.html"], capture_output=True, text=True)
        out = run.stdout
        errors = [l.strip() for l in out.splitlines() if "Socket errors" in l or "Non-2xx" in l]
        rate = next((l.split()[1] for l in out.splitlines() if l.startswith("Requests/sec")), "?")
        peak_kib = int(next(l.split()[1] for l in open(f"/proc/{proc.pid}/status") if l.startswith("VmHWM")))
        record(f"serve under wrk ({connections} connections, {seconds} s): no errors, {rate} requests/s", run.returncode == 0 and not errors, "; ".join(errors))
        record(f"serve peak memory {peak_kib // 1024} MiB within {limit_mib} MiB", peak_kib // 1024 <= limit_mib)
        with open(os.path.join(templates, "index.mustache"), "w") as f:
            f.write("{{#never-closed}}")
        time.sleep(3)
        page = urllib.request.urlopen(base + "/index.html", timeout=5).read().decode()
        record("serve keeps serving the last good site after a failed rebuild", proc.poll() is None and "Briefings" in page)
    finally:
        proc.terminate()
        proc.wait()


def main():
    work = tempfile.mkdtemp(prefix="briefing-hostile-")
    inp, out, outside = f"{work}/in", f"{work}/out", f"{work}/outside"
    os.makedirs(inp); os.makedirs(outside)
    expected = corpus(inp, outside)
    before = tree(work)
    start = time.time()
    run = subprocess.run([BIN, "build", "--input", inp, "--output", out, "--progress", "none"], capture_output=True, text=True, timeout=600)
    elapsed = time.time() - start
    record("build exits 0 on the hostile corpus", run.returncode == 0, f"exit {run.returncode}, {elapsed:.1f} s: {run.stderr[-300:] if run.returncode else ''}")
    warnings = run.stderr
    for path, outcome in sorted(expected.items()):
        if outcome == "warned":
            record(f"warning names {path!r}", path in warnings)
    pages = [os.path.join(d, f) for d, _, fs in os.walk(out) for f in fs if f.endswith(".html")]
    bad = {}
    for page in pages:
        scanner = Scanner()
        scanner.feed(open(page, encoding="utf-8").read())
        if scanner.problems:
            bad[os.path.relpath(page, out)] = scanner.problems[:3]
    record(f"no script vector in {len(pages)} HTML pages", not bad and len(pages) > 5, json.dumps(bad)[:400])
    texts = "".join(open(p, encoding="utf-8").read() for p in pages)
    record("template syntax in input is shown literally", "{{#x}}Tmpl" in texts or "{{#x}}Tmpl".replace("{", "&#123;") in texts or "Tmpl" in texts and "{{" in texts)
    record("symlinked file outside the input is not read", "SECRET outside" not in texts)
    after = tree(work)
    stray = [p for p in after if p not in before and not p.startswith(("out/", ".briefing-cache/"))]
    record("nothing written outside the output folder", not stray, ", ".join(stray[:5]))
    slugs = sorted(os.listdir(f"{out}/briefs")) if os.path.isdir(f"{out}/briefs") else []
    record("colliding slugs both kept", "same.html" in slugs and "same-2.html" in slugs, " ".join(s for s in slugs if s.startswith("same")))
    record("front-matter slugs cannot escape the output", not os.path.exists(f"{work}/escaped.html") and not any("etc" == s for s in os.listdir(out)))
    # kill -9 at random moments of a rebuild: the previous site must stay complete.
    big = f"{work}/big"
    os.makedirs(big)
    for i in range(1500):
        write(f"{big}/a{i}.txt", WIRE.format(title=f"Story {i}", deck="d.", author="Jane Doe", outlet="AP", caption="c in this photo taken on April 4, 2025.", lead=f"lead {i}", quote="we will see what happens next", speaker="Lee Min", figure=str(i * 10), month="May"))
    subprocess.run([BIN, "build", "--input", big, "--output", out, "--force", "--quiet"], check=True, timeout=600)
    good = tree(out)
    intact = True
    rng = random.Random(7)
    for attempt in range(6):
        write(f"{big}/a0.txt", f"Changed story {attempt}\n\nSEOUL – changed {attempt} said Monday.\n")
        proc = subprocess.Popen([BIN, "build", "--input", big, "--output", out, "--quiet"])
        time.sleep(rng.uniform(0.05, 1.5))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        now = tree(out)
        if now != good:
            # Either the build finished and swapped in the complete new site, which is exactly
            # what a build from scratch of the same input gives, or the site was damaged.
            fresh = f"{work}/fresh-{attempt}"
            subprocess.run([BIN, "build", "--input", big, "--output", fresh, "--no-cache", "--quiet"], check=True, timeout=600)
            if now == tree(fresh):
                good = now
            else:
                intact = False
    record("previous site intact after kill -9 mid-build (6 tries)", intact)
    serve_under_load(big, f"{work}/served", f"{work}/tpl")
    failed = sum(1 for _, ok in results if not ok)
    print(f"{len(results) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
