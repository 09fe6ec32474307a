"""Curated comparisons: the pairs managers actually weigh.

The page shows the side-by-side table first, so an introduction frames the
decision instead of repeating the two definitions, and the verdict says when
to choose which.
"""

COMPARISONS = [
    {
        "a": "outsourcing",
        "b": "offshoring",
        "introduction": """Much writing on the subject treats these as one decision, and that is where expensive mistakes start. They answer two separate questions, **who** does the work and **where** it is done, and the answers combine into a grid:

- **Own employees, at home:** [[in-house]].
- **Own employees, abroad:** a [[captive-offshore-centre]] or [[nearshore-captive-centre]].
- **Provider's employees, at home:** [[domestic-outsourcing]].
- **Provider's employees, abroad:** [[nearshore-outsourcing]] or [[offshore-outsourcing]].

Offshoring is done by the firm's own employees **only in a captive centre**; in offshore outsourcing, the more familiar form, the work is done by the provider's staff. And offshoring usually moves selected processes, not the entire business. Deloitte's 2012 outsourcing survey found that many executives still saw outsourcing and offshoring as inseparable, although much outsourced work never leaves the home country.""",
        "key_differences": """- **Type of decision:** outsourcing changes who does the work (ownership); offshoring changes where it is done (location).
- **Who does the work:** in outsourcing, always a provider's staff; in offshoring, either the firm's own employees in a captive centre or a provider's staff abroad.
- **Location:** outsourcing can be domestic, nearshore or offshore; offshoring always means another country.
- **Typical goals:** outsourcing is usually about specialist capability, flexibility, focus and cost; offshoring about talent pools, labour costs and time-zone coverage.
- **Control:** outsourcing moves control into a contract; offshoring keeps direct control only in the captive form, and distance makes oversight harder either way.
- **Scope:** neither normally involves the whole business; firms move selected processes and keep the rest.""",
        "verdict": "Choose **outsourcing** when the question is whether a specialist should run the work for you, wherever it sits; choose **offshoring** when the question is whether the work should be done in another country, and then decide separately whether your own centre or a provider does it.",
    },
    {
        "a": "bpo",
        "b": "kpo",
        "introduction": """Both hand work to a provider and both can be delivered from any country; the difference is the nature of the work, and it drives almost everything else: who the provider hires, how quality is measured, how contracts are priced, how long set-up takes and how much confidential information is shared.

Many providers offer both, and one client relationship can include both kinds of work, so the labels describe types of work rather than separate industries. The practical question is which of your processes follow rules and which depend on judgement.""",
        "key_differences": """- **Type of work:** BPO handles rule-based, high-volume transactions; KPO handles analysis and judgement.
- **Staff:** BPO relies on trained process operators; KPO on graduates, qualified professionals and domain experts.
- **Measuring quality:** BPO uses volumes, turnaround times and error rates; KPO needs expert review of outputs.
- **Pricing and savings:** BPO is often priced per transaction or per full-time equivalent, with larger savings from scale; KPO rates are higher and savings narrower.
- **Risk:** KPO involves more sensitive information and intellectual property, and sometimes professional regulation.
- **Set-up:** BPO transitions often take a few months; KPO usually needs longer training and pilots.""",
        "verdict": "Choose **BPO** when the process is rule-based, high-volume and measurable by counts and error rates; choose **KPO** when the value lies in expert judgement that your own specialists can review.",
    },
    {
        "a": "offshoring",
        "b": "nearshoring",
        "introduction": """Both move work to another country, so the real question is how much distance the work can tolerate. Distance here means more than kilometres: time zones, travel, culture, language and law all grow with it, and so, usually, do the labour-cost difference and the size of the talent pool.

Neither term says who does the work: both can be done through a provider or in the firm's own centre. The choice depends on how much real-time collaboration the work needs, how exposed it is to supply-chain disruption, and whether the larger cost difference of a distant location survives the extra coordination.""",
        "key_differences": """- **Distance and time zones:** offshore locations are usually far away with little overlap in working hours; nearshore ones are close, with substantial overlap.
- **Cost:** offshoring typically offers the largest labour-cost differences; nearshoring usually sits between home and offshore rates.
- **Collaboration:** nearshoring suits work that needs daily interaction; offshoring suits well-specified work or follow-the-sun operations.
- **Talent pool:** the major offshore hubs offer very large pools; nearshore pools can be smaller and more contested.
- **Supply chain:** for physical goods, nearshoring shortens lead times and transport risk.
- **Oversight:** nearshore sites are easier to visit and manage in person.""",
        "verdict": "Choose **offshoring** when the work is well specified, large in volume and can live with little overlap in working hours, or benefits from round-the-clock coverage; choose **nearshoring** when teams must collaborate daily, lead times matter, or the saving from distance disappears once coordination is counted.",
    },
    {
        "a": "offshoring",
        "b": "reshoring",
        "introduction": """Reshoring reverses offshoring, which makes this comparison a review of an earlier decision rather than a fresh choice. Both are location decisions; neither settles who does the work.

Companies reshore when the expected benefits of distance have faded or its hidden costs have grown: wages abroad have risen, quality or lead times disappoint, supply chains have proved fragile, or automation has made labour costs less important. Eurofound's monitoring found that reshoring in Europe was driven less by cost and more by the reorganisation of value chains. Reshoring is rarely all or nothing; firms often bring back part of the work and keep or nearshore the rest. A fair comparison looks at total costs and risks, not hourly rates.""",
        "key_differences": """- **Direction:** offshoring moves work abroad; reshoring brings offshored work back home.
- **Typical motive:** offshoring pursues talent pools and lower costs; reshoring seeks resilience, quality, speed and control.
- **Cost:** offshoring lowers wage costs but adds coordination and logistics costs; reshoring raises wage costs but can cut freight, inventory and quality costs.
- **Who does the work:** both can use the firm's own staff or a provider, so reshoring is not the same as insourcing or backsourcing.
- **Risk profile:** offshoring adds geopolitical, currency and distance risks; reshoring adds local hiring and investment risks.
- **Time:** both take months; reshoring manufacturing can take years if facilities must be built.""",
        "verdict": "Choose to **offshore** (or stay offshore) when a distant location still wins on total cost, skills and risk; choose **reshoring** when lead times, quality, supply risk or automation have turned the total-cost comparison in favour of home, and the skills exist there.",
    },
    {
        "a": "outsourcing",
        "b": "out-staffing",
        "introduction": """Both use a provider's people, so they are easy to confuse, and the confusion matters because it decides who is responsible when things go wrong. With one you buy a result and the provider manages its team; with the other you buy people's time and manage them yourself.

The choice usually comes down to two questions: can you specify the result well enough to hold a provider to it, and do you have the management capacity, and the wish, to direct the work yourself?""",
        "key_differences": """- **What you buy:** outsourcing buys an outcome or service; out-staffing buys people's time and skills.
- **Day-to-day management:** the provider manages outsourced work; the client manages out-staffed people.
- **Responsibility for results:** with outsourcing it rests largely on the provider, through service levels; with out-staffing it rests on the client.
- **Pricing:** outsourcing is often fixed, per unit or per outcome; out-staffing is usually per person per hour, day or month.
- **Control:** out-staffing keeps close control of methods and priorities; outsourcing exchanges it for contractual control.
- **Set-up:** out-staffing can start within weeks; outsourcing usually needs a longer selection and transition.
- **Legal points:** out-staffing is a triangular employment arrangement that may fall under agency-work rules.""",
        "verdict": "Choose **outsourcing** when you can define the result and want the provider to answer for it; choose **out-staffing** when you need skills quickly, want to keep directing the work, and have managers to lead the extra people.",
    },
    {
        "a": "outsourcing",
        "b": "insourcing",
        "introduction": """These are the two directions of the same ownership decision, and organisations move in both over time. A process may be outsourced while it is routine and a specialist can run it more cheaply, then brought in when it becomes strategic or the contract disappoints. Deloitte's 2024 survey found that about seven in ten executives had taken some outsourced work back in the previous five years, usually selectively.

Neither direction says anything about location, and either move is a project with real transition costs, so weigh total costs, risks and the capabilities you want to keep.""",
        "key_differences": """- **Who does the work:** a provider's staff versus the organisation's own employees.
- **Control:** contractual and indirect versus direct management.
- **Costs:** provider fees that include a margin, versus salaries and overheads that are mostly fixed.
- **Know-how:** outsourcing risks eroding internal knowledge; insourcing rebuilds and keeps it.
- **Flexibility:** outsourcing usually scales more easily with volume; insourcing needs recruitment to grow.
- **Transition:** outsourcing requires provider selection and handover; insourcing requires hiring, knowledge transfer and, when work is taken back, an orderly exit from the contract.""",
        "verdict": "Choose **outsourcing** when a specialist can run well-defined, non-differentiating work better or more flexibly than you; choose **insourcing** when the work has become strategic, needs close control, or has enough steady volume for your own team to do it well.",
    },
    {
        "a": "reshoring",
        "b": "insourcing",
        "introduction": """Both bring work "back", which is why they are mixed up, but along different axes: one changes the location, the other the ownership. They can happen together, as when a firm ends a contract with an offshore provider and rebuilds the team at headquarters, or alone: a firm can reshore a process by giving it to a domestic provider, or insource a process into its own captive centre abroad.

Keeping the two apart prevents a common planning error: assuming that bringing work home means hiring everyone, or that hiring your own people means bringing the work home.""",
        "key_differences": """- **Axis:** reshoring is about where the work is done; insourcing is about who does it.
- **Starting point:** reshoring starts from work done abroad, by own staff or a provider; insourcing starts from outsourced or new work, wherever it is.
- **End state:** reshored work may be done by own staff or a domestic provider; insourced work is always done by own staff, at home or abroad.
- **Typical drivers:** reshoring responds to supply-chain, lead-time, wage and geopolitical factors; insourcing to provider performance, strategic importance and the need for control.
- **Main costs:** reshoring often involves relocation and, for manufacturing, new facilities; insourcing involves hiring, knowledge transfer and contract exit.""",
        "verdict": "Choose **reshoring** when the problem is the location (distance, lead times, supply risk); choose **insourcing** when the problem is the ownership (provider performance, control, strategic importance); do both only when both are true.",
    },
    {
        "a": "captive-centre",
        "b": "build-operate-transfer",
        "introduction": """Both routes end with the company owning a delivery centre abroad staffed by its own employees; the difference is how it gets there and who carries the risk on the way. Going captive directly means doing everything yourself from day one: entity, premises, hiring, leadership and compliance. Build-operate-transfer lets a provider do the building and running first, for a fee, with an option for you to take over.

The choice depends on how much experience the firm has in the target country, how fast it needs to start, and whether paying a provider to carry the set-up risk is worth it.""",
        "key_differences": """- **Who builds it:** the firm itself versus a provider acting on its behalf.
- **Who employs the staff at first:** the firm's own employees from day one versus the provider's employees until the transfer.
- **Risk:** a captive leaves the set-up risk with the firm; build-operate-transfer shifts much of it to the provider, for a fee.
- **Speed:** build-operate-transfer can often start sooner using the provider's local set-up; a captive depends on the firm's own capacity.
- **Cost:** a captive avoids provider fees but needs up-front investment; build-operate-transfer adds set-up, management and transfer fees.
- **Main difficulty:** for a captive, building local know-how; for build-operate-transfer, a clean handover of people, knowledge and intellectual property.""",
        "verdict": "Choose a **captive centre** built directly when you already know the country, can recruit local leaders and are not in a hurry; choose **build-operate-transfer** when the country is new to you, you need to start fast, and an option to own later is worth the provider's fees.",
    },
    {
        "a": "out-staffing",
        "b": "employee-leasing",
        "introduction": """"Employee leasing" is not one arrangement but a label for two that run in opposite directions, so the first step is to find out which one is meant. In the United States it usually means a [[professional-employer-organisation]]: the PEO co-employs staff you already have and takes on payroll, benefits and employment-tax administration. In much of Europe it usually means [[temporary-agency-work]]: an agency assigns its own workers to work under your direction for a period.

Out-staffing sits closer to the second meaning: a provider's specialists join your team and you direct them. It has almost nothing in common with the first, where the people are yours and only the administration is shared. In all three the client directs the daily work, so none of them is outsourcing.""",
        "key_differences": """- **Whose people:** out-staffing brings in the provider's specialists; a PEO co-employs your existing staff; agency work supplies the agency's own workers.
- **What you are buying:** out-staffing buys skills and capacity; a PEO buys employment administration for people you already employ; agency work buys extra hands for a period.
- **Who recruits:** the out-staffing provider or the agency proposes people; with a PEO you have already hired them.
- **Location:** out-staffed specialists often work remotely, even from abroad; PEO staff and agency workers usually work at your sites in your own country.
- **Pricing:** out-staffing is a time rate per person; a PEO charges a fee usually based on payroll or per employee; agency work an hourly rate.
- **Law:** agency work is governed by agency-work rules (in the EU, Directive 2008/104/EC and national law), which can also reach out-staffing where a provider's employees work under your direction; a PEO raises questions of shared employer liability and, in the US, optional IRS certification.""",
        "verdict": "Choose **out-staffing** when you need specialists your team lacks for a project or a period and can direct them, often remotely; choose what \"employee leasing\" actually means for you by its own name: [[temporary-agency-work]] when you need an agency's workers at your own sites for a limited time, or a [[professional-employer-organisation]] when you want a partner to share the employer's administration for staff you already have.",
    },
    {
        "a": "captive-offshore-centre",
        "b": "offshore-outsourcing",
        "introduction": """This is the classic ownership choice once a company has decided to use a distant location: build your own or buy from a provider. UNCTAD's analysis of services offshoring drew exactly this line between work done by a firm's own foreign affiliates and work contracted to third parties abroad.

The decision turns on scale, time horizon, how sensitive the work and data are, and whether the firm can lead an operation far from headquarters. Many firms start with a provider and later build or buy a centre, and some sell their centres to providers; neither choice is permanent.""",
        "key_differences": """- **Who employs the staff:** the firm itself versus the provider.
- **Control:** direct ownership of people, methods and data versus contractual control through service levels.
- **Cost structure:** set-up investment and fixed costs without a provider margin, versus fees that include a margin but need little investment.
- **Speed:** a provider can usually start within months; a captive often takes a year or more to reach capacity.
- **Scale:** a captive pays off only with large, lasting volumes; a provider can serve smaller or fluctuating ones.
- **Knowledge:** a captive accumulates company-specific know-how; with a provider it stays partly with the provider.""",
        "verdict": "Choose a **captive offshore centre** when volumes are large and lasting, control of data and know-how matters, and you can invest and lead at a distance; choose **offshore outsourcing** when you need to start quickly, volumes are smaller or uncertain, or a provider's scale and experience clearly beat what you could build.",
    },
    {
        "a": "out-staffing",
        "b": "employer-of-record",
        "introduction": """Both put a provider between you and the people who do your work while you direct them, so both are triangular arrangements under employment law. The difference is where the people come from: one provider supplies its own specialists from its bench or network; the other employs, on paper, the person you found and chose.

The choice is usually about whether you already know whom you want to hire, and whether the relationship is meant to last.""",
        "key_differences": """- **Who chooses the person:** the out-staffing provider proposes its specialists; with an EOR you recruit the person yourself.
- **Relationship intent:** out-staffing is usually for a project or period; an EOR employment is usually open-ended, like a direct hire.
- **What the provider adds:** out-staffing adds recruiting, bench and replacements; an EOR adds local contracts, payroll, tax and benefits compliance.
- **Identity of the worker:** out-staffed people are the provider's staff serving you; EOR workers are effectively your team members employed by someone else.
- **Pricing:** out-staffing is a time rate including margin; an EOR charges salary costs plus a monthly fee per person.
- **Legal points:** both may fall under agency-work rules; EOR arrangements also raise permanent-establishment tax questions.""",
        "verdict": "Choose **out-staffing** when you need skills fast for a period and want the provider to find and replace people; choose an **employer of record** when you have found the specific person you want to hire abroad and have no entity in their country.",
    },
    {
        "a": "shared-services-centre",
        "b": "bpo",
        "introduction": """Both consolidate transactional support processes such as finance, payroll or procurement and run them to service levels; the difference is ownership. One keeps the work inside the group, the other hands it to a provider.

They are often stages rather than alternatives: many firms first standardise processes in their own centre and then outsource parts of it, and some bring outsourced processes back into a shared services centre. Research on shared services describes cost and service improvement as the aims of both; what differs is who captures the margin, who owns the know-how and how hard it is to change course.""",
        "key_differences": """- **Ownership:** the firm's own centre and employees versus a provider's.
- **Margin and cost:** a shared services centre avoids a provider margin but carries set-up and fixed costs; BPO fees include a margin but draw on the provider's scale, tools and automation.
- **Control and change:** internal service agreements are easier to change than a contract; a provider may resist changes outside scope.
- **Know-how:** a shared services centre keeps process knowledge in the firm; BPO moves much of it to the provider.
- **Speed to benefit:** a provider with ready platforms can be faster; an internal centre needs its own build-up.
- **Accountability:** both answer to service levels, but only BPO adds contractual remedies.""",
        "verdict": "Choose a **shared services centre** when you have the scale to run standard processes yourself and want to keep the know-how and flexibility; choose **BPO** when a provider's scale, tools or locations beat what you could build, or once your processes are standard enough to hand over.",
    },
    {
        "a": "shared-services-centre",
        "b": "global-business-services",
        "introduction": """This comparison is about scope and governance rather than ownership: a global business services organisation usually contains shared services centres, alongside providers and automation. The question is whether to keep optimising function by function, or to run support services across functions and regions as one business.

Organisations tend to reach the question after several shared services centres and outsourcing contracts have grown up separately, each with its own processes, tools and data.""",
        "key_differences": """- **Scope:** a shared services centre typically serves one function or region; global business services spans several functions and regions.
- **Sourcing mix:** a shared services centre is in-house; global business services deliberately combines own centres, providers and automation.
- **Process ownership:** shared services own steps within a function; global business services owns end-to-end processes such as procure-to-pay.
- **Governance:** a centre manager and internal service agreements, versus an executive-led organisation with portfolio governance.
- **Effort:** a shared services centre can be built in one to two years; global business services is a multi-year transformation.""",
        "verdict": "Choose a **shared services centre** when you need to consolidate one function's transactional work; choose **global business services** when several centres and providers already exist and the next gains come from end-to-end processes, common data and one governance across functions.",
    },
    {
        "a": "reshoring",
        "b": "backsourcing",
        "introduction": """Both describe work "coming back", and both are reversals of an earlier decision, but of different decisions. One reverses a choice of country; the other reverses a choice of provider. Supply-chain research classifies reshoring precisely by whether the returning work goes in-house or to an outside supplier, which shows that the two axes are independent.

Treating them as one leads to poor plans: a firm frustrated with a distant provider may only need a different (perhaps domestic) provider, not its own team; a firm unhappy with quality may only need to take work back into its offshore centre, not move it home.""",
        "key_differences": """- **What is reversed:** reshoring reverses offshoring (location); backsourcing reverses outsourcing (ownership).
- **End state:** reshored work may be done by own staff or a domestic provider; backsourced work is always done by own staff, at home or abroad.
- **Typical triggers:** reshoring responds to lead times, supply risk, rising offshore wages and automation; backsourcing to provider quality, relationship problems and strategic importance.
- **Main obstacles:** for reshoring, home-country skills and investment; for backsourcing, switching costs and contract exit terms.
- **Legal points:** backsourcing in the EU and UK may transfer the provider's staff under the transfer-of-undertakings rules; reshoring across borders does not transfer staff automatically.""",
        "verdict": "Choose **reshoring** when distance itself is the problem; choose **backsourcing** when the provider relationship is the problem and the work has become important enough to run yourself; do both only when both are true.",
    },
    {
        "a": "co-sourcing",
        "b": "outsourcing",
        "introduction": """The question here is how much of a function to hand over. Co-sourcing keeps the function and its leadership in-house and brings a provider in for defined parts; full outsourcing hands the function, and its day-to-day management, to the provider.

The answer often depends on accountability that cannot be delegated (internal audit, security, regulated activities), on how scarce the specialist skills are, and on whether the organisation wants to learn from the provider or simply receive a service.""",
        "key_differences": """- **Ownership of the function:** stays in-house with co-sourcing; moves to the provider with outsourcing.
- **Who leads:** your manager sets priorities and signs off in co-sourcing; the provider manages delivery in outsourcing.
- **Scope of the provider:** specific tasks or specialist areas versus the whole service.
- **Knowledge:** co-sourcing keeps and builds internal knowledge; outsourcing risks losing it.
- **Contract:** co-sourcing is often a framework with call-offs; outsourcing a service contract with service levels.
- **Internal cost:** co-sourcing keeps a larger internal team; outsourcing needs only a retained organisation.""",
        "verdict": "Choose **co-sourcing** when you must stay accountable and in charge but lack some skills or capacity; choose **outsourcing** when a provider can take responsibility for the whole service and you only need to manage the contract.",
    },
    {
        "a": "managed-services",
        "b": "out-staffing",
        "introduction": """Both are common ways to get IT work done with a provider's people, and the daily invoices can look similar. What differs is what the provider promises. A managed service promises that a defined service runs to agreed levels, however many people that takes. Out-staffing promises people with certain skills for certain hours, and you decide what they do.

That difference moves the delivery risk, the management effort and the way costs behave when volumes change.""",
        "key_differences": """- **What you buy:** a running service with service levels versus people's time.
- **Who manages the work:** the provider versus your managers.
- **Delivery risk:** with the provider for managed services; with you for out-staffing.
- **Pricing:** recurring fees per user, device or tier versus rates per person per day or month.
- **Flexibility:** out-staffing is easy to redirect to new priorities; managed services change through change requests.
- **Knowledge:** managed services keep it in the provider's processes and tools; out-staffed people build it inside your team, until they leave.""",
        "verdict": "Choose **managed services** when the service is stable, well defined and needed continuously, and you want someone else to answer for it; choose **out-staffing** when priorities change often, the work is project-like, and you have managers who will direct it.",
    },
    {
        "a": "rightshoring",
        "b": "offshoring",
        "introduction": """This is less a choice between two options than between two ways of deciding. Offshoring as a default moves work to the lowest-cost distant location; rightshoring asks, activity by activity, where each is best done once total cost, skills, proximity and risk are counted, and accepts that the answer is usually a mix.

Supply-chain research on location decisions argues that many earlier offshoring moves were made on labour cost alone and should be revisited as wages, freight, automation and risks change. Rightshoring is the name practitioners give to that review; offshoring may well be its answer for some activities.""",
        "key_differences": """- **Unit of decision:** offshoring is often decided for a whole function; rightshoring decides activity by activity.
- **Criteria:** offshoring has historically been driven by labour cost and talent pools; rightshoring weighs total cost, proximity, resilience and risk together.
- **Outcome:** offshoring moves work abroad; rightshoring may keep, nearshore, offshore or reshore each activity.
- **Review:** offshoring is often a one-off move; rightshoring expects periodic review.
- **Complexity:** offshoring to one hub is simpler to run; a rightshored mix means managing several locations.""",
        "verdict": "Choose **offshoring** when a distant location clearly wins on total cost and risk for the activity in question; choose **rightshoring** as the way of deciding whenever you have several activities with different needs, or earlier location decisions rested on wages alone.",
    },
    {
        "a": "nearshore-outsourcing",
        "b": "offshore-outsourcing",
        "introduction": """Once the decision to use a provider abroad is made, the next question is how far away. The trade is familiar: a distant provider usually offers lower rates and deeper talent pools; a nearby one offers overlapping hours, easy travel and often closer culture and law.

What tips the balance is the work itself. Iterative, collaborative work with frequent changes pays for proximity; stable, well-specified, high-volume work often does not. Research on nearshore software sourcing found that the appeal of nearshore lies precisely in reducing these forms of distance.""",
        "key_differences": """- **Rates:** offshore providers are usually cheaper per hour; nearshore providers sit between home and offshore rates.
- **Working hours:** nearshore teams share most of the day; offshore teams share little, which suits handovers but not constant collaboration.
- **Travel and oversight:** a day trip versus long-haul travel.
- **Talent pools:** the large offshore hubs offer more scale; nearshore markets can be smaller and more contested.
- **Legal and data:** nearshore providers are often in the same trade bloc (for the EU, under the same GDPR); offshore providers may need transfer safeguards.
- **Coordination cost:** lower nearshore, higher offshore; it often decides the total-cost comparison.""",
        "verdict": "Choose **nearshore outsourcing** when the work needs frequent interaction, fast iteration or regional data and language fit; choose **offshore outsourcing** when the work is stable, well specified and large enough for lower rates to outweigh the coordination cost.",
    },
    {
        "a": "fixed-price-contract",
        "b": "time-and-materials",
        "introduction": """This is the most common pricing question in buying projects and professional services, and it is really a question about **who carries which risk**. With one, the provider promises a result for a set price and absorbs its own overruns; with the other, the client pays for the effort actually spent and absorbs them.

Neither is cheaper in itself. A provider asked for a fixed price on vague requirements adds a risk premium, and every change becomes a priced change request; a client on time and materials without the capacity to steer the work pays for every detour. Research on procurement and on offshore software projects points the same way: the less certain and the more complex the work, the better effort-based pricing fits. Many deals combine the two, for example a time-and-materials discovery phase followed by fixed-price delivery, or a fixed price with a capped pool of hours for changes.""",
        "key_differences": """- **What you pay for:** a defined result versus hours or days actually worked, plus materials.
- **Who carries cost overruns:** the provider under a fixed price; the client under time and materials, up to any agreed ceiling.
- **Scope:** must be specified in advance for a fixed price; can evolve under time and materials.
- **Changes:** priced change requests versus simply redirecting the team.
- **Client effort:** writing a precise specification and accepting deliverables, versus steering priorities and reviewing time continuously.
- **Provider incentive:** to work efficiently (and, under pressure, to cut corners) versus no built-in incentive to save time.
- **Budget certainty:** high for the defined scope versus low without a not-to-exceed cap.""",
        "verdict": "Choose a **fixed-price contract** when you can specify the result and its acceptance criteria in advance and want the provider to carry the cost risk; choose **time and materials** when the scope is uncertain or will change, you need to start before it is specified, and you have people who will steer the work and watch the budget.",
    },
    {
        "a": "service-level-agreement",
        "b": "key-performance-indicator",
        "introduction": """Both turn "good service" into numbers, and contracts often list them in the same schedule, so they are easily confused. The difference is what happens when a number is missed. A service level is a **commitment**: it has a target and a contractual consequence, usually service credits and, for repeated failure, termination rights. A KPI is a **measure you manage by**: it may repeat a service level, or track things the provider influences but should not be penalised for, such as satisfaction, trends or business outcomes.

Getting the split right matters. Put too much into service levels and the contract becomes a penalty machine that both sides game; put too little and the client has no leverage when service fails. Most well-run deals keep a short list of critical service levels with credits and a somewhat longer set of KPIs reviewed at governance meetings.""",
        "key_differences": """- **Nature:** a contractual commitment versus a management measure.
- **Consequence of a miss:** service credits, remediation and possibly termination versus discussion, root-cause analysis and improvement plans.
- **Scope:** operational outputs the provider controls (availability, response times, accuracy) versus a wider set including outcomes, satisfaction and trends.
- **Number:** a few critical levels versus a balanced set for governance.
- **Change:** amending a service level usually needs a contract change; KPIs can be adjusted by the governance board.
- **Audience:** contract and vendor managers versus business owners and governance boards as well.""",
        "verdict": "Choose a **service-level agreement** target when a measure is critical, within the provider's control and worth a contractual consequence; choose a **key performance indicator** when you need to follow performance, outcomes or trends that should shape the relationship without triggering credits or disputes.",
    },
    {
        "a": "statement-of-work",
        "b": "master-services-agreement",
        "introduction": """These are not alternatives so much as two layers of the same contract, and the question is what belongs in which. The master agreement is negotiated once and governs the whole relationship; statements of work are written for each engagement under it. Putting project details into the master agreement makes it obsolete with the first change; putting legal terms into each statement of work means renegotiating liability every time a new piece of work starts.

For a single, one-off purchase, one contract with the scope attached may be simpler. Once you expect repeated work with the same provider, the two-layer structure pays off, provided the master agreement says which document prevails when they conflict.""",
        "key_differences": """- **Purpose:** the SOW defines one piece of work; the MSA sets the terms for all of them.
- **Content:** scope, deliverables, timetable, acceptance, responsibilities and price versus liability, confidentiality, data protection, intellectual property, audit, subcontracting, exit and dispute resolution.
- **Lifespan:** the length of one engagement versus the whole relationship, often several years.
- **Who works on it:** business owners and project managers versus legal, procurement and risk teams.
- **Effort:** days to weeks per SOW versus weeks to months, once, for the MSA.
- **Precedence:** the MSA usually prevails unless a SOW expressly overrides a named clause.""",
        "verdict": "Choose to put a term in the **statement of work** when it describes this engagement's scope, deliverables, acceptance, timetable or price; choose the **master services agreement** for terms that should apply to every engagement with the provider, and sign one before the second piece of work arrives.",
    },
    {
        "a": "data-residency",
        "b": "data-localisation",
        "introduction": """Both terms are about where data sits, and providers' brochures often use them interchangeably. They answer different questions. Residency is **where you decide, or a provider promises, to keep data**; localisation is **where a law says certain data must stay**. One is a choice you can change by contract, the other a constraint you can only comply with.

The difference matters early in a sourcing decision. A residency preference can be weighed against cost and service; a localisation rule can rule a location out before anyone compares prices. Neither settles GDPR transfer questions on its own: data hosted in the EU but reachable by support staff abroad still needs a lawful basis for that access.""",
        "key_differences": """- **Source:** residency comes from the organisation or its contract; localisation from legislation or regulation.
- **Flexibility:** residency can be renegotiated or waived; localisation cannot, short of a change in the law.
- **Scope:** residency usually covers whatever the contract names; localisation covers the categories of data the law defines, sometimes with a ban on copies abroad.
- **Effect on sourcing options:** residency shapes provider and region choice; localisation can exclude offshore delivery for the covered data.
- **Within the EU:** member states may not impose localisation of non-personal data except on public-security grounds; residency choices remain free.
- **Transfers:** neither replaces the GDPR's transfer rules when people abroad can access personal data.""",
        "verdict": "Choose **data residency** terms when your own risk policy, customers or supervisors want data in named regions and you can verify the provider keeps that promise; choose to treat a requirement as **data localisation** only when a law actually imposes it, and then rule out the locations and providers that cannot comply before comparing anything else.",
    },
    {
        "a": "professional-employer-organisation",
        "b": "employer-of-record",
        "introduction": """Both take on employer paperwork for people who work under your direction, and both are sold as "employment outsourcing", which is why they are confused. The deciding question is **whether you already have a legal entity and employees where the person works**.

A PEO, a mostly US arrangement, co-employs the staff of a company that already exists and employs them; it shares employer duties under a contract. An employer of record becomes the sole legal employer of someone in a country where you have no entity, so that you can hire there at all. Using the wrong one either leaves you without a lawful employer abroad or pays for a service you do not need.""",
        "key_differences": """- **Your entity:** a PEO presumes you have one in the country; an EOR is used where you have none.
- **Legal position:** a PEO is a co-employer alongside you; an EOR is the sole employer on paper.
- **Typical geography:** PEOs are a US model (with IRS certification for CPEOs); EORs serve cross-border hiring in many countries.
- **Who is covered:** a PEO covers your existing workforce; an EOR covers the specific people you hire through it.
- **Why firms use them:** PEOs to shed HR administration and reach group benefit plans; EORs to hire abroad quickly without opening a company.
- **Scale:** PEOs suit whole small and mid-sized workforces; EORs become expensive once a country team grows.""",
        "verdict": "Choose a **professional employer organisation** when you are a US employer with your own entity and want a partner to co-employ your staff and run payroll, taxes and benefits; choose an **employer of record** when you want to hire particular people in a country where you have no entity and are not yet ready to set one up.",
    },
    {
        "a": "temporary-agency-work",
        "b": "out-staffing",
        "introduction": """In both, a provider employs people who then work under your direction, so in law they can be the same thing. They differ in purpose and in how they are sold: agency work supplies labour for peaks, cover and short assignments, usually at your premises; out-staffing supplies specialists, often remote and often abroad, to extend a team for months or years.

The overlap has consequences. Where an out-staffing deal means a provider's employees work under your direction in an EU country, agency-work rules may apply: equal treatment from the first day of the assignment and, in some countries such as Germany, a licence requirement and a cap on assignment length. Check this before signing, not after.""",
        "key_differences": """- **Purpose:** agency work covers peaks, absences and temporary needs; out-staffing adds specialist skills to a team.
- **Where people work:** agency workers usually at your site; out-staffed specialists often remotely, from the provider's country.
- **Duration:** agency assignments must be temporary under EU law; out-staffing contracts often run for years, which raises the legal question.
- **Law applied:** agency work is governed by the Temporary Agency Work Directive and national law; an out-staffing contract may fall under the same rules depending on where and how the work is done.
- **Pricing:** agency work is priced per hour with equal pay as the floor; out-staffing per person per day or month.
- **Selection:** agencies usually fill roles to your profile; out-staffing providers often propose named specialists you interview.""",
        "verdict": "Choose **temporary agency work** when you need extra hands at your own site for a limited period and will direct them yourself; choose **out-staffing** when you need specialist skills for a longer period, can direct remote people, and have checked that local agency-work rules either do not apply or can be met.",
    },
    {
        "a": "robotic-process-automation",
        "b": "offshoring",
        "introduction": """Both are answers to the same pressure, the cost of repetitive, rule-based work, and they compete for the same processes: the work that is easiest to move abroad is often also the easiest to automate. Offshoring keeps people doing the work and moves it to a lower-cost location; robotic process automation keeps the work where it is and takes people out of the standard cases.

They also combine. Telefónica O2 had already moved back-office work to an offshore BPO provider before it piloted software robots on processes such as SIM swaps and account credits. The practical question is which share of a process is better automated, which is better done by people, and where those people should sit.""",
        "key_differences": """- **What changes:** offshoring changes where people work; RPA changes whether people are needed for the standard cases.
- **Suitable work:** offshoring suits work that can be specified and handed over, including judgement-based work; RPA suits only rule-based tasks with structured data.
- **Cost profile:** offshoring trades wages for transition and coordination costs; RPA trades labour for licences, build effort and bot maintenance.
- **Speed:** RPA pilots can run in weeks; an offshore transition usually takes months.
- **Risks:** offshoring brings distance, knowledge loss and transfer rules for data; RPA brings brittle bots, access-control issues and automating a poor process.
- **Location and data:** bots run where your systems run, so they avoid cross-border transfers that offshore staff may create.""",
        "verdict": "Choose **robotic process automation** when the work is stable, rule-based and high in volume, and the systems it uses change rarely; choose **offshoring** when the work needs human judgement or handles unstructured cases, a lower-cost location can do it well, and the data rules allow it, and consider automating the rule-based share first either way.",
    },
    {
        "a": "shared-services-centre",
        "b": "captive-centre",
        "introduction": """The two are often confused because both are owned by the firm and staffed by its own employees, and many of the best-known examples are centres abroad. But they answer different questions. "Shared services" is about **purpose**: consolidating standardised support work that several business units used to do separately, and running it as an internal service. "Captive" is about **ownership, usually at a distance**: a firm's own centre, often in another country, doing the firm's own work instead of a provider doing it.

Neither label says where the centre is. A shared services centre can sit in the head-office country; a captive centre can do engineering or analysis that is not shared or standardised at all. And one centre can be both: a firm's own finance centre in Kraków that serves all its European subsidiaries is a shared services centre by purpose and a captive by ownership and location. The useful question is therefore which problem you are solving: duplicated processes across units, or access to talent and cost abroad without a provider.""",
        "key_differences": """- **What the label describes:** shared services describes the purpose and operating model (consolidated, standardised services for several units); captive describes ownership (the firm's own centre rather than a provider), usually abroad.
- **Customers:** a shared services centre serves several business units or subsidiaries under internal service agreements; a captive centre may serve one function, one unit or the whole group.
- **Type of work:** shared services are mostly standardised support processes such as finance, HR, payroll or procurement; a captive can also do research, engineering, software or analytics.
- **Location:** a shared services centre can be at home, nearshore or offshore; a captive is typically in another country, which is why it is compared with offshore outsourcing.
- **Main alternative:** for a shared services centre, each unit keeping its own processes, or [[bpo]]; for a captive, [[offshore-outsourcing]] or [[build-operate-transfer]].
- **Overlap:** a firm's own offshore centre that serves several units is both, so the two labels can describe the same building.""",
        "verdict": "Choose a **shared services centre** when the problem is the same support processes duplicated across business units and the gain lies in standardising and consolidating them, wherever the centre sits; choose a **captive centre** when the problem is getting work done abroad with your own people rather than a provider's, and then decide separately whether that centre should also run shared services for several units.",
    },
]
