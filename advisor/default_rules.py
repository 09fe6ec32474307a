"""Default scoring rules and per-option content for the advisor.

Editors tune the rules in admin; these are only the defaults that
`manage.py load_advisor_defaults` loads once. Pure Python with no Django imports,
so the tests can check the defaults without a database.

Each rule moves one option when one answer was given. An explanation is shown
after the answer's label ("Data must stay in the country: Offshore ..."), so it
is one plain sentence that reads on from that label. Goal weights are multiplied
by the goal's importance (0-3), so they stay small. Only hard constraints (a
residency rule, or there being nothing abroad to bring back) rule an option out.
"""

from dataclasses import dataclass, field

from .engine import DEFAULT_OPTIONS, Rule

OPTION_KEYS = frozenset(option.key for option in DEFAULT_OPTIONS)
# Goal weights are multiplied by up to 3, so they stay smaller.
MAX_DEFAULT_WEIGHT = 5
MAX_GOAL_WEIGHT = 3


@dataclass(frozen=True)
class DefaultRule:
    """One default rule. Built when the module is imported, so a misspelled
    field, an unknown answer or option, or a rule without a source fails then."""

    question: str
    answer: str
    option: str
    weight: int
    explanation: str
    source: str
    rules_out: bool = field(default=False, kw_only=True)

    def __post_init__(self) -> None:
        self.to_engine_rule()  # refuses unknown answers and goals that rule out
        if self.option not in OPTION_KEYS:
            raise ValueError(f"Unknown option {self.option}")
        if not self.source.strip():
            raise ValueError(f"{self}: every rule cites a source")
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

    def to_engine_rule(self) -> Rule:
        return Rule(
            question=self.question,
            answer=self.answer,
            option=self.option,
            weight=self.weight,
            explanation=self.explanation,
            rules_out=self.rules_out,
            source=self.source,
        )


def rule_out(
    question: str, answer: str, option: str, explanation: str, source: str
) -> DefaultRule:
    return DefaultRule(question, answer, option, 0, explanation, source, rules_out=True)


# Sources cited by several rules. The rules below stay one line each so they can
# be scanned as a table, hence the formatter is off.
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
# Residency is usually a company or sector policy, or a national law: GDPR itself
# allows transfers out of the EU (Chapter V), so it is cited for that, not as a ban.
RESIDENCY_POLICY = "Company, sector or national data-residency rules; GDPR (Regulation (EU) 2016/679) Chapter V, Arts. 44-49, allows transfers outside the EU under adequacy decisions, standard contractual clauses or binding corporate rules"
DATA_LOCALISATION = "National data-localisation laws (e.g. Russia's Federal Law 242-FZ, or sector rules for health and public data)"
DELOITTE = "Deloitte, Global Outsourcing Survey"
DUNNING = "Dunning (1993), 'Multinational Enterprises and the Global Economy' (market-seeking investment)"
CAPTIVE = "Oshri, Kotlarsky & Willcocks (2015), 'The Handbook of Global Outsourcing and Offshoring', Palgrave Macmillan (captive centres)"
BOT_INDUSTRY = "Gartner and industry descriptions of build-operate-transfer engagements"
STAFF_AUG_INDUSTRY = "Gartner and industry descriptions of IT staff augmentation"
STAFF_AUG_COST = "Gartner and industry descriptions of IT staff augmentation; Directive 2008/104/EC on temporary agency work (equal treatment of long-term agency staff)"

IH, DO, NO, OO = "in_house", "domestic_outsourcing", "nearshore_outsourcing", "offshore_outsourcing"
CN, CO, BOT, OS, RS = "captive_nearshore", "captive_offshore", "build_operate_transfer", "out_staffing", "reshoring"

R = DefaultRule
DEFAULT_RULES: tuple[DefaultRule, ...] = (
    # --- Function: where each kind of process has a mature market
    R("function", "it", OS, 2, "Adding developers to your own team is a mature, widely offered service.", STAFF_AUG_INDUSTRY),
    R("function", "it", OO, 1, "IT is the most mature market for offshore outsourcing, with many experienced providers.", LACITY_REVIEW),
    R("function", "customer_service", NO, 1, "Customers notice accent and time zone, which nearshore centres match more closely than distant ones.", STRINGFELLOW),
    R("function", "finance", OO, 1, "Transactional finance work is one of the most established offshore services.", DELOITTE),
    R("function", "hr", DO, 3, "Payroll follows local tax and labour law, which domestic providers know best.", DELOITTE),
    R("function", "hr", NO, -1, "Payroll follows your country's tax and labour law, which providers abroad know less well.", DELOITTE),
    R("function", "hr", OO, -1, "Payroll follows your country's tax and labour law, which providers abroad know less well.", DELOITTE),
    R("function", "analytics", CO, 1, "Firms often keep offshore analytics in centres of their own to protect the know-how.", LEWIN_INNOVATION),
    R("function", "marketing", DO, 1, "Agencies at home know your market's language and culture.", GHEMAWAT),
    R("function", "operations", RS, 1, "Manufacturing is where most reshoring has happened, so the path is well trodden.", FRATOCCHI),
    R("function", "operations", NO, 1, "Producing nearer to customers shortens supply chains and lead times.", ELLRAM),
    # --- Coreness: keep what sets you apart inside the firm, buy what does not
    R("coreness", "core", IH, 4, "Work that sets you apart is safest kept under your own roof.", QUINN_HILMER),
    R("coreness", "core", CO, 2, "A centre of your own abroad adds capacity while keeping core work inside the firm.", ARON_SINGH),
    R("coreness", "core", CN, 2, "A centre of your own nearby adds capacity while keeping core work inside the firm.", ARON_SINGH),
    R("coreness", "core", BOT, 1, "The team becomes yours at the transfer, so core know-how ends up inside the firm.", BOT_INDUSTRY),
    R("coreness", "core", DO, -2, "Handing core work to a provider risks losing what sets you apart.", QUINN_HILMER),
    R("coreness", "core", NO, -2, "Handing core work to a provider abroad risks losing what sets you apart.", QUINN_HILMER),
    R("coreness", "core", OO, -3, "Handing core work to a distant provider risks losing what sets you apart, and is hard to undo.", QUINN_HILMER),
    R("coreness", "core", OS, -1, "Core know-how built up by a provider's people leaves with them.", WILLIAMSON),
    R("coreness", "commodity", DO, 2, "Providers running the same process for many clients run it at lower cost.", QUINN_HILMER),
    R("coreness", "commodity", NO, 2, "Providers running the same process for many clients run it at lower cost.", QUINN_HILMER),
    R("coreness", "commodity", OO, 3, "Standard processes are the easiest to move to low-cost providers far away.", ARON_SINGH),
    R("coreness", "commodity", IH, -2, "Owning a process most firms run alike earns no advantage.", PRAHALAD_HAMEL),
    # --- Work type: rule-based work contracts out well, judgement needs governance
    R("work_type", "rule_based", DO, 2, "Clear rules and measures make the work easy to specify in a contract and to check.", WILLIAMSON),
    R("work_type", "rule_based", NO, 2, "Clear rules and measures make the work easy to specify in a contract and to check.", WILLIAMSON),
    R("work_type", "rule_based", OO, 3, "Work that is codified and measured is the kind that moves offshore most reliably.", ARON_SINGH),
    R("work_type", "judgement", DO, 1, "Expert work can be outsourced, but needs closer governance than rule-based work.", YOUNGDAHL),
    R("work_type", "judgement", NO, 1, "Expert work can be outsourced, but needs closer governance than rule-based work.", YOUNGDAHL),
    R("work_type", "judgement", IH, 2, "Judgement is hard to write into a contract, so it is easier to govern inside the firm.", WILLIAMSON),
    R("work_type", "judgement", CO, 2, "A centre of your own abroad can take on expert work while keeping it inside the firm.", LEWIN_INNOVATION),
    R("work_type", "judgement", CN, 2, "A centre of your own nearby can take on expert work while keeping it inside the firm.", LEWIN_INNOVATION),
    R("work_type", "judgement", OS, 1, "Experts you direct yourself spare you from writing judgement into a contract.", WILLIAMSON),
    # --- Volume and duration: own entities need scale and time to pay back;
    # renting people is for small or short needs
    R("volume", "small", CO, -3, "A centre of your own abroad costs too much to set up for so few people.", CARMEL_TJIA),
    R("volume", "small", CN, -3, "A centre of your own abroad costs too much to set up for so few people, even nearby.", CARMEL_TJIA),
    R("volume", "small", BOT, -3, "A team this small is rarely worth building up and taking over as an entity.", BOT_INDUSTRY),
    R("volume", "small", OS, 1, "A few dedicated people are easy to add to your team, and to release.", STAFF_AUG_INDUSTRY),
    R("volume", "large", CO, 3, "At this scale a centre of your own abroad pays back its set-up costs.", KEDIA_LAHIRI),
    R("volume", "large", CN, 3, "At this scale a centre of your own nearby pays back its set-up costs.", KEDIA_LAHIRI),
    R("volume", "large", BOT, 2, "A team this large is worth owning once a partner has built it.", BOT_INDUSTRY),
    R("volume", "large", OS, -2, "At this size, renting people costs more than employing them: the provider's margin comes on every head.", STAFF_AUG_COST),
    R("duration", "short", CO, -3, "A centre of your own abroad takes years to pay back its set-up costs.", CARMEL_TJIA),
    R("duration", "short", CN, -3, "A centre of your own abroad takes years to pay back its set-up costs, even nearby.", CARMEL_TJIA),
    R("duration", "short", BOT, -3, "Build-operate-transfer pays off over several years, so it does not suit a short need.", BOT_INDUSTRY),
    R("duration", "short", OS, 2, "Staff can be added for as long as you need them and released afterwards.", STAFF_AUG_INDUSTRY),
    R("duration", "long", CO, 2, "A long horizon lets a centre of your own abroad recover its set-up costs.", KEDIA_LAHIRI),
    R("duration", "long", CN, 2, "A long horizon lets a centre of your own nearby recover its set-up costs.", KEDIA_LAHIRI),
    R("duration", "long", BOT, 2, "A long horizon leaves time to take the team over once it runs well.", BOT_INDUSTRY),
    R("duration", "long", OS, -2, "Renting people for years usually costs more than hiring them, and can raise questions about who employs them.", STAFF_AUG_COST),
    # --- Goals (multiplied by importance 0-3)
    R("goal", "cost", OO, 3, "Lower labour costs offshore are the main reason firms offshore.", DELOITTE),
    R("goal", "cost", CO, 2, "A centre of your own abroad captures the labour-cost gap without a provider's margin.", KEDIA_LAHIRI),
    R("goal", "cost", BOT, 2, "You get offshore labour costs now and, after the transfer, no provider margin.", BOT_INDUSTRY),
    R("goal", "cost", NO, 1, "Nearshore providers usually cost less than home, if less so than offshore.", CARMEL_TJIA),
    R("goal", "cost", CN, 1, "A centre of your own nearby saves on labour costs without a provider's margin, if less than offshore.", CARMEL_TJIA),
    R("goal", "cost", OS, 1, "People from a lower-cost country cost less than hiring at home.", STAFF_AUG_INDUSTRY),
    R("goal", "skills", OO, 2, "Offshore providers give access to large pools of skilled people.", LEWIN_INNOVATION),
    R("goal", "skills", OS, 2, "Out-staffing adds specialists to your team without hiring them.", STAFF_AUG_INDUSTRY),
    R("goal", "skills", CO, 2, "A centre of your own abroad hires from a large foreign talent pool for you alone.", LEWIN_INNOVATION),
    R("goal", "skills", CN, 1, "A centre of your own nearby widens the talent pool beyond your own country.", LEWIN_INNOVATION),
    R("goal", "skills", BOT, 1, "The partner recruits from its local talent pool for a team that becomes yours.", BOT_INDUSTRY),
    R("goal", "skills", DO, 1, "Specialist providers bring skills and methods you do not have.", QUINN_HILMER),
    R("goal", "skills", NO, 1, "Nearshore providers widen the talent pool beyond your own country.", LEWIN_INNOVATION),
    R("goal", "focus", DO, 2, "Handing the work to a provider frees management time for the core business.", QUINN_HILMER),
    R("goal", "focus", NO, 2, "Handing the work to a provider frees management time for the core business.", QUINN_HILMER),
    R("goal", "focus", OO, 2, "Handing the work to a provider frees management time for the core business.", QUINN_HILMER),
    # Speed favours adding a provider's people; building your own takes months.
    R("goal", "speed", OS, 3, "Adding a provider's people to your team is the fastest way to start.", STAFF_AUG_INDUSTRY),
    R("goal", "speed", DO, 2, "A provider with people in place can start quickly.", DELOITTE),
    R("goal", "speed", NO, 1, "A provider with people in place can start quickly, though moving work abroad takes a little longer.", DELOITTE),
    R("goal", "speed", OO, 1, "A provider with people in place can start quickly, though moving work far abroad takes longer.", DELOITTE),
    R("goal", "speed", BOT, 1, "A partner starts the team for you, without you setting up an entity first.", BOT_INDUSTRY),
    R("goal", "speed", CO, -2, "Setting up a centre of your own abroad takes many months.", CARMEL_TJIA),
    R("goal", "speed", CN, -2, "Setting up a centre of your own abroad takes many months, even nearby.", CARMEL_TJIA),
    # Scale favours an entity of your own, or a provider's capacity.
    R("goal", "scale", CO, 2, "A centre of your own abroad can grow to hundreds of people at offshore costs.", KEDIA_LAHIRI),
    R("goal", "scale", CN, 2, "A centre of your own nearby can grow with the work, in your hands.", CAPTIVE),
    R("goal", "scale", BOT, 2, "A partner builds the team up to the size you need, then hands it over.", BOT_INDUSTRY),
    R("goal", "scale", OO, 2, "Large offshore providers can add people to the work faster than you could hire them.", DELOITTE),
    R("goal", "scale", NO, 1, "Nearshore providers can add people, from smaller talent pools than offshore.", CARMEL_TJIA),
    R("goal", "scale", DO, 1, "A provider at home can add people, within the limits of the home labour market.", DELOITTE),
    R("goal", "markets", CO, 3, "An entity of your own abroad gives you a lasting presence in that market.", DUNNING),
    R("goal", "markets", CN, 2, "An entity of your own in a nearby country gives you a presence in markets next to yours.", DUNNING),
    R("goal", "markets", BOT, 2, "The entity you take over becomes your presence abroad.", DUNNING),
    R("goal", "markets", NO, 1, "A partner in a nearby country brings knowledge of markets next to yours.", DUNNING),
    R("goal", "markets", OO, 1, "A partner abroad brings knowledge of its local market.", DUNNING),
    R("goal", "quality", IH, 2, "Work under your own roof is the easiest to hold to your own standards.", LACITY_WILLCOCKS),
    R("goal", "quality", RS, 3, "Quality is one of the most-cited reasons firms bring work home.", FRATOCCHI),
    R("goal", "quality", NO, 1, "Closer providers are easier to visit, audit and correct than distant ones.", CARMEL_TJIA),
    R("goal", "quality", CN, 1, "Your own people nearby are easy to visit and hold to your own standards.", CAPTIVE),
    # --- Data residency: a residency rule rules out what lies outside
    rule_out("data_residency", "country", NO, "Nearshore providers work abroad, and the data may not leave the country.", DATA_LOCALISATION),
    rule_out("data_residency", "country", OO, "Offshore providers work abroad, and the data may not leave the country.", DATA_LOCALISATION),
    rule_out("data_residency", "country", CN, "A centre abroad would need the data, and it may not leave the country, even for a nearby one.", DATA_LOCALISATION),
    rule_out("data_residency", "country", CO, "A centre abroad would need the data, and it may not leave the country.", DATA_LOCALISATION),
    rule_out("data_residency", "country", BOT, "The team would be built abroad, and the data may not leave the country.", DATA_LOCALISATION),
    R("data_residency", "country", OS, -2, "Out-staffed teams often sit abroad, so you would need one working inside the country.", DATA_LOCALISATION),
    R("data_residency", "country", RS, 2, "Bringing the work home brings the data home too.", DATA_LOCALISATION),
    rule_out("data_residency", "region", OO, "Offshore locations lie outside your region, where your residency rule keeps the data from going.", RESIDENCY_POLICY),
    rule_out("data_residency", "region", CO, "An offshore centre lies outside your region, where your residency rule keeps the data from going.", RESIDENCY_POLICY),
    R("data_residency", "region", BOT, -2, "Most build-operate-transfer partners build offshore: you would need one building inside your region.", RESIDENCY_POLICY),
    R("data_residency", "region", CN, 1, "A centre of your own in a nearby country inside your region keeps the data there, under your control.", RESIDENCY_POLICY),
    R("data_residency", "region", NO, -1, "Only a nearshore provider inside your region can keep the data there.", RESIDENCY_POLICY),
    R("data_residency", "region", OS, -1, "Out-staffed people often sit outside your region, so you would need them inside it.", RESIDENCY_POLICY),
    R("data_residency", "region", RS, 1, "Bringing the work home keeps the data inside your region.", RESIDENCY_POLICY),
    # --- Intellectual property: sharing know-how with others risks leakage
    R("ip_sensitivity", "high", IH, 3, "Keeping the work inside the firm is the surest way to protect it.", WILLIAMSON),
    R("ip_sensitivity", "high", CO, 2, "A centre of your own keeps the know-how inside the firm, even abroad.", KEDIA_LAHIRI),
    R("ip_sensitivity", "high", CN, 2, "A centre of your own keeps the know-how inside the firm, even abroad.", KEDIA_LAHIRI),
    R("ip_sensitivity", "high", BOT, 1, "The team and its know-how become yours at the transfer, though a partner employs them until then.", BOT_INDUSTRY),
    R("ip_sensitivity", "high", DO, -1, "Sharing know-how with a provider risks it leaking.", WILLIAMSON),
    R("ip_sensitivity", "high", NO, -2, "Sharing know-how with a provider abroad risks it leaking, and is harder to enforce.", WILLIAMSON),
    R("ip_sensitivity", "high", OO, -3, "Know-how shared with a distant provider is hard to protect, and weaker IP law may apply.", ARON_SINGH),
    R("ip_sensitivity", "high", OS, -2, "A provider's staff take what they learn with them when they move to another client.", WILLIAMSON),
    # --- Working hours and culture: distance has costs
    R("hours_overlap", "full", IH, 2, "A team at home works your hours.", CARMEL_TJIA),
    R("hours_overlap", "full", DO, 2, "A provider at home works your hours.", CARMEL_TJIA),
    R("hours_overlap", "full", RS, 2, "Bringing the work home puts it back in your time zone.", CARMEL_TJIA),
    R("hours_overlap", "full", NO, 1, "Nearshore providers share most of your working day.", CARMEL_TJIA),
    R("hours_overlap", "full", CN, 1, "A centre of your own nearby shares most of your working day.", CARMEL_TJIA),
    R("hours_overlap", "full", OO, -3, "Offshore sites work in distant time zones, so full overlap means night shifts.", CARMEL_TJIA),
    R("hours_overlap", "full", CO, -2, "An offshore centre works in a distant time zone, so full overlap means night shifts.", CARMEL_TJIA),
    R("hours_overlap", "full", BOT, -2, "An offshore team works in a distant time zone, so full overlap means night shifts.", CARMEL_TJIA),
    R("hours_overlap", "some", NO, 1, "Nearshore time zones give a few shared hours every day without night shifts.", CARMEL_TJIA),
    R("hours_overlap", "some", CN, 1, "Nearshore time zones give a few shared hours every day without night shifts.", CARMEL_TJIA),
    R("hours_overlap", "low", OO, 1, "Distant time zones can even help, with work done while you sleep.", CARMEL_TJIA),
    R("culture_closeness", "high", IH, 2, "Your own team at home shares your language and culture.", GHEMAWAT),
    R("culture_closeness", "high", DO, 2, "A provider at home shares your language and culture.", GHEMAWAT),
    R("culture_closeness", "high", RS, 2, "Bringing the work home puts it back among people who share your language and culture.", GHEMAWAT),
    R("culture_closeness", "high", NO, 1, "Nearby countries are usually closer in language and culture.", GHEMAWAT),
    R("culture_closeness", "high", CN, 1, "Nearby countries are usually closer in language and culture.", GHEMAWAT),
    R("culture_closeness", "high", OO, -2, "Cultural distance causes misunderstandings and raises the cost of working together.", STRINGFELLOW),
    R("culture_closeness", "high", CO, -1, "Even your own staff abroad work across a cultural distance.", STRINGFELLOW),
    # --- Control: who directs the people day to day. Your own employees, at
    # home or abroad, take your direction at least as readily as a provider's.
    R("control", "high", IH, 3, "Your own employees take your direction day to day.", WILLIAMSON),
    R("control", "high", CO, 3, "Your own employees abroad take your direction day to day.", CAPTIVE),
    R("control", "high", CN, 3, "Your own employees nearby take your direction day to day.", CAPTIVE),
    R("control", "high", BOT, 2, "The team works for you alone from the start and becomes yours at the transfer.", BOT_INDUSTRY),
    R("control", "high", OS, 2, "Out-staffed people work under your direction day to day, though a provider employs them.", STAFF_AUG_INDUSTRY),
    R("control", "high", DO, -2, "Under an outsourcing contract the provider directs the work, not you.", LACITY_WILLCOCKS),
    R("control", "high", NO, -2, "Under an outsourcing contract the provider directs the work, not you.", LACITY_WILLCOCKS),
    R("control", "high", OO, -3, "Under an outsourcing contract the provider directs the work, and distance makes it harder to steer.", LACITY_WILLCOCKS),
    R("control", "low", DO, 2, "Buying agreed results is what an outsourcing contract is for.", LACITY_WILLCOCKS),
    R("control", "low", NO, 2, "Buying agreed results is what an outsourcing contract is for.", LACITY_WILLCOCKS),
    R("control", "low", OO, 2, "Buying agreed results is what an outsourcing contract is for.", LACITY_WILLCOCKS),
    R("control", "low", OS, -2, "Out-staffing only works if you direct the people yourself.", STAFF_AUG_INDUSTRY),
    # --- Capacity to run an entity abroad: a captive needs it from the start,
    # build-operate-transfer from the transfer on (you run the entity then)
    R("foreign_capacity", "none", CO, -4, "A centre of your own abroad needs exactly that capacity.", KEDIA_LAHIRI),
    R("foreign_capacity", "none", CN, -3, "A centre of your own abroad needs exactly that capacity, even nearby.", KEDIA_LAHIRI),
    R("foreign_capacity", "none", BOT, -2, "After the transfer you run the entity yourself, which needs exactly that capacity.", BOT_INDUSTRY),
    R("foreign_capacity", "none", OO, 1, "A provider abroad runs the entity for you.", KEDIA_LAHIRI),
    R("foreign_capacity", "none", NO, 1, "A provider abroad runs the entity for you.", KEDIA_LAHIRI),
    R("foreign_capacity", "some", BOT, 1, "A partner builds the entity while you grow the capacity to run it after the transfer.", BOT_INDUSTRY),
    R("foreign_capacity", "some", CO, -1, "A centre of your own abroad needs that capacity in full from the first day: legal, HR and tax.", KEDIA_LAHIRI),
    R("foreign_capacity", "strong", CO, 3, "You can run a centre of your own abroad and keep the provider's margin.", KEDIA_LAHIRI),
    R("foreign_capacity", "strong", CN, 3, "You can run a centre of your own abroad and keep the provider's margin.", KEDIA_LAHIRI),
    R("foreign_capacity", "strong", BOT, 2, "You can run the entity once it is transferred to you.", BOT_INDUSTRY),
    # --- Labour-cost gap: hidden costs eat small savings
    R("cost_gap", "small", OO, -3, "The hidden costs of coordinating at a distance can eat a small saving.", LARSEN),
    R("cost_gap", "small", CO, -3, "The hidden costs of running a centre far away can eat a small saving.", LARSEN),
    R("cost_gap", "small", CN, -2, "The hidden costs of running a centre abroad can eat a small saving, even nearby.", LARSEN),
    R("cost_gap", "small", BOT, -2, "The hidden costs of building a team far away can eat a small saving.", LARSEN),
    R("cost_gap", "small", DO, 2, "With little to save abroad, a provider at home avoids the hidden costs of distance.", LARSEN),
    R("cost_gap", "small", IH, 2, "With little to save abroad, keeping the work at home avoids the hidden costs of distance.", LARSEN),
    R("cost_gap", "large", OO, 3, "A large gap leaves real savings even after the hidden costs of offshoring.", LARSEN),
    R("cost_gap", "large", CO, 3, "A large gap leaves real savings even after the hidden costs of running a centre abroad.", LARSEN),
    R("cost_gap", "large", BOT, 2, "A large gap leaves real savings even after the hidden costs of building a team abroad.", LARSEN),
    R("cost_gap", "large", RS, -2, "Bringing the work home would raise labour costs sharply.", ELLRAM),
    # --- Current situation: nothing abroad, nothing to bring back; carrying on
    # avoids a transition (the engine drops that credit once problems are reported)
    rule_out("current", "new", RS, "The process runs nowhere yet, so there is nothing abroad to bring back.", FRATOCCHI),
    rule_out("current", "in_house", RS, "The process already runs at home, so there is nothing abroad to bring back.", FRATOCCHI),
    rule_out("current", "outsourced", RS, "The process already runs at home, so there is nothing abroad to bring back.", FRATOCCHI),
    R("current", "in_house", IH, 1, "Keeping the work where it runs avoids the cost and risk of a transition.", LACITY_WILLCOCKS),
    R("current", "outsourced", DO, 1, "The work is already specified for a provider, so changing provider is easier than changing model.", LACITY_WILLCOCKS),
    R("current", "offshore_provider", OO, 1, "Keeping a working arrangement avoids the cost and risk of a transition.", LACITY_WILLCOCKS),
    R("current", "nearshore_provider", NO, 1, "Keeping a working arrangement avoids the cost and risk of a transition.", LACITY_WILLCOCKS),
    R("current", "own_centre_abroad", CO, 1, "You already run an entity abroad, so its set-up costs are behind you.", CAPTIVE),
    R("current", "own_centre_abroad", CN, 1, "You already run an entity abroad, and know what running one nearby takes.", CAPTIVE),
    # --- Problems seen abroad: the reasons firms reshore or move nearer
    R("problem", "quality", RS, 3, "Poor quality abroad is one of the most-cited reasons firms bring work home.", FRATOCCHI),
    R("problem", "quality", NO, 2, "A closer provider is easier to visit, audit and correct.", ELLRAM),
    R("problem", "quality", CN, 1, "Your own people nearby are easier to hold to your standards than a provider far away.", CAPTIVE),
    R("problem", "quality", OO, -2, "Quality problems are harder to fix with a provider far away.", FRATOCCHI),
    R("problem", "hidden_costs", RS, 3, "Once hidden costs are counted, the saving abroad may be gone.", LARSEN),
    R("problem", "hidden_costs", NO, 2, "Shorter distances cut much of the travel and coordination cost.", LARSEN),
    R("problem", "hidden_costs", OO, -2, "The hidden costs of distance do not shrink with a provider far away.", LARSEN),
    R("problem", "hidden_costs", CO, -1, "The hidden costs of distance stay, whoever employs the people far away.", LARSEN),
    R("problem", "hidden_costs", BOT, -1, "The hidden costs of distance stay, whoever employs the people far away.", LARSEN),
    R("problem", "lead_times", RS, 3, "Producing close to customers cuts lead times and inventory.", ELLRAM),
    R("problem", "lead_times", NO, 3, "A nearby provider cuts lead times without bringing everything home.", ELLRAM),
    R("problem", "lead_times", OO, -2, "Distance is what makes the lead times long.", ELLRAM),
    R("problem", "lead_times", CO, -1, "Distance is what makes the lead times long, whoever runs the work.", ELLRAM),
    R("problem", "communication", NO, 3, "Closer time zones and cultures make communication easier.", CARMEL_TJIA),
    R("problem", "communication", CN, 1, "Closer time zones and cultures make communication easier.", CARMEL_TJIA),
    R("problem", "communication", RS, 2, "Working at home removes the time-zone and language barriers.", CARMEL_TJIA),
    R("problem", "communication", OO, -2, "Distance, time zones and culture are what strain communication.", CARMEL_TJIA),
    R("problem", "communication", CO, -1, "Distance, time zones and culture strain communication, whoever employs the people.", CARMEL_TJIA),
    R("problem", "communication", BOT, -1, "Distance, time zones and culture strain communication, whoever employs the people.", CARMEL_TJIA),
    R("problem", "risk", RS, 3, "Bringing work home shortens the supply chain and lowers exposure to distant risks.", FRATOCCHI),
    R("problem", "risk", NO, 2, "A nearby location shortens the supply chain and lowers exposure to distant risks.", ELLRAM),
    R("problem", "risk", OO, -2, "Staying far away keeps the exposure to supply and political risk.", ELLRAM),
    R("problem", "risk", CO, -2, "A centre of your own far away carries the same supply and political exposure.", ELLRAM),
    R("problem", "risk", BOT, -2, "A team built far away carries the same supply and political exposure.", ELLRAM),
)
# fmt: on


def default_engine_rules() -> list[Rule]:
    """The defaults as the engine's rules (for tests and the expert panel)."""
    return [rule.to_engine_rule() for rule in DEFAULT_RULES]


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
