"""The in-process half of `make bench` (run by bench/run.py, prints JSON).

Runs the advisor wizard through Django's test client to time each step's POST,
leaves a saved result and a visitor's session for the load test to use, and
counts the queries each benchmarked page costs when rendered whole (page cache
off, no template fragment kept).
"""

import json
import statistics
import sys
import time

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.core.cache import caches  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from run import OWN_SESSION as OWN  # noqa: E402

from advisor.forms import STEP_FORMS  # noqa: E402

HOST = "127.0.0.1"
FORMS = dict(STEP_FORMS)
WIZARD_RUNS = 15


def first_valid_answers(step):
    """A valid, if arbitrary, answer to every question: the n-th question's
    n-th choice (so the goals' three priorities differ), and nothing ticked
    where several may be (problems are refused for work run at home)."""
    form = FORMS[step](prefix=step)
    data = {}
    for position, (name, field) in enumerate(form.fields.items()):
        choices = [value for value, _ in getattr(field, "choices", []) if value != ""]
        if choices and not getattr(field.widget, "allow_multiple_selected", False):
            data[form.add_prefix(name)] = choices[position % len(choices)]
    return data


def run_wizard(client):
    """One visitor's run from start to saved result; the time of each step's POST."""
    timings = {}
    location = client.post("/advisor/begin/")["Location"]
    while "/result/" not in location:
        step = location.rstrip("/").rsplit("/", 1)[-1]
        data = {"advisor_wizard-current_step": step, **first_valid_answers(step)}
        started = time.perf_counter()
        response = client.post(location, data)
        timings[step] = (time.perf_counter() - started) * 1000
        if response.status_code != 302:
            sys.exit(f"The wizard refused the answers of step {step!r}.")
        location = response["Location"]
    return timings, location


def wizard_medians():
    per_step = {}
    result_url = ""
    for run in range(WIZARD_RUNS + 1):
        timings, result_url = run_wizard(Client(HTTP_HOST=HOST))
        if run:  # the first run only warms up
            for step, ms in timings.items():
                per_step.setdefault(step, []).append(ms)
    medians = {step: round(statistics.median(ms), 2) for step, ms in per_step.items()}
    return medians, result_url


def queries_per_page(urls, cookies):
    """Each page's query count, and the sorts its query plans make: SQLite's
    temporary B-trees for ORDER BY, PostgreSQL's Sort nodes over more than
    SMALL_SORT rows (sorting a handful of categories in memory is cheaper
    than any index)."""
    settings.PAGE_CACHE_ENABLED = False
    fragments = caches["default"]
    counts, sorts = {}, {}
    for name in urls:
        url = name.removesuffix(OWN)
        client = Client(HTTP_HOST=HOST)
        if name != url:
            client.cookies[settings.SESSION_COOKIE_NAME] = cookies[url]
        client.get(url)
        # A whole render: the count of a page whose {% cache %} fragments are
        # not kept (after an edit), the one that grows with the glossary.
        fragments.clear()
        selects = []

        def record(execute, sql, params, many, context, selects=selects):
            if sql.lstrip().upper().startswith("SELECT"):
                selects.append((sql, params))
            return execute(sql, params, many, context)

        with CaptureQueriesContext(connection) as context:
            with connection.execute_wrapper(record):
                client.get(url)
        counts[name] = len(context.captured_queries)
        sorts[name] = [
            found for sql, params in selects for found in plan_sorts(sql, params)
        ]
    return counts, sorts


SMALL_SORT = 100


def plan_sorts(sql, params):
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(f"EXPLAIN QUERY PLAN {sql}", params)
            plan = [str(row[-1]) for row in cursor.fetchall()]
            return [sql[:80] for step in plan if "TEMP B-TREE FOR ORDER BY" in step]
        cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}", params)
        found, todo = [], [cursor.fetchone()[0][0]["Plan"]]
        while todo:
            node = todo.pop()
            if node["Node Type"] == "Sort" and node["Plan Rows"] > SMALL_SORT:
                found.append(f"{sql[:80]} ({node['Plan Rows']} rows)")
            todo += node.get("Plans", [])
        return found


def main():
    medians, result_url = wizard_medians()
    visitor = Client(HTTP_HOST=HOST)
    first_step = visitor.post("/advisor/begin/")["Location"]
    session = visitor.cookies[settings.SESSION_COOKIE_NAME].value
    urls = json.loads(sys.argv[1]) + [first_step, first_step + OWN, result_url]
    counts, sorts = queries_per_page(urls, {first_step: session})
    print(
        json.dumps(
            {
                "wizard_post_ms": medians,
                "result_url": result_url,
                "first_step_url": first_step,
                "session": session,
                "queries": counts,
                "sorts": sorts,
            }
        )
    )


if __name__ == "__main__":
    main()
