"""Terms about where the work is done, and the grid cells that combine location with ownership."""

from . import sources as s

TERMS = [
    {
        "slug": "offshoring",
        "name": "Offshoring",
        "aliases": ["off-shoring", "offshore sourcing", "offshore delivery"],
        "misspellings": ["ofshoring", "offshorring", "offsoring", "off shoring"],
        "category": "location",
        "definition": "Moving work to, or setting it up in, a country other than the organisation's home country, usually a distant one, whether done by its own staff or by a provider.",
        "takeaways": [
            "Offshoring decides where the work is done, not who does it: your own captive centre or a provider abroad.",
            "Only captive offshoring is done by the firm's own employees; offshore outsourcing, the more common form, uses a provider's staff.",
            "Firms usually move selected processes, not the whole business, and judge the move on total cost, skills and risk, not wages alone.",
        ],
        "explanation": """Offshoring is a **location** decision: work is moved to, or set up in, another country than the one where the organisation is based, usually a distant one in everyday use (this guide calls a nearby country [[nearshoring]]). Official statistics do not require distance: Eurostat's international sourcing surveys count the movement of business functions to any other country, whether to the enterprise's own affiliates or to outside suppliers, and they find that most EU enterprises that source internationally do so within the EU. UNCTAD's analysis of services offshoring distinguishes the *captive* form from offshore *outsourcing*.

So offshoring comes in two forms:

- **captive offshoring**: the firm's own unit abroad ([[captive-offshore-centre]]), staffed by its own employees;
- **[[offshore-outsourcing]]**: a provider abroad, staffed by the provider's employees.

Only in the captive form is offshored work done by the firm's own staff, a point much popular writing gets wrong. And offshoring rarely means relocating the whole company: a firm moves selected processes (software development, a contact centre, accounting, one production step) and keeps its headquarters and other functions at home.

**Motives.** Lower labour costs are the best-known reason, but not the only one, and often not the decisive one: access to large talent pools, service across time zones ([[follow-the-sun]]) and presence near growing markets also count, and the outsourcing surveys show quality and flexibility weighing at least as much in whether arrangements succeed. The costs include communication across distance and time zones, travel, management overhead, currency and political risk, and compliance: EU rules on transfers of personal data outside the EU, for instance, still apply. When distance proves too costly, firms move work closer ([[nearshoring]]) or back home ([[reshoring]]).""",
        "example": "A Scandinavian software company moves the development and testing of two product lines to Bengaluru: one through its own new subsidiary (captive offshoring), the other through a contract with an Indian IT services provider (offshore outsourcing). Product management and architecture stay in Stockholm.",
        "fits_when": """- The work can be done remotely and specified clearly.
- A distant location offers skills or capacity at a scale you cannot find nearby.
- Limited overlap in working hours is acceptable, or even useful for round-the-clock service.
- You can invest in the management and travel that distance requires.""",
        "not_fits_when": """- The work needs constant real-time collaboration with home teams or customers.
- Data must stay in the home country or region.
- The saving disappears once coordination, travel and quality costs are counted.
- Physical goods need short, reliable lead times.""",
        "related": [
            "offshore-outsourcing",
            "captive-offshore-centre",
            "nearshoring",
            "reshoring",
            "onshoring",
            "outsourcing",
            "rightshoring",
        ],
        "last_reviewed": "2026-12-06",
        "sources": [
            s.UNCTAD_WIR_2004,
            s.cite(s.EUROSTAT_INTERNATIONAL_SOURCING, "Highlights; General overview"),
            s.ELLRAM_TATE_PETERSEN_2013,
            s.wikipedia("Offshoring", "Offshoring"),
        ],
        "values": {
            "basic-definition": "Moving work to, or setting it up in, a country other than the organisation's home country, usually a distant one.",
            "meaning": "Selected processes, not normally the whole business, are performed abroad, either in the firm's own captive centre or by an offshore provider.",
            "who-does-the-work": "Either the firm's own employees (only in a captive centre) or a provider's staff (offshore outsourcing).",
            "location": "Abroad, typically in a distant country and often in a different time zone.",
            "drivers": "Access to large talent pools, lower labour costs, round-the-clock service across time zones, and sometimes a presence close to new markets.",
            "benefits": "Skills at scale, often substantial labour-cost savings, and longer service hours through follow-the-sun working.",
            "primary-goal": "To use the talent and cost advantages of another country.",
            "risks": "Communication gaps, time-zone and cultural friction, currency and political risk, cross-border data-transfer rules, quality problems and hidden coordination costs.",
            "control": "High in a captive centre; contractual and indirect with an offshore provider. Distance makes day-to-day oversight harder in both cases.",
            "cost-profile": "Lower wage costs, offset by travel, communication, management overhead and transition costs; a captive needs up-front investment, a provider charges fees.",
            "time-to-set-up": "Months with an established provider; often a year or more to open and staff a captive centre.",
        },
    },
    {
        "slug": "onshoring",
        "name": "Onshoring",
        "aliases": ["on-shoring", "onshore delivery", "onshore sourcing"],
        "misspellings": ["onshorring", "onsoring"],
        "category": "location",
        "definition": "Keeping work, or placing it, in the organisation's home country, whether it is done by the firm's own staff or by a domestic provider.",
        "takeaways": [
            "Onshoring is the home-country column of the sourcing grid: in-house at home or domestic outsourcing.",
            "The word is used loosely; some use it for domestic outsourcing only, others for bringing work back (better called reshoring).",
            "Its case rests on closeness, law, language and data rules rather than wage differences.",
        ],
        "explanation": """In this guide, onshoring is the **location choice of the home country**: the work is done in the organisation's own country, by its own staff ([[in-house]]) or by a provider there ([[domestic-outsourcing]]). It is the opposite of [[offshoring]] and [[nearshoring]].

Statistical offices draw the same line between *domestic* and *international* sourcing: Eurostat's surveys measure the movement of business functions abroad and set it against sourcing that stays within the country. Research on domestic outsourcing shows how large the home-country option is: in Germany, contracting out of cleaning, security, catering and logistics to domestic firms grew strongly from the 1990s.

**A note on usage.** The word is used in at least two other senses. Many providers say "onshore" for their staff working in the client's country, and some writers use "onshoring" for bringing previously offshored work back home. This guide calls the latter [[reshoring]], because it is a change of location over time, and calls the provider-at-home cell of the grid [[domestic-outsourcing]]. Check which sense a report uses before comparing its figures.

Organisations choose to keep work onshore when it needs the same language, law, working hours and culture; when it handles sensitive or regulated data; when it must be delivered on site; or when speed of response matters more than labour cost.""",
        "example": "A UK local authority keeps its revenues and benefits processing in the UK: part is done by its own staff in the town hall and part by a UK-based provider, because the data is sensitive, residents phone in during office hours and the contract requires service from UK locations.",
        "fits_when": """- Data or regulation requires work to stay in the country.
- The work needs the same language, culture and working hours as customers or colleagues.
- On-site presence or quick face-to-face contact matters.""",
        "not_fits_when": """- Domestic skills are too scarce or expensive for the volume needed.
- The work is standard, remote and large enough for cheaper locations to pay off.
- Round-the-clock coverage is needed without night shifts at home.""",
        "related": [
            "domestic-outsourcing",
            "in-house",
            "offshoring",
            "nearshoring",
            "reshoring",
        ],
        "last_reviewed": "2026-12-06",
        "sources": [
            s.EUROSTAT_INTERNATIONAL_SOURCING,
            s.GOLDSCHMIDT_SCHMIEDER_2017,
        ],
        "values": {
            "basic-definition": "Keeping or placing work in the organisation's home country, done by its own staff or a domestic provider.",
            "meaning": "The home-country column of the sourcing grid: in-house at home, or domestic outsourcing.",
            "who-does-the-work": "Either the firm's own employees or a domestic provider's staff; onshoring is about location only.",
            "location": "The home country, sometimes in a lower-cost region of it.",
            "drivers": "Data and regulatory requirements, language and cultural fit, on-site presence, and speed of response.",
            "benefits": "Same law, language and working hours, easy oversight, and no cross-border data transfers.",
            "primary-goal": "To keep work close to the business, its customers and its legal framework.",
            "risks": "Higher labour costs, limited local talent in some skills, and fewer providers to choose from in niche areas.",
            "control": "Easiest to exercise of all locations, whether in-house or through a domestic contract.",
            "cost-profile": "Home-country wage levels, with few travel or cross-border costs.",
            "time-to-set-up": "Usually the quickest location to start with: weeks to a few months.",
        },
    },
    {
        "slug": "domestic-outsourcing",
        "name": "Domestic outsourcing",
        "aliases": ["onshore outsourcing", "domestic sourcing", "local outsourcing"],
        "misspellings": ["domestic out-sourcing", "domestic outsorcing"],
        "category": "location",
        "definition": "Outsourcing a process to a provider located in the organisation's own country, so that ownership changes but the location does not.",
        "takeaways": [
            "Domestic outsourcing changes who does the work while keeping it in the home country.",
            "Savings, where they exist, come from the provider's specialisation and scale, not from cheaper countries.",
            "It is often the fastest and lowest-risk way to outsource, especially for regulated data or on-site services.",
        ],
        "explanation": """Domestic outsourcing is the cell of the sourcing grid where **a third party does the work, in your own country**. The ownership choice is [[outsourcing]]; the location choice is [[onshoring]]. It is the advisor's option for firms that want a specialist provider without crossing borders.

It is far more common than debates about offshoring suggest. Facility services such as cleaning, security, catering and logistics are mostly outsourced domestically, and so are many professional and IT services. Research using German social-security records found that domestic outsourcing of such services grew sharply from the early 1990s, and that wages in outsourced jobs fell by about 10–15% relative to comparable jobs that stayed in-house: part of the client's saving came from lower pay, a point worth weighing for reputation and service quality.

Firms choose it when they want a specialist but need the provider close: the same language, legal system and working hours, site visits at short notice, and no cross-border transfer of data. It is common for regulated work (payroll, benefits, health data), for services delivered on site, and for work that needs frequent face-to-face contact.

Labour costs are higher than with [[nearshore-outsourcing]] or [[offshore-outsourcing]], so the business case rests on expertise, flexibility, speed and risk rather than wage differences.""",
        "example": "A French hospital group contracts a French provider to run patient meal services in its twelve hospitals. The provider employs the kitchen staff (some transferred from the hospitals under the transfer-of-undertakings rules), works to menus and hygiene standards set in the contract, and is paid per meal served.",
        "fits_when": """- You want a specialist to run the process but need it in your country.
- Data, regulation or on-site delivery rule out other countries.
- The provider's scale or expertise clearly beats what you do today.""",
        "not_fits_when": """- The main goal is a large labour-cost saving.
- Few domestic providers offer the service, so competition is weak.
- The work is core to your competitive position.""",
        "related": [
            "outsourcing",
            "onshoring",
            "in-house",
            "nearshore-outsourcing",
            "offshore-outsourcing",
            "transfer-of-undertakings",
        ],
        "last_reviewed": "2026-12-06",
        "sources": [
            s.GOLDSCHMIDT_SCHMIEDER_2017,
            s.EUROSTAT_INTERNATIONAL_SOURCING,
            s.LACITY_ITO_REVIEW_2010,
        ],
        "values": {
            "basic-definition": "Outsourcing a process to a provider in the organisation's own country.",
            "meaning": "A third party takes over the process but the work stays in the same country, legal system and language.",
            "who-does-the-work": "A domestic provider's employees.",
            "location": "The home country, sometimes in a lower-cost region of it.",
            "drivers": "Need for a specialist with local presence, regulated or sensitive data, on-site services, and language and cultural fit.",
            "benefits": "Specialist capability, easy communication and visits, the same laws and working hours, and no cross-border data issues.",
            "primary-goal": "To gain a specialist provider's capabilities without the complications of working across borders.",
            "risks": "Higher rates than nearshore or offshore options, limited choice of providers in niche areas, lock-in, lost know-how, and reputational risk if savings come from worse pay and conditions.",
            "control": "Contractual, but easier to exercise because the provider is close and under the same jurisdiction.",
            "cost-profile": "Domestic wage levels plus the provider's margin, with few travel or cross-border costs; savings come from the provider's scale and expertise.",
            "time-to-set-up": "Usually the quickest form of outsourcing to start: weeks to a few months, depending on scope.",
        },
    },
    {
        "slug": "nearshoring",
        "name": "Nearshoring",
        "aliases": ["near-shoring", "nearshore", "near-shore"],
        "misspellings": ["nearshorring", "nearsoring", "near shoring"],
        "category": "location",
        "definition": "Placing work in a nearby country, usually in the same or a similar time zone, either with a provider there or in the firm's own centre.",
        "takeaways": [
            "Nearshoring is a location choice between home and distant countries; it can be outsourced or captive.",
            "Its advantage is proximity: overlapping hours, short travel and often closer culture and law.",
            "It usually saves less than distant offshoring, so it wins when collaboration, speed or resilience matter more than the lowest rate.",
        ],
        "explanation": """Nearshoring places work in a **nearby country**, typically one in the same or a neighbouring time zone and within a short flight: for US firms, Mexico, Canada or Central America; for Western European firms, Central and Eastern Europe, Portugal or North Africa.

Like offshoring, it is a location choice with two ownership forms: a provider there ([[nearshore-outsourcing]]) or the firm's own unit ([[nearshore-captive-centre]]).

Research on software sourcing found that "nearshore" began as a marketing term for destinations positioning themselves against distant India, and that what it promises is the reduction of distance in several senses: geographic, temporal (working hours), cultural and linguistic. Those are also its advantages: daily collaboration is possible, managers can visit in a day, and supply chains for physical goods are shorter. Eurofound's reshoring monitor likewise treats relocation to the home country *or its nearby region* as part of the same movement.

Labour costs are usually lower than at home but higher than in distant low-cost locations, so nearshoring tends to be chosen when collaboration, speed or resilience matter more than the lowest hourly rate. Talent pools can be smaller, and wages in popular nearshore hubs tend to rise.""",
        "example": "A US medical-device maker moves final assembly of two product lines from China to a contract manufacturer in northern Mexico: lead times to US distribution centres fall from five weeks to four days, and engineers can drive to the plant from Texas.",
        "fits_when": """- Teams need several hours of overlap every working day.
- Physical goods need shorter, more reliable lead times.
- You want easier oversight and travel than a distant location allows.""",
        "not_fits_when": """- The lowest possible labour cost is the deciding factor.
- Nearby countries lack the skills or capacity at the scale you need.
- The work is fully asynchronous and benefits from time-zone spread.""",
        "related": [
            "nearshore-outsourcing",
            "nearshore-captive-centre",
            "offshoring",
            "onshoring",
            "friendshoring",
            "reshoring",
            "rightshoring",
        ],
        "last_reviewed": "2026-12-06",
        "sources": [
            s.CARMEL_ABBOTT_2007,
            s.EUROFOUND_RESHORING_2019,
            s.wikipedia("Nearshoring", "Nearshoring"),
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
        "slug": "nearshore-outsourcing",
        "name": "Nearshore outsourcing",
        "aliases": ["nearshore sourcing", "outsourcing to a nearby country"],
        "misspellings": ["nearshore outsorcing", "near-shore out-sourcing"],
        "category": "location",
        "definition": "Outsourcing a process to a provider in a nearby country with overlapping working hours, combining a third party's delivery with proximity.",
        "takeaways": [
            "It combines outsourcing (a provider does the work) with a nearby location.",
            "It suits work that needs frequent interaction but not your own staff, such as agile software teams or multilingual service desks.",
            "Rates sit between domestic and distant offshore providers; overlap and travel are the main gains.",
        ],
        "explanation": """Nearshore outsourcing is the grid cell where **a provider in a nearby country does the work**. It is an advisor option for firms that want a third party's capacity and expertise at lower cost than at home, without the distance of [[offshore-outsourcing]].

Typical uses are software development with daily stand-ups and reviews, multilingual customer service for a region, finance and accounting processes that need some contact with local teams, and engineering services. The overlap in working hours and short travel make it easier to run iterative, collaborative work through a provider than with a distant one; research on nearshore software sourcing highlights exactly this reduced temporal and cultural distance.

Compared with [[domestic-outsourcing]], rates are usually lower and talent pools may be larger for some skills; compared with offshore outsourcing, rates are usually higher and the provider market smaller. Inside the EU, a provider in another member state processes personal data under the same GDPR, which removes the transfer questions that arise with providers outside the EU (though the client remains responsible as controller).

The general outsourcing risks apply: vague scope, lock-in and loss of know-how. A [[service-level-agreement]] and a capable [[retained-organisation]] matter as much as the location.""",
        "example": "A German insurer contracts a Polish IT services company to develop and maintain its customer portal. The provider's team of 25 works in Wrocław on German working hours, joins sprint reviews by video and visits Cologne every quarter; the contract is priced per delivered feature with service levels for defects.",
        "fits_when": """- You want a provider to deliver, and the work needs regular interaction.
- Overlapping working hours and short travel matter.
- Domestic providers are too expensive or too few for the volume.""",
        "not_fits_when": """- The largest wage saving is the goal and distance is not a problem.
- The work must stay in your own country.
- You want to direct individual people day to day (consider out-staffing).""",
        "related": [
            "nearshoring",
            "outsourcing",
            "offshore-outsourcing",
            "domestic-outsourcing",
            "nearshore-captive-centre",
        ],
        "last_reviewed": "2026-12-06",
        "sources": [
            s.CARMEL_ABBOTT_2007,
            s.EUROSTAT_INTERNATIONAL_SOURCING,
            s.GDPR,
        ],
        "values": {
            "basic-definition": "Outsourcing a process to a provider in a nearby country with overlapping working hours.",
            "meaning": "A third party abroad, but close by, delivers the service; collaboration is easier than with a distant provider.",
            "who-does-the-work": "The nearshore provider's employees.",
            "location": "A neighbouring or nearby country, typically within a few hours' travel and time difference.",
            "drivers": "Need for a provider's capacity or skills, frequent collaboration, cost pressure, and data or language fit within a region.",
            "benefits": "Lower rates than at home, overlapping hours, easy visits, and often cultural and legal closeness.",
            "primary-goal": "To buy a provider's service at lower cost while keeping collaboration easy.",
            "risks": "Smaller provider market, wage inflation in popular hubs, lock-in, and the usual cross-border legal and currency issues.",
            "control": "Contractual, made easier by proximity and shared working hours.",
            "cost-profile": "Provider fees below domestic rates but above distant offshore ones, with modest travel costs.",
            "time-to-set-up": "Usually two to six months for selection, contract and transition.",
        },
    },
    {
        "slug": "offshore-outsourcing",
        "name": "Offshore outsourcing",
        "aliases": ["offshore sourcing to a provider", "international outsourcing"],
        "misspellings": ["ofshore outsourcing", "offshore outsorcing"],
        "category": "location",
        "definition": "Outsourcing a process to a provider in a distant country, so that both ownership and location change at once.",
        "takeaways": [
            "It changes two things at once: a provider does the work, and it is done far away.",
            "It offers the largest labour-cost differences and deep talent pools, but distance adds coordination, travel and risk.",
            "Success depends on clear scope, strong governance and realistic total-cost comparisons, not on the day rate.",
        ],
        "explanation": """Offshore outsourcing is the grid cell where **a provider in a distant country does the work**. It is the form most people mean when they say "offshoring", although offshoring also includes the firm's own [[captive-offshore-centre]]. UNCTAD's analysis of services offshoring separates the two: work done abroad by the firm's own affiliates, and work contracted to third-party providers abroad.

Typical scopes are IT services ([[ito]]), business processes ([[bpo]]) and knowledge work ([[kpo]]), delivered from large provider hubs. The attraction is access to very large talent pools and substantial labour-cost differences, plus the option of [[follow-the-sun]] working across time zones.

The difficulties come from distance: little overlap in working hours, harder communication and travel, cultural differences, currency and political risk, and cross-border data rules. Research reviews of IT outsourcing find that outcomes depend heavily on the client's own capabilities (contract management, knowledge transfer, governance), not only on the provider. Surveys also show that cost is only one of several reasons for outsourcing and that service quality, not savings, drives satisfaction. Compare offers on [[total-cost-of-ownership]], including transition, governance and the cost of a later exit.""",
        "example": "An Australian bank contracts an IT services provider with delivery centres in India and the Philippines to maintain 60 internal applications. The provider runs the work from its own offices with a small onshore team in Sydney, is paid a fixed monthly fee per application tier, and reports against defect and response-time service levels.",
        "fits_when": """- The work is well defined and can be done remotely.
- Volumes are large enough to justify a transition and governance effort.
- You can work with limited overlap in hours, or want round-the-clock coverage.
- You have, or will build, strong vendor management.""",
        "not_fits_when": """- The work needs constant real-time collaboration or local presence.
- Data must stay in your country or region.
- Scope is unclear or changing fast.
- The saving vanishes once coordination, travel and transition costs are counted.""",
        "related": [
            "offshoring",
            "outsourcing",
            "captive-offshore-centre",
            "nearshore-outsourcing",
            "ito",
            "bpo",
        ],
        "last_reviewed": "2026-12-06",
        "sources": [
            s.UNCTAD_WIR_2004,
            s.LACITY_ITO_REVIEW_2010,
            s.DELOITTE_GOS_2012,
        ],
        "values": {
            "basic-definition": "Outsourcing a process to a provider in a distant country.",
            "meaning": "A third party far away takes over the process and delivers it from its own centres, usually with a small team near the client.",
            "who-does-the-work": "The offshore provider's employees.",
            "location": "Offshore: a distant country, usually several time zones away.",
            "drivers": "Labour-cost differences, access to large talent pools, round-the-clock coverage, and the need to scale quickly.",
            "benefits": "Large potential savings, deep talent pools, scalability and extended service hours.",
            "primary-goal": "To buy a service at scale from a distant provider at lower cost.",
            "risks": "Communication gaps, quality problems, time-zone and cultural friction, data-transfer rules, lock-in and hidden coordination costs.",
            "control": "Contractual and indirect; distance makes oversight harder.",
            "cost-profile": "Low rates plus transition, governance, travel and communication costs; judge on total cost of ownership.",
            "time-to-set-up": "Typically three to nine months, including knowledge transfer and parallel running.",
        },
    },
    {
        "slug": "reshoring",
        "name": "Reshoring",
        "aliases": ["backshoring", "re-shoring", "back-shoring"],
        "misspellings": ["resoring", "reshorring", "reshorin", "re shoring"],
        "category": "location",
        "definition": "Bringing work that had been moved abroad back to the organisation's home country, whether to its own staff or to a domestic provider.",
        "takeaways": [
            "Reshoring reverses a location decision; who does the work afterwards is a separate choice (own staff or a domestic provider).",
            "Firms reshore for resilience, quality, lead times and automation as much as for cost; judge it on total cost, not wages.",
            "It is rarely all or nothing: part of the work often comes home while the rest stays abroad or moves nearshore.",
        ],
        "explanation": """Reshoring means **moving work back to the home country** after it had been moved abroad: the full or partial reversal of an earlier [[offshoring]] decision. Backshoring means the same thing. Eurofound's European Reshoring Monitor also counts relocation to the home country's nearby region, which overlaps with [[nearshoring]].

Reshoring is a location decision. The returning work can be done by the firm's own staff or by a domestic provider, so reshoring is **not** the same as [[backsourcing]] or [[insourcing]]: a company can reshore a process by handing it to a local outsourcing firm. Supply-chain research makes the same distinction and classifies reshoring by whether the work returns in-house or to an outside supplier.

Reasons firms give include narrowing wage gaps, quality problems, long lead times and the cost of stock in transit, supply-chain disruptions, automation that reduces the weight of labour costs, protection of intellectual property, and government incentives or customers' preference for domestic production. Eurofound found that the cost factors dominant in early reshoring had given way to factors linked to the reorganisation of value chains.

Decisions are best made on **total cost**, not wage rates alone: the Reshoring Initiative's Total Cost of Ownership Estimator, for example, adds freight, duties, inventory, quality, travel and risk to the price. Reshoring has costs too: rebuilding know-how and suppliers at home, recruiting in tight labour markets and, in manufacturing, new facilities.""",
        "example": "A Spanish furniture maker brings the production of its premium range back from a contract manufacturer in Asia to a new plant near Valencia. With automated cutting and finishing, the higher wages are offset by lower freight and stock costs, fewer damaged deliveries and the ability to make to order in two weeks.",
        "fits_when": """- Lead times, quality or supply risk cost more than the wage difference saves.
- Automation has reduced the share of labour in the cost.
- Customers, regulation or incentives favour domestic production.
- Skills and suppliers exist, or can be built, at home.""",
        "not_fits_when": """- Labour is still a large share of cost and cannot be automated.
- The home labour market cannot supply the skills.
- The offshore arrangement works well and its problems are fixable in place.""",
        "related": [
            "offshoring",
            "backsourcing",
            "insourcing",
            "onshoring",
            "nearshoring",
            "friendshoring",
            "rightshoring",
            "total-cost-of-ownership",
        ],
        "last_reviewed": "2026-12-06",
        "sources": [
            s.RESHORING_INITIATIVE_DATA,
            s.EUROFOUND_RESHORING_2019,
            s.GRAY_ET_AL_2013,
            s.ELLRAM_TATE_PETERSEN_2013,
            s.RESHORING_INITIATIVE_TCO,
        ],
        "values": {
            "basic-definition": "Bringing work that had been moved abroad back to the organisation's home country.",
            "meaning": "An earlier offshoring decision is reversed, fully or partly; the returning work can go to the firm's own staff or to a domestic provider.",
            "who-does-the-work": "Either the firm's own employees at home or a domestic provider; reshoring changes the location, not the ownership.",
            "location": "The home country, after a period abroad.",
            "drivers": "Supply-chain disruption, quality and lead-time problems, rising offshore wages, automation, intellectual-property concerns, tariffs and government incentives.",
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
        "aliases": ["friend-shoring", "ally-shoring", "allyshoring"],
        "misspellings": ["frendshoring", "friendshorring"],
        "category": "location",
        "definition": "Shifting sourcing and supply chains towards countries that are political allies or share similar values and rules, to reduce geopolitical risk.",
        "takeaways": [
            "Friendshoring chooses locations by political alignment, not just cost or distance.",
            "It is mostly about critical goods and inputs exposed to sanctions, export controls or coercion.",
            "Resilience has a price: allied suppliers may cost more, and economists warn that widespread friendshoring fragments trade.",
        ],
        "explanation": """Friendshoring, also written friend-shoring and sometimes called ally-shoring, means **moving supply chains and sourcing towards countries that are political allies or share similar values and rules**, to reduce exposure to geopolitical conflict, sanctions or economic coercion. The term came into wide use in 2022, when US officials promoted it after the pandemic and Russia's invasion of Ukraine had exposed fragile supply chains.

It is a location criterion, not an ownership model: work can be friendshored to a provider or to the firm's own plant or centre. It often overlaps with [[nearshoring]], because neighbours are frequently allies, but the test is political alignment rather than distance.

Drivers include export controls, sanctions and tariffs; national-security concerns over critical goods such as semiconductors, batteries, medicines and critical minerals; government incentives; and pressure from customers and investors for resilient, transparent supply chains.

The trade-offs are cost and scope. Allied countries may not be the cheapest or have the capacity needed, and who counts as "friendly" can change with elections and diplomacy. The WTO's 2023 World Trade Report warns that fragmentation of trade into blocs would carry real economic costs and argues for diversification across many partners instead. For most firms friendshoring is one factor in choosing a location, weighed alongside cost, skills, infrastructure and time to set up.""",
        "example": "A European battery maker that relied on one country for most of its graphite anodes signs long-term supply contracts with producers in Canada and Norway and co-invests in a plant in Portugal, accepting higher unit prices in exchange for lower exposure to export restrictions.",
        "fits_when": """- Supplies are critical and exposed to sanctions, export controls or coercion.
- Customers or regulators demand traceable, low-risk supply chains.
- Incentives in partner countries offset part of the cost premium.""",
        "not_fits_when": """- The goods or services are not exposed to geopolitical risk.
- Allied countries lack the capacity or skills needed.
- Diversifying across several suppliers would reduce risk at lower cost.""",
        "related": ["nearshoring", "reshoring", "offshoring", "rightshoring"],
        "last_reviewed": "2026-12-06",
        "sources": [
            s.WTO_WORLD_TRADE_REPORT_2023,
            s.wikipedia("Friendshoring", "Friendshoring"),
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
    {
        "slug": "rightshoring",
        "name": "Rightshoring",
        "aliases": ["right-shoring", "bestshoring", "best-shoring"],
        "misspellings": ["rightshorring", "rigthshoring"],
        "category": "location",
        "definition": "Choosing the mix of home, nearby and distant locations for each activity by total cost, skills and risk, rather than moving everything to the cheapest country.",
        "takeaways": [
            "Rightshoring is a decision approach, not a place: each activity goes where it is best done.",
            "It weighs total cost, skills, proximity, risk and resilience together, so the answer is usually a mix.",
            "The term is used mostly by practitioners; what matters is the discipline behind it, not the label.",
        ],
        "explanation": """Rightshoring is the idea that **each activity should be placed where it is best done**, at home, nearby or far away, judged on total cost, skills, proximity to customers, risk and resilience, instead of defaulting to the lowest-wage country. The result is normally a portfolio: for example, customer-facing and fast-changing work at home, collaborative development [[nearshoring|nearshore]], and stable, high-volume processing [[offshoring|offshore]].

The word comes from consulting practice rather than statistics, and it has no official definition. The idea behind it is well established in research on manufacturing and services location: supply-chain researchers have argued that location decisions made on labour cost alone overlooked freight, inventory, quality, coordination and risk, and that firms should revisit them as conditions change, which can lead to [[reshoring]], nearshoring or staying put. Tools such as the Reshoring Initiative's Total Cost of Ownership Estimator make the same point in numbers.

Rightshoring is also a reminder that location and ownership are separate decisions: each location in the mix can be served by the firm's own centre or by a provider.""",
        "example": "An industrial-equipment maker reviews its service operations: field-service scheduling stays in its home markets for language and response time, spare-parts logistics planning moves to a nearshore centre, and invoice processing stays with an offshore BPO provider, because each placement wins on total cost and risk for that activity.",
        "fits_when": """- You run several activities with very different needs for proximity, skills and cost.
- Earlier location decisions were made on wages alone and need revisiting.
- You can compare locations on total cost and risk, not just rates.""",
        "not_fits_when": """- You have one small activity and a single sensible location.
- Managing several locations would cost more than it saves.
- It is used as a slogan without a real cost and risk comparison behind it.""",
        "related": [
            "offshoring",
            "nearshoring",
            "reshoring",
            "onshoring",
            "total-cost-of-ownership",
            "friendshoring",
        ],
        "last_reviewed": "2026-12-06",
        "sources": [
            s.ELLRAM_TATE_PETERSEN_2013,
            s.RESHORING_INITIATIVE_TCO,
            s.EUROFOUND_RESHORING_2019,
        ],
        "values": {
            "basic-definition": "Choosing the mix of home, nearby and distant locations for each activity by total cost, skills and risk.",
            "meaning": "A portfolio approach to location: each activity is placed where it is best done, and the mix is reviewed as conditions change.",
            "who-does-the-work": "Any combination of own staff and providers; rightshoring is about location.",
            "location": "A mix of onshore, nearshore and offshore.",
            "drivers": "Rising offshore wages, supply-chain disruptions, automation, quality problems, and earlier decisions made on wages alone.",
            "benefits": "Better balance of cost, quality, speed and resilience; less exposure to any single location.",
            "primary-goal": "To place each activity where it creates the most value at acceptable risk.",
            "risks": "Complexity of running several locations, analysis paralysis, and the label being used without real analysis.",
            "control": "Varies by location and ownership in the mix.",
            "cost-profile": "Not the lowest rate everywhere, but aims at the lowest total cost for the risk accepted.",
            "time-to-set-up": "An ongoing review; individual moves take months to years.",
        },
    },
]
