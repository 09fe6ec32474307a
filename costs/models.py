from django.db import models
from django.db.models import F, Q

from citations.models import Citation

from .formulas import UNITS, CostType, Spread, Unit
from .options import APPLIES_TO_CHOICES, BAND_CHOICES

COST_TYPE_LABELS = {
    CostType.SEARCH: "Vendor search and contracting",
    CostType.TRANSITION: "Transition (months of double running)",
    CostType.KNOWLEDGE_TRANSFER: "Knowledge transfer",
    CostType.SETUP: "Set-up capital (own centres and BOT)",
    CostType.TRANSFER_FEE: "BOT transfer fee",
    CostType.GOVERNANCE: "Governance and contract management",
    CostType.TRAVEL: "Travel",
    CostType.MANAGEMENT_TIME: "Your own management time (out-staffing)",
    CostType.ESCALATION: "Yearly price escalation",
    CostType.EXIT: "Exit or switching at the end",
    CostType.UPLIFT: "Optimism uplift",
}
UNIT_LABELS = {
    Unit.PERCENT_OF_CONTRACT: "% of the annual contract value, once",
    Unit.MONTHS_OF_RUN_COST: "months of today's run cost, once",
    Unit.PERCENT_A_YEAR: "% a year",
    Unit.PERCENT_OF_TOTAL: "% of the total",
}


class CostFactor(Citation):
    """One published figure for one cost type of an option or a group of
    options (optionally in one distance band): low, likely and high in the
    cost type's unit, with its source (the work, where in it) and when an
    editor last checked it. No row means no published figure: the page says
    so rather than guess."""

    cost_type = models.CharField(
        max_length=30,
        choices=[(c.value, COST_TYPE_LABELS[c]) for c in CostType],
    )
    applies_to = models.CharField(
        max_length=30,
        choices=APPLIES_TO_CHOICES,
        help_text="One sourcing option, or a group: a factor for one option "
        "replaces its group's for the same cost type.",
    )
    band = models.CharField(
        max_length=10,
        choices=BAND_CHOICES,
        blank=True,
        help_text="Only in this distance band (as the location shortlist "
        "defines it); empty for every band.",
    )
    low = models.DecimalField(max_digits=8, decimal_places=2)
    likely = models.DecimalField(max_digits=8, decimal_places=2)
    high = models.DecimalField(max_digits=8, decimal_places=2)
    note = models.CharField(
        max_length=300,
        blank=True,
        help_text="Shown to visitors: how the figure was read from the source, "
        "e.g. “The source gives a range; likely is its midpoint.”",
    )
    last_reviewed = models.DateField(
        help_text="When an editor last checked the figure against its source."
    )

    class Meta:
        ordering = ["cost_type", "applies_to", "band"]
        constraints = [
            models.UniqueConstraint(
                fields=["cost_type", "applies_to", "band"],
                name="one_cost_factor_per_cost_type_target_and_band",
                violation_error_message="This cost type already has a figure "
                "for this option (or group) and band: change that one.",
            ),
            models.CheckConstraint(
                condition=Q(low__gte=0)
                & Q(likely__gte=F("low"))
                & Q(high__gte=F("likely")),
                name="cost_factor_low_likely_high_in_order",
                violation_error_message="Low, likely and high must be in that "
                "order (0 or more, low ≤ likely ≤ high).",
            ),
        ]

    def __str__(self):
        band = f", {self.band}" if self.band else ""
        return f"{self.get_cost_type_display()}: {self.get_applies_to_display()}{band}"

    @property
    def unit(self) -> Unit:
        return UNITS[CostType(self.cost_type)]

    @property
    def unit_label(self) -> str:
        return UNIT_LABELS[self.unit]

    @property
    def figures(self) -> str:
        """“0.2 / 1.1 / 2”: low / likely / high without trailing zeros."""
        return " / ".join(
            f"{value.normalize():f}" for value in (self.low, self.likely, self.high)
        )

    @property
    def spread(self) -> Spread:
        return Spread(float(self.low), float(self.likely), float(self.high))
