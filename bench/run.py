"""Benchmark: each public page's server CPU per request against a bare Django view.

    make bench                                  # starter content, fresh SQLite
    .venv/bin/python bench/run.py --terms 5000 --dimensions 20   # growth mode
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_x bench/run.py --reset-db

Starts the app as `make serve` does (gunicorn with deploy/gunicorn.conf.py,
DJANGO_PRODUCTION on, DEBUG off, collectstatic, the default page cache: files,
or Redis when REDIS_URL is set) on 127.0.0.1, on a fresh SQLite file unless
DATABASE_URL names a disposable database, three times: with the page cache
("warm"), without it ("rendered": the templates' {% cache %} fragments still
kept until the next edit) and with neither ("rendered whole", shown but not
held to a bound: the first request after an edit). Beside them, the same
gunicorn settings serve a
bare Django view (bench/bare.py: one view, no middleware, no database), the
reference. Every page is loaded with wrk (or a Python loop without it) in
interleaved repeats (5 by default, the median kept), so all figures come from
the same minutes of the same machine. The figure to compare is the server's
CPU milliseconds per request, read from the app processes' CPU time in /proc:
unlike requests per second it hardly moves when other work shares the
machine. Each is shown as a multiple of the bare view's and checked against
its bound (BOUNDS): the run exits 1 if a page is over.

With --terms and --dimensions, a second database is topped up with generated
content (manage.py generate_bench_content) and every page's rendered CPU and query
count there is compared with the starter content's.

Wizard POSTs are timed in process (bench/inprocess.py), a median per step.
The JSON of the whole run goes to bench/results/latest.json.
"""

import argparse
import datetime
import gzip
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
STATIC = "/static/css/site.css"
BARE = "bare Django view"
PAGES = {
    "static file": STATIC,
    "home": "/",
    "glossary": "/glossary/",
    "search (typo)": "/glossary/?q=ofshoring",
    "search (plain)": "/glossary/?q=centre",
    "term": "/glossary/offshoring/",
    "comparison of 2": "/compare/outsourcing-vs-offshoring/",
    "comparison of 3": "/compare/nearshoring-vs-offshoring-vs-reshoring/",
    "compare picker": "/compare/",
    "open-data table": "/data/glossary/",
    "advisor start": "/advisor/",
    "cost picture": "/cost/?size=25&quote_1_option=offshore_outsourcing"
    "&quote_1_rate=35000&quote_2_option=captive_offshore&quote_2_rate=30000",
    "shortlist": "/where/",
    # A shortlist as the advisor links to it (its canonical form is cached).
    "shortlist (parameters)": "/where/?band=offshore&residency=region&overlap=5",
}
# Added once the in-process part has made them. The first step as a new
# visitor sees it (a form: rendered for each visitor), and the same step as a
# visitor with answers in their session sees it.
FIRST_STEP, RESULT = "advisor first step", "saved result"
OWN_STEP = "a step with the visitor's answers (private)"
# How bench/inprocess.py names a page asked for with the visitor's session.
OWN_SESSION = " (own session)"
BASELINE_SPREAD = 0.10
# Most a page may cost, as a multiple of the bare view (issue 15). Warm: pages
# the cache keeps; a page it never keeps (a form, a search) is held to the
# rendered bound in both modes.
WARM_BOUND, RENDERED_BOUND, HEAVY_BOUND = 2.5, 15.0, 25.0
# The cost picture (issue 19) and the shortlist, which computes a year of
# overlap for every city (issue 18): at most 25x. The cost picture is private,
# so never cached.
HEAVY_PAGES = {
    "compare picker",
    "open-data table",
    "cost picture",
    "shortlist",
    "shortlist (parameters)",
}
NEVER_CACHED = {
    "search (typo)",
    "search (plain)",
    FIRST_STEP,
    OWN_STEP,
    "cost picture",
}
# Rendered with no template fragment kept, as the first request after an edit
# is: shown beside the bounds, not held to them.
WHOLE = "rendered whole"


def bound_for(name: str, mode: str) -> float | None:
    if name == "static file" or mode == WHOLE:
        return None
    if mode == "warm" and name not in NEVER_CACHED:
        return WARM_BOUND
    return HEAVY_BOUND if name in HEAVY_PAGES else RENDERED_BOUND


TICKS = os.sysconf("SC_CLK_TCK")


def production_env(database_url, cache_dir, page_cache, fragments=True):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "sourcing_site.settings",
        "DJANGO_PRODUCTION": "true",
        "DJANGO_DEBUG": "false",
        "DJANGO_SECRET_KEY": "bench-only-" + "x" * 40,
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        # Plain HTTP on the loopback: no redirect to https.
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "DJANGO_LOG_LEVEL": "ERROR",
        # One client address makes every request here: rate limits would turn
        # the uncached search into a measure of the 429 page.
        "DJANGO_RATE_SEARCH": str(10**9),
        "DJANGO_RATE_FINISH": str(10**9),
        "DATABASE_URL": database_url,
        "DJANGO_PAGE_CACHE": "true" if page_cache else "false",
        "DJANGO_TEMPLATE_FRAGMENTS": "true" if fragments else "false",
        "DJANGO_PAGE_CACHE_DIR": str(cache_dir),
        "PYTHONPATH": str(ROOT),
    }


def manage(env, *args):
    subprocess.run(
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def prepare_database(env, terms, dimensions, reset):
    if reset:
        manage(env, "flush", "--noinput")
    manage(env, "migrate", "--noinput")
    manage(env, "load_starter_content")
    manage(env, "load_advisor_defaults")
    manage(env, "load_cost_factors")
    manage(env, "load_locations")
    if terms:
        manage(
            env,
            "generate_bench_content",
            "--database-is-disposable",
            f"--terms={terms}",
            f"--dimensions={dimensions}",
        )


class Server:
    """gunicorn as `make serve` runs it; its CPU time read from /proc."""

    def __init__(self, label, env, port, workers, session, app="sourcing_site.wsgi"):
        self.label, self.env, self.port, self.session = label, env, port, session
        self.base = f"http://127.0.0.1:{port}"
        gunicorn = str(ROOT / ".venv" / "bin" / "gunicorn")
        env = {
            **env,
            "HOST": "127.0.0.1",
            "PORT": str(port),
            "GUNICORN_WORKERS": str(workers),
            "GUNICORN_ACCESS_LOG": "",
        }
        # max_requests 0: a worker restarted mid-run would take its CPU time
        # with it (the figure is read from the live processes).
        config = str(ROOT / "deploy" / "gunicorn.conf.py")
        cmd = [gunicorn, "-c", config, "--max-requests", "0", app]
        self.proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stderr=subprocess.DEVNULL)
        for _ in range(100):
            try:
                urllib.request.urlopen(self.base + "/", timeout=1).read()
                return
            except urllib.error.HTTPError:
                return  # it answers
            except OSError:
                time.sleep(0.2)
        self.stop()
        sys.exit(f"gunicorn did not start on port {port}")

    def pids(self):
        master = self.proc.pid
        children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
        return [master, *map(int, children)]

    def cpu_seconds(self):
        total = 0
        for pid in self.pids():
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime + stime
        return total / TICKS

    def headers_for(self, page_name):
        # The advisor's step needs the visitor's session; other pages are anonymous.
        if page_name == OWN_STEP:
            return {"Cookie": f"sessionid={self.session}"}
        return {}

    def stop(self):
        self.proc.send_signal(signal.SIGTERM)
        self.proc.wait()


def fetch(url, headers):
    request = urllib.request.Request(url, headers=headers)
    with urllib.request.urlopen(request, timeout=60) as response:
        return response.status, response.headers, response.read()


def load_with_wrk(url, headers, seconds, connections):
    cmd = ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--latency", url]
    for name, value in headers.items():
        cmd += ["-H", f"{name}: {value}"]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout

    def latency(pct):
        match = re.search(rf"^\s+{pct}%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
        number, unit = float(match.group(1)), match.group(2)
        return number * {"us": 0.001, "ms": 1, "s": 1000}[unit]

    requests = int(re.search(r"(\d+) requests in", out).group(1))
    errors = sum(
        int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", out)
    )
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    errors += int(non_2xx.group(1)) if non_2xx else 0
    return requests, errors, latency(50), latency(99)


def load_with_python(url, headers, seconds, connections):
    latencies, errors, lock = [], [0], threading.Lock()
    deadline = time.monotonic() + seconds

    def worker():
        while time.monotonic() < deadline:
            started = time.perf_counter()
            try:
                status, _, _ = fetch(url, headers)
                failed = status >= 400
            except (OSError, urllib.error.HTTPError):
                failed = True
            with lock:
                latencies.append((time.perf_counter() - started) * 1000)
                errors[0] += failed

    threads = [threading.Thread(target=worker) for _ in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    cuts = statistics.quantiles(latencies, n=100)
    return len(latencies), errors[0], cuts[49], cuts[98]


def measure(server, url, headers, args):
    load = load_with_wrk if shutil.which("wrk") else load_with_python
    cpu_before, started = server.cpu_seconds(), time.monotonic()
    requests, errors, p50, p99 = load(
        server.base + url, headers, args.seconds, args.connections
    )
    elapsed = time.monotonic() - started
    cpu = server.cpu_seconds() - cpu_before
    return {
        "cpu_ms": cpu * 1000 / max(requests, 1),
        "rps": requests / elapsed,
        "p50_ms": p50,
        "p99_ms": p99,
        "errors": errors,
    }


def page_bytes(server, url, headers):
    """Bytes of one response on the wire, as a browser asking for gzip gets it."""
    status, response_headers, body = fetch(
        server.base + url, {**headers, "Accept-Encoding": "gzip"}
    )
    encoded = response_headers.get("Content-Encoding") == "gzip"
    return {
        "status": status,
        "bytes": len(body),
        "bytes_uncompressed": len(gzip.decompress(body)) if encoded else len(body),
    }


def summarise(runs):
    """Median of the repeats, and how far apart they were."""
    summary = {
        key: statistics.median(run[key] for run in runs)
        for key in ("cpu_ms", "rps", "p50_ms", "p99_ms")
    }
    summary["errors"] = sum(run["errors"] for run in runs)
    cpus = [run["cpu_ms"] for run in runs]
    summary["cpu_spread"] = (max(cpus) - min(cpus)) / max(summary["cpu_ms"], 1e-9)
    summary["cpu_ms_repeats"] = cpus
    return summary


def print_table(label, table, queries, bare):
    print(f"\n### {label}\n")
    print(
        "| page | CPU ms/req | × bare view | bound | req/s | p50 ms | p99 ms "
        "| errors | bytes (gzip) | queries |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, row in table.items():
        bound = f"{row['bound']:g}" if row["bound"] else ""
        over = " **over**" if row["over"] else ""
        print(
            f"| {name} | {row['cpu_ms']:.2f} | {row['cpu_ratio']:.2f}{over} | {bound} "
            f"| {row['rps']:.0f} | {row['p50_ms']:.1f} | {row['p99_ms']:.1f} "
            f"| {row['errors']} | {row['bytes']} | {queries.get(row['url'], '')} |"
        )
    if bare["cpu_spread"] > BASELINE_SPREAD:
        print(
            f"\nWARNING: the bare view's repeats disagree by {bare['cpu_spread']:.0%} "
            f"(more than {BASELINE_SPREAD:.0%}): the machine was busy; run again."
        )


def in_process(env, pages):
    out = subprocess.run(
        [PYTHON, "bench/inprocess.py", json.dumps(list(pages.values()))],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(out)


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=2)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--connections", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--port", type=int, default=8800)
    parser.add_argument("--terms", type=int, default=0, help="growth mode")
    parser.add_argument("--dimensions", type=int, default=20)
    parser.add_argument(
        "--reset-db",
        action="store_true",
        help="empty the DATABASE_URL database first (it must be disposable)",
    )
    parser.add_argument(
        "--only",
        type=lambda names: names.split(","),
        help="measure only these pages (names as in the table, comma-separated): "
        "a quick check while working; the full run is the one that counts",
    )
    parser.add_argument(
        "--modes",
        type=lambda names: names.split(","),
        help="only these modes: warm, rendered, and/or rendered whole",
    )
    parser.add_argument(
        "--json", default=str(ROOT / "bench" / "results" / "latest.json")
    )
    return parser.parse_args()


def databases(args, workdir):
    """(label, DATABASE_URL, generated terms) for each database measured."""
    given = os.environ.get("DATABASE_URL")
    small = given or f"sqlite:///{workdir}/starter.sqlite3"
    dbs = [("starter content", small, 0)]
    if args.terms:
        grown = f"sqlite:///{workdir}/grown.sqlite3"
        if given:
            grown = given.rsplit("/", 1)[0] + "/" + given.rsplit("/", 1)[1] + "_grown"
        dbs.append((f"{args.terms} terms", grown, args.terms))
    return dbs


def main():
    args = parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="sourcing-bench-"))
    servers = []
    report = {"pages": {}, "queries": {}, "sorts": {}, "wizard_post_ms": {}}
    port = args.port
    try:
        bare = Server(
            BARE, bare_env(), port, args.workers, "", app="bench.bare:application"
        )
        servers.append(bare)
        port += 1
        for label, url, terms in databases(args, workdir):
            env = production_env(url, workdir / f"pages-{port}", page_cache=True)
            print(f"Preparing {label} ...", file=sys.stderr)
            prepare_database(env, terms, args.dimensions, args.reset_db or terms)
            if len(servers) == 1:
                manage(env, "collectstatic", "--noinput")
            made = in_process(env, PAGES)
            # The visitor's step and saved result exist in this database only.
            pages = {
                **PAGES,
                FIRST_STEP: made["first_step_url"],
                RESULT: made["result_url"],
                OWN_STEP: made["first_step_url"],
            }
            if args.only:
                pages = {name: url for name, url in pages.items() if name in args.only}
            report["queries"][label] = made["queries"]
            report["sorts"][label] = made["sorts"]
            report["wizard_post_ms"][label] = made["wizard_post_ms"]
            modes = [("rendered", False, True)]
            if not terms:
                modes = [("warm", True, True), *modes, (WHOLE, False, False)]
            if args.modes:
                modes = [mode for mode in modes if mode[0] in args.modes]
            for mode, cached, fragments in modes:
                env = production_env(url, workdir / f"pages-{port}", cached, fragments)
                server = Server(
                    f"{label}, {mode}", env, port, args.workers, made["session"]
                )
                server.mode, server.pages = mode, pages
                servers.append(server)
                port += 1
        report["bare_view"], report["pages"] = benchmark(servers[0], servers[1:], args)
    finally:
        for server in servers:
            server.stop()
        shutil.rmtree(workdir, ignore_errors=True)
    report_and_save(report, args)
    if any(row["over"] for table in report["pages"].values() for row in table.values()):
        sys.exit("A page costs more than its bound (marked **over** above).")


def bare_env():
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    return {**env, "PYTHONPATH": str(ROOT)}


def page_cache_backend() -> str:
    if os.environ.get("REDIS_URL"):
        return "Redis (REDIS_URL)"
    return "files on this machine (Django's FileBasedCache, var/pages)"


def benchmark(bare, servers, args):
    """Every page on every server, repeats interleaved with the bare view so
    that noise from the rest of the machine hits every figure alike."""
    runs = {(s.label, name): [] for s in servers for name in s.pages}
    bare_runs = []
    for server in servers:  # warm up: first requests load code and fill caches
        for name, url in server.pages.items():
            for _ in range(3):
                fetch(
                    server.base + url,
                    {**server.headers_for(name), "Accept-Encoding": "gzip"},
                )
    for repeat in range(args.repeats):
        for name in servers[0].pages:
            bare_runs.append(measure(bare, "/", {}, args))
            for server in servers:
                url = server.pages[name]
                headers = {**server.headers_for(name), "Accept-Encoding": "gzip"}
                runs[server.label, name].append(measure(server, url, headers, args))
        print(f"  repeat {repeat + 1}/{args.repeats} done", file=sys.stderr)
    reference = summarise(bare_runs)
    results = {}
    for server in servers:
        table = {}
        for name, url in server.pages.items():
            row = summarise(runs[server.label, name])
            row.update(page_bytes(server, url, server.headers_for(name)))
            row["url"] = url + (OWN_SESSION if name == OWN_STEP else "")
            row["cpu_ratio"] = row["cpu_ms"] / reference["cpu_ms"]
            row["bound"] = bound_for(name, server.mode)
            row["over"] = bool(row["bound"] and row["cpu_ratio"] > row["bound"])
            table[name] = row
        results[server.label] = table
    return reference, results


def report_and_save(report, args):
    report["date"] = datetime.datetime.now(datetime.UTC).isoformat(timespec="minutes")
    report["machine"] = machine()
    report["settings"] = vars(args)
    report["page_cache"] = page_cache_backend()
    print(f"\nBenchmark of {report['date']} on {report['machine']}")
    bare = report["bare_view"]
    print(
        f"Reference: a bare Django view, {bare['cpu_ms']:.3f} ms of server CPU a "
        f"request (median of {len(bare['cpu_ms_repeats'])} interleaved runs). "
        f"Page cache (warm tables): {report['page_cache']}."
    )
    for label, table in report["pages"].items():
        db_label = label.rsplit(",", 1)[0]
        print_table(label, table, report["queries"].get(db_label, {}), bare)
    for label, medians in report["wizard_post_ms"].items():
        steps = ", ".join(f"{step} {ms:.1f}" for step, ms in medians.items())
        print(f"\nWizard POST, median ms per step ({label}): {steps}")
    growth(report)
    for label, sorts in report["sorts"].items():
        found = [f"{url}: {sort}" for url, page in sorts.items() for sort in page]
        print(f"\nSorts without an index ({label}): {found or 'none'}")
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(report, indent=2))
    print(f"\n(JSON in {args.json})")


def growth(report):
    """Grown rendered CPU (as a multiple of the bare view) over the starter's."""
    labels = [label for label in report["pages"] if label.endswith("rendered")]
    if len(labels) < 2:
        return
    small, grown = (report["pages"][label] for label in labels)
    small_q, grown_q = (report["queries"][label.rsplit(",", 1)[0]] for label in labels)
    print(f"\n### Growth: {labels[1]} against {labels[0]}\n")
    print("| page | rendered CPU growth | queries before | queries after |")
    print("|---|---:|---:|---:|")
    report["growth"] = {}
    for name, row in grown.items():
        ratio = row["cpu_ratio"] / small[name]["cpu_ratio"]
        report["growth"][name] = ratio
        before = small_q.get(small[name]["url"], "")
        after = grown_q.get(row["url"], "")
        print(f"| {name} | {ratio:.2f} | {before} | {after} |")


def machine():
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    python = platform.python_version()
    return f"{platform.node()}, {os.cpu_count()} cores, {cpu}, Python {python}"


if __name__ == "__main__":
    main()
