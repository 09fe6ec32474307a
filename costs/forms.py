"""The cost picture's GET form: five kinds of input, each with a default.

Every field may be left empty: the page then uses the default its label
states, and lists it under "defaults used". A value out of range gets a
message saying what to type, in the one error summary."""

import re

from django import forms
from django.urls import NoReverseMatch, reverse

from .options import OPTION_LABELS

DEFAULT_SIZE = 10
# The advisor asks for size in bands. Its link carries the band, and the
# page uses a figure inside it, named as such, until the manager types theirs
# (the band's middle, roughly; over 50 has no end, so 100).
SIZE_BANDS = {
    "small": (3, "under 5 people"),
    "medium": (20, "5 to 50 people"),
    "large": (100, "over 50 people"),
}
DEFAULT_IN_HOUSE = 100_000
DEFAULT_HORIZON = 5
QUOTES = 3
MAX_SIZE = 100_000
MAX_AMOUNT = 10_000_000
MAX_PEOPLE_COSTS = 100_000_000_000
QUOTABLE = [(key, label) for key, label in OPTION_LABELS.items() if key != "in_house"]
TOKEN = re.compile(r"[-a-zA-Z0-9_]{1,64}")


class AmountField(forms.FloatField):
    """A number as people type it: "85,000", "85 000" and "85000" are the same."""

    def to_python(self, value):
        if isinstance(value, str):
            value = re.sub(r"[,\s_'’]", "", value)[:40]
        return super().to_python(value)


def _amount(label, help_text, minimum, maximum, what):
    return AmountField(
        label=label,
        help_text=help_text,
        required=False,
        min_value=minimum,
        max_value=maximum,
        error_messages={
            "invalid": f"Enter {what} as a number, like 85000",
            "min_value": f"Enter {what} of at least {minimum:,}",
            "max_value": f"Enter {what} of at most {maximum:,}",
        },
        widget=forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}),
    )


def _quote_option(n):
    return forms.ChoiceField(
        label=f"Quote {n}: for which option?",
        choices=[("", "Not quoted yet"), *QUOTABLE],
        required=False,
        widget=forms.Select,
        error_messages={
            "invalid_choice": f"Choose an option from the list for quote {n}",
        },
    )


def _quote_rate(n):
    return _amount(
        f"Quote {n}: cost of one FTE a year",
        "What the provider quotes, or what your own centre would cost, per FTE a year.",
        1,
        MAX_AMOUNT,
        f"quote {n}",
    )


class CostForm(forms.Form):
    size = forms.IntegerField(
        label="How many people (FTEs) does the work take?",
        help_text=f"1 to {MAX_SIZE:,}. Left empty: {DEFAULT_SIZE} FTEs.",
        required=False,
        min_value=1,
        max_value=MAX_SIZE,
        error_messages={
            "invalid": "Enter the number of FTEs as a whole number, like 12",
            "min_value": "Enter at least 1 FTE",
            "max_value": f"Enter at most {MAX_SIZE:,} FTEs",
        },
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )
    in_house = _amount(
        "Today's fully loaded cost of one FTE in-house, a year",
        "Pay, taxes, benefits, space, equipment and management, in any currency "
        f"(every figure on this page is in the same one). Left empty: "
        f"{DEFAULT_IN_HOUSE:,}.",
        1,
        MAX_AMOUNT,
        "the cost per FTE",
    )
    horizon = forms.IntegerField(
        label="Over how many years?",
        help_text=f"1 to 15. Left empty: {DEFAULT_HORIZON} years.",
        required=False,
        min_value=1,
        max_value=15,
        error_messages={
            "invalid": "Enter the number of years as a whole number, like 5",
            "min_value": "Enter a horizon of at least 1 year",
            "max_value": "Enter a horizon of at most 15 years",
        },
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )
    people_costs = _amount(
        "One-off people costs of the change (optional)",
        "Severance, retention bonuses, retraining, in the same currency. "
        "Left empty: none.",
        0,
        MAX_PEOPLE_COSTS,
        "the people costs",
    )
    options = forms.CharField(required=False, widget=forms.HiddenInput)
    size_band = forms.CharField(required=False, widget=forms.HiddenInput)
    result = forms.CharField(required=False, widget=forms.HiddenInput)

    # Declared, not added in __init__: a form copies its declared fields,
    # which costs less than building fields with choices for each request.
    quote_1_option = _quote_option(1)
    quote_1_rate = _quote_rate(1)
    quote_2_option = _quote_option(2)
    quote_2_rate = _quote_rate(2)
    quote_3_option = _quote_option(3)
    quote_3_rate = _quote_rate(3)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            is_select = isinstance(field.widget, forms.Select)
            field.widget.attrs["class"] = "form-select" if is_select else "form-control"

    def quote_fields(self):
        return [
            (self[f"quote_{n}_option"], self[f"quote_{n}_rate"])
            for n in range(1, QUOTES + 1)
        ]

    def plain_fields(self):
        return [self[name] for name in ("size", "in_house", "horizon", "people_costs")]

    # The two hidden fields' errors go to the form as a whole: the error
    # summary lists those, and a visitor cannot fix a field they cannot see.
    def clean_options(self):
        text = self.cleaned_data["options"].strip()
        keys = [key for key in text.split(",") if key] if text else []
        if len(keys) > len(OPTION_LABELS) or any(k not in OPTION_LABELS for k in keys):
            self.add_error(
                None,
                "The address lists options this page does not know. Open the "
                "cost picture again from the advisor's result.",
            )
            return []
        return list(dict.fromkeys(keys))

    def clean_size_band(self):
        band = self.cleaned_data["size_band"]
        if band and band not in SIZE_BANDS:
            self.add_error(
                None,
                "The address gives a size this page does not know. Type the "
                "number of FTEs, or open the cost picture again from the "
                "advisor's result.",
            )
            return ""
        return band

    def clean_result(self):
        token = self.cleaned_data["result"]
        if not token:
            return ""
        try:
            if not TOKEN.fullmatch(token):
                raise NoReverseMatch
            reverse("advisor:result", args=[token])
        except NoReverseMatch:
            self.add_error(
                None,
                "The link back to your advisor result is damaged. Open the cost "
                "picture again from the result page.",
            )
            return ""
        return token

    def clean(self):
        cleaned = super().clean()
        seen = set()
        for n in range(1, QUOTES + 1):
            option = cleaned.get(f"quote_{n}_option")
            rate = cleaned.get(f"quote_{n}_rate")
            if (
                rate is not None
                and not option
                and f"quote_{n}_option" not in self.errors
            ):
                self.add_error(
                    f"quote_{n}_option", f"Choose which option quote {n} is for"
                )
            if option and option in seen:
                self.add_error(
                    f"quote_{n}_option",
                    f"Quote {n} is for an option already quoted: choose another, "
                    "or leave it as not quoted yet",
                )
            seen.add(option)
        return cleaned
