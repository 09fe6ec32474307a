"""The works the starter terms cite, each described once.

A source is cited by a term only for what it actually says. Kinds follow the
content schema: "primary" for official statistics, law, standards, international
organisations, peer-reviewed research, the Gartner glossary, the Deloitte Global
Outsourcing Survey and the Reshoring Initiative; "secondary" for books, reputable
press, law firms and trade bodies; "tertiary" for encyclopaedias.

URLs are stable landing pages: DOI links for papers, CELEX links for EU law,
publishers' own pages for reports (or, where the publisher no longer hosts a
report, the stored copy it was checked against).

Every work has a year: its publication year, or for a web page that carries
no date (glossary entries, tools, encyclopaedia articles) the year of the
version that was checked (CONSULTED).
"""

# The year undated web pages were last checked against a stored copy.
CONSULTED = 2026


def source(title, publisher, year, url, kind, authors=""):
    """A cited work: one record in the site's model of cited works, shared by
    every entry that cites it (the URL identifies it). `authors` as printed
    ("Larsen, M. M., Manning, S. and Pedersen, T."), "" for an institution's
    own publication (the publisher is then the author)."""
    return {
        "authors": authors,
        "title": title,
        "publisher": publisher,
        "year": year,
        "url": url,
        "kind": kind,
    }


def cite(work, locator="", passage="", verified_in=""):
    """A citation of `work` for one claim. `locator`: where in the work
    (an article, section, page or table); `passage` and `verified_in` are for
    editors only, never shown to visitors: the words of the work that support
    the claim, and the stored copy they were checked against."""
    return {**work, "locator": locator, "passage": passage, "verified_in": verified_in}


def celex(number, title, year):
    return source(
        title,
        "EUR-Lex (Official Journal of the European Union)",
        year,
        f"https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:{number}",
        "primary",
    )


def doi(identifier, title, publisher, year, authors=""):
    return source(
        title, publisher, year, f"https://doi.org/{identifier}", "primary", authors
    )


def wikipedia(article, title):
    return source(
        f"{title} (Wikipedia)",
        "Wikipedia",
        CONSULTED,
        f"https://en.wikipedia.org/wiki/{article}",
        "tertiary",
    )


# ---------------------------------------------------------------- statistics and international organisations
UNCTAD_WIR_2004 = source(
    "World Investment Report 2004: The Shift Towards Services (offshoring of services, captive and outsourced)",
    "UNCTAD (United Nations)",
    2004,
    "https://www.un-ilibrary.org/international-trade-and-finance/world-investment-report-2004_8842a9fc-en",
    "primary",
)
EUROSTAT_INTERNATIONAL_SOURCING = source(
    "International sourcing, business functions and global value chains (Statistics Explained)",
    "Eurostat",
    2022,
    "https://ec.europa.eu/eurostat/statistics-explained/index.php?title=International_sourcing,_business_functions_and_global_value_chains",
    "primary",
)
EUROFOUND_RESHORING_2019 = doi(
    "10.2806/610125",
    "Reshoring in Europe: Overview 2015–2018 (European Reshoring Monitor)",
    "Eurofound",
    2019,
)
WTO_WORLD_TRADE_REPORT_2023 = source(
    "World Trade Report 2023: Re-globalization for a secure, inclusive and sustainable future",
    "World Trade Organization",
    2023,
    "https://www.wto.org/english/res_e/publications_e/wtr23_e.htm",
    "primary",
)
ILO_C181 = source(
    "Private Employment Agencies Convention, 1997 (No. 181)",
    "International Labour Organization",
    1997,
    "https://www.ilo.org/dyn/normlex/en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C181",
    "primary",
)
IRS_CPEO = source(
    "Certified Professional Employer Organization",
    "Internal Revenue Service (United States)",
    CONSULTED,
    "https://www.irs.gov/tax-professionals/certified-professional-employer-organization",
    "primary",
)
EC_CLOUD_SLA_GUIDELINES = source(
    "Cloud Service Level Agreement Standardisation Guidelines",
    "European Commission",
    2014,
    "https://digital-strategy.ec.europa.eu/en/news/cloud-service-level-agreement-standardisation-guidelines",
    "primary",
)

# ---------------------------------------------------------------- EU law
DIRECTIVE_TEMPORARY_AGENCY_WORK = celex(
    "32008L0104", "Directive 2008/104/EC on temporary agency work", 2008
)
DIRECTIVE_ACQUIRED_RIGHTS = celex(
    "32001L0023",
    "Directive 2001/23/EC on safeguarding employees' rights in the event of transfers of undertakings",
    2001,
)
JUDGMENT_SUZEN = source(
    "Judgment of the Court of 11 March 1997, Süzen v Zehnacker Gebäudereinigung, Case C-13/95",
    "EUR-Lex (Court of Justice of the European Union)",
    1997,
    "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:61995CJ0013",
    "primary",
)
GDPR = celex(
    "32016R0679",
    "Regulation (EU) 2016/679 (General Data Protection Regulation): Article 28 on processors, Chapter V on transfers",
    2016,
)
DORA = celex(
    "32022R2554",
    "Regulation (EU) 2022/2554 on digital operational resilience for the financial sector (DORA): ICT third-party risk and exit strategies",
    2022,
)
DATA_ACT = celex(
    "32023R2854",
    "Regulation (EU) 2023/2854 (Data Act): Chapter VI on switching between data processing services",
    2023,
)
PLATFORM_WORK_DIRECTIVE = celex(
    "32024L2831",
    "Directive (EU) 2024/2831 on improving working conditions in platform work",
    2024,
)
NIS2 = celex(
    "32022L2555",
    "Directive (EU) 2022/2555 (NIS2 Directive): Article 6 on definitions, Annex I on ICT service management",
    2022,
)

# ---------------------------------------------------------------- national law
GERMAN_AGENCY_WORK_ACT = source(
    "Arbeitnehmerüberlassungsgesetz (AÜG, German Temporary Agency Work Act), as amended from 1 April 2017",
    "gesetze-im-internet.de (Federal Ministry of Justice, Germany)",
    2017,
    "https://www.gesetze-im-internet.de/a_g/",
    "primary",
)

# ---------------------------------------------------------------- standards and analyst glossaries
ISO_IEC_20000_1 = source(
    "ISO/IEC 20000-1:2018 Service management system requirements",
    "International Organization for Standardization",
    2018,
    "https://www.iso.org/standard/70636.html",
    "primary",
)
GARTNER_BPO = source(
    "Business process outsourcing (BPO), Gartner IT Glossary",
    "Gartner",
    CONSULTED,
    "https://www.gartner.com/en/information-technology/glossary/business-process-outsourcing-bpo",
    "primary",
)
GARTNER_SLA = source(
    "Service-level agreement (SLA), Gartner IT Glossary",
    "Gartner",
    CONSULTED,
    "https://www.gartner.com/en/information-technology/glossary/sla-service-level-agreement",
    "primary",
)
GARTNER_TCO = source(
    "Total cost of ownership (TCO), Gartner IT Glossary",
    "Gartner",
    CONSULTED,
    "https://www.gartner.com/en/information-technology/glossary/total-cost-of-ownership-tco",
    "primary",
)

# ---------------------------------------------------------------- surveys and monitors
DELOITTE_GOS_2024 = source(
    "Global Outsourcing Survey 2024",
    "Deloitte",
    2024,
    "https://www.deloitte.com/us/en/services/consulting/articles/global-outsourcing-survey.html",
    "primary",
)
# Deloitte no longer hosts the 2012 report; the URL is the stored copy of the
# full report it was checked against (the survey leads' own summary, Gretczko
# and Mancher on Deloitte's blog, 14 February 2013, says the same).
DELOITTE_GOS_2012 = source(
    "Outsourcing, today and tomorrow: insights from Deloitte's 2012 global outsourcing and insourcing survey",
    "Deloitte Development LLC",
    2012,
    "https://fr.scribd.com/document/297394516/Insights-From-Deloitte-s-2012-Outsourcing-and-Insourcing-Survey",
    "primary",
)
RESHORING_INITIATIVE_DATA = source(
    "Reshoring Initiative data reports",
    "Reshoring Initiative",
    CONSULTED,
    "https://reshorenow.org/recent-data/",
    "primary",
)
RESHORING_INITIATIVE_TCO = source(
    "Total Cost of Ownership Estimator",
    "Reshoring Initiative",
    CONSULTED,
    "https://www.reshorenow.org/tco-estimator/",
    "primary",
)

# ---------------------------------------------------------------- peer-reviewed research
LACITY_ITO_REVIEW_2010 = doi(
    "10.1057/jit.2010.21",
    "Lacity, Khan, Yan and Willcocks, A review of the IT outsourcing empirical literature and future research directions",
    "Journal of Information Technology",
    2010,
    authors="Lacity, Khan, Yan and Willcocks",
)
LACITY_BPO_REVIEW_2011 = doi(
    "10.1057/jit.2011.25",
    "Lacity, Solomon, Yan and Willcocks, Business process outsourcing studies: a critical review and research directions",
    "Journal of Information Technology",
    2011,
    authors="Lacity, Solomon, Yan and Willcocks",
)
GOLDSCHMIDT_SCHMIEDER_2017 = doi(
    "10.1093/qje/qjx008",
    "Goldschmidt and Schmieder, The Rise of Domestic Outsourcing and the Evolution of the German Wage Structure",
    "The Quarterly Journal of Economics",
    2017,
    authors="Goldschmidt and Schmieder",
)
GRAY_ET_AL_2013 = doi(
    "10.1111/jscm.12012",
    "Gray, Skowronski, Esenduran and Rungtusanatham, The reshoring phenomenon: what supply chain academics ought to know and should do",
    "Journal of Supply Chain Management",
    2013,
    authors="Gray, Skowronski, Esenduran and Rungtusanatham",
)
ELLRAM_TATE_PETERSEN_2013 = doi(
    "10.1111/jscm.12019",
    "Ellram, Tate and Petersen, Offshoring and reshoring: an update on the manufacturing location decision",
    "Journal of Supply Chain Management",
    2013,
    authors="Ellram, Tate and Petersen",
)
CARMEL_ABBOTT_2007 = doi(
    "10.1145/1290958.1290959",
    "Carmel and Abbott, Why 'nearshore' means that distance matters",
    "Communications of the ACM",
    2007,
    authors="Carmel and Abbott",
)
CARMEL_ESPINOSA_DUBINSKY_2010 = doi(
    "10.2753/MIS0742-1222270102",
    "Carmel, Espinosa and Dubinsky, 'Follow the sun' workflow in global software development",
    "Journal of Management Information Systems",
    2010,
    authors="Carmel, Espinosa and Dubinsky",
)
RICHTER_BRUHL_2017 = doi(
    "10.1016/j.emj.2016.08.004",
    "Richter and Brühl, Shared service center research: a review of the past, present, and future",
    "European Management Journal",
    2017,
    authors="Richter, P. C. and Brühl, R.",
)
WHITTEN_LEIDNER_2006 = doi(
    "10.1111/j.1540-5414.2006.00140.x",
    "Whitten and Leidner, Bringing IT back: an analysis of the decision to backsource or switch vendors",
    "Decision Sciences",
    2006,
    authors="Whitten, D. and Leidner, D.",
)
WHITTEN_CHAKRABARTY_WAKEFIELD_2010 = doi(
    "10.1016/j.im.2010.01.006",
    "Whitten, Chakrabarty and Wakefield, The strategic choice to continue outsourcing, switch vendors, or backsource: do switching costs matter?",
    "Information & Management",
    2010,
    authors="Whitten, D., Chakrabarty, S. and Wakefield, R.",
)
LARSEN_MANNING_PEDERSEN_2013 = doi(
    "10.1002/smj.2023",
    "Larsen, Manning and Pedersen, Uncovering the hidden costs of offshoring: the interplay of complexity, organizational design, and experience",
    "Strategic Management Journal",
    2013,
    authors="Larsen, M. M., Manning, S. and Pedersen, T.",
)
BAPNA_ET_AL_2010 = doi(
    "10.1287/isre.1100.0328",
    "Bapna, Barua, Mani and Mehra, Cooperation, coordination, and governance in multisourcing: an agenda for analytical and empirical research",
    "Information Systems Research",
    2010,
    authors="Bapna, Barua, Mani and Mehra",
)
OPARA_MARTINS_2016 = doi(
    "10.1186/s13677-016-0054-z",
    "Opara-Martins, Sahandi and Tian, Critical analysis of vendor lock-in and its impact on cloud computing migration: a business perspective",
    "Journal of Cloud Computing",
    2016,
    authors="Opara-Martins, Sahandi and Tian",
)
ELLRAM_TCO_1995 = doi(
    "10.1108/09600039510099928",
    "Ellram, Total cost of ownership: an analysis approach for purchasing",
    "International Journal of Physical Distribution & Logistics Management",
    1995,
    authors="Ellram",
)
ESTELLES_AROLAS_2012 = doi(
    "10.1177/0165551512437638",
    "Estellés-Arolas and González-Ladrón-de-Guevara, Towards an integrated crowdsourcing definition",
    "Journal of Information Science",
    2012,
    authors="Estellés-Arolas and González-Ladrón-de-Guevara",
)
FEENY_WILLCOCKS_1998 = source(
    "Feeny and Willcocks, Core IS capabilities for exploiting information technology",
    "MIT Sloan Management Review",
    1998,
    "https://sloanreview.mit.edu/article/core-is-capabilities-for-exploiting-information-technology/",
    "primary",
    authors="Feeny and Willcocks",
)
# The journal's record (CBS research portal) as stored names no authors, so
# none are given here: only what the copy shows (journal, issue, pages, year).
BOT_SERVICES_JIM_2013 = source(
    "Build-operate-transfer outsourcing contracts in services: boon or bane to emerging market vendor firms?",
    "Journal of International Management 19(3), 220–231",
    2013,
    "https://research.cbs.dk/en/publications/build-operate-transfer-outsourcing-contracts-in-services-boon-or-",
    "primary",
)

# ---------------------------------------------------------------- secondary
MORGAN_LEWIS_BOT_2024 = source(
    "Rise of the BOTs: exploring build-operate-transfer models for IT and business process services",
    "Morgan Lewis (law firm)",
    2024,
    "https://www.morganlewis.com/blogs/sourcingatmorganlewis/2024/06/rise-of-the-bots-exploring-build-operate-transfer-models-for-it-and-business-process-services",
    "secondary",
)
HOWE_WIRED_2006 = source(
    "Jeff Howe, The Rise of Crowdsourcing",
    "Wired",
    2006,
    "https://www.wired.com/2006/06/crowds/",
    "secondary",
    authors="Howe, J.",
)
UK_TUPE_2006 = source(
    "The Transfer of Undertakings (Protection of Employment) Regulations 2006 (SI 2006/246)",
    "legislation.gov.uk (The National Archives, United Kingdom)",
    2006,
    "https://www.legislation.gov.uk/uksi/2006/246/contents",
    "primary",
)
GAIN_SHARING_IT_CASE = doi(
    "10.1590/S1519-70772005000200008",
    "Agrawal, Guerreiro and Pereira, How to measure gain-sharing in an outsourcing relationship: a case study in information technology environment",
    "Revista Contabilidade & Finanças (University of São Paulo)",
    2005,
    authors="Agrawal, S., Guerreiro, R. and Pereira, C. A.",
)
CHARTERED_IIA_RESOURCE_MODELS = source(
    "Global Internal Audit Standards and different resource models (outsourcing and co-sourcing)",
    "Chartered Institute of Internal Auditors",
    2024,
    "https://charterediia.org/content-hub/professional-practice/global-internal-audit-standards-and-different-resource-models",
    "primary",
)
GRANT_THORNTON_COSOURCING_2023 = source(
    "Unlock internal audit's full potential through co-sourcing",
    "Grant Thornton",
    2023,
    "https://www.grantthornton.com/insights/articles/advisory/2023/unlock-internal-audit-s-full-potential-through-co-sourcing",
    "secondary",
)
