"""Who may do what: editors manage content only; others get nothing."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.management import CommandError, call_command
from django.test import Client

pytestmark = pytest.mark.django_db


def setup_editors(**options):
    out = StringIO()
    call_command("setup_editors", stdout=out, **options)
    return out.getvalue()


@pytest.mark.parametrize(
    ("password", "reason"),
    [
        ("123456789012", "entirely numeric"),
        ("aaaaaaaaaaaa", "too few characters"),
        ("abababababab", "too few characters"),
        ("short pw 1", "at least 12 characters"),
        ("password1234", "too common"),
        ("maria-editor-1", "too similar to the username"),
    ],
)
def test_setup_editors_applies_the_password_validators(monkeypatch, password, reason):
    monkeypatch.setenv("DJANGO_EDITOR_PASSWORD", password)

    with pytest.raises(CommandError, match=reason):
        setup_editors(user="maria-editor")

    assert not get_user_model().objects.filter(username="maria-editor").exists()


def group_codenames():
    return set(
        Group.objects.get(name="Editors").permissions.values_list("codename", flat=True)
    )


def test_rerunning_setup_editors_keeps_what_an_administrator_changed(db):
    setup_editors()
    group = Group.objects.get(name="Editors")
    group.permissions.remove(Permission.objects.get(codename="delete_term"))
    group.permissions.add(Permission.objects.get(codename="view_user"))

    output = setup_editors()

    assert "delete_term" not in group_codenames()
    assert "view_user" in group_codenames()
    assert "(0 new)" in output


def test_setup_editors_grants_a_new_content_permission_once(db):
    setup_editors()
    group = Group.objects.get(name="Editors")
    before = group_codenames()
    # As if a content model had arrived since the last run.
    from core.models import StarterItem

    StarterItem.objects.filter(key="editor-permission:glossary.view_source").delete()
    group.permissions.remove(Permission.objects.get(codename="view_source"))

    output = setup_editors()

    assert group_codenames() == before
    assert "(1 new)" in output


def test_a_deleted_editors_group_comes_back_whole(db):
    setup_editors()
    before = group_codenames()
    Group.objects.filter(name="Editors").delete()

    setup_editors()

    assert group_codenames() == before


def test_editors_hold_content_permissions_only(db):
    setup_editors()

    apps = set(
        Group.objects.get(name="Editors").permissions.values_list(
            "content_type__app_label", flat=True
        )
    )
    codenames = group_codenames()

    assert apps == {"citations", "glossary", "advisor", "locations", "costs"}
    assert {
        "change_term",
        "add_rule",
        "delete_comparison",
        "change_transfer",
    } <= codenames
    assert "change_assessment" not in codenames
    assert "view_assessment" in codenames


CONTENT_PAGES = [
    "/admin/glossary/term/",
    "/admin/glossary/term/{term}/change/",
    "/admin/glossary/term/{term}/history/",
    "/admin/glossary/term/recover/",
    "/admin/advisor/rule/",
    "/admin/advisor/sourcingmodel/recover/",
    "/admin/costs/costfactor/",
]


@pytest.mark.parametrize("url", CONTENT_PAGES)
def test_editors_reach_every_content_page(editor_client, glossary, url):
    response = editor_client.get(url.format(term=glossary["outsourcing"].pk))

    assert response.status_code == 200
    assert "Sourcing Guide editors" in response.content.decode()


@pytest.mark.parametrize("url", CONTENT_PAGES + ["/admin/auth/user/"])
def test_anonymous_visitors_are_sent_to_log_in(client, glossary, url):
    response = client.get(url.format(term=glossary["outsourcing"].pk))

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


@pytest.fixture
def staff_client(db):
    user = get_user_model().objects.create_user(
        "intern", password="an intern password 7", is_staff=True
    )
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.parametrize("url", CONTENT_PAGES)
def test_staff_outside_the_editors_group_see_no_content(staff_client, glossary, url):
    response = staff_client.get(url.format(term=glossary["outsourcing"].pk))

    assert response.status_code == 403


def test_staff_outside_the_group_see_an_empty_admin_index(staff_client):
    page = staff_client.get("/admin/").content.decode()

    assert "You don’t have permission to view or edit anything" in page
    assert "/admin/glossary/term/" not in page


@pytest.mark.parametrize(
    "url", ["/admin/auth/user/", "/admin/auth/group/", "/admin/auth/user/add/"]
)
def test_editors_cannot_manage_accounts(editor_client, url):
    assert editor_client.get(url).status_code == 403


def test_editors_cannot_change_saved_results(editor_client):
    response = editor_client.get("/admin/advisor/assessment/add/")

    assert response.status_code == 403
