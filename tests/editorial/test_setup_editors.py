"""The setup_editors command: the Editors group may manage content and nothing
else, and an editor account is created only with a strong enough password."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db


def html(response):
    return response.content.decode()


def test_setup_editors_creates_a_staff_editor(editor):
    assert editor.is_staff
    assert not editor.is_superuser
    assert list(editor.groups.values_list("name", flat=True)) == ["Editors"]


def test_setup_editors_refuses_a_short_password(db, monkeypatch):
    monkeypatch.setenv("DJANGO_EDITOR_PASSWORD", "short")

    with pytest.raises(CommandError, match="at least 12 characters"):
        call_command("setup_editors", user="editor", stdout=StringIO())
    assert not get_user_model().objects.filter(username="editor").exists()


def test_setup_editors_refuses_an_existing_username(editor):
    with pytest.raises(CommandError, match="already exists"):
        call_command("setup_editors", user=editor.username, stdout=StringIO())


def test_an_editor_can_manage_terms(editor_client, glossary):
    changelist = editor_client.get("/admin/glossary/term/")
    add = editor_client.get("/admin/glossary/term/add/")

    assert changelist.status_code == 200
    assert ">Outsourcing</a>" in html(changelist)
    assert add.status_code == 200


@pytest.mark.parametrize("url", ["/admin/auth/user/", "/admin/auth/group/"])
def test_an_editor_cannot_manage_users_or_groups(editor_client, url):
    response = editor_client.get(url)

    assert response.status_code == 403
    assert "You are not allowed to do that" in html(response)


def test_the_admin_index_hides_users_and_groups_from_editors(editor_client):
    page = html(editor_client.get("/admin/"))

    assert "/admin/glossary/term/" in page
    assert "/admin/auth/user/" not in page
