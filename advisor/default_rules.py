"""Default scoring rules and per-option content for the advisor.

Editors tune the rules in admin; these are only the defaults that
`manage.py load_advisor_defaults` loads once. Pure Python with no Django imports,
so the tests can check the defaults without a database.

Each rule moves one option when one answer was given. An explanation is shown
after the answer's label ("Data must stay in the country: Offshore ..."), so it
is one plain sentence that reads on from that label, and it says only what its
cited work supports: each citation names the work (one record in the site's
model of cited works, `citations.Work`), where in it (the locator), and, for
editors only, the passage that supports the claim and the stored copy it was
checked in (issue 16). Every answer counts three times and a goal by its
priority, so goal weights stay at most 3 and an essential constraint weighs more
than any goal pulling the other way (`engine.rule_set_problems`). Each rule
states its premise in words, and names the answers that exclude it.
"""

from dataclasses import dataclass, field

from .engine import DEFAULT_OPTIONS, Rule, Source, rule_set_problems

OPTION_KEYS = frozenset(option.key for option in DEFAULT_OPTIONS)
# Goal weights are multiplied by up to 3, as every other answer is.
MAX_DEFAULT_WEIGHT = 5
MAX_GOAL_WEIGHT = 3
# The year undated web pages were last checked against a stored copy.
CONSULTED = 2026


@dataclass(frozen=True)
class Work:
    """A cited work, as `citations.Work` keeps it (the URL identifies it)."""

    authors: str
    title: str
    publisher: str
    year: int
    url: str
    kind: str = "primary"


@dataclass(frozen=True)
class Cite:
    """Where in a work a claim rests; `passage` and `verified_in` are for
    editors only: the supporting words and the stored copy they were read in."""

    work: Work
    locator: str
    passage: str
    verified_in: str

    def as_source(self) -> Source:
        work = self.work
        return Source(
            work.title, work.url, work.authors, work.year, work.publisher, self.locator
        )


# What each option assumes, unless a rule says otherwise: shown to editors as
# the rule's premise, so they see why it exists.
OPTION_PREMISES = {
    "in_house": "Assumes your own employees do the work at home.",
    "domestic_outsourcing": "Assumes a provider in your country does the work.",
    "nearshore_outsourcing": "Assumes a provider in a nearby country does the work.",
    "offshore_outsourcing": "Assumes a provider in a distant country does the work.",
    "captive_nearshore": "Assumes an entity of your own in a nearby country does the work.",
    "captive_offshore": "Assumes an entity of your own in a distant country does the work.",
    "build_operate_transfer": "Assumes a partner builds a team abroad that you later take over.",
    "out_staffing": "Assumes a provider's people work in your team, under your direction.",
    "reshoring": "Assumes the work runs abroad today and comes back home.",
}


@dataclass(frozen=True)
class DefaultRule:
    """One default rule. Built when the module is imported, so a misspelled
    field, an unknown answer or option, or a rule without a citation fails then."""

    question: str
    answer: str
    option: str
    weight: int
    explanation: str
    cite: Cite
    rules_out: bool = field(default=False, kw_only=True)
    premise: str = field(default="", kw_only=True)
    excluded_by: frozenset[tuple[str, str]] = field(default=frozenset(), kw_only=True)

    def __post_init__(self) -> None:
        if self.option not in OPTION_KEYS:
            raise ValueError(f"Unknown option {self.option}")
        self.to_engine_rule()  # refuses unknown answers and goals that rule out
        if not (self.cite.locator and self.cite.passage and self.cite.verified_in):
            raise ValueError(f"{self}: every rule cites a place in a checked work")
        limit = MAX_GOAL_WEIGHT if self.question == "goal" else MAX_DEFAULT_WEIGHT
        if self.rules_out != (self.weight == 0) or abs(self.weight) > limit:
            # A rule-out's weight is never used; a zero weight shows no reason.
            raise ValueError(f"{self}: weight out of range for this kind of rule")
        text = self.explanation
        if not (text[:1].isupper() and text.endswith(".") and len(text) <= 200):
            raise ValueError(
                f"{self}: one sentence, capitalised, at most 200 characters"
            )

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.question, self.answer, self.option)

    @property
    def premise_words(self) -> str:
        return self.premise or OPTION_PREMISES[self.option]

    def to_engine_rule(self) -> Rule:
        return Rule(
            question=self.question,
            answer=self.answer,
            option=self.option,
            weight=self.weight,
            explanation=self.explanation,
            rules_out=self.rules_out,
            source=self.cite.as_source(),
            premise=self.premise_words,
            excluded_by=self.excluded_by,
        )


def rule_out(
    question: str, answer: str, option: str, explanation: str, cite: Cite, **kw
) -> DefaultRule:
    return DefaultRule(
        question, answer, option, 0, explanation, cite, rules_out=True, **kw
    )


# --- The cited works ----------------------------------------------------------
# Each checked against a stored copy (the `search` tool's corpus); the passage
# is a close paraphrase or short quotation for editors, never shown to visitors.
# fmt: off
QUINN_HILMER_WORK = Work("Quinn, J. B. and Hilmer, F. G.", "Strategic Outsourcing", "MIT Sloan Management Review 35(4)", 1994, "https://sloanreview.mit.edu/article/strategic-outsourcing/")
GHEMAWAT_WORK = Work("Ghemawat, P.", "Distance Still Matters: The Hard Reality of Global Expansion", "Harvard Business Review 79(8)", 2001, "https://hbr.org/2001/09/distance-still-matters-the-hard-reality-of-global-expansion")
LEWIN_WORK = Work("Lewin, A. Y., Massini, S. and Peeters, C.", "Why are companies offshoring innovation? The emerging global race for talent", "Journal of International Business Studies 40(6)", 2009, "https://doi.org/10.1057/jibs.2008.92")
LARSEN_WORK = Work("Larsen, M. M., Manning, S. and Pedersen, T.", "Uncovering the hidden costs of offshoring: the interplay of complexity, organizational design, and experience", "Strategic Management Journal 34(5)", 2013, "https://doi.org/10.1002/smj.2023")
DELOITTE_2012_WORK = Work("", "Outsourcing, today and tomorrow: insights from Deloitte's 2012 global outsourcing and insourcing survey", "Deloitte Development LLC", 2012, "https://fr.scribd.com/document/297394516/Insights-From-Deloitte-s-2012-Outsourcing-and-Insourcing-Survey")
AGENCY_DIRECTIVE_WORK = Work("", "Directive 2008/104/EC on temporary agency work", "EUR-Lex (Official Journal of the European Union)", 2008, "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32008L0104")
GDPR_WORK = Work("", "Regulation (EU) 2016/679 (General Data Protection Regulation): Article 28 on processors, Chapter V on transfers", "EUR-Lex (Official Journal of the European Union)", 2016, "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32016R0679")
OECD_LOCALISATION_WORK = Work("Del Giovane, C., López González, J. and Ferencz, J.", "The Nature, Evolution and Potential Implications of Data Localisation Measures (OECD Trade Policy Papers)", "OECD Publishing", 2023, "https://www.oecd.org/en/publications/the-nature-evolution-and-potential-implications-of-data-localisation-measures_179f718a-en.html")
OSHRI_WORK = Work("Oshri, I.", "Offshoring Strategies: Evolving Captive Center Models", "The MIT Press", 2011, "https://mitpress.mit.edu/9780262015608/offshoring-strategies/")
OSHRI_INTERVIEW_WORK = Work("Overby, S. (interview with Ilan Oshri)", "Offshoring: The Captive Center Rises Again", "CIO", 2011, "https://www.cio.com/article/2412141/offshoring--the-captive-center-rises-again.html", "secondary")
BOT_WORK = Work("", "Build-operate-transfer outsourcing contracts in services: boon or bane to emerging market vendor firms?", "Journal of International Management 19(3), 220–231", 2013, "https://research.cbs.dk/en/publications/build-operate-transfer-outsourcing-contracts-in-services-boon-or-")
DELOITTE_BOT_WORK = Work("", "Shift the risk of outsourcing: Build-Operate-Transfer", "Deloitte", CONSULTED, "https://www2.deloitte.com/us/en/pages/operations/articles/build-operate-transfer-service-delivery.html", "secondary")
WILLIAMSON_WORK = Work("Williamson, O. E.", "Transaction Cost Economics: The Natural Progression (Nobel Prize lecture)", "American Economic Review 100(3)", 2010, "https://doi.org/10.1257/aer.100.3.673")
WHITTEN_WORK = Work("Whitten, D., Chakrabarty, S. and Wakefield, R.", "The strategic choice to continue outsourcing, switch vendors, or backsource: do switching costs matter?", "Information & Management 47(3)", 2010, "https://doi.org/10.1016/j.im.2010.01.006")
GRAY_WORK = Work("Gray, J. V., Skowronski, K., Esenduran, G. and Rungtusanatham, M. J.", "The reshoring phenomenon: what supply chain academics ought to know and should do", "Journal of Supply Chain Management 49(2)", 2013, "https://doi.org/10.1111/jscm.12012")
ANCARANI_WORK = Work("Ancarani, A., Di Mauro, C. and Mascali, F.", "Backshoring strategy and the adoption of Industry 4.0: Evidence from Europe", "Journal of World Business 54(4)", 2019, "https://www.sciencedirect.com/science/article/pii/S1090951618305467")
TATE_WORK = Work("Tate, W. L., Ellram, L. M., Schoenherr, T. and Petersen, K. J.", "Global competitive conditions driving the manufacturing location decision", "Business Horizons 57(3)", 2014, "https://works.bepress.com/kenneth_petersen/1/")
CARMEL_ESPINOSA_WORK = Work("Carmel, E. and Espinosa, J. A.", "I'm Working While They're Sleeping: Time Zone Separation Challenges and Solutions", "Nedder Stream Press", 2011, "https://www.american.edu/kogod/news/20111205_ksbnews_imworkingwhiletheyresleeping.cfm", "secondary")
ARON_RISK_WORK = Work("Aron, R. and others", "Determinants of Operational Risk in Global Sourcing of Financial Services: Evidence from Field Research", "Brookings Trade Forum 2005, pp. 373-398", 2005, "https://muse.jhu.edu/article/194667")
MEYER_WORK = Work("Meyer, K. E.", "What is strategic asset-seeking FDI?", "Multinational Business Review 23(1)", 2015, "https://www.proquest.com/scholarly-journals/what-is-strategic-asset-seeking-fdi/docview/1672559240/se-2")
LACITY_WORK = Work("Lacity, M. C., Khan, S., Yan, A. and Willcocks, L. P.", "A review of the IT outsourcing empirical literature and future research directions", "Journal of Information Technology 25(4)", 2010, "https://doi.org/10.1057/jit.2010.21")

# --- Where in them, and the words that support each kind of claim --------------
QH_CORE = Cite(QUINN_HILMER_WORK, "opening section (the two strategic approaches)", "Concentrate the firm's own resources on a set of core competencies where it can achieve definable preeminence and provide unique value for customers; strategically outsource other activities for which the firm has neither a critical strategic need nor special capabilities.", "http://sloanreview.mit.edu/article/strategic-outsourcing/?post_type=article&article=strategic-outsourcing")
QH_SUPPLIERS = Cite(QUINN_HILMER_WORK, "opening section (four ways managers leverage resources)", "Perhaps the greatest leverage of all is the full utilization of external suppliers' investments, innovations, and specialized professional capabilities that would be prohibitively expensive or even impossible to duplicate internally ... this joint strategy decreases risks, shortens cycle times, lowers investments.", "http://sloanreview.mit.edu/article/strategic-outsourcing/?post_type=article&article=strategic-outsourcing")
QH_FOCUS = Cite(QUINN_HILMER_WORK, "opening section (four ways managers leverage resources)", "First, they maximize returns on internal resources by concentrating investments and energies on what the enterprise does best.", "http://sloanreview.mit.edu/article/strategic-outsourcing/?post_type=article&article=strategic-outsourcing")
GHEMAWAT_CULTURE = Cite(GHEMAWAT_WORK, "the CAGE framework: cultural distance", "Cultural, administrative, geographic and economic (CAGE) distance; differences in religious beliefs, race, social norms, and language can quickly become barriers; a common language makes trade much easier.", "https://saylordotorg.github.io/text_fundamentals-of-global-strategy/s03-05-the-persistence-of-distance.html")
LEWIN_TALENT = Cite(LEWIN_WORK, "abstract", "The emerging shortage of highly skilled science and engineering talent in the US and, more generally, the need to access qualified personnel are important explanatory factors for offshoring innovation decisions; labor arbitrage is less important than other forms of cost savings.", "https://research.manchester.ac.uk/en/publications/why-are-companies-offshoring-innovation-the-emerging-global-race-")
LARSEN_HIDDEN = Cite(LARSEN_WORK, "abstract", "Decision makers are more likely to make cost-estimation errors given increasing configuration and task complexity in captive offshoring and offshore outsourcing; experience and a strong orientation toward organizational design reduce the errors. Hidden costs: costs of implementation neglected in decision making.", "https://typeset.io/papers/uncovering-the-hidden-costs-of-offshoring-the-interplay-of-4fc9yk9b7t")
DELOITTE_COST_QUALITY = Cite(DELOITTE_2012_WORK, "“Cost drives adoption, but service drives satisfaction”, p. 14", "Cost reduction was considered an important outsourcing objective by 87 percent of respondents, but satisfaction was strongly related to the quality of service provided; 71 percent of those who had terminated a contract early pointed to quality of service.", "https://capitalhblog.deloitte.com/2013/02/14/outsourcing-a-continual-work-in-progress-2/?shared=email&msg=fail")
DELOITTE_FUNCTIONS = Cite(DELOITTE_2012_WORK, "key findings: current and future outsourcing", "Information technology, finance, and human resources continue to lead other business processes in outsourcing; many times outsourced work never leaves the originating country.", "https://www.hrotoday.com/news/talent-acquisition/are-you-in-or-out%E2%80%A8/")
AGENCY_DIRECTION = Cite(AGENCY_DIRECTIVE_WORK, "Art. 3(1)(b)-(c)", "A temporary agency worker has a contract with a temporary-work agency with a view to being assigned to a user undertaking to work temporarily under its supervision and direction.", "https://osha.europa.eu/en/legislation/directives/directive-2008-104-ec-temporary-agency-work")
AGENCY_EQUAL_PAY = Cite(AGENCY_DIRECTIVE_WORK, "Art. 5(1)", "The basic working and employment conditions of temporary agency workers shall be, for the duration of their assignment at a user undertaking, at least those that would apply if they had been recruited directly by that undertaking to occupy the same job (from the first day; derogations only under Art. 5(2)-(4)).", "https://osha.europa.eu/en/legislation/directives/directive-2008-104-ec-temporary-agency-work")
GDPR_TRANSFERS = Cite(GDPR_WORK, "Chapter V, Arts. 44-49", "Transfers of personal data to a third country may take place only if the conditions of Chapter V are met: an adequacy decision (Art. 45), appropriate safeguards such as standard contractual clauses or binding corporate rules (Art. 46), or a derogation (Art. 49). The GDPR does not itself forbid transfers.", "https://gdprhub.eu/index.php?title=Article_45_GDPR")
OECD_LOCALISATION = Cite(OECD_LOCALISATION_WORK, "section 1, definition of data localisation", "Data localisation: an explicit requirement that data be stored and/or processed within the domestic territory; by early 2023, 100 such measures were in place across 40 countries, more than two-thirds combining local storage with a prohibition on flows.", "https://www.oecd.org/en/publications/economic-implications-of-data-regulation_aa285504-en/full-report/component-5.html")
OSHRI_CAPTIVE = Cite(OSHRI_WORK, "book description; ch. 2, captive center and other sourcing models", "Captive centers are offshore subsidiaries or branch offices that provide the parent company with services, usually in the form of back-office activities.", "http://slave2.omega.jstor.org/stable/j.ctt5vjqmv")
OSHRI_SCALE = Cite(OSHRI_INTERVIEW_WORK, "p. 2 of the interview", "Captive centers set up for the wrong reason often fail to develop scale and will struggle; captives face challenges that can erode savings (attrition, tense relationships with the parent, inefficient governing structure) and need resources and management attention from the parent firm; talent was the main driver cited for setting one up.", "https://www.cio.com/article/2412141/offshoring--the-captive-center-rises-again.html?page=2")
BOT_OPTION = Cite(BOT_WORK, "abstract", "BOT outsourcing contracts allot the client a call option, the right but not the obligation, to transfer pre-specified assets from the service provider; they combine the advantages of outsourced and captive offshoring operations.", "https://research.cbs.dk/en/publications/build-operate-transfer-outsourcing-contracts-in-services-boon-or-")
DELOITTE_BOT = Cite(DELOITTE_BOT_WORK, "“Why consider a BOT?”", "A partner stands up, stabilizes, transforms and eventually transitions the delivery center back to the organization; suited when you have concerns over having the wherewithal to stand up a captive center on your own but still want to retain control.", "https://www2.deloitte.com/us/en/pages/operations/articles/build-operate-transfer-service-delivery.html")
WILLIAMSON_GOVERNANCE = Cite(WILLIAMSON_WORK, "sections 1-3 (governance of contractual relations)", "What efficiency factors determine when a firm produces a good or service to its own needs rather than outsource? Complex transactions under incomplete contracts are governed at lower cost inside the firm, simple ones by the market.", "https://fdocuments.in/document/williamson-nobel-lecture-transaction-cost-economics.html")
WHITTEN_SWITCHING = Cite(WHITTEN_WORK, "abstract", "Customer organizations preferred outsourcing continuation most and backsourcing least when their switching costs were high; switching costs include sunk investment, lost performance, uncertainty and retraining.", "http://hinet.lindayi.me/paper.php?id=1383320")
GRAY_RESHORING = Cite(GRAY_WORK, "abstract", "The reshoring phenomenon should not be examined in isolation but rather as a reversion of a prior offshoring decision.", "http://onlinelibrary.wiley.com/doi/10.1111/jscm.12012/full")
ANCARANI_DRIVERS = Cite(ANCARANI_WORK, "section 1 (introduction)", "Operational and strategic challenges in offshore locations, ranging from shrinking labor cost advantages, rising freight costs, and unsatisfactory product quality offshore, have led firms to relocate manufacturing back to Europe and the US.", "https://www.scribd.com/document/475279333/1-s2-0-S1090951618305467-main")
TATE_LOCATION = Cite(TATE_WORK, "abstract", "Given shifting global competitive conditions, including customer location, natural disasters, currency valuation, labor and transportation costs and availability, many companies are revisiting their manufacturing location; companies place increasing importance on where their customers want them to locate.", "https://works.bepress.com/kenneth_petersen/1/")
CARMEL_TIME_ZONES = Cite(CARMEL_ESPINOSA_WORK, "publisher's summary; ch. 1", "Time zone separation is a major problem hidden by the 'distance is dead' myth; knowledge workers timeshift to interact synchronously, and technology alone could not overcome time separation obstacles.", "http://www.american.edu/kogod/news/20111205_ksbnews_imworkingwhiletheyresleeping.cfm")
ARON_CODIFIABILITY = Cite(ARON_RISK_WORK, "abstract (working-paper version)", "The greater the codifiability of a process the lower the operational risk of off-shoring it; the more objectively defined the metrics of process quality, the less the operational risk.", "https://scribd.com/document/694862967/2005btf-Aron")
MEYER_MOTIVES = Cite(MEYER_WORK, "introduction and Table I (Dunning's four motives)", "Dunning's four FDI motives: market-, efficiency-, natural resource- and strategic asset-seeking. If an FDI project pursues foreign markets, performance is assessed by market share there; if it pursues efficiency, by productivity and costs.", "https://www.proquest.com/scholarly-journals/what-is-strategic-asset-seeking-fdi/docview/1672559240/se-2")
LACITY_MOTIVES = Cite(LACITY_WORK, "abstract; the model of ITO decisions", "164 empirical ITO articles (1992-2010): the model of ITO decisions includes motives to outsource, transaction attributes, client firm characteristics and influence sources; outcomes depend on client and supplier capabilities, relationship characteristics and contractual governance.", "https://scribd.com/document/746940476/A-review-of-the-IT-outsourcing")
# fmt: on

IH, DO, NO, OO = (
    "in_house",
    "domestic_outsourcing",
    "nearshore_outsourcing",
    "offshore_outsourcing",
)
CN, CO, BOT, OS, RS = (
    "captive_nearshore",
    "captive_offshore",
    "build_operate_transfer",
    "out_staffing",
    "reshoring",
)

# Premises the what-if never changes (constraints and the situation).
DATA_IN_COUNTRY = frozenset({("data_residency", "country")})
SMALL_GAP = frozenset({("cost_gap", "small")})
NO_ENTITY = frozenset({("foreign_capacity", "none")})
LOWER_COST_ABROAD = "Assumes labour abroad costs clearly less than at home."

R = DefaultRule
# The rules below stay one line each so they can be scanned as a table.
# fmt: off
DEFAULT_RULES: tuple[DefaultRule, ...] = (
    # --- Function: IT, finance and HR lead outsourcing (Deloitte 2012)
    R("function", "it", OS, 2, "IT is one of the functions firms outsource most, so providers of IT people are many.", DELOITTE_FUNCTIONS),
    R("function", "it", OO, 1, "IT is one of the functions firms outsource most, so providers are many.", DELOITTE_FUNCTIONS),
    R("function", "finance", DO, 1, "Finance is one of the functions firms outsource most, often without the work leaving the country.", DELOITTE_FUNCTIONS),
    R("function", "finance", OO, 1, "Finance is one of the functions firms outsource most, so providers are many.", DELOITTE_FUNCTIONS),
    R("function", "hr", DO, 3, "HR is one of the functions firms outsource most, often without the work leaving the country.", DELOITTE_FUNCTIONS),
    R("function", "customer_service", NO, 1, "Customers hear language and culture, which a nearby country is more likely to share.", GHEMAWAT_CULTURE),
    R("function", "customer_service", DO, 1, "Customers hear language and culture, which a provider at home shares.", GHEMAWAT_CULTURE),
    R("function", "analytics", CO, 1, "Access to qualified people is a main reason firms move expert work abroad.", LEWIN_TALENT, excluded_by=NO_ENTITY),
    R("function", "marketing", DO, 2, "Content for your market depends on its language and culture, which a provider at home shares.", GHEMAWAT_CULTURE),
    R("function", "operations", RS, 1, "Manufacturing is where firms have most often brought work home.", ANCARANI_DRIVERS),
    R("function", "operations", NO, 1, "Firms weigh where their customers want them to be when they place production.", TATE_LOCATION),
    # --- Coreness: keep what sets you apart inside the firm, buy what does not
    R("coreness", "core", IH, 4, "Work that sets you apart is where the firm should concentrate its own resources.", QH_CORE),
    R("coreness", "core", CO, 2, "A centre of your own keeps core work inside the firm, even abroad.", OSHRI_CAPTIVE, excluded_by=NO_ENTITY),
    R("coreness", "core", CN, 2, "A centre of your own keeps core work inside the firm, even abroad.", OSHRI_CAPTIVE, excluded_by=NO_ENTITY),
    R("coreness", "core", BOT, 1, "You may take the team over, so core know-how can end up inside the firm.", BOT_OPTION, excluded_by=NO_ENTITY),
    R("coreness", "core", DO, -2, "Core work is what to keep; outsourcing is for what does not set you apart.", QH_CORE),
    R("coreness", "core", NO, -2, "Core work is what to keep; outsourcing is for what does not set you apart.", QH_CORE),
    R("coreness", "core", OO, -3, "Core work is what to keep; outsourcing is for what does not set you apart.", QH_CORE),
    R("coreness", "core", OS, -1, "Core know-how built up by a provider's people is not the firm's own.", QH_CORE),
    R("coreness", "commodity", DO, 2, "Work that does not set you apart is what to buy from specialists.", QH_CORE),
    R("coreness", "commodity", NO, 2, "Work that does not set you apart is what to buy from specialists.", QH_CORE),
    R("coreness", "commodity", OO, 2, "Work that does not set you apart is what to buy from specialists.", QH_CORE),
    R("coreness", "commodity", IH, -2, "Running work that does not set you apart ties up resources better spent on what does.", QH_CORE),
    # --- Work type: codified, measured work carries the least risk offshore;
    # judgement is costly to govern by contract
    R("work_type", "rule_based", DO, 2, "Work that is codified and measured is easy to hand over and to check.", ARON_CODIFIABILITY),
    R("work_type", "rule_based", NO, 2, "Codified work with objective quality measures carries less risk when moved abroad.", ARON_CODIFIABILITY),
    R("work_type", "rule_based", OO, 3, "Codified work with objective quality measures carries less risk when moved abroad.", ARON_CODIFIABILITY),
    R("work_type", "judgement", IH, 2, "Work that is hard to specify is governed at lower cost inside the firm than by contract.", WILLIAMSON_GOVERNANCE),
    R("work_type", "judgement", CO, 1, "Access to qualified people is a main reason firms move expert work abroad.", LEWIN_TALENT, excluded_by=NO_ENTITY),
    R("work_type", "judgement", CN, 1, "Access to qualified people is a main reason firms move expert work abroad.", LEWIN_TALENT, excluded_by=NO_ENTITY),
    R("work_type", "judgement", OS, 1, "Experts you direct yourself spare you from writing judgement into a contract.", AGENCY_DIRECTION),
    R("work_type", "judgement", OO, -2, "Work that is hard to codify carries more risk when handed to a provider far away.", ARON_CODIFIABILITY),
    # --- Volume and duration: own entities need scale and time; renting people
    # is for small or short needs
    R("volume", "small", CO, -3, "Captive centres that never reach scale are the ones that struggle.", OSHRI_SCALE),
    R("volume", "small", CN, -3, "Captive centres that never reach scale are the ones that struggle.", OSHRI_SCALE),
    R("volume", "small", BOT, -3, "A team this small is rarely worth building as an entity to take over.", BOT_OPTION),
    R("volume", "small", OS, 1, "A few people are simply added to your team under your direction.", AGENCY_DIRECTION),
    R("volume", "large", CO, 2, "At this size a centre of your own can reach the scale captives need to pay off.", OSHRI_SCALE, excluded_by=NO_ENTITY),
    R("volume", "large", CN, 2, "At this size a centre of your own can reach the scale captives need to pay off.", OSHRI_SCALE, excluded_by=NO_ENTITY),
    R("volume", "large", BOT, 2, "A team this large is worth taking over once a partner has built it.", BOT_OPTION, excluded_by=NO_ENTITY),
    R("volume", "large", OS, -2, "Agency staff in the EU are paid as if you had hired them, so many of them add a fee to the same pay.", AGENCY_EQUAL_PAY, premise="Assumes the people are agency workers in the EU, paid as your own from the first day."),
    R("duration", "short", CO, -3, "A centre of your own needs resources and management attention for years before it pays off.", OSHRI_SCALE),
    R("duration", "short", CN, -3, "A centre of your own needs resources and management attention for years before it pays off.", OSHRI_SCALE),
    R("duration", "short", BOT, -3, "The transfer comes after a partner has built and run the team, so it does not suit a short need.", DELOITTE_BOT),
    R("duration", "short", OS, 2, "Agency staff are assigned to work for you temporarily, under your direction.", AGENCY_DIRECTION),
    R("duration", "long", CO, 2, "A long horizon gives a centre of your own time to reach scale and pay off.", OSHRI_SCALE, excluded_by=NO_ENTITY),
    R("duration", "long", CN, 2, "A long horizon gives a centre of your own time to reach scale and pay off.", OSHRI_SCALE, excluded_by=NO_ENTITY),
    R("duration", "long", BOT, 2, "A long horizon leaves time to take the team over once it runs well.", DELOITTE_BOT, excluded_by=NO_ENTITY),
    R("duration", "long", OS, -2, "Agency staff in the EU are paid as if you had hired them, so years of renting add a fee to the same pay.", AGENCY_EQUAL_PAY, premise="Assumes the people are agency workers in the EU, paid as your own from the first day."),
    # --- Goals (times the goal's priority: 3, 2 or 1)
    R("goal", "cost", OO, 3, "Lower cost is the objective most firms outsource for.", DELOITTE_COST_QUALITY, premise=LOWER_COST_ABROAD, excluded_by=SMALL_GAP),
    R("goal", "cost", NO, 2, "Lower cost is the objective most firms outsource for.", DELOITTE_COST_QUALITY, premise=LOWER_COST_ABROAD, excluded_by=SMALL_GAP),
    R("goal", "cost", DO, 1, "Lower cost is the objective most firms outsource for, at home too.", DELOITTE_COST_QUALITY),
    R("goal", "cost", CO, 2, "Savings are why most captive centres are set up, though attrition and weak governance can erode them.", OSHRI_SCALE, premise=LOWER_COST_ABROAD, excluded_by=SMALL_GAP),
    R("goal", "cost", CN, 1, "Savings are why most captive centres are set up, though attrition and weak governance can erode them.", OSHRI_SCALE, premise=LOWER_COST_ABROAD, excluded_by=SMALL_GAP),
    R("goal", "cost", BOT, 2, "A partner runs the team abroad for you until you may take it over and run it yourself.", BOT_OPTION, premise=LOWER_COST_ABROAD, excluded_by=SMALL_GAP),
    R("goal", "cost", OS, 1, "People hired through a provider in a lower-cost country cost less than hiring at home.", LEWIN_TALENT, premise="Assumes the people work from a lower-cost country, which the data allows.", excluded_by=DATA_IN_COUNTRY | SMALL_GAP),
    R("goal", "skills", OO, 2, "Access to qualified people is a main reason firms move work abroad.", LEWIN_TALENT),
    R("goal", "skills", CO, 2, "Access to qualified people is a main reason firms move work abroad.", LEWIN_TALENT),
    R("goal", "skills", CN, 1, "Access to qualified people is a main reason firms move work abroad.", LEWIN_TALENT),
    R("goal", "skills", NO, 1, "Access to qualified people is a main reason firms move work abroad.", LEWIN_TALENT),
    R("goal", "skills", BOT, 1, "Access to qualified people is a main reason firms move work abroad.", LEWIN_TALENT),
    R("goal", "skills", DO, 2, "Specialist providers bring capabilities that would be costly or impossible to build inside.", QH_SUPPLIERS),
    R("goal", "skills", OS, 2, "Specialists hired through a provider work in your team under your direction.", AGENCY_DIRECTION),
    R("goal", "focus", DO, 2, "Outsourcing what does not set you apart lets the firm concentrate on what does.", QH_FOCUS),
    R("goal", "focus", NO, 2, "Outsourcing what does not set you apart lets the firm concentrate on what does.", QH_FOCUS),
    R("goal", "focus", OO, 2, "Outsourcing what does not set you apart lets the firm concentrate on what does.", QH_FOCUS),
    R("goal", "speed", OS, 2, "People assigned by a provider start working in your team without a hiring round.", AGENCY_DIRECTION),
    R("goal", "speed", DO, 2, "Using suppliers' existing capabilities shortens cycle times.", QH_SUPPLIERS),
    R("goal", "speed", NO, 1, "Using suppliers' existing capabilities shortens cycle times.", QH_SUPPLIERS),
    R("goal", "speed", OO, 1, "Using suppliers' existing capabilities shortens cycle times.", QH_SUPPLIERS),
    R("goal", "speed", BOT, 1, "A partner stands the team up for you, without you setting up an entity first.", DELOITTE_BOT),
    R("goal", "speed", CO, -1, "A centre of your own needs time and management attention before it delivers.", OSHRI_SCALE),
    R("goal", "speed", CN, -1, "A centre of your own needs time and management attention before it delivers.", OSHRI_SCALE),
    R("goal", "scale", CO, 2, "A captive centre can grow to the scale that makes it pay off.", OSHRI_SCALE),
    R("goal", "scale", CN, 2, "A captive centre can grow to the scale that makes it pay off.", OSHRI_SCALE),
    R("goal", "scale", BOT, 2, "A partner builds the team up, then you may take it over.", DELOITTE_BOT),
    R("goal", "scale", OO, 2, "A provider's own capacity lets the team grow without you hiring.", QH_SUPPLIERS),
    R("goal", "scale", NO, 1, "A provider's own capacity lets the team grow without you hiring.", QH_SUPPLIERS),
    R("goal", "scale", DO, 1, "A provider's own capacity lets the team grow without you hiring.", QH_SUPPLIERS),
    # A centre that only serves you is efficiency-seeking, not market-seeking:
    # it helps enter a market only if it also serves customers there.
    R("goal", "markets", CO, 1, "An entity of your own abroad is a presence in that market only if it also serves customers there.", MEYER_MOTIVES, premise="Assumes the entity will serve customers in its country, not only you."),
    R("goal", "markets", CN, 1, "An entity of your own abroad is a presence in that market only if it also serves customers there.", MEYER_MOTIVES, premise="Assumes the entity will serve customers in its country, not only you."),
    R("goal", "quality", IH, 2, "Your own people at home are directed by you, so quality stays in your hands.", WILLIAMSON_GOVERNANCE),
    R("goal", "quality", RS, 2, "Unsatisfactory quality offshore is one of the reasons firms bring work home.", ANCARANI_DRIVERS),
    R("goal", "quality", DO, 1, "Quality of service is what most decides clients' satisfaction with a provider, so it can be contracted and measured.", DELOITTE_COST_QUALITY),
    R("goal", "quality", NO, 1, "Quality of service is what most decides clients' satisfaction with a provider, so it can be contracted and measured.", DELOITTE_COST_QUALITY),
    R("goal", "quality", CN, 1, "Your own people nearby are directed by you, so quality stays in your hands.", WILLIAMSON_GOVERNANCE),
    # --- Data residency: a residency rule rules out what lies outside
    rule_out("data_residency", "country", NO, "Nearshore providers work abroad, and the data may not leave the country.", OECD_LOCALISATION),
    rule_out("data_residency", "country", OO, "Offshore providers work abroad, and the data may not leave the country.", OECD_LOCALISATION),
    rule_out("data_residency", "country", CN, "A centre abroad would need the data, and it may not leave the country.", OECD_LOCALISATION),
    rule_out("data_residency", "country", CO, "A centre abroad would need the data, and it may not leave the country.", OECD_LOCALISATION),
    rule_out("data_residency", "country", BOT, "The team would be built abroad, and the data may not leave the country.", OECD_LOCALISATION),
    R("data_residency", "country", OS, -3, "Out-staffed people often work from abroad: you would need people working inside the country.", OECD_LOCALISATION),
    R("data_residency", "country", RS, 2, "Bringing the work home brings the data home too.", OECD_LOCALISATION),
    rule_out("data_residency", "region", OO, "Offshore locations lie outside your region, where your residency rule keeps the data from going.", GDPR_TRANSFERS),
    rule_out("data_residency", "region", CO, "An offshore centre lies outside your region, where your residency rule keeps the data from going.", GDPR_TRANSFERS),
    R("data_residency", "region", RS, 1, "Bringing the work home keeps the data inside your region.", GDPR_TRANSFERS),
    # --- Intellectual property: know-how shared with others can leak
    R("ip_sensitivity", "high", IH, 3, "Know-how that must not leak is governed at lower cost inside the firm than by contract.", WILLIAMSON_GOVERNANCE),
    R("ip_sensitivity", "high", CO, 2, "A centre of your own keeps the know-how inside the firm, even abroad.", OSHRI_CAPTIVE, excluded_by=NO_ENTITY),
    R("ip_sensitivity", "high", CN, 2, "A centre of your own keeps the know-how inside the firm, even abroad.", OSHRI_CAPTIVE, excluded_by=NO_ENTITY),
    R("ip_sensitivity", "high", BOT, 1, "You may take the team and its know-how over, though a partner employs them until then.", BOT_OPTION, excluded_by=NO_ENTITY),
    R("ip_sensitivity", "high", DO, -3, "Sharing know-how with a provider leaves it to contracts that can never be complete.", WILLIAMSON_GOVERNANCE),
    R("ip_sensitivity", "high", NO, -3, "Sharing know-how with a provider leaves it to contracts that can never be complete.", WILLIAMSON_GOVERNANCE),
    R("ip_sensitivity", "high", OO, -4, "Sharing know-how with a provider leaves it to contracts that can never be complete.", WILLIAMSON_GOVERNANCE),
    R("ip_sensitivity", "high", OS, -3, "A provider's people work for you only while assigned, and take what they learned with them.", AGENCY_DIRECTION),
    # --- Working hours and culture: distance has costs
    R("hours_overlap", "full", IH, 2, "A team at home works your hours.", CARMEL_TIME_ZONES),
    R("hours_overlap", "full", DO, 2, "A provider at home works your hours.", CARMEL_TIME_ZONES),
    R("hours_overlap", "full", RS, 2, "Bringing the work home puts it back in your time zone.", CARMEL_TIME_ZONES),
    R("hours_overlap", "full", NO, 2, "A nearby country shares most of your working day.", CARMEL_TIME_ZONES),
    R("hours_overlap", "full", CN, 2, "A nearby country shares most of your working day.", CARMEL_TIME_ZONES),
    R("hours_overlap", "full", OO, -4, "Distant time zones leave few shared hours, and technology alone does not close the gap.", CARMEL_TIME_ZONES),
    R("hours_overlap", "full", CO, -3, "Distant time zones leave few shared hours, and technology alone does not close the gap.", CARMEL_TIME_ZONES),
    R("hours_overlap", "full", BOT, -3, "Teams built far away leave few shared hours, and technology alone does not close the gap.", CARMEL_TIME_ZONES),
    R("hours_overlap", "some", NO, 1, "A nearby country gives a few shared hours every day without anyone timeshifting.", CARMEL_TIME_ZONES),
    R("hours_overlap", "some", CN, 1, "A nearby country gives a few shared hours every day without anyone timeshifting.", CARMEL_TIME_ZONES),
    R("culture_closeness", "high", IH, 2, "Your own team at home shares your language and culture.", GHEMAWAT_CULTURE),
    R("culture_closeness", "high", DO, 2, "A provider at home shares your language and culture.", GHEMAWAT_CULTURE),
    R("culture_closeness", "high", RS, 2, "Bringing the work home puts it back among people who share your language and culture.", GHEMAWAT_CULTURE),
    R("culture_closeness", "high", NO, 2, "Nearby countries are more likely to share your language and culture.", GHEMAWAT_CULTURE),
    R("culture_closeness", "high", CN, 2, "Nearby countries are more likely to share your language and culture.", GHEMAWAT_CULTURE),
    R("culture_closeness", "high", OO, -4, "Differences in language and social norms become barriers between distant countries.", GHEMAWAT_CULTURE),
    R("culture_closeness", "high", CO, -3, "Differences in language and social norms become barriers, even with your own staff abroad.", GHEMAWAT_CULTURE),
    # --- Control: who directs the people day to day
    R("control", "high", IH, 3, "Your own employees take your direction day to day.", WILLIAMSON_GOVERNANCE),
    R("control", "high", CO, 3, "A centre of your own is your subsidiary: its people take your direction.", OSHRI_CAPTIVE, excluded_by=NO_ENTITY),
    R("control", "high", CN, 3, "A centre of your own is your subsidiary: its people take your direction.", OSHRI_CAPTIVE, excluded_by=NO_ENTITY),
    R("control", "high", BOT, 2, "You keep control while a partner builds the team, and may take it over.", DELOITTE_BOT, excluded_by=NO_ENTITY),
    R("control", "high", OS, 2, "Agency staff work under your supervision and direction, though a provider employs them.", AGENCY_DIRECTION),
    R("control", "high", DO, -3, "Under an outsourcing contract the provider directs the work, not you.", WILLIAMSON_GOVERNANCE),
    R("control", "high", NO, -3, "Under an outsourcing contract the provider directs the work, not you.", WILLIAMSON_GOVERNANCE),
    R("control", "high", OO, -4, "Under an outsourcing contract the provider directs the work, not you.", WILLIAMSON_GOVERNANCE),
    R("control", "low", DO, 2, "Work you only need results from can be governed by a contract with a provider.", WILLIAMSON_GOVERNANCE),
    R("control", "low", NO, 2, "Work you only need results from can be governed by a contract with a provider.", WILLIAMSON_GOVERNANCE),
    R("control", "low", OO, 2, "Work you only need results from can be governed by a contract with a provider.", WILLIAMSON_GOVERNANCE),
    R("control", "low", OS, -2, "Out-staffed people work under your direction, which you said you do not want to give.", AGENCY_DIRECTION),
    # --- Capacity to run an entity abroad: without it, nothing that needs one
    # can come first (engine.rule_set_problems keeps these rule-outs)
    rule_out("foreign_capacity", "none", CO, "A captive centre needs resources and management attention from you as its parent.", OSHRI_SCALE),
    rule_out("foreign_capacity", "none", CN, "A captive centre needs resources and management attention from you as its parent.", OSHRI_SCALE),
    rule_out("foreign_capacity", "none", BOT, "After the transfer you run the entity yourself, which needs exactly that capacity.", BOT_OPTION),
    R("foreign_capacity", "some", BOT, 1, "A partner stands the centre up while you build the capacity to take it over.", DELOITTE_BOT),
    R("foreign_capacity", "some", CO, -1, "A captive centre needs resources and management attention from you from the first day.", OSHRI_SCALE),
    R("foreign_capacity", "strong", CO, 3, "You can give a centre of your own the attention it needs, and keep what a provider would charge.", OSHRI_SCALE),
    R("foreign_capacity", "strong", BOT, 1, "You will be able to run the entity yourself once you take it over.", BOT_OPTION),
    R("foreign_capacity", "strong", CN, 3, "You can give a centre of your own the attention it needs, and keep what a provider would charge.", OSHRI_SCALE),
    # --- Labour-cost gap: firms underestimate what offshoring costs to implement
    R("cost_gap", "small", OO, -3, "Firms often underestimate the costs of implementing offshoring, which can eat a small saving.", LARSEN_HIDDEN),
    R("cost_gap", "small", CO, -3, "Firms often underestimate the costs of running a centre abroad, which can eat a small saving.", LARSEN_HIDDEN),
    R("cost_gap", "small", CN, -2, "Firms often underestimate the costs of running a centre abroad, which can eat a small saving.", LARSEN_HIDDEN),
    R("cost_gap", "small", BOT, -2, "Firms often underestimate the costs of building a team abroad, which can eat a small saving.", LARSEN_HIDDEN),
    R("cost_gap", "small", NO, -1, "Firms often underestimate the costs of implementing work abroad, which can eat a small saving.", LARSEN_HIDDEN),
    R("cost_gap", "small", DO, 2, "With little to save abroad, a provider at home avoids implementation costs firms tend to underestimate.", LARSEN_HIDDEN),
    R("cost_gap", "small", IH, 2, "With little to save abroad, keeping the work at home avoids implementation costs firms tend to underestimate.", LARSEN_HIDDEN),
    R("cost_gap", "large", OO, 3, "A large gap can leave a saving even after the implementation costs firms tend to underestimate.", LARSEN_HIDDEN),
    R("cost_gap", "large", CO, 3, "A large gap can leave a saving even after the implementation costs firms tend to underestimate.", LARSEN_HIDDEN, excluded_by=NO_ENTITY),
    R("cost_gap", "large", BOT, 2, "A large gap can leave a saving even after the implementation costs firms tend to underestimate.", LARSEN_HIDDEN, excluded_by=NO_ENTITY),
    R("cost_gap", "large", RS, -2, "Shrinking labour-cost advantages are a reason to bring work home; a large one is not.", ANCARANI_DRIVERS),
    # --- Current situation: nothing abroad, nothing to bring back; carrying on
    # avoids switching costs (the engine drops that credit once problems are reported)
    rule_out("current", "new", RS, "The process runs nowhere yet, so there is nothing abroad to bring back.", GRAY_RESHORING),
    rule_out("current", "in_house", RS, "The process already runs at home, so there is nothing abroad to bring back.", GRAY_RESHORING),
    rule_out("current", "outsourced", RS, "The process already runs at home, so there is nothing abroad to bring back.", GRAY_RESHORING),
    R("current", "in_house", IH, 1, "Keeping the work where it runs avoids the costs of switching.", WHITTEN_SWITCHING),
    R("current", "outsourced", DO, 1, "Firms facing high switching costs prefer to carry on outsourcing.", WHITTEN_SWITCHING),
    R("current", "offshore_provider", OO, 1, "Firms facing high switching costs prefer to carry on outsourcing.", WHITTEN_SWITCHING),
    R("current", "nearshore_provider", NO, 1, "Firms facing high switching costs prefer to carry on outsourcing.", WHITTEN_SWITCHING),
    R("current", "own_centre_abroad", CO, 1, "You already run an entity abroad, so its set-up is behind you.", OSHRI_SCALE),
    R("current", "own_centre_abroad", CN, 1, "You already give an entity abroad the attention it needs.", OSHRI_SCALE),
    # --- Problems seen abroad: the reasons firms reshore or move nearer
    R("problem", "quality", RS, 3, "Unsatisfactory quality offshore is one of the reasons firms bring work home.", ANCARANI_DRIVERS),
    R("problem", "quality", NO, 2, "A nearby country shares more of your working day and culture, so problems are easier to correct.", GHEMAWAT_CULTURE),
    R("problem", "quality", CN, 2, "A nearby country shares more of your working day and culture, so problems are easier to correct.", GHEMAWAT_CULTURE),
    R("problem", "quality", OO, -2, "Unsatisfactory quality offshore is one of the reasons firms move work away from there.", ANCARANI_DRIVERS),
    R("problem", "hidden_costs", RS, 3, "Rising costs offshore are one of the reasons firms bring work home.", ANCARANI_DRIVERS),
    R("problem", "hidden_costs", NO, 1, "Firms underestimate implementation costs more as work far away grows complex.", LARSEN_HIDDEN),
    R("problem", "hidden_costs", CN, 1, "Firms underestimate implementation costs more as work far away grows complex.", LARSEN_HIDDEN),
    R("problem", "hidden_costs", OO, -2, "Firms underestimate implementation costs more as work far away grows complex.", LARSEN_HIDDEN),
    R("problem", "hidden_costs", CO, -1, "Firms underestimate implementation costs more as work far away grows complex, in their own centres too.", LARSEN_HIDDEN),
    R("problem", "hidden_costs", BOT, -1, "Firms underestimate implementation costs more as work far away grows complex.", LARSEN_HIDDEN),
    R("problem", "lead_times", RS, 3, "Firms place work where their customers want it, and home is nearest.", TATE_LOCATION),
    R("problem", "lead_times", NO, 3, "Firms place work where their customers want it, and a nearby country is nearer.", TATE_LOCATION),
    R("problem", "lead_times", CN, 2, "Firms place work where their customers want it, and a nearby country is nearer.", TATE_LOCATION),
    R("problem", "lead_times", OO, -2, "Distance from customers is what firms are reconsidering when they move work nearer.", TATE_LOCATION),
    R("problem", "lead_times", CO, -1, "Distance from customers is what firms are reconsidering when they move work nearer.", TATE_LOCATION),
    R("problem", "communication", NO, 3, "Closer time zones and cultures remove the barriers that distance puts in the way.", GHEMAWAT_CULTURE),
    R("problem", "communication", CN, 2, "Closer time zones and cultures remove the barriers that distance puts in the way.", GHEMAWAT_CULTURE),
    R("problem", "communication", RS, 3, "Working at home removes the time-zone and language barriers.", GHEMAWAT_CULTURE),
    R("problem", "communication", OO, -2, "Time zones and cultural distance are what strain communication far away.", CARMEL_TIME_ZONES),
    R("problem", "communication", CO, -1, "Time zones and cultural distance strain communication, whoever employs the people.", CARMEL_TIME_ZONES),
    R("problem", "communication", BOT, -1, "Time zones and cultural distance strain communication, whoever employs the people.", CARMEL_TIME_ZONES),
    R("problem", "risk", RS, 3, "Natural disasters, currency swings and transport costs abroad are why firms reconsider where they produce.", TATE_LOCATION),
    R("problem", "risk", NO, 2, "A nearby location shortens the supply chain that distant risks disrupt.", TATE_LOCATION),
    R("problem", "risk", CN, 2, "A nearby location shortens the supply chain that distant risks disrupt.", TATE_LOCATION),
    R("problem", "risk", OO, -2, "Staying far away keeps the exposure to distant disasters, currencies and transport costs.", TATE_LOCATION),
    R("problem", "risk", CO, -2, "A centre of your own far away carries the same exposure to distant risks.", TATE_LOCATION),
    R("problem", "risk", BOT, -2, "A team built far away carries the same exposure to distant risks.", TATE_LOCATION),
)
# fmt: on

_problems = rule_set_problems(rule.to_engine_rule() for rule in DEFAULT_RULES)
if _problems:  # the defaults are held to what the admin holds editors to
    raise ValueError("; ".join(_problems))


def default_engine_rules() -> list[Rule]:
    """The defaults as the engine's rules (for tests and the expert panel)."""
    return [rule.to_engine_rule() for rule in DEFAULT_RULES]


def cited_works() -> list[Work]:
    """Every work the defaults cite, once each (for loading into citations.Work)."""
    return list({rule.cite.work.url: rule.cite.work for rule in DEFAULT_RULES}.values())


# Shown on the result page for each recommended model: a one-line summary, the
# risks to watch, and what to do next. Markdown, rendered like glossary text.
# fmt: off
OPTION_CONTENT: dict[str, dict[str, str]] = {
    "in_house": {
        "term_slug": "in-house",
        "summary": "Your own employees run the process at home, under your direct control.",
        "risks": (
            "- Fixed costs stay on your books when volumes fall.\n"
            "- Hiring and keeping scarce skills can be slow and expensive.\n"
            "- Without outside benchmarks, the process can drift behind best practice.\n"
            "- Management attention goes to work that may not set you apart."
        ),
        "next_steps": (
            "1. Benchmark the process's cost and quality against providers, so the choice stays deliberate.\n"
            "2. Document the process and name an owner accountable for its results.\n"
            "3. Plan hiring, training and succession for the key skills.\n"
            "4. Review the decision when volumes, skills or costs change."
        ),
    },
    "domestic_outsourcing": {
        "term_slug": "domestic-outsourcing",
        "summary": "A provider in your own country runs the process under a contract for agreed results.",
        "risks": (
            "- Savings are smaller than offshore, because labour costs are similar.\n"
            "- Dependence on one provider (lock-in) weakens your hand at renewal.\n"
            "- Know-how drains away from your own staff over time.\n"
            "- A loosely written contract leaves quality and cost open to dispute."
        ),
        "next_steps": (
            "1. Write down the scope, service levels and how they will be measured.\n"
            "2. Ask three or more providers for proposals and check their references.\n"
            "3. Keep a small retained team to manage the contract and the provider.\n"
            "4. Agree exit terms and a hand-back plan before signing.\n"
            "5. Review performance against the service levels every quarter."
        ),
    },
    "nearshore_outsourcing": {
        "term_slug": "nearshore-outsourcing",
        "summary": "A provider in a nearby country runs the process, with close time zones and culture at lower cost.",
        "risks": (
            "- The labour-cost saving is smaller than offshore and can shrink as wages rise.\n"
            "- Talent pools in nearby countries can be thin and contested.\n"
            "- Data-protection and employment rules may differ across the border.\n"
            "- Dependence on one provider weakens your hand at renewal."
        ),
        "next_steps": (
            "1. Shortlist two or three nearby countries on skills, cost and data rules.\n"
            "2. Write down the scope, service levels and how they will be measured.\n"
            "3. Visit the shortlisted providers and run a paid pilot with the best.\n"
            "4. Plan knowledge transfer and a retained team to manage the provider.\n"
            "5. Agree exit terms before signing."
        ),
    },
    "offshore_outsourcing": {
        "term_slug": "offshore-outsourcing",
        "summary": "A provider in a distant, lower-cost country runs the process under a contract.",
        "risks": (
            "- Hidden costs (travel, coordination, rework, transition) can eat the saving.\n"
            "- Time-zone and cultural distance strain communication.\n"
            "- Know-how and intellectual property are harder to protect far away.\n"
            "- Political, currency and supply risks add to the contract risk."
        ),
        "next_steps": (
            "1. Estimate the total cost, including transition and management, not only wages.\n"
            "2. Specify the process in detail and set measurable service levels.\n"
            "3. Run a pilot with a shortlisted provider before moving all the work.\n"
            "4. Set up governance: regular reviews, named contacts on both sides, overlap hours.\n"
            "5. Agree exit and data-return terms before signing."
        ),
    },
    "captive_nearshore": {
        "term_slug": "nearshore-captive-centre",
        "summary": "Your own entity in a nearby country runs the process: your control, close time zones, lower costs than home.",
        "risks": (
            "- The labour-cost saving is smaller than offshore and shrinks as nearby wages rise.\n"
            "- You carry the legal, tax and employment risks of a foreign entity.\n"
            "- Talent pools in nearby countries can be thin and contested by other firms' centres.\n"
            "- A centre too small to reach scale costs more than a provider."
        ),
        "next_steps": (
            "1. Shortlist nearby countries inside your data region on skills, cost and stability.\n"
            "2. Build the business case over five years, including set-up and exit costs.\n"
            "3. Appoint a leader for the centre and plan its legal entity.\n"
            "4. Start with a pilot team and add work in stages.\n"
            "5. Consider build-operate-transfer if you lack the capacity to set it up yourself."
        ),
    },
    "captive_offshore": {
        "term_slug": "captive-offshore-centre",
        "summary": "Your own entity abroad runs the process, keeping control while using lower-cost labour.",
        "risks": (
            "- Set-up takes many months and ties up capital before it pays back.\n"
            "- You carry the legal, tax and employment risks of a foreign entity.\n"
            "- Attrition and wage inflation in popular locations erode the saving.\n"
            "- A centre too small to reach scale costs more than a provider."
        ),
        "next_steps": (
            "1. Build the business case over five years, including set-up and exit costs.\n"
            "2. Compare locations on skills, cost, stability and data rules.\n"
            "3. Appoint a leader for the centre and plan its legal entity.\n"
            "4. Start with a pilot team and add work in stages.\n"
            "5. Consider build-operate-transfer if you lack the capacity to set it up yourself."
        ),
    },
    "build_operate_transfer": {
        "term_slug": "build-operate-transfer",
        "summary": "A partner builds and runs a team abroad for you, then transfers it to your ownership.",
        "risks": (
            "- Transfer terms (price, timing, staff) cause disputes if left vague.\n"
            "- Key people may leave at the transfer.\n"
            "- The partner has little reason to build what you will own if incentives are wrong.\n"
            "- After the transfer you carry the risks of running a foreign entity."
        ),
        "next_steps": (
            "1. Agree the transfer price, timing and conditions in the contract up front.\n"
            "2. Choose a partner with build-operate-transfer references in the location.\n"
            "3. Take part in hiring the key roles from the start.\n"
            "4. Build your own capacity to run the entity before the transfer date.\n"
            "5. Plan retention measures for key staff around the transfer."
        ),
    },
    "out_staffing": {
        "term_slug": "out-staffing",
        "summary": "A provider employs people who work in your team, under your day-to-day direction.",
        "risks": (
            "- You manage the work and carry the delivery risk, not the provider.\n"
            "- Know-how leaves when the provider's people move on.\n"
            "- Long-term use can cost more than hiring, and may raise employment-law questions.\n"
            "- Quality depends on your own management capacity."
        ),
        "next_steps": (
            "1. Define the roles, skills and seniority you need and for how long.\n"
            "2. Interview the candidates yourself, as you would your own hires.\n"
            "3. Plan onboarding, access rights and who directs the people day to day.\n"
            "4. Keep documentation in your own systems so knowledge stays when people leave.\n"
            "5. Check the contract's notice periods and the rules on converting staff to employees."
        ),
    },
    "reshoring": {
        "term_slug": "reshoring",
        "summary": "Bring work now done abroad back home, in-house or to a domestic provider.",
        "risks": (
            "- Labour costs at home are higher, so automation or productivity must close the gap.\n"
            "- The skills may no longer exist at home and take time to rebuild.\n"
            "- The move itself (exit costs, transition, double running) is costly.\n"
            "- Contracts or staff abroad may be hard to wind down."
        ),
        "next_steps": (
            "1. Compare the total cost of staying and returning, including hidden costs abroad.\n"
            "2. Check which skills and capacity are available at home.\n"
            "3. Decide whether the work comes in-house or goes to a domestic provider.\n"
            "4. Plan the move in stages, with parallel running and a fallback.\n"
            "5. Review the exit terms of current contracts."
        ),
    },
}
# fmt: on
