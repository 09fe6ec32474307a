"""What the cost picture reads from the database: every factor in one query,
resolved for each option, and the glossary terms its factors link to."""

from dataclasses import dataclass

from glossary import selectors as glossary

from .formulas import CostType, Spread
from .models import CostFactor
from .options import OPTION_LABELS, bands_of, options_of

# The glossary term that explains each cost type.
TERM_OF: dict[CostType, str] = {
    CostType.SEARCH: "hidden-costs-of-outsourcing",
    CostType.TRANSITION: "transition-and-knowledge-transfer",
    CostType.KNOWLEDGE_TRANSFER: "transition-and-knowledge-transfer",
    CostType.SETUP: "total-cost-of-ownership",
    CostType.TRANSFER_FEE: "total-cost-of-ownership",
    CostType.GOVERNANCE: "retained-organisation",
    CostType.TRAVEL: "hidden-costs-of-outsourcing",
    CostType.MANAGEMENT_TIME: "retained-organisation",
    CostType.ESCALATION: "total-cost-of-ownership",
    CostType.EXIT: "exit-plan",
    CostType.UPLIFT: "hidden-costs-of-outsourcing",
}
PAGE_TERMS = ["total-cost-of-ownership", *dict.fromkeys(TERM_OF.values())]


@dataclass(frozen=True)
class Resolved:
    """One cost type's figure for one option, and the factors it came from."""

    spread: Spread
    factors: tuple[CostFactor, ...]


def _specificity(factor: CostFactor, option: str) -> int:
    # One option beats a group; within either, one band beats every band.
    return 2 * (factor.applies_to == option) + bool(factor.band)


def resolve(factors: list[CostFactor], option: str) -> dict[CostType, Resolved]:
    """The factors that apply to `option`, the most specific per cost type.
    An option in two bands (BOT, out-staffing) with a figure for each band
    gets a range covering both: the lower low, the higher likely and high."""
    bands = {band.value for band in bands_of(option)}
    best: dict[CostType, list[CostFactor]] = {}
    for factor in factors:
        if option not in options_of(factor.applies_to):
            continue
        if factor.band and factor.band not in bands:
            continue
        cost_type = CostType(factor.cost_type)
        found = best.get(cost_type, [])
        if not found or _specificity(factor, option) > _specificity(found[0], option):
            best[cost_type] = [factor]
        elif _specificity(factor, option) == _specificity(found[0], option):
            found.append(factor)
    return {
        cost_type: Resolved(
            Spread(
                min(f.spread.low for f in chosen),
                max(f.spread.likely for f in chosen),
                max(f.spread.high for f in chosen),
            ),
            tuple(chosen),
        )
        for cost_type, chosen in best.items()
    }


def factors_by_option() -> dict[str, dict[CostType, Resolved]]:
    factors = list(CostFactor.objects.select_related("work"))
    return {option: resolve(factors, option) for option in OPTION_LABELS}


def term_urls() -> dict[str, str]:
    """The addresses of the page's glossary terms that are published, by slug."""
    terms = glossary.published_terms_by_slug(PAGE_TERMS)
    return {slug: term.get_absolute_url() for slug, term in terms.items()}
