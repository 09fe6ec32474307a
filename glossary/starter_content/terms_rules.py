"""The rules around a sourcing decision: where data may go, what financial
supervisors expect, who counts as an employer, and the alternatives to moving
work at all (automation, cloud, contract manufacturing).

Each work cited here was checked against a stored copy before it was written;
every citation carries the passage relied on and the copy it was checked in.
"""

from . import sources as s

REVIEWED = "2026-12-06"

# ---------------------------------------------------------------- the works cited
GDPR_TRANSFERS = s.GDPR
DPF_ADEQUACY_DECISION = s.celex(
    "32023D1795",
    "Commission Implementing Decision (EU) 2023/1795 on the adequate level of protection of personal data under the EU-US Data Privacy Framework",
    2023,
)
SCC_DECISION = s.celex(
    "32021D0914",
    "Commission Implementing Decision (EU) 2021/914 on standard contractual clauses for the transfer of personal data to third countries",
    2021,
)
SCHREMS_II = s.source(
    "Judgment of the Court (Grand Chamber) of 16 July 2020, Data Protection Commissioner v Facebook Ireland and Maximillian Schrems, Case C-311/18 (Schrems II)",
    "EUR-Lex (Court of Justice of the European Union)",
    2020,
    "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:62018CJ0311",
    "primary",
)
EDPB_RECOMMENDATIONS_01_2020 = s.source(
    "Recommendations 01/2020 on measures that supplement transfer tools to ensure compliance with the EU level of protection of personal data, version 2.0",
    "European Data Protection Board",
    2021,
    "https://www.edpb.europa.eu/our-work-tools/our-documents/recommendations/recommendations-012020-measures-supplement-transfer_en",
    "primary",
)
EDPB_GUIDELINES_05_2021 = s.source(
    "Guidelines 05/2021 on the interplay between the application of Article 3 and the provisions on international transfers as per Chapter V of the GDPR, version 2.0",
    "European Data Protection Board",
    2023,
    "https://www.edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-052021-interplay-between-application-article-3_en",
    "primary",
)
FREE_FLOW_REGULATION = s.celex(
    "32018R1807",
    "Regulation (EU) 2018/1807 on a framework for the free flow of non-personal data in the European Union",
    2018,
)
OECD_DATA_LOCALISATION_2023 = s.doi(
    "10.1787/179f718a-en",
    "The Nature, Evolution and Potential Implications of Data Localisation Measures (OECD Trade Policy Papers)",
    "OECD Publishing",
    2023,
)
OECD_SVANTESSON_2020 = s.source(
    "Data localisation trends and challenges: considerations for the review of the Privacy Guidelines (OECD Digital Economy Papers No. 301)",
    "OECD Publishing",
    2020,
    "https://doi.org/10.1787/7fbaed62-en",
    "primary",
    authors="Svantesson, D.",
)
EBA_OUTSOURCING_GUIDELINES = s.source(
    "Guidelines on outsourcing arrangements (EBA/GL/2019/02)",
    "European Banking Authority",
    2019,
    "https://www.eba.europa.eu/regulation-and-policy/internal-governance/guidelines-on-outsourcing-arrangements",
    "primary",
)
BIRD_BIRD_EBA_2019 = s.source(
    "EBA publish their final report on their guidelines on outsourcing arrangements",
    "Bird & Bird (law firm)",
    2019,
    "https://www.twobirds.com/en/news/articles/2019/global/eba-publish-their-final-report-on-their-guidelines-on-outsoucing-arrangements",
    "secondary",
)
DORA_REGISTER_ITS = s.celex(
    "32024R2956",
    "Commission Implementing Regulation (EU) 2024/2956 laying down implementing technical standards for the templates of the register of information under DORA",
    2024,
)
ITEPA_2003_CHAPTER_10 = s.source(
    "Income Tax (Earnings and Pensions) Act 2003, Part 2, Chapter 10 (workers' services provided to public authorities or medium or large clients through intermediaries)",
    "legislation.gov.uk (The National Archives, United Kingdom)",
    2003,
    "https://www.legislation.gov.uk/ukpga/2003/1/part/2/chapter/10",
    "primary",
)
HMRC_OFF_PAYROLL_CLIENTS = s.source(
    "Off-payroll working for clients: when to apply the off-payroll working rules (IR35)",
    "HM Revenue & Customs (GOV.UK)",
    2020,
    "https://www.gov.uk/guidance/april-2020-changes-to-off-payroll-working-for-clients",
    "primary",
)
FSB_IR35_GUIDE_2021 = s.source(
    "A guide to off-payroll working (IR35)",
    "Federation of Small Businesses",
    2021,
    "https://www.fsb.org.uk/resources-page/a-guide-to-off-payroll-working-ir35-april-2021.html",
    "secondary",
    authors="Seeley Harris, R.",
)
VAN_DER_AALST_RPA_2018 = s.source(
    "Robotic Process Automation (Business & Information Systems Engineering 60(4), 269-272)",
    "Springer",
    2018,
    "https://doi.org/10.1007/s12599-018-0542-4",
    "primary",
    authors="van der Aalst, W. M. P., Bichler, M. and Heinzl, A.",
)
AGOSTINELLI_RPA_2019 = s.source(
    "Towards intelligent robotic process automation for BPMers (preprint)",
    "arXiv",
    2019,
    "https://arxiv.org/abs/2001.00804",
    "secondary",
    authors="Agostinelli, S., Marrella, A. and Mecella, M.",
)
BRYNJOLFSSON_GENAI_2025 = s.source(
    "Generative AI at Work (The Quarterly Journal of Economics 140(2), 889-942)",
    "Oxford University Press",
    2025,
    "https://academic.oup.com/qje/article/140/2/889/7990658",
    "primary",
    authors="Brynjolfsson, E., Li, D. and Raymond, L.",
)
NIST_AI_600_1 = s.source(
    "Artificial Intelligence Risk Management Framework: Generative Artificial Intelligence Profile (NIST AI 600-1)",
    "National Institute of Standards and Technology",
    2024,
    "https://doi.org/10.6028/NIST.AI.600-1",
    "primary",
)
NIST_SP_800_145 = s.source(
    "The NIST Definition of Cloud Computing (Special Publication 800-145)",
    "National Institute of Standards and Technology",
    2011,
    "https://doi.org/10.6028/NIST.SP.800-145",
    "primary",
    authors="Mell, P. and Grance, T.",
)
UNCTAD_WIR_2011 = s.source(
    "World Investment Report 2011: Non-Equity Modes of International Production and Development",
    "UNCTAD (United Nations)",
    2011,
    "https://unctad.org/publication/world-investment-report-2011",
    "primary",
)
STURGEON_2002 = s.source(
    "Modular production networks: a new American model of industrial organization (Industrial and Corporate Change 11(3), 451-496)",
    "Oxford University Press",
    2002,
    "https://doi.org/10.1093/icc/11.3.451",
    "primary",
    authors="Sturgeon, T. J.",
)
GLOBAL_CALL_CENTRE_REPORT_2007 = s.source(
    "The Global Call Centre Report: International Perspectives on Management and Employment",
    "Global Call Centre Research Network (Cornell University ILR School)",
    2007,
    "https://www.ilr.cornell.edu/globalcallcenter/upload/GCC-Intl-Rept-UK-Version.pdf",
    "primary",
    authors="Holman, D., Batt, R. and Holtgrewe, U.",
)
US_CODE_7705 = s.source(
    "26 U.S.C. § 7705 Certified professional employer organizations (with § 3511, added by the Tax Increase Prevention Act of 2014)",
    "Legal Information Institute, Cornell Law School (United States Code)",
    2014,
    "https://www.law.cornell.edu/uscode/text/26/7705",
    "primary",
)
CPEO_FINAL_REGULATIONS_2019 = s.source(
    "Certified Professional Employer Organizations: final regulations (Federal Register 84(102), 24367-24389)",
    "Internal Revenue Service, Federal Register (United States)",
    2019,
    "https://www.federalregister.gov/d/2019-10856",
    "primary",
)
JOURNAL_OF_ACCOUNTANCY_CPEO_2021 = s.source(
    "Certified professional employer organizations",
    "Journal of Accountancy (AICPA)",
    2021,
    "https://www.journalofaccountancy.com/issues/2021/jul/certified-professional-employer-organizations.html",
    "secondary",
)
GERMAN_AUEG = s.source(
    "Arbeitnehmerüberlassungsgesetz (AÜG, German Temporary Agency Work Act), § 1",
    "Gesetze im Internet (Federal Ministry of Justice, Germany)",
    1972,
    "https://www.gesetze-im-internet.de/a_g/__1.html",
    "primary",
)
MANNING_LARSEN_BHARATI_2015 = s.source(
    "Global delivery models: the role of talent, speed and time zones in the global outsourcing industry (Journal of International Business Studies 46(7), 850-877)",
    "Copenhagen Business School research portal",
    2015,
    "https://research.cbs.dk/da/publications/global-delivery-models-the-role-of-talent-speed-and-time-zones-in",
    "primary",
    authors="Manning, S., Larsen, M. M. and Bharati, P. M.",
)
MINT_MULTI_SHORE_2021 = s.source(
    "IT firms choose multi-shore delivery to meet client needs",
    "Mint",
    2021,
    "https://www.livemint.com/companies/news/it-firms-choose-multi-shore-delivery-to-meet-client-needs-11630947792553.html",
    "secondary",
)
BUSINESS_STANDARD_GLOBAL_DELIVERY_2007 = s.source(
    "Indian IT firms expand abroad as global delivery dynamics change",
    "Business Standard",
    2007,
    "https://www.business-standard.com/article/technology/indian-it-firms-expand-abroad-as-global-delivery-dynamics-change-107120701042_1.html",
    "secondary",
)
IIDA_CHINA_PLUS_ONE_2015 = s.source(
    "Political risks and Japanese foreign direct investment in East Asia: a case study of 'China-plus-one' (The Korean Journal of International Studies 13(2), 383-410)",
    "The Korean Journal of International Studies",
    2015,
    "https://www.kjis.org/journal/view.html?spage=383&volume=13&number=2",
    "primary",
    authors="Iida, K.",
)
RHODIUM_DIVERSIFICATION_2024 = s.source(
    "A Diversification Framework for China (commissioned by Business Roundtable)",
    "Rhodium Group",
    2024,
    "https://rhg.com/research/a-diversification-framework-for-china/",
    "secondary",
)
CHINA_PLUS_ONE_WIKIPEDIA = s.wikipedia("China_Plus_One", "China Plus One")
CJEU_DAIMLER_C_232_20 = s.source(
    "Judgment of the Court (Second Chamber) of 17 March 2022, NP v Daimler AG, Case C-232/20",
    "EUR-Lex (Court of Justice of the European Union)",
    2022,
    "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:62020CJ0232",
    "primary",
)


TERMS = [
    # ------------------------------------------------------------ data: where it may be and where it may go
    {
        "slug": "data-residency",
        "name": "Data residency",
        "aliases": ["data location", "data hosting location", "in-region data storage"],
        "misspellings": ["data residancy", "data recidency"],
        "category": "location",
        "definition": "The place, chosen by an organisation or promised by its provider, where its data is stored and processed, usually named as a country or region in the contract.",
        "takeaways": [
            "Data residency is a choice you make or a promise you buy; data localisation is a rule a government imposes.",
            "Keeping data in an EU region does not by itself avoid GDPR transfer rules if people abroad can see it.",
            "Write the promised regions, the support locations and the subcontractors into the contract, and check them.",
        ],
        "explanation": """Data residency answers a practical question: **where does our data physically sit, and where is it processed?** An organisation may choose a provider's EU or UK region, ask for backups to stay in the same region, or require that support staff work from named countries. The choice is usually written into the contract or the provider's data-processing terms.

It is easily confused with [[data-localisation]], and the difference matters for a sourcing decision. Residency is a **commercial or risk choice**; localisation is a **legal obligation** that a state imposes. A bank may choose EU-only hosting to simplify supervision; a law that says certain records may not leave the country is localisation.

Residency is also not the same as lawful transfer. Under the GDPR, what matters is whether personal data is made available to a recipient in a third country. The European Data Protection Board treats a transfer as taking place when an exporter subject to the GDPR discloses personal data, by transmission or otherwise, to an importer in a third country. So a service hosted in Frankfurt but supported by engineers in another continent who can read customer records still involves transfers, which need an [[adequacy-decision]] or safeguards such as [[standard-contractual-clauses]] and a [[transfer-impact-assessment]].

For sourcing, residency belongs in the requirements for [[cloud-and-saas]], [[offshore-outsourcing]] and any provider that touches customer data: which regions, which support locations, which subcontractors, and how changes are notified.""",
        "example": "A Dutch insurer buys a claims-handling platform on condition that production data, backups and logs stay in the provider's two EU regions, and that second-line support with access to claim files is staffed from Poland and Portugal only; the data-processing agreement lists both and requires 60 days' notice before any new location.",
        "fits_when": """- Customers, supervisors or your own risk policy expect data in a named region.
- A provider offers regional hosting and you can verify it.
- You want to limit the number of transfers you must assess.""",
        "not_fits_when": """- You assume regional hosting settles every GDPR question (remote access can still be a transfer).
- The law actually requires local storage: that is localisation, with its own rules.
- The service only works well with global support you are not willing to restrict.""",
        "related": [
            "data-localisation",
            "adequacy-decision",
            "standard-contractual-clauses",
            "transfer-impact-assessment",
            "cloud-and-saas",
        ],
        "sources": [
            s.cite(
                EDPB_GUIDELINES_05_2021,
                "Executive summary, three cumulative criteria",
                passage="The exporter discloses by transmission or otherwise makes personal data, subject to this processing, available to another controller, joint controller or processor ('importer'); the importer is in a third country.",
                verified_in="https://armingaud-avocat.fr/en/guidelines-05-2021-on-the-interplay-between-the-application-of-article-3-and-the-provisions-on-international-transfers-as-per-chapter-v-of-the-gdpr/",
            ),
            s.cite(
                GDPR_TRANSFERS,
                "Art. 44",
                passage="Any transfer of personal data ... to a third country ... shall take place only if ... the conditions laid down in this Chapter are complied with by the controller and processor.",
                verified_in="https://data.guardint.org/en/entity/k4ae1290jz?page=8",
            ),
            s.cite(
                FREE_FLOW_REGULATION,
                "Art. 3(5)",
                passage="'data localisation requirement' means any obligation, prohibition, condition, limit or other requirement provided for in the laws, regulations or administrative provisions of a Member State ... which imposes the processing of data in the territory of a specific Member State.",
                verified_in="https://gsis.gr/en/ffd",
            ),
        ],
        "values": {
            "basic-definition": "Where an organisation chooses, or its provider promises, to store and process its data.",
            "meaning": "Regions, backup sites and support locations named in the contract and checked in practice.",
            "who-does-the-work": "Not a sourcing model: it constrains whichever provider or internal team holds the data.",
            "location": "The named region or country; support and subcontractors may sit elsewhere unless the contract says otherwise.",
            "drivers": "Customer and supervisor expectations, risk policy, and a wish to limit transfers to third countries.",
            "benefits": "Clear answers for customers and supervisors, fewer transfers to assess, and simpler incident handling.",
            "primary-goal": "To know and control where data sits and who can reach it.",
            "risks": "False comfort when remote access still creates transfers, higher prices for regional services, and silent changes by subcontractors.",
            "control": "Contractual: named regions, notification of changes and audit rights.",
            "cost-profile": "Regional hosting and restricted support can cost more than a provider's global default.",
            "time-to-set-up": "Part of provider selection and contract negotiation: weeks.",
        },
        "last_reviewed": REVIEWED,
    },
    {
        "slug": "data-localisation",
        "name": "Data localisation",
        "aliases": [
            "data localization",
            "local storage requirement",
            "data localisation requirement",
            "data localization law",
        ],
        "misspellings": ["data localisaton", "data locallisation"],
        "category": "location",
        "definition": "A legal requirement that certain data be stored, or stored and processed, inside a country's territory, sometimes with a ban on sending it abroad.",
        "takeaways": [
            "Localisation is imposed by law; residency is chosen by a firm or promised by a provider.",
            "Inside the EU, states may not impose localisation of non-personal data except on public-security grounds.",
            "Where localisation applies, it can rule out offshore options entirely, so check it before comparing costs.",
        ],
        "explanation": """Data localisation is a **rule made by a government**: certain data must be kept inside the country, and sometimes may not leave it at all. Measures differ widely. The OECD describes forms that only require a local copy while allowing processing abroad, forms that allow transfers under defined conditions, and the strictest forms, which combine local storage with a ban on flows. In its 2023 mapping it counted 100 such measures across 40 countries by early 2023, with more than two-thirds of them combining local storage with a prohibition on transfers.

Two distinctions help a manager:

- **Localisation is not [[data-residency]].** Residency is where you choose to keep data; localisation is where the law says it must be.
- **Transfer rules are not localisation.** The GDPR lets personal data leave the EU under conditions (an [[adequacy-decision]], [[standard-contractual-clauses]] and so on). An OECD report on data localisation argues that the conditions data privacy laws traditionally impose do not necessarily amount to localisation measures.

Within the EU, Regulation (EU) 2018/1807 prohibits member states from imposing localisation requirements for non-personal data unless justified on grounds of public security and proportionate.

For sourcing, localisation is a **hard constraint**: if records must stay in the country, an [[offshore-outsourcing]] provider or a [[captive-offshore-centre]] abroad may be able to work only on data that is not covered, or not at all. The advisor treats "data must stay in the country" as ruling options out rather than lowering their score.""",
        "example": "A European payments company planning to move transaction monitoring to its centre in another country first maps the rules in each market where it operates; where a country requires payment data to be stored locally, it keeps those records and the analysts who need raw access in that country and sends only aggregated alerts to the central team.",
        "fits_when": """- You operate in, or serve customers in, countries with local-storage rules.
- You are comparing locations and need to know which data may move at all.
- A regulator or public-sector buyer sets location requirements in law or procurement rules.""",
        "not_fits_when": """- The requirement is only a preference of your own (that is data residency).
- You are reading GDPR transfer conditions as a ban on transfers.
- The data concerned is non-personal data inside the EU, where localisation rules are prohibited save for public security.""",
        "related": [
            "data-residency",
            "adequacy-decision",
            "standard-contractual-clauses",
            "offshore-outsourcing",
            "nearshore-outsourcing",
        ],
        "sources": [
            s.cite(
                OECD_DATA_LOCALISATION_2023,
                "Abstract",
                passage="By early 2023, 100 such measures were in place across 40 countries, with more than two-thirds combining local storage requirements with flow prohibition, the most restrictive form of data localisation. [Three broad categories (local storage with processing abroad allowed; local storage with transfers under conditions; storage with flow prohibition), checked in the OECD author's summary https://www.techuk.org/resource/mapping-data-localisation-measures-oecd.html]",
                verified_in="https://search.oecd.org/science/the-nature-evolution-and-potential-implications-of-data-localisation-measures-179f718a-en.htm",
            ),
            s.cite(
                OECD_SVANTESSON_2020,
                "Abstract",
                passage="Suggests that the conditions that data privacy laws traditionally impose do not necessarily amount to data localisation measures.",
                verified_in="https://www.oecd.org/en/publications/data-localisation-trends-and-challenges_7fbaed62-en.html",
            ),
            s.cite(
                FREE_FLOW_REGULATION,
                "Art. 3(5) and Art. 4",
                passage="Data localisation requirements are prohibited, unless they are justified on grounds of public security in compliance with the principle of proportionality.",
                verified_in="https://gsis.gr/en/ffd",
            ),
        ],
        "values": {
            "basic-definition": "A legal requirement that certain data be stored, or stored and processed, inside a country.",
            "meaning": "Covered records and the systems that hold them stay in the country; some rules also forbid copies abroad.",
            "who-does-the-work": "Not a sourcing model: it limits who may work on covered data and from where.",
            "location": "Inside the country that imposes the rule, for the data it covers.",
            "drivers": "National security, supervisory reach, privacy, and industrial policy.",
            "benefits": "For the state: reach over the data; for a firm, clarity once the rules are mapped.",
            "primary-goal": "To keep covered data within a jurisdiction's reach.",
            "risks": "Ruling out offshore options late in a project, duplicated infrastructure, and fragmented operations across countries.",
            "control": "Set by law; the firm controls only how it complies.",
            "cost-profile": "Local hosting, duplicated systems and local staff for covered data; the OECD notes higher operating costs.",
            "time-to-set-up": "Mapping the rules takes weeks; building local infrastructure can take months.",
        },
        "last_reviewed": REVIEWED,
    },
    {
        "slug": "adequacy-decision",
        "name": "Adequacy decision",
        "aliases": [
            "GDPR adequacy decision",
            "adequacy finding",
            "EU adequacy decision",
            "GDPR adequacy",
        ],
        "misspellings": ["adequecy decision", "adequacy descision"],
        "category": "location",
        "definition": "A decision by the European Commission that a non-EU country, territory, sector or international organisation protects personal data adequately, so that data may flow there without further authorisation.",
        "takeaways": [
            "With an adequacy decision, personal data can go to that destination as if within the EU, with no extra transfer tool.",
            "Some decisions are partial: the EU-US Data Privacy Framework covers only US organisations certified under it.",
            "Decisions are reviewed and can fall: the Court of Justice struck down the EU-US Privacy Shield in 2020.",
        ],
        "explanation": """Under Article 45 of the GDPR, the European Commission may decide that a third country, a territory or specified sectors within it, or an international organisation **ensures an adequate level of protection**. Transfers to that destination then need no specific authorisation. In assessing adequacy the Commission looks at the rule of law, access by public authorities, the existence of an independent supervisory authority and the country's international commitments.

For a sourcing decision, the adequacy status of a provider's country is often the first legal filter: it decides whether people there can work on EU personal data without [[standard-contractual-clauses]] and a [[transfer-impact-assessment]].

**Read the scope.** Some decisions cover a country only in part. The decision on the United States, Implementing Decision (EU) 2023/1795 of 10 July 2023 on the EU-US Data Privacy Framework, covers transfers to organisations that are on the Data Privacy Framework List kept by the US Department of Commerce; a US provider that has not certified needs another transfer tool.

**Decisions can change.** The Commission keeps decisions under review, and the Court of Justice can annul them: in *Schrems II* (C-311/18, 16 July 2020) it invalidated the decision behind the EU-US Privacy Shield while upholding standard contractual clauses. An exit or fallback plan for a provider in a country with adequacy is prudent.

The UK and Switzerland have their own regimes and lists; check the rules of the country your data leaves from.""",
        "example": "A German software firm shortlists a testing provider in Halifax, Canada; because the Commission's decision on Canada covers commercial organisations subject to Canada's federal private-sector privacy law (PIPEDA), and the provider confirms it is one of them, its staff can work on EU test data containing personal data without standard contractual clauses, though the firm still needs a processor contract under Article 28.",
        "fits_when": """- You are choosing between provider locations and personal data is involved.
- The provider's country, or the provider itself (for a partial decision), is covered.
- You want the simplest lawful route for transfers.""",
        "not_fits_when": """- The provider's country has no decision, or the provider is outside a partial decision's scope.
- You are relying on a decision without a fallback in case it is annulled.
- You assume adequacy replaces a processor contract or security checks: it does not.""",
        "related": [
            "standard-contractual-clauses",
            "transfer-impact-assessment",
            "data-residency",
            "data-localisation",
            "offshore-outsourcing",
        ],
        "sources": [
            s.cite(
                GDPR_TRANSFERS,
                "Art. 45(1)-(2)",
                passage="A transfer of personal data to a third country ... may take place where the Commission has decided that the third country, a territory or one or more specified sectors within that third country, or the international organisation in question ensures an adequate level of protection. Such a transfer shall not require any specific authorisation. [Art. 45(3)-(5) periodic review, monitoring, repeal or suspension, checked in https://raw.githubusercontent.com/ThomasMoreAI/legal-skills-open/main/general/data-protection/skills/adequacy-assessment/references/standards.md; partial decisions for Canada (organisations subject to PIPEDA) in https://raw.githubusercontent.com/ThomasMoreAI/legal-skills-open/main/general/data-protection/skills/adequacy-assessment/references/workflows.md]",
                verified_in="https://gdprhub.eu/index.php?title=Article_45_GDPR",
            ),
            s.cite(
                DPF_ADEQUACY_DECISION,
                "Art. 1 and recital 2",
                passage="The United States ensures an adequate level of protection for personal data transferred from the Union to organisations in the United States that are included in the 'Data Privacy Framework List', maintained and made publicly available by the U.S. Department of Commerce.",
                verified_in="https://www.data-privacy-framework.com/Commission_Implementing_Decision_EU_2023_1795.html",
            ),
            s.cite(
                SCHREMS_II,
                "Judgment of 16 July 2020, operative part",
                passage="Invalidates Decision 2016/1250 on the adequacy of the protection provided by the EU-US Privacy Shield and considers Decision 2010/87 on standard contractual clauses valid.",
                verified_in="https://dig.watch/updates/cjeu-invalidates-eu-us-data-protection-shield-standard-contractual-clauses-remain-valid",
            ),
        ],
        "values": {
            "basic-definition": "A Commission decision that a non-EU destination protects personal data adequately, so data may flow there freely.",
            "meaning": "Personal data can go to the covered country, sector or certified organisation without an extra transfer tool.",
            "who-does-the-work": "Not a sourcing model: it decides how easily a provider or centre abroad may receive personal data.",
            "location": "The country, territory or sector named in the decision, sometimes only certified organisations there.",
            "drivers": "Choosing provider or centre locations that handle EU personal data.",
            "benefits": "No standard contractual clauses or transfer impact assessment needed for covered transfers.",
            "primary-goal": "To let personal data flow to a destination whose protection the EU has found adequate.",
            "risks": "Partial scope misread, and annulment or suspension of a decision leaving transfers without a basis.",
            "control": "Set by the Commission and the courts; firms control only which destinations and providers they use.",
            "cost-profile": "Lowers compliance cost for covered transfers; no fee.",
            "time-to-set-up": "Nothing to set up for covered destinations beyond checking scope and recording the basis.",
        },
        "last_reviewed": REVIEWED,
    },
    {
        "slug": "standard-contractual-clauses",
        "name": "Standard contractual clauses",
        "aliases": [
            "SCCs",
            "SCC",
            "GDPR standard contractual clauses",
            "model clauses",
            "EU model clauses",
            "standard data protection clauses",
        ],
        "misspellings": ["standard contractual clases", "standart contractual clauses"],
        "category": "contracts-and-platforms",
        "definition": "Contract terms adopted by the European Commission that a data exporter and an importer outside the EU sign, unchanged, to give personal data appropriate safeguards when no adequacy decision covers the destination.",
        "takeaways": [
            "SCCs are the usual route for sending EU personal data to a provider in a country without an adequacy decision.",
            "The 2021 clauses come in modules for the roles of the parties; their text may not be altered.",
            "Signing is not enough: since Schrems II the exporter must check that the destination's law lets the clauses work.",
        ],
        "explanation": """Where no [[adequacy-decision]] covers a destination, Article 46 of the GDPR allows transfers under **appropriate safeguards**, on condition that data subjects have enforceable rights and effective remedies. The most widely used safeguard is the set of standard data protection clauses adopted by the Commission, known as standard contractual clauses (SCCs).

The current set was adopted by Commission Implementing Decision (EU) 2021/914 of 4 June 2021. It is built from modules for different combinations of controllers and processors (for example controller to processor, the usual case when you outsource a process to a provider abroad) and the parties may not change the clauses themselves. A separate decision of the same day, (EU) 2021/915, gives clauses for the controller-processor contract required by Article 28, which is a different document from the transfer clauses.

In *Schrems II* the Court of Justice confirmed that SCCs remain valid but held that, because a contract cannot bind the authorities of a third country, the exporter must verify, case by case, whether the law and practice of the destination allow the importer to comply, and add supplementary measures or stop the transfer if not. That verification is what practitioners call a [[transfer-impact-assessment]].

In an [[offshore-outsourcing]] or [[out-staffing]] deal, SCCs usually sit in an annex to the data-processing agreement, with the transfers described in detail, the sub-processors listed and the supplementary measures (encryption, access controls, pseudonymisation) spelled out.""",
        "example": "A Belgian retailer outsources customer-service email handling to a provider in a country without an adequacy decision; it signs the Commission's controller-to-processor module, lists the provider's two sub-processors in the annex, records its assessment of the destination's surveillance laws, and requires that order data be pseudonymised before agents see it.",
        "fits_when": """- A provider or group company outside the EEA will receive or access EU personal data.
- The destination has no adequacy decision, or the provider is outside a partial one.
- You can assess the destination's law and add measures where needed.""",
        "not_fits_when": """- The destination is covered by an adequacy decision (no SCCs needed for the transfer).
- The destination's law would stop the importer honouring the clauses and no measure closes the gap.
- You intend to edit the clauses to suit the deal: the text must be used as adopted.""",
        "related": [
            "adequacy-decision",
            "transfer-impact-assessment",
            "data-residency",
            "offshore-outsourcing",
            "cloud-and-saas",
        ],
        "sources": [
            s.cite(
                SCC_DECISION,
                "Recitals 2-3",
                passage="Pursuant to Article 46(1) of Regulation (EU) 2016/679, in the absence of an adequacy decision ... a controller or processor may transfer personal data to a third country only if it has provided appropriate safeguards ... Such safeguards may be provided for by standard data protection clauses adopted by the Commission pursuant to Article 46(2)(c).",
                verified_in="https://thezenrooms.co.uk/data-processing-agreement/",
            ),
            s.cite(
                SCHREMS_II,
                "Judgment of 16 July 2020",
                passage="SCCs are of a contractual nature and therefore cannot bind the public authorities in non-EU countries; parties must investigate, prior to any transfer, whether the country of the data importer respects the level of protection required.",
                verified_in="https://dig.watch/updates/cjeu-invalidates-eu-us-data-protection-shield-standard-contractual-clauses-remain-valid",
            ),
            s.cite(
                GDPR_TRANSFERS,
                "Art. 46",
                passage="Pursuant to Article 46(1) ... a controller or processor may transfer personal data to a third country only if it has provided appropriate safeguards, and on condition that enforceable rights and effective legal remedies for data subjects are available (as quoted in recital 2 of Decision 2021/914). [Decision 2021/915 on controller-processor clauses under Art. 28(7), same OJ issue: https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=OJ:L:2021:199:FULL]",
                verified_in="https://mylifethistimearound.com/?p=388",
            ),
        ],
        "values": {
            "basic-definition": "Commission-approved contract terms that safeguard personal data sent to a country without an adequacy decision.",
            "meaning": "Exporter and importer sign the relevant module unchanged, describe the transfers, and back it with an assessment of the destination's law.",
            "who-does-the-work": "Not a sourcing model: it lets a provider or group company abroad lawfully receive personal data.",
            "location": "Any third country without adequacy; used for offshore providers and centres.",
            "drivers": "Outsourcing or offshoring that gives people outside the EEA access to EU personal data.",
            "benefits": "A standard, widely accepted transfer route that needs no authority's approval.",
            "primary-goal": "To give transferred personal data safeguards the GDPR accepts.",
            "risks": "Treating signature as compliance, ignoring the destination's surveillance laws, and unmanaged onward transfers to sub-processors.",
            "control": "Contractual, with audit and information rights for the exporter.",
            "cost-profile": "Legal work for the assessment and annexes, and the cost of supplementary technical measures.",
            "time-to-set-up": "Days to sign; weeks when a thorough transfer impact assessment is needed.",
        },
        "last_reviewed": REVIEWED,
    },
    {
        "slug": "transfer-impact-assessment",
        "name": "Transfer impact assessment",
        "aliases": [
            "TIA",
            "data transfer impact assessment",
            "transfer risk assessment",
        ],
        "misspellings": ["transfer impact assesment", "transfer impact assessement"],
        "category": "governance",
        "definition": "A documented check, made before personal data goes to a country without an adequacy decision, of whether that country's law and practice let the chosen safeguards work, and of what extra measures are needed.",
        "takeaways": [
            "It follows from the Schrems II judgment: signing standard contractual clauses is not enough on its own.",
            "The EDPB's recommendations set out six steps, from mapping transfers to re-evaluating them.",
            "The outcome can be 'go', 'go with supplementary measures' or 'do not transfer': budget for all three.",
        ],
        "explanation": """A transfer impact assessment (TIA) is the practitioners' name for the check that the Court of Justice required in *Schrems II*: exporters relying on [[standard-contractual-clauses]] or other Article 46 tools must verify, case by case, whether the law or practice of the third country impinges on the effectiveness of those safeguards, and where it does, add supplementary measures or suspend the transfer. The GDPR itself does not use the phrase.

The European Data Protection Board's Recommendations 01/2020 (final version adopted 18 June 2021) describe the method as six steps:

1. know your transfers, including onward transfers to sub-processors;
2. identify the transfer tool each relies on;
3. assess whether the tool is effective in the light of the third country's law and practice, including access by public authorities;
4. adopt supplementary measures (technical, contractual, organisational) where needed;
5. take any formal procedural steps those measures require;
6. re-evaluate at appropriate intervals.

No TIA is needed for transfers to a destination covered by an [[adequacy-decision]].

For a sourcing decision, the TIA belongs **before** contract signature: it can rule out a location, or require measures (such as keeping encryption keys in the EU or pseudonymising data) that change the price and the service design. The advisor's data questions and the location shortlist point here when a destination has no adequacy decision.""",
        "example": "Before moving invoice processing to a provider abroad, an Irish distributor maps which personal data the provider's clerks would see, reviews public reports on the destination's surveillance laws with counsel, concludes that access by authorities to supplier contact data is possible but limited, and decides to mask bank details in the images the clerks handle; it schedules a review for the contract's first anniversary.",
        "fits_when": """- Personal data will go to, or be accessible from, a country without an adequacy decision.
- You rely on standard contractual clauses, binding corporate rules or another Article 46 tool.
- A provider adds a sub-processor in a new country.""",
        "not_fits_when": """- The destination is covered by an adequacy decision.
- No personal data is transferred or made accessible abroad.
- The data is subject to a legal requirement to stay in the country (then the question is localisation, not safeguards).""",
        "related": [
            "standard-contractual-clauses",
            "adequacy-decision",
            "data-residency",
            "offshore-outsourcing",
            "cloud-and-saas",
        ],
        "sources": [
            s.cite(
                EDPB_RECOMMENDATIONS_01_2020,
                "Executive summary; roadmap, steps 1-6",
                passage="Controllers or processors, acting as exporters, are responsible for verifying, on a case-by-case basis and, where appropriate, in collaboration with the importer in the third country, if the law or practice of the third country impinges on the effectiveness of the appropriate safeguards contained in the Article 46 GDPR transfer tools. Steps: know your transfers; identify the transfer tools you are relying on; assess whether the Article 46 GDPR transfer tool is effective; adopt supplementary measures; procedural steps; re-evaluate at appropriate intervals. [Steps also checked in https://www.blockchainwg.eu/edpb-publishes-recommendations-on-supplementary-measures-for-data-transfers-after-schrems-ii/]",
                verified_in="https://vdocuments.us/recommendations-012020-on-measures-that-supplement-adopted-1-recommendations.html",
            ),
            s.cite(
                SCHREMS_II,
                "Judgment of 16 July 2020",
                passage="Standard contractual clauses remain valid, conditional on the parties investigating, prior to any transfer, whether the country of the data importer respects the level of data protection given in the clauses, and suspending the transfer if it does not.",
                verified_in="http://gdpr365.de/?p=49",
            ),
        ],
        "values": {
            "basic-definition": "A documented check that a third country's law lets the chosen transfer safeguards work, and of the measures needed.",
            "meaning": "Map transfers, identify the tool, assess the destination's law and practice, add measures, and review periodically.",
            "who-does-the-work": "The exporter (often privacy and legal teams) with information from the provider.",
            "location": "Any destination without an adequacy decision.",
            "drivers": "The Schrems II judgment and EDPB guidance on transfers relying on Article 46 tools.",
            "benefits": "A defensible record, early sight of measures that change cost or design, and fewer surprises from supervisors.",
            "primary-goal": "To make sure transferred personal data keeps protection essentially equivalent to the EU's.",
            "risks": "Box-ticking, reliance on providers' generic assessments, and outcomes that arrive after the contract is signed.",
            "control": "With the exporter, which decides whether and how the transfer proceeds.",
            "cost-profile": "Legal and privacy effort per destination, plus the cost of supplementary measures.",
            "time-to-set-up": "Days for a repeat destination; weeks for a new one.",
        },
        "last_reviewed": REVIEWED,
    },
    # ------------------------------------------------------------ financial-sector rules
    {
        "slug": "eba-outsourcing-guidelines",
        "name": "EBA Guidelines on outsourcing arrangements",
        "aliases": [
            "EBA outsourcing guidelines",
            "EBA/GL/2019/02",
            "EBA guidelines on outsourcing",
            "bank outsourcing rules",
        ],
        "misspellings": ["EBA outsorcing guidelines", "EBA outsourcing guidlines"],
        "category": "governance",
        "definition": "The European Banking Authority's rules for how banks, investment firms, payment and e-money institutions govern outsourcing, with stricter requirements when a critical or important function is outsourced.",
        "takeaways": [
            "A regulated firm's management body stays responsible for outsourced functions; responsibility cannot be outsourced.",
            "Everything hinges on whether a function is 'critical or important': that triggers the stricter rules.",
            "Firms keep a register of all outsourcing arrangements and must be able to exit without disrupting their business.",
        ],
        "explanation": """The EBA Guidelines on outsourcing arrangements (EBA/GL/2019/02), published on 25 February 2019, apply to credit institutions, investment firms, payment institutions and electronic money institutions. They applied from 30 September 2019 to arrangements entered into, reviewed or amended from that date, and firms had until 31 December 2021 to bring existing arrangements into line. They replaced the 2006 CEBS guidelines and absorbed the EBA's 2017 recommendations on outsourcing to cloud providers.

Their core ideas, in a manager's terms:

- **Accountability stays at home.** The management body remains responsible for all activities, and outsourcing must not turn the firm into an "empty shell" without the substance to stay authorised. A capable [[retained-organisation]] is therefore a regulatory expectation.
- **Critical or important functions.** A function is always critical or important where a defect or failure in its performance would materially impair the firm's compliance with its authorisation and regulatory obligations, its financial performance, or the soundness or continuity of its services. Outsourcing such functions brings stricter due diligence, contract terms (access, audit and termination rights), sub-outsourcing conditions and notification of supervisors.
- **Documentation.** Firms keep a register of all outsourcing arrangements.
- **Exit.** For critical or important functions, firms need documented exit strategies, so they can move the work to another provider or back in-house.
- **Third countries.** Outsourcing to providers outside the EU needs particular care on data protection, access and supervision.

Cloud outsourcing is not automatically critical or important: the same assessment applies. For ICT services, DORA's own rules on ICT third-party risk also apply (see [[dora-ict-third-party-risk]]).""",
        "example": "A Lithuanian e-money institution plans to outsource its transaction-monitoring operations to a provider in India; it assesses the function as critical, runs due diligence on the provider's controls, negotiates unrestricted audit and access rights for itself and its supervisor, records the arrangement in its outsourcing register, notifies the supervisor in advance, and documents how it would bring the work back to Vilnius within six months.",
        "fits_when": """- You are a bank, investment firm, payment or e-money institution in the EU.
- You plan to outsource a function, especially one that may be critical or important.
- You need a checklist for due diligence, contract terms and exit planning.""",
        "not_fits_when": """- Your firm is outside the EBA's remit (insurers, for example, follow other guidance).
- The arrangement is a purchase of goods or a service the guidelines exclude from outsourcing.
- You need the rules specific to ICT services, which DORA now sets.""",
        "related": [
            "dora-ict-third-party-risk",
            "outsourcing",
            "retained-organisation",
            "cloud-and-saas",
            "vendor-lock-in",
        ],
        "sources": [
            s.cite(
                EBA_OUTSOURCING_GUIDELINES,
                "Scope and repeal; para. 29 (critical or important functions); register; exit strategies",
                passage="These Guidelines specify the internal governance arrangements ... which institutions, payment institutions and electronic money institutions should implement when they outsource functions, in particular with regard to the outsourcing of critical or important functions ... repeal the CEBS Guidelines on outsourcing ... and the EBA Recommendations on outsourcing to cloud service providers ... with effects from 30 September 2019. [Para. 29, checked in https://sharedassessments.org/glossary/critical-activity/: a function is always critical or important where a defect or failure in its performance would materially impair continuing compliance with the conditions of authorisation, financial performance, or the soundness or continuity of banking and payment services.] [Checked in https://www.lexology.com/library/detail.aspx?g=a63c69dc-5753-44e8-99c3-38cdf9a9b8ea: a register of all outsourcing arrangements; reintegrating outsourced functions or moving them to other providers; the responsibility of the management body can never be outsourced.] [Checked in https://www.regulationtomorrow.com/eu/eba-issues-revised-guidelines-on-outsourcing-arrangements/: outsourcing must not lead to an 'empty shell'; particular care for providers in third countries.]",
                verified_in="https://vdocuments.us/guidelines-on-outsourcing-ebagl201902-outsourcing-is-a-way-to-get-relatively.html",
            ),
            s.cite(
                BIRD_BIRD_EBA_2019,
                "Sections 1-2",
                passage="On 25 February 2019, the European Banking Authority (EBA) published their final report on their guidelines on outsourcing arrangements ... expanding the scope ... to credit institutions ... investment firms subject to the CRD and payment and electronic money institutions subject to the PSD2 ... They do, however, not extend to entities which are only account information service providers.",
                verified_in="https://twobirds.com/en/news/articles/2019/global/eba-publish-their-final-report-on-their-guidelines-on-outsoucing-arrangements",
            ),
        ],
        "values": {
            "basic-definition": "EBA rules on how EU banks and payment firms govern outsourcing, stricter for critical or important functions.",
            "meaning": "An outsourcing policy, criticality assessment, due diligence, mandated contract terms, a register of arrangements and exit plans.",
            "who-does-the-work": "Not a sourcing model: it governs any provider, including group companies, that performs a regulated firm's functions.",
            "location": "Any location; providers in third countries need particular care.",
            "drivers": "Supervisory expectations for firms within the EBA's remit.",
            "benefits": "A structured, defensible outsourcing process that supervisors recognise.",
            "primary-goal": "To keep regulated firms in control of, and accountable for, outsourced functions.",
            "risks": "Misclassifying a critical function, weak audit or exit rights, and an 'empty shell' with too little retained capability.",
            "control": "High by design: audit, access, termination and exit rights are expected.",
            "cost-profile": "Compliance effort in assessment, negotiation, monitoring and exit planning.",
            "time-to-set-up": "Adds weeks to months to an outsourcing project, more for critical functions.",
        },
        "last_reviewed": REVIEWED,
    },
    {
        "slug": "dora-ict-third-party-risk",
        "name": "DORA ICT third-party risk rules",
        "aliases": [
            "DORA",
            "Digital Operational Resilience Act",
            "DORA register of information",
            "register of information",
            "DORA exit strategy",
        ],
        "misspellings": ["DORA regster", "DORA third party risk"],
        "category": "governance",
        "definition": "The part of the EU's Digital Operational Resilience Act that requires financial entities to manage risk from ICT providers, keep a register of all ICT service contracts and plan exits for services supporting critical or important functions.",
        "takeaways": [
            "Every contract for ICT services goes in the register of information, marked by whether it supports a critical or important function.",
            "Exit strategies are required for ICT services that support critical or important functions, not for every provider.",
            "The register is reported to supervisors in set templates, so its data must be complete and consistent.",
        ],
        "explanation": """Regulation (EU) 2022/2554 on digital operational resilience for the financial sector (DORA) has applied since 17 January 2025. Its chapter on ICT third-party risk matters to anyone sourcing IT or cloud services for a bank, insurer, investment firm or payment institution.

**The register of information (Art. 28(3)).** Financial entities must maintain and update, at entity level and at sub-consolidated and consolidated levels, a register of information on all contractual arrangements for ICT services provided by ICT third-party service providers, distinguishing those that support critical or important functions. They report on new arrangements to the competent authority at least yearly and provide the register on request. Commission Implementing Regulation (EU) 2024/2956 fixes the templates in which it is kept and reported.

**Exit strategies (Art. 28(8)).** For ICT services supporting critical or important functions, financial entities must have exit strategies that take into account provider failure, deterioration in quality, business disruption and similar risks. Exit plans must be comprehensive, documented and sufficiently tested and reviewed, and firms must identify alternatives and transition plans to move the services and data to another provider or back in-house. The obligation is tied to those services, not to every ICT provider.

DORA sits alongside the [[eba-outsourcing-guidelines]] for banks and payment firms. In practice it turns [[vendor-lock-in]] and [[transition-and-knowledge-transfer]] from good practice into evidence a supervisor can request, and it reaches [[cloud-and-saas]] contracts that many firms never called outsourcing.""",
        "example": "An Austrian insurer lists 240 ICT contracts in its register; 18 support critical or important functions, including its policy-administration SaaS. For that one it documents an exit plan naming an alternative vendor, a 12-month transition period in the contract, a tested monthly export of policy data in an open format, and the internal team that would take over interim operations.",
        "fits_when": """- You are a financial entity within DORA's scope buying ICT or cloud services.
- A service supports a critical or important function (then exit planning is mandatory).
- You need a single, reportable inventory of ICT providers and their subcontractors.""",
        "not_fits_when": """- Your firm is not a financial entity within DORA's scope (though the practices still help).
- The service does not support a critical or important function: exit planning is then a matter of judgement, not a DORA duty.
- You are looking for rules on non-ICT outsourcing, which remain in sector guidelines.""",
        "related": [
            "eba-outsourcing-guidelines",
            "cloud-and-saas",
            "vendor-lock-in",
            "transition-and-knowledge-transfer",
            "managed-services",
        ],
        "sources": [
            s.cite(
                s.DORA,
                "Art. 28(3) and Art. 28(8)",
                passage="For ICT services supporting critical or important functions, financial entities shall put in place exit strategies ... Exit plans shall be comprehensive, documented and ... sufficiently tested and reviewed periodically. [Art. 28(3), checked in https://spot-suite.com/blog/dora-ict-third-party-register/: maintain and update at entity, sub-consolidated and consolidated levels a register of every contractual arrangement for ICT services, showing which support critical or important functions; report at least once a year; financial entities have operated under DORA since 17 January 2025.]",
                verified_in="https://www.unifiedcompliance.com/products/search-controls/control/15492/",
            ),
            s.cite(
                DORA_REGISTER_ITS,
                "Art. 5 and Annex I",
                passage="Financial entities shall include in the register of information ... general information on the contractual arrangements ... identification of the ICT third-party service providers ... as specified in the templates of Annex I.",
                verified_in="https://judict.eu/en/sla/32022R2554/32024R2956-X/article-5",
            ),
        ],
        "values": {
            "basic-definition": "DORA's rules on ICT provider risk: a register of all ICT contracts and exit strategies for services supporting critical or important functions.",
            "meaning": "A maintained, reportable inventory of ICT contracts and providers, and tested exit plans for the services that matter most.",
            "who-does-the-work": "Not a sourcing model: it governs any ICT provider, including intra-group ones, serving a financial entity.",
            "location": "Any location; the register records where services and data are provided from.",
            "drivers": "EU law applying to financial entities since January 2025 and supervisory reporting.",
            "benefits": "A complete view of ICT dependencies and concentration, and exits that have been thought through before they are needed.",
            "primary-goal": "To keep financial entities resilient when an ICT provider fails or must be replaced.",
            "risks": "Incomplete registers, missing subcontractor chains, and exit plans that exist only on paper.",
            "control": "Strengthened by mandatory contract terms, audit rights and exit planning.",
            "cost-profile": "Significant first-time data collection, then ongoing upkeep and exit testing.",
            "time-to-set-up": "Months for a first complete register; continuous afterwards.",
        },
        "last_reviewed": REVIEWED,
    },
    # ------------------------------------------------------------ who is the employer
    {
        "slug": "contractor-misclassification",
        "name": "Contractor misclassification",
        "aliases": [
            "IR35",
            "off-payroll working rules",
            "false self-employment",
            "disguised employment",
            "worker misclassification",
            "bogus self-employment",
        ],
        "misspellings": ["IR 35", "contractor missclassification"],
        "category": "contracts-and-platforms",
        "definition": "Treating someone who works like an employee as an independent contractor, which tax, social-security and employment law may override, leaving the client or intermediary with the employer's liabilities.",
        "takeaways": [
            "What counts is how the work is actually done (control, personal service, obligation), not the label in the contract.",
            "In the UK, IR35's off-payroll rules make medium and large clients and public bodies decide the contractor's status.",
            "Long, full-time, directed engagements of individual contractors are the classic warning sign.",
        ],
        "explanation": """Misclassification happens when a person who in reality works as an employee is engaged as if self-employed: through their own company, as a freelancer, or through a platform. Authorities look at substance over form: who controls how, when and where the work is done, whether the person must do it personally, whether there is an ongoing obligation to offer and accept work, and who carries financial risk.

**The UK: IR35 and the off-payroll working rules.** "IR35" was the name of the 1999 Inland Revenue press release announcing rules for workers who provide services through an intermediary such as a personal service company; the rules are now in Chapters 8 and 10 of Part 2 of the Income Tax (Earnings and Pensions) Act 2003. Under Chapter 10, all public-sector clients and medium and large private and voluntary-sector clients must decide whether a contractor would have been an employee if engaged directly, and give a status determination statement with reasons. If the engagement is "inside IR35", the fee-payer deducts income tax and National Insurance. Small private-sector clients are outside Chapter 10, and the contractor's own company decides under Chapter 8.

**Elsewhere.** Other countries apply their own tests, with their own consequences for tax, social security and employment rights; check the law where the person works.

For sourcing, the risk arises in [[out-staffing]], [[uberization|platform work]] and contractor-heavy teams: a provider that merely passes individual contractors through, or a client that directs them like staff, can end up liable. A real provider accountable for a result ([[outsourcing]]) or an [[employer-of-record]] that employs the person is a different arrangement.""",
        "example": "A UK retailer with 2,000 staff engages a data engineer through her personal service company for an open-ended period, full-time, inside its own team and under its own manager; its status review concludes the engagement is inside IR35, issues a status determination statement, and the agency that pays her deducts tax and National Insurance from then on.",
        "fits_when": """- You use individual contractors, freelancers or platform workers for ongoing work.
- Contractors work under your managers' direction, like your own staff.
- A provider supplies named individuals rather than a team accountable for a result.""",
        "not_fits_when": """- A provider delivers a defined result with its own staff, methods and risk.
- Engagements are genuinely short, project-based and free of your direction.
- The person is on your payroll or employed by an employer of record.""",
        "related": [
            "out-staffing",
            "employer-of-record",
            "uberization",
            "temporary-agency-work",
            "professional-employer-organisation",
        ],
        "sources": [
            s.cite(
                HMRC_OFF_PAYROLL_CLIENTS,
                "Who the rules apply to",
                passage="The rules apply if the worker who provides services to a client through their own intermediary would have been an employee if they were providing their services directly to that client ... The rules apply to all public sector clients and medium and large-sized private and voluntary sector clients.",
                verified_in="https://www.gov.uk/guidance/april-2020-changes-to-off-payroll-working-for-clients",
            ),
            s.cite(
                ITEPA_2003_CHAPTER_10,
                "Part 2, Chapters 8 and 10",
                passage="The phrase 'IR35' refers to Chapter 8 of ITEPA 2003 ...; the off-payroll working reforms are contained in Chapter 10.",
                verified_in="https://fsb.org.uk/resources-page/a-guide-to-off-payroll-working-ir35-april-2021.html",
            ),
            s.cite(
                FSB_IR35_GUIDE_2021,
                "What is IR35?; Status Determination Statement; Small Company Exemption",
                passage="'IR35' was the original name of the press release used to announce the tax initiative (Inland Revenue 'IR' 35) back in 1999 ... to counteract the growth of the use of a limited company to provide the services of an individual.",
                verified_in="https://fsb.org.uk/resources-page/a-guide-to-off-payroll-working-ir35-april-2021.html",
            ),
        ],
        "values": {
            "basic-definition": "Treating someone who works like an employee as an independent contractor, against how tax and employment law see the relationship.",
            "meaning": "Engagements that look like employment in practice are taxed, and sometimes protected, as employment, whatever the contract says.",
            "who-does-the-work": "Individual contractors, often through their own companies, agencies or platforms, directed by the client.",
            "location": "Wherever the worker is; rules depend on the country whose law applies.",
            "drivers": "Flexible access to skills, lower employer costs, and speed of hiring.",
            "benefits": "None from misclassification itself; correct classification avoids back taxes, penalties and claims.",
            "primary-goal": "In the rules: to make people who work like employees pay and receive broadly what employees do.",
            "risks": "Back taxes and contributions, penalties, employment claims, and reputational harm.",
            "control": "The more the client controls the work, the more likely employment status is.",
            "cost-profile": "Hidden liabilities that can surface years later; compliant set-ups cost more up front.",
            "time-to-set-up": "A status review per engagement takes days; fixing a contractor-heavy model takes months.",
        },
        "last_reviewed": REVIEWED,
    },
    {
        "slug": "professional-employer-organisation",
        "name": "Professional employer organisation",
        "aliases": [
            "PEO",
            "professional employer organization",
            "co-employment",
            "certified professional employer organization",
            "CPEO",
        ],
        "misspellings": [
            "professional employer organisaton",
            "proffessional employer organisation",
        ],
        "category": "engagement-models",
        "definition": "A US provider that becomes co-employer of a client company's existing staff, taking over payroll, employment taxes, benefits administration and parts of HR compliance while the client directs the work.",
        "takeaways": [
            "A PEO co-employs staff you already have; it does not supply workers and does not hire abroad for you.",
            "IRS-certified PEOs (CPEOs) are treated as the employer for federal employment taxes on the wages they pay.",
            "It suits small and mid-sized US firms that want to shed HR administration or reach larger benefit plans.",
        ],
        "explanation": """A professional employer organisation (PEO) takes on **employer duties for a client's own workforce**. Once the client signs a co-employment agreement, the PEO becomes a co-employer of the client's worksite employees: it typically pays wages, withholds and deposits employment taxes, issues the year-end tax forms and gives access to its benefit plans, while the client keeps recruiting, directing and managing its people and running its business.

**Certification.** US law created a voluntary certification programme in 2014. A certified PEO (CPEO) must meet requirements on tax status, background, experience, business location, financial audits and bonding, and is generally treated as the employer for federal employment-tax purposes for the wages it pays to individuals covered by its contract with the client. The IRS published final regulations in 2019.

**What a PEO is not.** It is the opposite of [[temporary-agency-work]]: an agency supplies *its own* workers to the client, whereas a PEO takes on administration for the *client's* workers. It also differs from an [[employer-of-record]]: an EOR is the sole legal employer of a person in a country where the client has no entity, which is how firms hire abroad; a PEO presumes the client already has its own entity and employees. The older label [[employee-leasing]] has been used for both, which is why this glossary keeps them apart.

Before joining a PEO, check what liabilities stay with you under the contract and state law, and whether the PEO is certified.""",
        "example": "A 35-person architecture practice in Colorado joins a certified PEO: from the next quarter the PEO runs payroll and files federal employment taxes under its own identification number, and staff join the PEO's health plan, while the partners still hire, set pay and manage all projects.",
        "fits_when": """- You are a US small or mid-sized employer with your own entity and staff.
- HR administration, payroll tax filings and benefits take too much management time.
- Access to larger-group benefit plans would help you recruit.""",
        "not_fits_when": """- You want to hire someone in a country where you have no entity (that is an employer of record).
- You need extra workers supplied to you (that is agency work or out-staffing).
- You want a provider to deliver a process result (that is outsourcing).""",
        "related": [
            "employer-of-record",
            "employee-leasing",
            "temporary-agency-work",
            "contractor-misclassification",
            "out-staffing",
        ],
        "sources": [
            s.cite(
                US_CODE_7705,
                "26 U.S.C. § 7705(a)-(b)",
                passage="The term 'certified professional employer organization' means a person who applies to be treated as a certified professional employer organization for purposes of section 3511 and has been certified by the Secretary as meeting the requirements of subsection (b) ... tax status, background, experience, business location, and annual financial audits.",
                verified_in="https://lawserver.com/law/country/us/code/26_usc_7705",
            ),
            s.cite(
                CPEO_FINAL_REGULATIONS_2019,
                "Summary",
                passage="The ... Act of 2014 required the IRS to establish a voluntary certification program for professional employer organizations. These final regulations set forth the requirements a person must satisfy in order to become and remain a CPEO and the federal employment tax liabilities and other obligations of persons certified by the IRS as CPEOs.",
                verified_in="http://federal.elaws.us/fr/5/28/2019/2019-10856",
            ),
            s.cite(
                JOURNAL_OF_ACCOUNTANCY_CPEO_2021,
                "A primer on PEOs",
                passage="PEOs are co-employers. Once a client company signs a co-employment agreement with a PEO, the PEO becomes a co-employer of the client's worksite employees ... the client company retains responsibility for the primary business activities of the organization.",
                verified_in="https://www.journalofaccountancy.com/issues/2021/jul/certified-professional-employer-organizations.html",
            ),
        ],
        "values": {
            "basic-definition": "A US provider that co-employs a client's existing staff and runs payroll, employment taxes and benefits.",
            "meaning": "Your people stay yours in practice; the PEO handles employer administration under a co-employment contract.",
            "who-does-the-work": "The client's own staff, co-employed by the PEO and directed by the client.",
            "location": "The United States, at the client's own sites.",
            "drivers": "HR and payroll burden in small and mid-sized firms, and access to better benefit plans.",
            "benefits": "Less administration, expert payroll-tax handling and, with a CPEO, federal employment-tax liability for covered wages.",
            "primary-goal": "To hand employer administration to a specialist without changing who does the work.",
            "risks": "Unclear split of liabilities, provider failure, and dependence on the PEO's benefit plans.",
            "control": "High: the client still directs and manages all work.",
            "cost-profile": "A fee per employee or a percentage of payroll, on top of wages and benefits.",
            "time-to-set-up": "Usually weeks, timed to a payroll quarter.",
        },
        "last_reviewed": REVIEWED,
    },
    {
        "slug": "temporary-agency-work",
        "name": "Temporary agency work",
        "aliases": [
            "agency work",
            "temp agency work",
            "temporary work agency",
            "labour hire",
            "Arbeitnehmerüberlassung",
            "temping",
        ],
        "misspellings": ["temporary agancy work", "temporary agengy work"],
        "category": "engagement-models",
        "definition": "An arrangement in which an agency employs workers and assigns them to a user company, which supervises and directs their work for the duration of the assignment.",
        "takeaways": [
            "The agency employs its own workers and lends them; the user company directs them day to day.",
            "In the EU, agency workers get the same basic pay and working conditions as direct hires for their assignment, with limited national derogations.",
            "National rules add more: Germany requires an agency licence and caps assignments of the same worker at 18 months.",
        ],
        "explanation": """In temporary agency work the agency is the **employer of its own workers** and assigns them to a user undertaking, which directs and supervises them. It is a triangle: employment contract with the agency, commercial contract between agency and user, and day-to-day direction by the user.

**EU rules.** Directive 2008/104/EC defines a temporary agency worker as one with a contract of employment with a temporary-work agency with a view to being assigned to a user undertaking to work temporarily under its supervision and direction. Article 5(1) sets the principle of equal treatment: for the duration of the assignment, the basic working and employment conditions (working time, overtime, breaks, rest, night work, holidays and pay) are at least those that would apply had the user recruited the worker directly for the same job. Member states may derogate in limited cases, for example for agency workers on open-ended contracts who are paid between assignments, or through collective agreements. The Court of Justice has held that assignments must be temporary and that successive assignments to the same permanent job can breach the directive (Daimler, C-232/20, 2022).

**Germany** is an example of stricter national law: under § 1 of the Arbeitnehmerüberlassungsgesetz (AÜG) employers who lend workers in the course of their business need a licence, and an agency may not assign the same worker to the same user for more than 18 consecutive months, subject to collective-agreement exceptions.

This matters beyond temp staffing: an [[out-staffing]] deal in which a provider's engineers work under the client's direction can be agency work in law. It is the opposite of a [[professional-employer-organisation]], which co-employs the client's *own* staff, and unlike [[outsourcing]] no result is handed over.""",
        "example": "A Munich logistics company covers its pre-Christmas peak with 60 warehouse operatives from a licensed agency; they are paid the same hourly rate as the company's own operatives for the same job, the company's shift leaders direct them, and the contract with the agency tracks each worker's assignment length against the 18-month limit.",
        "fits_when": """- You need extra hands for peaks, cover or short projects, and will direct them yourself.
- The work is in your premises and processes, not a result a provider can own.
- You can check the agency's licence and follow equal-treatment rules.""",
        "not_fits_when": """- The need is permanent (assignments must be temporary; hire or outsource instead).
- You want a provider accountable for a result (outsourcing or managed services).
- The people are your own existing staff (then a PEO or payroll service, not an agency).""",
        "related": [
            "out-staffing",
            "professional-employer-organisation",
            "employer-of-record",
            "employee-leasing",
            "contractor-misclassification",
        ],
        "sources": [
            s.cite(
                s.DIRECTIVE_TEMPORARY_AGENCY_WORK,
                "Art. 3(1)(b)-(c) and Art. 5(1)",
                passage="'temporary agency worker' means a worker with a contract of employment or an employment relationship with a temporary-work agency with a view to being assigned to a user undertaking to work temporarily under its supervision and direction; the basic working and employment conditions ... shall be, for the duration of their assignment at a user undertaking, at least those that would apply if they had been recruited directly by that undertaking to occupy the same job.",
                verified_in="https://fantasticsearch.net/law/eu/en?article=1&id=qWwlZpsB1anJoctMMb1a",
            ),
            s.cite(
                CJEU_DAIMLER_C_232_20,
                "Headnote",
                passage="Directive 2008/104/EC – Temporary agency work – Article 1(1) – 'Temporarily' assigned – Concept – Occupation of a permanent job – Article 5(5) – Successive assignments.",
                verified_in="https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A62020CJ0232",
            ),
            s.cite(
                GERMAN_AUEG,
                "§ 1(1) and (1b)",
                passage="Arbeitgeber, die als Verleiher Dritten (Entleihern) Arbeitnehmer ... im Rahmen ihrer wirtschaftlichen Tätigkeit zur Arbeitsleistung überlassen ... wollen, bedürfen der Erlaubnis ... Der Verleiher darf denselben Leiharbeitnehmer nicht länger als 18 aufeinander folgende Monate demselben Entleiher überlassen.",
                verified_in="https://www.haufe.de/arbeitsschutz/arbeitsschutz-office-professional/arbeitnehmerueberlassungsgesetz-1-arbeitnehmerueberlassung-erlaubnispflicht-bis-31032017-erlaubnispflicht_idesk_PI13633_HI1013411.html",
            ),
        ],
        "values": {
            "basic-definition": "An agency employs workers and assigns them to a user company that directs their work for a period.",
            "meaning": "You get extra people quickly and direct them; the agency employs and pays them under equal-treatment rules.",
            "who-does-the-work": "The agency's own employees, directed by the user company.",
            "location": "Usually at the user company's premises, in the user's country.",
            "drivers": "Peaks, cover for absence, uncertain demand, and speed of staffing.",
            "benefits": "Fast, flexible capacity without permanent hires; the agency handles employment.",
            "primary-goal": "To add temporary labour under your own direction.",
            "risks": "Equal-treatment claims, breaches of assignment limits or licensing rules, and dependence on temporary staff for permanent work.",
            "control": "High over the daily work; employment sits with the agency.",
            "cost-profile": "Hourly rates at least equal to direct hires' pay plus the agency's margin.",
            "time-to-set-up": "Days to a few weeks.",
        },
        "last_reviewed": REVIEWED,
    },
    # ------------------------------------------------------------ alternatives to moving work
    {
        "slug": "robotic-process-automation",
        "name": "Robotic process automation",
        "aliases": ["RPA", "software robots", "software bots", "RPA bots"],
        "misspellings": ["robotic process automaton", "robotic proccess automation"],
        "category": "ownership",
        "definition": "Software that operates other applications through their user interfaces, as a person would, to carry out repetitive, rule-based tasks without changing the underlying systems.",
        "takeaways": [
            "RPA automates from the outside in: the bot uses existing screens, so systems stay unchanged.",
            "It suits high-volume, stable, rule-based work with structured data, the same work that is often offshored.",
            "It is an alternative to moving work, not only a tool for providers; but bots are brittle when screens or rules change.",
        ],
        "explanation": """Robotic process automation (RPA) is an umbrella term for tools that **operate on the user interface of other computer systems in the way a human would**: reading screens, clicking, copying data between applications, applying if-then rules. Researchers contrast this "outside-in" approach with the classic "inside-out" way of improving information systems: with RPA the systems themselves stay unchanged, which is why it can be deployed quickly over legacy applications.

For a sourcing decision, RPA answers a different question from [[offshoring]] or [[bpo]]: not *who* or *where*, but *whether a person is needed at all* for parts of a process. The tasks it suits are those that make work easy to move abroad in the first place: rule-based, high-volume, well documented. Research on RPA tools notes that only simple, predictable processes involving routine work, where there is no room for interpretation, can be automated this way; judgement stays with people.

Practical points for managers:

- **Process first.** Automating a broken process makes it fail faster; standardise before you automate.
- **Brittleness.** Bots break when a screen, field or rule changes; someone must own maintenance, which becomes part of your [[total-cost-of-ownership]].
- **Who runs it.** Bots can be run in-house, by a [[managed-services]] provider or inside a BPO contract; ask who benefits from the productivity gain.
- **Controls.** Bots need credentials, audit trails and segregation of duties like any user.

RPA is often combined with [[generative-ai-automation]] for the unstructured parts of a process.""",
        "example": "A mobile operator's back office swaps SIM cards and applies pre-calculated credits for customers: before automating, a provider abroad did this by hand across three systems; after a pilot, software robots handle the standard cases through the same screens and staff deal only with exceptions.",
        "fits_when": """- Tasks are rule-based, repetitive and high in volume, with structured inputs.
- The applications involved are stable and hard to integrate directly.
- You can name an owner for maintaining the bots.""",
        "not_fits_when": """- The work depends on judgement, negotiation or unstructured information.
- Screens and rules change often, or a proper system integration is near.
- The process itself is unstable or undocumented.""",
        "related": [
            "generative-ai-automation",
            "bpo",
            "offshoring",
            "in-house",
            "total-cost-of-ownership",
        ],
        "sources": [
            s.cite(
                VAN_DER_AALST_RPA_2018,
                "Introduction",
                passage="RPA is an umbrella term for tools that operate on the user interface of other computer systems in the way a human would do. RPA aims to replace people by automation done in an 'outside-in' manner ... Unlike traditional workflow technology, the information system remains unchanged.",
                verified_in="https://rd.springer.com/article/10.1007%2Fs12599-018-0542-4",
            ),
            s.cite(
                AGOSTINELLI_RPA_2019,
                "Abstract",
                passage="Only simple, predictable business processes involving routine work can be automated by RPA tools in situations where there is no room for interpretation, while more sophisticated work is still left to human experts.",
                verified_in="https://www.arxiv-vanity.com/papers/2001.00804/",
            ),
        ],
        "values": {
            "basic-definition": "Software that works through other applications' screens, as a person would, to perform rule-based tasks.",
            "meaning": "Bots take over standard cases in a process; people handle exceptions and judgement.",
            "who-does-the-work": "Software robots, run by your own team, a provider or a BPO partner.",
            "location": "Location-independent: bots run wherever the systems run.",
            "drivers": "High-volume rule-based work, legacy systems that are hard to integrate, and cost or error pressure.",
            "benefits": "Speed, accuracy, round-the-clock processing and quick deployment without changing core systems.",
            "primary-goal": "To remove manual effort from repetitive, rule-based tasks.",
            "risks": "Brittle bots, automating poor processes, weak access controls, and maintenance cost that grows with the bot estate.",
            "control": "High if run in-house; contractual if run by a provider.",
            "cost-profile": "Licences and build effort up front, then maintenance; savings scale with volume.",
            "time-to-set-up": "Weeks for a pilot; months for a programme.",
        },
        "last_reviewed": REVIEWED,
    },
    {
        "slug": "generative-ai-automation",
        "name": "Generative AI automation",
        "aliases": [
            "generative AI",
            "GenAI",
            "intelligent automation",
            "AI assistants",
            "AI augmentation",
        ],
        "misspellings": ["generative AI automaton", "generative ai automatoin"],
        "category": "ownership",
        "definition": "Using generative AI models, which produce text, code or other content from prompts, to assist or partly replace people in work such as customer support, drafting and analysis.",
        "takeaways": [
            "In a large field study, an AI assistant raised support agents' productivity by 14% on average and by 34% for novices.",
            "Gains were largest for less experienced staff; top performers gained little, so it levels rather than multiplies.",
            "Models can produce confident but false output, so human review and risk controls remain part of the design.",
        ],
        "explanation": """Generative AI creates new content (text, images, code) from the patterns in its training data. In sourcing it appears in two ways: as a **tool inside an operation**, in-house or at a provider, and as an **alternative to moving work**, where some tasks that might have gone to a lower-cost location are assisted or automated instead. Unlike [[robotic-process-automation]], which follows fixed rules on structured data, it can handle unstructured language, which is why customer support and document-heavy processes are the first candidates.

**What the evidence shows.** The best-known field study, by Brynjolfsson, Li and Raymond, followed the staggered introduction of an AI assistant for 5,179 customer-support agents. Access to the tool increased issues resolved per hour by 14% on average, with the largest gains, 34%, for novice and low-skilled workers and little effect for the most experienced. Most of the agents worked outside the United States, many for outsourcing providers, so the finding speaks directly to [[contact-centre]] and [[bpo]] operations. It is one firm and one task; treat the numbers as evidence that augmentation can work, not as a forecast for your process.

**Risks.** The US National Institute of Standards and Technology's profile for generative AI lists risks such as confabulation (confidently stated but false output), data privacy and information security, and value-chain issues when models come from third parties. For sourcing this means: keep a human accountable for outputs that matter, check what data a provider's model sees and where it is processed (see [[data-residency]]), and write model use into the contract.

Providers increasingly price services with AI built in; ask who captures the productivity gain.""",
        "example": "A software company's support centre in Manila, run by an outsourcing provider, introduces an AI assistant that drafts replies and links to documentation; agents edit or reject the suggestions, new hires reach target resolution rates in weeks rather than months, and the contract is renegotiated from per-agent pricing to per-resolved-ticket pricing.",
        "fits_when": """- The work is language-heavy (support, drafting, summarising) and outputs can be checked.
- Experience varies across the team and newer staff are slow to reach proficiency.
- You can control what data the model sees and who reviews its output.""",
        "not_fits_when": """- Errors are costly and outputs cannot be reviewed before they take effect.
- Confidential or regulated data would go to a model you cannot govern.
- You expect the gains of one study to transfer unchanged to a different task.""",
        "related": [
            "robotic-process-automation",
            "contact-centre",
            "bpo",
            "offshoring",
            "in-house",
        ],
        "sources": [
            s.cite(
                BRYNJOLFSSON_GENAI_2025,
                "Abstract; empirical setting; heterogeneity",
                passage="We study the staggered introduction of a generative AI-based conversational assistant using data from 5,179 customer support agents. Access to the tool increases productivity by 14 percent on average, with the largest gains for novice and low-skilled workers. [Checked in https://businessdatasolutions.github.io/ai-wiki/sources/2026-04-28-brynjolfsson-li-raymond-generative-ai-at-work: 89% of agents outside the U.S., mainly the Philippines; chat-based support, direct and outsourced.] [34% for novice and low-skilled workers: https://centerconsulting.com/ai-library/papers/brynjolfsson-generative-ai-at-work]",
                verified_in="https://community.wfmlabs.com/research/generative-ai-at-work",
            ),
            s.cite(
                NIST_AI_600_1,
                "Section 2 (risks)",
                passage="Confabulation: the production of confidently stated but erroneous or false content by which users may be misled or deceived; other risks include data privacy, information security and value chain and component integration.",
                verified_in="https://docs.ayliea.com/frameworks/nist-ai-rmf-gai-profile",
            ),
        ],
        "values": {
            "basic-definition": "Using generative AI models to assist or partly replace people in language-heavy work.",
            "meaning": "Staff work with AI suggestions and drafts; some tasks are automated, with people reviewing outputs.",
            "who-does-the-work": "People assisted by AI models, in-house or at a provider; some tasks by the model alone.",
            "location": "Location-independent, though data may travel to wherever the model is run.",
            "drivers": "Language-heavy workloads, slow ramp-up of new staff, and cost pressure.",
            "benefits": "Higher productivity, especially for less experienced staff, and faster onboarding.",
            "primary-goal": "To raise output and quality per person in knowledge and support work.",
            "risks": "Confabulated output, data leakage, model dependence on third parties, and overestimating gains.",
            "control": "Depends on who runs and governs the model; human review keeps accountability.",
            "cost-profile": "Subscription or usage fees plus integration and review effort; savings depend on the task.",
            "time-to-set-up": "Weeks for a pilot; months to redesign a process and contracts around it.",
        },
        "last_reviewed": REVIEWED,
    },
    {
        "slug": "cloud-and-saas",
        "name": "Cloud services and SaaS",
        "aliases": [
            "SaaS",
            "software as a service",
            "cloud computing",
            "cloud outsourcing",
            "IaaS",
            "PaaS",
        ],
        "misspellings": ["cloud servises", "softwear as a service"],
        "category": "engagement-models",
        "definition": "Buying computing capability as an on-demand service from a provider's shared pool of resources, from infrastructure up to complete applications, instead of running it yourself.",
        "takeaways": [
            "Cloud is outsourcing of IT operations: the provider runs the technology, you keep responsibility for how you use it.",
            "NIST distinguishes three service models: infrastructure (IaaS), platform (PaaS) and software (SaaS).",
            "Where personal data is involved the provider is usually your processor under GDPR Article 28, with a contract to match.",
        ],
        "explanation": """The US National Institute of Standards and Technology defines cloud computing as a model for ubiquitous, convenient, on-demand network access to a shared pool of configurable computing resources that can be rapidly provisioned and released with minimal management effort. Its five essential characteristics are on-demand self-service, broad network access, resource pooling, rapid elasticity and measured service. The three service models differ in how much the provider runs:

- **Infrastructure as a service (IaaS):** servers, storage and networks; you run everything above them.
- **Platform as a service (PaaS):** the runtime and tools; you run your applications.
- **Software as a service (SaaS):** the complete application; you configure and use it.

**Why it belongs in a sourcing glossary.** Moving an application to SaaS hands its running, upgrades and data centres to a provider: an [[ito]] decision even when nobody calls it outsourcing. The sourcing disciplines still apply: [[service-level-agreement|service levels]], [[vendor-lock-in]] and exit, a [[retained-organisation]] that manages the provider, and [[data-residency]].

**Data protection.** When a cloud provider processes personal data on your behalf, it is normally a processor: under Article 28 of the GDPR you may use only processors providing sufficient guarantees, under a contract setting out the subject matter, duration, nature and purpose of the processing, and sub-processors need your authorisation. Support or hosting outside the EEA brings in [[adequacy-decision|adequacy]] or [[standard-contractual-clauses]].

**Financial services.** For banks and payment firms, cloud arrangements fall under the [[eba-outsourcing-guidelines]], which do not treat cloud as automatically critical, and under DORA's [[dora-ict-third-party-risk|ICT third-party rules]].""",
        "example": "A 300-person engineering firm replaces its own payroll and HR servers with a SaaS suite: the provider hosts it in EU data centres, releases updates quarterly and commits to 99.9% availability; the firm keeps two HR-systems staff to manage configuration, integrations and the supplier, and negotiates a full data export in a documented format on exit.",
        "fits_when": """- A standard application or platform meets most of your needs.
- Demand varies or grows, and paying per use beats owning capacity.
- You can manage a provider and accept its release cycle.""",
        "not_fits_when": """- The system is highly customised and core to how you compete.
- Law or contracts require locations or controls no provider offers.
- You cannot get your data out in a usable form on exit.""",
        "related": [
            "ito",
            "managed-services",
            "vendor-lock-in",
            "data-residency",
            "dora-ict-third-party-risk",
        ],
        "sources": [
            s.cite(
                NIST_SP_800_145,
                "Section 2",
                passage="Cloud computing is a model for enabling ubiquitous, convenient, on-demand network access to a shared pool of configurable computing resources ... that can be rapidly provisioned and released with minimal management effort or service provider interaction. This cloud model is composed of five essential characteristics, three service models, and four deployment models.",
                verified_in="https://ccsp.alukos.com/standards/nist-sp-800-145/",
            ),
            s.cite(
                GDPR_TRANSFERS,
                "Art. 28(1) and (3)",
                passage="The controller shall use only processors providing sufficient guarantees to implement appropriate technical and organisational measures ...; processing by a processor shall be governed by a contract ... that sets out the subject-matter and duration of the processing, the nature and purpose of the processing.",
                verified_in="https://gdprhub.eu/index.php?title=Article_28_GDPR&diff=25543&oldid=11492",
            ),
            s.cite(
                EBA_OUTSOURCING_GUIDELINES,
                "Cloud outsourcing",
                passage="The Guidelines also clarify that outsourcing to the cloud is not automatically outsourcing of a 'critical or important' function.",
                verified_in="https://kempitlaw.com/insights/final-european-banking-authority-guidelines-on-outsourcing-came-into-effect-30th-september",
            ),
        ],
        "values": {
            "basic-definition": "Computing capability bought as an on-demand service from a provider's shared resources, from infrastructure to applications.",
            "meaning": "The provider runs the technology layer you buy; you configure, use and govern it.",
            "who-does-the-work": "The provider's staff and automation run the service; your team manages configuration and the relationship.",
            "location": "The provider's data centres, often in regions you can choose; support may be global.",
            "drivers": "Speed, elasticity, avoiding hardware and upgrade work, and access to modern applications.",
            "benefits": "Fast start, pay-per-use, provider-run upgrades and resilience at scale.",
            "primary-goal": "To use IT capability without building and running it yourself.",
            "risks": "Lock-in, rising subscription costs, weak exit terms, data-location and transfer issues, and provider outages.",
            "control": "Over configuration and data; the provider controls the platform and its roadmap.",
            "cost-profile": "Subscription or usage fees replace capital spending; costs grow with users and data.",
            "time-to-set-up": "Days for simple SaaS; months for migrations of core systems.",
        },
        "last_reviewed": REVIEWED,
    },
    {
        "slug": "contract-manufacturing",
        "name": "Contract manufacturing",
        "aliases": [
            "contract manufacturer",
            "CMO",
            "electronics manufacturing services",
            "EMS",
            "third-party manufacturing",
        ],
        "misspellings": ["contract manufactoring", "contract manufacturin"],
        "category": "engagement-models",
        "definition": "Having another company make your products to your designs and specifications in its own plants, while you keep the brand, the design and the customer.",
        "takeaways": [
            "It is outsourcing applied to production: the lead firm keeps design and markets, the manufacturer owns plant and process.",
            "UNCTAD counts it, with services outsourcing, among non-equity modes worth over a trillion dollars in sales in 2010.",
            "The trade-off is capital and flexibility against control of quality, know-how and supply risk.",
        ],
        "explanation": """In contract manufacturing a **lead firm designs and sells a product that another firm makes**. The manufacturer invests in plants, equipment and production know-how and may serve many brands; the lead firm concentrates on design, marketing and the customer. Research on the electronics industry described how lead firms shifted manufacturing capacity out-of-house to globally operating "turn-key" suppliers, using codified links to reduce transaction costs and risk.

UNCTAD's World Investment Report 2011 treats contract manufacturing, together with services outsourcing, as one of the **non-equity modes** by which multinationals coordinate value chains without owning the firms that do the work. It estimated that cross-border contract manufacturing and services outsourcing accounted for 1.1 to 1.3 trillion dollars of sales in 2010.

For a sourcing decision, contract manufacturing is the physical-goods counterpart of [[outsourcing]]; the location choice on top of it ([[offshoring]], [[nearshoring]], [[reshoring]]) is separate. Points to settle:

- **Intellectual property and know-how:** what the manufacturer learns, and whether it could become a competitor.
- **Quality:** specifications, audits and acceptance testing you can enforce.
- **Dependence:** single-source risk and [[vendor-lock-in]] for tooling and processes; dual sourcing costs more.
- **Total cost:** freight, inventory in transit, duties and oversight (see [[total-cost-of-ownership]]).

In pharmaceuticals the equivalent providers are often called contract manufacturing organisations.""",
        "example": "A Swedish maker of smart thermostats designs the devices and firmware in Gothenburg and has them built by an electronics manufacturer in Malaysia, which buys components, assembles and tests the units to the Swedish firm's specifications; the Swedish firm owns the moulds, audits the line twice a year and qualifies a second manufacturer in Mexico for its US volumes.",
        "fits_when": """- Manufacturing is not where you differentiate, but design and customers are.
- Specialist manufacturers offer scale, skills or flexibility you cannot match.
- You can specify, audit and test what you buy.""",
        "not_fits_when": """- The production process itself is your key know-how.
- Volumes are too small or too variable to interest a capable manufacturer.
- Protecting intellectual property in the manufacturer's location is doubtful.""",
        "related": [
            "outsourcing",
            "offshoring",
            "nearshoring",
            "reshoring",
            "total-cost-of-ownership",
        ],
        "sources": [
            s.cite(
                UNCTAD_WIR_2011,
                "Overview; chapter IV (non-equity modes)",
                passage="NEMs - which include contract manufacturing, services outsourcing, contract farming, franchising, licensing, and management contracts - allow transnational corporations to coordinate activities in their global value chains ... without owning equity stakes; contract manufacturing and services outsourcing across borders accounted for $1.1 trillion-$1.3 trillion ... in sales in 2010.",
                verified_in="https://www.zawya.com/en/business/non-fdi-modes-of-international-production-are-increasingly-shaping-global-value-chains-report-says-t06uthgf",
            ),
            s.cite(
                STURGEON_2002,
                "Abstract",
                passage="This paper uses the case of contract manufacturing in the electronics industry ... Lead firms concentrate on the creation, penetration and defense of markets for end products ... while manufacturing capacity is shifted out-of-house to globally operating turn-key suppliers.",
                verified_in="https://ideas.repec.org/a/oup/indcch/v11y2002i3p451-496.html",
            ),
        ],
        "values": {
            "basic-definition": "Another company makes your products to your designs and specifications in its own plants.",
            "meaning": "You keep design, brand and customers; the manufacturer owns plant, process and production staff.",
            "who-does-the-work": "The contract manufacturer's staff.",
            "location": "Wherever the manufacturer's plants are: at home, nearby or far away.",
            "drivers": "Avoiding plant investment, access to scale and skills, flexibility, and cost.",
            "benefits": "Lower capital needs, faster scaling and access to specialist production.",
            "primary-goal": "To concentrate on design and markets while a specialist makes the product.",
            "risks": "Quality lapses, know-how leakage, single-source dependence and supply disruption.",
            "control": "Through specifications, audits, acceptance tests and ownership of tooling.",
            "cost-profile": "Per-unit prices plus tooling, freight, duties, inventory and oversight.",
            "time-to-set-up": "Months to qualify a manufacturer and ramp up production.",
        },
        "last_reviewed": REVIEWED,
    },
    {
        "slug": "contact-centre",
        "name": "Contact centre",
        "aliases": [
            "call centre",
            "call center",
            "contact center",
            "customer contact centre",
            "customer service centre",
        ],
        "misspellings": ["call centr", "contact centere"],
        "category": "engagement-models",
        "definition": "An operation that handles customer interactions by phone, chat, email or social media at scale, run in-house or by an outsourcing provider.",
        "takeaways": [
            "A contact centre can be in-house, outsourced, offshore or a mix; the label says what is done, not who or where.",
            "Because the work travels over networks, researchers treat contact centres as a paradigm case of globalised service work.",
            "National laws, customs and labour markets shape how centres operate, even in global operations.",
        ],
        "explanation": """A contact centre (historically a call centre, before chat, email and messaging joined the phone) **handles customer interactions in volume**: service requests, technical support, sales, collections. It is measured closely: contacts handled, waiting times, first-contact resolution, customer satisfaction.

It is a process, not a sourcing model, and every sourcing option applies to it: [[in-house]] centres, [[domestic-outsourcing]], [[nearshore-outsourcing]] for language and time-zone fit, [[offshore-outsourcing]] for cost and round-the-clock cover, and [[bpo]] contracts that bundle it with back-office work. [[follow-the-sun]] set-ups route contacts across time zones.

The largest international survey of the sector, the Global Call Centre Report (about 2,500 centres in 17 countries, with some 475,000 employees), found centres look similar across countries in markets, services and organisation, but take on the character of their own countries and regions in their employment practices, based on distinct laws, customs and institutions. The lesson for sourcing: the same contract can produce different service and staff turnover in different places.

Contact centres are also where [[generative-ai-automation]] has its strongest field evidence so far: an AI assistant raised support agents' productivity by 14% on average in a large study of a firm whose agents worked largely outside the United States. Pricing is moving accordingly, from per-agent-hour towards per-contact or per-outcome.""",
        "example": "A UK energy supplier keeps complaints and vulnerable-customer calls in its own centre in Cardiff, outsources routine billing queries to a provider with sites in South Africa and Northern Ireland for English-language coverage from 7 am to 10 pm, and pays per resolved contact with a service credit when waiting times exceed target.",
        "fits_when": """- Customer contact volumes are high and can be measured.
- Demand varies by hour, season or campaign and needs flexible staffing.
- Language, time-zone and cost needs can be matched to specific locations.""",
        "not_fits_when": """- Interactions need deep product or account knowledge held by a few experts.
- Regulation or customer vulnerability requires tight control you cannot contract for.
- Volumes are too small for a dedicated operation.""",
        "related": [
            "bpo",
            "offshore-outsourcing",
            "nearshore-outsourcing",
            "generative-ai-automation",
            "follow-the-sun",
        ],
        "sources": [
            s.cite(
                GLOBAL_CALL_CENTRE_REPORT_2007,
                "Abstract and introduction",
                passage="Covering almost 2,500 centers in 17 countries ... a total of 475,000 call center employees; the mobility of call center operations has led many to view this sector as a paradigmatic case of the globalization of service work; the call center sector looks quite similar across countries in terms of its markets, service offerings, and organizational features ... call center workplaces take on the character of their own countries and regions, based on distinct laws, customs, institutions and norms.",
                verified_in="https://docplayer.net/20350533-The-global-call-center-report-international-perspectives-on-management-and-employment.html",
            ),
            s.cite(
                BRYNJOLFSSON_GENAI_2025,
                "Abstract",
                passage="Access to the tool increases productivity by 14 percent on average, with the largest gains for novice and low-skilled workers.",
                verified_in="https://community.wfmlabs.com/research/generative-ai-at-work",
            ),
        ],
        "values": {
            "basic-definition": "An operation that handles customer interactions by phone, chat, email or messaging at scale.",
            "meaning": "Agents, scheduling, routing and quality monitoring run against service targets such as waiting time and resolution.",
            "who-does-the-work": "Your own agents, a provider's agents, or both.",
            "location": "Anywhere the language and time-zone needs can be met: onshore, nearshore or offshore.",
            "drivers": "Contact volumes, service hours, language coverage and cost.",
            "benefits": "Scalable, measurable customer service, and with outsourcing flexible capacity and cost.",
            "primary-goal": "To resolve customer contacts at the agreed quality, speed and cost.",
            "risks": "Poor service hurting the brand, high staff turnover, data-protection issues, and misaligned incentives.",
            "control": "Through service levels, quality monitoring and call sampling when outsourced.",
            "cost-profile": "Mostly labour; priced per agent hour, per contact or per outcome.",
            "time-to-set-up": "Weeks to months depending on training and systems.",
        },
        "last_reviewed": REVIEWED,
    },
    {
        "slug": "global-delivery-model",
        "name": "Global delivery model",
        "aliases": [
            "GDM",
            "multi-shore delivery",
            "multishore delivery model",
            "global service delivery model",
        ],
        "misspellings": ["global delivey model", "globel delivery model"],
        "category": "location",
        "definition": "A provider's way of serving a client from a mix of onshore, nearshore and offshore centres, with each part of the work placed where it fits best and the whole run as one service.",
        "takeaways": [
            "It describes how a provider organises its own locations, not a separate decision for the client: you still choose whether to outsource.",
            "Client-facing work sits close to you, volume work sits where talent is plentiful and cheaper, and nearshore centres bridge the two.",
            "Research links it to clients who value access to talent and speed, using time-zone spread for round-the-clock service.",
        ],
        "explanation": """A global delivery model is the **location design of a provider's delivery**. Instead of doing all of a client's work in one country, the provider splits it: people at or near the client (onshore) handle requirements, relationship and anything that needs face-to-face contact; centres in a neighbouring country or time zone ([[nearshoring|nearshore]]) take work that needs frequent interaction; large centres far away ([[offshoring|offshore]]) take volume work such as development, testing and back-office processing. The provider coordinates all of them as one service under one contract.

The model grew up in IT services, with Indian providers first moving work offshore to India and then adding centres close to their clients. Researchers describe global delivery models as a client-specific investment that combines **closeness to the client with a spread of time zones** for 24/7 operations. Using data on outsourcing providers, Manning, Larsen and Bharati found that providers are more likely to set them up when clients value access to globally distributed talent and speed of delivery, especially for highly commoditised services. The Indian press has reported providers adding nearshore and onshore centres, for example in Canada and Mexico, to meet client needs, to reduce exposure to immigration rules and to spread operational risk.

For a buyer, the model matters in three ways. It decides **where your data and work actually go**, which affects transfer rules and [[data-residency]] promises. It spreads work across [[follow-the-sun]] handovers, which speeds delivery but adds coordination. And the blend of locations drives the price: more onshore work costs more. A global delivery model is not [[multisourcing]]: one provider runs all the locations.""",
        "example": "A German insurer outsources application maintenance to one provider. Two analysts work at the insurer's offices in Cologne, a team of twelve in the provider's Polish centre handles urgent changes in the same working hours, and forty developers and testers in India take planned releases and overnight batch monitoring; the contract names each location and the share of hours billed at each rate.",
        "fits_when": """- You buy IT or business process services large enough to spread across several locations.
- You need both close contact with a few people and large capacity at lower cost.
- Round-the-clock support or faster turnaround across time zones is worth the coordination effort.""",
        "not_fits_when": """- The work is small, or must be done entirely in one country for legal or data reasons.
- Your teams cannot manage handovers and meetings across time zones.
- You need to know and approve every location in advance but the provider will not commit to them.""",
        "related": [
            "offshore-outsourcing",
            "nearshore-outsourcing",
            "follow-the-sun",
            "multisourcing",
            "data-residency",
        ],
        "sources": [
            s.cite(
                MANNING_LARSEN_BHARATI_2015,
                "Abstract",
                passage="Global delivery models (GDMs) are transforming the global IT and business process outsourcing industry. GDMs are a new form of client-specific investment promoting service integration with clients by combining client proximity with time-zone spread for 24/7 service operations ... providers are likely to establish GDM location configurations when clients value access to globally distributed talent and speed of service delivery, in particular when services are highly commoditized.",
                verified_in="https://research.cbs.dk/da/publications/global-delivery-models-the-role-of-talent-speed-and-time-zones-in (full text: https://proquest.com/scholarly-journals/global-delivery-models-role-talent-speed-time/docview/1712490756/se-2)",
            ),
            s.cite(
                MINT_MULTI_SHORE_2021,
                "Opening paragraphs",
                passage="Indian IT services companies are opting for a multi-shore delivery model, a mix of onshore, nearshore, and offshore, to meet client needs ... ramped up their nearshore presence in countries such as Canada, Mexico, and Brazil ... access to a diverse talent pool, faster time-to-market, and reduced risk of operational disruption ... de-risk their operations from regulatory changes related to immigration policies. [Year from the article's URL timestamp, September 2021.]",
                verified_in="https://www.livemint.com/companies/news/it-firms-choose-multi-shore-delivery-to-meet-client-needs-11630947792553.html",
            ),
            s.cite(
                BUSINESS_STANDARD_GLOBAL_DELIVERY_2007,
                "Opening paragraphs",
                passage="The global delivery model, which largely meant offshoring work to India, is partially, at the margins, giving way to a model which lays greater stress on improving near-shore presence ... The third phase is near-shore centres to work closely with customers, probably in the same geography. [Year from the article's identifier, December 2007.]",
                verified_in="https://www.business-standard.com/article/technology/indian-it-firms-expand-abroad-as-global-delivery-dynamics-change-107120701042_1.html",
            ),
        ],
        "values": {
            "basic-definition": "A provider's delivery of one service from a mix of onshore, nearshore and offshore centres.",
            "meaning": "Client-facing roles sit near you, volume work sits in large offshore centres, and nearshore teams bridge time zones.",
            "who-does-the-work": "The provider's staff in several countries, sometimes alongside a few of yours.",
            "location": "Several locations at once: at or near the client, in a nearby country and far away.",
            "drivers": "Access to talent at scale, speed, time-zone coverage and cost.",
            "benefits": "Lower blended rates, round-the-clock delivery and close contact where it matters.",
            "primary-goal": "To combine closeness to the client with the scale and cost of distant centres.",
            "risks": "Handover and coordination failures, unclear data locations, and drifting location mix and price.",
            "control": "Through the contract's location, staffing and service-level terms; day-to-day management stays with the provider.",
            "cost-profile": "A blended rate that rises with the share of onshore work, plus transition and governance costs.",
            "time-to-set-up": "Months, as for an outsourcing transition across several sites.",
        },
        "last_reviewed": REVIEWED,
    },
    {
        "slug": "china-plus-one",
        "name": "China+1",
        "aliases": [
            "China plus one",
            "China + 1",
            "C+1",
            "China plus one strategy",
        ],
        "misspellings": ["china plus 1", "chine plus one"],
        "category": "location",
        "definition": "A strategy of adding manufacturing or sourcing in at least one other country besides China, keeping Chinese operations while spreading the risk of depending on one country.",
        "takeaways": [
            "It adds a second base rather than leaving China: diversification, not reshoring.",
            "Rising costs in China, political risk, trade tensions and pandemic disruption have all been given as reasons.",
            "Diversification so far has gone to a few countries, which limits capacity and can push up costs there.",
        ],
        "explanation": """China+1 is a **location strategy for manufacturing and sourcing**: a company that makes or buys goods in China keeps that base but adds production or suppliers in at least one other country, so that a single country's disruption, tariff or political dispute no longer stops supply. It is a form of diversification, not a withdrawal, and it differs from [[reshoring]] (bringing work home) and [[nearshoring]] (moving it closer), although the "plus one" may be a nearby country such as Mexico for the US market.

The idea is older than the recent trade disputes. A study of Japanese multinationals found that a growing number already used or were considering a China-plus-one diversification strategy, that anti-Japanese protests in China were increasingly affecting Japanese firms there, and that Southeast Asia was the preferred destination. Later, the US-China trade war, the pandemic and other shocks made the risks of concentrated supply chains more visible.

Diversification has happened, but unevenly. A 2024 Rhodium Group report for Business Roundtable found it visible in China's falling share of US imports and foreign direct investment, yet concentrated in a few countries (Mexico and Vietnam in particular) and in a few sectors, which risks capacity constraints and rising costs there.

For a buyer, China+1 usually means [[contract-manufacturing]] or a second supplier in another country, dual qualification of parts, and a [[total-cost-of-ownership]] comparison that counts tooling, duties, freight and the cost of running two supply bases. Where political alignment drives the choice of country, it overlaps with [[friendshoring]].""",
        "example": "A European maker of small kitchen appliances keeps its main supplier in Guangdong for the Asian and European markets but qualifies a second contract manufacturer in Vietnam for the products it sells most, moving a third of their volume there; it accepts a higher unit price and duplicate tooling in return for being able to keep shipping if one country's supply stops.",
        "fits_when": """- Much of your manufacturing or sourcing depends on China and a disruption would stop supply.
- Tariffs, customers or regulations make a second origin country valuable.
- Your volumes are large enough to support a second supplier or plant.""",
        "not_fits_when": """- Volumes are too small to split without losing scale and price.
- The parts or skills exist only in China's supplier networks, so the second base would still depend on them.
- The real need is to bring work home or closer (reshoring or nearshoring), not to add a country.""",
        "related": [
            "friendshoring",
            "reshoring",
            "nearshoring",
            "contract-manufacturing",
            "total-cost-of-ownership",
        ],
        "sources": [
            s.cite(
                IIDA_CHINA_PLUS_ONE_2015,
                "Abstract",
                passage="this study will examine the China-plus-one diversification strategy that has been adopted by some Japanese multinationals. This study finds that an increasing number of Japanese firms already employ this strategy, or are considering its use; it also finds that the impact of anti-Japanese protests against Japanese firms in China is increasing, and that the most highly preferred investment destination in terms of diversification is Southeast Asia.",
                verified_in="https://www.kjis.org/journal/view.html?spage=383&volume=13&number=2",
            ),
            s.cite(
                RHODIUM_DIVERSIFICATION_2024,
                "Executive summary",
                passage="In the aggregate, diversification from China is underway, as evidenced by China's decreasing share of US imports and foreign direct investment (FDI) over the past seven years. Diversification has so far centered on just a few countries (Mexico and Vietnam in particular), presenting a risk of capacity constraints and rising costs ... Diversification is concentrated in a few sectors, too. [Shocks from the US-China 'trade war,' COVID, Russia's war on Ukraine ... have made the risks of hyper-globalized value chains clear. Year and commissioning checked in https://www.businessroundtable.org/new-report-examines-china-diversification-opportunities and Inside Trade, 7 August 2024.]",
                verified_in="https://rhg.com/research/a-diversification-framework-for-china/",
            ),
            s.cite(
                CHINA_PLUS_ONE_WIKIPEDIA,
                "Lead",
                passage="China Plus One, also known simply as Plus One or C+1, is the business strategy of avoiding investing only in China and diversifying business into other countries ... it may be done for reasons of cost, safety, or long-term stability.",
                verified_in="https://www.hubbry.com/China_Plus_One/undefined (copy of the Wikipedia article)",
            ),
        ],
        "values": {
            "basic-definition": "Adding manufacturing or sourcing in at least one country besides China while keeping Chinese operations.",
            "meaning": "Two or more supply bases for the same products, with volumes split or shifted between them.",
            "who-does-the-work": "Your own plants or contract manufacturers and suppliers in China and the other country.",
            "location": "China plus one or more other countries, often in Southeast or South Asia or near the home market.",
            "drivers": "Dependence on one country, rising costs in China, tariffs, political risk and supply disruption.",
            "benefits": "Supply that can continue if one country is disrupted, tariff options and bargaining power.",
            "primary-goal": "To reduce the risk of depending on a single country for supply.",
            "risks": "Higher unit and duplicate costs, immature suppliers, limited capacity and hidden dependence on Chinese inputs.",
            "control": "Through supplier qualification, audits and the split of volumes between bases.",
            "cost-profile": "Duplicate tooling, qualification and management costs; unit prices may rise before they fall.",
            "time-to-set-up": "Months to qualify a supplier; years to build a plant or a supplier base.",
        },
        "last_reviewed": REVIEWED,
    },
]
