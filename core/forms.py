"""What every form's error summary lists (partials/_error_summary.html)."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    message: str
    anchor: str = ""  # "#id" of the field to go to; "" for the form as a whole


def error_summary(form) -> list[Problem]:
    """The form's own errors, then each field's first error linked to the
    field: a list of options (radios, checkboxes) to its first option, as the
    GOV.UK pattern does, anything else to its input."""
    problems = [Problem(str(error)) for error in form.non_field_errors()]
    for field in form.visible_fields():
        if field.errors:
            problems.append(Problem(str(field.errors[0]), f"#{field_anchor(field)}"))
    return problems


def field_anchor(field) -> str:
    widget = field.field.widget
    if getattr(widget, "input_type", "") in ("radio", "checkbox") and getattr(
        widget, "choices", None
    ):
        return f"{field.auto_id}_0"
    return field.id_for_label
