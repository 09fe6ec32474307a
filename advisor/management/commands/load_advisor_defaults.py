from django.core.management.base import BaseCommand
from django.db import transaction

from advisor import default_rules, engine
from advisor.models import Rule, SourcingModel
from advisor.starter import load
from core.models import StarterItem
from editorial.initial_versions import record_initial_versions


class Command(BaseCommand):
    help = (
        "Load the advisor's default sourcing models and scoring rules. Safe to run "
        "again: editors' changes and deletions are kept. Run after the glossary's "
        "load_starter_content so models link to their terms. With --restore, "
        "deleted default models and rules are created again (as shipped; to get "
        "an edited one back, use Recover deleted in admin instead)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--restore",
            action="store_true",
            help="create again the default models and rules that were deleted",
        )

    @transaction.atomic
    def handle(self, *args, restore=False, **options):
        if restore:
            forgotten = forget_deleted_defaults()
            self.stdout.write(f"Restoring {forgotten} deleted default(s).")
        created = load(default_rules)
        summary = ", ".join(
            f"{count} {kind}" for kind, count in sorted(created.items())
        )
        self.stdout.write(f"Advisor defaults: {summary or 'nothing new'}.")
        record_initial_versions("Loaded from the advisor's defaults.")


def forget_deleted_defaults() -> int:
    """Forget that the missing defaults were loaded once, so loading creates
    them again; what exists (edited or not) is left alone."""
    models = set(SourcingModel.objects.values_list("key", flat=True))
    rules = set(Rule.objects.values_list("question", "answer", "option__key"))
    keys = [
        f"sourcing-model:{option.key}"
        for option in engine.DEFAULT_OPTIONS
        if option.key not in models
    ]
    keys += [
        f"rule:{rule.question}:{rule.answer}:{rule.option}"
        for rule in default_rules.DEFAULT_RULES
        if (rule.question, rule.answer, rule.option) not in rules
    ]
    StarterItem.objects.filter(key__in=keys).delete()
    return len(keys)
