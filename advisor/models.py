import secrets

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse

from . import engine

MAX_WEIGHT = 10


# Choices are callables, so rewording a question or an answer in the engine
# needs no migration (Django 5.0+ stores the callable's path, not its result).
def question_choices() -> list[tuple[str, str]]:
    return [(q.key, q.text) for q in engine.QUESTIONS.values()]


def answer_choices() -> list[tuple[str, list[tuple[str, str]]]]:
    """Grouped by question, so editors pick an answer under its question."""
    return [(q.text, list(q.choices)) for q in engine.QUESTIONS.values()]


def option_choices() -> list[tuple[str, str]]:
    return [(o.key, o.name) for o in engine.DEFAULT_OPTIONS]


def new_token() -> str:
    """256 random bits, URL-safe: a result's address cannot be guessed."""
    return secrets.token_urlsafe(32)


class SourcingModel(models.Model):
    """One option the advisor ranks, with the advice shown when it comes first."""

    key = models.SlugField(
        max_length=40,
        unique=True,
        choices=option_choices,
        help_text="Which of the engine's options this is.",
    )
    name = models.CharField(max_length=80)
    term = models.ForeignKey(
        "glossary.Term",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The glossary term that explains this model.",
    )
    summary = models.CharField(max_length=300, blank=True)
    risks = models.TextField(
        blank=True,
        help_text="Markdown: the risks to watch when this model comes first.",
    )
    next_steps = models.TextField(
        blank=True,
        help_text="Markdown: concrete next steps when this model comes first.",
    )
    order = models.PositiveSmallIntegerField(
        default=100, help_text="Breaks ties: a lower number ranks first."
    )

    class Meta:
        ordering = ["order", "name"]

    def __str__(self):
        return self.name

    def as_engine_option(self) -> engine.Option:
        return engine.Option(self.key, self.name)


class Rule(models.Model):
    """If a question was answered a certain way, move an option up or down (or
    rule it out), and say why."""

    question = models.CharField(max_length=40, choices=question_choices)
    answer = models.CharField(max_length=40, choices=answer_choices)
    option = models.ForeignKey(
        SourcingModel, on_delete=models.CASCADE, related_name="rules"
    )
    weight = models.SmallIntegerField(
        default=0,
        validators=[MinValueValidator(-MAX_WEIGHT), MaxValueValidator(MAX_WEIGHT)],
        help_text="Points added to the option (negative lowers it). For goals, "
        "multiplied by the goal's importance (0-3).",
    )
    rules_out = models.BooleanField(
        default=False,
        help_text="A hard constraint: the option is shown as ruled out, "
        "with this reason.",
    )
    explanation = models.CharField(
        max_length=300,
        help_text="Shown after the answer's label, as in "
        '"Data must stay in the country: <explanation>".',
    )
    source = models.CharField(
        max_length=300, blank=True, help_text="Where this rule comes from (a citation)."
    )

    class Meta:
        ordering = ["question", "answer", "option__order"]
        constraints = [
            models.UniqueConstraint(
                fields=["question", "answer", "option"],
                name="one_rule_per_answer_and_option",
            ),
            models.CheckConstraint(
                condition=Q(weight__gte=-MAX_WEIGHT, weight__lte=MAX_WEIGHT),
                name="rule_weight_in_range",
            ),
            models.CheckConstraint(
                condition=~Q(question="goal", rules_out=True),
                name="goals_never_rule_out",
                violation_error_message="A goal cannot rule an option out.",
            ),
        ]

    def __str__(self):
        return f"{self.question}={self.answer} → {self.option}"

    def clean(self):
        question = engine.QUESTIONS.get(self.question)
        if question and self.answer and self.answer not in question.values:
            raise ValidationError(
                {"answer": f'"{self.answer}" is not an answer to "{question.text}".'},
                code="answer_not_for_question",
            )
        if self.rules_out and self.weight:
            # A ruled-out option's points are never shown: say so, not silently drop.
            raise ValidationError(
                {"weight": "A rule that rules an option out carries no weight: use 0."},
                code="weight_on_rule_out",
            )

    def to_engine_rule(self) -> engine.Rule:
        return engine.Rule(
            question=self.question,
            answer=self.answer,
            option=self.option.key,
            weight=self.weight,
            explanation=self.explanation,
            rules_out=self.rules_out,
            source=self.source,
        )


class Assessment(models.Model):
    """A finished advisor run: what was answered and exactly what was shown.

    `result` is a snapshot, so the page keeps showing what it showed when it
    was saved, whatever editors later change in rules or content.
    """

    token = models.CharField(
        max_length=64, unique=True, default=new_token, editable=False
    )
    # One assessment per wizard run, even if its last step is submitted twice.
    run_id = models.UUIDField(unique=True, editable=False)
    answers = models.JSONField(help_text="The answers, by wizard step.")
    result = models.JSONField(help_text="What the result page shows.")
    top_option = models.CharField(max_length=80, db_index=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"Assessment {self.token[:8]}… ({self.top_option})"

    def get_absolute_url(self):
        return reverse("advisor:result", args=[self.token])
