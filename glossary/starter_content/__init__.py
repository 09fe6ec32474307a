"""Starter content for the Sourcing Guide glossary and comparisons.

This is a plain Python module (no Django imports) holding the initial categories,
comparison dimensions, terms and curated comparisons, all written in our own words.

It is loaded by ``manage.py load_starter_content``. Loading is meant to be safe to
repeat: it only creates entries that do not exist yet and never overwrites changes
that editors have made in the admin. Once an entry exists in the database, the
database copy is the one that counts; edit it in the admin, not here.

Spelling is British throughout (centre, organisation); American spellings are
given as aliases where readers are likely to search for them.
"""

LAST_REVIEWED = "2026-11-29"

CATEGORIES = [
    {
        "slug": "ownership",
        "name": "Who does the work",
        "description": "Terms about whether a process is run by your own employees, by a third party, or by a mix of the two.",
    },
    {
        "slug": "location",
        "name": "Where the work is done",
        "description": "Terms about the country the work is performed in: at home, nearby, far away, in an allied country, or back home again.",
    },
    {
        "slug": "engagement-models",
        "name": "Engagement models",
        "description": "Common ways of packaging a sourcing arrangement, from process outsourcing to staffing and build-and-transfer deals.",
    },
    {
        "slug": "contracts-and-platforms",
        "name": "Contracts and platforms",
        "description": "How the commercial relationship is priced and organised, including outcome-linked contracts and online work platforms.",
    },
]

DIMENSIONS = [
    {
        "slug": "basic-definition",
        "name": "Basic definition",
        "help_text": "A short, neutral statement of what the term means.",
        "order": 10,
    },
    {
        "slug": "meaning",
        "name": "What it means in practice",
        "help_text": "What the arrangement looks like day to day for the organisation that uses it.",
        "order": 20,
    },
    {
        "slug": "who-does-the-work",
        "name": "Who does the work",
        "help_text": "Whose employees actually perform the work: your own, a provider's, or a mix.",
        "order": 30,
    },
    {
        "slug": "location",
        "name": "Location",
        "help_text": "Where the work is physically performed relative to the organisation's home country.",
        "order": 40,
    },
    {
        "slug": "drivers",
        "name": "Typical drivers",
        "help_text": "The usual reasons and preconditions that lead organisations to choose this option.",
        "order": 50,
    },
    {
        "slug": "benefits",
        "name": "Benefits",
        "help_text": "The advantages organisations usually hope to gain when the arrangement is well run.",
        "order": 60,
    },
    {
        "slug": "primary-goal",
        "name": "Primary goal",
        "help_text": "The main objective the option is usually chosen to achieve.",
        "order": 70,
    },
    {
        "slug": "risks",
        "name": "Risks",
        "help_text": "The things that commonly go wrong or need active management.",
        "order": 80,
    },
    {
        "slug": "control",
        "name": "Control",
        "help_text": "How much day-to-day control over the work the client organisation keeps.",
        "order": 90,
    },
    {
        "slug": "cost-profile",
        "name": "Cost profile",
        "help_text": "How costs typically arise: up-front investment, fixed or variable running costs, fees and hidden costs.",
        "order": 100,
    },
    {
        "slug": "time-to-set-up",
        "name": "Time to set up",
        "help_text": "Roughly how long it usually takes before the arrangement is running; an indication, not a promise.",
        "order": 110,
    },
]

TERMS = [
    # ------------------------------------------------------------------ ownership
    {
        "slug": "outsourcing",
        "name": "Outsourcing",
        "aliases": [
            "contracting out",
            "outsource",
            "out-sourcing",
            "external sourcing",
            "third-party sourcing",
        ],
        "category": "ownership",
        "definition": "Having a process or service performed by an external provider under contract, instead of by the organisation's own employees.",
        "explanation": """Outsourcing is an **ownership** decision: a third party takes over a process and delivers it under a contract, using its own people, tools and methods. It says nothing about geography. The provider may sit in the same city (domestic outsourcing, or onshoring), in a neighbouring country (nearshore outsourcing) or on another continent (offshore outsourcing).

What is handed over is normally a defined service with agreed outcomes, not a group of individuals to supervise. That is the main difference from out-staffing, where you rent people and keep directing them yourself.

Common reasons include:

- access to skills or technology the organisation lacks;
- turning fixed costs into fees that move with volume;
- letting managers concentrate on the activities that set the business apart;
- scaling capacity up or down faster than hiring allows.

Savings are often part of the case, but they are not automatic: the provider adds a margin, the transition costs money, and someone has to manage the contract. Outsourcing also does **not** transfer accountability. Customers and, in regulated sectors, supervisors still hold the client responsible for the result, so a small retained team is needed to specify the service, monitor it and, if necessary, replace the supplier.

Nor is outsourcing only for peripheral work. Firms also outsource important but non-differentiating activities, such as IT infrastructure or payroll, while keeping enough know-how in-house to judge the provider's performance.""",
        "related": [
            "offshoring",
            "insourcing",
            "out-staffing",
            "in-house",
            "bpo",
            "multisourcing",
        ],
        "sources": [
            ("Outsourcing (Wikipedia)", "https://en.wikipedia.org/wiki/Outsourcing"),
            (
                "Outsourcing (Investopedia)",
                "https://www.investopedia.com/terms/o/outsourcing.asp",
            ),
            (
                "Make-or-buy decision (Wikipedia)",
                "https://en.wikipedia.org/wiki/Make-or-buy_decision",
            ),
        ],
        "values": {
            "basic-definition": "A third-party provider performs a process or service under contract instead of the organisation's own staff.",
            "meaning": "You specify the results and service levels, the provider decides how to organise its people and tools, and a small retained team manages the contract.",
            "who-does-the-work": "The provider's employees, or its subcontractors.",
            "location": "Anywhere: at home (onshore), in a nearby country (nearshore) or in a distant one (offshore). Outsourcing itself says nothing about location.",
            "drivers": "Missing skills or technology, pressure to reduce costs or make them variable, a wish to focus management on core activities, and the need to scale quickly.",
            "benefits": "Access to specialists and their tools, costs that flex with volume, often lower unit costs, and management time freed for core work.",
            "primary-goal": "To buy a defined service from a specialist so the organisation can concentrate on what differentiates it.",
            "risks": "Service below expectations, hidden costs and change fees, loss of internal know-how, lock-in and data-protection issues. Accountability to customers and regulators stays with the client.",
            "control": "Indirect: you steer through the contract, service levels, reports and governance meetings, not by directing the provider's staff.",
            "cost-profile": "Transition and contracting costs up front, then fees (per unit, per full-time equivalent or fixed) that include the provider's margin, plus the cost of managing the provider.",
            "time-to-set-up": "Typically several months for provider selection, contracting and transition; complex scopes can take longer.",
        },
    },
    {
        "slug": "insourcing",
        "name": "Insourcing",
        "aliases": [
            "in-sourcing",
            "backsourcing",
            "back-sourcing",
            "bringing work in-house",
        ],
        "category": "ownership",
        "definition": "Having work done by the organisation's own employees instead of an outside provider, most often by bringing previously outsourced work back in-house.",
        "explanation": """Insourcing is the decision to have work done by **the organisation's own employees instead of an outside provider**. Most often it describes taking back a process that had been outsourced, sometimes called backsourcing, for example when a contract ends or service quality disappoints.

It is an ownership decision and is independent of location. Insourced work may be done at headquarters, at another domestic site or in the firm's own captive centre abroad. This is why insourcing and reshoring are different things: one changes *who* does the work, the other changes *where*.

Typical triggers:

- the activity has become strategically important or a source of differentiation;
- the provider's cost or quality no longer compares well with what an internal team could achieve;
- tighter control is needed over data, intellectual property or regulatory compliance;
- the organisation has built enough scale and management capacity to run the work itself.

Bringing work back is a project in its own right. The firm has to recruit or take over staff (in some jurisdictions, employees move with the work by law), rebuild tools and documentation, and manage an orderly exit from the contract. The contract's terms on notice periods, return of data and knowledge transfer then matter a great deal, which is a good reason to negotiate them carefully when outsourcing in the first place.

Economists sometimes use the word in a different sense, for jobs created in a country when foreign companies invest there. That is not the meaning used in this guide.""",
        "related": ["outsourcing", "in-house", "reshoring", "captive-centre"],
        "sources": [
            ("Insourcing (Wikipedia)", "https://en.wikipedia.org/wiki/Insourcing"),
            (
                "Make-or-buy decision (Wikipedia)",
                "https://en.wikipedia.org/wiki/Make-or-buy_decision",
            ),
        ],
        "values": {
            "basic-definition": "Having work done by the organisation's own employees instead of an outside provider, often by taking back work that had been outsourced.",
            "meaning": "A provider contract is ended or not renewed, and an internal team, newly hired or transferred, takes over the process.",
            "who-does-the-work": "The organisation's own employees.",
            "location": "Independent of location: headquarters, another domestic site or the firm's own captive centre abroad.",
            "drivers": "Disappointing provider quality or cost, the activity becoming strategic, a need for tighter control of data or intellectual property, and enough scale to run it.",
            "benefits": "Direct control, retained know-how, closer alignment with business priorities and no provider margin.",
            "primary-goal": "To regain control of, and capability in, work that matters to the business.",
            "risks": "Difficulty recruiting, disruption during the transition, exit disputes with the provider, loss of the provider's economies of scale, and higher fixed costs.",
            "control": "Full, once the transition is complete.",
            "cost-profile": "One-off costs for recruitment, tools, knowledge transfer and contract exit, then salaries and overheads as fixed costs instead of fees.",
            "time-to-set-up": "Usually several months, bounded by the notice period in the existing contract and the time needed to hire and train.",
        },
    },
    {
        "slug": "in-house",
        "name": "In-house",
        "aliases": [
            "in house",
            "inhouse",
            "internal delivery",
            "own staff",
            "make (make-or-buy)",
        ],
        "category": "ownership",
        "definition": "Work that the organisation performs itself, with its own employees, assets and management, rather than buying it from a provider.",
        "explanation": """In-house describes work that the organisation performs **itself, with its own employees, assets and management**, rather than buying it from a provider. It is the starting point of most sourcing decisions and the "make" side of the classic make-or-buy choice.

In the sourcing grid, in-house is an ownership position. Usually it means the work is done in the home country, but a captive centre abroad is in-house too: the staff are the firm's own, only the location differs.

Keeping work in-house tends to make sense when:

- the activity is core to how the firm competes, or embeds valuable know-how;
- the work is sensitive, heavily regulated or hard to describe precisely in a contract;
- requirements change often and need close collaboration with other teams;
- the organisation has the scale to run the activity efficiently.

The advantages are direct control, knowledge that stays in the organisation, and quick alignment with changing priorities. The drawbacks are mostly on the cost and capability side: costs are largely fixed and do not shrink when demand falls, specialists can be hard to recruit and keep, and an internal team may fall behind providers who invest across many clients. Without outside benchmarks it can also be hard to tell whether an internal function is efficient.

In-house and insourcing are close but not identical: insourcing is the *act* of bringing work inside, while in-house describes the *state* of already doing it yourself.""",
        "related": ["outsourcing", "insourcing", "captive-centre", "out-staffing"],
        "sources": [
            (
                "Make-or-buy decision (Wikipedia)",
                "https://en.wikipedia.org/wiki/Make-or-buy_decision",
            ),
            ("Insourcing (Wikipedia)", "https://en.wikipedia.org/wiki/Insourcing"),
        ],
        "values": {
            "basic-definition": "Work performed by the organisation itself, with its own employees, assets and management.",
            "meaning": "The 'make' side of make-or-buy: the firm hires, trains and manages the people and owns the tools and processes.",
            "who-does-the-work": "The organisation's own employees.",
            "location": "Usually the home country; a captive centre abroad is also in-house, just in a different location.",
            "drivers": "Core or differentiating work, sensitive data or intellectual property, requirements that are hard to specify or change fast, and enough scale to run the work efficiently.",
            "benefits": "Maximum control, retained knowledge, quick changes of priority and close collaboration with other teams.",
            "primary-goal": "To keep capabilities that matter fully under the organisation's own control.",
            "risks": "Fixed costs that do not shrink with demand, difficulty hiring specialists, no external benchmark, and slower access to new technology.",
            "control": "Full: the organisation's managers direct the work day to day.",
            "cost-profile": "Mostly fixed: salaries, benefits, premises, tools and training. No provider margin, but little flexibility when volumes change.",
            "time-to-set-up": "Already in place if the work is done today; building a new team typically takes months of recruiting.",
        },
    },
    {
        "slug": "captive-centre",
        "name": "Captive centre",
        "aliases": [
            "global capability centre",
            "global capability center",
            "GCC",
            "captive offshore centre",
            "captive center",
            "captive offshoring",
            "global in-house centre",
            "captive unit",
        ],
        "category": "ownership",
        "definition": "A unit owned by the company, usually in another country, whose own employees perform work for the parent organisation.",
        "explanation": """A captive centre is a **unit owned by the company itself, usually abroad, that performs work for the parent**, typically set up as a subsidiary or branch. The people are the firm's own employees. That makes it the one form of offshoring in which the offshored work is done by the company's own staff. Captive centres are also called global capability centres (GCCs) or global in-house centres; "captive center" is the American spelling.

In the sourcing grid, a captive centre combines in-house ownership with an offshore or nearshore location. Early captive centres often handled back-office work to cut costs; many now also host engineering, analytics, IT and other specialist teams.

Firms choose the captive route when they want the cost or talent advantages of another country but also want:

- full control of people, processes and quality;
- protection for intellectual property and sensitive data;
- a long-term capability that builds company-specific knowledge.

The trade-off is commitment. The firm must set up a legal entity, find premises, recruit local leaders and staff, comply with local employment and tax rules (including transfer pricing between parent and subsidiary), and carry fixed costs whether or not demand holds up. Staff turnover in busy talent markets and the management attention required from headquarters are common difficulties, and a captive usually needs a certain scale to pay off.

Firms that want a captive without all of the set-up risk sometimes use build-operate-transfer, where a provider builds and runs the centre before handing it over. The reverse also happens: some captives are later sold to providers, which turns them into outsourcing.""",
        "related": [
            "build-operate-transfer",
            "offshoring",
            "outsourcing",
            "in-house",
            "nearshoring",
        ],
        "sources": [
            ("Offshoring (Wikipedia)", "https://en.wikipedia.org/wiki/Offshoring"),
            (
                "Ilan Oshri, Offshoring Strategies: Evolving Captive Center Models (MIT Press, on JSTOR)",
                "https://www.jstor.org/stable/j.ctt5vjqmv",
            ),
        ],
        "values": {
            "basic-definition": "A unit owned by the company, usually in another country, whose own employees perform work for the parent organisation.",
            "meaning": "The firm opens its own subsidiary or branch abroad and runs it as part of the organisation, with no provider in between.",
            "who-does-the-work": "The firm's own employees. This is the only form of offshoring in which the work is done by the company's own staff.",
            "location": "Abroad: offshore or nearshore.",
            "drivers": "A long-term need at scale, sensitive data or intellectual property, a wish for full control, and access to talent and lower costs abroad.",
            "benefits": "Full control, protection of intellectual property, no provider margin, and a lasting capability that builds company-specific knowledge.",
            "primary-goal": "To capture the cost and talent advantages of another country while keeping the work in-house.",
            "risks": "Large up-front investment, local legal, tax and employment complexity, staff turnover, fixed costs if demand falls, and heavy demands on management attention.",
            "control": "High: the firm owns the entity and directs the staff, although distance still calls for strong local leadership.",
            "cost-profile": "Significant set-up costs (entity, premises, hiring, systems), then mostly fixed running costs; it usually pays off only at sufficient scale.",
            "time-to-set-up": "Often a year or more before the centre runs at full capacity.",
        },
    },
    # ------------------------------------------------------------------ location
    {
        "slug": "offshoring",
        "name": "Offshoring",
        "aliases": [
            "off-shoring",
            "offshore",
            "offshore sourcing",
            "offshore delivery",
        ],
        "category": "location",
        "definition": "Moving work to, or setting it up in, a country other than the organisation's home country, usually a distant one, whether done by its own staff or by a provider.",
        "explanation": """Offshoring is a **location** decision: work is moved to, or set up in, a country other than the one where the organisation is based, usually a distant one. It answers *where* the work is done, not *who* does it, so it comes in two distinct forms:

- **Captive offshoring**: the firm opens its own unit abroad (a captive centre) and the work is done by its own employees there.
- **Offshore outsourcing**: the work goes to a third-party provider abroad and is done by the provider's staff.

Only in the captive form is offshored work carried out by the firm's own employees, a point that many articles on the subject get wrong.

Offshoring also rarely means relocating the whole company. Much more often a firm moves selected processes or functions, such as software development, a contact centre, accounting or one production step, and keeps its headquarters and other functions at home.

Typical motives are lower labour costs, access to large talent pools, service across time zones and, sometimes, a presence near new markets. The trade-offs include communication across distance and time zones, cultural and language differences, currency and political risk, travel, and extra compliance work. Data-protection rules, for example, can restrict transfers of personal data abroad, and moving work to another country does not release a company from its obligations at home.

When distance proves too costly, firms may move work to a closer country (nearshoring) or bring it back home (reshoring).""",
        "related": [
            "outsourcing",
            "nearshoring",
            "reshoring",
            "captive-centre",
            "onshoring",
            "friendshoring",
        ],
        "sources": [
            ("Offshoring (Wikipedia)", "https://en.wikipedia.org/wiki/Offshoring"),
            (
                "Offshoring (Investopedia)",
                "https://www.investopedia.com/terms/o/offshoring.asp",
            ),
        ],
        "values": {
            "basic-definition": "Moving work to, or setting it up in, a country other than the organisation's home country, usually a distant one.",
            "meaning": "Selected processes, not normally the whole business, are performed abroad, either in the firm's own captive centre or by an offshore provider.",
            "who-does-the-work": "Either the firm's own employees (only in a captive centre) or a provider's staff (offshore outsourcing).",
            "location": "Abroad, typically in a distant country and often in a different time zone.",
            "drivers": "Lower labour costs, large talent pools, round-the-clock service across time zones, and sometimes a presence close to new markets.",
            "benefits": "Often substantial labour-cost savings, access to skills at scale, and longer service hours through follow-the-sun working.",
            "primary-goal": "To use the cost and talent advantages of another country.",
            "risks": "Communication gaps, time-zone and cultural friction, currency and political risk, cross-border data-transfer rules, quality problems and hidden coordination costs.",
            "control": "High in a captive centre; contractual and indirect with an offshore provider. Distance makes day-to-day oversight harder in both cases.",
            "cost-profile": "Lower wage costs, offset by travel, communication, management overhead and transition costs; a captive needs up-front investment, a provider charges fees.",
            "time-to-set-up": "Months with an established provider; often a year or more to open and staff a captive centre.",
        },
    },
    {
        "slug": "onshoring",
        "name": "Onshoring",
        "aliases": [
            "domestic outsourcing",
            "onshore outsourcing",
            "on-shoring",
            "domestic sourcing",
        ],
        "category": "location",
        "definition": "Sourcing a process from a third-party provider located in the organisation's own country; also called domestic outsourcing.",
        "explanation": """In this guide, onshoring means **sourcing a process from a provider located in your own country**: the home-country cell of the sourcing grid, also called domestic outsourcing. The ownership choice is outsourcing; the location choice is home.

Organisations choose it when they want a specialist to take over a process but need the provider close at hand: the same language, legal system, business culture and working hours, easy site visits, and no cross-border transfer of data. It is common for work involving sensitive personal data, regulated activities, services that must be delivered on site, and tasks that need frequent face-to-face contact.

The price is usually higher labour costs than nearshore or offshore options, so the business case tends to rest on quality, speed, risk and control rather than on wage differences. Some firms narrow the gap by using providers in lower-cost regions of their own country.

**A note on usage:** the word is used loosely. Some writers use "onshoring" for bringing previously offshored work back home. This guide calls that *reshoring*, because moving work back is a change of location over time, whereas onshoring describes where a provider sits today. Check which sense a report or vendor uses before comparing its figures or claims with others.""",
        "related": [
            "offshoring",
            "nearshoring",
            "outsourcing",
            "reshoring",
            "in-house",
        ],
        "sources": [
            ("Outsourcing (Wikipedia)", "https://en.wikipedia.org/wiki/Outsourcing"),
            (
                "Outsourcing (Investopedia)",
                "https://www.investopedia.com/terms/o/outsourcing.asp",
            ),
        ],
        "values": {
            "basic-definition": "Sourcing a process from a third-party provider located in the organisation's own country; also called domestic outsourcing.",
            "meaning": "You outsource but keep the work in the same country, legal system and language, accepting higher rates in exchange for closeness.",
            "who-does-the-work": "A domestic provider's employees.",
            "location": "The home country, sometimes in a lower-cost region of it.",
            "drivers": "Need for a specialist with local presence, sensitive or regulated data, language and cultural fit, and requirements to keep data in the country.",
            "benefits": "Easy communication and visits, the same working hours and laws, fewer data-transfer issues, and often faster response.",
            "primary-goal": "To gain a specialist provider's capabilities without the complications of working across borders.",
            "risks": "Higher rates than nearshore or offshore options, limited choice of providers in niche areas, and the usual outsourcing risks of lock-in and lost know-how.",
            "control": "Contractual, as with any outsourcing, but easier to exercise because the provider is close and under the same jurisdiction.",
            "cost-profile": "Domestic wage levels plus the provider's margin, with few travel or cross-border costs; any savings come from the provider's scale and expertise.",
            "time-to-set-up": "Usually the quickest form of outsourcing to start: weeks to a few months, depending on scope.",
        },
    },
    {
        "slug": "nearshoring",
        "name": "Nearshoring",
        "aliases": ["near-shoring", "nearshore", "nearshore outsourcing", "near-shore"],
        "category": "location",
        "definition": "Placing work in a nearby country, usually in the same or a similar time zone, either with a provider there or in the firm's own centre.",
        "explanation": """Nearshoring places work in a **nearby country**, typically one in the same or a neighbouring time zone and within a short flight. Frequently cited examples are US companies working with Mexico, Canada or Central America, and Western European companies working with Central and Eastern Europe or North Africa.

Like offshoring, nearshoring is a location choice and can take either ownership form: a provider in the nearby country (nearshore outsourcing) or the firm's own unit there (a nearshore captive centre).

Why firms choose it:

- a large overlap in working hours, which helps when teams must collaborate every day;
- often closer language, culture and legal frameworks, sometimes within the same trade bloc or single market;
- shorter supply chains and delivery times for physical goods;
- easier travel for oversight and relationship building.

Labour costs are usually lower than at home but often higher than in distant low-cost locations, so nearshoring tends to be chosen when collaboration, speed or resilience matter more than the lowest hourly rate. Talent pools in nearby countries can be smaller, and rising wages in popular nearshore hubs can narrow the cost gap over time.

Nearshoring is often part of a broader move away from long and fragile supply chains, alongside reshoring and friendshoring.""",
        "related": [
            "offshoring",
            "onshoring",
            "friendshoring",
            "reshoring",
            "captive-centre",
        ],
        "sources": [
            ("Nearshoring (Wikipedia)", "https://en.wikipedia.org/wiki/Nearshoring"),
            ("Offshoring (Wikipedia)", "https://en.wikipedia.org/wiki/Offshoring"),
        ],
        "values": {
            "basic-definition": "Placing work in a nearby country, usually in the same or a similar time zone, either with a provider or in the firm's own centre.",
            "meaning": "A middle path between home and distant locations: some cost savings, with easier travel, overlapping hours and often a closer culture.",
            "who-does-the-work": "A nearshore provider's staff, or the firm's own employees in a nearshore captive centre.",
            "location": "A neighbouring or nearby country, typically within a few hours' travel and a small time difference.",
            "drivers": "Need for real-time collaboration, shorter supply chains, regional trade agreements, and a wish to reduce geopolitical or logistics risk.",
            "benefits": "Overlapping working hours, easier oversight and travel, often closer language and legal frameworks, and faster delivery of physical goods.",
            "primary-goal": "To balance cost savings with ease of collaboration and supply-chain resilience.",
            "risks": "Smaller talent pools, wage inflation in popular hubs, fewer providers to choose from, and the usual cross-border legal and currency issues.",
            "control": "Moderate to high: proximity makes visits and shared working hours easy, whether the work is outsourced or done in a captive centre.",
            "cost-profile": "Typically cheaper than home but dearer than distant low-cost countries, with lower travel and coordination costs than offshoring.",
            "time-to-set-up": "Months with a provider; longer for a nearshore captive centre or production site.",
        },
    },
    {
        "slug": "reshoring",
        "name": "Reshoring",
        "aliases": ["resoring", "backshoring", "re-shoring", "back-shoring", "reshore"],
        "category": "location",
        "definition": "Bringing work that had been moved abroad back to the organisation's home country, whether to its own staff or to a domestic provider.",
        "explanation": """Reshoring means **moving work back to the home country** after it had been moved abroad: the reversal, in whole or in part, of an earlier offshoring decision. "Resoring" is a common misspelling. Backshoring means the same thing, and some writers say onshoring; this guide keeps onshoring for sourcing from a provider in the home country.

Reshoring is a location decision. The returning work can be done by the firm's own staff or by a domestic provider, so reshoring is **not** the same as insourcing: a company can reshore a process by handing it to a local outsourcing firm.

Reasons firms give include:

- narrowing wage gaps as pay rises in offshore locations;
- quality problems, long lead times or the cost of stock in transit;
- supply-chain disruptions and a wish for resilience;
- automation that reduces the weight of labour costs;
- protection of intellectual property;
- government incentives, tariffs or customers' preference for domestic production.

Decisions are best made on **total cost**, not wage rates alone: freight, inventory, coordination, quality failures and risk all count. Reshoring has its own costs too: rebuilding know-how and supplier networks at home, recruiting in tight labour markets and, in manufacturing, new facilities and equipment. Partial reshoring, where some work returns while the rest stays abroad or moves nearshore, is common.""",
        "related": [
            "offshoring",
            "insourcing",
            "onshoring",
            "nearshoring",
            "friendshoring",
        ],
        "sources": [
            ("Reshoring (Wikipedia)", "https://en.wikipedia.org/wiki/Reshoring"),
            (
                "Reshoring (Investopedia)",
                "https://www.investopedia.com/terms/r/reshoring.asp",
            ),
        ],
        "values": {
            "basic-definition": "Bringing work that had been moved abroad back to the organisation's home country.",
            "meaning": "An earlier offshoring decision is reversed, fully or partly; the returning work can go to the firm's own staff or to a domestic provider.",
            "who-does-the-work": "Either the firm's own employees at home or a domestic provider; reshoring changes the location, not the ownership.",
            "location": "The home country, after a period abroad.",
            "drivers": "Rising offshore wages, quality and lead-time problems, supply-chain disruption, automation, intellectual-property concerns, tariffs and government incentives.",
            "benefits": "Shorter supply chains, easier quality control, faster response to customers, better protection of intellectual property and, sometimes, reputational gains.",
            "primary-goal": "To improve resilience, quality and responsiveness where offshoring no longer pays off on total cost.",
            "risks": "Higher labour costs, scarce local skills, loss of know-how during the move, investment in facilities, and disruption while work is transferred.",
            "control": "Usually higher than before because the work is closer: direct if done in-house, contractual if given to a domestic provider.",
            "cost-profile": "One-off relocation and investment costs and higher wages, offset by lower freight, inventory, coordination and quality costs; judge it on total cost.",
            "time-to-set-up": "Months for services; often a year or more for manufacturing that needs facilities, equipment and local suppliers.",
        },
    },
    {
        "slug": "friendshoring",
        "name": "Friendshoring",
        "aliases": ["ally-shoring", "friend-shoring", "allyshoring"],
        "category": "location",
        "definition": "Shifting sourcing and supply chains towards countries that are political allies or share similar values and rules, to reduce geopolitical risk.",
        "explanation": """Friendshoring, also written friend-shoring and sometimes called ally-shoring, means **moving supply chains and sourcing towards countries that are political allies or share similar values and rules**, to reduce exposure to geopolitical conflict, sanctions or economic coercion. The term came into wide use in 2022, when senior US officials, including Treasury Secretary Janet Yellen, promoted the idea after the pandemic and Russia's invasion of Ukraine had exposed fragile supply chains.

It is a location criterion, not an ownership model: work can be friendshored to a provider or to the firm's own plant or centre. It often overlaps with nearshoring, because neighbours are frequently allies, but the test is political alignment rather than distance.

Drivers include:

- export controls, sanctions and tariffs that make some countries risky suppliers;
- national-security concerns over critical goods such as semiconductors, batteries, medicines and critical minerals;
- government incentives for sourcing from partner countries;
- pressure from customers and investors for resilient, transparent supply chains.

The trade-offs are cost and scope. Allied countries may not be the cheapest or have the capacity needed, and who counts as "friendly" is a judgement that can change with elections and diplomacy. Economists have warned that widespread friendshoring could fragment world trade and raise prices. For most firms it is one factor in choosing a location, weighed alongside cost, skills, infrastructure and time to set up.""",
        "related": ["nearshoring", "reshoring", "offshoring"],
        "sources": [
            (
                "Friendshoring (Wikipedia)",
                "https://en.wikipedia.org/wiki/Friendshoring",
            ),
        ],
        "values": {
            "basic-definition": "Shifting sourcing and supply chains towards politically allied or like-minded countries.",
            "meaning": "Location choices give weight to geopolitical alignment, not just cost, to reduce exposure to sanctions, conflict or coercion.",
            "who-does-the-work": "A provider or the firm's own operation in an allied country; the term is about location, not ownership.",
            "location": "Countries regarded as allies or trusted partners, whether near or far.",
            "drivers": "Geopolitical tension, sanctions and export controls, national-security rules for critical goods, and government incentives.",
            "benefits": "Lower geopolitical risk, easier compliance with trade restrictions, and more predictable legal environments.",
            "primary-goal": "To make supply chains more secure against geopolitical shocks.",
            "risks": "Higher costs, limited capacity in partner countries, shifting political alignments, and fragmentation of trade.",
            "control": "Depends on the ownership model chosen; friendshoring changes political exposure rather than day-to-day control.",
            "cost-profile": "Often higher than the cheapest global source: a premium paid for resilience, sometimes offset by government subsidies.",
            "time-to-set-up": "Usually slow: moving supply chains or production can take years.",
        },
    },
    # ------------------------------------------------------------------ engagement models
    {
        "slug": "bpo",
        "name": "Business process outsourcing (BPO)",
        "aliases": ["BPO", "business process outsourcing", "process outsourcing"],
        "category": "engagement-models",
        "definition": "Outsourcing a complete, repeatable business process, such as payroll, accounting or customer service, to a provider that runs it to agreed service levels.",
        "explanation": """Business process outsourcing hands a **complete, repeatable business process** to a provider that runs it to agreed service levels. It is usually divided into:

- **back-office processes**: finance and accounting, payroll, human-resources administration, procurement, claims and document processing;
- **front-office processes**: customer service, technical support, sales and collections, often delivered through contact centres.

BPO suits work that is rule-based, high in volume and easy to measure. Providers typically standardise the process, spread technology and management costs over many clients and, increasingly, automate routine steps.

BPO is an ownership and engagement choice, not a location. A provider can deliver from the client's own country, a nearby one or a distant one, and large providers often run networks that combine all three.

Contracts commonly price per transaction, per full-time equivalent or per outcome, backed by service-level agreements with credits or penalties. A sound BPO contract also covers data protection, business continuity, audit rights and help with exit.

Risks include a weaker customer experience when front-office work is handled by people far removed from the business, the loss of internal process knowledge, and lock-in once systems and data sit with the provider. BPO usually works best when the client documents its processes first and keeps a capable team to manage the provider.

When the outsourced work depends on expert judgement rather than rules, it is usually called knowledge process outsourcing (KPO).""",
        "related": ["kpo", "ito", "outsourcing", "gain-sharing"],
        "sources": [
            (
                "Business process outsourcing (Wikipedia)",
                "https://en.wikipedia.org/wiki/Business_process_outsourcing",
            ),
            (
                "Business Process Outsourcing (Investopedia)",
                "https://www.investopedia.com/terms/b/business-process-outsourcing.asp",
            ),
        ],
        "values": {
            "basic-definition": "Outsourcing a complete, repeatable business process, such as payroll, accounting or customer service, to a provider that runs it to agreed service levels.",
            "meaning": "The provider takes over the people, steps and often the systems of a process and reports against measurable targets.",
            "who-does-the-work": "The provider's staff, increasingly supported by automation.",
            "location": "Onshore, nearshore or offshore; large providers often combine several locations.",
            "drivers": "High-volume, rule-based work, pressure on operating costs, and a need for scalability or service hours beyond the client's own.",
            "benefits": "Standardised processes, economies of scale, flexible capacity, extended service hours and often lower unit costs.",
            "primary-goal": "To run routine processes more efficiently and at lower cost.",
            "risks": "Weaker customer experience, loss of process knowledge, data-protection exposure, rigid contracts and lock-in once systems sit with the provider.",
            "control": "Contractual: through service levels, reporting and audits rather than direct supervision.",
            "cost-profile": "Transition costs, then fees per transaction, per full-time equivalent or per outcome; savings typically come from scale, location and automation.",
            "time-to-set-up": "Typically a few months, including process documentation, knowledge transfer and a period of parallel running.",
        },
    },
    {
        "slug": "kpo",
        "name": "Knowledge process outsourcing (KPO)",
        "aliases": ["KPO", "knowledge process outsourcing", "knowledge outsourcing"],
        "category": "engagement-models",
        "definition": "Outsourcing work that relies on specialist knowledge and judgement, such as research, analytics, legal review or engineering design.",
        "explanation": """Knowledge process outsourcing covers work that depends on **specialist knowledge and judgement** rather than fixed rules. Typical examples are market and investment research, data analytics, financial modelling, legal research and document review, patent work, engineering design, and clinical or scientific analysis.

KPO is often described as the higher-value end of business process outsourcing. The practical differences lie in what is being bought:

- the provider's staff are usually graduates or qualified professionals with domain expertise;
- quality is judged by experts and is harder to measure than transaction volumes;
- the provider often needs deep context about the client's business, products or cases;
- confidentiality and intellectual property matter more, because the work feeds decisions.

Firms use KPO to reach scarce expertise, add analytical capacity without permanent hires, or get work done overnight by teams in other time zones. Savings are possible but usually narrower than for routine BPO, because qualified people are expensive everywhere.

The main risks are uneven quality, dependence on a few key individuals at the provider, leaks of sensitive information, and regulatory limits: some professional work, legal advice for example, may have to be supervised or signed off by qualified people in the client's own jurisdiction. Building the relationship also takes longer than for BPO, so pilots with clear review steps are common before the scope is widened.""",
        "related": ["bpo", "ito", "outsourcing"],
        "sources": [
            (
                "Knowledge process outsourcing (Wikipedia)",
                "https://en.wikipedia.org/wiki/Knowledge_process_outsourcing",
            ),
            (
                "Business process outsourcing (Wikipedia)",
                "https://en.wikipedia.org/wiki/Business_process_outsourcing",
            ),
        ],
        "values": {
            "basic-definition": "Outsourcing work that relies on specialist knowledge and judgement, such as research, analytics, legal or engineering work.",
            "meaning": "The client buys expert capacity and analysis rather than the processing of transactions, and reviews the outputs closely.",
            "who-does-the-work": "The provider's qualified professionals and domain specialists.",
            "location": "Onshore, nearshore or offshore, wherever suitable expertise is available.",
            "drivers": "Scarce expertise, a need for extra analytical capacity, research workloads that fluctuate, and a wish for fast turnaround across time zones.",
            "benefits": "Access to specialist talent, flexible capacity, faster turnaround and sometimes lower cost than hiring equivalent experts at home.",
            "primary-goal": "To gain access to expertise and analytical capacity.",
            "risks": "Uneven quality, leaks of confidential information, dependence on key individuals, regulatory limits on professional work, and a long learning curve.",
            "control": "Contractual, with close review of outputs; clients often keep expert reviewers in-house.",
            "cost-profile": "Higher rates than routine BPO, usually priced per hour, per full-time equivalent or per project, with narrower savings.",
            "time-to-set-up": "Often longer than BPO because of the domain training needed; pilots lasting a few months are common.",
        },
    },
    {
        "slug": "ito",
        "name": "IT outsourcing (ITO)",
        "aliases": [
            "ITO",
            "IT outsourcing",
            "information technology outsourcing",
            "managed IT services",
        ],
        "category": "engagement-models",
        "definition": "Outsourcing information-technology services, such as software development, infrastructure operations or the service desk, to an external provider.",
        "explanation": """IT outsourcing hands **information-technology services** to an external provider. Typical scopes include:

- application development and maintenance;
- infrastructure and data-centre operations, networks and end-user devices;
- service desk and technical support;
- security operations and managed cloud services.

Engagements range from a single project delivered for a fixed price to multi-year managed-service contracts in which the provider runs an environment to agreed service levels. Large organisations often split IT among several providers and coordinate them through a service-integration function, an approach called multisourcing.

Reasons firms give include access to skills that are hard to hire, the ability to scale teams up for projects, round-the-clock operations, and turning capital spending on hardware into predictable service fees.

ITO is independent of location. Because much IT work can be done remotely, it has been among the most widely offshored and nearshored services, but many providers also deliver onshore and on site.

The risks are familiar but serious: vague requirements that lead to disputes and change requests, dependence on the provider's knowledge of your systems, security and data-protection exposure, and lock-in to a provider's tools or platforms. Many firms therefore keep architecture, security policy and vendor management in-house, so that they can direct providers and switch them when needed.

When a firm only needs extra developers who work inside its own team, the arrangement is usually out-staffing rather than ITO.""",
        "related": ["bpo", "kpo", "out-staffing", "multisourcing", "outsourcing"],
        "sources": [
            ("Outsourcing (Wikipedia)", "https://en.wikipedia.org/wiki/Outsourcing"),
            (
                "Managed services (Wikipedia)",
                "https://en.wikipedia.org/wiki/Managed_services",
            ),
        ],
        "values": {
            "basic-definition": "Outsourcing IT services, such as application development, infrastructure, support or security operations, to an external provider.",
            "meaning": "The provider builds, runs or supports systems under a project contract or a managed-service agreement with service levels.",
            "who-does-the-work": "The provider's IT staff.",
            "location": "Onshore, nearshore or offshore; much IT work can be done remotely.",
            "drivers": "Skills that are hard to hire, projects needing extra capacity, round-the-clock operations, and a wish to swap capital spending for service fees.",
            "benefits": "Access to skills and tools, scalable capacity, professional operations and more predictable IT spending.",
            "primary-goal": "To obtain IT capabilities and capacity the organisation cannot efficiently build or run itself.",
            "risks": "Unclear requirements and disputes over change requests, dependence on the provider's knowledge, security exposure, and lock-in to tools or platforms.",
            "control": "Contractual; most firms keep architecture, security policy and vendor management in-house.",
            "cost-profile": "Fixed-price projects, time-and-materials rates or recurring managed-service fees; watch change requests and exit costs.",
            "time-to-set-up": "Weeks for a small project; several months for the transition to a managed service.",
        },
    },
    {
        "slug": "build-operate-transfer",
        "name": "Build-operate-transfer",
        "aliases": [
            "BOT",
            "build–operate–transfer",
            "build operate transfer",
            "assisted captive",
        ],
        "category": "engagement-models",
        "definition": "An arrangement in which a provider builds and runs a delivery centre for a client and then transfers it to the client's ownership on agreed terms.",
        "explanation": """Build-operate-transfer is a **staged route to owning a delivery centre abroad**. The name comes from infrastructure projects, where a private company builds and runs a facility before handing it to a public authority. In business services, a provider:

1. **builds** a delivery centre for the client: sets up the site or legal entity, recruits the team and puts processes in place;
2. **operates** it for an agreed period under a service contract;
3. **transfers** the centre (staff, assets and often the legal entity) to the client on pre-agreed terms, so that it becomes the client's captive centre.

The model lets a firm use the provider's local knowledge, recruiting networks and legal set-up to start sooner and with less risk, while keeping a clear path to full ownership. It is sometimes called an assisted captive.

What to settle at the start:

- the conditions, timing and price of the transfer, including any right not to take it up;
- who owns intellectual property, tools and data during and after the operate phase;
- how employees move to the new employer, and how key people are retained;
- what the provider may do with the team, such as sharing it with other clients.

Costs usually include the provider's set-up and management fees plus a transfer fee, so BOT is rarely the cheapest route; what it buys is speed and lower risk. The main danger is a messy handover, in which key people leave or knowledge stays with the provider.""",
        "related": ["captive-centre", "outsourcing", "offshoring", "nearshoring"],
        "sources": [
            (
                "Build–operate–transfer (Wikipedia)",
                "https://en.wikipedia.org/wiki/Build%E2%80%93operate%E2%80%93transfer",
            ),
            ("Offshoring (Wikipedia)", "https://en.wikipedia.org/wiki/Offshoring"),
        ],
        "values": {
            "basic-definition": "A provider builds and runs a delivery centre for the client and then transfers it to the client's ownership on agreed terms.",
            "meaning": "An outsourcing contract at the start that becomes a captive centre at the end, with the provider absorbing much of the set-up risk.",
            "who-does-the-work": "The provider's staff during the operate phase; the client's own employees after the transfer.",
            "location": "Usually offshore or nearshore.",
            "drivers": "A wish for a captive centre without local know-how, a need to start quickly, and a desire to reduce the risk of entering a new country.",
            "benefits": "A faster, lower-risk start, use of the provider's recruiting and legal set-up, and a defined route to full ownership.",
            "primary-goal": "To end up owning a centre abroad with less set-up risk.",
            "risks": "Disputes over the transfer price or timing, key staff leaving at handover, unclear ownership of intellectual property, and knowledge staying with the provider.",
            "control": "Contractual during the operate phase; full after the transfer.",
            "cost-profile": "Provider set-up and management fees, then a transfer fee; rarely the cheapest option, it trades cost for speed and lower risk.",
            "time-to-set-up": "The centre can often start within months; the transfer follows after the agreed period of operation.",
        },
    },
    {
        "slug": "out-staffing",
        "name": "Out-staffing",
        "aliases": [
            "staff augmentation",
            "outstaffing",
            "out staffing",
            "team extension",
        ],
        "category": "engagement-models",
        "definition": "Adding people who are employed by a provider to your own team, where they work under your day-to-day direction.",
        "explanation": """Out-staffing, also called staff augmentation, means **adding people from a provider to your own team**. The provider recruits, employs and pays them, but they work on your tasks, follow your priorities and are managed day to day by your managers. You are buying capacity and skills, not a finished service.

This is the key difference from outsourcing. In outsourcing the provider is responsible for delivering an agreed result and decides how to organise its staff. In out-staffing the client directs the work and therefore carries responsibility for the outcome. Fees are usually time-based: per person per hour, day or month.

It is common in software development, IT, engineering and other project work when:

- a team needs specific skills for a limited period;
- hiring locally is slow or the talent is scarce;
- the firm wants to keep control of design decisions, methods and priorities.

The provider may be at home or abroad; many out-staffing firms supply remote engineers from nearshore or offshore locations.

Risks to manage include dependence on a few individuals, knowledge leaving when contracts end, uneven integration into the team, and legal exposure. In some countries, supplying workers who take instructions from a client is regulated as temporary agency work, and long-running arrangements can raise questions about who the real employer is. Check local rules on agency work and worker classification before scaling up.""",
        "related": [
            "outsourcing",
            "employee-leasing",
            "ito",
            "uberization",
            "in-house",
        ],
        "sources": [
            (
                "Contingent workforce (Wikipedia)",
                "https://en.wikipedia.org/wiki/Contingent_workforce",
            ),
            ("Labour hire (Wikipedia)", "https://en.wikipedia.org/wiki/Labour_hire"),
        ],
        "values": {
            "basic-definition": "Adding people employed by a provider to your own team, where they work under your day-to-day direction.",
            "meaning": "You rent capacity and skills, not a finished service: the provider handles employment, while you manage the work and own the results.",
            "who-does-the-work": "The provider's employees, directed by the client's managers.",
            "location": "On the client's site or remote, at home or in a nearshore or offshore country.",
            "drivers": "Skill gaps, slow or difficult local hiring, temporary peaks in workload, and a wish to keep control of methods and priorities.",
            "benefits": "Fast access to skills, flexible team size, no recruitment or employment burden, and retained control of the work.",
            "primary-goal": "To add skilled capacity to a team quickly without hiring.",
            "risks": "The client carries the delivery risk; knowledge leaves with the people; integration problems; and exposure under agency-work or worker-classification rules.",
            "control": "High: the client directs the daily work and priorities.",
            "cost-profile": "Time-based rates per person (hourly, daily or monthly) that include the provider's margin; little or no set-up investment.",
            "time-to-set-up": "Often a few weeks, depending on how quickly suitable people are found.",
        },
    },
    {
        "slug": "employee-leasing",
        "name": "Employee leasing",
        "aliases": [
            "PEO",
            "professional employer organisation",
            "professional employer organization",
            "leasing of personnel",
            "personnel leasing",
            "temporary agency work",
            "labour hire",
        ],
        "category": "engagement-models",
        "definition": "An arrangement in which a separate company is the formal employer, or co-employer, of people who work under the client's direction.",
        "explanation": """Employee leasing is a label for arrangements in which **another company is the employer on paper while your business directs the work**. It is used in two main senses:

- **Professional employer organisations (PEOs)**, common in the United States: the PEO becomes a co-employer of your existing staff and takes over payroll, benefits administration, employment-tax filings and parts of HR compliance, often giving small firms access to group benefit plans. You still hire, direct and manage the people.
- **Leasing of personnel, or temporary agency work**, the usual meaning in much of Europe: an agency employs workers and assigns them to work under your supervision for a period. In the EU this is governed by Directive 2008/104/EC, which gives agency workers broadly the same basic working conditions as comparable direct employees, and by national laws that may require the agency to hold a licence or limit how long an assignment can last.

Either way, employee leasing is a staffing and administration arrangement, not outsourcing: no process or result is handed over, and the client keeps day-to-day control.

Firms use it to shed administrative work, to cope with seasonal or uncertain demand, or to add workers without long-term commitments. The cost is usually a fee on top of wages, either a percentage of payroll or a charge per employee.

Risks include shared or unclear liability between the parties, compliance failures by the provider that still affect you, and equal-treatment or misclassification claims. Check the provider's credentials and the rules of the country involved.""",
        "related": ["out-staffing", "outsourcing", "uberization"],
        "sources": [
            (
                "Professional employer organization (Wikipedia)",
                "https://en.wikipedia.org/wiki/Professional_employer_organization",
            ),
            (
                "Directive 2008/104/EC on temporary agency work (EUR-Lex)",
                "https://eur-lex.europa.eu/eli/dir/2008/104/oj",
            ),
            ("Labour hire (Wikipedia)", "https://en.wikipedia.org/wiki/Labour_hire"),
        ],
        "values": {
            "basic-definition": "An arrangement in which a separate company is the formal employer, or co-employer, of people who work under the client's direction.",
            "meaning": "In the US, a PEO co-employs your staff and runs payroll, benefits and HR compliance; in Europe it usually means agency workers assigned to you.",
            "who-does-the-work": "People employed by the leasing company or PEO, directed by the client.",
            "location": "Mostly at the client's own sites, in the client's country.",
            "drivers": "Administrative burden for small firms, seasonal or uncertain demand, and a wish for access to benefits or flexible staffing.",
            "benefits": "Less HR and payroll administration, flexible headcount and, with a PEO, access to group benefit plans.",
            "primary-goal": "To obtain or administer staff flexibly without carrying all of the employer's duties alone.",
            "risks": "Shared or unclear liability, compliance failures by the provider, equal-treatment and misclassification claims, and local licensing rules.",
            "control": "High over the daily work; employment administration sits with the provider.",
            "cost-profile": "Wages plus a provider fee, usually a percentage of payroll or a charge per employee.",
            "time-to-set-up": "Usually weeks.",
        },
    },
    {
        "slug": "multisourcing",
        "name": "Multisourcing",
        "aliases": [
            "multi-sourcing",
            "multi-vendor sourcing",
            "multi-vendor outsourcing",
        ],
        "category": "engagement-models",
        "definition": "Deliberately splitting a function among several providers, and often internal teams, and coordinating them as a single service.",
        "explanation": """Multisourcing means **deliberately splitting a function among several providers, and often internal teams, instead of giving all of it to one supplier**. A large IT department might, for example, use one provider for infrastructure, another for application maintenance and a third for the service desk, while keeping architecture and security in-house. The term is usually credited to the research firm Gartner in the mid-2000s.

The idea is to choose the best source for each part, rather than accept one provider's average performance across the board. Other motives:

- competition between providers on price and innovation;
- less dependence on any single supplier;
- easier replacement of a provider that underperforms.

The cost is coordination. Every boundary between providers is a place where handovers can fail and responsibility can blur. Multisourcing therefore needs a strong integration role, either a capable in-house team or a lead provider acting as service integrator, together with shared processes, common service measures and contracts that oblige providers to cooperate with one another. Approaches such as service integration and management (SIAM) grew out of this need.

Multisourcing suits larger organisations with mature vendor-management skills. For smaller ones the management overhead can outweigh the benefits, and a single provider with a well-designed contract may be the simpler choice.""",
        "related": ["outsourcing", "ito", "gain-sharing", "bpo"],
        "sources": [
            (
                "Multisourcing (Wikipedia)",
                "https://en.wikipedia.org/wiki/Multisourcing",
            ),
        ],
        "values": {
            "basic-definition": "Splitting a function among several providers, and often internal teams, coordinated as one service.",
            "meaning": "Each part of a function goes to the best-suited source, and an integrator (in-house or a lead provider) holds the pieces together.",
            "who-does-the-work": "Several providers' staff, often alongside the client's own employees.",
            "location": "Any mix of onshore, nearshore and offshore sources.",
            "drivers": "Large and varied scopes, dissatisfaction with single-provider deals, and a wish to reduce dependency and encourage competition.",
            "benefits": "Best-of-breed services, competitive pressure, less reliance on one supplier and easier replacement of weak providers.",
            "primary-goal": "To get the best source for each part of a function while limiting dependence on any one provider.",
            "risks": "Coordination overhead, gaps and blame-shifting at the interfaces, complex contracts and heavy demands on vendor management.",
            "control": "Moderate: the client or its integrator governs the whole, but each part is controlled through a separate contract.",
            "cost-profile": "Competitive unit prices, offset by the costs of integration, governance and managing several contracts.",
            "time-to-set-up": "Often many months, because several procurements and transitions have to be coordinated.",
        },
    },
    # ------------------------------------------------------------------ contracts and platforms
    {
        "slug": "gain-sharing",
        "name": "Gain-sharing contract",
        "aliases": [
            "profit sharing",
            "risk-reward contract",
            "gainsharing",
            "gain share",
            "shared-savings contract",
        ],
        "category": "contracts-and-platforms",
        "definition": "A contract in which part of the provider's pay depends on measurable gains, such as savings or extra revenue, divided by an agreed formula.",
        "explanation": """A gain-sharing contract ties part of a provider's pay to **measurable improvements it helps to achieve**, such as cost savings, higher revenue, fewer errors or faster cycle times. Client and provider agree a baseline, a method for measuring the gain and a formula for dividing it. Such contracts are also called risk-reward arrangements, and the idea is central to outcome-based approaches such as Vested outsourcing.

Articles on outsourcing that mention "profit sharing" as a sourcing model usually mean this kind of contract. It should not be confused with employee profit-sharing schemes, which distribute company profits to staff, or with gainsharing plans that reward a firm's own employees for productivity.

Why clients use them:

- to motivate providers to improve a process, not merely execute it;
- to lower fixed fees in exchange for giving the provider a share of the upside;
- to align both sides around business outcomes.

They work best when the gain can be measured objectively, the provider genuinely controls the levers that produce it, and both sides share data openly. They are harder to design than fixed-price or time-and-materials contracts:

- baselines are easy to dispute;
- it can be hard to show which party caused a change;
- providers may price in the risk or chase quick, short-term gains;
- audit rights, dispute procedures and regular reviews are essential.

Gain-sharing is a pricing mechanism inside an outsourcing contract, often combined with a reduced base fee, rather than a sourcing model of its own.""",
        "related": ["outsourcing", "bpo", "multisourcing"],
        "sources": [
            (
                "Vested outsourcing (Wikipedia)",
                "https://en.wikipedia.org/wiki/Vested_outsourcing",
            ),
            ("Outsourcing (Wikipedia)", "https://en.wikipedia.org/wiki/Outsourcing"),
        ],
        "values": {
            "basic-definition": "A contract in which part of the provider's pay depends on measurable gains, such as savings or extra revenue, shared by an agreed formula.",
            "meaning": "Client and provider agree a baseline, how gains are measured and how they are split, so both benefit when results improve.",
            "who-does-the-work": "The provider's staff, usually within an outsourcing arrangement; gain-sharing is a pricing model, not a sourcing model.",
            "location": "Independent of location; it can apply to onshore, nearshore or offshore contracts.",
            "drivers": "A wish for provider-led improvement, pressure to cut fixed fees, and outcomes that can be measured and that the provider can influence.",
            "benefits": "Aligned incentives, provider investment in improvement, lower base fees, and payment linked to results.",
            "primary-goal": "To align the provider's earnings with the client's business results.",
            "risks": "Disputed baselines, unclear attribution of results, gaming of metrics, short-termism, complex audits and long negotiations.",
            "control": "Contractual, with joint governance; clients often share more data and decision rights with the provider.",
            "cost-profile": "A reduced base fee plus variable payments tied to verified gains, so total cost rises mainly when results improve.",
            "time-to-set-up": "Longer than for a standard contract: often months to agree baselines, metrics and governance.",
        },
    },
    {
        "slug": "uberization",
        "name": "Uberization",
        "aliases": [
            "gig platforms",
            "gig economy",
            "uberisation",
            "platform work",
            "talent marketplaces",
        ],
        "category": "contracts-and-platforms",
        "definition": "Organising work through digital platforms that match clients with independent workers on demand, typically paid per task.",
        "explanation": """Uberization, named after the ride-hailing company Uber, describes **work organised through digital platforms that match clients with independent workers on demand**, with pricing, ratings and payment handled by the platform. In sourcing, it refers to buying discrete tasks or short projects through online talent marketplaces and gig platforms (design, translation, data labelling, deliveries or small software jobs, for example) instead of hiring staff or contracting with a traditional provider.

Its appeal is speed and flexibility: work can be posted and started quickly, paid per task, and scaled up or down without long commitments. It can also reach specialists anywhere in the world.

The limits are real:

- quality varies and depends heavily on clear task descriptions and careful review;
- workers change from task to task, so knowledge is not retained;
- confidential data and intellectual property need careful handling;
- the legal status of platform workers is contested. Courts in several countries have found that some platform workers are workers or employees rather than self-employed, including the UK Supreme Court in a 2021 case about Uber drivers, and the EU adopted a directive on platform work in 2024.

For most organisations, platforms complement other sourcing options rather than replacing them. They suit well-defined, self-contained tasks with clear acceptance criteria, not core processes that need continuity, deep context or close supervision.""",
        "related": ["out-staffing", "employee-leasing", "outsourcing"],
        "sources": [
            ("Gig economy (Wikipedia)", "https://en.wikipedia.org/wiki/Gig_economy"),
            (
                "Gig Economy (Investopedia)",
                "https://www.investopedia.com/terms/g/gig-economy.asp",
            ),
        ],
        "values": {
            "basic-definition": "Organising work through digital platforms that match clients with independent workers on demand, per task.",
            "meaning": "Discrete tasks or small projects are posted on a platform and bought from freelancers, with the platform handling matching, ratings and payment.",
            "who-does-the-work": "Independent workers or freelancers found through the platform.",
            "location": "Anywhere; many platforms are global and the work is often remote.",
            "drivers": "Fluctuating demand for well-defined tasks, a need for speed, and niche skills needed only occasionally.",
            "benefits": "A very fast start, payment per task, global reach and no long-term commitment.",
            "primary-goal": "To buy small units of work on demand with maximum flexibility.",
            "risks": "Variable quality, no continuity or retained knowledge, exposure of data and intellectual property, and legal disputes over worker status.",
            "control": "Low to moderate: exercised through task descriptions, acceptance criteria and ratings rather than management.",
            "cost-profile": "Variable, per task or per hour, plus platform fees; hidden costs lie in preparing tasks and reviewing quality.",
            "time-to-set-up": "Hours to days.",
        },
    },
]

COMPARISONS = [
    {
        "a": "outsourcing",
        "b": "offshoring",
        "introduction": """Outsourcing and offshoring are often used as if they meant the same thing, but they answer two separate questions. **Outsourcing** is about *who* does the work: a third-party provider instead of your own employees. **Offshoring** is about *where* the work is done: in another, usually distant, country instead of at home.

Because the two decisions are independent, they combine into a grid:

- **Own employees, at home:** in-house.
- **Own employees, abroad:** a captive centre (captive offshoring).
- **Provider's employees, at home:** domestic outsourcing (onshoring).
- **Provider's employees, abroad:** offshore outsourcing.

Nearshoring adds a middle column for nearby countries. Offshoring is done by the firm's own employees **only in a captive centre**; in offshore outsourcing, the more familiar form, the work is done by the provider's staff. And offshoring usually moves selected processes, not the entire business.""",
        "key_differences": """- **Type of decision:** outsourcing changes who does the work (ownership); offshoring changes where it is done (location).
- **Who does the work:** in outsourcing, always a provider's staff; in offshoring, either the firm's own employees in a captive centre or a provider's staff abroad.
- **Location:** outsourcing can be domestic, nearshore or offshore; offshoring always means another country.
- **Typical goal:** outsourcing is usually about specialist capability, flexibility and focus; offshoring is mostly about lower costs and larger talent pools.
- **Control:** outsourcing moves control into a contract; offshoring keeps direct control only in the captive form, and distance makes oversight harder either way.
- **Scope:** neither normally involves the whole business; firms move selected processes and keep the rest.""",
    },
    {
        "a": "bpo",
        "b": "kpo",
        "introduction": """Both BPO and KPO hand work to an outside provider, and both can be delivered from any country. The difference lies in the nature of the work. **Business process outsourcing** covers repeatable, rule-based processes with high volumes, such as payroll, invoice processing or customer contact. **Knowledge process outsourcing** covers work that depends on expert judgement, such as research, analytics, legal review or engineering design.

That difference drives almost everything else: the people the provider hires, how quality is measured, how contracts are priced, how long set-up takes and how much confidential information must be shared. Many providers offer both, and a single client relationship can include both kinds of work, so the labels describe types of work rather than separate industries.""",
        "key_differences": """- **Type of work:** BPO handles rule-based, high-volume transactions; KPO handles analysis and judgement.
- **Staff:** BPO relies on trained process operators; KPO on graduates, qualified professionals and domain experts.
- **Measuring quality:** BPO uses volumes, turnaround times and error rates; KPO needs expert review of outputs.
- **Pricing and savings:** BPO is often priced per transaction or per full-time equivalent, with larger savings from scale; KPO rates are higher and savings narrower.
- **Risk:** KPO involves more sensitive information and intellectual property, and sometimes professional regulation.
- **Set-up:** BPO transitions often take a few months; KPO usually needs longer training and pilots.""",
    },
    {
        "a": "offshoring",
        "b": "nearshoring",
        "introduction": """Offshoring and nearshoring are both location decisions: the work moves to another country. The difference is distance, and with it time zones, travel and often cultural closeness. **Offshoring** usually means a distant country, chosen mainly for lower costs and large talent pools. **Nearshoring** means a neighbouring or nearby country, chosen for a balance of savings and easy collaboration.

Neither term says who does the work. Both can be done through a provider (offshore or nearshore outsourcing) or through the firm's own captive centre. The right choice depends on how much real-time collaboration the work needs, how exposed it is to supply-chain disruption, and whether the larger cost difference of a distant location is worth the extra coordination effort.""",
        "key_differences": """- **Distance and time zones:** offshore locations are usually far away with little overlap in working hours; nearshore ones are close, with substantial overlap.
- **Cost:** offshoring typically offers the largest labour-cost differences; nearshoring usually sits between home and offshore rates.
- **Collaboration:** nearshoring suits work that needs daily interaction; offshoring suits well-specified work or follow-the-sun operations.
- **Talent pool:** the major offshore hubs offer very large pools; nearshore pools can be smaller and more contested.
- **Supply chain:** for physical goods, nearshoring shortens lead times and transport risk.
- **Oversight:** nearshore sites are easier to visit and manage in person.""",
    },
    {
        "a": "offshoring",
        "b": "reshoring",
        "introduction": """Reshoring is the reverse movement of offshoring: work that had been moved abroad returns to the home country. (The spelling "resoring" sometimes seen online is a typo.) Both are location decisions; both are about where the work is done, not who does it.

Companies reshore when the expected benefits of offshoring have faded or its hidden costs have grown: wages abroad have risen, quality or lead times disappoint, supply chains have proved fragile, or automation has made labour costs less important. Reshoring is rarely all or nothing; firms often bring back part of the work and keep or nearshore the rest. A fair comparison of the two looks at total costs and risks, not just hourly rates.""",
        "key_differences": """- **Direction:** offshoring moves work abroad; reshoring brings offshored work back home.
- **Typical motive:** offshoring pursues lower costs and larger talent pools; reshoring seeks resilience, quality, speed and control.
- **Cost:** offshoring lowers wage costs but adds coordination and logistics costs; reshoring raises wage costs but can cut freight, inventory and quality costs.
- **Who does the work:** both can use the firm's own staff or a provider, so reshoring is not the same as insourcing.
- **Risk profile:** offshoring adds geopolitical, currency and distance risks; reshoring adds local hiring and investment risks.
- **Time:** both take months; reshoring manufacturing can take years if facilities must be built.""",
    },
    {
        "a": "outsourcing",
        "b": "out-staffing",
        "introduction": """Outsourcing and out-staffing both use a provider's people, so they are easy to confuse. The difference is what you buy and who is in charge. In **outsourcing** you buy a result: the provider commits to a service or deliverable, manages its own team and answers for meeting the agreed levels. In **out-staffing** (staff augmentation) you buy capacity: the provider employs the people, but they join your team and your managers direct their work.

The choice often comes down to whether you can specify the result well and want to hand over its management, or whether you need to keep steering the work yourself while adding skills flexibly.""",
        "key_differences": """- **What you buy:** outsourcing buys an outcome or service; out-staffing buys people's time and skills.
- **Day-to-day management:** the provider manages outsourced work; the client manages out-staffed people.
- **Responsibility for results:** with outsourcing it rests largely on the provider, through service levels; with out-staffing it rests on the client.
- **Pricing:** outsourcing is often fixed, per unit or per outcome; out-staffing is usually per person per hour, day or month.
- **Control:** out-staffing keeps close control of methods and priorities; outsourcing exchanges it for contractual control.
- **Set-up:** out-staffing can start within weeks; outsourcing usually needs a longer selection and transition.
- **Legal points:** in some countries out-staffing falls under agency-work and worker-classification rules.""",
    },
    {
        "a": "outsourcing",
        "b": "insourcing",
        "introduction": """Outsourcing and insourcing are the two directions of the same ownership decision. **Outsourcing** hands a process to a third party; **insourcing** has it done by the organisation's own employees, often by bringing back work that had previously been outsourced. Neither term says anything about location: an insourced process may end up in the firm's own captive centre abroad, and an outsourced one may stay in the same city.

Organisations move in both directions over time. A process may be outsourced while it is routine and a specialist can run it more cheaply, then insourced when it becomes strategic or the contract disappoints. Either move is a project with real transition costs, so the decision should weigh total costs, risks and the capabilities the organisation wants to keep.""",
        "key_differences": """- **Who does the work:** a provider's staff versus the organisation's own employees.
- **Control:** contractual and indirect versus direct management.
- **Costs:** provider fees that include a margin, versus salaries and overheads that are mostly fixed.
- **Know-how:** outsourcing risks eroding internal knowledge; insourcing rebuilds and keeps it.
- **Flexibility:** outsourcing usually scales more easily with volume; insourcing needs recruitment to grow.
- **Transition:** outsourcing requires provider selection and handover; insourcing requires hiring, knowledge transfer and an orderly exit from the contract.""",
    },
    {
        "a": "reshoring",
        "b": "insourcing",
        "introduction": """Reshoring and insourcing are often mixed up because both bring work "back". They do so along different axes. **Reshoring** changes the location: work that had moved abroad returns to the home country. **Insourcing** changes the ownership: work that a provider used to do is taken over by the organisation's own employees.

The two can happen together, as when a firm ends a contract with an offshore provider and rebuilds the team at headquarters. But each can also happen alone: a firm can reshore a process by giving it to a domestic provider, or it can insource a process into its own captive centre abroad, which is insourcing without reshoring.""",
        "key_differences": """- **Axis:** reshoring is about where the work is done; insourcing is about who does it.
- **Starting point:** reshoring starts from work done abroad, by own staff or a provider; insourcing starts from outsourced work, wherever it is.
- **End state:** reshored work may be done by own staff or a domestic provider; insourced work is always done by own staff, at home or abroad.
- **Typical drivers:** reshoring responds to supply-chain, lead-time, wage and geopolitical factors; insourcing to provider performance, strategic importance and the need for control.
- **Main costs:** reshoring often involves relocation and, for manufacturing, new facilities; insourcing involves hiring, knowledge transfer and contract exit.""",
    },
    {
        "a": "captive-centre",
        "b": "build-operate-transfer",
        "introduction": """Both routes end with the company owning a delivery centre abroad that is staffed by its own employees. The difference is how it gets there. With a **captive centre**, the firm sets up and runs the operation itself from day one: legal entity, premises, hiring, leadership and compliance. With **build-operate-transfer**, a provider builds and runs the centre first and hands it over on pre-agreed terms, so the firm starts as an outsourcing client and ends as an owner.

The choice depends on how much experience the firm has in the target country, how fast it needs to start, and whether it is willing to pay a provider to carry the set-up risk.""",
        "key_differences": """- **Who builds it:** the firm itself versus a provider acting on its behalf.
- **Who employs the staff at first:** the firm's own employees from day one versus the provider's employees until the transfer.
- **Risk:** a captive leaves the set-up risk with the firm; build-operate-transfer shifts much of it to the provider, for a fee.
- **Speed:** build-operate-transfer can often start sooner using the provider's local set-up; a captive depends on the firm's own capacity.
- **Cost:** a captive avoids provider fees but needs up-front investment; build-operate-transfer adds set-up, management and transfer fees.
- **Main difficulty:** for a captive, building local know-how; for build-operate-transfer, a clean handover of people, knowledge and intellectual property.""",
    },
    {
        "a": "out-staffing",
        "b": "employee-leasing",
        "introduction": """Out-staffing and employee leasing both separate the legal employer from the organisation that directs the work, which is why they are often listed together. They serve different needs. **Out-staffing** (staff augmentation) supplies skilled people, often remote engineers or specialists, to extend a team for a project or a period. **Employee leasing** covers arrangements in which a provider becomes the employer or co-employer of people you direct: in the United States typically a PEO that takes over payroll and HR administration for your existing staff, in Europe typically agency workers assigned to your sites.

In both cases the client manages the daily work and keeps responsibility for the results, so neither is outsourcing.""",
        "key_differences": """- **Main purpose:** out-staffing adds skills and capacity; employee leasing mostly simplifies employment administration or supplies flexible labour.
- **Whose people:** out-staffing brings in the provider's specialists; a PEO co-employs your existing staff, while agency leasing supplies additional workers.
- **Location:** out-staffed people often work remotely, even from abroad; leased employees usually work at your sites in your country.
- **Pricing:** out-staffing is usually a time rate per person; employee leasing is a fee on payroll or per employee.
- **Regulation:** both can fall under agency-work rules, and PEO co-employment raises its own questions of shared liability.""",
    },
]
