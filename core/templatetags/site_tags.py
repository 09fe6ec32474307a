import json

from django import template
from django.utils.safestring import mark_safe

from core.forms import error_summary as summary_of

register = template.Library()


# The same escapes as Django's json_script: "</script>" or "<!--" in a term's
# text cannot end the block or open a comment.
_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def ld_json(data):
    """Structured data for a <script type="application/ld+json"> block."""
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(_SCRIPT_ESCAPES))


@register.filter
def error_summary(form):
    """The problems a form's error summary lists (core.forms.error_summary)."""
    return summary_of(form)
