import re

from django import forms
from django.utils.text import slugify

from .models import Term

SLUG = re.compile(r"[-a-z0-9]{1,120}")
TYPE_A_NAME = "Type a glossary term's name, e.g. Captive centre."
NOT_TYPED_TERM = (
    "No term of the glossary has that name, or it is already in this "
    "comparison. Type the name of another term."
)


class TermChoiceField(forms.ModelChoiceField):
    """Chooses a published term by slug, so the picker's URLs stay readable."""

    def __init__(self, **kwargs):
        super().__init__(
            queryset=Term.objects.published().order_by("name"),
            to_field_name="slug",
            error_messages={
                "invalid_choice": "That term is not in the glossary. "
                "Pick one from the list.",
                **kwargs.pop("error_messages", {}),
            },
            **kwargs,
        )

    def to_python(self, value):
        # A large glossary's picker is a text box: a typed name is taken as
        # the slug it makes ("Captive centre" -> captive-centre).
        if value not in self.empty_values and not SLUG.fullmatch(str(value)):
            value = slugify(str(value)[:120]) or value
        # Only slug-shaped values reach the database: a NUL byte or a megabyte
        # of text is simply not a term (PostgreSQL would refuse the NUL).
        if value not in self.empty_values and not SLUG.fullmatch(str(value)):
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            )
        return super().to_python(value)


ALL_FROM_QUERYSET = object()


SAME_TERM = "Pick different terms: a term cannot be compared with itself."


class ComparePickerForm(forms.Form):
    """The plain GET form on /compare/: any two or three published terms.

    Its errors read as the advisor's do (partials/_error_summary.html): each
    says what to do, and belongs to the field to fix, so the summary links
    to it and the field is marked invalid."""

    a = TermChoiceField(
        label="First term",
        empty_label="Choose a term",
        error_messages={"required": "Choose the first term to compare"},
    )
    b = TermChoiceField(
        label="Second term",
        empty_label="Choose a term",
        error_messages={"required": "Choose the second term to compare"},
    )
    c = TermChoiceField(
        label="Third term (optional)", required=False, empty_label="None"
    )

    def __init__(self, *args, choices=ALL_FROM_QUERYSET, **kwargs):
        """`choices`: the published terms to list (fetched once for the three
        fields), or None when there are too many for a list (see
        selectors.picker_terms): then each field is a text box for a name."""
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            if choices is None:
                field.widget = forms.TextInput(
                    attrs={"autocomplete": "off", "class": "form-control"}
                )
                field.help_text = TYPE_A_NAME
            else:
                field.widget.attrs["class"] = "form-select"
                if choices is not ALL_FROM_QUERYSET:
                    empty = [("", field.empty_label)] if field.empty_label else []
                    field.choices = empty + [(t.slug, t.name) for t in choices]

    def clean(self):
        cleaned = super().clean()
        # A term chosen again is an error of the later field: the one to change.
        seen = set()
        for name in ("a", "b", "c"):
            term = cleaned.get(name)
            if term is None:
                continue
            if term.pk in seen:
                self.add_error(name, forms.ValidationError(SAME_TERM, "same_term"))
            seen.add(term.pk)
        return cleaned

    def chosen_slugs(self):
        return [
            self.cleaned_data[n].slug
            for n in ("a", "b", "c")
            if self.cleaned_data.get(n)
        ]


INVALID_TERM = (
    "Pick one of the listed terms: it must be in the glossary "
    "and not yet in this comparison."
)


def offer_terms(field, compared, published):
    """`field` listing the published terms not yet compared, with an empty
    first choice so nothing is preselected: the visitor decides. On a
    glossary too large to list (`published` is None, see
    selectors.picker_terms), a text box for a term's name instead, checked
    against the database when submitted."""
    if published is not None:
        taken = {term.pk for term in compared}
        field.choices = [
            ("", "Choose a term"),
            *((term.slug, term.name) for term in published if term.pk not in taken),
        ]
        return field
    typed = TermChoiceField(
        label=field.label,
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
        help_text=TYPE_A_NAME,
    )
    typed.error_messages.update(field.error_messages, invalid_choice=NOT_TYPED_TERM)
    typed.queryset = typed.queryset.exclude(pk__in=[term.pk for term in compared])
    return typed


def _slug(chosen):
    """A listed choice is a slug already; a typed one is the Term it named."""
    return getattr(chosen, "slug", chosen)


class AddTermForm(forms.Form):
    """ "Add a third term" on a two-term comparison (a GET form to the same page).

    Listed choices come from the terms the page already has, so checking one
    costs no query."""

    add = forms.ChoiceField(
        label="Third term",
        error_messages={
            "required": "Choose a term to add.",
            "invalid_choice": INVALID_TERM,
        },
    )

    def __init__(self, compared, published, *args, **kwargs):
        super().__init__(*args, auto_id="add-%s", **kwargs)
        self.compared = compared
        self.fields["add"] = offer_terms(self.fields["add"], compared, published)

    def new_slugs(self):
        return [term.slug for term in self.compared] + [_slug(self.cleaned_data["add"])]


class SwapTermForm(forms.Form):
    """Swap one term of a comparison for another (one small GET form per term)."""

    replace = forms.ChoiceField(
        widget=forms.HiddenInput,
        error_messages={"invalid_choice": "That term is not in this comparison."},
    )
    by = forms.ChoiceField(
        error_messages={
            "required": "Choose the term to swap in.",
            "invalid_choice": INVALID_TERM,
        },
    )

    def __init__(self, compared, published, replaced, *args, **kwargs):
        super().__init__(*args, auto_id=f"swap-{replaced.slug}-%s", **kwargs)
        self.compared = compared
        self.replaced = replaced
        self.fields["replace"].choices = [(t.slug, t.name) for t in compared]
        self.fields["replace"].initial = replaced.slug
        self.fields["by"].label = f"Swap {replaced.name} for"
        self.fields["by"] = offer_terms(self.fields["by"], compared, published)

    def clean(self):
        # The hidden field cannot show its error: it is reported with the
        # swap list, where the visitor can act on it (and the error summary
        # links to that list).
        cleaned = super().clean()
        replace_errors = self.errors.pop("replace", None)
        if replace_errors:
            self.add_error("by", replace_errors.as_data())
        return cleaned

    def new_slugs(self):
        gone, coming = self.cleaned_data["replace"], _slug(self.cleaned_data["by"])
        return [coming if t.slug == gone else t.slug for t in self.compared]
