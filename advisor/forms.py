"""The advisor's wizard steps, and the bridge from their answers to the engine."""

import re
from collections.abc import Mapping
from functools import partial
from typing import Any, cast

from django import forms
from django.forms.utils import flatatt
from django.utils.functional import SimpleLazyObject
from django.utils.html import format_html, format_html_join

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


class QuestionOptions(forms.RadioSelect):
    """A question's answers as Bootstrap's form-check rows.

    Written with format_html instead of Django's widget templates, which render
    a template for every option: a step's twenty-odd answers cost more than the
    rest of its page that way (docs/benchmarks.md). The options and their
    attributes (id, checked, required, aria-invalid) are still Django's.
    """

    def render(self, name, value, attrs=None, renderer=None):
        options = self.get_context(name, value, attrs)["widget"]["optgroups"]
        rows = format_html_join(
            "",
            '<div class="form-check question__option"><input type="{}" name="{}" '
            'value="{}"{}><label class="form-check-label" for="{}">{}</label></div>',
            (
                (
                    o["type"],
                    o["name"],
                    o["value"],
                    flatatt(o["attrs"]),
                    o["attrs"]["id"],
                    o["label"],
                )
                for _group, group_options, _index in options
                for o in group_options
            ),
        )
        return format_html('<div class="question__options">{}</div>', rows)


class QuestionCheckboxes(QuestionOptions, forms.CheckboxSelectMultiple):
    pass


def question_field(key: str, help_text: str) -> forms.ChoiceField:
    question = engine.QUESTIONS[key]
    return forms.ChoiceField(
        label=question.text,
        choices=question.choices,
        widget=QuestionOptions,
        help_text=help_text,
        error_messages={
            "required": required_message(key),
            "invalid_choice": "Select one of the answers shown",
        },
    )


def _mentioned(slugs, terms_by_slug) -> list:
    return [
        terms_by_slug[slug] for slug in dict.fromkeys(slugs) if slug in terms_by_slug
    ]


class StepForm(forms.Form):
    """One wizard page: each question a fieldset with a bold legend, its hint,
    the glossary terms it uses, its error, then the options (GOV.UK order)."""

    title = ""
    intro = ""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Each field carries the glossary terms its help names, for the template
        # (field.field.glossary_terms): attributes Django's Field does not declare.
        for field in self.fields.values():
            field.widget.attrs["class"] = "form-check-input"
            field.glossary_slugs = glossary_slugs(str(field.help_text))
            field.help_text = hint_text(str(field.help_text))
            field.glossary_terms = []

    def glossary_slugs(self) -> set[str]:
        fields: list[Any] = list(self.fields.values())  # see __init__
        return {slug for field in fields for slug in field.glossary_slugs}

    def show_definitions(self, terms_by_slug) -> None:
        """Attach the published glossary terms each question mentions. Read
        only when the template shows them: a step's definitions are a fragment
        kept until the next content edit, so most requests never ask."""
        field: Any
        for field in self.fields.values():
            field.glossary_terms = SimpleLazyObject(
                partial(_mentioned, field.glossary_slugs, terms_by_slug)
            )

    def answer_summary(self) -> list[tuple[str, str]]:
        """(question, answer) pairs as the review step shows them."""
        summary = []
        for name, field in self.fields.items():
            value = self.cleaned_data.get(name)
            # Every question is a choice field: its choices label the answer.
            choices = dict(getattr(field, "choices", ()))
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


GOAL_CHOICES = [
    (goal, label.removeprefix("Goal: ")[0].upper() + label.removeprefix("Goal: ")[1:])
    for goal, label in engine.QUESTIONS["goal"].choices
]
PRIORITIES = ("first", "second", "third")
PRIORITY_HELP = (
    "The goal that matters most. Lower cost is the classic reason for "
    "[offshoring](offshoring), focus on the core business for "
    "[outsourcing](outsourcing).",
    "Optional: a less important goal. Speed to start favours "
    "[out-staffing](out-staffing); room to grow favours a "
    "[captive centre](captive-centre).",
    "Optional: a third, least important goal. Higher quality is often why firms "
    "turn to [reshoring](reshoring).",
)


def priority_field(position: int) -> forms.ChoiceField:
    required = position == 0
    ordinal = PRIORITIES[position]
    return forms.ChoiceField(
        label=f"{ordinal.capitalize()} priority",
        choices=[("", "Choose a goal" if required else "No other goal")] + GOAL_CHOICES,
        required=required,
        help_text=PRIORITY_HELP[position],
        error_messages={
            "required": "Select the goal that matters most",
            "invalid_choice": "Select one of the goals shown",
        },
    )


class GoalsForm(StepForm):
    title = "Goals"
    intro = (
        "What do you want from the change? Choose up to three goals, most "
        "important first: the first counts three times as much as the third."
    )

    first = priority_field(0)
    second = priority_field(1)
    third = priority_field(2)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.widget.attrs["class"] = "form-select"

    def clean(self):
        cleaned = super().clean()
        chosen: list[str] = []
        for name in PRIORITIES:
            goal = cleaned.get(name)
            if not goal:
                continue
            if goal in chosen:
                label = dict(GOAL_CHOICES)[goal]
                self.add_error(
                    name,
                    forms.ValidationError(
                        f"You chose “{label}” already: choose another goal or none",
                        code="repeated_goal",
                    ),
                )
            elif name == "third" and not cleaned.get("second"):
                self.add_error(
                    name,
                    forms.ValidationError(
                        "Choose a second priority first, or leave the third empty",
                        code="third_without_second",
                    ),
                )
            chosen.append(goal)
        return cleaned

    def answer_summary(self) -> list[tuple[str, str]]:
        return [
            (str(self.fields[name].label), dict(GOAL_CHOICES)[goal])
            for name in PRIORITIES
            if (goal := self.cleaned_data.get(name))
        ]


def goal_levels(cleaned: Mapping[str, object]) -> engine.GoalsData:
    """The goals step's priorities as the levels the engine reads."""
    chosen = [str(cleaned[n]) for n in PRIORITIES if cleaned.get(n)]
    return cast(engine.GoalsData, engine.levels_from_priorities(chosen))


def goal_priorities(levels: engine.GoalsData) -> dict[str, str]:
    """Stored levels (several could be "essential" before goals were
    priorities) as the goals step's fields: the highest first."""
    stored = cast(Mapping[str, int], levels)
    goals = engine.GoalAnswers(**{g: stored.get(g, 0) for g in engine.GOAL_NAMES})
    ranked = engine.priorities_from_levels(goals)
    return {name: goal for name, goal in zip(PRIORITIES, ranked, strict=False)}


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
        "If it runs abroad today, through a provider or a centre of your own, the "
        "problems below weigh [reshoring](reshoring) and "
        "[nearshoring](nearshoring).",
    )
    # Asked on this step, not a step of its own that only some visitors see:
    # the step counter then never jumps (issue 16).
    problems = forms.MultipleChoiceField(
        label=engine.QUESTIONS["problem"].text,
        choices=engine.QUESTIONS["problem"].choices,
        widget=QuestionCheckboxes,
        required=False,
        help_text="Only if it runs abroad today. Tick all that apply, or none. "
        "Quality, lead-time and hidden-cost problems are the most common reasons "
        "for [reshoring](reshoring).",
        error_messages={"invalid_choice": "Select only the problems shown"},
    )

    def clean(self):
        cleaned = super().clean()
        current = cleaned.get("current")
        if current and cleaned.get("problems") and not asks_about_problems(cleaned):
            label = engine.QUESTIONS["current"].label(current)
            self.add_error(
                "problems",
                forms.ValidationError(
                    f"You said “{label}”: problems abroad apply only to work run "
                    "abroad today. Untick them, or change how it is run today",
                    code="problems_not_abroad",
                ),
            )
        return cleaned

    def answer_summary(self) -> list[tuple[str, str]]:
        summary = super().answer_summary()
        # Problems apply only to work run abroad today: not listed otherwise.
        return summary if asks_about_problems(self.cleaned_data) else summary[:1]


class ReviewForm(StepForm):
    title = "Review"
    intro = "Check your answers. Change any of them, or see your recommendation."


STEP_FORMS = [
    ("process", ProcessForm),
    ("goals", GoalsForm),
    ("constraints", ConstraintsForm),
    ("situation", SituationForm),
    ("review", ReviewForm),
]


# Seconds a manager takes for one question, read and answered: a radio question
# with a hint about 30, a quick choice about 20 (an honest range, not a promise).
SECONDS_PER_QUESTION = (20, 35)


def wizard_length() -> dict[str, int]:
    """How long the wizard is, for the start page: steps, questions, minutes."""
    questions = sum(len(form.base_fields) for _, form in STEP_FORMS[:-1])
    low, high = (-(-questions * s // 60) for s in SECONDS_PER_QUESTION)
    return {
        "steps": len(STEP_FORMS) - 1,
        "questions": questions,
        "minutes_low": low,
        "minutes_high": high,
    }


def answer_summaries(forms_by_step: dict[str, StepForm]) -> list[AnswerSummary]:
    """Each step's questions and answers, as the review step and result show them."""
    return [
        {"step": step, "title": form.title, "answers": form.answer_summary()}
        for step, form in forms_by_step.items()
    ]


def asks_about_problems(situation: Mapping[str, object] | None) -> bool:
    """Whether problems abroad apply, from the situation step's answers."""
    return engine.asks_about_problems(str((situation or {}).get("current", "")))


def answers_from(cleaned: dict[str, dict]) -> engine.Answers:
    """The engine's typed answers from each step's cleaned data."""
    steps = {**cleaned, "goals": goal_levels(cleaned["goals"])}
    return engine.Answers.from_steps(steps)  # type: ignore[arg-type]


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
    current = engine.Answers.from_steps(stored).to_steps()
    # Every step of StepAnswers maps question keys to answers; a TypedDict's
    # items() cannot tell mypy so.
    steps = dict(cast(Mapping[str, Mapping[str, object]], current))
    steps["goals"] = goal_priorities(current["goals"])
    return {step: as_step_data(step, data) for step, data in steps.items()}
