"""Engagement models: how a sourcing arrangement is packaged."""

from . import sources as s

TERMS = [
    {
        "slug": "bpo",
        "name": "Business process outsourcing (BPO)",
        "aliases": ["BPO", "business process outsourcing", "process outsourcing"],
        "misspellings": ["buisness process outsourcing", "business proces outsourcing"],
        "keywords": ["BPO company", "BPO provider", "BPO services"],
        "category": "engagement-models",
        "definition": "Outsourcing a complete, repeatable business process, such as payroll, accounting or customer service, to a provider that runs it to agreed service levels.",
        "takeaways": [
            "BPO hands over a whole process with measurable results, not individual tasks or people.",
            "It suits rule-based, high-volume work; savings come from standardisation, scale, location and automation.",
            "Document the process first and keep a team that can manage the provider, or problems surface only at renewal.",
        ],
        "explanation": """Business process outsourcing hands a **complete, repeatable business process** to a provider that runs it to agreed, measurable performance levels. Gartner's glossary stresses exactly that: the provider owns, administers and manages the process against defined metrics. BPO is usually divided into:

- **back-office processes**: finance and accounting, payroll, HR administration, procurement, claims and document processing;
- **front-office processes**: customer service, technical support, sales and collections, often through contact centres.

BPO suits work that is rule-based, high in volume and easy to measure. Providers standardise the process, spread technology and management costs over many clients and increasingly automate routine steps.

It is an ownership and engagement choice, not a location: a provider can deliver from the client's country, a nearby one or a distant one, and large providers combine all three. Contracts commonly price per transaction, per full-time equivalent or per outcome, backed by a [[service-level-agreement]], and should cover data protection, continuity, audit rights and exit support.

A large review of BPO research found that outcomes depend on the client's own capabilities (process knowledge, contract and relationship management) as much as on the provider's. When the work depends on expert judgement rather than rules, it is usually called [[kpo]].""",
        "example": "A telecoms operator outsources first-line customer support for prepaid customers to a BPO provider. The provider runs two contact centres, is paid per resolved contact, and must answer 80% of calls within 30 seconds and keep customer-satisfaction scores above an agreed level.",
        "fits_when": """- The process is rule-based, high-volume and measurable.
- It does not differentiate you, or a provider can run it better at scale.
- You can document it and manage a provider against service levels.""",
        "not_fits_when": """- The process is poorly understood or changes constantly.
- It is a key part of your customer experience and the provider cannot meet your standard.
- Volumes are too small for a provider's scale to matter.""",
        "related": [
            "kpo",
            "ito",
            "outsourcing",
            "shared-services-centre",
            "service-level-agreement",
            "gain-sharing",
        ],
        "last_reviewed": "2026-12-06",
        "sources": [
            s.GARTNER_BPO,
            s.LACITY_BPO_REVIEW_2011,
            s.wikipedia("Business_process_outsourcing", "Business process outsourcing"),
        ],
        "values": {
            "basic-definition": "Outsourcing a complete, repeatable business process, such as payroll, accounting or customer service, to a provider that runs it to agreed service levels.",
            "meaning": "The provider takes over the people, steps and often the systems of a process and reports against measurable targets.",
            "who-does-the-work": "The provider's staff, increasingly supported by automation.",
            "location": "Onshore, nearshore or offshore; large providers often combine several locations.",
            "drivers": "High-volume, rule-based work, a wish to focus on core activities, scalable capacity, extended service hours, and pressure on operating costs.",
            "benefits": "Standardised processes, economies of scale, flexible capacity, extended service hours and often lower unit costs.",
            "primary-goal": "To run routine processes more efficiently and reliably.",
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
        "misspellings": [
            "knowlege process outsourcing",
            "knowledge proces outsourcing",
        ],
        "category": "engagement-models",
        "definition": "Outsourcing work that relies on specialist knowledge and judgement, such as research, analytics, legal review or engineering design.",
        "takeaways": [
            "KPO buys expert judgement, not transaction processing, so quality must be judged by experts.",
            "Savings are narrower than in BPO because qualified people are expensive everywhere.",
            "Start with a pilot and keep expert reviewers in-house; confidentiality and professional rules matter more here.",
        ],
        "explanation": """Knowledge process outsourcing covers work that depends on **specialist knowledge and judgement** rather than fixed rules: market and investment research, data analytics, financial modelling, legal research and document review, patent work, engineering design, and clinical or scientific analysis.

KPO is often described as the higher-value end of [[bpo]]. The practical differences lie in what is bought: the provider's staff are graduates or qualified professionals; quality is judged by experts and is harder to measure than volumes; the provider needs deep context about the client's business; and confidentiality and intellectual property matter more, because the work feeds decisions.

Firms use KPO to reach scarce expertise, add analytical capacity without permanent hires, or get work done overnight by teams in other time zones. Savings are possible but narrower than for routine BPO.

The main risks are uneven quality, dependence on a few key individuals at the provider, leaks of sensitive information, and regulatory limits: some professional work, legal advice for example, may have to be supervised or signed off by qualified people in the client's jurisdiction. Building the relationship takes longer than for BPO, so pilots with clear review steps are common before the scope is widened.""",
        "example": "An asset manager in London outsources company research on mid-cap stocks to a research provider's team of analysts in India. The team produces earnings models and sector notes overnight; the manager's own analysts review every model before it is used in investment decisions.",
        "fits_when": """- You need expert capacity that is scarce or expensive to hire.
- Outputs can be reviewed by your own experts.
- Confidential information can be protected contractually and technically.""",
        "not_fits_when": """- The work is your core intellectual property or competitive edge.
- Regulation requires the work to be done or signed off by licensed staff you employ.
- You have nobody in-house who can judge the quality.""",
        "related": ["bpo", "ito", "outsourcing", "offshore-outsourcing"],
        "last_reviewed": "2026-12-06",
        "sources": [
            s.LACITY_BPO_REVIEW_2011,
            s.wikipedia(
                "Knowledge_process_outsourcing", "Knowledge process outsourcing"
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
        "aliases": ["ITO", "IT outsourcing", "information technology outsourcing"],
        "misspellings": ["IT out-sourcing", "IT outsorcing"],
        "category": "engagement-models",
        "definition": "Outsourcing information-technology work, such as software development, infrastructure operations or the service desk, to an external provider.",
        "takeaways": [
            "ITO ranges from a fixed-price project to multi-year managed services for whole IT environments.",
            "Much IT work is remote, which is why it has been widely offshored and nearshored.",
            "Keep architecture, security policy and vendor management in-house, so you can direct providers and switch them.",
        ],
        "explanation": """IT outsourcing hands **information-technology work** to an external provider. Typical scopes are application development and maintenance; infrastructure, data-centre, network and end-user device operations; the service desk; and security operations and cloud management.

Engagements range from a single project for a fixed price to multi-year [[managed-services]] contracts in which the provider runs an environment to agreed service levels. Large organisations often split IT among several providers and coordinate them, an approach called [[multisourcing]].

Reasons include access to skills that are hard to hire, scaling teams for projects, round-the-clock operations, and turning capital spending into predictable fees. ITO is independent of location; because much IT work is remote, it has been among the most offshored and nearshored services.

Two decades of research on ITO, reviewed by Lacity and colleagues, point to the same lessons: outcomes depend on the client's capabilities in contracting, relationship management and knowledge transfer; selective outsourcing of well-understood work tends to do better than total outsourcing; and detailed contracts and trust are complements, not alternatives. Deloitte's 2024 survey also found that most executives had brought some outsourced work back in-house in the previous five years, so plan the exit from the start ([[vendor-lock-in]]).

When a firm only needs extra developers who work inside its own team, the arrangement is [[out-staffing]] rather than ITO.""",
        "example": "A regional retailer outsources its data-centre and network operations to an IT provider under a five-year contract with availability and incident-resolution service levels, while keeping enterprise architecture, information security and vendor management with its own small IT team.",
        "fits_when": """- The IT work is well understood and can be measured.
- Skills are hard to hire or needed only for a period.
- You keep enough in-house expertise to direct and assess providers.""",
        "not_fits_when": """- The systems are your main source of differentiation and change constantly.
- Requirements are vague and you cannot yet specify them.
- You would have no one left who understands your architecture.""",
        "related": [
            "managed-services",
            "bpo",
            "kpo",
            "out-staffing",
            "multisourcing",
            "outsourcing",
            "vendor-lock-in",
        ],
        "last_reviewed": "2026-12-06",
        "sources": [
            s.LACITY_ITO_REVIEW_2010,
            s.DELOITTE_GOS_2024,
            s.wikipedia("Outsourcing", "Outsourcing"),
        ],
        "values": {
            "basic-definition": "Outsourcing IT work, such as application development, infrastructure, support or security operations, to an external provider.",
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
        "slug": "managed-services",
        "name": "Managed services",
        "aliases": [
            "managed service provider",
            "MSP",
            "managed IT services",
            "managed service",
        ],
        "misspellings": ["manged services", "managed servises"],
        "category": "engagement-models",
        "definition": "An ongoing arrangement in which a provider takes responsibility for operating, maintaining and improving a defined service, such as IT infrastructure or security monitoring, on the client's premises or remotely, for a recurring fee against service levels.",
        "takeaways": [
            "Managed services buy an outcome that runs continuously (a working service), not people or a one-off project.",
            "The provider chooses tools and staffing; you hold it to service levels and pay a recurring fee.",
            "Define scope, service levels and exit terms carefully: the fee covers only what is written down.",
        ],
        "explanation": """In a managed service, a provider **takes ongoing responsibility for running a defined service** (networks, servers, cloud platforms, end-user devices, security monitoring, payroll systems) and is paid a recurring fee, usually per user, device or service tier, against agreed service levels. EU law now defines the IT form: the NIS2 Directive describes a managed service provider as one whose services concern the installation, management, operation or maintenance of ICT products, networks, infrastructure or applications, through assistance or active administration, at the customer's premises or remotely, and it brings such providers within its cybersecurity rules.

Managed services are a form of [[outsourcing]], most common within [[ito]]. What distinguishes them from project work or [[out-staffing]] is responsibility for an outcome that runs continuously: the provider monitors, fixes, patches and improves, and decides how many people and which tools are needed. Service management standards such as ISO/IEC 20000-1 describe the processes (incident, change, service-level and supplier management) that a well-run managed service uses on both sides.

The benefits are predictable costs, round-the-clock coverage and access to tools and specialists no single client could justify. The risks are a scope that is narrower than the client assumed, fees that rise with every change request, and dependence on the provider's tooling ([[vendor-lock-in]]). Write the scope, the [[service-level-agreement]], data ownership and exit assistance into the contract before signing.""",
        "example": "A law firm with 300 staff pays a managed-services provider a monthly fee per user to run its laptops, Microsoft 365 tenancy, backups and security monitoring around the clock, with a four-hour fix target for critical incidents and quarterly service reviews.",
        "fits_when": """- The service is well defined and needed continuously.
- You want predictable costs and round-the-clock coverage.
- You lack the scale to employ the specialists and tools yourself.""",
        "not_fits_when": """- You want to direct individual people day to day.
- The work is a one-off project with a clear end.
- Scope is so fluid that every month brings change requests.""",
        "related": [
            "ito",
            "outsourcing",
            "service-level-agreement",
            "out-staffing",
            "vendor-lock-in",
            "co-sourcing",
        ],
        "last_reviewed": "2026-12-06",
        "sources": [
            s.cite(
                s.NIS2, "Article 6 (definition of managed service provider); Annex I"
            ),
            s.ISO_IEC_20000_1,
            s.LACITY_ITO_REVIEW_2010,
        ],
        "values": {
            "basic-definition": "A provider takes ongoing responsibility for running a defined service for a recurring fee against service levels.",
            "meaning": "You buy a working service; the provider monitors, maintains and improves it with its own people and tools.",
            "who-does-the-work": "The provider's staff, often from shared service centres and with automated tooling.",
            "location": "Mostly remote, from the provider's onshore, nearshore or offshore centres, with on-site support where needed.",
            "drivers": "Need for continuous coverage, scarce specialist skills, predictable costs, and a wish to focus internal staff elsewhere.",
            "benefits": "Predictable costs, round-the-clock operations, access to tools and specialists, and service levels to enforce.",
            "primary-goal": "To have a defined service run reliably by a specialist for a predictable fee.",
            "risks": "Narrow scope and change fees, dependence on the provider's tooling, weaker internal knowledge, and difficult exits.",
            "control": "Contractual: through service levels, reports and service reviews.",
            "cost-profile": "Recurring fees per user, device or tier, plus onboarding costs and charges for out-of-scope work.",
            "time-to-set-up": "Weeks for a standard service; a few months for complex environments.",
        },
    },
    {
        "slug": "build-operate-transfer",
        "name": "Build-operate-transfer",
        "aliases": ["BOT", "build operate transfer", "assisted captive"],
        "misspellings": ["build-operate-tranfer", "bulid-operate-transfer"],
        "category": "engagement-models",
        "definition": "An arrangement in which a provider builds and runs a delivery centre for a client and then transfers it to the client's ownership on agreed terms.",
        "takeaways": [
            "BOT starts as outsourcing and ends as a captive centre: the provider carries the set-up risk, you end up as owner.",
            "The transfer is usually a right, not an obligation, so agree its price, timing and conditions at the start.",
            "The danger is the handover: key people leaving, or knowledge and tools staying with the provider.",
        ],
        "explanation": """Build-operate-transfer is a **staged route to owning a delivery centre abroad**. In business services, a provider:

1. **builds** a centre for the client: sets up the site or legal entity, recruits the team and puts processes in place;
2. **operates** it for an agreed period under a service contract;
3. **transfers** the centre (staff, assets and often the legal entity) to the client on pre-agreed terms, so that it becomes the client's [[captive-centre]].

The name is borrowed from infrastructure concessions, but the services version is a different animal: the asset is a team and its know-how, not a toll road. Research on BOT contracts in services describes them as giving the client a call option, a right but not an obligation, to take over pre-specified assets, combining features of outsourced and captive offshoring. Law firms report growing use of BOT to set up [[global-capability-centre|global capability centres]].

The model lets a firm use the provider's local knowledge, recruiting and legal set-up to start sooner and with less risk. Settle at the start: the conditions, timing and price of the transfer; ownership of intellectual property, tools and data; how employees move to the new employer and how key people are retained; and whether the provider may use the team for others. BOT is rarely the cheapest route; it buys speed and lower risk.""",
        "example": "A Swiss bank contracts a provider to build a 150-person software engineering centre in Vilnius. The provider hires the team and runs the centre for three years; the bank then exercises its option, takes over the Lithuanian entity and its staff for a pre-agreed fee, and runs it as its own captive centre.",
        "fits_when": """- You want your own centre in a country you do not know well.
- You need to start faster than building alone would allow.
- You are willing to pay for reduced set-up risk and an option to own.""",
        "not_fits_when": """- You already run entities in that country and can build the centre yourself.
- You do not expect to want ownership at all (plain outsourcing is simpler).
- The volume is too small for a captive centre to make sense later.""",
        "related": [
            "captive-centre",
            "captive-offshore-centre",
            "global-capability-centre",
            "offshore-outsourcing",
            "transition-and-knowledge-transfer",
        ],
        "sources": [
            s.BOT_SERVICES_JIM_2013,
            s.MORGAN_LEWIS_BOT_2024,
            s.UNCTAD_WIR_2004,
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
            "time-to-set-up": "The centre can often start within months; the transfer follows after the agreed period of operation, often two to four years.",
        },
    },
    {
        "slug": "out-staffing",
        "name": "Out-staffing",
        "aliases": [
            "staff augmentation",
            "outstaffing",
            "team extension",
            "IT staff augmentation",
        ],
        "misspellings": ["out staffing", "outstafing", "out-stafing"],
        "category": "engagement-models",
        "definition": "Adding people who are employed by a provider to your own team, where they work under your day-to-day direction.",
        "takeaways": [
            "You buy people's time and skills, not a result: you direct the work and carry the delivery risk.",
            "It is fast and flexible for skill gaps and peaks, from a provider at home or abroad.",
            "Legally it is a triangular employment relationship; agency-work and worker-classification rules may apply.",
        ],
        "explanation": """Out-staffing, also called staff augmentation, means **adding people from a provider to your own team**. The provider recruits, employs and pays them; they work on your tasks, follow your priorities and are managed day to day by your managers. You buy capacity and skills, not a finished service.

This is the key difference from [[outsourcing]], where the provider commits to a result and organises its own staff. In out-staffing the client directs the work and therefore owns the outcome. Fees are time-based: per person per hour, day or month.

It is common in software development, IT and engineering when a team needs specific skills for a period, hiring locally is slow or the talent is scarce, and the firm wants to keep control of design, methods and priorities. Many out-staffing providers supply remote engineers from nearshore or offshore locations.

**Legal shape.** Out-staffing is a triangular arrangement: the provider is the employer, the client directs the work. International labour law recognises exactly this pattern, an agency employing workers to make them available to a "user enterprise" that assigns and supervises their tasks (ILO Convention 181), and in the EU the Temporary Agency Work Directive can apply when the people work under the client's supervision and direction. National rules can be strict. In Germany, for example, people who are integrated into the client's organisation and take its instructions are on agency work (*Arbeitnehmerüberlassung*): the provider needs a licence from the Federal Employment Agency, the contract must say that it is agency work, and the same person may be assigned to the same client for at most 18 consecutive months unless a collective agreement in the client's sector allows otherwise. Long-running arrangements elsewhere can also raise questions about who the real employer is, so check local rules before you start. Where you want the provider to manage the team and own results, consider a [[dedicated-team]] or [[managed-services]] instead; where you want to hire a specific person abroad as your own employee, an [[employer-of-record]].""",
        "example": "A fintech start-up in Berlin adds four senior backend developers from a Romanian out-staffing provider to its payments team for nine months. They join the team's sprints and stand-ups, report to the start-up's engineering manager, and the provider invoices a monthly rate per developer. Because the developers work under the start-up's instructions, German law treats this as agency work: the start-up first checks that the provider holds a German agency-work licence and that the contract names the arrangement as agency work, and nine months stays well within the 18-month limit.",
        "fits_when": """- You have the management capacity to direct extra people.
- You need specific skills quickly or for a limited time.
- You want to keep control of methods, priorities and code.""",
        "not_fits_when": """- You want a provider to take responsibility for results.
- You have no one to lead and integrate the extra people.
- The need is permanent and core: hiring, or an employer of record, may be better.""",
        "related": [
            "outsourcing",
            "dedicated-team",
            "employer-of-record",
            "employee-leasing",
            "managed-services",
            "ito",
            "in-house",
        ],
        "last_reviewed": "2026-12-06",
        "sources": [
            s.ILO_C181,
            s.DIRECTIVE_TEMPORARY_AGENCY_WORK,
            s.cite(s.GERMAN_AGENCY_WORK_ACT, "§ 1(1) and (1b)"),
            s.LACITY_ITO_REVIEW_2010,
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
        "slug": "dedicated-team",
        "name": "Dedicated team",
        "aliases": [
            "offshore development centre",
            "offshore development center",
            "ODC",
            "dedicated development team",
        ],
        "misspellings": ["dedicted team", "dedicated teem"],
        "category": "engagement-models",
        "definition": "A team assembled and employed by a provider that works only for one client over the long term, with the client setting priorities and the provider managing people, premises and delivery practice.",
        "takeaways": [
            "A dedicated team sits between out-staffing and outsourcing: exclusive, long-term people, managed jointly.",
            "The larger, formal version with its own secure premises is often called an offshore development centre (ODC).",
            "Agree who answers for results; otherwise you pay for capacity while believing you bought delivery.",
        ],
        "explanation": """A dedicated team is a **group of people assembled by a provider to work only for one client**, usually for years rather than months. The provider recruits, employs, houses and manages the team (HR, retention, facilities, often delivery practices and team leads); the client sets product priorities, takes part in planning and typically has a say in who joins.

When such a team is large and has its own secured area, network and processes inside the provider's premises, it is often called an **offshore development centre** (ODC). Despite the name, it is not the client's own centre: the people remain the provider's employees, which is what separates an ODC from a [[captive-offshore-centre]] and what a [[build-operate-transfer]] clause can later change.

Compared with [[out-staffing]], the provider takes more responsibility for the team as a unit (stability, replacements, team leadership) and the arrangement is exclusive and longer. Compared with classic [[outsourcing]], the client usually keeps product ownership and the fee is per person-month rather than per result. Research on offshore IT sourcing notes that such long-term, relationship-based arrangements help accumulate client-specific knowledge, but still need active client governance.

Make the split of responsibilities explicit. If the client directs individuals day to day, EU agency-work rules may apply; if the provider owns delivery, write service levels.""",
        "example": "A Dutch SaaS company contracts a Ukrainian provider for a dedicated team of twelve engineers, a QA lead and a scrum master working only on its product. The provider handles hiring, salaries and office space in Lviv; the company's product owner sets the backlog, and the fee is a monthly rate per role.",
        "fits_when": """- You need a stable team for a long-running product, not a short peak.
- You want to keep product ownership but not employ people abroad.
- You can invest in onboarding and keep the team close to your product decisions.""",
        "not_fits_when": """- The need is short or uncertain.
- You want a fixed-price result with the provider fully accountable.
- You intend to own the centre soon (consider BOT or a captive centre).""",
        "related": [
            "out-staffing",
            "outsourcing",
            "captive-offshore-centre",
            "build-operate-transfer",
            "offshore-outsourcing",
        ],
        "sources": [
            s.LACITY_ITO_REVIEW_2010,
            s.DIRECTIVE_TEMPORARY_AGENCY_WORK,
            s.CARMEL_ABBOTT_2007,
        ],
        "values": {
            "basic-definition": "A provider's team that works only for one client over the long term, with priorities set by the client.",
            "meaning": "The provider employs, houses and manages the people; the client directs the product and shares in team decisions.",
            "who-does-the-work": "The provider's employees, assigned exclusively to the client.",
            "location": "Usually the provider's nearshore or offshore premises, sometimes a secured area (an ODC).",
            "drivers": "Long-running products, scarce skills, a wish for a stable team without employing abroad, and cost.",
            "benefits": "Stable, exclusive team that builds product knowledge; no local entity needed; provider handles HR and facilities.",
            "primary-goal": "To have a long-term, exclusive team abroad without setting up an entity.",
            "risks": "Unclear accountability for results, provider margin on every person, attrition, and agency-work exposure if the client directs individuals.",
            "control": "High over priorities; shared over people and delivery practice.",
            "cost-profile": "Monthly rates per role including the provider's margin; little up-front investment.",
            "time-to-set-up": "One to three months to assemble the first team; grows over time.",
        },
    },
    {
        "slug": "employer-of-record",
        "name": "Employer of record",
        "aliases": [
            "EOR",
            "employer-of-record service",
            "global employment outsourcing",
        ],
        "misspellings": ["employer of recrod", "employeer of record"],
        "category": "engagement-models",
        "definition": "A provider that becomes the legal employer of a worker in a country where the client has no entity, running contracts, payroll, taxes and benefits while the client directs the work.",
        "takeaways": [
            "An EOR lets you hire a specific person abroad without opening an entity there.",
            "You choose and direct the person; the EOR is the employer on paper and handles local employment law and payroll.",
            "It is a triangular arrangement: agency-work rules, permanent-establishment tax risk and local limits still need checking.",
        ],
        "explanation": """An employer of record (EOR) **becomes the legal employer of a person who works for you** in a country where you have no legal entity. The EOR signs the local employment contract, runs payroll, withholds taxes and social contributions, provides statutory benefits and keeps the employment compliant with local law; you recruit the person, set their work and manage them day to day.

It differs from [[out-staffing]] in who chooses the worker: with an EOR you bring your own hire and the provider supplies employment administration, while an out-staffing provider supplies its own specialists. It differs from a US professional employer organisation, covered under [[employee-leasing]], in that a PEO co-employs staff of a company that already has its own entity, whereas an EOR is the sole employer where the client has none.

Legally, the EOR model is a triangular employment relationship. The ILO's Private Employment Agencies Convention recognises services that employ workers to make them available to a user enterprise that assigns and supervises their tasks, and in the EU the Temporary Agency Work Directive can apply, with equal-treatment rights and, in some countries, limits on assignment length. Tax authorities may also treat a senior person's activity as creating a permanent establishment for the client. EORs are therefore best for a few people per country, or as a bridge until an entity is justified.""",
        "example": "A Canadian software company wants to hire a particular data engineer who lives in Portugal. Rather than open a Portuguese company, it uses an EOR: the EOR employs the engineer under a Portuguese contract and runs payroll and social security, and the engineer works full-time in the Canadian team.",
        "fits_when": """- You want to hire specific people in a country where you have no entity.
- Numbers per country are small, or you are testing a market.
- You can direct remote employees yourself.""",
        "not_fits_when": """- You plan a large team in that country (an entity or captive centre will be cheaper).
- Local law restricts long-term agency-style arrangements for your case.
- The person's role could create a permanent establishment for tax purposes.""",
        "related": ["out-staffing", "employee-leasing", "captive-centre", "in-house"],
        "sources": [
            s.ILO_C181,
            s.DIRECTIVE_TEMPORARY_AGENCY_WORK,
        ],
        "values": {
            "basic-definition": "A provider that legally employs a worker abroad on the client's behalf while the client directs the work.",
            "meaning": "You choose and manage the person; the EOR holds the local employment contract and runs payroll, tax and benefits.",
            "who-does-the-work": "A person you selected, employed on paper by the EOR and directed by you.",
            "location": "Wherever the worker lives, typically a country where the client has no entity.",
            "drivers": "Hiring specific talent abroad, entering a market without an entity, and speed.",
            "benefits": "Fast, compliant hiring abroad without an entity; local payroll and benefits handled.",
            "primary-goal": "To employ individuals abroad quickly without setting up a company there.",
            "risks": "Agency-work and misclassification rules, permanent-establishment tax risk, dependence on the EOR, and cost at scale.",
            "control": "High over the work; employment administration sits with the EOR.",
            "cost-profile": "Salary and employer costs plus a monthly fee per employee; cheap to start, expensive at scale.",
            "time-to-set-up": "Days to a few weeks per hire.",
        },
    },
    {
        "slug": "employee-leasing",
        "name": "Employee leasing",
        "aliases": [
            "leasing of personnel",
            "personnel leasing",
        ],
        "misspellings": ["employe leasing", "employee leesing"],
        "category": "engagement-models",
        "definition": "A label used for two legally opposite arrangements: a US professional employer organisation co-employing a client's existing staff, or, in much of Europe, an agency supplying its own workers to a client for a period.",
        "takeaways": [
            "The term is ambiguous: in the US it usually means a PEO, in much of Europe temporary agency work.",
            "A PEO shares the employer's duties for staff you already have; an agency supplies people who remain its own employees.",
            "Ask which one is meant before comparing offers: the law, the liabilities and what the fee pays for all differ.",
        ],
        "explanation": """*Employee leasing* is used for two arrangements that run in opposite directions, and this guide treats them as separate entries:

- **[[professional-employer-organisation|Professional employer organisation (PEO)]]**, the usual meaning in the United States: the business keeps its own staff, and the PEO becomes their co-employer, taking over payroll, benefits administration and employment-tax filings for a fee usually based on payroll. The workforce is the client's; what is shared is the employer's administration and some of its liabilities. The US tax authority runs a voluntary certification scheme for PEOs.
- **[[temporary-agency-work|Temporary agency work]]**, the usual meaning of "leasing of personnel" in much of Europe: an agency employs its own workers and assigns them to work under the client's supervision and direction for a period. EU law (Directive 2008/104/EC) gives them broadly the same basic working conditions as the client's own staff, and national laws may require licences or limit how long one worker can be assigned.

In both cases the client directs the daily work and no result is handed over, so neither is [[outsourcing]]. Beyond that they differ in almost everything: whose people they are, who recruits them, which rules apply and what the fee pays for. Related arrangements are [[out-staffing]], where a provider's specialists join your team, and an [[employer-of-record]], where a provider employs on paper a person you chose in a country where you have no entity.""",
        "example": "Two offers called 'employee leasing' reach the same manager: a US provider proposes to co-employ the firm's 40 existing staff and run their payroll and benefits (a PEO), while a German agency offers six of its own warehouse workers for the peak season (agency work). They solve different problems and carry different legal duties, so the manager compares each with its own alternatives.",
        "fits_when": """- You need to tell apart offers or documents that use the same label.
- You are deciding between sharing employer administration (a PEO) and borrowing workers (agency work).""",
        "not_fits_when": """- You already know which arrangement is meant: read its own entry.
- You want a provider to deliver a result (that is outsourcing).""",
        "related": ["out-staffing", "employer-of-record", "outsourcing", "uberization"],
        "last_reviewed": "2026-12-06",
        "sources": [
            s.IRS_CPEO,
            s.DIRECTIVE_TEMPORARY_AGENCY_WORK,
            s.ILO_C181,
        ],
        "values": {
            "basic-definition": "A label for two opposite arrangements: a US PEO co-employing your own staff, or an agency in Europe supplying its own workers.",
            "meaning": "Ask which is meant: with a PEO your existing staff gain a co-employer that runs payroll and benefits; with agency work an agency's workers join you for a period.",
            "who-does-the-work": "With a PEO, your own existing staff; with agency work, the agency's employees, directed by you.",
            "location": "Mostly at the client's own sites, in the client's country.",
            "drivers": "For a PEO, employment administration and benefits for a small firm; for agency work, extra or seasonal workers without hiring.",
            "benefits": "For a PEO, less HR and payroll work and access to group benefit plans; for agency work, flexible headcount at short notice.",
            "primary-goal": "Depends on the meaning: to share the employer's administration (PEO) or to obtain workers for a period (agency work).",
            "risks": "Mistaking one arrangement for the other; shared or unclear liability with a PEO; equal-treatment, licensing and assignment-length rules with agency work.",
            "control": "High over the daily work in both; employment administration sits with the provider.",
            "cost-profile": "For a PEO, a fee usually based on payroll; for agency work, a rate per worker that includes the agency's margin.",
            "time-to-set-up": "Usually weeks for either.",
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
        "misspellings": ["multisorcing", "mulitsourcing"],
        "category": "engagement-models",
        "definition": "Deliberately splitting a function among several providers, and often internal teams, and coordinating them as a single service.",
        "takeaways": [
            "Multisourcing picks the best source for each part of a function instead of one provider for all.",
            "It adds competition and reduces dependence, but every boundary between providers is a place where things fall through.",
            "It needs a strong integrator (in-house or a lead provider) and contracts that oblige providers to cooperate.",
        ],
        "explanation": """Multisourcing means **splitting a function among several providers, and often internal teams, instead of giving all of it to one supplier**, and governing the pieces as one service. A large IT department might use one provider for infrastructure, another for application maintenance and a third for the service desk, while keeping architecture and security in-house.

The motives are best-of-breed services, competition on price and innovation, less dependence on any single supplier, and easier replacement of one that underperforms.

The cost is coordination. Research on multisourcing points out that it is not just several one-to-one outsourcing deals side by side: providers who compete with each other must also cooperate and coordinate to deliver end-to-end results, so clients need incentives for "helping" effort, operating-level agreements between providers, and governance structures such as a lead or "guardian" provider. Service integration and management (SIAM) grew out of this need.

Multisourcing suits larger organisations with mature vendor-management skills. For smaller ones the management overhead can outweigh the benefits, and a single provider with a well-designed contract may be the simpler choice.""",
        "example": "A European airline splits its IT among four providers (cloud hosting, application maintenance for operations systems, the service desk, and security monitoring) and keeps a 30-person service-integration team that owns end-to-end service levels, runs joint incident reviews and holds operating-level agreements between the providers.",
        "fits_when": """- The scope is large and varied enough for specialists to add value.
- You have, or will build, a strong integration and vendor-management function.
- You want to reduce dependence on one provider.""",
        "not_fits_when": """- The organisation is small or the scope narrow.
- Nobody can own end-to-end service and arbitrate between providers.
- The parts are so interdependent that handovers would dominate.""",
        "related": [
            "outsourcing",
            "ito",
            "global-business-services",
            "vendor-lock-in",
            "service-level-agreement",
        ],
        "last_reviewed": "2026-12-06",
        "sources": [
            s.BAPNA_ET_AL_2010,
            s.LACITY_ITO_REVIEW_2010,
            s.wikipedia("Multisourcing", "Multisourcing"),
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
    {
        "slug": "follow-the-sun",
        "name": "Follow-the-sun",
        "aliases": [
            "follow the sun",
            "FTS",
            "round-the-clock development",
            "24-hour development",
        ],
        "misspellings": ["follow-the-sunn", "folow the sun"],
        "category": "engagement-models",
        "definition": "Handing work at the end of each working day to a team several time zones away, so that a task progresses around the clock across two or three sites.",
        "takeaways": [
            "Follow-the-sun uses time-zone differences on purpose: work moves west with the daylight.",
            "It works well for support and incident queues; for development it is hard, because every handover costs time and context.",
            "Its success depends on handover discipline, shared tools and work that can be cut into daily pieces.",
        ],
        "explanation": """Follow-the-sun (FTS) **passes work from one site to another at the end of each working day**, to a team several time zones further west, so that a task keeps moving around the clock without night shifts. A typical set-up has two or three sites roughly eight hours apart, for example Europe, the Americas and Asia-Pacific.

It is well established for IT service desks, incident management and customer support, where tickets can be handed over with a clear status. For software development it is much harder. Research by Carmel, Espinosa and Dubinsky defined FTS formally and found few documented successes: elapsed time shrinks only when the efficiency of handovers and within-site productivity outweigh the extra coordination across sites. Product architecture, development method and tooling must be designed for daily handovers.

FTS is an operating pattern, not an ownership model: the sites can be the firm's own ([[captive-centre]]), a provider's ([[offshore-outsourcing]]), or a mix. It is one of the genuine advantages of [[offshoring]] over nearshoring, because nearshore sites share the home working day.""",
        "example": "A global logistics company runs its IT service desk from Kraków, Mexico City and Manila. At the end of each shift, open priority incidents are handed over in a fifteen-minute call and a structured ticket note, so that critical incidents are worked on continuously without night shifts.",
        "fits_when": """- Work arrives around the clock and must be handled without delay.
- Tasks can be split into pieces with a clear status at handover.
- You can run shared tools and strict handover routines across sites.""",
        "not_fits_when": """- The work needs deep context held by one person or team.
- Teams cannot invest in handover discipline.
- Sites share most of their working day (there is nothing to hand over).""",
        "related": [
            "offshoring",
            "offshore-outsourcing",
            "managed-services",
            "captive-centre",
            "nearshoring",
        ],
        "last_reviewed": "2026-12-06",
        "sources": [
            s.CARMEL_ESPINOSA_DUBINSKY_2010,
            s.wikipedia("Follow-the-sun", "Follow-the-sun"),
        ],
        "values": {
            "basic-definition": "Handing work each day to a team several time zones away so that it progresses around the clock.",
            "meaning": "Two or three sites pass tasks or tickets along with the daylight, each working its normal day.",
            "who-does-the-work": "Teams at several sites: own staff, a provider's, or both.",
            "location": "Sites spread across time zones, typically about eight hours apart.",
            "drivers": "Round-the-clock demand, a wish to avoid night shifts, and shorter elapsed time for urgent work.",
            "benefits": "Continuous coverage during normal working hours and faster resolution of urgent work.",
            "primary-goal": "To keep work moving around the clock without night shifts.",
            "risks": "Costly handovers, lost context, duplicated effort and coordination overhead; few documented successes in development work.",
            "control": "Depends on ownership; requires strong shared processes across sites.",
            "cost-profile": "Costs of several sites, shared tooling and coordination, offset by avoiding night and weekend premiums.",
            "time-to-set-up": "Months to establish sites and handover routines.",
        },
    },
]
