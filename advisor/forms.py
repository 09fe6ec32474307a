"""The advisor's wizard steps, and the bridge from their answers to the engine."""

import re
from collections.abc import Mapping
from typing import cast

from django import forms

from . import engine
from .results import AnswerSummary

# "[outsourcing](outsourcing)" in a help text names a glossary term: the hint
# shows the words, and the term's definition is shown beside the question, so
# the visitor never has to leave a half-answered step to look a word up.
GLOSSARY_MENTION = re.compile(r"\[([^\]]+)\]\(([a-z0-9-]+)\)")

# What to do when a question is left unanswered, in the GOV.UK manner: say
# what to select, not "Please choose an answer" under every question.
REQUIRED_MESSAGES = {
    "function": "Select the business function the process belongs to",
    "coreness": "Select how core the process is to your business",
    "work_type": "Select what kind of work the process is",
    "volume": "Select how large the operation is",
    "duration": "Select how long you will need the process",
    "data_residency": "Select where the data must stay",
    "ip_sensitivity": "Select how sensitive the intellectual property is",
    "hours_overlap": "Select how much working-hours overlap is needed",
    "culture_closeness": "Select how close language and culture must be",
    "control": "Select how much day-to-day control you need",
    "foreign_capacity": "Select how much capacity you have to run an entity abroad",
    "cost_gap": "Select how large the labour-cost gap is",
    "current": "Select how the process is run today",
}


def required_message(key: str) -> str:
    """The question's own message; a new question gets one built from its text."""
    question = engine.QUESTIONS[key]
    return REQUIRED_MESSAGES.get(key, f"Select an answer to “{question.text}”")


def hint_text(text: str) -> str:
    """The help text as shown: glossary mentions become their plain words."""
    return GLOSSARY_MENTION.sub(r"\1", text)


def glossary_slugs(text: str) -> list[str]:
    return [match.group(2) for match in GLOSSARY_MENTION.finditer(text)]


def question_field(key: str, help_text: str) -> forms.ChoiceField:
    question = engine.QUESTIONS[key]
    return forms.ChoiceField(
        label=question.text,
        choices=question.choices,
        widget=forms.RadioSelect,
        help_text=help_text,
        error_messages={
            "required": required_message(key),
            "invalid_choice": "Select one of the answers shown",
        },
    )


class StepForm(forms.Form):
    """One wizard page: each question a fieldset with a bold legend, its hint,
    the glossary terms it uses, its error, then the options (GOV.UK order)."""

    title = ""
    intro = ""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.widget.attrs["class"] = "form-check-input"
            field.glossary_slugs = glossary_slugs(str(field.help_text))
            field.help_text = hint_text(str(field.help_text))
            field.glossary_terms = []

    def glossary_slugs(self) -> set[str]:
        return {slug for field in self.fields.values() for slug in field.glossary_slugs}

    def show_definitions(self, terms_by_slug) -> None:
        """Attach the published glossary terms each question mentions."""
        for field in self.fields.values():
            field.glossary_terms = [
                terms_by_slug[slug]
                for slug in dict.fromkeys(field.glossary_slugs)
                if slug in terms_by_slug
            ]

    def answer_summary(self) -> list[tuple[str, str]]:
        """(question, answer) pairs as the review step shows them."""
        summary = []
        for name, field in self.fields.items():
            value = self.cleaned_data.get(name)
            choices = dict(field.choices)
            if isinstance(value, list):
                shown = ", ".join(str(choices[v]) for v in value) or "None of these"
            else:
                shown = str(choices.get(value, value))
            summary.append((str(field.label), shown))
        return summary


class ProcessForm(StepForm):
    title = "Your process"
    intro = "Tell us about the business process you are deciding how to source."

    function = question_field(
        "function",
        "The kind of work matters: IT and back-office work have mature provider "
        "markets ([ITO](ito), [BPO](bpo)).",
    )
    coreness = question_field(
        "coreness",
        "Core work is what customers choose you for. It usually stays "
        "[in-house](in-house) or in a [captive centre](captive-centre); "
        "the rest can be [outsourced](outsourcing).",
    )
    work_type = question_field(
        "work_type",
        "Rule-based, measurable work suits [BPO](bpo); judgement-heavy expert work is "
        "[KPO](kpo) and needs closer governance.",
    )
    volume = question_field(
        "volume",
        "Size changes the options: a [captive centre](captive-centre) only pays "
        "off at scale.",
    )
    duration = question_field(
        "duration",
        "Long horizons justify building your own capacity abroad, "
        "directly or through [build-operate-transfer](build-operate-transfer).",
    )


def goal_field(goal: str, help_text: str) -> forms.TypedChoiceField:
    label = engine.QUESTIONS["goal"].label(goal).removeprefix("Goal: ")
    return forms.TypedChoiceField(
        label=label[0].upper() + label[1:],
        choices=engine.GOAL_LEVELS,
        coerce=int,
        widget=forms.RadioSelect,
        help_text=help_text,
        error_messages={
            "required": f"Select how important {label} is",
            "invalid_choice": "Select one of the levels shown",
        },
    )


class GoalsForm(StepForm):
    title = "Goals"
    intro = (
        "How important is each goal? Select “Not a goal” for those that do not apply."
    )

    cost = goal_field(
        "cost",
        "Lower labour costs are the classic reason for [offshoring](offshoring).",
    )
    skills = goal_field(
        "skills",
        "Providers and other countries can offer skills you cannot hire locally "
        "([out-staffing](out-staffing)).",
    )
    focus = goal_field(
        "focus",
        "Handing peripheral work to a provider frees management attention "
        "([outsourcing](outsourcing)).",
    )
    speed = goal_field(
        "speed",
        "How soon the work must start. Adding a provider's people to your team "
        "([out-staffing](out-staffing)) is fastest; building a centre of your own "
        "takes many months.",
    )
    scale = goal_field(
        "scale",
        "How far the team must grow over time. A centre of your own "
        "([captive centre](captive-centre)), "
        "[build-operate-transfer](build-operate-transfer) or a large provider can "
        "grow to hundreds of people.",
    )
    markets = goal_field(
        "markets",
        "A presence abroad can help you serve that market "
        "([captive centre](captive-centre)).",
    )
    quality = goal_field(
        "quality",
        "Specialists or closer teams can raise quality "
        "([reshoring](reshoring) is often about quality).",
    )


class ConstraintsForm(StepForm):
    title = "Constraints"
    intro = "Hard limits rule options out; softer needs move them up or down."

    data_residency = question_field(
        "data_residency",
        "Your company's policy, your sector's rules or a national law may keep data "
        "in the country or region. The GDPR itself allows transfers with safeguards; "
        "a residency rule rules out [offshoring](offshoring).",
    )
    ip_sensitivity = question_field(
        "ip_sensitivity",
        "Trade secrets and know-how are safer with your own staff "
        "([in-house](in-house), [captive centre](captive-centre)).",
    )
    hours_overlap = question_field(
        "hours_overlap",
        "Real-time collaboration needs shared hours, which favours "
        "[nearshoring](nearshoring) or home.",
    )
    culture_closeness = question_field(
        "culture_closeness",
        "Customer-facing or tightly coordinated work goes better with a shared "
        "language and business culture, at home or [nearby](nearshoring).",
    )
    control = question_field(
        "control",
        "With [outsourcing](outsourcing) the provider directs the work; "
        "with [out-staffing](out-staffing) you direct the people yourself.",
    )
    foreign_capacity = question_field(
        "foreign_capacity",
        "Running your own entity abroad (legal, HR, tax) is what a "
        "[captive centre](captive-centre) demands.",
    )
    cost_gap = question_field(
        "cost_gap",
        "A small labour-cost gap is easily eaten by the hidden costs of managing "
        "work far away ([offshoring](offshoring)).",
    )


class SituationForm(StepForm):
    title = "Current situation"
    intro = "Where does the process stand today?"

    current = question_field(
        "current",
        "If it runs abroad today, through a provider or a centre of your own, we "
        "ask what problems you have seen, to weigh [reshoring](reshoring) and "
        "[nearshoring](nearshoring).",
    )


class ProblemsForm(StepForm):
    title = "Problems seen"
    intro = "You said the process runs abroad today. Which problems have you seen?"

    problems = forms.MultipleChoiceField(
        label=engine.QUESTIONS["problem"].text,
        choices=engine.QUESTIONS["problem"].choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text="Tick all that apply, or none. Quality, lead-time and hidden-cost "
        "problems are the most common reasons for [reshoring](reshoring).",
        error_messages={"invalid_choice": "Select only the problems shown"},
    )


class ReviewForm(StepForm):
    title = "Review"
    intro = "Check your answers. Change any of them, or see your recommendation."


STEP_FORMS = [
    ("process", ProcessForm),
    ("goals", GoalsForm),
    ("constraints", ConstraintsForm),
    ("situation", SituationForm),
    ("problems", ProblemsForm),
    ("review", ReviewForm),
]


def answer_summaries(forms_by_step: dict[str, StepForm]) -> list[AnswerSummary]:
    """Each step's questions and answers, as the review step and result show them."""
    return [
        {"step": step, "title": form.title, "answers": form.answer_summary()}
        for step, form in forms_by_step.items()
    ]


def asks_about_problems(situation: dict | None) -> bool:
    """Whether the problems step applies, from the situation step's answers."""
    return engine.asks_about_problems((situation or {}).get("current", ""))


def answers_from(cleaned: dict[str, dict]) -> engine.Answers:
    """The engine's typed answers from each step's cleaned data."""
    return engine.Answers.from_steps(cleaned)  # type: ignore[arg-type]


def as_step_data(step: str, cleaned: Mapping[str, object]) -> dict[str, list[str]]:
    """Cleaned answers back as the wizard's stored form data (to prefill a run)."""
    data = {}
    for name, value in cleaned.items():
        values = value if isinstance(value, list) else [value]
        data[f"{step}-{name}"] = [str(v) for v in values]
    return data


def prefill_data(stored: engine.StepAnswers) -> dict[str, dict[str, list[str]]]:
    """A saved assessment's answers as wizard step data, read in today's
    vocabulary (answers saved before a question changed still prefill)."""
    steps = engine.Answers.from_steps(stored).to_steps()
    # A TypedDict's items() are typed (str, object); each step is a mapping.
    return {
        step: as_step_data(step, cast(Mapping[str, object], data))
        for step, data in steps.items()
    }
