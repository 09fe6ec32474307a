"""Default scoring rules and per-option content for the advisor.

Editors tune the rules in admin; these are only the defaults that
`manage.py load_advisor_defaults` loads once. Pure Python with no Django imports,
so the tests can check that the defaults point where the outsourcing literature
points without a database.

Each rule moves one option when one answer was given. An explanation is shown
after the answer's label ("Data must stay in the country: Offshore ..."), so it
is one plain sentence that reads on from that label. Goal weights are multiplied
by the goal's importance (0-3), so they stay small. Only hard constraints (the
law, or there being nothing abroad to bring back) rule an option out.
"""

from .engine import Rule

# Sources cited by several rules. The rules below stay one to four lines each
# so they can be scanned as a table, hence the formatter is off.
# fmt: off
QUINN_HILMER = "Quinn & Hilmer (1994), 'Strategic Outsourcing', MIT Sloan Management Review"
PRAHALAD_HAMEL = "Prahalad & Hamel (1990), 'The Core Competence of the Corporation', Harvard Business Review"
WILLIAMSON = "Williamson (1985), 'The Economic Institutions of Capitalism' (transaction cost economics)"
LACITY_WILLCOCKS = "Lacity & Willcocks (1998), 'An Empirical Investigation of Information Technology Sourcing Practices', MIS Quarterly"
LACITY_REVIEW = "Lacity, Khan, Yan & Willcocks (2010), 'A review of the IT outsourcing empirical literature and future research directions', Journal of Information Technology"
YOUNGDAHL = "Youngdahl & Ramaswamy (2008), 'Offshoring knowledge and service work: A conceptual model and research agenda', Journal of Operations Management"
LEWIN_INNOVATION = "Lewin, Massini & Peeters (2009), 'Why are companies offshoring innovation? The emerging global race for talent', Journal of International Business Studies"
CARMEL_TJIA = "Carmel & Tjia (2005), 'Offshoring Information Technology: Sourcing and Outsourcing to a Global Workforce', Cambridge University Press"
GHEMAWAT = "Ghemawat (2001), 'Distance Still Matters: The Hard Reality of Global Expansion', Harvard Business Review"
STRINGFELLOW = "Stringfellow, Teagarden & Nie (2008), 'Invisible costs in offshoring services work', Journal of Operations Management"
KEDIA_LAHIRI = "Kedia & Lahiri (2007), 'International outsourcing of services: A partnership model', Journal of International Management"
ARON_SINGH = "Aron & Singh (2005), 'Getting Offshoring Right', Harvard Business Review"
LARSEN = "Larsen, Manning & Pedersen (2013), 'Uncovering the hidden costs of offshoring', Strategic Management Journal"
ELLRAM = "Ellram, Tate & Petersen (2013), 'Offshoring and Reshoring: An Update on the Manufacturing Location Decision', Journal of Supply Chain Management"
FRATOCCHI = "Fratocchi et al. (2014), 'When manufacturing moves back: Concepts and questions', Journal of Purchasing and Supply Management"
GDPR = "GDPR (Regulation (EU) 2016/679), Chapter V: transfers of personal data to third countries"
DATA_LOCALISATION = "National data-localisation laws (e.g. Russia's Federal Law 242-FZ); GDPR Chapter V on transfers"
DELOITTE = "Deloitte, Global Outsourcing Survey"
DUNNING = "Dunning (1993), 'Multinational Enterprises and the Global Economy' (market-seeking investment)"
BOT_INDUSTRY = "Gartner and industry descriptions of build-operate-transfer engagements"
STAFF_AUG_INDUSTRY = "Gartner and industry descriptions of IT staff augmentation"

# Each entry: question, answer, option, weight, rules_out, explanation, source
DEFAULT_RULES: list[dict] = [
    # --- Function: where each kind of process has a mature market
    {
        "question": "function", "answer": "it", "option": "out_staffing", "weight": 2, "rules_out": False,
        "explanation": "Adding developers to your own team is a mature, widely offered service.",
        "source": STAFF_AUG_INDUSTRY,
    },
    {
        "question": "function", "answer": "it", "option": "offshore_outsourcing", "weight": 1, "rules_out": False,
        "explanation": "IT is the most mature market for offshore outsourcing, with many experienced providers.",
        "source": LACITY_REVIEW,
    },
    {
        "question": "function", "answer": "customer_service", "option": "nearshore_outsourcing", "weight": 1, "rules_out": False,
        "explanation": "Customers notice accent and time zone, which nearshore centres match more closely than distant ones.",
        "source": STRINGFELLOW,
    },
    {
        "question": "function", "answer": "finance", "option": "offshore_outsourcing", "weight": 1, "rules_out": False,
        "explanation": "Transactional finance work is one of the most established offshore services.",
        "source": DELOITTE,
    },
    {
        "question": "function", "answer": "hr", "option": "domestic_outsourcing", "weight": 2, "rules_out": False,
        "explanation": "Payroll follows local tax and labour law, which domestic providers know best.",
        "source": DELOITTE,
    },
    {
        "question": "function", "answer": "analytics", "option": "captive_offshore", "weight": 1, "rules_out": False,
        "explanation": "Firms often keep offshore analytics in centres of their own to protect the know-how.",
        "source": LEWIN_INNOVATION,
    },
    {
        "question": "function", "answer": "marketing", "option": "domestic_outsourcing", "weight": 1, "rules_out": False,
        "explanation": "Agencies at home know your market's language and culture.",
        "source": GHEMAWAT,
    },
    {
        "question": "function", "answer": "operations", "option": "reshoring", "weight": 1, "rules_out": False,
        "explanation": "Manufacturing is where most reshoring has happened, so the path is well trodden.",
        "source": FRATOCCHI,
    },
    {
        "question": "function", "answer": "operations", "option": "nearshore_outsourcing", "weight": 1, "rules_out": False,
        "explanation": "Producing nearer to customers shortens supply chains and lead times.",
        "source": ELLRAM,
    },
    # --- Coreness: keep what sets you apart, buy what does not
    {
        "question": "coreness", "answer": "core", "option": "in_house", "weight": 4, "rules_out": False,
        "explanation": "Work that sets you apart is safest kept under your own roof.",
        "source": QUINN_HILMER,
    },
    {
        "question": "coreness", "answer": "core", "option": "captive_offshore", "weight": 2, "rules_out": False,
        "explanation": "A centre of your own abroad adds capacity while keeping core work inside the firm.",
        "source": ARON_SINGH,
    },
    {
        "question": "coreness", "answer": "core", "option": "domestic_outsourcing", "weight": -2, "rules_out": False,
        "explanation": "Handing core work to a provider risks losing what sets you apart.",
        "source": QUINN_HILMER,
    },
    {
        "question": "coreness", "answer": "core", "option": "nearshore_outsourcing", "weight": -2, "rules_out": False,
        "explanation": "Handing core work to a provider abroad risks losing what sets you apart.",
        "source": QUINN_HILMER,
    },
    {
        "question": "coreness", "answer": "core", "option": "offshore_outsourcing", "weight": -3, "rules_out": False,
        "explanation": "Handing core work to a distant provider risks losing what sets you apart, and is hard to undo.",
        "source": QUINN_HILMER,
    },
    {
        "question": "coreness", "answer": "commodity", "option": "domestic_outsourcing", "weight": 2, "rules_out": False,
        "explanation": "Providers running the same process for many clients run it at lower cost.",
        "source": QUINN_HILMER,
    },
    {
        "question": "coreness", "answer": "commodity", "option": "nearshore_outsourcing", "weight": 2, "rules_out": False,
        "explanation": "Providers running the same process for many clients run it at lower cost.",
        "source": QUINN_HILMER,
    },
    {
        "question": "coreness", "answer": "commodity", "option": "offshore_outsourcing", "weight": 3, "rules_out": False,
        "explanation": "Standard processes are the easiest to move to low-cost providers far away.",
        "source": ARON_SINGH,
    },
    {
        "question": "coreness", "answer": "commodity", "option": "in_house", "weight": -2, "rules_out": False,
        "explanation": "Owning a process most firms run alike earns no advantage.",
        "source": PRAHALAD_HAMEL,
    },
    # --- Work type: rule-based work contracts out well, judgement needs governance
    {
        "question": "work_type", "answer": "rule_based", "option": "domestic_outsourcing", "weight": 2, "rules_out": False,
        "explanation": "Clear rules and measures make the work easy to specify in a contract and to check.",
        "source": WILLIAMSON,
    },
    {
        "question": "work_type", "answer": "rule_based", "option": "nearshore_outsourcing", "weight": 2, "rules_out": False,
        "explanation": "Clear rules and measures make the work easy to specify in a contract and to check.",
        "source": WILLIAMSON,
    },
    {
        "question": "work_type", "answer": "rule_based", "option": "offshore_outsourcing", "weight": 3, "rules_out": False,
        "explanation": "Work that is codified and measured is the kind that moves offshore most reliably.",
        "source": ARON_SINGH,
    },
    {
        "question": "work_type", "answer": "judgement", "option": "domestic_outsourcing", "weight": 1, "rules_out": False,
        "explanation": "Expert work can be outsourced, but needs closer governance than rule-based work.",
        "source": YOUNGDAHL,
    },
    {
        "question": "work_type", "answer": "judgement", "option": "nearshore_outsourcing", "weight": 1, "rules_out": False,
        "explanation": "Expert work can be outsourced, but needs closer governance than rule-based work.",
        "source": YOUNGDAHL,
    },
    {
        "question": "work_type", "answer": "judgement", "option": "in_house", "weight": 2, "rules_out": False,
        "explanation": "Judgement is hard to write into a contract, so it is easier to govern inside the firm.",
        "source": WILLIAMSON,
    },
    {
        "question": "work_type", "answer": "judgement", "option": "captive_offshore", "weight": 2, "rules_out": False,
        "explanation": "A centre of your own abroad can take on expert work while keeping it inside the firm.",
        "source": LEWIN_INNOVATION,
    },
    {
        "question": "work_type", "answer": "judgement", "option": "out_staffing", "weight": 1, "rules_out": False,
        "explanation": "Experts you direct yourself spare you from writing judgement into a contract.",
        "source": WILLIAMSON,
    },
    # --- Volume and duration: own entities need scale and time to pay back
    {
        "question": "volume", "answer": "small", "option": "captive_offshore", "weight": -3, "rules_out": False,
        "explanation": "A centre of your own abroad costs too much to set up for so few people.",
        "source": CARMEL_TJIA,
    },
    {
        "question": "volume", "answer": "small", "option": "build_operate_transfer", "weight": -3, "rules_out": False,
        "explanation": "A team this small is rarely worth building up and taking over as an entity.",
        "source": BOT_INDUSTRY,
    },
    {
        "question": "volume", "answer": "small", "option": "out_staffing", "weight": 1, "rules_out": False,
        "explanation": "A few dedicated people are easy to add to your team, and to release.",
        "source": STAFF_AUG_INDUSTRY,
    },
    {
        "question": "volume", "answer": "large", "option": "captive_offshore", "weight": 3, "rules_out": False,
        "explanation": "At this scale a centre of your own abroad pays back its set-up costs.",
        "source": KEDIA_LAHIRI,
    },
    {
        "question": "volume", "answer": "large", "option": "build_operate_transfer", "weight": 2, "rules_out": False,
        "explanation": "A team this large is worth owning once a partner has built it.",
        "source": BOT_INDUSTRY,
    },
    {
        "question": "duration", "answer": "short", "option": "captive_offshore", "weight": -3, "rules_out": False,
        "explanation": "A centre of your own abroad takes years to pay back its set-up costs.",
        "source": CARMEL_TJIA,
    },
    {
        "question": "duration", "answer": "short", "option": "build_operate_transfer", "weight": -3, "rules_out": False,
        "explanation": "Build-operate-transfer pays off over several years, so it does not suit a short need.",
        "source": BOT_INDUSTRY,
    },
    {
        "question": "duration", "answer": "short", "option": "out_staffing", "weight": 2, "rules_out": False,
        "explanation": "Staff can be added for as long as you need them and released afterwards.",
        "source": STAFF_AUG_INDUSTRY,
    },
    {
        "question": "duration", "answer": "long", "option": "captive_offshore", "weight": 2, "rules_out": False,
        "explanation": "A long horizon lets a centre of your own abroad recover its set-up costs.",
        "source": KEDIA_LAHIRI,
    },
    {
        "question": "duration", "answer": "long", "option": "build_operate_transfer", "weight": 2, "rules_out": False,
        "explanation": "A long horizon leaves time to take the team over once it runs well.",
        "source": BOT_INDUSTRY,
    },
    # --- Goals (multiplied by importance 0-3)
    {
        "question": "goal", "answer": "cost", "option": "offshore_outsourcing", "weight": 3, "rules_out": False,
        "explanation": "Lower labour costs offshore are the main reason firms offshore.",
        "source": DELOITTE,
    },
    {
        "question": "goal", "answer": "cost", "option": "captive_offshore", "weight": 2, "rules_out": False,
        "explanation": "A centre of your own abroad captures the labour-cost gap without a provider's margin.",
        "source": KEDIA_LAHIRI,
    },
    {
        "question": "goal", "answer": "cost", "option": "build_operate_transfer", "weight": 2, "rules_out": False,
        "explanation": "You get offshore labour costs now and, after the transfer, no provider margin.",
        "source": BOT_INDUSTRY,
    },
    {
        "question": "goal", "answer": "cost", "option": "nearshore_outsourcing", "weight": 1, "rules_out": False,
        "explanation": "Nearshore providers usually cost less than home, if less so than offshore.",
        "source": CARMEL_TJIA,
    },
    {
        "question": "goal", "answer": "skills", "option": "offshore_outsourcing", "weight": 2, "rules_out": False,
        "explanation": "Offshore providers give access to large pools of skilled people.",
        "source": LEWIN_INNOVATION,
    },
    {
        "question": "goal", "answer": "skills", "option": "out_staffing", "weight": 2, "rules_out": False,
        "explanation": "Out-staffing adds specialists to your team without hiring them.",
        "source": STAFF_AUG_INDUSTRY,
    },
    {
        "question": "goal", "answer": "skills", "option": "domestic_outsourcing", "weight": 1, "rules_out": False,
        "explanation": "Specialist providers bring skills and methods you do not have.",
        "source": QUINN_HILMER,
    },
    {
        "question": "goal", "answer": "skills", "option": "nearshore_outsourcing", "weight": 1, "rules_out": False,
        "explanation": "Nearshore providers widen the talent pool beyond your own country.",
        "source": LEWIN_INNOVATION,
    },
    {
        "question": "goal", "answer": "focus", "option": "domestic_outsourcing", "weight": 2, "rules_out": False,
        "explanation": "Handing the work to a provider frees management time for the core business.",
        "source": QUINN_HILMER,
    },
    {
        "question": "goal", "answer": "focus", "option": "nearshore_outsourcing", "weight": 2, "rules_out": False,
        "explanation": "Handing the work to a provider frees management time for the core business.",
        "source": QUINN_HILMER,
    },
    {
        "question": "goal", "answer": "focus", "option": "offshore_outsourcing", "weight": 2, "rules_out": False,
        "explanation": "Handing the work to a provider frees management time for the core business.",
        "source": QUINN_HILMER,
    },
    {
        "question": "goal", "answer": "speed", "option": "out_staffing", "weight": 3, "rules_out": False,
        "explanation": "Adding a provider's people to your team is the fastest way to grow it.",
        "source": STAFF_AUG_INDUSTRY,
    },
    {
        "question": "goal", "answer": "speed", "option": "domestic_outsourcing", "weight": 2, "rules_out": False,
        "explanation": "A provider with people in place can start quickly and scale up.",
        "source": DELOITTE,
    },
    {
        "question": "goal", "answer": "speed", "option": "nearshore_outsourcing", "weight": 1, "rules_out": False,
        "explanation": "A provider with people in place can start quickly, though moving work abroad takes a little longer.",
        "source": DELOITTE,
    },
    {
        "question": "goal", "answer": "speed", "option": "offshore_outsourcing", "weight": 1, "rules_out": False,
        "explanation": "A provider with people in place can start quickly, though moving work far abroad takes longer.",
        "source": DELOITTE,
    },
    {
        "question": "goal", "answer": "speed", "option": "build_operate_transfer", "weight": 2, "rules_out": False,
        "explanation": "A partner builds the team quickly, without you setting up an entity first.",
        "source": BOT_INDUSTRY,
    },
    {
        "question": "goal", "answer": "speed", "option": "captive_offshore", "weight": -2, "rules_out": False,
        "explanation": "Setting up a centre of your own abroad takes many months.",
        "source": CARMEL_TJIA,
    },
    {
        "question": "goal", "answer": "markets", "option": "captive_offshore", "weight": 3, "rules_out": False,
        "explanation": "An entity of your own abroad gives you a lasting presence in that market.",
        "source": DUNNING,
    },
    {
        "question": "goal", "answer": "markets", "option": "build_operate_transfer", "weight": 2, "rules_out": False,
        "explanation": "The entity you take over becomes your presence abroad.",
        "source": DUNNING,
    },
    {
        "question": "goal", "answer": "markets", "option": "nearshore_outsourcing", "weight": 1, "rules_out": False,
        "explanation": "A partner in a nearby country brings knowledge of markets next to yours.",
        "source": DUNNING,
    },
    {
        "question": "goal", "answer": "markets", "option": "offshore_outsourcing", "weight": 1, "rules_out": False,
        "explanation": "A partner abroad brings knowledge of its local market.",
        "source": DUNNING,
    },
    {
        "question": "goal", "answer": "quality", "option": "in_house", "weight": 2, "rules_out": False,
        "explanation": "Work under your own roof is the easiest to hold to your own standards.",
        "source": LACITY_WILLCOCKS,
    },
    {
        "question": "goal", "answer": "quality", "option": "reshoring", "weight": 3, "rules_out": False,
        "explanation": "Quality is one of the most-cited reasons firms bring work home.",
        "source": FRATOCCHI,
    },
    {
        "question": "goal", "answer": "quality", "option": "nearshore_outsourcing", "weight": 1, "rules_out": False,
        "explanation": "Closer providers are easier to visit, audit and correct than distant ones.",
        "source": CARMEL_TJIA,
    },
    # --- Data residency: the law rules options out
    {
        "question": "data_residency", "answer": "country", "option": "nearshore_outsourcing", "weight": 0, "rules_out": True,
        "explanation": "Nearshore providers work abroad, and the data could not legally leave the country.",
        "source": DATA_LOCALISATION,
    },
    {
        "question": "data_residency", "answer": "country", "option": "offshore_outsourcing", "weight": 0, "rules_out": True,
        "explanation": "Offshore providers work abroad, and the data could not legally leave the country.",
        "source": DATA_LOCALISATION,
    },
    {
        "question": "data_residency", "answer": "country", "option": "captive_offshore", "weight": 0, "rules_out": True,
        "explanation": "A centre abroad would need the data, and it could not legally leave the country.",
        "source": DATA_LOCALISATION,
    },
    {
        "question": "data_residency", "answer": "country", "option": "build_operate_transfer", "weight": 0, "rules_out": True,
        "explanation": "The team would be built abroad, and the data could not legally leave the country.",
        "source": DATA_LOCALISATION,
    },
    {
        "question": "data_residency", "answer": "country", "option": "out_staffing", "weight": -2, "rules_out": False,
        "explanation": "Out-staffed teams often sit abroad, so you would need one working inside the country.",
        "source": DATA_LOCALISATION,
    },
    {
        "question": "data_residency", "answer": "country", "option": "reshoring", "weight": 2, "rules_out": False,
        "explanation": "Bringing the work home brings the data home too.",
        "source": DATA_LOCALISATION,
    },
    {
        "question": "data_residency", "answer": "region", "option": "offshore_outsourcing", "weight": 0, "rules_out": True,
        "explanation": "Offshore locations lie outside your region, and the data could not legally leave it.",
        "source": GDPR,
    },
    {
        "question": "data_residency", "answer": "region", "option": "captive_offshore", "weight": 0, "rules_out": True,
        "explanation": "An offshore centre lies outside your region, and the data could not legally leave it.",
        "source": GDPR,
    },
    {
        "question": "data_residency", "answer": "region", "option": "build_operate_transfer", "weight": 0, "rules_out": True,
        "explanation": "The team would be built offshore, outside your region, and the data could not legally leave it.",
        "source": GDPR,
    },
    {
        "question": "data_residency", "answer": "region", "option": "nearshore_outsourcing", "weight": -1, "rules_out": False,
        "explanation": "Only a nearshore provider inside your region can keep the data there.",
        "source": GDPR,
    },
    {
        "question": "data_residency", "answer": "region", "option": "reshoring", "weight": 1, "rules_out": False,
        "explanation": "Bringing the work home keeps the data inside your region.",
        "source": GDPR,
    },
    # --- Intellectual property: sharing know-how with others risks leakage
    {
        "question": "ip_sensitivity", "answer": "high", "option": "in_house", "weight": 3, "rules_out": False,
        "explanation": "Keeping the work inside the firm is the surest way to protect it.",
        "source": WILLIAMSON,
    },
    {
        "question": "ip_sensitivity", "answer": "high", "option": "captive_offshore", "weight": 2, "rules_out": False,
        "explanation": "A centre of your own keeps the know-how inside the firm, even abroad.",
        "source": KEDIA_LAHIRI,
    },
    {
        "question": "ip_sensitivity", "answer": "high", "option": "domestic_outsourcing", "weight": -1, "rules_out": False,
        "explanation": "Sharing know-how with a provider risks it leaking.",
        "source": WILLIAMSON,
    },
    {
        "question": "ip_sensitivity", "answer": "high", "option": "nearshore_outsourcing", "weight": -2, "rules_out": False,
        "explanation": "Sharing know-how with a provider abroad risks it leaking, and is harder to enforce.",
        "source": WILLIAMSON,
    },
    {
        "question": "ip_sensitivity", "answer": "high", "option": "offshore_outsourcing", "weight": -3, "rules_out": False,
        "explanation": "Know-how shared with a distant provider is hard to protect, and weaker IP law may apply.",
        "source": ARON_SINGH,
    },
    {
        "question": "ip_sensitivity", "answer": "high", "option": "out_staffing", "weight": -1, "rules_out": False,
        "explanation": "A provider's staff take what they learn with them when they leave.",
        "source": WILLIAMSON,
    },
    # --- Working hours and culture: distance has costs
    {
        "question": "hours_overlap", "answer": "full", "option": "in_house", "weight": 2, "rules_out": False,
        "explanation": "A team at home works your hours.",
        "source": CARMEL_TJIA,
    },
    {
        "question": "hours_overlap", "answer": "full", "option": "domestic_outsourcing", "weight": 2, "rules_out": False,
        "explanation": "A provider at home works your hours.",
        "source": CARMEL_TJIA,
    },
    {
        "question": "hours_overlap", "answer": "full", "option": "reshoring", "weight": 2, "rules_out": False,
        "explanation": "Bringing the work home puts it back in your time zone.",
        "source": CARMEL_TJIA,
    },
    {
        "question": "hours_overlap", "answer": "full", "option": "nearshore_outsourcing", "weight": 1, "rules_out": False,
        "explanation": "Nearshore providers share most of your working day.",
        "source": CARMEL_TJIA,
    },
    {
        "question": "hours_overlap", "answer": "full", "option": "offshore_outsourcing", "weight": -3, "rules_out": False,
        "explanation": "Offshore sites work in distant time zones, so full overlap means night shifts.",
        "source": CARMEL_TJIA,
    },
    {
        "question": "hours_overlap", "answer": "full", "option": "captive_offshore", "weight": -2, "rules_out": False,
        "explanation": "An offshore centre works in a distant time zone, so full overlap means night shifts.",
        "source": CARMEL_TJIA,
    },
    {
        "question": "hours_overlap", "answer": "full", "option": "build_operate_transfer", "weight": -2, "rules_out": False,
        "explanation": "An offshore team works in a distant time zone, so full overlap means night shifts.",
        "source": CARMEL_TJIA,
    },
    {
        "question": "hours_overlap", "answer": "some", "option": "nearshore_outsourcing", "weight": 1, "rules_out": False,
        "explanation": "Nearshore time zones give a few shared hours every day without night shifts.",
        "source": CARMEL_TJIA,
    },
    {
        "question": "hours_overlap", "answer": "low", "option": "offshore_outsourcing", "weight": 1, "rules_out": False,
        "explanation": "Distant time zones can even help, with work done while you sleep.",
        "source": CARMEL_TJIA,
    },
    {
        "question": "culture_closeness", "answer": "high", "option": "in_house", "weight": 2, "rules_out": False,
        "explanation": "Your own team at home shares your language and culture.",
        "source": GHEMAWAT,
    },
    {
        "question": "culture_closeness", "answer": "high", "option": "domestic_outsourcing", "weight": 2, "rules_out": False,
        "explanation": "A provider at home shares your language and culture.",
        "source": GHEMAWAT,
    },
    {
        "question": "culture_closeness", "answer": "high", "option": "reshoring", "weight": 2, "rules_out": False,
        "explanation": "Bringing the work home puts it back among people who share your language and culture.",
        "source": GHEMAWAT,
    },
    {
        "question": "culture_closeness", "answer": "high", "option": "nearshore_outsourcing", "weight": 1, "rules_out": False,
        "explanation": "Nearby countries are usually closer in language and culture.",
        "source": GHEMAWAT,
    },
    {
        "question": "culture_closeness", "answer": "high", "option": "offshore_outsourcing", "weight": -2, "rules_out": False,
        "explanation": "Cultural distance causes misunderstandings and raises the cost of working together.",
        "source": STRINGFELLOW,
    },
    {
        "question": "culture_closeness", "answer": "high", "option": "captive_offshore", "weight": -1, "rules_out": False,
        "explanation": "Even your own staff abroad work across a cultural distance.",
        "source": STRINGFELLOW,
    },
    # --- Control: who directs the people day to day
    {
        "question": "control", "answer": "high", "option": "out_staffing", "weight": 4, "rules_out": False,
        "explanation": "Out-staffed people work under your direction, day to day.",
        "source": STAFF_AUG_INDUSTRY,
    },
    {
        "question": "control", "answer": "high", "option": "in_house", "weight": 3, "rules_out": False,
        "explanation": "Your own employees take your direction day to day.",
        "source": WILLIAMSON,
    },
    {
        "question": "control", "answer": "high", "option": "domestic_outsourcing", "weight": -2, "rules_out": False,
        "explanation": "Under an outsourcing contract the provider directs the work, not you.",
        "source": LACITY_WILLCOCKS,
    },
    {
        "question": "control", "answer": "high", "option": "nearshore_outsourcing", "weight": -2, "rules_out": False,
        "explanation": "Under an outsourcing contract the provider directs the work, not you.",
        "source": LACITY_WILLCOCKS,
    },
    {
        "question": "control", "answer": "high", "option": "offshore_outsourcing", "weight": -3, "rules_out": False,
        "explanation": "Under an outsourcing contract the provider directs the work, and distance makes it harder to steer.",
        "source": LACITY_WILLCOCKS,
    },
    {
        "question": "control", "answer": "low", "option": "domestic_outsourcing", "weight": 2, "rules_out": False,
        "explanation": "Buying agreed results is what an outsourcing contract is for.",
        "source": LACITY_WILLCOCKS,
    },
    {
        "question": "control", "answer": "low", "option": "nearshore_outsourcing", "weight": 2, "rules_out": False,
        "explanation": "Buying agreed results is what an outsourcing contract is for.",
        "source": LACITY_WILLCOCKS,
    },
    {
        "question": "control", "answer": "low", "option": "offshore_outsourcing", "weight": 2, "rules_out": False,
        "explanation": "Buying agreed results is what an outsourcing contract is for.",
        "source": LACITY_WILLCOCKS,
    },
    {
        "question": "control", "answer": "low", "option": "out_staffing", "weight": -2, "rules_out": False,
        "explanation": "Out-staffing only works if you direct the people yourself.",
        "source": STAFF_AUG_INDUSTRY,
    },
    # --- Capacity to run an entity abroad
    {
        "question": "foreign_capacity", "answer": "none", "option": "captive_offshore", "weight": -4, "rules_out": False,
        "explanation": "A centre of your own abroad needs exactly that capacity.",
        "source": KEDIA_LAHIRI,
    },
    {
        "question": "foreign_capacity", "answer": "none", "option": "build_operate_transfer", "weight": 2, "rules_out": False,
        "explanation": "A partner builds and runs the centre until you are ready to take it over.",
        "source": BOT_INDUSTRY,
    },
    {
        "question": "foreign_capacity", "answer": "none", "option": "offshore_outsourcing", "weight": 1, "rules_out": False,
        "explanation": "A provider abroad runs the entity for you.",
        "source": KEDIA_LAHIRI,
    },
    {
        "question": "foreign_capacity", "answer": "some", "option": "build_operate_transfer", "weight": 1, "rules_out": False,
        "explanation": "A partner builds the centre while you grow the capacity to take it over.",
        "source": BOT_INDUSTRY,
    },
    {
        "question": "foreign_capacity", "answer": "strong", "option": "captive_offshore", "weight": 3, "rules_out": False,
        "explanation": "You can run a centre of your own abroad and keep the provider's margin.",
        "source": KEDIA_LAHIRI,
    },
    # --- Labour-cost gap: hidden costs eat small savings
    {
        "question": "cost_gap", "answer": "small", "option": "offshore_outsourcing", "weight": -3, "rules_out": False,
        "explanation": "The hidden costs of coordinating at a distance can eat a small saving.",
        "source": LARSEN,
    },
    {
        "question": "cost_gap", "answer": "small", "option": "captive_offshore", "weight": -3, "rules_out": False,
        "explanation": "The hidden costs of running a centre far away can eat a small saving.",
        "source": LARSEN,
    },
    {
        "question": "cost_gap", "answer": "small", "option": "build_operate_transfer", "weight": -2, "rules_out": False,
        "explanation": "The hidden costs of building a team far away can eat a small saving.",
        "source": LARSEN,
    },
    {
        "question": "cost_gap", "answer": "small", "option": "domestic_outsourcing", "weight": 2, "rules_out": False,
        "explanation": "With little to save abroad, a provider at home avoids the hidden costs of distance.",
        "source": LARSEN,
    },
    {
        "question": "cost_gap", "answer": "small", "option": "in_house", "weight": 2, "rules_out": False,
        "explanation": "With little to save abroad, keeping the work at home avoids the hidden costs of distance.",
        "source": LARSEN,
    },
    {
        "question": "cost_gap", "answer": "large", "option": "offshore_outsourcing", "weight": 3, "rules_out": False,
        "explanation": "A large gap leaves real savings even after the hidden costs of offshoring.",
        "source": LARSEN,
    },
    {
        "question": "cost_gap", "answer": "large", "option": "captive_offshore", "weight": 3, "rules_out": False,
        "explanation": "A large gap leaves real savings even after the hidden costs of running a centre abroad.",
        "source": LARSEN,
    },
    {
        "question": "cost_gap", "answer": "large", "option": "build_operate_transfer", "weight": 2, "rules_out": False,
        "explanation": "A large gap leaves real savings even after the hidden costs of building a team abroad.",
        "source": LARSEN,
    },
    {
        "question": "cost_gap", "answer": "large", "option": "reshoring", "weight": -2, "rules_out": False,
        "explanation": "Bringing the work home would raise labour costs sharply.",
        "source": ELLRAM,
    },
    # --- Current situation: nothing abroad, nothing to bring back
    {
        "question": "current", "answer": "new", "option": "reshoring", "weight": 0, "rules_out": True,
        "explanation": "The process runs nowhere yet, so there is nothing abroad to bring back.",
        "source": FRATOCCHI,
    },
    {
        "question": "current", "answer": "in_house", "option": "reshoring", "weight": 0, "rules_out": True,
        "explanation": "The process already runs at home, so there is nothing abroad to bring back.",
        "source": FRATOCCHI,
    },
    {
        "question": "current", "answer": "outsourced", "option": "reshoring", "weight": 0, "rules_out": True,
        "explanation": "The process already runs at home, so there is nothing abroad to bring back.",
        "source": FRATOCCHI,
    },
    {
        "question": "current", "answer": "in_house", "option": "in_house", "weight": 1, "rules_out": False,
        "explanation": "Keeping the work where it runs avoids the cost and risk of a transition.",
        "source": LACITY_WILLCOCKS,
    },
    {
        "question": "current", "answer": "outsourced", "option": "domestic_outsourcing", "weight": 1, "rules_out": False,
        "explanation": "The work is already specified for a provider, so changing provider is easier than changing model.",
        "source": LACITY_WILLCOCKS,
    },
    {
        "question": "current", "answer": "offshored", "option": "offshore_outsourcing", "weight": 1, "rules_out": False,
        "explanation": "Experience of working offshore lowers the hidden costs of carrying on.",
        "source": LARSEN,
    },
    # --- Problems seen offshore: the reasons firms reshore or nearshore
    {
        "question": "problem", "answer": "quality", "option": "reshoring", "weight": 3, "rules_out": False,
        "explanation": "Poor quality abroad is one of the most-cited reasons firms bring work home.",
        "source": FRATOCCHI,
    },
    {
        "question": "problem", "answer": "quality", "option": "nearshore_outsourcing", "weight": 2, "rules_out": False,
        "explanation": "A closer provider is easier to visit, audit and correct.",
        "source": ELLRAM,
    },
    {
        "question": "problem", "answer": "quality", "option": "offshore_outsourcing", "weight": -2, "rules_out": False,
        "explanation": "More of the same arrangement is unlikely to fix the quality.",
        "source": FRATOCCHI,
    },
    {
        "question": "problem", "answer": "hidden_costs", "option": "reshoring", "weight": 3, "rules_out": False,
        "explanation": "Once hidden costs are counted, the saving abroad may be gone.",
        "source": LARSEN,
    },
    {
        "question": "problem", "answer": "hidden_costs", "option": "nearshore_outsourcing", "weight": 2, "rules_out": False,
        "explanation": "Shorter distances cut much of the travel and coordination cost.",
        "source": LARSEN,
    },
    {
        "question": "problem", "answer": "hidden_costs", "option": "offshore_outsourcing", "weight": -2, "rules_out": False,
        "explanation": "The hidden costs of distance will not shrink by staying put.",
        "source": LARSEN,
    },
    {
        "question": "problem", "answer": "lead_times", "option": "reshoring", "weight": 3, "rules_out": False,
        "explanation": "Producing close to customers cuts lead times and inventory.",
        "source": ELLRAM,
    },
    {
        "question": "problem", "answer": "lead_times", "option": "nearshore_outsourcing", "weight": 3, "rules_out": False,
        "explanation": "A nearby provider cuts lead times without bringing everything home.",
        "source": ELLRAM,
    },
    {
        "question": "problem", "answer": "lead_times", "option": "offshore_outsourcing", "weight": -2, "rules_out": False,
        "explanation": "Distance is what makes the lead times long.",
        "source": ELLRAM,
    },
    {
        "question": "problem", "answer": "communication", "option": "nearshore_outsourcing", "weight": 3, "rules_out": False,
        "explanation": "Closer time zones and cultures make communication easier.",
        "source": CARMEL_TJIA,
    },
    {
        "question": "problem", "answer": "communication", "option": "reshoring", "weight": 2, "rules_out": False,
        "explanation": "Working at home removes the time-zone and language barriers.",
        "source": CARMEL_TJIA,
    },
    {
        "question": "problem", "answer": "communication", "option": "offshore_outsourcing", "weight": -2, "rules_out": False,
        "explanation": "Distance, time zones and culture are what strain communication.",
        "source": CARMEL_TJIA,
    },
    {
        "question": "problem", "answer": "risk", "option": "reshoring", "weight": 3, "rules_out": False,
        "explanation": "Bringing work home shortens the supply chain and lowers exposure to distant risks.",
        "source": FRATOCCHI,
    },
    {
        "question": "problem", "answer": "risk", "option": "nearshore_outsourcing", "weight": 2, "rules_out": False,
        "explanation": "A nearby location shortens the supply chain and lowers exposure to distant risks.",
        "source": ELLRAM,
    },
    {
        "question": "problem", "answer": "risk", "option": "offshore_outsourcing", "weight": -2, "rules_out": False,
        "explanation": "Staying far away keeps the exposure to supply and political risk.",
        "source": ELLRAM,
    },
]
# fmt: on


def as_engine_rule(entry: dict) -> Rule:
    """One default entry as the engine's rule (the citation stays behind)."""
    fields = ("question", "answer", "option", "weight", "explanation", "rules_out")
    return Rule(**{field: entry[field] for field in fields})


def engine_rules() -> list[Rule]:
    """The defaults as engine rules (for tests and for loading)."""
    return [as_engine_rule(entry) for entry in DEFAULT_RULES]


# Shown on the result page for each recommended model: a one-line summary, the
# risks to watch, and what to do next. Markdown, rendered like glossary text.
OPTION_CONTENT: dict[str, dict] = {
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
        "term_slug": "onshoring",
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
        "term_slug": "nearshoring",
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
        "term_slug": "offshoring",
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
    "captive_offshore": {
        "term_slug": "captive-centre",
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
