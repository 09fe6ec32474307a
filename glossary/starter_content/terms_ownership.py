"""Terms about who does the work: own staff, a provider, or a mix."""

from . import sources as s

TERMS = [
    {
        "slug": "outsourcing",
        "name": "Outsourcing",
        "aliases": ["contracting out", "external sourcing", "third-party sourcing"],
        "misspellings": ["out-sourcing", "outsorcing", "outsoucing"],
        "keywords": ["outsourcing company", "outsourcing provider"],
        "category": "ownership",
        "definition": "Having a process or service performed by an external provider under contract, instead of by the organisation's own employees.",
        "takeaways": [
            "Outsourcing decides who does the work, not where: the provider can be in the same town or on another continent.",
            "You buy a defined service with agreed results; the provider manages its own people and methods.",
            "Accountability stays with you, so a capable retained team has to specify, monitor and, if needed, replace the provider.",
        ],
        "explanation": """Outsourcing is an **ownership** decision: a third party takes over a process and delivers it under a contract, with its own people, tools and methods. It says nothing about geography. The provider may sit in the same city ([[domestic-outsourcing]]), in a neighbouring country ([[nearshore-outsourcing]]) or far away ([[offshore-outsourcing]]).

What is handed over is a defined service with agreed outcomes, usually measured through a [[service-level-agreement]]. That is what separates it from [[out-staffing]], where you rent people and keep directing them yourself.

**Why organisations outsource.** Cost reduction is the reason most often given, but it is rarely the only one, and lower cost alone does not make clients satisfied. Deloitte's Global Outsourcing Surveys name cost reduction most often, but respondents also give focus on core activities, flexible capacity, service quality and access to skills as reasons. Its 2012 survey found that cost drives the decision to outsource while service drives satisfaction: most respondents named cost reduction as an objective, yet it was not a strong driver of their satisfaction, which followed the quality of service, and most of those who had ended a contract early named service quality among their main reasons. Its 2024 edition found that about seven in ten executives had brought some previously outsourced work back in-house in the previous five years.

**What does not move.** Accountability stays with the client: customers and, in regulated sectors, supervisors hold the client responsible for the result. In the EU, for example, a client that outsources processing of personal data remains the controller under the GDPR, and under DORA (Article 28(8)) financial firms must have exit strategies for the ICT services that support their critical or important functions. Hence the need for a [[retained-organisation]].

Savings are not automatic either: the provider adds a margin, [[transition-and-knowledge-transfer]] costs money, and managing the contract is a permanent overhead. A fair business case compares [[total-cost-of-ownership]], not day rates.""",
        "example": "A European insurer hands its IT service desk to a specialist provider on a five-year contract. The provider runs the desk from its own centres, is paid per ticket within agreed volume bands, and reports monthly against service levels for response time and first-call resolution; a team of four at the insurer manages the contract.",
        "fits_when": """- The work can be described by its results and measured.
- A specialist can do it better, more flexibly or more cheaply at scale than you can.
- You have, or can build, the skills to manage a provider.
- The activity does not set you apart from competitors.""",
        "not_fits_when": """- The work is core to how you compete or embeds know-how you must keep.
- Requirements change weekly and are hard to put into a contract.
- Nobody in the organisation can own the contract and judge the provider's work.
- Regulation or data rules make handing the work over disproportionately hard.""",
        "related": [
            "offshoring",
            "insourcing",
            "out-staffing",
            "in-house",
            "bpo",
            "ito",
            "multisourcing",
            "retained-organisation",
        ],
        "last_reviewed": "2026-12-06",
        "sources": [
            s.LACITY_ITO_REVIEW_2010,
            s.DELOITTE_GOS_2024,
            s.cite(
                s.DELOITTE_GOS_2012,
                "section 'Cost drives adoption, but service drives satisfaction', p. 14",
            ),
            s.GDPR,
            s.cite(s.DORA, "Article 28(8)"),
            s.wikipedia("Outsourcing", "Outsourcing"),
        ],
        "values": {
            "basic-definition": "A third-party provider performs a process or service under contract instead of the organisation's own staff.",
            "meaning": "You specify the results and service levels, the provider decides how to organise its people and tools, and a small retained team manages the contract.",
            "who-does-the-work": "The provider's employees, or its subcontractors.",
            "location": "Anywhere: at home (onshore), in a nearby country (nearshore) or in a distant one (offshore). Outsourcing itself says nothing about location.",
            "drivers": "Missing skills or technology, a wish to focus management on core activities, flexible capacity, service quality, and pressure to reduce or vary costs.",
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
        "aliases": ["in-sourcing", "bringing work in-house"],
        "misspellings": ["insorcing", "insoursing"],
        "category": "ownership",
        "definition": "Deciding that the organisation's own employees, rather than an outside provider, will do a piece of work, whether it is new or was previously bought in.",
        "takeaways": [
            "Insourcing changes who does the work; it is independent of where the work is done.",
            "It covers both keeping new work inside and taking back outsourced work (the latter is also called backsourcing).",
            "Bringing work in is a project: hiring, tools, knowledge and an orderly contract exit all cost time and money.",
        ],
        "explanation": """Insourcing is the decision to have work done by **the organisation's own employees instead of an outside provider**. It covers two situations: giving new work to an internal team rather than buying it in, and taking back work that a provider used to do. The second case has its own name, [[backsourcing]].

It is an ownership decision and says nothing about location. Insourced work may be done at headquarters, at another domestic site or in the firm's own [[captive-centre]] abroad. This is why insourcing and [[reshoring]] are different things: one changes *who* does the work, the other *where*.

Typical triggers are an activity becoming strategically important, a provider whose cost or quality no longer compares well with what an internal team could achieve, a need for tighter control of data or intellectual property, and enough scale to run the work efficiently. Research on IT sourcing finds that the quality of the service, the product and the relationship, and the cost of switching, all weigh in the decision to bring work back.

Economists sometimes use the word in another sense, for jobs created in a country when foreign companies invest there. That is not the meaning used in this guide.""",
        "example": "A retailer that has always bought in e-commerce analytics from an agency decides that pricing analytics is now central to its margins. It hires a team of eight analysts and a lead, and from the next season builds and runs its pricing models itself, while the agency keeps the routine reporting.",
        "fits_when": """- The work has become a source of competitive advantage.
- You need direct control of data, methods or intellectual property.
- There is enough steady volume to keep an internal team busy and skilled.
- You can recruit and keep the people the work needs.""",
        "not_fits_when": """- Demand is volatile and a fixed team would often be idle.
- The skills are scarce and providers can attract them more easily than you.
- A provider's scale gives it costs or tools you cannot match.
- Management attention is already stretched.""",
        "related": [
            "outsourcing",
            "in-house",
            "backsourcing",
            "reshoring",
            "captive-centre",
        ],
        "last_reviewed": "2026-12-06",
        "sources": [
            s.WHITTEN_LEIDNER_2006,
            s.DELOITTE_GOS_2024,
            s.wikipedia("Insourcing", "Insourcing"),
        ],
        "values": {
            "basic-definition": "Having work done by the organisation's own employees instead of an outside provider, for new work or work taken back.",
            "meaning": "An internal team, newly hired or transferred, does the work; if a provider did it before, its contract is ended or not renewed.",
            "who-does-the-work": "The organisation's own employees.",
            "location": "Independent of location: headquarters, another domestic site or the firm's own captive centre abroad.",
            "drivers": "Strategic importance of the work, disappointing provider quality or cost, a need for tighter control of data or intellectual property, and enough scale to run it.",
            "benefits": "Direct control, retained know-how, closer alignment with business priorities and no provider margin.",
            "primary-goal": "To build or regain capability and control in work that matters to the business.",
            "risks": "Difficulty recruiting, disruption during any handover, loss of a provider's economies of scale, and higher fixed costs.",
            "control": "Full, once the team is in place.",
            "cost-profile": "One-off costs for recruitment, tools and knowledge transfer, then salaries and overheads as fixed costs instead of fees.",
            "time-to-set-up": "Usually several months, bounded by hiring and, when work is taken back, by the notice period in the existing contract.",
        },
    },
    {
        "slug": "in-house",
        "name": "In-house",
        "aliases": ["internal delivery", "own staff"],
        "misspellings": ["inhouse", "in house", "inhose"],
        "category": "ownership",
        "definition": "Work that the organisation performs itself, with its own employees, assets and management, rather than buying it from a provider.",
        "takeaways": [
            "In-house is the 'make' side of make-or-buy and the baseline every other option is compared with.",
            "It gives the most control and keeps know-how inside, at the price of mostly fixed costs.",
            "A captive centre abroad is in-house too: the staff are yours, only the location differs.",
        ],
        "explanation": """In-house describes work that the organisation performs **itself, with its own employees, assets and management**. It is the starting point of most sourcing decisions and the advisor's baseline option.

In the sourcing grid, in-house is an ownership position. It usually means the home country, but a [[captive-centre]] abroad is in-house too.

Keeping work in-house tends to make sense when the activity is core to how the firm competes or embeds valuable know-how; when the work is sensitive, heavily regulated or hard to specify in a contract; when requirements change often and need close collaboration with other teams; and when there is enough scale to run it well.

The drawbacks are mostly about cost and capability. Costs are largely fixed and do not shrink when demand falls; specialists can be hard to recruit and keep; and without outside benchmarks it is hard to tell whether an internal function is efficient. Management research on outsourcing has long argued that firms should keep in-house the capabilities that let them judge and direct technology and suppliers, even when they buy much of the delivery.

In-house and [[insourcing]] are close but not identical: insourcing is the *act* of bringing work inside, in-house the *state* of doing it yourself.""",
        "example": "A mid-sized bank keeps its credit-risk modelling team in its head office: the models are central to its lending decisions, regulators expect the bank to understand and validate them, and the work changes with every product launch.",
        "fits_when": """- The activity differentiates you or embeds know-how you must not lose.
- Requirements change often and need daily contact with other teams.
- Data, intellectual property or regulation argue for full control.
- Volumes are steady enough to keep a team fully used.""",
        "not_fits_when": """- Demand swings widely and fixed staff would often be idle.
- You cannot hire or keep the specialists the work needs.
- The work is standard and a provider's scale would clearly beat you.
- The team has no way to benchmark its cost and quality.""",
        "related": [
            "outsourcing",
            "insourcing",
            "captive-centre",
            "domestic-outsourcing",
            "out-staffing",
        ],
        "last_reviewed": "2026-12-06",
        "sources": [
            s.FEENY_WILLCOCKS_1998,
            s.LACITY_ITO_REVIEW_2010,
            s.wikipedia("Make-or-buy_decision", "Make-or-buy decision"),
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
        "slug": "backsourcing",
        "name": "Backsourcing",
        "aliases": ["back-sourcing", "taking work back in-house"],
        "misspellings": ["backsorcing", "back sourcing"],
        "category": "ownership",
        "definition": "Ending an outsourcing arrangement and taking the work back to be done by the organisation's own employees.",
        "takeaways": [
            "Backsourcing reverses an ownership decision; reshoring reverses a location decision. They can happen together or alone.",
            "Switching costs weigh heavily in the decision, alongside the quality of the service, the product and the relationship.",
            "Plan the exit when you sign: notice periods, data return, staff transfer and knowledge-transfer duties decide how smooth it is.",
        ],
        "explanation": """Backsourcing is the particular kind of [[insourcing]] in which **work that a provider has been doing comes back to the organisation's own staff**. It is the end of an outsourcing arrangement, not a new build.

It is not the same as [[reshoring]]. Backsourcing changes *who* does the work; reshoring changes *where*. A bank that ends its contract with an offshore provider and moves the work into its own centre in the same country has backsourced without reshoring; a manufacturer that moves supply from an Asian contractor to a domestic contractor has reshored without backsourcing.

Research on IT outsourcing finds that the quality of the service, the product and the relationship, and switching costs, are all related to the decision to backsource (Whitten and Leidner, 2006), and that clients with high switching costs are the most likely to keep outsourcing and the least likely to bring the work back (Whitten, Chakrabarty and Wakefield, 2010). Deloitte's 2024 survey reported that about seven in ten executives had taken some outsourced work back in-house in the previous five years, usually selectively rather than wholesale.

In practice, backsourcing means rehiring or taking over staff (in the EU and UK, employees assigned to the work may transfer by law under the [[transfer-of-undertakings]] rules), rebuilding tools and documentation, and running a reverse [[transition-and-knowledge-transfer]]. The contract's exit clauses then matter more than anything else in it.""",
        "example": "A logistics company ends a seven-year application-maintenance contract because changes take months and cost more each year. Over nine months it hires twelve developers, takes over three of the provider's staff who worked only on its systems, and runs the provider's exit-assistance plan to move the code, documentation and open tickets.",
        "fits_when": """- The provider's quality or responsiveness has fallen short for a long time.
- The work has become strategic and needs to be steered closely.
- The contract gives you clean exit rights, data and documentation.
- You can recruit or transfer the people needed.""",
        "not_fits_when": """- The real problem is the contract or the provider, and switching providers would fix it.
- Switching costs (people, tools, knowledge) outweigh the gains.
- You would have to rebuild skills the market cannot supply.
- The exit falls in the middle of a major change programme.""",
        "related": [
            "insourcing",
            "outsourcing",
            "reshoring",
            "vendor-lock-in",
            "transition-and-knowledge-transfer",
        ],
        "last_reviewed": "2026-12-06",
        "sources": [
            s.WHITTEN_LEIDNER_2006,
            s.WHITTEN_CHAKRABARTY_WAKEFIELD_2010,
            s.DELOITTE_GOS_2024,
            s.DIRECTIVE_ACQUIRED_RIGHTS,
        ],
        "values": {
            "basic-definition": "Ending an outsourcing arrangement and taking the work back to the organisation's own employees.",
            "meaning": "A provider's contract ends, and an internal team, hired or transferred, takes over the process with the provider's help during the exit.",
            "who-does-the-work": "The organisation's own employees, after the provider's.",
            "location": "Independent of location: the work may stay where it was, move home or move to the firm's own centre abroad.",
            "drivers": "Poor service, product or relationship quality, rising provider costs, work becoming strategic, and regained scale or skills.",
            "benefits": "Control, retained know-how, faster change and no provider margin.",
            "primary-goal": "To regain control of, and capability in, work a provider has been doing.",
            "risks": "Exit disputes, service disruption during the handover, recruitment gaps and higher fixed costs.",
            "control": "Full, once the exit is complete.",
            "cost-profile": "One-off exit, hiring and knowledge-transfer costs, then salaries and overheads instead of fees.",
            "time-to-set-up": "Usually six to eighteen months, bounded by the contract's notice period and hiring.",
        },
    },
    {
        "slug": "co-sourcing",
        "name": "Co-sourcing",
        "aliases": ["cosourcing", "co-sourced delivery"],
        "misspellings": ["cosorcing", "co-sorcing"],
        "category": "ownership",
        "definition": "Running a function with an internal team and an external provider working side by side, with the organisation keeping the lead and the provider supplying skills or capacity.",
        "takeaways": [
            "Co-sourcing keeps ownership and direction in-house while a provider adds skills or capacity within the same function.",
            "It is common where the organisation must stay accountable, for example internal audit, tax or security operations.",
            "It only works with clearly split roles; otherwise nobody is answerable for the result.",
        ],
        "explanation": """In co-sourcing, a function is delivered **jointly by the organisation's own team and a provider**. The internal team keeps ownership, sets priorities and signs off results; the provider brings specialists, tools or extra capacity, sometimes for particular tasks and sometimes as a standing part of the team.

It sits between [[in-house]] delivery and full [[outsourcing]], and differs from [[out-staffing]] in what is bought: in out-staffing you rent individuals and manage them; in co-sourcing the provider usually takes responsibility for defined parts of the work (say, IT audits or overnight security monitoring) within a function you still run.

The term is best established in internal audit. The profession's Global Internal Audit Standards treat co-sourcing as partial outsourcing: only a portion of the audit services is bought in, the standards apply to the provider's auditors too, and the chief audit executive stays accountable for the whole function. The same pattern is common in tax, security operations and software engineering. It lets an organisation reach scarce skills without giving up the accountability it cannot delegate anyway.

The risks are blurred responsibility and knowledge that stays with the provider. Write down who does what, who signs off, how knowledge is shared and how performance is measured, and rotate internal staff through the provider's work so the organisation keeps learning.""",
        "example": "A university's internal audit team of six covers finance and governance itself but co-sources IT and cyber-security audits from a professional-services firm. The head of internal audit sets the annual plan, the firm supplies two specialists for ten weeks a year, and findings are issued under the university's own audit charter.",
        "fits_when": """- You must keep ownership and accountability but lack some specialist skills.
- Demand for the specialists is periodic rather than constant.
- Your team can define tasks, review the provider's work and absorb what it learns.""",
        "not_fits_when": """- Roles and sign-off cannot be clearly split.
- You have no internal core to lead the work.
- The need is simply more hands on tasks you direct (out-staffing is simpler).""",
        "related": [
            "outsourcing",
            "in-house",
            "out-staffing",
            "managed-services",
            "retained-organisation",
        ],
        "sources": [
            s.CHARTERED_IIA_RESOURCE_MODELS,
            s.GRANT_THORNTON_COSOURCING_2023,
        ],
        "values": {
            "basic-definition": "An internal team and a provider deliver a function together, with the organisation keeping the lead.",
            "meaning": "Your team owns the function and its results; the provider supplies specialists or capacity for defined parts of the work.",
            "who-does-the-work": "A mix: your employees and the provider's, in agreed roles.",
            "location": "Usually on site or close to the internal team; the provider's part can be remote.",
            "drivers": "Scarce specialist skills, peaks in workload, and accountability that cannot be delegated.",
            "benefits": "Specialist skills on demand, retained ownership and learning from the provider's experts.",
            "primary-goal": "To add skills and capacity without giving up ownership of the function.",
            "risks": "Blurred responsibility, dependence on the provider's specialists, and knowledge that does not transfer.",
            "control": "High: the internal lead directs priorities and signs off results.",
            "cost-profile": "Fixed internal team plus variable provider fees for the co-sourced part.",
            "time-to-set-up": "Weeks to a few months, depending on the provider's onboarding.",
        },
    },
    {
        "slug": "captive-centre",
        "name": "Captive centre",
        "aliases": ["captive center", "captive unit", "captive subsidiary"],
        "misspellings": ["captive centr", "captiv centre"],
        "category": "ownership",
        "definition": "A unit owned by a company, usually in another country, whose own employees perform work for the rest of the group.",
        "takeaways": [
            "A captive centre is the in-house option abroad: the location changes, the ownership does not.",
            "It trades a provider's margin and speed for control, protection of know-how and a long-term capability.",
            "It needs scale, local leadership and patience; many are later expanded into capability centres, and some are sold to providers.",
        ],
        "explanation": """A captive centre is a **unit owned by the company, usually abroad, that performs work for the parent and its affiliates**, typically set up as a subsidiary or a branch. The people are the firm's own employees. UNCTAD's analysis of services offshoring distinguishes exactly this "captive" form, through the firm's own foreign affiliate, from offshore outsourcing to third parties.

This guide uses *captive centre* as the umbrella term. Where distance matters, it is split into a [[captive-offshore-centre]] (a distant country) and a [[nearshore-captive-centre]] (a nearby one). Large modern captives with broad mandates are often called [[global-capability-centre|global capability centres]].

Firms choose the captive route when they want the cost or talent advantages of another country together with full control of people, processes and quality, protection for intellectual property and data, and a capability that builds company-specific knowledge over the years.

The trade-off is commitment: a legal entity, premises, local leaders, compliance with local employment and tax law (including transfer pricing between parent and subsidiary), and fixed costs whether or not demand holds up. Firms that want the result with less set-up risk can use [[build-operate-transfer]].""",
        "example": "A German engineering group runs its own subsidiary in Pune with 900 employees who do embedded-software development, testing and finance processing for the group's divisions; the centre is managed as part of the group and charges the divisions at cost plus an agreed mark-up.",
        "fits_when": """- The need is long-term and large enough to carry fixed costs.
- You want full control of staff, data and intellectual property.
- You can provide leadership and management attention abroad.""",
        "not_fits_when": """- Volumes are small, uncertain or short-lived.
- You need to start within weeks.
- You have no experience of, or appetite for, running an entity in that country.""",
        "related": [
            "captive-offshore-centre",
            "nearshore-captive-centre",
            "global-capability-centre",
            "build-operate-transfer",
            "offshoring",
            "in-house",
        ],
        "last_reviewed": "2026-12-06",
        "sources": [
            s.UNCTAD_WIR_2004,
            s.EUROSTAT_INTERNATIONAL_SOURCING,
            s.DELOITTE_GOS_2024,
        ],
        "values": {
            "basic-definition": "A unit owned by the company, usually in another country, whose own employees perform work for the group.",
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
    {
        "slug": "captive-offshore-centre",
        "name": "Captive offshore centre",
        "aliases": [
            "captive offshore center",
            "captive offshoring",
            "offshore captive",
        ],
        "misspellings": ["captive ofshore centre", "captive offshore centr"],
        "category": "ownership",
        "definition": "A company's own subsidiary or branch in a distant, usually lower-cost country, staffed by its own employees and serving the parent organisation.",
        "takeaways": [
            "It combines in-house ownership with a distant location: your staff, your rules, another continent and time zone.",
            "Wage gaps can be large, but set-up takes a year or more and pays off only at scale.",
            "Distance makes leadership, knowledge transfer and retention the hard parts, not the office or the legal entity.",
        ],
        "explanation": """A captive offshore centre is a [[captive-centre]] placed **far from the home country**, typically in a large, lower-cost talent market several time zones away. It is the advisor's option for firms that want offshore labour markets without a provider in between.

Compared with [[offshore-outsourcing]], the firm keeps direct control of hiring, methods, data and intellectual property and avoids a provider's margin, but takes on the set-up, the fixed costs and the local legal and tax obligations. Compared with a [[nearshore-captive-centre]], wage differences are usually larger and talent pools deeper, while time-zone overlap, travel and cultural distance are harder.

Captive offshore centres began mostly with back-office and IT work; many now also host engineering, analytics and other specialist functions, and some have grown into [[global-capability-centre|global capability centres]]. Common difficulties are staff turnover in busy talent markets, building local leadership, and keeping the centre connected to decision makers at headquarters.

Lower wages are not the same as lower total costs: travel, management time, communication overhead and the ramp-up period must be counted in a [[total-cost-of-ownership]] comparison.""",
        "example": "A British insurer opens a wholly owned subsidiary in Manila for claims processing and customer-service back office. It recruits a local managing director from a provider, grows to 400 staff over eighteen months and keeps claims-handling rules and data under the same controls as in the UK.",
        "fits_when": """- You have large, lasting volumes of work that can be done remotely.
- Full control of data and intellectual property matters.
- You can commit senior attention and invest for a year or more before the payback.
- Limited overlap of working hours is acceptable.""",
        "not_fits_when": """- Volumes are small or uncertain.
- The work needs real-time collaboration across the whole home working day.
- Data must stay in your country.
- You need results within a few months.""",
        "related": [
            "captive-centre",
            "nearshore-captive-centre",
            "offshore-outsourcing",
            "build-operate-transfer",
            "global-capability-centre",
            "offshoring",
        ],
        "last_reviewed": "2026-12-06",
        "sources": [
            s.UNCTAD_WIR_2004,
            s.EUROSTAT_INTERNATIONAL_SOURCING,
            s.wikipedia("Offshoring", "Offshoring"),
        ],
        "values": {
            "basic-definition": "A company's own subsidiary or branch in a distant country, staffed by its own employees.",
            "meaning": "The firm sets up and runs its own entity far away, typically in a large lower-cost talent market, and moves selected processes there.",
            "who-does-the-work": "The firm's own employees abroad.",
            "location": "Offshore: a distant country, usually several time zones away.",
            "drivers": "Large and lasting volumes, access to deep talent pools and lower wages, and a need to keep data and intellectual property under the firm's own control.",
            "benefits": "Control, no provider margin, lower labour costs, and a capability that grows over time.",
            "primary-goal": "To use distant labour markets while keeping the work in-house.",
            "risks": "Long set-up, fixed costs, staff turnover, distance from headquarters, time-zone friction, and local legal and tax complexity.",
            "control": "High by ownership, harder in practice because of distance.",
            "cost-profile": "High set-up investment, then lower wage costs offset by travel, management and communication overhead.",
            "time-to-set-up": "Typically twelve to twenty-four months to reach full capacity.",
        },
    },
    {
        "slug": "nearshore-captive-centre",
        "name": "Nearshore captive centre",
        "aliases": [
            "nearshore captive center",
            "captive nearshoring",
            "nearshore captive",
        ],
        "misspellings": ["nearshore captiv centre", "nearshore captive centr"],
        "category": "ownership",
        "definition": "A company's own subsidiary or branch in a nearby country, usually within a few hours' flight and with overlapping working hours, staffed by its own employees.",
        "takeaways": [
            "It keeps the work in-house while moving it to a nearby, usually cheaper, country.",
            "Overlapping working hours and easy travel make it suitable for work that needs daily collaboration.",
            "Savings are usually smaller than with a distant location, and nearshore talent pools can be thinner and more contested.",
        ],
        "explanation": """A nearshore captive centre is a [[captive-centre]] in a **nearby country**: for a Western European firm, say, in Central and Eastern Europe, Portugal or North Africa; for a US firm, in Mexico, Canada or Central America.

It combines in-house ownership with the advantages of [[nearshoring]]: most of the working day overlaps, managers can visit in a day, and language, culture and (within the EU single market) law are often closer. That makes it suitable for work that needs frequent interaction with teams at home, such as product development, analytics or finance processes that are still changing.

Compared with a [[captive-offshore-centre]], wage savings are usually smaller and the talent pool may be thinner and more contested by other investors, so wages can rise faster in popular hubs. Compared with [[nearshore-outsourcing]], the firm keeps control and know-how but carries the set-up and fixed costs itself.

Inside the EU, a nearshore centre also avoids the transfer rules for personal data that apply to non-EU countries under the GDPR, although the parent remains responsible for how data is handled.""",
        "example": "A Dutch online retailer sets up its own software development subsidiary in Lisbon. The teams work the same hours as Amsterdam minus one, product managers fly in for planning every quarter, and the company hires 120 engineers in two years at lower cost than at home.",
        "fits_when": """- The work needs daily collaboration with teams at home.
- You want in-house control and can carry fixed costs.
- A suitable talent pool exists within easy travel distance.""",
        "not_fits_when": """- The largest possible wage saving is the main goal.
- Volumes are too small to justify an entity.
- Local hiring competition would make retention too hard.""",
        "related": [
            "captive-centre",
            "captive-offshore-centre",
            "nearshoring",
            "nearshore-outsourcing",
            "in-house",
        ],
        "sources": [
            s.CARMEL_ABBOTT_2007,
            s.UNCTAD_WIR_2004,
            s.GDPR,
        ],
        "values": {
            "basic-definition": "A company's own subsidiary or branch in a nearby country, staffed by its own employees.",
            "meaning": "The firm runs its own entity close to home, with overlapping working hours, and moves selected teams or processes there.",
            "who-does-the-work": "The firm's own employees in the nearby country.",
            "location": "Nearshore: a neighbouring or nearby country, in the same or an adjacent time zone.",
            "drivers": "Work that needs close collaboration, a wish for control, cost and talent advantages nearby, and sometimes data rules that favour the same trade bloc.",
            "benefits": "Control and retained know-how, easy travel, large overlap in working hours, and moderate savings.",
            "primary-goal": "To gain nearby talent and cost advantages while keeping the work in-house and close.",
            "risks": "Set-up and fixed costs, smaller talent pools, wage inflation in popular hubs, and local legal complexity.",
            "control": "High: ownership plus proximity.",
            "cost-profile": "Set-up investment, then fixed costs below home levels but above distant offshore locations.",
            "time-to-set-up": "Typically nine to eighteen months to reach full capacity.",
        },
    },
    {
        "slug": "global-capability-centre",
        "name": "Global capability centre",
        "aliases": [
            "GCC",
            "global capability center",
            "global in-house centre",
            "global in-house center",
            "GIC",
        ],
        "misspellings": ["global capabilty centre", "global capability centr"],
        "category": "ownership",
        "definition": "A large captive unit of a multinational, usually in a major talent hub, that serves the whole group with specialist work such as engineering, analytics and IT, not only back-office tasks.",
        "takeaways": [
            "A GCC is a captive centre with a group-wide, often strategic mandate: the name marks its scope, not a different ownership model.",
            "Many began as cost-driven back offices and now own products, platforms or research for the group.",
            "Its value depends on the decision rights it is given; a GCC treated as a cheap service desk rarely keeps its best people.",
        ],
        "explanation": """A global capability centre (GCC), earlier often called a *global in-house centre* (GIC), is a [[captive-centre]] with a **broad, group-wide mandate**. The staff are the multinational's own employees, usually in a major talent hub such as Bangalore, Hyderabad, Kraków or Manila, and the work ranges from IT and finance operations to software engineering, data science and research.

The term is mostly used in the industry and the press, especially in India; statistically, a GCC is simply a foreign affiliate of a multinational that provides services to its own group, the "captive" form of services offshoring that UNCTAD distinguished from outsourcing to third parties. Deloitte's 2024 outsourcing survey reports wide use of such global in-house centres alongside outsourcing providers.

A GCC differs from a [[shared-services-centre]] mainly in scope: shared services consolidate standard support processes, while a GCC often owns whole products or capabilities. Many GCCs do both, and GCCs are frequently set up through [[build-operate-transfer]] arrangements.""",
        "example": "A US retailer's centre in Bangalore, wholly owned and employing 3,000 people, builds the group's e-commerce platform and pricing algorithms, runs its global cloud operations and provides finance reporting; its leaders report into global product and technology heads rather than a local site manager.",
        "fits_when": """- You need specialist talent at a scale your home market cannot supply.
- You are willing to give the centre real ownership of products or capabilities.
- You can commit for many years and invest in local leadership.""",
        "not_fits_when": """- You only need a few people or a short project.
- Headquarters is unwilling to delegate decisions.
- The work must stay in the home country for legal or data reasons.""",
        "related": [
            "captive-centre",
            "captive-offshore-centre",
            "global-business-services",
            "shared-services-centre",
            "build-operate-transfer",
        ],
        "sources": [
            s.DELOITTE_GOS_2024,
            s.UNCTAD_WIR_2004,
            s.MORGAN_LEWIS_BOT_2024,
        ],
        "values": {
            "basic-definition": "A large captive unit of a multinational that serves the whole group with specialist as well as support work.",
            "meaning": "A wholly owned centre with a group-wide mandate, often owning products, platforms or analytics rather than only processing transactions.",
            "who-does-the-work": "The multinational's own employees.",
            "location": "Usually offshore or nearshore talent hubs.",
            "drivers": "Access to specialist talent at scale, cost, control of intellectual property and a wish to build lasting capabilities.",
            "benefits": "Deep talent pools, retained know-how, group-wide standards and no provider margin.",
            "primary-goal": "To build lasting group capabilities in a talent hub under the firm's own control.",
            "risks": "Talent competition and attrition, headquarters not delegating, fixed costs, and local regulatory and tax complexity.",
            "control": "High, by ownership; effectiveness depends on the decision rights given to the centre.",
            "cost-profile": "Significant investment and fixed costs, with lower wages than at home and no provider margin.",
            "time-to-set-up": "One to two years to build; many grow over a decade.",
        },
    },
    {
        "slug": "shared-services-centre",
        "name": "Shared services centre",
        "aliases": [
            "shared service centre",
            "shared services center",
            "shared service center",
            "SSC",
            "shared services",
        ],
        "misspellings": ["shared servises centre", "shared services centr"],
        "category": "ownership",
        "definition": "An internal unit that consolidates support processes such as finance, HR, procurement or IT for several business units and serves them as internal customers.",
        "takeaways": [
            "Shared services are an organisational choice inside the firm: one internal unit gives several business units standardised services, instead of a provider.",
            "It differs from a captive centre by purpose, not location: it can sit at home, nearshore or offshore, and can later be outsourced or grow into global business services.",
            "Savings come from standard processes and scale, which requires business units to give up local variations.",
        ],
        "explanation": """A shared services centre (SSC) **consolidates support processes that business units used to run separately**, such as accounts payable, payroll, recruitment administration, IT support or procurement operations, into one internal unit. The business units become its internal customers, often with internal service agreements and charges.

It is an ownership form inside the firm: the staff are the firm's own employees, so a shared services centre is not [[outsourcing]]. What sets it apart from a [[captive-centre]] is its **purpose, not its location**: an SSC exists to serve several business units with standardised services, while a captive centre is defined by being the firm's own unit abroad, whatever work it does. Many SSCs sit in the home country; many others are in lower-cost locations and are then captive centres as well.

Research describes the aim as both cost savings and better service through specialisation and standard processes. The condition is that business units accept standard processes: an SSC that must run twenty local variants saves little. Typical later steps are to outsource parts of the SSC's work to a [[bpo]] provider, or to widen its scope across functions and regions into [[global-business-services]].""",
        "example": "A food manufacturer with twelve national subsidiaries moves their accounts payable, receivable and general ledger work into one finance shared services centre in Kraków, standardises on one ERP process, and charges each subsidiary per invoice processed.",
        "fits_when": """- Several units run similar support processes separately.
- Processes can be standardised across units.
- Leaders will back the change against local resistance.""",
        "not_fits_when": """- The organisation is small or has one business unit.
- Units' processes differ for good legal or commercial reasons.
- There is no sponsor to enforce standard ways of working.""",
        "related": [
            "global-business-services",
            "bpo",
            "captive-centre",
            "global-capability-centre",
            "in-house",
        ],
        "last_reviewed": "2026-12-06",
        "sources": [
            s.RICHTER_BRUHL_2017,
            s.LACITY_BPO_REVIEW_2011,
            s.wikipedia("Shared_services", "Shared services"),
        ],
        "values": {
            "basic-definition": "An internal unit that consolidates support processes for several business units.",
            "meaning": "Business units hand their transactional support work to one internal centre with standard processes and internal service agreements.",
            "who-does-the-work": "The organisation's own employees in the centre.",
            "location": "Home country, nearshore or offshore; location is a separate decision.",
            "drivers": "Duplicated support processes across units, cost pressure, and a wish for consistent quality and control.",
            "benefits": "Economies of scale, standard processes, better data and a platform for automation or later outsourcing.",
            "primary-goal": "To run common support processes once, well and cheaply for the whole organisation.",
            "risks": "Resistance from business units, loss of local knowledge, internal-monopoly complacency, and service that feels remote.",
            "control": "High: internal ownership with internal service agreements.",
            "cost-profile": "Set-up and process redesign costs, then lower running costs from scale; charged back to units.",
            "time-to-set-up": "Usually one to two years, in waves by process and country.",
        },
    },
    {
        "slug": "global-business-services",
        "name": "Global business services",
        "aliases": [
            "GBS",
            "global business services organisation",
            "global business services organization",
        ],
        "misspellings": ["global buisness services", "global business servises"],
        "category": "ownership",
        "definition": "An operating model that manages a multinational's support services across functions and regions as one portfolio, combining its own centres and outsourcing providers under single governance.",
        "takeaways": [
            "GBS is the step after function-by-function shared services: one leadership for finance, HR, IT and more, across regions.",
            "It deliberately mixes in-house centres and providers, choosing the best source for each process.",
            "It needs strong governance and end-to-end process ownership; without them it is just a new name on the organisation chart.",
        ],
        "explanation": """Global business services (GBS) **brings a multinational's support services under one leadership and one governance model**, across functions and regions. Instead of a finance shared services centre here and an HR centre there, GBS manages end-to-end processes (such as procure-to-pay or hire-to-retire) as one portfolio.

GBS is not itself a delivery location or an ownership form. It typically combines several sources: the firm's own [[shared-services-centre|shared services]] or [[global-capability-centre|capability centres]], [[bpo]] and [[ito]] providers, and automation, in a deliberate [[multisourcing]] design. The GBS organisation decides which source does what and holds all of them to common service levels.

The promise is consistent service and data, better use of scale and a single place to invest in automation and analytics. The risks are those of any large integration: complex governance, internal politics across functions, and a portfolio of providers that must be managed actively.""",
        "example": "A consumer-goods multinational creates a GBS organisation under one executive. It brings three regional finance centres, an HR centre and the IT service desk under common process owners, keeps payroll with a BPO provider and the service desk with a managed-services provider, and reports one set of service levels to the business.",
        "fits_when": """- You already run several shared services centres or outsourcing contracts.
- You want end-to-end processes and common data across functions and regions.
- Senior leadership will support a single governance model.""",
        "not_fits_when": """- The organisation is not yet standardised within single functions.
- Support services are small or limited to one country.
- Functions will not accept a common owner.""",
        "related": [
            "shared-services-centre",
            "global-capability-centre",
            "multisourcing",
            "bpo",
            "managed-services",
        ],
        "sources": [
            s.RICHTER_BRUHL_2017,
            s.BAPNA_ET_AL_2010,
            s.DELOITTE_GOS_2024,
        ],
        "values": {
            "basic-definition": "An operating model that manages support services across functions and regions as one portfolio.",
            "meaning": "One organisation owns end-to-end support processes and decides which centre, provider or automation delivers each part.",
            "who-does-the-work": "A mix: the firm's own centres and outsourcing providers under common governance.",
            "location": "Multiple: home, nearshore and offshore centres and providers.",
            "drivers": "Fragmented shared services, inconsistent data and service across regions, and a wish to invest in automation once.",
            "benefits": "Consistent service and data, scale across functions, and a single point of accountability.",
            "primary-goal": "To run support services as one integrated, global business.",
            "risks": "Governance complexity, politics across functions, and dependency on many providers.",
            "control": "High at the centre, exercised through process ownership and contracts.",
            "cost-profile": "Significant transformation investment; savings from scale, standardisation and automation over several years.",
            "time-to-set-up": "Several years, in waves.",
        },
    },
]
