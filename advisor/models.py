import secrets

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse

from citations.models import Citation, Work

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


def premise_pairs(text: str) -> frozenset[tuple[str, str]]:
    """ "question=answer" lines as pairs; blank lines are ignored."""
    pairs = set()
    for line in text.splitlines():
        if line.strip():
            key, _, value = line.strip().partition("=")
            pairs.add((key.strip(), value.strip()))
    return frozenset(pairs)


class Rule(Citation):
    """If a question was answered a certain way, move an option up or down (or
    rule it out), and say why, citing where in which work the claim rests."""

    question = models.CharField(max_length=40, choices=question_choices)
    answer = models.CharField(max_length=40, choices=answer_choices)
    option = models.ForeignKey(
        SourcingModel, on_delete=models.CASCADE, related_name="rules"
    )
    weight = models.SmallIntegerField(
        default=0,
        validators=[MinValueValidator(-MAX_WEIGHT), MaxValueValidator(MAX_WEIGHT)],
        help_text="Points added to the option (negative lowers it), times 3 for "
        "an answer and times the goal's priority (3, 2 or 1) for a goal.",
    )
    rules_out = models.BooleanField(
        default=False,
        help_text="A hard constraint: the option is shown as ruled out, "
        "with this reason.",
    )
    explanation = models.CharField(
        max_length=300,
        help_text="Shown after the answer's label, as in "
        '"Data must stay in the country: <explanation>". Say only what the '
        "cited work supports.",
    )
    # Optional here only so rules migrated from free-text sources that matched
    # no work can be kept (flagged on the health page) until an editor cites one.
    work = models.ForeignKey(  # type: ignore[assignment]
        Work,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="The cited work (one record in Cited works, shared by every "
        "rule and term that cites it).",
    )
    premise = models.TextField(
        blank=True,
        help_text="What the rule assumes, in words: “Assumes the people work "
        "abroad.” Editors see it; it explains why the rule exists.",
    )
    excluded_by = models.TextField(
        blank=True,
        help_text="Answers under which the premise is false, one a line as "
        "question=answer (only constraints other than control, or the current "
        "situation): e.g. data_residency=country. The rule then does not fire.",
    )
    source_note = models.CharField(
        max_length=300,
        blank=True,
        help_text="The free-text source this rule had before sources became "
        "cited works, kept where no work matched it. Cite a work, then empty it.",
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
        if self.answer == engine.UNSURE:
            raise ValidationError(
                {"answer": "“Not sure” moves no option: choose another answer."},
                code="rule_on_not_sure",
            )
        if self.rules_out and self.weight:
            # A ruled-out option's points are never shown: say so, not silently drop.
            raise ValidationError(
                {"weight": "A rule that rules an option out carries no weight: use 0."},
                code="weight_on_rule_out",
            )
        if self.work_id and not self.locator.strip():
            raise ValidationError(
                {"locator": "Say where in the work: a section, page or table."},
                code="citation_without_locator",
            )
        self._clean_premise()
        if question and self.option_id:
            self._clean_rule_set()

    def _clean_premise(self) -> None:
        for key, value in sorted(premise_pairs(self.excluded_by)):
            problem = engine.premise_problem(self.question, key, value)
            if problem:
                raise ValidationError({"excluded_by": problem}, code="bad_premise")

    def _clean_rule_set(self) -> None:
        """Refuse a change that would take the rule set outside what the
        engine promises (engine.rule_set_problems); problems the set had
        before are not this change's doing and do not block it."""
        try:
            changed = self.to_engine_rule()
        except ValueError as error:
            raise ValidationError(str(error), code="invalid_rule") from error
        rows = Rule.objects.select_related("option", "work")
        others = [rule.to_engine_rule() for rule in rows.exclude(pk=self.pk)]
        before = list(others)
        if self.pk and (old := rows.filter(pk=self.pk).first()) is not None:
            before.append(old.to_engine_rule())
        new = set(engine.rule_set_problems([*others, changed]))
        new -= set(engine.rule_set_problems(before))
        if new:
            raise ValidationError(sorted(new), code="rule_set_broken")

    def problems_if_deleted(self) -> list[str]:
        """What deleting this rule would break (a rule-out the set needs)."""
        rules = list(Rule.objects.select_related("option", "work"))
        others = [r.to_engine_rule() for r in rules if r.pk != self.pk]
        everything = [r.to_engine_rule() for r in rules]
        return sorted(
            set(engine.rule_set_problems(others))
            - set(engine.rule_set_problems(everything))
        )

    def engine_source(self) -> engine.Source | None:
        work = self.work
        if work is None:
            return None
        return engine.Source(
            work.title, work.url, work.authors, work.year, work.publisher, self.locator
        )

    def to_engine_rule(self) -> engine.Rule:
        return engine.Rule(
            question=self.question,
            answer=self.answer,
            option=self.option.key,
            weight=self.weight,
            explanation=self.explanation,
            rules_out=self.rules_out,
            source=self.engine_source(),
            premise=self.premise,
            excluded_by=premise_pairs(self.excluded_by),
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
