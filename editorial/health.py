"""What needs an editor's attention: the checks each content app declares in
the registry, in a fixed number of queries whatever the amount of content
(each check reads its tables once, then works in Python)."""

import datetime
from dataclasses import dataclass, field
from typing import Any

from django.contrib import admin
from django.urls import reverse

from core.markdown import link_slugs

from . import registry

# How often a reviewed entry should be looked at again.
REVIEW_EVERY = datetime.timedelta(days=365)


@dataclass(frozen=True)
class Problem:
    label: str
    url: str
    detail: str = ""


@dataclass
class Check:
    title: str
    why: str
    problems: list[Problem] = field(default_factory=list)


def change_url(obj) -> str:
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])


def markdown_texts(obj) -> list[str]:
    model_admin: Any = admin.site.get_model_admin(type(obj))  # an EditorialAdmin
    return [getattr(obj, name) or "" for name in model_admin.markdown_fields]


def broken_links(objects) -> list[Problem]:
    """Entries whose [[links]] visitors see as plain text (unknown or draft)."""
    texts = {obj: markdown_texts(obj) for obj in objects}
    _, unknown = registry.link_resolver()
    everything = [text for group in texts.values() for text in group]
    dead = set(unknown(*everything)) if everything else set()
    problems = []
    for obj, group in texts.items():
        broken = sorted(link_slugs(*group) & dead)
        if broken:
            detail = ", ".join(f"[[{slug}]]" for slug in broken)
            problems.append(Problem(str(obj), change_url(obj), detail))
    return problems


def content_health() -> list[Check]:
    return [check for checks in registry.all_health_checks() for check in checks()]
