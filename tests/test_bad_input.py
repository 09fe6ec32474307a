"""Hostile input anywhere: a clear 4xx page or form error, never a 500, and
nothing stored that should not be. NUL characters first (PostgreSQL refuses
them), then 30+ kinds of hostile input at every public URL and form."""

from urllib.parse import quote

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url",
    [
        "/admin/glossary/term/?q=a%00b",
        "/admin/advisor/rule/?q=%00",
        "/admin/advisor/assessment/?top_option=%00",
        "/admin/glossary/term/?category__id__exact=%00",
        "/admin/autocomplete/?app_label=glossary&model_name=term"
        "&field_name=related_terms&term=%00",
        "/compare/?a=%00&b=offshoring",
        "/glossary/?category=%00",
    ],
)
def test_nul_in_a_query_string_is_dropped(admin_client, glossary, url):
    response = admin_client.get(url, follow=True)
    assert response.status_code == 200
    assert "\x00" not in response.content.decode()
    assert "Server Error" not in response.content.decode()


def test_nul_in_a_search_still_finds_the_term(client, glossary):
    response = client.get("/glossary/?q=off%00shoring")
    assert response.status_code == 302
    assert response["Location"] == "/glossary/offshoring/"


@pytest.mark.parametrize("url", ["/advisor/result/%00/", "/glossary/%00/"])
def test_nul_in_a_path_is_a_404(client, glossary, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_nul_in_a_form_gets_the_friendly_400_and_saves_nothing(admin_client, glossary):
    from glossary.models import Category

    before = Category.objects.count()
    response = admin_client.post(
        "/admin/glossary/category/add/", {"name": "Bad\x00name", "slug": "bad"}
    )
    assert response.status_code == 400
    assert "We could not understand that request" in response.content.decode()
    assert Category.objects.count() == before


# --- Hostile input of every kind, at every public URL and form -------------------

# Percent-encoded, so the same payload can go into a path, a query string or a
# form body, including bytes that are not valid UTF-8.
HOSTILE = {
    "nul": "a%00b",
    "very long": "x" * 5000,
    "sql quote": quote("' OR 1=1 --"),
    "sql union": quote("1 UNION SELECT password FROM auth_user"),
    "script tag": quote("<script>alert(1)</script>"),
    "attribute break": quote('"><img src=x onerror=alert(1)>'),
    "javascript url": quote("javascript:alert(1)"),
    "template tag": quote("{{ settings.SECRET_KEY }}{% debug %}"),
    "format string": quote("%s%s%n%x"),
    "path traversal": quote("../../../etc/passwd"),
    "encoded traversal": "..%252f..%252fetc%252fpasswd",
    "crlf": "x%0d%0aSet-Cookie:%20evil=1",
    "invalid utf-8": "%ff%fe%fd",
    "overlong utf-8": "%c0%af",
    "lone surrogate": "%ed%a0%80",
    "right-to-left override": quote("\u202egnirohsffo"),
    "zero-width": quote("off\u200bshoring"),
    "emoji": quote("😀🏭"),
    "full-width": quote("ｏｆｆｓｈｏｒｉｎｇ"),
    "homoglyph": quote("оffshoring"),  # Cyrillic о
    "control characters": "%01%02%1b%7f",
    "only spaces": "%20%20%20",
    "empty": "",
    "like wildcards": quote("%_%_%"),
    "regex": quote(".*(a+)+$[\\"),
    "shell": quote("$(reboot); rm -rf / `id`"),
    "json": quote('{"$gt": ""}'),
    "huge number": "9" * 40,
    "negative": "-1",
    "not a number": "NaN",
    "unicode normalisation": quote("ﬀ e\u0301"),
    "backslashes": quote("\\\\server\\share"),
    "html entity": quote("&lt;script&gt;&#x3c;"),
}
RAW_MARKUP = ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>']


def assert_handled(response, what):
    body = response.content.decode("utf-8", "replace")
    assert response.status_code < 500, what
    for markup in RAW_MARKUP:
        assert markup not in body, what
    assert "Traceback" not in body, what


def fill(template, payload):
    return template.replace("{}", payload).replace("{0}", payload)


def get_each(client, template):
    for name, payload in HOSTILE.items():
        url = fill(template, payload)
        assert_handled(client.get(url), f"{name}: {url[:80]}")


def post_each(client, url, body_template):
    for name, payload in HOSTILE.items():
        body = fill(body_template, payload)
        response = client.post(
            url, body, content_type="application/x-www-form-urlencoded"
        )
        assert_handled(response, f"{name}: POST {url}")
        yield name, response


@pytest.mark.parametrize(
    "template",
    [
        "/glossary/?q={}",
        "/glossary/?category={}",
        "/glossary/?q={0}&q={0}&category={0}",
        "/compare/?a={}&b=offshoring",
        "/compare/?a=outsourcing&b={}&c={}",
        "/glossary/{}/",
        "/compare/{}/",
        "/compare/outsourcing-vs-{}/",
        "/advisor/result/{}/",
        "/?{}={}",
        "/sitemap.xml?p={}",
        "/cost/?size={0}&in_house={0}&horizon={0}&people_costs={0}",
        "/cost/?quote_1_option={0}&quote_1_rate={0}&options={0}&result={0}",
        "/where/?home={}",
        "/where/?start={0}&their_end={0}&cost={0}&residency={0}",
        "/where/?band={0}&export={0}&regime={0}",
    ],
)
def test_hostile_input_in_urls_never_breaks_a_page(client, glossary, template):
    from django.contrib.sessions.models import Session

    get_each(client, template)

    assert Session.objects.count() == 0


def test_hostile_admin_logins_are_refused_and_log_nobody_in(client, db):
    for _ in post_each(client, "/admin/login/", "username={0}&password={0}"):
        pass

    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302  # still asked to log in


@pytest.mark.parametrize(
    "host", ["evil.example", "127.0.0.1@evil.example", "a b", "x" * 300]
)
def test_hostile_host_headers_get_a_clear_400(client, db, host):
    response = client.get("/", HTTP_HOST=host)

    assert response.status_code == 400
    assert "We could not understand that request" in response.content.decode()


def test_there_are_at_least_thirty_kinds_of_hostile_input():
    assert len(HOSTILE) >= 30
