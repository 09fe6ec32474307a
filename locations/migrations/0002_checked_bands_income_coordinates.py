# ruff: noqa: E501  (the cells as checked, one per line)
"""Cells checked since the first load: ten EF EPI bands, Malaysia's income group
and the coordinates of the cities whose position was checked in a copy.

`load_locations` never changes a country or city it loaded before, so sites
loaded earlier get these here. A cell changes only while it is still as first
shipped (band or income group empty, coordinates citing GeoNames with no
passage), so an editor's value is never overwritten. The new Swiss transfer
rows need nothing here: `load_locations` adds rows it has not seen.
"""

from django.db import migrations

GEONAMES_URL = "https://www.geonames.org/"
WORK_FIELDS = ("authors", "title", "publisher", "year", "url", "kind")

# code: (band, EF EPI edition, source)
ENGLISH = {
    "CH": (
        "high",
        2024,
        {
            "authors": "",
            "title": "EF English Proficiency Index 2024",
            "publisher": "EF Education First",
            "year": 2024,
            "url": "https://www.ef.com/wwen/epi/",
            "kind": "primary",
            "locator": "country ranking",
            "passage": "dropping down to 31st for 2024 with a reduced score of 550 [2024 "
            "bands (ef_bands): 599 – 550 (High)]",
            "verified_in": "https://iamexpat.ch/education/education-news/why-do-switzerlands-english-language-skills-keep-getting-worse",
        },
    ),
    "ES": (
        "moderate",
        2024,
        {
            "authors": "",
            "title": "EF English Proficiency Index 2024",
            "publisher": "EF Education First",
            "year": 2024,
            "url": "https://www.ef.com/wwen/epi/",
            "kind": "primary",
            "locator": "country ranking",
            "passage": "Spain sits at 36th place globally with 538 points [2024 bands "
            "(ef_bands): 549 – 500 (Moderate)]",
            "verified_in": "https://neweuropetoday.com/top-eu-nations-for-english-speakers-2024",
        },
    ),
    "FR": (
        "moderate",
        2024,
        {
            "authors": "",
            "title": "EF English Proficiency Index 2024",
            "publisher": "EF Education First",
            "year": 2024,
            "url": "https://www.ef.com/wwen/epi/",
            "kind": "primary",
            "locator": "country ranking",
            "passage": "France ... scoring just 524 points and ranking 49th globally "
            "[2024 bands (ef_bands): 549 – 500 (Moderate)]",
            "verified_in": "https://neweuropetoday.com/top-eu-nations-for-english-speakers-2024",
        },
    ),
    "IN": (
        "low",
        2024,
        {
            "authors": "",
            "title": "EF English Proficiency Index 2024",
            "publisher": "EF Education First",
            "year": 2024,
            "url": "https://www.ef.com/wwen/epi/",
            "kind": "primary",
            "locator": "country ranking",
            "passage": "“low proficiency” (62–92) ... South Korea placed fiftieth and "
            "India sixty-ninth",
            "verified_in": "https://www.nippon.com/en/japan-data/h02199/japan-slides-further-in-english-proficiency-ranking.html",
        },
    ),
    "IT": (
        "moderate",
        2024,
        {
            "authors": "",
            "title": "EF English Proficiency Index 2024",
            "publisher": "EF Education First",
            "year": 2024,
            "url": "https://www.ef.com/wwen/epi/",
            "kind": "primary",
            "locator": "country ranking",
            "passage": "Italy fares only slightly better, ranking 46th globally with 528 "
            "points [2024 bands (ef_bands): 549 – 500 (Moderate)]",
            "verified_in": "https://neweuropetoday.com/top-eu-nations-for-english-speakers-2024",
        },
    ),
    "JP": (
        "low",
        2024,
        {
            "authors": "",
            "title": "EF English Proficiency Index 2024",
            "publisher": "EF Education First",
            "year": 2024,
            "url": "https://www.ef.com/wwen/epi/",
            "kind": "primary",
            "locator": "country ranking",
            "passage": "This year’s global ranking puts Japan at 92 (average score: 454 "
            "points), which is at the very bottom of the Low proficiency band",
            "verified_in": "https://soranews24.com/2024/11/19/japan-reaches-its-lowest-ever-ranking-on-education-firsts-2024-english-proficiency-index",
        },
    ),
    "KE": (
        "high",
        2024,
        {
            "authors": "",
            "title": "EF English Proficiency Index 2024",
            "publisher": "EF Education First",
            "year": 2024,
            "url": "https://www.ef.com/wwen/epi/",
            "kind": "primary",
            "locator": "country ranking",
            "passage": "The Top 5 English-Proficient African Countries (2024) ... 2 Kenya "
            "581 19th [2024 bands (ef_bands): 599 – 550 (High)]",
            "verified_in": "https://www.wallafricajournal.com/top-5-african-countries-with-the-strongest-english-proficiency",
        },
    ),
    "MA": (
        "low",
        2024,
        {
            "authors": "",
            "title": "EF English Proficiency Index 2024",
            "publisher": "EF Education First",
            "year": 2024,
            "url": "https://www.ef.com/wwen/epi/",
            "kind": "primary",
            "locator": "country ranking",
            "passage": "Morocco ranked 76th out of 116 countries in the EF English "
            "Proficiency Index 2024 ... it still falls in the «low "
            "proficiency» category",
            "verified_in": "https://maghress.com/fr/yabiladi/156283",
        },
    ),
    "MY": (
        "high",
        2024,
        {
            "authors": "",
            "title": "EF English Proficiency Index 2024",
            "publisher": "EF Education First",
            "year": 2024,
            "url": "https://www.ef.com/wwen/epi/",
            "kind": "primary",
            "locator": "country ranking",
            "passage": "followed by the Philippines at 22 and Malaysia at 26 (High "
            "proficiency)",
            "verified_in": "https://soranews24.com/2024/11/19/japan-reaches-its-lowest-ever-ranking-on-education-firsts-2024-english-proficiency-index",
        },
    ),
    "VN": (
        "low",
        2024,
        {
            "authors": "",
            "title": "EF English Proficiency Index 2024",
            "publisher": "EF Education First",
            "year": 2024,
            "url": "https://www.ef.com/wwen/epi/",
            "kind": "primary",
            "locator": "country ranking",
            "passage": 'This places Vietnam in the "low proficiency" category, with an '
            "index range of 450-499",
            "verified_in": "https://e.vnexpress.net/news/news/education/vietnam-s-english-ranking-drops-5-places-to-low-proficiency-group-4815644.html",
        },
    ),
}

# code: (income group, fiscal year, source)
INCOME = {
    "MY": (
        "upper_middle",
        "FY2027",
        {
            "authors": "",
            "title": "World Bank country and lending groups",
            "publisher": "World Bank",
            "year": 2026,
            "url": "https://datahelpdesk.worldbank.org/knowledgebase/articles/906519-world-bank-country-and-lending-groups",
            "kind": "primary",
            "locator": "FY2027",
            "passage": "The classification applicable for the 2024-2025 period ... "
            "Upper-middle-income economies: * Malaysia",
            "verified_in": "https://databoks.katadata.co.id/en/pdb/statistics/670902e0191c7/high-and-middle-income-countries-in-asean-2023",
        },
    )
}

# city slug: source of its coordinates
COORDINATES = {
    "krakow": {
        "authors": "",
        "title": "Kraków",
        "publisher": "Wikipedia",
        "year": 2026,
        "url": "https://en.wikipedia.org/wiki/Krak%C3%B3w",
        "kind": "tertiary",
        "locator": "Kraków",
        "passage": "Coordinates: 50°03′41″N 19°56′14″E / 50.06139°N 19.93722°E",
        "verified_in": "https://nextcloud.domilabs.xyz/content/wikipedia_en_top_mini_2025-09/Krak%C3%B3w",
    },
    "bucharest": {
        "authors": "",
        "title": "Bucharest",
        "publisher": "Wikipedia",
        "year": 2026,
        "url": "https://en.wikipedia.org/wiki/Bucharest",
        "kind": "tertiary",
        "locator": "Bucharest",
        "passage": "located in the southeast of the country, at 44°25′57″N "
        "26°06′14″E / 44.4325°N 26.10389°E",
        "verified_in": "https://liquisearch.com/bucharest",
    },
    "lisbon": {
        "authors": "",
        "title": "Where is Lisbon?",
        "publisher": "HotBot",
        "year": 2024,
        "url": "https://www.hotbot.com/answers/where-is-lisbon",
        "kind": "tertiary",
        "locator": "Lisbon",
        "passage": "The city coordinates are approximately 38.7167° N latitude and "
        "9.1399° W longitude",
        "verified_in": "https://www.hotbot.com/answers/where-is-lisbon",
    },
    "porto": {
        "authors": "",
        "title": "Where is Porto",
        "publisher": "Burning Compass",
        "year": 2025,
        "url": "https://burningcompass.com/on-world-map/where-is-porto.html",
        "kind": "tertiary",
        "locator": "Porto",
        "passage": "positioned at approximately 41.15°N latitude and 8.61°W longitude",
        "verified_in": "https://burningcompass.com/on-world-map/where-is-porto.html",
    },
    "dublin": {
        "authors": "",
        "title": "Where is Dublin located?",
        "publisher": "Travel Cheery",
        "year": 2023,
        "url": "https://travelcheery.com/2023/06/09/where-is-dublin-located/",
        "kind": "tertiary",
        "locator": "Dublin",
        "passage": "The latitude of Dublin is 53.342686 while its longitude is "
        "-6.267118",
        "verified_in": "https://travelcheery.com/2023/06/09/where-is-dublin-located/",
    },
    "cluj-napoca": {
        "authors": "",
        "title": "Cluj-Napoca",
        "publisher": "Wikipedia",
        "year": 2026,
        "url": "https://en.wikipedia.org/wiki/Cluj-Napoca",
        "kind": "tertiary",
        "locator": "Cluj-Napoca",
        "passage": "Coordinates: 46°46′N 23°35′E / 46.767°N 23.583°E",
        "verified_in": "http://piglix.com/piglix/Cluj-Napoca",
    },
    "sofia": {
        "authors": "",
        "title": "What are the coordinates of Sofia, Bulgaria?",
        "publisher": "TravelAsker",
        "year": 2023,
        "url": "https://travelasker.com/what-are-the-coordinates-of-sofia-bulgaria/",
        "kind": "tertiary",
        "locator": "Sofia",
        "passage": "The latitude coordinate of Sofia is 42.6975 degrees north ... "
        "The longitude coordinate of Sofia is 23.3242 degrees east",
        "verified_in": "https://travelasker.com/what-are-the-coordinates-of-sofia-bulgaria/",
    },
    "tallinn": {
        "authors": "",
        "title": "Where is Tallinn",
        "publisher": "Neuralword",
        "year": 2023,
        "url": "https://neuralword.com/en/article/where-is-tallinn",
        "kind": "tertiary",
        "locator": "Tallinn",
        "passage": "Tallinn is positioned at a latitude of 59.43° N and a "
        "longitude of 24.75° E",
        "verified_in": "https://neuralword.com/en/article/where-is-tallinn",
    },
    "casablanca": {
        "authors": "",
        "title": "Casablanca",
        "publisher": "Wikipedia",
        "year": 2026,
        "url": "https://en.wikipedia.org/wiki/Casablanca",
        "kind": "tertiary",
        "locator": "Casablanca",
        "passage": "Coordinates: 33°32′N 7°35′W / 33°32′N 7°35′W / 33.533; -7.583",
        "verified_in": "https://www.think.ovh/%D7%AA%D7%97%D7%A9%D7%95%D7%91/en/Casablanca",
    },
    "cairo": {
        "authors": "",
        "title": "Where is Cairo?",
        "publisher": "HotBot",
        "year": 2024,
        "url": "https://www.hotbot.com/answers/where-is-cairo",
        "kind": "tertiary",
        "locator": "Cairo",
        "passage": "The geographical coordinates of Cairo are approximately 30.0444 "
        "degrees North latitude and 31.2357 degrees East longitude",
        "verified_in": "https://hotbot.com./answers/where-is-cairo",
    },
    "bangalore": {
        "authors": "",
        "title": "Bangalore",
        "publisher": "Wikipedia",
        "year": 2026,
        "url": "https://en.wikipedia.org/wiki/Bangalore",
        "kind": "tertiary",
        "locator": "Bangalore",
        "passage": "Coordinates: 12°58′44″N 77°35′30″E",
        "verified_in": "https://worddisk.com/wiki/Bangalore,_Karnataka/",
    },
    "pune": {
        "authors": "",
        "title": "Geography of Pune",
        "publisher": "Pune Pages",
        "year": None,
        "url": "http://www.punepages.com/geography-of-pune",
        "kind": "tertiary",
        "locator": "Pune",
        "passage": "Pune is located at 18° 31' 22.45\" North 73° 52' 32.69\" East",
        "verified_in": "http://www.punepages.com/geography-of-pune",
    },
    "hyderabad": {
        "authors": "",
        "title": "Geography of Hyderabad",
        "publisher": "Wikipedia",
        "year": 2026,
        "url": "https://en.wikipedia.org/wiki/Geography_of_Hyderabad",
        "kind": "tertiary",
        "locator": "Hyderabad",
        "passage": "The city lies at 17.366° N latitude and 78.476° E longitude.",
        "verified_in": "https://en.wikipedia.org/wiki/Geography_of_Hyderabad",
    },
    "manila": {
        "authors": "",
        "title": "Manila",
        "publisher": "Wikipedia",
        "year": 2026,
        "url": "https://en.wikipedia.org/wiki/Manila",
        "kind": "tertiary",
        "locator": "Manila",
        "passage": "Coordinates: 14°35′N 120°58′E / 14.583°N 120.967°E",
        "verified_in": "https://sco.wikipedia.org/wiki/Manila",
    },
    "cebu": {
        "authors": "",
        "title": "Cebu City",
        "publisher": "Wikipedia",
        "year": 2026,
        "url": "https://en.wikipedia.org/wiki/Cebu_City",
        "kind": "tertiary",
        "locator": "Cebu",
        "passage": "Coordinates: 10°17′35″N 123°54′07″E / 10.293°N 123.902°E",
        "verified_in": "https://en.wikipedia.org/wiki/Cebu_City",
    },
    "ho-chi-minh-city": {
        "authors": "",
        "title": "Where Is Ho Chi Minh City Located? The Map of "
        "Vietnam's Southern Powerhouse",
        "publisher": "Pixelation",
        "year": 2025,
        "url": "https://pixelation.org/where-is-ho-chi-minh-city-located-the-map-of-vietnams-southern-powerhouse-61h",
        "kind": "tertiary",
        "locator": "Ho Chi Minh City",
        "passage": "It sits at approximately 10.77° N latitude and "
        "106.66° E longitude.",
        "verified_in": "https://pixelation.org/where-is-ho-chi-minh-city-located-the-map-of-vietnams-southern-powerhouse-61h",
    },
    "kuala-lumpur": {
        "authors": "",
        "title": "What is the Capital of Malaysia?",
        "publisher": "World Population Review",
        "year": 2024,
        "url": "https://worldpopulationreview.com/capitals/malaysia/",
        "kind": "tertiary",
        "locator": "Kuala Lumpur",
        "passage": "Kuala Lumpur is located at 3.1390° N, 101.6869° E",
        "verified_in": "http://worldpopulationreview.com/capitals/malaysia/",
    },
    "mexico-city": {
        "authors": "",
        "title": "Mexico City: unveiling latitude and longitude",
        "publisher": "Park Compass",
        "year": 2025,
        "url": "https://parkcompass.com/blog/mexico-city-unveiling-latitude-longitude",
        "kind": "tertiary",
        "locator": "Mexico City",
        "passage": "The general coordinates are approximately 19.4326° N "
        "latitude and 99.1332° W longitude.",
        "verified_in": "https://parkcompass.com/blog/mexico-city-unveiling-latitude-longitude",
    },
    "guadalajara": {
        "authors": "",
        "title": "Where is Guadalajara, Mexico",
        "publisher": "Whereig",
        "year": 2024,
        "url": "https://www.whereig.com/mexico/guadalajara-location-map.html",
        "kind": "tertiary",
        "locator": "Guadalajara",
        "passage": "Coordinates20°40′36″N 103°20′51″W",
        "verified_in": "https://www.whereig.com/mexico/guadalajara-location-map.html",
    },
    "bogota": {
        "authors": "",
        "title": "Where is Bogota?",
        "publisher": "HotBot",
        "year": 2024,
        "url": "https://www.hotbot.com/answers/where-is-bogota",
        "kind": "tertiary",
        "locator": "Bogotá",
        "passage": "Bogotá is positioned at approximately 4.7110° N latitude and "
        "74.0721° W longitude",
        "verified_in": "https://www.hotbot.com/answers/where-is-bogota",
    },
    "medellin": {
        "authors": "",
        "title": "Medellín",
        "publisher": "Travel Roulette",
        "year": 2025,
        "url": "https://www.travelroulette.app/travel/outdoor-nature/colombia/medelln",
        "kind": "tertiary",
        "locator": "Medellín",
        "passage": "Coordinates: 6.230833, -75.590553",
        "verified_in": "https://www.travelroulette.app/travel/outdoor-nature/colombia/medelln",
    },
    "sao-paulo": {
        "authors": "",
        "title": "Where is São Paulo? Discover",
        "publisher": "Hopkins Kate",
        "year": 2025,
        "url": "https://hopkinskate.com/blog/where-is-sao-paulo-discover",
        "kind": "tertiary",
        "locator": "São Paulo",
        "passage": "São Paulo's geographical coordinates are approximately "
        "23.5505° S latitude and 46.6333° W longitude",
        "verified_in": "https://hopkinskate.com/blog/where-is-sao-paulo-discover",
    },
    "buenos-aires": {
        "authors": "",
        "title": "Where is Buenos Aires in Argentina located?",
        "publisher": "Wine n Food",
        "year": 2025,
        "url": "https://winenfood.com/where-is-buenos-aires-in-argentina-located",
        "kind": "tertiary",
        "locator": "Buenos Aires",
        "passage": "Geographic Coordinates: Approximately 34.6037° S "
        "latitude, 58.3816° W longitude.",
        "verified_in": "https://winenfood.com/where-is-buenos-aires-in-argentina-located",
    },
    "nairobi": {
        "authors": "",
        "title": "Nairobi",
        "publisher": "Wikipedia",
        "year": 2026,
        "url": "https://en.wikipedia.org/wiki/Nairobi",
        "kind": "tertiary",
        "locator": "Nairobi",
        "passage": "Coordinates: 1°17′S 36°49′E / 1.283°S 36.817°E",
        "verified_in": "https://sco.wikipedia.org/wiki/Nairobi",
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
    Country = apps.get_model("locations", "Country")
    CountrySource = apps.get_model("locations", "CountrySource")
    CitySource = apps.get_model("locations", "CitySource")
    Work = apps.get_model("citations", "Work")
    for code, (band, edition, source) in ENGLISH.items():
        country = Country.objects.filter(code=code, english_band="").first()
        if country is None or country.sources.filter(cell="english").exists():
            continue
        Country.objects.filter(pk=country.pk).update(
            english_band=band, english_edition=edition
        )
        CountrySource.objects.create(
            country=country, cell="english", **_citation(Work, source)
        )
    for code, (group, year, source) in INCOME.items():
        country = Country.objects.filter(code=code, income_group="").first()
        if country is None or country.sources.filter(cell="income").exists():
            continue
        Country.objects.filter(pk=country.pk).update(
            income_group=group, income_year=year
        )
        CountrySource.objects.create(
            country=country, cell="income", **_citation(Work, source)
        )
    for slug, source in COORDINATES.items():
        shipped = CitySource.objects.filter(
            city__slug=slug, cell="coordinates", work__url=GEONAMES_URL, passage=""
        )
        # Only then the work: an empty site gets no stray records.
        if shipped.exists():
            shipped.update(**_citation(Work, source))


def backwards(apps, schema_editor):
    Country = apps.get_model("locations", "Country")
    CountrySource = apps.get_model("locations", "CountrySource")
    CitySource = apps.get_model("locations", "CitySource")
    Work = apps.get_model("citations", "Work")
    for code, (band, _, source) in ENGLISH.items():
        shipped = CountrySource.objects.filter(
            country__code=code,
            country__english_band=band,
            cell="english",
            passage=source["passage"],
        )
        if shipped.exists():
            shipped.delete()
            Country.objects.filter(code=code).update(
                english_band="", english_edition=None
            )
    for code, (group, _, source) in INCOME.items():
        shipped = CountrySource.objects.filter(
            country__code=code,
            country__income_group=group,
            cell="income",
            passage=source["passage"],
        )
        if shipped.exists():
            shipped.delete()
            Country.objects.filter(code=code).update(income_group="", income_year="")
    geonames = Work.objects.filter(url=GEONAMES_URL).first()
    if geonames is None:
        return
    for slug, source in COORDINATES.items():
        CitySource.objects.filter(
            city__slug=slug, cell="coordinates", passage=source["passage"]
        ).update(work=geonames, passage="", verified_in="")


class Migration(migrations.Migration):
    dependencies = [("locations", "0001_initial"), ("citations", "0001_work")]

    operations = [migrations.RunPython(forwards, backwards)]
