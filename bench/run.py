"""Benchmark: each public page against a trivial view, in the same run.

Starts gunicorn on 127.0.0.1 with the current database, warms up, then uses
wrk (Debian package `wrk`) when installed, otherwise a small Python loop, and
prints requests/second for each URL and its ratio to /healthz (the trivial
view) and to a static file. Absolute numbers vary between machines; the ratios
are what to compare between commits.

    make bench                 # or: .venv/bin/python bench/run.py --seconds 5
"""

import argparse
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PORT = 8765
BASE = f"http://127.0.0.1:{PORT}"
URLS = [
    "/healthz",
    "/static/css/site.css",
    "/",
    "/glossary/",
    "/glossary/?q=resoring",
    "/glossary/?q=ofshoring",
    "/glossary/outsourcing/",
    "/compare/",
    "/compare/outsourcing-vs-offshoring/",
    "/compare/nearshoring-vs-offshoring-vs-reshoring/",
    "/sitemap.xml",
]


def start_server():
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "sourcing_site.settings"}
    gunicorn = ROOT / ".venv" / "bin" / "gunicorn"
    cmd = [str(gunicorn), "sourcing_site.wsgi", "-b", f"127.0.0.1:{PORT}", "-w", "2"]
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stderr=subprocess.DEVNULL)
    for _ in range(50):
        try:
            urllib.request.urlopen(BASE + "/healthz", timeout=1)
            return proc
        except OSError:
            time.sleep(0.2)
    proc.terminate()
    sys.exit("gunicorn did not start")


def with_wrk(url, seconds):
    out = subprocess.run(
        ["wrk", "-t2", "-c8", f"-d{seconds}s", BASE + url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    line = next(line for line in out.splitlines() if line.startswith("Requests/sec"))
    return float(line.split()[1])


def with_python(url, seconds):
    count, deadline = 0, time.monotonic() + seconds
    while time.monotonic() < deadline:
        with urllib.request.urlopen(BASE + url, timeout=5) as response:
            response.read()
        count += 1
    return count / seconds


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=3)
    args = parser.parse_args()
    measure = with_wrk if shutil.which("wrk") else with_python
    proc = start_server()
    try:
        for url in URLS:  # warm up caches and connections
            urllib.request.urlopen(BASE + url, timeout=5).read()
        rates = {url: measure(url, args.seconds) for url in URLS}
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait()
    trivial, static = rates["/healthz"], rates["/static/css/site.css"]
    print(f"{'URL':52} {'req/s':>9} {'vs trivial':>11} {'vs static':>10}")
    for url, rate in rates.items():
        print(f"{url:52} {rate:9.0f} {rate / trivial:11.2f} {rate / static:10.2f}")
    print(f"(measured with {'wrk' if measure is with_wrk else 'a Python loop'})")


if __name__ == "__main__":
    main()
