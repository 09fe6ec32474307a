"""The shortlist's GET form: every shortlist is a shareable address, and any
query string, typed or tampered with, gets a clear message instead of a 500."""

import datetime
from urllib.parse import urlencode

from django import forms

from core.forms import error_summary

from . import legal, ranking
from .overlap import Hours
from .shortlist import BANDS

TIME_FORMAT = "%H:%M"
EXPORTS = ("csv", "json")


class ClockInput(forms.TimeInput):
    """A time picker; a value that is not a time (typed or tampered with) is
    shown back as text, since HTML allows only valid times in a time input."""

    input_type = "time"

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        shown = context["widget"]["value"]
        if shown and not _is_clock(shown):
            context["widget"]["type"] = "text"
        return context


def _is_clock(text) -> bool:
    try:
        datetime.datetime.strptime(str(text), TIME_FORMAT)
    except ValueError:
        return False
    return True


def _time_field(label, required, what):
    message = f"Enter {what} as a time from 00:00 to 23:59, such as 09:00."
    return forms.TimeField(
        label=label,
        required=required,
        input_formats=[TIME_FORMAT],
        widget=ClockInput(format=TIME_FORMAT),
        error_messages={"required": message, "invalid": message},
    )


def _weight_field(criterion):
    label = ranking.CRITERIA[criterion]
    message = f"Give the weight of {label} as a whole number from 0 to 5."
    return forms.IntegerField(
        label=label.capitalize(),
        min_value=0,
        max_value=ranking.MAX_WEIGHT,
        initial=ranking.DEFAULT_WEIGHTS[criterion],
        error_messages={
            key: message for key in ("invalid", "required", "min_value", "max_value")
        },
    )


class ShortlistForm(forms.Form):
    home = forms.ChoiceField(
        label="Your home city",
        help_text="Where the manager and the team the work serves are.",
        error_messages={
            "invalid_choice": "Choose your home city from the list: "
            "%(value)s is not one of them.",
            "required": "Choose your home city from the list.",
        },
    )
    start = _time_field("Your working day starts", True, "when your working day starts")
    end = _time_field("and ends", True, "when your working day ends")
    their_start = _time_field(
        "Their shift starts (local time)", False, "when their shift starts"
    )
    their_end = _time_field("and ends", False, "when their shift ends")
    regime = forms.ChoiceField(
        label="Your data-protection law",
        required=False,
        choices=[("", "The law of my home city"), *legal.REGIME_LABELS.items()],
        error_messages={
            "invalid_choice": "Choose your data-protection law from the list."
        },
    )
    band = forms.ChoiceField(
        label="Sourcing model",
        choices=list(BANDS.items()),
        error_messages={
            "invalid_choice": "Choose nearshore, offshore or both.",
            "required": "Choose nearshore, offshore or both.",
        },
    )
    residency = forms.ChoiceField(
        label="Where must the data stay?",
        choices=[
            ("none", "No rule on where data is kept"),
            ("region", "In my region"),
            ("country", "In my country"),
        ],
        error_messages={
            "invalid_choice": "Choose where the data must stay from the list.",
            "required": "Choose where the data must stay from the list.",
        },
    )
    overlap = _weight_field("overlap")
    english = _weight_field("english")
    cost = _weight_field("cost")
    transfer = _weight_field("transfer")

    DEFAULTS = {
        "start": "09:00",
        "end": "17:00",
        "their_start": "",
        "their_end": "",
        "regime": "",
        "band": "any",
        "residency": "none",
        **{key: str(value) for key, value in ranking.DEFAULT_WEIGHTS.items()},
    }

    def __init__(self, data, *, homes, default_home):
        self.homes = {place.key: place for place in homes}
        self.default_home = default_home
        super().__init__({**self.DEFAULTS, "home": default_home, **data.dict()})
        self.fields["home"].choices = [(p.key, p.name) for p in self.homes.values()]
        for field in self.fields.values():
            css = (
                "form-select"
                if isinstance(field.widget, forms.Select)
                else "form-control"
            )
            field.widget.attrs["class"] = css

    def clean(self):
        cleaned = super().clean()
        self._check_hours(cleaned, "start", "end", "Your working day")
        their = (cleaned.get("their_start"), cleaned.get("their_end"))
        if (their[0] is None) != (
            their[1] is None
        ) and "their_start" not in self.errors:
            self.add_error(
                "their_end" if their[0] else "their_start",
                forms.ValidationError(
                    "Give both the start and the end of their shift, or neither "
                    "(they then work your local hours in their city).",
                    code="half_shift",
                ),
            )
        else:
            self._check_hours(cleaned, "their_start", "their_end", "Their shift")
        return cleaned

    def _check_hours(self, cleaned, start, end, what):
        if cleaned.get(start) and cleaned.get(start) == cleaned.get(end):
            self.add_error(
                end,
                forms.ValidationError(
                    f"{what} must end at a different time from when it starts.",
                    code="empty_shift",
                ),
            )

    @property
    def problems(self):
        return error_summary(self)

    # What the shortlist reads, once valid.

    def hours(self, start, end) -> Hours | None:
        first, last = self.cleaned_data.get(start), self.cleaned_data.get(end)
        if first is None or last is None:
            return None
        return Hours.parse(first.strftime(TIME_FORMAT), last.strftime(TIME_FORMAT))

    @property
    def home_city(self):
        return self.homes[self.cleaned_data["home"]]

    @property
    def home_regime(self) -> str:
        return self.cleaned_data["regime"] or self.home_city.regime

    @property
    def weights(self) -> dict[str, int]:
        return {key: self.cleaned_data[key] for key in ranking.CRITERIA}

    def canonical_query(self) -> str:
        """The parameters that differ from the defaults, in a fixed order."""
        values = {
            name: (
                value.strftime(TIME_FORMAT)
                if isinstance(value, datetime.time)
                else str(value if value is not None else "")
            )
            for name, value in self.cleaned_data.items()
        }
        defaults = {**self.DEFAULTS, "home": self.default_home}
        return urlencode(
            [
                (name, values[name])
                for name in self.fields
                if values[name] != defaults[name]
            ]
        )
