"""Loading the shortlist's starter content: idempotent, never overwriting an editor.

Each item is created only the first time it is loaded (core.starter), so
loading again neither overwrites what an editor changed nor brings back what
an editor deleted.
"""

import datetime
from collections import Counter

from django.db import transaction

from citations.models import Work
from core.starter import first_time

from .models import City, CitySource, Country, CountrySource, Transfer

WORK_FIELDS = ("authors", "title", "publisher", "year", "kind")
CITATION_FIELDS = ("locator", "passage", "verified_in")


@transaction.atomic
def load(content) -> Counter[str]:
    """Create what is new in `content` (locations.starter_content's shape);
    count what was created by kind."""
    created: Counter[str] = Counter()
    reviewed = datetime.date.fromisoformat(content.LAST_REVIEWED)
    for row in content.COUNTRIES:
        _load_country(created, content, row, reviewed)
    for row in content.CITIES:
        _load_city(created, content, row, reviewed)
    for row in content.TRANSFERS:
        _load_transfer(created, row, reviewed)
    return created


def _work(source: dict) -> Work:
    return Work.objects.get_or_create(
        url=source["url"],
        defaults={key: source[key] for key in WORK_FIELDS if key in source},
    )[0]


def _citation(source: dict) -> dict:
    return {"work": _work(source), **{k: source.get(k, "") for k in CITATION_FIELDS}}


def _load_country(created, content, row, reviewed) -> None:
    code, name, region, regime, week, english, edition, income = row
    if not first_time(f"country:{code}") or Country.objects.filter(code=code).exists():
        return
    country = Country.objects.create(
        code=code,
        name=name,
        region=region,
        regime=regime,
        working_week=week,
        english_band=english,
        english_edition=edition,
        income_group=income,
        income_year=content.INCOME_YEAR if income else "",
        last_reviewed=reviewed,
    )
    CountrySource.objects.bulk_create(
        CountrySource(country=country, cell=cell, **_citation(source))
        for cell, source in country_sources(content, row).items()
    )
    created["countries"] += 1


def country_sources(content, row) -> dict[str, dict]:
    """The citation of each filled cell of a country row."""
    code, _, _, regime, week, english, _, income = row
    checked = content.CHECKED
    sources = {}
    if english:
        where, passage = (
            content.OFFICIAL_CHECK
            if english == "official"
            else content.ENGLISH_CHECKS[code]
        )
        work = content.EF_EPI_2023_PHILIPPINES if code == "PH" else content.EF_EPI_2024
        url = checked.get(where, work["url"])
        sources["english"] = content.cite(work, "country ranking", passage, url)
    if income:
        where, passage = content.INCOME_CHECKS.get(code, content.HIGH_INCOME_CHECK)
        sources["income"] = content.cite(
            content.WORLD_BANK_INCOME, content.INCOME_YEAR, passage, checked[where]
        )
    if week == "sun_thu":
        sources["working_week"] = content.cite(
            content.WORKWEEK,
            "Egypt",
            "A full work week is generally considered five 8-hour work days in "
            "Egypt, from Sunday through Thursday",
            checked["workweek_egypt"],
        )
    regime_sources = {
        "eu": content.cite(content.GDPR, "Art. 3"),
        "uk": content.cite(content.UK_DPA_SCHEDULE_21),
        "ch": content.cite(content.FADP),
    }
    if regime in regime_sources:
        sources["regime"] = regime_sources[regime]
    return sources


def _load_city(created, content, row, reviewed) -> None:
    slug, name, code, zone, latitude, longitude, delivery, home = row
    if not first_time(f"city:{slug}") or City.objects.filter(slug=slug).exists():
        return
    country = Country.objects.filter(code=code).first()
    if country is None:
        return
    city = City.objects.create(
        slug=slug,
        name=name,
        country=country,
        time_zone=zone,
        latitude=latitude,
        longitude=longitude,
        is_delivery=delivery,
        is_home=home,
        last_reviewed=reviewed,
    )
    CitySource.objects.bulk_create(
        CitySource(city=city, cell=cell, **_citation(source))
        for cell, source in city_sources(content, row).items()
    )
    created["cities"] += 1


def city_sources(content, row) -> dict[str, dict]:
    """The citation of each cell of a city row: its zone in the time zone
    database, its coordinates where they were checked (GeoNames, unchecked,
    otherwise)."""
    slug, name, _, zone, *_ = row
    checked = content.COORDINATE_CHECKS.get(slug)
    coordinates = (
        content.cite(checked[0], name, checked[2], checked[1])
        if checked
        else content.cite(content.GEONAMES, name)
    )
    return {
        "time_zone": content.cite(content.TZ_DATABASE, f"zone {zone}"),
        "coordinates": coordinates,
    }


def _load_transfer(created, row, reviewed) -> None:
    regime, code, status, scope, reference, decided, next_review, source = row
    if not first_time(f"transfer:{regime}:{code}"):
        return
    country = Country.objects.filter(code=code).first()
    if (
        country is None
        or Transfer.objects.filter(home_regime=regime, country=country).exists()
    ):
        return
    Transfer.objects.create(
        home_regime=regime,
        country=country,
        status=status,
        scope=scope,
        reference=reference,
        decided=datetime.date.fromisoformat(decided) if decided else None,
        next_review=datetime.date.fromisoformat(next_review) if next_review else None,
        last_reviewed=reviewed,
        **_citation(source),
    )
    created["transfers"] += 1
