import pytest

from advisor import engine
from advisor.models import Rule, SourcingModel

# Answers for every step, as a manager would post them (before the wizard's prefixes).
PROCESS = {
    "function": "finance",
    "coreness": "commodity",
    "work_type": "rule_based",
    "volume": "large",
    "duration": "long",
}
GOALS = {
    "cost": "3",
    "skills": "0",
    "focus": "2",
    "speed": "1",
    "markets": "0",
    "quality": "1",
}
CONSTRAINTS = {
    "data_residency": "country",
    "ip_sensitivity": "low",
    "hours_overlap": "some",
    "culture_closeness": "medium",
    "control": "low",
    "foreign_capacity": "none",
    "cost_gap": "large",
}
SITUATION_IN_HOUSE = {"current": "in_house"}
SITUATION_OFFSHORED = {"current": "offshored"}


@pytest.fixture
def sourcing_models(db, glossary):
    """Every engine option, with advice, two of them linked to glossary terms."""
    terms = {
        "offshore_outsourcing": glossary["offshoring"],
        "reshoring": glossary["reshoring"],
        "domestic_outsourcing": glossary["outsourcing"],
        "nearshore_outsourcing": glossary["nearshoring"],
    }
    return {
        option.key: SourcingModel.objects.create(
            key=option.key,
            name=option.name,
            order=order,
            term=terms.get(option.key),
            summary=f"{option.name} in one sentence.",
            risks=f"- Risk of {option.name}",
            next_steps=f"1. First step for {option.name}",
        )
        for order, option in enumerate(engine.DEFAULT_OPTIONS)
    }


@pytest.fixture
def rules(sourcing_models):
    """A few rules, enough to make rankings and reasons visible."""

    def rule(
        question, answer, option, weight=0, rules_out=False, explanation="Because."
    ):
        return Rule.objects.create(
            question=question,
            answer=answer,
            option=sourcing_models[option],
            weight=weight,
            rules_out=rules_out,
            explanation=explanation,
        )

    return [
        rule(
            "data_residency",
            "country",
            "offshore_outsourcing",
            rules_out=True,
            explanation="Offshore options are ruled out.",
        ),
        rule(
            "data_residency",
            "country",
            "captive_offshore",
            rules_out=True,
            explanation="Offshore options are ruled out.",
        ),
        rule(
            "goal",
            "cost",
            "domestic_outsourcing",
            2,
            explanation="Providers share scale.",
        ),
        rule(
            "work_type",
            "rule_based",
            "domestic_outsourcing",
            3,
            explanation="Rule-based work is easy to hand over.",
        ),
        rule(
            "current",
            "in_house",
            "reshoring",
            rules_out=True,
            explanation="There is nothing abroad to bring back.",
        ),
        rule(
            "problem",
            "quality",
            "reshoring",
            4,
            explanation="Quality improves at home.",
        ),
        rule(
            "coreness",
            "commodity",
            "in_house",
            -2,
            explanation="Commodity work rarely needs your own staff.",
        ),
    ]
