"""Lighthouse and page weight under production settings (`make audit`).

    make audit            # needs Node; installs Lighthouse 12.2.3 into var/lighthouse

Starts the app as `make bench` does (gunicorn, DJANGO_PRODUCTION on, fresh
SQLite with the starter content, collectstatic) on 127.0.0.1:8810, then:
- weighs the home page as a browser does: the first visit (the page and every
  same-site asset it loads, compressed) and a repeat visit (what is not cached
  for at least a year: fingerprinted assets are);
- runs Lighthouse (mobile, Debian's Chromium) on the home page, a term and a
  comparison, and checks performance >= 95 and accessibility, best practices
  and SEO at 100.
Exits non-zero when a target is missed. Reports go to var/lighthouse/reports/.
Not part of the test suite: a run takes a minute or more.
"""

import json
import re
import subprocess
import sys
import tempfile
import urllib.request
from html.parser import HTMLParser
from pathlib import Path

from run import ROOT, Server, fetch, manage, prepare_database, production_env

PORT = 8810
LIGHTHOUSE_DIR = ROOT / "var" / "lighthouse"
LIGHTHOUSE = LIGHTHOUSE_DIR / "node_modules" / ".bin" / "lighthouse"
PAGES = {
    "home": "/",
    "term": "/glossary/offshoring/",
    "comparison": "/compare/outsourcing-vs-offshoring/",
}
TARGETS = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
FIRST_VISIT_LIMIT, REPEAT_VISIT_LIMIT = 80 * 1024, 15 * 1024
A_YEAR = 365 * 24 * 3600


class AssetLinks(HTMLParser):
    """Same-site stylesheets, scripts, images and icons a page has the browser load."""

    def __init__(self):
        super().__init__()
        self.urls = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        url = {
            "link": attrs.get("href")
            if attrs.get("rel") in ("stylesheet", "icon")
            else None,
            "script": attrs.get("src"),
            "img": attrs.get("src"),
        }.get(tag)
        if url and url.startswith("/") and not url.startswith("//"):
            self.urls.append(url)


def cached_for(headers) -> int:
    match = re.search(r"max-age=(\d+)", headers.get("Cache-Control", ""))
    return int(match.group(1)) if match else 0


def weigh(base, path):
    gzip = {"Accept-Encoding": "gzip"}
    _, headers, body = fetch(base + path, gzip)
    parser = AssetLinks()
    _, _, html = fetch(base + path, {})
    parser.feed(html.decode())
    first = repeat = len(body)
    assets = []
    for url in dict.fromkeys(parser.urls):
        _, asset_headers, asset = fetch(base + url, gzip)
        first += len(asset)
        if cached_for(asset_headers) < A_YEAR:
            repeat += len(asset)
        assets.append((url, len(asset), cached_for(asset_headers)))
    return first, repeat, assets, headers.get("Content-Encoding", "identity")


def lighthouse(url, report):
    subprocess.run(
        [
            str(LIGHTHOUSE),
            url,
            "--quiet",
            "--output=json",
            f"--output-path={report}",
            "--only-categories=performance,accessibility,best-practices,seo",
            "--chrome-flags=--headless=new --no-sandbox",
        ],
        env={"CHROME_PATH": "/usr/bin/chromium", "PATH": "/usr/bin:/bin"},
        check=True,
    )
    data = json.loads(Path(report).read_text())
    return {key: round(cat["score"] * 100) for key, cat in data["categories"].items()}


def main():
    if not LIGHTHOUSE.exists():
        sys.exit("Lighthouse is missing: run `make audit` (it installs it).")
    workdir = Path(tempfile.mkdtemp(prefix="sourcing-audit-"))
    env = production_env(f"sqlite:///{workdir}/audit.sqlite3", workdir / "pages", True)
    prepare_database(env, 0, 0, False)
    manage(env, "collectstatic", "--noinput")
    server = Server("audit", env, PORT, 2, session="")
    missed = []
    try:
        first, repeat, assets, encoding = weigh(server.base, "/")
        print(f"Home page HTML sent as {encoding}.")
        for url, size, max_age in assets:
            print(f"  {url}: {size} bytes, cached {max_age // 86400} days")
        print(f"First visit: {first / 1024:.1f} KB (target <= 80 KB)")
        print(f"Repeat visit: {repeat / 1024:.1f} KB (target <= 15 KB)")
        if first > FIRST_VISIT_LIMIT or repeat > REPEAT_VISIT_LIMIT:
            missed.append("page weight")
        reports = LIGHTHOUSE_DIR / "reports"
        reports.mkdir(exist_ok=True)
        for name, path in PAGES.items():
            urllib.request.urlopen(server.base + path, timeout=10).read()
            scores = lighthouse(server.base + path, reports / f"{name}.json")
            print(f"Lighthouse {name} ({path}): {scores}")
            missed += [
                f"{name} {key} {scores[key]} < {target}"
                for key, target in TARGETS.items()
                if scores[key] < target
            ]
    finally:
        server.stop()
    if missed:
        sys.exit("Missed: " + "; ".join(missed))
    print("Every audit target met.")


if __name__ == "__main__":
    main()
