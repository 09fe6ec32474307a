"""Contracts, platforms and the governance of a sourcing deal."""

from . import sources as s

TERMS = [
    {
        "slug": "gain-sharing",
        "name": "Gain-sharing contract",
        "aliases": [
            "gain-share contract",
            "risk-reward contract",
            "shared-savings contract",
        ],
        "misspellings": ["gain sharing contract", "gainshare contract"],
        # The source article's phrase for it; not an alias, since employee
        # profit-sharing schemes are something else (the explanation says so).
        "keywords": ["profit sharing"],
        "category": "contracts-and-platforms",
        "definition": "A contract in which part of the provider's pay depends on measurable gains, such as savings or extra revenue, divided by an agreed formula.",
        "takeaways": [
            "Gain-sharing is a pricing mechanism inside an outsourcing contract, not a sourcing model of its own.",
            "It only works when the gain can be measured against an agreed baseline and the provider controls the levers.",
            "It is not the same as employee gainsharing or profit-sharing plans, which reward a firm's own staff.",
        ],
        "explanation": """A gain-sharing contract ties part of a provider's pay to **measurable improvements it helps to achieve**: cost savings, extra revenue, fewer errors or faster cycle times. Client and provider agree a baseline, a way of measuring the gain and a formula for dividing it, often alongside a reduced base fee. Such contracts are also called risk-reward arrangements; outcome-based approaches such as "Vested" outsourcing build on the same idea.

Two neighbouring terms mean something else and should not be confused with it: **employee gainsharing plans**, which reward a company's own staff for productivity gains, and **profit-sharing schemes**, which distribute company profits to employees. When outsourcing articles mention "profit sharing" as a sourcing model, they usually mean this contract type.

Gain-sharing motivates providers to improve a process rather than merely execute it, and aligns both sides around business outcomes. It works best when the gain can be measured objectively, the provider genuinely controls what produces it, and both sides share data openly. Case research on IT outsourcing shows how much depends on the measurement method: savings have to be measured against budget or baseline parameters that both sides accept. Baselines are easy to dispute, attribution is hard, and providers may price in the risk or chase short-term gains, so audit rights, dispute procedures and regular reviews are essential.""",
        "example": "A utility outsources its accounts-receivable process with a base fee 20% below market and a clause giving the provider 30% of any reduction in average days-sales-outstanding below the agreed baseline, measured quarterly from the utility's ledger and audited yearly.",
        "fits_when": """- The improvement can be measured from data both sides trust.
- The provider controls the main levers of the result.
- Both sides are willing to share data and review the baseline openly.""",
        "not_fits_when": """- Results depend mostly on factors outside the provider's control.
- There is no reliable baseline.
- The contract is short or the scope is likely to change a lot.""",
        "related": ["outsourcing", "bpo", "service-level-agreement", "multisourcing"],
        "last_reviewed": "2026-12-06",
        "sources": [
            s.GAIN_SHARING_IT_CASE,
            s.LACITY_ITO_REVIEW_2010,
            s.wikipedia("Vested_outsourcing", "Vested outsourcing"),
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
            "uberisation",
            "gig platforms",
            "platform work",
            "talent marketplaces",
        ],
        "misspellings": ["uberisaton", "uberizaton"],
        "category": "contracts-and-platforms",
        "definition": "Organising work through digital platforms that match clients with independent workers on demand, typically paid per task.",
        "takeaways": [
            "Platforms let you buy small, well-defined tasks on demand from workers anywhere.",
            "Speed and flexibility come at the cost of continuity, retained knowledge and consistent quality.",
            "The legal status of platform workers is contested; the EU adopted rules on platform work in 2024.",
        ],
        "explanation": """Uberization, named after the ride-hailing company, describes **work organised through digital platforms that match clients with independent workers on demand**, with pricing, ratings and payment handled by the platform. In sourcing, it means buying discrete tasks or short projects (design, translation, data labelling, small software jobs) through online talent marketplaces instead of hiring staff or contracting a traditional provider.

Its appeal is speed and flexibility: work can be posted and started quickly, paid per task and scaled up or down without commitments, and it reaches specialists anywhere. Closely related is [[crowdsourcing]], where a task goes to an open crowd rather than a selected freelancer.

The limits are real: quality varies and depends on clear task descriptions and careful review; workers change from task to task, so knowledge is not retained; confidential data and intellectual property need care; and the legal status of platform workers is contested. Courts in several countries have found some platform workers to be workers or employees rather than self-employed, and the EU's Platform Work Directive of 2024 introduces a presumption of employment where a platform controls how work is done, together with rules on algorithmic management.

For most organisations, platforms complement other sourcing options rather than replacing them.""",
        "example": "A publisher uses an online freelance marketplace to commission cover designs for a series of e-books: it posts a brief, shortlists three designers by portfolio and rating, pays a fixed price per design through the platform, and keeps the rights under the platform's standard terms.",
        "fits_when": """- Tasks are small, self-contained and easy to specify and check.
- Demand is occasional or fluctuating.
- Speed matters more than continuity.""",
        "not_fits_when": """- The work needs deep context, continuity or close supervision.
- Confidential data or core intellectual property is involved.
- You would effectively be directing the same person full-time (misclassification risk).""",
        "related": ["crowdsourcing", "out-staffing", "employee-leasing", "outsourcing"],
        "last_reviewed": "2026-12-06",
        "sources": [
            s.PLATFORM_WORK_DIRECTIVE,
            s.wikipedia("Gig_economy", "Gig economy"),
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
    {
        "slug": "crowdsourcing",
        "name": "Crowdsourcing",
        "aliases": ["crowd sourcing", "open call sourcing"],
        "misspellings": ["crowdsorcing", "crowdsoucing"],
        "category": "contracts-and-platforms",
        "definition": "Putting a task or problem to a large, undefined group of people through an open call, usually online, and using the contributions that come back.",
        "takeaways": [
            "Crowdsourcing goes to an open crowd, not a selected provider or freelancer.",
            "It suits ideas, tests, data labelling and problems where many attempts beat one expert.",
            "You trade control and confidentiality for reach; quality comes from design, redundancy and review.",
        ],
        "explanation": """Crowdsourcing puts **a task or problem to a large, undefined group of people through an open call**, usually online, and uses what they contribute. The word was coined by Jeff Howe in *Wired* in 2006 for companies taking work once done by employees and giving it to a crowd. Researchers later analysed dozens of competing definitions and settled on common elements: a clearly defined crowd task, an open call, a flexible online process, and a reward for participants (money, recognition or the satisfaction of taking part) in return for contributions the initiator uses.

It takes several forms: micro-tasks such as labelling images or transcribing text, paid per item; contests for designs, algorithms or solutions to technical problems, where only winners are paid; crowd testing of software on many devices; and idea generation with customers or the public.

Compared with [[outsourcing]] there is no single accountable provider, and compared with [[uberization]]-style platforms the client does not choose an individual worker in advance. Quality therefore comes from task design, redundancy (several people doing the same item) and review. Confidential data, intellectual property and fair pay need attention, and in the EU platforms that organise crowd work fall within the Platform Work Directive.""",
        "example": "A consumer-electronics firm releases a beta of its app to a crowd-testing platform: 400 testers in 30 countries run set test cases on their own phones over a weekend, are paid per confirmed bug, and the firm's QA team reviews and deduplicates the reports.",
        "fits_when": """- Many independent attempts or contributions beat one expert.
- Tasks can be broken into small, checkable pieces.
- The information involved can be shared with outsiders.""",
        "not_fits_when": """- The work involves confidential data or core intellectual property.
- You need one accountable party and continuity.
- Results cannot be checked cheaply.""",
        "related": ["uberization", "outsourcing", "out-staffing"],
        "sources": [
            s.ESTELLES_AROLAS_2012,
            s.HOWE_WIRED_2006,
            s.PLATFORM_WORK_DIRECTIVE,
        ],
        "values": {
            "basic-definition": "Putting a task or problem to a large, undefined group of people through an open call.",
            "meaning": "An organisation posts micro-tasks, contests or calls for ideas online and uses the contributions that come back.",
            "who-does-the-work": "An open crowd of individuals, usually unknown to the client in advance.",
            "location": "Anywhere; contributors are usually remote and global.",
            "drivers": "Need for many contributions, diverse ideas or devices, low cost per item, and speed.",
            "benefits": "Reach, diversity, speed and payment only for usable results.",
            "primary-goal": "To tap a large crowd for contributions no single team could provide as quickly or diversely.",
            "risks": "Uneven quality, confidentiality and intellectual-property exposure, ethical questions about pay, and no accountable provider.",
            "control": "Low over who does the work; exercised through task design, rules and review.",
            "cost-profile": "Per item, per accepted result or prize money, plus platform fees and review effort.",
            "time-to-set-up": "Days to weeks, depending on task design.",
        },
    },
    {
        "slug": "service-level-agreement",
        "name": "Service-level agreement",
        "aliases": ["SLA", "service level agreement", "service levels"],
        "misspellings": ["service-level agreemnt", "servise level agreement"],
        "category": "governance",
        "definition": "The part of a service contract that defines the service to be delivered in measurable terms, how performance is reported, and what happens when targets are missed.",
        "takeaways": [
            "An SLA turns 'good service' into numbers both sides can check: availability, response and resolution times, accuracy.",
            "Measure what the business feels, not only what is easy to count, and keep the list short.",
            "Service credits compensate little; the real value of an SLA is early warning and a basis for governance.",
        ],
        "explanation": """A service-level agreement (SLA) **defines a service in measurable terms**: what is delivered, the targets (availability, response and resolution times, accuracy, customer satisfaction), how and how often performance is measured and reported, and the consequences of missing targets, typically service credits and, for persistent failure, termination rights. Gartner's glossary describes it as the agreement that sets the level of service expected from the provider.

SLAs are the backbone of [[outsourcing]] and [[managed-services]], and they also appear inside organisations (a [[shared-services-centre]] usually has internal SLAs). Service-management standards such as ISO/IEC 20000-1 require documented service-level agreements and regular review of performance against them. The European Commission's guidelines on cloud SLAs added a useful checklist of service-level objectives beyond uptime: support, security incident handling, data portability and what happens to data at the end of the service.

Good SLAs measure outcomes users notice (a payroll paid correctly and on time) rather than only activity (tickets closed). They are few, clearly defined, measured from data both sides trust, and reviewed as the business changes. Service credits rarely compensate the real damage of an outage; their purpose is to focus attention.""",
        "example": "An outsourced payroll contract sets three service levels: 100% of employees paid on the scheduled date, at most 0.5% of payslips needing correction each month, and queries answered within two working days; missing any level two months running triggers a remediation plan and a 5% fee credit.",
        "fits_when": """- A service is delivered by a provider or an internal unit to someone else.
- Performance can be measured from reliable data.
- Both sides will review performance regularly.""",
        "not_fits_when": """- The work is exploratory and cannot be specified in measurable terms yet.
- Metrics would be gamed instead of driving the right behaviour.
- There is nobody to monitor and act on the reports.""",
        "related": [
            "outsourcing",
            "managed-services",
            "bpo",
            "retained-organisation",
            "gain-sharing",
        ],
        "last_reviewed": "2026-12-06",
        "sources": [
            s.GARTNER_SLA,
            s.ISO_IEC_20000_1,
            s.EC_CLOUD_SLA_GUIDELINES,
        ],
        "values": {
            "basic-definition": "The part of a service contract that defines the service in measurable terms, reporting and consequences of missed targets.",
            "meaning": "A short list of agreed targets, measured and reported regularly, with credits or remedies when they are missed.",
            "who-does-the-work": "Not a sourcing model: it governs whoever delivers the service, provider or internal unit.",
            "location": "Independent of location.",
            "drivers": "A need to define and check what a provider or internal unit delivers.",
            "benefits": "Shared expectations, early warning of problems, a basis for governance and for comparing providers.",
            "primary-goal": "To make service performance measurable and manageable.",
            "risks": "Measuring the wrong things, metrics gaming, disputes over data, and credits mistaken for real protection.",
            "control": "The client's main lever in an outsourced service.",
            "cost-profile": "Monitoring and reporting costs; tighter levels usually mean higher fees.",
            "time-to-set-up": "Weeks to negotiate; a baseline period is often needed before targets are final.",
        },
    },
    {
        "slug": "total-cost-of-ownership",
        "name": "Total cost of ownership",
        "aliases": ["TCO", "total cost of ownership analysis", "whole-life cost"],
        "misspellings": ["total cost of ownrship", "total cost of owership"],
        "category": "governance",
        "definition": "All the costs of an option over its whole life, including acquisition, transition, running, management, risk and exit, not only the visible price or rate.",
        "takeaways": [
            "Compare sourcing options on total cost over several years, not on day rates or unit prices.",
            "Hidden costs (transition, governance, travel, quality failures, inventory, risk, exit) are routinely underestimated, most of all when complex work moves far away.",
            "TCO is a discipline, not a number: state the assumptions so others can test them.",
        ],
        "explanation": """Total cost of ownership (TCO) counts **all the costs of an option over its life**, not just the price. Purchasing research formalised it as an analysis approach that adds the costs of acquiring, using, maintaining and disposing of what is bought to its price; Gartner's glossary applies the same idea to IT assets and services.

For sourcing decisions, a TCO comparison over several years typically includes:

- **up-front costs**: provider selection, contracting, [[transition-and-knowledge-transfer]], a captive's entity, premises and hiring;
- **running costs**: fees or salaries, tools, premises, travel and communication;
- **management costs**: the [[retained-organisation]], governance meetings, audits;
- **quality and risk costs**: rework, delays, inventory in transit, currency and political risk, business disruption;
- **exit costs**: notice periods, exit assistance, re-transition and [[vendor-lock-in]] premiums.

**Hidden costs are underestimated, not just forgotten.** Research on services offshoring by Larsen, Manning and Pedersen (2013), using Offshoring Research Network survey data, treats hidden costs as the costs of implementation that are left out of the decision, and found that decision makers were more likely to misjudge the costs as the work moved, and its organisation across locations, grew more complex; experience and deliberate attention to organisational design reduced the errors. A TCO model should therefore carry an explicit allowance for them, largest for a first or complex move.

Offshoring and reshoring debates are where TCO matters most. The Reshoring Initiative built its free TCO Estimator because comparisons based on the ex-works price alone were hiding freight, duties, inventory, quality, travel and risk; supply-chain researchers have made the same point about location decisions. Outsourcing surveys show that cost is one objective among several: a TCO model does not replace judgement about quality, skills or control, but it stops the cheapest rate from looking like the cheapest option.""",
        "example": "Comparing a domestic and an offshore provider for application maintenance over five years, a company adds transition (€400,000), a larger retained team for the offshore option, travel, and a risk allowance for rework to the quoted fees; the offshore option's 40% lower rate becomes a 15% lower total cost.",
        "fits_when": """- You compare options with different cost structures (fees, capital, risk).
- The decision commits you for several years.
- Hidden costs such as transition, freight or management are material.""",
        "not_fits_when": """- The decision is small and short-term.
- A precise-looking number would hide guesses; state ranges instead.
- Non-cost factors (control, legal limits) decide the matter anyway.""",
        "related": [
            "reshoring",
            "offshoring",
            "rightshoring",
            "outsourcing",
            "vendor-lock-in",
        ],
        "last_reviewed": "2026-12-06",
        "sources": [
            s.ELLRAM_TCO_1995,
            s.cite(s.LARSEN_MANNING_PEDERSEN_2013, "abstract"),
            s.GARTNER_TCO,
            s.RESHORING_INITIATIVE_TCO,
        ],
        "values": {
            "basic-definition": "All the costs of an option over its whole life, not only the visible price or rate.",
            "meaning": "A multi-year comparison that adds transition, running, management, risk and exit costs to fees or salaries.",
            "who-does-the-work": "Not a sourcing model: a way to compare any of them.",
            "location": "Independent of location; it matters most when comparing distant and nearby options.",
            "drivers": "Decisions that commit for years, options with different cost structures, and rates that hide other costs.",
            "benefits": "Fair comparisons, fewer surprises, and explicit assumptions that can be tested.",
            "primary-goal": "To compare sourcing options on everything they will cost.",
            "risks": "False precision, missing cost categories, and optimistic assumptions about transition and savings.",
            "control": "Not applicable; it informs the decision.",
            "cost-profile": "Analysis effort; cheap compared with the cost of a wrong sourcing decision.",
            "time-to-set-up": "Days to weeks for a first model; refined as offers arrive.",
        },
    },
    {
        "slug": "vendor-lock-in",
        "name": "Vendor lock-in",
        "aliases": ["lock-in", "supplier lock-in", "provider lock-in"],
        "misspellings": ["vender lock-in", "vendor lockin"],
        "category": "governance",
        "definition": "A situation in which leaving a provider has become so costly or risky, because of its proprietary tools, data, know-how or contract terms, that the client is effectively stuck with it.",
        "takeaways": [
            "Lock-in grows quietly: proprietary tools, data formats, undocumented know-how and long contracts.",
            "It weakens your bargaining position long before you try to leave.",
            "Prevent it when you sign: exit plans, data portability, documentation duties and standard technologies.",
        ],
        "explanation": """Vendor lock-in is the state in which **switching away from a provider has become too costly or risky**, so the client stays even when service or prices disappoint. Its sources are proprietary tools and platforms, data held in formats only the provider can use, knowledge that exists only in the provider's team, and contracts with long terms, high termination fees or weak exit assistance.

Research on cloud computing found lock-in to be a major barrier to adoption and linked it to missing standards for interoperability and portability; it recommended contracts, standard formats and interfaces, and awareness of dependencies as the main defences. Research on IT outsourcing found switching costs among the factors that decide whether clients bring work back or stay.

Regulators now address lock-in directly. The EU Data Act requires providers of data-processing services such as cloud to remove obstacles to switching, and phases out switching charges. DORA requires financial entities to have exit strategies for ICT services supporting critical functions and to assess concentration risk.

Practical defences: a written exit plan and exit-assistance clause; data returned in usable, standard formats; documentation and knowledge-transfer duties during the contract; standard technologies where possible; and a [[retained-organisation]] that understands the service well enough to run a tender.""",
        "example": "A company that had its provider build and host a custom claims system discovers at renewal that the source code licence, the data model and the only people who understand the system all sit with the provider; a competitor's lower offer is worthless because migrating would take two years.",
        "fits_when": """- Use the term to test any sourcing deal: how would we leave, and what would it cost?
- Proprietary platforms, data formats or single-provider know-how are involved.
- The contract is long or hard to terminate.""",
        "not_fits_when": """- Switching is genuinely cheap (commodity services on standard terms).
- A deliberate long-term partnership is worth the dependence, and you have priced it.""",
        "related": [
            "outsourcing",
            "managed-services",
            "multisourcing",
            "backsourcing",
            "total-cost-of-ownership",
            "transition-and-knowledge-transfer",
        ],
        "sources": [
            s.OPARA_MARTINS_2016,
            s.DATA_ACT,
            s.DORA,
            s.WHITTEN_LEIDNER_2006,
        ],
        "values": {
            "basic-definition": "A situation in which leaving a provider has become so costly or risky that the client is effectively stuck.",
            "meaning": "Proprietary tools, data, know-how or contract terms make switching impractical, weakening the client's position.",
            "who-does-the-work": "Not a sourcing model: a risk in any arrangement with a provider.",
            "location": "Independent of location.",
            "drivers": "Proprietary platforms, non-portable data, undocumented know-how, long contracts and weak exit clauses.",
            "benefits": "None in itself; sometimes the price of a deep partnership.",
            "primary-goal": "To be avoided or priced: keep the option to leave.",
            "risks": "Rising prices, stagnating service, no leverage at renewal, and costly or failed exits.",
            "control": "Reduces the client's real control, whatever the contract says.",
            "cost-profile": "Hidden: shows up as higher renewal prices, change fees and exit costs.",
            "time-to-set-up": "Builds up over the life of a contract; prevention starts at signature.",
        },
    },
    {
        "slug": "retained-organisation",
        "name": "Retained organisation",
        "aliases": [
            "retained organization",
            "retained team",
            "retained function",
            "intelligent client function",
        ],
        "misspellings": ["retained organsation", "retained organistion"],
        "category": "governance",
        "definition": "The people and capabilities a client keeps in-house after outsourcing, to set direction, manage providers, assure quality and remain able to change or end the arrangement.",
        "takeaways": [
            "Outsourcing never removes the need for in-house capability; it changes what that capability is.",
            "The retained team owns strategy, architecture, contract and relationship management, and quality assurance.",
            "Cutting it too far is a classic cause of failed outsourcing and of lock-in.",
        ],
        "explanation": """The retained organisation is **what the client keeps in-house after outsourcing**: the people who decide what the business needs, specify and buy services, manage providers and their contracts, check quality, own architecture and risk, and keep the option to change or end the arrangement. It is sometimes called the intelligent client function.

Feeny and Willcocks argued in an influential study of IT outsourcing that firms must keep a small set of core capabilities (business and IT leadership, architecture planning, informed buying, contract facilitation and monitoring, and vendor development among them) even when most delivery is bought in. Reviews of outsourcing research since then find that client capabilities of this kind explain much of the difference between successful and failed deals.

Regulation points the same way: under DORA, financial entities remain fully responsible for compliance when they use ICT third-party providers and must be able to exit them, which is impossible without people who understand the outsourced service.

A common mistake is to size the retained organisation from the savings target rather than from the work it must do. Too small a team cannot specify, challenge or replace providers, which leads to scope disputes, quality drift and [[vendor-lock-in]].""",
        "example": "After outsourcing application development and infrastructure, a manufacturer keeps a 25-person IT team: a CIO, enterprise architects, a security lead, service and contract managers for each provider, a demand-management group that works with the business, and a small testing team that accepts releases.",
        "fits_when": """- Any significant outsourcing, offshoring or multisourcing arrangement.
- Regulation or customers hold you accountable for an outsourced service.
- You want to keep the ability to change providers.""",
        "not_fits_when": """- The service is a small commodity bought on standard terms (a light-touch owner is enough).
- The plan is to keep all delivery in-house.""",
        "related": [
            "outsourcing",
            "service-level-agreement",
            "vendor-lock-in",
            "co-sourcing",
            "multisourcing",
        ],
        "sources": [
            s.FEENY_WILLCOCKS_1998,
            s.LACITY_ITO_REVIEW_2010,
            s.DORA,
        ],
        "values": {
            "basic-definition": "The people and capabilities a client keeps in-house after outsourcing, to direct and manage providers.",
            "meaning": "A deliberately designed in-house team for strategy, architecture, buying, contract and relationship management, and quality assurance.",
            "who-does-the-work": "The client's own employees.",
            "location": "Usually close to the business, in the home country.",
            "drivers": "Any significant outsourcing, accountability that cannot be delegated, and the need to keep exit options.",
            "benefits": "Informed buying, effective governance, quality assurance and the ability to switch providers.",
            "primary-goal": "To stay in charge of outsourced work.",
            "risks": "Being sized from savings targets rather than the work, losing key people, and skills going stale.",
            "control": "The source of the client's control over providers.",
            "cost-profile": "A fixed in-house cost that must be counted in any outsourcing business case, sized from the work it has to do rather than from the savings target.",
            "time-to-set-up": "Should be in place before the transition; key roles take months to fill.",
        },
    },
    {
        "slug": "transition-and-knowledge-transfer",
        "name": "Transition and knowledge transfer",
        "aliases": ["service transition", "knowledge transfer", "transition phase"],
        "misspellings": ["transistion", "knowlege transfer"],
        "category": "governance",
        "definition": "The phase in which work, knowledge, and sometimes people and assets, move from the current team to a new provider or centre until it can run the service on its own.",
        "takeaways": [
            "Transition is where most of the one-off cost and risk of a sourcing change sits.",
            "Tacit knowledge moves through people working side by side, not through documents alone.",
            "Plan it in stages with exit criteria, parallel running and a way back, in both directions: into a deal and out of it.",
        ],
        "explanation": """Transition is the phase in which **a service moves from its current team to a new one**: from in-house staff to a provider, from one provider to another, or back in-house. Knowledge transfer is its core: the new team must learn the process, the systems, the exceptions and the unwritten rules.

A typical transition has planning and due diligence; knowledge capture (documentation, recordings, shadowing); **shadowing and reverse shadowing**, in which the new team first watches and then does the work while the old team watches; parallel running; and a formal handover against agreed exit criteria, followed by a period of stabilisation. Reviews of IT outsourcing research identify the client's and provider's capability to transfer knowledge as one of the determinants of outcomes; tacit knowledge in particular moves through people working together, not through documents.

People can move too. In the EU and UK, when an activity moves to a new provider, the employees assigned to it may transfer automatically with their terms of employment under the [[transfer-of-undertakings]] rules, which affects planning and cost.

The same applies in reverse. An exit plan, with duties on the outgoing provider to document, hand over data and support the new team, is what makes [[backsourcing]] or a switch of provider possible, and what prevents [[vendor-lock-in]].""",
        "example": "Moving its accounts-payable process to a BPO provider, a company runs a four-month transition: two weeks of documentation, six weeks in which the provider's staff shadow the in-house team, six weeks of reverse shadowing, and two months of parallel running before the in-house team is redeployed; handover happens only when accuracy and timeliness meet the agreed levels for three consecutive weeks.",
        "fits_when": """- Any change of who does a service: outsourcing, switching provider, insourcing, or opening a centre.
- The service depends on undocumented know-how.
- Errors during the handover would hurt customers or compliance.""",
        "not_fits_when": """- Not a choice to skip: only its scale varies; a small, well-documented service may need just weeks.""",
        "related": [
            "outsourcing",
            "backsourcing",
            "transfer-of-undertakings",
            "vendor-lock-in",
            "build-operate-transfer",
            "retained-organisation",
        ],
        "sources": [
            s.LACITY_ITO_REVIEW_2010,
            s.DIRECTIVE_ACQUIRED_RIGHTS,
            s.ISO_IEC_20000_1,
        ],
        "values": {
            "basic-definition": "The phase in which work and knowledge move from the current team to a new provider or centre.",
            "meaning": "Planning, knowledge capture, shadowing, reverse shadowing, parallel running and a formal handover against exit criteria.",
            "who-does-the-work": "Both the outgoing and the incoming team, under joint governance.",
            "location": "Wherever both teams are; often involves travel or temporary relocation.",
            "drivers": "Any change in who does a service or where.",
            "benefits": "A controlled handover, retained service quality and a new team that can run the service alone.",
            "primary-goal": "To move a service without disruption or loss of knowledge.",
            "risks": "Lost tacit knowledge, key people leaving, service disruption, cost and time overruns.",
            "control": "Shared between the parties under a transition plan.",
            "cost-profile": "One-off: double running, travel, documentation and management effort; often a large share of first-year cost.",
            "time-to-set-up": "Weeks for small services; typically three to nine months for large ones.",
        },
    },
    {
        "slug": "transfer-of-undertakings",
        "name": "Transfer of undertakings",
        "aliases": [
            "TUPE",
            "acquired rights",
            "Acquired Rights Directive",
            "business transfer rules",
        ],
        "misspellings": ["transfer of undertaking", "transfer of undertakins"],
        "category": "governance",
        "definition": "The EU and UK rules under which employees keep their jobs and terms when the business or activity they work in passes to a new employer, applied in the UK to most outsourcing and re-tendering but in the EU only where an economic entity keeps its identity.",
        "takeaways": [
            "In the UK, outsourcing, re-tendering or insourcing a service usually moves the dedicated staff with it, by law (a 'service provision change').",
            "Under the EU directive a change of contractor alone is not a transfer: staff move only if significant assets or most of the workforce are taken over (Süzen).",
            "Where the rules apply, terms move with the staff and dismissal because of the transfer is not allowed; check them early, country by country.",
        ],
        "explanation": """The EU's Acquired Rights Directive (2001/23/EC) protects employees when the business or activity they work in **moves to a new employer**. Where it applies, their employment contracts, with existing terms and conditions, transfer automatically to the new employer; dismissals because of the transfer are prohibited (with limited exceptions for economic, technical or organisational reasons); and both employers must inform and consult employee representatives.

**Whether outsourcing triggers it depends on the country.** Under the directive the test is whether an economic entity, an organised grouping of people and assets, keeps its identity after the change. In *Süzen* (C-13/95, 1997) the Court of Justice held that a client moving a service contract from one contractor to another is not, by that fact alone, such a transfer: the directive does not apply unless significant tangible or intangible assets pass over, or the new contractor takes on a major part of the workforce, in numbers and skills, that its predecessor had assigned to the contract. In services that rest mainly on people, taking over most of the staff can itself make it a transfer.

The UK goes further. Its TUPE Regulations 2006 also cover **service provision changes** (regulation 3(1)(b)): contracting a service out for the first time, moving it to a new contractor and bringing it back in-house, where an organised grouping of employees in Great Britain has carrying out those activities for the client as its principal purpose (one-off tasks and the mere supply of goods are excluded). So in the UK the staff dedicated to an outsourced service usually move with it; elsewhere in Europe the answer turns on the facts and on national law.

For sourcing decisions this matters a great deal. A new provider may have to take over the staff who did the work, with their pay, and a client that takes work back ([[backsourcing]]) may have to take the provider's staff dedicated to it. Pensions, consultation timetables and liabilities all need to be covered in the contract and the [[transition-and-knowledge-transfer]] plan.

Moving work to another country raises further questions. Take legal advice early.""",
        "example": "A UK council outsources its grounds maintenance: the 40 gardeners who spend most of their time on that work transfer to the contractor under TUPE on their council terms; when the contract is re-let five years later, they transfer again to the next contractor.",
        "fits_when": """- Work moves between employers in the UK: outsourcing, re-tendering or insourcing of a service.
- In the EU, significant assets or a major part of the staff pass to the new employer with the work.
- An organised team is dedicated to the activity that moves.""",
        "not_fits_when": """- No organised group of staff is dedicated to the activity.
- In the EU, only the contract changes hands: the new contractor takes over neither significant assets nor most of the staff.
- Only assets or a one-off task are bought, with no change of who employs the workforce.
- The jurisdiction has no equivalent rules (check local law).""",
        "related": [
            "outsourcing",
            "backsourcing",
            "transition-and-knowledge-transfer",
            "domestic-outsourcing",
        ],
        "last_reviewed": "2026-12-06",
        "sources": [
            s.DIRECTIVE_ACQUIRED_RIGHTS,
            s.cite(s.JUDGMENT_SUZEN, "operative part"),
            s.cite(s.UK_TUPE_2006, "regulation 3(1)(b) and 3(3)"),
        ],
        "values": {
            "basic-definition": "EU and UK rules under which staff keep their jobs and terms when the activity they work in passes to a new employer.",
            "meaning": "Employees assigned to the activity move with it on their existing terms, and both employers must inform and consult.",
            "who-does-the-work": "Not a sourcing model: it decides whose employees the staff become.",
            "location": "Applies within the EU and UK: the UK covers most changes of service provider, the EU only those where assets or most of the staff pass over; cross-border moves raise further questions.",
            "drivers": "Any outsourcing, change of provider or insourcing of an activity with dedicated staff.",
            "benefits": "Protects employees; gives the new employer an experienced team.",
            "primary-goal": "To protect employees' jobs and terms when their work changes hands.",
            "risks": "Unplanned staff costs and liabilities, consultation failures, and disputes over who transfers.",
            "control": "Legal obligation; not negotiable away, though the contract allocates costs and risks.",
            "cost-profile": "Inherited pay, pensions and liabilities, and consultation effort; priced into provider bids.",
            "time-to-set-up": "Consultation adds weeks to any transition.",
        },
    },
]
