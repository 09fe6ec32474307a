"""Lighthouse and page weight under production settings (`make audit`).

    make audit            # needs Node; installs Lighthouse 12.2.3 into var/lighthouse
    make audit PORT=8900  # another port (bench/audit.py --port 8900)

Starts the app as `make bench` does (gunicorn, DJANGO_PRODUCTION on, fresh
SQLite with the starter content, collectstatic) on 127.0.0.1, port 8810 unless
told otherwise (--port), then:
- weighs the home page as a browser does: the first visit (the page and every
  same-site asset it loads, compressed) and a repeat visit (what is not cached
  for at least a year: fingerprinted assets are);
- runs Lighthouse (mobile, Debian's Chromium) three times on the home page, a
  term and a comparison, and checks the median run (the one Lighthouse's own
  computeMedianRun picks: closest to the median FCP and time to interactive)
  for performance >= 95 and accessibility, best practices and SEO at 100.

One run is not enough on a shared machine: Lighthouse's simulated throttling
multiplies the main thread's observed task times by four, so while other work
holds the CPU a page's few tens of milliseconds of style and layout become
long tasks after first paint, and blocking time alone can cost 20 points
(Lighthouse's docs/variability.md: client resource contention, high impact;
the median of several runs is much steadier). Each page's figures, the host's
load average and Lighthouse's CPU benchmark index are printed, so a miss can
be told apart from a busy machine.
Exits non-zero when a target is missed. Reports go to var/lighthouse/reports/
(<page>.json is the median run, <page>-<n>.json every run).
Not part of the test suite: a run takes two to three minutes.
"""

import argparse
import json
import math
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path

from run import ROOT, Server, fetch, manage, prepare_database, production_env

DEFAULT_PORT = 8810
LIGHTHOUSE_DIR = ROOT / "var" / "lighthouse"
LIGHTHOUSE = LIGHTHOUSE_DIR / "node_modules" / ".bin" / "lighthouse"
PAGES = {
    "home": "/",
    "term": "/glossary/offshoring/",
    "comparison": "/compare/outsourcing-vs-offshoring/",
}
TARGETS = {"performance": 95, "accessibility": 100, "best-practices": 100, "seo": 100}
RUNS = 3
METRICS = {
    "FCP": "first-contentful-paint",
    "LCP": "largest-contentful-paint",
    "TBT": "total-blocking-time",
    "CLS": "cumulative-layout-shift",
    "SI": "speed-index",
}
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
    return json.loads(Path(report).read_text())


def median_run(runs):
    """The run closest to the median FCP and time to interactive, as
    lighthouse/core/lib/median-run.js chooses it (ties: the quicker one)."""

    def value(run, audit):
        return run["audits"][audit]["numericValue"]

    fcp = statistics.median(value(run, "first-contentful-paint") for run in runs)
    tti = statistics.median(value(run, "interactive") for run in runs)
    return min(
        runs,
        key=lambda run: (
            math.dist(
                (fcp, tti),
                (value(run, "first-contentful-paint"), value(run, "interactive")),
            ),
            value(run, "interactive"),
        ),
    )


def scores(run):
    return {key: round(cat["score"] * 100) for key, cat in run["categories"].items()}


def figures(run):
    values = {
        name: run["audits"][audit]["numericValue"] for name, audit in METRICS.items()
    }
    shown = [
        f"{name} {value:.3f}" if name == "CLS" else f"{name} {value / 1000:.2f} s"
        for name, value in values.items()
    ]
    return (
        ", ".join(shown)
        + f"; CPU benchmark index {run['environment']['benchmarkIndex']:.0f}"
    )


def audit_page(base, name, path, reports):
    # Warm the page cache with the variant Chromium will ask for: the cache
    # keeps gzip and identity pages apart, so a plain request left the first
    # run timing a cold render.
    fetch(base + path, {"Accept-Encoding": "gzip, deflate, br"})
    runs = []
    for number in range(1, RUNS + 1):
        run = lighthouse(base + path, reports / f"{name}-{number}.json")
        print(
            f"  run {number}: performance {scores(run)['performance']} ({figures(run)})"
        )
        runs.append(run)
    median = median_run(runs)
    (reports / f"{name}.json").write_text(json.dumps(median))
    return median


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--port",
        type=int,
        default=DEFAULT_PORT,
        help=f"where the app listens on 127.0.0.1 (default {DEFAULT_PORT})",
    )
    return parser.parse_args()


def port_is_free(port):
    """Nothing listens on 127.0.0.1:port (else the audit would measure it)."""
    with socket.socket() as probe:
        # As gunicorn binds: a port left in TIME_WAIT by a past run is free.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def main():
    args = parse_args()
    if not LIGHTHOUSE.exists():
        sys.exit("Lighthouse is missing: run `make audit` (it installs it).")
    if not port_is_free(args.port):
        sys.exit(
            f"Port {args.port} is in use: pick a free one, e.g. `make audit PORT=8900`."
        )
    workdir = Path(tempfile.mkdtemp(prefix="sourcing-audit-"))
    env = production_env(f"sqlite:///{workdir}/audit.sqlite3", workdir / "pages", True)
    prepare_database(env, 0, 0, False)
    manage(env, "collectstatic", "--noinput")
    server = Server("audit", env, args.port, 2, session="")
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
            load = ", ".join(f"{avg:.1f}" for avg in os.getloadavg())
            print(f"Lighthouse {name} ({path}), {RUNS} runs, load average {load}:")
            median = audit_page(server.base, name, path, reports)
            got = scores(median)
            print(f"  median run: {got} ({figures(median)})")
            missed += [
                f"{name} {key} {got[key]} < {target}"
                for key, target in TARGETS.items()
                if got[key] < target
            ]
    finally:
        server.stop()
    if missed:
        sys.exit("Missed: " + "; ".join(missed))
    print("Every audit target met.")


if __name__ == "__main__":
    main()
