# ruff: noqa: E501  (the cells as checked, one per line)
"""Coordinates checked since 0002: the last twenty-three cities, each now citing
the copy read and the passage, so every starter city's position is checked.

`load_locations` never changes a city it loaded before, so sites loaded
earlier get these here, only where a city still cites GeoNames with no passage
(an editor's source is never overwritten). No English band is added: no stored
copy gave Bulgaria's, Estonia's or Egypt's for 2024. Once no city cites
GeoNames, its work goes too, as a fresh load never makes it (kept if anything
else cites it); backwards, the works cited here go the same way.
"""

from django.db import migrations, transaction
from django.db.models import ProtectedError

GEONAMES = {
    "authors": "",
    "title": "GeoNames",
    "publisher": "GeoNames",
    "year": 2026,
    "url": "https://www.geonames.org/",
    "kind": "secondary",
}
WORK_FIELDS = ("authors", "title", "publisher", "year", "url", "kind")

# city slug: source of its coordinates
COORDINATES = {
    "montevideo": {
        "authors": "",
        "title": "Montevideo",
        "publisher": "Daily Overview",
        "year": None,
        "url": "https://www.over-view.com/overviews/montevideo",
        "kind": "tertiary",
        "locator": "Montevideo",
        "passage": "-34.883611°, -56.181944°",
        "verified_in": "https://www.over-view.com/overviews/montevideo",
    },
    "johannesburg": {
        "authors": "",
        "title": "Where is Johannesburg?",
        "publisher": "HotBot",
        "year": 2024,
        "url": "https://www.hotbot.com/answers/where-is-johannesburg",
        "kind": "tertiary",
        "locator": "Johannesburg",
        "passage": "Johannesburg is situated at a latitude of approximately 26.2041 degrees South and a longitude of 28.0473 degrees East",
        "verified_in": "https://www.hotbot.com/answers/where-is-johannesburg",
    },
    "cape-town": {
        "authors": "",
        "title": "Cape Town",
        "publisher": "Wikipedia",
        "year": 2026,
        "url": "https://en.wikipedia.org/wiki/Cape_Town",
        "kind": "tertiary",
        "locator": "Cape Town",
        "passage": "Coordinates: 33°55′31″S 18°25′26″E",
        "verified_in": "https://worddisk.com/wiki/Cape_Town/",
    },
    "toronto": {
        "authors": "",
        "title": "Toronto",
        "publisher": "City-Data.com",
        "year": None,
        "url": "https://www.city-data.com/world-cities/Toronto.html",
        "kind": "tertiary",
        "locator": "Toronto",
        "passage": "Latitude and Longitude: 43°40'N, 79°22'W",
        "verified_in": "https://www.city-data.com/world-cities/Toronto.html",
    },
    "halifax": {
        "authors": "",
        "title": "Where is Halifax Located, Canada?",
        "publisher": "Whereig",
        "year": None,
        "url": "https://www.whereig.com/canada/halifax-canada-location-map.html",
        "kind": "tertiary",
        "locator": "Halifax",
        "passage": "Coordinates 44°38′51″N 63°35′26″W",
        "verified_in": "https://www.whereig.com/canada/halifax-canada-location-map.html",
    },
    "belfast": {
        "authors": "",
        "title": "Belfast",
        "publisher": "Wikipedia",
        "year": 2026,
        "url": "https://en.wikipedia.org/wiki/Belfast",
        "kind": "tertiary",
        "locator": "Belfast",
        "passage": "Koordinat: 54°35′49″N 05°55′45″W / 54.59694°N 5.92917°W",
        "verified_in": "https://ms.m.wikipedia.org./wiki/Belfast",
    },
    "london": {
        "authors": "",
        "title": "Finding the lat long of London: why Greenwich still owns the map",
        "publisher": "Pixelation",
        "year": None,
        "url": "https://pixelation.org/finding-the-lat-long-of-london-why-greenwich-still-owns-the-map-10pf",
        "kind": "tertiary",
        "locator": "London",
        "passage": "London sits at approximately 51.5074° N, 0.1278° W.",
        "verified_in": "https://pixelation.org/finding-the-lat-long-of-london-why-greenwich-still-owns-the-map-10pf",
    },
    "paris": {
        "authors": "",
        "title": "The Geographic Coordinate Location of Paris",
        "publisher": "Eat Sip 365",
        "year": None,
        "url": "https://eatsip365.com/the-geographic-coordinate-location-of-paris",
        "kind": "tertiary",
        "locator": "Paris",
        "passage": "Latitude 48.8566° N ... Longitude 2.3522° E",
        "verified_in": "https://eatsip365.com/the-geographic-coordinate-location-of-paris",
    },
    "berlin": {
        "authors": "",
        "title": "Where is Berlin on the Map?",
        "publisher": "World War Tour Berlin",
        "year": None,
        "url": "https://worldwartourberlin.de/where-is-berlin-on-the-map/",
        "kind": "tertiary",
        "locator": "Berlin",
        "passage": "Berlin is situated at a latitude of 52.5200° N and a longitude of 13.4050° E.",
        "verified_in": "https://worldwartourberlin.de/where-is-berlin-on-the-map/",
    },
    "munich": {
        "authors": "",
        "title": "Where is Munich on the World Map?",
        "publisher": "News Daily Articles",
        "year": None,
        "url": "https://newsdailyarticles.com/local/where-is-munich-on-the-world-map/",
        "kind": "tertiary",
        "locator": "Munich",
        "passage": "Geographically, Munich is located at: Latitude: 48.1372° N ... Longitude: 11.5754° E",
        "verified_in": "https://newsdailyarticles.com/local/where-is-munich-on-the-world-map/",
    },
    "frankfurt": {
        "authors": "",
        "title": "Frankfurt",
        "publisher": "Wikipedia",
        "year": 2026,
        "url": "https://en.wikipedia.org/wiki/Frankfurt",
        "kind": "tertiary",
        "locator": "Frankfurt",
        "passage": "Coordinates: 50°7′N 8°41′E / 50.117°N 8.683°E",
        "verified_in": "http://piglix.com/piglix/Frankfurt_am_Main,_Germany",
    },
    "amsterdam": {
        "authors": "",
        "title": "Info Amsterdam",
        "publisher": "Amsterdam Tips",
        "year": None,
        "url": "https://www.amsterdamtips.com/info-amsterdam",
        "kind": "tertiary",
        "locator": "Amsterdam",
        "passage": "The coordinates of the city are 52°22′22″N 04°53′37″E.",
        "verified_in": "https://www.amsterdamtips.com/info-amsterdam",
    },
    "stockholm": {
        "authors": "",
        "title": "Where is Stockholm located?",
        "publisher": "HotBot",
        "year": 2024,
        "url": "https://www.hotbot.com/answers/where-is-stockholm-located",
        "kind": "tertiary",
        "locator": "Stockholm",
        "passage": "Stockholm is located at a latitude of approximately 59.3293 degrees North and a longitude of about 18.0686 degrees East.",
        "verified_in": "https://hotbot.com/answers/where-is-stockholm-located",
    },
    "zurich": {
        "authors": "",
        "title": "Where is Zurich?",
        "publisher": "HotBot",
        "year": 2024,
        "url": "https://www.hotbot.com/answers/where-is-zurich",
        "kind": "tertiary",
        "locator": "Zurich",
        "passage": "Zurich's geographical coordinates are approximately 47.3769° N latitude and 8.5417° E longitude.",
        "verified_in": "https://hotbot.com/answers/where-is-zurich",
    },
    "madrid": {
        "authors": "",
        "title": "Where is Madrid?",
        "publisher": "HotBot",
        "year": None,
        "url": "https://www.hotbot.com/answers/where-is-madrid",
        "kind": "tertiary",
        "locator": "Madrid",
        "passage": "Madrid lies at a latitude of approximately 40.4165 degrees North and a longitude of around 3.7026 degrees West.",
        "verified_in": "https://www.hotbot.com/answers/where-is-madrid",
    },
    "milan": {
        "authors": "",
        "title": "Milan",
        "publisher": "Wikipedia",
        "year": 2026,
        "url": "https://en.wikipedia.org/wiki/Milan",
        "kind": "tertiary",
        "locator": "Milan",
        "passage": "Coordinates: 45°28′01″N 09°11′24″E",
        "verified_in": "https://en-wikipedia--on--ipfs-org.ipns.dweb.link/wiki/Milan",
    },
    "new-york": {
        "authors": "",
        "title": "Where is New York City on the map?",
        "publisher": "HotBot",
        "year": 2024,
        "url": "https://www.hotbot.com/answers/where-is-new-york-city-on-the-map",
        "kind": "tertiary",
        "locator": "New York",
        "passage": "The city's coordinates are approximately 40.7128° N latitude and 74.0060° W longitude.",
        "verified_in": "https://hotbot.com/answers/where-is-new-york-city-on-the-map",
    },
    "chicago": {
        "authors": "",
        "title": "What Is The Absolute Location Of Chicago?",
        "publisher": "Eye and Pen",
        "year": None,
        "url": "https://www.eyeandpen.com/what-is-the-absolute-location-of-chicago/",
        "kind": "tertiary",
        "locator": "Chicago",
        "passage": "The absolute location of Chicago is approximately 41°50′N 87°40′W.",
        "verified_in": "https://www.eyeandpen.com/what-is-the-absolute-location-of-chicago/",
    },
    "dallas": {
        "authors": "",
        "title": "Dallas, TX coordinates",
        "publisher": "Study Press",
        "year": None,
        "url": "https://studypress.blog/dallas-tx-coordinates",
        "kind": "tertiary",
        "locator": "Dallas",
        "passage": "Dallas city center has latitude 32.7767° N, positioning it in the northern hemisphere, and longitude 96.7970° W",
        "verified_in": "https://studypress.blog/dallas-tx-coordinates",
    },
    "san-francisco": {
        "authors": "",
        "title": "Where is San Francisco, CA?",
        "publisher": "WorldAtlas",
        "year": None,
        "url": "https://www.worldatlas.com/na/us/ca/where-is-san-francisco.html",
        "kind": "tertiary",
        "locator": "San Francisco",
        "passage": "It is located 37.77 latitude and -122.42 longitude",
        "verified_in": "https://www.worldatlas.com/na/us/ca/where-is-san-francisco.html",
    },
    "sydney": {
        "authors": "",
        "title": "Sydney",
        "publisher": "Cove Collective",
        "year": None,
        "url": "https://editions.covecollective.org/place/sydney",
        "kind": "tertiary",
        "locator": "Sydney",
        "passage": "Latitude: -33.867987302004 Longitude: 151.210037469860",
        "verified_in": "https://editions.covecollective.org/place/sydney",
    },
    "singapore": {
        "authors": "",
        "title": "Where is Singapore Located?",
        "publisher": "Countryaah",
        "year": None,
        "url": "https://www.countryaah.com/singapore-location",
        "kind": "tertiary",
        "locator": "Singapore",
        "passage": "Singapore is located at approximately 1.3521° N latitude and 103.8198° E longitude.",
        "verified_in": "https://www.countryaah.com/singapore-location",
    },
    "tokyo": {
        "authors": "",
        "title": "Where is Tokyo",
        "publisher": "Whereig",
        "year": None,
        "url": "https://www.whereig.com/japan/tokyo-location-map.html",
        "kind": "tertiary",
        "locator": "Tokyo",
        "passage": "Coordinates: 35°41′23″N 139°41′32″E",
        "verified_in": "https://www.whereig.com/japan/tokyo-location-map.html",
    },
}


def _citation(Work, source):
    work, _ = Work.objects.get_or_create(
        url=source["url"], defaults={k: source[k] for k in WORK_FIELDS if k != "url"}
    )
    return {
        "work": work,
        "locator": source["locator"],
        "passage": source["passage"],
        "verified_in": source["verified_in"],
    }


def forwards(apps, schema_editor):
    CitySource = apps.get_model("locations", "CitySource")
    Work = apps.get_model("citations", "Work")
    for slug, source in COORDINATES.items():
        shipped = CitySource.objects.filter(
            city__slug=slug, cell="coordinates", work__url=GEONAMES["url"], passage=""
        )
        # Only then the work: an empty site gets no stray records.
        if shipped.exists():
            shipped.update(**_citation(Work, source))
    _delete_if_uncited(Work, GEONAMES["url"])


def _delete_if_uncited(Work, url):
    """Every citation protects its work, so what no row cites can go."""
    work = Work.objects.filter(url=url).first()
    if work is None:
        return
    try:
        with transaction.atomic():
            work.delete()
    except ProtectedError:
        pass  # still cited (an editor's row, another app): it stays


def backwards(apps, schema_editor):
    CitySource = apps.get_model("locations", "CitySource")
    Work = apps.get_model("citations", "Work")
    for slug, source in COORDINATES.items():
        checked = CitySource.objects.filter(
            city__slug=slug, cell="coordinates", passage=source["passage"]
        )
        if checked.exists():
            geonames, _ = Work.objects.get_or_create(
                url=GEONAMES["url"],
                defaults={k: GEONAMES[k] for k in WORK_FIELDS if k != "url"},
            )
            checked.update(work=geonames, passage="", verified_in="")
    for source in COORDINATES.values():
        _delete_if_uncited(Work, source["url"])


class Migration(migrations.Migration):
    dependencies = [("locations", "0002_checked_bands_income_coordinates")]

    operations = [migrations.RunPython(forwards, backwards)]
