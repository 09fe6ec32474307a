"""Load through the real deployment: nginx (TLS) in front of two app processes.

1. For --seconds (30) at --connections (50) kept-alive HTTPS connections, every
   connection asks in turn for the home page, the glossary, a term, a
   comparison and a saved result page. Counted: answers by status, errors
   (connection failures, timeouts), latency percentiles.
2. --runs (50) visitors complete the advisor at the same moment, each with its
   own cookies. Counted: failed runs, and assessments saved per finished run
   (must be exactly one each).

Everything runs on 127.0.0.1 and stops when done. It needs PostgreSQL (two app
processes writing at once) with the starter content loaded, and collected
static files:

    export DATABASE_URL=postgres://postgres@127.0.0.1:5432/sourcing
    make static content
    .venv/bin/python bench/load.py            # --seconds 30 --connections 50 --runs 50

Exit status 1 when any error or non-2xx/3xx answer was seen.
"""

import argparse
import http.client
import os
import ssl
import statistics
import sys
import threading
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from deploy.stack import Stack  # noqa: E402
from tests.servers import Visitor, wizard_form  # noqa: E402

STEPS = [
    (
        "process",
        {
            "function": "finance",
            "coreness": "commodity",
            "work_type": "rule_based",
            "volume": "large",
            "duration": "long",
        },
    ),
    (
        "goals",
        {
            "cost": "3",
            "skills": "0",
            "focus": "2",
            "speed": "1",
            "scale": "0",
            "markets": "0",
            "quality": "1",
        },
    ),
    (
        "constraints",
        {
            "data_residency": "country",
            "ip_sensitivity": "low",
            "hours_overlap": "some",
            "culture_closeness": "medium",
            "control": "low",
            "foreign_capacity": "none",
            "cost_gap": "large",
        },
    ),
    ("situation", {"current": "in_house"}),
    ("review", {}),
]


def run_wizard(port) -> str:
    """One visitor's whole advisor run; the result page's path."""
    visitor = Visitor(port, scheme="https")
    page = visitor.get("/advisor/step/process/")
    for step, answers in STEPS:
        response = visitor.post(
            f"/advisor/step/{step}/", wizard_form(step, answers, page.text), timeout=60
        )
        if response.status != 302:
            raise RuntimeError(f"{step}: {response.status}")
        location = response.getheader("Location")
        page = visitor.get(location, timeout=60)
        if page.status != 200:
            raise RuntimeError(f"{location}: {page.status}")
    if not location.startswith("/advisor/result/"):
        raise RuntimeError(f"finished at {location}")
    return location


def pages_to_load(port) -> list[str]:
    from glossary.models import Comparison, Term

    term = Term.objects.filter(status=Term.Status.PUBLISHED).order_by("slug").first()
    comparison = Comparison.objects.select_related("term_a", "term_b").first()
    compare = f"/compare/{comparison.term_a.slug}-vs-{comparison.term_b.slug}/"
    return ["/", "/glossary/", term.get_absolute_url(), compare, run_wizard(port)]


def hammer(port, paths, deadline, statuses, errors, latencies, lock):
    context = ssl._create_unverified_context()  # our own self-signed certificate
    connection = None
    number = 0
    while time.monotonic() < deadline:
        path = paths[number % len(paths)]
        number += 1
        started = time.monotonic()
        try:
            if connection is None:
                connection = http.client.HTTPSConnection(
                    "127.0.0.1", port, timeout=30, context=context
                )
            connection.request("GET", path, headers={"Accept-Encoding": "gzip"})
            response = connection.getresponse()
            response.read()
            status = response.status
            if response.getheader("Connection", "").lower() == "close":
                connection.close()
                connection = None
        except (OSError, http.client.HTTPException) as error:
            with lock:
                errors[type(error).__name__] += 1
            if connection is not None:
                connection.close()
            connection = None
            continue
        with lock:
            statuses[status] += 1
            latencies.append(time.monotonic() - started)


def load_pages(port, paths, seconds, connections) -> dict:
    statuses, errors, latencies, lock = Counter(), Counter(), [], threading.Lock()
    deadline = time.monotonic() + seconds
    threads = [
        threading.Thread(
            target=hammer,
            args=(port, paths, deadline, statuses, errors, latencies, lock),
        )
        for _ in range(connections)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    latencies.sort()
    return {
        "statuses": statuses,
        "errors": errors,
        "requests": sum(statuses.values()),
        "per_second": sum(statuses.values()) / seconds,
        "p50": statistics.median(latencies) if latencies else 0,
        "p95": latencies[int(len(latencies) * 0.95)] if latencies else 0,
        "p99": latencies[int(len(latencies) * 0.99)] if latencies else 0,
    }


def simultaneous_runs(port, runs) -> dict:
    from advisor.models import Assessment

    before = Assessment.objects.count()
    barrier = threading.Barrier(runs)
    finished, failures, lock = [], Counter(), threading.Lock()

    def one_run():
        barrier.wait()
        try:
            result = run_wizard(port)
        except Exception as error:  # every kind of failure is counted, none hidden
            with lock:
                failures[str(error)[:80]] += 1
            return
        with lock:
            finished.append(result)

    started = time.monotonic()
    threads = [threading.Thread(target=one_run) for _ in range(runs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return {
        "finished": len(finished),
        "distinct_results": len(set(finished)),
        "failures": failures,
        "assessments": Assessment.objects.count() - before,
        "seconds": time.monotonic() - started,
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=30)
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--workers", type=int, default=2, help="per app process")
    parser.add_argument("--log-dir", help="keep the app processes' logs here")
    args = parser.parse_args()
    # Bounded, and only ever at this machine.
    args.seconds = min(args.seconds, 300)
    args.connections = min(args.connections, 500)
    args.runs = min(args.runs, 500)

    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        sys.exit("Set DATABASE_URL to a PostgreSQL database (see the docstring).")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sourcing_site.settings")
    import django

    django.setup()

    env = {
        **os.environ,
        "DJANGO_PRODUCTION": "true",
        "DJANGO_BEHIND_PROXY": "true",
        "DJANGO_SECRET_KEY_FILE": str(ROOT / "var" / "secret_key"),
        # The load comes from one address: the per-address limits that protect
        # the site would refuse it, and are not what is measured here.
        "DJANGO_RATE_FINISH": "1000000",
        "DJANGO_RATE_SEARCH": "1000000",
    }
    with Stack(env, workers=args.workers, threads=8, log_dir=args.log_dir) as stack:
        port = stack.https_port
        paths = pages_to_load(port)
        load_pages(port, paths, 3, 4)  # warm up
        pages = load_pages(port, paths, args.seconds, args.connections)
        runs = simultaneous_runs(port, args.runs)

    bad = {s: n for s, n in pages["statuses"].items() if not 200 <= s < 400}
    print(
        f"bench/load.py, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} cores"
    )
    print(f"nginx (TLS) -> 2 app processes x {args.workers} workers x 8 threads")
    print(f"Pages: {', '.join(paths)}")
    print(
        f"  {args.seconds} s at {args.connections} connections: "
        f"{pages['requests']} requests ({pages['per_second']:.0f}/s), "
        f"statuses {dict(pages['statuses'])}, errors {dict(pages['errors']) or 0}, "
        f"latency p50 {pages['p50'] * 1000:.0f} ms, p95 {pages['p95'] * 1000:.0f} ms, "
        f"p99 {pages['p99'] * 1000:.0f} ms"
    )
    print(
        f"Advisor: {args.runs} simultaneous runs: {runs['finished']} finished, "
        f"failures {dict(runs['failures']) or 0}, {runs['assessments']} assessments "
        f"saved ({runs['distinct_results']} distinct results), "
        f"{runs['seconds']:.1f} s"
    )
    ok = (
        not bad
        and not pages["errors"]
        and not runs["failures"]
        and runs["assessments"] == runs["finished"] == runs["distinct_results"]
    )
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
