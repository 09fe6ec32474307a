"""Buying a sourcing deal: deciding, pricing, contracting, measuring and leaving.

The terms a manager meets between "should we buy this?" and "how do we get
out?": the make-or-buy decision, pricing models, the contract documents,
performance measures and remedies, provider selection, and the risks that
sit beyond the provider.

The works cited here and nowhere else are described in this module; works
other terms cite as well come from ``sources.py``. Each citation names where
in the work the claim is found (``locator``) and, where the words were read,
the passage it was checked against (for editors only).
"""

from . import sources as s

REVIEWED = "2026-12-06"
CHECKED = "search index of public copies, 2026-12-06"

# ---------------------------------------------------------------- law, regulation and official guidance
FAR_FIRM_FIXED_PRICE = s.source(
    "Federal Acquisition Regulation 16.202-1: Firm-fixed-price contracts (description)",
    "Acquisition.gov (United States General Services Administration)",
    s.CONSULTED,
    "https://www.acquisition.gov/far/16.202-1",
    "primary",
)
FAR_TIME_AND_MATERIALS = s.source(
    "Federal Acquisition Regulation 16.601: Time-and-materials contracts",
    "Acquisition.gov (United States General Services Administration)",
    s.CONSULTED,
    "https://www.acquisition.gov/far/16.601",
    "primary",
)
FAR_BASIC_ORDERING_AGREEMENTS = s.source(
    "Federal Acquisition Regulation 16.703: Basic ordering agreements",
    "Acquisition.gov (United States General Services Administration)",
    s.CONSULTED,
    "https://www.acquisition.gov/far/16.703",
    "primary",
)
FAR_REQUESTS_FOR_PROPOSALS = s.source(
    "Federal Acquisition Regulation 15.203: Requests for proposals",
    "Acquisition.gov (United States General Services Administration)",
    s.CONSULTED,
    "https://www.acquisition.gov/far/15.203",
    "primary",
)
FAR_PERFORMANCE_WORK_STATEMENT = s.source(
    "Federal Acquisition Regulation 37.602: Performance work statement",
    "Acquisition.gov (United States General Services Administration)",
    s.CONSULTED,
    "https://www.acquisition.gov/far/37.602",
    "primary",
)
PUBLIC_PROCUREMENT_DIRECTIVE = s.celex(
    "32014L0024",
    "Directive 2014/24/EU on public procurement: Article 33 on framework agreements",
    2014,
)
UK_SOURCING_PLAYBOOK = s.source(
    "The Sourcing Playbook: government guidance on service delivery, including outsourcing, insourcing, mixed economy sourcing and contracting",
    "Cabinet Office (United Kingdom)",
    2024,
    "https://www.gov.uk/government/publications/the-sourcing-and-consultancy-playbooks/the-sourcing-playbook-html",
    "primary",
)
US_INTERAGENCY_THIRD_PARTY_GUIDANCE = s.source(
    "Interagency Guidance on Third-Party Relationships: Risk Management (88 FR 37920)",
    "Federal Register (Board of Governors of the Federal Reserve System, FDIC and OCC, United States)",
    2023,
    "https://www.federalregister.gov/documents/2023/06/09/2023-12340/interagency-guidance-on-third-party-relationships-risk-management",
    "primary",
)

# ---------------------------------------------------------------- standards bodies
PMI_LEXICON = s.source(
    "PMI Lexicon of Project Management Terms: statement of work (SOW)",
    "Project Management Institute",
    s.CONSULTED,
    "https://www.pmi.org/pmbok-guide-standards/lexicon",
    "primary",
)

# ---------------------------------------------------------------- research
LARSEN_MANNING_PEDERSEN_2013 = s.source(
    "Uncovering the hidden costs of offshoring: the interplay of complexity, organizational design, and experience",
    "Strategic Management Journal 34(5), 533-552",
    2013,
    "https://doi.org/10.1002/smj.2023",
    "primary",
    authors="Larsen, M. M., Manning, S. and Pedersen, T.",
)
BARTHELEMY_2001 = s.source(
    "The hidden costs of IT outsourcing",
    "MIT Sloan Management Review 42(3)",
    2001,
    "https://sloanreview.mit.edu/article/the-hidden-costs-of-it-outsourcing/",
    "primary",
    authors="Barthélemy, J.",
)
QUINN_HILMER_1994 = s.source(
    "Strategic outsourcing",
    "MIT Sloan Management Review 35(4)",
    1994,
    "https://sloanreview.mit.edu/article/strategic-outsourcing/",
    "primary",
    authors="Quinn, J. B. and Hilmer, F. G.",
)
PRAHALAD_HAMEL_1990 = s.source(
    "The core competence of the corporation",
    "Harvard Business Review 68(3)",
    1990,
    "https://hbr.org/1990/05/the-core-competence-of-the-corporation",
    "primary",
    authors="Prahalad, C. K. and Hamel, G.",
)
BAJARI_TADELIS_2001 = s.source(
    "Incentives versus transaction costs: a theory of procurement contracts",
    "RAND Journal of Economics 32(3), 387-407",
    2001,
    "https://doi.org/10.2307/2696361",
    "primary",
    authors="Bajari, P. and Tadelis, S.",
)
GOPAL_ET_AL_2003 = s.source(
    "Contracts in offshore software development: an empirical analysis",
    "Management Science 49(12), 1671-1683",
    2003,
    "https://doi.org/10.1287/mnsc.49.12.1671.25120",
    "primary",
    authors="Gopal, A., Sivaramakrishnan, K., Krishnan, M. S. and Mukhopadhyay, T.",
)
GOPAL_SIVARAMAKRISHNAN_2008 = s.source(
    "On vendor preferences for contract types in offshore software projects: the case of fixed price vs. time and materials contracts",
    "Information Systems Research 19(2), 202-220",
    2008,
    "https://www.jstor.org/stable/23015433",
    "primary",
    authors="Gopal, A. and Sivaramakrishnan, K.",
)

# ---------------------------------------------------------------- secondary
SCL_SERVICE_CREDITS_2016 = s.source(
    "The law relating to service credits",
    "Society for Computers and Law",
    2016,
    "https://www.scl.org/articles/3631-the-law-relating-to-service-credits",
    "secondary",
)
MORGAN_LEWIS_SERVICE_LEVELS_2021 = s.source(
    "Service level methodology basics: 10 key components",
    "Morgan Lewis (law firm)",
    2021,
    "https://www.morganlewis.com/blogs/sourcingatmorganlewis/2021/11/service-level-methodology-basics-10-key-components",
    "secondary",
)
CUSTOMER_SCIENCE_FTE_PRICING = s.source(
    "Call centre pricing models: FTE versus transactional",
    "Customer Science (consultancy)",
    s.CONSULTED,
    "https://customerscience.com.au/customer-experience-2/service-outsourcing/call-centre-pricing-models-fte-transactional/",
    "secondary",
)
GO_LAB_OUTCOME_CONTRACTING = s.source(
    "An introduction to outcome based contracting",
    "Government Outcomes Lab, Blavatnik School of Government, University of Oxford",
    s.CONSULTED,
    "https://golab.bsg.ox.ac.uk/knowledge/basics/introduction-outcome-based-contracting/",
    "secondary",
)
MALLESONS_SERVICE_CREDITS = s.source(
    "Should service credits be the sole remedy for a service level breach?",
    "King & Wood Mallesons (law firm)",
    s.CONSULTED,
    "https://www.mallesons.com/content/mallesons/au/en/insights/latest-thinking/should-service-credits-be-the-sole-remedy-for-a-service-level-breach0",
    "secondary",
)
ITIL_OLA_ADVISERA = s.source(
    "SLAs, OLAs and UCs in ITIL and ISO 20000",
    "Advisera (20000Academy)",
    s.CONSULTED,
    "https://advisera.com/20000academy/knowledgebase/slas-olas-ucs-itil-iso-20000/",
    "secondary",
)

# ---------------------------------------------------------------- citations used by more than one term
DORA_EXIT = s.cite(
    s.DORA,
    locator="Article 28(8); Article 30(3)(f)",
    passage=(
        "For ICT services supporting critical or important functions, financial entities "
        "shall put in place exit strategies. [...] Exit plans shall be comprehensive, "
        "documented and [...] shall be sufficiently tested and reviewed periodically."
    ),
    verified_in=CHECKED,
)
DORA_DUE_DILIGENCE = s.cite(
    s.DORA,
    locator="Article 28(4)",
    passage=(
        "Before entering into a contractual arrangement on the use of ICT services, "
        "financial entities shall: [...] (d) undertake all due diligence on prospective "
        "ICT third-party service providers and ensure throughout the selection and "
        "assessment processes that the ICT third-party service provider is suitable"
    ),
    verified_in=CHECKED,
)
DORA_SUBCONTRACTING = s.cite(
    s.DORA,
    locator="Article 29(2); Article 30(2)(a)",
    passage=(
        "indicating whether subcontracting of an ICT service supporting a critical or "
        "important function, or material parts thereof, is permitted and, when that is "
        "the case, the conditions applying to such subcontracting"
    ),
    verified_in=CHECKED,
)
PLAYBOOK_MAKE_OR_BUY = s.cite(
    UK_SOURCING_PLAYBOOK,
    locator="Key policies: Delivery Model Assessments (also known as 'Make versus Buy assessments'); Should Cost Modelling",
    passage="Delivery Model Assessments (also known as 'Make versus Buy assessments')",
    verified_in=CHECKED,
)
PLAYBOOK_KPIS = s.cite(
    UK_SOURCING_PLAYBOOK,
    locator="Key policies: Key Performance Indicators (KPIs); chapter on KPIs and baselines",
)
PLAYBOOK_PRICING = s.cite(
    UK_SOURCING_PLAYBOOK,
    locator="Key policies: Risk Allocation; Pricing and payment mechanisms",
)
FAR_FFP = s.cite(
    FAR_FIRM_FIXED_PRICE,
    locator="16.202-1",
    passage=(
        "A firm-fixed-price contract provides for a price that is not subject to any "
        "adjustment on the basis of the contractor's cost experience in performing the "
        "contract. This contract type places upon the contractor maximum risk and full "
        "responsibility for all costs and resulting profit or loss."
    ),
    verified_in=CHECKED,
)
FAR_TM = s.cite(
    FAR_TIME_AND_MATERIALS,
    locator="16.601",
    passage=(
        "A time-and-materials contract may be used only when it is not possible at the "
        "time of placing the contract to estimate accurately the extent or duration of "
        "the work or to anticipate costs with any reasonable degree of confidence."
    ),
    verified_in=CHECKED,
)
GOPAL_2003_CONTRACT_CHOICE = s.cite(
    GOPAL_ET_AL_2003,
    locator="Abstract",
    passage=(
        "requirement uncertainty, project team size, and resource shortage significantly "
        "explain contract choice in these projects"
    ),
    verified_in=CHECKED,
)
BAJARI_TADELIS_COMPLEXITY = s.cite(
    BAJARI_TADELIS_2001,
    locator="Abstract",
    passage="We show that cost-plus contracts are preferred to fixed-price contracts when a project is more complex.",
    verified_in=CHECKED,
)


def _values(**values):
    """The eleven comparison dimensions, named with underscores for readability."""
    return {key.replace("_", "-"): value for key, value in values.items()}


TERMS = [
    {
        "slug": "make-or-buy-decision",
        "name": "Make-or-buy decision",
        "aliases": [
            "make or buy",
            "make-or-buy",
            "make versus buy",
            "make vs buy",
            "build or buy",
            "delivery model assessment",
        ],
        "misspellings": ["make or by", "make-or-buy descision"],
        "category": "ownership",
        "definition": "The choice between doing an activity with the organisation's own people and assets and buying it from an outside provider, or combining the two.",
        "takeaways": [
            "Make-or-buy is the question behind every outsourcing, insourcing and backsourcing decision.",
            "Compare whole-life costs, control, capability and risk, not today's price against today's salaries.",
            "The answer is often a mix, and it should be revisited as the market and your needs change.",
        ],
        "explanation": """The make-or-buy decision asks whether an activity should be **done by the organisation itself** ([[in-house]]) or **bought from a provider** ([[outsourcing]]), or split between the two ([[co-sourcing]]). Manufacturers have asked it about components for a century; service organisations now ask it about payroll, IT, customer service and analytics.

Quinn and Hilmer argued that firms should concentrate their own resources on a few [[core-competence|core competencies]] and strategically outsource activities for which they have neither a critical strategic need nor special capabilities, weighing the relative costs and risks of making or buying. Research on the hidden costs of outsourcing adds that buying carries costs of its own: finding and contracting with a provider, handing the work over, managing the provider and, one day, switching or bringing the work back.

The UK government's Sourcing Playbook turns the question into a formal step for public services: a *delivery model assessment* (formerly called a make versus buy assessment), supported by should-cost modelling, gives an evidenced recommendation whether to deliver a service in-house, buy it from the market or combine the two.

A sound decision compares [[total-cost-of-ownership|total costs]] over several years (including the [[hidden-costs-of-outsourcing|hidden costs]] of buying), the capabilities you must keep, how measurable the work is, how many capable providers exist and how hard it would be to reverse the choice. It is not made once: many organisations later bring work back ([[backsourcing]]) or buy what they used to make.""",
        "example": "A hospital group weighing its sterilisation service compares three options over ten years: rebuilding its own unit, buying from a regional provider, or keeping instrument tracking in-house and buying the processing; including transport, contract management and the cost of switching later, the split option wins narrowly.",
        "fits_when": """- You are deciding how a new activity should be delivered, or reviewing an existing one.
- Capable providers exist for at least part of the work.
- You can estimate the costs and risks of both options over several years.""",
        "not_fits_when": """- Law or regulation leaves no choice (the activity must stay in-house, or must be bought).
- The activity is so central to your advantage that buying it is not a real option.""",
        "related": [
            "outsourcing",
            "in-house",
            "core-competence",
            "total-cost-of-ownership",
            "hidden-costs-of-outsourcing",
            "insourcing",
        ],
        "sources": [
            s.cite(
                QUINN_HILMER_1994,
                locator="Introduction",
                passage=(
                    "Strategically outsource other activities [...] for which the firm "
                    "has neither a critical strategic need nor special capabilities."
                ),
                verified_in=CHECKED,
            ),
            PLAYBOOK_MAKE_OR_BUY,
            s.cite(
                BARTHELEMY_2001,
                locator="Four hidden-cost categories: vendor search and contracting, transition, management, switching or reintegration",
            ),
            s.wikipedia("Make-or-buy_decision", "Make-or-buy decision"),
        ],
        "values": _values(
            basic_definition="The choice between doing an activity with your own people and assets and buying it from a provider, or mixing the two.",
            meaning="A structured comparison of making and buying on cost, control, capability, risk and reversibility, leading to a delivery model.",
            who_does_the_work="Not a sourcing model: it decides whether your own staff or a provider's do the work.",
            location="Independent of location; where the work is done is a separate decision.",
            drivers="New activities, contract renewals, cost pressure, capability gaps and changes in the supply market.",
            benefits="A deliberate, documented choice instead of a default, and a baseline for later reviews.",
            primary_goal="To put each activity with whoever can deliver it best overall.",
            risks="Comparing price with salaries only, ignoring transaction and exit costs, and treating the decision as permanent.",
            control="Decides how much direct control you keep.",
            cost_profile="Analysis effort; market testing can add weeks of internal and supplier time.",
            time_to_set_up="Weeks for a simple activity; months for a large service with market engagement.",
        ),
        "last_reviewed": REVIEWED,
    },
    {
        "slug": "core-competence",
        "name": "Core competence",
        "aliases": [
            "core competency",
            "core competencies",
            "core competences",
        ],
        "misspellings": ["core competance", "core compentence"],
        "category": "ownership",
        "definition": "A combination of skills and technologies that gives a firm a lasting advantage, is hard for competitors to imitate and opens access to several markets, and that it should therefore build itself rather than buy.",
        "takeaways": [
            "A core competence is a capability, not a product or a department.",
            "The usual test: it adds clearly to what customers value, is hard to imitate and can be used in many markets.",
            "Outsourcing decisions start by naming what is core and keeping it; everything else is a candidate to buy.",
        ],
        "explanation": """The term comes from Prahalad and Hamel's 1990 *Harvard Business Review* article, which described a diversified firm as a tree whose roots are its **core competencies**: the collective learning that lets it coordinate diverse production skills and integrate technologies. They proposed three tests: a core competence gives potential access to a wide variety of markets, makes a significant contribution to the benefits customers perceive in the end product, and is difficult for competitors to imitate.

Quinn and Hilmer turned the idea into a sourcing rule: concentrate the firm's own resources on a small set of core competencies where it can achieve pre-eminence, and strategically outsource other activities, including many once thought integral to the company. That logic underlies the [[make-or-buy-decision]] and much of the growth of [[outsourcing]].

Two cautions. First, "core" is often claimed for whatever a department already does; the tests above are demanding, and few activities pass them. Second, outsourcing something you later discover to be core is hard to undo: the skills leave with the people, and the provider may become a competitor. Activities close to the core, such as architecture and provider management, usually stay with the [[retained-organisation]] even when delivery is bought.""",
        "example": "A maker of hearing aids treats miniature acoustic design and fitting software as core competencies and keeps them in its own labs, while buying contract manufacturing of casings, IT infrastructure and payroll from providers.",
        "fits_when": """- You need to decide which activities to keep and which to consider buying.
- The organisation argues about what is "strategic" and needs a test.""",
        "not_fits_when": """- Used as a label to protect every existing team from scrutiny.
- The real question is cost or capacity for a clearly non-core activity (use make-or-buy and total cost instead).""",
        "related": [
            "make-or-buy-decision",
            "outsourcing",
            "in-house",
            "retained-organisation",
        ],
        "sources": [
            s.cite(PRAHALAD_HAMEL_1990),
            s.cite(
                QUINN_HILMER_1994,
                locator="Introduction",
                passage=(
                    "Concentrate the firm's own resources on a set of \u201ccore "
                    "competencies\u201d where it can achieve definable preeminence and "
                    "provide unique value for customers."
                ),
                verified_in=CHECKED,
            ),
            s.cite(s.FEENY_WILLCOCKS_1998),
        ],
        "values": _values(
            basic_definition="A hard-to-imitate combination of skills and technologies that gives lasting advantage across several markets.",
            meaning="The capabilities a firm deliberately builds and keeps in-house, using them to decide what else it can buy.",
            who_does_the_work="The firm's own people; that is the point of the concept.",
            location="Usually close to the firm's leadership and research; independent of any sourcing location.",
            drivers="Strategy reviews, outsourcing programmes and the need to decide what to protect.",
            benefits="Focus of investment, a defensible advantage and a principled basis for outsourcing the rest.",
            primary_goal="To keep and strengthen what makes the firm distinctive.",
            risks="Calling everything core, or outsourcing a capability that turns out to be core.",
            control="Full: core competencies are kept under direct control.",
            cost_profile="Sustained investment in people, research and tools.",
            time_to_set_up="Years to build; quickly lost when the people leave.",
        ),
        "last_reviewed": REVIEWED,
    },
    {
        "slug": "fixed-price-contract",
        "name": "Fixed-price contract",
        "aliases": [
            "fixed price",
            "fixed-price",
            "firm fixed price",
            "FFP",
            "lump-sum contract",
            "fixed-fee contract",
        ],
        "misspellings": ["fixed prize contract", "fixed-price contarct"],
        "category": "contracts-and-platforms",
        "definition": "A contract in which the provider agrees to deliver a defined scope for an agreed price that does not change with the effort it actually spends.",
        "takeaways": [
            "The provider carries the cost risk; the client carries the risk of a scope it did not define well.",
            "It works when requirements are clear and stable; every change becomes a priced change request.",
            "Providers price uncertainty in: a fixed price for vague work is rarely cheap.",
        ],
        "explanation": """In a fixed-price contract the provider commits to **deliver a defined result for a set price**, whatever the work really costs it. The US Federal Acquisition Regulation describes the firm-fixed-price form as one whose price is not adjusted for the contractor's cost experience, placing on the contractor maximum risk and full responsibility for costs and the resulting profit or loss.

That transfer of cost risk is the attraction: the budget is known, and the provider has every incentive to work efficiently. The price is that the scope must be specified in advance, usually in a [[statement-of-work]] with acceptance criteria, and anything outside it goes through change control. Economic research on procurement finds that fixed prices suit simple, well-specified work, while more complex projects favour contracts that pay for costs, because renegotiating a fixed price for every change is expensive. Empirical work on offshore software projects found that requirement uncertainty was among the factors that pushed clients and providers away from fixed prices towards [[time-and-materials]].

In practice, fixed prices are common for well-defined projects (a migration, a report, a build to specification) and for recurring services with stable volumes, where they may be set per month. The UK government's Sourcing Playbook lists pricing and payment mechanisms alongside risk allocation among its key policies: the price mechanism is one of the main ways a contract divides risk between buyer and provider.""",
        "example": "A retailer buys the migration of 40 product catalogues to a new e-commerce platform for a fixed €180,000, paid in three milestones against acceptance tests; when it later adds a marketplace integration, that is priced as a separate change request.",
        "fits_when": """- The scope, requirements and acceptance criteria can be written down in advance.
- Requirements are unlikely to change much during delivery.
- You want budget certainty and want the provider to carry the cost of its own inefficiency.""",
        "not_fits_when": """- Requirements are uncertain or will be discovered along the way.
- You expect many changes, each of which would have to be renegotiated.
- The provider would have to add a large risk premium to quote at all.""",
        "related": [
            "time-and-materials",
            "statement-of-work",
            "outcome-based-pricing",
            "fte-based-pricing",
            "ito",
        ],
        "sources": [
            FAR_FFP,
            BAJARI_TADELIS_COMPLEXITY,
            GOPAL_2003_CONTRACT_CHOICE,
            PLAYBOOK_PRICING,
        ],
        "values": _values(
            basic_definition="A contract to deliver a defined scope for a price that does not change with the effort spent.",
            meaning="The scope and acceptance criteria are fixed in advance; payment follows milestones or periods, and changes are priced separately.",
            who_does_the_work="The provider's staff, managed by the provider.",
            location="Independent of location.",
            drivers="Clear requirements, a need for budget certainty, and a wish to move cost risk to the provider.",
            benefits="Predictable cost, a provider incentive to be efficient, and less day-to-day supervision of effort.",
            primary_goal="To buy a defined result at a known price.",
            risks="Risk premiums in the price, disputes over scope, costly change requests, and cut corners when the provider is losing money.",
            control="Through the specification and acceptance, not over how the work is done.",
            cost_profile="One agreed price (often in milestones) plus priced changes.",
            time_to_set_up="Longer up front: weeks to specify the scope well enough to price.",
        ),
        "last_reviewed": REVIEWED,
    },
    {
        "slug": "time-and-materials",
        "name": "Time and materials (T&M)",
        "aliases": [
            "T&M",
            "time & materials",
            "time and materials",
            "time-and-materials",
            "time and materials contract",
            "T&M contract",
        ],
        "misspellings": ["time and materails", "time and meterials"],
        "category": "contracts-and-platforms",
        "definition": "A pricing model in which the client pays for the hours or days actually worked at agreed rates, plus materials and expenses at cost.",
        "takeaways": [
            "You pay for effort, not results, so the client carries the risk of the work taking longer.",
            "It suits work whose scope cannot be fixed in advance; it needs active oversight and a ceiling.",
            "Research on offshore software projects found providers earning more on T&M than on fixed-price work.",
        ],
        "explanation": """Under time and materials (T&M) the client **pays for the time actually spent** by the provider's people, at agreed hourly or daily rates for each role, plus materials and expenses at cost. The scope can change without renegotiating the contract, which is why T&M is common for discovery work, agile development, maintenance and support.

The US Federal Acquisition Regulation, which allows it for government buyers only when the extent or duration of the work cannot be estimated with confidence, also notes its weakness: it gives the contractor no positive profit incentive to control costs or use labour efficiently, so it requires appropriate government surveillance and a ceiling price the contractor exceeds at its own risk. Private buyers apply the same safeguards: a not-to-exceed budget, regular reporting of hours against progress, and the right to approve who works on the account.

Research on offshore software development found that requirement uncertainty and team size explained whether projects were contracted on T&M or on a [[fixed-price-contract|fixed price]], and that the provider's profits were higher on T&M contracts. The lesson for buyers is not to avoid T&M, but to manage it: the client directs the priorities, so the client also answers for the result.

T&M is close to [[out-staffing]] and to [[fte-based-pricing]]: all three buy people's time rather than an outcome.""",
        "example": "An insurer engages a provider's data engineers on T&M at €720 a day for a six-month discovery of its claims data, with a not-to-exceed budget of €400,000, a fortnightly review of hours against a backlog, and the right to swap roles as findings emerge.",
        "fits_when": """- The scope is uncertain, exploratory or expected to change often.
- You can direct the work and review progress frequently.
- You need to start quickly, before a full specification exists.""",
        "not_fits_when": """- The scope is clear and stable (a fixed price moves the cost risk to the provider).
- Nobody on your side has time to oversee the effort.
- The budget cannot tolerate overruns.""",
        "related": [
            "fixed-price-contract",
            "fte-based-pricing",
            "out-staffing",
            "statement-of-work",
            "dedicated-team",
        ],
        "sources": [
            FAR_TM,
            GOPAL_2003_CONTRACT_CHOICE,
            s.cite(
                GOPAL_SIVARAMAKRISHNAN_2008,
                locator="Abstract",
                passage=(
                    "Prior research has indicated that, on average, offshore vendors have "
                    "higher profits associated with time and materials (T&M) contracts "
                    "than fixed price (FP) contracts."
                ),
                verified_in=CHECKED,
            ),
            BAJARI_TADELIS_COMPLEXITY,
        ],
        "values": _values(
            basic_definition="Paying for hours or days actually worked at agreed rates, plus materials and expenses at cost.",
            meaning="The provider supplies people, records their time and bills it; the client sets priorities and reviews progress.",
            who_does_the_work="The provider's staff, usually directed day to day by the client.",
            location="Independent of location; rates differ by country and role.",
            drivers="Uncertain or changing scope, the need to start quickly, and work the client wants to steer.",
            benefits="Flexibility, a fast start, no renegotiation when the scope changes, and transparency about effort.",
            primary_goal="To buy flexible capacity when the result cannot be specified in advance.",
            risks="Overruns, no provider incentive to be efficient, and accountability for results staying with the client.",
            control="High over priorities and people; it comes with the duty to supervise.",
            cost_profile="Variable: rate times time, plus expenses; capped only if the contract sets a ceiling.",
            time_to_set_up="Days to weeks: agree rates, roles and reporting, then start.",
        ),
        "last_reviewed": REVIEWED,
    },
    {
        "slug": "fte-based-pricing",
        "name": "FTE-based pricing",
        "aliases": [
            "FTE pricing",
            "per-FTE pricing",
            "full-time equivalent pricing",
            "per-seat pricing",
            "FTE-based pricing model",
        ],
        "misspellings": ["FTE based priceing", "FTE-based prizing"],
        "category": "contracts-and-platforms",
        "definition": "A pricing model in which the client pays a fixed monthly or yearly rate for each full-time equivalent person the provider dedicates to its work, whatever volume those people handle.",
        "takeaways": [
            "You buy capacity (people), not output; the client carries the risk that volumes or productivity fall.",
            "It is simple to budget and common at the start of BPO and offshore deals.",
            "Plan from the start how to move to unit or outcome prices once volumes and baselines are known.",
        ],
        "explanation": """FTE-based pricing charges **a rate per full-time equivalent (FTE)**, usually per month, for each person the provider dedicates to the client: an agent in a contact centre, a processor in accounts payable, an engineer in a [[dedicated-team]]. Rates are normally "fully loaded", covering salary, management, premises, equipment and margin, and may differ by role, skill level and location.

It is widespread in [[bpo]] and offshore delivery because it is easy to understand and to start with when volumes, processes and productivity are not yet measured. Its weakness is incentives: the provider earns the same whether its people handle 80 or 120 cases a day, and earns more when headcount grows. The US Federal Acquisition Regulation makes the same point about buying labour by the hour: such contracts give the contractor no positive profit incentive to control costs or use labour efficiently. Productivity gains reach the client only if the contract makes them (for example through agreed annual reductions in FTEs or a move to transaction prices).

For that reason many deals use FTE pricing for the first phase and then, once a baseline exists, change to **unit prices** (per invoice, per call), [[outcome-based-pricing]] or a hybrid of a base fee and incentives. Like [[time-and-materials]], it buys effort; unlike T&M it usually bills a fixed team per period rather than recorded hours, and the provider manages the people.

Compare options on [[total-cost-of-ownership]], not on the FTE rate: a lower rate with lower productivity can cost more per transaction.""",
        "example": "A telecom company starts its outsourced billing-enquiry desk at 60 FTEs at €3,100 each a month; after a year of measured volumes, the contract switches to a price per resolved enquiry with a quality threshold, and the provider keeps part of the savings from automation.",
        "fits_when": """- Volumes and productivity are not yet known well enough to price per unit.
- The work is varied or judgement-heavy and hard to count.
- You want a stable team that builds knowledge of your business.""",
        "not_fits_when": """- Volumes are measurable and stable (unit prices pass productivity gains to you).
- You want the provider to carry the risk of volume or productivity.
- Nobody will track productivity per FTE.""",
        "related": [
            "time-and-materials",
            "outcome-based-pricing",
            "bpo",
            "dedicated-team",
            "fixed-price-contract",
        ],
        "sources": [
            FAR_TM,
            PLAYBOOK_PRICING,
            s.cite(
                CUSTOMER_SCIENCE_FTE_PRICING,
                passage="FTE (or “per seat”) pricing: you pay for dedicated labour capacity, typically per agent per month",
                verified_in=CHECKED,
            ),
        ],
        "values": _values(
            basic_definition="A fixed rate per full-time equivalent person the provider dedicates, whatever volume they handle.",
            meaning="The client pays for a team of agreed size and roles each month; the provider employs and manages the people.",
            who_does_the_work="The provider's staff, dedicated to the client.",
            location="Independent of location; rates reflect the delivery country.",
            drivers="Unmeasured volumes, varied work, the start of a BPO or offshore deal, and a wish for a stable team.",
            benefits="Simple budgeting, a quick start, team continuity and easy scaling by adding or removing FTEs.",
            primary_goal="To buy dependable capacity before output can be priced.",
            risks="No provider incentive to raise productivity, headcount creep, and savings that stay with the provider.",
            control="Moderate: over team size and roles; less over how productively time is used.",
            cost_profile="Fixed per FTE per period; total cost moves with headcount, not volume.",
            time_to_set_up="Weeks to agree roles, rates and ramp-up; hiring may take one to three months.",
        ),
        "last_reviewed": REVIEWED,
    },
    {
        "slug": "outcome-based-pricing",
        "name": "Outcome-based pricing",
        "aliases": [
            "outcome-based contracting",
            "outcome-based contract",
            "payment by results",
            "PbR",
            "results-based pricing",
        ],
        "misspellings": ["outcome based priceing", "outcome-based prising"],
        "category": "contracts-and-platforms",
        "definition": "A pricing model in which all or part of the provider's pay depends on achieving agreed business results rather than on the effort spent or the activities performed.",
        "takeaways": [
            "You pay for results (claims settled, uptime delivered, savings made), not for hours or headcount.",
            "It only works when outcomes are measurable, attributable to the provider and hard to game.",
            "Gain-sharing is one form; most real contracts combine a base fee with outcome-linked payments.",
        ],
        "explanation": """Outcome-based pricing pays the provider **for results**: a price per correctly processed claim, per resolved case, per kilometre flown by an engine it maintains, or a share of measured savings. Its promise is alignment: the provider profits by improving the process, not by adding hours or people. [[gain-sharing]] contracts, which split measured gains by an agreed formula, are one form; "payment by results" in the public sector is another.

The conditions are demanding. The outcome must be defined precisely, measured from data both sides trust, and largely within the provider's control; a baseline is needed to tell improvement from luck; and the provider must be able to bear the risk, which it will price. The UK government's Sourcing Playbook lists pricing and payment mechanisms alongside risk allocation among its key policies, and Oxford's Government Outcomes Lab notes that outcome-based contracts specify outcomes rather than activities and usually pay in arrears, once there is evidence the outcomes were achieved. Paying on outcomes a provider cannot control mostly buys a risk premium.

Most contracts therefore mix mechanisms: a base fee (often [[fte-based-pricing|per FTE]] or fixed) covering costs the provider cannot influence, plus payments or credits linked to outcomes and [[key-performance-indicator|KPIs]]. Where outcomes are uncertain at first, deals often start on effort-based pricing and move to outcome prices once a baseline exists.""",
        "example": "A health insurer pays its claims-processing provider a per-claim price only for claims processed correctly within five days, as sampled by the insurer's auditors, with a quarterly bonus if the rate of reopened claims falls below the agreed baseline.",
        "fits_when": """- The outcome can be measured objectively and attributed mainly to the provider.
- A baseline exists or can be established.
- The provider has the scale and freedom to change how the work is done.""",
        "not_fits_when": """- Results depend mostly on the client's own decisions, systems or market conditions.
- The outcome takes years to show, or cannot be measured cheaply.
- The provider is too small to carry the risk without an excessive premium.""",
        "related": [
            "gain-sharing",
            "fte-based-pricing",
            "fixed-price-contract",
            "key-performance-indicator",
            "service-level-agreement",
        ],
        "sources": [
            PLAYBOOK_PRICING,
            s.cite(
                GO_LAB_OUTCOME_CONTRACTING,
                locator="Chapter 1: What is outcome based contracting?",
                verified_in=CHECKED,
            ),
            s.cite(s.GAIN_SHARING_IT_CASE),
        ],
        "values": _values(
            basic_definition="Paying all or part of the provider's fee for agreed business results rather than effort.",
            meaning="Payment is tied to measured outcomes against a baseline, usually on top of a reduced base fee.",
            who_does_the_work="The provider's staff, with freedom over methods.",
            location="Independent of location.",
            drivers="A wish to align incentives, measurable outcomes, and providers willing to share risk.",
            benefits="Aligned incentives, provider-led improvement, and payment that follows value.",
            primary_goal="To pay for results instead of inputs.",
            risks="Disputed baselines and attribution, gaming of measures, risk premiums and complex audits.",
            control="Over outcomes and measurement; less over methods, which the provider must be free to change.",
            cost_profile="Variable with results, often on top of a base fee; measurement and audit add cost.",
            time_to_set_up="Months: defining outcomes, baselines and data takes longer than agreeing rates.",
        ),
        "last_reviewed": REVIEWED,
    },
    {
        "slug": "master-services-agreement",
        "name": "Master services agreement (MSA)",
        "aliases": [
            "MSA",
            "master services agreement",
            "master service agreement",
            "master agreement",
            "umbrella agreement",
        ],
        "misspellings": ["master servises agreement", "master services agreemnt"],
        "category": "contracts-and-platforms",
        "definition": "A framework contract that sets the general legal and commercial terms between a client and a provider once, so that individual pieces of work can later be ordered under it, usually through statements of work.",
        "takeaways": [
            "The MSA holds the terms that rarely change: liability, confidentiality, data protection, intellectual property, audit, termination.",
            "Each piece of work is then ordered in a short statement of work that refers back to it.",
            "Negotiate the MSA carefully once; it saves renegotiating the same clauses for every project.",
        ],
        "explanation": """A master services agreement (MSA) is the **umbrella contract** of a sourcing relationship. It sets the terms that apply to everything the provider does for the client: warranties, liability and indemnities, confidentiality, data protection, intellectual property, audit rights, insurance, dispute resolution, how work is ordered and changed, and how the relationship ends. The scope, deliverables, timetable and price of each piece of work are then agreed separately, in a [[statement-of-work]] (also called an order or work order) that refers to the MSA and adds only what is specific.

The structure has direct counterparts in public procurement. The EU procurement directive defines a *framework agreement* as one that establishes the terms governing contracts to be awarded during a given period, in particular with regard to price and, where appropriate, quantity; the US Federal Acquisition Regulation's *basic ordering agreement* likewise contains terms applying to future orders, a description of the services and methods for pricing and issuing orders, and is itself not a contract until orders are placed.

An MSA should also say which document wins when an SOW conflicts with it; usually the MSA does, except where the SOW expressly overrides a clause. Service levels are often attached as a schedule ([[service-level-agreement]]), and regulated buyers need specific clauses in it: under DORA, for example, contracts for ICT services supporting critical or important functions must include exit strategies with a mandatory transition period, and rules on [[subcontracting]].""",
        "example": "A bank signs a three-year MSA with a software provider covering confidentiality, data protection, audit rights, liability caps and exit assistance; over the following years it places eleven statements of work under it, from a two-week security review to a year-long platform build, each a few pages long.",
        "fits_when": """- You expect several engagements with the same provider over time.
- Legal and commercial terms are the same across those engagements.
- You want new work to start without a full contract negotiation each time.""",
        "not_fits_when": """- It is a single, one-off purchase (one contract is simpler).
- Each engagement needs very different legal terms.""",
        "related": [
            "statement-of-work",
            "service-level-agreement",
            "exit-plan",
            "subcontracting",
            "request-for-proposal",
        ],
        "sources": [
            s.cite(
                PUBLIC_PROCUREMENT_DIRECTIVE,
                locator="Article 33(1)",
                passage=(
                    "the purpose of which is to establish the terms governing contracts "
                    "to be awarded during a given period, in particular with regard to "
                    "price and, where appropriate, the quantity envisaged"
                ),
                verified_in=CHECKED,
            ),
            s.cite(
                FAR_BASIC_ORDERING_AGREEMENTS,
                locator="16.703(a)",
                passage=(
                    "A basic ordering agreement is a written instrument of understanding, "
                    "negotiated between an agency and a contractor, that contains terms "
                    "and clauses applying to future orders."
                ),
                verified_in=CHECKED,
            ),
            s.cite(
                s.DORA, locator="Article 30(2)(a) and 30(3)(f)", verified_in=CHECKED
            ),
        ],
        "values": _values(
            basic_definition="A framework contract that sets the general terms once so that work can be ordered under it later.",
            meaning="One negotiated set of legal and commercial terms, with each engagement ordered through a short statement of work.",
            who_does_the_work="Not a sourcing model: it governs whatever the provider delivers under it.",
            location="Independent of location; it names governing law and jurisdiction.",
            drivers="Repeated engagements with the same provider and a wish to avoid renegotiating standard terms.",
            benefits="Faster ordering, consistent protections, and negotiation effort spent once.",
            primary_goal="To settle the general terms of a relationship once.",
            risks="Terms that fit early work but not later, conflicts between MSA and SOWs, and weak exit and subcontracting clauses.",
            control="Sets the client's legal levers: audit, termination, data, exit.",
            cost_profile="Legal effort up front; lower cost per engagement afterwards.",
            time_to_set_up="Weeks to months to negotiate; later orders take days.",
        ),
        "last_reviewed": REVIEWED,
    },
    {
        "slug": "statement-of-work",
        "name": "Statement of work (SOW)",
        "aliases": [
            "SOW",
            "statement of work",
            "scope of work",
            "work statement",
        ],
        "misspellings": ["statment of work", "statement of wrok"],
        "category": "contracts-and-platforms",
        "definition": "The document that describes a specific piece of work a provider will perform: its scope, deliverables, timetable, acceptance criteria, responsibilities and price.",
        "takeaways": [
            "The SOW says what will be delivered; the master agreement says on which legal terms.",
            "Describe results and acceptance criteria, not only activities and hours.",
            "Vague scope is the main source of change requests and disputes.",
        ],
        "explanation": """A statement of work (SOW) **describes one piece of work**: what the provider will deliver, what is out of scope, milestones and dates, how each deliverable will be accepted, who does what on each side, assumptions and dependencies, and how it is priced ([[fixed-price-contract|fixed price]], [[time-and-materials]] or another model). PMI's project-management lexicon defines it as a narrative description of the products, services or results to be delivered.

SOWs usually sit under a [[master-services-agreement]], which carries the general legal terms, so that each new engagement needs only a few pages. Where there is no MSA, the SOW is attached to a full contract.

The quality of an SOW decides much of what follows. The US Federal Acquisition Regulation asks buyers of services to describe the work in terms of the required results rather than how it is to be done or the number of hours to be provided, with measurable performance standards. That advice applies to private buyers too: an SOW that lists activities ("provide support") invites disputes; one that states results and acceptance criteria ("incidents of priority 1 resolved within four hours, measured monthly") can be managed. For continuing services, performance targets often go in a [[service-level-agreement]] referenced by the SOW.

Writing the SOW is the client's job even when the provider drafts it: the client answers for what is missing.""",
        "example": "Under its MSA with a design agency, a carmaker issues an SOW for a new configurator: five named deliverables, each with acceptance tests, a twelve-week timetable, the client's duty to supply product data by week two, exclusions (no translation), and a fixed price paid on acceptance of each deliverable.",
        "fits_when": """- Any engagement with a provider, under an MSA or on its own.
- The result can be described, even if only for the next phase.""",
        "not_fits_when": """- The work is too uncertain to describe yet: use a short discovery SOW first, then a fuller one.
- Only a standard catalogue service is bought on fixed terms (an order form may be enough).""",
        "related": [
            "master-services-agreement",
            "fixed-price-contract",
            "time-and-materials",
            "service-level-agreement",
            "request-for-proposal",
        ],
        "sources": [
            s.cite(PMI_LEXICON, locator="Statement of work (SOW)"),
            s.cite(
                FAR_PERFORMANCE_WORK_STATEMENT,
                locator="37.602(b)",
                passage=(
                    "in terms of the required results rather than either 'how' the work "
                    "is to be accomplished or the number of hours"
                ),
                verified_in=CHECKED,
            ),
            s.wikipedia("Statement_of_work", "Statement of work"),
        ],
        "values": _values(
            basic_definition="The document describing one piece of work: scope, deliverables, timetable, acceptance and price.",
            meaning="A short, specific order, usually under a master agreement, that both sides manage the engagement against.",
            who_does_the_work="Not a sourcing model: it describes what the provider's staff will do.",
            location="Independent of location; it may name where the work is performed.",
            drivers="Any engagement with a provider.",
            benefits="Shared understanding of scope, a basis for acceptance and payment, and fewer disputes.",
            primary_goal="To define one piece of work precisely enough to deliver, accept and pay for it.",
            risks="Vague scope, missing exclusions and client responsibilities, and activity lists instead of results.",
            control="The client's main lever over what is delivered.",
            cost_profile="Drafting and review effort; saves change-request costs later.",
            time_to_set_up="Days to weeks, depending on size.",
        ),
        "last_reviewed": REVIEWED,
    },
    {
        "slug": "key-performance-indicator",
        "name": "Key performance indicator (KPI)",
        "aliases": [
            "KPI",
            "KPIs",
            "key performance indicator",
            "key performance indicators",
        ],
        "misspellings": ["key perfomance indicator", "key performance indicater"],
        "category": "governance",
        "definition": "A measure chosen to show whether a sourcing arrangement is achieving what matters to the business, reported regularly against a target or baseline.",
        "takeaways": [
            "Service levels are contractual commitments; KPIs are the wider set of measures you manage the relationship by.",
            "A few KPIs linked to business outcomes beat long lists of activity counts.",
            "Agree how each KPI is measured, from which data, and against which baseline, before signing.",
        ],
        "explanation": """A key performance indicator (KPI) is **a measure that shows whether an arrangement is doing what matters**: invoice accuracy, customer satisfaction, cost per transaction, time to fill a vacancy, defects found after release. In sourcing, KPIs are used to manage a provider, an internal [[shared-services-centre]] or the sourcing programme as a whole.

KPIs and [[service-level-agreement|service levels]] overlap but are not the same. A service level is a **contractual commitment** with a target and consequences, typically [[service-credits]]. A KPI may be one of those, or a measure that is tracked and discussed without a contractual remedy: trends, innovation, satisfaction, or business outcomes the provider influences but does not control. Many contracts distinguish "critical service levels" with credits from KPIs that inform governance meetings.

The UK government's Sourcing Playbook made KPIs one of its key policies for public-service contracts, alongside establishing baselines before going to market. The practical rules are the same everywhere: few measures, each clearly defined; measured from data both sides trust; linked to the outcome the business feels rather than only to activity; compared with a baseline; and reviewed as the business changes. Measures that are easy to hit but miss what users experience produce "watermelon" reporting, green outside and red inside.""",
        "example": "For its outsourced recruitment, a retailer tracks five KPIs at the monthly governance meeting: time to fill, offer acceptance rate, hiring-manager satisfaction, 90-day retention of hires and cost per hire; only time to fill is also a contractual service level with credits.",
        "fits_when": """- Any sourcing arrangement that you need to manage and improve over time.
- You want to discuss performance beyond what the contract penalises.""",
        "not_fits_when": """- The measures cannot be collected reliably or cheaply.
- There is no forum where anyone will act on them.""",
        "related": [
            "service-level-agreement",
            "operational-level-agreement",
            "service-credits",
            "outcome-based-pricing",
            "retained-organisation",
        ],
        "sources": [
            PLAYBOOK_KPIS,
            s.cite(s.GARTNER_SLA),
            s.wikipedia("Performance_indicator", "Performance indicator"),
        ],
        "values": _values(
            basic_definition="A measure showing whether an arrangement achieves what matters, reported against a target or baseline.",
            meaning="A short set of defined measures reviewed at governance meetings; some may also be contractual service levels.",
            who_does_the_work="Not a sourcing model: it measures whoever delivers the service.",
            location="Independent of location.",
            drivers="The need to manage providers and internal services by evidence.",
            benefits="Shared view of performance, early warning, and a basis for improvement and renewal decisions.",
            primary_goal="To show whether the arrangement delivers the intended results.",
            risks="Too many measures, activity counts instead of outcomes, gaming, and disputes over data.",
            control="Informs control; it does not create contractual remedies by itself.",
            cost_profile="Data collection, reporting and review time.",
            time_to_set_up="Weeks to define; a baseline period of a few months is often needed.",
        ),
        "last_reviewed": REVIEWED,
    },
    {
        "slug": "operational-level-agreement",
        "name": "Operational level agreement (OLA)",
        "aliases": [
            "OLA",
            "operational level agreement",
            "operational-level agreement",
        ],
        "misspellings": ["operational level agreemnt", "operatonal level agreement"],
        "category": "governance",
        "definition": "An agreement between teams inside the same organisation that sets what each must deliver to the others so that a service-level agreement with the customer can be met.",
        "takeaways": [
            "The SLA faces the customer; OLAs are the internal commitments behind it.",
            "An SLA is only as reliable as the weakest internal team or supplier it depends on.",
            "Agreements with external suppliers that support an SLA are contracts, often called underpinning contracts.",
        ],
        "explanation": """An operational level agreement (OLA) is an **internal agreement** between parts of the same organisation, for example between the service desk, the network team and the application support team, setting out what each delivers to the others: response and resolution times, hours of cover, hand-offs and escalation. Its purpose is to make the [[service-level-agreement]] given to the customer achievable, because that SLA depends on every team in the chain.

The term comes from IT service management practice (ITIL), which distinguishes the SLA with the customer, OLAs with internal teams, and *underpinning contracts* with external suppliers. The international service-management standard ISO/IEC 20000-1:2018 uses different wording: it treats agreements with internal suppliers as service-level agreements between the organisation and an internal supplier, but the idea is the same.

OLAs matter in sourcing in two places. When a provider runs a service, its own OLAs between internal teams, and its contracts with [[subcontracting|subcontractors]], determine whether it can meet the client's SLA; clients can ask to see how these back up the commitments. And when a client keeps part of a service in-house, its retained teams need OLAs with each other that match what the provider has promised, or service fails at the hand-offs.

An OLA is normally not a legal contract; it is a management tool, so it works only if someone reviews it and acts when it is missed.""",
        "example": "A company's IT department promises the business an SLA of four hours to restore email; behind it, an OLA commits the network team to diagnose connectivity faults within one hour of a hand-off from the service desk, and a contract with the mail provider promises restoration of its platform within two hours.",
        "fits_when": """- A customer-facing service depends on several internal teams.
- An internal part of a service works alongside an outsourced part.""",
        "not_fits_when": """- One team delivers the whole service end to end.
- The dependency is on an external supplier (that needs a contract, not an OLA).""",
        "related": [
            "service-level-agreement",
            "key-performance-indicator",
            "retained-organisation",
            "shared-services-centre",
            "subcontracting",
        ],
        "sources": [
            s.cite(
                s.ISO_IEC_20000_1,
                locator="3.2.20 service level agreement, Note 1 to entry",
                passage=(
                    "A service level agreement can also be established between the "
                    "organization and an external supplier, an internal supplier or a "
                    "customer acting as a supplier."
                ),
                verified_in=CHECKED,
            ),
            s.cite(ITIL_OLA_ADVISERA),
            s.wikipedia("Operational-level_agreement", "Operational-level agreement"),
        ],
        "values": _values(
            basic_definition="An internal agreement setting what each team delivers to the others so that a customer SLA can be met.",
            meaning="Response times, hours, hand-offs and escalation between internal teams, aligned with the customer SLA.",
            who_does_the_work="The organisation's own teams (the provider's, when it is the provider who runs the service).",
            location="Independent of location.",
            drivers="Services that cross several internal teams, and mixed in-house and outsourced delivery.",
            benefits="SLAs that are achievable, fewer failures at hand-offs, and clear internal responsibilities.",
            primary_goal="To back the customer SLA with matching internal commitments.",
            risks="OLAs that no one reviews, mismatches with the SLA, and treating an external supplier as if an OLA were enough.",
            control="Internal management control; not legally enforceable.",
            cost_profile="Management and reporting effort.",
            time_to_set_up="Weeks, alongside or after the SLA.",
        ),
        "last_reviewed": REVIEWED,
    },
    {
        "slug": "service-credits",
        "name": "Service credits",
        "aliases": [
            "service credit",
            "SLA credits",
            "service level credits",
        ],
        "misspellings": ["servise credits", "service credtis"],
        "category": "contracts-and-platforms",
        "definition": "Pre-agreed reductions in a provider's fees that apply automatically when it misses a service level, usually capped at a share of the monthly charges.",
        "takeaways": [
            "Credits are a price adjustment and an incentive, not compensation for the real damage of a failure.",
            "Watch for clauses that make credits the sole and exclusive remedy: they can become a very low liability cap.",
            "Pair credits with escalation and termination rights for persistent failure.",
        ],
        "explanation": """Service credits are **automatic fee reductions** triggered when a provider misses a target in the [[service-level-agreement]]: for example 2% of the monthly charge if availability falls below 99.5%, rising with the size of the miss, within an overall cap, often called the at-risk amount. They avoid having to prove loss for every failure, and they focus the provider's attention.

How credits are drafted matters. Commentary on English law from the Society for Computers and Law shows contracts taking different approaches: some describe credits as a **price adjustment** reflecting the reduced value of the service and keep the customer's right to claim damages; others present them as a genuine pre-estimate of loss, like liquidated damages; some are silent. A clause making credits the **sole and exclusive remedy** for service failures shuts off other remedies and in effect works as a limitation of liability, often a very low one, as law firms advising on outsourcing point out.

Good practice is to treat credits as one tool among several: credits for individual misses, an escalation and remediation plan for repeated ones, and a right to terminate for persistent or critical failure, with [[exit-plan|exit assistance]]. Regulation points the same way: for ICT services supporting critical or important functions, DORA requires service level descriptions with precise quantitative and qualitative performance targets, so that the client can monitor the service and take corrective action without undue delay when targets are missed; credits are one such action, but the regulation does not prescribe them. Their real value is the early warning and the governance they create; the money rarely matches the business impact of an outage, which is why [[key-performance-indicator|KPIs]] and governance meetings matter as much as the credit table.""",
        "example": "A cloud hosting contract gives a credit of 5% of the monthly fee for each 0.1 percentage point by which availability falls below 99.9%, capped at 25% of the month's fee; three months below target in any twelve give the client the right to terminate without a fee and to receive exit assistance.",
        "fits_when": """- Service levels are measured objectively and reported monthly.
- You want an automatic consequence for misses without arguing over losses.""",
        "not_fits_when": """- The credits would be the only remedy for failures whose real cost is far higher.
- The measurements behind them are disputed or under the provider's sole control.""",
        "related": [
            "service-level-agreement",
            "key-performance-indicator",
            "exit-plan",
            "master-services-agreement",
        ],
        "sources": [
            s.cite(
                SCL_SERVICE_CREDITS_2016,
                passage=(
                    "Service Credits are intended to operate as a price adjustment to "
                    "reflect the reduced value of the Services"
                ),
                verified_in=CHECKED,
            ),
            s.cite(MALLESONS_SERVICE_CREDITS),
            s.cite(MORGAN_LEWIS_SERVICE_LEVELS_2021),
            s.cite(s.DORA, locator="Article 30(3)(a)", verified_in=CHECKED),
        ],
        "values": _values(
            basic_definition="Pre-agreed fee reductions that apply automatically when a service level is missed, within a cap.",
            meaning="A table in the SLA linking each missed target to a credit on the next invoice.",
            who_does_the_work="Not a sourcing model: a remedy in any service contract.",
            location="Independent of location; their legal effect depends on the governing law.",
            drivers="Measured service levels and a wish for automatic, undisputed consequences.",
            benefits="Quick, predictable consequences, provider attention and less argument over losses.",
            primary_goal="To give service levels teeth without litigation.",
            risks="Mistaking credits for compensation, sole-remedy clauses, low caps and disputed measurements.",
            control="A lever for the client, effective only with reliable measurement.",
            cost_profile="Reduces fees when service fails; providers price the at-risk amount into their fees.",
            time_to_set_up="Agreed with the SLA; often after a baseline period.",
        ),
        "last_reviewed": REVIEWED,
    },
    {
        "slug": "exit-plan",
        "name": "Exit plan",
        "aliases": [
            "exit strategy",
            "exit plans",
            "exit planning",
            "exit management plan",
        ],
        "misspellings": ["exit paln", "exit stratergy"],
        "category": "governance",
        "definition": "A documented plan, agreed early in a sourcing contract, for ending it and moving the service, data and knowledge to another provider or back in-house without disrupting the business.",
        "takeaways": [
            "Plan the exit when you sign, while you still have bargaining power; not when the relationship has failed.",
            "In the EU, DORA requires financial entities to have exit strategies, and tested exit plans, for ICT services supporting critical or important functions.",
            "An exit plan needs contract support: transition assistance, data return, documentation and a transition period.",
        ],
        "explanation": """An exit plan sets out **how a sourcing arrangement will end** and the service will move on, whether the contract expires, is terminated for poor performance, or the provider fails. It covers the triggers, the alternatives (another provider or [[backsourcing|bringing the work back]]), the data, assets, licences and people involved, the knowledge to be handed over, the provider's duties to help, a timetable and the costs.

In EU financial services it is a legal requirement. DORA requires financial entities to put in place exit strategies for ICT services supporting critical or important functions, taking account of provider failure, deteriorating service and termination; they must be able to exit without disrupting their business, limiting regulatory compliance or harming service to clients; and exit plans must be comprehensive, documented, sufficiently tested and reviewed periodically, with alternative solutions and transition plans identified. Contracts for such services must provide for exit, including a mandatory adequate transition period during which the provider keeps delivering. Barthélemy's study of 50 IT outsourcing efforts found the cost of switching vendors or bringing the activity back in-house to be one of four hidden costs that companies overlook.

Outside regulation the logic is the same. The plan must be backed by the contract (exit assistance at agreed rates, return of data in usable formats, documentation duties, a [[transition-and-knowledge-transfer|transition]] period, and limits on [[vendor-lock-in|lock-in]]), kept up to date as the service changes, and tested at least on paper. An untested plan is an aspiration.""",
        "example": "When a fund administrator outsources its transfer-agency platform, the contract requires an exit plan within six months of signature, updated yearly: a twelve-month transition period, data extracts in an agreed format tested annually, named alternative providers, and exit assistance at pre-agreed day rates.",
        "fits_when": """- Any outsourcing of a service the business could not do without for long.
- Regulated activities, where an exit plan may be mandatory.
- Contracts with proprietary platforms or data held by the provider.""",
        "not_fits_when": """- Commodity services that could be replaced within days on standard terms (a short checklist is enough).""",
        "related": [
            "vendor-lock-in",
            "backsourcing",
            "transition-and-knowledge-transfer",
            "master-services-agreement",
            "third-and-fourth-party-risk",
        ],
        "sources": [
            DORA_EXIT,
            s.cite(
                BARTHELEMY_2001,
                locator="Switching vendors or reintegrating the activity (the fourth hidden cost)",
            ),
            s.cite(s.DATA_ACT, locator="Chapter VI"),
        ],
        "values": _values(
            basic_definition="A documented plan for ending a sourcing contract and moving the service on without disruption.",
            meaning="Triggers, alternatives, data, assets, people, provider duties, timetable and costs, kept current and tested.",
            who_does_the_work="Not a sourcing model: the client's retained team owns it; the provider must help.",
            location="Independent of location; data location and foreign law affect it.",
            drivers="Regulation (DORA for EU financial entities), critical services, and fear of lock-in.",
            benefits="A credible threat to leave, bargaining power, resilience if the provider fails, and faster switching.",
            primary_goal="To keep the ability to leave without harming the business.",
            risks="Plans written once and never updated or tested, and contracts that do not oblige the provider to help.",
            control="Preserves the client's real control over the relationship.",
            cost_profile="Planning and testing effort, and exit-assistance fees when used.",
            time_to_set_up="A first plan within months of signing; maintained for the life of the contract.",
        ),
        "last_reviewed": REVIEWED,
    },
    {
        "slug": "request-for-proposal",
        "name": "Request for proposal (RFP)",
        "aliases": [
            "RFP",
            "request for proposal",
            "request for proposals",
            "invitation to tender",
            "ITT",
        ],
        "misspellings": ["request for proposel", "requst for proposal"],
        "category": "governance",
        "definition": "A formal invitation to selected or interested providers to propose how they would meet a stated requirement and at what price, answered in a set format so that proposals can be compared against announced criteria.",
        "takeaways": [
            "An RFP states the requirement, the contract terms, what each proposal must contain and how proposals will be evaluated.",
            "It usually follows a request for information (RFI) and precedes due diligence, negotiation and contract.",
            "Evaluate on whole-life value against published criteria, not on the lowest day rate.",
        ],
        "explanation": """A request for proposal (RFP), in British public procurement often an **invitation to tender** (ITT), is the document a buyer sends to providers to obtain **comparable proposals** for a defined need. The US Federal Acquisition Regulation sets out the minimum for competitive government RFPs: a description of the requirement, the anticipated terms and conditions, the information each proposal must contain, and the factors and significant subfactors used for evaluation, with their relative importance. Private buyers use the same structure.

An RFP is one step in a selection process. It is often preceded by a **request for information** (RFI), which surveys the market and is for planning only, and followed by clarification, shortlisting, demonstrations or site visits, [[provider-due-diligence|due diligence]], negotiation and contract signature (often a [[master-services-agreement]] and a first [[statement-of-work]]).

A good RFP describes outcomes and constraints rather than prescribing solutions, gives the data providers need to price well (volumes, baselines, systems), asks for prices in a format that can be compared (rate cards, FTEs, unit prices), and states evaluation criteria and weights in advance. Scoring on [[total-cost-of-ownership]] and quality together avoids the bias towards low-cost bids that the UK government's Sourcing Playbook warns against. Public buyers in the EU must also follow the procedures of the procurement directives.""",
        "example": "A logistics company issues an RFP for its payroll for 9,000 staff in six countries to five shortlisted providers, with three years of volumes, current error rates, a draft contract and the scoring weights (40% service and transition approach, 35% five-year total cost, 25% references and financial strength), and gives them six weeks to answer.",
        "fits_when": """- The purchase is large or long enough to justify a competitive process.
- Several providers could meet the need and you want comparable offers.
- Public-procurement rules require competition.""",
        "not_fits_when": """- Only one provider can do the work (negotiate directly).
- The need is small or standard enough to buy from a catalogue or framework.
- You cannot yet describe the requirement (start with an RFI or discovery work).""",
        "related": [
            "provider-due-diligence",
            "statement-of-work",
            "master-services-agreement",
            "total-cost-of-ownership",
            "make-or-buy-decision",
        ],
        "sources": [
            s.cite(
                FAR_REQUESTS_FOR_PROPOSALS,
                locator="15.203(a)",
                passage=(
                    "Requests for proposals (RFPs) are used in negotiated acquisitions to "
                    "communicate Government requirements to prospective contractors and "
                    "to solicit proposals."
                ),
                verified_in=CHECKED,
            ),
            s.cite(
                UK_SOURCING_PLAYBOOK,
                locator="Preparing to go to market: designing evaluation criteria and avoiding a bias towards low cost bids",
            ),
            s.wikipedia("Request_for_proposal", "Request for proposal"),
        ],
        "values": _values(
            basic_definition="A formal invitation to providers to propose how and at what price they would meet a stated need.",
            meaning="A structured document and process yielding comparable proposals scored against announced criteria.",
            who_does_the_work="Not a sourcing model: a step in choosing whoever will do the work.",
            location="Independent of location; may set location requirements.",
            drivers="Large or long purchases, competitive markets and procurement rules.",
            benefits="Comparable offers, competition on price and quality, and a documented, defensible choice.",
            primary_goal="To select the best provider on announced criteria.",
            risks="Vague requirements, prescriptive specifications, scoring on price alone, and long timetables.",
            control="Gives the buyer control over terms and comparison before signing.",
            cost_profile="Internal effort, advisers' fees and providers' bid costs.",
            time_to_set_up="Typically two to six months from RFP to contract for a large service.",
        ),
        "last_reviewed": REVIEWED,
    },
    {
        "slug": "provider-due-diligence",
        "name": "Provider due diligence",
        "aliases": [
            "vendor due diligence",
            "supplier due diligence",
            "due diligence on a provider",
            "third-party due diligence",
        ],
        "misspellings": ["provider due dilligence", "vendor due dilligence"],
        "category": "governance",
        "definition": "The checks a client makes before contracting, and repeats during the contract, that a provider is capable, financially sound, secure, compliant and able to deliver what it promises.",
        "takeaways": [
            "Check capability, financial strength, security, compliance, resilience, subcontractors and references before you sign.",
            "Depth should match risk: a critical service deserves far more than a small purchase.",
            "For EU financial entities, DORA requires due diligence on prospective ICT providers before contracting.",
        ],
        "explanation": """Provider due diligence is the **investigation of a prospective provider** before a contract is signed: whether it can deliver (experience, references, capacity, key people), whether it will survive (financial statements, ownership, insurance), whether it is secure and compliant (certifications, audit reports, data-protection arrangements, sanctions and integrity checks), whether it is resilient (business continuity, concentration), and on whom it depends ([[subcontracting|subcontractors]] and their locations).

Regulators of financial services set explicit expectations. DORA requires financial entities, before entering an arrangement for ICT services, to assess the risks and to undertake all due diligence on prospective providers, ensuring throughout selection and assessment that the provider is suitable. The US banking agencies' interagency guidance describes due diligence and selection as one stage of a third-party relationship life cycle that also includes planning, contract negotiation, ongoing monitoring and termination, and asks banks to look at providers' use of subcontractors.

Due diligence is proportionate and continuous. A commodity purchase needs a short questionnaire; outsourcing a critical process needs site visits, reference calls, financial analysis and security assessments. And it does not stop at signature: financial health, security posture and subcontractors are re-checked during the contract as part of [[third-and-fourth-party-risk|third-party risk]] management. It also runs in the other direction: providers examine the client's processes and data before committing to a price, especially for a [[fixed-price-contract]].""",
        "example": "Before outsourcing its card-dispute handling, a bank shortlists two providers from an RFP and spends six weeks on due diligence: three years of audited accounts, ISO/IEC 27001 certificates and penetration-test summaries, a site visit to each delivery centre, calls with three clients, and a list of subcontractors with their locations; one provider is dropped because its call recording is run by an undisclosed subcontractor abroad.",
        "fits_when": """- Before any significant contract, and at renewal.
- Regulated activities, personal data or critical services are involved.""",
        "not_fits_when": """- Small, low-risk purchases from well-known providers on standard terms (a light check is enough).""",
        "related": [
            "request-for-proposal",
            "third-and-fourth-party-risk",
            "subcontracting",
            "exit-plan",
            "outsourcing",
        ],
        "sources": [
            DORA_DUE_DILIGENCE,
            s.cite(
                US_INTERAGENCY_THIRD_PARTY_GUIDANCE,
                locator="Third-party relationship life cycle: due diligence and third-party selection",
            ),
            s.cite(s.GDPR, locator="Article 28(1)"),
        ],
        "values": _values(
            basic_definition="Checks, before and during a contract, that a provider is capable, sound, secure and compliant.",
            meaning="Reviews of capability, finances, security, compliance, resilience and subcontractors, scaled to the risk.",
            who_does_the_work="Not a sourcing model: the client's procurement, risk, security and legal teams.",
            location="Independent of location; distant and foreign providers need more checks.",
            drivers="Significant contracts, regulation, personal data and critical services.",
            benefits="Fewer surprises, informed negotiation, and evidence for regulators and auditors.",
            primary_goal="To confirm a provider can be trusted with the work before committing.",
            risks="Box-ticking questionnaires, checks done once and never repeated, and blind spots on subcontractors.",
            control="Informs the contract terms and the monitoring that give the client control.",
            cost_profile="Internal effort and sometimes external assessors; small next to the cost of a failed provider.",
            time_to_set_up="Days for low-risk purchases; weeks to months for critical services.",
        ),
        "last_reviewed": REVIEWED,
    },
    {
        "slug": "hidden-costs-of-outsourcing",
        "name": "Hidden costs of outsourcing",
        "aliases": [
            "hidden costs",
            "hidden costs of offshoring",
            "hidden outsourcing costs",
        ],
        "misspellings": ["hidden cost of outsorcing", "hiden costs of outsourcing"],
        "category": "governance",
        "definition": "The costs of outsourcing or offshoring that the decision leaves out, such as selecting and contracting a provider, transition, managing the provider and eventually switching or bringing the work back.",
        "takeaways": [
            "Provider fees are only part of the cost; selection, transition, management and exit come on top.",
            "Research finds managers systematically underestimate these costs, more so as the work gets more complex.",
            "Experience and deliberate organisational design reduce the errors; so does a total-cost comparison.",
        ],
        "explanation": """Hidden costs are **the costs of implementing a sourcing decision that were not counted when it was made**. They explain many disappointing outsourcing and offshoring results.

Barthélemy's study of 50 IT outsourcing efforts found that companies were largely unaware of four kinds of hidden cost: **searching for and contracting with a vendor**; **transitioning** the activity to the vendor, which lasts until the vendor has fully taken over; **managing** the outsourcing effort, which he found companies tend to overlook and which experience reduces most; and **switching vendors or bringing the activity back** in-house. Spending more on vendor search, he found, reduced hidden costs later.

Larsen, Manning and Pedersen studied services offshoring with data from the Offshoring Research Network. They define hidden costs as implementation costs neglected in strategic decisions, and find that decision makers are more likely to make cost-estimation errors as offshoring becomes more complex: configuration complexity in captive offshoring and task complexity in offshore outsourcing. Experience and a strong orientation towards organisational design reduced those errors.

The practical response is a [[total-cost-of-ownership]] comparison that budgets explicitly for selection, [[transition-and-knowledge-transfer|transition]], the [[retained-organisation]], governance, travel, rework and the eventual [[exit-plan|exit]], and that is tested against the experience of organisations that have done it before.""",
        "example": "A software company expects 35% savings from moving testing offshore, but the first-year accounts show 12%: travel and parallel running during a transition that took five months instead of two, three extra in-house leads to manage the provider, and rework from misunderstood requirements were not in the business case.",
        "fits_when": """- Building or reviewing the business case for outsourcing or offshoring.
- The work is complex, knowledge-intensive or spread across several locations.
- The organisation has little sourcing experience.""",
        "not_fits_when": """- Buying a standard, well-understood service on standard terms, where the price is close to the full cost.""",
        "related": [
            "total-cost-of-ownership",
            "transition-and-knowledge-transfer",
            "retained-organisation",
            "make-or-buy-decision",
            "offshoring",
            "exit-plan",
        ],
        "sources": [
            s.cite(
                LARSEN_MANNING_PEDERSEN_2013,
                locator="Abstract; discussion",
                passage=(
                    "decision makers are more likely to make cost-estimation errors given "
                    "increasing configuration and task complexity in captive offshoring "
                    "and offshore outsourcing, respectively"
                ),
                verified_in=CHECKED,
            ),
            s.cite(
                BARTHELEMY_2001,
                locator="Survey of 50 IT outsourcing efforts; four hidden-cost categories",
                passage="In a survey of 50 companies, about 14% of outsourcing operations were deemed failures.",
                verified_in=CHECKED,
            ),
            s.cite(s.ELLRAM_TCO_1995),
        ],
        "values": _values(
            basic_definition="The costs of outsourcing or offshoring left out of the decision: selection, transition, management and exit.",
            meaning="Costs that appear after the decision as a gap between expected and actual savings.",
            who_does_the_work="Not a sourcing model: a risk in any decision to buy or relocate work.",
            location="Grows with distance and the number of locations.",
            drivers="Complexity, inexperience, optimistic business cases and comparisons on price alone.",
            benefits="None in themselves; recognising them early gives a realistic business case.",
            primary_goal="To be anticipated and budgeted for.",
            risks="Savings that never appear, transitions that overrun, and underfunded provider management.",
            control="Weak management of providers is both a hidden cost and a cause of others.",
            cost_profile="Often a large share of first-year cost; management costs recur for the life of the contract.",
            time_to_set_up="Arise from the first day of selection to the final exit.",
        ),
        "last_reviewed": REVIEWED,
    },
    {
        "slug": "subcontracting",
        "name": "Subcontracting",
        "aliases": [
            "sub-outsourcing",
            "sub-contracting",
            "provider subcontracting",
            "subcontractors",
        ],
        "misspellings": ["subcontracing", "subcontractng"],
        "category": "contracts-and-platforms",
        "definition": "A provider's use of other companies to perform part of the work it has contracted to deliver, while remaining responsible to the client for the result.",
        "takeaways": [
            "Your provider's subcontractors do your work, handle your data and can fail; you may not know who they are.",
            "Contracts should say what may be subcontracted, require notice or approval, and pass obligations down the chain.",
            "EU rules set explicit conditions for sub-processors of personal data and for subcontracting critical ICT services.",
        ],
        "explanation": """Subcontracting happens when **the provider hands part of the work to another company**: a BPO provider using a specialist for document scanning, an IT provider hosting on a public cloud, a contact centre adding overflow capacity from a partner. The provider remains responsible to the client, but the client's service, data and reputation now depend on parties it did not choose.

Law and regulation address this directly in the EU. Under the GDPR a processor may not engage another processor without the controller's prior written authorisation, and must impose the same data-protection obligations on it by contract, remaining fully liable for its performance. Under DORA, contracts for ICT services must indicate whether subcontracting of a service supporting a critical or important function is permitted and on what conditions, and financial entities must weigh the risks of potentially long or complex chains of subcontracting, particularly with subcontractors in third countries. Banking guidance on outsourcing calls the same practice *sub-outsourcing*.

Good contracts therefore list approved subcontractors, require notice of changes with a right to object (or to terminate), flow down security, confidentiality, audit and data-location obligations, and keep the provider liable for its subcontractors. Due diligence should ask who the material subcontractors are and where they operate. Risks from those further links in the chain are often called [[third-and-fourth-party-risk|fourth-party risk]].""",
        "example": "A payroll provider's contract allows it to use a named print-and-mail company for payslips and a named cloud host, requires 90 days' notice of any new subcontractor handling employee data with a right for the client to object, and makes the provider liable for both as for itself.",
        "fits_when": """- Your provider relies on others for hosting, specialist tasks or extra capacity.
- Personal data or critical services pass through more than one company.""",
        "not_fits_when": """- The provider does all the work itself with its own staff and infrastructure (confirm it in the contract).""",
        "related": [
            "third-and-fourth-party-risk",
            "provider-due-diligence",
            "master-services-agreement",
            "outsourcing",
            "multisourcing",
        ],
        "sources": [
            s.cite(s.GDPR, locator="Article 28(2) and 28(4)"),
            DORA_SUBCONTRACTING,
            s.cite(
                US_INTERAGENCY_THIRD_PARTY_GUIDANCE,
                locator="Due diligence and third-party selection: subcontractors",
            ),
        ],
        "values": _values(
            basic_definition="A provider's use of other companies to perform part of the contracted work, while staying responsible.",
            meaning="Part of the service is delivered by the provider's own suppliers, under conditions the client should control.",
            who_does_the_work="The provider's subcontractors' staff, for part of the work.",
            location="Often in other countries than the provider's own delivery centres.",
            drivers="Specialist skills, cloud hosting, extra capacity and cost.",
            benefits="Access to specialists and scale the provider lacks.",
            primary_goal="For the provider: to deliver what it cannot or will not do itself.",
            risks="Unknown parties handling data, weak links in the chain, foreign jurisdictions and diluted accountability.",
            control="Indirect: through approval rights, flow-down clauses and audit rights.",
            cost_profile="Usually hidden in the provider's price; oversight adds cost for the client.",
            time_to_set_up="Governed from contract signature; changes need notice periods.",
        ),
        "last_reviewed": REVIEWED,
    },
    {
        "slug": "third-and-fourth-party-risk",
        "name": "Third-party and fourth-party risk",
        "aliases": [
            "third-party risk",
            "fourth-party risk",
            "third-party risk management",
            "TPRM",
            "nth-party risk",
            "vendor risk management",
        ],
        "misspellings": ["third party and forth party risk", "fourth-party risc"],
        "category": "governance",
        "definition": "The risk that a provider (a third party) or one of the provider's own suppliers (a fourth party) disrupts, harms or exposes the client, which stays accountable for the outsourced activity.",
        "takeaways": [
            "Outsourcing moves work, not accountability: the client still answers for the outsourced activity.",
            "Risks run down the chain: your provider's cloud host, software suppliers and subcontractors are part of your risk.",
            "Manage it over the whole life cycle: plan, check, contract, monitor and be ready to exit.",
        ],
        "explanation": """Third-party risk is the risk that **a provider fails, is breached, breaks the law or lets quality slip**, harming the client. Fourth-party risk extends the idea one step further, to **the provider's own suppliers** (its cloud host, software vendors, [[subcontracting|subcontractors]]), with which the client usually has no contract; "nth-party" risk covers the rest of the chain. The terms are practitioners' shorthand: regulations speak instead of subcontracting chains.

Regulators are clear that accountability cannot be outsourced. DORA requires financial entities to manage ICT third-party risk as part of their ICT risk management and states that they remain fully responsible for their obligations when they use ICT third-party service providers; it also asks them to weigh long or complex chains of subcontracting and concentration risk. The US banking agencies' interagency guidance of 2023 describes third-party risk management as a life cycle of planning, [[provider-due-diligence|due diligence]] and selection, contract negotiation, ongoing monitoring and termination, scaled to the risk and criticality of each relationship, including attention to subcontractors.

For any organisation the practical elements are the same: an inventory of providers and what depends on them; tiering by criticality; due diligence before contracting; contract clauses on security, audit, subcontracting and [[exit-plan|exit]]; ongoing monitoring of performance, finances and security; and knowing which fourth parties many of your providers share, because one cloud outage or software compromise can hit them all at once.""",
        "example": "A retailer maps its 300 suppliers and finds that its payment provider, its e-commerce platform and its customer-service software all run on the same cloud region; it asks two of them for failover plans in another region, adds the cloud provider to its list of critical fourth parties, and tests a payment outage scenario.",
        "fits_when": """- The organisation depends on providers for important services or handles data through them.
- Regulators or customers expect evidence of supplier oversight.
- Several providers may share the same underlying suppliers.""",
        "not_fits_when": """- Only trivial, easily replaced purchases are involved (a light-touch process suffices).""",
        "related": [
            "subcontracting",
            "provider-due-diligence",
            "exit-plan",
            "vendor-lock-in",
            "outsourcing",
            "multisourcing",
        ],
        "sources": [
            s.cite(s.DORA, locator="Articles 28 and 29", verified_in=CHECKED),
            s.cite(
                US_INTERAGENCY_THIRD_PARTY_GUIDANCE,
                locator="Third-party relationship life cycle",
            ),
            s.cite(s.GDPR, locator="Article 28"),
        ],
        "values": _values(
            basic_definition="The risk that a provider, or one of its own suppliers, disrupts, harms or exposes the client.",
            meaning="Identifying, assessing, contracting for and monitoring the risks of providers and their supply chains over the whole relationship.",
            who_does_the_work="Not a sourcing model: a risk in every arrangement with providers.",
            location="Grows with distance, foreign jurisdictions and long supply chains.",
            drivers="Growing dependence on providers and cloud services, regulation, and high-profile supplier incidents.",
            benefits="Fewer surprises, resilience, regulatory compliance and informed choices of providers.",
            primary_goal="To keep control of risks that sit outside the organisation.",
            risks="Unknown fourth parties, concentration on a few shared suppliers, and monitoring that stops at signature.",
            control="Exercised through contracts, audits, monitoring and exit options, never by delegation alone.",
            cost_profile="Ongoing programme costs: people, tools, assessments and audits.",
            time_to_set_up="Months to build a programme; continuous thereafter.",
        ),
        "last_reviewed": REVIEWED,
    },
]
