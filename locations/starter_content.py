# ruff: noqa: E501  (tables of data read better one row a line)
"""The shortlist's starter content: countries, cities and data-transfer rows.

Every figure and legal reference here was checked against a stored copy of
its source (`verified_in`, with the supporting words in `passage`, both for
editors only). What could not be checked is left out: an English band stays
empty, a transfer row is missing (the page then says "no rule recorded:
check with counsel"). Bands only, never scores or wages. Written in our own
words; the database copy is the one that counts once loaded.
"""

LAST_REVIEWED = "2026-12-06"


def work(title, publisher, year, url, kind, authors=""):
    return {
        "authors": authors,
        "title": title,
        "publisher": publisher,
        "year": year,
        "url": url,
        "kind": kind,
    }


def cite(source, locator="", passage="", verified_in=""):
    return {
        **source,
        "locator": locator,
        "passage": passage,
        "verified_in": verified_in,
    }


# --- Works --------------------------------------------------------------------

EF_EPI_2024 = work(
    "EF English Proficiency Index 2024",
    "EF Education First",
    2024,
    "https://www.ef.com/wwen/epi/",
    "primary",
)
EF_EPI_2023_PHILIPPINES = work(
    "Filipinos remain highly proficient in the English language",
    "BusinessWorld",
    2023,
    "https://www.bworldonline.com/infographics/2023/11/15/557561/"
    "filipinos-remain-highly-proficient-in-the-english-language/",
    "secondary",
)
WORLD_BANK_INCOME = work(
    "World Bank country and lending groups",
    "World Bank",
    2026,
    "https://datahelpdesk.worldbank.org/knowledgebase/articles/"
    "906519-world-bank-country-and-lending-groups",
    "primary",
)
TZ_DATABASE = work(
    "Time Zone Database",
    "Internet Assigned Numbers Authority (IANA)",
    2026,
    "https://www.iana.org/time-zones",
    "primary",
)
GEONAMES = work("GeoNames", "GeoNames", 2026, "https://www.geonames.org/", "secondary")
WORKWEEK = work(
    "Workweek and weekend",
    "Wikipedia",
    2026,
    "https://en.wikipedia.org/wiki/Workweek_and_weekend",
    "tertiary",
)
GDPR = work(
    "Regulation (EU) 2016/679 (General Data Protection Regulation)",
    "Official Journal of the European Union",
    2016,
    "https://eur-lex.europa.eu/eli/reg/2016/679/oj",
    "primary",
)
UK_DPA_SCHEDULE_21 = work(
    "Data Protection Act 2018, Schedule 21 (transfers: adequacy regulations)",
    "legislation.gov.uk",
    2018,
    "https://www.legislation.gov.uk/ukpga/2018/12/schedule/21",
    "primary",
)
UK_US_REGULATIONS = work(
    "The Data Protection (Adequacy) (United States of America) Regulations 2023 "
    "(SI 2023/1028)",
    "legislation.gov.uk",
    2023,
    "https://www.legislation.gov.uk/uksi/2023/1028/made",
    "primary",
)
ICO_TRANSFERS = work(
    "International transfers: a guide",
    "Information Commissioner's Office",
    2026,
    "https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/"
    "international-transfers/",
    "primary",
)
SWISS_ANNEX_1 = work(
    "Recognition by Switzerland of States that guarantee an adequate level of "
    "data protection (Annex 1 to the Data Protection Ordinance)",
    "Federal Office of Justice",
    2026,
    "https://www.bj.admin.ch/bj/en/home/staat/datenschutz/internationales/"
    "anerkennung-staaten.html",
    "primary",
)
FADP = work(
    "Federal Act on Data Protection (FADP)",
    "Swiss Confederation",
    2020,
    "https://www.fedlex.admin.ch/eli/cc/2022/491/en",
    "primary",
)
EC_ADEQUACY = work(
    "Adequacy decisions",
    "European Commission",
    2026,
    "https://commission.europa.eu/law/law-topic/data-protection/"
    "international-dimension-data-protection/adequacy-decisions_en",
    "primary",
)
DPF_DECISION = work(
    "Commission Implementing Decision (EU) 2023/1795 on the adequate level of "
    "protection of personal data under the EU-US Data Privacy Framework",
    "Official Journal of the European Union",
    2023,
    "https://eur-lex.europa.eu/eli/dec_impl/2023/1795/oj",
    "primary",
)
UK_DECISION = work(
    "Commission Implementing Decision (EU) 2021/1772 on the adequate protection "
    "of personal data by the United Kingdom",
    "Official Journal of the European Union",
    2021,
    "https://eur-lex.europa.eu/eli/dec_impl/2021/1772/oj",
    "primary",
)
BRAZIL_DECISION = work(
    "Commission Implementing Decision (EU) 2026/179 on the adequate level of "
    "protection of personal data by Brazil",
    "Official Journal of the European Union",
    2026,
    "https://eur-lex.europa.eu/eli/dec_impl/2026/179/oj",
    "primary",
)
ARGENTINA_DECISION = work(
    "Commission Decision 2003/490/EC on the adequate protection of personal "
    "data in Argentina",
    "Official Journal of the European Union",
    2003,
    "https://eur-lex.europa.eu/eli/dec/2003/490/oj",
    "primary",
)
URUGUAY_DECISION = work(
    "Commission Implementing Decision 2012/484/EU on the adequate protection of "
    "personal data by Uruguay",
    "Official Journal of the European Union",
    2012,
    "https://eur-lex.europa.eu/eli/dec_impl/2012/484/oj",
    "primary",
)
CANADA_DECISION = work(
    "Commission Decision 2002/2/EC on the adequate protection of personal data "
    "provided by the Canadian Personal Information Protection and Electronic "
    "Documents Act",
    "Official Journal of the European Union",
    2002,
    "https://eur-lex.europa.eu/eli/dec/2002/2/oj",
    "primary",
)

# Where each claim was checked (for editors).
CHECKED = {
    "ef_2024": "https://wikimili.com/en/EF_English_Proficiency_Index",
    "ef_latam": "https://www.sephardiccouncil.org/colombia-is-the-fifth-worst-"
    "country-in-latin-america-in-english-proficiency-according-to-a-new-report/",
    "ef_mexico": "https://mexicodailypost.news/2024/11/13/189723",
    "ef_bands": "https://wikisum.wiki/wiki/EF_English_Proficiency_Index",
    "ef_2024_asia": "https://soranews24.com/2024/11/19/japan-reaches-its-lowest-ever-"
    "ranking-on-education-firsts-2024-english-proficiency-index",
    "ef_2024_rank_bands": "https://www.nippon.com/en/japan-data/h02199/"
    "japan-slides-further-in-english-proficiency-ranking.html",
    "ef_2024_europe": "https://neweuropetoday.com/top-eu-nations-for-english-speakers-2024",
    "ef_2024_switzerland": "https://iamexpat.ch/education/education-news/"
    "why-do-switzerlands-english-language-skills-keep-getting-worse",
    "ef_2024_africa": "https://www.wallafricajournal.com/"
    "top-5-african-countries-with-the-strongest-english-proficiency",
    "ef_2024_morocco": "https://maghress.com/fr/yabiladi/156283",
    "ef_2024_vietnam": "https://e.vnexpress.net/news/news/education/"
    "vietnam-s-english-ranking-drops-5-places-to-low-proficiency-group-4815644.html",
    "wb_fy24": "https://www.scribd.com/document/751147447/"
    "Current-region-classification-2023-24",
    "wb_fy25": "https://www.tommysandvin.com/insights-into-global-economic-shifts",
    "wb_fy25_asean": "https://databoks.katadata.co.id/en/pdb/statistics/"
    "670902e0191c7/high-and-middle-income-countries-in-asean-2023",
    "wb_fy26": "https://wsnext.com/79c4ee6-World-Bank-global-economy",
    "wb_fy27": "https://htsyndication.com/asian-news-international/article/"
    "diverse-growth-paths-lift-six-countries-into-higher-income-groups%3A-"
    "world-bank/101882381",
    "wb_india_2026": "https://inshorts.com/en/amp_news/why-is-sri-lanka-now-being-"
    "called--upper-middle-income-economy--but-india-is-not--1783137470840",
    "wb_2020": "https://www.jagranjosh.com/general-knowledge/world-bank-country-"
    "classifications-by-income-level-1594710102-1",
    "wb_high_2023": "https://worldpopulationreview.com/country-rankings/"
    "high-income-countries",
    "workweek_egypt": "http://www-assets.justlanded.com/english/Egypt/Egypt-Guide/"
    "Jobs/Working-conditions-in-Egypt",
    "ec_list": EC_ADEQUACY["url"],
    "dpf": "https://www.data-privacy-framework.com/"
    "Commission_Implementing_Decision_EU_2023_1795.html",
    "uk_renewal": "https://www.uea.ac.uk/about/law-school/research/research-blog/"
    "eu-uk-data-adequacy-decisions-renewed:-stability-in-data-flows-by-dr-karen-"
    "mc-cullagh",
    "uk_renewal_2031": "https://www.itpro.com/business/policy-and-legislation/"
    "european-commission-approves-data-flows-with-uk-for-another-six-years",
    "brazil": "https://cms.law/en/prt/news-information/uniao-europeia-e-brasil-"
    "adotam-decisao-de-adequacao-mutua-em-materia-de-protecao-de-dados-pessoais",
    "brazil_number": "https://europalov.no/rettsakt/beskyttelse-av-"
    "personopplysninger-ved-datautveksling-med-brasil/id-34841",
    "argentina": "https://dataverse.harvard.edu/dataset.xhtml?persistentId="
    "doi:10.7910/DVN/0EGYWY",
    "uruguay": "https://proteuscyber.com/privacy-database/uruguay-adequacy",
    "eu_old_decisions": "http://eur-lex.europa.eu/eli/dec_impl/2016/2295/oj",
    "uk_schedule_21": "https://handleygill.co.uk/uk-adequacy-regulations",
    "ico": "https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/"
    "online-safety-and-data-protection/content-moderation-and-data-protection/"
    "what-do-we-need-to-consider-if-we-transfer-people-s-personal-information-"
    "outside-the-uk/",
    "swiss_list": "https://prighter.com/ja/resources/laws/swiss-fadp/dpo/chapters/"
    "annexes",
    "swiss_list_uk_uy": "https://gpg-pdf.chambers.com/view/731628805/461/",
    "swiss_us": "https://www.walderwyss.com/en/news/2024-08-14_federal-council-"
    "swiss-us-data-privacy-framework-in-force-on-15-september-2024",
    "swiss_clauses": "https://www.edoeb.admin.ch/edoeb/en/home/datenschutz/"
    "international/angemessenheit.html",
}

# --- Countries ----------------------------------------------------------------
# (code, name, region, regime, working week,
#  English band or "", EF EPI edition, income group or "")

EU, UK, CH, NONE = "eu", "uk", "ch", "none"
INCOME_YEAR = "FY2027"

COUNTRIES = [
    ("AR", "Argentina", "Latin America", NONE, "mon_fri", "high", 2024, "upper_middle"),
    ("AU", "Australia", "Asia-Pacific", NONE, "mon_fri", "official", None, "high"),
    ("BG", "Bulgaria", "Central and Eastern Europe", EU, "mon_fri", "", None, "high"),
    ("BR", "Brazil", "Latin America", NONE, "mon_fri", "low", 2024, "upper_middle"),
    ("CA", "Canada", "North America", NONE, "mon_fri", "official", None, "high"),
    ("CH", "Switzerland", "Western Europe", CH, "mon_fri", "high", 2024, "high"),
    ("CO", "Colombia", "Latin America", NONE, "mon_fri", "low", 2024, "upper_middle"),
    ("DE", "Germany", "Western Europe", EU, "mon_fri", "high", 2024, "high"),
    ("EE", "Estonia", "Central and Eastern Europe", EU, "mon_fri", "", None, "high"),
    ("EG", "Egypt", "Middle East and North Africa", NONE, "sun_thu", "", None, "lower_middle"),
    ("ES", "Spain", "Western Europe", EU, "mon_fri", "moderate", 2024, "high"),
    ("FR", "France", "Western Europe", EU, "mon_fri", "moderate", 2024, "high"),
    ("GB", "United Kingdom", "Western Europe", UK, "mon_fri", "official", None, "high"),
    ("IE", "Ireland", "Western Europe", EU, "mon_fri", "official", None, "high"),
    ("IN", "India", "South Asia", NONE, "mon_fri", "low", 2024, "lower_middle"),
    ("IT", "Italy", "Western Europe", EU, "mon_fri", "moderate", 2024, "high"),
    ("JP", "Japan", "Asia-Pacific", NONE, "mon_fri", "low", 2024, "high"),
    ("KE", "Kenya", "Sub-Saharan Africa", NONE, "mon_fri", "high", 2024, "lower_middle"),
    ("MA", "Morocco", "Middle East and North Africa", NONE, "mon_fri", "low", 2024, "lower_middle"),
    ("MX", "Mexico", "Latin America", NONE, "mon_fri", "low", 2024, "upper_middle"),
    ("MY", "Malaysia", "Asia-Pacific", NONE, "mon_fri", "high", 2024, "upper_middle"),
    ("NL", "Netherlands", "Western Europe", EU, "mon_fri", "very_high", 2024, "high"),
    ("PH", "Philippines", "Asia-Pacific", NONE, "mon_fri", "high", 2023, "upper_middle"),
    ("PL", "Poland", "Central and Eastern Europe", EU, "mon_fri", "high", 2024, "high"),
    ("PT", "Portugal", "Western Europe", EU, "mon_fri", "very_high", 2024, "high"),
    ("RO", "Romania", "Central and Eastern Europe", EU, "mon_fri", "high", 2024, "high"),
    ("SE", "Sweden", "Western Europe", EU, "mon_fri", "very_high", 2024, "high"),
    ("SG", "Singapore", "Asia-Pacific", NONE, "mon_fri", "very_high", 2024, "high"),
    ("US", "United States", "North America", NONE, "mon_fri", "official", None, "high"),
    ("UY", "Uruguay", "Latin America", NONE, "mon_fri", "moderate", 2024, "high"),
    ("VN", "Vietnam", "Asia-Pacific", NONE, "mon_fri", "low", 2024, "upper_middle"),
    ("ZA", "South Africa", "Sub-Saharan Africa", NONE, "mon_fri", "high", 2024, "upper_middle"),
]  # fmt: skip

# Where a copy gives only the 2024 score or rank, the band is EF's for that
# score in 2024, as the ef_bands copy lists them.
HIGH_2024 = " [2024 bands (ef_bands): 599 – 550 (High)]"
MODERATE_2024 = " [2024 bands (ef_bands): 549 – 500 (Moderate)]"

# Where each English band was checked: (verified_in key, passage). Bulgaria,
# Estonia and Egypt stay empty: no stored copy gave their 2024 band or score.
ENGLISH_CHECKS = {
    "AR": ("ef_latam", "Suriname (563) and Argentina (562), both with a high level"),
    "BR": ("ef_latam", "Colombia surpasses only Brazil (466)"),
    "CH": (
        "ef_2024_switzerland",
        "dropping down to 31st for 2024 with a reduced score of 550" + HIGH_2024,
    ),
    "CO": ("ef_latam", "With an average score of 485"),
    "DE": ("ef_2024", "Germany | 598 | High Proficiency"),
    "ES": (
        "ef_2024_europe",
        "Spain sits at 36th place globally with 538 points" + MODERATE_2024,
    ),
    "FR": (
        "ef_2024_europe",
        "France ... scoring just 524 points and ranking 49th globally" + MODERATE_2024,
    ),
    "IN": (
        "ef_2024_rank_bands",
        "“low proficiency” (62–92) ... South Korea placed fiftieth and "
        "India sixty-ninth",
    ),
    "IT": (
        "ef_2024_europe",
        "Italy fares only slightly better, ranking 46th globally with 528 points"
        + MODERATE_2024,
    ),
    "JP": (
        "ef_2024_asia",
        "This year’s global ranking puts Japan at 92 (average score: 454 points), "
        "which is at the very bottom of the Low proficiency band",
    ),
    "KE": (
        "ef_2024_africa",
        "The Top 5 English-Proficient African Countries (2024) ... 2 Kenya 581 19th"
        + HIGH_2024,
    ),
    "MA": (
        "ef_2024_morocco",
        "Morocco ranked 76th out of 116 countries in the EF English Proficiency "
        "Index 2024 ... it still falls in the «low proficiency» category",
    ),
    "MY": (
        "ef_2024_asia",
        "followed by the Philippines at 22 and Malaysia at 26 (High proficiency)",
    ),
    "MX": ("ef_mexico", "With an average score of 459, our country ranked 87th"),
    "NL": ("ef_2024", "Netherlands | 636 | Very high proficiency"),
    "PH": ("", "EPI score sits at 578 ... categorized as “high proficiency”"),
    "PL": ("ef_2024", "Poland | 588 | High proficiency"),
    "PT": ("ef_2024", "Portugal | 605 | Very high proficiency"),
    "RO": ("ef_2024", "Romania | 593 | High proficiency"),
    "SE": ("ef_2024", "Sweden | 608 | Very high proficiency"),
    "SG": ("ef_2024", "Singapore | 609 | Very high proficiency"),
    "UY": (
        "ef_latam",
        "Honduras (545), Uruguay (538) and Costa Rica (534), which "
        "achieve a moderate level",
    ),
    "VN": (
        "ef_2024_vietnam",
        'This places Vietnam in the "low proficiency" category, with an index '
        "range of 450-499",
    ),
    "ZA": ("ef_2024", "South Africa | 594 | High Proficiency"),
}
# Countries where English is an official or main language: not in the index.
OFFICIAL_CHECK = (
    "ef_bands",
    "No data or English is official or de-facto national language",
)

# Where each income group was checked: the FY2024 list, with the changes since
# (FY2025: Bulgaria to high income; FY2026: the reports read name Costa Rica to
# high income, Cabo Verde and Samoa to upper-middle and Namibia down, none of
# ours; FY2027: the Philippines and Vietnam to upper-middle income, no country
# to high income and none down).
INCOME_CHECKS = {
    "AR": ("wb_fy24", "Argentina Upper middle income"),
    "AU": ("wb_fy24", "Australia High income"),
    "BG": ("wb_fy25", "Upgraded from Upper-Middle to High-Income Economies - Bulgaria"),
    "BR": ("wb_fy24", "Brazil Upper middle income"),
    "CA": ("wb_fy24", "Canada High income"),
    "CH": ("wb_fy24", "Switzerland High income"),
    "CO": ("wb_2020", "Upper-Middle-Income Economies ... Colombia"),
    "IN": ("wb_india_2026", "India is considered a lower-middle-income economy"),
    "EG": ("wb_2020", "Lower-Middle-Income Economies ... Egypt, Arab Rep."),
    "KE": ("wb_2020", "Lower-Middle-Income Economies ... Kenya"),
    "MA": ("wb_2020", "Lower-Middle-Income Economies ... Morocco"),
    "MX": ("wb_2020", "Upper-Middle-Income Economies ... Mexico"),
    "MY": (
        "wb_fy25_asean",
        "The classification applicable for the 2024-2025 period ... "
        "Upper-middle-income economies: * Malaysia",
    ),
    "PH": (
        "wb_fy27",
        "the Philippines, Sri Lanka and Vietnam were reclassified as "
        "upper-middle-income economies",
    ),
    "VN": (
        "wb_fy27",
        "the Philippines, Sri Lanka and Vietnam were reclassified as "
        "upper-middle-income economies",
    ),
    "ZA": ("wb_2020", "Upper-Middle-Income Economies ... South Africa"),
}
HIGH_INCOME_CHECK = ("wb_high_2023", "Every High-Income Country and Territory")

# --- Cities -------------------------------------------------------------------
# (slug, name, country, IANA zone, latitude, longitude, delivery?, home?)

CITIES = [
    ("krakow", "Kraków", "PL", "Europe/Warsaw", 50.06, 19.94, True, False),
    ("bucharest", "Bucharest", "RO", "Europe/Bucharest", 44.43, 26.10, True, False),
    ("lisbon", "Lisbon", "PT", "Europe/Lisbon", 38.72, -9.14, True, False),
    ("porto", "Porto", "PT", "Europe/Lisbon", 41.15, -8.61, True, False),
    ("dublin", "Dublin", "IE", "Europe/Dublin", 53.35, -6.26, True, True),
    ("cluj-napoca", "Cluj-Napoca", "RO", "Europe/Bucharest", 46.77, 23.59, True, False),
    ("sofia", "Sofia", "BG", "Europe/Sofia", 42.70, 23.32, True, False),
    ("tallinn", "Tallinn", "EE", "Europe/Tallinn", 59.44, 24.75, True, False),
    ("casablanca", "Casablanca", "MA", "Africa/Casablanca", 33.57, -7.59, True, False),
    ("cairo", "Cairo", "EG", "Africa/Cairo", 30.04, 31.24, True, False),
    ("bangalore", "Bangalore", "IN", "Asia/Kolkata", 12.97, 77.59, True, False),
    ("pune", "Pune", "IN", "Asia/Kolkata", 18.52, 73.86, True, False),
    ("hyderabad", "Hyderabad", "IN", "Asia/Kolkata", 17.39, 78.49, True, False),
    ("manila", "Manila", "PH", "Asia/Manila", 14.60, 120.98, True, False),
    ("cebu", "Cebu", "PH", "Asia/Manila", 10.32, 123.89, True, False),
    ("ho-chi-minh-city", "Ho Chi Minh City", "VN", "Asia/Ho_Chi_Minh", 10.82, 106.63, True, False),
    ("kuala-lumpur", "Kuala Lumpur", "MY", "Asia/Kuala_Lumpur", 3.14, 101.69, True, False),
    ("mexico-city", "Mexico City", "MX", "America/Mexico_City", 19.43, -99.13, True, False),
    ("guadalajara", "Guadalajara", "MX", "America/Mexico_City", 20.67, -103.35, True, False),
    ("bogota", "Bogotá", "CO", "America/Bogota", 4.71, -74.07, True, False),
    ("medellin", "Medellín", "CO", "America/Bogota", 6.24, -75.58, True, False),
    ("sao-paulo", "São Paulo", "BR", "America/Sao_Paulo", -23.55, -46.63, True, False),
    ("buenos-aires", "Buenos Aires", "AR", "America/Argentina/Buenos_Aires", -34.60, -58.38, True, False),
    ("montevideo", "Montevideo", "UY", "America/Montevideo", -34.90, -56.16, True, False),
    ("johannesburg", "Johannesburg", "ZA", "Africa/Johannesburg", -26.20, 28.05, True, False),
    ("cape-town", "Cape Town", "ZA", "Africa/Johannesburg", -33.92, 18.42, True, False),
    ("nairobi", "Nairobi", "KE", "Africa/Nairobi", -1.29, 36.82, True, False),
    ("toronto", "Toronto", "CA", "America/Toronto", 43.65, -79.38, True, True),
    ("halifax", "Halifax", "CA", "America/Halifax", 44.65, -63.57, True, False),
    ("belfast", "Belfast", "GB", "Europe/London", 54.60, -5.93, True, False),
    ("london", "London", "GB", "Europe/London", 51.51, -0.13, False, True),
    ("paris", "Paris", "FR", "Europe/Paris", 48.86, 2.35, False, True),
    ("berlin", "Berlin", "DE", "Europe/Berlin", 52.52, 13.40, False, True),
    ("munich", "Munich", "DE", "Europe/Berlin", 48.14, 11.58, False, True),
    ("frankfurt", "Frankfurt", "DE", "Europe/Berlin", 50.11, 8.68, False, True),
    ("amsterdam", "Amsterdam", "NL", "Europe/Amsterdam", 52.37, 4.90, False, True),
    ("stockholm", "Stockholm", "SE", "Europe/Stockholm", 59.33, 18.07, False, True),
    ("zurich", "Zurich", "CH", "Europe/Zurich", 47.38, 8.54, False, True),
    ("madrid", "Madrid", "ES", "Europe/Madrid", 40.42, -3.70, False, True),
    ("milan", "Milan", "IT", "Europe/Rome", 45.46, 9.19, False, True),
    ("new-york", "New York", "US", "America/New_York", 40.71, -74.01, False, True),
    ("chicago", "Chicago", "US", "America/Chicago", 41.88, -87.63, False, True),
    ("dallas", "Dallas", "US", "America/Chicago", 32.78, -96.80, False, True),
    ("san-francisco", "San Francisco", "US", "America/Los_Angeles", 37.77, -122.42, False, True),
    ("sydney", "Sydney", "AU", "Australia/Sydney", -33.87, 151.21, False, True),
    ("singapore", "Singapore", "SG", "Asia/Singapore", 1.29, 103.85, False, True),
    ("tokyo", "Tokyo", "JP", "Asia/Tokyo", 35.68, 139.69, False, True),
]  # fmt: skip


def wikipedia(title, article=""):
    path = article or title.replace(" ", "_")
    return work(
        title, "Wikipedia", 2026, f"https://en.wikipedia.org/wiki/{path}", "tertiary"
    )


# Where each city's coordinates were checked (about 0.1 degree is all the
# distance bands need): slug -> (work, copy read, passage). All 47 are checked;
# a city added later and not listed cites GeoNames with no passage: not yet
# checked.
COORDINATE_CHECKS = {
    "krakow": (
        wikipedia("Kraków", "Krak%C3%B3w"),
        "https://nextcloud.domilabs.xyz/content/wikipedia_en_top_mini_2025-09/"
        "Krak%C3%B3w",
        "Coordinates: 50°03′41″N 19°56′14″E / 50.06139°N 19.93722°E",
    ),
    "bucharest": (
        wikipedia("Bucharest"),
        "https://liquisearch.com/bucharest",
        "located in the southeast of the country, at 44°25′57″N "
        "26°06′14″E / 44.4325°N 26.10389°E",
    ),
    "lisbon": (
        work(
            "Where is Lisbon?",
            "HotBot",
            2024,
            "https://www.hotbot.com/answers/where-is-lisbon",
            "tertiary",
        ),
        "https://www.hotbot.com/answers/where-is-lisbon",
        "The city coordinates are approximately 38.7167° N latitude and "
        "9.1399° W longitude",
    ),
    "porto": (
        work(
            "Where is Porto",
            "Burning Compass",
            2025,
            "https://burningcompass.com/on-world-map/where-is-porto.html",
            "tertiary",
        ),
        "https://burningcompass.com/on-world-map/where-is-porto.html",
        "positioned at approximately 41.15°N latitude and 8.61°W longitude",
    ),
    "dublin": (
        work(
            "Where is Dublin located?",
            "Travel Cheery",
            2023,
            "https://travelcheery.com/2023/06/09/where-is-dublin-located/",
            "tertiary",
        ),
        "https://travelcheery.com/2023/06/09/where-is-dublin-located/",
        "The latitude of Dublin is 53.342686 while its longitude is -6.267118",
    ),
    "cluj-napoca": (
        wikipedia("Cluj-Napoca"),
        "http://piglix.com/piglix/Cluj-Napoca",
        "Coordinates: 46°46′N 23°35′E / 46.767°N 23.583°E",
    ),
    "sofia": (
        work(
            "What are the coordinates of Sofia, Bulgaria?",
            "TravelAsker",
            2023,
            "https://travelasker.com/what-are-the-coordinates-of-sofia-bulgaria/",
            "tertiary",
        ),
        "https://travelasker.com/what-are-the-coordinates-of-sofia-bulgaria/",
        "The latitude coordinate of Sofia is 42.6975 degrees north ... The "
        "longitude coordinate of Sofia is 23.3242 degrees east",
    ),
    "tallinn": (
        work(
            "Where is Tallinn",
            "Neuralword",
            2023,
            "https://neuralword.com/en/article/where-is-tallinn",
            "tertiary",
        ),
        "https://neuralword.com/en/article/where-is-tallinn",
        "Tallinn is positioned at a latitude of 59.43° N and a longitude of 24.75° E",
    ),
    "casablanca": (
        wikipedia("Casablanca"),
        "https://www.think.ovh/%D7%AA%D7%97%D7%A9%D7%95%D7%91/en/Casablanca",
        "Coordinates: 33°32′N 7°35′W / 33°32′N 7°35′W / 33.533; -7.583",
    ),
    "cairo": (
        work(
            "Where is Cairo?",
            "HotBot",
            2024,
            "https://www.hotbot.com/answers/where-is-cairo",
            "tertiary",
        ),
        "https://hotbot.com./answers/where-is-cairo",
        "The geographical coordinates of Cairo are approximately 30.0444 degrees "
        "North latitude and 31.2357 degrees East longitude",
    ),
    "bangalore": (
        wikipedia("Bangalore"),
        "https://worddisk.com/wiki/Bangalore,_Karnataka/",
        "Coordinates: 12°58′44″N 77°35′30″E",
    ),
    "pune": (
        work(
            "Geography of Pune",
            "Pune Pages",
            None,
            "http://www.punepages.com/geography-of-pune",
            "tertiary",
        ),
        "http://www.punepages.com/geography-of-pune",
        "Pune is located at 18° 31' 22.45\" North 73° 52' 32.69\" East",
    ),
    "manila": (
        wikipedia("Manila"),
        "https://sco.wikipedia.org/wiki/Manila",
        "Coordinates: 14\u00b035\u2032N 120\u00b058\u2032E / 14.583\u00b0N 120.967\u00b0E",
    ),
    "cebu": (
        wikipedia("Cebu City"),
        "https://en.wikipedia.org/wiki/Cebu_City",
        "Coordinates: 10\u00b017\u203235\u2033N 123\u00b054\u203207\u2033E / "
        "10.293\u00b0N 123.902\u00b0E",
    ),
    "ho-chi-minh-city": (
        work(
            "Where Is Ho Chi Minh City Located? The Map of Vietnam's Southern "
            "Powerhouse",
            "Pixelation",
            2025,
            "https://pixelation.org/where-is-ho-chi-minh-city-located-the-map-of-"
            "vietnams-southern-powerhouse-61h",
            "tertiary",
        ),
        "https://pixelation.org/where-is-ho-chi-minh-city-located-the-map-of-"
        "vietnams-southern-powerhouse-61h",
        "It sits at approximately 10.77\u00b0 N latitude and 106.66\u00b0 E longitude.",
    ),
    "kuala-lumpur": (
        work(
            "What is the Capital of Malaysia?",
            "World Population Review",
            2024,
            "https://worldpopulationreview.com/capitals/malaysia/",
            "tertiary",
        ),
        "http://worldpopulationreview.com/capitals/malaysia/",
        "Kuala Lumpur is located at 3.1390\u00b0 N, 101.6869\u00b0 E",
    ),
    "mexico-city": (
        work(
            "Mexico City: unveiling latitude and longitude",
            "Park Compass",
            2025,
            "https://parkcompass.com/blog/mexico-city-unveiling-latitude-longitude",
            "tertiary",
        ),
        "https://parkcompass.com/blog/mexico-city-unveiling-latitude-longitude",
        "The general coordinates are approximately 19.4326\u00b0 N latitude and "
        "99.1332\u00b0 W longitude.",
    ),
    "guadalajara": (
        work(
            "Where is Guadalajara, Mexico",
            "Whereig",
            2024,
            "https://www.whereig.com/mexico/guadalajara-location-map.html",
            "tertiary",
        ),
        "https://www.whereig.com/mexico/guadalajara-location-map.html",
        "Coordinates20\u00b040\u203236\u2033N 103\u00b020\u203251\u2033W",
    ),
    "bogota": (
        work(
            "Where is Bogota?",
            "HotBot",
            2024,
            "https://www.hotbot.com/answers/where-is-bogota",
            "tertiary",
        ),
        "https://www.hotbot.com/answers/where-is-bogota",
        "Bogot\u00e1 is positioned at approximately 4.7110\u00b0 N latitude and "
        "74.0721\u00b0 W longitude",
    ),
    "medellin": (
        work(
            "Medell\u00edn",
            "Travel Roulette",
            2025,
            "https://www.travelroulette.app/travel/outdoor-nature/colombia/medelln",
            "tertiary",
        ),
        "https://www.travelroulette.app/travel/outdoor-nature/colombia/medelln",
        "Coordinates: 6.230833, -75.590553",
    ),
    "sao-paulo": (
        work(
            "Where is S\u00e3o Paulo? Discover",
            "Hopkins Kate",
            2025,
            "https://hopkinskate.com/blog/where-is-sao-paulo-discover",
            "tertiary",
        ),
        "https://hopkinskate.com/blog/where-is-sao-paulo-discover",
        "S\u00e3o Paulo's geographical coordinates are approximately 23.5505\u00b0 S "
        "latitude and 46.6333\u00b0 W longitude",
    ),
    "buenos-aires": (
        work(
            "Where is Buenos Aires in Argentina located?",
            "Wine n Food",
            2025,
            "https://winenfood.com/where-is-buenos-aires-in-argentina-located",
            "tertiary",
        ),
        "https://winenfood.com/where-is-buenos-aires-in-argentina-located",
        "Geographic Coordinates: Approximately 34.6037\u00b0 S latitude, "
        "58.3816\u00b0 W longitude.",
    ),
    "nairobi": (
        wikipedia("Nairobi"),
        "https://sco.wikipedia.org/wiki/Nairobi",
        "Coordinates: 1\u00b017\u2032S 36\u00b049\u2032E / 1.283\u00b0S 36.817\u00b0E",
    ),
    "hyderabad": (
        wikipedia("Geography of Hyderabad"),
        "https://en.wikipedia.org/wiki/Geography_of_Hyderabad",
        "The city lies at 17.366° N latitude and 78.476° E longitude.",
    ),
    "montevideo": (
        work(
            "Montevideo",
            "Daily Overview",
            None,
            "https://www.over-view.com/overviews/montevideo",
            "tertiary",
        ),
        "https://www.over-view.com/overviews/montevideo",
        "-34.883611\u00b0, -56.181944\u00b0",
    ),
    "johannesburg": (
        work(
            "Where is Johannesburg?",
            "HotBot",
            2024,
            "https://www.hotbot.com/answers/where-is-johannesburg",
            "tertiary",
        ),
        "https://www.hotbot.com/answers/where-is-johannesburg",
        "Johannesburg is situated at a latitude of approximately 26.2041 degrees "
        "South and a longitude of 28.0473 degrees East",
    ),
    "cape-town": (
        wikipedia("Cape Town"),
        "https://worddisk.com/wiki/Cape_Town/",
        "Coordinates: 33\u00b055\u203231\u2033S 18\u00b025\u203226\u2033E",
    ),
    "toronto": (
        work(
            "Toronto",
            "City-Data.com",
            None,
            "https://www.city-data.com/world-cities/Toronto.html",
            "tertiary",
        ),
        "https://www.city-data.com/world-cities/Toronto.html",
        "Latitude and Longitude: 43\u00b040'N, 79\u00b022'W",
    ),
    "halifax": (
        work(
            "Where is Halifax Located, Canada?",
            "Whereig",
            None,
            "https://www.whereig.com/canada/halifax-canada-location-map.html",
            "tertiary",
        ),
        "https://www.whereig.com/canada/halifax-canada-location-map.html",
        "Coordinates 44\u00b038\u203251\u2033N 63\u00b035\u203226\u2033W",
    ),
    "belfast": (
        wikipedia("Belfast"),
        "https://ms.m.wikipedia.org./wiki/Belfast",
        "Koordinat: 54\u00b035\u203249\u2033N 05\u00b055\u203245\u2033W / "
        "54.59694\u00b0N 5.92917\u00b0W",
    ),
    "london": (
        work(
            "Finding the lat long of London: why Greenwich still owns the map",
            "Pixelation",
            None,
            "https://pixelation.org/finding-the-lat-long-of-london-why-greenwich-"
            "still-owns-the-map-10pf",
            "tertiary",
        ),
        "https://pixelation.org/finding-the-lat-long-of-london-why-greenwich-"
        "still-owns-the-map-10pf",
        "London sits at approximately 51.5074\u00b0 N, 0.1278\u00b0 W.",
    ),
    "paris": (
        work(
            "The Geographic Coordinate Location of Paris",
            "Eat Sip 365",
            None,
            "https://eatsip365.com/the-geographic-coordinate-location-of-paris",
            "tertiary",
        ),
        "https://eatsip365.com/the-geographic-coordinate-location-of-paris",
        "Latitude 48.8566\u00b0 N ... Longitude 2.3522\u00b0 E",
    ),
    "berlin": (
        work(
            "Where is Berlin on the Map?",
            "World War Tour Berlin",
            None,
            "https://worldwartourberlin.de/where-is-berlin-on-the-map/",
            "tertiary",
        ),
        "https://worldwartourberlin.de/where-is-berlin-on-the-map/",
        "Berlin is situated at a latitude of 52.5200\u00b0 N and a longitude of "
        "13.4050\u00b0 E.",
    ),
    "munich": (
        work(
            "Where is Munich on the World Map?",
            "News Daily Articles",
            None,
            "https://newsdailyarticles.com/local/where-is-munich-on-the-world-map/",
            "tertiary",
        ),
        "https://newsdailyarticles.com/local/where-is-munich-on-the-world-map/",
        "Geographically, Munich is located at: Latitude: 48.1372\u00b0 N ... "
        "Longitude: 11.5754\u00b0 E",
    ),
    "frankfurt": (
        wikipedia("Frankfurt"),
        "http://piglix.com/piglix/Frankfurt_am_Main,_Germany",
        "Coordinates: 50\u00b07\u2032N 8\u00b041\u2032E / 50.117\u00b0N 8.683\u00b0E",
    ),
    "amsterdam": (
        work(
            "Info Amsterdam",
            "Amsterdam Tips",
            None,
            "https://www.amsterdamtips.com/info-amsterdam",
            "tertiary",
        ),
        "https://www.amsterdamtips.com/info-amsterdam",
        "The coordinates of the city are 52\u00b022\u203222\u2033N "
        "04\u00b053\u203237\u2033E.",
    ),
    "stockholm": (
        work(
            "Where is Stockholm located?",
            "HotBot",
            2024,
            "https://www.hotbot.com/answers/where-is-stockholm-located",
            "tertiary",
        ),
        "https://hotbot.com/answers/where-is-stockholm-located",
        "Stockholm is located at a latitude of approximately 59.3293 degrees North "
        "and a longitude of about 18.0686 degrees East.",
    ),
    "zurich": (
        work(
            "Where is Zurich?",
            "HotBot",
            2024,
            "https://www.hotbot.com/answers/where-is-zurich",
            "tertiary",
        ),
        "https://hotbot.com/answers/where-is-zurich",
        "Zurich's geographical coordinates are approximately 47.3769\u00b0 N "
        "latitude and 8.5417\u00b0 E longitude.",
    ),
    "madrid": (
        work(
            "Where is Madrid?",
            "HotBot",
            None,
            "https://www.hotbot.com/answers/where-is-madrid",
            "tertiary",
        ),
        "https://www.hotbot.com/answers/where-is-madrid",
        "Madrid lies at a latitude of approximately 40.4165 degrees North and a "
        "longitude of around 3.7026 degrees West.",
    ),
    "milan": (
        wikipedia("Milan"),
        "https://en-wikipedia--on--ipfs-org.ipns.dweb.link/wiki/Milan",
        "Coordinates: 45\u00b028\u203201\u2033N 09\u00b011\u203224\u2033E",
    ),
    "new-york": (
        work(
            "Where is New York City on the map?",
            "HotBot",
            2024,
            "https://www.hotbot.com/answers/where-is-new-york-city-on-the-map",
            "tertiary",
        ),
        "https://hotbot.com/answers/where-is-new-york-city-on-the-map",
        "The city's coordinates are approximately 40.7128\u00b0 N latitude and "
        "74.0060\u00b0 W longitude.",
    ),
    "chicago": (
        work(
            "What Is The Absolute Location Of Chicago?",
            "Eye and Pen",
            None,
            "https://www.eyeandpen.com/what-is-the-absolute-location-of-chicago/",
            "tertiary",
        ),
        "https://www.eyeandpen.com/what-is-the-absolute-location-of-chicago/",
        "The absolute location of Chicago is approximately 41\u00b050\u2032N "
        "87\u00b040\u2032W.",
    ),
    "dallas": (
        work(
            "Dallas, TX coordinates",
            "Study Press",
            None,
            "https://studypress.blog/dallas-tx-coordinates",
            "tertiary",
        ),
        "https://studypress.blog/dallas-tx-coordinates",
        "Dallas city center has latitude 32.7767\u00b0 N, positioning it in the "
        "northern hemisphere, and longitude 96.7970\u00b0 W",
    ),
    "san-francisco": (
        work(
            "Where is San Francisco, CA?",
            "WorldAtlas",
            None,
            "https://www.worldatlas.com/na/us/ca/where-is-san-francisco.html",
            "tertiary",
        ),
        "https://www.worldatlas.com/na/us/ca/where-is-san-francisco.html",
        "It is located 37.77 latitude and -122.42 longitude",
    ),
    "sydney": (
        work(
            "Sydney",
            "Cove Collective",
            None,
            "https://editions.covecollective.org/place/sydney",
            "tertiary",
        ),
        "https://editions.covecollective.org/place/sydney",
        "Latitude: -33.867987302004 Longitude: 151.210037469860",
    ),
    "singapore": (
        work(
            "Where is Singapore Located?",
            "Countryaah",
            None,
            "https://www.countryaah.com/singapore-location",
            "tertiary",
        ),
        "https://www.countryaah.com/singapore-location",
        "Singapore is located at approximately 1.3521\u00b0 N latitude and "
        "103.8198\u00b0 E longitude.",
    ),
    "tokyo": (
        work(
            "Where is Tokyo",
            "Whereig",
            None,
            "https://www.whereig.com/japan/tokyo-location-map.html",
            "tertiary",
        ),
        "https://www.whereig.com/japan/tokyo-location-map.html",
        "Coordinates: 35\u00b041\u203223\u2033N 139\u00b041\u203232\u2033E",
    ),
}

# --- Data transfers -------------------------------------------------------------
# (home regime, destination, status, scope, reference, decided, next review,
#  citation)

EU_CLAUSES = (
    "clauses",
    "",
    "GDPR Art. 46: standard contractual clauses and a transfer impact assessment",
    None,
    None,
    cite(
        GDPR,
        "Art. 46",
        "In the absence of a decision pursuant to Article 45(3), "
        "a controller or processor may transfer personal data to a third country "
        "only if [it] has provided appropriate safeguards",
        CHECKED["brazil"],
    ),
)
UK_CLAUSES = (
    "clauses",
    "",
    "UK GDPR Art. 46: the International Data Transfer Agreement or "
    "the UK Addendum, with a transfer risk assessment",
    None,
    None,
    cite(
        ICO_TRANSFERS,
        "Restricted transfers",
        "if there are no UK adequacy "
        "regulations in place for that country, you must do an assessment",
        CHECKED["ico"],
    ),
)
CH_CLAUSES = (
    "clauses",
    "",
    "FADP Art. 16(2): standard data protection clauses and a transfer assessment",
    None,
    None,
    cite(
        FADP,
        "Art. 16",
        "Annex 1 of the Data Protection Ordinance lists the "
        "states with adequate data protection; elsewhere protection must be "
        "ensured by contract or other guarantees",
        CHECKED["swiss_clauses"],
    ),
)


def _eu_row(country, status, reference, decided, next_review, source, scope=""):
    return (EU, country, status, scope, reference, decided, next_review, source)


UK_SCHEDULE = cite(
    UK_DPA_SCHEDULE_21,
    "Sch. 21, para. 5",
    "an EEA state; ... Switzerland; Canada (in so far as the recipient is subject "
    "to PIPEDA); Argentina; ... Uruguay",
    CHECKED["uk_schedule_21"],
)
SWISS_LIST = cite(
    SWISS_ANNEX_1,
    "Annex 1 DPO",
    "Annex 1 to the DPO contains a list of States with an adequate level of "
    "data protection ... Argentina, Bulgaria, Canada (PIPEDA), Estonia, "
    "Ireland; the EEA states",
    CHECKED["swiss_list"],
)
SWISS_LIST_UK_UY = cite(
    SWISS_ANNEX_1,
    "Annex 1 DPO",
    "a list of jurisdictions that provide adequate data protection in Appendix 1 "
    "to the DPO. The EEA countries, Andorra, Argentina, ... New Zealand, the "
    "United Kingdom and Uruguay are generally considered to provide an adequate "
    "level of data protection",
    CHECKED["swiss_list_uk_uy"],
)

TRANSFERS = [
    _eu_row("GB", "adequacy", "Implementing Decision (EU) 2021/1772, renewed in "
            "December 2025 for six years", "2021-06-28", "2031-12-27",
            cite(UK_DECISION, "Art. 1; renewal of December 2025",
                 "The decision, announced on 19 December 2025, extends ... for a "
                 "further six years, until December 2031",
                 CHECKED["uk_renewal_2031"])),
    _eu_row("CA", "adequacy", "Commission Decision 2002/2/EC", None, None,
            cite(CANADA_DECISION, "Art. 1", "Canada (commercial organisations)",
                 CHECKED["ec_list"]),
            scope="recipients subject to PIPEDA (commercial organisations)"),
    _eu_row("AR", "adequacy", "Commission Decision 2003/490/EC", "2003-06-30", None,
            cite(ARGENTINA_DECISION, "Art. 1", "Commission Decision of 30 June 2003 "
                 "... on the adequate protection of personal data in Argentina",
                 CHECKED["argentina"])),
    _eu_row("UY", "adequacy", "Implementing Decision 2012/484/EU", "2012-08-21", None,
            cite(URUGUAY_DECISION, "Art. 1", "COMMISSION IMPLEMENTING DECISION of "
                 "21 August 2012 ... Eastern Republic of Uruguay",
                 CHECKED["uruguay"])),
    _eu_row("BR", "adequacy", "Implementing Decision (EU) 2026/179", "2026-01-26",
            "2030-01-26",
            cite(BRAZIL_DECISION, "Art. 1; review after four years",
                 "gjennomføringsbeslutning (EU) 2026/179 av 26. januar 2026; The "
                 "European Commission will review the functioning of this adequacy "
                 "decision after a period of four years", CHECKED["brazil_number"])),
    _eu_row("US", "partial", "Implementing Decision (EU) 2023/1795", "2023-07-10",
            None,
            cite(DPF_DECISION, "Art. 1", "adequate level of protection ... to "
                 "organisations in the United States that are included in the "
                 "'Data Privacy Framework List'", CHECKED["dpf"]),
            scope="organisations certified under the EU-US Data Privacy Framework"),
    *[(EU, code, *EU_CLAUSES)
      for code in ("MA", "EG", "IN", "PH", "VN", "MY", "MX", "CO", "ZA", "KE")],
    *[(UK, code, "adequacy", "", "Data Protection Act 2018, Sch. 21 para. 5 "
       "(EEA states)", None, None, UK_SCHEDULE)
      for code in ("PL", "RO", "PT", "IE", "BG", "EE")],
    (UK, "CA", "adequacy", "recipients subject to PIPEDA",
     "Data Protection Act 2018, Sch. 21 para. 5", None, None, UK_SCHEDULE),
    (UK, "AR", "adequacy", "", "Data Protection Act 2018, Sch. 21 para. 5", None,
     None, UK_SCHEDULE),
    (UK, "UY", "adequacy", "", "Data Protection Act 2018, Sch. 21 para. 5", None,
     None, UK_SCHEDULE),
    (UK, "US", "partial", "organisations certified under the UK Extension to the "
     "EU-US Data Privacy Framework", "SI 2023/1028", "2023-10-12", None,
     cite(UK_US_REGULATIONS, "reg. 2", "which take effect from 12 October 2023, "
          "and which render transfers to individuals/entities self-certified to "
          "the ... UK extension adequate", CHECKED["uk_schedule_21"])),
    *[(UK, code, *UK_CLAUSES)
      for code in ("MA", "EG", "IN", "PH", "VN", "MY", "MX", "CO", "BR", "ZA", "KE")],
    *[(CH, code, "adequacy", "", "Data Protection Ordinance, Annex 1", None, None,
       SWISS_LIST)
      for code in ("PL", "RO", "PT", "IE", "BG", "EE", "AR")],
    *[(CH, code, "adequacy", "", "Data Protection Ordinance, Annex 1", None, None,
       SWISS_LIST_UK_UY)
      for code in ("GB", "UY")],
    (CH, "CA", "adequacy", "recipients subject to PIPEDA or an equivalent "
     "provincial act", "Data Protection Ordinance, Annex 1", None, None, SWISS_LIST),
    (CH, "US", "partial", "organisations certified under the Swiss-US Data "
     "Privacy Framework", "Data Protection Ordinance, Annex 1", "2024-09-15", None,
     cite(SWISS_ANNEX_1, "Annex 1 DPO: United States", "add the USA to the list "
          "... provided that the respective recipient is certified in accordance "
          "with the Swiss-US Data Privacy Framework ... in force on 15 September "
          "2024", CHECKED["swiss_us"])),
    *[(CH, code, *CH_CLAUSES)
      for code in ("MA", "EG", "IN", "PH", "VN", "MY", "MX", "CO", "BR", "ZA", "KE")],
]  # fmt: skip

__all__ = ["CITIES", "COUNTRIES", "LAST_REVIEWED", "TRANSFERS"]
