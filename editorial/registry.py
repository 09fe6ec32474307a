"""The one list of content models, and what the editorial tools need of them.

Each content app declares its models here from its AppConfig.ready() (apps
are ready in INSTALLED_APPS order, so parents come before children), and
everything that must know the content reads this list: the page cache's
invalidation signals, first history entries, the Editors group's permissions,
export and import, the content health page and the Markdown preview. The
editorial app imports no content app: it knows them only through what they
declare here.

Every model of the project's apps is either content or declared not to be, with
the reason (tests/editorial/test_registry.py fails otherwise), so a new model
cannot be silently left out of history, permissions or the export.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.apps import apps
from django.db import models


@dataclass(frozen=True)
class ContentModel:
    label: str  # "app_label.ModelName"
    # How the export names a row across databases (fields, relations by their
    # own key); None for rows nothing refers to (sorted by content instead).
    natural_key: tuple[str, ...] | None
    # Editors add, change, delete and view it in admin (not bookkeeping rows).
    edited_by_editors: bool = True
    # Some public page shows it: a change makes cached pages out of date.
    shown_on_pages: bool = True

    @property
    def model(self) -> type[models.Model]:
        return apps.get_model(self.label)


@dataclass(frozen=True)
class NotContent:
    label: str
    why: str
    editors_may_view: bool = False


# What a content app lists on the health page: checks (editorial.health.Check).
HealthCheck = Callable[[], list]
# [[slug]] links in Markdown: (texts -> {slug: link}, texts -> unknown slugs).
LinkResolver = tuple[Callable[..., dict], Callable[..., list[str]]]

_content: dict[str, ContentModel] = {}
_not_content: dict[str, NotContent] = {}
_health_checks: list[HealthCheck] = []
_links: list[LinkResolver] = []
# {version: function(records) -> records of the next version}: how an app
# reads an export file written before its models changed.
_upgrades: dict[int, list[Callable[[list], list]]] = {}


def content(
    label: str,
    natural_key: tuple[str, ...] | None,
    *,
    edited_by_editors: bool = True,
    shown_on_pages: bool = True,
) -> None:
    _content[label.lower()] = ContentModel(
        label, natural_key, edited_by_editors, shown_on_pages
    )


def not_content(label: str, why: str, *, editors_may_view: bool = False) -> None:
    _not_content[label.lower()] = NotContent(label, why, editors_may_view)


def health_checks(check: HealthCheck) -> None:
    _health_checks.append(check)


def markdown_links(resolve: Callable[..., dict], unknown: Callable[..., list]) -> None:
    _links[:] = [(resolve, unknown)]


def export_upgrade(from_version: int, upgrade: Callable[[list], list]) -> None:
    _upgrades.setdefault(from_version, []).append(upgrade)


def upgrades_from(version: int) -> list[Callable[[list], list]]:
    return list(_upgrades.get(version, []))


def content_models() -> list[ContentModel]:
    """Parents before children: the order rows are exported and imported in."""
    return list(_content.values())


def find(label: str) -> ContentModel | None:
    return _content.get(label.lower())


def not_content_models() -> list[NotContent]:
    return list(_not_content.values())


def all_health_checks() -> list[HealthCheck]:
    return list(_health_checks)


def link_resolver() -> LinkResolver:
    if not _links:  # no app resolves [[links]]: nothing linked, nothing flagged
        return (lambda *texts: {}, lambda *texts: [])
    return _links[0]


def may_view_content(user) -> bool:
    """An editor (or more): may view some model editors edit."""
    return any(
        user.has_perm(
            f"{entry.model._meta.app_label}.view_{entry.model._meta.model_name}"
        )
        for entry in _content.values()
        if entry.edited_by_editors
    )
