import pytest

from advisor import engine
from advisor.models import Rule, SourcingModel
from advisor.views import WIZARD_PREFIX
from citations.models import Work

# Answers for every step, as a manager would post them (before the wizard's prefixes).
PROCESS = {
    "function": "finance",
    "coreness": "commodity",
    "work_type": "rule_based",
    "volume": "large",
    "duration": "long",
}
# Goals as priorities: the first counts 3 times, the second twice, the third once.
GOALS = {"first": "cost", "second": "focus", "third": "quality"}
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
SITUATION_OFFSHORED = {"current": "offshore_provider"}

# Engine answers that lean nowhere: every answer in the middle, no goals.
BASELINE = {
    "function": "other",
    "coreness": "supporting",
    "work_type": "mixed",
    "volume": "medium",
    "duration": "medium",
    "data_residency": "none",
    "ip_sensitivity": "medium",
    "hours_overlap": "some",
    "culture_closeness": "medium",
    "control": "medium",
    "foreign_capacity": "some",
    "cost_gap": "moderate",
    "current": "in_house",
    "problems": frozenset(),
}


def make_answers(**overrides) -> engine.Answers:
    """The neutral baseline, changed by keyword: any question key, `problems`,
    or a goal's name with its importance (`cost=3`)."""
    goals = engine.GOAL_NAMES
    unknown = set(overrides) - set(BASELINE) - set(goals)
    if unknown:
        raise TypeError(f"Unknown answers: {sorted(unknown)}")
    values = {**BASELINE, **{k: v for k, v in overrides.items() if k not in goals}}

    def part(record):
        return record(**{k: values[k] for k in record.__dataclass_fields__})

    return engine.Answers(
        process=part(engine.ProcessAnswers),
        goals=engine.GoalAnswers(**{k: v for k, v in overrides.items() if k in goals}),
        constraints=part(engine.ConstraintAnswers),
        situation=engine.SituationAnswers(
            current=values["current"], problems=frozenset(values["problems"])
        ),
    )


# --- Driving the wizard through the test client ---------------------------------


def step_url(step):
    return f"/advisor/step/{step}/"


def step_data(step, answers, **extra):
    data = {f"{WIZARD_PREFIX}-current_step": step}
    for name, value in answers.items():
        data[f"{step}-{name}"] = value
    return {**data, **extra}


def post_step(client, step, answers=None, **extra):
    return client.post(step_url(step), step_data(step, answers or {}, **extra))


def begin(client):
    response = client.post("/advisor/begin/")
    assert response.status_code == 302
    assert response["Location"] == step_url("process")
    return response


def answer_up_to_review(client, situation=SITUATION_IN_HOUSE, problems=None):
    begin(client)
    post_step(client, "process", PROCESS)
    post_step(client, "goals", GOALS)
    post_step(client, "constraints", CONSTRAINTS)
    if problems is not None:
        situation = {**situation, "problems": problems}
    response = post_step(client, "situation", situation)
    assert response["Location"] == step_url("review")
    return response


def finish(client, situation=SITUATION_IN_HOUSE, problems=None):
    answer_up_to_review(client, situation, problems)
    response = post_step(client, "review")
    assert response.status_code == 302
    assert response["Location"].startswith("/advisor/result/")
    return response


def messages_text(response):
    return " ".join(str(m) for m in response.context["messages"])


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
        question,
        answer,
        option,
        weight=0,
        rules_out=False,
        explanation="Because.",
        source="",
    ):
        work = (
            Work.objects.get_or_create(
                url=f"https://example.org/{len(source)}", defaults={"title": source}
            )[0]
            if source
            else None
        )
        return Rule.objects.create(
            question=question,
            answer=answer,
            option=sourcing_models[option],
            weight=weight,
            rules_out=rules_out,
            explanation=explanation,
            work=work,
            locator="ch. 2" if work else "",
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
            source="Williamson (1985)",
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
