"""Editors in admin: accounts, and posting admin forms as a browser would."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client

EDITOR_PASSWORD = "a long editor password 1"


def make_editor(monkeypatch, username):
    monkeypatch.setenv("DJANGO_EDITOR_PASSWORD", EDITOR_PASSWORD)
    call_command("setup_editors", user=username, stdout=StringIO())
    return get_user_model().objects.get(username=username)


@pytest.fixture
def editor(db, monkeypatch):
    return make_editor(monkeypatch, "alice")


@pytest.fixture
def editor_client(editor):
    client = Client()
    assert client.login(username="alice", password=EDITOR_PASSWORD)
    return client


@pytest.fixture
def second_editor_client(db, monkeypatch):
    make_editor(monkeypatch, "bob")
    client = Client()
    assert client.login(username="bob", password=EDITOR_PASSWORD)
    return client


def form_data(response) -> dict:
    """What the browser would send back from an admin change form, unchanged:
    every field of the form and its inlines, with the management forms and the
    edit token."""
    context = response.context
    data = {}
    forms = [context["adminform"].form]
    for inline in context["inline_admin_formsets"]:
        formset = inline.formset
        forms.append(formset.management_form)
        forms.extend(formset.forms)
    for form in forms:
        for bound in form:
            value = bound.value()
            if value is None or value is False:
                continue
            if value is True:
                value = "on"
            data[bound.html_name] = value
    token = getattr(context["adminform"].form, "edit_token", None)
    if token is not None and "_edit_token" in response.content.decode():
        data["_edit_token"] = token
    return data


def value_field(data: dict, dimension_name: str, response) -> str:
    """The name of the inline field holding a term's value for a dimension."""
    for inline in response.context["inline_admin_formsets"]:
        for form in inline.formset.forms:
            instance = form.instance
            if getattr(instance, "dimension", None) and (
                instance.dimension.name == dimension_name
            ):
                return form["value"].html_name
    raise AssertionError(f"No value row for {dimension_name}")
